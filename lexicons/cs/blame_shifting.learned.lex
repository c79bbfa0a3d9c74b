# blame_shifting, cs: learned by scripts/learn.py from 3307 tuning texts (301 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ pani na prepazce mi rekla ze za to ze mi nekdo vybral ucet si muzu sama, protoze jsem prej nekomu dala kod z sms. nikomu jsem nic nedala!!!
+ Prej si to vymejšlíme.
+ podle nich muze za vsechno dopravce
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=vina | weight=0.523
=ze =za | weight=0.475
=chyba =je | weight=0.394
=podle =nich | weight=0.381
=neodborne | weight=0.379
=dopravce | weight=0.368
=vymlouval | weight=0.361
=pry | weight=0.349
=my | weight=0.328
=pokazil | weight=0.321
=ze =jsem | weight=0.318
=vada | weight=0.311
=odpovednost | weight=0.309
=za =to | weight=0.307
=odpoved =ze | weight=0.307
=neni =na | weight=0.306, noneg
=me =ze | weight=0.305
=svedl | weight=0.299
=to =neni | weight=0.290, noneg
=poskozeni | weight=0.287
=spravne | weight=0.286
=vznikla | weight=0.286
=tvrdi =ze | weight=0.286
=to =chyba | weight=0.285
=vyrobce | weight=0.277
=musim =resit | weight=0.277
=je =vec | weight=0.273
=za =nic | weight=0.273, noneg
=se =vymlouval | weight=0.269
=odsekla | weight=0.268
=jsem =telefon | weight=0.264
=vec | weight=0.263
=jde =o | weight=0.258
=udajne | weight=0.256
=obchode =si | weight=0.253
=depu | weight=0.246
=a =nedostatek | weight=0.244
=nedostatek | weight=0.244
=zadam =spatne | weight=0.242
=ruce | weight=0.240
=elektroinstalaci | weight=0.237
=muze =za | weight=0.235
=tim =nemam | weight=0.232
=pry =za | weight=0.232
=prohlizec | weight=0.231
=v =odpoved | weight=0.230
=kvuli =me | weight=0.230
=chyba =v | weight=0.228
=normalne =nosenim | weight=0.228
=kuryr =a | weight=0.226
=rozbil =sam | weight=0.224
=starost | weight=0.224
=takze =je | weight=0.222
=sklad | weight=0.222
=servis | weight=0.221
=kvuli =nas | weight=0.217
=urcite | weight=0.215
=poskodil | weight=0.213
=zpusobene | weight=0.213
=zavinil | weight=0.211
=v =nas | weight=0.210
=zpusobila | weight=0.209
=neruci | weight=0.209
=nastavil =system | weight=0.209
=tak =nastavil | weight=0.209
=nich | weight=0.208
=shodil | weight=0.208
=nad =tim | weight=0.208
=nosenim | weight=0.208
=prej =je | weight=0.207
=monter | weight=0.207
=nos | weight=0.207
=vypadek | weight=0.206
=neni =nas | weight=0.206, noneg
=dispecerka | weight=0.205
=prej | weight=0.204
=objednavka =odesla | weight=0.203
=nerovne | weight=0.201
=vymlouval =se | weight=0.199
=je =vas | weight=0.199
=eshop | weight=0.196
=prej =si | weight=0.195
=to =vymejslime | weight=0.195
=vymejslime | weight=0.195
=sileny | weight=0.193
=pochybeni | weight=0.193
=obvinili | weight=0.192
=pry =moje | weight=0.192
=vycetl | weight=0.192
=proto =to | weight=0.191
=za =zpozdeni | weight=0.190
=ze =oni | weight=0.189
=mi =ze | weight=0.189
=nic =nemuze | weight=0.188, noneg
=jsem =odpoved | weight=0.188
=podle =podpora | weight=0.188
=router | weight=0.187
=zalezitost | weight=0.187
=to =zdrzuju | weight=0.187
=zdrzuju =kvuli | weight=0.187
=si =to | weight=0.187
=problem =je | weight=0.187
=za =zavada | weight=0.187
=zavada | weight=0.185
=vypadava | weight=0.185
=pristroj | weight=0.185
=technik =rekl | weight=0.185
=lip | weight=0.184
=tarif =zmenit | weight=0.184
=zmenit =sam | weight=0.184
=hazi | weight=0.184
=sem =to | weight=0.183
=rekl =pani | weight=0.183
=rekl =mi | weight=0.183
=prodejne =se | weight=0.182
=operatorka =jsem | weight=0.181
=zopakoval | weight=0.181
=banky =a | weight=0.180
=dispecerka =se | weight=0.179
=tvrdi | weight=0.179
=technik =konstatovat | weight=0.178
=to =urcite | weight=0.178
=svedl =na | weight=0.178
=jsem =nic | weight=0.177, noneg
=u =me | weight=0.177
=vystaven | weight=0.177
=usoudil | weight=0.176
=usoudil =ze | weight=0.176
=reklamaci =byla | weight=0.176
=kocka | weight=0.176
=prokousla | weight=0.176
=svalila | weight=0.175
=rekl =a | weight=0.175
=toho =mi | weight=0.175
=nefunguje | weight=0.175
=vymyslel | weight=0.174
=svalila =na | weight=0.173
=ne =oni | weight=0.173, noneg
=ze =byla | weight=0.173
=je =vse | weight=0.173
=prehodil =na | weight=0.171
=dorucil | weight=0.171
=opotrebeni | weight=0.170
=prodejce | weight=0.170
=ztratili | weight=0.169
=si =mel | weight=0.168
=problem | weight=0.168
=opakovane =ze | weight=0.167
=to =pokazil | weight=0.167
=byla =zamitnuta | weight=0.166
=ale =system | weight=0.166
=ranni | weight=0.166
=ranni =smeny | weight=0.166
=na =dopravce | weight=0.166
=servis =tvrdi | weight=0.166
=na =vypadek | weight=0.165
=strane | weight=0.165
=banky | weight=0.165
=zarizeni | weight=0.164
=napsal =ze | weight=0.164
=zamitnuta | weight=0.164
=podle =posudku | weight=0.164
=posudku | weight=0.164
=to =na | weight=0.164
=to =jinde | weight=0.163
=na =novy | weight=0.163
=kolega | weight=0.163
=mam =spatne | weight=0.163
=spatne =zadam | weight=0.162
=na =depu | weight=0.162
=ze =sem | weight=0.162
=protoze =mam | weight=0.161
=oni =s | weight=0.161
=chyba | weight=0.161
=reste | weight=0.161
=podle =technik | weight=0.160
=odepsali =ze | weight=0.160
=haje | weight=0.159
=prehodil | weight=0.158
=ze =vypadek | weight=0.158
=ze =platba | weight=0.158
=pouzivam =blbe | weight=0.157
=mi =a | weight=0.157
=mate =stary | weight=0.157
=urednice =odmitli | weight=0.157
=me =narkl | weight=0.157
=narkl | weight=0.157
=narkl =ze | weight=0.157
=ze =praskl | weight=0.157
=prohlasil | weight=0.157
=prohlasil =ze | weight=0.157
=naznacil | weight=0.157
=nic =neudelal | weight=0.156, noneg
=konstatovat | weight=0.155
=konstatovat =ze | weight=0.155
=to =spatne | weight=0.155
=pry =se | weight=0.155
=nespravnym | weight=0.155
=a =odesel | weight=0.155
=vyresil =s | weight=0.155
=podle | weight=0.155
=zapojit | weight=0.155
=oni | weight=0.154
=nas =sklad | weight=0.154
=prisuzuje | weight=0.154
=a =prodejne | weight=0.154
=jednou =na | weight=0.154
=odkaz =jednou | weight=0.154
=nespada | weight=0.153
=mi =nic | weight=0.153, noneg
=ppl | weight=0.152
=ppl =a | weight=0.152
=bezne =opotrebeni | weight=0.152
=to =asi | weight=0.151
=banky =tvrdi | weight=0.151
=odesel | weight=0.151
=operatorka =byla | weight=0.151
=rozmlacena | weight=0.150
=uctarna | weight=0.150
=oni =za | weight=0.150
=pry =jsem | weight=0.149
=kvuli =nemam | weight=0.149
=vznikla =kvuli | weight=0.149
=pritom | weight=0.149
=dodavatele | weight=0.148
=me =oznacil | weight=0.147
=veskerou | weight=0.147
=a =pry | weight=0.147
=lip =pohlidam | weight=0.147
=pohlidam | weight=0.147
=on =za | weight=0.147
=dvakrat =a | weight=0.147
=cist | weight=0.146
=obchode | weight=0.146
=oddeleni | weight=0.146
=svadeji | weight=0.146
=jinde | weight=0.146
=chyba =ze | weight=0.146
=zpusobene =mym | weight=0.146
=vsechno =maji | weight=0.146
=praskl | weight=0.146
=to =zpackal | weight=0.146
=zpackal | weight=0.146
=pouzivam | weight=0.145
=slecna =mi | weight=0.145
=za =skodu | weight=0.144
=prepravni =spolecnost | weight=0.143
=neslusne | weight=0.142
=s =vyrobce | weight=0.142
=prevzeti | weight=0.141
=site | weight=0.141
=dispecer | weight=0.141
=ze =ridic | weight=0.140
=kabel | weight=0.140
=muj =problem | weight=0.140
=mam =screenshot | weight=0.139
=pocasi | weight=0.139
=chyba =udelat | weight=0.139
=banky =je | weight=0.139
=podle =banky | weight=0.139
=tak =objednal | weight=0.138
=ze =u | weight=0.137
=kdybyste | weight=0.137, noneg
=pada | weight=0.137
=kvuli =mem | weight=0.137
=ukoncil =chatu | weight=0.136
=predavac | weight=0.136
=zase =na | weight=0.135
=vse =v | weight=0.135
=jsem =boty | weight=0.135
=dveri | weight=0.135
=antivir | weight=0.135
=kuryr =by | weight=0.134
=to =dorucil | weight=0.134
=ze =kdyby | weight=0.134, noneg
=vycital | weight=0.134
=restaurace | weight=0.134
=oznacil =za | weight=0.134
=zpozdeni | weight=0.133
=mam =stezovat | weight=0.133
=ktery =uz | weight=0.133
=ne | weight=0.133, noneg
=je =chyba | weight=0.132
=ze =problem | weight=0.132
=bankerka | weight=0.132
=nas =site | weight=0.131
=pricina | weight=0.131
=ze =kuryr | weight=0.131
=chyba =pry | weight=0.131
=mam =s | weight=0.131
=nezadal =mam | weight=0.130
=prepravce | weight=0.130
=operator =si | weight=0.130
=ho =spatne | weight=0.129
=moje =vlastni | weight=0.129
=vlastni =chyba | weight=0.129
=ze =vada | weight=0.129
=kdyby =byla | weight=0.128, noneg
=ze =zpozdeni | weight=0.128
=screenshot | weight=0.128
=obchodnik | weight=0.128
=tohle =se | weight=0.127
=topeni | weight=0.127
=operatorka =to | weight=0.126
=chemickymi | weight=0.126
=chemickymi =latkami | weight=0.126
=latkami | weight=0.126
=bundu | weight=0.126
=jejich =starost | weight=0.126
=na =tom | weight=0.126
=vymluvy | weight=0.125
=neco =spatne | weight=0.125
=rozbil | weight=0.124
=uctarna =a | weight=0.124
=nevymenili | weight=0.124
=nich =je | weight=0.124
=vznikla =nespravnym | weight=0.123
=neni =pravdu | weight=0.123, noneg
=oznacil | weight=0.123
=hotove | weight=0.123
=diky =moc | weight=0.122
=s =nim | weight=0.122
=spolecnost | weight=0.122
=jim =napisu | weight=0.121
=tyden =pozdeji | weight=0.121
=nemam =co | weight=0.121, noneg
=vas =rekl | weight=0.121
=stezovat =u | weight=0.121
=nemam =nic | weight=0.120, noneg
=nic =spolecneho | weight=0.120, noneg
=kdo =to | weight=0.120
=sklad =ze | weight=0.120
=ne =jejich | weight=0.119, noneg
=odepsali | weight=0.119
=ridic | weight=0.119
=na =druhy | weight=0.119
=jsem =neco | weight=0.119
=tim =vas | weight=0.119
=pry =ho | weight=0.118
=zkontrolovat | weight=0.118
=oni =nic | weight=0.118, noneg
=svedl =to | weight=0.117
=porad =me | weight=0.117
=vas =strane | weight=0.117
=system =a | weight=0.117
=centru =a | weight=0.117
=s =vam | weight=0.117
=to =proste | weight=0.117
=ze =chyba | weight=0.117
=prevazel | weight=0.117
=spatne =prevazel | weight=0.117
=na =pocasi | weight=0.117
=pocasi =a | weight=0.117
=at =jim | weight=0.116
=to =nemuze | weight=0.116
=jinam =oddeleni | weight=0.116
=jsem =si | weight=0.116
=technicke =oddeleni | weight=0.115
=reklamoval =to | weight=0.115
=podruhe =kuryr | weight=0.115
=dobu =doruceni | weight=0.115
=doruceni =doma | weight=0.115
=v =dobu | weight=0.115
=stary =telefon | weight=0.115
=tvaril | weight=0.115
=byla =podle | weight=0.115
=operator =rekl | weight=0.114
=misto =omluvu | weight=0.114
=jsem =pry | weight=0.114
=nezadal | weight=0.114
=jsem =ho | weight=0.114
=je =problem | weight=0.114
=ukradene =koleji | weight=0.114
=za =ukradene | weight=0.114
=ona =s | weight=0.114
=pada =kvuli | weight=0.113
=technik =mi | weight=0.113
=technik =od | weight=0.112
=co =dela | weight=0.112
=oddeleni =a | weight=0.112
=ukradene | weight=0.112
=na =strane | weight=0.111
=protoze =ho | weight=0.111
=to =problem | weight=0.111
=omluvu =mi | weight=0.111
=to =sklad | weight=0.111
=subdodavatele | weight=0.111
=o =tyden | weight=0.110
=mem =telefon | weight=0.109
=vypadek =muze | weight=0.109
=si =o | weight=0.108
=sem | weight=0.107
=muze | weight=0.107
=displej | weight=0.106
=nezazvonil | weight=0.106
=jednou =je | weight=0.106
=maji =vymluvy | weight=0.106
=vymluvy =jednou | weight=0.106
=pry =mam | weight=0.106
=zavada =vznikla | weight=0.105
