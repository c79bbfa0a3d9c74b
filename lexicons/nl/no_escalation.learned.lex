# no_escalation, nl: learned by scripts/learn.py from 3684 tuning texts (163 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Een manager spreken? Dat kan niet, zei ze kortaf.
+ 3x gevraagd naar een leidinggevende, 3x nee. lekker bedrijf
+ Ik kwam een defecte stofzuiger terugbrengen, gewoon binnen de garantie. De medewerker zei dat ik naar de fabrikant moest, 'daar gaan wij niet over'. Toen ik vroeg naar de bedrijfsleider, zei hij dat die er vandaag niet was en morgen ook niet. Ik ben hier klaar mee, ik koop voortaan bij de concurrent.
- we willen ons geld terug
- Geen minuut gewacht, top!
=manager | weight=0.443
=teamleider | weight=0.441
=leidinggevende | weight=0.424
=niemand =met | weight=0.417, noneg
=de =directie | weight=0.358
=baas | weight=0.324
=niet =mogelijk | weight=0.321, noneg
=kreeg =nooit | weight=0.301, noneg
=nooit =iemand | weight=0.291, noneg
=supervisor | weight=0.290
=geen =klant | weight=0.278, noneg
=een =leidinggevende | weight=0.272
=spreken | weight=0.270
=hoger | weight=0.266
=je =kunt | weight=0.264
=geen =leidinggevende | weight=0.258, noneg
=chef | weight=0.248
=meisje | weight=0.245
=doorverbinden | weight=0.244
=niemand =boven | weight=0.235, noneg
=was =niet | weight=0.233, noneg
=niet =bereiken | weight=0.232, noneg
=weigerde | weight=0.221
=naar =zijn | weight=0.221
=niet =mocht | weight=0.220, noneg
=erbij | weight=0.217
=doorverbinden =met | weight=0.217
=niemand =om | weight=0.215, noneg
=beslissen | weight=0.213
=maar =die | weight=0.209
=er =geen | weight=0.207, noneg
=zei =ze | weight=0.206
=niet =beschikbaar | weight=0.202, noneg
=niemand | weight=0.202, noneg
=is =niemand | weight=0.198, noneg
=vergadering | weight=0.198
=die =had | weight=0.196
=bereiken | weight=0.194
=kon =ik | weight=0.193
=de =teamleider | weight=0.193
=het =meisje | weight=0.192
=zei =hij | weight=0.192
=er =niemand | weight=0.191, noneg
=aanwezig | weight=0.188
=niet =gestoord | weight=0.183, noneg
=vroeg =naar | weight=0.182
=krijgt =daar | weight=0.179
=geen =klachtenafdeling | weight=0.177, noneg
=geen =manager | weight=0.176, noneg
=je =hier | weight=0.176
=te =druk | weight=0.175
=dagen =in | weight=0.174
=hogerop | weight=0.174
=dat =die | weight=0.173
=verantwoordelijkheid | weight=0.171
=nee | weight=0.170
=mijn =tijd | weight=0.165
=zonde | weight=0.165
=zonde =van | weight=0.165
=precies =hetzelfde | weight=0.164
=had =het | weight=0.163
=nooit =de | weight=0.160, noneg
=bedrijfsleider | weight=0.160
=de =bedrijfsleider | weight=0.160
=hij =weigerde | weight=0.155
=weigerde =het | weight=0.155
=het =te | weight=0.155
=een =supervisor | weight=0.155
=komen =je | weight=0.154
=boven | weight=0.153
=hetzelfde =vertellen | weight=0.153
=u =precies | weight=0.153
=escaleren | weight=0.151
=deze | weight=0.149
=waar =ik | weight=0.148
=hoger =dan | weight=0.146
=leggen | weight=0.146
=hem =werd | weight=0.145
=management =geen | weight=0.145, noneg
=werd =verteld | weight=0.145
=het =management | weight=0.145
=management | weight=0.145
=hij =zei | weight=0.145
=vroeg =om | weight=0.145
=wilde =de | weight=0.144
=ik =bezwaar | weight=0.143
=kon | weight=0.143
=bezwaar | weight=0.142
=ik =kreeg | weight=0.142
=hoogste | weight=0.142
=iemand =boven | weight=0.141
=kan =niet | weight=0.141, noneg
=in =vergadering | weight=0.140
=escaleren =naar | weight=0.140
=was =er | weight=0.139
=maandag | weight=0.139
=daar =nooit | weight=0.138, noneg
=om =de | weight=0.138
=was =volgens | weight=0.135
=wilde =niet | weight=0.135, noneg
=de =filiaalmanager | weight=0.134
=filiaalmanager | weight=0.134
=wilde =ze | weight=0.134
=geen =zin | weight=0.133, noneg
=hier =niet | weight=0.133, noneg
=daarmee | weight=0.133
=kunt =nergens | weight=0.133, noneg
=bevoegdheid | weight=0.132
=meer =bevoegdheid | weight=0.132
=met =meer | weight=0.132
=die =was | weight=0.132
=ze =houden | weight=0.132
=boos =omdat | weight=0.131
=niet =is | weight=0.131, noneg
=erbij =te | weight=0.130
=hij =zijn | weight=0.130
=die =is | weight=0.130
=heb =gevraagd | weight=0.129
=nemen | weight=0.129
=deze =medewerker | weight=0.129
=tegen =die | weight=0.129
=kan =helpen | weight=0.128
=indienen =over | weight=0.128
=klant =boos | weight=0.126
=is =er | weight=0.125
=verzoek =om | weight=0.125
=ze =zei | weight=0.124
=nergens | weight=0.124, noneg
=afdelingschef | weight=0.123
=afdelingschef =hetgeen | weight=0.123
=de =afdelingschef | weight=0.123
=hetgeen | weight=0.123
=hetgeen =mij | weight=0.123
=gaat =niet | weight=0.123, noneg
=ze =kon | weight=0.123
=in =overleg | weight=0.122
=medewerker =kan | weight=0.122
=overleg | weight=0.121
=dat =er | weight=0.121
=voor =te | weight=0.120
=nergens =in | weight=0.120, noneg
=op =geen | weight=0.119, noneg
=hogerop =leggen | weight=0.119
=klacht =hogerop | weight=0.119
=geen =telefoontjes | weight=0.119, noneg
=spreken =die | weight=0.118
=klacht =indienen | weight=0.118
=iemand =met | weight=0.118
=zei =het | weight=0.116
=ik =nergens | weight=0.116, noneg
=hand | weight=0.115
=geen =enkele | weight=0.115, noneg
=de =verantwoordelijkheid | weight=0.114
=volgens =hem | weight=0.113
=dat =gaat | weight=0.113
=om =iemand | weight=0.112
=terugbelverzoek | weight=0.111
=vroeg =waar | weight=0.111
=voor =wie | weight=0.111
=verzocht =om | weight=0.110
=er =was | weight=0.109
=haar =leidinggevende | weight=0.108
=krijgt | weight=0.108
=ik =te | weight=0.107
=kwam =niet | weight=0.106, noneg
=mocht =niet | weight=0.106, noneg
=die =neemt | weight=0.106
=in =gesprek | weight=0.106
=dan =horen | weight=0.106
=manager =krijg | weight=0.106
=niet =geven | weight=0.106, noneg
=kon =komen | weight=0.105
=zogezegd | weight=0.105
=dat =doen | weight=0.105
=filiaalmanager =maar | weight=0.104
=zeiden =ze | weight=0.104
=voor =klant | weight=0.104
=kan =bellen | weight=0.103
=voldoet | weight=0.103
=wie =dat | weight=0.103
=gevraagd =naar | weight=0.103
=het =op | weight=0.103
=niemand =andere | weight=0.103, noneg
=was =in | weight=0.102
=ze =er | weight=0.102
=leidinggevende =vroeg | weight=0.102
=met =mij | weight=0.101
=boos | weight=0.101
=teamleider =geen | weight=0.101, noneg
=goedkeuren | weight=0.100
=de =afdeling | weight=0.100
=manager =vroeg | weight=0.099
=erbij =halen | weight=0.099
=halen =mocht | weight=0.099
=manager =erbij | weight=0.099
=het =met | weight=0.098
=een =teamleider | weight=0.098
=ze =weigerde | weight=0.097
=dan =wel | weight=0.097
=ik =vroeg | weight=0.097
=vroeg =wie | weight=0.097
=helpen =ook | weight=0.097
=ondanks =herhaaldelijk | weight=0.096
=hierover | weight=0.096
=horen =ik | weight=0.095
=gaat =u | weight=0.094
=de =hoogste | weight=0.094
=hij =had | weight=0.093
=maar =terug | weight=0.093
=succes | weight=0.093
=niet =voor | weight=0.093, noneg
=uw =servicedesk | weight=0.092
=x =gevraagd | weight=0.092
=er =niet | weight=0.092, noneg
=door =te | weight=0.091
=had =geen | weight=0.091, noneg
=niet =naar | weight=0.091, noneg
=houden | weight=0.090
=ik =verzocht | weight=0.090
=zogenaamd | weight=0.090
=later =niet | weight=0.090, noneg
=ook =later | weight=0.090
=geen | weight=0.089, noneg
=overste | weight=0.089
=die =hebben | weight=0.088
=een =klacht | weight=0.088
=je =krijgt | weight=0.087
=zegt =ie | weight=0.086
=servicedesk | weight=0.086
=de =jongen | weight=0.086
=z'n =baas | weight=0.085
=om =met | weight=0.085
=ik =kon | weight=0.084
=dat =kon | weight=0.084
=de =mogelijk | weight=0.084
=gevraagd | weight=0.083
=kan =praten | weight=0.083
=vroeg =zei | weight=0.083
=wie | weight=0.083
=de =lijn | weight=0.083
=verantwoordelijkheid =voor | weight=0.082
=worden =met | weight=0.082
=daar =komen | weight=0.082
=en =zou | weight=0.082
=wilde | weight=0.081
=beslist | weight=0.080
=medewerker =is | weight=0.080
=gesprek =met | weight=0.079
=zij =zegt | weight=0.079
=u =verder | weight=0.078
=jongen =aan | weight=0.078
=mevrouw =meldt | weight=0.078
=dat =escalatie | weight=0.078
=escalatie | weight=0.078
=niet =zei | weight=0.078, noneg
=jou | weight=0.077
=bevoegdheid =de | weight=0.077
=er =nooit | weight=0.077, noneg
=zal | weight=0.076
=hebben =wij | weight=0.076
=ze =wilde | weight=0.075
=die =zou | weight=0.075
=had =er | weight=0.074
=ie | weight=0.074
=grote | weight=0.073
=kon =spreken | weight=0.073
=mag | weight=0.073
=want =die | weight=0.072
=en =twintig | weight=0.072
=spreekt | weight=0.072
=hoofd | weight=0.071
=neemt =geen | weight=0.071, noneg
=overste =spreken | weight=0.071
=uw =overste | weight=0.071
=volgens =uw | weight=0.071
=telefoonnummer | weight=0.071
=over =gaat | weight=0.071
=wel =over | weight=0.071
=volgens =het | weight=0.071
=u =gewoon | weight=0.071
=vroeg =een | weight=0.070
=ondanks | weight=0.070
=te =verbinding | weight=0.069
=verbinding =met | weight=0.069
=het =personeel | weight=0.069
=de =klacht | weight=0.069
=meer | weight=0.069
=die =kon | weight=0.068
=mij =de | weight=0.068
=is =door | weight=0.068
=niet =aan | weight=0.068, noneg
=ik =wilde | weight=0.068
=instantie | weight=0.067
=baas =spreken | weight=0.067
=een =baas | weight=0.067
=horen =kan | weight=0.067
=zou =de | weight=0.067
=wilde =iemand | weight=0.067
=gesprek | weight=0.067
=van =die | weight=0.066
=hele =dagen | weight=0.066
=escalatie =niet | weight=0.066, noneg
=hem =erbij | weight=0.066
=weigerde =hem | weight=0.066
=alleen =ik | weight=0.066
=goed =te | weight=0.065
=keuren | weight=0.065
=te =keuren | weight=0.065
=zegt =niet | weight=0.065, noneg
=indienen | weight=0.065
=was =die | weight=0.065
=zeiden | weight=0.065
=leggen =aan | weight=0.065
=iemand =hoger | weight=0.065
=bleek | weight=0.065
=doen =ze | weight=0.065
=niet =telefonisch | weight=0.065, noneg
=geveegd | weight=0.064
=tafel =geveegd | weight=0.064
=van =tafel | weight=0.064
=te =nemen | weight=0.064
=organisatie | weight=0.064
=werd =afgescheept | weight=0.064
=ik =naar | weight=0.064
=door =met | weight=0.063
=vijftig | weight=0.063
=vijftig =minuten | weight=0.063
=ge =krijgt | weight=0.063
=alleen =via | weight=0.063
=chat =gewoon | weight=0.062
=kan =spreken | weight=0.062
=kunt | weight=0.062
=te =horen | weight=0.062
=een =manager | weight=0.062
=neemt | weight=0.062
=zijn =niet | weight=0.062, noneg
=hoe =kan | weight=0.062
=waar =is | weight=0.061
=meisje =zegt | weight=0.061
=je | weight=0.061
=wie =dan | weight=0.061
=dat =dat | weight=0.061
=zij =de | weight=0.060
=druk | weight=0.060
=het =lunch | weight=0.060
=ze =niet | weight=0.060, noneg
=spreken =maar | weight=0.060
=niemand =die | weight=0.060, noneg
=nie | weight=0.060, noneg
=wij =niet | weight=0.059, noneg
=wachten =en | weight=0.059
=vergeten =het | weight=0.059
=vroeg | weight=0.059
=is =geen | weight=0.059, noneg
=was =aan | weight=0.059
=een =gesprek | weight=0.059
=kon =beslissen | weight=0.059
=praten =met | weight=0.059
=roepen | weight=0.058
=te =roepen | weight=0.058
=leidinggevende =zijn | weight=0.058
=met =leidinggevende | weight=0.058
=zegt =nee | weight=0.058
=helaas | weight=0.057
=verzocht | weight=0.057
=ik =dat | weight=0.057
=beroep =kan | weight=0.057
=in =beroep | weight=0.057
=kan =gaan | weight=0.057
=minuten =gewacht | weight=0.057
=lijn | weight=0.056
=gewoon =gesloten | weight=0.056
=kan =dat | weight=0.056
=tijd | weight=0.055
=bevoegdheid =te | weight=0.055
=wil =klacht | weight=0.055
=filiaal | weight=0.055
=vroeg =lachte | weight=0.055
=baas =van | weight=0.054
=werd =mij | weight=0.054
=de =chef | weight=0.054
=mevrouw =zei | weight=0.054
=excuses =niks | weight=0.054, noneg
=zoiets | weight=0.054
=serieus | weight=0.054
=z'n | weight=0.054
=ik =iemand | weight=0.053
=ook =geen | weight=0.053, noneg
=aandringen | weight=0.053
=helpdeskmedewerker | weight=0.053
=mij =werd | weight=0.053
=is =bij | weight=0.053
=liep =weg | weight=0.053
=helaas =niet | weight=0.053, noneg
=dicht | weight=0.052
=geen =tijd | weight=0.052, noneg
=die =ene | weight=0.052
=waarmee | weight=0.052
=waarmee =ik | weight=0.052
=begon =te | weight=0.052
