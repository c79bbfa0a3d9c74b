# broken_promise, nl: learned by scripts/learn.py from 3684 tuning texts (189 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Hoezo 'vandaag bezorgd'? Het is half elf 's avonds en er is nog steeds niks.
+ Ik heb voor de tweede keer een beschadigd toestel ontvangen. De eerste keer werd beloofd dat er extra zorg aan het verpakken zou worden besteed, en nu zat het weer los in de doos. Als het derde exemplaar ook kapot aankomt, annuleer ik alles en bestel ik bij een ander.
+ Zij hebben me niet teruggebeld.
- we willen ons geld terug
- Geen minuut gewacht, top!
=toegezegd | weight=0.473
=beloofd | weight=0.463
=beloftes | weight=0.356
=gratis | weight=0.331
=hebben =me | weight=0.317
=korting | weight=0.310
=terugbetaling =is | weight=0.305
=toezegging | weight=0.302
=zij =hebben | weight=0.295
=upgrade | weight=0.289
=toezegging =van | weight=0.282
=dat =was | weight=0.263
=vandaag =bezorgd | weight=0.253
=terugbellen | weight=0.250
=mij =een | weight=0.247
=zouden | weight=0.246
=zou | weight=0.240
=mooi | weight=0.233
=nog =niks | weight=0.232, noneg
=zou =een | weight=0.229
=is =nog | weight=0.219
=het =lijntje | weight=0.216
=lijntje | weight=0.216
=het =afsluiten | weight=0.212
=komt =nooit | weight=0.206, noneg
=terugbelt | weight=0.205
=nooit =gekomen | weight=0.204, noneg
=afsluiten | weight=0.200
=langskomen | weight=0.200
=beloofd =dat | weight=0.200
=bezorgd | weight=0.199
=ze =belde | weight=0.199
=beloven | weight=0.197
=belde =niet | weight=0.195, noneg
=afspraak =aan | weight=0.194
=maar =er | weight=0.193
=we =bellen | weight=0.192
=afgesproken | weight=0.192
=afspraak | weight=0.192
=zegde | weight=0.190
=vergoeding =maar | weight=0.188
=niet =binnen | weight=0.186, noneg
=terug =zeiden | weight=0.186
=houden | weight=0.184
=weken =later | weight=0.184
=was =twee | weight=0.183
=me =terugbellen | weight=0.183
=nooit | weight=0.179, noneg
=uw =pakket | weight=0.179
=morgen | weight=0.179
=aan =hun | weight=0.177
=niemand =belde | weight=0.177, noneg
=prijs | weight=0.173
=terug =zou | weight=0.172
=maandenlang | weight=0.170
=maandenlang =aan | weight=0.170
=is =nu | weight=0.169
=de =besteld | weight=0.164
=ze =ging | weight=0.164
=niemand =kwam | weight=0.163, noneg
=medewerker =beloofd | weight=0.161
=gelijk | weight=0.160
=drie =maand | weight=0.159
=garandeerde | weight=0.158
=we =komen | weight=0.154
=zou =binnen | weight=0.154
=later =nog | weight=0.153
=niemand =gebeld | weight=0.152, noneg
=staat =niet | weight=0.151, noneg
=zijn =woord | weight=0.151
=sindsdien | weight=0.150
=nooit =gebeurd | weight=0.148, noneg
=loze | weight=0.147
=loze =beloftes | weight=0.147
=zijn =ze | weight=0.146
=mijn =terugbetaling | weight=0.146
=jullie =beloofd | weight=0.145
=verzekerde | weight=0.144
=gehoord | weight=0.144
=heeft =mij | weight=0.144
=euro =die | weight=0.144
=zou =worden | weight=0.143
=niet =heeft | weight=0.143, noneg
=creditnota | weight=0.143
=ze =had | weight=0.141
=bril =vrijdag | weight=0.141
=de =upgrade | weight=0.140
=komt | weight=0.139
=werkdagen | weight=0.139
=werd =me | weight=0.138
=geregeld | weight=0.137
=dat =ze | weight=0.137
=mij =schriftelijk | weight=0.136
=zegt =morgen | weight=0.136
=was =vorige | weight=0.135
=doch | weight=0.134
=tarief | weight=0.134
=betalen =in | weight=0.132
=komt =niet | weight=0.132, noneg
=vorige =weken | weight=0.132
=gelijk =zou | weight=0.131
=nooit =iemand | weight=0.131, noneg
=telefoon =is | weight=0.130
=het =mij | weight=0.129
=jullie =houden | weight=0.129
=jullie =collega | weight=0.128
=later | weight=0.128
=niemand =belt | weight=0.128, noneg
=ging =me | weight=0.127
=het =toegezegd | weight=0.127
=er =zou | weight=0.127
=steeds =niks | weight=0.127, noneg
=de =verhuizing | weight=0.127
=maar =niemand | weight=0.126, noneg
=het =contract | weight=0.126
=ja =horen | weight=0.126
=niemand =is | weight=0.125, noneg
=binnen | weight=0.124
=me =al | weight=0.124
=kwam =ophalen | weight=0.124
=nu =zeggen | weight=0.123
=vrijdag | weight=0.123
=toegezegd =korting | weight=0.123
=nergens =te | weight=0.122, noneg
=morgen =komen | weight=0.122
=op =zaterdag | weight=0.121
=die =gratis | weight=0.121
=er =komt | weight=0.120
=bevestigd =dat | weight=0.119
=schriftelijk =bevestigd | weight=0.119
=geen =korting | weight=0.118, noneg
=nog =geen | weight=0.118, noneg
=hetzelfde =blijven | weight=0.118
=zou =hetzelfde | weight=0.118
=is =nooit | weight=0.118, noneg
=het =weekend | weight=0.118
=nu =niemand | weight=0.117, noneg
=geen =bericht | weight=0.117, noneg
=toegezegd =maar | weight=0.117
=vanochtend =komen | weight=0.116
=zou =vanochtend | weight=0.116
=de =door | weight=0.116
=volle | weight=0.116
=ze =sturen | weight=0.116
=hij =komt | weight=0.116
=kapper | weight=0.115
=klant =wachten | weight=0.115
=blijven =maar | weight=0.114
=verder =en | weight=0.114
=in =weken | weight=0.114
=bellen =maar | weight=0.112
=erop =terug | weight=0.112
=komen =erop | weight=0.112
=de =toezegging | weight=0.112
=ik =constateren | weight=0.111
=er =werd | weight=0.111
=zogenaamd | weight=0.111
=bril | weight=0.111
=weekend | weight=0.110
=volgende =keer | weight=0.109
=zeiden | weight=0.108
=hun | weight=0.107
=al =weken | weight=0.107
=op =papier | weight=0.107
=papier | weight=0.107
=zou =krijg | weight=0.106
=ik =nooit | weight=0.106, noneg
=die =toezegging | weight=0.105
=medewerker =me | weight=0.105
=ze =binnen | weight=0.105
=heden =niet | weight=0.105, noneg
=bank =zou | weight=0.105
=wtf | weight=0.105
=constateren | weight=0.105
=constateren =dat | weight=0.105
=gratis =upgrade | weight=0.104
=geleden | weight=0.104
=nieuwe =bank | weight=0.104
=zijn =drie | weight=0.103
=opgelost =is | weight=0.103
=nieuwe =pas | weight=0.103
=storing =niet | weight=0.103, noneg
=morgen =in | weight=0.103
=een =gratis | weight=0.103
=de =nieuwe | weight=0.103
=voor =alles | weight=0.102
=ik =niks | weight=0.102, noneg
=in =huis | weight=0.102
=niet =afgebeld | weight=0.102, noneg
=werd =ook | weight=0.102
=die =de | weight=0.102
=beloofd =ze | weight=0.101
=collega =zei | weight=0.101
=het =morgen | weight=0.101
=factuur =is | weight=0.101
=teveel | weight=0.101
=teveel =betaald | weight=0.101
=reageren | weight=0.100
=dinsdag =ik | weight=0.099
=uur =teruggebeld | weight=0.099
=keer =morgen | weight=0.099
=morgen =en | weight=0.099
=ik =nemen | weight=0.098
=ze =beloven | weight=0.098
=niks =waard | weight=0.098, noneg
=was =dus | weight=0.098
=bevestigd | weight=0.098
=zit =nog | weight=0.098
=jullie =site | weight=0.098
=geld =binnen | weight=0.097
=schriftelijk | weight=0.097
=komen =ik | weight=0.097
=bevestiging | weight=0.097
=elke =dagen | weight=0.096
=bank =voor | weight=0.096
=zeggen =altijd | weight=0.096
=gekregen =dat | weight=0.095
=horen =gekregen | weight=0.095
=keer =te | weight=0.095
=weet =ik | weight=0.095
=de =wasmachine | weight=0.095
=vijf =uur | weight=0.095
=spijt =moet | weight=0.095
=mevrouw =meldt | weight=0.094
=belt | weight=0.094
=klant =is | weight=0.094
=die =heb | weight=0.094
=moet =betalen | weight=0.094
=toegezegd =dat | weight=0.094
=verzekerde =me | weight=0.093
=nooit =ontvangen | weight=0.093, noneg
=collega | weight=0.093
=me =een | weight=0.093
=verhuizing | weight=0.092
=terugbellen =binnen | weight=0.092
=zou =me | weight=0.092
=zondag | weight=0.092
=weken =zonder | weight=0.092, noneg
=me =niet | weight=0.091, noneg
=delen | weight=0.091
=weken =geleden | weight=0.091
=dinsdag | weight=0.091
=allemaal | weight=0.091
=is =afgeschreven | weight=0.090
=nooit =meer | weight=0.090, noneg
=zouden =worden | weight=0.090
=stond =dat | weight=0.090
=volle =prijs | weight=0.090
=wij =hebben | weight=0.090
=het =bedrag | weight=0.090
=vertelt =dat | weight=0.089
=er =verandert | weight=0.089
=zei =nog | weight=0.089
=zou =in | weight=0.088
=ze =zeiden | weight=0.088
=de =factuur | weight=0.088
=alsnog | weight=0.088
=ons =zei | weight=0.088
=verandert | weight=0.088
=zouden =me | weight=0.087
=verrekend | weight=0.087
=maandag | weight=0.087
=kwam =en | weight=0.087
=schade =te | weight=0.087
=ondanks | weight=0.086
=niet =meer | weight=0.086, noneg
=jullie =zeiden | weight=0.086
=geregeld =zou | weight=0.086
=houden =me | weight=0.085
=zou =komen | weight=0.085
=verkoper =gaf | weight=0.085
=geen =euro | weight=0.085, noneg
=tot =mijn | weight=0.085
=nee =horen | weight=0.085
=goed | weight=0.085
=weken =maar | weight=0.085
=liet =weet | weight=0.085
=tien =werkdagen | weight=0.085
=mn | weight=0.085
=enige | weight=0.084
=nog =terug | weight=0.084
=me =toegezegd | weight=0.084
=niet =zou | weight=0.084, noneg
=de =prijs | weight=0.084
=niet =terug | weight=0.084, noneg
=u =heeft | weight=0.084
=de =planner | weight=0.084
=niet =mogen | weight=0.084, noneg
=vertelt | weight=0.083
=gesteld | weight=0.083
=niemand =er | weight=0.083, noneg
=rekening =is | weight=0.083
=terugbetaling | weight=0.083
=kantoor | weight=0.082
=medewerker =verzekerde | weight=0.082
=upgrade =mijn | weight=0.082
=vrij =genomen | weight=0.082
=hij =is | weight=0.082
=gehouden | weight=0.082
=euro | weight=0.082
=beloofd =voor | weight=0.082
=winkel =haar | weight=0.081
=bij =dit | weight=0.081
=nu =drie | weight=0.081
=ondanks =de | weight=0.081
=is =maar | weight=0.081
=planner | weight=0.081
=nooit =iets | weight=0.081, noneg
=dit =bedrijf | weight=0.080
=de =weken | weight=0.080
=vanochtend | weight=0.080
=klaarlag | weight=0.080
=wachten =tot | weight=0.080
=ze =zouden | weight=0.080
=in =maart | weight=0.079
=die =upgrade | weight=0.079
=herhaaldelijk | weight=0.079
=u =op | weight=0.079
=jullie =voor | weight=0.078
=chatter | weight=0.078
=voorschot =van | weight=0.078
=uw =collega | weight=0.077
=hij =zegt | weight=0.077
=euro =terug | weight=0.077
=terwijl =ze | weight=0.077
=van =uw | weight=0.076
=weken =bij | weight=0.076
=is =nergens | weight=0.076, noneg
=had =gezegd | weight=0.076
=ze =zeggen | weight=0.076
=beloofd =had | weight=0.075
=had =laat | weight=0.075
=de =toegezegd | weight=0.075
=toch =betalen | weight=0.075
=u =hoort | weight=0.075
=verder | weight=0.074
=papier =stond | weight=0.074
=ik =tot | weight=0.074
=zonder =internet | weight=0.074, noneg
=niet =op | weight=0.074, noneg
=ging | weight=0.074
=dus =helemaal | weight=0.074
=winkel =was | weight=0.074
=aangerekend | weight=0.074
=terugstorten | weight=0.073
=compensatie | weight=0.073
=waar =zijn | weight=0.073
=dagen =een | weight=0.073
=was =toegezegd | weight=0.072
=verhoogd | weight=0.072
=dinsdag =tussen | weight=0.072
=bro | weight=0.072
=ik =zou | weight=0.072
=binnen =drie | weight=0.072
=bij =die | weight=0.072
=voorschot | weight=0.072
=tegoed | weight=0.071
=opgegeven | weight=0.071
=zeggen =ze | weight=0.071
=met =u | weight=0.071
=dagen =geleden | weight=0.071
=houden =je | weight=0.070
=tot =nu | weight=0.070
=ging =hij | weight=0.070
=hij =omhoog | weight=0.070
=maand =ging | weight=0.070
=maand =vast | weight=0.070
=staat =er | weight=0.070
=korting =is | weight=0.070
=glasvezel | weight=0.070
=het =is | weight=0.070
=hoezo | weight=0.070
=staat =het | weight=0.069
=dagen =voor | weight=0.069
=te =storten | weight=0.069
=monteur =dinsdag | weight=0.068
=onze | weight=0.068
=jaarafrekening | weight=0.068
=snel =mogelijk | weight=0.068
=dagen =later | weight=0.068
=besteld =bril | weight=0.068
=vijf =en | weight=0.068
=vorige | weight=0.067
=niks | weight=0.067, noneg
=gegarandeerd | weight=0.067
=gegarandeerd =dat | weight=0.067
=reparatie | weight=0.067
=donderdag | weight=0.067
=factuur =staat | weight=0.067
=bericht =dat | weight=0.067
=achteraf | weight=0.066
=altijd =geen | weight=0.066, noneg
=een =monteur | weight=0.066
=binnen =tien | weight=0.066
=onderhoud | weight=0.066
=binnen =de | weight=0.065
=monteur =zou | weight=0.065
=verzekering | weight=0.065
=de =verzendkosten | weight=0.065
=niemand =geweest | weight=0.065, noneg
