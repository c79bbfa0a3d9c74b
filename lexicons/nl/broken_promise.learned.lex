# broken_promise, nl: learned by scripts/learn.py from 3262 tuning texts (176 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ik heb voor de tweede keer een beschadigd toestel ontvangen. De eerste keer werd beloofd dat er extra zorg aan het verpakken zou worden besteed, en nu zat het weer los in de doos. Als het derde exemplaar ook kapot aankomt, annuleer ik alles en bestel ik bij een ander.
+ Zij hebben me niet teruggebeld.
+ Onze terugbetaling is nog altijd niet binnen.
- we willen ons geld terug
- Geen minuut gewacht, top!
=toegezegd | weight=0.468
=beloofd | weight=0.446
=beloftes | weight=0.358
=gratis | weight=0.333
=hebben =me | weight=0.329
=terugbetaling =is | weight=0.322
=korting | weight=0.298
=toezegging | weight=0.295
=zij =hebben | weight=0.293
=toezegging =van | weight=0.284
=terugbellen | weight=0.278
=upgrade | weight=0.278
=dat =was | weight=0.269
=mij =een | weight=0.256
=vandaag =bezorgd | weight=0.254
=zou | weight=0.253
=zouden | weight=0.246
=mooi | weight=0.244
=zou =een | weight=0.236
=terugbelt | weight=0.219
=langskomen | weight=0.216
=is =nog | weight=0.215
=het =lijntje | weight=0.213
=lijntje | weight=0.213
=niet =binnen | weight=0.211, noneg
=bezorgd | weight=0.209
=komt =nooit | weight=0.208, noneg
=het =afsluiten | weight=0.203
=ze =belde | weight=0.202
=beloven | weight=0.201
=nog =niks | weight=0.201, noneg
=nooit =gekomen | weight=0.201, noneg
=niemand =belde | weight=0.199, noneg
=zegde | weight=0.199
=terug =zeiden | weight=0.196
=afspraak =aan | weight=0.196
=we =bellen | weight=0.195
=belde =niet | weight=0.194, noneg
=afsluiten | weight=0.192
=afgesproken | weight=0.192
=vergoeding =maar | weight=0.190
=maar =er | weight=0.188
=was =twee | weight=0.186
=me =terugbellen | weight=0.184
=houden | weight=0.183
=nooit | weight=0.183, noneg
=weken =later | weight=0.182
=gelijk | weight=0.181
=morgen | weight=0.179
=afspraak | weight=0.179
=aan =hun | weight=0.177
=geen =bericht | weight=0.175, noneg
=uw =pakket | weight=0.173
=terug =zou | weight=0.171
=niemand =kwam | weight=0.169, noneg
=beloofd =dat | weight=0.169
=we =komen | weight=0.167
=later =nog | weight=0.167
=prijs | weight=0.165
=maandenlang | weight=0.164
=maandenlang =aan | weight=0.164
=medewerker =beloofd | weight=0.163
=de =besteld | weight=0.163
=ze =ging | weight=0.162
=heeft =mij | weight=0.161
=werd =me | weight=0.161
=maar =niemand | weight=0.160, noneg
=nu =zeggen | weight=0.159
=staat =niet | weight=0.159, noneg
=euro =die | weight=0.158
=verzekerde | weight=0.155
=ze =had | weight=0.154
=sindsdien | weight=0.153
=nooit =gebeurd | weight=0.153, noneg
=drie =maand | weight=0.151
=jullie =beloofd | weight=0.151
=zijn =woord | weight=0.147
=is =nu | weight=0.147
=loze | weight=0.146
=loze =beloftes | weight=0.146
=zijn =ze | weight=0.144
=geregeld | weight=0.143
=garandeerde | weight=0.143
=niemand =belt | weight=0.143, noneg
=komt | weight=0.142
=de =upgrade | weight=0.141
=niemand =is | weight=0.140, noneg
=zegt =morgen | weight=0.140
=jullie =houden | weight=0.140
=op =zaterdag | weight=0.138
=zou =binnen | weight=0.137
=komt =niet | weight=0.136, noneg
=gehoord | weight=0.136
=bellen =maar | weight=0.135
=doch | weight=0.134
=er =zou | weight=0.134
=me =al | weight=0.133
=dat =ze | weight=0.133
=creditnota | weight=0.133
=het =toegezegd | weight=0.133
=het =contract | weight=0.132
=was =vorige | weight=0.132
=steeds =niks | weight=0.131, noneg
=telefoon =is | weight=0.131
=de =door | weight=0.130
=zou =worden | weight=0.130
=toegezegd =korting | weight=0.130
=nu =niemand | weight=0.129, noneg
=ja =horen | weight=0.129
=geleden | weight=0.128
=er =komt | weight=0.128
=bril =vrijdag | weight=0.127
=het =weekend | weight=0.127
=betalen =in | weight=0.127
=mij =schriftelijk | weight=0.127
=is =nooit | weight=0.127, noneg
=ging =me | weight=0.126
=geen =korting | weight=0.126, noneg
=wtf | weight=0.125
=die =gratis | weight=0.125
=morgen =komen | weight=0.125
=die =de | weight=0.124
=zouden =worden | weight=0.123
=later | weight=0.123
=terugbetaling | weight=0.122
=binnen | weight=0.122
=donderdag | weight=0.122
=het =mij | weight=0.122
=nergens =te | weight=0.121, noneg
=kapper | weight=0.121
=hij =komt | weight=0.121
=verder =en | weight=0.120
=ze =binnen | weight=0.119
=tarief | weight=0.118
=ik =nooit | weight=0.118, noneg
=volle | weight=0.118
=nog =geen | weight=0.118, noneg
=gelijk =zou | weight=0.117
=erop =terug | weight=0.117
=komen =erop | weight=0.117
=toegezegd =maar | weight=0.117
=vrijdag | weight=0.116
=elke =dagen | weight=0.115
=bevestigd =dat | weight=0.115
=schriftelijk =bevestigd | weight=0.115
=volgende =keer | weight=0.114
=reageren | weight=0.114
=weekend | weight=0.114
=er =werd | weight=0.113
=niemand =gebeld | weight=0.113, noneg
=werkdagen | weight=0.113
=zijn =drie | weight=0.112
=zogenaamd | weight=0.112
=de =verhuizing | weight=0.112
=half =vijf | weight=0.111
=hetzelfde =blijven | weight=0.111
=zou =hetzelfde | weight=0.111
=opgelost =is | weight=0.111
=al =weken | weight=0.110
=ik =nemen | weight=0.110
=ik =constateren | weight=0.109
=morgen =in | weight=0.108
=nooit =iemand | weight=0.108, noneg
=beloofd =ze | weight=0.108
=het =morgen | weight=0.108
=medewerker =me | weight=0.108
=jullie =collega | weight=0.108
=bril | weight=0.107
=blijven =maar | weight=0.107
=in =huis | weight=0.106
=zou =krijg | weight=0.106
=ze =sturen | weight=0.106
=stond =dat | weight=0.106
=die =toezegging | weight=0.105
=niet =afgebeld | weight=0.105, noneg
=werd =ook | weight=0.105
=in =weken | weight=0.105
=de =toezegging | weight=0.105
=gratis =upgrade | weight=0.104
=constateren | weight=0.104
=constateren =dat | weight=0.104
=ik =niks | weight=0.104, noneg
=een =gratis | weight=0.104
=me =een | weight=0.103
=bevestigd | weight=0.102
=hun | weight=0.102
=nieuwe =pas | weight=0.101
=volle =prijs | weight=0.101
=factuur =is | weight=0.101
=komen =ik | weight=0.101
=storing =niet | weight=0.101, noneg
=ze =beloven | weight=0.100
=klant =is | weight=0.100
=op =papier | weight=0.100
=papier | weight=0.100
=collega =zei | weight=0.100
=terugbellen =binnen | weight=0.100
=liet =weet | weight=0.099
=spijt =moet | weight=0.099
=niks =waard | weight=0.099, noneg
=was =dus | weight=0.099
=zeggen =altijd | weight=0.099
=weken =zonder | weight=0.098, noneg
=nooit =iets | weight=0.098, noneg
=gekregen =dat | weight=0.098
=horen =gekregen | weight=0.098
=keer =te | weight=0.098
=collega | weight=0.098
=bank =zou | weight=0.097
=keer =morgen | weight=0.097
=morgen =en | weight=0.097
=verrekend | weight=0.097
=tien =werkdagen | weight=0.097
=voor =alles | weight=0.097
=euro =terug | weight=0.096
=verzekerde =me | weight=0.096
=u =heeft | weight=0.096
=nieuwe =bank | weight=0.096
=verhuizing | weight=0.096
=weet =ik | weight=0.095
=nu =drie | weight=0.095
=wij =hebben | weight=0.095
=zeiden | weight=0.095
=jullie =site | weight=0.094
=kwam =en | weight=0.094
=geld =binnen | weight=0.094
=het =bedrag | weight=0.094
=incasso | weight=0.094
=schriftelijk | weight=0.094
=ondanks | weight=0.093
=niet =zou | weight=0.093, noneg
=hij =is | weight=0.093
=vijf =uur | weight=0.093
=me =niet | weight=0.092, noneg
=er =verandert | weight=0.092
=zei =nog | weight=0.092
=vijf =en | weight=0.092
=tot =mijn | weight=0.091
=zit =nog | weight=0.091
=de =factuur | weight=0.091
=moet =betalen | weight=0.090
=ze =zeiden | weight=0.090
=verandert | weight=0.090
=vertelt =dat | weight=0.090
=houden =me | weight=0.089
=geregeld =zou | weight=0.089
=zondag | weight=0.089
=heden =niet | weight=0.089, noneg
=de =wasmachine | weight=0.089
=uur =teruggebeld | weight=0.089
=weken =geleden | weight=0.088
=nee =horen | weight=0.088
=die =heb | weight=0.088
=niemand =er | weight=0.088, noneg
=me =toegezegd | weight=0.088
=tegoed | weight=0.087
=ze =zeggen | weight=0.087
=zou =me | weight=0.087
=zouden =me | weight=0.087
=teveel | weight=0.087
=teveel =betaald | weight=0.087
=mevrouw =meldt | weight=0.087
=wachten =tot | weight=0.087
=vrij | weight=0.087
=staat =het | weight=0.086
=weken =maar | weight=0.086
=allemaal | weight=0.086
=dagen =voor | weight=0.085
=jullie =voor | weight=0.085
=geen =euro | weight=0.085, noneg
=vrij =genomen | weight=0.085
=nooit =ontvangen | weight=0.085, noneg
=in =maart | weight=0.085
=vorige | weight=0.085
=weken =bij | weight=0.084
=medewerker =verzekerde | weight=0.084
=upgrade =mijn | weight=0.084
=bevestiging | weight=0.084
=dinsdag | weight=0.084
=verkoper =gaf | weight=0.084
=is =maar | weight=0.084
=niks | weight=0.084, noneg
=niet =meer | weight=0.084, noneg
=terwijl =ze | weight=0.084
=enige | weight=0.084
=de =toegezegd | weight=0.084
=is =afgeschreven | weight=0.083
=rekening =is | weight=0.083
=goed | weight=0.083
=euro | weight=0.083
=vertelt | weight=0.083
=maandag | weight=0.083
=gesteld | weight=0.082
=niet =terug | weight=0.082, noneg
=niet =mogen | weight=0.082, noneg
=de =planner | weight=0.082
=niks =ontvangen | weight=0.082, noneg
=die =upgrade | weight=0.082
=ons =zei | weight=0.082
=toch =betalen | weight=0.081
=zou =komen | weight=0.081
=beloofd =voor | weight=0.081
=delen | weight=0.081
=houden =je | weight=0.081
=dat =iemand | weight=0.081
=onderdelen | weight=0.081
=chatter | weight=0.081
=steeds =geen | weight=0.080, noneg
=herhaaldelijk | weight=0.080
=gehouden | weight=0.080
=ging =hij | weight=0.080
=hij =omhoog | weight=0.080
=maand =ging | weight=0.080
=maand =vast | weight=0.080
=te =storten | weight=0.080
=het =is | weight=0.079
=beloofd =had | weight=0.079
=achteraf | weight=0.079
=planner | weight=0.079
=ze =zouden | weight=0.079
=staat =er | weight=0.079
=van =uw | weight=0.078
=bij =dit | weight=0.078
=dit =bedrijf | weight=0.078
=bro | weight=0.078
=dagen =later | weight=0.078
=waar =zijn | weight=0.078
=winkel =haar | weight=0.078
=de =weken | weight=0.077
=nog =terug | weight=0.077
=aangerekend | weight=0.077
=nooit =meer | weight=0.077, noneg
=dagen =een | weight=0.077
=dinsdag =tussen | weight=0.076
=klaarlag | weight=0.076
=nu =een | weight=0.076
=voorschot =van | weight=0.075
=nog =op | weight=0.075
=verzonden | weight=0.075
=vanochtend | weight=0.075
=toegezegd =dat | weight=0.075
=uw =collega | weight=0.074
=had =gezegd | weight=0.074
=verhoogd | weight=0.074
=opgegeven | weight=0.074
=bij =die | weight=0.074
=had =laat | weight=0.074
=zou =in | weight=0.073
=binnen =de | weight=0.073
=zonder =internet | weight=0.073, noneg
=winkel =was | weight=0.073
=dus =helemaal | weight=0.073
=die =korting | weight=0.073
=onderhoud | weight=0.073
=een =monteur | weight=0.073
=bericht =dat | weight=0.073
=kreeg =alleen | weight=0.073
=papier =stond | weight=0.072
=hij =zegt | weight=0.072
=ondanks =de | weight=0.072
=was =toegezegd | weight=0.072
=binnen =tien | weight=0.071
=telkens =weer | weight=0.071
=korting =is | weight=0.071
=compensatie | weight=0.071
=de =verzendkosten | weight=0.070
=hapert | weight=0.070
=traplift | weight=0.070
=site =en | weight=0.070
=u =hoort | weight=0.070
=beloofd =terug | weight=0.070
=altijd =geen | weight=0.069, noneg
=voorschot | weight=0.069
=geplaatst =zou | weight=0.069
=keuken =die | weight=0.069
=maart =geplaatst | weight=0.069
=worden =staat | weight=0.069
=terugstorten | weight=0.068
=ik =tot | weight=0.068
=voor =reparatie | weight=0.068
=gegarandeerd | weight=0.068
=gegarandeerd =dat | weight=0.068
=cv-ketel | weight=0.067
=de =cv-ketel | weight=0.067
=afspraak =is | weight=0.067
=alsnog | weight=0.067
=had =het | weight=0.067
=de =technieker | weight=0.067
=tweede =keer | weight=0.067
=geregeld =is | weight=0.067
=weken =geregeld | weight=0.067
=besteld =bril | weight=0.067
=geplaatst | weight=0.066
=is =nergens | weight=0.066, noneg
=genomen =en | weight=0.066
=abbo | weight=0.066
=had =beloofd | weight=0.065
=niet =op | weight=0.065, noneg
=factuur =staat | weight=0.065
=niet =gebeurd | weight=0.065, noneg
