# policy_refusal, nl: learned by scripts/learn.py from 3889 tuning texts (236 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ik kwam een defecte stofzuiger terugbrengen, gewoon binnen de garantie. De medewerker zei dat ik naar de fabrikant moest, 'daar gaan wij niet over'. Toen ik vroeg naar de bedrijfsleider, zei hij dat die er vandaag niet was en morgen ook niet. Ik ben hier klaar mee, ik koop voortaan bij de concurrent.
+ 25 minuten in de rij bij de servicebalie voor een stukke waterkoker. Eerst wilden ze de doos, toen het bonnetje, toen allebei plus m'n pinpas. Had ik allemaal. Toen mocht het niet boven €20 zonder een leidinggevende en die was er niet. Morgen maar terugkomen. Dag, ik ga voortaan naar de supermarkt aan de overkant.
+ ze hebben mijn garantie claim afgewezen
- we willen ons geld terug
- Geen minuut gewacht, top!
=beleid | weight=0.482
=geweigerd | weight=0.467
=voorwaarden | weight=0.392
=garantie | weight=0.353
=mogelijk | weight=0.348
=enkele | weight=0.332
=afgewezen | weight=0.327
=niet =want | weight=0.313, noneg
=helaas | weight=0.312
=werd =niet | weight=0.297, noneg
=niet =doen | weight=0.293, noneg
=de =regelen | weight=0.282
=schoenen | weight=0.281
=het =niet | weight=0.279, noneg
=niks =aan | weight=0.278, noneg
=geen =uitzondering | weight=0.278, noneg
=mocht | weight=0.274
=kortingscodes | weight=0.268
=restitutie | weight=0.268
=daar =kan | weight=0.261
=huisregel | weight=0.253
=mijn =verzoek | weight=0.250
=ook =al | weight=0.250
=de =computer | weight=0.247
=weigert | weight=0.244
=mag | weight=0.243
=niet =terugnemen | weight=0.242, noneg
=ging =niet | weight=0.232, noneg
=voldoet | weight=0.230
=zonder =kassabon | weight=0.228, noneg
=polis | weight=0.226
=protocol | weight=0.222
=niet =toelaat | weight=0.220, noneg
=niet =toe | weight=0.215, noneg
=ze =doen | weight=0.214
=regelen =zijn | weight=0.212
=zijn =regelen | weight=0.212
=niet =zei | weight=0.209, noneg
=prijzen | weight=0.208
=niks =mee | weight=0.208, noneg
=uitzondering | weight=0.206
=de =verzekeraar | weight=0.206
=geweigerd =omdat | weight=0.206
=een =tegoedbon | weight=0.205
=geldt | weight=0.204
=label | weight=0.203
=mogen | weight=0.203
=weigerde =mijn | weight=0.203
=niet =geholpen | weight=0.202, noneg
=weigerde | weight=0.201
=er =zijn | weight=0.200
=want =het | weight=0.200
=niemand =mij | weight=0.199, noneg
=mijn =opzeggen | weight=0.199
=geen =telefonisch | weight=0.199, noneg
=werkt =het | weight=0.198
=maar =volgens | weight=0.196
=laat =was | weight=0.194
=tegoedbon | weight=0.194
=staat =dat | weight=0.193
=aanvraag =niet | weight=0.193, noneg
=ik =niks | weight=0.191, noneg
=omdat =het | weight=0.191
=enkele =met | weight=0.190
=baliemedewerker | weight=0.188
=de =baliemedewerker | weight=0.188
=niet =binnen | weight=0.186, noneg
=garantieclaim | weight=0.185
=mijn =garantieclaim | weight=0.185
=regelen | weight=0.183
=niet =omruilen | weight=0.183, noneg
=bon | weight=0.183
=verzekeraar | weight=0.181
=jas =niet | weight=0.178, noneg
=het =was | weight=0.176
=bij =ons | weight=0.176
=keert | weight=0.175
=keert =niet | weight=0.175, noneg
=boete | weight=0.174
=is =beleid | weight=0.174
=systeem | weight=0.174
=niet =onder | weight=0.173, noneg
=mag =niet | weight=0.172, noneg
=het =hoofdkantoor | weight=0.171
=hoofdkantoor | weight=0.171
=niet =als | weight=0.171, noneg
=niet =terugbrengen | weight=0.169, noneg
=we =niet | weight=0.169, noneg
=volgens =hun | weight=0.166
=ik =mocht | weight=0.166
=winkel =niet | weight=0.166, noneg
=algemene =voorwaarden | weight=0.165
=ze =zeggen | weight=0.164
=lettertjes | weight=0.164
=blindengeleidehond | weight=0.163
=dat =ze | weight=0.163
=einde =gesprek | weight=0.163
=klein =lettertjes | weight=0.162
=niet =toegestaan | weight=0.162, noneg
=werd =afgewezen | weight=0.161
=winkel =zegt | weight=0.160
=een =jaarcontract | weight=0.160
=extra =gebruiker | weight=0.160
=jaarcontract | weight=0.160
=ik =helaas | weight=0.158
=doos | weight=0.157
=niet =volgens | weight=0.157, noneg
=niet =ruilen | weight=0.156, noneg
=doen =we | weight=0.156
=twee =maand | weight=0.156
=retourneren | weight=0.155
=geen =geld | weight=0.154, noneg
=dicht | weight=0.154
=zonder =originele | weight=0.154, noneg
=gebruiker | weight=0.153
=niet =gedekt | weight=0.152, noneg
=systeem =laat | weight=0.151
=medewerker =dus | weight=0.151
=contract =staat | weight=0.151
=hij =er | weight=0.151
=opzeggen | weight=0.151
=jas | weight=0.147
=laat =geen | weight=0.147, noneg
=label =eraan | weight=0.147
=met =label | weight=0.147
=dus =ze | weight=0.146
=broek | weight=0.146
=de =kassamedewerkster | weight=0.145
=uitverkoopartikel | weight=0.145
=slot | weight=0.145
=hier =niet | weight=0.144, noneg
=niet =geaccepteerd | weight=0.143, noneg
=weigert =de | weight=0.143
=niet =terug | weight=0.142, noneg
=vanwege | weight=0.142
=eraan | weight=0.142
=wil =niet | weight=0.142, noneg
=aldus | weight=0.142
=aldus =de | weight=0.142
=klein | weight=0.140
=verzending | weight=0.140
=kassamedewerkster =heeft | weight=0.140
=claim | weight=0.140
=mijn =waarborg | weight=0.140
=waarborg | weight=0.140
=ze =ging | weight=0.140
=computer | weight=0.139
=intern =regelen | weight=0.139
=pech | weight=0.138
=kassamedewerkster | weight=0.138
=geen =korting | weight=0.136, noneg
=ons =niet | weight=0.136, noneg
=ruilen | weight=0.136
=maar =een | weight=0.136
=uw =systeem | weight=0.135
=dat =zijn | weight=0.134
=terwijl =het | weight=0.134
=kon =niet | weight=0.134, noneg
=ons =beleid | weight=0.134
=tegoedbon =geen | weight=0.134, noneg
=op =slot | weight=0.134
=een =dagen | weight=0.133
=broodrooster | weight=0.133
=niet =aanpassen | weight=0.132, noneg
=winkel =zei | weight=0.132
=kassamedewerker =weigerde | weight=0.132
=bordje | weight=0.132
=staat =het | weight=0.131
=intern | weight=0.131
=ook =niet | weight=0.131, noneg
=vergoedt | weight=0.131
=dat =niemand | weight=0.131, noneg
=naam | weight=0.130
=clausule | weight=0.130
=clausule =die | weight=0.130
=mocht =het | weight=0.130
=geopend | weight=0.130
=met =bon | weight=0.129
=haar =niet | weight=0.128, noneg
=gemeld | weight=0.128
=onderdelen | weight=0.128
=alleen =binnen | weight=0.128
=fabrikant =zijn | weight=0.127
=gemeld =had | weight=0.127
=laat =gemeld | weight=0.127
=mijn =schade | weight=0.127
=kortingsbon | weight=0.126
=mijn =kortingsbon | weight=0.126
=de =procedure | weight=0.125
=de =kassamedewerker | weight=0.124
=defect =was | weight=0.124
=procedure | weight=0.124
=het =beleid | weight=0.123
=de =veiligheid | weight=0.123
=veiligheid | weight=0.123
=euro =voor | weight=0.123
=in =uw | weight=0.122
=meer =kreeg | weight=0.122
=dagen =met | weight=0.122
=laat =het | weight=0.122
=nergens =op | weight=0.122, noneg
=bestelling =na | weight=0.122
=mocht =de | weight=0.122
=kassamedewerker | weight=0.121
=het =moet | weight=0.121
=retour =alleen | weight=0.120
=die =doos | weight=0.120
=zonder =afspraak | weight=0.120, noneg
=kunnen | weight=0.120
=printer | weight=0.120
=een =afspraak | weight=0.119
=de =korting | weight=0.119
=sorry =maar | weight=0.118
=termijn | weight=0.118
=volgens =hen | weight=0.118
=dat =niet | weight=0.117, noneg
=hij =zei | weight=0.117
=betalingsregeling | weight=0.117
=reglement | weight=0.117
=wilde =mijn | weight=0.116
=sorry | weight=0.116
=stuk | weight=0.116
=schade =is | weight=0.115
=zegt =u | weight=0.115
=zegt =de | weight=0.115
=dat =staat | weight=0.115
=de =algemene | weight=0.114
=zet =de | weight=0.114
=dan =twee | weight=0.114
=een =extra | weight=0.114
=garantieclaim =werd | weight=0.114
=webshopprijs | weight=0.114
=webshopprijs =in | weight=0.114
=zonder | weight=0.113, noneg
=niet =aan | weight=0.113, noneg
=wilde =de | weight=0.113
=vlucht | weight=0.113
=staat | weight=0.113
=zo =staat | weight=0.113
=niks =voor | weight=0.112, noneg
=voorschrift | weight=0.112
=fysio =niet | weight=0.112, noneg
=niet =omdat | weight=0.112, noneg
=vergoedt =mijn | weight=0.112
=verwijzing =niet | weight=0.112, noneg
=zorgverzekeraar =vergoedt | weight=0.112
=beleid =van | weight=0.112
=zijn =hand | weight=0.111
=staat =in | weight=0.111
=niet =mocht | weight=0.111, noneg
=zelfde =schoenen | weight=0.110
=te =vervangen | weight=0.110
=zei =dat | weight=0.110
=niet =uit | weight=0.110, noneg
=systeem =zet | weight=0.110
=ze =zei | weight=0.110
=meer | weight=0.109
=afgeprijsd | weight=0.109
=garantie =geweigerd | weight=0.109
=die =boete | weight=0.108
=er =helemaal | weight=0.108
=alleen =met | weight=0.108
=kreeg =alleen | weight=0.108
=ze =er | weight=0.108
=haar =leidinggevende | weight=0.107
=omdat =mijn | weight=0.107
=het =haar | weight=0.107
=kan =alleen | weight=0.107
=het =bij | weight=0.107
=andere =afdeling | weight=0.106
=alleen | weight=0.106
=mocht =mijn | weight=0.105
=product | weight=0.105
=het =te | weight=0.105
=annuleren | weight=0.104
=wie =dat | weight=0.104
=de =zorgverzekeraar | weight=0.104
=weigeren | weight=0.103
=u =had | weight=0.103
=krijg =niks | weight=0.103, noneg
=vanwege =de | weight=0.103
=zich =achter | weight=0.102
=die =niet | weight=0.102, noneg
=heeft =maar | weight=0.102
=geldig | weight=0.101
=gaf =toe | weight=0.101
=afgewezen =omdat | weight=0.101
=omruilen | weight=0.101
=dossier =niet | weight=0.101, noneg
=algemene | weight=0.100
=alleen =als | weight=0.100
=niet =met | weight=0.100, noneg
=aanhangig | weight=0.100
=aanhangig =gemaakt | weight=0.100
=ze =niks | weight=0.100, noneg
=zei =daarna | weight=0.100
=de =garantie | weight=0.099
=tarief | weight=0.099
=uw =voorwaarden | weight=0.099
=zei =de | weight=0.099
=gemaakt =bij | weight=0.099
=wasmachine =lekt | weight=0.098
=ik =krijg | weight=0.098
=stofzuiger | weight=0.097
=verpakking | weight=0.097
=de =polis | weight=0.096
=is =niet | weight=0.096, noneg
=en =dus | weight=0.096
=bedrijf | weight=0.096
=afgedaan | weight=0.096
=vlucht =werd | weight=0.095
=werd =geannuleerd | weight=0.095
=en =zij | weight=0.095
=dat =mogen | weight=0.095
=zorgverzekeraar | weight=0.095
=ticket =niet | weight=0.095, noneg
=de =voorwaarden | weight=0.095
=creditcard | weight=0.095
=mijn =creditcard | weight=0.095
=achter =de | weight=0.095
=postcode | weight=0.094
=houdt | weight=0.094
=werd =aan | weight=0.093
=nee =dus | weight=0.093
=de =huurauto | weight=0.093
=huurauto | weight=0.093
=geen =rekening | weight=0.092, noneg
=naam =het | weight=0.092
=kan =niks | weight=0.092, noneg
=kwijtgeraakt | weight=0.092
=daar =heb | weight=0.092
=daarmee =was | weight=0.092
=geen | weight=0.091, noneg
=afgeschreven =terwijl | weight=0.091
=voorbij | weight=0.090
=verlopen | weight=0.090
=broek =niet | weight=0.090, noneg
=de =broek | weight=0.090
=mocht =niet | weight=0.090, noneg
=ze =kon | weight=0.090
=in =voor | weight=0.089
=schoonmaak | weight=0.089
=voor =schoonmaak | weight=0.089
=klant =zijn | weight=0.089
=voucher | weight=0.089
=de =mevrouw | weight=0.089
=recept | weight=0.088
=zo =zijn | weight=0.088
=andere =garage | weight=0.088
=uur =moet | weight=0.088
=geen =nederlands | weight=0.088, noneg
=hand | weight=0.088
=hebben =mijn | weight=0.088
=gewoon =geldig | weight=0.087
=defect | weight=0.087
=reactie =was | weight=0.087
=wou =gewoon | weight=0.087
=niet =helpen | weight=0.087, noneg
=geannuleerd =en | weight=0.086
=er =vandaag | weight=0.086
=vandaag =niet | weight=0.086, noneg
=de =kapotte | weight=0.086
=en =in | weight=0.085
=de =bestelling | weight=0.085
=chat =zegt | weight=0.085
=bedrijf =zelfde | weight=0.085
=zelfde =bedrijf | weight=0.085
=verkoper =is | weight=0.085
=pech =gehad | weight=0.085
=retour | weight=0.085
=gaat =en | weight=0.085
=dan =ga | weight=0.085
=daarover | weight=0.085
=gebruiker =toevoegen | weight=0.084
=systeem =dat | weight=0.084
=geen =invloed | weight=0.084, noneg
=wel =naar | weight=0.084
=kwijt | weight=0.084
=achterstand | weight=0.084
=dagen =dat | weight=0.084
=klant =zelf | weight=0.083
=een =clausule | weight=0.083
=kassa | weight=0.083
=morgen =ook | weight=0.082
=daarna =dat | weight=0.082
=mijn =medicijnen | weight=0.082
=de =huisregel | weight=0.082
=fiets | weight=0.082
=kunnen =ze | weight=0.082
=de =tandarts | weight=0.082
=tandarts | weight=0.082
=ik =hem | weight=0.082
=eruit | weight=0.081
=gemaild =over | weight=0.081
=formulier =dat | weight=0.081
=helemaal =niks | weight=0.081, noneg
=einde | weight=0.081
=dagen =te | weight=0.081
=retourneren =kan | weight=0.080
=thuisbezorgd | weight=0.080
