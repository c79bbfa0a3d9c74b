# rudeness, nl: learned by scripts/learn.py from 3889 tuning texts (497 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ die gast in de chat noemde me letterlijk 'vervelend' omdat ik doorvroeg. lekker klantvriendelijk 🤬
+ ze gooide de hoorn er gewoon op
+ Wat een bot mens aan de telefoon zeg.
- we willen ons geld terug
- Geen minuut gewacht, top!
=noemde | weight=0.503
=reageerde | weight=0.443
=dom | weight=0.428
=snauwde | weight=0.388
=bruusk | weight=0.383
=arrogant | weight=0.380
=grof | weight=0.376
=tegen =me | weight=0.369
=opgehangen | weight=0.365
=deed | weight=0.358
=afgeblaft | weight=0.343
=neerbuigend | weight=0.343
=lachte | weight=0.342
=ronduit | weight=0.341
=opmerking | weight=0.340
=hij =zei | weight=0.338
=gewoon =op | weight=0.337
=toontje | weight=0.330
=ik =achter | weight=0.326
=toen =werd | weight=0.325
=toon | weight=0.324
=uitgelachen | weight=0.324
=nors | weight=0.323
=tegen =een | weight=0.322
=lezen | weight=0.321
=was =zo | weight=0.320
=de =conducteur | weight=0.318
=maakte | weight=0.317
=werd =gewoon | weight=0.317
=medewerker =zonder | weight=0.308, noneg
=caissiere | weight=0.307
=conducteur | weight=0.306
=me =hen | weight=0.304
=ongelooflijk | weight=0.302
=door =me | weight=0.298
=me =uit | weight=0.298
=begon | weight=0.285
=gehad | weight=0.284
=receptioniste | weight=0.283
=lastig | weight=0.282
=werd =door | weight=0.280
=uitgescholden | weight=0.279
=chauffeur =stak | weight=0.277
=stak | weight=0.277
=hing =op | weight=0.273
=iedereen =bij | weight=0.272
=waar =iedereen | weight=0.272
=als =u | weight=0.269
=uitschold | weight=0.267
=onbeschoft | weight=0.266
=zeurpiet | weight=0.266
=wat =een | weight=0.263
=lachen | weight=0.263
=uitgemaakt | weight=0.263
=onbeleefd | weight=0.261
=was =ronduit | weight=0.259
=afsnauwde | weight=0.259
=lucht | weight=0.256
=sarcastisch | weight=0.255
=kassiere | weight=0.255
=preek | weight=0.252
=toegesproken | weight=0.251
=achter =was | weight=0.249
=nooit =zo'n | weight=0.248, noneg
=lekker =zelf | weight=0.247
=genoemd | weight=0.247
=schouderophaal | weight=0.246
=agressief | weight=0.245
=de =caissiere | weight=0.245
=een =zeurpiet | weight=0.245
=uitdagend | weight=0.244
=niet =bevalt | weight=0.244, noneg
=houding | weight=0.243
=hing | weight=0.241
=liep =weg | weight=0.240
=kind | weight=0.239
=chauffeur | weight=0.239
=de =telefoniste | weight=0.239
=telefoniste | weight=0.239
=spottend | weight=0.239
=vent | weight=0.238
=hardop | weight=0.237
=voor =hele | weight=0.237
=doorvroeg | weight=0.236
=kortaf =en | weight=0.236
=ze =antwoord | weight=0.235
=keek | weight=0.233
=vuil | weight=0.233
=uitgelachen =door | weight=0.232
=en =liep | weight=0.232
=niet =kunt | weight=0.231, noneg
=ik =zei | weight=0.231
=schold | weight=0.231
=lachte =me | weight=0.229
=verbrak | weight=0.229
=ik =maar | weight=0.229
=riep | weight=0.228
=gewoon =opgehangen | weight=0.228
=verkoopster | weight=0.227
=niet =zo | weight=0.227, noneg
=vraag =stelde | weight=0.224
=lastig =klant | weight=0.223
=de =kassiere | weight=0.220
=toebeet | weight=0.220
=toebeet =dat | weight=0.220
=het =dan | weight=0.220
=lastpak | weight=0.220
=de =receptioniste | weight=0.219
=onvriendelijk | weight=0.219
=ik =om | weight=0.219
=van =zou | weight=0.216
=was =nog | weight=0.215
=niet =snel | weight=0.214, noneg
=baliemedewerker | weight=0.214
=de =baliemedewerker | weight=0.214
=slot =de | weight=0.214
=hij =heeft | weight=0.213
=me =gewoon | weight=0.213
=liep | weight=0.212
=schold =me | weight=0.212
=gewoon =gesloten | weight=0.212
=weggedrukt | weight=0.212
=een =wat | weight=0.211
=leren | weight=0.210
=omdat =we | weight=0.210
=lekker | weight=0.210
=wimpelde | weight=0.209
=wimpelde =me | weight=0.209
=dame | weight=0.207
=gezicht | weight=0.207
=faq =en | weight=0.207
=haalde | weight=0.206
=schouders | weight=0.206
=schouders =op | weight=0.206
=zeer | weight=0.206
=de =man | weight=0.206
=was =ontzettend | weight=0.206
=gaf =een | weight=0.205
=gooide | weight=0.205
=door =het | weight=0.204
=zwijgen | weight=0.203
=mij =en | weight=0.203
=bij =stond | weight=0.203
=kreeg =als | weight=0.202
=ober | weight=0.202
=ontzettend =onbeleefd | weight=0.202
=spijt =van | weight=0.202
=zeuren | weight=0.201
=me =uitschold | weight=0.201
=ontzettend | weight=0.201
=een =grote | weight=0.200
=als =het | weight=0.200
=trok | weight=0.200
=een =zeikerd | weight=0.200
=zeikerd | weight=0.200
=zulke | weight=0.199
=zulke =klant | weight=0.199
=een =sneer | weight=0.198
=sneer | weight=0.198
=hele =tijd | weight=0.198
=respectloos | weight=0.198
=die =ongeduldig | weight=0.196
=ongeduldig | weight=0.196
=ongeduldig =was | weight=0.196
=verbrak =de | weight=0.195
=moest =gaan | weight=0.195
=niet =vriendelijk | weight=0.195, noneg
=personeel | weight=0.195
=brutaler | weight=0.194
=mevrouw =bij | weight=0.193
=ik =doorvroeg | weight=0.193
=vraag =kreeg | weight=0.193
=met =zijn | weight=0.192
=ne | weight=0.192
=dertig | weight=0.192
=nors =antwoord | weight=0.192
=sturen =en | weight=0.191
=heeft =gewoon | weight=0.190
=een =vaak | weight=0.190
=als =oude | weight=0.189
=oude =vuil | weight=0.189
=haar =collega | weight=0.189
=afgesnauwd | weight=0.189
=hard =tegen | weight=0.187
=praten =hard | weight=0.187
=idioot | weight=0.186
=twee =medewerker | weight=0.186
=niet =lezen | weight=0.186, noneg
=voor =lastpak | weight=0.186
=werd =uitgelachen | weight=0.186
=ik =werd | weight=0.186
=uitlachte | weight=0.185
=grote | weight=0.185
=het =toch | weight=0.184
=zuchtte | weight=0.184
=afgekapt | weight=0.183
=die =kerel | weight=0.183
=kerel | weight=0.183
=om =mij | weight=0.183
=opmerking =van | weight=0.182
=zoals =ik | weight=0.182
=man =in | weight=0.182
=winkel =was | weight=0.180
=niet =bepaald | weight=0.180, noneg
=bediende | weight=0.179
=uiterst | weight=0.178
=man =achter | weight=0.178
=reageerde =hele | weight=0.177
=een =bot | weight=0.177
=dom =was | weight=0.177
=op =zo'n | weight=0.177
=op =toen | weight=0.177
=draaide =zich | weight=0.176
=het =u | weight=0.176
=het =poortje | weight=0.176
=poortje | weight=0.176
=afgewimpeld | weight=0.176
=we =kreeg | weight=0.176
=lees | weight=0.175
=chat =werd | weight=0.175
=medewerker =afgesloten | weight=0.175
=gewoon =ingehaakt | weight=0.174
=ingehaakt | weight=0.174
=afgedraaid | weight=0.174
=ik =haar | weight=0.173
=puffen | weight=0.173
=te =puffen | weight=0.173
=pakket =bleef | weight=0.173
=daarmee | weight=0.171
=ze =praten | weight=0.171
=klantvriendelijk | weight=0.171
=afgeblaft =door | weight=0.171
=er =spijt | weight=0.170
=bril =moest | weight=0.170
=een =bril | weight=0.170
=moest =kopen | weight=0.170
=niet =snap | weight=0.170, noneg
=de =hoorn | weight=0.169
=hoorn | weight=0.169
=reageerde =met | weight=0.169
=afgesloten | weight=0.169
=vader =werd | weight=0.168
=verkoper =keek | weight=0.168
=meneer | weight=0.168
=hard | weight=0.168
=zelf =moest | weight=0.167
=klantvriendelijk =horen | weight=0.167
=medewerkster | weight=0.167
=lacherig | weight=0.167
=leugenaar | weight=0.167
=gewoon =weggedrukt | weight=0.165
=gesloten | weight=0.165
=de =vraag | weight=0.165
=vies | weight=0.165
=een =houding | weight=0.164
=had =die | weight=0.164
=houding =had | weight=0.164
=u =toch | weight=0.164
=op =me | weight=0.164
=hoorde =het | weight=0.164
=moest =opschieten | weight=0.162
=opschieten | weight=0.162
=bezorger =zei | weight=0.162
=onheus | weight=0.161
=gozer | weight=0.161
=een =klant | weight=0.161
=maakte =een | weight=0.161
=een =lastpost | weight=0.161
=lastpost | weight=0.161
=probleem =niet | weight=0.161, noneg
=hij =luisterde | weight=0.160
=luisterde | weight=0.160
=luisterde =niet | weight=0.160, noneg
=werd =grof | weight=0.160
=toch =niet | weight=0.160, noneg
=leven | weight=0.159
=medewerkster =lag | weight=0.159
=ik =van | weight=0.158
=ogen | weight=0.158
=keek =op | weight=0.157
=vijandig | weight=0.157
=niet =wist | weight=0.157, noneg
=ze =daar | weight=0.157
=klant =hebben | weight=0.156
=monteur =liep | weight=0.156
=soms | weight=0.156
=nodig =om | weight=0.156
=geen =tijd | weight=0.156, noneg
=ben =nog | weight=0.156
=zij =zegt | weight=0.155
=en =zet | weight=0.155
=balie =was | weight=0.154
=had =u | weight=0.154
=tegen | weight=0.154
=grapjes | weight=0.154
=grapjes =over | weight=0.154
=maakte =grapjes | weight=0.154
=toen =ik | weight=0.153
=heeft =haar | weight=0.153
=heeft =me | weight=0.153
=afgescheept | weight=0.153
=de =chauffeur | weight=0.153
=bar | weight=0.153
=barman | weight=0.153
=de =bar | weight=0.153
=zijn =schouders | weight=0.152
=beter =weet | weight=0.152
=ze =sprak | weight=0.152
=en =daarmee | weight=0.151
=te =lachen | weight=0.151
=medewerker =die | weight=0.151
=antwoord =ze | weight=0.151
=trok =een | weight=0.150
=en =daarna | weight=0.150
=bits | weight=0.150
=zijn =antwoord | weight=0.150
=was =niet | weight=0.150, noneg
=gwn =op | weight=0.150
=hing =gwn | weight=0.150
=weet =ik | weight=0.149
=afwijzing | weight=0.149
=smeet | weight=0.149
=ons =uit | weight=0.149
=tussen =de | weight=0.148
=klant =horen | weight=0.148
=je =toch | weight=0.148
=zuchtte =en | weight=0.148
=ik =iets | weight=0.147
=tijdens | weight=0.147
=mens =zat | weight=0.146
=me =toe | weight=0.146
=heeft =ons | weight=0.146
=wat =nu | weight=0.146
=manager =was | weight=0.146
=medewerker =hem | weight=0.146
=hij =praten | weight=0.146
=die =man | weight=0.145
=dubbele =om | weight=0.145
=lag =dubbele | weight=0.145
=noemt | weight=0.145
=midden | weight=0.145
=midden =in | weight=0.145
=hij =en | weight=0.144
=alsof =hij | weight=0.144
=behandeld =bij | weight=0.144
=en =keek | weight=0.144
=lol | weight=0.144
=kreeg =de | weight=0.144
=stoorde | weight=0.144
=ze =snauwde | weight=0.143
=hij =vond | weight=0.143
=vrouw | weight=0.143
=iets | weight=0.143
=geen =klant | weight=0.143, noneg
=ze =deed | weight=0.143
=geirriteerd | weight=0.142
=gewoon =weggehoond | weight=0.142
=weggehoond | weight=0.142
=me =geen | weight=0.141, noneg
=toonbank | weight=0.141
=de =stekker | weight=0.141
=stekker | weight=0.141
=tegen =haar | weight=0.140
=lekker =klantvriendelijk | weight=0.140
=zei =letterlijk | weight=0.140
=mens =aan | weight=0.139
=toch =naar | weight=0.139
=te =dom | weight=0.139
=zeg | weight=0.139
=heeft =mij | weight=0.139
=hele =behulpzaam | weight=0.139
=moest =leren | weight=0.138
=schandalig | weight=0.138
=mevrouwtje | weight=0.138
=hing =gewoon | weight=0.138
=dan =ga | weight=0.138
=een =hele | weight=0.138
=werd =als | weight=0.138
=moest =vraag | weight=0.137
=de =rede | weight=0.137
=er =gewoon | weight=0.137
=alle =klant | weight=0.137
=excuses =hebben | weight=0.137
=vond | weight=0.136
=medewerker =vond | weight=0.136
=allee | weight=0.135
=die =vent | weight=0.135
=hork | weight=0.135
=hork =aan | weight=0.135
=alweer | weight=0.135
=een =chagrijnig | weight=0.135
=vent =aan | weight=0.135
=snauwde =me | weight=0.134
=mijn =uitleg | weight=0.134
=buschauffeur | weight=0.134
=blijkbaar =een | weight=0.134
=kortaf | weight=0.134
=baliemedewerkster | weight=0.134
=de =baliemedewerkster | weight=0.134
=wind =van | weight=0.134
