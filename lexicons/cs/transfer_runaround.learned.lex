# transfer_runaround, cs: learned by scripts/learn.py from 3535 tuning texts (110 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ v chatu mi napsali at poslu email, na email mi odepsali at zavolam
+ pls uz me neprepojujte, jsem u ctvrtyho cloveka a vsem musim psat to samy dokola 😤
+ Prodejna tvrdí, že to musí řešit servis, servis zase, že prodejna. Každý se toho zbavuje.
- ok dekuju
- super, doporucuju
=na =jinam | weight=0.320
=prepojeni | weight=0.319
=prepojili | weight=0.317
=kazdy =me | weight=0.306
=me =od | weight=0.278
=prehazovali | weight=0.272
=na =druhy | weight=0.255
=posilal | weight=0.246
=me =poslali | weight=0.241
=jednoho | weight=0.239
=oddeleni | weight=0.222
=me =odkaz | weight=0.209
=mezi =servisu | weight=0.207
=zpatky =na | weight=0.205
=infolince =na | weight=0.205
=at =zavolam | weight=0.204
=me =prehodil | weight=0.203
=neni =nas | weight=0.203, noneg
=technicka | weight=0.199
=prehodil | weight=0.197
=zpatky | weight=0.195
=brambor | weight=0.192
=horky | weight=0.192
=horky =brambor | weight=0.192
=jako =horky | weight=0.192
=at =volam | weight=0.191
=nas =od | weight=0.187
=me =prepojili | weight=0.181
=cislo =na | weight=0.180
=predavam | weight=0.180
=jinam | weight=0.179
=poslali =na | weight=0.178
=vyrobce | weight=0.178
=mezi | weight=0.177
=servisu =a | weight=0.176
=dal =cislo | weight=0.176
=k =druhy | weight=0.173
=kruhu | weight=0.170
=kazdy =prepojeni | weight=0.168
=na =centru | weight=0.167
=me =mezi | weight=0.166
=kancelar | weight=0.160
=musim =resit | weight=0.157
=po =kazdy | weight=0.157
=vyrobce =posila | weight=0.156
=zpet =k | weight=0.156
=to =sam | weight=0.156
=hodil =na | weight=0.155
=at =jdu | weight=0.154
=presmerovali | weight=0.153
=z =jednoho | weight=0.152
=mi =dal | weight=0.150
=urade =me | weight=0.150
=posila =zpet | weight=0.150
=my | weight=0.149
=voda | weight=0.149
=pobocce =rekl | weight=0.148
=operator =prepojili | weight=0.147
=byla =jsem | weight=0.147
=odepsali =at | weight=0.146
=ctyrikrat | weight=0.145
=odtamtud | weight=0.145
=me =hodil | weight=0.144
=prepojili =me | weight=0.144
=k =okynka | weight=0.143
=prehazovali =si | weight=0.142
=petkrat | weight=0.142
=to =neresi | weight=0.141
=posilal =me | weight=0.140
=centru =at | weight=0.138
=centru =na | weight=0.138
=technicka =podpora | weight=0.131
=servis =servis | weight=0.130
=neresi | weight=0.130
=od =okynka | weight=0.128
=okynka =k | weight=0.128
=prehodil =me | weight=0.128
=prehodil =zase | weight=0.128
=druhy | weight=0.126
=urade | weight=0.125
=oddeleni =na | weight=0.124
=prepojili =jinam | weight=0.124
=si =me | weight=0.124
=distributor | weight=0.121
=servis | weight=0.119
=k =vam | weight=0.119
=kazdy | weight=0.119
=jednou =na | weight=0.117
=odkaz =jednou | weight=0.117
=jednou =prepazky | weight=0.117
=okynka | weight=0.116
=certa | weight=0.116
=certa =k | weight=0.116
=dablu | weight=0.116
=k =dablu | weight=0.116
=od =certa | weight=0.116
=presmerovali =na | weight=0.116
=petkrat =a | weight=0.116
=zpet | weight=0.115
=zkuste | weight=0.113
=a =vsem | weight=0.112
=k =pilatovi | weight=0.111
=pilatovi | weight=0.111
=spadl | weight=0.111
=servisu | weight=0.111
=me =neprepoji | weight=0.110
=jdu =na | weight=0.109
=na =nekoho | weight=0.109
=k =okenko | weight=0.109
=pobocce =a | weight=0.108
=okenko | weight=0.108
=nikdo =nevedel | weight=0.107, noneg
=mate | weight=0.106
=volam =zpatky | weight=0.106
=me =z | weight=0.105
=uz =me | weight=0.105
=neprepoji | weight=0.104
=a =prodejne | weight=0.102
=v =chatu | weight=0.102
=jsem =presmerovali | weight=0.102
=odtamtud =na | weight=0.102
=do =prodejne | weight=0.102
=odesilatel | weight=0.101
=a =odtamtud | weight=0.100
=psat | weight=0.100
=ctyrikrat =pokazde | weight=0.100
=technicka =oddeleni | weight=0.100
=na =dalsi | weight=0.099
=a =e-shopu | weight=0.099
=nakonec | weight=0.099
=kazdy =oddeleni | weight=0.098
=ze =prodejne | weight=0.098
=centru | weight=0.098
=odkaz | weight=0.096
=na =vyrobce | weight=0.095
=posila =na | weight=0.094
=prodejne =tvrdi | weight=0.094
=zase =ze | weight=0.093
=trikrat =me | weight=0.091
=sam =dokola | weight=0.091
=na =email | weight=0.091
=si =muj | weight=0.091
=infolince =me | weight=0.091
=chatbot =me | weight=0.090
=na =technicka | weight=0.090
=sem | weight=0.090
=zase =jinam | weight=0.089
=kolega =a | weight=0.089
=to =musim | weight=0.088
=zacinal =znovu | weight=0.088
=udelat =nemuze | weight=0.088
=jsem =odkaz | weight=0.087
=odkaz =z | weight=0.087
=dorucovaci | weight=0.086
=odepsali | weight=0.086
=at =to | weight=0.086
=vodafone | weight=0.086
=rekl =at | weight=0.086
=dalsi =lince | weight=0.086
=volam =mi | weight=0.086
=uz =tyden | weight=0.086
=mi =napsal | weight=0.085
=za =neco | weight=0.085
=pani =vysvetlil | weight=0.085
=me =presmerovali | weight=0.085
=nemuze =a | weight=0.085
=lito | weight=0.085
=zacinal | weight=0.084
=at =poslali | weight=0.084
=volam =vam | weight=0.084
=nic =nevedel | weight=0.084, noneg
=tam =a | weight=0.083
=udelat =v | weight=0.083
=na =prodejce | weight=0.082
=ptaji =na | weight=0.082
=ctyri =ruzne | weight=0.081
=vyrobce =vyrobce | weight=0.081
=o =nahradu | weight=0.081
=cekal =me | weight=0.081
=zpatky =vam | weight=0.081
=musim =psat | weight=0.081
=tohle | weight=0.080
=posila | weight=0.079
=mi =zase | weight=0.079
=ctyrikrat =me | weight=0.078
=dalsi | weight=0.078
=urade =na | weight=0.078
=zase | weight=0.078
=nekoho =jinyho | weight=0.078
=chatu =mi | weight=0.078
=ptaji | weight=0.078
=muj =pozadavek | weight=0.077
=pokazde =jsem | weight=0.077
=fakturaci =a | weight=0.076
=na =fakturaci | weight=0.076
=na =oddeleni | weight=0.076
=zpatky =do | weight=0.075
=jsem =z | weight=0.075
=umi | weight=0.075
=hodiny =na | weight=0.075
=tam =mi | weight=0.075
=na =pobocce | weight=0.074
=z =oddeleni | weight=0.074
=odtud | weight=0.074
=pobocce =me | weight=0.073
=k | weight=0.073
=vy =mi | weight=0.072
=pokazde =nekdo | weight=0.072
=telefon =mi | weight=0.072
=jsem =u | weight=0.072
=spojeni | weight=0.072
=muze =distributor | weight=0.071
=jsem =v | weight=0.071
=me =asi | weight=0.071
=me | weight=0.070
=to =udelat | weight=0.070
=to =odpovida | weight=0.070
=odesilatel =odesilatel | weight=0.069
=prodejne | weight=0.069
=a =vyrobce | weight=0.069
=to =zkusim | weight=0.068
=kruhu =uz | weight=0.068
=toci =se | weight=0.068
=v =kruhu | weight=0.068
=me =ze | weight=0.068
=me =posilal | weight=0.067
=prosim | weight=0.067
=oddeleni =kde | weight=0.066
=a =pokazde | weight=0.066
=a =technicka | weight=0.066
=ta =me | weight=0.065
=me =voda | weight=0.065
=cekal =dalsi | weight=0.065
=asi =petkrat | weight=0.065
=ze =zmenit | weight=0.065
=balik =musim | weight=0.064
=ze =balik | weight=0.064
=zpatky =k | weight=0.064
=na =dopravce | weight=0.064
=servisu =me | weight=0.063
=toci | weight=0.063
=e-shopu | weight=0.063
=vypadek =muze | weight=0.063
=prepazky | weight=0.063
=napsal =at | weight=0.062
=mezi =oddeleni | weight=0.062
=nikdo =nedostal | weight=0.062, noneg
=uz =mesic | weight=0.061
=poslali =jinam | weight=0.061
=musim =vyzvednout | weight=0.060
=jinyho | weight=0.060
=zasilka =dorucil | weight=0.060
=me =operator | weight=0.060
=prepojeni =se | weight=0.060
=jinam =pobocce | weight=0.060
=poslali =zpatky | weight=0.060
=a =kolega | weight=0.060
=co =se | weight=0.060
=po =hodiny | weight=0.059
=poslali =do | weight=0.059
=na =servis | weight=0.059
=lidi =kazdy | weight=0.059
=se =ctyri | weight=0.059
=podpora =me | weight=0.059
=za =vypadek | weight=0.059
=z =pobocce | weight=0.059
=poste =a | weight=0.059
=email | weight=0.058
=okna | weight=0.058
=nahradu | weight=0.058
=operator =me | weight=0.058
=pozadavek | weight=0.058
=muj | weight=0.058
=vyzvednout =na | weight=0.058
=mi =odepsali | weight=0.057
=hrala | weight=0.057
=me =posila | weight=0.057
=zase =zpatky | weight=0.057
=zakaznik =uvadi | weight=0.057
=infolince =infolince | weight=0.057
=nikdo =tam | weight=0.056, noneg
=prehazovali =mezi | weight=0.056
=kde =jsem | weight=0.056
=vyrobce =zpatky | weight=0.055
=prehodil =dal | weight=0.055
=pobocce =zpatky | weight=0.055
=na =ni | weight=0.055
=nikdo =nic | weight=0.054, noneg
=jednoho =hovor | weight=0.054
=infolince | weight=0.054
=na =infolince | weight=0.054
=nekoho | weight=0.053
=mi =pracovnik | weight=0.053
=dorucil | weight=0.053
=vsem | weight=0.053
=prodejce | weight=0.052
=zavolam =zitra | weight=0.052
=kdo =mi | weight=0.052
=se =v | weight=0.051
=pripade | weight=0.051
=z =prodejne | weight=0.051
=novy =operator | weight=0.050
=od | weight=0.050
=komu | weight=0.050
=fakturaci | weight=0.050
=nas =posila | weight=0.050
=dopravce =dopravce | weight=0.050
=a =kazdy | weight=0.050
=pobocce | weight=0.050
=do =servisu | weight=0.050
=kdo | weight=0.050
=nikdo =neni | weight=0.049, noneg
=pak =me | weight=0.049
=bankovni | weight=0.049
=bankovni =lince | weight=0.049
=na =bankovni | weight=0.049
=poradku =a | weight=0.049
=prepazky =mi | weight=0.049
=vsak | weight=0.048
=odtud =na | weight=0.048
=a =ctvrt | weight=0.048
=na =e-shopu | weight=0.048
=overovaci | weight=0.048
=mi =pani | weight=0.048
=prepojili =mezi | weight=0.047
=callcentru | weight=0.047
=chatu =se | weight=0.047
=tytez | weight=0.047
=vyzvednout | weight=0.046
=mi =polozil | weight=0.046
=ze =servisu | weight=0.046
=je =poskozeni | weight=0.046
=posila =me | weight=0.046
=ctyri | weight=0.045
=ani =jako | weight=0.045, noneg
=okna =a | weight=0.045
=vysvetlil =ze | weight=0.045
=nevyresen | weight=0.044
=doktor =tvrdi | weight=0.044
=neprijima =muj | weight=0.044
=zitra | weight=0.044
=zavolam =jsem | weight=0.044
=jsem =tam | weight=0.044
=jsem =zjistil | weight=0.044
=infolince =zpatky | weight=0.044
=pak =ji | weight=0.044
=clovek =a | weight=0.044
=behem =jednoho | weight=0.044
=me =vratit | weight=0.043
=nakonec =mi | weight=0.043
=oddeleni =se | weight=0.043
=zadna =vysledek | weight=0.043, noneg
=na =dodavatele | weight=0.042
=pri =prevzeti | weight=0.042
=pry =system | weight=0.042
=neni =jeho | weight=0.042, noneg
=nevedel =ani | weight=0.042, noneg
=je =cerven | weight=0.042
=vyrobou =a | weight=0.042
=jsem =zacala | weight=0.041
=referent | weight=0.041
=reklamaci =a | weight=0.041
=ji =operator | weight=0.041
=a =popisu | weight=0.041
=prevzeti | weight=0.041
=z =chatu | weight=0.041
=pretlumocit | weight=0.041
=pretlumocit =opakovane | weight=0.041
=pres =tlumocnika | weight=0.041
=tlumocnika =jsem | weight=0.041
=uhradi | weight=0.041
=lince =mi | weight=0.041
=prepojili =a | weight=0.040
=v =tom | weight=0.040
=hana | weight=0.040
=odpovida =ze | weight=0.040
=trikrat =pokazde | weight=0.040
=den =pri | weight=0.040
=proudu | weight=0.040
=vypadek =proudu | weight=0.040
=dal | weight=0.040
=vyrobce =me | weight=0.040
=popsal =celou | weight=0.040
=ze =podle | weight=0.040
=po =telefon | weight=0.040
=oddeleni =jako | weight=0.040
=lek =na | weight=0.040
=lidi =a | weight=0.039
=kuryr =mi | weight=0.039
=a =poslali | weight=0.039
=pokazde =me | weight=0.039
=prepravce | weight=0.039
=z | weight=0.039
=jsem =presne | weight=0.039
=jsem =vsechno | weight=0.039
=a =chyba | weight=0.039
=mezi =obchode | weight=0.039
=obchode =vyrobou | weight=0.039
=v =dubnu | weight=0.039
=nekdo =jinam | weight=0.039
