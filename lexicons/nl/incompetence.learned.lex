# incompetence, nl: learned by scripts/learn.py from 4090 tuning texts (194 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ De helpdesk snapt er zelf ook niks van, lijkt het wel.
+ De medewerker verzekerde me dat de upgrade mijn maandbedrag niet zou veranderen. Mijn rekening ging €15 omhoog.
+ Die gast wist van toeten noch blazen.
- we willen ons geld terug
- Dank voor de snelle hulp!
=andere =verhaal | weight=0.416
=drie =medewerker | weight=0.367
=adviseur | weight=0.340
=geen =van | weight=0.339, noneg
=verhelpen | weight=0.337
=eerst =zei | weight=0.321
=wist =niet | weight=0.311, noneg
=bij =die | weight=0.309
=technici | weight=0.300
=verschillende =antwoord | weight=0.297
=geen =flauw | weight=0.293, noneg
=tegenstrijdige | weight=0.290
=amateurs | weight=0.285
=geen =idee | weight=0.284, noneg
=ze =konden | weight=0.284
=zegt =dit | weight=0.280
=andere =antwoord | weight=0.279
=geen =enkele | weight=0.276, noneg
=ene =medewerker | weight=0.275
=sprak =zichzelf | weight=0.271
=onwetend | weight=0.267
=had =geen | weight=0.267, noneg
=kreeg =de | weight=0.265
=eigen =kassa | weight=0.264
=moest =alles | weight=0.264
=maandbedrag | weight=0.258
=wist | weight=0.254
=moest =bij | weight=0.250
=niet =een | weight=0.247, noneg
=informatie | weight=0.246
=elke =medewerker | weight=0.244
=die =winkel | weight=0.240
=totaal | weight=0.239
=welke =regelen | weight=0.235
=omhoog | weight=0.234
=zaak =bij | weight=0.229
=zichzelf | weight=0.229
=niemand =weet | weight=0.229, noneg
=de =upgrade | weight=0.228
=opzegtermijn | weight=0.227
=ontbreekt | weight=0.224
=welke | weight=0.224
=die =jongen | weight=0.220
=niet =uit | weight=0.218, noneg
=waar =de | weight=0.217
=hoe | weight=0.217
=het =verschil | weight=0.216
=verschil | weight=0.216
=gast =wist | weight=0.215
=man =achter | weight=0.215
=niemand =kon | weight=0.214, noneg
=antwoord =in | weight=0.214
=beantwoord | weight=0.213
=navragen | weight=0.209
=duidelijk =aan | weight=0.208
=helpdesk | weight=0.205
=die =helpdesk | weight=0.204
=geen =kant | weight=0.204, noneg
=van =geen | weight=0.204, noneg
=handleiding | weight=0.201
=het =advies | weight=0.201
=vraag =niet | weight=0.200, noneg
=verdubbeld | weight=0.199
=wist =ook | weight=0.199
=snapt | weight=0.198
=rekende | weight=0.197
=van =niks | weight=0.197, noneg
=heeft =de | weight=0.197
=allemaal | weight=0.197
=specificaties | weight=0.196
=niet =bedienen | weight=0.196, noneg
=niemand =waar | weight=0.196, noneg
=zaak | weight=0.195
=kabel | weight=0.194
=de =toeslag | weight=0.193
=toeslag | weight=0.193
=hoe =het | weight=0.193
=snapt =er | weight=0.192
=me =verkeerde | weight=0.192
=je =een | weight=0.192
=klooien | weight=0.192
=niemand =wist | weight=0.192, noneg
=jullie =eigen | weight=0.192
=me =de | weight=0.191
=het =mis | weight=0.191
=niet =vertellen | weight=0.190, noneg
=googelen | weight=0.190
=leidingen | weight=0.190
=medewerkster =was | weight=0.188
=nergens =op | weight=0.185, noneg
=ze =maakte | weight=0.185
=verkeerde =informatie | weight=0.184
=andere =keer | weight=0.183
=ene =keer | weight=0.183
=niet =wist | weight=0.183, noneg
=klopt | weight=0.182
=compleet | weight=0.181
=de =adviseur | weight=0.181
=datum =voor | weight=0.181
=vertellen =hoe | weight=0.181
=ik =kreeg | weight=0.180
=had =niemand | weight=0.180, noneg
=konden | weight=0.180
=het =ontbreekt | weight=0.180
=andere =zei | weight=0.178
=andere =datum | weight=0.177
=stand | weight=0.175
=de =opzegtermijn | weight=0.175
=drie =verschillende | weight=0.174
=al =lang | weight=0.173
=uitleggen =hoe | weight=0.173
=dat =moest | weight=0.172
=modem | weight=0.172
=niemand =lijkt | weight=0.171, noneg
=wat =het | weight=0.171
=andere =stand | weight=0.171
=medewerker =hebben | weight=0.171
=upgrade | weight=0.170
=heeft =er | weight=0.170
=allemaal =een | weight=0.170
=mis =had | weight=0.170
=andere =dat | weight=0.169
=compleet =onzin | weight=0.168
=het =zit | weight=0.168
=verkeerde =aangesloten | weight=0.168
=bij =dit | weight=0.168
=elkaar | weight=0.168
=een =gesprek | weight=0.166
=niemand =bij | weight=0.166, noneg
=per =maand | weight=0.166
=hun =eigen | weight=0.165
=er =zelf | weight=0.165
=niemand | weight=0.165, noneg
=dagen =later | weight=0.163
=ene | weight=0.163
=wist =niemand | weight=0.163, noneg
=op =dezelfde | weight=0.163
=niet =zien | weight=0.162, noneg
=overschrijving | weight=0.162
=totaal =niet | weight=0.162, noneg
=niet =hoe | weight=0.161, noneg
=medewerker =snapt | weight=0.161
=kon =me | weight=0.160
=de =verkeerde | weight=0.160
=zei =ja | weight=0.160
=de =technicus | weight=0.158
=hand =in | weight=0.158
=gaf =me | weight=0.157
=bankmedewerker | weight=0.156
=de =bankmedewerker | weight=0.156
=kunnen =verhelpen | weight=0.156
=antwoord =geven | weight=0.155
=kies | weight=0.155
=medewerker =vertelt | weight=0.153
=zei =dit | weight=0.153
=installateur | weight=0.152
=het =haar | weight=0.152
=het =over | weight=0.151
=opzoeken | weight=0.151
=verkoper =kon | weight=0.151
=toen =dat | weight=0.150
=niks =van | weight=0.150, noneg
=technicus | weight=0.149
=blijven =toch | weight=0.149
=rekening =omhoog | weight=0.149
=niemand =daar | weight=0.149, noneg
=dit =de | weight=0.149
=haar =eigen | weight=0.148
=idee | weight=0.146
=idee =hoe | weight=0.146
=personeel | weight=0.146
=weet =van | weight=0.146
=na =een | weight=0.145
=slot =de | weight=0.145
=verkeerde | weight=0.145
=kassa =en | weight=0.144
=vorige =medewerker | weight=0.143
=verschillende =bedrag | weight=0.143
=kraan | weight=0.142
=gratis | weight=0.142
=informatie =over | weight=0.141
=had =toen | weight=0.140
=niet =beantwoord | weight=0.140, noneg
=fatsoenlijk =antwoord | weight=0.140
=drie =uur | weight=0.140
=de =kraan | weight=0.140
=hij =het | weight=0.140
=googelen =en | weight=0.139
=kon | weight=0.139
=duister | weight=0.138
=het =duister | weight=0.138
=tast | weight=0.138
=iets =andere | weight=0.138
=bouwmarkt | weight=0.138
=de =bouwmarkt | weight=0.138
=uiteindelijk =heb | weight=0.137
=lukt | weight=0.137
=mee =bezig | weight=0.137
=medewerker =bij | weight=0.136
=vraag =beantwoord | weight=0.136
=er =de | weight=0.136
=heeft =mijn | weight=0.136
=maar =erger | weight=0.135
=in =die | weight=0.135
=te =verhelpen | weight=0.134
=klooien =en | weight=0.134
=constant | weight=0.133
=stond =met | weight=0.133
=ene =zegt | weight=0.133
=keer =deze | weight=0.133
=alles =in | weight=0.133
=gekregen =over | weight=0.132
=wel =kan | weight=0.132
=fatsoenlijk | weight=0.131
=aangesloten | weight=0.131
=voortdurend | weight=0.131
=model =router | weight=0.130
=zelf =niet | weight=0.130, noneg
=het =overzetten | weight=0.130
=overzetten =van | weight=0.130
=brief =dat | weight=0.130
=telefoontje =dat | weight=0.130
=het =meisje | weight=0.130
=cadeaukaart | weight=0.130
=een =cadeaukaart | weight=0.130
=ze =sprak | weight=0.129
=de =vijfde | weight=0.129
=de =dekking | weight=0.129
=dekking | weight=0.129
=verkeerde =ingelicht | weight=0.129
=zelf =ook | weight=0.128
=medewerker =het | weight=0.127
=iets =hele | weight=0.127
=het =abonnement | weight=0.127
=klopt =gewoon | weight=0.126
=instructies | weight=0.126
=ineens =een | weight=0.126
=het =googelen | weight=0.126
=drie =monteur | weight=0.125
=filiaal =zegt | weight=0.125
=warmtepomp | weight=0.125
=mijn =paspoort | weight=0.124
=apparaat | weight=0.124
=kon =niemand | weight=0.124, noneg
=niemand =mij | weight=0.124, noneg
=precies =kon | weight=0.124
=vijfde =keer | weight=0.124
=bleek | weight=0.124
=modellen | weight=0.124
=hij =op | weight=0.124
=kwam =er | weight=0.123
=eerst =bij | weight=0.123
=me =twee | weight=0.122
=en =kwam | weight=0.122
=verkeerde =kabel | weight=0.121
=verschil =tussen | weight=0.121
=adapter | weight=0.121
=adapter =verkocht | weight=0.121
=verkeerde =adapter | weight=0.121
=een =jaar | weight=0.120
=model | weight=0.120
=ineens | weight=0.120
=niet =vinden | weight=0.120, noneg
=u =heeft | weight=0.119
=niks =wist | weight=0.119, noneg
=het =wel | weight=0.119
=vertelt | weight=0.119
=de =installateur | weight=0.118
=het =ineens | weight=0.118
=dat =weet | weight=0.118
=monteur =niet | weight=0.117, noneg
=blijft =de | weight=0.117
=aanpassen | weight=0.117
=moest =nakijken | weight=0.117
=nakijken | weight=0.117
=kosten | weight=0.116
=mijn =adres | weight=0.116
=medewerker =verzekerde | weight=0.116
=upgrade =mijn | weight=0.116
=hij =sprak | weight=0.115
=gevraagd =waar | weight=0.115
=erger | weight=0.115
=mis | weight=0.115
=hij =moest | weight=0.114
=aanmaken | weight=0.114
=medewerker =moest | weight=0.114
=waardoor | weight=0.113
=de =modellen | weight=0.113
=modellen =niet | weight=0.113, noneg
=er =echt | weight=0.113
=voorschotbedrag | weight=0.113
=zoek | weight=0.113
=die =kon | weight=0.113
=die =ook | weight=0.113
=monteur =had | weight=0.112
=garandeerde | weight=0.112
=regelen =het | weight=0.112
=tarieven | weight=0.112
=mail =dat | weight=0.112
=advies =van | weight=0.111
=de =meterstand | weight=0.111
=weinig | weight=0.111
=maand =en | weight=0.111
=een =telefoontje | weight=0.111
=medewerker =stuurde | weight=0.111
=telefoon =maar | weight=0.110
=verschillende | weight=0.110
=overzetten | weight=0.110
=zei =steeds | weight=0.110
=meisje | weight=0.110
=klantenservice =van | weight=0.110
=hun =chef | weight=0.110
=echt =van | weight=0.110
=router =te | weight=0.110
=zelf =moet | weight=0.109
=een =energiebedrijf | weight=0.109
=winkel =had | weight=0.109
=zei =eerst | weight=0.109
=wist =van | weight=0.108
=op =voorraad | weight=0.108
=voorraad | weight=0.108
=doorgestuurd =en | weight=0.108
=datum | weight=0.107
=konden =me | weight=0.107
=niet =werkend | weight=0.107, noneg
=allemaal =iets | weight=0.107
=andere =zeggen | weight=0.107
=mensen =gesproken | weight=0.107
=vier =mensen | weight=0.107
=wist =er | weight=0.107
=geven | weight=0.106
=gewoon =in | weight=0.105
=de =verkoper | weight=0.105
=afsnauwde | weight=0.105
=doorverbonden =naar | weight=0.105
=leek | weight=0.105
=storing =nog | weight=0.105
=weken =daarna | weight=0.105
=verstand | weight=0.105
=verstand =van | weight=0.105
=tegen | weight=0.104
=garantie =twee | weight=0.104
=twee =jaar | weight=0.104
=jongen | weight=0.104
=er =na | weight=0.104
=keer =een | weight=0.104
=werkt | weight=0.104
=krijg =van | weight=0.104
=van =elke | weight=0.104
=hele =andere | weight=0.103
=weet =ik | weight=0.103
=mijn =nummer | weight=0.103
=gelijk | weight=0.103
=formulier =dat | weight=0.103
=energiebedrijf | weight=0.103
=klantenservice =heeft | weight=0.102
=vijf =medewerker | weight=0.102
=het =alleen | weight=0.102
=uur =op | weight=0.102
=euro =per | weight=0.102
=meter =werkt | weight=0.101
=apotheker | weight=0.101
=de =apotheker | weight=0.101
=medewerker =me | weight=0.101
=de =oorzaak | weight=0.101
=oorzaak | weight=0.101
=de =kassiere | weight=0.101
=zegt =weer | weight=0.101
=pakket =was | weight=0.100
=keer =de | weight=0.100
=waarom =mijn | weight=0.099
=gast | weight=0.099
=het =lukt | weight=0.099
=keer =opnieuw | weight=0.099
=eerst =dat | weight=0.099
=onzin | weight=0.099
=gesproken =die | weight=0.099
=noch | weight=0.099, noneg
=noch =blazen | weight=0.099, noneg
=toets =noch | weight=0.099, noneg
=van =toets | weight=0.099
=kassiere | weight=0.099
=mee | weight=0.098
=achter =de | weight=0.098
=paspoort | weight=0.098
=wij =de | weight=0.098
=voorraad =was | weight=0.097
=chat =met | weight=0.097
=retour =verwerkt | weight=0.097
=maakte | weight=0.097
=opzoeken =en | weight=0.096
=die =gast | weight=0.096
=een =cadeaubon | weight=0.096
=monteur =en | weight=0.096
=twee =monteur | weight=0.096
=p | weight=0.096
=mensen =weet | weight=0.096
=weet =echt | weight=0.096
=allebei | weight=0.096
=de =meterkast | weight=0.095
