# no_response, cs: learned by scripts/learn.py from 3948 tuning texts (169 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Dobrý den, už potřetí vám píšu kvůli vrácení peněz za zrušený let. Poprvé jste mi odpověděli, že peníze odešly, ale na účtu nic nemám. Podruhé, že to je chyba mé banky, která platbu prý vrátila. Banka tvrdí, že žádná platba nepřišla. Teď už neodpovídáte vůbec. Žádám okamžité vrácení 8 400 Kč.
+ Naše maily ignorujou.
+ Moje zprávy prostě zapadly.
- ok dekuju
- super, doporucuju
=maily | weight=0.513
=mlci | weight=0.482
=ticho | weight=0.438
=reakce | weight=0.420
=zadna =odpoved | weight=0.386, noneg
=nikdo =neodpovedel | weight=0.379, noneg
=ticket | weight=0.347
=zadna =reakce | weight=0.342, noneg
=bez =povsimnuti | weight=0.338, noneg
=ani =potvrzeni | weight=0.331, noneg
=napsal =jsem | weight=0.327
=zpravy | weight=0.319
=a =od | weight=0.316
=neodepisuje | weight=0.315
=odepsali | weight=0.312
=nikdo =mi | weight=0.310, noneg
=precteno | weight=0.307
=nikdo =nereagoval | weight=0.306, noneg
=nikdo =neodpovida | weight=0.306, noneg
=nikdo =se | weight=0.305, noneg
=ticket =visi | weight=0.301
=bez =odezvy | weight=0.296, noneg
=prisla =az | weight=0.290
=ozval =se | weight=0.280
=hrob | weight=0.275
=na =moje | weight=0.266
=na =odpoved | weight=0.265
=se =nikdo | weight=0.263, noneg
=ani =n | weight=0.258, noneg
=porad =zadna | weight=0.253, noneg
=schranky | weight=0.247
=moje =maily | weight=0.246
=dosud | weight=0.245
=tiket | weight=0.241
=zapadly | weight=0.236
=odpoved =prisla | weight=0.234
=nikdo =neobtezoval | weight=0.233, noneg
=a =vy | weight=0.227
=kde =jste | weight=0.226
=nereagoval | weight=0.222
=nechal =bez | weight=0.222, noneg
=zadna | weight=0.222, noneg
=mi =nikdo | weight=0.218, noneg
=email | weight=0.217
=cekal =na | weight=0.217
=poslali =jsem | weight=0.217
=dni =nez | weight=0.214
=vyjadreni =k | weight=0.213
=kontaktni =formular | weight=0.212
=maily =ignoroval | weight=0.210
=e-mail | weight=0.205
=vyjadreni | weight=0.205
=kontaktni | weight=0.205
=dva =e-mail | weight=0.199
=email =a | weight=0.197
=moje =zpravy | weight=0.196
=dodnes =nic | weight=0.191, noneg
=pred =tyden | weight=0.190
=dny =jsem | weight=0.189
=pisu =vam | weight=0.188
=urgence | weight=0.188
=nikdo =na | weight=0.185, noneg
=jsem =odesla | weight=0.183
=az =po | weight=0.183
=zadost =o | weight=0.183
=dodnes | weight=0.183
=zpravy =jsem | weight=0.180
=neodpovida | weight=0.180
=bez =odpoved | weight=0.178, noneg
=jsem =vyplnit | weight=0.178
=uz =od | weight=0.178
=fakturacni | weight=0.177
=trikrat =a | weight=0.177
=ignoroval | weight=0.175
=pisu =kvuli | weight=0.174
=mi =az | weight=0.174
=jsou =to | weight=0.174
=psal | weight=0.174
=formular =jsem | weight=0.173
=visi =bez | weight=0.170, noneg
=zpetne =volal | weight=0.170
=vam =pisu | weight=0.170
=pres =formular | weight=0.167
=volal =do | weight=0.165
=formular | weight=0.165
=automaticky =potvrzeni | weight=0.164
=je =pro | weight=0.163
=dodnes =nikdo | weight=0.163, noneg
=vy =mlci | weight=0.163
=dvou =dnu | weight=0.159
=do =dvou | weight=0.159
=proste =zapadly | weight=0.159
=se =nedockal | weight=0.157
=pet =tyden | weight=0.156
=e-mail =ohledne | weight=0.152
=ledna =a | weight=0.152
=nedockal | weight=0.150
=zase =nic | weight=0.149, noneg
=odpoved =uz | weight=0.147
=uz =pred | weight=0.147
=na =e-mail | weight=0.147
=minuly =mesic | weight=0.146
=nikdo | weight=0.144, noneg
=ani | weight=0.144, noneg
=messenger | weight=0.144
=vy =nic | weight=0.142, noneg
=vas =strane | weight=0.141
=na =ne | weight=0.141, noneg
=moje =e-mail | weight=0.139
=dotaz | weight=0.138
=mi =dodnes | weight=0.138
=jsem =poslali | weight=0.138
=zpravy =na | weight=0.137
=ani =radka | weight=0.136, noneg
=dnu =a | weight=0.136
=skodni | weight=0.135
=skodni =udalost | weight=0.135
=potvrzeni =a | weight=0.135
=prisla =automaticky | weight=0.135
=zablokovali =uctu | weight=0.135
=jsem =automaticky | weight=0.135
=maji =precteno | weight=0.135
=neozval | weight=0.133
=ubehlo =tyden | weight=0.133
=deset =dni | weight=0.131
=dosud =jsem | weight=0.130
=stiznost =reagovali | weight=0.130
=a =zase | weight=0.129
=jsem =podam | weight=0.129
=tom =aby | weight=0.128
=odpoved =a | weight=0.128
=ke =skodni | weight=0.128
=udalost =porad | weight=0.128
=zadna =stanovisko | weight=0.128, noneg
=dnech =kdy | weight=0.127
=jedenacti =dnech | weight=0.127
=po =jedenacti | weight=0.127
=jsem =zalohu | weight=0.126
=schranky =porad | weight=0.126
=jste =se | weight=0.126
=zadna =vyjadreni | weight=0.126, noneg
=reklamaci =mi | weight=0.125
=sam =fakturu | weight=0.124
=te =sam | weight=0.124
=odpoved =jsem | weight=0.123
=vam =a | weight=0.123
=cerne | weight=0.123
=automaticky | weight=0.123
=jako =hrob | weight=0.123
=mlci =jako | weight=0.123
=nemam =zadna | weight=0.122, noneg
=ze =dne | weight=0.121
=ale =neodpovida | weight=0.121
=pred =mesic | weight=0.120
=nekdo =uracili | weight=0.120
=dnech | weight=0.120
=a =to | weight=0.119
=uracili | weight=0.118
=telefon =jen | weight=0.118
=v =zari | weight=0.118
=jsem =neobdrzel | weight=0.117
=neobdrzel =zadna | weight=0.117, noneg
=az =v | weight=0.117
=doby =nic | weight=0.117, noneg
=az =se | weight=0.117
=kvuli =te | weight=0.117
=psal =dvakrat | weight=0.116
=mi =odepsali | weight=0.116
=odesla =pred | weight=0.116
=odepsali =mi | weight=0.116
=na =zpravy | weight=0.115
=stale =nemam | weight=0.114, noneg
=psal =jsem | weight=0.114
=neodpovedel | weight=0.114
=formular =je | weight=0.113
=po =trech | weight=0.113
=trech =tyden | weight=0.113
=dotaz =jsem | weight=0.113
=jsem =jim | weight=0.112
=ubehlo | weight=0.111
=mam =otevrena | weight=0.111
=vedeni =firma | weight=0.110
=odpoved =zadna | weight=0.110, noneg
=visi | weight=0.110
=e-mail =nikdo | weight=0.110, noneg
=to =tyden | weight=0.110
=dnech =a | weight=0.109
=zpravy =proste | weight=0.109
=portal | weight=0.109
=cerne =dira | weight=0.108
=vyresil =sam | weight=0.108
=jen =robot | weight=0.107
=neobdrzel | weight=0.107
=jedenacti | weight=0.107
=neozval =ani | weight=0.107, noneg
=fakturu =jsem | weight=0.106
=precetl =a | weight=0.106
=jsem =dotaz | weight=0.106
=cekal =dva | weight=0.106
=z =vas | weight=0.105
=ani =vidi | weight=0.104, noneg
=by =neexistuje | weight=0.104
=dira | weight=0.103
=a =podpora | weight=0.103
=odpoved =neprisla | weight=0.102
=potreti =vam | weight=0.102
=dni | weight=0.102
=ani =nepodival | weight=0.102, noneg
=tak =kde | weight=0.102
=resit =jinde | weight=0.101
=moje =reklamaci | weight=0.101
=do =cerne | weight=0.101
=bratr | weight=0.101
=druhy =tyden | weight=0.100
=vas =automaticky | weight=0.100
=zari | weight=0.100
=zakaznicke =podpora | weight=0.100
=udalost | weight=0.100
=nez =mi | weight=0.099
=bez =jakekoli | weight=0.099, noneg
=upozornit =ze | weight=0.098
=doby =ani | weight=0.098, noneg
=se =vam | weight=0.098
=na =jejich | weight=0.098
=az =za | weight=0.097
=jsem =cekal | weight=0.096
=jste =neodpovedel | weight=0.095
=dva =tyden | weight=0.095
=moje =stiznost | weight=0.095
=naprosto | weight=0.095
=pak =uz | weight=0.094
=podpora =mlci | weight=0.094
=porad =cekal | weight=0.094
=ze =vas | weight=0.093
=trech | weight=0.093
=bych =vedet | weight=0.092
=nic =jako | weight=0.092, noneg
=vam =psal | weight=0.092
=je =asi | weight=0.091
=ztracene | weight=0.091
=precteno =bez | weight=0.091, noneg
=precetl | weight=0.091
=slibili =mi | weight=0.090
=reklamaci =jsem | weight=0.090
=dosud =bez | weight=0.090, noneg
=az | weight=0.090
=tyden =nic | weight=0.090, noneg
=visi =v | weight=0.090
=neni =k | weight=0.090, noneg
=teprve | weight=0.089
=mamin | weight=0.089
=odesla | weight=0.088
=problem =vyresil | weight=0.088
=stav =precteno | weight=0.088
=kvuli =vyuctovani | weight=0.088
=dorazil =az | weight=0.088
=zdi | weight=0.087
=odpoved =do | weight=0.087
=mou =stiznost | weight=0.087
=kuchyn | weight=0.086
=jim =psal | weight=0.086
=zadost | weight=0.085
=uz =druhy | weight=0.085
=na =maily | weight=0.085
=ani =jednou | weight=0.085, noneg
=na =dva | weight=0.085
=poslali =doporuceny | weight=0.085
=e-mail =z | weight=0.085
=neodpovida =na | weight=0.084
=mlci =uz | weight=0.084
=stranka | weight=0.084
=na =prvni | weight=0.083
=dotaz =pres | weight=0.083
=vas =zakaznicke | weight=0.083
=podpora =kvuli | weight=0.083
=volal =a | weight=0.083
=jen =automaticky | weight=0.082
=nedostupny | weight=0.082
=prazdne | weight=0.082
=uz =tyden | weight=0.082
=jsem =tri | weight=0.081
=pesine | weight=0.081
=po =pesine | weight=0.081
=ticho =po | weight=0.081
=ve =schranky | weight=0.081
=neexistuje | weight=0.081
=to =jen | weight=0.080
=konecne =dovolat | weight=0.080
=telefon =se | weight=0.079
=se =slevu | weight=0.079
=robot =a | weight=0.079
=za =ni | weight=0.079
=to =mel | weight=0.079
=k =telefon | weight=0.078
=odpoved | weight=0.078
=navrh | weight=0.078
=dotaz =zadna | weight=0.078, noneg
=jim =poslali | weight=0.078
=doporuceny | weight=0.077
=k =reklamaci | weight=0.077
=podam =pred | weight=0.077
=nic =neprisla | weight=0.077, noneg
=neozval =se | weight=0.077
=aby =mi | weight=0.076
=jste =vubec | weight=0.076
=zpravy =mi | weight=0.076
=na =termin | weight=0.075
=termin =dodani | weight=0.075
=ja =jen | weight=0.075
=reagovali | weight=0.075
=poslali =e-mail | weight=0.074
=vadne | weight=0.074
=nas | weight=0.073
=a =je | weight=0.073
=nedockal =zpravy | weight=0.073
=zpravy =v | weight=0.073
=uz =muj | weight=0.073
=automaticky =odpoved | weight=0.072
=dny | weight=0.072
=k =fakturu | weight=0.072
=at =nebuzeruju | weight=0.072
=nebuzeruju | weight=0.072
=reklamacni =oddeleni | weight=0.072
=mi =neodpovida | weight=0.072
=ohledne =vraceni | weight=0.072
=v =system | weight=0.072
=e-mail =a | weight=0.071
=muj =druhy | weight=0.071
=jsem =dva | weight=0.071
=nez =jste | weight=0.071
=nereagoval =na | weight=0.071
=nakup | weight=0.071
=je =jen | weight=0.070
=a =zatim | weight=0.070
=na =jednou | weight=0.070
=datovou =schranky | weight=0.070
=na =mem | weight=0.070
=dotaz =nikdo | weight=0.070, noneg
=upozornit | weight=0.070
=uctu =u | weight=0.070
=je =pritom | weight=0.070
=maily =proste | weight=0.069
=jsem =posilal | weight=0.069
=paty =den | weight=0.069
=pondeli =a | weight=0.069
=rusim =smlouvu | weight=0.069
=rychle | weight=0.068
=zatim =nic | weight=0.068, noneg
=na =ctu | weight=0.068
=dopisu | weight=0.068
=reklamacni | weight=0.067
=na =reklamaci | weight=0.067
=mesic =bez | weight=0.067, noneg
=zustava | weight=0.067
=datovou | weight=0.067
=urade =na | weight=0.067
=den =uz | weight=0.067
=bych =psal | weight=0.067
=do =zdi | weight=0.067
=jako =odberatel | weight=0.067
=odberatel | weight=0.067
=jednou =dne | weight=0.067
=poctvrte =vam | weight=0.067
=poslali =zpravy | weight=0.066
=tri =tyden | weight=0.066
=chci =svych | weight=0.065
=dotaz =a | weight=0.065
=s =prihlaseni | weight=0.065
=reklamaci =podam | weight=0.065
=trikrat =jsem | weight=0.065
=mi =pokladne | weight=0.064
=pozadavek | weight=0.064
=proste | weight=0.064
=na =mou | weight=0.064
=jinde | weight=0.064
=nikdo =neozval | weight=0.064, noneg
=trikrat =e-mail | weight=0.063
=zakaznicke =servis | weight=0.063
=zruseny =a | weight=0.062
=nabidli =jako | weight=0.062
=ztracene =zavazadlo | weight=0.062
=vas =obchodni | weight=0.062
=vyplnit =reklamacni | weight=0.062
=odpoved =od | weight=0.062
=porad =sviti | weight=0.062
=lezi | weight=0.061
=musim =konstatovat | weight=0.061
=uz =paty | weight=0.061
=omluvu =mi | weight=0.061
=tatinek | weight=0.061
=obchodni =zastupce | weight=0.061
=dalsi =nakup | weight=0.060
=kuryr =tvrdi | weight=0.060
=sviti | weight=0.060
=vam =uz | weight=0.059
=konstatovat | weight=0.059
=konstatovat =ze | weight=0.059
=jen =ze | weight=0.059
=dokonce | weight=0.059
=jsem =je | weight=0.059
