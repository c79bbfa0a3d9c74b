# no_escalation, nl: learned by scripts/learn.py from 3889 tuning texts (164 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Een manager spreken? Dat kan niet, zei ze kortaf.
+ 3x gevraagd naar een leidinggevende, 3x nee. lekker bedrijf
+ Ik kwam een defecte stofzuiger terugbrengen, gewoon binnen de garantie. De medewerker zei dat ik naar de fabrikant moest, 'daar gaan wij niet over'. Toen ik vroeg naar de bedrijfsleider, zei hij dat die er vandaag niet was en morgen ook niet. Ik ben hier klaar mee, ik koop voortaan bij de concurrent.
- we willen ons geld terug
- Geen minuut gewacht, top!
=manager | weight=0.446
=leidinggevende | weight=0.437
=teamleider | weight=0.429
=niemand =met | weight=0.411, noneg
=de =directie | weight=0.343
=baas | weight=0.330
=niet =mogelijk | weight=0.314, noneg
=kreeg =nooit | weight=0.293, noneg
=nooit =iemand | weight=0.290, noneg
=spreken | weight=0.284
=supervisor | weight=0.281
=je =kunt | weight=0.272
=een =leidinggevende | weight=0.271
=geen =leidinggevende | weight=0.269, noneg
=geen =klant | weight=0.263, noneg
=hoger | weight=0.260
=was =niet | weight=0.243, noneg
=doorverbinden | weight=0.242
=meisje | weight=0.241
=niet =bereiken | weight=0.236, noneg
=niemand =boven | weight=0.235, noneg
=chef | weight=0.232
=weigerde | weight=0.228
=erbij | weight=0.225
=niet =mocht | weight=0.220, noneg
=er =geen | weight=0.219, noneg
=naar =zijn | weight=0.219
=maar =die | weight=0.218
=doorverbinden =met | weight=0.217
=beslissen | weight=0.212
=niemand =om | weight=0.210, noneg
=is =niemand | weight=0.209, noneg
=vergadering | weight=0.205
=niemand | weight=0.200, noneg
=niet =beschikbaar | weight=0.198, noneg
=zei =ze | weight=0.197
=er =niemand | weight=0.195, noneg
=bereiken | weight=0.195
=de =teamleider | weight=0.195
=die =had | weight=0.195
=kon =ik | weight=0.193
=zei =hij | weight=0.191
=het =meisje | weight=0.185
=vroeg =naar | weight=0.182
=aanwezig | weight=0.181
=dagen =in | weight=0.181
=te =druk | weight=0.180
=geen =klachtenafdeling | weight=0.180, noneg
=niet =gestoord | weight=0.180, noneg
=hogerop | weight=0.174
=nooit =de | weight=0.171, noneg
=dat =die | weight=0.171
=je =hier | weight=0.170
=geen =manager | weight=0.170, noneg
=krijgt =daar | weight=0.168
=mijn =tijd | weight=0.163
=zonde | weight=0.163
=zonde =van | weight=0.163
=verantwoordelijkheid | weight=0.159
=precies =hetzelfde | weight=0.158
=bedrijfsleider | weight=0.157
=de =bedrijfsleider | weight=0.157
=nee | weight=0.157
=het =te | weight=0.155
=waar =ik | weight=0.154
=had =het | weight=0.153
=een =supervisor | weight=0.151
=deze | weight=0.151
=hij =weigerde | weight=0.150
=weigerde =het | weight=0.150
=komen =je | weight=0.150
=in =vergadering | weight=0.149
=boven | weight=0.149
=ik =bezwaar | weight=0.148
=kon | weight=0.148
=hem =werd | weight=0.148
=management =geen | weight=0.148, noneg
=werd =verteld | weight=0.148
=wilde =de | weight=0.148
=bezwaar | weight=0.147
=was =volgens | weight=0.146
=hetzelfde =vertellen | weight=0.146
=u =precies | weight=0.146
=kan =niet | weight=0.145, noneg
=leggen | weight=0.142
=het =management | weight=0.141
=management | weight=0.141
=escaleren | weight=0.141
=die =is | weight=0.140
=hoger =dan | weight=0.139
=escaleren =naar | weight=0.139
=vroeg =om | weight=0.138
=hoogste | weight=0.138
=wilde =ze | weight=0.138
=geen =zin | weight=0.137, noneg
=ik =kreeg | weight=0.137
=hij =zei | weight=0.137
=maandag | weight=0.136
=wilde =niet | weight=0.135, noneg
=geen =telefoontjes | weight=0.134, noneg
=kan =helpen | weight=0.134
=niet =is | weight=0.134, noneg
=tegen =die | weight=0.134
=iemand =boven | weight=0.133
=ze =houden | weight=0.133
=erbij =te | weight=0.132
=deze =medewerker | weight=0.132
=op =geen | weight=0.132, noneg
=bevoegdheid | weight=0.131
=meer =bevoegdheid | weight=0.131
=met =meer | weight=0.131
=kunt =nergens | weight=0.130, noneg
=om =de | weight=0.129
=ze =kon | weight=0.129
=voor =te | weight=0.128
=verzoek =om | weight=0.128
=nergens | weight=0.128, noneg
=was =er | weight=0.128
=nergens =in | weight=0.127, noneg
=daar =nooit | weight=0.127, noneg
=boos =omdat | weight=0.127
=de =filiaalmanager | weight=0.127
=filiaalmanager | weight=0.127
=die =was | weight=0.126
=nemen | weight=0.125
=afdelingschef | weight=0.125
=afdelingschef =hetgeen | weight=0.125
=de =afdelingschef | weight=0.125
=hetgeen | weight=0.125
=hetgeen =mij | weight=0.125
=is =er | weight=0.124
=hier =niet | weight=0.124, noneg
=daarmee | weight=0.124
=heb =gevraagd | weight=0.124
=medewerker =kan | weight=0.123
=klant =boos | weight=0.123
=gaat =niet | weight=0.122, noneg
=hij =zijn | weight=0.122
=in =overleg | weight=0.120
=ik =nergens | weight=0.120, noneg
=ze =zei | weight=0.120
=zei =het | weight=0.120
=overleg | weight=0.118
=de =verantwoordelijkheid | weight=0.118
=indienen =over | weight=0.117
=iemand =met | weight=0.116
=hogerop =leggen | weight=0.116
=klacht =hogerop | weight=0.116
=terugbelverzoek | weight=0.114
=volgens =hem | weight=0.114
=klacht =indienen | weight=0.113
=vroeg =waar | weight=0.113
=dat =gaat | weight=0.113
=voor =wie | weight=0.112
=hand | weight=0.112
=dat =er | weight=0.112
=om =iemand | weight=0.111
=dan =horen | weight=0.110
=spreken =die | weight=0.110
=de =afdeling | weight=0.110
=het =op | weight=0.110
=kwam =niet | weight=0.110, noneg
=haar =leidinggevende | weight=0.109
=ik =te | weight=0.108
=verzocht =om | weight=0.108
=voldoet | weight=0.108
=wie =dat | weight=0.108
=was =in | weight=0.108
=die =neemt | weight=0.108
=mocht =niet | weight=0.107, noneg
=geen =enkele | weight=0.107, noneg
=met =mij | weight=0.106
=in =gesprek | weight=0.106
=zeiden =ze | weight=0.105
=boos | weight=0.105
=manager =krijg | weight=0.105
=goedkeuren | weight=0.104
=manager =vroeg | weight=0.103
=ze =er | weight=0.103
=voor =klant | weight=0.103
=niet =geven | weight=0.102, noneg
=zogezegd | weight=0.102
=erbij =halen | weight=0.102
=halen =mocht | weight=0.102
=manager =erbij | weight=0.102
=gevraagd =naar | weight=0.102
=geen | weight=0.102, noneg
=krijgt | weight=0.101
=kon =komen | weight=0.101
=x =gevraagd | weight=0.101
=houden | weight=0.101
=niemand =andere | weight=0.100, noneg
=vroeg =wie | weight=0.099
=ik =vroeg | weight=0.099
=dan =wel | weight=0.098
=teamleider =geen | weight=0.098, noneg
=ondanks =herhaaldelijk | weight=0.097
=dat =doen | weight=0.097
=ze =weigerde | weight=0.097
=uw =servicedesk | weight=0.097
=helpen =ook | weight=0.097
=door =te | weight=0.096
=filiaalmanager =maar | weight=0.096
=later =niet | weight=0.096, noneg
=ook =later | weight=0.096
=horen =ik | weight=0.096
=ik =verzocht | weight=0.096
=kan =bellen | weight=0.095
=de =hoogste | weight=0.095
=er =was | weight=0.095
=overste | weight=0.094
=leidinggevende =vroeg | weight=0.094
=hierover | weight=0.093
=niet =naar | weight=0.093, noneg
=niet =voor | weight=0.092, noneg
=een =teamleider | weight=0.092
=een =klacht | weight=0.091
=servicedesk | weight=0.091
=zogenaamd | weight=0.091
=gevraagd | weight=0.091
=hij =had | weight=0.091
=er =niet | weight=0.091, noneg
=succes | weight=0.090
=gaat =u | weight=0.089
=daar =is | weight=0.089
=kan =praten | weight=0.088
=die =hebben | weight=0.088
=had =geen | weight=0.087, noneg
=om =met | weight=0.087
=z'n =baas | weight=0.087
=zegt =ie | weight=0.087
=de =jongen | weight=0.087
=het =met | weight=0.086
=maar =terug | weight=0.086
=jou | weight=0.086
=verantwoordelijkheid =voor | weight=0.085
=dat =kon | weight=0.084
=worden =met | weight=0.083
=bevoegdheid =de | weight=0.082
=daar =komen | weight=0.081
=de =mogelijk | weight=0.081
=je =krijgt | weight=0.081
=wie | weight=0.081
=hoofd | weight=0.081
=jongen =aan | weight=0.079
=ik =kon | weight=0.079
=grote | weight=0.079
=mevrouw =meldt | weight=0.079
=volgens =het | weight=0.079
=medewerker =is | weight=0.078
=hebben =wij | weight=0.078
=niet =zei | weight=0.078, noneg
=vroeg =zei | weight=0.078
=van =die | weight=0.077
=kon =spreken | weight=0.077
=volgens =uw | weight=0.077
=ze =wilde | weight=0.076
=mag | weight=0.076
=het =personeel | weight=0.075
=baas =spreken | weight=0.075
=een =baas | weight=0.075
=horen =kan | weight=0.075
=geveegd | weight=0.075
=tafel =geveegd | weight=0.075
=van =tafel | weight=0.075
=zal | weight=0.074
=dat =escalatie | weight=0.074
=escalatie | weight=0.074
=gesprek =met | weight=0.074
=ie | weight=0.073
=had =er | weight=0.073
=u =verder | weight=0.073
=en =zou | weight=0.072
=verbinding =met | weight=0.072
=de =lijn | weight=0.072
=er =nooit | weight=0.071, noneg
=niet =aan | weight=0.071, noneg
=want =die | weight=0.071
=wilde | weight=0.071
=ondanks | weight=0.070
=was =niemand | weight=0.070, noneg
=en =twintig | weight=0.070
=te =verbinding | weight=0.070
=zij =zegt | weight=0.070
=is =door | weight=0.070
=neemt =geen | weight=0.069, noneg
=overste =spreken | weight=0.069
=uw =overste | weight=0.069
=bleek | weight=0.069
=een =manager | weight=0.069
=druk | weight=0.069
=hele =dagen | weight=0.069
=was =die | weight=0.068
=u =gewoon | weight=0.068
=vroeg | weight=0.068
=over =gaat | weight=0.067
=wel =over | weight=0.067
=die =zou | weight=0.067
=die =kon | weight=0.066
=mij =de | weight=0.066
=ik =wilde | weight=0.066
=leggen =aan | weight=0.066
=de =klacht | weight=0.066
=ik =naar | weight=0.066
=vroeg =een | weight=0.066
=iemand =hoger | weight=0.066
=telefoonnummer | weight=0.066
=beslist | weight=0.066
=kan =spreken | weight=0.065
=zou =de | weight=0.065
=meer | weight=0.065
=zegt =niet | weight=0.065, noneg
=alleen =ik | weight=0.064
=goed =te | weight=0.064
=keuren | weight=0.064
=te =keuren | weight=0.064
=gesprek | weight=0.064
=hem =erbij | weight=0.064
=weigerde =hem | weight=0.064
=organisatie | weight=0.064
=praten =met | weight=0.063
=meisje =zegt | weight=0.063
=de =chef | weight=0.063
=vergeten =het | weight=0.062
=escalatie =niet | weight=0.062, noneg
=ze =niet | weight=0.062, noneg
=instantie | weight=0.062
=niemand =die | weight=0.062, noneg
=vijftig | weight=0.062
=vijftig =minuten | weight=0.062
=chat =gewoon | weight=0.061
=wachten =en | weight=0.061
=wilde =iemand | weight=0.061
=het =lunch | weight=0.061
=toen =werd | weight=0.061
=zeiden | weight=0.060
=alleen =via | weight=0.060
=hoe =kan | weight=0.060
=indienen | weight=0.060
=werd =afgescheept | weight=0.060
=kunt | weight=0.060
=wie =dan | weight=0.059
=ge =krijgt | weight=0.059
=dicht | weight=0.059
=was =aan | weight=0.059
=filiaal | weight=0.059
=roepen | weight=0.059
=te =roepen | weight=0.059
=dat =haar | weight=0.059
=nie | weight=0.058, noneg
=wij =niet | weight=0.058, noneg
=zij =de | weight=0.058
=kan =dat | weight=0.058
=waar =is | weight=0.057
=doen =ze | weight=0.057
=neemt | weight=0.057
=een =gesprek | weight=0.057
=dat =dat | weight=0.057
=leidinggevende =zijn | weight=0.056
=met =leidinggevende | weight=0.056
=is =bij | weight=0.056
=klaar =was | weight=0.056
=zoiets | weight=0.056
=werd =mij | weight=0.056
=ook =geen | weight=0.056, noneg
=z'n | weight=0.056
=mevrouw =zei | weight=0.056
=beroep =kan | weight=0.056
=in =beroep | weight=0.056
=kan =gaan | weight=0.056
=te =horen | weight=0.055
=tijd | weight=0.055
=dat =hem | weight=0.055
=gewoon =gesloten | weight=0.055
=zijn =niet | weight=0.055, noneg
=door =met | weight=0.055
=helaas =niet | weight=0.054, noneg
=liep =weg | weight=0.054
=begon =te | weight=0.054
=ik =iemand | weight=0.054
=geen =tijd | weight=0.054, noneg
=niet =gehonoreerd | weight=0.054, noneg
=baas =van | weight=0.053
=succes =ermee | weight=0.053
=vroeg =lachte | weight=0.053
=aandringen | weight=0.053
=excuses =niks | weight=0.053, noneg
=niet =telefonisch | weight=0.053, noneg
=minuten =gewacht | weight=0.053
=ik =dat | weight=0.053
=niemand =me | weight=0.053, noneg
=leidinggevende =maar | weight=0.053
=voldoet =niet | weight=0.052, noneg
=collega =heeft | weight=0.052
=kon =beslissen | weight=0.052
=spreken =maar | weight=0.052
=klant =en | weight=0.052
=ze =dan | weight=0.052
=heus | weight=0.051
=gaat | weight=0.051
