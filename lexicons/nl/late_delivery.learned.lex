# late_delivery, nl: learned by scripts/learn.py from 4470 tuning texts (270 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Beloofd was levering op dinsdag, het werd zaterdag.
+ De keuken wordt later geleverd dan gepland, en dat hoor ik pas op de dag zelf.
+ Jullie schrijven dat de vertraging 'bij de douane ligt'. Het pakket kwam gewoon uit Utrecht.
- ok dankje
- we willen ons geld terug
=pizza | weight=0.564
=het =werd | weight=0.532
=onderweg | weight=0.435
=pas =op | weight=0.426
=pakketjes | weight=0.408
=levering | weight=0.397
=kwam =pas | weight=0.376
=dagen =na | weight=0.372
=installatie | weight=0.347
=pakketje | weight=0.324
=weken =te | weight=0.322
=cadeau | weight=0.320
=hoofdgerecht | weight=0.309
=alweer | weight=0.305
=vertraging | weight=0.303
=levertijd | weight=0.300
=laat =en | weight=0.299
=uitgesteld | weight=0.293
=monteur =zou | weight=0.291
=besteld | weight=0.283
=een =maand | weight=0.275
=na =het | weight=0.275
=vrij | weight=0.266
=mijn =bestelling | weight=0.266
=pakket =is | weight=0.261
=dagen =later | weight=0.259
=de =installatie | weight=0.258
=werd =een | weight=0.256
=koud | weight=0.254
=om =half | weight=0.250
=morgen =in | weight=0.247
=hele =dagen | weight=0.245
=juni =nog | weight=0.243
=komen | weight=0.242
=overschreden | weight=0.242
=ruim =overschreden | weight=0.242
=vandaag =bezorgd | weight=0.241
=te =laat | weight=0.241
=leverdatum | weight=0.240
=bankpas =heb | weight=0.238
=vrijdag | weight=0.238
=pizza =na | weight=0.233
=bankpas | weight=0.227
=steenkoud | weight=0.227
=later =dan | weight=0.227
=monteur =is | weight=0.226
=maar =niet | weight=0.225, noneg
=bezorgd | weight=0.224
=niet =bezorgd | weight=0.223, noneg
=weken =over | weight=0.223
=nieuwe =bank | weight=0.222
=niemand =gekomen | weight=0.222, noneg
=kwam =niet | weight=0.219, noneg
=niet =opdagen | weight=0.219, noneg
=keer =uitgesteld | weight=0.215
=tussen | weight=0.214
=bestelling =is | weight=0.214
=bezorging | weight=0.212
=uur =na | weight=0.211
=zaterdag | weight=0.208
=heeft =een | weight=0.204
=toezegging | weight=0.202
=over =tijd | weight=0.202
=is =ruim | weight=0.201
=dagen =over | weight=0.199
=klant =wachten | weight=0.197
=onderdelen | weight=0.196
=wachten =al | weight=0.196
=bezorging =die | weight=0.195
=een =bezorging | weight=0.195
=niet =verscheen | weight=0.195, noneg
=meubel | weight=0.195
=alsof =het | weight=0.194
=qua | weight=0.194
=qua =leverdatum | weight=0.194
=dan =afgesproken | weight=0.193
=langskomen | weight=0.193
=vier =weken | weight=0.193
=de =douane | weight=0.192
=douane | weight=0.192
=komt | weight=0.191
=vertraging =op | weight=0.190
=reparatie | weight=0.190
=kwam =twee | weight=0.190
=kwam =om | weight=0.189
=ze =beloven | weight=0.189
=flink =vertraging | weight=0.183
=in =huis | weight=0.183
=enorm | weight=0.182
=drie =kwartier | weight=0.182
=keuken | weight=0.180
=flink | weight=0.179
=arriveerde =pas | weight=0.179
=komen =maar | weight=0.178
=ijskoud | weight=0.176
=we =nog | weight=0.176
=langer | weight=0.176
=dinsdag | weight=0.175
=bezorgvenster | weight=0.174
=binnen =zijn | weight=0.173
=geen =koelkast | weight=0.173, noneg
=altijd =niet | weight=0.173, noneg
=januari =in | weight=0.171
=afgesproken | weight=0.171
=toestel =nog | weight=0.171
=middag | weight=0.170
=hebben =we | weight=0.166
=werd =er | weight=0.165
=lauw | weight=0.164
=het =weekend | weight=0.163
=blijft =maar | weight=0.163
=boodschappen | weight=0.163
=bank | weight=0.163
=zou =een | weight=0.163
=mijn =nieuwe | weight=0.161
=erg =lang | weight=0.161
=de =afspraak | weight=0.160
=kerstcadeaus | weight=0.159
=nog =de | weight=0.159
=veel =te | weight=0.158
=zou =dinsdag | weight=0.157
=niemand =weet | weight=0.157, noneg
=de =werkzaamheden | weight=0.156
=niet =afgerond | weight=0.156, noneg
=werkzaamheden =zijn | weight=0.156
=nie | weight=0.155, noneg
=feest | weight=0.155
=het =feest | weight=0.155
=weekend | weight=0.154
=vrijdag =geleverd | weight=0.153
=werkzaamheden | weight=0.151
=weken =nog | weight=0.151
=acht | weight=0.149
=langer =weg | weight=0.149
=weg =dan | weight=0.149
=maar =uit | weight=0.149
=gewacht =op | weight=0.149
=tijdvak | weight=0.149
=bezorger | weight=0.148
=mis =ik | weight=0.148
=het =mij | weight=0.147
=zich =wachten | weight=0.145
=komt =maar | weight=0.144
=de =bus | weight=0.143
=er =zou | weight=0.143
=pas =om | weight=0.143
=al =moet | weight=0.143
=weken =werd | weight=0.142
=zijn =nog | weight=0.142
=matras | weight=0.142
=verjaardag | weight=0.142
=bestelling | weight=0.142
=had =er | weight=0.141
=dagen =te | weight=0.140
=eten =kwam | weight=0.139
=het =heeft | weight=0.139
=afgekoeld | weight=0.138
=weken =langer | weight=0.138
=weken =in | weight=0.137
=thuis =was | weight=0.137
=zit =al | weight=0.136
=pas | weight=0.136
=kwart | weight=0.135
=een =niet | weight=0.135, noneg
=de =verjaardag | weight=0.134
=na =de | weight=0.133
=niet =gekomen | weight=0.132, noneg
=pakket =wordt | weight=0.131
=al =zes | weight=0.131
=arriveerde | weight=0.130
=de =verhuiswagen | weight=0.130
=verhuiswagen | weight=0.130
=verhuiswagen =arriveerde | weight=0.130
=en =was | weight=0.130
=mijn =pakket | weight=0.130
=januari =binnen | weight=0.130
=hebben =ze | weight=0.129
=op =zich | weight=0.128
=dagen =thuisgebleven | weight=0.128
=thuisgebleven | weight=0.128
=thuisgebleven =voor | weight=0.128
=niet =geleverd | weight=0.127, noneg
=beloofd =dat | weight=0.127
=voorbij | weight=0.126
=kwam | weight=0.126
=ik =als | weight=0.126
=nieuwe =rolstoel | weight=0.126
=vader =wachten | weight=0.126
=beloven | weight=0.126
=verwijst =naar | weight=0.125
=de =onderdelen | weight=0.124
=restaurant | weight=0.124
=als =klant | weight=0.124
=vervangen | weight=0.124
=pas =plaats | weight=0.124
=vond =pas | weight=0.124
=het =cadeau | weight=0.124
=uur =komen | weight=0.124
=sorteercentrum | weight=0.123
=uur =was | weight=0.123
=telkens =dat | weight=0.123
=zou =tussen | weight=0.123
=weken =wachten | weight=0.122
=komen =niemand | weight=0.122, noneg
=waarom =krijg | weight=0.122
=tien =dagen | weight=0.121
=avond | weight=0.121
=installatie =is | weight=0.121
=dagen =vrij | weight=0.121
=werd =zonder | weight=0.120, noneg
=zijn =nieuwe | weight=0.120
=verschuiven | weight=0.120
=geleverd =worden | weight=0.120
=ligt =al | weight=0.119
=loodgieter =zou | weight=0.119
=zonder =bericht | weight=0.119, noneg
=half | weight=0.118
=op =zaterdag | weight=0.118
=datum | weight=0.118
=de =helft | weight=0.118
=helft | weight=0.118
=dagen =onderweg | weight=0.118
=het =sorteercentrum | weight=0.117
=pakket =ligt | weight=0.117
=zou =gisteren | weight=0.117
=afgeleverd | weight=0.117
=ons =hoofdgerecht | weight=0.117
=beloofd =leverdatum | weight=0.117
=leverdatum =hen | weight=0.117
=hij =deed | weight=0.116
=deed =alsof | weight=0.116
=verzekering | weight=0.116
=zijn =op | weight=0.116
=een =monteur | weight=0.116
=maandag | weight=0.116
=van =uw | weight=0.115
=pakket =morgen | weight=0.115
=zou =om | weight=0.115
=uur =het | weight=0.115
=maaltijd | weight=0.115
=morgen =komt | weight=0.115
=het =toestel | weight=0.114
=dagen =thuis | weight=0.113
=bestelling =staat | weight=0.113
=boodschappen =kwam | weight=0.113
=jullie =monteur | weight=0.113
=eten | weight=0.113
=na =vier | weight=0.113
=fout =was | weight=0.112
=maand =over | weight=0.112
=die =niet | weight=0.112, noneg
=het =tijdvak | weight=0.112
=gekomen | weight=0.112
=geraakt | weight=0.111
=geleverd | weight=0.110
=nooit =meer | weight=0.110, noneg
=monteur | weight=0.110
=voor =niks | weight=0.110, noneg
=de =keuken | weight=0.110
=dagen =weer | weight=0.110
=er =vorige | weight=0.109
=levering =beloofd | weight=0.109
=kwam =na | weight=0.108
=hoezo | weight=0.108
=monteur =de | weight=0.108
=binnen =twee | weight=0.107
=half =vijf | weight=0.107
=koerier =de | weight=0.107
=bpost | weight=0.107
=op =ons | weight=0.106
=na =anderhalf | weight=0.106
=verjaardagstaart | weight=0.106
=weken =op | weight=0.106
=voor =vrijdag | weight=0.106
=duurde | weight=0.105
=hard | weight=0.105
=maart =is | weight=0.104
=september | weight=0.104
=gepland | weight=0.104
=liep | weight=0.104
=de =hele | weight=0.103
=dagen =langer | weight=0.103
=is =nooit | weight=0.103, noneg
=verzetten | weight=0.103
=zij =hebben | weight=0.103
=geen =bericht | weight=0.103, noneg
=duurde =een | weight=0.102
=tegen =vrijdag | weight=0.102
=de =toegezegd | weight=0.101
=terwijl =ze | weight=0.101
=jullie =voor | weight=0.101
=bril | weight=0.101
=mijn =bank | weight=0.100
=zouden =worden | weight=0.100
=uitleggen =welke | weight=0.099
=nieuwe =laptop | weight=0.099
=ochtend | weight=0.099
=genomen | weight=0.098
=is =nu | weight=0.098
=werd =uiteindelijk | weight=0.098
=opgestuurd | weight=0.098
=dan =beloofd | weight=0.098
=ik =nemen | weight=0.097
=installateur =zou | weight=0.097
=de =bezorger | weight=0.097
=planning | weight=0.097
=de =vertraging | weight=0.097
=gewacht | weight=0.096
=hebben =de | weight=0.096
=de =besteld | weight=0.096
=de =nieuwe | weight=0.096
=pakket | weight=0.095
=beloofd =vervangen | weight=0.095
=monteur =langskomen | weight=0.095
=was =lauw | weight=0.095
=weken =heb | weight=0.095
=zijn =er | weight=0.095
=bank =zou | weight=0.095
=uw =pakket | weight=0.094
=trace =zegt | weight=0.094
=begon =ik | weight=0.094
=de =leverdatum | weight=0.094
=beloofd =reparatie | weight=0.094
=kon =en | weight=0.094
=kwartier =gewacht | weight=0.094
=moet =zijn | weight=0.093
=waar =is | weight=0.093
=een =levertijd | weight=0.093
=in =weken | weight=0.092
=en =om | weight=0.092
=kwart =over | weight=0.092
=blijken | weight=0.092
=elf | weight=0.092
=al =twee | weight=0.092
=pizza =was | weight=0.092
=was =drie | weight=0.092
=koud =en | weight=0.091
=was =dat | weight=0.091
=besteld =bril | weight=0.091
=stap =over | weight=0.091
=gaven =de | weight=0.091
=is =al | weight=0.091
=de =beloofd | weight=0.091
=medicijnen | weight=0.091
=weken =al | weight=0.090
=herhaaldelijk | weight=0.090
=weken =bij | weight=0.090
=is =in | weight=0.090
=acht =dagen | weight=0.090
=tevergeefs | weight=0.090
=tevergeefs =thuis | weight=0.090
=thuis =gewacht | weight=0.090
=pakket =drie | weight=0.089
=rijst | weight=0.089
=sushi | weight=0.089
=vanochtend =komen | weight=0.089
=zou =vanochtend | weight=0.089
=gsm | weight=0.089
=die =heeft | weight=0.089
=zes =dagen | weight=0.088
=elke =dagen | weight=0.088
=weken =voor | weight=0.088
=maaltijdbox | weight=0.088
=doet =er | weight=0.088
=de =leverancier | weight=0.088
=medicijnen =die | weight=0.088
=verwijst | weight=0.087
=niemand =geweest | weight=0.087, noneg
=ze =nog | weight=0.087
=zogenaamd | weight=0.087
=geplaatst =zou | weight=0.087
=keuken =die | weight=0.087
=maart =geplaatst | weight=0.087
=worden =staat | weight=0.087
=januari | weight=0.086
=ik =hier | weight=0.086
=worden =het | weight=0.086
=verjaardag =kwam | weight=0.086
=de =bezorging | weight=0.086
=toestel | weight=0.085
=ik =recht | weight=0.085
=maandag =erop | weight=0.085
=teruggebracht | weight=0.085
=teruggebracht =worden | weight=0.085
=werd =maandag | weight=0.085
=woensdag =teruggebracht | weight=0.085
=banden | weight=0.085
=verhuisd | weight=0.085
=me =zelf | weight=0.085
=hersteld | weight=0.085
=lag =aan | weight=0.085
=zegt =al | weight=0.084
=weken =zonder | weight=0.084, noneg
=heeft =alles | weight=0.084
=nog =niks | weight=0.084, noneg
=ochtend =komen | weight=0.084
=kerstcadeaus =pas | weight=0.084
=telefoontjes =en | weight=0.084
=niks =thuis | weight=0.084, noneg
=er =nog | weight=0.083
