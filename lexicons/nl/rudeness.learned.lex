# rudeness, nl: learned by scripts/learn.py from 3684 tuning texts (453 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ die gast in de chat noemde me letterlijk 'vervelend' omdat ik doorvroeg. lekker klantvriendelijk 🤬
+ De chauffeur heeft me gewoon uitgescholden.
+ de monteurs noemden mijn vader een oude zeur
- we willen ons geld terug
- Geen minuut gewacht, top!
=noemde | weight=0.519
=reageerde | weight=0.457
=dom | weight=0.418
=deed | weight=0.413
=uitgelachen | weight=0.369
=opgehangen | weight=0.368
=snauwde | weight=0.361
=tegen =me | weight=0.340
=was =zo | weight=0.333
=lachte | weight=0.331
=ik =achter | weight=0.331
=kassiere | weight=0.327
=toon | weight=0.325
=opmerking | weight=0.324
=afgeblaft | weight=0.320
=werd =gewoon | weight=0.319
=caissiere | weight=0.316
=uitgescholden | weight=0.316
=hij =zei | weight=0.315
=neerbuigend | weight=0.312
=onbeleefd | weight=0.310
=tegen =een | weight=0.308
=de =kassiere | weight=0.307
=gewoon =op | weight=0.304
=me =hen | weight=0.302
=medewerker =zonder | weight=0.301, noneg
=maakte | weight=0.300
=begon | weight=0.300
=werd =door | weight=0.293
=door =me | weight=0.290
=gehad | weight=0.288
=receptioniste | weight=0.284
=liep =weg | weight=0.279
=me =uit | weight=0.279
=arrogant | weight=0.277
=lachen | weight=0.277
=zeurpiet | weight=0.273
=ongelooflijk | weight=0.271
=toegesproken | weight=0.270
=toontje | weight=0.270
=chauffeur =stak | weight=0.267
=stak | weight=0.267
=de =conducteur | weight=0.266
=toen =werd | weight=0.266
=lastig | weight=0.266
=wat =een | weight=0.264
=uitschold | weight=0.264
=iedereen =bij | weight=0.263
=waar =iedereen | weight=0.263
=conducteur | weight=0.262
=als =u | weight=0.259
=ik =zei | weight=0.256
=de =caissiere | weight=0.253
=een =zeurpiet | weight=0.252
=hing =op | weight=0.251
=hij =luisterde | weight=0.250
=luisterde | weight=0.250
=luisterde =niet | weight=0.250, noneg
=agressief | weight=0.249
=ronduit | weight=0.248
=spottend | weight=0.247
=ik =maar | weight=0.246
=achter =was | weight=0.246
=hij =heeft | weight=0.246
=uitdagend | weight=0.244
=nooit =zo'n | weight=0.242, noneg
=sarcastisch | weight=0.242
=houding | weight=0.241
=preek | weight=0.241
=lucht | weight=0.240
=onvriendelijk | weight=0.239
=lezen | weight=0.237
=niet =zo | weight=0.236, noneg
=ze =antwoord | weight=0.233
=lekker =zelf | weight=0.232
=vuil | weight=0.232
=haar =collega | weight=0.231
=riep | weight=0.231
=onbeschoft | weight=0.230
=hardop | weight=0.230
=niet =kunt | weight=0.229, noneg
=gewoon =gesloten | weight=0.229
=voor =hele | weight=0.228
=chauffeur | weight=0.228
=baliemedewerker | weight=0.226
=de =baliemedewerker | weight=0.226
=me =gewoon | weight=0.226
=hing | weight=0.226
=was =ronduit | weight=0.222
=verkoopster | weight=0.220
=lekker | weight=0.219
=van =zou | weight=0.219
=doorvroeg | weight=0.219
=faq =en | weight=0.218
=ne | weight=0.217
=verbrak | weight=0.217
=dame | weight=0.216
=de =receptioniste | weight=0.215
=het =dan | weight=0.214
=zoals =ik | weight=0.214
=gewoon =opgehangen | weight=0.213
=leren | weight=0.212
=dom =was | weight=0.212
=schold | weight=0.212
=liep | weight=0.212
=lachte =me | weight=0.212
=ik =om | weight=0.210
=keek | weight=0.210
=gaf =een | weight=0.209
=norse =antwoord | weight=0.209
=uitgelachen =door | weight=0.209
=hele =tijd | weight=0.208
=ober | weight=0.208
=spijt =van | weight=0.207
=weggedrukt | weight=0.207
=lastig =klant | weight=0.206
=trok | weight=0.206
=was =ontzettend | weight=0.205
=en =liep | weight=0.204
=de =telefoniste | weight=0.204
=telefoniste | weight=0.204
=vent | weight=0.203
=als =oude | weight=0.203
=oude =vuil | weight=0.203
=zwijgen | weight=0.202
=de =man | weight=0.202
=een =sneer | weight=0.202
=sneer | weight=0.202
=afgewimpeld | weight=0.201
=leugenaar | weight=0.201
=kreeg =als | weight=0.200
=door =het | weight=0.199
=die =ongeduldig | weight=0.197
=ongeduldig | weight=0.197
=ongeduldig =was | weight=0.197
=bij =stond | weight=0.196
=heeft =gewoon | weight=0.196
=vijandig | weight=0.196
=niet =bevalt | weight=0.196, noneg
=ik =werd | weight=0.195
=me =uitschold | weight=0.195
=uitlachte | weight=0.195
=zulke | weight=0.194
=gesloten | weight=0.194
=zulke =klant | weight=0.194
=norse | weight=0.194
=een =zeikerd | weight=0.193
=zeikerd | weight=0.193
=we =kreeg | weight=0.193
=reageerde =hele | weight=0.192
=grote | weight=0.192
=zeuren | weight=0.191
=gezicht | weight=0.191
=die =kerel | weight=0.190
=kerel | weight=0.190
=twee =medewerker | weight=0.190
=een =grote | weight=0.190
=opmerking =van | weight=0.189
=meneer | weight=0.189
=niet =vriendelijk | weight=0.188, noneg
=op =zo'n | weight=0.188
=om =mij | weight=0.188
=ik =doorvroeg | weight=0.187
=man =achter | weight=0.187
=kind | weight=0.187
=hork | weight=0.186
=hork =aan | weight=0.186
=zeer | weight=0.186
=moest =gaan | weight=0.185
=ik =haar | weight=0.184
=puffen | weight=0.184
=te =puffen | weight=0.184
=idioot | weight=0.184
=gooide | weight=0.184
=mevrouw =bij | weight=0.184
=schold =me | weight=0.183
=verbrak =de | weight=0.182
=ze =daar | weight=0.181
=afgekapt | weight=0.180
=lacherig | weight=0.180
=met =zijn | weight=0.179
=haalde | weight=0.179
=schouders | weight=0.179
=schouders =op | weight=0.179
=afgesloten | weight=0.178
=schandalig | weight=0.178
=winkel =was | weight=0.178
=maakte =een | weight=0.178
=gozer | weight=0.178
=afgesnauwd | weight=0.178
=man =in | weight=0.178
=klantvriendelijk | weight=0.177
=lekker =klantvriendelijk | weight=0.177
=er =spijt | weight=0.177
=hard | weight=0.176
=op =me | weight=0.176
=niet =snel | weight=0.174, noneg
=een =chagrijnig | weight=0.174
=pakket =bleef | weight=0.174
=vraag =stelde | weight=0.174
=ontzettend | weight=0.173
=probleem =niet | weight=0.173, noneg
=ik =van | weight=0.173
=chagrijnig | weight=0.172
=medewerkster | weight=0.171
=ze =praten | weight=0.171
=kortaf =en | weight=0.170
=keek =op | weight=0.170
=niet =bepaald | weight=0.170, noneg
=ik =iets | weight=0.170
=tegen | weight=0.169
=afgedraaid | weight=0.169
=vies | weight=0.169
=hoorde =het | weight=0.169
=ze =sprak | weight=0.168
=de =chauffeur | weight=0.168
=balie =was | weight=0.168
=het =af | weight=0.168
=het =toch | weight=0.167
=een =houding | weight=0.167
=had =die | weight=0.167
=houding =had | weight=0.167
=bar | weight=0.167
=barman | weight=0.167
=de =bar | weight=0.167
=hing =gewoon | weight=0.167
=de =vraag | weight=0.167
=ontzettend =onbeleefd | weight=0.167
=uiterst | weight=0.166
=als =het | weight=0.166
=gewoon =ingehaakt | weight=0.165
=ingehaakt | weight=0.165
=werd =uitgelachen | weight=0.165
=hard =tegen | weight=0.165
=praten =hard | weight=0.165
=en =zet | weight=0.164
=bril =moest | weight=0.164
=een =bril | weight=0.164
=me =toe | weight=0.163
=verkoper =keek | weight=0.163
=een =hele | weight=0.163
=medewerkster =lag | weight=0.163
=tussen =de | weight=0.162
=gewoon =weggedrukt | weight=0.161
=geen =tijd | weight=0.161, noneg
=omdat =we | weight=0.161
=monteur =liep | weight=0.160
=hij =en | weight=0.160
=ons =uit | weight=0.159
=heeft =me | weight=0.159
=moest =kopen | weight=0.159
=zeg | weight=0.158
=bits | weight=0.158
=heeft =mij | weight=0.157
=zelf =moest | weight=0.157
=gwn =op | weight=0.157
=hing =gwn | weight=0.157
=antwoord =ze | weight=0.156
=ze =behandeling | weight=0.156
=weet =ik | weight=0.156
=af =met | weight=0.156
=heeft =haar | weight=0.155
=klant =hebben | weight=0.154
=noemt | weight=0.153
=een =klant | weight=0.153
=smeet | weight=0.152
=halverwege | weight=0.152
=lol | weight=0.152
=bezorger =zei | weight=0.152
=dubbele =om | weight=0.152
=lag =dubbele | weight=0.152
=chat =gewoon | weight=0.152
=moest =opschieten | weight=0.151
=opschieten | weight=0.151
=niet =wist | weight=0.151, noneg
=alleen =met | weight=0.151
=medewerker =die | weight=0.151
=te =lachen | weight=0.150
=trok =een | weight=0.150
=heeft =ons | weight=0.150
=te =dom | weight=0.149
=leven | weight=0.149
=kreeg =de | weight=0.148
=uitgemaakt | weight=0.147
=vader =werd | weight=0.147
=beter =weet | weight=0.146
=behandeld =als | weight=0.146
=ben =nog | weight=0.146
=op =toen | weight=0.146
=die =me | weight=0.145
=terug =op | weight=0.145
=hele =behulpzaam | weight=0.144
=alsof =hij | weight=0.144
=moest =vraag | weight=0.144
=schreef | weight=0.144
=zij =zegt | weight=0.144
=moest =leren | weight=0.143
=afgescheept =door | weight=0.142
=die =man | weight=0.142
=de =rede | weight=0.142
=me =geen | weight=0.142, noneg
=buschauffeur | weight=0.142
=zei =letterlijk | weight=0.142
=hij =praten | weight=0.141
=den | weight=0.141
=verkoper =vroeg | weight=0.141
=niks =meer | weight=0.141, noneg
=erop | weight=0.141
=ze =reageerde | weight=0.141
=medewerker =was | weight=0.141
=gewoon =weggehoond | weight=0.141
=weggehoond | weight=0.141
=echt =een | weight=0.141
=tijdens | weight=0.140
=vergeten | weight=0.140
=halverwege =mijn | weight=0.140
=medewerker =hem | weight=0.140
=ze =deed | weight=0.140
=de =monteur | weight=0.139
=stoorde | weight=0.138
=grapjes | weight=0.138
=grapjes =over | weight=0.138
=maakte =grapjes | weight=0.138
=de =hoorn | weight=0.137
=hoorn | weight=0.137
=hoorn =erop | weight=0.137
=iets | weight=0.137
=tegen =haar | weight=0.137
=mevrouwtje | weight=0.136
=ogen | weight=0.136
=brutaal | weight=0.136
=medewerker =vond | weight=0.136
=dank =je | weight=0.135
=mij =bij | weight=0.135
=lees | weight=0.135
=nodig =om | weight=0.135
=kreeg =aan | weight=0.133
=de =medewerkster | weight=0.133
=en =zei | weight=0.133
=sprak =tegen | weight=0.133
=alle =klant | weight=0.133
=excuses =hebben | weight=0.133
=blijkbaar =een | weight=0.133
=de =stekker | weight=0.132
=stekker | weight=0.132
=minst | weight=0.132
=keek =me | weight=0.132
=bijzonder | weight=0.132
=zoals | weight=0.131
=noemde =mij | weight=0.131
=allee | weight=0.130
=het =lekker | weight=0.130
=mensen =zonder | weight=0.130, noneg
=zonder =smartphone | weight=0.130, noneg
=de =beveiliger | weight=0.130
=midden | weight=0.130
=midden =in | weight=0.130
=beveiliger | weight=0.130
=toebeet | weight=0.129
=toebeet =dat | weight=0.129
=toch =niet | weight=0.129, noneg
=de =meneer | weight=0.128
=kleinerende | weight=0.128
=hij =vond | weight=0.128
=schreeuwde | weight=0.127
=toen =ik | weight=0.127
=was =niet | weight=0.127, noneg
=een =goed | weight=0.127
=een =factuurcorrectie | weight=0.127
=factuurcorrectie | weight=0.127
=baliemedewerkster | weight=0.127
=de =baliemedewerkster | weight=0.127
=de =wind | weight=0.127
=wind | weight=0.127
=wind =van | weight=0.127
=niet =snap | weight=0.126, noneg
=wilde =betalen | weight=0.126
=zoon =van | weight=0.126
=het =personeel | weight=0.126
=of =hij | weight=0.125
=vond | weight=0.125
=sturen =en | weight=0.125
=staan =wachten | weight=0.125
=gaan =zoek | weight=0.125
=systeem =en | weight=0.125
=continu | weight=0.125
=over =op | weight=0.124
=alleen =dat | weight=0.124
=mij =aan | weight=0.124
=genoemd | weight=0.124
=ten | weight=0.124
=klein =kind | weight=0.124
=loket =was | weight=0.124
=racistische | weight=0.123
=racistische =opmerking | weight=0.123
=rede =viel | weight=0.123
=het =loket | weight=0.123
=sturen =maar | weight=0.123
=hij =lachte | weight=0.123
=paar =euro | weight=0.123
