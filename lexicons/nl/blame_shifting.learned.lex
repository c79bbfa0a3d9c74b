# blame_shifting, nl: learned by scripts/learn.py from 4875 tuning texts (582 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Iedereen verwijst naar elkaar. De winkel naar de fabrikant, de fabrikant naar de winkel.
+ Verkoper wilde niet naar mijn kapotte telefoon kijken, ik moest het zelf maar via de app van de fabrikant regelen.
+ Volgens hun 'technische dienst' ligt het aan de stroom in mijn wijk. Netbeheerder zegt dat er niks aan de hand is.
- ok dankje
- ok top dank je
=de =fabrikant | weight=0.496
=zelf =had | weight=0.442
=niet =wij | weight=0.415, noneg
=wijten | weight=0.360
=verkeerde =had | weight=0.356
=het =mijn | weight=0.347
=zou =aan | weight=0.343
=de =vervoerder | weight=0.340
=vol =dat | weight=0.325
=laat =had | weight=0.312
=beweert | weight=0.306
=beweert =dat | weight=0.306
=niet =onze | weight=0.306, noneg
=uw =eigen | weight=0.303
=volgens =hen | weight=0.299
=volgens =die | weight=0.297
=beweren | weight=0.295
=door =mijn | weight=0.295
=moet =lezen | weight=0.291
=beweren =dat | weight=0.287
=wijst | weight=0.286
=da's | weight=0.283
=wijzen =naar | weight=0.281
=afgedaan | weight=0.281
=fabrikant | weight=0.280
=schuift | weight=0.280
=het =zelf | weight=0.279
=doet =dat | weight=0.274
=liggen | weight=0.273
=niet =hun | weight=0.272, noneg
=bewoners | weight=0.272
=schuiven | weight=0.269
=bank =toen | weight=0.268
=zegt =dat | weight=0.268
=een =zaak | weight=0.268
=fout =van | weight=0.265
=u =zelf | weight=0.265
=komt =door | weight=0.260
=ze =beweren | weight=0.259
=gooien | weight=0.259
=zogenaamd | weight=0.255
=zou =door | weight=0.254
=hand =in | weight=0.253
=schuld | weight=0.253
=volgens =de | weight=0.252
=zegt =ik | weight=0.251
=is =van | weight=0.250
=smoesje | weight=0.248
=vervoerder | weight=0.247
=vol | weight=0.247
=niet =mijn | weight=0.246, noneg
=elkaar =aan | weight=0.243
=de =storing | weight=0.242
=uwe | weight=0.242
=beter =moet | weight=0.240
=af =op | weight=0.240
=veroorzaakt | weight=0.240
=toe =aan | weight=0.240
=de =schade | weight=0.239
=gesuggereerd | weight=0.239
=gesuggereerd =dat | weight=0.239
=elkaar | weight=0.238
=mislukt | weight=0.238
=ze =draaien | weight=0.238
=aan =uw | weight=0.237
=overbelast | weight=0.237
=te =oude | weight=0.237
=kraan | weight=0.236
=de =webshop | weight=0.235
=de =dubbele | weight=0.233
=formulier =verkeerde | weight=0.233
=de =helpdesk | weight=0.232
=wifi | weight=0.232
=ligt | weight=0.232
=wijzen | weight=0.230
=niet =goed | weight=0.230, noneg
=altijd =aan | weight=0.230
=ligt =altijd | weight=0.230
=stelt =dat | weight=0.230
=wijst =naar | weight=0.229
=maar =moet | weight=0.227
=niet =ons | weight=0.227, noneg
=volgens =jullie | weight=0.225
=overmacht | weight=0.223
=zou =mijn | weight=0.223
=geen =excuses | weight=0.223, noneg
=alles =af | weight=0.222
=zaak =van | weight=0.219
=zelf =kapotte | weight=0.219
=stagiair | weight=0.219
=afgedaan =als | weight=0.218
=te =het | weight=0.217
=de =it-afdeling | weight=0.217
=it-afdeling | weight=0.217
=het =aan | weight=0.215
=u =heeft | weight=0.214
=niet =aan | weight=0.214, noneg
=alsof =dat | weight=0.214
=wij =niks | weight=0.212, noneg
=waarschijnlijk | weight=0.212
=de =stagiair | weight=0.212
=maar =bij | weight=0.211
=insinueerde | weight=0.211
=insinueerde =dat | weight=0.211
=schuld =en | weight=0.210
=u =had | weight=0.208
=hield | weight=0.207
=onderaannemer | weight=0.207
=verweten | weight=0.206
=beter =had | weight=0.206
=wij =te | weight=0.206
=wees | weight=0.206
=laat =vallen | weight=0.206
=schuiven =het | weight=0.205
=de =importeur | weight=0.203
=importeur | weight=0.203
=probleem =genoemd | weight=0.203
=ik =loog | weight=0.203
=loog | weight=0.203
=oude =is | weight=0.202
=gaan =wij | weight=0.202
=volgens =hem | weight=0.202
=verantwoordelijkheid | weight=0.202
=doen =alsof | weight=0.202
=werd =even | weight=0.201
=de =verhuurder | weight=0.200
=verhuurder | weight=0.200
=de =kapper | weight=0.199
=de =lekkage | weight=0.198
=agent | weight=0.197
=de =bezorgdienst | weight=0.197
=doordat | weight=0.197
=de =leverancier | weight=0.197
=de =klant | weight=0.196
=genoemd | weight=0.196
=probleem =gewoon | weight=0.195
=altijd =iemand | weight=0.195
=ze =doen | weight=0.194
=man =zegt | weight=0.193
=vorige =eigenaar | weight=0.193
=ik =zou | weight=0.193
=aankloppen | weight=0.193
=jullie =zeggen | weight=0.192
=weg =en | weight=0.192
=volgens | weight=0.191
=daar =hebben | weight=0.191
=mezelf | weight=0.190
=systeem =daar | weight=0.190
=kapper | weight=0.190
=systeem =doet | weight=0.190
=monteur =de | weight=0.190
=niet =kunt | weight=0.189, noneg
=antwoord =u | weight=0.189
=printer | weight=0.187
=bezorgdienst | weight=0.187
=had =u | weight=0.187
=zegt =de | weight=0.186
=er =al | weight=0.185
=verkeerde =tijd | weight=0.184
=naar =elkaar | weight=0.184
=doodleuk | weight=0.183
=niet =ziet | weight=0.183, noneg
=zei =de | weight=0.183
=de =garage | weight=0.183
=ze =terwijl | weight=0.182
=gedaan =heeft | weight=0.181
=door =naar | weight=0.181
=te =wentelen | weight=0.180
=wentelen | weight=0.180
=aangenomen | weight=0.180
=de =receptie | weight=0.180
=het =magazijn | weight=0.179
=probleem =bij | weight=0.179
=receptie | weight=0.179
=gewassen | weight=0.179
=uw =probleem | weight=0.179
=kopen | weight=0.178
=ze =houden | weight=0.178
=onjuist | weight=0.178
=daar =kunnen | weight=0.178
=ge | weight=0.178
=de =transporteur | weight=0.176
=transporteur | weight=0.176
=wezen | weight=0.176
=dat =onze | weight=0.176
=vraag =zei | weight=0.176
=rekende | weight=0.175
=alles =werd | weight=0.175
=gevolg | weight=0.175
=ontstaan | weight=0.175
=aan =mijn | weight=0.175
=dat =komt | weight=0.174
=steken =het | weight=0.174
=ze =steken | weight=0.174
=mij =lag | weight=0.173
=daar =gaan | weight=0.173
=de =douane | weight=0.173
=douane | weight=0.173
=het =zou | weight=0.172
=mijn =bank | weight=0.172
=het =verhaal | weight=0.172
=hing =op | weight=0.170
=bekabeling | weight=0.170
=woon | weight=0.170
=handleiding =niet | weight=0.169, noneg
=schreef =dat | weight=0.169
=steken | weight=0.169
=is =altijd | weight=0.168
=wast | weight=0.168
=kapotgemaakt | weight=0.168
=riep | weight=0.167
=krijg =wij | weight=0.167
=hebben =wij | weight=0.167
=eigenaar | weight=0.166
=verkeerde =ingevuld | weight=0.166
=stelt | weight=0.165
=lokale | weight=0.165
=klantenservice =had | weight=0.165
=netbeheerder | weight=0.164
=probleem | weight=0.164
=ligt =aan | weight=0.164
=het =verwijt | weight=0.164
=verwijt | weight=0.164
=verwijt =dat | weight=0.164
=uitvechten | weight=0.164
=de =onderaannemer | weight=0.164
=antwoord =de | weight=0.164
=een =gebruikersfout | weight=0.164
=gebruikersfout | weight=0.164
=werd =op | weight=0.164
=legt | weight=0.163
=legt =de | weight=0.163
=niemand =neemt | weight=0.163, noneg
=eigen =bekabeling | weight=0.163
=garage =de | weight=0.162
=de =handleiding | weight=0.162
=ingevuld =zei | weight=0.162
=boekhouding | weight=0.161
=de =boekhouding | weight=0.161
=bellen =nooit | weight=0.161, noneg
=nee =dus | weight=0.161
=jullie =klantendienst | weight=0.160
=niemand =voelt | weight=0.160, noneg
=ineens =mijn | weight=0.160
=de =netbeheerder | weight=0.160
=het =hoofdkantoor | weight=0.159
=ik =degene | weight=0.159
=bank =moest | weight=0.159
=suggereerde =dat | weight=0.158
=verder =met | weight=0.158
=weg =was | weight=0.158
=nooit =een | weight=0.158, noneg
=de =installatie | weight=0.157
=zelf =verkeerde | weight=0.157
=thuis =gezet | weight=0.157
=niet =opdagen | weight=0.157, noneg
=moest =kopen | weight=0.157
=de =instructies | weight=0.156
=suggereerde | weight=0.156
=al =voor | weight=0.155
=werkgever | weight=0.154
=hebben =er | weight=0.154
=keer =bij | weight=0.154
=de =schuld | weight=0.153
=had =opgegeven | weight=0.153
=is =uw | weight=0.153
=had =getekend | weight=0.153
=getekend | weight=0.153
=het =gedaan | weight=0.152
=instructies | weight=0.152
=zeggen =dat | weight=0.152
=zijn =hand | weight=0.152
=zeiden =dat | weight=0.151
=bezorgdienst =uitvechten | weight=0.151
=zending | weight=0.151
=kwijtgeraakt | weight=0.151
=hij =zei | weight=0.151
=de =klacht | weight=0.151
=alles =wordt | weight=0.150
=de =bevestigingsmail | weight=0.150
=gezin | weight=0.150
=excursie | weight=0.150
=gebruikt | weight=0.150
=mij =thuis | weight=0.150
=de =maatschappij | weight=0.149
=de =chauffeur | weight=0.149
=andere =die | weight=0.149
=dus =aan | weight=0.148
=monteur =was | weight=0.148
=geen =invloed | weight=0.147, noneg
=elke =andere | weight=0.147
=schoven | weight=0.147
=ze =schoven | weight=0.147
=zaak =niet | weight=0.147, noneg
=ze =stelde | weight=0.147
=software | weight=0.146
=was =kwijt | weight=0.146
=nooit =heb | weight=0.146, noneg
=verzekeraar =stelt | weight=0.146
=open =was | weight=0.145
=de =pakketdienst | weight=0.145
=pakketdienst | weight=0.145
=koerier | weight=0.145
=zich =op | weight=0.145
=gooide =het | weight=0.144
=schuld =werd | weight=0.144
=lag =volgens | weight=0.144
=niet =aanwezig | weight=0.144, noneg
=mijn =schuld | weight=0.143
=alles =op | weight=0.142
=schreef | weight=0.142
=het =gevolg | weight=0.142
=kras | weight=0.142
=werd =afgedaan | weight=0.141
=gereageerd | weight=0.141
=hij =weg | weight=0.141
=weg =woon | weight=0.141
=uw =telefoon | weight=0.140
=kreeg =het | weight=0.140
=de =afwijzing | weight=0.140
=het =toestel | weight=0.140
=hem =verkeerde | weight=0.140
=door =eigen | weight=0.140
=het =ineens | weight=0.140
=toch =jullie | weight=0.140
=afwijzing | weight=0.139
=de =ketel | weight=0.139
=garage | weight=0.139
=de =oorzaak | weight=0.139
=oorzaak | weight=0.139
=bank =de | weight=0.138
=bestelling =zelf | weight=0.138
=zelf =geannuleerd | weight=0.138
=moet =opnemen | weight=0.138
=zelf =maar | weight=0.138
=ik =zo'n | weight=0.138
=zo'n =oude | weight=0.138
=terwijl =hun | weight=0.138
=ze =zeiden | weight=0.137
=niemand =deed | weight=0.137, noneg
=garage =zei | weight=0.137
=hij =nooit | weight=0.137, noneg
=app =niet | weight=0.137, noneg
=leverancier | weight=0.136
=ketel | weight=0.136
=degene | weight=0.135
=degene =die | weight=0.135
=systeem =had | weight=0.135
=zich =achter | weight=0.135
=het =mij | weight=0.135
=ziekenhuis =zegt | weight=0.134
=klacht =werd | weight=0.134
=jouw | weight=0.134
=fout =op | weight=0.134
=gemeente =zegt | weight=0.134
=bij =ons | weight=0.134
=installatie | weight=0.134
=zegt =niet | weight=0.134, noneg
=houden =vol | weight=0.133
=genoteerd | weight=0.133
=te =ver | weight=0.133
=ver | weight=0.133
=de =drukkerij | weight=0.133
=drukkerij | weight=0.133
=man =in | weight=0.133
=de =koerier | weight=0.133
=doodleuk =dat | weight=0.133
=de =servicedesk | weight=0.132
=misgaat | weight=0.132
=als =er | weight=0.132
=verwijst | weight=0.132
=moest =regelen | weight=0.132
=maatschappij | weight=0.131
=ik =waarschijnlijk | weight=0.131
=houdt =vol | weight=0.131
=lader | weight=0.131
=nu =weer | weight=0.131
=je =bij | weight=0.130
=klantenservice =moest | weight=0.130
=van =verkeerde | weight=0.130
=wij =een | weight=0.130
=chauffeur | weight=0.130
=niet =thuis | weight=0.130, noneg
=schreven | weight=0.130
=kunnen =wij | weight=0.130
=maar =beter | weight=0.130
=blijkbaar =is | weight=0.130
=wij =de | weight=0.129
=t | weight=0.129
=u =er | weight=0.129
=beweerde | weight=0.129
=de =ober | weight=0.129
=bel =niet | weight=0.129, noneg
=de =bel | weight=0.129
=medewerker =antwoord | weight=0.129
=waarschijnlijk =de | weight=0.129
=monteur =had | weight=0.129
=de =aannemer | weight=0.129
=ik =m | weight=0.129
=de =verzekering | weight=0.128
