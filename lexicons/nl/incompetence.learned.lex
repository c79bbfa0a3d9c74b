# incompetence, nl: learned by scripts/learn.py from 3889 tuning texts (193 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ De helpdesk snapt er zelf ook niks van, lijkt het wel.
+ De medewerker verzekerde me dat de upgrade mijn maandbedrag niet zou veranderen. Mijn rekening ging €15 omhoog.
+ Die gast wist van toeten noch blazen.
- we willen ons geld terug
- Geen minuut gewacht, top!
=andere =verhaal | weight=0.423
=drie =medewerker | weight=0.380
=verhelpen | weight=0.335
=adviseur | weight=0.335
=geen =van | weight=0.334, noneg
=eerst =zei | weight=0.326
=geen =flauw | weight=0.309, noneg
=bij =die | weight=0.307
=technici | weight=0.303
=verschillende =antwoord | weight=0.300
=geen =idee | weight=0.300, noneg
=tegenstrijdige | weight=0.297
=geen =enkele | weight=0.296, noneg
=wist =niet | weight=0.292, noneg
=amateurs | weight=0.289
=zegt =dit | weight=0.288
=had =geen | weight=0.287, noneg
=ze =konden | weight=0.281
=moest =alles | weight=0.278
=onwetend | weight=0.275
=andere =antwoord | weight=0.268
=eigen =kassa | weight=0.267
=sprak =zichzelf | weight=0.266
=ene =medewerker | weight=0.265
=elke =medewerker | weight=0.264
=kreeg =de | weight=0.257
=wist | weight=0.253
=maandbedrag | weight=0.248
=informatie | weight=0.245
=welke | weight=0.241
=die =winkel | weight=0.240
=totaal | weight=0.239
=zaak =bij | weight=0.237
=welke =regelen | weight=0.237
=niet =een | weight=0.237, noneg
=moest =bij | weight=0.234
=omhoog | weight=0.233
=navragen | weight=0.231
=niemand =weet | weight=0.230, noneg
=zichzelf | weight=0.227
=ontbreekt | weight=0.227
=de =upgrade | weight=0.225
=hoe | weight=0.225
=niemand =kon | weight=0.224, noneg
=opzegtermijn | weight=0.222
=niet =uit | weight=0.221, noneg
=gast =wist | weight=0.221
=beantwoord | weight=0.221
=die =jongen | weight=0.217
=helpdesk | weight=0.213
=het =verschil | weight=0.212
=verschil | weight=0.212
=man =achter | weight=0.211
=waar =de | weight=0.211
=handleiding | weight=0.210
=antwoord =in | weight=0.209
=vraag =niet | weight=0.208, noneg
=kabel | weight=0.206
=het =advies | weight=0.206
=duidelijk =aan | weight=0.206
=verdubbeld | weight=0.205
=snapt | weight=0.205
=die =helpdesk | weight=0.202
=geen =kant | weight=0.202, noneg
=van =geen | weight=0.202, noneg
=leidingen | weight=0.201
=heeft =de | weight=0.201
=wist =ook | weight=0.201
=rekende | weight=0.199
=niet =bedienen | weight=0.199, noneg
=snapt =er | weight=0.198
=wist =niemand | weight=0.197, noneg
=specificaties | weight=0.197
=het =mis | weight=0.196
=niet =vertellen | weight=0.196, noneg
=googelen | weight=0.195
=me =verkeerde | weight=0.194
=zaak | weight=0.193
=je =een | weight=0.192
=hoe =het | weight=0.192
=niemand =waar | weight=0.192, noneg
=jullie =eigen | weight=0.191
=de =toeslag | weight=0.191
=toeslag | weight=0.191
=verkeerde =informatie | weight=0.191
=medewerkster =was | weight=0.190
=konden | weight=0.190
=me =de | weight=0.188
=allemaal | weight=0.188
=klooien | weight=0.187
=bij =dit | weight=0.184
=ze =maakte | weight=0.184
=klopt | weight=0.183
=heeft =er | weight=0.183
=andere =keer | weight=0.182
=ene =keer | weight=0.182
=drie =verschillende | weight=0.180
=datum =voor | weight=0.179
=de =adviseur | weight=0.179
=ik =kreeg | weight=0.179
=vertellen =hoe | weight=0.179
=het =ontbreekt | weight=0.179
=had =niemand | weight=0.177, noneg
=uitleggen =hoe | weight=0.177
=mis =had | weight=0.176
=niet =wist | weight=0.175, noneg
=stand | weight=0.175
=er =zelf | weight=0.174
=dat =moest | weight=0.173
=de =verkeerde | weight=0.173
=nergens =op | weight=0.173, noneg
=andere =datum | weight=0.172
=medewerker =hebben | weight=0.172
=de =opzegtermijn | weight=0.171
=niemand =bij | weight=0.170, noneg
=niet =zien | weight=0.169, noneg
=per =maand | weight=0.169
=ene | weight=0.169
=andere =stand | weight=0.169
=andere =dat | weight=0.168
=verkeerde =aangesloten | weight=0.168
=de =technicus | weight=0.166
=compleet =onzin | weight=0.165
=al =lang | weight=0.165
=gaf =me | weight=0.165
=elkaar | weight=0.164
=modem | weight=0.164
=hand =in | weight=0.164
=niemand =lijkt | weight=0.164, noneg
=een =gesprek | weight=0.164
=verkeerde | weight=0.163
=allemaal =een | weight=0.163
=het =zit | weight=0.163
=hun =eigen | weight=0.163
=na =een | weight=0.163
=wat =het | weight=0.163
=dagen =later | weight=0.162
=compleet | weight=0.162
=medewerker =snapt | weight=0.161
=overschrijving | weight=0.161
=kon =me | weight=0.160
=niemand =wist | weight=0.160, noneg
=kies | weight=0.160
=van =niks | weight=0.159, noneg
=weet =van | weight=0.159
=bankmedewerker | weight=0.159
=de =bankmedewerker | weight=0.159
=het =over | weight=0.159
=verkoper =kon | weight=0.159
=het =haar | weight=0.159
=andere =zei | weight=0.159
=upgrade | weight=0.158
=antwoord =geven | weight=0.158
=kassa =en | weight=0.158
=op =dezelfde | weight=0.156
=personeel | weight=0.156
=medewerker =vertelt | weight=0.155
=toen =dat | weight=0.154
=totaal =niet | weight=0.154, noneg
=technicus | weight=0.153
=kunnen =verhelpen | weight=0.153
=zei =ja | weight=0.152
=slot =de | weight=0.151
=installateur | weight=0.151
=dit =de | weight=0.151
=opzoeken | weight=0.150
=drie =uur | weight=0.150
=idee | weight=0.149
=idee =hoe | weight=0.149
=haar =eigen | weight=0.148
=blijven =toch | weight=0.148
=rekening =omhoog | weight=0.148
=niemand =daar | weight=0.148, noneg
=niet =hoe | weight=0.148, noneg
=het =overzetten | weight=0.146
=overzetten =van | weight=0.146
=gratis | weight=0.145
=vorige =medewerker | weight=0.144
=zei =dit | weight=0.144
=klooien =en | weight=0.143
=googelen =en | weight=0.141
=niet =beantwoord | weight=0.141, noneg
=verschillende =bedrag | weight=0.140
=voortdurend | weight=0.140
=in =die | weight=0.140
=gekregen =over | weight=0.139
=duister | weight=0.139
=het =duister | weight=0.139
=tast | weight=0.139
=er =de | weight=0.138
=kraan | weight=0.137
=mee =bezig | weight=0.137
=te =verhelpen | weight=0.137
=vraag =beantwoord | weight=0.137
=kon | weight=0.137
=informatie =over | weight=0.136
=niks =van | weight=0.135, noneg
=maar =erger | weight=0.135
=uiteindelijk =heb | weight=0.135
=cadeaukaart | weight=0.135
=een =cadeaukaart | weight=0.135
=werkt | weight=0.135
=bouwmarkt | weight=0.134
=de =bouwmarkt | weight=0.134
=had =toen | weight=0.134
=me =twee | weight=0.134
=klopt =gewoon | weight=0.133
=fatsoenlijk =antwoord | weight=0.133
=constant | weight=0.132
=niemand | weight=0.132, noneg
=model =router | weight=0.132
=stond =met | weight=0.132
=alles =in | weight=0.131
=de =kraan | weight=0.131
=de =dekking | weight=0.131
=dekking | weight=0.131
=verkeerde =ingelicht | weight=0.131
=medewerker =bij | weight=0.131
=niet =vinden | weight=0.131, noneg
=het =googelen | weight=0.131
=heeft =mijn | weight=0.131
=iets =andere | weight=0.130
=brief =dat | weight=0.130
=telefoontje =dat | weight=0.130
=overzetten | weight=0.130
=ene =zegt | weight=0.130
=lukt | weight=0.129
=warmtepomp | weight=0.129
=eerst =bij | weight=0.129
=zelf =ook | weight=0.129
=keer =deze | weight=0.128
=kon =niemand | weight=0.128, noneg
=niemand =mij | weight=0.128, noneg
=precies =kon | weight=0.128
=ineens =een | weight=0.128
=iets =hele | weight=0.127
=dat =weet | weight=0.127
=hij =op | weight=0.126
=ze =sprak | weight=0.126
=de =vijfde | weight=0.126
=fatsoenlijk | weight=0.125
=bleek | weight=0.125
=gevraagd =waar | weight=0.125
=filiaal =zegt | weight=0.124
=het =abonnement | weight=0.124
=medewerker =moest | weight=0.124
=medewerker =het | weight=0.124
=wel =kan | weight=0.124
=zelf =niet | weight=0.124, noneg
=kosten | weight=0.124
=apparaat | weight=0.123
=moest =nakijken | weight=0.123
=nakijken | weight=0.123
=mijn =adres | weight=0.122
=hij =het | weight=0.122
=instructies | weight=0.122
=mijn =paspoort | weight=0.121
=aangesloten | weight=0.121
=het =wel | weight=0.121
=vijfde =keer | weight=0.121
=modellen | weight=0.121
=verkeerde =kabel | weight=0.120
=model | weight=0.120
=het =meisje | weight=0.120
=kwam =er | weight=0.120
=vertelt | weight=0.119
=aanmaken | weight=0.119
=medewerker =stuurde | weight=0.119
=niks =wist | weight=0.119, noneg
=de =modellen | weight=0.118
=modellen =niet | weight=0.118, noneg
=monteur =niet | weight=0.118, noneg
=drie =monteur | weight=0.118
=adapter | weight=0.118
=adapter =verkocht | weight=0.118
=verkeerde =adapter | weight=0.118
=garandeerde | weight=0.117
=een =energiebedrijf | weight=0.117
=die =kon | weight=0.117
=de =installateur | weight=0.116
=hun | weight=0.116
=zei =steeds | weight=0.116
=het =ineens | weight=0.116
=hij =moest | weight=0.116
=advies =van | weight=0.115
=verschillende | weight=0.115
=tarieven | weight=0.115
=klantenservice =heeft | weight=0.115
=uur =op | weight=0.115
=weet =ik | weight=0.114
=en =kwam | weight=0.114
=verschil =tussen | weight=0.114
=ineens | weight=0.114
=erger | weight=0.114
=echt =van | weight=0.113
=blijft =de | weight=0.113
=die =ook | weight=0.113
=gelijk | weight=0.112
=wist =van | weight=0.112
=een =cadeaubon | weight=0.112
=gewoon =in | weight=0.112
=klantenservice =van | weight=0.112
=zelf =moet | weight=0.111
=keer =de | weight=0.111
=regelen =het | weight=0.111
=de =verkoper | weight=0.111
=een =telefoontje | weight=0.111
=geven | weight=0.111
=de =meterstand | weight=0.111
=weken =daarna | weight=0.110
=router =te | weight=0.110
=mail =dat | weight=0.110
=hele =andere | weight=0.110
=krijg =van | weight=0.110
=van =elke | weight=0.110
=energiebedrijf | weight=0.110
=de =monteur | weight=0.110
=jongen | weight=0.110
=voorschotbedrag | weight=0.110
=weinig | weight=0.109
=monteur =had | weight=0.108
=medewerker =verzekerde | weight=0.108
=upgrade =mijn | weight=0.108
=allemaal =iets | weight=0.108
=andere =zeggen | weight=0.108
=mensen =gesproken | weight=0.108
=vier =mensen | weight=0.108
=er =echt | weight=0.108
=datum | weight=0.108
=meter =werkt | weight=0.108
=zei =eerst | weight=0.108
=er =na | weight=0.107
=euro =per | weight=0.107
=aanpassen | weight=0.107
=hij =sprak | weight=0.107
=waardoor | weight=0.107
=verstand | weight=0.106
=verstand =van | weight=0.106
=zoek | weight=0.106
=doorverbonden =naar | weight=0.106
=uw =afdeling | weight=0.105
=mis | weight=0.105
=formulier =dat | weight=0.105
=medewerker =me | weight=0.105
=het =alleen | weight=0.105
=het =lukt | weight=0.105
=winkel =had | weight=0.104
=op =voorraad | weight=0.104
=voorraad | weight=0.104
=storing =nog | weight=0.104
=maand =en | weight=0.103
=konden =me | weight=0.103
=u =heeft | weight=0.103
=wij =de | weight=0.102
=meisje | weight=0.102
=tegen | weight=0.102
=de =oorzaak | weight=0.102
=oorzaak | weight=0.102
=vijf =medewerker | weight=0.102
=mijn =nummer | weight=0.102
=garantie =twee | weight=0.102
=twee =jaar | weight=0.102
=paspoort | weight=0.102
=gesproken =die | weight=0.101
=een =jaar | weight=0.100
=pakket =was | weight=0.100
=apotheker | weight=0.100
=de =apotheker | weight=0.100
=winkel =heeft | weight=0.100
=gast | weight=0.099
=achter =de | weight=0.099
=keer =opnieuw | weight=0.099
=niet =werkend | weight=0.099, noneg
=dat =hun | weight=0.098
=de =tandarts | weight=0.098
=tandarts | weight=0.098
=allebei | weight=0.098
=monteur =en | weight=0.098
=twee =monteur | weight=0.098
=maakte | weight=0.098
=titel | weight=0.098
=me =had | weight=0.097
=zegt =weer | weight=0.097
=opzoeken =en | weight=0.097
=mensen =weet | weight=0.097
=weet =echt | weight=0.097
=moet =uitleggen | weight=0.097
=verlopen | weight=0.097
=onzin | weight=0.097
=eerst =twee | weight=0.097
=ingelicht | weight=0.096
=ingelicht =over | weight=0.096
=de =door | weight=0.096
=medewerker =geeft | weight=0.096
=jongen =in | weight=0.096
=chat =met | weight=0.096
=noch | weight=0.096, noneg
=noch =blazen | weight=0.096, noneg
=toets =noch | weight=0.096, noneg
=van =toets | weight=0.096
