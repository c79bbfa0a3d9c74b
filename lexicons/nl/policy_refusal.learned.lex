# policy_refusal, nl: learned by scripts/learn.py from 3262 tuning texts (205 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Conducteur gaf me een boete omdat mijn ov-chipkaart niet ingecheckt was terwijl het poortje stuk was. Hij luisterde niet en werd grof.
+ 25 minuten in de rij bij de servicebalie voor een stukke waterkoker. Eerst wilden ze de doos, toen het bonnetje, toen allebei plus m'n pinpas. Had ik allemaal. Toen mocht het niet boven €20 zonder een leidinggevende en die was er niet. Morgen maar terugkomen. Dag, ik ga voortaan naar de supermarkt aan de overkant.
+ ze hebben mijn garantie claim afgewezen
- we willen ons geld terug
- Geen minuut gewacht, top!
=geweigerd | weight=0.495
=beleid | weight=0.464
=garantie | weight=0.355
=voorwaarden | weight=0.354
=mogelijk | weight=0.344
=werd =niet | weight=0.339, noneg
=enkele | weight=0.326
=afgewezen | weight=0.317
=niks =aan | weight=0.301, noneg
=het =niet | weight=0.300, noneg
=niet =want | weight=0.298, noneg
=kortingscodes | weight=0.293
=restitutie | weight=0.289
=schoenen | weight=0.287
=ook =al | weight=0.278
=niet =doen | weight=0.277, noneg
=geen =uitzondering | weight=0.275, noneg
=mocht | weight=0.267
=de =regelen | weight=0.259
=daar =kan | weight=0.256
=niet =terugnemen | weight=0.251, noneg
=de =computer | weight=0.250
=ging =niet | weight=0.243, noneg
=mag | weight=0.243
=helaas | weight=0.242
=voldoet | weight=0.238
=weigert | weight=0.236
=huisregel | weight=0.236
=niet =toelaat | weight=0.235, noneg
=mijn =verzoek | weight=0.234
=polis | weight=0.234
=want =het | weight=0.231
=omdat =het | weight=0.229
=regelen =zijn | weight=0.226
=zijn =regelen | weight=0.226
=boete | weight=0.225
=niet =geholpen | weight=0.219, noneg
=niet =toe | weight=0.219, noneg
=zonder =kassabon | weight=0.219, noneg
=verzekeraar | weight=0.217
=ze =doen | weight=0.217
=de =verzekeraar | weight=0.217
=label | weight=0.216
=mogen | weight=0.215
=systeem | weight=0.214
=uitzondering | weight=0.212
=geen =telefonisch | weight=0.210, noneg
=ik =mocht | weight=0.210
=niet =binnen | weight=0.208, noneg
=weigerde =mijn | weight=0.208
=prijzen | weight=0.206
=geldt | weight=0.205
=mijn =opzeggen | weight=0.202
=werkt =het | weight=0.202
=een =tegoedbon | weight=0.202
=weigerde | weight=0.201
=ik =niks | weight=0.201, noneg
=jas =niet | weight=0.198, noneg
=niemand =mij | weight=0.198, noneg
=baliemedewerker | weight=0.198
=de =baliemedewerker | weight=0.198
=er =zijn | weight=0.191
=tegoedbon | weight=0.191
=garantieclaim | weight=0.189
=mijn =garantieclaim | weight=0.189
=laat =was | weight=0.189
=algemene =voorwaarden | weight=0.188
=enkele =met | weight=0.187
=niet =zei | weight=0.185, noneg
=het =hoofdkantoor | weight=0.183
=hoofdkantoor | weight=0.183
=regelen | weight=0.182
=bij =ons | weight=0.178
=niet =onder | weight=0.177, noneg
=niet =terugbrengen | weight=0.177, noneg
=uw =systeem | weight=0.177
=het =was | weight=0.176
=ze =zeggen | weight=0.175
=doos | weight=0.173
=winkel =niet | weight=0.172, noneg
=ik =helaas | weight=0.171
=nergens =op | weight=0.171, noneg
=niet =ruilen | weight=0.171, noneg
=niet =als | weight=0.171, noneg
=bon | weight=0.171
=keert | weight=0.170
=keert =niet | weight=0.170, noneg
=geweigerd =omdat | weight=0.169
=lettertjes | weight=0.169
=volgens =hun | weight=0.168
=is =beleid | weight=0.162
=medewerker =dus | weight=0.162
=ze =ging | weight=0.161
=een =jaarcontract | weight=0.160
=extra =gebruiker | weight=0.160
=jaarcontract | weight=0.160
=werd =afgewezen | weight=0.160
=broek | weight=0.160
=de =tandarts | weight=0.160
=tandarts | weight=0.160
=staat =dat | weight=0.159
=gebruiker | weight=0.158
=een =dagen | weight=0.158
=uitverkoopartikel | weight=0.157
=contract =staat | weight=0.157
=retourneren | weight=0.155
=weigert =de | weight=0.155
=blindengeleidehond | weight=0.155
=maar =volgens | weight=0.153
=niet =omruilen | weight=0.152, noneg
=kon =niet | weight=0.152, noneg
=dus =ze | weight=0.152
=niet =toegestaan | weight=0.151, noneg
=niet =gedekt | weight=0.151, noneg
=geen =geld | weight=0.151, noneg
=dat =ze | weight=0.150
=label =eraan | weight=0.150
=met =label | weight=0.150
=einde =gesprek | weight=0.150
=slot | weight=0.149
=werd =geweigerd | weight=0.148
=ons =beleid | weight=0.147
=broodrooster | weight=0.147
=doen =we | weight=0.146
=klein =lettertjes | weight=0.146
=eraan | weight=0.145
=zegt =u | weight=0.145
=de =kassamedewerkster | weight=0.145
=systeem =laat | weight=0.143
=mag =niet | weight=0.142, noneg
=bestelling =na | weight=0.142
=vanwege | weight=0.142
=protocol | weight=0.141
=maar =een | weight=0.140
=zei =de | weight=0.140
=mocht =de | weight=0.140
=winkel =zegt | weight=0.140
=terwijl =het | weight=0.140
=we =niet | weight=0.139, noneg
=ruilen | weight=0.139
=stuk | weight=0.138
=niet =geaccepteerd | weight=0.138, noneg
=pech | weight=0.138
=staat =het | weight=0.138
=jas | weight=0.138
=betalingsregeling | weight=0.137
=kassamedewerkster =heeft | weight=0.137
=het =beleid | weight=0.136
=winkel =zei | weight=0.136
=zonder | weight=0.136, noneg
=die =boete | weight=0.135
=haar =niet | weight=0.135, noneg
=de =algemene | weight=0.134
=claim | weight=0.134
=kassamedewerkster | weight=0.134
=laat =geen | weight=0.134, noneg
=kassamedewerker =weigerde | weight=0.134
=kortingsbon | weight=0.134
=mijn =kortingsbon | weight=0.134
=klein | weight=0.133
=op =slot | weight=0.133
=ons =niet | weight=0.133, noneg
=gemeld =had | weight=0.132
=laat =gemeld | weight=0.132
=mijn =schade | weight=0.132
=clausule | weight=0.132
=clausule =die | weight=0.132
=interne =regelen | weight=0.131
=sorry =maar | weight=0.131
=zo =staat | weight=0.131
=omruilen | weight=0.131
=bordje | weight=0.131
=dat =zijn | weight=0.130
=geen =korting | weight=0.130, noneg
=algemene | weight=0.129
=naam | weight=0.129
=niet =terug | weight=0.129, noneg
=wil =niet | weight=0.129, noneg
=de =kassamedewerker | weight=0.129
=mocht =het | weight=0.128
=meer =kreeg | weight=0.128
=retour =alleen | weight=0.128
=dagen =met | weight=0.127
=met =bon | weight=0.127
=interne | weight=0.127
=ze =niks | weight=0.126, noneg
=die =doos | weight=0.126
=volgens | weight=0.126
=tegoedbon =geen | weight=0.126, noneg
=alleen =met | weight=0.125
=reglement | weight=0.125
=alleen =binnen | weight=0.125
=geopend | weight=0.124
=kassamedewerker | weight=0.124
=vast =aan | weight=0.124
=sorry | weight=0.123
=vlucht | weight=0.123
=niet =aan | weight=0.123, noneg
=zelfde =schoenen | weight=0.123
=mijn =waarborg | weight=0.123
=waarborg | weight=0.123
=omdat =mijn | weight=0.123
=niet =aanpassen | weight=0.123, noneg
=de =procedure | weight=0.121
=de =veiligheid | weight=0.121
=veiligheid | weight=0.121
=krijg =niks | weight=0.121, noneg
=afgewezen =omdat | weight=0.120
=kreeg =alleen | weight=0.120
=opzeggen | weight=0.120
=een =extra | weight=0.120
=procedure | weight=0.120
=dat =niet | weight=0.120, noneg
=postcode | weight=0.119
=dat =niemand | weight=0.118, noneg
=de =korting | weight=0.117
=hier =niet | weight=0.117, noneg
=niet | weight=0.117, noneg
=fabrikant =zijn | weight=0.117
=schade =is | weight=0.116
=garantieclaim =werd | weight=0.115
=defect =was | weight=0.115
=verpakking | weight=0.115
=wilde =mijn | weight=0.115
=webshopprijs | weight=0.114
=webshopprijs =in | weight=0.114
=te =vervangen | weight=0.113
=de =bestelling | weight=0.113
=zijn =hand | weight=0.113
=voorschrift | weight=0.112
=niet =uit | weight=0.112, noneg
=dagen =dat | weight=0.112
=eruit | weight=0.112
=niet =mocht | weight=0.111, noneg
=aldus | weight=0.111
=aldus =de | weight=0.111
=laat =het | weight=0.110
=computer | weight=0.110
=het =haar | weight=0.110
=de =zorgverzekeraar | weight=0.110
=fysio | weight=0.110
=fysio =niet | weight=0.110, noneg
=mijn =fysio | weight=0.110
=niet =omdat | weight=0.110, noneg
=vergoedt =mijn | weight=0.110
=verwijzing =niet | weight=0.110, noneg
=zorgverzekeraar =vergoedt | weight=0.110
=meer | weight=0.110
=een =afspraak | weight=0.109
=zet =de | weight=0.109
=zei =daarna | weight=0.109
=staat | weight=0.108
=annuleren | weight=0.108
=haar =leidinggevende | weight=0.108
=geannuleerd =en | weight=0.108
=printer | weight=0.107
=afgeprijsd | weight=0.107
=kunnen | weight=0.107
=systeem =zet | weight=0.106
=hij =zei | weight=0.106
=dossier =niet | weight=0.106, noneg
=zegt =de | weight=0.105
=het =bij | weight=0.105
=zorgverzekeraar | weight=0.105
=euro =voor | weight=0.104
=de =voorwaarden | weight=0.104
=alleen | weight=0.104
=het =product | weight=0.104
=dicht | weight=0.104
=mevrouw =zei | weight=0.103
=geannuleerd | weight=0.102
=klant =zijn | weight=0.102
=ze =zei | weight=0.102
=kan =alleen | weight=0.102
=en =weigerde | weight=0.102
=zit =in | weight=0.101
=bedrijf | weight=0.101
=het =te | weight=0.101
=ze =kon | weight=0.101
=de =polis | weight=0.101
=aanhangig | weight=0.101
=aanhangig =gemaakt | weight=0.101
=heeft =maar | weight=0.101
=bedrijf =zelfde | weight=0.101
=zelfde =bedrijf | weight=0.101
=mocht =mijn | weight=0.100
=systeem =dat | weight=0.100
=die =niet | weight=0.100, noneg
=gemaakt =bij | weight=0.099
=beleid =van | weight=0.099
=een =betalingsregeling | weight=0.099
=vanwege =de | weight=0.099
=ik =krijg | weight=0.098
=een =boete | weight=0.098
=hij =luisterde | weight=0.098
=luisterde | weight=0.098
=luisterde =niet | weight=0.098, noneg
=ze =er | weight=0.098
=geldig | weight=0.098
=achter =de | weight=0.098
=staat =in | weight=0.098
=volgens =het | weight=0.097
=vlucht =werd | weight=0.097
=werd =geannuleerd | weight=0.097
=ticket =niet | weight=0.097, noneg
=formulier =dat | weight=0.097
=de =mevrouw | weight=0.097
=de =garantie | weight=0.096
=alleen =als | weight=0.096
=mijn =medicijnen | weight=0.095
=is =niet | weight=0.095, noneg
=pech =gehad | weight=0.095
=geen =rekening | weight=0.095, noneg
=kassa | weight=0.094
=wie =dat | weight=0.094
=daarna =dat | weight=0.094
=daar =heb | weight=0.093
=het =moet | weight=0.093
=terugbetaling | weight=0.093
=geen =invloed | weight=0.093, noneg
=gaf =toe | weight=0.093
=geen =nederlands | weight=0.092, noneg
=niks =voor | weight=0.092, noneg
=vergoedt | weight=0.091
=mocht =niet | weight=0.090, noneg
=conducteur | weight=0.090
=u =bij | weight=0.090
=product | weight=0.090
=alleen =bij | weight=0.090
=hebben =mijn | weight=0.090
=al =jaar | weight=0.089
=in =uw | weight=0.089
=werd =aan | weight=0.089
=dat =mogen | weight=0.089
=voucher | weight=0.089
=creditcard | weight=0.089
=mijn =creditcard | weight=0.089
=chat =zegt | weight=0.089
=en =dus | weight=0.089
=voorbij | weight=0.089
=er =niks | weight=0.089, noneg
=en =twintig | weight=0.089
=paspoort | weight=0.089
=garantie =geweigerd | weight=0.088
=geweigerd =op | weight=0.088
=verlopen | weight=0.088
=broek =niet | weight=0.088, noneg
=de =broek | weight=0.088
=dat =staat | weight=0.088
=is =ons | weight=0.088
=niet =wij | weight=0.088, noneg
=verantwoordelijkheid =niet | weight=0.088, noneg
=nee =dus | weight=0.088
=kwijt | weight=0.087
=houdt | weight=0.087
=mijn =fiets | weight=0.087
=naam =het | weight=0.087
=maand =klant | weight=0.087
=hand | weight=0.087
=defect | weight=0.086
=zei =dat | weight=0.086
=gewoon =geldig | weight=0.086
=nu =zeggen | weight=0.085
=tarief | weight=0.085
=de =huurauto | weight=0.084
=huurauto | weight=0.084
=en =zij | weight=0.084
=fout =is | weight=0.084
=fiets | weight=0.084
=medicijnen | weight=0.084
=thuisbezorgd | weight=0.084
=gemeld | weight=0.083
=kan =niks | weight=0.083, noneg
=zo =zijn | weight=0.083
=die =kosten | weight=0.083
=niet =met | weight=0.083, noneg
=passen | weight=0.083
=afgeschreven =terwijl | weight=0.082
=dat =zo | weight=0.082
=steenkoud | weight=0.082
=spullen | weight=0.082
=schoonmaakkosten | weight=0.082
=altijd =de | weight=0.081
=broer | weight=0.081
=zelfde | weight=0.081
=een =clausule | weight=0.081
=heeft =mijn | weight=0.081
=ook =niet | weight=0.080, noneg
=in =voor | weight=0.079
=schoonmaak | weight=0.079
=voor =schoonmaak | weight=0.079
=gebruiker =toevoegen | weight=0.078
=geen =toegang | weight=0.078, noneg
=de =verzekering | weight=0.078
=niks =terug | weight=0.078, noneg
=geweigerd =want | weight=0.077
=termijn | weight=0.076
=niet =terugbetaald | weight=0.076, noneg
=ik =mn | weight=0.076
=moet =eerst | weight=0.075
