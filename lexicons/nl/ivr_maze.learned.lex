# ivr_maze, nl: learned by scripts/learn.py from 3684 tuning texts (136 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ ik zit al twintig minuten vast in het telefoon menu
+ pfff weer een bot. 'Sorry, dat begreep ik niet.' ik wil gewoon iemand SPREKEN 🤬🤬
+ Chatbot stuurt je alleen maar door naar de FAQ-pagina en zegt dat je een formulier moet invullen. Een mens spreken kan niet.
- we willen ons geld terug
- Geen minuut gewacht, top!
=bandje | weight=0.444
=keuzemenu | weight=0.427
=chatbot | weight=0.425
=computer | weight=0.349
=menu | weight=0.346
=bot | weight=0.318
=begint | weight=0.310
=nergens =een | weight=0.307, noneg
=mens | weight=0.290
=een =chatbot | weight=0.284
=assistent | weight=0.282
=geen =mens | weight=0.250, noneg
=terecht | weight=0.245
=nooit =bij | weight=0.245, noneg
=spraakcomputer | weight=0.237
=automatische | weight=0.234
=computerstem | weight=0.232
=systeem =zei | weight=0.232
=is =geen | weight=0.225, noneg
=medewerker =spreken | weight=0.224
=niet =begreep | weight=0.223, noneg
=bij =die | weight=0.222
=niet =verstond | weight=0.214, noneg
=een =computer | weight=0.208
=gebeld =door | weight=0.205
=te =spreken | weight=0.201
=opgegeven | weight=0.201
=belt | weight=0.199
=weer =zo'n | weight=0.199
=automaat | weight=0.198
=automatische =systeem | weight=0.198
=verstaat | weight=0.193
=opties | weight=0.192
=over =zonnepanelen | weight=0.191
=verwijst | weight=0.188
=telefoonmenu | weight=0.188
=telefoonmenu =heb | weight=0.188
=snapt | weight=0.186
=virtuele | weight=0.185
=virtuele =assistent | weight=0.185
=zo'n | weight=0.185
=daar =nooit | weight=0.182, noneg
=onbereikbaar | weight=0.181
=niet =en | weight=0.181, noneg
=niet =herkent | weight=0.179, noneg
=menu's | weight=0.179
=de =automaat | weight=0.179
=een =computerstem | weight=0.178
=geen =optie | weight=0.177, noneg
=het =hoofdmenu | weight=0.176
=hoofdmenu | weight=0.176
=komen =nooit | weight=0.176, noneg
=antwoord =niet | weight=0.171, noneg
=krijgt | weight=0.170
=echt =persoon | weight=0.168
=medewerker =terecht | weight=0.167
=je =krijgt | weight=0.166
=ik =doorgeschakeld | weight=0.165
=digitale =assistent | weight=0.164
=door =zes | weight=0.162
=contact =met | weight=0.161
=alleen =naar | weight=0.160
=lukt | weight=0.160
=ophangt | weight=0.159
=maal | weight=0.159
=zonnepanelen | weight=0.156
=je | weight=0.156
=robotgesprek | weight=0.155
=robot | weight=0.155
=postcode =niet | weight=0.154, noneg
=optie | weight=0.152
=vastgezeten | weight=0.152
=keer =medewerker | weight=0.151
=geen =reactie | weight=0.150, noneg
=verstaat =mijn | weight=0.150
=het =automatische | weight=0.149
=weer =een | weight=0.149
=twaalf | weight=0.149
=en =geen | weight=0.149, noneg
=een =energiecontract | weight=0.148
=intoetsen | weight=0.148
=hebben =drie | weight=0.147
=dat =keuzemenu | weight=0.147
=druk | weight=0.146
=de =bot | weight=0.146
=doorgeschakeld =naar | weight=0.145
=het =bandje | weight=0.144
=is =nergens | weight=0.144, noneg
=ik =komen | weight=0.143
=vast =in | weight=0.143
=een =medewerker | weight=0.143
=spraakherkenning | weight=0.142
=spreken | weight=0.142
=ingetikt | weight=0.142
=medewerker =ingetikt | weight=0.142
=en =dan | weight=0.141
=daarom =bel | weight=0.140
=te =krijg | weight=0.139
=lukt =niet | weight=0.139, noneg
=de =computer | weight=0.138
=lijn =te | weight=0.137
=bandje =naar | weight=0.136
=ene =bandje | weight=0.136
=geen =knop | weight=0.136, noneg
=het =mijn | weight=0.136
=er =is | weight=0.135
=we =hebben | weight=0.135
=een =bot | weight=0.135
=typ | weight=0.135
=spraakmenu | weight=0.134
=onderbrak =me | weight=0.134
=wil =gewoon | weight=0.132
=onderbrak | weight=0.132
=het =menu | weight=0.131
=digitale | weight=0.130
=mijn =postcode | weight=0.130
=die =chatbot | weight=0.129
=kwartier =door | weight=0.128
=me =steeds | weight=0.127
=in =die | weight=0.127
=vast | weight=0.127
=dat =heb | weight=0.125
=waardeloos | weight=0.125
=me =elke | weight=0.124
=krijg =je | weight=0.124
=keuzes | weight=0.123
=de =verbinding | weight=0.123
=hem =steeds | weight=0.122
=steeds =dezelfde | weight=0.122
=ik =worden | weight=0.121
=energiecontract | weight=0.120
=nooit =een | weight=0.118, noneg
=wachten =werd | weight=0.118
=een =echt | weight=0.117
=gewoon =opnieuw | weight=0.117
=zeker | weight=0.117
=elke =dagen | weight=0.117
=postcode | weight=0.116
=draaien =in | weight=0.115
=uur =rondjes | weight=0.115
=gedrukt | weight=0.115
=krijg | weight=0.114
=keuzemenu =zonder | weight=0.114, noneg
=door =een | weight=0.114
=systeem | weight=0.113
=vijf =keer | weight=0.113
=zestig | weight=0.112
=zestig =minuten | weight=0.112
=bedoelt | weight=0.111
=bel =ik | weight=0.111
=drie =kwartier | weight=0.111
=de =stilte | weight=0.111
=geleid | weight=0.111
=geleid =en | weight=0.111
=lag =opties | weight=0.111
=opties =geleid | weight=0.111
=zes =lag | weight=0.111
=rondgestuurd | weight=0.111
=niet =met | weight=0.111, noneg
=menu =waar | weight=0.110
=probleem =gewoon | weight=0.110
=zakelijke =klant | weight=0.110
=verwacht =ik | weight=0.110
=gewoon =niet | weight=0.109, noneg
=een =robot | weight=0.109
=te =zijn | weight=0.108
=minuten =wachten | weight=0.108
=ik =toch | weight=0.108
=die =bot | weight=0.108
=krijgt =daar | weight=0.107
=medewerker =te | weight=0.107
=in =jullie | weight=0.106
=belt =er | weight=0.104
=vast =aanspreekpunt | weight=0.103
=automatische =antwoord | weight=0.103
=waar =mijn | weight=0.103
=site =en | weight=0.103
=persoon =te | weight=0.103
=gewoon =op | weight=0.103
=en =hangt | weight=0.102
=robot =die | weight=0.102
=al =twintig | weight=0.102
=tegen =de | weight=0.102
=gewoon =weer | weight=0.102
=assistent =is | weight=0.101
=belt =en | weight=0.101
=hele =weken | weight=0.101
=het =andere | weight=0.100
=het =ene | weight=0.100
=automatische =stem | weight=0.100
=een =vast | weight=0.100
=alleen =maar | weight=0.100
=uur =lang | weight=0.100
=stilte | weight=0.099
=geen =enkele | weight=0.099, noneg
=in =dat | weight=0.098
=verwezen =me | weight=0.098
=nergens | weight=0.098, noneg
=snapt =er | weight=0.098
=is =een | weight=0.097
=stem | weight=0.097
=gewoon =de | weight=0.097
=die =zegt | weight=0.097
=niet =tussen | weight=0.097, noneg
=ze =verwezen | weight=0.096
=keuzemenu =terecht | weight=0.096
=zit =al | weight=0.095
=stuurt | weight=0.094
=dan =weer | weight=0.093
=je =kunt | weight=0.093
=diezelfde | weight=0.093
=lang =in | weight=0.093
=snapt =mijn | weight=0.093
=doorgeschakeld | weight=0.093
=later =terug | weight=0.093
=u =later | weight=0.093
=aanspreekpunt | weight=0.092
=blijft | weight=0.092
=onmogelijk | weight=0.091
=stuurt =me | weight=0.091
=het =opnieuw | weight=0.091
=verbinding | weight=0.090
=chatbot =van | weight=0.090
=doorverwezen =naar | weight=0.089
=internet | weight=0.089
=af =voordat | weight=0.088
=kapt | weight=0.088
=systeem =kapt | weight=0.088
=computerstem =die | weight=0.088
=begrijpt | weight=0.087
=rondjes | weight=0.087
=blijft =vraag | weight=0.087
=die =steeds | weight=0.086
=belt =u | weight=0.086
=werd =doorverwezen | weight=0.085
=gewoon =een | weight=0.085
=medewerker =op | weight=0.085
=twintig =minuten | weight=0.084
=vraag =en | weight=0.084
=keuzes =in | weight=0.083
=menu =en | weight=0.083
=twintig | weight=0.083
=keer =op | weight=0.083
=er =gek | weight=0.082
=gek =van | weight=0.082
=worden =er | weight=0.082
=te =druk | weight=0.082
=computer =die | weight=0.081
=wordt =de | weight=0.081
=doorverwezen | weight=0.081
=onmogelijk =om | weight=0.080
=keuzemenu =is | weight=0.080
=hij =in | weight=0.080
=teruggestuurd | weight=0.080
=doet =niks | weight=0.080, noneg
=poging | weight=0.079
=kwartier =in | weight=0.078
=jullie =virtuele | weight=0.078
=medewerker =getypt | weight=0.078
=jullie =keuzemenu | weight=0.078
=steeds =af | weight=0.077
=internet =doet | weight=0.077
=naar =het | weight=0.077
=klantenservice =is | weight=0.077
=begrijp =je | weight=0.077
=je =vraag | weight=0.077
=in =hetzelfde | weight=0.076
=kies | weight=0.076
=in =een | weight=0.076
=bloed | weight=0.076
=en =bloed | weight=0.076
=van =vlees | weight=0.076
=vlees =en | weight=0.076
=je =wordt | weight=0.076
=voor =internet | weight=0.075
=begint =alles | weight=0.075
=dit =nummer | weight=0.075
=en =begint | weight=0.075
=is =onbekend | weight=0.075
=onbekend =en | weight=0.075
=vraag =niet | weight=0.075, noneg
=getypt | weight=0.075
=dan =begint | weight=0.075
=geprobeerd | weight=0.074
=moet =probeer | weight=0.073
=jullie =digitale | weight=0.073
=mens =krijg | weight=0.073
=iemand =spreken | weight=0.073
=opgehangen | weight=0.073
=gek | weight=0.072
=verwezen | weight=0.072
=onbekend | weight=0.072
=te =praten | weight=0.072
=nummer =is | weight=0.072
=website =en | weight=0.072
=internet =en | weight=0.072
=een =muur | weight=0.072
=gesprek =van | weight=0.071
=ik =gebeld | weight=0.070
=vervolgens =op | weight=0.070
=vlees | weight=0.070
=rondjes =draaien | weight=0.070
=na =drie | weight=0.070
=de =faq | weight=0.070
=chatbot =begrijpt | weight=0.070
=ze =belde | weight=0.070
=hoe =komen | weight=0.069
=linkjes | weight=0.068
=linkjes =sturen | weight=0.068
=doet | weight=0.068
=sorry =dat | weight=0.068
=spraakcomputer =verstaat | weight=0.068
=en =zat | weight=0.068
=boodschap | weight=0.068
=worden =elke | weight=0.067
=ik =werd | weight=0.067
=ik =ook | weight=0.067
=assistent =kan | weight=0.067
=je =daar | weight=0.067
=het =begin | weight=0.067
=dagen =worden | weight=0.067
=slechthorend | weight=0.066
=slechthorend =en | weight=0.066
=dan =wordt | weight=0.066
=het =later | weight=0.066
=een =automatische | weight=0.066
=chatbot =snapt | weight=0.066
=klantnummer | weight=0.066
=is =onmogelijk | weight=0.066
=die =je | weight=0.066
=past | weight=0.066
=mijn =internet | weight=0.065
=steeds =terug | weight=0.065
=het =spraakmenu | weight=0.065
=daar =ben | weight=0.065
=ik =zit | weight=0.065
=inspreken | weight=0.065
=niet =af | weight=0.064, noneg
=met =die | weight=0.064
=daarna =nog | weight=0.064
=zakelijke | weight=0.063
=mens =aan | weight=0.063
=moest =probeer | weight=0.063
=een =eindeloos | weight=0.063
=eindeloos =keuzemenu | weight=0.063
=persoon | weight=0.062
=te =gaan | weight=0.062
=komen =steeds | weight=0.062
=begint =het | weight=0.061
=al =die | weight=0.061
=dagen =een | weight=0.061
=nergens =kun | weight=0.061, noneg
=opnieuw =moet | weight=0.061
=kijken | weight=0.061
=een =vooraf | weight=0.060
=vooraf | weight=0.060
=vooraf =opgenomen | weight=0.060
=terugstuurde =naar | weight=0.060
=weken =belt | weight=0.060
=geen | weight=0.060, noneg
=keer =geprobeerd | weight=0.059
=zeven | weight=0.059
=en =twintig | weight=0.059
=het =opgegeven | weight=0.058
=bandje =begon | weight=0.058
=gedrukt =het | weight=0.058
=terugstuurde | weight=0.058
=en =ge | weight=0.058
=hij =zijn | weight=0.058
=zijn =klantnummer | weight=0.058
=telefonisch | weight=0.058
=bedoelt =u | weight=0.058
=ze =daar | weight=0.058
=zo =een | weight=0.057
=u =factuur | weight=0.057
=chatbot =blijft | weight=0.057
=en =kan | weight=0.057
=had =kunnen | weight=0.057
=gedrukt =en | weight=0.056
=bandje =met | weight=0.056
=energieaanbod | weight=0.056
=jullie =energieaanbod | weight=0.056
=begin | weight=0.056
=praten =met | weight=0.056
=paar =woord | weight=0.056
=al =de | weight=0.055
=zei =steeds | weight=0.055
=verwijst =mij | weight=0.055
=zonder =ooit | weight=0.054, noneg
=steeds =hetzelfde | weight=0.054
=ge =belt | weight=0.054
=mijn =probleem | weight=0.054
=bedoelt =en | weight=0.053
=je =bedoelt | weight=0.053
=wat =je | weight=0.053
=later | weight=0.053
=komen =ik | weight=0.053
=na =het | weight=0.053
=ik =niet | weight=0.053, noneg
=het =ons | weight=0.053
