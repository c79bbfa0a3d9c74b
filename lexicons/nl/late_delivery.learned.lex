# late_delivery, nl: learned by scripts/learn.py from 3889 tuning texts (218 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Beloofd was levering op dinsdag, het werd zaterdag.
+ Jullie schrijven dat de vertraging 'bij de douane ligt'. Het pakket kwam gewoon uit Utrecht.
+ Ze zeiden dat de bank voor het weekend geleverd werd. Zaterdag, zondag, maandag: geen bank, geen bericht.
- we willen ons geld terug
- Geen minuut gewacht, top!
=pizza | weight=0.497
=onderweg | weight=0.434
=pas =op | weight=0.434
=pakketjes | weight=0.412
=levering | weight=0.405
=het =werd | weight=0.355
=alweer | weight=0.351
=dagen =na | weight=0.324
=hoofdgerecht | weight=0.311
=pakketje | weight=0.302
=besteld | weight=0.301
=de =installatie | weight=0.296
=monteur =zou | weight=0.292
=vrij | weight=0.278
=installatie | weight=0.273
=levertijd | weight=0.270
=na =het | weight=0.267
=bezorgd | weight=0.263
=tussen | weight=0.262
=leverdatum | weight=0.262
=pakket =is | weight=0.259
=vandaag =bezorgd | weight=0.256
=een =maand | weight=0.255
=komen | weight=0.255
=overschreden | weight=0.251
=ruim =overschreden | weight=0.251
=pizza =na | weight=0.251
=om =half | weight=0.250
=bankpas =heb | weight=0.250
=mijn =bestelling | weight=0.247
=dagen =later | weight=0.245
=meubel | weight=0.240
=bankpas | weight=0.239
=weken =over | weight=0.235
=hele =dagen | weight=0.235
=niet =bezorgd | weight=0.233, noneg
=nieuwe =bank | weight=0.231
=juni =nog | weight=0.230
=morgen =in | weight=0.228
=later =dan | weight=0.227
=uitgesteld | weight=0.226
=werd =een | weight=0.226
=weken =te | weight=0.224
=maar =niet | weight=0.223, noneg
=reparatie | weight=0.218
=bestelling =is | weight=0.218
=de =douane | weight=0.214
=douane | weight=0.214
=te =laat | weight=0.214
=kwam =pas | weight=0.213
=koud | weight=0.209
=dan =afgesproken | weight=0.209
=afgesproken | weight=0.206
=keer =uitgesteld | weight=0.205
=kwam =niet | weight=0.204, noneg
=bezorgvenster | weight=0.203
=middag | weight=0.200
=dagen =over | weight=0.200
=bezorging =die | weight=0.199
=een =bezorging | weight=0.199
=niet =verscheen | weight=0.199, noneg
=over =tijd | weight=0.199
=in =huis | weight=0.198
=kwam =om | weight=0.198
=de =vertraging | weight=0.197
=vier =weken | weight=0.197
=toezegging | weight=0.197
=laat =en | weight=0.195
=geen =koelkast | weight=0.193, noneg
=is =ruim | weight=0.193
=steenkoud | weight=0.192
=niemand =gekomen | weight=0.190, noneg
=langskomen | weight=0.189
=alsof =het | weight=0.189
=we =nog | weight=0.188
=klant =wachten | weight=0.187
=zaterdag | weight=0.187
=ijskoud | weight=0.187
=langer =weg | weight=0.186
=weg =dan | weight=0.186
=arriveerde =pas | weight=0.185
=bank | weight=0.185
=vrijdag | weight=0.183
=werd =zonder | weight=0.182, noneg
=zonder =bericht | weight=0.181, noneg
=komt =maar | weight=0.179
=veel =te | weight=0.179
=hebben =we | weight=0.178
=drie =kwartier | weight=0.178
=wachten =al | weight=0.176
=blijft =maar | weight=0.175
=uur =na | weight=0.174
=thuis =was | weight=0.171
=het =weekend | weight=0.171
=bezorging | weight=0.170
=januari =in | weight=0.168
=vervangen | weight=0.168
=een =niet | weight=0.167, noneg
=nie | weight=0.165, noneg
=erg =lang | weight=0.164
=acht | weight=0.163
=komen =maar | weight=0.160
=matras | weight=0.159
=mijn =nieuwe | weight=0.159
=avond | weight=0.158
=niet =geleverd | weight=0.157, noneg
=niet =gekomen | weight=0.157, noneg
=kerstcadeaus | weight=0.156
=afgeleverd | weight=0.155
=toestel =nog | weight=0.154
=weken =heb | weight=0.154
=na =de | weight=0.154
=zijn =nog | weight=0.154
=weekend | weight=0.154
=nog =de | weight=0.154
=feest | weight=0.152
=het =feest | weight=0.152
=komt | weight=0.152
=zou =komen | weight=0.151
=na =anderhalf | weight=0.150
=zou =dinsdag | weight=0.149
=de =verjaardag | weight=0.149
=september | weight=0.149
=de =keuken | weight=0.149
=keuken | weight=0.149
=de =werkzaamheden | weight=0.149
=niet =afgerond | weight=0.149, noneg
=werkzaamheden =zijn | weight=0.149
=maar =uit | weight=0.149
=uur =het | weight=0.149
=niemand =weet | weight=0.149, noneg
=kwart | weight=0.146
=vrijdag =geleverd | weight=0.146
=afgekoeld | weight=0.145
=onderdelen | weight=0.145
=uw =pakket | weight=0.143
=bestelling | weight=0.143
=die =niet | weight=0.142, noneg
=dagen =te | weight=0.142
=werkzaamheden | weight=0.142
=januari =binnen | weight=0.141
=boodschappen | weight=0.140
=niemand =gebeld | weight=0.139, noneg
=niet =op | weight=0.139, noneg
=bezorger | weight=0.139
=de =bus | weight=0.139
=zit =al | weight=0.138
=zich =wachten | weight=0.138
=weken =langer | weight=0.138
=lauw | weight=0.138
=voorbij | weight=0.138
=het =tijdvak | weight=0.137
=tijdvak | weight=0.137
=de =bezorger | weight=0.137
=het =mij | weight=0.136
=ligt =al | weight=0.136
=dagen =thuis | weight=0.135
=al =moet | weight=0.135
=half | weight=0.135
=dinsdag | weight=0.134
=had =er | weight=0.133
=dagen =vrij | weight=0.133
=uur =was | weight=0.133
=sorteercentrum | weight=0.132
=nieuwe =rolstoel | weight=0.132
=vader =wachten | weight=0.132
=mis =ik | weight=0.131
=geleverd | weight=0.130
=verschuiven | weight=0.129
=als =klant | weight=0.129
=maaltijdbox | weight=0.129
=al =twee | weight=0.129
=kwam =twee | weight=0.128
=ik =als | weight=0.128
=nooit =meer | weight=0.128, noneg
=arriveerde | weight=0.128
=de =verhuiswagen | weight=0.128
=verhuiswagen | weight=0.128
=verhuiswagen =arriveerde | weight=0.128
=januari | weight=0.127
=waarom =krijg | weight=0.127
=geleverd =worden | weight=0.126
=zijn =nieuwe | weight=0.126
=mijn =bank | weight=0.126
=maart =is | weight=0.126
=op =zich | weight=0.125
=maand =over | weight=0.125
=ochtend | weight=0.125
=al =zes | weight=0.125
=maaltijdbox =kwam | weight=0.124
=de =onderdelen | weight=0.124
=uur =komen | weight=0.123
=was =dat | weight=0.123
=verjaardag | weight=0.123
=pas =plaats | weight=0.122
=vond =pas | weight=0.122
=jullie =monteur | weight=0.122
=deed =alsof | weight=0.122
=verjaardagstaart | weight=0.122
=op =zaterdag | weight=0.122
=ons =hoofdgerecht | weight=0.122
=werd =pas | weight=0.121
=weken =op | weight=0.120
=de =helft | weight=0.120
=helft | weight=0.120
=hebben =ze | weight=0.119
=zou =tussen | weight=0.119
=beloofd =leverdatum | weight=0.118
=leverdatum =hen | weight=0.118
=datum | weight=0.118
=is =en | weight=0.118
=mijn =pakket | weight=0.118
=na =vier | weight=0.118
=komen =niemand | weight=0.117, noneg
=maandag | weight=0.117
=voor =niks | weight=0.117, noneg
=op =ons | weight=0.116
=levertijd =was | weight=0.115
=vertraging | weight=0.115
=er =vorige | weight=0.115
=het =cadeau | weight=0.115
=tegen =vrijdag | weight=0.114
=zou =om | weight=0.114
=dagen =onderweg | weight=0.113
=bpost | weight=0.112
=gekomen | weight=0.112
=monteur =de | weight=0.112
=levering =beloofd | weight=0.112
=het =sorteercentrum | weight=0.111
=pakket =ligt | weight=0.111
=bestelling =staat | weight=0.111
=verwijst =naar | weight=0.111
=loodgieter =zou | weight=0.110
=elke =dagen | weight=0.110
=bril | weight=0.110
=trace =zegt | weight=0.110
=en =was | weight=0.110
=pas =om | weight=0.109
=blijven =steeds | weight=0.109
=hard | weight=0.109
=geraakt | weight=0.109
=maaltijd | weight=0.108
=pas | weight=0.108
=zijn =er | weight=0.108
=is =nu | weight=0.108
=cadeau | weight=0.108
=nooit =is | weight=0.107, noneg
=het =toestel | weight=0.106
=duurde =een | weight=0.105
=maandag =erop | weight=0.105
=teruggebracht | weight=0.105
=teruggebracht =worden | weight=0.105
=werd =maandag | weight=0.105
=woensdag =teruggebracht | weight=0.105
=restaurant | weight=0.105
=koud =en | weight=0.104
=fout =was | weight=0.104
=in =weken | weight=0.103
=hersteld | weight=0.103
=altijd =niet | weight=0.102, noneg
=hij =deed | weight=0.102
=hoezo | weight=0.101
=ze =nog | weight=0.101
=geen =bericht | weight=0.101, noneg
=weken =in | weight=0.101
=voor =vrijdag | weight=0.100
=binnen =twee | weight=0.100
=ik =hier | weight=0.100
=de =schuld | weight=0.100
=van =uw | weight=0.100
=genomen | weight=0.100
=een =levertijd | weight=0.100
=zij =hebben | weight=0.098
=banden | weight=0.098
=douane =ligt | weight=0.098
=verzekering | weight=0.098
=half =vijf | weight=0.098
=kwartier =gewacht | weight=0.098
=eten =kwam | weight=0.098
=de =besteld | weight=0.098
=gaven =de | weight=0.098
=koerier =de | weight=0.098
=de =nieuwe | weight=0.098
=beloofd =voor | weight=0.098
=nog =niet | weight=0.098, noneg
=huis | weight=0.098
=jullie =voor | weight=0.097
=die =heeft | weight=0.097
=bank =zou | weight=0.097
=terwijl =ze | weight=0.097
=pizza =kwam | weight=0.097
=acht =dagen | weight=0.097
=gewacht =op | weight=0.097
=zegt =al | weight=0.096
=toestel | weight=0.096
=technieker | weight=0.095
=ik =nemen | weight=0.095
=niet =terug | weight=0.095, noneg
=herhaaldelijk | weight=0.095
=de =beloofd | weight=0.095
=pakket | weight=0.095
=is =in | weight=0.094
=doet =er | weight=0.094
=kwam | weight=0.094
=kon =en | weight=0.094
=de =afspraak | weight=0.093
=weken | weight=0.093
=kwart =over | weight=0.092
=en =me | weight=0.092
=besteld =bril | weight=0.092
=moet =zijn | weight=0.091
=niet =kwam | weight=0.090, noneg
=dan =beloofd | weight=0.090
=heeft =een | weight=0.090
=gsm | weight=0.090
=monteur | weight=0.089
=weken =wachten | weight=0.089
=gewacht | weight=0.089
=rijst | weight=0.088
=sushi | weight=0.088
=levertijd =van | weight=0.088
=ruim | weight=0.088
=me =zelf | weight=0.088
=weken =voor | weight=0.088
=verjaardag =kwam | weight=0.088
=pakket =drie | weight=0.087
=bus | weight=0.087
=de =leverdatum | weight=0.086
=nog =niks | weight=0.086, noneg
=kwam =na | weight=0.086
=bestelling =van | weight=0.086
=weken =bij | weight=0.086
=nu =weer | weight=0.086
=kerstcadeaus =pas | weight=0.085
=zou =een | weight=0.085
=de =leverancier | weight=0.085
=datum =hen | weight=0.085
=ze =zit | weight=0.085
=maand =op | weight=0.084
=waar =blijft | weight=0.084
=verhuisd | weight=0.084
=reparatie =van | weight=0.084
=niet =meer | weight=0.084, noneg
=zou =vorige | weight=0.084
=sta | weight=0.083
=gesmolten | weight=0.083
=ijs | weight=0.083
=weken =al | weight=0.083
=eten | weight=0.083
=de =reparatie | weight=0.083
=telefoontjes =en | weight=0.083
=slap | weight=0.083
=langer | weight=0.083
=heeft =alles | weight=0.083
=half =drie | weight=0.083
=en =snel | weight=0.082
=steeds =niet | weight=0.082, noneg
=pakket =nooit | weight=0.082, noneg
=zouden =worden | weight=0.082
=niks =thuis | weight=0.082, noneg
=overgezet | weight=0.082
=lag =aan | weight=0.082
=bloemen | weight=0.081
=geplaatst =zou | weight=0.081
=keuken =die | weight=0.081
=maart =geplaatst | weight=0.081
=worden =staat | weight=0.081
=dinsdag =ik | weight=0.081
=vanochtend =komen | weight=0.081
=zou =vanochtend | weight=0.081
=gebracht | weight=0.081
=zogenaamd | weight=0.080
=zoek | weight=0.080
=en =waar | weight=0.080
=voor =reparatie | weight=0.080
=beloofd =dat | weight=0.080
=woensdag | weight=0.079
=niet =aan | weight=0.079, noneg
=heeft =en | weight=0.079
=dinsdag =komen | weight=0.079
=zijn =en | weight=0.079
=zes =dagen | weight=0.079
=beloofd =vervangen | weight=0.078
=vertraagd | weight=0.078
=weken =nog | weight=0.078
=later | weight=0.078
=de =bestelling | weight=0.078
=ben =weg | weight=0.078
=mijn =gsm | weight=0.078
=chauffeur =zei | weight=0.077
=vandaag =echt | weight=0.077
=de =klantendienst | weight=0.077
=capaciteitsproblemen | weight=0.077
=capaciteitsproblemen =heeft | weight=0.077
=is =tien | weight=0.077
=verwijst | weight=0.077
=er =al | weight=0.077
=altijd =geen | weight=0.076, noneg
=wachten =ik | weight=0.076
=acht =weken | weight=0.076
