# rudeness, nl: learned by scripts/learn.py from 4470 tuning texts (544 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ die gast in de chat noemde me letterlijk 'vervelend' omdat ik doorvroeg. lekker klantvriendelijk 🤬
+ Ik werd weggezet als zeurpiet.
+ ze gooide de hoorn er gewoon op
- ok dankje
- we willen ons geld terug
=afgeblaft | weight=0.527
=noemde | weight=0.513
=onvriendelijk | weight=0.489
=dom | weight=0.463
=zeurpiet | weight=0.439
=arrogant | weight=0.429
=reageerde | weight=0.422
=snauwde | weight=0.411
=nors | weight=0.406
=gewoon =opgehangen | weight=0.399
=opmerking | weight=0.398
=lachte | weight=0.397
=toon | weight=0.390
=tegen =me | weight=0.389
=bruusk | weight=0.388
=gewoon =op | weight=0.380
=onbeschoft | weight=0.362
=ronduit | weight=0.360
=neerbuigend | weight=0.350
=me =uit | weight=0.346
=uitgelachen | weight=0.345
=toontje | weight=0.344
=grof | weight=0.333
=de =conducteur | weight=0.331
=medewerker =zonder | weight=0.329, noneg
=sarcastisch | weight=0.329
=maakte | weight=0.319
=werd =gewoon | weight=0.318
=caissiere | weight=0.318
=gezicht | weight=0.318
=kortaf =en | weight=0.315
=door =me | weight=0.314
=uitgescholden | weight=0.311
=ongelooflijk | weight=0.311
=geirriteerd | weight=0.310
=ik =achter | weight=0.308
=hing =op | weight=0.302
=was =ronduit | weight=0.301
=rug | weight=0.300
=afsnauwde | weight=0.299
=uitgemaakt | weight=0.292
=afgesnauwd | weight=0.289
=als =u | weight=0.288
=hing | weight=0.287
=uitschold | weight=0.287
=hij =zei | weight=0.285
=deed | weight=0.283
=receptioniste | weight=0.282
=toen =werd | weight=0.282
=me =hen | weight=0.281
=spottend | weight=0.278
=chauffeur =stak | weight=0.277
=stak | weight=0.277
=tegen =een | weight=0.277
=giechelde | weight=0.277
=was =zo | weight=0.275
=houding | weight=0.274
=doorvroeg | weight=0.271
=ne | weight=0.269
=toegesproken | weight=0.269
=lachen | weight=0.269
=iedereen =bij | weight=0.267
=waar =iedereen | weight=0.267
=brutaal | weight=0.267
=opgehangen | weight=0.267
=lucht | weight=0.266
=en =liep | weight=0.264
=niet =kunt | weight=0.264, noneg
=leren | weight=0.263
=bot | weight=0.262
=genoemd | weight=0.260
=lastig | weight=0.259
=lezen | weight=0.257
=respectloos | weight=0.256
=zeer | weight=0.256
=vent | weight=0.256
=vuil | weight=0.255
=zuchtte | weight=0.255
=agressief | weight=0.255
=de =man | weight=0.253
=niet =ons | weight=0.252, noneg
=lachte =me | weight=0.252
=gaapte | weight=0.252
=verbrak | weight=0.252
=voor =hele | weight=0.250
=kind | weight=0.250
=onbeleefd | weight=0.250
=hardop | weight=0.250
=kreeg =als | weight=0.250
=preek | weight=0.250
=uitdagend | weight=0.249
=nooit =zo'n | weight=0.248, noneg
=niet =bevalt | weight=0.248, noneg
=lekker =zelf | weight=0.247
=ik =doorvroeg | weight=0.247
=werd =door | weight=0.246
=me =toe | weight=0.245
=de =caissiere | weight=0.245
=vraag =stelde | weight=0.244
=de =telefoniste | weight=0.243
=telefoniste | weight=0.243
=gewoon =gesloten | weight=0.243
=ze =antwoord | weight=0.242
=het =dan | weight=0.241
=nou =eigenlijk | weight=0.241
=wat =een | weight=0.240
=van =zou | weight=0.238
=schouderophaal | weight=0.238
=zodra =ik | weight=0.238
=slot =de | weight=0.237
=ongeinteresseerd | weight=0.237
=liep =weg | weight=0.237
=een =vaak | weight=0.236
=schold | weight=0.236
=personeel | weight=0.236
=verkoopster | weight=0.235
=een =zeurpiet | weight=0.235
=dom =was | weight=0.235
=conducteur | weight=0.234
=discussie | weight=0.233
=een =grote | weight=0.233
=kleinerende | weight=0.232
=uitgelachen =door | weight=0.231
=gewoon =te | weight=0.230
=toebeet | weight=0.229
=toebeet =dat | weight=0.229
=kassiere | weight=0.228
=was =nog | weight=0.228
=sturen =en | weight=0.227
=de =receptioniste | weight=0.226
=spijt =van | weight=0.226
=was =ontzettend | weight=0.225
=faq =en | weight=0.225
=omdat =we | weight=0.224
=achter =was | weight=0.224
=weggedrukt | weight=0.224
=lastpak | weight=0.222
=nors =antwoord | weight=0.222
=baliemedewerker | weight=0.221
=de =baliemedewerker | weight=0.221
=een =sneer | weight=0.220
=sneer | weight=0.220
=lacherig | weight=0.219
=die =ongeduldig | weight=0.219
=ongeduldig | weight=0.219
=ongeduldig =was | weight=0.219
=chauffeur | weight=0.218
=haar =collega | weight=0.217
=moest =gaan | weight=0.217
=niet =zo | weight=0.216, noneg
=om =mij | weight=0.215
=ontzettend =onbeleefd | weight=0.215
=mij =en | weight=0.215
=medewerkster | weight=0.214
=gooide | weight=0.214
=mevrouw =bij | weight=0.213
=zwijgen | weight=0.213
=zeuren | weight=0.213
=heeft =gewoon | weight=0.212
=met =zijn | weight=0.211
=schold =me | weight=0.211
=gaf =een | weight=0.210
=met =me | weight=0.210
=lastig =klant | weight=0.210
=haalde | weight=0.210
=schouders | weight=0.210
=schouders =op | weight=0.210
=wimpelde | weight=0.210
=wimpelde =me | weight=0.210
=gehad | weight=0.210
=als =het | weight=0.208
=een =wat | weight=0.207
=begon | weight=0.207
=ik =om | weight=0.207
=voor =lastpak | weight=0.206
=chagrijnig | weight=0.206
=hele =tijd | weight=0.206
=verbrak =de | weight=0.205
=bij =stond | weight=0.205
=zoals =ik | weight=0.205
=ober | weight=0.205
=medewerker =afgesloten | weight=0.204
=afgescheept | weight=0.204
=achter | weight=0.204
=een =zeikerd | weight=0.201
=zeikerd | weight=0.201
=als =oude | weight=0.201
=oude =vuil | weight=0.201
=me =uitschold | weight=0.201
=hard =tegen | weight=0.201
=praten =hard | weight=0.201
=zulke | weight=0.201
=zulke =klant | weight=0.201
=bril =moest | weight=0.200
=een =bril | weight=0.200
=idioot | weight=0.199
=ik =afgescheept | weight=0.199
=kortaf | weight=0.198
=uitlachte | weight=0.197
=lekker | weight=0.197
=uiterst | weight=0.197
=hard | weight=0.197
=chat =werd | weight=0.197
=liep | weight=0.197
=niet =lezen | weight=0.196, noneg
=de =kassiere | weight=0.195
=niet =bepaald | weight=0.194, noneg
=op =toen | weight=0.194
=een =klant | weight=0.193
=ik =werd | weight=0.193
=ik =iets | weight=0.192
=een =lastpost | weight=0.192
=lastpost | weight=0.192
=nu =weer | weight=0.192
=waar =mijn | weight=0.192
=hebben =gewoon | weight=0.192
=leugenaar | weight=0.192
=ze =sprak | weight=0.191
=gesloten | weight=0.190
=ontzettend | weight=0.189
=ik =haar | weight=0.189
=de =hoorn | weight=0.189
=hoorn | weight=0.189
=afgekapt | weight=0.189
=werd =afgesnauwd | weight=0.188
=puffen | weight=0.188
=te =puffen | weight=0.188
=ze =praten | weight=0.188
=het =u | weight=0.187
=onkundig | weight=0.187
=medewerkster =was | weight=0.186
=keek | weight=0.186
=op =zo'n | weight=0.186
=afgedraaid | weight=0.185
=zijn =antwoord | weight=0.185
=reageerde =hele | weight=0.185
=ik =van | weight=0.184
=door =het | weight=0.184
=geen =tijd | weight=0.183, noneg
=lees | weight=0.183
=het =toch | weight=0.183
=gewoon =weggedrukt | weight=0.183
=ze =daar | weight=0.183
=niet =vriendelijk | weight=0.183, noneg
=niet =snapt | weight=0.183, noneg
=wat =wil | weight=0.183
=ja =en | weight=0.182
=opmerking =van | weight=0.182
=ging =de | weight=0.180
=brutaler | weight=0.180
=u =nou | weight=0.179
=vraag =kreeg | weight=0.179
=gozer | weight=0.178
=op =me | weight=0.178
=medewerkster =lag | weight=0.177
=chat =gewoon | weight=0.177
=niet =snel | weight=0.177, noneg
=liep =gewoon | weight=0.176
=daarmee | weight=0.176
=klantvriendelijk | weight=0.176
=monteur =liep | weight=0.176
=werd =uitgelachen | weight=0.176
=ze =deed | weight=0.176
=afgewimpeld | weight=0.176
=draaide =zich | weight=0.176
=pakket =bleef | weight=0.175
=man =in | weight=0.175
=balie =was | weight=0.175
=mail =niet | weight=0.174, noneg
=wil =je | weight=0.174
=probleem =niet | weight=0.174, noneg
=afgesnauwd =omdat | weight=0.174
=u =toch | weight=0.174
=we =kreeg | weight=0.173
=behandeld =als | weight=0.173
=ons =uit | weight=0.172
=die =kerel | weight=0.172
=kerel | weight=0.172
=een =houding | weight=0.172
=had =die | weight=0.172
=houding =had | weight=0.172
=had =u | weight=0.172
=trok | weight=0.172
=twee =medewerker | weight=0.171
=meneer | weight=0.171
=ogen | weight=0.171
=reageerde =met | weight=0.171
=heeft =haar | weight=0.171
=winkel =was | weight=0.170
=nodig =om | weight=0.170
=grote | weight=0.170
=zelf =moest | weight=0.170
=mevrouwtje | weight=0.169
=er =spijt | weight=0.169
=hij =luisterde | weight=0.168
=luisterde | weight=0.168
=luisterde =niet | weight=0.168, noneg
=werd =grof | weight=0.168
=zat =te | weight=0.168
=tussen =de | weight=0.168
=gewoon =ingehaakt | weight=0.168
=ingehaakt | weight=0.168
=leven | weight=0.167
=ben =nog | weight=0.166
=dubbele =om | weight=0.165
=lag =dubbele | weight=0.165
=die =man | weight=0.165
=eigen =modem | weight=0.165
=me =laat | weight=0.164
=nooit =meer | weight=0.164, noneg
=reactie =op | weight=0.164
=de =vraag | weight=0.163
=keek =op | weight=0.162
=klantvriendelijk =horen | weight=0.162
=klant =hebben | weight=0.162
=vrouw | weight=0.162
=onheus | weight=0.162
=zei =ja | weight=0.161
=te =lachen | weight=0.161
=verkoper =vroeg | weight=0.161
=bar | weight=0.160
=barman | weight=0.160
=de =bar | weight=0.160
=maakte =een | weight=0.160
=en =keek | weight=0.160
=bon =liet | weight=0.160
=mijn =bon | weight=0.160
=moest =leren | weight=0.160
=tijdens | weight=0.160
=heeft =ons | weight=0.159
=me =gewoon | weight=0.159
=bril | weight=0.159
=en =daarmee | weight=0.159
=vader =werd | weight=0.159
=heeft =mij | weight=0.158
=beter =weet | weight=0.158
=zij =zegt | weight=0.158
=wat =wilt | weight=0.158
=midden | weight=0.158
=midden =in | weight=0.158
=verkoper =keek | weight=0.157
=niet =snap | weight=0.157, noneg
=lol | weight=0.157
=alsof =hij | weight=0.157
=soms | weight=0.157
=buschauffeur | weight=0.156
=tegen =haar | weight=0.155
=vies | weight=0.155
=je =toch | weight=0.155
=me =geen | weight=0.155, noneg
=keek =me | weight=0.154
=een =hele | weight=0.154
=en =zet | weight=0.154
=bediende | weight=0.154
=het =poortje | weight=0.153
=poortje | weight=0.153
=zijn =schouders | weight=0.153
=alleen =dat | weight=0.153
=recht =in | weight=0.153
=lekker =klantvriendelijk | weight=0.152
=medewerker =hem | weight=0.152
=manager =was | weight=0.152
=smeet | weight=0.151
=echt =ongelooflijk | weight=0.151
=arrogant =en | weight=0.151
=niet =moest | weight=0.151, noneg
=hoorde =het | weight=0.150
=antwoord =ze | weight=0.150
=ze =snauwde | weight=0.150
=gwn =op | weight=0.149
=hing =gwn | weight=0.149
=het =af | weight=0.149
=grapjes | weight=0.149
=grapjes =over | weight=0.149
=maakte =grapjes | weight=0.149
=paar =euro | weight=0.149
=een =factuurcorrectie | weight=0.148
=factuurcorrectie | weight=0.148
=hele =behulpzaam | weight=0.148
=noemt | weight=0.147
=hij =sprak | weight=0.147
=het =loket | weight=0.147
=me =recht | weight=0.147
=mijn =gezicht | weight=0.147
=ze =reageerde | weight=0.147
=wilt =u | weight=0.147
=rolde | weight=0.146
=kreeg =de | weight=0.146
=een =uiterst | weight=0.146
=zelfscan =werkt | weight=0.146
=rolde =met | weight=0.146
=zuchtte =en | weight=0.146
=ze =behandeling | weight=0.145
=liet =zien | weight=0.145
=baliemedewerkster | weight=0.145
=de =baliemedewerkster | weight=0.145
=wind =van | weight=0.145
=dertig | weight=0.145
=aan =met | weight=0.145
=snauwde =me | weight=0.145
