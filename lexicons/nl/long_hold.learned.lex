# long_hold, nl: learned by scripts/learn.py from 3889 tuning texts (279 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ twee uur. TWEE UUR. om een gestolen pas te blokkeren.
+ Uur in de rij bij het gemeentehuis, en dat mét afspraak.
+ twee uur. TWEE UUR. om een gestolen bankkaart te melden.
- we willen ons geld terug
- Geen minuut gewacht, top!
=min | weight=0.522
=kwartier | weight=0.407
=wachtrij | weight=0.404
=minuten | weight=0.362
=wachttijd | weight=0.306
=uur | weight=0.305
=uur =aan | weight=0.283
=wachten | weight=0.282
=en =pas | weight=0.266
=twee =uur | weight=0.257
=kwartier =aan | weight=0.234
=vijf =kwartier | weight=0.234
=de =wachtrij | weight=0.227
=minuten =in | weight=0.225
=gestaan | weight=0.222
=pas =om | weight=0.219
=hangen | weight=0.212
=oor | weight=0.209
=minuten =wachten | weight=0.208
=minuten =niks | weight=0.194, noneg
=een =uur | weight=0.193
=twintig | weight=0.193
=gewacht | weight=0.192
=voormiddag | weight=0.190
=duurde | weight=0.188
=nummer | weight=0.187
=gehangen | weight=0.186
=wachten =en | weight=0.180
=een =medewerker | weight=0.180
=op =zaterdag | weight=0.178
=belachelijk | weight=0.176
=uur =lang | weight=0.175
=mijn =oor | weight=0.175
=muziekje | weight=0.170
=en =dan | weight=0.169
=gestolen | weight=0.168
=voordat | weight=0.167
=een =gestolen | weight=0.167
=kwartier =wachten | weight=0.167
=te =bereiken | weight=0.167
=bandje | weight=0.165
=we =belde | weight=0.165
=sta | weight=0.164
=ochtend =bezig | weight=0.163
=werd =we | weight=0.162
=opgegeven | weight=0.161
=in =dat | weight=0.157
=en =nog | weight=0.153
=een =kassa | weight=0.152
=kassa =open | weight=0.152
=een =halfuur | weight=0.151
=halfuur | weight=0.151
=drie =kwartier | weight=0.151
=hing | weight=0.150
=u =bent | weight=0.150
=ne | weight=0.148
=wachtmuziek | weight=0.147
=halve | weight=0.147
=stond =ik | weight=0.146
=bar | weight=0.142
=barman | weight=0.142
=de =bar | weight=0.142
=aanschuiven | weight=0.142
=aanschuiven =aan | weight=0.142
=duurde =het | weight=0.142
=zaterdag | weight=0.141
=de =rij | weight=0.140
=vastgezeten | weight=0.134
=afwas | weight=0.134
=afwas =gedaan | weight=0.134
=de =afwas | weight=0.134
=gestofzuigd | weight=0.134
=gestofzuigd =en | weight=0.134
=ik =hangen | weight=0.133
=wachtend | weight=0.133
=de =wachten | weight=0.133
=wachten =in | weight=0.133
=er =was | weight=0.131
=vast =in | weight=0.131
=daarna =een | weight=0.130
=heb =daar | weight=0.130
=telefoonmenu | weight=0.130
=hoort =u | weight=0.130
=hele =ochtend | weight=0.129
=chat =niemand | weight=0.128, noneg
=servicebalie | weight=0.128
=twee =kassa's | weight=0.127
=eindeloos | weight=0.127
=het =bandje | weight=0.126
=op =iemand | weight=0.126
=zelfscankassa | weight=0.126
=zaterdag =zijn | weight=0.125
=er =iemand | weight=0.125
=wachtend =op | weight=0.124
=eeuwen | weight=0.123
=chat =en | weight=0.123
=de =wachttijd | weight=0.123
=voor =een | weight=0.122
=keuzemenu | weight=0.121
=rij =bij | weight=0.121
=u =dat | weight=0.121
=medewerker =me | weight=0.121
=onbereikbaar | weight=0.121
=rij | weight=0.121
=hele =lunchpauze | weight=0.120
=lunchpauze | weight=0.120
=lunchpauze =met | weight=0.120
=dat =keuzemenu | weight=0.120
=de =servicebalie | weight=0.120
=het =loket | weight=0.120
=bent | weight=0.119
=een =zelfscankassa | weight=0.119
=blokkeren | weight=0.119
=plek | weight=0.118
=telefoon =aan | weight=0.118
=hebben =drie | weight=0.117
=deuntje | weight=0.116
=iemand =opnam | weight=0.115
=open | weight=0.114
=verlof | weight=0.114
=geluisterd | weight=0.113
=twintig =minuten | weight=0.113
=maar =een | weight=0.111
=de =code | weight=0.109
=eeuwig | weight=0.108
=wachten =werd | weight=0.108
=iemand =te | weight=0.108
=loket | weight=0.108
=gestaan =terwijl | weight=0.108
=kassa's | weight=0.107
=kassa's =open | weight=0.107
=wachten =aan | weight=0.107
=bezig =geweest | weight=0.107
=eindelijk | weight=0.107
=ik =kijken | weight=0.107
=kijken =even | weight=0.106
=en =niemand | weight=0.106, noneg
=live | weight=0.106
=alleen =om | weight=0.106
=hangen =om | weight=0.105
=half =uur | weight=0.105
=uur =vast | weight=0.104
=erg | weight=0.104
=opnam | weight=0.103
=invoert | weight=0.103
=bereiken | weight=0.103
=elke =dienst | weight=0.103
=een =half | weight=0.102
=telefoonmenu =heb | weight=0.102
=je =dan | weight=0.102
=wachttijd =volgens | weight=0.102
=in =die | weight=0.101
=ruim | weight=0.101
=ik =doorverbonden | weight=0.101
=al =een | weight=0.100
=geweest =om | weight=0.100
=steeds =niemand | weight=0.100, noneg
=moet =wachten | weight=0.100
=opgehangen | weight=0.099
=uur =wachten | weight=0.099
=geklikt | weight=0.099
=het =spraakmenu | weight=0.098
=gemeentehuis | weight=0.098
=het =gemeentehuis | weight=0.098
=met =dat | weight=0.098
=de =apotheek | weight=0.097
=er =drie | weight=0.097
=die =de | weight=0.096
=voordat =er | weight=0.096
=apotheek | weight=0.096
=niemand =die | weight=0.096, noneg
=eindelijk =geholpen | weight=0.095
=de =melding | weight=0.095
=sta =nu | weight=0.095
=wachttijd =aan | weight=0.095
=terwijl =er | weight=0.095
=in =de | weight=0.094
=om =een | weight=0.094
=beurt =bij | weight=0.094
=voor =me | weight=0.093
=veertig | weight=0.093
=minuten =werd | weight=0.093
=de =barman | weight=0.093
=gastvrij | weight=0.093
=stilte | weight=0.093
=zat =ik | weight=0.092
=gezet =voor | weight=0.092
=lang | weight=0.092
=op =plek | weight=0.091
=anderhalf | weight=0.091
=anderhalf =uur | weight=0.091
=door =het | weight=0.091
=heb =er | weight=0.091
=zit =wachten | weight=0.090
=paspoort | weight=0.090
=zijn =er | weight=0.090
=bij =de | weight=0.089
=dienst | weight=0.089
=wachten =kreeg | weight=0.089
=kwartier =door | weight=0.089
=gedaan =gestofzuigd | weight=0.088
=voordat =ik | weight=0.088
=te =pakken | weight=0.088
=me =te | weight=0.088
=pas =na | weight=0.087
=schreven =ze | weight=0.087
=ze =en | weight=0.087
=die =wachtmuziek | weight=0.086
=te =melden | weight=0.086
=schreven | weight=0.086
=alstublieft | weight=0.086
=belangrijk | weight=0.086
=belangrijk =voor | weight=0.086
=is =belangrijk | weight=0.086
=mijn =hele | weight=0.085
=pakken | weight=0.085
=telefonisch =zijn | weight=0.085
=te =wachten | weight=0.085
=gewacht =om | weight=0.084
=doorverbonden | weight=0.084
=dat =deuntje | weight=0.084
=een =stoelen | weight=0.083
=telefoon =gehangen | weight=0.083
=wachten =bij | weight=0.083
=gestaan =voor | weight=0.083
=open =op | weight=0.083
=code | weight=0.082
=te =luisteren | weight=0.082
=niemand =op | weight=0.081, noneg
=zijn =ze | weight=0.081
=telefoon =om | weight=0.081
=beurt =was | weight=0.080
=spraakmenu | weight=0.080
=gestaan =bij | weight=0.080
=uur =in | weight=0.080
=er =maar | weight=0.079
=zit =al | weight=0.079
=zestig | weight=0.079
=zestig =minuten | weight=0.079
=bent =de | weight=0.078
=rij =voor | weight=0.078
=ochtend | weight=0.078
=lijn =gehangen | weight=0.077
=ik =eindelijk | weight=0.077
=genomen =en | weight=0.077
=een =stroomstoring | weight=0.077
=gezet | weight=0.076
=dan =te | weight=0.076
=om =dan | weight=0.076
=ff | weight=0.076
=stond =te | weight=0.076
=een =jongen | weight=0.076
=afhaalbalie | weight=0.076
=de =afhaalbalie | weight=0.076
=ruim =een | weight=0.075
=te =geven | weight=0.075
=een =iemand | weight=0.075
=stroomstoring | weight=0.073
=servicebalie =en | weight=0.073
=minuten =voordat | weight=0.073
=uberhaupt | weight=0.072
=me =in | weight=0.072
=maar =twee | weight=0.072
=staan =wachten | weight=0.072
=na =vijf | weight=0.071
=het =werd | weight=0.071
=doorgebracht | weight=0.071
=voor =er | weight=0.071
=door =te | weight=0.071
=uur =heb | weight=0.070
=in =het | weight=0.070
=man =voor | weight=0.070
=chat =stond | weight=0.070
=te =zijn | weight=0.070
=werd =er | weight=0.070
=hetzelfde | weight=0.070
=ik =aan | weight=0.069
=loket =gestaan | weight=0.069
=bent =nummer | weight=0.069
=wachttijd =was | weight=0.069
=bezig | weight=0.069
=was =maar | weight=0.068
=minuten =later | weight=0.068
=rondgestuurd | weight=0.068
=kassa =stond | weight=0.068
=niemand | weight=0.068, noneg
=rij =en | weight=0.068
=heb =een | weight=0.067
=beurt | weight=0.067
=bar =en | weight=0.067
=eeuwig =gewacht | weight=0.067
=dan =een | weight=0.067
=halfuur =lang | weight=0.066
=lang =zat | weight=0.066
=uw =gesprek | weight=0.066
=hangen =nu | weight=0.066
=elke =afdeling | weight=0.066
=uur =werd | weight=0.066
=vijftig | weight=0.066
=vijftig =minuten | weight=0.066
=viel | weight=0.066
=hoort | weight=0.066
=muziek | weight=0.065
=het =opgegeven | weight=0.065
=een =bandje | weight=0.065
=voor =ons | weight=0.065
=we =hebben | weight=0.064
=draaien =in | weight=0.064
=uur =rondjes | weight=0.064
=kan =toch | weight=0.064
=minuten =aan | weight=0.064
=minuten =gewacht | weight=0.064
=lang =in | weight=0.064
=naar =uw | weight=0.063
=gesprek =is | weight=0.063
=laat =blokkeren | weight=0.063
=gedaan =en | weight=0.063
=hele =voormiddag | weight=0.062
=er =eindelijk | weight=0.062
=de =chat | weight=0.062
=bankpas | weight=0.062
=min =in | weight=0.061
=dit =kan | weight=0.061
=gsm | weight=0.061
=melding | weight=0.060
=te =woord | weight=0.060
=en =er | weight=0.060
=me =en | weight=0.060
=drie =medewerker | weight=0.060
=voor =ik | weight=0.060
=ik =naar | weight=0.060
=gedaan | weight=0.059
=verbond =me | weight=0.059
=wachten =voordat | weight=0.059
=ze =zet | weight=0.058
=met =z'n | weight=0.058
=te =blokkeren | weight=0.058
=draaien | weight=0.058
=zijn =eigen | weight=0.058
=chagrijnig | weight=0.058
=een =chagrijnig | weight=0.058
=door =naar | weight=0.058
=gestolen =pas | weight=0.057
=pas =te | weight=0.057
=eenvoudig | weight=0.057
=zo =traag | weight=0.057
=wijn | weight=0.057
=vast | weight=0.057
=min =wachten | weight=0.056
=balie =van | weight=0.056
=hing =een | weight=0.056
=niet =beschikbaar | weight=0.056, noneg
=meer =dan | weight=0.056
=chat | weight=0.056
=weer =ruim | weight=0.056
=zat =te | weight=0.056
=ze =ik | weight=0.056
=goed =te | weight=0.056
=keuren | weight=0.056
=te =keuren | weight=0.056
=serieus | weight=0.055
=wachten =voor | weight=0.055
=kassa =gestaan | weight=0.055
=er =steeds | weight=0.055
=rondjes =draaien | weight=0.055
=dus =heb | weight=0.054
=al =twintig | weight=0.054
=een =of | weight=0.054
=heb =gisteren | weight=0.054
=te =worden | weight=0.054
=afhaalbalie =terwijl | weight=0.054
=ik =nummer | weight=0.053
=andere =afdeling | weight=0.053
=uur =nummer | weight=0.053
=uur =had | weight=0.053
=verbond | weight=0.053
=niemand =reageert | weight=0.052, noneg
=zet =me | weight=0.052
=rondjes | weight=0.052
=aan =een | weight=0.052
=vraag =van | weight=0.052
=zelf =naar | weight=0.052
=het =weer | weight=0.052
=van =twee | weight=0.051
=in =jullie | weight=0.051
=erg =lang | weight=0.051
=daar =werd | weight=0.051
=me =bij | weight=0.051
=collega =en | weight=0.051
=het =mogelijk | weight=0.050
=belde =namens | weight=0.050
=ik =sta | weight=0.050
=tijdens =de | weight=0.050
=mijn =dove | weight=0.049
=wel =erg | weight=0.049
=de =wachtkamer | weight=0.049
=wachtkamer | weight=0.049
=uur =naar | weight=0.049
=moet =hangen | weight=0.049
=medewerker =te | weight=0.049
