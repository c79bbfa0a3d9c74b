# transfer_runaround, nl: learned by scripts/learn.py from 3262 tuning texts (132 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ thuisbezorgd zegt 'neem contact op met het restaurant' en het restaurant zegt 'da's thuisbezorgd'. echt iedereen wijst naar elkaar
+ Maaltijd nooit bezorgd, de bezorger markeerde hem als afgeleverd. Support zegt dat het restaurant verantwoordelijk is en het restaurant verwijst naar de app.
+ Je wordt van het kastje naar de muur gestuurd.
- we willen ons geld terug
- Geen minuut gewacht, top!
=doorgeschakeld | weight=0.414
=terug =naar | weight=0.370
=weer =bij | weight=0.352
=dienst | weight=0.346
=pingpong | weight=0.335
=werd =van | weight=0.332
=rondgekaatst | weight=0.331
=afdeling | weight=0.323
=verwijst =naar | weight=0.308
=verbond | weight=0.296
=aan =elkaar | weight=0.285
=naar =iemand | weight=0.260
=doorverbonden | weight=0.255
=elke =afdeling | weight=0.254
=drie =chatmedewerker | weight=0.235
=zonder =antwoord | weight=0.224, noneg
=aanspreekpunt | weight=0.223
=doorverbinden | weight=0.222
=me =weer | weight=0.220
=zegt =bel | weight=0.216
=door =en | weight=0.210
=het =moet | weight=0.203
=rondgestuurd | weight=0.201
=afdeling =naar | weight=0.201
=bel =de | weight=0.195
=naar =loket | weight=0.195
=van =loket | weight=0.195
=afzender | weight=0.191
=de =afzender | weight=0.191
=chatvensters | weight=0.189
=verwijst | weight=0.186
=loket =gestuurd | weight=0.186
=loket =naar | weight=0.186
=mail =en | weight=0.184
=me =terug | weight=0.180
=verder =gestuurd | weight=0.180
=me =door | weight=0.178
=filialen | weight=0.177
=iets =voor | weight=0.177
=overal | weight=0.175
=de =verzekeraar | weight=0.174
=verschillende =medewerker | weight=0.174
=keer =doorverbonden | weight=0.172
=we =de | weight=0.171
=telkens =als | weight=0.168
=al =bij | weight=0.165
=kwam =bij | weight=0.164
=andere =team | weight=0.163
=ik =worden | weight=0.163
=team | weight=0.163
=naar =elkaar | weight=0.162
=vier =verschillende | weight=0.161
=blijven | weight=0.161
=ga =naar | weight=0.161
=dat =we | weight=0.160
=doorverbinden =moest | weight=0.160
=elke =doorverbinden | weight=0.160
=de =bal | weight=0.160
=steeds =naar | weight=0.160
=tussen | weight=0.158
=opnieuw =beginnen | weight=0.156
=eerst =uit | weight=0.156
=bij =drie | weight=0.155
=bal | weight=0.153
=elkaar | weight=0.152
=medewerker =hebben | weight=0.152
=verkoop | weight=0.150
=doorgezet | weight=0.150
=zij =daar | weight=0.150
=doorgespeeld | weight=0.149
=verzekeraar | weight=0.149
=na =elke | weight=0.148
=wijst =naar | weight=0.147
=daarna =weer | weight=0.147
=voor =me | weight=0.143
=je =bij | weight=0.143
=chat =moest | weight=0.143
=verwezen | weight=0.142
=rondgepompt | weight=0.141
=eerst =naar | weight=0.140
=loket | weight=0.139
=me =aan | weight=0.139
=overgedragen | weight=0.139
=winkel =stuurde | weight=0.138
=nog =geen | weight=0.138, noneg
=zijn =de | weight=0.138
=ze =blijven | weight=0.137
=moet =je | weight=0.137
=ik =werd | weight=0.136
=bij =vier | weight=0.135
=niemand =voelde | weight=0.134, noneg
=niemand =wist | weight=0.134, noneg
=service | weight=0.133
=verder | weight=0.133
=bij =elke | weight=0.132
=de =fabriek | weight=0.131
=fabriek | weight=0.131
=andere =medewerker | weight=0.131
=die =van | weight=0.131
=ze =verbond | weight=0.130
=winkel =kon | weight=0.130
=winkel =volgens | weight=0.130
=collega =en | weight=0.130
=moest =bellen | weight=0.129
=kon =het | weight=0.129
=telkens =een | weight=0.129
=van =niks | weight=0.128, noneg
=ben =nog | weight=0.127
=muur =gestuurd | weight=0.127
=beantwoordt | weight=0.125
=medewerker =terechtgekomen | weight=0.124
=terechtgekomen | weight=0.124
=ik =doorverbonden | weight=0.123
=niemand =voelt | weight=0.122, noneg
=zet =me | weight=0.122
=verkeerde =afdeling | weight=0.121
=depot | weight=0.120
=het =depot | weight=0.120
=de =muur | weight=0.120
=kastje | weight=0.120
=kastje =naar | weight=0.120
=geen =stap | weight=0.120, noneg
=wijst | weight=0.119
=servicedesk | weight=0.119
=ik =weer | weight=0.118
=andere =doorgeschakeld | weight=0.118
=keer =kreeg | weight=0.116
=regelen =en | weight=0.116
=ik =bij | weight=0.116
=keer =doorgezet | weight=0.115
=doorzetten | weight=0.115
=maar =doorzetten | weight=0.115
=dezelfde =drie | weight=0.115
=zijn =eigen | weight=0.115
=moest =ik | weight=0.114
=lijn =die | weight=0.114
=dat =zij | weight=0.114
=doorverbonden =en | weight=0.114
=we =kwam | weight=0.114
=doorverbonden =kon | weight=0.113
=muur | weight=0.112
=de =importeur | weight=0.111
=importeur | weight=0.111
=weer =ergens | weight=0.111
=zit =ik | weight=0.111
=ik =opnieuw | weight=0.110
=verantwoordelijkheid =is | weight=0.109
=andere =contactpersoon | weight=0.109
=contactpersoon =verwezen | weight=0.109
=viermaal =naar | weight=0.109
=de =verhuurder | weight=0.108
=verhuurder | weight=0.108
=voordat =iemand | weight=0.108
=betreft | weight=0.107
=jullie =blijven | weight=0.107
=nie | weight=0.107, noneg
=andere =hen | weight=0.106
=vier | weight=0.106
=moet =regelen | weight=0.105
=viermaal | weight=0.105
=moest =zijn | weight=0.105
=zegt =ga | weight=0.105
=ben =vier | weight=0.103
=verwees | weight=0.103
=contactpersoon | weight=0.103
=verzekeraar =zegt | weight=0.103
=gestuurd =door | weight=0.102
=de =winkel | weight=0.102
=weer | weight=0.102
=doorgeschoven | weight=0.101
=ze =dat | weight=0.101
=het =kastje | weight=0.100
=blijven =mij | weight=0.100
=mij =maar | weight=0.100
=netbeheerder =zegt | weight=0.099
=steeds =weer | weight=0.099
=de =bank | weight=0.098
=niemand =wil | weight=0.098, noneg
=verschillende | weight=0.098
=de =woningcorporatie | weight=0.098
=woningcorporatie | weight=0.098
=medewerker =aan | weight=0.097
=gewoon =mijn | weight=0.097
=terug =bij | weight=0.096
=stuurde | weight=0.096
=het =restaurant | weight=0.096
=de =webshop | weight=0.094
=doorgeschakeld =en | weight=0.094
=de =netbeheerder | weight=0.094
=netbeheerder | weight=0.094
=kon =ik | weight=0.094
=vervoerder =moest | weight=0.094
=deze =weken | weight=0.093
=winkel =verwijst | weight=0.093
=naar =afdeling | weight=0.092
=van =afdeling | weight=0.092
=overzetten | weight=0.092
=vast | weight=0.092
=tussen =de | weight=0.092
=lang | weight=0.091
=gestuurd | weight=0.091
=webshop | weight=0.091
=al =weken | weight=0.090
=verder =en | weight=0.090
=chat =was | weight=0.090
=onze =vraag | weight=0.090
=en =bij | weight=0.090
=schade =het | weight=0.089
=nieuwe =medewerker | weight=0.089
=andere =afdeling | weight=0.089
=niemand =kon | weight=0.089, noneg
=muziekje | weight=0.089
=moet =betalen | weight=0.088
=winkel =het | weight=0.088
=ziekenhuis =en | weight=0.088
=de =verzekering | weight=0.087
=en =nog | weight=0.086
=iedereen =verwijst | weight=0.086
=het =bij | weight=0.085
=oplossing | weight=0.085
=iedere =mij | weight=0.085
=team =verwees | weight=0.085
=waarbij | weight=0.085
=waarbij =iedere | weight=0.085
=de =koerier | weight=0.083
=klantenservice =zegt | weight=0.083
=collega | weight=0.083
=begonnen | weight=0.083
=bel =krijg | weight=0.083
=dienst =naar | weight=0.082
=fabrikant =moet | weight=0.082
=hoe =vaak | weight=0.082
=vaak =moet | weight=0.082
=diezelfde | weight=0.082
=filiaal =zegt | weight=0.082
=koerier | weight=0.082
=naar | weight=0.081
=de =technische | weight=0.081
=technische =dienst | weight=0.081
=gestuurd =en | weight=0.081
=chatmedewerker | weight=0.080
=worden =je | weight=0.080
=daar =terug | weight=0.079
=de =herstelafdeling | weight=0.079
=herstelafdeling | weight=0.079
=vervolgens =naar | weight=0.079
=winkel =zegt | weight=0.078
=een =collega | weight=0.078
=beveiligingsvragen | weight=0.078
=drie =beveiligingsvragen | weight=0.078
=stuurde =me | weight=0.078
=overgedragen =aan | weight=0.078
=telkens | weight=0.077
=weer =naar | weight=0.077
=niemand | weight=0.077, noneg
=terecht | weight=0.076
=winkel =zei | weight=0.076
=medewerker =begon | weight=0.076
=ene =dienst | weight=0.075
=wachtrij | weight=0.075
=gegooid | weight=0.075
=medewerker =die | weight=0.075
=restaurant | weight=0.074
=een =andere | weight=0.074
=ga =terug | weight=0.074
=het =via | weight=0.074
=identiteit | weight=0.074
=mijn =identiteit | weight=0.074
=nergens =van | weight=0.074, noneg
=heb =met | weight=0.073
=keer =door | weight=0.072
=werd =naar | weight=0.072
=iedere | weight=0.072
=verbond =me | weight=0.072
=waar =ik | weight=0.071
=en =vervolgens | weight=0.071
=verwees =me | weight=0.071
=gaan =wij | weight=0.071
=op =zich | weight=0.071
=ze =zet | weight=0.071
=door =naar | weight=0.071
=en =niemand | weight=0.071, noneg
=andere =collega | weight=0.070
=mijn =melding | weight=0.070
=technische | weight=0.070
=verlopen | weight=0.070
=de =servicedesk | weight=0.069
=naar =vier | weight=0.069
=overgezet =naar | weight=0.069
=echt =belachelijk | weight=0.069
=niet =over | weight=0.068, noneg
=bellen =en | weight=0.068
=bij =nul | weight=0.068
=daar =gaan | weight=0.067
=hebben =me | weight=0.067
=moest =oplossing | weight=0.066
=verhaal =opnieuw | weight=0.066
=een =weken | weight=0.065
=weer =door | weight=0.065
=na =drie | weight=0.065
=het =moest | weight=0.065
=is =op | weight=0.065
=doorgezet =naar | weight=0.065
=die =zet | weight=0.064
=verhaal =doen | weight=0.064
=huisarts =zegt | weight=0.064
=ziekenhuis =zegt | weight=0.064
=weer =een | weight=0.064
=steeds =door | weight=0.064
=begonnen =was | weight=0.064
=chatmedewerker =en | weight=0.064
=doorgeschoven =tussen | weight=0.064
=ik =begonnen | weight=0.064
=tussen =drie | weight=0.064
=op =met | weight=0.063
=gestuurd =niemand | weight=0.063, noneg
=weer =over | weight=0.062
=vaak | weight=0.062
=we =worden | weight=0.062
=het =callcenter | weight=0.062
=me =over | weight=0.062
=restaurant =zegt | weight=0.061
=nemen =contact | weight=0.061
=de =gemeente | weight=0.061
=gemeente | weight=0.061
=medewerker =terecht | weight=0.061
=ter | weight=0.060
=hoort | weight=0.060
=afzender =de | weight=0.060
=afzender =zegt | weight=0.060
=depot =zegt | weight=0.060
=de =huisarts | weight=0.060
=huisarts | weight=0.060
=gesproken =en | weight=0.060
=en =elke | weight=0.060
=niks =gebeurd | weight=0.060, noneg
=callcenter | weight=0.060
=fabrikant =zegt | weight=0.060
=beland | weight=0.059
=afwijken | weight=0.059
=van =daar | weight=0.059
=mijn =zesde | weight=0.059
=het =ziekenhuis | weight=0.059
=ziekenhuis | weight=0.059
=overgezet | weight=0.058
=bij | weight=0.058
=werd =als | weight=0.058
=die =gaf | weight=0.058
=droeg | weight=0.058
=thuisbezorgd | weight=0.058
=factuur =is | weight=0.058
=nummer | weight=0.057
=andere | weight=0.057
=ene =afdeling | weight=0.057
=maaltijd | weight=0.056
=uiteindelijk =weer | weight=0.056
=is =bij | weight=0.056
=weken =worden | weight=0.056
=bank =zegt | weight=0.056
=inmiddels =bij | weight=0.055
=dienst =en | weight=0.055
=worden =ik | weight=0.055
=servicebalie =de | weight=0.055
=ene | weight=0.055
=ons | weight=0.055
=blijven =me | weight=0.054
=en =kwam | weight=0.054
=de =servicebalie | weight=0.054
=keer =weer | weight=0.054
=medewerker =stelde | weight=0.054
=naar =een | weight=0.054
=de =ene | weight=0.053
=support =zegt | weight=0.053
=beginnen =met | weight=0.053
=servicebalie | weight=0.053
=weer =iemand | weight=0.053
=winkel =zeiden | weight=0.053
=iemand =andere | weight=0.052
=en =weer | weight=0.052
=het =hoofdkantoor | weight=0.052
=hoofdkantoor | weight=0.052
=zesde | weight=0.052
=al =een | weight=0.052
=de =verkeerde | weight=0.051
=mijn =verhaal | weight=0.051
=uw =servicedesk | weight=0.050
=in =onze | weight=0.049
=moet =doen | weight=0.049
=zonder =enige | weight=0.049, noneg
=mijn =pinpas | weight=0.048
=mensen =gesproken | weight=0.048
=door =aan | weight=0.048
=heeft =ons | weight=0.048
=afdeling =de | weight=0.048
=medewerker =van | weight=0.048
=vanmiddag | weight=0.048
=afgeleverd | weight=0.047
=sta =in | weight=0.047
=dienst =die | weight=0.047
=ik =bel | weight=0.047
