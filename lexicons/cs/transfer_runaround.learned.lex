# transfer_runaround, cs: learned by scripts/learn.py from 3747 tuning texts (117 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ v chatu mi napsali at poslu email, na email mi odepsali at zavolam
+ pls uz me neprepojujte, jsem u ctvrtyho cloveka a vsem musim psat to samy dokola 😤
+ Prodejna tvrdí, že to musí řešit servis, servis zase, že prodejna. Každý se toho zbavuje.
- ok dekuju
- super, doporucuju
=prepojili | weight=0.328
=prepojeni | weight=0.317
=na =jiny | weight=0.301
=kazdy =me | weight=0.294
=me =od | weight=0.280
=prehazovali | weight=0.272
=me =poslali | weight=0.251
=jednoho | weight=0.248
=posilal | weight=0.247
=oddeleni | weight=0.223
=mezi =servisu | weight=0.218
=me =odkaz | weight=0.218
=zpatky =na | weight=0.208
=at =zavolam | weight=0.204
=infolince =na | weight=0.201
=technicka | weight=0.198
=brambor | weight=0.197
=horky | weight=0.197
=horky =brambor | weight=0.197
=jako =horky | weight=0.197
=neni =nas | weight=0.196, noneg
=tohle =neni | weight=0.194, noneg
=nas =od | weight=0.193
=me =prehodil | weight=0.192
=at =volal | weight=0.191
=kruhu | weight=0.188
=servisu =a | weight=0.188
=na =druhy | weight=0.188
=prehodil | weight=0.186
=predavam | weight=0.186
=k =druhy | weight=0.179
=poslali =na | weight=0.176
=me =prepojili | weight=0.175
=dal =cislo | weight=0.174
=kazdy =prepojeni | weight=0.173
=jiny | weight=0.173
=musim =resit | weight=0.170
=kancelar | weight=0.169
=mezi | weight=0.167
=z =jednoho | weight=0.167
=me =mezi | weight=0.166
=cislo =na | weight=0.166
=vyrobce | weight=0.166
=zpatky | weight=0.166
=po =kazdy | weight=0.164
=na =centralu | weight=0.159
=at =jdu | weight=0.159
=vyrobce =posila | weight=0.157
=zpet =k | weight=0.157
=byla =jsem | weight=0.156
=prepojili =me | weight=0.155
=urade =me | weight=0.154
=posila =zpet | weight=0.151
=mi =dal | weight=0.151
=servis =servis | weight=0.151
=hodil =na | weight=0.151
=pobocce =rekl | weight=0.150
=presmerovali | weight=0.148
=my | weight=0.145
=posilal =me | weight=0.143
=k =okynka | weight=0.143
=odtamtud | weight=0.141
=operator =prepojili | weight=0.141
=me =hodil | weight=0.141
=to =neresi | weight=0.140
=centralu =at | weight=0.138
=centralu =na | weight=0.138
=ctyrikrat | weight=0.138
=prehodil =me | weight=0.137
=prehodil =zase | weight=0.137
=prepojili =jiny | weight=0.136
=voda | weight=0.136
=technicka =podpora | weight=0.134
=to =sam | weight=0.134
=urade | weight=0.133
=spadl | weight=0.132
=prehazovali =si | weight=0.132
=odepsali =at | weight=0.131
=od =okynka | weight=0.130
=okynka =k | weight=0.130
=si =me | weight=0.127
=neresi | weight=0.126
=k =vam | weight=0.126
=volal =tam | weight=0.121
=jednou =prepazky | weight=0.120
=certa | weight=0.120
=certa =k | weight=0.120
=dablu | weight=0.120
=k =dablu | weight=0.120
=od =certa | weight=0.120
=okynka | weight=0.120
=tam =mi | weight=0.119
=a =prodejne | weight=0.119
=do =prodejne | weight=0.118
=jednou =na | weight=0.116
=odkaz =jednou | weight=0.116
=a =vsem | weight=0.116
=v =chatu | weight=0.115
=okenko | weight=0.115
=mi =napsal | weight=0.115
=kazdy | weight=0.115
=druhy | weight=0.114
=petkrat | weight=0.114
=k =pilatovi | weight=0.113
=pilatovi | weight=0.113
=oddeleni =na | weight=0.113
=na =nekoho | weight=0.113
=ze =prodejne | weight=0.113
=kazdy =oddeleni | weight=0.112
=vyrobce =vyrobce | weight=0.111
=zkuste | weight=0.110
=presmerovali =na | weight=0.110
=k =okenko | weight=0.110
=jdu =na | weight=0.110
=uz =me | weight=0.109
=pobocce =a | weight=0.108
=odesilatel | weight=0.108
=zpet | weight=0.108
=volal =zpatky | weight=0.108
=psat | weight=0.108
=distributor | weight=0.107
=prodejne =tvrdi | weight=0.106
=ctyrikrat =pokazde | weight=0.105
=jsem =presmerovali | weight=0.104
=odtamtud =na | weight=0.104
=me =neprepoji | weight=0.102
=na =dalsi | weight=0.101
=mi =zase | weight=0.101
=posila =na | weight=0.101
=si =muj | weight=0.100
=odkaz | weight=0.100
=me =z | weight=0.099
=mate | weight=0.099
=at =to | weight=0.098
=technicka =oddeleni | weight=0.097
=sam =dokola | weight=0.096
=nic =nevedel | weight=0.095, noneg
=sem | weight=0.095
=a =odtamtud | weight=0.095
=a =e-shopu | weight=0.094
=odepsali | weight=0.094
=nikdo =nevedel | weight=0.093, noneg
=na =email | weight=0.092
=na =vyrobce | weight=0.092
=zase =jiny | weight=0.092
=servis | weight=0.092
=petkrat =a | weight=0.092
=jsem =odkaz | weight=0.091
=odkaz =z | weight=0.091
=kolega =a | weight=0.091
=trikrat =me | weight=0.090
=zpatky =do | weight=0.090
=centralu | weight=0.089
=dalsi =lince | weight=0.089
=to =musim | weight=0.089
=udelat =nemuze | weight=0.089
=at =poslali | weight=0.089
=na =prodejce | weight=0.088
=nakonec | weight=0.088
=rekl =at | weight=0.087
=ctyrikrat =me | weight=0.087
=lito | weight=0.087
=vodafone | weight=0.087
=zacinal =znovu | weight=0.086
=musim =psat | weight=0.086
=prodejce | weight=0.085
=pokazde =nekdo | weight=0.085
=ctyri =ruzne | weight=0.085
=servisu | weight=0.085
=nemuze =a | weight=0.084
=vypadek =muze | weight=0.084
=dorucovaci | weight=0.084
=uz =tyden | weight=0.084
=ptaji =na | weight=0.083
=volal =mi | weight=0.083
=me =presmerovali | weight=0.083
=pokazde =jsem | weight=0.083
=zpatky =vam | weight=0.082
=chatbot =me | weight=0.082
=zacinal | weight=0.082
=muj =pozadavek | weight=0.082
=dalsi | weight=0.081
=neprepoji | weight=0.081
=urade =na | weight=0.081
=cekal =me | weight=0.080
=ptaji | weight=0.080
=oddeleni =kde | weight=0.080
=za =neco | weight=0.080
=za =vypadek | weight=0.080
=jsem =z | weight=0.079
=umi | weight=0.079
=udelat =v | weight=0.079
=uz =mesic | weight=0.079
=infolince =me | weight=0.078
=tohle | weight=0.078
=k | weight=0.078
=depu | weight=0.077
=e-shopu | weight=0.077
=hodiny =na | weight=0.077
=na =pobocce | weight=0.077
=pani =vysvetlil | weight=0.076
=z =oddeleni | weight=0.076
=to =odpovida | weight=0.076
=volal =vam | weight=0.075
=email | weight=0.075
=tam =a | weight=0.075
=co =se | weight=0.075
=me =asi | weight=0.074
=na =oddeleni | weight=0.074
=nekoho =jinyho | weight=0.073
=na =technicka | weight=0.073
=ta =me | weight=0.071
=me =posilal | weight=0.071
=proudu | weight=0.071
=vypadek =proudu | weight=0.071
=nehodu | weight=0.070
=mi =odepsali | weight=0.070
=asi =petkrat | weight=0.070
=zpatky =k | weight=0.070
=me | weight=0.070
=kruhu =uz | weight=0.070
=toci =se | weight=0.070
=v =kruhu | weight=0.070
=ze =zmenit | weight=0.070
=balik =musim | weight=0.069
=jiny =pobocce | weight=0.069
=odesilatel =odesilatel | weight=0.069
=zase | weight=0.069
=spojeni | weight=0.069
=prodejne | weight=0.068
=o =nahradu | weight=0.068
=do =servisu | weight=0.068
=prosim | weight=0.068
=ona =ji | weight=0.068
=a =pokazde | weight=0.067
=lidi =kazdy | weight=0.067
=se =ctyri | weight=0.067
=me =ze | weight=0.066
=to =zkusim | weight=0.066
=a =technicka | weight=0.065
=posila | weight=0.065
=a =vyrobce | weight=0.065
=mezi =oddeleni | weight=0.065
=musim =vyzvednout | weight=0.065
=to =udelat | weight=0.064
=napsal =at | weight=0.064
=me =posila | weight=0.064
=vy =mi | weight=0.064
=pozadavek | weight=0.064
=a =kolega | weight=0.064
=prepojeni =se | weight=0.064
=pak =me | weight=0.064
=muze =distributor | weight=0.063
=servisu =me | weight=0.063
=odtud | weight=0.063
=operator =me | weight=0.063
=zase =zpatky | weight=0.063
=me =voda | weight=0.062
=poslali =zpatky | weight=0.062
=fakturaci =a | weight=0.062
=na =fakturaci | weight=0.062
=vyzvednout =na | weight=0.062
=z =prodejne | weight=0.062
=jsem =bez | weight=0.061, noneg
=toci | weight=0.061
=me =operator | weight=0.061
=prisla =sms | weight=0.061
=pobocce =me | weight=0.061
=ze =balik | weight=0.061
=poslali =do | weight=0.060
=vsem | weight=0.060
=clovek =a | weight=0.060
=prepojili =mezi | weight=0.060
=a =kazdy | weight=0.059
=nebere =telefon | weight=0.059
=ctvrtek =mi | weight=0.059
=na =servis | weight=0.059
=jinyho | weight=0.058
=komu | weight=0.058
=hrala | weight=0.058
=poste =a | weight=0.058
=ze =servisu | weight=0.058
=nekoho | weight=0.058
=chatu =mi | weight=0.058
=ahoj | weight=0.057
=prepazky =mi | weight=0.057
=pisu =ohledne | weight=0.057
=infolince =infolince | weight=0.057
=vysledek | weight=0.057
=posila =me | weight=0.057
=cekal =dalsi | weight=0.056
=kde =jsem | weight=0.056
=poslali =jiny | weight=0.056
=po =hodiny | weight=0.056
=pobocce =zpatky | weight=0.055
=prehazovali =mezi | weight=0.055
=obratim =na | weight=0.055
=a =tam | weight=0.055
=zavolam =zitra | weight=0.055
=kuryr =to | weight=0.055
=mi =pracovnik | weight=0.055
=jsem =u | weight=0.054
=zadam =a | weight=0.054
=ze =kuryr | weight=0.054
=nikdo =nedostal | weight=0.053, noneg
=na =ni | weight=0.052
=jednoho =hovor | weight=0.052
=nekdo =jiny | weight=0.052
=zasilka =dorucil | weight=0.052
=nikdo =nic | weight=0.051, noneg
=a =ctvrt | weight=0.051
=chatu =se | weight=0.050
=vyrobce =zpatky | weight=0.050
=z =pobocce | weight=0.050
=okna | weight=0.050
=primo =s | weight=0.050
=zakaznik =uvadi | weight=0.050
=na =dopravce | weight=0.050
=den =doma | weight=0.050
=vyrobce =me | weight=0.049
=nikdo =tam | weight=0.049, noneg
=prepojili =a | weight=0.049
=callcentru | weight=0.049
=je =zablokovali | weight=0.049
=kartu =je | weight=0.049
=podpora =me | weight=0.048
=pripade | weight=0.048
=vyzvednout | weight=0.048
=se =v | weight=0.048
=prepazky | weight=0.047
=nevyresen | weight=0.047
=si =zavolam | weight=0.047
=kazdy =jsem | weight=0.047
=je =poskozeni | weight=0.047
=ani =jako | weight=0.047, noneg
=nas =posila | weight=0.047
=poslali =k | weight=0.047
=na =ortopedii | weight=0.046
=ortopedii | weight=0.046
=na =infolince | weight=0.046
=doktor =tvrdi | weight=0.046
=neprijima =muj | weight=0.046
=prepravce | weight=0.046
=porad =nemam | weight=0.046, noneg
=a =poslali | weight=0.046
=toho | weight=0.046
=jsem =zacala | weight=0.046
=nikdo =neni | weight=0.045, noneg
=neni =jeho | weight=0.045, noneg
=prodejne =me | weight=0.045
=dalsi =a | weight=0.045
=byla =celou | weight=0.045
=novy =operator | weight=0.045
=overovaci | weight=0.045
=zase =ze | weight=0.045
=ctyri | weight=0.045
=dopravce =dopravce | weight=0.044
=me =vratit | weight=0.044
=na =urade | weight=0.044
=oddeleni =se | weight=0.044
=tytez | weight=0.044
=na =e-shopu | weight=0.044
=nevedel =ani | weight=0.044, noneg
=infolince | weight=0.044
=vypadek | weight=0.044
=pry =system | weight=0.044
=jsem =presne | weight=0.043
=prehodil =dal | weight=0.043
=jsem =vsechno | weight=0.043
=skodu | weight=0.043
=v =tom | weight=0.043
=fakturaci | weight=0.043
=vsak | weight=0.043
=behem =jednoho | weight=0.043
=dal | weight=0.043
=elektrikar | weight=0.043
=jsem =zjistil | weight=0.043
=pretlumocit | weight=0.042
=pretlumocit =opakovane | weight=0.042
=pres =tlumocnika | weight=0.042
=tlumocnika =jsem | weight=0.042
=hana | weight=0.042
=reklamoval =u | weight=0.042
=mnou =nechci | weight=0.042
=volal =porad | weight=0.042
=ustredny | weight=0.042
=jiny =oddeleni | weight=0.042
=pokazde =me | weight=0.042
=odpovida =ze | weight=0.042
=je =cerven | weight=0.042
=vyrobou =a | weight=0.042
=oddeleni =jako | weight=0.042
=jdu | weight=0.042
=distribucni | weight=0.042
=distribucni =spolecnost | weight=0.042
=den =pri | weight=0.042
=nahradu | weight=0.042
=mi =polozil | weight=0.042
=za =skodu | weight=0.041
=nechci =mluvit | weight=0.041, noneg
