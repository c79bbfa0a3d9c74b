# incompetence, nl: learned by scripts/learn.py from 3684 tuning texts (171 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ De medewerker verzekerde me dat de upgrade mijn maandbedrag niet zou veranderen. Mijn rekening ging €15 omhoog.
+ de technici knipten de verkeerde kabels door
+ die helpdesk mensen weten echt van geen kanten
- we willen ons geld terug
- Geen minuut gewacht, top!
=andere =verhaal | weight=0.407
=drie =medewerker | weight=0.359
=geen =van | weight=0.353, noneg
=verhelpen | weight=0.325
=wist | weight=0.317
=technici | weight=0.317
=tegenstrijdige | weight=0.310
=geen =idee | weight=0.296, noneg
=onwetend | weight=0.295
=bij =die | weight=0.295
=geen =enkele | weight=0.288, noneg
=amateurs | weight=0.283
=elke =medewerker | weight=0.279
=ene =medewerker | weight=0.275
=verschillende =antwoord | weight=0.269
=andere =antwoord | weight=0.263
=niemand =weet | weight=0.258, noneg
=niet =bedienen | weight=0.256, noneg
=geen =flauw | weight=0.256, noneg
=totaal | weight=0.255
=antwoord =in | weight=0.255
=maandbedrag | weight=0.254
=adviseur | weight=0.249
=wist =niet | weight=0.245, noneg
=informatie | weight=0.244
=niet =uit | weight=0.241, noneg
=welke | weight=0.240
=had =geen | weight=0.240, noneg
=hoe =het | weight=0.237
=ontbreekt | weight=0.236
=die =winkel | weight=0.236
=moest =bij | weight=0.236
=welke =regelen | weight=0.233
=de =upgrade | weight=0.231
=omhoog | weight=0.230
=helpdesk | weight=0.230
=opzegtermijn | weight=0.229
=handleiding | weight=0.228
=duidelijk =aan | weight=0.224
=niemand =kon | weight=0.218, noneg
=niet =vertellen | weight=0.218, noneg
=niet =een | weight=0.211, noneg
=beantwoord | weight=0.210
=kabel | weight=0.206
=het =verschil | weight=0.205
=verschil | weight=0.205
=de =adviseur | weight=0.204
=man =achter | weight=0.203
=wist =niemand | weight=0.201, noneg
=je =een | weight=0.201
=dit =de | weight=0.199
=nergens =op | weight=0.199, noneg
=heeft =de | weight=0.198
=rekende | weight=0.198
=heeft =er | weight=0.195
=specificaties | weight=0.195
=zegt =dit | weight=0.195
=het =ontbreekt | weight=0.193
=leidingen | weight=0.192
=snapt | weight=0.192
=die =helpdesk | weight=0.192
=geen =kant | weight=0.192, noneg
=van =geen | weight=0.192, noneg
=ik =kreeg | weight=0.191
=medewerkster =was | weight=0.191
=de =toeslag | weight=0.190
=toeslag | weight=0.190
=niet =zien | weight=0.190, noneg
=allemaal | weight=0.189
=verdubbeld | weight=0.189
=die =jongen | weight=0.187
=het =over | weight=0.187
=opzoeken | weight=0.186
=toen =dat | weight=0.185
=niemand =waar | weight=0.185, noneg
=de =opzegtermijn | weight=0.185
=bij =dit | weight=0.184
=me =verkeerde | weight=0.180
=googelen | weight=0.180
=verkeerde | weight=0.180
=ze =maakte | weight=0.180
=het =mis | weight=0.180
=niet =wist | weight=0.179, noneg
=moest =alles | weight=0.179
=dat =moest | weight=0.179
=per =maand | weight=0.179
=zelf =niet | weight=0.176, noneg
=andere =keer | weight=0.174
=ene =keer | weight=0.174
=wist =ook | weight=0.174
=had =niemand | weight=0.174, noneg
=kassa =en | weight=0.173
=ene =zegt | weight=0.173
=kon =me | weight=0.172
=upgrade | weight=0.170
=drie =verschillende | weight=0.170
=stand | weight=0.169
=snapt =er | weight=0.168
=wat =het | weight=0.168
=niemand =lijkt | weight=0.168, noneg
=medewerker =hebben | weight=0.167
=het =zit | weight=0.167
=andere =stand | weight=0.167
=compleet | weight=0.166
=medewerker =snapt | weight=0.166
=verkoper =wist | weight=0.166
=mis =had | weight=0.165
=kon | weight=0.165
=er =de | weight=0.165
=had =toen | weight=0.165
=compleet =onzin | weight=0.164
=weet =van | weight=0.162
=hoe | weight=0.162
=niemand =bij | weight=0.162, noneg
=verschillende =bedrag | weight=0.162
=verkeerde =informatie | weight=0.161
=idee | weight=0.160
=idee =hoe | weight=0.160
=antwoord =geven | weight=0.160
=datum =voor | weight=0.159
=andere =zei | weight=0.159
=en =kwam | weight=0.157
=overschrijving | weight=0.156
=totaal =niet | weight=0.156, noneg
=mee =bezig | weight=0.155
=andere =datum | weight=0.155
=aangesloten | weight=0.155
=verkeerde =aangesloten | weight=0.155
=duister | weight=0.155
=het =duister | weight=0.155
=tast | weight=0.155
=niet =hoe | weight=0.152, noneg
=in =die | weight=0.152
=op =dezelfde | weight=0.152
=wat =een | weight=0.151
=kunnen =verhelpen | weight=0.151
=modem | weight=0.151
=slot =de | weight=0.151
=kies | weight=0.150
=bankmedewerker | weight=0.149
=de =bankmedewerker | weight=0.149
=product | weight=0.149
=de =verkeerde | weight=0.149
=blijven =toch | weight=0.149
=rekening =omhoog | weight=0.149
=medewerker =vertelt | weight=0.148
=verkoper =kon | weight=0.148
=me =twee | weight=0.148
=mis | weight=0.146
=mijn =paspoort | weight=0.146
=gevraagd =waar | weight=0.145
=het =overzetten | weight=0.145
=overzetten =van | weight=0.145
=kwam =er | weight=0.144
=googelen =en | weight=0.143
=cadeaukaart | weight=0.143
=een =cadeaukaart | weight=0.143
=zelf =moet | weight=0.142
=andere =dat | weight=0.142
=zei =dit | weight=0.142
=de =kassamedewerker | weight=0.142
=iets =andere | weight=0.141
=instructies | weight=0.140
=niemand | weight=0.140, noneg
=informatie =over | weight=0.139
=klooien | weight=0.139
=klooien =en | weight=0.139
=keer =deze | weight=0.139
=vraag =beantwoord | weight=0.139
=kassamedewerker | weight=0.138
=gratis | weight=0.138
=de =monteur | weight=0.138
=bleek | weight=0.138
=vraag =niet | weight=0.138, noneg
=eerst =zei | weight=0.138
=allemaal =een | weight=0.138
=vijfde =keer | weight=0.137
=adapter | weight=0.136
=adapter =verkocht | weight=0.136
=verkeerde =adapter | weight=0.136
=niks =van | weight=0.136, noneg
=model =router | weight=0.136
=geven | weight=0.136
=overzetten | weight=0.136
=wel =kan | weight=0.135
=de =handleiding | weight=0.134
=de =ene | weight=0.134
=die =kon | weight=0.134
=vorige =medewerker | weight=0.132
=monteur =kon | weight=0.131
=brief =dat | weight=0.131
=telefoontje =dat | weight=0.131
=fatsoenlijk =antwoord | weight=0.131
=elkaar | weight=0.130
=konden =me | weight=0.130
=model | weight=0.130
=er =zelf | weight=0.130
=gekregen =over | weight=0.130
=ene | weight=0.129
=hij =op | weight=0.129
=pakket =was | weight=0.128
=bouwmarkt | weight=0.128
=de =bouwmarkt | weight=0.128
=te =verhelpen | weight=0.128
=medewerker =bij | weight=0.128
=verkeerde =kabel | weight=0.128
=moet =uitleggen | weight=0.128
=zijn =collega | weight=0.128
=heeft =mijn | weight=0.128
=router =te | weight=0.127
=maand =en | weight=0.126
=en =gaf | weight=0.126
=kraan | weight=0.125
=lukt | weight=0.125
=me =de | weight=0.125
=de =dekking | weight=0.125
=dekking | weight=0.125
=verkeerde =ingelicht | weight=0.125
=ineens =een | weight=0.125
=personeel =in | weight=0.125
=wist =er | weight=0.124
=paspoort | weight=0.124
=fatsoenlijk | weight=0.124
=chatmedewerker | weight=0.124
=er =echt | weight=0.124
=de =tandarts | weight=0.123
=tandarts | weight=0.123
=leek | weight=0.123
=alles =in | weight=0.123
=medewerker =stuurde | weight=0.123
=waardoor | weight=0.123
=medewerker =het | weight=0.122
=hij =het | weight=0.122
=een =jaar | weight=0.122
=ineens | weight=0.121
=klopt | weight=0.121
=monteur =kwam | weight=0.121
=het =meisje | weight=0.121
=euro =per | weight=0.121
=de =meterstand | weight=0.120
=garandeerde | weight=0.119
=kon =niemand | weight=0.119, noneg
=niemand =mij | weight=0.119, noneg
=precies =kon | weight=0.119
=apparaat | weight=0.119
=drie =monteur | weight=0.119
=de =kraan | weight=0.118
=waar =de | weight=0.118
=niet =van | weight=0.117, noneg
=gelijk | weight=0.117
=collega =vraag | weight=0.116
=navragen | weight=0.116
=moest =nakijken | weight=0.116
=nakijken | weight=0.116
=klantenservice =van | weight=0.116
=de =meterkast | weight=0.116
=uur =naar | weight=0.116
=het =googelen | weight=0.116
=internet | weight=0.115
=betaald | weight=0.115
=een =cadeaubon | weight=0.115
=lang =gehad | weight=0.115
=een =energiebedrijf | weight=0.114
=het =ineens | weight=0.114
=regelen =het | weight=0.114
=verschil =tussen | weight=0.114
=router | weight=0.113
=weken =daarna | weight=0.113
=modellen | weight=0.113
=personeel | weight=0.113
=uur =op | weight=0.112
=medewerker =verzekerde | weight=0.112
=upgrade =mijn | weight=0.112
=mail =dat | weight=0.111
=ze =konden | weight=0.111
=waarom =mijn | weight=0.111
=echt =van | weight=0.111
=hij =moest | weight=0.111
=de =modellen | weight=0.111
=modellen =niet | weight=0.111, noneg
=konden | weight=0.111
=gaf =me | weight=0.111
=keer =de | weight=0.111
=meter =werkt | weight=0.110
=vertelt | weight=0.109
=weg =was | weight=0.109
=een =andere | weight=0.109
=mijn =adres | weight=0.109
=maakte | weight=0.109
=gewoon =in | weight=0.109
=energiebedrijf | weight=0.109
=een =gesprek | weight=0.108
=van =niks | weight=0.107, noneg
=verschillende | weight=0.107
=zegt =weer | weight=0.106
=over =hun | weight=0.106
=opzoeken =en | weight=0.106
=op =voorraad | weight=0.106
=voorraad | weight=0.106
=monteur =niet | weight=0.105, noneg
=uw =afdeling | weight=0.105
=uitleggen =hoe | weight=0.105
=zei =eerst | weight=0.105
=allemaal =iets | weight=0.105
=andere =zeggen | weight=0.105
=mensen =gesproken | weight=0.105
=vier =mensen | weight=0.105
=tarieven | weight=0.105
=eerst =twee | weight=0.105
=hoe =kan | weight=0.104
=begreep | weight=0.104
=uitleg | weight=0.103
=mijn =nummer | weight=0.103
=puzzelen | weight=0.103
=te =puzzelen | weight=0.103
=gast | weight=0.102
=eerst =dat | weight=0.102
=wij =de | weight=0.102
=krijg =van | weight=0.102
=van =elke | weight=0.102
=hebt | weight=0.101
=onzin | weight=0.101
=medewerker =zijn | weight=0.101
=mijn =factuur | weight=0.100
=allebei | weight=0.100
=horen =ik | weight=0.100
=voorschotbedrag | weight=0.100
=gesproken =die | weight=0.100
=niet =te | weight=0.100, noneg
=u =heeft | weight=0.100
=jongen | weight=0.099
=vijf =medewerker | weight=0.099
=verkeerde =in | weight=0.099
=eigen =systeem | weight=0.098
=zelf =ook | weight=0.098
=kon =het | weight=0.098
=gevraagd =hoe | weight=0.098
=garantie =twee | weight=0.097
=twee =jaar | weight=0.097
=winkel =heeft | weight=0.097
=meisje | weight=0.097
=het =advies | weight=0.097
=alles =aan | weight=0.097
=installateur | weight=0.097
=moest =het | weight=0.097
=chat =met | weight=0.097
=medewerker =kon | weight=0.097
=de =door | weight=0.097
=het =niet | weight=0.097, noneg
=op =afstand | weight=0.096
=het =lukt | weight=0.096
=achter =de | weight=0.096
=staat =gewoon | weight=0.096
=het =wel | weight=0.096
=een =potje | weight=0.095
=gemaakt =de | weight=0.095
=potje | weight=0.095
=potje =van | weight=0.095
=van =gemaakt | weight=0.095
=de =assistent | weight=0.095
=ziet | weight=0.095
=keer =opnieuw | weight=0.095
=past | weight=0.095
=die =gast | weight=0.095
=installatie | weight=0.094
=p | weight=0.094
=medewerker =zegt | weight=0.094
=retour =verwerkt | weight=0.094
=niet =beantwoord | weight=0.094, noneg
=haar =eigen | weight=0.094
=zelf =geen | weight=0.094, noneg
=wist =van | weight=0.094
=monteur =had | weight=0.094
=mensen =weet | weight=0.094
=weet =echt | weight=0.094
=datum | weight=0.093
=weer =een | weight=0.093
=jullie =eigen | weight=0.093
=verkoper =moest | weight=0.093
=hoort | weight=0.092
=zijn =systeem | weight=0.092
=alles =opzoeken | weight=0.092
=andere =model | weight=0.092
=vijfde | weight=0.092
=niet =waarom | weight=0.091, noneg
=de =vorige | weight=0.091
=de =korting | weight=0.091
=mijn =maandbedrag | weight=0.091
=hun =eigen | weight=0.091
=monteur =wist | weight=0.091
=voorraad =was | weight=0.091
=gaven | weight=0.091
=dat =m'n | weight=0.091
=de =keuken | weight=0.090
=keuken | weight=0.090
=medewerker =had | weight=0.090
=heeft =niemand | weight=0.090, noneg
=me =vertellen | weight=0.090
=titel | weight=0.089
=monteur | weight=0.089
