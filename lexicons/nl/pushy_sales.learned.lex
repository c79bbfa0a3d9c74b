# pushy_sales, nl: learned by scripts/learn.py from 4470 tuning texts (119 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ik kwam voor een lampje en moest eerst een kwartier luisteren naar een verhaal over zonnepanelen.
+ Er staat hier elke week iemand van een energiebedrijf aan de deur die niet weggaat voor je getekend hebt.
+ Elke keer als ik een vraag stel over mijn factuur krijg ik een 'speciaal aanbod' voor een tv-pakket erbij. Ik wil geen tv.
- ok dankje
- we willen ons geld terug
=opdringerig | weight=0.438
=bewerkt | weight=0.405
=verzekering | weight=0.345
=flink | weight=0.309
=getekend | weight=0.294
=aansmeren | weight=0.268
=aangesmeerd | weight=0.267
=aanbieden | weight=0.259
=een =verzekering | weight=0.257
=energiecontract | weight=0.254
=keer =nee | weight=0.252
=agressieve | weight=0.246
=te =verkoop | weight=0.233
=ik =echt | weight=0.226
=energieaanbod | weight=0.222
=elke =weken | weight=0.220
=van =alles | weight=0.218
=echt =geen | weight=0.217, noneg
=bleef =maar | weight=0.216
=verkoper | weight=0.215
=een =energiecontract | weight=0.209
=tekende | weight=0.209
=aanbod | weight=0.207
=ontzettend =opdringerig | weight=0.205
=verkoop | weight=0.202
=een =duurder | weight=0.201
=bleef | weight=0.201
=duurder | weight=0.199
=verkooppraatje | weight=0.198
=wilde =me | weight=0.198
=nee | weight=0.196
=aan =te | weight=0.195
=probeerde | weight=0.194
=medewerker =wilde | weight=0.183
=contract | weight=0.181
=worden =steeds | weight=0.177
=op =of | weight=0.171
=bellen =me | weight=0.171
=ze =bellen | weight=0.171
=ze =belde | weight=0.170
=deze =winkel | weight=0.169
=flink =bewerkt | weight=0.169
=liet =me | weight=0.166
=tv-pakket | weight=0.164
=gebeld =door | weight=0.164
=nee =gezegd | weight=0.162
=weg | weight=0.162
=niet =gaan | weight=0.162, noneg
=per =se | weight=0.161
=se | weight=0.161
=bleef =me | weight=0.159
=gebeld =om | weight=0.158
=me =een | weight=0.157
=overstappen | weight=0.157
=winkel =niet | weight=0.156, noneg
=deze =prijs | weight=0.156
=om =over | weight=0.156
=deur | weight=0.156
=verkoper =die | weight=0.156
=duren =contract | weight=0.156
=afrekenen | weight=0.153
=andere =is | weight=0.148
=geen =interesse | weight=0.148, noneg
=belt =er | weight=0.145
=me =niet | weight=0.145, noneg
=overgehaald | weight=0.145
=overgehaald =tot | weight=0.145
=tot =een | weight=0.145
=met =aanbieden | weight=0.144
=niet =met | weight=0.141, noneg
=elke =dagen | weight=0.141
=een =verkoper | weight=0.141
=aandringen | weight=0.140
=hij =bleef | weight=0.140
=tekenen =andere | weight=0.140
=probeerde =me | weight=0.137
=verkoper =bleef | weight=0.137
=een =tv-pakket | weight=0.137
=dagen =voor | weight=0.136
=bandje =met | weight=0.134
=jullie =energieaanbod | weight=0.134
=ik =helemaal | weight=0.133
=een =nieuwe | weight=0.133
=tekenen | weight=0.132
=werd =gebeld | weight=0.131
=voor =een | weight=0.131
=de =deur | weight=0.130
=ik =mocht | weight=0.129
=worden =ik | weight=0.129
=smeren | weight=0.127
=te =smeren | weight=0.127
=pushen | weight=0.125
=alleen =vandaag | weight=0.123
=me =steeds | weight=0.123
=moest =en | weight=0.123
=onder =druk | weight=0.122
=blijf | weight=0.122
=en =zou | weight=0.121
=nemen =van | weight=0.121
=blijven | weight=0.120
=een =duren | weight=0.120
=niet =uit | weight=0.119, noneg
=duren | weight=0.119
=ik =kwam | weight=0.119
=mijn =factuur | weight=0.118
=ze =probeer | weight=0.118
=ontzettend | weight=0.118
=nee =zei | weight=0.117
=een =verkooppraatje | weight=0.116
=me =bij | weight=0.116
=nemen | weight=0.116
=verkooppraatje =over | weight=0.116
=luisteren =naar | weight=0.116
=werd =me | weight=0.116
=af =te | weight=0.116
=de =caissiere | weight=0.116
=een =aanbod | weight=0.115
=een =abonnement | weight=0.114
=die =man | weight=0.114
=voordat =ik | weight=0.114
=elke =gesprek | weight=0.113
=liet | weight=0.113
=een =praatje | weight=0.112
=praatje | weight=0.112
=praatje =over | weight=0.112
=caissiere | weight=0.111
=balie =werd | weight=0.111
=over =zonnepanelen | weight=0.110
=aan =die | weight=0.110
=aangeraden | weight=0.110
=met =jullie | weight=0.110
=andere =zou | weight=0.109
=upgrade | weight=0.109
=zonnepanelen | weight=0.109
=ze =hebben | weight=0.108
=belde =om | weight=0.108
=ik =worden | weight=0.108
=om =van | weight=0.106
=een =verkoopgesprek | weight=0.106
=verkoopgesprek | weight=0.106
=ik =tekende | weight=0.105
=wilde | weight=0.105
=een =tweede | weight=0.105
=voortdurend | weight=0.105
=de =opticien | weight=0.104
=opticien | weight=0.104
=mocht =de | weight=0.104
=wekelijks | weight=0.104
=wekelijks =gebeld | weight=0.104
=luisteren | weight=0.104
=lening | weight=0.103
=gezegd | weight=0.103
=hebben =mijn | weight=0.103
=een =verhaal | weight=0.103
=om =op | weight=0.103
=te =zijn | weight=0.103
=heb =om | weight=0.102
=een =bedrag | weight=0.102
=internetpakket | weight=0.102
=druk | weight=0.101
=se =dat | weight=0.101
=bed | weight=0.101
=we =worden | weight=0.100
=wou | weight=0.100
=deur =die | weight=0.099
=duurder =abonnement | weight=0.099
=keer =of | weight=0.099
=gezet =om | weight=0.099
=gebeld =met | weight=0.099
=aan =op | weight=0.098
=ik =geen | weight=0.098, noneg
=zodra =mijn | weight=0.098
=vroeg =drie | weight=0.098
=steeds =op | weight=0.098
=verhaal =over | weight=0.098
=bril | weight=0.097
=mocht | weight=0.097
=aanprijzen | weight=0.097
=zou =een | weight=0.097
=kwam =alleen | weight=0.097
=een =upgrade | weight=0.097
=kwam =ze | weight=0.096
=gepusht | weight=0.095
=verkoopster =drong | weight=0.095
=zeggen =en | weight=0.094
=helemaal =niet | weight=0.094, noneg
=kwam =voor | weight=0.094
=tv-pakket =erbij | weight=0.093
=opgedrongen | weight=0.093
=ze =liet | weight=0.093
=callcenter | weight=0.093
=hameren | weight=0.092
=hameren =op | weight=0.092
=maar =hameren | weight=0.092
=maar =kreeg | weight=0.092
=onder | weight=0.091
=ik =zei | weight=0.091
=drong | weight=0.090
=keer =om | weight=0.089
=mocht =ik | weight=0.089
=keer =gezegd | weight=0.088
=bewerkt =tot | weight=0.088
=ja =zei | weight=0.088
=lang =bewerkt | weight=0.088
=ik =die | weight=0.088
=adreswijziging | weight=0.088
=niet =nodig | weight=0.088, noneg
=moest =drie | weight=0.088
=de =korting | weight=0.087
=vandaag =deze | weight=0.087
=keer =kreeg | weight=0.087
=ook =nog | weight=0.087
=tien =minuten | weight=0.086
=weken =worden | weight=0.086
=ze =me | weight=0.086
=minuten =een | weight=0.086
=belt | weight=0.085
=pas =weg | weight=0.085
=weg =na | weight=0.085
=zo =lang | weight=0.084
=niet =om | weight=0.084, noneg
=verkoopster | weight=0.083
=me =van | weight=0.083
=inschrijven | weight=0.083
=nieuwe =abonnement | weight=0.083
=alleen =mijn | weight=0.083
=blijven =maar | weight=0.082
=databundel | weight=0.082
=ik =pas | weight=0.081
=aangeboden | weight=0.081
=spottend | weight=0.081
=abonnement | weight=0.081
=wilde =alleen | weight=0.080
=ik =nee | weight=0.080
=van =die | weight=0.080
=doordrammen | weight=0.080
=de =verkoopster | weight=0.080
=druk =gezet | weight=0.079
=verzekering =die | weight=0.078
=een =hele | weight=0.078
=het =werkt | weight=0.078
=deze | weight=0.078
=factuur =kreeg | weight=0.078
=contact =over | weight=0.078
=kreeg =tien | weight=0.077
=die =hij | weight=0.076
=was =ontzettend | weight=0.076
=worden | weight=0.076
=loyaliteitsupgrade | weight=0.076
=prijs | weight=0.076
=niet =wilde | weight=0.076, noneg
=ik =me | weight=0.076
=bestookt | weight=0.075
=bestookt =met | weight=0.075
=premium | weight=0.075
=apk | weight=0.075
=lampje | weight=0.075
=ze =nog | weight=0.075
=kassamedewerker | weight=0.075
=klantenkaart | weight=0.075
=bij =elke | weight=0.074
=die =verkoper | weight=0.074
=ter =plek | weight=0.074
=waarom =worden | weight=0.074
=andere =garage | weight=0.074
=en =zet | weight=0.073
=zet | weight=0.073
=voelde | weight=0.073
=mijn =storing | weight=0.073
=me =aanbieden | weight=0.072
=heb =al | weight=0.072
=actie =voorbij | weight=0.072
=te =tekenen | weight=0.072
=half =uur | weight=0.072
=nie | weight=0.072, noneg
=en =kreeg | weight=0.071
=ze =blijven | weight=0.071
=reageerde | weight=0.071
=worden =met | weight=0.071
=wil =geen | weight=0.071, noneg
=gewezen | weight=0.071
=eerst =tien | weight=0.070
=het =lastig | weight=0.070
=te =zeggen | weight=0.070
=drie =keer | weight=0.070
=over =te | weight=0.070
=ik =hem | weight=0.069
=actie | weight=0.069
=de =actie | weight=0.069
=duurder =pakket | weight=0.069
=jullie =verkoopafdeling | weight=0.069
=ik =voelde | weight=0.069
=aandringen =op | weight=0.069
=goedkeuren | weight=0.069
=te =kijken | weight=0.069
=met =tv | weight=0.069
=een =half | weight=0.069
=melden =het | weight=0.068
=verlengde =garantie | weight=0.068
=nu =niet | weight=0.068, noneg
=energiebedrijf | weight=0.068
=u =nu | weight=0.068
=betekent | weight=0.067
=bellen =met | weight=0.067
=voorbij | weight=0.067
=wel =vijf | weight=0.066
=banden | weight=0.066
=dit =keer | weight=0.066
=in =en | weight=0.066
=rond | weight=0.066
=dan =heeft | weight=0.066
=man | weight=0.065
=doordrammen =over | weight=0.065
=maar =doordrammen | weight=0.065
=de =man | weight=0.065
=er =ook | weight=0.065
=wilde =per | weight=0.065
=speciaal | weight=0.065
=abbo | weight=0.064
=ze =ja | weight=0.064
=ophalen =van | weight=0.064
=lastig | weight=0.064
=elke | weight=0.063
=lager | weight=0.063
=te =praten | weight=0.063
=werd =vervolgens | weight=0.062
=hun | weight=0.062
=genomen | weight=0.062
=een =jurist | weight=0.062
=jurist | weight=0.062
=jurist =in | weight=0.062
=de =telefoonwinkel | weight=0.062
=telefoonwinkel | weight=0.062
=budget | weight=0.062
=moest =eerst | weight=0.062
=pech | weight=0.061
=die =niet | weight=0.060, noneg
=man =wilde | weight=0.060
=niet =weggaan | weight=0.060, noneg
=plek | weight=0.060
=ongepast | weight=0.060
=de =balie | weight=0.060
=het =me | weight=0.059
=de =receptioniste | weight=0.059
=stel | weight=0.059
=verlengde | weight=0.059
=met =die | weight=0.059
=ik =werd | weight=0.058
=stellen | weight=0.058
=receptioniste | weight=0.058
=jullie =met | weight=0.058
=vinden =ik | weight=0.058
=over =een | weight=0.058
=ging =bijna | weight=0.058
=hard =werd | weight=0.058
=zo =hard | weight=0.058
=noemde | weight=0.057
=tussen =de | weight=0.057
=op =die | weight=0.057
=ik =kon | weight=0.057
=en =drie | weight=0.056
=lijn =voor | weight=0.056
=aanprijzen =en | weight=0.056
=budget =had | weight=0.056
=duurder =matras | weight=0.056
=matras =aanprijzen | weight=0.056
=sarcastisch =toen | weight=0.056
=verkoopster =bleef | weight=0.056
=vader =een | weight=0.055
=hun =energiecontract | weight=0.055
=naar =hun | weight=0.055
=andere =om | weight=0.055
=zoek =maar | weight=0.055
=een =adreswijziging | weight=0.055
=hij =onbeschoft | weight=0.055
=upgrade =naar | weight=0.055
=nieuwe =aanbieden | weight=0.055
=ik =overstapte | weight=0.055
=overstapte | weight=0.055
=overstapte =alleen | weight=0.055
=telemarketeer | weight=0.055
=weg =en | weight=0.054
=aandringen =en | weight=0.054
=daar =nog | weight=0.054
=geen =verlengde | weight=0.054, noneg
=nog =spijt | weight=0.054
=spijt =van | weight=0.054
=van =zou | weight=0.054
=verkoper =aandringen | weight=0.054
=kreeg =eerst | weight=0.054
=zei =werd | weight=0.054
=maar =aandringen | weight=0.054
=blijven =me | weight=0.054
=extra | weight=0.054
=werd =sarcastisch | weight=0.054
=voelde =me | weight=0.053
=adres =te | weight=0.053
=het =bij | weight=0.053
=probeerde =hij | weight=0.053
=bijna | weight=0.053
