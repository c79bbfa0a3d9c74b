# no_response, cs: learned by scripts/learn.py from 2508 tuning texts (111 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Naše maily ignorujou.
+ Moje zprávy prostě zapadly.
+ odpoved prisla az po trech tydnech
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=mlci | weight=0.425
=maily | weight=0.412
=nikdo =se | weight=0.334, noneg
=zpravy | weight=0.328
=zadna =odpoved | weight=0.327, noneg
=bez =povsimnuti | weight=0.324, noneg
=ani =potvrzeni | weight=0.321, noneg
=ticket | weight=0.314
=nikdo =nereagoval | weight=0.306, noneg
=nikdo =neodpovedel | weight=0.297, noneg
=bez =odezvy | weight=0.283, noneg
=zadna =reakce | weight=0.281, noneg
=ani =n | weight=0.276, noneg
=a =od | weight=0.273
=napsal =jsem | weight=0.261
=dosud | weight=0.259
=na =moje | weight=0.255
=pisu =vam | weight=0.249
=ticho | weight=0.249
=prisla =az | weight=0.248
=porad =zadna | weight=0.248, noneg
=maily =ignoroval | weight=0.247
=odepsali | weight=0.245
=ticket =visi | weight=0.242
=tiket | weight=0.238
=a =vy | weight=0.237
=kde =jste | weight=0.234
=odpoved =prisla | weight=0.234
=zapadly | weight=0.229
=kontaktni =formular | weight=0.224
=kontaktni | weight=0.217
=ignoroval | weight=0.216
=zadna | weight=0.213, noneg
=jsem =podam | weight=0.211
=nechal =bez | weight=0.211, noneg
=poslali =jsem | weight=0.209
=na =odpoved | weight=0.209
=dodnes | weight=0.208
=v =zari | weight=0.207
=nikdo =mi | weight=0.207, noneg
=moje =maily | weight=0.200
=zari | weight=0.197
=urgence | weight=0.193
=na =zpravy | weight=0.191
=schrance | weight=0.190
=odpoved =jsem | weight=0.189
=trikrat =a | weight=0.188
=vyjadreni =k | weight=0.187
=dva =e-mail | weight=0.186
=dny =jsem | weight=0.186
=mi =az | weight=0.186
=jsem =poslali | weight=0.185
=fakturacni | weight=0.184
=dnech | weight=0.181
=reklamaci =mi | weight=0.180
=nikdo =na | weight=0.180, noneg
=vyjadreni | weight=0.180
=zpetne =volam | weight=0.177
=moje =e-mail | weight=0.176
=nikdo =neodpovida | weight=0.175, noneg
=potvrzeni =a | weight=0.174
=prisla =automaticky | weight=0.174
=precteno | weight=0.171
=formular | weight=0.168
=volam =do | weight=0.168
=pak =uz | weight=0.167
=automaticky =potvrzeni | weight=0.166
=dodnes =nic | weight=0.166, noneg
=dvakrat | weight=0.164
=moje =zpravy | weight=0.163
=cekal =na | weight=0.162
=az | weight=0.161
=ozval =se | weight=0.160
=uz =od | weight=0.159
=e-mail | weight=0.159
=trech =tyden | weight=0.158
=reakce | weight=0.157
=po =trech | weight=0.156
=proste =zapadly | weight=0.156
=v =system | weight=0.155
=uz =pred | weight=0.155
=odpoved =uz | weight=0.153
=zpravy =na | weight=0.153
=vy =mlci | weight=0.150
=udalosti | weight=0.149
=pred =tyden | weight=0.148
=trech | weight=0.148
=formular =jsem | weight=0.147
=neozval | weight=0.145
=a =to | weight=0.144
=vy =nic | weight=0.141, noneg
=jsem =cekal | weight=0.140
=ani | weight=0.139, noneg
=bez =jakekoli | weight=0.139, noneg
=nereagoval | weight=0.139
=schrance =porad | weight=0.138
=jsem =vyplnil | weight=0.138
=visi | weight=0.137
=jsem =tri | weight=0.135
=dodnes =nikdo | weight=0.135, noneg
=neprisla | weight=0.134
=nemam =zadna | weight=0.133, noneg
=pisu =kvuli | weight=0.133
=e-mail =nikdo | weight=0.132, noneg
=psal | weight=0.131
=jste =se | weight=0.130
=skodni | weight=0.130
=skodni =udalosti | weight=0.130
=jsem =jim | weight=0.128
=nedockal | weight=0.128
=se =nedockal | weight=0.128
=stav =precteno | weight=0.128
=ani =radka | weight=0.127, noneg
=podpora =mlci | weight=0.126
=ledna =a | weight=0.126
=hrob | weight=0.125
=ke =skodni | weight=0.125
=udalosti =porad | weight=0.125
=zadna =stanovisko | weight=0.125, noneg
=stale =nemam | weight=0.124, noneg
=zablokovali =ucet | weight=0.124
=pet =tyden | weight=0.120
=proste | weight=0.120
=reklamacni =oddeleni | weight=0.120
=se =nikdo | weight=0.119, noneg
=dva =tyden | weight=0.118
=druhy =tyden | weight=0.118
=na =ne | weight=0.117, noneg
=odeslat =pred | weight=0.117
=od =brezna | weight=0.116
=dotaz =jsem | weight=0.116
=je =pro | weight=0.115
=ztracene | weight=0.114
=zpravy =mi | weight=0.114
=jsem =zalohu | weight=0.114
=automaticky | weight=0.114
=a =zatim | weight=0.113
=nas | weight=0.112
=te | weight=0.112
=neozval =ani | weight=0.111, noneg
=by =neexistuje | weight=0.110
=to =mel | weight=0.110
=na =reklamaci | weight=0.109
=vyreseni | weight=0.109
=jsem =dotaz | weight=0.109
=jsem =automaticky | weight=0.108
=odpoved =a | weight=0.108
=mi =dodnes | weight=0.108
=dnech =kdy | weight=0.107
=jedenacti =dnech | weight=0.107
=po =jedenacti | weight=0.107
=precetl =a | weight=0.107
=nereagoval =na | weight=0.107
=jen =automaticky | weight=0.107
=tak =kde | weight=0.107
=pred =mesic | weight=0.106
=pondeli =a | weight=0.106
=az =v | weight=0.106
=na =jejich | weight=0.105
=e-mail =a | weight=0.104
=odpoved =od | weight=0.104
=se =vam | weight=0.104
=portal | weight=0.104
=reklamacni | weight=0.103
=vam =a | weight=0.102
=neexistuje | weight=0.102
=email | weight=0.101
=tyden =nic | weight=0.100, noneg
=vyresil =sam | weight=0.100
=bratr | weight=0.100
=podam | weight=0.099
=kvuli =te | weight=0.099
=nekdo =uraci | weight=0.097
=uraci | weight=0.097
=dotaz | weight=0.097
=maily =proste | weight=0.097
=tyden =cekal | weight=0.096
=neni =k | weight=0.096, noneg
=c | weight=0.096
=upozornit =ze | weight=0.096
=otevrena | weight=0.096
=formular =je | weight=0.095
=zpravy =proste | weight=0.095
=uz =druhy | weight=0.095
=tri =e-mail | weight=0.095
=uz =muj | weight=0.094
=ve =schrance | weight=0.094
=az =se | weight=0.093
=dobu =ani | weight=0.093, noneg
=nikdo | weight=0.093, noneg
=tri =tyden | weight=0.092
=ucet =u | weight=0.092
=ale =nikdo | weight=0.091, noneg
=dobu =nic | weight=0.091, noneg
=jedenacti | weight=0.091
=nedockal =zpravy | weight=0.091
=pro =nas | weight=0.091
=zatim | weight=0.091
=kuryr =tvrdi | weight=0.091
=ze =kuryr | weight=0.091
=muj =druhy | weight=0.090
=na =mem | weight=0.090
=jsem =dva | weight=0.090
=ani =nepodival | weight=0.090, noneg
=kuchyn | weight=0.090
=ze =dne | weight=0.089
=bez | weight=0.089, noneg
=prazdne | weight=0.089
=precetl | weight=0.089
=po =pet | weight=0.089
=pres =formular | weight=0.089
=mou =stiznost | weight=0.088
=stiznost =reagoval | weight=0.088
=na =email | weight=0.088
=jim =poslali | weight=0.088
=k =fakture | weight=0.088
=na =maily | weight=0.087
=poslali =doporuceny | weight=0.087
=ani =vidi | weight=0.086, noneg
=fakture =jsem | weight=0.086
=dotaz =nikdo | weight=0.086, noneg
=dosud =jsem | weight=0.086
=za =ni | weight=0.085
=az =za | weight=0.085
=pesine | weight=0.085
=po =pesine | weight=0.085
=ticho =po | weight=0.085
=minuly | weight=0.085
=ze =vas | weight=0.085
=porad =cekal | weight=0.085
=nikdo =neozval | weight=0.084, noneg
=nic =zadna | weight=0.084, noneg
=poslali =zpravy | weight=0.084
=bych =psal | weight=0.084
=do =zdi | weight=0.084
=zdi | weight=0.084
=neprijatelne | weight=0.083
=doporuceny | weight=0.083
=to =jen | weight=0.083
=cekal =dva | weight=0.083
=neozval =se | weight=0.083
=e-mail =z | weight=0.082
=na =termin | weight=0.082
=termin =dodani | weight=0.082
=reklamaci =jsem | weight=0.081
=mlci =uz | weight=0.081
=to =uz | weight=0.080
=psal =uz | weight=0.080
=mamin | weight=0.079
=nic =jako | weight=0.079, noneg
=podpora =kvuli | weight=0.078
=dorazil =az | weight=0.078
=teprve | weight=0.078
=ma =stav | weight=0.078
=kde | weight=0.078
=zakaznickou =podpora | weight=0.077
=uz =tri | weight=0.077
=mrtva | weight=0.077
=odpoved =neprisla | weight=0.076
=reklamaci =podam | weight=0.076
=na =jednou | weight=0.076
=nakupovat | weight=0.075
=problem =vyresil | weight=0.075
=moje =stiznost | weight=0.075
=uz =jen | weight=0.075
=pisu | weight=0.075
=jednou =dne | weight=0.075
=podruhe =posila | weight=0.074
=posila =reklamaci | weight=0.074
=trikrat =jsem | weight=0.074
=a =nic | weight=0.074, noneg
=mi =prisla | weight=0.074
=dni | weight=0.074
=brezna | weight=0.074
=vas =obchodni | weight=0.073
=obchodni =zastupce | weight=0.073
=zadost =o | weight=0.073
=podam =pred | weight=0.072
=stav | weight=0.072
=jim =trikrat | weight=0.072
=potvrzeni | weight=0.072
=zadna =potvrzeni | weight=0.071, noneg
=na =e-mail | weight=0.071
=dokoncit | weight=0.071
=moje =reklamaci | weight=0.070
=musim =konstatovat | weight=0.070
=je =tam | weight=0.070
=na =mou | weight=0.069
=ani =jednou | weight=0.069, noneg
=mi =pokladne | weight=0.069
=jsem =vam | weight=0.069
=omluvu =mi | weight=0.068
=jsem =psal | weight=0.068
=zalohu | weight=0.068
=a =podpora | weight=0.068
=zastupce | weight=0.067
=bezplatne | weight=0.067
=tarif =jsem | weight=0.067
=prisla =po | weight=0.066
=konstatovat | weight=0.066
=konstatovat =ze | weight=0.066
=vam =uz | weight=0.066
=moje | weight=0.066
=kvuli =vyuctovani | weight=0.066
=jako =odberatel | weight=0.065
=odberatel | weight=0.065
=uz =pri | weight=0.065
=zpetne | weight=0.065
=jen =na | weight=0.064
=zakonna | weight=0.064
=zakonna =lhuta | weight=0.064
=vymenu =vadne | weight=0.064
=zustava | weight=0.064
=je =asi | weight=0.063
=chci =svych | weight=0.063
=ze =byla | weight=0.063
=nabidli =jako | weight=0.063
=to =jsem | weight=0.063
=zruseny =a | weight=0.063
=ctrnact | weight=0.062
=na =dva | weight=0.062
=ten =je | weight=0.062
=a =napisu | weight=0.062
=dalsi =nakupovat | weight=0.062
=dopisu | weight=0.062
=stale =nikdo | weight=0.062, noneg
=upozornit | weight=0.062
=ztracene =zavazadlo | weight=0.061
=neobdrzeli | weight=0.061
=ehm =ten | weight=0.061
=dotaz =a | weight=0.061
=ale =od | weight=0.061
=vas =sklad | weight=0.061
=kopii | weight=0.060
=cekal | weight=0.060
=sklad =ze | weight=0.060
=vas =ani | weight=0.060, noneg
=jako =by | weight=0.060
=neodpovedel | weight=0.060
=zavazadlo | weight=0.059
=e-mail =jste | weight=0.059
=jen =ticho | weight=0.059
=byla =pred | weight=0.059
=od =te | weight=0.058
=te =dobu | weight=0.058
=jim =pres | weight=0.058
=trikrat =e-mail | weight=0.058
=o =zmenit | weight=0.058
=to =hned | weight=0.057
=az =po | weight=0.057
=ja =jen | weight=0.056
=unora | weight=0.056
=do =hodiny | weight=0.055
=tyden | weight=0.055
=se =prosim | weight=0.055
=vsichni | weight=0.055
=kdy | weight=0.055
=vam =psal | weight=0.055
=zmenit =tarif | weight=0.054
=za =babicka | weight=0.054
=jen =ze | weight=0.054
=zajezd | weight=0.054
=kupon | weight=0.054
=pokladne =neuznali | weight=0.054
=pozadavek | weight=0.054
=material | weight=0.053
=svych | weight=0.053
=takze =ehm | weight=0.053
=dny =a | weight=0.053
=zaslani | weight=0.052
=zadost | weight=0.052
=vyuctovani =a | weight=0.052
=reagoval | weight=0.051
=vyplnil | weight=0.051
=byt =do | weight=0.051
=odpoved =zadna | weight=0.050, noneg
=balik =prisel | weight=0.050
=je =pritom | weight=0.050
=webu =jsem | weight=0.050
=jsem =posilal | weight=0.049
=a =dosud | weight=0.049
=muj =e-mail | weight=0.049
=vam | weight=0.048
=a =byla | weight=0.048
=nahradu | weight=0.048
=stiznost | weight=0.048
=hezky | weight=0.048
=jsem =odeslat | weight=0.048
=zaklade | weight=0.048
=pracovnich =dnu | weight=0.047
=prechod | weight=0.047
=pred =dvema | weight=0.047
=snad =neni | weight=0.046, noneg
=se =nam | weight=0.046
=chybne =vyuctovani | weight=0.046
=trikrat | weight=0.046
=a =nikdo | weight=0.046, noneg
=na =dalsi | weight=0.046
=parkovani | weight=0.044
=soukromou | weight=0.044
