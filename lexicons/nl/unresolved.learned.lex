# unresolved, nl: learned by scripts/learn.py from 4090 tuning texts (295 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Het is nog altijd niet goed.
+ De storingen komen steeds weer terug.
+ het blijft gwn misgaan met m'n factuur
- we willen ons geld terug
- Dank voor de snelle hulp!
=niet =verholpen | weight=0.377, noneg
=gemaild | weight=0.359
=keer =gemaild | weight=0.340
=keer =gebeld | weight=0.313
=geen =stap | weight=0.309, noneg
=nog =steeds | weight=0.308
=telefoontjes | weight=0.302
=over =dezelfde | weight=0.289
=ondanks | weight=0.285
=herstarten | weight=0.283
=maand =kan | weight=0.263
=geen =oplossing | weight=0.246, noneg
=niks =gebeurd | weight=0.243, noneg
=sleept | weight=0.237
=is =nog | weight=0.236
=sinds | weight=0.234
=hetzelfde | weight=0.232
=er =verandert | weight=0.230
=telkens =weer | weight=0.229
=nu =de | weight=0.226
=drie =monteur | weight=0.225
=verandert | weight=0.223
=niemand =kan | weight=0.223, noneg
=het =bij | weight=0.220
=geld =is | weight=0.214
=storing | weight=0.211
=nog =geen | weight=0.210, noneg
=bestaat | weight=0.210
=is =niet | weight=0.210, noneg
=de =router | weight=0.208
=het =blijft | weight=0.205
=misgaan | weight=0.205
=misgaan =met | weight=0.205
=niks =ontvangen | weight=0.202, noneg
=niks =opgelost | weight=0.201, noneg
=staat =nog | weight=0.201
=klopt =nog | weight=0.201
=drie =mail | weight=0.200
=hetzelfde =probleem | weight=0.198
=al =drie | weight=0.195
=dit =is | weight=0.194
=verhelpen | weight=0.194
=vijfde | weight=0.194
=melding | weight=0.191
=niet =overgemaakt | weight=0.189, noneg
=niet =goed | weight=0.189, noneg
=en =niemand | weight=0.188, noneg
=nu =moet | weight=0.187
=probleem | weight=0.187
=maar =er | weight=0.185
=we =nog | weight=0.184
=water | weight=0.183
=het =probleem | weight=0.183
=de =storing | weight=0.183
=buitengesloten | weight=0.182
=buitengesloten =van | weight=0.182
=ik =bel | weight=0.179
=kan =ze | weight=0.179
=na =zes | weight=0.177
=over =die | weight=0.174
=zesde | weight=0.173
=blijft | weight=0.172
=er =gebeurt | weight=0.171
=door =en | weight=0.171
=euro =is | weight=0.168
=goed | weight=0.167
=maand =over | weight=0.163
=bellen =en | weight=0.163
=afgesloten | weight=0.163
=tweede =keer | weight=0.161
=als =vorige | weight=0.158
=lekt | weight=0.158
=lekkage | weight=0.158
=adres =is | weight=0.157
=zit =ik | weight=0.157
=nog =altijd | weight=0.156
=het =ticket | weight=0.156
=geen =van | weight=0.156, noneg
=talloze | weight=0.155
=terwijl =er | weight=0.154
=ik =hierover | weight=0.154
=x | weight=0.154
=is =nergens | weight=0.152, noneg
=reclamaties | weight=0.152
=mail =gestuurd | weight=0.151
=ingestuurd | weight=0.151
=later =is | weight=0.151
=probleem =bestaat | weight=0.149
=traplift | weight=0.149
=weken =zonder | weight=0.148, noneg
=hierover | weight=0.148
=de =punt | weight=0.148
=punt =zijn | weight=0.148
=aan =beginnen | weight=0.147
=sinds =januari | weight=0.146
=vijfde =keer | weight=0.146
=komt =nooit | weight=0.146, noneg
=keer =is | weight=0.145
=keer =door | weight=0.145
=gebeurt | weight=0.145
=monteur =lang | weight=0.145
=die =factuur | weight=0.144
=niemand =kon | weight=0.143, noneg
=komen =steeds | weight=0.143
=liggen | weight=0.143
=meerdere | weight=0.143
=tv | weight=0.142
=niet =omgeruild | weight=0.141, noneg
=heb =drie | weight=0.141
=steeds =zonder | weight=0.141, noneg
=verwarming | weight=0.140
=beloven | weight=0.140
=en =nooit | weight=0.140, noneg
=mijn =derde | weight=0.137
=onderdelen =niet | weight=0.137, noneg
=zeggen =altijd | weight=0.136
=zijn =nog | weight=0.136
=op =heden | weight=0.135
=tot =op | weight=0.135
=komt =telkens | weight=0.135
=invoert | weight=0.135
=onderdelen | weight=0.134
=hielp | weight=0.134
=doet =het | weight=0.133
=maar =geen | weight=0.133, noneg
=twee =monteur | weight=0.133
=gemeld =dat | weight=0.133
=beschadigd =pakket | weight=0.133
=afschrijving | weight=0.133
=herinnering | weight=0.132
=herinnering =gestuurd | weight=0.132
=vijf =keer | weight=0.132
=andere =verhaal | weight=0.132
=is =de | weight=0.131
=als =opgelost | weight=0.131
=gesloten =als | weight=0.131
=de =onderdelen | weight=0.131
=kunnen =nog | weight=0.129
=klopt | weight=0.129
=wijzen =naar | weight=0.128
=te =repareren | weight=0.128
=bestaat =onverminderd | weight=0.128
=onverminderd | weight=0.128
=gebeurt =gewoon | weight=0.127
=gewoon =niks | weight=0.127, noneg
=we =kunnen | weight=0.127
=hetzelfde =antwoord | weight=0.126
=over =naar | weight=0.125
=de =vijfde | weight=0.125
=na =drie | weight=0.125
=tweede | weight=0.125
=sinds =februari | weight=0.124
=geblokkeerd | weight=0.124
=probleem =sleept | weight=0.124
=sleept =maar | weight=0.124
=mail =over | weight=0.123
=ik =stap | weight=0.123
=steeds =geen | weight=0.122, noneg
=technicus | weight=0.122
=me =al | weight=0.122
=speelt | weight=0.122
=voordat =iemand | weight=0.121
=contact | weight=0.120
=repareren | weight=0.119
=weer =doorverbonden | weight=0.119
=de =verwarming | weight=0.119
=misgaat | weight=0.118
=die =fout | weight=0.118
=vier | weight=0.118
=keer =opnieuw | weight=0.118
=gestuurd =maar | weight=0.118
=factuur | weight=0.118
=probleem =niet | weight=0.118, noneg
=wijzen | weight=0.118
=opnieuw =vertellen | weight=0.118
=het =staat | weight=0.117
=sleept =al | weight=0.117
=maar =het | weight=0.117
=stroomt | weight=0.117
=stroomt =nog | weight=0.117
=water =stroomt | weight=0.117
=mijn =meterstand | weight=0.117
=winkel =geweest | weight=0.116
=en =er | weight=0.116
=jullie =systeem | weight=0.116
=flat | weight=0.116
=telefoontjes =later | weight=0.116
=drie =chatmedewerker | weight=0.115
=weer =gebeld | weight=0.115
=rechtgezet | weight=0.115
=natuurlijk =niks | weight=0.115, noneg
=niks =uitmaakte | weight=0.115, noneg
=wat =natuurlijk | weight=0.115
=ze =niet | weight=0.114, noneg
=ernaar | weight=0.114
=de =keer | weight=0.114
=ben =ik | weight=0.114
=twee =maand | weight=0.114
=is =niks | weight=0.114, noneg
=past | weight=0.114
=op =keer | weight=0.114
=zonder | weight=0.113, noneg
=niet =afgehandeld | weight=0.113, noneg
=telkens | weight=0.113
=al =sinds | weight=0.112
=altijd | weight=0.112
=weg | weight=0.112
=derde =mail | weight=0.112
=naar =elkaar | weight=0.112
=ben =nog | weight=0.112
=weer =terug | weight=0.111
=natuurlijk | weight=0.111
=vier =mail | weight=0.111
=vierde =keer | weight=0.110
=stuk | weight=0.110
=het =nu | weight=0.110
=terugbelverzoek =toegezegd | weight=0.109
=toegezegd =en | weight=0.109
=zes =weken | weight=0.109
=eindafrekening | weight=0.109
=ze =beloven | weight=0.109
=nooit =iets | weight=0.108, noneg
=het =spuugzat | weight=0.107
=spuugzat | weight=0.107
=verandert =helemaal | weight=0.107
=het =water | weight=0.107
=standaardmail | weight=0.107
=al =vijf | weight=0.107
=niet =veranderd | weight=0.107, noneg
=de =lift | weight=0.106
=weer =het | weight=0.106
=de =tweede | weight=0.106
=drie =maand | weight=0.106
=dagen =zoek | weight=0.106
=koffer =al | weight=0.106
=verhaal =uitleggen | weight=0.106
=er =niet | weight=0.106, noneg
=heb =niks | weight=0.105, noneg
=je =een | weight=0.105
=de =kwestie | weight=0.105
=kwestie | weight=0.105
=steeds =weer | weight=0.105
=contact =over | weight=0.105
=de =code | weight=0.104
=al =twee | weight=0.104
=zou =in | weight=0.103
=altijd =niet | weight=0.103, noneg
=doet | weight=0.103
=keer =weer | weight=0.103
=de =corporatie | weight=0.103
=keer =we | weight=0.103
=opnieuw =met | weight=0.103
=verholpen =zou | weight=0.102
=niet =in | weight=0.102, noneg
=de =huurcommissie | weight=0.102
=huurcommissie | weight=0.102
=een =terugbelverzoek | weight=0.102
=lang =gehad | weight=0.101
=een =standaardmail | weight=0.101
=beide | weight=0.101
=gesloten | weight=0.101
=gebrek =niet | weight=0.100, noneg
=heden =is | weight=0.100
=het =gebrek | weight=0.100
=gewezen | weight=0.100
=een =concurrent | weight=0.099
=zeven | weight=0.099
=we =kijken | weight=0.099
=vergunning | weight=0.099
=zeg | weight=0.099
=aangemaakt =over | weight=0.099
=ticket =aangemaakt | weight=0.099
=voor =die | weight=0.099
=derde | weight=0.098
=modem =gekocht | weight=0.098
=probleem =nog | weight=0.098
=staat =er | weight=0.098
=nummer =is | weight=0.098
=internet | weight=0.097
=gebeld | weight=0.097
=corporatie | weight=0.096
=ze =verbond | weight=0.096
=nieuwe =modem | weight=0.096
=eerder | weight=0.095
=het =geld | weight=0.095
=helemaal =niks | weight=0.095, noneg
=gekocht =zelfde | weight=0.095
=zelfde =probleem | weight=0.095
=maar =aan | weight=0.095
=niet =dus | weight=0.095, noneg
=administratie | weight=0.095
=gebrek | weight=0.095
=meneer =aan | weight=0.095
=en =elke | weight=0.094
=weken =dat | weight=0.094
=de =overschrijving | weight=0.094
=overschrijving | weight=0.094
=moet =we | weight=0.094
=mijn =zesde | weight=0.094
=met =m'n | weight=0.094
=gehad =niemand | weight=0.094, noneg
=kunnen =verhelpen | weight=0.094
=aangemaakt | weight=0.094
=kijken =ernaar | weight=0.093
=dezelfde =storing | weight=0.093
=zonder =internet | weight=0.093, noneg
=medewerker =terecht | weight=0.093
=bel =zeggen | weight=0.093
=terecht =en | weight=0.092
=geen =werkend | weight=0.092, noneg
=koffer | weight=0.092
=reparaties | weight=0.092
=terugbelverzoek | weight=0.092
=ondanks =mijn | weight=0.092
=plaats =en | weight=0.091
=weken =plaats | weight=0.091
=van =maart | weight=0.091
=keer =contact | weight=0.091
=kreeg =op | weight=0.091
=onder =de | weight=0.091
=dak | weight=0.091
=hierbij | weight=0.091
=het =al | weight=0.091
=adreswijziging | weight=0.090
=mijn =account | weight=0.090
=dezelfde =lekkage | weight=0.090
=al =talloze | weight=0.090
=account | weight=0.090
=het =werkt | weight=0.090
=geen =internet | weight=0.089, noneg
=mail =als | weight=0.089
=mislukt | weight=0.089
=trace =zegt | weight=0.089
=moet =bellen | weight=0.089
=niet =oplaadt | weight=0.089, noneg
=het =nog | weight=0.089
=verschillende =medewerker | weight=0.088
=gwn | weight=0.088
=beloofd =reparatie | weight=0.088
=is =al | weight=0.088
=is =er | weight=0.088
=punt | weight=0.088
=ketel | weight=0.088
=weken =en | weight=0.087
=steeds =in | weight=0.087
=gebeld =en | weight=0.087
=in =jullie | weight=0.087
=weer =zonder | weight=0.087, noneg
=zelfde | weight=0.087
=terwijl =het | weight=0.087
=bestaat =nog | weight=0.087
=euvel | weight=0.087
=niet =gebeurd | weight=0.086, noneg
=de =voordeur | weight=0.086
=voordeur | weight=0.086
=gemeld | weight=0.086
=niemand =is | weight=0.086, noneg
=niet =opgelost | weight=0.086, noneg
=al =zes | weight=0.086
=mijn =oude | weight=0.086
=keer =over | weight=0.086
=weer =van | weight=0.086
=niet =inloggen | weight=0.086, noneg
=account =is | weight=0.086
=bij =vier | weight=0.086
=gehad | weight=0.085
=kwam =bij | weight=0.085
=webwinkel | weight=0.085
=uitleggen =aan | weight=0.085
=internetpakket | weight=0.085
=niet =terug | weight=0.085, noneg
=beloftes | weight=0.085
=geen =toegang | weight=0.085, noneg
=de =wasmachine | weight=0.085
=en =support | weight=0.085
=er =belt | weight=0.084
=af | weight=0.084
=uitleg | weight=0.084
=weer =op | weight=0.084
=gebeld =drie | weight=0.084
=review =van | weight=0.084
=lekkende | weight=0.084
=systeem =lag | weight=0.084
=worden =ik | weight=0.084
=het =weekend | weight=0.084
=mijn =factuur | weight=0.083
=jullie =bank | weight=0.083
=tegengehouden =mijn | weight=0.083
=het =morgen | weight=0.083
=gesprek | weight=0.083
=zijn =we | weight=0.083
=werkt =niet | weight=0.083, noneg
=op =elke | weight=0.083
=wachten =sinds | weight=0.082
=afgehandeld | weight=0.082
=defect | weight=0.082
=we =weer | weight=0.082
=steeds =af | weight=0.081
=het =te | weight=0.081
=nog =gewoon | weight=0.081
