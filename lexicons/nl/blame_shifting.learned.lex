# blame_shifting, nl: learned by scripts/learn.py from 3684 tuning texts (363 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Verkoper wilde niet naar mijn kapotte telefoon kijken, ik moest het zelf maar via de app van de fabrikant regelen.
+ Klant meldt dat de monteur de lekkage toeschreef aan 'het douchegedrag van de bewoners', terwijl de leiding aantoonbaar gescheurd is.
+ Ontzettend teleurgesteld. Uw medewerker stelde dat de schade aan mijn auto 'door de vorige garage' was veroorzaakt, terwijl uw eigen werkorder iets anders zegt.
- we willen ons geld terug
- Geen minuut gewacht, top!
=de =fabrikant | weight=0.415
=fabrikant | weight=0.415
=zelf =had | weight=0.388
=ligt | weight=0.347
=het =zou | weight=0.330
=da's | weight=0.328
=wijten | weight=0.325
=vol =dat | weight=0.320
=het =zelf | weight=0.311
=liggen | weight=0.310
=het =mijn | weight=0.307
=volgens =die | weight=0.300
=veroorzaakt | weight=0.298
=wijzen =naar | weight=0.292
=beweert | weight=0.286
=beweert =dat | weight=0.286
=verantwoordelijkheid | weight=0.283
=wijzen | weight=0.281
=de =schuld | weight=0.280
=beweren | weight=0.267
=schuld | weight=0.267
=formulier =verkeerde | weight=0.263
=schuiven | weight=0.263
=afgedaan | weight=0.262
=afgedaan =als | weight=0.262
=uwe | weight=0.260
=door =mijn | weight=0.254
=beweren =dat | weight=0.254
=de =schade | weight=0.252
=zou =aan | weight=0.249
=komt =door | weight=0.247
=de =bestelling | weight=0.237
=niet =hun | weight=0.237, noneg
=ze =beweren | weight=0.235
=vol | weight=0.235
=overmacht | weight=0.234
=wezen | weight=0.233
=een =zaak | weight=0.231
=beter =had | weight=0.230
=verkeerde =had | weight=0.226
=mislukt | weight=0.222
=stelt =dat | weight=0.215
=verkeerde =ingevuld | weight=0.215
=fout =van | weight=0.211
=volgens =de | weight=0.210
=onderaannemer | weight=0.209
=uw =eigen | weight=0.209
=de =stagiair | weight=0.208
=stagiair | weight=0.208
=doet =dat | weight=0.204
=systeem =doet | weight=0.204
=wij =te | weight=0.203
=bij =ons | weight=0.202
=verkeerde =tijd | weight=0.201
=zelf =verkeerde | weight=0.201
=printer | weight=0.201
=vervoerder | weight=0.201
=ze =houden | weight=0.200
=hem =verkeerde | weight=0.200
=de =vervoerder | weight=0.199
=schuiven =het | weight=0.199
=gevolg | weight=0.197
=zou =mijn | weight=0.197
=naar =elkaar | weight=0.197
=het =formulier | weight=0.196
=systeem =dat | weight=0.195
=probleem | weight=0.193
=het =toestel | weight=0.192
=bezorgdienst =uitvechten | weight=0.191
=uitvechten | weight=0.191
=bewoners | weight=0.190
=het =magazijn | weight=0.190
=zaak =van | weight=0.189
=schade =zou | weight=0.189
=wijst | weight=0.189
=ik =loog | weight=0.187
=loog | weight=0.187
=me =dat | weight=0.187
=daar =hebben | weight=0.187
=de =garage | weight=0.186
=verwijst | weight=0.186
=maar =bij | weight=0.186
=op =de | weight=0.185
=jullie =zeggen | weight=0.185
=de =klant | weight=0.183
=een =gebruikersfout | weight=0.183
=gebruikersfout | weight=0.183
=waarschijnlijk | weight=0.183
=ik =hem | weight=0.183
=niet =aan | weight=0.183, noneg
=zegt =dat | weight=0.182
=wast | weight=0.182
=ontstaan | weight=0.182
=alles =werd | weight=0.182
=insinueerde | weight=0.181
=insinueerde =dat | weight=0.181
=geannuleerd | weight=0.181
=zelf =kapotte | weight=0.180
=doen =alsof | weight=0.179
=gedaan =heeft | weight=0.178
=niet =kunt | weight=0.178, noneg
=wifi | weight=0.178
=moet =lezen | weight=0.176
=legt | weight=0.175
=storing | weight=0.175
=de =lekkage | weight=0.175
=komt | weight=0.174
=dat =is | weight=0.174
=terwijl =de | weight=0.173
=dat =onze | weight=0.173
=man =zegt | weight=0.172
=legt =de | weight=0.172
=verantwoordelijkheid =voor | weight=0.171
=wij =niks | weight=0.171, noneg
=gescheurd | weight=0.171
=ze =doen | weight=0.171
=u =zelf | weight=0.170
=de =bevestigingsmail | weight=0.170
=meneer | weight=0.169
=het =door | weight=0.167
=zegt =ik | weight=0.167
=de =vorige | weight=0.165
=het =gevolg | weight=0.165
=systeem =daar | weight=0.164
=verzekeraar =stelt | weight=0.164
=bij =mij | weight=0.164
=doordat | weight=0.163
=wijst =naar | weight=0.161
=niemand =wou | weight=0.160, noneg
=de =dubbele | weight=0.160
=de =kapper | weight=0.159
=de =leverancier | weight=0.159
=de =webshop | weight=0.159
=niet =zei | weight=0.159, noneg
=kopen | weight=0.158
=alles =af | weight=0.158
=hield | weight=0.158
=vorige =eigenaar | weight=0.157
=de =computer | weight=0.157
=dat =ligt | weight=0.157
=door =naar | weight=0.156
=niks =mee | weight=0.155, noneg
=het =aan | weight=0.155
=niet =wij | weight=0.155, noneg
=andere =die | weight=0.154
=staat =dat | weight=0.153
=zijn =hand | weight=0.153
=hebben =wij | weight=0.153
=doodleuk =dat | weight=0.152
=moet =zijn | weight=0.152
=kapper | weight=0.152
=volgens | weight=0.152
=dat =komt | weight=0.151
=zeker | weight=0.150
=elkaar | weight=0.150
=de =onderaannemer | weight=0.150
=als =u | weight=0.149
=altijd =iemand | weight=0.149
=het =gedaan | weight=0.149
=had =ik | weight=0.149
=dat =automatische | weight=0.148
=is =ontstaan | weight=0.148
=volgens =hen | weight=0.148
=schoven | weight=0.148
=ze =schoven | weight=0.148
=webwinkel | weight=0.147
=uw =probleem | weight=0.146
=garage =de | weight=0.145
=zegt =de | weight=0.145
=stelt | weight=0.145
=moest =kopen | weight=0.145
=postnl | weight=0.144
=ik =m | weight=0.144
=zaak | weight=0.144
=genoteerd | weight=0.143
=de =helpdesk | weight=0.143
=maar =onder | weight=0.142
=de =pakketdienst | weight=0.142
=pakketdienst | weight=0.142
=facturatie | weight=0.142
=de =transporteur | weight=0.142
=transporteur | weight=0.142
=niet =onze | weight=0.142, noneg
=koerier | weight=0.142
=scherm | weight=0.141
=niemand =voelt | weight=0.140, noneg
=steken =het | weight=0.140
=ze =steken | weight=0.140
=zegt =het | weight=0.140
=niet =ziet | weight=0.140, noneg
=niet =mijn | weight=0.140, noneg
=lader | weight=0.139
=jouw | weight=0.139
=gebruikt | weight=0.139
=magazijn | weight=0.138
=garage | weight=0.138
=de =webwinkel | weight=0.137
=u =had | weight=0.137
=is =van | weight=0.135
=het =systeem | weight=0.135
=agent | weight=0.135
=lokale | weight=0.134
=steken | weight=0.134
=nooit =heb | weight=0.134, noneg
=kras | weight=0.134
=gehad =dus | weight=0.133
=man =in | weight=0.133
=navragen | weight=0.133
=app =niet | weight=0.133, noneg
=u =heeft | weight=0.132
=onjuist | weight=0.132
=leverancier | weight=0.132
=af =op | weight=0.131
=niet =goed | weight=0.131, noneg
=volgens =hem | weight=0.131
=hij =er | weight=0.130
=schoenen =van | weight=0.130
=niet =ons | weight=0.130, noneg
=krijg =wij | weight=0.130
=webshop | weight=0.130
=dat =de | weight=0.129
=hand | weight=0.128
=medewerker =zei | weight=0.128
=gooi | weight=0.128
=misgaat | weight=0.128
=ik =zo'n | weight=0.128
=zo'n =oude | weight=0.128
=bank =de | weight=0.128
=laat =vallen | weight=0.128
=pakket =zelf | weight=0.127
=kantoor =zeggen | weight=0.127
=weg | weight=0.127
=de =maatschappij | weight=0.127
=doodleuk | weight=0.127
=onder =de | weight=0.127
=beschadigd =aan | weight=0.127
=kwam =beschadigd | weight=0.127
=kapotgemaakt | weight=0.126
=da | weight=0.126
=werkgever | weight=0.126
=aannemer | weight=0.125
=verdwijnen | weight=0.125
=liet =weet | weight=0.125
=excursie | weight=0.125
=ziekenhuis =zegt | weight=0.125
=te =wentelen | weight=0.125
=wentelen | weight=0.125
=waarom =mijn | weight=0.124
=is =altijd | weight=0.124
=tegenhoudt | weight=0.124
=oplossing | weight=0.124
=alsof =het | weight=0.124
=houden | weight=0.124
=euvel | weight=0.124
=het =euvel | weight=0.124
=ze =probeer | weight=0.123
=gaan =wij | weight=0.123
=hen | weight=0.123
=rekende | weight=0.123
=er =iets | weight=0.123
=de =douane | weight=0.123
=douane | weight=0.123
=van =verkeerde | weight=0.122
=wordt =door | weight=0.122
=heb =je | weight=0.122
=keuken =is | weight=0.121
=is =uw | weight=0.121
=bel =niet | weight=0.121, noneg
=de =bel | weight=0.121
=ik =waarschijnlijk | weight=0.121
=medewerker =antwoord | weight=0.121
=waarschijnlijk =de | weight=0.121
=houdt =vol | weight=0.120
=vergissing | weight=0.120
=er =al | weight=0.120
=lekkage | weight=0.120
=verknald | weight=0.120
=mij =thuis | weight=0.120
=gedaan | weight=0.120
=mijn =spamfolder | weight=0.119
=spamfolder | weight=0.119
=zei =de | weight=0.119
=weg =en | weight=0.119
=slijtage | weight=0.119
=had =vastgezeten | weight=0.119
=hem =slechte | weight=0.119
=slechte =had | weight=0.119
=zogenaamd =omdat | weight=0.119
=is =dat | weight=0.118
=hij =zei | weight=0.118
=tja | weight=0.118
=blijkbaar | weight=0.118
=vastgezeten | weight=0.118
=het =weer | weight=0.118
=de =bezorgdienst | weight=0.117
=ze =zeiden | weight=0.117
=daarom | weight=0.117
=zeiden =dat | weight=0.117
=had =laat | weight=0.117
=klacht =werd | weight=0.116
=lag =volgens | weight=0.116
=eigenaar | weight=0.116
=maatschappij | weight=0.116
=het =scherm | weight=0.115
=t | weight=0.115
=de =levering | weight=0.114
=de =koerier | weight=0.114
=zelf =heb | weight=0.114
=schoven =het | weight=0.113
=fout =is | weight=0.113
=ze =stelde | weight=0.113
=filiaal =zegt | weight=0.113
=het =buiten | weight=0.112
=zending | weight=0.112
=op =haar | weight=0.112
=de =oorzaak | weight=0.112
=oorzaak | weight=0.112
=was =de | weight=0.112
=is =volgens | weight=0.112
=is =blijkbaar | weight=0.112
=de =importeur | weight=0.112
=importeur | weight=0.112
=winkel =werd | weight=0.112
=afgewezen | weight=0.111
=balie =deed | weight=0.111
=goedkoop | weight=0.111
=mijn =schuld | weight=0.111
=afwijzing | weight=0.111
=de =afwijzing | weight=0.111
=het =slot | weight=0.110
=zich =op | weight=0.110
=aan =mijn | weight=0.110
=gemeente =zegt | weight=0.110
=stopcontact | weight=0.110
=lag =het | weight=0.110
=afzender =de | weight=0.110
=afzender =zegt | weight=0.110
=depot =zegt | weight=0.110
=heb =laat | weight=0.110
=toestel =heb | weight=0.110
=dat =systeem | weight=0.110
=na =mijn | weight=0.110
=toestel | weight=0.110
=het =mij | weight=0.110
=door =eigen | weight=0.110
=en =niet | weight=0.110, noneg
=monteur =de | weight=0.109
=de =afspraak | weight=0.109
=heeft =tegengehouden | weight=0.109
=overmacht =terwijl | weight=0.109
=verantwoordelijkheid =niet | weight=0.108, noneg
=door =omstandigheden | weight=0.108
=omstandigheden =bij | weight=0.108
=een =wat | weight=0.108
=kwijtgeraakt | weight=0.108
=de =ober | weight=0.108
=ober =zei | weight=0.108
=schoof | weight=0.107
=daar =gaan | weight=0.107
=die =man | weight=0.107
=huisarts | weight=0.107
=schoof =het | weight=0.107
=bezorgdienst | weight=0.107
=kapotte =was | weight=0.107
=computer | weight=0.107
=lucht | weight=0.107
=werd =gezegd | weight=0.106
=vallen =wat | weight=0.106
=fout =op | weight=0.106
=heb =bij | weight=0.106
=jullie =schuiven | weight=0.106
=checken | weight=0.106
=zegt | weight=0.106
=klantenservice =zei | weight=0.106
=dat =vinden | weight=0.106
=gewoon =mijn | weight=0.106
=zou =hebben | weight=0.105
=pakket =is | weight=0.105
=kreeg =letterlijk | weight=0.105
=niks =terug | weight=0.105, noneg
=moest =zijn | weight=0.105
=de =verhuurder | weight=0.105
=verhuurder | weight=0.105
=had =ingevuld | weight=0.104
=koerier =het | weight=0.104
=het =hoofdkantoor | weight=0.104
=hoofdkantoor | weight=0.104
=probleem =gewoon | weight=0.104
=ligt =aan | weight=0.104
=dubbele =boeking | weight=0.104
=schuift | weight=0.104
=het =recept | weight=0.103
=recept =niet | weight=0.103, noneg
=nu =weer | weight=0.103
=verkeerde | weight=0.103
=had =moet | weight=0.103
=neer | weight=0.103
=neerbuigend =en | weight=0.103
=is =bij | weight=0.102
=bevestigingsmail | weight=0.102
