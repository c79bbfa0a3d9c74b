# no_response, nl: learned by scripts/learn.py from 3262 tuning texts (134 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ 'We nemen binnen 48 uur contact met u op.' Dat was tien dagen geleden. Jullie houden je niet aan je woord.
+ ze zwijgen al mijn mails gewoon dood
+ we mailden drie keer en kregen nooit antwoord
- we willen ons geld terug
- Geen minuut gewacht, top!
=reageren | weight=0.453
=geen =antwoord | weight=0.367, noneg
=ticket | weight=0.353
=van =vorige | weight=0.350
=contactformulier | weight=0.308
=dood | weight=0.301
=mijn =klacht | weight=0.296
=geen =reactie | weight=0.290, noneg
=niks =terug | weight=0.288, noneg
=geen =enkele | weight=0.287, noneg
=nooit | weight=0.282, noneg
=geschreven | weight=0.279
=nooit =iets | weight=0.273, noneg
=mei | weight=0.270
=bericht | weight=0.269
=stilte | weight=0.268
=reageren =gewoon | weight=0.263
=eindelijk =antwoord | weight=0.256
=mail | weight=0.253
=tien =dagen | weight=0.253
=reageert | weight=0.239
=maar =nooit | weight=0.238, noneg
=ik =horen | weight=0.236
=helemaal =niks | weight=0.235, noneg
=ingevuld | weight=0.234
=worden =gewoon | weight=0.229
=gewoon =dood | weight=0.228
=ik =sturen | weight=0.226
=sinds =mijn | weight=0.223
=een =maand | weight=0.221
=genegeerd | weight=0.221
=brief | weight=0.219
=mijn =e-mail | weight=0.216
=heb =drie | weight=0.215
=herinnering | weight=0.211
=herinnering =gestuurd | weight=0.211
=mailtje | weight=0.210
=nooit =antwoord | weight=0.207, noneg
=nul | weight=0.207
=niet =een | weight=0.206, noneg
=bevestiging | weight=0.205
=aangemaakt | weight=0.205
=niemand =op | weight=0.204, noneg
=staat =al | weight=0.204
=dm | weight=0.202
=gereageerd | weight=0.202
=nul =reactie | weight=0.201
=teruggekregen | weight=0.197
=bezwaarschrift | weight=0.193
=mijn =bezwaarschrift | weight=0.193
=onbeantwoord | weight=0.191
=mijn =brief | weight=0.188
=een =automatische | weight=0.188
=aanslag | weight=0.188
=verzonden | weight=0.188
=dagen =op | weight=0.187
=gemaild | weight=0.187
=appje | weight=0.187
=niks =teruggestuurd | weight=0.187, noneg
=dagen =geleden | weight=0.187
=het =contactformulier | weight=0.186
=het =wel | weight=0.185
=geleden | weight=0.185
=niet =terug | weight=0.183, noneg
=drie =weken | weight=0.182
=het =contact | weight=0.181
=stil | weight=0.181
=het =voordat | weight=0.180
=ze =een | weight=0.180
=bestelling =is | weight=0.178
=steeds =niks | weight=0.178, noneg
=nooit =een | weight=0.176, noneg
=niks =sinds | weight=0.176, noneg
=maand =helemaal | weight=0.175
=automatische =ontvangstbevestiging | weight=0.174
=ontvangstbevestiging | weight=0.174
=dagen =geen | weight=0.174, noneg
=een =zwart | weight=0.174
=zwart =gaat | weight=0.174
=later =heeft | weight=0.174
=al =tien | weight=0.173
=heeft =nog | weight=0.172
=dm =gestuurd | weight=0.172
=heden =geen | weight=0.171, noneg
=op =maandag | weight=0.171
=mail =van | weight=0.170
=mijn =aanslag | weight=0.168
=niet =beantwoord | weight=0.168, noneg
=maandag | weight=0.168
=na =twee | weight=0.168
=verder =niet | weight=0.167, noneg
=maar =geen | weight=0.165, noneg
=nooit =beantwoord | weight=0.165, noneg
=blijkbaar =in | weight=0.164
=een =la | weight=0.164
=la | weight=0.164
=ze =reageren | weight=0.164
=mijn =mail | weight=0.163
=weken =maar | weight=0.163
=ticket =staat | weight=0.163
=klacht =gemaild | weight=0.162
=blijkbaar | weight=0.159
=zwart | weight=0.159
=contactformulier =ingevuld | weight=0.158
=mijn =bericht | weight=0.158
=gereageerd =heeft | weight=0.158
=leven | weight=0.157
=een =dm | weight=0.157
=vorige =weken | weight=0.156
=lezen | weight=0.155
=u =op | weight=0.153
=hij =heeft | weight=0.152
=er =niemand | weight=0.151, noneg
=maand =later | weight=0.150
=het =webformulier | weight=0.147
=in =maart | weight=0.147
=iemand =op | weight=0.146
=ontvangen =en | weight=0.145
=reactie | weight=0.144
=bleef =het | weight=0.143
=automatische =bevestiging | weight=0.143
=mailden | weight=0.143
=gewoon =niet | weight=0.143, noneg
=nooit =in | weight=0.141, noneg
=weken =op | weight=0.141
=heeft =er | weight=0.141
=sinds | weight=0.140
=klacht | weight=0.139
=pas | weight=0.139
=blauwe =vinkjes | weight=0.138
=vinkjes | weight=0.138
=keer =en | weight=0.138
=reageerde | weight=0.136
=blijkbaar =door | weight=0.136
=door =niemand | weight=0.136, noneg
=niemand =gelezen | weight=0.136, noneg
=wordt =blijkbaar | weight=0.136
=blauwe | weight=0.136
=vijf =weken | weight=0.135
=ontvangen | weight=0.135
=gelezen =maar | weight=0.133
=formulier =ingevuld | weight=0.132
=opnieuw =geschreven | weight=0.131
=weken =stilte | weight=0.131
=bericht =dat | weight=0.131
=niemand =neemt | weight=0.131, noneg
=bevestiging =van | weight=0.130
=ontvangst =heb | weight=0.130
=van =ontvangst | weight=0.130
=terug =gehoord | weight=0.129
=kennelijk | weight=0.129
=mail =die | weight=0.129
=nietszeggend | weight=0.128
=kreeg =nooit | weight=0.127, noneg
=iemand =eigenlijk | weight=0.127
=moet =wachten | weight=0.127
=hoelang | weight=0.126
=webformulier | weight=0.124
=niet =op | weight=0.124, noneg
=wachten =voor | weight=0.124
=gestuurd | weight=0.124
=en =worden | weight=0.123
=na =vijf | weight=0.123
=de =bestelling | weight=0.122
=geen =ontvangstbevestiging | weight=0.121, noneg
=zonder =dat | weight=0.121, noneg
=voor =ze | weight=0.120
=verdwenen | weight=0.120
=reageerde =pas | weight=0.119
=ze =reageerde | weight=0.119
=september | weight=0.119
=ns | weight=0.118
=ik =wachten | weight=0.117
=februari =heb | weight=0.117
=verdwijnen | weight=0.117
=het =duurde | weight=0.116
=ticket =aangemaakt | weight=0.116
=al =weken | weight=0.116
=pas =na | weight=0.115
=jullie =reageren | weight=0.115
=gelezen | weight=0.115
=verstuurd | weight=0.114
=ze =nemen | weight=0.114
=de =prullenbak | weight=0.114
=kennelijk =in | weight=0.114
=prullenbak | weight=0.114
=brief =gestuurd | weight=0.112
=moet =je | weight=0.112
=een =bericht | weight=0.112
=mailtje =terug | weight=0.112
=simpel =vraag | weight=0.111
=is =daar | weight=0.111
=weken =kreeg | weight=0.111
=in =september | weight=0.110
=pas =in | weight=0.110
=ik =mail | weight=0.110
=via =het | weight=0.110
=te =reageren | weight=0.110
=dagen =voordat | weight=0.110
=duurde =negen | weight=0.110
=negen =dagen | weight=0.110
=duurde | weight=0.109
=maand =is | weight=0.109
=gestuurd =naar | weight=0.109
=mee | weight=0.109
=sinds =de | weight=0.108
=heb =nooit | weight=0.108, noneg
=al =vier | weight=0.107
=heeft =niemand | weight=0.107, noneg
=vorige =maand | weight=0.106
=ingevuld =op | weight=0.105
=ingediend =op | weight=0.104
=bedrag =op | weight=0.103
=nooit =gereageerd | weight=0.103, noneg
=al =een | weight=0.103
=niemand =reageert | weight=0.102, noneg
=ingediend =en | weight=0.101
=het =retourformulier | weight=0.100
=retourformulier | weight=0.100
=op =in | weight=0.100
=eindelijk | weight=0.100
=vier =mail | weight=0.100
=volledig | weight=0.100
=standaardantwoord | weight=0.099
=nu =twee | weight=0.099
=deed =er | weight=0.098
=vraag =van | weight=0.098
=helemaal | weight=0.097
=een =op | weight=0.097
=heeft =nooit | weight=0.097, noneg
=ze =binnen | weight=0.097
=vier =weken | weight=0.097
=mail =over | weight=0.096
=gewoon =genegeerd | weight=0.096
=geantwoord | weight=0.094
=jullie =klachtenafdeling | weight=0.094
=januari =heb | weight=0.094
=ingediend =via | weight=0.093
=steeds =onbeantwoord | weight=0.093
=eigenlijk | weight=0.093
=open | weight=0.093
=werd =compleet | weight=0.092
=achtergelaten =maar | weight=0.092
=bericht =achtergelaten | weight=0.092
=te =beantwoord | weight=0.092
=gewoon =nergens | weight=0.092, noneg
=april | weight=0.092
=automatische | weight=0.091
=klopt =nog | weight=0.090
=e-mail =van | weight=0.090
=in =een | weight=0.089
=geleden =ticket | weight=0.089
=toen =was | weight=0.089
=nemen =niet | weight=0.089, noneg
=ik =nooit | weight=0.089, noneg
=zien =jullie | weight=0.088
=hebben =al | weight=0.088
=klacht =van | weight=0.088
=formulier =gaf | weight=0.088
=en =daarna | weight=0.088
=wel =gelezen | weight=0.088
=zwijgen | weight=0.088
=weken =open | weight=0.088
=reactie =op | weight=0.088
=een =reactie | weight=0.087
=ingevuld =maar | weight=0.087
=niet =gehoord | weight=0.087, noneg
=geschreven =maar | weight=0.086
=dat =bedrag | weight=0.086
=achtergelaten | weight=0.086
=ik =antwoord | weight=0.086
=verder =niks | weight=0.086, noneg
=maar =niemand | weight=0.085, noneg
=voordat =ze | weight=0.084
=ingediend | weight=0.084
=dagen =terug | weight=0.084
=open =zonder | weight=0.084, noneg
=altijd =geen | weight=0.084, noneg
=ze =deed | weight=0.084
=mail =gestuurd | weight=0.083
=horen =al | weight=0.083
=privebericht =gestuurd | weight=0.083
=vier =dagen | weight=0.083
=en =nooit | weight=0.082, noneg
=op =heden | weight=0.080
=tot =op | weight=0.080
=chat =kreeg | weight=0.080
=al =mijn | weight=0.080
=afschrijving =en | weight=0.079
=nooit =iemand | weight=0.079, noneg
=jullie =laat | weight=0.079
=een =simpel | weight=0.079
=ingevuld =nooit | weight=0.078, noneg
=niks =gehoord | weight=0.077, noneg
=niet =na | weight=0.077, noneg
=sinds =maart | weight=0.077
=de =kou | weight=0.077
=kou | weight=0.077
=gehoord | weight=0.077
=mail =is | weight=0.077
=er =kwam | weight=0.076
=maar =er | weight=0.076
=na =drie | weight=0.076
=laat =me | weight=0.076
=geen =telefoontje | weight=0.076, noneg
=die =van | weight=0.075
=het =een | weight=0.075
=duurt =het | weight=0.075
=volgens =haar | weight=0.075
=drie =mail | weight=0.074
=weken =nog | weight=0.074
=contact | weight=0.074
=januari | weight=0.074
=compleet =genegeerd | weight=0.074
=op =m'n | weight=0.073
=staan =en | weight=0.073
=nooit =ontvangen | weight=0.073, noneg
=er =uberhaupt | weight=0.073
=te =krijg | weight=0.073
=geen =bericht | weight=0.073, noneg
=contact =opnemen | weight=0.072
=ben =doof | weight=0.072
=om =mijn | weight=0.072
=lang =duurt | weight=0.071
=alleen =een | weight=0.071
=zelf =geen | weight=0.071, noneg
=in =juni | weight=0.071
=over =op | weight=0.071
=is =nooit | weight=0.070, noneg
=ik =stap | weight=0.070
=we =hebben | weight=0.070
=verliezen | weight=0.070
=zo =verliezen | weight=0.070
=gestuurd =nog | weight=0.069
=brief =van | weight=0.069
=antwoord =en | weight=0.069
=een =antwoord | weight=0.069
=moest =sturen | weight=0.068
=gewoon =in | weight=0.068
=op =open | weight=0.068
=en =kreeg | weight=0.067
=vinden =ik | weight=0.067
=verder | weight=0.067
=heden | weight=0.067
=nog =geen | weight=0.067, noneg
=niks | weight=0.066, noneg
=oude | weight=0.065
=gestuurd =september | weight=0.065
=iets =terug | weight=0.065
=juni =brief | weight=0.065
=pas =iets | weight=0.065
=september =pas | weight=0.065
=maar =mijn | weight=0.064
=compleet | weight=0.064
=mijn =mailtje | weight=0.064
=ik =alleen | weight=0.064
=tien | weight=0.063
=en =niks | weight=0.063, noneg
=klacht =in | weight=0.063
=niet =bellen | weight=0.063, noneg
=op =een | weight=0.063
=niemand =er | weight=0.063, noneg
=antwoord =op | weight=0.062
=mijn =ticket | weight=0.062
=er =drie | weight=0.062
=houden =je | weight=0.062
=het =formulier | weight=0.061
=opnemen | weight=0.061
=nergens =op | weight=0.061, noneg
=klachtenafdeling | weight=0.061
=zaterdag | weight=0.060
=brief =aan | weight=0.060
=formulier | weight=0.060
=en =kan | weight=0.060
=tweede =mail | weight=0.060
=verkeerde =bedrag | weight=0.060
=vraag =op | weight=0.060
=mail =kreeg | weight=0.060
=een =concurrent | weight=0.059
=behandeling =en | weight=0.059
=de =vorige | weight=0.059
=optie | weight=0.059
=wettelijke =termijn | weight=0.058
=antwoord =kreeg | weight=0.058
=was =tien | weight=0.058
=wachten =al | weight=0.058
=bevestiging =nul | weight=0.058
=nul =keer | weight=0.058
=hoe =lang | weight=0.057
=instagram | weight=0.057
=mijn =tweede | weight=0.057
=jullie =contactformulier | weight=0.057
=verstreken | weight=0.056
=is =na | weight=0.056
=met =u | weight=0.056
=e =is | weight=0.056
=nog =niet | weight=0.056, noneg
=zich =wachten | weight=0.055
=termijn =van | weight=0.055
=uberhaupt | weight=0.055
