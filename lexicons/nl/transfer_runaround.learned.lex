# transfer_runaround, nl: learned by scripts/learn.py from 3889 tuning texts (166 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ De huisarts verwijst naar de apotheek, de apotheek naar de verzekeraar en de verzekeraar weer naar de huisarts. Rondje.
+ Na 45 minuten in de wacht kreeg ik een medewerker die me afsnauwde en doorverbond naar een collega die ook al van niks wist.
+ Je wordt van het kastje naar de muur gestuurd.
- we willen ons geld terug
- Geen minuut gewacht, top!
=doorgeschakeld | weight=0.450
=doorverbonden | weight=0.386
=weer =bij | weight=0.382
=pingpong | weight=0.366
=terug =naar | weight=0.366
=rondgekaatst | weight=0.327
=dienst | weight=0.326
=werd =van | weight=0.298
=aan =elkaar | weight=0.288
=doorverbinden | weight=0.286
=me =weer | weight=0.276
=elke =afdeling | weight=0.276
=afdeling | weight=0.267
=verbond | weight=0.265
=naar =iemand | weight=0.261
=verwijst =naar | weight=0.252
=keer =doorverbonden | weight=0.250
=drie =chatmedewerker | weight=0.239
=door =en | weight=0.235
=doorgezet | weight=0.231
=doorverbonden =en | weight=0.231
=zegt =bel | weight=0.224
=het =moet | weight=0.224
=me =door | weight=0.217
=bel =de | weight=0.216
=ik =worden | weight=0.212
=chatvensters | weight=0.212
=afdeling =naar | weight=0.210
=andere =team | weight=0.207
=en =nog | weight=0.206
=zonder =antwoord | weight=0.202, noneg
=de =afzender | weight=0.200
=team | weight=0.200
=drie =filialen | weight=0.191
=lang =drie | weight=0.191
=filialen | weight=0.190
=afzender | weight=0.188
=de =verzekeraar | weight=0.187
=muur =gestuurd | weight=0.186
=loket | weight=0.182
=naar =loket | weight=0.178
=van =loket | weight=0.178
=overal | weight=0.177
=verder =gestuurd | weight=0.175
=loket =gestuurd | weight=0.175
=loket =naar | weight=0.175
=kwam =bij | weight=0.170
=waar =ik | weight=0.169
=niks =wist | weight=0.167, noneg
=doorgeschakeld =en | weight=0.167
=die =me | weight=0.167
=uiteindelijk =weer | weight=0.165
=we =de | weight=0.164
=dat =we | weight=0.164
=zij =daar | weight=0.161
=bij =elke | weight=0.161
=bij =drie | weight=0.160
=me =terug | weight=0.158
=medewerker =terechtgekomen | weight=0.158
=terechtgekomen | weight=0.158
=niemand =voelt | weight=0.157, noneg
=wijst =naar | weight=0.157
=mail =en | weight=0.155
=medewerker =hebben | weight=0.155
=winkel =stuurde | weight=0.155
=na =het | weight=0.154
=ze =verbond | weight=0.154
=lang | weight=0.151
=bal =steeds | weight=0.150
=daarvoor | weight=0.150
=moet =zijn | weight=0.150
=blijven | weight=0.150
=zet =me | weight=0.150
=telkens =als | weight=0.148
=verwijst | weight=0.148
=doorgespeeld | weight=0.147
=de =bal | weight=0.146
=steeds =naar | weight=0.145
=nog =geen | weight=0.144, noneg
=doorverbinden =moest | weight=0.144
=elke =doorverbinden | weight=0.144
=moet =je | weight=0.144
=chat =moest | weight=0.144
=je =bij | weight=0.143
=winkel =kon | weight=0.143
=winkel =volgens | weight=0.143
=en =bij | weight=0.143
=andere =moet | weight=0.142
=verzekeraar | weight=0.141
=verwezen | weight=0.140
=ben =nog | weight=0.140
=service | weight=0.140
=geen =stap | weight=0.139, noneg
=ik =daarvoor | weight=0.139
=kon =het | weight=0.139
=begon =het | weight=0.139
=hoe =vaak | weight=0.138
=bal | weight=0.137
=loket =van | weight=0.136
=ga =naar | weight=0.135
=niemand =wist | weight=0.135, noneg
=zijn =de | weight=0.134
=uitgekomen | weight=0.133
=me =aan | weight=0.133
=dezelfde =drie | weight=0.133
=de =fabriek | weight=0.132
=fabriek | weight=0.132
=rondgestuurd | weight=0.130
=vier =verschillende | weight=0.130
=na =elke | weight=0.130
=elkaar | weight=0.130
=het =servicepunt | weight=0.128
=servicepunt | weight=0.128
=klantenservice =zegt | weight=0.128
=doorgezet =naar | weight=0.128
=telkens =een | weight=0.127
=daarna =weer | weight=0.127
=het =werd | weight=0.127
=moest =bellen | weight=0.126
=eerst =uit | weight=0.126
=opnieuw =beginnen | weight=0.126
=verschillende =medewerker | weight=0.125
=niemand =voelde | weight=0.125, noneg
=aanspreekpunt | weight=0.125
=andere =medewerker | weight=0.124
=de =webshop | weight=0.122
=zei =het | weight=0.122
=ze =blijven | weight=0.121
=nie | weight=0.120, noneg
=overgedragen | weight=0.120
=depot | weight=0.119
=het =depot | weight=0.119
=naar =elkaar | weight=0.119
=klantenservice =de | weight=0.119
=collega =die | weight=0.119
=webshop | weight=0.118
=verder | weight=0.116
=verantwoordelijkheid =is | weight=0.116
=andere =contactpersoon | weight=0.116
=contactpersoon =verwezen | weight=0.116
=viermaal =naar | weight=0.116
=nog =doorverbonden | weight=0.115
=ga =maar | weight=0.115
=keer =kreeg | weight=0.115
=werd =een | weight=0.114
=doorzetten | weight=0.114
=maar =doorzetten | weight=0.114
=terug =bij | weight=0.113
=overgezet =naar | weight=0.113
=terecht | weight=0.113
=viermaal | weight=0.113
=we =kwam | weight=0.112
=kassa =zei | weight=0.112
=servicedesk | weight=0.111
=collega | weight=0.111
=gemeentehuis | weight=0.111
=het =gemeentehuis | weight=0.111
=doorgeschoven | weight=0.111
=eerst =naar | weight=0.111
=naar =afdeling | weight=0.111
=van =afdeling | weight=0.111
=contactpersoon | weight=0.110
=die =al | weight=0.110
=iedereen | weight=0.110
=van =niks | weight=0.110, noneg
=verkeerde =afdeling | weight=0.110
=verder =en | weight=0.109
=een =collega | weight=0.108
=iets =voor | weight=0.108
=tussen | weight=0.108
=verwees | weight=0.107
=de =netbeheerder | weight=0.106
=netbeheerder | weight=0.106
=elke =dienst | weight=0.106
=het =doorverbinden | weight=0.105
=de =verkeerde | weight=0.105
=deze =weken | weight=0.105
=vaak | weight=0.104
=keer =overgezet | weight=0.104
=doorgezet =en | weight=0.104
=iemand =gewoon | weight=0.103
=al =bij | weight=0.103
=beantwoordt | weight=0.103
=uiteindelijk | weight=0.102
=lijn =die | weight=0.102
=rondgepompt | weight=0.102
=ben =inmiddels | weight=0.102
=weer | weight=0.102
=blijven =mij | weight=0.102
=mij =maar | weight=0.102
=andere =afdeling | weight=0.102
=overgezet | weight=0.101
=andere =doorgeschakeld | weight=0.101
=dat =zij | weight=0.101
=verschillende | weight=0.101
=weer =ergens | weight=0.101
=naar =de | weight=0.101
=tussen =de | weight=0.100
=tweede =lijn | weight=0.100
=ik =bij | weight=0.099
=vervoerder =moest | weight=0.099
=ik =opnieuw | weight=0.098
=worden =ik | weight=0.098
=zegt =ga | weight=0.097
=verkoop | weight=0.097
=andere =hen | weight=0.097
=gestuurd =door | weight=0.097
=moest =ik | weight=0.096
=verhuurder =zegt | weight=0.096
=diezelfde | weight=0.095
=niemand =wil | weight=0.095, noneg
=regelen =en | weight=0.095
=winkel =verwijst | weight=0.094
=het =restaurant | weight=0.094
=al =weken | weight=0.094
=de =ene | weight=0.093
=een =andere | weight=0.092
=iemand =me | weight=0.092
=bank =en | weight=0.092
=moest =zijn | weight=0.092
=weer =naar | weight=0.092
=medewerker =aan | weight=0.091
=de =importeur | weight=0.091
=importeur | weight=0.091
=die =van | weight=0.090
=betreft | weight=0.090
=filiaal =zegt | weight=0.090
=doorverbonden =kon | weight=0.089
=overzetten | weight=0.089
=jullie =blijven | weight=0.089
=werd =doorgezet | weight=0.089
=winkel =het | weight=0.089
=naar =vier | weight=0.089
=chat =was | weight=0.088
=ene | weight=0.088
=kastje | weight=0.088
=kastje =naar | weight=0.088
=moet =regelen | weight=0.088
=zijn =eigen | weight=0.087
=gegooid | weight=0.086
=voordat =iemand | weight=0.086
=ik =werd | weight=0.086
=ziekenhuis =en | weight=0.086
=servicebalie =de | weight=0.086
=beveiligingsvragen | weight=0.085
=drie =beveiligingsvragen | weight=0.085
=andere | weight=0.085
=ik =doorgezet | weight=0.085
=iedereen =verwijst | weight=0.085
=bel =en | weight=0.085
=dienst =naar | weight=0.085
=de =muur | weight=0.084
=naar =sales | weight=0.084
=sales | weight=0.084
=gestuurd =voor | weight=0.084
=worden =je | weight=0.084
=het =kastje | weight=0.084
=moet =betalen | weight=0.084
=bel =krijg | weight=0.083
=door =naar | weight=0.083
=de =servicedesk | weight=0.083
=het =wachten | weight=0.082
=medewerker =terecht | weight=0.082
=de =winkel | weight=0.082
=op =zich | weight=0.082
=onze =vraag | weight=0.081
=moet =doen | weight=0.081
=kon =ik | weight=0.081
=ga =terug | weight=0.080
=de =technische | weight=0.080
=technische =dienst | weight=0.080
=voor =me | weight=0.080
=een =balie | weight=0.080
=muur | weight=0.079
=ik =doorverbonden | weight=0.079
=sturen =ze | weight=0.079
=keer =door | weight=0.079
=oplossing | weight=0.079
=door =aan | weight=0.078
=ik =weer | weight=0.078
=niet =over | weight=0.077, noneg
=en =niemand | weight=0.077, noneg
=overgedragen =aan | weight=0.076
=afdeling =zijn | weight=0.076
=begonnen | weight=0.076
=gaan =wij | weight=0.076
=polisbeheer | weight=0.075
=iedere =mij | weight=0.075
=team =verwees | weight=0.075
=waarbij | weight=0.075
=waarbij =iedere | weight=0.075
=ter | weight=0.074
=de =koerier | weight=0.074
=medewerker =die | weight=0.074
=ene =dienst | weight=0.074
=vier | weight=0.074
=gestuurd =en | weight=0.074
=de =woningcorporatie | weight=0.073
=woningcorporatie | weight=0.073
=huisarts =zegt | weight=0.073
=koerier | weight=0.073
=de =verzekering | weight=0.072
=steeds =weer | weight=0.072
=mijn =verhaal | weight=0.072
=klantenservice =stuurt | weight=0.072
=schade =het | weight=0.072
=winkel =zei | weight=0.071
=weer =opnieuw | weight=0.071
=terugzette | weight=0.071
=het =via | weight=0.071
=restaurant | weight=0.071
=voor =iemand | weight=0.071
=netbeheerder =zegt | weight=0.071
=doorgestuurd =en | weight=0.071
=terugzette =naar | weight=0.070
=dienst =en | weight=0.070
=maar =naar | weight=0.070
=bij =vier | weight=0.070
=telkens | weight=0.070
=afzender =de | weight=0.070
=afzender =zegt | weight=0.070
=depot =zegt | weight=0.070
=ene =afdeling | weight=0.070
=hebben =me | weight=0.069
=moest =oplossing | weight=0.069
=die =speelden | weight=0.069
=speelden =me | weight=0.069
=medewerker =stelde | weight=0.069
=de =planning | weight=0.068
=werd =vier | weight=0.068
=nu =nog | weight=0.068
=de =verhuurder | weight=0.068
=verhuurder | weight=0.068
=verzekeraar =de | weight=0.068
=heb =met | weight=0.068
=vervolgens =naar | weight=0.067
=samenvatten | weight=0.067
=de =huisarts | weight=0.067
=fabrikant =zegt | weight=0.067
=eeuwig =in | weight=0.067
=de =kassa | weight=0.066
=de =bank | weight=0.066
=winkel =zegt | weight=0.066
=gesloten | weight=0.066
=de =andere | weight=0.066
=daar =terug | weight=0.066
=de =herstelafdeling | weight=0.066
=herstelafdeling | weight=0.066
=bellen =en | weight=0.066
=het =moest | weight=0.065
=een =eeuwig | weight=0.065
=weer =doorverbonden | weight=0.065
=op =met | weight=0.065
=zegt =nemen | weight=0.065
=is =daarna | weight=0.065
=nergens =van | weight=0.064, noneg
=bij =iedere | weight=0.064
=en =daar | weight=0.064
=gestuurd | weight=0.064
=chatmedewerker | weight=0.063
=werd =naar | weight=0.063
=en =vervolgens | weight=0.063
=de =vervoerder | weight=0.063
=niks =gebeurd | weight=0.063, noneg
=iedere | weight=0.062
=we =worden | weight=0.062
=alle | weight=0.062
=niemand | weight=0.062, noneg
=naam =adres | weight=0.062
=begonnen =was | weight=0.061
=chatmedewerker =en | weight=0.061
=doorgeschoven =tussen | weight=0.061
=ik =begonnen | weight=0.061
=tussen =drie | weight=0.061
=weer =over | weight=0.061
=winkel =zeiden | weight=0.061
=eindeloos | weight=0.061
=wijst | weight=0.061
=droeg | weight=0.061
=een =weken | weight=0.061
=opnieuw =mijn | weight=0.060
=identiteit | weight=0.060
=mijn =identiteit | weight=0.060
=een =afdeling | weight=0.060
=nieuwe =persoon | weight=0.059
=naar | weight=0.059
=ze =dat | weight=0.059
=daar =gaan | weight=0.059
=eigen =zeggen | weight=0.059
=naar =eigen | weight=0.059
=collega =en | weight=0.058
=iemand =had | weight=0.058
=andere =het | weight=0.058
=maaltijd | weight=0.058
=die =ons | weight=0.058
=de =slimme | weight=0.058
=bank =zegt | weight=0.058
=ziekenhuis =zegt | weight=0.058
=klant =wachten | weight=0.058
=sturen =me | weight=0.058
