# incompetence, nl: learned by scripts/learn.py from 3262 tuning texts (162 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ De medewerker verzekerde me dat de upgrade mijn maandbedrag niet zou veranderen. Mijn rekening ging €15 omhoog.
+ de technici knipten de verkeerde kabels door
+ die helpdesk mensen weten echt van geen kanten
- we willen ons geld terug
- Geen minuut gewacht, top!
=andere =verhaal | weight=0.367
=geen =van | weight=0.357, noneg
=drie =medewerker | weight=0.356
=verhelpen | weight=0.332
=technici | weight=0.307
=tegenstrijdige | weight=0.299
=onwetend | weight=0.297
=bij =die | weight=0.294
=amateurs | weight=0.292
=elke =medewerker | weight=0.289
=wist | weight=0.288
=ene =medewerker | weight=0.281
=welke | weight=0.279
=geen =enkele | weight=0.277, noneg
=geen =idee | weight=0.274, noneg
=informatie | weight=0.266
=niet =bedienen | weight=0.266, noneg
=verschillende =antwoord | weight=0.265
=totaal | weight=0.262
=andere =antwoord | weight=0.262
=adviseur | weight=0.257
=geen =flauw | weight=0.255, noneg
=maandbedrag | weight=0.253
=niemand =weet | weight=0.252, noneg
=antwoord =in | weight=0.248
=moest =bij | weight=0.248
=hoe =het | weight=0.243
=had =geen | weight=0.237, noneg
=die =winkel | weight=0.232
=de =upgrade | weight=0.227
=ontbreekt | weight=0.227
=de =adviseur | weight=0.224
=welke =regelen | weight=0.222
=niet =uit | weight=0.221, noneg
=omhoog | weight=0.221
=niemand =kon | weight=0.220, noneg
=duidelijk =aan | weight=0.218
=beantwoord | weight=0.216
=niet =vertellen | weight=0.213, noneg
=nodig | weight=0.211
=helpdesk | weight=0.211
=niet =een | weight=0.209, noneg
=zelf =niet | weight=0.208, noneg
=het =verschil | weight=0.204
=verschil | weight=0.204
=man =achter | weight=0.203
=medewerkster =was | weight=0.201
=die =helpdesk | weight=0.201
=geen =kant | weight=0.201, noneg
=van =geen | weight=0.201, noneg
=stand | weight=0.200
=rekende | weight=0.199
=handleiding | weight=0.199
=je =een | weight=0.198
=me =verkeerde | weight=0.198
=wist =niemand | weight=0.198, noneg
=opzegtermijn | weight=0.198
=nergens =op | weight=0.198, noneg
=kabel | weight=0.197
=zegt =dit | weight=0.194
=verdubbeld | weight=0.193
=dit =de | weight=0.193
=verkeerde | weight=0.193
=opzoeken | weight=0.192
=andere =keer | weight=0.191
=ene =keer | weight=0.191
=leidingen | weight=0.189
=heeft =de | weight=0.189
=ik =kreeg | weight=0.187
=niet =wist | weight=0.187, noneg
=specificaties | weight=0.187
=het =ontbreekt | weight=0.187
=de =toeslag | weight=0.187
=toeslag | weight=0.187
=bij =dit | weight=0.187
=per =maand | weight=0.187
=overschrijving | weight=0.184
=snapte | weight=0.183
=niet =zien | weight=0.182, noneg
=ze =maakte | weight=0.181
=niemand =waar | weight=0.181, noneg
=die =jongen | weight=0.180
=moest =alles | weight=0.179
=allemaal | weight=0.177
=had =niemand | weight=0.177, noneg
=dat =moest | weight=0.177
=niemand =lijkt | weight=0.176, noneg
=modem | weight=0.176
=heeft =er | weight=0.176
=compleet | weight=0.175
=het =mis | weight=0.175
=kon | weight=0.173
=niemand =bij | weight=0.172, noneg
=het =zit | weight=0.172
=snapte =er | weight=0.171
=weet =van | weight=0.171
=kassa =en | weight=0.170
=leek | weight=0.170
=wat =het | weight=0.169
=verkeerde =informatie | weight=0.169
=wist =ook | weight=0.168
=klopt | weight=0.168
=compleet =onzin | weight=0.167
=ene =zegt | weight=0.166
=idee | weight=0.166
=idee =hoe | weight=0.166
=datum =voor | weight=0.165
=medewerker =hebben | weight=0.165
=toen =dat | weight=0.165
=hoe | weight=0.165
=medewerker =snapte | weight=0.164
=andere =stand | weight=0.164
=andere =zei | weight=0.164
=googelen | weight=0.163
=googelen =en | weight=0.163
=antwoord =geven | weight=0.163
=het =over | weight=0.163
=medewerker =vertelt | weight=0.163
=bleek | weight=0.163
=het =niet | weight=0.160, noneg
=wist =niet | weight=0.160, noneg
=en =kwam | weight=0.160
=de =verkeerde | weight=0.160
=er =de | weight=0.159
=andere =datum | weight=0.158
=duister | weight=0.157
=het =duister | weight=0.157
=tast | weight=0.157
=drie =verschillende | weight=0.157
=nodig =had | weight=0.157
=totaal =niet | weight=0.157, noneg
=mis =had | weight=0.155
=kunnen =verhelpen | weight=0.155
=aangesloten | weight=0.154
=verkeerde =aangesloten | weight=0.154
=gevraagd =waar | weight=0.153
=upgrade | weight=0.152
=mis | weight=0.151
=niet =hoe | weight=0.150, noneg
=niemand | weight=0.150, noneg
=in =die | weight=0.150
=mee =bezig | weight=0.149
=op =dezelfde | weight=0.149
=medewerker =stuurde | weight=0.149
=wat =een | weight=0.148
=verschillende =bedrag | weight=0.147
=de =monteur | weight=0.146
=zei =dit | weight=0.146
=kwam =er | weight=0.146
=blijven =toch | weight=0.146
=rekening =omhoog | weight=0.146
=de =opzegtermijn | weight=0.146
=cadeaukaart | weight=0.146
=een =cadeaukaart | weight=0.146
=gekregen =over | weight=0.144
=monteur =heeft | weight=0.144
=instructies | weight=0.144
=de =ene | weight=0.144
=keer =deze | weight=0.144
=fatsoenlijk =antwoord | weight=0.144
=informatie =over | weight=0.142
=kon =me | weight=0.142
=vijfde =keer | weight=0.142
=wist =er | weight=0.141
=de =kassamedewerker | weight=0.141
=verkoper =kon | weight=0.141
=vraag =beantwoord | weight=0.141
=de =tandarts | weight=0.140
=tandarts | weight=0.140
=iets =andere | weight=0.140
=product | weight=0.140
=vorige =medewerker | weight=0.140
=niet =te | weight=0.139, noneg
=er =echt | weight=0.139
=zelf =moet | weight=0.139
=die =kon | weight=0.138
=had =toen | weight=0.138
=maand =en | weight=0.137
=allemaal =een | weight=0.137
=kassamedewerker | weight=0.137
=brief =dat | weight=0.136
=telefoontje =dat | weight=0.136
=het =overzetten | weight=0.135
=overzetten =van | weight=0.135
=de =handleiding | weight=0.135
=kies | weight=0.135
=verkoper =wist | weight=0.135
=slot =de | weight=0.134
=fatsoenlijk | weight=0.134
=konden =me | weight=0.134
=adapter | weight=0.133
=adapter =verkocht | weight=0.133
=verkeerde =adapter | weight=0.133
=bouwmarkt | weight=0.133
=de =bouwmarkt | weight=0.133
=hij =op | weight=0.133
=vraag =niet | weight=0.132, noneg
=niks =van | weight=0.132, noneg
=heeft =mijn | weight=0.131
=keer =de | weight=0.131
=ene | weight=0.131
=waarom =mijn | weight=0.131
=gelijk | weight=0.130
=er =zelf | weight=0.130
=klooien | weight=0.129
=klooien =en | weight=0.129
=eerst =zei | weight=0.129
=pakket =was | weight=0.129
=maakte | weight=0.129
=me =de | weight=0.128
=andere =dat | weight=0.127
=drie =monteur | weight=0.127
=ineens =een | weight=0.127
=zijn =collega | weight=0.127
=eerst =dat | weight=0.127
=ineens | weight=0.126
=mijn =paspoort | weight=0.126
=te =verhelpen | weight=0.126
=een =jaar | weight=0.125
=overzetten | weight=0.125
=voorschotbedrag | weight=0.125
=gewoon =in | weight=0.124
=echt =van | weight=0.124
=jongen | weight=0.124
=router =te | weight=0.124
=moet =uitleggen | weight=0.124
=chatmedewerker | weight=0.124
=de =meterstand | weight=0.123
=verkeerde =kabel | weight=0.122
=elkaar | weight=0.122
=apparaat | weight=0.122
=garandeerde | weight=0.122
=niet =van | weight=0.121, noneg
=collega =vraag | weight=0.121
=een =cadeaubon | weight=0.120
=modellen | weight=0.120
=router | weight=0.120
=geven | weight=0.120
=personeel =in | weight=0.120
=moest =nakijken | weight=0.120
=nakijken | weight=0.120
=waar =de | weight=0.119
=vertelt | weight=0.119
=het =ineens | weight=0.119
=betaald | weight=0.119
=gratis | weight=0.119
=kon =het | weight=0.118
=mail =dat | weight=0.117
=opzoeken =en | weight=0.117
=monteur | weight=0.117
=euro =per | weight=0.116
=ze =konden | weight=0.116
=navragen | weight=0.116
=alles =in | weight=0.116
=kon =niemand | weight=0.116, noneg
=niemand =mij | weight=0.116, noneg
=precies =kon | weight=0.116
=uitleg | weight=0.116
=lukt | weight=0.115
=de =dekking | weight=0.115
=dekking | weight=0.115
=verkeerde =ingelicht | weight=0.115
=lang =gehad | weight=0.115
=gaf =me | weight=0.114
=medewerker =bij | weight=0.114
=wel =kan | weight=0.114
=het =wel | weight=0.112
=gast | weight=0.112
=de =modellen | weight=0.112
=modellen =niet | weight=0.112, noneg
=andere =model | weight=0.112
=model =router | weight=0.112
=hij =moest | weight=0.112
=datum | weight=0.112
=verschil =tussen | weight=0.110
=monteur =kwam | weight=0.110
=medewerker =het | weight=0.109
=van =niks | weight=0.109, noneg
=een =andere | weight=0.109
=verkoper =moest | weight=0.109
=mijn =adres | weight=0.109
=het =meisje | weight=0.108
=begreep | weight=0.108
=niet =waarom | weight=0.108, noneg
=meter | weight=0.108
=de =meterkast | weight=0.107
=meterkast | weight=0.107
=uur =naar | weight=0.107
=kraan | weight=0.107
=de =kraan | weight=0.107
=personeel | weight=0.107
=over =hun | weight=0.107
=werkt | weight=0.106
=horen =ik | weight=0.106
=allemaal =iets | weight=0.106
=andere =zeggen | weight=0.106
=mensen =gesproken | weight=0.106
=vier =mensen | weight=0.106
=gevraagd =hoe | weight=0.106
=medewerker =verzekerde | weight=0.106
=upgrade =mijn | weight=0.106
=over =dezelfde | weight=0.105
=hij =het | weight=0.105
=uw =afdeling | weight=0.105
=en =gaf | weight=0.105
=op =voorraad | weight=0.104
=voorraad | weight=0.104
=medewerker =zijn | weight=0.104
=konden | weight=0.104
=winkel =heeft | weight=0.104
=eigen =systeem | weight=0.104
=hoe =kan | weight=0.103
=staat =gewoon | weight=0.103
=weg =was | weight=0.103
=tarieven | weight=0.103
=de =verkoper | weight=0.102
=de =assistent | weight=0.102
=medewerker =zegt | weight=0.102
=weken =daarna | weight=0.102
=zei =eerst | weight=0.102
=balie =en | weight=0.101
=het =advies | weight=0.101
=jullie =eigen | weight=0.101
=vijfde | weight=0.101
=chat =met | weight=0.101
=alles =opzoeken | weight=0.101
=regelen =het | weight=0.100
=puzzelen | weight=0.100
=te =puzzelen | weight=0.100
=gesproken =die | weight=0.100
=de =door | weight=0.100
=medewerker =had | weight=0.100
=die =gast | weight=0.099
=mensen =weet | weight=0.099
=weet =echt | weight=0.099
=informatie =gekregen | weight=0.099
=model | weight=0.099
=monteur =niet | weight=0.099, noneg
=paspoort | weight=0.099
=slimme =meter | weight=0.099
=medewerker =kon | weight=0.099
=zijn =systeem | weight=0.099
=monteur =wist | weight=0.098
=klantenservice =van | weight=0.098
=zegt =weer | weight=0.098
=uitleggen =hoe | weight=0.098
=internet | weight=0.098
=de =vorige | weight=0.098
=allebei | weight=0.098
=verwerkt | weight=0.097
=krijg =van | weight=0.097
=van =elke | weight=0.097
=hebt | weight=0.097
=installateur | weight=0.097
=onzin | weight=0.097
=slimme | weight=0.096
=waarna | weight=0.096
=een =potje | weight=0.096
=gemaakt =de | weight=0.096
=potje | weight=0.096
=potje =van | weight=0.096
=van =gemaakt | weight=0.096
=mijn =maandbedrag | weight=0.096
=een =energiebedrijf | weight=0.096
=garantie =twee | weight=0.095
=twee =jaar | weight=0.095
=eerst =twee | weight=0.095
=verschillende | weight=0.095
=een =gesprek | weight=0.095
=mijn =nummer | weight=0.094
=kabel =doorgeknipt | weight=0.094
=technicus =heeft | weight=0.094
=keer =opnieuw | weight=0.094
=stond =met | weight=0.094
=mijn =verhuizing | weight=0.094
=ziet | weight=0.094
=het =lukt | weight=0.094
=uur =op | weight=0.093
=zelf =ook | weight=0.093
=op =afstand | weight=0.093
=mijn =factuur | weight=0.093
=de =korting | weight=0.093
=doorgeknipt | weight=0.093
=wist =van | weight=0.092
=niet =beantwoord | weight=0.092, noneg
=haar =eigen | weight=0.092
=vijf =medewerker | weight=0.092
=heeft =niemand | weight=0.092, noneg
=voorraad =was | weight=0.092
=nu =voor | weight=0.092
=klopt =er | weight=0.092
=systeem =en | weight=0.091
=pensioen | weight=0.091
=de =chatmedewerker | weight=0.091
=zelf =geen | weight=0.090, noneg
=gesproken | weight=0.090
=me =vertellen | weight=0.090
=de =keuken | weight=0.089
=keuken | weight=0.089
=weer =een | weight=0.089
