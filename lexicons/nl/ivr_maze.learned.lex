# ivr_maze, nl: learned by scripts/learn.py from 3398 tuning texts (128 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ ik zit al twintig minuten vast in het telefoon menu
+ Chatbot stuurt je alleen maar door naar de FAQ-pagina en zegt dat je een formulier moet invullen. Een mens spreken kan niet.
+ Ze verwezen me door naar een chatbot.
- we willen ons geld terug
- Geen minuut gewacht, top!
=chatbot | weight=0.453
=bandje | weight=0.451
=keuzemenu | weight=0.426
=een =chatbot | weight=0.353
=computer | weight=0.339
=menu | weight=0.339
=begint | weight=0.301
=mens | weight=0.290
=assistent | weight=0.277
=nergens =een | weight=0.268, noneg
=bot | weight=0.246
=nooit =bij | weight=0.241, noneg
=terecht | weight=0.237
=geen =mens | weight=0.236, noneg
=systeem =zei | weight=0.232
=bij =die | weight=0.231
=medewerker =spreken | weight=0.230
=spraakcomputer | weight=0.229
=automatische | weight=0.220
=niet =begreep | weight=0.217, noneg
=gebeld =door | weight=0.217
=niet =verstond | weight=0.215, noneg
=opgegeven | weight=0.212
=belt | weight=0.210
=is =geen | weight=0.207, noneg
=computerstem | weight=0.205
=een =computer | weight=0.204
=automatische =systeem | weight=0.203
=weer =zo'n | weight=0.200
=automaat | weight=0.199
=te =spreken | weight=0.199
=over =zonnepanelen | weight=0.197
=verstaat | weight=0.196
=telefoonmenu | weight=0.188
=telefoonmenu =heb | weight=0.188
=snapte | weight=0.186
=daar =nooit | weight=0.186, noneg
=niet =herkent | weight=0.185, noneg
=de =automaat | weight=0.184
=niet =en | weight=0.184, noneg
=verwijst | weight=0.183
=opties | weight=0.182
=zo'n | weight=0.180
=geen =optie | weight=0.180, noneg
=virtuele | weight=0.177
=virtuele =assistent | weight=0.177
=onbereikbaar | weight=0.174
=komen =nooit | weight=0.172, noneg
=antwoord =niet | weight=0.171, noneg
=krijgt | weight=0.170
=je =krijgt | weight=0.168
=lukt | weight=0.166
=typ | weight=0.165
=ik =doorgeschakeld | weight=0.165
=ophangt | weight=0.164
=keer =medewerker | weight=0.164
=medewerker =terecht | weight=0.163
=nergens | weight=0.162, noneg
=echt =persoon | weight=0.161
=zonnepanelen | weight=0.161
=maal | weight=0.160
=contact =met | weight=0.159
=robotgesprek | weight=0.158
=digitale =assistent | weight=0.157
=het =automatische | weight=0.156
=robot | weight=0.156
=alleen =naar | weight=0.155
=het =bandje | weight=0.155
=postcode =niet | weight=0.154, noneg
=een =computerstem | weight=0.154
=vastgezeten | weight=0.153
=de =bot | weight=0.152
=druk | weight=0.152
=menu's | weight=0.151
=spraakherkenning | weight=0.150
=hebben =drie | weight=0.149
=je | weight=0.149
=intoetsen | weight=0.147
=geen =knop | weight=0.147, noneg
=ingetikt | weight=0.147
=medewerker =ingetikt | weight=0.147
=verstaat =mijn | weight=0.146
=te =krijg | weight=0.146
=geen =reactie | weight=0.145, noneg
=het =mijn | weight=0.145
=vast =in | weight=0.145
=doorgeschakeld =naar | weight=0.145
=dat =keuzemenu | weight=0.145
=lukt =niet | weight=0.144, noneg
=een =energiecontract | weight=0.143
=en =geen | weight=0.143, noneg
=twaalf | weight=0.142
=is =nergens | weight=0.141, noneg
=door =zes | weight=0.140
=bandje =naar | weight=0.139
=ene =bandje | weight=0.139
=het =hoofdmenu | weight=0.139
=hoofdmenu | weight=0.139
=vast | weight=0.138
=en =dan | weight=0.138
=de =computer | weight=0.137
=dat =heb | weight=0.136
=ik =komen | weight=0.135
=lijn =te | weight=0.134
=er =is | weight=0.134
=we =hebben | weight=0.134
=onderbrak | weight=0.133
=onderbrak =me | weight=0.133
=digitale | weight=0.130
=een =medewerker | weight=0.130
=minuten =wachten | weight=0.128
=keuzes | weight=0.128
=in =die | weight=0.128
=daarom =bel | weight=0.128
=spreken | weight=0.127
=wachten =werd | weight=0.126
=kwartier =door | weight=0.125
=automatische =stem | weight=0.125
=mijn =postcode | weight=0.124
=draaien =in | weight=0.124
=uur =rondjes | weight=0.124
=een =vast | weight=0.123
=me =steeds | weight=0.123
=door =een | weight=0.123
=aanspreekpunt | weight=0.122
=elke =dagen | weight=0.122
=bedoelt | weight=0.122
=ik =worden | weight=0.121
=een =robot | weight=0.121
=energiecontract | weight=0.120
=het =menu | weight=0.120
=gewoon =opnieuw | weight=0.119
=postcode | weight=0.118
=medewerker =te | weight=0.118
=krijg =je | weight=0.117
=verwacht =ik | weight=0.117
=me =elke | weight=0.117
=die =bot | weight=0.116
=een =echt | weight=0.116
=die =chatbot | weight=0.116
=gewoon =op | weight=0.116
=menu =waar | weight=0.115
=probleem =gewoon | weight=0.115
=zeker | weight=0.115
=de =verbinding | weight=0.115
=de =stilte | weight=0.115
=geleid | weight=0.115
=geleid =en | weight=0.115
=lag =opties | weight=0.115
=opties =geleid | weight=0.115
=zes =lag | weight=0.115
=belt =en | weight=0.115
=nooit =een | weight=0.113, noneg
=rondgestuurd | weight=0.113
=drie =kwartier | weight=0.111
=stem | weight=0.111
=zestig | weight=0.111
=zestig =minuten | weight=0.111
=in =jullie | weight=0.110
=dan =weer | weight=0.110
=zakelijke =klant | weight=0.109
=vijf =keer | weight=0.109
=krijg | weight=0.109
=te =zijn | weight=0.108
=optie | weight=0.108
=gedrukt | weight=0.108
=ik =toch | weight=0.107
=robot =die | weight=0.106
=tegen =de | weight=0.104
=gewoon =een | weight=0.104
=gewoon =de | weight=0.104
=bel =ik | weight=0.103
=zit =al | weight=0.103
=waar =mijn | weight=0.103
=steeds =dezelfde | weight=0.103
=al =twintig | weight=0.102
=krijgt =daar | weight=0.102
=assistent =is | weight=0.101
=systeem | weight=0.101
=stilte | weight=0.100
=niet =tussen | weight=0.100, noneg
=onmogelijk | weight=0.100
=uur =lang | weight=0.099
=gewoon =weer | weight=0.099
=alleen =maar | weight=0.099
=is =een | weight=0.098
=geprobeerd | weight=0.098
=diezelfde | weight=0.098
=keuzemenu =zonder | weight=0.098, noneg
=in =dat | weight=0.098
=te =druk | weight=0.098
=hele =weken | weight=0.098
=het =andere | weight=0.097
=het =ene | weight=0.097
=gewoon =niet | weight=0.097, noneg
=keuzemenu =terecht | weight=0.097
=teruggestuurd | weight=0.096
=persoon =te | weight=0.096
=waardeloos | weight=0.096
=die =steeds | weight=0.095
=niet =met | weight=0.095, noneg
=belt =er | weight=0.095
=lang =in | weight=0.093
=snapte =mijn | weight=0.093
=blijft | weight=0.092
=het =opnieuw | weight=0.092
=internet | weight=0.092
=alleen | weight=0.090
=stuurt =me | weight=0.090
=website =en | weight=0.090
=chatbot =van | weight=0.089
=automatische =antwoord | weight=0.089
=doorgeschakeld | weight=0.089
=ik =gebeld | weight=0.089
=je =kunt | weight=0.089
=in =een | weight=0.088
=verwezen =me | weight=0.088
=twintig =minuten | weight=0.088
=kwartier =in | weight=0.088
=af =voordat | weight=0.088
=kapt | weight=0.088
=systeem =kapt | weight=0.088
=site =en | weight=0.087
=ze =verwezen | weight=0.086
=jullie =keuzemenu | weight=0.086
=snapte =er | weight=0.085
=medewerker =op | weight=0.085
=later =terug | weight=0.084
=u =later | weight=0.084
=geen =enkele | weight=0.084, noneg
=faq | weight=0.084
=jullie =virtuele | weight=0.083
=medewerker =getypt | weight=0.083
=er =gek | weight=0.083
=gek =van | weight=0.083
=worden =er | weight=0.083
=doorverwezen =naar | weight=0.082
=computerstem =die | weight=0.082
=internet =doet | weight=0.082
=de =faq | weight=0.081
=verbinding | weight=0.080
=vraag =en | weight=0.080
=ik =ook | weight=0.080
=getypt | weight=0.080
=begrijpt | weight=0.080
=wordt =de | weight=0.080
=belt =u | weight=0.080
=wil =gewoon | weight=0.079
=mens =krijg | weight=0.079
=keuzes =in | weight=0.079
=menu =en | weight=0.079
=twintig | weight=0.079
=gesprek =van | weight=0.079
=weer =een | weight=0.078
=bloed | weight=0.077
=en =bloed | weight=0.077
=van =vlees | weight=0.077
=vlees =en | weight=0.077
=blijft =vraag | weight=0.077
=onmogelijk =om | weight=0.077
=een =muur | weight=0.076
=poging | weight=0.076
=je =daar | weight=0.076
=persoon | weight=0.076
=je =wordt | weight=0.075
=steeds =af | weight=0.075
=kies | weight=0.075
=hoe =komen | weight=0.075
=steeds =terug | weight=0.075
=vlees | weight=0.075
=keuzemenu =is | weight=0.075
=moet =probeer | weight=0.075
=begint =alles | weight=0.075
=dit =nummer | weight=0.075
=en =begint | weight=0.075
=is =onbekend | weight=0.075
=onbekend =en | weight=0.075
=werd =doorverwezen | weight=0.074
=al =de | weight=0.073
=gek | weight=0.073
=niet =af | weight=0.073, noneg
=inspreken | weight=0.073
=voor =internet | weight=0.073
=onbekend | weight=0.073
=doorverwezen | weight=0.072
=spraakmenu | weight=0.072
=ze =belde | weight=0.072
=dan =begint | weight=0.072
=keer =geprobeerd | weight=0.072
=naar =het | weight=0.072
=nummer =is | weight=0.071
=dagen =worden | weight=0.071
=stuurt | weight=0.071
=computer =die | weight=0.071
=is =onmogelijk | weight=0.071
=het =begin | weight=0.070
=doet =niks | weight=0.070, noneg
=in =hetzelfde | weight=0.070
=dagen =een | weight=0.070
=rondjes | weight=0.070
=en =zat | weight=0.070
=na =drie | weight=0.070
=boodschap | weight=0.070
=jullie =digitale | weight=0.069
=het =later | weight=0.069
=daarna =nog | weight=0.069
=slechthorend | weight=0.069
=slechthorend =en | weight=0.069
=bedoelt =u | weight=0.069
=zakelijke | weight=0.069
=internet =en | weight=0.068
=rondje | weight=0.068
=ik =zit | weight=0.068
=had =kunnen | weight=0.068
=met =die | weight=0.067
=daarom | weight=0.067
=dan =wordt | weight=0.067
=ik =werd | weight=0.066
=hem =steeds | weight=0.066
=hij =zijn | weight=0.066
=zijn =klantnummer | weight=0.066
=rondjes =draaien | weight=0.066
=verwijst =mij | weight=0.065
=chatbot =begrijpt | weight=0.065
=mens =aan | weight=0.065
=kijken | weight=0.065
=klantenservice =is | weight=0.065
=een =vooraf | weight=0.064
=vooraf | weight=0.064
=vooraf =opgenomen | weight=0.064
=spraakcomputer =verstaat | weight=0.064
=al =die | weight=0.064
=te =gaan | weight=0.064
=te =praten | weight=0.064
=die =je | weight=0.063
=steeds =hetzelfde | weight=0.063
=doet | weight=0.063
=opnieuw =moet | weight=0.062
=daar =ben | weight=0.062
=assistent =kan | weight=0.062
=en =kan | weight=0.062
=de =rede | weight=0.061
=een =eindeloos | weight=0.061
=eindeloos =keuzemenu | weight=0.061
=serieus | weight=0.061
=zonder =dat | weight=0.061, noneg
=moest =probeer | weight=0.061
=vraag =niet | weight=0.060, noneg
=keer =op | weight=0.060
=kan =dat | weight=0.060
=bandje =begon | weight=0.060
=gedrukt =het | weight=0.060
=zonder =ooit | weight=0.059, noneg
=en =twintig | weight=0.059
=praten =met | weight=0.059
=verwezen | weight=0.059
=die =zegt | weight=0.059
=mijn =internet | weight=0.059
=ik =typ | weight=0.058
=praten | weight=0.058
=komen =steeds | weight=0.058
=begin | weight=0.058
=nergens =kun | weight=0.058, noneg
=komen =ik | weight=0.058
=begint =het | weight=0.058
=uitsluitend | weight=0.058
=past | weight=0.057
=opgehangen | weight=0.057
=ik =medewerker | weight=0.057
=medewerker =typ | weight=0.057
=het =opgegeven | weight=0.057
=weken =gebeld | weight=0.056
=zo =een | weight=0.056
=gaat =van | weight=0.056
=en =hij | weight=0.056
=later | weight=0.056
=linkjes | weight=0.055
=linkjes =sturen | weight=0.055
=weken =belt | weight=0.055
=en =ge | weight=0.054
=ze =daar | weight=0.054
=hing =ik | weight=0.054
=een =paar | weight=0.054
=paar | weight=0.054
=paar =woord | weight=0.054
=het =ons | weight=0.054
=bedoelt =en | weight=0.053
=je =bedoelt | weight=0.053
=wat =je | weight=0.053
=gaf =aan | weight=0.053
=zeven | weight=0.053
=zei =steeds | weight=0.053
=belde =voor | weight=0.053
=geen | weight=0.053, noneg
=hing | weight=0.053
=spreken =was | weight=0.052
=was =onmogelijk | weight=0.052
=niet =helemaal | weight=0.052, noneg
=een =automatische | weight=0.052
=klantnummer | weight=0.052
