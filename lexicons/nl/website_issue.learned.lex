# website_issue, nl: learned by scripts/learn.py from 4875 tuning texts (232 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Jullie app vraagt na elke update opnieuw om al mijn gegevens en onthoudt niets.
+ Beste, op 21 juli werd er een nieuwe koelkast bezorgd met een deuk. De bezorger zei dat ik dat via de app moest melden. In de app kun je alleen foto's uploaden, maar de upload werkt niet. Ik belde, en de medewerker zei: 'Dat moet echt via de app.' Ik heb gevraagd naar een manager, maar ik kreeg te horen dat managers geen klantcontact hebben.
+ Hallo, ik heb via jullie app een afspraak gemaakt voor een bandenwissel. Op de dag zelf stond ik voor een dichte deur. Aan de telefoon zeiden ze dat de app niet gekoppeld is aan de planning van de vestiging en dat ik voortaan beter gewoon kan bellen. Dus eerst sturen jullie iedereen naar de app en dan ligt het aan mij dat ik de app gebruik? Ik heb een halve vrije dag verspild. Een excuus zou op zijn plaats zijn.
- ok dankje
- ok top dank je
=werkt =niet | weight=0.444, noneg
=site | weight=0.438
=accepteert | weight=0.382
=telefoonnummer | weight=0.371
=lukt | weight=0.366
=klik | weight=0.365
=geeft | weight=0.354
=website =niet | weight=0.351, noneg
=de =link | weight=0.346
=app | weight=0.345
=betaalpagina | weight=0.335
=de =reisplanner | weight=0.330
=reisplanner | weight=0.330
=bestelknop | weight=0.321
=knoppen | weight=0.316
=verstopt | weight=0.306
=foutmelding | weight=0.298
=loopt | weight=0.297
=agenda | weight=0.292
=inloggen | weight=0.292
=crasht | weight=0.285
=laden | weight=0.283
=een =error | weight=0.279
=error | weight=0.279
=onoverzichtelijke | weight=0.276
=dagen =plaats | weight=0.267
=webshop | weight=0.263
=uitgelogd | weight=0.258
=inlogscherm | weight=0.251
=gaf =steeds | weight=0.249
=winkelwagen | weight=0.249
=site =is | weight=0.248
=knop | weight=0.246
=pagina | weight=0.240
=geeft =een | weight=0.235
=winkelmandje | weight=0.232
=scherm | weight=0.230
=afrekenen | weight=0.229
=eindeloos | weight=0.228
=de =betaalpagina | weight=0.228
=loopt =vast | weight=0.228
=app =crasht | weight=0.225
=overal | weight=0.224
=mijn =winkelwagen | weight=0.221
=nergens =op | weight=0.221, noneg
=bestelformulier | weight=0.221
=het =bestelformulier | weight=0.221
=de =haverklap | weight=0.221
=haverklap | weight=0.221
=je =kunt | weight=0.220
=ik =raak | weight=0.219
=browser | weight=0.218
=steeds =uit | weight=0.217
=mijn =telefoon | weight=0.217
=niet =kan | weight=0.217, noneg
=app =niet | weight=0.216, noneg
=jullie =app | weight=0.216
=het =betalen | weight=0.216
=die =website | weight=0.216
=de =pagina | weight=0.215
=raak | weight=0.213
=functioneert | weight=0.212
=webshop =is | weight=0.211
=een =foutmelding | weight=0.209
=niet =verder | weight=0.209, noneg
=steeds =vast | weight=0.208
=de =kalender | weight=0.206
=kalender | weight=0.206
=wachtwoord | weight=0.205
=contactformulier | weight=0.201
=wil =niet | weight=0.199, noneg
=ik =kan | weight=0.197
=website =is | weight=0.195
=vast | weight=0.194
=een =telefoonnummer | weight=0.194
=een =simpele | weight=0.193
=mijn =browser | weight=0.192
=uit =het | weight=0.190
=factuur =niet | weight=0.190, noneg
=niks =aanklikken | weight=0.190, noneg
=afsprakenmodule | weight=0.190
=afsprakenmodule =functioneert | weight=0.190
=functioneert =niet | weight=0.190, noneg
=is =echt | weight=0.190
=de =livechat | weight=0.189
=jullie =contactformulier | weight=0.188
=te =vind | weight=0.188
=livechat | weight=0.187
=contactpagina | weight=0.186
=het =invullen | weight=0.185
=ongeldig | weight=0.183
=niet =op | weight=0.183, noneg
=ik =steeds | weight=0.182
=sluit =zichzelf | weight=0.181
=jullie =nieuwe | weight=0.181
=lukt =niet | weight=0.181, noneg
=naar =contact | weight=0.180
=crasht =elke | weight=0.179
=ik =krijg | weight=0.179
=krijg =het | weight=0.177
=verdwijnt | weight=0.177
=puinhoop | weight=0.177
=geprobeerd | weight=0.177
=mobiel | weight=0.176
=geen =meter | weight=0.175, noneg
=zichzelf | weight=0.175
=al =de | weight=0.173
=steeds =een | weight=0.173
=we =geen | weight=0.173, noneg
=je =weer | weight=0.172
=opslaan | weight=0.172
=formulier =gaf | weight=0.172
=ik =niks | weight=0.172, noneg
=formulier =niet | weight=0.172, noneg
=website | weight=0.171
=mijn =creditcard | weight=0.169
=ik =geen | weight=0.169, noneg
=blijft =maar | weight=0.168
=iphone | weight=0.167
=niet =een | weight=0.166, noneg
=adrescontrole | weight=0.166
=de =adrescontrole | weight=0.166
=al =dagen | weight=0.166
=mijn =tablet | weight=0.166
=tablet =niet | weight=0.166, noneg
=mijn =gegevens | weight=0.165
=piepklein | weight=0.164
=zijn =piepklein | weight=0.164
=een =verstopt | weight=0.163
=verstopt =knop | weight=0.163
=creditcard | weight=0.162
=kortingscode | weight=0.162
=halverwege | weight=0.161
=buiten =beeld | weight=0.161
=melding =er | weight=0.161
=constant | weight=0.160
=de =knop | weight=0.160
=verwijst =je | weight=0.159
=niet =gekoppeld | weight=0.159, noneg
=staat =al | weight=0.158
=die =chat | weight=0.158
=kan =nergens | weight=0.157, noneg
=geen =bezorgdatum | weight=0.157, noneg
=offline | weight=0.156
=hapert | weight=0.156
=reisplanner =kan | weight=0.156
=klapt | weight=0.155
=vijftien | weight=0.155
=steeds =de | weight=0.154
=draaien | weight=0.154
=de =webshop | weight=0.152
=maar =laden | weight=0.152
=het =scherm | weight=0.151
=beeld | weight=0.151
=de =zoekfunctie | weight=0.151
=zoekfunctie | weight=0.151
=bus | weight=0.151
=is =weer | weight=0.151
=dat =formulier | weight=0.151
=online =systeem | weight=0.148
=sinds =de | weight=0.148
=me =er | weight=0.147
=onoverzichtelijke =website | weight=0.146
=chatmedewerker =naar | weight=0.145
=door =chatmedewerker | weight=0.145
=vast =bij | weight=0.144
=vergeten | weight=0.144
=sluit | weight=0.144
=steeds =er | weight=0.142
=is =iets | weight=0.142
=de =melding | weight=0.142
=gezocht | weight=0.142
=gezocht =naar | weight=0.142
=eruit | weight=0.141
=dagen =uit | weight=0.141
=toont | weight=0.141
=raakt | weight=0.140
=app =sluit | weight=0.140
=uploaden | weight=0.140
=tablet | weight=0.139
=niet =werkt | weight=0.139, noneg
=hele =avond | weight=0.139
=de =knoppen | weight=0.139
=ligt =dat | weight=0.137
=iphone =valt | weight=0.137
=op =offline | weight=0.137
=systeem =is | weight=0.136
=de =zoekbalk | weight=0.136
=zoekbalk | weight=0.136
=gestuurd =en | weight=0.135
=spoedlevering | weight=0.134
=gebruiken =de | weight=0.134
=uw =website | weight=0.133
=code | weight=0.133
=onbekend | weight=0.132
=een =wit | weight=0.132
=onbruikbaar | weight=0.131
=nergens | weight=0.131, noneg
=keer =bij | weight=0.130
=keer =door | weight=0.130
=update | weight=0.129
=vastliep | weight=0.129
=zelf =niet | weight=0.129, noneg
=webshop =was | weight=0.129
=onthoudt | weight=0.129
=is =zo | weight=0.129
=toont =de | weight=0.128
=verkeerde =vertrektijden | weight=0.128
=vertrektijden | weight=0.128
=keer =hetzelfde | weight=0.128
=rijdt | weight=0.126
=het =inlogscherm | weight=0.126
=inlogscherm =blijft | weight=0.126
=app =zegt | weight=0.125
=als =ik | weight=0.125
=chat =staat | weight=0.125
=levert | weight=0.124
=het =telefoonnummer | weight=0.124
=valt =de | weight=0.124
=jullie =website | weight=0.124
=start =de | weight=0.123
=update =start | weight=0.123
=niet =geaccepteerd | weight=0.123, noneg
=geraakt | weight=0.122
=accepteert =mijn | weight=0.122
=alleen =maar | weight=0.122
=wordt =niet | weight=0.121, noneg
=terwijl =die | weight=0.121
=eigen =factuur | weight=0.121
=webformulier | weight=0.120
=elke =keer | weight=0.119
=helemaal =niet | weight=0.118, noneg
=bestelformulier =niet | weight=0.118, noneg
=voorleessoftware | weight=0.118
=voorleessoftware =werkt | weight=0.118
=werkt =het | weight=0.118
=zijn =voorleessoftware | weight=0.118
=het =uploaden | weight=0.118
=het =afrekenen | weight=0.118
=overal =andere | weight=0.117
=na =het | weight=0.117
=betaalpagina =geeft | weight=0.117
=terug =aub | weight=0.117
=mij =naar | weight=0.117
=jullie =site | weight=0.117
=via =een | weight=0.117
=alles =staat | weight=0.116
=door =elkaar | weight=0.116
=staat =door | weight=0.116
=inloggen =lukt | weight=0.115
=het =lukt | weight=0.115
=kwartier =gezocht | weight=0.115
=naar =hoe | weight=0.115
=webshop =ligt | weight=0.115
=website =stuurt | weight=0.115
=een =fout | weight=0.114
=soms | weight=0.114
=ongeldig =code | weight=0.114
=wit | weight=0.112
=helpcentrum | weight=0.111
=helpcentrum =en | weight=0.111
=het =helpcentrum | weight=0.111
=na =rondje | weight=0.111
=rondje =na | weight=0.111
=jullie =webshop | weight=0.111
=proximus | weight=0.111
=link | weight=0.111
=zichzelf =af | weight=0.110
=belde =omdat | weight=0.109
=app =bij | weight=0.109
=weigert =mijn | weight=0.108
=niet =bereiken | weight=0.108, noneg
=ligt =al | weight=0.108
=aub | weight=0.107
=dat =steeds | weight=0.107
=fout =geeft | weight=0.107
=verwijzing | weight=0.107
=wit =scherm | weight=0.107
=het =formulier | weight=0.107
=tegoedbon | weight=0.106
=laadt | weight=0.106
=mislukt | weight=0.106
=bij =het | weight=0.105
=op =uw | weight=0.104
=vindt | weight=0.104
=verwijderen | weight=0.104
=afrekenen =met | weight=0.103
=buiten | weight=0.103
=app =toont | weight=0.103
=praten =met | weight=0.103
=browser =geprobeerd | weight=0.102
=verschillende =browser | weight=0.102
=de =agenda | weight=0.102
=is =blijkbaar | weight=0.102
=telefoonnummer =te | weight=0.102
=portaal | weight=0.102
=bleef =maar | weight=0.102
=kan =jullie | weight=0.102
=niet =gebruiken | weight=0.102, noneg
=goed =verstopt | weight=0.101
=site =geeft | weight=0.101
=gegevens | weight=0.101
=app =weer | weight=0.101
=chat =naar | weight=0.100
=dankje | weight=0.100
=niet =mobiel | weight=0.100, noneg
=resultaat | weight=0.100
=zodra =ik | weight=0.099
=dat =ding | weight=0.099
=geen =telefoonnummer | weight=0.099, noneg
=het =veld | weight=0.098
=veld | weight=0.098
=driemaal | weight=0.098
=pagina =ververs | weight=0.098
=ververs | weight=0.098
=weer =achteraan | weight=0.098
=eindeloos =en | weight=0.097
=vingerafdruk | weight=0.097
=vingerafdruk =inloggen | weight=0.097
=met =ideal | weight=0.097
=naar =dat | weight=0.096
=geen =letterlijk | weight=0.096, noneg
=ge | weight=0.096
=verwijst | weight=0.096
=het =retourformulier | weight=0.095
=retourformulier | weight=0.095
=postcode =niet | weight=0.095, noneg
=ideal | weight=0.094
=telefoon =ligt | weight=0.094
=even =via | weight=0.094
=steeds =verkeerde | weight=0.094
=achteraan =in | weight=0.094
=mijn =account | weight=0.093
=simpele | weight=0.092
=niet =omdat | weight=0.091, noneg
=telefoon =is | weight=0.091
=juiste =belde | weight=0.091
=niet =terwijl | weight=0.091, noneg
=kon =het | weight=0.091
=ding =doet | weight=0.090
=bel =omdat | weight=0.090
=een =van | weight=0.090
=steeds =vastliep | weight=0.090
=niet =snap | weight=0.090, noneg
=pogingen | weight=0.090
=kapotte =is | weight=0.089
=de =update | weight=0.089
=lukt =pas | weight=0.089
=da's =ne | weight=0.089
=ge =vindt | weight=0.089
=ne =rommel | weight=0.089
=rommel =website | weight=0.089
=vindt =daar | weight=0.089
=website =ge | weight=0.089
=app =eruit | weight=0.089
=weigert | weight=0.089
=betalen =via | weight=0.088
=de =faq | weight=0.088
=ik =contact | weight=0.088
=dan =krijg | weight=0.088
=schuld =dat | weight=0.087
=niet =doet | weight=0.087, noneg
=de =site | weight=0.087
=trein | weight=0.087
=winkel =verteld | weight=0.087
=foutmelding =gaf | weight=0.087
=ongeldig =is | weight=0.086
=een =terugbelverzoek | weight=0.086
=sta =ik | weight=0.086
=bestand =te | weight=0.086
=grote =ook | weight=0.086
=steeds =bestand | weight=0.086
=je =in | weight=0.085
=app =kun | weight=0.085
=daar =niks | weight=0.085, noneg
=totaal =niet | weight=0.084, noneg
=ben =twee | weight=0.084
=melding | weight=0.084
=keer =opnieuw | weight=0.084
=geeft =alleen | weight=0.084
=robot =die | weight=0.084
=doet =niks | weight=0.083, noneg
=kan =ik | weight=0.083
=hij =nog | weight=0.083
=die =steeds | weight=0.083
=app =en | weight=0.083
=zeggen =altijd | weight=0.082
=automatische | weight=0.082
=app =rijdt | weight=0.082
=rijdt =de | weight=0.082
=nog =gewoon | weight=0.082
=adres =is | weight=0.082
=die =boete | weight=0.082
=medewerker =is | weight=0.081
=terugbelverzoek | weight=0.081
=u =te | weight=0.081
=echt =nergens | weight=0.081, noneg
=vervolgens =een | weight=0.080
=bezorgapp | weight=0.080
=de =bezorgapp | weight=0.080
