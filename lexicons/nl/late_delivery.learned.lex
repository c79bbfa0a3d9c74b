# late_delivery, nl: learned by scripts/learn.py from 4875 tuning texts (331 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Beloofd was levering op dinsdag, het werd zaterdag.
+ Pizza kwam na een uur en twintig minuten, koud en slap.
+ Mijn bestelling is nu tien dagen onderweg terwijl er 1-2 werkdagen stond.
- ok dankje
- ok top dank je
=pizza | weight=0.577
=het =werd | weight=0.523
=onderweg | weight=0.429
=pas =op | weight=0.408
=pakketjes | weight=0.399
=dagen =na | weight=0.395
=levering | weight=0.391
=weken =te | weight=0.372
=weken =wacht | weight=0.354
=alweer | weight=0.333
=cadeau | weight=0.328
=pakket =is | weight=0.321
=laat =en | weight=0.316
=pakketje | weight=0.311
=hoofdgerecht | weight=0.310
=installatie | weight=0.308
=uitgesteld | weight=0.296
=levertijd | weight=0.291
=vertraging | weight=0.291
=koud | weight=0.290
=kwam =pas | weight=0.281
=kwam =niet | weight=0.279, noneg
=vandaag =bezorgd | weight=0.277
=om =half | weight=0.275
=weken =over | weight=0.275
=later =dan | weight=0.273
=morgen =in | weight=0.271
=de =installatie | weight=0.269
=flink | weight=0.266
=hele =dagen | weight=0.264
=werd =een | weight=0.263
=bril | weight=0.262
=vrijdag | weight=0.260
=te =laat | weight=0.257
=komen | weight=0.252
=overschreden | weight=0.250
=ruim =overschreden | weight=0.250
=besteld | weight=0.249
=dagen =later | weight=0.247
=pizza =na | weight=0.246
=leverdatum | weight=0.244
=keuken | weight=0.242
=langskomen | weight=0.239
=monteur =is | weight=0.238
=bankpas =heb | weight=0.235
=niet =opdagen | weight=0.234, noneg
=de =douane | weight=0.234
=douane | weight=0.234
=een =maand | weight=0.232
=steenkoud | weight=0.231
=na =het | weight=0.230
=niemand =gekomen | weight=0.229, noneg
=maar =niet | weight=0.228, noneg
=de =bril | weight=0.224
=toezegging | weight=0.223
=klant =wacht | weight=0.220
=alsof =het | weight=0.220
=juni =nog | weight=0.220
=niet =bezorgd | weight=0.220, noneg
=bezorging =die | weight=0.219
=een =bezorging | weight=0.219
=niet =verscheen | weight=0.219, noneg
=uur =na | weight=0.217
=keer =uitgesteld | weight=0.217
=bankpas | weight=0.216
=monteur =zou | weight=0.215
=qua | weight=0.214
=qua =leverdatum | weight=0.214
=bestelling =staat | weight=0.211
=bestelling =is | weight=0.210
=over =tijd | weight=0.210
=mijn =cadeau | weight=0.209
=er =zou | weight=0.204
=reparatie | weight=0.203
=pas | weight=0.202
=kwam =om | weight=0.200
=drie =werkdagen | weight=0.200
=dan =afgesproken | weight=0.197
=is =ruim | weight=0.196
=kwartier =op | weight=0.196
=zaterdag | weight=0.196
=geannuleerd =na | weight=0.195
=vier =weken | weight=0.194
=altijd =niet | weight=0.193, noneg
=wacht =al | weight=0.193
=vertraging =op | weight=0.192
=binnen =zijn | weight=0.192
=mijn =bestelling | weight=0.191
=pas =om | weight=0.190
=dagen =over | weight=0.188
=geen =koelkast | weight=0.186, noneg
=kerstcadeaus | weight=0.186
=zou =tussen | weight=0.185
=enorm | weight=0.185
=werd =er | weight=0.185
=bezorgvenster | weight=0.182
=we =nog | weight=0.182
=langer | weight=0.181
=afgesproken | weight=0.181
=nog =de | weight=0.178
=dagen =vrij | weight=0.178
=hebben =we | weight=0.178
=meubel | weight=0.177
=erg =lang | weight=0.176
=ijskoud | weight=0.175
=komt =maar | weight=0.174
=zit =al | weight=0.174
=tussen | weight=0.173
=veel =te | weight=0.173
=het =weekend | weight=0.173
=het =mij | weight=0.173
=mis =ik | weight=0.173
=acht | weight=0.171
=flink =vertraging | weight=0.171
=arriveerde =pas | weight=0.170
=nie | weight=0.170, noneg
=het =heeft | weight=0.169
=de =afspraak | weight=0.168
=lauw | weight=0.168
=kwam =twee | weight=0.167
=toestel =nog | weight=0.166
=niet =geleverd | weight=0.166, noneg
=tijdvak | weight=0.165
=weekend | weight=0.164
=januari =in | weight=0.164
=zou =gisteren | weight=0.164
=zou =dinsdag | weight=0.164
=ze =beloven | weight=0.163
=normaal =duurt | weight=0.163
=middag | weight=0.161
=maar =uit | weight=0.158
=vrijdag =geleverd | weight=0.157
=zijn =nog | weight=0.157
=komen =maar | weight=0.156
=de =keuken | weight=0.156
=verwijst =naar | weight=0.156
=langer =weg | weight=0.155
=weg =dan | weight=0.155
=bezorger | weight=0.155
=bestelling | weight=0.154
=dagen =te | weight=0.154
=afgekoeld | weight=0.153
=boodschappen | weight=0.152
=vervangen | weight=0.151
=dagen =onderweg | weight=0.151
=weken =in | weight=0.151
=zich =wacht | weight=0.151
=nieuwe =rolstoel | weight=0.151
=vader =wacht | weight=0.151
=feest | weight=0.150
=het =feest | weight=0.150
=is =half | weight=0.150
=de =werkzaamheden | weight=0.149
=niet =afgerond | weight=0.149, noneg
=werkzaamheden =zijn | weight=0.149
=had =er | weight=0.148
=staat =al | weight=0.148
=morgen =komt | weight=0.147
=de =verjaardag | weight=0.146
=pakket =wordt | weight=0.146
=geleverd =worden | weight=0.146
=matras | weight=0.146
=werkzaamheden | weight=0.145
=zijn =nieuwe | weight=0.145
=gesmolten | weight=0.144
=ijs | weight=0.144
=al =moet | weight=0.144
=bezorging | weight=0.144
=gewacht =op | weight=0.144
=uiteindelijk =kreeg | weight=0.144
=januari =binnen | weight=0.144
=weken =langer | weight=0.144
=kwart | weight=0.143
=nu =vier | weight=0.143
=bank =zou | weight=0.143
=duurt =het | weight=0.143
=niet =gekomen | weight=0.143, noneg
=van =om | weight=0.142
=aan =postnl | weight=0.142
=een =niet | weight=0.142, noneg
=de =bus | weight=0.142
=verzetten | weight=0.142
=ligt =al | weight=0.141
=telkens =dat | weight=0.140
=stond =pas | weight=0.139
=niemand =weet | weight=0.139, noneg
=loodgieter =zou | weight=0.139
=mijn =bank | weight=0.139
=de =onderdeel | weight=0.139
=weken =nog | weight=0.139
=gewacht | weight=0.138
=eten =kwam | weight=0.138
=vijf =weken | weight=0.137
=waar =blijft | weight=0.137
=bpost | weight=0.137
=blijft =maar | weight=0.136
=dagen =thuis | weight=0.136
=maand =over | weight=0.136
=heeft =een | weight=0.136
=zou =vorige | weight=0.136
=en =was | weight=0.133
=sorteercentrum | weight=0.133
=komen =niemand | weight=0.132, noneg
=geleverd | weight=0.131
=het =cadeau | weight=0.131
=op =zich | weight=0.131
=maandag | weight=0.130
=weken =werd | weight=0.130
=gisteren =komen | weight=0.130
=maaltijd | weight=0.130
=beloofd =leverdatum | weight=0.129
=leverdatum =hen | weight=0.129
=op =zaterdag | weight=0.129
=blijken | weight=0.129
=arriveerde | weight=0.129
=pas =plaats | weight=0.129
=vond =pas | weight=0.129
=zouden =worden | weight=0.128
=klaar =zijn | weight=0.128
=verjaardag | weight=0.128
=gsm | weight=0.127
=koud =en | weight=0.127
=nieuwe =bank | weight=0.127
=worden =het | weight=0.127
=hoezo | weight=0.127
=deed =alsof | weight=0.126
=niemand =kwam | weight=0.126, noneg
=dagen =weer | weight=0.126
=zij =hebben | weight=0.126
=voor =vrijdag | weight=0.125
=tien =dagen | weight=0.125
=en =om | weight=0.125
=het =sorteercentrum | weight=0.125
=pakket =ligt | weight=0.125
=tegen =vrijdag | weight=0.124
=uur =het | weight=0.124
=dagen =thuisgebleven | weight=0.124
=thuisgebleven | weight=0.124
=komt | weight=0.124
=waar =is | weight=0.123
=als =klant | weight=0.123
=thuisgebleven =voor | weight=0.122
=niet =op | weight=0.122, noneg
=na =anderhalf | weight=0.122
=zou =een | weight=0.122
=drie =kwartier | weight=0.122
=banden | weight=0.122
=ik =nemen | weight=0.122
=datum | weight=0.121
=waarom =krijg | weight=0.121
=de =verhuiswagen | weight=0.121
=verhuiswagen | weight=0.121
=verhuiswagen =arriveerde | weight=0.121
=na =de | weight=0.121
=de =vertraging | weight=0.121
=dinsdag | weight=0.120
=niemand =geweest | weight=0.120, noneg
=ons =hoofdgerecht | weight=0.120
=restaurant | weight=0.119
=stap =over | weight=0.119
=de =hele | weight=0.119
=installatie =is | weight=0.119
=blijft =mijn | weight=0.119
=webwinkel | weight=0.118
=in =weken | weight=0.118
=planning =de | weight=0.118
=verjaardagstaart | weight=0.118
=ik =hier | weight=0.118
=de =toezegging | weight=0.118
=koerier =de | weight=0.118
=vrij | weight=0.117
=geen =bericht | weight=0.117, noneg
=uur =komen | weight=0.117
=bezorgd | weight=0.117
=monteur =komt | weight=0.116
=voor =niks | weight=0.116, noneg
=medicijnen | weight=0.116
=het =restaurant | weight=0.116
=er =nog | weight=0.116
=in =huis | weight=0.115
=hij =deed | weight=0.115
=verschuiven | weight=0.115
=werd =zonder | weight=0.115, noneg
=dan =beloofd | weight=0.115
=niemand =gebeld | weight=0.115, noneg
=uur =was | weight=0.115
=lang =zou | weight=0.115
=hard | weight=0.115
=weken | weight=0.115
=het =toch | weight=0.115
=komt =en | weight=0.115
=ijs =gesmolten | weight=0.115
=de =toegezegd | weight=0.114
=maart =is | weight=0.114
=boodschappen =kwam | weight=0.114
=later | weight=0.114
=zonder =bericht | weight=0.114, noneg
=ochtend =komen | weight=0.114
=dinsdag =ik | weight=0.114
=werd =uiteindelijk | weight=0.114
=het =toestel | weight=0.114
=pizza =kwam | weight=0.113
=herhaaldelijk | weight=0.113
=steeds =niks | weight=0.113, noneg
=beloofd =reparatie | weight=0.113
=zijn =op | weight=0.113
=beloven | weight=0.113
=jullie =monteur | weight=0.112
=monteur =langskomen | weight=0.112
=uitleggen =welke | weight=0.112
=pakket =nooit | weight=0.112, noneg
=bus | weight=0.112
=half =vijf | weight=0.111
=verzekering | weight=0.111
=weken =heb | weight=0.110
=maaltijdbox | weight=0.110
=wordt =verwerkt | weight=0.110
=weken =al | weight=0.110
=begon =ik | weight=0.110
=beloofd =vervangen | weight=0.109
=dan =gepland | weight=0.109
=is =in | weight=0.109
=slap | weight=0.109
=tevergeefs | weight=0.108
=tevergeefs =thuis | weight=0.108
=thuis =gewacht | weight=0.108
=geraakt | weight=0.108
=medicijnen =die | weight=0.108
=eten | weight=0.108
=ze =stelde | weight=0.108
=op =ons | weight=0.107
=dagen =op | weight=0.107
=het =tijdvak | weight=0.107
=mijn =gsm | weight=0.107
=elke =dagen | weight=0.107
=beloofd =voor | weight=0.106
=blijft | weight=0.106
=doet =er | weight=0.106
=moet =zijn | weight=0.106
=zou =om | weight=0.106
=duurde =een | weight=0.106
=levering =beloofd | weight=0.105
=gaven =de | weight=0.105
=hebben =de | weight=0.105
=monteur =de | weight=0.105
=fout =was | weight=0.104
=klaar =zou | weight=0.104
=elke =levering | weight=0.104
=kwartier =gewacht | weight=0.104
=niemand =gezien | weight=0.104, noneg
=zijn =er | weight=0.103
=weken =op | weight=0.103
=maand =in | weight=0.103
=niet =nagekomen | weight=0.102, noneg
=flink =uit | weight=0.102
=liep =flink | weight=0.102
=dinsdag =komen | weight=0.102
=uw =pakket | weight=0.102
=nog =niks | weight=0.102, noneg
=afspraak =vergeten | weight=0.102
=komt =er | weight=0.102
=half =drie | weight=0.101
=jullie =voor | weight=0.101
=het =venster | weight=0.101
=venster | weight=0.101
=montage | weight=0.101
=dagen =langer | weight=0.101
=twee =uur | weight=0.101
=die =niet | weight=0.100, noneg
=niemand =is | weight=0.100, noneg
=erg | weight=0.100
=installateur =zou | weight=0.100
=er =vorige | weight=0.099
=liep | weight=0.099
=nieuwe =laptop | weight=0.099
=verwerkt | weight=0.099
=nieuwe =bankpas | weight=0.099
=de =montage | weight=0.099
=minuten =te | weight=0.099
=kwam =netjes | weight=0.099
=hebben =ze | weight=0.099
=zes =dagen | weight=0.098
=nu =aan | weight=0.098
=zegt =de | weight=0.098
=zegt =al | weight=0.097
=voorbij | weight=0.097
=niks =gekomen | weight=0.097, noneg
=kwam =drie | weight=0.097
=al =zes | weight=0.097
=technieker | weight=0.097
=weken =voor | weight=0.097
=mijn =pakket | weight=0.096
=duurde | weight=0.096
=weken =bij | weight=0.096
=wacht =ik | weight=0.096
=werd =al | weight=0.096
=kwam =na | weight=0.096
=kwart =over | weight=0.095
=zeven | weight=0.095
=zijn =maar | weight=0.095
