# broken_promise, nl: learned by scripts/learn.py from 4875 tuning texts (346 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ De gratis upgrade waarmee ze me overhaalden om te verlengen heb ik nooit gekregen.
+ Er zou een monteur komen tussen 8 en 12. Het is half 3. Niemand geweest, niemand gebeld.
+ De korting van 15% die mij bij het afsluiten werd beloofd, zie ik nergens terug op mijn nota.
- ok dankje
- ok top dank je
=beloftes | weight=0.613
=toezegging | weight=0.601
=toegezegd | weight=0.529
=beloofd | weight=0.500
=er =zou | weight=0.362
=belofte | weight=0.361
=gratis | weight=0.354
=zouden | weight=0.351
=sindsdien | weight=0.308
=weer =later | weight=0.308
=terugbetaling =is | weight=0.307
=korting | weight=0.301
=mooie | weight=0.300
=beloven | weight=0.293
=ze =ging | weight=0.292
=hebben =me | weight=0.291
=upgrade | weight=0.291
=zij =hebben | weight=0.290
=nooit =gekomen | weight=0.282, noneg
=terugbellen | weight=0.277
=zou =een | weight=0.276
=zegde | weight=0.268
=later =nog | weight=0.266
=nog =niks | weight=0.256, noneg
=geen =pakket | weight=0.251, noneg
=maar =er | weight=0.247
=terugbelverzoek | weight=0.245
=gehoord | weight=0.245
=gegarandeerd | weight=0.244
=niet =binnen | weight=0.244, noneg
=hoezo | weight=0.239
=vrijdag | weight=0.235
=houden | weight=0.235
=niemand =belde | weight=0.235, noneg
=toezegging =van | weight=0.232
=vandaag =bezorgd | weight=0.229
=terug =zeiden | weight=0.221
=het =vooruitzicht | weight=0.219
=vooruitzicht | weight=0.219
=inmiddels =weken | weight=0.219
=zou | weight=0.218
=ze =belde | weight=0.216
=langskomen | weight=0.215
=het =morgen | weight=0.214
=verzekerde | weight=0.211
=dat =was | weight=0.207
=even =navragen | weight=0.204
=navragen =en | weight=0.204
=geregeld | weight=0.204
=ik =wacht | weight=0.203
=terugbelt | weight=0.203
=me =al | weight=0.202
=ze =beloven | weight=0.201
=is =nog | weight=0.200
=beloftes =meer | weight=0.199
=beloofd =dat | weight=0.198
=afspraak =aan | weight=0.196
=staat =niet | weight=0.195, noneg
=worden =het | weight=0.195
=ze =zeiden | weight=0.195
=ging =mij | weight=0.194
=jullie =zouden | weight=0.191
=maar =niemand | weight=0.190, noneg
=belde =niet | weight=0.189, noneg
=weken =komt | weight=0.189
=de =besteld | weight=0.189
=weken =geleden | weight=0.188
=niet =teruggebeld | weight=0.187, noneg
=ze =had | weight=0.185
=nooit =ontvangen | weight=0.185, noneg
=afspraak | weight=0.183
=sindsdien =niks | weight=0.182, noneg
=binnenkort | weight=0.182
=ophalen =op | weight=0.182
=het =lijntje | weight=0.182
=lijntje | weight=0.182
=we =komen | weight=0.180
=me =terugbellen | weight=0.180
=nooit =gebeurd | weight=0.178, noneg
=komt | weight=0.177
=zou =binnen | weight=0.176
=wacht =sinds | weight=0.176
=tegemoetkoming | weight=0.173
=nergens =te | weight=0.173, noneg
=houden =zich | weight=0.172
=pakket =wordt | weight=0.172
=de =toezegging | weight=0.171
=loze | weight=0.170
=hebben =hun | weight=0.170
=pas =in | weight=0.170
=het =weekend | weight=0.169
=mijn =terugbetaling | weight=0.169
=komt =nooit | weight=0.168, noneg
=me =zouden | weight=0.168
=was =nooit | weight=0.167, noneg
=verder =niks | weight=0.167, noneg
=en =verder | weight=0.166
=de =rente | weight=0.164
=binnen =was | weight=0.164
=garandeerde | weight=0.163
=steeds =niks | weight=0.161, noneg
=rente | weight=0.161
=zouden =worden | weight=0.161
=in =januari | weight=0.160
=dagen =weer | weight=0.160
=ze =houden | weight=0.160
=weekend | weight=0.158
=was =vorige | weight=0.158
=heeft =mij | weight=0.157
=creditnota | weight=0.156
=gelijk =zou | weight=0.156
=uw =pakket | weight=0.156
=maandenlang | weight=0.155
=maandenlang =aan | weight=0.155
=zijn =ze | weight=0.155
=euro =die | weight=0.153
=geleden =klaar | weight=0.153
=klaar =liggen | weight=0.153
=morgen =geregeld | weight=0.152
=zich =gewoon | weight=0.151
=we =bellen | weight=0.151
=het =binnen | weight=0.151
=niet =betaald | weight=0.151, noneg
=u =morgen | weight=0.151
=afsluiten | weight=0.150
=loze =beloftes | weight=0.150
=niemand =kwam | weight=0.150, noneg
=woord | weight=0.149
=vergoeding =maar | weight=0.149
=toestel =in | weight=0.148
=nooit =iemand | weight=0.148, noneg
=zegt =morgen | weight=0.148
=bevestigd | weight=0.147
=garantie =dat | weight=0.147
=mooie =praatjes | weight=0.146
=praatjes | weight=0.146
=praatjes =bij | weight=0.146
=volle | weight=0.145
=verzekerde =me | weight=0.145
=die =heb | weight=0.144
=betalen =in | weight=0.143
=terugbelafspraak | weight=0.143
=komt =niet | weight=0.143, noneg
=jullie =collega | weight=0.143
=weer =een | weight=0.142
=niet =meer | weight=0.142, noneg
=deze =weken | weight=0.142
=niks =ontvangen | weight=0.141, noneg
=morgen | weight=0.141
=nu =zeggen | weight=0.141
=dinsdag =het | weight=0.141
=gebroken | weight=0.141
=horen =ik | weight=0.140
=is =nu | weight=0.140
=mij =schriftelijk | weight=0.140
=holle | weight=0.138
=het =afsluiten | weight=0.138
=niks =meer | weight=0.137, noneg
=morgen =komen | weight=0.137
=monteur =zou | weight=0.137
=ze =sturen | weight=0.136
=het =mij | weight=0.134
=geregeld =zou | weight=0.133
=de =verhuizing | weight=0.132
=maandag =en | weight=0.132
=aan =hun | weight=0.132
=is =nooit | weight=0.132, noneg
=bevestigd =dat | weight=0.132
=schriftelijk =bevestigd | weight=0.132
=kwam =pas | weight=0.132
=prijs | weight=0.131
=vanochtend =komen | weight=0.131
=zou =vanochtend | weight=0.131
=toen =weer | weight=0.131
=werd =weer | weight=0.131
=korting =van | weight=0.131
=nooit | weight=0.130, noneg
=ze =binnen | weight=0.130
=voor =alles | weight=0.130
=later | weight=0.130
=achteraf | weight=0.130
=had =gezegd | weight=0.130
=dinsdag | weight=0.129
=factuur =is | weight=0.129
=toegezegd =maar | weight=0.129
=zouden =me | weight=0.128
=niemand =is | weight=0.127, noneg
=reageren | weight=0.127
=zouden =het | weight=0.127
=de =upgrade | weight=0.127
=zijn =woord | weight=0.126
=er =werd | weight=0.125
=niemand =heeft | weight=0.125, noneg
=had =afgesproken | weight=0.125
=werkdagen =terug | weight=0.125
=de =gratis | weight=0.124
=nog =geen | weight=0.123, noneg
=beloofd =reparatie | weight=0.123
=de =bank | weight=0.123
=beloofd =terugbetaling | weight=0.123
=terugbetaling =nooit | weight=0.123, noneg
=is =me | weight=0.122
=niet =gebeurd | weight=0.122, noneg
=werkdagen | weight=0.121
=volle =prijs | weight=0.121
=zich =niet | weight=0.121, noneg
=hun | weight=0.121
=bellen =we | weight=0.121
=we =u | weight=0.121
=het =toegezegd | weight=0.121
=bril =vrijdag | weight=0.120
=zou =worden | weight=0.120
=nu =niemand | weight=0.120, noneg
=hij =komt | weight=0.120
=afspraak =is | weight=0.120
=vrijdag =kwam | weight=0.120
=een =terugbelverzoek | weight=0.119
=bank =zou | weight=0.119
=zou =krijg | weight=0.118
=doch | weight=0.118
=binnen | weight=0.118
=niet =heeft | weight=0.118, noneg
=aangekondigd | weight=0.118
=geregeld =is | weight=0.117
=nog =worden | weight=0.117
=weken =maar | weight=0.116
=goed =komt | weight=0.116
=u =zou | weight=0.116
=opgegeven | weight=0.116
=klant =wacht | weight=0.115
=mij =een | weight=0.115
=me =zou | weight=0.115
=erop =terug | weight=0.115
=komen =erop | weight=0.115
=en =nu | weight=0.114
=ik =zou | weight=0.114
=niemand =belt | weight=0.113, noneg
=die =nooit | weight=0.113, noneg
=niks | weight=0.113, noneg
=zouden =terugbellen | weight=0.113
=gelijk | weight=0.112
=die =gratis | weight=0.111
=waarmee =ze | weight=0.111
=zeiden =we | weight=0.111
=nieuwe =bank | weight=0.111
=zou =me | weight=0.111
=ten =spijt | weight=0.110
=zegde =toe | weight=0.110
=beloofd =het | weight=0.110
=terugstorten | weight=0.109
=ik =nemen | weight=0.109
=jullie =houden | weight=0.109
=bevestiging =zou | weight=0.108
=voorschot =van | weight=0.108
=het =tarief | weight=0.108
=mijn =spijt | weight=0.108
=toch =kwam | weight=0.107
=ons =zei | weight=0.107
=zou =iemand | weight=0.107
=nu =weer | weight=0.107
=ging =me | weight=0.107
=hetzelfde =blijven | weight=0.107
=zou =hetzelfde | weight=0.107
=verhuizing | weight=0.106
=gratis =upgrade | weight=0.106
=afgesproken | weight=0.106
=bezorgd =werd | weight=0.105
=gestegen | weight=0.105
=jullie =site | weight=0.105
=jullie =beloofd | weight=0.105
=blijven =maar | weight=0.104
=me =toegezegd | weight=0.104
=geen =bericht | weight=0.104, noneg
=zouden =sturen | weight=0.104
=uw =mail | weight=0.103
=telefoon =is | weight=0.103
=die =de | weight=0.102
=de =weken | weight=0.102
=terugbelactie | weight=0.102
=jullie =zeiden | weight=0.101
=geen =korting | weight=0.101, noneg
=horen =gekregen | weight=0.101
=zou =blijven | weight=0.101
=kapper =zei | weight=0.101
=de =door | weight=0.101
=wacht =al | weight=0.100
=weken =werd | weight=0.100
=navragen | weight=0.100
=dinsdag =ik | weight=0.100
=voorschot | weight=0.100
=spijt | weight=0.100
=contact =met | weight=0.099
=u =hoort | weight=0.099
=is =afspraak | weight=0.099
=crediteren | weight=0.099
=zou =staan | weight=0.099
=tien =werkdagen | weight=0.099
=genegeerd | weight=0.099
=op =papier | weight=0.099
=gekregen =dat | weight=0.099
=ze =zouden | weight=0.098
=er =met | weight=0.098
=verrekend | weight=0.098
=werd =maandag | weight=0.098
=niemand =gebeld | weight=0.098, noneg
=het =deze | weight=0.097
=drie =maand | weight=0.097
=rekening =zou | weight=0.097
=keer =geen | weight=0.097, noneg
=dagen =heb | weight=0.097
=die =afspraak | weight=0.097
=zogenaamd | weight=0.097
=vervangen =toestel | weight=0.096
=kwam =ophalen | weight=0.096
=geld =zou | weight=0.096
=korting =is | weight=0.096
=daar =niet | weight=0.096, noneg
=ze =ineens | weight=0.095
=storing =niet | weight=0.095, noneg
=staat =het | weight=0.095
=kantoor | weight=0.095
=een =creditnota | weight=0.095
=compensatie | weight=0.094
=beloofd =die | weight=0.094
=donderdag =en | weight=0.094
=jullie =voor | weight=0.094
=dat =staat | weight=0.093
=blijven | weight=0.093
=nee =horen | weight=0.093
=keer =morgen | weight=0.093
=morgen =en | weight=0.093
=bezorgd =zou | weight=0.093
=mij =terugbellen | weight=0.093
=te =storten | weight=0.093
=telkens | weight=0.092
=staat =er | weight=0.092
=geld =binnen | weight=0.092
=die =binnen | weight=0.092
=factuur =staat | weight=0.092
=volgende =keer | weight=0.092
=een =aanmaning | weight=0.092
=heden =niet | weight=0.091, noneg
=op =zaterdag | weight=0.091
=de =wasmachine | weight=0.091
=beloofd =een | weight=0.091
=me =dat | weight=0.091
=was =twee | weight=0.091
=papier | weight=0.091
=mevrouw =meldt | weight=0.091
=weken =bij | weight=0.090
=reparatie | weight=0.090
=naar =kijken | weight=0.090
=is =afgeschreven | weight=0.090
=een =terugbelafspraak | weight=0.090
=vrij =genomen | weight=0.090
=uur =teruggebeld | weight=0.089
=u =op | weight=0.089
=niet =gekomen | weight=0.089, noneg
=verder | weight=0.089
=achteraf =toch | weight=0.089
=iets =andere | weight=0.088
=jaarafrekening | weight=0.088
=toegezegd =dat | weight=0.088
=keer =beloofd | weight=0.088
=krijg =die | weight=0.088
=er =komt | weight=0.088
=de =jongen | weight=0.088
=als =het | weight=0.088
=medewerker =ging | weight=0.088
=bericht =dat | weight=0.088
=binnen =drie | weight=0.088
=bellen =maar | weight=0.088
=automatische =bericht | weight=0.087
=vijf =en | weight=0.087
=stond =dat | weight=0.087
=zei =die | weight=0.087
=matras | weight=0.086
=bergen | weight=0.086
=gouden | weight=0.086
=gouden =bergen | weight=0.086
=alle =beloftes | weight=0.086
=levering =was | weight=0.086
=teveel | weight=0.086
=teveel =betaald | weight=0.086
=terugbellen =maar | weight=0.086
=vorige =maand | weight=0.086
=is =half | weight=0.086
=ik =constateren | weight=0.086
=site =en | weight=0.086
=kwam =er | weight=0.086
=euro =terug | weight=0.086
=zei =nog | weight=0.086
=maar =na | weight=0.085
=elke =dagen | weight=0.085
=het =persoon | weight=0.085
=persoon =zou | weight=0.085
=zou =afhandeling | weight=0.085
=niemand =geweest | weight=0.085, noneg
=incasso | weight=0.085
=het =even | weight=0.085
