# blame_shifting, cs: learned by scripts/learn.py from 3092 tuning texts (275 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ pani na prepazce mi rekla ze za to ze mi nekdo vybral ucet si muzu sama, protoze jsem prej nekomu dala kod z sms. nikomu jsem nic nedala!!!
+ Prej si to vymejšlíme.
+ podle nich muze za vsechno dopravce
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=vina | weight=0.514
=ze =za | weight=0.469
=vymlouval | weight=0.432
=chyba =je | weight=0.392
=dopravce | weight=0.370
=podle =nich | weight=0.366
=neodborne | weight=0.361
=vada | weight=0.352
=pry | weight=0.351
=vyrobce | weight=0.332
=odpovednost | weight=0.315
=odpoved =ze | weight=0.307
=za =to | weight=0.307
=svedl | weight=0.305
=tvrdi =ze | weight=0.304
=neni =na | weight=0.302, noneg
=me =ze | weight=0.299
=poskozeni | weight=0.292
=vec | weight=0.292
=vznikla | weight=0.290
=to =chyba | weight=0.289
=pokazil | weight=0.283
=spravne | weight=0.279
=to =neni | weight=0.277, noneg
=ruce | weight=0.267
=jsem =telefon | weight=0.266
=musim =resit | weight=0.266
=jde =o | weight=0.263
=je =vec | weight=0.262
=ze =jsem | weight=0.262
=udajne | weight=0.257
=pry =jsem | weight=0.256
=se =vymlouval | weight=0.250
=problem =je | weight=0.249
=depu | weight=0.247
=a =nedostatek | weight=0.246
=nedostatek | weight=0.246
=tim =nemam | weight=0.241
=sklad | weight=0.236
=kvuli =me | weight=0.236
=nad =tim | weight=0.236
=starost | weight=0.233
=servis | weight=0.233
=elektroinstalaci | weight=0.233
=rozbil =sam | weight=0.230
=rekl =mi | weight=0.229
=poskodil | weight=0.228
=kvuli =nas | weight=0.226
=zadam =spatne | weight=0.224
=urcite | weight=0.224
=muze =za | weight=0.223
=nich | weight=0.222
=normalne =nosenim | weight=0.221
=pry =za | weight=0.219
=vypadek | weight=0.218
=nosenim | weight=0.218
=chyba =v | weight=0.217
=neruci | weight=0.214
=zpusobila | weight=0.213
=v =nas | weight=0.212
=nastavil =system | weight=0.211
=tak =nastavil | weight=0.211
=zavinil | weight=0.210
=shodil | weight=0.210
=prohlizec | weight=0.206
=vycetl | weight=0.206
=v =odpoved | weight=0.206
=obvinili | weight=0.206
=nerovne | weight=0.205
=monter | weight=0.204
=si =to | weight=0.202
=prej =si | weight=0.202
=to =vymejslime | weight=0.202
=vymejslime | weight=0.202
=problem | weight=0.199
=nosi | weight=0.198
=zpusobene | weight=0.198
=objednavka =odesla | weight=0.197
=sileny | weight=0.197
=neni =nas | weight=0.195, noneg
=pochybeni | weight=0.195
=dispecerka | weight=0.195
=zalezitost | weight=0.194
=proto =to | weight=0.193
=jsem =nic | weight=0.190, noneg
=lip | weight=0.187
=tarif =zmenit | weight=0.187
=zmenit =sam | weight=0.187
=sem =to | weight=0.187
=jsem =odpoved | weight=0.186
=je =vas | weight=0.185
=technik =rekl | weight=0.185
=to =jinde | weight=0.185
=dispecerka =se | weight=0.184
=operatorka =jsem | weight=0.184
=router | weight=0.184
=prej | weight=0.184
=ze =byla | weight=0.183
=takze =je | weight=0.183
=ze =oni | weight=0.182
=praskly | weight=0.182
=vymlouval =se | weight=0.182
=to =urcite | weight=0.182
=reklamaci =byla | weight=0.182
=svedl =na | weight=0.182
=reste | weight=0.181
=podle =technik | weight=0.180
=vypadava | weight=0.180
=prehodil =na | weight=0.180
=zavada | weight=0.179
=technik =konstatovat | weight=0.179
=pristroj | weight=0.178
=to =zdrzuju | weight=0.178
=zdrzuju =kvuli | weight=0.178
=za =zpozdeni | weight=0.177
=usoudil | weight=0.176
=usoudil =ze | weight=0.176
=podle | weight=0.176
=spatne =zadam | weight=0.175
=kocka | weight=0.174
=prokousla | weight=0.174
=zopakoval | weight=0.173
=svalila | weight=0.173
=u =me | weight=0.173
=to =nemuze | weight=0.172
=oni =s | weight=0.172
=to =na | weight=0.171
=vystaven | weight=0.171
=ranni | weight=0.171
=ranni =smeny | weight=0.171
=ze =platba | weight=0.171
=za =zavada | weight=0.170
=byla =zamitnuta | weight=0.170
=zamitnuta | weight=0.170
=ze =praskly | weight=0.170
=ale =system | weight=0.169
=prodejne =se | weight=0.169
=site | weight=0.169
=na =depu | weight=0.168
=ze =sem | weight=0.168
=servis =tvrdi | weight=0.168
=na =novy | weight=0.167
=mam =spatne | weight=0.167
=dveri | weight=0.166
=zarizeni | weight=0.166
=to =pokazil | weight=0.166
=je =vse | weight=0.166
=vymlouval =na | weight=0.165
=pry =moje | weight=0.164
=vymyslel | weight=0.164
=konstatovat | weight=0.163
=konstatovat =ze | weight=0.163
=nic =neni | weight=0.163, noneg
=ze =vypadek | weight=0.163
=na =dopravce | weight=0.163
=svalila =na | weight=0.162
=banky =tvrdi | weight=0.162
=prehodil | weight=0.161
=toho =mi | weight=0.161
=kolega | weight=0.161
=me =narkl | weight=0.161
=narkl | weight=0.161
=narkl =ze | weight=0.161
=veskerou | weight=0.161
=opotrebeni | weight=0.160
=podle =podpora | weight=0.160
=operatorka =byla | weight=0.160
=strane | weight=0.160
=protoze =mam | weight=0.159
=mi =ze | weight=0.159
=ztratili | weight=0.159
=pouzivam =blbe | weight=0.158
=rekl =a | weight=0.158
=nefunguje | weight=0.158
=zapojit | weight=0.158
=nespravnym | weight=0.158
=prodejce | weight=0.158
=nespada | weight=0.158
=jinde | weight=0.158
=podle =posudku | weight=0.156
=posudku | weight=0.156
=prej =je | weight=0.156
=haje | weight=0.156
=vycital | weight=0.155
=nic =neudelal | weight=0.155, noneg
=kvuli =nemam | weight=0.154
=vznikla =kvuli | weight=0.154
=mi =a | weight=0.154
=to =proste | weight=0.154
=napsal =ze | weight=0.154
=mam =screenshot | weight=0.153
=na =vypadek | weight=0.152
=to =zpackal | weight=0.151
=zpackal | weight=0.151
=oni | weight=0.151
=ne | weight=0.151, noneg
=naznacila | weight=0.151
=a =prodejne | weight=0.150
=jednou =na | weight=0.150
=odkaz =jednou | weight=0.150
=prohlasil | weight=0.150
=prohlasil =ze | weight=0.150
=me =oznacil | weight=0.150
=odesel | weight=0.150
=zpusobene =mym | weight=0.149
=kabel | weight=0.148
=prepravni =spolecnost | weight=0.148
=za =skodu | weight=0.147
=ho =spatne | weight=0.147
=chyba =pry | weight=0.147
=napsal | weight=0.146
=opakovane =ze | weight=0.146
=uctarna | weight=0.145
=ppl | weight=0.145
=ppl =a | weight=0.145
=banky | weight=0.145
=ktery =uz | weight=0.145
=jejich =starost | weight=0.145
=to =asi | weight=0.145
=pry =se | weight=0.145
=pouzivam | weight=0.144
=prevzeti | weight=0.144
=a =odesel | weight=0.144
=urednice =odmitli | weight=0.144
=kuryr | weight=0.143
=a =pry | weight=0.142
=chyba | weight=0.142
=nas =sklad | weight=0.142
=prisuzuje | weight=0.142
=oddeleni | weight=0.141
=ne =oni | weight=0.141, noneg
=nemam =co | weight=0.141, noneg
=ze =u | weight=0.140
=on =za | weight=0.140
=svadeji | weight=0.139
=kvuli =mem | weight=0.139
=lip =pohlidam | weight=0.139
=pohlidam | weight=0.139
=pritom | weight=0.139
=screenshot | weight=0.139
=pada | weight=0.139
=zpozdeni | weight=0.139
=vsechno =maji | weight=0.138
=s =vyrobce | weight=0.138
=banky =je | weight=0.138
=podle =banky | weight=0.138
=eshop | weight=0.138
=dodavatele | weight=0.137
=pocasi | weight=0.137
=dispecer | weight=0.137
=mi =nic | weight=0.136, noneg
=neslusne | weight=0.136
=neni =pravdu | weight=0.136, noneg
=jsem =boty | weight=0.135
=mam =s | weight=0.135
=bankerka | weight=0.135
=tohle =se | weight=0.135
=ridic | weight=0.134
=nas =site | weight=0.134
=pricina | weight=0.134
=obchodnik | weight=0.133
=vyresil =s | weight=0.133
=si =o | weight=0.133
=neco =spatne | weight=0.133
=obchode | weight=0.133
=dorucil | weight=0.132
=predavac | weight=0.131
=rozbil | weight=0.131
=my | weight=0.131
=odepsali =ze | weight=0.130
=bezne =opotrebeni | weight=0.130
=na =e-shopu | weight=0.130
=na =druhy | weight=0.130
=pry =si | weight=0.129
=kuryr =by | weight=0.129
=to =dorucil | weight=0.129
=ze =kdyby | weight=0.129, noneg
=o =to | weight=0.129
=co =dela | weight=0.129
=oznacil =za | weight=0.129
=nezadal =mam | weight=0.129
=slecna =mi | weight=0.128
=pada =kvuli | weight=0.127
=chemickymi | weight=0.127
=chemickymi =latkami | weight=0.127
=latkami | weight=0.127
=nich =je | weight=0.127
=hodil =na | weight=0.126
=vas =rekl | weight=0.125
=uctarna =a | weight=0.125
=ze =ridic | weight=0.125
=antivir | weight=0.125
=prevazel | weight=0.125
=spatne =prevazel | weight=0.125
=chyba =udelat | weight=0.124
=diky =moc | weight=0.124
=topeni | weight=0.124
=na =tom | weight=0.124
=ze =zpozdeni | weight=0.124
=kdyby =byla | weight=0.124, noneg
=vse =v | weight=0.124
=s =nim | weight=0.123
=vznikla =nespravnym | weight=0.123
=ze =je | weight=0.123
=je =problem | weight=0.123
=zase =na | weight=0.123
=to =mel | weight=0.123
=technicke =oddeleni | weight=0.123
=to =spatne | weight=0.122
=jsem =pry | weight=0.122
=misto =omluvu | weight=0.122
=nevymeni | weight=0.122
=moje =banky | weight=0.122
=moje =vlastni | weight=0.122
=vlastni =chyba | weight=0.122
=nepracuje | weight=0.122
=na =kuryr | weight=0.121
=ze =problem | weight=0.121
=neodpovida | weight=0.121
=neni =chyba | weight=0.121, noneg
=ukradene =koleji | weight=0.120
=za =ukradene | weight=0.120
=dobu =doruceni | weight=0.120
=doruceni =doma | weight=0.120
=v =dobu | weight=0.120
=je =chyba | weight=0.119
=mem =telefon | weight=0.119
=omluvu =mi | weight=0.119
=kuryr =a | weight=0.118
=nemam =nic | weight=0.118, noneg
=nic =spolecneho | weight=0.118, noneg
=ukradene | weight=0.118
=dvakrat =a | weight=0.118
=vymluvy | weight=0.117
=zdrzuju | weight=0.117
=jsem =ho | weight=0.117
=kdybyste | weight=0.117, noneg
=muze | weight=0.116
=spolecnost | weight=0.116
=kdo =to | weight=0.115
=sklad =ze | weight=0.115
=podruhe =kuryr | weight=0.115
=zavada =vznikla | weight=0.115
=centru =a | weight=0.114
=porad =me | weight=0.114
=oznacil | weight=0.113
=restaurace | weight=0.113
=mrazu | weight=0.113
=nechal =v | weight=0.113
=prej =nechal | weight=0.113
=v =mrazu | weight=0.113
=bundu | weight=0.113
=ze =fakturu | weight=0.113
=hotove | weight=0.113
=pry =ho | weight=0.112
=jim =napisu | weight=0.112
=protoze =ho | weight=0.112
=ne =jejich | weight=0.112, noneg
=jsem =neco | weight=0.112
=ona =s | weight=0.112
=byla =podle | weight=0.111
=na =auto | weight=0.111
=pry =vina | weight=0.111
=na =strane | weight=0.111
=je =vsechno | weight=0.111
=odesilatel | weight=0.111
=oni =za | weight=0.110
=vy | weight=0.110
=operatorka =to | weight=0.110
=chyba =a | weight=0.110
=oni =nic | weight=0.109, noneg
=nezadal | weight=0.108
=at =jim | weight=0.108
=svedl =to | weight=0.108
=na =pocasi | weight=0.107
=pocasi =a | weight=0.107
=nemam =dostal | weight=0.107, noneg
=odsekla | weight=0.107
=ze =kuryr | weight=0.106
=operator =rekl | weight=0.106
=aplikace =tak | weight=0.106
=neumim =zachazet | weight=0.106
=s =aplikace | weight=0.106
=zachazet | weight=0.106
=zachazet =s | weight=0.106
=tvrdi | weight=0.106
=technik =od | weight=0.105
=a =ppl | weight=0.105
=eshop =to | weight=0.105
=na =eshop | weight=0.105
=na =ppl | weight=0.105
=ppl =zase | weight=0.105
=sem | weight=0.105
=reklamoval =to | weight=0.105
=prepravce | weight=0.104
=instalater | weight=0.104
=vsechno =v | weight=0.103
=system =a | weight=0.103
=byt =v | weight=0.103
=hazi | weight=0.102
