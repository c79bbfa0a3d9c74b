# blame_shifting, nl: learned by scripts/learn.py from 4470 tuning texts (493 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Het zou aan mijn wifi liggen, zeggen ze altijd. Ik zit aan een kabel, niet op wifi.
+ Iedereen verwijst naar elkaar. De winkel naar de fabrikant, de fabrikant naar de winkel.
+ Verkoper wilde niet naar mijn kapotte telefoon kijken, ik moest het zelf maar via de app van de fabrikant regelen.
- ok dankje
- we willen ons geld terug
=de =fabrikant | weight=0.419
=niet =wij | weight=0.404, noneg
=zelf =had | weight=0.393
=fabrikant | weight=0.389
=wijten | weight=0.334
=liggen | weight=0.333
=het =mijn | weight=0.329
=het =zelf | weight=0.319
=da's | weight=0.319
=vol =dat | weight=0.304
=vervoerder | weight=0.303
=verantwoordelijkheid | weight=0.302
=beweert | weight=0.302
=beweert =dat | weight=0.302
=ligt | weight=0.300
=volgens =die | weight=0.295
=verkeerde =had | weight=0.292
=door =mijn | weight=0.291
=afgedaan | weight=0.290
=de =vervoerder | weight=0.289
=wijzen =naar | weight=0.288
=schuld | weight=0.288
=volgens =hen | weight=0.283
=beweren | weight=0.277
=niet =onze | weight=0.272, noneg
=zou =aan | weight=0.271
=moet =lezen | weight=0.271
=beweren =dat | weight=0.270
=schuiven | weight=0.266
=wijzen | weight=0.266
=de =schuld | weight=0.266
=volgens =de | weight=0.264
=doet =dat | weight=0.262
=schuift | weight=0.260
=laat =had | weight=0.255
=toe =aan | weight=0.251
=de =schade | weight=0.250
=veroorzaakt | weight=0.249
=bewoners | weight=0.247
=het =zou | weight=0.247
=volgens =jullie | weight=0.245
=ze =beweren | weight=0.243
=uwe | weight=0.242
=komt =door | weight=0.241
=zou =door | weight=0.241
=is =van | weight=0.238
=zogenaamd | weight=0.236
=u =zelf | weight=0.236
=fout =van | weight=0.235
=afgedaan =als | weight=0.234
=formulier =verkeerde | weight=0.232
=ze =draaien | weight=0.231
=overmacht | weight=0.230
=systeem =dat | weight=0.228
=stagiair | weight=0.227
=aan =uw | weight=0.223
=niet =hun | weight=0.222, noneg
=beter =moet | weight=0.222
=stelt =dat | weight=0.220
=wezen | weight=0.220
=de =stagiair | weight=0.218
=dat =is | weight=0.217
=mislukt | weight=0.216
=probleem =gewoon | weight=0.215
=de =garage | weight=0.215
=gooien | weight=0.215
=gesuggereerd | weight=0.215
=gesuggereerd =dat | weight=0.215
=een =zaak | weight=0.214
=maar =moet | weight=0.214
=schuiven =het | weight=0.212
=naar =elkaar | weight=0.212
=door =naar | weight=0.211
=wij =te | weight=0.211
=verweten | weight=0.210
=wifi | weight=0.210
=insinueerde | weight=0.205
=insinueerde =dat | weight=0.205
=niet =ons | weight=0.205, noneg
=zegt =dat | weight=0.205
=aan =mijn | weight=0.204
=boekhouding | weight=0.203
=de =boekhouding | weight=0.203
=de =leverancier | weight=0.203
=ze =houden | weight=0.201
=niet =kunt | weight=0.201, noneg
=me =dat | weight=0.201
=werd =even | weight=0.200
=de =dubbele | weight=0.199
=altijd =iemand | weight=0.198
=zelf =verkeerde | weight=0.197
=de =bezorgdienst | weight=0.196
=zegt =ik | weight=0.196
=jullie =zeggen | weight=0.196
=bij =ons | weight=0.195
=het =toestel | weight=0.192
=waarschijnlijk | weight=0.191
=onderaannemer | weight=0.191
=niks =mee | weight=0.191, noneg
=ik =loog | weight=0.190
=loog | weight=0.190
=doodleuk | weight=0.190
=de =kapper | weight=0.189
=niet =thuis | weight=0.189, noneg
=zaak =van | weight=0.189
=vol | weight=0.188
=hand =in | weight=0.188
=niet =goed | weight=0.187, noneg
=ontstaan | weight=0.187
=de =webshop | weight=0.186
=wast | weight=0.186
=vraag =zei | weight=0.185
=verkeerde =tijd | weight=0.185
=aankloppen | weight=0.185
=agent | weight=0.184
=gaan =wij | weight=0.182
=er =al | weight=0.182
=maar =bij | weight=0.182
=kapper | weight=0.182
=bezorgdienst | weight=0.182
=alles =werd | weight=0.180
=gevolg | weight=0.180
=de =transporteur | weight=0.178
=transporteur | weight=0.178
=wij =niks | weight=0.178, noneg
=zei =de | weight=0.177
=zeiden =dat | weight=0.177
=systeem =doet | weight=0.177
=doen =alsof | weight=0.177
=uw =probleem | weight=0.177
=bank =toen | weight=0.176
=zou =mijn | weight=0.175
=zelf =kapotte | weight=0.175
=volgens | weight=0.175
=alles =af | weight=0.175
=uw =eigen | weight=0.174
=niet =ziet | weight=0.174, noneg
=te =wentelen | weight=0.173
=wentelen | weight=0.173
=zijn =hand | weight=0.173
=de =it-afdeling | weight=0.173
=it-afdeling | weight=0.173
=beter =had | weight=0.173
=ze =terwijl | weight=0.173
=de =klant | weight=0.172
=het =de | weight=0.172
=bij =mij | weight=0.172
=storing | weight=0.172
=u =had | weight=0.172
=man =zegt | weight=0.171
=dat =onze | weight=0.171
=ik =zou | weight=0.170
=doordat | weight=0.170
=steken =het | weight=0.170
=ze =steken | weight=0.170
=de =klacht | weight=0.170
=legt | weight=0.170
=handleiding =niet | weight=0.170, noneg
=legt =de | weight=0.169
=gedaan =heeft | weight=0.169
=geen =excuses | weight=0.169, noneg
=de =instructies | weight=0.168
=lag =volgens | weight=0.168
=alsof =dat | weight=0.168
=de =handleiding | weight=0.168
=garage | weight=0.168
=het =verhaal | weight=0.167
=bekabeling | weight=0.167
=instructies | weight=0.166
=netbeheerder | weight=0.165
=wijst =naar | weight=0.165
=ik =degene | weight=0.164
=komt | weight=0.164
=ze =doen | weight=0.164
=wijst | weight=0.164
=postnl | weight=0.164
=bellen =nooit | weight=0.164, noneg
=te =oude | weight=0.164
=de =helpdesk | weight=0.163
=de =netbeheerder | weight=0.163
=de =bevestigingsmail | weight=0.163
=daar =hebben | weight=0.163
=meneer | weight=0.163
=verantwoordelijkheid =voor | weight=0.163
=uitvechten | weight=0.162
=schuld =en | weight=0.161
=kopen | weight=0.161
=verzekeraar =stelt | weight=0.161
=is =ontstaan | weight=0.161
=schoven | weight=0.160
=ze =schoven | weight=0.160
=elkaar | weight=0.160
=af =op | weight=0.160
=had =u | weight=0.159
=printer | weight=0.158
=houden =vol | weight=0.157
=krijg =wij | weight=0.157
=uw =telefoon | weight=0.157
=het =aan | weight=0.157
=hem =verkeerde | weight=0.156
=de =verhuurder | weight=0.156
=verhuurder | weight=0.156
=de =onderaannemer | weight=0.156
=eigen =bekabeling | weight=0.156
=dat =komt | weight=0.156
=steken | weight=0.156
=niemand =voelt | weight=0.155, noneg
=gemaakt | weight=0.155
=garage =de | weight=0.154
=aannemer | weight=0.154
=een =fout | weight=0.154
=nee =dus | weight=0.154
=zij | weight=0.152
=een =gebruikersfout | weight=0.152
=gebruikersfout | weight=0.152
=ingevuld =zei | weight=0.152
=systeem =daar | weight=0.152
=zich =achter | weight=0.151
=ge | weight=0.151
=vorige =eigenaar | weight=0.151
=was =de | weight=0.151
=ik =m | weight=0.151
=gereageerd | weight=0.150
=nooit =een | weight=0.150, noneg
=het =zijn | weight=0.150
=daar =gaan | weight=0.150
=doodleuk =dat | weight=0.150
=staat =dat | weight=0.150
=hun =eigen | weight=0.150
=webwinkel | weight=0.149
=kras | weight=0.149
=het =weer | weight=0.149
=opnemen | weight=0.149
=het =gevolg | weight=0.149
=lokale | weight=0.149
=scherm | weight=0.148
=app =niet | weight=0.148, noneg
=hij =er | weight=0.148
=degene | weight=0.147
=degene =die | weight=0.147
=kapotgemaakt | weight=0.147
=is =altijd | weight=0.147
=de =importeur | weight=0.147
=importeur | weight=0.147
=het =scherm | weight=0.146
=de =oorzaak | weight=0.146
=oorzaak | weight=0.146
=onjuist | weight=0.145
=jullie =klantendienst | weight=0.145
=hield | weight=0.145
=klantenservice =moest | weight=0.144
=had =opgegeven | weight=0.144
=monteur =was | weight=0.144
=het =gedaan | weight=0.144
=lag =het | weight=0.144
=stelt | weight=0.144
=daar =kunnen | weight=0.143
=zelf =maar | weight=0.143
=weg | weight=0.142
=werkgever | weight=0.142
=gescheurd | weight=0.142
=was =kwijt | weight=0.142
=het =verwijt | weight=0.141
=verwijt | weight=0.141
=verwijt =dat | weight=0.141
=laat =vallen | weight=0.141
=zegt =de | weight=0.141
=de =pakketdienst | weight=0.140
=pakketdienst | weight=0.140
=gehad =dus | weight=0.140
=excursie | weight=0.140
=werd =afgedaan | weight=0.139
=vergissing | weight=0.139
=daarom | weight=0.138
=de =maatschappij | weight=0.138
=genoteerd | weight=0.138
=bezorgdienst =uitvechten | weight=0.138
=lader | weight=0.138
=rekende | weight=0.138
=hun | weight=0.137
=niet =aanwezig | weight=0.137, noneg
=man =zei | weight=0.136
=jouw | weight=0.135
=maar =op | weight=0.135
=koerier | weight=0.135
=man =in | weight=0.135
=maar =beter | weight=0.135
=verknald | weight=0.135
=hebben =wij | weight=0.135
=klacht =werd | weight=0.134
=alsof | weight=0.134
=afgewezen | weight=0.134
=installatie | weight=0.134
=gebruikt | weight=0.134
=geen =invloed | weight=0.134, noneg
=moest =kopen | weight=0.133
=kwam =niet | weight=0.133, noneg
=niet =opdagen | weight=0.133, noneg
=verwijst | weight=0.133
=bel =niet | weight=0.133, noneg
=de =bel | weight=0.133
=ik =waarschijnlijk | weight=0.133
=medewerker =antwoord | weight=0.133
=waarschijnlijk =de | weight=0.133
=begreep | weight=0.133
=gooide =het | weight=0.132
=niet =zei | weight=0.132, noneg
=je =bij | weight=0.132
=nooit =heb | weight=0.132, noneg
=de =aannemer | weight=0.131
=hij =nooit | weight=0.131, noneg
=het =heeft | weight=0.131
=zich =op | weight=0.131
=en =niet | weight=0.130, noneg
=monteur =kwam | weight=0.130
=open =was | weight=0.130
=dat =ligt | weight=0.130
=schoenen =van | weight=0.130
=niet =mijn | weight=0.129, noneg
=andere =die | weight=0.129
=bank =de | weight=0.129
=verkeerde =ingevuld | weight=0.129
=van =verkeerde | weight=0.128
=leverancier | weight=0.128
=keer =bij | weight=0.128
=woon | weight=0.128
=min =of | weight=0.128
=of =meer | weight=0.128
=werd =min | weight=0.128
=t | weight=0.127
=ziekenhuis =zegt | weight=0.127
=beschadigd =aan | weight=0.127
=kwam =beschadigd | weight=0.127
=de =douane | weight=0.126
=douane | weight=0.126
=bestelling =zelf | weight=0.124
=zelf =geannuleerd | weight=0.124
=u =heeft | weight=0.124
=heb =je | weight=0.124
=het =mij | weight=0.124
=schoven =het | weight=0.124
=filiaal =zegt | weight=0.124
=het =slot | weight=0.124
=maar =onder | weight=0.124
=klantenservice =zei | weight=0.124
=het =formulier | weight=0.123
=laat =was | weight=0.123
=hij =zei | weight=0.123
=wordt =door | weight=0.123
=maand =een | weight=0.123
=vertraging =van | weight=0.123
=schade =zou | weight=0.122
=fout =op | weight=0.122
=keuken =is | weight=0.122
=de =lekkage | weight=0.121
=dus =geen | weight=0.121, noneg
=lag | weight=0.121
=hen | weight=0.121
=monteur =de | weight=0.121
=medewerker =verkeerde | weight=0.121
=hun =antwoord | weight=0.121
=de =vergissing | weight=0.121
=beter | weight=0.121
=de =lokale | weight=0.120
=zegt =het | weight=0.120
=had =betaald | weight=0.120
=toestel | weight=0.120
=zelf =heb | weight=0.120
=kantoor =zeggen | weight=0.119
=blijkbaar | weight=0.119
=weg =en | weight=0.119
=als =u | weight=0.119
=dat =mens | weight=0.119
=de =servicedesk | weight=0.119
=hen =is | weight=0.119
=de =webwinkel | weight=0.119
=bezorger =beweert | weight=0.118
=dubbele =is | weight=0.118
=stuurde =de | weight=0.118
=houdt =vol | weight=0.118
=eigenaar | weight=0.118
=bank | weight=0.117
=de =krassen | weight=0.117
=krassen | weight=0.117
=dhr | weight=0.117
=de =afwijzing | weight=0.117
=de =installatie | weight=0.117
=het =retourneren | weight=0.117
=de =computer | weight=0.117
=niemand =wou | weight=0.116, noneg
=handleiding | weight=0.116
=op =haar | weight=0.116
=afwijzing | weight=0.116
=probleem | weight=0.115
=wij =een | weight=0.115
=maar =contact | weight=0.115
=kunnen =wij | weight=0.115
=kreeg =het | weight=0.114
=kapotte =gemaakt | weight=0.114
=moet =opnemen | weight=0.114
