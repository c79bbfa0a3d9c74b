# wants_apology, nl: learned by scripts/learn.py from 3684 tuning texts (125 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Geen sorry, geen uitleg, niks.
+ Er is nooit een excuus aangeboden.
+ We willen horen dat het hun spijt.
- we willen ons geld terug
- Geen minuut gewacht, top!
=geen =sorry | weight=0.798, noneg
=verontschuldiging | weight=0.627
=niemand =heeft | weight=0.468, noneg
=excuus | weight=0.460
=excuses | weight=0.452
=een =excuus | weight=0.437
=spijt | weight=0.424
=geen =excuses | weight=0.400, noneg
=sorry | weight=0.394
=geen =excuus | weight=0.320, noneg
=verwacht | weight=0.313
=verontschuldigd | weight=0.307
=aanbiedt | weight=0.281
=minst | weight=0.267
=ik =verwacht | weight=0.249
=excuses =niks | weight=0.246, noneg
=geen =woord | weight=0.222, noneg
=dat =had | weight=0.218
=de =directie | weight=0.208
=zich | weight=0.205
=had =niet | weight=0.204, noneg
=sorry =zeggen | weight=0.203
=gepast | weight=0.196
=niemand =die | weight=0.190, noneg
=geen =compensatie | weight=0.189, noneg
=een =verontschuldiging | weight=0.186
=excuses =aanbiedt | weight=0.184
=medewerker =alleen | weight=0.183
=excuusbrief | weight=0.181
=wachten =nog | weight=0.179
=simpel =sorry | weight=0.176
=op =zijn | weight=0.175
=en =geen | weight=0.170, noneg
=excuses =hebben | weight=0.169
=niet =mogen | weight=0.168, noneg
=een =sorry | weight=0.167
=moeilijk | weight=0.159
=directie | weight=0.158
=een =schriftelijk | weight=0.154
=een =simpel | weight=0.154
=alleen =maar | weight=0.153
=excuses =van | weight=0.151
=als =de | weight=0.151
=ze =gaven | weight=0.151
=wil =dat | weight=0.150
=zoals | weight=0.150
=gemiste =afspraak | weight=0.149
=verontschuldigd =voor | weight=0.149
=er =toch | weight=0.146
=gaven | weight=0.145
=toch =wel | weight=0.143
=nooit =een | weight=0.143, noneg
=blijkbaar =te | weight=0.142
=te =moeilijk | weight=0.142
=schriftelijk | weight=0.141
=zijn =na | weight=0.139
=zijn =plaats | weight=0.138
=mijn =dochter | weight=0.137
=alsof =het | weight=0.134
=normaal =is | weight=0.131
=helemaal =niet | weight=0.129, noneg
=we =willen | weight=0.128
=sorry =geen | weight=0.126, noneg
=verontschuldigt | weight=0.126
=zich =verontschuldigt | weight=0.126
=geen | weight=0.126, noneg
=een =formulier | weight=0.126
=het =hun | weight=0.125
=een =excuusbrief | weight=0.125
=erkenning | weight=0.125
=dochter | weight=0.124
=steeds =geen | weight=0.124, noneg
=had =al | weight=0.124
=gemiste | weight=0.122
=helemaal | weight=0.121
=was =wel | weight=0.120
=door =de | weight=0.120
=altijd =op | weight=0.119
=hebben =we | weight=0.119
=laat =staan | weight=0.117
=bieden | weight=0.117
=te =bieden | weight=0.117
=een =officiele | weight=0.116
=officiele | weight=0.116
=officiele =verontschuldiging | weight=0.116
=verwacht =dat | weight=0.116
=vinden =dat | weight=0.116
=de =gemiste | weight=0.115
=niet =toe | weight=0.114, noneg
=verontschuldiging =voor | weight=0.114
=de =fout | weight=0.113
=nog =geen | weight=0.113, noneg
=september | weight=0.113
=sorry =van | weight=0.112
=ben =pas | weight=0.112
=hem =spijt | weight=0.112
=tevreden =als | weight=0.112
=het =minst | weight=0.111
=geweest | weight=0.109
=in =september | weight=0.109
=pas =in | weight=0.109
=pas =tevreden | weight=0.108
=horen =dat | weight=0.107
=juni | weight=0.107
=verzuimd | weight=0.107
=zijn =minst | weight=0.106
=het =hem | weight=0.106
=willen | weight=0.106
=maar =het | weight=0.103
=directie =na | weight=0.102
=is =nooit | weight=0.101, noneg
=verlang | weight=0.101
=sorry =zegt | weight=0.101
=kan =er | weight=0.100
=minst =een | weight=0.100
=in =juni | weight=0.100
=niemand | weight=0.098, noneg
=manier | weight=0.098
=voor =die | weight=0.097
=minstens | weight=0.097
=niet =gecorrigeerd | weight=0.097, noneg
=gewoon =niks | weight=0.096, noneg
=minstens =excuses | weight=0.096
=bedrijf =zich | weight=0.096
=excuus =van | weight=0.094
=dan =ook | weight=0.094
=pakket =drie | weight=0.091
=verwacht =excuses | weight=0.091
=laat =komt | weight=0.090
=betuigen | weight=0.090
=gelegen | weight=0.090
=gelegen =om | weight=0.090
=had =op | weight=0.090
=om =spijt | weight=0.090
=spijt =te | weight=0.090
=te =betuigen | weight=0.090
=geen =uitleg | weight=0.090, noneg
=uitleg =niks | weight=0.090, noneg
=en =pas | weight=0.089
=keer =sorry | weight=0.088
=sorry =gezegd | weight=0.088
=iemand =daar | weight=0.087
=het =had | weight=0.087
=ik =vinden | weight=0.086
=vanaf | weight=0.086
=energierekening | weight=0.086
=het =normaal | weight=0.085
=misschien | weight=0.084
=ben =slechthorend | weight=0.084
=andere =leverancier | weight=0.084
=ik =wachten | weight=0.083
=verontschuldiging =verschuldigd | weight=0.083
=verschuldigd | weight=0.083
=schriftelijk =verontschuldiging | weight=0.083
=ons =was | weight=0.083
=al =veel | weight=0.082
=ik =wil | weight=0.082
=excuus =was | weight=0.081
=is =behandeld | weight=0.081
=slechthorend | weight=0.080
=slechthorend =en | weight=0.080
=mijn =afspraak | weight=0.079
=je =excuses | weight=0.079
=werd =in | weight=0.078
=excuus =voor | weight=0.078
=was =blijkbaar | weight=0.077
=ik =kon | weight=0.076
=wel =op | weight=0.075
=blijkbaar | weight=0.074
=heeft =mijn | weight=0.073
=een =muntje | weight=0.073
=muntje | weight=0.073
=jullie =klachtenafdeling | weight=0.073
=genoeg =geweest | weight=0.072
=wel =het | weight=0.071
=wil =een | weight=0.071
=jullie =kunnen | weight=0.071
=zou =wel | weight=0.071
=had =gewoon | weight=0.071
=verontschuldiging =van | weight=0.071
=zoon =van | weight=0.071
=tevreden | weight=0.071
=dochter =waar | weight=0.070
=klachtenafdeling | weight=0.070
=ooit =verontschuldigd | weight=0.070
=zich =ooit | weight=0.070
=alleen =zijn | weight=0.070
=beschuldigde | weight=0.069
=gewoon =te | weight=0.068
=en =werd | weight=0.068
=diefstal | weight=0.067
=van =diefstal | weight=0.067
=al =genoeg | weight=0.067
=en =een | weight=0.067
=de =manager | weight=0.066
=zelf =geen | weight=0.065, noneg
=klant =wil | weight=0.065
=bedrijfsleider | weight=0.065
=de =bedrijfsleider | weight=0.065
=waardoor =ik | weight=0.065
=te =dom | weight=0.063
=verontschuldiging =aanbiedt | weight=0.063
=zijn =verontschuldiging | weight=0.063
=te =vullen | weight=0.063
=vullen | weight=0.063
=de =foutieve | weight=0.062
=alsof | weight=0.062
=bezorger | weight=0.062
=plaats =zijn | weight=0.062
=vinden | weight=0.061
=minst =wat | weight=0.061
=doen =alsof | weight=0.061
=veel | weight=0.061
=verwacht =een | weight=0.060
=kwam =er | weight=0.060
=formeel | weight=0.060
=de =wachtkamer | weight=0.060
=wachtkamer | weight=0.060
=bedrijfsleider =alleen | weight=0.060
=ik =verteld | weight=0.060
=was =genoeg | weight=0.060
=fout =en | weight=0.059
=kamer | weight=0.059
=is =blijkbaar | weight=0.059
=verwacht =op | weight=0.058
=waardoor | weight=0.058
=raar | weight=0.058
=zou =hebben | weight=0.058
=doen =is | weight=0.058
=gescheeld | weight=0.058
=telefoon =had | weight=0.058
=aanbieden =aan | weight=0.057
=ze =doen | weight=0.057
=zijn =schouders | weight=0.057
=op =heden | weight=0.057
=tot =op | weight=0.057
=het =haar | weight=0.057
=iemand =sorry | weight=0.057
=ze =gewoon | weight=0.057
=weken =te | weight=0.057
=mag =ik | weight=0.057
=sorry =was | weight=0.057
=klaagde | weight=0.057
=klaagde =over | weight=0.057
=de =manier | weight=0.056
=manier =waarop | weight=0.056
=waarop | weight=0.056
=er =is | weight=0.056
=klant =is | weight=0.056
=niks | weight=0.056, noneg
=normaal | weight=0.056
=simpel | weight=0.055
=tegel | weight=0.055
=heden | weight=0.055
=verwacht =minstens | weight=0.055
=u =om | weight=0.054
=wilde =niet | weight=0.054, noneg
=was =al | weight=0.053
=maar =zelf | weight=0.053
=een =regelen | weight=0.053
=boeking | weight=0.053
=wil =beide | weight=0.053
=de =chef | weight=0.053
=arrogant =deed | weight=0.053
=voordat =ze | weight=0.053
=ons =gewoon | weight=0.052
=praten =over | weight=0.052
=foutieve =incasso | weight=0.052
=in =ons | weight=0.052
=mij =voor | weight=0.052
=de =gemeente | weight=0.052
=gemeente | weight=0.052
=koffer =was | weight=0.052
=niet =af | weight=0.051, noneg
=dat =iemand | weight=0.051
=uitgelachen | weight=0.051
=eigenlijk =ook | weight=0.051
=en =eigenlijk | weight=0.051
=voor =het | weight=0.051
=fatsoenlijk | weight=0.050
=excuses =aanbieden | weight=0.050
=weg | weight=0.050
=vlieg | weight=0.050
=wil =niet | weight=0.050, noneg
=dom | weight=0.050
=vraag =u | weight=0.050
=z'n =minst | weight=0.050
=afspraak | weight=0.050
=ooit | weight=0.050
=beide =bedrag | weight=0.050
=het =bedrijf | weight=0.050
=leverancier | weight=0.049
=de =groep | weight=0.049
=zelf =dat | weight=0.049
=geen =enkele | weight=0.049, noneg
=gedoe =met | weight=0.049
=voor =hele | weight=0.049
=aan =te | weight=0.049
=een =vergoeding | weight=0.049
=mag | weight=0.048
=chef | weight=0.048
=op =uw | weight=0.048
=gezegd | weight=0.048
=kon =er | weight=0.048
=jullie =zijn | weight=0.047
=haalde =de | weight=0.047
=hun | weight=0.047
=groep | weight=0.047
=uitlachte | weight=0.047
=ik =daarvoor | weight=0.047
=op =z'n | weight=0.047
=eis =een | weight=0.046
=chauffeur =van | weight=0.046
=pizza | weight=0.046
=los | weight=0.045
=bewaker | weight=0.045
=nooit | weight=0.045, noneg
=gewoon =betaald | weight=0.045
=die =vertraging | weight=0.044
=haalde | weight=0.044
=schouders | weight=0.044
=schouders =op | weight=0.044
=is =dat | weight=0.044
=caissiere | weight=0.044
=ongelooflijk | weight=0.043
=te =verontschuldiging | weight=0.043
=beide | weight=0.043
=de =filiaalmanager | weight=0.043
=filiaalmanager | weight=0.043
=genoeg | weight=0.043
=dat =kwam | weight=0.043
=spreken =gekregen | weight=0.043
=gevallen | weight=0.042
=zouden | weight=0.042
=van =de | weight=0.042
=dat =kon | weight=0.042
=waarop =mijn | weight=0.042
=zou =op | weight=0.042
=we | weight=0.042
=restaurant | weight=0.041
=schandalig | weight=0.041
=arrogant | weight=0.041
=sorry =had | weight=0.041
=mijn =eerst | weight=0.041
=gedaan =maar | weight=0.040
=geschreven | weight=0.040
=excuus =zou | weight=0.040
=juli | weight=0.040
=gezegd =dat | weight=0.040
=fout =is | weight=0.040
=minst =geweest | weight=0.039
=hoef =ik | weight=0.039
=zo'n | weight=0.039
=met =m'n | weight=0.039
=onterecht | weight=0.039
=uitgescholden | weight=0.039
=plaats | weight=0.039
=jullie =haar | weight=0.038
=een =het | weight=0.038
=alsof =er | weight=0.038
=al =zoveel | weight=0.038
=zoveel | weight=0.038
=zoveel =gescheeld | weight=0.038
=uit =omdat | weight=0.038
=was =zo | weight=0.038
=had =staan | weight=0.038
=kunnen =zeggen | weight=0.038
=minst =sorry | weight=0.038
=nadat =ze | weight=0.038
=sorry =kunnen | weight=0.038
=ze =tegen | weight=0.038
=heeft =jullie | weight=0.037
=het =restaurant | weight=0.037
=mijn =koffer | weight=0.037
=liet =vallen | weight=0.037
=kafferen | weight=0.037
=te =kafferen | weight=0.037
=bij =was | weight=0.037
=voor =hoe | weight=0.037
=later =niet | weight=0.036, noneg
=ook =later | weight=0.036
=koffer | weight=0.036
=een =keer | weight=0.036
=kunnen =doen | weight=0.036
=lastig | weight=0.036
=nooit =de | weight=0.036, noneg
=voor =dat | weight=0.035
=klacht =per | weight=0.035
=winkel =haar | weight=0.035
=had =ze | weight=0.035
=iedereen =bij | weight=0.034
=waar =iedereen | weight=0.034
=dat =je | weight=0.034
=eis | weight=0.034
=niet =horen | weight=0.034, noneg
=zeiden | weight=0.034
=aanbieden | weight=0.033
=me =had | weight=0.033
=incasso | weight=0.033
=mij =hier | weight=0.033
