# transfer_runaround, nl: learned by scripts/learn.py from 3398 tuning texts (135 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ thuisbezorgd zegt 'neem contact op met het restaurant' en het restaurant zegt 'da's thuisbezorgd'. echt iedereen wijst naar elkaar
+ Je wordt van het kastje naar de muur gestuurd.
+ Pingpong tussen twee afdelingen, al een week lang.
- we willen ons geld terug
- Geen minuut gewacht, top!
=doorgeschakeld | weight=0.409
=terug =naar | weight=0.385
=weer =bij | weight=0.346
=dienst | weight=0.341
=pingpong | weight=0.334
=werd =van | weight=0.329
=afdeling | weight=0.325
=rondgekaatst | weight=0.315
=verwijst =naar | weight=0.308
=verbond | weight=0.295
=aan =elkaar | weight=0.278
=doorverbonden | weight=0.274
=naar =iemand | weight=0.265
=elke =afdeling | weight=0.265
=zegt =bel | weight=0.236
=me =weer | weight=0.229
=drie =chatmedewerker | weight=0.225
=door =en | weight=0.221
=afdeling =naar | weight=0.221
=doorverbinden | weight=0.219
=zonder =antwoord | weight=0.218, noneg
=het =moet | weight=0.206
=bel =de | weight=0.204
=aanspreekpunt | weight=0.200
=keer =doorverbonden | weight=0.198
=rondgestuurd | weight=0.197
=naar =loket | weight=0.196
=van =loket | weight=0.196
=chatvensters | weight=0.190
=loket =gestuurd | weight=0.190
=loket =naar | weight=0.190
=afzender | weight=0.183
=de =afzender | weight=0.183
=filialen | weight=0.181
=iets =voor | weight=0.180
=overal | weight=0.176
=verwijst | weight=0.176
=de =verzekeraar | weight=0.176
=me =door | weight=0.174
=verder =gestuurd | weight=0.174
=team | weight=0.170
=mail =en | weight=0.168
=kwam =bij | weight=0.168
=andere =team | weight=0.167
=ik =worden | weight=0.166
=vier =verschillende | weight=0.164
=blijven | weight=0.164
=naar =elkaar | weight=0.163
=doorverbinden =moest | weight=0.161
=elke =doorverbinden | weight=0.161
=ga =naar | weight=0.160
=al =bij | weight=0.158
=verschillende =medewerker | weight=0.157
=we =de | weight=0.154
=doorgezet | weight=0.153
=tussen | weight=0.153
=medewerker =hebben | weight=0.152
=verzekeraar | weight=0.151
=je =bij | weight=0.149
=andere =medewerker | weight=0.149
=loket | weight=0.148
=opnieuw =beginnen | weight=0.148
=winkel =stuurde | weight=0.148
=telkens =als | weight=0.148
=bij =drie | weight=0.147
=voor =me | weight=0.147
=elkaar | weight=0.147
=na =elke | weight=0.146
=dat =we | weight=0.144
=chat =moest | weight=0.144
=eerst =uit | weight=0.143
=doorverbonden =en | weight=0.143
=doorgespeeld | weight=0.143
=wijst =naar | weight=0.143
=zij =daar | weight=0.142
=moet =je | weight=0.141
=ze =verbond | weight=0.140
=zijn =de | weight=0.140
=rondgepompt | weight=0.140
=me =aan | weight=0.140
=overgedragen | weight=0.140
=nog =geen | weight=0.139, noneg
=verkoop | weight=0.138
=daarna =weer | weight=0.137
=ik =werd | weight=0.137
=bal =steeds | weight=0.137
=service | weight=0.136
=eerst =naar | weight=0.136
=winkel =kon | weight=0.136
=winkel =volgens | weight=0.136
=moest =bellen | weight=0.135
=kon =het | weight=0.134
=de =bal | weight=0.134
=verder | weight=0.132
=ben =nog | weight=0.132
=ze =blijven | weight=0.131
=steeds =naar | weight=0.130
=de =fabriek | weight=0.130
=fabriek | weight=0.130
=bij =vier | weight=0.130
=beantwoordt | weight=0.129
=verwees | weight=0.128
=bal | weight=0.128
=andere =doorgeschakeld | weight=0.128
=niemand =wist | weight=0.127, noneg
=ik =weer | weight=0.126
=geen =stap | weight=0.125, noneg
=collega =en | weight=0.124
=van =niks | weight=0.124, noneg
=me =terug | weight=0.124
=verwezen | weight=0.123
=die =van | weight=0.123
=niemand =voelt | weight=0.123, noneg
=medewerker =terechtgekomen | weight=0.121
=terechtgekomen | weight=0.121
=zet =me | weight=0.120
=de =webshop | weight=0.120
=ik =doorverbonden | weight=0.120
=servicedesk | weight=0.120
=keer =kreeg | weight=0.118
=regelen =en | weight=0.118
=bij =elke | weight=0.118
=dezelfde =drie | weight=0.117
=niemand =voelde | weight=0.116, noneg
=moest =ik | weight=0.116
=ik =opnieuw | weight=0.115
=webshop | weight=0.114
=depot | weight=0.114
=het =depot | weight=0.114
=keer =doorgezet | weight=0.114
=voordat =iemand | weight=0.114
=telkens =een | weight=0.113
=zijn =eigen | weight=0.112
=we =kwam | weight=0.112
=weer =ergens | weight=0.112
=zegt =ga | weight=0.112
=vier | weight=0.111
=de =verhuurder | weight=0.111
=verhuurder | weight=0.111
=lijn =die | weight=0.110
=andere =contactpersoon | weight=0.110
=contactpersoon =verwezen | weight=0.110
=viermaal =naar | weight=0.110
=ik =bij | weight=0.110
=doorverbonden =kon | weight=0.109
=de =importeur | weight=0.109
=importeur | weight=0.109
=moest =zijn | weight=0.109
=verantwoordelijkheid =is | weight=0.109
=verschillende | weight=0.109
=andere =hen | weight=0.108
=jullie =blijven | weight=0.108
=de =muur | weight=0.108
=kastje | weight=0.108
=kastje =naar | weight=0.108
=betreft | weight=0.107
=muur =gestuurd | weight=0.107
=lang | weight=0.107
=moet =regelen | weight=0.107
=contactpersoon | weight=0.104
=viermaal | weight=0.104
=nie | weight=0.103, noneg
=niemand =wil | weight=0.103, noneg
=dat =zij | weight=0.103
=werd =vier | weight=0.103
=doorzetten | weight=0.103
=maar =doorzetten | weight=0.103
=weer | weight=0.102
=moet =betalen | weight=0.102
=medewerker =aan | weight=0.101
=verkeerde =afdeling | weight=0.101
=naar =afdeling | weight=0.100
=van =afdeling | weight=0.100
=muur | weight=0.099
=gewoon =mijn | weight=0.098
=verder =en | weight=0.098
=doorgeschoven | weight=0.098
=netbeheerder =zegt | weight=0.097
=vervoerder =moest | weight=0.097
=begonnen | weight=0.097
=de =woningcorporatie | weight=0.097
=woningcorporatie | weight=0.097
=het =restaurant | weight=0.096
=verzekeraar =zegt | weight=0.096
=worden =je | weight=0.095
=winkel =het | weight=0.095
=gestuurd =door | weight=0.095
=bank =en | weight=0.095
=iedereen =verwijst | weight=0.094
=winkel =verwijst | weight=0.094
=nieuwe =medewerker | weight=0.094
=ben =vier | weight=0.094
=deze =weken | weight=0.093
=medewerker =die | weight=0.092
=kon =ik | weight=0.092
=wijst | weight=0.092
=gestuurd =en | weight=0.092
=de =winkel | weight=0.091
=schade =het | weight=0.091
=de =netbeheerder | weight=0.091
=netbeheerder | weight=0.091
=blijven =mij | weight=0.091
=mij =maar | weight=0.091
=terug =bij | weight=0.091
=vast | weight=0.091
=terecht | weight=0.091
=onze =vraag | weight=0.089
=ziekenhuis =en | weight=0.089
=en =bij | weight=0.089
=steeds =weer | weight=0.089
=klantenservice =zegt | weight=0.087
=muziekje | weight=0.086
=verhaal =opnieuw | weight=0.086
=oplossing | weight=0.085
=filiaal =zegt | weight=0.085
=tussen =de | weight=0.085
=het =bij | weight=0.084
=hoe =vaak | weight=0.084
=vaak =moet | weight=0.084
=overzetten | weight=0.084
=iedere =mij | weight=0.083
=team =verwees | weight=0.083
=waarbij | weight=0.083
=waarbij =iedere | weight=0.083
=het =kastje | weight=0.083
=chat =was | weight=0.082
=de =technische | weight=0.082
=technische =dienst | weight=0.082
=zit =ik | weight=0.082
=al =weken | weight=0.082
=niemand | weight=0.082, noneg
=beveiligingsvragen | weight=0.082
=drie =beveiligingsvragen | weight=0.082
=fabrikant =moet | weight=0.082
=diezelfde | weight=0.082
=een =andere | weight=0.082
=telkens | weight=0.081
=overgedragen =aan | weight=0.081
=gestuurd | weight=0.081
=en =nog | weight=0.080
=winkel =zegt | weight=0.079
=doorgeschakeld =en | weight=0.079
=dienst =naar | weight=0.079
=niet =over | weight=0.079, noneg
=medewerker =begon | weight=0.078
=andere | weight=0.078
=hebben =me | weight=0.078
=daar =terug | weight=0.077
=de =herstelafdeling | weight=0.077
=herstelafdeling | weight=0.077
=en =niemand | weight=0.077, noneg
=chatmedewerker | weight=0.077
=vervolgens =naar | weight=0.076
=op =met | weight=0.075
=zegt =nemen | weight=0.075
=gaan =wij | weight=0.075
=weer =een | weight=0.075
=iemand =andere | weight=0.075
=de =servicedesk | weight=0.074
=andere =afdeling | weight=0.074
=waar =ik | weight=0.074
=een =collega | weight=0.074
=weer =door | weight=0.074
=de =bank | weight=0.074
=ze =dat | weight=0.073
=echt =belachelijk | weight=0.073
=verwees =me | weight=0.072
=die =zet | weight=0.072
=identiteit | weight=0.072
=mijn =identiteit | weight=0.072
=winkel =zei | weight=0.072
=naar =een | weight=0.072
=bel =krijg | weight=0.072
=op =zich | weight=0.071
=naar =vier | weight=0.071
=restaurant | weight=0.071
=overgezet =naar | weight=0.071
=huisarts =zegt | weight=0.070
=weer =naar | weight=0.070
=ga =terug | weight=0.070
=en =vervolgens | weight=0.070
=daar =gaan | weight=0.069
=door =naar | weight=0.069
=ene | weight=0.069
=collega | weight=0.069
=technische | weight=0.069
=heb =met | weight=0.069
=de =verzekering | weight=0.069
=verlopen | weight=0.069
=keer =door | weight=0.068
=bij =nul | weight=0.068
=werd =naar | weight=0.068
=ene =dienst | weight=0.068
=mijn =melding | weight=0.068
=de =bezorgdienst | weight=0.067
=moest =oplossing | weight=0.067
=die =me | weight=0.067
=servicebalie =de | weight=0.067
=verbond =me | weight=0.067
=andere =collega | weight=0.067
=gegooid | weight=0.067
=nummer | weight=0.066
=en =elke | weight=0.066
=die =gaf | weight=0.066
=doorgezet =naar | weight=0.066
=en =kwam | weight=0.066
=iedere | weight=0.065
=de =koerier | weight=0.065
=nu =nog | weight=0.065
=vaak | weight=0.065
=een =weken | weight=0.065
=me =steeds | weight=0.065
=nergens =van | weight=0.065, noneg
=bezorgdienst | weight=0.064
=weer =over | weight=0.064
=het =moest | weight=0.064
=verhaal =doen | weight=0.064
=ze =zet | weight=0.064
=ziekenhuis =zegt | weight=0.064
=van =daar | weight=0.064
=koerier | weight=0.063
=bellen =en | weight=0.063
=het =callcenter | weight=0.063
=me =over | weight=0.063
=al =een | weight=0.063
=gestuurd =niemand | weight=0.063, noneg
=nemen =contact | weight=0.063
=bank =zegt | weight=0.063
=hoort | weight=0.063
=worden =van | weight=0.062
=overgezet | weight=0.062
=het =via | weight=0.062
=ter | weight=0.062
=restaurant =zegt | weight=0.062
=medewerker =terecht | weight=0.061
=droeg | weight=0.061
=de =huisarts | weight=0.061
=winkel =zeiden | weight=0.061
=de =servicebalie | weight=0.061
=begonnen =was | weight=0.061
=chatmedewerker =en | weight=0.061
=doorgeschoven =tussen | weight=0.061
=ik =begonnen | weight=0.061
=tussen =drie | weight=0.061
=ons | weight=0.060
=callcenter | weight=0.060
=afwijken | weight=0.060
=beland | weight=0.060
=na =drie | weight=0.060
=niemand =kon | weight=0.059, noneg
=fabrikant =zegt | weight=0.059
=wachtrij | weight=0.059
=het =ziekenhuis | weight=0.059
=ziekenhuis | weight=0.059
=servicebalie | weight=0.059
=medewerker =stelde | weight=0.058
=de =gemeente | weight=0.058
=gemeente | weight=0.058
=niks =gebeurd | weight=0.058, noneg
=factuur =is | weight=0.058
=door =aan | weight=0.058
=mijn =zesde | weight=0.058
=thuisbezorgd | weight=0.058
=ene =afdeling | weight=0.057
=inmiddels =bij | weight=0.057
=werd =als | weight=0.057
=maaltijd | weight=0.057
=afzender =de | weight=0.056
=afzender =zegt | weight=0.056
=depot =zegt | weight=0.056
=de =ene | weight=0.056
=stuurde | weight=0.056
=afdeling =de | weight=0.056
=dienst =en | weight=0.056
=support =zegt | weight=0.055
=bel | weight=0.054
=we =worden | weight=0.054
=blijven =me | weight=0.053
=winkel =moest | weight=0.052
=beginnen =met | weight=0.052
=is =op | weight=0.052
=worden =ik | weight=0.052
=zesde | weight=0.051
=huisarts | weight=0.051
=steeds =door | weight=0.051
=doorverwezen | weight=0.051
=afdeling =die | weight=0.050
=weken =worden | weight=0.050
=geen =antwoord | weight=0.050, noneg
=contact =op | weight=0.049
=medewerker =van | weight=0.049
=vier =keer | weight=0.049
=het =hoofdkantoor | weight=0.049
=hoofdkantoor | weight=0.049
=bij =iedere | weight=0.049
=keer =weer | weight=0.048
=mijn =verhaal | weight=0.048
=weer =iemand | weight=0.048
=vanmiddag | weight=0.048
=uiteindelijk =weer | weight=0.047
