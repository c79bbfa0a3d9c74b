# pushy_sales, nl: learned by scripts/learn.py from 3889 tuning texts (117 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ik kwam voor een lampje en moest eerst een kwartier luisteren naar een verhaal over zonnepanelen.
+ Er staat hier elke week iemand van een energiebedrijf aan de deur die niet weggaat voor je getekend hebt.
+ Elke keer als ik een vraag stel over mijn factuur krijg ik een 'speciaal aanbod' voor een tv-pakket erbij. Ik wil geen tv.
- we willen ons geld terug
- Geen minuut gewacht, top!
=bewerkt | weight=0.405
=opdringerig | weight=0.396
=verzekering | weight=0.358
=flink | weight=0.305
=getekend | weight=0.305
=aangesmeerd | weight=0.260
=energiecontract | weight=0.255
=aansmeren | weight=0.254
=een =verzekering | weight=0.248
=agressieve | weight=0.248
=aanbieden | weight=0.239
=keer =nee | weight=0.236
=ontzettend =opdringerig | weight=0.227
=te =verkoop | weight=0.226
=bleef | weight=0.224
=probeerde | weight=0.222
=ik =echt | weight=0.219
=van =alles | weight=0.214
=een =energiecontract | weight=0.213
=aanbod | weight=0.212
=echt =geen | weight=0.211, noneg
=energieaanbod | weight=0.210
=bleef =maar | weight=0.207
=verkoper | weight=0.198
=tekende | weight=0.198
=verkoop | weight=0.196
=duurder | weight=0.196
=elke =weken | weight=0.196
=nee | weight=0.195
=aan =te | weight=0.191
=een =duurder | weight=0.189
=verkooppraatje | weight=0.187
=wilde =me | weight=0.183
=contract | weight=0.182
=tekenen | weight=0.180
=medewerker =wilde | weight=0.178
=op =of | weight=0.174
=deze =winkel | weight=0.171
=bellen =me | weight=0.170
=ze =bellen | weight=0.170
=gezegd | weight=0.169
=flink =bewerkt | weight=0.168
=niet =gaan | weight=0.167, noneg
=gebeld =om | weight=0.166
=worden =steeds | weight=0.166
=weg | weight=0.165
=ze =belde | weight=0.164
=deze =prijs | weight=0.159
=gebeld =door | weight=0.156
=overstappen | weight=0.153
=per =se | weight=0.152
=se | weight=0.152
=deur | weight=0.151
=werd =me | weight=0.151
=wilde | weight=0.148
=winkel =niet | weight=0.148, noneg
=hij =bleef | weight=0.145
=afrekenen | weight=0.144
=me =niet | weight=0.144, noneg
=belt =er | weight=0.143
=een =nieuwe | weight=0.142
=tekenen =andere | weight=0.140
=me =een | weight=0.140
=tv-pakket | weight=0.140
=dure =contract | weight=0.139
=nee =gezegd | weight=0.138
=pushen | weight=0.137
=verkoper =die | weight=0.137
=bleef =me | weight=0.135
=liet =me | weight=0.135
=ik =mocht | weight=0.135
=een =verkoper | weight=0.134
=ik =helemaal | weight=0.134
=andere =is | weight=0.134
=niet =met | weight=0.133, noneg
=met =aanbieden | weight=0.132
=overgehaald | weight=0.131
=overgehaald =tot | weight=0.131
=tot =een | weight=0.131
=af =te | weight=0.130
=dagen =voor | weight=0.129
=verkoper =bleef | weight=0.128
=moest =en | weight=0.127
=bandje =met | weight=0.127
=jullie =energieaanbod | weight=0.127
=nemen | weight=0.127
=de =deur | weight=0.127
=nemen =van | weight=0.127
=elke =dagen | weight=0.126
=en =zou | weight=0.126
=aandringen | weight=0.125
=een =aanbod | weight=0.124
=me =bij | weight=0.124
=blijf | weight=0.124
=geen =interesse | weight=0.122, noneg
=voordat =ik | weight=0.121
=een =dure | weight=0.120
=me =steeds | weight=0.119
=alleen =vandaag | weight=0.119
=werd =gebeld | weight=0.119
=een =abonnement | weight=0.119
=probeerde =me | weight=0.118
=niet =uit | weight=0.117, noneg
=onder =druk | weight=0.117
=voor =een | weight=0.116
=smeren | weight=0.116
=te =smeren | weight=0.116
=dure | weight=0.115
=mijn =factuur | weight=0.114
=een =verkooppraatje | weight=0.114
=ik =kwam | weight=0.113
=ontzettend | weight=0.113
=luisteren =naar | weight=0.112
=om =over | weight=0.112
=over =zonnepanelen | weight=0.111
=een =tv-pakket | weight=0.111
=de =caissiere | weight=0.111
=zonnepanelen | weight=0.110
=hebben =mijn | weight=0.110
=worden =ik | weight=0.109
=een =praatje | weight=0.109
=praatje | weight=0.109
=praatje =over | weight=0.109
=druk | weight=0.108
=ik =worden | weight=0.108
=aangeboden | weight=0.108
=mocht | weight=0.108
=verkooppraatje =over | weight=0.107
=die =man | weight=0.107
=ze =probeer | weight=0.107
=die =niet | weight=0.107, noneg
=een =verhaal | weight=0.106
=internetpakket | weight=0.106
=balie =werd | weight=0.106
=wekelijks | weight=0.106
=wekelijks =gebeld | weight=0.106
=andere =zou | weight=0.106
=caissiere | weight=0.105
=zou =een | weight=0.105
=een =verkoopgesprek | weight=0.103
=verkoopgesprek | weight=0.103
=we =worden | weight=0.103
=kwam =voor | weight=0.103
=elke =gesprek | weight=0.103
=lening | weight=0.102
=voortdurend | weight=0.102
=verhaal =over | weight=0.101
=ze =hebben | weight=0.101
=niet =nodig | weight=0.100, noneg
=om =van | weight=0.100
=aangeraden | weight=0.100
=bij =elke | weight=0.099
=keer =of | weight=0.099
=gebeld =met | weight=0.099
=maar =kreeg | weight=0.099
=hameren | weight=0.099
=hameren =op | weight=0.099
=maar =hameren | weight=0.099
=aan =die | weight=0.098
=ik =tekende | weight=0.098
=luisteren | weight=0.098
=te =zeggen | weight=0.098
=te =zijn | weight=0.098
=heb =om | weight=0.098
=bed | weight=0.098
=ik =zei | weight=0.097
=een =bedrag | weight=0.097
=met =jullie | weight=0.097
=mocht =de | weight=0.096
=ik =werd | weight=0.096
=zodra =mijn | weight=0.095
=vroeg =drie | weight=0.095
=deur =die | weight=0.095
=gepusht | weight=0.095
=de =opticien | weight=0.095
=opticien | weight=0.095
=bewerkt =tot | weight=0.095
=ja =zei | weight=0.095
=lang =bewerkt | weight=0.095
=upgrade | weight=0.094
=aan =op | weight=0.094
=gezet =om | weight=0.093
=wou | weight=0.093
=liet | weight=0.092
=belt | weight=0.091
=callcenter | weight=0.091
=om =op | weight=0.091
=moest =drie | weight=0.090
=bril | weight=0.090
=worden | weight=0.090
=opgedrongen | weight=0.090
=een =tweede | weight=0.090
=se =dat | weight=0.089
=ik =geen | weight=0.089, noneg
=mocht =ik | weight=0.088
=steeds =op | weight=0.088
=verzekering =die | weight=0.088
=blijven | weight=0.088
=niet =wilde | weight=0.087, noneg
=keer =gezegd | weight=0.086
=verkoopster =drong | weight=0.086
=vandaag =deze | weight=0.086
=aanprijzen | weight=0.086
=en =kreeg | weight=0.085
=kwam =ze | weight=0.085
=gezegd =dat | weight=0.085
=zo =lang | weight=0.085
=ook =nog | weight=0.084
=helemaal =niet | weight=0.084, noneg
=pas =weg | weight=0.084
=weg =na | weight=0.084
=drie =keer | weight=0.083
=die =verkoper | weight=0.083
=adreswijziging | weight=0.083
=drong | weight=0.082
=nieuwe =abonnement | weight=0.081
=zeggen =en | weight=0.081
=weken =worden | weight=0.081
=minuten =een | weight=0.081
=blijven =maar | weight=0.081
=ze =blijven | weight=0.080
=ik =pas | weight=0.080
=alleen =mijn | weight=0.080
=de =korting | weight=0.080
=duurder =abonnement | weight=0.080
=niet =om | weight=0.079, noneg
=doordrammen | weight=0.079
=die =hij | weight=0.079
=duurder =pakket | weight=0.078
=ik =die | weight=0.077
=kreeg =tien | weight=0.077
=onder | weight=0.077
=kwam =alleen | weight=0.076
=te =stappen | weight=0.076
=klantenkaart | weight=0.076
=ze =me | weight=0.076
=ze =liet | weight=0.076
=me =van | weight=0.075
=lampje | weight=0.075
=gebeld | weight=0.075
=van =die | weight=0.075
=prijs | weight=0.075
=me =aanbieden | weight=0.075
=wel =vijf | weight=0.074
=het =werkt | weight=0.074
=belde =om | weight=0.074
=loyaliteitsupgrade | weight=0.074
=wilde =alleen | weight=0.073
=databundel | weight=0.073
=spottend | weight=0.073
=nee =zei | weight=0.073
=contact =over | weight=0.073
=een =upgrade | weight=0.072
=tien =minuten | weight=0.072
=te =kijken | weight=0.072
=jullie =met | weight=0.072
=ik =voelde | weight=0.072
=over =te | weight=0.071
=de =balie | weight=0.071
=belde | weight=0.071
=nu =niet | weight=0.071, noneg
=waarom =worden | weight=0.071
=doordrammen =over | weight=0.071
=maar =doordrammen | weight=0.071
=inschrijven | weight=0.071
=budget | weight=0.071
=was =ontzettend | weight=0.071
=met =die | weight=0.071
=mijn =storing | weight=0.070
=ter =plek | weight=0.070
=bestookt | weight=0.070
=bestookt =met | weight=0.070
=actie =voorbij | weight=0.070
=te =tekenen | weight=0.070
=heb =al | weight=0.070
=u =nu | weight=0.070
=waar =ik | weight=0.069
=verkoopster | weight=0.069
=dan =heeft | weight=0.068
=druk =gezet | weight=0.068
=rond | weight=0.068
=half =uur | weight=0.068
=abbo | weight=0.068
=eerst =tien | weight=0.068
=kreeg =eerst | weight=0.068
=tv-pakket =erbij | weight=0.068
=gewezen | weight=0.068
=telefoontjes | weight=0.068
=de =verkoopster | weight=0.067
=ging =bijna | weight=0.067
=hard =werd | weight=0.067
=zo =hard | weight=0.067
=een =aanbieden | weight=0.067
=man =wilde | weight=0.067
=niet =weggaan | weight=0.067, noneg
=actie | weight=0.067
=de =actie | weight=0.067
=jullie =verkoopafdeling | weight=0.067
=de =man | weight=0.067
=en =zet | weight=0.067
=in =en | weight=0.066
=reageerde | weight=0.066
=nie | weight=0.066, noneg
=wil =geen | weight=0.066, noneg
=energiebedrijf | weight=0.066
=genomen | weight=0.066
=tussen =de | weight=0.066
=factuur =kreeg | weight=0.066
=een =half | weight=0.065
=voelde | weight=0.065
=zou =het | weight=0.065
=premium | weight=0.065
=een =jurist | weight=0.064
=jurist | weight=0.064
=jurist =in | weight=0.064
=een =hele | weight=0.064
=de =telefoonwinkel | weight=0.064
=telefoonwinkel | weight=0.064
=stappen | weight=0.064
=voorbij | weight=0.063
=het =lastig | weight=0.063
=worden =met | weight=0.063
=abonnement | weight=0.062
=bellen =met | weight=0.062
=me =bellen | weight=0.062
=apk | weight=0.062
=goedkeuren | weight=0.062
=andere =garage | weight=0.062
=pech | weight=0.062
=stop | weight=0.061
=speciaal | weight=0.061
=ze =nog | weight=0.061
=minuten =lang | weight=0.061
=stellen | weight=0.061
=ongepast | weight=0.061
=vinden =ik | weight=0.061
=een =vraag | weight=0.061
=betekent | weight=0.061
=met =tv | weight=0.061
=vader =een | weight=0.060
=over =een | weight=0.060
=lager | weight=0.060
=aandringen =op | weight=0.059
=verkoopafdeling | weight=0.059
=bij =een | weight=0.059
=lastig | weight=0.058
=stel | weight=0.058
=aandringen =en | weight=0.058
=daar =nog | weight=0.058
=geen =verlengde | weight=0.058, noneg
=nog =spijt | weight=0.058
=spijt =van | weight=0.058
=van =zou | weight=0.058
=verkoper =aandringen | weight=0.058
=op =die | weight=0.058
=en =drie | weight=0.058
=ik =hem | weight=0.058
=ik =me | weight=0.057
=kassamedewerker | weight=0.057
=verlengde =garantie | weight=0.057
=een =adreswijziging | weight=0.057
=het =bij | weight=0.057
=schakelen | weight=0.057
=gewoon =dat | weight=0.057
=deze | weight=0.057
=verkoper =was | weight=0.056
=keer =kreeg | weight=0.056
=zet | weight=0.056
=een =bandje | weight=0.056
=ze =ja | weight=0.056
=lijn =voor | weight=0.056
=ik =kon | weight=0.056
=ik =overstapte | weight=0.056
=overstapte | weight=0.056
=overstapte =alleen | weight=0.056
=telemarketeer | weight=0.056
=weg =en | weight=0.055
=serieus | weight=0.054
=andere =om | weight=0.054
=zoek =maar | weight=0.054
=banden | weight=0.054
=balie | weight=0.053
=ter | weight=0.053
=irritant | weight=0.053
=negen =uur | weight=0.053
=om =negen | weight=0.053
=er =ook | weight=0.053
=telefoontje | weight=0.052
=plek | weight=0.052
=blijven =me | weight=0.052
=verlengde | weight=0.051
=nee =toch | weight=0.051
=ophalen =van | weight=0.051
=hun =energiecontract | weight=0.051
=naar =hun | weight=0.051
=het =me | weight=0.051
=probeerde =hij | weight=0.051
=en =ging | weight=0.050
=mijn =auto | weight=0.050
=goedkoper =abonnement | weight=0.050
