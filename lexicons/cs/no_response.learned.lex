# no_response, cs: learned by scripts/learn.py from 3747 tuning texts (164 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Naše maily ignorujou.
+ Moje zprávy prostě zapadly.
+ ticket visi bez reakce od pondeli
- ok dekuju
- super, doporucuju
=maily | weight=0.516
=mlci | weight=0.472
=ticho | weight=0.428
=reakce | weight=0.408
=zadna =odpoved | weight=0.371, noneg
=nikdo =neodpovedel | weight=0.365, noneg
=bez =povsimnuti | weight=0.341, noneg
=zadna =reakce | weight=0.337, noneg
=ticket | weight=0.334
=ani =potvrzeni | weight=0.331, noneg
=zpravy | weight=0.328
=nikdo =mi | weight=0.322, noneg
=napsal =jsem | weight=0.319
=precteno | weight=0.315
=a =od | weight=0.313
=nikdo =se | weight=0.313, noneg
=neodepisuje | weight=0.311
=bez =odezvy | weight=0.311, noneg
=na =moje | weight=0.301
=odepsali | weight=0.297
=ticket =visi | weight=0.289
=nikdo =nereagoval | weight=0.283, noneg
=prisla =az | weight=0.278
=hrob | weight=0.268
=ozval =se | weight=0.267
=se =nikdo | weight=0.261, noneg
=moje =maily | weight=0.261
=na =odpoved | weight=0.258
=ani =n | weight=0.258, noneg
=tiket | weight=0.255
=porad =zadna | weight=0.245, noneg
=dosud | weight=0.242
=schranky | weight=0.241
=nikdo =neobtezoval | weight=0.238, noneg
=zapadly | weight=0.235
=nikdo =neodpovida | weight=0.233, noneg
=e-mail | weight=0.229
=a =vy | weight=0.224
=nechal =bez | weight=0.223, noneg
=nereagoval | weight=0.222
=zadna | weight=0.219, noneg
=poslali =jsem | weight=0.214
=kde =jste | weight=0.213
=maily =ignoroval | weight=0.213
=cekal =na | weight=0.212
=odpoved =prisla | weight=0.211
=email | weight=0.206
=moje =zpravy | weight=0.206
=dva =e-mail | weight=0.204
=dni =nez | weight=0.202
=vyjadreni =k | weight=0.200
=neodpovida | weight=0.199
=dodnes | weight=0.196
=dnech | weight=0.196
=kontaktni =formular | weight=0.192
=trikrat =a | weight=0.192
=dny =jsem | weight=0.190
=vyjadreni | weight=0.190
=kontaktni | weight=0.189
=urgence | weight=0.188
=zpravy =jsem | weight=0.185
=dodnes =nic | weight=0.185, noneg
=email =a | weight=0.183
=pisu =vam | weight=0.183
=zpetne =volal | weight=0.182
=jsem =odesla | weight=0.182
=bez =odpoved | weight=0.181, noneg
=jsem =vyplnit | weight=0.177
=volal =do | weight=0.175
=uz =od | weight=0.175
=ignoroval | weight=0.173
=nikdo =na | weight=0.172, noneg
=zadost =o | weight=0.172
=a =zase | weight=0.172
=pres =formular | weight=0.171
=vam =pisu | weight=0.170
=jsou =to | weight=0.168
=fakturacni | weight=0.167
=mi =az | weight=0.166
=pred =tyden | weight=0.166
=visi =bez | weight=0.166, noneg
=visi | weight=0.165
=formular =jsem | weight=0.163
=ledna =a | weight=0.162
=mi =nikdo | weight=0.161, noneg
=psal | weight=0.160
=uz =pred | weight=0.159
=formular | weight=0.157
=dni | weight=0.157
=pisu =kvuli | weight=0.157
=automaticky =potvrzeni | weight=0.156
=se =nedockal | weight=0.155
=po =trech | weight=0.155
=pet =tyden | weight=0.155
=jsem =poslali | weight=0.155
=proste =zapadly | weight=0.153
=messenger | weight=0.152
=vy =mlci | weight=0.150
=nedockal | weight=0.150
=az =po | weight=0.150
=odpoved =uz | weight=0.149
=moje =e-mail | weight=0.149
=do =dvou | weight=0.148
=dodnes =nikdo | weight=0.146, noneg
=je =pro | weight=0.145
=dvou =dnu | weight=0.144
=trech =tyden | weight=0.144
=e-mail =ohledne | weight=0.144
=zase =nic | weight=0.142, noneg
=minuly =mesic | weight=0.141
=ani =radka | weight=0.141, noneg
=automaticky | weight=0.141
=nikdo | weight=0.141, noneg
=jsem =automaticky | weight=0.140
=vas =strane | weight=0.139
=skodni | weight=0.139
=skodni =udalost | weight=0.139
=dnu =a | weight=0.139
=na =e-mail | weight=0.138
=maji =precteno | weight=0.138
=vy =nic | weight=0.138, noneg
=mi =dodnes | weight=0.136
=na =zpravy | weight=0.136
=zpravy =na | weight=0.135
=dosud =jsem | weight=0.134
=potvrzeni =a | weight=0.134
=prisla =automaticky | weight=0.134
=e-mail =nikdo | weight=0.132, noneg
=neozval | weight=0.131
=na =ne | weight=0.131, noneg
=odpoved =a | weight=0.131
=tom =aby | weight=0.130
=ke =skodni | weight=0.130
=udalost =porad | weight=0.130
=zadna =stanovisko | weight=0.130, noneg
=jste =se | weight=0.130
=ubehlo =tyden | weight=0.130
=dotaz | weight=0.129
=zadna =vyjadreni | weight=0.128, noneg
=ze =dne | weight=0.128
=trech | weight=0.127
=nemam =zadna | weight=0.125, noneg
=vam =a | weight=0.123
=ani | weight=0.121, noneg
=jsem =podam | weight=0.121
=doby =nic | weight=0.121, noneg
=ale =neodpovida | weight=0.120
=jsem =zalohu | weight=0.119
=odpoved =jsem | weight=0.119
=v =zari | weight=0.119
=schranky =porad | weight=0.119
=jsem =jim | weight=0.118
=nekdo =uracili | weight=0.117
=te =sam | weight=0.117
=stiznost =reagovali | weight=0.117
=portal | weight=0.117
=odesla =pred | weight=0.116
=stale =nemam | weight=0.116, noneg
=sam =fakturu | weight=0.116
=vedeni =firma | weight=0.116
=uracili | weight=0.115
=az =v | weight=0.115
=deset =dni | weight=0.114
=dnech =kdy | weight=0.113
=jedenacti =dnech | weight=0.113
=po =jedenacti | weight=0.113
=jako =hrob | weight=0.113
=mlci =jako | weight=0.113
=reklamaci =mi | weight=0.113
=neodpovedel | weight=0.112
=zablokovali =uctu | weight=0.112
=telefon =jen | weight=0.111
=cerne | weight=0.111
=az =se | weight=0.111
=a =to | weight=0.111
=jsem =neobdrzel | weight=0.109
=neobdrzel =zadna | weight=0.109, noneg
=jsem =je | weight=0.109
=jsem =dotaz | weight=0.108
=neodpovida =na | weight=0.107
=dnech =a | weight=0.107
=precetl =a | weight=0.107
=kvuli =te | weight=0.107
=z =vas | weight=0.107
=mi =odepsali | weight=0.106
=by =neexistuje | weight=0.106
=do =cerne | weight=0.106
=ubehlo | weight=0.105
=zakaznicke =podpora | weight=0.105
=a =podpora | weight=0.105
=fakturu =jsem | weight=0.103
=tyden =nic | weight=0.103, noneg
=zakaznicke =servis | weight=0.103
=jen =robot | weight=0.103
=na =jejich | weight=0.103
=odepsali =mi | weight=0.102
=bez =jakekoli | weight=0.102, noneg
=bratr | weight=0.102
=cerne =dira | weight=0.102
=precteno =bez | weight=0.102, noneg
=doby =ani | weight=0.101, noneg
=zari | weight=0.101
=potreti =vam | weight=0.101
=dva =tyden | weight=0.101
=dotaz =jsem | weight=0.101
=upozornit =ze | weight=0.100
=neozval =ani | weight=0.100, noneg
=odpoved =neprisla | weight=0.100
=resit =jinde | weight=0.100
=neobdrzel | weight=0.099
=zpravy =proste | weight=0.099
=konecne =dovolat | weight=0.099
=ani =vidi | weight=0.099, noneg
=moje =stiznost | weight=0.099
=podpora =mlci | weight=0.098
=formular =je | weight=0.098
=odpoved =od | weight=0.097
=vyresil =sam | weight=0.097
=dira | weight=0.096
=odpoved =zadna | weight=0.096, noneg
=ze =vas | weight=0.095
=jste =neodpovedel | weight=0.095
=pred =mesic | weight=0.094
=tak =kde | weight=0.094
=stranka | weight=0.094
=jsem =cekal | weight=0.094
=druhy =tyden | weight=0.094
=zpravy =mi | weight=0.094
=jen =automaticky | weight=0.094
=cekal =dva | weight=0.093
=ani =nepodival | weight=0.093, noneg
=zdi | weight=0.093
=precetl | weight=0.093
=moje =reklamaci | weight=0.092
=neni =k | weight=0.092, noneg
=pak =uz | weight=0.092
=a =zatim | weight=0.092
=dorazil =az | weight=0.092
=automaticky =odpoved | weight=0.091
=to =tyden | weight=0.091
=dosud =bez | weight=0.091, noneg
=vam =psal | weight=0.091
=slibili =mi | weight=0.090
=dotaz =pres | weight=0.090
=reklamaci =jsem | weight=0.090
=mou =stiznost | weight=0.090
=nic =jako | weight=0.090, noneg
=udalost | weight=0.090
=porad =cekal | weight=0.090
=se =vam | weight=0.089
=jedenacti | weight=0.089
=nez =mi | weight=0.088
=vas =automaticky | weight=0.088
=pondeli =a | weight=0.088
=ztracene | weight=0.088
=je =asi | weight=0.088
=stav =precteno | weight=0.088
=naprosto | weight=0.088
=teprve | weight=0.087
=poslali =doporuceny | weight=0.086
=problem =vyresil | weight=0.086
=pesine | weight=0.086
=po =pesine | weight=0.086
=ticho =po | weight=0.086
=az =za | weight=0.085
=kuchyn | weight=0.085
=mamin | weight=0.085
=na =prvni | weight=0.085
=ve =schranky | weight=0.085
=podam =pred | weight=0.084
=pozadavek | weight=0.084
=se =slevu | weight=0.084
=nedostupny | weight=0.083
=mlci =uz | weight=0.083
=uz =druhy | weight=0.083
=nic =neprisla | weight=0.082, noneg
=ani =jednou | weight=0.082, noneg
=visi =v | weight=0.081
=podpora =kvuli | weight=0.081
=vadne | weight=0.080
=jim =psal | weight=0.080
=vas =zakaznicke | weight=0.080
=telefon =se | weight=0.080
=navrh | weight=0.080
=na =dva | weight=0.080
=vam =to | weight=0.079
=jsem =dva | weight=0.079
=na =termin | weight=0.079
=termin =dodani | weight=0.079
=zadost | weight=0.079
=jim =poslali | weight=0.079
=k =telefon | weight=0.079
=na =maily | weight=0.078
=odesla | weight=0.078
=jsem =tri | weight=0.078
=poslali =e-mail | weight=0.077
=prazdne | weight=0.077
=za =ni | weight=0.076
=aby =mi | weight=0.076
=neexistuje | weight=0.076
=maily =proste | weight=0.075
=jste =vubec | weight=0.075
=upozornit | weight=0.075
=v =system | weight=0.075
=poslali =zpravy | weight=0.075
=at =nebuzeruju | weight=0.075
=nebuzeruju | weight=0.075
=doporuceny | weight=0.075
=zpravy =v | weight=0.074
=reklamacni =oddeleni | weight=0.074
=nereagoval =na | weight=0.073
=uz =muj | weight=0.073
=od =brezna | weight=0.072
=muj =druhy | weight=0.072
=uctu =u | weight=0.071
=kuryr =tvrdi | weight=0.071
=jsem =posilal | weight=0.071
=na =jednou | weight=0.071
=e-mail =a | weight=0.070
=robot =a | weight=0.070
=uz =pate | weight=0.070
=na =mem | weight=0.070
=na =reklamaci | weight=0.070
=jako =odberatel | weight=0.070
=odberatel | weight=0.070
=to =jen | weight=0.070
=jsem =nedostal | weight=0.070
=uz =tyden | weight=0.069
=datovou =schranky | weight=0.069
=ja =jen | weight=0.069
=vas =obchodni | weight=0.069
=rusim =smlouvu | weight=0.069
=dotaz =nikdo | weight=0.069, noneg
=neozval =se | weight=0.069
=a =je | weight=0.069
=reklamacni | weight=0.069
=odpoved =do | weight=0.068
=k =fakturu | weight=0.068
=jednou =dne | weight=0.068
=dny | weight=0.068
=na =ctu | weight=0.068
=psal =jsem | weight=0.068
=k =reklamaci | weight=0.068
=urade =na | weight=0.067
=bych =psal | weight=0.067
=do =zdi | weight=0.067
=nas | weight=0.067
=mesic =bez | weight=0.067, noneg
=den =uz | weight=0.066
=dotaz =zadna | weight=0.066, noneg
=mi =neodpovida | weight=0.065
=ohledne =vraceni | weight=0.065
=zustava | weight=0.065
=mi =pokladne | weight=0.065
=poctvrte =vam | weight=0.065
=reagovali | weight=0.065
=to =jsem | weight=0.065
=trikrat =jsem | weight=0.064
=datovou | weight=0.064
=strane | weight=0.064
=nedockal =zpravy | weight=0.064
=s =prihlaseni | weight=0.063
=to =mel | weight=0.063
=vyuctovani =a | weight=0.063
=obchodni =zastupce | weight=0.063
=kvuli =vyuctovani | weight=0.063
=dopisu | weight=0.063
=nez =jste | weight=0.063
=prisla =po | weight=0.063
=porad =sviti | weight=0.062
=a =verejne | weight=0.062
=lezi | weight=0.062
=rychle | weight=0.062
=nikdo =neozval | weight=0.062, noneg
=tri =e-mail | weight=0.062
=ma =stav | weight=0.062
=musim =konstatovat | weight=0.061
=omluvu =mi | weight=0.061
=vyplnit =reklamacni | weight=0.061
=proste | weight=0.061
=otevrena | weight=0.061
=potvrzeni | weight=0.061
=sviti | weight=0.061
=zruseny =a | weight=0.061
=dnes =je | weight=0.061
=dalsi =nakup | weight=0.061
=dvou | weight=0.061
=jim | weight=0.061
=tyden | weight=0.061
=volal =a | weight=0.060
=odpoved =mi | weight=0.060
=reklamaci =podam | weight=0.060
=nakup | weight=0.060
=nabidli =jako | weight=0.059
=trikrat =e-mail | weight=0.059
=jsem =psal | weight=0.059
=zastupce | weight=0.059
=konstatovat | weight=0.059
=konstatovat =ze | weight=0.059
=kde | weight=0.059
