# long_hold, nl: learned by scripts/learn.py from 3398 tuning texts (247 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ twee uur. TWEE UUR. om een gestolen pas te blokkeren.
+ Uur in de rij bij het gemeentehuis, en dat mét afspraak.
+ twee uur. TWEE UUR. om een gestolen bankkaart te melden.
- we willen ons geld terug
- Geen minuut gewacht, top!
=min | weight=0.499
=wachtrij | weight=0.420
=kwartier | weight=0.395
=minuten | weight=0.369
=wachttijd | weight=0.299
=uur =aan | weight=0.293
=uur | weight=0.291
=en =pas | weight=0.271
=de =wachtrij | weight=0.271
=wachten | weight=0.268
=twee =uur | weight=0.253
=kwartier =aan | weight=0.239
=minuten =in | weight=0.224
=pas =om | weight=0.223
=voormiddag | weight=0.216
=vijf =kwartier | weight=0.213
=minuten =niks | weight=0.213, noneg
=oor | weight=0.209
=nummer | weight=0.199
=twintig | weight=0.196
=op =zaterdag | weight=0.191
=hangen | weight=0.190
=een =uur | weight=0.188
=gestaan | weight=0.185
=muziekje | weight=0.185
=belachelijk | weight=0.183
=een =medewerker | weight=0.182
=uur =lang | weight=0.182
=gehangen | weight=0.180
=ochtend =bezig | weight=0.179
=drie =kwartier | weight=0.179
=duurde | weight=0.173
=ne | weight=0.171
=we =belde | weight=0.171
=gewacht | weight=0.170
=bandje | weight=0.170
=mijn =oor | weight=0.169
=werd =we | weight=0.167
=een =gestolen | weight=0.166
=gestolen | weight=0.164
=in =dat | weight=0.163
=heb =daar | weight=0.162
=opgegeven | weight=0.161
=minuten =wachten | weight=0.160
=stond =ik | weight=0.159
=en =nog | weight=0.158
=een =halfuur | weight=0.157
=halfuur | weight=0.157
=wachten =en | weight=0.157
=te =bereiken | weight=0.156
=hing | weight=0.153
=een =kassa | weight=0.151
=kassa =open | weight=0.151
=bar | weight=0.151
=barman | weight=0.151
=de =bar | weight=0.151
=halve | weight=0.150
=zaterdag | weight=0.150
=er =was | weight=0.148
=u =bent | weight=0.147
=ik =hangen | weight=0.147
=wachtmuziek | weight=0.144
=onbereikbaar | weight=0.144
=en =dan | weight=0.142
=daarna =een | weight=0.142
=vastgezeten | weight=0.139
=voordat | weight=0.139
=de =rij | weight=0.138
=wachten =in | weight=0.137
=het =loket | weight=0.137
=er =iemand | weight=0.137
=eeuwen | weight=0.136
=afwas | weight=0.133
=afwas =gedaan | weight=0.133
=de =afwas | weight=0.133
=gestofzuigd | weight=0.133
=gestofzuigd =en | weight=0.133
=hoort =u | weight=0.133
=wachtend | weight=0.133
=voor =een | weight=0.133
=hele =lunchpauze | weight=0.132
=lunchpauze | weight=0.132
=lunchpauze =met | weight=0.132
=chat =niemand | weight=0.132, noneg
=telefoonmenu | weight=0.131
=op =iemand | weight=0.131
=zelfscankassa | weight=0.130
=dat =keuzemenu | weight=0.128
=keuzemenu | weight=0.128
=hele =ochtend | weight=0.128
=wachtend =op | weight=0.128
=telefoon =aan | weight=0.128
=servicebalie | weight=0.128
=vast =in | weight=0.128
=twee =kassa's | weight=0.128
=deuntje | weight=0.127
=maar =een | weight=0.127
=hebben =drie | weight=0.127
=u =dat | weight=0.127
=verlof | weight=0.126
=door =het | weight=0.126
=kwartier =door | weight=0.126
=het =bandje | weight=0.126
=sta | weight=0.126
=een =zelfscankassa | weight=0.125
=zaterdag =zijn | weight=0.125
=kwartier =wachten | weight=0.124
=medewerker =me | weight=0.123
=rij | weight=0.122
=geluisterd | weight=0.122
=twintig =minuten | weight=0.120
=de =servicebalie | weight=0.118
=eindeloos | weight=0.118
=de =wachten | weight=0.118
=live | weight=0.117
=blokkeren | weight=0.117
=rij =bij | weight=0.116
=geweest =om | weight=0.116
=spraakmenu | weight=0.115
=chat =en | weight=0.115
=bent | weight=0.115
=eindelijk | weight=0.114
=ruim | weight=0.114
=al =een | weight=0.113
=dienst | weight=0.112
=met =dat | weight=0.112
=de =barman | weight=0.111
=gastvrij | weight=0.111
=bezig =geweest | weight=0.111
=gemeentehuis | weight=0.111
=het =gemeentehuis | weight=0.111
=ik =doorverbonden | weight=0.110
=de =apotheek | weight=0.110
=gestaan =terwijl | weight=0.110
=ik =kijken | weight=0.110
=iemand =opnam | weight=0.109
=de =code | weight=0.109
=loket | weight=0.109
=eindelijk =geholpen | weight=0.108
=alleen =om | weight=0.108
=uur =wachten | weight=0.108
=de =wachttijd | weight=0.108
=apotheek | weight=0.107
=kijken =even | weight=0.106
=kassa's | weight=0.105
=kassa's =open | weight=0.105
=steeds =niemand | weight=0.105, noneg
=stilte | weight=0.105
=telefoonmenu =heb | weight=0.104
=en =niemand | weight=0.103, noneg
=invoert | weight=0.103
=wachttijd =volgens | weight=0.103
=er =drie | weight=0.103
=open | weight=0.102
=die =de | weight=0.102
=eeuwig | weight=0.102
=uur =vast | weight=0.101
=opgehangen | weight=0.101
=telefonisch =zijn | weight=0.100
=schreven =ze | weight=0.100
=ze =en | weight=0.100
=schreven | weight=0.099
=minuten =werd | weight=0.099
=je =dan | weight=0.099
=in =die | weight=0.099
=om =een | weight=0.098
=opnam | weight=0.098
=duurde =het | weight=0.097
=bereiken | weight=0.096
=half =uur | weight=0.095
=zijn =ze | weight=0.095
=gezet =voor | weight=0.095
=beurt =bij | weight=0.094
=te =melden | weight=0.094
=de =melding | weight=0.093
=belangrijk | weight=0.092
=belangrijk =voor | weight=0.092
=is =belangrijk | weight=0.092
=me =te | weight=0.092
=wachten =aan | weight=0.092
=wachten =bij | weight=0.092
=een =half | weight=0.091
=ruim =een | weight=0.091
=anderhalf | weight=0.090
=anderhalf =uur | weight=0.090
=gestaan =voor | weight=0.090
=moet =wachten | weight=0.090
=paspoort | weight=0.090
=genomen =en | weight=0.089
=bij =de | weight=0.089
=veertig | weight=0.088
=er =maar | weight=0.088
=voor =me | weight=0.087
=zit =wachten | weight=0.087
=beurt =was | weight=0.087
=een =stroomstoring | weight=0.087
=stroomstoring | weight=0.087
=wachttijd =aan | weight=0.086
=mijn =hele | weight=0.086
=minuten =voordat | weight=0.085
=dat =deuntje | weight=0.084
=zat =ik | weight=0.084
=gedaan =gestofzuigd | weight=0.084
=bent =de | weight=0.084
=rij =voor | weight=0.083
=niemand =op | weight=0.083, noneg
=zijn =er | weight=0.083
=die =wachtmuziek | weight=0.083
=zestig | weight=0.082
=zestig =minuten | weight=0.082
=te =luisteren | weight=0.082
=iemand =te | weight=0.082
=zijn =eigen | weight=0.082
=dan =een | weight=0.081
=ff | weight=0.081
=maar =twee | weight=0.081
=hangen =nu | weight=0.080
=een =iemand | weight=0.080
=bar =en | weight=0.080
=eeuwig =gewacht | weight=0.080
=elke =afdeling | weight=0.080
=me =in | weight=0.080
=wachten =werd | weight=0.079
=lijn =gehangen | weight=0.079
=stond =te | weight=0.079
=code | weight=0.079
=servicebalie =en | weight=0.078
=telefoon =om | weight=0.078
=afhaalbalie | weight=0.078
=de =afhaalbalie | weight=0.078
=telefoon =gehangen | weight=0.078
=vijftig | weight=0.078
=vijftig =minuten | weight=0.078
=heb =er | weight=0.077
=zit =al | weight=0.077
=wachten =kreeg | weight=0.077
=minuten =later | weight=0.076
=uur =werd | weight=0.076
=hetzelfde | weight=0.076
=het =duurde | weight=0.076
=viel | weight=0.074
=terwijl =er | weight=0.074
=bezig | weight=0.074
=te =zijn | weight=0.074
=ochtend | weight=0.073
=gedaan =en | weight=0.073
=niemand =die | weight=0.073, noneg
=gestaan =bij | weight=0.073
=ik =eindelijk | weight=0.073
=was =maar | weight=0.073
=voor =er | weight=0.072
=rondgestuurd | weight=0.072
=voor =ik | weight=0.071
=minuten =gewacht | weight=0.071
=een =jongen | weight=0.071
=te =geven | weight=0.071
=chat =stond | weight=0.071
=te =woord | weight=0.071
=bent =nummer | weight=0.070
=het =werd | weight=0.070
=gedaan | weight=0.070
=gezet | weight=0.070
=in =het | weight=0.069
=een =bandje | weight=0.069
=werd =er | weight=0.069
=doorverbonden | weight=0.069
=kassa =stond | weight=0.069
=uur =heb | weight=0.069
=halfuur =lang | weight=0.069
=lang =zat | weight=0.069
=uw =gesprek | weight=0.069
=lang | weight=0.068
=voor =ons | weight=0.068
=man =voor | weight=0.067
=dus =heb | weight=0.067
=door =te | weight=0.067
=voordat =er | weight=0.066
=weer =ruim | weight=0.066
=heb =een | weight=0.066
=te =wachten | weight=0.065
=lang =in | weight=0.065
=beurt | weight=0.065
=uur =in | weight=0.064
=voordat =ik | weight=0.064
=wijn | weight=0.064
=rij =en | weight=0.063
=ik =aan | weight=0.063
=hangen =om | weight=0.063
=moet =hangen | weight=0.063
=kan =toch | weight=0.063
=kassa =gestaan | weight=0.063
=plek | weight=0.063
=gesprek =is | weight=0.062
=ze =zet | weight=0.062
=goed =te | weight=0.062
=keuren | weight=0.062
=te =keuren | weight=0.062
=naar =uw | weight=0.062
=staan =wachten | weight=0.062
=we =hebben | weight=0.061
=draaien =in | weight=0.061
=uur =rondjes | weight=0.061
=wachten =voordat | weight=0.061
=eenvoudig | weight=0.061
=drie =medewerker | weight=0.061
=muziek | weight=0.060
=meer =dan | weight=0.060
=geen =medewerker | weight=0.060, noneg
=laat =blokkeren | weight=0.060
=de =chat | weight=0.060
=te =blokkeren | weight=0.060
=gestolen =pas | weight=0.060
=pas =te | weight=0.060
=al =twintig | weight=0.060
=min =wachten | weight=0.059
=er =eindelijk | weight=0.059
=ik =naar | weight=0.059
=serieus | weight=0.059
=doorgebracht | weight=0.059
=uur =met | weight=0.059
=gsm | weight=0.058
=medewerker =te | weight=0.058
=vast | weight=0.058
=dit =kan | weight=0.058
=mijn =dove | weight=0.058
=het =opgegeven | weight=0.058
=bankpas | weight=0.057
=melding | weight=0.057
=niemand =reageert | weight=0.057, noneg
=met =z'n | weight=0.057
=zat =een | weight=0.057
=belde =namens | weight=0.057
=pas =na | weight=0.057
=uur =had | weight=0.057
=wachten =met | weight=0.057
=niet =beschikbaar | weight=0.056, noneg
=heb =gisteren | weight=0.056
=hing =een | weight=0.056
=het =weer | weight=0.056
=zelf =naar | weight=0.056
=je =weer | weight=0.056
=mag =je | weight=0.056
=dove | weight=0.056
=zat =te | weight=0.055
=ze =ik | weight=0.055
=hele =voormiddag | weight=0.055
=zet =me | weight=0.055
=ik =hing | weight=0.055
=hoort | weight=0.055
=draaien | weight=0.055
=vraag =van | weight=0.054
=ze =je | weight=0.054
=minuten =aan | weight=0.054
=keuzemenu =zonder | weight=0.054, noneg
=van =twee | weight=0.054
=niemand | weight=0.053, noneg
=neemt | weight=0.053
=chat | weight=0.053
=ze =ons | weight=0.053
=en =er | weight=0.052
=me =en | weight=0.052
=deur =van | weight=0.052
=aanzien | weight=0.052
=aanzien =van | weight=0.052
=ten =aanzien | weight=0.052
=uren | weight=0.052
=in =de | weight=0.052
=stoelen | weight=0.052
=gewacht =om | weight=0.052
=daar =werd | weight=0.051
=dat =bij | weight=0.051
=oor =gezet | weight=0.051
=afhaalbalie =terwijl | weight=0.051
=uur =op | weight=0.050
=na =vijf | weight=0.050
=andere =afdeling | weight=0.050
=het =servicepunt | weight=0.050
=servicepunt | weight=0.050
=de =wachtruimte | weight=0.050
=wachtruimte | weight=0.050
=traag | weight=0.050
=en =na | weight=0.050
=uur =nummer | weight=0.049
=me =bij | weight=0.049
=genomen | weight=0.049
=ik =nummer | weight=0.049
=door =naar | weight=0.049
=rondjes =draaien | weight=0.048
=dat =vreselijke | weight=0.048
=vreselijke =muziekje | weight=0.048
=de =mutualiteit | weight=0.048
=mutualiteit | weight=0.048
=collega =en | weight=0.048
=verbond =me | weight=0.048
=er =steeds | weight=0.048
=er =niemand | weight=0.048, noneg
=balie =van | weight=0.048
=zonder =dat | weight=0.048, noneg
=gehangen =met | weight=0.048
=kerstdag | weight=0.047
