# rudeness, nl: learned by scripts/learn.py from 3262 tuning texts (354 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ De chauffeur heeft me gewoon uitgescholden.
+ de monteurs noemden mijn vader een oude zeur
+ 'Stuur maar een mailtje', zei hij, en hing op.
- we willen ons geld terug
- Geen minuut gewacht, top!
=noemde | weight=0.520
=lachte | weight=0.392
=reageerde | weight=0.392
=uitgelachen | weight=0.381
=snauwde | weight=0.369
=deed | weight=0.361
=tegen =me | weight=0.358
=ik =achter | weight=0.353
=lachen | weight=0.349
=uitgescholden | weight=0.348
=opgehangen | weight=0.341
=gewoon =op | weight=0.334
=onbeleefd | weight=0.321
=werd =gewoon | weight=0.320
=neerbuigend | weight=0.320
=begon | weight=0.319
=toon | weight=0.317
=maakte | weight=0.317
=caissiere | weight=0.315
=opmerking | weight=0.311
=medewerker =zonder | weight=0.306, noneg
=receptioniste | weight=0.305
=gehad | weight=0.304
=dom | weight=0.302
=kassiere | weight=0.300
=werd =door | weight=0.297
=hij =heeft | weight=0.295
=hij =zei | weight=0.293
=arrogant | weight=0.293
=toegesproken | weight=0.289
=toen =werd | weight=0.288
=uitschold | weight=0.284
=chauffeur =stak | weight=0.283
=stak | weight=0.283
=de =kassiere | weight=0.279
=me =uit | weight=0.276
=wat =een | weight=0.276
=afgeblaft | weight=0.269
=iedereen =bij | weight=0.268
=waar =iedereen | weight=0.268
=hing =op | weight=0.264
=en =liep | weight=0.264
=houding | weight=0.263
=liep =weg | weight=0.259
=onvriendelijk | weight=0.254
=lekker =zelf | weight=0.254
=ongelooflijk | weight=0.252
=ik =zei | weight=0.252
=weggedrukt | weight=0.251
=de =caissiere | weight=0.249
=het =dan | weight=0.248
=vuil | weight=0.247
=achter =was | weight=0.246
=hij =luisterde | weight=0.245
=luisterde | weight=0.245
=luisterde =niet | weight=0.245, noneg
=keek | weight=0.244
=uitdagend | weight=0.242
=onbeschoft | weight=0.241
=de =receptioniste | weight=0.239
=sarcastisch | weight=0.238
=ne | weight=0.237
=ze =antwoord | weight=0.235
=lezen | weight=0.234
=ik =maar | weight=0.234
=voor =hele | weight=0.232
=me =gewoon | weight=0.229
=was =zo | weight=0.227
=haar =collega | weight=0.225
=conducteur | weight=0.225
=trok | weight=0.224
=tegen =een | weight=0.221
=was =niet | weight=0.220, noneg
=nooit =zo'n | weight=0.219, noneg
=reageerde =hele | weight=0.219
=gewoon =gesloten | weight=0.217
=leren | weight=0.217
=van =zou | weight=0.217
=gewoon =opgehangen | weight=0.216
=lastig | weight=0.214
=leugenaar | weight=0.214
=verkoopster | weight=0.214
=lucht | weight=0.214
=ontzettend | weight=0.214
=spottend | weight=0.214
=chauffeur | weight=0.212
=ober | weight=0.211
=een =grote | weight=0.210
=op =zo'n | weight=0.210
=toontje | weight=0.210
=afgekapt | weight=0.210
=doorvroeg | weight=0.210
=ik =doorvroeg | weight=0.210
=deed =het | weight=0.208
=zeuren | weight=0.207
=gooide | weight=0.207
=zwijgen | weight=0.207
=norse | weight=0.206
=norse =antwoord | weight=0.206
=agressief | weight=0.206
=spijt =van | weight=0.206
=faq =en | weight=0.205
=me =hen | weight=0.205
=was =ontzettend | weight=0.204
=hing | weight=0.204
=door =me | weight=0.203
=uitlachte | weight=0.203
=die =ongeduldig | weight=0.201
=ongeduldig | weight=0.201
=ongeduldig =was | weight=0.201
=niet =vriendelijk | weight=0.200, noneg
=uitgelachen =door | weight=0.199
=moest =gaan | weight=0.199
=ik =iets | weight=0.199
=afgesnauwd | weight=0.199
=als =oude | weight=0.198
=oude =vuil | weight=0.198
=door =het | weight=0.198
=riep | weight=0.198
=op =me | weight=0.198
=maakte =een | weight=0.197
=vent | weight=0.196
=de =conducteur | weight=0.196
=hork | weight=0.196
=hork =aan | weight=0.196
=als =u | weight=0.196
=zulke | weight=0.195
=lachte =me | weight=0.194
=ze =daar | weight=0.194
=zulke =klant | weight=0.193
=niet =bevalt | weight=0.193, noneg
=ze =praten | weight=0.191
=winkel =was | weight=0.191
=me =uitschold | weight=0.191
=een =zeikerd | weight=0.191
=zeikerd | weight=0.191
=opmerking =van | weight=0.191
=gozer | weight=0.191
=lees | weight=0.190
=man =in | weight=0.187
=hing =gewoon | weight=0.185
=mevrouw =bij | weight=0.185
=meneer | weight=0.185
=vraag =stelde | weight=0.185
=een =klant | weight=0.184
=bar | weight=0.184
=barman | weight=0.184
=de =bar | weight=0.184
=we =kreeg | weight=0.181
=hard | weight=0.181
=verbrak | weight=0.181
=bij =stond | weight=0.180
=zelf =moest | weight=0.178
=heeft =me | weight=0.178
=lol | weight=0.177
=maar =naar | weight=0.177
=idioot | weight=0.177
=balie =was | weight=0.177
=de =medewerkster | weight=0.177
=werd =uitgelachen | weight=0.176
=gesloten | weight=0.176
=zeurpiet | weight=0.176
=me =toe | weight=0.175
=gezicht | weight=0.175
=afgesloten | weight=0.174
=gewoon =weggedrukt | weight=0.174
=baliemedewerker | weight=0.173
=de =baliemedewerker | weight=0.173
=uiterst | weight=0.172
=iets | weight=0.172
=medewerker =was | weight=0.172
=het =af | weight=0.171
=hard =tegen | weight=0.171
=praten =hard | weight=0.171
=me =in | weight=0.171
=met =zijn | weight=0.171
=ie | weight=0.170
=het =personeel | weight=0.170
=brutaal | weight=0.169
=afgedraaid | weight=0.169
=keek =op | weight=0.169
=pakket =bleef | weight=0.168
=medewerkster =lag | weight=0.168
=bezorger =zei | weight=0.167
=bril =moest | weight=0.167
=een =bril | weight=0.167
=moest =koop | weight=0.167
=er =spijt | weight=0.166
=tussen =de | weight=0.165
=noemt | weight=0.165
=een =houding | weight=0.165
=had =die | weight=0.165
=houding =had | weight=0.165
=medewerkster | weight=0.164
=en =zet | weight=0.164
=vader =werd | weight=0.164
=ons =uit | weight=0.163
=heeft =gewoon | weight=0.163
=alleen =met | weight=0.163
=tegen | weight=0.162
=niet =wist | weight=0.162, noneg
=twee =medewerker | weight=0.161
=als =het | weight=0.161
=omdat =we | weight=0.161
=de =beveiliger | weight=0.160
=zeg | weight=0.160
=beter =weet | weight=0.160
=die =man | weight=0.159
=hij =en | weight=0.159
=ze =reageerde | weight=0.159
=gewoon =ingehaakt | weight=0.158
=ingehaakt | weight=0.158
=vies | weight=0.158
=tijdens | weight=0.158
=hardop | weight=0.157
=medewerkster =was | weight=0.157
=chat =gewoon | weight=0.157
=toen =ik | weight=0.156
=schandalig | weight=0.155
=kreeg =de | weight=0.154
=buschauffeur | weight=0.154
=noemde =mij | weight=0.153
=de =vraag | weight=0.153
=heeft =haar | weight=0.153
=ontzettend =onbeleefd | weight=0.153
=genoemd | weight=0.153
=te =lachen | weight=0.152
=leven | weight=0.152
=me =geen | weight=0.151, noneg
=door =de | weight=0.151
=erop | weight=0.151
=klant =hebben | weight=0.151
=tegen =haar | weight=0.149
=kleinerende | weight=0.149
=alleen =dat | weight=0.149
=gwn =op | weight=0.148
=hing =gwn | weight=0.148
=ze =behandeling | weight=0.148
=waar =mijn | weight=0.148
=onbeschoft =en | weight=0.148
=op =toen | weight=0.148
=de =reed | weight=0.148
=antwoord =ze | weight=0.147
=midden | weight=0.147
=midden =in | weight=0.147
=gewoon =weggehoond | weight=0.147
=weggehoond | weight=0.147
=zuchtte | weight=0.146
=of =hij | weight=0.146
=personeel | weight=0.146
=beveiliger | weight=0.146
=verkoper =vroeg | weight=0.145
=probleem =niet | weight=0.145, noneg
=dubbele =om | weight=0.145
=lag =dubbele | weight=0.145
=die =kerel | weight=0.145
=kerel | weight=0.145
=is =mijn | weight=0.144
=moest =leren | weight=0.144
=zodra =ik | weight=0.143
=grapjes | weight=0.143
=grapjes =over | weight=0.143
=maakte =grapjes | weight=0.143
=ze =hing | weight=0.143
=met =lol | weight=0.143
=reageerde =met | weight=0.143
=keek =me | weight=0.142
=bericht =met | weight=0.142
=met =zoals | weight=0.142
=zoals =ik | weight=0.142
=kreeg =als | weight=0.142
=heeft =ons | weight=0.142
=het =lekker | weight=0.141
=ik =werd | weight=0.141
=haalde | weight=0.141
=schouders | weight=0.141
=schouders =op | weight=0.141
=klein =kind | weight=0.141
=dubbele =boeking | weight=0.141
=mijn =zin | weight=0.141
=trok =een | weight=0.141
=zij =zegt | weight=0.141
=riedeltje | weight=0.140
=minst | weight=0.139
=die =gast | weight=0.139
=niks =meer | weight=0.139, noneg
=een =leugenaar | weight=0.138
=leugenaar =genoemd | weight=0.138
=weet =ik | weight=0.138
=de =meneer | weight=0.138
=en =negeerde | weight=0.137
=sturen =en | weight=0.137
=die =medewerker | weight=0.136
=uitlachte =toen | weight=0.136
=reed =viel | weight=0.136
=niet =zo | weight=0.136, noneg
=een =zeurpiet | weight=0.135
=baliemedewerkster | weight=0.135
=de =baliemedewerkster | weight=0.135
=de =wind | weight=0.135
=wind | weight=0.135
=wind =van | weight=0.135
=ben =nog | weight=0.135
=kind | weight=0.135
=tijdens =het | weight=0.135
=afgeblaft =door | weight=0.135
=niet =nodig | weight=0.134, noneg
=ronduit | weight=0.134
=de =hoorn | weight=0.134
=hoorn | weight=0.134
=hoorn =erop | weight=0.134
=begrijpt | weight=0.134
=ogen | weight=0.133
=om =hulp | weight=0.133
=onheuse | weight=0.133
=uiterst =onheuse | weight=0.133
=niet =snel | weight=0.132, noneg
=echt =een | weight=0.132
=app =en | weight=0.132
=heeft =mij | weight=0.131
=verbrak =de | weight=0.131
=als =je | weight=0.131
=alle =klant | weight=0.131
=excuses =hebben | weight=0.131
=neer | weight=0.130
=bril | weight=0.129
=tja | weight=0.129
=uw =probleem | weight=0.129
=vent =aan | weight=0.128
=racistische | weight=0.128
=racistische =opmerking | weight=0.128
=zoek | weight=0.128
=de =balie | weight=0.127
=sturen =maar | weight=0.127
=allee | weight=0.127
=vriendin | weight=0.127
=wilde =betalen | weight=0.127
=van =een | weight=0.127
=voorwaarden =niet | weight=0.127, noneg
=de =faq | weight=0.127
=compleet | weight=0.127
=mij =waar | weight=0.126
=mevrouw =ik | weight=0.126
=haar =aan | weight=0.126
=mevrouwtje | weight=0.125
=de =monteur | weight=0.125
=ik =van | weight=0.124
=de =barman | weight=0.124
=gastvrij | weight=0.124
=gaan =zoek | weight=0.124
=medewerker =die | weight=0.124
=antwoord =toen | weight=0.124
=prijs =vroeg | weight=0.124
=werd =de | weight=0.124
=we =het | weight=0.124
=zegt =tegen | weight=0.123
=die =me | weight=0.123
=iets =kon | weight=0.123
=maar =ergens | weight=0.123
=naar =mijn | weight=0.123
=een =idioot | weight=0.123
=ga =toch | weight=0.122
=nuttigs | weight=0.122
=nuttigs =doen | weight=0.122
=baliemedewerker =van | weight=0.122
=negeerde | weight=0.122
=te =schelden | weight=0.122
=ouwe | weight=0.122
=heb =je | weight=0.121
=zat =er | weight=0.121
=staan =wachten | weight=0.121
=die =bezorger | weight=0.121
=lekker | weight=0.121
=de =chauffeur | weight=0.121
=verbinding =werd | weight=0.121
=en =daarna | weight=0.120
=snauwde =me | weight=0.120
=wachten =dan | weight=0.119
=een =leven | weight=0.119
=een =linkje | weight=0.119
=linkje | weight=0.119
=linkje =naar | weight=0.119
=grote | weight=0.119
=broek | weight=0.119
=me =had | weight=0.118
=kreeg =een | weight=0.118
=als =antwoord | weight=0.118
=die =mij | weight=0.118
=ik =moest | weight=0.118
=hebben =we | weight=0.118
=sprak =alleen | weight=0.118
=vraag =ik | weight=0.117
=haag | weight=0.117
=daarmee | weight=0.117
=kijken =gezet | weight=0.117
=medewerker =reageerde | weight=0.117
=diefstal | weight=0.117
=van =diefstal | weight=0.117
=ze =liet | weight=0.117
=omdat =mijn | weight=0.117
