# incompetence, nl: learned by scripts/learn.py from 3398 tuning texts (164 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ De medewerker verzekerde me dat de upgrade mijn maandbedrag niet zou veranderen. Mijn rekening ging €15 omhoog.
+ de technici knipten de verkeerde kabels door
+ die helpdesk mensen weten echt van geen kanten
- we willen ons geld terug
- Geen minuut gewacht, top!
=andere =verhaal | weight=0.409
=drie =medewerker | weight=0.351
=geen =van | weight=0.346, noneg
=verhelpen | weight=0.326
=technici | weight=0.323
=tegenstrijdige | weight=0.303
=bij =die | weight=0.298
=onwetend | weight=0.296
=amateurs | weight=0.289
=wist | weight=0.286
=elke =medewerker | weight=0.282
=geen =idee | weight=0.278, noneg
=welke | weight=0.276
=ene =medewerker | weight=0.268
=verschillende =antwoord | weight=0.268
=niemand =weet | weight=0.266, noneg
=geen =enkele | weight=0.264, noneg
=informatie | weight=0.263
=totaal | weight=0.261
=andere =antwoord | weight=0.260
=niet =bedienen | weight=0.260, noneg
=geen =flauw | weight=0.256, noneg
=moest =bij | weight=0.249
=antwoord =in | weight=0.248
=adviseur | weight=0.248
=maandbedrag | weight=0.242
=die =winkel | weight=0.240
=had =geen | weight=0.236, noneg
=hoe =het | weight=0.235
=ontbreekt | weight=0.233
=de =upgrade | weight=0.228
=omhoog | weight=0.226
=welke =regelen | weight=0.222
=duidelijk =aan | weight=0.222
=niet =uit | weight=0.221, noneg
=helpdesk | weight=0.218
=de =adviseur | weight=0.214
=niet =vertellen | weight=0.214, noneg
=zelf =niet | weight=0.213, noneg
=het =verschil | weight=0.212
=verschil | weight=0.212
=niet =een | weight=0.208, noneg
=niemand =kon | weight=0.207, noneg
=nergens =op | weight=0.207, noneg
=stand | weight=0.205
=beantwoord | weight=0.204
=snapte | weight=0.204
=ik =kreeg | weight=0.200
=medewerkster =was | weight=0.199
=rekende | weight=0.198
=leidingen | weight=0.197
=me =verkeerde | weight=0.197
=man =achter | weight=0.196
=die =helpdesk | weight=0.196
=geen =kant | weight=0.196, noneg
=van =geen | weight=0.196, noneg
=het =ontbreekt | weight=0.196
=je =een | weight=0.195
=wist =niemand | weight=0.194, noneg
=opzegtermijn | weight=0.191
=de =toeslag | weight=0.191
=toeslag | weight=0.191
=moest =alles | weight=0.190
=kabel | weight=0.190
=dit =de | weight=0.189
=handleiding | weight=0.189
=verdubbeld | weight=0.188
=die =jongen | weight=0.187
=zegt =dit | weight=0.187
=heeft =de | weight=0.187
=bij =dit | weight=0.186
=opzoeken | weight=0.186
=niet =zien | weight=0.184, noneg
=overschrijving | weight=0.183
=niemand =waar | weight=0.182, noneg
=per =maand | weight=0.182
=verkeerde | weight=0.182
=niet =wist | weight=0.181, noneg
=het =over | weight=0.180
=wist =ook | weight=0.180
=het =zit | weight=0.179
=had =niemand | weight=0.179, noneg
=andere =keer | weight=0.178
=ene =keer | weight=0.178
=heeft =er | weight=0.178
=specificaties | weight=0.176
=allemaal | weight=0.175
=niemand =lijkt | weight=0.175, noneg
=wat =het | weight=0.174
=datum =voor | weight=0.173
=ze =maakte | weight=0.173
=snapte =er | weight=0.173
=het =niet | weight=0.171, noneg
=dat =moest | weight=0.170
=niemand =bij | weight=0.170, noneg
=kassa =en | weight=0.169
=andere =datum | weight=0.168
=ene =zegt | weight=0.168
=medewerker =hebben | weight=0.168
=compleet =onzin | weight=0.168
=modem | weight=0.168
=het =mis | weight=0.167
=weet =van | weight=0.167
=nodig | weight=0.167
=andere =stand | weight=0.167
=kon =me | weight=0.166
=toen =dat | weight=0.166
=leek | weight=0.165
=nodig =had | weight=0.165
=andere =zei | weight=0.165
=verkeerde =informatie | weight=0.163
=drie =verschillende | weight=0.163
=compleet | weight=0.163
=idee | weight=0.161
=idee =hoe | weight=0.161
=duister | weight=0.159
=het =duister | weight=0.159
=tast | weight=0.159
=niet =hoe | weight=0.156, noneg
=googelen | weight=0.156
=googelen =en | weight=0.156
=upgrade | weight=0.156
=medewerker =vertelt | weight=0.155
=er =de | weight=0.155
=kon | weight=0.154
=verschillende =bedrag | weight=0.154
=antwoord =geven | weight=0.153
=wist =niet | weight=0.153, noneg
=de =verkeerde | weight=0.153
=me =twee | weight=0.152
=mee =bezig | weight=0.152
=gevraagd =waar | weight=0.152
=medewerker =snapte | weight=0.151
=informatie =over | weight=0.150
=en =kwam | weight=0.150
=aangesloten | weight=0.150
=verkeerde =aangesloten | weight=0.150
=niemand | weight=0.150, noneg
=totaal =niet | weight=0.150, noneg
=wat =een | weight=0.150
=zelf =moet | weight=0.149
=in =die | weight=0.149
=kunnen =verhelpen | weight=0.149
=mis | weight=0.149
=mis =had | weight=0.148
=had =toen | weight=0.148
=kies | weight=0.147
=verkoper =wist | weight=0.147
=keer =deze | weight=0.147
=blijven =toch | weight=0.146
=rekening =omhoog | weight=0.146
=iets =andere | weight=0.146
=bleek | weight=0.146
=de =tandarts | weight=0.145
=tandarts | weight=0.145
=zei =dit | weight=0.145
=slot =de | weight=0.145
=die =kon | weight=0.144
=hoe | weight=0.144
=de =kassamedewerker | weight=0.144
=de =handleiding | weight=0.144
=vorige =medewerker | weight=0.143
=verkoper =kon | weight=0.142
=de =ene | weight=0.142
=vraag =niet | weight=0.142, noneg
=op =dezelfde | weight=0.142
=het =overzetten | weight=0.142
=overzetten =van | weight=0.142
=allemaal =een | weight=0.141
=de =opzegtermijn | weight=0.141
=heeft =mijn | weight=0.141
=andere =dat | weight=0.140
=kassamedewerker | weight=0.140
=vijfde =keer | weight=0.140
=instructies | weight=0.140
=cadeaukaart | weight=0.139
=een =cadeaukaart | weight=0.139
=kwam =er | weight=0.138
=fatsoenlijk =antwoord | weight=0.138
=monteur =heeft | weight=0.138
=klopt | weight=0.138
=gekregen =over | weight=0.137
=er =zelf | weight=0.137
=product | weight=0.137
=vraag =beantwoord | weight=0.136
=ene | weight=0.136
=konden =me | weight=0.135
=niet =te | weight=0.135, noneg
=adapter | weight=0.135
=adapter =verkocht | weight=0.135
=verkeerde =adapter | weight=0.135
=maand =en | weight=0.134
=overzetten | weight=0.134
=gewoon =in | weight=0.133
=er =echt | weight=0.133
=router =te | weight=0.133
=moet =uitleggen | weight=0.132
=de =monteur | weight=0.132
=mijn =paspoort | weight=0.132
=me =de | weight=0.131
=niks =van | weight=0.130, noneg
=pakket =was | weight=0.130
=te =verhelpen | weight=0.129
=fatsoenlijk | weight=0.129
=medewerker =stuurde | weight=0.129
=eerst =dat | weight=0.128
=brief =dat | weight=0.128
=telefoontje =dat | weight=0.128
=ineens =een | weight=0.128
=klooien | weight=0.127
=klooien =en | weight=0.127
=hij =op | weight=0.127
=verkeerde =kabel | weight=0.127
=gaf =me | weight=0.127
=modellen | weight=0.127
=zijn =collega | weight=0.126
=voorschotbedrag | weight=0.126
=geven | weight=0.126
=kon =het | weight=0.126
=gelijk | weight=0.126
=moest =nakijken | weight=0.125
=nakijken | weight=0.125
=wist =er | weight=0.124
=een =jaar | weight=0.121
=jongen | weight=0.121
=niet =van | weight=0.120, noneg
=wel =kan | weight=0.120
=kon =niemand | weight=0.120, noneg
=niemand =mij | weight=0.120, noneg
=precies =kon | weight=0.120
=alles =in | weight=0.120
=medewerker =bij | weight=0.120
=waarom =mijn | weight=0.120
=verschil =tussen | weight=0.120
=apparaat | weight=0.119
=de =meterstand | weight=0.119
=garandeerde | weight=0.119
=medewerker =het | weight=0.119
=de =dekking | weight=0.119
=dekking | weight=0.119
=verkeerde =ingelicht | weight=0.119
=drie =monteur | weight=0.118
=vertelt | weight=0.118
=het =ineens | weight=0.118
=bouwmarkt | weight=0.118
=de =bouwmarkt | weight=0.118
=personeel =in | weight=0.118
=ze =konden | weight=0.117
=collega =vraag | weight=0.117
=ineens | weight=0.117
=eerst =zei | weight=0.117
=niet =waarom | weight=0.117, noneg
=en =gaf | weight=0.117
=elkaar | weight=0.116
=lukt | weight=0.116
=waar =de | weight=0.116
=de =kraan | weight=0.116
=klantenservice =van | weight=0.115
=echt =van | weight=0.115
=hij =het | weight=0.115
=kraan | weight=0.114
=een =andere | weight=0.114
=keer =de | weight=0.114
=weg =was | weight=0.114
=een =energiebedrijf | weight=0.114
=euro =per | weight=0.114
=gratis | weight=0.113
=monteur =kwam | weight=0.113
=de =meterkast | weight=0.113
=uur =naar | weight=0.113
=maakte | weight=0.113
=een =cadeaubon | weight=0.113
=de =modellen | weight=0.113
=modellen =niet | weight=0.113, noneg
=het =meisje | weight=0.112
=uitleg | weight=0.111
=lang =gehad | weight=0.111
=opzoeken =en | weight=0.111
=mijn =adres | weight=0.110
=begreep | weight=0.110
=de =vorige | weight=0.110
=het =wel | weight=0.110
=chatmedewerker | weight=0.109
=medewerker =verzekerde | weight=0.109
=upgrade =mijn | weight=0.109
=op =voorraad | weight=0.109
=voorraad | weight=0.109
=tarieven | weight=0.109
=hij =moest | weight=0.109
=andere =model | weight=0.109
=model =router | weight=0.109
=uw =afdeling | weight=0.109
=konden | weight=0.108
=uitleggen =hoe | weight=0.108
=internet | weight=0.108
=allemaal =iets | weight=0.108
=andere =zeggen | weight=0.108
=mensen =gesproken | weight=0.108
=vier =mensen | weight=0.108
=weken =daarna | weight=0.107
=betaald | weight=0.107
=router | weight=0.107
=gast | weight=0.107
=het =advies | weight=0.107
=medewerker =kon | weight=0.106
=hoe =kan | weight=0.106
=installateur | weight=0.106
=mijn =factuur | weight=0.106
=navragen | weight=0.106
=mail =dat | weight=0.105
=energiebedrijf | weight=0.105
=regelen =het | weight=0.105
=zegt =weer | weight=0.105
=van =niks | weight=0.105, noneg
=zei =eerst | weight=0.105
=eigen =systeem | weight=0.105
=medewerker =zijn | weight=0.104
=monteur =niet | weight=0.104, noneg
=over =hun | weight=0.104
=mijn =nummer | weight=0.104
=gesproken =die | weight=0.103
=gevraagd =hoe | weight=0.103
=allebei | weight=0.103
=meter =werkt | weight=0.103
=verwerkt | weight=0.102
=paspoort | weight=0.102
=verkoper =moest | weight=0.102
=balie =en | weight=0.102
=een =gesprek | weight=0.101
=horen =ik | weight=0.100
=vijfde | weight=0.100
=winkel =heeft | weight=0.100
=keer =opnieuw | weight=0.100
=eerst =twee | weight=0.100
=monteur | weight=0.099
=installatie | weight=0.099
=datum | weight=0.099
=krijg =van | weight=0.099
=van =elke | weight=0.099
=verschillende | weight=0.098
=de =assistent | weight=0.098
=mensen =weet | weight=0.098
=weet =echt | weight=0.098
=hebt | weight=0.098
=zijn =systeem | weight=0.098
=staat =gewoon | weight=0.097
=onzin | weight=0.097
=jullie =eigen | weight=0.097
=personeel | weight=0.096
=puzzelen | weight=0.096
=te =puzzelen | weight=0.096
=model | weight=0.096
=op =afstand | weight=0.096
=weer =een | weight=0.096
=informatie =gekregen | weight=0.096
=alles =opzoeken | weight=0.096
=gesproken | weight=0.095
=een =potje | weight=0.095
=gemaakt =de | weight=0.095
=potje | weight=0.095
=potje =van | weight=0.095
=van =gemaakt | weight=0.095
=alles =aan | weight=0.095
=medewerker =had | weight=0.095
=die =gast | weight=0.095
=de =verkoper | weight=0.095
=over =dezelfde | weight=0.095
=wist =van | weight=0.095
=heeft =niemand | weight=0.094, noneg
=vijf =medewerker | weight=0.094
=voorraad =was | weight=0.094
=het =lukt | weight=0.093
=de =korting | weight=0.093
=medewerker =zegt | weight=0.092
=stond =met | weight=0.092
=garantie =twee | weight=0.091
=twee =jaar | weight=0.091
=wij =de | weight=0.091
=de =aansluiting | weight=0.091
=monteur =had | weight=0.091
=systeem =en | weight=0.090
=chat =met | weight=0.090
=internet =doet | weight=0.090
=niet =beantwoord | weight=0.090, noneg
=u =heeft | weight=0.090
=werkt | weight=0.090
=keer =een | weight=0.089
=monteur =wist | weight=0.089
=zelf =geen | weight=0.088, noneg
=titel | weight=0.088
=retour =verwerkt | weight=0.088
=ook =niet | weight=0.088, noneg
=uur =op | weight=0.087
=medewerker =aan | weight=0.087
=blijven | weight=0.087
=hoort | weight=0.087
=pensioen | weight=0.086
=hun =eigen | weight=0.086
=de =door | weight=0.086
=winkel =gevraagd | weight=0.086
