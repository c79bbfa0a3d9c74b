# repeat_explaining, nl: learned by scripts/learn.py from 3262 tuning texts (125 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ik moest mijn verhaal aan drie verschillende medewerkers doen, en de laatste zei dat de eerste me verkeerde informatie had gegeven en dat mijn aanvraag dus nooit was ingediend. Nu moet ik weer van voor af aan beginnen. Ik wil dat iemand van het management me belt.
+ Ik heb het nu al drie keer uit moeten leggen.
+ Ik heb mijn verhaal nu al vier keer moeten doen.
- we willen ons geld terug
- Geen minuut gewacht, top!
=uitleggen | weight=0.397
=herhalen | weight=0.354
=keer =mijn | weight=0.332
=doorgegeven | weight=0.314
=vraagt | weight=0.266
=nieuwe =medewerker | weight=0.254
=elke =nieuwe | weight=0.247
=verschillende | weight=0.247
=keer =moet | weight=0.244
=ordernummer | weight=0.239
=nu =al | weight=0.238
=situatie | weight=0.234
=opnieuw | weight=0.230
=hoe =vaak | weight=0.228
=heb =het | weight=0.217
=beginnen | weight=0.217
=nogmaals | weight=0.201
=moest =ik | weight=0.195
=foto's =van | weight=0.193
=verteld | weight=0.182
=geboortedatum | weight=0.182
=de =foto's | weight=0.181
=dezelfde =vraag | weight=0.181
=nog =een | weight=0.174
=medewerker =vraagt | weight=0.170
=gegevens | weight=0.168
=identiteit | weight=0.165
=mijn =identiteit | weight=0.165
=probleem =nu | weight=0.164
=vertellen | weight=0.159
=toegelicht | weight=0.158
=telkens =moest | weight=0.156
=vaak | weight=0.156
=iedere | weight=0.156
=mijn =hele | weight=0.156
=hele =verhaal | weight=0.155
=alles =weer | weight=0.155
=mijn =geboortedatum | weight=0.153
=verhaal | weight=0.152
=af =aan | weight=0.151
=voor =af | weight=0.151
=telkens | weight=0.150
=verschillende =mensen | weight=0.145
=van =voor | weight=0.143
=iedere =medewerker | weight=0.143
=het =zat | weight=0.143
=mezelf | weight=0.143
=uitgelegd | weight=0.141
=beantwoord | weight=0.139
=vaak =moet | weight=0.138
=iedereen =vraagt | weight=0.138
=vraagt =ze | weight=0.138
=ze =opnieuw | weight=0.138
=opnoemen | weight=0.137
=chatvensters | weight=0.136
=vraag =stelt | weight=0.135
=x | weight=0.135
=medewerker =vroeg | weight=0.135
=notities | weight=0.134
=vijf =verschillende | weight=0.133
=nou | weight=0.133
=dezelfde =uitleg | weight=0.132
=uitleg =gegeven | weight=0.132
=bij =nul | weight=0.132
=de =doeken | weight=0.132
=doeken | weight=0.132
=doeken =doen | weight=0.131
=opnieuw =naar | weight=0.131
=allemaal | weight=0.130
=allemaal =nog | weight=0.127
=keer =vertellen | weight=0.127
=weer | weight=0.126
=opnieuw =beginnen | weight=0.124
=keer =uit | weight=0.124
=uitleggen =dat | weight=0.124
=uitleg | weight=0.123
=uitleggen =aan | weight=0.122
=klantnummer | weight=0.122
=stelt | weight=0.122
=medewerker =die | weight=0.121
=nooit =van | weight=0.120, noneg
=opgestuurd | weight=0.119
=kon =ik | weight=0.118
=hele =situatie | weight=0.118
=e =keer | weight=0.118
=andere =medewerker | weight=0.117
=gegeven =over | weight=0.117
=drie =verschillende | weight=0.116
=gegeven | weight=0.116
=telkens =een | weight=0.115
=contactpersoon | weight=0.115
=klacht =bij | weight=0.112
=nieuwe =iemand | weight=0.112
=de =klacht | weight=0.112
=het =al | weight=0.112
=nu =vijf | weight=0.111
=heb =mijn | weight=0.109
=het =allemaal | weight=0.109
=bij =iedere | weight=0.109
=mijn =ordernummer | weight=0.109
=nu =aan | weight=0.109
=intypen | weight=0.109
=doen | weight=0.106
=doorverbinden =moest | weight=0.106
=nog =herhalen | weight=0.105
=schrijft | weight=0.105
=mensen =uitgelegd | weight=0.105
=keer =aan | weight=0.104
=vermoeiend | weight=0.104
=iban | weight=0.103
=medewerker =er | weight=0.103
=opnieuw =doen | weight=0.103
=wij =hebben | weight=0.102
=de =vorige | weight=0.102
=al =moet | weight=0.102
=het =probleem | weight=0.101
=notities =niet | weight=0.101, noneg
=de =zoveelste | weight=0.100
=zoveelste | weight=0.100
=zoveelste =keer | weight=0.100
=en =elke | weight=0.100
=er =opnieuw | weight=0.099
=iemand =het | weight=0.099
=bij =drie | weight=0.099
=echt =alles | weight=0.099
=is =uw | weight=0.098
=al =vier | weight=0.098
=postcode | weight=0.098
=het =nu | weight=0.097
=toelichten | weight=0.097
=zesde | weight=0.097
=adviseur | weight=0.096
=opnieuw =uitleggen | weight=0.096
=alles | weight=0.095
=ge =moet | weight=0.095
=het =hele | weight=0.094
=dat =nummer | weight=0.094
=fiets | weight=0.094
=keer =heb | weight=0.093
=en =iedere | weight=0.093
=weer =bij | weight=0.092
=inmiddels =bij | weight=0.091
=precies =hetzelfde | weight=0.090
=opnieuw =opsturen | weight=0.090
=opsturen | weight=0.090
=pensioenoverzicht | weight=0.090
=elke =mail | weight=0.089
=die =heb | weight=0.089
=elke | weight=0.088
=zeiden =ze | weight=0.088
=drie =keer | weight=0.088
=nul | weight=0.088
=uit =de | weight=0.088
=verhaal =nu | weight=0.088
=keer =weer | weight=0.087
=mijn =kapotte | weight=0.087
=vandaag =al | weight=0.087
=foto's | weight=0.087
=na =het | weight=0.087
=keer | weight=0.086
=omdat =niemand | weight=0.086, noneg
=wat =is | weight=0.085
=hebben =we | weight=0.085
=mijn =klantnummer | weight=0.085
=ze =willen | weight=0.085
=ik =vandaag | weight=0.085
=klantnummer =en | weight=0.085
=doorverbinden | weight=0.084
=de =pasfoto | weight=0.084
=pasfoto | weight=0.084
=ik =mijn | weight=0.084
=aan =drie | weight=0.083
=steeds =weer | weight=0.081
=willen =de | weight=0.081
=adres =nog | weight=0.080
=niemand =leest | weight=0.080, noneg
=weer =helemaal | weight=0.080
=dezelfde | weight=0.080
=het =weer | weight=0.079
=tegel | weight=0.079
=ge | weight=0.078
=wat =er | weight=0.078
=voor =iemand | weight=0.078
=gegevens =nu | weight=0.077
=keer =de | weight=0.077
=verder =gestuurd | weight=0.077
=heb =de | weight=0.076
=vier =verschillende | weight=0.076
=bevestiging | weight=0.076
=dezelfde =gegevens | weight=0.075
=je =alles | weight=0.075
=adres | weight=0.075
=keer =die | weight=0.075
=vier =keer | weight=0.075
=blijkbaar | weight=0.074
=leggen | weight=0.074
=diezelfde | weight=0.074
=andere =stand | weight=0.073
=iedereen | weight=0.072
=doorverbonden =kon | weight=0.072
=weer =mijn | weight=0.071
=en =adres | weight=0.071
=ter | weight=0.071
=stand | weight=0.070
=vanaf =het | weight=0.069
=ben =het | weight=0.069
=vierde | weight=0.069
=vroeg =mijn | weight=0.069
=zes =keer | weight=0.069
=klantnummer =ingetoetst | weight=0.068
=nul =beginnen | weight=0.068
=de =kapotte | weight=0.068
=behandelaars | weight=0.066
=andere =collega | weight=0.065
=niemand =de | weight=0.064, noneg
=naar =en | weight=0.064
=niet =in | weight=0.063, noneg
=aan =schrijven | weight=0.062
=schrijven =omdat | weight=0.062
=begonnen | weight=0.062
=dan =mag | weight=0.062
=weer =doen | weight=0.062
=vroeg =de | weight=0.062
=persoon =aan | weight=0.062
=lijn =en | weight=0.061
=vanaf | weight=0.061
=vraag =beantwoord | weight=0.060
=hebben =de | weight=0.060
=de =volgende | weight=0.060
=ze =liet | weight=0.060
=moet =herhalen | weight=0.059
=tegenover | weight=0.059
=tegenover =drie | weight=0.059
=verhaal =tegenover | weight=0.059
=verschillende =behandelaars | weight=0.059
=een =keer | weight=0.058
=zeiden | weight=0.058
=willen | weight=0.058
=alles =opnieuw | weight=0.057
=dezelfde =drie | weight=0.057
=omdat =ze | weight=0.057
=nou =echt | weight=0.057
=van =niks | weight=0.056, noneg
=noemen | weight=0.055
=mijn =melding | weight=0.055
=ik =allang | weight=0.055
=keer =opgeschreven | weight=0.055
=opgeschreven | weight=0.055
=helemaal =van | weight=0.054
=overgedragen | weight=0.054
=foto =van | weight=0.054
=keer =moest | weight=0.054
=niks =dus | weight=0.054, noneg
=je =eigen | weight=0.053
=vijf =keer | weight=0.053
=verhaal =weer | weight=0.053
=weer =vanaf | weight=0.053
=weer =opnieuw | weight=0.052
=lezen =jullie | weight=0.052
=telefoontje | weight=0.052
=vorige =al | weight=0.052
=er =mis | weight=0.052
=door =en | weight=0.052
=lezen | weight=0.052
=en =huisnummer | weight=0.052
=postcode =en | weight=0.052
=allang | weight=0.051
=verlopen | weight=0.051
=diende =ik | weight=0.051
=ze =verbond | weight=0.050
=mocht =ik | weight=0.050
=vier | weight=0.050
=mijn =aansluiting | weight=0.050
=balie | weight=0.050
=elke =keer | weight=0.050
=jullie =je | weight=0.050
=mijn =pensioenoverzicht | weight=0.050
=behandelaars =moet | weight=0.049
=vierde =keer | weight=0.049
=vandaag | weight=0.049
=foto | weight=0.049
=mag =je | weight=0.048
=keer =uitgelegd | weight=0.048
=vraagt =me | weight=0.047
=begin =vertellen | weight=0.047
=vierde =medewerker | weight=0.047
=keer =uitleggen | weight=0.047
=pensioenoverzicht =staat | weight=0.047
=steeds =fout | weight=0.047
=telefoontje =vierde | weight=0.047
=vierde =telefoontje | weight=0.047
=gehele | weight=0.046
=te =vertellen | weight=0.046
=antwoordt =er | weight=0.046
=gestuurd =heb | weight=0.046
=ik =mail | weight=0.046
=mail =antwoordt | weight=0.046
=heb =ik | weight=0.045
=weer =dezelfde | weight=0.045
=de =vierde | weight=0.044
=opnieuw =uitgelegd | weight=0.044
=diende | weight=0.044
=mijn =dossier | weight=0.043
=de =foto | weight=0.043
=elke =gesprek | weight=0.043
=keer =opgestuurd | weight=0.043
=weer =om | weight=0.043
=alle =gegevens | weight=0.042
=u =het | weight=0.042
=begint =het | weight=0.041
=moest =alles | weight=0.041
=huisnummer | weight=0.041
=schrijven | weight=0.041
=moet | weight=0.041
=beveiligingsvragen | weight=0.041
=drie =beveiligingsvragen | weight=0.041
=het =nou | weight=0.040
=al =zes | weight=0.040
=weer =uit | weight=0.040
=zat | weight=0.039
=wist =van | weight=0.039
=bij =elke | weight=0.039
=andere =die | weight=0.039
=waarom | weight=0.038
=b | weight=0.038
=klacht =a | weight=0.038
=om =en | weight=0.038
=juni =heb | weight=0.038
=snapte | weight=0.037
=a | weight=0.037
=beginnen =met | weight=0.037
=voor =de | weight=0.037
=mis | weight=0.036
=gebeurd | weight=0.036
=verstreken | weight=0.036
=bericht =kreeg | weight=0.036
=dossier | weight=0.036
=weer =van | weight=0.036
=me =de | weight=0.036
=antwoordt | weight=0.035
=mail =moet | weight=0.035
=moet =vertellen | weight=0.034
=verhaal =doen | weight=0.034
=is =op | weight=0.034
=ingevoerd | weight=0.034
=iedere =telefoongesprek | weight=0.034
=telefoongesprek | weight=0.034
=omdat =de | weight=0.033
=moest =we | weight=0.033
=ben =twee | weight=0.033
=zijn =collega | weight=0.033
=ons =verhaal | weight=0.032
=had =mijn | weight=0.032
=telkens =wanneer | weight=0.032
=ingetikt | weight=0.032
=ingetikt =en | weight=0.032
=kende =niemand | weight=0.032, noneg
=ik =moest | weight=0.032
=verhaal =opnieuw | weight=0.031
=vroeg =opnieuw | weight=0.031
=naar =elkaar | weight=0.031
=kapotte | weight=0.031
=heb =moet | weight=0.031
=gestuurd =en | weight=0.031
=leest | weight=0.030
=verhuisd | weight=0.030
=ik =al | weight=0.030
=eindelijk =antwoord | weight=0.030
=verder | weight=0.030
=kende | weight=0.030
