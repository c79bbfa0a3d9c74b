# scripted_reply, nl: learned by scripts/learn.py from 4875 tuning texts (124 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ De medewerkster bleef herhalen 'ik noteer uw feedback' alsof ze een tekst oplas, wat ik ook vroeg.
+ Ik heb op 14 juni een klacht ingediend via het formulier. Op 20 juni kreeg ik een automatisch antwoord met een lijst veelgestelde vragen, die helemaal niet over mijn probleem gingen. Ik heb geantwoord dat ik een echte reactie wilde. Toen kwam er een mail 'Wij hebben uw vraag doorgestuurd naar de juiste afdeling'. Die afdeling heeft nooit iets van zich laten horen. Nu ben ik er klaar mee, ik zeg mijn abonnement op.
+ ze draaien elke keer hetzelfde bandje af
- ok dankje
- ok top dank je
=tekst | weight=0.497
=standaardantwoord | weight=0.427
=riedeltje | weight=0.383
=standaardmail | weight=0.335
=las | weight=0.332
=zin | weight=0.327
=keer =hetzelfde | weight=0.295
=een =script | weight=0.291
=script | weight=0.291
=mail =die | weight=0.287
=telkens =dezelfde | weight=0.275
=meer | weight=0.271
=niks =met | weight=0.270, noneg
=weer =zo'n | weight=0.252
=nietszeggend | weight=0.248
=mailtje =terug | weight=0.237
=te =maken | weight=0.237
=zo'n | weight=0.233
=standaard | weight=0.232
=een =standaardmail | weight=0.227
=zinnetjes | weight=0.225
=knip-en-plakwerk | weight=0.224
=uit =een | weight=0.218
=een =nietszeggend | weight=0.214
=helemaal =niet | weight=0.211, noneg
=standaardtekst | weight=0.206
=antwoord | weight=0.204
=aangeleerde | weight=0.203
=aangeleerde =zinnetjes | weight=0.203
=die =zin | weight=0.200
=hetzelfde | weight=0.199
=duidelijk =een | weight=0.199
=gekregen | weight=0.198
=mailtje | weight=0.190
=holle | weight=0.189
=afgedraaid | weight=0.188
=plakt | weight=0.188
=dezelfde | weight=0.185
=dat =nergens | weight=0.182, noneg
=ik =kreeg | weight=0.179
=die =met | weight=0.175
=onze =klacht | weight=0.173
=dezelfde =zin | weight=0.168
=mijn =naam | weight=0.168
=script =voor | weight=0.167
=met =onze | weight=0.165
=keer =dezelfde | weight=0.161
=briefje | weight=0.160
=een =briefje | weight=0.160
=lek | weight=0.159
=terwijl =mijn | weight=0.158
=gewoon =een | weight=0.157
=exact | weight=0.156
=knip | weight=0.155
=knip =en | weight=0.155
=een =standaardantwoord | weight=0.155
=totaal =niet | weight=0.155, noneg
=vol | weight=0.154
=heeft =haar | weight=0.154
=kreeg =een | weight=0.153
=krijg =alleen | weight=0.153
=uw =frustratie | weight=0.152
=frustratie | weight=0.150
=reacties | weight=0.146
=een =standaardtekst | weight=0.145
=een =antwoord | weight=0.144
=antwoord =alsof | weight=0.143
=had =niks | weight=0.143, noneg
=plakt =gewoon | weight=0.142
=zinnetje | weight=0.140
=van =een | weight=0.139
=copy | weight=0.138
=copy =past | weight=0.138
=hij =draaide | weight=0.138
=alsof =niemand | weight=0.138, noneg
=ze =draaien | weight=0.137
=af =en | weight=0.136
=exact =hetzelfde | weight=0.136
=die =nergens | weight=0.135, noneg
=reactie | weight=0.135
=hetzelfde =standaardantwoord | weight=0.134
=naam | weight=0.133
=voorgekauwde | weight=0.133
=alles =van | weight=0.133
=was =duidelijk | weight=0.132
=haar =scherm | weight=0.132
=weinig | weight=0.130
=past | weight=0.130
=niemand =mijn | weight=0.130, noneg
=maken =had | weight=0.130
=naam =klant | weight=0.129
=elke =vraag | weight=0.129
=een =kant | weight=0.128
=kant =en | weight=0.128
=opgehangen | weight=0.127
=met =wij | weight=0.127
=standaardmail =die | weight=0.127
=elke =klacht | weight=0.127
=van =doen | weight=0.127
=weinig =van | weight=0.127
=een =lijstje | weight=0.127
=lijstje | weight=0.127
=duidelijk =geknipt | weight=0.126
=en =geplakt | weight=0.126
=geknipt =en | weight=0.126
=geplakt | weight=0.126
=meer =kreeg | weight=0.126
=lek =wel | weight=0.125
=en =klaar | weight=0.125
=geknipt | weight=0.124
=uw =reactie | weight=0.123
=en =kon | weight=0.123
=belangrijk =voor | weight=0.123
=telkens | weight=0.122
=werd =compleet | weight=0.122
=onder =elke | weight=0.122
=kopieer-plak | weight=0.121
=maken | weight=0.121
=meer =krijg | weight=0.121
=allemaal | weight=0.120
=pakket =werd | weight=0.120
=hebben =weinig | weight=0.120
=compleet =genegeerd | weight=0.120
=te =lezen | weight=0.120
=af | weight=0.120
=dat =u | weight=0.119
=helemaal | weight=0.119
=begrijp | weight=0.118
=mening | weight=0.118
=totaal | weight=0.118
=was =weer | weight=0.118
=gewoon =wat | weight=0.117
=herhalen =ik | weight=0.116
=ik =noteer | weight=0.116
=noteer | weight=0.116
=noteer =uw | weight=0.116
=een =keurig | weight=0.116
=ze =hield | weight=0.116
=belangrijk | weight=0.115
=over =het | weight=0.115
=oplas | weight=0.115
=ging | weight=0.115
=herhalen | weight=0.114
=automatische =mail | weight=0.114
=ik =telkens | weight=0.113
=hing =op | weight=0.113
=niks =te | weight=0.113, noneg
=past =antwoord | weight=0.112
=als =een | weight=0.111
=mail =terug | weight=0.110
=kreeg =we | weight=0.109
=het =lek | weight=0.109
=duidelijk | weight=0.109
=begrijp =uw | weight=0.108
=aan =haar | weight=0.107
=hield | weight=0.107
=alsof =er | weight=0.107
=betreuren =het | weight=0.106
=ik =hetzelfde | weight=0.106
=een =dubbele | weight=0.104
=voelde =alsof | weight=0.104
=drie =mail | weight=0.104
=draaide | weight=0.104
=reactie =die | weight=0.104
=standaardantwoord =dat | weight=0.104
=tekst =terug | weight=0.103
=betreuren | weight=0.103
=wij =betreuren | weight=0.103
=keer =gemaild | weight=0.102
=ze =las | weight=0.101
=nog =naam | weight=0.101
=hun | weight=0.100
=het =dat | weight=0.099
=antwoord =gekregen | weight=0.098
=lijstje =op | weight=0.098
=die =niks | weight=0.097, noneg
=voor =ons | weight=0.096
=een =papiertje | weight=0.096
=papiertje | weight=0.096
=op =over | weight=0.095
=wij =doen | weight=0.095
=gedaan =had | weight=0.095
=geen =woord | weight=0.095, noneg
=kabel | weight=0.095
=beantwoord =met | weight=0.095
=werd =beantwoord | weight=0.095
=zijn =antwoord | weight=0.094
=gaan | weight=0.094
=antwoord =ze | weight=0.094
=las =gewoon | weight=0.093
=bleef =maar | weight=0.093
=mail =had | weight=0.093
=letterlijk | weight=0.092
=voor =woord | weight=0.092
=woord =voor | weight=0.092
=de =energieleverancier | weight=0.092
=gelezen | weight=0.092
=antwoord =die | weight=0.091
=een =kant-en-klare | weight=0.091
=compleet | weight=0.091
=niet =in | weight=0.091, noneg
=vraag =werd | weight=0.090
=verder =niet | weight=0.090, noneg
=herstarten | weight=0.090
=bandje | weight=0.090
=is =duidelijk | weight=0.090
=hetzelfde =antwoord | weight=0.090
=uw =klacht | weight=0.090
=kant-en-klare | weight=0.089
=tekst =over | weight=0.089
=een =tekst | weight=0.089
=energieleverancier | weight=0.089
=irritant | weight=0.088
=tekst =die | weight=0.088
=alsof =hij | weight=0.088
=ze =heeft | weight=0.087
=we =niet | weight=0.086, noneg
=daarin | weight=0.086
=pagina =staat | weight=0.086
=hun =mail | weight=0.086
=resetten | weight=0.085
=wel =alsof | weight=0.085
=terug =dat | weight=0.085
=hetzelfde =zinnetje | weight=0.085
=het =voelde | weight=0.085
=elke =reactie | weight=0.084
=onder | weight=0.083
=zelf =mijn | weight=0.082
=de =faq | weight=0.082
=checken | weight=0.082
=keer =contact | weight=0.082
=antwoord =was | weight=0.082
=alsof | weight=0.082
=het =was | weight=0.082
=niet =tevreden | weight=0.081, noneg
=staat =onder | weight=0.081
=zin =staat | weight=0.081
=termijnbedrag | weight=0.080
=die =medewerker | weight=0.080
=hebben =uw | weight=0.079
=vraag =doorgestuurd | weight=0.079
=die =totaal | weight=0.079
=antwoord =van | weight=0.079
=een =standaardbrief | weight=0.079
=standaardbrief | weight=0.079
=deed =ze | weight=0.079
=vraag =ging | weight=0.079
=ze =bleef | weight=0.078
=leest | weight=0.077
=krijg =je | weight=0.077
=niet =beter | weight=0.076, noneg
=werk | weight=0.076
=op =elke | weight=0.076
=het =protocol | weight=0.075
=zich | weight=0.075
=mee =helpen | weight=0.075
=contactformulier =doen | weight=0.075
=erg | weight=0.075
=standaardbericht | weight=0.075
=een =link | weight=0.075
=reactie =was | weight=0.075
=faq | weight=0.074
=deze =webwinkel | weight=0.074
=de =klantenservice | weight=0.074
=keurig | weight=0.074
=bericht | weight=0.074
=kant-en-klare =tekst | weight=0.073
=eindelijk =antwoord | weight=0.073
=wij =begrijp | weight=0.072
=weer =dezelfde | weight=0.072
=telkens =een | weight=0.072
=aan =hun | weight=0.071
=allemaal =aan | weight=0.071
=bericht =gestuurd | weight=0.071
=precies =dezelfde | weight=0.070
=wilt =spreken | weight=0.070
=vorige =medewerker | weight=0.070
=wat =vervelend | weight=0.070
=een =robot | weight=0.069
=een =resetten | weight=0.069
=protocol | weight=0.069
=alles =op | weight=0.068
=standaardantwoord =terug | weight=0.068
=las =letterlijk | weight=0.068
=robot | weight=0.068
=contact =over | weight=0.068
=e | weight=0.068
=moest =maar | weight=0.067
=niks =ontvangen | weight=0.067, noneg
=je =wachtwoord | weight=0.067
=wilt | weight=0.067
=medewerker =las | weight=0.067
=houden =zich | weight=0.067
=gekregen =dat | weight=0.067
=keer =we | weight=0.067
=kreeg =weer | weight=0.067
=vervelend | weight=0.066
=hebben =mijn | weight=0.066
=op =van | weight=0.066
=draaien | weight=0.066
=we =sturen | weight=0.066
=hij =alles | weight=0.066
=de =verhuis | weight=0.065
=en =support | weight=0.065
=is =geblokkeerd | weight=0.065
=uw =antwoord | weight=0.065
=kapotte =slot | weight=0.065
=gewoon =alles | weight=0.064
=bedankt =he | weight=0.064
=allang | weight=0.064
=sturen =een | weight=0.064
=kant | weight=0.064
=klant =in | weight=0.064
=zelf =nog | weight=0.064
=verhuis | weight=0.064
=wachtwoord =terwijl | weight=0.064
=min =wacht | weight=0.063
=al =had | weight=0.063
=antwoord =over | weight=0.063
=scherm =en | weight=0.063
=we | weight=0.063
=leidinggevende =vroeg | weight=0.063
=klopt =niet | weight=0.062, noneg
=kreeg =alleen | weight=0.062
=helemaal =niks | weight=0.062, noneg
=dienst =na | weight=0.062
=ervaring =met | weight=0.062
=er =een | weight=0.062
=met =deze | weight=0.062
=maar =uit | weight=0.062
=een =kopie | weight=0.062
=u =niet | weight=0.062, noneg
=gechat =met | weight=0.062
=uiterst | weight=0.061
=een =algemene | weight=0.061
=medewerker =bleef | weight=0.061
=nergens =over | weight=0.061, noneg
=contactformulier =ingevuld | weight=0.061
=nu =voor | weight=0.061
=voor =van | weight=0.061
=andere =mee | weight=0.061
=kopie =van | weight=0.061
=zou =het | weight=0.061
=beantwoordt | weight=0.060
=regio | weight=0.060
=support | weight=0.060
=hetzelfde =automatische | weight=0.060
=het =ongemak | weight=0.060
=van =haar | weight=0.059
=leidinggevende =kreeg | weight=0.059
=voorlezen | weight=0.059
=slot | weight=0.059
=duidelijk =niet | weight=0.059, noneg
=kopie | weight=0.059
=maar =even | weight=0.059
=was =een | weight=0.058
=m'n | weight=0.058
=ongemak | weight=0.058
=standaardmail =terug | weight=0.058
=ervaring | weight=0.058
=antwoord =met | weight=0.058
=internet =doet | weight=0.058
=voor =uw | weight=0.058
=klacht | weight=0.058
=kapotte | weight=0.057
=feedback | weight=0.057
=e =keer | weight=0.057
=vroeg =zei | weight=0.057
=zo =heeft | weight=0.057
=vijf =keer | weight=0.057
=luisteren | weight=0.057
=kreeg =in | weight=0.055
=geen =medewerker | weight=0.054, noneg
=de =pagina | weight=0.054
=zelfde | weight=0.054
=doen =met | weight=0.053
=om =foto's | weight=0.053
=poot | weight=0.053
=berichtje | weight=0.053
=helaas | weight=0.053
=je =niet | weight=0.053, noneg
=chat =stuurde | weight=0.053
=ging =over | weight=0.053
=vroeg =in | weight=0.053
=niet =over | weight=0.052, noneg
=ik =klaagde | weight=0.052
=genegeerd | weight=0.052
=twitter | weight=0.052
=het =kapotte | weight=0.052
=zin =over | weight=0.052
=standaardantwoord =over | weight=0.052
=had =gezegd | weight=0.052
=sturen =ons | weight=0.052
=begrijp =dat | weight=0.051
=dezelfde =link | weight=0.051
=excuses =voor | weight=0.051
=had =over | weight=0.050
=vraag =had | weight=0.050
=over =een | weight=0.050
=echt =reactie | weight=0.050
