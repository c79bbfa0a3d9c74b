# rudeness, nl: learned by scripts/learn.py from 4875 tuning texts (560 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ die gast in de chat noemde me letterlijk 'vervelend' omdat ik doorvroeg. lekker klantvriendelijk 🤬
+ Ik werd weggezet als zeurpiet.
+ ze gooide de hoorn er gewoon op
- ok dankje
- ok top dank je
=afgeblaft | weight=0.540
=onvriendelijk | weight=0.537
=noemde | weight=0.519
=snauwde | weight=0.478
=dom | weight=0.461
=arrogant | weight=0.458
=reageerde | weight=0.437
=zeurpiet | weight=0.430
=nors | weight=0.415
=lachte | weight=0.413
=tegen =me | weight=0.407
=gewoon =op | weight=0.404
=gewoon =opgehangen | weight=0.396
=toon | weight=0.390
=bruusk | weight=0.387
=onbeschoft | weight=0.379
=opmerking | weight=0.374
=uitgelachen | weight=0.372
=sarcastisch | weight=0.361
=neerbuigend | weight=0.361
=hing =op | weight=0.357
=me =uit | weight=0.344
=opgehangen | weight=0.337
=uitgescholden | weight=0.337
=door =me | weight=0.334
=toontje | weight=0.332
=grof | weight=0.330
=kortaf =en | weight=0.330
=gezicht | weight=0.329
=medewerker =zonder | weight=0.326, noneg
=ronduit | weight=0.325
=afsnauwde | weight=0.320
=hij =zei | weight=0.316
=ik =achter | weight=0.316
=werd =gewoon | weight=0.314
=was =ronduit | weight=0.311
=deed | weight=0.310
=respectloos | weight=0.308
=geirriteerd | weight=0.303
=afgesnauwd | weight=0.300
=leren | weight=0.299
=giechelde | weight=0.299
=me =hen | weight=0.297
=uitgemaakt | weight=0.296
=en =liep | weight=0.295
=brutaal | weight=0.294
=nou =eigenlijk | weight=0.293
=maakte | weight=0.291
=lachen | weight=0.290
=houding | weight=0.289
=de =conducteur | weight=0.287
=doorvroeg | weight=0.287
=rug | weight=0.285
=zuchtte | weight=0.285
=niet =bevalt | weight=0.285, noneg
=vuil | weight=0.280
=lekker =zelf | weight=0.278
=spottend | weight=0.277
=preek | weight=0.276
=vent | weight=0.274
=was =zo | weight=0.274
=lucht | weight=0.272
=lachte =me | weight=0.272
=uitschold | weight=0.272
=iedereen =bij | weight=0.271
=waar =iedereen | weight=0.271
=voor =hele | weight=0.270
=receptioniste | weight=0.270
=discussie | weight=0.266
=tegen =een | weight=0.266
=chauffeur =stak | weight=0.265
=stak | weight=0.265
=bot | weight=0.265
=kind | weight=0.265
=toegesproken | weight=0.264
=lastig | weight=0.264
=haar =collega | weight=0.263
=hardop | weight=0.263
=gewoon =te | weight=0.263
=chauffeur | weight=0.263
=ne | weight=0.262
=omdat =we | weight=0.259
=als =u | weight=0.258
=ik =doorvroeg | weight=0.258
=onbeleefd | weight=0.258
=vraag =stelde | weight=0.257
=lezen | weight=0.256
=verbrak | weight=0.256
=faq =en | weight=0.256
=nooit =zo'n | weight=0.255, noneg
=niet =kunt | weight=0.255, noneg
=werd =door | weight=0.255
=niet =zo | weight=0.253, noneg
=uitdagend | weight=0.251
=kreeg =als | weight=0.251
=caissiere | weight=0.251
=hele =tijd | weight=0.249
=lastig =klant | weight=0.248
=achter =was | weight=0.247
=ongeinteresseerd | weight=0.247
=een =vaak | weight=0.246
=medewerkster | weight=0.246
=agressief | weight=0.244
=ze =antwoord | weight=0.244
=gaapte | weight=0.244
=genoemd | weight=0.243
=niet =ons | weight=0.243, noneg
=nors =antwoord | weight=0.241
=schold | weight=0.240
=ongelooflijk | weight=0.239
=hing | weight=0.239
=niet =lezen | weight=0.239, noneg
=personeel | weight=0.239
=kassiere | weight=0.238
=van =zou | weight=0.238
=kleinerende | weight=0.237
=lacherig | weight=0.237
=schouderophaal | weight=0.237
=uitlachte | weight=0.237
=de =telefoniste | weight=0.236
=telefoniste | weight=0.236
=slot =de | weight=0.235
=weggedrukt | weight=0.235
=een =grote | weight=0.235
=ik =iets | weight=0.234
=die =ongeduldig | weight=0.233
=ongeduldig | weight=0.233
=ongeduldig =was | weight=0.233
=dom =was | weight=0.232
=gooide | weight=0.230
=een =zeurpiet | weight=0.228
=met =zijn | weight=0.228
=begon | weight=0.227
=sturen =en | weight=0.226
=mij =en | weight=0.226
=de =man | weight=0.225
=baliemedewerker | weight=0.224
=de =baliemedewerker | weight=0.224
=toebeet | weight=0.224
=toebeet =dat | weight=0.224
=zeuren | weight=0.224
=heeft =gewoon | weight=0.223
=wat =een | weight=0.223
=wat =wil | weight=0.223
=spijt =van | weight=0.222
=een =sneer | weight=0.222
=sneer | weight=0.222
=bij =stond | weight=0.221
=hard | weight=0.221
=was =ontzettend | weight=0.220
=toen =werd | weight=0.219
=haalde | weight=0.218
=schouders | weight=0.218
=schouders =op | weight=0.218
=uitgelachen =door | weight=0.218
=maakte =een | weight=0.217
=ontzettend | weight=0.217
=wimpelde | weight=0.216
=wimpelde =me | weight=0.216
=medewerker =afgesloten | weight=0.214
=conducteur | weight=0.214
=ober | weight=0.214
=om =mij | weight=0.213
=een =zeikerd | weight=0.213
=zeikerd | weight=0.213
=verbrak =de | weight=0.213
=verkoopster | weight=0.213
=chagrijnig | weight=0.213
=schold =me | weight=0.211
=zwijgen | weight=0.210
=lekker | weight=0.210
=niet =bepaald | weight=0.209, noneg
=grote | weight=0.209
=zulke | weight=0.209
=vrouw | weight=0.209
=man =in | weight=0.209
=zulke =klant | weight=0.208
=ik =afgescheept | weight=0.208
=gehad | weight=0.208
=puffen | weight=0.208
=te =puffen | weight=0.208
=me =toe | weight=0.208
=uiterst | weight=0.208
=op =toen | weight=0.207
=snauwde =me | weight=0.206
=als =oude | weight=0.206
=oude =vuil | weight=0.206
=ze =praten | weight=0.206
=het =u | weight=0.205
=lastpak | weight=0.205
=niet =vriendelijk | weight=0.205, noneg
=waar =mijn | weight=0.204
=mevrouw =bij | weight=0.204
=ontzettend =onbeleefd | weight=0.203
=zodra =ik | weight=0.202
=ons =uit | weight=0.202
=door =het | weight=0.202
=bril =moest | weight=0.202
=een =bril | weight=0.202
=u =nou | weight=0.201
=ze =ineens | weight=0.200
=afgescheept | weight=0.200
=gewoon =weggedrukt | weight=0.200
=een =wat | weight=0.199
=de =kassiere | weight=0.199
=die =man | weight=0.198
=voor =lastpak | weight=0.198
=niet =snap | weight=0.198, noneg
=hard =tegen | weight=0.197
=praten =hard | weight=0.197
=liep =weg | weight=0.197
=zijn =antwoord | weight=0.196
=leugenaar | weight=0.195
=kortaf | weight=0.195
=ze =sprak | weight=0.195
=een =klant | weight=0.195
=afgedraaid | weight=0.192
=daarmee | weight=0.192
=de =receptioniste | weight=0.191
=zoals =ik | weight=0.191
=idioot | weight=0.191
=ik =werd | weight=0.190
=afgekapt | weight=0.190
=me =uitschold | weight=0.190
=liep =gewoon | weight=0.190
=met =me | weight=0.189
=brutaler | weight=0.189
=draaide =zich | weight=0.189
=zelf =moest | weight=0.189
=mevrouwtje | weight=0.188
=geen =tijd | weight=0.188, noneg
=opmerking =van | weight=0.187
=gewoon =ingehaakt | weight=0.187
=ingehaakt | weight=0.187
=behandeld =als | weight=0.186
=heeft =mij | weight=0.186
=mens =zat | weight=0.186
=werd =afgesnauwd | weight=0.186
=op =zo'n | weight=0.185
=niet =snapte | weight=0.185, noneg
=moest =leren | weight=0.185
=afgesnauwd =omdat | weight=0.184
=de =hoorn | weight=0.184
=hoorn | weight=0.184
=tegen =haar | weight=0.183
=me =laat | weight=0.182
=te =lachen | weight=0.182
=ging =de | weight=0.182
=zijn =schouders | weight=0.182
=ja =en | weight=0.182
=keek =op | weight=0.182
=en =keek | weight=0.181
=een =houding | weight=0.180
=houding =had | weight=0.180
=op =me | weight=0.180
=nu =weer | weight=0.180
=was =nog | weight=0.180
=wat =wilt | weight=0.180
=dame | weight=0.179
=trok | weight=0.179
=hebben =gewoon | weight=0.179
=afgewimpeld | weight=0.179
=ogen | weight=0.178
=liep | weight=0.178
=medewerkster =lag | weight=0.178
=monteur =liep | weight=0.178
=twee =medewerker | weight=0.178
=zei =letterlijk | weight=0.178
=mail =niet | weight=0.177, noneg
=had =u | weight=0.177
=alleen =dat | weight=0.176
=leven | weight=0.176
=ze =deed | weight=0.176
=pakket =bleef | weight=0.176
=stoorde | weight=0.175
=een =lastpost | weight=0.175
=lastpost | weight=0.175
=klantvriendelijk =horen | weight=0.175
=werd =hij | weight=0.175
=klantvriendelijk | weight=0.174
=gozer | weight=0.174
=onkundig | weight=0.174
=we =kreeg | weight=0.173
=reageerde =hele | weight=0.172
=vies | weight=0.172
=ik =om | weight=0.172
=keek | weight=0.172
=achter | weight=0.172
=de =caissiere | weight=0.171
=niet =snel | weight=0.171, noneg
=hij =luisterde | weight=0.171
=luisterde | weight=0.171
=luisterde =niet | weight=0.171, noneg
=werd =grof | weight=0.171
=balie =was | weight=0.171
=moest =gaan | weight=0.171
=kleinkinderen | weight=0.171
=mijn =kleinkinderen | weight=0.171
=dubbele =om | weight=0.170
=lag =dubbele | weight=0.170
=reageerde =met | weight=0.170
=vroeg =de | weight=0.170
=gaf =een | weight=0.169
=gwn =op | weight=0.169
=hing =gwn | weight=0.169
=bon =liet | weight=0.169
=tussen =de | weight=0.169
=buschauffeur | weight=0.169
=keek =me | weight=0.168
=grapjes | weight=0.168
=grapjes =over | weight=0.168
=maakte =grapjes | weight=0.168
=eigen =modem | weight=0.166
=er =spijt | weight=0.166
=gewoon =gesloten | weight=0.166
=probleem =niet | weight=0.166, noneg
=vraag =kreeg | weight=0.166
=klant =hebben | weight=0.165
=vader =werd | weight=0.165
=een =hele | weight=0.165
=die =kerel | weight=0.165
=kerel | weight=0.165
=ben =nog | weight=0.164
=reactie =op | weight=0.164
=verkoper =keek | weight=0.164
=smeet | weight=0.164
=midden | weight=0.164
=midden =in | weight=0.164
=de =vraag | weight=0.163
=hij =sprak | weight=0.163
=het =toch | weight=0.163
=recht =in | weight=0.163
=normaal | weight=0.162
=kan =echt | weight=0.162
=niet =moest | weight=0.162, noneg
=antwoord =ze | weight=0.161
=als =antwoord | weight=0.160
=jullie =medewerker | weight=0.160
=arrogant =en | weight=0.160
=bediende | weight=0.160
=ze =behandeling | weight=0.160
=beter =weet | weight=0.159
=nodig =om | weight=0.159
=toonbank | weight=0.159
=noemt | weight=0.159
=werd =uitgelachen | weight=0.159
=antwoord =in | weight=0.158
=me =recht | weight=0.157
=mijn =gezicht | weight=0.157
=een =normaal | weight=0.157
=manager =was | weight=0.156
=hoorde =het | weight=0.156
=je =toch | weight=0.156
=waarom =reageert | weight=0.156
=en =zet | weight=0.156
=en =daarmee | weight=0.156
=bits | weight=0.156
=bar | weight=0.156
=barman | weight=0.156
=de =bar | weight=0.156
=prijs =vroeg | weight=0.156
=zat =te | weight=0.156
=als =het | weight=0.156
=gapen | weight=0.155
=dank =je | weight=0.155
=me =in | weight=0.155
=die =vent | weight=0.155
=bezorger =zei | weight=0.155
=lol | weight=0.155
=en =hing | weight=0.155
=beet | weight=0.154
=zelfscan =werkt | weight=0.154
=naar =zijn | weight=0.154
=zei =ja | weight=0.154
=alsof =hij | weight=0.154
=leren =lezen | weight=0.154
=de =dubbele | weight=0.154
=heeft =ons | weight=0.152
=antwoord =toen | weight=0.152
=medewerker =hem | weight=0.151
=vent =aan | weight=0.151
=mijn =bon | weight=0.151
=ie | weight=0.151
=moest =kopen | weight=0.151
=zij =zegt | weight=0.150
=diep | weight=0.150
=een =chagrijnig | weight=0.150
=ik =van | weight=0.150
=een =uiterst | weight=0.150
=onheus | weight=0.150
=het =loket | weight=0.149
=allee | weight=0.149
=zuchtte =en | weight=0.149
=uitlachte =toen | weight=0.149
=over =op | weight=0.149
=verkoper =vroeg | weight=0.148
=kreeg =de | weight=0.148
=het =poortje | weight=0.148
=poortje | weight=0.148
=mij =bij | weight=0.148
