# ivr_maze, nl: learned by scripts/learn.py from 4470 tuning texts (159 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ ik zit al twintig minuten vast in het telefoon menu
+ Chatbot stuurt je alleen maar door naar de FAQ-pagina en zegt dat je een formulier moet invullen. Een mens spreken kan niet.
+ Ik had een vraag over mijn factuur en kwam in de chat eerst bij een chatbot. Die gaf me alleen links naar artikelen. Ik typte 'medewerker' wel tien keer, maar kreeg steeds 'Ik begrijp uw vraag niet helemaal'. Een mens heb ik niet gesproken.
- ok dankje
- we willen ons geld terug
=bandje | weight=0.448
=chatbot | weight=0.433
=keuzemenu | weight=0.411
=menu | weight=0.355
=computer | weight=0.354
=begint | weight=0.335
=nergens =een | weight=0.307, noneg
=assistent | weight=0.300
=mens | weight=0.290
=bot | weight=0.287
=een =chatbot | weight=0.266
=geen =mens | weight=0.264, noneg
=nooit =een | weight=0.257, noneg
=gebeld =door | weight=0.249
=terecht | weight=0.236
=medewerker =spreken | weight=0.235
=computerstem | weight=0.231
=automatische | weight=0.228
=nooit =bij | weight=0.226, noneg
=spraakcomputer | weight=0.225
=alleen =maar | weight=0.224
=te =spreken | weight=0.220
=systeem =zei | weight=0.217
=niet =begreep | weight=0.213, noneg
=bij =die | weight=0.211
=is =geen | weight=0.210, noneg
=geen =optie | weight=0.208, noneg
=ik =doorgeschakeld | weight=0.203
=automatische =systeem | weight=0.202
=niet =verstond | weight=0.200, noneg
=automaat | weight=0.199
=zo'n | weight=0.195
=weer =zo'n | weight=0.195
=telefoonmenu | weight=0.194
=telefoonmenu =heb | weight=0.194
=virtuele | weight=0.193
=virtuele =assistent | weight=0.193
=opties | weight=0.193
=over =zonnepanelen | weight=0.191
=een =computer | weight=0.188
=waardeloos | weight=0.187
=verstaat | weight=0.186
=belt | weight=0.183
=opgegeven | weight=0.180
=menu's | weight=0.179
=de =automaat | weight=0.172
=doorgeschakeld =naar | weight=0.172
=contact =met | weight=0.171
=komen =nooit | weight=0.171, noneg
=een =computerstem | weight=0.170
=onbereikbaar | weight=0.170
=medewerker =terecht | weight=0.169
=optie | weight=0.168
=niet =herkent | weight=0.168, noneg
=lukt | weight=0.168
=maal | weight=0.168
=de =bot | weight=0.165
=daar =nooit | weight=0.164, noneg
=zonnepanelen | weight=0.162
=digitale =assistent | weight=0.160
=geen =reactie | weight=0.159, noneg
=het =hoofdmenu | weight=0.159
=hoofdmenu | weight=0.159
=door =een | weight=0.159
=het =automatische | weight=0.156
=vastgezeten | weight=0.156
=telkens =dat | weight=0.155
=snapt | weight=0.155
=alleen =naar | weight=0.154
=antwoord =niet | weight=0.154, noneg
=hebben =drie | weight=0.153
=intoetsen | weight=0.153
=vast =in | weight=0.151
=de =computer | weight=0.151
=door =zes | weight=0.150
=een =energiecontract | weight=0.150
=robotgesprek | weight=0.149
=ophangt | weight=0.149
=twaalf | weight=0.149
=verstaat =mijn | weight=0.148
=elke =dagen | weight=0.147
=persoon =te | weight=0.147
=verwijst | weight=0.146
=en =dan | weight=0.144
=het =bandje | weight=0.144
=ik =komen | weight=0.143
=je | weight=0.143
=lukt =niet | weight=0.143, noneg
=die =zegt | weight=0.143
=weer =een | weight=0.142
=hangt | weight=0.139
=we =hebben | weight=0.137
=te =krijg | weight=0.136
=bandje =naar | weight=0.136
=ene =bandje | weight=0.136
=daarom =bel | weight=0.136
=en =geen | weight=0.135, noneg
=druk | weight=0.134
=wachten =werd | weight=0.133
=digitale | weight=0.133
=onderbrak =me | weight=0.132
=er =is | weight=0.132
=me =steeds | weight=0.132
=je =krijgt | weight=0.132
=vast | weight=0.132
=geen =knop | weight=0.131, noneg
=is =nergens | weight=0.131, noneg
=krijgt | weight=0.131
=lijn =te | weight=0.130
=het =menu | weight=0.130
=onderbrak | weight=0.129
=spraakmenu | weight=0.129
=die =chatbot | weight=0.129
=robot | weight=0.128
=dat =keuzemenu | weight=0.128
=onmogelijk | weight=0.127
=energiecontract | weight=0.127
=steeds =dezelfde | weight=0.124
=belt =er | weight=0.124
=spreken | weight=0.124
=keer =medewerker | weight=0.124
=keuzes | weight=0.123
=krijg =je | weight=0.123
=me =elke | weight=0.123
=het =mijn | weight=0.122
=hem =steeds | weight=0.122
=dat =heb | weight=0.121
=medewerker =te | weight=0.121
=ik =worden | weight=0.121
=blijft | weight=0.120
=begint =alles | weight=0.119
=in =die | weight=0.119
=robot =die | weight=0.118
=draaien =in | weight=0.117
=uur =rondjes | weight=0.117
=ingetikt | weight=0.117
=medewerker =ingetikt | weight=0.117
=gewoon =opnieuw | weight=0.116
=ik =toch | weight=0.115
=verwacht =ik | weight=0.115
=kwartier =door | weight=0.114
=de =verbinding | weight=0.114
=zestig | weight=0.114
=zestig =minuten | weight=0.114
=niet =en | weight=0.113, noneg
=rondgestuurd | weight=0.113
=postcode =niet | weight=0.112, noneg
=dan =hangt | weight=0.111
=hangt =de | weight=0.111
=menu =waar | weight=0.111
=stuurt | weight=0.111
=bel =ik | weight=0.111
=al =twintig | weight=0.110
=probleem =gewoon | weight=0.110
=gedrukt | weight=0.110
=geautomatiseerde | weight=0.110
=te =praten | weight=0.109
=vast =aanspreekpunt | weight=0.109
=snapt =er | weight=0.109
=vijf =keer | weight=0.109
=echt =persoon | weight=0.108
=te =zijn | weight=0.107
=geleid | weight=0.107
=zakelijke =klant | weight=0.107
=geen =enkele | weight=0.107, noneg
=alleen | weight=0.106
=verwezen =me | weight=0.106
=de =stilte | weight=0.106
=geleid =en | weight=0.106
=lag =opties | weight=0.106
=opties =geleid | weight=0.106
=zes =lag | weight=0.106
=zeker | weight=0.105
=nergens | weight=0.105, noneg
=gewoon =weer | weight=0.105
=je =kunt | weight=0.104
=mens =krijg | weight=0.104
=het =andere | weight=0.104
=het =ene | weight=0.104
=hele =weken | weight=0.104
=het =opnieuw | weight=0.103
=niet =tussen | weight=0.103, noneg
=rondjes | weight=0.103
=ze =verwezen | weight=0.103
=waar =mijn | weight=0.103
=in =jullie | weight=0.103
=gewoon =de | weight=0.102
=site =en | weight=0.102
=gewoon =niet | weight=0.102, noneg
=niet =met | weight=0.102, noneg
=dan =begint | weight=0.102
=klantenservice =is | weight=0.102
=medewerker =op | weight=0.101
=keuzemenu =zonder | weight=0.100, noneg
=assistent =is | weight=0.100
=bedoelt | weight=0.100
=minuten =wachten | weight=0.100
=mens =te | weight=0.100
=stilte | weight=0.099
=een =vast | weight=0.098
=tien =keer | weight=0.098
=wel =tien | weight=0.098
=zit =al | weight=0.098
=een =bot | weight=0.097
=drie =kwartier | weight=0.097
=belt =en | weight=0.094
=dagelijks | weight=0.094
=dagelijks =gebeld | weight=0.094
=worden =dagelijks | weight=0.094
=automatische =stem | weight=0.093
=typ | weight=0.093
=uur =lang | weight=0.093
=af =voordat | weight=0.093
=kapt | weight=0.093
=systeem =kapt | weight=0.093
=mijn =postcode | weight=0.092
=tegen =de | weight=0.092
=een =robotstem | weight=0.092
=robotstem | weight=0.092
=systeem | weight=0.092
=en =hangt | weight=0.092
=verbinding | weight=0.091
=in =dat | weight=0.091
=een =medewerker | weight=0.091
=toets | weight=0.090
=stem | weight=0.090
=internet =doet | weight=0.089
=die =bot | weight=0.089
=een =robot | weight=0.089
=na =drie | weight=0.088
=keuzemenu =terecht | weight=0.088
=in =een | weight=0.087
=kwartier =in | weight=0.087
=is =een | weight=0.087
=maar =opgehangen | weight=0.087
=rondje | weight=0.086
=chatbot =van | weight=0.086
=diezelfde | weight=0.086
=gewoon =een | weight=0.085
=krijgt =daar | weight=0.085
=werd =doorverwezen | weight=0.085
=te =gaan | weight=0.085
=doorgeschakeld | weight=0.085
=aanspreekpunt | weight=0.084
=van =dit | weight=0.084
=menu =en | weight=0.084
=keuzes =in | weight=0.084
=gesprek =van | weight=0.084
=vraag =en | weight=0.084
=jullie =keuzemenu | weight=0.083
=bloed | weight=0.083
=en =bloed | weight=0.083
=van =vlees | weight=0.083
=vlees =en | weight=0.083
=later =terug | weight=0.083
=u =later | weight=0.083
=opgehangen | weight=0.083
=rondjes =draaien | weight=0.082
=lang =in | weight=0.082
=postcode | weight=0.082
=verbreekt | weight=0.081
=steeds =af | weight=0.081
=chatbot =snapt | weight=0.081
=spraakherkenning | weight=0.081
=gewoon =iemand | weight=0.081
=er =gek | weight=0.081
=gek =van | weight=0.081
=worden =er | weight=0.081
=in =hetzelfde | weight=0.080
=computerstem =die | weight=0.080
=twintig | weight=0.079
=belt =u | weight=0.079
=twintig =minuten | weight=0.079
=vlees | weight=0.079
=te =druk | weight=0.078
=het =begin | weight=0.078
=niet =af | weight=0.078, noneg
=begrijp =je | weight=0.078
=je =vraag | weight=0.078
=jullie =virtuele | weight=0.078
=medewerker =getypt | weight=0.078
=die =steeds | weight=0.078
=blijft =vraag | weight=0.078
=belmenu | weight=0.077
=het =belmenu | weight=0.077
=je =van | weight=0.077
=weken =belt | weight=0.077
=je =komt | weight=0.076
=dit =nummer | weight=0.076
=en =begint | weight=0.076
=is =onbekend | weight=0.076
=onbekend =en | weight=0.076
=opzeggen =niet | weight=0.076, noneg
=naar =optie | weight=0.076
=van =optie | weight=0.076
=getypt | weight=0.076
=teruggestuurd =naar | weight=0.076
=krijg | weight=0.076
=doorverwezen =naar | weight=0.076
=hij =in | weight=0.075
=nummer =is | weight=0.074
=nergens =kun | weight=0.074, noneg
=onbekend | weight=0.074
=sorry =dat | weight=0.073
=stuurt =me | weight=0.073
=keuzemenu =is | weight=0.073
=is =onmogelijk | weight=0.073
=medewerker =krijg | weight=0.073
=gek | weight=0.072
=wordt =de | weight=0.071
=doet | weight=0.071
=teruggestuurd | weight=0.071
=computer =die | weight=0.071
=de =virtuele | weight=0.071
=doorverwezen | weight=0.071
=dagen =een | weight=0.070
=ik =ook | weight=0.070
=onmogelijk =om | weight=0.070
=begreep | weight=0.070
=al =de | weight=0.070
=spraakcomputer =verstaat | weight=0.069
=je =daar | weight=0.069
=naar =het | weight=0.069
=begin | weight=0.068
=doet =niks | weight=0.068, noneg
=vraag =niet | weight=0.067, noneg
=boodschap | weight=0.067
=geprobeerd | weight=0.067
=steeds =terug | weight=0.067
=optie =en | weight=0.067
=optie =naar | weight=0.067
=website =en | weight=0.067
=ze =belde | weight=0.067
=keer =op | weight=0.066
=moet =probeer | weight=0.066
=de =faq | weight=0.066
=dit =bedrijf | weight=0.066
=het =later | weight=0.066
=praten =met | weight=0.066
=dan =wordt | weight=0.065
=vervolgens =op | weight=0.065
=beschikbaar | weight=0.065
=zakelijke | weight=0.065
=slechthorend | weight=0.065
=slechthorend =en | weight=0.065
=begrijpt | weight=0.065
=ik =zit | weight=0.065
=en =zat | weight=0.064
=dan =weer | weight=0.064
=wil =gewoon | weight=0.064
=een =vooraf | weight=0.064
=vooraf =opgenomen | weight=0.064
=inspreken | weight=0.063
=moest =probeer | weight=0.063
=het =spraakmenu | weight=0.062
=steeds =hetzelfde | weight=0.062
=vooraf | weight=0.062
=nooit | weight=0.062, noneg
=kijken | weight=0.062
=geen =telefoonnummer | weight=0.062, noneg
=linkjes | weight=0.062
=linkjes =sturen | weight=0.062
=een =muur | weight=0.062
=drie =pogingen | weight=0.061
=de =optie | weight=0.061
=assistent =blijft | weight=0.061
=een =eindeloos | weight=0.061
=eindeloos =keuzemenu | weight=0.061
=gaat =van | weight=0.061
=automatische =antwoord | weight=0.060
=opnieuw =moet | weight=0.060
=komen =steeds | weight=0.060
=zo =een | weight=0.060
=bandje =begon | weight=0.060
=gedrukt =het | weight=0.060
=had =kunnen | weight=0.060
=hij =zijn | weight=0.060
=zijn =klantnummer | weight=0.060
=en =twintig | weight=0.060
=iemand =spreken | weight=0.059
=worden =elke | weight=0.059
=daarna =nog | weight=0.059
=verstond | weight=0.058
=jullie =digitale | weight=0.058
=lijn | weight=0.057
=ik =werd | weight=0.057
=bandje =met | weight=0.057
=energieaanbod | weight=0.057
=jullie =energieaanbod | weight=0.057
=die =alles | weight=0.057
=klantnummer | weight=0.057
=chatbot =stuurt | weight=0.057
=ik =medewerker | weight=0.056
=spreken =was | weight=0.056
=was =onmogelijk | weight=0.056
=uren | weight=0.056
=uitsluitend | weight=0.056
=opnieuw =moest | weight=0.056
=zonder =ooit | weight=0.056, noneg
=na =het | weight=0.056
