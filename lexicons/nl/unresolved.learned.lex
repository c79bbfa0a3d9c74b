# unresolved, nl: learned by scripts/learn.py from 3398 tuning texts (246 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Het is nog altijd niet goed.
+ De storingen komen steeds weer terug.
+ het blijft gwn misgaan met m'n factuur
- we willen ons geld terug
- Geen minuut gewacht, top!
=gemaild | weight=0.332
=telefoontjes | weight=0.303
=keer =gemaild | weight=0.301
=nog =steeds | weight=0.293
=herstarten | weight=0.286
=ondanks | weight=0.276
=maand =kan | weight=0.271
=dit =is | weight=0.262
=er =verandert | weight=0.260
=keer =gebeld | weight=0.258
=verandert | weight=0.249
=niet =verholpen | weight=0.246, noneg
=niks =gebeurd | weight=0.245, noneg
=is =nog | weight=0.242
=telkens =weer | weight=0.240
=storing | weight=0.240
=hetzelfde | weight=0.233
=nu =de | weight=0.229
=probleem | weight=0.228
=niemand =kan | weight=0.227, noneg
=zesde | weight=0.227
=drie =monteur | weight=0.222
=is =niet | weight=0.218, noneg
=geld =is | weight=0.218
=ik =bel | weight=0.216
=nog =geen | weight=0.216, noneg
=het =blijft | weight=0.213
=misgaan | weight=0.213
=misgaan =met | weight=0.213
=bestaat | weight=0.208
=hetzelfde =probleem | weight=0.208
=de =router | weight=0.204
=over =dezelfde | weight=0.201
=nu =moet | weight=0.201
=tv | weight=0.197
=over =die | weight=0.195
=verhelpen | weight=0.194
=drie =mail | weight=0.188
=water | weight=0.185
=kan =ze | weight=0.185
=nog =altijd | weight=0.184
=x | weight=0.181
=staat =er | weight=0.181
=niet =overgemaakt | weight=0.181, noneg
=melding | weight=0.180
=geen =van | weight=0.180, noneg
=buitengesloten | weight=0.180
=buitengesloten =van | weight=0.180
=sinds | weight=0.178
=al =drie | weight=0.177
=lekt | weight=0.176
=goed | weight=0.175
=de =storing | weight=0.174
=niks =ontvangen | weight=0.174, noneg
=het =probleem | weight=0.171
=maand =over | weight=0.171
=vorige =jaar | weight=0.169
=zit =ik | weight=0.165
=en =niemand | weight=0.164, noneg
=weer =terug | weight=0.162
=weken =zonder | weight=0.161, noneg
=later =is | weight=0.161
=sleept | weight=0.159
=ingestuurd | weight=0.157
=euro =is | weight=0.155
=liggen | weight=0.154
=niet =omgeruild | weight=0.152, noneg
=reclamaties | weight=0.152
=geen =oplossing | weight=0.152, noneg
=probleem =bestaat | weight=0.152
=afschrijving | weight=0.151
=keer =door | weight=0.150
=we =nog | weight=0.150
=is =nergens | weight=0.150, noneg
=jullie =systeem | weight=0.150
=traplift | weight=0.149
=talloze | weight=0.149
=maar =geen | weight=0.149, noneg
=verandert =helemaal | weight=0.148
=onderdelen | weight=0.148
=verwarming | weight=0.148
=hielp | weight=0.148
=probleem =sleept | weight=0.148
=sleept =maar | weight=0.148
=de =punt | weight=0.148
=punt =zijn | weight=0.148
=derde =keer | weight=0.148
=kunnen =nog | weight=0.148
=herinnering | weight=0.147
=herinnering =gestuurd | weight=0.147
=te =repareren | weight=0.146
=steeds =zonder | weight=0.146, noneg
=we =kunnen | weight=0.145
=aan =beginnen | weight=0.145
=beloven | weight=0.143
=geen =stap | weight=0.143, noneg
=is =de | weight=0.142
=factuur | weight=0.141
=de =tweede | weight=0.141
=vier | weight=0.141
=monteur =lang | weight=0.140
=repareren | weight=0.140
=vijf =keer | weight=0.140
=geblokkeerd | weight=0.140
=staat =nog | weight=0.140
=de =onderdelen | weight=0.140
=onderdelen =niet | weight=0.140, noneg
=komt =telkens | weight=0.137
=bestaat =onverminderd | weight=0.137
=onverminderd | weight=0.137
=doet =het | weight=0.136
=en =nooit | weight=0.136, noneg
=niet =goed | weight=0.136, noneg
=is =er | weight=0.136
=invoert | weight=0.135
=gemeld =dat | weight=0.135
=komen =steeds | weight=0.134
=heb =drie | weight=0.134
=zeggen =altijd | weight=0.133
=ben =nog | weight=0.133
=niks =opgelost | weight=0.132, noneg
=komt =nooit | weight=0.131, noneg
=na =drie | weight=0.131
=zijn =nog | weight=0.129
=andere =verhaal | weight=0.129
=vierde =keer | weight=0.129
=ik =stap | weight=0.127
=hetzelfde =antwoord | weight=0.127
=heb =niks | weight=0.127, noneg
=die =fout | weight=0.126
=drie =chatmedewerker | weight=0.126
=ticket =aangemaakt | weight=0.126
=doet | weight=0.125
=telkens | weight=0.125
=rechtgezet | weight=0.125
=de =verwarming | weight=0.125
=niemand =kon | weight=0.124, noneg
=opnieuw =vertellen | weight=0.124
=nooit =iets | weight=0.124, noneg
=gebeld | weight=0.124
=mail =gestuurd | weight=0.124
=gestuurd =maar | weight=0.123
=wijzen =naar | weight=0.123
=op =heden | weight=0.123
=tot =op | weight=0.123
=gewezen | weight=0.122
=contact | weight=0.120
=het =bij | weight=0.120
=natuurlijk | weight=0.120
=aangemaakt | weight=0.119
=mijn =meterstand | weight=0.119
=stuk | weight=0.118
=het =werkt | weight=0.118
=weer =het | weight=0.118
=door =en | weight=0.117
=voordat =iemand | weight=0.117
=wijzen | weight=0.117
=over =naar | weight=0.116
=het =spuugzat | weight=0.116
=spuugzat | weight=0.116
=ze =verbond | weight=0.116
=gebrek =niet | weight=0.116, noneg
=heden =is | weight=0.116
=het =gebrek | weight=0.116
=ze =niet | weight=0.115, noneg
=vijfde | weight=0.115
=stroomt | weight=0.115
=stroomt =nog | weight=0.115
=water =stroomt | weight=0.115
=keer =is | weight=0.114
=dagen =zoek | weight=0.114
=koffer =al | weight=0.114
=verhaal =uitleggen | weight=0.114
=weg | weight=0.114
=de =huurcommissie | weight=0.113
=huurcommissie | weight=0.113
=en =daarna | weight=0.113
=niet =terug | weight=0.113, noneg
=winkel =geweest | weight=0.113
=voor =die | weight=0.113
=al =vijf | weight=0.112
=misgaat | weight=0.112
=natuurlijk =niks | weight=0.112, noneg
=niks =uitmaakte | weight=0.112, noneg
=wat =natuurlijk | weight=0.112
=punt | weight=0.112
=een =concurrent | weight=0.111
=me =al | weight=0.111
=je =een | weight=0.111
=maar =aan | weight=0.111
=monteur | weight=0.110
=steeds =af | weight=0.110
=het =water | weight=0.110
=keer =weer | weight=0.110
=moet =we | weight=0.109
=zonder | weight=0.109, noneg
=geen =internet | weight=0.108, noneg
=gebrek | weight=0.108
=steeds =weer | weight=0.108
=beide | weight=0.108
=reparaties | weight=0.107
=is =niks | weight=0.107, noneg
=terugbelverzoek =toegezegd | weight=0.107
=toegezegd =en | weight=0.107
=dezelfde =storing | weight=0.107
=altijd | weight=0.106
=titel | weight=0.106
=vaak | weight=0.105
=ze =beloven | weight=0.105
=naar =elkaar | weight=0.104
=het =nu | weight=0.104
=uitleg | weight=0.104
=vier =mail | weight=0.103
=klacht =is | weight=0.103
=gebeld =en | weight=0.103
=zonder =internet | weight=0.103, noneg
=aanslag | weight=0.103
=zeg | weight=0.102
=maar =het | weight=0.102
=met =m'n | weight=0.102
=adreswijziging | weight=0.102
=gwn | weight=0.102
=koffer | weight=0.102
=het =is | weight=0.101
=het =te | weight=0.101
=de =gemeente | weight=0.101
=gemeente | weight=0.101
=mijn =klacht | weight=0.100
=lekkage | weight=0.100
=keer =een | weight=0.099
=weer =gebeld | weight=0.099
=bel =zeggen | weight=0.099
=de =code | weight=0.099
=bij =vier | weight=0.098
=mislukte | weight=0.098
=bellen =en | weight=0.098
=mijn =oude | weight=0.098
=verschillende =medewerker | weight=0.098
=steeds =verkeerde | weight=0.098
=niet =oplaadt | weight=0.098, noneg
=twee =maand | weight=0.097
=medewerker =terecht | weight=0.097
=maar =er | weight=0.097
=steeds =geen | weight=0.097, noneg
=weken =dat | weight=0.096
=mijn =zesde | weight=0.096
=beloftes | weight=0.096
=drie =maand | weight=0.096
=zou =in | weight=0.096
=een =terugbelverzoek | weight=0.096
=af | weight=0.096
=afgehandeld | weight=0.096
=de =derde | weight=0.095
=sluiten =mijn | weight=0.095
=een =standaardmail | weight=0.095
=terugbelverzoek | weight=0.095
=plaats =en | weight=0.095
=weken =plaats | weight=0.095
=keer =over | weight=0.095
=gebeurt | weight=0.095
=account =is | weight=0.094
=nu =mijn | weight=0.094
=account | weight=0.094
=mijn =factuur | weight=0.094
=mijn =account | weight=0.094
=de =wasmachine | weight=0.094
=het =ticket | weight=0.093
=eraan | weight=0.093
=standaardmail | weight=0.093
=de =zoveelste | weight=0.093
=zoveelste | weight=0.093
=zoveelste =keer | weight=0.093
=amateurs | weight=0.093
=niet =in | weight=0.093, noneg
=speelt | weight=0.093
=het =geld | weight=0.093
=lang =gehad | weight=0.092
=ketel | weight=0.092
=niet =veranderd | weight=0.091, noneg
=e | weight=0.091
=vierde | weight=0.091
=niet =gebeurd | weight=0.091, noneg
=zelfde | weight=0.091
=blijft | weight=0.091
=gehad =niemand | weight=0.091, noneg
=kunnen =verhelpen | weight=0.091
=modem =gekocht | weight=0.090
=tweede =keer | weight=0.090
=altijd =niet | weight=0.090, noneg
=de =overschrijving | weight=0.090
=overschrijving | weight=0.090
=al =twee | weight=0.090
=heeft =al | weight=0.090
=nummer =is | weight=0.089
=probleem =nog | weight=0.089
=tweede | weight=0.089
=derde =klacht | weight=0.089
=klopt =nog | weight=0.089
=heb =al | weight=0.089
=gekocht =zelfde | weight=0.088
=zelfde =probleem | weight=0.088
=onder =de | weight=0.088
=adres =is | weight=0.088
=na =vier | weight=0.088
=nieuwe =modem | weight=0.088
=steeds =in | weight=0.088
=foutieve | weight=0.088
=moet =bellen | weight=0.088
=kwam =bij | weight=0.087
=weer =zonder | weight=0.087, noneg
=terug =dat | weight=0.087
=verbond | weight=0.087
=niet =inloggen | weight=0.087, noneg
=ondanks =mijn | weight=0.087
=werkt =niet | weight=0.087, noneg
=review =van | weight=0.087
=keer =contact | weight=0.086
=uitleggen =aan | weight=0.086
=oplossing | weight=0.086
=gesloten | weight=0.086
=gemeld | weight=0.085
=lekkende | weight=0.085
=in =ons | weight=0.085
=hoe =vaak | weight=0.084
=vaak =moet | weight=0.084
=op =elke | weight=0.084
=adres =nog | weight=0.084
=blijft =maar | weight=0.084
=pensioenoverzicht | weight=0.084
=webwinkel | weight=0.084
=tig | weight=0.083
=defect | weight=0.083
=van =mij | weight=0.082
=geen =toegang | weight=0.082, noneg
=is =al | weight=0.082
=weer =op | weight=0.081
=hebben =de | weight=0.081
=en =er | weight=0.081
=weer =van | weight=0.081
=weken =en | weight=0.081
=hij =is | weight=0.080
=trace =zegt | weight=0.080
=pakket =zou | weight=0.079
=wasmachine | weight=0.079
=bestaat =nog | weight=0.079
=nog =gewoon | weight=0.079
=juni =en | weight=0.079
=mijn =aanslag | weight=0.079
=helemaal | weight=0.079
=flat | weight=0.079
=kreeg =op | weight=0.079
=en =telkens | weight=0.078
=derde | weight=0.078
=niemand =is | weight=0.078, noneg
=zoek | weight=0.078
=gesprek =is | weight=0.077
=dat =leek | weight=0.077
=dicht | weight=0.077
=dan =naar | weight=0.077
=mail =als | weight=0.077
=de =foutieve | weight=0.076
=is =geblokkeerd | weight=0.076
=we =weer | weight=0.076
=ik =kwam | weight=0.076
=zeven | weight=0.076
=niemand =bij | weight=0.076, noneg
=stap =over | weight=0.076
=loze | weight=0.076
=loze =beloftes | weight=0.076
=support | weight=0.075
=af =aan | weight=0.075
=voor =af | weight=0.075
=mail =ik | weight=0.075
=gemeente =over | weight=0.075
=het =omgekeerde | weight=0.075
=jullie =bank | weight=0.075
=omgekeerde | weight=0.075
=tegengehouden =mijn | weight=0.075
=over =hetzelfde | weight=0.075
=en =ik | weight=0.075
=gebeurt =er | weight=0.075
=om =uitleg | weight=0.075
=niemand =wil | weight=0.075, noneg
=het =morgen | weight=0.075
=het =protocol | weight=0.074
=bij =elke | weight=0.074
=duidelijk | weight=0.074
=heden | weight=0.074
=ik =zit | weight=0.074
=een =link | weight=0.074
=link =naar | weight=0.074
=beloven =me | weight=0.074
=ze =terugbellen | weight=0.074
=probleem =is | weight=0.074
=voor =woord | weight=0.074
=woord =voor | weight=0.074
=eindelijk | weight=0.074
=de =woningcorporatie | weight=0.074
=woningcorporatie | weight=0.074
=er =zijn | weight=0.073
