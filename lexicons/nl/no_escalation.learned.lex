# no_escalation, nl: learned by scripts/learn.py from 3262 tuning texts (153 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Een manager spreken? Dat kan niet, zei ze kortaf.
+ 3x gevraagd naar een leidinggevende, 3x nee. lekker bedrijf
+ Ik kwam een defecte stofzuiger terugbrengen, gewoon binnen de garantie. De medewerker zei dat ik naar de fabrikant moest, 'daar gaan wij niet over'. Toen ik vroeg naar de bedrijfsleider, zei hij dat die er vandaag niet was en morgen ook niet. Ik ben hier klaar mee, ik koop voortaan bij de concurrent.
- we willen ons geld terug
- Geen minuut gewacht, top!
=manager | weight=0.467
=teamleider | weight=0.434
=leidinggevende | weight=0.411
=niemand =met | weight=0.408, noneg
=hoger | weight=0.356
=baas | weight=0.332
=niet =mogelijk | weight=0.326, noneg
=de =directie | weight=0.311
=kreeg =nooit | weight=0.299, noneg
=nooit =iemand | weight=0.296, noneg
=supervisor | weight=0.286
=chef | weight=0.284
=spreken | weight=0.282
=een =leidinggevende | weight=0.281
=je =kunt | weight=0.271
=geen =leidinggevende | weight=0.269, noneg
=geen =klant | weight=0.269, noneg
=is =niemand | weight=0.254, noneg
=was =niet | weight=0.252, noneg
=doorverbinden | weight=0.241
=meisje | weight=0.239
=zei =ze | weight=0.236
=niemand =boven | weight=0.232, noneg
=niemand =om | weight=0.227, noneg
=niet =mocht | weight=0.226, noneg
=niet =bereiken | weight=0.224, noneg
=erbij | weight=0.223
=weigerde | weight=0.218
=er =geen | weight=0.216, noneg
=niemand | weight=0.215, noneg
=doorverbinden =met | weight=0.213
=beslissen | weight=0.211
=naar =zijn | weight=0.210
=bereiken | weight=0.206
=vergadering | weight=0.205
=die =had | weight=0.201
=niet =beschikbaar | weight=0.198, noneg
=kon =ik | weight=0.198
=maar =die | weight=0.188
=het =meisje | weight=0.188
=aanwezig | weight=0.188
=zei =hij | weight=0.186
=de =teamleider | weight=0.185
=te =druk | weight=0.180
=er =niemand | weight=0.180, noneg
=geen =klachtenafdeling | weight=0.179, noneg
=dagen =in | weight=0.176
=krijgt =daar | weight=0.176
=geen =manager | weight=0.174, noneg
=niet =gestoord | weight=0.170, noneg
=deze | weight=0.169
=precies =hetzelfde | weight=0.168
=nooit =de | weight=0.167, noneg
=bedrijfsleider | weight=0.165
=de =bedrijfsleider | weight=0.165
=mijn =tijd | weight=0.164
=zonde | weight=0.164
=zonde =van | weight=0.164
=nee | weight=0.163
=kan =niet | weight=0.161, noneg
=je =hier | weight=0.161
=hogerop | weight=0.161
=had =het | weight=0.156
=ik =vroeg | weight=0.155
=hij =weigerde | weight=0.155
=weigerde =het | weight=0.155
=tegen =die | weight=0.153
=hetzelfde =vertellen | weight=0.151
=u =precies | weight=0.151
=het =te | weight=0.150
=in =vergadering | weight=0.149
=deze =medewerker | weight=0.149
=hem =werd | weight=0.148
=management =geen | weight=0.148, noneg
=werd =verteld | weight=0.148
=dat =die | weight=0.148
=verantwoordelijkheid | weight=0.148
=hij =zei | weight=0.148
=geen =zin | weight=0.147, noneg
=klacht =indienen | weight=0.145
=escaleren | weight=0.144
=escaleren =naar | weight=0.144
=was =volgens | weight=0.144
=leggen | weight=0.143
=was =er | weight=0.142
=boven | weight=0.141
=boos =omdat | weight=0.141
=het =management | weight=0.141
=management | weight=0.141
=een =supervisor | weight=0.140
=waar =ik | weight=0.140
=maandag | weight=0.139
=iemand =boven | weight=0.139
=wilde =ze | weight=0.138
=ze =kon | weight=0.137
=daarmee | weight=0.137
=ze =houden | weight=0.137
=ik =kreeg | weight=0.136
=wilde =niet | weight=0.136, noneg
=nergens | weight=0.135, noneg
=niet =is | weight=0.135, noneg
=boos | weight=0.135
=ik =bezwaar | weight=0.134
=die =is | weight=0.134
=kunt =nergens | weight=0.134, noneg
=ik =nergens | weight=0.134, noneg
=ze =zei | weight=0.134
=wilde =de | weight=0.134
=dat =er | weight=0.133
=bezwaar | weight=0.133
=de =filiaalmanager | weight=0.132
=filiaalmanager | weight=0.132
=bevoegdheid | weight=0.131
=meer =bevoegdheid | weight=0.131
=met =meer | weight=0.131
=komen =je | weight=0.131
=nemen | weight=0.130
=vroeg =naar | weight=0.128
=kon | weight=0.128
=verzoek =om | weight=0.128
=afdelingschef | weight=0.128
=afdelingschef =hetgeen | weight=0.128
=de =afdelingschef | weight=0.128
=hetgeen | weight=0.128
=hetgeen =mij | weight=0.128
=kan =helpen | weight=0.128
=heb =gevraagd | weight=0.127
=hoogste | weight=0.127
=volgens =hem | weight=0.127
=hier =niet | weight=0.126, noneg
=gaat =niet | weight=0.124, noneg
=hogerop =leggen | weight=0.124
=klacht =hogerop | weight=0.124
=is =er | weight=0.124
=op =geen | weight=0.123, noneg
=geen | weight=0.122, noneg
=geen =telefoontjes | weight=0.122, noneg
=hij =zijn | weight=0.121
=haar =leidinggevende | weight=0.120
=die =neemt | weight=0.119
=hoger =dan | weight=0.118
=succes | weight=0.118
=dan =wel | weight=0.118
=daar =nooit | weight=0.117, noneg
=erbij =te | weight=0.117
=iemand =met | weight=0.117
=een =klacht | weight=0.116
=geen =enkele | weight=0.116, noneg
=voor =te | weight=0.115
=terugbelverzoek | weight=0.115
=in =overleg | weight=0.114
=manager =krijg | weight=0.114
=voor =wie | weight=0.114
=de =verantwoordelijkheid | weight=0.114
=zei =het | weight=0.114
=dan =horen | weight=0.113
=overleg | weight=0.112
=dat =gaat | weight=0.112
=die =was | weight=0.112
=de =chef | weight=0.110
=hele =dagen | weight=0.110
=door =te | weight=0.108
=ik =kon | weight=0.108
=goedkeuren | weight=0.108
=krijgt | weight=0.108
=de =hoogste | weight=0.107
=in =gesprek | weight=0.107
=kwam =niet | weight=0.107, noneg
=dan =de | weight=0.106
=zogezegd | weight=0.106
=kan =bellen | weight=0.105
=om =de | weight=0.105
=x =gevraagd | weight=0.105
=om =iemand | weight=0.104
=verzocht =om | weight=0.104
=een =teamleider | weight=0.103
=teamleider =geen | weight=0.103, noneg
=zeiden =ze | weight=0.103
=er =was | weight=0.103
=filiaalmanager =maar | weight=0.103
=ze =er | weight=0.102
=directie | weight=0.101
=hierover | weight=0.101
=het =op | weight=0.101
=niet =geven | weight=0.100, noneg
=hand | weight=0.100
=horen =ik | weight=0.099
=vroeg =waar | weight=0.099
=gevraagd =naar | weight=0.099
=voldoet | weight=0.098
=wie =dat | weight=0.098
=helpen =ook | weight=0.098
=spreken =die | weight=0.098
=met =mij | weight=0.096
=het =met | weight=0.096
=medewerker =is | weight=0.096
=was =in | weight=0.096
=had =geen | weight=0.095, noneg
=niet =voor | weight=0.095, noneg
=mocht =niet | weight=0.094, noneg
=manager =vroeg | weight=0.094
=erbij =halen | weight=0.094
=halen =mocht | weight=0.094
=manager =erbij | weight=0.094
=de =jongen | weight=0.094
=indienen | weight=0.093
=houden | weight=0.093
=hij =had | weight=0.093
=hebben =wij | weight=0.092
=ik =verzocht | weight=0.092
=ondanks =herhaaldelijk | weight=0.092
=ik =te | weight=0.092
=jou | weight=0.091
=wie | weight=0.091
=leidinggevende =vroeg | weight=0.091
=ze =weigerde | weight=0.090
=maar =terug | weight=0.089
=voor =klant | weight=0.089
=kon =komen | weight=0.089
=dat =doen | weight=0.088
=later =niet | weight=0.088, noneg
=ook =later | weight=0.088
=jongen =aan | weight=0.087
=worden =met | weight=0.087
=de =afdeling | weight=0.087
=overste | weight=0.087
=de =lijn | weight=0.087
=gevraagd | weight=0.086
=vroeg =om | weight=0.086
=niet =naar | weight=0.086, noneg
=uw =servicedesk | weight=0.086
=zegt =ie | weight=0.085
=wachten =en | weight=0.084
=volgens =uw | weight=0.084
=had =er | weight=0.083
=wilde | weight=0.083
=er =niet | weight=0.083, noneg
=je =krijgt | weight=0.082
=roepen | weight=0.082
=te =roepen | weight=0.082
=om =met | weight=0.082
=dat =kon | weight=0.082
=leggen =aan | weight=0.082
=hoofd | weight=0.081
=vroeg =wie | weight=0.081
=daar =komen | weight=0.081
=servicedesk | weight=0.080
=verantwoordelijkheid =voor | weight=0.080
=op =te | weight=0.080
=zal | weight=0.080
=mevrouw =meldt | weight=0.080
=de =mogelijk | weight=0.080
=die =zou | weight=0.079
=ze =wilde | weight=0.078
=z'n =baas | weight=0.078
=kon =spreken | weight=0.077
=kan =praten | weight=0.077
=over =gaat | weight=0.077
=wel =over | weight=0.077
=te =verbinding | weight=0.077
=verbinding =met | weight=0.077
=bevoegdheid =de | weight=0.077
=niemand =andere | weight=0.076, noneg
=gesprek =met | weight=0.076
=stap =over | weight=0.076
=niet =aan | weight=0.076, noneg
=zogenaamd | weight=0.075
=en =zou | weight=0.075
=niet =zei | weight=0.075, noneg
=kunt | weight=0.075
=grote | weight=0.075
=kan =spreken | weight=0.074
=neemt =geen | weight=0.074, noneg
=overste =spreken | weight=0.074
=uw =overste | weight=0.074
=ie | weight=0.074
=waar =is | weight=0.073
=zegt =niet | weight=0.073, noneg
=vroeg =zei | weight=0.073
=gewoon =gesloten | weight=0.073
=neemt | weight=0.073
=en =twintig | weight=0.073
=is =door | weight=0.072
=vergeten | weight=0.072
=geveegd | weight=0.071
=tafel =geveegd | weight=0.071
=van =tafel | weight=0.071
=gesprek | weight=0.071
=u =verder | weight=0.070
=wij =niet | weight=0.070, noneg
=ondanks | weight=0.070
=chat =gewoon | weight=0.070
=van =die | weight=0.069
=bleek | weight=0.069
=zou =de | weight=0.069
=baas =van | weight=0.068
=was =die | weight=0.068
=een =manager | weight=0.068
=baas =spreken | weight=0.068
=een =baas | weight=0.068
=horen =kan | weight=0.068
=u =gewoon | weight=0.067
=goed =te | weight=0.067
=keuren | weight=0.067
=te =keuren | weight=0.067
=alleen =via | weight=0.066
=instantie | weight=0.066
=dat =escalatie | weight=0.066
=escalatie | weight=0.066
=escalatie =niet | weight=0.066, noneg
=mij =de | weight=0.065
=zij =zegt | weight=0.065
=ge =krijgt | weight=0.065
=druk | weight=0.065
=volgens =het | weight=0.065
=beslist | weight=0.065
=telefoonnummer | weight=0.064
=vroeg | weight=0.064
=vijftig | weight=0.064
=vijftig =minuten | weight=0.064
=wie =dan | weight=0.064
=zeiden | weight=0.064
=niemand =die | weight=0.063, noneg
=het =maar | weight=0.062
=er =nooit | weight=0.062, noneg
=meisje =zegt | weight=0.061
=het =lunch | weight=0.061
=excuses =niks | weight=0.061, noneg
=iemand =hoger | weight=0.061
=nie | weight=0.061, noneg
=praten =met | weight=0.061
=is =bij | weight=0.061
=kreeg =te | weight=0.061
=was =aan | weight=0.060
=dicht | weight=0.060
=te =worden | weight=0.060
=die =kon | weight=0.060
=te =lachen | weight=0.060
=door =met | weight=0.060
=mag | weight=0.060
=medewerker =zegt | weight=0.060
=helaas | weight=0.059
=ik =in | weight=0.059
=serieus | weight=0.059
=vroeg =een | weight=0.059
=wilde =iemand | weight=0.059
=leidinggevende =zijn | weight=0.058
=met =leidinggevende | weight=0.058
=is =geen | weight=0.058, noneg
=helaas =niet | weight=0.058, noneg
=klant =en | weight=0.058
=dat =dat | weight=0.058
=mij =werd | weight=0.057
=dossier | weight=0.057
=werd =afgescheept | weight=0.057
=gesloten | weight=0.057
=hoe =kan | weight=0.057
=een =gesprek | weight=0.057
=lachen | weight=0.056
=het =haar | weight=0.056
=kon =beslissen | weight=0.056
=ik =wilde | weight=0.056
=werd =mij | weight=0.056
=ff =een | weight=0.055
=te =horen | weight=0.055
=klaar | weight=0.055
=bevoegdheid =te | weight=0.055
=minuten =gewacht | weight=0.055
=het =personeel | weight=0.055
=klacht | weight=0.054
=ik =dat | weight=0.054
=geen =excuses | weight=0.054, noneg
=verzocht | weight=0.054
=tijd | weight=0.054
=spreekt | weight=0.053
=zijn =niet | weight=0.053, noneg
=in =ons | weight=0.053
=geen =tijd | weight=0.053, noneg
=meer | weight=0.053
=beroep =kan | weight=0.053
=in =beroep | weight=0.053
=kan =gaan | weight=0.053
=aandringen | weight=0.053
=callcenter | weight=0.053
=z'n | weight=0.052
=ik =naar | weight=0.052
=helpdeskmedewerker | weight=0.052
=klaar =was | weight=0.052
=niemand =me | weight=0.052, noneg
=haar =verhaal | weight=0.052
=je | weight=0.052
=leidinggevende =maar | weight=0.052
=ook =geen | weight=0.052, noneg
=halen | weight=0.052
=niet =komen | weight=0.052, noneg
=kan =dat | weight=0.052
=af =met | weight=0.051
=een =bandje | weight=0.051
=waarmee | weight=0.051
=waarmee =ik | weight=0.051
