# rudeness, nl: learned by scripts/learn.py from 3398 tuning texts (399 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ De chauffeur heeft me gewoon uitgescholden.
+ de monteurs noemden mijn vader een oude zeur
+ 'Stuur maar een mailtje', zei hij, en hing op.
- we willen ons geld terug
- Geen minuut gewacht, top!
=noemde | weight=0.498
=reageerde | weight=0.435
=deed | weight=0.414
=dom | weight=0.383
=snauwde | weight=0.368
=uitgelachen | weight=0.365
=uitgescholden | weight=0.362
=opgehangen | weight=0.360
=lachte | weight=0.352
=afgeblaft | weight=0.341
=tegen =me | weight=0.340
=was =zo | weight=0.335
=kassiere | weight=0.328
=ik =achter | weight=0.324
=gewoon =op | weight=0.322
=toon | weight=0.319
=receptioniste | weight=0.314
=opmerking | weight=0.309
=tegen =een | weight=0.308
=caissiere | weight=0.306
=de =kassiere | weight=0.302
=lachen | weight=0.300
=werd =gewoon | weight=0.298
=maakte | weight=0.297
=hij =zei | weight=0.294
=werd =door | weight=0.292
=toen =werd | weight=0.291
=begon | weight=0.290
=neerbuigend | weight=0.290
=onbeleefd | weight=0.289
=arrogant | weight=0.288
=gehad | weight=0.285
=me =hen | weight=0.284
=door =me | weight=0.284
=toegesproken | weight=0.280
=toontje | weight=0.280
=iedereen =bij | weight=0.280
=waar =iedereen | weight=0.280
=medewerker =zonder | weight=0.279, noneg
=wat =een | weight=0.279
=chauffeur =stak | weight=0.274
=stak | weight=0.274
=hij =heeft | weight=0.271
=uitschold | weight=0.270
=ongelooflijk | weight=0.267
=conducteur | weight=0.264
=als =u | weight=0.263
=lastig | weight=0.262
=lekker | weight=0.260
=de =conducteur | weight=0.259
=me =uit | weight=0.257
=zeurpiet | weight=0.255
=me =gewoon | weight=0.255
=hing =op | weight=0.251
=niet =zo | weight=0.249, noneg
=preek | weight=0.249
=nooit =zo'n | weight=0.248, noneg
=houding | weight=0.247
=vuil | weight=0.247
=verbrak | weight=0.245
=de =receptioniste | weight=0.245
=niet =kunt | weight=0.244, noneg
=de =caissiere | weight=0.244
=hij =luisterde | weight=0.243
=luisterde | weight=0.243
=luisterde =niet | weight=0.243, noneg
=uitdagend | weight=0.241
=gewoon =gesloten | weight=0.239
=ronduit | weight=0.239
=hardop | weight=0.239
=lachte =me | weight=0.238
=sarcastisch | weight=0.237
=ik =maar | weight=0.237
=chauffeur | weight=0.237
=dom =was | weight=0.236
=achter =was | weight=0.236
=baliemedewerker | weight=0.234
=de =baliemedewerker | weight=0.234
=onvriendelijk | weight=0.233
=liep | weight=0.231
=ze =antwoord | weight=0.231
=voor =hele | weight=0.230
=spottend | weight=0.230
=een =sneer | weight=0.229
=sneer | weight=0.229
=van =zou | weight=0.228
=lezen | weight=0.228
=ik =zei | weight=0.227
=een =zeurpiet | weight=0.226
=hing | weight=0.226
=keek | weight=0.224
=weggedrukt | weight=0.224
=haar =collega | weight=0.224
=ne | weight=0.224
=dame | weight=0.224
=lekker =zelf | weight=0.224
=gooide | weight=0.222
=en =liep | weight=0.222
=gewoon =opgehangen | weight=0.222
=onbeschoft | weight=0.220
=liep =weg | weight=0.219
=leugenaar | weight=0.218
=zeuren | weight=0.216
=ontzettend | weight=0.215
=zoals =ik | weight=0.214
=verkoopster | weight=0.213
=leren | weight=0.213
=vond | weight=0.212
=vent | weight=0.212
=een =grote | weight=0.212
=grote | weight=0.212
=was =ronduit | weight=0.212
=doorvroeg | weight=0.211
=ik =doorvroeg | weight=0.211
=gaf =een | weight=0.211
=de =beveiliger | weight=0.210
=het =dan | weight=0.210
=trok | weight=0.210
=ober | weight=0.209
=meneer | weight=0.209
=om =mij | weight=0.207
=spijt =van | weight=0.207
=zwijgen | weight=0.206
=uitgelachen =door | weight=0.206
=norse | weight=0.205
=norse =antwoord | weight=0.205
=door =het | weight=0.204
=ik =werd | weight=0.204
=agressief | weight=0.203
=gesloten | weight=0.203
=afgekapt | weight=0.203
=schold | weight=0.203
=hele =tijd | weight=0.202
=beveiliger | weight=0.202
=afgewimpeld | weight=0.200
=faq =en | weight=0.199
=zulke | weight=0.198
=zulke =klant | weight=0.197
=heeft =gewoon | weight=0.197
=als =oude | weight=0.196
=oude =vuil | weight=0.196
=maakte =een | weight=0.195
=moest =gaan | weight=0.195
=uitlachte | weight=0.195
=terug =op | weight=0.195
=riep | weight=0.195
=was =ontzettend | weight=0.194
=lastig =klant | weight=0.194
=verbrak =de | weight=0.194
=reageerde =hele | weight=0.194
=vraag =stelde | weight=0.191
=op =zo'n | weight=0.190
=man =achter | weight=0.189
=lucht | weight=0.189
=een =zeikerd | weight=0.188
=zeikerd | weight=0.188
=ze =daar | weight=0.188
=afgesloten | weight=0.187
=die =ongeduldig | weight=0.186
=ongeduldig | weight=0.186
=ongeduldig =was | weight=0.186
=de =man | weight=0.186
=tegen | weight=0.185
=ik =haar | weight=0.185
=puffen | weight=0.185
=te =puffen | weight=0.185
=hork | weight=0.184
=hork =aan | weight=0.184
=niet =bevalt | weight=0.184, noneg
=mevrouw =bij | weight=0.184
=gezicht | weight=0.184
=schold =me | weight=0.182
=kreeg =als | weight=0.182
=me =uitschold | weight=0.182
=geen =tijd | weight=0.182, noneg
=deed =het | weight=0.182
=gewoon =weggedrukt | weight=0.182
=bar | weight=0.181
=barman | weight=0.181
=de =bar | weight=0.181
=verkoper =keek | weight=0.179
=gozer | weight=0.179
=niet =vriendelijk | weight=0.178, noneg
=schandalig | weight=0.178
=bij =stond | weight=0.178
=met =zijn | weight=0.178
=we =kreeg | weight=0.177
=lacherig | weight=0.177
=chat =gewoon | weight=0.176
=twee =medewerker | weight=0.175
=opmerking =van | weight=0.175
=op =me | weight=0.175
=als =het | weight=0.175
=maar =naar | weight=0.174
=afgesnauwd | weight=0.173
=een =chagrijnig | weight=0.173
=hard | weight=0.172
=ze =praten | weight=0.172
=man =in | weight=0.172
=iets | weight=0.171
=behandeld =als | weight=0.171
=me =toe | weight=0.171
=afgedraaid | weight=0.171
=chagrijnig | weight=0.170
=gewoon =ingehaakt | weight=0.169
=ingehaakt | weight=0.169
=werd =uitgelachen | weight=0.169
=idioot | weight=0.168
=keek =op | weight=0.168
=lol | weight=0.168
=vies | weight=0.168
=op =toen | weight=0.168
=pakket =bleef | weight=0.167
=vijandig | weight=0.167
=ik =iets | weight=0.167
=bril =moest | weight=0.166
=een =bril | weight=0.166
=winkel =was | weight=0.166
=kortaf =en | weight=0.166
=was =niet | weight=0.165, noneg
=de =chauffeur | weight=0.165
=hing =gewoon | weight=0.165
=er =spijt | weight=0.165
=de =medewerkster | weight=0.164
=hard =tegen | weight=0.164
=praten =hard | weight=0.164
=een =houding | weight=0.163
=had =die | weight=0.163
=houding =had | weight=0.163
=gwn =op | weight=0.163
=hing =gwn | weight=0.163
=ze =sprak | weight=0.162
=hij =en | weight=0.162
=bits | weight=0.161
=balie =was | weight=0.161
=lees | weight=0.161
=en =zet | weight=0.161
=omdat =we | weight=0.161
=de =vraag | weight=0.160
=zeg | weight=0.159
=heeft =haar | weight=0.158
=tussen =de | weight=0.158
=niet =wist | weight=0.157, noneg
=klant =hebben | weight=0.157
=noemt | weight=0.157
=typte | weight=0.156
=ontzettend =onbeleefd | weight=0.156
=moest =kopen | weight=0.156
=te =lachen | weight=0.155
=ons =uit | weight=0.155
=zelf =moest | weight=0.155
=alleen =met | weight=0.155
=medewerker =was | weight=0.154
=zeer | weight=0.154
=die =me | weight=0.153
=het =af | weight=0.153
=ze =behandeling | weight=0.152
=medewerker =die | weight=0.152
=bezorger =zei | weight=0.152
=omdat =mijn | weight=0.152
=leven | weight=0.152
=uiterst | weight=0.152
=als =antwoord | weight=0.151
=halverwege | weight=0.151
=probleem =niet | weight=0.149, noneg
=trok =een | weight=0.149
=medewerkster =lag | weight=0.149
=antwoord =ze | weight=0.148
=heeft =ons | weight=0.147
=me =een | weight=0.147
=een =klant | weight=0.147
=vergeten | weight=0.147
=tijdens | weight=0.147
=afgescheept =door | weight=0.147
=weet =ik | weight=0.146
=moest =opschieten | weight=0.146
=opschieten | weight=0.146
=dubbele =boeking | weight=0.146
=verkoper =vroeg | weight=0.146
=de =rede | weight=0.145
=stoorde | weight=0.145
=bijzonder | weight=0.145
=moest =leren | weight=0.145
=brutaal | weight=0.145
=beter =weet | weight=0.145
=vader =werd | weight=0.144
=klein =kind | weight=0.144
=minst | weight=0.144
=alweer | weight=0.144
=me =geen | weight=0.144, noneg
=een =hele | weight=0.143
=die =kerel | weight=0.143
=kerel | weight=0.143
=kleinerende | weight=0.143
=zij =zegt | weight=0.142
=grapjes | weight=0.142
=grapjes =over | weight=0.142
=maakte =grapjes | weight=0.142
=noemde =mij | weight=0.141
=buschauffeur | weight=0.141
=begrijpt | weight=0.141
=mij =bij | weight=0.140
=echt =een | weight=0.140
=haalde | weight=0.139
=schouders | weight=0.139
=schouders =op | weight=0.139
=de =monteur | weight=0.139
=mevrouwtje | weight=0.139
=het =personeel | weight=0.138
=allee | weight=0.138
=moest =vraag | weight=0.138
=kreeg =de | weight=0.138
=ogen | weight=0.138
=niks =meer | weight=0.137, noneg
=ben =nog | weight=0.137
=toen =ik | weight=0.137
=erop | weight=0.136
=alleen =dat | weight=0.136
=medewerkster =was | weight=0.136
=waar =mijn | weight=0.136
=ze =reageerde | weight=0.135
=dubbele =om | weight=0.135
=lag =dubbele | weight=0.135
=heeft =mij | weight=0.134
=kreeg =aan | weight=0.134
=sprak =alleen | weight=0.134
=uitlegde | weight=0.134
=kind | weight=0.134
=gewoon =weggehoond | weight=0.133
=weggehoond | weight=0.133
=hij =praten | weight=0.132
=de =stekker | weight=0.132
=stekker | weight=0.132
=afgeblaft =door | weight=0.132
=ten | weight=0.132
=om =hulp | weight=0.132
=midden | weight=0.132
=midden =in | weight=0.132
=voorwaarden =niet | weight=0.131, noneg
=de =barman | weight=0.131
=gastvrij | weight=0.131
=zuchtte | weight=0.131
=halverwege =mijn | weight=0.131
=zoals | weight=0.131
=de =hoorn | weight=0.131
=hoorn | weight=0.131
=hoorn =erop | weight=0.131
=sturen =en | weight=0.131
=of =hij | weight=0.130
=ze =hing | weight=0.130
=die =man | weight=0.130
=medewerker =vond | weight=0.130
=tijdens =het | weight=0.130
=is =mijn | weight=0.129
=onthaal | weight=0.129
=alle =klant | weight=0.129
=excuses =hebben | weight=0.129
=medewerkster | weight=0.129
=heeft =me | weight=0.129
=riedeltje | weight=0.129
=baliemedewerkster | weight=0.128
=de =baliemedewerkster | weight=0.128
=de =wind | weight=0.128
=wind | weight=0.128
=wind =van | weight=0.128
=het =lekker | weight=0.128
=loket =was | weight=0.127
=ermee | weight=0.127
=blijkbaar =een | weight=0.127
=een =goed | weight=0.127
=mensen =zonder | weight=0.126, noneg
=zonder =smartphone | weight=0.126, noneg
=door =de | weight=0.126
=rede =viel | weight=0.126
=een =linkje | weight=0.126
=linkje | weight=0.126
=linkje =naar | weight=0.126
=app =en | weight=0.125
=continu | weight=0.125
=keek =me | weight=0.125
=mevrouw =ik | weight=0.125
=gaan =zoek | weight=0.125
=ie | weight=0.124
=uitgemaakt | weight=0.124
=uitlachte =toen | weight=0.123
=zoek | weight=0.123
=onbeschoft =en | weight=0.123
=een =leugenaar | weight=0.123
=leugenaar =genoemd | weight=0.123
=antwoord =toen | weight=0.123
=prijs =vroeg | weight=0.123
=sturen =maar | weight=0.122
=alsof =hij | weight=0.122
=man =en | weight=0.122
=daarmee | weight=0.122
=meter | weight=0.122
=gwn | weight=0.122
=als =je | weight=0.122
=schreeuwde | weight=0.121
=draaide =zich | weight=0.121
