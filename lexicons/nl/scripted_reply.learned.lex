# scripted_reply, nl: learned by scripts/learn.py from 3684 tuning texts (93 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ De medewerkster bleef herhalen 'ik noteer uw feedback' alsof ze een tekst oplas, wat ik ook vroeg.
+ heb nu voor de 5e keer contact over dezelfde storing. elke keer 'we sturen een reset'. internet doet het nog steeds niet 😡
+ Klant geeft aan dat de vorige medewerker 'alles van een briefje leek op te lezen' en niet inging op de vraag over de verhuiskosten.
- we willen ons geld terug
- Geen minuut gewacht, top!
=standaardantwoord | weight=0.384
=tekst | weight=0.323
=meer | weight=0.298
=riedeltje | weight=0.294
=standaardmail | weight=0.293
=niks =met | weight=0.281, noneg
=las | weight=0.274
=keer =hetzelfde | weight=0.274
=weer =zo'n | weight=0.273
=zin | weight=0.243
=telkens =dezelfde | weight=0.242
=zo'n | weight=0.237
=zinnetjes | weight=0.230
=standaard | weight=0.229
=knip-en-plakwerk | weight=0.221
=mailtje =terug | weight=0.218
=hetzelfde | weight=0.216
=aangeleerde | weight=0.214
=aangeleerde =zinnetjes | weight=0.214
=antwoord | weight=0.214
=mijn =nam | weight=0.205
=te =maken | weight=0.205
=dezelfde | weight=0.200
=reactie | weight=0.198
=duidelijk =een | weight=0.197
=afgedraaid | weight=0.192
=standaardtekst | weight=0.189
=een =standaardmail | weight=0.189
=dezelfde =zin | weight=0.188
=die =met | weight=0.188
=mail =die | weight=0.186
=vol | weight=0.185
=nam | weight=0.169
=mailtje | weight=0.165
=heeft =haar | weight=0.159
=gekregen | weight=0.159
=maken | weight=0.156
=nietszeggend | weight=0.155
=las =gewoon | weight=0.154
=leek | weight=0.151
=een =standaardantwoord | weight=0.151
=weinig | weight=0.150
=copy | weight=0.150
=copy =past | weight=0.150
=alsof | weight=0.148
=reacties | weight=0.147
=exact | weight=0.147
=had =niks | weight=0.144, noneg
=een =dubbele | weight=0.143
=totaal =niet | weight=0.142, noneg
=onze =klacht | weight=0.142
=de =faq | weight=0.141
=onder | weight=0.140
=opgehangen | weight=0.139
=af | weight=0.139
=knip | weight=0.138
=knip =en | weight=0.138
=terwijl =mijn | weight=0.138
=helemaal | weight=0.137
=hun | weight=0.137
=dat =u | weight=0.136
=met =onze | weight=0.136
=krijg =alleen | weight=0.136
=bandje | weight=0.134
=een =lijstje | weight=0.134
=lijstje | weight=0.134
=alsof =niemand | weight=0.134, noneg
=voorgekauwde | weight=0.134
=over =het | weight=0.134
=ik =kreeg | weight=0.133
=een =antwoord | weight=0.132
=hetzelfde =standaardantwoord | weight=0.132
=niks =te | weight=0.131, noneg
=klacht | weight=0.130
=hij =draaide | weight=0.130
=exact =hetzelfde | weight=0.130
=herhalen | weight=0.129
=haar =scherm | weight=0.129
=niemand =mijn | weight=0.129, noneg
=hield | weight=0.128
=af =en | weight=0.128
=elke =vraag | weight=0.128
=onder =elke | weight=0.127
=antwoord =alsof | weight=0.127
=telkens | weight=0.126
=helemaal =niet | weight=0.126, noneg
=nam =klant | weight=0.125
=kopieer-plak | weight=0.125
=past | weight=0.125
=ging | weight=0.125
=een =kant | weight=0.124
=en =klaar | weight=0.124
=kant =en | weight=0.124
=antwoord =was | weight=0.124
=faq | weight=0.124
=niet =in | weight=0.123, noneg
=met =wij | weight=0.123
=antwoord =die | weight=0.122
=en =kon | weight=0.120
=begrijp | weight=0.120
=ik =telkens | weight=0.120
=leek =wel | weight=0.119
=past =antwoord | weight=0.118
=zinnetje | weight=0.117
=een =standaardtekst | weight=0.117
=van =doen | weight=0.116
=weinig =van | weight=0.116
=een =keurig | weight=0.115
=elke =klacht | weight=0.115
=werd =compleet | weight=0.114
=kreeg =een | weight=0.113
=alles =voor | weight=0.113
=gewoon =alles | weight=0.113
=uw =reactie | weight=0.112
=pakket =werd | weight=0.112
=zich | weight=0.112
=resetten | weight=0.112
=betreuren =het | weight=0.111
=ze =las | weight=0.111
=herhalen =ik | weight=0.111
=ik =noteer | weight=0.111
=noteer | weight=0.111
=noteer =uw | weight=0.111
=gaan | weight=0.111
=compleet =genegeerd | weight=0.110
=totaal | weight=0.110
=meer =kreeg | weight=0.110
=voor =van | weight=0.109
=briefje | weight=0.109
=een =briefje | weight=0.109
=gewoon =een | weight=0.107
=eindelijk =antwoord | weight=0.107
=de =energieleverancier | weight=0.106
=hing =op | weight=0.106
=draaide | weight=0.106
=nergens =op | weight=0.105, noneg
=standaardmail =die | weight=0.105
=aan =haar | weight=0.105
=die =totaal | weight=0.105
=nog =nam | weight=0.105
=die =niks | weight=0.104, noneg
=betreuren | weight=0.104
=wij =betreuren | weight=0.104
=het =niet | weight=0.104, noneg
=kreeg =we | weight=0.104
=de =klantenservice | weight=0.103
=het =leek | weight=0.103
=hebben =weinig | weight=0.103
=energieleverancier | weight=0.102
=begrijp =uw | weight=0.102
=uw =frustratie | weight=0.102
=en =hing | weight=0.102
=medewerker =las | weight=0.101
=een =kant-en-klare | weight=0.101
=ging =over | weight=0.101
=was =het | weight=0.101
=we =niet | weight=0.101, noneg
=van =een | weight=0.101
=hetzelfde =antwoord | weight=0.100
=een =tekst | weight=0.100
=kant-en-klare | weight=0.100
=ze =heeft | weight=0.100
=maken =had | weight=0.100
=vraag =over | weight=0.099
=was =weer | weight=0.099
=tekst =die | weight=0.099
=frustratie | weight=0.099
=het =dat | weight=0.098
=alsof =er | weight=0.098
=we | weight=0.097
=keurig | weight=0.096
=over =een | weight=0.094
=voor =woord | weight=0.094
=woord =voor | weight=0.094
=een =script | weight=0.093
=script | weight=0.093
=beantwoord =met | weight=0.093
=werd =beantwoord | weight=0.093
=antwoord =gekregen | weight=0.093
=duidelijk =niet | weight=0.093, noneg
=compleet | weight=0.092
=dat =nergens | weight=0.092, noneg
=wij =doen | weight=0.092
=was =duidelijk | weight=0.092
=verder =niet | weight=0.091, noneg
=elke =reactie | weight=0.090
=op =over | weight=0.090
=die =nergens | weight=0.090, noneg
=als =een | weight=0.090
=vijf =keer | weight=0.090
=kreeg =alleen | weight=0.090
=gedaan =had | weight=0.089
=vraag =werd | weight=0.089
=op =elke | weight=0.089
=drie =mail | weight=0.089
=allemaal | weight=0.089
=die =zin | weight=0.087
=staat =onder | weight=0.087
=zin =staat | weight=0.087
=antwoord =ze | weight=0.087
=uw =klacht | weight=0.086
=ik =hetzelfde | weight=0.086
=mail =had | weight=0.086
=checken | weight=0.086
=niet =tevreden | weight=0.085, noneg
=kant | weight=0.085
=geen =woord | weight=0.084, noneg
=herstarten | weight=0.084
=pagina | weight=0.083
=is =duidelijk | weight=0.083
=een =standaardbrief | weight=0.082
=standaardbrief | weight=0.082
=werk | weight=0.081
=leest | weight=0.081
=oplas | weight=0.081
=sturen =een | weight=0.080
=contact =over | weight=0.079
=genegeerd | weight=0.079
=alles =van | weight=0.078
=duidelijk | weight=0.077
=een =algemene | weight=0.077
=aan =hun | weight=0.077
=vorige =medewerker | weight=0.077
=het =was | weight=0.076
=kabel | weight=0.076
=kant-en-klare =tekst | weight=0.076
=draaien | weight=0.076
=account =is | weight=0.074
=allemaal =aan | weight=0.074
=scherm | weight=0.073
=zelf =mijn | weight=0.073
=kapotte =slot | weight=0.073
=te =lezen | weight=0.073
=reactie =van | weight=0.073
=mail | weight=0.072
=plakt | weight=0.072
=is =geblokkeerd | weight=0.072
=het =een | weight=0.072
=het =protocol | weight=0.071
=verder | weight=0.071
=had =gezegd | weight=0.070
=standaardantwoord =terug | weight=0.070
=las =letterlijk | weight=0.070
=helemaal =niks | weight=0.070, noneg
=ik =begrijp | weight=0.069
=weer =een | weight=0.069
=wilt =spreken | weight=0.069
=slot | weight=0.069
=al =had | weight=0.069
=precies =dezelfde | weight=0.069
=wachtwoord =terwijl | weight=0.068
=hetzelfde =zinnetje | weight=0.068
=alleen =een | weight=0.068
=ze =bleef | weight=0.067
=doen =met | weight=0.067
=support | weight=0.067
=ik =dat | weight=0.067
=klant =in | weight=0.067
=zelf =nog | weight=0.067
=dat =via | weight=0.067
=reactie =die | weight=0.066
=e | weight=0.066
=mee =helpen | weight=0.066
=kon =niet | weight=0.065, noneg
=alles =op | weight=0.065
=protocol | weight=0.065
=gezegd =dat | weight=0.065
=voelt =alsof | weight=0.065
=ze =houden | weight=0.065
=een =kapotte | weight=0.065
=kapotte | weight=0.065
=nu =voor | weight=0.064
=een =robot | weight=0.064
=maken =heeft | weight=0.064
=geblokkeerd | weight=0.064
=keer =contact | weight=0.064
=standaardbericht | weight=0.063
=internet =doet | weight=0.063
=voor =uw | weight=0.063
=zo =heeft | weight=0.063
=u =dit | weight=0.063
=wel =alsof | weight=0.062
=uw =antwoord | weight=0.062
=wilt | weight=0.062
=vraag =had | weight=0.062
=alleen =het | weight=0.061
=leidinggevende =kreeg | weight=0.061
=robot | weight=0.061
=m'n | weight=0.061
=regio | weight=0.060
=geen =antwoord | weight=0.060, noneg
=de =pagina | weight=0.060
=antwoord =en | weight=0.060
=vraag =ging | weight=0.059
=klaar | weight=0.059
=de =verhuis | weight=0.058
=antwoord =over | weight=0.058
=medewerker =alles | weight=0.058
=mijn =probleem | weight=0.058
=hebben =mijn | weight=0.058
=op =van | weight=0.058
=klantenservice | weight=0.057
=scherm =en | weight=0.057
=bedankt =he | weight=0.057
=dienst =na | weight=0.056
=verkeerde =in | weight=0.056
=ze =een | weight=0.056
=sturen =ons | weight=0.056
=terug =dat | weight=0.056
=e =keer | weight=0.055
=overduidelijk | weight=0.055
=klopt =niet | weight=0.055, noneg
=keer =exact | weight=0.055
=storing =in | weight=0.055
=kon =geen | weight=0.055, noneg
=verhuis | weight=0.055
=dezelfde =storing | weight=0.054
=sprak =op | weight=0.054
=gelezen | weight=0.054
=gechat =met | weight=0.054
=kaartje | weight=0.054
=nietszeggend =antwoord | weight=0.053
=die =op | weight=0.053
=herhalen =alsof | weight=0.053
=over =technische | weight=0.053
=probleem =herhalen | weight=0.053
=technische =probleem | weight=0.053
=uit =een | weight=0.053
=zin =over | weight=0.053
=onzin | weight=0.053
=min =wachten | weight=0.053
=keer =dezelfde | weight=0.052
=het =ongemak | weight=0.052
=voor =wat | weight=0.052
=u =niet | weight=0.052, noneg
=telkens =een | weight=0.052
=zelf =verkeerde | weight=0.052
=zelfde | weight=0.051
=mijn =account | weight=0.051
=ongemak | weight=0.050
=stond =en | weight=0.050
=keer =gemaild | weight=0.050
=hetzelfde =automatische | weight=0.050
=even =een | weight=0.050
=telkens =hetzelfde | weight=0.050
=dit =zo | weight=0.050
=om =foto's | weight=0.050
=poot | weight=0.050
=je =wachtwoord | weight=0.050
=de =vorige | weight=0.050
=wachtwoord | weight=0.050
=was =een | weight=0.049
=wat =er | weight=0.049
=excuses =voor | weight=0.049
=in =uw | weight=0.049
=ermee | weight=0.049
=bij =iedere | weight=0.049
=er =op | weight=0.049
=niet =mogelijk | weight=0.049, noneg
=bleef =maar | weight=0.048
=frustratie =en | weight=0.048
=juiste =afdeling | weight=0.048
=ervaring | weight=0.048
=houden | weight=0.048
=andere =mee | weight=0.048
=wtf | weight=0.048
=een =kopie | weight=0.048
=kopie =van | weight=0.048
=weken =geen | weight=0.048, noneg
=termijnbedrag | weight=0.048
=u =ergens | weight=0.048
=uw =vraag | weight=0.047
=heb =nu | weight=0.047
=van =haar | weight=0.047
=hing | weight=0.047
=afwijken | weight=0.047
=uiterst | weight=0.046
=elke =keer | weight=0.046
=voelt | weight=0.046
=beantwoordt | weight=0.046
=bericht =kreeg | weight=0.045
=het =kapotte | weight=0.045
=gewoon =door | weight=0.045
=jullie =pagina | weight=0.045
=toch =geen | weight=0.045, noneg
=beantwoord | weight=0.045
=betalen =ik | weight=0.045
=vraag =was | weight=0.044
=was =simpel | weight=0.044
=ze =er | weight=0.044
=chat =stuurde | weight=0.044
=het =resetten | weight=0.044
=resetten =van | weight=0.044
=heeft =ervaring | weight=0.044
=allang | weight=0.044
=berichtje | weight=0.043
=klant =geeft | weight=0.043
=wat =vervelend | weight=0.043
=op =te | weight=0.043
=vraag | weight=0.043
