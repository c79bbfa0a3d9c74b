# late_delivery, nl: learned by scripts/learn.py from 4090 tuning texts (242 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Beloofd was levering op dinsdag, het werd zaterdag.
+ De keuken wordt later geleverd dan gepland, en dat hoor ik pas op de dag zelf.
+ Jullie schrijven dat de vertraging 'bij de douane ligt'. Het pakket kwam gewoon uit Utrecht.
- we willen ons geld terug
- Dank voor de snelle hulp!
=pizza | weight=0.524
=het =werd | weight=0.516
=pas =op | weight=0.445
=onderweg | weight=0.431
=pakketjes | weight=0.418
=levering | weight=0.382
=installatie | weight=0.353
=dagen =na | weight=0.350
=kwam =pas | weight=0.347
=alweer | weight=0.328
=weken =te | weight=0.325
=pakketje | weight=0.321
=cadeau | weight=0.315
=hoofdgerecht | weight=0.314
=monteur =zou | weight=0.311
=besteld | weight=0.300
=levertijd | weight=0.287
=vertraging | weight=0.283
=laat =en | weight=0.280
=vrij | weight=0.273
=een =maand | weight=0.265
=na =het | weight=0.264
=de =installatie | weight=0.263
=uitgesteld | weight=0.262
=pizza =na | weight=0.258
=pakket =is | weight=0.258
=overschreden | weight=0.252
=ruim =overschreden | weight=0.252
=om =half | weight=0.250
=leverdatum | weight=0.250
=bezorgd | weight=0.250
=werd =een | weight=0.248
=vandaag =bezorgd | weight=0.247
=mijn =bestelling | weight=0.246
=tussen | weight=0.244
=juni =nog | weight=0.244
=hele =dagen | weight=0.244
=keer =uitgesteld | weight=0.241
=bankpas =heb | weight=0.241
=komen | weight=0.239
=morgen =in | weight=0.237
=te =laat | weight=0.236
=niemand =gekomen | weight=0.235, noneg
=dagen =later | weight=0.235
=vrijdag | weight=0.231
=bankpas | weight=0.227
=niet =bezorgd | weight=0.224, noneg
=maar =niet | weight=0.223, noneg
=steenkoud | weight=0.222
=nieuwe =bank | weight=0.220
=reparatie | weight=0.220
=later =dan | weight=0.219
=bestelling =is | weight=0.216
=weken =over | weight=0.214
=afgesproken | weight=0.208
=altijd =niet | weight=0.206, noneg
=kwam =niet | weight=0.206, noneg
=koud | weight=0.205
=vier =weken | weight=0.202
=dan =afgesproken | weight=0.202
=dagen =over | weight=0.201
=bezorging =die | weight=0.200
=een =bezorging | weight=0.200
=niet =verscheen | weight=0.200, noneg
=de =douane | weight=0.199
=douane | weight=0.199
=over =tijd | weight=0.199
=is =ruim | weight=0.198
=komt | weight=0.197
=zaterdag | weight=0.197
=werd =er | weight=0.197
=klant =wachten | weight=0.196
=vertraging =op | weight=0.195
=uur =na | weight=0.191
=kwam =om | weight=0.190
=keuken | weight=0.190
=bezorging | weight=0.190
=langer =weg | weight=0.189
=weg =dan | weight=0.189
=middag | weight=0.188
=alsof =het | weight=0.187
=flink =vertraging | weight=0.186
=enorm | weight=0.186
=arriveerde =pas | weight=0.186
=qua | weight=0.185
=qua =leverdatum | weight=0.185
=meubel | weight=0.185
=drie =kwartier | weight=0.182
=ijskoud | weight=0.181
=we =nog | weight=0.181
=toezegging | weight=0.180
=flink | weight=0.180
=ze =beloven | weight=0.179
=zou =dinsdag | weight=0.179
=januari =in | weight=0.177
=bezorgvenster | weight=0.177
=blijft =maar | weight=0.175
=langskomen | weight=0.173
=in =huis | weight=0.172
=hebben =we | weight=0.172
=erg =lang | weight=0.171
=veel =te | weight=0.170
=dinsdag | weight=0.170
=geen =koelkast | weight=0.169, noneg
=onderdelen | weight=0.169
=pas =om | weight=0.168
=lauw | weight=0.167
=nie | weight=0.167, noneg
=wachten =al | weight=0.165
=komen =maar | weight=0.165
=bezorger | weight=0.164
=boodschappen | weight=0.162
=het =weekend | weight=0.161
=nog =de | weight=0.161
=kwam =twee | weight=0.160
=bank | weight=0.159
=kerstcadeaus | weight=0.159
=komt =maar | weight=0.157
=de =werkzaamheden | weight=0.156
=niet =afgerond | weight=0.156, noneg
=werkzaamheden =zijn | weight=0.156
=feest | weight=0.156
=het =feest | weight=0.156
=na =anderhalf | weight=0.156
=toestel =nog | weight=0.156
=weken =heb | weight=0.156
=het =mij | weight=0.152
=zijn =nog | weight=0.152
=werkzaamheden | weight=0.151
=weken =nog | weight=0.150
=weekend | weight=0.149
=de =bus | weight=0.148
=acht | weight=0.148
=zou =een | weight=0.148
=afgeleverd | weight=0.147
=mijn =nieuwe | weight=0.147
=afgekoeld | weight=0.146
=maar =uit | weight=0.145
=zich =wachten | weight=0.145
=thuis =was | weight=0.145
=niemand =weet | weight=0.143, noneg
=mis =ik | weight=0.143
=al =moet | weight=0.142
=dagen =thuisgebleven | weight=0.142
=thuisgebleven | weight=0.142
=thuisgebleven =voor | weight=0.142
=een =niet | weight=0.142, noneg
=pakket =wordt | weight=0.142
=weken =langer | weight=0.141
=gewacht =op | weight=0.141
=matras | weight=0.141
=al =zes | weight=0.141
=bestelling | weight=0.140
=had =er | weight=0.140
=tijdvak | weight=0.139
=weken =werd | weight=0.139
=vrijdag =geleverd | weight=0.138
=kwam | weight=0.138
=na =de | weight=0.137
=die =niet | weight=0.136, noneg
=deed =alsof | weight=0.136
=uw =pakket | weight=0.136
=verjaardag | weight=0.136
=niet =gekomen | weight=0.134, noneg
=als =klant | weight=0.134
=vervangen | weight=0.133
=dagen =vrij | weight=0.132
=dagen =te | weight=0.132
=arriveerde | weight=0.131
=de =verhuiswagen | weight=0.131
=verhuiswagen | weight=0.131
=verhuiswagen =arriveerde | weight=0.131
=hebben =ze | weight=0.131
=pas =plaats | weight=0.131
=vond =pas | weight=0.131
=de =onderdelen | weight=0.130
=sorteercentrum | weight=0.130
=weken =in | weight=0.130
=waarom =krijg | weight=0.129
=niet =geleverd | weight=0.128, noneg
=kwart | weight=0.128
=zit =al | weight=0.128
=op =zich | weight=0.127
=januari =binnen | weight=0.127
=zou =tussen | weight=0.126
=de =verjaardag | weight=0.125
=voorbij | weight=0.125
=avond | weight=0.125
=weken =wachten | weight=0.124
=boodschappen =kwam | weight=0.124
=jullie =monteur | weight=0.124
=er =zou | weight=0.124
=telkens =dat | weight=0.123
=de =helft | weight=0.122
=helft | weight=0.122
=binnen =twee | weight=0.122
=ik =als | weight=0.122
=nieuwe =rolstoel | weight=0.122
=vader =wachten | weight=0.122
=werd =zonder | weight=0.122, noneg
=nooit =is | weight=0.122, noneg
=de =keuken | weight=0.121
=uur =het | weight=0.121
=beloven | weight=0.121
=verjaardagstaart | weight=0.121
=ons =hoofdgerecht | weight=0.120
=verzekering | weight=0.120
=zonder =bericht | weight=0.120, noneg
=op =zaterdag | weight=0.119
=ligt =al | weight=0.119
=het =cadeau | weight=0.119
=uur =was | weight=0.119
=monteur | weight=0.119
=eten =kwam | weight=0.118
=dagen =onderweg | weight=0.118
=pas | weight=0.117
=september | weight=0.117
=maand =over | weight=0.117
=hij =deed | weight=0.117
=uur =komen | weight=0.116
=zijn =nieuwe | weight=0.116
=januari | weight=0.116
=het =tijdvak | weight=0.116
=verschuiven | weight=0.116
=en =was | weight=0.116
=morgen =komt | weight=0.115
=na =vier | weight=0.115
=fout =was | weight=0.115
=zou =komen | weight=0.115
=beloofd =leverdatum | weight=0.115
=leverdatum =hen | weight=0.115
=loodgieter =zou | weight=0.115
=pakket =morgen | weight=0.114
=beloofd =dat | weight=0.114
=datum | weight=0.114
=maandag | weight=0.114
=is =en | weight=0.114
=nooit =meer | weight=0.113, noneg
=er =vorige | weight=0.113
=nieuwe =laptop | weight=0.112
=het =sorteercentrum | weight=0.112
=pakket =ligt | weight=0.112
=monteur =de | weight=0.111
=geraakt | weight=0.111
=gekomen | weight=0.111
=mijn =pakket | weight=0.111
=herhaaldelijk | weight=0.110
=trace =zegt | weight=0.110
=restaurant | weight=0.110
=zou =om | weight=0.110
=genomen | weight=0.110
=verwijst =naar | weight=0.109
=geleverd =worden | weight=0.109
=bpost | weight=0.109
=blijven =steeds | weight=0.108
=voor =niks | weight=0.108, noneg
=tegen =vrijdag | weight=0.108
=na =een | weight=0.108
=het =toestel | weight=0.108
=mijn =bank | weight=0.108
=ochtend | weight=0.107
=binnen =zijn | weight=0.107
=blijken | weight=0.107
=bestelling =staat | weight=0.106
=de =toegezegd | weight=0.106
=hebben =de | weight=0.106
=voor =vrijdag | weight=0.105
=niemand =gebeld | weight=0.105, noneg
=half | weight=0.105
=was =drie | weight=0.105
=op =ons | weight=0.105
=geleverd | weight=0.104
=hoezo | weight=0.103
=bril | weight=0.102
=maaltijd | weight=0.102
=maart =is | weight=0.102
=geen =bericht | weight=0.101, noneg
=koud =en | weight=0.101
=terwijl =ze | weight=0.101
=jullie =voor | weight=0.101
=levering =beloofd | weight=0.100
=weken =op | weight=0.100
=half =vijf | weight=0.100
=kwartier =gewacht | weight=0.100
=hersteld | weight=0.099
=duurde =een | weight=0.099
=gsm | weight=0.099
=moet =zijn | weight=0.098
=liep | weight=0.098
=elf | weight=0.098
=de =vertraging | weight=0.098
=zijn =er | weight=0.097
=weken | weight=0.097
=tevergeefs | weight=0.097
=tevergeefs =thuis | weight=0.097
=thuis =gewacht | weight=0.097
=komen =niemand | weight=0.097, noneg
=werd =uiteindelijk | weight=0.097
=zegt =al | weight=0.097
=dinsdag =komen | weight=0.097
=langer | weight=0.097
=opgestuurd | weight=0.096
=verzetten | weight=0.096
=de =afspraak | weight=0.095
=was =lauw | weight=0.095
=de =bezorging | weight=0.095
=de =bezorger | weight=0.095
=de =besteld | weight=0.095
=is =nu | weight=0.095
=rijst | weight=0.095
=sushi | weight=0.095
=koerier =de | weight=0.094
=doet =er | weight=0.094
=een =levertijd | weight=0.093
=beloofd =voor | weight=0.093
=van =uw | weight=0.093
=dagen =thuis | weight=0.093
=beloofd =vervangen | weight=0.093
=weken =bij | weight=0.093
=zoek | weight=0.092
=niet =op | weight=0.092, noneg
=de =kast | weight=0.092
=kast | weight=0.092
=is =nooit | weight=0.092, noneg
=besteld =bril | weight=0.091
=half =drie | weight=0.091
=acht =dagen | weight=0.091
=zouden =worden | weight=0.091
=pakket | weight=0.091
=kon =en | weight=0.091
=installateur =zou | weight=0.091
=zogenaamd | weight=0.091
=douane =ligt | weight=0.091
=tien =dagen | weight=0.090
=de =leverdatum | weight=0.090
=bank =zou | weight=0.090
=zij =hebben | weight=0.090
=toestel | weight=0.090
=beloofd =reparatie | weight=0.090
=ik =nemen | weight=0.089
=gaven =de | weight=0.089
=ze =nog | weight=0.089
=al =twee | weight=0.089
=die =heeft | weight=0.088
=pizza =was | weight=0.088
=pakket =drie | weight=0.088
=kwart =over | weight=0.088
=keuken =wordt | weight=0.088
=en =waar | weight=0.088
=gewacht | weight=0.088
=eten | weight=0.088
=geplaatst =zou | weight=0.088
=keuken =die | weight=0.088
=maart =geplaatst | weight=0.088
=worden =staat | weight=0.088
=waar =is | weight=0.087
=en =me | weight=0.087
=weken =voor | weight=0.087
=elke =dagen | weight=0.087
=twee =weken | weight=0.087
=heeft =een | weight=0.087
=dan =beloofd | weight=0.086
=hard | weight=0.086
=in =weken | weight=0.086
=banden | weight=0.086
=erg | weight=0.085
=mijn =gsm | weight=0.085
=niks =thuis | weight=0.085, noneg
=het =voor | weight=0.085
=maandag =erop | weight=0.085
=teruggebracht | weight=0.085
=teruggebracht =worden | weight=0.085
=werd =maandag | weight=0.085
=woensdag =teruggebracht | weight=0.085
=ik =hier | weight=0.085
=morgen | weight=0.084
=huis | weight=0.084
=pakket =nooit | weight=0.084, noneg
=slap | weight=0.084
=maaltijdbox | weight=0.084
=zes =dagen | weight=0.084
=verhuisd | weight=0.083
=dinsdag =ik | weight=0.083
=verwijst | weight=0.083
=de =beloofd | weight=0.083
=kerstcadeaus =pas | weight=0.083
=me =zelf | weight=0.083
=vanochtend =komen | weight=0.082
=zou =vanochtend | weight=0.082
=weken =al | weight=0.082
=telefoontjes =en | weight=0.082
=niet =afgebeld | weight=0.082, noneg
=werd =ook | weight=0.082
=datum =hen | weight=0.082
=ze =zit | weight=0.082
=ik =recht | weight=0.082
=gesmolten | weight=0.081
=ijs | weight=0.081
=ben =weg | weight=0.081
=klaar =zou | weight=0.081
