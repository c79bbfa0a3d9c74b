# no_response, cs: learned by scripts/learn.py from 3535 tuning texts (158 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Naše maily ignorujou.
+ Moje zprávy prostě zapadly.
+ ticket visi bez reakce od pondeli
- ok dekuju
- super, doporucuju
=maily | weight=0.499
=mlci | weight=0.451
=ticho | weight=0.429
=reakce | weight=0.388
=zadna =odpoved | weight=0.360, noneg
=ani =potvrzeni | weight=0.330, noneg
=nikdo =neodpovedel | weight=0.325, noneg
=bez =povsimnuti | weight=0.322, noneg
=zadna =reakce | weight=0.321, noneg
=ticket | weight=0.317
=zpravy | weight=0.312
=neodepisuje | weight=0.309
=precteno | weight=0.308
=odepsali | weight=0.301
=nikdo =mi | weight=0.297, noneg
=na =moje | weight=0.296
=napsal =jsem | weight=0.295
=a =od | weight=0.289
=bez =odezvy | weight=0.285, noneg
=nikdo =nereagoval | weight=0.284, noneg
=nikdo =se | weight=0.283, noneg
=ticket =visi | weight=0.279
=hrob | weight=0.271
=ani =n | weight=0.266, noneg
=prisla =az | weight=0.261
=porad =zadna | weight=0.260, noneg
=moje =maily | weight=0.248
=ozval =se | weight=0.246
=na =odpoved | weight=0.244
=tiket | weight=0.244
=se =nikdo | weight=0.242, noneg
=schranky | weight=0.232
=zadost =o | weight=0.231
=cekal =na | weight=0.230
=nikdo =neobtezoval | weight=0.227, noneg
=a =vy | weight=0.227
=dosud | weight=0.225
=e-mail | weight=0.220
=dodnes | weight=0.217
=zapadly | weight=0.217
=maily =ignoroval | weight=0.216
=zadna | weight=0.211, noneg
=dnech | weight=0.208
=kde =jste | weight=0.207
=nechal =bez | weight=0.205, noneg
=dni =nez | weight=0.205
=email | weight=0.204
=odpoved =prisla | weight=0.204
=kontaktni =formular | weight=0.203
=poslali =jsem | weight=0.201
=kontaktni | weight=0.199
=moje =zpravy | weight=0.199
=dva =e-mail | weight=0.197
=nereagoval | weight=0.197
=email =a | weight=0.196
=dny =jsem | weight=0.193
=nikdo =neodpovida | weight=0.193, noneg
=trikrat =a | weight=0.191
=vyjadreni =k | weight=0.188
=urgence | weight=0.185
=formular | weight=0.185
=neodpovida | weight=0.184
=bez =odpoved | weight=0.182, noneg
=jsem =podam | weight=0.182
=v =zari | weight=0.181
=vyjadreni | weight=0.180
=pisu =vam | weight=0.179
=nikdo | weight=0.178, noneg
=a =zase | weight=0.177
=zpetne =volam | weight=0.175
=fakturacni | weight=0.174
=zari | weight=0.173
=jsem =odesla | weight=0.171
=volam =do | weight=0.171
=zpravy =jsem | weight=0.169
=ignoroval | weight=0.169
=dodnes =nic | weight=0.169, noneg
=pres =formular | weight=0.168
=jsem =poslali | weight=0.167
=mi =az | weight=0.165
=automaticky =potvrzeni | weight=0.163
=visi =bez | weight=0.162, noneg
=je =pro | weight=0.162
=se =nedockal | weight=0.160
=mi =nikdo | weight=0.159, noneg
=psal | weight=0.159
=trech =tyden | weight=0.159
=jsou =to | weight=0.154
=pred =tyden | weight=0.154
=nedockal | weight=0.153
=po =trech | weight=0.153
=vy =mlci | weight=0.153
=jsem =vyplnit | weight=0.152
=neozval | weight=0.152
=proste =zapadly | weight=0.150
=na =e-mail | weight=0.150
=ledna =a | weight=0.149
=messenger | weight=0.149
=nikdo =na | weight=0.148, noneg
=visi | weight=0.146
=uz =pred | weight=0.146
=moje =e-mail | weight=0.145
=vas =strane | weight=0.144
=vy =nic | weight=0.144, noneg
=zase =nic | weight=0.143, noneg
=skodni | weight=0.142
=skodni =udalost | weight=0.142
=reklamaci =mi | weight=0.142
=e-mail =ohledne | weight=0.141
=ani =radka | weight=0.140, noneg
=odpoved =a | weight=0.139
=uz =od | weight=0.139
=dnu =a | weight=0.138
=maji =precteno | weight=0.137
=formular =jsem | weight=0.137
=vam =pisu | weight=0.136
=odpoved =uz | weight=0.136
=do =dvou | weight=0.135
=potvrzeni =a | weight=0.134
=prisla =automaticky | weight=0.134
=ke =skodni | weight=0.134
=udalost =porad | weight=0.134
=zadna =stanovisko | weight=0.134, noneg
=na =zpravy | weight=0.132
=zpravy =na | weight=0.132
=ubehlo =tyden | weight=0.131
=pisu =kvuli | weight=0.130
=dosud =jsem | weight=0.129
=zadna =vyjadreni | weight=0.129, noneg
=automaticky | weight=0.129
=dvou =dnu | weight=0.128
=pak =uz | weight=0.127
=ale =neodpovida | weight=0.127
=na =ne | weight=0.125, noneg
=a =je | weight=0.124
=zakaznickou =servis | weight=0.124
=jsem =jim | weight=0.124
=c | weight=0.123
=jsem =automaticky | weight=0.122
=jste =se | weight=0.121
=minuly =mesic | weight=0.121
=trech | weight=0.120
=az | weight=0.120
=tom =aby | weight=0.120
=dotaz | weight=0.119
=jsem =zalohu | weight=0.119
=nemam =zadna | weight=0.119, noneg
=jsem =dotaz | weight=0.118
=stale =nemam | weight=0.118, noneg
=mi =dodnes | weight=0.117
=jako =hrob | weight=0.116
=mlci =jako | weight=0.116
=cerne | weight=0.115
=odpoved =jsem | weight=0.115
=dvakrat | weight=0.115
=odesla =pred | weight=0.114
=ani | weight=0.114, noneg
=dni | weight=0.114
=sam =fakturu | weight=0.113
=fakturu =jsem | weight=0.113
=te =sam | weight=0.113
=jsem =neobdrzel | weight=0.112
=neobdrzel =zadna | weight=0.112, noneg
=deset =dni | weight=0.112
=dnech =kdy | weight=0.111
=jedenacti =dnech | weight=0.111
=po =jedenacti | weight=0.111
=od =brezna | weight=0.111
=vam =a | weight=0.111
=dodnes =nikdo | weight=0.111, noneg
=telefon =jen | weight=0.110
=schranky =porad | weight=0.110
=z =vas | weight=0.110
=odepsali =mi | weight=0.110
=cekal =dva | weight=0.110
=dnech =a | weight=0.109
=zablokovali =ucet | weight=0.109
=podpora =mlci | weight=0.108
=a =to | weight=0.108
=nekdo =uracili | weight=0.107
=mi =odepsali | weight=0.107
=jen =robot | weight=0.107
=dobu =ani | weight=0.107, noneg
=ze =dne | weight=0.106
=dotaz =jsem | weight=0.106
=uracili | weight=0.106
=e-mail =nikdo | weight=0.105, noneg
=tyden | weight=0.104
=neodpovedel | weight=0.103
=vyresili =sam | weight=0.103
=ubehlo | weight=0.103
=portal | weight=0.103
=pet =tyden | weight=0.103
=cerne =dira | weight=0.103
=dira | weight=0.103
=zpravy =proste | weight=0.102
=neozval =ani | weight=0.102, noneg
=kvuli =te | weight=0.102
=neobdrzel | weight=0.102
=by =neexistuje | weight=0.102
=az =se | weight=0.102
=zpravy =mi | weight=0.101
=neodpovida =na | weight=0.100
=vas =automaticky | weight=0.099
=precteno =bez | weight=0.099, noneg
=precetl =a | weight=0.099
=pred =mesic | weight=0.098
=konecne =dovolat | weight=0.098
=jen =automaticky | weight=0.097
=nas | weight=0.097
=dotaz =pres | weight=0.097
=zadost | weight=0.097
=te | weight=0.097
=do =cerne | weight=0.096
=ani =vidi | weight=0.096, noneg
=resit =jinde | weight=0.096
=na =jejich | weight=0.095
=formular =je | weight=0.095
=nedostupne | weight=0.095
=bez | weight=0.094, noneg
=az =po | weight=0.094
=naprosto | weight=0.094
=otevrena | weight=0.093
=nez =mi | weight=0.093
=a =zatim | weight=0.093
=jsem =cekal | weight=0.093
=stiznost =reagovali | weight=0.093
=bratr | weight=0.093
=mlci =uz | weight=0.093
=ve =schranky | weight=0.092
=jedenacti | weight=0.092
=tak =kde | weight=0.091
=odpoved =od | weight=0.091
=vadne | weight=0.091
=k =telefon | weight=0.090
=se =slevu | weight=0.089
=vam | weight=0.089
=druhy =tyden | weight=0.089
=telefon =se | weight=0.089
=bez =jakekoli | weight=0.089, noneg
=poslali =doporuceny | weight=0.088
=neexistuje | weight=0.088
=jste =neodpovedel | weight=0.087
=navrh | weight=0.087
=vam =psal | weight=0.087
=az =za | weight=0.086
=odpoved =neprisla | weight=0.086
=pondeli =a | weight=0.086
=se =vam | weight=0.086
=nereagoval =na | weight=0.086
=na =reklamaci | weight=0.085
=nic =neprisla | weight=0.085, noneg
=na =muj | weight=0.085
=jim =psal | weight=0.085
=upozornit =ze | weight=0.084
=reklamaci =jsem | weight=0.084
=pokud =se | weight=0.084, noneg
=rusim =smlouvu | weight=0.084
=odpoved =zadna | weight=0.084, noneg
=po =pet | weight=0.084
=precetl | weight=0.084
=nic =jako | weight=0.084, noneg
=moje =reklamaci | weight=0.083
=neni =k | weight=0.083, noneg
=k =fakturu | weight=0.083
=dosud =bez | weight=0.083, noneg
=ztracene | weight=0.082
=stav =precteno | weight=0.082
=problem =vyresili | weight=0.082
=teprve | weight=0.082
=dobu =nic | weight=0.082, noneg
=visi =v | weight=0.082
=ani =nepodival | weight=0.082, noneg
=ale =nikdo | weight=0.082, noneg
=ze =vas | weight=0.081
=na =prvni | weight=0.081
=az =v | weight=0.081
=vas =zakaznickou | weight=0.081
=jsem =dva | weight=0.081
=porad =cekal | weight=0.080
=ani =jednou | weight=0.080, noneg
=doporuceny | weight=0.080
=jim =poslali | weight=0.080
=na =maily | weight=0.080
=podpora =kvuli | weight=0.080
=poslali =e-mail | weight=0.080
=na =termin | weight=0.079
=termin =dodani | weight=0.079
=uz =druhy | weight=0.079
=moje =stiznost | weight=0.078
=podam | weight=0.078
=jim | weight=0.078
=stranka | weight=0.077
=poslali =zpravy | weight=0.077
=tyden =nic | weight=0.077, noneg
=bych =psal | weight=0.076
=do =zdi | weight=0.076
=zdi | weight=0.076
=tri =tyden | weight=0.076
=mamin | weight=0.076
=je =asi | weight=0.076
=aby =mi | weight=0.075
=na =dva | weight=0.075
=jsem =tri | weight=0.075
=jsem =psal | weight=0.075
=vam =to | weight=0.075
=za =ni | weight=0.074
=v =system | weight=0.074
=uz =muj | weight=0.074
=to =tyden | weight=0.074
=dvou | weight=0.073
=e-mail =a | weight=0.073
=dva =tyden | weight=0.073
=at =nebuzeruju | weight=0.073
=nebuzeruju | weight=0.073
=mi =pokladne | weight=0.072
=ucet =u | weight=0.072
=muj =druhy | weight=0.072
=rychle | weight=0.072
=e-mail =jste | weight=0.071
=tri =e-mail | weight=0.071
=na =mem | weight=0.071
=proste | weight=0.071
=a =podpora | weight=0.071
=ze =kuryr | weight=0.071
=kuryr =tvrdi | weight=0.071
=zakonne | weight=0.071
=zakonne =lhuta | weight=0.071
=podam =pred | weight=0.070
=na =jednou | weight=0.070
=pesine | weight=0.070
=po =pesine | weight=0.070
=ticho =po | weight=0.070
=reklamacni | weight=0.070
=jste =vubec | weight=0.069
=to =jen | weight=0.069
=kuchyn | weight=0.069
=potreti =vam | weight=0.069
=nedockal =zpravy | weight=0.069
=maily =proste | weight=0.069
=jednou =dne | weight=0.069
=robot =a | weight=0.069
=tyden =mi | weight=0.069
=reklamacni =oddeleni | weight=0.069
=zakaznickou =podpora | weight=0.069
=mou =stiznost | weight=0.068
=prazdne | weight=0.068
=chci =svych | weight=0.068
=uz =pate | weight=0.067
=jako =odberatel | weight=0.067
=odberatel | weight=0.067
=nabidli =jako | weight=0.067
=dalsi =nakup | weight=0.067
=omluvu =mi | weight=0.066
=bezplatne | weight=0.066
=zruseny =a | weight=0.066
=urade =na | weight=0.066
=zalohu | weight=0.065
=nikdo =neozval | weight=0.065, noneg
=poctvrte =vam | weight=0.065
=to =jsem | weight=0.065
=s =prihlaseni | weight=0.065
=ja =jen | weight=0.065
=jsem =posilal | weight=0.065
=zatim | weight=0.065
=datovou =schranky | weight=0.065
=dnu | weight=0.065
=upozornit | weight=0.065
=se =nedostal | weight=0.064
=trikrat =jsem | weight=0.064
=odpoved =do | weight=0.064
=automaticky =odpoved | weight=0.064
=dotaz =zadna | weight=0.064, noneg
=dotaz =nikdo | weight=0.064, noneg
=jen =na | weight=0.064
=vyplnit =reklamacni | weight=0.064
=vas =obchodni | weight=0.063
=zpravy =v | weight=0.063
=porad =sviti | weight=0.063
=sviti | weight=0.063
=musim =konstatovat | weight=0.062
=volam =a | weight=0.062
=mesic =bez | weight=0.062, noneg
=brezna | weight=0.062
=obchodni =zastupce | weight=0.061
=svych | weight=0.061
=to =mel | weight=0.061
=dokoncit | weight=0.061
=dotaz =a | weight=0.061
=vymenu =vadne | weight=0.061
=podruhe =posila | weight=0.060
=posila =reklamaci | weight=0.060
=opravdu | weight=0.060
=konstatovat | weight=0.060
=konstatovat =ze | weight=0.060
=psal =jsem | weight=0.060
=zustava | weight=0.059
=nic =zadna | weight=0.059, noneg
=neozval =se | weight=0.059
=uz =tyden | weight=0.059
