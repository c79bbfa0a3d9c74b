# no_response, nl: learned by scripts/learn.py from 3889 tuning texts (145 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ ze zwijgen al mijn mails gewoon dood
+ we mailden drie keer en kregen nooit antwoord
+ ze reageerden pas na twee weken op mijn mailtje
- we willen ons geld terug
- Geen minuut gewacht, top!
=reageren | weight=0.452
=geen =antwoord | weight=0.370, noneg
=ticket | weight=0.348
=van =vorige | weight=0.348
=contactformulier | weight=0.320
=dood | weight=0.300
=mijn =klacht | weight=0.298
=bericht | weight=0.291
=geen =reactie | weight=0.287, noneg
=geschreven | weight=0.279
=niks =terug | weight=0.274, noneg
=geen =enkele | weight=0.271, noneg
=mei | weight=0.268
=nooit =antwoord | weight=0.267, noneg
=mail | weight=0.267
=nooit | weight=0.257, noneg
=stilte | weight=0.255
=reageren =gewoon | weight=0.251
=eindelijk =antwoord | weight=0.246
=gewoon =dood | weight=0.242
=tien =dagen | weight=0.238
=ingevuld | weight=0.238
=ik =horen | weight=0.236
=maar =nooit | weight=0.232, noneg
=sinds =mijn | weight=0.231
=ik =sturen | weight=0.229
=gemaild | weight=0.226
=nooit =iets | weight=0.226, noneg
=genegeerd | weight=0.220
=brief | weight=0.220
=worden =gewoon | weight=0.219
=reageert | weight=0.218
=steeds =niks | weight=0.213, noneg
=helemaal =niks | weight=0.213, noneg
=staat =al | weight=0.213
=nul | weight=0.210
=geleden | weight=0.210
=een =maand | weight=0.210
=nul =reactie | weight=0.209
=herinnering | weight=0.204
=herinnering =gestuurd | weight=0.204
=dm | weight=0.202
=dagen =geleden | weight=0.199
=niet =een | weight=0.198, noneg
=teruggekregen | weight=0.194
=waarom =reageert | weight=0.193
=verzonden | weight=0.193
=mijn =e-mail | weight=0.192
=op =maandag | weight=0.192
=mailtje | weight=0.192
=niemand =op | weight=0.191, noneg
=onbeantwoord | weight=0.191
=mijn =brief | weight=0.190
=maar =niks | weight=0.189, noneg
=mijn =mail | weight=0.187
=dagen =geen | weight=0.187, noneg
=dagen =op | weight=0.186
=niet =beantwoord | weight=0.184, noneg
=aangemaakt | weight=0.184
=maand =helemaal | weight=0.183
=gereageerd | weight=0.183
=het =contact | weight=0.183
=heb =drie | weight=0.183
=niet =terug | weight=0.182, noneg
=ze =een | weight=0.180
=appje | weight=0.180
=niks =teruggestuurd | weight=0.180, noneg
=een =automatische | weight=0.179
=aanslag | weight=0.179
=bevestiging | weight=0.178
=niks =sinds | weight=0.176, noneg
=bezwaarschrift | weight=0.175
=mijn =bezwaarschrift | weight=0.175
=stil | weight=0.175
=het =voordat | weight=0.174
=mijn =aanslag | weight=0.172
=maandag | weight=0.171
=drie =weken | weight=0.170
=automatische =ontvangstbevestiging | weight=0.170
=ontvangstbevestiging | weight=0.170
=bestelling =is | weight=0.170
=een =zwart | weight=0.169
=zwart =gaat | weight=0.169
=het =contactformulier | weight=0.168
=heeft =nog | weight=0.167
=nooit =beantwoord | weight=0.167, noneg
=contactformulier =ingevuld | weight=0.166
=vorige =maand | weight=0.166
=mijn =bericht | weight=0.165
=maar =geen | weight=0.164, noneg
=later =heeft | weight=0.164
=heden =geen | weight=0.164, noneg
=al =tien | weight=0.162
=dm =gestuurd | weight=0.162
=blijkbaar | weight=0.162
=weken =maar | weight=0.161
=verder =niet | weight=0.161, noneg
=blijkbaar =in | weight=0.161
=een =la | weight=0.161
=la | weight=0.161
=nooit =een | weight=0.160, noneg
=ticket =staat | weight=0.160
=mail =over | weight=0.159
=zwart | weight=0.158
=gereageerd =heeft | weight=0.158
=ze =reageren | weight=0.155
=na =twee | weight=0.154
=een =dm | weight=0.154
=het =wel | weight=0.152
=gelezen =maar | weight=0.151
=gemaild =nooit | weight=0.150, noneg
=leven | weight=0.150
=iemand =op | weight=0.149
=mail =van | weight=0.149
=het =webformulier | weight=0.148
=nooit =in | weight=0.148, noneg
=moet =wachten | weight=0.146
=vijf =weken | weight=0.144
=in =maart | weight=0.144
=ontvangst =heb | weight=0.143
=van =ontvangst | weight=0.143
=bleef =het | weight=0.143
=gewoon =niet | weight=0.143, noneg
=een =reactie | weight=0.141
=automatische =bevestiging | weight=0.141
=reageerde | weight=0.140
=maand =later | weight=0.140
=sinds =de | weight=0.139
=ontvangen =en | weight=0.138
=bevestiging =van | weight=0.138
=blijkbaar =door | weight=0.138
=door =niemand | weight=0.138, noneg
=niemand =gelezen | weight=0.138, noneg
=wordt =blijkbaar | weight=0.138
=niet =op | weight=0.137, noneg
=er =niemand | weight=0.137, noneg
=mail =die | weight=0.135
=opnieuw =geschreven | weight=0.135
=weken =stilte | weight=0.135
=wel =maar | weight=0.134
=klacht =gemaild | weight=0.134
=kennelijk | weight=0.134
=hoelang | weight=0.133
=heeft =er | weight=0.133
=mailden | weight=0.133
=hij =heeft | weight=0.132
=formulier =ingevuld | weight=0.132
=heb =nooit | weight=0.132, noneg
=blauwe =vinkjes | weight=0.131
=vinkjes | weight=0.131
=terug =gehoord | weight=0.131
=eindelijk | weight=0.130
=keer =en | weight=0.129
=mail =gestuurd | weight=0.129
=voor =ze | weight=0.128
=nietszeggend | weight=0.128
=blauwe | weight=0.127
=webformulier | weight=0.127
=sinds | weight=0.126
=pas | weight=0.126
=niemand =neemt | weight=0.126, noneg
=iemand =eigenlijk | weight=0.125
=reageerde =pas | weight=0.125
=ze =reageerde | weight=0.125
=wachten =voor | weight=0.124
=kreeg =nooit | weight=0.124, noneg
=september | weight=0.124
=weken =kreeg | weight=0.123
=moet =je | weight=0.122
=gestuurd =naar | weight=0.122
=ingevuld =op | weight=0.122
=zonder =dat | weight=0.122, noneg
=automatische | weight=0.121
=ontvangen | weight=0.121
=verdwenen | weight=0.120
=niemand =reageert | weight=0.119, noneg
=gelezen | weight=0.119
=de =prullenbak | weight=0.119
=kennelijk =in | weight=0.119
=prullenbak | weight=0.119
=ze =nemen | weight=0.118
=ns | weight=0.118
=verdwijnen | weight=0.118
=negen =dagen | weight=0.117
=na =vijf | weight=0.116
=een =bericht | weight=0.115
=al =weken | weight=0.115
=geen =ontvangstbevestiging | weight=0.115, noneg
=vorige =weken | weight=0.115
=februari =heb | weight=0.115
=eigenlijk | weight=0.114
=mailtje =terug | weight=0.114
=bericht =dat | weight=0.114
=maand =is | weight=0.113
=is =daar | weight=0.113
=te =reageren | weight=0.112
=heeft =nooit | weight=0.112, noneg
=simpel =vraag | weight=0.111
=de =bestelling | weight=0.111
=ik =mail | weight=0.111
=pas =een | weight=0.110
=in =september | weight=0.110
=pas =in | weight=0.110
=brief =gestuurd | weight=0.110
=lezen | weight=0.109
=ticket =aangemaakt | weight=0.109
=jullie =reageren | weight=0.108
=klacht | weight=0.108
=pas =na | weight=0.108
=maar =niemand | weight=0.107, noneg
=via =het | weight=0.107
=weken =op | weight=0.105
=dagen =voordat | weight=0.105
=duurde =negen | weight=0.105
=heeft =niemand | weight=0.105, noneg
=en =daarna | weight=0.104
=lijn =kreeg | weight=0.104
=ingediend =en | weight=0.104
=vier =mail | weight=0.103
=het =duurde | weight=0.102
=verstuurd | weight=0.101
=gemaild =over | weight=0.100
=zonder =antwoord | weight=0.099, noneg
=gestuurd | weight=0.099
=en =worden | weight=0.099
=bedrag =op | weight=0.099
=reactie | weight=0.098
=steeds =onbeantwoord | weight=0.097
=al =een | weight=0.096
=werd =compleet | weight=0.096
=ingediend =op | weight=0.096
=formulier =gaf | weight=0.096
=geantwoord | weight=0.095
=niet =gehoord | weight=0.095, noneg
=mee | weight=0.095
=het =retourformulier | weight=0.095
=retourformulier | weight=0.095
=klopt =nog | weight=0.094
=chat =kreeg | weight=0.094
=een =op | weight=0.094
=gewoon =genegeerd | weight=0.093
=open | weight=0.093
=op =in | weight=0.092
=gewoon =nergens | weight=0.092, noneg
=al =vier | weight=0.092
=zwijgen | weight=0.091
=ze =binnen | weight=0.091
=u =op | weight=0.091
=achtergelaten =maar | weight=0.091
=bericht =achtergelaten | weight=0.091
=jullie =die | weight=0.091
=in =een | weight=0.091
=toen =was | weight=0.090
=april | weight=0.090
=dagen =terug | weight=0.090
=maand =een | weight=0.090
=altijd =geen | weight=0.090, noneg
=horen =al | weight=0.090
=deed =er | weight=0.090
=vier =weken | weight=0.090
=e-mail =van | weight=0.090
=jullie =klachtenafdeling | weight=0.090
=drie =mail | weight=0.089
=weken =open | weight=0.089
=tien | weight=0.089
=hebben =al | weight=0.089
=er =kwam | weight=0.089
=bericht =in | weight=0.088
=nu =twee | weight=0.088
=wel =gelezen | weight=0.088
=ik =antwoord | weight=0.087
=dat =bedrag | weight=0.087
=nemen =niet | weight=0.087, noneg
=ik =nooit | weight=0.087, noneg
=duurde | weight=0.087
=januari =heb | weight=0.086
=ingevuld =maar | weight=0.086
=ik =stap | weight=0.086
=te =beantwoord | weight=0.086
=zien =jullie | weight=0.086
=open =zonder | weight=0.086, noneg
=geschreven =maar | weight=0.085
=jaarafrekening =en | weight=0.085
=mijn =jaarafrekening | weight=0.085
=op =heden | weight=0.085
=tot =op | weight=0.085
=wachten =sinds | weight=0.085
=gehoord | weight=0.085
=vraag =van | weight=0.085
=nooit =gereageerd | weight=0.085, noneg
=vier =dagen | weight=0.084
=verder =niks | weight=0.084, noneg
=standaardantwoord | weight=0.084
=is =nooit | weight=0.083, noneg
=van =maart | weight=0.082
=ingediend =via | weight=0.082
=de =kou | weight=0.082
=kou | weight=0.082
=antwoord =en | weight=0.081
=die =van | weight=0.081
=niet =na | weight=0.081, noneg
=jullie =laat | weight=0.081
=ik =wachten | weight=0.081
=mijn =mailtje | weight=0.081
=het =een | weight=0.080
=volledig | weight=0.080
=een =simpel | weight=0.080
=helemaal | weight=0.079
=compleet =genegeerd | weight=0.079
=laat =me | weight=0.079
=mail =is | weight=0.078
=geen =telefoontje | weight=0.077, noneg
=op =open | weight=0.077
=voordat =ze | weight=0.077
=privebericht =gestuurd | weight=0.076
=klacht =van | weight=0.076
=reactie =op | weight=0.076
=geleden =ticket | weight=0.076
=ik =eindelijk | weight=0.075
=ze =deed | weight=0.075
=in =juni | weight=0.075
=nog =geen | weight=0.074, noneg
=te =krijg | weight=0.074
=sinds =maart | weight=0.073
=achtergelaten | weight=0.073
=is =na | weight=0.073
=ingevuld =nooit | weight=0.073, noneg
=we =hebben | weight=0.073
=na =drie | weight=0.073
=duurt =het | weight=0.072
=volgens =haar | weight=0.072
=en =nooit | weight=0.072, noneg
=klacht =in | weight=0.072
=bij =mijn | weight=0.072
=zelf =geen | weight=0.071, noneg
=maar =er | weight=0.071
=oude | weight=0.071
=moest =sturen | weight=0.070
=brief =aan | weight=0.070
=afschrijving =en | weight=0.070
=heden | weight=0.070
=ingediend | weight=0.070
=houden =je | weight=0.070
=al =mijn | weight=0.070
=om =mijn | weight=0.069
=op =m'n | weight=0.069
=lang =duurt | weight=0.069
=verliezen | weight=0.069
=zo =verliezen | weight=0.069
=mijn =ticket | weight=0.069
=compleet | weight=0.069
=niemand =er | weight=0.068, noneg
=geen =bericht | weight=0.068, noneg
=op =een | weight=0.067
=was =tien | weight=0.067
=er =uberhaupt | weight=0.067
=er =drie | weight=0.066
=januari | weight=0.066
=tweede =mail | weight=0.065
=verkeerde =bedrag | weight=0.065
=antwoord =kreeg | weight=0.065
=aangemaakt =over | weight=0.065
=staan =en | weight=0.065
=maar =mijn | weight=0.065
=iemand =aan | weight=0.065
=jaarafrekening | weight=0.064
=bevestiging =maar | weight=0.064
=brief =van | weight=0.064
=altijd =niks | weight=0.064, noneg
=alleen =een | weight=0.063
=verder | weight=0.063
=ben =doof | weight=0.063
=gestuurd =september | weight=0.062
=iets =terug | weight=0.062
=juni =brief | weight=0.062
=pas =iets | weight=0.062
=september =pas | weight=0.062
=weken =nog | weight=0.062
=heb =een | weight=0.062
=keer =gemaild | weight=0.062
=wettelijke =termijn | weight=0.062
=er =heeft | weight=0.062
=over =op | weight=0.061
=antwoord =op | weight=0.061
=lag =het | weight=0.061
=mail =en | weight=0.061
=en =kan | weight=0.061
=vraag =op | weight=0.061
=mijn =tweede | weight=0.060
=de =uitslag | weight=0.060
=uitslag | weight=0.060
=gestuurd =nog | weight=0.060
=termijn =van | weight=0.059
=klacht =is | weight=0.059
=jullie =contactformulier | weight=0.059
=factuur =is | weight=0.059
=de =mail | weight=0.059
=de =vorige | weight=0.059
=nog =niet | weight=0.059, noneg
=achterstallig | weight=0.059
