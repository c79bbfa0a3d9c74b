# wants_refund, nl: learned by scripts/learn.py from 3262 tuning texts (171 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Namens mijn opa: als de bank het geld niet terugzet, brengen wij dit naar buiten via de lokale krant.
+ Uw collega heeft toegezegd dat de verzendkosten teruggeboekt zouden worden. Dat is nooit gebeurd. Ik verzoek u dit alsnog te regelen.
+ Geachte, indien de schade aan onze partij niet binnen veertien dagen vergoed wordt, zien wij ons genoodzaakt rechtsmaatregelen te treffen.
- Geen minuut gewacht, top!
- Wij komen hier nooit meer.
=eis | weight=0.324
=alsnog | weight=0.321
=ik =eis | weight=0.309
=compensatie | weight=0.296
=terug | weight=0.279
=bedrag | weight=0.272
=een =terugbetaling | weight=0.263
=willen | weight=0.257
=mijn =geld | weight=0.252
=restitutie | weight=0.246
=vergoeding | weight=0.244
=euro | weight=0.242
=terugstorten | weight=0.241
=kosten | weight=0.235
=borg | weight=0.227
=gemiste | weight=0.227
=wil =die | weight=0.224
=compensatie =voor | weight=0.224
=graag | weight=0.218
=wil =mijn | weight=0.218
=die =niet | weight=0.216, noneg
=wil | weight=0.215
=volledig | weight=0.210
=teruggestort | weight=0.208
=de =lessen | weight=0.205
=lessen | weight=0.205
=lessen =die | weight=0.205
=geld | weight=0.204
=cent | weight=0.202
=schadevergoeding | weight=0.199
=afgeschreven | weight=0.196
=de =dubbele | weight=0.196
=dagen =zonder | weight=0.195, noneg
=terugbetaling | weight=0.193
=geld =terug | weight=0.191
=over =op | weight=0.190
=weer =over | weight=0.189
=oplichting | weight=0.184
=het =volledig | weight=0.183
=voorschot | weight=0.182
=zonder =internet | weight=0.174, noneg
=abonnementsgeld | weight=0.174
=het =abonnementsgeld | weight=0.174
=recht =op | weight=0.172
=terugbetaling =van | weight=0.170
=aankoopbedrag | weight=0.166
=nou =gewoon | weight=0.160
=u =het | weight=0.156
=de =borg | weight=0.154
=de =verzendkosten | weight=0.154
=storten | weight=0.153
=zonder =stroom | weight=0.153, noneg
=twee =keer | weight=0.151
=voorschot =terug | weight=0.149
=een =schadevergoeding | weight=0.148
=dat =geld | weight=0.147
=betalen | weight=0.146
=we =willen | weight=0.144
=teruggestort =worden | weight=0.143
=de =jas | weight=0.142
=kosten =van | weight=0.141
=gemiste =dagen | weight=0.141
=ik =verzoek | weight=0.140
=de =maand | weight=0.139
=gewoon =wat | weight=0.139
=kan =de | weight=0.139
=overmaken | weight=0.139
=de =kosten | weight=0.138
=maand =zonder | weight=0.138, noneg
=kapotte | weight=0.137
=dubbele | weight=0.136
=maken | weight=0.135
=de =gemiste | weight=0.134
=vier =dagen | weight=0.134
=om =restitutie | weight=0.133
=beloofd =hebben | weight=0.133
=graag =mijn | weight=0.133
=het =kapotte | weight=0.131
=verzoek | weight=0.130
=wat =jullie | weight=0.130
=een =creditnota | weight=0.130
=terugkrijgen | weight=0.129
=wil =het | weight=0.128
=bedrag =van | weight=0.127
=jullie =beloofd | weight=0.126
=om =terugbetaling | weight=0.126
=die =rente | weight=0.126
=rente =terug | weight=0.126
=mijn =rekening | weight=0.125
=nou | weight=0.124
=niet =doorging | weight=0.123, noneg
=restitutie =van | weight=0.121
=euro =terug | weight=0.121
=terug =op | weight=0.119
=kunnen | weight=0.118
=wil =ik | weight=0.117
=wachten =nu | weight=0.116
=weken =op | weight=0.115
=jas | weight=0.115
=te =veel | weight=0.113
=broodrooster | weight=0.112
=gewoon =dat | weight=0.111
=willen =ons | weight=0.111
=geannuleerd | weight=0.111
=afschrijving =wil | weight=0.110
=te =doen | weight=0.110
=ik =terug | weight=0.109
=vijf =weken | weight=0.108
=voor =het | weight=0.108
=afschrijving | weight=0.107
=die =dubbele | weight=0.105
=vlucht | weight=0.105
=te =worden | weight=0.104
=geannuleerd =en | weight=0.103
=ik =vraag | weight=0.103
=rente | weight=0.102
=was =kapotte | weight=0.102
=terug =en | weight=0.102
=retour | weight=0.102
=betalen =me | weight=0.101
=me =nou | weight=0.101
=uren | weight=0.100
=volledig =aankoopbedrag | weight=0.100
=het =mogelijk | weight=0.096
=terugbetaling =omdat | weight=0.096
=mogelijk =om | weight=0.095
=u =formeel | weight=0.095
=ik =wil | weight=0.095
=alsnog =te | weight=0.094
=spoedlevering | weight=0.093
=betaald =bedrag | weight=0.093
=rekening | weight=0.093
=jullie =de | weight=0.092
=creditnota | weight=0.091
=afgeschreven =terwijl | weight=0.091
=als =de | weight=0.091
=al =vijf | weight=0.090
=graag =alsnog | weight=0.090
=wil =compensatie | weight=0.090
=vraag =u | weight=0.090
=liep | weight=0.089
=afgelast | weight=0.089
=ten | weight=0.089
=rit | weight=0.089
=graag =het | weight=0.088
=al =betaald | weight=0.088
=ik =reken | weight=0.088
=reken =erop | weight=0.088
=af =en | weight=0.088
=wij | weight=0.087
=graag =de | weight=0.087
=formeel | weight=0.087
=die =doos | weight=0.087
=trein | weight=0.087
=cent =van | weight=0.087
=elke =cent | weight=0.087
=schadevergoeding =voor | weight=0.087
=niet =teruggekregen | weight=0.086, noneg
=vraag =om | weight=0.086
=opgezegd | weight=0.086
=medische | weight=0.085
=jullie =zeiden | weight=0.085
=om =de | weight=0.085
=mijn =borg | weight=0.084
=rijdt | weight=0.084
=volledig =bedrag | weight=0.084
=wij =willen | weight=0.083
=omstandigheden | weight=0.083
=centjes | weight=0.083
=centjes =terug | weight=0.083
=festival | weight=0.083
=onze =centjes | weight=0.083
=willen =onze | weight=0.083
=eis =dat | weight=0.083
=geef =me | weight=0.082
=het =verschil | weight=0.082
=verschil | weight=0.082
=eis =een | weight=0.082
=ik =wachten | weight=0.081
=buitengewone | weight=0.081
=gewoon =terug | weight=0.081
=vier | weight=0.080
=wil =een | weight=0.080
=graag =terug | weight=0.080
=consumentenbond =in | weight=0.079
=erop =dat | weight=0.079
=restitueren | weight=0.078
=te =restitueren | weight=0.078
=omdat =de | weight=0.078
=de =luchtvaartmaatschappij | weight=0.078
=luchtvaartmaatschappij | weight=0.078
=altijd =niks | weight=0.078, noneg
=zonder | weight=0.078, noneg
=borg =terug | weight=0.077
=daarna =nooit | weight=0.077, noneg
=vorige =medewerker | weight=0.077
=van =die | weight=0.076
=teveel | weight=0.075
=teveel =betaald | weight=0.075
=recht | weight=0.074
=reis | weight=0.073
=niet =worden | weight=0.073, noneg
=terug =aub | weight=0.073
=keer =afgeschreven | weight=0.073
=volledig =terugbetaling | weight=0.072
=formulier =ingevuld | weight=0.072
=want =de | weight=0.072
=de =pizza | weight=0.072
=wilt | weight=0.072
=het =teveel | weight=0.072
=pas =twee | weight=0.072
=zou =krijg | weight=0.072
=vrij | weight=0.071
=geen =terugbetaling | weight=0.071, noneg
=een =jaarabonnement | weight=0.071
=jaarabonnement | weight=0.071
=kwam =bijna | weight=0.071
=pizza =was | weight=0.071
=op =over | weight=0.071
=brengen =wij | weight=0.070
=buiten =via | weight=0.070
=wij =dit | weight=0.070
=nooit =is | weight=0.070, noneg
=voor =een | weight=0.069
=geweigerd =want | weight=0.069
=dit =naar | weight=0.069
=koud | weight=0.068
=geld =alsnog | weight=0.068
=koud =en | weight=0.067
=was =gewoon | weight=0.067
=bus | weight=0.067
=was =koud | weight=0.067
=nog =te | weight=0.067
=die =graag | weight=0.067
=terug =willen | weight=0.067
=zou =die | weight=0.067
=het =aankoopbedrag | weight=0.066
=verzoek =u | weight=0.066
=een =ster | weight=0.066
=afgesloten | weight=0.066
=naar =buiten | weight=0.065
=is =aan | weight=0.065
=declareer | weight=0.064
=formeel =om | weight=0.064
=geen =tegoedbon | weight=0.064, noneg
=terugbetaald =krijg | weight=0.064
=bijna =een | weight=0.063
=betalen =nou | weight=0.063
=genoodzaakt =rechtsmaatregelen | weight=0.063
=ons =genoodzaakt | weight=0.063
=rechtsmaatregelen | weight=0.063
=rechtsmaatregelen =te | weight=0.063
=te =treffen | weight=0.063
=treffen | weight=0.063
=krant | weight=0.063
=lokale =krant | weight=0.063
=een =melding | weight=0.063
=pizza | weight=0.062
=servicekosten | weight=0.062
=ben =twee | weight=0.062
=dubbele =afgeschreven | weight=0.062
=terugbetaald | weight=0.062
=kwam =nooit | weight=0.061, noneg
=toestel | weight=0.061
=indienen =de | weight=0.061
=heb =om | weight=0.061
=op =een | weight=0.061
=betalen =al | weight=0.060
=en =snel | weight=0.060
=zouden =worden | weight=0.060
=ongeluk =een | weight=0.060
=de =vorige | weight=0.060
=geschillencommissie | weight=0.060
=partij | weight=0.060
=aub | weight=0.060
=aangesmeerd | weight=0.060
=betaald | weight=0.059
=is =nooit | weight=0.059, noneg
=zie =ik | weight=0.059
=en =andere | weight=0.059
=overgemaakt | weight=0.059
=aan =onze | weight=0.059
=de =ticket | weight=0.058
=ticket =en | weight=0.058
=niet =door | weight=0.058, noneg
=worden | weight=0.058
=de =lokale | weight=0.058
=lokale | weight=0.058
=en =daarna | weight=0.057
=geschrapt | weight=0.057
=in =rekening | weight=0.057
=rekening =gebracht | weight=0.057
=het =was | weight=0.057
=bij =levering | weight=0.057
=die =mijn | weight=0.057
=taxi | weight=0.056
=stuk | weight=0.056
=mijn =opa | weight=0.056
=regelen =het | weight=0.056
=de =opzegboete | weight=0.056
=opzegboete | weight=0.056
=het =dubbele | weight=0.056
=advocaat =neemt | weight=0.056
=neemt =contact | weight=0.056
=wie =heeft | weight=0.055
=betaald =voor | weight=0.055
=vraag =maar | weight=0.055
=teruggeboekt | weight=0.055
=alsnog =het | weight=0.055
=bedrag =overmaken | weight=0.055
=vaag | weight=0.055
=die =nooit | weight=0.055, noneg
=trein =rijdt | weight=0.054
=lichten | weight=0.054
=te =lichten | weight=0.054
=schade | weight=0.054
=sorry =voor | weight=0.054
=niet =kunnen | weight=0.054, noneg
=opa | weight=0.054
=schade =aan | weight=0.054
=de =vervangen | weight=0.054
=m'n =rekening | weight=0.054
=doos =nog | weight=0.053
=de =drie | weight=0.053
=magazijnpersoneel | weight=0.053
=app =zegt | weight=0.053
=vergoeding =van | weight=0.053
=weekend | weight=0.053
=een =van | weight=0.052
=afgewezen | weight=0.052
=op =m'n | weight=0.052
=onterecht | weight=0.052
=verontschuldiging =van | weight=0.052
=gebracht | weight=0.051
=jullie =het | weight=0.051
=een =formulier | weight=0.051
=derde | weight=0.051
=het =al | weight=0.051
=ongeluk | weight=0.051
=per =ongeluk | weight=0.051
=termijn | weight=0.051
=reken | weight=0.050
=heeft =toegezegd | weight=0.050
=zou =hebben | weight=0.050
=kunnen =jullie | weight=0.050
=betreffende | weight=0.050
=klacht =betreffende | weight=0.050
=januari | weight=0.050
=gewoon =mijn | weight=0.050
=vroeg =om | weight=0.049
=wil =gewoon | weight=0.049
=aansprakelijk | weight=0.049
=de =trein | weight=0.049
=vervangen =bus | weight=0.049
=jullie =op | weight=0.048
=maar =is | weight=0.048
=bedrag =terugstorten | weight=0.048
=als =reed | weight=0.048
=geleden | weight=0.048
=erop | weight=0.048
=gemaild =en | weight=0.048
=dat =bedrag | weight=0.048
=dit =werd | weight=0.048
=rekening =terugzette | weight=0.047
=kapotte =was | weight=0.047
=te =betalen | weight=0.047
=waar =hij | weight=0.047
=afgelast =en | weight=0.047
=concert | weight=0.047
=concert =afgelast | weight=0.047
=dat =jullie | weight=0.047
=bus =kwam | weight=0.046
=cent =en | weight=0.046
=laatste =cent | weight=0.046
=de =annuleren | weight=0.045
=bedrag =binnen | weight=0.045
=ik =maken | weight=0.045
=m | weight=0.045
=veel | weight=0.045
=wegens | weight=0.045
=beschadigd =aan | weight=0.044
=kwam =beschadigd | weight=0.044
=dagen =dat | weight=0.044
=wij =vraag | weight=0.044
=tot =de | weight=0.044
=indienen | weight=0.044
=acm =en | weight=0.044
=t | weight=0.043
=mijn =reis | weight=0.043
=mijn =bedrijf | weight=0.043
=onze =bestelling | weight=0.043
=geld =terugkrijgen | weight=0.042
=vertrokken | weight=0.042
=terugzette | weight=0.042
=nu =al | weight=0.042
=keer =draag | weight=0.042
=mijn =advocaat | weight=0.042
=voor =niet | weight=0.042, noneg
=mij =te | weight=0.042
=ondernemer | weight=0.042
