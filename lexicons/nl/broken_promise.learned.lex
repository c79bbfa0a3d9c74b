# broken_promise, nl: learned by scripts/learn.py from 3889 tuning texts (211 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ik heb voor de tweede keer een beschadigd toestel ontvangen. De eerste keer werd beloofd dat er extra zorg aan het verpakken zou worden besteed, en nu zat het weer los in de doos. Als het derde exemplaar ook kapot aankomt, annuleer ik alles en bestel ik bij een ander.
+ Zij hebben me niet teruggebeld.
+ Holle beloftes, meer is het niet.
- we willen ons geld terug
- Geen minuut gewacht, top!
=beloftes | weight=0.494
=beloofd | weight=0.490
=toegezegd | weight=0.487
=toezegging | weight=0.423
=gratis | weight=0.329
=korting | weight=0.314
=terugbetaling =is | weight=0.308
=hebben =me | weight=0.299
=zij =hebben | weight=0.293
=terugbellen | weight=0.277
=upgrade | weight=0.275
=mij =een | weight=0.264
=vandaag =bezorgd | weight=0.264
=zou | weight=0.261
=nooit =gekomen | weight=0.260, noneg
=zouden | weight=0.259
=zou =een | weight=0.255
=dat =was | weight=0.249
=mooie | weight=0.249
=langskomen | weight=0.244
=zegde | weight=0.240
=toezegging =van | weight=0.227
=nog =niks | weight=0.226, noneg
=bezorgd | weight=0.212
=ze =ging | weight=0.211
=het =lijntje | weight=0.206
=lijntje | weight=0.206
=ze =belde | weight=0.198
=terugbelt | weight=0.197
=komt | weight=0.197
=zou =binnen | weight=0.197
=belde =niet | weight=0.195, noneg
=hun | weight=0.194
=we =bellen | weight=0.191
=nooit | weight=0.191, noneg
=vergoeding =maar | weight=0.190
=is =nog | weight=0.189
=afspraak =aan | weight=0.189
=de =rente | weight=0.188
=terug =zeiden | weight=0.186
=rente | weight=0.185
=beloven | weight=0.185
=niemand =belde | weight=0.184, noneg
=het =afsluiten | weight=0.183
=belofte | weight=0.183
=het =morgen | weight=0.182
=niet =binnen | weight=0.180, noneg
=weken =later | weight=0.180
=uw =pakket | weight=0.180
=was =twee | weight=0.179
=geregeld | weight=0.178
=tegemoetkoming | weight=0.177
=komt =nooit | weight=0.177, noneg
=morgen | weight=0.176
=houden | weight=0.176
=gebroken | weight=0.173
=beloftes =meer | weight=0.173
=steeds =niks | weight=0.173, noneg
=afsluiten | weight=0.172
=de =toezegging | weight=0.172
=maar =er | weight=0.171
=hebben =hun | weight=0.170
=afgesproken | weight=0.170
=maandenlang | weight=0.169
=maandenlang =aan | weight=0.169
=prijs | weight=0.169
=horen =ik | weight=0.169
=de =besteld | weight=0.168
=verzekerde | weight=0.165
=het =weekend | weight=0.164
=gelijk | weight=0.164
=vorige =weken | weight=0.162
=we =komen | weight=0.162
=afspraak | weight=0.162
=woord | weight=0.160
=aan =hun | weight=0.159
=staat =niet | weight=0.159, noneg
=er =zou | weight=0.159
=terug =zou | weight=0.158
=garandeerde | weight=0.158
=me =terugbellen | weight=0.157
=medewerker =beloofd | weight=0.156
=holle | weight=0.155
=weekend | weight=0.154
=ze =had | weight=0.153
=later =nog | weight=0.151
=beloofd =dat | weight=0.150
=mijn =terugbetaling | weight=0.149
=euro =die | weight=0.147
=binnen | weight=0.147
=ten =spijt | weight=0.145
=is =nu | weight=0.145
=bril =vrijdag | weight=0.142
=niemand =kwam | weight=0.142, noneg
=betalen =in | weight=0.140
=was =vorige | weight=0.140
=sindsdien | weight=0.140
=me =al | weight=0.139
=heeft =mij | weight=0.139
=zijn =ze | weight=0.139
=jullie =collega | weight=0.138
=nu =zeggen | weight=0.138
=gehoord | weight=0.137
=drie =maand | weight=0.134
=mij =schriftelijk | weight=0.134
=dinsdag =het | weight=0.133
=telkens | weight=0.133
=niet =heeft | weight=0.133, noneg
=de =upgrade | weight=0.133
=maar =niemand | weight=0.132, noneg
=achteraf | weight=0.131
=tarief | weight=0.131
=het =toegezegd | weight=0.131
=zegt =morgen | weight=0.130
=werd =me | weight=0.130
=niemand =belt | weight=0.130, noneg
=er =werd | weight=0.130
=ging =mij | weight=0.129
=gelijk =zou | weight=0.128
=de =bank | weight=0.128
=telefoon =is | weight=0.128
=geregeld =is | weight=0.127
=nergens =te | weight=0.127, noneg
=zou =worden | weight=0.127
=komt =niet | weight=0.127, noneg
=ging | weight=0.126
=er =komt | weight=0.126
=ja =horen | weight=0.126
=mooie =praatjes | weight=0.126
=praatjes | weight=0.126
=praatjes =bij | weight=0.126
=jullie =beloofd | weight=0.124
=toegezegd =maar | weight=0.124
=volgende =weken | weight=0.123
=werkdagen =terug | weight=0.123
=geen =korting | weight=0.123, noneg
=creditnota | weight=0.123
=werkdagen | weight=0.123
=nooit =gebeurd | weight=0.123, noneg
=mijn =spijt | weight=0.122
=nooit =iemand | weight=0.122, noneg
=hetzelfde =blijven | weight=0.122
=zou =hetzelfde | weight=0.122
=zouden =worden | weight=0.122
=volle | weight=0.122
=ze =sturen | weight=0.120
=zijn =woord | weight=0.120
=nooit =iets | weight=0.120, noneg
=loze | weight=0.120
=loze =beloftes | weight=0.120
=niemand =is | weight=0.120, noneg
=spijt | weight=0.119
=jullie =houden | weight=0.119
=vrijdag | weight=0.119
=kwam =ophalen | weight=0.118
=morgen =geregeld | weight=0.118
=kapper | weight=0.118
=morgen =komen | weight=0.118
=bevestigd =dat | weight=0.117
=schriftelijk =bevestigd | weight=0.117
=doch | weight=0.117
=nu =niemand | weight=0.117, noneg
=later | weight=0.117
=blijven =maar | weight=0.117
=morgen =in | weight=0.117
=toegezegd =korting | weight=0.116
=nog =geen | weight=0.114, noneg
=bellen =maar | weight=0.114
=in =huis | weight=0.114
=op =zaterdag | weight=0.114
=alle =beloftes | weight=0.114
=vanochtend =komen | weight=0.114
=zou =vanochtend | weight=0.114
=die =gratis | weight=0.113
=was =nooit | weight=0.113, noneg
=terugbellen =maar | weight=0.113
=bril | weight=0.113
=in =weken | weight=0.113
=voor =alles | weight=0.112
=het =mij | weight=0.111
=is =nooit | weight=0.110, noneg
=geleden | weight=0.110
=erop =terug | weight=0.110
=komen =erop | weight=0.110
=binnen =was | weight=0.109
=ik =niks | weight=0.109, noneg
=klant =wachten | weight=0.109
=volgende =keer | weight=0.108
=hij =komt | weight=0.108
=verzekerde =me | weight=0.108
=de =door | weight=0.108
=niemand =gebeld | weight=0.108, noneg
=factuur =is | weight=0.106
=medewerker =me | weight=0.106
=gekregen =dat | weight=0.105
=horen =gekregen | weight=0.105
=keer =te | weight=0.105
=bank =zou | weight=0.105
=heden =niet | weight=0.104, noneg
=nieuwe =bank | weight=0.104
=de =wasmachine | weight=0.104
=het =binnen | weight=0.103
=collega =zei | weight=0.103
=zogenaamd | weight=0.103
=rekening =is | weight=0.103
=op =papier | weight=0.103
=papier | weight=0.103
=een =gratis | weight=0.103
=zeggen =altijd | weight=0.102
=al =weken | weight=0.102
=bevestiging | weight=0.102
=ze =beloven | weight=0.102
=de =verzendkosten | weight=0.101
=storing =niet | weight=0.101, noneg
=niet =gekomen | weight=0.101, noneg
=delen | weight=0.101
=dat =iemand | weight=0.101
=weet =ik | weight=0.099
=houden =me | weight=0.099
=beloofd =ze | weight=0.099
=gratis =upgrade | weight=0.099
=ze =zeggen | weight=0.099
=elke =dagen | weight=0.099
=de =toegezegd | weight=0.099
=teveel | weight=0.099
=teveel =betaald | weight=0.099
=matras | weight=0.098
=die =de | weight=0.098
=zeiden | weight=0.098
=ze =binnen | weight=0.098
=achteraf =toch | weight=0.097
=de =gratis | weight=0.097
=ik =nooit | weight=0.097, noneg
=vijf =uur | weight=0.097
=bevestigd | weight=0.096
=kwam =en | weight=0.096
=wij =hebben | weight=0.096
=komen =ik | weight=0.096
=volle =prijs | weight=0.095
=ik =nemen | weight=0.095
=keer =morgen | weight=0.095
=morgen =en | weight=0.095
=schriftelijk | weight=0.095
=de =verhuizing | weight=0.095
=jullie =site | weight=0.094
=verder =en | weight=0.094
=nu =drie | weight=0.094
=de =nieuwe | weight=0.094
=geen =bericht | weight=0.094, noneg
=dinsdag =ik | weight=0.094
=dagen =geleden | weight=0.094
=alsnog | weight=0.093
=ons =zei | weight=0.093
=me =niet | weight=0.093, noneg
=reageren | weight=0.093
=nooit =ontvangen | weight=0.092, noneg
=beloofd =het | weight=0.092
=zei =nog | weight=0.092
=dat =ze | weight=0.092
=ten | weight=0.092
=ging =me | weight=0.091
=beloofd =terug | weight=0.091
=ik =constateren | weight=0.090
=niks =waard | weight=0.090, noneg
=was =dus | weight=0.090
=die =toezegging | weight=0.090
=wtf | weight=0.090
=zeggen =ze | weight=0.090
=zou =me | weight=0.089
=nooit =meer | weight=0.089, noneg
=levering =op | weight=0.089
=meer | weight=0.089
=terugbetaling | weight=0.088
=vrij =genomen | weight=0.088
=misleidende | weight=0.088
=constateren | weight=0.087
=constateren =dat | weight=0.087
=niet =afgebeld | weight=0.086, noneg
=werd =ook | weight=0.086
=verrekend | weight=0.086
=keer =zeggen | weight=0.086
=monteur =zou | weight=0.086
=niemand =heeft | weight=0.086, noneg
=die =heb | weight=0.086
=geld =zou | weight=0.086
=vertelt =dat | weight=0.085
=euro | weight=0.085
=stond =dat | weight=0.085
=hij =is | weight=0.085
=opgelost =is | weight=0.085
=niet =mogen | weight=0.084, noneg
=beloofd =voor | weight=0.084
=me =een | weight=0.084
=die =upgrade | weight=0.084
=uw =collega | weight=0.084
=geregeld =zou | weight=0.083
=mevrouw =meldt | weight=0.083
=tien =werkdagen | weight=0.083
=chatter | weight=0.083
=weken =geleden | weight=0.083
=zou =in | weight=0.083
=de =planner | weight=0.083
=zit =nog | weight=0.083
=euro =terug | weight=0.083
=liet =weet | weight=0.082
=zou =krijg | weight=0.082
=zouden =me | weight=0.082
=goed | weight=0.082
=contact =met | weight=0.082
=had =gezegd | weight=0.082
=niemand =weet | weight=0.082, noneg
=gesteld | weight=0.082
=nog =terug | weight=0.082
=nee =horen | weight=0.081
=mn | weight=0.081
=ik =zou | weight=0.081
=planner | weight=0.081
=ze =zeiden | weight=0.081
=wachten =tot | weight=0.081
=u =heeft | weight=0.081
=collega =had | weight=0.081
=jullie =zeiden | weight=0.081
=voorschot =van | weight=0.081
=weken =zonder | weight=0.081, noneg
=schade =te | weight=0.081
=zijn =drie | weight=0.080
=hoezo | weight=0.079
=dinsdag | weight=0.079
=is =afgeschreven | weight=0.079
=klaarlag | weight=0.079
=vertelt | weight=0.079
=winkel =haar | weight=0.079
=het =werd | weight=0.079
=zou =komen | weight=0.079
=terugbellen =binnen | weight=0.079
=na =zes | weight=0.078
=u =op | weight=0.078
=ze =zouden | weight=0.078
=geen =euro | weight=0.078, noneg
=had =laat | weight=0.077
=de =prijs | weight=0.077
=vanochtend | weight=0.077
=in =maart | weight=0.076
=opnemen | weight=0.076
=ik =tot | weight=0.076
=kantoor | weight=0.076
=was =toegezegd | weight=0.076
=opgegeven | weight=0.075
=collega | weight=0.075
=nieuwe =pas | weight=0.075
=bij =dit | weight=0.075
=niemand =geweest | weight=0.075, noneg
=factuur =staat | weight=0.075
=zaterdag | weight=0.075
=niet =terug | weight=0.075, noneg
=vijf =en | weight=0.074
=is =nergens | weight=0.074, noneg
=medewerker =verzekerde | weight=0.074
=upgrade =mijn | weight=0.074
=wil =niemand | weight=0.074, noneg
=dit =bedrijf | weight=0.074
=werd =gezegd | weight=0.074
=euro =te | weight=0.074
=afspraak =is | weight=0.074
=staat =er | weight=0.074
=herhaaldelijk | weight=0.074
=klant =is | weight=0.074
=compensatie | weight=0.073
=dagen =later | weight=0.073
=jullie =voor | weight=0.073
=bericht =dat | weight=0.073
=van =uw | weight=0.073
=voorschot | weight=0.073
=bij =die | weight=0.073
=niet =zou | weight=0.073, noneg
=bank =voor | weight=0.073
=weken =bij | weight=0.073
=me =toegezegd | weight=0.072
=aangerekend | weight=0.072
=verhoogd | weight=0.072
=belt | weight=0.072
=toegezegd =dat | weight=0.072
=terwijl =ze | weight=0.071
=als =het | weight=0.071
=niet =meer | weight=0.071, noneg
=tot =nu | weight=0.071
=hij =zegt | weight=0.071
=beloofd =had | weight=0.071
=zeker =voor | weight=0.071
=weken =maar | weight=0.071
=stond =de | weight=0.071
=spijt =moet | weight=0.071
=u =hoort | weight=0.071
=dagen =een | weight=0.071
=site =en | weight=0.070
=tegoed | weight=0.070
=bro | weight=0.070
=niks | weight=0.070, noneg
=waar =zijn | weight=0.070
=terugstorten | weight=0.070
