# ivr_maze, nl: learned by scripts/learn.py from 3262 tuning texts (126 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ ik zit al twintig minuten vast in het telefoon menu
+ Chatbot stuurt je alleen maar door naar de FAQ-pagina en zegt dat je een formulier moet invullen. Een mens spreken kan niet.
+ Ze verwezen me door naar een chatbot.
- we willen ons geld terug
- Geen minuut gewacht, top!
=bandje | weight=0.450
=chatbot | weight=0.450
=keuzemenu | weight=0.432
=een =chatbot | weight=0.356
=menu | weight=0.347
=computer | weight=0.342
=begint | weight=0.306
=assistent | weight=0.291
=mens | weight=0.284
=nergens =een | weight=0.268, noneg
=bot | weight=0.255
=nooit =bij | weight=0.249, noneg
=geen =mens | weight=0.242, noneg
=terecht | weight=0.239
=automatische | weight=0.239
=spraakcomputer | weight=0.233
=medewerker =spreken | weight=0.233
=bij =die | weight=0.231
=systeem =zei | weight=0.230
=belt | weight=0.226
=is =geen | weight=0.223, noneg
=niet =begreep | weight=0.219, noneg
=niet =verstond | weight=0.216, noneg
=een =computer | weight=0.213
=computerstem | weight=0.209
=opgegeven | weight=0.208
=gebeld =door | weight=0.205
=automatische =systeem | weight=0.203
=weer =zo'n | weight=0.202
=over =zonnepanelen | weight=0.199
=automaat | weight=0.197
=telefoonmenu | weight=0.197
=telefoonmenu =heb | weight=0.197
=verstaat | weight=0.193
=niet =herkent | weight=0.188, noneg
=niet =en | weight=0.186, noneg
=opties | weight=0.185
=krijgt | weight=0.184
=snapte | weight=0.184
=zo'n | weight=0.184
=te =spreken | weight=0.184
=verwijst | weight=0.182
=komen =nooit | weight=0.178, noneg
=daar =nooit | weight=0.177, noneg
=geen =optie | weight=0.176, noneg
=virtuele | weight=0.174
=virtuele =assistent | weight=0.174
=de =automaat | weight=0.172
=onbereikbaar | weight=0.172
=ophangt | weight=0.170
=ik =doorgeschakeld | weight=0.169
=antwoord =niet | weight=0.169, noneg
=contact =met | weight=0.167
=lukt | weight=0.167
=je =krijgt | weight=0.166
=medewerker =terecht | weight=0.166
=maal | weight=0.163
=digitale =assistent | weight=0.163
=nergens | weight=0.163, noneg
=keer =medewerker | weight=0.161
=typ | weight=0.161
=het =bandje | weight=0.160
=een =computerstem | weight=0.159
=robotgesprek | weight=0.159
=zonnepanelen | weight=0.158
=echt =persoon | weight=0.157
=postcode =niet | weight=0.155, noneg
=vastgezeten | weight=0.154
=de =bot | weight=0.154
=dat =heb | weight=0.153
=robot | weight=0.153
=het =automatische | weight=0.153
=menu's | weight=0.152
=een =energiecontract | weight=0.152
=verstaat =mijn | weight=0.152
=ingetikt | weight=0.151
=medewerker =ingetikt | weight=0.151
=intoetsen | weight=0.151
=alleen =naar | weight=0.151
=hebben =drie | weight=0.149
=het =mijn | weight=0.148
=geen =reactie | weight=0.147, noneg
=door =zes | weight=0.147
=spraakherkenning | weight=0.147
=twaalf | weight=0.147
=druk | weight=0.147
=vast =in | weight=0.145
=te =krijg | weight=0.144
=je | weight=0.144
=vast | weight=0.144
=er =is | weight=0.144
=dat =keuzemenu | weight=0.144
=doorgeschakeld =naar | weight=0.142
=een =medewerker | weight=0.141
=minuten =wachten | weight=0.139
=lukt =niet | weight=0.139, noneg
=het =hoofdmenu | weight=0.138
=hoofdmenu | weight=0.138
=bandje =naar | weight=0.138
=ene =bandje | weight=0.138
=ik =komen | weight=0.137
=en =dan | weight=0.137
=keuzes | weight=0.136
=lijn =te | weight=0.136
=en =geen | weight=0.135, noneg
=wachten =werd | weight=0.135
=we =hebben | weight=0.134
=me =steeds | weight=0.133
=onderbrak | weight=0.133
=onderbrak =me | weight=0.133
=kwartier =door | weight=0.131
=digitale | weight=0.131
=de =computer | weight=0.129
=in =die | weight=0.128
=is =nergens | weight=0.127, noneg
=door =een | weight=0.126
=het =menu | weight=0.126
=daarom =bel | weight=0.125
=een =echt | weight=0.125
=nooit =een | weight=0.123, noneg
=draaien =in | weight=0.123
=uur =rondjes | weight=0.123
=mijn =postcode | weight=0.123
=een =vast | weight=0.123
=aanspreekpunt | weight=0.123
=automatische =stem | weight=0.122
=energiecontract | weight=0.122
=geen =knop | weight=0.121, noneg
=ik =worden | weight=0.121
=de =verbinding | weight=0.120
=krijg =je | weight=0.120
=me =elke | weight=0.119
=die =chatbot | weight=0.118
=stem | weight=0.118
=verwacht =ik | weight=0.118
=menu =waar | weight=0.116
=probleem =gewoon | weight=0.116
=dan =weer | weight=0.116
=zeker | weight=0.116
=vijf =keer | weight=0.114
=de =stilte | weight=0.114
=geleid | weight=0.114
=geleid =en | weight=0.114
=lag =opties | weight=0.114
=opties =geleid | weight=0.114
=zes =lag | weight=0.114
=elke =dagen | weight=0.114
=die =bot | weight=0.114
=spreken | weight=0.114
=zakelijke =klant | weight=0.113
=postcode | weight=0.113
=gewoon =op | weight=0.113
=gedrukt | weight=0.113
=rondgestuurd | weight=0.112
=gewoon =opnieuw | weight=0.112
=systeem | weight=0.112
=een =robot | weight=0.112
=zestig | weight=0.111
=zestig =minuten | weight=0.111
=robot =die | weight=0.110
=keuzemenu =zonder | weight=0.109, noneg
=ik =toch | weight=0.109
=bel =ik | weight=0.109
=te =zijn | weight=0.107
=niet =tussen | weight=0.106, noneg
=krijg | weight=0.105
=bedoelt | weight=0.105
=waardeloos | weight=0.104
=in =jullie | weight=0.104
=al =twintig | weight=0.103
=steeds =dezelfde | weight=0.103
=het =andere | weight=0.103
=het =ene | weight=0.103
=blijft | weight=0.102
=te =druk | weight=0.102
=begrijpt | weight=0.102
=belt =er | weight=0.101
=tegen =de | weight=0.101
=internet | weight=0.101
=snapte =er | weight=0.101
=stilte | weight=0.101
=assistent =is | weight=0.101
=alleen =maar | weight=0.100
=drie =kwartier | weight=0.099
=stuurt =me | weight=0.099
=zit =al | weight=0.099
=hele =weken | weight=0.099
=snapte =mijn | weight=0.099
=gewoon =een | weight=0.099
=niet =met | weight=0.098, noneg
=teruggestuurd | weight=0.098
=uur =lang | weight=0.098
=gewoon =weer | weight=0.097
=faq | weight=0.097
=gewoon =de | weight=0.097
=waar =mijn | weight=0.097
=in =dat | weight=0.096
=automatische =antwoord | weight=0.096
=belt =en | weight=0.096
=onmogelijk | weight=0.095
=keuzemenu =terecht | weight=0.094
=is =een | weight=0.094
=doorgeschakeld | weight=0.094
=diezelfde | weight=0.094
=persoon =te | weight=0.093
=geprobeerd | weight=0.093
=het =opnieuw | weight=0.093
=geen =enkele | weight=0.093, noneg
=internet =doet | weight=0.092
=gewoon =niet | weight=0.092, noneg
=krijgt =daar | weight=0.091
=lang =in | weight=0.091
=verwezen =me | weight=0.090
=optie | weight=0.089
=keuzes =in | weight=0.089
=menu =en | weight=0.089
=je =kunt | weight=0.088
=ze =verwezen | weight=0.088
=ik =ook | weight=0.087
=website =en | weight=0.087
=medewerker =op | weight=0.086
=site =en | weight=0.086
=die =steeds | weight=0.086
=af =voordat | weight=0.086
=kapt | weight=0.086
=systeem =kapt | weight=0.086
=kwartier =in | weight=0.086
=alleen | weight=0.086
=keuzemenu =is | weight=0.085
=er =gek | weight=0.085
=gek =van | weight=0.085
=worden =er | weight=0.085
=mens =krijg | weight=0.085
=later =terug | weight=0.084
=u =later | weight=0.084
=jullie =keuzemenu | weight=0.084
=computer =die | weight=0.084
=medewerker =te | weight=0.084
=wordt =de | weight=0.084
=werd =doorverwezen | weight=0.084
=ge =belt | weight=0.083
=jullie =virtuele | weight=0.082
=medewerker =getypt | weight=0.082
=computerstem =die | weight=0.082
=twintig =minuten | weight=0.082
=het =later | weight=0.082
=vraag =en | weight=0.081
=ik =gebeld | weight=0.081
=doorverwezen =naar | weight=0.080
=chatbot =van | weight=0.080
=moet =probeer | weight=0.080
=de =faq | weight=0.080
=twintig | weight=0.080
=weer =een | weight=0.079
=gesprek =van | weight=0.079
=belt =u | weight=0.079
=doet =niks | weight=0.079, noneg
=getypt | weight=0.079
=chatbot =begrijpt | weight=0.078
=je =daar | weight=0.078
=begint =alles | weight=0.078
=dit =nummer | weight=0.078
=en =begint | weight=0.078
=is =onbekend | weight=0.078
=onbekend =en | weight=0.078
=verbinding | weight=0.077
=kies | weight=0.077
=blijft =vraag | weight=0.077
=gek | weight=0.076
=dagen =worden | weight=0.076
=bloed | weight=0.076
=en =bloed | weight=0.076
=van =vlees | weight=0.076
=vlees =en | weight=0.076
=jullie =digitale | weight=0.076
=een =muur | weight=0.076
=poging | weight=0.075
=wil =gewoon | weight=0.075
=opgehangen | weight=0.075
=onbekend | weight=0.075
=nummer =is | weight=0.075
=je =wordt | weight=0.074
=voor =internet | weight=0.074
=steeds =terug | weight=0.074
=daarom | weight=0.074
=het =begin | weight=0.073
=in =een | weight=0.073
=vraag =niet | weight=0.073, noneg
=steeds =af | weight=0.073
=die =je | weight=0.072
=naar =het | weight=0.072
=niet =af | weight=0.072, noneg
=mijn =internet | weight=0.071
=onmogelijk =om | weight=0.071
=dan =begint | weight=0.070
=internet =en | weight=0.070
=rondjes | weight=0.070
=in =hetzelfde | weight=0.070
=spraakmenu | weight=0.069
=ze =belde | weight=0.069
=keer =geprobeerd | weight=0.069
=vlees | weight=0.069
=doorverwezen | weight=0.069
=rondje | weight=0.068
=verwezen | weight=0.068
=hoe =komen | weight=0.068
=inspreken | weight=0.068
=spraakcomputer =verstaat | weight=0.067
=zonder =ooit | weight=0.067, noneg
=ik =werd | weight=0.067
=dagen =een | weight=0.067
=een =eindeloos | weight=0.067
=eindeloos =keuzemenu | weight=0.067
=daarna =nog | weight=0.067
=en =zat | weight=0.067
=dan =wordt | weight=0.067
=verwijst =mij | weight=0.067
=zeven | weight=0.067
=klantenservice =is | weight=0.066
=slechthorend | weight=0.066
=slechthorend =en | weight=0.066
=het =opgegeven | weight=0.066
=boodschap | weight=0.066
=opnieuw =moet | weight=0.066
=had =kunnen | weight=0.065
=ik =zit | weight=0.065
=rondjes =draaien | weight=0.065
=al =de | weight=0.065
=stuurt | weight=0.065
=doet | weight=0.064
=na =drie | weight=0.064
=is =onmogelijk | weight=0.064
=hem =steeds | weight=0.064
=kijken | weight=0.064
=hij =zijn | weight=0.064
=zijn =klantnummer | weight=0.064
=persoon | weight=0.064
=met =die | weight=0.064
=keer =op | weight=0.064
=een =automatische | weight=0.063
=zakelijke | weight=0.063
=steeds =hetzelfde | weight=0.063
=te =praten | weight=0.062
=uitsluitend | weight=0.062
=nergens =kun | weight=0.062, noneg
=zonder =dat | weight=0.062, noneg
=praten | weight=0.062
=moest =probeer | weight=0.062
=de =reed | weight=0.062
=telefonisch | weight=0.062
=het =ons | weight=0.061
=praten =met | weight=0.061
=past | weight=0.060
=begin | weight=0.060
=en =kan | weight=0.060
=te =gaan | weight=0.060
=al =die | weight=0.060
=en =twintig | weight=0.059
=door =het | weight=0.059
=zegt =ze | weight=0.059
=assistent =kan | weight=0.058
=kan =dat | weight=0.058
=linkjes | weight=0.058
=linkjes =sturen | weight=0.058
=bandje =met | weight=0.058
=energieaanbod | weight=0.058
=jullie =energieaanbod | weight=0.058
=ze =daar | weight=0.058
=gedrukt =en | weight=0.058
=komen =steeds | weight=0.058
=chatbot =snapte | weight=0.057
=weken =belt | weight=0.057
=gaat =van | weight=0.057
=niet =helemaal | weight=0.057, noneg
=bedoelt =en | weight=0.057
=je =bedoelt | weight=0.057
=wat =je | weight=0.057
=chatbot =stuurt | weight=0.057
=zo =een | weight=0.057
=zit =je | weight=0.056
=was =geen | weight=0.056, noneg
=begint =het | weight=0.056
=en =hij | weight=0.056
=geen | weight=0.055, noneg
=een =vooraf | weight=0.055
=vooraf | weight=0.055
=vooraf =opgenomen | weight=0.055
=later | weight=0.055
=bandje =begon | weight=0.055
=gedrukt =het | weight=0.055
=vraagt =steeds | weight=0.055
=belde =voor | weight=0.055
=je =steeds | weight=0.055
=spreken =was | weight=0.054
=was =onmogelijk | weight=0.054
=mens =te | weight=0.054
=ik =medewerker | weight=0.054
=medewerker =typ | weight=0.054
=zei =steeds | weight=0.054
=die =zegt | weight=0.054
