# website_issue, nl: learned by scripts/learn.py from 3262 tuning texts (151 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Het formulier gaf steeds een fout.
+ De webshop lag gisteren de hele dag plat.
+ Na de update startte de app niet meer op.
- we willen ons geld terug
- Geen minuut gewacht, top!
=site | weight=0.463
=klik | weight=0.403
=webshop | weight=0.392
=telefoonnummer | weight=0.371
=geeft | weight=0.370
=overal | weight=0.343
=de =reisplanner | weight=0.332
=reisplanner | weight=0.332
=knoppen | weight=0.324
=app | weight=0.321
=foutmelding | weight=0.315
=bestelknop | weight=0.312
=niet =verder | weight=0.311, noneg
=knop | weight=0.302
=de =link | weight=0.301
=laden | weight=0.286
=scherm | weight=0.277
=uitgelogd | weight=0.276
=inlogscherm | weight=0.271
=loopt | weight=0.267
=een =error | weight=0.257
=error | weight=0.257
=ik =kan | weight=0.254
=jullie =app | weight=0.253
=loopt =vast | weight=0.252
=lukt =niet | weight=0.250, noneg
=crasht | weight=0.250
=blijft =maar | weight=0.249
=webshop =is | weight=0.247
=lukt | weight=0.246
=mijn =telefoon | weight=0.241
=eindeloos | weight=0.237
=jullie =nieuwe | weight=0.236
=je =kunt | weight=0.233
=wil =niet | weight=0.232, noneg
=link | weight=0.227
=accepteert | weight=0.226
=steeds =een | weight=0.223
=niet =op | weight=0.221, noneg
=website | weight=0.219
=site =is | weight=0.218
=inloggen | weight=0.218
=ik =raak | weight=0.217
=raak | weight=0.217
=ik =krijg | weight=0.217
=contactformulier | weight=0.214
=staat =al | weight=0.214
=mijn =creditcard | weight=0.212
=betaalpagina | weight=0.211
=de =betaalpagina | weight=0.211
=het =scherm | weight=0.210
=het =retourformulier | weight=0.210
=retourformulier | weight=0.210
=afrekenen | weight=0.209
=app =niet | weight=0.208, noneg
=eruit | weight=0.208
=de =webshop | weight=0.207
=functioneert | weight=0.207
=de =knop | weight=0.207
=creditcard | weight=0.207
=een =foutmelding | weight=0.207
=de =livechat | weight=0.206
=vinden | weight=0.205
=verstopte | weight=0.204
=dat =formulier | weight=0.204
=nergens =op | weight=0.204, noneg
=een =simpel | weight=0.202
=livechat | weight=0.202
=jullie =contactformulier | weight=0.199
=uw =website | weight=0.197
=de =kalender | weight=0.196
=kalender | weight=0.196
=sluiten =zichzelf | weight=0.193
=het =invullen | weight=0.192
=via =een | weight=0.190
=app =crasht | weight=0.188
=afsprakenmodule | weight=0.188
=afsprakenmodule =functioneert | weight=0.188
=functioneert =niet | weight=0.188, noneg
=contactpagina | weight=0.185
=formulier =niet | weight=0.184, noneg
=dagen =plaats | weight=0.184
=bus | weight=0.181
=zichzelf | weight=0.179
=draaien | weight=0.178
=vast | weight=0.177
=je =weer | weight=0.177
=offline | weight=0.174
=opslaan | weight=0.174
=naar =contact | weight=0.173
=reisplanner =kan | weight=0.171
=melding =er | weight=0.171
=blijft | weight=0.169
=de =haverklap | weight=0.169
=haverklap | weight=0.169
=wachtwoord | weight=0.166
=alleen =maar | weight=0.165
=die =chat | weight=0.165
=niet =inloggen | weight=0.163, noneg
=dagen =uit | weight=0.163
=werkt =niet | weight=0.163, noneg
=zelf =niet | weight=0.163, noneg
=verwijst =je | weight=0.163
=steeds =de | weight=0.161
=een =verstopte | weight=0.161
=verstopte =knop | weight=0.161
=gaf =steeds | weight=0.161
=buiten =beeld | weight=0.161
=constant | weight=0.160
=vindt | weight=0.159
=crasht =elke | weight=0.159
=is =weer | weight=0.159
=hapert | weight=0.159
=we =geen | weight=0.157, noneg
=weigert =mijn | weight=0.156
=de =laatste | weight=0.155
=gestuurd =en | weight=0.154
=agenda | weight=0.153
=beeld | weight=0.152
=een =telefoonnummer | weight=0.150
=pagina | weight=0.149
=halverwege | weight=0.149
=de =melding | weight=0.148
=app =sluiten | weight=0.147
=konden | weight=0.147
=al =de | weight=0.147
=vergeten | weight=0.146
=trein | weight=0.146
=laadt | weight=0.146
=toont | weight=0.146
=het =telefoonnummer | weight=0.143
=levert | weight=0.143
=maar =een | weight=0.142
=piepklein | weight=0.141
=zijn =piepklein | weight=0.141
=formulier =gaf | weight=0.141
=de =zoekbalk | weight=0.140
=zoekbalk | weight=0.140
=op =offline | weight=0.140
=een =fout | weight=0.140
=ik =geen | weight=0.140, noneg
=jullie =webshop | weight=0.139
=onbruikbaar | weight=0.139
=na =het | weight=0.138
=bij =het | weight=0.138
=bestelformulier | weight=0.138
=bestelformulier =niet | weight=0.138, noneg
=het =bestelformulier | weight=0.138
=voorleessoftware | weight=0.138
=voorleessoftware =werkt | weight=0.138
=werkt =het | weight=0.138
=zijn =voorleessoftware | weight=0.138
=niet =een | weight=0.138, noneg
=toont =de | weight=0.138
=verkeerde =vertrektijden | weight=0.138
=vertrektijden | weight=0.138
=update | weight=0.137
=het =formulier | weight=0.137
=me =er | weight=0.137
=te =vinden | weight=0.137
=ik =worden | weight=0.135
=steeds =er | weight=0.134
=keer =hetzelfde | weight=0.134
=iets =misgegaan | weight=0.133
=is =iets | weight=0.133
=misgegaan | weight=0.133
=chat =staat | weight=0.133
=iphone =valt | weight=0.133
=puinhoop | weight=0.132
=simpel | weight=0.132
=kan =jullie | weight=0.131
=niet =gebruiken | weight=0.131, noneg
=website =niet | weight=0.131, noneg
=start =de | weight=0.130
=update =start | weight=0.130
=elke =keer | weight=0.130
=klapt | weight=0.129
=valt =de | weight=0.127
=app =zegt | weight=0.127
=iphone | weight=0.127
=kan =nergens | weight=0.124, noneg
=valt | weight=0.124
=geeft =een | weight=0.123
=keer =bij | weight=0.122
=ideal | weight=0.121
=op =uw | weight=0.121
=rijdt | weight=0.121
=ik =steeds | weight=0.120
=mislukt | weight=0.120
=als =ik | weight=0.120
=hele =avond | weight=0.120
=eindeloos =en | weight=0.119
=start | weight=0.119
=chatmedewerker =naar | weight=0.118
=door =chatmedewerker | weight=0.118
=chat =naar | weight=0.118
=automatische | weight=0.118
=winkelwagen | weight=0.118
=niet =geaccepteerd | weight=0.118, noneg
=hopeloos | weight=0.117
=de =faq | weight=0.117
=druk | weight=0.116
=mijn =gegevens | weight=0.115
=keer =door | weight=0.115
=spoedlevering | weight=0.115
=hoe =ik | weight=0.114
=vijftien | weight=0.114
=formulier | weight=0.113
=wordt =niet | weight=0.113, noneg
=naar =dat | weight=0.112
=een =witte | weight=0.112
=sluiten | weight=0.112
=nieuwe =website | weight=0.111
=ik =niks | weight=0.111, noneg
=helpcentrum | weight=0.111
=helpcentrum =en | weight=0.111
=het =helpcentrum | weight=0.111
=na =rondje | weight=0.111
=rondje =na | weight=0.111
=weigert | weight=0.111
=hele =dagen | weight=0.110
=tablet | weight=0.110
=de =agenda | weight=0.110
=faq | weight=0.109
=ge | weight=0.108
=inloggen =met | weight=0.108
=steeds =verkeerde | weight=0.108
=jullie =site | weight=0.108
=onbekend | weight=0.107
=zichzelf =af | weight=0.107
=chatmedewerker | weight=0.106
=het =betalen | weight=0.106
=de =hele | weight=0.106
=dingen =doet | weight=0.105
=helft =van | weight=0.105
=doet =niks | weight=0.105, noneg
=overal =andere | weight=0.105
=terug =aub | weight=0.104
=proximus | weight=0.104
=weer =terug | weight=0.103
=webshop =ligt | weight=0.103
=buiten | weight=0.101
=de =site | weight=0.100
=in =mn | weight=0.100
=kunt | weight=0.100
=totaal =niet | weight=0.100, noneg
=is =echt | weight=0.099
=schuld =dat | weight=0.099
=sinds =de | weight=0.099
=die =steeds | weight=0.099
=website =is | weight=0.098
=helemaal =niet | weight=0.098, noneg
=mij =naar | weight=0.098
=trein =uitgevallen | weight=0.098
=ben =twee | weight=0.097
=praten =met | weight=0.097
=mobiel | weight=0.096
=digid | weight=0.096
=met =digid | weight=0.096
=afspraak =maken | weight=0.096
=ik =kijken | weight=0.096
=zodra =ik | weight=0.095
=dagen =op | weight=0.095
=staat =in | weight=0.095
=verwijst | weight=0.095
=frustrerend | weight=0.095
=gooit =me | weight=0.095
=webformulier | weight=0.095
=bleef =maar | weight=0.094
=ongeldig =is | weight=0.093
=code | weight=0.093
=webshop =was | weight=0.093
=totaal | weight=0.092
=te =bereiken | weight=0.091
=jullie =website | weight=0.091
=niet =terwijl | weight=0.091, noneg
=aub | weight=0.091
=ze =zeiden | weight=0.090
=witte | weight=0.090
=uitgevallen | weight=0.090
=met =zijn | weight=0.090
=dat =steeds | weight=0.090
=fout =geeft | weight=0.090
=vervelend | weight=0.089
=steeds =dezelfde | weight=0.089
=een =van | weight=0.089
=de =pagina | weight=0.089
=gooit | weight=0.088
=nergens | weight=0.088, noneg
=telkens =als | weight=0.088
=kortingscode | weight=0.088
=belde =ze | weight=0.087
=het =afrekenen | weight=0.087
=het =klantportaal | weight=0.087
=klantportaal | weight=0.087
=draaien =en | weight=0.087
=site =geeft | weight=0.087
=mijn =modem | weight=0.087
=winkel =verteld | weight=0.086
=telefoonnummer =te | weight=0.086
=driemaal | weight=0.086
=inloggen =lukt | weight=0.086
=niet =foutmelding | weight=0.086, noneg
=nog =gewoon | weight=0.086
=vervolgens =een | weight=0.086
=de =code | weight=0.086
=minuten =te | weight=0.085
=app =rijdt | weight=0.084
=rijdt =de | weight=0.084
=al =mijn | weight=0.084
=nooit =een | weight=0.084, noneg
=betaald =voor | weight=0.084
=ligt =dat | weight=0.084
=die =boete | weight=0.083
=da's =ne | weight=0.083
=daar =niks | weight=0.083, noneg
=ge =vindt | weight=0.083
=ne =rommel | weight=0.083
=rommel =website | weight=0.083
=vindt =daar | weight=0.083
=website =ge | weight=0.083
=gezocht | weight=0.083
=gezocht =naar | weight=0.083
=product =aan | weight=0.083
=is =onmogelijk | weight=0.083
=factuur =niet | weight=0.082, noneg
=nieuwe =versie | weight=0.082
=versie | weight=0.082
=versie =van | weight=0.082
=kapotte =is | weight=0.082
=ik =wou | weight=0.082
=app =toont | weight=0.082
=twee =dagen | weight=0.081
=afrekenen =krijg | weight=0.081
=avond | weight=0.080
=ontbrekende | weight=0.080
=kon =het | weight=0.079
=app =is | weight=0.079
=ze =op | weight=0.079
=geen =klacht | weight=0.079, noneg
=zeiden =dat | weight=0.078
=zegt =bel | weight=0.078
=gaf =een | weight=0.078
=robot =die | weight=0.078
=melding | weight=0.078
=afronden | weight=0.077
=niet =verwerkt | weight=0.077, noneg
=rondje | weight=0.077
=medewerker =is | weight=0.077
=ik =online | weight=0.076
=formulier =dat | weight=0.075
=de =verkeerde | weight=0.075
=laatste =update | weight=0.075
=doet | weight=0.075
=via =mijn | weight=0.075
=geprobeerd | weight=0.075
=terwijl =hij | weight=0.075
=verwijderen | weight=0.074
=niks =op | weight=0.074, noneg
=chat =stuurde | weight=0.074
=je =in | weight=0.074
=niet =in | weight=0.073, noneg
=is =een | weight=0.073
=ongeldig | weight=0.073
=dat =moet | weight=0.073
=komen =niet | weight=0.072, noneg
=boete | weight=0.072
=niet =werkt | weight=0.072, noneg
=snapte =het | weight=0.072
=logt | weight=0.071
=logt =me | weight=0.071
=app =eruit | weight=0.071
=betaald | weight=0.071
=letterlijk | weight=0.071
=modem =resetten | weight=0.070
=formulier =wist | weight=0.070
=gegevens =als | weight=0.070
=op =volgende | weight=0.070
=volgende =klik | weight=0.070
=wist =al | weight=0.070
=doolhof =je | weight=0.070
=de =bevestigingsmail | weight=0.070
=app =werkt | weight=0.070
=opzeggen | weight=0.070
=niet =kon | weight=0.070, noneg
=het =menu | weight=0.070
=me =elke | weight=0.069
=het =probeer | weight=0.069
=browser | weight=0.069
=op =twitter | weight=0.068
=twitter | weight=0.068
=zeer | weight=0.068
=ne | weight=0.068
=witte =scherm | weight=0.068
=niet =het | weight=0.068, noneg
=moet =we | weight=0.068
=mijn =kaart | weight=0.067
=zodra | weight=0.067
=doen =maar | weight=0.067
=niet =bereiken | weight=0.067, noneg
