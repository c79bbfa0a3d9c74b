# pushy_sales, nl: learned by scripts/learn.py from 4090 tuning texts (117 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ik kwam voor een lampje en moest eerst een kwartier luisteren naar een verhaal over zonnepanelen.
+ Er staat hier elke week iemand van een energiebedrijf aan de deur die niet weggaat voor je getekend hebt.
+ Elke keer als ik een vraag stel over mijn factuur krijg ik een 'speciaal aanbod' voor een tv-pakket erbij. Ik wil geen tv.
- we willen ons geld terug
- Dank voor de snelle hulp!
=opdringerig | weight=0.403
=bewerkt | weight=0.401
=verzekering | weight=0.362
=getekend | weight=0.314
=flink | weight=0.297
=aangesmeerd | weight=0.257
=aansmeren | weight=0.252
=een =verzekering | weight=0.249
=energiecontract | weight=0.248
=agressieve | weight=0.246
=aanbieden | weight=0.243
=bleef | weight=0.237
=ontzettend =opdringerig | weight=0.229
=te =verkoop | weight=0.229
=keer =nee | weight=0.228
=ik =echt | weight=0.222
=probeerde | weight=0.221
=echt =geen | weight=0.211, noneg
=van =alles | weight=0.211
=energieaanbod | weight=0.210
=elke =weken | weight=0.208
=een =energiecontract | weight=0.207
=bleef =maar | weight=0.206
=aanbod | weight=0.205
=tekende | weight=0.204
=nee | weight=0.201
=duurder | weight=0.201
=verkoop | weight=0.199
=verkoper | weight=0.197
=een =duurder | weight=0.195
=aan =te | weight=0.190
=verkooppraatje | weight=0.186
=wilde =me | weight=0.185
=tekenen | weight=0.181
=medewerker =wilde | weight=0.177
=contract | weight=0.177
=bellen =me | weight=0.174
=ze =bellen | weight=0.174
=gebeld =om | weight=0.173
=deze =winkel | weight=0.172
=niet =gaan | weight=0.171, noneg
=op =of | weight=0.170
=worden =steeds | weight=0.164
=deze =prijs | weight=0.163
=ze =belde | weight=0.163
=gezegd | weight=0.163
=flink =bewerkt | weight=0.159
=weg | weight=0.158
=overstappen | weight=0.156
=wilde | weight=0.156
=me =niet | weight=0.155, noneg
=gebeld =door | weight=0.153
=winkel =niet | weight=0.152, noneg
=per =se | weight=0.152
=se | weight=0.152
=liet =me | weight=0.152
=deur | weight=0.151
=hij =bleef | weight=0.151
=een =nieuwe | weight=0.149
=afrekenen | weight=0.145
=belt =er | weight=0.144
=tekenen =andere | weight=0.143
=tv-pakket | weight=0.142
=pushen | weight=0.140
=nee =gezegd | weight=0.139
=verkoper =die | weight=0.138
=duren =contract | weight=0.138
=werd =me | weight=0.137
=niet =met | weight=0.137, noneg
=bleef =me | weight=0.137
=ik =mocht | weight=0.137
=een =verkoper | weight=0.136
=me =een | weight=0.136
=verkoper =bleef | weight=0.135
=overgehaald | weight=0.134
=overgehaald =tot | weight=0.134
=tot =een | weight=0.134
=nemen | weight=0.132
=de =deur | weight=0.132
=af =te | weight=0.131
=dagen =voor | weight=0.130
=andere =is | weight=0.129
=blijf | weight=0.128
=een =duren | weight=0.128
=voor =een | weight=0.126
=moest =en | weight=0.125
=me =bij | weight=0.125
=geen =interesse | weight=0.125, noneg
=bandje =met | weight=0.125
=jullie =energieaanbod | weight=0.125
=nemen =van | weight=0.124
=niet =uit | weight=0.124, noneg
=en =zou | weight=0.124
=voordat =ik | weight=0.122
=probeerde =me | weight=0.122
=alleen =vandaag | weight=0.121
=werd =gebeld | weight=0.120
=elke =dagen | weight=0.120
=worden =ik | weight=0.119
=aandringen | weight=0.119
=smeren | weight=0.119
=te =smeren | weight=0.119
=ik =helemaal | weight=0.119
=met =aanbieden | weight=0.118
=een =abonnement | weight=0.118
=luisteren =naar | weight=0.118
=een =verkooppraatje | weight=0.116
=een =aanbod | weight=0.116
=aangeboden | weight=0.115
=me =steeds | weight=0.115
=over =zonnepanelen | weight=0.115
=onder =druk | weight=0.115
=druk | weight=0.113
=een =tv-pakket | weight=0.113
=zonnepanelen | weight=0.113
=ontzettend | weight=0.111
=mijn =factuur | weight=0.111
=die =man | weight=0.111
=de =caissiere | weight=0.110
=om =over | weight=0.110
=verkooppraatje =over | weight=0.109
=ze =probeer | weight=0.109
=luisteren | weight=0.107
=andere =zou | weight=0.107
=caissiere | weight=0.107
=mocht | weight=0.106
=duren | weight=0.106
=elke =gesprek | weight=0.105
=balie =werd | weight=0.105
=hameren | weight=0.105
=hameren =op | weight=0.105
=maar =hameren | weight=0.105
=ik =tekende | weight=0.104
=een =praatje | weight=0.104
=praatje | weight=0.104
=praatje =over | weight=0.104
=een =verhaal | weight=0.104
=aan =die | weight=0.104
=een =verkoopgesprek | weight=0.103
=verkoopgesprek | weight=0.103
=blijven | weight=0.103
=wekelijks | weight=0.103
=wekelijks =gebeld | weight=0.103
=om =van | weight=0.103
=verhaal =over | weight=0.102
=ik =kwam | weight=0.102
=ze =hebben | weight=0.102
=liet | weight=0.102
=ik =zei | weight=0.102
=voortdurend | weight=0.102
=ik =worden | weight=0.102
=gebeld =met | weight=0.102
=een =tweede | weight=0.101
=die =niet | weight=0.101, noneg
=te =zijn | weight=0.101
=met =jullie | weight=0.101
=niet =nodig | weight=0.101, noneg
=keer =of | weight=0.100
=kwam =voor | weight=0.100
=upgrade | weight=0.100
=mocht =de | weight=0.100
=heb =om | weight=0.100
=een =bedrag | weight=0.100
=we =worden | weight=0.099
=de =opticien | weight=0.099
=opticien | weight=0.099
=bed | weight=0.098
=ik =geen | weight=0.098, noneg
=deur =die | weight=0.098
=internetpakket | weight=0.098
=gepusht | weight=0.098
=zodra =mijn | weight=0.097
=lening | weight=0.097
=bewerkt =tot | weight=0.097
=ja =zei | weight=0.097
=lang =bewerkt | weight=0.097
=moest =drie | weight=0.097
=wou | weight=0.096
=zou =een | weight=0.096
=aangeraden | weight=0.096
=te =zeggen | weight=0.096
=aan =op | weight=0.095
=maar =kreeg | weight=0.095
=bril | weight=0.095
=vroeg =drie | weight=0.095
=kwam =ze | weight=0.094
=bij =elke | weight=0.094
=belt | weight=0.093
=om =op | weight=0.093
=worden | weight=0.092
=hebben =mijn | weight=0.092
=aanprijzen | weight=0.091
=ik =werd | weight=0.091
=callcenter | weight=0.091
=zo =lang | weight=0.090
=verzekering =die | weight=0.090
=ze =liet | weight=0.090
=verkoopster =drong | weight=0.090
=steeds =op | weight=0.089
=helemaal =niet | weight=0.089, noneg
=gezet =om | weight=0.089
=ook =nog | weight=0.088
=se =dat | weight=0.087
=onder | weight=0.087
=keer =gezegd | weight=0.086
=vandaag =deze | weight=0.086
=niet =wilde | weight=0.085, noneg
=minuten =een | weight=0.085
=die =verkoper | weight=0.085
=zeggen =en | weight=0.085
=drong | weight=0.084
=die =hij | weight=0.083
=weken =worden | weight=0.083
=niet =om | weight=0.083, noneg
=kreeg =tien | weight=0.083
=duurder =abonnement | weight=0.083
=opgedrongen | weight=0.082
=de =korting | weight=0.082
=adreswijziging | weight=0.082
=pas =weg | weight=0.081
=weg =na | weight=0.081
=belde =om | weight=0.081
=doordrammen | weight=0.081
=te =stappen | weight=0.079
=inschrijven | weight=0.078
=spottend | weight=0.078
=een =upgrade | weight=0.078
=drie =keer | weight=0.078
=genomen | weight=0.078
=mocht =ik | weight=0.078
=was =ontzettend | weight=0.077
=me =aanbieden | weight=0.077
=blijven =maar | weight=0.077
=gezegd =dat | weight=0.077
=het =werkt | weight=0.077
=gebeld | weight=0.077
=over =een | weight=0.076
=contact =over | weight=0.076
=ik =pas | weight=0.076
=belde | weight=0.076
=prijs | weight=0.076
=wilde =alleen | weight=0.076
=kwam =alleen | weight=0.076
=tien =minuten | weight=0.075
=wel =vijf | weight=0.075
=van =die | weight=0.075
=ter =plek | weight=0.075
=en =kreeg | weight=0.074
=budget | weight=0.074
=u =nu | weight=0.074
=doordrammen =over | weight=0.074
=maar =doordrammen | weight=0.074
=nu =niet | weight=0.074, noneg
=ik =die | weight=0.074
=over =te | weight=0.074
=lampje | weight=0.074
=klantenkaart | weight=0.074
=abbo | weight=0.074
=met =die | weight=0.073
=nee =zei | weight=0.073
=mijn =storing | weight=0.073
=alleen =mijn | weight=0.073
=te =kijken | weight=0.073
=jullie =met | weight=0.073
=waarom =worden | weight=0.073
=me | weight=0.072
=waar =ik | weight=0.072
=ik =voelde | weight=0.072
=gewezen | weight=0.071
=eerst =tien | weight=0.071
=kreeg =eerst | weight=0.071
=nieuwe =abonnement | weight=0.071
=tv-pakket =erbij | weight=0.071
=ze =blijven | weight=0.071
=verkoopster | weight=0.071
=ze =me | weight=0.070
=duurder =pakket | weight=0.070
=een =hele | weight=0.070
=me =van | weight=0.070
=wil =geen | weight=0.070, noneg
=databundel | weight=0.070
=loyaliteitsupgrade | weight=0.069
=dan =heeft | weight=0.069
=half =uur | weight=0.069
=telefoontjes | weight=0.069
=rond | weight=0.069
=jullie =verkoopafdeling | weight=0.068
=reageerde | weight=0.068
=en =zet | weight=0.068
=ik =me | weight=0.068
=de =verkoopster | weight=0.068
=heb =al | weight=0.067
=ik =hem | weight=0.067
=stop | weight=0.067
=een =half | weight=0.066
=druk =gezet | weight=0.066
=factuur =kreeg | weight=0.066
=de =balie | weight=0.066
=energiebedrijf | weight=0.066
=bestookt | weight=0.066
=bestookt =met | weight=0.066
=premium | weight=0.066
=speciaal | weight=0.066
=de =man | weight=0.065
=ging =bijna | weight=0.065
=hard =werd | weight=0.065
=zo =hard | weight=0.065
=actie =voorbij | weight=0.065
=te =tekenen | weight=0.065
=zou =het | weight=0.065
=abonnement | weight=0.065
=goedkeuren | weight=0.065
=nie | weight=0.065, noneg
=het =lastig | weight=0.064
=tussen =de | weight=0.064
=ongepast | weight=0.064
=worden =met | weight=0.064
=actie | weight=0.063
=de =actie | weight=0.063
=kassamedewerker | weight=0.063
=ze =nog | weight=0.063
=lijn =voor | weight=0.062
=andere =garage | weight=0.062
=gewoon =dat | weight=0.062
=stel | weight=0.062
=apk | weight=0.062
=de =telefoonwinkel | weight=0.061
=telefoonwinkel | weight=0.061
=voelde | weight=0.061
=voorbij | weight=0.061
=pech | weight=0.061
=extra | weight=0.061
=vinden =ik | weight=0.061
=melden =het | weight=0.061
=keer =kreeg | weight=0.061
=een =aanbieden | weight=0.061
=aandringen =op | weight=0.060
=lager | weight=0.060
=een =adreswijziging | weight=0.060
=stappen | weight=0.060
=deze | weight=0.060
=en =drie | weight=0.060
=in =en | weight=0.060
=lastig | weight=0.059
=man =wilde | weight=0.058
=niet =weggaan | weight=0.058, noneg
=zet | weight=0.058
=er =ook | weight=0.057
=hun =energiecontract | weight=0.057
=naar =hun | weight=0.057
=met =tv | weight=0.057
=een =jurist | weight=0.057
=jurist | weight=0.057
=jurist =in | weight=0.057
=stellen | weight=0.057
=andere =om | weight=0.057
=zoek =maar | weight=0.057
=elke | weight=0.056
=betekent | weight=0.056
=weg =en | weight=0.056
=ik =kon | weight=0.056
=banden | weight=0.055
=of =ik | weight=0.055
=gezet | weight=0.055
=ter | weight=0.055
=negen =uur | weight=0.055
=om =negen | weight=0.055
=mijn =auto | weight=0.055
=een =bandje | weight=0.055
=verkoopafdeling | weight=0.055
=minuten =lang | weight=0.055
=verkoper =was | weight=0.054
=aandringen =en | weight=0.054
=daar =nog | weight=0.054
=geen =verlengde | weight=0.054, noneg
=nog =spijt | weight=0.054
=spijt =van | weight=0.054
=van =zou | weight=0.054
=verkoper =aandringen | weight=0.054
=verlengde =garantie | weight=0.054
=ze =ja | weight=0.054
=serieus | weight=0.054
=vader =een | weight=0.053
=het =bij | weight=0.053
=bij =een | weight=0.052
=bellen =met | weight=0.052
=me =bellen | weight=0.052
=ze =vraag | weight=0.052
=wilde =gewoon | weight=0.052
=werd =vervolgens | weight=0.052
=ophalen =van | weight=0.052
=aanprijzen =en | weight=0.052
=budget =had | weight=0.052
=duurder =matras | weight=0.052
=matras =aanprijzen | weight=0.052
=sarcastisch =toen | weight=0.052
=verkoopster =bleef | weight=0.052
=werd =sarcastisch | weight=0.052
=irritant | weight=0.052
=op =die | weight=0.051
