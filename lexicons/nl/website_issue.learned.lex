# website_issue, nl: learned by scripts/learn.py from 4090 tuning texts (181 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ betaalpagina geeft een 404
+ De site ligt al de hele dag plat.
+ Het formulier gaf steeds een fout.
- we willen ons geld terug
- Dank voor de snelle hulp!
=site | weight=0.456
=klik | weight=0.420
=telefoonnummer | weight=0.369
=webshop | weight=0.352
=app | weight=0.341
=betaalpagina | weight=0.339
=de =reisplanner | weight=0.332
=reisplanner | weight=0.332
=geeft | weight=0.323
=bestelknop | weight=0.306
=website =niet | weight=0.306, noneg
=niet =verder | weight=0.302, noneg
=verstopt | weight=0.301
=knoppen | weight=0.301
=de =link | weight=0.298
=foutmelding | weight=0.292
=werkt =niet | weight=0.277, noneg
=uitgelogd | weight=0.271
=lukt | weight=0.269
=scherm | weight=0.267
=knop | weight=0.267
=accepteert | weight=0.263
=loopt | weight=0.263
=inlogscherm | weight=0.259
=website | weight=0.256
=een =error | weight=0.255
=error | weight=0.255
=crasht | weight=0.253
=laden | weight=0.250
=geeft =een | weight=0.250
=inloggen | weight=0.248
=niet =op | weight=0.244, noneg
=loopt =vast | weight=0.243
=je =kunt | weight=0.242
=overal | weight=0.241
=blijft =maar | weight=0.241
=dagen =plaats | weight=0.240
=winkelmandje | weight=0.238
=ik =kan | weight=0.236
=jullie =app | weight=0.236
=site =is | weight=0.235
=winkelwagen | weight=0.233
=wil =niet | weight=0.231, noneg
=die =website | weight=0.225
=steeds =een | weight=0.225
=uit =het | weight=0.225
=steeds =uit | weight=0.225
=de =betaalpagina | weight=0.224
=lukt =niet | weight=0.220, noneg
=ik =raak | weight=0.215
=raak | weight=0.215
=eindeloos | weight=0.213
=mijn =winkelwagen | weight=0.210
=eruit | weight=0.209
=functioneert | weight=0.209
=contactformulier | weight=0.209
=link | weight=0.208
=app =niet | weight=0.206, noneg
=het =retourformulier | weight=0.205
=retourformulier | weight=0.205
=ik =krijg | weight=0.205
=browser | weight=0.204
=is =echt | weight=0.203
=app =crasht | weight=0.202
=nergens =op | weight=0.202, noneg
=mijn =creditcard | weight=0.199
=het =scherm | weight=0.199
=geprobeerd | weight=0.199
=een =foutmelding | weight=0.197
=afrekenen | weight=0.195
=contactpagina | weight=0.192
=dat =formulier | weight=0.192
=de =livechat | weight=0.191
=jullie =contactformulier | weight=0.191
=mijn =telefoon | weight=0.189
=jullie =nieuwe | weight=0.189
=livechat | weight=0.188
=creditcard | weight=0.186
=wachtwoord | weight=0.185
=sluit =zichzelf | weight=0.183
=een =simpele | weight=0.182
=het =betalen | weight=0.182
=mijn =browser | weight=0.181
=afsprakenmodule | weight=0.181
=afsprakenmodule =functioneert | weight=0.181
=functioneert =niet | weight=0.181, noneg
=je =weer | weight=0.179
=uw =website | weight=0.178
=crasht =elke | weight=0.176
=een =telefoonnummer | weight=0.176
=de =haverklap | weight=0.175
=haverklap | weight=0.175
=de =knop | weight=0.174
=via =een | weight=0.174
=al =dagen | weight=0.173
=pagina | weight=0.172
=formulier =niet | weight=0.171, noneg
=het =invullen | weight=0.171
=vast | weight=0.170
=niks =aanklikken | weight=0.169, noneg
=reisplanner =kan | weight=0.168
=ik =niks | weight=0.167, noneg
=de =kalender | weight=0.167
=kalender | weight=0.167
=zichzelf | weight=0.167
=verwijst =je | weight=0.166
=naar =contact | weight=0.164
=mobiel | weight=0.164
=vinden | weight=0.164
=mijn =tablet | weight=0.162
=tablet =niet | weight=0.162, noneg
=we =geen | weight=0.161, noneg
=een =fout | weight=0.159
=offline | weight=0.159
=opslaan | weight=0.159
=een =verstopt | weight=0.158
=verstopt =knop | weight=0.158
=bus | weight=0.158
=melding =er | weight=0.158
=mijn =gegevens | weight=0.157
=maar =laden | weight=0.157
=constant | weight=0.157
=bij =het | weight=0.156
=staat =al | weight=0.156
=webshop =is | weight=0.156
=jullie =webshop | weight=0.155
=piepklein | weight=0.154
=zijn =piepklein | weight=0.154
=alleen =maar | weight=0.153
=buiten =beeld | weight=0.153
=website =is | weight=0.153
=draaien | weight=0.153
=puinhoop | weight=0.152
=gaf =steeds | weight=0.152
=als =ik | weight=0.151
=te =vinden | weight=0.150
=steeds =de | weight=0.150
=onoverzichtelijke | weight=0.149
=onoverzichtelijke =website | weight=0.149
=die =chat | weight=0.148
=niet =inloggen | weight=0.148, noneg
=het =telefoonnummer | weight=0.148
=zelf =niet | weight=0.147, noneg
=beeld | weight=0.147
=agenda | weight=0.146
=is =weer | weight=0.146
=hoe =ik | weight=0.146
=vindt | weight=0.145
=hapert | weight=0.144
=levert | weight=0.143
=onbruikbaar | weight=0.142
=de =webshop | weight=0.142
=de =laatste | weight=0.142
=halverwege | weight=0.141
=niet =een | weight=0.140, noneg
=de =melding | weight=0.140
=dagen =uit | weight=0.139
=vergeten | weight=0.139
=gestuurd =en | weight=0.139
=bestelformulier | weight=0.138
=bestelformulier =niet | weight=0.138, noneg
=het =bestelformulier | weight=0.138
=voorleessoftware | weight=0.138
=voorleessoftware =werkt | weight=0.138
=werkt =het | weight=0.138
=zijn =voorleessoftware | weight=0.138
=toont | weight=0.137
=sinds =de | weight=0.137
=leg | weight=0.137
=ik =geen | weight=0.137, noneg
=de =zoekbalk | weight=0.136
=zoekbalk | weight=0.136
=vijftien | weight=0.135
=app =sluit | weight=0.135
=de =knoppen | weight=0.135
=gezocht | weight=0.135
=gezocht =naar | weight=0.135
=ligt =dat | weight=0.134
=klapt | weight=0.134
=al =de | weight=0.133
=formulier =gaf | weight=0.133
=op =offline | weight=0.133
=iphone =valt | weight=0.132
=tablet | weight=0.131
=gebruiken =de | weight=0.131
=hele =avond | weight=0.131
=na =het | weight=0.131
=de =pagina | weight=0.131
=toont =de | weight=0.130
=verkeerde =vertrektijden | weight=0.130
=vertrektijden | weight=0.130
=valt | weight=0.129
=spoedlevering | weight=0.129
=betaalpagina =geeft | weight=0.129
=raakt | weight=0.129
=app =zegt | weight=0.127
=laadt | weight=0.127
=niet =kan | weight=0.127, noneg
=steeds =er | weight=0.127
=iets =misgegaan | weight=0.126
=is =iets | weight=0.126
=misgegaan | weight=0.126
=konden | weight=0.125
=iphone | weight=0.125
=maar =een | weight=0.125
=ik =worden | weight=0.124
=niet =geaccepteerd | weight=0.123, noneg
=weigert =mijn | weight=0.123
=vastliep | weight=0.121
=trein | weight=0.121
=is =een | weight=0.121
=terwijl =die | weight=0.121
=de =faq | weight=0.121
=een =witte | weight=0.120
=keer =hetzelfde | weight=0.120
=valt =de | weight=0.120
=wordt =niet | weight=0.120, noneg
=simpele | weight=0.118
=me =er | weight=0.118
=kan =nergens | weight=0.117, noneg
=keer =bij | weight=0.117
=chat =staat | weight=0.116
=rijdt | weight=0.116
=sluit | weight=0.116
=helpcentrum | weight=0.116
=helpcentrum =en | weight=0.116
=het =helpcentrum | weight=0.116
=na =rondje | weight=0.116
=rondje =na | weight=0.116
=start =de | weight=0.115
=update =start | weight=0.115
=inloggen =lukt | weight=0.115
=resultaat | weight=0.114
=niet =alles | weight=0.113, noneg
=op =uw | weight=0.113
=helft =van | weight=0.112
=kunt | weight=0.112
=blijft | weight=0.112
=chatmedewerker =naar | weight=0.112
=door =chatmedewerker | weight=0.112
=keer =door | weight=0.110
=ik =steeds | weight=0.110
=overal =andere | weight=0.110
=update | weight=0.110
=totaal =niet | weight=0.109, noneg
=start | weight=0.109
=bleef =maar | weight=0.109
=kwartier =gezocht | weight=0.108
=naar =hoe | weight=0.108
=witte | weight=0.108
=jullie =site | weight=0.108
=elke =keer | weight=0.107
=onthoudt | weight=0.105
=eindeloos =en | weight=0.105
=de =site | weight=0.105
=kan =jullie | weight=0.104
=niet =gebruiken | weight=0.104, noneg
=app =bij | weight=0.104
=totaal | weight=0.104
=verwijzing | weight=0.104
=het =afrekenen | weight=0.104
=helemaal =niet | weight=0.103, noneg
=proximus | weight=0.102
=doet =niks | weight=0.102, noneg
=avond | weight=0.102
=niet =terwijl | weight=0.101, noneg
=telefoonnummer =te | weight=0.101
=site =geeft | weight=0.101
=browser =geprobeerd | weight=0.101
=verschillende =browser | weight=0.101
=nooit =een | weight=0.101, noneg
=goed =verstopt | weight=0.101
=webshop =was | weight=0.100
=zichzelf =af | weight=0.100
=dan =krijg | weight=0.100
=nergens | weight=0.100, noneg
=terug =aub | weight=0.099
=mij =naar | weight=0.099
=chat =naar | weight=0.099
=belde =ze | weight=0.099
=de =agenda | weight=0.099
=onbekend | weight=0.099
=buiten | weight=0.099
=ligt =al | weight=0.099
=naar =dat | weight=0.098
=webshop =ligt | weight=0.098
=ongeldig =is | weight=0.097
=het =formulier | weight=0.097
=ben =twee | weight=0.097
=keer =opnieuw | weight=0.097
=kortingscode | weight=0.097
=invullen | weight=0.097
=foutmelding =gaf | weight=0.096
=afspraak =maken | weight=0.096
=dat =ding | weight=0.096
=nog =gewoon | weight=0.095
=geraakt | weight=0.095
=mislukt | weight=0.094
=inloggen =met | weight=0.094
=en =kan | weight=0.094
=met =ideal | weight=0.094
=faq | weight=0.093
=met =zijn | weight=0.093
=schuld =dat | weight=0.092
=chatmedewerker | weight=0.092
=ideal | weight=0.092
=niet =bereiken | weight=0.092, noneg
=site =onbruikbaar | weight=0.091
=een =van | weight=0.090
=steeds =verkeerde | weight=0.090
=weigert | weight=0.090
=automatische | weight=0.090
=betaald =voor | weight=0.089
=ding =doet | weight=0.089
=witte =scherm | weight=0.089
=doet | weight=0.088
=die =steeds | weight=0.087
=aub | weight=0.087
=formulier | weight=0.087
=dagen =niet | weight=0.086, noneg
=even =via | weight=0.086
=de =update | weight=0.086
=draaien =en | weight=0.086
=ongeldig | weight=0.085
=dat =steeds | weight=0.085
=fout =geeft | weight=0.085
=alle =drie | weight=0.085
=ontbrekende | weight=0.084
=kan =niet | weight=0.084, noneg
=druk | weight=0.084
=de =hele | weight=0.084
=jullie =website | weight=0.084
=webformulier | weight=0.083
=beste =even | weight=0.083
=app =werkt | weight=0.083
=praten =met | weight=0.082
=da's =ne | weight=0.082
=daar =niks | weight=0.082, noneg
=ge =vindt | weight=0.082
=ne =rommel | weight=0.082
=rommel =website | weight=0.082
=vindt =daar | weight=0.082
=website =ge | weight=0.082
=via =mijn | weight=0.082
=geen =telefoonnummer | weight=0.082, noneg
=digid | weight=0.081
=met =digid | weight=0.081
=winkel =verteld | weight=0.081
=telefoon =ligt | weight=0.081
=niet =doet | weight=0.081, noneg
=code | weight=0.081
=kapotte =is | weight=0.081
=je =in | weight=0.080
=ge | weight=0.080
=driemaal | weight=0.080
=die =boete | weight=0.080
=bel =omdat | weight=0.080
=verwijst | weight=0.080
=het =beste | weight=0.079
=ik =kijken | weight=0.079
=de =code | weight=0.079
=app =toont | weight=0.079
=te =bereiken | weight=0.078
=niet =foutmelding | weight=0.078, noneg
=niet =snap | weight=0.078, noneg
=mijn =modem | weight=0.077
=zag | weight=0.077
=kon =het | weight=0.077
=app =rijdt | weight=0.077
=rijdt =de | weight=0.077
=niks =op | weight=0.077, noneg
=steeds | weight=0.077
=ik =contact | weight=0.077
=het =menu | weight=0.076
=het =inloggen | weight=0.076
=staat =in | weight=0.076
=terwijl =hij | weight=0.075
=factuur =niet | weight=0.075, noneg
=nieuwe =versie | weight=0.075
=versie =van | weight=0.075
=doen =maar | weight=0.075
=trein =uitgevallen | weight=0.075
=verwijderen | weight=0.075
=zodra =ik | weight=0.075
=chat =stuurde | weight=0.075
=moet =je | weight=0.075
=weer =terug | weight=0.075
=zegt =gebruiken | weight=0.075
=niet =werkt | weight=0.074, noneg
=telkens | weight=0.074
=hopeloos | weight=0.074
=vervolgens =een | weight=0.074
=ik =online | weight=0.074
=in =mn | weight=0.073
=versie | weight=0.073
=frustrerend | weight=0.073
=gooit =me | weight=0.073
=niet =kon | weight=0.073, noneg
=medewerker =is | weight=0.073
=komen =niet | weight=0.072, noneg
