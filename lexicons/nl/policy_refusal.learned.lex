# policy_refusal, nl: learned by scripts/learn.py from 4090 tuning texts (237 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ik kwam een defecte stofzuiger terugbrengen, gewoon binnen de garantie. De medewerker zei dat ik naar de fabrikant moest, 'daar gaan wij niet over'. Toen ik vroeg naar de bedrijfsleider, zei hij dat die er vandaag niet was en morgen ook niet. Ik ben hier klaar mee, ik koop voortaan bij de concurrent.
+ 25 minuten in de rij bij de servicebalie voor een stukke waterkoker. Eerst wilden ze de doos, toen het bonnetje, toen allebei plus m'n pinpas. Had ik allemaal. Toen mocht het niet boven €20 zonder een leidinggevende en die was er niet. Morgen maar terugkomen. Dag, ik ga voortaan naar de supermarkt aan de overkant.
+ ze hebben mijn garantie claim afgewezen
- we willen ons geld terug
- Dank voor de snelle hulp!
=beleid | weight=0.475
=geweigerd | weight=0.451
=voorwaarden | weight=0.393
=garantie | weight=0.356
=enkele | weight=0.334
=mogelijk | weight=0.334
=niks =aan | weight=0.318, noneg
=niet =want | weight=0.314, noneg
=afgewezen | weight=0.313
=werd =niet | weight=0.311, noneg
=helaas | weight=0.311
=de =regelen | weight=0.287
=schoenen | weight=0.284
=niet =doen | weight=0.283, noneg
=geen =uitzondering | weight=0.280, noneg
=het =niet | weight=0.276, noneg
=kortingscodes | weight=0.273
=daar =kan | weight=0.264
=mocht | weight=0.264
=ook =al | weight=0.259
=huisregel | weight=0.256
=de =computer | weight=0.256
=mag | weight=0.251
=restitutie | weight=0.249
=weigert | weight=0.243
=ging =niet | weight=0.242, noneg
=niet =terugnemen | weight=0.242, noneg
=mijn =verzoek | weight=0.238
=voldoet | weight=0.228
=polis | weight=0.227
=zonder =kassabon | weight=0.221, noneg
=niet =toelaat | weight=0.221, noneg
=niet =toe | weight=0.219, noneg
=niet =zei | weight=0.217, noneg
=geldt | weight=0.216
=de =verzekeraar | weight=0.216
=regelen =zijn | weight=0.216
=zijn =regelen | weight=0.216
=protocol | weight=0.213
=een =tegoedbon | weight=0.212
=weigerde =mijn | weight=0.210
=prijzen | weight=0.208
=geweigerd =omdat | weight=0.208
=niet =geholpen | weight=0.207, noneg
=want =het | weight=0.205
=niks =mee | weight=0.203, noneg
=geen =telefonisch | weight=0.202, noneg
=tegoedbon | weight=0.202
=label | weight=0.201
=mijn =opzeggen | weight=0.201
=ze =doen | weight=0.201
=omdat =het | weight=0.199
=maar =volgens | weight=0.198
=uitzondering | weight=0.198
=laat =was | weight=0.198
=mogen | weight=0.198
=weigerde | weight=0.197
=werkt =het | weight=0.195
=niemand =mij | weight=0.195, noneg
=enkele =met | weight=0.192
=baliemedewerker | weight=0.192
=de =baliemedewerker | weight=0.192
=aanvraag =niet | weight=0.191, noneg
=er =zijn | weight=0.191
=garantieclaim | weight=0.190
=mijn =garantieclaim | weight=0.190
=jas =niet | weight=0.188, noneg
=niet =omruilen | weight=0.188, noneg
=staat =dat | weight=0.187
=doen =in | weight=0.185
=niet =binnen | weight=0.185, noneg
=ik =niks | weight=0.184, noneg
=systeem | weight=0.180
=het =was | weight=0.179
=verzekeraar | weight=0.179
=boete | weight=0.177
=regelen | weight=0.176
=volgens =hun | weight=0.176
=keert | weight=0.175
=keert =niet | weight=0.175, noneg
=bij =ons | weight=0.172
=is =beleid | weight=0.172
=niet =onder | weight=0.171, noneg
=algemene =voorwaarden | weight=0.171
=niet =toegestaan | weight=0.170, noneg
=niet =terugbrengen | weight=0.169, noneg
=winkel =niet | weight=0.169, noneg
=ze =zeggen | weight=0.169
=bon | weight=0.168
=niet =als | weight=0.167, noneg
=niet =ruilen | weight=0.164, noneg
=een =jaarcontract | weight=0.164
=extra =gebruiker | weight=0.164
=jaarcontract | weight=0.164
=blindengeleidehond | weight=0.163
=is =alleen | weight=0.163
=werd =afgewezen | weight=0.162
=lettertjes | weight=0.161
=dicht | weight=0.160
=niet =gedekt | weight=0.159, noneg
=geen =geld | weight=0.158, noneg
=ik =helaas | weight=0.158
=niet =volgens | weight=0.157, noneg
=we =niet | weight=0.157, noneg
=retourneren | weight=0.157
=mag =niet | weight=0.157, noneg
=ik =mocht | weight=0.156
=dat =ze | weight=0.156
=einde =gesprek | weight=0.155
=het =hoofdkantoor | weight=0.155
=hoofdkantoor | weight=0.155
=label =eraan | weight=0.155
=met =label | weight=0.155
=doos | weight=0.154
=klein =lettertjes | weight=0.153
=eraan | weight=0.153
=gebruiker | weight=0.152
=zonder =originele | weight=0.152, noneg
=klein | weight=0.152
=opzeggen | weight=0.152
=hij =er | weight=0.150
=doen =we | weight=0.150
=wil =niet | weight=0.150, noneg
=systeem =laat | weight=0.149
=hier =niet | weight=0.148, noneg
=de =kassamedewerkster | weight=0.148
=jas | weight=0.146
=ze =ging | weight=0.145
=vanwege | weight=0.145
=medewerker =dus | weight=0.145
=dat =zijn | weight=0.144
=laat =geen | weight=0.144, noneg
=uw =systeem | weight=0.144
=aldus | weight=0.144
=aldus =de | weight=0.144
=kassamedewerkster =heeft | weight=0.143
=twee =maand | weight=0.142
=niet =terug | weight=0.142, noneg
=claim | weight=0.142
=uitverkoopartikel | weight=0.142
=maar =een | weight=0.141
=broek | weight=0.141
=tegoedbon =geen | weight=0.140, noneg
=op =slot | weight=0.140
=kassamedewerkster | weight=0.140
=dus =ze | weight=0.139
=contract =staat | weight=0.139
=niet =geaccepteerd | weight=0.139, noneg
=met =bon | weight=0.138
=slot | weight=0.138
=intern =regelen | weight=0.137
=geopend | weight=0.137
=mijn =waarborg | weight=0.137
=waarborg | weight=0.137
=staat =het | weight=0.136
=computer | weight=0.136
=winkel =zegt | weight=0.135
=geen =korting | weight=0.135, noneg
=alleen =binnen | weight=0.135
=kassamedewerker =weigerde | weight=0.135
=niet =aanpassen | weight=0.134, noneg
=haar =niet | weight=0.134, noneg
=kon =niet | weight=0.134, noneg
=ons =niet | weight=0.133, noneg
=kunnen | weight=0.133
=verzending | weight=0.133
=terwijl =het | weight=0.133
=broodrooster | weight=0.133
=ons =beleid | weight=0.133
=vergoedt | weight=0.132
=een =afspraak | weight=0.132
=weigert =de | weight=0.132
=winkel =zei | weight=0.131
=ook =niet | weight=0.131, noneg
=euro =voor | weight=0.131
=intern | weight=0.131
=gemeld =had | weight=0.131
=laat =gemeld | weight=0.131
=mijn =schade | weight=0.131
=het =beleid | weight=0.131
=bordje | weight=0.130
=dat =niet | weight=0.130, noneg
=fabrikant =zijn | weight=0.130
=naam | weight=0.129
=pech | weight=0.129
=een =dagen | weight=0.129
=kortingsbon | weight=0.128
=mijn =kortingsbon | weight=0.128
=dat =niemand | weight=0.127, noneg
=de =korting | weight=0.126
=ruilen | weight=0.126
=mocht =het | weight=0.126
=webshopprijs | weight=0.126
=webshopprijs =in | weight=0.126
=de =kassamedewerker | weight=0.126
=dan =twee | weight=0.125
=reglement | weight=0.125
=zet =de | weight=0.124
=bestelling =na | weight=0.124
=clausule | weight=0.123
=clausule =die | weight=0.123
=ze =zei | weight=0.123
=printer | weight=0.123
=het =moet | weight=0.122
=zonder =afspraak | weight=0.122, noneg
=de =veiligheid | weight=0.122
=veiligheid | weight=0.122
=zegt =u | weight=0.121
=defect =was | weight=0.121
=systeem =zet | weight=0.120
=sorry =maar | weight=0.120
=kassamedewerker | weight=0.120
=zei =de | weight=0.120
=de =algemene | weight=0.119
=dagen =met | weight=0.119
=zegt =de | weight=0.119
=de =procedure | weight=0.119
=wij =niks | weight=0.119, noneg
=vlucht | weight=0.118
=alleen =met | weight=0.118
=betalingsregeling | weight=0.117
=onderdelen | weight=0.117
=procedure | weight=0.117
=gemeld | weight=0.117
=die =doos | weight=0.117
=er =helemaal | weight=0.116
=nergens =op | weight=0.116, noneg
=zonder | weight=0.116, noneg
=wilde =mijn | weight=0.115
=stuk | weight=0.115
=sorry | weight=0.115
=volgens =hen | weight=0.115
=afgeprijsd | weight=0.115
=zo =staat | weight=0.115
=een =extra | weight=0.115
=ze =niks | weight=0.114, noneg
=garantieclaim =werd | weight=0.114
=hij =zei | weight=0.114
=niet =uit | weight=0.113, noneg
=krijg =niks | weight=0.112, noneg
=voorschrift | weight=0.112
=in =uw | weight=0.112
=niet =aan | weight=0.111, noneg
=laat =het | weight=0.111
=zijn =hand | weight=0.111
=omruilen | weight=0.111
=wie =dat | weight=0.111
=wilde =de | weight=0.111
=schade =is | weight=0.111
=het =haar | weight=0.110
=fysio =niet | weight=0.110, noneg
=niet =omdat | weight=0.110, noneg
=vergoedt =mijn | weight=0.110
=verwijzing =niet | weight=0.110, noneg
=zorgverzekeraar =vergoedt | weight=0.110
=garantie =geweigerd | weight=0.110
=zelfde =schoenen | weight=0.110
=de =zorgverzekeraar | weight=0.109
=het =bij | weight=0.109
=tarief | weight=0.109
=meer =kreeg | weight=0.109
=andere =afdeling | weight=0.108
=kan =alleen | weight=0.108
=niks =voor | weight=0.108, noneg
=nee =dus | weight=0.107
=niet =mocht | weight=0.106, noneg
=mocht =de | weight=0.106
=termijn | weight=0.106
=product | weight=0.106
=dossier =niet | weight=0.105, noneg
=algemene | weight=0.105
=te =vervangen | weight=0.105
=zich =achter | weight=0.105
=retour =alleen | weight=0.105
=verpakking | weight=0.104
=die =boete | weight=0.104
=staat | weight=0.103
=het =te | weight=0.103
=alleen =als | weight=0.103
=haar =leidinggevende | weight=0.103
=zei =dat | weight=0.103
=die =niet | weight=0.102, noneg
=u =had | weight=0.101
=heeft =maar | weight=0.101
=de =huurauto | weight=0.101
=huurauto | weight=0.101
=ze =er | weight=0.101
=beleid =van | weight=0.101
=zei =daarna | weight=0.101
=mijn =creditcard | weight=0.101
=kreeg =alleen | weight=0.101
=weigeren | weight=0.100
=afgewezen =omdat | weight=0.100
=vanwege =de | weight=0.100
=en =dus | weight=0.099
=postcode | weight=0.099
=zorgverzekeraar | weight=0.099
=uw =voorwaarden | weight=0.099
=afgedaan | weight=0.099
=geldig | weight=0.099
=creditcard | weight=0.099
=werd =aan | weight=0.098
=de =polis | weight=0.098
=meer | weight=0.098
=achterstand | weight=0.097
=de =garantie | weight=0.097
=de =voorwaarden | weight=0.097
=dat =staat | weight=0.097
=annuleren | weight=0.095
=chat =zegt | weight=0.095
=staat =in | weight=0.095
=zit =in | weight=0.095
=daarmee =was | weight=0.095
=gaf =toe | weight=0.095
=stofzuiger | weight=0.094
=hebben =mijn | weight=0.094
=systeem =dat | weight=0.094
=omdat =mijn | weight=0.094
=kwijtgeraakt | weight=0.094
=aanhangig | weight=0.094
=aanhangig =gemaakt | weight=0.094
=pech =gehad | weight=0.093
=ik =krijg | weight=0.093
=vlucht =werd | weight=0.093
=werd =geannuleerd | weight=0.093
=niet =met | weight=0.093, noneg
=gemaakt =bij | weight=0.093
=de =mevrouw | weight=0.092
=verlopen | weight=0.091
=uur =moet | weight=0.091
=dagen =dat | weight=0.091
=recept | weight=0.090
=er =vandaag | weight=0.090
=vandaag =niet | weight=0.090, noneg
=die =kosten | weight=0.090
=bedrijf | weight=0.090
=ticket =niet | weight=0.089, noneg
=hand | weight=0.089
=wasmachine =lekt | weight=0.089
=eruit | weight=0.088
=geen =rekening | weight=0.088, noneg
=reactie =was | weight=0.088
=mocht =niet | weight=0.088, noneg
=niet =helpen | weight=0.088, noneg
=daarover | weight=0.088
=daarna =dat | weight=0.088
=thuisbezorgd | weight=0.088
=medewerker =zei | weight=0.087
=daar =heb | weight=0.087
=naam =het | weight=0.087
=binnen =de | weight=0.087
=defect | weight=0.087
=broek =niet | weight=0.086, noneg
=de =broek | weight=0.086
=bedrijf =zelfde | weight=0.086
=zelfde =bedrijf | weight=0.086
=duren | weight=0.086
=de =kapotte | weight=0.086
=ze =kon | weight=0.086
=dat =zo | weight=0.086
=geen =nederlands | weight=0.086, noneg
=gaat =en | weight=0.086
=achter =de | weight=0.086
=geweigerd =op | weight=0.086
=in =voor | weight=0.086
=schoonmaak | weight=0.086
=voor =schoonmaak | weight=0.086
=mijn =medicijnen | weight=0.085
=is =niet | weight=0.085, noneg
=klant =zijn | weight=0.085
=voucher | weight=0.085
=morgen =ook | weight=0.085
=kunnen =ze | weight=0.085
=leidinggevende =niet | weight=0.084, noneg
=en =in | weight=0.084
=andere =garage | weight=0.084
=gewoon =geldig | weight=0.084
=te =vergoeding | weight=0.083
=mevrouw =zei | weight=0.083
=dat =mogen | weight=0.083
=de =huisregel | weight=0.083
=gemaild =over | weight=0.083
=de =jas | weight=0.082
=en =zij | weight=0.082
=opgezegd | weight=0.082
=kassa | weight=0.082
=geannuleerd =en | weight=0.082
=het =product | weight=0.081
=alleen | weight=0.081
=klant =zelf | weight=0.081
=voorbij | weight=0.081
=wou =gewoon | weight=0.081
=per | weight=0.081
=maand =klant | weight=0.081
=buitengewone =omstandigheden | weight=0.081
=kan =niks | weight=0.081, noneg
=wel =naar | weight=0.081
=de =tandarts | weight=0.081
=tandarts | weight=0.081
=zo =zijn | weight=0.080
