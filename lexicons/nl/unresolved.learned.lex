# unresolved, nl: learned by scripts/learn.py from 3684 tuning texts (264 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Het is nog altijd niet goed.
+ De storingen komen steeds weer terug.
+ het blijft gwn misgaan met m'n factuur
- we willen ons geld terug
- Geen minuut gewacht, top!
=gemaild | weight=0.346
=telefoontjes | weight=0.312
=keer =gemaild | weight=0.309
=nog =steeds | weight=0.293
=ondanks | weight=0.285
=herstarten | weight=0.284
=keer =gebeld | weight=0.274
=niks =gebeurd | weight=0.264, noneg
=er =verandert | weight=0.260
=maand =kan | weight=0.258
=verandert | weight=0.249
=storing | weight=0.249
=is =nog | weight=0.244
=telkens =weer | weight=0.241
=probleem | weight=0.238
=nu =de | weight=0.236
=niet =verholpen | weight=0.233, noneg
=geld =is | weight=0.232
=sinds | weight=0.230
=drie =monteur | weight=0.227
=niemand =kan | weight=0.226, noneg
=hetzelfde | weight=0.226
=nog =geen | weight=0.221, noneg
=is =niet | weight=0.220, noneg
=bestaat | weight=0.216
=het =blijft | weight=0.214
=misgaan | weight=0.214
=misgaan =met | weight=0.214
=drie =mail | weight=0.213
=de =router | weight=0.211
=hetzelfde =probleem | weight=0.209
=over =dezelfde | weight=0.208
=tv | weight=0.203
=ik =bel | weight=0.202
=niks =ontvangen | weight=0.199, noneg
=nog =altijd | weight=0.199
=zesde | weight=0.198
=melding | weight=0.194
=nu =moet | weight=0.194
=over =die | weight=0.189
=verhelpen | weight=0.188
=dit =is | weight=0.185
=niet =overgemaakt | weight=0.185, noneg
=water | weight=0.179
=geen =van | weight=0.176, noneg
=kan =ze | weight=0.175
=maand =over | weight=0.174
=altijd | weight=0.173
=weken =zonder | weight=0.173, noneg
=en =niemand | weight=0.172, noneg
=x | weight=0.171
=buitengesloten | weight=0.170
=buitengesloten =van | weight=0.170
=het =probleem | weight=0.168
=is =de | weight=0.166
=al =drie | weight=0.165
=afschrijving | weight=0.164
=lekt | weight=0.161
=later =is | weight=0.160
=de =storing | weight=0.160
=sleept | weight=0.160
=is =nergens | weight=0.159, noneg
=de =tweede | weight=0.159
=geen =oplossing | weight=0.159, noneg
=mail =gestuurd | weight=0.157
=euro =is | weight=0.156
=sinds =januari | weight=0.155
=goed | weight=0.155
=ingestuurd | weight=0.154
=reclamaties | weight=0.154
=als =vorige | weight=0.154
=traplift | weight=0.154
=factuur | weight=0.154
=zit =ik | weight=0.152
=die =factuur | weight=0.152
=keer =door | weight=0.152
=we =nog | weight=0.151
=de =punt | weight=0.151
=punt =zijn | weight=0.151
=weer =terug | weight=0.151
=jullie =systeem | weight=0.150
=maar =geen | weight=0.150, noneg
=verwarming | weight=0.150
=te =repareren | weight=0.148
=liggen | weight=0.148
=kunnen =nog | weight=0.147
=probleem =sleept | weight=0.147
=sleept =maar | weight=0.147
=niet =omgeruild | weight=0.145, noneg
=niks =opgelost | weight=0.145, noneg
=aan =beginnen | weight=0.144
=andere =verhaal | weight=0.144
=vijf =keer | weight=0.143
=we =kunnen | weight=0.143
=vier | weight=0.143
=niet =goed | weight=0.143, noneg
=hielp | weight=0.142
=verandert =helemaal | weight=0.142
=komt =nooit | weight=0.141, noneg
=onderdelen | weight=0.141
=komen =steeds | weight=0.140
=herinnering | weight=0.140
=herinnering =gestuurd | weight=0.140
=het =bij | weight=0.140
=de =onderdelen | weight=0.139
=onderdelen =niet | weight=0.139, noneg
=repareren | weight=0.139
=monteur =lang | weight=0.139
=is =er | weight=0.138
=gemeld =dat | weight=0.138
=geen =stap | weight=0.138, noneg
=probleem =bestaat | weight=0.137
=talloze | weight=0.136
=zijn =nog | weight=0.136
=zeggen =altijd | weight=0.136
=heb =niks | weight=0.136, noneg
=staat =nog | weight=0.135
=telkens | weight=0.135
=bestaat =onverminderd | weight=0.135
=onverminderd | weight=0.135
=beloven | weight=0.133
=geblokkeerd | weight=0.133
=steeds =zonder | weight=0.132, noneg
=invoert | weight=0.132
=stuk | weight=0.131
=al =twee | weight=0.131
=doet =het | weight=0.131
=komt =telkens | weight=0.130
=beschadigd =pakket | weight=0.130
=contact | weight=0.129
=en =nooit | weight=0.129, noneg
=tweede =keer | weight=0.128
=gestuurd =maar | weight=0.128
=drie =chatmedewerker | weight=0.127
=ben =nog | weight=0.127
=op =heden | weight=0.126
=tot =op | weight=0.126
=doet | weight=0.126
=is =niks | weight=0.126, noneg
=zonder | weight=0.125, noneg
=die =fout | weight=0.124
=de =verwarming | weight=0.124
=heb =drie | weight=0.124
=rechtgezet | weight=0.123
=de =huurcommissie | weight=0.123
=huurcommissie | weight=0.123
=wijzen =naar | weight=0.123
=niemand =kon | weight=0.122, noneg
=vierde =keer | weight=0.122
=meerdere | weight=0.121
=natuurlijk | weight=0.120
=af | weight=0.119
=hetzelfde =antwoord | weight=0.119
=weer =gebeld | weight=0.118
=misgaat | weight=0.118
=maar =er | weight=0.118
=standaardmail | weight=0.118
=na =drie | weight=0.117
=weer =het | weight=0.117
=het =spuugzat | weight=0.117
=spuugzat | weight=0.117
=mijn =meterstand | weight=0.117
=drie =maand | weight=0.117
=maar =aan | weight=0.116
=vijfde | weight=0.116
=ik =stap | weight=0.116
=over =naar | weight=0.116
=ze =niet | weight=0.115, noneg
=door =en | weight=0.115
=maar =het | weight=0.115
=dagen =zoek | weight=0.114
=koffer =al | weight=0.114
=verhaal =uitleggen | weight=0.114
=ze =verbond | weight=0.113
=voor =die | weight=0.113
=zeg | weight=0.113
=voordat =iemand | weight=0.113
=gebrek =niet | weight=0.113, noneg
=heden =is | weight=0.113
=het =gebrek | weight=0.113
=wijzen | weight=0.112
=stroomt | weight=0.112
=stroomt =nog | weight=0.112
=water =stroomt | weight=0.112
=keer =weer | weight=0.112
=gebeld =en | weight=0.112
=monteur | weight=0.112
=winkel =geweest | weight=0.112
=al =vijf | weight=0.111
=al =zes | weight=0.110
=beloftes | weight=0.110
=weg | weight=0.110
=titel | weight=0.110
=steeds =af | weight=0.109
=afgehandeld | weight=0.109
=je =een | weight=0.108
=natuurlijk =niks | weight=0.108, noneg
=niks =uitmaakte | weight=0.108, noneg
=wat =natuurlijk | weight=0.108
=keer =is | weight=0.108
=nooit =iets | weight=0.108, noneg
=het =nu | weight=0.108
=terugbelverzoek =toegezegd | weight=0.107
=toegezegd =en | weight=0.107
=gebrek | weight=0.107
=een =standaardmail | weight=0.106
=opnieuw =vertellen | weight=0.106
=ze =beloven | weight=0.106
=reparaties | weight=0.106
=het =water | weight=0.105
=tweede | weight=0.105
=het =geld | weight=0.105
=speelt | weight=0.105
=vier =mail | weight=0.105
=moet =we | weight=0.104
=lekkage | weight=0.104
=weer =van | weight=0.103
=naar =elkaar | weight=0.103
=nu =mijn | weight=0.103
=een =concurrent | weight=0.103
=gesprek | weight=0.103
=niet =veranderd | weight=0.103, noneg
=keer =over | weight=0.103
=geen =internet | weight=0.102, noneg
=blijft | weight=0.102
=mijn =zesde | weight=0.102
=en =daarna | weight=0.102
=de =corporatie | weight=0.102
=derde =klacht | weight=0.102
=twee =maand | weight=0.101
=gwn | weight=0.101
=plaats =en | weight=0.101
=weken =plaats | weight=0.101
=de =code | weight=0.101
=aanslag | weight=0.100
=staat =er | weight=0.100
=en =ik | weight=0.100
=beide | weight=0.100
=vierde | weight=0.099
=met =m'n | weight=0.099
=zou =in | weight=0.099
=account | weight=0.098
=e | weight=0.098
=een =terugbelverzoek | weight=0.098
=me =al | weight=0.098
=contact =over | weight=0.097
=aangemaakt =over | weight=0.097
=ticket =aangemaakt | weight=0.097
=account =is | weight=0.097
=terugbelverzoek | weight=0.097
=gebeld | weight=0.097
=niet =gebeurd | weight=0.096, noneg
=steeds =verkeerde | weight=0.096
=dezelfde =storing | weight=0.096
=geen =toegang | weight=0.095, noneg
=koffer | weight=0.095
=de =zoveelste | weight=0.095
=zoveelste | weight=0.095
=zoveelste =keer | weight=0.095
=corporatie | weight=0.095
=hierbij | weight=0.095
=vergunning | weight=0.095
=zonder =internet | weight=0.095, noneg
=gewezen | weight=0.095
=klopt =nog | weight=0.094
=de =woningcorporatie | weight=0.094
=woningcorporatie | weight=0.094
=de =voordeur | weight=0.094
=voordeur | weight=0.094
=de =wasmachine | weight=0.094
=de =overschrijving | weight=0.094
=overschrijving | weight=0.094
=nog =gewoon | weight=0.094
=niet =oplaadt | weight=0.094, noneg
=is =al | weight=0.093
=mijn =account | weight=0.093
=klacht =is | weight=0.093
=modem =gekocht | weight=0.093
=lang =gehad | weight=0.093
=medewerker =terecht | weight=0.093
=steeds =weer | weight=0.093
=aangemaakt | weight=0.093
=drie | weight=0.092
=ketel | weight=0.092
=adreswijziging | weight=0.092
=moet =bellen | weight=0.092
=hoe =vaak | weight=0.092
=vaak =moet | weight=0.092
=eerder | weight=0.092
=nieuwe =modem | weight=0.092
=heeft =al | weight=0.091
=wachten =sinds | weight=0.091
=het =werkt | weight=0.091
=amateurs | weight=0.091
=bellen =en | weight=0.091
=punt | weight=0.091
=niet =terug | weight=0.091, noneg
=uitleg | weight=0.090
=het =te | weight=0.090
=niet =in | weight=0.090, noneg
=nummer =is | weight=0.090
=lekkende | weight=0.090
=we =weer | weight=0.089
=internetpakket | weight=0.089
=keer =contact | weight=0.089
=bel =zeggen | weight=0.089
=de =zesde | weight=0.088
=gekocht =zelfde | weight=0.088
=zelfde =probleem | weight=0.088
=sluit =mijn | weight=0.088
=steeds =geen | weight=0.088, noneg
=werkt =niet | weight=0.088, noneg
=internet | weight=0.087
=weken =dat | weight=0.087
=steeds =in | weight=0.087
=kwam =bij | weight=0.087
=tig | weight=0.087
=gebeurt | weight=0.087
=de =telefoniste | weight=0.087
=telefoniste | weight=0.087
=ik =weer | weight=0.086
=vertelt =dat | weight=0.086
=webwinkel | weight=0.086
=ondanks =mijn | weight=0.086
=eraan | weight=0.086
=blijft =maar | weight=0.086
=verschillende =medewerker | weight=0.086
=bestaat =nog | weight=0.086
=bij =vier | weight=0.086
=verbond | weight=0.086
=weer =zonder | weight=0.086, noneg
=voor =niks | weight=0.086, noneg
=het =ticket | weight=0.086
=altijd =niet | weight=0.086, noneg
=gewerkt | weight=0.086
=klant =wachten | weight=0.086
=kreeg =op | weight=0.086
=gehad =niemand | weight=0.085, noneg
=kunnen =verhelpen | weight=0.085
=weken =en | weight=0.085
=na =vier | weight=0.084
=niet =inloggen | weight=0.084, noneg
=mail =als | weight=0.084
=beeindigd | weight=0.084
=horen =en | weight=0.084
=jullie =bank | weight=0.084
=tegengehouden =mijn | weight=0.084
=zelfde | weight=0.083
=ons =restaurant | weight=0.083
=ticket | weight=0.083
=is =geblokkeerd | weight=0.083
=mijn =aanslag | weight=0.083
=onder =de | weight=0.083
=vaak | weight=0.083
=in =ons | weight=0.083
=review =van | weight=0.083
=mijn =factuur | weight=0.082
=zijn =drie | weight=0.082
=maar =de | weight=0.082
=op =elke | weight=0.082
=minuten =zei | weight=0.082
=mislukt | weight=0.081
=mijn =oude | weight=0.081
=weer =op | weight=0.081
=adres =is | weight=0.080
=flat | weight=0.080
=van =mij | weight=0.080
=probleem =nog | weight=0.080
=geboortedatum | weight=0.079
=en =er | weight=0.079
=dicht | weight=0.079
=probleem =is | weight=0.079
=trace =zegt | weight=0.079
=ik =kwam | weight=0.079
=niemand =is | weight=0.079, noneg
=en =telkens | weight=0.078
=zei =ik | weight=0.078
=reactie =van | weight=0.078
=geregeld | weight=0.078
=functioneert | weight=0.078
=pakket =zou | weight=0.078
=juni =en | weight=0.078
=dat =leek | weight=0.077
=alles =opnieuw | weight=0.077
=er =belt | weight=0.077
=gemeld | weight=0.077
=foutieve | weight=0.077
=de =vierde | weight=0.077
=zeven | weight=0.077
=support | weight=0.077
=belt | weight=0.077
=de =derde | weight=0.077
=zegt =het | weight=0.076
=gekregen =dat | weight=0.076
=horen =gekregen | weight=0.076
=keer =te | weight=0.076
=adres =nog | weight=0.076
=het =morgen | weight=0.075
=heb =nu | weight=0.075
=heden | weight=0.075
