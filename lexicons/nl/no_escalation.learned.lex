# no_escalation, nl: learned by scripts/learn.py from 4090 tuning texts (184 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Een manager spreken? Dat kon niet, zei hij.
+ Een manager spreken? Dat kan niet, zei ze kortaf.
+ de manager wou nie komen, had er geen zin in
- we willen ons geld terug
- Dank voor de snelle hulp!
=manager | weight=0.439
=leidinggevende | weight=0.426
=teamleider | weight=0.399
=niemand =met | weight=0.397, noneg
=baas | weight=0.364
=geen =klant | weight=0.357, noneg
=de =directie | weight=0.343
=niet =mogelijk | weight=0.304, noneg
=kreeg =nooit | weight=0.300, noneg
=niemand =hoger | weight=0.300, noneg
=chef | weight=0.285
=niet =bereiken | weight=0.284, noneg
=niemand =boven | weight=0.279, noneg
=supervisor | weight=0.277
=eerst =lijn | weight=0.273
=nooit =iemand | weight=0.265, noneg
=geen =leidinggevende | weight=0.264, noneg
=hoger | weight=0.244
=kon =ik | weight=0.238
=weigerde | weight=0.234
=vergadering | weight=0.230
=instantie | weight=0.229
=meisje | weight=0.228
=je =kunt | weight=0.228
=er =geen | weight=0.225, noneg
=niet =mocht | weight=0.225, noneg
=een =leidinggevende | weight=0.224
=spreken | weight=0.224
=doorverbinden | weight=0.220
=niemand =om | weight=0.218, noneg
=erbij | weight=0.215
=nee | weight=0.213
=hogerop | weight=0.212
=niemand | weight=0.212, noneg
=naar =zijn | weight=0.210
=bereiken | weight=0.209
=was =niet | weight=0.209, noneg
=het =met | weight=0.207
=beslissen | weight=0.205
=zei =ze | weight=0.204
=klacht =niet | weight=0.203, noneg
=om =de | weight=0.202
=escaleren | weight=0.200
=doorverbinden =met | weight=0.193
=maar =die | weight=0.193
=die =had | weight=0.193
=de =filiaalmanager | weight=0.187
=filiaalmanager | weight=0.187
=komen =je | weight=0.184
=dat =die | weight=0.182
=in =vergadering | weight=0.182
=er =niemand | weight=0.181, noneg
=komen =nooit | weight=0.180, noneg
=niet =beschikbaar | weight=0.180, noneg
=niveau | weight=0.176
=te =druk | weight=0.176
=geen =manager | weight=0.175, noneg
=nooit =de | weight=0.175, noneg
=organisatie | weight=0.174
=het =meisje | weight=0.174
=voorleggen | weight=0.174
=vroeg =naar | weight=0.173
=niet =gestoord | weight=0.171, noneg
=wilde =ze | weight=0.169
=ze =houden | weight=0.168
=wil =iemand | weight=0.168
=nergens | weight=0.167, noneg
=dagen =in | weight=0.167
=is =niemand | weight=0.166, noneg
=zei =hij | weight=0.166
=iemand =met | weight=0.166
=mijn =tijd | weight=0.165
=zonde | weight=0.165
=zonde =van | weight=0.165
=was =in | weight=0.162
=bedrijfsleider | weight=0.162
=de =bedrijfsleider | weight=0.162
=gevraagd =naar | weight=0.162
=geen =afdeling | weight=0.162, noneg
=aanwezig | weight=0.161
=een =teamleider | weight=0.154
=ik =mocht | weight=0.153
=hij =zei | weight=0.153
=ik =bezwaar | weight=0.153
=geen =klachtenafdeling | weight=0.153, noneg
=je =hier | weight=0.152
=lijn | weight=0.152
=hetzelfde =vertellen | weight=0.151
=u =precies | weight=0.151
=bezwaar | weight=0.151
=precies =hetzelfde | weight=0.151
=verantwoordelijkheid | weight=0.151
=hij =weigerde | weight=0.150
=weigerde =het | weight=0.150
=deze | weight=0.150
=waar =ik | weight=0.150
=kunt =het | weight=0.150
=krijgt =daar | weight=0.149
=het =te | weight=0.149
=was =volgens | weight=0.148
=die =geen | weight=0.147, noneg
=kan =niet | weight=0.146, noneg
=wilde =de | weight=0.145
=ze =wilde | weight=0.145
=was =er | weight=0.145
=had =het | weight=0.144
=geen =zin | weight=0.143, noneg
=een =supervisor | weight=0.142
=kon | weight=0.142
=niet =aan | weight=0.141, noneg
=mocht =mijn | weight=0.141
=hoger =dan | weight=0.141
=hield | weight=0.139
=hoogste | weight=0.139
=die =is | weight=0.137
=verzoek =om | weight=0.135
=ze =zei | weight=0.135
=wilde =mijn | weight=0.134
=daarmee | weight=0.134
=ik =komen | weight=0.134
=het =op | weight=0.134
=in =overleg | weight=0.133
=ze =kon | weight=0.132
=wilde | weight=0.132
=hij =zijn | weight=0.131
=vroeg =om | weight=0.131
=hem =werd | weight=0.131
=management =geen | weight=0.131, noneg
=werd =verteld | weight=0.131
=deze =medewerker | weight=0.131
=overleg | weight=0.131
=voor =te | weight=0.130
=boven | weight=0.130
=de =verantwoordelijkheid | weight=0.129
=leidinggevende =zijn | weight=0.129
=boos =omdat | weight=0.129
=erbij =te | weight=0.129
=die =was | weight=0.129
=escaleren =naar | weight=0.128
=medewerker =kan | weight=0.128
=op =geen | weight=0.125, noneg
=klant =boos | weight=0.125
=afdelingschef | weight=0.124
=afdelingschef =hetgeen | weight=0.124
=de =afdelingschef | weight=0.124
=hetgeen | weight=0.124
=hetgeen =mij | weight=0.124
=mijn =klacht | weight=0.124
=niet =is | weight=0.124, noneg
=iemand =boven | weight=0.123
=het =management | weight=0.123
=management | weight=0.123
=indienen =over | weight=0.123
=bevoegdheid | weight=0.122
=meer =bevoegdheid | weight=0.122
=met =meer | weight=0.122
=houden | weight=0.121
=er =is | weight=0.119
=tegen =die | weight=0.118
=ik =kreeg | weight=0.116
=teamleider =geen | weight=0.116, noneg
=klacht =indienen | weight=0.116
=spreken =die | weight=0.116
=gevraagd | weight=0.115
=zich =niet | weight=0.115, noneg
=volgens =hem | weight=0.115
=geen =telefoontjes | weight=0.115, noneg
=zei =het | weight=0.114
=om =iemand | weight=0.114
=hier =niet | weight=0.114, noneg
=kan =helpen | weight=0.114
=dan =horen | weight=0.114
=vroeg =waar | weight=0.113
=haar =leidinggevende | weight=0.113
=is =er | weight=0.112
=kunt =nergens | weight=0.111, noneg
=maandag | weight=0.111
=ze =weigerde | weight=0.110
=met =me | weight=0.110
=voor =wie | weight=0.110
=door =te | weight=0.110
=gaat =niet | weight=0.109, noneg
=goedkeuren | weight=0.109
=de =klacht | weight=0.109
=daar =nooit | weight=0.109, noneg
=niet =zien | weight=0.108, noneg
=kwam =niet | weight=0.108, noneg
=geen | weight=0.108, noneg
=terugbelverzoek | weight=0.107
=niet =geven | weight=0.107, noneg
=zogenaamd | weight=0.106
=hand | weight=0.106
=ik =nergens | weight=0.106, noneg
=zijn =baas | weight=0.106
=nergens =in | weight=0.106, noneg
=die =neemt | weight=0.105
=dat =gaat | weight=0.104
=leidinggevende =vroeg | weight=0.104
=verzocht =om | weight=0.104
=de =teamleider | weight=0.102
=wilde =niet | weight=0.102, noneg
=de =afdeling | weight=0.101
=voor =klant | weight=0.101
=erbij =halen | weight=0.100
=halen =mocht | weight=0.100
=manager =erbij | weight=0.100
=dat =kon | weight=0.100
=horen =ik | weight=0.098
=meerdere | weight=0.098
=nemen | weight=0.098
=manager =vroeg | weight=0.098
=is =nergens | weight=0.098, noneg
=kan =bellen | weight=0.098
=niemand =andere | weight=0.097, noneg
=zegt =ie | weight=0.096
=grote | weight=0.096
=mag | weight=0.096
=voldoet | weight=0.095
=wie =dat | weight=0.095
=manager =wilde | weight=0.095
=ik =te | weight=0.095
=dan =wel | weight=0.095
=helpen =ook | weight=0.095
=hogerop =leggen | weight=0.094
=klacht =hogerop | weight=0.094
=de =hoogste | weight=0.094
=boos | weight=0.094
=terechtkan | weight=0.093
=niks =andere | weight=0.093, noneg
=leggen | weight=0.093
=zo =werd | weight=0.092
=manager =krijg | weight=0.092
=klantenservice =niet | weight=0.092, noneg
=in =gesprek | weight=0.092
=hij =had | weight=0.091
=ze =er | weight=0.091
=niet =zei | weight=0.091, noneg
=overste | weight=0.091
=niet =doet | weight=0.091, noneg
=ze =niet | weight=0.090, noneg
=hierover | weight=0.089
=ondanks =herhaaldelijk | weight=0.089
=krijgt | weight=0.089
=ie | weight=0.089
=vroeg =wie | weight=0.089
=verbinding =met | weight=0.088
=volgens =haar | weight=0.088
=hield =me | weight=0.087
=had =geen | weight=0.087, noneg
=mevrouw =meldt | weight=0.087
=ik =verzocht | weight=0.086
=te =verbinding | weight=0.086
=me =verteld | weight=0.085
=netjes =aan | weight=0.085
=vroeg =zei | weight=0.085
=ze =hield | weight=0.085
=kon =komen | weight=0.084
=dat =doen | weight=0.084
=van =die | weight=0.084
=het =personeel | weight=0.084
=succes | weight=0.083
=mocht =niet | weight=0.083, noneg
=ik =kon | weight=0.083
=vast =en | weight=0.083
=met =mij | weight=0.083
=klacht | weight=0.082
=heb =gevraagd | weight=0.082
=en =verder | weight=0.082
=worden =met | weight=0.082
=met =de | weight=0.082
=medewerker =is | weight=0.082
=die =hebben | weight=0.082
=je | weight=0.082
=x =gevraagd | weight=0.081
=praten | weight=0.081
=jou | weight=0.081
=later =niet | weight=0.080, noneg
=ook =later | weight=0.080
=zeiden =ze | weight=0.080
=niet =voor | weight=0.080, noneg
=zijn =telefonisch | weight=0.080
=kon =spreken | weight=0.080
=je =krijgt | weight=0.080
=nergens =een | weight=0.079, noneg
=hoofd | weight=0.079
=genegeerd | weight=0.079
=verantwoordelijkheid =voor | weight=0.079
=een =manager | weight=0.078
=kwam =ik | weight=0.078
=had =er | weight=0.078
=leggen =aan | weight=0.077
=z'n =baas | weight=0.077
=zogezegd | weight=0.077
=uw =servicedesk | weight=0.077
=filiaalmanager =maar | weight=0.076
=moest =het | weight=0.076
=maar =ze | weight=0.075
=neemt =geen | weight=0.075, noneg
=overste =spreken | weight=0.075
=uw =overste | weight=0.075
=was =niemand | weight=0.075, noneg
=telefonisch =niet | weight=0.075, noneg
=ik =vroeg | weight=0.075
=gaat =u | weight=0.074
=over =gaat | weight=0.074
=wel =over | weight=0.074
=en =twintig | weight=0.073
=hebben =wij | weight=0.073
=de =mogelijk | weight=0.073
=hun =chef | weight=0.073
=gevraagd =om | weight=0.073
=en =steeds | weight=0.073
=geen =tijd | weight=0.072, noneg
=beslist | weight=0.072
=kan =praten | weight=0.072
=keer =gevraagd | weight=0.072
=klacht =te | weight=0.072
=te =escaleren | weight=0.072
=zij =zegt | weight=0.071
=is =door | weight=0.070
=dat =escalatie | weight=0.070
=escalatie | weight=0.070
=servicedesk | weight=0.069
=hele =weken | weight=0.068
=mocht =het | weight=0.068
=volgens =uw | weight=0.068
=alleen =via | weight=0.068
=vergeten =het | weight=0.066
=er =was | weight=0.066
=bedrijf =niet | weight=0.066, noneg
=bevoegdheid =de | weight=0.066
=gewoon =genegeerd | weight=0.065
=daar =is | weight=0.065
=wilde =iemand | weight=0.065
=en =zou | weight=0.065
=wachten =en | weight=0.065
=zal | weight=0.064
=bij =dit | weight=0.064
=bleek | weight=0.064
=geen =enkele | weight=0.064, noneg
=manager =maar | weight=0.064
=goed =te | weight=0.064
=keuren | weight=0.064
=te =keuren | weight=0.064
=kan =spreken | weight=0.064
=mij =de | weight=0.063
=gesprek =met | weight=0.063
=ik =iemand | weight=0.063
=zij =de | weight=0.063
=geveegd | weight=0.063
=tafel =geveegd | weight=0.063
=van =tafel | weight=0.063
=dat =dat | weight=0.062
=dit =bedrijf | weight=0.062
=er =nooit | weight=0.062, noneg
=vroeg | weight=0.062
=vroeg =een | weight=0.062
=baas =spreken | weight=0.062
=een =baas | weight=0.062
=horen =kan | weight=0.062
=niemand =die | weight=0.062, noneg
=die =kon | weight=0.062
=iemand =hoger | weight=0.062
=vijftig | weight=0.062
=vijftig =minuten | weight=0.062
=daar =komen | weight=0.061
=druk | weight=0.061
=meisje =zegt | weight=0.061
=alleen =ik | weight=0.061
=zegt =niet | weight=0.060, noneg
=roepen | weight=0.060
=te =roepen | weight=0.060
=er =niet | weight=0.060, noneg
=u =verder | weight=0.060
=het =lunch | weight=0.060
=medewerker =dus | weight=0.060
=klaar =was | weight=0.059
=chat =gewoon | weight=0.059
=filiaal | weight=0.059
=was =die | weight=0.059
=dat =er | weight=0.059
=mevrouw =zei | weight=0.059
=toen =werd | weight=0.059
=om =met | weight=0.058
=niet =gehonoreerd | weight=0.058, noneg
=was =aan | weight=0.058
=ondanks | weight=0.058
=nie | weight=0.057, noneg
=dicht | weight=0.057
=steeds =bij | weight=0.057
=praten =met | weight=0.057
=niet =naar | weight=0.057, noneg
=u =gewoon | weight=0.057
=bevoegdheid =te | weight=0.056
=dat =haar | weight=0.056
=excuses =niks | weight=0.056, noneg
=helaas | weight=0.056
=wou | weight=0.056
=collega =heeft | weight=0.056
=hem =erbij | weight=0.056
