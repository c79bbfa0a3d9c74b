# repeat_explaining, nl: learned by scripts/learn.py from 3398 tuning texts (126 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ik moest mijn verhaal aan drie verschillende medewerkers doen, en de laatste zei dat de eerste me verkeerde informatie had gegeven en dat mijn aanvraag dus nooit was ingediend. Nu moet ik weer van voor af aan beginnen. Ik wil dat iemand van het management me belt.
+ Ik heb het nu al drie keer uit moeten leggen.
+ Ik heb mijn verhaal nu al vier keer moeten doen.
- we willen ons geld terug
- Geen minuut gewacht, top!
=uitleggen | weight=0.405
=herhalen | weight=0.354
=keer =mijn | weight=0.344
=doorgegeven | weight=0.298
=vraagt | weight=0.269
=verschillende | weight=0.252
=nieuwe =medewerker | weight=0.251
=elke =nieuwe | weight=0.240
=nu =al | weight=0.237
=keer =moet | weight=0.237
=opnieuw | weight=0.235
=hoe =vaak | weight=0.229
=ordernummer | weight=0.224
=beginnen | weight=0.215
=situatie | weight=0.211
=nogmaals | weight=0.206
=moest =ik | weight=0.200
=heb =het | weight=0.195
=de =foto's | weight=0.192
=verteld | weight=0.188
=geboortedatum | weight=0.184
=foto's =van | weight=0.181
=vertellen | weight=0.176
=probleem =nu | weight=0.175
=gegevens | weight=0.174
=medewerker =vraagt | weight=0.172
=dezelfde =vraag | weight=0.170
=nog =een | weight=0.168
=toegelicht | weight=0.165
=hele =verhaal | weight=0.159
=identiteit | weight=0.158
=mijn =identiteit | weight=0.158
=alles =weer | weight=0.158
=vaak | weight=0.157
=iedere | weight=0.156
=iedere =medewerker | weight=0.156
=uitgelegd | weight=0.154
=mijn =hele | weight=0.152
=telkens =moest | weight=0.151
=verhaal | weight=0.150
=af =aan | weight=0.148
=voor =af | weight=0.148
=vraag =stelt | weight=0.147
=mijn =geboortedatum | weight=0.147
=opnoemen | weight=0.143
=het =zat | weight=0.143
=mezelf | weight=0.143
=telkens | weight=0.142
=van =voor | weight=0.139
=opnieuw =beginnen | weight=0.136
=iedereen =vraagt | weight=0.136
=vraagt =ze | weight=0.136
=ze =opnieuw | weight=0.136
=x | weight=0.136
=chatvensters | weight=0.135
=verschillende =mensen | weight=0.135
=doeken =doen | weight=0.135
=medewerker =vroeg | weight=0.134
=notities | weight=0.133
=opnieuw =naar | weight=0.133
=dezelfde =uitleg | weight=0.131
=uitleg =gegeven | weight=0.131
=het =al | weight=0.130
=bij =nul | weight=0.130
=beantwoord | weight=0.129
=vaak =moet | weight=0.129
=allemaal | weight=0.127
=de =doeken | weight=0.127
=doeken | weight=0.127
=nou | weight=0.126
=allemaal =nog | weight=0.126
=keer =vertellen | weight=0.126
=telkens =een | weight=0.125
=klantnummer | weight=0.124
=vijf =verschillende | weight=0.123
=uitleggen =aan | weight=0.122
=weer | weight=0.121
=nooit =van | weight=0.120, noneg
=gegeven =over | weight=0.119
=klacht =bij | weight=0.118
=de =klacht | weight=0.118
=uitleggen =dat | weight=0.118
=drie =verschillende | weight=0.118
=keer =aan | weight=0.115
=gegeven | weight=0.114
=e =keer | weight=0.114
=uitleg | weight=0.114
=bij =iedere | weight=0.113
=keer =uit | weight=0.113
=doen | weight=0.112
=nu =vijf | weight=0.112
=kon =ik | weight=0.111
=mijn =ordernummer | weight=0.111
=het =allemaal | weight=0.110
=al =moet | weight=0.110
=mensen =uitgelegd | weight=0.110
=schrijft | weight=0.110
=nieuwe =iemand | weight=0.109
=het =probleem | weight=0.109
=nu =aan | weight=0.109
=toelichten | weight=0.109
=contactpersoon | weight=0.107
=medewerker =die | weight=0.107
=doorverbinden =moest | weight=0.107
=opnieuw =doen | weight=0.107
=opgestuurd | weight=0.106
=medewerker =er | weight=0.106
=opnieuw =uitleggen | weight=0.105
=de =situatie | weight=0.104
=hele =situatie | weight=0.103
=vermoeiend | weight=0.102
=nog =herhalen | weight=0.102
=stelt | weight=0.101
=notities =niet | weight=0.101, noneg
=intypen | weight=0.100
=er =opnieuw | weight=0.100
=die =heb | weight=0.100
=andere =medewerker | weight=0.100
=bij =drie | weight=0.099
=keer =weer | weight=0.099
=is =uw | weight=0.099
=de =vorige | weight=0.099
=heb =mijn | weight=0.099
=dat =nummer | weight=0.098
=postcode | weight=0.098
=en =elke | weight=0.098
=iemand =het | weight=0.098
=het =nu | weight=0.098
=echt =alles | weight=0.098
=keer =heb | weight=0.097
=fiets | weight=0.097
=wij =hebben | weight=0.097
=zesde | weight=0.097
=elke | weight=0.095
=hebben =we | weight=0.095
=de =zoveelste | weight=0.095
=zoveelste | weight=0.095
=zoveelste =keer | weight=0.095
=bevestiging | weight=0.095
=nul | weight=0.094
=al =vier | weight=0.094
=omdat =niemand | weight=0.094, noneg
=alles | weight=0.094
=ge =moet | weight=0.093
=weer =bij | weight=0.092
=klantnummer =en | weight=0.091
=elke =mail | weight=0.091
=keer | weight=0.091
=opnieuw =opsturen | weight=0.090
=opsturen | weight=0.090
=mijn =klantnummer | weight=0.090
=mijn =kapotte | weight=0.089
=weer =helemaal | weight=0.089
=na =het | weight=0.088
=het =hele | weight=0.088
=uit =de | weight=0.088
=aan =drie | weight=0.088
=adviseur | weight=0.087
=weer =mijn | weight=0.087
=en =iedere | weight=0.087
=inmiddels =bij | weight=0.086
=doorverbinden | weight=0.086
=pensioenoverzicht | weight=0.086
=vandaag =al | weight=0.086
=precies =hetzelfde | weight=0.085
=vier =keer | weight=0.085
=zeiden =ze | weight=0.085
=ik =vandaag | weight=0.084
=wat =is | weight=0.084
=iban | weight=0.082
=ik =mijn | weight=0.082
=de =pasfoto | weight=0.081
=pasfoto | weight=0.081
=vier =verschillende | weight=0.081
=dezelfde | weight=0.080
=steeds =weer | weight=0.080
=ze =willen | weight=0.080
=wat =er | weight=0.080
=tegel | weight=0.079
=voor =iemand | weight=0.079
=verder =gestuurd | weight=0.079
=keer =de | weight=0.077
=het =weer | weight=0.077
=ge | weight=0.077
=niemand =leest | weight=0.076, noneg
=willen =de | weight=0.076
=diezelfde | weight=0.076
=blijkbaar | weight=0.076
=keer =die | weight=0.075
=dezelfde =gegevens | weight=0.075
=vanaf =het | weight=0.075
=andere =stand | weight=0.073
=ter | weight=0.073
=nul =beginnen | weight=0.073
=klantnummer =ingetoetst | weight=0.073
=gegevens =nu | weight=0.072
=adres =nog | weight=0.072
=begonnen | weight=0.072
=iedereen | weight=0.071
=stand | weight=0.071
=en =adres | weight=0.071
=ben =het | weight=0.070
=foto's | weight=0.069
=je =alles | weight=0.069
=vanaf | weight=0.069
=leggen | weight=0.068
=vierde | weight=0.068
=foto =van | weight=0.068
=zes =keer | weight=0.068
=vroeg =mijn | weight=0.068
=verhaal =nu | weight=0.067
=andere =collega | weight=0.067
=doorverbonden =kon | weight=0.066
=behandelaars | weight=0.066
=de =kapotte | weight=0.066
=niet =in | weight=0.066, noneg
=vraagt =me | weight=0.065
=weer =om | weight=0.065
=niemand =de | weight=0.064, noneg
=adres | weight=0.064
=dan =mag | weight=0.064
=weer =doen | weight=0.064
=foto | weight=0.063
=naar =en | weight=0.063
=drie =keer | weight=0.063
=beginnen =met | weight=0.063
=zeiden | weight=0.062
=vroeg =de | weight=0.062
=heb =de | weight=0.061
=alles =opnieuw | weight=0.061
=moet =herhalen | weight=0.061
=tegenover | weight=0.061
=tegenover =drie | weight=0.061
=verhaal =tegenover | weight=0.061
=verschillende =behandelaars | weight=0.061
=lezen | weight=0.061
=de =volgende | weight=0.061
=aan =schrijven | weight=0.061
=schrijven =omdat | weight=0.061
=nou =echt | weight=0.061
=weer =vanaf | weight=0.060
=vijf =keer | weight=0.060
=verhaal =weer | weight=0.060
=keer =uitgelegd | weight=0.059
=overgedragen | weight=0.057
=lezen =jullie | weight=0.057
=dezelfde =drie | weight=0.057
=ze =liet | weight=0.057
=je =eigen | weight=0.057
=helemaal =van | weight=0.056
=willen | weight=0.056
=noemen | weight=0.055
=omdat =ze | weight=0.054
=persoon =aan | weight=0.053
=begin =vertellen | weight=0.053
=weer =opnieuw | weight=0.053
=van =niks | weight=0.053, noneg
=en =huisnummer | weight=0.053
=postcode =en | weight=0.053
=hebben =de | weight=0.053
=er =mis | weight=0.052
=balie | weight=0.052
=vier | weight=0.052
=mijn =pensioenoverzicht | weight=0.052
=jullie =je | weight=0.052
=begint =het | weight=0.052
=gehele | weight=0.051
=moest =alles | weight=0.051
=een =keer | weight=0.051
=mocht =ik | weight=0.051
=keer =opgeschreven | weight=0.051
=opgeschreven | weight=0.051
=vraag =beantwoord | weight=0.050
=niks =dus | weight=0.050, noneg
=lijn =en | weight=0.050
=ik =allang | weight=0.050
=u =het | weight=0.049
=keer =moest | weight=0.049
=mag =je | weight=0.049
=mijn =melding | weight=0.049
=vierde =keer | weight=0.048
=diende =ik | weight=0.048
=mijn =aansluiting | weight=0.048
=allang | weight=0.047
=door =en | weight=0.047
=verlopen | weight=0.047
=vandaag | weight=0.046
=heb =ik | weight=0.046
=vorige =al | weight=0.046
=mijn =dossier | weight=0.046
=vierde =medewerker | weight=0.045
=het =nou | weight=0.045
=te =vertellen | weight=0.045
=ze =verbond | weight=0.045
=elke =gesprek | weight=0.045
=mis | weight=0.045
=andere =die | weight=0.045
=alle =gegevens | weight=0.045
=elke =keer | weight=0.044
=antwoordt =er | weight=0.043
=gestuurd =heb | weight=0.043
=ik =mail | weight=0.043
=mail =antwoordt | weight=0.043
=voor =de | weight=0.043
=heb =moet | weight=0.043
=weer =dezelfde | weight=0.043
=moet | weight=0.042
=opnieuw =uitgelegd | weight=0.042
=de =vierde | weight=0.042
=diende | weight=0.042
=om =en | weight=0.041
=telefoontje | weight=0.041
=beveiligingsvragen | weight=0.041
=drie =beveiligingsvragen | weight=0.041
=wist =van | weight=0.041
=behandelaars =moet | weight=0.040
=huisnummer | weight=0.040
=de =foto | weight=0.039
=omdat =de | weight=0.039
=waarom | weight=0.039
=snapte | weight=0.039
=zat | weight=0.039
=b | weight=0.039
=klacht =a | weight=0.039
=persoon | weight=0.038
=me =de | weight=0.038
=a | weight=0.038
=iedere =telefoongesprek | weight=0.037
=telefoongesprek | weight=0.037
=schrijven | weight=0.037
=juni =heb | weight=0.037
=verstreken | weight=0.037
=verhaal =opnieuw | weight=0.037
=keer =uitleggen | weight=0.037
=pensioenoverzicht =staat | weight=0.037
=steeds =fout | weight=0.037
=telefoontje =vierde | weight=0.037
=vierde =telefoontje | weight=0.037
=kende =niemand | weight=0.036, noneg
=ben =twee | weight=0.036
=dossier | weight=0.036
=is =op | weight=0.036
=al =zes | weight=0.036
=kende | weight=0.035
=gebeurd | weight=0.034
=kapotte | weight=0.034
=ingetikt | weight=0.034
=ingetikt =en | weight=0.034
=gestuurd =en | weight=0.034
=keer =opgestuurd | weight=0.034
=weer =van | weight=0.034
=verhaal =doen | weight=0.033
=weer =uit | weight=0.033
=bij =elke | weight=0.033
=vroeg =opnieuw | weight=0.032
=winkel =het | weight=0.032
=telkens =als | weight=0.032
=en =moest | weight=0.032
=verder | weight=0.032
=moet =vertellen | weight=0.032
=naar =elkaar | weight=0.031
=opnieuw =toe | weight=0.031
=en =ben | weight=0.031
=gekomen | weight=0.031
=had =mijn | weight=0.031
=ons =verhaal | weight=0.031
=antwoordt | weight=0.031
=opnieuw =te | weight=0.031
=verbond =me | weight=0.030
=zegt =weer | weight=0.030
=en =zijn | weight=0.030
=ingetoetst | weight=0.030
