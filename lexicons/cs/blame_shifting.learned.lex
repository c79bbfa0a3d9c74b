# blame_shifting, cs: learned by scripts/learn.py from 3747 tuning texts (442 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Chyba je údajně v aplikaci od jiné firmy, za kterou oni neručí.
+ Prodavačka mi řekla, že jsem si to měla líp vybrat a že to je teď můj problém.
+ Když jsem si stěžovala na studené jídlo, restaurace odpověděla, že to je věc rozvozové služby a ať si stěžuju u nich.
- ok dekuju
- super, doporucuju
=vina | weight=0.482
=ze =za | weight=0.434
=vymlouval | weight=0.423
=chyba =je | weight=0.421
=dopravce | weight=0.399
=je =vec | weight=0.376
=neodbornym | weight=0.363
=nic =nemuze | weight=0.354, noneg
=pry | weight=0.344
=podle =nich | weight=0.343
=pochybeni | weight=0.334
=tvrdi =ze | weight=0.325
=my | weight=0.324
=neni =na | weight=0.317, noneg
=svedl | weight=0.316
=to =neni | weight=0.307, noneg
=spravne | weight=0.303
=prohlizec | weight=0.297
=poskozeni | weight=0.297
=ze =jsem | weight=0.291
=jde =o | weight=0.284
=prej | weight=0.282
=se =vymlouval | weight=0.282
=za =nic | weight=0.281, noneg
=vznikla | weight=0.278
=v =odpoved | weight=0.277
=obvinili | weight=0.276
=takze =je | weight=0.272
=dodavatele | weight=0.271
=zpusobena | weight=0.270
=vec | weight=0.270
=priste =lip | weight=0.268
=neruci | weight=0.256
=vyrobce | weight=0.255
=si =priste | weight=0.255
=ale =system | weight=0.255
=ne =my | weight=0.253, noneg
=obchode =si | weight=0.253
=lip | weight=0.252
=zamitnuta | weight=0.250
=jistic | weight=0.250
=odsekla | weight=0.248
=pokazil | weight=0.245
=podle =servisu | weight=0.243
=udajne | weight=0.242
=muze =za | weight=0.242
=musim =resit | weight=0.241
=zpusobila | weight=0.241
=odpoved =ze | weight=0.241
=zavineno | weight=0.240
=odpovednost | weight=0.240
=reste | weight=0.238
=ruce | weight=0.237
=podle =technik | weight=0.235
=za =to | weight=0.232
=vymlouval =se | weight=0.232
=a =nedostatek | weight=0.228
=nedostatek | weight=0.228
=uzivatelem | weight=0.227
=novy =kolega | weight=0.226
=to =chyba | weight=0.225
=naznacila | weight=0.223
=kvuli =me | weight=0.222
=starost | weight=0.218
=elektroinstalaci | weight=0.218
=tim =nemam | weight=0.217
=svadi | weight=0.216
=nad =tim | weight=0.216
=pry =za | weight=0.215
=me =ze | weight=0.214
=neni =nas | weight=0.214, noneg
=nastavil =system | weight=0.213
=tak =nastavil | weight=0.213
=kvuli =nas | weight=0.213
=kuryr =a | weight=0.212
=zalezitost | weight=0.212
=depu | weight=0.211
=v =nas | weight=0.208
=vada | weight=0.206
=oni =s | weight=0.206
=normalne =nosenim | weight=0.205
=nespravne | weight=0.204
=jsem =odpoved | weight=0.204
=jsem =telefon | weight=0.203
=nerovne | weight=0.203
=rekl =mi | weight=0.203
=chyba =v | weight=0.203
=monter | weight=0.202
=svedl =na | weight=0.202
=problem =je | weight=0.201
=prodejce | weight=0.201
=pry =moje | weight=0.200
=spatne =zadam | weight=0.200
=zavada | weight=0.200
=pocasi | weight=0.200
=ze =kdyby | weight=0.199, noneg
=hazi =na | weight=0.199
=to =hazi | weight=0.199
=na =centralu | weight=0.198
=dispecerka | weight=0.198
=je =chyba | weight=0.197
=proto =to | weight=0.196
=technik =rekl | weight=0.196
=podle =podpora | weight=0.194
=za =zpozdeni | weight=0.194
=vycital | weight=0.193
=objednavka =odesla | weight=0.193
=prej =je | weight=0.192
=rozbil =sam | weight=0.192
=pristroj | weight=0.192
=u =me | weight=0.191
=ze =problem | weight=0.191
=ze =oni | weight=0.191
=pry =jsem | weight=0.191
=ne =oni | weight=0.190, noneg
=svadi =na | weight=0.190
=to =urcite | weight=0.190
=ranni | weight=0.189
=ranni =smeny | weight=0.189
=mate =stary | weight=0.189
=s =nim | weight=0.189
=vycetl | weight=0.189
=na =dopravce | weight=0.188
=hazi | weight=0.187
=zopakoval | weight=0.186
=napsal =ze | weight=0.185
=ze =vypadek | weight=0.185
=rekl =pani | weight=0.185
=si =mel | weight=0.185
=prepravni =spolecnost | weight=0.185
=vystaven | weight=0.184
=mate | weight=0.184
=banky | weight=0.184
=shodil | weight=0.184
=nosenim | weight=0.184
=mi =ze | weight=0.182
=nosem | weight=0.182
=pry =poskozeni | weight=0.182
=nich | weight=0.181
=dispecerka =se | weight=0.181
=abych =si | weight=0.180
=toho =mi | weight=0.180
=sem =to | weight=0.180
=prohlasil | weight=0.179
=prohlasil =ze | weight=0.179
=kocka | weight=0.179
=prokousla | weight=0.179
=spravuje | weight=0.179
=tarif =zmenit | weight=0.178
=zmenit =sam | weight=0.178
=zapojeny | weight=0.178
=prehodil =na | weight=0.178
=podle =posudku | weight=0.177
=posudku | weight=0.177
=proto =vam | weight=0.177
=na =novy | weight=0.177
=muj =problem | weight=0.176
=vypadek | weight=0.176
=svalili | weight=0.175
=rekl =a | weight=0.175
=svalili =na | weight=0.175
=ze =platba | weight=0.175
=banky =a | weight=0.175
=to =zdrzuju | weight=0.174
=zdrzuju =kvuli | weight=0.174
=operatorka =jsem | weight=0.174
=kabel | weight=0.174
=technik =konstatovat | weight=0.174
=nas =sklad | weight=0.173
=prisuzuje | weight=0.173
=neco =zmackla | weight=0.172
=vyresil =s | weight=0.172
=usoudil | weight=0.172
=usoudil =ze | weight=0.172
=u =poste | weight=0.172
=stary =telefon | weight=0.171
=spatne | weight=0.171
=prodejne =se | weight=0.171
=servis =tvrdi | weight=0.171
=to =zavineno | weight=0.170
=vymyslel | weight=0.170
=sileny | weight=0.168
=prej =si | weight=0.167
=to =vymejslime | weight=0.167
=vymejslime | weight=0.167
=prehodil | weight=0.167
=ztratili | weight=0.167
=prevzeti | weight=0.167
=moje =vec | weight=0.166
=ze =byla | weight=0.166
=za =vina | weight=0.166
=neni =to | weight=0.166, noneg
=opotrebeni | weight=0.165
=nic =neudelal | weight=0.165, noneg
=coz =neni | weight=0.165, noneg
=pricetl | weight=0.165
=naznacila =ze | weight=0.164
=vypadek =muze | weight=0.164
=router | weight=0.163
=zarizeni | weight=0.163
=ze =chyba | weight=0.163
=za =zavada | weight=0.162
=reklamaci =byla | weight=0.161
=blbe | weight=0.160
=zpozdeni | weight=0.160
=je =vsechno | weight=0.160
=je =vas | weight=0.159
=kvuli =nemam | weight=0.159
=vznikla =kvuli | weight=0.159
=to =zpusobila | weight=0.159
=kolega | weight=0.159
=ted =uz | weight=0.159
=a =prodejne | weight=0.158
=jednou =na | weight=0.158
=odkaz =jednou | weight=0.158
=vas =operator | weight=0.158
=firma =ktery | weight=0.158
=me =narkl | weight=0.158
=narkl | weight=0.158
=narkl =ze | weight=0.158
=haje | weight=0.157
=system =a | weight=0.157
=protoze =mam | weight=0.156
=to =spatne | weight=0.156
=tvrdi | weight=0.156
=jednou =o | weight=0.156
=se =jednou | weight=0.156
=banky =je | weight=0.156
=podle =banky | weight=0.156
=bezne =opotrebeni | weight=0.156
=konstatovat | weight=0.156
=konstatovat =ze | weight=0.156
=s =vyrobce | weight=0.155
=muze =sam | weight=0.155
=oni | weight=0.155
=to =jinde | weight=0.155
=to =na | weight=0.154
=chyba =udelat | weight=0.154
=me =oznacil | weight=0.153
=operatorka =byla | weight=0.152
=zavineno =mnou | weight=0.149
=nabijecku | weight=0.149
=pada | weight=0.148
=eshop | weight=0.148
=byla =zamitnuta | weight=0.148
=na =pocasi | weight=0.148
=kuryr | weight=0.147
=si =to | weight=0.147
=kontrolovala | weight=0.146
=ne =u | weight=0.146, noneg
=je =problem | weight=0.144
=chemickymi | weight=0.144
=chemickymi =latkami | weight=0.144
=latkami | weight=0.144
=mi =a | weight=0.144
=je =vse | weight=0.143
=opakovane =ze | weight=0.142
=ppl | weight=0.142
=ppl =a | weight=0.142
=na =vypadek | weight=0.142
=urednice =odmitli | weight=0.142
=mam =s | weight=0.141
=pouzivam =blbe | weight=0.141
=servisak | weight=0.141
=si =asi | weight=0.141
=problem | weight=0.141
=kupuju | weight=0.141
=mi =nic | weight=0.141, noneg
=to =nebyl | weight=0.141, noneg
=dispecer | weight=0.140
=vycital =mi | weight=0.140
=nespada | weight=0.140
=oznacil =za | weight=0.140
=odepsali =ze | weight=0.140
=prepravce | weight=0.140
=reklamoval =to | weight=0.139
=veskerou | weight=0.139
=zase =to | weight=0.139
=ze =praskl | weight=0.139
=asi =spletl | weight=0.139
=spletl =den | weight=0.139
=nas =site | weight=0.138
=pricina | weight=0.138
=uctarna | weight=0.138
=ze =kuryr | weight=0.137
=mezi =sebe | weight=0.137
=a =odesel | weight=0.137
=on =za | weight=0.136
=vy =jste | weight=0.136
=nich =je | weight=0.136
=nemam =co | weight=0.136, noneg
=ze =takhle | weight=0.135
=oddeleni =a | weight=0.135
=tak =objednal | weight=0.135
=zmackla | weight=0.135
=vsechno =maji | weight=0.134
=zodpovednost | weight=0.134
=zodpovednost =odmitli | weight=0.134
=nepodepsal | weight=0.134
=nepodepsal =predavaci | weight=0.134
=predavaci =protokol | weight=0.134
=sem =nepodepsal | weight=0.134
=odesel | weight=0.133
=mam =spatne | weight=0.133
=jsem =pry | weight=0.133
=oddeleni | weight=0.133
=moje =banky | weight=0.133
=dvakrat =a | weight=0.132
=si =za | weight=0.132
=kvuli =mem | weight=0.132
=na =druhy | weight=0.132
=porad =me | weight=0.131
=jiny =oddeleni | weight=0.131
=a =pry | weight=0.131
=tim =vas | weight=0.131
=rozmlacena | weight=0.131
=byla =podle | weight=0.130
=predavaci | weight=0.130
=pouzivam | weight=0.130
=tohle =se | weight=0.130
=urcite | weight=0.130
=nich =jsem | weight=0.129
=oznacil | weight=0.129
=nemam =nic | weight=0.129, noneg
=nic =spolecneho | weight=0.129, noneg
=na =depu | weight=0.129
=spolecnost | weight=0.129
=topeni | weight=0.128
=neprofesionalni | weight=0.128
=to =zpackal | weight=0.128
=zpackal | weight=0.128
=vas =strane | weight=0.128
=kdo =to | weight=0.128
=spatne =nastavene | weight=0.127
=moje =vlastni | weight=0.127
=vlastni =chyba | weight=0.127
=restaurace | weight=0.127
=davam | weight=0.127
=to =prej | weight=0.127
=vsechno =v | weight=0.127
=blbe =zapojeny | weight=0.126
=ho =spatne | weight=0.126
=oni =za | weight=0.125
=kuryr =by | weight=0.124
=to =dorucil | weight=0.124
=mam =screenshot | weight=0.124
=vznikla =nespravne | weight=0.124
=vse =v | weight=0.124
=mem =telefon | weight=0.124
=ne =jejich | weight=0.124, noneg
=bankerka | weight=0.124
=neco =spatne | weight=0.124
=obchodnik | weight=0.124
=podruhe =kuryr | weight=0.124
=mel =zavolam | weight=0.123
=zavolam =driv | weight=0.123
=montaze | weight=0.123
=jste =mel | weight=0.123
=operator =si | weight=0.122
=to =nemuze | weight=0.122
=mate =spatne | weight=0.122
=jejich =starost | weight=0.122
=ze =vada | weight=0.121
=nezadal =mam | weight=0.121
=pada =kvuli | weight=0.121
=zpusobena =mym | weight=0.121
=ten =telefon | weight=0.121
=to =asi | weight=0.121
=je =pry | weight=0.120
=rekl =technik | weight=0.120
=pry =si | weight=0.120
=neni =pravda | weight=0.120, noneg
=dorucil | weight=0.119
=ze =ridic | weight=0.119
=nenabiji | weight=0.119
=telefon =nenabiji | weight=0.119
=chyba =ze | weight=0.119
=screenshot | weight=0.119
=rozbil | weight=0.118
=jinde | weight=0.118
=hotove | weight=0.118
=co =delat | weight=0.118
=nefunguje | weight=0.118
=vam =to | weight=0.117
=sklad | weight=0.117
=mi =receno | weight=0.117
=antivir | weight=0.117
=zadam =spatne | weight=0.116
=byla =uplne | weight=0.116
=pri =prevzeti | weight=0.116
=ze =u | weight=0.116
=chyba =pry | weight=0.116
=poskodil | weight=0.116
=podle | weight=0.115
=vlhkost | weight=0.115
=banky =tvrdi | weight=0.115
=mate =zastaraly | weight=0.115
=zastaraly | weight=0.115
=sklad =ze | weight=0.114
=ona =s | weight=0.114
