# wants_apology, nl: learned by scripts/learn.py from 3889 tuning texts (127 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Geen sorry, geen uitleg, niks.
+ Er is nooit een excuus aangeboden.
+ We willen horen dat het hun spijt.
- we willen ons geld terug
- Geen minuut gewacht, top!
=geen =sorry | weight=0.796, noneg
=verontschuldiging | weight=0.624
=niemand =heeft | weight=0.465, noneg
=excuus | weight=0.456
=excuses | weight=0.455
=een =excuus | weight=0.429
=spijt | weight=0.410
=geen =excuses | weight=0.399, noneg
=sorry | weight=0.390
=geen =excuus | weight=0.316, noneg
=verontschuldigd | weight=0.314
=verwacht | weight=0.301
=aanbiedt | weight=0.268
=minst | weight=0.258
=ik =verwacht | weight=0.250
=excuses =niks | weight=0.240, noneg
=dat =had | weight=0.215
=geen =woord | weight=0.209, noneg
=had =niet | weight=0.208, noneg
=sorry =zeggen | weight=0.206
=zich | weight=0.201
=gepast | weight=0.197
=niemand =die | weight=0.193, noneg
=de =directie | weight=0.191
=medewerker =alleen | weight=0.184
=een =verontschuldiging | weight=0.182
=simpel =sorry | weight=0.181
=en =geen | weight=0.177, noneg
=geen =compensatie | weight=0.174, noneg
=wachten =nog | weight=0.173
=niet =mogen | weight=0.173, noneg
=excuusbrief | weight=0.172
=excuses =aanbiedt | weight=0.171
=op =zijn | weight=0.169
=excuses =hebben | weight=0.166
=een =sorry | weight=0.163
=directie | weight=0.158
=moeilijk | weight=0.154
=als =de | weight=0.154
=gemiste =afspraak | weight=0.150
=verontschuldigd =voor | weight=0.150
=alleen =maar | weight=0.150
=een =simpel | weight=0.149
=zoals | weight=0.148
=er =toch | weight=0.148
=ze =gaven | weight=0.147
=een =schriftelijk | weight=0.147
=gaven | weight=0.143
=schriftelijk | weight=0.142
=zijn =plaats | weight=0.141
=excuses =van | weight=0.141
=wil =dat | weight=0.141
=zijn =na | weight=0.140
=toch =wel | weight=0.139
=nooit =een | weight=0.139, noneg
=blijkbaar =te | weight=0.138
=te =moeilijk | weight=0.138
=alsof =het | weight=0.138
=normaal =is | weight=0.136
=helemaal =niet | weight=0.133, noneg
=mijn =dochter | weight=0.132
=was =wel | weight=0.130
=verontschuldigt | weight=0.127
=zich =verontschuldigt | weight=0.127
=steeds =geen | weight=0.125, noneg
=een =formulier | weight=0.124
=gemiste | weight=0.124
=altijd =op | weight=0.123
=het =hun | weight=0.123
=we =willen | weight=0.123
=sorry =geen | weight=0.122, noneg
=door =de | weight=0.122
=laat =staan | weight=0.120
=helemaal | weight=0.120
=verwacht =dat | weight=0.119
=vinden =dat | weight=0.117
=dochter | weight=0.117
=had =al | weight=0.116
=sorry =van | weight=0.115
=nog =geen | weight=0.114, noneg
=in =september | weight=0.113
=pas =in | weight=0.113
=een =excuusbrief | weight=0.112
=erkenning | weight=0.112
=geen | weight=0.112, noneg
=ben =pas | weight=0.112
=hem =spijt | weight=0.112
=tevreden =als | weight=0.112
=september | weight=0.111
=bieden | weight=0.111
=te =bieden | weight=0.111
=excuus =van | weight=0.110
=verontschuldiging =voor | weight=0.110
=een =officiele | weight=0.110
=officiele | weight=0.110
=officiele =verontschuldiging | weight=0.110
=voor =die | weight=0.109
=hebben =we | weight=0.109
=niet =toe | weight=0.109, noneg
=de =gemiste | weight=0.109
=pas =tevreden | weight=0.109
=niemand | weight=0.107, noneg
=zijn =minst | weight=0.107
=de =fout | weight=0.106
=geweest | weight=0.105
=directie =na | weight=0.104
=verzuimd | weight=0.104
=het =minst | weight=0.104
=het =hem | weight=0.103
=sorry =zegt | weight=0.103
=verlang | weight=0.103
=is =nooit | weight=0.103, noneg
=manier | weight=0.102
=minst =een | weight=0.102
=dan =ook | weight=0.101
=willen | weight=0.101
=in =juni | weight=0.100
=kan =er | weight=0.099
=verwacht =excuses | weight=0.098
=maar =het | weight=0.097
=en =een | weight=0.097
=gewoon =niks | weight=0.096, noneg
=bedrijf =zich | weight=0.095
=minstens | weight=0.094
=horen =dat | weight=0.094
=ik =wil | weight=0.092
=juni | weight=0.092
=pakket =drie | weight=0.092
=betuigen | weight=0.092
=gelegen | weight=0.092
=gelegen =om | weight=0.092
=had =op | weight=0.092
=om =spijt | weight=0.092
=spijt =te | weight=0.092
=te =betuigen | weight=0.092
=niet =gecorrigeerd | weight=0.091, noneg
=laat =komt | weight=0.091
=ons =was | weight=0.090
=het =had | weight=0.089
=ben =slechthorend | weight=0.089
=geen =uitleg | weight=0.088, noneg
=uitleg =niks | weight=0.088, noneg
=je =excuses | weight=0.085
=keer =sorry | weight=0.085
=sorry =gezegd | weight=0.085
=excuus =was | weight=0.084
=vanaf | weight=0.084
=energierekening | weight=0.083
=jullie =klachtenafdeling | weight=0.083
=is =behandeld | weight=0.083
=slechthorend | weight=0.082
=slechthorend =en | weight=0.082
=mijn =afspraak | weight=0.082
=minstens =excuses | weight=0.082
=iemand =daar | weight=0.082
=schriftelijk =verontschuldiging | weight=0.082
=ik =wachten | weight=0.081
=klachtenafdeling | weight=0.080
=excuus =voor | weight=0.080
=misschien | weight=0.079
=jullie =kunnen | weight=0.079
=ik =vinden | weight=0.079
=verontschuldiging =van | weight=0.079
=het =normaal | weight=0.079
=werd =in | weight=0.078
=blijkbaar | weight=0.076
=andere =leverancier | weight=0.076
=zoon =van | weight=0.076
=had =gewoon | weight=0.076
=al =veel | weight=0.075
=en =pas | weight=0.075
=ik =kon | weight=0.074
=tevreden | weight=0.073
=hing =de | weight=0.073
=medewerker =gewoon | weight=0.073
=wel =op | weight=0.073
=gewacht =aan | weight=0.073
=was =blijkbaar | weight=0.072
=dochter =waar | weight=0.071
=de =manager | weight=0.071
=een =muntje | weight=0.070
=muntje | weight=0.070
=zelf =geen | weight=0.070, noneg
=heeft =mijn | weight=0.070
=genoeg =geweest | weight=0.070
=al =genoeg | weight=0.069
=verontschuldiging =verschuldigd | weight=0.069
=verschuldigd | weight=0.069
=ooit =verontschuldigd | weight=0.069
=zich =ooit | weight=0.069
=plaats =zijn | weight=0.068
=verwacht =een | weight=0.068
=verwacht =op | weight=0.067
=kwartier =gewacht | weight=0.067
=gewoon =te | weight=0.066
=diefstal | weight=0.066
=van =diefstal | weight=0.066
=alleen =zijn | weight=0.066
=klant =wil | weight=0.066
=de =wachtkamer | weight=0.064
=wachtkamer | weight=0.064
=verontschuldiging =aanbiedt | weight=0.064
=zijn =verontschuldiging | weight=0.064
=veel | weight=0.064
=beschuldigde | weight=0.064
=te =vullen | weight=0.064
=vullen | weight=0.064
=vinden | weight=0.064
=wel =het | weight=0.063
=te =dom | weight=0.063
=bedrijfsleider | weight=0.063
=de =bedrijfsleider | weight=0.063
=doen =alsof | weight=0.063
=waardoor =ik | weight=0.062
=wil =een | weight=0.062
=gescheeld | weight=0.062
=telefoon =had | weight=0.062
=bedrijfsleider =alleen | weight=0.062
=ik =verteld | weight=0.062
=de =foutieve | weight=0.061
=formeel | weight=0.061
=is =blijkbaar | weight=0.060
=ze =doen | weight=0.060
=sorry =was | weight=0.060
=alsof | weight=0.059
=kamer | weight=0.059
=aan =te | weight=0.058
=u =om | weight=0.058
=tegel | weight=0.058
=de =manier | weight=0.058
=manier =waarop | weight=0.058
=waarop | weight=0.058
=raar | weight=0.058
=geen =enkele | weight=0.058, noneg
=was =genoeg | weight=0.058
=ze =gewoon | weight=0.058
=zou =hebben | weight=0.058
=zou =wel | weight=0.058
=fout =en | weight=0.058
=het =haar | weight=0.057
=te =verontschuldiging | weight=0.057
=minst =wat | weight=0.057
=klaagde | weight=0.057
=klaagde =over | weight=0.057
=klant =is | weight=0.057
=bezorger | weight=0.056
=die =vertraging | weight=0.056
=er =is | weight=0.055
=zijn =schouders | weight=0.055
=haalde =de | weight=0.055
=niks | weight=0.055, noneg
=maar =zelf | weight=0.055
=was =al | weight=0.055
=en =werd | weight=0.055
=mij =voor | weight=0.055
=fatsoenlijk | weight=0.054
=voordat =ze | weight=0.054
=doen =is | weight=0.054
=iemand =sorry | weight=0.054
=een =regelen | weight=0.054
=mag =ik | weight=0.054
=wilde =niet | weight=0.054, noneg
=op =heden | weight=0.054
=tot =op | weight=0.054
=vraag =u | weight=0.054
=ons =gewoon | weight=0.053
=de =groep | weight=0.053
=op =uw | weight=0.053
=in =ons | weight=0.052
=zelf =dat | weight=0.052
=praten =over | weight=0.052
=voor =hele | weight=0.052
=koffer =was | weight=0.052
=weken =te | weight=0.052
=arrogant =deed | weight=0.052
=niet =af | weight=0.052, noneg
=aanbieden =aan | weight=0.052
=groep | weight=0.051
=vlieg | weight=0.051
=foutieve =incasso | weight=0.050
=zou =op | weight=0.050
=heden | weight=0.050
=een =vergoeding | weight=0.050
=dom | weight=0.049
=kon =er | weight=0.049
=de =chef | weight=0.049
=wil =niet | weight=0.049, noneg
=normaal | weight=0.049
=waardoor | weight=0.049
=ik =daarvoor | weight=0.049
=is =dat | weight=0.049
=de =gemeente | weight=0.049
=gemeente | weight=0.049
=excuses =aanbieden | weight=0.048
=chauffeur =van | weight=0.048
=schandalig | weight=0.048
=het =bedrijf | weight=0.048
=bewaker | weight=0.048
=z'n =minst | weight=0.047
=verwacht =minstens | weight=0.047
=afspraak | weight=0.047
=liet =vallen | weight=0.047
=simpel | weight=0.047
=los | weight=0.047
=we =verwacht | weight=0.047
=voor =het | weight=0.047
=kwam =er | weight=0.047
=uitgelachen | weight=0.046
=uitlachte | weight=0.046
=minst =geweest | weight=0.046
=eis =een | weight=0.046
=juli | weight=0.045
=chef | weight=0.045
=leverancier | weight=0.044
=genoeg | weight=0.044
=gewoon =betaald | weight=0.044
=op =z'n | weight=0.044
=wil =beide | weight=0.044
=een =het | weight=0.044
=pizza | weight=0.044
=weg | weight=0.044
=ooit | weight=0.044
=de =filiaalmanager | weight=0.044
=filiaalmanager | weight=0.044
=eigenlijk =ook | weight=0.043
=en =eigenlijk | weight=0.043
=sorry =had | weight=0.043
=kunnen =doen | weight=0.043
=jullie =zijn | weight=0.043
=eis | weight=0.043
=zouden | weight=0.042
=excuus =zou | weight=0.042
=gevallen | weight=0.042
=fout =is | weight=0.042
=mijn =eerst | weight=0.042
=dat =kon | weight=0.042
=gedoe =met | weight=0.042
=met =m'n | weight=0.042
=caissiere | weight=0.041
=we | weight=0.041
=beide =bedrag | weight=0.041
=boeking | weight=0.040
=hoef =ik | weight=0.040
=zo'n | weight=0.040
=waarop =mijn | weight=0.040
=lastig | weight=0.040
=in =uw | weight=0.040
=voor =dat | weight=0.039
=het =restaurant | weight=0.039
=alsof =er | weight=0.039
=haalde | weight=0.039
=schouders | weight=0.039
=schouders =op | weight=0.039
=en =sorry | weight=0.039
=iemand =contact | weight=0.039
=opneemt | weight=0.039
=opneemt =en | weight=0.039
=was =zo | weight=0.038
=spreken =gekregen | weight=0.038
=ongelooflijk | weight=0.038
=uit =omdat | weight=0.038
=medewerker =aan | weight=0.038
=restaurant | weight=0.037
=al =zoveel | weight=0.037
=zoveel | weight=0.037
=zoveel =gescheeld | weight=0.037
=had =staan | weight=0.037
=kunnen =zeggen | weight=0.037
=minst =sorry | weight=0.037
=nadat =ze | weight=0.037
=sorry =kunnen | weight=0.037
=ze =tegen | weight=0.037
=hij =een | weight=0.037
=dat =kwam | weight=0.037
=bij =was | weight=0.036
=onterecht | weight=0.036
=voor | weight=0.036
=heeft =jullie | weight=0.036
=arrogant | weight=0.036
=geschreven | weight=0.036
=toestaat | weight=0.036
=toestaat =en | weight=0.036
=uw =dienst | weight=0.035
=mijn =moeder | weight=0.035
=nooit =de | weight=0.035, noneg
=gewoon =op | weight=0.035
=hun | weight=0.035
=had =ze | weight=0.035
=mijn =koffer | weight=0.035
=alle =klant | weight=0.035
=ik =vraag | weight=0.035
=gedaan =maar | weight=0.034
=beste =even | weight=0.034
=koffer | weight=0.034
=iedereen =bij | weight=0.034
=waar =iedereen | weight=0.034
=mag | weight=0.034
=hij =verdient | weight=0.034
=verdient | weight=0.034
=verdient =op | weight=0.034
