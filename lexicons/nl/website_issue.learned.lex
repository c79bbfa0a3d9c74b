# website_issue, nl: learned by scripts/learn.py from 3398 tuning texts (154 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Het formulier gaf steeds een fout.
+ De webshop lag gisteren de hele dag plat.
+ Na de update startte de app niet meer op.
- we willen ons geld terug
- Geen minuut gewacht, top!
=site | weight=0.439
=klik | weight=0.402
=webshop | weight=0.369
=telefoonnummer | weight=0.361
=overal | weight=0.349
=geeft | weight=0.340
=de =reisplanner | weight=0.334
=reisplanner | weight=0.334
=app | weight=0.330
=knoppen | weight=0.322
=niet =verder | weight=0.314, noneg
=foutmelding | weight=0.311
=bestelknop | weight=0.307
=de =link | weight=0.305
=laden | weight=0.279
=knop | weight=0.278
=uitgelogd | weight=0.277
=inlogscherm | weight=0.270
=webshop =is | weight=0.264
=loopt | weight=0.261
=een =error | weight=0.259
=error | weight=0.259
=jullie =app | weight=0.254
=loopt =vast | weight=0.253
=ik =kan | weight=0.252
=blijft =maar | weight=0.250
=lukt | weight=0.250
=crasht | weight=0.249
=lukt =niet | weight=0.249, noneg
=eindeloos | weight=0.246
=scherm | weight=0.245
=wil =niet | weight=0.240, noneg
=accepteert | weight=0.234
=link | weight=0.231
=ik =krijg | weight=0.229
=je =kunt | weight=0.229
=mijn =telefoon | weight=0.224
=steeds =een | weight=0.223
=jullie =nieuwe | weight=0.223
=site =is | weight=0.222
=ik =raak | weight=0.218
=raak | weight=0.218
=inloggen | weight=0.213
=website | weight=0.212
=contactformulier | weight=0.211
=niet =op | weight=0.211, noneg
=betaalpagina | weight=0.211
=de =betaalpagina | weight=0.211
=afrekenen | weight=0.211
=het =retourformulier | weight=0.210
=retourformulier | weight=0.210
=staat =al | weight=0.209
=het =scherm | weight=0.209
=verstopte | weight=0.208
=de =livechat | weight=0.207
=eruit | weight=0.206
=mijn =creditcard | weight=0.206
=functioneert | weight=0.205
=livechat | weight=0.203
=creditcard | weight=0.202
=de =kalender | weight=0.201
=kalender | weight=0.201
=een =foutmelding | weight=0.201
=jullie =contactformulier | weight=0.200
=uw =website | weight=0.199
=een =simpel | weight=0.197
=dat =formulier | weight=0.197
=vinden | weight=0.196
=dagen =plaats | weight=0.195
=nergens =op | weight=0.195, noneg
=sluiten =zichzelf | weight=0.195
=draaien | weight=0.194
=app =niet | weight=0.193, noneg
=contactpagina | weight=0.192
=afsprakenmodule | weight=0.190
=afsprakenmodule =functioneert | weight=0.190
=functioneert =niet | weight=0.190, noneg
=via =een | weight=0.188
=de =knop | weight=0.188
=app =crasht | weight=0.188
=het =invullen | weight=0.188
=het =betalen | weight=0.186
=je =weer | weight=0.178
=zichzelf | weight=0.178
=naar =contact | weight=0.178
=bus | weight=0.178
=de =haverklap | weight=0.175
=haverklap | weight=0.175
=vast | weight=0.175
=bij =het | weight=0.175
=de =webshop | weight=0.174
=die =chat | weight=0.173
=offline | weight=0.173
=blijft | weight=0.173
=formulier =niet | weight=0.172, noneg
=dagen =uit | weight=0.172
=reisplanner =kan | weight=0.171
=opslaan | weight=0.170
=ligt =dat | weight=0.170
=melding =er | weight=0.169
=wachtwoord | weight=0.168
=verwijst =je | weight=0.166
=crasht =elke | weight=0.165
=een =verstopte | weight=0.162
=verstopte =knop | weight=0.162
=gaf =steeds | weight=0.160
=we =geen | weight=0.160, noneg
=niet =inloggen | weight=0.159, noneg
=alleen =maar | weight=0.159
=steeds =de | weight=0.159
=weigert =mijn | weight=0.158
=werkt =niet | weight=0.157, noneg
=vindt | weight=0.156
=pagina | weight=0.155
=buiten =beeld | weight=0.154
=is =weer | weight=0.153
=constant | weight=0.153
=gestuurd =en | weight=0.152
=browser =geprobeerd | weight=0.151
=verschillende =browser | weight=0.151
=al =de | weight=0.151
=een =fout | weight=0.151
=agenda | weight=0.149
=de =melding | weight=0.149
=halverwege | weight=0.148
=geprobeerd | weight=0.147
=vergeten | weight=0.147
=browser | weight=0.147
=een =telefoonnummer | weight=0.147
=zelf =niet | weight=0.147, noneg
=het =telefoonnummer | weight=0.146
=app =sluiten | weight=0.146
=jullie =webshop | weight=0.146
=beeld | weight=0.145
=piepklein | weight=0.144
=zijn =piepklein | weight=0.144
=hapert | weight=0.144
=trein | weight=0.144
=levert | weight=0.144
=op =offline | weight=0.143
=konden | weight=0.143
=laadt | weight=0.143
=na =het | weight=0.142
=de =laatste | weight=0.141
=ik =worden | weight=0.140
=ik =geen | weight=0.140, noneg
=bestelformulier | weight=0.140
=bestelformulier =niet | weight=0.140, noneg
=het =bestelformulier | weight=0.140
=voorleessoftware | weight=0.140
=voorleessoftware =werkt | weight=0.140
=werkt =het | weight=0.140
=zijn =voorleessoftware | weight=0.140
=puinhoop | weight=0.139
=formulier =gaf | weight=0.139
=chat =staat | weight=0.138
=te =vinden | weight=0.138
=geeft =een | weight=0.137
=onbruikbaar | weight=0.137
=iphone =valt | weight=0.136
=toont | weight=0.136
=klapt | weight=0.135
=valt | weight=0.134
=de =zoekbalk | weight=0.133
=zoekbalk | weight=0.133
=toont =de | weight=0.133
=verkeerde =vertrektijden | weight=0.133
=vertrektijden | weight=0.133
=vijftien | weight=0.131
=steeds =er | weight=0.130
=me =er | weight=0.130
=maar =een | weight=0.130
=iets =misgegaan | weight=0.129
=is =iets | weight=0.129
=misgegaan | weight=0.129
=niet =een | weight=0.129, noneg
=de =faq | weight=0.129
=start =de | weight=0.128
=update =start | weight=0.128
=valt =de | weight=0.127
=iphone | weight=0.126
=als =ik | weight=0.126
=update | weight=0.125
=simpel | weight=0.125
=keer =hetzelfde | weight=0.125
=chat =naar | weight=0.123
=app =zegt | weight=0.121
=hopeloos | weight=0.121
=rijdt | weight=0.121
=keer =bij | weight=0.121
=de =hele | weight=0.120
=druk | weight=0.120
=kan =jullie | weight=0.120
=niet =gebruiken | weight=0.120, noneg
=website =niet | weight=0.120, noneg
=ideal | weight=0.119
=start | weight=0.119
=op =uw | weight=0.119
=niet =geaccepteerd | weight=0.118, noneg
=eindeloos =en | weight=0.118
=winkelwagen | weight=0.118
=is =echt | weight=0.118
=weigert | weight=0.117
=hele =avond | weight=0.117
=naar =dat | weight=0.117
=wordt =niet | weight=0.117, noneg
=vastliep | weight=0.116
=spoedlevering | weight=0.116
=elke =keer | weight=0.116
=nieuwe =website | weight=0.115
=overal =andere | weight=0.115
=resultaat | weight=0.115
=hoe =ik | weight=0.115
=mislukte | weight=0.114
=mijn =gegevens | weight=0.113
=hele =dagen | weight=0.113
=steeds =verkeerde | weight=0.112
=automatische | weight=0.112
=een =witte | weight=0.112
=helpcentrum | weight=0.111
=helpcentrum =en | weight=0.111
=het =helpcentrum | weight=0.111
=na =rondje | weight=0.111
=rondje =na | weight=0.111
=ik =steeds | weight=0.111
=kan =nergens | weight=0.111, noneg
=helft =van | weight=0.111
=mobiel | weight=0.110
=ding =doet | weight=0.110
=chatmedewerker =naar | weight=0.109
=door =chatmedewerker | weight=0.109
=buiten | weight=0.109
=het =formulier | weight=0.108
=kunt | weight=0.108
=inloggen =met | weight=0.107
=formulier | weight=0.107
=ik =niks | weight=0.107, noneg
=keer =door | weight=0.107
=proximus | weight=0.107
=ge | weight=0.107
=de =agenda | weight=0.106
=doet =niks | weight=0.106, noneg
=zichzelf =af | weight=0.106
=draaien =en | weight=0.105
=mij =naar | weight=0.105
=webformulier | weight=0.105
=dagen =op | weight=0.104
=schuld =dat | weight=0.104
=terug =aub | weight=0.103
=die =steeds | weight=0.102
=nooit =een | weight=0.102, noneg
=chatmedewerker | weight=0.102
=jullie =site | weight=0.101
=onbekend | weight=0.101
=sinds =de | weight=0.101
=kreeg =te | weight=0.101
=sluiten | weight=0.100
=webshop =ligt | weight=0.100
=digid | weight=0.100
=met =digid | weight=0.100
=te =bereiken | weight=0.100
=tablet | weight=0.099
=site =geeft | weight=0.099
=ik =kijken | weight=0.098
=faq | weight=0.098
=niet =terwijl | weight=0.098, noneg
=totaal =niet | weight=0.098, noneg
=praten =met | weight=0.097
=afspraak =maken | weight=0.097
=ben =twee | weight=0.096
=trein =uitgevallen | weight=0.096
=met =zijn | weight=0.095
=kortingscode | weight=0.094
=witte | weight=0.093
=webshop =was | weight=0.093
=website =is | weight=0.093
=ongeldig =is | weight=0.092
=belde =ze | weight=0.092
=nog =gewoon | weight=0.092
=jullie =website | weight=0.092
=de =site | weight=0.092
=bleef =maar | weight=0.091
=app =toont | weight=0.091
=aub | weight=0.091
=staat =in | weight=0.091
=uitgevallen | weight=0.091
=totaal | weight=0.091
=het =klantportaal | weight=0.091
=klantportaal | weight=0.091
=in =mn | weight=0.090
=telkens =als | weight=0.089
=app =rijdt | weight=0.089
=rijdt =de | weight=0.089
=avond | weight=0.089
=is =een | weight=0.089
=steeds =dezelfde | weight=0.089
=al =mijn | weight=0.088
=ontbrekende | weight=0.088
=vervelend | weight=0.088
=verwijst | weight=0.088
=inloggen =lukt | weight=0.088
=driemaal | weight=0.087
=zodra =ik | weight=0.087
=een =van | weight=0.087
=nergens | weight=0.087, noneg
=die =boete | weight=0.087
=frustrerend | weight=0.086
=gooit =me | weight=0.086
=kapotte =is | weight=0.086
=niet =foutmelding | weight=0.086, noneg
=dat =steeds | weight=0.086
=fout =geeft | weight=0.086
=gezocht | weight=0.086
=gezocht =naar | weight=0.086
=niet =bereiken | weight=0.085, noneg
=de =code | weight=0.085
=de =pagina | weight=0.084
=mijn =modem | weight=0.083
=minuten =te | weight=0.083
=ik =wou | weight=0.083
=vervolgens =een | weight=0.082
=app =eruit | weight=0.082
=gooit | weight=0.082
=ze =op | weight=0.082
=factuur =niet | weight=0.081, noneg
=nieuwe =versie | weight=0.081
=versie | weight=0.081
=versie =van | weight=0.081
=geen =klacht | weight=0.081, noneg
=winkel =verteld | weight=0.081
=robot =die | weight=0.081
=terwijl =hij | weight=0.081
=da's =ne | weight=0.080
=daar =niks | weight=0.080, noneg
=ge =vindt | weight=0.080
=ne =rommel | weight=0.080
=rommel =website | weight=0.080
=vindt =daar | weight=0.080
=website =ge | weight=0.080
=het =afrekenen | weight=0.080
=product =aan | weight=0.080
=via =mijn | weight=0.080
=betaald =voor | weight=0.080
=code | weight=0.079
=zegt =bel | weight=0.079
=zag | weight=0.079
=app =werkt | weight=0.078
=gaf =een | weight=0.078
=opzeggen | weight=0.078
=twee =dagen | weight=0.078
=helemaal =niet | weight=0.077, noneg
=kon =het | weight=0.077
=app =is | weight=0.077
=rondje | weight=0.077
=boete | weight=0.076
=formulier =dat | weight=0.076
=ongeldig | weight=0.075
=dat =moet | weight=0.075
=niet =verwerkt | weight=0.075, noneg
=medewerker =is | weight=0.075
=het =probeer | weight=0.075
=is =onmogelijk | weight=0.075
=afrekenen =krijg | weight=0.075
=staat =nog | weight=0.074
=melding | weight=0.074
=verwijderen | weight=0.074
=ze =zeiden | weight=0.074
=niet =in | weight=0.074, noneg
=niet =kon | weight=0.073, noneg
=opletten =bij | weight=0.073
=je =in | weight=0.073
=niks =op | weight=0.073, noneg
=chat =stuurde | weight=0.073
=logt | weight=0.072
=logt =me | weight=0.072
=betalen | weight=0.072
=of =mailadres | weight=0.072
=telefoonnummer =of | weight=0.072
=snapte =het | weight=0.071
=doolhof | weight=0.070
=een =doolhof | weight=0.070
=komen =niet | weight=0.070, noneg
=me =elke | weight=0.070
=de =bevestigingsmail | weight=0.070
=op =twitter | weight=0.070
=twitter | weight=0.070
=modem =resetten | weight=0.070
=doen =maar | weight=0.069
=mailadres | weight=0.069
=ne | weight=0.069
=formulier =wist | weight=0.068
=gegevens =als | weight=0.068
=op =volgende | weight=0.068
=volgende =klik | weight=0.068
=wist =al | weight=0.068
=betaald | weight=0.068
=de =update | weight=0.068
=ligt =al | weight=0.068
=letterlijk | weight=0.068
=ik =online | weight=0.068
