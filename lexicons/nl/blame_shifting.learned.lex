# blame_shifting, nl: learned by scripts/learn.py from 3398 tuning texts (312 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Verkoper wilde niet naar mijn kapotte telefoon kijken, ik moest het zelf maar via de app van de fabrikant regelen.
+ Ze schoven de schuld gewoon af op de bezorger.
+ ze zei dat ik de formulieren verkeerd had ingevuld
- we willen ons geld terug
- Geen minuut gewacht, top!
=de =fabrikant | weight=0.427
=fabrikant | weight=0.427
=zelf =had | weight=0.410
=ligt | weight=0.353
=het =zou | weight=0.349
=wijten | weight=0.337
=vol =dat | weight=0.332
=liggen | weight=0.331
=da's | weight=0.324
=het =zelf | weight=0.318
=volgens =die | weight=0.306
=schuld | weight=0.304
=het =mijn | weight=0.298
=wijzen =naar | weight=0.289
=veroorzaakt | weight=0.288
=wijzen | weight=0.282
=de =schuld | weight=0.273
=beweren | weight=0.271
=volgens =de | weight=0.270
=beweren =dat | weight=0.268
=formulier =verkeerde | weight=0.266
=verkeerde =had | weight=0.263
=beweert | weight=0.262
=beweert =dat | weight=0.262
=afgedaan | weight=0.262
=afgedaan =als | weight=0.262
=uwe | weight=0.259
=zou =aan | weight=0.259
=verantwoordelijkheid | weight=0.258
=door =mijn | weight=0.256
=de =bestelling | weight=0.254
=vol | weight=0.251
=ze =beweren | weight=0.250
=schuiven | weight=0.239
=de =schade | weight=0.235
=overmacht | weight=0.230
=wezen | weight=0.230
=niet =hun | weight=0.229, noneg
=komt =door | weight=0.228
=het =toestel | weight=0.228
=onderaannemer | weight=0.222
=hem =verkeerde | weight=0.222
=wij =te | weight=0.221
=beter =had | weight=0.221
=verkeerde =ingevuld | weight=0.217
=de =stagiair | weight=0.213
=stagiair | weight=0.213
=een =zaak | weight=0.212
=printer | weight=0.212
=de =vorige | weight=0.211
=zelf =verkeerde | weight=0.210
=bij =ons | weight=0.209
=uw =eigen | weight=0.208
=mijn =schuld | weight=0.207
=komt | weight=0.206
=stelt =dat | weight=0.205
=fout =van | weight=0.205
=het =formulier | weight=0.200
=wijst | weight=0.198
=verwijst | weight=0.197
=ze =houden | weight=0.196
=gevolg | weight=0.195
=daar =hebben | weight=0.195
=doet =dat | weight=0.195
=systeem =doet | weight=0.195
=bezorgdienst =uitvechten | weight=0.195
=uitvechten | weight=0.195
=verkeerde =tijd | weight=0.194
=systeem =dat | weight=0.194
=ik =loog | weight=0.193
=loog | weight=0.193
=het =magazijn | weight=0.191
=niet =kunt | weight=0.191, noneg
=door =naar | weight=0.190
=de =vervoerder | weight=0.190
=vervoerder | weight=0.190
=naar =elkaar | weight=0.189
=wast | weight=0.189
=ontstaan | weight=0.188
=me =dat | weight=0.187
=man =zegt | weight=0.186
=zelf =kapotte | weight=0.185
=niet =aan | weight=0.184, noneg
=een =gebruikersfout | weight=0.184
=gebruikersfout | weight=0.184
=zegt =dat | weight=0.184
=dat =onze | weight=0.184
=probleem | weight=0.184
=alles =werd | weight=0.183
=schuiven =het | weight=0.183
=verzekeraar =stelt | weight=0.182
=zaak =van | weight=0.182
=geannuleerd | weight=0.182
=zegt =ik | weight=0.182
=verantwoordelijkheid =voor | weight=0.181
=en =niet | weight=0.181, noneg
=wifi | weight=0.180
=insinueerde | weight=0.180
=insinueerde =dat | weight=0.180
=maar =bij | weight=0.180
=meneer | weight=0.178
=doen =alsof | weight=0.178
=wij =niks | weight=0.177, noneg
=gedaan =heeft | weight=0.177
=mislukte | weight=0.177
=schade =zou | weight=0.176
=de =lekkage | weight=0.175
=het =systeem | weight=0.174
=legt | weight=0.173
=legt =de | weight=0.173
=als =u | weight=0.172
=niks =mee | weight=0.172, noneg
=storing | weight=0.171
=hield | weight=0.170
=het =door | weight=0.170
=bij =mij | weight=0.169
=alles =af | weight=0.169
=doordat | weight=0.168
=moet =lezen | weight=0.167
=ze =doen | weight=0.167
=hebben =wij | weight=0.166
=dat =is | weight=0.165
=volgens | weight=0.164
=kopen | weight=0.164
=de =webshop | weight=0.163
=gescheurde | weight=0.163
=waarschijnlijk | weight=0.162
=de =kapper | weight=0.162
=moet =zijn | weight=0.160
=niemand =wou | weight=0.160, noneg
=de =computer | weight=0.160
=hen | weight=0.160
=de =garage | weight=0.159
=lekkage | weight=0.159
=is =ontstaan | weight=0.159
=het =gevolg | weight=0.159
=de =bevestigingsmail | weight=0.158
=de =onderaannemer | weight=0.158
=koerier | weight=0.158
=niet =zei | weight=0.158, noneg
=zegt =de | weight=0.157
=lokale | weight=0.157
=kapper | weight=0.157
=genoteerd | weight=0.157
=systeem =daar | weight=0.155
=u =had | weight=0.155
=gedaan | weight=0.154
=schoven | weight=0.153
=ze =schoven | weight=0.153
=webwinkel | weight=0.152
=altijd =iemand | weight=0.152
=het =gedaan | weight=0.152
=is =van | weight=0.151
=krijg =wij | weight=0.151
=op =de | weight=0.151
=steken =het | weight=0.151
=ze =steken | weight=0.151
=dat =ligt | weight=0.150
=had =ik | weight=0.149
=zijn =hand | weight=0.149
=dat =komt | weight=0.148
=elkaar | weight=0.148
=volgens =hen | weight=0.148
=zeker | weight=0.147
=ziekenhuis =zegt | weight=0.147
=moest =kopen | weight=0.147
=er =iets | weight=0.146
=de =webwinkel | weight=0.146
=zegt =het | weight=0.146
=niet =onze | weight=0.146, noneg
=andere =die | weight=0.145
=vorige =eigenaar | weight=0.145
=uw =probleem | weight=0.145
=steken | weight=0.145
=garage =de | weight=0.145
=de =leverancier | weight=0.145
=tegenhoudt | weight=0.144
=agent | weight=0.144
=volgens =hem | weight=0.143
=wijst =naar | weight=0.143
=staat =dat | weight=0.143
=de =dubbele | weight=0.142
=ik =m | weight=0.142
=maar =onder | weight=0.142
=niemand =voelt | weight=0.142, noneg
=postnl | weight=0.142
=de =pakketdienst | weight=0.141
=pakketdienst | weight=0.141
=werkgever | weight=0.141
=de =transporteur | weight=0.140
=transporteur | weight=0.140
=het =scherm | weight=0.140
=dat =de | weight=0.140
=is =altijd | weight=0.139
=zaak | weight=0.139
=magazijn | weight=0.139
=garage | weight=0.139
=de =maatschappij | weight=0.139
=lader | weight=0.139
=gooi | weight=0.138
=misgaat | weight=0.138
=dat =automatische | weight=0.137
=verdwijnen | weight=0.137
=de =helpdesk | weight=0.137
=nooit =heb | weight=0.137, noneg
=niet =mijn | weight=0.137, noneg
=schoenen =van | weight=0.137
=niet =ziet | weight=0.136, noneg
=beschadigd =aan | weight=0.135
=kwam =beschadigd | weight=0.135
=excursie | weight=0.135
=mij =thuis | weight=0.134
=af =op | weight=0.134
=klacht =werd | weight=0.134
=gehad =dus | weight=0.134
=te =wentelen | weight=0.133
=wentelen | weight=0.133
=doodleuk =dat | weight=0.133
=maatschappij | weight=0.133
=slijtage | weight=0.132
=pakket =zelf | weight=0.132
=webshop | weight=0.132
=niks =terug | weight=0.132, noneg
=ze =probeer | weight=0.132
=hij =er | weight=0.131
=terwijl =de | weight=0.131
=van =verkeerde | weight=0.131
=weg =en | weight=0.131
=ik =zo'n | weight=0.131
=zo'n =oude | weight=0.131
=jouw | weight=0.131
=onjuist | weight=0.130
=man =in | weight=0.130
=de =afspraak | weight=0.130
=als =er | weight=0.130
=verknald | weight=0.129
=euvel | weight=0.128
=het =euvel | weight=0.128
=antwoord =dat | weight=0.128
=niet =ons | weight=0.128, noneg
=scherm | weight=0.128
=aan =dat | weight=0.128
=navragen | weight=0.127
=houdt =vol | weight=0.127
=kapotgemaakt | weight=0.127
=lag =volgens | weight=0.127
=gemeente =zegt | weight=0.126
=het =slot | weight=0.126
=schuld =dat | weight=0.126
=mijn =spamfolder | weight=0.126
=spamfolder | weight=0.126
=ik =hem | weight=0.126
=had =vastgezeten | weight=0.125
=hem =slechte | weight=0.125
=slechte =had | weight=0.125
=zogenaamd =omdat | weight=0.125
=gewoon =mijn | weight=0.125
=u =heeft | weight=0.124
=vastgezeten | weight=0.124
=blijkbaar | weight=0.124
=da | weight=0.124
=onder =de | weight=0.124
=moet =u | weight=0.124
=bel =niet | weight=0.124, noneg
=de =bel | weight=0.124
=ik =waarschijnlijk | weight=0.124
=medewerker =antwoord | weight=0.124
=waarschijnlijk =de | weight=0.124
=de =bezorgdienst | weight=0.123
=t | weight=0.123
=bank =de | weight=0.122
=daarom | weight=0.122
=keuken =is | weight=0.122
=fout =is | weight=0.122
=pakket =is | weight=0.122
=de =koerier | weight=0.122
=is =uw | weight=0.121
=de =klant | weight=0.121
=oplossing | weight=0.120
=zei =de | weight=0.120
=schoven =het | weight=0.120
=leverancier | weight=0.119
=stelt | weight=0.119
=gaan =wij | weight=0.119
=moest =zijn | weight=0.118
=hand | weight=0.118
=door =mij | weight=0.117
=heb =laat | weight=0.117
=toestel =heb | weight=0.117
=rekende | weight=0.117
=alsof =het | weight=0.117
=filiaal =zegt | weight=0.116
=vallen =wat | weight=0.116
=nu =weer | weight=0.115
=stopcontact | weight=0.115
=wordt =door | weight=0.115
=zelf =heb | weight=0.115
=had =ingevuld | weight=0.115
=kantoor =zeggen | weight=0.115
=is =blijkbaar | weight=0.115
=had =moet | weight=0.114
=eigenaar | weight=0.114
=de =ober | weight=0.114
=vergissing | weight=0.114
=afwijzing | weight=0.114
=de =afwijzing | weight=0.114
=u =zelf | weight=0.113
=heb =je | weight=0.113
=weg | weight=0.113
=monteur =was | weight=0.113
=het =hoofdkantoor | weight=0.112
=hoofdkantoor | weight=0.112
=de =krassen | weight=0.112
=krassen | weight=0.112
=ze =stelde | weight=0.112
=aannemer | weight=0.112
=medewerker =zei | weight=0.112
=overmacht =terwijl | weight=0.112
=ligt =aan | weight=0.111
=houden | weight=0.111
=op =haar | weight=0.111
=zich =op | weight=0.111
=lag | weight=0.110
=het =buiten | weight=0.110
=afzender =de | weight=0.110
=afzender =zegt | weight=0.110
=depot =zegt | weight=0.110
=verantwoordelijkheid =niet | weight=0.110, noneg
=daar =gaan | weight=0.110
=had =laat | weight=0.109
=gemaakt | weight=0.109
=tja | weight=0.109
=bezorgdienst | weight=0.108
=checken | weight=0.108
=ligt =niet | weight=0.108, noneg
=medewerker =is | weight=0.108
=is =die | weight=0.107
=aan =mijn | weight=0.107
=de =douane | weight=0.107
=douane | weight=0.107
=kapotte =gemaakt | weight=0.107
=de =importeur | weight=0.107
=importeur | weight=0.107
=winkel =werd | weight=0.107
=doodleuk | weight=0.107
=de =oorzaak | weight=0.106
=oorzaak | weight=0.106
=neer | weight=0.106
=die =man | weight=0.106
=ober | weight=0.106
=betalen =heeft | weight=0.106
=dat =vinden | weight=0.105
=hij =zei | weight=0.105
=ober =zei | weight=0.105
=wij =een | weight=0.105
=balie =deed | weight=0.105
=schoof | weight=0.105
=de =servicedesk | weight=0.105
=ingevoerd | weight=0.105
=fout =op | weight=0.104
=dat =systeem | weight=0.104
=valt =maar | weight=0.104
=heb =bij | weight=0.104
=door =eigen | weight=0.104
=eigen =wifi | weight=0.104
=schoof =het | weight=0.104
=het =mn | weight=0.104
=mn =eigen | weight=0.104
=telkens =als | weight=0.104
=afgewezen | weight=0.104
=probleem =gewoon | weight=0.103
=gegooid | weight=0.103
=niet =stuurde | weight=0.103, noneg
=de =verzekering | weight=0.103
=had =u | weight=0.103
=maat =had | weight=0.103
=de =drukkerij | weight=0.103
=drukkerij | weight=0.103
=installateur | weight=0.103
=ze =wijzen | weight=0.103
=kreeg =letterlijk | weight=0.103
=al =defect | weight=0.103
=heeft =tegengehouden | weight=0.102
=kapotte =was | weight=0.102
=het =op | weight=0.102
=het =mij | weight=0.102
=boekhouding | weight=0.101
=boekhouding =en | weight=0.101
=de =boekhouding | weight=0.101
=door =omstandigheden | weight=0.101
=omstandigheden =bij | weight=0.101
=zogenaamd | weight=0.101
=en =daarom | weight=0.100
=de =verhuurder | weight=0.100
=verhuurder | weight=0.100
=laat =vallen | weight=0.100
=is =dat | weight=0.100
=de =loodgieter | weight=0.100
=loodgieter | weight=0.100
=werd =gezegd | weight=0.099
