# transfer_runaround, nl: learned by scripts/learn.py from 4875 tuning texts (274 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Na 45 minuten in de wacht kreeg ik een medewerker die me afsnauwde en doorverbond naar een collega die ook al van niks wist.
+ Hallo, ik heb een vraag over mijn pensioenopbouw gesteld via het formulier. Na drie weken kreeg ik een reactie dat ik voor die vraag bij mijn werkgever moest zijn. Mijn werkgever zegt dat het pensioenfonds dit beheert. Ik heb beide partijen nu de mails van de ander doorgestuurd. Ik heb het idee dat niemand verantwoordelijk wil zijn.
+ Uw bezorger heeft mijn pakket op 2 november bij 'de buren' afgeleverd, maar geen van mijn buren heeft het. De klantenservice zei dat ik dit bij de vervoerder moest melden. De vervoerder zei dat de afzender het moet oplossen. Ik heb beide meerdere keren gemaild. Ik krijg steeds een automatisch antwoord met een link naar de veelgestelde vragen. Ik wil gewoon mijn pakket of mijn geld.
- ok dankje
- ok top dank je
=doorgeschakeld | weight=0.504
=pingpong | weight=0.419
=terug =naar | weight=0.377
=weer =bij | weight=0.376
=doorverbonden | weight=0.348
=doorgezet | weight=0.343
=doorverbinden | weight=0.330
=doorverbonden =en | weight=0.320
=werd =van | weight=0.316
=elke =afdeling | weight=0.311
=dienst | weight=0.305
=rondgekaatst | weight=0.301
=andere =nummer | weight=0.300
=moest =zijn | weight=0.280
=verwijst =naar | weight=0.279
=overgedragen | weight=0.273
=me =weer | weight=0.273
=aan =elkaar | weight=0.270
=iedereen =zegt | weight=0.268
=afdeling | weight=0.263
=gestuurd =voor | weight=0.261
=de =afzender | weight=0.260
=afzender | weight=0.253
=doorverwezen | weight=0.251
=muur =gestuurd | weight=0.251
=andere =team | weight=0.247
=drie =chatmedewerker | weight=0.246
=andere =afdeling | weight=0.245
=zegt =bel | weight=0.244
=verbond | weight=0.242
=naar =iemand | weight=0.239
=door =en | weight=0.236
=zij =daar | weight=0.227
=bel =de | weight=0.226
=door =naar | weight=0.224
=tot =hand | weight=0.221
=van =hand | weight=0.221
=hand =tot | weight=0.218
=afdeling =naar | weight=0.209
=pingpong =tussen | weight=0.208
=keer =doorgeschakeld | weight=0.206
=loket | weight=0.205
=bij =drie | weight=0.203
=doorgeschakeld =en | weight=0.201
=verder =gestuurd | weight=0.199
=andere =medewerker | weight=0.198
=de =webshop | weight=0.197
=niet =mijn | weight=0.196, noneg
=een =collega | weight=0.195
=het =moet | weight=0.193
=zegt =niet | weight=0.193, noneg
=naar =loket | weight=0.192
=van =loket | weight=0.192
=doorgezet =naar | weight=0.192
=blijven | weight=0.192
=nummer | weight=0.190
=telkens =kreeg | weight=0.190
=ben =van | weight=0.189
=overal | weight=0.189
=en =weer | weight=0.189
=uiteindelijk =weer | weight=0.187
=hen =en | weight=0.187
=kwam =bij | weight=0.186
=keer =doorverbonden | weight=0.186
=hetzelfde =over | weight=0.186
=ik =worden | weight=0.185
=daarna =weer | weight=0.183
=chatvensters | weight=0.183
=nummer =bellen | weight=0.183
=tweede =lijn | weight=0.182
=loket =gestuurd | weight=0.181
=loket =naar | weight=0.181
=een =rondje | weight=0.181
=drie =filialen | weight=0.181
=lang =drie | weight=0.181
=wijst =naar | weight=0.180
=weer =doorverbonden | weight=0.179
=je =door | weight=0.179
=filialen | weight=0.179
=doorverbinden =moest | weight=0.179
=elke =doorverbinden | weight=0.179
=medewerker =terechtgekomen | weight=0.177
=terechtgekomen | weight=0.177
=zonder =antwoord | weight=0.175, noneg
=doorgeschoven | weight=0.175
=niet =onze | weight=0.173, noneg
=het =bij | weight=0.173
=nummer =moest | weight=0.172
=en =nog | weight=0.172
=collega =erover | weight=0.170
=erover =gaat | weight=0.170
=weet =nog | weight=0.170
=winkel =verwijst | weight=0.169
=zet =je | weight=0.169
=de =verzekeraar | weight=0.168
=rondgestuurd | weight=0.167
=me =door | weight=0.167
=niks =wist | weight=0.166, noneg
=daarvoor | weight=0.166
=verwees | weight=0.165
=ze =verbond | weight=0.165
=overgezet | weight=0.165
=ze =blijven | weight=0.165
=niemand =voelt | weight=0.164, noneg
=niemand =kon | weight=0.164, noneg
=doorgestuurd =en | weight=0.162
=de =ene | weight=0.160
=me =terug | weight=0.159
=reactie =dat | weight=0.159
=bal =steeds | weight=0.158
=verwees =naar | weight=0.158
=we =de | weight=0.157
=gaven =ze | weight=0.157
=winkel =stuurt | weight=0.157
=winkel =volgens | weight=0.156
=filiaal =naar | weight=0.156
=naar =filiaal | weight=0.156
=van =filiaal | weight=0.156
=collega =die | weight=0.156
=het =incassobureau | weight=0.154
=incassobureau | weight=0.154
=vier =verschillende | weight=0.154
=winkel =moet | weight=0.153
=de =bal | weight=0.153
=winkel =kon | weight=0.152
=doorgezet =en | weight=0.152
=ben =nog | weight=0.151
=geen =stap | weight=0.151, noneg
=mail =en | weight=0.151
=iedereen | weight=0.151
=al =bij | weight=0.151
=tussen | weight=0.150
=chat =moest | weight=0.150
=daarvoor =bij | weight=0.149
=verantwoordelijkheid =is | weight=0.148
=servicebalie =moest | weight=0.147
=aanspreekpunt | weight=0.147
=uitgekomen | weight=0.146
=steeds =naar | weight=0.146
=tussen =de | weight=0.146
=worden =van | weight=0.146
=ga =maar | weight=0.145
=het =doorverbinden | weight=0.143
=niemand =wist | weight=0.142, noneg
=en =niemand | weight=0.142, noneg
=klantenservice =moest | weight=0.142
=zijn =de | weight=0.142
=bal | weight=0.142
=medewerker =hebben | weight=0.142
=verzekeraar =zegt | weight=0.142
=kassa =zei | weight=0.140
=erover | weight=0.140
=chat =werd | weight=0.140
=niemand =voelde | weight=0.140, noneg
=andere =contactpersoon | weight=0.140
=contactpersoon =verwezen | weight=0.140
=viermaal =naar | weight=0.140
=steeds =niemand | weight=0.139, noneg
=alweer | weight=0.139
=ik =drie | weight=0.139
=dat =maar | weight=0.139
=maar =doorzetten | weight=0.138
=terug =bij | weight=0.138
=een =simpele | weight=0.137
=na =elke | weight=0.137
=daar =weer | weight=0.137
=ene =naar | weight=0.137
=nie | weight=0.137, noneg
=contactpersoon | weight=0.137
=verzekeraar | weight=0.137
=verder =en | weight=0.136
=doorgespeeld | weight=0.136
=hebben =me | weight=0.135
=de =andere | weight=0.135
=lijn =die | weight=0.134
=bij =verkoop | weight=0.134
=telkens | weight=0.133
=verwijst | weight=0.133
=werd =doorgezet | weight=0.132
=eerst =uit | weight=0.132
=kon =ik | weight=0.132
=medewerker =naar | weight=0.131
=elkaar | weight=0.131
=de =administratie | weight=0.131
=vraag =bij | weight=0.130
=telkens =als | weight=0.130
=bij =elke | weight=0.129
=zet =me | weight=0.129
=de =fabriek | weight=0.129
=fabriek | weight=0.129
=van =niks | weight=0.129, noneg
=afdeling =bezorging | weight=0.129
=bezorging =zijn | weight=0.129
=moet =zijn | weight=0.129
=hoe =vaak | weight=0.129
=drie =afdeling | weight=0.128
=de =gemeente | weight=0.128
=gemeente | weight=0.128
=eerst =naar | weight=0.128
=de =verkoopafdeling | weight=0.126
=me =aan | weight=0.125
=afdeling =terecht | weight=0.125
=elke =dienst | weight=0.125
=keer =kreeg | weight=0.124
=maar =aan | weight=0.124
=verkeerde =afdeling | weight=0.124
=naar =afdeling | weight=0.124
=van =afdeling | weight=0.124
=worden =ik | weight=0.123
=iets =voor | weight=0.123
=blijven =mij | weight=0.123
=mij =maar | weight=0.123
=naar =sales | weight=0.123
=sales | weight=0.123
=de =servicebalie | weight=0.123
=we =kwam | weight=0.123
=ga =naar | weight=0.122
=chat =zei | weight=0.122
=het =restaurant | weight=0.122
=opnieuw =beginnen | weight=0.121
=servicebalie | weight=0.121
=gegooid | weight=0.121
=jullie =klantenservice | weight=0.120
=mijn =polis | weight=0.119
=loket =van | weight=0.119
=nog =geen | weight=0.118, noneg
=ik =bij | weight=0.117
=verkoopafdeling | weight=0.117
=voor =die | weight=0.117
=overgezet =naar | weight=0.117
=niemand =wil | weight=0.116, noneg
=keer =hen | weight=0.116
=naar =elkaar | weight=0.115
=een =andere | weight=0.115
=een =nummer | weight=0.115
=de =garage | weight=0.114
=vervoerder =moest | weight=0.114
=ik =daarvoor | weight=0.113
=je =bij | weight=0.113
=medewerker =zegt | weight=0.113
=gemeentehuis | weight=0.113
=het =gemeentehuis | weight=0.113
=balie =verwezen | weight=0.113
=iedereen =verwijst | weight=0.113
=bij =vier | weight=0.112
=helpt | weight=0.111
=die =vraag | weight=0.110
=ben =inmiddels | weight=0.110
=moest =melden | weight=0.110
=doorgeschoven =naar | weight=0.110
=naar =de | weight=0.109
=filiaal | weight=0.109
=die =al | weight=0.108
=de =caissiere | weight=0.108
=het =callcenter | weight=0.108
=iemand =me | weight=0.108
=verkoop | weight=0.108
=moet =je | weight=0.108
=gaan =wij | weight=0.107
=en =steeds | weight=0.107
=tussen =drie | weight=0.107
=afdeling =gegaan | weight=0.107
=naam =adres | weight=0.107
=callcenter | weight=0.107
=moet =betalen | weight=0.106
=het =dossier | weight=0.106
=mijn =verhaal | weight=0.106
=de =dealer | weight=0.106
=dealer | weight=0.106
=caissiere | weight=0.106
=verantwoordelijkheid | weight=0.105
=chat =was | weight=0.105
=diezelfde | weight=0.105
=wie =helpt | weight=0.104
=dan =moet | weight=0.104
=winkel =en | weight=0.104
=webshop =de | weight=0.104
=zegt =ga | weight=0.103
=die =zet | weight=0.103
=exact =hetzelfde | weight=0.103
=heerlijk | weight=0.103
=andere =doorgeschakeld | weight=0.102
=het =servicepunt | weight=0.102
=servicepunt | weight=0.102
=mail =moest | weight=0.102
=polis | weight=0.102
=telkens =een | weight=0.101
=dezelfde =drie | weight=0.101
=dienst =naar | weight=0.101
=de =winkel | weight=0.101
=nog =doorverbonden | weight=0.101
=klantenservice =zegt | weight=0.101
=ons =maar | weight=0.100
=de =servicedesk | weight=0.100
=het =wacht | weight=0.100
=winkel =stuurde | weight=0.099
=keer =overgezet | weight=0.099
=weer =ergens | weight=0.099
=rondgepompt | weight=0.099
=de =netbeheerder | weight=0.099
=gestuurd =door | weight=0.099
=als =reactie | weight=0.099
=verhuurder =moet | weight=0.098
=verhuurder =zegt | weight=0.098
=service | weight=0.098
=jullie =blijven | weight=0.097
=me =van | weight=0.097
=huisarts | weight=0.097
=kastje | weight=0.097
=kastje =naar | weight=0.097
=die =collega | weight=0.097
=vijf =keer | weight=0.096
=een =afdeling | weight=0.096
=daarvoor =moet | weight=0.096
=aankloppen | weight=0.096
=begon =het | weight=0.096
=u =bij | weight=0.096
=kon =het | weight=0.095
=regelen =en | weight=0.094
=en =elke | weight=0.094
=ene =afdeling | weight=0.094
=inmiddels =bij | weight=0.094
=muziekje | weight=0.094
=die =me | weight=0.093
=andere =hen | weight=0.093
=de =luchtvaartmaatschappij | weight=0.093
=luchtvaartmaatschappij | weight=0.093
=zijn =eigen | weight=0.092
=opnieuw =gebeld | weight=0.092
=medewerker =terecht | weight=0.092
=de =eerst | weight=0.092
=dat =we | weight=0.092
=verwezen | weight=0.091
=sturen =ze | weight=0.091
=betreft | weight=0.091
=gelopen | weight=0.090
=weer =gelopen | weight=0.090
=moet =regelen | weight=0.090
=begonnen | weight=0.090
=het =werd | weight=0.089
=overzetten | weight=0.089
=moest =vraag | weight=0.089
=filiaal =zegt | weight=0.089
=een =balie | weight=0.089
=verbond =en | weight=0.089
=nog =worden | weight=0.089
=wijst | weight=0.088
=team =verwees | weight=0.088
=fabrikant =naar | weight=0.088
=hand =en | weight=0.088
=ene =dienst | weight=0.088
=ziekenhuis =en | weight=0.087
=en =opnieuw | weight=0.087
=onze =vraag | weight=0.087
=gebeld =weer | weight=0.087
=steeds =weer | weight=0.087
=support | weight=0.086
=iemand =gewoon | weight=0.086
=ook =nog | weight=0.086
=doorgestuurd | weight=0.086
=vier | weight=0.086
=kreeg =als | weight=0.086
=ik =doorgezet | weight=0.086
=beantwoordt | weight=0.085
=doorgeschakeld =naar | weight=0.085
=de =verzekering | weight=0.085
=de =receptie | weight=0.085
=weer =opnieuw | weight=0.085
=iedere =mij | weight=0.085
=waarbij =iedere | weight=0.085
=niemand =loste | weight=0.084, noneg
=de =koerier | weight=0.084
=garage | weight=0.084
=receptie | weight=0.084
=hoort | weight=0.084
=moest =bellen | weight=0.084
=fabrikant =de | weight=0.084
=de =helpdesk | weight=0.084
=volgende =dat | weight=0.083
=en =uiteindelijk | weight=0.083
=het =kastje | weight=0.083
=deze =weken | weight=0.083
=verschillende =medewerker | weight=0.083
=bel =en | weight=0.083
=koerier | weight=0.083
=restaurant | weight=0.083
=door =aan | weight=0.083
=weer =terug | weight=0.082
=die =zeiden | weight=0.082
=nergens =van | weight=0.082, noneg
=eindeloos | weight=0.081
=nieuwe =medewerker | weight=0.081
=naar =weer | weight=0.081
=daar =gaan | weight=0.081
=tussen =twee | weight=0.080
=samenvatten | weight=0.080
=elke =medewerker | weight=0.080
=netbeheerder =zegt | weight=0.080
=de =verkeerde | weight=0.080
=ik =voor | weight=0.080
