# incompetence, nl: learned by scripts/learn.py from 4875 tuning texts (258 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ De medewerker verzekerde me dat de upgrade mijn maandbedrag niet zou veranderen. Mijn rekening ging €15 omhoog.
+ Beste, Ik wil even mijn ervaring delen. Mijn nieuwe telefoon kwam keurig op de afgesproken dag. Bij het instellen liep ik vast bij het overzetten van mijn contacten. Ik heb gebeld en de medewerker was niet onaardig, maar ze kon me ook niet verder helpen en zei dat ze het niet wist. Ze heeft me wel netjes teruggebeld met een collega die het wel wist. Uiteindelijk is alles gelukt.
+ De ene zegt A, de andere zegt B.
- ok dankje
- ok top dank je
=andere =verhaal | weight=0.538
=drie =medewerker | weight=0.423
=verhelpen | weight=0.417
=niks =wist | weight=0.411, noneg
=verschillende =antwoord | weight=0.405
=amateurs | weight=0.391
=had =geen | weight=0.384, noneg
=wist =niet | weight=0.381, noneg
=andere =antwoord | weight=0.360
=ze =spreken | weight=0.334
=geen =flauw | weight=0.333, noneg
=totaal | weight=0.333
=technici | weight=0.330
=eerst =zei | weight=0.327
=niet =weet | weight=0.320, noneg
=geen =enkele | weight=0.314, noneg
=niemand =weet | weight=0.314, noneg
=tegenstrijdige | weight=0.309
=zaak =bij | weight=0.302
=geen =idee | weight=0.300, noneg
=zichzelf | weight=0.299
=niet =een | weight=0.294, noneg
=moest =alles | weight=0.290
=ene =zegt | weight=0.288
=erger | weight=0.288
=was =totaal | weight=0.283
=sprak =zichzelf | weight=0.281
=kreeg =de | weight=0.280
=niemand =kon | weight=0.274, noneg
=eigen =kassa | weight=0.272
=niet =uit | weight=0.271, noneg
=opzegtermijn | weight=0.271
=niemand =daar | weight=0.264, noneg
=onwetend | weight=0.263
=elke =medewerker | weight=0.262
=wist | weight=0.260
=informatie | weight=0.259
=geen =van | weight=0.258, noneg
=die =niks | weight=0.256, noneg
=die =winkel | weight=0.255
=welke =regelen | weight=0.252
=ze =konden | weight=0.252
=maandbedrag | weight=0.249
=verdubbeld | weight=0.247
=de =upgrade | weight=0.247
=bij =die | weight=0.247
=googelen | weight=0.246
=kon =me | weight=0.246
=personeel =heeft | weight=0.244
=ontbreekt | weight=0.242
=hebben =mijn | weight=0.241
=zegt =dit | weight=0.239
=heeft =er | weight=0.239
=ene =medewerker | weight=0.239
=omhoog | weight=0.238
=uitleggen =hoe | weight=0.238
=waar =de | weight=0.237
=van =niks | weight=0.236, noneg
=het =contract | weight=0.236
=die =jongen | weight=0.235
=zelf =niet | weight=0.235, noneg
=klopt | weight=0.234
=het =mis | weight=0.233
=idee | weight=0.232
=personeel | weight=0.231
=die =echt | weight=0.229
=niemand =waar | weight=0.229, noneg
=niet =vertellen | weight=0.227, noneg
=helpdesk | weight=0.227
=antwoord =in | weight=0.226
=de =technicus | weight=0.225
=niet =bediening | weight=0.224, noneg
=specificaties | weight=0.223
=compleet =onzin | weight=0.221
=duidelijk =aan | weight=0.221
=het =zit | weight=0.220
=niemand =lijkt | weight=0.219, noneg
=voortdurend =tegen | weight=0.219
=snapte | weight=0.219
=de =opzegtermijn | weight=0.219
=installateur | weight=0.218
=klooien | weight=0.217
=voortdurend | weight=0.216
=die =helpdesk | weight=0.216
=geen =kant | weight=0.216, noneg
=van =geen | weight=0.216, noneg
=niks =van | weight=0.216, noneg
=verkeerde =informatie | weight=0.215
=antwoord =geven | weight=0.213
=compleet | weight=0.212
=al =lang | weight=0.211
=niet =uitleggen | weight=0.211, noneg
=gast =wist | weight=0.210
=moest =oplossing | weight=0.210
=me =verkeerde | weight=0.209
=handleiding | weight=0.208
=niemand =bij | weight=0.207, noneg
=het =advies | weight=0.205
=kunnen =verhelpen | weight=0.204
=ene | weight=0.204
=niemand =wist | weight=0.204, noneg
=allemaal =een | weight=0.203
=verkeerde =aangesloten | weight=0.203
=uitleg | weight=0.203
=me =vertellen | weight=0.202
=je =een | weight=0.202
=toen =dat | weight=0.201
=de =toeslag | weight=0.201
=datum =voor | weight=0.200
=mis =had | weight=0.200
=vraag =niet | weight=0.199, noneg
=upgrade | weight=0.199
=moest =bij | weight=0.198
=de =verkeerde | weight=0.198
=per =maand | weight=0.197
=hun =eigen | weight=0.196
=andere =datum | weight=0.195
=leidingen | weight=0.195
=wist =ook | weight=0.195
=vertellen =hoe | weight=0.194
=telefoontje =dat | weight=0.194
=een =gesprek | weight=0.193
=totaal =geen | weight=0.192, noneg
=welke | weight=0.192
=tarieven | weight=0.190
=de =adviseur | weight=0.190
=keer =bij | weight=0.190
=hand =in | weight=0.189
=kassa =en | weight=0.187
=het =haar | weight=0.187
=andere =stand | weight=0.186
=overgenomen | weight=0.186
=het =ontbreekt | weight=0.186
=ze =maakte | weight=0.185
=stand | weight=0.185
=medewerker =hebben | weight=0.185
=er =na | weight=0.183
=sloeg | weight=0.182
=had =niemand | weight=0.182, noneg
=man =achter | weight=0.181
=rekende | weight=0.180
=idee =hoe | weight=0.180
=bij =dit | weight=0.178
=niet =wist | weight=0.178, noneg
=daarna =kreeg | weight=0.177
=erger =in | weight=0.176
=van =beter | weight=0.176
=andere =keer | weight=0.176
=ene =keer | weight=0.176
=zei =eerst | weight=0.174
=precies =niks | weight=0.174, noneg
=niemand =in | weight=0.174, noneg
=niet =beantwoord | weight=0.173, noneg
=vorige =medewerker | weight=0.173
=slot =de | weight=0.173
=me =de | weight=0.172
=gratis | weight=0.172
=een =telefoontje | weight=0.172
=te =zoek | weight=0.171
=niemand =mij | weight=0.171, noneg
=precies =kon | weight=0.171
=verkoper =die | weight=0.170
=daar =wist | weight=0.170
=adviseur | weight=0.169
=verkoper =kon | weight=0.169
=gespeld | weight=0.169
=over =ging | weight=0.169
=mijn =iban | weight=0.167
=opzoeken | weight=0.167
=stond =met | weight=0.167
=mijn =adres | weight=0.166
=informatie =over | weight=0.165
=niet =hoe | weight=0.165, noneg
=andere =zei | weight=0.165
=een =verkoper | weight=0.164
=die =gast | weight=0.164
=alweer | weight=0.164
=medewerker =vertelt | weight=0.162
=niet =zien | weight=0.162, noneg
=ineens | weight=0.162
=het =verschil | weight=0.162
=verschil | weight=0.162
=onbekend =met | weight=0.161
=kreeg =van | weight=0.161
=versie =klopt | weight=0.161
=keer =een | weight=0.160
=kon =niemand | weight=0.160, noneg
=fatsoenlijk =antwoord | weight=0.159
=me =fout | weight=0.159
=model =router | weight=0.159
=model | weight=0.158
=op =dezelfde | weight=0.158
=verschillende =bedrag | weight=0.158
=modellen | weight=0.158
=schroeven | weight=0.157
=erger =gemaakt | weight=0.157
=hoe | weight=0.156
=het =personeel | weight=0.156
=over =heeft | weight=0.156
=medewerker =had | weight=0.155
=cadeaukaart | weight=0.154
=een =cadeaukaart | weight=0.154
=allemaal | weight=0.154
=dit =was | weight=0.154
=weet =van | weight=0.153
=zoek | weight=0.152
=overschrijving | weight=0.151
=iban | weight=0.151
=te =verhelpen | weight=0.150
=het =meisje | weight=0.150
=er =precies | weight=0.150
=het =overzetten | weight=0.150
=overzetten =van | weight=0.150
=vraag =beantwoord | weight=0.150
=laatste =keer | weight=0.150
=echt =helemaal | weight=0.149
=haar =eigen | weight=0.149
=waardoor | weight=0.149
=klooien =en | weight=0.148
=bankmedewerker | weight=0.148
=de =bankmedewerker | weight=0.148
=ineens =verdubbeld | weight=0.148
=hun =chef | weight=0.148
=wat =het | weight=0.147
=ze =snapte | weight=0.147
=de =oorzaak | weight=0.147
=oorzaak | weight=0.147
=zeggen =welke | weight=0.147
=onbekend | weight=0.147
=konden =me | weight=0.147
=onkundig | weight=0.147
=onkundig =personeel | weight=0.147
=dat =weet | weight=0.147
=alles =in | weight=0.146
=de =ene | weight=0.146
=technicus | weight=0.146
=verkeerde =kabel | weight=0.146
=maar =erger | weight=0.145
=keer =de | weight=0.145
=aangesloten | weight=0.145
=ik =kreeg | weight=0.145
=fatsoenlijk | weight=0.144
=medewerker =moest | weight=0.144
=andere =dat | weight=0.144
=eerst =dat | weight=0.144
=welke =versie | weight=0.144
=het =wel | weight=0.144
=blijven =toch | weight=0.144
=rekening =omhoog | weight=0.144
=er =zelf | weight=0.143
=hoe =jullie | weight=0.142
=medewerker =snapte | weight=0.142
=weinig | weight=0.141
=de =dekking | weight=0.141
=dekking | weight=0.141
=verkeerde =ingelicht | weight=0.141
=duister | weight=0.141
=het =duister | weight=0.141
=tast | weight=0.141
=dagen =later | weight=0.141
=elkaar | weight=0.140
=versie | weight=0.140
=snapte =mijn | weight=0.140
=kon =niet | weight=0.139, noneg
=vertellen =of | weight=0.139
=apotheker | weight=0.139
=de =apotheker | weight=0.139
=onzin | weight=0.137
=mijn =nummer | weight=0.137
=klopt =gewoon | weight=0.137
=andere =zegt | weight=0.137
=kraan | weight=0.137
=constant | weight=0.136
=instructies | weight=0.136
=hoe =hun | weight=0.135
=gelijk | weight=0.135
=router =te | weight=0.135
=medewerker =drie | weight=0.135
=niet =wat | weight=0.135, noneg
=dezelfde =vraag | weight=0.134
=zijn =systeem | weight=0.134
=nergens =op | weight=0.134, noneg
=hoger =was | weight=0.134
=lek | weight=0.134
=meisje | weight=0.134
=geen =greintje | weight=0.133, noneg
=warmtepomp | weight=0.133
=ineens =een | weight=0.133
=echt =niks | weight=0.132, noneg
=u =heeft | weight=0.132
=garandeerde | weight=0.132
=adapter | weight=0.132
=adapter =verkocht | weight=0.132
=verkeerde =adapter | weight=0.132
=vijfde =keer | weight=0.131
=moest =de | weight=0.131
=verschil =tussen | weight=0.131
=het =googelen | weight=0.130
=gast | weight=0.130
=iets =hele | weight=0.130
=weer =iets | weight=0.130
=dat =moest | weight=0.130
=jongen | weight=0.130
=het =ineens | weight=0.129
=de =bouwmarkt | weight=0.129
=euro =per | weight=0.129
=de =kraan | weight=0.129
=de =storing | weight=0.129
=had =toen | weight=0.129
=medewerker =het | weight=0.129
=verkoper | weight=0.128
=chagrijnig | weight=0.128
=hij =moest | weight=0.128
=jullie =eigen | weight=0.128
=mee =bezig | weight=0.127
=vertelt | weight=0.127
=wist =ze | weight=0.127
=googelen =en | weight=0.127
=kies | weight=0.126
=hebt | weight=0.126
=allemaal =iets | weight=0.126
=andere =zeggen | weight=0.126
=mensen =gesproken | weight=0.126
=vier =mensen | weight=0.126
=me =had | weight=0.126
=opzoeken =en | weight=0.125
=ze =sprak | weight=0.125
=zaak | weight=0.125
=moet =uitleggen | weight=0.125
=nu =geloven | weight=0.125
=de =garantie | weight=0.124
=gevraagd =waar | weight=0.124
=de =modellen | weight=0.124
=modellen =niet | weight=0.124, noneg
=gekregen =over | weight=0.123
=alles =opzoeken | weight=0.123
=monteur =en | weight=0.123
=twee =monteur | weight=0.123
=gewoon =in | weight=0.123
=twee =verschillende | weight=0.123
=verhaal =en | weight=0.123
=keer =deze | weight=0.122
=kon =mijn | weight=0.122
=wie =moet | weight=0.122
=ik =doorvroeg | weight=0.122
=die =kon | weight=0.122
=medewerkster =was | weight=0.121
=garantie =twee | weight=0.121
=klopt =er | weight=0.121
=gehad =niemand | weight=0.121, noneg
=chat =met | weight=0.120
=ze =had | weight=0.120
=bij =deze | weight=0.120
=wel =kan | weight=0.120
=verkeerde =formulier | weight=0.119
=medewerker =me | weight=0.119
=telefoon =maar | weight=0.119
=heeft =mijn | weight=0.118
=lukt | weight=0.118
=gevraagd =hoe | weight=0.118
=zei =ja | weight=0.118
=op =afstand | weight=0.118
=eigen =app | weight=0.118
=kon =op | weight=0.118
=moest =nakijken | weight=0.117
=nakijken | weight=0.117
=blijft =de | weight=0.117
=winkel =had | weight=0.117
=tweede =zei | weight=0.117
=uw =afdeling | weight=0.117
=vakkennis | weight=0.117
=zelf =moet | weight=0.117
=medewerker =stuurde | weight=0.117
=maand =en | weight=0.117
=overzetten | weight=0.116
=internet =doet | weight=0.116
=formulier =dat | weight=0.116
=zegt =weer | weight=0.116
=mijn =paspoort | weight=0.116
=ingelicht | weight=0.116
=ingelicht =over | weight=0.116
=blijven | weight=0.116
=medewerker =verzekerde | weight=0.116
=upgrade =mijn | weight=0.116
=doorvroeg | weight=0.116
=eerst =bij | weight=0.115
=die =allemaal | weight=0.114
=de =installateur | weight=0.114
=hij =sprak | weight=0.114
=de =tandarts | weight=0.114
=tandarts | weight=0.114
=het =alleen | weight=0.114
=medewerker =naar | weight=0.114
=antwoord =en | weight=0.113
=hij =het | weight=0.113
=weken =daarna | weight=0.113
=echt =van | weight=0.113
=jongen =in | weight=0.113
=het =lukt | weight=0.113
=kabel | weight=0.112
