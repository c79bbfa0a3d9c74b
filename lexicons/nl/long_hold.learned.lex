# long_hold, nl: learned by scripts/learn.py from 3262 tuning texts (243 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ twee uur. TWEE UUR. om een gestolen pas te blokkeren.
+ Uur in de rij bij het gemeentehuis, en dat mét afspraak.
+ twee uur. TWEE UUR. om een gestolen bankkaart te melden.
- we willen ons geld terug
- Geen minuut gewacht, top!
=min | weight=0.503
=wachtrij | weight=0.428
=kwartier | weight=0.408
=minuten | weight=0.365
=wachten | weight=0.304
=uur | weight=0.303
=wachttijd | weight=0.303
=uur =aan | weight=0.299
=en =pas | weight=0.275
=de =wachtrij | weight=0.265
=kwartier =aan | weight=0.265
=twee =uur | weight=0.249
=minuten =in | weight=0.243
=pas =om | weight=0.220
=minuten =niks | weight=0.220, noneg
=vijf =kwartier | weight=0.219
=voormiddag | weight=0.219
=oor | weight=0.210
=twintig | weight=0.206
=een =uur | weight=0.200
=nummer | weight=0.200
=gestaan | weight=0.192
=op =zaterdag | weight=0.190
=muziekje | weight=0.188
=drie =kwartier | weight=0.187
=gehangen | weight=0.185
=een =medewerker | weight=0.184
=uur =lang | weight=0.182
=ne | weight=0.180
=gestolen | weight=0.178
=een =gestolen | weight=0.177
=hangen | weight=0.176
=mijn =oor | weight=0.173
=belachelijk | weight=0.173
=we =belde | weight=0.171
=te =bereiken | weight=0.171
=ochtend =bezig | weight=0.171
=er =was | weight=0.170
=minuten =wachten | weight=0.170
=wachten =en | weight=0.170
=bandje | weight=0.167
=werd =we | weight=0.167
=gewacht | weight=0.166
=hing | weight=0.165
=in =dat | weight=0.163
=duurde | weight=0.162
=en =nog | weight=0.162
=opgegeven | weight=0.162
=heb =daar | weight=0.160
=stond =ik | weight=0.157
=een =halfuur | weight=0.155
=halfuur | weight=0.155
=bar | weight=0.155
=barman | weight=0.155
=de =bar | weight=0.155
=een =kassa | weight=0.153
=kassa =open | weight=0.153
=halve | weight=0.149
=u =bent | weight=0.146
=eeuwen | weight=0.145
=daarna =een | weight=0.145
=vastgezeten | weight=0.144
=wachtmuziek | weight=0.144
=onbereikbaar | weight=0.143
=ik =hangen | weight=0.143
=zaterdag | weight=0.143
=en =dan | weight=0.141
=voordat | weight=0.141
=het =loket | weight=0.141
=wachten =in | weight=0.140
=op =iemand | weight=0.138
=afwas | weight=0.136
=afwas =gedaan | weight=0.136
=de =afwas | weight=0.136
=gestofzuigd | weight=0.136
=gestofzuigd =en | weight=0.136
=wachtend | weight=0.136
=servicebalie | weight=0.135
=wachtend =op | weight=0.135
=chat =niemand | weight=0.133, noneg
=dat =keuzemenu | weight=0.132
=de =rij | weight=0.132
=er =iemand | weight=0.132
=eindelijk | weight=0.132
=hoort =u | weight=0.132
=kwartier =wachten | weight=0.131
=deuntje | weight=0.131
=twee =kassa's | weight=0.131
=hebben =drie | weight=0.130
=door =het | weight=0.129
=zelfscankassa | weight=0.129
=voor =een | weight=0.128
=zaterdag =zijn | weight=0.127
=geluisterd | weight=0.127
=hele =ochtend | weight=0.127
=hele =lunchpauze | weight=0.127
=lunchpauze | weight=0.127
=lunchpauze =met | weight=0.127
=blokkeren | weight=0.127
=vast =in | weight=0.127
=verlof | weight=0.126
=keuzemenu | weight=0.126
=medewerker =me | weight=0.126
=u =dat | weight=0.126
=de =servicebalie | weight=0.125
=maar =een | weight=0.125
=live | weight=0.124
=telefoonmenu | weight=0.124
=telefoon =aan | weight=0.123
=kwartier =door | weight=0.122
=ruim | weight=0.121
=eindeloos | weight=0.121
=rij | weight=0.120
=het =bandje | weight=0.120
=een =zelfscankassa | weight=0.119
=geweest =om | weight=0.118
=iemand =opnam | weight=0.118
=eeuwig | weight=0.117
=chat =en | weight=0.117
=sta | weight=0.116
=opgehangen | weight=0.116
=bezig =geweest | weight=0.116
=de =wachten | weight=0.115
=ik =kijken | weight=0.114
=al =een | weight=0.114
=dienst | weight=0.114
=ik =doorverbonden | weight=0.114
=spraakmenu | weight=0.114
=rij =bij | weight=0.112
=kijken =even | weight=0.112
=met =dat | weight=0.111
=bent | weight=0.111
=de =code | weight=0.111
=kassa's | weight=0.111
=kassa's =open | weight=0.111
=twintig =minuten | weight=0.111
=de =barman | weight=0.111
=gastvrij | weight=0.111
=loket | weight=0.110
=de =apotheek | weight=0.110
=en =niemand | weight=0.109, noneg
=steeds =niemand | weight=0.108, noneg
=die =de | weight=0.107
=alleen =om | weight=0.107
=duurde =het | weight=0.107
=gezet =voor | weight=0.107
=wachttijd =volgens | weight=0.106
=apotheek | weight=0.106
=gemeentehuis | weight=0.106
=het =gemeentehuis | weight=0.106
=stilte | weight=0.106
=opnam | weight=0.106
=uur =wachten | weight=0.105
=gestaan =terwijl | weight=0.105
=invoert | weight=0.104
=uur =vast | weight=0.104
=voor =me | weight=0.104
=eindelijk =geholpen | weight=0.104
=in =die | weight=0.103
=de =wachttijd | weight=0.103
=schreven =ze | weight=0.102
=ze =en | weight=0.102
=telefonisch =zijn | weight=0.102
=om =een | weight=0.102
=telefoonmenu =heb | weight=0.101
=schreven | weight=0.101
=beurt =bij | weight=0.100
=moet =wachten | weight=0.100
=er =drie | weight=0.098
=minuten =werd | weight=0.098
=zit =wachten | weight=0.098
=wachten =aan | weight=0.097
=veertig | weight=0.097
=me =te | weight=0.097
=paspoort | weight=0.096
=zijn =ze | weight=0.096
=bereiken | weight=0.095
=de =melding | weight=0.095
=half =uur | weight=0.095
=open | weight=0.095
=bij =de | weight=0.094
=te =melden | weight=0.093
=anderhalf | weight=0.093
=anderhalf =uur | weight=0.093
=een =half | weight=0.092
=niemand =op | weight=0.091, noneg
=beurt =was | weight=0.091
=wachttijd =aan | weight=0.091
=wachten =bij | weight=0.091
=er =maar | weight=0.090
=gedaan =gestofzuigd | weight=0.090
=iemand =te | weight=0.090
=zat =ik | weight=0.089
=mijn =hele | weight=0.089
=in =de | weight=0.089
=zestig | weight=0.089
=zestig =minuten | weight=0.089
=je =dan | weight=0.089
=genomen =en | weight=0.089
=voordat =er | weight=0.088
=zijn =er | weight=0.088
=me =in | weight=0.087
=te =wachten | weight=0.087
=gestaan =bij | weight=0.087
=maar =twee | weight=0.087
=gestaan =voor | weight=0.086
=die =wachtmuziek | weight=0.086
=telefoon =gehangen | weight=0.086
=te =luisteren | weight=0.085
=dat =deuntje | weight=0.085
=bar =en | weight=0.085
=eeuwig =gewacht | weight=0.085
=was =maar | weight=0.085
=rij =voor | weight=0.084
=zijn =eigen | weight=0.084
=afhaalbalie | weight=0.084
=de =afhaalbalie | weight=0.084
=ff | weight=0.083
=bent =de | weight=0.083
=elke =afdeling | weight=0.083
=er =eindelijk | weight=0.082
=heb =er | weight=0.082
=telefoon =om | weight=0.082
=hangen =nu | weight=0.081
=belangrijk | weight=0.081
=belangrijk =voor | weight=0.081
=is =belangrijk | weight=0.081
=een =iemand | weight=0.081
=ruim =een | weight=0.081
=wachten =werd | weight=0.081
=vijftig | weight=0.079
=vijftig =minuten | weight=0.079
=gezet | weight=0.079
=zit =al | weight=0.079
=een =stroomstoring | weight=0.078
=stroomstoring | weight=0.078
=man =voor | weight=0.078
=stond =te | weight=0.078
=uur =werd | weight=0.077
=ochtend | weight=0.076
=de =chat | weight=0.076
=te =geven | weight=0.076
=het =werd | weight=0.075
=niemand =die | weight=0.075, noneg
=een =jongen | weight=0.075
=lijn =gehangen | weight=0.075
=ik =eindelijk | weight=0.075
=viel | weight=0.074
=staan =wachten | weight=0.073
=terwijl =er | weight=0.073
=in =het | weight=0.072
=code | weight=0.072
=lang | weight=0.072
=hetzelfde | weight=0.072
=werd =er | weight=0.072
=te =zijn | weight=0.072
=rij =en | weight=0.072
=halfuur =lang | weight=0.072
=lang =zat | weight=0.072
=uw =gesprek | weight=0.072
=rondgestuurd | weight=0.071
=dan =een | weight=0.071
=kassa =stond | weight=0.071
=voor =ik | weight=0.071
=minuten =gewacht | weight=0.071
=gedaan =en | weight=0.070
=bent =nummer | weight=0.070
=we =hebben | weight=0.070
=pas =na | weight=0.070
=laat =blokkeren | weight=0.070
=door =te | weight=0.069
=niemand =reageert | weight=0.069, noneg
=naar =uw | weight=0.068
=beurt | weight=0.068
=draaien =in | weight=0.067
=uur =rondjes | weight=0.067
=gesprek =is | weight=0.067
=een =bandje | weight=0.067
=chat =stond | weight=0.066
=wijn | weight=0.066
=hing =een | weight=0.066
=voor =ons | weight=0.066
=ze =zet | weight=0.066
=voor =er | weight=0.065
=kan =toch | weight=0.065
=doorgebracht | weight=0.065
=serieus | weight=0.065
=minuten =later | weight=0.065
=te =woord | weight=0.065
=daar =werd | weight=0.064
=wachten =kreeg | weight=0.064
=dus =heb | weight=0.064
=gedaan | weight=0.064
=uur =in | weight=0.063
=weer =ruim | weight=0.063
=ik =aan | weight=0.063
=goed =te | weight=0.063
=keuren | weight=0.063
=te =keuren | weight=0.063
=lang =in | weight=0.062
=muziek | weight=0.062
=heb =een | weight=0.062
=ik =naar | weight=0.062
=me =bij | weight=0.061
=uur =heb | weight=0.061
=melding | weight=0.061
=al =twintig | weight=0.061
=drie =medewerker | weight=0.061
=niet =beschikbaar | weight=0.061, noneg
=gsm | weight=0.060
=plek | weight=0.060
=wachten =voordat | weight=0.060
=keuzemenu =zonder | weight=0.060, noneg
=hele =voormiddag | weight=0.060
=kassa =gestaan | weight=0.060
=dit =kan | weight=0.060
=ik =hing | weight=0.060
=te =blokkeren | weight=0.060
=gestolen =pas | weight=0.060
=pas =te | weight=0.060
=met =z'n | weight=0.060
=afhaalbalie =terwijl | weight=0.059
=bezig | weight=0.059
=doorverbonden | weight=0.059
=uur =had | weight=0.059
=draaien | weight=0.058
=gewacht =om | weight=0.058
=zet =me | weight=0.058
=uur =met | weight=0.058
=vraag =van | weight=0.058
=andere =afdeling | weight=0.058
=eenvoudig | weight=0.058
=zat =te | weight=0.058
=ze =ik | weight=0.058
=hangen =om | weight=0.057
=moet =hangen | weight=0.057
=wachten =met | weight=0.057
=aan =mijn | weight=0.057
=zat =een | weight=0.057
=van =twee | weight=0.057
=hoort | weight=0.056
=uur =nummer | weight=0.056
=min =wachten | weight=0.056
=vast | weight=0.056
=je =weer | weight=0.056
=mag =je | weight=0.056
=niemand | weight=0.056, noneg
=het =duurde | weight=0.055
=mijn =dove | weight=0.055
=belde =namens | weight=0.055
=zelf =naar | weight=0.055
=ze =je | weight=0.054
=uur =op | weight=0.054
=inactiviteit | weight=0.054
=inactiviteit =omdat | weight=0.054
=wegens =inactiviteit | weight=0.054
=later | weight=0.054
=meer =dan | weight=0.054
=ze =ons | weight=0.054
=en =na | weight=0.053
=het =opgegeven | weight=0.053
=heb =gisteren | weight=0.053
=chat | weight=0.053
=kerstdag | weight=0.053
=kerstdag =een | weight=0.053
=dove | weight=0.053
=door =naar | weight=0.053
=rondjes =draaien | weight=0.053
=deur =van | weight=0.052
=aan =het | weight=0.052
=eindelijk =iemand | weight=0.052
=er =niemand | weight=0.052, noneg
=dat =bij | weight=0.052
=me =en | weight=0.052
=aanzien | weight=0.052
=aanzien =van | weight=0.052
=ten =aanzien | weight=0.052
=het =weer | weight=0.051
=was =nummer | weight=0.051
=minuten =aan | weight=0.051
=het =servicepunt | weight=0.051
=servicepunt | weight=0.051
=uren | weight=0.051
=thee | weight=0.050
=traag | weight=0.050
=rondjes | weight=0.050
=had =gewacht | weight=0.050
=balie =van | weight=0.050
=en =er | weight=0.050
=bandenwissel | weight=0.050
=klaar =mee | weight=0.050
=oor =gezet | weight=0.049
=lachte =die | weight=0.049
=een =simpel | weight=0.049
=gaan | weight=0.049
=stoelen | weight=0.049
=uur =voor | weight=0.049
=geen =medewerker | weight=0.049, noneg
=uberhaupt | weight=0.048
=verbond =me | weight=0.048
