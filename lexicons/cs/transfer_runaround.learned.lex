# transfer_runaround, cs: learned by scripts/learn.py from 3307 tuning texts (107 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ v chatu mi napsali at poslu email, na email mi odepsali at zavolam
+ pls uz me neprepojujte, jsem u ctvrtyho cloveka a vsem musim psat to samy dokola 😤
+ Prodejna tvrdí, že to musí řešit servis, servis zase, že prodejna. Každý se toho zbavuje.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=prepojili | weight=0.336
=prepojeni | weight=0.328
=na =jinam | weight=0.287
=prehazovali | weight=0.278
=kazdy =me | weight=0.274
=me =od | weight=0.273
=na =druhy | weight=0.253
=posilal | weight=0.249
=jednoho | weight=0.239
=me =poslali | weight=0.238
=me =odkaz | weight=0.225
=oddeleni | weight=0.221
=mezi =servisu | weight=0.214
=me =prepojili | weight=0.212
=zpatky =na | weight=0.211
=zpatky | weight=0.207
=neni =nas | weight=0.207, noneg
=infolince =na | weight=0.200
=at =zavolam | weight=0.199
=me =prehodil | weight=0.199
=nas =od | weight=0.196
=prehodil | weight=0.195
=at =volam | weight=0.195
=technicke | weight=0.194
=brambor | weight=0.193
=horky | weight=0.193
=horky =brambor | weight=0.193
=jako =horky | weight=0.193
=poslali =na | weight=0.182
=jinam | weight=0.181
=me =mezi | weight=0.181
=predavam | weight=0.180
=kancelar | weight=0.176
=servisu =a | weight=0.176
=cislo =na | weight=0.176
=dal =cislo | weight=0.176
=vyrobce | weight=0.174
=k =druhy | weight=0.173
=kruhu | weight=0.173
=na =centru | weight=0.171
=mezi | weight=0.170
=kazdy =prepojeni | weight=0.170
=na =nekoho | weight=0.168
=z =jednoho | weight=0.160
=musim =resit | weight=0.159
=at =jdu | weight=0.158
=presmerovali | weight=0.158
=vyrobce =posila | weight=0.156
=zpet =k | weight=0.156
=po =kazdy | weight=0.156
=my | weight=0.154
=byla =jsem | weight=0.153
=to =sam | weight=0.152
=mi =dal | weight=0.151
=hodil =na | weight=0.151
=pobocce =rekl | weight=0.151
=vody | weight=0.151
=urade =me | weight=0.150
=posila =zpet | weight=0.148
=ctyrikrat | weight=0.146
=operator =prepojili | weight=0.144
=druhy | weight=0.144
=petkrat | weight=0.143
=k =okynka | weight=0.142
=technicke =podpora | weight=0.141
=prehazovali =si | weight=0.141
=centru =at | weight=0.141
=centru =na | weight=0.141
=odepsali =at | weight=0.140
=me =hodil | weight=0.140
=to =neresi | weight=0.137
=posilal =me | weight=0.137
=odtamtud | weight=0.136
=si =me | weight=0.134
=od =okynka | weight=0.128
=okynka =k | weight=0.128
=distributor | weight=0.128
=servis =servis | weight=0.127
=neresi | weight=0.126
=prepojili =me | weight=0.126
=prehodil =me | weight=0.125
=prehodil =zase | weight=0.125
=prepojili =jinam | weight=0.125
=presmerovali =na | weight=0.123
=k =vam | weight=0.122
=jednou =prepazky | weight=0.121
=zpet | weight=0.121
=oddeleni =na | weight=0.121
=servis | weight=0.119
=spadl | weight=0.119
=okynka | weight=0.118
=certa | weight=0.116
=certa =k | weight=0.116
=dablu | weight=0.116
=k =dablu | weight=0.116
=od =certa | weight=0.116
=urade | weight=0.115
=okenko | weight=0.114
=mate | weight=0.114
=k =pilatovi | weight=0.114
=pilatovi | weight=0.114
=petkrat =a | weight=0.113
=k =okenko | weight=0.113
=a =vsem | weight=0.110
=zkuste | weight=0.110
=pobocce =a | weight=0.109
=jednou =na | weight=0.109
=odkaz =jednou | weight=0.109
=me =neprepoji | weight=0.109
=jdu =na | weight=0.107
=v =chatu | weight=0.106
=a =prodejne | weight=0.106
=volam =zpatky | weight=0.105
=kazdy | weight=0.105
=na =dalsi | weight=0.105
=uz =me | weight=0.104
=servisu | weight=0.104
=jsem =presmerovali | weight=0.103
=odtamtud =na | weight=0.103
=posila =na | weight=0.103
=do =prodejne | weight=0.103
=a =e-shopu | weight=0.102
=na =vyrobce | weight=0.101
=neprepoji | weight=0.100
=ctyrikrat =pokazde | weight=0.100
=at =to | weight=0.100
=odesilatel | weight=0.100
=sem | weight=0.099
=zase =ze | weight=0.099
=centru | weight=0.097
=psat | weight=0.096
=nikdo =nevedel | weight=0.096, noneg
=odepsali | weight=0.096
=pani =vysvetlil | weight=0.096
=ze =prodejne | weight=0.095
=za =neco | weight=0.095
=kazdy =oddeleni | weight=0.095
=si =muj | weight=0.095
=to =musim | weight=0.095
=volam =vam | weight=0.094
=nakonec | weight=0.094
=vyrobce =vyrobce | weight=0.093
=tam =a | weight=0.093
=mi =napsal | weight=0.093
=odkaz | weight=0.092
=tam =mi | weight=0.092
=nekoho | weight=0.092
=ctyri =ruzne | weight=0.092
=udelat =nemuze | weight=0.092
=zpatky =do | weight=0.091
=na =email | weight=0.091
=chatbot =me | weight=0.091
=prodejne =tvrdi | weight=0.091
=trikrat =me | weight=0.090
=zase =jinam | weight=0.090
=sam =dokola | weight=0.090
=at =poslali | weight=0.090
=kolega =a | weight=0.089
=rekl =at | weight=0.089
=vodafone | weight=0.089
=poslali =zpatky | weight=0.088
=dalsi =lince | weight=0.088
=na =oddeleni | weight=0.087
=dorucovaci | weight=0.087
=zacinal =znovu | weight=0.086
=me =presmerovali | weight=0.086
=me | weight=0.086
=infolince =me | weight=0.086
=jsem =odkaz | weight=0.085
=odkaz =z | weight=0.085
=chatu =mi | weight=0.085
=a =odtamtud | weight=0.084
=technicke =oddeleni | weight=0.084
=nemuze =a | weight=0.084
=zase | weight=0.083
=ctyrikrat =me | weight=0.083
=udelat =v | weight=0.082
=uz =tyden | weight=0.082
=mi =zase | weight=0.082
=musim =psat | weight=0.081
=na =prodejce | weight=0.081
=posila | weight=0.080
=lito | weight=0.080
=zacinal | weight=0.080
=umi | weight=0.079
=zpatky =vam | weight=0.079
=me =z | weight=0.079
=pokazde =nekdo | weight=0.077
=hodiny =na | weight=0.077
=tohle | weight=0.076
=ptaji =na | weight=0.076
=dalsi | weight=0.076
=cekal =me | weight=0.076
=na =technicke | weight=0.075
=zpatky =k | weight=0.075
=muj =pozadavek | weight=0.075
=o =nahradu | weight=0.075
=urade =na | weight=0.075
=pokazde =jsem | weight=0.074
=telefon =mi | weight=0.074
=volam =mi | weight=0.074
=muze =distributor | weight=0.074
=na =dopravce | weight=0.073
=ptaji | weight=0.073
=k | weight=0.073
=to =zkusim | weight=0.073
=vy =mi | weight=0.072
=lidi =kazdy | weight=0.071
=se =ctyri | weight=0.071
=jsem =z | weight=0.071
=fakturaci =a | weight=0.070
=na =fakturaci | weight=0.070
=jinam =pobocce | weight=0.070
=a =technicke | weight=0.070
=ze =zmenit | weight=0.070
=me =asi | weight=0.070
=na =pobocce | weight=0.069
=a =vyrobce | weight=0.069
=jsem =u | weight=0.069
=na =infolince | weight=0.069
=vyrobce =zpatky | weight=0.068
=poslali =do | weight=0.068
=to =udelat | weight=0.068
=to =odpovida | weight=0.068
=vypadek =muze | weight=0.068
=spojeni | weight=0.067
=odesilatel =odesilatel | weight=0.067
=me =posilal | weight=0.067
=email | weight=0.067
=prosim | weight=0.067
=neni =jeho | weight=0.067, noneg
=z =pobocce | weight=0.067
=prodejne | weight=0.067
=kruhu =uz | weight=0.067
=toci =se | weight=0.067
=v =kruhu | weight=0.067
=co =se | weight=0.066
=mezi =oddeleni | weight=0.066
=kuryr =zasilka | weight=0.066
=napsal =at | weight=0.066
=nikdo =nedostal | weight=0.066, noneg
=pobocce =me | weight=0.065
=me =ze | weight=0.065
=na =servis | weight=0.065
=zavolam =zitra | weight=0.065
=infolince | weight=0.065
=asi =petkrat | weight=0.065
=jinam =oddeleni | weight=0.064
=ta =me | weight=0.064
=jsem =v | weight=0.064
=okna | weight=0.064
=me =vody | weight=0.064
=zasilka =dorucil | weight=0.064
=mi =odepsali | weight=0.063
=oddeleni =kde | weight=0.063
=odtud | weight=0.062
=do =servisu | weight=0.062
=jinyho | weight=0.062
=po =hodiny | weight=0.062
=za =vypadek | weight=0.061
=zase =zpatky | weight=0.061
=toci | weight=0.061
=cekal =dalsi | weight=0.061
=nahradu | weight=0.060
=me =posila | weight=0.060
=prodejce | weight=0.060
=muj | weight=0.060
=prehazovali =mezi | weight=0.059
=a =kolega | weight=0.058
=hrala | weight=0.058
=z =prodejne | weight=0.058
=podpora =me | weight=0.057
=a =pokazde | weight=0.057
=zitra | weight=0.057
=prepojeni =se | weight=0.056
=a =ctvrt | weight=0.056
=ze =servisu | weight=0.056
=kde =jsem | weight=0.056
=pak =me | weight=0.056
=zakaznik =uvadi | weight=0.055
=z =oddeleni | weight=0.054
=na =ni | weight=0.054
=dopravce =dopravce | weight=0.054
=pozadavek | weight=0.054
=dorucil | weight=0.054
=prepojili =mezi | weight=0.054
=me =operator | weight=0.053
=posila =me | weight=0.053
=chatu =se | weight=0.053
=mi =pracovnik | weight=0.052
=se =v | weight=0.052
=kdo | weight=0.052
=pripade | weight=0.051
=prehodil =dal | weight=0.051
=jednoho =hovor | weight=0.050
=od | weight=0.050
=pobocce | weight=0.049
=operator =me | weight=0.049
=kazdy =jsem | weight=0.049
=nekdo =jinam | weight=0.049
=infolince =infolince | weight=0.049
=nas =posila | weight=0.049
=doktor =tvrdi | weight=0.048
=neprijima =muj | weight=0.048
=callcentru | weight=0.048
=uz =mesic | weight=0.048
=dalsi =a | weight=0.047
=bankovni | weight=0.047
=bankovni =lince | weight=0.047
=na =bankovni | weight=0.047
=overovaci | weight=0.047
=pak =ji | weight=0.047
=e-shopu | weight=0.047
=poslali =k | weight=0.047
=a =chyba | weight=0.047
=ctyri | weight=0.047
=infolince =zpatky | weight=0.047
=musim =znovu | weight=0.047
=mi =pani | weight=0.047
=na =e-shopu | weight=0.047
=vsem | weight=0.047
=vsak | weight=0.047
=ani =jako | weight=0.046, noneg
=nakonec =na | weight=0.046
=servisu =me | weight=0.046
=nikdo =neni | weight=0.046, noneg
=tytez | weight=0.046
=ji =operator | weight=0.046
=kde | weight=0.045
=pry =system | weight=0.045
=reklamaci =a | weight=0.045
=pobocce =zpatky | weight=0.045
=jsem =tam | weight=0.045
=vysledek | weight=0.045
=mi =polozil | weight=0.045
=hudba | weight=0.044
=novy =operator | weight=0.044
=a =poslali | weight=0.044
=nikdo =nebere | weight=0.044, noneg
=okna =a | weight=0.044
=je =poskozeni | weight=0.044
=z | weight=0.044
=poradku =a | weight=0.044
=kazdy =mi | weight=0.044
=fakturaci | weight=0.044
=popsal =celou | weight=0.044
=toho | weight=0.044
=kdo =mi | weight=0.043
=v =tom | weight=0.043
=skoncila | weight=0.043
=lek =na | weight=0.042
=zase =hrala | weight=0.042
=clovek =a | weight=0.042
=pri =prevzeti | weight=0.042
=nevedel =ani | weight=0.042, noneg
=jsem =zjistil | weight=0.042
=prodejne =me | weight=0.041
=nevyresen | weight=0.041
=prevzeti | weight=0.041
=z =infolince | weight=0.041
=behem =jednoho | weight=0.041
=pretlumocit | weight=0.041
=pretlumocit =opakovane | weight=0.041
=pres =tlumocnika | weight=0.041
=tlumocnika =jsem | weight=0.041
=komu | weight=0.041
=zavolam =jsem | weight=0.040
=vysvetlil =ze | weight=0.040
=je =cerven | weight=0.040
=vyrobou =a | weight=0.040
=az | weight=0.040
=odsekla | weight=0.040
=trem | weight=0.039
=hana | weight=0.039
=lince =mi | weight=0.039
=a =popisu | weight=0.039
=ruzne =lidi | weight=0.039
=referent | weight=0.039
=pry =at | weight=0.039
=na =dodavatele | weight=0.038
=dopoledne =jsem | weight=0.038
=oddeleni =se | weight=0.038
=na =prvni | weight=0.038
=z =chatu | weight=0.038
=odpovida =ze | weight=0.038
=proudu | weight=0.038
=vypadek =proudu | weight=0.038
=vy | weight=0.038
=dubnu | weight=0.038
=den =pri | weight=0.038
=vydat =lek | weight=0.038
=zasilka =jsem | weight=0.037
=vyrobce =me | weight=0.037
=uhradi | weight=0.037
=co =jde | weight=0.037
=o =co | weight=0.037
=znovu =overil | weight=0.037
=jdu | weight=0.037
=trikrat =pokazde | weight=0.037
=dal | weight=0.037
