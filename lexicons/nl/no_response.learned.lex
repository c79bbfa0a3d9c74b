# no_response, nl: learned by scripts/learn.py from 3684 tuning texts (143 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ 'We nemen binnen 48 uur contact met u op.' Dat was tien dagen geleden. Jullie houden je niet aan je woord.
+ Ik kreeg in de chat te horen dat mijn klacht doorgestuurd was naar de juiste afdeling en dat ik binnen twee werkdagen bericht zou krijgen. Dat is nu twee weken geleden. Ik heb het nog twee keer gevraagd en telkens letterlijk hetzelfde antwoord gekregen.
+ ze zwijgen al mijn mails gewoon dood
- we willen ons geld terug
- Geen minuut gewacht, top!
=reageren | weight=0.452
=geen =antwoord | weight=0.362, noneg
=van =vorige | weight=0.353
=ticket | weight=0.350
=contactformulier | weight=0.320
=bericht | weight=0.292
=dood | weight=0.289
=geen =reactie | weight=0.289, noneg
=geschreven | weight=0.283
=nooit =antwoord | weight=0.277, noneg
=niks =terug | weight=0.276, noneg
=mei | weight=0.275
=geen =enkele | weight=0.274, noneg
=mijn =klacht | weight=0.273
=stilte | weight=0.265
=nooit | weight=0.260, noneg
=eindelijk =antwoord | weight=0.259
=tien =dagen | weight=0.258
=reageren =gewoon | weight=0.258
=nooit =iets | weight=0.256, noneg
=mail | weight=0.252
=ik =horen | weight=0.244
=maar =nooit | weight=0.242, noneg
=ingevuld | weight=0.238
=gewoon =dood | weight=0.234
=ik =sturen | weight=0.231
=een =maand | weight=0.229
=sinds =mijn | weight=0.226
=gemaild | weight=0.225
=reageert | weight=0.224
=nul | weight=0.222
=helemaal =niks | weight=0.222, noneg
=steeds =niks | weight=0.221, noneg
=worden =gewoon | weight=0.219
=gereageerd | weight=0.218
=bevestiging | weight=0.218
=staat =al | weight=0.215
=genegeerd | weight=0.212
=brief | weight=0.212
=heb =drie | weight=0.212
=nul =reactie | weight=0.212
=mailtje | weight=0.210
=herinnering | weight=0.209
=herinnering =gestuurd | weight=0.209
=geleden | weight=0.204
=dm | weight=0.203
=niet =een | weight=0.202, noneg
=mijn =e-mail | weight=0.200
=dagen =op | weight=0.195
=teruggekregen | weight=0.194
=mijn =brief | weight=0.193
=waarom =reageert | weight=0.192
=niemand =op | weight=0.192, noneg
=verzonden | weight=0.191
=aangemaakt | weight=0.189
=een =automatische | weight=0.189
=drie =weken | weight=0.188
=onbeantwoord | weight=0.186
=op =maandag | weight=0.185
=nooit =een | weight=0.182, noneg
=het =voordat | weight=0.181
=het =contactformulier | weight=0.181
=bezwaarschrift | weight=0.180
=mijn =bezwaarschrift | weight=0.180
=maand =helemaal | weight=0.180
=ze =een | weight=0.180
=aanslag | weight=0.179
=stil | weight=0.179
=niet =beantwoord | weight=0.179, noneg
=niet =terug | weight=0.178, noneg
=het =contact | weight=0.177
=wel =maar | weight=0.177
=appje | weight=0.174
=niks =teruggestuurd | weight=0.174, noneg
=dagen =geen | weight=0.173, noneg
=automatische =ontvangstbevestiging | weight=0.172
=ontvangstbevestiging | weight=0.172
=contactformulier =ingevuld | weight=0.170
=maar =geen | weight=0.168, noneg
=een =zwart | weight=0.168
=zwart =gaat | weight=0.168
=maandag | weight=0.167
=mijn =mail | weight=0.167
=dagen =geleden | weight=0.166
=nooit =beantwoord | weight=0.166, noneg
=al =tien | weight=0.166
=verder =niet | weight=0.166, noneg
=niks =sinds | weight=0.166, noneg
=mijn =aanslag | weight=0.165
=later =heeft | weight=0.165
=blijkbaar =in | weight=0.165
=een =la | weight=0.165
=la | weight=0.165
=bestelling =is | weight=0.164
=na =twee | weight=0.164
=het =wel | weight=0.164
=heden =geen | weight=0.164, noneg
=mijn =bericht | weight=0.163
=gereageerd =heeft | weight=0.162
=dm =gestuurd | weight=0.162
=ticket =staat | weight=0.162
=vorige =maand | weight=0.161
=heeft =nog | weight=0.161
=weken =maar | weight=0.160
=ze =reageren | weight=0.160
=iemand =op | weight=0.159
=gemaild =nooit | weight=0.159, noneg
=mail =van | weight=0.159
=zwart | weight=0.158
=mail =over | weight=0.156
=blijkbaar | weight=0.155
=een =dm | weight=0.154
=leven | weight=0.153
=gelezen =maar | weight=0.149
=automatische =bevestiging | weight=0.148
=het =webformulier | weight=0.147
=maand =later | weight=0.146
=in =maart | weight=0.145
=bleef =het | weight=0.144
=er =niemand | weight=0.142, noneg
=pas | weight=0.141
=nooit =in | weight=0.141, noneg
=ontvangen =en | weight=0.140
=gewoon =niet | weight=0.139, noneg
=vijf =weken | weight=0.138
=hij =heeft | weight=0.137
=reageerde | weight=0.135
=klacht =gemaild | weight=0.135
=opnieuw =geschreven | weight=0.135
=weken =stilte | weight=0.135
=hoelang | weight=0.135
=ontvangst =heb | weight=0.135
=van =ontvangst | weight=0.135
=moet =wachten | weight=0.133
=blauwe =vinkjes | weight=0.133
=vinkjes | weight=0.133
=nietszeggend | weight=0.133
=ontvangen | weight=0.132
=heeft =er | weight=0.132
=blijkbaar =door | weight=0.132
=door =niemand | weight=0.132, noneg
=niemand =gelezen | weight=0.132, noneg
=wordt =blijkbaar | weight=0.132
=vorige =weken | weight=0.131
=heb =nooit | weight=0.131, noneg
=blauwe | weight=0.131
=terug =gehoord | weight=0.130
=kennelijk | weight=0.130
=voor =ze | weight=0.130
=mailden | weight=0.130
=bevestiging =van | weight=0.128
=ingevuld =op | weight=0.127
=formulier =ingevuld | weight=0.127
=gestuurd =naar | weight=0.127
=webformulier | weight=0.127
=niemand =reageert | weight=0.126, noneg
=verdwijnen | weight=0.126
=bericht =dat | weight=0.125
=keer =en | weight=0.124
=moet =je | weight=0.124
=jullie =reageren | weight=0.124
=geen =ontvangstbevestiging | weight=0.123, noneg
=niet =op | weight=0.123, noneg
=wachten =voor | weight=0.123
=weken =kreeg | weight=0.123
=negen =dagen | weight=0.123
=pas =na | weight=0.122
=ns | weight=0.122
=mail =die | weight=0.122
=sinds | weight=0.122
=de =bestelling | weight=0.121
=gestuurd | weight=0.121
=iemand =eigenlijk | weight=0.120
=sinds =de | weight=0.120
=kreeg =nooit | weight=0.120, noneg
=september | weight=0.119
=een =bericht | weight=0.119
=gemaild =over | weight=0.119
=niemand =neemt | weight=0.118, noneg
=reageerde =pas | weight=0.117
=ze =reageerde | weight=0.117
=de =prullenbak | weight=0.117
=kennelijk =in | weight=0.117
=prullenbak | weight=0.117
=een =reactie | weight=0.116
=na =vijf | weight=0.115
=al =weken | weight=0.113
=ik =mail | weight=0.113
=mailtje =terug | weight=0.113
=brief =gestuurd | weight=0.113
=maand =is | weight=0.113
=ze =nemen | weight=0.113
=in =september | weight=0.112
=pas =in | weight=0.112
=simpel =vraag | weight=0.112
=gelezen | weight=0.112
=vier =mail | weight=0.112
=verdwenen | weight=0.111
=is =daar | weight=0.111
=dagen =voordat | weight=0.109
=duurde =negen | weight=0.109
=mail =gestuurd | weight=0.108
=altijd =geen | weight=0.108, noneg
=automatische | weight=0.108
=te =reageren | weight=0.107
=zonder =dat | weight=0.107, noneg
=het =duurde | weight=0.107
=al =een | weight=0.107
=ticket =aangemaakt | weight=0.106
=pas =een | weight=0.106
=klacht | weight=0.106
=heeft =nooit | weight=0.106, noneg
=februari =heb | weight=0.106
=heeft =niemand | weight=0.106, noneg
=via =het | weight=0.105
=verstuurd | weight=0.105
=eigenlijk | weight=0.104
=en =worden | weight=0.103
=lezen | weight=0.103
=ingediend =en | weight=0.102
=ik =stap | weight=0.102
=toen =was | weight=0.102
=een =op | weight=0.102
=op =heden | weight=0.101
=tot =op | weight=0.101
=werd =compleet | weight=0.100
=formulier =gaf | weight=0.100
=maar =niemand | weight=0.100, noneg
=eindelijk | weight=0.099
=al =vier | weight=0.099
=ik =antwoord | weight=0.099
=u =op | weight=0.098
=bedrag =op | weight=0.098
=deed =er | weight=0.098
=ze =binnen | weight=0.097
=op =in | weight=0.096
=duurde | weight=0.096
=achtergelaten =maar | weight=0.096
=bericht =achtergelaten | weight=0.096
=in =een | weight=0.095
=en =daarna | weight=0.094
=ik =wachten | weight=0.094
=mee | weight=0.094
=zien =jullie | weight=0.094
=gewoon =nergens | weight=0.094, noneg
=helemaal | weight=0.094
=het =retourformulier | weight=0.094
=retourformulier | weight=0.094
=wachten =sinds | weight=0.093
=geschreven =maar | weight=0.093
=januari =heb | weight=0.093
=ingediend =op | weight=0.092
=weken =open | weight=0.092
=klopt =nog | weight=0.091
=niet =gehoord | weight=0.091, noneg
=te =beantwoord | weight=0.091
=dagen =terug | weight=0.091
=weken =op | weight=0.090
=steeds =onbeantwoord | weight=0.090
=vraag =van | weight=0.090
=horen =al | weight=0.089
=na =drie | weight=0.089
=vier =weken | weight=0.089
=e-mail =van | weight=0.088
=zwijgen | weight=0.087
=hebben =al | weight=0.087
=wel =gelezen | weight=0.087
=klacht =van | weight=0.087
=dat =bedrag | weight=0.086
=gehoord | weight=0.086
=een =simpel | weight=0.086
=bericht =in | weight=0.085
=nemen =niet | weight=0.085, noneg
=tien | weight=0.085
=geantwoord | weight=0.085
=volledig | weight=0.085
=er =kwam | weight=0.085
=gewoon =genegeerd | weight=0.085
=sinds =maart | weight=0.085
=ingediend =via | weight=0.084
=open =zonder | weight=0.083, noneg
=compleet =genegeerd | weight=0.083
=geleden =ticket | weight=0.083
=standaardantwoord | weight=0.083
=volgens =haar | weight=0.083
=april | weight=0.083
=jullie =laat | weight=0.083
=maand =een | weight=0.082
=privebericht =gestuurd | weight=0.082
=nooit =gereageerd | weight=0.082, noneg
=vier =dagen | weight=0.081
=de =kou | weight=0.081
=kou | weight=0.081
=niet =na | weight=0.081, noneg
=jaarafrekening =en | weight=0.081
=mijn =jaarafrekening | weight=0.081
=verder =niks | weight=0.080, noneg
=laat =me | weight=0.080
=antwoord =en | weight=0.080
=een =antwoord | weight=0.080
=ingevuld =maar | weight=0.080
=jullie =klachtenafdeling | weight=0.079
=heden | weight=0.079
=weken =nog | weight=0.079
=nu =twee | weight=0.079
=is =nooit | weight=0.079, noneg
=mijn =mailtje | weight=0.079
=mail =is | weight=0.078
=reactie =op | weight=0.078
=maar =er | weight=0.077
=geen =telefoontje | weight=0.077, noneg
=ingediend | weight=0.077
=chat =kreeg | weight=0.077
=reactie | weight=0.077
=duurt =het | weight=0.076
=voordat =ze | weight=0.076
=ze =deed | weight=0.076
=ik =nooit | weight=0.076, noneg
=het =een | weight=0.076
=in =juni | weight=0.075
=afschrijving =en | weight=0.075
=compleet | weight=0.074
=houden =je | weight=0.074
=drie =mail | weight=0.074
=ik =kreeg | weight=0.074
=lang =duurt | weight=0.074
=open | weight=0.073
=nog =geen | weight=0.073, noneg
=te =krijg | weight=0.073
=achtergelaten | weight=0.073
=er =uberhaupt | weight=0.072
=alleen =een | weight=0.072
=en =nooit | weight=0.072, noneg
=op =open | weight=0.071
=formulier | weight=0.071
=altijd =niks | weight=0.071, noneg
=om =mijn | weight=0.071
=we =hebben | weight=0.071
=januari | weight=0.071
=was =tien | weight=0.071
=geen =bericht | weight=0.071, noneg
=verliezen | weight=0.070
=zo =verliezen | weight=0.070
=die =van | weight=0.070
=stap =over | weight=0.070
=er =drie | weight=0.070
=nooit =ontvangen | weight=0.069, noneg
=zelf =geen | weight=0.069, noneg
=is =na | weight=0.069
=maar =mijn | weight=0.068
=moest =sturen | weight=0.068
=verder | weight=0.067
=ingevuld =nooit | weight=0.067, noneg
=niks =gehoord | weight=0.067, noneg
=de =vorige | weight=0.067
=jaarafrekening | weight=0.066
=over =op | weight=0.066
=mijn =ticket | weight=0.065
=wettelijke =termijn | weight=0.065
=gestuurd =september | weight=0.065
=iets =terug | weight=0.065
=juni =brief | weight=0.065
=pas =iets | weight=0.065
=september =pas | weight=0.065
=ben =doof | weight=0.065
=oude | weight=0.065
=al =mijn | weight=0.064
=klacht =in | weight=0.064
=staan =en | weight=0.064
=geen | weight=0.064, noneg
=op =een | weight=0.063
=niemand =er | weight=0.063, noneg
=achterstallig | weight=0.063
=mail =en | weight=0.063
=antwoord =kreeg | weight=0.063
=termijn =van | weight=0.062
=jullie =houden | weight=0.062
=de =uitslag | weight=0.062
=uitslag | weight=0.062
=vraag =en | weight=0.062
=dat =vinden | weight=0.061
=maar =weer | weight=0.061
=bevestiging =nul | weight=0.061
=nul =keer | weight=0.061
=gewoon =in | weight=0.061
=aangemaakt =over | weight=0.061
=de =huisartsenpraktijk | weight=0.060
=huisartsenpraktijk | weight=0.060
=brief =aan | weight=0.060
=op =m'n | weight=0.060
=nog =niet | weight=0.059, noneg
=gestuurd =nog | weight=0.059
=nergens =op | weight=0.059, noneg
=yilmaz | weight=0.059
=maand =kreeg | weight=0.059
=heb =niet | weight=0.058, noneg
=zaterdag | weight=0.058
=tweede =mail | weight=0.058
=verkeerde =bedrag | weight=0.058
=uberhaupt | weight=0.058
