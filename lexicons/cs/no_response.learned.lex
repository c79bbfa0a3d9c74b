# no_response, cs: learned by scripts/learn.py from 3307 tuning texts (155 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Naše maily ignorujou.
+ Moje zprávy prostě zapadly.
+ ticket visi bez reakce od pondeli
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=maily | weight=0.467
=mlci | weight=0.431
=ticho | weight=0.423
=reakce | weight=0.389
=zadna =odpoved | weight=0.359, noneg
=zadna =reakce | weight=0.339, noneg
=ani =potvrzeni | weight=0.335, noneg
=ticket | weight=0.323
=bez =povsimnuti | weight=0.316, noneg
=nikdo =mi | weight=0.306, noneg
=nikdo =se | weight=0.301, noneg
=napsal =jsem | weight=0.300
=na =moje | weight=0.299
=zpravy | weight=0.299
=neodepisuje | weight=0.298
=precteno | weight=0.297
=odepsali | weight=0.291
=a =od | weight=0.288
=nikdo =neodpovedel | weight=0.284, noneg
=bez =odezvy | weight=0.284, noneg
=ticket =visi | weight=0.279
=hrob | weight=0.279
=nikdo =nereagoval | weight=0.276, noneg
=prisla =az | weight=0.267
=ani =n | weight=0.265, noneg
=porad =zadna | weight=0.258, noneg
=na =odpoved | weight=0.251
=zadost =o | weight=0.250
=se =nikdo | weight=0.248, noneg
=tiket | weight=0.248
=ozval =se | weight=0.246
=schranky | weight=0.243
=moje =maily | weight=0.240
=a =vy | weight=0.235
=dosud | weight=0.230
=nikdo =neobtezoval | weight=0.230, noneg
=nikdo =neodpovida | weight=0.226, noneg
=cekal =na | weight=0.225
=zadna | weight=0.222, noneg
=zapadly | weight=0.217
=maily =ignoroval | weight=0.211
=dodnes | weight=0.209
=nechal =bez | weight=0.209, noneg
=odpoved =prisla | weight=0.208
=kde =jste | weight=0.207
=dnech | weight=0.203
=dni =nez | weight=0.200
=dva =e-mail | weight=0.199
=poslali =jsem | weight=0.197
=moje =zpravy | weight=0.194
=email =a | weight=0.194
=kontaktni =formular | weight=0.189
=vyjadreni =k | weight=0.188
=trikrat =a | weight=0.188
=dny =jsem | weight=0.188
=urgence | weight=0.187
=email | weight=0.187
=kontaktni | weight=0.185
=pisu =vam | weight=0.185
=fakturacni | weight=0.183
=jsem =odesla | weight=0.182
=neozval | weight=0.182
=formular | weight=0.181
=vyjadreni | weight=0.180
=v =zari | weight=0.178
=pres =formular | weight=0.177
=e-mail | weight=0.174
=zpravy =jsem | weight=0.174
=jsem =podam | weight=0.173
=a =zase | weight=0.173
=bez =odpoved | weight=0.172, noneg
=zpetne =volam | weight=0.171
=zari | weight=0.171
=dodnes =nic | weight=0.169, noneg
=ignoroval | weight=0.167
=nereagoval | weight=0.167
=volam =do | weight=0.164
=visi =bez | weight=0.164, noneg
=se =nedockal | weight=0.164
=mi =nikdo | weight=0.162, noneg
=jsem =poslali | weight=0.162
=neodpovida | weight=0.162
=mi =az | weight=0.157
=po =trech | weight=0.156
=vy =mlci | weight=0.156
=automaticky =potvrzeni | weight=0.156
=jsou =to | weight=0.155
=uz =pred | weight=0.155
=pisu =kvuli | weight=0.155
=trech =tyden | weight=0.153
=nedockal | weight=0.152
=visi | weight=0.151
=ledna =a | weight=0.150
=nikdo =na | weight=0.148, noneg
=pred =tyden | weight=0.148
=moje =e-mail | weight=0.148
=messenger | weight=0.145
=dotaz | weight=0.145
=jsem =vyplnit | weight=0.144
=vas =strane | weight=0.143
=ani =radka | weight=0.143, noneg
=vy =nic | weight=0.142, noneg
=zase =nic | weight=0.142, noneg
=proste =zapadly | weight=0.141
=odpoved =a | weight=0.140
=uz =od | weight=0.140
=e-mail =ohledne | weight=0.140
=skodni | weight=0.139
=skodni =udalost | weight=0.139
=ale =neodpovida | weight=0.138
=formular =jsem | weight=0.137
=automaticky | weight=0.136
=zpravy =na | weight=0.136
=ubehlo =tyden | weight=0.135
=maji =precteno | weight=0.135
=ke =skodni | weight=0.135
=udalost =porad | weight=0.135
=zadna =stanovisko | weight=0.135, noneg
=odpoved =uz | weight=0.134
=e-mail =nikdo | weight=0.134, noneg
=psal | weight=0.132
=do =dvou | weight=0.132
=dnu =a | weight=0.131
=potvrzeni =a | weight=0.130
=prisla =automaticky | weight=0.130
=vam =pisu | weight=0.130
=reklamaci =mi | weight=0.130
=nemam =zadna | weight=0.130, noneg
=dosud =jsem | weight=0.129
=na =zpravy | weight=0.129
=zadna =vyjadreni | weight=0.128, noneg
=dvou =dnu | weight=0.128
=deset =dni | weight=0.127
=trech | weight=0.126
=na =ne | weight=0.125, noneg
=jste =se | weight=0.125
=mi =dodnes | weight=0.125
=c | weight=0.124
=dni | weight=0.124
=dodnes =nikdo | weight=0.122, noneg
=pak =uz | weight=0.122
=zablokovali =uctu | weight=0.122
=minuly =mesic | weight=0.121
=jsem =zalohu | weight=0.121
=tom =aby | weight=0.121
=jsem =automaticky | weight=0.121
=schranky =porad | weight=0.119
=zakaznickou =servis | weight=0.119
=sam =fakturu | weight=0.118
=nikdo | weight=0.117, noneg
=odesla =pred | weight=0.116
=a =je | weight=0.115
=jako =hrob | weight=0.115
=mlci =jako | weight=0.115
=stale =nemam | weight=0.115, noneg
=te =sam | weight=0.114
=az | weight=0.113
=dotaz =jsem | weight=0.113
=dnech =kdy | weight=0.113
=jedenacti =dnech | weight=0.113
=po =jedenacti | weight=0.113
=cerne | weight=0.113
=odpoved =jsem | weight=0.112
=vam =a | weight=0.112
=cekal =dva | weight=0.110
=od =brezna | weight=0.109
=jsem =neobdrzel | weight=0.109
=neobdrzel =zadna | weight=0.109, noneg
=nas | weight=0.108
=fakturu =jsem | weight=0.108
=dnech =a | weight=0.108
=jsem =jim | weight=0.108
=ani | weight=0.107, noneg
=z =vas | weight=0.107
=jsem =dotaz | weight=0.107
=nekdo =uracili | weight=0.107
=ubehlo | weight=0.107
=precetl =a | weight=0.106
=mi =odepsali | weight=0.106
=ze =dne | weight=0.106
=odepsali =mi | weight=0.105
=portal | weight=0.105
=jsem =cekal | weight=0.105
=pet =tyden | weight=0.105
=uracili | weight=0.104
=vyresil =sam | weight=0.104
=na =jejich | weight=0.103
=dobu =ani | weight=0.103, noneg
=kvuli =te | weight=0.103
=neozval =ani | weight=0.103, noneg
=az =se | weight=0.103
=druhy =tyden | weight=0.103
=by =neexistuje | weight=0.101
=cerne =dira | weight=0.101
=dira | weight=0.101
=podpora =mlci | weight=0.101
=neobdrzel | weight=0.100
=zpravy =mi | weight=0.100
=a =to | weight=0.100
=bez =jakekoli | weight=0.100, noneg
=dvakrat | weight=0.099
=neodpovedel | weight=0.099
=stiznost =reagovali | weight=0.097
=na =reklamaci | weight=0.097
=vas =automaticky | weight=0.097
=bratr | weight=0.096
=ani =vidi | weight=0.096, noneg
=do =cerne | weight=0.096
=konecne =dovolat | weight=0.096
=zpravy =proste | weight=0.096
=te | weight=0.095
=pred =mesic | weight=0.095
=nez =mi | weight=0.095
=a =zatim | weight=0.095
=formular =je | weight=0.095
=jim =psal | weight=0.095
=odpoved =od | weight=0.094
=ve =schranky | weight=0.094
=upozornit =ze | weight=0.093
=ze =vas | weight=0.093
=tyden =mi | weight=0.092
=jedenacti | weight=0.092
=precteno =bez | weight=0.092, noneg
=otevrena | weight=0.092
=zadost | weight=0.091
=se =slevu | weight=0.091
=resit =jinde | weight=0.090
=pondeli =a | weight=0.090
=tyden | weight=0.090
=se =neozval | weight=0.090
=odpoved =neprisla | weight=0.089
=po =pet | weight=0.088
=nic =neprisla | weight=0.088, noneg
=az =za | weight=0.088
=jsem =dva | weight=0.088
=navrh | weight=0.088
=je =pro | weight=0.087
=odpoved =zadna | weight=0.087, noneg
=na =maily | weight=0.087
=jen =automaticky | weight=0.087
=nic =jako | weight=0.087, noneg
=neexistuje | weight=0.086
=precetl | weight=0.086
=dotaz =pres | weight=0.086
=az =po | weight=0.086
=to =mel | weight=0.085
=az =v | weight=0.085
=tak =kde | weight=0.085
=neni =k | weight=0.084, noneg
=jste =neodpovedel | weight=0.084
=reklamaci =jsem | weight=0.084
=mamin | weight=0.084
=poslali =e-mail | weight=0.083
=dobu =nic | weight=0.083, noneg
=ani =nepodival | weight=0.083, noneg
=bez | weight=0.082, noneg
=stav =precteno | weight=0.082
=vas =zakaznickou | weight=0.082
=k =fakturu | weight=0.082
=teprve | weight=0.082
=vadne | weight=0.081
=mi =neodpovida | weight=0.081
=ohledne =vraceni | weight=0.081
=problem =vyresil | weight=0.081
=mlci =uz | weight=0.081
=naprosto | weight=0.081
=moje =stiznost | weight=0.080
=se =vam | weight=0.080
=porad =cekal | weight=0.080
=poslali =doporuceny | weight=0.079
=podam | weight=0.079
=dosud =bez | weight=0.079, noneg
=kuryr =tvrdi | weight=0.077
=podpora =kvuli | weight=0.077
=jsem =psal | weight=0.077
=rychle | weight=0.077
=visi =v | weight=0.077
=vam =psal | weight=0.077
=vam =to | weight=0.077
=rusim =smlouvu | weight=0.076
=ani =jednou | weight=0.076, noneg
=na =e-mail | weight=0.076
=ale =nikdo | weight=0.076, noneg
=moje =reklamaci | weight=0.076
=na =dva | weight=0.076
=je =asi | weight=0.076
=uz =tyden | weight=0.076
=jim =poslali | weight=0.076
=nereagoval =na | weight=0.075
=kuchyn | weight=0.075
=uz =muj | weight=0.075
=pro =nas | weight=0.075
=bezplatne | weight=0.074
=at =nebuzeruju | weight=0.074
=nebuzeruju | weight=0.074
=jednou =dne | weight=0.074
=mou =stiznost | weight=0.074
=vam | weight=0.074
=zakonne | weight=0.074
=zakonne =lhuta | weight=0.074
=pesine | weight=0.074
=po =pesine | weight=0.074
=ticho =po | weight=0.074
=na =termin | weight=0.073
=termin =dodani | weight=0.073
=na =jednou | weight=0.073
=automaticky =odpoved | weight=0.073
=uctu =u | weight=0.073
=tyden =nic | weight=0.073, noneg
=ztracene | weight=0.073
=ze =kuryr | weight=0.073
=muj =druhy | weight=0.073
=mi =pokladne | weight=0.073
=prazdne | weight=0.073
=nikdo =neozval | weight=0.072, noneg
=tri =tyden | weight=0.072
=v =system | weight=0.072
=na =prvni | weight=0.071
=na =mem | weight=0.071
=e-mail =a | weight=0.071
=aby =mi | weight=0.071
=jsem =tri | weight=0.071
=a =podpora | weight=0.071
=muj =e-mail | weight=0.071
=uz =druhy | weight=0.070
=proste | weight=0.070
=e-mail =jste | weight=0.070
=poslali =zpravy | weight=0.070
=dvou | weight=0.070
=to =jen | weight=0.069
=jim | weight=0.069
=bych =psal | weight=0.069
=do =zdi | weight=0.069
=zdi | weight=0.069
=doporuceny | weight=0.069
=stranka | weight=0.068
=nedockal =zpravy | weight=0.068
=odpoved =do | weight=0.068
=za =ni | weight=0.068
=tri =e-mail | weight=0.068
=uz =pate | weight=0.068
=omluvu =mi | weight=0.068
=vas =obchodni | weight=0.068
=psal =jsem | weight=0.067
=dotaz =a | weight=0.067
=urade =na | weight=0.067
=ja =jen | weight=0.067
=nabidli =jako | weight=0.067
=dalsi =nakup | weight=0.067
=vymenu =vadne | weight=0.066
=zalohu | weight=0.066
=obchodni =zastupce | weight=0.066
=zruseny =a | weight=0.066
=poctvrte =vam | weight=0.066
=mesic =bez | weight=0.065, noneg
=jen =na | weight=0.065
=potreti =vam | weight=0.065
=e-mail =z | weight=0.065
=jste =vubec | weight=0.065
=dva =tyden | weight=0.065
=opravdu | weight=0.065
=potvrzeni | weight=0.065
=zpravy =v | weight=0.064
=to =jsem | weight=0.064
=dotaz =nikdo | weight=0.064, noneg
=dotaz =zadna | weight=0.064, noneg
=maily =proste | weight=0.064
=jen =ze | weight=0.064
=datovou =schranky | weight=0.064
=dnu | weight=0.064
=to =tyden | weight=0.063
=ale =od | weight=0.063
=chci =svych | weight=0.063
=zatim | weight=0.063
=porad =sviti | weight=0.063
=sviti | weight=0.063
=a =verejne | weight=0.062
=zastupce | weight=0.062
=brezna | weight=0.061
=musim =konstatovat | weight=0.061
=neozval =se | weight=0.061
=na =vas | weight=0.061
=prihlaseni | weight=0.061
=podruhe =posila | weight=0.061
=posila =reklamaci | weight=0.061
=zakaznickou =podpora | weight=0.061
=upozornit | weight=0.060
=vyreseni | weight=0.060
=jako =odberatel | weight=0.060
=odberatel | weight=0.060
=do =dneska | weight=0.060
=jsem =pres | weight=0.060
=odpoved =mi | weight=0.059
=nakup | weight=0.059
=udalost | weight=0.059
=konstatovat | weight=0.059
=konstatovat =ze | weight=0.059
=uz =jen | weight=0.059
=dokoncit | weight=0.059
=jsem =posilal | weight=0.058
