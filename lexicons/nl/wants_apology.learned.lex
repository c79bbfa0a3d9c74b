# wants_apology, nl: learned by scripts/learn.py from 4875 tuning texts (146 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Geen excuses, alleen maar 'de IT-afdeling heeft een fout gemaakt'. Los het dan toch op?
+ Schuld bij de koerier gelegd, geen excuses, en ik moest zelf maar een claim indienen op hun site.
+ Geen sorry, geen uitleg, niks.
- ok dankje
- ok top dank je
=geen =sorry | weight=0.830, noneg
=verontschuldiging | weight=0.636
=geen =excuses | weight=0.499, noneg
=excuses | weight=0.462
=spijt | weight=0.449
=excuus | weight=0.435
=sorry | weight=0.432
=niemand =heeft | weight=0.422, noneg
=een =excuus | weight=0.406
=geen =excuus | weight=0.324, noneg
=verontschuldigd | weight=0.315
=aanbiedt | weight=0.278
=excuses =niks | weight=0.230, noneg
=verwacht | weight=0.222
=geen =woord | weight=0.221, noneg
=had =niet | weight=0.210, noneg
=niemand =die | weight=0.208, noneg
=de =directie | weight=0.208
=dat =had | weight=0.204
=sorry =zeggen | weight=0.203
=minst | weight=0.199
=zich | weight=0.195
=een =verontschuldiging | weight=0.190
=een =schriftelijk | weight=0.190
=niet =mogen | weight=0.185, noneg
=medewerker =alleen | weight=0.184
=simpele =sorry | weight=0.181
=excuusbrief | weight=0.179
=gepast | weight=0.178
=een =sorry | weight=0.176
=excuses =van | weight=0.173
=excuses =aanbiedt | weight=0.172
=en =geen | weight=0.170, noneg
=zijn =plaats | weight=0.168
=geen =compensatie | weight=0.162, noneg
=alsof =het | weight=0.155
=moeilijk | weight=0.155
=verontschuldigt | weight=0.153
=zich =verontschuldigt | weight=0.153
=normaal =is | weight=0.153
=toch =wel | weight=0.153
=nooit =een | weight=0.151, noneg
=wacht =nog | weight=0.150
=zoals | weight=0.149
=gemiste =afspraak | weight=0.147
=verontschuldigd =voor | weight=0.147
=mijn =dochter | weight=0.141
=excuses =hebben | weight=0.139
=verwacht =excuses | weight=0.139
=een =simpele | weight=0.138
=was =wel | weight=0.137
=helemaal =niet | weight=0.137, noneg
=we =willen | weight=0.136
=ik =verwacht | weight=0.135
=incident | weight=0.135
=altijd =op | weight=0.134
=ze =gaven | weight=0.134
=dochter | weight=0.134
=sorry =geen | weight=0.132, noneg
=als =de | weight=0.128
=gaven | weight=0.128
=alleen =maar | weight=0.128
=gemiste | weight=0.126
=blijkbaar =te | weight=0.126
=te =moeilijk | weight=0.126
=verwacht =dat | weight=0.126
=zijn =na | weight=0.125
=minstens =excuses | weight=0.125
=in =september | weight=0.124
=directie =na | weight=0.122
=had =al | weight=0.121
=laat =staan | weight=0.120
=door =de | weight=0.120
=sorry =van | weight=0.118
=in =juni | weight=0.118
=het =hun | weight=0.118
=manier | weight=0.117
=pas =in | weight=0.117
=een =officiele | weight=0.116
=officiele | weight=0.116
=officiele =verontschuldiging | weight=0.116
=te =bieden | weight=0.113
=verontschuldiging =voor | weight=0.113
=niet =toe | weight=0.113, noneg
=nooit =gehad | weight=0.112, noneg
=sorry =zegt | weight=0.111
=een =excuusbrief | weight=0.111
=erkenning | weight=0.111
=het =minst | weight=0.111
=september | weight=0.110
=de =gemiste | weight=0.110
=verzuimd | weight=0.109
=excuus =van | weight=0.109
=steeds =geen | weight=0.108, noneg
=er =toch | weight=0.107
=bedrijf =zich | weight=0.106
=schriftelijk | weight=0.105
=misschien | weight=0.105
=iemand =zegt | weight=0.104
=ben =pas | weight=0.104
=hem =spijt | weight=0.104
=tevreden =als | weight=0.104
=en =een | weight=0.103
=pakket =drie | weight=0.103
=pas =tevreden | weight=0.102
=los | weight=0.102
=schriftelijk =verontschuldiging | weight=0.102
=en =excuses | weight=0.101
=hebben =we | weight=0.101
=het =hem | weight=0.101
=verlang | weight=0.100
=dat =ging | weight=0.100
=een =formulier | weight=0.100
=op =zijn | weight=0.099
=betuigen | weight=0.099
=gelegen | weight=0.099
=gelegen =om | weight=0.099
=om =spijt | weight=0.099
=spijt =te | weight=0.099
=te =betuigen | weight=0.099
=laat =komt | weight=0.098
=z'n =minst | weight=0.097
=keer =sorry | weight=0.097
=sorry =gezegd | weight=0.097
=gewoon =niks | weight=0.096, noneg
=iemand =daar | weight=0.096
=het =normaal | weight=0.096
=en =pas | weight=0.096
=geen =uitleg | weight=0.095, noneg
=uitleg =niks | weight=0.095, noneg
=dat =iemand | weight=0.095
=helemaal | weight=0.095
=ons =was | weight=0.095
=dan =ook | weight=0.094
=maar =het | weight=0.094
=willen | weight=0.094
=is =alles | weight=0.093
=excuus =voor | weight=0.093
=op =z'n | weight=0.093
=vanaf | weight=0.093
=ik =kon | weight=0.092
=wel =op | weight=0.091
=voor =die | weight=0.091
=wel =het | weight=0.090
=excuus =was | weight=0.089
=de =fout | weight=0.088
=is =behandeld | weight=0.087
=niemand | weight=0.087, noneg
=bieden | weight=0.087
=ben =slechthorend | weight=0.086
=jullie =klachtenafdeling | weight=0.086
=geweest | weight=0.086
=de =foutieve | weight=0.085
=wil =dat | weight=0.085
=had =op | weight=0.084
=je =excuses | weight=0.084
=eis | weight=0.084
=slechthorend | weight=0.083
=slechthorend =en | weight=0.083
=uitgelachen | weight=0.081
=zelf =geen | weight=0.081, noneg
=mijn =afspraak | weight=0.080
=het =incassobureau | weight=0.079
=incassobureau | weight=0.079
=heeft =mijn | weight=0.079
=plaats =zijn | weight=0.078
=directie | weight=0.078
=de =filiaalmanager | weight=0.078
=z'n | weight=0.078
=wil =ook | weight=0.078
=genoeg =geweest | weight=0.078
=mag =ik | weight=0.077
=al =veel | weight=0.077
=niet =gecorrigeerd | weight=0.076, noneg
=klant =is | weight=0.075
=filiaalmanager | weight=0.075
=verwacht =minstens | weight=0.075
=was =blijkbaar | weight=0.073
=de =manier | weight=0.073
=manier =waarop | weight=0.073
=klant =wil | weight=0.073
=dochter =waar | weight=0.073
=jullie =kunnen | weight=0.072
=verontschuldiging =van | weight=0.072
=vind =dat | weight=0.071
=wil =een | weight=0.071
=een =muntje | weight=0.071
=muntje | weight=0.071
=indienen =op | weight=0.071
=gescheeld | weight=0.071
=verontschuldiging =aanbiedt | weight=0.070
=zijn =verontschuldiging | weight=0.070
=gewoon =te | weight=0.070
=de =wachtkamer | weight=0.070
=wachtkamer | weight=0.070
=ooit =verontschuldigd | weight=0.070
=zich =ooit | weight=0.070
=moest =zelf | weight=0.069
=ik =wacht | weight=0.069
=de =it-afdeling | weight=0.069
=it-afdeling | weight=0.069
=werd =in | weight=0.069
=aanbieden =aan | weight=0.068
=raar | weight=0.068
=dat =kwam | weight=0.068
=bedrijfsleider | weight=0.067
=de =bedrijfsleider | weight=0.067
=verontschuldiging =verschuldigd | weight=0.067
=verschuldigd | weight=0.067
=normaal | weight=0.067
=al =genoeg | weight=0.066
=te =dom | weight=0.066
=minstens | weight=0.066
=hun =site | weight=0.066
=claim =indienen | weight=0.066
=een =claim | weight=0.066
=de =manager | weight=0.065
=te =vullen | weight=0.065
=vullen | weight=0.065
=doen =alsof | weight=0.065
=ze =gewoon | weight=0.065
=waardoor =ik | weight=0.064
=zoon =van | weight=0.064
=ze =doen | weight=0.064
=u =om | weight=0.064
=zeggen =is | weight=0.064
=gewacht =aan | weight=0.064
=op =hun | weight=0.063
=zou =hebben | weight=0.063
=hing =de | weight=0.063
=medewerker =gewoon | weight=0.063
=juli | weight=0.063
=de =chef | weight=0.063
=en =werd | weight=0.063
=gewoon =op | weight=0.063
=veel | weight=0.062
=aanbieden | weight=0.062
=mij =voor | weight=0.062
=in =ons | weight=0.062
=koffer =was | weight=0.062
=claim | weight=0.062
=fatsoenlijk | weight=0.062
=voor =hele | weight=0.061
=zonder =te | weight=0.061, noneg
=alleen =zijn | weight=0.061
=is =nooit | weight=0.061, noneg
=ik =eis | weight=0.061
=beschuldigd | weight=0.061
=los =het | weight=0.060
=kwartier =gewacht | weight=0.060
=de =groep | weight=0.060
=dat =uw | weight=0.060
=vlieg | weight=0.060
=was =genoeg | weight=0.060
=geen | weight=0.060, noneg
=vraag =u | weight=0.059
=genoeg | weight=0.059
=een =formeel | weight=0.059
=fout | weight=0.059
=kunnen =zeggen | weight=0.058
=sorry =was | weight=0.058
=het =haar | weight=0.058
=een =regelen | weight=0.058
=zou =wel | weight=0.058
=foutieve | weight=0.058
=aan =te | weight=0.058
=kan =er | weight=0.058
=diefstal | weight=0.058
=van =diefstal | weight=0.058
=voordat =ze | weight=0.058
=groep | weight=0.058
=had =gewoon | weight=0.057
=uw =dienst | weight=0.057
=excuus =zou | weight=0.057
=moeilijk =is | weight=0.057
=praten =over | weight=0.057
=op =heden | weight=0.056
=tot =op | weight=0.056
=waarop =ik | weight=0.056
=die =vertraging | weight=0.056
=dom | weight=0.055
=wil =excuses | weight=0.055
=boeking | weight=0.055
=toegesproken | weight=0.055
=haar =in | weight=0.055
=klaagde | weight=0.055
=klaagde =over | weight=0.055
=kleinerende | weight=0.055
=arrogant =deed | weight=0.055
=heden | weight=0.055
=iemand =sorry | weight=0.055
=horen =dat | weight=0.054
=waardoor | weight=0.054
=telefoon =had | weight=0.054
=is =om | weight=0.054
=gelegd | weight=0.054
=zijn =schouders | weight=0.054
=hek =gegooid | weight=0.054
=eigenlijk =ook | weight=0.053
=en =eigenlijk | weight=0.053
=foutieve =incasso | weight=0.053
=kamer | weight=0.053
=formeel | weight=0.053
=mijn =moeder | weight=0.052
=andere =leverancier | weight=0.052
=bewaker | weight=0.052
=minst =geweest | weight=0.051
=minst =wat | weight=0.051
=ooit | weight=0.051
=gegooid | weight=0.051
=blijkbaar | weight=0.051
=er =is | weight=0.051
=gewoon =dat | weight=0.051
=het =hek | weight=0.050
=fout =en | weight=0.050
=een =het | weight=0.050
=wel =netjes | weight=0.050
=bedrijfsleider =alleen | weight=0.050
=ik =verteld | weight=0.050
=zelf =dat | weight=0.050
=ik =daarvoor | weight=0.049
=jullie =zijn | weight=0.049
=tevreden | weight=0.049
=hun | weight=0.049
=energierekening | weight=0.049
=uitgescholden | weight=0.049
=was =al | weight=0.048
=te =verontschuldiging | weight=0.048
=de =gemeente | weight=0.048
=gemeente | weight=0.048
=schuld =bij | weight=0.048
=voor =het | weight=0.048
=zo'n | weight=0.048
=mijn =koffer | weight=0.048
=wil =beide | weight=0.048
=hek | weight=0.048
=een =vergoeding | weight=0.048
=we | weight=0.048
=mijn =eerst | weight=0.048
=verpest | weight=0.047
=heb =in | weight=0.047
=ons =gewoon | weight=0.047
=pizza | weight=0.047
=leren =lezen | weight=0.047
=die =mij | weight=0.047
=de =directeur | weight=0.047
=directeur | weight=0.047
=maar =zelf | weight=0.047
=kon =er | weight=0.046
=heeft =een | weight=0.046
=beide =bedrag | weight=0.046
=niet =af | weight=0.046, noneg
=ik =wil | weight=0.046
=moest =leren | weight=0.046
=wilde =niet | weight=0.045, noneg
=met =m'n | weight=0.045
=leidinggevende =en | weight=0.045
=staan | weight=0.045
=het =dan | weight=0.045
=doen =is | weight=0.045
=haalde =de | weight=0.045
=fout =is | weight=0.045
=haalde | weight=0.045
=schouders | weight=0.045
=schouders =op | weight=0.045
=tegen =me | weight=0.044
=fout =gemaakt | weight=0.044
=was =zo | weight=0.044
=ze =niet | weight=0.044, noneg
=monteur =heeft | weight=0.043
=chauffeur =van | weight=0.043
=is =blijkbaar | weight=0.043
=geschreven | weight=0.043
=respectloos | weight=0.042
=gevallen | weight=0.042
=vergoeding =en | weight=0.042
=wil =niet | weight=0.042, noneg
=leren | weight=0.042
=arrogant | weight=0.042
=idioot | weight=0.042
=plaats | weight=0.041
=uw =bedrijf | weight=0.041
=bij =was | weight=0.041
=iedereen =bij | weight=0.041
=waar =iedereen | weight=0.041
=haar =bellen | weight=0.041
=toch =blijven | weight=0.041
=uitleggen =zei | weight=0.041
=ongelooflijk | weight=0.041
=ik =door | weight=0.041
=inhoud | weight=0.041
=deed =alsof | weight=0.040
=het =had | weight=0.040
=had =staan | weight=0.040
=minst =sorry | weight=0.040
=nadat =ze | weight=0.040
=sorry =kunnen | weight=0.040
=ze =tegen | weight=0.040
=appartement | weight=0.040
=hoef =ik | weight=0.040
