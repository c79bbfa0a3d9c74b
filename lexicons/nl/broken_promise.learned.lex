# broken_promise, nl: learned by scripts/learn.py from 3398 tuning texts (178 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Hoezo 'vandaag bezorgd'? Het is half elf 's avonds en er is nog steeds niks.
+ Ik heb voor de tweede keer een beschadigd toestel ontvangen. De eerste keer werd beloofd dat er extra zorg aan het verpakken zou worden besteed, en nu zat het weer los in de doos. Als het derde exemplaar ook kapot aankomt, annuleer ik alles en bestel ik bij een ander.
+ Zij hebben me niet teruggebeld.
- we willen ons geld terug
- Geen minuut gewacht, top!
=toegezegd | weight=0.471
=beloofd | weight=0.437
=beloftes | weight=0.360
=gratis | weight=0.323
=hebben =me | weight=0.320
=zij =hebben | weight=0.296
=terugbetaling =is | weight=0.294
=toezegging | weight=0.294
=korting | weight=0.294
=toezegging =van | weight=0.281
=upgrade | weight=0.274
=dat =was | weight=0.271
=terugbellen | weight=0.263
=zouden | weight=0.261
=vandaag =bezorgd | weight=0.258
=zou | weight=0.256
=mij =een | weight=0.236
=zou =een | weight=0.234
=mooi | weight=0.232
=terugbelt | weight=0.217
=komt =nooit | weight=0.211, noneg
=langskomen | weight=0.211
=het =afsluiten | weight=0.208
=nog =niks | weight=0.208, noneg
=het =lijntje | weight=0.205
=lijntje | weight=0.205
=is =nog | weight=0.204
=bezorgd | weight=0.203
=nooit =gekomen | weight=0.202, noneg
=zegde | weight=0.201
=ze =belde | weight=0.198
=afspraak =aan | weight=0.198
=afgesproken | weight=0.196
=nooit | weight=0.195, noneg
=afsluiten | weight=0.195
=belde =niet | weight=0.194, noneg
=beloven | weight=0.192
=maar =er | weight=0.190
=terug =zeiden | weight=0.189
=gelijk | weight=0.187
=niet =binnen | weight=0.187, noneg
=was =twee | weight=0.187
=weken =later | weight=0.185
=geen =bericht | weight=0.185, noneg
=we =bellen | weight=0.184
=vergoeding =maar | weight=0.184
=afspraak | weight=0.183
=houden | weight=0.182
=niemand =belde | weight=0.181, noneg
=beloofd =dat | weight=0.178
=me =terugbellen | weight=0.176
=uw =pakket | weight=0.173
=aan =hun | weight=0.173
=terug =zou | weight=0.172
=medewerker =beloofd | weight=0.171
=morgen | weight=0.169
=later =nog | weight=0.169
=maandenlang | weight=0.169
=maandenlang =aan | weight=0.169
=we =komen | weight=0.167
=mijn =terugbetaling | weight=0.165
=heeft =mij | weight=0.165
=ze =ging | weight=0.165
=prijs | weight=0.164
=niemand =kwam | weight=0.164, noneg
=werd =me | weight=0.164
=drie =maand | weight=0.163
=euro =die | weight=0.162
=is =nu | weight=0.161
=staat =niet | weight=0.158, noneg
=ze =had | weight=0.156
=verzekerde | weight=0.155
=sindsdien | weight=0.154
=nooit =gebeurd | weight=0.153, noneg
=garandeerde | weight=0.153
=de =besteld | weight=0.150
=nu =zeggen | weight=0.149
=zijn =woord | weight=0.148
=komt | weight=0.146
=zijn =ze | weight=0.146
=loze | weight=0.145
=loze =beloftes | weight=0.145
=zegt =morgen | weight=0.144
=jullie =beloofd | weight=0.142
=er =zou | weight=0.142
=niemand =is | weight=0.142, noneg
=zou =binnen | weight=0.142
=op =zaterdag | weight=0.139
=komt =niet | weight=0.139, noneg
=geregeld | weight=0.139
=de =upgrade | weight=0.135
=geleden | weight=0.135
=doch | weight=0.134
=dat =ze | weight=0.134
=niemand =belt | weight=0.134, noneg
=gehoord | weight=0.132
=mij =schriftelijk | weight=0.132
=de =door | weight=0.131
=het =contract | weight=0.131
=is =nooit | weight=0.130, noneg
=me =al | weight=0.130
=het =weekend | weight=0.129
=zou =worden | weight=0.129
=bril =vrijdag | weight=0.128
=toegezegd =korting | weight=0.128
=telefoon =is | weight=0.128
=het =toegezegd | weight=0.128
=creditnota | weight=0.127
=betalen =in | weight=0.127
=maar =niemand | weight=0.127, noneg
=tarief | weight=0.127
=morgen =komen | weight=0.126
=ze =binnen | weight=0.126
=hij =komt | weight=0.125
=steeds =niks | weight=0.124, noneg
=was =vorige | weight=0.123
=later | weight=0.123
=die =gratis | weight=0.123
=zouden =worden | weight=0.123
=ja =horen | weight=0.123
=wtf | weight=0.122
=geen =korting | weight=0.122, noneg
=jullie =houden | weight=0.122
=bellen =maar | weight=0.121
=er =komt | weight=0.121
=nog =geen | weight=0.121, noneg
=het =mij | weight=0.121
=ging =me | weight=0.121
=elke =dagen | weight=0.120
=binnen | weight=0.120
=donderdag | weight=0.120
=toegezegd =maar | weight=0.119
=gelijk =zou | weight=0.119
=weekend | weight=0.118
=volle | weight=0.117
=erop =terug | weight=0.117
=komen =erop | weight=0.117
=kapper | weight=0.117
=nu =niemand | weight=0.117, noneg
=terugbetaling | weight=0.116
=hetzelfde =blijven | weight=0.116
=zou =hetzelfde | weight=0.116
=in =weken | weight=0.115
=nergens =te | weight=0.115, noneg
=zijn =drie | weight=0.113
=bevestigd =dat | weight=0.113
=schriftelijk =bevestigd | weight=0.113
=schriftelijk | weight=0.113
=half =vijf | weight=0.113
=blijven =maar | weight=0.113
=al =weken | weight=0.112
=er =werd | weight=0.112
=vrijdag | weight=0.112
=verder =en | weight=0.112
=ze =zeiden | weight=0.112
=bril | weight=0.110
=medewerker =me | weight=0.110
=ik =constateren | weight=0.110
=nieuwe =pas | weight=0.110
=die =de | weight=0.109
=volgende =keer | weight=0.109
=jullie =collega | weight=0.109
=zeiden | weight=0.109
=zogenaamd | weight=0.108
=ik =niks | weight=0.108, noneg
=beloofd =ze | weight=0.107
=een =gratis | weight=0.107
=werkdagen | weight=0.107
=ze =sturen | weight=0.107
=bank =zou | weight=0.107
=voor =alles | weight=0.106
=niemand =gebeld | weight=0.106, noneg
=opgelost =is | weight=0.105
=de =toezegging | weight=0.105
=de =verhuizing | weight=0.105
=gratis =upgrade | weight=0.105
=nooit =iets | weight=0.105, noneg
=die =toezegging | weight=0.105
=constateren | weight=0.104
=constateren =dat | weight=0.104
=liet =weet | weight=0.104
=nieuwe =bank | weight=0.104
=het =morgen | weight=0.103
=bevestigd | weight=0.103
=op =papier | weight=0.103
=papier | weight=0.103
=niet =afgebeld | weight=0.103, noneg
=werd =ook | weight=0.103
=reageren | weight=0.103
=klant =is | weight=0.102
=collega | weight=0.102
=nooit =iemand | weight=0.102, noneg
=keer =morgen | weight=0.102
=morgen =en | weight=0.102
=heden =niet | weight=0.101, noneg
=ik =nemen | weight=0.101
=morgen =in | weight=0.101
=zou =krijg | weight=0.101
=vijf =en | weight=0.100
=gekregen =dat | weight=0.100
=horen =gekregen | weight=0.100
=keer =te | weight=0.100
=wij =hebben | weight=0.100
=maandag | weight=0.100
=de =factuur | weight=0.100
=storing =niet | weight=0.100, noneg
=zeggen =altijd | weight=0.099
=in =huis | weight=0.099
=spijt =moet | weight=0.099
=factuur =is | weight=0.098
=komen =ik | weight=0.098
=zondag | weight=0.098
=ze =beloven | weight=0.098
=volle =prijs | weight=0.098
=verzekerde =me | weight=0.097
=stond =dat | weight=0.097
=de =toegezegd | weight=0.097
=hun | weight=0.095
=zit =nog | weight=0.095
=ondanks | weight=0.094
=niks =waard | weight=0.094, noneg
=was =dus | weight=0.094
=me =niet | weight=0.094, noneg
=jullie =site | weight=0.094
=hij =is | weight=0.094
=vertelt =dat | weight=0.094
=allemaal | weight=0.093
=tien =werkdagen | weight=0.093
=vijf =uur | weight=0.092
=verhuizing | weight=0.092
=zou =komen | weight=0.092
=enige | weight=0.092
=zei =nog | weight=0.091
=niet =meer | weight=0.091, noneg
=weken =zonder | weight=0.091, noneg
=kwam =en | weight=0.091
=weet =ik | weight=0.091
=weken =maar | weight=0.091
=er =verandert | weight=0.090
=ze =zeggen | weight=0.090
=vrij =genomen | weight=0.090
=me =een | weight=0.090
=collega =zei | weight=0.090
=mevrouw =meldt | weight=0.090
=delen | weight=0.090
=gesteld | weight=0.090
=verandert | weight=0.089
=moet =betalen | weight=0.089
=niet =mogen | weight=0.088, noneg
=is =afgeschreven | weight=0.088
=geen =euro | weight=0.088, noneg
=tot =mijn | weight=0.088
=nee =horen | weight=0.088
=u =heeft | weight=0.087
=terugbellen =binnen | weight=0.087
=geld =binnen | weight=0.087
=goed | weight=0.087
=zouden =me | weight=0.087
=staat =er | weight=0.086
=jullie =voor | weight=0.086
=niet =zou | weight=0.086, noneg
=geregeld =zou | weight=0.086
=terwijl =ze | weight=0.086
=rekening =is | weight=0.086
=de =wasmachine | weight=0.085
=houden =me | weight=0.085
=zou =in | weight=0.085
=vertelt | weight=0.085
=bevestiging | weight=0.085
=weken =bij | weight=0.085
=houden =je | weight=0.085
=bij =dit | weight=0.084
=het =bedrag | weight=0.084
=beloofd =voor | weight=0.084
=de =weken | weight=0.084
=dagen =voor | weight=0.084
=verrekend | weight=0.083
=dit =bedrijf | weight=0.083
=dinsdag | weight=0.083
=ons =zei | weight=0.083
=niet =terug | weight=0.083, noneg
=euro =terug | weight=0.083
=toegezegd =dat | weight=0.083
=vorige | weight=0.083
=die =heb | weight=0.083
=niks | weight=0.082, noneg
=de =prijs | weight=0.082
=is =maar | weight=0.082
=nooit =meer | weight=0.082, noneg
=nog =terug | weight=0.082
=die =upgrade | weight=0.082
=de =planner | weight=0.081
=herhaaldelijk | weight=0.081
=zou =me | weight=0.081
=niet =op | weight=0.081, noneg
=ze =zouden | weight=0.080
=chatter | weight=0.080
=vanochtend | weight=0.080
=verkoper =gaf | weight=0.080
=ik =nooit | weight=0.080, noneg
=nooit =ontvangen | weight=0.079, noneg
=niemand =er | weight=0.079, noneg
=medewerker =verzekerde | weight=0.079
=upgrade =mijn | weight=0.079
=teveel | weight=0.079
=teveel =betaald | weight=0.079
=planner | weight=0.079
=beloofd =had | weight=0.078
=me =toegezegd | weight=0.078
=euro | weight=0.078
=in =maart | weight=0.078
=was =toegezegd | weight=0.078
=tegoed | weight=0.077
=winkel =haar | weight=0.077
=staat =het | weight=0.077
=bro | weight=0.077
=de =verzendkosten | weight=0.077
=niks =ontvangen | weight=0.077, noneg
=binnen =de | weight=0.076
=dagen =later | weight=0.076
=had =gezegd | weight=0.076
=cv-ketel | weight=0.076
=de =cv-ketel | weight=0.076
=beloofd =terug | weight=0.076
=klaarlag | weight=0.076
=dagen =een | weight=0.076
=jaarafrekening | weight=0.076
=te =storten | weight=0.076
=nu =drie | weight=0.075
=u =hoort | weight=0.075
=vrij | weight=0.075
=dinsdag =tussen | weight=0.075
=waar =zijn | weight=0.075
=weken =geleden | weight=0.075
=had =laat | weight=0.074
=werkdagen =terug | weight=0.074
=dat =iemand | weight=0.074
=wachten =tot | weight=0.074
=afspraak =is | weight=0.074
=dagen =geleden | weight=0.074
=uur =teruggebeld | weight=0.074
=onze | weight=0.073
=uw =collega | weight=0.073
=bij =die | weight=0.073
=nog =op | weight=0.073
=gehouden | weight=0.072
=ondanks =de | weight=0.072
=ik =tot | weight=0.072
=winkel =was | weight=0.072
=hij =zegt | weight=0.072
=onderdelen | weight=0.071
=ging =hij | weight=0.071
=hij =omhoog | weight=0.071
=maand =ging | weight=0.071
=maand =vast | weight=0.071
=van =uw | weight=0.071
=aangerekend | weight=0.071
=er =kwam | weight=0.071
=kantoor | weight=0.071
=alsnog | weight=0.071
=binnen =tien | weight=0.070
=dus =helemaal | weight=0.070
=toch =betalen | weight=0.069
=een =monteur | weight=0.069
=incasso | weight=0.069
=besteld =bril | weight=0.068
=verzonden | weight=0.068
=had =het | weight=0.068
=achteraf | weight=0.068
=ligt =al | weight=0.068
=niet =gebeurd | weight=0.068, noneg
=had =beloofd | weight=0.068
=verder | weight=0.068
=zonder =internet | weight=0.068, noneg
=tweede =keer | weight=0.068
=voor =reparatie | weight=0.068
=korting =is | weight=0.067
=papier =stond | weight=0.067
=steeds =geen | weight=0.067, noneg
=telkens | weight=0.067
=compensatie | weight=0.067
=voor =het | weight=0.067
=terugstorten | weight=0.067
=het =is | weight=0.066
=is =nergens | weight=0.066, noneg
=verzendkosten | weight=0.066
=ging | weight=0.066
=bericht =dat | weight=0.066
=kreeg =alleen | weight=0.066
=telkens =weer | weight=0.066
=man =van | weight=0.065
=abbo | weight=0.065
=en =er | weight=0.065
=ik =zou | weight=0.065
=genomen =en | weight=0.065
=eerst =drie | weight=0.065
=onderhoud | weight=0.064
=verhoogd | weight=0.064
=binnen =drie | weight=0.064
=terugbellen =maar | weight=0.064
