# blame_shifting, cs: learned by scripts/learn.py from 2508 tuning texts (214 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Prej si to vymejšlíme.
+ podle nich muze za vsechno dopravce
+ Za zpoždění může prý systém, ne oni.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=ze =za | weight=0.497
=vymlouvali | weight=0.441
=vina | weight=0.436
=chyba =je | weight=0.372
=tvrdi =ze | weight=0.366
=neodborne | weight=0.364
=dopravce | weight=0.358
=podle =nich | weight=0.346
=pry | weight=0.329
=za =to | weight=0.325
=vyrobce | weight=0.314
=odpoved =ze | weight=0.313
=to =chyba | weight=0.306
=neni =na | weight=0.298, noneg
=vec | weight=0.298
=vadu | weight=0.297
=svedl | weight=0.285
=me =ze | weight=0.283
=to =neni | weight=0.278, noneg
=ze =jsem | weight=0.273
=odpovednost | weight=0.272
=rukou | weight=0.266
=v =nas | weight=0.266
=sklad | weight=0.265
=nich | weight=0.264
=jsem =telefon | weight=0.264
=udajne | weight=0.261
=jde =o | weight=0.260
=poskozeni | weight=0.259
=spravne | weight=0.259
=vznikla | weight=0.256
=starost | weight=0.255
=muze =za | weight=0.254
=a =nedostatek | weight=0.252
=nedostatek | weight=0.252
=pokazil | weight=0.250
=depu | weight=0.248
=se =vymlouvali | weight=0.244
=nad =tim | weight=0.243
=musim =resit | weight=0.236
=vypadek | weight=0.235
=zpusobene | weight=0.235
=zadam =spatne | weight=0.234
=kvuli =me | weight=0.234
=problem =je | weight=0.233
=pry =jsem | weight=0.231
=je =vec | weight=0.231
=tim =nemam | weight=0.231
=normalne =nosenim | weight=0.230
=urednice =odmitli | weight=0.230
=rekl =mi | weight=0.229
=urcite | weight=0.229
=mi =ze | weight=0.226
=eshop | weight=0.226
=v =odpoved | weight=0.225
=router | weight=0.225
=zpusobila | weight=0.224
=tvrdi | weight=0.220
=zalezitost | weight=0.220
=zamitnuta | weight=0.218
=shodil | weight=0.218
=nastavil =system | weight=0.217
=tak =nastavil | weight=0.217
=servis | weight=0.216
=si =to | weight=0.213
=site | weight=0.212
=proto =to | weight=0.211
=prej =si | weight=0.209
=to =vymejslime | weight=0.209
=vymejslime | weight=0.209
=obvinili | weight=0.209
=pry =za | weight=0.208
=neni =nas | weight=0.208, noneg
=pada | weight=0.207
=spatne =zadam | weight=0.207
=neruci | weight=0.206
=to =urcite | weight=0.206
=kvuli =nas | weight=0.205
=chyba =v | weight=0.205
=rozbil =sam | weight=0.205
=nerovne | weight=0.205
=pochybeni | weight=0.204
=podle =technik | weight=0.203
=a =odesel | weight=0.201
=dispecerka | weight=0.201
=takze =je | weight=0.201
=vymlouvali =se | weight=0.197
=monter | weight=0.196
=kolega | weight=0.196
=sem =to | weight=0.195
=vypadava | weight=0.195
=nosenim | weight=0.195
=rekl =a | weight=0.194
=nosi | weight=0.194
=tarif =zmenit | weight=0.194
=zmenit =sam | weight=0.194
=problem | weight=0.192
=odesel | weight=0.192
=objednavka =odeslat | weight=0.192
=poskodil | weight=0.192
=zapojit | weight=0.191
=dispecerka =se | weight=0.191
=operatorka =jsem | weight=0.191
=sileny | weight=0.191
=podle | weight=0.188
=pouzivam =blbe | weight=0.188
=ze =byla | weight=0.187
=zavinil | weight=0.186
=technik =konstatovat | weight=0.185
=oddeleni | weight=0.185
=napsal =ze | weight=0.184
=ze =problem | weight=0.184
=to =zdrzuju | weight=0.181
=zdrzuju =kvuli | weight=0.181
=pry =moje | weight=0.180
=za =zpozdeni | weight=0.180
=reklamaci =byla | weight=0.180
=to =jinde | weight=0.179
=prohlizec | weight=0.179
=zopakovat | weight=0.179
=za =zavada | weight=0.178
=ze =oni | weight=0.177
=usoudil | weight=0.177
=usoudil =ze | weight=0.177
=u =me | weight=0.176
=to =nemuze | weight=0.176
=prej =je | weight=0.176
=kocka | weight=0.176
=prokousla | weight=0.176
=reste | weight=0.175
=na =dopravce | weight=0.175
=me =narkl | weight=0.174
=narkl | weight=0.174
=narkl =ze | weight=0.174
=ranni | weight=0.174
=ranni =smeny | weight=0.174
=je =vas | weight=0.173
=oni =s | weight=0.173
=ze =sem | weight=0.172
=skodu | weight=0.172
=na =depu | weight=0.172
=strane | weight=0.171
=pouzivam | weight=0.171
=vycital | weight=0.171
=bance =tvrdi | weight=0.170
=obchode | weight=0.169
=ne | weight=0.169, noneg
=pristroj | weight=0.168
=to =pokazil | weight=0.168
=odsekla | weight=0.168
=vymlouvali =na | weight=0.167
=ze =platbu | weight=0.167
=mi =nic | weight=0.166, noneg
=zarizeni | weight=0.166
=byla =zamitnuta | weight=0.163
=svedl =na | weight=0.163
=ho =spatne | weight=0.163
=technik =rekl | weight=0.161
=kvuli =nemam | weight=0.161
=vznikla =kvuli | weight=0.161
=konstatovat | weight=0.160
=konstatovat =ze | weight=0.160
=mi =a | weight=0.160
=prodejce | weight=0.159
=nespada | weight=0.159
=zavada | weight=0.158
=jsem =odpoved | weight=0.158
=prodejne =se | weight=0.158
=dveri | weight=0.158
=vystaven | weight=0.157
=prej | weight=0.157
=to =na | weight=0.157
=vymyslel | weight=0.156
=vyhradne | weight=0.156
=je =chyba | weight=0.156
=oni | weight=0.155
=ale =system | weight=0.155
=opakovane =ze | weight=0.154
=na =vypadek | weight=0.153
=a =prodejne | weight=0.153
=jednou =na | weight=0.153
=odkaz =jednou | weight=0.153
=prohlasil | weight=0.153
=prohlasil =ze | weight=0.153
=neco =spatne | weight=0.152
=jinde | weight=0.152
=chyba | weight=0.152
=sem | weight=0.152
=protoze =mam | weight=0.152
=na =novy | weight=0.152
=ze =praskl | weight=0.151
=ne =oni | weight=0.151, noneg
=uctarna | weight=0.151
=servis =tvrdi | weight=0.151
=jejich =starost | weight=0.150
=zpusobene =mym | weight=0.150
=praskl | weight=0.150
=nas =sklad | weight=0.150
=prisuzuje | weight=0.150
=a =pry | weight=0.150
=bankerka | weight=0.150
=dispecer | weight=0.149
=obchodnik | weight=0.149
=opotrebeni | weight=0.149
=kvuli =mem | weight=0.148
=topeni | weight=0.148
=zpozdeni | weight=0.148
=svadeji | weight=0.147
=pocasi | weight=0.147
=dodavatel | weight=0.146
=antivir | weight=0.146
=chyba =pry | weight=0.146
=kuryr =by | weight=0.146
=to =dorucil | weight=0.146
=ze =kdyby | weight=0.146, noneg
=me =oznacil | weight=0.145
=nespravnym | weight=0.145
=misto =omluvu | weight=0.145
=chemickymi | weight=0.144
=chemickymi =latkami | weight=0.144
=latkami | weight=0.144
=podle =posudku | weight=0.144
=posudku | weight=0.144
=ztratili | weight=0.143
=ppl | weight=0.142
=ppl =a | weight=0.142
=bezne =opotrebeni | weight=0.142
=omluvu =mi | weight=0.140
=lip | weight=0.140
=technicka =oddeleni | weight=0.139
=ze =fakture | weight=0.139
=to =proste | weight=0.139
=oznacil =za | weight=0.139
=mam =screenshot | weight=0.139
=co =dela | weight=0.138
=hotove | weight=0.138
=ktery =uz | weight=0.138
=jsem =boty | weight=0.137
=o =to | weight=0.137
=kdyby =byla | weight=0.137, noneg
=nemam =co | weight=0.136, noneg
=svalila | weight=0.136
=tohle =se | weight=0.135
=lip =pohlidam | weight=0.135
=pohlidam | weight=0.135
=vznikla =nespravnym | weight=0.135
=je =vse | weight=0.135
=nastavil | weight=0.135
=s =vyrobce | weight=0.135
=podle =podpora | weight=0.135
=chyba =udelat | weight=0.135
=pry =se | weight=0.134
=svalila =na | weight=0.134
=kdo =to | weight=0.134
=na =kuryr | weight=0.134
=on =za | weight=0.133
=zase =na | weight=0.133
=nefunguje | weight=0.133
=kuryr =a | weight=0.132
=coz | weight=0.132
=uctarna =a | weight=0.131
=pry =vina | weight=0.131
=operatorka =to | weight=0.131
=predavac | weight=0.131
=vas =rekl | weight=0.130
=napsal | weight=0.129
=to =mel | weight=0.129
=nevymeni | weight=0.128
=oni =za | weight=0.128
=ze =kuryr | weight=0.128
=ze =vypadek | weight=0.128
=na =vina | weight=0.128
=chyba =a | weight=0.127
=neslusne | weight=0.127
=centralu | weight=0.126
=ridic | weight=0.126
=na =auto | weight=0.126
=restaurace | weight=0.125
=my | weight=0.125
=mrazu | weight=0.125
=nechal =v | weight=0.125
=prej =nechal | weight=0.125
=v =mrazu | weight=0.125
=nezadal =mam | weight=0.125
=protoze =ho | weight=0.124
=do =oci | weight=0.124
=na =druhy | weight=0.124
=hazi | weight=0.124
=pry =si | weight=0.124
=ne =jejich | weight=0.123, noneg
=prevzeti | weight=0.123
=kabel | weight=0.123
=slecna =mi | weight=0.123
=screenshot | weight=0.123
=kuryr | weight=0.123
=ze =u | weight=0.122
=na =tom | weight=0.122
=nich =je | weight=0.121
=prehodil =na | weight=0.121
=oznacil | weight=0.121
=ze =ridic | weight=0.120
=vcas | weight=0.120
=sklad =ze | weight=0.120
=za =skodu | weight=0.119
=oni =nic | weight=0.119, noneg
=jsem =ho | weight=0.119
=vyresil =s | weight=0.118
=bance | weight=0.118
=moje =vlastni | weight=0.118
=vlastni =chyba | weight=0.118
=zpackal | weight=0.117
=dvakrat =a | weight=0.117
=dorucil | weight=0.116
=nas =site | weight=0.116
=pricina | weight=0.116
=ze =je | weight=0.115
=moje =bance | weight=0.115
=to =sklad | weight=0.115
=svedl =to | weight=0.114
=odepsali =ze | weight=0.114
=na =pocasi | weight=0.114
=pocasi =a | weight=0.114
=kdybyste | weight=0.114, noneg
=instalater | weight=0.113
=diky =moc | weight=0.112
=zavada =vznikla | weight=0.112
=penize =nikdo | weight=0.112, noneg
=dobu =doruceni | weight=0.112
=doruceni =doma | weight=0.112
=v =dobu | weight=0.112
=technik =je | weight=0.111
=hodil =na | weight=0.110
=nemam =nic | weight=0.110, noneg
=nic =spolecneho | weight=0.110, noneg
=ale =nikdo | weight=0.110, noneg
=centralu =a | weight=0.110
=mem =telefon | weight=0.109
=vy | weight=0.109
=jsem =pry | weight=0.109
=ukradene =koleji | weight=0.109
=za =ukradene | weight=0.109
=prehodil | weight=0.109
=pada =kvuli | weight=0.109
=prepravce | weight=0.108
=reklamovat =to | weight=0.108
=byla =podle | weight=0.108
=kdykoli | weight=0.107
=nepracuje | weight=0.107
=to =pry | weight=0.107
=bance =i | weight=0.106
=je =vsechno | weight=0.106
=system =a | weight=0.106
=jim =napisu | weight=0.106
=cistenim | weight=0.106
=nespravnym =cistenim | weight=0.106
=to =priste | weight=0.106
=neodpovida | weight=0.106
=to =spatne | weight=0.105
=ukradene | weight=0.105
=zrusit =objednavka | weight=0.104
=tim | weight=0.104
=a =podpora | weight=0.104
=pry =musim | weight=0.104
=nezazvonil | weight=0.104
=jsem =neco | weight=0.103
=ona =s | weight=0.103
=nezadal | weight=0.103
=aplikace =tak | weight=0.102
=neumim =zachazet | weight=0.102
=s =aplikace | weight=0.102
=zachazet | weight=0.102
=zachazet =s | weight=0.102
=ze =kdyz | weight=0.102
=ze =jim | weight=0.102
=to =svedl | weight=0.102
=odesilatele | weight=0.102
=je =problem | weight=0.101
=ze =zpozdeni | weight=0.101
=neni =chyba | weight=0.101, noneg
=na =centralu | weight=0.100
=sakra | weight=0.100
=vse =v | weight=0.100
=rezervaci | weight=0.099
=s =nim | weight=0.099
=agent =mi | weight=0.099
=a =dal | weight=0.098
=muj =problem | weight=0.098
=byt =v | weight=0.098
=na =nic | weight=0.098, noneg
=to =vec | weight=0.098
=bezne | weight=0.097
=at =jim | weight=0.097
=a =ppl | weight=0.097
=eshop =to | weight=0.097
=na =eshop | weight=0.097
=na =ppl | weight=0.097
=ppl =zase | weight=0.097
=zkontrolovat | weight=0.097
=za =vypadek | weight=0.097
=prepravni =spolecnost | weight=0.096
