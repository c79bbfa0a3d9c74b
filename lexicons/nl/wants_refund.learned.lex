# wants_refund, nl: learned by scripts/learn.py from 3398 tuning texts (176 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Namens mijn opa: als de bank het geld niet terugzet, brengen wij dit naar buiten via de lokale krant.
+ Uw collega heeft toegezegd dat de verzendkosten teruggeboekt zouden worden. Dat is nooit gebeurd. Ik verzoek u dit alsnog te regelen.
+ Geachte, indien de schade aan onze partij niet binnen veertien dagen vergoed wordt, zien wij ons genoodzaakt rechtsmaatregelen te treffen.
- Geen minuut gewacht, top!
- Wij komen hier nooit meer.
=eis | weight=0.324
=alsnog | weight=0.322
=ik =eis | weight=0.314
=terugbetaling | weight=0.303
=compensatie | weight=0.295
=mijn =geld | weight=0.289
=terug | weight=0.267
=willen | weight=0.265
=bedrag | weight=0.262
=vergoeding | weight=0.249
=restitutie | weight=0.248
=terugstorten | weight=0.244
=euro | weight=0.242
=kosten | weight=0.239
=wil =mijn | weight=0.239
=geld | weight=0.238
=wil =die | weight=0.229
=een =terugbetaling | weight=0.225
=gemiste | weight=0.225
=borg | weight=0.225
=compensatie =voor | weight=0.217
=wil | weight=0.215
=teruggestort | weight=0.210
=schadevergoeding | weight=0.208
=die =niet | weight=0.207, noneg
=volledig | weight=0.206
=de =lessen | weight=0.206
=lessen | weight=0.206
=lessen =die | weight=0.206
=graag | weight=0.198
=het =volledig | weight=0.193
=dagen =zonder | weight=0.193, noneg
=over =op | weight=0.192
=cent | weight=0.191
=weer =over | weight=0.188
=geld =terug | weight=0.187
=oplichting | weight=0.184
=de =dubbele | weight=0.179
=mijn =terugbetaling | weight=0.179
=voorschot | weight=0.174
=recht =op | weight=0.172
=abonnementsgeld | weight=0.169
=het =abonnementsgeld | weight=0.169
=zonder =internet | weight=0.167, noneg
=storten | weight=0.162
=twee =keer | weight=0.161
=afgeschreven | weight=0.161
=waar =blijft | weight=0.159
=aankoopbedrag | weight=0.159
=nou =gewoon | weight=0.156
=zonder =stroom | weight=0.156, noneg
=we =willen | weight=0.156
=terugbetaling =van | weight=0.155
=de =verzendkosten | weight=0.152
=betalen | weight=0.150
=dat =geld | weight=0.148
=u =het | weight=0.148
=de =kosten | weight=0.147
=beloofd =hebben | weight=0.147
=de =borg | weight=0.145
=wat =jullie | weight=0.144
=voorschot =terug | weight=0.142
=een =schadevergoeding | weight=0.142
=ik =verzoek | weight=0.140
=teruggestort =worden | weight=0.140
=de =maand | weight=0.140
=jullie =beloofd | weight=0.139
=gemiste =dagen | weight=0.138
=maand =zonder | weight=0.138, noneg
=kosten =van | weight=0.138
=vier =dagen | weight=0.136
=kan =de | weight=0.136
=overmaken | weight=0.135
=verzoek | weight=0.134
=dubbele | weight=0.134
=bedrag =van | weight=0.133
=de =jas | weight=0.133
=de =gemiste | weight=0.131
=maken | weight=0.130
=om =restitutie | weight=0.130
=graag =mijn | weight=0.129
=blijft =mijn | weight=0.129
=het =kapotte | weight=0.128
=een =creditnota | weight=0.127
=nou | weight=0.126
=gewoon =wat | weight=0.126
=euro =terug | weight=0.124
=wil =het | weight=0.123
=niet =doorging | weight=0.122, noneg
=die =rente | weight=0.121
=rente =terug | weight=0.121
=kapotte | weight=0.120
=willen =ons | weight=0.118
=terugkrijgen | weight=0.117
=te =veel | weight=0.116
=vlucht | weight=0.115
=restitutie =van | weight=0.115
=broodrooster | weight=0.115
=om =terugbetaling | weight=0.114
=te =doen | weight=0.114
=afschrijving =wil | weight=0.113
=voor =het | weight=0.112
=mijn =rekening | weight=0.111
=terug =en | weight=0.110
=wil =ik | weight=0.109
=ik =wil | weight=0.109
=gewoon =dat | weight=0.108
=kunnen | weight=0.108
=jas | weight=0.108
=weken =op | weight=0.108
=die =dubbele | weight=0.107
=te =worden | weight=0.106
=wachten =nu | weight=0.106
=terug =op | weight=0.105
=spoedlevering | weight=0.103
=afschrijving | weight=0.102
=ik =terug | weight=0.102
=al =betaald | weight=0.101
=mogelijk =om | weight=0.101
=het =mogelijk | weight=0.101
=ik =vraag | weight=0.101
=betaald =bedrag | weight=0.101
=rente | weight=0.100
=retour | weight=0.100
=vijf =weken | weight=0.099
=volledig =aankoopbedrag | weight=0.099
=geannuleerd =en | weight=0.098
=was =kapotte | weight=0.098
=uren | weight=0.097
=betalen =me | weight=0.095
=me =nou | weight=0.095
=volledig =bedrag | weight=0.095
=niet =teruggekregen | weight=0.094, noneg
=creditnota | weight=0.094
=die =doos | weight=0.093
=wij | weight=0.093
=wil =nu | weight=0.093
=rit | weight=0.093
=graag =alsnog | weight=0.092
=alsnog =te | weight=0.091
=afgeschreven =terwijl | weight=0.091
=graag =de | weight=0.090
=ten | weight=0.090
=medische | weight=0.090
=terugbetaling =omdat | weight=0.090
=rekening | weight=0.089
=omdat =de | weight=0.089
=mijn =borg | weight=0.089
=eis =dat | weight=0.087
=af =en | weight=0.087
=trein | weight=0.086
=afgelast | weight=0.086
=vraag =om | weight=0.086
=u =formeel | weight=0.086
=cent =van | weight=0.086
=elke =cent | weight=0.086
=centjes | weight=0.085
=centjes =terug | weight=0.085
=festival | weight=0.085
=onze =centjes | weight=0.085
=willen =onze | weight=0.085
=borg =terug | weight=0.085
=daarna =nooit | weight=0.085, noneg
=rijdt | weight=0.085
=jullie =zeiden | weight=0.084
=het =verschil | weight=0.084
=verschil | weight=0.084
=vorige =medewerker | weight=0.084
=schadevergoeding =voor | weight=0.084
=ik =reken | weight=0.084
=reken =erop | weight=0.084
=graag =terug | weight=0.083
=graag =het | weight=0.083
=opgezegd | weight=0.083
=liep | weight=0.083
=wil =compensatie | weight=0.081
=eis =een | weight=0.081
=vraag =u | weight=0.080
=formulier =ingevuld | weight=0.080
=al =vijf | weight=0.080
=om =de | weight=0.080
=wij =willen | weight=0.080
=jullie =de | weight=0.079
=als =de | weight=0.079
=zou =krijg | weight=0.079
=keer =afgeschreven | weight=0.079
=geef =me | weight=0.079
=recht | weight=0.079
=vier | weight=0.078
=omstandigheden | weight=0.078
=erop =dat | weight=0.077
=formeel | weight=0.077
=geannuleerd | weight=0.077
=teveel | weight=0.077
=teveel =betaald | weight=0.077
=ik =wachten | weight=0.077
=terug =aub | weight=0.076
=buitengewone | weight=0.076
=zonder | weight=0.076, noneg
=consumentenbond =in | weight=0.075
=het =teveel | weight=0.075
=gewoon =terug | weight=0.075
=want =de | weight=0.074
=restitueren | weight=0.074
=te =restitueren | weight=0.074
=vrij | weight=0.073
=van =die | weight=0.073
=de =luchtvaartmaatschappij | weight=0.072
=luchtvaartmaatschappij | weight=0.072
=is =aan | weight=0.072
=voor =een | weight=0.072
=vlucht =geannuleerd | weight=0.072
=geen =terugbetaling | weight=0.071, noneg
=aangesmeerd | weight=0.071
=wil =een | weight=0.071
=altijd =niks | weight=0.071, noneg
=wilt | weight=0.071
=niet =worden | weight=0.070, noneg
=op =over | weight=0.069
=afgesloten | weight=0.069
=geld =alsnog | weight=0.069
=nooit =is | weight=0.069, noneg
=ben =twee | weight=0.069
=pas =twee | weight=0.069
=die =graag | weight=0.068
=terug =willen | weight=0.068
=zou =die | weight=0.068
=een =jaarabonnement | weight=0.068
=jaarabonnement | weight=0.068
=reis | weight=0.068
=bus | weight=0.067
=genoodzaakt =rechtsmaatregelen | weight=0.067
=ons =genoodzaakt | weight=0.067
=rechtsmaatregelen | weight=0.067
=rechtsmaatregelen =te | weight=0.067
=te =treffen | weight=0.067
=treffen | weight=0.067
=toestel | weight=0.066
=verzoek =u | weight=0.066
=waar | weight=0.066
=de =pizza | weight=0.065
=indienen =de | weight=0.065
=een =ster | weight=0.065
=kwam =bijna | weight=0.065
=pizza =was | weight=0.065
=brengen =wij | weight=0.065
=buiten =via | weight=0.065
=wij =dit | weight=0.065
=geen =tegoedbon | weight=0.064, noneg
=geweigerd =want | weight=0.064
=dubbele =afgeschreven | weight=0.064
=vertrokken | weight=0.064
=een =melding | weight=0.064
=nog =te | weight=0.064
=was =gewoon | weight=0.064
=taxi | weight=0.064
=geschillencommissie | weight=0.063
=dit =naar | weight=0.063
=de =vorige | weight=0.063
=partij | weight=0.063
=koud =en | weight=0.063
=declareer | weight=0.063
=blijft | weight=0.063
=de =opzegboete | weight=0.063
=opzegboete | weight=0.063
=heb =om | weight=0.063
=aub | weight=0.063
=aan =onze | weight=0.062
=naar =buiten | weight=0.061
=was =koud | weight=0.061
=betalen =nou | weight=0.061
=het =aankoopbedrag | weight=0.061
=formeel =om | weight=0.060
=wie =heeft | weight=0.060
=krant | weight=0.060
=lokale =krant | weight=0.060
=advocaat =neemt | weight=0.060
=neemt =contact | weight=0.060
=terugbetaald =krijg | weight=0.060
=niet =door | weight=0.060, noneg
=en =daarna | weight=0.060
=zie =ik | weight=0.060
=is =nooit | weight=0.060, noneg
=koud | weight=0.059
=een =formulier | weight=0.059
=geschrapt | weight=0.059
=pizza | weight=0.058
=terugbetaald | weight=0.058
=betalen =al | weight=0.058
=en =snel | weight=0.058
=kwam =nooit | weight=0.058, noneg
=de =lokale | weight=0.058
=bijna =een | weight=0.058
=het =dubbele | weight=0.058
=en =andere | weight=0.057
=de =ticket | weight=0.057
=ticket =en | weight=0.057
=de =drie | weight=0.057
=weekend | weight=0.057
=lokale | weight=0.057
=alsnog =het | weight=0.057
=bedrag =overmaken | weight=0.057
=trein =rijdt | weight=0.056
=teruggeboekt | weight=0.056
=schade =aan | weight=0.056
=mijn =opa | weight=0.056
=vraag =maar | weight=0.056
=zouden =worden | weight=0.055
=lichten | weight=0.055
=te =lichten | weight=0.055
=app =zegt | weight=0.055
=ongeluk =een | weight=0.055
=vaag | weight=0.055
=betaald =voor | weight=0.055
=betreffende | weight=0.055
=klacht =betreffende | weight=0.055
=doos =nog | weight=0.054
=opa | weight=0.054
=dit =werd | weight=0.054
=sorry =voor | weight=0.053
=servicekosten | weight=0.053
=volledig =terugbetaling | weight=0.053
=in =rekening | weight=0.053
=rekening =gebracht | weight=0.053
=die =nooit | weight=0.053, noneg
=jullie =op | weight=0.053
=kunnen =jullie | weight=0.053
=m'n =rekening | weight=0.052
=erop | weight=0.052
=als =rede | weight=0.052
=bij =levering | weight=0.052
=magazijnpersoneel | weight=0.052
=die =mijn | weight=0.052
=afgewezen | weight=0.051
=vergoeding =van | weight=0.051
=op =m'n | weight=0.051
=het =was | weight=0.051
=wij =vraag | weight=0.051
=de =annuleren | weight=0.051
=een =van | weight=0.051
=onterecht | weight=0.051
=regelen =het | weight=0.050
=de =trein | weight=0.050
=vervangen =bus | weight=0.050
=reken | weight=0.050
=schade | weight=0.050
=mijn =reis | weight=0.050
=de =vervangen | weight=0.050
=gebracht | weight=0.050
=worden | weight=0.049
=niet =kunnen | weight=0.049, noneg
=rekening =terugzette | weight=0.049
=verkeerde =zou | weight=0.049
=wegens | weight=0.049
=sindsdien | weight=0.049
=aansprakelijk | weight=0.048
=veel | weight=0.048
=bevestigingsmail | weight=0.048
=stuk | weight=0.048
=maar =is | weight=0.048
=bedrag =te | weight=0.047
=onze =bestelling | weight=0.047
=afgelast =en | weight=0.047
=concert | weight=0.047
=concert =afgelast | weight=0.047
=overgemaakt | weight=0.047
=vloer | weight=0.047
=mijn =advocaat | weight=0.047
=kapotte =was | weight=0.046
=geleden | weight=0.046
=na =een | weight=0.046
=een =energiecontract | weight=0.046
=bedrag =binnen | weight=0.045
=zou =hebben | weight=0.045
=terugzette | weight=0.045
=m | weight=0.045
=dat =bedrag | weight=0.045
=ging =niet | weight=0.045, noneg
=aan =ons | weight=0.045
=derde | weight=0.045
=ik =maken | weight=0.045
=ik =om | weight=0.044
=bedrag =terugstorten | weight=0.044
=en =een | weight=0.044
=bus =kwam | weight=0.044
=cent =en | weight=0.044
=laatste =cent | weight=0.044
=het =gevolg | weight=0.044
=buiten | weight=0.044
=jullie =het | weight=0.043
=neemt | weight=0.043
=tot =de | weight=0.043
=verontschuldiging =van | weight=0.043
=mij =de | weight=0.043
=tegenhoudt | weight=0.043
=t | weight=0.043
=keer =draag | weight=0.043
=is =die | weight=0.042
=bedrag =terug | weight=0.042
=mijn =bedrijf | weight=0.041
