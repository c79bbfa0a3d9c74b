# repeat_explaining, nl: learned by scripts/learn.py from 3889 tuning texts (135 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Klant geeft aan haar verhaal al bij vier verschillende medewerkers te hebben gedaan. Wil één vast aanspreekpunt.
+ Voor de derde keer stuur ik u hierbij mijn polisnummer, geboortedatum en een kopie van de factuur. Ik heb dit al twee keer eerder gedaan. Graag nu verwerken.
+ Ik moest mijn verhaal aan drie verschillende medewerkers doen, en de laatste zei dat de eerste me verkeerde informatie had gegeven en dat mijn aanvraag dus nooit was ingediend. Nu moet ik weer van voor af aan beginnen. Ik wil dat iemand van het management me belt.
- we willen ons geld terug
- Geen minuut gewacht, top!
=uitleggen | weight=0.395
=herhalen | weight=0.355
=keer =mijn | weight=0.309
=doorgegeven | weight=0.271
=vraagt | weight=0.268
=verschillende | weight=0.261
=opnieuw | weight=0.254
=nieuwe =medewerker | weight=0.253
=keer =moet | weight=0.247
=geboortedatum | weight=0.243
=hoe =vaak | weight=0.242
=elke =nieuwe | weight=0.229
=heb =het | weight=0.222
=nu =al | weight=0.219
=ordernummer | weight=0.216
=situatie | weight=0.210
=moest =ik | weight=0.210
=beginnen | weight=0.197
=nogmaals | weight=0.195
=verhaal | weight=0.193
=dezelfde =vraag | weight=0.182
=de =foto's | weight=0.180
=verteld | weight=0.179
=gegevens | weight=0.178
=medewerker =vraagt | weight=0.176
=foto's =van | weight=0.172
=probleem =nu | weight=0.162
=vertellen | weight=0.161
=alles =weer | weight=0.161
=vaak | weight=0.160
=nog =een | weight=0.159
=mijn =hele | weight=0.156
=toegelicht | weight=0.153
=mezelf | weight=0.147
=allemaal | weight=0.147
=af =aan | weight=0.144
=voor =af | weight=0.144
=hele =verhaal | weight=0.144
=vaak =moet | weight=0.142
=vraag =stelt | weight=0.142
=identiteit | weight=0.141
=mijn =identiteit | weight=0.141
=telkens =moest | weight=0.141
=chatvensters | weight=0.140
=klantnummer | weight=0.139
=iedere | weight=0.138
=doeken =doen | weight=0.138
=telkens | weight=0.136
=van =voor | weight=0.136
=iedere =medewerker | weight=0.135
=mijn =geboortedatum | weight=0.132
=vijf =verschillende | weight=0.131
=beantwoord | weight=0.131
=dezelfde =uitleg | weight=0.131
=uitleg =gegeven | weight=0.131
=keer =uit | weight=0.130
=opnoemen | weight=0.130
=bij =nul | weight=0.128
=nou | weight=0.128
=x | weight=0.127
=iedereen =vraagt | weight=0.127
=vraagt =ze | weight=0.127
=ze =opnieuw | weight=0.127
=notities | weight=0.127
=het =zat | weight=0.127
=uitgelegd | weight=0.127
=opnieuw =beginnen | weight=0.126
=allemaal =nog | weight=0.125
=keer =vertellen | weight=0.125
=medewerker =vroeg | weight=0.125
=het =al | weight=0.125
=telkens =een | weight=0.123
=de =doeken | weight=0.120
=doeken | weight=0.120
=medewerker =die | weight=0.120
=verschillende =mensen | weight=0.120
=opnieuw =naar | weight=0.120
=uitleggen =aan | weight=0.120
=gegeven =over | weight=0.119
=uitleggen =dat | weight=0.118
=intypen | weight=0.118
=opgestuurd | weight=0.117
=keer =aan | weight=0.116
=klacht =bij | weight=0.116
=weer | weight=0.116
=nooit =van | weight=0.115, noneg
=het =doorverbinden | weight=0.114
=heb =mijn | weight=0.114
=het =allemaal | weight=0.112
=nu =vijf | weight=0.111
=het =nu | weight=0.111
=keer =heb | weight=0.110
=andere =medewerker | weight=0.110
=uitleg | weight=0.109
=vier =verschillende | weight=0.109
=al =moet | weight=0.109
=mensen =uitgelegd | weight=0.108
=toelichten | weight=0.107
=mijn =ordernummer | weight=0.107
=gedaan | weight=0.106
=nieuwe =iemand | weight=0.106
=kon =ik | weight=0.106
=stelt | weight=0.105
=notities =niet | weight=0.104, noneg
=gegeven | weight=0.104
=hele =situatie | weight=0.104
=contactpersoon | weight=0.104
=de =klacht | weight=0.104
=keer =weer | weight=0.103
=doen | weight=0.103
=iemand =het | weight=0.102
=drie =verschillende | weight=0.101
=de =situatie | weight=0.100
=echt =alles | weight=0.100
=adviseur | weight=0.100
=nul | weight=0.100
=vermoeiend | weight=0.099
=nu =aan | weight=0.099
=opnieuw =uitleggen | weight=0.098
=bij =iedere | weight=0.098
=nog =herhalen | weight=0.098
=elke =mail | weight=0.096
=en =iedere | weight=0.095
=bij =drie | weight=0.095
=al =vier | weight=0.095
=hebben =we | weight=0.095
=is =uw | weight=0.094
=fiets | weight=0.094
=postcode | weight=0.094
=de =zoveelste | weight=0.093
=zoveelste | weight=0.093
=zoveelste =keer | weight=0.093
=wij =hebben | weight=0.093
=weer =bij | weight=0.093
=weer =om | weight=0.092
=medewerker =er | weight=0.092
=dat =nummer | weight=0.091
=doorverbinden | weight=0.091
=de =zesde | weight=0.090
=opnieuw =opsturen | weight=0.090
=opsturen | weight=0.090
=ge =moet | weight=0.089
=schrijft | weight=0.089
=opnieuw =doen | weight=0.089
=doorverbinden =moest | weight=0.089
=precies =hetzelfde | weight=0.088
=leggen | weight=0.088
=er =opnieuw | weight=0.088
=voor =iemand | weight=0.088
=vandaag =al | weight=0.087
=en =elke | weight=0.087
=aan =drie | weight=0.087
=na =het | weight=0.086
=niemand =daar | weight=0.086, noneg
=het =probleem | weight=0.086
=wat =is | weight=0.086
=dezelfde =gegevens | weight=0.085
=zeiden =ze | weight=0.085
=die =heb | weight=0.085
=inmiddels =bij | weight=0.085
=uit =de | weight=0.085
=mijn =kapotte | weight=0.084
=ben =het | weight=0.084
=verhaal =nu | weight=0.084
=omdat =niemand | weight=0.084, noneg
=tegel | weight=0.084
=adres =nog | weight=0.084
=mijn =klantnummer | weight=0.084
=zesde | weight=0.084
=de =vorige | weight=0.083
=en =zijn | weight=0.083
=weer =helemaal | weight=0.082
=het =hele | weight=0.082
=balie | weight=0.082
=keer =de | weight=0.081
=je =alles | weight=0.081
=e =keer | weight=0.080
=ik =vandaag | weight=0.080
=gegevens =nu | weight=0.080
=klantnummer =en | weight=0.079
=pensioenoverzicht | weight=0.079
=steeds =weer | weight=0.078
=ze =willen | weight=0.078
=de =pasfoto | weight=0.077
=pasfoto | weight=0.077
=verder =gestuurd | weight=0.076
=foto's | weight=0.075
=en =adres | weight=0.075
=weer =mijn | weight=0.074
=niemand =leest | weight=0.074, noneg
=willen =de | weight=0.074
=keer =die | weight=0.074
=ge | weight=0.074
=diezelfde | weight=0.073
=keer | weight=0.073
=andere =stand | weight=0.073
=elke | weight=0.073
=geboortedatum =en | weight=0.073
=die =vraagt | weight=0.072
=zijn =verhaal | weight=0.071
=dezelfde | weight=0.071
=wat =er | weight=0.071
=ter | weight=0.071
=vraagt =weer | weight=0.071
=het =weer | weight=0.070
=blijkbaar | weight=0.070
=niet =in | weight=0.070, noneg
=bevestiging | weight=0.070
=alles | weight=0.069
=adres | weight=0.068
=de =kapotte | weight=0.068
=verwerken | weight=0.068
=nul =beginnen | weight=0.068
=verhaal =weer | weight=0.068
=vierde | weight=0.067
=vanaf =het | weight=0.067
=iedereen | weight=0.067
=aan =schrijven | weight=0.067
=schrijven =omdat | weight=0.067
=ingetoetst | weight=0.067
=heb =de | weight=0.066
=iban | weight=0.065
=niemand =de | weight=0.065, noneg
=nou =echt | weight=0.064
=sturen =ik | weight=0.064
=vier =keer | weight=0.064
=persoon =aan | weight=0.064
=zes =keer | weight=0.063
=en =daarna | weight=0.063
=vijf =keer | weight=0.063
=vraag =beantwoord | weight=0.062
=vraagt =me | weight=0.062
=elke =keer | weight=0.062
=mocht =ik | weight=0.062
=klantnummer =ingetoetst | weight=0.062
=een =keer | weight=0.061
=ik =allang | weight=0.061
=behandelaar | weight=0.061
=andere =collega | weight=0.061
=vanaf | weight=0.060
=dan =mag | weight=0.060
=weer =doen | weight=0.060
=naar =en | weight=0.060
=de =volgende | weight=0.060
=hierbij | weight=0.060
=en =huisnummer | weight=0.060
=postcode =en | weight=0.060
=vroeg =mijn | weight=0.059
=lijn =en | weight=0.059
=vroeg =de | weight=0.059
=balie =bij | weight=0.059
=vier | weight=0.058
=willen | weight=0.058
=omdat =ze | weight=0.058
=je =eigen | weight=0.058
=lezen =jullie | weight=0.058
=dezelfde =drie | weight=0.058
=arts | weight=0.058
=noemen | weight=0.057
=mijn =dossier | weight=0.057
=van =niks | weight=0.057, noneg
=weer =dezelfde | weight=0.057
=opnieuw =mijn | weight=0.057
=heb =dit | weight=0.056
=stand | weight=0.056
=allang | weight=0.056
=niks =dus | weight=0.056, noneg
=zeiden | weight=0.056
=er =mis | weight=0.056
=door =en | weight=0.056
=keer =opgeschreven | weight=0.055
=opgeschreven | weight=0.055
=moet =herhalen | weight=0.055
=tegenover | weight=0.055
=tegenover =drie | weight=0.055
=verhaal =tegenover | weight=0.055
=verschillende =behandelaar | weight=0.055
=mijn =aansluiting | weight=0.055
=dienst =waar | weight=0.055
=systeem =lag | weight=0.055
=een =kopie | weight=0.055
=kopie =van | weight=0.055
=jullie =je | weight=0.054
=begonnen | weight=0.054
=overgedragen | weight=0.053
=mag =je | weight=0.052
=weer =vanaf | weight=0.051
=derde =keer | weight=0.051
=ze =verbond | weight=0.051
=doorverbonden =kon | weight=0.051
=kopie | weight=0.051
=doorverbonden =naar | weight=0.051
=gewoon =in | weight=0.050
=mijn =melding | weight=0.050
=ze =liet | weight=0.050
=moest =wachten | weight=0.050
=gedaan =en | weight=0.050
=helemaal =van | weight=0.050
=te =hebben | weight=0.049
=het =nou | weight=0.049
=chat | weight=0.048
=vorige =al | weight=0.048
=verlopen | weight=0.048
=begin =vertellen | weight=0.048
=aan =haar | weight=0.047
=vast =aanspreekpunt | weight=0.047
=weer =opnieuw | weight=0.047
=mijn =pensioenoverzicht | weight=0.046
=keer =moest | weight=0.046
=eerder | weight=0.046
=u =het | weight=0.046
=beginnen =met | weight=0.046
=ik =mijn | weight=0.045
=haar =verhaal | weight=0.045
=heb =moet | weight=0.045
=vierde =keer | weight=0.045
=mis | weight=0.045
=gehele | weight=0.045
=over =mijn | weight=0.045
=hebben =de | weight=0.045
=huisnummer | weight=0.044
=begint =het | weight=0.044
=ik =al | weight=0.044
=antwoordt =er | weight=0.044
=gestuurd =heb | weight=0.044
=ik =mail | weight=0.044
=mail =antwoordt | weight=0.044
=staat =gewoon | weight=0.044
=waarom | weight=0.043
=aanspreekpunt | weight=0.043
=moest =we | weight=0.043
=zei =iemand | weight=0.043
=een =vast | weight=0.043
=moest =bij | weight=0.042
=weer =uit | weight=0.042
=hebben =gedaan | weight=0.042
=beveiligingsvragen | weight=0.042
=drie =beveiligingsvragen | weight=0.042
=diende =ik | weight=0.042
=iemand =dat | weight=0.042
=de =factuur | weight=0.042
=telefoontje | weight=0.041
=schrijven | weight=0.041
=snapt | weight=0.041
=is =op | weight=0.041
=te =vertellen | weight=0.041
=dossier | weight=0.041
=andere =die | weight=0.041
=nu =bij | weight=0.041
=de =foto | weight=0.041
=vierde =medewerker | weight=0.041
=de =vierde | weight=0.041
=keer =opgestuurd | weight=0.040
=sturen =me | weight=0.040
=omdat =de | weight=0.040
=al =zes | weight=0.040
=moest =doen | weight=0.039
=ons =verhaal | weight=0.039
=jullie =sturen | weight=0.039
=opnieuw =moest | weight=0.039
=wist =van | weight=0.039
=chat =naar | weight=0.039
=drie =keer | weight=0.039
=behandelaar =moet | weight=0.038
=keer =uitleggen | weight=0.038
=pensioenoverzicht =staat | weight=0.038
=steeds =fout | weight=0.038
=telefoontje =vierde | weight=0.038
=vierde =telefoontje | weight=0.038
=schade | weight=0.037
=diende | weight=0.037
=moest =alles | weight=0.037
=elke =gesprek | weight=0.037
=zit =nu | weight=0.037
=doorgestuurd =en | weight=0.037
=gestuurd =en | weight=0.037
=foto =van | weight=0.036
=schade =te | weight=0.036
=telkens =wanneer | weight=0.036
=alle =gegevens | weight=0.036
=moet | weight=0.036
=ik =moest | weight=0.036
=lezen | weight=0.036
=me =de | weight=0.035
=telefoon =gehangen | weight=0.035
=voor =de | weight=0.034
=gebeurd | weight=0.034
=naar =elkaar | weight=0.034
=begon =het | weight=0.034
=medewerker =moest | weight=0.034
=moet =vertellen | weight=0.034
=heb =ik | weight=0.033
=verder | weight=0.033
=alles =opnieuw | weight=0.032
=b | weight=0.032
=klacht =a | weight=0.032
=foto | weight=0.032
=juni =heb | weight=0.032
=schade =moest | weight=0.032
=vroeg =opnieuw | weight=0.032
