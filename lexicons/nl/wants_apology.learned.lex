# wants_apology, nl: learned by scripts/learn.py from 3398 tuning texts (118 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Geen sorry, geen uitleg, niks.
+ Er is nooit een excuus aangeboden.
+ We willen horen dat het hun spijt.
- we willen ons geld terug
- Geen minuut gewacht, top!
=geen =sorry | weight=0.806, noneg
=verontschuldiging | weight=0.632
=niemand =heeft | weight=0.496, noneg
=excuus | weight=0.453
=excuses | weight=0.445
=spijt | weight=0.424
=een =excuus | weight=0.420
=geen =excuses | weight=0.402, noneg
=sorry | weight=0.399
=geen =excuus | weight=0.322, noneg
=verwacht | weight=0.320
=verontschuldigd | weight=0.311
=aanbiedt | weight=0.277
=minst | weight=0.263
=ik =verwacht | weight=0.255
=excuses =niks | weight=0.255, noneg
=geen =woord | weight=0.225, noneg
=had =niet | weight=0.212, noneg
=dat =had | weight=0.208
=sorry =zeggen | weight=0.207
=zich | weight=0.206
=de =directie | weight=0.199
=geen =compensatie | weight=0.197, noneg
=niemand =die | weight=0.197, noneg
=gepast | weight=0.196
=medewerker =alleen | weight=0.187
=wachten =nog | weight=0.186
=niet =mogen | weight=0.184, noneg
=een =verontschuldiging | weight=0.184
=excuses =aanbiedt | weight=0.182
=simpel =sorry | weight=0.180
=excuusbrief | weight=0.177
=op =zijn | weight=0.176
=excuses =hebben | weight=0.172
=en =geen | weight=0.172, noneg
=een =simpel | weight=0.163
=moeilijk | weight=0.162
=een =sorry | weight=0.160
=ze =gaven | weight=0.158
=wil =dat | weight=0.156
=directie | weight=0.154
=alleen =maar | weight=0.153
=gaven | weight=0.151
=zoals | weight=0.149
=als =de | weight=0.148
=zijn =plaats | weight=0.148
=gemiste =afspraak | weight=0.148
=verontschuldigd =voor | weight=0.148
=er =toch | weight=0.147
=nooit =een | weight=0.146, noneg
=een =schriftelijk | weight=0.145
=niemand | weight=0.143, noneg
=toch =wel | weight=0.142
=mijn =dochter | weight=0.139
=alsof =het | weight=0.139
=blijkbaar =te | weight=0.139
=te =moeilijk | weight=0.139
=schriftelijk | weight=0.137
=normaal =is | weight=0.136
=verontschuldigt | weight=0.132
=zich =verontschuldigt | weight=0.132
=was =wel | weight=0.130
=gemiste | weight=0.129
=we =willen | weight=0.128
=het =hun | weight=0.128
=helemaal =niet | weight=0.126, noneg
=verontschuldiging =voor | weight=0.126
=vinden =dat | weight=0.125
=dochter | weight=0.122
=altijd =op | weight=0.122
=het =minst | weight=0.122
=excuus =van | weight=0.120
=sorry =geen | weight=0.120, noneg
=laat =staan | weight=0.119
=steeds =geen | weight=0.119, noneg
=voor =die | weight=0.119
=een =excuusbrief | weight=0.119
=erkenning | weight=0.119
=de =fout | weight=0.118
=een =officiele | weight=0.117
=officiele | weight=0.117
=officiele =verontschuldiging | weight=0.117
=excuses =van | weight=0.116
=hebben =we | weight=0.116
=ben =pas | weight=0.115
=hem =spijt | weight=0.115
=tevreden =als | weight=0.115
=door =de | weight=0.115
=nog =geen | weight=0.115, noneg
=verzuimd | weight=0.114
=horen =dat | weight=0.114
=geen | weight=0.113, noneg
=september | weight=0.113
=pas =tevreden | weight=0.112
=helemaal | weight=0.112
=sorry =van | weight=0.112
=in =september | weight=0.111
=pas =in | weight=0.111
=niet =toe | weight=0.111, noneg
=zijn =na | weight=0.110
=bieden | weight=0.109
=te =bieden | weight=0.109
=verwacht =dat | weight=0.109
=het =hem | weight=0.108
=bedrijf =zich | weight=0.106
=dan =ook | weight=0.106
=excuus =voor | weight=0.105
=verlang | weight=0.104
=willen | weight=0.103
=had =al | weight=0.102
=is =nooit | weight=0.101, noneg
=geweest | weight=0.101
=maar =het | weight=0.101
=de =gemiste | weight=0.100
=sorry =zegt | weight=0.100
=juni | weight=0.099
=manier | weight=0.099
=gewoon =niks | weight=0.098, noneg
=minst =een | weight=0.097
=heeft =mijn | weight=0.097
=ik =wil | weight=0.096
=ik =vinden | weight=0.095
=betuigen | weight=0.095
=gelegen | weight=0.095
=gelegen =om | weight=0.095
=had =op | weight=0.095
=om =spijt | weight=0.095
=spijt =te | weight=0.095
=te =betuigen | weight=0.095
=in =juni | weight=0.094
=kan =er | weight=0.094
=minstens | weight=0.093
=zijn =minst | weight=0.093
=pakket =drie | weight=0.092
=misschien | weight=0.092
=het =had | weight=0.091
=directie =na | weight=0.091
=geen =uitleg | weight=0.090, noneg
=uitleg =niks | weight=0.090, noneg
=laat =komt | weight=0.090
=niet =gecorrigeerd | weight=0.090, noneg
=iemand =daar | weight=0.089
=excuus =was | weight=0.088
=ons =was | weight=0.086
=je =excuses | weight=0.085
=is =behandeld | weight=0.085
=het =normaal | weight=0.084
=ben =slechthorend | weight=0.084
=vanaf | weight=0.083
=minstens =excuses | weight=0.082
=en =een | weight=0.080
=uitgescholden | weight=0.080
=energierekening | weight=0.079
=jullie =klachtenafdeling | weight=0.079
=jullie =kunnen | weight=0.079
=mijn =afspraak | weight=0.079
=ik =wachten | weight=0.078
=slechthorend | weight=0.078
=slechthorend =en | weight=0.078
=werd =in | weight=0.077
=ik =kon | weight=0.077
=klachtenafdeling | weight=0.076
=de =manager | weight=0.076
=wel =op | weight=0.075
=er =is | weight=0.075
=was =blijkbaar | weight=0.075
=verontschuldiging =verschuldigd | weight=0.075
=verschuldigd | weight=0.075
=zou =wel | weight=0.074
=en =pas | weight=0.074
=de =foutieve | weight=0.073
=verwacht =een | weight=0.073
=andere =leverancier | weight=0.071
=verwacht =excuses | weight=0.071
=had =gewoon | weight=0.071
=tevreden | weight=0.071
=ooit =verontschuldigd | weight=0.071
=zich =ooit | weight=0.071
=een =formulier | weight=0.070
=wel =het | weight=0.070
=niks | weight=0.070, noneg
=al =genoeg | weight=0.069
=dochter =waar | weight=0.069
=aan =te | weight=0.069
=ze =gewoon | weight=0.068
=zoon =van | weight=0.068
=kamer | weight=0.068
=en =werd | weight=0.067
=alsof | weight=0.067
=een =muntje | weight=0.067
=muntje | weight=0.067
=het =haar | weight=0.067
=plaats =zijn | weight=0.067
=verontschuldiging =aanbiedt | weight=0.066
=zijn =verontschuldiging | weight=0.066
=diefstal | weight=0.066
=van =diefstal | weight=0.066
=afspraak | weight=0.065
=een =vergoeding | weight=0.065
=koffer =was | weight=0.065
=schriftelijk =verontschuldiging | weight=0.064
=genoeg =geweest | weight=0.064
=blijkbaar | weight=0.064
=beschuldigde | weight=0.063
=te =verontschuldiging | weight=0.063
=alleen =zijn | weight=0.063
=op =heden | weight=0.063
=tot =op | weight=0.063
=minst =wat | weight=0.063
=bezorger | weight=0.063
=bedrijfsleider | weight=0.063
=de =bedrijfsleider | weight=0.063
=een =regelen | weight=0.063
=wilde =niet | weight=0.062, noneg
=mijn =koffer | weight=0.062
=voordat =ze | weight=0.062
=wil =een | weight=0.062
=de =manier | weight=0.061
=manier =waarop | weight=0.061
=waarop | weight=0.061
=vinden | weight=0.061
=gescheeld | weight=0.061
=telefoon =had | weight=0.061
=heden | weight=0.061
=zelf =geen | weight=0.061, noneg
=de =wachtkamer | weight=0.060
=wachtkamer | weight=0.060
=simpel | weight=0.060
=in =ons | weight=0.060
=in =uw | weight=0.060
=doen =is | weight=0.060
=een =keer | weight=0.059
=de =chef | weight=0.059
=verwacht =op | weight=0.059
=waardoor =ik | weight=0.059
=kwam =er | weight=0.059
=bedrijfsleider =alleen | weight=0.059
=ik =verteld | weight=0.059
=was =genoeg | weight=0.059
=koffer | weight=0.058
=is =blijkbaar | weight=0.058
=wil =beide | weight=0.058
=praten =over | weight=0.058
=al =veel | weight=0.058
=u =om | weight=0.057
=eis =een | weight=0.057
=sorry =was | weight=0.057
=die =vertraging | weight=0.057
=iemand =sorry | weight=0.057
=tegel | weight=0.056
=kon =er | weight=0.056
=zijn =schouders | weight=0.055
=maar =zelf | weight=0.055
=weken =te | weight=0.055
=vraag =u | weight=0.055
=ooit | weight=0.055
=mag =ik | weight=0.055
=het =bedrijf | weight=0.054
=formeel | weight=0.054
=aanbieden =aan | weight=0.054
=beide =bedrag | weight=0.054
=waardoor | weight=0.054
=gedoe =met | weight=0.054
=zelf =dat | weight=0.053
=fout =en | weight=0.053
=zouden | weight=0.053
=mij =voor | weight=0.053
=dat =iemand | weight=0.052
=is =dat | weight=0.052
=niet =af | weight=0.052, noneg
=doen =alsof | weight=0.051
=chef | weight=0.051
=incasso | weight=0.051
=haalde =de | weight=0.051
=mijn =eerst | weight=0.050
=veel | weight=0.050
=fatsoenlijk | weight=0.050
=de =filiaalmanager | weight=0.050
=filiaalmanager | weight=0.050
=op =uw | weight=0.050
=uitgelachen | weight=0.050
=gezegd | weight=0.050
=verontschuldiging =van | weight=0.050
=zo'n | weight=0.050
=voor =hele | weight=0.050
=excuses =aanbieden | weight=0.050
=de =groep | weight=0.050
=de =gemeente | weight=0.050
=gemeente | weight=0.050
=geen =enkele | weight=0.049, noneg
=voor =het | weight=0.049
=los | weight=0.049
=haalde | weight=0.049
=schouders | weight=0.049
=schouders =op | weight=0.049
=boeking | weight=0.049
=eis | weight=0.049
=beide | weight=0.048
=ze =doen | weight=0.048
=normaal | weight=0.048
=uitlachte | weight=0.047
=groep | weight=0.047
=eigenlijk =ook | weight=0.047
=en =eigenlijk | weight=0.047
=wil =niet | weight=0.047, noneg
=zou =op | weight=0.047
=gedoe | weight=0.046
=op =z'n | weight=0.046
=ik =daarvoor | weight=0.046
=bewaker | weight=0.045
=dat =kwam | weight=0.045
=van =de | weight=0.045
=hun | weight=0.045
=was =al | weight=0.044
=gewoon =betaald | weight=0.044
=gevallen | weight=0.044
=verwacht =minstens | weight=0.044
=arrogant =deed | weight=0.044
=wil | weight=0.044
=sorry =had | weight=0.044
=jullie =zijn | weight=0.044
=schandalig | weight=0.043
=het =restaurant | weight=0.043
=juli | weight=0.043
=minst =geweest | weight=0.042
=medewerker =aan | weight=0.042
=pizza | weight=0.042
=onterecht | weight=0.042
=ik =eis | weight=0.042
=ongelooflijk | weight=0.041
=gedaan =maar | weight=0.041
=nooit | weight=0.041, noneg
=restaurant | weight=0.040
=een =het | weight=0.040
=met =m'n | weight=0.040
=kunnen =doen | weight=0.040
=we | weight=0.040
=spreken =gekregen | weight=0.040
=leverancier | weight=0.040
=alsof =er | weight=0.039
=gewoon =een | weight=0.039
=waarop =mijn | weight=0.039
=al =zoveel | weight=0.039
=zoveel | weight=0.039
=zoveel =gescheeld | weight=0.039
=bij =was | weight=0.038
=reservering | weight=0.038
=chauffeur =van | weight=0.038
=lijken | weight=0.038
=dat =kon | weight=0.038
=had =staan | weight=0.037
=kunnen =zeggen | weight=0.037
=minst =sorry | weight=0.037
=nadat =ze | weight=0.037
=sorry =kunnen | weight=0.037
=ze =tegen | weight=0.037
=hoef =ik | weight=0.037
=mij =wel | weight=0.037
=z'n | weight=0.037
=dat =het | weight=0.037
=nooit =de | weight=0.037, noneg
=liet =vallen | weight=0.037
=voor =dat | weight=0.036
=arrogant | weight=0.036
=eten | weight=0.036
=horen | weight=0.036
=mag | weight=0.036
=is | weight=0.036
=had =ze | weight=0.036
=niet =maar | weight=0.036, noneg
=moeder =met | weight=0.035
=dochter =is | weight=0.035
=was =zo | weight=0.035
=lastig | weight=0.035
=kafferen | weight=0.034
=te =kafferen | weight=0.034
=genoeg | weight=0.034
=aanbieden | weight=0.034
=caissiere | weight=0.034
=ik =vraag | weight=0.034
=me =had | weight=0.034
=jullie =haar | weight=0.034
=winkel =haar | weight=0.033
=weg | weight=0.033
=heeft =jullie | weight=0.033
=mijn =moeder | weight=0.033
=later =niet | weight=0.033, noneg
=ook =later | weight=0.033
=probleem =met | weight=0.033
=dief | weight=0.033
=een =dief | weight=0.033
=de =buschauffeur | weight=0.032
=hek | weight=0.032
=het =hek | weight=0.032
=moeder | weight=0.032
=aanmaning | weight=0.031
=dat =je | weight=0.031
=noemde =mijn | weight=0.031
=alle =klant | weight=0.031
=willen =dat | weight=0.031
