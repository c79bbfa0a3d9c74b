# no_response, cs: learned by scripts/learn.py from 2812 tuning texts (119 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ 'ozveme se vam do 24 hodin' … to bylo pred tydnem. tak kde jste?
+ Naše maily ignorujou.
+ Moje zprávy prostě zapadly.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=maily | weight=0.423
=mlci | weight=0.407
=nikdo =se | weight=0.331, noneg
=ani =potvrzeni | weight=0.323, noneg
=zadna =reakce | weight=0.321, noneg
=bez =povsimnuti | weight=0.314, noneg
=neodepisuje | weight=0.312
=ticket | weight=0.308
=zpravy | weight=0.306
=nikdo =nereagoval | weight=0.302, noneg
=bez =odezvy | weight=0.301, noneg
=nikdo =neodpovedel | weight=0.299, noneg
=zadna =odpoved | weight=0.298, noneg
=a =od | weight=0.296
=ani =n | weight=0.271, noneg
=prectene | weight=0.263
=na =moje | weight=0.262
=napsal =jsem | weight=0.261
=ticho | weight=0.252
=porad =zadna | weight=0.243, noneg
=prisla =az | weight=0.243
=dosud | weight=0.242
=maily =ignoroval | weight=0.242
=schranky | weight=0.242
=a =vy | weight=0.241
=ticket =visi | weight=0.240
=zapadly | weight=0.238
=kde =jste | weight=0.236
=tiket | weight=0.235
=pisu =vam | weight=0.234
=odpoved =prisla | weight=0.233
=kontaktni =formular | weight=0.232
=odepsali | weight=0.231
=kontaktni | weight=0.225
=e-mail | weight=0.219
=dodnes | weight=0.217
=ignoroval | weight=0.216
=jsem =podam | weight=0.214
=na =odpoved | weight=0.214
=v =zari | weight=0.213
=zari | weight=0.203
=nechali =bez | weight=0.201, noneg
=zadna | weight=0.200, noneg
=nikdo =mi | weight=0.196, noneg
=dny =jsem | weight=0.192
=urgence | weight=0.192
=trikrat =a | weight=0.192
=jsem =poslali | weight=0.189
=dnech | weight=0.189
=zpravy =na | weight=0.186
=vyjadreni =k | weight=0.186
=moje =maily | weight=0.185
=na =zpravy | weight=0.184
=nikdo =na | weight=0.183, noneg
=fakturacni | weight=0.181
=poslali =jsem | weight=0.180
=vyjadreni | weight=0.178
=nereagoval | weight=0.173
=nikdo =neodpovida | weight=0.173, noneg
=mi =az | weight=0.172
=formular | weight=0.172
=odpoved =jsem | weight=0.172
=zpetne =volam | weight=0.171
=potvrzeni =a | weight=0.171
=prisla =automaticky | weight=0.171
=dva =e-mail | weight=0.169
=po =trech | weight=0.166
=dodnes =nic | weight=0.165, noneg
=volam =do | weight=0.164
=automaticky =potvrzeni | weight=0.164
=uz =pred | weight=0.164
=trech =tyden | weight=0.164
=uz =od | weight=0.163
=moje =e-mail | weight=0.162
=pak =uz | weight=0.162
=proste =zapadly | weight=0.162
=v =system | weight=0.160
=dvakrat | weight=0.159
=reakce | weight=0.159
=reklamaci =mi | weight=0.157
=moje =zpravy | weight=0.157
=maji =prectene | weight=0.156
=a =to | weight=0.156
=odpoved =uz | weight=0.152
=ozval =se | weight=0.151
=az | weight=0.149
=ale =neodpovida | weight=0.149
=vy =mlci | weight=0.148
=dotaz | weight=0.147
=formular =jsem | weight=0.147
=neozval | weight=0.145
=cekal =na | weight=0.140
=jsem =vyplnit | weight=0.140
=jsem =jim | weight=0.139
=vy =nic | weight=0.138, noneg
=dodnes =nikdo | weight=0.138, noneg
=udalosti | weight=0.137
=jsem =tri | weight=0.136
=schranky =porad | weight=0.135
=jsem =cekal | weight=0.135
=skodni | weight=0.134
=skodni =udalosti | weight=0.134
=pisu =kvuli | weight=0.134
=trech | weight=0.132
=pred =tyden | weight=0.132
=nemam =zadna | weight=0.131, noneg
=visi | weight=0.130
=na =ne | weight=0.130, noneg
=podam | weight=0.129
=bez =jakekoli | weight=0.128, noneg
=ledna =a | weight=0.127
=zablokovali =ucet | weight=0.127
=pet =tyden | weight=0.126
=ani | weight=0.126, noneg
=reklamacni =oddeleni | weight=0.126
=tri =tyden | weight=0.125
=jsem =automaticky | weight=0.125
=odpoved =a | weight=0.125
=sam =fakturu | weight=0.124
=ke =skodni | weight=0.124
=udalosti =porad | weight=0.124
=zadna =stanovisko | weight=0.124, noneg
=psal | weight=0.124
=hrob | weight=0.124
=stale =nemam | weight=0.124, noneg
=od =brezna | weight=0.123
=neodpovida | weight=0.123
=jste =se | weight=0.122
=mi =dodnes | weight=0.122
=zpravy =mi | weight=0.119
=reklamacni | weight=0.119
=ani =radka | weight=0.119, noneg
=dotaz =jsem | weight=0.118
=podpora =mlci | weight=0.117
=e-mail =nikdo | weight=0.116, noneg
=odeslat =pred | weight=0.115
=jsem =zalohu | weight=0.113
=automaticky | weight=0.112
=neprisla | weight=0.112
=ztracene | weight=0.112
=to =mel | weight=0.111
=kvuli =te | weight=0.110
=e-mail =ohledne | weight=0.110
=by =neexistuje | weight=0.110
=ze =dne | weight=0.109
=je =pro | weight=0.109
=jsem =dotaz | weight=0.109
=otevrena | weight=0.108
=precetl =a | weight=0.108
=dnech =kdy | weight=0.107
=jedenacti =dnech | weight=0.107
=po =jedenacti | weight=0.107
=te | weight=0.107
=stiznost =reagoval | weight=0.106
=se =nikdo | weight=0.106, noneg
=pred =mesic | weight=0.106
=po =pet | weight=0.105
=tyden =cekal | weight=0.105
=nas | weight=0.105
=odpoved =od | weight=0.105
=na =jejich | weight=0.104
=a =zatim | weight=0.104
=zpravy =proste | weight=0.104
=portal | weight=0.104
=proste | weight=0.104
=tak =kde | weight=0.104
=vyreseni | weight=0.103
=moje =stiznost | weight=0.103
=vam =a | weight=0.103
=na =reklamaci | weight=0.102
=nedockal | weight=0.101
=se =nedockal | weight=0.101
=stav =prectene | weight=0.101
=vyresil =sam | weight=0.101
=pondeli =a | weight=0.101
=neexistuje | weight=0.101
=dva =tyden | weight=0.100
=az =v | weight=0.100
=se =vam | weight=0.099
=neozval =ani | weight=0.099, noneg
=druhy =tyden | weight=0.099
=neni =k | weight=0.099, noneg
=nekdo =uraci | weight=0.098
=uraci | weight=0.098
=bratr | weight=0.097
=fakturu =jsem | weight=0.097
=c | weight=0.097
=reklamaci =jsem | weight=0.097
=ve =schranky | weight=0.096
=az =se | weight=0.095
=dobu =nic | weight=0.095, noneg
=pres =formular | weight=0.094
=dobu =ani | weight=0.094, noneg
=tyden =mi | weight=0.094
=nikdo | weight=0.094, noneg
=kuryr =tvrdi | weight=0.092
=ze =kuryr | weight=0.092
=cekal =dva | weight=0.092
=pesine | weight=0.092
=po =pesine | weight=0.092
=ticho =po | weight=0.092
=to =jen | weight=0.092
=brezna | weight=0.092
=kuchyn | weight=0.092
=na =e-mail | weight=0.091
=az =za | weight=0.090
=kde | weight=0.089
=nedockal =zpravy | weight=0.089
=formular =je | weight=0.089
=nereagoval =na | weight=0.089
=pro =nas | weight=0.088
=uz =muj | weight=0.088
=ani =nepodival | weight=0.088, noneg
=porad =cekal | weight=0.087
=tyden =nic | weight=0.087, noneg
=poslali =zpravy | weight=0.087
=tyden | weight=0.087
=a =nic | weight=0.086, noneg
=jen =automaticky | weight=0.086
=za =ni | weight=0.086
=muj =druhy | weight=0.086
=ucet =u | weight=0.086
=maily =proste | weight=0.086
=dorazil =az | weight=0.085
=jedenacti | weight=0.085
=email | weight=0.085
=poslali =doporuceny | weight=0.085
=precetl | weight=0.085
=e-mail =a | weight=0.084
=na =mem | weight=0.084
=ani =vidi | weight=0.084, noneg
=dotaz =nikdo | weight=0.083, noneg
=upozornit =ze | weight=0.083
=ale =nikdo | weight=0.083, noneg
=podpora =kvuli | weight=0.083
=prazdne | weight=0.082
=tri =e-mail | weight=0.082
=uz =tyden | weight=0.082
=to =uz | weight=0.082
=bez | weight=0.082, noneg
=doporuceny | weight=0.082
=mrtva | weight=0.082
=neozval =se | weight=0.082
=dosud =jsem | weight=0.081
=jsem =dva | weight=0.081
=minuly | weight=0.081
=mou =stiznost | weight=0.081
=teprve | weight=0.081
=mi =neodpovida | weight=0.080
=ohledne =vraceni | weight=0.080
=problem =vyresil | weight=0.080
=jim =pres | weight=0.080
=zatim | weight=0.079
=nakupovat | weight=0.079
=nikdo =neozval | weight=0.079, noneg
=na =maily | weight=0.079
=nic =jako | weight=0.079, noneg
=odpoved =neprisla | weight=0.078
=mamin | weight=0.078
=podam =pred | weight=0.078
=bych =psal | weight=0.077
=do =zdi | weight=0.077
=zdi | weight=0.077
=pozadavek | weight=0.076
=reklamaci =podam | weight=0.076
=ze =vas | weight=0.076
=kvuli =vyuctovani | weight=0.075
=jsem =psal | weight=0.075
=na =jednou | weight=0.075
=jednou =dne | weight=0.075
=na =termin | weight=0.073
=termin =dodani | weight=0.073
=psal =uz | weight=0.073
=pisu | weight=0.073
=a =podpora | weight=0.073
=to =jsem | weight=0.072
=dokoncit | weight=0.072
=mlci =uz | weight=0.072
=k =fakturu | weight=0.071
=potvrzeni | weight=0.071
=je =asi | weight=0.070
=podruhe =posila | weight=0.070
=posila =reklamaci | weight=0.070
=na =email | weight=0.070
=trikrat =e-mail | weight=0.070
=uz =jen | weight=0.070
=vam =uz | weight=0.070
=zadost =o | weight=0.070
=mi =pokladne | weight=0.070
=jim =poslali | weight=0.069
=zadna =potvrzeni | weight=0.069, noneg
=zalohu | weight=0.069
=omluvu =mi | weight=0.069
=zakaznickou =podpora | weight=0.069
=nabidli =jako | weight=0.069
=moje =reklamaci | weight=0.069
=bezplatne | weight=0.069
=moje | weight=0.068
=dalsi =nakupovat | weight=0.068
=ztracene =zavazadlo | weight=0.067
=uz =pri | weight=0.067
=trikrat =jsem | weight=0.067
=vas =obchodni | weight=0.067
=jen =na | weight=0.067
=nic =zadna | weight=0.066, noneg
=je =tam | weight=0.066
=zavazadlo | weight=0.066
=jsem =vam | weight=0.066
=na =dva | weight=0.065
=muj =e-mail | weight=0.065
=ze =byla | weight=0.065
=chci =svych | weight=0.065
=dotaz =a | weight=0.065
=tarif =jsem | weight=0.065
=e-mail =z | weight=0.065
=dopisu | weight=0.064
=jako =odberatel | weight=0.064
=odberatel | weight=0.064
=se =prosim | weight=0.064
=neodpovedel | weight=0.064
=musel =konstatovat | weight=0.064
=obchodni =zastupce | weight=0.064
=dni | weight=0.064
=urade =na | weight=0.063
=kopii | weight=0.063
=vymenu =vadne | weight=0.063
=vas =sklad | weight=0.063
=dny =a | weight=0.062
=neobdrzeli | weight=0.062
=sklad =ze | weight=0.062
=uz =druhy | weight=0.062
=ehm =ten | weight=0.061
=ctrnact | weight=0.061
=ten =je | weight=0.061
=konstatovat | weight=0.061
=konstatovat =ze | weight=0.061
=neprijatelne | weight=0.061
=vam =psal | weight=0.060
=zastupce | weight=0.060
=na =muj | weight=0.060
=vas =ani | weight=0.060, noneg
=material | weight=0.060
=k =reklamaci | weight=0.059
=zruseny =a | weight=0.059
=jim =trikrat | weight=0.059
=a =napisu | weight=0.059
=mesic =bez | weight=0.058, noneg
=reagoval | weight=0.058
=ja =jen | weight=0.058
=datovou =schranky | weight=0.058
=zustava | weight=0.057
=stav | weight=0.057
=tatinek | weight=0.057
=zasilka =a | weight=0.057
=prisla =po | weight=0.057
=takze =ehm | weight=0.056
=ale =od | weight=0.056
=neodpovida =na | weight=0.056
=zakonna | weight=0.056
=zakonna =lhuta | weight=0.056
=o =zmenit | weight=0.055
=e-mail =jste | weight=0.055
=byla =pred | weight=0.055
=to =hned | weight=0.054
=svych | weight=0.054
=zpetne | weight=0.054
=odpoved =zadna | weight=0.054, noneg
=na =dalsi | weight=0.054
=cekal | weight=0.054
=a =byla | weight=0.054
=kupon | weight=0.053
=pokladne =neuznali | weight=0.053
=psal =na | weight=0.053
=balik =prisel | weight=0.053
=ani =jednou | weight=0.053, noneg
=stale =nikdo | weight=0.053, noneg
=za =babicka | weight=0.053
=lezi | weight=0.053
=ma =stav | weight=0.053
=trikrat | weight=0.053
=vadne | weight=0.052
=jen =ze | weight=0.052
=jen =ticho | weight=0.051
=jako =by | weight=0.051
=vyplnit | weight=0.051
=az =po | weight=0.051
=zmenit =tarif | weight=0.050
=do =hodiny | weight=0.050
=vyuctovani =a | weight=0.050
=datovou | weight=0.050
=ma | weight=0.049
=se =nekdo | weight=0.049
=upozornit | weight=0.049
=zaslani | weight=0.049
=dotaz =zadna | weight=0.049, noneg
=byt =do | weight=0.049
=vam | weight=0.049
=nechali | weight=0.048
=a =nikdo | weight=0.048, noneg
=zajezd | weight=0.048
