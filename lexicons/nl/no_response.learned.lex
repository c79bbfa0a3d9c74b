# no_response, nl: learned by scripts/learn.py from 4090 tuning texts (148 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ 'We nemen binnen 48 uur contact met u op.' Dat was tien dagen geleden. Jullie houden je niet aan je woord.
+ Ik kreeg in de chat te horen dat mijn klacht doorgestuurd was naar de juiste afdeling en dat ik binnen twee werkdagen bericht zou krijgen. Dat is nu twee weken geleden. Ik heb het nog twee keer gevraagd en telkens letterlijk hetzelfde antwoord gekregen.
+ ze zwijgen al mijn mails gewoon dood
- we willen ons geld terug
- Dank voor de snelle hulp!
=geen =antwoord | weight=0.416, noneg
=reageren | weight=0.394
=ticket | weight=0.354
=van =vorige | weight=0.339
=nooit =antwoord | weight=0.330, noneg
=contactformulier | weight=0.305
=bericht | weight=0.297
=dood | weight=0.294
=mijn =klacht | weight=0.292
=geschreven | weight=0.287
=geen =reactie | weight=0.284, noneg
=niks =terug | weight=0.281, noneg
=mei | weight=0.275
=nooit | weight=0.273, noneg
=geen =enkele | weight=0.273, noneg
=reageren =gewoon | weight=0.267
=stilte | weight=0.264
=mail | weight=0.255
=eindelijk =antwoord | weight=0.243
=ingevuld | weight=0.242
=gemaild | weight=0.241
=maar =nooit | weight=0.240, noneg
=tien =dagen | weight=0.237
=reageert | weight=0.233
=ik =horen | weight=0.233
=ik =sturen | weight=0.232
=gewoon =dood | weight=0.231
=nooit =iets | weight=0.229, noneg
=een =maand | weight=0.222
=nul | weight=0.220
=sinds =mijn | weight=0.220
=steeds =niks | weight=0.219, noneg
=worden =gewoon | weight=0.218
=helemaal =niks | weight=0.214, noneg
=staat =al | weight=0.210
=genegeerd | weight=0.210
=geleden | weight=0.209
=herinnering | weight=0.207
=herinnering =gestuurd | weight=0.207
=brief | weight=0.204
=nul =reactie | weight=0.202
=niet =een | weight=0.202, noneg
=mailtje | weight=0.202
=mijn =brief | weight=0.196
=verzonden | weight=0.195
=teruggekregen | weight=0.195
=dm =gestuurd | weight=0.194
=heb =drie | weight=0.192
=waarom =reageert | weight=0.192
=op =maandag | weight=0.191
=niemand =op | weight=0.191, noneg
=maar =niks | weight=0.191, noneg
=dagen =geleden | weight=0.190
=niet =beantwoord | weight=0.189, noneg
=gereageerd | weight=0.189
=ze =een | weight=0.189
=dagen =op | weight=0.188
=mijn =mail | weight=0.187
=het =contact | weight=0.186
=aangemaakt | weight=0.186
=aanslag | weight=0.185
=maand =helemaal | weight=0.184
=een =automatische | weight=0.183
=het =voordat | weight=0.182
=niet =terug | weight=0.181, noneg
=mijn =e-mail | weight=0.181
=appje | weight=0.180
=niks =teruggestuurd | weight=0.180, noneg
=maandag | weight=0.180
=bezwaarschrift | weight=0.179
=mijn =bezwaarschrift | weight=0.179
=stil | weight=0.178
=dagen =geen | weight=0.177, noneg
=onbeantwoord | weight=0.176
=niks =sinds | weight=0.175, noneg
=bestelling =is | weight=0.172
=nooit =beantwoord | weight=0.172, noneg
=mijn =aanslag | weight=0.171
=contactformulier =ingevuld | weight=0.170
=maar =geen | weight=0.170, noneg
=drie =weken | weight=0.170
=automatische =ontvangstbevestiging | weight=0.170
=ontvangstbevestiging | weight=0.170
=ticket =staat | weight=0.169
=ze =reageren | weight=0.168
=heden =geen | weight=0.168, noneg
=weken =maar | weight=0.167
=later =heeft | weight=0.165
=verder =niet | weight=0.163, noneg
=mail =over | weight=0.163
=het =contactformulier | weight=0.162
=vorige =maand | weight=0.162
=een =zwart | weight=0.161
=zwart =gaat | weight=0.161
=het =wel | weight=0.161
=gehoord | weight=0.160
=nooit =een | weight=0.160, noneg
=heeft =nog | weight=0.159
=gereageerd =heeft | weight=0.157
=iemand =op | weight=0.155
=blijkbaar | weight=0.155
=mijn =bericht | weight=0.154
=blijkbaar =in | weight=0.153
=een =la | weight=0.153
=la | weight=0.153
=zwart | weight=0.153
=al =tien | weight=0.152
=automatische =bevestiging | weight=0.151
=leven | weight=0.150
=niemand =neemt | weight=0.149, noneg
=bleef =het | weight=0.147
=gelezen =maar | weight=0.147
=mail =gestuurd | weight=0.147
=na =twee | weight=0.147
=dm | weight=0.147
=maand =later | weight=0.145
=pas | weight=0.145
=gewoon =niet | weight=0.145, noneg
=nooit =in | weight=0.145, noneg
=er =niemand | weight=0.144, noneg
=bevestiging | weight=0.144
=ontvangst =heb | weight=0.143
=van =ontvangst | weight=0.143
=ontvangen =en | weight=0.142
=een =reactie | weight=0.142
=in =maart | weight=0.141
=blauwe =vinkjes | weight=0.141
=vinkjes | weight=0.141
=vijf =weken | weight=0.140
=bevestiging =van | weight=0.139
=blauwe | weight=0.138
=kennelijk | weight=0.138
=mail =van | weight=0.138
=mail =die | weight=0.138
=blijkbaar =door | weight=0.137
=door =niemand | weight=0.137, noneg
=niemand =gelezen | weight=0.137, noneg
=wordt =blijkbaar | weight=0.137
=moet =wachten | weight=0.136
=reageerde | weight=0.136
=niet =op | weight=0.135, noneg
=sinds | weight=0.135
=wel =maar | weight=0.135
=gemaild =nooit | weight=0.135, noneg
=hij =heeft | weight=0.134
=heb =nooit | weight=0.134, noneg
=klacht =gemaild | weight=0.133
=hoelang | weight=0.132
=ns | weight=0.132
=opnieuw =geschreven | weight=0.131
=weken =stilte | weight=0.131
=heeft =er | weight=0.131
=eindelijk | weight=0.131
=nietszeggend | weight=0.129
=ik =nooit | weight=0.129, noneg
=voor =ze | weight=0.128
=automatische | weight=0.128
=medewerker =ging | weight=0.128
=ik =mail | weight=0.126
=reageerde =pas | weight=0.126
=ze =reageerde | weight=0.126
=ontvangen | weight=0.126
=negen =dagen | weight=0.125
=iemand =eigenlijk | weight=0.125
=gestuurd =naar | weight=0.125
=even =navragen | weight=0.124
=navragen =en | weight=0.124
=verdwijnen | weight=0.124
=terug =gehoord | weight=0.124
=wachten =voor | weight=0.123
=de =prullenbak | weight=0.123
=kennelijk =in | weight=0.123
=prullenbak | weight=0.123
=ingevuld =op | weight=0.123
=gelezen | weight=0.122
=ze =nemen | weight=0.122
=mailden | weight=0.122
=bericht =dat | weight=0.122
=zonder =dat | weight=0.121, noneg
=te =reageren | weight=0.121
=en =mij | weight=0.121
=pas =na | weight=0.120
=september | weight=0.119
=formulier =ingevuld | weight=0.119
=keer =en | weight=0.119
=niemand =reageert | weight=0.118, noneg
=sinds =de | weight=0.117
=februari =heb | weight=0.117
=maar =niemand | weight=0.117, noneg
=jullie =reageren | weight=0.117
=ticket =aangemaakt | weight=0.116
=lezen | weight=0.115
=jullie =die | weight=0.115
=geen =ontvangstbevestiging | weight=0.115, noneg
=navragen | weight=0.115
=mailtje =terug | weight=0.114
=al =weken | weight=0.114
=vorige =weken | weight=0.113
=kreeg =nooit | weight=0.113, noneg
=maand =is | weight=0.111
=na =vijf | weight=0.111
=is =daar | weight=0.110
=zien =jullie | weight=0.110
=brief =gestuurd | weight=0.110
=gestuurd | weight=0.109
=verdwenen | weight=0.108
=heeft =nooit | weight=0.108, noneg
=ingevuld =maar | weight=0.107
=in =september | weight=0.107
=pas =in | weight=0.107
=eigenlijk | weight=0.107
=een =bericht | weight=0.106
=pas =een | weight=0.106
=weken =kreeg | weight=0.105
=dagen =terug | weight=0.105
=de =bestelling | weight=0.105
=achtergelaten =maar | weight=0.103
=bericht =achtergelaten | weight=0.103
=moet =je | weight=0.103
=en =worden | weight=0.103
=heeft =niemand | weight=0.103, noneg
=simpele =vraag | weight=0.103
=op =heden | weight=0.103
=tot =op | weight=0.103
=weken =op | weight=0.102
=vier =mail | weight=0.102
=en =daarna | weight=0.102
=formulier =gaf | weight=0.102
=lijn =kreeg | weight=0.101
=op =in | weight=0.101
=nu =twee | weight=0.100
=deed =er | weight=0.100
=dagen =voordat | weight=0.100
=duurde =negen | weight=0.100
=ingediend =en | weight=0.099
=in =een | weight=0.098
=ze =binnen | weight=0.098
=e-mail | weight=0.098
=zonder =antwoord | weight=0.098, noneg
=gemaild =over | weight=0.097
=bedrag =op | weight=0.097
=drie =mail | weight=0.097
=klacht | weight=0.096
=gewoon =nergens | weight=0.096, noneg
=te =beantwoord | weight=0.096
=het =duurde | weight=0.095
=al =een | weight=0.095
=weken =werd | weight=0.095
=klopt =nog | weight=0.094
=via =het | weight=0.094
=verstuurd | weight=0.094
=u =op | weight=0.093
=nooit =gereageerd | weight=0.093, noneg
=een =dm | weight=0.092
=het =retourformulier | weight=0.092
=retourformulier | weight=0.092
=hebben =al | weight=0.092
=januari =heb | weight=0.092
=geschreven =maar | weight=0.092
=een =op | weight=0.091
=niet =gehoord | weight=0.091, noneg
=geantwoord | weight=0.090
=toen =was | weight=0.090
=werd =compleet | weight=0.090
=maand =een | weight=0.090
=vraag =van | weight=0.090
=wachten =sinds | weight=0.090
=weken =open | weight=0.090
=tien | weight=0.089
=worden =steeds | weight=0.088
=open | weight=0.088
=ingediend =op | weight=0.088
=horen =al | weight=0.088
=volledig | weight=0.088
=wel =gelezen | weight=0.088
=ik =antwoord | weight=0.088
=mee | weight=0.087
=al =vier | weight=0.087
=die =van | weight=0.087
=steeds =onbeantwoord | weight=0.087
=zwijgen | weight=0.086
=open =zonder | weight=0.086, noneg
=vier =weken | weight=0.086
=jaarafrekening =en | weight=0.086
=mijn =jaarafrekening | weight=0.086
=standaardantwoord | weight=0.086
=verder =niks | weight=0.085, noneg
=is =na | weight=0.085
=gewoon =genegeerd | weight=0.085
=reactie | weight=0.085
=er =kwam | weight=0.085
=ik =wachten | weight=0.084
=ze =deed | weight=0.084
=nemen =niet | weight=0.084, noneg
=helemaal | weight=0.084
=chat =kreeg | weight=0.083
=dat =bedrag | weight=0.083
=duurde | weight=0.083
=voordat =ze | weight=0.081
=antwoord =en | weight=0.081
=mijn =mailtje | weight=0.081
=jullie =laat | weight=0.081
=keer =gemaild | weight=0.080
=ik =stap | weight=0.080
=e-mail =van | weight=0.080
=op =open | weight=0.080
=altijd =geen | weight=0.080, noneg
=in =juni | weight=0.080
=ik =eindelijk | weight=0.079
=de =kou | weight=0.079
=kou | weight=0.079
=bericht =in | weight=0.079
=jullie =klachtenafdeling | weight=0.078
=het =webformulier | weight=0.078
=januari | weight=0.078
=van =maart | weight=0.078
=vier =dagen | weight=0.078
=het =een | weight=0.078
=heden | weight=0.078
=we =hebben | weight=0.077
=maar =er | weight=0.077
=jaarafrekening | weight=0.077
=laat =me | weight=0.077
=sinds =maart | weight=0.076
=er =drie | weight=0.076
=achtergelaten | weight=0.076
=ingediend =via | weight=0.076
=klacht =van | weight=0.076
=geen =telefoontje | weight=0.076, noneg
=april | weight=0.076
=niet =na | weight=0.075, noneg
=klacht =in | weight=0.075
=privebericht =gestuurd | weight=0.074
=na =drie | weight=0.074
=afschrijving =en | weight=0.074
=compleet =genegeerd | weight=0.073
=volgens =haar | weight=0.073
=verder | weight=0.072
=ingevuld =nooit | weight=0.072, noneg
=aangemaakt =over | weight=0.072
=altijd =niks | weight=0.071, noneg
=op =m'n | weight=0.071
=wettelijke =termijn | weight=0.071
=houden =je | weight=0.071
=geleden =ticket | weight=0.070
=geen =bericht | weight=0.070, noneg
=reactie =op | weight=0.070
=nog =geen | weight=0.070, noneg
=bij =mijn | weight=0.069
=alleen =een | weight=0.069
=termijn =van | weight=0.069
=verliezen | weight=0.068
=zo =verliezen | weight=0.068
=staan =en | weight=0.067
=niemand =er | weight=0.067, noneg
=oude | weight=0.067
=en =nooit | weight=0.067, noneg
=was =tien | weight=0.067
=tweede =mail | weight=0.067
=verkeerde =bedrag | weight=0.067
=mail =en | weight=0.066
=er =uberhaupt | weight=0.066
=te =krijg | weight=0.066
=ben =doof | weight=0.066
=compleet | weight=0.065
=een =simpele | weight=0.065
=de =uitslag | weight=0.065
=uitslag | weight=0.065
=bevestiging =maar | weight=0.065
=webformulier | weight=0.065
=nergens =op | weight=0.064, noneg
=lag =het | weight=0.064
=zelf =geen | weight=0.064, noneg
=maar =daar | weight=0.064
=maar =mijn | weight=0.064
=de =huisartsenpraktijk | weight=0.064
=huisartsenpraktijk | weight=0.064
=weken =nog | weight=0.064
=e =is | weight=0.064
=ik =kreeg | weight=0.064
=gestuurd =september | weight=0.064
=iets =terug | weight=0.064
=juni =brief | weight=0.064
=pas =iets | weight=0.064
=september =pas | weight=0.064
=maar =weer | weight=0.064
=moest =sturen | weight=0.064
=heb =niet | weight=0.064, noneg
=heb =een | weight=0.064
=mijn =ticket | weight=0.063
=bevestiging =nul | weight=0.063
=nul =keer | weight=0.063
=klacht =is | weight=0.063
=en =kan | weight=0.063
=om =mijn | weight=0.063
=op =een | weight=0.062
=mijn =tweede | weight=0.062
=verstreken | weight=0.062
=mail =is | weight=0.061
=jullie =houden | weight=0.061
