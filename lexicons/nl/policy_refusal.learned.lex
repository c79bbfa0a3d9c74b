# policy_refusal, nl: learned by scripts/learn.py from 4470 tuning texts (239 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Mijn verzoek om de klacht te escaleren werd geweigerd. De medewerker zei dat escaleren 'pas na 30 dagen' mogelijk is. Ondertussen zit ik zonder telefoon, omdat de reparatie al weken langer duurt dan beloofd. Ik moet bij elke statusvraag weer mijn IMEI-nummer en het hele verhaal doorgeven.
+ 25 minuten in de rij bij de servicebalie voor een stukke waterkoker. Eerst wilden ze de doos, toen het bonnetje, toen allebei plus m'n pinpas. Had ik allemaal. Toen mocht het niet boven €20 zonder een leidinggevende en die was er niet. Morgen maar terugkomen. Dag, ik ga voortaan naar de supermarkt aan de overkant.
+ ze hebben mijn garantie claim afgewezen
- ok dankje
- we willen ons geld terug
=beleid | weight=0.499
=geweigerd | weight=0.479
=voorwaarden | weight=0.363
=garantie | weight=0.352
=enkele | weight=0.328
=geen =uitzondering | weight=0.328, noneg
=niet =doen | weight=0.311, noneg
=niet =want | weight=0.304, noneg
=schoenen | weight=0.301
=de =regelen | weight=0.301
=afgewezen | weight=0.293
=restitutie | weight=0.289
=niks =aan | weight=0.281, noneg
=kortingscodes | weight=0.279
=ook =al | weight=0.278
=werd =niet | weight=0.273, noneg
=mogelijk | weight=0.272
=niet =terugnemen | weight=0.267, noneg
=helaas | weight=0.266
=het =niet | weight=0.264, noneg
=de =computer | weight=0.261
=ging =niet | weight=0.256, noneg
=mag | weight=0.254
=mocht | weight=0.252
=huisregel | weight=0.246
=polis | weight=0.242
=weigert | weight=0.241
=niet =toelaat | weight=0.241, noneg
=niks =mee | weight=0.237, noneg
=niet =toe | weight=0.235, noneg
=zonder =kassabon | weight=0.234, noneg
=regelen =zijn | weight=0.232
=zijn =regelen | weight=0.232
=geldt | weight=0.229
=voldoet | weight=0.228
=een =tegoedbon | weight=0.225
=protocol | weight=0.224
=mijn =opzeggen | weight=0.217
=label | weight=0.216
=niet =terugbrengen | weight=0.215, noneg
=maar =volgens | weight=0.215
=tegoedbon | weight=0.214
=mogen | weight=0.211
=prijzen | weight=0.210
=ze =doen | weight=0.210
=weigerde =mijn | weight=0.205
=baliemedewerker | weight=0.205
=de =baliemedewerker | weight=0.205
=er =zijn | weight=0.204
=niet =geholpen | weight=0.204, noneg
=ik =niks | weight=0.203, noneg
=niet =binnen | weight=0.202, noneg
=werkt =het | weight=0.202
=geweigerd =omdat | weight=0.198
=niemand =mij | weight=0.197, noneg
=regelen | weight=0.196
=uitzondering | weight=0.195
=systeem | weight=0.195
=geen =telefonisch | weight=0.194, noneg
=niet =onder | weight=0.193, noneg
=werd =afgewezen | weight=0.193
=garantieclaim | weight=0.191
=mijn =garantieclaim | weight=0.191
=daar =kan | weight=0.190
=want =het | weight=0.190
=keert | weight=0.190
=keert =niet | weight=0.190, noneg
=weigerde | weight=0.189
=jas =niet | weight=0.188, noneg
=laat =was | weight=0.188
=doen =in | weight=0.187
=aanvraag =niet | weight=0.186, noneg
=we =niet | weight=0.185, noneg
=enkele =met | weight=0.185
=niet =als | weight=0.184, noneg
=ik =helaas | weight=0.184
=is =alleen | weight=0.182
=mag =niet | weight=0.180, noneg
=winkel =niet | weight=0.178, noneg
=dat =ze | weight=0.177
=bij =ons | weight=0.177
=niet =toegestaan | weight=0.177, noneg
=lettertjes | weight=0.177
=jas | weight=0.176
=niet =omruilen | weight=0.176, noneg
=einde =gesprek | weight=0.173
=doos | weight=0.173
=niet =ruilen | weight=0.172, noneg
=een =jaarcontract | weight=0.172
=extra =gebruiker | weight=0.172
=jaarcontract | weight=0.172
=ik =mocht | weight=0.170
=ze =ging | weight=0.170
=hij =er | weight=0.170
=klein | weight=0.168
=boete | weight=0.168
=laat =geen | weight=0.167, noneg
=computer | weight=0.167
=op =slot | weight=0.167
=ze =zeggen | weight=0.167
=vanwege | weight=0.167
=contract =staat | weight=0.166
=systeem =laat | weight=0.166
=met =bon | weight=0.165
=niet =geaccepteerd | weight=0.164, noneg
=dat =zijn | weight=0.164
=niet =zei | weight=0.164, noneg
=medewerker =dus | weight=0.163
=niet =gedekt | weight=0.163, noneg
=wil =niet | weight=0.163, noneg
=niet =volgens | weight=0.163, noneg
=klein =lettertjes | weight=0.162
=dus =ze | weight=0.162
=staat =dat | weight=0.161
=hier =niet | weight=0.161, noneg
=hij =zei | weight=0.160
=gebruiker | weight=0.160
=de =verzekeraar | weight=0.160
=het =was | weight=0.159
=weigert =de | weight=0.159
=blindengeleidehond | weight=0.159
=ze =zei | weight=0.158
=staat =het | weight=0.157
=opzeggen | weight=0.156
=label =eraan | weight=0.155
=met =label | weight=0.155
=ze =er | weight=0.155
=is =beleid | weight=0.155
=uw =systeem | weight=0.155
=zonder =originele | weight=0.155, noneg
=bon | weight=0.154
=alleen =binnen | weight=0.154
=claim | weight=0.154
=geen =korting | weight=0.154, noneg
=intern =regelen | weight=0.154
=twee =maand | weight=0.153
=niet =terug | weight=0.153, noneg
=winkel =zei | weight=0.153
=dat =niemand | weight=0.153, noneg
=eraan | weight=0.153
=mijn =waarborg | weight=0.152
=waarborg | weight=0.152
=ons =niet | weight=0.152, noneg
=tegoedbon =geen | weight=0.151, noneg
=geen =geld | weight=0.151, noneg
=bestelling =na | weight=0.151
=terwijl =het | weight=0.150
=dagen =met | weight=0.148
=uitverkoopartikel | weight=0.148
=aldus | weight=0.147
=aldus =de | weight=0.147
=verzekeraar | weight=0.147
=niet =aanpassen | weight=0.147, noneg
=vlucht | weight=0.146
=zich =achter | weight=0.146
=maar =een | weight=0.146
=naam | weight=0.146
=zet =de | weight=0.146
=de =kassamedewerkster | weight=0.146
=vergoedt | weight=0.145
=zijn =hand | weight=0.145
=het =beleid | weight=0.145
=mijn =verzoek | weight=0.144
=geopend | weight=0.144
=kon =niet | weight=0.144, noneg
=broek | weight=0.144
=voorschrift | weight=0.143
=ruilen | weight=0.143
=nergens =op | weight=0.142, noneg
=sorry | weight=0.142
=systeem =zet | weight=0.141
=clausule | weight=0.141
=clausule =die | weight=0.141
=bordje | weight=0.140
=dicht | weight=0.140
=kassamedewerkster =heeft | weight=0.140
=webshopprijs | weight=0.139
=webshopprijs =in | weight=0.139
=volgens =hun | weight=0.139
=ons =beleid | weight=0.137
=niet =uit | weight=0.137, noneg
=gemeld =had | weight=0.137
=laat =gemeld | weight=0.137
=mijn =schade | weight=0.137
=kassamedewerkster | weight=0.137
=tevoren | weight=0.136
=van =tevoren | weight=0.136
=pech | weight=0.136
=winkel =zegt | weight=0.135
=kassamedewerker =weigerde | weight=0.135
=broodrooster | weight=0.135
=betalingsregeling | weight=0.134
=sorry =maar | weight=0.133
=fabrikant =zijn | weight=0.133
=kunnen | weight=0.133
=een =extra | weight=0.132
=reglement | weight=0.132
=alleen =met | weight=0.132
=mocht =de | weight=0.131
=de =korting | weight=0.131
=zonder | weight=0.131, noneg
=wilde =de | weight=0.130
=het =haar | weight=0.130
=achter =de | weight=0.129
=niet =mocht | weight=0.129, noneg
=kortingsbon | weight=0.129
=mijn =kortingsbon | weight=0.129
=niks =voor | weight=0.129, noneg
=niet =aan | weight=0.128, noneg
=de =kassamedewerker | weight=0.127
=volgens =hen | weight=0.127
=werd =aan | weight=0.127
=retour =alleen | weight=0.127
=kreeg =alleen | weight=0.126
=zo =staat | weight=0.126
=weigeren | weight=0.126
=defecte | weight=0.125
=zegt =u | weight=0.125
=zonder =afspraak | weight=0.125, noneg
=zelfde =schoenen | weight=0.124
=kassamedewerker | weight=0.124
=verzending | weight=0.124
=meer =kreeg | weight=0.123
=afgewezen =omdat | weight=0.123
=dat =staat | weight=0.123
=de =veiligheid | weight=0.122
=veiligheid | weight=0.122
=afgeprijsd | weight=0.122
=meer | weight=0.122
=dan =twee | weight=0.121
=defecte =was | weight=0.121
=schade =is | weight=0.121
=garantieclaim =werd | weight=0.120
=die =doos | weight=0.120
=vlucht =werd | weight=0.120
=werd =geannuleerd | weight=0.120
=het =hoofdkantoor | weight=0.119
=hoofdkantoor | weight=0.119
=stuk | weight=0.119
=staat =in | weight=0.119
=omruilen | weight=0.118
=onderdelen | weight=0.118
=in =uw | weight=0.118
=annuleren | weight=0.116
=omdat =mijn | weight=0.116
=beleid =van | weight=0.116
=mocht =het | weight=0.116
=laat =het | weight=0.115
=termijn | weight=0.115
=zegt =de | weight=0.114
=te =vervangen | weight=0.114
=postcode | weight=0.113
=fysio =niet | weight=0.113, noneg
=vergoedt =mijn | weight=0.113
=verwijzing =niet | weight=0.113, noneg
=zorgverzekeraar =vergoedt | weight=0.113
=voucher | weight=0.112
=wij =niks | weight=0.111, noneg
=euro =voor | weight=0.111
=andere =afdeling | weight=0.110
=wie =dat | weight=0.110
=verpakking | weight=0.109
=het =bij | weight=0.109
=dat =niet | weight=0.109, noneg
=algemene =voorwaarden | weight=0.109
=binnen =de | weight=0.109
=ze =niks | weight=0.109, noneg
=wilde =mijn | weight=0.109
=de =provider | weight=0.108
=vanwege =de | weight=0.107
=aanhangig | weight=0.107
=aanhangig =gemaakt | weight=0.107
=zei =daarna | weight=0.107
=printer | weight=0.107
=stofzuiger | weight=0.106
=gemaakt =bij | weight=0.106
=achterstand | weight=0.106
=krijg =niks | weight=0.105, noneg
=het =te | weight=0.105
=te =vergoeding | weight=0.105
=die =boete | weight=0.105
=de =zorgverzekeraar | weight=0.104
=dossier =niet | weight=0.104, noneg
=mijn =creditcard | weight=0.103
=garantie =geweigerd | weight=0.103
=reactie =was | weight=0.102
=mocht =niet | weight=0.102, noneg
=uw =voorwaarden | weight=0.102
=daarmee =was | weight=0.102
=daarover | weight=0.102
=de =voorwaarden | weight=0.101
=tarief | weight=0.101
=afgedaan | weight=0.101
=en =dus | weight=0.101
=een =dagen | weight=0.101
=mijn =retour | weight=0.101
=product | weight=0.100
=creditcard | weight=0.100
=uur =moet | weight=0.100
=systeem =dat | weight=0.100
=gaat =en | weight=0.100
=geldig | weight=0.099
=dat =mogen | weight=0.099
=die =kosten | weight=0.099
=pech =gehad | weight=0.098
=alleen =bij | weight=0.098
=heeft =maar | weight=0.098
=hebben =mijn | weight=0.098
=bedrijf =zelfde | weight=0.098
=zelfde =bedrijf | weight=0.098
=zo =zijn | weight=0.097
=dagen =geleden | weight=0.097
=de =huurauto | weight=0.097
=huurauto | weight=0.097
=in =voor | weight=0.097
=schoonmaak | weight=0.097
=voor =schoonmaak | weight=0.097
=dat =zo | weight=0.097
=er =vandaag | weight=0.096
=de =mevrouw | weight=0.096
=zei =de | weight=0.096
=zorgverzekeraar | weight=0.096
=verlopen | weight=0.096
=mevrouw =zei | weight=0.095
=bedrijf | weight=0.095
=volgens =het | weight=0.095
=haar =niet | weight=0.095, noneg
=geen =rekening | weight=0.094, noneg
=de =polis | weight=0.094
=morgen =ook | weight=0.094
=verkoper =is | weight=0.094
=staat | weight=0.094
=werd =geweigerd | weight=0.094
=en =in | weight=0.094
=gemaild =over | weight=0.093
=naam =het | weight=0.093
=de =kapotte | weight=0.092
=dagen =te | weight=0.092
=het =moet | weight=0.092
=mijn =declaratie | weight=0.092
=kunnen =ze | weight=0.091
=ze =kon | weight=0.091
=recept | weight=0.091
=broer | weight=0.091
=einde | weight=0.091
=geen =nederlands | weight=0.091, noneg
=niet =helpen | weight=0.091, noneg
=kon =beslissen | weight=0.091
=ik =krijg | weight=0.090
=klant =zijn | weight=0.090
=dagen =dat | weight=0.090
=niet =inzien | weight=0.090, noneg
=te =schelden | weight=0.090
=eruit | weight=0.090
=de =rente | weight=0.090
=voorbij | weight=0.089
=doen =we | weight=0.089
=kwijtgeraakt | weight=0.089
=niet =van | weight=0.089, noneg
=afgeschreven =terwijl | weight=0.089
=een =afspraak | weight=0.089
=geen =invloed | weight=0.089, noneg
=buitengewone =omstandigheden | weight=0.089
=ticket =niet | weight=0.088, noneg
=zit =in | weight=0.088
=de =jas | weight=0.088
=broek =niet | weight=0.088, noneg
=de =broek | weight=0.088
=formulier =dat | weight=0.088
=buitengewone | weight=0.088
=en =zij | weight=0.087
=de =fout | weight=0.087
=geen =telefoonnummer | weight=0.087, noneg
=valt =volgens | weight=0.087
=rente | weight=0.086
=fysio | weight=0.086
=mijn =fysio | weight=0.086
=leidinggevende =niet | weight=0.086, noneg
=gewoon =geldig | weight=0.086
=kan =alleen | weight=0.086
=mijn =medicijnen | weight=0.086
=daarna =dat | weight=0.086
=retourneren | weight=0.086
=retour | weight=0.085
=kassa | weight=0.085
=u =bij | weight=0.085
=regelen =het | weight=0.085
=per | weight=0.085
=het =binnen | weight=0.084
=maand =klant | weight=0.084
=is =ons | weight=0.084
=thuisbezorgd | weight=0.084
=kan =niks | weight=0.084, noneg
=een =betalingsregeling | weight=0.084
=nee =dus | weight=0.084
=de =manager | weight=0.084
=vroeg =wie | weight=0.083
=dat =doet | weight=0.083
=er =dus | weight=0.083
=valt | weight=0.083
