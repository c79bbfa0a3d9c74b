# wants_refund, nl: learned by scripts/learn.py from 4875 tuning texts (257 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Namens mijn opa: als de bank het geld niet terugzet, brengen wij dit naar buiten via de lokale krant.
+ Uw collega heeft toegezegd dat de verzendkosten teruggeboekt zouden worden. Dat is nooit gebeurd. Ik verzoek u dit alsnog te regelen.
+ Geachte, indien de schade aan onze partij niet binnen veertien dagen vergoed wordt, zien wij ons genoodzaakt rechtsmaatregelen te treffen.
- ok dankje
- ok top dank je
=mijn =geld | weight=0.359
=eis | weight=0.340
=terugbetaling | weight=0.330
=compensatie | weight=0.329
=restitutie | weight=0.311
=wil =mijn | weight=0.301
=bedrag | weight=0.294
=ik =eis | weight=0.291
=alsnog | weight=0.276
=borg | weight=0.275
=willen | weight=0.273
=wil =die | weight=0.252
=terugstorten | weight=0.249
=terug | weight=0.241
=cent | weight=0.239
=de =lessen | weight=0.233
=lessen | weight=0.233
=lessen =die | weight=0.233
=volledig | weight=0.223
=teruggestort | weight=0.223
=compensatie =voor | weight=0.220
=gemiste | weight=0.216
=schadevergoeding | weight=0.213
=aanbetaling | weight=0.210
=mijn =aanbetaling | weight=0.210
=euro =terug | weight=0.206
=nooit =ontvangen | weight=0.204, noneg
=het =volledig | weight=0.198
=de =dubbele | weight=0.197
=vergoeding | weight=0.193
=de =borg | weight=0.192
=kosten =van | weight=0.191
=storten | weight=0.188
=als =de | weight=0.187
=betalen | weight=0.186
=aankoopbedrag | weight=0.186
=ik =wacht | weight=0.186
=maar =weer | weight=0.185
=zonder =internet | weight=0.184, noneg
=weer =over | weight=0.184
=over =op | weight=0.184
=terugbetaling =van | weight=0.183
=nou =gewoon | weight=0.180
=oplichting | weight=0.179
=geld =terug | weight=0.178
=jullie =zeiden | weight=0.176
=dat =geld | weight=0.175
=ik =verzoek | weight=0.171
=we =willen | weight=0.171
=een =creditnota | weight=0.170
=abonnementsgeld | weight=0.169
=het =abonnementsgeld | weight=0.169
=die =niet | weight=0.169, noneg
=voorschot | weight=0.168
=terugkrijg | weight=0.167
=een =schadevergoeding | weight=0.164
=beloofd =terugbetaling | weight=0.164
=terugbetaling =nooit | weight=0.164, noneg
=afgeschreven | weight=0.164
=weken =op | weight=0.162
=tegemoetkoming | weight=0.162
=de =verzendkosten | weight=0.161
=geld | weight=0.161
=zonder =stroom | weight=0.160, noneg
=graag =alsnog | weight=0.159
=voorschot =terug | weight=0.156
=graag =de | weight=0.151
=dagen =zonder | weight=0.151, noneg
=waar =blijft | weight=0.148
=gewoon =wat | weight=0.147
=vier =dagen | weight=0.146
=teruggestort =worden | weight=0.145
=niet =doorging | weight=0.145, noneg
=bedrag =van | weight=0.144
=de =jas | weight=0.143
=een =terugbetaling | weight=0.143
=afschrijving =wil | weight=0.142
=graag | weight=0.141
=kan =de | weight=0.140
=de =kosten | weight=0.140
=beloofd =hebben | weight=0.140
=maand =zonder | weight=0.140, noneg
=uren | weight=0.139
=die =dubbele | weight=0.138
=wat =jullie | weight=0.138
=jullie =beloofd | weight=0.137
=die =rente | weight=0.136
=rente =terug | weight=0.136
=blijft =mijn | weight=0.135
=terug =op | weight=0.134
=wil | weight=0.134
=ik =terug | weight=0.134
=recht =op | weight=0.133
=spoedlevering | weight=0.131
=aangevraagd | weight=0.128
=dubbele | weight=0.128
=om =restitutie | weight=0.128
=gemiste =dagen | weight=0.127
=de =per | weight=0.127
=rit | weight=0.126
=broodrooster | weight=0.126
=consumentenbond =en | weight=0.126
=willen =ons | weight=0.125
=overmaken | weight=0.125
=schade =niet | weight=0.123, noneg
=de =gemiste | weight=0.123
=rente | weight=0.123
=jas | weight=0.122
=creditnota | weight=0.121
=u =het | weight=0.121
=overgemaakt | weight=0.121
=te =doen | weight=0.121
=terug =en | weight=0.120
=sinds =vorige | weight=0.117
=afgelast | weight=0.116
=het =kapotte | weight=0.116
=dubbele =afgeschreven | weight=0.116
=wil =compensatie | weight=0.114
=voor =het | weight=0.114
=omstandigheden | weight=0.113
=restitutie =van | weight=0.112
=de =maand | weight=0.112
=kosten | weight=0.112
=maken | weight=0.112
=cent =van | weight=0.112
=elke =cent | weight=0.112
=volledig =aankoopbedrag | weight=0.111
=betalen =me | weight=0.110
=me =nou | weight=0.110
=buitengewone =omstandigheden | weight=0.110
=afschrijving | weight=0.110
=alsnog =te | weight=0.110
=wil =nu | weight=0.109
=mogelijk =om | weight=0.109
=graag =het | weight=0.109
=wij =willen | weight=0.108
=buitengewone | weight=0.108
=die =doos | weight=0.108
=niet =teruggekregen | weight=0.107, noneg
=gewoon =terug | weight=0.107
=mij =de | weight=0.106
=euro | weight=0.106
=wacht =al | weight=0.106
=was =kapotte | weight=0.105
=kapotte | weight=0.105
=om =terugbetaling | weight=0.103
=verzendkosten | weight=0.102
=bedrag =terug | weight=0.102
=reken =erop | weight=0.101
=schade | weight=0.101
=borg =terug | weight=0.100
=eis =een | weight=0.100
=vorige =medewerker | weight=0.100
=gewoon =dat | weight=0.098
=een =vergoeding | weight=0.098
=terugbetaling =omdat | weight=0.098
=retour | weight=0.098
=eindelijk =mijn | weight=0.098
=te =veel | weight=0.098
=het =mogelijk | weight=0.097
=april | weight=0.097
=bedrag =over | weight=0.097
=verzoek =u | weight=0.096
=afgeschreven =terwijl | weight=0.096
=niet =binnen | weight=0.095, noneg
=terugbetaald | weight=0.094
=keer =afgeschreven | weight=0.094
=erop =dat | weight=0.094
=gewoon =mijn | weight=0.094
=betaald =bedrag | weight=0.094
=verzendkosten =terug | weight=0.093
=mijn =borg | weight=0.093
=graag =terug | weight=0.093
=het =verschil | weight=0.092
=verschil | weight=0.092
=te =worden | weight=0.091
=nu =eindelijk | weight=0.091
=is =pas | weight=0.090
=het =dubbele | weight=0.090
=terugbetaald =krijg | weight=0.090
=verzoek | weight=0.089
=wacht =nu | weight=0.089
=centjes | weight=0.089
=centjes =terug | weight=0.089
=festival | weight=0.089
=onze =centjes | weight=0.089
=willen =onze | weight=0.089
=vlucht | weight=0.089
=af =en | weight=0.089
=medische | weight=0.088
=eis =dat | weight=0.088
=terug =aub | weight=0.087
=volledig =bedrag | weight=0.087
=mail =heb | weight=0.087
=daarna =nooit | weight=0.086, noneg
=reis | weight=0.085
=u =formeel | weight=0.084
=mijn =terugbetaling | weight=0.084
=geen =terugbetaling | weight=0.084, noneg
=de =ticket | weight=0.083
=ticket =en | weight=0.083
=is =twee | weight=0.083
=blijft | weight=0.083
=aub | weight=0.083
=zie =ik | weight=0.082
=groet =s | weight=0.082
=s | weight=0.082
=dat =bedrag | weight=0.081
=vraag =u | weight=0.081
=ik =vraag | weight=0.081
=een =van | weight=0.080
=zou =krijg | weight=0.080
=rekening | weight=0.080
=de =vervangen | weight=0.080
=de =luchtvaartmaatschappij | weight=0.080
=luchtvaartmaatschappij | weight=0.080
=keuken | weight=0.079
=ten | weight=0.079
=bank =het | weight=0.079
=geef =me | weight=0.079
=consumentenbond | weight=0.078
=de =consumentenbond | weight=0.078
=geen =tegoedbon | weight=0.077, noneg
=restitueren | weight=0.077
=te =restitueren | weight=0.077
=schadevergoeding =voor | weight=0.077
=m'n =rekening | weight=0.077
=op =m'n | weight=0.077
=nooit =is | weight=0.077, noneg
=rijdt | weight=0.076
=geweigerd =want | weight=0.075
=ondernemer | weight=0.075
=verschil =terug | weight=0.075
=de =opzegboete | weight=0.075
=opzegboete | weight=0.075
=het =aankoopbedrag | weight=0.075
=wil =ik | weight=0.074
=vergoeding =en | weight=0.074
=jullie =de | weight=0.073
=graag =mijn | weight=0.073
=teveel | weight=0.073
=teveel =betaald | weight=0.073
=weer =op | weight=0.072
=kwam =nooit | weight=0.072, noneg
=de =schade | weight=0.072
=kwam =op | weight=0.072
=geannuleerd =en | weight=0.072
=was =gewoon | weight=0.071
=geind | weight=0.071
=teruggestort =wordt | weight=0.071
=die =graag | weight=0.071
=terug =willen | weight=0.071
=zou =die | weight=0.071
=vertraging | weight=0.070
=m'n | weight=0.070
=betalen =nou | weight=0.070
=rekening =terugzette | weight=0.070
=aangesmeerd | weight=0.070
=genoodzaakt =rechtsmaatregelen | weight=0.069
=ons =genoodzaakt | weight=0.069
=rechtsmaatregelen | weight=0.069
=rechtsmaatregelen =te | weight=0.069
=te =treffen | weight=0.069
=treffen | weight=0.069
=laat =en | weight=0.068
=uur =te | weight=0.068
=mn | weight=0.068
=indienen =de | weight=0.068
=betaald =voor | weight=0.068
=consumentenbond =in | weight=0.067
=aan =onze | weight=0.067
=het =teveel | weight=0.067
=wilt =u | weight=0.067
=op =over | weight=0.067
=kwam =bijna | weight=0.066
=was =koud | weight=0.066
=vaag | weight=0.066
=terugzette | weight=0.066
=mij =is | weight=0.066
=wil =het | weight=0.066
=kapotte =was | weight=0.066
=afgelast =en | weight=0.065
=concert | weight=0.065
=concert =afgelast | weight=0.065
=kunnen | weight=0.065
=willen =de | weight=0.065
=en =snel | weight=0.065
=bij =levering | weight=0.064
=dat =jullie | weight=0.064
=een =ster | weight=0.064
=niet =worden | weight=0.064, noneg
=taxi | weight=0.064
=een =energiecontract | weight=0.064
=al =sinds | weight=0.064
=januari | weight=0.064
=geld =alsnog | weight=0.064
=brengen =wij | weight=0.063
=buiten =via | weight=0.063
=wij =dit | weight=0.063
=is =drie | weight=0.063
=koud =en | weight=0.063
=erop | weight=0.063
=alles =was | weight=0.063
=de =pizza | weight=0.063
=sorry =voor | weight=0.063
=dit =naar | weight=0.063
=vraag =maar | weight=0.062
=alsnog =het | weight=0.062
=bedrag =overmaken | weight=0.062
=pizza =was | weight=0.062
=nog =te | weight=0.062
=ben =twee | weight=0.062
=declareer | weight=0.062
=keer =dragen | weight=0.062
=en =volgens | weight=0.062
=betreffende | weight=0.061
=klacht =betreffende | weight=0.061
=stuk | weight=0.061
=opgezegd | weight=0.061
=geschillencommissie | weight=0.061
=servicekosten | weight=0.060
=energiecontract | weight=0.060
=storing =van | weight=0.060
=dragen | weight=0.060
=maaltijdbox =kwam | weight=0.060
=maar =uw | weight=0.060
=durfde | weight=0.060
=heb =om | weight=0.060
=advocaat =neemt | weight=0.059
=neemt =contact | weight=0.059
=want =de | weight=0.059
=dit =werd | weight=0.059
=nooit =gehad | weight=0.059, noneg
=algemene =lijn | weight=0.059
=was =lauw | weight=0.059
=kunnen =jullie | weight=0.059
=de =pallet | weight=0.058
=pallet | weight=0.058
=krant | weight=0.058
=lokale =krant | weight=0.058
=te =betalen | weight=0.058
=voor =niks | weight=0.058, noneg
=teruggeboekt | weight=0.058
=nou | weight=0.058
=vandaag =dat | weight=0.058
=ik =zag | weight=0.058
=is =aan | weight=0.058
=vergoeding =voor | weight=0.058
=betalen =al | weight=0.058
=waar =is | weight=0.058
=bijna =een | weight=0.058
=doos =nog | weight=0.058
=vlees | weight=0.058
=bedrag =binnen | weight=0.057
=naar =buiten | weight=0.057
=mark | weight=0.057
=voorraad =was | weight=0.057
=recht | weight=0.057
=formulier =ingevuld | weight=0.057
=jullie =het | weight=0.057
=maand =later | weight=0.056
=trein | weight=0.056
=de =lokale | weight=0.056
=formeel =om | weight=0.056
=jullie =op | weight=0.056
=toegezegd =voor | weight=0.056
=heeft =die | weight=0.056
=maandag =zou | weight=0.056
=om =de | weight=0.056
=geen =cent | weight=0.055, noneg
=zeggen =ik | weight=0.055
=en =andere | weight=0.055
=crediteren | weight=0.055
=de =drie | weight=0.055
=lokale | weight=0.055
=keer =wassen | weight=0.055
=mijn =opa | weight=0.055
=af =of | weight=0.055
=lauw | weight=0.055
=komen =is | weight=0.055
=weken =zonder | weight=0.055, noneg
=nog =geen | weight=0.055, noneg
=mijn =advocaat | weight=0.055
=maaltijdbox | weight=0.055
=pas =twee | weight=0.054
=uw =voorwaarden | weight=0.054
=ik =nog | weight=0.054
=bus | weight=0.054
=wij =eis | weight=0.054
=bedrag =terugstorten | weight=0.054
=pizza | weight=0.054
=een =jaarabonnement | weight=0.054
=jaarabonnement | weight=0.054
=maar =is | weight=0.054
=zelf =laat | weight=0.054
=weekend | weight=0.054
=onterecht | weight=0.054
=volledig =terugbetaling | weight=0.053
=klantenservice =heb | weight=0.053
=een =technische | weight=0.053
