# website_issue, nl: learned by scripts/learn.py from 4470 tuning texts (189 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Jullie app vraagt na elke update opnieuw om al mijn gegevens en onthoudt niets.
+ betaalpagina geeft een 404
+ De site ligt al de hele dag plat.
- ok dankje
- we willen ons geld terug
=site | weight=0.430
=klik | weight=0.415
=telefoonnummer | weight=0.384
=website =niet | weight=0.368, noneg
=de =link | weight=0.342
=betaalpagina | weight=0.338
=de =reisplanner | weight=0.332
=reisplanner | weight=0.332
=webshop | weight=0.330
=geeft | weight=0.329
=app | weight=0.329
=niet =verder | weight=0.313, noneg
=bestelknop | weight=0.312
=lukt | weight=0.308
=werkt =niet | weight=0.304, noneg
=knoppen | weight=0.304
=verstopt | weight=0.300
=foutmelding | weight=0.285
=laden | weight=0.284
=uitgelogd | weight=0.279
=accepteert | weight=0.276
=een =error | weight=0.274
=error | weight=0.274
=scherm | weight=0.272
=loopt | weight=0.263
=crasht | weight=0.256
=dagen =plaats | weight=0.249
=inlogscherm | weight=0.247
=je =kunt | weight=0.247
=knop | weight=0.245
=website | weight=0.245
=dat =formulier | weight=0.244
=overal | weight=0.242
=winkelmandje | weight=0.240
=loopt =vast | weight=0.239
=geeft =een | weight=0.238
=wil =niet | weight=0.238, noneg
=inloggen | weight=0.233
=die =website | weight=0.233
=winkelwagen | weight=0.232
=steeds =uit | weight=0.231
=site =is | weight=0.227
=blijft =maar | weight=0.227
=is =echt | weight=0.223
=browser | weight=0.223
=eindeloos | weight=0.222
=de =betaalpagina | weight=0.221
=niet =op | weight=0.221, noneg
=uit =het | weight=0.221
=ik =raak | weight=0.221
=jullie =app | weight=0.220
=contactformulier | weight=0.216
=mijn =winkelwagen | weight=0.215
=lukt =niet | weight=0.214, noneg
=raak | weight=0.212
=mijn =telefoon | weight=0.210
=functioneert | weight=0.209
=app =crasht | weight=0.209
=nergens =op | weight=0.207, noneg
=het =retourformulier | weight=0.205
=retourformulier | weight=0.205
=eruit | weight=0.204
=het =scherm | weight=0.200
=mijn =browser | weight=0.199
=contactpagina | weight=0.197
=mijn =creditcard | weight=0.196
=ik =kan | weight=0.195
=afrekenen | weight=0.194
=jullie =contactformulier | weight=0.193
=de =knop | weight=0.192
=een =foutmelding | weight=0.192
=de =livechat | weight=0.192
=het =betalen | weight=0.191
=uw =website | weight=0.189
=je =weer | weight=0.188
=steeds =een | weight=0.188
=app =niet | weight=0.188, noneg
=creditcard | weight=0.187
=afsprakenmodule | weight=0.187
=afsprakenmodule =functioneert | weight=0.187
=functioneert =niet | weight=0.187, noneg
=livechat | weight=0.187
=de =kalender | weight=0.185
=kalender | weight=0.185
=een =simpele | weight=0.185
=wachtwoord | weight=0.185
=ik =krijg | weight=0.184
=naar =contact | weight=0.180
=geprobeerd | weight=0.180
=sluit =zichzelf | weight=0.179
=ik =niks | weight=0.178, noneg
=verwijst =je | weight=0.178
=pagina | weight=0.178
=de =haverklap | weight=0.176
=haverklap | weight=0.176
=geen =meter | weight=0.176, noneg
=opslaan | weight=0.174
=een =telefoonnummer | weight=0.173
=het =invullen | weight=0.173
=formulier =niet | weight=0.172, noneg
=al =dagen | weight=0.172
=niks =aanklikken | weight=0.171, noneg
=reisplanner =kan | weight=0.171
=vast | weight=0.170
=bus | weight=0.170
=website =is | weight=0.168
=jullie =nieuwe | weight=0.168
=te =vinden | weight=0.168
=mobiel | weight=0.166
=mijn =tablet | weight=0.165
=tablet =niet | weight=0.165, noneg
=zichzelf | weight=0.164
=crasht =elke | weight=0.164
=via =een | weight=0.162
=offline | weight=0.161
=melding =er | weight=0.160
=piepklein | weight=0.159
=zijn =piepklein | weight=0.159
=we =geen | weight=0.159, noneg
=is =weer | weight=0.158
=gaf =steeds | weight=0.158
=mijn =gegevens | weight=0.158
=het =telefoonnummer | weight=0.157
=constant | weight=0.155
=jullie =webshop | weight=0.155
=staat =al | weight=0.154
=een =fout | weight=0.154
=al =de | weight=0.153
=niet =een | weight=0.153, noneg
=onoverzichtelijke | weight=0.152
=onoverzichtelijke =website | weight=0.152
=buiten =beeld | weight=0.152
=een =verstopt | weight=0.152
=verstopt =knop | weight=0.152
=maar =laden | weight=0.152
=iphone | weight=0.152
=bij =het | weight=0.152
=die =chat | weight=0.151
=steeds =de | weight=0.151
=zelf =niet | weight=0.150, noneg
=puinhoop | weight=0.150
=gestuurd =en | weight=0.149
=hapert | weight=0.147
=levert | weight=0.147
=de =webshop | weight=0.147
=agenda | weight=0.146
=webshop =is | weight=0.145
=beeld | weight=0.145
=vijftien | weight=0.144
=vergeten | weight=0.144
=als =ik | weight=0.143
=hoe =ik | weight=0.143
=draaien | weight=0.143
=de =melding | weight=0.141
=op =offline | weight=0.141
=dagen =uit | weight=0.141
=de =pagina | weight=0.141
=niet =kan | weight=0.141, noneg
=de =knoppen | weight=0.141
=leg | weight=0.141
=de =zoekbalk | weight=0.140
=zoekbalk | weight=0.140
=sinds =de | weight=0.140
=klapt | weight=0.140
=bestelformulier | weight=0.139
=bestelformulier =niet | weight=0.139, noneg
=het =bestelformulier | weight=0.139
=voorleessoftware | weight=0.139
=voorleessoftware =werkt | weight=0.139
=werkt =het | weight=0.139
=zijn =voorleessoftware | weight=0.139
=tablet | weight=0.139
=halverwege | weight=0.139
=onbruikbaar | weight=0.138
=toont =de | weight=0.138
=verkeerde =vertrektijden | weight=0.138
=vertrektijden | weight=0.138
=laadt | weight=0.137
=formulier =gaf | weight=0.136
=toont | weight=0.134
=raakt | weight=0.133
=konden | weight=0.133
=ik =geen | weight=0.133, noneg
=valt | weight=0.132
=app =sluit | weight=0.132
=na =het | weight=0.132
=gezocht | weight=0.132
=gezocht =naar | weight=0.132
=een =wit | weight=0.132
=is =een | weight=0.131
=alleen =maar | weight=0.131
=trein | weight=0.130
=formulier | weight=0.129
=sluit | weight=0.128
=steeds =er | weight=0.127
=betaalpagina =geeft | weight=0.127
=iets =misgegaan | weight=0.126
=is =iets | weight=0.126
=misgegaan | weight=0.126
=keer =hetzelfde | weight=0.126
=app =zegt | weight=0.126
=iphone =valt | weight=0.126
=ligt =dat | weight=0.125
=spoedlevering | weight=0.125
=simpele | weight=0.125
=terwijl =die | weight=0.124
=de =laatste | weight=0.123
=niet =werkt | weight=0.123, noneg
=gebruik =de | weight=0.122
=ik =worden | weight=0.122
=op =uw | weight=0.122
=vastliep | weight=0.122
=link | weight=0.121
=chat =staat | weight=0.120
=helpcentrum | weight=0.120
=helpcentrum =en | weight=0.120
=het =helpcentrum | weight=0.120
=na =rondje | weight=0.120
=rondje =na | weight=0.120
=inloggen =lukt | weight=0.119
=blijft | weight=0.119
=chatmedewerker =naar | weight=0.119
=door =chatmedewerker | weight=0.119
=jullie =site | weight=0.119
=overal =andere | weight=0.118
=hele =avond | weight=0.118
=wit | weight=0.118
=niet =geaccepteerd | weight=0.117, noneg
=start =de | weight=0.116
=update =start | weight=0.116
=me =er | weight=0.116
=keer =bij | weight=0.115
=update | weight=0.115
=onthoudt | weight=0.114
=vinden | weight=0.114
=bleef =maar | weight=0.114
=wordt =niet | weight=0.114, noneg
=verwijzing | weight=0.114
=rijdt | weight=0.114
=valt =de | weight=0.114
=kan =nergens | weight=0.113, noneg
=maar =een | weight=0.113
=webformulier | weight=0.113
=geraakt | weight=0.113
=start | weight=0.112
=proximus | weight=0.110
=keer =door | weight=0.110
=ik =steeds | weight=0.110
=kwartier =gezocht | weight=0.110
=naar =hoe | weight=0.110
=browser =geprobeerd | weight=0.109
=verschillende =browser | weight=0.109
=eindeloos =en | weight=0.109
=helft =van | weight=0.108
=telefoonnummer =te | weight=0.107
=nooit =een | weight=0.107, noneg
=niet =terwijl | weight=0.107, noneg
=nergens | weight=0.106, noneg
=mij =naar | weight=0.106
=weigert =mijn | weight=0.105
=webshop =was | weight=0.105
=elke =keer | weight=0.105
=keer =opnieuw | weight=0.104
=wit =scherm | weight=0.104
=goed =verstopt | weight=0.104
=totaal =niet | weight=0.103, noneg
=niet =alles | weight=0.102, noneg
=buiten | weight=0.102
=helemaal =niet | weight=0.102, noneg
=terug =aub | weight=0.101
=app =bij | weight=0.101
=dan =krijg | weight=0.101
=onbekend | weight=0.100
=doet =niks | weight=0.100, noneg
=item | weight=0.098
=zichzelf =af | weight=0.098
=afspraak =maken | weight=0.098
=het =afrekenen | weight=0.098
=de =agenda | weight=0.098
=resultaat | weight=0.097
=kan =jullie | weight=0.097
=niet =gebruik | weight=0.097, noneg
=chat =naar | weight=0.097
=met =ideal | weight=0.096
=belde =omdat | weight=0.096
=jullie =website | weight=0.096
=ben =twee | weight=0.096
=nog =gewoon | weight=0.096
=ongeldig =is | weight=0.096
=belde =ze | weight=0.096
=naar =dat | weight=0.096
=alle =drie | weight=0.095
=kortingscode | weight=0.095
=druk | weight=0.095
=webshop =ligt | weight=0.095
=dankje | weight=0.095
=dagen =niet | weight=0.095, noneg
=verwijst | weight=0.094
=dat =ding | weight=0.094
=totaal | weight=0.094
=inloggen =met | weight=0.093
=avond | weight=0.093
=ideal | weight=0.092
=niet =bereiken | weight=0.092, noneg
=met =zijn | weight=0.092
=de =hele | weight=0.092
=mislukt | weight=0.092
=mijn =account | weight=0.092
=foutmelding =gaf | weight=0.092
=de =site | weight=0.091
=kunt | weight=0.091
=schuld =dat | weight=0.091
=steeds =verkeerde | weight=0.090
=het =formulier | weight=0.090
=ge | weight=0.090
=een =van | weight=0.090
=site =geeft | weight=0.090
=dat =steeds | weight=0.089
=fout =geeft | weight=0.089
=aub | weight=0.088
=ligt =al | weight=0.088
=driemaal | weight=0.088
=site =onbruikbaar | weight=0.088
=even =via | weight=0.087
=draaien =en | weight=0.087
=die =boete | weight=0.087
=da's =ne | weight=0.087
=daar =niks | weight=0.087, noneg
=ge =vindt | weight=0.087
=ne =rommel | weight=0.087
=rommel =website | weight=0.087
=vindt =daar | weight=0.087
=website =ge | weight=0.087
=terwijl =hij | weight=0.086
=je =in | weight=0.086
=betaald =voor | weight=0.086
=praten =met | weight=0.086
=doen =maar | weight=0.085
=ding =doet | weight=0.085
=trein =uitgevallen | weight=0.085
=ik =contact | weight=0.085
=ongeldig | weight=0.084
=app =toont | weight=0.084
=geen =telefoonnummer | weight=0.084, noneg
=digid | weight=0.084
=met =digid | weight=0.084
=betalen =via | weight=0.083
=winkel =verteld | weight=0.083
=niet =doet | weight=0.082, noneg
=bel =omdat | weight=0.082
=niet =snap | weight=0.082, noneg
=uitgevallen | weight=0.082
=ontbrekende | weight=0.082
=weigert | weight=0.082
=vervolgens =een | weight=0.081
=kapotte =is | weight=0.081
=niet =omdat | weight=0.081, noneg
=via =mijn | weight=0.081
=weer =terug | weight=0.080
=doet | weight=0.080
=staat =in | weight=0.079
=niks =op | weight=0.079, noneg
=juiste =belde | weight=0.079
=geldig =is | weight=0.078
=het =inchecken | weight=0.078
=inchecken | weight=0.078
=ik =kijken | weight=0.078
=gegevens | weight=0.078
=link =in | weight=0.078
=niet =inloggen | weight=0.077, noneg
=melding | weight=0.077
=telefoon =ligt | weight=0.077
=echt =nergens | weight=0.077, noneg
=zodra =ik | weight=0.076
=ik =online | weight=0.076
=robot =die | weight=0.076
=komen =niet | weight=0.076, noneg
=boete | weight=0.076
=minuten =te | weight=0.075
=vindt | weight=0.074
=ne | weight=0.074
=chat =stuurde | weight=0.074
=kan =niet | weight=0.074, noneg
=zag | weight=0.074
=formulier =dat | weight=0.073
=app =rijdt | weight=0.073
=rijdt =de | weight=0.073
=u =te | weight=0.073
=laatste =update | weight=0.073
=de =faq | weight=0.073
=medewerker =is | weight=0.072
=niet =foutmelding | weight=0.072, noneg
=op =twitter | weight=0.072
=in =mn | weight=0.072
=resetten | weight=0.072
=gewoon =geldig | weight=0.072
=code | weight=0.072
=automatische | weight=0.071
=factuur =niet | weight=0.071, noneg
=nieuwe =versie | weight=0.071
