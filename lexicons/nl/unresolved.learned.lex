# unresolved, nl: learned by scripts/learn.py from 3262 tuning texts (240 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Het is nog altijd niet goed.
+ De storingen komen steeds weer terug.
+ het blijft gwn misgaan met m'n factuur
- we willen ons geld terug
- Geen minuut gewacht, top!
=gemaild | weight=0.306
=nog =steeds | weight=0.305
=telefoontjes | weight=0.298
=ondanks | weight=0.297
=herstarten | weight=0.284
=keer =gemaild | weight=0.274
=keer =gebeld | weight=0.260
=maand =kan | weight=0.260
=niks =gebeurd | weight=0.259, noneg
=er =verandert | weight=0.258
=verandert | weight=0.247
=niet =verholpen | weight=0.245, noneg
=probleem | weight=0.245
=dit =is | weight=0.243
=nog =geen | weight=0.237, noneg
=telkens =weer | weight=0.236
=is =niet | weight=0.235, noneg
=nu =de | weight=0.234
=storing | weight=0.231
=tv | weight=0.229
=niemand =kan | weight=0.228, noneg
=hetzelfde | weight=0.225
=is =nog | weight=0.222
=ik =bel | weight=0.215
=drie =monteur | weight=0.215
=geld =is | weight=0.214
=het =blijft | weight=0.208
=misgaan | weight=0.208
=misgaan =met | weight=0.208
=bestaat | weight=0.205
=over =dezelfde | weight=0.205
=zesde | weight=0.204
=hetzelfde =probleem | weight=0.199
=water | weight=0.193
=het =probleem | weight=0.191
=drie =mail | weight=0.191
=over =die | weight=0.190
=staat =er | weight=0.190
=nu =moet | weight=0.188
=melding | weight=0.187
=maand =over | weight=0.186
=zit =ik | weight=0.185
=de =storing | weight=0.184
=verhelpen | weight=0.183
=lekt | weight=0.178
=buitengesloten | weight=0.177
=buitengesloten =van | weight=0.177
=de =router | weight=0.176
=goed | weight=0.175
=niet =overgemaakt | weight=0.175, noneg
=kan =ze | weight=0.174
=geen =van | weight=0.172, noneg
=x | weight=0.171
=en =niemand | weight=0.170, noneg
=niks =ontvangen | weight=0.168, noneg
=sinds | weight=0.165
=geen =oplossing | weight=0.164, noneg
=weer =terug | weight=0.163
=na =drie | weight=0.163
=steeds =zonder | weight=0.162, noneg
=vorige =jaar | weight=0.162
=later =is | weight=0.162
=we =nog | weight=0.160
=talloze | weight=0.159
=keer =door | weight=0.157
=sleept | weight=0.156
=traplift | weight=0.155
=heb =niks | weight=0.154, noneg
=is =nergens | weight=0.154, noneg
=en =nooit | weight=0.153, noneg
=herinnering | weight=0.152
=herinnering =gestuurd | weight=0.152
=jullie =systeem | weight=0.151
=heb =drie | weight=0.151
=verwarming | weight=0.151
=monteur =lang | weight=0.149
=afschrijving | weight=0.149
=de =punt | weight=0.148
=punt =zijn | weight=0.148
=niet =omgeruild | weight=0.148, noneg
=reclamaties | weight=0.148
=liggen | weight=0.146
=contact | weight=0.145
=maar =geen | weight=0.145, noneg
=verandert =helemaal | weight=0.144
=beloven | weight=0.144
=geblokkeerd | weight=0.143
=kunnen =nog | weight=0.143
=zeggen =altijd | weight=0.143
=derde =keer | weight=0.142
=komt =nooit | weight=0.142, noneg
=onderdelen | weight=0.142
=factuur | weight=0.142
=probleem =bestaat | weight=0.141
=geen =stap | weight=0.141, noneg
=opnieuw =vertellen | weight=0.141
=niks =opgelost | weight=0.140, noneg
=gemeld =dat | weight=0.140
=de =onderdelen | weight=0.139
=onderdelen =niet | weight=0.139, noneg
=nog =altijd | weight=0.139
=probleem =sleept | weight=0.139
=sleept =maar | weight=0.139
=staat =nog | weight=0.139
=telkens | weight=0.138
=we =kunnen | weight=0.138
=te =repareren | weight=0.138
=nooit =iets | weight=0.136, noneg
=mail =gestuurd | weight=0.135
=is =er | weight=0.135
=hielp | weight=0.135
=repareren | weight=0.134
=zijn =nog | weight=0.134
=komt =telkens | weight=0.133
=ticket =aangemaakt | weight=0.133
=die =fout | weight=0.132
=ben =nog | weight=0.132
=op =heden | weight=0.132
=tot =op | weight=0.132
=doet | weight=0.132
=is =de | weight=0.131
=rechtgezet | weight=0.131
=andere =verhaal | weight=0.130
=komen =steeds | weight=0.130
=doet =het | weight=0.130
=aan =beginnen | weight=0.130
=wijzen =naar | weight=0.130
=zonder =internet | weight=0.129, noneg
=monteur | weight=0.129
=invoert | weight=0.128
=niet =goed | weight=0.128, noneg
=vierde =keer | weight=0.127
=gestuurd =maar | weight=0.127
=bestaat =onverminderd | weight=0.127
=onverminderd | weight=0.127
=aangemaakt | weight=0.127
=drie =chatmedewerker | weight=0.126
=maar =aan | weight=0.126
=vier | weight=0.126
=niemand =kon | weight=0.124, noneg
=stuk | weight=0.123
=natuurlijk | weight=0.123
=is =niks | weight=0.123, noneg
=de =tweede | weight=0.122
=al =drie | weight=0.122
=stroomt | weight=0.122
=stroomt =nog | weight=0.122
=water =stroomt | weight=0.122
=vijfde | weight=0.120
=een =concurrent | weight=0.119
=wijzen | weight=0.119
=voor =die | weight=0.119
=gewezen | weight=0.118
=mijn =meterstand | weight=0.117
=door =en | weight=0.117
=ze =verbond | weight=0.117
=de =verwarming | weight=0.117
=het =spuugzat | weight=0.117
=spuugzat | weight=0.117
=al =twee | weight=0.116
=maar =het | weight=0.116
=het =water | weight=0.116
=al =vijf | weight=0.116
=hetzelfde =antwoord | weight=0.116
=de =huurcommissie | weight=0.116
=huurcommissie | weight=0.116
=steeds =af | weight=0.116
=misgaat | weight=0.114
=gebeld | weight=0.114
=ik =stap | weight=0.114
=weer =het | weight=0.114
=je =een | weight=0.113
=gebrek =niet | weight=0.113, noneg
=heden =is | weight=0.113
=het =gebrek | weight=0.113
=voordat =iemand | weight=0.112
=dezelfde =storing | weight=0.112
=beloftes | weight=0.112
=beide | weight=0.112
=natuurlijk =niks | weight=0.112, noneg
=niks =uitmaakte | weight=0.112, noneg
=wat =natuurlijk | weight=0.112
=vijf =keer | weight=0.112
=naar =elkaar | weight=0.112
=klacht =is | weight=0.112
=lekkage | weight=0.111
=dagen =zoek | weight=0.111
=koffer =al | weight=0.111
=verhaal =uitleggen | weight=0.111
=account | weight=0.111
=moet =we | weight=0.110
=aanslag | weight=0.109
=uitleg | weight=0.109
=niet =in | weight=0.109, noneg
=ze =beloven | weight=0.109
=me =al | weight=0.109
=titel | weight=0.108
=de =gemeente | weight=0.108
=gemeente | weight=0.108
=en =daarna | weight=0.108
=gebrek | weight=0.108
=winkel =geweest | weight=0.108
=reparaties | weight=0.107
=het =werkt | weight=0.107
=terugbelverzoek =toegezegd | weight=0.107
=toegezegd =en | weight=0.107
=mislukt | weight=0.107
=keer =een | weight=0.106
=het =nu | weight=0.105
=ze =niet | weight=0.105, noneg
=over =naar | weight=0.105
=met =m'n | weight=0.105
=eraan | weight=0.104
=niet =terug | weight=0.104, noneg
=keer =weer | weight=0.103
=adreswijziging | weight=0.103
=blijft | weight=0.102
=verhaal =opnieuw | weight=0.102
=plaats =en | weight=0.102
=weken =plaats | weight=0.102
=afgehandeld | weight=0.102
=altijd =niet | weight=0.102, noneg
=een =standaardmail | weight=0.101
=koffer | weight=0.101
=drie =maand | weight=0.101
=mijn =zesde | weight=0.101
=punt | weight=0.101
=keer =is | weight=0.101
=bij =vier | weight=0.101
=en =er | weight=0.100
=ticket | weight=0.100
=twee =maand | weight=0.100
=speelt | weight=0.100
=standaardmail | weight=0.100
=tweede | weight=0.099
=mijn =oude | weight=0.099
=medewerker =terecht | weight=0.099
=niet =oplaadt | weight=0.099, noneg
=de =derde | weight=0.099
=de =code | weight=0.099
=lang =gehad | weight=0.099
=zou =in | weight=0.099
=bellen =en | weight=0.098
=steeds =weer | weight=0.098
=niet =gebeurd | weight=0.097, noneg
=zeg | weight=0.097
=account =is | weight=0.096
=terug =dat | weight=0.096
=het =ticket | weight=0.095
=verschillende =medewerker | weight=0.095
=gemeld | weight=0.094
=onder =de | weight=0.094
=weer =gebeld | weight=0.094
=keer =over | weight=0.094
=ketel | weight=0.093
=de =wasmachine | weight=0.093
=mijn =factuur | weight=0.093
=gebeld =en | weight=0.093
=gwn | weight=0.093
=een =terugbelverzoek | weight=0.092
=steeds =verkeerde | weight=0.092
=vierde | weight=0.092
=reactie =van | weight=0.092
=nu =mijn | weight=0.091
=weken =dat | weight=0.091
=terugbelverzoek | weight=0.091
=de =overschrijving | weight=0.091
=overschrijving | weight=0.091
=vaak | weight=0.091
=maar =er | weight=0.091
=keer =contact | weight=0.091
=nummer =is | weight=0.091
=tweede =keer | weight=0.090
=klopt | weight=0.090
=amateurs | weight=0.089
=kwam =bij | weight=0.089
=verbond | weight=0.088
=sluiten =mijn | weight=0.088
=het =is | weight=0.088
=adres =nog | weight=0.088
=gesloten | weight=0.088
=het =geld | weight=0.088
=ondanks =mijn | weight=0.088
=is =al | weight=0.087
=het =te | weight=0.087
=en =dat | weight=0.087
=oplossing | weight=0.087
=pensioenoverzicht | weight=0.087
=steeds =geen | weight=0.087, noneg
=niet =inloggen | weight=0.087, noneg
=de =zoveelste | weight=0.087
=zoveelste | weight=0.087
=zoveelste =keer | weight=0.087
=tig | weight=0.086
=lekkende | weight=0.086
=voorgekauwde | weight=0.086
=is =geblokkeerd | weight=0.086
=zeven | weight=0.086
=derde =klacht | weight=0.086
=review =van | weight=0.086
=heb =al | weight=0.086
=keer =kreeg | weight=0.085
=steeds | weight=0.085
=weer =zonder | weight=0.085, noneg
=mijn =account | weight=0.085
=weken =en | weight=0.085
=bestaat =nog | weight=0.085
=foutieve | weight=0.084
=duidelijk | weight=0.084
=bel =zeggen | weight=0.084
=de =weg | weight=0.084
=modem =gekocht | weight=0.084
=niet =veranderd | weight=0.084, noneg
=gebeurt | weight=0.084
=eindelijk | weight=0.084
=op =elke | weight=0.084
=heeft =al | weight=0.084
=werkt =niet | weight=0.084, noneg
=zijn =drie | weight=0.083
=altijd | weight=0.083
=defect | weight=0.083
=moet =bellen | weight=0.083
=gehad =niemand | weight=0.083, noneg
=kunnen =verhelpen | weight=0.083
=hoe =vaak | weight=0.083
=vaak =moet | weight=0.083
=geweest =en | weight=0.083
=van =mij | weight=0.082
=e | weight=0.082
=nieuwe =modem | weight=0.082
=modem | weight=0.081
=geen =toegang | weight=0.081, noneg
=trace =zegt | weight=0.081
=flat | weight=0.081
=niemand =is | weight=0.081, noneg
=steeds =in | weight=0.081
=heden | weight=0.080
=nog =gewoon | weight=0.080
=gekocht =zelfde | weight=0.080
=zelfde =probleem | weight=0.080
=ons =restaurant | weight=0.080
=ik =weer | weight=0.080
=weer =van | weight=0.080
=loze | weight=0.080
=loze =beloftes | weight=0.080
=werkt | weight=0.080
=de =energieleverancier | weight=0.079
=gekregen =dat | weight=0.079
=horen =gekregen | weight=0.079
=keer =te | weight=0.079
=adres =is | weight=0.079
=maand =nog | weight=0.079
=en =telkens | weight=0.079
=uitleggen =aan | weight=0.079
=valt =nog | weight=0.079
=mijn =klacht | weight=0.079
=de =lekkende | weight=0.079
=weer =op | weight=0.078
=gemeente =over | weight=0.078
=dan =naar | weight=0.078
=in =ons | weight=0.078
=dicht | weight=0.078
=probleem =nog | weight=0.078
=dat =leek | weight=0.077
=afloopt | weight=0.077
=kreeg =op | weight=0.077
=niemand =wil | weight=0.077, noneg
=juni =en | weight=0.077
=de =foutieve | weight=0.076
=mijn =aanslag | weight=0.076
=mail =kan | weight=0.075
=dat =irritant | weight=0.075
=gestaan =met | weight=0.075
=mail =als | weight=0.075
=eerst =naar | weight=0.075
=heb =nu | weight=0.075
=mail =ik | weight=0.075
=het =protocol | weight=0.075
=om =uitleg | weight=0.074
=kraan | weight=0.074
=zelfde | weight=0.074
=gesprek =is | weight=0.074
=functioneert | weight=0.074
=klagen =over | weight=0.074
=de =woningcorporatie | weight=0.074
=woningcorporatie | weight=0.074
=hebben =de | weight=0.074
=weer =niks | weight=0.074, noneg
=dak | weight=0.074
=ze =dat | weight=0.074
=over =hetzelfde | weight=0.074
=ik =jullie | weight=0.074
=niemand =bij | weight=0.073, noneg
=we =weer | weight=0.073
=keer | weight=0.073
=klopt =nog | weight=0.073
=mail =over | weight=0.073
=is =maar | weight=0.073
=support | weight=0.073
=keer =moest | weight=0.073
