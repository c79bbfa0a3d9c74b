# broken_promise, nl: learned by scripts/learn.py from 4090 tuning texts (241 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ De gratis upgrade waarmee ze me overhaalden om te verlengen heb ik nooit gekregen.
+ Ik heb voor de tweede keer een beschadigd toestel ontvangen. De eerste keer werd beloofd dat er extra zorg aan het verpakken zou worden besteed, en nu zat het weer los in de doos. Als het derde exemplaar ook kapot aankomt, annuleer ik alles en bestel ik bij een ander.
+ Zij hebben me niet teruggebeld.
- we willen ons geld terug
- Dank voor de snelle hulp!
=toezegging | weight=0.550
=beloftes | weight=0.538
=toegezegd | weight=0.509
=beloofd | weight=0.496
=gratis | weight=0.331
=korting | weight=0.323
=zou =een | weight=0.317
=terugbetaling =is | weight=0.309
=hebben =me | weight=0.303
=zij =hebben | weight=0.291
=nooit =gekomen | weight=0.288, noneg
=mooie | weight=0.286
=upgrade | weight=0.273
=zouden | weight=0.269
=terugbellen | weight=0.265
=mij =een | weight=0.261
=er =zou | weight=0.256
=beloven | weight=0.253
=dat =was | weight=0.243
=zou | weight=0.243
=zegde | weight=0.240
=nog =niks | weight=0.228, noneg
=vandaag =bezorgd | weight=0.226
=langskomen | weight=0.226
=houden | weight=0.226
=hoezo | weight=0.220
=komt | weight=0.219
=later =nog | weight=0.214
=ze =ging | weight=0.213
=bezorgd | weight=0.208
=zou =worden | weight=0.202
=zou =binnen | weight=0.200
=ze =belde | weight=0.200
=morgen | weight=0.196
=terugbelt | weight=0.196
=ze =beloven | weight=0.195
=toezegging =van | weight=0.195
=beloftes =meer | weight=0.195
=inmiddels =weken | weight=0.194
=niet =binnen | weight=0.194, noneg
=belde =niet | weight=0.193, noneg
=afspraak =aan | weight=0.192
=we =bellen | weight=0.192
=het =lijntje | weight=0.191
=lijntje | weight=0.191
=het =morgen | weight=0.190
=ophalen =op | weight=0.189
=de =rente | weight=0.186
=belofte | weight=0.184
=rente | weight=0.183
=het =weekend | weight=0.183
=woord | weight=0.182
=niemand =belde | weight=0.181, noneg
=hun | weight=0.181
=pakket =wordt | weight=0.181
=terug =zeiden | weight=0.180
=uw =pakket | weight=0.178
=verzekerde | weight=0.176
=gebroken | weight=0.176
=was =twee | weight=0.174
=komt =nooit | weight=0.173, noneg
=beloofd =dat | weight=0.173
=gehoord | weight=0.172
=geregeld | weight=0.172
=tegemoetkoming | weight=0.171
=prijs | weight=0.171
=het =afsluiten | weight=0.171
=is =nog | weight=0.170
=hebben =hun | weight=0.170
=weekend | weight=0.169
=de =toezegging | weight=0.169
=wachten =sinds | weight=0.168
=zich =gewoon | weight=0.168
=afspraak | weight=0.168
=de =besteld | weight=0.166
=vergoeding =maar | weight=0.166
=binnenkort | weight=0.165
=weken =later | weight=0.165
=maar =er | weight=0.164
=afsluiten | weight=0.164
=afgesproken | weight=0.163
=even =navragen | weight=0.163
=navragen =en | weight=0.163
=steeds =niks | weight=0.162, noneg
=we =komen | weight=0.161
=werkdagen | weight=0.161
=worden =het | weight=0.160
=garandeerde | weight=0.159
=gelijk | weight=0.158
=nooit | weight=0.158, noneg
=maandenlang | weight=0.157
=maandenlang =aan | weight=0.157
=horen =ik | weight=0.156
=mijn =terugbetaling | weight=0.154
=navragen | weight=0.152
=medewerker =beloofd | weight=0.151
=ging | weight=0.151
=heeft =mij | weight=0.150
=nu =weer | weight=0.150
=niemand =kwam | weight=0.149, noneg
=ging =mij | weight=0.147
=staat =niet | weight=0.147, noneg
=euro =die | weight=0.146
=betalen =in | weight=0.144
=het =werd | weight=0.143
=binnen | weight=0.143
=loze | weight=0.142
=loze =beloftes | weight=0.142
=bril =vrijdag | weight=0.141
=dat =iemand | weight=0.140
=vrijdag | weight=0.139
=ze =houden | weight=0.139
=me =terugbellen | weight=0.138
=niet =betaald | weight=0.135, noneg
=maar =niemand | weight=0.135, noneg
=werd =me | weight=0.135
=zegt =morgen | weight=0.135
=me =al | weight=0.134
=sindsdien | weight=0.133
=ze =had | weight=0.132
=nergens =te | weight=0.132, noneg
=holle | weight=0.131
=ja =horen | weight=0.131
=tarief | weight=0.131
=nog =geen | weight=0.130, noneg
=zijn =ze | weight=0.130
=ik =wachten | weight=0.130
=terug =zou | weight=0.130
=mij =schriftelijk | weight=0.130
=het =toegezegd | weight=0.130
=was =vorige | weight=0.130
=dinsdag =het | weight=0.128
=de =bank | weight=0.128
=ze =sturen | weight=0.128
=komt =niet | weight=0.128, noneg
=jullie =collega | weight=0.127
=verzekerde =me | weight=0.127
=telefoon =is | weight=0.127
=niemand =belt | weight=0.127, noneg
=de =upgrade | weight=0.125
=er =werd | weight=0.125
=nu =zeggen | weight=0.125
=achteraf | weight=0.124
=nooit =iets | weight=0.124, noneg
=aan =hun | weight=0.124
=die =gratis | weight=0.124
=weer =een | weight=0.124
=ten =spijt | weight=0.123
=later | weight=0.123
=morgen =geregeld | weight=0.123
=nooit =ontvangen | weight=0.123, noneg
=geen =korting | weight=0.122, noneg
=geregeld =is | weight=0.122
=vorige =weken | weight=0.121
=toegezegd =maar | weight=0.121
=volle | weight=0.121
=nooit =gebeurd | weight=0.121, noneg
=de =gratis | weight=0.120
=gelijk =zou | weight=0.120
=morgen =komen | weight=0.120
=zouden =worden | weight=0.119
=voor =alles | weight=0.118
=hetzelfde =blijven | weight=0.117
=zou =hetzelfde | weight=0.117
=het =mij | weight=0.116
=nooit =iemand | weight=0.116, noneg
=zeiden | weight=0.116
=jullie =beloofd | weight=0.116
=aangekondigd | weight=0.116
=kapper | weight=0.116
=nooit =meer | weight=0.115, noneg
=niet =heeft | weight=0.115, noneg
=was =nooit | weight=0.115, noneg
=mooie =praatjes | weight=0.115
=praatjes | weight=0.115
=praatjes =bij | weight=0.115
=gratis =upgrade | weight=0.114
=doch | weight=0.114
=bellen =maar | weight=0.114
=zijn =woord | weight=0.114
=blijven =maar | weight=0.114
=nu =niemand | weight=0.112, noneg
=is =nu | weight=0.112
=erop =terug | weight=0.112
=komen =erop | weight=0.112
=toegezegd =korting | weight=0.111
=binnen =was | weight=0.110
=niks =meer | weight=0.110, noneg
=delen | weight=0.110
=drie =maand | weight=0.110
=sinds =vorige | weight=0.109
=snel =mogelijk | weight=0.109
=de =verhuizing | weight=0.108
=vanochtend =komen | weight=0.108
=zou =vanochtend | weight=0.108
=is =inmiddels | weight=0.108
=mijn =spijt | weight=0.108
=beloofd =reparatie | weight=0.108
=hij =komt | weight=0.107
=creditnota | weight=0.107
=bevestigd =dat | weight=0.107
=schriftelijk =bevestigd | weight=0.107
=niet =meer | weight=0.107, noneg
=jullie =houden | weight=0.107
=volgende =keer | weight=0.106
=ik =niks | weight=0.106, noneg
=al =weken | weight=0.106
=geleden | weight=0.106
=houden =zich | weight=0.106
=ze =binnen | weight=0.105
=alle =beloftes | weight=0.105
=schriftelijk | weight=0.104
=volgende =weken | weight=0.104
=niemand =is | weight=0.103, noneg
=medewerker =me | weight=0.103
=zeggen =altijd | weight=0.103
=op =papier | weight=0.103
=terugbellen =maar | weight=0.102
=telkens | weight=0.102
=is =nooit | weight=0.102, noneg
=het =binnen | weight=0.102
=inmiddels | weight=0.101
=kwam =ophalen | weight=0.101
=die =de | weight=0.101
=nee =horen | weight=0.101
=heden =niet | weight=0.100, noneg
=bril | weight=0.099
=ik =nemen | weight=0.099
=er =komt | weight=0.099
=niks | weight=0.098, noneg
=weet =ik | weight=0.098
=papier | weight=0.098
=jullie =site | weight=0.098
=op =zaterdag | weight=0.098
=volle =prijs | weight=0.098
=waarmee =ze | weight=0.098
=dinsdag =ik | weight=0.097
=niet =aan | weight=0.096, noneg
=jullie =zouden | weight=0.095
=storing =niet | weight=0.095, noneg
=keer =zeggen | weight=0.095
=me =zou | weight=0.095
=zou =komen | weight=0.095
=factuur =is | weight=0.095
=die =niet | weight=0.094, noneg
=reageren | weight=0.094
=ze =zeiden | weight=0.094
=alsnog | weight=0.093
=mooie =beloftes | weight=0.093
=zelf =in | weight=0.093
=was =toegezegd | weight=0.093
=meer | weight=0.093
=de =verzendkosten | weight=0.093
=morgen =in | weight=0.093
=klant =wachten | weight=0.093
=nu =drie | weight=0.093
=terugbelactie | weight=0.092
=beloofd =ze | weight=0.092
=beloofd =terug | weight=0.092
=achteraf =toch | weight=0.092
=uw =mail | weight=0.092
=zou =krijg | weight=0.091
=had =gezegd | weight=0.091
=het =bedrag | weight=0.091
=een =gratis | weight=0.091
=opgelost =is | weight=0.091
=wij =hebben | weight=0.091
=niemand =gebeld | weight=0.091, noneg
=me =een | weight=0.091
=teveel | weight=0.091
=teveel =betaald | weight=0.091
=vorige =maand | weight=0.091
=me =niet | weight=0.090, noneg
=niet =afgebeld | weight=0.090, noneg
=werd =ook | weight=0.090
=gekregen =dat | weight=0.090
=horen =gekregen | weight=0.090
=keer =te | weight=0.090
=werkdagen =terug | weight=0.090
=bevestigd | weight=0.090
=dagen =later | weight=0.090
=zogenaamd | weight=0.090
=collega =zei | weight=0.090
=spijt | weight=0.089
=krijg =die | weight=0.089
=terugbelverzoek | weight=0.089
=komen =ik | weight=0.089
=gewoon =niet | weight=0.089, noneg
=verder =en | weight=0.089
=verrekend | weight=0.089
=kantoor | weight=0.089
=bevestiging | weight=0.088
=niet =gekomen | weight=0.088, noneg
=terugbetaling | weight=0.087
=duren =het | weight=0.087
=ik =nooit | weight=0.087, noneg
=ons =zei | weight=0.087
=vertelt =dat | weight=0.086
=de =door | weight=0.086
=bezorgd =zou | weight=0.086
=vijf =uur | weight=0.086
=in =huis | weight=0.086
=stond =dat | weight=0.085
=ze =zeggen | weight=0.085
=waar =zijn | weight=0.085
=beloofd =het | weight=0.085
=bro | weight=0.085
=uw =collega | weight=0.085
=me =dat | weight=0.085
=ik =constateren | weight=0.084
=matras | weight=0.084
=weken =zonder | weight=0.084, noneg
=die =toezegging | weight=0.084
=zei =nog | weight=0.083
=tien =werkdagen | weight=0.083
=je =denk | weight=0.083
=zou =je | weight=0.083
=het =is | weight=0.083
=ging =het | weight=0.083
=niet =mogen | weight=0.083, noneg
=winkel =haar | weight=0.082
=zo =snel | weight=0.082
=dagen =een | weight=0.082
=vertelt | weight=0.082
=mevrouw =meldt | weight=0.082
=niemand =heeft | weight=0.082, noneg
=levering =op | weight=0.082
=vrij =genomen | weight=0.082
=klaarlag | weight=0.081
=gesteld | weight=0.081
=terugstorten | weight=0.081
=herhaaldelijk | weight=0.081
=afspraak =is | weight=0.081
=in =weken | weight=0.080
=weken =geleden | weight=0.080
=ging =me | weight=0.080
=klant =is | weight=0.080
=constateren | weight=0.080
=constateren =dat | weight=0.080
=niet =op | weight=0.080, noneg
=de =nieuwe | weight=0.079
=jullie =voor | weight=0.079
=de =planner | weight=0.079
=weken =bij | weight=0.079
=contact =met | weight=0.079
=keer =morgen | weight=0.078
=morgen =en | weight=0.078
=is =afgeschreven | weight=0.078
=u =op | weight=0.078
=zouden =me | weight=0.078
=euro | weight=0.078
=als =het | weight=0.078
=opgegeven | weight=0.077
=planner | weight=0.077
=dinsdag | weight=0.077
=terwijl =ze | weight=0.077
=wil =niemand | weight=0.077, noneg
=mail =van | weight=0.077
=rekening =is | weight=0.077
=me =toegezegd | weight=0.077
=de =factuur | weight=0.076
=euro =terug | weight=0.076
=hij =is | weight=0.076
=niks =van | weight=0.076, noneg
=terugbellen =binnen | weight=0.076
=bericht =dat | weight=0.076
=binnen =zijn | weight=0.076
=blijken | weight=0.076
=geregeld =zou | weight=0.076
=ik =tot | weight=0.076
=abbo | weight=0.076
=verzendkosten | weight=0.076
=vanochtend | weight=0.075
=had =laat | weight=0.075
=er =verandert | weight=0.075
=zou =terugbellen | weight=0.075
=die =upgrade | weight=0.075
=niks =waard | weight=0.075, noneg
=was =dus | weight=0.075
=ten | weight=0.074
=bank =zou | weight=0.074
=verandert | weight=0.074
=nog =terug | weight=0.074
=houden =me | weight=0.074
=chatter | weight=0.074
=klaarliggen | weight=0.074
=me =klaarliggen | weight=0.074
=niemand =ervan | weight=0.074, noneg
=site =en | weight=0.074
=zit =nog | weight=0.074
=compensatie | weight=0.074
=de =prijs | weight=0.074
=mij =terugbellen | weight=0.074
=geen =bericht | weight=0.074, noneg
=vorige | weight=0.073
=nieuwe =bank | weight=0.073
=gehouden | weight=0.073
=de =wasmachine | weight=0.073
=niemand =er | weight=0.073, noneg
=collega =had | weight=0.073
