# blame_shifting, cs: learned by scripts/learn.py from 3307 tuning texts (301 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ pani na prepazce mi rekla ze za to ze mi nekdo vybral ucet si muzu sama, protoze jsem prej nekomu dala kod z sms. nikomu jsem nic nedala!!!
+ Prej si to vymejšlíme.
+ podle nich muze za vsechno dopravce
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=vina | weight=0.519
=ze =za | weight=0.472
=chyba =je | weight=0.393
=podle =nich | weight=0.379
=neodborne | weight=0.378
=dopravce | weight=0.370
=vymlouval | weight=0.363
=pry | weight=0.342
=my | weight=0.336
=pokazil | weight=0.322
=odpovednost | weight=0.317
=neni =na | weight=0.309, noneg
=odpoved =ze | weight=0.308
=za =to | weight=0.307
=svedl | weight=0.301
=vada | weight=0.300
=to =chyba | weight=0.300
=me =ze | weight=0.298
=spravne | weight=0.297
=ze =jsem | weight=0.295
=to =neni | weight=0.293, noneg
=poskozeni | weight=0.292
=vznikla | weight=0.290
=za =nic | weight=0.277, noneg
=je =vec | weight=0.277
=vyrobce | weight=0.276
=musim =resit | weight=0.272
=vec | weight=0.270
=tvrdi =ze | weight=0.267
=se =vymlouval | weight=0.263
=jsem =telefon | weight=0.261
=udajne | weight=0.260
=jde =o | weight=0.260
=obchode =si | weight=0.247
=depu | weight=0.245
=ruce | weight=0.245
=zadam =spatne | weight=0.244
=elektroinstalaci | weight=0.241
=a =nedostatek | weight=0.241
=nedostatek | weight=0.241
=muze =za | weight=0.239
=tim =nemam | weight=0.238
=kvuli =me | weight=0.237
=zpusobene | weight=0.227
=starost | weight=0.226
=sklad | weight=0.225
=rozbil =sam | weight=0.225
=kuryr =a | weight=0.224
=chyba =v | weight=0.224
=normalne =nosenim | weight=0.223
=urcite | weight=0.222
=prohlizec | weight=0.222
=v =odpoved | weight=0.220
=zpusobila | weight=0.219
=kvuli =nas | weight=0.217
=nich | weight=0.214
=pry =za | weight=0.213
=servis | weight=0.213
=nastavil =system | weight=0.212
=tak =nastavil | weight=0.212
=vypadek | weight=0.211
=nosenim | weight=0.210
=poskodil | weight=0.210
=neni =nas | weight=0.208, noneg
=shodil | weight=0.207
=nerovne | weight=0.207
=zavinil | weight=0.207
=eshop | weight=0.206
=takze =je | weight=0.205
=za =zpozdeni | weight=0.204
=si =to | weight=0.204
=nad =tim | weight=0.204
=monter | weight=0.203
=vymlouval =se | weight=0.203
=prej | weight=0.203
=nos | weight=0.202
=objednavka =odesla | weight=0.202
=je =vas | weight=0.201
=v =nas | weight=0.201
=neruci | weight=0.200
=obvinili | weight=0.198
=ze =oni | weight=0.198
=vycetl | weight=0.196
=technik =rekl | weight=0.195
=prej =si | weight=0.194
=to =vymejslime | weight=0.194
=vymejslime | weight=0.194
=sileny | weight=0.194
=pochybeni | weight=0.192
=jsem =odpoved | weight=0.190
=pry =moje | weight=0.188
=mi =ze | weight=0.187
=zalezitost | weight=0.187
=router | weight=0.186
=podle | weight=0.186
=sem =to | weight=0.185
=dispecerka | weight=0.185
=jsem =nic | weight=0.185, noneg
=nic =nemuze | weight=0.184, noneg
=proto =to | weight=0.184
=tarif =zmenit | weight=0.184
=zmenit =sam | weight=0.184
=to =urcite | weight=0.183
=pristroj | weight=0.183
=vypadava | weight=0.183
=podle =podpora | weight=0.182
=banky =a | weight=0.182
=hazi | weight=0.182
=to =jinde | weight=0.180
=prehodil =na | weight=0.180
=svedl =na | weight=0.180
=operatorka =jsem | weight=0.179
=to =zdrzuju | weight=0.179
=zdrzuju =kvuli | weight=0.179
=zopakoval | weight=0.178
=za =zavada | weight=0.178
=technik =konstatovat | weight=0.178
=reste | weight=0.178
=zavada | weight=0.178
=svalila | weight=0.177
=rekl =pani | weight=0.177
=dispecerka =se | weight=0.176
=ze =byla | weight=0.176
=prodejce | weight=0.176
=usoudil | weight=0.176
=usoudil =ze | weight=0.176
=ne =oni | weight=0.175, noneg
=reklamaci =byla | weight=0.175
=zamitnuta | weight=0.175
=ale =system | weight=0.175
=problem =je | weight=0.174
=to =pokazil | weight=0.174
=kocka | weight=0.174
=prokousla | weight=0.174
=vystaven | weight=0.174
=ztratili | weight=0.174
=toho =mi | weight=0.174
=rekl =a | weight=0.173
=prodejne =se | weight=0.173
=podle =technik | weight=0.173
=vymyslel | weight=0.173
=lip | weight=0.173
=prej =je | weight=0.172
=to =na | weight=0.170
=odsekla | weight=0.170
=nefunguje | weight=0.169
=si =mel | weight=0.168
=spatne =zadam | weight=0.167
=strane | weight=0.167
=podle =posudku | weight=0.166
=posudku | weight=0.166
=na =novy | weight=0.166
=u =me | weight=0.166
=banky | weight=0.166
=ranni | weight=0.165
=ranni =smeny | weight=0.165
=opotrebeni | weight=0.165
=byla =zamitnuta | weight=0.165
=svalila =na | weight=0.165
=dorucil | weight=0.164
=ze =sem | weight=0.164
=urednice =odmitli | weight=0.164
=pouzivam =blbe | weight=0.164
=ze =vypadek | weight=0.164
=prehodil | weight=0.164
=zapojit | weight=0.164
=zarizeni | weight=0.163
=operatorka =byla | weight=0.162
=kolega | weight=0.162
=problem | weight=0.162
=oddeleni | weight=0.161
=rekl =mi | weight=0.161
=na =depu | weight=0.161
=na =vypadek | weight=0.161
=mi =a | weight=0.161
=napsal =ze | weight=0.160
=protoze =mam | weight=0.160
=nespravnym | weight=0.160
=na =dopravce | weight=0.160
=odepsali =ze | weight=0.159
=servis =tvrdi | weight=0.159
=to =asi | weight=0.158
=mam =spatne | weight=0.157
=site | weight=0.157
=opakovane =ze | weight=0.157
=nespada | weight=0.157
=rozmlacena | weight=0.157
=je =vse | weight=0.156
=nic =neudelal | weight=0.156, noneg
=prepravni =spolecnost | weight=0.156
=odesel | weight=0.156
=ze =praskl | weight=0.156
=ze =platba | weight=0.156
=a =odesel | weight=0.154
=jinde | weight=0.154
=konstatovat | weight=0.154
=konstatovat =ze | weight=0.154
=nas =sklad | weight=0.154
=prisuzuje | weight=0.154
=me =narkl | weight=0.154
=narkl | weight=0.154
=narkl =ze | weight=0.154
=dvakrat =a | weight=0.153
=vsechno =maji | weight=0.153
=banky =tvrdi | weight=0.153
=oni =s | weight=0.153
=ze =u | weight=0.153
=to =zpackal | weight=0.153
=zpackal | weight=0.153
=haje | weight=0.153
=uctarna | weight=0.152
=kvuli =nemam | weight=0.152
=vznikla =kvuli | weight=0.152
=mi =nic | weight=0.152, noneg
=a =pry | weight=0.152
=praskl | weight=0.151
=banky =je | weight=0.151
=podle =banky | weight=0.151
=svadeji | weight=0.151
=prohlasil | weight=0.151
=prohlasil =ze | weight=0.151
=prevzeti | weight=0.150
=ppl | weight=0.150
=ppl =a | weight=0.150
=veskerou | weight=0.150
=dveri | weight=0.149
=pry =se | weight=0.148
=a =prodejne | weight=0.148
=jednou =na | weight=0.148
=odkaz =jednou | weight=0.148
=zpusobene =mym | weight=0.148
=cist | weight=0.147
=vyresil =s | weight=0.147
=mam =screenshot | weight=0.147
=za =skodu | weight=0.147
=dispecer | weight=0.146
=tvrdi | weight=0.146
=bezne =opotrebeni | weight=0.146
=pouzivam | weight=0.146
=naznacil | weight=0.146
=on =za | weight=0.145
=lip =pohlidam | weight=0.145
=pohlidam | weight=0.145
=dodavatele | weight=0.144
=kvuli =mem | weight=0.144
=oni =za | weight=0.144
=vycital | weight=0.143
=na =tom | weight=0.143
=s =vyrobce | weight=0.142
=ktery =uz | weight=0.142
=me =oznacil | weight=0.142
=obchode | weight=0.142
=ne | weight=0.140, noneg
=restaurace | weight=0.140
=moje =vlastni | weight=0.140
=vlastni =chyba | weight=0.140
=to =spatne | weight=0.139
=kabel | weight=0.138
=neslusne | weight=0.138
=mam =stezovat | weight=0.138
=nich =je | weight=0.138
=oni | weight=0.138
=pry =jsem | weight=0.138
=antivir | weight=0.137
=kuryr =by | weight=0.136
=to =dorucil | weight=0.136
=ze =kdyby | weight=0.136, noneg
=jsem =boty | weight=0.136
=tohle =se | weight=0.136
=nas =site | weight=0.136
=pricina | weight=0.136
=screenshot | weight=0.136
=pocasi | weight=0.136
=predavac | weight=0.135
=muj =problem | weight=0.135
=tak =objednal | weight=0.135
=jejich =starost | weight=0.134
=nevymenili | weight=0.134
=slecna =mi | weight=0.134
=porad =me | weight=0.133
=chyba =udelat | weight=0.133
=ze =problem | weight=0.133
=tyden =pozdeji | weight=0.133
=ho =spatne | weight=0.133
=kdybyste | weight=0.132, noneg
=pritom | weight=0.131
=uctarna =a | weight=0.131
=je =chyba | weight=0.131
=operator =si | weight=0.131
=ze =zpozdeni | weight=0.131
=ze =ridic | weight=0.131
=kdyby =byla | weight=0.130, noneg
=mam =s | weight=0.130
=ukoncil =chatu | weight=0.130
=oznacil =za | weight=0.130
=ze =kuryr | weight=0.130
=stary =telefon | weight=0.130
=stezovat =u | weight=0.129
=neco =spatne | weight=0.129
=chyba =pry | weight=0.129
=vymluvy | weight=0.129
=bankerka | weight=0.128
=s =nim | weight=0.128
=nemam =nic | weight=0.128, noneg
=nic =spolecneho | weight=0.128, noneg
=podruhe =kuryr | weight=0.128
=bundu | weight=0.127
=nezadal =mam | weight=0.127
=je =vsechno | weight=0.126
=jsem =si | weight=0.126
=dobu =doruceni | weight=0.125
=doruceni =doma | weight=0.125
=v =dobu | weight=0.125
=vznikla =nespravnym | weight=0.125
=zpozdeni | weight=0.125
=mem =telefon | weight=0.125
=chemickymi | weight=0.124
=chemickymi =latkami | weight=0.124
=latkami | weight=0.124
=pry =ho | weight=0.124
=jinam =oddeleni | weight=0.124
=zase =na | weight=0.124
=ridic | weight=0.124
=technicke =oddeleni | weight=0.123
=ze =vada | weight=0.123
=prepravce | weight=0.123
=hotove | weight=0.123
=obchodnik | weight=0.123
=vas =strane | weight=0.122
=topeni | weight=0.122
=to =proste | weight=0.122
=o =tyden | weight=0.121
=ne =jejich | weight=0.120, noneg
=reklamoval =to | weight=0.120
=odepsali | weight=0.120
=oznacil | weight=0.120
=pada | weight=0.120
=rozbil | weight=0.120
=jsem =ho | weight=0.120
=chyba =ze | weight=0.119
=je =problem | weight=0.119
=jsem =pry | weight=0.118
=svedl =to | weight=0.118
=jim =napisu | weight=0.118
=misto =omluvu | weight=0.118
=nemam =co | weight=0.118, noneg
=neni =pravdu | weight=0.117, noneg
=ukradene =koleji | weight=0.117
=za =ukradene | weight=0.117
=tvaril | weight=0.117
=spolecnost | weight=0.117
=vas =rekl | weight=0.117
=prevazel | weight=0.116
=spatne =prevazel | weight=0.116
=oni =nic | weight=0.116, noneg
=omluvu =mi | weight=0.116
=sklad =ze | weight=0.116
=s =vam | weight=0.115
=tim =vas | weight=0.115
=kdo =to | weight=0.115
=operatorka =to | weight=0.115
=zkontrolovat | weight=0.115
=na =druhy | weight=0.115
=vse =v | weight=0.114
=ukradene | weight=0.114
=na =pocasi | weight=0.114
=pocasi =a | weight=0.114
=system =a | weight=0.114
=byla =uplne | weight=0.113
=centru =a | weight=0.113
=mrazu | weight=0.112
=nechal =v | weight=0.112
=prej =nechal | weight=0.112
=v =mrazu | weight=0.112
=at =jim | weight=0.112
=diky =moc | weight=0.112
=ze =fakturu | weight=0.112
=operator =rekl | weight=0.111
=jsem =neco | weight=0.111
=co =dela | weight=0.111
=pada =kvuli | weight=0.111
=jednou =je | weight=0.111
=maji =vymluvy | weight=0.111
=vymluvy =jednou | weight=0.111
=ona =s | weight=0.110
=moje =banky | weight=0.110
=sem | weight=0.110
=subdodavatele | weight=0.109
=nezadal | weight=0.109
=protoze =ho | weight=0.109
=sakra | weight=0.109
=chyba | weight=0.109
=zdrzuju | weight=0.109
=muze | weight=0.108
=nezazvonil | weight=0.108
=muj =router | weight=0.108
=pry =vina | weight=0.108
=nemam =dostal | weight=0.108, noneg
=vsechno =v | weight=0.107
=neodpovida | weight=0.107
