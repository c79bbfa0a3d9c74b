# rudeness, nl: learned by scripts/learn.py from 4875 tuning texts (560 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ die gast in de chat noemde me letterlijk 'vervelend' omdat ik doorvroeg. lekker klantvriendelijk 🤬
+ Ik werd weggezet als zeurpiet.
+ ze gooide de hoorn er gewoon op
- ok dankje
- ok top dank je
=noemde | weight=0.550
=afgeblaft | weight=0.545
=onvriendelijk | weight=0.542
=snauwde | weight=0.486
=arrogant | weight=0.469
=dom | weight=0.467
=zeurpiet | weight=0.440
=reageerde | weight=0.439
=lachte | weight=0.416
=tegen =me | weight=0.415
=nors | weight=0.414
=gewoon =op | weight=0.398
=toon | weight=0.394
=gewoon =opgehangen | weight=0.388
=bruusk | weight=0.386
=uitgelachen | weight=0.385
=onbeschoft | weight=0.383
=neerbuigend | weight=0.373
=opmerking | weight=0.362
=hing =op | weight=0.361
=sarcastisch | weight=0.355
=uitgescholden | weight=0.351
=me =uit | weight=0.345
=medewerker =zonder | weight=0.343, noneg
=kortaf =en | weight=0.340
=toontje | weight=0.339
=opgehangen | weight=0.338
=door =me | weight=0.334
=ronduit | weight=0.332
=gezicht | weight=0.331
=respectloos | weight=0.325
=grof | weight=0.322
=ik =achter | weight=0.321
=afsnauwde | weight=0.318
=was =ronduit | weight=0.317
=brutaal | weight=0.316
=werd =gewoon | weight=0.315
=uitgemaakt | weight=0.309
=afgesnauwd | weight=0.305
=hij =zei | weight=0.304
=me =hen | weight=0.302
=de =conducteur | weight=0.301
=leren | weight=0.301
=houding | weight=0.298
=nou =eigenlijk | weight=0.297
=giechelde | weight=0.294
=en =liep | weight=0.294
=maakte | weight=0.294
=zuchtte | weight=0.293
=lekker =zelf | weight=0.293
=niet =bevalt | weight=0.291, noneg
=doorvroeg | weight=0.288
=rug | weight=0.287
=iedereen =bij | weight=0.281
=waar =iedereen | weight=0.281
=chauffeur | weight=0.281
=receptioniste | weight=0.281
=geirriteerd | weight=0.281
=als =u | weight=0.279
=vent | weight=0.278
=lachen | weight=0.277
=vuil | weight=0.277
=uitschold | weight=0.276
=spottend | weight=0.276
=tegen =een | weight=0.275
=deed | weight=0.274
=hardop | weight=0.274
=lucht | weight=0.273
=chauffeur =stak | weight=0.273
=stak | weight=0.273
=gewoon =te | weight=0.272
=voor =hele | weight=0.269
=discussie | weight=0.268
=ik =doorvroeg | weight=0.268
=toegesproken | weight=0.267
=bot | weight=0.266
=ne | weight=0.265
=was =zo | weight=0.265
=verbrak | weight=0.264
=hing | weight=0.264
=preek | weight=0.263
=omdat =we | weight=0.262
=lachte =me | weight=0.262
=vraag =stelde | weight=0.261
=faq =en | weight=0.259
=haar =collega | weight=0.259
=niet =kunt | weight=0.259, noneg
=ongelooflijk | weight=0.257
=kind | weight=0.257
=achter =was | weight=0.256
=onbeleefd | weight=0.255
=agressief | weight=0.255
=kreeg =als | weight=0.254
=nooit =zo'n | weight=0.253, noneg
=caissiere | weight=0.253
=lastig | weight=0.253
=werd =door | weight=0.251
=uitdagend | weight=0.251
=lezen | weight=0.251
=medewerkster | weight=0.251
=slot =de | weight=0.250
=niet =zo | weight=0.249, noneg
=gaapte | weight=0.248
=een =grote | weight=0.247
=niet =ons | weight=0.247, noneg
=begon | weight=0.245
=ze =antwoord | weight=0.245
=lastig =klant | weight=0.245
=een =vaak | weight=0.244
=schold | weight=0.243
=weggedrukt | weight=0.243
=van =zou | weight=0.243
=kleinerende | weight=0.242
=ik =iets | weight=0.242
=genoemd | weight=0.242
=de =telefoniste | weight=0.241
=telefoniste | weight=0.241
=hele =tijd | weight=0.240
=ongeinteresseerd | weight=0.239
=kassiere | weight=0.239
=dom =was | weight=0.238
=uitlachte | weight=0.237
=nors =antwoord | weight=0.236
=de =man | weight=0.235
=personeel | weight=0.235
=niet =lezen | weight=0.235, noneg
=schouderophaal | weight=0.234
=lacherig | weight=0.232
=ontzettend | weight=0.232
=een =zeurpiet | weight=0.232
=zeuren | weight=0.231
=haalde | weight=0.231
=schouders | weight=0.231
=schouders =op | weight=0.231
=sturen =en | weight=0.230
=spijt =van | weight=0.230
=conducteur | weight=0.230
=een =sneer | weight=0.229
=sneer | weight=0.229
=die =ongeduldig | weight=0.229
=ongeduldig | weight=0.229
=ongeduldig =was | weight=0.229
=vrouw | weight=0.228
=baliemedewerker | weight=0.226
=de =baliemedewerker | weight=0.226
=wat =een | weight=0.224
=gooide | weight=0.224
=toebeet | weight=0.224
=toebeet =dat | weight=0.224
=was =ontzettend | weight=0.223
=heeft =gewoon | weight=0.222
=maakte =een | weight=0.222
=verkoopster | weight=0.221
=lastpak | weight=0.221
=wat =wil | weight=0.221
=toen =werd | weight=0.221
=medewerker =afgesloten | weight=0.220
=mij =en | weight=0.220
=wimpelde | weight=0.219
=wimpelde =me | weight=0.219
=verbrak =de | weight=0.219
=bij =stond | weight=0.219
=chagrijnig | weight=0.218
=me =toe | weight=0.218
=een =wat | weight=0.217
=kortaf | weight=0.216
=het =u | weight=0.216
=uitgelachen =door | weight=0.215
=liep =weg | weight=0.215
=voor =lastpak | weight=0.215
=grote | weight=0.215
=om =mij | weight=0.214
=ober | weight=0.214
=schold =me | weight=0.214
=met =zijn | weight=0.214
=gehad | weight=0.213
=uiterst | weight=0.212
=man =in | weight=0.212
=niet =vriendelijk | weight=0.211, noneg
=op =toen | weight=0.210
=u =nou | weight=0.210
=als =oude | weight=0.210
=oude =vuil | weight=0.210
=mevrouw =bij | weight=0.210
=hard | weight=0.210
=ze =ineens | weight=0.209
=niet =bepaald | weight=0.208, noneg
=snauwde =me | weight=0.208
=zwijgen | weight=0.207
=gewoon =weggedrukt | weight=0.207
=afgescheept | weight=0.207
=ze =praten | weight=0.207
=een =zeikerd | weight=0.206
=zeikerd | weight=0.206
=zulke | weight=0.206
=lekker | weight=0.205
=ik =afgescheept | weight=0.205
=zulke =klant | weight=0.204
=ik =werd | weight=0.204
=zodra =ik | weight=0.203
=bril =moest | weight=0.203
=een =bril | weight=0.203
=ontzettend =onbeleefd | weight=0.203
=de =kassiere | weight=0.202
=de =receptioniste | weight=0.201
=zijn =antwoord | weight=0.201
=hard =tegen | weight=0.200
=praten =hard | weight=0.200
=afgedraaid | weight=0.199
=zelf =moest | weight=0.199
=puffen | weight=0.199
=te =puffen | weight=0.199
=afgekapt | weight=0.199
=door =het | weight=0.197
=me =uitschold | weight=0.197
=daarmee | weight=0.196
=zoals =ik | weight=0.196
=idioot | weight=0.195
=gewoon =ingehaakt | weight=0.195
=ingehaakt | weight=0.195
=monteur =liep | weight=0.195
=niet =snap | weight=0.194, noneg
=de =hoorn | weight=0.194
=hoorn | weight=0.194
=draaide =zich | weight=0.194
=ons =uit | weight=0.194
=een =klant | weight=0.193
=wat =wilt | weight=0.192
=leugenaar | weight=0.192
=die =man | weight=0.192
=niet =snapte | weight=0.191, noneg
=balie =was | weight=0.191
=waar =mijn | weight=0.191
=mens =zat | weight=0.190
=ogen | weight=0.190
=me =laat | weight=0.190
=keek | weight=0.190
=ging =de | weight=0.189
=brutaler | weight=0.189
=pakket =bleef | weight=0.189
=moest =leren | weight=0.188
=werd =afgesnauwd | weight=0.188
=een =houding | weight=0.188
=houding =had | weight=0.188
=keek =me | weight=0.188
=met =me | weight=0.187
=moest =gaan | weight=0.187
=ja =en | weight=0.187
=twee =medewerker | weight=0.187
=tegen =haar | weight=0.187
=op =zo'n | weight=0.186
=ze =sprak | weight=0.185
=gaf =een | weight=0.184
=alleen =dat | weight=0.184
=en =keek | weight=0.183
=afgesnauwd =omdat | weight=0.183
=mevrouwtje | weight=0.183
=te =lachen | weight=0.183
=opmerking =van | weight=0.183
=op =me | weight=0.183
=werd =hij | weight=0.182
=trok | weight=0.182
=klantvriendelijk | weight=0.181
=tussen =de | weight=0.181
=liep | weight=0.181
=geen =tijd | weight=0.181, noneg
=hebben =gewoon | weight=0.180
=leven | weight=0.180
=achter | weight=0.180
=gewoon =gesloten | weight=0.180
=liep =gewoon | weight=0.179
=mail =niet | weight=0.179, noneg
=gozer | weight=0.179
=heeft =mij | weight=0.178
=reageerde =hele | weight=0.178
=zei =letterlijk | weight=0.178
=de =vraag | weight=0.177
=reageerde =met | weight=0.177
=had =u | weight=0.177
=afgewimpeld | weight=0.177
=onkundig | weight=0.177
=ze =deed | weight=0.176
=vraag =kreeg | weight=0.176
=de =caissiere | weight=0.176
=probleem =niet | weight=0.176, noneg
=antwoord =in | weight=0.175
=hij =luisterde | weight=0.175
=luisterde | weight=0.175
=luisterde =niet | weight=0.175, noneg
=werd =grof | weight=0.175
=het =toch | weight=0.174
=stoorde | weight=0.174
=kleinkinderen | weight=0.173
=mijn =kleinkinderen | weight=0.173
=vroeg =de | weight=0.173
=keek =op | weight=0.173
=reactie =op | weight=0.172
=verkoper =keek | weight=0.172
=buschauffeur | weight=0.172
=die =kerel | weight=0.172
=kerel | weight=0.172
=een =hele | weight=0.171
=gwn =op | weight=0.171
=hing =gwn | weight=0.171
=er =spijt | weight=0.171
=was =nog | weight=0.171
=we =kreeg | weight=0.171
=ze =behandeling | weight=0.170
=niet =snel | weight=0.169, noneg
=vader =werd | weight=0.169
=ze =snauwde | weight=0.169
=kan =echt | weight=0.169
=een =lastpost | weight=0.169
=lastpost | weight=0.169
=antwoord =ze | weight=0.168
=eigen =modem | weight=0.168
=medewerkster =lag | weight=0.167
=zat =te | weight=0.167
=nu =weer | weight=0.167
=toonbank | weight=0.167
=bediende | weight=0.166
=behandeld =als | weight=0.166
=grapjes | weight=0.166
=grapjes =over | weight=0.166
=maakte =grapjes | weight=0.166
=midden | weight=0.165
=midden =in | weight=0.165
=ik =van | weight=0.164
=ben =nog | weight=0.164
=en =zet | weight=0.164
=arrogant =en | weight=0.164
=prijs =vroeg | weight=0.164
=slot | weight=0.164
=als =antwoord | weight=0.164
=klant =hebben | weight=0.164
=klantvriendelijk =horen | weight=0.163
=noemt | weight=0.163
=en =daarmee | weight=0.163
=je =toch | weight=0.162
=die =vent | weight=0.162
=hij =sprak | weight=0.162
=moest =kopen | weight=0.162
=hoorde =het | weight=0.162
=chat =werd | weight=0.162
=werd =uitgelachen | weight=0.161
=ik =om | weight=0.161
=smeet | weight=0.160
=een =factuurcorrectie | weight=0.160
=factuurcorrectie | weight=0.160
=niet =moest | weight=0.160, noneg
=bon =liet | weight=0.160
=antwoord =toen | weight=0.160
=rolde | weight=0.160
=dame | weight=0.160
=rolde =met | weight=0.160
=nodig =om | weight=0.159
=normaal | weight=0.159
=dubbele =om | weight=0.159
=lag =dubbele | weight=0.159
=beter =weet | weight=0.159
=vies | weight=0.158
=recht =in | weight=0.158
=bar | weight=0.158
=barman | weight=0.158
=de =bar | weight=0.158
=onheus | weight=0.158
=medewerker =hem | weight=0.157
=beet | weight=0.157
=een =chagrijnig | weight=0.157
=als =het | weight=0.157
=zijn =schouders | weight=0.157
=allee | weight=0.156
=bits | weight=0.156
=diep | weight=0.156
=dan =ga | weight=0.156
=meneer | weight=0.155
=jullie =medewerker | weight=0.155
=lekker =klantvriendelijk | weight=0.155
=dank =je | weight=0.155
=de =dubbele | weight=0.155
=de =chauffeur | weight=0.155
=leren =lezen | weight=0.154
=naar =zijn | weight=0.154
=en =daarna | weight=0.153
=toch =naar | weight=0.153
=een =normaal | weight=0.153
=waarom =reageert | weight=0.152
=verkoper =vroeg | weight=0.152
=me =recht | weight=0.152
=mijn =gezicht | weight=0.152
=bezorger =zei | weight=0.152
=gapen | weight=0.152
=manager =was | weight=0.151
=sprak =tegen | weight=0.151
=gaan =zoek | weight=0.151
=riep | weight=0.151
=me =in | weight=0.151
=zij =zegt | weight=0.149
=nuttigs | weight=0.149
=nuttigs =doen | weight=0.149
