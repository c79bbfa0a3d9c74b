# broken_promise, nl: learned by scripts/learn.py from 4470 tuning texts (274 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Elke keer als ik bel beloven ze dat het goed komt, maar er verandert niks.
+ De gratis upgrade waarmee ze me overhaalden om te verlengen heb ik nooit gekregen.
+ Ik heb voor de tweede keer een beschadigd toestel ontvangen. De eerste keer werd beloofd dat er extra zorg aan het verpakken zou worden besteed, en nu zat het weer los in de doos. Als het derde exemplaar ook kapot aankomt, annuleer ik alles en bestel ik bij een ander.
- ok dankje
- we willen ons geld terug
=beloftes | weight=0.600
=toezegging | weight=0.551
=toegezegd | weight=0.484
=beloofd | weight=0.440
=gratis | weight=0.350
=belofte | weight=0.328
=terugbetaling =is | weight=0.319
=zou =een | weight=0.307
=terugbellen | weight=0.302
=hebben =me | weight=0.294
=zouden | weight=0.288
=weer =later | weight=0.287
=nooit =gekomen | weight=0.286, noneg
=zij =hebben | weight=0.282
=korting | weight=0.282
=mooie | weight=0.279
=upgrade | weight=0.279
=beloven | weight=0.278
=er =zou | weight=0.274
=dat =was | weight=0.271
=zegde | weight=0.252
=ze =ging | weight=0.235
=langskomen | weight=0.234
=hoezo | weight=0.227
=vandaag =bezorgd | weight=0.226
=zou =worden | weight=0.226
=maar =er | weight=0.220
=niemand =belde | weight=0.219, noneg
=toezegging =van | weight=0.218
=houden | weight=0.218
=nog =niks | weight=0.217, noneg
=komt | weight=0.217
=vrijdag | weight=0.213
=niet =binnen | weight=0.211, noneg
=later | weight=0.208
=zou =binnen | weight=0.205
=later =nog | weight=0.201
=beloofd =dat | weight=0.201
=inmiddels =weken | weight=0.197
=ze =belde | weight=0.196
=was =vorige | weight=0.196
=afspraak =aan | weight=0.193
=morgen | weight=0.193
=belde =niet | weight=0.193, noneg
=zou | weight=0.191
=terugbelt | weight=0.191
=ophalen =op | weight=0.189
=verzekerde | weight=0.188
=me =terugbellen | weight=0.188
=nooit | weight=0.187, noneg
=niet =teruggebeld | weight=0.186, noneg
=ze =beloven | weight=0.186
=het =weekend | weight=0.185
=beloftes =meer | weight=0.185
=het =lijntje | weight=0.183
=lijntje | weight=0.183
=het =morgen | weight=0.181
=afsluiten | weight=0.181
=prijs | weight=0.178
=terug =zeiden | weight=0.176
=de =rente | weight=0.176
=tegemoetkoming | weight=0.176
=is =nog | weight=0.174
=gehoord | weight=0.174
=rente | weight=0.173
=het =afsluiten | weight=0.173
=mij =een | weight=0.172
=weekend | weight=0.172
=pakket =wordt | weight=0.172
=gebroken | weight=0.172
=werkdagen | weight=0.170
=staat =niet | weight=0.170, noneg
=wachten =sinds | weight=0.169
=euro =die | weight=0.169
=worden =het | weight=0.168
=was =twee | weight=0.166
=de =toezegging | weight=0.166
=afspraak | weight=0.165
=dagen =weer | weight=0.165
=en =verder | weight=0.165
=we =bellen | weight=0.165
=uw =pakket | weight=0.163
=vergoeding =maar | weight=0.163
=binnenkort | weight=0.163
=terugbelverzoek | weight=0.163
=nooit =ontvangen | weight=0.163, noneg
=geregeld | weight=0.160
=ging =mij | weight=0.158
=nergens =te | weight=0.158, noneg
=verder =niks | weight=0.157, noneg
=we =komen | weight=0.156
=ze =had | weight=0.156
=even =navragen | weight=0.156
=navragen =en | weight=0.156
=toen =weer | weight=0.155
=terug =zou | weight=0.154
=mijn =terugbetaling | weight=0.154
=niemand =kwam | weight=0.154, noneg
=maandenlang | weight=0.154
=maandenlang =aan | weight=0.154
=woord | weight=0.154
=heeft =mij | weight=0.153
=de =besteld | weight=0.153
=gelijk | weight=0.153
=ik =wachten | weight=0.152
=vorige =weken | weight=0.152
=nooit =gebeurd | weight=0.149, noneg
=houden =zich | weight=0.148
=navragen | weight=0.148
=sindsdien | weight=0.147
=garandeerde | weight=0.147
=horen =ik | weight=0.147
=werd =me | weight=0.147
=hebben =hun | weight=0.147
=zich =gewoon | weight=0.146
=betalen =in | weight=0.145
=loze | weight=0.144
=loze =beloftes | weight=0.144
=nu =weer | weight=0.144
=zijn =ze | weight=0.143
=niet =betaald | weight=0.142, noneg
=nog =geen | weight=0.141, noneg
=maar =niemand | weight=0.141, noneg
=verzekerde =me | weight=0.140
=steeds =niks | weight=0.139, noneg
=ze =sturen | weight=0.139
=bezorgd | weight=0.138
=me =een | weight=0.137
=jullie =collega | weight=0.136
=ze =houden | weight=0.136
=weken =later | weight=0.135
=ze =zeiden | weight=0.134
=zegt =morgen | weight=0.134
=geregeld =is | weight=0.134
=nu =zeggen | weight=0.133
=creditnota | weight=0.131
=voor =alles | weight=0.131
=zaterdag | weight=0.130
=was =nooit | weight=0.130, noneg
=bril =vrijdag | weight=0.130
=hun | weight=0.130
=komt =nooit | weight=0.129, noneg
=de =upgrade | weight=0.129
=komt =niet | weight=0.129, noneg
=mij =schriftelijk | weight=0.129
=binnen =was | weight=0.128
=het =toegezegd | weight=0.127
=binnen | weight=0.127
=dat =iemand | weight=0.126
=tarief | weight=0.126
=factuur =is | weight=0.126
=al =weken | weight=0.125
=me =al | weight=0.125
=doch | weight=0.125
=volle | weight=0.124
=zeiden =we | weight=0.124
=er =werd | weight=0.123
=het =mij | weight=0.123
=volgende =weken | weight=0.123
=bellen =maar | weight=0.123
=de =verhuizing | weight=0.123
=zijn =woord | weight=0.123
=morgen =geregeld | weight=0.123
=dinsdag =het | weight=0.123
=de =bank | weight=0.122
=vanochtend =komen | weight=0.122
=zou =vanochtend | weight=0.122
=geleden | weight=0.122
=gelijk =zou | weight=0.122
=holle | weight=0.122
=morgen =komen | weight=0.122
=is =inmiddels | weight=0.121
=maandag =en | weight=0.121
=dinsdag | weight=0.121
=zouden =worden | weight=0.121
=die =gratis | weight=0.120
=op =papier | weight=0.120
=niemand =belt | weight=0.120, noneg
=schriftelijk | weight=0.119
=het =tarief | weight=0.119
=hetzelfde =blijven | weight=0.118
=zou =hetzelfde | weight=0.118
=telefoon =is | weight=0.118
=zouden =me | weight=0.118
=werd =weer | weight=0.118
=delen | weight=0.118
=nu =niemand | weight=0.117, noneg
=achteraf | weight=0.117
=ten =spijt | weight=0.117
=weer =een | weight=0.116
=ze =zouden | weight=0.116
=aangekondigd | weight=0.116
=de =gratis | weight=0.116
=beloofd =reparatie | weight=0.115
=niet =heeft | weight=0.115, noneg
=toegezegd =maar | weight=0.114
=het =binnen | weight=0.114
=blijven =maar | weight=0.113
=zou =krijg | weight=0.113
=verder | weight=0.112
=hij =komt | weight=0.112
=me =zou | weight=0.111
=snel =mogelijk | weight=0.111
=papier | weight=0.111
=nooit =meer | weight=0.111, noneg
=niet =gebeurd | weight=0.111, noneg
=erop =terug | weight=0.111
=komen =erop | weight=0.111
=mooie =praatjes | weight=0.111
=praatjes | weight=0.111
=praatjes =bij | weight=0.111
=aan =hun | weight=0.110
=jullie =beloofd | weight=0.110
=horen =gekregen | weight=0.110
=bevestigd =dat | weight=0.110
=schriftelijk =bevestigd | weight=0.110
=ging | weight=0.109
=zich =niet | weight=0.109, noneg
=is =nooit | weight=0.109, noneg
=niemand =is | weight=0.109, noneg
=goed =komt | weight=0.109
=ja =horen | weight=0.107
=kwam =ophalen | weight=0.107
=jullie =houden | weight=0.107
=beloofd =terugbetaling | weight=0.107
=terugbetaling =nooit | weight=0.107, noneg
=gekregen =dat | weight=0.106
=mijn =spijt | weight=0.106
=niks | weight=0.106, noneg
=spijt | weight=0.105
=inmiddels | weight=0.104
=is =nergens | weight=0.104, noneg
=zogenaamd | weight=0.103
=niks =meer | weight=0.103, noneg
=heden =niet | weight=0.103, noneg
=geen =korting | weight=0.103, noneg
=komen =ik | weight=0.103
=storing =niet | weight=0.102, noneg
=beloofd =terug | weight=0.102
=die =de | weight=0.102
=werkdagen =terug | weight=0.102
=uw =mail | weight=0.102
=zelf =in | weight=0.102
=op =zaterdag | weight=0.102
=het =is | weight=0.102
=sinds =vorige | weight=0.102
=kapper =zei | weight=0.101
=niemand =heeft | weight=0.101, noneg
=ik =nemen | weight=0.101
=nooit =iemand | weight=0.100, noneg
=dinsdag =ik | weight=0.100
=nee =horen | weight=0.099
=volle =prijs | weight=0.099
=weken =zonder | weight=0.099, noneg
=jullie =site | weight=0.099
=korting =is | weight=0.099
=gratis =upgrade | weight=0.098
=keer =zeggen | weight=0.097
=morgen =in | weight=0.097
=ze =binnen | weight=0.096
=nooit =iets | weight=0.096, noneg
=het =bedrag | weight=0.096
=kapper | weight=0.095
=alsnog | weight=0.095
=dagen =geleden | weight=0.095
=me =dat | weight=0.095
=was =toegezegd | weight=0.095
=volgende =keer | weight=0.094
=waarmee =ze | weight=0.094
=terugbellen =maar | weight=0.094
=niet =mogen | weight=0.093, noneg
=niet =afgebeld | weight=0.093, noneg
=werd =ook | weight=0.093
=terugbelactie | weight=0.093
=niet =meer | weight=0.093, noneg
=de =verzendkosten | weight=0.093
=verrekend | weight=0.093
=bril | weight=0.093
=niet =op | weight=0.093, noneg
=waar =zijn | weight=0.093
=bevestigd | weight=0.092
=ging =het | weight=0.092
=reageren | weight=0.092
=bro | weight=0.092
=achteraf =toch | weight=0.092
=een =gratis | weight=0.091
=weken =maar | weight=0.091
=vertelt =dat | weight=0.091
=klant =wachten | weight=0.091
=ging =me | weight=0.091
=teveel | weight=0.091
=teveel =betaald | weight=0.091
=is =nu | weight=0.091
=zei =nog | weight=0.090
=vorige =maand | weight=0.090
=klant =is | weight=0.089
=in =huis | weight=0.089
=euro =terug | weight=0.089
=de =door | weight=0.089
=gesteld | weight=0.089
=vijf =uur | weight=0.089
=ik =niks | weight=0.088, noneg
=bezorgd =zou | weight=0.088
=in =weken | weight=0.088
=zo =snel | weight=0.088
=vervangen =toestel | weight=0.088
=keer =morgen | weight=0.088
=morgen =en | weight=0.088
=alle =beloftes | weight=0.088
=er =gebeurt | weight=0.088
=had =gezegd | weight=0.087
=genegeerd | weight=0.087
=beloofd =het | weight=0.087
=niemand =gebeld | weight=0.087, noneg
=monteur =zou | weight=0.087
=krijg =die | weight=0.086
=vertelt | weight=0.086
=nu =drie | weight=0.085
=het =werd | weight=0.085
=vrij =genomen | weight=0.085
=toe | weight=0.085
=ons =zei | weight=0.085
=jullie =zouden | weight=0.085
=mail =van | weight=0.084
=mooie =beloftes | weight=0.084
=ik =betalen | weight=0.084
=geen =bericht | weight=0.084, noneg
=ten | weight=0.084
=bezorgd =werd | weight=0.084
=zou =komen | weight=0.084
=niet =aan | weight=0.083, noneg
=niet =gekomen | weight=0.083, noneg
=een =monteur | weight=0.083
=zou =me | weight=0.083
=ik =tot | weight=0.083
=vanochtend | weight=0.083
=weet =ik | weight=0.082
=levering =op | weight=0.082
=tien =werkdagen | weight=0.082
=de =weken | weight=0.082
=beloven =ze | weight=0.082
=collega =zei | weight=0.082
=bericht =dat | weight=0.082
=zou =terugbellen | weight=0.082
=die =toezegging | weight=0.081
=die =upgrade | weight=0.081
=werd =gezegd | weight=0.081
=opgelost =is | weight=0.081
=ik =nooit | weight=0.081, noneg
=keer =te | weight=0.080
=afgesproken | weight=0.080
=niet =van | weight=0.080, noneg
=abbo | weight=0.080
=zit =nog | weight=0.080
=site =en | weight=0.080
=bank =zou | weight=0.080
=matras | weight=0.080
=rekening =is | weight=0.079
=ik =constateren | weight=0.079
=jullie =zeiden | weight=0.079
=opgegeven | weight=0.079
=bergen | weight=0.079
=gouden | weight=0.079
=gouden =bergen | weight=0.079
=voorschot =van | weight=0.079
=chatter | weight=0.079
=er =komt | weight=0.079
=winkel =haar | weight=0.078
=als =het | weight=0.078
=jullie =voor | weight=0.078
=nieuwe =bank | weight=0.078
=zeiden | weight=0.078
=het =even | weight=0.078
=klaarlag | weight=0.078
=goed =maar | weight=0.078
=komt =goed | weight=0.078
=nooit =goed | weight=0.078, noneg
=mij =terugbellen | weight=0.078
=enige | weight=0.077
=er =verandert | weight=0.077
=terwijl =ze | weight=0.077
=geregeld =zou | weight=0.077
=weken =bij | weight=0.077
=geld =zou | weight=0.077
=drie =maand | weight=0.077
=papier =stond | weight=0.077
=verhuizing | weight=0.077
=niet =ontvangen | weight=0.076, noneg
=meer | weight=0.076
=reparatie =binnen | weight=0.076
=niemand =geweest | weight=0.076, noneg
=een =creditnota | weight=0.076
=zegde =toe | weight=0.076
=gewoon =niet | weight=0.076, noneg
=verandert | weight=0.076
=binnen =twee | weight=0.076
=afspraak =is | weight=0.076
=constateren | weight=0.076
=constateren =dat | weight=0.076
=tot =nu | weight=0.075
