# broken_promise, nl: learned by scripts/learn.py from 4875 tuning texts (346 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Elke keer als ik bel beloven ze dat het goed komt, maar er verandert niks.
+ De gratis upgrade waarmee ze me overhaalden om te verlengen heb ik nooit gekregen.
+ Er zou een monteur komen tussen 8 en 12. Het is half 3. Niemand geweest, niemand gebeld.
- ok dankje
- ok top dank je
=beloftes | weight=0.609
=toezegging | weight=0.595
=toegezegd | weight=0.526
=beloofd | weight=0.495
=er =zou | weight=0.370
=belofte | weight=0.360
=gratis | weight=0.357
=zouden | weight=0.336
=weer =later | weight=0.305
=terugbetaling =is | weight=0.303
=sindsdien | weight=0.303
=mooie | weight=0.303
=upgrade | weight=0.295
=beloven | weight=0.293
=zij =hebben | weight=0.293
=hebben =me | weight=0.290
=ze =ging | weight=0.288
=korting | weight=0.284
=terugbellen | weight=0.280
=zou =een | weight=0.276
=nooit =gekomen | weight=0.275, noneg
=geen =pakket | weight=0.259, noneg
=later =nog | weight=0.258
=zegde | weight=0.257
=gegarandeerd | weight=0.249
=nog =niks | weight=0.249, noneg
=maar =er | weight=0.247
=gehoord | weight=0.246
=niemand =belde | weight=0.241, noneg
=vrijdag | weight=0.236
=toezegging =van | weight=0.234
=terugbelverzoek | weight=0.232
=hoezo | weight=0.231
=niet =binnen | weight=0.230, noneg
=houden | weight=0.229
=het =vooruitzicht | weight=0.224
=vooruitzicht | weight=0.224
=inmiddels =weken | weight=0.223
=terug =zeiden | weight=0.220
=ze =belde | weight=0.219
=dat =was | weight=0.218
=verzekerde | weight=0.216
=vandaag =bezorgd | weight=0.216
=zou | weight=0.214
=ik =wacht | weight=0.213
=het =morgen | weight=0.211
=langskomen | weight=0.210
=geregeld | weight=0.209
=terugbelt | weight=0.205
=even =navragen | weight=0.201
=navragen =en | weight=0.201
=me =al | weight=0.199
=beloftes =meer | weight=0.198
=afspraak =aan | weight=0.197
=ze =zeiden | weight=0.196
=ze =beloven | weight=0.195
=ging =mij | weight=0.192
=staat =niet | weight=0.191, noneg
=belde =niet | weight=0.190, noneg
=beloofd =dat | weight=0.190
=is =nog | weight=0.189
=me =terugbellen | weight=0.188
=maar =niemand | weight=0.188, noneg
=weken =komt | weight=0.188
=worden =het | weight=0.187
=niet =teruggebeld | weight=0.187, noneg
=het =lijntje | weight=0.187
=lijntje | weight=0.187
=ophalen =op | weight=0.186
=sindsdien =niks | weight=0.185, noneg
=we =komen | weight=0.184
=nooit =gebeurd | weight=0.183, noneg
=wacht =sinds | weight=0.183
=de =besteld | weight=0.182
=binnenkort | weight=0.181
=jullie =zouden | weight=0.180
=komt | weight=0.178
=afspraak | weight=0.177
=pakket =wordt | weight=0.176
=zou =binnen | weight=0.174
=me =zouden | weight=0.174
=mijn =terugbetaling | weight=0.174
=het =weekend | weight=0.173
=nooit =ontvangen | weight=0.173, noneg
=pas =in | weight=0.173
=ze =had | weight=0.172
=nergens =te | weight=0.172, noneg
=tegemoetkoming | weight=0.171
=hebben =hun | weight=0.171
=loze | weight=0.170
=en =verder | weight=0.169
=weken =geleden | weight=0.168
=was =nooit | weight=0.167, noneg
=uw =pakket | weight=0.165
=verder =niks | weight=0.165, noneg
=binnen =was | weight=0.164
=weekend | weight=0.163
=houden =zich | weight=0.163
=in =januari | weight=0.162
=de =toezegging | weight=0.162
=ze =houden | weight=0.160
=garandeerde | weight=0.159
=de =rente | weight=0.158
=komt =nooit | weight=0.157, noneg
=morgen | weight=0.157
=gelijk =zou | weight=0.157
=zijn =ze | weight=0.156
=steeds =niks | weight=0.156, noneg
=rente | weight=0.156
=nooit =iemand | weight=0.155, noneg
=euro =die | weight=0.155
=dagen =weer | weight=0.154
=betalen =in | weight=0.154
=niemand =kwam | weight=0.153, noneg
=maandenlang | weight=0.153
=maandenlang =aan | weight=0.153
=zouden =worden | weight=0.153
=heeft =mij | weight=0.153
=u =morgen | weight=0.153
=we =bellen | weight=0.153
=het =binnen | weight=0.152
=creditnota | weight=0.152
=was =vorige | weight=0.151
=woord | weight=0.151
=vergoeding =maar | weight=0.151
=zich =gewoon | weight=0.151
=bevestigd | weight=0.150
=loze =beloftes | weight=0.150
=zegt =morgen | weight=0.149
=toestel =in | weight=0.149
=monteur =zou | weight=0.149
=geleden =klaar | weight=0.148
=klaar =liggen | weight=0.148
=terugbelafspraak | weight=0.148
=is =nu | weight=0.148
=afsluiten | weight=0.147
=zou =worden | weight=0.147
=niet =betaald | weight=0.146, noneg
=verzekerde =me | weight=0.145
=ze =sturen | weight=0.145
=komt =niet | weight=0.145, noneg
=mooie =praatjes | weight=0.144
=praatjes | weight=0.144
=praatjes =bij | weight=0.144
=gebroken | weight=0.144
=jullie =collega | weight=0.143
=dinsdag | weight=0.143
=morgen =geregeld | weight=0.141
=deze =weken | weight=0.141
=weer =een | weight=0.140
=kwam =pas | weight=0.140
=die =heb | weight=0.139
=nu =zeggen | weight=0.139
=horen =ik | weight=0.139
=volle | weight=0.138
=holle | weight=0.138
=voor =alles | weight=0.137
=later | weight=0.137
=niks =ontvangen | weight=0.137, noneg
=toen =weer | weight=0.136
=korting =van | weight=0.136
=morgen =komen | weight=0.136
=garantie =dat | weight=0.136
=mij =schriftelijk | weight=0.136
=dinsdag =het | weight=0.136
=reageren | weight=0.135
=vanochtend =komen | weight=0.134
=zou =vanochtend | weight=0.134
=factuur =is | weight=0.133
=het =mij | weight=0.133
=niemand =heeft | weight=0.132, noneg
=bevestigd =dat | weight=0.132
=schriftelijk =bevestigd | weight=0.132
=aan =hun | weight=0.132
=niks =meer | weight=0.131, noneg
=achteraf | weight=0.131
=de =verhuizing | weight=0.131
=het =afsluiten | weight=0.130
=de =gratis | weight=0.130
=zijn =woord | weight=0.129
=zouden =me | weight=0.127
=maandag =en | weight=0.127
=niet =meer | weight=0.127, noneg
=niemand =is | weight=0.127, noneg
=de =upgrade | weight=0.127
=niks | weight=0.126, noneg
=toegezegd =maar | weight=0.126
=werd =weer | weight=0.126
=had =afgesproken | weight=0.124
=bellen =we | weight=0.124
=we =u | weight=0.124
=werkdagen =terug | weight=0.124
=geregeld =is | weight=0.124
=zouden =het | weight=0.124
=prijs | weight=0.123
=geregeld =zou | weight=0.122
=is =me | weight=0.122
=er =werd | weight=0.122
=het =toegezegd | weight=0.121
=hij =komt | weight=0.120
=aangekondigd | weight=0.120
=niet =heeft | weight=0.120, noneg
=bank =zou | weight=0.120
=hun | weight=0.119
=ze =binnen | weight=0.119
=niet =gebeurd | weight=0.119, noneg
=is =nooit | weight=0.119, noneg
=erop =terug | weight=0.119
=komen =erop | weight=0.119
=zouden =terugbellen | weight=0.118
=nu =weer | weight=0.118
=ten =spijt | weight=0.118
=had =gezegd | weight=0.118
=doch | weight=0.117
=vrijdag =kwam | weight=0.117
=beloofd =terugbetaling | weight=0.117
=terugbetaling =nooit | weight=0.117, noneg
=u =zou | weight=0.116
=zeiden =we | weight=0.116
=bril =vrijdag | weight=0.116
=waarmee =ze | weight=0.116
=nog =worden | weight=0.116
=weken =maar | weight=0.115
=niemand =belt | weight=0.115, noneg
=en =nu | weight=0.114
=opgegeven | weight=0.114
=mij =een | weight=0.114
=nu =niemand | weight=0.113, noneg
=toch =kwam | weight=0.113
=zich =niet | weight=0.113, noneg
=volle =prijs | weight=0.113
=afspraak =is | weight=0.112
=de =bank | weight=0.112
=ik =nemen | weight=0.112
=goed =komt | weight=0.112
=nog =geen | weight=0.111, noneg
=die =gratis | weight=0.111
=uw =mail | weight=0.111
=een =terugbelverzoek | weight=0.111
=mijn =spijt | weight=0.111
=zou =krijg | weight=0.111
=die =nooit | weight=0.110, noneg
=nieuwe =bank | weight=0.110
=drie =maand | weight=0.109
=het =tarief | weight=0.109
=jullie =site | weight=0.109
=hetzelfde =blijven | weight=0.109
=zou =hetzelfde | weight=0.109
=beloofd =reparatie | weight=0.108
=bevestiging =zou | weight=0.107
=zouden =sturen | weight=0.107
=ik =zou | weight=0.107
=jullie =beloofd | weight=0.107
=zou =me | weight=0.107
=verrekend | weight=0.107
=zou =staan | weight=0.106
=me =zou | weight=0.106
=werkdagen | weight=0.106
=de =door | weight=0.106
=blijven =maar | weight=0.106
=geen =bericht | weight=0.106, noneg
=gelijk | weight=0.106
=gratis =upgrade | weight=0.105
=kantoor | weight=0.105
=gestegen | weight=0.105
=niemand =gebeld | weight=0.105, noneg
=afgesproken | weight=0.105
=bezorgd =werd | weight=0.105
=voorschot =van | weight=0.105
=horen =gekregen | weight=0.104
=dagen =heb | weight=0.104
=ging =me | weight=0.104
=terugstorten | weight=0.104
=niemand =geweest | weight=0.104, noneg
=keer =morgen | weight=0.104
=morgen =en | weight=0.104
=jullie =houden | weight=0.104
=zegde =toe | weight=0.103
=was =twee | weight=0.103
=navragen | weight=0.103
=geen =korting | weight=0.102, noneg
=dinsdag =ik | weight=0.102
=die =binnen | weight=0.102
=gekregen =dat | weight=0.102
=spijt | weight=0.101
=die =de | weight=0.101
=storing =niet | weight=0.101, noneg
=tien =werkdagen | weight=0.101
=verhuizing | weight=0.100
=me =dat | weight=0.100
=kapper =zei | weight=0.100
=er =met | weight=0.100
=beloofd =het | weight=0.100
=nooit | weight=0.100, noneg
=compensatie | weight=0.099
=geld =binnen | weight=0.099
=jullie =zeiden | weight=0.099
=rekening =zou | weight=0.099
=wacht =al | weight=0.099
=telefoon =is | weight=0.098
=korting =is | weight=0.098
=klant =wacht | weight=0.098
=een =creditnota | weight=0.098
=is =afspraak | weight=0.097
=ons =zei | weight=0.097
=zou =iemand | weight=0.097
=zaterdag | weight=0.097
=geld =zou | weight=0.097
=keer =geen | weight=0.097, noneg
=me =toegezegd | weight=0.097
=kwam =ophalen | weight=0.097
=naar =kijken | weight=0.096
=uur =teruggebeld | weight=0.096
=op =papier | weight=0.096
=genegeerd | weight=0.096
=achteraf =toch | weight=0.096
=crediteren | weight=0.095
=beloofd =een | weight=0.095
=zou =blijven | weight=0.095
=de =wasmachine | weight=0.095
=een =terugbelafspraak | weight=0.095
=ze =zouden | weight=0.095
=toegezegd =dat | weight=0.094
=beloofd =die | weight=0.094
=werd =maandag | weight=0.094
=voorschot | weight=0.094
=vijf =en | weight=0.094
=als =het | weight=0.094
=zogenaamd | weight=0.094
=vervangen =toestel | weight=0.094
=beloofd =terug | weight=0.094
=keer =beloofd | weight=0.093
=de =jongen | weight=0.093
=u =hoort | weight=0.093
=niet =gekomen | weight=0.093, noneg
=ging =het | weight=0.092
=volgende =keer | weight=0.092
=de =weken | weight=0.092
=steeds =op | weight=0.092
=zei =nog | weight=0.091
=mevrouw =meldt | weight=0.091
=bergen | weight=0.091
=gouden | weight=0.091
=gouden =bergen | weight=0.091
=gehouden | weight=0.091
=te =storten | weight=0.091
=teruggebeld =worden | weight=0.090
=alsnog | weight=0.090
=staat =het | weight=0.090
=telkens | weight=0.090
=weken =werd | weight=0.090
=jullie =voor | weight=0.090
=blijven | weight=0.090
=ik =binnen | weight=0.090
=binnen =drie | weight=0.090
=het =even | weight=0.090
=ze =hebben | weight=0.089
=papier | weight=0.089
=matras | weight=0.089
=terugbellen =maar | weight=0.089
=terugbelactie | weight=0.089
=vrij =genomen | weight=0.089
=het =deze | weight=0.089
=op =zaterdag | weight=0.089
=heden =niet | weight=0.089, noneg
=is =afgeschreven | weight=0.089
=niet =ontvangen | weight=0.089, noneg
=teveel | weight=0.088
=teveel =betaald | weight=0.088
=staat =er | weight=0.088
=het =persoon | weight=0.088
=persoon =zou | weight=0.088
=zou =afhandeling | weight=0.088
=krijg =die | weight=0.088
=half =vijf | weight=0.088
=binnen =tien | weight=0.088
=weken =bij | weight=0.088
=jaarafrekening | weight=0.087
=die =afspraak | weight=0.087
=u =op | weight=0.087
=bericht =dat | weight=0.087
=er =verandert | weight=0.087
=waar =zijn | weight=0.087
=een =gratis | weight=0.087
=stond =dat | weight=0.087
=alle =beloftes | weight=0.087
=bezorgd | weight=0.086
=mij =terugbellen | weight=0.086
=incasso | weight=0.086
=de =planner | weight=0.086
=automatische =bericht | weight=0.086
=ze =ineens | weight=0.086
=verandert | weight=0.086
=bro | weight=0.086
=papier =stond | weight=0.086
=daar =niet | weight=0.086, noneg
=site =en | weight=0.086
=levering =was | weight=0.086
=niet =nagekomen | weight=0.085, noneg
=iets =andere | weight=0.085
