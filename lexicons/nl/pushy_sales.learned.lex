# pushy_sales, nl: learned by scripts/learn.py from 3398 tuning texts (108 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ik kwam voor een lampje en moest eerst een kwartier luisteren naar een verhaal over zonnepanelen.
+ Er staat hier elke week iemand van een energiebedrijf aan de deur die niet weggaat voor je getekend hebt.
+ Wilde alleen een simkaart. De verkoper begon over een nieuw toestel, daarna over een tv-pakket, en toen ik voor de derde keer nee zei, zei hij 'nou, dan niet hoor' en liet hij me gewoon staan. Die simkaart haal ik voortaan wel bij de concurrent.
- we willen ons geld terug
- Geen minuut gewacht, top!
=bewerkt | weight=0.402
=opdringerig | weight=0.396
=verzekering | weight=0.353
=getekend | weight=0.308
=flink | weight=0.295
=energiecontract | weight=0.262
=een =verzekering | weight=0.261
=aangesmeerd | weight=0.253
=agressieve | weight=0.248
=aansmeren | weight=0.247
=te =verkoop | weight=0.246
=bleef | weight=0.238
=keer =nee | weight=0.227
=verkoper | weight=0.225
=ontzettend =opdringerig | weight=0.223
=een =energiecontract | weight=0.222
=elke =weken | weight=0.219
=ik =echt | weight=0.218
=aanbieden | weight=0.215
=van =alles | weight=0.210
=tekende | weight=0.209
=probeerde | weight=0.206
=echt =geen | weight=0.203, noneg
=verkoop | weight=0.203
=nee | weight=0.202
=energieaanbod | weight=0.202
=gezegd | weight=0.199
=een =duurder | weight=0.198
=duurder | weight=0.191
=contract | weight=0.189
=gebeld =door | weight=0.188
=bleef =maar | weight=0.184
=bellen =me | weight=0.179
=ze =bellen | weight=0.179
=tekenen | weight=0.179
=aan =te | weight=0.177
=niet =gaan | weight=0.176, noneg
=wilde =me | weight=0.173
=op =of | weight=0.173
=medewerker =wilde | weight=0.173
=me =niet | weight=0.172, noneg
=elke =dagen | weight=0.169
=me =een | weight=0.168
=weg | weight=0.167
=deze =prijs | weight=0.166
=deze =winkel | weight=0.164
=ik =helemaal | weight=0.163
=ik =kwam | weight=0.161
=verkooppraatje | weight=0.159
=een =verkoper | weight=0.158
=flink =bewerkt | weight=0.158
=ze =belde | weight=0.157
=afrekenen | weight=0.156
=liet =me | weight=0.155
=ik =worden | weight=0.153
=gebeld =om | weight=0.153
=overstappen | weight=0.151
=hij =bleef | weight=0.151
=worden =steeds | weight=0.150
=wilde | weight=0.149
=winkel =niet | weight=0.149, noneg
=aanbod | weight=0.149
=deur | weight=0.143
=per =se | weight=0.141
=se | weight=0.141
=tekenen =andere | weight=0.141
=bleef =me | weight=0.140
=duren =contract | weight=0.140
=af =te | weight=0.139
=belt =er | weight=0.136
=niet =met | weight=0.135, noneg
=voordat =ik | weight=0.135
=werd =gebeld | weight=0.135
=nee =gezegd | weight=0.134
=pushen | weight=0.134
=geen =interesse | weight=0.134, noneg
=ik =mocht | weight=0.132
=de =deur | weight=0.131
=dagen =voor | weight=0.130
=duren | weight=0.129
=smeren | weight=0.129
=te =smeren | weight=0.129
=overgehaald | weight=0.127
=overgehaald =tot | weight=0.127
=tot =een | weight=0.127
=bril | weight=0.127
=nemen | weight=0.127
=een =nieuwe | weight=0.125
=blijf | weight=0.125
=een =tweede | weight=0.124
=een =aanbod | weight=0.124
=moest =en | weight=0.123
=nemen =van | weight=0.122
=ik =zei | weight=0.121
=verkoper =bleef | weight=0.121
=ze =probeer | weight=0.121
=die =verkoper | weight=0.121
=en =zou | weight=0.121
=niet =nodig | weight=0.120, noneg
=aan =op | weight=0.119
=bandje =met | weight=0.118
=jullie =energieaanbod | weight=0.118
=niet =uit | weight=0.118, noneg
=kwam =voor | weight=0.118
=de =caissiere | weight=0.116
=een =duren | weight=0.116
=luisteren =naar | weight=0.115
=onder =druk | weight=0.115
=die =niet | weight=0.115, noneg
=met =aanbieden | weight=0.115
=een =verhaal | weight=0.115
=verhaal =over | weight=0.115
=elke =gesprek | weight=0.115
=een =praatje | weight=0.115
=praatje | weight=0.115
=praatje =over | weight=0.115
=aangeboden | weight=0.114
=een =abonnement | weight=0.114
=gezegd =dat | weight=0.113
=luisteren | weight=0.113
=caissiere | weight=0.112
=alleen =vandaag | weight=0.112
=om =van | weight=0.112
=aandringen | weight=0.112
=gebeld =met | weight=0.111
=upgrade | weight=0.110
=me =steeds | weight=0.110
=wekelijks | weight=0.109
=wekelijks =gebeld | weight=0.109
=verkoopster =drong | weight=0.109
=bij =elke | weight=0.109
=druk | weight=0.109
=andere =zou | weight=0.107
=heb =om | weight=0.107
=te =zijn | weight=0.106
=die =man | weight=0.106
=wou | weight=0.106
=worden | weight=0.106
=een =verkoopgesprek | weight=0.106
=verkoopgesprek | weight=0.106
=we =worden | weight=0.105
=zou =een | weight=0.105
=balie =werd | weight=0.105
=om =op | weight=0.104
=zodra =mijn | weight=0.104
=mocht | weight=0.103
=drong | weight=0.103
=maar =kreeg | weight=0.103
=opgedrongen | weight=0.103
=om =over | weight=0.102
=worden =ik | weight=0.102
=bewerkt =tot | weight=0.101
=ja =zei | weight=0.101
=lang =bewerkt | weight=0.101
=hebben =mijn | weight=0.101
=me =van | weight=0.101
=over =een | weight=0.101
=te =zeggen | weight=0.100
=ik =tekende | weight=0.099
=niet =wilde | weight=0.099, noneg
=callcenter | weight=0.099
=gepusht | weight=0.099
=deur =die | weight=0.098
=ontzettend | weight=0.098
=ze =hebben | weight=0.098
=ik =werd | weight=0.098
=hameren | weight=0.098
=hameren =op | weight=0.098
=maar =hameren | weight=0.098
=ze =liet | weight=0.097
=zeggen =en | weight=0.097
=blijven | weight=0.096
=helemaal =niet | weight=0.096, noneg
=spottend | weight=0.095
=gezet =om | weight=0.094
=lening | weight=0.094
=me =bij | weight=0.094
=kwam =alleen | weight=0.093
=klantenkaart | weight=0.093
=ook =nog | weight=0.093
=voor =een | weight=0.093
=ik =geen | weight=0.092, noneg
=een =bandje | weight=0.092
=zo =lang | weight=0.092
=aanprijzen | weight=0.092
=probeerde =me | weight=0.091
=reageerde | weight=0.091
=belt | weight=0.090
=mocht =de | weight=0.090
=alleen =mijn | weight=0.089
=mocht =ik | weight=0.089
=het =werkt | weight=0.089
=keer =gezegd | weight=0.088
=verkoopster | weight=0.088
=vandaag =deze | weight=0.087
=ik =die | weight=0.087
=wilde =alleen | weight=0.087
=was =ontzettend | weight=0.087
=se =dat | weight=0.086
=de =balie | weight=0.086
=blijven =maar | weight=0.086
=tv-pakket | weight=0.086
=waarom =worden | weight=0.085
=een =upgrade | weight=0.085
=over =zonnepanelen | weight=0.085
=zonnepanelen | weight=0.085
=duurder =abonnement | weight=0.084
=keer =of | weight=0.084
=noemde | weight=0.084
=deze | weight=0.084
=mijn =storing | weight=0.084
=werd =me | weight=0.083
=van =jullie | weight=0.083
=met =jullie | weight=0.083
=een =verkooppraatje | weight=0.082
=gewezen | weight=0.082
=ik =pas | weight=0.082
=pas =weg | weight=0.082
=weg =na | weight=0.082
=energiebedrijf | weight=0.082
=doordrammen | weight=0.082
=weken =worden | weight=0.081
=gebeld | weight=0.081
=nieuwe =abonnement | weight=0.080
=drie =keer | weight=0.080
=verzekering =die | weight=0.080
=die =hij | weight=0.080
=ik =hem | weight=0.080
=niet =om | weight=0.080, noneg
=onder | weight=0.079
=de =verkoopster | weight=0.078
=de =korting | weight=0.078
=eerst =tien | weight=0.077
=kreeg =eerst | weight=0.077
=duurder =pakket | weight=0.077
=steeds =op | weight=0.077
=nu =niet | weight=0.076, noneg
=databundel | weight=0.076
=loyaliteitsupgrade | weight=0.076
=inschrijven | weight=0.075
=liet | weight=0.075
=en =kreeg | weight=0.075
=vroeg =drie | weight=0.075
=mijn =factuur | weight=0.074
=werd =er | weight=0.074
=van =die | weight=0.073
=doordrammen =over | weight=0.073
=maar =doordrammen | weight=0.073
=dan =heeft | weight=0.072
=me =aanbieden | weight=0.072
=gewoon =dat | weight=0.072
=half =uur | weight=0.071
=ter =plek | weight=0.071
=bestookt | weight=0.071
=bestookt =met | weight=0.071
=nie | weight=0.070, noneg
=te =stappen | weight=0.070
=nee =zei | weight=0.069
=te =kijken | weight=0.069
=ongepast | weight=0.069
=ging =bijna | weight=0.069
=hard =werd | weight=0.069
=zo =hard | weight=0.069
=abbo | weight=0.069
=een =hele | weight=0.069
=prijs | weight=0.069
=ik =voelde | weight=0.069
=een =half | weight=0.068
=tien =minuten | weight=0.068
=genomen | weight=0.068
=waar =ik | weight=0.068
=druk =gezet | weight=0.067
=minuten =lang | weight=0.067
=actie =voorbij | weight=0.067
=andere =is | weight=0.067
=te =tekenen | weight=0.067
=rond | weight=0.067
=ze =me | weight=0.067
=in =en | weight=0.066
=wel =vijf | weight=0.066
=en =zet | weight=0.066
=voorbij | weight=0.065
=kassamedewerker | weight=0.065
=zou =het | weight=0.065
=jullie =verkoopafdeling | weight=0.065
=ze =blijven | weight=0.065
=tweede | weight=0.064
=man =wilde | weight=0.064
=niet =weggaan | weight=0.064, noneg
=verlengde =garantie | weight=0.064
=me | weight=0.064
=pech | weight=0.064
=actie | weight=0.064
=de =actie | weight=0.064
=vinden =ik | weight=0.064
=balie | weight=0.064
=ik =me | weight=0.064
=ik =kon | weight=0.063
=het =lastig | weight=0.063
=een =jurist | weight=0.063
=jurist | weight=0.063
=jurist =in | weight=0.063
=factuur =kreeg | weight=0.062
=over =te | weight=0.062
=andere =om | weight=0.062
=zoek =maar | weight=0.062
=worden =met | weight=0.062
=met =tv | weight=0.062
=betekent | weight=0.062
=goedkeuren | weight=0.062
=en =drie | weight=0.062
=lijn =voor | weight=0.062
=het =bij | weight=0.061
=een =adreswijziging | weight=0.061
=tussen =de | weight=0.061
=stellen | weight=0.061
=bandje | weight=0.061
=premium | weight=0.061
=nieuwe =aanbieden | weight=0.060
=de =man | weight=0.060
=weg =en | weight=0.060
=vader =een | weight=0.060
=belde | weight=0.060
=keer =kreeg | weight=0.059
=ik =wilde | weight=0.059
=probeerde =hij | weight=0.058
=budget | weight=0.058
=abonnement | weight=0.058
=tegen =de | weight=0.058
=gezet | weight=0.057
=verlengde | weight=0.057
=minuten =een | weight=0.057
=ter | weight=0.057
=een =oplader | weight=0.057
=wil =gewoon | weight=0.056
=verkoper =was | weight=0.056
=abonnement =aangesmeerd | weight=0.056
=lastig | weight=0.055
=een =tv-pakket | weight=0.055
=een =goedkoper | weight=0.055
=goedkoper =abonnement | weight=0.055
=belde =om | weight=0.055
=irritant | weight=0.055
=verkoopafdeling | weight=0.055
=stappen | weight=0.055
=moest =eerst | weight=0.055
=aandringen =en | weight=0.055
=daar =nog | weight=0.055
=geen =verlengde | weight=0.055, noneg
=nog =spijt | weight=0.055
=spijt =van | weight=0.055
=van =zou | weight=0.055
=verkoper =aandringen | weight=0.055
=werd =vervolgens | weight=0.055
=ze =vraag | weight=0.055
=schakelen | weight=0.054
=ik =overstapte | weight=0.054
=overstapte | weight=0.054
=overstapte =alleen | weight=0.054
=telemarketeer | weight=0.054
=een =aanbieden | weight=0.054
=plek | weight=0.054
=voelde | weight=0.054
=weken =belt | weight=0.053
=op =te | weight=0.053
=extra | weight=0.053
=hun | weight=0.053
=er =ook | weight=0.053
=adreswijziging | weight=0.053
=ik =per | weight=0.053
=op =die | weight=0.052
=zet | weight=0.052
=nadat =ik | weight=0.052
=heeft =u | weight=0.052
=aandringen =op | weight=0.052
=medewerker =bleef | weight=0.051
=goedkoper | weight=0.051
=nee =toch | weight=0.051
=negen =uur | weight=0.051
=om =negen | weight=0.051
=een =storing | weight=0.051
=oplader | weight=0.051
=het =me | weight=0.050
=jullie =met | weight=0.050
=hard | weight=0.049
=met =die | weight=0.049
=heb =al | weight=0.048
=hun =energiecontract | weight=0.047
=naar =hun | weight=0.047
=aanprijzen =en | weight=0.047
=budget =had | weight=0.047
=duurder =matras | weight=0.047
=matras =aanprijzen | weight=0.047
=sarcastisch =toen | weight=0.047
=verkoopster =bleef | weight=0.047
=werd =sarcastisch | weight=0.047
=me =elke | weight=0.047
=mijn =oma | weight=0.047
=oma | weight=0.047
=elke | weight=0.047
