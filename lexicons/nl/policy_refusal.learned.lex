# policy_refusal, nl: learned by scripts/learn.py from 4875 tuning texts (248 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ ze hebben mijn garantie claim afgewezen
+ ze zei dat de computer het haar niet liet doen
+ de verzekeraar wil niet uitkeren volgens de polis
- ok dankje
- ok top dank je
=beleid | weight=0.552
=geweigerd | weight=0.425
=voorwaarden | weight=0.380
=schoenen | weight=0.349
=geen =uitzondering | weight=0.349, noneg
=enkele | weight=0.341
=niks =aan | weight=0.332, noneg
=de =regelen | weight=0.329
=niet =terugnemen | weight=0.323, noneg
=niet =doen | weight=0.320, noneg
=restitutie | weight=0.314
=helaas | weight=0.306
=niet =toe | weight=0.305, noneg
=niet =toelaat | weight=0.303, noneg
=kortingscodes | weight=0.294
=garantie | weight=0.282
=zonder =kassabon | weight=0.268, noneg
=systeem =laat | weight=0.265
=ze =er | weight=0.264
=mijn =opzeggen | weight=0.259
=mocht | weight=0.257
=mag | weight=0.256
=huisregel | weight=0.255
=de =computer | weight=0.254
=polis | weight=0.253
=geldt | weight=0.249
=mogen | weight=0.247
=protocol | weight=0.246
=maar =volgens | weight=0.245
=prijzen | weight=0.241
=het =niet | weight=0.241, noneg
=afgewezen | weight=0.240
=daar =kan | weight=0.240
=ook =al | weight=0.239
=hij =er | weight=0.237
=ging =niet | weight=0.236, noneg
=niet =geholpen | weight=0.235, noneg
=niet =terugbrengen | weight=0.234, noneg
=voldoet | weight=0.233
=regelen =zijn | weight=0.232
=zijn =regelen | weight=0.232
=ik =niks | weight=0.230, noneg
=zonder =originele | weight=0.229, noneg
=einde =gesprek | weight=0.228
=werd =niet | weight=0.226, noneg
=geweigerd =omdat | weight=0.225
=weigert | weight=0.224
=weigerde =mijn | weight=0.221
=werkt =het | weight=0.221
=weigerde | weight=0.220
=contract =staat | weight=0.220
=ik =helaas | weight=0.220
=er =zijn | weight=0.220
=niet =binnen | weight=0.219, noneg
=garantieclaim | weight=0.217
=mijn =garantieclaim | weight=0.217
=ze =doen | weight=0.217
=geen =telefonisch | weight=0.216, noneg
=uitzondering | weight=0.212
=niet =onder | weight=0.211, noneg
=terwijl =het | weight=0.210
=want =het | weight=0.208
=niet =omruilen | weight=0.206, noneg
=regelen | weight=0.205
=niet =mocht | weight=0.203, noneg
=baliemedewerker | weight=0.203
=de =baliemedewerker | weight=0.203
=uw =systeem | weight=0.202
=met =bon | weight=0.202
=niet =zei | weight=0.201, noneg
=mag =niet | weight=0.201, noneg
=niet =als | weight=0.200, noneg
=niet =want | weight=0.199, noneg
=aanvraag =niet | weight=0.198, noneg
=ze =zeggen | weight=0.198
=niet =gedekt | weight=0.197, noneg
=label | weight=0.197
=uitverkoopartikel | weight=0.196
=vanwege | weight=0.196
=het =was | weight=0.196
=keert | weight=0.196
=keert =niet | weight=0.196, noneg
=lettertjes | weight=0.195
=doen =in | weight=0.194
=jas =niet | weight=0.193, noneg
=een =jaarcontract | weight=0.190
=extra =gebruiker | weight=0.190
=jaarcontract | weight=0.190
=niet =terug | weight=0.189, noneg
=dat =zijn | weight=0.189
=winkel =niet | weight=0.189, noneg
=niet =ruilen | weight=0.188, noneg
=is =beleid | weight=0.188
=niet =toegestaan | weight=0.187, noneg
=computer | weight=0.186
=medewerker =dus | weight=0.184
=laat =geen | weight=0.183, noneg
=alleen =binnen | weight=0.181
=gebruiker | weight=0.180
=niet =volgens | weight=0.180, noneg
=jas | weight=0.178
=naam | weight=0.178
=de =verzekeraar | weight=0.177
=ons =beleid | weight=0.177
=niemand =mij | weight=0.177, noneg
=tegoedbon =geen | weight=0.176, noneg
=klein =lettertjes | weight=0.175
=geen =korting | weight=0.175, noneg
=enkele =met | weight=0.174
=ik =mocht | weight=0.172
=ze =ging | weight=0.172
=winkel =zegt | weight=0.172
=staat =het | weight=0.172
=aldus | weight=0.170
=aldus =de | weight=0.170
=niks =voor | weight=0.169, noneg
=fabrikant =zijn | weight=0.169
=de =korting | weight=0.169
=op =slot | weight=0.169
=dagen =met | weight=0.168
=niks =mee | weight=0.167, noneg
=label =eraan | weight=0.167
=met =label | weight=0.167
=bon | weight=0.166
=ons =niet | weight=0.166, noneg
=verzekeraar | weight=0.165
=te =vervangen | weight=0.165
=dus =ze | weight=0.165
=wil =niet | weight=0.163, noneg
=gemeld =had | weight=0.163
=laat =gemeld | weight=0.163
=mijn =schade | weight=0.163
=clausule | weight=0.163
=clausule =die | weight=0.163
=weigert =de | weight=0.163
=zijn =hand | weight=0.162
=eraan | weight=0.162
=omruilen | weight=0.162
=hier =niet | weight=0.162, noneg
=niet =geaccepteerd | weight=0.162, noneg
=voorschrift | weight=0.162
=achter =de | weight=0.161
=gaat =en | weight=0.161
=de =kassamedewerkster | weight=0.159
=meer =kreeg | weight=0.158
=is =alleen | weight=0.158
=we =niet | weight=0.158, noneg
=dicht | weight=0.157
=mijn =waarborg | weight=0.156
=waarborg | weight=0.156
=zei =daarna | weight=0.156
=intern =regelen | weight=0.155
=een =tegoedbon | weight=0.155
=blindengeleidehond | weight=0.155
=systeem =zet | weight=0.155
=baliemedewerker =zei | weight=0.154
=kassamedewerkster =heeft | weight=0.154
=afgeprijsd | weight=0.154
=defect =was | weight=0.154
=kreeg =alleen | weight=0.153
=dat =niemand | weight=0.153, noneg
=staat =in | weight=0.153
=mogelijk | weight=0.153
=kassamedewerkster | weight=0.152
=bordje | weight=0.152
=zet =de | weight=0.152
=volgens =hen | weight=0.152
=broodrooster | weight=0.151
=doos | weight=0.151
=bestelling =na | weight=0.151
=laat =was | weight=0.151
=nergens =op | weight=0.150, noneg
=tegoedbon | weight=0.149
=alleen =met | weight=0.149
=winkel =zei | weight=0.149
=niet =uit | weight=0.148, noneg
=geopend | weight=0.148
=zelfde =schoenen | weight=0.148
=zonder =afspraak | weight=0.147, noneg
=mevrouw =zei | weight=0.147
=afgewezen =omdat | weight=0.146
=zegt =de | weight=0.146
=retour =alleen | weight=0.146
=vlucht | weight=0.145
=het =beleid | weight=0.145
=vergoedt | weight=0.145
=mocht =niet | weight=0.144, noneg
=die =boete | weight=0.144
=garantie =geweigerd | weight=0.144
=geen =geld | weight=0.144, noneg
=reglement | weight=0.143
=webshopprijs | weight=0.142
=webshopprijs =in | weight=0.142
=zo =staat | weight=0.142
=stuk | weight=0.141
=het =haar | weight=0.141
=het =bij | weight=0.141
=weigeren | weight=0.141
=haar =niet | weight=0.140, noneg
=laat =het | weight=0.139
=pech | weight=0.139
=betalingsregeling | weight=0.139
=dat =niet | weight=0.139, noneg
=niet =aan | weight=0.139, noneg
=chat =zegt | weight=0.138
=tarief | weight=0.138
=te =vergoeding | weight=0.138
=volgens =hun | weight=0.138
=werd =afgewezen | weight=0.138
=wilde =de | weight=0.137
=dan =twee | weight=0.136
=wilde =mijn | weight=0.134
=kassamedewerker =weigerde | weight=0.134
=schade =is | weight=0.133
=die =doos | weight=0.132
=bij =ons | weight=0.132
=werd =aan | weight=0.132
=binnen =de | weight=0.132
=pech =gehad | weight=0.131
=opzeggen | weight=0.131
=zich =achter | weight=0.130
=garantieclaim =werd | weight=0.130
=kortingsbon | weight=0.129
=mijn =kortingsbon | weight=0.129
=de =huurauto | weight=0.128
=dat =staat | weight=0.128
=termijn | weight=0.128
=werd =geweigerd | weight=0.127
=mocht =het | weight=0.126
=de =provider | weight=0.126
=mijn =garantie | weight=0.126
=postcode | weight=0.125
=de =veiligheid | weight=0.125
=veiligheid | weight=0.125
=tevoren | weight=0.125
=van =tevoren | weight=0.125
=moest =betalen | weight=0.125
=mocht =de | weight=0.124
=krijg =niks | weight=0.124, noneg
=beleid =van | weight=0.124
=valt =volgens | weight=0.123
=dagen =dat | weight=0.123
=boete | weight=0.123
=het =hoofdkantoor | weight=0.123
=uw =voorwaarden | weight=0.123
=dat =mogen | weight=0.123
=het =systeem | weight=0.122
=vlucht =werd | weight=0.122
=werd =geannuleerd | weight=0.122
=heeft =maar | weight=0.121
=de =zorgverzekeraar | weight=0.120
=wij =niks | weight=0.120, noneg
=ze =zei | weight=0.120
=bedrijf =zelfde | weight=0.119
=zelfde =bedrijf | weight=0.119
=retourneren | weight=0.119
=voorwaarden =kan | weight=0.119
=niemand =aan | weight=0.118, noneg
=claim | weight=0.118
=rekent | weight=0.118
=achterstand | weight=0.118
=wie =dat | weight=0.117
=verzending | weight=0.117
=daarover | weight=0.117
=formulier =te | weight=0.116
=broek =niet | weight=0.116, noneg
=de =broek | weight=0.116
=dossier =niet | weight=0.116, noneg
=mijn =declaratie | weight=0.116
=een =dagen | weight=0.115
=niet =helpen | weight=0.115, noneg
=de =kapotte | weight=0.115
=ze =niks | weight=0.114, noneg
=niet =aanpassen | weight=0.114, noneg
=systeem | weight=0.114
=hebben =mijn | weight=0.113
=zorgverzekeraar | weight=0.113
=reactie =was | weight=0.113
=leidinggevende =niet | weight=0.113, noneg
=voucher | weight=0.112
=vanwege =de | weight=0.112
=andere =afdeling | weight=0.112
=de =kassamedewerker | weight=0.112
=fysio =niet | weight=0.111, noneg
=vergoedt =mijn | weight=0.111
=verwijzing =niet | weight=0.111, noneg
=zorgverzekeraar =vergoedt | weight=0.111
=afgeschreven =terwijl | weight=0.111
=ruilen | weight=0.111
=kassamedewerker | weight=0.110
=kunnen =ze | weight=0.110
=geldig | weight=0.109
=niet =kunnen | weight=0.109, noneg
=aanhangig | weight=0.109
=aanhangig =gemaakt | weight=0.109
=zit =in | weight=0.108
=houdt | weight=0.108
=de =garantie | weight=0.108
=verpakking | weight=0.108
=een =extra | weight=0.107
=alleen =bij | weight=0.107
=de =voorwaarden | weight=0.107
=morgen =ook | weight=0.107
=meer =dan | weight=0.107
=die =niet | weight=0.106, noneg
=er =vandaag | weight=0.106
=de =jas | weight=0.106
=geweigerd =op | weight=0.106
=ticket =niet | weight=0.105, noneg
=verkoper =is | weight=0.104
=dat =zo | weight=0.104
=te =schelden | weight=0.104
=in =voor | weight=0.104
=schoonmaak | weight=0.104
=voor =schoonmaak | weight=0.104
=de =polis | weight=0.104
=dagen =te | weight=0.104
=euro =voor | weight=0.103
=is =niet | weight=0.103, noneg
=het =product | weight=0.103
=mijn =medicijnen | weight=0.103
=had =het | weight=0.103
=naam =het | weight=0.102
=doen =omdat | weight=0.102
=aanmaningskosten | weight=0.101
=de =aanmaningskosten | weight=0.101
=worden =automatische | weight=0.101
=sorry | weight=0.101
=niet =inzien | weight=0.101, noneg
=nergens =in | weight=0.100, noneg
=eraf | weight=0.100
=er =dus | weight=0.100
=klein | weight=0.100
=passen | weight=0.100
=systeem =dat | weight=0.100
=gemaild =over | weight=0.100
=mijn =verzoek | weight=0.100
=schoonmaakkosten | weight=0.100
=maand =en | weight=0.099
=geen =invloed | weight=0.099, noneg
=u =bij | weight=0.099
=geen =rekening | weight=0.099, noneg
=zelfde | weight=0.099
=ik =kon | weight=0.099
=winkel =zeggen | weight=0.099
=dagen =geleden | weight=0.098
=mijn =retour | weight=0.098
=mocht =mijn | weight=0.097
=wil =de | weight=0.097
=buitengewone =omstandigheden | weight=0.097
=u =er | weight=0.097
=kon =beslissen | weight=0.097
=algemene =voorwaarden | weight=0.097
=omdat =mijn | weight=0.097
=klant =zijn | weight=0.096
=hoofdkantoor | weight=0.096
=de =fout | weight=0.096
=niet =klopt | weight=0.096, noneg
=vind =dat | weight=0.096
=ik =mn | weight=0.096
=buitengewone | weight=0.096
=hij =luisterde | weight=0.095
=luisterde | weight=0.095
=luisterde =niet | weight=0.095, noneg
=werd =grof | weight=0.095
=de =manager | weight=0.095
=monteren | weight=0.095
=iemand =sorry | weight=0.095
=medicijnen | weight=0.094
=gemaakt =bij | weight=0.094
=doos =nog | weight=0.094
=daarmee =was | weight=0.094
=verlopen =was | weight=0.094
=zei =de | weight=0.094
=maand =klant | weight=0.093
=omstandigheden | weight=0.093
=uur =moet | weight=0.093
=schelden | weight=0.093
=daarna =dat | weight=0.092
=gewoon =geldig | weight=0.092
=gebruiker =toevoegen | weight=0.092
=broek =passen | weight=0.092
=passen =mocht | weight=0.092
=afgedaan | weight=0.092
=al =jaar | weight=0.092
=ze =niet | weight=0.092, noneg
=vast =aan | weight=0.092
=weggegooid | weight=0.091
=regelen =het | weight=0.091
=het =poortje | weight=0.091
=poortje | weight=0.091
=geen =nederlands | weight=0.091, noneg
=een =clausule | weight=0.091
=andere =garage | weight=0.091
=broer | weight=0.091
=annuleren | weight=0.090
=want =volgens | weight=0.090
=uur =voor | weight=0.090
=alleen =tot | weight=0.090
=dus =niks | weight=0.090, noneg
