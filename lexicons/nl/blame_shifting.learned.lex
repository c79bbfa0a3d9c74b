# blame_shifting, nl: learned by scripts/learn.py from 4875 tuning texts (582 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Het zou aan mijn wifi liggen, zeggen ze altijd. Ik zit aan een kabel, niet op wifi.
+ Iedereen verwijst naar elkaar. De winkel naar de fabrikant, de fabrikant naar de winkel.
+ Bij de kassa werd me verteld dat het mijn eigen schuld was dat de bon kwijt was, terwijl hun printer kapot was.
- ok dankje
- ok top dank je
=de =fabrikant | weight=0.500
=zelf =had | weight=0.418
=niet =wij | weight=0.418, noneg
=het =mijn | weight=0.365
=wijten | weight=0.353
=zou =aan | weight=0.341
=verkeerde =had | weight=0.336
=de =vervoerder | weight=0.333
=laat =had | weight=0.322
=niet =onze | weight=0.317, noneg
=vol =dat | weight=0.317
=beweert | weight=0.313
=beweert =dat | weight=0.313
=door =mijn | weight=0.312
=volgens =die | weight=0.302
=da's | weight=0.301
=volgens =hen | weight=0.300
=beweren | weight=0.295
=zegt =dat | weight=0.290
=wijst | weight=0.289
=afgedaan | weight=0.287
=beweren =dat | weight=0.287
=het =zelf | weight=0.285
=wijzen =naar | weight=0.281
=fabrikant | weight=0.280
=smoesje | weight=0.277
=bewoners | weight=0.276
=schuiven | weight=0.276
=moet =lezen | weight=0.275
=fout =van | weight=0.274
=komt =door | weight=0.273
=doet =dat | weight=0.272
=een =zaak | weight=0.270
=zegt =ik | weight=0.269
=bank =toen | weight=0.268
=u =zelf | weight=0.268
=schuift | weight=0.265
=liggen | weight=0.262
=niet =hun | weight=0.261, noneg
=schuld | weight=0.261
=gooien | weight=0.259
=hand =in | weight=0.257
=toe =aan | weight=0.256
=ontstaan | weight=0.252
=is =van | weight=0.251
=elkaar =aan | weight=0.250
=zogenaamd | weight=0.250
=veroorzaakt | weight=0.249
=beter =moet | weight=0.249
=ze =beweren | weight=0.248
=niet =mijn | weight=0.247, noneg
=de =schade | weight=0.246
=wijst =naar | weight=0.245
=zou =door | weight=0.243
=wijzen | weight=0.240
=de =webshop | weight=0.239
=formulier =verkeerde | weight=0.237
=de =leverancier | weight=0.236
=ze =draaien | weight=0.236
=uwe | weight=0.235
=ligt | weight=0.234
=stagiair | weight=0.234
=maar =moet | weight=0.234
=zaak =van | weight=0.234
=alles =af | weight=0.231
=u =had | weight=0.231
=gesuggereerd | weight=0.230
=gesuggereerd =dat | weight=0.230
=te =het | weight=0.229
=overmacht | weight=0.228
=volgens =de | weight=0.226
=aan =uw | weight=0.226
=wifi | weight=0.225
=geen =excuses | weight=0.225, noneg
=altijd =aan | weight=0.224
=ligt =altijd | weight=0.224
=elkaar | weight=0.224
=niet =aan | weight=0.221, noneg
=de =it-afdeling | weight=0.221
=it-afdeling | weight=0.221
=de =dubbele | weight=0.221
=af =op | weight=0.221
=maar =bij | weight=0.221
=verweten | weight=0.220
=zelf =kapotte | weight=0.217
=volgens =jullie | weight=0.216
=de =helpdesk | weight=0.216
=schuld =en | weight=0.216
=mislukt | weight=0.216
=vervoerder | weight=0.215
=wij =niks | weight=0.215, noneg
=waarschijnlijk | weight=0.213
=niet =ons | weight=0.213, noneg
=stelt =dat | weight=0.213
=volgens =hem | weight=0.213
=genoemd | weight=0.212
=zelf =verkeerde | weight=0.212
=afgedaan =als | weight=0.212
=de =storing | weight=0.211
=vol | weight=0.210
=de =stagiair | weight=0.209
=de =bezorgdienst | weight=0.208
=wees | weight=0.207
=man =zegt | weight=0.206
=onderaannemer | weight=0.205
=de =kapper | weight=0.205
=wij =te | weight=0.204
=insinueerde | weight=0.204
=insinueerde =dat | weight=0.204
=weg =en | weight=0.203
=ik =loog | weight=0.202
=loog | weight=0.202
=gaan =wij | weight=0.201
=zou =mijn | weight=0.201
=werd =even | weight=0.201
=probleem =genoemd | weight=0.201
=bezorgdienst | weight=0.200
=uw =probleem | weight=0.200
=de =klant | weight=0.200
=alsof =dat | weight=0.199
=niet =kunt | weight=0.198, noneg
=uw =eigen | weight=0.198
=kapper | weight=0.197
=schuiven =het | weight=0.197
=doodleuk | weight=0.197
=agent | weight=0.195
=gewassen | weight=0.195
=verantwoordelijkheid | weight=0.195
=monteur =de | weight=0.195
=de =importeur | weight=0.194
=importeur | weight=0.194
=probleem =gewoon | weight=0.193
=te =oude | weight=0.193
=aankloppen | weight=0.192
=systeem =doet | weight=0.191
=altijd =iemand | weight=0.191
=doen =alsof | weight=0.191
=zegt =de | weight=0.191
=verkeerde =tijd | weight=0.190
=doordat | weight=0.190
=dat =komt | weight=0.190
=kras | weight=0.189
=hield | weight=0.188
=daar =kunnen | weight=0.188
=jullie =zeggen | weight=0.187
=wezen | weight=0.186
=de =lekkage | weight=0.186
=steken =het | weight=0.186
=ze =steken | weight=0.186
=systeem =daar | weight=0.185
=volgens | weight=0.185
=printer | weight=0.185
=beter =had | weight=0.185
=ze =doen | weight=0.184
=had =u | weight=0.184
=kopen | weight=0.183
=daar =hebben | weight=0.183
=vorige =eigenaar | weight=0.183
=het =aan | weight=0.183
=het =zou | weight=0.183
=door =naar | weight=0.183
=bellen =nooit | weight=0.182, noneg
=de =garage | weight=0.180
=daar =gaan | weight=0.179
=woon | weight=0.178
=niet =goed | weight=0.178, noneg
=vraag =zei | weight=0.178
=ik =zou | weight=0.178
=klantenservice =had | weight=0.178
=rekende | weight=0.178
=legt | weight=0.177
=ingevuld =zei | weight=0.177
=naar =elkaar | weight=0.177
=ze =terwijl | weight=0.177
=ze =houden | weight=0.177
=gevolg | weight=0.177
=gedaan =heeft | weight=0.177
=steken | weight=0.177
=leverancier | weight=0.176
=ge | weight=0.176
=de =transporteur | weight=0.175
=transporteur | weight=0.175
=te =wentelen | weight=0.175
=wentelen | weight=0.175
=alles =werd | weight=0.175
=handleiding =niet | weight=0.174, noneg
=probleem | weight=0.173
=mij =lag | weight=0.173
=is =altijd | weight=0.173
=aangenomen | weight=0.172
=legt =de | weight=0.172
=kapotgemaakt | weight=0.171
=verkeerde =ingevuld | weight=0.171
=het =verhaal | weight=0.170
=nee =dus | weight=0.170
=wast | weight=0.170
=de =douane | weight=0.168
=douane | weight=0.168
=boekhouding | weight=0.168
=de =boekhouding | weight=0.168
=laat =vallen | weight=0.168
=is =ontstaan | weight=0.168
=het =magazijn | weight=0.168
=hing =op | weight=0.167
=niemand =voelt | weight=0.167, noneg
=lokale | weight=0.166
=bekabeling | weight=0.165
=een =gebruikersfout | weight=0.165
=gebruikersfout | weight=0.165
=zijn =hand | weight=0.165
=aan =mijn | weight=0.165
=suggereerde =dat | weight=0.164
=ineens =mijn | weight=0.163
=is =uw | weight=0.163
=de =onderaannemer | weight=0.163
=dat =onze | weight=0.163
=bij =ons | weight=0.163
=garage =de | weight=0.163
=u =heeft | weight=0.163
=de =instructies | weight=0.162
=het =toestel | weight=0.162
=eigen =bekabeling | weight=0.162
=het =verwijt | weight=0.162
=verwijt | weight=0.162
=verwijt =dat | weight=0.162
=werd =op | weight=0.162
=niet =ziet | weight=0.162, noneg
=de =verhuurder | weight=0.162
=verhuurder | weight=0.162
=suggereerde | weight=0.162
=kunnen =wij | weight=0.162
=hebben =er | weight=0.161
=elke =andere | weight=0.160
=probleem =bij | weight=0.160
=getekend | weight=0.160
=hij =zei | weight=0.160
=uitvechten | weight=0.160
=jullie =klantendienst | weight=0.159
=ik =degene | weight=0.159
=lag =het | weight=0.159
=instructies | weight=0.159
=mijn =bank | weight=0.159
=netbeheerder | weight=0.159
=de =handleiding | weight=0.158
=thuis =gezet | weight=0.157
=toch =jullie | weight=0.157
=doodleuk =dat | weight=0.157
=zeggen =dat | weight=0.157
=hebben =wij | weight=0.157
=niet =opdagen | weight=0.157, noneg
=bank =moest | weight=0.157
=was =dat | weight=0.156
=zei =de | weight=0.156
=verzekeraar =stelt | weight=0.156
=riep =dat | weight=0.156
=zich =achter | weight=0.155
=de =netbeheerder | weight=0.155
=mij =thuis | weight=0.155
=uw =telefoon | weight=0.155
=niemand =neemt | weight=0.155, noneg
=schoven | weight=0.155
=ze =schoven | weight=0.155
=monteur =was | weight=0.154
=andere =die | weight=0.154
=niks =mee | weight=0.154, noneg
=had =opgegeven | weight=0.153
=het =gedaan | weight=0.153
=gebruikt | weight=0.153
=hij =er | weight=0.153
=moest =kopen | weight=0.153
=zaak =niet | weight=0.153, noneg
=nooit =een | weight=0.152, noneg
=eigenaar | weight=0.152
=niet =aanwezig | weight=0.152, noneg
=werkgever | weight=0.152
=gereageerd | weight=0.151
=was =kwijt | weight=0.151
=keer =bij | weight=0.151
=de =bevestigingsmail | weight=0.151
=weg =woon | weight=0.150
=alles =wordt | weight=0.150
=het =hoofdkantoor | weight=0.149
=krijg =wij | weight=0.149
=had =getekend | weight=0.149
=de =klacht | weight=0.149
=de =maatschappij | weight=0.149
=bestelling =zelf | weight=0.149
=zelf =geannuleerd | weight=0.149
=bezorgdienst =uitvechten | weight=0.149
=de =schuld | weight=0.149
=koerier | weight=0.148
=hem =verkeerde | weight=0.148
=ligt =aan | weight=0.148
=excursie | weight=0.148
=de =installatie | weight=0.148
=weg =was | weight=0.147
=stelt | weight=0.147
=zich =op | weight=0.147
=het =gevolg | weight=0.146
=jouw | weight=0.146
=de =keuken | weight=0.146
=zeiden =dat | weight=0.146
=vergissing | weight=0.146
=misgaat | weight=0.145
=app =niet | weight=0.145, noneg
=gezin | weight=0.144
=gescheurd | weight=0.144
=zelf =maar | weight=0.144
=lader | weight=0.144
=geen =invloed | weight=0.144, noneg
=lag =volgens | weight=0.143
=werd =afgedaan | weight=0.143
=het =ineens | weight=0.143
=open =was | weight=0.142
=de =oorzaak | weight=0.142
=oorzaak | weight=0.142
=postnl | weight=0.142
=de =ober | weight=0.142
=gooide =het | weight=0.142
=dus =aan | weight=0.141
=software | weight=0.141
=man =in | weight=0.140
=verder =met | weight=0.140
=hij =weg | weight=0.140
=het =de | weight=0.140
=terwijl =hun | weight=0.139
=ze =stelde | weight=0.139
=genoteerd | weight=0.139
=oude =is | weight=0.138
=de =pakketdienst | weight=0.138
=pakketdienst | weight=0.138
=als =er | weight=0.137
=verantwoordelijkheid =voor | weight=0.137
=klacht =werd | weight=0.137
=ze =zeiden | weight=0.137
=schuld =werd | weight=0.136
=ik =zo'n | weight=0.136
=zo'n =oude | weight=0.136
=voorwaarden =beter | weight=0.135
=ik =m | weight=0.135
=de =aannemer | weight=0.134
=te =ver | weight=0.134
=ver | weight=0.134
=kraan | weight=0.134
=degene | weight=0.133
=degene =die | weight=0.133
=hun =antwoord | weight=0.133
=ober | weight=0.133
=door =eigen | weight=0.133
=zeggen =ze | weight=0.133
=kreeg =het | weight=0.132
=niemand =deed | weight=0.131, noneg
=bank =de | weight=0.131
=maar =onder | weight=0.131
=fout =op | weight=0.131
=garage | weight=0.131
=zegt =niet | weight=0.130, noneg
=houden =vol | weight=0.130
=alles =op | weight=0.130
=mijn =betalen | weight=0.130
=neemt | weight=0.130
=de =verzekering | weight=0.130
=zit =al | weight=0.129
=jullie =monteur | weight=0.129
=de =servicedesk | weight=0.129
=maar =beter | weight=0.129
=niet =zijn | weight=0.129, noneg
=gemeente =zegt | weight=0.129
=de =afwijzing | weight=0.129
=van =verkeerde | weight=0.128
=hem =had | weight=0.128
=zij | weight=0.128
=maat =had | weight=0.128
=had =ingevuld | weight=0.128
=de =koerier | weight=0.128
=ober =zei | weight=0.128
=dat =systeem | weight=0.128
=router =te | weight=0.128
=t | weight=0.128
=afwijzing | weight=0.128
=blijkbaar =is | weight=0.128
=min =of | weight=0.128
=of =meer | weight=0.128
=werd =min | weight=0.128
=hij =nooit | weight=0.127, noneg
=mijn =schuld | weight=0.127
=kapotte =gemaakt | weight=0.127
=zelf =fout | weight=0.127
=me =dat | weight=0.127
=u =met | weight=0.127
=iemand =in | weight=0.127
=wij =de | weight=0.127
=dhr | weight=0.127
=schreef =het | weight=0.127
=maatschappij | weight=0.127
=onjuist | weight=0.126
=ziekenhuis =zegt | weight=0.126
=ik =waarschijnlijk | weight=0.126
=dit =was | weight=0.126
=schreven | weight=0.126
