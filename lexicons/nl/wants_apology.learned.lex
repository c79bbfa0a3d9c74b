# wants_apology, nl: learned by scripts/learn.py from 3262 tuning texts (116 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Geen sorry, geen uitleg, niks.
+ Er is nooit een excuus aangeboden.
+ We willen horen dat het hun spijt.
- we willen ons geld terug
- Geen minuut gewacht, top!
=geen =sorry | weight=0.800, noneg
=verontschuldiging | weight=0.636
=niemand =heeft | weight=0.482, noneg
=excuses | weight=0.458
=excuus | weight=0.429
=sorry | weight=0.414
=spijt | weight=0.414
=een =excuus | weight=0.409
=geen =excuses | weight=0.406, noneg
=geen =excuus | weight=0.332, noneg
=verwacht | weight=0.319
=verontschuldigd | weight=0.309
=ik =verwacht | weight=0.268
=aanbiedt | weight=0.262
=minst | weight=0.256
=excuses =niks | weight=0.252, noneg
=geen =woord | weight=0.226, noneg
=sorry =zeggen | weight=0.216
=had =niet | weight=0.214, noneg
=dat =had | weight=0.206
=niemand =die | weight=0.206, noneg
=de =directie | weight=0.203
=een =verontschuldiging | weight=0.199
=wachten =nog | weight=0.198
=zich | weight=0.197
=gepast | weight=0.197
=excuses =aanbiedt | weight=0.190
=medewerker =alleen | weight=0.185
=excuusbrief | weight=0.185
=simpel =sorry | weight=0.182
=geen =compensatie | weight=0.182, noneg
=en =geen | weight=0.179, noneg
=niet =mogen | weight=0.178, noneg
=excuses =hebben | weight=0.173
=op =zijn | weight=0.172
=ze =gaven | weight=0.161
=een =simpel | weight=0.158
=een =sorry | weight=0.157
=als =de | weight=0.157
=zoals | weight=0.152
=gaven | weight=0.152
=moeilijk | weight=0.151
=directie | weight=0.151
=alleen =maar | weight=0.149
=zijn =plaats | weight=0.149
=wil =dat | weight=0.149
=gemiste =afspraak | weight=0.146
=verontschuldigd =voor | weight=0.146
=was =wel | weight=0.144
=nooit =een | weight=0.144, noneg
=er =toch | weight=0.143
=toch =wel | weight=0.143
=een =schriftelijk | weight=0.141
=blijkbaar =te | weight=0.139
=te =moeilijk | weight=0.139
=mijn =dochter | weight=0.139
=normaal =is | weight=0.135
=schriftelijk | weight=0.133
=alsof =het | weight=0.133
=we =willen | weight=0.130
=gemiste | weight=0.128
=vinden =dat | weight=0.128
=verontschuldigt | weight=0.127
=zich =verontschuldigt | weight=0.127
=steeds =geen | weight=0.126, noneg
=sorry =geen | weight=0.126, noneg
=de =fout | weight=0.125
=excuses =van | weight=0.125
=helemaal =niet | weight=0.125, noneg
=dochter | weight=0.124
=een =excuusbrief | weight=0.123
=erkenning | weight=0.123
=het =hun | weight=0.122
=laat =staan | weight=0.120
=door =de | weight=0.119
=excuus =van | weight=0.119
=altijd =op | weight=0.118
=een =officiele | weight=0.116
=officiele | weight=0.116
=officiele =verontschuldiging | weight=0.116
=nog =geen | weight=0.115, noneg
=niemand | weight=0.115, noneg
=het =minst | weight=0.114
=verzuimd | weight=0.114
=geweest | weight=0.114
=bieden | weight=0.114
=te =bieden | weight=0.114
=hebben =we | weight=0.113
=verwacht =dat | weight=0.112
=horen =dat | weight=0.111
=zijn =na | weight=0.111
=willen | weight=0.110
=maar =het | weight=0.110
=sorry =van | weight=0.109
=ben =pas | weight=0.109
=hem =spijt | weight=0.109
=tevreden =als | weight=0.109
=verontschuldiging =voor | weight=0.109
=helemaal | weight=0.109
=niet =toe | weight=0.108, noneg
=in =september | weight=0.107
=pas =in | weight=0.107
=september | weight=0.106
=pas =tevreden | weight=0.105
=verlang | weight=0.105
=dan =ook | weight=0.104
=ik =vinden | weight=0.104
=de =gemiste | weight=0.103
=heeft =mijn | weight=0.103
=voor =die | weight=0.102
=het =hem | weight=0.102
=manier | weight=0.101
=geen | weight=0.101, noneg
=bedrijf =zich | weight=0.101
=juni | weight=0.100
=had =al | weight=0.100
=gewoon =niks | weight=0.099, noneg
=zijn =minst | weight=0.097
=is =nooit | weight=0.097, noneg
=sorry =zegt | weight=0.096
=excuus =was | weight=0.095
=misschien | weight=0.095
=in =juni | weight=0.094
=niet =gecorrigeerd | weight=0.094, noneg
=betuigen | weight=0.092
=gelegen | weight=0.092
=gelegen =om | weight=0.092
=had =op | weight=0.092
=om =spijt | weight=0.092
=spijt =te | weight=0.092
=te =betuigen | weight=0.092
=directie =na | weight=0.092
=pakket =drie | weight=0.090
=excuus =voor | weight=0.089
=je =excuses | weight=0.089
=het =had | weight=0.089
=verwacht =een | weight=0.088
=geen =uitleg | weight=0.088, noneg
=uitleg =niks | weight=0.088, noneg
=kan =er | weight=0.088
=ons =was | weight=0.088
=laat =komt | weight=0.088
=minst =een | weight=0.087
=minstens | weight=0.086
=ik =wachten | weight=0.085
=energierekening | weight=0.085
=ben =slechthorend | weight=0.084
=en =pas | weight=0.083
=jullie =kunnen | weight=0.083
=ik =kon | weight=0.082
=kamer | weight=0.082
=is =behandeld | weight=0.081
=andere =leverancier | weight=0.081
=iemand =daar | weight=0.081
=ik =wil | weight=0.080
=uitgescholden | weight=0.080
=minstens =excuses | weight=0.079
=mijn =afspraak | weight=0.079
=het =normaal | weight=0.079
=slechthorend | weight=0.079
=slechthorend =en | weight=0.079
=was =blijkbaar | weight=0.079
=wel =op | weight=0.078
=werd =in | weight=0.078
=alleen =zijn | weight=0.078
=er =is | weight=0.076
=de =manager | weight=0.076
=vanaf | weight=0.075
=had =gewoon | weight=0.075
=afspraak | weight=0.074
=alsof | weight=0.073
=verontschuldiging =aanbiedt | weight=0.072
=zijn =verontschuldiging | weight=0.072
=verontschuldiging =verschuldigd | weight=0.072
=verschuldigd | weight=0.072
=een =formulier | weight=0.071
=bedrijfsleider =alleen | weight=0.071
=wel =het | weight=0.071
=jullie =klachtenafdeling | weight=0.070
=zoon =van | weight=0.070
=aan =te | weight=0.070
=de =foutieve | weight=0.070
=koffer =was | weight=0.069
=niks | weight=0.069, noneg
=diefstal | weight=0.069
=van =diefstal | weight=0.069
=al =genoeg | weight=0.069
=plaats =zijn | weight=0.069
=bezorger | weight=0.068
=dochter =waar | weight=0.068
=klachtenafdeling | weight=0.068
=dat =kwam | weight=0.068
=schriftelijk =verontschuldiging | weight=0.068
=en =werd | weight=0.067
=voordat =ze | weight=0.067
=op =heden | weight=0.067
=tot =op | weight=0.067
=wil =een | weight=0.066
=een =vergoeding | weight=0.066
=bedrijfsleider | weight=0.066
=de =bedrijfsleider | weight=0.066
=ooit =verontschuldigd | weight=0.065
=zich =ooit | weight=0.065
=een =regelen | weight=0.065
=vinden | weight=0.065
=het =haar | weight=0.065
=koffer | weight=0.064
=praten =over | weight=0.064
=tegel | weight=0.064
=heden | weight=0.064
=de =manier | weight=0.063
=manier =waarop | weight=0.063
=waarop | weight=0.063
=een =muntje | weight=0.063
=muntje | weight=0.063
=beschuldigde | weight=0.063
=sorry =was | weight=0.063
=verwacht =excuses | weight=0.062
=wil =beide | weight=0.062
=minst =wat | weight=0.062
=de =wachtkamer | weight=0.062
=wachtkamer | weight=0.062
=gescheeld | weight=0.061
=telefoon =had | weight=0.061
=verwacht =op | weight=0.061
=blijkbaar | weight=0.061
=zelf =geen | weight=0.061, noneg
=en =een | weight=0.061
=tevreden | weight=0.061
=wilde =niet | weight=0.061, noneg
=u =om | weight=0.060
=kwam =er | weight=0.060
=een =keer | weight=0.059
=waardoor =ik | weight=0.059
=formeel | weight=0.059
=kon =er | weight=0.058
=fout =en | weight=0.058
=in =ons | weight=0.058
=los | weight=0.058
=vraag =u | weight=0.058
=al =veel | weight=0.057
=iemand =sorry | weight=0.057
=doen =is | weight=0.057
=beide =bedrag | weight=0.057
=mag =ik | weight=0.057
=weken =te | weight=0.057
=was =genoeg | weight=0.057
=simpel | weight=0.056
=het =bedrijf | weight=0.056
=veel | weight=0.056
=doen =alsof | weight=0.056
=eis =een | weight=0.055
=waardoor | weight=0.055
=zijn =schouders | weight=0.055
=verontschuldiging =van | weight=0.055
=zo'n | weight=0.055
=fatsoenlijk | weight=0.055
=is =blijkbaar | weight=0.055
=zou =wel | weight=0.055
=genoeg =geweest | weight=0.054
=aanbieden =aan | weight=0.054
=de =chef | weight=0.054
=maar =zelf | weight=0.054
=juli | weight=0.053
=de =gemeente | weight=0.053
=gemeente | weight=0.053
=mijn =eerst | weight=0.053
=zelf =dat | weight=0.053
=ze =doen | weight=0.053
=gevallen | weight=0.053
=gezegd | weight=0.052
=niet =af | weight=0.052, noneg
=de =filiaalmanager | weight=0.051
=filiaalmanager | weight=0.051
=beide | weight=0.051
=eigenlijk =ook | weight=0.051
=en =eigenlijk | weight=0.051
=te =verontschuldiging | weight=0.051
=in =uw | weight=0.051
=incasso | weight=0.051
=was =al | weight=0.050
=weg | weight=0.049
=chef | weight=0.049
=mij =voor | weight=0.049
=minst =geweest | weight=0.049
=haalde =de | weight=0.049
=ooit | weight=0.048
=boeking | weight=0.048
=wil | weight=0.048
=zouden | weight=0.048
=een =het | weight=0.048
=voor =hele | weight=0.047
=haar =bellen | weight=0.047
=toch =blijven | weight=0.047
=uitleggen =zei | weight=0.047
=dat =het | weight=0.047
=die =vertraging | weight=0.047
=van =de | weight=0.047
=is =dat | weight=0.047
=uitgelachen | weight=0.047
=pizza | weight=0.046
=geen =enkele | weight=0.046, noneg
=de =groep | weight=0.046
=jullie =zijn | weight=0.045
=excuses =aanbieden | weight=0.045
=eis | weight=0.045
=op =uw | weight=0.045
=normaal | weight=0.045
=bewaker | weight=0.044
=zou =op | weight=0.044
=medewerker =aan | weight=0.044
=liet =vallen | weight=0.044
=arrogant =deed | weight=0.044
=gewoon =betaald | weight=0.044
=leverancier | weight=0.043
=onterecht | weight=0.043
=gedaan =maar | weight=0.043
=kunnen =doen | weight=0.043
=wil =niet | weight=0.043, noneg
=spreken =gekregen | weight=0.043
=verwacht =minstens | weight=0.043
=uitlachte | weight=0.042
=op =z'n | weight=0.042
=groep | weight=0.042
=dat =kon | weight=0.042
=hun | weight=0.041
=waarop =mijn | weight=0.041
=haalde | weight=0.041
=schouders | weight=0.041
=schouders =op | weight=0.041
=het =restaurant | weight=0.041
=sorry =had | weight=0.041
=ik =daarvoor | weight=0.041
=had =staan | weight=0.041
=kunnen =zeggen | weight=0.041
=minst =sorry | weight=0.041
=nadat =ze | weight=0.041
=sorry =kunnen | weight=0.041
=ze =tegen | weight=0.041
=nooit =de | weight=0.040, noneg
=nooit | weight=0.039, noneg
=schandalig | weight=0.039
=al =zoveel | weight=0.039
=zoveel | weight=0.039
=zoveel =gescheeld | weight=0.039
=chauffeur =van | weight=0.039
=moeder | weight=0.039
=gedoe =met | weight=0.039
=gewoon =een | weight=0.038
=had =ze | weight=0.038
=aanbieden | weight=0.038
=wel | weight=0.037
=we | weight=0.037
=voor =de | weight=0.037
=iedereen =bij | weight=0.037
=waar =iedereen | weight=0.037
=uitgescholden =omdat | weight=0.037
=bij =was | weight=0.037
=met =m'n | weight=0.036
=caissiere | weight=0.036
=voor =het | weight=0.036
=was =zo | weight=0.036
=hoef =ik | weight=0.036
=alle =klant | weight=0.035
=later =niet | weight=0.035, noneg
=ook =later | weight=0.035
=medewerker =haar | weight=0.035
=hij =een | weight=0.035
=alsof =er | weight=0.035
=klacht =per | weight=0.034
=lastig | weight=0.034
=twee =maand | weight=0.034
=ongelooflijk | weight=0.034
=eten | weight=0.034
=kafferen | weight=0.034
=te =kafferen | weight=0.034
=mag | weight=0.034
=ik =vraag | weight=0.034
=me =had | weight=0.033
=aanmaning | weight=0.033
=arrogant | weight=0.033
=voor =dat | weight=0.033
=z'n | weight=0.033
=deed =alsof | weight=0.033
=hek | weight=0.033
=het =hek | weight=0.033
=restaurant | weight=0.033
=ik =eis | weight=0.033
=mijn =moeder | weight=0.033
=helemaal =niks | weight=0.033, noneg
=juni =heb | weight=0.033
=ook =een | weight=0.032
=dochter =is | weight=0.032
=geschreven | weight=0.032
=ze =op | weight=0.032
=de =weg | weight=0.032
=gedoe | weight=0.032
=zij =niet | weight=0.032, noneg
=uw =organisatie | weight=0.031
=dief | weight=0.031
