# unresolved, nl: learned by scripts/learn.py from 4470 tuning texts (362 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ De medewerker was vriendelijk, maar alles wat ze zei klonk uit een boekje: 'Wij streven ernaar al onze klanten zo goed mogelijk te helpen.' Op mijn concrete vraag wanneer de storing verholpen zou zijn, kwam elke keer hetzelfde zinnetje. Ik heb opgehangen zonder antwoord.
+ Het is nog altijd niet goed.
+ De storingen komen steeds weer terug.
- ok dankje
- we willen ons geld terug
=niks =opgelost | weight=0.457, noneg
=telefoontjes | weight=0.433
=keer =gebeld | weight=0.419
=niet =verholpen | weight=0.403, noneg
=geen =oplossen | weight=0.403, noneg
=gemaild | weight=0.375
=keer =gemaild | weight=0.363
=nooit =in | weight=0.338, noneg
=nog =steeds | weight=0.338
=geen =stap | weight=0.329, noneg
=ondanks | weight=0.296
=is =nog | weight=0.284
=herstarten | weight=0.278
=maand =kan | weight=0.274
=weken =zonder | weight=0.272, noneg
=telkens =weer | weight=0.263
=er =verandert | weight=0.261
=sleept | weight=0.259
=al =drie | weight=0.258
=de =storing | weight=0.254
=verandert | weight=0.253
=niks =gebeurd | weight=0.252, noneg
=drie =monteur | weight=0.250
=weer =het | weight=0.244
=zo =komen | weight=0.243
=drie =mail | weight=0.242
=en =niemand | weight=0.240, noneg
=geregeld | weight=0.237
=klopt =nog | weight=0.237
=over =dezelfde | weight=0.236
=nu =de | weight=0.232
=drie =herinnering | weight=0.232
=bestaat | weight=0.231
=misgaan | weight=0.229
=misgaan =met | weight=0.229
=niemand =kan | weight=0.225, noneg
=nog =geen | weight=0.218, noneg
=door =en | weight=0.216
=is =niet | weight=0.214, noneg
=we =nog | weight=0.214
=bezoek | weight=0.213
=vijfde | weight=0.213
=de =router | weight=0.212
=verhelpen | weight=0.212
=tweede =keer | weight=0.210
=ketel | weight=0.208
=helemaal =niks | weight=0.206, noneg
=mail =ben | weight=0.206
=hetzelfde | weight=0.204
=geld =is | weight=0.204
=niks =ontvangen | weight=0.203, noneg
=dit =is | weight=0.202
=staat =nog | weight=0.200
=nog =altijd | weight=0.199
=melding | weight=0.199
=geen =meter | weight=0.198, noneg
=ik =hierover | weight=0.198
=mijn =derde | weight=0.198
=ben =van | weight=0.195
=zesde | weight=0.193
=het =blijft | weight=0.192
=niet =overgemaakt | weight=0.192, noneg
=over =die | weight=0.191
=maand =over | weight=0.191
=hierover | weight=0.190
=hetzelfde =probleem | weight=0.190
=niet =afgehandeld | weight=0.188, noneg
=zonder =warm | weight=0.188, noneg
=dus =nergens | weight=0.188, noneg
=je =dus | weight=0.188
=nu =moet | weight=0.188
=mijn =aansluiting | weight=0.185
=ik =bel | weight=0.185
=kan =ze | weight=0.184
=heb =drie | weight=0.183
=leek | weight=0.183
=sinds | weight=0.182
=meerdere | weight=0.181
=is =al | weight=0.180
=maar =excuses | weight=0.179
=storing | weight=0.177
=keer =is | weight=0.177
=en =nooit | weight=0.177, noneg
=we =komen | weight=0.177
=probleem | weight=0.176
=nog =worden | weight=0.175
=niet =veranderd | weight=0.173, noneg
=monteur =lang | weight=0.172
=vierde =keer | weight=0.172
=niet =gerepareerd | weight=0.172, noneg
=talloze | weight=0.172
=buitengesloten | weight=0.171
=buitengesloten =van | weight=0.171
=adres =is | weight=0.171
=probleem =bestaat | weight=0.171
=later =is | weight=0.170
=komt =telkens | weight=0.169
=als =vorige | weight=0.168
=bezoek =aan | weight=0.168
=doet =het | weight=0.167
=goed =maar | weight=0.166
=komt =goed | weight=0.166
=nooit =goed | weight=0.166, noneg
=herinnering | weight=0.165
=niemand =kon | weight=0.164, noneg
=die =factuur | weight=0.163
=maar =geen | weight=0.162, noneg
=mail =gestuurd | weight=0.162
=het =probleem | weight=0.162
=traplift | weight=0.162
=het =bij | weight=0.160
=de =keer | weight=0.160
=vier =mail | weight=0.160
=het =zou | weight=0.159
=andere =verhaal | weight=0.159
=kwam =nooit | weight=0.158, noneg
=er =gebeurt | weight=0.157
=het =ticket | weight=0.155
=maar =het | weight=0.155
=reclamaties | weight=0.155
=maar =er | weight=0.155
=euro =is | weight=0.154
=gewoon =terug | weight=0.154
=keer =door | weight=0.153
=zonder | weight=0.153, noneg
=steeds =zonder | weight=0.153, noneg
=na =drie | weight=0.152
=afschrijving | weight=0.152
=x | weight=0.152
=invoert | weight=0.151
=twee =monteur | weight=0.150
=terwijl =er | weight=0.150
=ingestuurd | weight=0.150
=te =repareren | weight=0.150
=aansluiting | weight=0.150
=winkel =niet | weight=0.149, noneg
=vijfde =keer | weight=0.149
=aan =beginnen | weight=0.149
=kunnen =nog | weight=0.147
=de =punt | weight=0.146
=punt =zijn | weight=0.146
=weer =gebeld | weight=0.146
=water | weight=0.145
=afgesloten | weight=0.145
=beloven | weight=0.145
=onderdelen | weight=0.144
=sinds =januari | weight=0.144
=we =kunnen | weight=0.143
=probleem =sleept | weight=0.142
=sleept =maar | weight=0.142
=tv | weight=0.141
=komen =steeds | weight=0.141
=vijf =keer | weight=0.141
=sinds =februari | weight=0.141
=komt =nooit | weight=0.140, noneg
=repareren | weight=0.139
=telefoontjes =later | weight=0.139
=over =naar | weight=0.138
=komen =je | weight=0.138
=onderdelen =niet | weight=0.138, noneg
=is =nergens | weight=0.137, noneg
=na =de | weight=0.137
=hetzelfde =antwoord | weight=0.137
=niet =omgeruild | weight=0.136, noneg
=gemeld =dat | weight=0.136
=niet =goed | weight=0.134, noneg
=standaardmail | weight=0.134
=probleem =niet | weight=0.134, noneg
=op =heden | weight=0.133
=tot =op | weight=0.133
=gebeurt | weight=0.133
=geen =toegang | weight=0.133, noneg
=gebeurt =gewoon | weight=0.133
=gewoon =niks | weight=0.133, noneg
=zijn =nog | weight=0.132
=de =vijfde | weight=0.132
=ernaar | weight=0.131
=herinnering =gestuurd | weight=0.131
=contact | weight=0.131
=de =onderdelen | weight=0.130
=kreeg =weer | weight=0.130
=het =staat | weight=0.130
=hielp | weight=0.129
=bekende | weight=0.129
=speelt | weight=0.129
=klopt | weight=0.128
=bestaat =onverminderd | weight=0.128
=onverminderd | weight=0.128
=lekt | weight=0.127
=ik =stap | weight=0.127
=bellen =en | weight=0.127
=doet | weight=0.127
=blijft | weight=0.126
=wijzen =naar | weight=0.126
=voordat =iemand | weight=0.126
=bij =vier | weight=0.125
=die =fout | weight=0.125
=het =leek | weight=0.125
=mijn =meterstand | weight=0.124
=probleem =nog | weight=0.124
=lang =gehad | weight=0.124
=tweede | weight=0.124
=jullie =systeem | weight=0.123
=verholpen =zou | weight=0.123
=zesde =keer | weight=0.123
=rechtgezet | weight=0.122
=al =sinds | weight=0.122
=derde | weight=0.122
=past | weight=0.122
=en =er | weight=0.121
=sleept =al | weight=0.121
=derde =mail | weight=0.121
=verder | weight=0.121
=mail =over | weight=0.120
=het =komt | weight=0.120
=altijd =niet | weight=0.120, noneg
=heen-en-weer | weight=0.120
=liggen | weight=0.120
=is =niks | weight=0.119, noneg
=verandert =helemaal | weight=0.119
=natuurlijk =niks | weight=0.119, noneg
=niks =uitmaakte | weight=0.119, noneg
=wat =natuurlijk | weight=0.119
=beschadigd =pakket | weight=0.118
=voor =die | weight=0.117
=keer =we | weight=0.117
=geen =werkend | weight=0.117, noneg
=we =kijken | weight=0.117
=eindafrekening | weight=0.117
=medewerker =moet | weight=0.116
=niet =opgelost | weight=0.116, noneg
=stuk | weight=0.116
=na =vier | weight=0.116
=misgaat | weight=0.116
=drie =chatmedewerker | weight=0.115
=niemand =loste | weight=0.115, noneg
=me =al | weight=0.114
=stroomt | weight=0.114
=stroomt =nog | weight=0.114
=water =stroomt | weight=0.114
=gestuurd =maar | weight=0.114
=flat | weight=0.114
=op =keer | weight=0.113
=zonder =verwarming | weight=0.112, noneg
=dezelfde =storing | weight=0.111
=dagen =zoek | weight=0.111
=koffer =al | weight=0.111
=verhaal =uitleggen | weight=0.111
=de =corporatie | weight=0.110
=natuurlijk | weight=0.110
=niet =gebeurd | weight=0.110, noneg
=plaats =en | weight=0.110
=weken =plaats | weight=0.110
=keer =opnieuw | weight=0.110
=zeg | weight=0.110
=de =kwestie | weight=0.110
=kwestie | weight=0.110
=factuur | weight=0.110
=de =huurcommissie | weight=0.109
=huurcommissie | weight=0.109
=na =zes | weight=0.109
=zit =ik | weight=0.109
=steeds =in | weight=0.109
=mijn =oude | weight=0.109
=niet =in | weight=0.108, noneg
=de =lift | weight=0.108
=goed | weight=0.108
=punt | weight=0.108
=reparaties | weight=0.108
=naar =elkaar | weight=0.108
=gemeld | weight=0.108
=het =water | weight=0.108
=weer =van | weight=0.108
=geen =internet | weight=0.108, noneg
=heb =nu | weight=0.107
=terugbelverzoek =toegezegd | weight=0.107
=toegezegd =en | weight=0.107
=wijzen | weight=0.107
=komen | weight=0.107
=gwn | weight=0.107
=al =twee | weight=0.106
=weer =doorverbonden | weight=0.106
=twee =maand | weight=0.106
=gebrek =niet | weight=0.106, noneg
=heden =is | weight=0.106
=het =gebrek | weight=0.106
=verwarming | weight=0.105
=adreswijziging | weight=0.105
=reparatie | weight=0.105
=moet =we | weight=0.105
=de =code | weight=0.105
=zou =in | weight=0.105
=corporatie | weight=0.105
=administratie | weight=0.105
=keer =over | weight=0.104
=maar =aan | weight=0.104
=al =vijf | weight=0.104
=contact =over | weight=0.104
=een =standaardmail | weight=0.103
=verhaal =gedaan | weight=0.103
=gehad =niemand | weight=0.103, noneg
=kunnen =verhelpen | weight=0.103
=en =telkens | weight=0.103
=gewezen | weight=0.103
=technicus | weight=0.103
=contact =opnemen | weight=0.103
=je =een | weight=0.102
=ben =nog | weight=0.102
=gebrek | weight=0.102
=hij =gewoon | weight=0.102
=en =elke | weight=0.102
=het =te | weight=0.102
=titel | weight=0.101
=een =concurrent | weight=0.101
=ze =beloven | weight=0.101
=winkel =geweest | weight=0.101
=met =m'n | weight=0.101
=ook =na | weight=0.101
=aangemaakt =over | weight=0.100
=ticket =aangemaakt | weight=0.100
=account =is | weight=0.100
=loopt =nog | weight=0.100
=en =support | weight=0.099
=al =zes | weight=0.099
=een =terugbelverzoek | weight=0.099
=wij =begrijp | weight=0.099
=alles =opnieuw | weight=0.099
=gesloten | weight=0.099
=steeds =weer | weight=0.099
=vier | weight=0.098
=de =zesde | weight=0.098
=het =geld | weight=0.098
=vergunning | weight=0.098
=niet =is | weight=0.098, noneg
=de =wasmachine | weight=0.098
=koffer | weight=0.097
=aangemaakt | weight=0.097
=hierbij | weight=0.097
=juni =en | weight=0.097
=zonder =enige | weight=0.097, noneg
=dat =nu | weight=0.097
=gehad | weight=0.097
=weken =dat | weight=0.097
=het =werkt | weight=0.096
=het =nog | weight=0.096
=de =verwarming | weight=0.096
=lekkende | weight=0.096
=keer =een | weight=0.095
=als =opgelost | weight=0.095
=gesloten =als | weight=0.095
=uitleggen =aan | weight=0.094
=meneer =aan | weight=0.094
=kraan | weight=0.094
=steeds =af | weight=0.094
=de =woningcorporatie | weight=0.094
=woningcorporatie | weight=0.094
=niet =dus | weight=0.094, noneg
=al =talloze | weight=0.093
=terwijl =het | weight=0.093
=terecht =en | weight=0.093
=aanslag | weight=0.093
=medewerker =terecht | weight=0.093
=internetpakket | weight=0.093
=we =weer | weight=0.093
=geblokkeerd | weight=0.092
=ze =verbond | weight=0.092
=al =een | weight=0.092
=afgehandeld | weight=0.092
=pensioenoverzicht | weight=0.092
=defecte | weight=0.092
=mijn =zesde | weight=0.092
=alleen =maar | weight=0.091
=nu =mijn | weight=0.091
=nummer =is | weight=0.091
=de =afschrijving | weight=0.091
=heb =opgehangen | weight=0.091
=rekening =staat | weight=0.090
=lag =het | weight=0.090
=modem =gekocht | weight=0.090
=we | weight=0.090
=ticket | weight=0.089
=euvel | weight=0.089
=review =van | weight=0.089
=blijft =maar | weight=0.089
=zit =we | weight=0.089
=steeds =en | weight=0.089
=dan =naar | weight=0.089
=terugbelverzoek | weight=0.089
=avond =weg | weight=0.088
=elke =avond | weight=0.088
=de =lekkende | weight=0.088
=nieuwe =modem | weight=0.088
=keer =weer | weight=0.088
=keer =moest | weight=0.088
=beide | weight=0.088
=geboortedatum | weight=0.087
=op =elke | weight=0.087
=lift | weight=0.087
=weer =zonder | weight=0.087, noneg
=heb =al | weight=0.087
