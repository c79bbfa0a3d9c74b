# scripted_reply, nl: learned by scripts/learn.py from 3262 tuning texts (84 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ ze draaien elke keer hetzelfde bandje af
+ gewoon knip en plak werk, meer kregen we niet
+ hun reacties hebben weinig van doen met onze klacht
- we willen ons geld terug
- Geen minuut gewacht, top!
=standaardantwoord | weight=0.358
=tekst | weight=0.344
=riedeltje | weight=0.329
=meer | weight=0.305
=weer =zo'n | weight=0.282
=keer =hetzelfde | weight=0.279
=niks =met | weight=0.278, noneg
=las | weight=0.272
=standaardmail | weight=0.262
=zin | weight=0.257
=telkens =dezelfde | weight=0.257
=standaard | weight=0.241
=zo'n | weight=0.239
=zinnetjes | weight=0.235
=antwoord | weight=0.230
=knip-en-plakwerk | weight=0.225
=hetzelfde | weight=0.224
=mailtje =terug | weight=0.219
=aangeleerde | weight=0.216
=aangeleerde =zinnetjes | weight=0.216
=mijn =naam | weight=0.211
=reactie | weight=0.202
=te =maken | weight=0.201
=dezelfde =zin | weight=0.199
=afgedraaid | weight=0.191
=standaardtekst | weight=0.191
=die =met | weight=0.191
=een =standaardmail | weight=0.187
=vol | weight=0.182
=mail =die | weight=0.182
=dezelfde | weight=0.177
=naam | weight=0.173
=een =standaardantwoord | weight=0.172
=duidelijk =een | weight=0.170
=mailtje | weight=0.167
=dat =u | weight=0.166
=exact =hetzelfde | weight=0.164
=nietszeggend | weight=0.161
=gekregen | weight=0.161
=las =gewoon | weight=0.160
=heeft =haar | weight=0.156
=copy | weight=0.154
=copy =past | weight=0.154
=over =het | weight=0.152
=weinig | weight=0.152
=had =niks | weight=0.151, noneg
=maken | weight=0.150
=onder | weight=0.148
=onze =klacht | weight=0.146
=klacht | weight=0.146
=hun | weight=0.145
=alsof | weight=0.145
=als =een | weight=0.144
=leek =wel | weight=0.144
=krijg =alleen | weight=0.143
=knip | weight=0.143
=knip =en | weight=0.143
=reacties | weight=0.142
=totaal =niet | weight=0.142, noneg
=herhalen | weight=0.142
=exact | weight=0.140
=af | weight=0.139
=bandje | weight=0.139
=ik =kreeg | weight=0.138
=helemaal | weight=0.137
=opgehangen | weight=0.136
=een =dubbele | weight=0.136
=de =faq | weight=0.136
=haar =scherm | weight=0.135
=met =onze | weight=0.135
=antwoord =alsof | weight=0.135
=voorgekauwde | weight=0.135
=terwijl =mijn | weight=0.134
=faq | weight=0.134
=uw =klacht | weight=0.133
=een =antwoord | weight=0.132
=een =lijstje | weight=0.132
=lijstje | weight=0.132
=het =leek | weight=0.131
=een =kant | weight=0.131
=en =klaar | weight=0.131
=kant =en | weight=0.131
=niks =te | weight=0.131, noneg
=was =het | weight=0.130
=naam =klant | weight=0.130
=elke =vraag | weight=0.130
=niet =in | weight=0.129, noneg
=af =en | weight=0.129
=gewoon =een | weight=0.128
=helemaal =niet | weight=0.127, noneg
=zinnetje | weight=0.127
=past | weight=0.126
=hij =draaide | weight=0.126
=telkens | weight=0.125
=alsof =niemand | weight=0.124, noneg
=begrijp | weight=0.123
=en =kon | weight=0.123
=antwoord =die | weight=0.123
=onder =elke | weight=0.122
=ging | weight=0.122
=alles =voor | weight=0.122
=gewoon =alles | weight=0.122
=elke =klacht | weight=0.121
=het =niet | weight=0.120, noneg
=met =wij | weight=0.120
=hield | weight=0.120
=werd =compleet | weight=0.119
=kopieer-plak | weight=0.119
=antwoord =was | weight=0.118
=niemand =mijn | weight=0.118, noneg
=voor =van | weight=0.118
=een =keurig | weight=0.117
=maken =had | weight=0.117
=meer =kreeg | weight=0.117
=een =standaardtekst | weight=0.117
=kreeg =een | weight=0.117
=pakket =werd | weight=0.115
=compleet =genegeerd | weight=0.114
=ze =bleef | weight=0.114
=we =niet | weight=0.113, noneg
=ging =over | weight=0.113
=totaal | weight=0.113
=ik =telkens | weight=0.112
=medewerker =las | weight=0.111
=past =antwoord | weight=0.110
=die =totaal | weight=0.110
=kapotte | weight=0.109
=gaan | weight=0.109
=nog =naam | weight=0.108
=ze =las | weight=0.108
=de =klantenservice | weight=0.107
=alsof =er | weight=0.107
=hetzelfde =antwoord | weight=0.106
=kreeg =we | weight=0.106
=hebben =weinig | weight=0.106
=van =doen | weight=0.105
=weinig =van | weight=0.105
=was =weer | weight=0.105
=de =energieleverancier | weight=0.105
=een =kant-en-klare | weight=0.104
=nergens =op | weight=0.104, noneg
=begrijp =uw | weight=0.104
=uw =frustratie | weight=0.104
=ze =heeft | weight=0.103
=kreeg =alleen | weight=0.103
=zich | weight=0.103
=hing =op | weight=0.102
=energieleverancier | weight=0.102
=een =tekst | weight=0.102
=kant-en-klare | weight=0.101
=voor =woord | weight=0.101
=woord =voor | weight=0.101
=eindelijk =antwoord | weight=0.101
=en =hing | weight=0.101
=draaide | weight=0.101
=leek | weight=0.101
=keurig | weight=0.101
=vijf =keer | weight=0.101
=een =kapotte | weight=0.101
=frustratie | weight=0.100
=tekst =die | weight=0.100
=op =elke | weight=0.100
=standaardmail =die | weight=0.100
=het =was | weight=0.098
=duidelijk =niet | weight=0.097, noneg
=betreuren =het | weight=0.097
=verder | weight=0.097
=was =duidelijk | weight=0.097
=mail | weight=0.096
=werk | weight=0.096
=wij =doen | weight=0.096
=dat =nergens | weight=0.095, noneg
=ik =hetzelfde | weight=0.095
=die =nergens | weight=0.094, noneg
=verder =niet | weight=0.094, noneg
=uw =reactie | weight=0.093
=betreuren | weight=0.093
=wij =betreuren | weight=0.093
=beantwoord =met | weight=0.093
=werd =beantwoord | weight=0.093
=aan =haar | weight=0.093
=een =script | weight=0.093
=script | weight=0.093
=die =niks | weight=0.093, noneg
=vraag =werd | weight=0.092
=bleef =maar | weight=0.092
=elke =reactie | weight=0.092
=op =over | weight=0.091
=drie =mail | weight=0.090
=antwoord =gekregen | weight=0.090
=die =zin | weight=0.089
=staat =onder | weight=0.089
=zin =staat | weight=0.089
=herstarten | weight=0.089
=checken | weight=0.086
=compleet | weight=0.086
=alleen =een | weight=0.085
=het =dat | weight=0.085
=over =een | weight=0.084
=een =standaardbrief | weight=0.083
=standaardbrief | weight=0.083
=plakt | weight=0.083
=allemaal | weight=0.083
=kabel | weight=0.083
=geen =woord | weight=0.082, noneg
=antwoord =ze | weight=0.082
=een =algemene | weight=0.081
=pagina | weight=0.081
=scherm | weight=0.080
=aan =hun | weight=0.079
=leest | weight=0.078
=het =een | weight=0.077
=is =geblokkeerd | weight=0.077
=account =is | weight=0.077
=draaien | weight=0.077
=weer =een | weight=0.077
=standaardbericht | weight=0.077
=gezegd =dat | weight=0.076
=genegeerd | weight=0.076
=precies =dezelfde | weight=0.076
=had =gezegd | weight=0.076
=allemaal =aan | weight=0.076
=kant-en-klare =tekst | weight=0.074
=wel =alsof | weight=0.073
=ik =dat | weight=0.073
=alleen =het | weight=0.071
=we | weight=0.071
=reactie =van | weight=0.071
=kant | weight=0.071
=zelf =mijn | weight=0.071
=keer =exact | weight=0.071
=antwoord =over | weight=0.071
=las =letterlijk | weight=0.070
=support | weight=0.070
=het =protocol | weight=0.069
=mee =helpen | weight=0.069
=wachtwoord =terwijl | weight=0.069
=al =had | weight=0.069
=kon =geen | weight=0.069, noneg
=bij =iedere | weight=0.069
=keer =dezelfde | weight=0.068
=ik =begrijp | weight=0.068
=wilt =spreken | weight=0.068
=antwoord =en | weight=0.068
=duidelijk | weight=0.068
=was =een | weight=0.068
=kaartje | weight=0.067
=een =robot | weight=0.067
=klant =in | weight=0.067
=zelf =nog | weight=0.067
=kapotte =slot | weight=0.067
=verkeerde =in | weight=0.067
=vraag =ging | weight=0.067
=op =van | weight=0.066
=je =wachtwoord | weight=0.066
=beste | weight=0.065
=geblokkeerd | weight=0.065
=dat =via | weight=0.065
=reactie =die | weight=0.064
=robot | weight=0.064
=leidinggevende =kreeg | weight=0.064
=protocol | weight=0.064
=ze =houden | weight=0.064
=gelezen | weight=0.064
=hetzelfde =zinnetje | weight=0.064
=slot | weight=0.063
=regio | weight=0.063
=wilt | weight=0.063
=van =een | weight=0.063
=dubbele =afschrijving | weight=0.062
=kon =niet | weight=0.062, noneg
=zo =heeft | weight=0.062
=gemaild | weight=0.061
=alles =op | weight=0.061
=afwijken | weight=0.061
=betalen =ik | weight=0.060
=vraag =had | weight=0.060
=u =dit | weight=0.060
=klantenservice | weight=0.060
=vraag =over | weight=0.060
=de =pagina | weight=0.059
=wachtwoord | weight=0.059
=keer =gemaild | weight=0.058
=storing =in | weight=0.058
=wtf | weight=0.058
=zelf =verkeerde | weight=0.058
=klaar | weight=0.058
=doen =met | weight=0.058
=juist =afdeling | weight=0.058
=nietszeggend =antwoord | weight=0.058
=sprak =op | weight=0.057
=de =verhuis | weight=0.057
=herhalen =alsof | weight=0.057
=over =technische | weight=0.057
=probleem =herhalen | weight=0.057
=technische =probleem | weight=0.057
=uit =een | weight=0.057
=zin =over | weight=0.057
=vraag | weight=0.057
=helemaal =niks | weight=0.056, noneg
=voor =wat | weight=0.056
=beantwoordt | weight=0.056
=terug =dat | weight=0.056
=berichtje | weight=0.055
=doorgestuurd =naar | weight=0.055
=bedankt =he | weight=0.055
=er =zelf | weight=0.055
=dienst =na | weight=0.054
=het =resetten | weight=0.054
=resetten =van | weight=0.054
=excuses =voor | weight=0.054
=het =ongemak | weight=0.054
=standaardantwoord =over | weight=0.054
=mijn =probleem | weight=0.054
=verhuis | weight=0.053
=voelt | weight=0.053
=zelfde | weight=0.053
=een =kopie | weight=0.053
=kopie =van | weight=0.053
=gechat =met | weight=0.053
=letterlijk | weight=0.053
=ze =kon | weight=0.053
=uiterst | weight=0.053
=er =op | weight=0.053
=sturen =ons | weight=0.052
=min =wachten | weight=0.052
=hetzelfde =automatische | weight=0.052
=scherm =en | weight=0.052
=ongemak | weight=0.051
=weken =geen | weight=0.051, noneg
=ermee | weight=0.051
=doorgestuurd | weight=0.050
=overduidelijk | weight=0.050
=kopie | weight=0.050
=mijn =factuur | weight=0.050
=bericht =kreeg | weight=0.050
=maken =heeft | weight=0.050
=van =haar | weight=0.050
=niet =mogelijk | weight=0.050, noneg
=andere =mee | weight=0.050
=waarom =is | weight=0.050
=koelkast | weight=0.050
=na =twee | weight=0.049
=resetten | weight=0.049
=beantwoord | weight=0.048
=hebben =mijn | weight=0.048
=klopt =niet | weight=0.048, noneg
=in =en | weight=0.048
=weer =dezelfde | weight=0.048
=het =kapotte | weight=0.048
=wachten =kreeg | weight=0.048
=vraag =was | weight=0.048
=was =simpel | weight=0.048
=is =duidelijk | weight=0.047
=chat =stuurde | weight=0.047
=alsof =hij | weight=0.047
=dit =zo | weight=0.046
=gezegd | weight=0.045
=niet =behandeld | weight=0.045, noneg
=termijnbedrag | weight=0.045
=m'n | weight=0.044
=wat =vervelend | weight=0.044
=dezelfde =drie | weight=0.044
=u =ergens | weight=0.044
=telkens =een | weight=0.044
=mijn =account | weight=0.044
=die =op | weight=0.044
=om =foto's | weight=0.043
=poot | weight=0.043
=het =antwoord | weight=0.043
=briefje | weight=0.043
=een =briefje | weight=0.043
=stap =over | weight=0.043
=houden | weight=0.043
=aan =iedereen | weight=0.043
=over =uw | weight=0.042
=u =niet | weight=0.042, noneg
=ze =een | weight=0.042
=de =mail | weight=0.042
=even =een | weight=0.042
=ervaring | weight=0.042
=vervelend | weight=0.041
=gewoon =door | weight=0.041
=helaas =niet | weight=0.041, noneg
=over =hoe | weight=0.041
=stoelen =besteld | weight=0.041
=gesteld | weight=0.041
=jullie =pagina | weight=0.041
=gezegd =maar | weight=0.041
=website =moest | weight=0.041
=worden =niet | weight=0.040, noneg
=ik =al | weight=0.040
=begrijp =dat | weight=0.039
=hoe =je | weight=0.039
=dubbele =afgeschreven | weight=0.039
=ons =even | weight=0.039
=stoelen | weight=0.039
=foto's | weight=0.039
=op =haar | weight=0.039
=heeft =ervaring | weight=0.039
