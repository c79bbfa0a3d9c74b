# ivr_maze, nl: learned by scripts/learn.py from 4875 tuning texts (165 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Chatbot stuurt je alleen maar door naar de FAQ-pagina en zegt dat je een formulier moet invullen. Een mens spreken kan niet.
+ Ik had een vraag over mijn factuur en kwam in de chat eerst bij een chatbot. Die gaf me alleen links naar artikelen. Ik typte 'medewerker' wel tien keer, maar kreeg steeds 'Ik begrijp uw vraag niet helemaal'. Een mens heb ik niet gesproken.
+ Ik vroeg in de chat of ik mijn bestelling kon wijzigen. Het antwoord was een lange tekst over verzendkosten. Ik herhaalde mijn vraag. Weer een lange tekst, nu over retourneren. Toen ik vroeg of ik een mens sprak, kreeg ik: 'Ik ben een digitale assistent. Ik help u graag verder.' Een medewerker was er niet.
- ok dankje
- ok top dank je
=bandje | weight=0.455
=keuzemenu | weight=0.448
=chatbot | weight=0.397
=menu | weight=0.374
=een =chatbot | weight=0.329
=nergens =een | weight=0.300, noneg
=begint | weight=0.297
=assistent | weight=0.290
=bot | weight=0.290
=computer | weight=0.283
=gebeld =door | weight=0.278
=nooit =een | weight=0.273, noneg
=geen =mens | weight=0.264, noneg
=mens | weight=0.254
=nooit =bij | weight=0.250, noneg
=spraakcomputer | weight=0.249
=terecht | weight=0.243
=automatische | weight=0.243
=computerstem | weight=0.239
=medewerker =spreken | weight=0.235
=systeem =zei | weight=0.226
=een =computer | weight=0.226
=opties | weight=0.218
=is =geen | weight=0.218, noneg
=niet =begreep | weight=0.216, noneg
=waardeloos | weight=0.211
=geen =optie | weight=0.207, noneg
=te =spreken | weight=0.207
=verstaat | weight=0.205
=automatische =systeem | weight=0.203
=niet =verstond | weight=0.200, noneg
=zo'n | weight=0.198
=virtuele | weight=0.197
=virtuele =assistent | weight=0.197
=niet =herkent | weight=0.195, noneg
=de =computer | weight=0.195
=bij =die | weight=0.194
=telefoonmenu | weight=0.194
=telefoonmenu =heb | weight=0.194
=over =zonnepanelen | weight=0.191
=medewerker =terecht | weight=0.190
=de =bot | weight=0.190
=menu's | weight=0.189
=digitale =assistent | weight=0.186
=komen =nooit | weight=0.185, noneg
=weer =zo'n | weight=0.185
=onbereikbaar | weight=0.185
=automaat | weight=0.184
=maal | weight=0.183
=daar =nooit | weight=0.180, noneg
=lukt | weight=0.180
=een =computerstem | weight=0.180
=ik =doorgeschakeld | weight=0.179
=snapte | weight=0.177
=belt | weight=0.177
=alleen =maar | weight=0.176
=keuzemenu's | weight=0.176
=robotgesprek | weight=0.176
=die =zegt | weight=0.175
=vast =in | weight=0.175
=ophangt | weight=0.174
=krijg =je | weight=0.171
=alleen =naar | weight=0.169
=de =automaat | weight=0.166
=het =hoofdmenu | weight=0.165
=hoofdmenu | weight=0.165
=hangt | weight=0.163
=optie | weight=0.163
=vastgezeten | weight=0.163
=een =energiecontract | weight=0.162
=door =zes | weight=0.160
=telkens =dat | weight=0.159
=hebben =drie | weight=0.158
=het =automatische | weight=0.158
=opgegeven | weight=0.158
=intoetsen | weight=0.158
=antwoord =niet | weight=0.157, noneg
=elke =dagen | weight=0.157
=medewerker =te | weight=0.157
=zonnepanelen | weight=0.157
=te =krijg | weight=0.156
=onmogelijk | weight=0.154
=doorgeschakeld =naar | weight=0.153
=het =bandje | weight=0.148
=lukt =niet | weight=0.147, noneg
=verstaat =mijn | weight=0.147
=wacht =werd | weight=0.146
=mens =te | weight=0.144
=energiecontract | weight=0.144
=contact =met | weight=0.144
=robot | weight=0.144
=geen =reactie | weight=0.143, noneg
=persoon =te | weight=0.141
=bandje =naar | weight=0.138
=ene =bandje | weight=0.138
=niet =en | weight=0.138, noneg
=die =chatbot | weight=0.138
=geen =knop | weight=0.137, noneg
=digitale | weight=0.137
=geautomatiseerde | weight=0.136
=en =geen | weight=0.135, noneg
=een =bot | weight=0.133
=belt =er | weight=0.133
=geen =enkele | weight=0.133, noneg
=onderbrak =me | weight=0.132
=robot =die | weight=0.132
=me =steeds | weight=0.131
=dat =keuzemenu | weight=0.131
=in =die | weight=0.131
=keuzes | weight=0.130
=spraakmenu | weight=0.130
=het =mijn | weight=0.129
=we =hebben | weight=0.128
=het =menu | weight=0.128
=mens =krijg | weight=0.128
=en =dan | weight=0.127
=gewoon =opnieuw | weight=0.127
=rondjes | weight=0.127
=kijken =op | weight=0.127
=lijn =te | weight=0.127
=zeker | weight=0.126
=belt =en | weight=0.126
=keer =medewerker | weight=0.126
=je | weight=0.125
=het =opnieuw | weight=0.124
=verwijst | weight=0.124
=begint =alles | weight=0.124
=ik =toch | weight=0.124
=typ | weight=0.123
=me =elke | weight=0.123
=ingetikt | weight=0.123
=medewerker =ingetikt | weight=0.123
=vijf =keer | weight=0.123
=je =kunt | weight=0.123
=echt =persoon | weight=0.122
=verwacht =ik | weight=0.122
=dan =hangt | weight=0.122
=hangt =de | weight=0.122
=te =praten | weight=0.122
=medewerker =op | weight=0.121
=hem =steeds | weight=0.121
=menu =waar | weight=0.119
=zestig | weight=0.119
=zestig =minuten | weight=0.119
=is =nergens | weight=0.119, noneg
=al =twintig | weight=0.119
=zakelijke =klant | weight=0.117
=rondgestuurd | weight=0.117
=site =en | weight=0.116
=keuzemenu =zonder | weight=0.116, noneg
=nergens | weight=0.116, noneg
=probleem =gewoon | weight=0.116
=dan =begint | weight=0.115
=niet =tussen | weight=0.115, noneg
=dagelijks | weight=0.115
=dagelijks =gebeld | weight=0.115
=worden =dagelijks | weight=0.115
=krijgt | weight=0.115
=kwartier =door | weight=0.115
=klantenservice =is | weight=0.113
=is =onmogelijk | weight=0.113
=geleid | weight=0.113
=ik =worden | weight=0.113
=tegen =de | weight=0.113
=blijft | weight=0.112
=gedrukt | weight=0.110
=de =stilte | weight=0.110
=geleid =en | weight=0.110
=lag =opties | weight=0.110
=opties =geleid | weight=0.110
=zes =lag | weight=0.110
=stuurt | weight=0.109
=een =robot | weight=0.109
=snapte =er | weight=0.108
=minuten =wacht | weight=0.108
=een =robotstem | weight=0.108
=robotstem | weight=0.108
=onderbrak | weight=0.108
=toets | weight=0.108
=hele =weken | weight=0.107
=wel =tien | weight=0.107
=vast | weight=0.107
=begreep | weight=0.106
=een =medewerker | weight=0.106
=assistent =is | weight=0.105
=gewoon =een | weight=0.105
=gewoon =de | weight=0.105
=bedoelt | weight=0.104
=chatbot =snapte | weight=0.104
=stilte | weight=0.103
=niet =met | weight=0.103, noneg
=draaien =in | weight=0.103
=uur =rondjes | weight=0.103
=internet =doet | weight=0.103
=die =steeds | weight=0.103
=drie =kwartier | weight=0.102
=keuzemenu =terecht | weight=0.102
=stem | weight=0.102
=spraakherkenning | weight=0.102
=twaalf | weight=0.101
=druk | weight=0.100
=weer =een | weight=0.099
=postcode =niet | weight=0.099, noneg
=diezelfde | weight=0.099
=waar =mijn | weight=0.098
=zit =al | weight=0.097
=ze =verwezen | weight=0.097
=begrijp =je | weight=0.097
=je =vraag | weight=0.097
=verwezen =me | weight=0.097
=sorry =dat | weight=0.096
=na =drie | weight=0.096
=later =terug | weight=0.096
=u =later | weight=0.096
=die =bot | weight=0.095
=in =hetzelfde | weight=0.095
=onmogelijk =om | weight=0.094
=de =verbinding | weight=0.094
=af =voordat | weight=0.093
=kapt | weight=0.093
=systeem =kapt | weight=0.093
=computer =die | weight=0.092
=belt =u | weight=0.092
=maar =opgehangen | weight=0.092
=en =hangt | weight=0.091
=al =de | weight=0.091
=gesprek =van | weight=0.091
=automatische =stem | weight=0.090
=in =jullie | weight=0.090
=uur =lang | weight=0.090
=rondje | weight=0.090
=vraag =en | weight=0.090
=daarom =bel | weight=0.090
=werd =doorverwezen | weight=0.090
=twintig =minuten | weight=0.090
=wordt =de | weight=0.088
=opgehangen | weight=0.088
=dan =wordt | weight=0.087
=begrijpt | weight=0.087
=in =dat | weight=0.087
=belmenu | weight=0.087
=het =belmenu | weight=0.087
=spreken | weight=0.086
=het =begin | weight=0.086
=weken =belt | weight=0.085
=moet =probeer | weight=0.085
=bloed | weight=0.085
=en =bloed | weight=0.085
=van =vlees | weight=0.085
=vlees =en | weight=0.085
=chatbot =van | weight=0.085
=lang =in | weight=0.085
=mijn =postcode | weight=0.085
=niet =af | weight=0.084, noneg
=steeds =af | weight=0.084
=te =gaan | weight=0.084
=praten =met | weight=0.084
=postcode | weight=0.084
=blijft =vraag | weight=0.083
=die =je | weight=0.083
=keuzes =in | weight=0.083
=menu =en | weight=0.083
=het =ene | weight=0.083
=aanspreekpunt =geen | weight=0.083, noneg
=systeem | weight=0.083
=je =krijgt | weight=0.082
=dan =weer | weight=0.081
=dit =nummer | weight=0.081
=en =begint | weight=0.081
=is =onbekend | weight=0.081
=onbekend =en | weight=0.081
=jullie =virtuele | weight=0.081
=medewerker =getypt | weight=0.081
=krijgt =daar | weight=0.081
=hij =in | weight=0.081
=stuurt =me | weight=0.080
=het =andere | weight=0.080
=teruggestuurd =naar | weight=0.079
=vlees | weight=0.079
=nummer =is | weight=0.079
=opzeggen =niet | weight=0.079, noneg
=medewerker =krijg | weight=0.079
=zonder =dat | weight=0.079, noneg
=doorgeschakeld | weight=0.078
=door =een | weight=0.078
=naar =optie | weight=0.078
=van =optie | weight=0.078
=opnieuw =moet | weight=0.078
=getypt | weight=0.078
=te =zijn | weight=0.078
=chatbot =blijft | weight=0.077
=te =druk | weight=0.077
=tien =keer | weight=0.077
=spraakcomputer =verstaat | weight=0.077
=rondjes =draaien | weight=0.077
=bel =ik | weight=0.076
=teruggestuurd | weight=0.076
=je =daar | weight=0.076
=keuzemenu =is | weight=0.075
=je =van | weight=0.075
=geen =telefoonnummer | weight=0.075, noneg
=je =wordt | weight=0.075
=zonder =ooit | weight=0.075, noneg
=doorverwezen =naar | weight=0.074
=gewoon =weer | weight=0.074
=je =komt | weight=0.074
=keer =op | weight=0.074
=doet =niks | weight=0.073, noneg
=vast =aanspreekpunt | weight=0.073
=het =later | weight=0.072
=dat =heb | weight=0.072
=vraag =niet | weight=0.072, noneg
=gewoon =iemand | weight=0.072
=jullie =digitale | weight=0.072
=boodschap | weight=0.071
=nergens =kun | weight=0.071, noneg
=komen =steeds | weight=0.071
=ik =werd | weight=0.071
=gewoon =niet | weight=0.070, noneg
=steeds =terug | weight=0.070
=naar =het | weight=0.070
=zakelijke | weight=0.069
=jullie =keuzemenu | weight=0.069
=doorverwezen | weight=0.069
=optie =en | weight=0.069
=optie =naar | weight=0.069
=doet =het | weight=0.069
=computerstem =die | weight=0.068
=alleen | weight=0.068
=bandje =met | weight=0.068
=energieaanbod | weight=0.068
=jullie =energieaanbod | weight=0.068
=hoe =komen | weight=0.068
=een =muur | weight=0.068
=te =nemen | weight=0.067
=en =ge | weight=0.067
=een =vooraf | weight=0.067
=vooraf =opgenomen | weight=0.067
=begin | weight=0.067
=er =gek | weight=0.067
=gek =van | weight=0.067
=worden =er | weight=0.067
=slechthorend | weight=0.066
=slechthorend =en | weight=0.066
=zo =een | weight=0.066
=draaien | weight=0.066
=inspreken | weight=0.066
=en =zat | weight=0.066
=assistent =kan | weight=0.066
=vooraf | weight=0.065
=verbinding =verbroken | weight=0.065
=terug =en | weight=0.065
=ze =belde | weight=0.064
=uitsluitend | weight=0.064
=is =een | weight=0.064
=een =eindeloos | weight=0.064
=eindeloos =keuzemenu | weight=0.064
=steeds =dat | weight=0.064
=chatbot =begrijpt | weight=0.064
=hij =zijn | weight=0.063
=zijn =klantnummer | weight=0.063
=ge =belt | weight=0.063
=verbinding | weight=0.063
=gaat =van | weight=0.063
=maar =rondjes | weight=0.063
=de =virtuele | weight=0.063
=paar =woord | weight=0.063
=naar =dezelfde | weight=0.062
=aanspreekpunt | weight=0.062
=zeg =in | weight=0.062
=had =kunnen | weight=0.062
=het =spraakmenu | weight=0.062
=u =belt | weight=0.061
=waarvoor | weight=0.061
=waarvoor =u | weight=0.061
=woord =waarvoor | weight=0.061
=beschikbaar | weight=0.060
=daarna =nog | weight=0.060
=website =en | weight=0.060
=de =optie | weight=0.060
=vervolgens =op | weight=0.060
=bandje =begon | weight=0.060
=gedrukt =het | weight=0.060
=linkjes | weight=0.060
=linkjes =sturen | weight=0.060
=iemand =spreken | weight=0.060
=praten | weight=0.059
=ik =komen | weight=0.059
=gek | weight=0.059
=keer =dat | weight=0.059
=zei =steeds | weight=0.059
=klantnummer =niet | weight=0.058, noneg
=en =hij | weight=0.058
=verstond | weight=0.058
=dagen =worden | weight=0.057
=menu =gewoon | weight=0.057
=onze =site | weight=0.057
=chatbot =stuurt | weight=0.057
=bedoelt =en | weight=0.057
=je =bedoelt | weight=0.057
