# long_hold, nl: learned by scripts/learn.py from 3684 tuning texts (274 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ twee uur. TWEE UUR. om een gestolen pas te blokkeren.
+ twee uur. TWEE UUR. om een gestolen bankkaart te melden.
+ kwartier wachten voor 1 zinnetje antwoord en dan 'fijne dag nog'
- we willen ons geld terug
- Geen minuut gewacht, top!
=min | weight=0.528
=kwartier | weight=0.410
=wachtrij | weight=0.400
=minuten | weight=0.365
=wachttijd | weight=0.315
=uur =aan | weight=0.291
=uur | weight=0.285
=wachten | weight=0.284
=en =pas | weight=0.267
=twee =uur | weight=0.255
=kwartier =aan | weight=0.243
=de =wachtrij | weight=0.241
=minuten =in | weight=0.233
=vijf =kwartier | weight=0.232
=hangen | weight=0.213
=pas =om | weight=0.210
=gestaan | weight=0.209
=oor | weight=0.207
=twintig | weight=0.202
=minuten =niks | weight=0.202, noneg
=nummer | weight=0.200
=gewacht | weight=0.196
=een =uur | weight=0.194
=minuten =wachten | weight=0.193
=voormiddag | weight=0.189
=een =medewerker | weight=0.184
=uur =lang | weight=0.184
=muziekje | weight=0.184
=gehangen | weight=0.180
=op =zaterdag | weight=0.180
=belachelijk | weight=0.176
=sta | weight=0.172
=ochtend =bezig | weight=0.172
=en =dan | weight=0.170
=we =belde | weight=0.170
=mijn =oor | weight=0.168
=gestolen | weight=0.168
=te =bereiken | weight=0.166
=werd =we | weight=0.165
=duurde | weight=0.163
=drie =kwartier | weight=0.163
=wachten =en | weight=0.163
=in =dat | weight=0.162
=opgegeven | weight=0.161
=bandje | weight=0.160
=een =gestolen | weight=0.159
=kwartier =wachten | weight=0.158
=voordat | weight=0.155
=en =nog | weight=0.153
=stond =ik | weight=0.152
=een =halfuur | weight=0.151
=halfuur | weight=0.151
=een =kassa | weight=0.151
=kassa =open | weight=0.151
=hing | weight=0.149
=aanschuiven | weight=0.146
=aanschuiven =aan | weight=0.146
=er =was | weight=0.146
=wachtmuziek | weight=0.143
=bar | weight=0.143
=barman | weight=0.143
=de =bar | weight=0.143
=zaterdag | weight=0.141
=vastgezeten | weight=0.140
=de =rij | weight=0.138
=u =bent | weight=0.137
=ik =hangen | weight=0.136
=halve | weight=0.136
=ne | weight=0.135
=eeuwen | weight=0.135
=wachten =in | weight=0.134
=afwas | weight=0.132
=afwas =gedaan | weight=0.132
=de =afwas | weight=0.132
=gestofzuigd | weight=0.132
=gestofzuigd =en | weight=0.132
=wachtend | weight=0.132
=hele =lunchpauze | weight=0.131
=lunchpauze | weight=0.131
=lunchpauze =met | weight=0.131
=daarna =een | weight=0.131
=plek | weight=0.131
=er =iemand | weight=0.130
=hoort =u | weight=0.129
=twee =kassa's | weight=0.129
=keuzemenu | weight=0.129
=zelfscankassa | weight=0.128
=vast =in | weight=0.128
=telefoon =aan | weight=0.128
=zaterdag =zijn | weight=0.128
=hele =ochtend | weight=0.127
=heb =daar | weight=0.127
=chat =niemand | weight=0.126, noneg
=onbereikbaar | weight=0.126
=de =wachten | weight=0.126
=het =bandje | weight=0.126
=op =iemand | weight=0.126
=servicebalie | weight=0.125
=blokkeren | weight=0.124
=dat =keuzemenu | weight=0.123
=wachtend =op | weight=0.123
=voor =een | weight=0.122
=telefoonmenu | weight=0.122
=hebben =drie | weight=0.121
=medewerker =me | weight=0.119
=wachten =werd | weight=0.119
=u =dat | weight=0.118
=iemand =opnam | weight=0.118
=twintig =minuten | weight=0.117
=de =servicebalie | weight=0.117
=de =wachttijd | weight=0.116
=een =zelfscankassa | weight=0.115
=live | weight=0.115
=bezig =geweest | weight=0.115
=maar =een | weight=0.115
=eeuwig | weight=0.115
=eindeloos | weight=0.114
=rij =bij | weight=0.114
=deuntje | weight=0.114
=eindelijk | weight=0.114
=het =loket | weight=0.114
=rij | weight=0.113
=ik =kijken | weight=0.113
=verlof | weight=0.113
=chat =en | weight=0.112
=kijken =even | weight=0.111
=geweest =om | weight=0.111
=bent | weight=0.110
=ik =doorverbonden | weight=0.110
=geluisterd | weight=0.110
=half =uur | weight=0.110
=dienst | weight=0.110
=en =niemand | weight=0.110, noneg
=in =die | weight=0.109
=voordat =er | weight=0.108
=gestaan =terwijl | weight=0.107
=een =half | weight=0.107
=ruim | weight=0.107
=open | weight=0.106
=gemeentehuis | weight=0.106
=het =gemeentehuis | weight=0.106
=de =code | weight=0.106
=opgehangen | weight=0.106
=met =dat | weight=0.106
=al =een | weight=0.106
=kassa's | weight=0.105
=kassa's =open | weight=0.105
=geklikt | weight=0.104
=hangen =om | weight=0.104
=duurde =het | weight=0.103
=het =spraakmenu | weight=0.103
=de =apotheek | weight=0.103
=opnam | weight=0.102
=apotheek | weight=0.101
=uur =vast | weight=0.101
=om =een | weight=0.100
=invoert | weight=0.100
=zit =wachten | weight=0.100
=wachten =aan | weight=0.099
=alleen =om | weight=0.098
=je =dan | weight=0.098
=eindelijk =geholpen | weight=0.098
=moet =wachten | weight=0.098
=de =barman | weight=0.097
=gastvrij | weight=0.097
=die =de | weight=0.097
=wachttijd =volgens | weight=0.097
=de =melding | weight=0.096
=doorverbonden | weight=0.095
=minuten =werd | weight=0.095
=steeds =niemand | weight=0.094, noneg
=telefoonmenu =heb | weight=0.094
=zestig | weight=0.093
=zestig =minuten | weight=0.093
=uur =wachten | weight=0.093
=paspoort | weight=0.093
=loket | weight=0.093
=bereiken | weight=0.092
=stilte | weight=0.092
=te =melden | weight=0.092
=wachten =bij | weight=0.092
=op =plek | weight=0.091
=door =het | weight=0.091
=voor =me | weight=0.091
=er =drie | weight=0.091
=gezet =voor | weight=0.090
=terwijl =er | weight=0.090
=belangrijk | weight=0.090
=belangrijk =voor | weight=0.090
=is =belangrijk | weight=0.090
=er =maar | weight=0.090
=telefoon =om | weight=0.089
=niemand =die | weight=0.089, noneg
=telefonisch =zijn | weight=0.089
=gezet | weight=0.088
=anderhalf | weight=0.088
=anderhalf =uur | weight=0.088
=kwartier =door | weight=0.088
=spraakmenu | weight=0.088
=zijn =er | weight=0.088
=wachttijd =aan | weight=0.088
=schreven =ze | weight=0.087
=ze =en | weight=0.087
=me =te | weight=0.087
=beurt =bij | weight=0.087
=heb =er | weight=0.087
=schreven | weight=0.086
=die =wachtmuziek | weight=0.086
=beurt =was | weight=0.086
=alstublieft | weight=0.086
=gedaan =gestofzuigd | weight=0.085
=minuten =voordat | weight=0.085
=open =op | weight=0.085
=gestaan =voor | weight=0.085
=bij =de | weight=0.084
=zijn =ze | weight=0.084
=gewacht =om | weight=0.084
=bent =de | weight=0.083
=pas =na | weight=0.083
=lijn =gehangen | weight=0.082
=rij =voor | weight=0.082
=lang | weight=0.082
=mijn =hele | weight=0.082
=sta =nu | weight=0.081
=gestaan =bij | weight=0.079
=maar =twee | weight=0.079
=te =geven | weight=0.079
=ruim =een | weight=0.079
=een =iemand | weight=0.079
=een =stoelen | weight=0.079
=iemand =te | weight=0.079
=zat =ik | weight=0.079
=servicebalie =en | weight=0.078
=ff | weight=0.078
=zit =al | weight=0.078
=uur =heb | weight=0.077
=te =luisteren | weight=0.077
=te =wachten | weight=0.077
=veertig | weight=0.077
=wachten =kreeg | weight=0.077
=stond =te | weight=0.076
=zijn =eigen | weight=0.076
=dan =te | weight=0.076
=om =dan | weight=0.076
=code | weight=0.076
=staan =wachten | weight=0.076
=niemand =op | weight=0.076, noneg
=genomen =en | weight=0.076
=telefoon =gehangen | weight=0.075
=in =de | weight=0.075
=door =te | weight=0.075
=uberhaupt | weight=0.074
=een =stroomstoring | weight=0.073
=stroomstoring | weight=0.073
=bezig | weight=0.073
=afhaalbalie | weight=0.073
=de =afhaalbalie | weight=0.073
=in =het | weight=0.073
=elke =afdeling | weight=0.073
=ik =eindelijk | weight=0.073
=hetzelfde | weight=0.072
=ochtend | weight=0.072
=man =voor | weight=0.072
=halfuur =lang | weight=0.072
=lang =zat | weight=0.072
=uw =gesprek | weight=0.072
=dat =deuntje | weight=0.072
=vijftig | weight=0.072
=vijftig =minuten | weight=0.072
=dan =een | weight=0.072
=voor =er | weight=0.071
=dus =heb | weight=0.071
=me =in | weight=0.070
=viel | weight=0.070
=te =zijn | weight=0.070
=chat =stond | weight=0.070
=na =vijf | weight=0.069
=loket =gestaan | weight=0.069
=wachttijd =was | weight=0.069
=een =jongen | weight=0.069
=bar =en | weight=0.069
=eeuwig =gewacht | weight=0.069
=hangen =nu | weight=0.069
=draaien =in | weight=0.068
=uur =rondjes | weight=0.068
=het =werd | weight=0.068
=ik =aan | weight=0.068
=wachten =voor | weight=0.068
=voor =ons | weight=0.067
=gedaan =en | weight=0.067
=naar =uw | weight=0.066
=rondgestuurd | weight=0.066
=lang =in | weight=0.066
=minuten =gewacht | weight=0.066
=te =blokkeren | weight=0.066
=werd =er | weight=0.066
=gestolen =pas | weight=0.066
=pas =te | weight=0.066
=gedaan | weight=0.066
=eenvoudig | weight=0.066
=rij =en | weight=0.065
=minuten =later | weight=0.065
=meer =dan | weight=0.065
=voor =ik | weight=0.064
=kan =toch | weight=0.064
=gesprek =is | weight=0.064
=beurt | weight=0.064
=hele =voormiddag | weight=0.064
=er =eindelijk | weight=0.064
=niemand =reageert | weight=0.063, noneg
=erg | weight=0.063
=pijn | weight=0.063
=uur =nummer | weight=0.063
=kassa =stond | weight=0.063
=wijn | weight=0.063
=andere =afdeling | weight=0.062
=was =maar | weight=0.062
=melding | weight=0.062
=muziek | weight=0.061
=niemand | weight=0.061, noneg
=minuten =aan | weight=0.061
=ze =zet | weight=0.061
=een =bandje | weight=0.061
=niet =beschikbaar | weight=0.061, noneg
=laat =blokkeren | weight=0.061
=we =hebben | weight=0.061
=dit =kan | weight=0.061
=goed =te | weight=0.060
=keuren | weight=0.060
=te =keuren | weight=0.060
=heb =een | weight=0.060
=het =duurde | weight=0.060
=draaien | weight=0.060
=en =er | weight=0.059
=zat =een | weight=0.059
=met =z'n | weight=0.059
=gsm | weight=0.059
=doorgebracht | weight=0.058
=voordat =ik | weight=0.058
=wachten =voordat | weight=0.057
=te =worden | weight=0.057
=serieus | weight=0.057
=ik =sta | weight=0.057
=rondjes =draaien | weight=0.057
=vast | weight=0.057
=hoort | weight=0.057
=te =woord | weight=0.057
=bankpas | weight=0.057
=bent =nummer | weight=0.057
=drie =medewerker | weight=0.056
=zat =te | weight=0.056
=ze =ik | weight=0.056
=me =bij | weight=0.056
=uur =werd | weight=0.056
=al =twintig | weight=0.056
=chagrijnig | weight=0.056
=een =chagrijnig | weight=0.056
=kassa =gestaan | weight=0.056
=uur =in | weight=0.056
=min =wachten | weight=0.055
=ik =naar | weight=0.055
=zo =traag | weight=0.055
=het =opgegeven | weight=0.055
=weer =ruim | weight=0.054
=collega =en | weight=0.054
=verbond =me | weight=0.054
=me =en | weight=0.054
=mijn =dove | weight=0.054
=het =weer | weight=0.054
=hing =een | weight=0.054
=zet =me | weight=0.054
=belde =namens | weight=0.054
=verbroken | weight=0.053
=ik =hing | weight=0.053
=door =naar | weight=0.053
=rondjes | weight=0.053
=daar =werd | weight=0.053
=balie =van | weight=0.052
=er =niemand | weight=0.052, noneg
=vraag =van | weight=0.051
=moet =hangen | weight=0.051
=wachten =met | weight=0.051
=afhaalbalie =terwijl | weight=0.051
=dove | weight=0.051
=geen =medewerker | weight=0.051, noneg
=er =steeds | weight=0.051
=ik =bezig | weight=0.051
=pakken =te | weight=0.051
=te =pakken | weight=0.051
=uur =ben | weight=0.051
=van =twee | weight=0.050
=omdat =er | weight=0.050
=oor =gezet | weight=0.050
=zelf =naar | weight=0.050
=een =of | weight=0.050
=de =wachtkamer | weight=0.050
=wachtkamer | weight=0.050
=lijn =had | weight=0.050
=je =weer | weight=0.049
=mag =je | weight=0.049
