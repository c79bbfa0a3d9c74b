# repeat_explaining, nl: learned by scripts/learn.py from 4090 tuning texts (137 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Eerst een uur in de wachtrij, toen doorgeschakeld naar een collega die weer van voor af aan begon met vragen.
+ Klant geeft aan haar verhaal al bij vier verschillende medewerkers te hebben gedaan. Wil één vast aanspreekpunt.
+ Voor de derde keer stuur ik u hierbij mijn polisnummer, geboortedatum en een kopie van de factuur. Ik heb dit al twee keer eerder gedaan. Graag nu verwerken.
- we willen ons geld terug
- Dank voor de snelle hulp!
=uitleggen | weight=0.401
=herhalen | weight=0.358
=keer =mijn | weight=0.308
=doorgegeven | weight=0.275
=opnieuw | weight=0.272
=vraagt | weight=0.269
=verschillende | weight=0.263
=nieuwe =medewerker | weight=0.257
=keer =moet | weight=0.250
=geboortedatum | weight=0.242
=heb =het | weight=0.238
=hoe =vaak | weight=0.229
=ordernummer | weight=0.222
=elke =nieuwe | weight=0.218
=situatie | weight=0.211
=verhaal | weight=0.200
=beginnen | weight=0.199
=nogmaals | weight=0.199
=moest =ik | weight=0.199
=nu =al | weight=0.195
=medewerker =vraagt | weight=0.186
=de =foto's | weight=0.184
=gegevens | weight=0.182
=dezelfde =vraag | weight=0.179
=verteld | weight=0.176
=vertellen | weight=0.171
=af =aan | weight=0.170
=voor =af | weight=0.170
=foto's =van | weight=0.169
=probleem =nu | weight=0.162
=van =voor | weight=0.160
=nog =een | weight=0.159
=mijn =hele | weight=0.157
=vaak | weight=0.156
=alles =weer | weight=0.154
=toegelicht | weight=0.154
=identiteit | weight=0.152
=mijn =identiteit | weight=0.152
=mezelf | weight=0.151
=keer =uit | weight=0.149
=vraag =stelt | weight=0.149
=hele =verhaal | weight=0.144
=telkens | weight=0.143
=allemaal | weight=0.143
=chatvensters | weight=0.142
=vaak =moet | weight=0.141
=mijn =geboortedatum | weight=0.140
=verschillende =mensen | weight=0.140
=iedere | weight=0.137
=bij =nul | weight=0.136
=beantwoord | weight=0.135
=telkens =moest | weight=0.134
=klantnummer | weight=0.133
=dezelfde =uitleg | weight=0.133
=uitleg =gegeven | weight=0.133
=vijf =verschillende | weight=0.132
=doeken =doen | weight=0.132
=opnoemen | weight=0.132
=het =zat | weight=0.132
=iedereen =vraagt | weight=0.130
=vraagt =ze | weight=0.130
=ze =opnieuw | weight=0.130
=telkens =een | weight=0.130
=de =doeken | weight=0.128
=doeken | weight=0.128
=medewerker =vroeg | weight=0.128
=allemaal =nog | weight=0.128
=keer =vertellen | weight=0.128
=iedere =medewerker | weight=0.127
=x | weight=0.127
=opnieuw =beginnen | weight=0.126
=notities | weight=0.126
=nooit =van | weight=0.124, noneg
=heb =mijn | weight=0.124
=weer | weight=0.124
=uitleggen =dat | weight=0.123
=opgestuurd | weight=0.122
=uitgelegd | weight=0.121
=het =nu | weight=0.120
=het =al | weight=0.120
=nou | weight=0.118
=gegeven =over | weight=0.118
=uitleggen =aan | weight=0.118
=opnieuw =naar | weight=0.117
=nu =vijf | weight=0.117
=medewerker =die | weight=0.117
=het =allemaal | weight=0.116
=gedaan | weight=0.113
=nieuwe =iemand | weight=0.112
=uitleg | weight=0.112
=klacht =bij | weight=0.111
=stelt | weight=0.111
=mijn =ordernummer | weight=0.111
=al =moet | weight=0.110
=intypen | weight=0.110
=nu =aan | weight=0.108
=weer =bij | weight=0.108
=hele =situatie | weight=0.107
=keer =heb | weight=0.106
=kon =ik | weight=0.106
=de =klacht | weight=0.106
=vermoeiend | weight=0.106
=vier =verschillende | weight=0.105
=gegeven | weight=0.105
=nog =herhalen | weight=0.105
=notities =niet | weight=0.104, noneg
=toelichten | weight=0.104
=keer =aan | weight=0.104
=mensen =uitgelegd | weight=0.104
=nul | weight=0.103
=keer =weer | weight=0.102
=iemand =het | weight=0.102
=het =doorverbinden | weight=0.101
=contactpersoon | weight=0.101
=andere =medewerker | weight=0.101
=drie =verschillende | weight=0.100
=echt =alles | weight=0.100
=bij =drie | weight=0.099
=de =situatie | weight=0.098
=opnieuw =doen | weight=0.098
=dezelfde =gegevens | weight=0.096
=het =probleem | weight=0.096
=doen | weight=0.096
=is =uw | weight=0.095
=en =iedere | weight=0.095
=zeiden =ze | weight=0.094
=doorverbinden =moest | weight=0.094
=adviseur | weight=0.094
=postcode | weight=0.094
=mijn =klantnummer | weight=0.093
=alles | weight=0.093
=uit =de | weight=0.093
=precies =hetzelfde | weight=0.093
=dat =nummer | weight=0.093
=bij =iedere | weight=0.092
=aan =drie | weight=0.092
=fiets | weight=0.092
=schrijft | weight=0.092
=leggen | weight=0.092
=de =zesde | weight=0.092
=de =zoveelste | weight=0.091
=zoveelste | weight=0.091
=zoveelste =keer | weight=0.091
=klantnummer =en | weight=0.090
=wij =hebben | weight=0.090
=opnieuw =opsturen | weight=0.090
=opsturen | weight=0.090
=opnieuw =uitleggen | weight=0.090
=medewerker =er | weight=0.088
=vandaag =al | weight=0.087
=al =vier | weight=0.087
=niemand =daar | weight=0.087, noneg
=wat =is | weight=0.087
=zesde | weight=0.085
=elke =mail | weight=0.085
=na =het | weight=0.084
=hebben =we | weight=0.084
=er =opnieuw | weight=0.084
=de =vorige | weight=0.084
=balie | weight=0.084
=voor =iemand | weight=0.084
=die =heb | weight=0.084
=ge =moet | weight=0.083
=verder =gestuurd | weight=0.083
=ben =het | weight=0.083
=weer =om | weight=0.083
=adres =nog | weight=0.083
=gegevens =nu | weight=0.082
=foto's | weight=0.082
=en =zijn | weight=0.082
=ik =vandaag | weight=0.081
=mijn =kapotte | weight=0.081
=inmiddels =bij | weight=0.081
=pensioenoverzicht | weight=0.080
=het =hele | weight=0.080
=ze =willen | weight=0.080
=de =pasfoto | weight=0.080
=pasfoto | weight=0.080
=verhaal =nu | weight=0.080
=tegel | weight=0.079
=het =weer | weight=0.079
=diezelfde | weight=0.079
=en =elke | weight=0.079
=steeds =weer | weight=0.079
=doorverbinden | weight=0.078
=andere =stand | weight=0.077
=iban | weight=0.077
=keer =de | weight=0.077
=weer =helemaal | weight=0.077
=willen =de | weight=0.076
=e =keer | weight=0.076
=keer =die | weight=0.076
=die =vraagt | weight=0.076
=keer | weight=0.075
=ter | weight=0.075
=vanaf =het | weight=0.074
=bevestiging | weight=0.074
=elke | weight=0.073
=blijkbaar | weight=0.073
=toen =doorgeschakeld | weight=0.073
=begonnen | weight=0.073
=dezelfde | weight=0.072
=omdat =niemand | weight=0.072, noneg
=mocht =ik | weight=0.072
=niemand =leest | weight=0.072, noneg
=vraagt =me | weight=0.070
=ge | weight=0.070
=begon =met | weight=0.070
=iedereen | weight=0.070
=zijn =verhaal | weight=0.069
=wat =er | weight=0.069
=nul =beginnen | weight=0.069
=en =adres | weight=0.068
=niet =in | weight=0.067, noneg
=balie =bij | weight=0.067
=en =daarna | weight=0.067
=adres | weight=0.067
=andere =collega | weight=0.066
=mijn =dossier | weight=0.066
=opnieuw =mijn | weight=0.066
=stand | weight=0.066
=vanaf | weight=0.066
=geboortedatum =en | weight=0.065
=de =kapotte | weight=0.065
=vijf =keer | weight=0.064
=arts | weight=0.064
=je =alles | weight=0.064
=systeem =lag | weight=0.064
=weer =dezelfde | weight=0.064
=elke =keer | weight=0.064
=willen | weight=0.064
=verwerken | weight=0.063
=ik =allang | weight=0.063
=lezen =jullie | weight=0.062
=vierde | weight=0.062
=vraagt =weer | weight=0.062
=weer =van | weight=0.062
=behandelaar | weight=0.061
=die =weer | weight=0.061
=weer =mijn | weight=0.061
=heb =de | weight=0.061
=zes =keer | weight=0.060
=sturen =ik | weight=0.060
=nou =echt | weight=0.060
=vier =keer | weight=0.060
=weer =vanaf | weight=0.060
=ingetoetst | weight=0.060
=omdat =ze | weight=0.059
=allang | weight=0.059
=de =volgende | weight=0.058
=klantnummer =ingetoetst | weight=0.058
=gedaan =en | weight=0.057
=vroeg =mijn | weight=0.057
=vraag =beantwoord | weight=0.057
=persoon =aan | weight=0.057
=mijn =aansluiting | weight=0.056
=niks =dus | weight=0.056, noneg
=je =eigen | weight=0.056
=hierbij | weight=0.056
=naar =en | weight=0.056
=doorgeschakeld =naar | weight=0.056
=ik =al | weight=0.056
=een =keer | weight=0.056
=vier | weight=0.056
=vroeg =de | weight=0.056
=vorige =al | weight=0.055
=begin =vertellen | weight=0.055
=gewoon =in | weight=0.055
=heb =dit | weight=0.055
=lijn =en | weight=0.055
=dienst =waar | weight=0.055
=mijn =melding | weight=0.054
=derde =keer | weight=0.054
=er =mis | weight=0.054
=zei =iemand | weight=0.054
=dezelfde =drie | weight=0.054
=ze =liet | weight=0.054
=zeiden | weight=0.054
=keer =moest | weight=0.053
=vierde =medewerker | weight=0.053
=over =mijn | weight=0.053
=jullie =je | weight=0.053
=niemand =de | weight=0.053, noneg
=van =niks | weight=0.053, noneg
=een =kopie | weight=0.052
=kopie =van | weight=0.052
=iemand =dat | weight=0.052
=dan =mag | weight=0.052
=weer =doen | weight=0.052
=moet =herhalen | weight=0.052
=tegenover | weight=0.052
=tegenover =drie | weight=0.052
=verhaal =tegenover | weight=0.052
=verschillende =behandelaar | weight=0.052
=hebben =de | weight=0.052
=en =huisnummer | weight=0.052
=postcode =en | weight=0.052
=moest =wachten | weight=0.052
=door =en | weight=0.052
=doorverbonden =kon | weight=0.052
=dossier | weight=0.051
=aan =schrijven | weight=0.051
=schrijven =omdat | weight=0.051
=kopie | weight=0.051
=doorverbonden =naar | weight=0.051
=staat =gewoon | weight=0.050
=weer =opnieuw | weight=0.050
=verhaal =weer | weight=0.050
=vast =aanspreekpunt | weight=0.049
=het =nou | weight=0.049
=keer =opgeschreven | weight=0.049
=opgeschreven | weight=0.049
=verlopen | weight=0.049
=noemen | weight=0.049
=te =hebben | weight=0.049
=eerst =een | weight=0.048
=telefoontje | weight=0.048
=haar =verhaal | weight=0.048
=ik =mijn | weight=0.048
=ze =verbond | weight=0.048
=u =het | weight=0.047
=wist =van | weight=0.047
=aan =haar | weight=0.046
=gehele | weight=0.046
=collega =die | weight=0.046
=de =vierde | weight=0.046
=beveiligingsvragen | weight=0.046
=drie =beveiligingsvragen | weight=0.046
=te =vertellen | weight=0.045
=waarom | weight=0.045
=schade =te | weight=0.045
=een =vast | weight=0.045
=heb =moet | weight=0.045
=de =factuur | weight=0.045
=aanspreekpunt | weight=0.044
=hebben =gedaan | weight=0.044
=heb =ik | weight=0.044
=drie =keer | weight=0.044
=lezen | weight=0.043
=beginnen =met | weight=0.043
=antwoordt =er | weight=0.043
=gestuurd =heb | weight=0.043
=ik =mail | weight=0.043
=mail =antwoordt | weight=0.043
=mis | weight=0.043
=diende =ik | weight=0.043
=vierde =keer | weight=0.043
=eerder | weight=0.043
=chat =naar | weight=0.042
=weer =uit | weight=0.042
=sturen =me | weight=0.042
=overgedragen | weight=0.042
=keer =opgestuurd | weight=0.042
=moest =doen | weight=0.042
=helemaal =van | weight=0.041
=jullie =sturen | weight=0.041
=andere =die | weight=0.041
=mag =je | weight=0.041
=snapt | weight=0.041
=de =foto | weight=0.041
=doorgestuurd =en | weight=0.041
=nu =bij | weight=0.040
=me =de | weight=0.040
=huisnummer | weight=0.040
=verhaal =opnieuw | weight=0.040
=moet | weight=0.040
=voor =de | weight=0.040
=keer =uitleggen | weight=0.040
=pensioenoverzicht =staat | weight=0.040
=steeds =fout | weight=0.040
=telefoontje =vierde | weight=0.040
=vierde =telefoontje | weight=0.040
=moest =alles | weight=0.040
=opnieuw =moest | weight=0.039
=telefoon =gehangen | weight=0.039
=alle =gegevens | weight=0.039
=zit =nu | weight=0.038
=diende | weight=0.038
=gestuurd =en | weight=0.038
=chat | weight=0.038
=naar =elkaar | weight=0.037
=ik =moest | weight=0.037
=moest =bij | weight=0.037
=elke =gesprek | weight=0.036
=uiteindelijk =zei | weight=0.036
=nummer | weight=0.036
=moest =we | weight=0.036
=bij =vier | weight=0.036
=foto =van | weight=0.035
=iedere =telefoongesprek | weight=0.035
=telefoongesprek | weight=0.035
=en =moest | weight=0.034
=opnieuw =uitgelegd | weight=0.034
=groet =j | weight=0.034
=ons =verhaal | weight=0.034
=zegt =weer | weight=0.034
=omdat =de | weight=0.034
=probleem | weight=0.034
=is =op | weight=0.034
=vroeg =opnieuw | weight=0.034
