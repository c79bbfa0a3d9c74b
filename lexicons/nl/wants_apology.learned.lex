# wants_apology, nl: learned by scripts/learn.py from 4090 tuning texts (128 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Geen sorry, geen uitleg, niks.
+ Er is nooit een excuus aangeboden.
+ We willen horen dat het hun spijt.
- we willen ons geld terug
- Dank voor de snelle hulp!
=geen =sorry | weight=0.801, noneg
=verontschuldiging | weight=0.619
=niemand =heeft | weight=0.461, noneg
=excuus | weight=0.457
=excuses | weight=0.455
=een =excuus | weight=0.434
=spijt | weight=0.411
=geen =excuses | weight=0.399, noneg
=sorry | weight=0.391
=verontschuldigd | weight=0.312
=geen =excuus | weight=0.310, noneg
=verwacht | weight=0.306
=aanbiedt | weight=0.270
=minst | weight=0.263
=ik =verwacht | weight=0.255
=excuses =niks | weight=0.242, noneg
=geen =woord | weight=0.221, noneg
=dat =had | weight=0.217
=had =niet | weight=0.205, noneg
=zich | weight=0.203
=sorry =zeggen | weight=0.202
=de =directie | weight=0.200
=niemand =die | weight=0.192, noneg
=gepast | weight=0.192
=excuses =aanbiedt | weight=0.184
=simpele =sorry | weight=0.183
=en =geen | weight=0.181, noneg
=geen =compensatie | weight=0.181, noneg
=medewerker =alleen | weight=0.179
=een =verontschuldiging | weight=0.178
=excuusbrief | weight=0.174
=wachten =nog | weight=0.173
=niet =mogen | weight=0.173, noneg
=op =zijn | weight=0.171
=excuses =hebben | weight=0.163
=een =sorry | weight=0.163
=moeilijk | weight=0.162
=directie | weight=0.158
=een =schriftelijk | weight=0.151
=als =de | weight=0.150
=ze =gaven | weight=0.150
=wil =dat | weight=0.148
=gemiste =afspraak | weight=0.147
=verontschuldigd =voor | weight=0.147
=er =toch | weight=0.145
=gaven | weight=0.143
=zijn =na | weight=0.143
=alleen =maar | weight=0.143
=helemaal =niet | weight=0.142, noneg
=nooit =een | weight=0.142, noneg
=toch =wel | weight=0.141
=zijn =plaats | weight=0.139
=mijn =dochter | weight=0.139
=zoals | weight=0.139
=een =simpele | weight=0.138
=alsof =het | weight=0.136
=sorry =geen | weight=0.134, noneg
=normaal =is | weight=0.134
=geen | weight=0.134, noneg
=blijkbaar =te | weight=0.133
=te =moeilijk | weight=0.133
=schriftelijk | weight=0.133
=excuses =van | weight=0.130
=het =hun | weight=0.129
=we =willen | weight=0.128
=verontschuldigt | weight=0.126
=zich =verontschuldigt | weight=0.126
=laat =staan | weight=0.125
=een =formulier | weight=0.125
=gemiste | weight=0.124
=dochter | weight=0.124
=door =de | weight=0.122
=was =wel | weight=0.121
=niet =toe | weight=0.120, noneg
=altijd =op | weight=0.120
=steeds =geen | weight=0.117, noneg
=een =excuusbrief | weight=0.116
=erkenning | weight=0.116
=de =gemiste | weight=0.115
=vinden =dat | weight=0.114
=verzuimd | weight=0.114
=excuus =van | weight=0.114
=verontschuldiging =voor | weight=0.114
=nog =geen | weight=0.114, noneg
=verwacht =dat | weight=0.113
=de =fout | weight=0.113
=helemaal | weight=0.113
=een =officiele | weight=0.113
=officiele | weight=0.113
=officiele =verontschuldiging | weight=0.113
=het =minst | weight=0.112
=had =al | weight=0.111
=hebben =we | weight=0.111
=ben =pas | weight=0.110
=hem =spijt | weight=0.110
=tevreden =als | weight=0.110
=september | weight=0.109
=zijn =minst | weight=0.109
=willen | weight=0.108
=verwacht =excuses | weight=0.108
=sorry =van | weight=0.108
=geweest | weight=0.108
=directie =na | weight=0.107
=pas =tevreden | weight=0.107
=in =september | weight=0.107
=pas =in | weight=0.107
=het =hem | weight=0.105
=bieden | weight=0.102
=te =bieden | weight=0.102
=is =nooit | weight=0.101, noneg
=kan =er | weight=0.101
=niemand | weight=0.100, noneg
=manier | weight=0.100
=bedrijf =zich | weight=0.098
=excuus =voor | weight=0.098
=dan =ook | weight=0.098
=en =een | weight=0.097
=minst =een | weight=0.096
=verlang | weight=0.096
=in =juni | weight=0.096
=sorry =zegt | weight=0.093
=voor =die | weight=0.093
=gewoon =niks | weight=0.093, noneg
=niet =gecorrigeerd | weight=0.092, noneg
=pakket =drie | weight=0.092
=horen =dat | weight=0.092
=juni | weight=0.091
=betuigen | weight=0.091
=gelegen | weight=0.091
=gelegen =om | weight=0.091
=had =op | weight=0.091
=om =spijt | weight=0.091
=spijt =te | weight=0.091
=te =betuigen | weight=0.091
=maar =het | weight=0.091
=laat =komt | weight=0.090
=het =had | weight=0.088
=ons =was | weight=0.088
=en =pas | weight=0.087
=vanaf | weight=0.086
=het =normaal | weight=0.085
=ik =kon | weight=0.085
=ik =wil | weight=0.085
=minstens | weight=0.085
=geen =uitleg | weight=0.083, noneg
=uitleg =niks | weight=0.083, noneg
=ben =slechthorend | weight=0.083
=ik =vinden | weight=0.083
=keer =sorry | weight=0.082
=sorry =gezegd | weight=0.082
=wel =het | weight=0.081
=misschien | weight=0.081
=is =behandeld | weight=0.081
=excuus =was | weight=0.081
=wel =op | weight=0.079
=mijn =afspraak | weight=0.078
=energierekening | weight=0.078
=verwacht =een | weight=0.078
=slechthorend | weight=0.078
=slechthorend =en | weight=0.078
=blijkbaar | weight=0.077
=was =blijkbaar | weight=0.076
=minstens =excuses | weight=0.076
=schriftelijk =verontschuldiging | weight=0.076
=verontschuldiging =van | weight=0.075
=had =gewoon | weight=0.075
=werd =in | weight=0.075
=iemand =daar | weight=0.075
=al =veel | weight=0.074
=heeft =mijn | weight=0.074
=gewacht =aan | weight=0.074
=jullie =klachtenafdeling | weight=0.073
=hing =de | weight=0.073
=medewerker =gewoon | weight=0.073
=was =genoeg | weight=0.073
=dochter =waar | weight=0.073
=genoeg =geweest | weight=0.073
=je =excuses | weight=0.073
=sorry =was | weight=0.072
=ik =wachten | weight=0.072
=andere =leverancier | weight=0.071
=ooit =verontschuldigd | weight=0.071
=zich =ooit | weight=0.071
=zoon =van | weight=0.071
=klachtenafdeling | weight=0.071
=verontschuldiging =verschuldigd | weight=0.071
=verschuldigd | weight=0.071
=gewoon =te | weight=0.069
=tevreden | weight=0.069
=kwartier =gewacht | weight=0.069
=jullie =kunnen | weight=0.068
=te =vullen | weight=0.066
=vullen | weight=0.066
=de =manager | weight=0.066
=beschuldigde | weight=0.064
=doen =alsof | weight=0.064
=niks | weight=0.064, noneg
=vinden | weight=0.064
=waardoor =ik | weight=0.064
=verontschuldiging =aanbiedt | weight=0.063
=zijn =verontschuldiging | weight=0.063
=al =genoeg | weight=0.063
=klant =wil | weight=0.062
=de =wachtkamer | weight=0.062
=wachtkamer | weight=0.062
=te =dom | weight=0.062
=een =muntje | weight=0.062
=muntje | weight=0.062
=ze =doen | weight=0.062
=alleen =zijn | weight=0.062
=en =werd | weight=0.062
=kamer | weight=0.062
=veel | weight=0.061
=gescheeld | weight=0.061
=telefoon =had | weight=0.061
=verwacht =op | weight=0.061
=zou =hebben | weight=0.061
=raar | weight=0.061
=diefstal | weight=0.061
=van =diefstal | weight=0.061
=plaats =zijn | weight=0.060
=kwam =er | weight=0.060
=op =heden | weight=0.060
=tot =op | weight=0.060
=zelf =geen | weight=0.060, noneg
=minst =wat | weight=0.060
=te =verontschuldiging | weight=0.060
=maar =zelf | weight=0.060
=aan =te | weight=0.059
=klant =is | weight=0.059
=de =foutieve | weight=0.059
=ze =gewoon | weight=0.058
=op =uw | weight=0.058
=de =manier | weight=0.058
=manier =waarop | weight=0.058
=waarop | weight=0.058
=het =haar | weight=0.058
=bedrijfsleider =alleen | weight=0.058
=ik =verteld | weight=0.058
=klaagde | weight=0.057
=klaagde =over | weight=0.057
=zou =wel | weight=0.057
=bedrijfsleider | weight=0.057
=de =bedrijfsleider | weight=0.057
=alsof | weight=0.057
=formeel | weight=0.057
=zelf =dat | weight=0.057
=waardoor | weight=0.057
=boeking | weight=0.057
=heden | weight=0.057
=u =om | weight=0.057
=doen =is | weight=0.056
=niet =af | weight=0.056, noneg
=wil =een | weight=0.056
=fatsoenlijk | weight=0.056
=iemand =sorry | weight=0.056
=kon =er | weight=0.055
=een =vergoeding | weight=0.055
=fout =en | weight=0.055
=tegel | weight=0.054
=de =chef | weight=0.054
=een =regelen | weight=0.054
=wilde =niet | weight=0.054, noneg
=voordat =ze | weight=0.054
=mag =ik | weight=0.054
=is =blijkbaar | weight=0.053
=in =ons | weight=0.053
=verpest | weight=0.053
=zijn =schouders | weight=0.053
=wil =beide | weight=0.052
=aanbieden =aan | weight=0.052
=foutieve =incasso | weight=0.052
=praten =over | weight=0.052
=was =al | weight=0.052
=mij =voor | weight=0.052
=voor =hele | weight=0.051
=haalde =de | weight=0.051
=normaal | weight=0.051
=vraag =u | weight=0.051
=de =groep | weight=0.051
=ons =gewoon | weight=0.051
=er =is | weight=0.050
=afspraak | weight=0.050
=geen =enkele | weight=0.050, noneg
=beide =bedrag | weight=0.049
=koffer =was | weight=0.049
=groep | weight=0.049
=geschreven | weight=0.049
=we | weight=0.048
=schandalig | weight=0.048
=het =bedrijf | weight=0.048
=ik =daarvoor | weight=0.048
=ooit | weight=0.048
=eigenlijk =ook | weight=0.048
=en =eigenlijk | weight=0.048
=vlieg | weight=0.047
=dom | weight=0.047
=onterecht | weight=0.047
=hun | weight=0.046
=is =dat | weight=0.046
=weken =te | weight=0.046
=de =gemeente | weight=0.046
=gemeente | weight=0.046
=uitgelachen | weight=0.046
=bewaker | weight=0.046
=weg | weight=0.046
=gewoon =betaald | weight=0.046
=chef | weight=0.046
=arrogant =deed | weight=0.045
=minst =geweest | weight=0.045
=dat =kwam | weight=0.045
=zou =op | weight=0.045
=bezorger | weight=0.044
=excuus =zou | weight=0.044
=zo'n | weight=0.044
=los | weight=0.044
=dat =kon | weight=0.044
=fout =is | weight=0.044
=liet =vallen | weight=0.044
=pizza | weight=0.044
=wil =niet | weight=0.044, noneg
=een =het | weight=0.043
=gedoe =met | weight=0.043
=restaurant | weight=0.043
=beide | weight=0.043
=juli | weight=0.043
=haalde | weight=0.043
=schouders | weight=0.043
=schouders =op | weight=0.043
=gedaan =maar | weight=0.042
=zouden | weight=0.042
=die =vertraging | weight=0.042
=z'n =minst | weight=0.042
=het =restaurant | weight=0.042
=chauffeur =van | weight=0.041
=uitlachte | weight=0.041
=jullie =zijn | weight=0.041
=de =filiaalmanager | weight=0.041
=filiaalmanager | weight=0.041
=gevallen | weight=0.040
=kunnen =doen | weight=0.040
=voor =het | weight=0.040
=op =z'n | weight=0.039
=alsof =er | weight=0.039
=leverancier | weight=0.039
=mijn =eerst | weight=0.039
=gedoe | weight=0.039
=een =keer | weight=0.039
=medewerker =aan | weight=0.039
=excuses =aanbieden | weight=0.039
=spreken =gekregen | weight=0.038
=waarop =mijn | weight=0.038
=mijn =koffer | weight=0.038
=mijn =moeder | weight=0.038
=eis =een | weight=0.038
=gewoon =op | weight=0.037
=eis | weight=0.037
=iedereen =bij | weight=0.037
=waar =iedereen | weight=0.037
=mag | weight=0.037
=aanbieden | weight=0.037
=caissiere | weight=0.037
=koffer | weight=0.037
=al =zoveel | weight=0.036
=zoveel | weight=0.036
=zoveel =gescheeld | weight=0.036
=beschuldigde =mijn | weight=0.036
=stond =van | weight=0.036
=van =winkeldiefstal | weight=0.036
=we =wachten | weight=0.036
=winkeldiefstal | weight=0.036
=met =m'n | weight=0.036
=verwacht =minstens | weight=0.036
=nooit =de | weight=0.035, noneg
=hij =een | weight=0.035
=moeder | weight=0.035
=bij =was | weight=0.035
=vervolgens | weight=0.035
=uit =omdat | weight=0.035
=incasso | weight=0.034
=hoef =ik | weight=0.034
=terug =en | weight=0.034
=heeft =jullie | weight=0.034
=staan | weight=0.034
=lastig | weight=0.034
=jullie =haar | weight=0.034
=arrogant | weight=0.033
=was =zo | weight=0.033
=sorry =had | weight=0.033
=simpele | weight=0.033
=voor =dat | weight=0.033
=had =staan | weight=0.033
=kunnen =zeggen | weight=0.033
=minst =sorry | weight=0.033
=nadat =ze | weight=0.033
=sorry =kunnen | weight=0.033
=ze =tegen | weight=0.033
=kafferen | weight=0.033
=te =kafferen | weight=0.033
=uw =dienst | weight=0.033
