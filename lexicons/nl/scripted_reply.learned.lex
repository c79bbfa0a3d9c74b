# scripted_reply, nl: learned by scripts/learn.py from 3889 tuning texts (93 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ De medewerkster bleef herhalen 'ik noteer uw feedback' alsof ze een tekst oplas, wat ik ook vroeg.
+ heb nu voor de 5e keer contact over dezelfde storing. elke keer 'we sturen een reset'. internet doet het nog steeds niet 😡
+ ze draaien elke keer hetzelfde bandje af
- we willen ons geld terug
- Geen minuut gewacht, top!
=standaardantwoord | weight=0.381
=tekst | weight=0.324
=riedeltje | weight=0.296
=standaardmail | weight=0.293
=meer | weight=0.290
=niks =met | weight=0.283, noneg
=las | weight=0.280
=weer =zo'n | weight=0.272
=keer =hetzelfde | weight=0.260
=zin | weight=0.242
=zo'n | weight=0.235
=standaard | weight=0.231
=mailtje =terug | weight=0.228
=hetzelfde | weight=0.226
=telkens =dezelfde | weight=0.224
=knip-en-plakwerk | weight=0.222
=zinnetjes | weight=0.214
=antwoord | weight=0.211
=te =maken | weight=0.204
=aangeleerde | weight=0.201
=aangeleerde =zinnetjes | weight=0.201
=reactie | weight=0.200
=mijn =naam | weight=0.196
=een =standaardmail | weight=0.191
=afgedraaid | weight=0.190
=mail =die | weight=0.189
=holle | weight=0.188
=standaardtekst | weight=0.188
=duidelijk =een | weight=0.187
=dezelfde | weight=0.185
=dezelfde =zin | weight=0.185
=die =met | weight=0.182
=vol | weight=0.171
=naam | weight=0.165
=mailtje | weight=0.163
=gekregen | weight=0.161
=nietszeggend | weight=0.158
=maken | weight=0.157
=heeft =haar | weight=0.157
=een =standaardantwoord | weight=0.155
=weinig | weight=0.153
=las =gewoon | weight=0.150
=leek | weight=0.149
=reacties | weight=0.148
=exact | weight=0.147
=onder | weight=0.146
=had =niks | weight=0.146, noneg
=alsof | weight=0.145
=copy | weight=0.144
=copy =past | weight=0.144
=de =faq | weight=0.141
=onze =klacht | weight=0.141
=over =het | weight=0.140
=alsof =niemand | weight=0.140, noneg
=een =dubbele | weight=0.138
=opgehangen | weight=0.138
=met =onze | weight=0.138
=knip | weight=0.138
=knip =en | weight=0.138
=krijg =alleen | weight=0.137
=hij =draaide | weight=0.135
=helemaal | weight=0.135
=ik =kreeg | weight=0.135
=niemand =mijn | weight=0.134, noneg
=bandje | weight=0.133
=terwijl =mijn | weight=0.132
=haar =scherm | weight=0.131
=ging | weight=0.131
=totaal =niet | weight=0.131, noneg
=exact =hetzelfde | weight=0.131
=niks =te | weight=0.130, noneg
=antwoord =alsof | weight=0.130
=af =en | weight=0.130
=een =antwoord | weight=0.129
=een =lijstje | weight=0.129
=lijstje | weight=0.129
=niet =in | weight=0.128, noneg
=herhalen | weight=0.128
=dat =u | weight=0.128
=met =wij | weight=0.128
=telkens | weight=0.127
=een =kant | weight=0.127
=en =klaar | weight=0.127
=kant =en | weight=0.127
=naam =klant | weight=0.127
=af | weight=0.126
=voorgekauwde | weight=0.125
=faq | weight=0.125
=kreeg =een | weight=0.125
=hetzelfde =standaardantwoord | weight=0.125
=antwoord =die | weight=0.124
=klacht | weight=0.122
=elke =vraag | weight=0.122
=past | weight=0.122
=en =kon | weight=0.120
=onder =elke | weight=0.120
=kopieer-plak | weight=0.120
=antwoord =was | weight=0.119
=helemaal =niet | weight=0.118, noneg
=een =standaardtekst | weight=0.118
=leek =wel | weight=0.118
=begrijp | weight=0.117
=de =klantenservice | weight=0.117
=uw =reactie | weight=0.116
=ze =hield | weight=0.115
=elke =klacht | weight=0.115
=meer =kreeg | weight=0.114
=een =keurig | weight=0.114
=alles =voor | weight=0.113
=gewoon =alles | weight=0.113
=eindelijk =antwoord | weight=0.113
=betreuren =het | weight=0.113
=briefje | weight=0.112
=een =briefje | weight=0.112
=resetten | weight=0.112
=past =antwoord | weight=0.112
=werd =compleet | weight=0.111
=hun | weight=0.111
=van =doen | weight=0.111
=weinig =van | weight=0.111
=gewoon =een | weight=0.110
=herhalen =ik | weight=0.109
=ik =noteer | weight=0.109
=noteer | weight=0.109
=noteer =uw | weight=0.109
=hebben =weinig | weight=0.109
=pakket =werd | weight=0.109
=hing =op | weight=0.108
=de =energieleverancier | weight=0.108
=voor =van | weight=0.108
=die =totaal | weight=0.108
=nog =naam | weight=0.108
=ging =over | weight=0.107
=kreeg =we | weight=0.107
=compleet =genegeerd | weight=0.107
=zinnetje | weight=0.107
=ze =las | weight=0.107
=betreuren | weight=0.107
=wij =betreuren | weight=0.107
=die =niks | weight=0.107, noneg
=een =tekst | weight=0.106
=medewerker =las | weight=0.106
=het =leek | weight=0.106
=hield | weight=0.106
=totaal | weight=0.104
=energieleverancier | weight=0.104
=standaardmail =die | weight=0.104
=draaide | weight=0.104
=nergens =op | weight=0.104, noneg
=gaan | weight=0.103
=was =weer | weight=0.103
=ze =heeft | weight=0.102
=en =hing | weight=0.102
=we =niet | weight=0.102, noneg
=maken =had | weight=0.102
=begrijp =uw | weight=0.101
=uw =frustratie | weight=0.101
=hetzelfde =antwoord | weight=0.101
=van =een | weight=0.101
=dat =nergens | weight=0.100, noneg
=zich | weight=0.100
=ik =telkens | weight=0.099
=allemaal | weight=0.099
=frustratie | weight=0.099
=het =dat | weight=0.099
=vraag =over | weight=0.099
=een =kant-en-klare | weight=0.098
=alsof =er | weight=0.098
=als =een | weight=0.098
=tekst =die | weight=0.098
=automatische =mail | weight=0.098
=kant-en-klare | weight=0.097
=was =het | weight=0.096
=het =niet | weight=0.095, noneg
=die =nergens | weight=0.095, noneg
=compleet | weight=0.093
=vijf =keer | weight=0.093
=duidelijk =niet | weight=0.093, noneg
=wij =doen | weight=0.093
=beantwoord =met | weight=0.093
=werd =beantwoord | weight=0.093
=keurig | weight=0.093
=drie =mail | weight=0.093
=over =een | weight=0.092
=elke =reactie | weight=0.092
=aan =haar | weight=0.092
=kreeg =alleen | weight=0.091
=we | weight=0.091
=ik =hetzelfde | weight=0.091
=op =elke | weight=0.090
=op =over | weight=0.090
=vraag =werd | weight=0.090
=voor =woord | weight=0.090
=woord =voor | weight=0.090
=werk | weight=0.089
=verder =niet | weight=0.089, noneg
=een =script | weight=0.088
=script | weight=0.088
=gedaan =had | weight=0.088
=antwoord =gekregen | weight=0.088
=die =zin | weight=0.086
=staat =onder | weight=0.086
=zin =staat | weight=0.086
=antwoord =ze | weight=0.086
=mail =terug | weight=0.086
=is =duidelijk | weight=0.085
=uw =klacht | weight=0.085
=checken | weight=0.085
=herstarten | weight=0.084
=geen =woord | weight=0.083, noneg
=niet =tevreden | weight=0.082, noneg
=een =standaardbrief | weight=0.082
=standaardbrief | weight=0.082
=het =was | weight=0.082
=genegeerd | weight=0.081
=ik =begrijp | weight=0.081
=mail =had | weight=0.081
=kabel | weight=0.079
=was =duidelijk | weight=0.079
=oplas | weight=0.079
=leest | weight=0.078
=duidelijk | weight=0.078
=kant | weight=0.077
=draaien | weight=0.077
=pagina | weight=0.076
=hun =mail | weight=0.076
=alles =van | weight=0.076
=vorige =medewerker | weight=0.075
=account =is | weight=0.075
=zelf =mijn | weight=0.074
=aan =hun | weight=0.074
=allemaal =aan | weight=0.074
=sturen =een | weight=0.074
=het =een | weight=0.074
=contact =over | weight=0.073
=precies =dezelfde | weight=0.073
=keer =we | weight=0.073
=een =algemene | weight=0.073
=reactie =die | weight=0.073
=is =geblokkeerd | weight=0.073
=plakt | weight=0.072
=een =robot | weight=0.072
=weer =een | weight=0.072
=kant-en-klare =tekst | weight=0.072
=het =protocol | weight=0.071
=robot | weight=0.070
=scherm | weight=0.069
=las =letterlijk | weight=0.069
=mee =helpen | weight=0.069
=alleen =een | weight=0.069
=had =gezegd | weight=0.069
=ze =bleef | weight=0.069
=support | weight=0.067
=reactie =van | weight=0.067
=kapotte =slot | weight=0.067
=voelt =alsof | weight=0.067
=standaardantwoord =terug | weight=0.067
=maken =heeft | weight=0.066
=doen =met | weight=0.066
=vraag =ging | weight=0.066
=verder | weight=0.066
=klant =in | weight=0.066
=zelf =nog | weight=0.066
=wilt =spreken | weight=0.065
=geen =antwoord | weight=0.065, noneg
=helemaal =niks | weight=0.065, noneg
=alles =op | weight=0.065
=ze =houden | weight=0.065
=kon =niet | weight=0.065, noneg
=geblokkeerd | weight=0.064
=protocol | weight=0.064
=wel =alsof | weight=0.064
=voor =uw | weight=0.063
=gezegd =dat | weight=0.063
=e | weight=0.062
=een =kapotte | weight=0.062
=standaardbericht | weight=0.062
=kapotte | weight=0.062
=hetzelfde =zinnetje | weight=0.062
=slot | weight=0.062
=al =had | weight=0.062
=uw =antwoord | weight=0.061
=internet =doet | weight=0.061
=antwoord =en | weight=0.061
=wilt | weight=0.061
=nu =voor | weight=0.061
=dat =via | weight=0.061
=keer =dezelfde | weight=0.060
=elke =keer | weight=0.060
=te =lezen | weight=0.060
=medewerker =alles | weight=0.060
=u =dit | weight=0.060
=alleen =het | weight=0.060
=ik =dat | weight=0.059
=wachtwoord =terwijl | weight=0.059
=de =pagina | weight=0.059
=je =wachtwoord | weight=0.058
=vraag =had | weight=0.058
=leidinggevende =kreeg | weight=0.058
=zo =heeft | weight=0.058
=bleef =maar | weight=0.057
=antwoord =over | weight=0.057
=de =verhuis | weight=0.057
=keer =exact | weight=0.057
=klaar | weight=0.057
=gelezen | weight=0.057
=overduidelijk | weight=0.056
=keer =contact | weight=0.056
=niet =mogelijk | weight=0.056, noneg
=nietszeggend =antwoord | weight=0.056
=scherm =en | weight=0.056
=hetzelfde =automatische | weight=0.056
=mijn =probleem | weight=0.056
=regio | weight=0.055
=bedankt =he | weight=0.055
=herhalen =alsof | weight=0.055
=over =technische | weight=0.055
=probleem =herhalen | weight=0.055
=technische =probleem | weight=0.055
=uit =een | weight=0.055
=zin =over | weight=0.055
=hebben =mijn | weight=0.054
=sturen =ons | weight=0.054
=die =op | weight=0.054
=het =ongemak | weight=0.054
=op =van | weight=0.054
=verhuis | weight=0.053
=van =haar | weight=0.053
=kon =geen | weight=0.053, noneg
=klopt =niet | weight=0.053, noneg
=terug =dat | weight=0.053
=een =kopie | weight=0.053
=kopie =van | weight=0.053
=gechat =met | weight=0.052
=vraag | weight=0.052
=dienst =na | weight=0.052
=min =wachten | weight=0.052
=kaartje | weight=0.052
=andere =mee | weight=0.052
=ze =een | weight=0.052
=ongemak | weight=0.052
=verkeerde =in | weight=0.052
=e =keer | weight=0.051
=storing =in | weight=0.051
=wachtwoord | weight=0.051
=om =foto's | weight=0.051
=poot | weight=0.051
=houden | weight=0.051
=kopie | weight=0.051
=telkens =een | weight=0.050
=voelt | weight=0.050
=mijn =account | weight=0.050
=voor =wat | weight=0.050
=stond =en | weight=0.050
=keer =gemaild | weight=0.050
=excuses =voor | weight=0.049
=juiste =afdeling | weight=0.049
=kwam =dezelfde | weight=0.048
=uw =vraag | weight=0.048
=termijnbedrag | weight=0.048
=beantwoordt | weight=0.048
=er =op | weight=0.048
=dezelfde =storing | weight=0.048
=afwijken | weight=0.048
=zelfde | weight=0.048
=alsof =hij | weight=0.047
=hing | weight=0.047
=wat =vervelend | weight=0.047
=wat =er | weight=0.047
=bij =iedere | weight=0.047
=begrijp =dat | weight=0.046
=sprak =op | weight=0.046
=dit =zo | weight=0.046
=de =vorige | weight=0.046
=telkens =hetzelfde | weight=0.046
=in =en | weight=0.046
=zelf =verkeerde | weight=0.045
=u =ergens | weight=0.045
=het =resetten | weight=0.045
=resetten =van | weight=0.045
=ermee | weight=0.045
=ervaring | weight=0.045
=in =uw | weight=0.045
=standaardantwoord =over | weight=0.045
=vraag =was | weight=0.045
=was =simpel | weight=0.045
=wtf | weight=0.045
=weken =geen | weight=0.044, noneg
=m'n | weight=0.044
=het =kapotte | weight=0.044
=doorgestuurd =naar | weight=0.044
=heb =nu | weight=0.044
=was =een | weight=0.044
=klant =geeft | weight=0.044
=toch =geen | weight=0.044, noneg
=frustratie =en | weight=0.044
=beantwoord | weight=0.044
=u =niet | weight=0.044, noneg
=bericht =kreeg | weight=0.043
=even =een | weight=0.043
