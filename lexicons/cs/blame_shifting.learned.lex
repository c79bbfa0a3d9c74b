# blame_shifting, cs: learned by scripts/learn.py from 2812 tuning texts (248 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Prej si to vymejšlíme.
+ podle nich muze za vsechno dopravce
+ Za zpoždění může prý systém, ne oni.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=vina | weight=0.508
=ze =za | weight=0.491
=vymlouval | weight=0.440
=chyba =je | weight=0.389
=neodborne | weight=0.359
=vada | weight=0.346
=dopravce | weight=0.346
=podle =nich | weight=0.336
=odpovednost | weight=0.334
=pry | weight=0.331
=vyrobce | weight=0.325
=za =to | weight=0.324
=tvrdi =ze | weight=0.303
=neni =na | weight=0.302, noneg
=me =ze | weight=0.299
=to =chyba | weight=0.290
=vec | weight=0.287
=pokazil | weight=0.278
=odpoved =ze | weight=0.278
=spravne | weight=0.276
=v =nas | weight=0.276
=to =neni | weight=0.274, noneg
=vznikla | weight=0.274
=svedl | weight=0.273
=poskozeni | weight=0.273
=nich | weight=0.271
=rukou | weight=0.268
=jde =o | weight=0.266
=zpusobila | weight=0.264
=udajne | weight=0.263
=pry =jsem | weight=0.255
=se =vymlouval | weight=0.253
=je =vec | weight=0.253
=ze =jsem | weight=0.252
=jsem =telefon | weight=0.251
=problem =je | weight=0.249
=kvuli =me | weight=0.248
=a =nedostatek | weight=0.248
=nedostatek | weight=0.248
=nad =tim | weight=0.247
=musel =resit | weight=0.246
=elektroinstalaci | weight=0.244
=depu | weight=0.243
=starost | weight=0.242
=zpusobene | weight=0.237
=muze =za | weight=0.233
=tim =nemam | weight=0.229
=sklad | weight=0.228
=vypadek | weight=0.226
=kvuli =nas | weight=0.223
=normalne =nosenim | weight=0.223
=urednice =odmitli | weight=0.222
=zadam =spatne | weight=0.222
=poskodil | weight=0.219
=v =odpoved | weight=0.216
=obvinili | weight=0.215
=si =to | weight=0.214
=nastavil =system | weight=0.213
=tak =nastavil | weight=0.213
=urcite | weight=0.212
=rozbil =sam | weight=0.212
=prohlizec | weight=0.212
=servis | weight=0.211
=zavinil | weight=0.209
=zalezitost | weight=0.209
=shodil | weight=0.208
=rekl =mi | weight=0.208
=monter | weight=0.208
=zamitnuta | weight=0.207
=proto =to | weight=0.207
=site | weight=0.205
=neni =nas | weight=0.205, noneg
=nerovne | weight=0.204
=nosenim | weight=0.204
=a =odesel | weight=0.204
=nosi | weight=0.202
=prej =si | weight=0.202
=to =vymejslime | weight=0.202
=vymejslime | weight=0.202
=neruci | weight=0.201
=to =asi | weight=0.200
=pry =za | weight=0.198
=sileny | weight=0.198
=pada | weight=0.198
=pochybeni | weight=0.198
=vycetl | weight=0.197
=objednavka =odeslat | weight=0.197
=spatne =zadam | weight=0.197
=dispecerka | weight=0.197
=podle | weight=0.195
=dispecerka =se | weight=0.194
=takze =je | weight=0.194
=vypadava | weight=0.194
=ze =byla | weight=0.194
=to =urcite | weight=0.190
=mi =ze | weight=0.187
=oddeleni | weight=0.187
=chyba =v | weight=0.187
=rekl =a | weight=0.187
=vymlouval =se | weight=0.187
=ze =oni | weight=0.186
=jsem =odpoved | weight=0.186
=to =zdrzuju | weight=0.185
=zdrzuju =kvuli | weight=0.185
=tarif =zmenit | weight=0.184
=zmenit =sam | weight=0.184
=u =me | weight=0.184
=odesel | weight=0.183
=to =jinde | weight=0.183
=technik =konstatovat | weight=0.181
=tvrdi | weight=0.180
=zopakovat | weight=0.180
=reste | weight=0.180
=kolega | weight=0.180
=jsem =nic | weight=0.179, noneg
=usoudil | weight=0.178
=usoudil =ze | weight=0.178
=reklamaci =byla | weight=0.178
=prehodil =na | weight=0.177
=operatorka =jsem | weight=0.177
=za =zpozdeni | weight=0.177
=podle =technik | weight=0.176
=problem | weight=0.175
=kocka | weight=0.175
=prokousla | weight=0.175
=router | weight=0.174
=pouzivam =blbe | weight=0.174
=oni =s | weight=0.174
=ranni | weight=0.173
=ranni =smeny | weight=0.173
=technik =rekl | weight=0.172
=odsekla | weight=0.171
=svalila | weight=0.171
=sem =to | weight=0.170
=je =vas | weight=0.170
=svalila =na | weight=0.169
=pristroj | weight=0.169
=zarizeni | weight=0.167
=zapojit | weight=0.167
=pouzivam | weight=0.167
=za =zavada | weight=0.167
=podle =posudku | weight=0.167
=posudku | weight=0.167
=na =dopravce | weight=0.167
=nespravnym | weight=0.166
=prej =je | weight=0.166
=na =depu | weight=0.166
=mi =nic | weight=0.166, noneg
=napsal =ze | weight=0.165
=prodejne =se | weight=0.164
=me =narkl | weight=0.163
=narkl | weight=0.163
=narkl =ze | weight=0.163
=mam =spatne | weight=0.163
=skodu | weight=0.163
=ale =system | weight=0.162
=banka =tvrdi | weight=0.162
=prehodil | weight=0.161
=vymlouval =na | weight=0.161
=jsem =ho | weight=0.161
=vystaven | weight=0.160
=byla =zamitnuta | weight=0.160
=pry =moje | weight=0.160
=to =pokazil | weight=0.160
=konstatovat | weight=0.159
=konstatovat =ze | weight=0.159
=prej | weight=0.158
=mi =a | weight=0.158
=dveri | weight=0.158
=na =novy | weight=0.157
=a =pry | weight=0.157
=svedl =na | weight=0.157
=protoze =mam | weight=0.156
=kvuli =mem | weight=0.156
=to =nemuze | weight=0.156
=prodejce | weight=0.155
=prohlasil | weight=0.155
=prohlasil =ze | weight=0.155
=sem | weight=0.155
=ze =praskly | weight=0.155
=praskly | weight=0.154
=vycital | weight=0.154
=prepravni =spolecnost | weight=0.154
=vymyslel | weight=0.154
=ho =spatne | weight=0.154
=opotrebeni | weight=0.153
=opakovane =ze | weight=0.153
=pry =se | weight=0.153
=zavada | weight=0.152
=nic =neudelal | weight=0.152, noneg
=ze =platba | weight=0.152
=veskerou | weight=0.152
=na =vypadek | weight=0.152
=uctarna | weight=0.151
=to =na | weight=0.151
=a =prodejne | weight=0.151
=jednou =na | weight=0.151
=odkaz =jednou | weight=0.151
=lip | weight=0.150
=servis =tvrdi | weight=0.150
=ze =sem | weight=0.149
=ppl | weight=0.148
=ppl =a | weight=0.148
=strane | weight=0.148
=ne | weight=0.148, noneg
=kvuli =nemam | weight=0.148
=vznikla =kvuli | weight=0.148
=ztratili | weight=0.147
=nas =sklad | weight=0.147
=prisuzuje | weight=0.147
=dispecer | weight=0.147
=me =oznacil | weight=0.146
=jinde | weight=0.146
=jejich =starost | weight=0.145
=banka | weight=0.145
=hotove | weight=0.145
=obchode | weight=0.144
=je =vse | weight=0.144
=chyba | weight=0.144
=nevymeni | weight=0.144
=dodavatel | weight=0.143
=coz | weight=0.143
=nefunguje | weight=0.143
=oni | weight=0.143
=zpozdeni | weight=0.143
=chyba =pry | weight=0.142
=svadeji | weight=0.142
=to =zpackal | weight=0.142
=zpackal | weight=0.142
=banka =je | weight=0.141
=podle =banka | weight=0.141
=nespada | weight=0.141
=kuryr =by | weight=0.141
=to =dorucil | weight=0.141
=ze =kdyby | weight=0.141, noneg
=bezne =opotrebeni | weight=0.140
=nemam =co | weight=0.140, noneg
=on =za | weight=0.139
=oznacil =za | weight=0.139
=mam =screenshot | weight=0.138
=to =proste | weight=0.138
=zpusobene =mym | weight=0.138
=ze =je | weight=0.137
=bankerka | weight=0.136
=ne =oni | weight=0.136, noneg
=vsechno =maji | weight=0.136
=uctarna =a | weight=0.136
=neco =spatne | weight=0.136
=naznacila | weight=0.136
=pocasi | weight=0.135
=lip =pohlidam | weight=0.135
=pohlidam | weight=0.135
=ze =zpozdeni | weight=0.135
=kdyby =byla | weight=0.135, noneg
=eshop | weight=0.134
=sklad =ze | weight=0.134
=ze =kuryr | weight=0.134
=ktery =uz | weight=0.134
=predavac | weight=0.133
=slecna =mi | weight=0.133
=na =auto | weight=0.133
=kuryr | weight=0.133
=protoze =ho | weight=0.132
=napsal | weight=0.132
=ze =ridic | weight=0.131
=antivir | weight=0.131
=podle =podpora | weight=0.131
=vas =rekl | weight=0.131
=misto =omluvu | weight=0.131
=my | weight=0.131
=ne =jejich | weight=0.131, noneg
=ze =vypadek | weight=0.131
=to =mel | weight=0.131
=nezadal =mam | weight=0.130
=s =vyrobce | weight=0.130
=omluvu =mi | weight=0.129
=vyresil =s | weight=0.129
=za =skodu | weight=0.129
=co =dela | weight=0.128
=do =oci | weight=0.128
=kabel | weight=0.127
=obchodnik | weight=0.127
=kdo =to | weight=0.127
=na =kuryr | weight=0.126
=zase =na | weight=0.126
=ze =u | weight=0.126
=chemickymi | weight=0.126
=chemickymi =latkami | weight=0.126
=latkami | weight=0.126
=dvakrat =a | weight=0.125
=vznikla =nespravnym | weight=0.124
=chyba =udelat | weight=0.124
=neslusne | weight=0.123
=nastavil | weight=0.123
=jsem =boty | weight=0.123
=odepsali =ze | weight=0.123
=o =to | weight=0.123
=zavada =vznikla | weight=0.122
=porad =me | weight=0.122
=pry =si | weight=0.122
=tohle =se | weight=0.122
=ze =fakturu | weight=0.122
=screenshot | weight=0.122
=mrazu | weight=0.122
=nechali =v | weight=0.122
=prej =nechali | weight=0.122
=v =mrazu | weight=0.122
=na =druhy | weight=0.122
=operatorka =to | weight=0.121
=pada =kvuli | weight=0.121
=na =tom | weight=0.120
=dorucil | weight=0.120
=ona =s | weight=0.120
=oznacil | weight=0.120
=restaurace | weight=0.120
=nich =je | weight=0.120
=diky =moc | weight=0.119
=prevzeti | weight=0.118
=technicka =oddeleni | weight=0.117
=ridic | weight=0.117
=oni =nic | weight=0.117, noneg
=je =chyba | weight=0.117
=operatorka =byla | weight=0.116
=kuryr =a | weight=0.116
=ze =problem | weight=0.116
=pry =vina | weight=0.116
=neni =chyba | weight=0.116, noneg
=vymluvy | weight=0.115
=kdybyste | weight=0.115, noneg
=rozbil | weight=0.115
=nas =site | weight=0.114
=pricina | weight=0.114
=tim | weight=0.114
=vy | weight=0.114
=centralu =a | weight=0.114
=svedl =to | weight=0.113
=topeni | weight=0.113
=jsem =neco | weight=0.112
=na =pocasi | weight=0.112
=pocasi =a | weight=0.112
=nepracuje | weight=0.112
=moje =vlastni | weight=0.112
=vlastni =chyba | weight=0.112
=podruhe =kuryr | weight=0.112
=jim =napisu | weight=0.111
=na =strane | weight=0.111
=to =sklad | weight=0.110
=a =ppl | weight=0.110
=eshop =to | weight=0.110
=na =eshop | weight=0.110
=na =ppl | weight=0.110
=ppl =zase | weight=0.110
=nezadal | weight=0.110
=vcas | weight=0.109
=system =a | weight=0.108
=dobu =doruceni | weight=0.108
=doruceni =doma | weight=0.108
=v =dobu | weight=0.108
=vse =v | weight=0.108
=bundu | weight=0.108
=ukradene =koleji | weight=0.108
=za =ukradene | weight=0.108
=byla =uplne | weight=0.108
=odesilatele | weight=0.108
=mem =telefon | weight=0.108
=ale =nikdo | weight=0.107, noneg
=instalater | weight=0.107
=je =problem | weight=0.107
=cistenim | weight=0.106
=nespravnym =cistenim | weight=0.106
=pry =mam | weight=0.106
=moje =banka | weight=0.106
=ukradene | weight=0.106
=at =jim | weight=0.106
=sakra | weight=0.105
=zkontrolovat | weight=0.105
=reklamovat =to | weight=0.104
=a =podpora | weight=0.104
=stale =v | weight=0.104
=mam =s | weight=0.104
=spolecnost | weight=0.104
=na =e-shopu | weight=0.104
=hodil =na | weight=0.104
=zdrzuju | weight=0.104
=zmackla | weight=0.103
=nemam =nic | weight=0.102, noneg
=nic =spolecneho | weight=0.102, noneg
=jednou =je | weight=0.102
=maji =vymluvy | weight=0.102
=vymluvy =jednou | weight=0.102
=oni =za | weight=0.102
=mechanicke | weight=0.102
=mechanicke =poskozeni | weight=0.102
=to =svedl | weight=0.101
=s =nim | weight=0.101
=byla =podle | weight=0.100
=to =pry | weight=0.099
=zpozdeni =zpusobila | weight=0.099
=bezne | weight=0.099
=vzdyt | weight=0.099
