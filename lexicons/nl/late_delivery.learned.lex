# late_delivery, nl: learned by scripts/learn.py from 3398 tuning texts (189 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Op de klantendienst zeiden ze dat de vertraging de schuld van de douane was.
+ Het mij beloofde vervangende toestel is, in weerwil van uw herhaalde verzekeringen, nimmer bij mij bezorgd.
+ die pakketjes komen maar nie
- we willen ons geld terug
- Geen minuut gewacht, top!
=pizza | weight=0.501
=onderweg | weight=0.447
=pas =op | weight=0.433
=pakketjes | weight=0.416
=levering | weight=0.395
=alweer | weight=0.348
=dagen =na | weight=0.345
=het =werd | weight=0.328
=hoofdgerecht | weight=0.308
=besteld | weight=0.302
=pakketje | weight=0.299
=vrij | weight=0.298
=de =installatie | weight=0.294
=leverdatum | weight=0.288
=mijn =bestelling | weight=0.283
=installatie | weight=0.279
=levertijd | weight=0.275
=vandaag =bezorgd | weight=0.271
=pakket =is | weight=0.267
=komen | weight=0.258
=tussen | weight=0.258
=na =het | weight=0.257
=bankpas =heb | weight=0.257
=weken =over | weight=0.257
=overschreden | weight=0.253
=ruim =overschreden | weight=0.253
=monteur =zou | weight=0.252
=bezorgd | weight=0.251
=bankpas | weight=0.247
=om =half | weight=0.245
=pizza =na | weight=0.244
=juni =nog | weight=0.243
=niet =bezorgd | weight=0.242, noneg
=werd =een | weight=0.242
=dagen =later | weight=0.241
=een =maand | weight=0.236
=meubel | weight=0.236
=nieuwe =bank | weight=0.234
=morgen =in | weight=0.232
=maar =niet | weight=0.230, noneg
=wachten =al | weight=0.228
=bestelling =is | weight=0.227
=uitgesteld | weight=0.227
=kwam =pas | weight=0.220
=bank | weight=0.218
=bezorging | weight=0.215
=later =dan | weight=0.215
=koud | weight=0.215
=de =douane | weight=0.215
=douane | weight=0.215
=hele =dagen | weight=0.212
=afgesproken | weight=0.208
=kwam =niet | weight=0.206, noneg
=keer =uitgesteld | weight=0.205
=bezorgvenster | weight=0.204
=vier =weken | weight=0.203
=geen =koelkast | weight=0.201, noneg
=weken =te | weight=0.201
=langer =weg | weight=0.201
=weg =dan | weight=0.201
=ijskoud | weight=0.199
=dagen =over | weight=0.196
=alsof =het | weight=0.196
=is =ruim | weight=0.195
=dan =afgesproken | weight=0.195
=de =keuken | weight=0.194
=keuken | weight=0.194
=we =nog | weight=0.194
=bezorging =die | weight=0.193
=een =bezorging | weight=0.193
=niet =verscheen | weight=0.193, noneg
=te =laat | weight=0.193
=in =huis | weight=0.193
=middag | weight=0.192
=onderdelen | weight=0.192
=nie | weight=0.191, noneg
=reparatie | weight=0.191
=bezorger | weight=0.190
=laat =en | weight=0.189
=avond | weight=0.189
=drie =kwartier | weight=0.186
=kwam =om | weight=0.180
=zaterdag | weight=0.180
=werd =zonder | weight=0.179, noneg
=hebben =we | weight=0.179
=vervangen | weight=0.179
=over =tijd | weight=0.177
=arriveerde =pas | weight=0.177
=januari =in | weight=0.177
=zonder =bericht | weight=0.177, noneg
=een =niet | weight=0.174, noneg
=thuis =was | weight=0.174
=blijft =maar | weight=0.174
=veel =te | weight=0.172
=steenkoud | weight=0.171
=komt | weight=0.170
=half | weight=0.170
=toestel =nog | weight=0.168
=weken =heb | weight=0.168
=niet =geleverd | weight=0.168, noneg
=uur =na | weight=0.166
=na =de | weight=0.164
=feest | weight=0.162
=het =feest | weight=0.162
=zich =wachten | weight=0.162
=komt =maar | weight=0.162
=afgeleverd | weight=0.161
=vrijdag | weight=0.161
=kerstcadeaus | weight=0.160
=de =werkzaamheden | weight=0.160
=niet =afgerond | weight=0.160, noneg
=werkzaamheden =zijn | weight=0.160
=de =verjaardag | weight=0.160
=uur =het | weight=0.157
=langskomen | weight=0.156
=zou =dinsdag | weight=0.155
=na =anderhalf | weight=0.155
=werkzaamheden | weight=0.155
=acht | weight=0.154
=nog =de | weight=0.154
=uw =pakket | weight=0.154
=komen =maar | weight=0.152
=kwart | weight=0.151
=weken =op | weight=0.149
=was =dat | weight=0.149
=afgekoeld | weight=0.148
=op =zaterdag | weight=0.148
=vrijdag =geleverd | weight=0.147
=januari =binnen | weight=0.146
=maar =uit | weight=0.146
=ligt =al | weight=0.145
=de =bus | weight=0.145
=weken =langer | weight=0.144
=niemand =gebeld | weight=0.144, noneg
=datum | weight=0.143
=september | weight=0.143
=de =vertraging | weight=0.141
=als =klant | weight=0.141
=waarom =krijg | weight=0.141
=boodschappen | weight=0.140
=het =tijdvak | weight=0.139
=tijdvak | weight=0.139
=mis =ik | weight=0.139
=op =zich | weight=0.139
=dagen =vrij | weight=0.137
=het =weekend | weight=0.137
=maand =over | weight=0.137
=zijn =nog | weight=0.136
=het =mij | weight=0.136
=mijn =nieuwe | weight=0.136
=geleverd | weight=0.136
=monteur =de | weight=0.135
=al =moet | weight=0.135
=de =bezorger | weight=0.134
=toestel | weight=0.134
=dinsdag | weight=0.134
=mijn =pakket | weight=0.134
=dagen =te | weight=0.134
=niet =op | weight=0.133, noneg
=pas | weight=0.132
=nooit =meer | weight=0.131, noneg
=had =er | weight=0.131
=beloofd =leverdatum | weight=0.131
=leverdatum =hen | weight=0.131
=verjaardag | weight=0.131
=de =afspraak | weight=0.131
=die =niet | weight=0.131, noneg
=nieuwe =rolstoel | weight=0.130
=vader =wachten | weight=0.130
=gekomen | weight=0.130
=ochtend | weight=0.130
=verschuiven | weight=0.130
=zou =tussen | weight=0.130
=de =onderdelen | weight=0.129
=is =nu | weight=0.129
=mijn =bank | weight=0.129
=maart =is | weight=0.128
=weken =wachten | weight=0.128
=bestelling | weight=0.127
=restaurant | weight=0.127
=uur =was | weight=0.126
=er =zou | weight=0.126
=na =vier | weight=0.126
=zouden =worden | weight=0.126
=pas =plaats | weight=0.125
=vond =pas | weight=0.125
=bestelling =staat | weight=0.125
=uur =komen | weight=0.124
=weekend | weight=0.124
=en =was | weight=0.124
=trace =zegt | weight=0.123
=zijn =nieuwe | weight=0.123
=zou =een | weight=0.122
=pas =om | weight=0.122
=het =sorteercentrum | weight=0.122
=pakket =ligt | weight=0.122
=sorteercentrum | weight=0.122
=maaltijdbox | weight=0.122
=levertijd =was | weight=0.122
=kwam =twee | weight=0.121
=geraakt | weight=0.121
=kwam | weight=0.121
=hebben =ze | weight=0.120
=arriveerde | weight=0.120
=de =verhuiswagen | weight=0.120
=verhuiswagen | weight=0.120
=verhuiswagen =arriveerde | weight=0.120
=de =helft | weight=0.120
=helft | weight=0.120
=elke =dagen | weight=0.120
=al =zes | weight=0.119
=vertraagd | weight=0.119
=erg | weight=0.118
=maaltijd | weight=0.118
=kwartier =gewacht | weight=0.117
=ons =hoofdgerecht | weight=0.117
=blijven =steeds | weight=0.117
=lauw | weight=0.116
=deed =alsof | weight=0.116
=altijd =niet | weight=0.116, noneg
=zou =om | weight=0.115
=niet =terug | weight=0.114, noneg
=nog =niks | weight=0.114, noneg
=het =cadeau | weight=0.113
=verjaardag =kwam | weight=0.113
=zijn =er | weight=0.113
=op =ons | weight=0.113
=pakket | weight=0.112
=ik =als | weight=0.112
=moet =zijn | weight=0.112
=het =toestel | weight=0.111
=weken =in | weight=0.110
=monteur | weight=0.110
=voor =vrijdag | weight=0.110
=januari | weight=0.110
=nooit =is | weight=0.110, noneg
=fout =was | weight=0.110
=bank =zou | weight=0.110
=maandag | weight=0.110
=heeft =een | weight=0.109
=half =vijf | weight=0.109
=hij =deed | weight=0.109
=komt =niks | weight=0.109, noneg
=gewacht | weight=0.108
=koud =en | weight=0.108
=verjaardagstaart | weight=0.108
=cadeau | weight=0.108
=jullie =voor | weight=0.107
=niemand =kwam | weight=0.107, noneg
=duurde =een | weight=0.107
=in =weken | weight=0.107
=voor =niks | weight=0.106, noneg
=schuld =van | weight=0.106
=terwijl =ze | weight=0.106
=er =vorige | weight=0.106
=maandag =erop | weight=0.106
=teruggebracht | weight=0.106
=teruggebracht =worden | weight=0.106
=werd =maandag | weight=0.106
=woensdag | weight=0.106
=woensdag =teruggebracht | weight=0.106
=besteld =bril | weight=0.105
=technieker | weight=0.105
=van =uw | weight=0.105
=douane =ligt | weight=0.104
=dan =beloofd | weight=0.104
=genomen | weight=0.103
=vergeten | weight=0.103
=is =in | weight=0.103
=ik =wachten | weight=0.103
=datum =hen | weight=0.102
=ze =zit | weight=0.102
=kwam =na | weight=0.101
=beloofd =voor | weight=0.101
=staat =al | weight=0.101
=gewacht =op | weight=0.101
=niks =thuis | weight=0.100, noneg
=bestelling =van | weight=0.100
=werd =pas | weight=0.100
=klantendienst | weight=0.100
=levering =beloofd | weight=0.100
=de =klantendienst | weight=0.100
=rijst | weight=0.099
=sushi | weight=0.099
=verzekering | weight=0.099
=er =al | weight=0.099
=pizza =kwam | weight=0.099
=waar =blijft | weight=0.098
=een =levertijd | weight=0.098
=doet =er | weight=0.098
=eten =kwam | weight=0.098
=de =reparatie | weight=0.098
=weken =bij | weight=0.097
=dagen =thuis | weight=0.097
=pakket =drie | weight=0.097
=zij =hebben | weight=0.096
=acht =dagen | weight=0.096
=zou =komen | weight=0.096
=heeft =en | weight=0.096
=ik =nemen | weight=0.095
=ben =weg | weight=0.094
=de =leverdatum | weight=0.094
=herhaaldelijk | weight=0.093
=drie =weken | weight=0.093
=loodgieter =zou | weight=0.093
=capaciteitsproblemen | weight=0.093
=capaciteitsproblemen =heeft | weight=0.093
=is =tien | weight=0.093
=kwart =over | weight=0.092
=huis | weight=0.091
=bril | weight=0.090
=de =bezorging | weight=0.090
=ik =gewoon | weight=0.090
=op =in | weight=0.090
=moet =komen | weight=0.090
=langer | weight=0.090
=weken =nog | weight=0.089
=de =besteld | weight=0.089
=het =voor | weight=0.089
=gesmolten | weight=0.089
=ijs | weight=0.089
=al =twee | weight=0.089
=weken =voor | weight=0.088
=klaar =zijn | weight=0.088
=weken | weight=0.088
=gehele | weight=0.087
=levertijd =van | weight=0.087
=zogenaamd | weight=0.086
=blijft =mijn | weight=0.086
=later | weight=0.085
=overgezet | weight=0.085
=voor =reparatie | weight=0.085
=weer =de | weight=0.085
=gebracht | weight=0.085
=de =beloofd | weight=0.084
=en =waar | weight=0.084
=telefoontjes =en | weight=0.084
=half =drie | weight=0.083
=verhuisd | weight=0.083
=geplaatst =zou | weight=0.083
=keuken =die | weight=0.083
=maart =geplaatst | weight=0.083
=worden =staat | weight=0.083
=duurde | weight=0.082
=ruim | weight=0.082
=eten | weight=0.082
=niet =afgebeld | weight=0.082, noneg
=werd =ook | weight=0.082
=kerstcadeaus =pas | weight=0.081
=maand =in | weight=0.081
=bloemen | weight=0.081
=vertraging | weight=0.081
=niemand =gezien | weight=0.081, noneg
=zit =nu | weight=0.080
=is =al | weight=0.080
=ik =recht | weight=0.080
=klaar | weight=0.080
=beloofd =binnen | weight=0.080
=gewoon =opnieuw | weight=0.079
=geen =bericht | weight=0.079, noneg
=kwam =netjes | weight=0.079
=monteur =in | weight=0.079
=de =technieker | weight=0.078
=beloofd =vervangen | weight=0.078
=veel | weight=0.078
=slap | weight=0.078
=klaar =zou | weight=0.077
=me =gegarandeerd | weight=0.077
=betalen =al | weight=0.077
=en =snel | weight=0.077
=bus | weight=0.077
=het =restaurant | weight=0.077
=vijf =en | weight=0.076
=andere =behandeld | weight=0.076
=ik =andere | weight=0.076
=recht =op | weight=0.076
=minuten =te | weight=0.076
=de =transporteur | weight=0.076
=transporteur | weight=0.076
=altijd =geen | weight=0.076, noneg
=u =om | weight=0.076
=chauffeur =zei | weight=0.075
=vandaag =echt | weight=0.075
=vertelt =dat | weight=0.075
=mijn =afkomst | weight=0.075
=geplaatst | weight=0.075
=pakje | weight=0.074
=een =weken | weight=0.074
=de =schuld | weight=0.074
=vrij =genomen | weight=0.074
=en =hard | weight=0.074
=acht =weken | weight=0.074
=vervangen =toestel | weight=0.074
=wil =mijn | weight=0.073
=dinsdag =komen | weight=0.073
=zeven | weight=0.073
=support =zegt | weight=0.073
=die =in | weight=0.072
=voorbij | weight=0.072
=monteur =van | weight=0.072
