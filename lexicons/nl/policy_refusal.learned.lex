# policy_refusal, nl: learned by scripts/learn.py from 3398 tuning texts (209 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ 25 minuten in de rij bij de servicebalie voor een stukke waterkoker. Eerst wilden ze de doos, toen het bonnetje, toen allebei plus m'n pinpas. Had ik allemaal. Toen mocht het niet boven €20 zonder een leidinggevende en die was er niet. Morgen maar terugkomen. Dag, ik ga voortaan naar de supermarkt aan de overkant.
+ ze hebben mijn garantie claim afgewezen
+ ze zei dat de computer het haar niet liet doen
- we willen ons geld terug
- Geen minuut gewacht, top!
=geweigerd | weight=0.475
=beleid | weight=0.463
=voorwaarden | weight=0.375
=mogelijk | weight=0.350
=garantie | weight=0.341
=enkele | weight=0.332
=werd =niet | weight=0.331, noneg
=afgewezen | weight=0.315
=het =niet | weight=0.310, noneg
=niet =want | weight=0.296, noneg
=kortingscodes | weight=0.292
=geen =uitzondering | weight=0.292, noneg
=niet =doen | weight=0.286, noneg
=niks =aan | weight=0.283, noneg
=schoenen | weight=0.281
=restitutie | weight=0.281
=ook =al | weight=0.273
=daar =kan | weight=0.267
=mocht | weight=0.265
=mag | weight=0.257
=helaas | weight=0.256
=de =regelen | weight=0.256
=huisregel | weight=0.255
=de =computer | weight=0.252
=niet =terugnemen | weight=0.242, noneg
=voldoet | weight=0.241
=niet =toelaat | weight=0.240, noneg
=ging =niet | weight=0.240, noneg
=niet =toe | weight=0.239, noneg
=mijn =verzoek | weight=0.237
=laat =was | weight=0.233
=weigert | weight=0.229
=polis | weight=0.227
=want =het | weight=0.225
=zonder =kassabon | weight=0.224, noneg
=de =verzekeraar | weight=0.221
=niet =geholpen | weight=0.220, noneg
=verzekeraar | weight=0.220
=regelen =zijn | weight=0.219
=zijn =regelen | weight=0.219
=ze =doen | weight=0.219
=niet =binnen | weight=0.213, noneg
=niet =zei | weight=0.213, noneg
=label | weight=0.213
=omdat =het | weight=0.212
=weigerde =mijn | weight=0.212
=een =tegoedbon | weight=0.210
=geen =telefonisch | weight=0.208, noneg
=boete | weight=0.208
=ik =mocht | weight=0.208
=uitzondering | weight=0.207
=mijn =opzeggen | weight=0.204
=geldt | weight=0.203
=werkt =het | weight=0.202
=tegoedbon | weight=0.201
=mogen | weight=0.200
=er =zijn | weight=0.198
=niks =mee | weight=0.198, noneg
=staat =dat | weight=0.197
=prijzen | weight=0.197
=jas =niet | weight=0.197, noneg
=enkele =met | weight=0.193
=ik =niks | weight=0.191, noneg
=algemene =voorwaarden | weight=0.191
=weigerde | weight=0.191
=baliemedewerker | weight=0.190
=de =baliemedewerker | weight=0.190
=geweigerd =omdat | weight=0.188
=garantieclaim | weight=0.188
=mijn =garantieclaim | weight=0.188
=niemand =mij | weight=0.187, noneg
=systeem | weight=0.186
=niet =omruilen | weight=0.184, noneg
=het =was | weight=0.184
=regelen | weight=0.180
=bij =ons | weight=0.180
=niet =onder | weight=0.180, noneg
=niet =terugbrengen | weight=0.176, noneg
=niet =ruilen | weight=0.173, noneg
=keert | weight=0.172
=keert =niet | weight=0.172, noneg
=het =hoofdkantoor | weight=0.172
=hoofdkantoor | weight=0.172
=lettertjes | weight=0.170
=uw =systeem | weight=0.170
=niet =als | weight=0.169, noneg
=retourneren | weight=0.169
=ik =helaas | weight=0.168
=bon | weight=0.167
=is =beleid | weight=0.165
=volgens =hun | weight=0.165
=ze =zeggen | weight=0.164
=medewerker =dus | weight=0.164
=slot | weight=0.163
=werd =afgewezen | weight=0.162
=nergens =op | weight=0.162, noneg
=blindengeleidehond | weight=0.160
=dat =ze | weight=0.159
=winkel =niet | weight=0.159, noneg
=een =jaarcontract | weight=0.159
=extra =gebruiker | weight=0.159
=jaarcontract | weight=0.159
=contract =staat | weight=0.158
=gebruiker | weight=0.155
=doen =we | weight=0.154
=ze =ging | weight=0.153
=winkel =zegt | weight=0.153
=niet =toegestaan | weight=0.152, noneg
=mag =niet | weight=0.152, noneg
=broek | weight=0.152
=protocol | weight=0.151
=geen =geld | weight=0.151, noneg
=staat =het | weight=0.151
=vanwege | weight=0.151
=klein =lettertjes | weight=0.151
=label =eraan | weight=0.150
=met =label | weight=0.150
=kon =niet | weight=0.150, noneg
=uitverkoopartikel | weight=0.149
=systeem =laat | weight=0.149
=weigert =de | weight=0.148
=we =niet | weight=0.148, noneg
=niet =gedekt | weight=0.148, noneg
=de =tandarts | weight=0.147
=tandarts | weight=0.147
=dus =ze | weight=0.147
=broodrooster | weight=0.146
=einde =gesprek | weight=0.146
=eraan | weight=0.145
=interne =regelen | weight=0.145
=stuk | weight=0.145
=ons =niet | weight=0.144, noneg
=doos | weight=0.144
=maar =volgens | weight=0.143
=ruilen | weight=0.143
=zegt =u | weight=0.143
=de =kassamedewerkster | weight=0.143
=bestelling =na | weight=0.142
=er =helemaal | weight=0.140
=interne | weight=0.140
=klein | weight=0.140
=ons =beleid | weight=0.140
=maar =een | weight=0.140
=terwijl =het | weight=0.139
=geopend | weight=0.139
=wil =niet | weight=0.138, noneg
=betalingsregeling | weight=0.138
=laat =geen | weight=0.138, noneg
=op =slot | weight=0.138
=jas | weight=0.137
=kassamedewerkster =heeft | weight=0.136
=het =beleid | weight=0.135
=claim | weight=0.135
=dat =zijn | weight=0.134
=niet =geaccepteerd | weight=0.134, noneg
=meer =kreeg | weight=0.134
=kassamedewerkster | weight=0.133
=niet =aanpassen | weight=0.133, noneg
=zonder | weight=0.133, noneg
=kassamedewerker =weigerde | weight=0.133
=kortingsbon | weight=0.133
=mijn =kortingsbon | weight=0.133
=met =bon | weight=0.133
=hij =er | weight=0.132
=computer | weight=0.132
=alleen =binnen | weight=0.132
=niet =terug | weight=0.132, noneg
=de =algemene | weight=0.132
=gemeld =had | weight=0.131
=laat =gemeld | weight=0.131
=mijn =schade | weight=0.131
=algemene | weight=0.131
=clausule | weight=0.131
=clausule =die | weight=0.131
=mocht =het | weight=0.131
=mocht =de | weight=0.131
=tegoedbon =geen | weight=0.131, noneg
=zo =staat | weight=0.130
=haar =niet | weight=0.130, noneg
=zei =de | weight=0.129
=kunnen | weight=0.129
=in =uw | weight=0.128
=de =kassamedewerker | weight=0.128
=een =dagen | weight=0.128
=geen =korting | weight=0.128, noneg
=retour =alleen | weight=0.128
=afgewezen =omdat | weight=0.128
=de =procedure | weight=0.127
=omdat =mijn | weight=0.127
=nam | weight=0.127
=pech | weight=0.127
=sorry | weight=0.125
=bordje | weight=0.125
=procedure | weight=0.125
=dat =niet | weight=0.125, noneg
=postcode | weight=0.125
=winkel =zei | weight=0.123
=de =veiligheid | weight=0.122
=veiligheid | weight=0.122
=die =doos | weight=0.122
=fabrikant =zijn | weight=0.122
=reglement | weight=0.122
=webshopprijs | weight=0.122
=webshopprijs =in | weight=0.122
=mijn =waarborg | weight=0.121
=waarborg | weight=0.121
=zei =dat | weight=0.121
=de =voorwaarden | weight=0.121
=niet =mocht | weight=0.120, noneg
=systeem =zet | weight=0.120
=alleen =met | weight=0.119
=hier =niet | weight=0.118, noneg
=achter =de | weight=0.118
=sorry =maar | weight=0.118
=kreeg =alleen | weight=0.118
=kassamedewerker | weight=0.118
=annuleren | weight=0.118
=zegt =de | weight=0.118
=haar =leidinggevende | weight=0.118
=dagen =met | weight=0.117
=laat =het | weight=0.117
=zet =de | weight=0.117
=de =korting | weight=0.115
=niet =aan | weight=0.115, noneg
=staat | weight=0.115
=niet =uit | weight=0.115, noneg
=krijg =niks | weight=0.115, noneg
=die =boete | weight=0.114
=alleen | weight=0.114
=een =afspraak | weight=0.114
=dat =niemand | weight=0.114, noneg
=defect =was | weight=0.114
=dicht | weight=0.114
=afgeprijsd | weight=0.113
=schade =is | weight=0.113
=voorschrift | weight=0.113
=aldus | weight=0.112
=aldus =de | weight=0.112
=zijn =hand | weight=0.112
=opzeggen | weight=0.112
=vlucht | weight=0.112
=geannuleerd =en | weight=0.112
=gemeld | weight=0.112
=fysio | weight=0.112
=fysio =niet | weight=0.112, noneg
=mijn =fysio | weight=0.112
=niet =omdat | weight=0.112, noneg
=vergoedt =mijn | weight=0.112
=verwijzing =niet | weight=0.112, noneg
=zorgverzekeraar =vergoedt | weight=0.112
=printer | weight=0.112
=omruilen | weight=0.111
=het =bij | weight=0.111
=te =vervangen | weight=0.110
=helemaal =niks | weight=0.110, noneg
=een =extra | weight=0.110
=wilde =mijn | weight=0.110
=verpakking | weight=0.109
=garantieclaim =werd | weight=0.109
=zelfde =schoenen | weight=0.108
=zei =daarna | weight=0.108
=dossier =niet | weight=0.108, noneg
=de =zorgverzekeraar | weight=0.107
=de =kapotte | weight=0.107
=meer | weight=0.107
=werd =aan | weight=0.107
=nee =dus | weight=0.106
=ze =niks | weight=0.106, noneg
=beleid =van | weight=0.106
=kan =alleen | weight=0.106
=euro =voor | weight=0.105
=ze =er | weight=0.105
=is =niet | weight=0.104, noneg
=staat =in | weight=0.104
=hij =zei | weight=0.104
=het =te | weight=0.103
=de =fout | weight=0.103
=volgens | weight=0.102
=zo =zijn | weight=0.102
=het =product | weight=0.102
=een =boete | weight=0.102
=hij =luisterde | weight=0.102
=luisterde | weight=0.102
=luisterde =niet | weight=0.102, noneg
=dat =staat | weight=0.102
=vanwege =de | weight=0.102
=stofzuiger | weight=0.101
=geldig | weight=0.101
=alleen =als | weight=0.101
=terugbetaling | weight=0.101
=aanhangig | weight=0.101
=aanhangig =gemaakt | weight=0.101
=volgens =het | weight=0.101
=het =haar | weight=0.101
=bedrijf | weight=0.100
=zorgverzekeraar | weight=0.100
=een =betalingsregeling | weight=0.100
=ticket =niet | weight=0.100, noneg
=wie =dat | weight=0.100
=gemaakt =bij | weight=0.099
=systeem =dat | weight=0.099
=de =polis | weight=0.099
=ik =krijg | weight=0.099
=geen =rekening | weight=0.099, noneg
=de =huurauto | weight=0.098
=huurauto | weight=0.098
=vlucht =werd | weight=0.098
=werd =geannuleerd | weight=0.098
=heeft =maar | weight=0.098
=mevrouw =zei | weight=0.097
=de =mevrouw | weight=0.097
=mocht =mijn | weight=0.097
=volgens =hen | weight=0.096
=conducteur | weight=0.095
=daar =heb | weight=0.095
=defect | weight=0.095
=mocht =niet | weight=0.095, noneg
=de =bestelling | weight=0.095
=ze =kon | weight=0.095
=zit =in | weight=0.095
=formulier =dat | weight=0.094
=de =garantie | weight=0.094
=geen =nederlands | weight=0.094, noneg
=geen =invloed | weight=0.094, noneg
=dagen =dat | weight=0.094
=creditcard | weight=0.093
=mijn =creditcard | weight=0.093
=tarief | weight=0.093
=vergoedt | weight=0.093
=fiets | weight=0.092
=geen | weight=0.092, noneg
=eruit | weight=0.091
=dat =mogen | weight=0.091
=nam =het | weight=0.091
=hebben =mijn | weight=0.091
=en =dus | weight=0.090
=recept | weight=0.090
=pech =gehad | weight=0.090
=product | weight=0.090
=gewoon =geldig | weight=0.090
=het =moet | weight=0.090
=houdt | weight=0.090
=afgeschreven =terwijl | weight=0.090
=kassa | weight=0.089
=al =jaar | weight=0.089
=en =weigerde | weight=0.089
=is =ons | weight=0.089
=mijn =medicijnen | weight=0.088
=voorbij | weight=0.088
=u =bij | weight=0.088
=vroeg =wie | weight=0.088
=klant =zijn | weight=0.088
=garantie =geweigerd | weight=0.088
=geweigerd =op | weight=0.088
=niet =met | weight=0.087, noneg
=voucher | weight=0.087
=niet =helpen | weight=0.087, noneg
=niks =voor | weight=0.087, noneg
=die =niet | weight=0.087, noneg
=daarna =dat | weight=0.087
=ze =zei | weight=0.087
=heeft =mijn | weight=0.087
=en =twintig | weight=0.086
=chat =zegt | weight=0.086
=broek =niet | weight=0.086, noneg
=de =broek | weight=0.086
=die =kosten | weight=0.086
=geen =toegang | weight=0.086, noneg
=maand =klant | weight=0.086
=de =huisregel | weight=0.085
=niet =wij | weight=0.085, noneg
=verantwoordelijkheid =niet | weight=0.085, noneg
=gaf =toe | weight=0.085
=en =zij | weight=0.085
=werd =geweigerd | weight=0.085
=verlopen | weight=0.084
=paspoort | weight=0.084
=bedrijf =zelfde | weight=0.084
=zelfde =bedrijf | weight=0.084
=nu =zeggen | weight=0.084
=kan =niks | weight=0.084, noneg
=fout =is | weight=0.084
=passen | weight=0.083
=thuisbezorgd | weight=0.083
=gebruiker =toevoegen | weight=0.082
=geweigerd =want | weight=0.082
=ook =niet | weight=0.082, noneg
=in =voor | weight=0.082
=schoonmaak | weight=0.082
=voor =schoonmaak | weight=0.082
=hand | weight=0.081
=moet =eerst | weight=0.081
=leidinggevende =niet | weight=0.081, noneg
=nieuwe =toestel | weight=0.080
=systeem =daar | weight=0.080
=schoonmaakkosten | weight=0.080
=steenkoud | weight=0.079
=ik =mn | weight=0.079
=bij =een | weight=0.079
=medewerker =zei | weight=0.079
