# scripted_reply, nl: learned by scripts/learn.py from 4090 tuning texts (94 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ De medewerkster bleef herhalen 'ik noteer uw feedback' alsof ze een tekst oplas, wat ik ook vroeg.
+ heb nu voor de 5e keer contact over dezelfde storing. elke keer 'we sturen een reset'. internet doet het nog steeds niet 😡
+ ze draaien elke keer hetzelfde bandje af
- we willen ons geld terug
- Dank voor de snelle hulp!
=standaardantwoord | weight=0.391
=tekst | weight=0.327
=riedeltje | weight=0.300
=standaardmail | weight=0.292
=meer | weight=0.292
=keer =hetzelfde | weight=0.279
=weer =zo'n | weight=0.272
=niks =met | weight=0.268, noneg
=las | weight=0.268
=zin | weight=0.243
=telkens =dezelfde | weight=0.233
=standaard | weight=0.229
=zo'n | weight=0.228
=hetzelfde | weight=0.224
=knip-en-plakwerk | weight=0.220
=mailtje =terug | weight=0.219
=antwoord | weight=0.210
=zinnetjes | weight=0.208
=te =maken | weight=0.206
=reactie | weight=0.199
=aangeleerde | weight=0.198
=aangeleerde =zinnetjes | weight=0.198
=mijn =naam | weight=0.193
=holle | weight=0.188
=standaardtekst | weight=0.187
=dezelfde | weight=0.186
=een =standaardmail | weight=0.185
=mail =die | weight=0.184
=duidelijk =een | weight=0.184
=dezelfde =zin | weight=0.183
=die =met | weight=0.183
=afgedraaid | weight=0.182
=mailtje | weight=0.171
=vol | weight=0.168
=naam | weight=0.167
=gekregen | weight=0.163
=een =standaardantwoord | weight=0.157
=maken | weight=0.156
=een =script | weight=0.156
=script | weight=0.156
=nietszeggend | weight=0.155
=leek | weight=0.153
=had =niks | weight=0.152, noneg
=weinig | weight=0.152
=exact | weight=0.149
=reacties | weight=0.148
=heeft =haar | weight=0.148
=onder | weight=0.146
=copy | weight=0.144
=copy =past | weight=0.144
=over =het | weight=0.144
=alsof =niemand | weight=0.143, noneg
=met =onze | weight=0.141
=onze =klacht | weight=0.139
=helemaal | weight=0.138
=hetzelfde =standaardantwoord | weight=0.138
=niemand =mijn | weight=0.137, noneg
=knip | weight=0.137
=knip =en | weight=0.137
=telkens | weight=0.136
=een =dubbele | weight=0.135
=ik =kreeg | weight=0.135
=las =gewoon | weight=0.135
=alsof | weight=0.133
=de =faq | weight=0.133
=hij =draaide | weight=0.133
=bandje | weight=0.131
=een =lijstje | weight=0.131
=lijstje | weight=0.131
=krijg =alleen | weight=0.131
=totaal =niet | weight=0.131, noneg
=af =en | weight=0.131
=exact =hetzelfde | weight=0.130
=haar =scherm | weight=0.130
=naam =klant | weight=0.129
=een =antwoord | weight=0.129
=opgehangen | weight=0.129
=uit =een | weight=0.129
=af | weight=0.129
=een =kant | weight=0.128
=en =klaar | weight=0.128
=kant =en | weight=0.128
=antwoord =alsof | weight=0.127
=ging | weight=0.126
=niks =te | weight=0.125, noneg
=terwijl =mijn | weight=0.124
=onder =elke | weight=0.124
=elke =vraag | weight=0.124
=en =kon | weight=0.123
=elke =klacht | weight=0.123
=met =wij | weight=0.122
=past | weight=0.122
=voorgekauwde | weight=0.122
=kreeg =een | weight=0.121
=niet =in | weight=0.120, noneg
=faq | weight=0.120
=dat =u | weight=0.120
=herhalen | weight=0.120
=begrijp | weight=0.119
=zinnetje | weight=0.119
=antwoord =die | weight=0.119
=klacht | weight=0.119
=een =standaardtekst | weight=0.119
=briefje | weight=0.118
=een =briefje | weight=0.118
=een =keurig | weight=0.116
=kopieer-plak | weight=0.116
=van =doen | weight=0.115
=weinig =van | weight=0.115
=maken =had | weight=0.115
=ze =hield | weight=0.114
=antwoord =was | weight=0.113
=helemaal =niet | weight=0.113, noneg
=past =antwoord | weight=0.113
=meer =kreeg | weight=0.112
=uw =reactie | weight=0.112
=werd =compleet | weight=0.112
=leek =wel | weight=0.112
=draaide | weight=0.112
=pakket =werd | weight=0.110
=standaardmail =die | weight=0.110
=was =weer | weight=0.109
=herhalen =ik | weight=0.109
=ik =noteer | weight=0.109
=noteer | weight=0.109
=noteer =uw | weight=0.109
=die =totaal | weight=0.109
=compleet =genegeerd | weight=0.108
=hun | weight=0.108
=gewoon =een | weight=0.107
=ze =las | weight=0.107
=kreeg =we | weight=0.106
=bleef =maar | weight=0.105
=een =tekst | weight=0.105
=hield | weight=0.104
=betreuren =het | weight=0.104
=hing =op | weight=0.104
=de =energieleverancier | weight=0.104
=eindelijk =antwoord | weight=0.103
=nog =naam | weight=0.103
=ik =telkens | weight=0.102
=hebben =weinig | weight=0.102
=we =niet | weight=0.101, noneg
=en =hing | weight=0.101
=energieleverancier | weight=0.101
=automatische =mail | weight=0.100
=de =klantenservice | weight=0.100
=gaan | weight=0.100
=resetten | weight=0.100
=alles =voor | weight=0.100
=gewoon =alles | weight=0.100
=tekst =die | weight=0.100
=ging =over | weight=0.100
=begrijp =uw | weight=0.099
=uw =frustratie | weight=0.099
=dat =nergens | weight=0.099, noneg
=totaal | weight=0.099
=vraag =over | weight=0.099
=het =leek | weight=0.098
=betreuren | weight=0.098
=wij =betreuren | weight=0.098
=alsof =er | weight=0.098
=was =het | weight=0.097
=frustratie | weight=0.097
=zich | weight=0.097
=wij =doen | weight=0.096
=nergens =op | weight=0.096, noneg
=ze =heeft | weight=0.096
=voor =van | weight=0.095
=het =dat | weight=0.095
=het =niet | weight=0.095, noneg
=van =een | weight=0.094
=duidelijk =niet | weight=0.094, noneg
=keurig | weight=0.094
=we | weight=0.094
=vijf =keer | weight=0.094
=een =kant-en-klare | weight=0.093
=op =over | weight=0.093
=ik =hetzelfde | weight=0.093
=compleet | weight=0.093
=gedaan =had | weight=0.092
=op =elke | weight=0.092
=die =nergens | weight=0.092, noneg
=over =een | weight=0.092
=kant-en-klare | weight=0.092
=medewerker =las | weight=0.092
=aan =haar | weight=0.091
=werk | weight=0.091
=elke =reactie | weight=0.091
=voor =woord | weight=0.091
=woord =voor | weight=0.091
=verder =niet | weight=0.091, noneg
=allemaal | weight=0.090
=antwoord =ze | weight=0.089
=die =niks | weight=0.089, noneg
=mail =terug | weight=0.089
=checken | weight=0.089
=beantwoord =met | weight=0.088
=werd =beantwoord | weight=0.088
=medewerker =bleef | weight=0.088
=herstarten | weight=0.088
=duidelijk | weight=0.087
=antwoord =gekregen | weight=0.087
=die =zin | weight=0.087
=staat =onder | weight=0.087
=zin =staat | weight=0.087
=kreeg =alleen | weight=0.087
=als =een | weight=0.086
=vraag =werd | weight=0.086
=drie =mail | weight=0.086
=mail =had | weight=0.085
=was =duidelijk | weight=0.085
=hetzelfde =antwoord | weight=0.084
=geen =woord | weight=0.084, noneg
=alles =van | weight=0.083
=vorige =medewerker | weight=0.083
=een =standaardbrief | weight=0.082
=standaardbrief | weight=0.082
=is =duidelijk | weight=0.081
=niet =tevreden | weight=0.081, noneg
=het =was | weight=0.081
=genegeerd | weight=0.080
=kabel | weight=0.080
=pagina | weight=0.079
=oplas | weight=0.079
=plakt | weight=0.079
=leidinggevende =vroeg | weight=0.078
=hun =mail | weight=0.078
=draaien | weight=0.076
=voorlezen | weight=0.075
=kant | weight=0.075
=precies =dezelfde | weight=0.075
=het =protocol | weight=0.074
=een =algemene | weight=0.074
=uw =klacht | weight=0.074
=alleen =een | weight=0.074
=aan =hun | weight=0.074
=standaardantwoord =terug | weight=0.073
=reactie =die | weight=0.073
=zelf =mijn | weight=0.073
=allemaal =aan | weight=0.073
=kant-en-klare =tekst | weight=0.073
=het =een | weight=0.073
=houden =zich | weight=0.072
=las =letterlijk | weight=0.072
=mee =helpen | weight=0.072
=hetzelfde =zinnetje | weight=0.071
=verder | weight=0.071
=leest | weight=0.070
=en =toen | weight=0.069
=e | weight=0.069
=al =had | weight=0.069
=protocol | weight=0.069
=een =robot | weight=0.068
=een =resetten | weight=0.068
=reactie =van | weight=0.067
=kapotte =slot | weight=0.067
=voor =uw | weight=0.066
=klant =in | weight=0.066
=zelf =nog | weight=0.066
=te =lezen | weight=0.066
=robot | weight=0.065
=had =gezegd | weight=0.065
=contact =over | weight=0.065
=ik =begrijp | weight=0.064
=keer =we | weight=0.064
=helemaal =niks | weight=0.064, noneg
=scherm | weight=0.064
=wilt =spreken | weight=0.064
=account =is | weight=0.064
=wel =alsof | weight=0.064
=is =geblokkeerd | weight=0.064
=doen =met | weight=0.063
=vroeg =zei | weight=0.063
=scherm =en | weight=0.063
=slot | weight=0.063
=de =pagina | weight=0.063
=alleen =het | weight=0.063
=en =support | weight=0.062
=standaardbericht | weight=0.062
=geen =antwoord | weight=0.062, noneg
=kapotte | weight=0.062
=alles =op | weight=0.062
=niet =was | weight=0.062, noneg
=sturen =een | weight=0.062
=uw =antwoord | weight=0.061
=wachtwoord =terwijl | weight=0.061
=kon =niet | weight=0.061, noneg
=ze =bleef | weight=0.060
=gezegd =dat | weight=0.060
=u =dit | weight=0.060
=wilt | weight=0.060
=ze =houden | weight=0.060
=geblokkeerd | weight=0.059
=nietszeggend =antwoord | weight=0.059
=voelt =alsof | weight=0.058
=je =wachtwoord | weight=0.058
=weer =een | weight=0.058
=keer =dezelfde | weight=0.058
=elke =keer | weight=0.057
=support | weight=0.057
=vraag =had | weight=0.057
=zo =heeft | weight=0.057
=mijn =probleem | weight=0.057
=telkens =een | weight=0.057
=regio | weight=0.057
=hebben =mijn | weight=0.057
=de =verhuis | weight=0.057
=vraag =ging | weight=0.056
=was =een | weight=0.056
=juiste =afdeling | weight=0.056
=nu =voor | weight=0.055
=op =van | weight=0.055
=beantwoordt | weight=0.055
=andere =mee | weight=0.054
=bedankt =he | weight=0.054
=een =kopie | weight=0.054
=kopie =van | weight=0.054
=dienst =na | weight=0.054
=dat =via | weight=0.054
=keer =contact | weight=0.054
=het =ongemak | weight=0.054
=klopt =niet | weight=0.054, noneg
=verhuis | weight=0.054
=kwam =dezelfde | weight=0.054
=gelezen | weight=0.054
=telkens =hetzelfde | weight=0.053
=klaar | weight=0.053
=internet =doet | weight=0.053
=kopie | weight=0.053
=gechat =met | weight=0.052
=e =keer | weight=0.052
=voor =wat | weight=0.052
=antwoord =en | weight=0.052
=in =uw | weight=0.052
=storing =in | weight=0.052
=leidinggevende =kreeg | weight=0.052
=keer =exact | weight=0.052
=antwoord =over | weight=0.052
=wachtwoord | weight=0.052
=wat =er | weight=0.052
=medewerker =alles | weight=0.052
=stond =en | weight=0.051
=sturen =ons | weight=0.051
=ik =dat | weight=0.051
=min =wachten | weight=0.051
=klantenservice | weight=0.051
=sprak =op | weight=0.051
=terug =dat | weight=0.050
=maken =heeft | weight=0.050
=uw =vraag | weight=0.050
=verkeerde =in | weight=0.050
=een =kapotte | weight=0.050
=niet =mogelijk | weight=0.050, noneg
=ongemak | weight=0.050
=hetzelfde =automatische | weight=0.049
=berichtje | weight=0.049
=ze =een | weight=0.049
=er =op | weight=0.049
=zelfde | weight=0.049
=even =een | weight=0.049
=van =haar | weight=0.048
=wij | weight=0.048
=u =niet | weight=0.048, noneg
=een =kaartje | weight=0.048
=de =vorige | weight=0.048
=bij =iedere | weight=0.047
=weken =geen | weight=0.047, noneg
=vraag | weight=0.047
=ermee | weight=0.047
=wtf | weight=0.047
=m'n | weight=0.047
=om =foto's | weight=0.047
=poot | weight=0.047
=een =leidinggevende | weight=0.047
=kon =geen | weight=0.046, noneg
=dit =zo | weight=0.046
=kaartje | weight=0.046
=wat =vervelend | weight=0.046
=excuses =voor | weight=0.046
=vraag =was | weight=0.046
=was =simpele | weight=0.046
=houden | weight=0.046
=herhalen =alsof | weight=0.046
=over =technische | weight=0.046
=probleem =herhalen | weight=0.046
=technische =probleem | weight=0.046
=zin =over | weight=0.046
=dezelfde =storing | weight=0.045
=ervaring | weight=0.045
=zelf =verkeerde | weight=0.045
=mijn =account | weight=0.045
=standaardantwoord =over | weight=0.045
=dat =die | weight=0.045
=voelt | weight=0.045
=betalen =ik | weight=0.045
=beantwoord | weight=0.045
=chat =stuurde | weight=0.045
=die =er | weight=0.045
=letterlijk | weight=0.045
