# transfer_runaround, nl: learned by scripts/learn.py from 4470 tuning texts (226 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ 'Dat moet u aan uw werkgever vragen', zei het pensioenfonds. De werkgever stuurt me weer terug naar het fonds.
+ Na 45 minuten in de wacht kreeg ik een medewerker die me afsnauwde en doorverbond naar een collega die ook al van niks wist.
+ Vlucht geannuleerd en de medewerker zegt dat we bij de luchthaven moeten zijn, want 'die hebben de staking veroorzaakt'. De luchthaven stuurt ons weer terug naar de maatschappij.
- ok dankje
- we willen ons geld terug
=doorgeschakeld | weight=0.493
=pingpong | weight=0.407
=terug =naar | weight=0.401
=doorverbonden | weight=0.377
=weer =bij | weight=0.358
=elke =afdeling | weight=0.314
=werd =van | weight=0.313
=doorgezet | weight=0.311
=dienst | weight=0.307
=doorverbinden | weight=0.302
=rondgekaatst | weight=0.301
=doorverbonden =en | weight=0.287
=me =weer | weight=0.281
=gestuurd =voor | weight=0.280
=aan =elkaar | weight=0.275
=verbond | weight=0.254
=overgedragen | weight=0.251
=naar =iemand | weight=0.244
=door =en | weight=0.244
=drie =chatmedewerker | weight=0.242
=afdeling | weight=0.231
=en =nog | weight=0.228
=het =moet | weight=0.227
=doorverwezen | weight=0.227
=verwijst =naar | weight=0.222
=zegt =bel | weight=0.217
=pingpong =tussen | weight=0.216
=doorgeschakeld =en | weight=0.213
=chatvensters | weight=0.210
=andere =team | weight=0.209
=bij =drie | weight=0.207
=team | weight=0.206
=ik =worden | weight=0.206
=de =afzender | weight=0.205
=afdeling =naar | weight=0.204
=bel =de | weight=0.203
=zonder =antwoord | weight=0.196, noneg
=afzender | weight=0.196
=kwam =bij | weight=0.194
=andere =medewerker | weight=0.188
=loket | weight=0.187
=uiteindelijk =weer | weight=0.186
=door =naar | weight=0.182
=overal | weight=0.182
=zij =daar | weight=0.181
=andere =afdeling | weight=0.180
=muur =gestuurd | weight=0.179
=medewerker =terechtgekomen | weight=0.178
=terechtgekomen | weight=0.178
=drie =filialen | weight=0.177
=lang =drie | weight=0.177
=doorverbinden =moest | weight=0.177
=elke =doorverbinden | weight=0.177
=naar =loket | weight=0.177
=van =loket | weight=0.177
=verder =gestuurd | weight=0.177
=filialen | weight=0.176
=na =het | weight=0.173
=tweede =lijn | weight=0.172
=moet =zijn | weight=0.172
=hetzelfde =over | weight=0.171
=weet =nog | weight=0.171
=overgezet | weight=0.169
=loket =gestuurd | weight=0.167
=loket =naar | weight=0.167
=doorgezet =en | weight=0.167
=de =verzekeraar | weight=0.167
=blijven | weight=0.166
=we =de | weight=0.165
=dat =we | weight=0.164
=gaven =ze | weight=0.164
=service | weight=0.163
=vier | weight=0.163
=ben =van | weight=0.162
=weer =naar | weight=0.162
=mail =en | weight=0.159
=je =door | weight=0.159
=rondgestuurd | weight=0.158
=weer =doorverbonden | weight=0.158
=winkel =kon | weight=0.157
=winkel =volgens | weight=0.157
=niks =wist | weight=0.156, noneg
=daarna =weer | weight=0.155
=andere =nummer | weight=0.155
=tussen | weight=0.154
=bal =steeds | weight=0.154
=verwees | weight=0.154
=verwees =naar | weight=0.154
=chat =moest | weight=0.153
=verwijst | weight=0.153
=ze =blijven | weight=0.152
=vier =verschillende | weight=0.152
=niemand =voelt | weight=0.151, noneg
=wijst =naar | weight=0.151
=al =bij | weight=0.151
=doorgezet =naar | weight=0.150
=het =incassobureau | weight=0.150
=incassobureau | weight=0.150
=winkel =verwijst | weight=0.150
=medewerker =hebben | weight=0.150
=verzekeraar =zegt | weight=0.149
=de =bal | weight=0.149
=zijn =de | weight=0.148
=me =terug | weight=0.148
=zet =je | weight=0.148
=het =werd | weight=0.148
=uitgekomen | weight=0.147
=ben =nog | weight=0.146
=geen =stap | weight=0.145, noneg
=hoe =vaak | weight=0.144
=keer =doorverbonden | weight=0.144
=ze =verbond | weight=0.144
=verantwoordelijkheid =is | weight=0.144
=moest =zijn | weight=0.144
=chat =werd | weight=0.144
=naar =elkaar | weight=0.144
=alweer | weight=0.143
=zei =het | weight=0.143
=steeds =naar | weight=0.142
=een =collega | weight=0.142
=niemand =voelde | weight=0.142, noneg
=opnieuw =beginnen | weight=0.142
=nummer | weight=0.142
=doorgespeeld | weight=0.141
=me =door | weight=0.140
=na =elke | weight=0.140
=een =simpele | weight=0.139
=ga =naar | weight=0.138
=ik =drie | weight=0.137
=we =kwam | weight=0.136
=telkens =als | weight=0.136
=bal | weight=0.136
=loket =van | weight=0.135
=collega =die | weight=0.134
=verkeerde =afdeling | weight=0.133
=de =fabriek | weight=0.133
=fabriek | weight=0.133
=hebben =me | weight=0.133
=niemand =wist | weight=0.132, noneg
=die =me | weight=0.131
=bij =verkoop | weight=0.130
=aanspreekpunt | weight=0.130
=elkaar | weight=0.130
=daarvoor | weight=0.129
=andere =contactpersoon | weight=0.129
=contactpersoon =verwezen | weight=0.129
=viermaal =naar | weight=0.129
=keer =kreeg | weight=0.129
=omruilen | weight=0.128
=de =netbeheerder | weight=0.128
=nie | weight=0.128, noneg
=de =webshop | weight=0.127
=me =aan | weight=0.125
=eerst =uit | weight=0.125
=contactpersoon | weight=0.124
=gemeentehuis | weight=0.124
=het =gemeentehuis | weight=0.124
=daarvoor =bij | weight=0.124
=maar =doorzetten | weight=0.124
=kon =ik | weight=0.124
=terecht | weight=0.124
=steeds =niemand | weight=0.124, noneg
=ene =naar | weight=0.123
=het =doorverbinden | weight=0.123
=het =servicepunt | weight=0.123
=servicepunt | weight=0.123
=naar =sales | weight=0.123
=sales | weight=0.123
=servicedesk | weight=0.122
=zet =me | weight=0.122
=nog =geen | weight=0.122, noneg
=verder =en | weight=0.121
=de =garage | weight=0.121
=planning | weight=0.121
=iets =voor | weight=0.121
=de =bank | weight=0.120
=naar =afdeling | weight=0.119
=van =afdeling | weight=0.119
=dezelfde =drie | weight=0.119
=verzekeraar | weight=0.118
=andere =moet | weight=0.117
=de =ene | weight=0.116
=iedereen =verwijst | weight=0.116
=de =verkoopafdeling | weight=0.116
=nog =doorverbonden | weight=0.115
=ik =weer | weight=0.115
=doorgeschoven | weight=0.114
=de =winkel | weight=0.114
=ga =maar | weight=0.114
=balie =verwezen | weight=0.114
=eerst =naar | weight=0.114
=filiaal | weight=0.113
=doorverbonden =kon | weight=0.113
=deze =weken | weight=0.113
=verkoopafdeling | weight=0.113
=moest =een | weight=0.112
=de =verkeerde | weight=0.111
=de =dealer | weight=0.111
=dealer | weight=0.111
=de =receptie | weight=0.111
=receptie | weight=0.111
=blijven =mij | weight=0.110
=mij =maar | weight=0.110
=lijn =die | weight=0.110
=fabrikant =naar | weight=0.110
=winkel =stuurde | weight=0.110
=naar =de | weight=0.109
=die =zet | weight=0.108
=worden =ik | weight=0.108
=elke =dienst | weight=0.108
=iedereen | weight=0.108
=bel =krijg | weight=0.107
=depot | weight=0.107
=het =depot | weight=0.107
=tussen =de | weight=0.107
=niemand =wil | weight=0.107, noneg
=betreft | weight=0.106
=fabrikant =de | weight=0.106
=tussen =drie | weight=0.106
=vervoerder =moest | weight=0.105
=en =weer | weight=0.105
=verbond =en | weight=0.105
=daar =weer | weight=0.105
=van =niks | weight=0.105, noneg
=je =bij | weight=0.105
=telkens =een | weight=0.104
=ene =afdeling | weight=0.104
=terug =bij | weight=0.103
=kassa =zei | weight=0.103
=kon =het | weight=0.102
=belachelijk | weight=0.102
=drie =afdeling | weight=0.102
=gegooid | weight=0.102
=en =steeds | weight=0.101
=diezelfde | weight=0.100
=ik =doorgezet | weight=0.100
=bij =elke | weight=0.100
=moet =je | weight=0.100
=lang | weight=0.100
=klantenservice =zegt | weight=0.100
=simpele | weight=0.099
=verder | weight=0.098
=later | weight=0.098
=rondgepompt | weight=0.098
=de =gemeente | weight=0.098
=gemeente | weight=0.098
=moest =bellen | weight=0.098
=moet =betalen | weight=0.097
=weer | weight=0.097
=ziekenhuis =en | weight=0.097
=ik =daarvoor | weight=0.096
=weer =ergens | weight=0.096
=die =al | weight=0.096
=naam =adres | weight=0.095
=mijn =verhaal | weight=0.095
=werd =doorgezet | weight=0.095
=dat =zij | weight=0.095
=overgezet =naar | weight=0.094
=naar | weight=0.094
=iemand =me | weight=0.094
=verkoop | weight=0.093
=gestuurd =door | weight=0.093
=support | weight=0.093
=nieuwe =medewerker | weight=0.093
=kastje | weight=0.093
=kastje =naar | weight=0.093
=gestuurd | weight=0.093
=andere =hen | weight=0.092
=klantenservice =de | weight=0.092
=de =servicedesk | weight=0.092
=medewerker =terecht | weight=0.092
=bij =vier | weight=0.091
=netbeheerder | weight=0.091
=verhuurder =moet | weight=0.091
=verhuurder =zegt | weight=0.091
=er =echt | weight=0.090
=op =schiphol | weight=0.090
=nog =worden | weight=0.089
=en =niemand | weight=0.089, noneg
=zegt =ga | weight=0.089
=gaan =wij | weight=0.088
=daarvoor =moet | weight=0.088
=de =andere | weight=0.088
=onze =vraag | weight=0.088
=begonnen | weight=0.088
=u =bij | weight=0.087
=beantwoordt | weight=0.087
=iemand =gewoon | weight=0.087
=verantwoordelijkheid | weight=0.087
=niet =over | weight=0.087, noneg
=garage | weight=0.086
=het =callcenter | weight=0.086
=verwezen | weight=0.086
=regelen =en | weight=0.085
=callcenter | weight=0.085
=ene | weight=0.085
=de =vervoerder | weight=0.085
=verkoopafdeling =naar | weight=0.085
=exact =hetzelfde | weight=0.085
=het =restaurant | weight=0.084
=gestuurd =en | weight=0.084
=de =luchtvaartmaatschappij | weight=0.084
=luchtvaartmaatschappij | weight=0.084
=verhaal =opnieuw | weight=0.084
=naar =vier | weight=0.083
=vaak | weight=0.083
=door =aan | weight=0.083
=keer =doorgeschakeld | weight=0.083
=ga =terug | weight=0.083
=het =wachten | weight=0.083
=de =verzekering | weight=0.083
=was =kwijt | weight=0.082
=ons =maar | weight=0.082
=heb =met | weight=0.081
=hen =en | weight=0.081
=jullie =blijven | weight=0.081
=keer =overgezet | weight=0.081
=gaven | weight=0.081
=u =naar | weight=0.081
=moet =doen | weight=0.080
=een =andere | weight=0.080
=moet =regelen | weight=0.080
=maar =naar | weight=0.080
=het =kastje | weight=0.080
=team =verwees | weight=0.080
=andere | weight=0.079
=ter | weight=0.079
=vijf =keer | weight=0.079
=zijn =eigen | weight=0.078
=de =servicebalie | weight=0.078
=dienst =naar | weight=0.077
=gebeld =weer | weight=0.077
=opnieuw =gebeld | weight=0.077
=bel =en | weight=0.077
=werd =vier | weight=0.077
=servicebalie | weight=0.077
=ik =bij | weight=0.076
=samenvatten | weight=0.076
=de =planning | weight=0.076
=voor =iemand | weight=0.075
=mijn =polis | weight=0.075
=filiaal =zegt | weight=0.075
=heerlijk | weight=0.075
=iedere =mij | weight=0.074
=waarbij | weight=0.074
=waarbij =iedere | weight=0.074
=te =bellen | weight=0.074
=doorgeschakeld =naar | weight=0.074
=beveiligingsvragen | weight=0.074
=drie =beveiligingsvragen | weight=0.074
=bij =iedere | weight=0.073
=huisarts =zegt | weight=0.073
=kwijt =en | weight=0.073
=voordat =iemand | weight=0.073
=een =balie | weight=0.073
=fabrikant =en | weight=0.073
=doorverwijzen | weight=0.073
=webshop | weight=0.073
=bank =en | weight=0.073
=garage =zegt | weight=0.072
=die =ons | weight=0.072
=steeds =weer | weight=0.071
=begon =het | weight=0.071
=afwijken | weight=0.071
=keer =door | weight=0.071
=continu =doorgeschakeld | weight=0.071
=worden =continu | weight=0.071
=mijn =bagage | weight=0.071
=ene =dienst | weight=0.071
=andere =doorgeschakeld | weight=0.071
=de =slimme | weight=0.070
=winkel =het | weight=0.070
=iemand =andere | weight=0.070
=muziekje | weight=0.070
=beginnen | weight=0.070
=inmiddels =bij | weight=0.070
=die =speelden | weight=0.070
=speelden =me | weight=0.070
=daar =terug | weight=0.070
=de =herstelafdeling | weight=0.070
=herstelafdeling | weight=0.070
=klant =wachten | weight=0.070
=beland | weight=0.069
=waar =ik | weight=0.069
=naar =weer | weight=0.069
=ik =doorverbonden | weight=0.069
=de =kassa | weight=0.069
=zei =iemand | weight=0.069
=klantenservice =moest | weight=0.069
=gestaan =en | weight=0.069
=factuur =is | weight=0.068
=verhaal =doen | weight=0.068
=polisbeheer | weight=0.068
=een =eeuwig | weight=0.068
=eeuwig =in | weight=0.068
=winkel =zei | weight=0.068
=ben =inmiddels | weight=0.068
=vervolgens =naar | weight=0.067
=begonnen =was | weight=0.067
=chatmedewerker =en | weight=0.067
