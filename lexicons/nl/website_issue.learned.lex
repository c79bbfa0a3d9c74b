# website_issue, nl: learned by scripts/learn.py from 3889 tuning texts (162 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Het formulier gaf steeds een fout.
+ De webshop lag gisteren de hele dag plat.
+ Na de update startte de app niet meer op.
- we willen ons geld terug
- Geen minuut gewacht, top!
=site | weight=0.449
=klik | weight=0.409
=telefoonnummer | weight=0.364
=webshop | weight=0.355
=overal | weight=0.347
=de =reisplanner | weight=0.332
=reisplanner | weight=0.332
=app | weight=0.323
=niet =verder | weight=0.317, noneg
=de =link | weight=0.315
=knoppen | weight=0.314
=foutmelding | weight=0.306
=bestelknop | weight=0.305
=geeft | weight=0.289
=knop | weight=0.285
=laden | weight=0.280
=inlogscherm | weight=0.279
=uitgelogd | weight=0.268
=loopt | weight=0.259
=lukt =niet | weight=0.255, noneg
=crasht | weight=0.253
=een =error | weight=0.252
=error | weight=0.252
=ik =kan | weight=0.250
=lukt | weight=0.249
=accepteert | weight=0.249
=scherm | weight=0.249
=blijft =maar | weight=0.246
=loopt =vast | weight=0.246
=jullie =app | weight=0.245
=steeds =een | weight=0.239
=site =is | weight=0.234
=eindeloos | weight=0.231
=website | weight=0.229
=link | weight=0.228
=je =kunt | weight=0.227
=wil =niet | weight=0.227, noneg
=dagen =plaats | weight=0.222
=mijn =telefoon | weight=0.220
=ik =raak | weight=0.219
=raak | weight=0.219
=niet =op | weight=0.217, noneg
=inloggen | weight=0.216
=mijn =creditcard | weight=0.216
=creditcard | weight=0.212
=de =livechat | weight=0.212
=app =niet | weight=0.212, noneg
=het =scherm | weight=0.211
=verstopte | weight=0.210
=een =foutmelding | weight=0.209
=betaalpagina | weight=0.209
=de =betaalpagina | weight=0.209
=browser | weight=0.209
=website =niet | weight=0.208, noneg
=jullie =nieuwe | weight=0.208
=functioneert | weight=0.208
=livechat | weight=0.208
=het =retourformulier | weight=0.206
=retourformulier | weight=0.206
=geprobeerd | weight=0.202
=eruit | weight=0.202
=contactformulier | weight=0.202
=ik =krijg | weight=0.200
=nergens =op | weight=0.199, noneg
=app =crasht | weight=0.197
=de =kalender | weight=0.197
=kalender | weight=0.197
=een =simpel | weight=0.195
=jullie =contactformulier | weight=0.193
=de =knop | weight=0.192
=sluit =zichzelf | weight=0.191
=afrekenen | weight=0.189
=contactpagina | weight=0.188
=dat =formulier | weight=0.187
=pagina | weight=0.187
=staat =al | weight=0.186
=vinden | weight=0.185
=het =betalen | weight=0.185
=via =een | weight=0.185
=mijn =browser | weight=0.184
=naar =contact | weight=0.183
=afsprakenmodule | weight=0.182
=afsprakenmodule =functioneert | weight=0.182
=functioneert =niet | weight=0.182, noneg
=uw =website | weight=0.181
=het =invullen | weight=0.181
=offline | weight=0.179
=je =weer | weight=0.179
=zichzelf | weight=0.175
=webshop =is | weight=0.173
=wachtwoord | weight=0.172
=bus | weight=0.172
=de =haverklap | weight=0.171
=haverklap | weight=0.171
=reisplanner =kan | weight=0.171
=een =verstopte | weight=0.171
=verstopte =knop | weight=0.171
=crasht =elke | weight=0.170
=formulier =niet | weight=0.169, noneg
=vast | weight=0.167
=die =chat | weight=0.166
=bij =het | weight=0.166
=werkt =niet | weight=0.164, noneg
=verwijst =je | weight=0.163
=opslaan | weight=0.161
=dagen =uit | weight=0.161
=niet =inloggen | weight=0.161, noneg
=jullie =webshop | weight=0.160
=de =webshop | weight=0.159
=melding =er | weight=0.159
=we =geen | weight=0.158, noneg
=alleen =maar | weight=0.157
=gaf =steeds | weight=0.154
=draaien | weight=0.154
=constant | weight=0.154
=de =laatste | weight=0.154
=buiten =beeld | weight=0.153
=het =telefoonnummer | weight=0.151
=steeds =de | weight=0.151
=vindt | weight=0.151
=een =telefoonnummer | weight=0.151
=op =offline | weight=0.150
=zelf =niet | weight=0.149, noneg
=agenda | weight=0.148
=blijft | weight=0.147
=een =fout | weight=0.147
=beeld | weight=0.146
=de =zoekbalk | weight=0.145
=zoekbalk | weight=0.145
=piepklein | weight=0.145
=zijn =piepklein | weight=0.145
=is =weer | weight=0.145
=onbruikbaar | weight=0.144
=geeft =een | weight=0.144
=halverwege | weight=0.144
=hapert | weight=0.144
=konden | weight=0.144
=app =sluit | weight=0.143
=weigert =mijn | weight=0.142
=ik =geen | weight=0.142, noneg
=gestuurd =en | weight=0.141
=te =vinden | weight=0.140
=levert | weight=0.140
=toont | weight=0.139
=bestelformulier | weight=0.139
=bestelformulier =niet | weight=0.139, noneg
=het =bestelformulier | weight=0.139
=voorleessoftware | weight=0.139
=voorleessoftware =werkt | weight=0.139
=werkt =het | weight=0.139
=zijn =voorleessoftware | weight=0.139
=valt | weight=0.138
=formulier | weight=0.138
=laadt | weight=0.137
=vergeten | weight=0.137
=formulier =gaf | weight=0.136
=de =melding | weight=0.136
=toont =de | weight=0.136
=verkeerde =vertrektijden | weight=0.136
=vertrektijden | weight=0.136
=niet =kan | weight=0.135, noneg
=na =het | weight=0.135
=ligt =dat | weight=0.135
=puinhoop | weight=0.134
=is =echt | weight=0.134
=trein | weight=0.134
=steeds =er | weight=0.133
=chat =staat | weight=0.133
=klapt | weight=0.131
=iets =misgegaan | weight=0.131
=is =iets | weight=0.131
=misgegaan | weight=0.131
=iphone =valt | weight=0.130
=kan =nergens | weight=0.130, noneg
=vijftien | weight=0.129
=al =de | weight=0.129
=niet =een | weight=0.128, noneg
=me =er | weight=0.127
=mobiel | weight=0.127
=ik =worden | weight=0.127
=keer =bij | weight=0.126
=simpel | weight=0.125
=maar =een | weight=0.125
=als =ik | weight=0.124
=automatische | weight=0.123
=app =zegt | weight=0.121
=spoedlevering | weight=0.121
=de =pagina | weight=0.121
=de =faq | weight=0.121
=iphone | weight=0.121
=keer =hetzelfde | weight=0.121
=vastliep | weight=0.120
=valt =de | weight=0.120
=rijdt | weight=0.120
=op =uw | weight=0.119
=sluit | weight=0.119
=is =een | weight=0.118
=hopeloos | weight=0.118
=hele =avond | weight=0.118
=webshop =ligt | weight=0.117
=druk | weight=0.117
=terug =aub | weight=0.117
=winkelwagen | weight=0.116
=niet =geaccepteerd | weight=0.116, noneg
=ik =steeds | weight=0.116
=een =witte | weight=0.116
=update | weight=0.114
=resultaat | weight=0.114
=helpcentrum | weight=0.114
=helpcentrum =en | weight=0.114
=het =helpcentrum | weight=0.114
=na =rondje | weight=0.114
=rondje =na | weight=0.114
=wordt =niet | weight=0.114, noneg
=start =de | weight=0.113
=update =start | weight=0.113
=tablet | weight=0.112
=alle | weight=0.111
=eindeloos =en | weight=0.111
=jullie =site | weight=0.110
=kan =jullie | weight=0.110
=niet =gebruiken | weight=0.110, noneg
=weigert | weight=0.110
=overal =andere | weight=0.110
=zichzelf =af | weight=0.109
=ik =niks | weight=0.109, noneg
=helft =van | weight=0.108
=site =geeft | weight=0.108
=start | weight=0.107
=browser =geprobeerd | weight=0.106
=verschillende =browser | weight=0.106
=inloggen =met | weight=0.105
=proximus | weight=0.105
=mij =naar | weight=0.105
=het =formulier | weight=0.105
=mijn =gegevens | weight=0.105
=onbekend | weight=0.105
=elke =keer | weight=0.104
=chat =naar | weight=0.104
=nieuwe =website | weight=0.103
=buiten | weight=0.103
=afspraak =maken | weight=0.102
=mislukt | weight=0.102
=ge | weight=0.102
=naar =dat | weight=0.102
=de =agenda | weight=0.102
=faq | weight=0.102
=chatmedewerker =naar | weight=0.102
=door =chatmedewerker | weight=0.102
=totaal =niet | weight=0.102, noneg
=niet =terwijl | weight=0.102, noneg
=bleef =maar | weight=0.101
=witte | weight=0.100
=dat =ding | weight=0.100
=doet =niks | weight=0.100, noneg
=keer =door | weight=0.099
=steeds =verkeerde | weight=0.099
=foutmelding =gaf | weight=0.099
=dan =krijg | weight=0.098
=sinds =de | weight=0.098
=praten =met | weight=0.098
=met =zijn | weight=0.098
=verwijst | weight=0.097
=aub | weight=0.097
=met =ideal | weight=0.097
=geen =telefoonnummer | weight=0.097, noneg
=kortingscode | weight=0.096
=webshop =was | weight=0.096
=totaal | weight=0.096
=het =afrekenen | weight=0.095
=nooit =een | weight=0.095, noneg
=ongeldig =is | weight=0.095
=ideal | weight=0.095
=ik =kijken | weight=0.095
=ding =doet | weight=0.095
=nog =gewoon | weight=0.095
=hoe =ik | weight=0.095
=in =mn | weight=0.094
=beste =even | weight=0.094
=die =steeds | weight=0.093
=avond | weight=0.093
=betaald =voor | weight=0.093
=chatmedewerker | weight=0.093
=belde =ze | weight=0.093
=de =code | weight=0.092
=bel =omdat | weight=0.092
=het =beste | weight=0.092
=draaien =en | weight=0.092
=webformulier | weight=0.092
=niet =snap | weight=0.091, noneg
=de =site | weight=0.091
=ben =twee | weight=0.091
=kunt | weight=0.090
=niet =bereiken | weight=0.090, noneg
=een =van | weight=0.090
=jullie =website | weight=0.090
=trein =uitgevallen | weight=0.089
=digid | weight=0.088
=met =digid | weight=0.088
=staat =in | weight=0.088
=die =boete | weight=0.088
=inloggen =lukt | weight=0.087
=te =bereiken | weight=0.087
=vervelend | weight=0.087
=app =toont | weight=0.086
=dat =steeds | weight=0.086
=fout =geeft | weight=0.086
=ze =op | weight=0.086
=gezocht | weight=0.086
=gezocht =naar | weight=0.086
=website =is | weight=0.086
=driemaal | weight=0.085
=uitgevallen | weight=0.085
=factuur =niet | weight=0.084, noneg
=nieuwe =versie | weight=0.084
=versie =van | weight=0.084
=app =rijdt | weight=0.084
=rijdt =de | weight=0.084
=code | weight=0.084
=schuld =dat | weight=0.084
=zodra =ik | weight=0.084
=niet =foutmelding | weight=0.084, noneg
=terwijl =hij | weight=0.083
=winkel =verteld | weight=0.083
=app =werkt | weight=0.083
=product =aan | weight=0.083
=via =mijn | weight=0.083
=zag | weight=0.082
=ontbrekende | weight=0.082
=telkens =als | weight=0.082
=je =in | weight=0.082
=de =hele | weight=0.081
=al =mijn | weight=0.081
=frustrerend | weight=0.081
=gooit =me | weight=0.081
=robot =die | weight=0.080
=afrekenen =krijg | weight=0.080
=ongeldig | weight=0.080
=versie | weight=0.080
=da's =ne | weight=0.080
=daar =niks | weight=0.080, noneg
=ge =vindt | weight=0.080
=ne =rommel | weight=0.080
=rommel =website | weight=0.080
=vindt =daar | weight=0.080
=website =ge | weight=0.080
=helemaal =niet | weight=0.080, noneg
=boete | weight=0.079
=minuten =te | weight=0.079
=alle =drie | weight=0.078
=app =eruit | weight=0.078
=gooit | weight=0.078
=app =is | weight=0.077
=zegt =bel | weight=0.077
=ligt =al | weight=0.077
=kon =het | weight=0.076
=nergens | weight=0.076, noneg
=twee =dagen | weight=0.075
=ik =online | weight=0.075
=gaf =een | weight=0.075
=dat =moet | weight=0.075
=logt | weight=0.074
=logt =me | weight=0.074
=mijn =modem | weight=0.074
=niet =werkt | weight=0.074, noneg
=betalen =via | weight=0.074
=komen =niet | weight=0.073, noneg
=verwijderen | weight=0.073
=vervolgens =een | weight=0.073
=niet =in | weight=0.072, noneg
=niks =op | weight=0.072, noneg
=melding | weight=0.072
=het =menu | weight=0.072
=app =doen | weight=0.071
=ik =wou | weight=0.071
=moet =je | weight=0.071
=geen =klacht | weight=0.071, noneg
=niet =kon | weight=0.071, noneg
=chat =stuurde | weight=0.070
=de =bevestigingsmail | weight=0.070
=rondje | weight=0.070
=doen =maar | weight=0.069
=ze =zeiden | weight=0.069
=me =elke | weight=0.069
=weer =een | weight=0.069
=formulier =wist | weight=0.069
=gegevens =als | weight=0.069
=op =volgende | weight=0.069
=volgende =klik | weight=0.069
=wist =al | weight=0.069
=mijn =kaart | weight=0.069
=medewerker =is | weight=0.068
=snapt =het | weight=0.068
=ne | weight=0.068
=formulier =dat | weight=0.068
=kapotte =is | weight=0.068
=telefoonnummer =of | weight=0.068
=dagen =op | weight=0.068
=het =probeer | weight=0.067
=telefoonnummer =te | weight=0.067
