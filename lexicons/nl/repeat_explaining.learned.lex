# repeat_explaining, nl: learned by scripts/learn.py from 4470 tuning texts (159 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Klant geeft aan haar verhaal al bij vier verschillende medewerkers te hebben gedaan. Wil één vast aanspreekpunt.
+ Voor de derde keer stuur ik u hierbij mijn polisnummer, geboortedatum en een kopie van de factuur. Ik heb dit al twee keer eerder gedaan. Graag nu verwerken.
+ Ik moest mijn verhaal aan drie verschillende medewerkers doen, en de laatste zei dat de eerste me verkeerde informatie had gegeven en dat mijn aanvraag dus nooit was ingediend. Nu moet ik weer van voor af aan beginnen. Ik wil dat iemand van het management me belt.
- ok dankje
- we willen ons geld terug
=herhalen | weight=0.422
=uitleggen | weight=0.385
=keer =mijn | weight=0.310
=nieuwe =medewerker | weight=0.296
=vraagt | weight=0.286
=doorgegeven | weight=0.277
=beginnen | weight=0.272
=verschillende | weight=0.265
=keer =moet | weight=0.251
=elke =nieuwe | weight=0.248
=opnieuw | weight=0.239
=geboortedatum | weight=0.239
=heb =het | weight=0.230
=van =voor | weight=0.222
=iedere | weight=0.218
=hoe =vaak | weight=0.217
=uitgelegd | weight=0.209
=situatie | weight=0.209
=ordernummer | weight=0.207
=moest =ik | weight=0.202
=bij =nul | weight=0.195
=nogmaals | weight=0.195
=gegevens | weight=0.189
=medewerker =vraagt | weight=0.188
=dezelfde =vraag | weight=0.185
=de =foto's | weight=0.183
=telkens | weight=0.182
=verhaal | weight=0.179
=iedere =medewerker | weight=0.178
=hele =verhaal | weight=0.177
=nu =al | weight=0.177
=foto's =van | weight=0.174
=vertellen | weight=0.173
=nog =een | weight=0.167
=verteld | weight=0.166
=nou | weight=0.166
=mijn =hele | weight=0.161
=nul | weight=0.161
=het =al | weight=0.160
=mezelf | weight=0.159
=niemand =leest | weight=0.156, noneg
=identiteit | weight=0.155
=mijn =identiteit | weight=0.155
=toegelicht | weight=0.153
=probleem =nu | weight=0.147
=vaak | weight=0.145
=weer =bij | weight=0.145
=klantnummer | weight=0.145
=beantwoord | weight=0.140
=opnoemen | weight=0.140
=alles =weer | weight=0.140
=vraag =stelt | weight=0.140
=mijn =geboortedatum | weight=0.139
=keer =uit | weight=0.138
=chatvensters | weight=0.137
=af =aan | weight=0.137
=voor =af | weight=0.137
=allemaal | weight=0.135
=telkens =moest | weight=0.134
=vaak =moet | weight=0.132
=opgestuurd | weight=0.132
=iedereen =vraagt | weight=0.131
=vraagt =ze | weight=0.131
=ze =opnieuw | weight=0.131
=heb =mijn | weight=0.130
=al =vier | weight=0.129
=doeken =doen | weight=0.129
=verschillende =mensen | weight=0.128
=dezelfde =uitleg | weight=0.127
=uitleg =gegeven | weight=0.127
=nooit =van | weight=0.126, noneg
=opnieuw =doen | weight=0.125
=mijn =ordernummer | weight=0.124
=weer =van | weight=0.124
=de =doeken | weight=0.124
=doeken | weight=0.124
=allemaal =nog | weight=0.123
=keer =vertellen | weight=0.123
=vijf =verschillende | weight=0.122
=telkens =een | weight=0.121
=uitleggen =aan | weight=0.120
=x | weight=0.118
=medewerker =die | weight=0.117
=uitleggen =dat | weight=0.116
=het =nu | weight=0.116
=gegeven =over | weight=0.115
=keer =heb | weight=0.114
=opnieuw =beginnen | weight=0.114
=het =allemaal | weight=0.113
=nieuwe =iemand | weight=0.113
=uit =de | weight=0.112
=klacht =bij | weight=0.111
=vraagt =weer | weight=0.111
=toelichten | weight=0.111
=elke | weight=0.111
=medewerker =vroeg | weight=0.110
=stelt | weight=0.110
=drie =verschillende | weight=0.109
=nu =vijf | weight=0.109
=keer =aan | weight=0.109
=fiets | weight=0.108
=dat =nummer | weight=0.108
=andere =medewerker | weight=0.107
=intypen | weight=0.107
=opnieuw =naar | weight=0.105
=alles | weight=0.105
=het =doorverbinden | weight=0.105
=inmiddels =bij | weight=0.104
=vermoeiend | weight=0.104
=contactpersoon | weight=0.103
=vier =verschillende | weight=0.103
=keer =weer | weight=0.103
=opnieuw =uitleggen | weight=0.102
=overgenomen | weight=0.102
=notities =niet | weight=0.102, noneg
=dus =je | weight=0.101
=mijn =klantnummer | weight=0.101
=weer | weight=0.101
=uitleg | weight=0.101
=begon =ik | weight=0.101
=al =moet | weight=0.101
=het =probleem | weight=0.100
=de =situatie | weight=0.100
=het =hele | weight=0.099
=bij =iedere | weight=0.099
=de =klacht | weight=0.099
=dezelfde =gegevens | weight=0.099
=die =heb | weight=0.098
=gegeven | weight=0.098
=vandaag =al | weight=0.098
=adviseur | weight=0.097
=en =iedere | weight=0.097
=doorverbinden =moest | weight=0.097
=notities | weight=0.096
=weer =om | weight=0.096
=kon =ik | weight=0.096
=gegevens =nu | weight=0.096
=aan =drie | weight=0.096
=e =keer | weight=0.094
=bij =drie | weight=0.094
=is =uw | weight=0.094
=je =moet | weight=0.094
=opnieuw =opsturen | weight=0.093
=opsturen | weight=0.093
=mijn =iban | weight=0.093
=het =zat | weight=0.093
=medewerker =er | weight=0.092
=verhaal =gedaan | weight=0.092
=hele =situatie | weight=0.092
=ik =vandaag | weight=0.091
=iemand =het | weight=0.090
=heb =de | weight=0.090
=en =zijn | weight=0.090
=de =zoveelste | weight=0.089
=zoveelste | weight=0.089
=zoveelste =keer | weight=0.089
=gesprek | weight=0.088
=er =opnieuw | weight=0.088
=echt =alles | weight=0.088
=telefoontje | weight=0.088
=leggen | weight=0.088
=balie | weight=0.087
=mijn =kapotte | weight=0.087
=verder =gestuurd | weight=0.086
=telkens =weer | weight=0.086
=wij =hebben | weight=0.085
=nu =aan | weight=0.085
=tegel | weight=0.084
=de =vorige | weight=0.084
=wat =er | weight=0.084
=diezelfde | weight=0.084
=schrijft | weight=0.084
=na =het | weight=0.084
=opnieuw =mijn | weight=0.082
=weer =mijn | weight=0.082
=keer =de | weight=0.081
=verhaal =nu | weight=0.081
=de =pasfoto | weight=0.081
=pasfoto | weight=0.081
=ze =willen | weight=0.080
=mensen =uitgelegd | weight=0.080
=niemand =daar | weight=0.079, noneg
=pensioenoverzicht | weight=0.079
=steeds =weer | weight=0.079
=je =alles | weight=0.079
=mijn =dossier | weight=0.078
=adres =nog | weight=0.078
=nog =herhalen | weight=0.078
=iedereen | weight=0.078
=en =elke | weight=0.077
=geboortedatum =en | weight=0.077
=willen =de | weight=0.077
=postcode | weight=0.077
=keer =die | weight=0.077
=hebben =we | weight=0.076
=ik =mijn | weight=0.076
=ter | weight=0.076
=doorverbonden =naar | weight=0.076
=elke =telefoontje | weight=0.075
=zesde =keer | weight=0.075
=doorverbinden | weight=0.075
=wat =is | weight=0.075
=klantnummer =en | weight=0.075
=andere =stand | weight=0.075
=de =zesde | weight=0.074
=wat =wilt | weight=0.073
=zijn =verhaal | weight=0.073
=en =daarna | weight=0.073
=niet =in | weight=0.072, noneg
=weer =helemaal | weight=0.072
=elke =mail | weight=0.072
=mocht =ik | weight=0.071
=foto's | weight=0.071
=wilt =u | weight=0.071
=sturen =ik | weight=0.071
=geirriteerd | weight=0.071
=ge =moet | weight=0.071
=balie =bij | weight=0.071
=en =adres | weight=0.070
=die =vraagt | weight=0.069
=iban | weight=0.069
=eerder | weight=0.069
=de =kapotte | weight=0.069
=zegt =bellen | weight=0.069
=zegt =mail | weight=0.069
=arts | weight=0.069
=zesde | weight=0.068
=verwerken | weight=0.068
=vierde | weight=0.068
=mail =zegt | weight=0.067
=moet | weight=0.067
=adres | weight=0.067
=nou =echt | weight=0.067
=systeem =lag | weight=0.066
=vanaf =het | weight=0.066
=chat =zegt | weight=0.066
=u =nou | weight=0.066
=willen | weight=0.066
=het =weer | weight=0.065
=telefoon =en | weight=0.065
=bij =vier | weight=0.065
=je =eigen | weight=0.065
=gedaan | weight=0.064
=hierbij | weight=0.064
=vraag =beantwoord | weight=0.064
=voor =iemand | weight=0.064
=lezen =jullie | weight=0.064
=persoon =aan | weight=0.064
=hebben =de | weight=0.064
=nou =eigenlijk | weight=0.064
=dienst =waar | weight=0.064
=een =oplossen | weight=0.063
=lijn =en | weight=0.063
=blijkbaar | weight=0.063
=ik =begin | weight=0.063
=probleem =aan | weight=0.062
=wilt | weight=0.062
=ik =allang | weight=0.062
=keer =moest | weight=0.062
=toen =doorgeschakeld | weight=0.061
=klantnummer =ingetoetst | weight=0.061
=moest =wachten | weight=0.061
=ingetoetst | weight=0.061
=keer | weight=0.060
=precies =hetzelfde | weight=0.060
=heb =dit | weight=0.060
=afgelopen | weight=0.060
=verhaal =weer | weight=0.060
=vanaf | weight=0.060
=gewoon =in | weight=0.060
=medewerker =en | weight=0.060
=jullie =je | weight=0.059
=omdat =niemand | weight=0.059, noneg
=zes =keer | weight=0.059
=zeiden =ze | weight=0.059
=begon =met | weight=0.059
=ge | weight=0.059
=doorverbonden =kon | weight=0.059
=bevestiging | weight=0.059
=naar =en | weight=0.058
=keer =uitleggen | weight=0.058
=allang | weight=0.058
=noemen | weight=0.058
=keer =opgeschreven | weight=0.058
=opgeschreven | weight=0.058
=over =mijn | weight=0.058
=keer =opgestuurd | weight=0.057
=behandelaar | weight=0.057
=vraagt =me | weight=0.057
=vroeg =de | weight=0.056
=ze =liet | weight=0.056
=weer =vanaf | weight=0.056
=ben =het | weight=0.056
=doen | weight=0.056
=vroeg =mijn | weight=0.056
=vierde =keer | weight=0.055
=die =weer | weight=0.055
=omdat =ze | weight=0.055
=weer =doen | weight=0.055
=vijf =keer | weight=0.054
=een =kopie | weight=0.054
=kopie =van | weight=0.054
=de =vierde | weight=0.053
=een =keer | weight=0.053
=te =hebben | weight=0.053
=keer =opnieuw | weight=0.053
=stand | weight=0.053
=vier | weight=0.053
=zei =iemand | weight=0.052
=dan =mag | weight=0.052
=verlopen | weight=0.052
=staat =gewoon | weight=0.052
=kopie | weight=0.052
=moest =doen | weight=0.052
=vast =aanspreekpunt | weight=0.052
=mijn =melding | weight=0.052
=aan =haar | weight=0.052
=hebben =gedaan | weight=0.051
=een =vast | weight=0.051
=iemand =dat | weight=0.051
=verwijst =naar | weight=0.051
=het =nou | weight=0.051
=aan =uitleggen | weight=0.050
=schade | weight=0.050
=voor =de | weight=0.050
=gestuurd =en | weight=0.050
=haar =verhaal | weight=0.050
=begin =vertellen | weight=0.050
=derde =keer | weight=0.049
=moet =herhalen | weight=0.049
=tegenover | weight=0.049
=tegenover =drie | weight=0.049
=verhaal =tegenover | weight=0.049
=verschillende =behandelaar | weight=0.049
=en =moest | weight=0.049
=gehele | weight=0.048
=helemaal =van | weight=0.048
=dezelfde =drie | weight=0.047
=en =huisnummer | weight=0.047
=postcode =en | weight=0.047
=nul =beginnen | weight=0.047
=schade =te | weight=0.046
=wachten =en | weight=0.046
=opnieuw =moest | weight=0.046
=antwoordt =er | weight=0.046
=gestuurd =heb | weight=0.046
=ik =mail | weight=0.046
=mail =antwoordt | weight=0.046
=andere =collega | weight=0.046
=foto =van | weight=0.045
=wachten =werd | weight=0.045
=bij =elke | weight=0.045
=opgeven | weight=0.045
=mijn =aansluiting | weight=0.045
=zeiden | weight=0.044
=de =volgende | weight=0.044
=mis | weight=0.044
=telefoon =gehangen | weight=0.044
=andere =die | weight=0.044
=er =mis | weight=0.044
=weer =naar | weight=0.044
=beveiligingsvragen | weight=0.043
=drie =beveiligingsvragen | weight=0.043
=aanspreekpunt | weight=0.043
=aan =schrijven | weight=0.043
=schrijven =omdat | weight=0.043
=de =foto | weight=0.043
=alsof =er | weight=0.043
=overgedragen | weight=0.042
=moest =bij | weight=0.042
=niemand =de | weight=0.042, noneg
=vier =keer | weight=0.042
=mag =je | weight=0.042
=behandelaar =moet | weight=0.042
=begonnen | weight=0.042
=alles =opnieuw | weight=0.041
=doorgeschakeld =naar | weight=0.041
=alle =gegevens | weight=0.040
=vierde =medewerker | weight=0.040
=toon | weight=0.040
=ik =moest | weight=0.040
=minuten =aan | weight=0.040
=de =factuur | weight=0.040
=groet =j | weight=0.040
=pensioenoverzicht =staat | weight=0.040
=steeds =fout | weight=0.040
=telefoontje =vierde | weight=0.040
=vierde =telefoontje | weight=0.040
=geven =die | weight=0.039
=me =de | weight=0.039
=doorgestuurd =en | weight=0.039
=bij =af | weight=0.039
=vorige =al | weight=0.039
=foto | weight=0.038
=uiteindelijk =zei | weight=0.038
=j | weight=0.038
=eerst =een | weight=0.038
=chat =naar | weight=0.038
=snapt | weight=0.038
=verder | weight=0.038
