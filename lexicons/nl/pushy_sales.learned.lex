# pushy_sales, nl: learned by scripts/learn.py from 3262 tuning texts (106 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ik kwam voor een lampje en moest eerst een kwartier luisteren naar een verhaal over zonnepanelen.
+ Er staat hier elke week iemand van een energiebedrijf aan de deur die niet weggaat voor je getekend hebt.
+ Wilde alleen een simkaart. De verkoper begon over een nieuw toestel, daarna over een tv-pakket, en toen ik voor de derde keer nee zei, zei hij 'nou, dan niet hoor' en liet hij me gewoon staan. Die simkaart haal ik voortaan wel bij de concurrent.
- we willen ons geld terug
- Geen minuut gewacht, top!
=bewerkt | weight=0.400
=opdringerig | weight=0.400
=verzekering | weight=0.369
=getekend | weight=0.312
=flink | weight=0.297
=energiecontract | weight=0.270
=een =verzekering | weight=0.259
=te =verkoop | weight=0.257
=bleef | weight=0.255
=aangesmeerd | weight=0.254
=agressieve | weight=0.247
=aansmeren | weight=0.246
=keer =nee | weight=0.240
=verkoper | weight=0.229
=ontzettend =opdringerig | weight=0.222
=aanbieden | weight=0.220
=een =energiecontract | weight=0.220
=ik =echt | weight=0.218
=verkoop | weight=0.217
=tekende | weight=0.211
=gezegd | weight=0.211
=energieaanbod | weight=0.210
=elke =weken | weight=0.207
=van =alles | weight=0.207
=probeerde | weight=0.205
=echt =geen | weight=0.204, noneg
=een =duurder | weight=0.198
=nee | weight=0.194
=duurder | weight=0.190
=contract | weight=0.189
=tekenen | weight=0.184
=niet =gaan | weight=0.181, noneg
=bleef =maar | weight=0.180
=bellen =me | weight=0.179
=ze =bellen | weight=0.179
=gebeld =door | weight=0.178
=aan =te | weight=0.176
=op =of | weight=0.174
=verkooppraatje | weight=0.170
=deze =prijs | weight=0.170
=medewerker =wilde | weight=0.169
=me =een | weight=0.169
=me =niet | weight=0.169, noneg
=hij =bleef | weight=0.168
=ik =helemaal | weight=0.165
=deze =winkel | weight=0.163
=wilde =me | weight=0.162
=weg | weight=0.160
=flink =bewerkt | weight=0.160
=gebeld =om | weight=0.160
=liet =me | weight=0.159
=ik =worden | weight=0.159
=elke =dagen | weight=0.155
=wilde | weight=0.155
=ze =belde | weight=0.155
=worden =steeds | weight=0.153
=winkel =niet | weight=0.152, noneg
=afrekenen | weight=0.151
=overstappen | weight=0.150
=een =verkoper | weight=0.150
=deur | weight=0.149
=ik =kwam | weight=0.148
=blijf | weight=0.147
=een =nieuwe | weight=0.144
=tekenen =andere | weight=0.142
=duren =contract | weight=0.142
=bril | weight=0.140
=aanbod | weight=0.139
=voordat =ik | weight=0.139
=af =te | weight=0.139
=duren | weight=0.138
=per =se | weight=0.137
=se | weight=0.137
=pushen | weight=0.136
=ik =mocht | weight=0.135
=een =tweede | weight=0.135
=nemen | weight=0.134
=niet =met | weight=0.132, noneg
=belt =er | weight=0.131
=werd =gebeld | weight=0.131
=nee =gezegd | weight=0.130
=smeren | weight=0.129
=te =smeren | weight=0.129
=de =deur | weight=0.129
=geen =interesse | weight=0.128, noneg
=dagen =voor | weight=0.128
=spottend | weight=0.127
=ik =zei | weight=0.127
=aan =op | weight=0.127
=overgehaald | weight=0.127
=overgehaald =tot | weight=0.127
=tot =een | weight=0.127
=bleef =me | weight=0.126
=een =aanbod | weight=0.126
=me =steeds | weight=0.126
=bij =elke | weight=0.123
=niet =uit | weight=0.123, noneg
=een =verhaal | weight=0.122
=verhaal =over | weight=0.122
=moest =en | weight=0.122
=die =verkoper | weight=0.121
=nemen =van | weight=0.121
=luisteren =naar | weight=0.120
=en =zou | weight=0.120
=elke =gesprek | weight=0.120
=kwam =voor | weight=0.120
=bandje =met | weight=0.119
=jullie =energieaanbod | weight=0.119
=niet =nodig | weight=0.119, noneg
=verkoper =bleef | weight=0.119
=luisteren | weight=0.118
=alleen =vandaag | weight=0.117
=die =niet | weight=0.115, noneg
=een =duren | weight=0.114
=met =aanbieden | weight=0.114
=een =abonnement | weight=0.113
=de =caissiere | weight=0.113
=aangeboden | weight=0.113
=me =bij | weight=0.112
=een =praatje | weight=0.112
=praatje | weight=0.112
=praatje =over | weight=0.112
=mocht | weight=0.111
=wekelijks | weight=0.111
=wekelijks =gebeld | weight=0.111
=verkoopster =drong | weight=0.110
=caissiere | weight=0.109
=om =over | weight=0.109
=me =van | weight=0.109
=om =van | weight=0.109
=druk | weight=0.108
=upgrade | weight=0.108
=andere =zou | weight=0.108
=onder =druk | weight=0.108
=een =verkoopgesprek | weight=0.108
=verkoopgesprek | weight=0.108
=aandringen | weight=0.107
=we =worden | weight=0.106
=te =zijn | weight=0.106
=heb =om | weight=0.106
=balie =werd | weight=0.105
=zodra =mijn | weight=0.105
=drong | weight=0.105
=wou | weight=0.105
=gebeld =met | weight=0.104
=hebben =mijn | weight=0.104
=die =man | weight=0.103
=gezegd =dat | weight=0.103
=maar =kreeg | weight=0.103
=om =op | weight=0.103
=zou =een | weight=0.103
=callcenter | weight=0.102
=gezet =om | weight=0.102
=ontzettend | weight=0.100
=ik =tekende | weight=0.099
=mocht =de | weight=0.099
=ik =werd | weight=0.098
=helemaal =niet | weight=0.098, noneg
=gepusht | weight=0.098
=deur =die | weight=0.098
=bewerkt =tot | weight=0.097
=ja =zei | weight=0.097
=lang =bewerkt | weight=0.097
=lening | weight=0.097
=opgedrongen | weight=0.096
=belt | weight=0.096
=hameren | weight=0.096
=hameren =op | weight=0.096
=maar =hameren | weight=0.096
=keer =of | weight=0.095
=zeggen =en | weight=0.095
=alleen =mijn | weight=0.095
=ze =hebben | weight=0.095
=probeerde =me | weight=0.094
=te =zeggen | weight=0.094
=worden | weight=0.094
=mocht =ik | weight=0.093
=zo =lang | weight=0.093
=ook =nog | weight=0.092
=blijven | weight=0.092
=ik =geen | weight=0.091, noneg
=liet | weight=0.090
=wilde =alleen | weight=0.090
=niet =wilde | weight=0.089, noneg
=klantenkaart | weight=0.089
=deze | weight=0.089
=reageerde | weight=0.089
=vandaag =deze | weight=0.089
=tv-pakket | weight=0.089
=een =bandje | weight=0.088
=aanprijzen | weight=0.088
=weken =worden | weight=0.088
=duurder =abonnement | weight=0.088
=se =dat | weight=0.088
=voor =een | weight=0.087
=over =zonnepanelen | weight=0.087
=zonnepanelen | weight=0.087
=duurder =pakket | weight=0.087
=ik =die | weight=0.086
=over =een | weight=0.086
=een =verkooppraatje | weight=0.086
=het =werkt | weight=0.086
=niet =om | weight=0.085, noneg
=werd =me | weight=0.085
=drie =keer | weight=0.085
=doordrammen | weight=0.085
=verkoopster | weight=0.085
=was =ontzettend | weight=0.085
=ik =pas | weight=0.084
=pas =weg | weight=0.084
=weg =na | weight=0.084
=ze =liet | weight=0.084
=databundel | weight=0.084
=werd =er | weight=0.084
=nieuwe =abonnement | weight=0.084
=blijven =maar | weight=0.083
=en =kreeg | weight=0.083
=kwam =alleen | weight=0.082
=ik =hem | weight=0.082
=een =upgrade | weight=0.082
=die =hij | weight=0.081
=waarom =worden | weight=0.081
=de =verkoopster | weight=0.081
=keer =gezegd | weight=0.081
=mijn =storing | weight=0.081
=worden =ik | weight=0.080
=de =korting | weight=0.080
=verzekering =die | weight=0.080
=de =balie | weight=0.080
=gewezen | weight=0.080
=met =jullie | weight=0.079
=eerst =tien | weight=0.079
=kreeg =eerst | weight=0.079
=noemde | weight=0.078
=vroeg =drie | weight=0.078
=van =jullie | weight=0.078
=loyaliteitsupgrade | weight=0.077
=nu =niet | weight=0.077, noneg
=inschrijven | weight=0.077
=te =stappen | weight=0.077
=een =hele | weight=0.076
=van =die | weight=0.076
=gebeld | weight=0.076
=waar =ik | weight=0.076
=steeds =op | weight=0.075
=mijn =factuur | weight=0.075
=doordrammen =over | weight=0.075
=maar =doordrammen | weight=0.075
=ter =plek | weight=0.074
=me | weight=0.073
=ik =me | weight=0.073
=nee =zei | weight=0.073
=stellen | weight=0.073
=ongepast | weight=0.072
=prijs | weight=0.072
=onder | weight=0.071
=wel =vijf | weight=0.071
=belde =om | weight=0.071
=ze =me | weight=0.071
=over =te | weight=0.071
=dan =heeft | weight=0.071
=genomen | weight=0.070
=in =en | weight=0.069
=half =uur | weight=0.068
=ging =bijna | weight=0.068
=hard =werd | weight=0.068
=zo =hard | weight=0.068
=tweede | weight=0.068
=gewoon =dat | weight=0.068
=jullie =verkoopafdeling | weight=0.068
=minuten =lang | weight=0.068
=abbo | weight=0.068
=bestookt | weight=0.068
=bestookt =met | weight=0.068
=een =jurist | weight=0.067
=jurist | weight=0.067
=jurist =in | weight=0.067
=actie =voorbij | weight=0.067
=andere =is | weight=0.067
=te =tekenen | weight=0.067
=nie | weight=0.067, noneg
=ik =kon | weight=0.066
=een =half | weight=0.066
=man =wilde | weight=0.066
=niet =weggaan | weight=0.066, noneg
=voorbij | weight=0.065
=te =kijken | weight=0.065
=rond | weight=0.065
=een =aanbieden | weight=0.065
=energiebedrijf | weight=0.065
=factuur =kreeg | weight=0.065
=tegen =de | weight=0.065
=en =zet | weight=0.064
=zou =het | weight=0.064
=en =drie | weight=0.064
=pech | weight=0.064
=ik =voelde | weight=0.064
=verkoper =was | weight=0.064
=actie | weight=0.064
=de =actie | weight=0.064
=kassamedewerker | weight=0.064
=met =tv | weight=0.063
=stappen | weight=0.063
=betekent | weight=0.063
=het =bij | weight=0.063
=het =lastig | weight=0.063
=vinden =ik | weight=0.063
=lijn =voor | weight=0.062
=keer =kreeg | weight=0.062
=belde | weight=0.062
=premium | weight=0.062
=tussen =de | weight=0.062
=andere =om | weight=0.062
=zoek =maar | weight=0.062
=een =adreswijziging | weight=0.061
=ze =blijven | weight=0.061
=wil =gewoon | weight=0.061
=tien =minuten | weight=0.061
=balie | weight=0.061
=goedkeuren | weight=0.061
=worden =met | weight=0.060
=verlengde =garantie | weight=0.060
=me =aanbieden | weight=0.060
=minuten =een | weight=0.059
=druk =gezet | weight=0.059
=de =man | weight=0.058
=abonnement | weight=0.058
=probeerde =hij | weight=0.057
=ze =vraag | weight=0.057
=budget | weight=0.057
=op =ons | weight=0.057
=meteen =een | weight=0.056
=schakelen | weight=0.056
=hun =energiecontract | weight=0.056
=naar =hun | weight=0.056
=weg =en | weight=0.056
=verkoopafdeling | weight=0.056
=plek | weight=0.056
=ik =wilde | weight=0.056
=er =ook | weight=0.056
=ik =overstapte | weight=0.056
=overstapte | weight=0.056
=overstapte =alleen | weight=0.056
=telemarketeer | weight=0.056
=vader =een | weight=0.055
=lastig | weight=0.055
=ter | weight=0.055
=medewerker =bleef | weight=0.055
=hun | weight=0.054
=irritant | weight=0.054
=verlengde | weight=0.054
=een =tv-pakket | weight=0.053
=wil =aansmeren | weight=0.053
=voelde | weight=0.053
=aandringen =en | weight=0.053
=daar =nog | weight=0.053
=geen =verlengde | weight=0.053, noneg
=nog =spijt | weight=0.053
=spijt =van | weight=0.053
=van =zou | weight=0.053
=verkoper =aandringen | weight=0.053
=nog =te | weight=0.053
=adreswijziging | weight=0.053
=me =elke | weight=0.052
=ze =probeerde | weight=0.052
=energiecontract =wil | weight=0.052
=op =die | weight=0.052
=gezet | weight=0.052
=moest =eerst | weight=0.052
=werd =vervolgens | weight=0.052
=hard | weight=0.051
=nee =toch | weight=0.050
=het =me | weight=0.050
=gesprek | weight=0.050
=op =te | weight=0.049
=negen =uur | weight=0.049
=om =negen | weight=0.049
=met =die | weight=0.049
=bandje | weight=0.049
=lang =een | weight=0.049
=mijn =oma | weight=0.048
=oma | weight=0.048
=jullie =met | weight=0.048
=hij =niet | weight=0.048, noneg
=nieuwe =aanbieden | weight=0.048
=aandringen =op | weight=0.048
=ik =per | weight=0.047
=eerst =een | weight=0.047
=heb =gezegd | weight=0.047
=zet | weight=0.047
=abonnement =en | weight=0.046
=echt =opdringerig | weight=0.046
=een =loyaliteitsupgrade | weight=0.046
=heerlijk | weight=0.046
=een =storing | weight=0.046
=extra | weight=0.046
=te =repareren | weight=0.045
=aanprijzen =en | weight=0.045
=budget =had | weight=0.045
=duurder =matras | weight=0.045
