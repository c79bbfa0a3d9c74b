# no_escalation, nl: learned by scripts/learn.py from 4470 tuning texts (219 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Een manager spreken? Dat kan niet, zei ze kortaf.
+ Ik wilde mijn klacht bij de directie neerleggen maar werd niet doorgelaten.
+ Beste, op 21 juli werd er een nieuwe koelkast bezorgd met een deuk. De bezorger zei dat ik dat via de app moest melden. In de app kun je alleen foto's uploaden, maar de upload werkt niet. Ik belde, en de medewerker zei: 'Dat moet echt via de app.' Ik heb gevraagd naar een manager, maar ik kreeg te horen dat managers geen klantcontact hebben.
- ok dankje
- we willen ons geld terug
=manager | weight=0.447
=niemand =met | weight=0.414, noneg
=leidinggevende | weight=0.382
=de =directie | weight=0.377
=baas | weight=0.367
=niemand =hoger | weight=0.365, noneg
=geen =klant | weight=0.356, noneg
=teamleider | weight=0.354
=kreeg =nooit | weight=0.336, noneg
=supervisor | weight=0.323
=niet =mogelijk | weight=0.322, noneg
=niet =bereiken | weight=0.306, noneg
=hogerop | weight=0.305
=eerst =lijn | weight=0.303
=nooit =iemand | weight=0.293, noneg
=chef | weight=0.292
=kon =ik | weight=0.282
=niemand =boven | weight=0.275, noneg
=geen =leidinggevende | weight=0.269, noneg
=er =geen | weight=0.264, noneg
=niet =mocht | weight=0.257, noneg
=hoger | weight=0.247
=spreken | weight=0.243
=gevraagd =naar | weight=0.240
=meisje | weight=0.239
=filiaalmanager | weight=0.237
=je =kunt | weight=0.231
=nee | weight=0.230
=doorverbinden | weight=0.228
=weigerde | weight=0.226
=niemand =om | weight=0.222, noneg
=instantie | weight=0.220
=beslissen | weight=0.217
=vroeg =naar | weight=0.216
=niet =beschikbaar | weight=0.213, noneg
=naar =zijn | weight=0.213
=vergadering | weight=0.209
=erbij | weight=0.208
=een =supervisor | weight=0.206
=zei =ze | weight=0.203
=doorverbinden =met | weight=0.200
=is =niemand | weight=0.200, noneg
=verzoek =om | weight=0.198
=niemand | weight=0.197, noneg
=bedrijfsleider | weight=0.195
=de =bedrijfsleider | weight=0.195
=die =had | weight=0.194
=geen =manager | weight=0.191, noneg
=iemand =met | weight=0.191
=het =meisje | weight=0.189
=vroeg =zei | weight=0.188
=komen =nooit | weight=0.186, noneg
=geen =afdeling | weight=0.183, noneg
=klacht =niet | weight=0.181, noneg
=voorleggen | weight=0.181
=er =niemand | weight=0.180, noneg
=nooit =de | weight=0.179, noneg
=om =de | weight=0.176
=ik =mocht | weight=0.175
=je =hier | weight=0.175
=te =druk | weight=0.175
=werd =verteld | weight=0.172
=hebben =wij | weight=0.172
=dat =die | weight=0.171
=ik =bezwaar | weight=0.171
=bezwaar | weight=0.169
=neerleggen | weight=0.169
=krijgt =daar | weight=0.169
=leidinggevende =vroeg | weight=0.168
=mijn =tijd | weight=0.168
=zonde | weight=0.168
=zonde =van | weight=0.168
=was =in | weight=0.167
=die =was | weight=0.167
=in =vergadering | weight=0.166
=escaleren | weight=0.166
=geen =klachtenafdeling | weight=0.166, noneg
=filiaalmanager =liet | weight=0.165
=liet =zich | weight=0.165
=ze =zei | weight=0.165
=wilde =de | weight=0.165
=verantwoordelijkheid | weight=0.165
=wilde =mijn | weight=0.164
=wil =iemand | weight=0.164
=organisatie | weight=0.163
=was =volgens | weight=0.163
=een =teamleider | weight=0.162
=ze =kon | weight=0.160
=dagen =in | weight=0.159
=bereiken | weight=0.157
=maar =die | weight=0.157
=aanwezig | weight=0.156
=kan =niet | weight=0.155, noneg
=niveau | weight=0.155
=die =is | weight=0.155
=ik =komen | weight=0.155
=niet =gestoord | weight=0.154, noneg
=niet =zien | weight=0.154, noneg
=hetzelfde =vertellen | weight=0.154
=u =precies | weight=0.154
=mijn =klacht | weight=0.153
=deze | weight=0.151
=wilde | weight=0.150
=hoogste | weight=0.150
=die =geen | weight=0.149, noneg
=kunt =het | weight=0.148
=zijn =niet | weight=0.148, noneg
=deze =medewerker | weight=0.147
=het =te | weight=0.147
=die =zijn | weight=0.146
=precies =hetzelfde | weight=0.146
=medewerker =kan | weight=0.145
=had =het | weight=0.145
=wilde =ze | weight=0.144
=hoger =dan | weight=0.144
=hij =weigerde | weight=0.144
=weigerde =het | weight=0.144
=er =is | weight=0.142
=hier =niet | weight=0.141, noneg
=geen =zin | weight=0.141, noneg
=vroeg =om | weight=0.139
=ze =weigerde | weight=0.139
=hield | weight=0.139
=teamleider =geen | weight=0.138, noneg
=hand | weight=0.137
=leidinggevende =zijn | weight=0.137
=zijn =baas | weight=0.137
=hij =zijn | weight=0.135
=daarmee | weight=0.135
=hem =werd | weight=0.134
=management =geen | weight=0.134, noneg
=de =filiaalmanager | weight=0.134
=in =overleg | weight=0.133
=bevoegdheid | weight=0.133
=meer =bevoegdheid | weight=0.133
=met =meer | weight=0.133
=overleg | weight=0.132
=afgewimpeld | weight=0.132
=vroeg =waar | weight=0.131
=ze =houden | weight=0.131
=erbij =te | weight=0.131
=verzocht =om | weight=0.131
=die =beslissen | weight=0.130
=ik =kon | weight=0.129
=boven | weight=0.129
=op =geen | weight=0.128, noneg
=verbinding =met | weight=0.127
=de =klacht | weight=0.127
=kan =helpen | weight=0.126
=volgens =hem | weight=0.126
=voor =te | weight=0.125
=worden =met | weight=0.124
=te =verbinding | weight=0.123
=dan =horen | weight=0.123
=het =op | weight=0.123
=niet =te | weight=0.123, noneg
=niet =aan | weight=0.122, noneg
=nergens | weight=0.122, noneg
=zei =het | weight=0.121
=was =niet | weight=0.121, noneg
=waar =ik | weight=0.121
=kon =spreken | weight=0.121
=kunt =nergens | weight=0.120, noneg
=gevraagd | weight=0.120
=keer =gevraagd | weight=0.120
=de =verantwoordelijkheid | weight=0.119
=gaat =niet | weight=0.119, noneg
=ze =wilde | weight=0.119
=bij =dit | weight=0.118
=iemand =boven | weight=0.118
=is =bij | weight=0.118
=niet =is | weight=0.118, noneg
=niet =zei | weight=0.117, noneg
=spreken =die | weight=0.116
=mocht =mijn | weight=0.116
=hij =zei | weight=0.116
=goedkeuren | weight=0.116
=daar =nooit | weight=0.116, noneg
=komen =je | weight=0.116
=escaleren =naar | weight=0.116
=die =neemt | weight=0.115
=afdelingschef | weight=0.115
=afdelingschef =hetgeen | weight=0.115
=de =afdelingschef | weight=0.115
=hetgeen | weight=0.115
=hetgeen =mij | weight=0.115
=dus =je | weight=0.115
=niet =voor | weight=0.114, noneg
=maandag | weight=0.114
=boos =omdat | weight=0.113
=krijgt | weight=0.113
=ik =vroeg | weight=0.113
=zich =niet | weight=0.112, noneg
=geen =telefoontjes | weight=0.112, noneg
=kwam =niet | weight=0.112, noneg
=dit =bedrijf | weight=0.111
=mijn =verzoek | weight=0.111
=volgens =haar | weight=0.110
=terechtkan | weight=0.110
=zo =werd | weight=0.109
=klantenservice =niet | weight=0.109, noneg
=klant =boos | weight=0.109
=is =nergens | weight=0.108, noneg
=niet =doet | weight=0.108, noneg
=zegt =ie | weight=0.107
=horen =ik | weight=0.107
=tegen =die | weight=0.107
=was =niemand | weight=0.106, noneg
=zogenaamd | weight=0.106
=manager =vroeg | weight=0.105
=hield =me | weight=0.105
=nemen | weight=0.104
=wilde =niet | weight=0.103, noneg
=voor =wie | weight=0.103
=netjes =aan | weight=0.102
=het =management | weight=0.102
=management | weight=0.102
=ie | weight=0.102
=niet =spreken | weight=0.101, noneg
=indienen =over | weight=0.101
=een =verantwoordelijkheid | weight=0.101
=geen =tijd | weight=0.101, noneg
=overste | weight=0.101
=nergens =een | weight=0.101, noneg
=vast =en | weight=0.100
=leggen | weight=0.100
=dat =gaat | weight=0.100
=klachtenafdeling | weight=0.099
=is =er | weight=0.099
=erbij =halen | weight=0.099
=halen =mocht | weight=0.099
=manager =erbij | weight=0.099
=is =door | weight=0.099
=manager =wilde | weight=0.098
=en =verder | weight=0.098
=ze =hield | weight=0.098
=gewoon =genegeerd | weight=0.098
=klacht =indienen | weight=0.098
=de =hoogste | weight=0.098
=die =hebben | weight=0.097
=hij =had | weight=0.097
=zei =hij | weight=0.097
=leidinggevende =maar | weight=0.097
=boos | weight=0.097
=dan =wel | weight=0.097
=kan =bellen | weight=0.097
=helpen =ook | weight=0.096
=voor =klant | weight=0.096
=niks =andere | weight=0.096, noneg
=had =geen | weight=0.096, noneg
=ik =nergens | weight=0.096, noneg
=kon =komen | weight=0.096
=niet =geven | weight=0.096, noneg
=hem =vroeg | weight=0.096
=nergens =in | weight=0.095, noneg
=heb =gevraagd | weight=0.095
=hogerop =leggen | weight=0.095
=klacht =hogerop | weight=0.095
=van =die | weight=0.095
=x =gevraagd | weight=0.095
=niemand =andere | weight=0.095, noneg
=manager =krijg | weight=0.095
=houden | weight=0.095
=mij =niet | weight=0.094, noneg
=grote | weight=0.094
=ze =er | weight=0.094
=om =iemand | weight=0.093
=mocht =niet | weight=0.092, noneg
=het =met | weight=0.092
=in =gesprek | weight=0.092
=dat =doen | weight=0.091
=genegeerd | weight=0.090
=je | weight=0.090
=er =niet | weight=0.089, noneg
=hierover | weight=0.089
=de =afdeling | weight=0.089
=zijn =telefonisch | weight=0.089
=voldoet | weight=0.088
=wie =dat | weight=0.088
=succes | weight=0.088
=vroeg =wie | weight=0.088
=gesprek =met | weight=0.088
=uw =servicedesk | weight=0.087
=leggen =aan | weight=0.086
=niet =telefonisch | weight=0.086, noneg
=geveegd | weight=0.086
=tafel =geveegd | weight=0.086
=van =tafel | weight=0.086
=was =er | weight=0.085
=je =krijgt | weight=0.085
=mevrouw =meldt | weight=0.085
=telefonisch =niet | weight=0.085, noneg
=met =de | weight=0.084
=wij =geen | weight=0.084, noneg
=met =me | weight=0.084
=niet =gehonoreerd | weight=0.083, noneg
=want =daar | weight=0.083
=vergeten =het | weight=0.083
=chat =afgesloten | weight=0.083
=te =worden | weight=0.082
=geen | weight=0.082, noneg
=niemand =die | weight=0.082, noneg
=jou | weight=0.082
=filiaalmanager =maar | weight=0.082
=haar =leidinggevende | weight=0.081
=en =twintig | weight=0.081
=een =manager | weight=0.081
=verzocht | weight=0.081
=neemt =geen | weight=0.080, noneg
=overste =spreken | weight=0.080
=uw =overste | weight=0.080
=gaat =u | weight=0.079
=ik =verzocht | weight=0.079
=medewerker =is | weight=0.079
=hoofd | weight=0.079
=servicedesk | weight=0.079
=het =personeel | weight=0.078
=daar =hebben | weight=0.078
=over =gaat | weight=0.078
=klant =heeft | weight=0.078
=wachten =en | weight=0.078
=beslist | weight=0.077
=de =klachtenafdeling | weight=0.077
=manager =maar | weight=0.076
=niet =bellen | weight=0.076, noneg
=geen =enkele | weight=0.076, noneg
=daar =komen | weight=0.076
=wachten =gezet | weight=0.075
=was =die | weight=0.075
=later =niet | weight=0.074, noneg
=ook =later | weight=0.074
=volgens =uw | weight=0.074
=niet =aanwezig | weight=0.074, noneg
=volgens =het | weight=0.074
=een =gesprek | weight=0.074
=ik =kreeg | weight=0.074
=z'n =baas | weight=0.074
=vroeg =werd | weight=0.074
=klacht =aan | weight=0.073
=bevoegdheid =de | weight=0.073
=klacht | weight=0.072
=had =er | weight=0.072
=hele =weken | weight=0.071
=heeft =dit | weight=0.071
=ondanks =herhaaldelijk | weight=0.070
=doorverbonden =kon | weight=0.070
=als =de | weight=0.070
=niet =naar | weight=0.069, noneg
=zo'n | weight=0.069
=zal | weight=0.069
=iemand =hoger | weight=0.069
=daar =is | weight=0.069
=werd =gewoon | weight=0.069
=mevrouw =zei | weight=0.069
=ik =in | weight=0.069
=u =verder | weight=0.068
=gezet =en | weight=0.068
=maar =ze | weight=0.068
=door =te | weight=0.068
=zij =zegt | weight=0.068
=zogezegd | weight=0.068
=niet =lukken | weight=0.067, noneg
=helaas =niet | weight=0.067, noneg
=filiaal | weight=0.067
=gewacht | weight=0.067
=wel =over | weight=0.067
=goed =te | weight=0.067
=keuren | weight=0.067
=te =keuren | weight=0.067
=u =gewoon | weight=0.066
=neemt | weight=0.066
=kan =spreken | weight=0.066
=dat =escalatie | weight=0.065
=escalatie | weight=0.065
=haar =chef | weight=0.065
=en =zou | weight=0.065
=vijftig | weight=0.065
=vijftig =minuten | weight=0.065
=ik =te | weight=0.065
=die =zou | weight=0.065
=lijn | weight=0.064
=me =verteld | weight=0.064
=vroeg =drie | weight=0.064
=alleen =via | weight=0.064
=wilde =mij | weight=0.064
=klagen | weight=0.064
=dat =niet | weight=0.064, noneg
=vroeg =een | weight=0.064
=lachte =hij | weight=0.064
=wilde =iemand | weight=0.064
=vroeg =lachte | weight=0.063
=werd =niet | weight=0.063, noneg
=praten | weight=0.063
=wou | weight=0.063
=kon =beslissen | weight=0.063
=zegt =niet | weight=0.063, noneg
=het =lunch | weight=0.063
=ze =niet | weight=0.062, noneg
=om =met | weight=0.062
=bedrijf | weight=0.062
