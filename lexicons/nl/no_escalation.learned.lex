# no_escalation, nl: learned by scripts/learn.py from 3398 tuning texts (155 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Een manager spreken? Dat kan niet, zei ze kortaf.
+ 3x gevraagd naar een leidinggevende, 3x nee. lekker bedrijf
+ Ik kwam een defecte stofzuiger terugbrengen, gewoon binnen de garantie. De medewerker zei dat ik naar de fabrikant moest, 'daar gaan wij niet over'. Toen ik vroeg naar de bedrijfsleider, zei hij dat die er vandaag niet was en morgen ook niet. Ik ben hier klaar mee, ik koop voortaan bij de concurrent.
- we willen ons geld terug
- Geen minuut gewacht, top!
=manager | weight=0.450
=teamleider | weight=0.433
=niemand =met | weight=0.406, noneg
=leidinggevende | weight=0.405
=hoger | weight=0.344
=niet =mogelijk | weight=0.320, noneg
=de =directie | weight=0.309
=baas | weight=0.304
=kreeg =nooit | weight=0.299, noneg
=nooit =iemand | weight=0.295, noneg
=spreken | weight=0.293
=chef | weight=0.292
=supervisor | weight=0.280
=geen =leidinggevende | weight=0.272, noneg
=geen =klant | weight=0.266, noneg
=je =kunt | weight=0.265
=is =niemand | weight=0.256, noneg
=een =leidinggevende | weight=0.256
=was =niet | weight=0.252, noneg
=niemand =boven | weight=0.240, noneg
=niet =bereiken | weight=0.237, noneg
=meisje | weight=0.236
=doorverbinden | weight=0.235
=zei =ze | weight=0.228
=niemand =om | weight=0.226, noneg
=niet =mocht | weight=0.224, noneg
=niemand | weight=0.221, noneg
=naar =zijn | weight=0.218
=kon =ik | weight=0.216
=bereiken | weight=0.214
=weigerde | weight=0.212
=beslissen | weight=0.210
=er =geen | weight=0.208, noneg
=doorverbinden =met | weight=0.208
=vergadering | weight=0.207
=erbij | weight=0.204
=die =had | weight=0.201
=niet =beschikbaar | weight=0.196, noneg
=de =teamleider | weight=0.193
=maar =die | weight=0.192
=zei =hij | weight=0.190
=aanwezig | weight=0.188
=te =druk | weight=0.184
=het =meisje | weight=0.181
=dagen =in | weight=0.176
=geen =manager | weight=0.175, noneg
=niet =gestoord | weight=0.174, noneg
=geen =klachtenafdeling | weight=0.174, noneg
=er =niemand | weight=0.173, noneg
=nee | weight=0.173
=nooit =de | weight=0.171, noneg
=krijgt =daar | weight=0.170
=dat =die | weight=0.167
=mijn =tijd | weight=0.165
=zonde | weight=0.165
=zonde =van | weight=0.165
=deze | weight=0.165
=precies =hetzelfde | weight=0.162
=bedrijfsleider | weight=0.156
=de =bedrijfsleider | weight=0.156
=verantwoordelijkheid | weight=0.156
=kan =niet | weight=0.155, noneg
=je =hier | weight=0.155
=had =het | weight=0.155
=deze =medewerker | weight=0.154
=het =te | weight=0.153
=hij =zei | weight=0.153
=hetzelfde =vertellen | weight=0.152
=u =precies | weight=0.152
=hogerop | weight=0.152
=in =vergadering | weight=0.150
=tegen =die | weight=0.150
=hij =weigerde | weight=0.149
=weigerde =het | weight=0.149
=hem =werd | weight=0.146
=management =geen | weight=0.146, noneg
=werd =verteld | weight=0.146
=boven | weight=0.146
=niet =is | weight=0.145, noneg
=geen =zin | weight=0.145, noneg
=vroeg =naar | weight=0.144
=ik =kreeg | weight=0.143
=iemand =boven | weight=0.142
=maandag | weight=0.142
=waar =ik | weight=0.142
=wilde =ze | weight=0.141
=escaleren | weight=0.140
=escaleren =naar | weight=0.140
=boos =omdat | weight=0.140
=het =management | weight=0.140
=management | weight=0.140
=nergens | weight=0.139, noneg
=klacht =indienen | weight=0.138
=was =volgens | weight=0.138
=ze =kon | weight=0.137
=ik =bezwaar | weight=0.137
=leggen | weight=0.137
=een =supervisor | weight=0.137
=ze =houden | weight=0.137
=de =filiaalmanager | weight=0.136
=filiaalmanager | weight=0.136
=die =is | weight=0.135
=wilde =niet | weight=0.135, noneg
=bezwaar | weight=0.135
=heb =gevraagd | weight=0.134
=was =er | weight=0.134
=wilde =de | weight=0.133
=ik =nergens | weight=0.132, noneg
=daarmee | weight=0.131
=bevoegdheid | weight=0.131
=meer =bevoegdheid | weight=0.131
=met =meer | weight=0.131
=afdelingschef | weight=0.130
=afdelingschef =hetgeen | weight=0.130
=de =afdelingschef | weight=0.130
=hetgeen | weight=0.130
=hetgeen =mij | weight=0.130
=hoogste | weight=0.130
=boos | weight=0.130
=op =geen | weight=0.129, noneg
=kon | weight=0.129
=ik =vroeg | weight=0.129
=ze =zei | weight=0.128
=nemen | weight=0.128
=erbij =te | weight=0.127
=gaat =niet | weight=0.126, noneg
=kan =helpen | weight=0.126
=verzoek =om | weight=0.126
=komen =je | weight=0.125
=kunt =nergens | weight=0.125, noneg
=de =verantwoordelijkheid | weight=0.124
=hij =zijn | weight=0.124
=dat =er | weight=0.123
=is =er | weight=0.123
=haar =leidinggevende | weight=0.122
=hier =niet | weight=0.122, noneg
=hogerop =leggen | weight=0.120
=klacht =hogerop | weight=0.120
=dat =gaat | weight=0.119
=terugbelverzoek | weight=0.117
=dan =wel | weight=0.117
=om =iemand | weight=0.116
=een =klacht | weight=0.115
=in =overleg | weight=0.115
=zei =het | weight=0.115
=volgens =hem | weight=0.114
=overleg | weight=0.113
=iemand =met | weight=0.113
=die =neemt | weight=0.113
=verzocht =om | weight=0.113
=geen =telefoontjes | weight=0.113, noneg
=voor =wie | weight=0.112
=hele =dagen | weight=0.112
=hoger =dan | weight=0.112
=succes | weight=0.112
=in =gesprek | weight=0.110
=de =chef | weight=0.110
=voor =te | weight=0.109
=manager =krijg | weight=0.108
=die =was | weight=0.107
=mocht =niet | weight=0.107, noneg
=niet =geven | weight=0.107, noneg
=dan =horen | weight=0.106
=daar =nooit | weight=0.106, noneg
=kwam =niet | weight=0.106, noneg
=hand | weight=0.105
=door =te | weight=0.105
=het =op | weight=0.105
=geen | weight=0.104, noneg
=met =mij | weight=0.104
=filiaalmanager =maar | weight=0.103
=er =was | weight=0.103
=zeiden =ze | weight=0.103
=zogezegd | weight=0.103
=vroeg =waar | weight=0.103
=was =in | weight=0.102
=de =hoogste | weight=0.102
=goedkeuren | weight=0.102
=hierover | weight=0.101
=dan =de | weight=0.100
=leidinggevende =vroeg | weight=0.100
=ze =er | weight=0.100
=teamleider =geen | weight=0.100, noneg
=geen =enkele | weight=0.100, noneg
=niet =voor | weight=0.100, noneg
=x =gevraagd | weight=0.099
=indienen | weight=0.099
=directie | weight=0.098
=kon =spreken | weight=0.098
=kan =bellen | weight=0.098
=ik =te | weight=0.098
=voldoet | weight=0.098
=wie =dat | weight=0.098
=dat =kon | weight=0.097
=gevraagd =naar | weight=0.097
=ik =verzocht | weight=0.097
=houden | weight=0.097
=manager =vroeg | weight=0.095
=later =niet | weight=0.095, noneg
=ook =later | weight=0.095
=spreken =die | weight=0.095
=voor =klant | weight=0.095
=om =de | weight=0.094
=helpen =ook | weight=0.094
=hebben =wij | weight=0.094
=kon =komen | weight=0.093
=het =met | weight=0.093
=horen =ik | weight=0.093
=de =afdeling | weight=0.093
=ondanks =herhaaldelijk | weight=0.092
=een =teamleider | weight=0.092
=ze =weigerde | weight=0.091
=hij =had | weight=0.091
=uw =servicedesk | weight=0.091
=erbij =halen | weight=0.090
=halen =mocht | weight=0.090
=manager =erbij | weight=0.090
=zegt =ie | weight=0.090
=gevraagd | weight=0.090
=de =jongen | weight=0.089
=wilde | weight=0.089
=had =geen | weight=0.089, noneg
=vroeg =om | weight=0.088
=overste | weight=0.088
=krijgt | weight=0.088
=worden =met | weight=0.087
=jou | weight=0.087
=niet =naar | weight=0.086, noneg
=er =niet | weight=0.085, noneg
=dat =doen | weight=0.085
=wie | weight=0.085
=om =met | weight=0.084
=maar =terug | weight=0.084
=servicedesk | weight=0.084
=vroeg =wie | weight=0.084
=medewerker =is | weight=0.084
=die =zou | weight=0.084
=zogenaamd | weight=0.083
=volgens =uw | weight=0.083
=had =er | weight=0.082
=vroeg =zei | weight=0.082
=mevrouw =meldt | weight=0.081
=hoofd | weight=0.081
=ie | weight=0.081
=ik =kon | weight=0.080
=daar =komen | weight=0.080
=verantwoordelijkheid =voor | weight=0.079
=niet =zei | weight=0.079, noneg
=de =mogelijk | weight=0.079
=gesprek =met | weight=0.079
=gewoon =gesloten | weight=0.077
=ze =wilde | weight=0.077
=leggen =aan | weight=0.076
=z'n =baas | weight=0.076
=jongen =aan | weight=0.076
=bevoegdheid =de | weight=0.076
=en =zou | weight=0.076
=wachten =en | weight=0.075
=kan =praten | weight=0.075
=je =krijgt | weight=0.075
=neemt =geen | weight=0.074, noneg
=overste =spreken | weight=0.074
=uw =overste | weight=0.074
=zegt =niet | weight=0.074, noneg
=grote | weight=0.074
=de =lijn | weight=0.074
=en =twintig | weight=0.072
=neemt | weight=0.072
=ondanks | weight=0.072
=zou =de | weight=0.072
=stap =over | weight=0.072
=volgens =het | weight=0.072
=geveegd | weight=0.071
=tafel =geveegd | weight=0.071
=van =tafel | weight=0.071
=u =gewoon | weight=0.071
=is =door | weight=0.071
=telefoonnummer | weight=0.071
=chat =gewoon | weight=0.071
=te =verbinding | weight=0.071
=verbinding =met | weight=0.071
=van =die | weight=0.071
=over =gaat | weight=0.071
=wel =over | weight=0.071
=u =verder | weight=0.071
=waar =is | weight=0.070
=zij =zegt | weight=0.070
=beslist | weight=0.070
=niemand =andere | weight=0.070, noneg
=goed =te | weight=0.070
=keuren | weight=0.070
=te =keuren | weight=0.070
=gesprek | weight=0.069
=wij =niet | weight=0.069, noneg
=op =te | weight=0.068
=zal | weight=0.068
=mij =de | weight=0.067
=er =nooit | weight=0.067, noneg
=niet =aan | weight=0.067, noneg
=instantie | weight=0.067
=was =die | weight=0.067
=vijftig | weight=0.067
=vijftig =minuten | weight=0.067
=vroeg | weight=0.066
=dat =escalatie | weight=0.066
=escalatie | weight=0.066
=escalatie =niet | weight=0.066, noneg
=zeiden | weight=0.065
=meisje =zegt | weight=0.065
=dicht | weight=0.065
=kan =spreken | weight=0.065
=kunt | weight=0.065
=medewerker =zegt | weight=0.065
=baas =spreken | weight=0.065
=een =baas | weight=0.065
=horen =kan | weight=0.065
=helaas | weight=0.064
=druk | weight=0.063
=wilde =iemand | weight=0.063
=een =gesprek | weight=0.063
=ik =in | weight=0.062
=die =kon | weight=0.062
=is =geen | weight=0.061, noneg
=wie =dan | weight=0.061
=praten =met | weight=0.061
=niemand =die | weight=0.061, noneg
=minuten =gewacht | weight=0.061
=gesloten | weight=0.061
=roepen | weight=0.061
=te =roepen | weight=0.061
=ge =krijgt | weight=0.060
=excuses =niks | weight=0.059, noneg
=bleek | weight=0.059
=te =horen | weight=0.059
=alleen =via | weight=0.059
=geen =tijd | weight=0.059, noneg
=het =lunch | weight=0.058
=mag | weight=0.058
=door =met | weight=0.058
=hem =erbij | weight=0.058
=weigerde =hem | weight=0.058
=leidinggevende =zijn | weight=0.058
=met =leidinggevende | weight=0.058
=kan =dat | weight=0.058
=z'n | weight=0.057
=kon =beslissen | weight=0.057
=iemand =hoger | weight=0.057
=klacht | weight=0.057
=was =aan | weight=0.057
=vergeten =het | weight=0.057
=ff =een | weight=0.056
=nie | weight=0.056, noneg
=werd =afgescheept | weight=0.056
=meer | weight=0.056
=een =manager | weight=0.056
=het =haar | weight=0.056
=dat =dat | weight=0.055
=bevoegdheid =te | weight=0.055
=collega =heeft | weight=0.055
=helaas =niet | weight=0.055, noneg
=klant =heeft | weight=0.055
=vroeg =lachte | weight=0.055
=is =bij | weight=0.055
=te =lachen | weight=0.054
=filiaal | weight=0.054
=niet =gehonoreerd | weight=0.054, noneg
=waarmee | weight=0.054
=waarmee =ik | weight=0.054
=hoe =kan | weight=0.054
=dossier | weight=0.054
=in =ons | weight=0.054
=geen =excuses | weight=0.054, noneg
=spreekt | weight=0.053
=niemand =me | weight=0.053, noneg
=uur =en | weight=0.053
=klaar =was | weight=0.053
=beroep =kan | weight=0.053
=in =beroep | weight=0.053
=kan =gaan | weight=0.053
=een =bandje | weight=0.053
=helpdeskmedewerker | weight=0.053
=te =worden | weight=0.053
=mij =werd | weight=0.053
=af =met | weight=0.053
=medewerker =deelde | weight=0.053
=ik =iemand | weight=0.053
=het =personeel | weight=0.052
=verzocht | weight=0.052
=die =ene | weight=0.052
=koelkast =van | weight=0.052
=na =verzending | weight=0.052
=op =vakantie | weight=0.052
=verzending | weight=0.052
=tijd | weight=0.051
=kreeg =te | weight=0.051
=organisatie | weight=0.051
=hij =in | weight=0.051
=serieus | weight=0.051
=ook =geen | weight=0.051, noneg
=aandringen | weight=0.051
