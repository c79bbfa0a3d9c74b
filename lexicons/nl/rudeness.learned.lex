# rudeness, nl: learned by scripts/learn.py from 4090 tuning texts (500 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ die gast in de chat noemde me letterlijk 'vervelend' omdat ik doorvroeg. lekker klantvriendelijk 🤬
+ ze gooide de hoorn er gewoon op
+ Wat een bot mens aan de telefoon zeg.
- we willen ons geld terug
- Dank voor de snelle hulp!
=noemde | weight=0.507
=reageerde | weight=0.453
=dom | weight=0.438
=bruusk | weight=0.375
=grof | weight=0.368
=arrogant | weight=0.367
=snauwde | weight=0.362
=gewoon =op | weight=0.359
=opgehangen | weight=0.354
=neerbuigend | weight=0.353
=tegen =me | weight=0.353
=ronduit | weight=0.348
=afgeblaft | weight=0.343
=lachte | weight=0.342
=opmerking | weight=0.335
=ik =achter | weight=0.335
=hij =zei | weight=0.334
=deed | weight=0.331
=toontje | weight=0.331
=uitgelachen | weight=0.329
=toon | weight=0.327
=toen =werd | weight=0.325
=nors | weight=0.324
=maakte | weight=0.322
=tegen =een | weight=0.320
=was =zo | weight=0.318
=lezen | weight=0.316
=werd =gewoon | weight=0.312
=caissiere | weight=0.309
=me =hen | weight=0.308
=door =me | weight=0.308
=de =conducteur | weight=0.303
=ongelooflijk | weight=0.300
=medewerker =zonder | weight=0.300, noneg
=me =uit | weight=0.294
=conducteur | weight=0.291
=gehad | weight=0.290
=was =ronduit | weight=0.287
=uitgescholden | weight=0.284
=hing =op | weight=0.279
=lachen | weight=0.277
=chauffeur =stak | weight=0.275
=stak | weight=0.275
=receptioniste | weight=0.275
=uitschold | weight=0.274
=onbeschoft | weight=0.273
=uitgemaakt | weight=0.269
=iedereen =bij | weight=0.268
=waar =iedereen | weight=0.268
=lastig | weight=0.268
=werd =door | weight=0.267
=zeurpiet | weight=0.266
=hing | weight=0.265
=afsnauwde | weight=0.260
=wat =een | weight=0.260
=keek | weight=0.259
=onbeleefd | weight=0.258
=kassiere | weight=0.256
=begon | weight=0.256
=achter =was | weight=0.254
=sarcastisch | weight=0.254
=spottend | weight=0.254
=lucht | weight=0.250
=genoemd | weight=0.247
=als =u | weight=0.244
=agressief | weight=0.244
=kortaf =en | weight=0.244
=nooit =zo'n | weight=0.241, noneg
=toegesproken | weight=0.240
=een =zeurpiet | weight=0.240
=de =caissiere | weight=0.240
=schouderophaal | weight=0.239
=lekker =zelf | weight=0.239
=chauffeur | weight=0.239
=houding | weight=0.238
=niet =bevalt | weight=0.238, noneg
=uitdagend | weight=0.237
=de =telefoniste | weight=0.237
=telefoniste | weight=0.237
=ik =om | weight=0.237
=liep =weg | weight=0.236
=doorvroeg | weight=0.235
=vent | weight=0.235
=niet =kunt | weight=0.234, noneg
=verkoopster | weight=0.234
=lachte =me | weight=0.233
=vuil | weight=0.233
=preek | weight=0.232
=de =kassiere | weight=0.231
=de =man | weight=0.230
=schold | weight=0.229
=hardop | weight=0.229
=kind | weight=0.229
=ze =antwoord | weight=0.229
=gewoon =opgehangen | weight=0.228
=niet =snel | weight=0.228, noneg
=voor =hele | weight=0.227
=het =dan | weight=0.227
=ik =zei | weight=0.226
=en =liep | weight=0.225
=lastpak | weight=0.225
=liep | weight=0.224
=verbrak | weight=0.224
=vraag =stelde | weight=0.221
=uitgelachen =door | weight=0.220
=niet =zo | weight=0.219, noneg
=van =zou | weight=0.219
=was =ontzettend | weight=0.218
=riep | weight=0.218
=baliemedewerker | weight=0.216
=de =baliemedewerker | weight=0.216
=zeer | weight=0.213
=een =wat | weight=0.213
=was =nog | weight=0.213
=bij =stond | weight=0.213
=ik =maar | weight=0.212
=ik =werd | weight=0.212
=hele =tijd | weight=0.210
=omdat =we | weight=0.209
=onvriendelijk | weight=0.209
=schold =me | weight=0.209
=spijt =van | weight=0.208
=weggedrukt | weight=0.208
=faq =en | weight=0.208
=zwijgen | weight=0.207
=wimpelde | weight=0.207
=wimpelde =me | weight=0.207
=toebeet | weight=0.206
=toebeet =dat | weight=0.206
=trok | weight=0.206
=gezicht | weight=0.206
=een =grote | weight=0.205
=lastig =klant | weight=0.204
=gaf =een | weight=0.204
=slot =de | weight=0.204
=respectloos | weight=0.204
=personeel | weight=0.204
=leren | weight=0.204
=gewoon =gesloten | weight=0.203
=moest =gaan | weight=0.203
=een =zeikerd | weight=0.202
=zeikerd | weight=0.202
=me =uitschold | weight=0.201
=een =sneer | weight=0.201
=sneer | weight=0.201
=kreeg =als | weight=0.200
=de =receptioniste | weight=0.199
=zeuren | weight=0.199
=zuchtte | weight=0.199
=haalde | weight=0.198
=schouders | weight=0.198
=schouders =op | weight=0.198
=ober | weight=0.197
=heeft =gewoon | weight=0.196
=met =zijn | weight=0.196
=opmerking =van | weight=0.195
=als =het | weight=0.195
=vraag =kreeg | weight=0.194
=lekker | weight=0.193
=me =gewoon | weight=0.193
=nors =antwoord | weight=0.193
=dame | weight=0.193
=ik =doorvroeg | weight=0.193
=sturen =en | weight=0.193
=dom =was | weight=0.193
=door =het | weight=0.192
=verbrak =de | weight=0.191
=gooide | weight=0.191
=voor =lastpak | weight=0.191
=zoals =ik | weight=0.191
=afgesnauwd | weight=0.191
=ontzettend | weight=0.190
=mij =en | weight=0.190
=ontzettend =onbeleefd | weight=0.190
=brutaler | weight=0.190
=zulke | weight=0.189
=hij =heeft | weight=0.189
=zulke =klant | weight=0.189
=het =toch | weight=0.188
=niet =lezen | weight=0.187, noneg
=als =oude | weight=0.187
=oude =vuil | weight=0.187
=idioot | weight=0.186
=ne | weight=0.186
=ze =praten | weight=0.186
=die =ongeduldig | weight=0.186
=ongeduldig | weight=0.186
=ongeduldig =was | weight=0.186
=een =vaak | weight=0.185
=niet =vriendelijk | weight=0.184, noneg
=uitlachte | weight=0.183
=hard | weight=0.182
=lees | weight=0.181
=haar =collega | weight=0.180
=ze =daar | weight=0.180
=uiterst | weight=0.179
=twee =medewerker | weight=0.179
=medewerker =afgesloten | weight=0.179
=mevrouw =bij | weight=0.179
=hard =tegen | weight=0.178
=praten =hard | weight=0.178
=niet =bepaald | weight=0.178, noneg
=klantvriendelijk | weight=0.178
=om =mij | weight=0.177
=het =u | weight=0.177
=man =achter | weight=0.177
=op =zo'n | weight=0.177
=afgewimpeld | weight=0.177
=afgesloten | weight=0.176
=man =in | weight=0.176
=een =bot | weight=0.176
=het =poortje | weight=0.176
=poortje | weight=0.176
=er =spijt | weight=0.176
=werd =uitgelachen | weight=0.175
=balie =was | weight=0.175
=afgekapt | weight=0.174
=gewoon =ingehaakt | weight=0.174
=ingehaakt | weight=0.174
=meneer | weight=0.174
=op =toen | weight=0.174
=winkel =was | weight=0.174
=moest =kopen | weight=0.173
=die =kerel | weight=0.173
=kerel | weight=0.173
=chat =werd | weight=0.171
=dertig | weight=0.171
=pakket =bleef | weight=0.170
=afgeblaft =door | weight=0.170
=ik =van | weight=0.169
=de =hoorn | weight=0.169
=hoorn | weight=0.169
=grote | weight=0.169
=u =toch | weight=0.169
=reageerde =met | weight=0.169
=afgescheept | weight=0.168
=afgedraaid | weight=0.168
=verkoper =keek | weight=0.168
=bril =moest | weight=0.167
=een =bril | weight=0.167
=daarmee | weight=0.167
=we =kreeg | weight=0.167
=leugenaar | weight=0.166
=lacherig | weight=0.166
=gozer | weight=0.166
=reageerde =hele | weight=0.165
=te =lachen | weight=0.165
=ik =haar | weight=0.164
=draaide =zich | weight=0.164
=puffen | weight=0.163
=te =puffen | weight=0.163
=gewoon =weggedrukt | weight=0.163
=soms | weight=0.163
=zelf =moest | weight=0.163
=hij =luisterde | weight=0.163
=luisterde | weight=0.163
=luisterde =niet | weight=0.163, noneg
=werd =grof | weight=0.163
=een =houding | weight=0.162
=had =die | weight=0.162
=houding =had | weight=0.162
=klantvriendelijk =horen | weight=0.162
=ogen | weight=0.162
=vies | weight=0.162
=die =man | weight=0.162
=de =vraag | weight=0.161
=moest =opschieten | weight=0.160
=opschieten | weight=0.160
=bediende | weight=0.160
=bezorger =zei | weight=0.160
=niet =snap | weight=0.160, noneg
=bits | weight=0.160
=een =lastpost | weight=0.160
=lastpost | weight=0.160
=zijn =schouders | weight=0.159
=vader =werd | weight=0.159
=brutaal | weight=0.158
=medewerkster | weight=0.158
=medewerker =die | weight=0.158
=gesloten | weight=0.158
=bar | weight=0.158
=barman | weight=0.158
=de =bar | weight=0.158
=en =daarna | weight=0.157
=maakte =een | weight=0.157
=medewerkster =lag | weight=0.157
=lekker =klantvriendelijk | weight=0.156
=en =keek | weight=0.156
=monteur =liep | weight=0.156
=schandalig | weight=0.156
=klant =hebben | weight=0.156
=ze =snauwde | weight=0.155
=hoorde =het | weight=0.155
=op =me | weight=0.154
=gwn =op | weight=0.153
=hing =gwn | weight=0.153
=grapjes | weight=0.153
=grapjes =over | weight=0.153
=maakte =grapjes | weight=0.153
=je =toch | weight=0.152
=ik =iets | weight=0.152
=zuchtte =en | weight=0.152
=zijn =antwoord | weight=0.152
=had =u | weight=0.151
=manager =was | weight=0.151
=me =toe | weight=0.151
=tussen =de | weight=0.151
=ze =sprak | weight=0.151
=de =chauffeur | weight=0.151
=keek =op | weight=0.151
=geen =tijd | weight=0.151, noneg
=heeft =haar | weight=0.150
=noemt | weight=0.150
=antwoord =ze | weight=0.150
=afwijzing | weight=0.150
=heeft =me | weight=0.150
=smeet | weight=0.149
=en =daarmee | weight=0.149
=mens =zat | weight=0.149
=niet =wist | weight=0.148, noneg
=trok =een | weight=0.147
=probleem =niet | weight=0.147, noneg
=vijandig | weight=0.147
=tegen | weight=0.147
=me =geen | weight=0.147, noneg
=leven | weight=0.147
=ben =nog | weight=0.147
=halverwege | weight=0.146
=tijdens | weight=0.146
=moest =vraag | weight=0.146
=hork | weight=0.146
=hork =aan | weight=0.146
=te =dom | weight=0.146
=en =zet | weight=0.145
=dubbele =om | weight=0.145
=lag =dubbele | weight=0.145
=een =klant | weight=0.145
=lol | weight=0.145
=ons =uit | weight=0.144
=iets | weight=0.144
=hing =gewoon | weight=0.144
=zei =letterlijk | weight=0.144
=een =chagrijnig | weight=0.144
=werd =als | weight=0.144
=alsof =hij | weight=0.143
=kreeg =de | weight=0.143
=geirriteerd | weight=0.143
=medewerker =hem | weight=0.143
=beter =weet | weight=0.143
=vergeten | weight=0.143
=zij =zegt | weight=0.142
=gewoon =weggehoond | weight=0.142
=weggehoond | weight=0.142
=behandeld =bij | weight=0.142
=weet =ik | weight=0.141
=heeft =mij | weight=0.141
=tijdens =het | weight=0.141
=toch =niet | weight=0.141, noneg
=vond | weight=0.141
=dan =ga | weight=0.141
=chagrijnig | weight=0.141
=verkoper =vroeg | weight=0.140
=ook =een | weight=0.140
=toen =ik | weight=0.140
=heeft =ons | weight=0.140
=wat =nu | weight=0.139
=nodig =om | weight=0.139
=mevrouwtje | weight=0.139
=kortaf | weight=0.139
=toonbank | weight=0.139
=hij =en | weight=0.139
=onheus | weight=0.139
=baliemedewerkster | weight=0.138
=de =baliemedewerkster | weight=0.138
=wind =van | weight=0.138
=toch =naar | weight=0.138
=niks =meer | weight=0.138, noneg
=de =reden | weight=0.138
=ze =deed | weight=0.138
=medewerkster =was | weight=0.137
=paar =euro | weight=0.137
=ie | weight=0.137
=alleen =dat | weight=0.137
=moest =leren | weight=0.137
=halverwege =mijn | weight=0.137
=antwoord =was | weight=0.136
=beveiliger | weight=0.136
=alweer | weight=0.136
=de =stekker | weight=0.136
=stekker | weight=0.136
=iedereen | weight=0.135
=geen =klant | weight=0.135, noneg
=allee | weight=0.135
=mij =bij | weight=0.135
=liep =gewoon | weight=0.135
=de =wind | weight=0.135
=wind | weight=0.135
=een =normaal | weight=0.135
=noemde =mij | weight=0.135
=buschauffeur | weight=0.135
