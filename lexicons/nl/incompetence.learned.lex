# incompetence, nl: learned by scripts/learn.py from 4470 tuning texts (219 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ De helpdesk snapt er zelf ook niks van, lijkt het wel.
+ De medewerker verzekerde me dat de upgrade mijn maandbedrag niet zou veranderen. Mijn rekening ging €15 omhoog.
+ De ene zegt A, de andere zegt B.
- ok dankje
- we willen ons geld terug
=andere =verhaal | weight=0.476
=drie =medewerker | weight=0.414
=verschillende =antwoord | weight=0.399
=amateurs | weight=0.381
=andere =antwoord | weight=0.364
=verhelpen | weight=0.363
=had =geen | weight=0.349, noneg
=wist =niet | weight=0.339, noneg
=ze =spreken | weight=0.333
=eerst =zei | weight=0.332
=zichzelf | weight=0.317
=geen =flauw | weight=0.315, noneg
=technici | weight=0.315
=bij =die | weight=0.312
=tegenstrijdige | weight=0.308
=geen =van | weight=0.300, noneg
=ene =zegt | weight=0.294
=geen =enkele | weight=0.291, noneg
=kreeg =de | weight=0.287
=niet =uit | weight=0.285, noneg
=eigen =kassa | weight=0.284
=ene =medewerker | weight=0.280
=onwetend | weight=0.270
=moest =alles | weight=0.268
=niet =een | weight=0.268, noneg
=helpdesk | weight=0.266
=sprak =zichzelf | weight=0.265
=de =adviseur | weight=0.263
=totaal | weight=0.261
=moest =bij | weight=0.259
=ze =konden | weight=0.259
=geen =idee | weight=0.258, noneg
=elke =medewerker | weight=0.257
=zaak =bij | weight=0.256
=welke =regelen | weight=0.253
=niemand =kon | weight=0.252, noneg
=zegt =dit | weight=0.250
=vraag =niet | weight=0.248, noneg
=die =winkel | weight=0.248
=maandbedrag | weight=0.243
=van =niks | weight=0.242, noneg
=verdubbeld | weight=0.242
=opzegtermijn | weight=0.241
=niemand =weet | weight=0.240, noneg
=niet =hoe | weight=0.238, noneg
=waar =de | weight=0.236
=niemand =daar | weight=0.236, noneg
=man =achter | weight=0.235
=omhoog | weight=0.235
=de =upgrade | weight=0.234
=navragen | weight=0.234
=ontbreekt | weight=0.233
=handleiding | weight=0.231
=hebben =mijn | weight=0.231
=uitleg | weight=0.230
=wist | weight=0.228
=het =advies | weight=0.228
=voortdurend =tegen | weight=0.221
=die =jongen | weight=0.220
=klopt | weight=0.220
=ene | weight=0.219
=adviseur | weight=0.217
=jullie =eigen | weight=0.217
=voortdurend | weight=0.217
=niemand =waar | weight=0.216, noneg
=duidelijk =aan | weight=0.216
=informatie | weight=0.216
=hoe | weight=0.215
=het =verschil | weight=0.215
=verschil | weight=0.215
=me =de | weight=0.212
=een =gesprek | weight=0.211
=niemand =bij | weight=0.210, noneg
=het =contract | weight=0.210
=gast =wist | weight=0.210
=welke | weight=0.210
=niet =bediening | weight=0.209, noneg
=niet =vertellen | weight=0.209, noneg
=specificaties | weight=0.208
=niks =van | weight=0.204, noneg
=allemaal | weight=0.203
=heeft =er | weight=0.201
=het =mis | weight=0.201
=rekende | weight=0.200
=compleet | weight=0.200
=compleet =onzin | weight=0.199
=datum =voor | weight=0.199
=snapt | weight=0.198
=beantwoord | weight=0.198
=klooien | weight=0.198
=hoe =het | weight=0.198
=die =helpdesk | weight=0.197
=geen =kant | weight=0.197, noneg
=van =geen | weight=0.197, noneg
=wist =ook | weight=0.195
=uitleggen =hoe | weight=0.195
=verkeerde =informatie | weight=0.195
=de =toeslag | weight=0.193
=toeslag | weight=0.193
=leidingen | weight=0.193
=de =opzegtermijn | weight=0.193
=andere =datum | weight=0.193
=antwoord =geven | weight=0.193
=nergens =op | weight=0.193, noneg
=vertellen =hoe | weight=0.192
=antwoord =in | weight=0.191
=niemand =wist | weight=0.191, noneg
=ze =maakte | weight=0.191
=zelf =niet | weight=0.190, noneg
=toen =dat | weight=0.190
=kabel | weight=0.189
=allemaal =een | weight=0.188
=googelen | weight=0.186
=niet =uitleggen | weight=0.185, noneg
=stand | weight=0.185
=overgenomen | weight=0.184
=de =technicus | weight=0.184
=me =verkeerde | weight=0.184
=andere =stand | weight=0.182
=hun =eigen | weight=0.182
=al =lang | weight=0.182
=je =een | weight=0.181
=hand =in | weight=0.179
=medewerker =had | weight=0.178
=het =ontbreekt | weight=0.178
=technicus | weight=0.178
=bij =deze | weight=0.178
=upgrade | weight=0.178
=niet =wist | weight=0.178, noneg
=wat =het | weight=0.177
=opzoeken | weight=0.177
=medewerker =hebben | weight=0.177
=mis =had | weight=0.177
=kon =niet | weight=0.176, noneg
=niemand =lijkt | weight=0.176, noneg
=daar =wist | weight=0.176
=het =zit | weight=0.175
=verkeerde =aangesloten | weight=0.175
=was =totaal | weight=0.175
=medewerkster =was | weight=0.175
=moest =oplossen | weight=0.175
=mijn =adres | weight=0.173
=het =haar | weight=0.173
=precies =niks | weight=0.172, noneg
=had =niemand | weight=0.172, noneg
=niet =zien | weight=0.172, noneg
=dagen =later | weight=0.172
=overschrijving | weight=0.171
=bij =dit | weight=0.171
=per =maand | weight=0.170
=zaak | weight=0.169
=verschillende =bedrag | weight=0.168
=keer =bij | weight=0.168
=zoek | weight=0.168
=installateur | weight=0.166
=bankmedewerker | weight=0.166
=de =bankmedewerker | weight=0.166
=kunnen =verhelpen | weight=0.165
=de =verkeerde | weight=0.164
=vorige =medewerker | weight=0.163
=andere =keer | weight=0.163
=ene =keer | weight=0.163
=over =ging | weight=0.163
=mijn =iban | weight=0.162
=elkaar | weight=0.162
=haar =eigen | weight=0.161
=kassa =en | weight=0.160
=personeel | weight=0.160
=te =zoek | weight=0.159
=brief =dat | weight=0.159
=telefoontje =dat | weight=0.159
=idee | weight=0.158
=idee =hoe | weight=0.158
=die =gast | weight=0.157
=medewerker =vertelt | weight=0.156
=op =dezelfde | weight=0.155
=gratis | weight=0.154
=konden | weight=0.154
=het =overzetten | weight=0.154
=overzetten =van | weight=0.154
=slot =de | weight=0.153
=onkundig | weight=0.153
=onkundig =personeel | weight=0.153
=kon =me | weight=0.152
=verkoper =kon | weight=0.152
=googelen =en | weight=0.151
=stond =met | weight=0.150
=blijven =toch | weight=0.150
=rekening =omhoog | weight=0.150
=iban | weight=0.150
=er =na | weight=0.149
=bouwmarkt | weight=0.149
=de =bouwmarkt | weight=0.149
=kon =niemand | weight=0.149, noneg
=niemand =mij | weight=0.149, noneg
=precies =kon | weight=0.149
=medewerker =het | weight=0.149
=alweer | weight=0.147
=fatsoenlijk =antwoord | weight=0.147
=er =precies | weight=0.146
=warmtepomp | weight=0.146
=medewerker =snapt | weight=0.146
=gespeld | weight=0.145
=storing =is | weight=0.145
=de =kraan | weight=0.145
=kraan | weight=0.144
=ik =kreeg | weight=0.144
=zei =ja | weight=0.144
=verkeerde | weight=0.144
=versie =klopt | weight=0.143
=modellen | weight=0.143
=het =abonnement | weight=0.143
=andere =zei | weight=0.143
=duister | weight=0.143
=het =duister | weight=0.143
=tast | weight=0.143
=drie =monteur | weight=0.143
=ineens | weight=0.142
=te =verhelpen | weight=0.141
=een =telefoontje | weight=0.141
=dit =was | weight=0.141
=klooien =en | weight=0.141
=de =garantie | weight=0.140
=mee =bezig | weight=0.140
=heeft =de | weight=0.139
=het =over | weight=0.139
=maar =erger | weight=0.138
=snapt =er | weight=0.138
=mis | weight=0.138
=wel =kan | weight=0.138
=gast | weight=0.137
=ze =snapt | weight=0.137
=de =ene | weight=0.137
=fatsoenlijk | weight=0.137
=medewerker =drie | weight=0.137
=model =router | weight=0.137
=medewerker =stuurde | weight=0.136
=aanmaken | weight=0.136
=vraag =beantwoord | weight=0.136
=informatie =over | weight=0.136
=weet =van | weight=0.136
=iets =hele | weight=0.133
=apparaat | weight=0.133
=wist =ze | weight=0.133
=zei =dit | weight=0.132
=de =dekking | weight=0.132
=dekking | weight=0.132
=verkeerde =ingelicht | weight=0.132
=filiaal =zegt | weight=0.131
=iets =andere | weight=0.131
=snapt =mijn | weight=0.131
=hun =chef | weight=0.131
=hoger =was | weight=0.130
=cadeaukaart | weight=0.130
=een =cadeaukaart | weight=0.130
=model | weight=0.130
=dat =moest | weight=0.130
=het =wel | weight=0.130
=alles =in | weight=0.130
=onzin | weight=0.129
=keer =deze | weight=0.129
=zei =eerst | weight=0.129
=medewerker =moest | weight=0.129
=chat =met | weight=0.128
=hij =op | weight=0.128
=constant | weight=0.128
=een =energiebedrijf | weight=0.128
=het =meisje | weight=0.127
=welke =versie | weight=0.127
=andere =zegt | weight=0.127
=had =toen | weight=0.127
=er =zelf | weight=0.127
=verschil =tussen | weight=0.127
=keer =de | weight=0.126
=wist =van | weight=0.126
=adapter | weight=0.126
=adapter =verkocht | weight=0.126
=verkeerde =adapter | weight=0.126
=uiteindelijk =heb | weight=0.126
=versie | weight=0.126
=wist =zelf | weight=0.126
=vertelt | weight=0.125
=gevraagd =waar | weight=0.125
=niemand | weight=0.125, noneg
=niet =beantwoord | weight=0.125, noneg
=instructies | weight=0.125
=chagrijnig | weight=0.125
=kreeg =van | weight=0.124
=het =googelen | weight=0.124
=advies =van | weight=0.124
=antwoord =en | weight=0.124
=kosten | weight=0.123
=twee =verschillende | weight=0.123
=dat =weet | weight=0.123
=ze =sprak | weight=0.123
=verhaal =en | weight=0.123
=over =heeft | weight=0.122
=ze =had | weight=0.122
=de =vijfde | weight=0.122
=energiebedrijf | weight=0.122
=retour | weight=0.122
=garandeerde | weight=0.122
=de =monteur | weight=0.121
=u =heeft | weight=0.121
=de =oorzaak | weight=0.121
=oorzaak | weight=0.121
=zijn =systeem | weight=0.121
=er =de | weight=0.121
=nu =geloven | weight=0.121
=overzetten | weight=0.121
=apotheker | weight=0.121
=de =apotheker | weight=0.121
=de =installateur | weight=0.120
=meter =werkt | weight=0.120
=niet =vinden | weight=0.120, noneg
=uitleggen =waarom | weight=0.120
=andere =dat | weight=0.119
=monteur =niet | weight=0.119, noneg
=medewerker =bij | weight=0.119
=ingevoerd | weight=0.119
=ineens =een | weight=0.119
=wie =moet | weight=0.118
=erger | weight=0.118
=vijfde =keer | weight=0.118
=de =modellen | weight=0.118
=modellen =niet | weight=0.118, noneg
=opzoeken =en | weight=0.118
=moest =nakijken | weight=0.118
=nakijken | weight=0.118
=modem | weight=0.117
=monteur =had | weight=0.116
=blijft =de | weight=0.116
=gaf =me | weight=0.116
=konden =me | weight=0.116
=mijn =paspoort | weight=0.116
=die =kon | weight=0.116
=zei =steeds | weight=0.116
=gelijk | weight=0.115
=mijn =nummer | weight=0.115
=hij =het | weight=0.115
=kies | weight=0.115
=weken =daarna | weight=0.114
=router =te | weight=0.114
=allemaal =iets | weight=0.114
=andere =zeggen | weight=0.114
=mensen =gesproken | weight=0.114
=vier =mensen | weight=0.114
=maakte | weight=0.114
=zegt =weer | weight=0.114
=me =vertellen | weight=0.114
=formulier =dat | weight=0.114
=het =ineens | weight=0.113
=ik =doorvroeg | weight=0.113
=medewerker =verzekerde | weight=0.113
=upgrade =mijn | weight=0.113
=telefoon =maar | weight=0.113
=zelf =moet | weight=0.112
=niet =van | weight=0.112, noneg
=zelf =ook | weight=0.112
=er =echt | weight=0.112
=moest =de | weight=0.112
=meisje | weight=0.112
=winkel =had | weight=0.111
=achter =de | weight=0.111
=informatie =gekregen | weight=0.111
=hij =moest | weight=0.111
=medewerker =geeft | weight=0.111
=hoe =hun | weight=0.111
=storing =nog | weight=0.111
=niks =wist | weight=0.111, noneg
=gewoon =in | weight=0.110
=euro =per | weight=0.110
=het =alleen | weight=0.110
=regelen =het | weight=0.110
=monteur =en | weight=0.110
=twee =monteur | weight=0.110
=keer =een | weight=0.110
=maand =en | weight=0.110
=eerst =dat | weight=0.110
=in =die | weight=0.109
=verstand | weight=0.109
=verstand =van | weight=0.109
=gesproken =die | weight=0.109
=hij =sprak | weight=0.108
=kon =op | weight=0.108
=bleek =dat | weight=0.108
=dat =hun | weight=0.108
=van =twee | weight=0.108
=wist =er | weight=0.108
=klopt =er | weight=0.108
=internet =doet | weight=0.107
=aangesloten | weight=0.107
=niet =werkend | weight=0.107, noneg
=ingelicht | weight=0.107
=ingelicht =over | weight=0.107
=het =lukt | weight=0.107
=op =afstand | weight=0.107
=werkt | weight=0.106
=waardoor | weight=0.106
=gevraagd =hoe | weight=0.106
