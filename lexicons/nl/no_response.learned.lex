# no_response, nl: learned by scripts/learn.py from 4875 tuning texts (180 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Dit is mijn tweede mail. De eerste, van de 4e, is gewoon genegeerd. Op mijn aanslag staat nog steeds het verkeerde bedrag.
+ Na drie weken heb ik eindelijk een reactie gehad op mijn mail. Helaas was het een standaardbrief die niets met mijn vraag te maken had: 'Bedankt voor uw bericht, wij nemen uw feedback mee.' Mijn vraag was simpel: waarom is mijn rekening twee keer geïnd? Daar geen woord over. Ik heb opnieuw gemaild en weer dezelfde brief gekregen.
+ Hallo, Ik ben een kleine ondernemer en gebruik uw kassasysteem. Sinds de laatste update werkt de koppeling met mijn webshop niet meer. Het beheerpaneel geeft steeds een witte pagina. Uw supportafdeling zou er 'met prioriteit' naar kijken, maar na vier dagen heb ik nog geen enkele update. Ik loop hierdoor omzet mis. Ik verwacht op zijn minst een korting op het abonnement.
- ok dankje
- ok top dank je
=reageren | weight=0.444
=geen =antwoord | weight=0.422, noneg
=nooit =antwoord | weight=0.415, noneg
=geen =reactie | weight=0.368, noneg
=van =vorige | weight=0.355
=ticket | weight=0.350
=nooit =iets | weight=0.335, noneg
=geen =enkele | weight=0.319, noneg
=stilte | weight=0.316
=nul =reactie | weight=0.313
=dood | weight=0.300
=mijn =klacht | weight=0.295
=niks =terug | weight=0.293, noneg
=nul | weight=0.280
=geschreven | weight=0.277
=reageert | weight=0.270
=eindelijk =antwoord | weight=0.270
=ik =sturen | weight=0.259
=maand =helemaal | weight=0.256
=drie =herinnering | weight=0.255
=reageren =gewoon | weight=0.254
=mijn =mail | weight=0.254
=helemaal =niks | weight=0.251, noneg
=gemaild | weight=0.250
=gewoon =dood | weight=0.250
=mailtje | weight=0.249
=nooit =beantwoord | weight=0.248, noneg
=steeds =niks | weight=0.247, noneg
=dagen =geleden | weight=0.247
=gereageerd | weight=0.246
=maar =nooit | weight=0.245, noneg
=dm =gestuurd | weight=0.244
=dagen =op | weight=0.232
=mijn =brief | weight=0.230
=staat =al | weight=0.223
=worden =gewoon | weight=0.222
=ingevuld | weight=0.220
=contactformulier | weight=0.220
=niks =sinds | weight=0.217, noneg
=verzonden | weight=0.217
=onbeantwoord | weight=0.216
=gehoord | weight=0.215
=nooit =een | weight=0.214, noneg
=aanslag | weight=0.211
=bezwaarschrift | weight=0.211
=mijn =bezwaarschrift | weight=0.211
=sinds =mijn | weight=0.211
=mail =over | weight=0.209
=stil | weight=0.209
=bleef =het | weight=0.207
=aangemaakt | weight=0.206
=op =maandag | weight=0.202
=gereageerd =heeft | weight=0.200
=teruggekregen | weight=0.200
=maar =niks | weight=0.200, noneg
=later =heeft | weight=0.200
=automatische =bevestiging | weight=0.199
=brief | weight=0.198
=bericht | weight=0.195
=herinnering =gestuurd | weight=0.193
=mijn =e-mail | weight=0.193
=heden =geen | weight=0.190, noneg
=ontvangst =heb | weight=0.190
=van =ontvangst | weight=0.190
=niemand =op | weight=0.190, noneg
=tien =dagen | weight=0.190
=waarom =reageert | weight=0.189
=ingediend =via | weight=0.189
=maand =later | weight=0.188
=niet =beantwoord | weight=0.188, noneg
=mijn =aanslag | weight=0.187
=een =zwart | weight=0.187
=zwart =gaat | weight=0.187
=appje | weight=0.185
=niks =teruggestuurd | weight=0.185, noneg
=automatische =ontvangstbevestiging | weight=0.184
=ontvangstbevestiging | weight=0.184
=genegeerd | weight=0.183
=reageerde | weight=0.183
=ingediend | weight=0.182
=nooit | weight=0.182, noneg
=verder =niet | weight=0.180, noneg
=ticket =staat | weight=0.179
=heeft =nog | weight=0.177
=mijn =bericht | weight=0.177
=nooit =in | weight=0.177, noneg
=weken =kreeg | weight=0.176
=sinds =de | weight=0.176
=het =voordat | weight=0.176
=mail =die | weight=0.175
=opnieuw =geschreven | weight=0.174
=weken =stilte | weight=0.174
=ze =een | weight=0.174
=zonder =antwoord | weight=0.171, noneg
=drie =mail | weight=0.171
=wel =maar | weight=0.170
=dagen =geen | weight=0.170, noneg
=niet =terug | weight=0.169, noneg
=formulier =ingevuld | weight=0.169
=niemand =neemt | weight=0.167, noneg
=ingevuld =op | weight=0.166
=blauwe =vinkjes | weight=0.166
=vinkjes | weight=0.166
=ik =mail | weight=0.166
=ze =reageren | weight=0.166
=blijkbaar =door | weight=0.164
=door =niemand | weight=0.164, noneg
=niemand =gelezen | weight=0.164, noneg
=wordt =blijkbaar | weight=0.164
=blauwe | weight=0.163
=klacht =gemaild | weight=0.163
=mail | weight=0.162
=gemaild =geen | weight=0.161, noneg
=leven | weight=0.160
=heeft =er | weight=0.159
=ontvangen =en | weight=0.159
=kennelijk | weight=0.159
=in =maart | weight=0.158
=reageerde =pas | weight=0.158
=ze =reageerde | weight=0.158
=altijd =niks | weight=0.156, noneg
=blijkbaar =in | weight=0.156
=een =la | weight=0.156
=la | weight=0.156
=al =een | weight=0.153
=klacht =van | weight=0.152
=niet =gehoord | weight=0.152, noneg
=heb =nooit | weight=0.152, noneg
=september | weight=0.152
=medewerker =ging | weight=0.149
=gelezen =maar | weight=0.148
=gemaild =nooit | weight=0.148, noneg
=niks =gehoord | weight=0.148, noneg
=horen =al | weight=0.147
=negen =dagen | weight=0.147
=iemand =eigenlijk | weight=0.146
=jullie =die | weight=0.145
=de =prullenbak | weight=0.145
=kennelijk =in | weight=0.145
=prullenbak | weight=0.145
=even =navragen | weight=0.144
=navragen =en | weight=0.144
=verdwijnen | weight=0.143
=heb =drie | weight=0.142
=maar =niemand | weight=0.142, noneg
=geleden | weight=0.142
=een =reactie | weight=0.142
=dm | weight=0.142
=iemand =op | weight=0.141
=geen =ontvangstbevestiging | weight=0.141, noneg
=en =nooit | weight=0.141, noneg
=zien =jullie | weight=0.141
=bericht =dat | weight=0.139
=hoelang | weight=0.139
=dagen =voordat | weight=0.139
=mei | weight=0.138
=u =op | weight=0.138
=voor =ze | weight=0.137
=chat =kreeg | weight=0.137
=moet =wacht | weight=0.137
=niet =een | weight=0.136, noneg
=terug =gehoord | weight=0.136
=gewoon =niet | weight=0.135, noneg
=nooit =iemand | weight=0.135, noneg
=bestelling =is | weight=0.135
=een =nietszeggend | weight=0.135
=mailtje =terug | weight=0.134
=maar =geen | weight=0.133, noneg
=nietszeggend | weight=0.133
=gestuurd =naar | weight=0.132
=weken =werd | weight=0.132
=al =tien | weight=0.132
=pas =een | weight=0.131
=gemaild =over | weight=0.131
=is =daar | weight=0.131
=het =contact | weight=0.130
=wacht =voor | weight=0.130
=ik =stuurde | weight=0.128
=februari =heb | weight=0.128
=nu =twee | weight=0.128
=zonder =dat | weight=0.127, noneg
=herinnering | weight=0.125
=gelezen | weight=0.124
=mailden | weight=0.124
=ns | weight=0.124
=nooit =gereageerd | weight=0.124, noneg
=na =twee | weight=0.123
=werd =compleet | weight=0.122
=automatische | weight=0.122
=keer =en | weight=0.122
=ze =nemen | weight=0.121
=geantwoord | weight=0.121
=al =weken | weight=0.121
=juni | weight=0.120
=na =vier | weight=0.120
=deed =er | weight=0.120
=het =wel | weight=0.119
=vraag =van | weight=0.119
=ik =horen | weight=0.119
=een =bericht | weight=0.118
=jullie =reageren | weight=0.118
=ik =antwoord | weight=0.118
=ik =eindelijk | weight=0.117
=ik =wacht | weight=0.116
=e-mail | weight=0.116
=toestel =in | weight=0.116
=in =september | weight=0.116
=ingediend =en | weight=0.116
=en =daarna | weight=0.116
=te =beantwoord | weight=0.115
=achtergelaten =maar | weight=0.115
=bericht =achtergelaten | weight=0.115
=al =vier | weight=0.115
=ingevuld =maar | weight=0.114
=te =reageren | weight=0.114
=mail =van | weight=0.113
=niemand =reageert | weight=0.113, noneg
=van =maart | weight=0.113
=steeds =onbeantwoord | weight=0.113
=klacht =ingediend | weight=0.113
=en =worden | weight=0.112
=verder =niks | weight=0.112, noneg
=pas =in | weight=0.112
=simpele =vraag | weight=0.111
=blijkbaar | weight=0.111
=nemen =niet | weight=0.111, noneg
=vier =dagen | weight=0.111
=volledig | weight=0.111
=kreeg =steeds | weight=0.111
=heeft =nooit | weight=0.110, noneg
=na =drie | weight=0.110
=zwart | weight=0.110
=pas =na | weight=0.109
=compleet =genegeerd | weight=0.109
=ticket =aangemaakt | weight=0.109
=maandag | weight=0.109
=antwoord =op | weight=0.108
=verdwenen | weight=0.108
=ze =binnen | weight=0.108
=moet =je | weight=0.107
=hebben =al | weight=0.106
=leest | weight=0.106
=weken =open | weight=0.106
=kreeg =nooit | weight=0.105, noneg
=nooit =ontvangen | weight=0.105, noneg
=geen =bericht | weight=0.105, noneg
=open =zonder | weight=0.104, noneg
=vervangen =toestel | weight=0.103
=heeft =niemand | weight=0.103, noneg
=na =tien | weight=0.102
=het =kwalijk | weight=0.102
=duurde =negen | weight=0.101
=lijn =kreeg | weight=0.101
=gewoon =genegeerd | weight=0.101
=wacht =sinds | weight=0.101
=bevestiging =maar | weight=0.101
=het =vooruitzicht | weight=0.101
=vooruitzicht | weight=0.101
=ze =deed | weight=0.101
=nog =geen | weight=0.100, noneg
=lezen | weight=0.100
=achtergelaten | weight=0.099
=ingevuld =nooit | weight=0.099, noneg
=op =m'n | weight=0.099
=standaardantwoord | weight=0.099
=wacht =al | weight=0.098
=is =na | weight=0.098
=gestuurd =met | weight=0.098
=kwalijk | weight=0.098
=kwalijk =dat | weight=0.098
=niemand =er | weight=0.098, noneg
=geleden =ticket | weight=0.098
=navragen | weight=0.097
=een =op | weight=0.097
=compleet | weight=0.097
=worden =steeds | weight=0.097
=geschreven =maar | weight=0.097
=wettelijke =termijn | weight=0.096
=hij =heeft | weight=0.096
=bedrag =op | weight=0.096
=sinds | weight=0.095
=er =drie | weight=0.095
=bevestiging =nul | weight=0.095
=nul =keer | weight=0.095
=heb =niet | weight=0.095, noneg
=verliezen | weight=0.094
=zo =verliezen | weight=0.094
=sinds =maart | weight=0.094
=reactie =op | weight=0.094
=zwijgen | weight=0.094
=verstreken | weight=0.094
=niemand =deed | weight=0.094, noneg
=ik =stap | weight=0.094
=termijn =van | weight=0.094
=twaalf =dagen | weight=0.093
=klopt =nog | weight=0.093
=bericht =in | weight=0.092
=op =in | weight=0.091
=niet =op | weight=0.091, noneg
=doorverwezen =naar | weight=0.091
=uur =antwoord | weight=0.091
=er =heeft | weight=0.091
=alleen =een | weight=0.090
=op =open | weight=0.090
=jaarafrekening =en | weight=0.090
=niet =meer | weight=0.090, noneg
=een =dm | weight=0.090
=verstuurd =nog | weight=0.089
=jullie =laat | weight=0.089
=zien | weight=0.088
=er =niemand | weight=0.088, noneg
=privebericht =gestuurd | weight=0.088
=al =mijn | weight=0.088
=geen =telefoontje | weight=0.088, noneg
=maar =er | weight=0.088
=het =duurde | weight=0.087
=duurde | weight=0.087
=mijn =mailtje | weight=0.087
=vier =mail | weight=0.087
=mail =is | weight=0.086
=het =retourformulier | weight=0.086
=retourformulier | weight=0.086
=doorverwezen | weight=0.086
=e-mail =van | weight=0.086
=de =kou | weight=0.085
=kou | weight=0.085
=het =webformulier | weight=0.085
=vraag =en | weight=0.085
=twee =mail | weight=0.084
=al =onze | weight=0.084
=niet =na | weight=0.084, noneg
=mijn =ticket | weight=0.083
=lag =het | weight=0.083
=in =juni | weight=0.083
=houden =je | weight=0.083
=tweede =mail | weight=0.082
=verkeerde =bedrag | weight=0.082
=een =antwoord | weight=0.082
=een =simpele | weight=0.082
=wel =gelezen | weight=0.082
=e =is | weight=0.081
=kwam =nooit | weight=0.081, noneg
=weken =op | weight=0.081
=was =tien | weight=0.081
=termijn | weight=0.081
=de =vraag | weight=0.080
=jullie =klachtenafdeling | weight=0.080
=zelf =geen | weight=0.079, noneg
=afschrijving =en | weight=0.079
=ik =speciaal | weight=0.079
=mijn =tweede | weight=0.079
=de =uitslag | weight=0.078
=uitslag | weight=0.078
=weken =maar | weight=0.078
=mail =moest | weight=0.078
=de =huisartsenpraktijk | weight=0.078
=huisartsenpraktijk | weight=0.078
=ontvangen | weight=0.078
=diende =ik | weight=0.078
=de =bestelling | weight=0.077
=dat =bedrag | weight=0.077
=vier =weken | weight=0.077
=ik =nooit | weight=0.076, noneg
=webformulier | weight=0.076
=is =nooit | weight=0.076, noneg
=gewoon =nergens | weight=0.075, noneg
=een =automatische | weight=0.075
=april | weight=0.075
=speciaal | weight=0.075
=maar =weer | weight=0.075
=uur =heb | weight=0.074
=nergens =iets | weight=0.074, noneg
=belastingdienst | weight=0.074
=de =belastingdienst | weight=0.074
=daarna =heb | weight=0.074
=mark | weight=0.073
=volgens =haar | weight=0.073
=jullie =houden | weight=0.073
=aangemaakt =over | weight=0.073
=vorige =maand | weight=0.073
=staan =en | weight=0.073
=wacht =nu | weight=0.073
=ingediend =op | weight=0.073
=voor =die | weight=0.072
=er =kwam | weight=0.072
=beschadigd =pakket | weight=0.072
=jullie =contactformulier | weight=0.072
=ben =doof | weight=0.071
=e-mail =is | weight=0.071
=volgens =hen | weight=0.071
=pas | weight=0.071
=mail =gestuurd | weight=0.070
=zelf =weer | weight=0.070
=bevestiging | weight=0.070
=fatima | weight=0.070
=op =heden | weight=0.070
=tot =op | weight=0.070
=formulier =gaf | weight=0.070
=brief =van | weight=0.070
=nu =een | weight=0.070
