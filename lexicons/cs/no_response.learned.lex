# no_response, cs: learned by scripts/learn.py from 3092 tuning texts (132 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Naše maily ignorujou.
+ Moje zprávy prostě zapadly.
+ odpoved prisla az po trech tydnech
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=mlci | weight=0.429
=maily | weight=0.417
=zadna =odpoved | weight=0.351, noneg
=nikdo =se | weight=0.345, noneg
=bez =povsimnuti | weight=0.322, noneg
=zadna =reakce | weight=0.316, noneg
=neodepisuje | weight=0.315
=ani =potvrzeni | weight=0.313, noneg
=nikdo =nereagoval | weight=0.311, noneg
=bez =odezvy | weight=0.309, noneg
=zpravy | weight=0.305
=nikdo =neodpovedel | weight=0.304, noneg
=a =od | weight=0.301
=ticket | weight=0.286
=ticho | weight=0.283
=porad =zadna | weight=0.268, noneg
=prectene | weight=0.268
=ani =n | weight=0.257, noneg
=napsal =jsem | weight=0.249
=tiket | weight=0.244
=nikdo =mi | weight=0.242, noneg
=maily =ignoroval | weight=0.239
=na =moje | weight=0.238
=schranky | weight=0.235
=kde =jste | weight=0.234
=e-mail | weight=0.234
=odpoved =prisla | weight=0.233
=zapadly | weight=0.228
=dodnes | weight=0.228
=a =vy | weight=0.227
=prisla =az | weight=0.224
=dosud | weight=0.223
=ticket =visi | weight=0.223
=odepsali | weight=0.221
=zadna | weight=0.221, noneg
=kontaktni =formular | weight=0.217
=ignoroval | weight=0.216
=poslali =jsem | weight=0.215
=formular | weight=0.214
=kontaktni | weight=0.212
=v =zari | weight=0.211
=pisu =vam | weight=0.208
=nechal =bez | weight=0.205, noneg
=na =odpoved | weight=0.205
=neozval | weight=0.204
=zari | weight=0.203
=jsem =podam | weight=0.200
=urgence | weight=0.198
=trikrat =a | weight=0.193
=fakturacni | weight=0.191
=dny =jsem | weight=0.190
=vyjadreni =k | weight=0.189
=automaticky =potvrzeni | weight=0.189
=moje =maily | weight=0.187
=na =zpravy | weight=0.182
=dva =e-mail | weight=0.182
=vyjadreni | weight=0.182
=nereagoval | weight=0.181
=nikdo =neodpovida | weight=0.180, noneg
=mi =az | weight=0.177
=odpoved =jsem | weight=0.177
=zpravy =na | weight=0.176
=dnech | weight=0.171
=jsem =poslali | weight=0.170
=dodnes =nic | weight=0.169, noneg
=po =trech | weight=0.169
=trech =tyden | weight=0.169
=zpetne =volam | weight=0.169
=nikdo =na | weight=0.165, noneg
=pisu =kvuli | weight=0.165
=az | weight=0.165
=moje =zpravy | weight=0.163
=volam =do | weight=0.162
=pres =formular | weight=0.159
=pred =tyden | weight=0.158
=vy =mlci | weight=0.157
=ani | weight=0.157, noneg
=reklamaci =mi | weight=0.156
=maji =prectene | weight=0.155
=potvrzeni =a | weight=0.155
=prisla =automaticky | weight=0.155
=reakce | weight=0.154
=proste =zapadly | weight=0.152
=ale =neodpovida | weight=0.149
=cekal =na | weight=0.149
=jsem =jim | weight=0.148
=uz =pred | weight=0.147
=jsem =vyplnit | weight=0.147
=uz =od | weight=0.146
=formular =jsem | weight=0.146
=trech | weight=0.146
=pak =uz | weight=0.146
=jsou =to | weight=0.146
=moje =e-mail | weight=0.145
=odpoved =uz | weight=0.145
=minuly =mesic | weight=0.143
=a =to | weight=0.142
=skodni | weight=0.142
=skodni =udalost | weight=0.142
=ozval =se | weight=0.141
=e-mail =nikdo | weight=0.140, noneg
=visi =v | weight=0.138
=visi | weight=0.137
=neodpovida | weight=0.137
=jsem =automaticky | weight=0.136
=odpoved =a | weight=0.136
=nikdo | weight=0.135, noneg
=ledna =a | weight=0.135
=ke =skodni | weight=0.134
=udalost =porad | weight=0.134
=zadna =stanovisko | weight=0.134, noneg
=pet =tyden | weight=0.134
=v =system | weight=0.134
=jsem =cekal | weight=0.132
=jste =se | weight=0.130
=vy =nic | weight=0.128, noneg
=e-mail =ohledne | weight=0.128
=dotaz =jsem | weight=0.127
=dotaz | weight=0.125
=jsem =tri | weight=0.125
=zadost =o | weight=0.125
=nemam =zadna | weight=0.125, noneg
=dodnes =nikdo | weight=0.124, noneg
=zpravy =mi | weight=0.124
=na =ne | weight=0.124, noneg
=ani =radka | weight=0.123, noneg
=hrob | weight=0.121
=podpora =mlci | weight=0.120
=druhy =tyden | weight=0.119
=dvakrat | weight=0.119
=dva =tyden | weight=0.118
=c | weight=0.118
=tri =tyden | weight=0.118
=by =neexistuje | weight=0.117
=odesla =pred | weight=0.117
=sam =fakturu | weight=0.117
=zablokovali =ucet | weight=0.117
=automaticky | weight=0.117
=mi =dodnes | weight=0.116
=bez =jakekoli | weight=0.115, noneg
=psal | weight=0.115
=ze =dne | weight=0.115
=od =brezna | weight=0.114
=stale =nemam | weight=0.114, noneg
=proste | weight=0.113
=vam =a | weight=0.113
=nas | weight=0.112
=az =v | weight=0.112
=neozval =ani | weight=0.112, noneg
=moje =stiznost | weight=0.111
=schranky =porad | weight=0.111
=se =nikdo | weight=0.110, noneg
=a =zatim | weight=0.110
=jsem =dotaz | weight=0.110
=nekdo =uraci | weight=0.110
=uraci | weight=0.110
=jen =automaticky | weight=0.109
=to =mel | weight=0.109
=neodpovedel | weight=0.109
=jsem =zalohu | weight=0.107
=fakturu =jsem | weight=0.107
=pondeli =a | weight=0.107
=tak =kde | weight=0.107
=precetl =a | weight=0.106
=pred =mesic | weight=0.105
=vyreseni | weight=0.105
=portal | weight=0.104
=dnech =kdy | weight=0.104
=jedenacti =dnech | weight=0.104
=po =jedenacti | weight=0.104
=az =se | weight=0.104
=se =vam | weight=0.104
=na =jejich | weight=0.103
=podam | weight=0.103
=kvuli =te | weight=0.102
=se =nedockal | weight=0.102
=stav =prectene | weight=0.102
=neexistuje | weight=0.102
=kuchyn | weight=0.101
=porad =cekal | weight=0.101
=dobu =nic | weight=0.100, noneg
=na =e-mail | weight=0.100
=brezna | weight=0.098
=stiznost =reagoval | weight=0.098
=bratr | weight=0.098
=jsem =psal | weight=0.097
=nedockal | weight=0.097
=tyden =nic | weight=0.097, noneg
=neni =k | weight=0.097, noneg
=je =pro | weight=0.097
=odpoved =od | weight=0.097
=otevrena | weight=0.096
=ztracene | weight=0.096
=vyresil =sam | weight=0.096
=zpravy =proste | weight=0.095
=az =za | weight=0.093
=dosud =bez | weight=0.093, noneg
=reklamacni =oddeleni | weight=0.092
=po =pet | weight=0.092
=se =neozval | weight=0.092
=upozornit =ze | weight=0.091
=cekal =dva | weight=0.091
=formular =je | weight=0.091
=dobu =ani | weight=0.090, noneg
=odpoved =neprisla | weight=0.090
=zpravy =v | weight=0.090
=to =jen | weight=0.090
=dni | weight=0.090
=nereagoval =na | weight=0.089
=ze =vas | weight=0.089
=reklamacni | weight=0.089
=odpoved =zadna | weight=0.089, noneg
=zatim | weight=0.089
=dosud =jsem | weight=0.089
=uz =tyden | weight=0.088
=na =reklamaci | weight=0.088
=tyden =mi | weight=0.088
=pesine | weight=0.088
=po =pesine | weight=0.088
=ticho =po | weight=0.088
=k =fakturu | weight=0.088
=poslali =zpravy | weight=0.087
=nedockal =zpravy | weight=0.087
=ani =nepodival | weight=0.086, noneg
=teprve | weight=0.086
=ani =vidi | weight=0.086, noneg
=jedenacti | weight=0.085
=potvrzeni | weight=0.085
=zakonne | weight=0.085
=zakonne =lhuta | weight=0.085
=zadna =potvrzeni | weight=0.085, noneg
=precetl | weight=0.084
=to =jsem | weight=0.084
=vam =psal | weight=0.084
=maily =proste | weight=0.084
=na =maily | weight=0.084
=dotaz =nikdo | weight=0.084, noneg
=problem =vyresil | weight=0.082
=mlci =uz | weight=0.082
=se =slevu | weight=0.082
=neozval =se | weight=0.082
=ve =schranky | weight=0.082
=email | weight=0.082
=moje =reklamaci | weight=0.081
=reklamaci =jsem | weight=0.081
=mrtva | weight=0.081
=poslali =doporuceny | weight=0.081
=mamin | weight=0.081
=podam =pred | weight=0.081
=slibili =mi | weight=0.081
=ale =nikdo | weight=0.080, noneg
=pro =nas | weight=0.080
=nic =neprisla | weight=0.080, noneg
=navrh | weight=0.080
=nic =jako | weight=0.079, noneg
=dorazil =az | weight=0.079
=jim =psal | weight=0.078
=na =prvni | weight=0.078
=je =asi | weight=0.078
=jim =poslali | weight=0.078
=jste =neodpovedel | weight=0.078
=te | weight=0.078
=na =jednou | weight=0.078
=jste =vubec | weight=0.078
=uz =druhy | weight=0.077
=mi =neodpovida | weight=0.077
=ohledne =vraceni | weight=0.077
=tyden =cekal | weight=0.077
=e-mail =a | weight=0.076
=neobdrzeli | weight=0.076
=na =email | weight=0.075
=datovou =schranky | weight=0.075
=mou =stiznost | weight=0.075
=tyden | weight=0.075
=moje | weight=0.075
=jednou =dne | weight=0.075
=na =dva | weight=0.074
=podpora =kvuli | weight=0.074
=uz =muj | weight=0.073
=dotaz =zadna | weight=0.073, noneg
=tri =e-mail | weight=0.073
=nikdo =neozval | weight=0.073, noneg
=a =nic | weight=0.072, noneg
=bez | weight=0.071, noneg
=muj =druhy | weight=0.071
=doporuceny | weight=0.071
=ucet =u | weight=0.071
=bezplatne | weight=0.071
=na =termin | weight=0.070
=termin =dodani | weight=0.070
=nakup | weight=0.070
=material | weight=0.070
=datovou | weight=0.070
=trikrat =jsem | weight=0.070
=na =mem | weight=0.069
=za =ni | weight=0.069
=dokoncit | weight=0.069
=mi =pokladne | weight=0.069
=jsem =dva | weight=0.069
=vas =obchodni | weight=0.069
=neprijatelne | weight=0.069
=se =prosim | weight=0.068
=kde | weight=0.068
=podruhe =posila | weight=0.068
=posila =reklamaci | weight=0.068
=vymenu =vadne | weight=0.068
=a =podpora | weight=0.067
=chci =svych | weight=0.067
=dny | weight=0.067
=omluvu =mi | weight=0.067
=jim =trikrat | weight=0.067
=prazdne | weight=0.067
=bych =psal | weight=0.066
=do =zdi | weight=0.066
=zdi | weight=0.066
=upozornit | weight=0.066
=zruseny =a | weight=0.066
=ztracene =zavazadlo | weight=0.066
=nabidli =jako | weight=0.066
=poslali =e-mail | weight=0.065
=jen =na | weight=0.065
=do =hodiny | weight=0.065
=e-mail =jste | weight=0.065
=a =verejne | weight=0.065
=kvuli =vyuctovani | weight=0.065
=ma =stav | weight=0.064
=zalohu | weight=0.064
=obchodni =zastupce | weight=0.064
=kopii | weight=0.064
=musim =konstatovat | weight=0.063
=uz =jen | weight=0.063
=az =po | weight=0.063
=byla =pred | weight=0.062
=pozadavek | weight=0.062
=konstatovat | weight=0.062
=konstatovat =ze | weight=0.062
=dalsi =nakup | weight=0.062
=urade =na | weight=0.061
=jako =odberatel | weight=0.060
=odberatel | weight=0.060
=potreti =vam | weight=0.060
=porad =sviti | weight=0.060
=sviti | weight=0.060
=zustava | weight=0.060
=dopisu | weight=0.060
=muj =e-mail | weight=0.059
=kuryr =tvrdi | weight=0.059
=ze =kuryr | weight=0.059
=mesic =bez | weight=0.059, noneg
=je =tam | weight=0.059
=ehm =ten | weight=0.058
=zastupce | weight=0.058
=to =hned | weight=0.058
=svych | weight=0.058
=v =klientske | weight=0.058
=zpetne | weight=0.058
=a =byla | weight=0.057
=ja =jen | weight=0.057
=ani =jednou | weight=0.057, noneg
=vam =pisu | weight=0.057
=vas =ani | weight=0.057, noneg
=trikrat =e-mail | weight=0.056
=dotaz =a | weight=0.056
=k =reklamaci | weight=0.056
=jsem =vas | weight=0.056
=zakaznickou =podpora | weight=0.056
=jim =pres | weight=0.056
=prisla =po | weight=0.056
=minuly | weight=0.056
=neozval =do | weight=0.055
=reklamaci =podam | weight=0.055
=rozvodu | weight=0.055
=vymenu =rozvodu | weight=0.055
=nic =zadna | weight=0.055, noneg
=do =dneska | weight=0.054
=nefunkcni =pracku | weight=0.054
=e-mail =z | weight=0.054
=kupon | weight=0.054
=pokladne =neuznali | weight=0.054
=uz =tri | weight=0.054
=stale =nikdo | weight=0.054, noneg
=jsem =odesla | weight=0.054
=ale =od | weight=0.054
=psal =uz | weight=0.053
=neodpovida =na | weight=0.053
=se =nekdo | weight=0.053
=eur | weight=0.053
=dostal =jsem | weight=0.053
=vubec =neodpovedel | weight=0.053
=zavazadlo | weight=0.053
=tarif =jsem | weight=0.052
=lezi | weight=0.052
=takze =ehm | weight=0.052
=soukromou =zpravy | weight=0.051
=ten =je | weight=0.051
=tatinek | weight=0.051
=pred =tremi | weight=0.051
=jsem =nedostal | weight=0.051
=zajezd | weight=0.051
=reagoval | weight=0.050
