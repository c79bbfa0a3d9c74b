# wants_apology, nl: learned by scripts/learn.py from 4470 tuning texts (133 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Geen excuses, alleen maar 'de IT-afdeling heeft een fout gemaakt'. Los het dan toch op?
+ Geen sorry, geen uitleg, niks.
+ Er is nooit een excuus aangeboden.
- ok dankje
- we willen ons geld terug
=geen =sorry | weight=0.778, noneg
=verontschuldiging | weight=0.614
=niemand =heeft | weight=0.462, noneg
=excuses | weight=0.454
=geen =excuses | weight=0.445, noneg
=spijt | weight=0.431
=excuus | weight=0.412
=sorry | weight=0.409
=een =excuus | weight=0.391
=geen =excuus | weight=0.315, noneg
=verontschuldigd | weight=0.310
=verwacht | weight=0.291
=aanbiedt | weight=0.278
=minst | weight=0.254
=excuses =niks | weight=0.241, noneg
=geen =woord | weight=0.221, noneg
=ik =verwacht | weight=0.219
=de =directie | weight=0.217
=dat =had | weight=0.214
=had =niet | weight=0.207, noneg
=sorry =zeggen | weight=0.205
=niemand =die | weight=0.201, noneg
=op =zijn | weight=0.187
=gepast | weight=0.187
=een =verontschuldiging | weight=0.183
=zich | weight=0.180
=simpele =sorry | weight=0.179
=niet =mogen | weight=0.178, noneg
=en =geen | weight=0.174, noneg
=excuses =aanbiedt | weight=0.173
=medewerker =alleen | weight=0.171
=een =sorry | weight=0.168
=wachten =nog | weight=0.166
=excuusbrief | weight=0.165
=geen =compensatie | weight=0.164, noneg
=mijn =dochter | weight=0.158
=een =schriftelijk | weight=0.154
=moeilijk | weight=0.152
=excuses =hebben | weight=0.149
=gemiste =afspraak | weight=0.148
=verontschuldigd =voor | weight=0.148
=zijn =plaats | weight=0.146
=excuses =van | weight=0.146
=dochter | weight=0.143
=normaal =is | weight=0.143
=alsof =het | weight=0.143
=ze =gaven | weight=0.143
=een =simpele | weight=0.143
=alleen =maar | weight=0.142
=zijn =na | weight=0.141
=toch =wel | weight=0.139
=helemaal =niet | weight=0.137, noneg
=schriftelijk | weight=0.137
=gaven | weight=0.137
=altijd =op | weight=0.137
=we =willen | weight=0.136
=zoals | weight=0.136
=blijkbaar =te | weight=0.135
=te =moeilijk | weight=0.135
=nooit =een | weight=0.134, noneg
=wil =dat | weight=0.133
=verontschuldigt | weight=0.132
=zich =verontschuldigt | weight=0.132
=verwacht =dat | weight=0.132
=directie =na | weight=0.131
=gemiste | weight=0.130
=er =toch | weight=0.129
=was =wel | weight=0.129
=manier | weight=0.128
=door =de | weight=0.127
=als =de | weight=0.127
=het =hun | weight=0.127
=sorry =geen | weight=0.126, noneg
=geweest | weight=0.125
=laat =staan | weight=0.124
=had =al | weight=0.120
=niet =toe | weight=0.119, noneg
=minstens =excuses | weight=0.119
=een =formulier | weight=0.119
=verwacht =excuses | weight=0.118
=excuus =van | weight=0.117
=bieden | weight=0.117
=te =bieden | weight=0.117
=verontschuldiging =voor | weight=0.115
=verzuimd | weight=0.115
=willen | weight=0.114
=nog =geen | weight=0.114, noneg
=ben =pas | weight=0.113
=hem =spijt | weight=0.113
=tevreden =als | weight=0.113
=een =excuusbrief | weight=0.113
=erkenning | weight=0.113
=nooit =gehad | weight=0.113, noneg
=steeds =geen | weight=0.111, noneg
=in =september | weight=0.111
=pas =in | weight=0.111
=niemand | weight=0.111, noneg
=een =officiele | weight=0.110
=officiele | weight=0.110
=officiele =verontschuldiging | weight=0.110
=de =gemiste | weight=0.110
=pas =tevreden | weight=0.110
=het =hem | weight=0.108
=sorry =van | weight=0.107
=zijn =minst | weight=0.106
=minst =een | weight=0.106
=dan =ook | weight=0.104
=en =een | weight=0.103
=los | weight=0.103
=in =juni | weight=0.103
=helemaal | weight=0.102
=de =fout | weight=0.102
=september | weight=0.100
=bedrijf =zich | weight=0.100
=kan =er | weight=0.099
=het =minst | weight=0.099
=juni | weight=0.099
=hebben =we | weight=0.098
=gewoon =niks | weight=0.098, noneg
=pakket =drie | weight=0.097
=voor =die | weight=0.096
=ons =was | weight=0.096
=geen | weight=0.096, noneg
=laat =komt | weight=0.095
=verlang | weight=0.094
=sorry =zegt | weight=0.093
=het =normaal | weight=0.093
=betuigen | weight=0.089
=gelegen | weight=0.089
=gelegen =om | weight=0.089
=had =op | weight=0.089
=om =spijt | weight=0.089
=spijt =te | weight=0.089
=te =betuigen | weight=0.089
=geen =uitleg | weight=0.088, noneg
=uitleg =niks | weight=0.088, noneg
=verwacht =op | weight=0.087
=het =had | weight=0.087
=de =manier | weight=0.087
=manier =waarop | weight=0.087
=waarop | weight=0.087
=en =pas | weight=0.086
=je =excuses | weight=0.086
=wil =een | weight=0.086
=is =nooit | weight=0.086, noneg
=excuus =was | weight=0.085
=en =excuses | weight=0.085
=directie | weight=0.085
=misschien | weight=0.084
=schriftelijk =verontschuldiging | weight=0.084
=ben =slechthorend | weight=0.083
=maar =het | weight=0.083
=ik =wachten | weight=0.082
=keer =sorry | weight=0.082
=sorry =gezegd | weight=0.082
=vanaf | weight=0.080
=ik =kon | weight=0.079
=was =blijkbaar | weight=0.079
=jullie =klachtenafdeling | weight=0.079
=slechthorend | weight=0.079
=slechthorend =en | weight=0.079
=excuus =voor | weight=0.078
=werd =in | weight=0.077
=het =incassobureau | weight=0.077
=incassobureau | weight=0.077
=wel =het | weight=0.077
=mijn =afspraak | weight=0.077
=iemand =daar | weight=0.076
=ik =wil | weight=0.075
=klant =wil | weight=0.075
=jullie =kunnen | weight=0.074
=mij =voor | weight=0.074
=niet =gecorrigeerd | weight=0.074, noneg
=al =veel | weight=0.074
=wel =op | weight=0.073
=wil =ook | weight=0.073
=zelf =geen | weight=0.073, noneg
=genoeg =geweest | weight=0.073
=voor =hele | weight=0.073
=plaats =zijn | weight=0.072
=de =groep | weight=0.071
=eis | weight=0.071
=verontschuldiging =van | weight=0.071
=geen =enkele | weight=0.070, noneg
=bedrijfsleider | weight=0.070
=de =bedrijfsleider | weight=0.070
=uitgelachen | weight=0.070
=had =gewoon | weight=0.070
=groep | weight=0.069
=de =foutieve | weight=0.069
=verontschuldiging =aanbiedt | weight=0.068
=zijn =verontschuldiging | weight=0.068
=aanbieden =aan | weight=0.067
=hing =de | weight=0.067
=medewerker =gewoon | weight=0.067
=de =it-afdeling | weight=0.067
=it-afdeling | weight=0.067
=gewacht =aan | weight=0.067
=een =muntje | weight=0.067
=muntje | weight=0.067
=blijkbaar | weight=0.067
=gewoon =te | weight=0.066
=diefstal | weight=0.066
=van =diefstal | weight=0.066
=ooit =verontschuldigd | weight=0.066
=zich =ooit | weight=0.066
=tevreden | weight=0.066
=zou =wel | weight=0.066
=al =genoeg | weight=0.066
=fout =gemaakt | weight=0.065
=verontschuldiging =verschuldigd | weight=0.065
=verschuldigd | weight=0.065
=dochter =waar | weight=0.065
=zoon =van | weight=0.065
=het =haar | weight=0.064
=mag =ik | weight=0.064
=heeft =mijn | weight=0.064
=waardoor =ik | weight=0.064
=de =manager | weight=0.064
=niks | weight=0.064, noneg
=is =om | weight=0.064
=gescheeld | weight=0.063
=telefoon =had | weight=0.063
=aan =te | weight=0.063
=te =vullen | weight=0.063
=vullen | weight=0.063
=het =dan | weight=0.063
=kwartier =gewacht | weight=0.063
=doen =alsof | weight=0.063
=was =genoeg | weight=0.063
=is =behandeld | weight=0.063
=fatsoenlijk | weight=0.063
=excuus =zou | weight=0.063
=beschuldigde | weight=0.062
=de =wachtkamer | weight=0.062
=wachtkamer | weight=0.062
=veel | weight=0.062
=ik =eis | weight=0.062
=te =dom | weight=0.062
=raar | weight=0.062
=in =ons | weight=0.061
=een =regelen | weight=0.061
=ze =doen | weight=0.061
=ze =gewoon | weight=0.061
=voordat =ze | weight=0.060
=zou =hebben | weight=0.060
=horen =dat | weight=0.060
=klaagde | weight=0.060
=klaagde =over | weight=0.060
=los =het | weight=0.060
=waarop =ik | weight=0.059
=ik =daarvoor | weight=0.059
=verwacht =minstens | weight=0.059
=waardoor | weight=0.058
=praten =over | weight=0.058
=de =chef | weight=0.058
=kamer | weight=0.058
=klant =is | weight=0.058
=alleen =zijn | weight=0.058
=sorry =was | weight=0.058
=te =verontschuldiging | weight=0.058
=normaal | weight=0.057
=zou =op | weight=0.057
=aanbieden | weight=0.057
=iemand =sorry | weight=0.056
=boeking | weight=0.055
=weken =te | weight=0.055
=koffer =was | weight=0.054
=maar =zelf | weight=0.054
=wil =niet | weight=0.054, noneg
=was =al | weight=0.054
=op =uw | weight=0.054
=fout =en | weight=0.053
=is =dat | weight=0.053
=bedrijfsleider =alleen | weight=0.053
=ik =verteld | weight=0.053
=is =blijkbaar | weight=0.053
=zelf =dat | weight=0.053
=moeilijk =is | weight=0.053
=op =heden | weight=0.053
=tot =op | weight=0.053
=wilde =niet | weight=0.053, noneg
=en =werd | weight=0.052
=er =is | weight=0.052
=vlieg | weight=0.052
=foutieve =incasso | weight=0.052
=dat =kwam | weight=0.052
=eigenlijk =ook | weight=0.052
=en =eigenlijk | weight=0.052
=kon =er | weight=0.052
=u =om | weight=0.052
=we | weight=0.052
=arrogant =deed | weight=0.051
=dom | weight=0.051
=gegooid | weight=0.050
=minst =wat | weight=0.050
=niet =af | weight=0.050, noneg
=zijn =schouders | weight=0.050
=zo'n | weight=0.050
=excuses =aanbieden | weight=0.050
=heden | weight=0.050
=een =formeel | weight=0.050
=wil =beide | weight=0.049
=verpest | weight=0.049
=tegel | weight=0.049
=hek | weight=0.049
=het =hek | weight=0.049
=ons =gewoon | weight=0.049
=z'n =minst | weight=0.049
=juli | weight=0.049
=genoeg | weight=0.049
=schandalig | weight=0.048
=die =vertraging | weight=0.048
=verwacht =een | weight=0.048
=minst =geweest | weight=0.047
=haalde =de | weight=0.047
=mijn =eerst | weight=0.047
=beide =bedrag | weight=0.047
=gewoon =betaald | weight=0.047
=een =vergoeding | weight=0.047
=vraag =u | weight=0.046
=vinden =dat | weight=0.046
=afspraak | weight=0.046
=een =het | weight=0.046
=doen =is | weight=0.046
=op =z'n | weight=0.046
=fout =is | weight=0.045
=jullie =zijn | weight=0.045
=zouden | weight=0.045
=onterecht | weight=0.045
=formeel | weight=0.044
=heeft =een | weight=0.044
=toegesproken | weight=0.044
=kwam =er | weight=0.043
=weg | weight=0.043
=hun | weight=0.043
=mag | weight=0.043
=energierekening | weight=0.042
=chef | weight=0.042
=van =de | weight=0.042
=alsof =er | weight=0.042
=al =zoveel | weight=0.042
=zoveel | weight=0.042
=zoveel =gescheeld | weight=0.042
=sorry =had | weight=0.042
=respectloos | weight=0.041
=was =zo | weight=0.041
=met =m'n | weight=0.041
=de =gemeente | weight=0.040
=gemeente | weight=0.040
=gedaan =maar | weight=0.040
=heb =in | weight=0.040
=haalde | weight=0.040
=schouders | weight=0.040
=schouders =op | weight=0.040
=voor =het | weight=0.040
=ooit | weight=0.040
=gewoon =een | weight=0.040
=staan | weight=0.040
=met =mijn | weight=0.039
=de =filiaalmanager | weight=0.039
=hoef =ik | weight=0.039
=mijn =moeder | weight=0.038
=voor =dat | weight=0.038
=dat =je | weight=0.038
=incasso | weight=0.038
=moeder | weight=0.037
=uw =dienst | weight=0.037
=bezorger | weight=0.037
=bewaker | weight=0.037
=is =gegaan | weight=0.037
=deed =alsof | weight=0.037
=mag =zeggen | weight=0.037
=caissiere | weight=0.036
=geschreven | weight=0.036
=arrogant | weight=0.036
=filiaalmanager | weight=0.036
=mijn =koffer | weight=0.036
=gevallen | weight=0.036
=kleinerende | weight=0.036
=gewacht | weight=0.036
=had =staan | weight=0.036
=kunnen =zeggen | weight=0.036
=minst =sorry | weight=0.036
=nadat =ze | weight=0.036
=sorry =kunnen | weight=0.036
=ze =tegen | weight=0.036
=pizza | weight=0.036
=ongelooflijk | weight=0.036
=mij =hier | weight=0.036
=jullie =haar | weight=0.036
=bank =werd | weight=0.035
=vergoeding =en | weight=0.035
=kafferen | weight=0.035
=te =kafferen | weight=0.035
=niet =horen | weight=0.035, noneg
=is =je | weight=0.035
=kunnen =doen | weight=0.035
=uitlachte | weight=0.035
=bij =was | weight=0.035
