# ivr_maze, nl: learned by scripts/learn.py from 3889 tuning texts (137 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ ik zit al twintig minuten vast in het telefoon menu
+ pfff weer een bot. 'Sorry, dat begreep ik niet.' ik wil gewoon iemand SPREKEN 🤬🤬
+ Chatbot stuurt je alleen maar door naar de FAQ-pagina en zegt dat je een formulier moet invullen. Een mens spreken kan niet.
- we willen ons geld terug
- Geen minuut gewacht, top!
=bandje | weight=0.440
=keuzemenu | weight=0.426
=chatbot | weight=0.415
=menu | weight=0.350
=computer | weight=0.347
=begint | weight=0.340
=nergens =een | weight=0.299, noneg
=bot | weight=0.292
=mens | weight=0.280
=een =chatbot | weight=0.280
=assistent | weight=0.277
=terecht | weight=0.252
=geen =mens | weight=0.250, noneg
=nooit =bij | weight=0.239, noneg
=automatische | weight=0.237
=systeem =zei | weight=0.234
=spraakcomputer | weight=0.231
=computerstem | weight=0.227
=bij =die | weight=0.222
=medewerker =spreken | weight=0.217
=niet =begreep | weight=0.216, noneg
=niet =verstond | weight=0.215, noneg
=is =geen | weight=0.207, noneg
=gebeld =door | weight=0.204
=automatische =systeem | weight=0.201
=opgegeven | weight=0.200
=weer =zo'n | weight=0.199
=een =computer | weight=0.199
=belt | weight=0.198
=automaat | weight=0.195
=opties | weight=0.195
=over =zonnepanelen | weight=0.192
=telefoonmenu | weight=0.190
=telefoonmenu =heb | weight=0.190
=te =spreken | weight=0.187
=verstaat | weight=0.186
=de =automaat | weight=0.181
=daar =nooit | weight=0.181, noneg
=het =hoofdmenu | weight=0.178
=hoofdmenu | weight=0.178
=zo'n | weight=0.176
=virtuele | weight=0.175
=virtuele =assistent | weight=0.175
=menu's | weight=0.175
=verwijst | weight=0.174
=onbereikbaar | weight=0.173
=een =computerstem | weight=0.173
=antwoord =niet | weight=0.172, noneg
=geen =optie | weight=0.171, noneg
=ik =doorgeschakeld | weight=0.169
=digitale =assistent | weight=0.169
=komen =nooit | weight=0.168, noneg
=niet =herkent | weight=0.168, noneg
=lukt | weight=0.167
=contact =met | weight=0.164
=echt =persoon | weight=0.164
=medewerker =terecht | weight=0.163
=maal | weight=0.162
=alleen =naar | weight=0.162
=keer =medewerker | weight=0.158
=je =krijgt | weight=0.158
=krijgt | weight=0.157
=zonnepanelen | weight=0.156
=je | weight=0.155
=vastgezeten | weight=0.154
=geen =reactie | weight=0.153, noneg
=de =bot | weight=0.152
=doorgeschakeld =naar | weight=0.151
=ophangt | weight=0.151
=door =zes | weight=0.151
=hebben =drie | weight=0.151
=het =automatische | weight=0.150
=het =bandje | weight=0.150
=optie | weight=0.149
=snapt | weight=0.147
=verstaat =mijn | weight=0.147
=robotgesprek | weight=0.146
=de =computer | weight=0.146
=spreken | weight=0.145
=en =geen | weight=0.144, noneg
=robot | weight=0.143
=lijn =te | weight=0.143
=vast =in | weight=0.142
=te =krijg | weight=0.142
=een =energiecontract | weight=0.141
=ingetikt | weight=0.141
=medewerker =ingetikt | weight=0.141
=dat =keuzemenu | weight=0.141
=intoetsen | weight=0.141
=ik =komen | weight=0.140
=we =hebben | weight=0.139
=er =is | weight=0.139
=een =medewerker | weight=0.139
=digitale | weight=0.138
=druk | weight=0.137
=weer =een | weight=0.136
=het =menu | weight=0.136
=twaalf | weight=0.136
=is =nergens | weight=0.135, noneg
=het =mijn | weight=0.135
=bandje =naar | weight=0.134
=ene =bandje | weight=0.134
=lukt =niet | weight=0.134, noneg
=waardeloos | weight=0.133
=daarom =bel | weight=0.133
=typ | weight=0.132
=wil =gewoon | weight=0.132
=in =die | weight=0.131
=en =dan | weight=0.131
=onderbrak =me | weight=0.131
=geen =knop | weight=0.130, noneg
=vast | weight=0.130
=me =steeds | weight=0.128
=onderbrak | weight=0.127
=wachten =werd | weight=0.127
=spraakmenu | weight=0.127
=hangt | weight=0.126
=die =chatbot | weight=0.126
=een =echt | weight=0.125
=keuzes | weight=0.124
=me =elke | weight=0.124
=hem =steeds | weight=0.124
=steeds =dezelfde | weight=0.123
=door =een | weight=0.121
=elke =dagen | weight=0.121
=nooit =een | weight=0.121, noneg
=energiecontract | weight=0.119
=begint =alles | weight=0.119
=zeker | weight=0.118
=krijg =je | weight=0.117
=vijf =keer | weight=0.116
=draaien =in | weight=0.115
=uur =rondjes | weight=0.115
=niet =en | weight=0.115, noneg
=dat =heb | weight=0.115
=rondgestuurd | weight=0.114
=minuten =wachten | weight=0.114
=krijg | weight=0.114
=zestig | weight=0.113
=zestig =minuten | weight=0.113
=na =drie | weight=0.113
=gedrukt | weight=0.113
=gewoon =opnieuw | weight=0.112
=ik =toch | weight=0.112
=postcode =niet | weight=0.111, noneg
=systeem | weight=0.111
=ik =worden | weight=0.111
=dan =begint | weight=0.111
=verwacht =ik | weight=0.110
=bel =ik | weight=0.110
=menu =waar | weight=0.110
=probleem =gewoon | weight=0.110
=te =zijn | weight=0.110
=assistent =is | weight=0.109
=bedoelt | weight=0.108
=krijgt =daar | weight=0.107
=gewoon =niet | weight=0.107, noneg
=keuzemenu =zonder | weight=0.107, noneg
=kwartier =door | weight=0.107
=niet =met | weight=0.107, noneg
=drie =kwartier | weight=0.107
=automatische =antwoord | weight=0.107
=persoon =te | weight=0.107
=onmogelijk | weight=0.106
=zakelijke =klant | weight=0.106
=die =bot | weight=0.105
=tegen =de | weight=0.105
=de =stilte | weight=0.105
=geleid | weight=0.105
=geleid =en | weight=0.105
=lag =opties | weight=0.105
=opties =geleid | weight=0.105
=zes =lag | weight=0.105
=de =verbinding | weight=0.104
=al =twintig | weight=0.104
=waar =mijn | weight=0.104
=hele =weken | weight=0.103
=belt =er | weight=0.103
=belt =en | weight=0.102
=site =en | weight=0.101
=automatische =stem | weight=0.101
=die =zegt | weight=0.101
=uur =lang | weight=0.101
=gewoon =weer | weight=0.100
=in =jullie | weight=0.100
=het =andere | weight=0.100
=het =ene | weight=0.100
=zit =al | weight=0.100
=alleen =maar | weight=0.100
=in =dat | weight=0.099
=snapt =er | weight=0.099
=een =bot | weight=0.099
=een =robot | weight=0.099
=vast =aanspreekpunt | weight=0.099
=is =een | weight=0.098
=verwezen =me | weight=0.097
=niet =tussen | weight=0.097, noneg
=stuurt | weight=0.097
=keuzemenu =terecht | weight=0.097
=robot =die | weight=0.097
=het =opnieuw | weight=0.097
=stilte | weight=0.096
=je =kunt | weight=0.095
=een =vast | weight=0.095
=ze =verwezen | weight=0.095
=blijft | weight=0.095
=nergens | weight=0.095, noneg
=lang =in | weight=0.095
=later =terug | weight=0.094
=u =later | weight=0.094
=diezelfde | weight=0.094
=chatbot =van | weight=0.093
=en =hangt | weight=0.092
=medewerker =te | weight=0.092
=gewoon =de | weight=0.092
=werd =doorverwezen | weight=0.091
=doorverwezen =naar | weight=0.091
=mijn =postcode | weight=0.091
=die =steeds | weight=0.091
=twintig =minuten | weight=0.091
=stem | weight=0.091
=doorgeschakeld | weight=0.090
=geen =enkele | weight=0.090, noneg
=verbreekt | weight=0.089
=stuurt =me | weight=0.089
=mens =krijg | weight=0.089
=aanspreekpunt | weight=0.088
=af =voordat | weight=0.088
=kapt | weight=0.088
=systeem =kapt | weight=0.088
=rondjes | weight=0.087
=medewerker =op | weight=0.087
=computerstem =die | weight=0.086
=twintig | weight=0.086
=belt =u | weight=0.086
=kwartier =in | weight=0.085
=gewoon =een | weight=0.085
=gewoon =op | weight=0.084
=spraakherkenning | weight=0.083
=keuzes =in | weight=0.083
=menu =en | weight=0.083
=vraag =en | weight=0.083
=te =druk | weight=0.083
=blijft =vraag | weight=0.083
=onmogelijk =om | weight=0.083
=teruggestuurd | weight=0.082
=jullie =virtuele | weight=0.081
=medewerker =getypt | weight=0.081
=internet =doet | weight=0.081
=naar =het | weight=0.081
=poging | weight=0.080
=internet | weight=0.080
=doorverwezen | weight=0.080
=moet =probeer | weight=0.079
=er =gek | weight=0.079
=gek =van | weight=0.079
=worden =er | weight=0.079
=de =faq | weight=0.078
=verbinding | weight=0.078
=postcode | weight=0.078
=getypt | weight=0.078
=steeds =af | weight=0.077
=doet =niks | weight=0.077, noneg
=begrijp =je | weight=0.077
=je =vraag | weight=0.077
=een =muur | weight=0.077
=jullie =keuzemenu | weight=0.077
=je =daar | weight=0.076
=kies | weight=0.075
=computer =die | weight=0.075
=hij =in | weight=0.075
=dit =nummer | weight=0.074
=en =begint | weight=0.074
=is =onbekend | weight=0.074
=onbekend =en | weight=0.074
=in =hetzelfde | weight=0.074
=voor =internet | weight=0.074
=iemand =spreken | weight=0.074
=te =gaan | weight=0.074
=gesprek =van | weight=0.074
=geprobeerd | weight=0.073
=vraag =niet | weight=0.073, noneg
=bloed | weight=0.073
=en =bloed | weight=0.073
=van =vlees | weight=0.073
=vlees =en | weight=0.073
=verwezen | weight=0.073
=ik =werd | weight=0.073
=onbekend | weight=0.072
=nummer =is | weight=0.072
=sorry =dat | weight=0.072
=keuzemenu =is | weight=0.072
=het =begin | weight=0.072
=klantenservice =is | weight=0.072
=wordt =de | weight=0.071
=gek | weight=0.071
=ik =gebeld | weight=0.071
=jullie =digitale | weight=0.071
=dan =wordt | weight=0.071
=internet =en | weight=0.071
=website =en | weight=0.070
=het =later | weight=0.070
=dagen =worden | weight=0.070
=dan =weer | weight=0.069
=spraakcomputer =verstaat | weight=0.069
=met =die | weight=0.068
=vervolgens =op | weight=0.068
=niet =af | weight=0.068, noneg
=opnieuw =moet | weight=0.068
=keer =op | weight=0.068
=mijn =internet | weight=0.068
=boodschap | weight=0.068
=te =praten | weight=0.068
=is =onmogelijk | weight=0.068
=vlees | weight=0.067
=opgehangen | weight=0.067
=in =een | weight=0.066
=ik =ook | weight=0.066
=zonder =ooit | weight=0.066, noneg
=persoon | weight=0.066
=een =automatische | weight=0.065
=ik =zit | weight=0.065
=een =eindeloos | weight=0.065
=eindeloos =keuzemenu | weight=0.065
=je =wordt | weight=0.065
=zonder =dat | weight=0.065, noneg
=steeds =hetzelfde | weight=0.065
=doet | weight=0.064
=ze =belde | weight=0.064
=steeds =terug | weight=0.064
=begreep | weight=0.064
=begin | weight=0.064
=inspreken | weight=0.063
=moest =probeer | weight=0.063
=keer =geprobeerd | weight=0.063
=past | weight=0.063
=chatbot =snapt | weight=0.063
=en =zat | weight=0.063
=slechthorend | weight=0.063
=slechthorend =en | weight=0.063
=het =spraakmenu | weight=0.063
=hoe =komen | weight=0.063
=een =mens | weight=0.063
=assistent =kan | weight=0.063
=komen =steeds | weight=0.062
=al =de | weight=0.062
=dagen =een | weight=0.062
=worden =elke | weight=0.062
=zakelijke | weight=0.062
=begrijpt | weight=0.061
=het =opgegeven | weight=0.061
=bandje =begon | weight=0.061
=gedrukt =het | weight=0.061
=geen | weight=0.060, noneg
=terugstuurde =naar | weight=0.060
=hij =zijn | weight=0.060
=zijn =klantnummer | weight=0.060
=rondjes =draaien | weight=0.060
=en =ge | weight=0.060
=telefonisch | weight=0.060
=die =je | weight=0.059
=weken =belt | weight=0.059
=bandje =met | weight=0.059
=energieaanbod | weight=0.059
=jullie =energieaanbod | weight=0.059
=zo =een | weight=0.059
=en =twintig | weight=0.059
=terugstuurde | weight=0.058
=gaat =van | weight=0.058
=chatbot =blijft | weight=0.058
=een =vooraf | weight=0.058
=vooraf | weight=0.058
=vooraf =opgenomen | weight=0.058
=had =kunnen | weight=0.058
=nergens =kun | weight=0.057, noneg
=linkjes | weight=0.057
=linkjes =sturen | weight=0.057
=geen =bal | weight=0.057, noneg
=er =een | weight=0.057
=al =die | weight=0.056
=bedoelt =u | weight=0.056
=en =kan | weight=0.056
=verwijst =mij | weight=0.056
=zeven | weight=0.055
=alleen | weight=0.055
=door =uw | weight=0.055
=ge =belt | weight=0.054
=nieuwe =abonnement | weight=0.054
=en =hij | weight=0.054
=het =ons | weight=0.054
=de =digitale | weight=0.054
=vraagt =steeds | weight=0.054
=ik =medewerker | weight=0.054
=medewerker =typ | weight=0.054
=u =factuur | weight=0.053
=kijken | weight=0.053
=bood =geen | weight=0.053, noneg
=zei =steeds | weight=0.053
=na =het | weight=0.053
=praten =met | weight=0.053
