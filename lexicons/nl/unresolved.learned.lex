# unresolved, nl: learned by scripts/learn.py from 4875 tuning texts (419 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Nou ik ben dus al drie weken bezig met dat pakket. Eerst zou het dinsdag komen, toen donderdag, toen 'in de loop van volgende week'. Het is nog steeds niet hier. Elke keer als ik bel krijg ik een ander verhaal, de ene zegt dat het in het depot ligt, de ander zegt dat het al bezorgd is. Ik word er gek van. Ik wil gewoon iemand die het echt kan uitzoeken, geen medewerker die hetzelfde riedeltje afdraait.
+ Mijn huurwoning heeft al sinds september een lekkage in de badkamer. De woningcorporatie heeft drie keer een aannemer gestuurd en iedere keer werd het erger in plaats van beter. De laatste keer heeft de man alleen een emmer neergezet. Er is me nu al twee keer beloofd dat een vaste vakman het zou komen bekijken. Ik heb om een gesprek met de wijkmanager gevraagd, maar die 'doet geen individuele gesprekken'. Als dit zo doorgaat stap ik naar de huurcommissie.
+ Het is nog altijd niet goed.
- ok dankje
- ok top dank je
=niks =opgelost | weight=0.467, noneg
=telefoontjes | weight=0.439
=keer =gebeld | weight=0.431
=geen =oplossing | weight=0.404, noneg
=niet =verholpen | weight=0.386, noneg
=nog =steeds | weight=0.369
=geen =stap | weight=0.367, noneg
=keer =gemaild | weight=0.337
=al =drie | weight=0.335
=nooit =in | weight=0.334, noneg
=geregeld | weight=0.321
=ondanks | weight=0.306
=de =storing | weight=0.296
=niks =gebeurd | weight=0.290, noneg
=herstarten | weight=0.281
=maand =kan | weight=0.279
=drie =monteur | weight=0.274
=sleept | weight=0.273
=drie =mail | weight=0.261
=niks =ontvangen | weight=0.259, noneg
=er =verandert | weight=0.258
=zo =komen | weight=0.255
=verandert | weight=0.253
=weer =het | weight=0.250
=over =dezelfde | weight=0.245
=misgaan | weight=0.242
=misgaan =met | weight=0.242
=drie =herinnering | weight=0.242
=telkens =weer | weight=0.242
=en =niemand | weight=0.236, noneg
=mail =ben | weight=0.236
=tweede =keer | weight=0.234
=gemaild | weight=0.232
=we =nog | weight=0.230
=geld =is | weight=0.230
=ketel | weight=0.229
=niemand =kan | weight=0.228, noneg
=verhelpen | weight=0.228
=klopt =nog | weight=0.228
=bezoek | weight=0.226
=weken =zonder | weight=0.226, noneg
=is =nog | weight=0.224
=het =blijft | weight=0.224
=zonder =warm | weight=0.222, noneg
=ik =hierover | weight=0.219
=ben =van | weight=0.218
=vijfde | weight=0.214
=hierover | weight=0.214
=mijn =derde | weight=0.212
=hetzelfde =probleem | weight=0.211
=vier =mail | weight=0.211
=door =en | weight=0.208
=doet =het | weight=0.207
=over =die | weight=0.207
=is =al | weight=0.206
=hetzelfde | weight=0.205
=niet =afgehandeld | weight=0.205, noneg
=probleem =bestaat | weight=0.204
=de =router | weight=0.203
=melding | weight=0.201
=dus =nergens | weight=0.199, noneg
=je =dus | weight=0.199
=geen =meter | weight=0.198, noneg
=afgesloten =terwijl | weight=0.198
=keer =is | weight=0.197
=lek | weight=0.197
=kan =ze | weight=0.196
=nog =altijd | weight=0.194
=meerdere | weight=0.193
=weer =gebeld | weight=0.191
=mijn =aansluiting | weight=0.191
=winkel =niet | weight=0.191, noneg
=steeds =zonder | weight=0.191, noneg
=talloze | weight=0.190
=helemaal =niks | weight=0.190, noneg
=het =morgen | weight=0.188
=niet =in | weight=0.187, noneg
=bestaat | weight=0.187
=zesde | weight=0.187
=niet =overgemaakt | weight=0.186, noneg
=maar =excuses | weight=0.184
=nu =moet | weight=0.184
=we =komen | weight=0.183
=later =is | weight=0.183
=andere =verhaal | weight=0.183
=x | weight=0.181
=water | weight=0.179
=niet =gerepareerd | weight=0.178, noneg
=het =bij | weight=0.177
=bezoek =aan | weight=0.176
=nog =worden | weight=0.176
=ik =bel | weight=0.174
=nu =de | weight=0.174
=monteur =lang | weight=0.173
=bel =al | weight=0.173
=probleem | weight=0.173
=is =niet | weight=0.172, noneg
=gemeld =dat | weight=0.172
=vijf =keer | weight=0.170
=aansluiting | weight=0.170
=niet =veranderd | weight=0.169, noneg
=buitengesloten | weight=0.169
=buitengesloten =van | weight=0.169
=nog =geen | weight=0.169, noneg
=goed =maar | weight=0.167
=komt =goed | weight=0.167
=nooit =goed | weight=0.167, noneg
=monteur =gestuurd | weight=0.166
=adres =is | weight=0.166
=misgaat | weight=0.166
=maar =het | weight=0.166
=komen =je | weight=0.166
=het =zou | weight=0.165
=en =nooit | weight=0.165, noneg
=repareren | weight=0.164
=is =niks | weight=0.163, noneg
=het =ticket | weight=0.163
=als =vorige | weight=0.161
=die =factuur | weight=0.161
=niemand =kon | weight=0.160, noneg
=er =gebeurt | weight=0.159
=maar =er | weight=0.158
=sinds =februari | weight=0.158
=monteur =de | weight=0.158
=zonder =iets | weight=0.158, noneg
=reclamaties | weight=0.157
=sinds =januari | weight=0.156
=maand =over | weight=0.156
=vierde =keer | weight=0.154
=aan =beginnen | weight=0.154
=komt =telkens | weight=0.154
=gewoon =terug | weight=0.153
=tv | weight=0.153
=komt =nooit | weight=0.153, noneg
=komen =steeds | weight=0.153
=vertrokken | weight=0.153
=maar =geen | weight=0.152, noneg
=bellen =voordat | weight=0.151
=vijfde =keer | weight=0.151
=na =zes | weight=0.151
=past | weight=0.150
=morgen =geregeld | weight=0.150
=beloven | weight=0.149
=zonder =verwarming | weight=0.149, noneg
=dit =is | weight=0.149
=hetzelfde =antwoord | weight=0.148
=bij =vier | weight=0.148
=het =probleem | weight=0.148
=storing | weight=0.148
=keer =door | weight=0.147
=niet =omgeruild | weight=0.146, noneg
=na =de | weight=0.146
=code =werkt | weight=0.146
=kwam =nooit | weight=0.145, noneg
=klopt | weight=0.145
=probleem =sleept | weight=0.145
=sleept =maar | weight=0.145
=al =sinds | weight=0.144
=invoert | weight=0.144
=de =punt | weight=0.144
=punt =zijn | weight=0.144
=over =naar | weight=0.143
=twee =monteur | weight=0.142
=heb =drie | weight=0.142
=niet =opgelost | weight=0.142, noneg
=onderdeel =niet | weight=0.142, noneg
=al =vijf | weight=0.141
=terwijl =er | weight=0.141
=de =keer | weight=0.141
=bestaat =onverminderd | weight=0.141
=onverminderd | weight=0.141
=kunnen =nog | weight=0.141
=kreeg =weer | weight=0.141
=het =staat | weight=0.141
=steeds =weer | weight=0.140
=zou =in | weight=0.140
=gebeurt | weight=0.139
=traplift | weight=0.138
=het =komt | weight=0.138
=euro =is | weight=0.138
=we =kunnen | weight=0.138
=bellen =en | weight=0.137
=is =nergens | weight=0.137, noneg
=te =repareren | weight=0.137
=stuurt | weight=0.137
=schuld =en | weight=0.137
=na =drie | weight=0.137
=de =onderdeel | weight=0.136
=nu =mijn | weight=0.135
=vergunning | weight=0.135
=speelt | weight=0.135
=standaardmail | weight=0.134
=telefoontjes =later | weight=0.133
=mail =over | weight=0.133
=de =vijfde | weight=0.133
=sinds | weight=0.133
=sleept =al | weight=0.133
=verandert =helemaal | weight=0.133
=niet =goed | weight=0.132, noneg
=ernaar | weight=0.132
=eindafrekening | weight=0.130
=wijzen =naar | weight=0.129
=verder | weight=0.129
=heen-en-weer | weight=0.129
=zijn =nog | weight=0.129
=juni =en | weight=0.129
=trace =zegt | weight=0.129
=heb =nu | weight=0.129
=doet | weight=0.128
=ingestuurd =en | weight=0.128
=pakket =zou | weight=0.128
=geen =toegang | weight=0.127, noneg
=al =zes | weight=0.127
=herinnering =gestuurd | weight=0.127
=e =keer | weight=0.127
=en =telkens | weight=0.127
=lekt | weight=0.126
=stuk | weight=0.126
=keer =we | weight=0.126
=terwijl =het | weight=0.125
=we =kijken | weight=0.125
=derde =mail | weight=0.125
=geen =internet | weight=0.125, noneg
=medewerker =moet | weight=0.125
=natuurlijk | weight=0.125
=op =heden | weight=0.125
=tot =op | weight=0.125
=drie =chatmedewerker | weight=0.124
=gebeurt =gewoon | weight=0.124
=gewoon =niks | weight=0.124, noneg
=probleem =nog | weight=0.124
=verhaal =gedaan | weight=0.123
=die =fout | weight=0.123
=de =lift | weight=0.123
=contact =opnemen | weight=0.122
=account =is | weight=0.122
=afschrijving | weight=0.122
=gestuurd =maar | weight=0.121
=onderdeel | weight=0.121
=rechtgezet | weight=0.121
=ingedeukt | weight=0.120
=zesde =keer | weight=0.120
=zonder =enige | weight=0.120, noneg
=worden =ik | weight=0.119
=iemand =me | weight=0.119
=naar =elkaar | weight=0.119
=voordat =iemand | weight=0.118
=weer =doorverbonden | weight=0.118
=opnieuw =met | weight=0.118
=je =een | weight=0.118
=ik =zit | weight=0.118
=mijn =meterstand | weight=0.117
=geregeld =zou | weight=0.117
=gehad | weight=0.117
=verwarming | weight=0.117
=adreswijziging | weight=0.116
=keer =over | weight=0.116
=stroomt | weight=0.116
=stroomt =nog | weight=0.116
=water =stroomt | weight=0.116
=lang =gehad | weight=0.116
=ben =nog | weight=0.116
=verholpen =zou | weight=0.115
=wijzen | weight=0.115
=ook =na | weight=0.113
=niemand =loste | weight=0.113, noneg
=mislukt | weight=0.113
=heb =inmiddels | weight=0.113
=plaats =en | weight=0.113
=weken =plaats | weight=0.113
=terugbelverzoek =toegezegd | weight=0.113
=toegezegd =en | weight=0.113
=moet =we | weight=0.113
=herinnering | weight=0.112
=gehad =niemand | weight=0.112, noneg
=kunnen =verhelpen | weight=0.112
=hielp | weight=0.112
=technicus | weight=0.112
=de =huurcommissie | weight=0.112
=huurcommissie | weight=0.112
=het =lek | weight=0.112
=de =woningcorporatie | weight=0.111
=woningcorporatie | weight=0.111
=weer =zonder | weight=0.111, noneg
=steeds =in | weight=0.111
=de =corporatie | weight=0.111
=derde | weight=0.111
=bekend | weight=0.111
=niemand =is | weight=0.110, noneg
=onder =de | weight=0.110
=dicht | weight=0.110
=contact =over | weight=0.110
=nog =gewoon | weight=0.109
=weken =dat | weight=0.109
=het =water | weight=0.109
=een =concurrent | weight=0.109
=staat =nog | weight=0.109
=reparatie | weight=0.108
=corporatie | weight=0.108
=dezelfde =storing | weight=0.108
=al =de | weight=0.108
=mail =gestuurd | weight=0.108
=gewezen | weight=0.108
=steeds =af | weight=0.108
=lift | weight=0.108
=weer =van | weight=0.108
=het =spuugzat | weight=0.108
=spuugzat | weight=0.108
=gewerkt | weight=0.107
=het =per | weight=0.107
=flat | weight=0.107
=zit =we | weight=0.107
=gwn | weight=0.107
=dat =nu | weight=0.106
=uitleggen =aan | weight=0.106
=gebrek =niet | weight=0.106, noneg
=heden =is | weight=0.106
=het =gebrek | weight=0.106
=lekkende | weight=0.106
=beschadigd =pakket | weight=0.106
=ik =stap | weight=0.106
=internetpakket | weight=0.105
=de =code | weight=0.105
=opnieuw =uitleggen | weight=0.105
=de =zesde | weight=0.105
=natuurlijk =niks | weight=0.105, noneg
=niks =uitmaakt | weight=0.105, noneg
=wat =natuurlijk | weight=0.105
=wij =begrijp | weight=0.104
=op =keer | weight=0.104
=met =m'n | weight=0.104
=dagen =zoek | weight=0.104
=koffer =al | weight=0.104
=verhaal =uitleggen | weight=0.104
=webwinkel | weight=0.104
=ticket | weight=0.104
=gaf =de | weight=0.103
=niet =is | weight=0.103, noneg
=een =standaardmail | weight=0.103
=en =support | weight=0.103
=me =al | weight=0.103
=keer =voor | weight=0.103
=avond =weg | weight=0.102
=elke =avond | weight=0.102
=lag =het | weight=0.102
=het =werkt | weight=0.102
=geen =werkende | weight=0.102, noneg
=al =talloze | weight=0.102
=zonder =tv-signaal | weight=0.102, noneg
=gebrek | weight=0.101
=als =opgelost | weight=0.101
=gesloten =als | weight=0.101
=blijft =maar | weight=0.101
=we | weight=0.101
=aangemaakt =over | weight=0.101
=ticket =aangemaakt | weight=0.101
=en =elke | weight=0.100
=al =gemeld | weight=0.099
=factuur | weight=0.099
=nooit =iets | weight=0.099, noneg
=ze =beloven | weight=0.099
=loopt =nog | weight=0.099
=gesloten | weight=0.099
=geboortedatum | weight=0.099
=iemand =te | weight=0.098
=er =zijn | weight=0.098
=hierover =contact | weight=0.098
=dat =lek | weight=0.098
=we =weer | weight=0.098
=euvel | weight=0.098
=aanslag | weight=0.098
=verhaal =opnieuw | weight=0.097
=de =wasmachine | weight=0.097
=niet =oplaadt | weight=0.097, noneg
=plaats | weight=0.097
=horen =gekregen | weight=0.097
=de =verwarming | weight=0.096
=aangemaakt | weight=0.096
=medewerker =terecht | weight=0.096
=gekregen =dat | weight=0.096
=terecht =en | weight=0.096
=ingestuurd | weight=0.095
=de =overschrijving | weight=0.095
=overschrijving | weight=0.095
=heeft =al | weight=0.095
=keer =contact | weight=0.095
=altijd =niet | weight=0.094, noneg
=mail =nog | weight=0.094
=modem =gekocht | weight=0.094
=weer =terug | weight=0.094
=jullie =bank | weight=0.093
=tegengehouden =mijn | weight=0.093
=is =na | weight=0.093
=langskomen | weight=0.093
=nummer =is | weight=0.093
=gemeente =over | weight=0.093
=maand =heb | weight=0.093
=al =een | weight=0.092
=sluit =mijn | weight=0.092
=de =afschrijving | weight=0.092
