# blame_shifting, nl: learned by scripts/learn.py from 4090 tuning texts (428 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Hij haalde zijn schouders op en zei dat ik dat maar met de fabrikant moest uitvechten.
+ Het is altijd iemand anders: het magazijn, de transporteur, het hoofdkantoor. Nooit zijzelf.
+ Verkoper wilde niet naar mijn kapotte telefoon kijken, ik moest het zelf maar via de app van de fabrikant regelen.
- we willen ons geld terug
- Dank voor de snelle hulp!
=de =fabrikant | weight=0.415
=zelf =had | weight=0.411
=fabrikant | weight=0.403
=ligt | weight=0.354
=het =zou | weight=0.343
=verantwoordelijkheid | weight=0.339
=da's | weight=0.337
=niet =wij | weight=0.331, noneg
=wijten | weight=0.331
=het =zelf | weight=0.327
=vol =dat | weight=0.324
=liggen | weight=0.321
=verkeerde =had | weight=0.307
=het =mijn | weight=0.292
=afgedaan | weight=0.288
=de =schuld | weight=0.288
=wijzen =naar | weight=0.286
=door =mijn | weight=0.281
=volgens =die | weight=0.281
=beweren | weight=0.277
=wijzen | weight=0.274
=zou =aan | weight=0.273
=doet =dat | weight=0.271
=beweren =dat | weight=0.267
=beweert | weight=0.264
=beweert =dat | weight=0.264
=afgedaan =als | weight=0.260
=volgens =de | weight=0.258
=vervoerder | weight=0.258
=de =vervoerder | weight=0.256
=schuld | weight=0.254
=ze =beweren | weight=0.253
=zou =door | weight=0.253
=vol | weight=0.247
=komt =door | weight=0.247
=wezen | weight=0.245
=schuiven | weight=0.242
=fout =van | weight=0.242
=formulier =verkeerde | weight=0.240
=postnl | weight=0.240
=schuift | weight=0.240
=uwe | weight=0.238
=veroorzaakt | weight=0.234
=overmacht | weight=0.233
=doodleuk | weight=0.231
=een =zaak | weight=0.230
=stagiair | weight=0.229
=niet =hun | weight=0.229, noneg
=de =schade | weight=0.228
=door =naar | weight=0.222
=het =toestel | weight=0.219
=de =bestelling | weight=0.216
=bewoners | weight=0.214
=de =stagiair | weight=0.211
=moet =lezen | weight=0.211
=schuiven =het | weight=0.210
=zou =het | weight=0.210
=mislukt | weight=0.210
=niet =goed | weight=0.208, noneg
=probleem | weight=0.207
=gevolg | weight=0.205
=het =magazijn | weight=0.203
=volgens =jullie | weight=0.202
=maar =bij | weight=0.200
=zaak =van | weight=0.200
=ik =loog | weight=0.199
=loog | weight=0.199
=beter =had | weight=0.199
=stelt =dat | weight=0.198
=zegt =dat | weight=0.197
=verkeerde =tijd | weight=0.197
=volgens =hen | weight=0.197
=het =aan | weight=0.195
=onderaannemer | weight=0.195
=wij =te | weight=0.194
=de =klacht | weight=0.191
=jullie =zeggen | weight=0.190
=hem =verkeerde | weight=0.189
=altijd =iemand | weight=0.189
=verkeerde =ingevuld | weight=0.188
=naar =elkaar | weight=0.187
=de =garage | weight=0.187
=uitvechten | weight=0.186
=gooien | weight=0.186
=zou =mijn | weight=0.186
=uw =eigen | weight=0.186
=ontstaan | weight=0.185
=printer | weight=0.185
=de =klant | weight=0.185
=de =leverancier | weight=0.184
=bij =ons | weight=0.184
=systeem =dat | weight=0.184
=wifi | weight=0.182
=waarschijnlijk | weight=0.182
=storing | weight=0.181
=wij =niks | weight=0.180, noneg
=alles =werd | weight=0.180
=insinueerde | weight=0.179
=insinueerde =dat | weight=0.179
=ze =houden | weight=0.179
=wijst =naar | weight=0.178
=man =zegt | weight=0.176
=de =transporteur | weight=0.176
=transporteur | weight=0.176
=hand =in | weight=0.176
=daar =hebben | weight=0.175
=zegt =ik | weight=0.175
=probleem =gewoon | weight=0.175
=wijst | weight=0.174
=het =formulier | weight=0.174
=de =bevestigingsmail | weight=0.174
=verwijst | weight=0.174
=wast | weight=0.173
=niet =kunt | weight=0.172, noneg
=gescheurd | weight=0.172
=gaan =wij | weight=0.172
=systeem =doet | weight=0.172
=de =bezorgdienst | weight=0.172
=ze =terwijl | weight=0.171
=doen =alsof | weight=0.171
=het =de | weight=0.171
=het =gevolg | weight=0.169
=bezorgdienst =uitvechten | weight=0.169
=een =gebruikersfout | weight=0.169
=gebruikersfout | weight=0.169
=zeiden =dat | weight=0.168
=legt | weight=0.167
=dat =onze | weight=0.167
=legt =de | weight=0.166
=de =vorige | weight=0.166
=zelf =kapotte | weight=0.166
=doordat | weight=0.166
=zelf =verkeerde | weight=0.165
=volgens | weight=0.164
=ze =doen | weight=0.164
=de =lekkage | weight=0.163
=de =helpdesk | weight=0.162
=geannuleerd | weight=0.161
=de =dubbele | weight=0.160
=niks =mee | weight=0.160, noneg
=gedaan =heeft | weight=0.160
=dat =komt | weight=0.159
=zich =achter | weight=0.159
=me =dat | weight=0.159
=handleiding =niet | weight=0.159, noneg
=kopen | weight=0.158
=verzekeraar =stelt | weight=0.158
=storing =bij | weight=0.157
=verantwoordelijkheid =voor | weight=0.157
=elkaar | weight=0.157
=hield | weight=0.157
=garage | weight=0.156
=bezorgdienst | weight=0.155
=de =verhuurder | weight=0.154
=verhuurder | weight=0.154
=komt | weight=0.154
=leverancier | weight=0.154
=alles =af | weight=0.153
=op =de | weight=0.153
=niet =zei | weight=0.152, noneg
=gebruikt | weight=0.152
=u =had | weight=0.152
=zegt =de | weight=0.151
=systeem =daar | weight=0.151
=nooit =een | weight=0.151, noneg
=meneer | weight=0.151
=had =ik | weight=0.150
=had =u | weight=0.150
=ingevuld =zei | weight=0.150
=schoven | weight=0.150
=ze =schoven | weight=0.150
=uw =probleem | weight=0.150
=de =kapper | weight=0.149
=ik =hem | weight=0.149
=een =fout | weight=0.149
=is =ontstaan | weight=0.148
=niet =ziet | weight=0.148, noneg
=er =al | weight=0.147
=de =instructies | weight=0.146
=de =computer | weight=0.146
=lag =het | weight=0.146
=bij =mij | weight=0.146
=verpest | weight=0.146
=kapper | weight=0.146
=zeker | weight=0.146
=het =ligt | weight=0.145
=dat =is | weight=0.145
=steken =het | weight=0.145
=ze =steken | weight=0.145
=niet =mijn | weight=0.145, noneg
=staat =dat | weight=0.145
=het =systeem | weight=0.145
=genoteerd | weight=0.144
=instructies | weight=0.144
=is =van | weight=0.144
=het =gedaan | weight=0.144
=magazijn | weight=0.143
=dat =ligt | weight=0.142
=andere =die | weight=0.142
=de =onderaannemer | weight=0.142
=scherm | weight=0.142
=agent | weight=0.142
=niet =onze | weight=0.141, noneg
=hebben =wij | weight=0.141
=weg =en | weight=0.140
=terwijl =hun | weight=0.140
=maar =onder | weight=0.140
=koerier | weight=0.140
=garage =de | weight=0.139
=zijn =hand | weight=0.139
=kras | weight=0.139
=steken | weight=0.139
=jouw | weight=0.139
=lader | weight=0.139
=daar =gaan | weight=0.138
=ik =m | weight=0.138
=zaak | weight=0.138
=vorige =eigenaar | weight=0.138
=de =importeur | weight=0.137
=importeur | weight=0.137
=verdwijnen | weight=0.137
=alsof | weight=0.137
=lokale | weight=0.137
=stelt | weight=0.136
=de =webshop | weight=0.136
=schade =zou | weight=0.136
=kapotgemaakt | weight=0.136
=u =zelf | weight=0.136
=de =maatschappij | weight=0.135
=krijg =wij | weight=0.134
=niemand =voelt | weight=0.134, noneg
=man =in | weight=0.134
=hij =er | weight=0.134
=pakket =zelf | weight=0.134
=het =scherm | weight=0.133
=volgens =hem | weight=0.133
=keuken =is | weight=0.133
=webwinkel | weight=0.133
=hun =eigen | weight=0.132
=excursie | weight=0.131
=het =zijn | weight=0.131
=doodleuk =dat | weight=0.131
=gehad =dus | weight=0.131
=de =pakketdienst | weight=0.131
=pakketdienst | weight=0.131
=was =het | weight=0.131
=als =u | weight=0.130
=de =handleiding | weight=0.130
=niemand =wou | weight=0.130, noneg
=u =met | weight=0.130
=weg | weight=0.129
=de =netbeheerder | weight=0.129
=netbeheerder | weight=0.129
=af =op | weight=0.129
=oplossing | weight=0.129
=facturatie | weight=0.128
=medewerker =zei | weight=0.128
=euvel | weight=0.127
=het =euvel | weight=0.127
=bel =niet | weight=0.127, noneg
=de =bel | weight=0.127
=ik =waarschijnlijk | weight=0.127
=medewerker =antwoord | weight=0.127
=waarschijnlijk =de | weight=0.127
=oude =is | weight=0.126
=dat =u | weight=0.126
=dat =de | weight=0.126
=aan =mijn | weight=0.126
=de =webwinkel | weight=0.126
=had =laat | weight=0.126
=niet =aan | weight=0.126, noneg
=onjuist | weight=0.125
=is =altijd | weight=0.125
=da | weight=0.125
=software | weight=0.125
=is =uw | weight=0.125
=te =wentelen | weight=0.124
=wentelen | weight=0.124
=ziekenhuis =zegt | weight=0.124
=ze =probeer | weight=0.124
=dat =automatische | weight=0.124
=beschadigd =aan | weight=0.124
=kwam =beschadigd | weight=0.124
=slechte | weight=0.124
=onder =de | weight=0.124
=verknald | weight=0.123
=onderhoud | weight=0.123
=rekende | weight=0.123
=vergissing | weight=0.123
=ik =zo'n | weight=0.123
=zo'n =oude | weight=0.123
=werkgever | weight=0.123
=app =niet | weight=0.123, noneg
=gedaan | weight=0.122
=hij =nooit | weight=0.122, noneg
=zegt =het | weight=0.122
=kantoor =zeggen | weight=0.122
=bezorger =heeft | weight=0.122
=van =verkeerde | weight=0.122
=niet =ons | weight=0.121, noneg
=ze =zeiden | weight=0.121
=lag =volgens | weight=0.121
=klacht =werd | weight=0.120
=het =weer | weight=0.120
=mijn =stopcontact | weight=0.120
=gooide =het | weight=0.120
=hun | weight=0.120
=jullie =klantendienst | weight=0.120
=het =door | weight=0.120
=aangesloten | weight=0.119
=ik =zou | weight=0.119
=lekkage | weight=0.119
=de =oorzaak | weight=0.119
=oorzaak | weight=0.119
=navragen | weight=0.119
=checken | weight=0.119
=is =blijkbaar | weight=0.119
=mijn =spamfolder | weight=0.118
=spamfolder | weight=0.118
=schoenen =van | weight=0.117
=moest =kopen | weight=0.117
=mij =thuis | weight=0.117
=houden | weight=0.117
=laat =vallen | weight=0.117
=afgewezen | weight=0.117
=computer | weight=0.116
=schoven =het | weight=0.116
=wordt =door | weight=0.116
=op =haar | weight=0.116
=hand | weight=0.115
=fout =op | weight=0.115
=waarom =mijn | weight=0.115
=stopcontact | weight=0.115
=staat =nergens | weight=0.115, noneg
=geen =invloed | weight=0.114, noneg
=maar =met | weight=0.114
=blijkbaar | weight=0.114
=heb =je | weight=0.114
=klantenservice =zei | weight=0.114
=de =afwijzing | weight=0.114
=het =buiten | weight=0.113
=maatschappij | weight=0.113
=alsof =dat | weight=0.113
=bank | weight=0.113
=schuift =de | weight=0.113
=webshop | weight=0.113
=filiaal =zegt | weight=0.113
=nooit =heb | weight=0.113, noneg
=mijn =bank | weight=0.112
=alsof =het | weight=0.112
=afwijzing | weight=0.112
=had =vastgezeten | weight=0.112
=hem =slechte | weight=0.112
=slechte =had | weight=0.112
=zogenaamd =omdat | weight=0.112
=m | weight=0.112
=zou =ik | weight=0.112
=t | weight=0.112
=terwijl =de | weight=0.112
=bank =de | weight=0.111
=kwijtgeraakt | weight=0.111
=heb =laat | weight=0.111
=toestel =heb | weight=0.111
=overmacht =terwijl | weight=0.111
=de =levering | weight=0.111
=vastgezeten | weight=0.111
=misgaat | weight=0.111
=moet =u | weight=0.111
=gemeente =zegt | weight=0.111
=eigen =wifi | weight=0.110
=vallen =wat | weight=0.110
=hij =zei | weight=0.110
=had =terwijl | weight=0.110
=hun =mail | weight=0.110
=het =op | weight=0.109
=tegenhoudt | weight=0.109
=daarom | weight=0.109
=het =mij | weight=0.109
=nooit =gedaan | weight=0.109, noneg
=zelf =heb | weight=0.109
=valt =maar | weight=0.109
=neer | weight=0.109
=ze =stelde | weight=0.108
=de =ober | weight=0.108
=systeem =had | weight=0.108
=houdt =vol | weight=0.108
=wij =niet | weight=0.107, noneg
=doorgegeven | weight=0.107
=zending | weight=0.107
=medewerker =gooide | weight=0.107
=kapotte =was | weight=0.107
=boekhouding | weight=0.107
=boekhouding =en | weight=0.107
=de =boekhouding | weight=0.107
=lag | weight=0.107
=die =man | weight=0.106
=pakket =kwijt | weight=0.106
=na =mijn | weight=0.106
=zich | weight=0.106
=afzender =de | weight=0.105
