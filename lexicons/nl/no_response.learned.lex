# no_response, nl: learned by scripts/learn.py from 4470 tuning texts (156 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Na drie weken heb ik eindelijk een reactie gehad op mijn mail. Helaas was het een standaardbrief die niets met mijn vraag te maken had: 'Bedankt voor uw bericht, wij nemen uw feedback mee.' Mijn vraag was simpel: waarom is mijn rekening twee keer geïnd? Daar geen woord over. Ik heb opnieuw gemaild en weer dezelfde brief gekregen.
+ Ik heb op 14 juni een klacht ingediend via het formulier. Op 20 juni kreeg ik een automatisch antwoord met een lijst veelgestelde vragen, die helemaal niet over mijn probleem gingen. Ik heb geantwoord dat ik een echte reactie wilde. Toen kwam er een mail 'Wij hebben uw vraag doorgestuurd naar de juiste afdeling'. Die afdeling heeft nooit iets van zich laten horen. Nu ben ik er klaar mee, ik zeg mijn abonnement op.
+ ze zwijgen al mijn mails gewoon dood
- ok dankje
- we willen ons geld terug
=geen =antwoord | weight=0.440, noneg
=reageren | weight=0.409
=nooit =antwoord | weight=0.371, noneg
=van =vorige | weight=0.364
=ticket | weight=0.354
=mijn =klacht | weight=0.308
=dood | weight=0.296
=contactformulier | weight=0.290
=geen =reactie | weight=0.286, noneg
=geen =enkele | weight=0.283, noneg
=niks =terug | weight=0.280, noneg
=stilte | weight=0.278
=geschreven | weight=0.271
=nooit =iets | weight=0.271, noneg
=bericht | weight=0.267
=reageren =gewoon | weight=0.263
=ik =horen | weight=0.249
=eindelijk =antwoord | weight=0.246
=mail | weight=0.244
=gewoon =dood | weight=0.243
=herinnering | weight=0.240
=reageert | weight=0.238
=ik =sturen | weight=0.232
=nul =reactie | weight=0.231
=nooit | weight=0.226, noneg
=drie =herinnering | weight=0.224
=mailtje | weight=0.224
=maar =nooit | weight=0.224, noneg
=gemaild | weight=0.223
=helemaal =niks | weight=0.222, noneg
=dm =gestuurd | weight=0.220
=staat =al | weight=0.220
=worden =gewoon | weight=0.218
=niet =een | weight=0.214, noneg
=mei | weight=0.212
=dagen =geleden | weight=0.211
=gereageerd | weight=0.211
=dagen =op | weight=0.209
=verzonden | weight=0.208
=ingevuld | weight=0.208
=mijn =brief | weight=0.208
=genegeerd | weight=0.207
=maand =helemaal | weight=0.205
=sinds =mijn | weight=0.204
=steeds =niks | weight=0.202, noneg
=ze =een | weight=0.201
=onbeantwoord | weight=0.200
=op =maandag | weight=0.200
=aanslag | weight=0.195
=nooit =beantwoord | weight=0.195, noneg
=gehoord | weight=0.195
=geleden | weight=0.194
=herinnering =gestuurd | weight=0.194
=brief | weight=0.193
=mijn =e-mail | weight=0.193
=teruggekregen | weight=0.191
=waarom =reageert | weight=0.187
=aangemaakt | weight=0.187
=nul | weight=0.187
=niks =sinds | weight=0.187, noneg
=niemand =op | weight=0.185, noneg
=maar =niks | weight=0.185, noneg
=maandag | weight=0.183
=bezwaarschrift | weight=0.182
=mijn =bezwaarschrift | weight=0.182
=stil | weight=0.182
=heb =drie | weight=0.182
=het =voordat | weight=0.182
=weken =maar | weight=0.181
=een =maand | weight=0.180
=gereageerd =heeft | weight=0.180
=tien =dagen | weight=0.179
=mijn =aanslag | weight=0.178
=bestelling =is | weight=0.177
=appje | weight=0.176
=niks =teruggestuurd | weight=0.176, noneg
=mijn =mail | weight=0.175
=dagen =geen | weight=0.175, noneg
=mijn =bericht | weight=0.174
=automatische =ontvangstbevestiging | weight=0.174
=ontvangstbevestiging | weight=0.174
=mail =over | weight=0.173
=nooit =een | weight=0.173, noneg
=heden =geen | weight=0.173, noneg
=ze =reageren | weight=0.173
=automatische =bevestiging | weight=0.172
=een =zwart | weight=0.171
=zwart =gaat | weight=0.171
=ticket =staat | weight=0.171
=heeft =nog | weight=0.168
=later =heeft | weight=0.168
=niet =beantwoord | weight=0.168, noneg
=het =wel | weight=0.168
=verder =niet | weight=0.166, noneg
=drie =weken | weight=0.166
=mail =van | weight=0.166
=mail =gestuurd | weight=0.165
=niemand =neemt | weight=0.163, noneg
=opnieuw =geschreven | weight=0.163
=weken =stilte | weight=0.163
=al =tien | weight=0.161
=blijkbaar | weight=0.161
=klacht =gemaild | weight=0.160
=dm | weight=0.160
=september | weight=0.158
=nooit =in | weight=0.157, noneg
=wel =maar | weight=0.156
=niet =terug | weight=0.155, noneg
=gewoon =niet | weight=0.155, noneg
=in =maart | weight=0.155
=iemand =op | weight=0.154
=sinds =de | weight=0.153
=leven | weight=0.153
=reageerde | weight=0.153
=ik =mail | weight=0.152
=bleef =het | weight=0.150
=maand =later | weight=0.148
=gemaild =nooit | weight=0.148, noneg
=ontvangst =heb | weight=0.147
=van =ontvangst | weight=0.147
=moet =wachten | weight=0.146
=kennelijk | weight=0.146
=blijkbaar =in | weight=0.146
=een =la | weight=0.146
=la | weight=0.146
=gelezen =maar | weight=0.145
=blijkbaar =door | weight=0.144
=door =niemand | weight=0.144, noneg
=niemand =gelezen | weight=0.144, noneg
=wordt =blijkbaar | weight=0.144
=na =twee | weight=0.144
=heeft =er | weight=0.143
=bevestiging =van | weight=0.143
=hoelang | weight=0.142
=heb =nooit | weight=0.142, noneg
=ontvangen =en | weight=0.142
=hij =heeft | weight=0.141
=mail =die | weight=0.140
=pas =na | weight=0.139
=een =reactie | weight=0.139
=maar =niemand | weight=0.138, noneg
=voor =ze | weight=0.137
=ontvangen | weight=0.135
=wachten =voor | weight=0.135
=er =niemand | weight=0.134, noneg
=pas | weight=0.133
=blauwe =vinkjes | weight=0.133
=vinkjes | weight=0.133
=verdwijnen | weight=0.132
=een =automatische | weight=0.132
=formulier =ingevuld | weight=0.132
=gelezen | weight=0.132
=ns | weight=0.131
=weken =kreeg | weight=0.130
=blauwe | weight=0.129
=vorige =weken | weight=0.129
=negen =dagen | weight=0.128
=reageerde =pas | weight=0.128
=ze =reageerde | weight=0.128
=terug =gehoord | weight=0.127
=de =prullenbak | weight=0.127
=kennelijk =in | weight=0.127
=prullenbak | weight=0.127
=een =nietszeggend | weight=0.127
=medewerker =ging | weight=0.125
=te =reageren | weight=0.125
=ze =nemen | weight=0.125
=vorige =maand | weight=0.125
=heeft =nooit | weight=0.125, noneg
=geen =ontvangstbevestiging | weight=0.124, noneg
=gestuurd =naar | weight=0.124
=nietszeggend | weight=0.123
=iemand =eigenlijk | weight=0.123
=het =contactformulier | weight=0.122
=even =navragen | weight=0.121
=navragen =en | weight=0.121
=u =op | weight=0.121
=mailtje =terug | weight=0.121
=mailden | weight=0.121
=ingevuld =op | weight=0.120
=en =mij | weight=0.120
=niet =op | weight=0.119, noneg
=keer =en | weight=0.119
=nu =twee | weight=0.118
=bericht =dat | weight=0.118
=niemand =reageert | weight=0.118, noneg
=via =het | weight=0.117
=klacht =van | weight=0.116
=januari =heb | weight=0.116
=jullie =die | weight=0.115
=februari =heb | weight=0.115
=al =weken | weight=0.115
=een =bericht | weight=0.114
=automatische | weight=0.114
=navragen | weight=0.114
=kreeg =nooit | weight=0.113, noneg
=formulier =gaf | weight=0.113
=achtergelaten =maar | weight=0.112
=bericht =achtergelaten | weight=0.112
=jullie =reageren | weight=0.112
=en =worden | weight=0.112
=horen =al | weight=0.112
=ik =wachten | weight=0.112
=ticket =aangemaakt | weight=0.112
=sinds | weight=0.111
=lijn =kreeg | weight=0.111
=zien =jullie | weight=0.110
=al =een | weight=0.110
=ingediend =en | weight=0.110
=in =september | weight=0.110
=pas =in | weight=0.110
=en =nooit | weight=0.110, noneg
=het =contact | weight=0.109
=pas =een | weight=0.109
=ingevuld =maar | weight=0.108
=maar =geen | weight=0.107, noneg
=volledig | weight=0.107
=heeft =niemand | weight=0.107, noneg
=moet =je | weight=0.106
=dagen =voordat | weight=0.106
=duurde =negen | weight=0.106
=ik =eindelijk | weight=0.105
=nooit =gereageerd | weight=0.105, noneg
=het =duurde | weight=0.105
=altijd =niks | weight=0.105, noneg
=e-mail | weight=0.104
=is =daar | weight=0.104
=vier =mail | weight=0.104
=eigenlijk | weight=0.104
=ingediend =via | weight=0.104
=bevestiging | weight=0.104
=deed =er | weight=0.104
=op =heden | weight=0.103
=tot =op | weight=0.103
=zonder =antwoord | weight=0.103, noneg
=ik =antwoord | weight=0.102
=ze =binnen | weight=0.102
=en =daarna | weight=0.102
=bedrag =op | weight=0.102
=een =op | weight=0.101
=een =dm | weight=0.101
=weken =werd | weight=0.101
=verdwenen | weight=0.101
=contactformulier =ingevuld | weight=0.101
=geantwoord | weight=0.100
=steeds =onbeantwoord | weight=0.100
=niet =na | weight=0.100, noneg
=te =beantwoord | weight=0.100
=keer =gemaild | weight=0.099
=geschreven =maar | weight=0.099
=klopt =nog | weight=0.098
=ingediend | weight=0.098
=kreeg =steeds | weight=0.097
=niet =gehoord | weight=0.097, noneg
=duurde | weight=0.096
=zonder =dat | weight=0.096, noneg
=al =onze | weight=0.095
=werd =compleet | weight=0.095
=al =vier | weight=0.095
=van =maart | weight=0.094
=bericht =in | weight=0.094
=de =bestelling | weight=0.093
=nemen =niet | weight=0.093, noneg
=nooit =iemand | weight=0.092, noneg
=nog =geen | weight=0.092, noneg
=lezen | weight=0.092
=simpele =vraag | weight=0.092
=antwoord =op | weight=0.091
=maand =een | weight=0.091
=ik =nooit | weight=0.091, noneg
=april | weight=0.091
=weken =open | weight=0.091
=januari | weight=0.090
=zwijgen | weight=0.090
=gemaild =over | weight=0.090
=verliezen | weight=0.089
=zo =verliezen | weight=0.089
=op =in | weight=0.089
=ze =deed | weight=0.089
=hebben =al | weight=0.089
=het =retourformulier | weight=0.089
=retourformulier | weight=0.089
=eindelijk | weight=0.089
=niks | weight=0.088, noneg
=worden =steeds | weight=0.088
=gewoon =nergens | weight=0.088, noneg
=wachten =sinds | weight=0.088
=jaarafrekening =en | weight=0.087
=mijn =jaarafrekening | weight=0.087
=jullie =laat | weight=0.087
=open =zonder | weight=0.087, noneg
=dat =bedrag | weight=0.087
=privebericht =gestuurd | weight=0.087
=er =drie | weight=0.087
=heden | weight=0.087
=chat =kreeg | weight=0.086
=gewoon =genegeerd | weight=0.086
=verder =niks | weight=0.086, noneg
=achtergelaten | weight=0.086
=in =juni | weight=0.085
=e-mail =van | weight=0.085
=voordat =ze | weight=0.084
=de =kou | weight=0.084
=kou | weight=0.084
=in =een | weight=0.084
=laat =me | weight=0.084
=ik =stap | weight=0.083
=geen =telefoontje | weight=0.083, noneg
=wel =gelezen | weight=0.082
=vier =weken | weight=0.082
=altijd =geen | weight=0.082, noneg
=is =na | weight=0.082
=vijf =weken | weight=0.082
=drie =mail | weight=0.082
=compleet =genegeerd | weight=0.081
=bevestiging =nul | weight=0.081
=nul =keer | weight=0.081
=standaardantwoord | weight=0.080
=jullie =klachtenafdeling | weight=0.080
=afschrijving =en | weight=0.080
=klacht =is | weight=0.079
=vraag =van | weight=0.079
=ingevuld =nooit | weight=0.079, noneg
=niemand =er | weight=0.079, noneg
=op =een | weight=0.079
=jaarafrekening | weight=0.078
=sinds =maart | weight=0.078
=uur =antwoord | weight=0.078
=op =m'n | weight=0.077
=klacht =ingediend | weight=0.077
=wettelijke =termijn | weight=0.077
=bevestiging =maar | weight=0.077
=alleen =een | weight=0.077
=geen =bericht | weight=0.077, noneg
=op =open | weight=0.076
=heb =op | weight=0.076
=geleden =ticket | weight=0.076
=termijn =van | weight=0.075
=aangemaakt =over | weight=0.075
=vier =dagen | weight=0.075
=zwart | weight=0.075
=verstreken | weight=0.075
=zelf =geen | weight=0.074, noneg
=houden =je | weight=0.074
=na =drie | weight=0.074
=formulier | weight=0.073
=niks =gehoord | weight=0.073, noneg
=duurt =het | weight=0.073
=maar =mijn | weight=0.073
=vraag =en | weight=0.073
=mijn =ticket | weight=0.072
=verder | weight=0.072
=was =tien | weight=0.072
=heb =niet | weight=0.072, noneg
=badkamer | weight=0.072
=het =een | weight=0.072
=lag =het | weight=0.072
=kwam =nooit | weight=0.071, noneg
=maar =er | weight=0.071
=juni | weight=0.071
=mijn =mailtje | weight=0.071
=mee | weight=0.071
=reactie | weight=0.070
=lang =duurt | weight=0.070
=ingediend =op | weight=0.070
=al =mijn | weight=0.070
=tweede =mail | weight=0.069
=verkeerde =bedrag | weight=0.069
=te =krijg | weight=0.069
=maar =daar | weight=0.069
=ben =doof | weight=0.069
=het =webformulier | weight=0.069
=compleet | weight=0.069
=staan =en | weight=0.068
=een =simpele | weight=0.068
=lijken | weight=0.068
=er =uberhaupt | weight=0.068
=een =privebericht | weight=0.068
=privebericht | weight=0.068
=er =heeft | weight=0.068
=gewoon =in | weight=0.067
=mail =en | weight=0.067
=maand =kreeg | weight=0.067
=brief =van | weight=0.067
=een =antwoord | weight=0.066
=moest =sturen | weight=0.066
=e =is | weight=0.066
=de =uitslag | weight=0.065
=uitslag | weight=0.065
=nergens =iets | weight=0.065, noneg
=waarschijnlijk | weight=0.065
=antwoord =kreeg | weight=0.065
=weer =gebeld | weight=0.065
=maar =weer | weight=0.065
=gestuurd | weight=0.064
=mark | weight=0.064
=volgens =haar | weight=0.064
=de =huisartsenpraktijk | weight=0.063
=huisartsenpraktijk | weight=0.063
=over =op | weight=0.063
