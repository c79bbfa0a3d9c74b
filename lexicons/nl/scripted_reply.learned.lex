# scripted_reply, nl: learned by scripts/learn.py from 4470 tuning texts (114 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ De medewerkster bleef herhalen 'ik noteer uw feedback' alsof ze een tekst oplas, wat ik ook vroeg.
+ heb nu voor de 5e keer contact over dezelfde storing. elke keer 'we sturen een reset'. internet doet het nog steeds niet 😡
+ Ik vroeg in de chat of ik mijn bestelling kon wijzigen. Het antwoord was een lange tekst over verzendkosten. Ik herhaalde mijn vraag. Weer een lange tekst, nu over retourneren. Toen ik vroeg of ik een mens sprak, kreeg ik: 'Ik ben een digitale assistent. Ik help u graag verder.' Een medewerker was er niet.
- ok dankje
- we willen ons geld terug
=tekst | weight=0.517
=standaardantwoord | weight=0.404
=riedeltje | weight=0.350
=meer | weight=0.347
=las | weight=0.309
=zin | weight=0.301
=standaardmail | weight=0.296
=een =script | weight=0.282
=script | weight=0.282
=keer =hetzelfde | weight=0.274
=weer =zo'n | weight=0.268
=mail =die | weight=0.264
=niks =met | weight=0.261, noneg
=telkens =dezelfde | weight=0.244
=zo'n | weight=0.235
=nietszeggend | weight=0.234
=mailtje =terug | weight=0.230
=standaard | weight=0.227
=uit =een | weight=0.224
=antwoord | weight=0.224
=knip-en-plakwerk | weight=0.215
=zinnetjes | weight=0.210
=een =nietszeggend | weight=0.209
=een =antwoord | weight=0.206
=hetzelfde | weight=0.205
=te =maken | weight=0.204
=aangeleerde | weight=0.204
=aangeleerde =zinnetjes | weight=0.204
=mailtje | weight=0.202
=helemaal =niet | weight=0.192, noneg
=plakt | weight=0.187
=gekregen | weight=0.187
=een =standaardmail | weight=0.186
=reactie | weight=0.186
=die =zin | weight=0.186
=mijn =naam | weight=0.185
=holle | weight=0.181
=standaardtekst | weight=0.179
=dezelfde | weight=0.177
=afgedraaid | weight=0.176
=script =voor | weight=0.173
=duidelijk =een | weight=0.171
=ik =kreeg | weight=0.170
=gewoon =een | weight=0.169
=die =met | weight=0.169
=maken | weight=0.162
=onze =klacht | weight=0.159
=heeft =haar | weight=0.156
=vol | weight=0.156
=naam | weight=0.156
=dezelfde =zin | weight=0.155
=exact | weight=0.153
=weinig | weight=0.151
=reacties | weight=0.150
=met =onze | weight=0.149
=knip | weight=0.148
=knip =en | weight=0.148
=een =standaardantwoord | weight=0.147
=had =niks | weight=0.147, noneg
=over =het | weight=0.147
=van =een | weight=0.147
=briefje | weight=0.146
=een =briefje | weight=0.146
=keer =dezelfde | weight=0.146
=terwijl =mijn | weight=0.144
=totaal =niet | weight=0.143, noneg
=dat =nergens | weight=0.142, noneg
=uw =frustratie | weight=0.141
=plakt =gewoon | weight=0.141
=exact =hetzelfde | weight=0.140
=zinnetje | weight=0.140
=een =dubbele | weight=0.139
=ging | weight=0.139
=leek | weight=0.138
=frustratie | weight=0.137
=ze =draaien | weight=0.137
=alsof =niemand | weight=0.134, noneg
=standaardmail =die | weight=0.134
=niet =in | weight=0.134, noneg
=antwoord =die | weight=0.133
=alsof | weight=0.131
=onder | weight=0.131
=voorgekauwde | weight=0.131
=copy | weight=0.131
=copy =past | weight=0.131
=past | weight=0.130
=hetzelfde =standaardantwoord | weight=0.130
=duidelijk | weight=0.130
=krijg =alleen | weight=0.129
=hij =draaide | weight=0.129
=niemand =mijn | weight=0.129, noneg
=af =en | weight=0.129
=een =kant | weight=0.126
=kant =en | weight=0.126
=alles =van | weight=0.126
=kreeg =een | weight=0.125
=begrijp | weight=0.125
=antwoord =was | weight=0.124
=een =lijstje | weight=0.124
=lijstje | weight=0.124
=haar =scherm | weight=0.122
=en =klaar | weight=0.122
=antwoord =alsof | weight=0.122
=elke =klacht | weight=0.122
=met =wij | weight=0.120
=de =faq | weight=0.120
=opgehangen | weight=0.120
=naam =klant | weight=0.120
=een =standaardtekst | weight=0.120
=hebben =weinig | weight=0.119
=kopieer-plak | weight=0.118
=niks =te | weight=0.117, noneg
=oplas | weight=0.117
=van =doen | weight=0.117
=weinig =van | weight=0.117
=ze =hield | weight=0.116
=elke =vraag | weight=0.116
=en =kon | weight=0.116
=herhalen =ik | weight=0.116
=ik =noteer | weight=0.116
=noteer | weight=0.116
=noteer =uw | weight=0.116
=belangrijk | weight=0.115
=belangrijk =voor | weight=0.115
=leek =wel | weight=0.115
=tekst =terug | weight=0.115
=mening | weight=0.115
=duidelijk =geknipt | weight=0.114
=en =geplakt | weight=0.114
=geknipt =en | weight=0.114
=geplakt | weight=0.114
=af | weight=0.114
=gewoon =wat | weight=0.114
=geknipt | weight=0.113
=herhalen | weight=0.113
=meer =krijg | weight=0.112
=niet =over | weight=0.110, noneg
=totaal | weight=0.110
=werd =compleet | weight=0.110
=was =weer | weight=0.110
=faq | weight=0.110
=telkens | weight=0.109
=uw =reactie | weight=0.108
=pakket =werd | weight=0.108
=die =nergens | weight=0.108, noneg
=past =antwoord | weight=0.108
=betreuren =het | weight=0.108
=was =duidelijk | weight=0.107
=voor =ons | weight=0.107
=onder =elke | weight=0.107
=compleet =genegeerd | weight=0.107
=meer =kreeg | weight=0.106
=letterlijk | weight=0.106
=hield | weight=0.106
=helemaal | weight=0.105
=te =lezen | weight=0.105
=maken =had | weight=0.105
=betreuren | weight=0.103
=wij =betreuren | weight=0.103
=voelde =alsof | weight=0.103
=ik =telkens | weight=0.101
=automatische =mail | weight=0.101
=ze =heeft | weight=0.101
=mail =terug | weight=0.100
=het =leek | weight=0.100
=hun | weight=0.100
=aan =haar | weight=0.100
=hing =op | weight=0.100
=kreeg =we | weight=0.099
=allemaal | weight=0.099
=irritant | weight=0.099
=lijstje =op | weight=0.097
=het =dat | weight=0.097
=daarin | weight=0.097
=we =niet | weight=0.097, noneg
=en =hing | weight=0.096
=op =over | weight=0.095
=wij =doen | weight=0.095
=bleef =maar | weight=0.095
=erg | weight=0.095
=nog =naam | weight=0.094
=gedaan =had | weight=0.094
=ik =hetzelfde | weight=0.094
=een =keurig | weight=0.094
=begrijp =uw | weight=0.094
=alsof =er | weight=0.094
=draaide | weight=0.093
=die =niks | weight=0.093, noneg
=drie =mail | weight=0.093
=als =een | weight=0.093
=bandje | weight=0.093
=las =gewoon | weight=0.093
=resetten | weight=0.093
=zich | weight=0.092
=geen =woord | weight=0.091, noneg
=checken | weight=0.091
=voor =woord | weight=0.091
=woord =voor | weight=0.091
=alsof =hij | weight=0.090
=een =papiertje | weight=0.090
=papiertje | weight=0.090
=herstarten | weight=0.090
=verder =niet | weight=0.090, noneg
=dat =u | weight=0.090
=ging =over | weight=0.090
=beantwoord =met | weight=0.089
=werd =beantwoord | weight=0.089
=kreeg =weer | weight=0.089
=vraag =werd | weight=0.088
=hetzelfde =zinnetje | weight=0.088
=ze =las | weight=0.087
=een =tekst | weight=0.087
=die =totaal | weight=0.087
=zijn =antwoord | weight=0.087
=we | weight=0.086
=niet =tevreden | weight=0.086, noneg
=duidelijk =niet | weight=0.085, noneg
=een =standaardbrief | weight=0.084
=standaardbrief | weight=0.084
=gaan | weight=0.084
=is =duidelijk | weight=0.084
=antwoord =ze | weight=0.084
=antwoord =gekregen | weight=0.082
=uw =klacht | weight=0.082
=deed =ze | weight=0.082
=leest | weight=0.082
=de =energieleverancier | weight=0.082
=kabel | weight=0.082
=antwoord =van | weight=0.080
=mail =had | weight=0.080
=hetzelfde =antwoord | weight=0.079
=op =elke | weight=0.078
=reactie =die | weight=0.078
=wij =begrijp | weight=0.078
=gelezen | weight=0.078
=energieleverancier | weight=0.078
=was =het | weight=0.078
=compleet | weight=0.077
=een =kant-en-klare | weight=0.077
=allemaal =aan | weight=0.076
=luisteren | weight=0.076
=aan =hun | weight=0.076
=verder | weight=0.076
=kant | weight=0.075
=kant-en-klare | weight=0.075
=het =was | weight=0.075
=elke =reactie | weight=0.075
=vraag =over | weight=0.074
=de =klantenservice | weight=0.074
=tekst =die | weight=0.074
=klacht | weight=0.073
=ze =bleef | weight=0.073
=zelf =mijn | weight=0.073
=tekst =over | weight=0.073
=wilt | weight=0.073
=keurig | weight=0.071
=hun =mail | weight=0.071
=een =resetten | weight=0.071
=kapotte =slot | weight=0.071
=doen =met | weight=0.071
=genegeerd | weight=0.070
=staat =onder | weight=0.070
=zin =staat | weight=0.070
=kreeg =alleen | weight=0.070
=standaardbericht | weight=0.070
=het =niet | weight=0.070, noneg
=al =had | weight=0.069
=houden =zich | weight=0.069
=contact =over | weight=0.069
=precies =dezelfde | weight=0.069
=wilt =spreken | weight=0.069
=eindelijk =antwoord | weight=0.069
=medewerker =las | weight=0.068
=keer =we | weight=0.068
=las =letterlijk | weight=0.068
=het =voelde | weight=0.067
=maar =uit | weight=0.067
=wat =vervelend | weight=0.067
=het =protocol | weight=0.067
=we =sturen | weight=0.067
=alles =op | weight=0.067
=keer =gemaild | weight=0.067
=alles =voor | weight=0.066
=gewoon =alles | weight=0.066
=u =dit | weight=0.066
=nergens =over | weight=0.066, noneg
=hij =alles | weight=0.065
=geen =antwoord | weight=0.065, noneg
=een =robot | weight=0.065
=mee =helpen | weight=0.065
=voor =uw | weight=0.064
=wachtwoord =terwijl | weight=0.064
=voor =van | weight=0.064
=scherm | weight=0.064
=krijg =je | weight=0.063
=pagina | weight=0.063
=sturen =een | weight=0.063
=helemaal =niks | weight=0.062, noneg
=over =een | weight=0.062
=terug =dat | weight=0.062
=uw =antwoord | weight=0.062
=protocol | weight=0.062
=vorige =medewerker | weight=0.062
=slot | weight=0.062
=robot | weight=0.062
=termijnbedrag | weight=0.062
=voelt =alsof | weight=0.062
=leidinggevende =kreeg | weight=0.061
=kon =niet | weight=0.061, noneg
=op =van | weight=0.061
=e | weight=0.061
=vervelend | weight=0.061
=wel =alsof | weight=0.061
=telkens =hetzelfde | weight=0.060
=is =geblokkeerd | weight=0.060
=kant-en-klare =tekst | weight=0.060
=een =kapotte | weight=0.060
=telkens =een | weight=0.060
=en =support | weight=0.060
=beantwoordt | weight=0.059
=scherm =en | weight=0.059
=medewerker =bleef | weight=0.059
=nu =voor | weight=0.059
=gemaild | weight=0.059
=regio | weight=0.059
=hebben =uw | weight=0.059
=vraag =doorgestuurd | weight=0.059
=was =een | weight=0.059
=alleen =het | weight=0.058
=de =pagina | weight=0.058
=standaardantwoord =terug | weight=0.058
=leidinggevende =vroeg | weight=0.057
=had =gezegd | weight=0.057
=account =is | weight=0.057
=dubbele =afgeschreven | weight=0.057
=nergens =op | weight=0.057, noneg
=klant =in | weight=0.057
=zelf =nog | weight=0.057
=draaien | weight=0.057
=verder =geen | weight=0.057, noneg
=gekregen =dat | weight=0.056
=vraag =ging | weight=0.056
=het =ongemak | weight=0.056
=bekende | weight=0.056
=andere =mee | weight=0.056
=de =verhuis | weight=0.056
=die =medewerker | weight=0.056
=hebben =mijn | weight=0.056
=zo =heeft | weight=0.056
=antwoord =over | weight=0.056
=storing =in | weight=0.055
=voorlezen | weight=0.055
=alleen =een | weight=0.055
=bedankt =he | weight=0.055
=ongemak | weight=0.054
=dienst =na | weight=0.054
=verhuis | weight=0.053
=kapotte | weight=0.053
=vroeg =in | weight=0.053
=bij =iedere | weight=0.053
=van =haar | weight=0.053
=min =wachten | weight=0.053
=u =ergens | weight=0.053
=berichtje | weight=0.052
=m'n | weight=0.052
=geblokkeerd | weight=0.052
=support | weight=0.052
=gechat =met | weight=0.052
=zelfde | weight=0.052
=simpele =waarom | weight=0.052
=werk | weight=0.052
=excuses =voor | weight=0.052
=zonder =enige | weight=0.052, noneg
=begrijp =dat | weight=0.052
=keer =exact | weight=0.051
=reactie =was | weight=0.051
=dezelfde =storing | weight=0.051
=e =keer | weight=0.051
=internet =doet | weight=0.051
=juiste =afdeling | weight=0.051
=het =kapotte | weight=0.051
=standaardantwoord =over | weight=0.050
=elke =keer | weight=0.050
=weken =geen | weight=0.050, noneg
=ze =houden | weight=0.050
=dat =via | weight=0.050
=vijf =keer | weight=0.050
=je =wachtwoord | weight=0.050
=weer =een | weight=0.049
=ermee | weight=0.049
=zinnen | weight=0.049
=was =simpele | weight=0.049
=klopt =niet | weight=0.049, noneg
=hetzelfde =automatische | weight=0.049
=over =uw | weight=0.049
=beantwoord | weight=0.048
=chat =stuurde | weight=0.048
=voelt | weight=0.048
=keer =contact | weight=0.048
=voor =wat | weight=0.047
