# blame_shifting, cs: learned by scripts/learn.py from 3948 tuning texts (528 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Prodavačka mi tvrdila, že vadu na bundě jsem způsobila praním na vysokou teplotu. Prala jsem podle štítku.
+ Když jsem si stěžovala na studené jídlo, restaurace odpověděla, že to je věc rozvozové služby a ať si stěžuju u nich.
+ pani na prepazce mi rekla ze za to ze mi nekdo vybral ucet si muzu sama, protoze jsem prej nekomu dala kod z sms. nikomu jsem nic nedala!!!
- ok dekuju
- super, doporucuju
=vina | weight=0.480
=vymlouval | weight=0.408
=ze =za | weight=0.402
=chyba =je | weight=0.394
=dopravce | weight=0.392
=podle =nich | weight=0.385
=pry | weight=0.374
=neodbornym | weight=0.366
=nic =nemuze | weight=0.358, noneg
=jistic | weight=0.357
=tvrdi =ze | weight=0.354
=my | weight=0.352
=ne =jejich | weight=0.342, noneg
=je =vec | weight=0.341
=svedl | weight=0.334
=ze =kdyby | weight=0.330, noneg
=pochybeni | weight=0.327
=odsekla | weight=0.323
=vymluvy | weight=0.322
=neni =na | weight=0.317, noneg
=to =neni | weight=0.309, noneg
=vznikla | weight=0.304
=technik =rekl | weight=0.302
=se =vymlouval | weight=0.299
=neni =nas | weight=0.297, noneg
=pry =jsem | weight=0.293
=odpoved =ze | weight=0.292
=prohlizec | weight=0.292
=jde =o | weight=0.289
=spravne | weight=0.286
=svalili | weight=0.286
=hazi | weight=0.285
=za =nic | weight=0.282, noneg
=svadi | weight=0.279
=prej | weight=0.278
=lip | weight=0.274
=ze =jsem | weight=0.271
=dodavatele | weight=0.270
=muze =za | weight=0.268
=zpusobena | weight=0.265
=priste =lip | weight=0.263
=obchode =si | weight=0.261
=obvinili | weight=0.261
=hazi =na | weight=0.259
=svadi =na | weight=0.259
=zpusobila | weight=0.259
=zopakovali | weight=0.258
=vec | weight=0.258
=podle =servisu | weight=0.256
=zamitnuta | weight=0.256
=poskozeni | weight=0.253
=v =odpoved | weight=0.252
=vymlouval =se | weight=0.251
=musim =resit | weight=0.251
=to =chyba | weight=0.248
=kabel | weight=0.247
=si =mel | weight=0.247
=zavineno | weight=0.241
=odpovednost | weight=0.240
=pokazil | weight=0.238
=podle =technik | weight=0.237
=takze =je | weight=0.236
=to =hazi | weight=0.235
=rozbil =sam | weight=0.234
=elektroinstalaci | weight=0.233
=pry =za | weight=0.232
=odsekla =ze | weight=0.231
=neruci | weight=0.230
=ne =my | weight=0.230, noneg
=si =priste | weight=0.230
=tim =nemam | weight=0.229
=vyrobce | weight=0.229
=udajne | weight=0.229
=ruce | weight=0.228
=a =nedostatek | weight=0.223
=nedostatek | weight=0.223
=subdodavatele | weight=0.222
=poskytovatele | weight=0.222
=ale =system | weight=0.222
=jednou =na | weight=0.222
=poskodil | weight=0.221
=novy =kolega | weight=0.220
=je =chyba | weight=0.219
=v =nas | weight=0.218
=mi =ze | weight=0.216
=nad =tim | weight=0.216
=vada | weight=0.215
=nic =neudelal | weight=0.215, noneg
=jinde | weight=0.214
=naznacila | weight=0.214
=uzivatelem | weight=0.213
=kvuli =nas | weight=0.212
=nastavil =system | weight=0.212
=tak =nastavil | weight=0.212
=chyba =v | weight=0.212
=jsem =telefon | weight=0.211
=predchozi | weight=0.211
=ze =oni | weight=0.211
=jsem =odpoved | weight=0.211
=ze =platba | weight=0.210
=na =vypadek | weight=0.210
=za =to | weight=0.209
=kvuli =me | weight=0.208
=svedl =na | weight=0.206
=me =ze | weight=0.206
=kdybyste =cetl | weight=0.206, noneg
=vycital | weight=0.205
=podle =operatorka | weight=0.204
=ne =oni | weight=0.204, noneg
=vypadek | weight=0.203
=za =zpozdeni | weight=0.203
=prodejce | weight=0.203
=podle =podpora | weight=0.203
=na =centralu | weight=0.201
=kuryr =a | weight=0.200
=to =urcite | weight=0.200
=zalezitost | weight=0.200
=pocasi | weight=0.199
=zarizeni | weight=0.196
=na =strane | weight=0.195
=reste | weight=0.194
=pristroj | weight=0.194
=objednavka =odesla | weight=0.194
=rekl =mi | weight=0.194
=to =zdrzuju | weight=0.193
=zdrzuju =kvuli | weight=0.193
=normalne =nosenim | weight=0.193
=kdybyste | weight=0.192, noneg
=dispecerka | weight=0.191
=napsal =ze | weight=0.191
=proto =to | weight=0.191
=zavada | weight=0.191
=depu | weight=0.191
=ranni | weight=0.191
=ranni =smeny | weight=0.191
=shodil | weight=0.190
=starost | weight=0.190
=pry =se | weight=0.189
=je =problem | weight=0.188
=vystaven | weight=0.188
=protoze =mam | weight=0.188
=distributor | weight=0.188
=blbe | weight=0.187
=prej =si | weight=0.186
=to =vymejslime | weight=0.186
=vymejslime | weight=0.186
=podlahu | weight=0.186
=prej =je | weight=0.186
=prohlasil | weight=0.185
=prohlasil =ze | weight=0.185
=u =me | weight=0.185
=vycetl | weight=0.184
=toho =mi | weight=0.184
=na =dopravce | weight=0.183
=pry =moje | weight=0.183
=nespravne | weight=0.182
=oni =s | weight=0.182
=router | weight=0.181
=prevzeti | weight=0.180
=ze =vypadek | weight=0.180
=sem =to | weight=0.179
=nosenim | weight=0.179
=rekl =a | weight=0.179
=nebyl =k | weight=0.179, noneg
=prepravni =spolecnost | weight=0.179
=to =zavineno | weight=0.179
=kocka | weight=0.179
=prokousla | weight=0.179
=je =vas | weight=0.179
=nas =sklad | weight=0.178
=prisuzuje | weight=0.178
=ze =problem | weight=0.177
=nerovne | weight=0.177
=pry =poskozeni | weight=0.177
=nefunguje | weight=0.177
=obchodnik | weight=0.176
=prehodil =na | weight=0.176
=na =novy | weight=0.176
=usoudil | weight=0.175
=usoudil =ze | weight=0.175
=podle =posudku | weight=0.175
=posudku | weight=0.175
=abych =si | weight=0.174
=ztratili | weight=0.174
=banky =je | weight=0.174
=podle =banky | weight=0.174
=rekl =pani | weight=0.174
=monter | weight=0.174
=to =spatne | weight=0.174
=problem =je | weight=0.173
=coz =neni | weight=0.173, noneg
=problem =mezi | weight=0.173
=poskytovatele =internet | weight=0.171
=prodejne =se | weight=0.170
=vymyslel | weight=0.170
=za =vina | weight=0.170
=dispecerka =se | weight=0.169
=vas =jsem | weight=0.169
=technik =konstatovat | weight=0.169
=spatne | weight=0.169
=zapojeny | weight=0.168
=ze =byla | weight=0.168
=mate | weight=0.167
=banky =a | weight=0.167
=prehodil | weight=0.166
=ne =u | weight=0.165, noneg
=nezadal | weight=0.165
=jasne =najevo | weight=0.165
=kuryr | weight=0.164
=to =zpusobila | weight=0.164
=naznacila =ze | weight=0.163
=nich =jsem | weight=0.163
=zamitli =s | weight=0.162
=zpozdeni | weight=0.162
=muj =problem | weight=0.161
=tarif =zmenit | weight=0.161
=zmenit =sam | weight=0.161
=reklamaci =byla | weight=0.161
=nosem | weight=0.160
=neco =zmackla | weight=0.160
=operatorka =byla | weight=0.160
=to =na | weight=0.160
=chyba =udelat | weight=0.160
=nabijecku | weight=0.159
=pada | weight=0.158
=operatorka =jsem | weight=0.158
=na =subdodavatele | weight=0.157
=nikdo =nespadl | weight=0.157, noneg
=chyba =vznikla | weight=0.157
=proto =vam | weight=0.157
=banky | weight=0.157
=s =vyrobce | weight=0.157
=kolega | weight=0.156
=technicka | weight=0.156
=pouzivam | weight=0.156
=je =vsechno | weight=0.156
=pricetl | weight=0.156
=za =zavada | weight=0.156
=zavineno =mnou | weight=0.156
=kdyby =umel | weight=0.155, noneg
=jednou =o | weight=0.155
=se =jednou | weight=0.155
=s =nim | weight=0.155
=konstatovat | weight=0.155
=konstatovat =ze | weight=0.155
=a =prodejne | weight=0.154
=odkaz =jednou | weight=0.154
=servis =tvrdi | weight=0.153
=ppl | weight=0.152
=ppl =a | weight=0.152
=centralu =a | weight=0.152
=byla =podle | weight=0.152
=system =a | weight=0.151
=mate =spatne | weight=0.151
=spravuje | weight=0.151
=opotrebeni | weight=0.150
=objednal =sam | weight=0.150
=si =asi | weight=0.149
=byla =zamitnuta | weight=0.148
=ze =praskl | weight=0.148
=ted =uz | weight=0.148
=je =vse | weight=0.147
=ze =kuryr | weight=0.147
=svalili =to | weight=0.147
=opakovane =ze | weight=0.146
=problem | weight=0.146
=vypadek =muze | weight=0.146
=haje | weight=0.146
=a =odesel | weight=0.146
=mem =telefon | weight=0.145
=mam =s | weight=0.145
=porad =me | weight=0.145
=me =oznacil | weight=0.144
=bezne =opotrebeni | weight=0.144
=asi =spletl | weight=0.143
=spletl =den | weight=0.143
=zase =to | weight=0.143
=nespada | weight=0.143
=u =poste | weight=0.143
=kontrolovala | weight=0.143
=me =narkl | weight=0.143
=narkl | weight=0.143
=narkl =ze | weight=0.143
=vyresil =s | weight=0.142
=nich =je | weight=0.142
=mate =stary | weight=0.142
=oddeleni =a | weight=0.142
=mi =nic | weight=0.142, noneg
=neco =spatne | weight=0.142
=nas =site | weight=0.141
=pricina | weight=0.141
=serveru | weight=0.141
=vypadek =serveru | weight=0.141
=vycital =mi | weight=0.141
=udelat =predchozi | weight=0.141
=vas =stary | weight=0.141
=stary =telefon | weight=0.141
=urednice =odmitli | weight=0.140
=mi =a | weight=0.140
=sileny | weight=0.140
=nemam =nic | weight=0.140, noneg
=zpackal | weight=0.140
=levny | weight=0.139
=svalili =na | weight=0.139
=to =svadi | weight=0.139
=cist | weight=0.139
=to =nemuze | weight=0.138
=to =prej | weight=0.138
=servisak | weight=0.138
=na =pocasi | weight=0.137
=on =za | weight=0.137
=oni | weight=0.137
=sjednat =pojisteni | weight=0.136
=ona =s | weight=0.136
=neni =to | weight=0.135, noneg
=ze =takhle | weight=0.135
=nich | weight=0.135
=tohle =se | weight=0.135
=muze =sam | weight=0.135
=dvakrat =a | weight=0.134
=kupuju | weight=0.134
=chemickymi | weight=0.134
=chemickymi =latkami | weight=0.134
=latkami | weight=0.134
=kvuli =nemam | weight=0.134
=vznikla =kvuli | weight=0.134
=technik =se | weight=0.134
=lince =rekl | weight=0.134
=veskerou | weight=0.134
=ze =vada | weight=0.133
=nepodepsal | weight=0.133
=nepodepsal =predavaci | weight=0.133
=predavaci =protokol | weight=0.133
=sem =nepodepsal | weight=0.133
=oznacil =za | weight=0.133
=moje =vec | weight=0.133
=kdo =to | weight=0.133
=banky =tvrdi | weight=0.133
=prepravce | weight=0.133
=mam =spatne | weight=0.132
=rozmlacena | weight=0.132
=blbe =zapojeny | weight=0.132
=vymaham | weight=0.132
=predavaci | weight=0.132
=hotove | weight=0.132
=vsechno =v | weight=0.131
=predchozi =majitel | weight=0.131
=na =druhy | weight=0.131
=eshop | weight=0.130
=odesel | weight=0.130
=uctarna | weight=0.130
=vas =strane | weight=0.130
=nekdo =jiny | weight=0.130
=pry =to | weight=0.130
=ze =chyba | weight=0.129
=neni =jejich | weight=0.129, noneg
=firma =ktery | weight=0.128
=to =jinde | weight=0.128
=nemam =co | weight=0.128, noneg
=byla =uplne | weight=0.128
=si =to | weight=0.128
=tvrdi | weight=0.128
=vse =v | weight=0.128
=na =depu | weight=0.128
=chyba =poskytovatele | weight=0.127
=to =nebyl | weight=0.127, noneg
=tak =objednal | weight=0.127
=chyba =pry | weight=0.127
=zavinil | weight=0.127
=moje =banky | weight=0.127
=ja =protoze | weight=0.126
=nic =spolecneho | weight=0.126, noneg
=a =pry | weight=0.126
=rozbil | weight=0.125
=kuryrni | weight=0.124
=pada =kvuli | weight=0.124
=diky =moc | weight=0.124
=vas =operator | weight=0.124
=podle | weight=0.124
=to =asi | weight=0.124
=pouzivam =blbe | weight=0.124
=jsem =nic | weight=0.124, noneg
=sklad =ze | weight=0.124
=zpusobena =mym | weight=0.123
=to =musim | weight=0.123
=pri =prevzeti | weight=0.123
=spolecnost | weight=0.123
=spatne =nastavene | weight=0.123
=ze =balik | weight=0.123
=topeni | weight=0.123
=oznacil | weight=0.123
=resit =jinde | weight=0.123
=zmackla | weight=0.122
=mezi =sebe | weight=0.122
=mam =levny | weight=0.122
=kdykoli | weight=0.121
=mate =zastaraly | weight=0.121
=zastaraly | weight=0.121
=si =za | weight=0.121
=oni =za | weight=0.121
