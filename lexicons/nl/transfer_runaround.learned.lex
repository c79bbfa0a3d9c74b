# transfer_runaround, nl: learned by scripts/learn.py from 3684 tuning texts (146 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ thuisbezorgd zegt 'neem contact op met het restaurant' en het restaurant zegt 'da's thuisbezorgd'. echt iedereen wijst naar elkaar
+ Klant ontevreden: bij het loket van de gemeente werd hij doorgestuurd naar Burgerzaken, daar naar Belastingen, en daar weer terug naar het loket.
+ Je wordt van het kastje naar de muur gestuurd.
- we willen ons geld terug
- Geen minuut gewacht, top!
=terug =naar | weight=0.404
=doorgeschakeld | weight=0.391
=pingpong | weight=0.380
=dienst | weight=0.360
=weer =bij | weight=0.344
=doorverbonden | weight=0.324
=rondgekaatst | weight=0.318
=werd =van | weight=0.316
=afdeling | weight=0.301
=verbond | weight=0.288
=aan =elkaar | weight=0.282
=verwijst =naar | weight=0.281
=naar =iemand | weight=0.278
=elke =afdeling | weight=0.264
=keer =doorverbonden | weight=0.245
=drie =chatmedewerker | weight=0.232
=zegt =bel | weight=0.226
=door =en | weight=0.222
=me =weer | weight=0.221
=zonder =antwoord | weight=0.211, noneg
=doorverbinden | weight=0.210
=bel =de | weight=0.209
=afdeling =naar | weight=0.208
=chatvensters | weight=0.199
=de =afzender | weight=0.195
=naar =loket | weight=0.191
=van =loket | weight=0.191
=rondgestuurd | weight=0.190
=het =moet | weight=0.190
=wijst =naar | weight=0.187
=loket =gestuurd | weight=0.187
=loket =naar | weight=0.187
=afzender | weight=0.185
=verder =gestuurd | weight=0.184
=overal | weight=0.183
=kwam =bij | weight=0.181
=de =verzekeraar | weight=0.181
=blijven | weight=0.171
=filialen | weight=0.171
=team | weight=0.171
=dat =we | weight=0.170
=iets =voor | weight=0.170
=andere =team | weight=0.167
=niemand =voelt | weight=0.165, noneg
=mail =en | weight=0.161
=me =door | weight=0.161
=doorverbinden =moest | weight=0.161
=elke =doorverbinden | weight=0.161
=verwijst | weight=0.160
=telkens =als | weight=0.159
=bij =drie | weight=0.157
=naar =elkaar | weight=0.157
=we =de | weight=0.156
=nog =geen | weight=0.154, noneg
=medewerker =hebben | weight=0.153
=loket | weight=0.151
=zij =daar | weight=0.150
=na =elke | weight=0.149
=elkaar | weight=0.148
=doorgespeeld | weight=0.147
=opnieuw =beginnen | weight=0.147
=eerst =uit | weight=0.146
=medewerker =terechtgekomen | weight=0.145
=terechtgekomen | weight=0.145
=ik =worden | weight=0.145
=ga =naar | weight=0.144
=bal =steeds | weight=0.143
=overgedragen | weight=0.142
=chat =moest | weight=0.141
=verder | weight=0.140
=winkel =stuurde | weight=0.140
=verzekeraar | weight=0.140
=andere =medewerker | weight=0.140
=ze =verbond | weight=0.140
=winkel =kon | weight=0.140
=winkel =volgens | weight=0.140
=je =bij | weight=0.139
=de =bal | weight=0.139
=doorgezet | weight=0.139
=zijn =de | weight=0.138
=moet =je | weight=0.137
=kon =het | weight=0.137
=eerst =naar | weight=0.137
=voor =me | weight=0.136
=steeds =naar | weight=0.134
=bal | weight=0.134
=andere =afdeling | weight=0.133
=bij =elke | weight=0.133
=me =aan | weight=0.132
=verwezen | weight=0.132
=daarna =weer | weight=0.131
=niemand =wist | weight=0.130, noneg
=ik =weer | weight=0.130
=de =fabriek | weight=0.130
=fabriek | weight=0.130
=vier =verschillende | weight=0.128
=klantenservice =zegt | weight=0.128
=moest =bellen | weight=0.127
=verschillende =medewerker | weight=0.127
=service | weight=0.126
=van =niks | weight=0.126, noneg
=ben =nog | weight=0.126
=ze =blijven | weight=0.125
=de =webshop | weight=0.125
=keer =kreeg | weight=0.125
=geen =stap | weight=0.124, noneg
=die =van | weight=0.124
=rondgepompt | weight=0.124
=dezelfde =drie | weight=0.123
=ik =werd | weight=0.122
=ik =opnieuw | weight=0.122
=aanspreekpunt | weight=0.121
=de =netbeheerder | weight=0.121
=netbeheerder | weight=0.121
=me =terug | weight=0.121
=webshop | weight=0.120
=verwees | weight=0.120
=weer | weight=0.119
=doorverbonden =en | weight=0.119
=niemand =voelde | weight=0.118, noneg
=iemand =gewoon | weight=0.118
=een =andere | weight=0.118
=servicedesk | weight=0.117
=verkoop | weight=0.117
=verantwoordelijkheid =is | weight=0.117
=beantwoordt | weight=0.116
=nie | weight=0.116, noneg
=andere =doorgeschakeld | weight=0.115
=zet =me | weight=0.115
=weer =ergens | weight=0.115
=terecht | weight=0.114
=lijn =die | weight=0.114
=depot | weight=0.113
=het =depot | weight=0.113
=tussen | weight=0.113
=muur =gestuurd | weight=0.112
=telkens =een | weight=0.112
=doorzetten | weight=0.112
=maar =doorzetten | weight=0.112
=collega =en | weight=0.112
=andere =hen | weight=0.111
=ik =doorverbonden | weight=0.111
=andere =contactpersoon | weight=0.110
=contactpersoon =verwezen | weight=0.110
=viermaal =naar | weight=0.110
=jullie =blijven | weight=0.110
=iedereen =verwijst | weight=0.110
=regelen =en | weight=0.109
=betreft | weight=0.109
=naar =afdeling | weight=0.108
=van =afdeling | weight=0.108
=moest =ik | weight=0.108
=niemand =wil | weight=0.108, noneg
=doorgeschoven | weight=0.108
=winkel =verwijst | weight=0.108
=viermaal | weight=0.108
=keer =doorgezet | weight=0.108
=verkeerde =afdeling | weight=0.107
=moest =zijn | weight=0.106
=we =kwam | weight=0.105
=verder =en | weight=0.105
=medewerker =aan | weight=0.105
=de =verhuurder | weight=0.105
=verhuurder | weight=0.105
=voordat =iemand | weight=0.105
=steeds =weer | weight=0.104
=zijn =eigen | weight=0.103
=contactpersoon | weight=0.103
=moet =regelen | weight=0.103
=dat =zij | weight=0.103
=verhaal =opnieuw | weight=0.102
=de =technische | weight=0.102
=technische =dienst | weight=0.102
=tussen =de | weight=0.101
=gestuurd =door | weight=0.101
=niemand | weight=0.101, noneg
=blijven =mij | weight=0.101
=mij =maar | weight=0.101
=moet =betalen | weight=0.100
=ziekenhuis =en | weight=0.099
=al =weken | weight=0.099
=lang | weight=0.098
=vervoerder =moest | weight=0.097
=bank =en | weight=0.097
=telkens | weight=0.096
=en =nog | weight=0.096
=begonnen | weight=0.096
=nieuwe =medewerker | weight=0.096
=al =bij | weight=0.096
=ben =vier | weight=0.095
=nummer | weight=0.095
=kastje | weight=0.094
=kastje =naar | weight=0.094
=de =winkel | weight=0.094
=en =bij | weight=0.093
=zegt =ga | weight=0.093
=polisbeheer | weight=0.092
=ga =terug | weight=0.092
=doorverbonden =kon | weight=0.092
=het =restaurant | weight=0.092
=ons | weight=0.091
=terug =bij | weight=0.091
=deze =weken | weight=0.090
=vier | weight=0.090
=de =importeur | weight=0.090
=importeur | weight=0.090
=medewerker =die | weight=0.089
=verschillende | weight=0.088
=iedere =mij | weight=0.088
=team =verwees | weight=0.088
=waarbij | weight=0.088
=waarbij =iedere | weight=0.088
=diezelfde | weight=0.088
=de =muur | weight=0.088
=andere | weight=0.087
=het =kastje | weight=0.087
=kon =ik | weight=0.086
=worden =je | weight=0.086
=werd =vier | weight=0.085
=verzekeraar =zegt | weight=0.085
=winkel =het | weight=0.085
=netbeheerder =zegt | weight=0.085
=zit =ik | weight=0.085
=niet =over | weight=0.085, noneg
=echt =belachelijk | weight=0.084
=onze =vraag | weight=0.084
=ik =bij | weight=0.084
=medewerker =begon | weight=0.084
=gestuurd =en | weight=0.084
=bel =krijg | weight=0.083
=hoe =vaak | weight=0.083
=vaak =moet | weight=0.083
=overzetten | weight=0.083
=overgedragen =aan | weight=0.082
=schade =het | weight=0.082
=muur | weight=0.081
=oplossing | weight=0.081
=winkel =zegt | weight=0.081
=op =zich | weight=0.081
=chat =was | weight=0.081
=nergens =van | weight=0.081, noneg
=doorgeschakeld =en | weight=0.080
=beveiligingsvragen | weight=0.080
=drie =beveiligingsvragen | weight=0.080
=medewerker =terecht | weight=0.080
=gaan =wij | weight=0.080
=niks =gebeurd | weight=0.080, noneg
=naar =weer | weight=0.080
=collega | weight=0.080
=dienst =naar | weight=0.080
=muziekje | weight=0.079
=hebben =me | weight=0.079
=me =steeds | weight=0.079
=naar =vier | weight=0.079
=door =naar | weight=0.079
=huisarts =zegt | weight=0.078
=een =collega | weight=0.078
=gegooid | weight=0.078
=naar | weight=0.078
=iedere | weight=0.078
=filiaal =zegt | weight=0.078
=chatmedewerker | weight=0.077
=bij =vier | weight=0.077
=de =servicedesk | weight=0.077
=de =woningcorporatie | weight=0.076
=woningcorporatie | weight=0.076
=waar =ik | weight=0.076
=ene =dienst | weight=0.076
=naar =een | weight=0.076
=weer =naar | weight=0.076
=andere =collega | weight=0.076
=gewoon =mijn | weight=0.076
=wijst | weight=0.075
=winkel =zei | weight=0.075
=ene | weight=0.075
=ter | weight=0.073
=fabrikant =zegt | weight=0.073
=heb =met | weight=0.073
=eeuwig =in | weight=0.072
=verbond =me | weight=0.072
=daar =terug | weight=0.071
=de =herstelafdeling | weight=0.071
=herstelafdeling | weight=0.071
=werd =naar | weight=0.071
=de =verzekering | weight=0.071
=bij =nul | weight=0.071
=vervolgens =naar | weight=0.071
=de =koerier | weight=0.071
=daar =gaan | weight=0.071
=weer =door | weight=0.071
=en =niemand | weight=0.070, noneg
=sturen =me | weight=0.070
=klantenservice =de | weight=0.070
=koerier | weight=0.069
=een =eeuwig | weight=0.069
=identiteit | weight=0.069
=mijn =identiteit | weight=0.069
=die =zet | weight=0.069
=afzender =de | weight=0.068
=afzender =zegt | weight=0.068
=depot =zegt | weight=0.068
=eigen =zeggen | weight=0.068
=naar =eigen | weight=0.068
=restaurant | weight=0.068
=gestuurd | weight=0.068
=keer =door | weight=0.067
=en =daar | weight=0.067
=de =gemeente | weight=0.067
=gemeente | weight=0.067
=weer =een | weight=0.066
=iemand =had | weight=0.066
=fabrikant =moet | weight=0.066
=de =bank | weight=0.066
=weer =over | weight=0.066
=begonnen =was | weight=0.066
=chatmedewerker =en | weight=0.066
=doorgeschoven =tussen | weight=0.066
=ik =begonnen | weight=0.066
=tussen =drie | weight=0.066
=de =ene | weight=0.066
=droeg | weight=0.065
=is =daarna | weight=0.065
=iemand =andere | weight=0.065
=op =met | weight=0.065
=zegt =nemen | weight=0.065
=en =vervolgens | weight=0.065
=het =callcenter | weight=0.065
=me =over | weight=0.065
=verlopen | weight=0.065
=mijn =melding | weight=0.065
=servicebalie =de | weight=0.065
=en =kwam | weight=0.064
=we =worden | weight=0.064
=gesproken =en | weight=0.063
=pingpong =met | weight=0.063
=callcenter | weight=0.063
=bank =zegt | weight=0.063
=eeuwig | weight=0.063
=steeds =door | weight=0.062
=medewerker =stelde | weight=0.062
=bellen =en | weight=0.062
=overgezet =naar | weight=0.061
=weken =worden | weight=0.061
=vaak | weight=0.061
=ze =zet | weight=0.061
=nu =bij | weight=0.061
=een =weken | weight=0.061
=moest =oplossing | weight=0.061
=lekker =dan | weight=0.061
=jullie =sturen | weight=0.061
=gestuurd =niemand | weight=0.060, noneg
=de =slimme | weight=0.060
=beland | weight=0.060
=nu =nog | weight=0.060
=afwijken | weight=0.060
=worden =ik | weight=0.059
=werd =als | weight=0.059
=naar =facturatie | weight=0.059
=klant =wachten | weight=0.059
=het =moest | weight=0.058
=het =via | weight=0.058
=slimme =meter | weight=0.058
=chat =naar | weight=0.058
=kapotte =koptelefoon | weight=0.058
=winkel =moet | weight=0.057
=factuur =is | weight=0.057
=van =daar | weight=0.057
=ziekenhuis =zegt | weight=0.056
=verwees =me | weight=0.056
=de =huisarts | weight=0.056
=inmiddels =bij | weight=0.056
=belachelijk | weight=0.056
=maaltijd | weight=0.056
=het =bij | weight=0.056
=ze =dat | weight=0.056
=verhaal =doen | weight=0.055
=mijn =zesde | weight=0.055
=zit =nu | weight=0.055
=nemen =contact | weight=0.055
=daarvoor =moet | weight=0.055
=support =zegt | weight=0.054
=daar =weer | weight=0.054
=overgezet | weight=0.054
=beantwoord | weight=0.054
=restaurant =zegt | weight=0.054
=de =vervoerder | weight=0.053
=moet =zijn | weight=0.053
=niemand =kon | weight=0.053, noneg
=heb =me | weight=0.053
=die =gaf | weight=0.053
=thuisbezorgd | weight=0.053
=stuurde | weight=0.052
=winkel =zeiden | weight=0.052
=dienst =en | weight=0.052
=na =drie | weight=0.052
=de =servicebalie | weight=0.052
=bij =iedere | weight=0.051
=hetzelfde =riedeltje | weight=0.051
=hoort | weight=0.051
=u =bij | weight=0.051
