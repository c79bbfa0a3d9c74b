# pushy_sales, nl: learned by scripts/learn.py from 4875 tuning texts (123 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ik kwam voor een lampje en moest eerst een kwartier luisteren naar een verhaal over zonnepanelen.
+ Er staat hier elke week iemand van een energiebedrijf aan de deur die niet weggaat voor je getekend hebt.
+ Elke keer als ik een vraag stel over mijn factuur krijg ik een 'speciaal aanbod' voor een tv-pakket erbij. Ik wil geen tv.
- ok dankje
- ok top dank je
=opdringerig | weight=0.450
=bewerkt | weight=0.429
=verzekering | weight=0.355
=getekend | weight=0.293
=energiecontract | weight=0.286
=aanbieden | weight=0.279
=aangesmeerd | weight=0.277
=keer =nee | weight=0.274
=flink | weight=0.269
=aansmeren | weight=0.260
=te =verkoop | weight=0.257
=een =verzekering | weight=0.255
=ik =echt | weight=0.237
=energieaanbod | weight=0.236
=verkoper | weight=0.234
=agressieve | weight=0.233
=elke =weken | weight=0.233
=aanbod | weight=0.226
=tekende | weight=0.224
=een =energiecontract | weight=0.219
=bleef =maar | weight=0.216
=nee | weight=0.215
=van =alles | weight=0.215
=ontzettend =opdringerig | weight=0.213
=verkooppraatje | weight=0.208
=wilde =me | weight=0.206
=aan =te | weight=0.204
=een =duurder | weight=0.200
=bleef | weight=0.197
=contract | weight=0.196
=probeerde | weight=0.190
=duurder | weight=0.188
=worden =steeds | weight=0.185
=medewerker =wilde | weight=0.184
=gebeld =om | weight=0.183
=gebeld =door | weight=0.181
=echt =geen | weight=0.180, noneg
=ze =belde | weight=0.177
=flink =bewerkt | weight=0.176
=per =se | weight=0.176
=se | weight=0.176
=op =of | weight=0.175
=bellen =me | weight=0.174
=ze =bellen | weight=0.174
=deze =prijs | weight=0.173
=nee =gezegd | weight=0.173
=verkoop | weight=0.171
=om =over | weight=0.168
=tv-pakket | weight=0.168
=niet =gaan | weight=0.164, noneg
=liet =me | weight=0.162
=elke =dagen | weight=0.162
=geen =interesse | weight=0.162, noneg
=in =deze | weight=0.159
=aandringen | weight=0.158
=overstappen | weight=0.156
=deze =winkel | weight=0.154
=tekenen | weight=0.153
=bleef =me | weight=0.152
=blijf =weg | weight=0.151
=andere =is | weight=0.148
=tekenen =andere | weight=0.147
=met =aanbieden | weight=0.146
=een =tv-pakket | weight=0.146
=ik =helemaal | weight=0.145
=had =getekend | weight=0.145
=afrekenen | weight=0.145
=me =een | weight=0.143
=belt =er | weight=0.143
=me =bij | weight=0.139
=een =verkoper | weight=0.139
=duren =contract | weight=0.139
=verkoper =die | weight=0.139
=een =duren | weight=0.138
=overgehaald | weight=0.138
=overgehaald =tot | weight=0.138
=tot =een | weight=0.138
=verkoper =bleef | weight=0.138
=probeerde =me | weight=0.137
=niet =nodig | weight=0.136, noneg
=winkel =niet | weight=0.136, noneg
=smeren | weight=0.135
=te =smeren | weight=0.135
=niet =met | weight=0.134, noneg
=bandje =met | weight=0.134
=jullie =energieaanbod | weight=0.134
=een =aanbod | weight=0.133
=blijven | weight=0.131
=moest =en | weight=0.130
=onder =druk | weight=0.130
=pushen | weight=0.130
=werd =gebeld | weight=0.129
=voordat =ik | weight=0.128
=alleen =vandaag | weight=0.128
=nemen =van | weight=0.127
=die =man | weight=0.126
=een =verkooppraatje | weight=0.125
=luisteren =naar | weight=0.124
=belde =om | weight=0.123
=de =deur | weight=0.123
=upgrade | weight=0.122
=me =steeds | weight=0.121
=nee =zei | weight=0.120
=andere =zou | weight=0.120
=af =te | weight=0.120
=keer =of | weight=0.119
=ze =hebben | weight=0.119
=verkooppraatje =over | weight=0.119
=deur | weight=0.119
=dagen =voor | weight=0.118
=ze =probeer | weight=0.117
=ik =mocht | weight=0.117
=worden =ik | weight=0.116
=aan =die | weight=0.116
=me =niet | weight=0.116, noneg
=een =praatje | weight=0.116
=praatje | weight=0.116
=praatje =over | weight=0.116
=hij =bleef | weight=0.115
=lening | weight=0.115
=liet | weight=0.115
=weg | weight=0.115
=duren | weight=0.114
=voor =een | weight=0.114
=wekelijks | weight=0.114
=wekelijks =gebeld | weight=0.114
=balie =werd | weight=0.114
=aangeraden | weight=0.113
=gepusht | weight=0.113
=over =zonnepanelen | weight=0.113
=elke =gesprek | weight=0.113
=nemen | weight=0.113
=en =zou | weight=0.113
=we =worden | weight=0.111
=internetpakket | weight=0.111
=ik =kwam | weight=0.110
=de =caissiere | weight=0.110
=gebeld =met | weight=0.110
=ik =tekende | weight=0.108
=een =verhaal | weight=0.107
=zodra =mijn | weight=0.107
=een =verkoopgesprek | weight=0.107
=verkoopgesprek | weight=0.107
=vroeg =drie | weight=0.107
=caissiere | weight=0.107
=deur =die | weight=0.106
=om =van | weight=0.106
=opgedrongen | weight=0.106
=wou | weight=0.106
=me =van | weight=0.106
=voortdurend | weight=0.106
=hebben =mijn | weight=0.106
=maar =kreeg | weight=0.106
=se =dat | weight=0.105
=niet =uit | weight=0.105, noneg
=een =upgrade | weight=0.105
=mijn =factuur | weight=0.105
=verhaal =over | weight=0.105
=een =abonnement | weight=0.104
=een =bedrag | weight=0.104
=helemaal =niet | weight=0.103, noneg
=bed | weight=0.103
=met =jullie | weight=0.103
=mocht | weight=0.102
=keer =gezegd | weight=0.102
=aan =op | weight=0.102
=gezet =om | weight=0.102
=weken =worden | weight=0.101
=zonnepanelen | weight=0.101
=kwam =voor | weight=0.101
=duurder =abonnement | weight=0.099
=callcenter | weight=0.099
=ze =me | weight=0.099
=prijs | weight=0.098
=aanprijzen | weight=0.098
=mocht =ik | weight=0.098
=adreswijziging | weight=0.098
=een =nieuwe | weight=0.098
=om =op | weight=0.098
=vandaag =deze | weight=0.098
=kwam =ze | weight=0.097
=keer =om | weight=0.097
=luisteren | weight=0.097
=kwam =alleen | weight=0.097
=druk | weight=0.097
=ik =worden | weight=0.096
=bij =elke | weight=0.096
=een =tweede | weight=0.095
=hameren | weight=0.095
=hameren =op | weight=0.095
=maar =hameren | weight=0.095
=pas =weg | weight=0.094
=weg =na | weight=0.094
=steeds =op | weight=0.094
=verkoopster =drong | weight=0.093
=ontzettend | weight=0.093
=hem =maar | weight=0.093
=heb =om | weight=0.092
=bewerkt =tot | weight=0.092
=ja =zei | weight=0.092
=lang =bewerkt | weight=0.092
=zou =een | weight=0.092
=inschrijven | weight=0.092
=tv-pakket =erbij | weight=0.091
=verkoopster | weight=0.091
=tien =minuten | weight=0.091
=nieuwe =abonnement | weight=0.090
=het =werkt | weight=0.090
=drong | weight=0.089
=zeggen =en | weight=0.089
=minuten =een | weight=0.089
=contact =over | weight=0.089
=waarom =worden | weight=0.089
=ik =pas | weight=0.089
=blijf | weight=0.089
=en =zet | weight=0.089
=ik =nee | weight=0.088
=was =ontzettend | weight=0.088
=onder | weight=0.088
=de =opticien | weight=0.088
=opticien | weight=0.088
=belt | weight=0.087
=verzekering =die | weight=0.087
=gewezen | weight=0.087
=niet =om | weight=0.087, noneg
=blijven =maar | weight=0.086
=het =lastig | weight=0.086
=kreeg =tien | weight=0.085
=die =hij | weight=0.085
=keer =kreeg | weight=0.085
=alleen =mijn | weight=0.085
=een =hele | weight=0.085
=spottend | weight=0.085
=goedkeuren | weight=0.084
=voelde | weight=0.084
=jullie =verkoopafdeling | weight=0.084
=mocht =de | weight=0.084
=ik =me | weight=0.084
=databundel | weight=0.083
=druk =gezet | weight=0.082
=te =zijn | weight=0.082
=de =verkoopster | weight=0.082
=worden =met | weight=0.082
=die =verkoper | weight=0.081
=kassamedewerker | weight=0.081
=tussen =de | weight=0.081
=factuur =kreeg | weight=0.080
=te =zeggen | weight=0.080
=klantenkaart | weight=0.079
=ze =liet | weight=0.079
=moest =drie | weight=0.079
=die =niet | weight=0.078, noneg
=aangeboden | weight=0.078
=de =korting | weight=0.078
=ze =blijven | weight=0.077
=loyaliteitsupgrade | weight=0.077
=van =die | weight=0.077
=premium | weight=0.077
=doordrammen | weight=0.076
=wel =vijf | weight=0.076
=reageerde | weight=0.076
=lampje | weight=0.076
=niet =wilde | weight=0.075, noneg
=dit =keer | weight=0.075
=nie | weight=0.075, noneg
=nog =prima | weight=0.074
=over =te | weight=0.074
=verlengde =garantie | weight=0.074
=over =een | weight=0.074
=actie =voorbij | weight=0.074
=te =tekenen | weight=0.074
=het =me | weight=0.074
=wilde =per | weight=0.074
=morgen =weg | weight=0.073
=afsluiten | weight=0.073
=u =nu | weight=0.073
=wil =geen | weight=0.073, noneg
=nu =niet | weight=0.073, noneg
=wilde | weight=0.072
=andere =garage | weight=0.072
=ter =plek | weight=0.072
=dan =heeft | weight=0.072
=actie | weight=0.072
=de =actie | weight=0.072
=bril | weight=0.072
=man | weight=0.072
=telefoonwinkel | weight=0.072
=betekent | weight=0.072
=te =kijken | weight=0.072
=ik =geen | weight=0.071, noneg
=bestookt | weight=0.071
=bestookt =met | weight=0.071
=zo =lang | weight=0.071
=het =ophalen | weight=0.071
=melden =het | weight=0.071
=lijn =voor | weight=0.071
=energiebedrijf | weight=0.070
=duurder =pakket | weight=0.070
=heb =al | weight=0.070
=in =en | weight=0.070
=ik =voelde | weight=0.069
=de =telefoonwinkel | weight=0.069
=werd =me | weight=0.069
=bellen =met | weight=0.069
=abbo | weight=0.069
=een =adreswijziging | weight=0.069
=noemde | weight=0.068
=genomen | weight=0.068
=minuten =lang | weight=0.068
=eerst =tien | weight=0.068
=verkoopafdeling | weight=0.068
=pech | weight=0.068
=met =tv | weight=0.067
=garage =bleek | weight=0.067
=banden | weight=0.067
=ongepast | weight=0.067
=ging =bijna | weight=0.066
=hard =werd | weight=0.066
=zo =hard | weight=0.066
=wilde =alleen | weight=0.066
=lager | weight=0.066
=jullie =met | weight=0.065
=daarna =nog | weight=0.065
=ik =die | weight=0.065
=en =kreeg | weight=0.065
=bij =te | weight=0.065
=maar =doordrammen | weight=0.065
=met =die | weight=0.065
=man =wilde | weight=0.065
=niet =weggaan | weight=0.065, noneg
=ze =ja | weight=0.065
=een =jurist | weight=0.065
=jurist | weight=0.065
=jurist =in | weight=0.065
=verlengde | weight=0.065
=moest =eerst | weight=0.064
=lastig | weight=0.064
=ophalen =van | weight=0.064
=vader =een | weight=0.064
=mijn =storing | weight=0.064
=aandringen =op | weight=0.063
=een =telefoontje | weight=0.063
=ze =nog | weight=0.063
=doordrammen =over | weight=0.063
=ik =werd | weight=0.063
=me =aanbieden | weight=0.062
=weg =en | weight=0.062
=budget | weight=0.062
=blijven =me | weight=0.062
=probeerde =hij | weight=0.062
=ik =zei | weight=0.062
=ik =kon | weight=0.062
=de =balie | weight=0.061
=zet | weight=0.061
=speciaal | weight=0.061
=te =praten | weight=0.061
=negen =uur | weight=0.060
=voorbij | weight=0.060
=aandringen =en | weight=0.060
=daar =nog | weight=0.060
=geen =verlengde | weight=0.060, noneg
=nog =spijt | weight=0.060
=spijt =van | weight=0.060
=van =zou | weight=0.060
=verkoper =aandringen | weight=0.060
=afsluiten =van | weight=0.060
=of =ik | weight=0.060
=plek | weight=0.060
=ik =per | weight=0.060
=de =man | weight=0.059
=hun =energiecontract | weight=0.058
=bijna | weight=0.058
=hun | weight=0.058
=dagelijks | weight=0.058
=dagelijks =gebeld | weight=0.058
=worden =dagelijks | weight=0.058
=moest =tekenen | weight=0.057
=half =uur | weight=0.057
=naar =hun | weight=0.057
=abonnement | weight=0.057
=stel | weight=0.056
=kreeg =eerst | weight=0.056
=ik =overstapte | weight=0.056
=overstapte | weight=0.056
=overstapte =alleen | weight=0.056
=telemarketeer | weight=0.056
=te =stappen | weight=0.056
=stellen | weight=0.056
=me =elke | weight=0.056
=aanprijzen =en | weight=0.055
=budget =had | weight=0.055
=duurder =matras | weight=0.055
=matras =aanprijzen | weight=0.055
=sarcastisch =toen | weight=0.055
=verkoopster =bleef | weight=0.055
=wilde =gewoon | weight=0.055
=om =negen | weight=0.055
=voelde =me | weight=0.055
=verkoper =heeft | weight=0.055
=telefoontjes | weight=0.055
