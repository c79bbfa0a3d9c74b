# long_hold, nl: learned by scripts/learn.py from 4875 tuning texts (321 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ twee uur. TWEE UUR. om een gestolen pas te blokkeren.
+ Uur in de rij bij het gemeentehuis, en dat mét afspraak.
+ kwartier wachten voor 1 zinnetje antwoord en dan 'fijne dag nog'
- ok dankje
- ok top dank je
=min | weight=0.523
=wachtrij | weight=0.423
=minuten | weight=0.374
=kwartier | weight=0.371
=uur =aan | weight=0.322
=wacht | weight=0.312
=wachttijd | weight=0.306
=minuten =wacht | weight=0.289
=uur | weight=0.287
=en =pas | weight=0.273
=vijf =kwartier | weight=0.260
=kwartier =aan | weight=0.253
=de =wachtrij | weight=0.247
=uur =lang | weight=0.245
=pas =om | weight=0.231
=oor | weight=0.230
=hangen | weight=0.223
=gestaan | weight=0.222
=minuten =in | weight=0.215
=drie =kwartier | weight=0.214
=duurde | weight=0.208
=gewacht | weight=0.203
=een =gestolen | weight=0.201
=gestolen | weight=0.200
=de =wacht | weight=0.199
=minuten =niks | weight=0.198, noneg
=in =dat | weight=0.196
=gehangen | weight=0.190
=muziekje | weight=0.187
=mijn =oor | weight=0.185
=voormiddag | weight=0.185
=wachtmuziek | weight=0.183
=sta | weight=0.180
=vast =in | weight=0.180
=een =kassa | weight=0.179
=kassa =open | weight=0.179
=belachelijk | weight=0.177
=kwartier =wacht | weight=0.177
=op =zaterdag | weight=0.175
=zelfscankassa | weight=0.172
=ochtend =bezig | weight=0.169
=we =belde | weight=0.168
=een =zelfscankassa | weight=0.167
=werd =we | weight=0.166
=een =medewerker | weight=0.166
=en =dan | weight=0.165
=geluisterd | weight=0.165
=de =rij | weight=0.162
=opgegeven | weight=0.162
=vastgezeten | weight=0.162
=te =melden | weight=0.157
=chat =en | weight=0.156
=uur =wacht | weight=0.156
=telefoonmenu | weight=0.155
=een =halfuur | weight=0.155
=halfuur | weight=0.155
=rij | weight=0.155
=eindeloos | weight=0.154
=bandje | weight=0.153
=het =bandje | weight=0.152
=afwas | weight=0.150
=afwas =gedaan | weight=0.150
=de =afwas | weight=0.150
=gestofzuigd | weight=0.150
=gestofzuigd =en | weight=0.150
=te =bereiken | weight=0.148
=hing | weight=0.148
=u =bent | weight=0.146
=dat =keuzemenu | weight=0.145
=servicebalie | weight=0.145
=voordat | weight=0.145
=iemand =opnam | weight=0.145
=een =uur | weight=0.144
=wachtend | weight=0.144
=eeuwen | weight=0.143
=op =iemand | weight=0.143
=wacht =in | weight=0.143
=aanschuiven | weight=0.142
=aanschuiven =aan | weight=0.142
=blokkeren | weight=0.141
=wachtend =op | weight=0.141
=wacht =werd | weight=0.139
=plek | weight=0.138
=ruim | weight=0.138
=de =wachttijd | weight=0.138
=het =loket | weight=0.138
=chat =niemand | weight=0.137, noneg
=bar | weight=0.137
=barman | weight=0.137
=de =bar | weight=0.137
=de =servicebalie | weight=0.136
=hebben =drie | weight=0.136
=hoort =u | weight=0.135
=uur =in | weight=0.135
=ne | weight=0.135
=zaterdag | weight=0.134
=ik =hangen | weight=0.134
=daarna =een | weight=0.134
=zat =ik | weight=0.134
=zit =wacht | weight=0.133
=hele =lunchpauze | weight=0.132
=lunchpauze | weight=0.132
=lunchpauze =met | weight=0.132
=twee =kassa's | weight=0.132
=nummer | weight=0.131
=bezig =geweest | weight=0.131
=gezet | weight=0.131
=telefoon =aan | weight=0.130
=heb =daar | weight=0.127
=en =nog | weight=0.126
=wachttijd =aan | weight=0.126
=stond =ik | weight=0.124
=bent | weight=0.124
=loket | weight=0.123
=wacht =aan | weight=0.123
=geweest =om | weight=0.122
=zaterdag =zijn | weight=0.122
=twee =uur | weight=0.122
=die =wachtmuziek | weight=0.121
=hele =ochtend | weight=0.121
=opnam | weight=0.121
=open | weight=0.120
=geklikt | weight=0.120
=duurde =het | weight=0.120
=deuntje | weight=0.120
=live | weight=0.119
=kassa's | weight=0.118
=kassa's =open | weight=0.118
=ik =kijken | weight=0.118
=verlof | weight=0.118
=voor =me | weight=0.118
=half =uur | weight=0.118
=medewerker =me | weight=0.117
=zit =al | weight=0.117
=kijken =even | weight=0.116
=al =een | weight=0.116
=door =het | weight=0.115
=eeuwig | weight=0.114
=onbereikbaar | weight=0.114
=gestaan =terwijl | weight=0.114
=wachttijd =volgens | weight=0.113
=ik =eindelijk | weight=0.113
=eindelijk =geholpen | weight=0.112
=telefoon =om | weight=0.112
=kwartier =door | weight=0.112
=voordat =ik | weight=0.112
=invoert | weight=0.110
=telefoonmenu =heb | weight=0.110
=een =half | weight=0.109
=alstublieft | weight=0.108
=er =eindelijk | weight=0.108
=minuten =werd | weight=0.108
=uur =vast | weight=0.107
=bezig =om | weight=0.107
=je =dan | weight=0.107
=de =melding | weight=0.106
=bezig | weight=0.106
=te =pakken | weight=0.105
=rij =bij | weight=0.105
=maar =een | weight=0.105
=twintig | weight=0.105
=steeds =niemand | weight=0.104, noneg
=wacht =kreeg | weight=0.103
=erg | weight=0.102
=een =stroomstoring | weight=0.101
=alleen =om | weight=0.101
=niemand =reageert | weight=0.100, noneg
=hangen =om | weight=0.100
=de =apotheek | weight=0.100
=halve | weight=0.100
=stroomstoring | weight=0.100
=paspoort | weight=0.099
=apotheek | weight=0.099
=gezet =voor | weight=0.099
=elke =dienst | weight=0.098
=gestaan =voor | weight=0.098
=die =de | weight=0.097
=al =twintig | weight=0.097
=stilte | weight=0.096
=keuzemenu | weight=0.096
=er =drie | weight=0.096
=met =dat | weight=0.096
=sta =nu | weight=0.096
=viel | weight=0.096
=beurt =bij | weight=0.095
=de =barman | weight=0.094
=gastvrij | weight=0.094
=te =luisteren | weight=0.094
=zijn =er | weight=0.094
=veertig | weight=0.093
=gedaan =gestofzuigd | weight=0.093
=op =plek | weight=0.093
=de =code | weight=0.093
=dan =een | weight=0.092
=pakken | weight=0.092
=mijn =hele | weight=0.092
=eenvoudig | weight=0.091
=man =voor | weight=0.091
=medewerker =te | weight=0.091
=telefoon =gehangen | weight=0.091
=gemeentehuis | weight=0.090
=het =gemeentehuis | weight=0.090
=servicebalie =en | weight=0.090
=uberhaupt | weight=0.090
=vraag =van | weight=0.090
=u =dat | weight=0.090
=rij =voor | weight=0.089
=minuten =aan | weight=0.089
=stond =te | weight=0.089
=lang =in | weight=0.088
=in =die | weight=0.088
=wacht =bij | weight=0.087
=andere =afdeling | weight=0.087
=er =maar | weight=0.087
=te =geven | weight=0.087
=niemand =op | weight=0.086, noneg
=van =twee | weight=0.086
=iemand =te | weight=0.086
=een =iemand | weight=0.085
=een =jongen | weight=0.085
=draaien =in | weight=0.085
=uur =rondjes | weight=0.085
=wacht =voordat | weight=0.085
=kassa =stond | weight=0.085
=open =op | weight=0.084
=telefonisch =zijn | weight=0.084
=te =wacht | weight=0.084
=beurt =was | weight=0.084
=doorverbonden | weight=0.083
=heb =er | weight=0.083
=pas =na | weight=0.083
=genomen =en | weight=0.083
=staan =wacht | weight=0.082
=dat =deuntje | weight=0.082
=minuten =later | weight=0.082
=me =in | weight=0.081
=een =stoelen | weight=0.080
=schreven =ze | weight=0.080
=halfuur =lang | weight=0.080
=lang =zat | weight=0.080
=uw =gesprek | weight=0.080
=bij =de | weight=0.079
=schreven | weight=0.079
=vast | weight=0.079
=dan =te | weight=0.079
=om =dan | weight=0.079
=het =duurde | weight=0.079
=gewacht =om | weight=0.078
=te =blokkeren | weight=0.078
=gestolen =pas | weight=0.078
=pas =te | weight=0.078
=ik =aan | weight=0.077
=vijftig | weight=0.077
=vijftig =minuten | weight=0.077
=de =wachtkamer | weight=0.077
=wachtkamer | weight=0.077
=zestig | weight=0.077
=zestig =minuten | weight=0.077
=ze =en | weight=0.076
=wacht =voor | weight=0.076
=te =zijn | weight=0.076
=met =z'n | weight=0.076
=zonder =dat | weight=0.076, noneg
=bent =nummer | weight=0.076
=er =was | weight=0.076
=afhaalbalie | weight=0.076
=de =afhaalbalie | weight=0.076
=gestaan =bij | weight=0.075
=ruim =een | weight=0.075
=belangrijk =voor | weight=0.075
=is =belangrijk | weight=0.075
=dus =heb | weight=0.075
=daar =werd | weight=0.074
=zijn =ze | weight=0.074
=uur =nummer | weight=0.074
=afspraak =om | weight=0.074
=het =opgegeven | weight=0.074
=gesprek =is | weight=0.073
=ochtend | weight=0.073
=belangrijk | weight=0.073
=bent =de | weight=0.073
=dit =kan | weight=0.073
=voor =er | weight=0.073
=balie =van | weight=0.072
=code | weight=0.072
=ze =zet | weight=0.072
=door =te | weight=0.071
=minuten =voordat | weight=0.071
=het =mogelijk | weight=0.071
=lijn =gehangen | weight=0.071
=eindelijk =iemand | weight=0.071
=ff | weight=0.071
=zijn =eigen | weight=0.070
=lachertje | weight=0.070
=zet =me | weight=0.070
=uur =had | weight=0.070
=tot =er | weight=0.070
=meer =dan | weight=0.069
=hangen =nu | weight=0.069
=rondjes =draaien | weight=0.068
=doorgebracht | weight=0.068
=elke =afdeling | weight=0.067
=bar =en | weight=0.067
=eeuwig =gewacht | weight=0.067
=dienst | weight=0.067
=erg =lang | weight=0.067
=ik =doorverbonden | weight=0.067
=melding | weight=0.067
=servicebalie =stond | weight=0.066
=kan =toch | weight=0.066
=loket =gestaan | weight=0.066
=rondgestuurd | weight=0.065
=wel =erg | weight=0.065
=niemand =die | weight=0.065, noneg
=en =niemand | weight=0.065, noneg
=hetzelfde | weight=0.065
=laat =blokkeren | weight=0.065
=te =woord | weight=0.065
=gsm | weight=0.064
=en =er | weight=0.064
=in =jullie | weight=0.064
=het =stadskantoor | weight=0.064
=stadskantoor | weight=0.064
=wachtrij =van | weight=0.064
=in =de | weight=0.063
=werd =er | weight=0.063
=dat =bij | weight=0.063
=een =simpele | weight=0.062
=een =bandje | weight=0.062
=minuten =gewacht | weight=0.062
=wijn | weight=0.062
=uur =heb | weight=0.062
=drie =medewerker | weight=0.062
=er =niemand | weight=0.061, noneg
=hele =voormiddag | weight=0.061
=heb =gisteren | weight=0.061
=anderhalf | weight=0.061
=anderhalf =uur | weight=0.061
=gewacht =aan | weight=0.061
=terwijl =er | weight=0.061
=serieus | weight=0.060
=muziek | weight=0.060
=hoort | weight=0.060
=omdat =er | weight=0.059
=en =na | weight=0.059
=de =wachtruimte | weight=0.059
=wachtruimte | weight=0.059
=uur =naar | weight=0.059
=rij =en | weight=0.059
=voor =ik | weight=0.058
=me =en | weight=0.058
=genomen | weight=0.058
=ze =ons | weight=0.058
=ik =nummer | weight=0.058
=deur =van | weight=0.058
=collega =en | weight=0.058
=keer =zelf | weight=0.057
=hebben =gewoon | weight=0.057
=weer =ruim | weight=0.057
=gehangen =met | weight=0.057
=thee | weight=0.057
=hetzelfde =riedeltje | weight=0.057
=me =bij | weight=0.057
=chat =stond | weight=0.056
=oor =gezet | weight=0.056
=gewoon =opgehangen | weight=0.056
=minuten =op | weight=0.056
=algemene =lijn | weight=0.056
=de =mutualiteit | weight=0.056
=mutualiteit | weight=0.056
=zelf =naar | weight=0.056
=bankpas | weight=0.056
=voor =ons | weight=0.055
=kassa =gestaan | weight=0.055
=kassa | weight=0.054
=chat | weight=0.054
=mijn =dove | weight=0.054
=aan =een | weight=0.053
=aanzien | weight=0.053
=aanzien =van | weight=0.053
=ten =aanzien | weight=0.053
=neemt | weight=0.053
=dove | weight=0.053
=klaar =mee | weight=0.053
=zet | weight=0.053
=draaien | weight=0.053
=stem | weight=0.053
=afhaalbalie =terwijl | weight=0.052
=dat =gewoon | weight=0.052
=mijn =gsm | weight=0.052
=goed =te | weight=0.052
=keuren | weight=0.052
=te =keuren | weight=0.052
=pijn | weight=0.052
=min =gewacht | weight=0.052
=zo =traag | weight=0.052
=zat =te | weight=0.052
=ze =ik | weight=0.052
=eindelijk | weight=0.052
=hele =middag | weight=0.051
