# transfer_runaround, nl: learned by scripts/learn.py from 4090 tuning texts (196 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ De huisarts verwijst naar de apotheek, de apotheek naar de verzekeraar en de verzekeraar weer naar de huisarts. Rondje.
+ Na 45 minuten in de wacht kreeg ik een medewerker die me afsnauwde en doorverbond naar een collega die ook al van niks wist.
+ Je wordt van het kastje naar de muur gestuurd.
- we willen ons geld terug
- Dank voor de snelle hulp!
=doorgeschakeld | weight=0.481
=pingpong | weight=0.407
=doorverbonden | weight=0.387
=terug =naar | weight=0.376
=weer =bij | weight=0.364
=rondgekaatst | weight=0.314
=doorverbonden =en | weight=0.293
=dienst | weight=0.293
=werd =van | weight=0.288
=aan =elkaar | weight=0.284
=elke =afdeling | weight=0.280
=doorverbinden | weight=0.268
=gestuurd =voor | weight=0.261
=verbond | weight=0.259
=naar =iemand | weight=0.249
=afdeling | weight=0.247
=me =weer | weight=0.244
=doorgezet | weight=0.243
=drie =chatmedewerker | weight=0.243
=overgedragen | weight=0.238
=door =en | weight=0.234
=zegt =bel | weight=0.217
=bel =de | weight=0.216
=het =moet | weight=0.213
=verwijst =naar | weight=0.209
=doorgeschakeld =en | weight=0.209
=ik =worden | weight=0.208
=en =nog | weight=0.207
=chatvensters | weight=0.204
=afdeling =naar | weight=0.202
=andere =team | weight=0.201
=doorverwezen | weight=0.199
=team | weight=0.198
=tweede =lijn | weight=0.198
=service | weight=0.191
=zonder =antwoord | weight=0.191, noneg
=de =verzekeraar | weight=0.190
=de =afzender | weight=0.189
=muur =gestuurd | weight=0.184
=pingpong =tussen | weight=0.183
=afzender | weight=0.177
=naar =loket | weight=0.176
=van =loket | weight=0.176
=moet =zijn | weight=0.175
=kwam =bij | weight=0.174
=bij =drie | weight=0.174
=verder =gestuurd | weight=0.174
=overal | weight=0.174
=loket =gestuurd | weight=0.172
=loket =naar | weight=0.172
=telkens =als | weight=0.170
=drie =filialen | weight=0.170
=lang =drie | weight=0.170
=overgezet | weight=0.169
=zijn =de | weight=0.168
=we =de | weight=0.166
=filialen | weight=0.166
=waar =ik | weight=0.165
=uiteindelijk =weer | weight=0.164
=dat =we | weight=0.164
=verantwoordelijkheid =is | weight=0.164
=blijven | weight=0.163
=me =terug | weight=0.162
=hetzelfde =over | weight=0.159
=je =door | weight=0.158
=loket | weight=0.158
=zet =je | weight=0.157
=rondgestuurd | weight=0.157
=niks =wist | weight=0.157, noneg
=mail =en | weight=0.156
=weet =nog | weight=0.155
=niemand =voelt | weight=0.154, noneg
=daarvoor | weight=0.154
=keer =doorverbonden | weight=0.153
=zij =daar | weight=0.153
=ze =blijven | weight=0.152
=doorverbinden =moest | weight=0.152
=elke =doorverbinden | weight=0.152
=medewerker =hebben | weight=0.152
=andere =afdeling | weight=0.151
=verzekeraar =zegt | weight=0.151
=me =door | weight=0.150
=medewerker =terechtgekomen | weight=0.150
=terechtgekomen | weight=0.150
=na =het | weight=0.150
=ze =verbond | weight=0.149
=doorgespeeld | weight=0.149
=een =simpele | weight=0.149
=door =naar | weight=0.148
=bal =steeds | weight=0.148
=verzekeraar | weight=0.146
=vier | weight=0.145
=het =werd | weight=0.145
=de =bal | weight=0.144
=ben =nog | weight=0.143
=andere =moet | weight=0.142
=geen =stap | weight=0.141, noneg
=doorgezet =naar | weight=0.139
=bij =elke | weight=0.139
=ene =naar | weight=0.139
=begon =het | weight=0.137
=ik =daarvoor | weight=0.137
=winkel =stuurde | weight=0.137
=nummer | weight=0.137
=bal | weight=0.136
=hoe =vaak | weight=0.135
=loket =van | weight=0.134
=weer =doorverbonden | weight=0.134
=steeds =naar | weight=0.133
=niemand =voelde | weight=0.133, noneg
=en =bij | weight=0.133
=de =fabriek | weight=0.132
=fabriek | weight=0.132
=wijst =naar | weight=0.132
=chat =werd | weight=0.132
=die =me | weight=0.132
=na =elke | weight=0.131
=het =servicepunt | weight=0.130
=servicepunt | weight=0.130
=niemand =wist | weight=0.130, noneg
=winkel =kon | weight=0.130
=winkel =volgens | weight=0.130
=moet =je | weight=0.130
=andere =nummer | weight=0.129
=me =aan | weight=0.129
=kon =het | weight=0.128
=andere =medewerker | weight=0.128
=depot | weight=0.127
=het =depot | weight=0.127
=ik =drie | weight=0.127
=naar =elkaar | weight=0.127
=chat =moest | weight=0.127
=eerst =uit | weight=0.127
=zei =het | weight=0.127
=uitgekomen | weight=0.127
=iets =voor | weight=0.126
=een =collega | weight=0.126
=nog =geen | weight=0.126, noneg
=omruilen | weight=0.126
=opnieuw =beginnen | weight=0.125
=nog =doorverbonden | weight=0.125
=aanspreekpunt | weight=0.125
=gaven =ze | weight=0.124
=we =kwam | weight=0.123
=ga =naar | weight=0.123
=naar =sales | weight=0.122
=sales | weight=0.122
=ga =maar | weight=0.122
=gemeentehuis | weight=0.122
=het =gemeentehuis | weight=0.122
=ik =weer | weight=0.122
=verder | weight=0.121
=alweer | weight=0.121
=kassa =zei | weight=0.119
=iedereen | weight=0.118
=daarna =weer | weight=0.118
=tussen | weight=0.117
=verschillende =medewerker | weight=0.117
=verwijst | weight=0.117
=verkeerde =afdeling | weight=0.116
=je =bij | weight=0.116
=telkens =een | weight=0.116
=de =netbeheerder | weight=0.116
=netbeheerder | weight=0.116
=de =dealer | weight=0.116
=dealer | weight=0.116
=klantenservice =zegt | weight=0.116
=nie | weight=0.115, noneg
=ik =bij | weight=0.113
=moest =bellen | weight=0.113
=de =receptie | weight=0.113
=receptie | weight=0.113
=van =niks | weight=0.113, noneg
=dezelfde =drie | weight=0.113
=klantenservice =de | weight=0.113
=de =garage | weight=0.112
=die =zet | weight=0.111
=later | weight=0.111
=naar =afdeling | weight=0.111
=van =afdeling | weight=0.111
=zet =me | weight=0.111
=verder =en | weight=0.111
=steeds =niemand | weight=0.109, noneg
=verwezen | weight=0.109
=andere =contactpersoon | weight=0.108
=contactpersoon =verwezen | weight=0.108
=viermaal =naar | weight=0.108
=kon =ik | weight=0.108
=eerst =naar | weight=0.108
=ben =van | weight=0.107
=terug =bij | weight=0.107
=simpele | weight=0.106
=vier =verschillende | weight=0.106
=daar =weer | weight=0.105
=de =webshop | weight=0.105
=servicedesk | weight=0.105
=doorgezet =en | weight=0.104
=het =doorverbinden | weight=0.104
=gestuurd | weight=0.104
=doorgeschoven | weight=0.104
=hebben =me | weight=0.103
=contactpersoon | weight=0.103
=die =al | weight=0.103
=collega =die | weight=0.103
=worden =ik | weight=0.102
=webshop | weight=0.102
=elkaar | weight=0.101
=elke =dienst | weight=0.101
=doorzetten | weight=0.101
=maar =doorzetten | weight=0.101
=en =steeds | weight=0.100
=keer =kreeg | weight=0.100
=balie =verwezen | weight=0.100
=weer | weight=0.100
=de =verkoopafdeling | weight=0.099
=doorverbonden =kon | weight=0.099
=belachelijk | weight=0.099
=gaven | weight=0.099
=dat =zij | weight=0.099
=vaak | weight=0.099
=al =bij | weight=0.099
=moest =een | weight=0.099
=weer =naar | weight=0.098
=winkel =verwijst | weight=0.098
=betreft | weight=0.098
=er =echt | weight=0.098
=het =via | weight=0.098
=beantwoordt | weight=0.097
=iemand =gewoon | weight=0.097
=verhuurder =zegt | weight=0.097
=viermaal | weight=0.097
=weer =ergens | weight=0.095
=planning | weight=0.095
=bel =krijg | weight=0.095
=de =ene | weight=0.095
=support | weight=0.095
=regelen =en | weight=0.094
=ik =opnieuw | weight=0.093
=gestuurd =door | weight=0.093
=de =verkeerde | weight=0.093
=die =van | weight=0.093
=ziekenhuis =en | weight=0.093
=deze =weken | weight=0.093
=ene =afdeling | weight=0.092
=verkoopafdeling | weight=0.092
=verkoop | weight=0.092
=iedereen =verwijst | weight=0.092
=andere =hen | weight=0.092
=verwees | weight=0.092
=terecht | weight=0.092
=iemand =me | weight=0.092
=verkoopafdeling =naar | weight=0.092
=werd =doorgezet | weight=0.092
=blijven =mij | weight=0.091
=mij =maar | weight=0.091
=een =andere | weight=0.091
=netbeheerder =zegt | weight=0.091
=zegt =ga | weight=0.091
=gegooid | weight=0.090
=lang | weight=0.089
=andere =doorgeschakeld | weight=0.089
=moest =zijn | weight=0.088
=tussen =de | weight=0.088
=de =servicedesk | weight=0.087
=ik =doorgezet | weight=0.087
=lijn =die | weight=0.087
=keer =doorgeschakeld | weight=0.086
=het =restaurant | weight=0.086
=u =bij | weight=0.086
=vervoerder =moest | weight=0.086
=rondgepompt | weight=0.085
=moet =regelen | weight=0.085
=fabrikant =en | weight=0.085
=diezelfde | weight=0.084
=bank =en | weight=0.084
=voor =me | weight=0.084
=moet =betalen | weight=0.084
=exact =hetzelfde | weight=0.084
=overgezet =naar | weight=0.083
=filiaal | weight=0.083
=overzetten | weight=0.083
=zijn =eigen | weight=0.083
=team =verwees | weight=0.083
=voordat =iemand | weight=0.082
=ter | weight=0.082
=gaan =wij | weight=0.081
=chat =was | weight=0.081
=kastje | weight=0.081
=kastje =naar | weight=0.081
=huisarts =zegt | weight=0.081
=daarvoor =moet | weight=0.080
=de =koerier | weight=0.080
=ons =maar | weight=0.080
=keer =door | weight=0.080
=iedere =mij | weight=0.080
=waarbij | weight=0.080
=waarbij =iedere | weight=0.080
=het =wachten | weight=0.079
=de =winkel | weight=0.079
=koerier | weight=0.079
=niemand =wil | weight=0.078, noneg
=ga =terug | weight=0.078
=collega | weight=0.078
=bel =en | weight=0.078
=de =gemeente | weight=0.078
=gemeente | weight=0.078
=onze =vraag | weight=0.078
=doorverwijzen | weight=0.077
=jullie =blijven | weight=0.077
=al =weken | weight=0.077
=niemand | weight=0.077, noneg
=keer =overgezet | weight=0.076
=winkel =het | weight=0.076
=naar =de | weight=0.076
=de =muur | weight=0.076
=medewerker =terecht | weight=0.076
=mijn =polis | weight=0.076
=blijven =me | weight=0.076
=en =niemand | weight=0.075, noneg
=maar =naar | weight=0.075
=moet =doen | weight=0.075
=dienst =naar | weight=0.074
=een =balie | weight=0.074
=alle | weight=0.074
=naam =adres | weight=0.074
=garage | weight=0.074
=naar =vier | weight=0.073
=weer =opnieuw | weight=0.073
=eeuwig =in | weight=0.073
=de =andere | weight=0.073
=continu =doorgeschakeld | weight=0.073
=worden =continu | weight=0.073
=de =tweede | weight=0.073
=een =eeuwig | weight=0.073
=servicebalie =de | weight=0.072
=beveiligingsvragen | weight=0.072
=drie =beveiligingsvragen | weight=0.072
=uiteindelijk | weight=0.072
=ik =doorverbonden | weight=0.072
=de =huisarts | weight=0.071
=is =daarna | weight=0.071
=filiaal =zegt | weight=0.071
=voor =iemand | weight=0.071
=muur | weight=0.070
=gesloten | weight=0.069
=geen =oplossing | weight=0.069, noneg
=op =met | weight=0.069
=zegt =nemen | weight=0.069
=heb =met | weight=0.069
=moest =ik | weight=0.069
=de =servicebalie | weight=0.069
=naar | weight=0.069
=volgende =dat | weight=0.068
=weer =een | weight=0.068
=polisbeheer | weight=0.068
=werd =vier | weight=0.068
=heerlijk | weight=0.068
=continu | weight=0.067
=winkel =zegt | weight=0.067
=de =woningcorporatie | weight=0.067
=woningcorporatie | weight=0.067
=eeuwig | weight=0.067
=eigen =zeggen | weight=0.067
=naar =eigen | weight=0.067
=exact | weight=0.067
=de =vervoerder | weight=0.067
=servicebalie | weight=0.067
=winkel =zei | weight=0.066
=naar =weer | weight=0.066
=daar =terug | weight=0.066
=de =herstelafdeling | weight=0.066
=herstelafdeling | weight=0.066
=samenvatten | weight=0.066
=medewerker =die | weight=0.065
=schade =het | weight=0.065
=en =daar | weight=0.065
=ene =dienst | weight=0.065
=overgedragen =aan | weight=0.065
=verschillende | weight=0.065
=oplossing | weight=0.065
=ben =inmiddels | weight=0.065
=niemand =pakt | weight=0.065, noneg
=afzender =de | weight=0.065
=afzender =zegt | weight=0.065
=depot =zegt | weight=0.065
=die =collega | weight=0.065
=niet =over | weight=0.065, noneg
=die =ons | weight=0.064
=gebeld =weer | weight=0.064
=opnieuw =gebeld | weight=0.064
=lijn | weight=0.064
=ene | weight=0.064
=op =zich | weight=0.063
=bij =iedere | weight=0.063
=restaurant | weight=0.063
=sturen =ze | weight=0.063
=afwijken | weight=0.063
=begonnen =was | weight=0.063
=chatmedewerker =en | weight=0.063
=doorgeschoven =tussen | weight=0.063
