# unresolved, nl: learned by scripts/learn.py from 3889 tuning texts (287 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Het is nog altijd niet goed.
+ De storingen komen steeds weer terug.
+ het blijft gwn misgaan met m'n factuur
- we willen ons geld terug
- Geen minuut gewacht, top!
=niet =verholpen | weight=0.372, noneg
=gemaild | weight=0.338
=keer =gebeld | weight=0.328
=nog =steeds | weight=0.314
=telefoontjes | weight=0.314
=geen =stap | weight=0.308, noneg
=keer =gemaild | weight=0.307
=over =dezelfde | weight=0.296
=ondanks | weight=0.293
=herstarten | weight=0.277
=maand =kan | weight=0.269
=niks =gebeurd | weight=0.254, noneg
=het =bij | weight=0.246
=sleept | weight=0.246
=telkens =weer | weight=0.242
=sinds | weight=0.241
=nu =de | weight=0.233
=hetzelfde | weight=0.233
=drie =monteur | weight=0.232
=er =verandert | weight=0.231
=niemand =kan | weight=0.229, noneg
=is =nog | weight=0.229
=verandert | weight=0.224
=storing | weight=0.222
=staat =nog | weight=0.218
=geld =is | weight=0.213
=bestaat | weight=0.212
=klopt =nog | weight=0.211
=de =router | weight=0.211
=is =niet | weight=0.210, noneg
=niks =opgelost | weight=0.210, noneg
=nog =geen | weight=0.210, noneg
=drie =mail | weight=0.208
=hetzelfde =probleem | weight=0.206
=het =blijft | weight=0.206
=misgaan | weight=0.206
=misgaan =met | weight=0.206
=probleem | weight=0.202
=niks =ontvangen | weight=0.201, noneg
=het =probleem | weight=0.199
=geen =oplossing | weight=0.196, noneg
=niet =goed | weight=0.194, noneg
=verhelpen | weight=0.193
=vijfde | weight=0.191
=water | weight=0.190
=melding | weight=0.190
=over =die | weight=0.189
=al =drie | weight=0.185
=we =nog | weight=0.185
=nu =moet | weight=0.183
=en =niemand | weight=0.183, noneg
=niet =overgemaakt | weight=0.182, noneg
=buitengesloten | weight=0.182
=buitengesloten =van | weight=0.182
=dit =is | weight=0.180
=maand =over | weight=0.180
=kan =ze | weight=0.179
=ik =bel | weight=0.179
=er =gebeurt | weight=0.179
=de =storing | weight=0.177
=maar =er | weight=0.175
=adres =is | weight=0.172
=na =zes | weight=0.171
=zesde | weight=0.170
=bellen =en | weight=0.168
=nog =altijd | weight=0.167
=blijft | weight=0.167
=traplift | weight=0.165
=weken =zonder | weight=0.164, noneg
=als =vorige | weight=0.163
=lekt | weight=0.163
=zit =ik | weight=0.162
=goed | weight=0.162
=lekkage | weight=0.160
=keer =door | weight=0.159
=die =factuur | weight=0.158
=ik =hierover | weight=0.158
=euro =is | weight=0.157
=is =nergens | weight=0.155, noneg
=talloze | weight=0.155
=het =ticket | weight=0.154
=tweede =keer | weight=0.153
=hierover | weight=0.153
=geen =van | weight=0.152, noneg
=ingestuurd | weight=0.152
=de =punt | weight=0.151
=punt =zijn | weight=0.151
=reclamaties | weight=0.150
=x | weight=0.150
=meerdere | weight=0.150
=terwijl =er | weight=0.150
=sinds =januari | weight=0.150
=afgesloten | weight=0.149
=gebeurt | weight=0.149
=later =is | weight=0.148
=komt =nooit | weight=0.148, noneg
=probleem =bestaat | weight=0.147
=verwarming | weight=0.146
=invoert | weight=0.146
=tv | weight=0.145
=niemand =kon | weight=0.143, noneg
=komt =telkens | weight=0.142
=mail =gestuurd | weight=0.142
=op =heden | weight=0.142
=tot =op | weight=0.142
=vijfde =keer | weight=0.142
=afschrijving | weight=0.142
=kunnen =nog | weight=0.142
=zeggen =altijd | weight=0.141
=komen =steeds | weight=0.141
=onderdelen =niet | weight=0.141, noneg
=niet =omgeruild | weight=0.141, noneg
=liggen | weight=0.141
=heb =drie | weight=0.141
=beloven | weight=0.141
=herinnering | weight=0.140
=herinnering =gestuurd | weight=0.140
=mijn =derde | weight=0.140
=gemeld =dat | weight=0.140
=zijn =nog | weight=0.140
=steeds =zonder | weight=0.139, noneg
=klopt | weight=0.138
=wijzen =naar | weight=0.138
=gebeurt =gewoon | weight=0.138
=gewoon =niks | weight=0.138, noneg
=hielp | weight=0.138
=monteur =lang | weight=0.137
=we =kunnen | weight=0.137
=de =onderdelen | weight=0.136
=onderdelen | weight=0.136
=en =nooit | weight=0.136, noneg
=maar =geen | weight=0.135, noneg
=twee =monteur | weight=0.135
=probleem =sleept | weight=0.134
=sleept =maar | weight=0.134
=weer =terug | weight=0.134
=is =de | weight=0.134
=aan =beginnen | weight=0.133
=bestaat =onverminderd | weight=0.133
=onverminderd | weight=0.133
=geblokkeerd | weight=0.133
=speelt | weight=0.133
=wijzen | weight=0.130
=doet =het | weight=0.129
=voordat =iemand | weight=0.129
=te =repareren | weight=0.129
=altijd | weight=0.128
=als =opgelost | weight=0.128
=gesloten =als | weight=0.128
=telefoontjes =later | weight=0.127
=telkens | weight=0.127
=beschadigd =pakket | weight=0.127
=over =naar | weight=0.126
=na =drie | weight=0.126
=door =en | weight=0.126
=contact | weight=0.125
=hetzelfde =antwoord | weight=0.123
=technicus | weight=0.123
=drie =maand | weight=0.123
=de =verwarming | weight=0.122
=vier | weight=0.122
=sinds =februari | weight=0.122
=ernaar | weight=0.122
=eindafrekening | weight=0.122
=tweede | weight=0.122
=niet =afgehandeld | weight=0.122, noneg
=repareren | weight=0.121
=de =vijfde | weight=0.121
=jullie =systeem | weight=0.121
=mail =over | weight=0.121
=mijn =meterstand | weight=0.120
=die =fout | weight=0.120
=andere =verhaal | weight=0.120
=ze =verbond | weight=0.119
=ze =niet | weight=0.118, noneg
=derde =mail | weight=0.118
=stroomt | weight=0.118
=stroomt =nog | weight=0.118
=water =stroomt | weight=0.118
=rechtgezet | weight=0.118
=zonder | weight=0.118, noneg
=gestuurd =maar | weight=0.118
=flat | weight=0.118
=ik =stap | weight=0.118
=het =staat | weight=0.117
=opnieuw =vertellen | weight=0.117
=keer =opnieuw | weight=0.116
=naar =elkaar | weight=0.116
=niet =veranderd | weight=0.116, noneg
=terugbelverzoek =toegezegd | weight=0.115
=toegezegd =en | weight=0.115
=vijf =keer | weight=0.115
=twee =maand | weight=0.115
=sleept =al | weight=0.115
=maar =het | weight=0.114
=weer =gebeld | weight=0.114
=weer =het | weight=0.114
=standaardmail | weight=0.114
=weer =doorverbonden | weight=0.113
=drie =chatmedewerker | weight=0.113
=probleem =niet | weight=0.112, noneg
=keer =is | weight=0.112
=natuurlijk | weight=0.112
=al =vijf | weight=0.112
=vierde =keer | weight=0.112
=me =al | weight=0.112
=ze =beloven | weight=0.111
=doet | weight=0.111
=je =een | weight=0.111
=ben =nog | weight=0.111
=ben =ik | weight=0.111
=nooit =iets | weight=0.111, noneg
=winkel =geweest | weight=0.111
=dagen =zoek | weight=0.110
=koffer =al | weight=0.110
=verhaal =uitleggen | weight=0.110
=de =huurcommissie | weight=0.110
=huurcommissie | weight=0.110
=factuur | weight=0.110
=zeven | weight=0.110
=natuurlijk =niks | weight=0.110, noneg
=niks =uitmaakte | weight=0.110, noneg
=wat =natuurlijk | weight=0.110
=de =kwestie | weight=0.109
=kwestie | weight=0.109
=is =niks | weight=0.109, noneg
=er =niet | weight=0.109, noneg
=voor =die | weight=0.108
=is =er | weight=0.108
=geen =internet | weight=0.108, noneg
=een =standaardmail | weight=0.108
=en =er | weight=0.108
=de =lift | weight=0.107
=zes =weken | weight=0.107
=gebeld | weight=0.107
=zeg | weight=0.106
=het =water | weight=0.106
=de =code | weight=0.105
=de =corporatie | weight=0.105
=weg | weight=0.104
=internet | weight=0.104
=vier =mail | weight=0.104
=zou =in | weight=0.103
=medewerker =terecht | weight=0.103
=een =terugbelverzoek | weight=0.103
=steeds =weer | weight=0.103
=past | weight=0.103
=mijn =account | weight=0.103
=altijd =niet | weight=0.102, noneg
=stuk | weight=0.102
=gebrek =niet | weight=0.102, noneg
=heden =is | weight=0.102
=het =gebrek | weight=0.102
=terugbelverzoek | weight=0.102
=account | weight=0.102
=het =geld | weight=0.101
=het =spuugzat | weight=0.101
=spuugzat | weight=0.101
=adreswijziging | weight=0.101
=staat =er | weight=0.101
=keer =we | weight=0.101
=al =twee | weight=0.101
=is =al | weight=0.101
=we =kijken | weight=0.100
=beide | weight=0.100
=een =concurrent | weight=0.100
=maar =aan | weight=0.099
=modem =gekocht | weight=0.099
=nummer =is | weight=0.099
=corporatie | weight=0.099
=gebeld =en | weight=0.099
=het =nu | weight=0.099
=dezelfde =lekkage | weight=0.099
=moet =we | weight=0.099
=het =al | weight=0.098
=al =sinds | weight=0.098
=misgaat | weight=0.098
=keer =weer | weight=0.098
=contact =over | weight=0.098
=gebrek | weight=0.098
=koffer | weight=0.098
=account =is | weight=0.098
=de =tweede | weight=0.098
=nieuwe =modem | weight=0.097
=reparaties | weight=0.097
=met =m'n | weight=0.097
=bij =vier | weight=0.097
=beloftes | weight=0.096
=lang =gehad | weight=0.096
=niet =in | weight=0.096, noneg
=verandert =helemaal | weight=0.096
=al =zes | weight=0.096
=gekocht =zelfde | weight=0.096
=zelfde =probleem | weight=0.096
=gehad =niemand | weight=0.096, noneg
=kunnen =verhelpen | weight=0.096
=gewezen | weight=0.096
=gesloten | weight=0.096
=kwam =bij | weight=0.096
=ketel | weight=0.096
=dezelfde =storing | weight=0.096
=al =talloze | weight=0.095
=helemaal =niks | weight=0.095, noneg
=aangemaakt =over | weight=0.095
=ticket =aangemaakt | weight=0.095
=punt | weight=0.095
=verbond | weight=0.095
=keer =contact | weight=0.095
=vergunning | weight=0.095
=administratie | weight=0.094
=mijn =oude | weight=0.094
=werkt =niet | weight=0.094, noneg
=de =voordeur | weight=0.094
=voordeur | weight=0.094
=van =maart | weight=0.093
=kijken =ernaar | weight=0.093
=niet =gebeurd | weight=0.093, noneg
=in =jullie | weight=0.093
=niet =inloggen | weight=0.093, noneg
=monteur | weight=0.093
=het =te | weight=0.092
=verschillende =medewerker | weight=0.092
=steeds =in | weight=0.092
=niet =oplaadt | weight=0.092, noneg
=heb =niks | weight=0.092, noneg
=onder =de | weight=0.092
=bel =zeggen | weight=0.092
=nog =gewoon | weight=0.092
=keer =over | weight=0.091
=weken =dat | weight=0.091
=en =elke | weight=0.091
=op =elke | weight=0.090
=de =overschrijving | weight=0.090
=overschrijving | weight=0.090
=wachten =sinds | weight=0.090
=mislukt | weight=0.090
=gwn | weight=0.090
=dak | weight=0.090
=review =van | weight=0.090
=kreeg =op | weight=0.089
=internetpakket | weight=0.089
=heb =al | weight=0.089
=bel =en | weight=0.089
=derde | weight=0.089
=probleem =nog | weight=0.089
=webwinkel | weight=0.088
=we =weer | weight=0.088
=lift | weight=0.088
=tig | weight=0.088
=aangemaakt | weight=0.088
=zonder =internet | weight=0.088, noneg
=weer =zonder | weight=0.087, noneg
=opnieuw =met | weight=0.087
=mail =als | weight=0.087
=eraan | weight=0.087
=geen =toegang | weight=0.087, noneg
=steeds =af | weight=0.087
=moet =bellen | weight=0.087
=voor =niks | weight=0.087, noneg
=plaats =en | weight=0.086
=weken =plaats | weight=0.086
=de =wasmachine | weight=0.086
=derde =klacht | weight=0.086
=af | weight=0.086
=gewerkt | weight=0.086
=zelfde | weight=0.085
=van =mij | weight=0.085
=niemand =is | weight=0.085, noneg
=eindelijk | weight=0.085
=het =nog | weight=0.085
=plaats | weight=0.084
=weken =en | weight=0.084
=trace =zegt | weight=0.084
=het =werkt | weight=0.084
=gemeld | weight=0.084
=worden =ik | weight=0.084
=bestaat =nog | weight=0.084
=uitleg | weight=0.084
=lekkende | weight=0.084
=ondanks =mijn | weight=0.084
=klant =wachten | weight=0.084
=de =zesde | weight=0.083
=gekregen =dat | weight=0.083
=horen =gekregen | weight=0.083
=keer =te | weight=0.083
=bij =af | weight=0.083
=mijn =factuur | weight=0.083
=na =vier | weight=0.083
=jullie =bank | weight=0.083
=tegengehouden =mijn | weight=0.083
=euvel | weight=0.083
=weer =op | weight=0.083
=ticket | weight=0.083
=de =zoveelste | weight=0.082
=zoveelste | weight=0.082
=zoveelste =keer | weight=0.082
=mijn =zesde | weight=0.082
=ik =kwam | weight=0.082
=gesprek | weight=0.082
=afgehandeld | weight=0.081
