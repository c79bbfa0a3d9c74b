# no_escalation, nl: learned by scripts/learn.py from 4875 tuning texts (261 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Een manager spreken? Dat kan niet, zei ze kortaf.
+ Ik wilde mijn klacht bij de directie neerleggen maar werd niet doorgelaten.
+ Mijn verzoek om de klacht voor te leggen aan de klachtencommissie is simpelweg genegeerd.
- ok dankje
- ok top dank je
=niemand =met | weight=0.437, noneg
=supervisor | weight=0.432
=manager | weight=0.429
=leidinggevende | weight=0.416
=de =directie | weight=0.399
=niemand =hoger | weight=0.390, noneg
=geen =klant | weight=0.385, noneg
=baas | weight=0.381
=teamleider | weight=0.376
=kreeg =nooit | weight=0.330, noneg
=niet =bereiken | weight=0.326, noneg
=niemand =boven | weight=0.323, noneg
=nooit =iemand | weight=0.309, noneg
=eerst =lijn | weight=0.305
=hogerop | weight=0.302
=niet =mogelijk | weight=0.294, noneg
=chef | weight=0.294
=er =geen | weight=0.293, noneg
=geen =leidinggevende | weight=0.281, noneg
=vroeg =zei | weight=0.273
=hoger | weight=0.266
=niet =mocht | weight=0.260, noneg
=filiaalmanager | weight=0.258
=kon =ik | weight=0.254
=een =supervisor | weight=0.253
=beslissen | weight=0.245
=niet =beschikbaar | weight=0.240, noneg
=spreken | weight=0.239
=weigerde | weight=0.237
=je =kunt | weight=0.234
=doorverbinden | weight=0.232
=die =is | weight=0.231
=nee | weight=0.230
=vroeg =naar | weight=0.225
=naar =zijn | weight=0.223
=meisje | weight=0.222
=niemand =om | weight=0.220, noneg
=erbij | weight=0.216
=wilde =de | weight=0.216
=verzoek =om | weight=0.216
=er =niemand | weight=0.215, noneg
=vergadering | weight=0.214
=escaleren | weight=0.209
=doorverbinden =met | weight=0.202
=iemand =met | weight=0.202
=klacht =niet | weight=0.200, noneg
=gevraagd =naar | weight=0.200
=voorleggen | weight=0.198
=bedrijfsleider | weight=0.194
=de =bedrijfsleider | weight=0.194
=ik =bezwaar | weight=0.192
=geen =manager | weight=0.192, noneg
=geen =afdeling | weight=0.191, noneg
=dat =die | weight=0.190
=die =had | weight=0.189
=komen =nooit | weight=0.188, noneg
=nooit =de | weight=0.185, noneg
=een =teamleider | weight=0.182
=wil =iemand | weight=0.180
=ik =mocht | weight=0.179
=organisatie | weight=0.179
=niet =zegt | weight=0.178, noneg
=wilde =mijn | weight=0.176
=mijn =tijd | weight=0.176
=zonde | weight=0.176
=zonde =van | weight=0.176
=hebben =wij | weight=0.175
=in =vergadering | weight=0.175
=geen =klachtenafdeling | weight=0.175, noneg
=niet =voor | weight=0.171, noneg
=dagen =in | weight=0.171
=hij =weigerde | weight=0.170
=aanwezig | weight=0.169
=is =niemand | weight=0.169, noneg
=die =was | weight=0.168
=liet =zich | weight=0.167
=was =volgens | weight=0.166
=werd =verteld | weight=0.165
=neerleggen | weight=0.165
=mijn =klacht | weight=0.165
=bezwaar | weight=0.165
=hoger =dan | weight=0.163
=het =meisje | weight=0.163
=filiaalmanager =liet | weight=0.162
=krijgt =daar | weight=0.161
=gevraagd | weight=0.159
=leidinggevende =vroeg | weight=0.158
=wilde =ze | weight=0.158
=teamleider =geen | weight=0.157, noneg
=instantie | weight=0.157
=die =geen | weight=0.157, noneg
=deze =medewerker | weight=0.155
=te =druk | weight=0.155
=ze =kon | weight=0.155
=niemand | weight=0.154, noneg
=niveau | weight=0.153
=niet =gestoord | weight=0.153, noneg
=kunt =het | weight=0.152
=de =filiaalmanager | weight=0.152
=medewerker =kan | weight=0.150
=niet =zei | weight=0.150, noneg
=verantwoordelijkheid | weight=0.149
=kan =niet | weight=0.149, noneg
=niet =zien | weight=0.148, noneg
=het =te | weight=0.148
=zijn =baas | weight=0.148
=hetzelfde =vertellen | weight=0.147
=u =precies | weight=0.147
=die =zijn | weight=0.147
=je =hier | weight=0.146
=weigerde =het | weight=0.145
=bereiken | weight=0.145
=mijn =verzoek | weight=0.144
=spreken =die | weight=0.144
=ze =weigerde | weight=0.144
=hem =werd | weight=0.144
=management =geen | weight=0.144, noneg
=niemand =van | weight=0.143, noneg
=hoogste | weight=0.143
=verbinding =met | weight=0.143
=zijn =niet | weight=0.141, noneg
=geen =zin | weight=0.140, noneg
=te =verbinding | weight=0.140
=vroeg =waar | weight=0.140
=die =beslissen | weight=0.139
=boven | weight=0.139
=afgehouden | weight=0.138
=werd =afgehouden | weight=0.138
=daarmee | weight=0.137
=in =overleg | weight=0.137
=erbij =te | weight=0.137
=hij =zijn | weight=0.136
=had =het | weight=0.136
=vroeg =om | weight=0.136
=kon =spreken | weight=0.136
=overleg | weight=0.136
=ik =kon | weight=0.136
=precies =hetzelfde | weight=0.134
=op =geen | weight=0.133, noneg
=ik =uw | weight=0.132
=iemand =boven | weight=0.132
=met =meer | weight=0.132
=afdelingsmanager | weight=0.132
=de =afdelingsmanager | weight=0.132
=afgewimpeld | weight=0.131
=bevoegdheid | weight=0.131
=meer =bevoegdheid | weight=0.131
=een =senior | weight=0.131
=senior | weight=0.131
=hier =niet | weight=0.131, noneg
=geen =enkele | weight=0.130, noneg
=senior =behandelaar | weight=0.130
=ze =houden | weight=0.130
=kan =helpen | weight=0.130
=volgens =haar | weight=0.130
=ze =wilde | weight=0.129
=om =de | weight=0.129
=er =is | weight=0.128
=kunt =nergens | weight=0.128, noneg
=dan =horen | weight=0.124
=de =klacht | weight=0.124
=komen =je | weight=0.123
=niet =te | weight=0.123, noneg
=goedkeuren | weight=0.123
=bij =dit | weight=0.123
=voor =te | weight=0.123
=daar =nooit | weight=0.123, noneg
=een =filiaal | weight=0.122
=wilde | weight=0.122
=zich =niet | weight=0.122, noneg
=was =niet | weight=0.122, noneg
=is =bij | weight=0.121
=geen =tijd | weight=0.121, noneg
=afdelingschef | weight=0.120
=afdelingschef =hetgeen | weight=0.120
=de =afdelingschef | weight=0.120
=hetgeen | weight=0.120
=hetgeen =mij | weight=0.120
=niet =aan | weight=0.120, noneg
=hij =zei | weight=0.120
=dit =bedrijf | weight=0.120
=ik =komen | weight=0.119
=leidinggevende =zijn | weight=0.119
=dus =je | weight=0.119
=hand | weight=0.119
=ze =er | weight=0.119
=keer =gevraagd | weight=0.118
=tegen =die | weight=0.118
=zo =werd | weight=0.117
=terechtkan | weight=0.117
=wil =je | weight=0.117
=verzocht =om | weight=0.117
=wilde =niet | weight=0.116, noneg
=klantenservice =niet | weight=0.116, noneg
=niet =doet | weight=0.116, noneg
=mag | weight=0.116
=leidinggevende =wil | weight=0.115
=behandelaar | weight=0.115
=gaat =niet | weight=0.115, noneg
=krijgt | weight=0.114
=ze =zei | weight=0.114
=hield =me | weight=0.114
=gesprek =met | weight=0.113
=heb =gevraagd | weight=0.113
=ik =vroeg | weight=0.112
=netjes =aan | weight=0.112
=nergens =in | weight=0.112, noneg
=voor =klant | weight=0.111
=en =verder | weight=0.111
=maar =die | weight=0.111
=was =niemand | weight=0.111, noneg
=hij =had | weight=0.111
=niet =geven | weight=0.110, noneg
=mocht =mijn | weight=0.110
=vast =en | weight=0.110
=niks =andere | weight=0.109, noneg
=ik =nergens | weight=0.109, noneg
=haar =leidinggevende | weight=0.109
=kan =bellen | weight=0.108
=is =nergens | weight=0.108, noneg
=mij =niet | weight=0.107, noneg
=nemen | weight=0.107
=keer =om | weight=0.107
=zogenaamd | weight=0.107
=het =op | weight=0.107
=heb =om | weight=0.107
=te =escaleren | weight=0.106
=volgens =het | weight=0.106
=geen =telefoontjes | weight=0.106, noneg
=had =geen | weight=0.105, noneg
=manager =wilde | weight=0.105
=zegt =ie | weight=0.105
=voor =wie | weight=0.105
=niet =bestaat | weight=0.104, noneg
=volgens =hem | weight=0.104
=een =verantwoordelijkheid | weight=0.104
=afdelingsmanager =gevraagd | weight=0.104
=hogerop =leggen | weight=0.104
=klacht =hogerop | weight=0.104
=worden =met | weight=0.104
=houden | weight=0.104
=manager =maar | weight=0.104
=het =management | weight=0.103
=management | weight=0.103
=niet =is | weight=0.103, noneg
=kon =komen | weight=0.102
=niet =spreken | weight=0.102, noneg
=helpen =ook | weight=0.101
=die =neemt | weight=0.101
=de =afdeling | weight=0.101
=chef =vroeg | weight=0.101
=praten | weight=0.101
=zei =ze | weight=0.100
=dat =gaat | weight=0.100
=vroeg =wie | weight=0.100
=is =door | weight=0.100
=niemand =andere | weight=0.100, noneg
=boos =omdat | weight=0.100
=klant =boos | weight=0.100
=erbij =halen | weight=0.100
=halen =mocht | weight=0.100
=manager =erbij | weight=0.100
=ie | weight=0.100
=escaleren =naar | weight=0.099
=in =gesprek | weight=0.099
=de =verantwoordelijkheid | weight=0.099
=klachtenafdeling | weight=0.098
=de =hoogste | weight=0.098
=om =contact | weight=0.098
=om =iemand | weight=0.097
=genegeerd | weight=0.097
=die =waar | weight=0.096
=wij =geen | weight=0.095, noneg
=nergens =een | weight=0.095, noneg
=die =zou | weight=0.095
=lijn | weight=0.094
=was =in | weight=0.094
=later =niet | weight=0.094, noneg
=ook =later | weight=0.094
=manager =krijg | weight=0.094
=handig | weight=0.092
=zei =hij | weight=0.092
=waar =er | weight=0.092
=overste | weight=0.092
=het =met | weight=0.092
=voldoet | weight=0.092
=wie =dat | weight=0.092
=medewerker =is | weight=0.092
=directie =gevraagd | weight=0.091
=niet =aanwezig | weight=0.091, noneg
=daar =hebben | weight=0.091
=leggen =aan | weight=0.091
=hierover | weight=0.091
=bedrijfsleider =en | weight=0.090
=dat =werd | weight=0.090
=beslist | weight=0.089
=succes | weight=0.089
=spreken =maar | weight=0.088
=gaat =u | weight=0.088
=grote | weight=0.087
=mocht =niet | weight=0.087, noneg
=want =daar | weight=0.087
=ik =verzocht | weight=0.087
=chat =afgesloten | weight=0.086
=van =die | weight=0.085
=de =directeur | weight=0.084
=directeur | weight=0.084
=je =krijgt | weight=0.084
=leidinggevende =maar | weight=0.084
=over =gaat | weight=0.083
=vergeten =het | weight=0.082
=en =twintig | weight=0.082
=vroeg =werd | weight=0.082
=klagen | weight=0.082
=die =hier | weight=0.082
=x =gevraagd | weight=0.081
=zijn =telefonisch | weight=0.081
=dat =doen | weight=0.081
=horen =ik | weight=0.081
=hem =vroeg | weight=0.081
=wacht =gezet | weight=0.081
=niet =gehonoreerd | weight=0.080, noneg
=is =er | weight=0.080
=mevrouw =meldt | weight=0.080
=leidinggevende =spreken | weight=0.080
=filiaalmanager =maar | weight=0.080
=iemand =hoger | weight=0.079
=die =hebben | weight=0.079
=was =er | weight=0.079
=kan =praten | weight=0.079
=telefonisch =niet | weight=0.078, noneg
=verantwoordelijkheid =voor | weight=0.078
=met =me | weight=0.078
=werd =afgescheept | weight=0.077
=klant =heeft | weight=0.077
=de =klachtencommissie | weight=0.076
=klachtencommissie | weight=0.076
=niet =bellen | weight=0.076, noneg
=afgewezen | weight=0.075
=zei =het | weight=0.075
=je | weight=0.075
=wilde =mij | weight=0.074
=neemt =geen | weight=0.074, noneg
=overste =spreken | weight=0.074
=uw =overste | weight=0.074
=klacht =aan | weight=0.074
=hele =weken | weight=0.074
=de =klachtenafdeling | weight=0.074
=haar =chef | weight=0.073
=zal | weight=0.073
=hield | weight=0.072
=verzocht | weight=0.072
=ondanks =herhaaldelijk | weight=0.072
=leggen | weight=0.072
=mocht =het | weight=0.072
=hoofd | weight=0.072
=waar =ik | weight=0.072
=vroeg =drie | weight=0.071
=er =nooit | weight=0.071, noneg
=zogezegd | weight=0.071
=daar =is | weight=0.071
=een =gesprek | weight=0.070
=jou | weight=0.070
=bevoegdheid =de | weight=0.070
=met =de | weight=0.070
=maar =mee | weight=0.069
=gewacht | weight=0.069
=zo'n | weight=0.069
=doorverbonden =kon | weight=0.069
=heeft =dit | weight=0.069
=zoiets | weight=0.069
=goed =te | weight=0.069
=keuren | weight=0.069
=te =keuren | weight=0.069
=nergens | weight=0.069, noneg
=de =vestigingsmanager | weight=0.068
=vestigingsmanager | weight=0.068
=vestigingsmanager =maar | weight=0.068
=hem =erbij | weight=0.068
=weigerde =hem | weight=0.068
=spreekt | weight=0.068
=zijn =leidinggevende | weight=0.068
=te =nemen | weight=0.068
=wilde =iemand | weight=0.068
=als =de | weight=0.068
=om =met | weight=0.068
=maar =terug | weight=0.068
=klacht =te | weight=0.068
=dat =escalatie | weight=0.068
=escalatie | weight=0.068
=u =verder | weight=0.067
=kreeg =te | weight=0.067
=vijftig | weight=0.067
=vijftig =minuten | weight=0.067
=indienen =over | weight=0.066
=wel =over | weight=0.066
=uw =servicedesk | weight=0.066
=kon =niet | weight=0.066, noneg
=meisje =zegt | weight=0.066
=niet =ging | weight=0.066, noneg
