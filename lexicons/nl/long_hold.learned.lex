# long_hold, nl: learned by scripts/learn.py from 4470 tuning texts (295 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ twee uur. TWEE UUR. om een gestolen pas te blokkeren.
+ Uur in de rij bij het gemeentehuis, en dat mét afspraak.
+ twee uur. TWEE UUR. om een gestolen bankkaart te melden.
- ok dankje
- we willen ons geld terug
=min | weight=0.519
=wachtrij | weight=0.419
=kwartier | weight=0.389
=minuten | weight=0.327
=uur | weight=0.306
=wachten | weight=0.291
=wachttijd | weight=0.279
=uur =aan | weight=0.276
=en =pas | weight=0.275
=vijf =kwartier | weight=0.251
=minuten =wachten | weight=0.251
=kwartier =aan | weight=0.246
=pas =om | weight=0.244
=de =wachtrij | weight=0.239
=twee =uur | weight=0.235
=hangen | weight=0.219
=gestaan | weight=0.215
=uur =lang | weight=0.212
=oor | weight=0.210
=gewacht | weight=0.203
=drie =kwartier | weight=0.196
=minuten =niks | weight=0.193, noneg
=duurde | weight=0.191
=een =gestolen | weight=0.189
=muziekje | weight=0.185
=voormiddag | weight=0.185
=voordat | weight=0.184
=en =dan | weight=0.181
=gestolen | weight=0.181
=een =uur | weight=0.179
=belachelijk | weight=0.178
=op =zaterdag | weight=0.178
=in =dat | weight=0.178
=gehangen | weight=0.177
=ochtend =bezig | weight=0.177
=minuten =in | weight=0.176
=twintig | weight=0.169
=mijn =oor | weight=0.168
=een =kassa | weight=0.166
=kassa =open | weight=0.166
=en =nog | weight=0.165
=sta | weight=0.165
=hing | weight=0.161
=we =belde | weight=0.160
=kwartier =wachten | weight=0.160
=opgegeven | weight=0.160
=werd =we | weight=0.158
=wachtmuziek | weight=0.156
=wachten =en | weight=0.152
=chat =en | weight=0.152
=vast =in | weight=0.148
=stond =ik | weight=0.147
=u =bent | weight=0.147
=een =halfuur | weight=0.145
=halfuur | weight=0.145
=bandje | weight=0.144
=de =wachten | weight=0.143
=er =was | weight=0.143
=de =rij | weight=0.143
=geluisterd | weight=0.143
=afwas | weight=0.142
=afwas =gedaan | weight=0.142
=de =afwas | weight=0.142
=gestofzuigd | weight=0.142
=gestofzuigd =en | weight=0.142
=aanschuiven | weight=0.141
=aanschuiven =aan | weight=0.141
=wachten =in | weight=0.141
=zelfscankassa | weight=0.140
=duurde =het | weight=0.140
=hele =ochtend | weight=0.139
=vastgezeten | weight=0.139
=halve | weight=0.138
=bar | weight=0.138
=barman | weight=0.138
=de =bar | weight=0.138
=dat =keuzemenu | weight=0.138
=een =zelfscankassa | weight=0.138
=het =bandje | weight=0.135
=servicebalie | weight=0.135
=te =melden | weight=0.134
=de =wachttijd | weight=0.134
=telefoonmenu | weight=0.134
=twee =kassa's | weight=0.133
=ik =hangen | weight=0.133
=ne | weight=0.132
=eeuwen | weight=0.132
=chat =niemand | weight=0.132, noneg
=op =iemand | weight=0.132
=wachtend | weight=0.131
=een =medewerker | weight=0.131
=zaterdag =zijn | weight=0.131
=hoort =u | weight=0.130
=plek | weight=0.130
=er =iemand | weight=0.130
=maar =een | weight=0.129
=wachtend =op | weight=0.129
=ruim | weight=0.129
=heb =daar | weight=0.129
=blokkeren | weight=0.129
=rij | weight=0.128
=bezig =geweest | weight=0.127
=geklikt | weight=0.127
=wachten =werd | weight=0.126
=hele =lunchpauze | weight=0.125
=lunchpauze | weight=0.125
=lunchpauze =met | weight=0.125
=half =uur | weight=0.124
=bent | weight=0.124
=te =bereiken | weight=0.123
=uur =wachten | weight=0.122
=medewerker =me | weight=0.122
=de =servicebalie | weight=0.122
=een =half | weight=0.122
=telefoon =aan | weight=0.122
=eindeloos | weight=0.120
=kwartier =door | weight=0.120
=zaterdag | weight=0.118
=daarna =een | weight=0.118
=het =loket | weight=0.118
=kassa's | weight=0.118
=kassa's =open | weight=0.118
=alleen =om | weight=0.116
=u =dat | weight=0.116
=iemand =opnam | weight=0.115
=door =het | weight=0.115
=nummer | weight=0.115
=hebben =drie | weight=0.114
=ik =kijken | weight=0.114
=kijken =even | weight=0.113
=gestaan =terwijl | weight=0.113
=deuntje | weight=0.111
=onbereikbaar | weight=0.111
=live | weight=0.110
=wachttijd =volgens | weight=0.110
=hangen =om | weight=0.109
=rij =bij | weight=0.109
=wachten =aan | weight=0.109
=voor =me | weight=0.108
=geweest =om | weight=0.108
=anderhalf | weight=0.108
=anderhalf =uur | weight=0.108
=elke =dienst | weight=0.107
=eindelijk | weight=0.106
=eeuwig | weight=0.106
=bezig | weight=0.106
=uur =vast | weight=0.105
=open | weight=0.105
=verlof | weight=0.105
=met =dat | weight=0.104
=niemand =die | weight=0.104, noneg
=moet =wachten | weight=0.103
=de =code | weight=0.103
=telefoonmenu =heb | weight=0.103
=erg | weight=0.102
=in =de | weight=0.102
=de =melding | weight=0.101
=bezig =om | weight=0.101
=zijn =er | weight=0.101
=gemeentehuis | weight=0.100
=het =gemeentehuis | weight=0.100
=paspoort | weight=0.099
=loket | weight=0.099
=eindelijk =geholpen | weight=0.098
=invoert | weight=0.098
=minuten =werd | weight=0.098
=me =te | weight=0.097
=die =de | weight=0.097
=ik =doorverbonden | weight=0.097
=terwijl =er | weight=0.097
=je =dan | weight=0.097
=al =een | weight=0.096
=die =wachtmuziek | weight=0.096
=steeds =niemand | weight=0.095, noneg
=zat =ik | weight=0.095
=zit =wachten | weight=0.094
=voordat =ik | weight=0.094
=zit =al | weight=0.094
=voordat =er | weight=0.094
=wachttijd =aan | weight=0.093
=de =apotheek | weight=0.092
=er =drie | weight=0.092
=telefoon =om | weight=0.092
=apotheek | weight=0.091
=te =pakken | weight=0.091
=lang | weight=0.090
=mijn =hele | weight=0.090
=opnam | weight=0.090
=de =barman | weight=0.089
=gastvrij | weight=0.089
=beurt =bij | weight=0.088
=keuzemenu | weight=0.088
=gedaan =gestofzuigd | weight=0.088
=pakken | weight=0.087
=er =maar | weight=0.087
=in =die | weight=0.086
=een =stroomstoring | weight=0.086
=ochtend | weight=0.086
=een =jongen | weight=0.086
=bij =de | weight=0.085
=dienst | weight=0.085
=code | weight=0.085
=gestaan =bij | weight=0.084
=stroomstoring | weight=0.084
=op =plek | weight=0.083
=pas =na | weight=0.083
=stilte | weight=0.082
=gestaan =voor | weight=0.082
=gezet =voor | weight=0.082
=man =voor | weight=0.081
=zestig | weight=0.081
=zestig =minuten | weight=0.081
=lijn =gehangen | weight=0.081
=schreven =ze | weight=0.080
=ruim =een | weight=0.080
=telefonisch =zijn | weight=0.080
=wachten =kreeg | weight=0.080
=medewerker =te | weight=0.080
=schreven | weight=0.080
=wachten =voor | weight=0.079
=beurt =was | weight=0.079
=uur =in | weight=0.079
=stond =te | weight=0.079
=minuten =later | weight=0.079
=vijftig | weight=0.079
=vijftig =minuten | weight=0.079
=alstublieft | weight=0.078
=gezet | weight=0.078
=te =woord | weight=0.078
=afhaalbalie | weight=0.078
=de =afhaalbalie | weight=0.078
=te =luisteren | weight=0.077
=viel | weight=0.077
=servicebalie =en | weight=0.077
=zijn =ze | weight=0.077
=bent =nummer | weight=0.077
=lang =in | weight=0.076
=ze =en | weight=0.076
=wachten =bij | weight=0.076
=uberhaupt | weight=0.076
=bereiken | weight=0.076
=eenvoudig | weight=0.076
=ik =eindelijk | weight=0.076
=draaien =in | weight=0.075
=uur =rondjes | weight=0.075
=heb =er | weight=0.075
=open =op | weight=0.075
=me =in | weight=0.074
=niemand =op | weight=0.074, noneg
=te =zijn | weight=0.074
=draaien | weight=0.074
=ik =aan | weight=0.074
=al =twintig | weight=0.074
=dan =een | weight=0.073
=bent =de | weight=0.073
=dus =heb | weight=0.073
=dat =deuntje | weight=0.073
=belangrijk | weight=0.073
=belangrijk =voor | weight=0.073
=is =belangrijk | weight=0.073
=halfuur =lang | weight=0.073
=lang =zat | weight=0.073
=uw =gesprek | weight=0.073
=hangen =nu | weight=0.073
=sta =nu | weight=0.072
=minuten =voordat | weight=0.072
=veertig | weight=0.072
=telefoon =gehangen | weight=0.072
=rondgestuurd | weight=0.071
=te =geven | weight=0.071
=ff | weight=0.071
=een =stoelen | weight=0.070
=werd =er | weight=0.070
=gesprek =is | weight=0.070
=bar =en | weight=0.070
=eeuwig =gewacht | weight=0.070
=een =iemand | weight=0.070
=staan =wachten | weight=0.070
=elke =afdeling | weight=0.069
=naar =uw | weight=0.069
=doorgebracht | weight=0.069
=uur =werd | weight=0.069
=hoort | weight=0.069
=genomen =en | weight=0.068
=we =hebben | weight=0.068
=in =jullie | weight=0.068
=minuten =aan | weight=0.068
=vraag =van | weight=0.068
=kassa =stond | weight=0.067
=vast | weight=0.067
=daar =werd | weight=0.067
=serieus | weight=0.067
=rij =voor | weight=0.067
=ze =zet | weight=0.067
=hebben =gewoon | weight=0.067
=iemand =te | weight=0.067
=andere =afdeling | weight=0.066
=van =twee | weight=0.066
=doorverbonden | weight=0.066
=gewoon =opgehangen | weight=0.066
=er =eindelijk | weight=0.066
=gewacht =om | weight=0.066
=te =blokkeren | weight=0.066
=gestolen =pas | weight=0.066
=pas =te | weight=0.066
=afspraak =om | weight=0.065
=laat =blokkeren | weight=0.065
=een =bandje | weight=0.065
=voor =er | weight=0.065
=twintig =minuten | weight=0.064
=muziek | weight=0.064
=en =er | weight=0.064
=voor =een | weight=0.064
=zonder =dat | weight=0.064, noneg
=zet =me | weight=0.063
=er =niemand | weight=0.063, noneg
=loket =gestaan | weight=0.063
=bankpas | weight=0.062
=voor =ik | weight=0.062
=melding | weight=0.062
=niet =beschikbaar | weight=0.062, noneg
=me =en | weight=0.062
=rondjes =draaien | weight=0.062
=ik =nummer | weight=0.061
=heb =gisteren | weight=0.061
=kassa =gestaan | weight=0.061
=met =z'n | weight=0.060
=minuten =gewacht | weight=0.060
=uur =nummer | weight=0.060
=zelf =naar | weight=0.059
=wijn | weight=0.059
=door =te | weight=0.059
=rondjes | weight=0.059
=hing =een | weight=0.059
=kan =toch | weight=0.058
=geen =medewerker | weight=0.058, noneg
=dan =te | weight=0.058
=om =dan | weight=0.058
=voor =ons | weight=0.057
=zijn =eigen | weight=0.057
=gehangen =met | weight=0.057
=ik =hing | weight=0.057
=hele =voormiddag | weight=0.057
=dit =kan | weight=0.057
=drie =medewerker | weight=0.057
=moet =hangen | weight=0.056
=een =chagrijnig | weight=0.056
=rij =en | weight=0.056
=balie =van | weight=0.056
=niemand =reageert | weight=0.056, noneg
=beurt | weight=0.056
=het =stadskantoor | weight=0.056
=stadskantoor | weight=0.056
=zet | weight=0.055
=lachertje | weight=0.055
=chat =stond | weight=0.055
=meer =dan | weight=0.055
=mijn =nummer | weight=0.055
=min =wachten | weight=0.055
=de =telefoon | weight=0.054
=collega =en | weight=0.054
=weer =ruim | weight=0.054
=chagrijnig | weight=0.054
=erg =lang | weight=0.054
=zat =te | weight=0.054
=ze =ik | weight=0.054
=afhaalbalie =terwijl | weight=0.053
=wachten =voordat | weight=0.053
=gsm | weight=0.053
=uur =en | weight=0.053
=hetzelfde | weight=0.053
=aanzien | weight=0.052
=aanzien =van | weight=0.052
=ten =aanzien | weight=0.052
=goed =te | weight=0.052
=keuren | weight=0.052
=te =keuren | weight=0.052
=dat =gewoon | weight=0.052
=wel =erg | weight=0.052
=was =nummer | weight=0.052
=hele =middag | weight=0.052
=zo =traag | weight=0.052
=de =wachtkamer | weight=0.052
=wachtkamer | weight=0.052
=het =weer | weight=0.051
=mijn =dove | weight=0.051
=en =na | weight=0.051
=gewacht =aan | weight=0.051
=het =mogelijk | weight=0.051
=uur =naar | weight=0.051
=het =duurde | weight=0.051
=er =steeds | weight=0.051
=de =mutualiteit | weight=0.051
=mutualiteit | weight=0.051
=dove | weight=0.050
=uur =had | weight=0.050
=ik =sta | weight=0.050
=belde =namens | weight=0.050
=een =of | weight=0.050
=tot =er | weight=0.050
