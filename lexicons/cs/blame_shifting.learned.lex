# blame_shifting, cs: learned by scripts/learn.py from 3535 tuning texts (351 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Chyba je údajně v aplikaci od jiné firmy, za kterou oni neručí.
+ Když jsem si stěžovala na studené jídlo, restaurace odpověděla, že to je věc rozvozové služby a ať si stěžuju u nich.
+ pani na prepazce mi rekla ze za to ze mi nekdo vybral ucet si muzu sama, protoze jsem prej nekomu dala kod z sms. nikomu jsem nic nedala!!!
- ok dekuju
- super, doporucuju
=vina | weight=0.536
=ze =za | weight=0.459
=chyba =je | weight=0.403
=dopravce | weight=0.397
=vymlouval | weight=0.379
=neodbornym | weight=0.363
=pry | weight=0.337
=my | weight=0.334
=pochybeni | weight=0.331
=tvrdi =ze | weight=0.330
=to =neni | weight=0.315, noneg
=pokazil | weight=0.314
=podle =nich | weight=0.305
=svedl | weight=0.302
=neni =na | weight=0.301, noneg
=prohlizec | weight=0.298
=me =ze | weight=0.296
=odpoved =ze | weight=0.294
=je =vec | weight=0.293
=za =nic | weight=0.290, noneg
=se =vymlouval | weight=0.289
=jde =o | weight=0.289
=ze =jsem | weight=0.288
=vznikla | weight=0.288
=vyrobce | weight=0.285
=vada | weight=0.278
=v =odpoved | weight=0.276
=poskozeni | weight=0.273
=priste =lip | weight=0.273
=spravne | weight=0.271
=lip | weight=0.266
=odpovednost | weight=0.259
=zamitnuta | weight=0.257
=ale =system | weight=0.255
=udajne | weight=0.252
=muze =za | weight=0.252
=neruci | weight=0.252
=za =to | weight=0.249
=obchode =si | weight=0.249
=neni =to | weight=0.248, noneg
=vec | weight=0.247
=ruce | weight=0.247
=zpusobila | weight=0.245
=a =nedostatek | weight=0.241
=nedostatek | weight=0.241
=musim =resit | weight=0.240
=novy =kolega | weight=0.240
=rekl =mi | weight=0.239
=podle =servisu | weight=0.238
=takze =je | weight=0.236
=si =priste | weight=0.235
=reste | weight=0.234
=kvuli =me | weight=0.234
=tim =nemam | weight=0.231
=ne =my | weight=0.229, noneg
=mate | weight=0.227
=elektroinstalaci | weight=0.226
=jsem =telefon | weight=0.225
=kuryr =a | weight=0.225
=odsekla | weight=0.223
=starost | weight=0.223
=prej =je | weight=0.223
=poskodil | weight=0.221
=kvuli =nas | weight=0.218
=normalne =nosenim | weight=0.218
=v =nas | weight=0.218
=depu | weight=0.214
=nastavil =system | weight=0.214
=tak =nastavil | weight=0.214
=nespravne | weight=0.214
=pry =za | weight=0.212
=prevzeti | weight=0.209
=urcite | weight=0.208
=vycetl | weight=0.207
=zpusobene | weight=0.207
=nad =tim | weight=0.206
=vymlouval =se | weight=0.205
=to =chyba | weight=0.205
=problem =je | weight=0.204
=nos | weight=0.204
=ze =oni | weight=0.203
=obvinili | weight=0.203
=objednavka =odesla | weight=0.202
=nerovne | weight=0.201
=prej | weight=0.200
=monter | weight=0.199
=nosenim | weight=0.196
=chyba =v | weight=0.195
=hazi =na | weight=0.195
=to =hazi | weight=0.195
=zalezitost | weight=0.194
=jsem =odpoved | weight=0.194
=servis | weight=0.193
=tvrdi | weight=0.193
=pry =moje | weight=0.193
=je =chyba | weight=0.192
=proto =to | weight=0.192
=rozbil =sam | weight=0.191
=u =me | weight=0.191
=dispecerka | weight=0.190
=technik =rekl | weight=0.190
=ne =oni | weight=0.190, noneg
=shodil | weight=0.190
=ze =problem | weight=0.190
=ze =kdyby | weight=0.190, noneg
=prej =si | weight=0.189
=to =vymejslime | weight=0.189
=vymejslime | weight=0.189
=banky =a | weight=0.188
=prehodil =na | weight=0.188
=podle =podpora | weight=0.187
=pry =jsem | weight=0.187
=pristroj | weight=0.186
=prodejne =se | weight=0.185
=neni =nas | weight=0.184, noneg
=zopakoval | weight=0.184
=oni =s | weight=0.184
=nic =nemuze | weight=0.183, noneg
=to =zdrzuju | weight=0.183
=zdrzuju =kvuli | weight=0.183
=rekl =pani | weight=0.183
=tarif =zmenit | weight=0.182
=zmenit =sam | weight=0.182
=abych =si | weight=0.182
=uzivatelem | weight=0.181
=je =vse | weight=0.181
=proto =vam | weight=0.181
=kabel | weight=0.181
=prodejce | weight=0.180
=jsem =nic | weight=0.180, noneg
=nich | weight=0.180
=s =nim | weight=0.179
=usoudil | weight=0.179
=usoudil =ze | weight=0.179
=ranni | weight=0.179
=ranni =smeny | weight=0.179
=zavada | weight=0.179
=sem =to | weight=0.178
=u =poste | weight=0.178
=mate =stary | weight=0.178
=si =to | weight=0.178
=operatorka =jsem | weight=0.178
=za =zavada | weight=0.178
=toho =mi | weight=0.178
=ze =vypadek | weight=0.178
=router | weight=0.178
=technik =konstatovat | weight=0.177
=vystaven | weight=0.176
=nas =sklad | weight=0.176
=prisuzuje | weight=0.176
=eshop | weight=0.176
=ze =byla | weight=0.176
=to =pokazil | weight=0.175
=svadeji | weight=0.175
=za =zpozdeni | weight=0.175
=stary =telefon | weight=0.175
=prehodil | weight=0.174
=to =urcite | weight=0.174
=vypadek | weight=0.174
=kocka | weight=0.173
=prokousla | weight=0.173
=rekl =a | weight=0.173
=spatne =zadam | weight=0.173
=opotrebeni | weight=0.173
=banky | weight=0.173
=vymyslel | weight=0.172
=ztratili | weight=0.172
=dodavatele | weight=0.171
=napsal =ze | weight=0.171
=podle =posudku | weight=0.170
=posudku | weight=0.170
=ze =takhle | weight=0.169
=si =mel | weight=0.169
=zadam =spatne | weight=0.169
=na =novy | weight=0.168
=dispecerka =se | weight=0.168
=pocasi | weight=0.167
=chyba =ze | weight=0.167
=mate =to | weight=0.167
=na =vypadek | weight=0.167
=sileny | weight=0.166
=zarizeni | weight=0.166
=svedl =na | weight=0.165
=podle =technik | weight=0.165
=ze =praskl | weight=0.164
=reklamaci =byla | weight=0.164
=blbe | weight=0.164
=to =na | weight=0.163
=servis =tvrdi | weight=0.163
=hazi | weight=0.161
=jednou =o | weight=0.161
=se =jednou | weight=0.161
=a =odesel | weight=0.161
=na =dopravce | weight=0.160
=to =jinde | weight=0.160
=operatorka =byla | weight=0.160
=kvuli =nemam | weight=0.160
=vznikla =kvuli | weight=0.160
=ze =sem | weight=0.159
=mi =ze | weight=0.159
=mi =nic | weight=0.159, noneg
=vypadava | weight=0.159
=svalila | weight=0.158
=pada | weight=0.158
=to =zpusobila | weight=0.158
=svalila =na | weight=0.158
=konstatovat | weight=0.158
=konstatovat =ze | weight=0.158
=bezne =opotrebeni | weight=0.158
=urednice =odmitli | weight=0.158
=nespada | weight=0.158
=vyresili =s | weight=0.157
=prohlasil | weight=0.156
=prohlasil =ze | weight=0.156
=me =narkl | weight=0.156
=narkl | weight=0.156
=narkl =ze | weight=0.156
=protoze =mam | weight=0.156
=podle | weight=0.154
=oni =za | weight=0.154
=nic =neudelal | weight=0.154, noneg
=ze =platbu | weight=0.154
=ppl | weight=0.153
=ppl =a | weight=0.153
=nich =je | weight=0.153
=ze =kuryr | weight=0.152
=uctarna | weight=0.152
=vypadek =muze | weight=0.152
=je =problem | weight=0.152
=on =za | weight=0.152
=kuryr | weight=0.151
=antivir | weight=0.151
=oddeleni | weight=0.151
=dorucil | weight=0.151
=zpusobene =mym | weight=0.151
=a =prodejne | weight=0.150
=jednou =na | weight=0.150
=odkaz =jednou | weight=0.150
=dvakrat =a | weight=0.150
=problem | weight=0.150
=to =asi | weight=0.149
=opakovane =ze | weight=0.149
=dispecer | weight=0.149
=je =vas | weight=0.149
=byla =zamitnuta | weight=0.148
=chyba =udelat | weight=0.148
=jste =mel | weight=0.148
=vycital | weight=0.147
=pouzivam =blbe | weight=0.147
=pry =se | weight=0.147
=byla =podle | weight=0.147
=odepsali =ze | weight=0.146
=banky =tvrdi | weight=0.146
=praskl | weight=0.146
=to =zpackal | weight=0.146
=zpackal | weight=0.146
=servisak | weight=0.146
=naznacil | weight=0.146
=prepravni =spolecnost | weight=0.146
=bankerka | weight=0.146
=nabijecku | weight=0.145
=cist | weight=0.145
=tohle =se | weight=0.145
=to =spatne | weight=0.144
=haje | weight=0.144
=muj =problem | weight=0.144
=veskerou | weight=0.144
=kupuju | weight=0.144
=sklad | weight=0.143
=nefunguje | weight=0.143
=jistic | weight=0.143
=dveri | weight=0.143
=kolega | weight=0.143
=a =pry | weight=0.143
=zpozdeni | weight=0.142
=to =nebyl | weight=0.142, noneg
=kontrolovala | weight=0.142
=restaurace | weight=0.141
=me =oznacil | weight=0.140
=na =tom | weight=0.140
=rozmlacena | weight=0.140
=mel =zavolam | weight=0.139
=zavolam =driv | weight=0.139
=mam =spatne | weight=0.139
=obchode | weight=0.138
=nas =site | weight=0.138
=pricina | weight=0.138
=vse =v | weight=0.138
=vsechno =maji | weight=0.137
=svadeji =na | weight=0.137
=topeni | weight=0.137
=tak =objednal | weight=0.136
=spatne | weight=0.136
=zapojeny | weight=0.135
=chyba | weight=0.135
=sklad =ze | weight=0.135
=system =a | weight=0.135
=predavac | weight=0.134
=banky =je | weight=0.134
=podle =banky | weight=0.134
=hotove | weight=0.133
=kuryr =by | weight=0.132
=to =dorucil | weight=0.132
=ze =u | weight=0.132
=ne =jejich | weight=0.132, noneg
=mam =screenshot | weight=0.132
=vas =operator | weight=0.131
=na =depu | weight=0.131
=neslusne | weight=0.131
=chyba =pry | weight=0.131
=vam =to | weight=0.130
=svedl =to | weight=0.130
=odesel | weight=0.130
=zodpovednost | weight=0.129
=zodpovednost =odmitli | weight=0.129
=oznacil =za | weight=0.129
=zase =na | weight=0.129
=oddeleni =a | weight=0.129
=to =nemuze | weight=0.128
=oni | weight=0.128
=ze =zpozdeni | weight=0.128
=nemam =nic | weight=0.128, noneg
=kdyby =byla | weight=0.128, noneg
=mam =s | weight=0.127
=jinam =oddeleni | weight=0.127
=kvuli =mem | weight=0.127
=obchodnik | weight=0.127
=ten =telefon | weight=0.126
=porad =me | weight=0.126
=jejich =starost | weight=0.126
=operator =si | weight=0.126
=mi =a | weight=0.126
=ho =spatne | weight=0.126
=centru =a | weight=0.125
=moje =vlastni | weight=0.125
=vlastni =chyba | weight=0.125
=s =vyrobce | weight=0.125
=chemickymi | weight=0.124
=chemickymi =latkami | weight=0.124
=latkami | weight=0.124
=neco =spatne | weight=0.124
=prepravce | weight=0.124
=na =druhy | weight=0.124
=jinde | weight=0.124
=zapojil | weight=0.124
=nezadal =mam | weight=0.124
=rozbil | weight=0.123
=sem | weight=0.123
=jsem =boty | weight=0.123
=pouzivam | weight=0.123
=je =vsechno | weight=0.122
=nic =spolecneho | weight=0.122, noneg
=diky =moc | weight=0.122
=uctarna =a | weight=0.122
=spolecnost | weight=0.122
=vyridili =s | weight=0.121
=jsem =neco | weight=0.121
=to =proste | weight=0.121
=screenshot | weight=0.121
=jim =napisu | weight=0.121
=ze =ridic | weight=0.121
=oni =nic | weight=0.120, noneg
=vas =rekl | weight=0.120
=kdykoli | weight=0.119
=ze =chyba | weight=0.119
=oznacil | weight=0.118
=sdeleno =ze | weight=0.118
=mam =stezovat | weight=0.118
=dispecink =tvrdi | weight=0.118
=to =problem | weight=0.118
=nenabiji | weight=0.118
=telefon =nenabiji | weight=0.118
=zavinil | weight=0.118
=na =pocasi | weight=0.118
=pocasi =a | weight=0.118
=vsechno =svadeji | weight=0.117
=odesilatel | weight=0.116
=nepracuje | weight=0.115
=vymluvy | weight=0.115
=tvaril | weight=0.114
=nic =o | weight=0.114, noneg
=vas =jsem | weight=0.114
=rusim =u | weight=0.114
=at =jim | weight=0.114
=ukoncil =chatu | weight=0.114
=prevazel | weight=0.113
=spatne =prevazel | weight=0.113
=operatorka =to | weight=0.113
=dobu =doruceni | weight=0.113
=doruceni =doma | weight=0.113
=v =dobu | weight=0.113
=ktery =uz | weight=0.113
=vznikla =nespravne | weight=0.113
=tyden =pozdeji | weight=0.113
=vas =strane | weight=0.112
=to =co | weight=0.112
=pada =kvuli | weight=0.112
=nezadal | weight=0.112
=nemusel | weight=0.112, noneg
=zavada =vznikla | weight=0.111
