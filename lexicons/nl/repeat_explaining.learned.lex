# repeat_explaining, nl: learned by scripts/learn.py from 3684 tuning texts (133 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Klant geeft aan haar verhaal al bij vier verschillende medewerkers te hebben gedaan. Wil één vast aanspreekpunt.
+ Voor de derde keer stuur ik u hierbij mijn polisnummer, geboortedatum en een kopie van de factuur. Ik heb dit al twee keer eerder gedaan. Graag nu verwerken.
+ Ik moest mijn verhaal aan drie verschillende medewerkers doen, en de laatste zei dat de eerste me verkeerde informatie had gegeven en dat mijn aanvraag dus nooit was ingediend. Nu moet ik weer van voor af aan beginnen. Ik wil dat iemand van het management me belt.
- we willen ons geld terug
- Geen minuut gewacht, top!
=uitleggen | weight=0.403
=herhalen | weight=0.354
=keer =mijn | weight=0.341
=doorgegeven | weight=0.273
=vraagt | weight=0.269
=verschillende | weight=0.266
=nieuwe =medewerker | weight=0.254
=opnieuw | weight=0.250
=elke =nieuwe | weight=0.246
=keer =moet | weight=0.244
=hoe =vaak | weight=0.237
=geboortedatum | weight=0.237
=ordernummer | weight=0.228
=heb =het | weight=0.223
=moest =ik | weight=0.218
=beginnen | weight=0.208
=situatie | weight=0.205
=nu =al | weight=0.196
=nogmaals | weight=0.194
=gegevens | weight=0.187
=de =foto's | weight=0.180
=verteld | weight=0.179
=dezelfde =vraag | weight=0.173
=medewerker =vraagt | weight=0.172
=vertellen | weight=0.171
=foto's =van | weight=0.168
=verhaal | weight=0.165
=nog =een | weight=0.164
=probleem =nu | weight=0.161
=vaak | weight=0.158
=alles =weer | weight=0.157
=toegelicht | weight=0.157
=identiteit | weight=0.155
=mijn =identiteit | weight=0.155
=hele =verhaal | weight=0.153
=iedere | weight=0.153
=mijn =hele | weight=0.150
=mezelf | weight=0.150
=vraag =stelt | weight=0.146
=iedere =medewerker | weight=0.144
=af =aan | weight=0.143
=voor =af | weight=0.143
=telkens =moest | weight=0.142
=vaak =moet | weight=0.139
=allemaal | weight=0.136
=doeken =doen | weight=0.135
=verschillende =mensen | weight=0.135
=beantwoord | weight=0.135
=dezelfde =uitleg | weight=0.134
=uitleg =gegeven | weight=0.134
=opnoemen | weight=0.134
=van =voor | weight=0.133
=mijn =geboortedatum | weight=0.133
=chatvensters | weight=0.133
=telkens | weight=0.133
=telkens =een | weight=0.130
=iedereen =vraagt | weight=0.130
=vraagt =ze | weight=0.130
=ze =opnieuw | weight=0.130
=het =zat | weight=0.130
=medewerker =vroeg | weight=0.129
=notities | weight=0.129
=allemaal =nog | weight=0.128
=keer =vertellen | weight=0.128
=het =al | weight=0.128
=vijf =verschillende | weight=0.128
=klantnummer | weight=0.127
=bij =nul | weight=0.127
=opnieuw =naar | weight=0.126
=opnieuw =beginnen | weight=0.125
=x | weight=0.124
=keer =uit | weight=0.124
=de =doeken | weight=0.122
=doeken | weight=0.122
=uitgelegd | weight=0.120
=gegeven =over | weight=0.120
=keer =aan | weight=0.118
=heb =mijn | weight=0.117
=medewerker =die | weight=0.117
=nou | weight=0.117
=opgestuurd | weight=0.116
=weer | weight=0.116
=het =allemaal | weight=0.116
=mijn =ordernummer | weight=0.115
=klacht =bij | weight=0.115
=toelichten | weight=0.114
=uitleggen =aan | weight=0.114
=nu =vijf | weight=0.114
=intypen | weight=0.114
=uitleg | weight=0.114
=uitleggen =dat | weight=0.114
=vier =verschillende | weight=0.113
=keer =heb | weight=0.112
=het =probleem | weight=0.112
=nooit =van | weight=0.112, noneg
=nieuwe =iemand | weight=0.112
=doen | weight=0.112
=nu =aan | weight=0.111
=andere =medewerker | weight=0.110
=kon =ik | weight=0.109
=drie =verschillende | weight=0.108
=nul | weight=0.108
=notities =niet | weight=0.107, noneg
=al =moet | weight=0.107
=het =nu | weight=0.106
=schrijft | weight=0.106
=de =klacht | weight=0.106
=vermoeiend | weight=0.106
=stelt | weight=0.105
=gegeven | weight=0.104
=iemand =het | weight=0.104
=bij =iedere | weight=0.103
=mensen =uitgelegd | weight=0.103
=echt =alles | weight=0.103
=contactpersoon | weight=0.102
=keer | weight=0.101
=opnieuw =doen | weight=0.101
=de =zoveelste | weight=0.101
=zoveelste | weight=0.101
=zoveelste =keer | weight=0.101
=doorverbinden =moest | weight=0.100
=nog =herhalen | weight=0.100
=weer =bij | weight=0.099
=postcode | weight=0.099
=de =situatie | weight=0.099
=aan =drie | weight=0.098
=elke =mail | weight=0.098
=mijn =klantnummer | weight=0.097
=dat =nummer | weight=0.096
=en =zijn | weight=0.096
=de =vorige | weight=0.096
=al =vier | weight=0.096
=is =uw | weight=0.095
=hele =situatie | weight=0.095
=adviseur | weight=0.095
=opnieuw =uitleggen | weight=0.093
=keer =weer | weight=0.093
=bevestiging | weight=0.092
=en =elke | weight=0.091
=weer =om | weight=0.091
=de =zesde | weight=0.091
=wij =hebben | weight=0.091
=fiets | weight=0.091
=bij =drie | weight=0.091
=er =opnieuw | weight=0.090
=en =iedere | weight=0.089
=ge =moet | weight=0.089
=vandaag =al | weight=0.089
=medewerker =er | weight=0.089
=zijn =verhaal | weight=0.089
=hebben =we | weight=0.089
=die =heb | weight=0.088
=uit =de | weight=0.087
=wat =is | weight=0.087
=blijkbaar | weight=0.086
=het =hele | weight=0.085
=omdat =niemand | weight=0.085, noneg
=weer =helemaal | weight=0.085
=tegel | weight=0.085
=het =weer | weight=0.085
=e =keer | weight=0.085
=inmiddels =bij | weight=0.084
=alles | weight=0.084
=doorverbinden | weight=0.083
=verhaal =nu | weight=0.083
=opnieuw =opsturen | weight=0.083
=opsturen | weight=0.083
=pensioenoverzicht | weight=0.083
=precies =hetzelfde | weight=0.083
=leggen | weight=0.083
=keer =de | weight=0.083
=ik =vandaag | weight=0.082
=de =pasfoto | weight=0.082
=pasfoto | weight=0.082
=gegevens =nu | weight=0.082
=voor =iemand | weight=0.082
=ze =willen | weight=0.082
=ben =het | weight=0.082
=je =alles | weight=0.082
=elke | weight=0.082
=dezelfde =gegevens | weight=0.082
=zesde | weight=0.081
=na =het | weight=0.080
=adres =nog | weight=0.080
=andere =stand | weight=0.080
=willen =de | weight=0.080
=mijn =kapotte | weight=0.079
=steeds =weer | weight=0.079
=wat =er | weight=0.078
=verder =gestuurd | weight=0.078
=iban | weight=0.078
=nul =beginnen | weight=0.078
=zeiden =ze | weight=0.077
=vijf =keer | weight=0.077
=keer =die | weight=0.077
=klantnummer =en | weight=0.077
=balie | weight=0.077
=gedaan | weight=0.076
=diezelfde | weight=0.076
=geboortedatum =en | weight=0.075
=ge | weight=0.075
=weer =mijn | weight=0.075
=en =adres | weight=0.074
=vanaf =het | weight=0.074
=heb =de | weight=0.074
=foto's | weight=0.074
=verwerken | weight=0.072
=ter | weight=0.072
=vier | weight=0.071
=niemand =leest | weight=0.071, noneg
=vier =keer | weight=0.071
=vraagt =weer | weight=0.070
=iedereen | weight=0.070
=de =kapotte | weight=0.069
=sturen =ik | weight=0.068
=niemand =de | weight=0.068, noneg
=ik =mijn | weight=0.068
=vierde | weight=0.067
=een =keer | weight=0.067
=niet =in | weight=0.066, noneg
=die =vraagt | weight=0.066
=aan =schrijven | weight=0.065
=schrijven =omdat | weight=0.065
=dezelfde | weight=0.065
=vanaf | weight=0.065
=adres | weight=0.065
=lezen =jullie | weight=0.064
=dan =mag | weight=0.063
=weer =doen | weight=0.063
=doorverbonden =naar | weight=0.063
=hebben =de | weight=0.062
=behandelaar | weight=0.062
=noemen | weight=0.061
=stand | weight=0.061
=andere =collega | weight=0.061
=zes =keer | weight=0.061
=nou =echt | weight=0.061
=moest =wachten | weight=0.060
=en =daarna | weight=0.060
=persoon =aan | weight=0.060
=een =kopie | weight=0.059
=kopie =van | weight=0.059
=ingetoetst | weight=0.059
=vroeg =mijn | weight=0.058
=ik =allang | weight=0.058
=naar =en | weight=0.058
=omdat =ze | weight=0.058
=doorverbonden =kon | weight=0.058
=en =huisnummer | weight=0.057
=postcode =en | weight=0.057
=je =eigen | weight=0.057
=verhaal =weer | weight=0.057
=vroeg =de | weight=0.057
=kopie | weight=0.057
=willen | weight=0.057
=balie =bij | weight=0.057
=keer =opgeschreven | weight=0.056
=opgeschreven | weight=0.056
=heb =dit | weight=0.056
=klantnummer =ingetoetst | weight=0.056
=er =mis | weight=0.056
=mocht =ik | weight=0.056
=arts | weight=0.056
=dezelfde =drie | weight=0.056
=mijn =dossier | weight=0.055
=keer =moest | weight=0.054
=mijn =aansluiting | weight=0.054
=overgedragen | weight=0.054
=begonnen | weight=0.054
=moet =herhalen | weight=0.053
=tegenover | weight=0.053
=tegenover =drie | weight=0.053
=verhaal =tegenover | weight=0.053
=verschillende =behandelaar | weight=0.053
=vorige =al | weight=0.053
=vraag =beantwoord | weight=0.053
=eerder | weight=0.053
=mijn =melding | weight=0.053
=jullie =je | weight=0.053
=de =volgende | weight=0.053
=te =hebben | weight=0.053
=van =niks | weight=0.053, noneg
=ze =liet | weight=0.052
=haar =verhaal | weight=0.052
=vast =aanspreekpunt | weight=0.052
=lijn =en | weight=0.052
=door =en | weight=0.052
=allang | weight=0.052
=weer =vanaf | weight=0.051
=beginnen =met | weight=0.051
=helemaal =van | weight=0.051
=hebben =gedaan | weight=0.051
=aan =haar | weight=0.051
=begint =het | weight=0.050
=heb =moet | weight=0.050
=hierbij | weight=0.050
=mag =je | weight=0.050
=ze =verbond | weight=0.050
=verlopen | weight=0.050
=weer =opnieuw | weight=0.050
=het =nou | weight=0.049
=elke =keer | weight=0.049
=niks =dus | weight=0.049, noneg
=zeiden | weight=0.049
=opnieuw =moest | weight=0.049
=andere =die | weight=0.048
=mijn =pensioenoverzicht | weight=0.048
=vraagt =me | weight=0.048
=over =mijn | weight=0.048
=de =factuur | weight=0.048
=antwoordt =er | weight=0.048
=gestuurd =heb | weight=0.048
=ik =mail | weight=0.048
=mail =antwoordt | weight=0.048
=gewoon =in | weight=0.047
=moest =doen | weight=0.047
=derde =keer | weight=0.047
=verhaal =opnieuw | weight=0.047
=aanspreekpunt | weight=0.047
=dossier | weight=0.046
=chat =naar | weight=0.046
=ons =verhaal | weight=0.046
=diende =ik | weight=0.046
=moet | weight=0.045
=telefoontje | weight=0.045
=vierde =medewerker | weight=0.045
=een =vast | weight=0.045
=weer =van | weight=0.045
=snapt | weight=0.044
=nu =bij | weight=0.044
=heb =ik | weight=0.044
=de =foto | weight=0.044
=drie =keer | weight=0.044
=staat =gewoon | weight=0.044
=vierde =keer | weight=0.044
=ik =moest | weight=0.044
=de =vierde | weight=0.044
=sturen =me | weight=0.043
=weer =dezelfde | weight=0.043
=zit =nu | weight=0.043
=foto =van | weight=0.042
=jullie =sturen | weight=0.042
=keer =opgestuurd | weight=0.042
=diende | weight=0.041
=weer =uit | weight=0.041
=waarom | weight=0.041
=begin =vertellen | weight=0.041
=ik =al | weight=0.040
=alle =gegevens | weight=0.040
=beveiligingsvragen | weight=0.040
=drie =beveiligingsvragen | weight=0.040
=mis | weight=0.040
=chat | weight=0.040
=huisnummer | weight=0.040
=moest =we | weight=0.039
=voor =de | weight=0.039
=elke =gesprek | weight=0.038
=schade =te | weight=0.038
=me =de | weight=0.038
=lezen | weight=0.037
=keer =uitleggen | weight=0.037
=pensioenoverzicht =staat | weight=0.037
=steeds =fout | weight=0.037
=telefoontje =vierde | weight=0.037
=vierde =telefoontje | weight=0.037
=schrijven | weight=0.037
=gehele | weight=0.037
=nummer | weight=0.037
=gebeurd | weight=0.037
=gestuurd =en | weight=0.037
=u =het | weight=0.037
=telefoon =gehangen | weight=0.036
=wachten =werd | weight=0.036
=b | weight=0.036
=klacht =a | weight=0.036
=vroeg =opnieuw | weight=0.036
=moest =alles | weight=0.036
=juni =heb | weight=0.036
=foto | weight=0.036
=bij =vier | weight=0.036
=moest =bij | weight=0.035
=te =vertellen | weight=0.035
=verder | weight=0.035
=schade | weight=0.035
=allemaal =een | weight=0.035
=wist =van | weight=0.035
=antwoordt | weight=0.034
=probleem | weight=0.034
=opnieuw =toe | weight=0.034
=omdat =de | weight=0.034
=zat | weight=0.034
=ik =eindelijk | weight=0.033
=naar =elkaar | weight=0.033
=moet =vertellen | weight=0.033
=wachten =en | weight=0.033
=telkens =wanneer | weight=0.032
=leest | weight=0.032
=zegt =weer | weight=0.032
=minuten =aan | weight=0.031
=behandelaar =moet | weight=0.031
