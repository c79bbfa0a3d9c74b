# ivr_maze, nl: learned by scripts/learn.py from 4090 tuning texts (138 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ ik zit al twintig minuten vast in het telefoon menu
+ Chatbot stuurt je alleen maar door naar de FAQ-pagina en zegt dat je een formulier moet invullen. Een mens spreken kan niet.
+ Ze verwezen me door naar een chatbot.
- we willen ons geld terug
- Dank voor de snelle hulp!
=chatbot | weight=0.452
=bandje | weight=0.441
=keuzemenu | weight=0.431
=menu | weight=0.350
=computer | weight=0.345
=begint | weight=0.343
=nergens =een | weight=0.307, noneg
=bot | weight=0.293
=assistent | weight=0.283
=een =chatbot | weight=0.282
=mens | weight=0.270
=geen =mens | weight=0.249, noneg
=terecht | weight=0.247
=nooit =bij | weight=0.244, noneg
=spraakcomputer | weight=0.229
=automatische | weight=0.227
=bij =die | weight=0.225
=computerstem | weight=0.223
=niet =begreep | weight=0.219, noneg
=systeem =zei | weight=0.217
=medewerker =spreken | weight=0.217
=automatische =systeem | weight=0.204
=gebeld =door | weight=0.202
=opgegeven | weight=0.198
=weer =zo'n | weight=0.197
=een =computer | weight=0.197
=niet =verstond | weight=0.197, noneg
=automaat | weight=0.195
=opties | weight=0.192
=over =zonnepanelen | weight=0.191
=telefoonmenu | weight=0.189
=telefoonmenu =heb | weight=0.189
=is =geen | weight=0.189, noneg
=te =spreken | weight=0.188
=verstaat | weight=0.183
=daar =nooit | weight=0.183, noneg
=geen =optie | weight=0.179, noneg
=zo'n | weight=0.178
=het =hoofdmenu | weight=0.176
=hoofdmenu | weight=0.176
=belt | weight=0.176
=verwijst | weight=0.176
=een =computerstem | weight=0.173
=virtuele | weight=0.172
=virtuele =assistent | weight=0.172
=menu's | weight=0.172
=onbereikbaar | weight=0.172
=medewerker =terecht | weight=0.170
=komen =nooit | weight=0.168, noneg
=de =automaat | weight=0.168
=ik =doorgeschakeld | weight=0.168
=krijgt | weight=0.168
=je =krijgt | weight=0.164
=niet =herkent | weight=0.163, noneg
=contact =met | weight=0.162
=lukt | weight=0.162
=echt =persoon | weight=0.161
=keer =medewerker | weight=0.160
=alleen =naar | weight=0.160
=door =zes | weight=0.159
=digitale =assistent | weight=0.159
=maal | weight=0.159
=de =bot | weight=0.159
=ophangt | weight=0.154
=telkens =dat | weight=0.153
=het =automatische | weight=0.153
=zonnepanelen | weight=0.152
=druk | weight=0.152
=snapt | weight=0.152
=een =energiecontract | weight=0.150
=antwoord =niet | weight=0.150, noneg
=intoetsen | weight=0.150
=vastgezeten | weight=0.150
=geen =reactie | weight=0.150, noneg
=robotgesprek | weight=0.148
=het =bandje | weight=0.148
=en =geen | weight=0.147, noneg
=vast =in | weight=0.146
=hebben =drie | weight=0.145
=te =krijg | weight=0.145
=dat =keuzemenu | weight=0.145
=robot | weight=0.144
=ik =komen | weight=0.144
=verstaat =mijn | weight=0.143
=er =is | weight=0.142
=een =medewerker | weight=0.142
=optie | weight=0.140
=doorgeschakeld =naar | weight=0.139
=lukt =niet | weight=0.139, noneg
=lijn =te | weight=0.139
=je | weight=0.138
=ingetikt | weight=0.138
=medewerker =ingetikt | weight=0.138
=geen =knop | weight=0.137, noneg
=de =computer | weight=0.137
=dat =heb | weight=0.137
=bandje =naar | weight=0.134
=ene =bandje | weight=0.134
=we =hebben | weight=0.134
=typ | weight=0.133
=me =steeds | weight=0.133
=digitale | weight=0.133
=twaalf | weight=0.133
=daarom =bel | weight=0.132
=weer =een | weight=0.132
=spreken | weight=0.132
=onderbrak =me | weight=0.131
=spraakmenu | weight=0.131
=in =die | weight=0.129
=en =dan | weight=0.129
=niet =en | weight=0.128, noneg
=onderbrak | weight=0.128
=een =echt | weight=0.128
=energiecontract | weight=0.128
=is =nergens | weight=0.126, noneg
=na =drie | weight=0.126
=waardeloos | weight=0.126
=me =elke | weight=0.126
=keuzes | weight=0.124
=wil =gewoon | weight=0.123
=vast | weight=0.123
=die =chatbot | weight=0.122
=hem =steeds | weight=0.122
=minuten =wachten | weight=0.121
=wachten =werd | weight=0.121
=hangt | weight=0.120
=zeker | weight=0.119
=het =menu | weight=0.118
=nooit =een | weight=0.118, noneg
=begint =alles | weight=0.117
=elke =dagen | weight=0.116
=krijg | weight=0.116
=menu =waar | weight=0.115
=door =een | weight=0.115
=kwartier =door | weight=0.114
=niet =met | weight=0.114, noneg
=vijf =keer | weight=0.114
=steeds =dezelfde | weight=0.114
=draaien =in | weight=0.114
=uur =rondjes | weight=0.114
=krijg =je | weight=0.112
=probleem =gewoon | weight=0.112
=bedoelt | weight=0.110
=belt =er | weight=0.110
=ik =toch | weight=0.109
=rondgestuurd | weight=0.109
=gewoon =opnieuw | weight=0.108
=zestig | weight=0.107
=zestig =minuten | weight=0.107
=die =bot | weight=0.107
=postcode =niet | weight=0.107, noneg
=systeem | weight=0.107
=drie =kwartier | weight=0.107
=krijgt =daar | weight=0.107
=verwacht =ik | weight=0.106
=de =stilte | weight=0.106
=geleid | weight=0.106
=geleid =en | weight=0.106
=lag =opties | weight=0.106
=opties =geleid | weight=0.106
=zes =lag | weight=0.106
=de =verbinding | weight=0.106
=te =zijn | weight=0.106
=het =andere | weight=0.106
=het =ene | weight=0.106
=belt =en | weight=0.106
=je =kunt | weight=0.105
=ik =worden | weight=0.104
=gedrukt | weight=0.104
=in =jullie | weight=0.104
=het =mijn | weight=0.103
=die =zegt | weight=0.103
=keuzemenu =zonder | weight=0.103, noneg
=dan =begint | weight=0.102
=vast =aanspreekpunt | weight=0.102
=al =twintig | weight=0.102
=gewoon =niet | weight=0.102, noneg
=persoon =te | weight=0.102
=waar =mijn | weight=0.102
=automatische =stem | weight=0.102
=bel =ik | weight=0.101
=niet =tussen | weight=0.101, noneg
=een =robot | weight=0.100
=stilte | weight=0.100
=assistent =is | weight=0.100
=een =vast | weight=0.099
=uur =lang | weight=0.099
=zakelijke =klant | weight=0.099
=automatische =antwoord | weight=0.099
=tegen =de | weight=0.098
=in =dat | weight=0.098
=nergens | weight=0.097, noneg
=hele =weken | weight=0.097
=gewoon =de | weight=0.097
=robot =die | weight=0.097
=gewoon =weer | weight=0.096
=een =bot | weight=0.096
=site =en | weight=0.096
=snapt =er | weight=0.096
=zit =al | weight=0.096
=geen =enkele | weight=0.095, noneg
=verwezen =me | weight=0.095
=diezelfde | weight=0.095
=is =een | weight=0.095
=onmogelijk | weight=0.095
=en =hangt | weight=0.094
=medewerker =te | weight=0.094
=lang =in | weight=0.093
=ze =verwezen | weight=0.093
=keuzemenu =terecht | weight=0.093
=aanspreekpunt | weight=0.093
=het =opnieuw | weight=0.092
=stem | weight=0.092
=chatbot =van | weight=0.092
=af =voordat | weight=0.091
=kapt | weight=0.091
=systeem =kapt | weight=0.091
=later =terug | weight=0.090
=u =later | weight=0.090
=mijn =postcode | weight=0.090
=blijft | weight=0.090
=rondjes | weight=0.090
=twintig =minuten | weight=0.089
=rondje | weight=0.089
=medewerker =op | weight=0.088
=te =druk | weight=0.088
=vraag =en | weight=0.088
=stuurt | weight=0.088
=alleen =maar | weight=0.087
=onmogelijk =om | weight=0.087
=computerstem =die | weight=0.086
=kwartier =in | weight=0.086
=belt =u | weight=0.085
=verbreekt | weight=0.085
=internet | weight=0.084
=mens =krijg | weight=0.084
=jullie =virtuele | weight=0.084
=medewerker =getypt | weight=0.084
=doorgeschakeld | weight=0.084
=twintig | weight=0.084
=gewoon =een | weight=0.083
=getypt | weight=0.082
=er =gek | weight=0.082
=gek =van | weight=0.082
=worden =er | weight=0.082
=spraakherkenning | weight=0.082
=die =steeds | weight=0.081
=een =muur | weight=0.081
=keuzes =in | weight=0.080
=menu =en | weight=0.080
=begrijp =je | weight=0.080
=je =vraag | weight=0.080
=stuurt =me | weight=0.080
=naar =het | weight=0.079
=de =faq | weight=0.078
=wordt =de | weight=0.078
=begrijpt | weight=0.078
=internet =doet | weight=0.078
=is =onmogelijk | weight=0.077
=blijft =vraag | weight=0.077
=postcode | weight=0.077
=het =begin | weight=0.077
=hij =in | weight=0.076
=vraag =niet | weight=0.076, noneg
=verbinding | weight=0.075
=in =een | weight=0.075
=dit =nummer | weight=0.075
=en =begint | weight=0.075
=is =onbekend | weight=0.075
=onbekend =en | weight=0.075
=doet =niks | weight=0.074, noneg
=dan =wordt | weight=0.074
=steeds =terug | weight=0.074
=gek | weight=0.074
=teruggestuurd | weight=0.074
=werd =doorverwezen | weight=0.074
=keuzemenu =is | weight=0.073
=klantenservice =is | weight=0.073
=bloed | weight=0.073
=en =bloed | weight=0.073
=van =vlees | weight=0.073
=vlees =en | weight=0.073
=onbekend | weight=0.073
=jullie =digitale | weight=0.073
=in =hetzelfde | weight=0.072
=nummer =is | weight=0.072
=ik =werd | weight=0.072
=ik =gebeld | weight=0.071
=dagen =worden | weight=0.071
=verwezen | weight=0.071
=gewoon =iemand | weight=0.071
=gesprek =van | weight=0.070
=jullie =keuzemenu | weight=0.070
=dan =weer | weight=0.070
=computer =die | weight=0.070
=begin | weight=0.070
=doorverwezen =naar | weight=0.070
=doet | weight=0.070
=website =en | weight=0.069
=het =later | weight=0.069
=al =de | weight=0.068
=keer =op | weight=0.068
=ze =belde | weight=0.068
=alleen | weight=0.068
=vlees | weight=0.068
=gewoon =op | weight=0.068
=spraakcomputer =verstaat | weight=0.068
=steeds =af | weight=0.067
=moet =probeer | weight=0.067
=je =wordt | weight=0.067
=kies | weight=0.067
=boodschap | weight=0.067
=geprobeerd | weight=0.067
=assistent =kan | weight=0.067
=ik =zit | weight=0.067
=vervolgens =op | weight=0.067
=met =die | weight=0.067
=een =eindeloos | weight=0.066
=eindeloos =keuzemenu | weight=0.066
=ik =ook | weight=0.066
=niet =af | weight=0.066, noneg
=voor =internet | weight=0.066
=poging | weight=0.066
=te =gaan | weight=0.065
=te =praten | weight=0.065
=hoe =komen | weight=0.065
=past | weight=0.065
=rondjes =draaien | weight=0.064
=slechthorend | weight=0.064
=slechthorend =en | weight=0.064
=weken =belt | weight=0.063
=internet =en | weight=0.063
=mijn =internet | weight=0.063
=opgehangen | weight=0.063
=het =spraakmenu | weight=0.063
=dagen =een | weight=0.063
=een =automatische | weight=0.063
=linkjes | weight=0.062
=linkjes =sturen | weight=0.062
=doorverwezen | weight=0.062
=zo =een | weight=0.062
=moest =probeer | weight=0.062
=en =zat | weight=0.062
=inspreken | weight=0.062
=worden =elke | weight=0.062
=je =daar | weight=0.061
=sorry =dat | weight=0.061
=het =opgegeven | weight=0.060
=terugstuurde =naar | weight=0.060
=steeds =dat | weight=0.060
=chatbot =snapt | weight=0.060
=bandje =met | weight=0.060
=energieaanbod | weight=0.060
=jullie =energieaanbod | weight=0.060
=zonder =ooit | weight=0.060, noneg
=telefonisch | weight=0.060
=zakelijke | weight=0.060
=komen =steeds | weight=0.059
=persoon | weight=0.059
=terugstuurde | weight=0.059
=had =kunnen | weight=0.059
=hij =zijn | weight=0.059
=zijn =klantnummer | weight=0.059
=opnieuw =moet | weight=0.058
=serieus | weight=0.058
=bedoelt =u | weight=0.058
=die =je | weight=0.058
=door =uw | weight=0.058
=al =die | weight=0.058
=u =factuur | weight=0.057
=en =ge | weight=0.057
=een =vooraf | weight=0.057
=vooraf =opgenomen | weight=0.057
=chatbot =blijft | weight=0.057
=dat =ging | weight=0.057
=en =twintig | weight=0.056
=zeven | weight=0.056
=vooraf | weight=0.056
=ik =typ | weight=0.055
=geen =bal | weight=0.055, noneg
=chatbot =begrijpt | weight=0.055
=zei =steeds | weight=0.054
=hing | weight=0.054
=zonder =dat | weight=0.054, noneg
=paar =woord | weight=0.054
=je =moet | weight=0.054
=en =kan | weight=0.053
=keer =geprobeerd | weight=0.053
=nieuwe =abonnement | weight=0.053
=u =belt | weight=0.053
=waarvoor | weight=0.053
=waarvoor =u | weight=0.053
=woord =waarvoor | weight=0.053
=zeg =in | weight=0.053
=uitsluitend | weight=0.053
=verwijst =mij | weight=0.053
=opnieuw =moest | weight=0.053
=nergens =kun | weight=0.053, noneg
=eerst =door | weight=0.053
=gedrukt =en | weight=0.052
