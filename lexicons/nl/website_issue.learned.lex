# website_issue, nl: learned by scripts/learn.py from 3684 tuning texts (161 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Het formulier gaf steeds een fout.
+ De webshop lag gisteren de hele dag plat.
+ Na de update startte de app niet meer op.
- we willen ons geld terug
- Geen minuut gewacht, top!
=site | weight=0.460
=klik | weight=0.412
=webshop | weight=0.370
=telefoonnummer | weight=0.367
=app | weight=0.352
=overal | weight=0.341
=de =reisplanner | weight=0.334
=reisplanner | weight=0.334
=niet =verder | weight=0.317, noneg
=knoppen | weight=0.317
=de =link | weight=0.314
=bestelknop | weight=0.308
=foutmelding | weight=0.308
=knop | weight=0.291
=geeft | weight=0.289
=laden | weight=0.284
=uitgelogd | weight=0.273
=inlogscherm | weight=0.270
=crasht | weight=0.260
=loopt | weight=0.259
=een =error | weight=0.254
=error | weight=0.254
=ik =kan | weight=0.254
=scherm | weight=0.253
=webshop =is | weight=0.251
=loopt =vast | weight=0.250
=lukt =niet | weight=0.250, noneg
=lukt | weight=0.247
=eindeloos | weight=0.246
=jullie =app | weight=0.244
=blijft =maar | weight=0.241
=accepteert | weight=0.239
=wil =niet | weight=0.235, noneg
=je =kunt | weight=0.233
=site =is | weight=0.233
=website | weight=0.232
=steeds =een | weight=0.228
=app =niet | weight=0.226, noneg
=link | weight=0.222
=niet =op | weight=0.221, noneg
=het =scherm | weight=0.220
=inloggen | weight=0.219
=ik =raak | weight=0.218
=raak | weight=0.218
=mijn =telefoon | weight=0.216
=jullie =nieuwe | weight=0.214
=betaalpagina | weight=0.213
=de =betaalpagina | weight=0.213
=functioneert | weight=0.213
=browser | weight=0.213
=de =livechat | weight=0.212
=mijn =creditcard | weight=0.211
=verstopte | weight=0.210
=website =niet | weight=0.210, noneg
=livechat | weight=0.208
=creditcard | weight=0.207
=het =retourformulier | weight=0.207
=retourformulier | weight=0.207
=eruit | weight=0.207
=contactformulier | weight=0.206
=nergens =op | weight=0.205, noneg
=ik =krijg | weight=0.203
=app =crasht | weight=0.202
=een =foutmelding | weight=0.200
=geprobeerd | weight=0.199
=een =simpel | weight=0.199
=de =kalender | weight=0.198
=kalender | weight=0.198
=contactpagina | weight=0.198
=dagen =plaats | weight=0.198
=jullie =contactformulier | weight=0.197
=sluit =zichzelf | weight=0.194
=afrekenen | weight=0.192
=dat =formulier | weight=0.191
=de =knop | weight=0.191
=uw =website | weight=0.189
=via =een | weight=0.188
=afsprakenmodule | weight=0.187
=afsprakenmodule =functioneert | weight=0.187
=functioneert =niet | weight=0.187, noneg
=vinden | weight=0.185
=het =betalen | weight=0.184
=staat =al | weight=0.183
=offline | weight=0.181
=de =webshop | weight=0.181
=mijn =browser | weight=0.180
=je =weer | weight=0.180
=het =invullen | weight=0.180
=zichzelf | weight=0.180
=naar =contact | weight=0.179
=formulier =niet | weight=0.176, noneg
=vast | weight=0.176
=die =chat | weight=0.175
=crasht =elke | weight=0.172
=de =haverklap | weight=0.171
=haverklap | weight=0.171
=een =verstopte | weight=0.170
=verstopte =knop | weight=0.170
=bus | weight=0.170
=reisplanner =kan | weight=0.170
=werkt =niet | weight=0.168, noneg
=bij =het | weight=0.167
=wachtwoord | weight=0.166
=alleen =maar | weight=0.165
=verwijst =je | weight=0.163
=pagina | weight=0.162
=we =geen | weight=0.160, noneg
=opslaan | weight=0.160
=dagen =uit | weight=0.160
=is =weer | weight=0.160
=gestuurd =en | weight=0.159
=agenda | weight=0.159
=melding =er | weight=0.158
=constant | weight=0.158
=gaf =steeds | weight=0.156
=vindt | weight=0.155
=niet =inloggen | weight=0.154, noneg
=op =offline | weight=0.153
=een =telefoonnummer | weight=0.153
=de =laatste | weight=0.151
=hapert | weight=0.150
=buiten =beeld | weight=0.150
=steeds =de | weight=0.150
=het =telefoonnummer | weight=0.149
=te =vinden | weight=0.148
=de =zoekbalk | weight=0.147
=zoekbalk | weight=0.147
=levert | weight=0.145
=zelf =niet | weight=0.145, noneg
=geeft =een | weight=0.145
=piepklein | weight=0.145
=zijn =piepklein | weight=0.145
=laadt | weight=0.144
=app =sluit | weight=0.144
=weigert =mijn | weight=0.144
=een =fout | weight=0.144
=chat =staat | weight=0.144
=vijftien | weight=0.143
=halverwege | weight=0.143
=blijft | weight=0.143
=konden | weight=0.141
=beeld | weight=0.140
=na =het | weight=0.140
=formulier =gaf | weight=0.138
=bestelformulier | weight=0.138
=bestelformulier =niet | weight=0.138, noneg
=het =bestelformulier | weight=0.138
=voorleessoftware | weight=0.138
=voorleessoftware =werkt | weight=0.138
=werkt =het | weight=0.138
=zijn =voorleessoftware | weight=0.138
=de =melding | weight=0.138
=maar =een | weight=0.138
=trein | weight=0.136
=draaien | weight=0.136
=toont | weight=0.135
=toont =de | weight=0.135
=verkeerde =vertrektijden | weight=0.135
=vertrektijden | weight=0.135
=ik =geen | weight=0.134, noneg
=keer =hetzelfde | weight=0.133
=jullie =webshop | weight=0.133
=klapt | weight=0.133
=onbruikbaar | weight=0.132
=ik =worden | weight=0.132
=me =er | weight=0.131
=iphone =valt | weight=0.131
=vergeten | weight=0.130
=simpel | weight=0.130
=puinhoop | weight=0.130
=niet =kan | weight=0.130, noneg
=valt | weight=0.130
=steeds =er | weight=0.129
=iets =misgegaan | weight=0.129
=is =iets | weight=0.129
=misgegaan | weight=0.129
=ligt =dat | weight=0.127
=spoedlevering | weight=0.127
=als =ik | weight=0.126
=automatische | weight=0.126
=start =de | weight=0.125
=update =start | weight=0.125
=kan =nergens | weight=0.124, noneg
=formulier | weight=0.123
=al =de | weight=0.123
=niet =een | weight=0.123, noneg
=app =zegt | weight=0.122
=iphone | weight=0.122
=hopeloos | weight=0.122
=winkelwagen | weight=0.121
=op =uw | weight=0.120
=update | weight=0.120
=valt =de | weight=0.119
=resultaat | weight=0.118
=de =faq | weight=0.118
=start | weight=0.118
=het =formulier | weight=0.118
=ik =steeds | weight=0.117
=vastliep | weight=0.117
=keer =bij | weight=0.117
=chat =naar | weight=0.117
=eindeloos =en | weight=0.116
=de =site | weight=0.115
=is =een | weight=0.115
=rijdt | weight=0.115
=alle | weight=0.115
=mobiel | weight=0.113
=druk | weight=0.113
=de =agenda | weight=0.113
=een =witte | weight=0.113
=naar =dat | weight=0.113
=niet =geaccepteerd | weight=0.113, noneg
=sluit | weight=0.112
=overal =andere | weight=0.112
=site =geeft | weight=0.112
=ik =niks | weight=0.112, noneg
=hele =avond | weight=0.111
=webshop =ligt | weight=0.111
=is =echt | weight=0.111
=weigert | weight=0.110
=helpcentrum | weight=0.110
=helpcentrum =en | weight=0.110
=het =helpcentrum | weight=0.110
=na =rondje | weight=0.110
=rondje =na | weight=0.110
=wordt =niet | weight=0.110, noneg
=steeds =verkeerde | weight=0.110
=inloggen =met | weight=0.109
=totaal =niet | weight=0.109, noneg
=chatmedewerker =naar | weight=0.109
=door =chatmedewerker | weight=0.109
=kan =jullie | weight=0.108
=niet =gebruiken | weight=0.108, noneg
=mijn =gegevens | weight=0.108
=browser =geprobeerd | weight=0.108
=verschillende =browser | weight=0.108
=keer =door | weight=0.107
=dan =krijg | weight=0.106
=nieuwe =website | weight=0.106
=hele =dagen | weight=0.106
=elke =keer | weight=0.106
=ding =doet | weight=0.106
=onbekend | weight=0.105
=helft =van | weight=0.105
=afspraak =maken | weight=0.104
=nooit =een | weight=0.103, noneg
=totaal | weight=0.103
=proximus | weight=0.103
=met =ideal | weight=0.102
=faq | weight=0.102
=de =hele | weight=0.101
=ideal | weight=0.100
=mij =naar | weight=0.100
=die =steeds | weight=0.100
=zichzelf =af | weight=0.100
=tablet | weight=0.100
=witte | weight=0.100
=niet =terwijl | weight=0.100, noneg
=hoe =ik | weight=0.100
=ge | weight=0.100
=buiten | weight=0.099
=beste =even | weight=0.099
=chatmedewerker | weight=0.099
=terug =aub | weight=0.099
=webformulier | weight=0.098
=praten =met | weight=0.097
=verwijst | weight=0.097
=app =toont | weight=0.097
=niet =snap | weight=0.097, noneg
=jullie =site | weight=0.097
=bel =omdat | weight=0.096
=kortingscode | weight=0.096
=betaald =voor | weight=0.096
=ik =kijken | weight=0.096
=het =beste | weight=0.096
=belde =ze | weight=0.096
=ben =twee | weight=0.096
=kunt | weight=0.095
=geen =telefoonnummer | weight=0.095, noneg
=in =mn | weight=0.095
=doet =niks | weight=0.094, noneg
=met =zijn | weight=0.094
=nog =gewoon | weight=0.094
=schuld =dat | weight=0.094
=het =afrekenen | weight=0.094
=sinds =de | weight=0.094
=een =van | weight=0.094
=mislukt | weight=0.093
=trein =uitgevallen | weight=0.092
=frustrerend | weight=0.092
=gooit =me | weight=0.092
=website =is | weight=0.091
=zegt =de | weight=0.091
=gezocht | weight=0.090
=gezocht =naar | weight=0.090
=dat =steeds | weight=0.090
=fout =geeft | weight=0.090
=digid | weight=0.090
=met =digid | weight=0.090
=webshop =was | weight=0.089
=bleef =maar | weight=0.089
=zodra =ik | weight=0.089
=ze =op | weight=0.089
=code | weight=0.089
=telkens =als | weight=0.087
=jullie =website | weight=0.087
=niet =foutmelding | weight=0.087, noneg
=gooit | weight=0.087
=uitgevallen | weight=0.087
=aub | weight=0.087
=niet =werkt | weight=0.087, noneg
=vervelend | weight=0.087
=draaien =en | weight=0.086
=inloggen =lukt | weight=0.086
=robot =die | weight=0.086
=ontbrekende | weight=0.086
=de =pagina | weight=0.086
=ongeldig =is | weight=0.085
=die =boete | weight=0.085
=de =code | weight=0.085
=staat =in | weight=0.085
=factuur =niet | weight=0.085, noneg
=nieuwe =versie | weight=0.085
=versie =van | weight=0.085
=al =mijn | weight=0.084
=app =is | weight=0.083
=product =aan | weight=0.083
=mijn =modem | weight=0.083
=avond | weight=0.083
=formulier =dat | weight=0.083
=niet =bereiken | weight=0.083, noneg
=terwijl =hij | weight=0.082
=het =klantportaal | weight=0.082
=klantportaal | weight=0.082
=zag | weight=0.082
=driemaal | weight=0.082
=versie | weight=0.082
=via =mijn | weight=0.082
=da's =ne | weight=0.082
=daar =niks | weight=0.082, noneg
=ge =vindt | weight=0.082
=ne =rommel | weight=0.082
=rommel =website | weight=0.082
=vindt =daar | weight=0.082
=website =ge | weight=0.082
=app =rijdt | weight=0.082
=rijdt =de | weight=0.082
=winkel =verteld | weight=0.081
=foutmelding =gaf | weight=0.081
=laatste =update | weight=0.081
=alle =drie | weight=0.081
=minuten =te | weight=0.081
=te =bereiken | weight=0.080
=je =in | weight=0.078
=zegt =bel | weight=0.078
=gaf =een | weight=0.078
=doet | weight=0.078
=helemaal =niet | weight=0.078, noneg
=app =eruit | weight=0.078
=vervolgens =een | weight=0.078
=verwijderen | weight=0.077
=kapotte =is | weight=0.077
=chat =stuurde | weight=0.076
=het =probeer | weight=0.076
=kon =het | weight=0.075
=boete | weight=0.075
=niks =op | weight=0.075, noneg
=dagen =op | weight=0.075
=het =menu | weight=0.074
=ik =wou | weight=0.074
=twee =dagen | weight=0.074
=app =werkt | weight=0.074
=app =doen | weight=0.074
=medewerker =is | weight=0.074
=dat =moet | weight=0.074
=melding | weight=0.074
=moet =je | weight=0.073
=ik =online | weight=0.073
=niet =in | weight=0.073, noneg
=kreeg =te | weight=0.073
=ongeldig | weight=0.072
=afrekenen =krijg | weight=0.071
=steeds =af | weight=0.071
=niet =verwerkt | weight=0.071, noneg
=ze =zeiden | weight=0.071
=geen =klacht | weight=0.071, noneg
=logt | weight=0.071
=logt =me | weight=0.071
=rondje | weight=0.071
=niet =kon | weight=0.071, noneg
=ligt =al | weight=0.070
=de =bevestigingsmail | weight=0.070
=snapt =het | weight=0.070
=formulier =wist | weight=0.070
=gegevens =als | weight=0.070
=op =volgende | weight=0.070
=volgende =klik | weight=0.070
=wist =al | weight=0.070
=doen =maar | weight=0.070
=telefoonnummer =te | weight=0.069
