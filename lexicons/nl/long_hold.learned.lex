# long_hold, nl: learned by scripts/learn.py from 4090 tuning texts (282 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ twee uur. TWEE UUR. om een gestolen pas te blokkeren.
+ Uur in de rij bij het gemeentehuis, en dat mét afspraak.
+ twee uur. TWEE UUR. om een gestolen bankkaart te melden.
- we willen ons geld terug
- Dank voor de snelle hulp!
=min | weight=0.523
=kwartier | weight=0.412
=wachtrij | weight=0.392
=minuten | weight=0.378
=wachten | weight=0.310
=wachttijd | weight=0.309
=uur =aan | weight=0.288
=uur | weight=0.274
=en =pas | weight=0.269
=kwartier =aan | weight=0.245
=twee =uur | weight=0.233
=vijf =kwartier | weight=0.230
=de =wachtrij | weight=0.229
=gestaan | weight=0.223
=minuten =in | weight=0.222
=pas =om | weight=0.216
=hangen | weight=0.215
=oor | weight=0.211
=minuten =niks | weight=0.200, noneg
=gewacht | weight=0.197
=duurde | weight=0.193
=nummer | weight=0.192
=twintig | weight=0.191
=gehangen | weight=0.189
=minuten =wachten | weight=0.186
=een =gestolen | weight=0.182
=een =uur | weight=0.181
=voormiddag | weight=0.180
=uur =lang | weight=0.179
=mijn =oor | weight=0.177
=muziekje | weight=0.175
=een =medewerker | weight=0.175
=op =zaterdag | weight=0.174
=en =dan | weight=0.174
=gestolen | weight=0.173
=sta | weight=0.171
=voordat | weight=0.171
=belachelijk | weight=0.168
=kwartier =wachten | weight=0.165
=we =belde | weight=0.164
=te =bereiken | weight=0.163
=ochtend =bezig | weight=0.162
=bandje | weight=0.160
=werd =we | weight=0.160
=drie =kwartier | weight=0.158
=wachten =en | weight=0.157
=een =kassa | weight=0.156
=kassa =open | weight=0.156
=opgegeven | weight=0.156
=in =dat | weight=0.155
=een =halfuur | weight=0.152
=halfuur | weight=0.152
=en =nog | weight=0.148
=stond =ik | weight=0.147
=de =wachten | weight=0.147
=hing | weight=0.145
=zaterdag | weight=0.144
=halve | weight=0.143
=u =bent | weight=0.143
=wachtmuziek | weight=0.142
=duurde =het | weight=0.142
=er =was | weight=0.140
=aanschuiven | weight=0.139
=aanschuiven =aan | weight=0.139
=bar | weight=0.139
=barman | weight=0.139
=de =bar | weight=0.139
=ne | weight=0.138
=afwas | weight=0.136
=afwas =gedaan | weight=0.136
=de =afwas | weight=0.136
=gestofzuigd | weight=0.136
=gestofzuigd =en | weight=0.136
=zelfscankassa | weight=0.136
=de =rij | weight=0.136
=ik =hangen | weight=0.136
=vastgezeten | weight=0.135
=daarna =een | weight=0.134
=wachten =in | weight=0.134
=heb =daar | weight=0.133
=vast =in | weight=0.131
=wachtend | weight=0.131
=op =iemand | weight=0.131
=hoort =u | weight=0.131
=plek | weight=0.129
=chat =niemand | weight=0.129, noneg
=servicebalie | weight=0.129
=er =iemand | weight=0.128
=wachtend =op | weight=0.128
=hele =lunchpauze | weight=0.127
=lunchpauze | weight=0.127
=lunchpauze =met | weight=0.127
=wachten =werd | weight=0.126
=twee =kassa's | weight=0.126
=eindeloos | weight=0.126
=hele =ochtend | weight=0.125
=telefoonmenu | weight=0.125
=eeuwen | weight=0.125
=het =loket | weight=0.125
=zaterdag =zijn | weight=0.125
=rij =bij | weight=0.125
=medewerker =me | weight=0.124
=iemand =opnam | weight=0.124
=voor =een | weight=0.123
=telefoon =aan | weight=0.123
=u =dat | weight=0.123
=onbereikbaar | weight=0.121
=blokkeren | weight=0.120
=dat =keuzemenu | weight=0.119
=een =zelfscankassa | weight=0.119
=geluisterd | weight=0.118
=hebben =drie | weight=0.118
=het =bandje | weight=0.118
=chat =en | weight=0.118
=de =wachttijd | weight=0.118
=de =servicebalie | weight=0.116
=half =uur | weight=0.116
=twintig =minuten | weight=0.116
=uur =wachten | weight=0.115
=keuzemenu | weight=0.115
=bent | weight=0.114
=eindelijk | weight=0.114
=een =half | weight=0.113
=deuntje | weight=0.113
=ik =kijken | weight=0.112
=kijken =even | weight=0.112
=open | weight=0.111
=live | weight=0.111
=elke =dienst | weight=0.110
=maar =een | weight=0.110
=alleen =om | weight=0.110
=kassa's | weight=0.110
=kassa's =open | weight=0.110
=verlof | weight=0.110
=rij | weight=0.110
=hangen =om | weight=0.110
=de =code | weight=0.110
=loket | weight=0.109
=gestaan =terwijl | weight=0.109
=ruim | weight=0.109
=opnam | weight=0.109
=ik =doorverbonden | weight=0.109
=iemand =te | weight=0.106
=eeuwig | weight=0.106
=bereiken | weight=0.104
=geweest =om | weight=0.104
=bezig =geweest | weight=0.103
=en =niemand | weight=0.102, noneg
=je =dan | weight=0.102
=met =dat | weight=0.102
=wachten =aan | weight=0.102
=al =een | weight=0.101
=wachttijd =volgens | weight=0.101
=voordat =er | weight=0.101
=gemeentehuis | weight=0.101
=het =gemeentehuis | weight=0.101
=invoert | weight=0.101
=telefoonmenu =heb | weight=0.100
=erg | weight=0.099
=uur =vast | weight=0.098
=in =de | weight=0.098
=stilte | weight=0.098
=om =een | weight=0.097
=geklikt | weight=0.097
=zit =wachten | weight=0.097
=in =die | weight=0.097
=het =spraakmenu | weight=0.096
=beurt =bij | weight=0.096
=die =de | weight=0.096
=de =apotheek | weight=0.095
=minuten =werd | weight=0.095
=terwijl =er | weight=0.095
=lijn =gehangen | weight=0.095
=me =te | weight=0.094
=er =drie | weight=0.094
=te =melden | weight=0.094
=de =barman | weight=0.093
=gastvrij | weight=0.093
=apotheek | weight=0.093
=telefonisch =zijn | weight=0.092
=eindelijk =geholpen | weight=0.092
=door =het | weight=0.092
=lang | weight=0.091
=voor =me | weight=0.091
=er =maar | weight=0.091
=paspoort | weight=0.091
=de =melding | weight=0.090
=voordat =ik | weight=0.090
=heb =er | weight=0.090
=moet =wachten | weight=0.090
=opgehangen | weight=0.090
=steeds =niemand | weight=0.090, noneg
=pas =na | weight=0.090
=zat =ik | weight=0.089
=niemand =die | weight=0.089, noneg
=op =plek | weight=0.089
=zijn =ze | weight=0.088
=uur =in | weight=0.088
=wachttijd =aan | weight=0.088
=anderhalf | weight=0.088
=anderhalf =uur | weight=0.088
=schreven =ze | weight=0.088
=telefoon =om | weight=0.087
=wachten =bij | weight=0.087
=schreven | weight=0.087
=mijn =hele | weight=0.087
=alstublieft | weight=0.087
=gestaan =voor | weight=0.087
=zestig | weight=0.086
=zestig =minuten | weight=0.086
=te =pakken | weight=0.086
=kwartier =door | weight=0.086
=gezet =voor | weight=0.086
=staan =wachten | weight=0.085
=sta =nu | weight=0.084
=zijn =er | weight=0.084
=die =wachtmuziek | weight=0.084
=pakken | weight=0.083
=belangrijk | weight=0.083
=belangrijk =voor | weight=0.083
=is =belangrijk | weight=0.083
=ze =en | weight=0.083
=beurt =was | weight=0.082
=wachten =kreeg | weight=0.082
=een =stoelen | weight=0.082
=maar =twee | weight=0.081
=te =wachten | weight=0.081
=een =stroomstoring | weight=0.081
=gedaan =gestofzuigd | weight=0.080
=bij =de | weight=0.080
=doorverbonden | weight=0.080
=veertig | weight=0.080
=viel | weight=0.079
=spraakmenu | weight=0.079
=niemand =op | weight=0.079, noneg
=open =op | weight=0.079
=stond =te | weight=0.078
=gezet | weight=0.077
=ff | weight=0.077
=ruim =een | weight=0.077
=dat =deuntje | weight=0.077
=een =jongen | weight=0.077
=te =luisteren | weight=0.077
=afhaalbalie | weight=0.077
=de =afhaalbalie | weight=0.077
=genomen =en | weight=0.076
=bent =de | weight=0.076
=na =vijf | weight=0.075
=rij =voor | weight=0.075
=code | weight=0.075
=stroomstoring | weight=0.074
=te =geven | weight=0.074
=zit =al | weight=0.074
=ik =aan | weight=0.073
=telefoon =gehangen | weight=0.073
=dienst | weight=0.073
=uberhaupt | weight=0.073
=ochtend | weight=0.073
=werd =er | weight=0.073
=te =zijn | weight=0.072
=me =in | weight=0.072
=servicebalie =en | weight=0.072
=bent =nummer | weight=0.072
=het =werd | weight=0.071
=uur =heb | weight=0.071
=minuten =voordat | weight=0.070
=rij =en | weight=0.070
=voor =er | weight=0.070
=minuten =later | weight=0.070
=voor =ik | weight=0.070
=halfuur =lang | weight=0.070
=lang =zat | weight=0.070
=uw =gesprek | weight=0.070
=door =te | weight=0.069
=ik =eindelijk | weight=0.069
=gedaan =en | weight=0.069
=beurt | weight=0.069
=kassa =stond | weight=0.069
=man =voor | weight=0.069
=gestaan =bij | weight=0.068
=wachttijd =was | weight=0.068
=een =iemand | weight=0.068
=we =hebben | weight=0.067
=en =er | weight=0.067
=hangen =nu | weight=0.067
=naar =uw | weight=0.066
=bar =en | weight=0.066
=eeuwig =gewacht | weight=0.066
=elke =afdeling | weight=0.066
=vijftig | weight=0.066
=vijftig =minuten | weight=0.066
=draaien =in | weight=0.066
=uur =rondjes | weight=0.066
=een =bandje | weight=0.066
=dan =een | weight=0.066
=gesprek =is | weight=0.066
=was =maar | weight=0.065
=hetzelfde | weight=0.065
=dus =heb | weight=0.065
=eenvoudig | weight=0.065
=gewacht =om | weight=0.065
=in =het | weight=0.064
=wijn | weight=0.064
=te =blokkeren | weight=0.063
=gestolen =pas | weight=0.063
=pas =te | weight=0.063
=kan =toch | weight=0.063
=niemand =reageert | weight=0.063, noneg
=lang =in | weight=0.063
=chat =stond | weight=0.063
=doorgebracht | weight=0.063
=bezig | weight=0.063
=minuten =gewacht | weight=0.063
=met =z'n | weight=0.063
=rondgestuurd | weight=0.063
=muziek | weight=0.062
=loket =gestaan | weight=0.062
=dan =te | weight=0.062
=om =dan | weight=0.062
=dit =kan | weight=0.062
=er =eindelijk | weight=0.061
=serieus | weight=0.061
=zijn =eigen | weight=0.061
=melding | weight=0.061
=niet =beschikbaar | weight=0.061, noneg
=niemand | weight=0.060, noneg
=andere =afdeling | weight=0.060
=ze =zet | weight=0.060
=al =twintig | weight=0.060
=gsm | weight=0.060
=voor =ons | weight=0.060
=uur =werd | weight=0.059
=minuten =aan | weight=0.059
=zat =te | weight=0.059
=ze =ik | weight=0.059
=me =en | weight=0.059
=drie =medewerker | weight=0.059
=weer =ruim | weight=0.059
=vast | weight=0.059
=hoort | weight=0.058
=gedaan | weight=0.058
=laat =blokkeren | weight=0.058
=draaien | weight=0.058
=balie =van | weight=0.057
=hele =voormiddag | weight=0.057
=zo =traag | weight=0.057
=ik =naar | weight=0.057
=goed =te | weight=0.056
=keuren | weight=0.056
=te =keuren | weight=0.056
=meer =dan | weight=0.056
=min =wachten | weight=0.056
=uur =en | weight=0.056
=vraag =van | weight=0.056
=gehangen =met | weight=0.056
=van =twee | weight=0.055
=bankpas | weight=0.055
=afhaalbalie =terwijl | weight=0.055
=kassa =gestaan | weight=0.055
=zet =me | weight=0.055
=rondjes =draaien | weight=0.054
=te =woord | weight=0.054
=moet =hangen | weight=0.054
=de =mutualiteit | weight=0.053
=mutualiteit | weight=0.053
=de =chat | weight=0.053
=verbond =me | weight=0.053
=wachten =voor | weight=0.053
=chat | weight=0.053
=pijn | weight=0.053
=kerstdag | weight=0.052
=kerstdag =een | weight=0.052
=uur =had | weight=0.052
=chagrijnig | weight=0.052
=een =chagrijnig | weight=0.052
=ik =sta | weight=0.052
=hing =een | weight=0.052
=daar =werd | weight=0.052
=het =stadskantoor | weight=0.052
=stadskantoor | weight=0.052
=het =opgegeven | weight=0.052
=het =duurde | weight=0.052
=uur =nummer | weight=0.051
=ik =nummer | weight=0.051
=omdat =er | weight=0.051
=geen =medewerker | weight=0.051, noneg
=rondjes | weight=0.051
=aan =een | weight=0.051
=heb =gisteren | weight=0.051
=er =niemand | weight=0.051, noneg
=vijf =uur | weight=0.051
=gewacht =alleen | weight=0.050
=door =naar | weight=0.050
=tijdens =de | weight=0.050
=te =worden | weight=0.050
=aan =mijn | weight=0.050
=gewacht =aan | weight=0.050
=heb =een | weight=0.049
=de =wachtkamer | weight=0.049
=wachtkamer | weight=0.049
