# blame_shifting, nl: learned by scripts/learn.py from 3889 tuning texts (406 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Hij haalde zijn schouders op en zei dat ik dat maar met de fabrikant moest uitvechten.
+ Het is altijd iemand anders: het magazijn, de transporteur, het hoofdkantoor. Nooit zijzelf.
+ Verkoper wilde niet naar mijn kapotte telefoon kijken, ik moest het zelf maar via de app van de fabrikant regelen.
- we willen ons geld terug
- Geen minuut gewacht, top!
=zelf =had | weight=0.414
=de =fabrikant | weight=0.410
=fabrikant | weight=0.410
=het =zou | weight=0.342
=verkeerde =had | weight=0.342
=vol =dat | weight=0.333
=ligt | weight=0.331
=da's | weight=0.328
=wijten | weight=0.323
=liggen | weight=0.316
=het =mijn | weight=0.310
=het =zelf | weight=0.305
=afgedaan | weight=0.294
=volgens =die | weight=0.288
=wijzen =naar | weight=0.280
=doet =dat | weight=0.280
=beweren | weight=0.276
=zou =aan | weight=0.273
=beweert | weight=0.272
=beweert =dat | weight=0.272
=veroorzaakt | weight=0.271
=de =schuld | weight=0.271
=verantwoordelijkheid | weight=0.271
=wijzen | weight=0.268
=fout =van | weight=0.267
=schuld | weight=0.265
=beweren =dat | weight=0.263
=door =mijn | weight=0.263
=vervoerder | weight=0.260
=de =vervoerder | weight=0.256
=schuiven | weight=0.254
=de =schade | weight=0.252
=afgedaan =als | weight=0.251
=ze =beweren | weight=0.245
=uwe | weight=0.242
=komt =door | weight=0.241
=wezen | weight=0.239
=formulier =verkeerde | weight=0.237
=volgens =de | weight=0.235
=stagiair | weight=0.235
=vol | weight=0.233
=niet =hun | weight=0.232, noneg
=overmacht | weight=0.232
=mislukt | weight=0.226
=een =zaak | weight=0.225
=de =bestelling | weight=0.221
=bewoners | weight=0.216
=stelt =dat | weight=0.213
=het =aan | weight=0.211
=moet =lezen | weight=0.209
=beter =had | weight=0.209
=uw =eigen | weight=0.209
=schuiven =het | weight=0.208
=wij =te | weight=0.207
=verkeerde =tijd | weight=0.202
=ze =houden | weight=0.200
=volgens =jullie | weight=0.199
=de =stagiair | weight=0.199
=gevolg | weight=0.199
=hem =verkeerde | weight=0.198
=naar =elkaar | weight=0.195
=door =naar | weight=0.195
=de =garage | weight=0.194
=me =dat | weight=0.193
=onderaannemer | weight=0.193
=uitvechten | weight=0.193
=de =klant | weight=0.192
=gooien | weight=0.192
=systeem =dat | weight=0.192
=jullie =zeggen | weight=0.192
=storing | weight=0.192
=zegt =dat | weight=0.191
=ontstaan | weight=0.191
=het =toestel | weight=0.191
=printer | weight=0.189
=ik =loog | weight=0.189
=loog | weight=0.189
=de =bevestigingsmail | weight=0.188
=probleem | weight=0.187
=het =magazijn | weight=0.186
=de =verhuurder | weight=0.186
=verhuurder | weight=0.186
=altijd =iemand | weight=0.186
=zaak =van | weight=0.186
=wijst | weight=0.184
=wij =niks | weight=0.183, noneg
=verkeerde =ingevuld | weight=0.182
=wifi | weight=0.182
=systeem =doet | weight=0.182
=man =zegt | weight=0.181
=waarschijnlijk | weight=0.181
=zelf =verkeerde | weight=0.181
=zou =mijn | weight=0.180
=verzekeraar =stelt | weight=0.180
=maar =bij | weight=0.178
=insinueerde | weight=0.178
=insinueerde =dat | weight=0.178
=verantwoordelijkheid =voor | weight=0.178
=daar =hebben | weight=0.178
=zegt =ik | weight=0.177
=een =gebruikersfout | weight=0.176
=gebruikersfout | weight=0.176
=bij =ons | weight=0.176
=doen =alsof | weight=0.175
=het =formulier | weight=0.175
=verwijst | weight=0.175
=niet =kunt | weight=0.175, noneg
=kopen | weight=0.173
=hand =in | weight=0.172
=hield | weight=0.172
=schade =zou | weight=0.172
=bezorgdienst =uitvechten | weight=0.172
=volgens =hen | weight=0.171
=ze =doen | weight=0.170
=gescheurd | weight=0.170
=alles =werd | weight=0.170
=zelf =kapotte | weight=0.169
=wast | weight=0.169
=de =leverancier | weight=0.168
=meneer | weight=0.168
=gedaan =heeft | weight=0.168
=het =systeem | weight=0.168
=de =transporteur | weight=0.168
=transporteur | weight=0.168
=op =de | weight=0.167
=dat =onze | weight=0.164
=systeem =daar | weight=0.164
=doordat | weight=0.163
=het =gevolg | weight=0.162
=geannuleerd | weight=0.162
=niks =mee | weight=0.162, noneg
=ik =hem | weight=0.162
=legt | weight=0.161
=facturatie | weight=0.160
=dat =ligt | weight=0.160
=legt =de | weight=0.160
=als =u | weight=0.159
=de =lekkage | weight=0.159
=u =had | weight=0.159
=staat =dat | weight=0.159
=doodleuk =dat | weight=0.158
=niet =zei | weight=0.158, noneg
=zich =achter | weight=0.157
=dat =is | weight=0.156
=had =u | weight=0.156
=volgens | weight=0.155
=garage | weight=0.155
=alles =af | weight=0.155
=de =webshop | weight=0.154
=dat =komt | weight=0.154
=de =vorige | weight=0.154
=genoteerd | weight=0.153
=zeiden =dat | weight=0.153
=uw =probleem | weight=0.152
=niet =ziet | weight=0.152, noneg
=wijst =naar | weight=0.152
=de =onderaannemer | weight=0.151
=zou =het | weight=0.150
=de =dubbele | weight=0.150
=komt | weight=0.150
=schoven | weight=0.150
=ze =schoven | weight=0.150
=de =kapper | weight=0.148
=is =ontstaan | weight=0.147
=zegt =de | weight=0.147
=moet =zijn | weight=0.147
=niet =wij | weight=0.147, noneg
=agent | weight=0.146
=andere =die | weight=0.146
=de =computer | weight=0.146
=hebben =wij | weight=0.145
=scherm | weight=0.145
=kapper | weight=0.144
=er =al | weight=0.144
=lokale | weight=0.144
=bij =mij | weight=0.144
=het =gedaan | weight=0.143
=zeker | weight=0.143
=vorige =eigenaar | weight=0.143
=de =importeur | weight=0.142
=importeur | weight=0.142
=koerier | weight=0.142
=elkaar | weight=0.142
=had =ik | weight=0.142
=moest =kopen | weight=0.141
=gebruikt | weight=0.141
=niet =onze | weight=0.141, noneg
=webwinkel | weight=0.141
=weg =en | weight=0.140
=gaan =wij | weight=0.140
=u =zelf | weight=0.140
=steken =het | weight=0.139
=ze =steken | weight=0.139
=maar =onder | weight=0.139
=is =altijd | weight=0.139
=is =van | weight=0.139
=ik =m | weight=0.139
=af =op | weight=0.138
=hun | weight=0.137
=leverancier | weight=0.137
=terwijl =de | weight=0.137
=niet =mijn | weight=0.137, noneg
=garage =de | weight=0.136
=storing =bij | weight=0.136
=zegt =het | weight=0.136
=de =pakketdienst | weight=0.135
=pakketdienst | weight=0.135
=ingevuld =zei | weight=0.134
=jouw | weight=0.134
=gehad =dus | weight=0.134
=excursie | weight=0.133
=dat =automatische | weight=0.133
=niemand =voelt | weight=0.133, noneg
=de =helpdesk | weight=0.133
=magazijn | weight=0.133
=kras | weight=0.133
=steken | weight=0.133
=kapotgemaakt | weight=0.133
=het =zijn | weight=0.132
=een =fout | weight=0.132
=de =webwinkel | weight=0.132
=software | weight=0.132
=lag =het | weight=0.131
=rekende | weight=0.131
=lader | weight=0.131
=doodleuk | weight=0.131
=het =op | weight=0.131
=verdwijnen | weight=0.131
=terwijl =hun | weight=0.130
=alsof | weight=0.130
=had =laat | weight=0.130
=krijg =wij | weight=0.130
=weg | weight=0.129
=navragen | weight=0.129
=zijn =hand | weight=0.128
=niet =aan | weight=0.128, noneg
=hij =er | weight=0.128
=webshop | weight=0.127
=de =levering | weight=0.127
=man =in | weight=0.127
=werkgever | weight=0.127
=schoenen =van | weight=0.127
=aannemer | weight=0.126
=u =met | weight=0.126
=stelt | weight=0.126
=beschadigd =aan | weight=0.126
=kwam =beschadigd | weight=0.126
=onder =de | weight=0.126
=het =scherm | weight=0.126
=van =verkeerde | weight=0.125
=ziekenhuis =zegt | weight=0.125
=app =niet | weight=0.125, noneg
=ik =zo'n | weight=0.125
=zo'n =oude | weight=0.125
=euvel | weight=0.125
=het =euvel | weight=0.125
=het =slot | weight=0.125
=tegenhoudt | weight=0.124
=en =niet | weight=0.124, noneg
=niemand =wou | weight=0.124, noneg
=mijn =stopcontact | weight=0.124
=jullie =klantendienst | weight=0.124
=keuken =is | weight=0.124
=mijn =bank | weight=0.124
=daarom | weight=0.124
=het =een | weight=0.123
=maar =met | weight=0.123
=te =wentelen | weight=0.123
=wentelen | weight=0.123
=het =door | weight=0.123
=niet =ons | weight=0.123, noneg
=onjuist | weight=0.123
=postnl | weight=0.123
=de =netbeheerder | weight=0.123
=netbeheerder | weight=0.123
=de =maatschappij | weight=0.123
=ze =probeer | weight=0.123
=vergissing | weight=0.123
=dat =u | weight=0.123
=daar =gaan | weight=0.122
=is =blijkbaar | weight=0.122
=kwijtgeraakt | weight=0.121
=u =heeft | weight=0.121
=oplossing | weight=0.120
=het =hoofdkantoor | weight=0.120
=hoofdkantoor | weight=0.120
=zaak | weight=0.120
=de =bezorgdienst | weight=0.120
=pakket =zelf | weight=0.119
=na =mijn | weight=0.119
=liet =weet | weight=0.119
=nooit =heb | weight=0.119, noneg
=volgens =hem | weight=0.119
=hen | weight=0.118
=bel =niet | weight=0.118, noneg
=de =bel | weight=0.118
=ik =waarschijnlijk | weight=0.118
=medewerker =antwoord | weight=0.118
=waarschijnlijk =de | weight=0.118
=lekkage | weight=0.118
=is =uw | weight=0.118
=had =vastgezeten | weight=0.118
=hem =slechte | weight=0.118
=slechte =had | weight=0.118
=zogenaamd =omdat | weight=0.118
=da | weight=0.118
=laat =vallen | weight=0.118
=filiaal =zegt | weight=0.118
=aan =mijn | weight=0.117
=de =afwijzing | weight=0.117
=niet =goed | weight=0.117, noneg
=mij =veroorzaakt | weight=0.117
=dat =systeem | weight=0.117
=bank =de | weight=0.117
=gedaan | weight=0.117
=zelf =heb | weight=0.117
=houdt =vol | weight=0.117
=vastgezeten | weight=0.117
=verknald | weight=0.117
=alsof =het | weight=0.117
=het =weer | weight=0.116
=checken | weight=0.116
=de =oorzaak | weight=0.116
=oorzaak | weight=0.116
=hun =eigen | weight=0.116
=afwijzing | weight=0.116
=heb =je | weight=0.116
=schoven =het | weight=0.116
=blijkbaar | weight=0.115
=ik =te | weight=0.115
=houden | weight=0.115
=ze =zeiden | weight=0.115
=kapotte =was | weight=0.115
=heb =laat | weight=0.115
=toestel =heb | weight=0.115
=het =mij | weight=0.114
=andere =afdeling | weight=0.114
=misgaat | weight=0.114
=lag =volgens | weight=0.114
=op =haar | weight=0.113
=mijn =spamfolder | weight=0.113
=spamfolder | weight=0.113
=waarom =mijn | weight=0.113
=wordt =door | weight=0.113
=lag | weight=0.113
=zei =de | weight=0.112
=de =koerier | weight=0.112
=moest =gewoon | weight=0.112
=medewerker =zei | weight=0.112
=stopcontact | weight=0.111
=ze =stelde | weight=0.111
=de =douane | weight=0.111
=douane | weight=0.111
=die =man | weight=0.110
=kantoor =zeggen | weight=0.110
=klacht =werd | weight=0.110
=geen =invloed | weight=0.110, noneg
=bevestigingsmail =nog | weight=0.110
=gooide =het | weight=0.110
=staat =nergens | weight=0.110, noneg
=fout =op | weight=0.110
=zegt | weight=0.109
=hand | weight=0.109
=maatschappij | weight=0.109
=nooit =gedaan | weight=0.109, noneg
=doorgegeven | weight=0.109
=overmacht =terwijl | weight=0.109
=mijn =schuld | weight=0.108
=neemt | weight=0.108
=de =krassen | weight=0.108
=krassen | weight=0.108
=aangesloten | weight=0.108
=toestel | weight=0.108
=door =eigen | weight=0.108
=klantenservice =zei | weight=0.108
=zich | weight=0.108
=zich =op | weight=0.108
=de =afspraak | weight=0.108
=mij =thuis | weight=0.108
=bezorgdienst | weight=0.107
=slechte | weight=0.107
=is =bij | weight=0.107
=vallen =wat | weight=0.107
=boekhouding | weight=0.107
=boekhouding =en | weight=0.107
=de =boekhouding | weight=0.107
=t | weight=0.107
=de =ober | weight=0.107
=zending | weight=0.107
=heeft =tegengehouden | weight=0.107
=neer | weight=0.107
=de =lokale | weight=0.107
=moet =u | weight=0.106
=lucht | weight=0.106
=afgewezen | weight=0.106
=gemeente =zegt | weight=0.106
=had =moet | weight=0.106
=m | weight=0.106
=de =vergissing | weight=0.106
=goedkoop | weight=0.105
