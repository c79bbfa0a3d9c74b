# repeat_explaining, nl: learned by scripts/learn.py from 4875 tuning texts (169 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Eerst een uur in de wachtrij, toen doorgeschakeld naar een collega die weer van voor af aan begon met vragen.
+ Ik moest mijn verhaal aan drie verschillende medewerkers doen, en de laatste zei dat de eerste me verkeerde informatie had gegeven en dat mijn aanvraag dus nooit was ingediend. Nu moet ik weer van voor af aan beginnen. Ik wil dat iemand van het management me belt.
+ Bestelde een tafel van 400 euro. Kwam aan met een kras over het hele blad. Mailtje gestuurd met foto's, na negen dagen een antwoord dat de schade vast tijdens het uitpakken was ontstaan. Ja hoor, ik heb zelf met een schroevendraaier over mijn nieuwe tafel gekrast. Daarna werd ik doorverwezen naar een of ander claimportaal waar ik alles opnieuw moest invullen. Drie sterren te veel, eigenlijk nul.
- ok dankje
- ok top dank je
=herhalen | weight=0.420
=uitleggen | weight=0.402
=keer =mijn | weight=0.333
=nieuwe =medewerker | weight=0.311
=vraagt | weight=0.301
=keer =moet | weight=0.287
=doorgegeven | weight=0.282
=opnieuw | weight=0.263
=uitgelegd | weight=0.259
=elke =nieuwe | weight=0.259
=verschillende | weight=0.256
=van =voor | weight=0.248
=beginnen | weight=0.237
=hoe =vaak | weight=0.226
=geboortedatum | weight=0.225
=gegevens | weight=0.225
=moest =ik | weight=0.209
=nogmaals | weight=0.200
=medewerker =vraagt | weight=0.199
=bij =nul | weight=0.198
=iedere | weight=0.191
=hele =verhaal | weight=0.191
=telkens | weight=0.186
=iedere =medewerker | weight=0.182
=de =foto's | weight=0.180
=nul | weight=0.180
=mijn =hele | weight=0.178
=vertellen | weight=0.178
=situatie | weight=0.178
=niemand =leest | weight=0.176, noneg
=foto's =van | weight=0.176
=dezelfde =vraag | weight=0.173
=weer =bij | weight=0.172
=ordernummer | weight=0.170
=mezelf | weight=0.165
=toegelicht | weight=0.164
=keer =uit | weight=0.161
=telkens =moest | weight=0.161
=identiteit | weight=0.161
=mijn =identiteit | weight=0.161
=nog =een | weight=0.159
=opnoemen | weight=0.159
=vaak | weight=0.158
=al =vier | weight=0.158
=nu =al | weight=0.157
=alles =weer | weight=0.155
=beantwoord | weight=0.154
=probleem =nu | weight=0.152
=verteld | weight=0.151
=verhaal | weight=0.151
=af =aan | weight=0.148
=voor =af | weight=0.148
=verschillende =mensen | weight=0.146
=het =hele | weight=0.145
=chatvensters | weight=0.143
=doeken =doen | weight=0.142
=de =doeken | weight=0.141
=doeken | weight=0.141
=vaak =moet | weight=0.140
=vraag =stelt | weight=0.139
=keer =weer | weight=0.138
=heb =het | weight=0.137
=uitleggen =aan | weight=0.137
=opnieuw =doen | weight=0.135
=keer =aan | weight=0.135
=dezelfde =uitleg | weight=0.135
=uitleg =gegeven | weight=0.135
=vijf =verschillende | weight=0.135
=gegeven | weight=0.135
=andere =medewerker | weight=0.134
=het =al | weight=0.134
=toelichten | weight=0.134
=weer =van | weight=0.133
=opnieuw =naar | weight=0.130
=allemaal =nog | weight=0.129
=keer =vertellen | weight=0.129
=aan =drie | weight=0.127
=opnieuw =mijn | weight=0.125
=iedereen =vraagt | weight=0.125
=vraagt =ze | weight=0.125
=ze =opnieuw | weight=0.125
=notities | weight=0.124
=klacht =bij | weight=0.123
=al =moet | weight=0.123
=het =doorverbinden | weight=0.122
=vraagt =weer | weight=0.122
=hele =situatie | weight=0.120
=nooit =van | weight=0.120, noneg
=vier =verschillende | weight=0.120
=telkens =een | weight=0.120
=x | weight=0.119
=leggen | weight=0.118
=weer =om | weight=0.118
=uitleg | weight=0.117
=de =klacht | weight=0.116
=gegeven =over | weight=0.116
=medewerker =die | weight=0.116
=nu =vijf | weight=0.115
=het =probleem | weight=0.115
=nieuwe =iemand | weight=0.115
=de =situatie | weight=0.114
=het =allemaal | weight=0.114
=en =adres | weight=0.114
=het =nu | weight=0.114
=doorgestuurd =en | weight=0.113
=notities =niet | weight=0.113, noneg
=stelt | weight=0.113
=intypen | weight=0.113
=doorverbinden =moest | weight=0.111
=dezelfde =gegevens | weight=0.111
=uit =de | weight=0.111
=allemaal | weight=0.110
=contactpersoon | weight=0.109
=medewerker =er | weight=0.109
=uitleggen =dat | weight=0.107
=alles | weight=0.106
=overgenomen | weight=0.106
=vermoeiend | weight=0.106
=verhaal =nu | weight=0.104
=telefoontje | weight=0.104
=adviseur | weight=0.103
=gesprek | weight=0.103
=begon =ik | weight=0.103
=dat =nummer | weight=0.103
=gegevens =nu | weight=0.102
=balie | weight=0.102
=keer =heb | weight=0.101
=en =zijn | weight=0.101
=e =keer | weight=0.100
=geboortedatum =en | weight=0.100
=mijn =kapotte | weight=0.100
=is =uw | weight=0.099
=er =opnieuw | weight=0.099
=weer =mijn | weight=0.098
=telkens =weer | weight=0.098
=verhaal =gedaan | weight=0.097
=de =zoveelste | weight=0.096
=zoveelste | weight=0.096
=zoveelste =keer | weight=0.096
=kon =ik | weight=0.096
=bij =iedere | weight=0.096
=klantnummer =en | weight=0.095
=ze =willen | weight=0.095
=de =pasfoto | weight=0.095
=pasfoto | weight=0.095
=verder =gestuurd | weight=0.095
=vandaag =al | weight=0.093
=elke =mail | weight=0.093
=opgestuurd | weight=0.093
=persoon =aan | weight=0.093
=en =elke | weight=0.093
=keer =sturen | weight=0.093
=diezelfde | weight=0.092
=heb =mijn | weight=0.092
=mijn =iban | weight=0.092
=keer =die | weight=0.091
=doorverbinden | weight=0.091
=dus =je | weight=0.091
=steeds =weer | weight=0.091
=opnieuw =uitleggen | weight=0.090
=klantnummer | weight=0.090
=fiets | weight=0.090
=mijn =dossier | weight=0.090
=iemand =het | weight=0.090
=opnieuw =opsturen | weight=0.089
=wij =hebben | weight=0.089
=gesprek =terug | weight=0.088
=andere =stand | weight=0.087
=foto's | weight=0.087
=echt =alles | weight=0.086
=je =moet | weight=0.086
=naar =hetzelfde | weight=0.086
=nu =aan | weight=0.086
=wat =is | weight=0.085
=mijn =geboortedatum | weight=0.085
=ter | weight=0.084
=vierde | weight=0.084
=willen =de | weight=0.083
=het =weer | weight=0.083
=vier =keer | weight=0.083
=die =heb | weight=0.083
=schrijft | weight=0.083
=nou =echt | weight=0.083
=weer =helemaal | weight=0.082
=hebben =de | weight=0.082
=adres =nog | weight=0.082
=nou | weight=0.081
=het =zat | weight=0.081
=hebben =we | weight=0.081
=postcode | weight=0.081
=nog =herhalen | weight=0.080
=zesde =keer | weight=0.079
=verhaal =weer | weight=0.079
=bij =vier | weight=0.079
=doorverbonden =naar | weight=0.079
=wat =wilt | weight=0.079
=zijn =verhaal | weight=0.078
=je =eigen | weight=0.078
=voor =iemand | weight=0.078
=je =alles | weight=0.078
=die =vraagt | weight=0.078
=begint =het | weight=0.078
=mijn =ordernummer | weight=0.078
=de =zesde | weight=0.078
=vraag =beantwoord | weight=0.077
=opsturen | weight=0.077
=nergens =terug | weight=0.077, noneg
=keer =de | weight=0.077
=pensioenoverzicht | weight=0.077
=en =moest | weight=0.076
=lezen =jullie | weight=0.075
=ge =moet | weight=0.075
=heb =de | weight=0.075
=lijn =en | weight=0.075
=niemand =daar | weight=0.075, noneg
=u =nou | weight=0.075
=mensen =uitgelegd | weight=0.074
=stand | weight=0.074
=wilt =u | weight=0.074
=zesde | weight=0.074
=klantnummer =ingetoetst | weight=0.073
=heb =dit | weight=0.073
=nou =eigenlijk | weight=0.073
=andere =die | weight=0.073
=jullie =je | weight=0.073
=elke | weight=0.073
=noemen | weight=0.073
=vanaf =het | weight=0.073
=mocht =ik | weight=0.072
=elke =telefoontje | weight=0.072
=iban | weight=0.072
=vierde =keer | weight=0.072
=zegt =bellen | weight=0.072
=zegt =mail | weight=0.072
=sturen =ik | weight=0.071
=het =gesprek | weight=0.071
=de =kapotte | weight=0.071
=mail =zegt | weight=0.070
=balie =bij | weight=0.070
=geirriteerd | weight=0.070
=omdat =niemand | weight=0.070, noneg
=arts | weight=0.070
=tegel | weight=0.070
=een =keer | weight=0.069
=voor =de | weight=0.069
=dienst =waar | weight=0.069
=medewerker =naar | weight=0.069
=het =nou | weight=0.069
=alles =opnieuw | weight=0.069
=opgeven | weight=0.068
=bij =drie | weight=0.068
=vijf =keer | weight=0.068
=keer =moest | weight=0.068
=telefoon =en | weight=0.067
=wilt | weight=0.067
=ingetoetst | weight=0.067
=al =vijf | weight=0.067
=naar =en | weight=0.066
=schade | weight=0.066
=willen | weight=0.066
=ge | weight=0.066
=chat =zegt | weight=0.066
=iedereen | weight=0.066
=weer =doen | weight=0.065
=ik =vandaag | weight=0.065
=drie =verschillende | weight=0.065
=de =factuur | weight=0.065
=inmiddels =bij | weight=0.065
=vroeg =de | weight=0.065
=vroeg =mijn | weight=0.064
=vast =aanspreekpunt | weight=0.064
=keer =uitgelegd | weight=0.064
=weer =vanaf | weight=0.064
=opnieuw =moest | weight=0.064
=en =daarna | weight=0.063
=dan =mag | weight=0.063
=vanaf | weight=0.063
=toen =doorgeschakeld | weight=0.063
=gewoon =in | weight=0.063
=moest =wacht | weight=0.063
=opnieuw =beginnen | weight=0.062
=medewerker =en | weight=0.062
=medewerker =vroeg | weight=0.062
=doorverbonden =kon | weight=0.061
=begon =met | weight=0.061
=keer =opgeschreven | weight=0.061
=opgeschreven | weight=0.061
=vraagt =me | weight=0.060
=ik =mijn | weight=0.060
=ben =het | weight=0.060
=bevestiging | weight=0.060
=aan =uitleggen | weight=0.060
=doorgeschakeld =naar | weight=0.060
=derde =keer | weight=0.060
=doorverbonden =weer | weight=0.059
=chat =naar | weight=0.059
=die =weer | weight=0.059
=aanspreekpunt | weight=0.059
=helemaal =van | weight=0.058
=sturen =me | weight=0.058
=omdat =ze | weight=0.058
=weer =opnieuw | weight=0.058
=nu =bij | weight=0.058
=een =oplossing | weight=0.058
=jullie =sturen | weight=0.057
=worden =van | weight=0.057
=verwijst =naar | weight=0.057
=de =vierde | weight=0.057
=weer =dezelfde | weight=0.056
=bij =elke | weight=0.056
=aan =haar | weight=0.056
=mensen | weight=0.056
=haar =verhaal | weight=0.056
=staat =gewoon | weight=0.055
=hebben =gedaan | weight=0.055
=mag =je | weight=0.055
=ze =liet | weight=0.055
=andere =collega | weight=0.054
=ik =begin | weight=0.054
=afgelopen | weight=0.054
=beginnen =met | weight=0.052
=wacht =werd | weight=0.052
=zei =iemand | weight=0.052
=en =huisnummer | weight=0.052
=postcode =en | weight=0.052
=moet =vertellen | weight=0.051
=ik =weer | weight=0.051
=dezelfde =drie | weight=0.051
=ingevoerd | weight=0.051
=iemand =dat | weight=0.050
=de =volgende | weight=0.050
=verwerken | weight=0.049
=nul =beginnen | weight=0.049
=toon | weight=0.049
=keer =uitleggen | weight=0.049
=te =hebben | weight=0.049
=moest =alles | weight=0.049
=zegt =weer | weight=0.048
=moet =uitleggen | weight=0.048
=systeem =lag | weight=0.048
=gehele | weight=0.048
=begonnen | weight=0.047
=bij =af | weight=0.047
=u =het | weight=0.047
=weer | weight=0.047
=me =van | weight=0.047
=doorgestuurd | weight=0.046
=elke =gesprek | weight=0.046
=alsof =er | weight=0.046
=ik =allang | weight=0.046
=beveiligingsvragen | weight=0.046
=drie =beveiligingsvragen | weight=0.046
=keer | weight=0.046
=aan =schrijven | weight=0.045
=schrijven =omdat | weight=0.045
=mijn =melding | weight=0.044
=allang | weight=0.044
=mijn =pensioenoverzicht | weight=0.044
=allemaal =een | weight=0.044
=vorige =al | weight=0.044
=begin =vertellen | weight=0.043
=te =vertellen | weight=0.043
=elke =keer | weight=0.043
=eerst =een | weight=0.043
=weer =uit | weight=0.043
=niks =dus | weight=0.043, noneg
=moet =herhalen | weight=0.043
=tegenover | weight=0.043
=tegenover =drie | weight=0.043
=verhaal =tegenover | weight=0.043
=verschillende =behandelaar | weight=0.043
=niemand =de | weight=0.043, noneg
=huisnummer | weight=0.043
=al =zes | weight=0.042
=weken =het | weight=0.042
=ik =alles | weight=0.042
=er =nog | weight=0.042
=collega =die | weight=0.042
=na =het | weight=0.042
=foto =van | weight=0.042
=om =en | weight=0.041
=ze =verbond | weight=0.041
=gedaan | weight=0.041
=overgedragen | weight=0.041
=begon | weight=0.041
=wacht =en | weight=0.041
=wat =er | weight=0.041
=verlopen | weight=0.040
=moet | weight=0.039
=antwoordt =er | weight=0.039
=gestuurd =heb | weight=0.039
=ik =mail | weight=0.039
=mail =antwoordt | weight=0.039
=moest =bij | weight=0.039
=foto | weight=0.039
=adres | weight=0.039
=waar =hij | weight=0.039
=hierbij | weight=0.038
=zeiden =ze | weight=0.038
=telkens =wanneer | weight=0.038
