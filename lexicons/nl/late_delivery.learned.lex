# late_delivery, nl: learned by scripts/learn.py from 3262 tuning texts (185 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Jullie schrijven dat de vertraging 'bij de douane ligt'. Het pakket kwam gewoon uit Utrecht.
+ die pakketjes komen maar nie
+ Levering veel te laat. Slecht.
- we willen ons geld terug
- Geen minuut gewacht, top!
=pizza | weight=0.517
=onderweg | weight=0.443
=pas =op | weight=0.427
=pakketjes | weight=0.415
=levering | weight=0.379
=alweer | weight=0.351
=dagen =na | weight=0.330
=hoofdgerecht | weight=0.317
=besteld | weight=0.316
=het =werd | weight=0.314
=de =installatie | weight=0.296
=vrij | weight=0.295
=leverdatum | weight=0.284
=installatie | weight=0.280
=levertijd | weight=0.279
=pakket =is | weight=0.272
=vandaag =bezorgd | weight=0.263
=na =het | weight=0.261
=weken =over | weight=0.256
=juni =nog | weight=0.254
=tussen | weight=0.254
=mijn =bestelling | weight=0.254
=pizza =na | weight=0.252
=overschreden | weight=0.247
=ruim =overschreden | weight=0.247
=om =half | weight=0.246
=bank | weight=0.245
=bezorgd | weight=0.244
=niet =bezorgd | weight=0.241, noneg
=komen | weight=0.237
=werd =een | weight=0.236
=maar =niet | weight=0.233, noneg
=meubel | weight=0.232
=dagen =later | weight=0.232
=nieuwe =bank | weight=0.226
=kwam =pas | weight=0.224
=morgen =in | weight=0.224
=de =douane | weight=0.223
=douane | weight=0.223
=later =dan | weight=0.222
=uitgesteld | weight=0.220
=monteur =zou | weight=0.218
=een =maand | weight=0.217
=hele =dagen | weight=0.216
=koud | weight=0.215
=onderdelen | weight=0.213
=bestelling =is | weight=0.213
=afgeleverd | weight=0.211
=wachten =al | weight=0.210
=kwam =niet | weight=0.207, noneg
=de =keuken | weight=0.204
=keuken | weight=0.204
=bezorging | weight=0.203
=afgesproken | weight=0.203
=vier =weken | weight=0.200
=alsof =het | weight=0.199
=weken =te | weight=0.199
=langer =weg | weight=0.199
=weg =dan | weight=0.199
=dagen =over | weight=0.197
=bezorging =die | weight=0.196
=een =bezorging | weight=0.196
=niet =verscheen | weight=0.196, noneg
=keer =uitgesteld | weight=0.195
=bezorgvenster | weight=0.195
=drie =kwartier | weight=0.192
=is =ruim | weight=0.191
=middag | weight=0.191
=in =huis | weight=0.187
=dan =afgesproken | weight=0.187
=arriveerde =pas | weight=0.186
=geen =koelkast | weight=0.186, noneg
=reparatie | weight=0.186
=veel =te | weight=0.183
=kwam =om | weight=0.183
=werd =zonder | weight=0.182, noneg
=komt | weight=0.181
=blijft =maar | weight=0.180
=niet =geleverd | weight=0.179, noneg
=te =laat | weight=0.179
=avond | weight=0.179
=nie | weight=0.178, noneg
=zonder =bericht | weight=0.178, noneg
=ijskoud | weight=0.175
=toestel =nog | weight=0.174
=weken =heb | weight=0.174
=over =tijd | weight=0.174
=januari =in | weight=0.172
=komt =maar | weight=0.172
=zaterdag | weight=0.171
=steenkoud | weight=0.170
=de =werkzaamheden | weight=0.170
=niet =afgerond | weight=0.170, noneg
=werkzaamheden =zijn | weight=0.170
=een =niet | weight=0.168, noneg
=thuis =was | weight=0.168
=de =vertraging | weight=0.165
=uur =na | weight=0.165
=werkzaamheden | weight=0.164
=kerstcadeaus | weight=0.164
=na =de | weight=0.163
=bezorger | weight=0.163
=na =anderhalf | weight=0.162
=acht | weight=0.161
=pakketje | weight=0.159
=datum | weight=0.158
=half | weight=0.157
=weken =langer | weight=0.155
=vrijdag =geleverd | weight=0.155
=komen =maar | weight=0.154
=feest | weight=0.154
=het =feest | weight=0.154
=zich =wachten | weight=0.154
=uw =pakket | weight=0.154
=kwart | weight=0.153
=nog =de | weight=0.153
=de =verjaardag | weight=0.152
=zijn =nog | weight=0.151
=afgekoeld | weight=0.151
=weken =op | weight=0.150
=vrijdag | weight=0.149
=langskomen | weight=0.149
=pas | weight=0.147
=is =nu | weight=0.147
=zouden =worden | weight=0.147
=laat =en | weight=0.146
=op =zaterdag | weight=0.145
=maand =over | weight=0.144
=het =mij | weight=0.144
=maar =uit | weight=0.144
=zou =dinsdag | weight=0.143
=toestel | weight=0.142
=mis =ik | weight=0.142
=nooit =meer | weight=0.142, noneg
=mijn =bank | weight=0.142
=was =dat | weight=0.141
=na =vier | weight=0.141
=januari =binnen | weight=0.141
=september | weight=0.140
=niemand =gebeld | weight=0.140, noneg
=uur =het | weight=0.138
=maart =is | weight=0.138
=als =klant | weight=0.138
=waarom =krijg | weight=0.138
=de =bezorger | weight=0.137
=uur =was | weight=0.137
=op =zich | weight=0.137
=dagen =te | weight=0.137
=de =bus | weight=0.137
=die =niet | weight=0.136, noneg
=boodschappen | weight=0.135
=het =tijdvak | weight=0.134
=tijdvak | weight=0.134
=verschuiven | weight=0.133
=al =moet | weight=0.133
=ligt =al | weight=0.133
=de =afspraak | weight=0.131
=nieuwe =rolstoel | weight=0.131
=vader =wachten | weight=0.131
=zijn =er | weight=0.130
=dagen =vrij | weight=0.130
=het =weekend | weight=0.130
=had =er | weight=0.130
=monteur =de | weight=0.129
=beloofd =leverdatum | weight=0.129
=leverdatum =hen | weight=0.129
=pas =plaats | weight=0.128
=vond =pas | weight=0.128
=het =toestel | weight=0.128
=de =helft | weight=0.128
=helft | weight=0.128
=de =onderdelen | weight=0.128
=geleverd | weight=0.128
=bestelling =staat | weight=0.127
=ochtend | weight=0.127
=niet =op | weight=0.126, noneg
=restaurant | weight=0.126
=zijn =nieuwe | weight=0.126
=lauw | weight=0.126
=deed =alsof | weight=0.125
=mijn =pakket | weight=0.125
=arriveerde | weight=0.125
=de =verhuiswagen | weight=0.125
=verhuiswagen | weight=0.125
=verhuiswagen =arriveerde | weight=0.125
=uur =komen | weight=0.124
=later | weight=0.124
=er =zou | weight=0.124
=kwartier =gewacht | weight=0.121
=ons =hoofdgerecht | weight=0.121
=het =sorteercentrum | weight=0.120
=pakket =ligt | weight=0.120
=sorteercentrum | weight=0.120
=hebben =ze | weight=0.120
=levertijd =was | weight=0.119
=dinsdag | weight=0.118
=bestelling | weight=0.118
=voor =vrijdag | weight=0.118
=erg | weight=0.117
=pas =om | weight=0.117
=elke =dagen | weight=0.117
=weekend | weight=0.117
=niemand =kwam | weight=0.116, noneg
=op =ons | weight=0.116
=zou =om | weight=0.116
=pakket | weight=0.115
=kwam =twee | weight=0.115
=weken =nog | weight=0.114
=zou =een | weight=0.113
=al =zes | weight=0.113
=maaltijdbox | weight=0.113
=blijven =steeds | weight=0.113
=verjaardagstaart | weight=0.112
=verjaardag | weight=0.112
=weken =wachten | weight=0.112
=geraakt | weight=0.111
=maandag | weight=0.111
=januari | weight=0.111
=duurde =een | weight=0.111
=is =in | weight=0.111
=gekomen | weight=0.110
=staat =al | weight=0.110
=er =vorige | weight=0.110
=fout =was | weight=0.110
=dagen =thuis | weight=0.109
=gewacht | weight=0.109
=moet =zijn | weight=0.108
=acht =dagen | weight=0.108
=trace =zegt | weight=0.108
=koud =en | weight=0.108
=beloofd =voor | weight=0.108
=hij =deed | weight=0.108
=kwam | weight=0.107
=zou =tussen | weight=0.107
=weken =in | weight=0.107
=verzekering | weight=0.106
=doet =er | weight=0.106
=nooit =is | weight=0.105, noneg
=de =klantendienst | weight=0.105
=klantendienst | weight=0.105
=het =cadeau | weight=0.105
=levering =beloofd | weight=0.105
=technieker | weight=0.104
=vergeten | weight=0.104
=jullie =voor | weight=0.104
=terwijl =ze | weight=0.104
=de =besteld | weight=0.104
=nog =niks | weight=0.104, noneg
=komt =niks | weight=0.103, noneg
=maandag =erop | weight=0.103
=teruggebracht | weight=0.103
=teruggebracht =worden | weight=0.103
=werd =maandag | weight=0.103
=woensdag | weight=0.103
=woensdag =teruggebracht | weight=0.103
=heeft =een | weight=0.103
=gewacht =op | weight=0.103
=douane =ligt | weight=0.103
=huis | weight=0.103
=in =weken | weight=0.102
=half =vijf | weight=0.102
=heeft =en | weight=0.102
=ik =als | weight=0.102
=ik =nemen | weight=0.102
=ruim | weight=0.102
=genomen | weight=0.102
=zij =hebben | weight=0.101
=kwam =na | weight=0.101
=werd =pas | weight=0.100
=verjaardag =kwam | weight=0.100
=van =uw | weight=0.099
=er =al | weight=0.099
=bestelling =van | weight=0.099
=dan =beloofd | weight=0.099
=vertraging | weight=0.099
=rijst | weight=0.099
=sushi | weight=0.099
=ik =wachten | weight=0.098
=cadeau | weight=0.098
=vervangen | weight=0.098
=de =reparatie | weight=0.098
=besteld =bril | weight=0.097
=beloofd =vervangen | weight=0.097
=datum =hen | weight=0.096
=ze =zit | weight=0.096
=pizza =kwam | weight=0.096
=vertraagd | weight=0.096
=weken =bij | weight=0.096
=herhaaldelijk | weight=0.095
=pakket =drie | weight=0.095
=voor =niks | weight=0.094, noneg
=niet =terug | weight=0.092, noneg
=bus | weight=0.092
=en =was | weight=0.092
=een =levertijd | weight=0.092
=bank =zou | weight=0.092
=loodgieter =zou | weight=0.091
=niks =thuis | weight=0.091, noneg
=moet =komen | weight=0.091
=de =beloofd | weight=0.091
=gesmolten | weight=0.090
=ijs | weight=0.090
=zou =komen | weight=0.090
=waar =is | weight=0.090
=veel | weight=0.090
=wil =mijn | weight=0.089
=duurde | weight=0.089
=kwart =over | weight=0.088
=slap | weight=0.088
=is =nog | weight=0.088
=eten | weight=0.087
=monteur | weight=0.087
=kerstcadeaus =pas | weight=0.087
=verzonden | weight=0.087
=ik =gewoon | weight=0.087
=een =pakketje | weight=0.086
=ben =weg | weight=0.086
=de =technieker | weight=0.086
=bril | weight=0.085
=niet =thuis | weight=0.085, noneg
=half =drie | weight=0.085
=gehele | weight=0.085
=eten =kwam | weight=0.085
=gebracht | weight=0.084
=zogenaamd | weight=0.084
=capaciteitsproblemen | weight=0.084
=capaciteitsproblemen =heeft | weight=0.084
=is =tien | weight=0.084
=en =waar | weight=0.084
=de =leverdatum | weight=0.084
=geplaatst =zou | weight=0.084
=keuken =die | weight=0.084
=maart =geplaatst | weight=0.084
=worden =staat | weight=0.084
=klaar =zijn | weight=0.083
=altijd =geen | weight=0.083, noneg
=ik =recht | weight=0.083
=zoek | weight=0.083
=langer | weight=0.083
=al =vijf | weight=0.083
=niet =afgebeld | weight=0.082, noneg
=werd =ook | weight=0.082
=weken =voor | weight=0.081
=er =werd | weight=0.081
=voor =reparatie | weight=0.080
=op =in | weight=0.080
=bloemen | weight=0.080
=gewoon =opnieuw | weight=0.080
=levertijd =van | weight=0.080
=het =voor | weight=0.079
=recht =op | weight=0.079
=waar =blijft | weight=0.079
=maaltijd | weight=0.078
=na =een | weight=0.078
=klaar =zou | weight=0.078
=me =gegarandeerd | weight=0.078
=acht =weken | weight=0.078
=telefoontjes =en | weight=0.078
=overgezet | weight=0.078
=het =restaurant | weight=0.078
=minuten =te | weight=0.078
=de =bezorging | weight=0.078
=al =twee | weight=0.077
=is =al | weight=0.077
=kwam =netjes | weight=0.077
=verhuisd | weight=0.077
=zit =nu | weight=0.077
=geen =bericht | weight=0.077, noneg
=niemand =gezien | weight=0.076, noneg
=vrij =genomen | weight=0.076
=weer =de | weight=0.076
=die =in | weight=0.075
=andere =behandeld | weight=0.074
=ik =andere | weight=0.074
=vandaag =echt | weight=0.074
=chauffeur =zei | weight=0.074
=maand =in | weight=0.074
=klaar | weight=0.074
=weer =te | weight=0.074
=support =zegt | weight=0.074
=geplaatst | weight=0.073
=pakje | weight=0.073
=schuld =van | weight=0.073
=mijn =afkomst | weight=0.072
=steeds =niks | weight=0.072, noneg
=vertelt =dat | weight=0.072
=vervangen =toestel | weight=0.072
=niet =meer | weight=0.072, noneg
=mijn =eerst | weight=0.072
=voorbij | weight=0.072
=monteur =in | weight=0.072
=beloofd =binnen | weight=0.071
=gegarandeerd | weight=0.071
=gegarandeerd =dat | weight=0.071
=betalen =al | weight=0.071
=en =snel | weight=0.071
=niet =terwijl | weight=0.071, noneg
=u =om | weight=0.071
=vorige =weken | weight=0.070
=behandeld =werd | weight=0.070
