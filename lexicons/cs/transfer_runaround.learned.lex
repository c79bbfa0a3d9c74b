# transfer_runaround, cs: learned by scripts/learn.py from 3092 tuning texts (104 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ v chatu mi napsali at poslu email, na email mi odepsali at zavolam
+ pls uz me neprepojujte, jsem u ctvrtyho cloveka a vsem musim psat to samy dokola 😤
+ Prodejna tvrdí, že to musí řešit servis, servis zase, že prodejna. Každý se toho zbavuje.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=prepojili | weight=0.341
=prepojeni | weight=0.327
=prehazovali | weight=0.317
=zpatky =na | weight=0.307
=me =poslali | weight=0.285
=me =od | weight=0.268
=kazdy =me | weight=0.266
=me =odkaz | weight=0.260
=posilal | weight=0.259
=na =jinam | weight=0.252
=na =druhy | weight=0.247
=jednoho | weight=0.236
=oddeleni | weight=0.229
=me =prepojili | weight=0.226
=zpatky | weight=0.224
=mezi =servisu | weight=0.219
=infolince =na | weight=0.210
=neni =nas | weight=0.209, noneg
=me =prehodil | weight=0.205
=prehodil | weight=0.202
=brambor | weight=0.196
=horky | weight=0.196
=horky =brambor | weight=0.196
=jako =horky | weight=0.196
=nas =od | weight=0.195
=technicke | weight=0.192
=at =zavolam | weight=0.192
=jinam | weight=0.190
=vyrobce | weight=0.183
=mezi | weight=0.183
=kruhu | weight=0.181
=predavam | weight=0.179
=servisu =a | weight=0.179
=k =druhy | weight=0.178
=me =mezi | weight=0.177
=cislo =na | weight=0.176
=dal =cislo | weight=0.176
=presmerovali | weight=0.173
=kazdy =prepojeni | weight=0.173
=kancelar | weight=0.172
=na =centru | weight=0.171
=byla =jsem | weight=0.166
=na =nekoho | weight=0.165
=musim =resit | weight=0.163
=at =jdu | weight=0.163
=urade =me | weight=0.163
=vyrobce =posila | weight=0.160
=zpet =k | weight=0.160
=mi =dal | weight=0.159
=poslali =zpatky | weight=0.157
=po =kazdy | weight=0.157
=to =sam | weight=0.156
=z =jednoho | weight=0.154
=posila =zpet | weight=0.154
=my | weight=0.152
=vody | weight=0.150
=ctyrikrat | weight=0.148
=odepsali =at | weight=0.145
=petkrat | weight=0.144
=k =okynka | weight=0.144
=posilal =me | weight=0.143
=hodil =na | weight=0.143
=to =neresi | weight=0.142
=druhy | weight=0.140
=operator =prepojili | weight=0.139
=pobocce =rekl | weight=0.138
=odtamtud | weight=0.138
=prehazovali =si | weight=0.137
=presmerovali =na | weight=0.137
=centru =at | weight=0.135
=centru =na | weight=0.135
=technicke =podpora | weight=0.135
=mate | weight=0.133
=zpet | weight=0.133
=me =hodil | weight=0.132
=k =vam | weight=0.131
=od =okynka | weight=0.130
=okynka =k | weight=0.130
=jednou =prepazky | weight=0.130
=poslali =na | weight=0.128
=neresi | weight=0.127
=si =me | weight=0.126
=servis =servis | weight=0.126
=prepojili =me | weight=0.126
=prepojili =jinam | weight=0.126
=prehodil =me | weight=0.125
=prehodil =zase | weight=0.125
=at =volam | weight=0.124
=petkrat =a | weight=0.122
=oddeleni =na | weight=0.120
=okynka | weight=0.119
=certa | weight=0.119
=certa =k | weight=0.119
=dablu | weight=0.119
=k =dablu | weight=0.119
=od =certa | weight=0.119
=servis | weight=0.117
=kazdy | weight=0.116
=volam =zpatky | weight=0.116
=a =tam | weight=0.116
=k =okenko | weight=0.114
=urade | weight=0.113
=pobocce =a | weight=0.112
=zkuste | weight=0.112
=a =vsem | weight=0.111
=k =pilatovi | weight=0.111
=pilatovi | weight=0.111
=to =musim | weight=0.111
=okenko | weight=0.110
=me =neprepoji | weight=0.109
=jdu =na | weight=0.109
=a =prodejne | weight=0.109
=odkaz | weight=0.107
=zase =ze | weight=0.106
=spadlo | weight=0.106
=mi =napsal | weight=0.104
=do =prodejne | weight=0.104
=a =e-shopu | weight=0.103
=na =dalsi | weight=0.103
=uz =me | weight=0.102
=nikdo =nevedel | weight=0.102, noneg
=jednou =na | weight=0.102
=odkaz =jednou | weight=0.102
=neprepoji | weight=0.102
=jsem =presmerovali | weight=0.102
=odtamtud =na | weight=0.102
=psat | weight=0.101
=odepsali | weight=0.100
=z =oddeleni | weight=0.099
=rekl =at | weight=0.099
=posila =na | weight=0.097
=ctyri =ruzne | weight=0.096
=si =muj | weight=0.096
=na =email | weight=0.095
=zase =jinam | weight=0.095
=servisu | weight=0.094
=ctyrikrat =pokazde | weight=0.094
=sem | weight=0.094
=me | weight=0.094
=nakonec | weight=0.094
=kazdy =oddeleni | weight=0.094
=chatu =mi | weight=0.094
=ze =prodejne | weight=0.093
=nekoho | weight=0.092
=technicke =oddeleni | weight=0.092
=vyrobce =vyrobce | weight=0.091
=trikrat =me | weight=0.090
=v =chatu | weight=0.089
=odesilatel | weight=0.089
=at =poslali | weight=0.088
=prodejne =tvrdi | weight=0.088
=zpatky =vam | weight=0.088
=vodafone | weight=0.087
=uz =tyden | weight=0.087
=tohle | weight=0.087
=zacinal =znovu | weight=0.086
=sam =dokola | weight=0.086
=dalsi =lince | weight=0.086
=centru | weight=0.085
=at =to | weight=0.085
=lito | weight=0.084
=nemuze =a | weight=0.084
=udelat =nemuze | weight=0.083
=jsem =odkaz | weight=0.082
=odkaz =z | weight=0.082
=tam =mi | weight=0.082
=udelat =v | weight=0.082
=vy =mi | weight=0.081
=na =oddeleni | weight=0.080
=ctyrikrat =me | weight=0.080
=na =vyrobce | weight=0.080
=chatbot =me | weight=0.080
=zacinal | weight=0.079
=muj =pozadavek | weight=0.079
=a =odtamtud | weight=0.079
=umi | weight=0.079
=jsem =u | weight=0.078
=musim =psat | weight=0.078
=zpatky =k | weight=0.077
=ptaji =na | weight=0.077
=urade =na | weight=0.076
=cekal =me | weight=0.076
=jinam =pobocce | weight=0.076
=posila =me | weight=0.076
=pokazde =jsem | weight=0.076
=infolince =me | weight=0.076
=hodiny =na | weight=0.075
=o =nahradu | weight=0.075
=mi =zase | weight=0.074
=me =presmerovali | weight=0.074
=zase | weight=0.074
=volam =mi | weight=0.074
=me =asi | weight=0.073
=pokazde =nekdo | weight=0.073
=kruhu =uz | weight=0.073
=toci =se | weight=0.073
=v =kruhu | weight=0.073
=to =odpovida | weight=0.072
=me =posilal | weight=0.072
=fakturaci =a | weight=0.072
=na =fakturaci | weight=0.072
=jsem =z | weight=0.071
=ptaji | weight=0.071
=na =prodejce | weight=0.071
=me =vody | weight=0.070
=email | weight=0.070
=dalsi | weight=0.070
=z =pobocce | weight=0.070
=odtud | weight=0.070
=to =udelat | weight=0.068
=asi =petkrat | weight=0.068
=na =pobocce | weight=0.067
=neni =jeho | weight=0.067, noneg
=lidi =kazdy | weight=0.067
=se =ctyri | weight=0.067
=okna | weight=0.067
=spojeni | weight=0.066
=me =z | weight=0.065
=mi =odepsali | weight=0.065
=jsem =v | weight=0.065
=mezi =oddeleni | weight=0.064
=zavolam =zitra | weight=0.064
=po =hodiny | weight=0.064
=na =servis | weight=0.064
=kde =jsem | weight=0.064
=ta =me | weight=0.064
=hrala | weight=0.063
=prodejne | weight=0.063
=kdo | weight=0.063
=prosim | weight=0.063
=zase =zpatky | weight=0.063
=co =se | weight=0.063
=cekal =dalsi | weight=0.062
=kolega =a | weight=0.062
=na =technicke | weight=0.062
=a =vyrobce | weight=0.061
=toci | weight=0.061
=vyrobce =zpatky | weight=0.061
=napsal =at | weight=0.061
=prehodil =dal | weight=0.061
=z =prodejne | weight=0.061
=jednoho =hovor | weight=0.061
=zpatky =do | weight=0.060
=nahradu | weight=0.060
=posila | weight=0.060
=kuryr =zasilka | weight=0.060
=chatu =me | weight=0.059
=na =dopravce | weight=0.059
=pobocce =me | weight=0.058
=ze =servisu | weight=0.058
=a =kolega | weight=0.058
=nikdo =nedostal | weight=0.058, noneg
=callcentru | weight=0.058
=odesilatel =odesilatel | weight=0.058
=ze =zmenit | weight=0.058
=me =operator | weight=0.057
=odkaz =zpatky | weight=0.057
=me =ze | weight=0.057
=muj | weight=0.057
=kdo =mi | weight=0.056
=ani =jako | weight=0.056, noneg
=pak =me | weight=0.056
=a =ctvrt | weight=0.056
=distributor | weight=0.055
=to =zkusim | weight=0.055
=a =chyba | weight=0.054
=doktor =tvrdi | weight=0.054
=neprijima =muj | weight=0.054
=prepojeni =se | weight=0.054
=uz =mesic | weight=0.054
=jinyho | weight=0.054
=pozadavek | weight=0.054
=prepojili =mezi | weight=0.054
=k | weight=0.053
=nevedel =ani | weight=0.053, noneg
=v =tom | weight=0.053
=pry =system | weight=0.053
=clovek =a | weight=0.053
=prodejce | weight=0.052
=infolince =zpatky | weight=0.052
=bankovni | weight=0.052
=bankovni =lince | weight=0.052
=na =bankovni | weight=0.052
=a =technicke | weight=0.052
=dorucil | weight=0.052
=poslali =do | weight=0.052
=overovaci | weight=0.051
=nakonec =na | weight=0.051
=chatu =se | weight=0.051
=a =pokazde | weight=0.051
=mi =pracovnik | weight=0.051
=e-shopu | weight=0.051
=od | weight=0.050
=poradku =a | weight=0.050
=do =servisu | weight=0.050
=tytez | weight=0.050
=vsem | weight=0.050
=novy =operator | weight=0.050
=zitra | weight=0.049
=behem =jednoho | weight=0.049
=pobocce | weight=0.049
=na =infolince | weight=0.049
=ctyri | weight=0.049
=se =v | weight=0.049
=kazdy =mi | weight=0.049
=zakaznik =uvadi | weight=0.048
=mi =polozil | weight=0.048
=okna =a | weight=0.048
=me =posila | weight=0.048
=dopravce =dopravce | weight=0.047
=nas =posila | weight=0.046
=fakturaci | weight=0.045
=je =cerven | weight=0.045
=vyrobou =a | weight=0.045
=pak =ji | weight=0.045
=jinam =oddeleni | weight=0.044
=komu | weight=0.044
=infolince =infolince | weight=0.044
=infolince | weight=0.044
=zavolam =na | weight=0.044
=a =popisu | weight=0.044
=nevyresen | weight=0.043
=pripade | weight=0.043
=prodejne =me | weight=0.043
=vy | weight=0.043
=jdu | weight=0.043
=ji =operator | weight=0.043
=lek =na | weight=0.043
=reklamaci =a | weight=0.042
=na =e-shopu | weight=0.042
=dubnu | weight=0.042
=nekdo =jinam | weight=0.042
=na =dodavatele | weight=0.042
=je =poskozeni | weight=0.042
=zavolam =jsem | weight=0.042
=dal | weight=0.042
=na =chatu | weight=0.042
=na =urade | weight=0.042
=proudu | weight=0.042
=vypadek =proudu | weight=0.042
=lednicka | weight=0.042
=z =infolince | weight=0.042
=nikdo =neni | weight=0.042, noneg
=pri =prevzeti | weight=0.041
=pretlumocit | weight=0.041
=pretlumocit =opakovane | weight=0.041
=pres =tlumocnika | weight=0.041
=tlumocnika =jsem | weight=0.041
=odtud =na | weight=0.041
=servisu =me | weight=0.040
=pisu =ze | weight=0.040
=jsem =vsechno | weight=0.040
=mi =pisu | weight=0.040
=uhradi | weight=0.040
=prevzeti | weight=0.040
=jsem =trikrat | weight=0.040
=jsem =zjistil | weight=0.040
=vsak | weight=0.039
=co =jde | weight=0.039
=o =co | weight=0.039
=znovu =overil | weight=0.039
=vyrobce =zase | weight=0.039
=dalsi =a | weight=0.039
=oddeleni =se | weight=0.039
=chatu =a | weight=0.039
=podpora =me | weight=0.039
=den =pri | weight=0.039
=skoncila | weight=0.038
=vydat =lek | weight=0.038
=pokazde =me | weight=0.038
=toho | weight=0.038
=vysledek | weight=0.037
=vyrobou | weight=0.037
=pry =at | weight=0.037
=ze =kvuli | weight=0.037
=z | weight=0.037
=na =recept | weight=0.037
=lekare | weight=0.036
=chatu =musim | weight=0.036
=znovu =psat | weight=0.036
=hudba | weight=0.036
=odmitli =vydat | weight=0.036
=me =jako | weight=0.036
=prepravce | weight=0.036
=ruzne =lidi | weight=0.036
=a =znovu | weight=0.036
=opakovane =protoze | weight=0.035
=se =po | weight=0.035
=kuryr =mi | weight=0.035
=hana | weight=0.035
=me =vratit | weight=0.035
=odpovida =ze | weight=0.035
=celou =problem | weight=0.035
=zasilka =jsem | weight=0.035
=cislo =ucet | weight=0.034
=musim =znovu | weight=0.034
=na =ortopedii | weight=0.034
=ortopedii | weight=0.034
=hovor =me | weight=0.034
=obchodni =a | weight=0.034
