# scripted_reply, nl: learned by scripts/learn.py from 3398 tuning texts (85 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ ze draaien elke keer hetzelfde bandje af
+ gewoon knip en plak werk, meer kregen we niet
+ hun reacties hebben weinig van doen met onze klacht
- we willen ons geld terug
- Geen minuut gewacht, top!
=standaardantwoord | weight=0.362
=riedeltje | weight=0.323
=tekst | weight=0.321
=meer | weight=0.302
=keer =hetzelfde | weight=0.286
=weer =zo'n | weight=0.282
=niks =met | weight=0.280, noneg
=las | weight=0.272
=standaardmail | weight=0.256
=zin | weight=0.254
=telkens =dezelfde | weight=0.246
=standaard | weight=0.239
=zo'n | weight=0.235
=zinnetjes | weight=0.229
=mailtje =terug | weight=0.223
=knip-en-plakwerk | weight=0.223
=hetzelfde | weight=0.219
=antwoord | weight=0.214
=aangeleerde | weight=0.209
=aangeleerde =zinnetjes | weight=0.209
=te =maken | weight=0.206
=reactie | weight=0.206
=mijn =nam | weight=0.200
=dezelfde =zin | weight=0.195
=standaardtekst | weight=0.191
=die =met | weight=0.184
=afgedraaid | weight=0.183
=een =standaardmail | weight=0.181
=mail =die | weight=0.180
=vol | weight=0.179
=dezelfde | weight=0.172
=mailtje | weight=0.170
=dat =u | weight=0.170
=nam | weight=0.167
=nietszeggend | weight=0.164
=een =standaardantwoord | weight=0.158
=had =niks | weight=0.158, noneg
=copy | weight=0.158
=copy =past | weight=0.158
=las =gewoon | weight=0.156
=duidelijk =een | weight=0.156
=gekregen | weight=0.156
=heeft =haar | weight=0.155
=klacht | weight=0.154
=maken | weight=0.154
=onder | weight=0.152
=over =het | weight=0.152
=herhalen | weight=0.148
=exact =hetzelfde | weight=0.148
=leek =wel | weight=0.147
=reacties | weight=0.147
=weinig | weight=0.146
=ik =kreeg | weight=0.144
=knip | weight=0.142
=knip =en | weight=0.142
=alsof =niemand | weight=0.142, noneg
=hun | weight=0.141
=krijg =alleen | weight=0.140
=totaal =niet | weight=0.140, noneg
=onze =klacht | weight=0.138
=uw =klacht | weight=0.138
=als =een | weight=0.138
=elke =vraag | weight=0.137
=de =faq | weight=0.137
=alsof | weight=0.136
=opgehangen | weight=0.135
=terwijl =mijn | weight=0.135
=niemand =mijn | weight=0.134, noneg
=een =lijstje | weight=0.134
=lijstje | weight=0.134
=een =dubbele | weight=0.134
=af | weight=0.134
=bandje | weight=0.132
=met =onze | weight=0.131
=past | weight=0.131
=haar =scherm | weight=0.130
=het =leek | weight=0.130
=nam =klant | weight=0.129
=faq | weight=0.128
=exact | weight=0.128
=helemaal | weight=0.128
=een =antwoord | weight=0.127
=ging | weight=0.127
=hield | weight=0.126
=een =standaardtekst | weight=0.126
=met =wij | weight=0.126
=af =en | weight=0.125
=hij =draaide | weight=0.125
=niks =te | weight=0.124, noneg
=een =kant | weight=0.123
=en =klaar | weight=0.123
=kant =en | weight=0.123
=antwoord =was | weight=0.123
=antwoord =die | weight=0.123
=maken =had | weight=0.122
=alles =voor | weight=0.121
=gewoon =alles | weight=0.121
=voorgekauwde | weight=0.121
=telkens | weight=0.121
=gewoon =een | weight=0.121
=onder =elke | weight=0.121
=zinnetje | weight=0.120
=en =kon | weight=0.119
=werd =compleet | weight=0.119
=antwoord =alsof | weight=0.119
=helemaal =niet | weight=0.119, noneg
=was =het | weight=0.118
=begrijp | weight=0.117
=voor =van | weight=0.116
=ik =telkens | weight=0.116
=ze =bleef | weight=0.115
=kopieer-plak | weight=0.115
=pakket =werd | weight=0.115
=compleet =genegeerd | weight=0.115
=meer =kreeg | weight=0.115
=een =kapotte | weight=0.115
=zich | weight=0.114
=de =klantenservice | weight=0.114
=medewerker =las | weight=0.114
=een =keurig | weight=0.113
=niet =in | weight=0.113, noneg
=het =niet | weight=0.113, noneg
=elke =klacht | weight=0.112
=van =doen | weight=0.112
=weinig =van | weight=0.112
=we =niet | weight=0.111, noneg
=kreeg =we | weight=0.109
=die =totaal | weight=0.109
=totaal | weight=0.108
=past =antwoord | weight=0.107
=ging =over | weight=0.106
=leek | weight=0.106
=kapotte | weight=0.105
=op =elke | weight=0.104
=een =kant-en-klare | weight=0.104
=gaan | weight=0.104
=betreuren =het | weight=0.104
=ze =las | weight=0.104
=mail | weight=0.104
=eindelijk =antwoord | weight=0.104
=de =energieleverancier | weight=0.103
=nog =nam | weight=0.103
=standaardmail =die | weight=0.103
=nergens =op | weight=0.103, noneg
=kant-en-klare | weight=0.101
=voor =woord | weight=0.101
=woord =voor | weight=0.101
=energieleverancier | weight=0.101
=hing =op | weight=0.101
=hetzelfde =antwoord | weight=0.101
=begrijp =uw | weight=0.100
=uw =frustratie | weight=0.100
=hebben =weinig | weight=0.100
=betreuren | weight=0.099
=wij =betreuren | weight=0.099
=was =weer | weight=0.099
=een =tekst | weight=0.099
=frustratie | weight=0.099
=alsof =er | weight=0.098
=kreeg =een | weight=0.098
=ze =heeft | weight=0.098
=aan =haar | weight=0.097
=op =over | weight=0.097
=keurig | weight=0.096
=vijf =keer | weight=0.096
=verder =niet | weight=0.096, noneg
=antwoord =gekregen | weight=0.096
=draaide | weight=0.096
=en =hing | weight=0.096
=uw =reactie | weight=0.096
=hetzelfde =standaardantwoord | weight=0.096
=werk | weight=0.095
=die =nergens | weight=0.094, noneg
=kreeg =alleen | weight=0.094
=herstarten | weight=0.093
=het =was | weight=0.093
=beantwoord =met | weight=0.092
=werd =beantwoord | weight=0.092
=een =script | weight=0.092
=script | weight=0.092
=elke =reactie | weight=0.091
=wij =doen | weight=0.091
=was =duidelijk | weight=0.090
=checken | weight=0.090
=dat =nergens | weight=0.089, noneg
=die =niks | weight=0.089, noneg
=tekst =die | weight=0.089
=ik =hetzelfde | weight=0.089
=over =een | weight=0.088
=het =dat | weight=0.088
=die =zin | weight=0.088
=staat =onder | weight=0.088
=zin =staat | weight=0.088
=bleef =maar | weight=0.088
=duidelijk =niet | weight=0.088, noneg
=compleet | weight=0.088
=drie =mail | weight=0.086
=een =standaardbrief | weight=0.086
=standaardbrief | weight=0.086
=allemaal | weight=0.085
=vraag =werd | weight=0.084
=verder | weight=0.083
=antwoord =ze | weight=0.083
=alleen =een | weight=0.082
=kabel | weight=0.079
=pagina | weight=0.079
=genegeerd | weight=0.079
=gezegd =dat | weight=0.079
=het =een | weight=0.079
=wel =alsof | weight=0.079
=plakt | weight=0.078
=account =is | weight=0.078
=ik =dat | weight=0.077
=ik =begrijp | weight=0.076
=een =algemene | weight=0.076
=standaardbericht | weight=0.076
=is =geblokkeerd | weight=0.075
=draaien | weight=0.075
=scherm | weight=0.075
=kant | weight=0.074
=aan =hun | weight=0.073
=leest | weight=0.073
=antwoord =over | weight=0.073
=geen =woord | weight=0.072, noneg
=precies =dezelfde | weight=0.072
=kant-en-klare =tekst | weight=0.072
=keer =exact | weight=0.072
=we | weight=0.072
=weer =een | weight=0.072
=support | weight=0.072
=van =een | weight=0.071
=allemaal =aan | weight=0.071
=al =had | weight=0.071
=alleen =het | weight=0.071
=een =robot | weight=0.070
=mee =helpen | weight=0.070
=klant =in | weight=0.069
=zelf =nog | weight=0.069
=reactie =die | weight=0.069
=op =van | weight=0.069
=las =letterlijk | weight=0.069
=wachtwoord =terwijl | weight=0.068
=had =gezegd | weight=0.068
=zelf =mijn | weight=0.068
=het =protocol | weight=0.068
=robot | weight=0.068
=alles =op | weight=0.068
=geblokkeerd | weight=0.067
=antwoord =en | weight=0.067
=kaartje | weight=0.067
=wachtwoord | weight=0.067
=kon =geen | weight=0.066, noneg
=reactie =van | weight=0.066
=vraag =ging | weight=0.066
=helemaal =niks | weight=0.065, noneg
=klaar | weight=0.065
=dat =via | weight=0.065
=leidinggevende =kreeg | weight=0.065
=kapotte =slot | weight=0.065
=was =een | weight=0.065
=gelezen | weight=0.064
=kon =niet | weight=0.064, noneg
=keer =gemaild | weight=0.063
=protocol | weight=0.063
=slot | weight=0.063
=doen =met | weight=0.063
=juist =afdeling | weight=0.062
=de =pagina | weight=0.062
=zo =heeft | weight=0.062
=keer =dezelfde | weight=0.062
=je =wachtwoord | weight=0.061
=u =dit | weight=0.061
=regio | weight=0.061
=wilt =spreken | weight=0.061
=afwijken | weight=0.060
=beste | weight=0.060
=dubbele =afschrijving | weight=0.060
=hetzelfde =zinnetje | weight=0.059
=klantenservice | weight=0.059
=vraag =had | weight=0.058
=wilt | weight=0.058
=gemaild | weight=0.058
=verkeerde =in | weight=0.057
=betalen =ik | weight=0.057
=ze =houden | weight=0.057
=doorgestuurd =naar | weight=0.057
=sprak =op | weight=0.057
=wtf | weight=0.057
=berichtje | weight=0.057
=duidelijk | weight=0.056
=voor =wat | weight=0.056
=beantwoordt | weight=0.055
=storing =in | weight=0.055
=scherm =en | weight=0.055
=een =kopie | weight=0.055
=kopie =van | weight=0.055
=andere =mee | weight=0.055
=nietszeggend =antwoord | weight=0.055
=terug =dat | weight=0.055
=doorgestuurd | weight=0.054
=letterlijk | weight=0.054
=herhalen =alsof | weight=0.054
=over =technische | weight=0.054
=probleem =herhalen | weight=0.054
=technische =probleem | weight=0.054
=uit =een | weight=0.054
=zin =over | weight=0.054
=standaardantwoord =over | weight=0.054
=bij =iedere | weight=0.054
=ze =kon | weight=0.053
=mijn =probleem | weight=0.053
=het =antwoord | weight=0.053
=sturen =ons | weight=0.053
=m'n | weight=0.052
=de =verhuis | weight=0.052
=vraag =over | weight=0.052
=er =op | weight=0.052
=mijn =factuur | weight=0.052
=het =ongemak | weight=0.052
=voelt | weight=0.052
=overduidelijk | weight=0.052
=zelfde | weight=0.052
=weer =dezelfde | weight=0.052
=verhuis | weight=0.051
=klopt =niet | weight=0.051, noneg
=ermee | weight=0.051
=ongemak | weight=0.051
=wat =vervelend | weight=0.051
=dienst =na | weight=0.051
=in =en | weight=0.050
=weken =geen | weight=0.050, noneg
=mijn =account | weight=0.050
=kopie | weight=0.050
=van =haar | weight=0.050
=bedankt =he | weight=0.050
=is =duidelijk | weight=0.050
=die =op | weight=0.050
=het =resetten | weight=0.049
=resetten =van | weight=0.049
=gechat =met | weight=0.049
=telkens =een | weight=0.049
=min =wachten | weight=0.049
=excuses =voor | weight=0.049
=zelf =verkeerde | weight=0.049
=resetten | weight=0.048
=vervelend | weight=0.048
=hebben =mijn | weight=0.048
=het =kapotte | weight=0.048
=niet =behandeld | weight=0.048, noneg
=waarom =is | weight=0.047
=niet =mogelijk | weight=0.047, noneg
=uiterst | weight=0.047
=er =zelf | weight=0.047
=termijnbedrag | weight=0.047
=gesteld | weight=0.047
=uw =brief | weight=0.046
=de =mail | weight=0.046
=dezelfde =drie | weight=0.046
=ze =een | weight=0.045
=even =een | weight=0.045
=over =uw | weight=0.044
=om =foto's | weight=0.044
=poot | weight=0.044
=alsof =hij | weight=0.044
=gewoon =door | weight=0.044
=dit =zo | weight=0.044
=chat =stuurde | weight=0.044
=wachten =kreeg | weight=0.044
=beantwoord | weight=0.044
=worden =niet | weight=0.043, noneg
=stoelen | weight=0.043
=vraag =was | weight=0.043
=was =simpel | weight=0.043
=aan =iedereen | weight=0.043
=onzin | weight=0.042
=factuur =kreeg | weight=0.042
=hetzelfde =automatische | weight=0.042
=stoelen =besteld | weight=0.042
=briefje | weight=0.042
=een =briefje | weight=0.042
=ze =er | weight=0.042
=helaas | weight=0.041
=gezegd | weight=0.041
=we =hebben | weight=0.041
=u =ergens | weight=0.040
=heeft =ervaring | weight=0.040
=maken =heeft | weight=0.040
=houden | weight=0.040
=dubbele =afgeschreven | weight=0.039
=ervaring | weight=0.039
=en =dan | weight=0.039
=helaas =niet | weight=0.039, noneg
=gechat | weight=0.039
=over =hoe | weight=0.039
=hing | weight=0.039
=op =haar | weight=0.039
=de =juist | weight=0.038
=hoe =je | weight=0.038
=bericht =kreeg | weight=0.038
=geduldig =en | weight=0.038
