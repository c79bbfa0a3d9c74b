# policy_refusal, nl: learned by scripts/learn.py from 3684 tuning texts (233 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Conducteur gaf me een boete omdat mijn ov-chipkaart niet ingecheckt was terwijl het poortje stuk was. Hij luisterde niet en werd grof.
+ Ik kwam een defecte stofzuiger terugbrengen, gewoon binnen de garantie. De medewerker zei dat ik naar de fabrikant moest, 'daar gaan wij niet over'. Toen ik vroeg naar de bedrijfsleider, zei hij dat die er vandaag niet was en morgen ook niet. Ik ben hier klaar mee, ik koop voortaan bij de concurrent.
+ 25 minuten in de rij bij de servicebalie voor een stukke waterkoker. Eerst wilden ze de doos, toen het bonnetje, toen allebei plus m'n pinpas. Had ik allemaal. Toen mocht het niet boven €20 zonder een leidinggevende en die was er niet. Morgen maar terugkomen. Dag, ik ga voortaan naar de supermarkt aan de overkant.
- we willen ons geld terug
- Geen minuut gewacht, top!
=beleid | weight=0.472
=geweigerd | weight=0.463
=voorwaarden | weight=0.408
=mogelijk | weight=0.341
=garantie | weight=0.338
=afgewezen | weight=0.324
=enkele | weight=0.320
=helaas | weight=0.316
=werd =niet | weight=0.313, noneg
=niet =want | weight=0.302, noneg
=geen =uitzondering | weight=0.283, noneg
=niet =doen | weight=0.282, noneg
=de =regelen | weight=0.282
=het =niet | weight=0.272, noneg
=daar =kan | weight=0.270
=schoenen | weight=0.269
=kortingscodes | weight=0.268
=mag | weight=0.265
=restitutie | weight=0.264
=mocht | weight=0.262
=niks =aan | weight=0.260, noneg
=ook =al | weight=0.257
=weigert | weight=0.244
=de =computer | weight=0.244
=mijn =verzoek | weight=0.242
=niet =terugnemen | weight=0.240, noneg
=huisregel | weight=0.238
=ging =niet | weight=0.238, noneg
=voldoet | weight=0.232
=de =verzekeraar | weight=0.231
=polis | weight=0.230
=zonder =kassabon | weight=0.228, noneg
=niet =toelaat | weight=0.225, noneg
=niet =toe | weight=0.219, noneg
=regelen =zijn | weight=0.215
=zijn =regelen | weight=0.215
=protocol | weight=0.214
=ze =doen | weight=0.211
=niet =zei | weight=0.211, noneg
=weigerde =mijn | weight=0.207
=geweigerd =omdat | weight=0.207
=niet =geholpen | weight=0.207, noneg
=geen =telefonisch | weight=0.206, noneg
=een =tegoedbon | weight=0.205
=prijzen | weight=0.205
=werkt =het | weight=0.204
=uitzondering | weight=0.202
=maar =volgens | weight=0.202
=ik =niks | weight=0.201, noneg
=mijn =opzeggen | weight=0.201
=geldt | weight=0.200
=verzekeraar | weight=0.199
=staat =dat | weight=0.198
=tegoedbon | weight=0.197
=weigerde | weight=0.196
=laat =was | weight=0.196
=aanvraag =niet | weight=0.195, noneg
=boete | weight=0.195
=baliemedewerker | weight=0.194
=de =baliemedewerker | weight=0.194
=want =het | weight=0.193
=mogen | weight=0.193
=niks =mee | weight=0.193, noneg
=ik =mocht | weight=0.192
=niemand =mij | weight=0.192, noneg
=omdat =het | weight=0.191
=garantieclaim | weight=0.190
=mijn =garantieclaim | weight=0.190
=enkele =met | weight=0.190
=label | weight=0.188
=er =zijn | weight=0.187
=niet =omruilen | weight=0.182, noneg
=niet =binnen | weight=0.182, noneg
=algemene =voorwaarden | weight=0.180
=jas =niet | weight=0.178, noneg
=bon | weight=0.177
=regelen | weight=0.176
=dat =ze | weight=0.176
=niet =onder | weight=0.176, noneg
=keert | weight=0.175
=keert =niet | weight=0.175, noneg
=systeem | weight=0.174
=het =was | weight=0.173
=het =hoofdkantoor | weight=0.173
=hoofdkantoor | weight=0.173
=bij =ons | weight=0.172
=niet =als | weight=0.168, noneg
=niet =terugbrengen | weight=0.168, noneg
=lettertjes | weight=0.166
=niet =volgens | weight=0.166, noneg
=volgens =hun | weight=0.164
=retourneren | weight=0.164
=niet =toegestaan | weight=0.163, noneg
=mag =niet | weight=0.163, noneg
=winkel =niet | weight=0.162, noneg
=ik =helaas | weight=0.161
=werd =afgewezen | weight=0.161
=niet =ruilen | weight=0.160, noneg
=ze =zeggen | weight=0.159
=een =jaarcontract | weight=0.159
=extra =gebruiker | weight=0.159
=jaarcontract | weight=0.159
=ze =ging | weight=0.157
=twee =maand | weight=0.157
=is =beleid | weight=0.157
=systeem =laat | weight=0.156
=einde =gesprek | weight=0.156
=doen =we | weight=0.156
=gebruiker | weight=0.156
=klein =lettertjes | weight=0.156
=we =niet | weight=0.155, noneg
=zonder =originele | weight=0.155, noneg
=geen =geld | weight=0.155, noneg
=er =helemaal | weight=0.154
=contract =staat | weight=0.152
=label =eraan | weight=0.152
=met =label | weight=0.152
=blindengeleidehond | weight=0.151
=hier =niet | weight=0.151, noneg
=broodrooster | weight=0.151
=doos | weight=0.151
=broek | weight=0.149
=eraan | weight=0.148
=de =kassamedewerkster | weight=0.148
=opzeggen | weight=0.147
=ruilen | weight=0.147
=medewerker =dus | weight=0.147
=ons =niet | weight=0.146, noneg
=niet =gedekt | weight=0.146, noneg
=uw =systeem | weight=0.145
=winkel =zegt | weight=0.145
=dat =zijn | weight=0.145
=laat =geen | weight=0.145, noneg
=computer | weight=0.145
=weigert =de | weight=0.145
=nam | weight=0.144
=dus =ze | weight=0.144
=niet =geaccepteerd | weight=0.144, noneg
=dat =niet | weight=0.143, noneg
=slot | weight=0.142
=stuk | weight=0.142
=uitverkoopartikel | weight=0.142
=kassamedewerkster =heeft | weight=0.141
=verzending | weight=0.139
=kassamedewerkster | weight=0.139
=claim | weight=0.138
=tegoedbon =geen | weight=0.137, noneg
=mijn =waarborg | weight=0.136
=waarborg | weight=0.136
=dicht | weight=0.136
=ons =beleid | weight=0.136
=niet =terug | weight=0.136, noneg
=bestelling =na | weight=0.136
=kassamedewerker =weigerde | weight=0.136
=wil =niet | weight=0.134, noneg
=klein | weight=0.134
=geen =korting | weight=0.134, noneg
=jas | weight=0.133
=met =bon | weight=0.133
=ook =niet | weight=0.133, noneg
=op =slot | weight=0.132
=het =beleid | weight=0.132
=alleen =binnen | weight=0.132
=hij =er | weight=0.132
=geopend | weight=0.132
=vanwege | weight=0.131
=annuleren | weight=0.131
=een =dagen | weight=0.131
=gemeld =had | weight=0.130
=laat =gemeld | weight=0.130
=mijn =schade | weight=0.130
=winkel =zei | weight=0.130
=de =algemene | weight=0.130
=clausule | weight=0.130
=clausule =die | weight=0.130
=maar =een | weight=0.129
=vergoedt | weight=0.129
=zonder =afspraak | weight=0.128, noneg
=intern =regelen | weight=0.128
=nergens =op | weight=0.127, noneg
=kortingsbon | weight=0.127
=mijn =kortingsbon | weight=0.127
=die =doos | weight=0.127
=retour =alleen | weight=0.126
=de =kassamedewerker | weight=0.125
=dat =niemand | weight=0.125, noneg
=betalingsregeling | weight=0.125
=pech | weight=0.125
=in =uw | weight=0.124
=de =korting | weight=0.124
=terwijl =het | weight=0.124
=gemeld | weight=0.124
=fabrikant =zijn | weight=0.123
=de =veiligheid | weight=0.123
=veiligheid | weight=0.123
=staat =het | weight=0.123
=bordje | weight=0.123
=intern | weight=0.122
=dagen =met | weight=0.121
=zegt =u | weight=0.121
=de =procedure | weight=0.121
=zegt =de | weight=0.121
=mocht =het | weight=0.120
=laat =het | weight=0.120
=niet =aanpassen | weight=0.120, noneg
=helemaal =niks | weight=0.120, noneg
=mocht =de | weight=0.120
=garantieclaim =werd | weight=0.120
=dan =twee | weight=0.120
=kunnen | weight=0.120
=meer =kreeg | weight=0.119
=sorry =maar | weight=0.119
=dat =staat | weight=0.119
=kon =niet | weight=0.119, noneg
=reglement | weight=0.119
=procedure | weight=0.119
=euro =voor | weight=0.118
=alleen =met | weight=0.118
=haar =niet | weight=0.118, noneg
=niet =mocht | weight=0.118, noneg
=zonder | weight=0.118, noneg
=printer | weight=0.117
=defect =was | weight=0.117
=de =tandarts | weight=0.117
=tandarts | weight=0.117
=volgens =hen | weight=0.116
=afgewezen =omdat | weight=0.115
=kassamedewerker | weight=0.115
=staat | weight=0.115
=aldus | weight=0.115
=aldus =de | weight=0.115
=andere =afdeling | weight=0.115
=wilde =mijn | weight=0.114
=haar =leidinggevende | weight=0.114
=zet =de | weight=0.114
=niet =aan | weight=0.114, noneg
=het =moet | weight=0.113
=een =afspraak | weight=0.113
=zei =dat | weight=0.113
=schade =is | weight=0.113
=te =vervangen | weight=0.113
=niks =voor | weight=0.113, noneg
=zo =staat | weight=0.112
=algemene | weight=0.112
=termijn | weight=0.112
=webshopprijs | weight=0.112
=webshopprijs =in | weight=0.112
=ze =niks | weight=0.111, noneg
=vanwege =de | weight=0.110
=fysio =niet | weight=0.110, noneg
=niet =omdat | weight=0.110, noneg
=vergoedt =mijn | weight=0.110
=verwijzing =niet | weight=0.110, noneg
=zorgverzekeraar =vergoedt | weight=0.110
=sorry | weight=0.109
=kan =alleen | weight=0.109
=zelfde =schoenen | weight=0.109
=krijg =niks | weight=0.109, noneg
=beleid =van | weight=0.108
=omruilen | weight=0.108
=de =garantie | weight=0.108
=dossier =niet | weight=0.108, noneg
=vlucht | weight=0.107
=wilde =de | weight=0.107
=meer | weight=0.107
=voorschrift | weight=0.106
=een =extra | weight=0.106
=systeem =zet | weight=0.106
=weigeren | weight=0.106
=wie =dat | weight=0.106
=niet =uit | weight=0.105, noneg
=hij =zei | weight=0.105
=de =polis | weight=0.105
=zijn =hand | weight=0.105
=ze =zei | weight=0.105
=het =te | weight=0.104
=kreeg =alleen | weight=0.104
=product | weight=0.103
=afgeprijsd | weight=0.103
=het =bij | weight=0.103
=werd =aan | weight=0.102
=omdat =mijn | weight=0.102
=achter =de | weight=0.102
=verpakking | weight=0.102
=uw =voorwaarden | weight=0.102
=bedrijf | weight=0.101
=die =boete | weight=0.101
=ze =er | weight=0.100
=een =boete | weight=0.100
=hij =luisterde | weight=0.100
=luisterde | weight=0.100
=luisterde =niet | weight=0.100, noneg
=andere =garage | weight=0.100
=zei =daarna | weight=0.100
=geldig | weight=0.100
=de =zorgverzekeraar | weight=0.099
=het =haar | weight=0.099
=alleen | weight=0.099
=aanhangig | weight=0.098
=aanhangig =gemaakt | weight=0.098
=staat =in | weight=0.098
=garantie =geweigerd | weight=0.098
=en =dus | weight=0.098
=postcode | weight=0.097
=die =niet | weight=0.097, noneg
=gemaakt =bij | weight=0.097
=ik =krijg | weight=0.097
=volgens =het | weight=0.097
=dan =ga | weight=0.097
=tarief | weight=0.096
=zei =de | weight=0.096
=wou =gewoon | weight=0.096
=kwijtgeraakt | weight=0.096
=wel =naar | weight=0.095
=vlucht =werd | weight=0.095
=werd =geannuleerd | weight=0.095
=alleen =als | weight=0.095
=creditcard | weight=0.095
=mijn =creditcard | weight=0.095
=de =huurauto | weight=0.095
=huurauto | weight=0.095
=geen =rekening | weight=0.095, noneg
=wasmachine =lekt | weight=0.094
=is =niet | weight=0.093, noneg
=ze =kon | weight=0.093
=houdt | weight=0.093
=klant =zijn | weight=0.093
=nee =dus | weight=0.093
=heeft =maar | weight=0.093
=de =voorwaarden | weight=0.093
=onderdelen | weight=0.092
=er =vandaag | weight=0.092
=vandaag =niet | weight=0.092, noneg
=kassa | weight=0.092
=achterstand | weight=0.092
=verlopen | weight=0.092
=volgens | weight=0.092
=reactie =was | weight=0.092
=daarover | weight=0.092
=mocht =mijn | weight=0.092
=daar =heb | weight=0.092
=stofzuiger | weight=0.092
=doet =de | weight=0.092
=de =fout | weight=0.090
=conducteur | weight=0.090
=geen =nederlands | weight=0.090, noneg
=dat =mogen | weight=0.090
=geen =invloed | weight=0.089, noneg
=niet =met | weight=0.089, noneg
=formulier =dat | weight=0.089
=niet | weight=0.089, noneg
=u =bij | weight=0.089
=defect | weight=0.088
=zorgverzekeraar | weight=0.088
=is =ons | weight=0.088
=gewoon =geldig | weight=0.088
=dagen =dat | weight=0.088
=en =in | weight=0.087
=de =kapotte | weight=0.087
=gemaild =over | weight=0.087
=maand =klant | weight=0.087
=geweigerd =want | weight=0.086
=de =mevrouw | weight=0.086
=bedrijf =zelfde | weight=0.086
=zelfde =bedrijf | weight=0.086
=binnen =de | weight=0.086
=de =bestelling | weight=0.086
=passen | weight=0.085
=broek =niet | weight=0.085, noneg
=de =broek | weight=0.085
=pech =gehad | weight=0.085
=recept | weight=0.085
=klant =zelf | weight=0.084
=gebruiker =toevoegen | weight=0.084
=chat =zegt | weight=0.084
=voorbij | weight=0.084
=gaf =toe | weight=0.084
=nam =het | weight=0.083
=u =er | weight=0.083
=ticket =niet | weight=0.083, noneg
=te =vergoeding | weight=0.083
=eruit | weight=0.083
=heb =u | weight=0.083
=geannuleerd =en | weight=0.083
=een =clausule | weight=0.082
=zo =zijn | weight=0.082
=voucher | weight=0.082
=die =kosten | weight=0.082
=in =voor | weight=0.082
=schoonmaak | weight=0.082
=voor =schoonmaak | weight=0.082
=fiets | weight=0.082
=hebben =mijn | weight=0.081
=zijn =wij | weight=0.081
=en =zij | weight=0.081
=al =jaar | weight=0.081
=mijn =retour | weight=0.081
=retour | weight=0.081
=ik =hem | weight=0.080
=de =jas | weight=0.080
