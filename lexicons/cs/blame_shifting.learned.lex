# blame_shifting, cs: learned by scripts/learn.py from 3948 tuning texts (528 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Chyba je údajně v aplikaci od jiné firmy, za kterou oni neručí.
+ Prodavačka mi tvrdila, že vadu na bundě jsem způsobila praním na vysokou teplotu. Prala jsem podle štítku.
+ Když jsem si stěžovala na studené jídlo, restaurace odpověděla, že to je věc rozvozové služby a ať si stěžuju u nich.
- ok dekuju
- super, doporucuju
=vina | weight=0.495
=pry | weight=0.424
=dopravce | weight=0.413
=ze =za | weight=0.412
=vymlouval | weight=0.405
=chyba =je | weight=0.395
=my | weight=0.371
=ne =jejich | weight=0.368, noneg
=neodbornym | weight=0.367
=nic =nemuze | weight=0.361, noneg
=podle =nich | weight=0.361
=tvrdi =ze | weight=0.360
=je =vec | weight=0.358
=jistic | weight=0.352
=pochybeni | weight=0.334
=ze =kdyby | weight=0.333, noneg
=vymluvy | weight=0.331
=to =neni | weight=0.320, noneg
=odsekla | weight=0.320
=neni =na | weight=0.317, noneg
=svedl | weight=0.315
=vznikla | weight=0.313
=odpoved =ze | weight=0.312
=pry =jsem | weight=0.304
=prohlizec | weight=0.302
=neni =nas | weight=0.301, noneg
=se =vymlouval | weight=0.300
=technik =rekl | weight=0.298
=svalili | weight=0.290
=za =nic | weight=0.288, noneg
=jde =o | weight=0.286
=prej | weight=0.284
=hazi | weight=0.283
=spravne | weight=0.278
=svadi | weight=0.278
=dodavatele | weight=0.274
=lip | weight=0.273
=priste =lip | weight=0.273
=naznacil | weight=0.270
=obchode =si | weight=0.268
=zpusobila | weight=0.268
=muze =za | weight=0.266
=svadi =na | weight=0.261
=poskozeni | weight=0.261
=zpusobena | weight=0.260
=v =odpoved | weight=0.258
=vec | weight=0.258
=zamitnuta | weight=0.257
=obvinili | weight=0.255
=podle =servisu | weight=0.254
=pry =za | weight=0.253
=hazi =na | weight=0.253
=uzivatelem | weight=0.251
=zopakovali | weight=0.251
=musim =resit | weight=0.251
=pokazil | weight=0.243
=si =mel | weight=0.242
=neruci | weight=0.240
=odsekla =ze | weight=0.240
=vymlouval =se | weight=0.239
=si =priste | weight=0.237
=odpovednost | weight=0.236
=to =chyba | weight=0.233
=elektroinstalaci | weight=0.232
=ze =jsem | weight=0.232
=ne =my | weight=0.231, noneg
=je =chyba | weight=0.231
=rozbil =sam | weight=0.230
=ale =system | weight=0.229
=a =nedostatek | weight=0.229
=nedostatek | weight=0.229
=to =hazi | weight=0.229
=tim =nemam | weight=0.228
=ruce | weight=0.228
=udajne | weight=0.227
=podle =technik | weight=0.225
=naznacil =ze | weight=0.225
=jednou =na | weight=0.224
=nic =neudelal | weight=0.224, noneg
=vyrobce | weight=0.223
=novy =kolega | weight=0.223
=jsem =telefon | weight=0.223
=zavineno | weight=0.221
=router | weight=0.220
=subdodavatele | weight=0.219
=za =zpozdeni | weight=0.219
=takze =je | weight=0.218
=nad =tim | weight=0.218
=kvuli =me | weight=0.218
=jsem =odpoved | weight=0.217
=poskodil | weight=0.216
=kvuli =nas | weight=0.216
=jinde | weight=0.215
=v =nas | weight=0.215
=ze =oni | weight=0.213
=ze =platba | weight=0.213
=vada | weight=0.212
=za =to | weight=0.211
=na =vypadek | weight=0.210
=podle =podpora | weight=0.208
=me =ze | weight=0.208
=poskytovatele | weight=0.208
=mi =ze | weight=0.207
=vycital | weight=0.207
=pry =moje | weight=0.206
=predchozi | weight=0.206
=kuryr =a | weight=0.205
=napsal =ze | weight=0.203
=svedl =na | weight=0.202
=nastavil =system | weight=0.202
=tak =nastavil | weight=0.202
=prohlasil | weight=0.202
=prohlasil =ze | weight=0.202
=to =urcite | weight=0.201
=kdybyste =cetl | weight=0.201, noneg
=vypadek | weight=0.201
=ne =oni | weight=0.200, noneg
=je =problem | weight=0.199
=kabel | weight=0.199
=normalne =nosenim | weight=0.199
=rekl =mi | weight=0.198
=to =zdrzuju | weight=0.198
=zdrzuju =kvuli | weight=0.198
=reste | weight=0.197
=podle =operatorka | weight=0.197
=nosenim | weight=0.196
=objednavka =odesla | weight=0.196
=ranni | weight=0.196
=ranni =smeny | weight=0.196
=na =strane | weight=0.196
=prodejce | weight=0.195
=zarizeni | weight=0.195
=ze =problem | weight=0.193
=pocasi | weight=0.193
=kdybyste | weight=0.193, noneg
=depu | weight=0.193
=na =dopravce | weight=0.193
=shodil | weight=0.193
=protoze =mam | weight=0.193
=zalezitost | weight=0.193
=nespravne | weight=0.191
=chyba =v | weight=0.190
=pristroj | weight=0.190
=podlahu | weight=0.190
=na =centralu | weight=0.189
=pry =se | weight=0.189
=prehodil =na | weight=0.189
=oni =s | weight=0.187
=distributor | weight=0.186
=blbe | weight=0.186
=vystaven | weight=0.186
=vycetl | weight=0.186
=starost | weight=0.186
=proto =to | weight=0.186
=prej =si | weight=0.186
=ztratili | weight=0.186
=prepravni =spolecnost | weight=0.185
=muj =problem | weight=0.185
=to =vymejslime | weight=0.185
=vymejslime | weight=0.185
=to =zavineno | weight=0.185
=dispecerka | weight=0.185
=zavada | weight=0.184
=problem =mezi | weight=0.183
=banky =je | weight=0.183
=podle =banky | weight=0.183
=toho =mi | weight=0.182
=sem =to | weight=0.181
=zpozdeni | weight=0.180
=ze =vypadek | weight=0.180
=abych =si | weight=0.180
=prej =je | weight=0.179
=obchodnik | weight=0.179
=nebyl =k | weight=0.178, noneg
=nas =sklad | weight=0.177
=prisuzuje | weight=0.177
=usoudil | weight=0.177
=usoudil =ze | weight=0.177
=nefunguje | weight=0.177
=podle =posudku | weight=0.176
=posudku | weight=0.176
=coz =neni | weight=0.176, noneg
=rekl =pani | weight=0.176
=nerovne | weight=0.176
=kuryr | weight=0.175
=vas =jsem | weight=0.175
=mate | weight=0.175
=kocka | weight=0.175
=prokousla | weight=0.175
=zapojeny | weight=0.175
=dispecerka =se | weight=0.175
=pry =poskozeni | weight=0.175
=mechanik | weight=0.174
=monter | weight=0.174
=problem | weight=0.174
=vznikla =kvuli | weight=0.174
=poskytovatele =internet | weight=0.172
=banky =a | weight=0.172
=u =me | weight=0.171
=prevzeti | weight=0.171
=nich =jsem | weight=0.171
=problem =je | weight=0.171
=nosem | weight=0.170
=nabijecku | weight=0.170
=to =zpusobila | weight=0.170
=chyba =udelat | weight=0.170
=proto =vam | weight=0.170
=rekl =a | weight=0.170
=prodejne =se | weight=0.169
=ze =byla | weight=0.169
=je =vas | weight=0.168
=jasne =najevo | weight=0.168
=za =vina | weight=0.168
=ne =u | weight=0.167, noneg
=vymyslel | weight=0.167
=to =na | weight=0.166
=na =novy | weight=0.165
=technik =konstatovat | weight=0.163
=u =poste | weight=0.162
=banky | weight=0.162
=reklamaci =byla | weight=0.161
=tarif =zmenit | weight=0.161
=zmenit =sam | weight=0.161
=nezadal | weight=0.161
=prehodil | weight=0.161
=za =zavada | weight=0.160
=mem =telefon | weight=0.160
=je =vsechno | weight=0.160
=servisak | weight=0.159
=na =subdodavatele | weight=0.159
=jednou =o | weight=0.158
=se =jednou | weight=0.158
=pricetl | weight=0.158
=urednice =odmitli | weight=0.158
=operatorka =jsem | weight=0.158
=pouzivam | weight=0.157
=centralu =a | weight=0.156
=a =prodejne | weight=0.156
=odkaz =jednou | weight=0.156
=chyba =vznikla | weight=0.155
=s =nim | weight=0.155
=zamitli =s | weight=0.154
=servis =tvrdi | weight=0.153
=byla =podle | weight=0.153
=lince =rekl | weight=0.153
=si =asi | weight=0.152
=na =pocasi | weight=0.152
=kolega | weight=0.152
=haje | weight=0.152
=stary =telefon | weight=0.151
=nikdo =nespadl | weight=0.150, noneg
=s =vyrobce | weight=0.150
=vypadek =muze | weight=0.150
=byla =zamitnuta | weight=0.149
=sileny | weight=0.149
=neco =zmackla | weight=0.148
=konstatovat | weight=0.148
=konstatovat =ze | weight=0.148
=vyresil =s | weight=0.148
=moje =vlastni | weight=0.148
=vlastni =chyba | weight=0.148
=nespada | weight=0.148
=nas =site | weight=0.147
=pricina | weight=0.147
=ppl | weight=0.147
=ppl =a | weight=0.147
=svalili =to | weight=0.147
=spravuje | weight=0.147
=asi =spletl | weight=0.146
=spletl =den | weight=0.146
=technicka | weight=0.146
=rozbil | weight=0.145
=kontrolovala | weight=0.145
=kdyby =umel | weight=0.145, noneg
=vas =stary | weight=0.144
=objednal =sam | weight=0.144
=tvrdi | weight=0.144
=me =narkl | weight=0.144
=narkl | weight=0.144
=narkl =ze | weight=0.144
=zase =to | weight=0.143
=opotrebeni | weight=0.143
=svalili =na | weight=0.143
=oni | weight=0.143
=to =nemuze | weight=0.143
=serveru | weight=0.143
=vypadek =serveru | weight=0.143
=mate =spatne | weight=0.143
=zavineno =mnou | weight=0.142
=me =oznacil | weight=0.142
=nemam =co | weight=0.142, noneg
=operatorka =byla | weight=0.142
=pry =to | weight=0.142
=spatne | weight=0.141
=nich | weight=0.141
=muze =sam | weight=0.141
=firma =ktery | weight=0.141
=ze =praskl | weight=0.141
=mi =nic | weight=0.141, noneg
=ze =kuryr | weight=0.140
=chemickymi | weight=0.140
=chemickymi =latkami | weight=0.140
=latkami | weight=0.140
=dvakrat =a | weight=0.140
=system =a | weight=0.139
=hotove | weight=0.139
=to =prej | weight=0.139
=opakovane =ze | weight=0.139
=prepravce | weight=0.139
=mate =stary | weight=0.139
=odepsali | weight=0.138
=vycital =mi | weight=0.138
=vas =strane | weight=0.138
=a =odesel | weight=0.138
=blbe =zapojeny | weight=0.137
=neni =to | weight=0.137, noneg
=mi =a | weight=0.137
=udelat =predchozi | weight=0.137
=vas =operator | weight=0.137
=vymaham | weight=0.137
=to =spatne | weight=0.137
=problem =ne | weight=0.137, noneg
=levny | weight=0.137
=bezne =opotrebeni | weight=0.137
=nich =je | weight=0.136
=mam =s | weight=0.136
=veskerou | weight=0.136
=sjednat =pojisteni | weight=0.136
=nekdo =jiny | weight=0.135
=na =druhy | weight=0.135
=jste =to | weight=0.135
=eshop | weight=0.135
=nepodepsal | weight=0.134
=nepodepsal =predavaci | weight=0.134
=predavaci =protokol | weight=0.134
=sem =nepodepsal | weight=0.134
=jsem =pry | weight=0.134
=cist | weight=0.134
=porad =me | weight=0.134
=nemam =nic | weight=0.134, noneg
=on =za | weight=0.134
=bankerka | weight=0.133
=ze =takhle | weight=0.133
=vsechno =v | weight=0.133
=predavaci | weight=0.133
=tohle =se | weight=0.132
=kupuju | weight=0.132
=muze =system | weight=0.132
=pada | weight=0.131
=oddeleni =a | weight=0.131
=je =tim | weight=0.131
=na =depu | weight=0.131
=to =nebyl | weight=0.131, noneg
=ja =protoze | weight=0.131
=to =svadi | weight=0.131
=predchozi =majitel | weight=0.130
=oni =za | weight=0.130
=kdo =to | weight=0.130
=je =vse | weight=0.130
=rozmlacena | weight=0.129
=ted =uz | weight=0.129
=ze =vada | weight=0.129
=oznacil =za | weight=0.129
=zpackal | weight=0.129
=mate =zastaraly | weight=0.128
=zastaraly | weight=0.128
=banky =tvrdi | weight=0.128
=ze =balik | weight=0.128
=pouzivam =blbe | weight=0.128
=nic =spolecneho | weight=0.127, noneg
=to =jinde | weight=0.126
=neco =spatne | weight=0.126
=ze =zpozdeni | weight=0.126
=moje =banky | weight=0.126
=technik =se | weight=0.126
=mam =spatne | weight=0.126
=kuryrni | weight=0.125
=hodil =to | weight=0.125
=jste =mel | weight=0.125
=rekl =technik | weight=0.125
=podle | weight=0.124
=si =za | weight=0.124
=neni =jejich | weight=0.124, noneg
=a =pry | weight=0.124
=uctarna | weight=0.124
=pada =kvuli | weight=0.123
=topeni | weight=0.123
=ucetni | weight=0.122
=oni =nic | weight=0.122, noneg
=kvuli =nemam | weight=0.122
=dispecer | weight=0.121
=mel =zavolam | weight=0.121
=zavolam =driv | weight=0.121
=protoze =jsem | weight=0.121
=zodpovednost | weight=0.121
=zodpovednost =odmitli | weight=0.121
=pri =prevzeti | weight=0.121
=oznacil | weight=0.121
=kdykoli | weight=0.121
=si =rozbil | weight=0.120
