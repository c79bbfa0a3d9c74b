# transfer_runaround, cs: learned by scripts/learn.py from 3948 tuning texts (120 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ v chatu mi napsali at poslu email, na email mi odepsali at zavolam
+ pls uz me neprepojujte, jsem u ctvrtyho cloveka a vsem musim psat to samy dokola 😤
+ Paní na přepážce mi tvrdila, že balík musím vyzvednout na jiné poště, a tam o něm nikdo nic nevěděl.
- ok dekuju
- super, doporucuju
=prepojeni | weight=0.321
=prepojili | weight=0.321
=na =jiny | weight=0.303
=kazdy =me | weight=0.278
=me =od | weight=0.274
=prehazovali | weight=0.274
=me =poslali | weight=0.264
=jednoho | weight=0.257
=posilal | weight=0.249
=oddeleni | weight=0.231
=mezi =servisu | weight=0.229
=me =odkaz | weight=0.227
=zpatky =na | weight=0.226
=infolince =na | weight=0.222
=me =prehodil | weight=0.205
=technicka | weight=0.201
=nas =od | weight=0.200
=volal =jiny | weight=0.199
=prehodil | weight=0.199
=brambor | weight=0.198
=horky | weight=0.198
=horky =brambor | weight=0.198
=jako =horky | weight=0.198
=at =zavolam | weight=0.196
=servisu =a | weight=0.195
=at =volal | weight=0.194
=na =druhy | weight=0.190
=kruhu | weight=0.189
=zpatky | weight=0.187
=poslali =na | weight=0.187
=predavam | weight=0.184
=at =jdu | weight=0.182
=dal =cislo | weight=0.179
=me =prepojili | weight=0.178
=tohle =neni | weight=0.177, noneg
=k =druhy | weight=0.177
=me =mezi | weight=0.176
=kazdy =prepojeni | weight=0.176
=neni =nas | weight=0.175, noneg
=kancelar | weight=0.171
=z =jednoho | weight=0.168
=cislo =na | weight=0.168
=po =kazdy | weight=0.163
=musim =resit | weight=0.162
=vyrobce =posila | weight=0.161
=zpet =k | weight=0.161
=posila =zpet | weight=0.156
=mi =dal | weight=0.156
=na =centralu | weight=0.155
=jiny | weight=0.154
=servis =servis | weight=0.154
=presmerovali | weight=0.153
=operator =prepojili | weight=0.150
=urade =me | weight=0.150
=hodil =na | weight=0.150
=prepojili =me | weight=0.145
=pobocce =rekl | weight=0.145
=k =okynka | weight=0.144
=my | weight=0.143
=vyrobce | weight=0.143
=odtamtud | weight=0.142
=posilal =me | weight=0.141
=technicka =podpora | weight=0.140
=odepsali =at | weight=0.139
=to =neresi | weight=0.137
=me =hodil | weight=0.137
=centralu =at | weight=0.136
=centralu =na | weight=0.136
=mezi | weight=0.135
=od =okynka | weight=0.134
=okynka =k | weight=0.134
=prehazovali =si | weight=0.133
=prehodil =me | weight=0.132
=prehodil =zase | weight=0.132
=spadl | weight=0.132
=ctyrikrat | weight=0.131
=urade | weight=0.131
=voda | weight=0.129
=volal =tam | weight=0.129
=k =vam | weight=0.127
=byla =jsem | weight=0.127
=jednou =prepazky | weight=0.126
=prepojili =jiny | weight=0.126
=to =sam | weight=0.126
=neresi | weight=0.125
=kazdy | weight=0.125
=okynka | weight=0.124
=presmerovali =na | weight=0.123
=a =prodejne | weight=0.121
=distributor | weight=0.121
=oddeleni =na | weight=0.121
=si =me | weight=0.120
=nikdo =nevedel | weight=0.120, noneg
=certa | weight=0.120
=certa =k | weight=0.120
=dablu | weight=0.120
=k =dablu | weight=0.120
=od =certa | weight=0.120
=vyrobce =vyrobce | weight=0.119
=odkaz =jednou | weight=0.118
=mi =zase | weight=0.117
=pobocce =a | weight=0.117
=tam =mi | weight=0.115
=jednou =na | weight=0.115
=a =vsem | weight=0.114
=k =pilatovi | weight=0.114
=pilatovi | weight=0.114
=k =okenko | weight=0.113
=odkaz | weight=0.113
=mi =napsal | weight=0.113
=ze =prodejne | weight=0.112
=okenko | weight=0.110
=zpet | weight=0.109
=jsem =presmerovali | weight=0.109
=odtamtud =na | weight=0.109
=jdu =na | weight=0.109
=psat | weight=0.108
=volal =zpatky | weight=0.108
=zkuste | weight=0.106
=na =nekoho | weight=0.106
=druhy | weight=0.106
=na =dalsi | weight=0.105
=v =chatu | weight=0.105
=prodejne =tvrdi | weight=0.104
=odesilatel | weight=0.103
=uz =me | weight=0.103
=do =prodejne | weight=0.103
=me =neprepoji | weight=0.102
=ctyrikrat =pokazde | weight=0.100
=si =muj | weight=0.100
=a =e-shopu | weight=0.100
=at =to | weight=0.098
=zpatky =do | weight=0.097
=petkrat =a | weight=0.097
=me =z | weight=0.097
=kazdy =oddeleni | weight=0.097
=zase =jiny | weight=0.096
=posila =na | weight=0.096
=technicka =oddeleni | weight=0.095
=na =vyrobce | weight=0.095
=odepsali | weight=0.094
=dalsi =lince | weight=0.093
=servisu | weight=0.093
=sam =dokola | weight=0.093
=na =email | weight=0.091
=a =odtamtud | weight=0.091
=mate | weight=0.090
=chatbot =me | weight=0.090
=nic =nevedel | weight=0.090, noneg
=trikrat =me | weight=0.089
=lito | weight=0.088
=rekl =at | weight=0.088
=jsem =odkaz | weight=0.087
=odkaz =z | weight=0.087
=volal =mi | weight=0.087
=nakonec | weight=0.087
=zacinal =znovu | weight=0.087
=to =odpovida | weight=0.086
=udelat =v | weight=0.086
=pokazde =nekdo | weight=0.086
=at =poslali | weight=0.086
=kolega =a | weight=0.086
=na =oddeleni | weight=0.085
=pani =vysvetlil | weight=0.085
=cekal =me | weight=0.085
=pokazde =jsem | weight=0.085
=ctyri =ruzne | weight=0.085
=to =musim | weight=0.084
=sem | weight=0.084
=udelat =nemuze | weight=0.084
=prodejce | weight=0.084
=vodafone | weight=0.084
=me | weight=0.084
=volal =vam | weight=0.084
=urade =na | weight=0.084
=posila | weight=0.083
=musim =psat | weight=0.083
=vypadek =muze | weight=0.083
=infolince =me | weight=0.082
=tam =a | weight=0.082
=muj =pozadavek | weight=0.082
=dalsi | weight=0.082
=z =oddeleni | weight=0.082
=na =technicka | weight=0.081
=depu | weight=0.081
=na =prodejce | weight=0.081
=uz =tyden | weight=0.081
=neprepoji | weight=0.081
=jsem =z | weight=0.081
=zpatky =vam | weight=0.080
=ptaji =na | weight=0.080
=za =neco | weight=0.080
=proudu | weight=0.080
=vypadek =proudu | weight=0.080
=me =asi | weight=0.080
=poslali =zpatky | weight=0.079
=me =presmerovali | weight=0.079
=centralu | weight=0.078
=hodiny =na | weight=0.078
=me =posilal | weight=0.078
=umi | weight=0.077
=na =pobocce | weight=0.077
=jiny =pobocce | weight=0.076
=ctyrikrat =me | weight=0.076
=pobocce =me | weight=0.076
=ptaji | weight=0.076
=za =vypadek | weight=0.074
=petkrat | weight=0.074
=a =vyrobce | weight=0.074
=mi =odepsali | weight=0.073
=k | weight=0.073
=e-shopu | weight=0.073
=servis | weight=0.073
=zacinal | weight=0.073
=dorucovaci =adresu | weight=0.073
=zmenit =dorucovaci | weight=0.073
=uz =mesic | weight=0.073
=oddeleni =kde | weight=0.072
=muze =distributor | weight=0.072
=email | weight=0.072
=nehoda | weight=0.072
=zpatky =k | weight=0.072
=to =udelat | weight=0.071
=co =se | weight=0.071
=spojeni | weight=0.070
=prosim | weight=0.070
=kde =jsem | weight=0.070
=dorucovaci | weight=0.070
=kruhu =uz | weight=0.068
=toci =se | weight=0.068
=v =kruhu | weight=0.068
=ona =ji | weight=0.068
=prodejne | weight=0.068
=poslali =do | weight=0.068
=mezi =oddeleni | weight=0.068
=a =pokazde | weight=0.068
=nekoho | weight=0.067
=nekoho =jinyho | weight=0.067
=pak =me | weight=0.066
=a =kolega | weight=0.066
=pozadavek | weight=0.066
=me =voda | weight=0.066
=balik =musim | weight=0.066
=a =technicka | weight=0.065
=jdu =zpatky | weight=0.065
=me =operator | weight=0.065
=jednoho =hovor | weight=0.064
=vy =mi | weight=0.064
=hrala | weight=0.064
=napsal =at | weight=0.064
=ta =me | weight=0.064
=odesilatel =odesilatel | weight=0.063
=prepojili =mezi | weight=0.063
=lidi =kazdy | weight=0.063
=se =ctyri | weight=0.063
=prisla =sms | weight=0.062
=musim =vyzvednout | weight=0.062
=jsem =bez | weight=0.062, noneg
=me =ze | weight=0.062
=na =servis | weight=0.061
=toci | weight=0.061
=prepojeni =se | weight=0.061
=o =nahradu | weight=0.061
=prehodil =dal | weight=0.061
=zavolam =zitra | weight=0.061
=tohle | weight=0.060
=me =posila | weight=0.060
=ctvrtek =mi | weight=0.060
=nebere =telefon | weight=0.060
=vyzvednout =na | weight=0.060
=odtud | weight=0.060
=operator =me | weight=0.060
=prehazovali =mezi | weight=0.059
=do =servisu | weight=0.059
=fakturaci =a | weight=0.059
=na =fakturaci | weight=0.059
=vyrobce =zpatky | weight=0.059
=infolince | weight=0.058
=cekal =dalsi | weight=0.058
=zadam =a | weight=0.058
=ze =zmenit | weight=0.058
=posila =me | weight=0.058
=to =zkusim | weight=0.057
=zase | weight=0.057
=zase =zpatky | weight=0.057
=chatu =mi | weight=0.057
=poslali =jiny | weight=0.057
=ze =kuryr | weight=0.057
=vsem | weight=0.057
=kuryr =to | weight=0.056
=mi =pracovnik | weight=0.056
=chatu =se | weight=0.056
=nikdo =nedostal | weight=0.056, noneg
=prodejne =me | weight=0.055
=zasilka =dorucil | weight=0.055
=clovek =a | weight=0.055
=behem =jednoho | weight=0.055
=ze =balik | weight=0.055
=pobocce =zpatky | weight=0.054
=a =tam | weight=0.054
=zakaznik =uvadi | weight=0.054
=okna | weight=0.054
=prepazky =mi | weight=0.053
=servisu =me | weight=0.053
=jinyho | weight=0.053
=na =ni | weight=0.053
=pripade | weight=0.052
=primo =s | weight=0.052
=poste =a | weight=0.052
=z =prodejne | weight=0.052
=a =ctvrt | weight=0.052
=infolince =infolince | weight=0.052
=nikdo =nic | weight=0.051, noneg
=po =hodiny | weight=0.051
=pisu =ohledne | weight=0.051
=prepravce | weight=0.051
=se =v | weight=0.051
=nekdo =jiny | weight=0.050
=infolince =zpatky | weight=0.049
=a =poslali | weight=0.049
=je =zablokovali | weight=0.049
=kartu =je | weight=0.049
=den =doma | weight=0.049
=a =kazdy | weight=0.049
=prepazky | weight=0.049
=je =poskozeni | weight=0.048
=podpora =me | weight=0.048
=na =e-shopu | weight=0.048
=dopravce =dopravce | weight=0.048
=ze =servisu | weight=0.047
=na =ortopedii | weight=0.047
=ortopedii | weight=0.047
=callcentru | weight=0.047
=novy =operator | weight=0.047
=vyzvednout | weight=0.047
=byla =celou | weight=0.047
=obratim =na | weight=0.046
=z =pobocce | weight=0.046
=pretlumocit | weight=0.046
=pretlumocit =opakovane | weight=0.046
=pres =tlumocnika | weight=0.046
=tlumocnika =jsem | weight=0.046
=nas =posila | weight=0.046
=nikdo =tam | weight=0.046, noneg
=nemuze =a | weight=0.046
=si =zavolam | weight=0.045
=overovaci | weight=0.045
=na =infolince | weight=0.045
=reklamoval =u | weight=0.045
=mnou =nechci | weight=0.045
=volal =porad | weight=0.045
=doktor =tvrdi | weight=0.045
=neprijima =muj | weight=0.045
=pobocce =tam | weight=0.045
=jsem =zjistil | weight=0.045
=ani =jako | weight=0.045, noneg
=odpovida =ze | weight=0.045
=nechci =mluvit | weight=0.044, noneg
=tytez | weight=0.044
=za =skodu | weight=0.044
=vyrobce =me | weight=0.044
=a =nikdo | weight=0.044, noneg
=zase =ze | weight=0.044
=odsekla =ze | weight=0.044
=dopoledne =jsem | weight=0.043
=prijit =po | weight=0.043
=dokola =a | weight=0.043
=hana | weight=0.043
=asi =petkrat | weight=0.043
=zavolam =jsem | weight=0.043
=mi =polozil | weight=0.043
=nevyresen | weight=0.043
=v =tom | weight=0.043
=ridic =a | weight=0.043
=vsak | weight=0.043
=kazdy =mesic | weight=0.043
=pry =system | weight=0.043
=elektrikar | weight=0.042
=dorucil | weight=0.042
=z =infolince | weight=0.042
=spolecnost =a | weight=0.042
=na =jeho | weight=0.042
=ustredny | weight=0.042
=distribucni | weight=0.042
=distribucni =spolecnost | weight=0.042
=nevedel =ani | weight=0.041, noneg
=jsem =ja | weight=0.041
=jsem =zacala | weight=0.041
=lince =kvuli | weight=0.041
=opakovane =protoze | weight=0.041
=za =celou | weight=0.041
=nebere | weight=0.041
=zasilka =jsem | weight=0.041
=neni =jeho | weight=0.041, noneg
=je =cerven | weight=0.040
=vyrobou =a | weight=0.040
=nikdo =neni | weight=0.040, noneg
=po =telefon | weight=0.040
=uvadi =ze | weight=0.040
=jiny =kolega | weight=0.040
