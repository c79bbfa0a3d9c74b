# no_response, nl: learned by scripts/learn.py from 3398 tuning texts (136 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ 'We nemen binnen 48 uur contact met u op.' Dat was tien dagen geleden. Jullie houden je niet aan je woord.
+ ze zwijgen al mijn mails gewoon dood
+ we mailden drie keer en kregen nooit antwoord
- we willen ons geld terug
- Geen minuut gewacht, top!
=reageren | weight=0.449
=geen =antwoord | weight=0.362, noneg
=ticket | weight=0.352
=van =vorige | weight=0.330
=contactformulier | weight=0.311
=bericht | weight=0.305
=dood | weight=0.300
=mijn =klacht | weight=0.299
=geen =reactie | weight=0.292, noneg
=mail | weight=0.282
=niks =terug | weight=0.280, noneg
=geschreven | weight=0.278
=stilte | weight=0.267
=nooit =antwoord | weight=0.266, noneg
=reageren =gewoon | weight=0.264
=mei | weight=0.263
=geen =enkele | weight=0.263, noneg
=nooit | weight=0.255, noneg
=eindelijk =antwoord | weight=0.253
=nooit =iets | weight=0.243, noneg
=tien =dagen | weight=0.242
=maar =nooit | weight=0.237, noneg
=ik =horen | weight=0.236
=ingevuld | weight=0.235
=brief | weight=0.229
=helemaal =niks | weight=0.229, noneg
=gewoon =dood | weight=0.228
=sinds =mijn | weight=0.227
=een =maand | weight=0.226
=worden =gewoon | weight=0.224
=ik =sturen | weight=0.224
=reageert | weight=0.221
=herinnering | weight=0.218
=herinnering =gestuurd | weight=0.218
=genegeerd | weight=0.213
=gereageerd | weight=0.209
=mijn =e-mail | weight=0.207
=dm | weight=0.206
=bevestiging | weight=0.203
=staat =al | weight=0.203
=niet =een | weight=0.201, noneg
=nul | weight=0.201
=mijn =brief | weight=0.197
=mailtje | weight=0.197
=aangemaakt | weight=0.196
=niemand =op | weight=0.196, noneg
=een =automatische | weight=0.196
=waarom =reageert | weight=0.195
=nul =reactie | weight=0.193
=teruggekregen | weight=0.192
=gemaild | weight=0.191
=heb =drie | weight=0.191
=het =contactformulier | weight=0.188
=dagen =op | weight=0.185
=dagen =geleden | weight=0.183
=aanslag | weight=0.182
=stil | weight=0.182
=appje | weight=0.181
=niks =teruggestuurd | weight=0.181, noneg
=ze =een | weight=0.181
=steeds =niks | weight=0.181, noneg
=onbeantwoord | weight=0.180
=geleden | weight=0.180
=niet =terug | weight=0.179, noneg
=het =contact | weight=0.179
=verzonden | weight=0.178
=bezwaarschrift | weight=0.178
=mijn =bezwaarschrift | weight=0.178
=dagen =geen | weight=0.177, noneg
=wel =maar | weight=0.176
=dm =gestuurd | weight=0.176
=het =voordat | weight=0.175
=heden =geen | weight=0.175, noneg
=niet =beantwoord | weight=0.175, noneg
=maand =helemaal | weight=0.175
=automatische =ontvangstbevestiging | weight=0.174
=ontvangstbevestiging | weight=0.174
=een =zwart | weight=0.173
=zwart =gaat | weight=0.173
=nooit =een | weight=0.173, noneg
=al =tien | weight=0.173
=op =maandag | weight=0.172
=nooit =beantwoord | weight=0.171, noneg
=niks =sinds | weight=0.170, noneg
=heeft =nog | weight=0.170
=bestelling =is | weight=0.168
=het =wel | weight=0.168
=maandag | weight=0.168
=later =heeft | weight=0.167
=verder =niet | weight=0.166, noneg
=ze =reageren | weight=0.166
=ticket =staat | weight=0.165
=mijn =aanslag | weight=0.164
=maar =geen | weight=0.164, noneg
=vorige =maand | weight=0.164
=vorige =weken | weight=0.162
=na =twee | weight=0.161
=weken =maar | weight=0.160
=zwart | weight=0.160
=gereageerd =heeft | weight=0.160
=drie =weken | weight=0.159
=mail =van | weight=0.158
=mail =over | weight=0.157
=leven | weight=0.157
=blijkbaar =in | weight=0.156
=een =la | weight=0.156
=la | weight=0.156
=contactformulier =ingevuld | weight=0.156
=hij =heeft | weight=0.155
=u =op | weight=0.154
=iemand =op | weight=0.153
=mijn =bericht | weight=0.152
=een =dm | weight=0.151
=in =maart | weight=0.150
=het =webformulier | weight=0.150
=automatische =bevestiging | weight=0.150
=ontvangen | weight=0.149
=gemaild =nooit | weight=0.149, noneg
=ontvangen =en | weight=0.147
=bleef =het | weight=0.145
=blijkbaar | weight=0.144
=maand =later | weight=0.144
=mijn =mail | weight=0.141
=pas | weight=0.139
=kennelijk | weight=0.139
=gewoon =niet | weight=0.139, noneg
=er =niemand | weight=0.138, noneg
=lezen | weight=0.138
=reactie | weight=0.138
=blauwe =vinkjes | weight=0.138
=vinkjes | weight=0.138
=moet =wachten | weight=0.137
=blauwe | weight=0.136
=weken =op | weight=0.136
=geen =ontvangstbevestiging | weight=0.135, noneg
=sinds | weight=0.135
=nietszeggend | weight=0.134
=reageerde | weight=0.134
=klacht =gemaild | weight=0.134
=gelezen =maar | weight=0.134
=bevestiging =van | weight=0.133
=ontvangst =heb | weight=0.133
=van =ontvangst | weight=0.133
=nooit =in | weight=0.133, noneg
=terug =gehoord | weight=0.132
=opnieuw =geschreven | weight=0.131
=weken =stilte | weight=0.131
=niemand =neemt | weight=0.129, noneg
=formulier =ingevuld | weight=0.129
=februari =heb | weight=0.129
=blijkbaar =door | weight=0.128
=door =niemand | weight=0.128, noneg
=niemand =gelezen | weight=0.128, noneg
=wordt =blijkbaar | weight=0.128
=mailden | weight=0.128
=heeft =er | weight=0.128
=bericht =dat | weight=0.128
=webformulier | weight=0.127
=hoelang | weight=0.127
=wachten =voor | weight=0.126
=keer =en | weight=0.125
=de =bestelling | weight=0.124
=vijf =weken | weight=0.123
=niet =op | weight=0.123, noneg
=na =vijf | weight=0.122
=mail =die | weight=0.122
=iemand =eigenlijk | weight=0.122
=voor =ze | weight=0.122
=en =worden | weight=0.121
=pas =na | weight=0.120
=verdwenen | weight=0.119
=ns | weight=0.119
=de =prullenbak | weight=0.118
=kennelijk =in | weight=0.118
=prullenbak | weight=0.118
=reageerde =pas | weight=0.117
=ze =reageerde | weight=0.117
=klacht | weight=0.116
=kreeg =nooit | weight=0.116, noneg
=is =daar | weight=0.116
=gelezen | weight=0.116
=september | weight=0.116
=moet =je | weight=0.115
=al =weken | weight=0.115
=brief =gestuurd | weight=0.115
=ik =mail | weight=0.114
=mailtje =terug | weight=0.114
=ze =nemen | weight=0.114
=pas =een | weight=0.113
=zonder =dat | weight=0.113, noneg
=in =september | weight=0.112
=pas =in | weight=0.112
=te =reageren | weight=0.111
=mee | weight=0.111
=sinds =de | weight=0.110
=jullie =reageren | weight=0.110
=gestuurd =naar | weight=0.110
=een =bericht | weight=0.110
=dagen =voordat | weight=0.109
=duurde =negen | weight=0.109
=negen =dagen | weight=0.109
=eindelijk | weight=0.109
=ticket =aangemaakt | weight=0.108
=ingediend =en | weight=0.108
=ik =wachten | weight=0.108
=heeft =niemand | weight=0.108, noneg
=maand =is | weight=0.108
=gestuurd | weight=0.108
=verstuurd | weight=0.108
=simpel =vraag | weight=0.107
=verdwijnen | weight=0.107
=ik =stap | weight=0.106
=bedrag =op | weight=0.106
=al =een | weight=0.105
=het =duurde | weight=0.105
=ingevuld =op | weight=0.105
=heb =nooit | weight=0.105, noneg
=het =retourformulier | weight=0.104
=retourformulier | weight=0.104
=weken =kreeg | weight=0.104
=heeft =nooit | weight=0.102, noneg
=vier =weken | weight=0.101
=ze =binnen | weight=0.100
=eigenlijk | weight=0.100
=standaardantwoord | weight=0.099
=nooit =gereageerd | weight=0.099, noneg
=volledig | weight=0.099
=deed =er | weight=0.098
=mail =gestuurd | weight=0.097
=een =op | weight=0.097
=op =in | weight=0.097
=april | weight=0.097
=klopt =nog | weight=0.096
=vier =mail | weight=0.095
=niemand =reageert | weight=0.095, noneg
=helemaal | weight=0.095
=nu =twee | weight=0.095
=al =vier | weight=0.094
=via =het | weight=0.094
=in =een | weight=0.093
=steeds =onbeantwoord | weight=0.093
=duurde | weight=0.093
=niet =gehoord | weight=0.092, noneg
=zwijgen | weight=0.092
=gewoon =nergens | weight=0.091, noneg
=te =beantwoord | weight=0.091
=formulier =gaf | weight=0.091
=maar =niemand | weight=0.091, noneg
=op =heden | weight=0.091
=tot =op | weight=0.091
=antwoord =en | weight=0.090
=weken =open | weight=0.090
=ingediend =op | weight=0.090
=dat =bedrag | weight=0.090
=werd =compleet | weight=0.090
=januari =heb | weight=0.090
=verder =niks | weight=0.089, noneg
=achtergelaten =maar | weight=0.089
=bericht =achtergelaten | weight=0.089
=geantwoord | weight=0.089
=ingevuld =maar | weight=0.088
=een =reactie | weight=0.088
=horen =al | weight=0.088
=geleden =ticket | weight=0.088
=gewoon =genegeerd | weight=0.088
=wel =gelezen | weight=0.088
=geschreven =maar | weight=0.087
=privebericht =gestuurd | weight=0.087
=toen =was | weight=0.087
=zien =jullie | weight=0.086
=e-mail =van | weight=0.086
=niks | weight=0.086, noneg
=vraag =van | weight=0.086
=niet =na | weight=0.085, noneg
=afschrijving =en | weight=0.085
=open =zonder | weight=0.084, noneg
=er =kwam | weight=0.084
=stap =over | weight=0.084
=ik =antwoord | weight=0.084
=dagen =terug | weight=0.083
=open | weight=0.083
=jullie =laat | weight=0.083
=hebben =al | weight=0.083
=nooit =iemand | weight=0.082, noneg
=achtergelaten | weight=0.082
=en =daarna | weight=0.081
=voordat =ze | weight=0.081
=nemen =niet | weight=0.081, noneg
=maar =er | weight=0.080
=de =kou | weight=0.080
=kou | weight=0.080
=laat =me | weight=0.080
=een =simpel | weight=0.080
=automatische | weight=0.080
=in =juni | weight=0.080
=jullie =klachtenafdeling | weight=0.079
=vier =dagen | weight=0.079
=ze =deed | weight=0.079
=die =van | weight=0.078
=chat =kreeg | weight=0.078
=geen =telefoontje | weight=0.078, noneg
=maand =een | weight=0.078
=gehoord | weight=0.076
=ingevuld =nooit | weight=0.076, noneg
=er =uberhaupt | weight=0.075
=na =drie | weight=0.075
=klacht =van | weight=0.075
=sinds =maart | weight=0.075
=zelf =geen | weight=0.075, noneg
=jaarafrekening =en | weight=0.075
=mijn =jaarafrekening | weight=0.075
=nooit =ontvangen | weight=0.074, noneg
=geen =bericht | weight=0.074, noneg
=het =een | weight=0.074
=nog =geen | weight=0.074, noneg
=niks =gehoord | weight=0.074, noneg
=alleen =een | weight=0.074
=volgens =haar | weight=0.074
=op =m'n | weight=0.074
=tien | weight=0.073
=gestuurd =nog | weight=0.073
=op =open | weight=0.073
=ik =nooit | weight=0.073, noneg
=klacht =in | weight=0.072
=ingediend | weight=0.072
=altijd =geen | weight=0.071, noneg
=reactie =op | weight=0.071
=compleet =genegeerd | weight=0.071
=e =is | weight=0.071
=heden | weight=0.070
=mail =kreeg | weight=0.070
=verliezen | weight=0.069
=zo =verliezen | weight=0.069
=gewoon =in | weight=0.069
=contact | weight=0.069
=al =mijn | weight=0.069
=te =krijg | weight=0.069
=januari | weight=0.069
=er =drie | weight=0.069
=verder | weight=0.068
=drie =mail | weight=0.068
=duurt =het | weight=0.068
=moest =sturen | weight=0.067
=brief =van | weight=0.067
=contact =opnemen | weight=0.067
=nergens =op | weight=0.067, noneg
=ingediend =via | weight=0.067
=en =nooit | weight=0.067, noneg
=staan =en | weight=0.067
=ben =doof | weight=0.067
=oude | weight=0.066
=ik =alleen | weight=0.065
=lang =duurt | weight=0.065
=gestuurd =september | weight=0.065
=iets =terug | weight=0.065
=juni =brief | weight=0.065
=pas =iets | weight=0.065
=september =pas | weight=0.065
=altijd =niks | weight=0.065, noneg
=weken =nog | weight=0.065
=we =hebben | weight=0.065
=wettelijke =termijn | weight=0.064
=nog =niet | weight=0.064, noneg
=zaterdag | weight=0.064
=een =antwoord | weight=0.063
=om =mijn | weight=0.063
=antwoord =op | weight=0.063
=niemand =er | weight=0.063, noneg
=en =kan | weight=0.063
=mail =is | weight=0.062
=mijn =ticket | weight=0.062
=formulier | weight=0.062
=houden =je | weight=0.062
=compleet | weight=0.062
=vraag =op | weight=0.062
=opnemen | weight=0.062
=mijn =mailtje | weight=0.062
=instagram | weight=0.061
=over =op | weight=0.061
=termijn =van | weight=0.061
=klacht =is | weight=0.061
=bevestiging =nul | weight=0.061
=nul =keer | weight=0.061
=antwoord =kreeg | weight=0.059
=maar =mijn | weight=0.059
=badkamer | weight=0.058
=was =tien | weight=0.058
=jullie =contactformulier | weight=0.058
=uberhaupt | weight=0.058
=vraag =en | weight=0.057
=met =u | weight=0.056
=is =na | weight=0.056
=zich =wachten | weight=0.056
=en =kreeg | weight=0.056
=heb =niet | weight=0.056, noneg
=klachtenafdeling | weight=0.056
=de =vorige | weight=0.056
=tweede =mail | weight=0.055
=verkeerde =bedrag | weight=0.055
=veertien | weight=0.055
