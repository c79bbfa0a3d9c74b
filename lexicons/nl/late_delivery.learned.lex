# late_delivery, nl: learned by scripts/learn.py from 3684 tuning texts (206 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Jullie schrijven dat de vertraging 'bij de douane ligt'. Het pakket kwam gewoon uit Utrecht.
+ Zij hebben gezegt de technieker komt dinsdag, ik neem vrij van werk, niemand komt. Tweede keer al.
+ die pakketjes komen maar nie
- we willen ons geld terug
- Geen minuut gewacht, top!
=pizza | weight=0.500
=onderweg | weight=0.427
=pas =op | weight=0.418
=pakketjes | weight=0.408
=levering | weight=0.389
=alweer | weight=0.351
=dagen =na | weight=0.329
=het =werd | weight=0.327
=hoofdgerecht | weight=0.316
=pakketje | weight=0.299
=besteld | weight=0.299
=de =installatie | weight=0.292
=levertijd | weight=0.279
=leverdatum | weight=0.278
=installatie | weight=0.275
=mijn =bestelling | weight=0.275
=na =het | weight=0.274
=vrij | weight=0.272
=tussen | weight=0.266
=monteur =zou | weight=0.265
=pizza =na | weight=0.264
=vandaag =bezorgd | weight=0.259
=weken =over | weight=0.258
=pakket =is | weight=0.256
=dagen =later | weight=0.255
=komen | weight=0.255
=bezorgd | weight=0.254
=bankpas =heb | weight=0.251
=overschreden | weight=0.245
=ruim =overschreden | weight=0.245
=meubel | weight=0.242
=om =half | weight=0.242
=bankpas | weight=0.240
=niet =bezorgd | weight=0.234, noneg
=werd =een | weight=0.233
=maar =niet | weight=0.231, noneg
=weken =te | weight=0.231
=juni =nog | weight=0.229
=een =maand | weight=0.228
=later =dan | weight=0.225
=de =douane | weight=0.223
=douane | weight=0.223
=koud | weight=0.222
=nieuwe =bank | weight=0.219
=uitgesteld | weight=0.219
=morgen =in | weight=0.218
=hele =dagen | weight=0.218
=kwam =pas | weight=0.218
=reparatie | weight=0.215
=bestelling =is | weight=0.207
=kwam =niet | weight=0.204, noneg
=bezorgvenster | weight=0.202
=vrijdag | weight=0.202
=laat =en | weight=0.201
=dan =afgesproken | weight=0.200
=geen =koelkast | weight=0.199, noneg
=keer =uitgesteld | weight=0.199
=bezorging =die | weight=0.199
=een =bezorging | weight=0.199
=niet =verscheen | weight=0.199, noneg
=afgesproken | weight=0.198
=te =laat | weight=0.195
=is =ruim | weight=0.195
=middag | weight=0.194
=kwam =om | weight=0.194
=bank | weight=0.193
=steenkoud | weight=0.193
=vier =weken | weight=0.191
=dagen =over | weight=0.190
=ijskoud | weight=0.188
=klant =wachten | weight=0.188
=de =keuken | weight=0.187
=keuken | weight=0.187
=alsof =het | weight=0.186
=langer =weg | weight=0.186
=weg =dan | weight=0.186
=over =tijd | weight=0.186
=in =huis | weight=0.184
=arriveerde =pas | weight=0.183
=vervangen | weight=0.182
=veel =te | weight=0.181
=komen =maar | weight=0.180
=zaterdag | weight=0.179
=we =nog | weight=0.179
=werd =zonder | weight=0.179, noneg
=zou =dinsdag | weight=0.178
=drie =kwartier | weight=0.177
=uur =na | weight=0.177
=bezorging | weight=0.177
=zonder =bericht | weight=0.176, noneg
=blijft =maar | weight=0.176
=januari =in | weight=0.175
=komt =maar | weight=0.169
=hebben =we | weight=0.168
=afgeleverd | weight=0.165
=de =verjaardag | weight=0.163
=kerstcadeaus | weight=0.162
=wachten =al | weight=0.161
=na =de | weight=0.161
=half | weight=0.159
=nie | weight=0.158, noneg
=acht | weight=0.158
=onderdelen | weight=0.158
=zich =wachten | weight=0.158
=september | weight=0.158
=niemand =gebeld | weight=0.157, noneg
=na =anderhalf | weight=0.157
=thuis =was | weight=0.156
=toestel =nog | weight=0.156
=weken =heb | weight=0.156
=feest | weight=0.156
=het =feest | weight=0.156
=nog =de | weight=0.155
=de =vertraging | weight=0.155
=niemand =gekomen | weight=0.155, noneg
=een =niet | weight=0.155, noneg
=komt | weight=0.154
=afgekoeld | weight=0.154
=uw =pakket | weight=0.153
=uur =het | weight=0.152
=de =werkzaamheden | weight=0.152
=niet =afgerond | weight=0.152, noneg
=werkzaamheden =zijn | weight=0.152
=mijn =nieuwe | weight=0.152
=kwart | weight=0.150
=avond | weight=0.150
=niet =geleverd | weight=0.149, noneg
=maar =uit | weight=0.146
=werkzaamheden | weight=0.146
=de =bus | weight=0.145
=mijn =pakket | weight=0.144
=op =zich | weight=0.144
=januari | weight=0.144
=langskomen | weight=0.143
=niet =op | weight=0.141, noneg
=het =tijdvak | weight=0.140
=tijdvak | weight=0.140
=januari =binnen | weight=0.140
=vrijdag =geleverd | weight=0.139
=op =zaterdag | weight=0.139
=datum | weight=0.139
=zijn =nog | weight=0.138
=maandag | weight=0.138
=weken =langer | weight=0.138
=nooit =meer | weight=0.137, noneg
=kwam | weight=0.136
=bezorger | weight=0.136
=lauw | weight=0.136
=weken =op | weight=0.135
=als =klant | weight=0.134
=maand =over | weight=0.134
=die =niet | weight=0.134, noneg
=het =mij | weight=0.134
=geleverd | weight=0.134
=al =moet | weight=0.134
=verschuiven | weight=0.134
=levertijd =was | weight=0.133
=kwam =twee | weight=0.133
=nieuwe =rolstoel | weight=0.132
=vader =wachten | weight=0.132
=had =er | weight=0.132
=waarom =krijg | weight=0.132
=mis =ik | weight=0.132
=verjaardag | weight=0.132
=de =onderdelen | weight=0.130
=dagen =vrij | weight=0.129
=mijn =bank | weight=0.129
=na =vier | weight=0.129
=pas =plaats | weight=0.129
=vond =pas | weight=0.129
=ochtend | weight=0.128
=gekomen | weight=0.128
=sorteercentrum | weight=0.128
=maaltijdbox | weight=0.127
=ligt =al | weight=0.127
=dagen =te | weight=0.126
=en =was | weight=0.126
=zijn =nieuwe | weight=0.126
=ik =als | weight=0.125
=boodschappen | weight=0.125
=was =dat | weight=0.123
=hebben =ze | weight=0.123
=arriveerde | weight=0.123
=de =verhuiswagen | weight=0.123
=verhuiswagen | weight=0.123
=verhuiswagen =arriveerde | weight=0.123
=ons =hoofdgerecht | weight=0.123
=maart =is | weight=0.122
=de =bezorger | weight=0.122
=maaltijdbox =kwam | weight=0.121
=de =helft | weight=0.121
=helft | weight=0.121
=deed =alsof | weight=0.121
=beloofd =leverdatum | weight=0.121
=leverdatum =hen | weight=0.121
=uur =komen | weight=0.120
=bestelling =staat | weight=0.120
=geleverd =worden | weight=0.120
=toestel | weight=0.120
=dagen =thuis | weight=0.120
=al =zes | weight=0.120
=uur =was | weight=0.120
=jullie =monteur | weight=0.119
=tegen =vrijdag | weight=0.119
=zou =tussen | weight=0.119
=op =ons | weight=0.118
=trace =zegt | weight=0.118
=verjaardagstaart | weight=0.118
=elke =dagen | weight=0.118
=geraakt | weight=0.118
=is =en | weight=0.118
=pas | weight=0.115
=bestelling | weight=0.114
=het =weekend | weight=0.114
=het =cadeau | weight=0.114
=dinsdag | weight=0.113
=er =vorige | weight=0.113
=altijd =niet | weight=0.113, noneg
=monteur =de | weight=0.113
=zijn =en | weight=0.113
=nooit =is | weight=0.112, noneg
=verwijst =naar | weight=0.111
=fout =was | weight=0.111
=restaurant | weight=0.111
=zou =om | weight=0.111
=geen =bericht | weight=0.111, noneg
=voor =niks | weight=0.110, noneg
=zijn =er | weight=0.110
=het =sorteercentrum | weight=0.110
=pakket =ligt | weight=0.110
=technieker | weight=0.109
=zou =komen | weight=0.109
=maandag =erop | weight=0.107
=teruggebracht | weight=0.107
=teruggebracht =worden | weight=0.107
=werd =maandag | weight=0.107
=woensdag =teruggebracht | weight=0.107
=ze =nog | weight=0.107
=niemand =kwam | weight=0.107, noneg
=cadeau | weight=0.107
=bestelling =van | weight=0.106
=blijven =steeds | weight=0.106
=de =beloofd | weight=0.106
=kwartier =gewacht | weight=0.106
=hij =deed | weight=0.106
=weekend | weight=0.106
=verjaardag =kwam | weight=0.105
=kwam =na | weight=0.105
=het =toestel | weight=0.105
=voor =vrijdag | weight=0.105
=datum =hen | weight=0.105
=ze =zit | weight=0.105
=banden | weight=0.104
=koud =en | weight=0.104
=ik =hier | weight=0.104
=douane =ligt | weight=0.103
=huis | weight=0.103
=pas =om | weight=0.103
=bril | weight=0.103
=weken =wachten | weight=0.103
=maaltijd | weight=0.103
=doet =er | weight=0.102
=van =uw | weight=0.102
=weken =nog | weight=0.102
=monteur | weight=0.102
=zegt =al | weight=0.102
=jullie =voor | weight=0.101
=duurde =een | weight=0.101
=levering =beloofd | weight=0.101
=terwijl =ze | weight=0.100
=gehele | weight=0.100
=rijst | weight=0.099
=sushi | weight=0.099
=de =nieuwe | weight=0.099
=zij =hebben | weight=0.099
=erg | weight=0.098
=werd =pas | weight=0.098
=pakket | weight=0.098
=weken =in | weight=0.097
=pakket =drie | weight=0.097
=half =vijf | weight=0.097
=ik =nemen | weight=0.096
=reparatie =van | weight=0.096
=zoek | weight=0.096
=hersteld | weight=0.096
=dinsdag =komen | weight=0.096
=acht =dagen | weight=0.095
=hoezo | weight=0.095
=is =nu | weight=0.095
=verzekering | weight=0.095
=genomen | weight=0.095
=in =weken | weight=0.095
=een =levertijd | weight=0.094
=pizza =kwam | weight=0.094
=dan =beloofd | weight=0.094
=klaar | weight=0.094
=is =in | weight=0.094
=eten | weight=0.093
=eten =kwam | weight=0.093
=heeft =en | weight=0.092
=gewacht | weight=0.092
=gsm | weight=0.092
=de =leverdatum | weight=0.092
=gewacht =op | weight=0.092
=loodgieter =zou | weight=0.091
=zou =een | weight=0.091
=schuld =van | weight=0.091
=weken =bij | weight=0.091
=de =klantendienst | weight=0.091
=besteld =bril | weight=0.090
=kwart =over | weight=0.090
=half =drie | weight=0.090
=al =twee | weight=0.090
=vanochtend =komen | weight=0.090
=zou =vanochtend | weight=0.090
=de =afspraak | weight=0.090
=waar =blijft | weight=0.089
=bank =zou | weight=0.089
=bus | weight=0.089
=acht =weken | weight=0.089
=herhaaldelijk | weight=0.089
=het =voor | weight=0.089
=zou =vorige | weight=0.088
=beloofd =voor | weight=0.087
=niks =thuis | weight=0.087, noneg
=weken =voor | weight=0.087
=niet =thuis | weight=0.087, noneg
=beloofd =vervangen | weight=0.087
=zouden =worden | weight=0.086
=de =reparatie | weight=0.086
=de =technieker | weight=0.086
=kerstcadeaus =pas | weight=0.086
=langer | weight=0.085
=vertraging | weight=0.085
=ruim | weight=0.084
=verwijst | weight=0.084
=de =leverancier | weight=0.084
=levertijd =van | weight=0.084
=dinsdag =ik | weight=0.084
=komt =niks | weight=0.084, noneg
=slap | weight=0.084
=ben =weg | weight=0.083
=moet =zijn | weight=0.083
=telefoontjes =en | weight=0.083
=capaciteitsproblemen | weight=0.083
=capaciteitsproblemen =heeft | weight=0.083
=is =tien | weight=0.083
=is =al | weight=0.083
=niet =afgebeld | weight=0.083, noneg
=werd =ook | weight=0.083
=gesmolten | weight=0.083
=ijs | weight=0.083
=drie =weken | weight=0.082
=maand =in | weight=0.082
=ik =recht | weight=0.082
=niet =meer | weight=0.082, noneg
=klantendienst | weight=0.082
=niet =terug | weight=0.082, noneg
=verhuisd | weight=0.082
=gebracht | weight=0.082
=nu =weer | weight=0.081
=monteur =kwam | weight=0.081
=de =besteld | weight=0.081
=later | weight=0.081
=zouden | weight=0.081
=zogenaamd | weight=0.080
=heeft =een | weight=0.080
=overgezet | weight=0.080
=beloofd | weight=0.080
=staat =al | weight=0.079
=en =waar | weight=0.079
=klaar =zou | weight=0.079
=me =gegarandeerd | weight=0.079
=vertraagd | weight=0.079
=sta | weight=0.079
=op =in | weight=0.079
=voorbij | weight=0.078
=niemand =geweest | weight=0.078, noneg
=de =transporteur | weight=0.078
=transporteur | weight=0.078
=duurde | weight=0.078
=ik =gewoon | weight=0.078
=de =gehele | weight=0.078
=weer =te | weight=0.078
=bloemen | weight=0.078
=er =zou | weight=0.078
=geplaatst =zou | weight=0.078
=keuken =die | weight=0.078
=maart =geplaatst | weight=0.078
=worden =staat | weight=0.078
=en =snel | weight=0.077
=vergeten | weight=0.077
=moet =komen | weight=0.077
=steeds =niet | weight=0.077, noneg
=voor =reparatie | weight=0.076
=wil =mijn | weight=0.076
=geld =terug | weight=0.076
=kwam =netjes | weight=0.076
=mijn =gsm | weight=0.076
=pakje | weight=0.076
