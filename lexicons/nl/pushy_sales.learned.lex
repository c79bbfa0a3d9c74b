# pushy_sales, nl: learned by scripts/learn.py from 3684 tuning texts (116 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ik kwam voor een lampje en moest eerst een kwartier luisteren naar een verhaal over zonnepanelen.
+ Er staat hier elke week iemand van een energiebedrijf aan de deur die niet weggaat voor je getekend hebt.
+ Elke keer als ik een vraag stel over mijn factuur krijg ik een 'speciaal aanbod' voor een tv-pakket erbij. Ik wil geen tv.
- we willen ons geld terug
- Geen minuut gewacht, top!
=opdringerig | weight=0.402
=bewerkt | weight=0.398
=verzekering | weight=0.359
=getekend | weight=0.309
=flink | weight=0.300
=aangesmeerd | weight=0.264
=een =verzekering | weight=0.256
=energiecontract | weight=0.253
=keer =nee | weight=0.251
=agressieve | weight=0.247
=aansmeren | weight=0.245
=bleef | weight=0.238
=aanbieden | weight=0.228
=ontzettend =opdringerig | weight=0.227
=te =verkoop | weight=0.226
=ik =echt | weight=0.224
=probeerde | weight=0.214
=energieaanbod | weight=0.213
=van =alles | weight=0.212
=echt =geen | weight=0.212, noneg
=een =energiecontract | weight=0.210
=bleef =maar | weight=0.210
=tekende | weight=0.207
=elke =weken | weight=0.204
=verkoper | weight=0.201
=aanbod | weight=0.200
=nee | weight=0.199
=verkoop | weight=0.197
=een =duurder | weight=0.192
=aan =te | weight=0.192
=duurder | weight=0.191
=contract | weight=0.188
=verkooppraatje | weight=0.187
=tekenen | weight=0.179
=niet =gaan | weight=0.175, noneg
=gebeld =om | weight=0.175
=bellen =me | weight=0.175
=ze =bellen | weight=0.175
=medewerker =wilde | weight=0.175
=wilde =me | weight=0.173
=deze =winkel | weight=0.173
=gezegd | weight=0.173
=op =of | weight=0.169
=deze =prijs | weight=0.168
=weg | weight=0.167
=worden =steeds | weight=0.162
=flink =bewerkt | weight=0.160
=ze =belde | weight=0.157
=deur | weight=0.156
=me =niet | weight=0.153, noneg
=werd =me | weight=0.153
=verkoper =bleef | weight=0.152
=overstappen | weight=0.151
=nee =gezegd | weight=0.150
=tv-pakket | weight=0.150
=duur =contract | weight=0.147
=winkel =niet | weight=0.147, noneg
=belt =er | weight=0.146
=een =nieuwe | weight=0.145
=per =se | weight=0.145
=se | weight=0.145
=wilde | weight=0.142
=afrekenen | weight=0.141
=gebeld =door | weight=0.141
=tekenen =andere | weight=0.140
=hij =bleef | weight=0.140
=pushen | weight=0.137
=nemen | weight=0.136
=af =te | weight=0.135
=overgehaald | weight=0.134
=overgehaald =tot | weight=0.134
=tot =een | weight=0.134
=niet =met | weight=0.134, noneg
=bleef =me | weight=0.134
=liet =me | weight=0.133
=me =een | weight=0.133
=ik =mocht | weight=0.132
=verkoper =die | weight=0.131
=blijf | weight=0.131
=een =verkoper | weight=0.130
=aandringen | weight=0.130
=bandje =met | weight=0.128
=jullie =energieaanbod | weight=0.128
=me =bij | weight=0.127
=de =deur | weight=0.127
=andere =is | weight=0.126
=een =tv-pakket | weight=0.126
=moest =en | weight=0.126
=dagen =voor | weight=0.126
=nemen =van | weight=0.125
=en =zou | weight=0.124
=met =aanbieden | weight=0.124
=ik =helemaal | weight=0.123
=alleen =vandaag | weight=0.123
=smeren | weight=0.123
=te =smeren | weight=0.123
=me =steeds | weight=0.122
=voordat =ik | weight=0.121
=geen =interesse | weight=0.118, noneg
=luisteren =naar | weight=0.118
=een =duur | weight=0.117
=een =aanbod | weight=0.117
=niet =uit | weight=0.116, noneg
=luisteren | weight=0.116
=een =abonnement | weight=0.115
=werd =gebeld | weight=0.115
=een =verkooppraatje | weight=0.114
=elke =dagen | weight=0.114
=probeerde =me | weight=0.114
=ze =probeer | weight=0.113
=worden =ik | weight=0.113
=ontzettend | weight=0.112
=aangeboden | weight=0.112
=voor =een | weight=0.111
=om =over | weight=0.111
=mijn =factuur | weight=0.111
=druk | weight=0.111
=duur | weight=0.110
=ik =zei | weight=0.110
=elke =gesprek | weight=0.110
=onder =druk | weight=0.110
=de =caissiere | weight=0.109
=bed | weight=0.109
=ik =kwam | weight=0.109
=een =praatje | weight=0.109
=praatje | weight=0.109
=praatje =over | weight=0.109
=andere =zou | weight=0.109
=een =bedrag | weight=0.109
=balie =werd | weight=0.109
=zou =een | weight=0.107
=niet =nodig | weight=0.106, noneg
=caissiere | weight=0.106
=wekelijks | weight=0.105
=wekelijks =gebeld | weight=0.105
=zonnepanelen | weight=0.105
=ik =worden | weight=0.105
=aan =op | weight=0.105
=over =zonnepanelen | weight=0.104
=om =van | weight=0.104
=die =man | weight=0.104
=hebben =mijn | weight=0.104
=die =niet | weight=0.103, noneg
=internetpakket | weight=0.103
=bij =elke | weight=0.102
=kwam =voor | weight=0.102
=een =verhaal | weight=0.102
=ze =hebben | weight=0.102
=we =worden | weight=0.102
=aan =die | weight=0.101
=mocht | weight=0.101
=ik =tekende | weight=0.101
=zodra =mijn | weight=0.101
=heb =om | weight=0.100
=om =op | weight=0.100
=te =zijn | weight=0.099
=lening | weight=0.099
=verkooppraatje =over | weight=0.099
=deur =die | weight=0.099
=aangeraden | weight=0.099
=een =verkoopgesprek | weight=0.098
=verkoopgesprek | weight=0.098
=een =tweede | weight=0.098
=callcenter | weight=0.098
=verhaal =over | weight=0.098
=mocht =de | weight=0.097
=gepusht | weight=0.097
=de =opticien | weight=0.097
=opticien | weight=0.097
=gezegd =dat | weight=0.097
=duurder =abonnement | weight=0.097
=gebeld =met | weight=0.096
=wou | weight=0.096
=verkoopster =drong | weight=0.096
=wilde =alleen | weight=0.095
=ik =werd | weight=0.095
=keer =of | weight=0.095
=maar =kreeg | weight=0.094
=hameren | weight=0.094
=hameren =op | weight=0.094
=maar =hameren | weight=0.094
=gezet =om | weight=0.094
=upgrade | weight=0.093
=bewerkt =tot | weight=0.093
=ja =zei | weight=0.093
=lang =bewerkt | weight=0.093
=kwam =ze | weight=0.093
=met =jullie | weight=0.093
=ik =geen | weight=0.093, noneg
=drong | weight=0.092
=aanprijzen | weight=0.092
=steeds =op | weight=0.092
=vandaag =deze | weight=0.091
=vroeg =drie | weight=0.091
=bril | weight=0.091
=te =zeggen | weight=0.090
=liet | weight=0.090
=belt | weight=0.089
=was =ontzettend | weight=0.089
=worden | weight=0.089
=se =dat | weight=0.088
=blijven | weight=0.088
=opgedrongen | weight=0.088
=die =verkoper | weight=0.087
=moest =drie | weight=0.087
=zeggen =en | weight=0.087
=blijven =maar | weight=0.086
=helemaal =niet | weight=0.086, noneg
=zo =lang | weight=0.085
=keer =gezegd | weight=0.084
=drie =keer | weight=0.084
=nee =zei | weight=0.084
=pas =weg | weight=0.084
=weg =na | weight=0.084
=ik =die | weight=0.084
=de =korting | weight=0.083
=mocht =ik | weight=0.083
=spottend | weight=0.082
=ook =nog | weight=0.081
=niet =om | weight=0.081, noneg
=onder | weight=0.081
=verkoopster | weight=0.081
=en =kreeg | weight=0.081
=weken =worden | weight=0.081
=ze =blijven | weight=0.079
=prijs | weight=0.079
=te =stappen | weight=0.078
=die =hij | weight=0.078
=ik =pas | weight=0.078
=adreswijziging | weight=0.078
=ze =liet | weight=0.077
=doordrammen | weight=0.077
=me =van | weight=0.077
=minuten =een | weight=0.077
=inschrijven | weight=0.077
=klantenkaart | weight=0.077
=het =werkt | weight=0.076
=lampje | weight=0.076
=kwam =alleen | weight=0.076
=contact =over | weight=0.076
=belde =om | weight=0.076
=alleen =mijn | weight=0.075
=over =te | weight=0.075
=een =upgrade | weight=0.075
=nieuwe =abonnement | weight=0.074
=van =die | weight=0.074
=ter =plek | weight=0.074
=niet =wilde | weight=0.074, noneg
=duurder =pakket | weight=0.074
=met =die | weight=0.073
=waarom =worden | weight=0.073
=databundel | weight=0.073
=kreeg =tien | weight=0.073
=u =nu | weight=0.073
=te =kijken | weight=0.072
=nie | weight=0.072, noneg
=gebeld | weight=0.072
=nu =niet | weight=0.072, noneg
=jullie =met | weight=0.072
=abbo | weight=0.072
=mijn =storing | weight=0.071
=dan =heeft | weight=0.071
=doordrammen =over | weight=0.071
=maar =doordrammen | weight=0.071
=jullie =verkoopafdeling | weight=0.071
=eerst =tien | weight=0.070
=kreeg =eerst | weight=0.070
=verzekering =die | weight=0.070
=een =aanbieden | weight=0.070
=en =zet | weight=0.070
=gewezen | weight=0.069
=loyaliteitsupgrade | weight=0.069
=aandringen =op | weight=0.069
=rond | weight=0.069
=tien =minuten | weight=0.069
=telefoontjes | weight=0.069
=de =balie | weight=0.068
=tv-pakket =erbij | weight=0.068
=reageerde | weight=0.068
=ik =voelde | weight=0.068
=bestookt | weight=0.068
=bestookt =met | weight=0.068
=ongepast | weight=0.067
=voelde | weight=0.067
=in =en | weight=0.067
=zou =het | weight=0.067
=energiebedrijf | weight=0.067
=wil =geen | weight=0.067, noneg
=abonnement | weight=0.067
=factuur =kreeg | weight=0.066
=de =verkoopster | weight=0.066
=tussen =de | weight=0.066
=hun | weight=0.066
=belde | weight=0.066
=het =lastig | weight=0.066
=waar =ik | weight=0.066
=wel =vijf | weight=0.066
=premium | weight=0.065
=worden =met | weight=0.065
=half =uur | weight=0.065
=een =vraag | weight=0.065
=goedkeuren | weight=0.064
=een =jurist | weight=0.064
=jurist | weight=0.064
=jurist =in | weight=0.064
=ze =nog | weight=0.064
=stop | weight=0.064
=andere =garage | weight=0.064
=een =half | weight=0.064
=me =aanbieden | weight=0.064
=stappen | weight=0.063
=ging =bijna | weight=0.063
=hard =werd | weight=0.063
=zo =hard | weight=0.063
=over =een | weight=0.063
=vader =een | weight=0.063
=man =wilde | weight=0.063
=niet =weggaan | weight=0.063, noneg
=apk | weight=0.063
=het =bij | weight=0.063
=verlengde =garantie | weight=0.062
=op =die | weight=0.062
=een =hele | weight=0.062
=de =telefoonwinkel | weight=0.062
=telefoonwinkel | weight=0.062
=vinden =ik | weight=0.062
=kassamedewerker | weight=0.062
=met =tv | weight=0.062
=stellen | weight=0.062
=en =drie | weight=0.062
=ze =me | weight=0.062
=me | weight=0.062
=druk =gezet | weight=0.062
=genomen | weight=0.062
=pech | weight=0.061
=lijn =voor | weight=0.061
=verkoopafdeling | weight=0.061
=een =adreswijziging | weight=0.061
=ik =me | weight=0.060
=lager | weight=0.060
=lastig | weight=0.060
=actie =voorbij | weight=0.060
=te =tekenen | weight=0.060
=keer =kreeg | weight=0.060
=stel | weight=0.060
=ze =ja | weight=0.060
=voorbij | weight=0.059
=speciaal | weight=0.059
=schakelen | weight=0.058
=betekent | weight=0.058
=ze =vraag | weight=0.058
=heb =al | weight=0.058
=actie | weight=0.057
=de =actie | weight=0.057
=deze | weight=0.057
=verlengde | weight=0.057
=man | weight=0.057
=zet | weight=0.057
=minuten =lang | weight=0.057
=andere =om | weight=0.056
=zoek =maar | weight=0.056
=gewoon =dat | weight=0.056
=er =ook | weight=0.056
=bellen =met | weight=0.056
=me =bellen | weight=0.056
=plek | weight=0.056
=weg =en | weight=0.056
=werd =vervolgens | weight=0.055
=mijn =auto | weight=0.055
=ik =hem | weight=0.055
=hun =energiecontract | weight=0.054
=naar =hun | weight=0.054
=ik =per | weight=0.054
=banden | weight=0.054
=bij =een | weight=0.054
=gezet | weight=0.054
=negen =uur | weight=0.054
=om =negen | weight=0.054
=balie | weight=0.053
=aandringen =en | weight=0.053
=daar =nog | weight=0.053
=geen =verlengde | weight=0.053, noneg
=nog =spijt | weight=0.053
=spijt =van | weight=0.053
=van =zou | weight=0.053
=verkoper =aandringen | weight=0.053
=moest =eerst | weight=0.053
=de =man | weight=0.053
=ter | weight=0.053
=ik =kon | weight=0.053
=een =bandje | weight=0.052
=verkoper =was | weight=0.052
=ophalen =van | weight=0.052
=ik =overstapte | weight=0.052
=overstapte | weight=0.052
=overstapte =alleen | weight=0.052
=telemarketeer | weight=0.052
=continu | weight=0.052
=irritant | weight=0.052
=budget | weight=0.051
