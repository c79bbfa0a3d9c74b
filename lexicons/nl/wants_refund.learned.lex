# wants_refund, nl: learned by scripts/learn.py from 3889 tuning texts (193 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Klant dreigt naar de Consumentenbond en de pers te stappen als de schade niet vergoed wordt.
+ Namens mijn opa: als de bank het geld niet terugzet, brengen wij dit naar buiten via de lokale krant.
+ Uw collega heeft toegezegd dat de verzendkosten teruggeboekt zouden worden. Dat is nooit gebeurd. Ik verzoek u dit alsnog te regelen.
- Geen minuut gewacht, top!
- Wij komen hier nooit meer.
=eis | weight=0.337
=alsnog | weight=0.332
=ik =eis | weight=0.320
=terugbetaling | weight=0.316
=compensatie | weight=0.284
=restitutie | weight=0.280
=mijn =geld | weight=0.275
=wil =mijn | weight=0.266
=bedrag | weight=0.265
=willen | weight=0.253
=een =terugbetaling | weight=0.248
=terug | weight=0.247
=compensatie =voor | weight=0.237
=geld | weight=0.233
=wil =die | weight=0.230
=terugstorten | weight=0.226
=graag | weight=0.223
=borg | weight=0.222
=gemiste | weight=0.220
=geld =terug | weight=0.214
=euro | weight=0.210
=die =niet | weight=0.210, noneg
=volledig | weight=0.205
=de =lessen | weight=0.201
=lessen | weight=0.201
=lessen =die | weight=0.201
=schadevergoeding | weight=0.201
=vergoeding | weight=0.193
=het =volledig | weight=0.191
=wil | weight=0.190
=cent | weight=0.189
=teruggestort | weight=0.188
=dagen =zonder | weight=0.187, noneg
=oplichting | weight=0.181
=voorschot | weight=0.179
=jullie =zeiden | weight=0.175
=afgeschreven | weight=0.174
=zonder =internet | weight=0.174, noneg
=kosten | weight=0.173
=de =dubbele | weight=0.172
=maar =weer | weight=0.171
=over =op | weight=0.171
=mijn =terugbetaling | weight=0.171
=ik =wachten | weight=0.171
=weer =over | weight=0.171
=als =de | weight=0.170
=abonnementsgeld | weight=0.165
=het =abonnementsgeld | weight=0.165
=storten | weight=0.164
=aankoopbedrag | weight=0.163
=nou =gewoon | weight=0.160
=weken =op | weight=0.160
=we =willen | weight=0.159
=betalen | weight=0.155
=waar =blijft | weight=0.153
=tegemoetkoming | weight=0.149
=voorschot =terug | weight=0.148
=ik =verzoek | weight=0.147
=zonder =stroom | weight=0.146, noneg
=terugbetaling =van | weight=0.146
=een =creditnota | weight=0.145
=de =borg | weight=0.145
=gemiste =dagen | weight=0.145
=beloofd =hebben | weight=0.144
=kosten =van | weight=0.144
=teruggestort =worden | weight=0.142
=wat =jullie | weight=0.141
=dat =geld | weight=0.140
=de =gemiste | weight=0.140
=twee =keer | weight=0.139
=kan =de | weight=0.139
=bedrag =van | weight=0.138
=een =schadevergoeding | weight=0.138
=euro =terug | weight=0.138
=verzoek | weight=0.138
=de =maand | weight=0.137
=maand =zonder | weight=0.136, noneg
=u =het | weight=0.135
=dubbele | weight=0.135
=gewoon =wat | weight=0.133
=de =jas | weight=0.132
=jullie =beloofd | weight=0.132
=graag =alsnog | weight=0.130
=recht =op | weight=0.129
=vier =dagen | weight=0.128
=niet =doorging | weight=0.128, noneg
=wil =het | weight=0.126
=wil =ik | weight=0.126
=de =verzendkosten | weight=0.125
=maken | weight=0.125
=die =rente | weight=0.124
=rente =terug | weight=0.124
=het =kapotte | weight=0.124
=blijft =mijn | weight=0.121
=terugkrijg | weight=0.121
=graag =mijn | weight=0.120
=overmaken | weight=0.119
=om =restitutie | weight=0.119
=nou | weight=0.118
=willen =ons | weight=0.116
=gewoon =dat | weight=0.115
=omstandigheden | weight=0.114
=buitengewone =omstandigheden | weight=0.114
=schade | weight=0.113
=rekening | weight=0.113
=te =doen | weight=0.111
=buitengewone | weight=0.111
=broodrooster | weight=0.111
=consumentenbond =en | weight=0.110
=het =mogelijk | weight=0.109
=kunnen | weight=0.109
=om =terugbetaling | weight=0.108
=afschrijving =wil | weight=0.108
=de =per | weight=0.108
=kapotte | weight=0.108
=ik =wil | weight=0.107
=terug =op | weight=0.107
=te =veel | weight=0.105
=terug =en | weight=0.105
=rente | weight=0.105
=ik =terug | weight=0.105
=volledig =aankoopbedrag | weight=0.105
=jas | weight=0.104
=die =dubbele | weight=0.104
=wachten =al | weight=0.104
=al =betaald | weight=0.104
=schade =niet | weight=0.104, noneg
=creditnota | weight=0.103
=afschrijving | weight=0.102
=mogelijk =om | weight=0.101
=sinds =vorige | weight=0.100
=was =kapotte | weight=0.099
=niet =teruggekregen | weight=0.098, noneg
=te =worden | weight=0.097
=wachten =nu | weight=0.097
=restitutie =van | weight=0.096
=voor =het | weight=0.096
=consumentenbond | weight=0.096
=de =consumentenbond | weight=0.096
=vraag =u | weight=0.096
=jullie =de | weight=0.095
=eis =een | weight=0.095
=uren | weight=0.095
=spoedlevering | weight=0.095
=terugbetaling =omdat | weight=0.094
=wij | weight=0.093
=mijn =borg | weight=0.093
=de =kosten | weight=0.093
=betaald =bedrag | weight=0.093
=alsnog =te | weight=0.092
=betalen =me | weight=0.092
=me =nou | weight=0.092
=wil =compensatie | weight=0.090
=wil =nu | weight=0.090
=die =doos | weight=0.090
=ik =reken | weight=0.090
=reken =erop | weight=0.090
=graag =de | weight=0.089
=retour | weight=0.089
=rit | weight=0.088
=afgelast | weight=0.087
=te =stappen | weight=0.087
=borg =terug | weight=0.087
=afgeschreven =terwijl | weight=0.087
=uur =te | weight=0.087
=volledig =bedrag | weight=0.086
=ten | weight=0.086
=centjes | weight=0.085
=centjes =terug | weight=0.085
=festival | weight=0.085
=onze =centjes | weight=0.085
=willen =onze | weight=0.085
=keer =afgeschreven | weight=0.085
=cent =van | weight=0.085
=elke =cent | weight=0.085
=eis =dat | weight=0.084
=de =schade | weight=0.084
=ik =vraag | weight=0.084
=vraag =om | weight=0.084
=graag =terug | weight=0.084
=graag =het | weight=0.083
=schadevergoeding =voor | weight=0.083
=trein | weight=0.082
=erop =dat | weight=0.082
=rijdt | weight=0.082
=af =en | weight=0.082
=u =formeel | weight=0.082
=al =vijf | weight=0.082
=van =die | weight=0.082
=liep | weight=0.081
=het =was | weight=0.081
=wij =willen | weight=0.080
=vorige =medewerker | weight=0.080
=daarna =nooit | weight=0.079, noneg
=terug =aub | weight=0.078
=geef =me | weight=0.078
=gewoon =terug | weight=0.077
=stappen | weight=0.077
=april | weight=0.076
=formulier =ingevuld | weight=0.076
=formeel | weight=0.075
=groet =s | weight=0.075
=s | weight=0.075
=het =verschil | weight=0.075
=verschil | weight=0.075
=vrij | weight=0.074
=opgezegd | weight=0.073
=voor =een | weight=0.072
=medische | weight=0.072
=is =aan | weight=0.072
=teveel | weight=0.070
=teveel =betaald | weight=0.070
=dubbele =afgeschreven | weight=0.070
=geen =terugbetaling | weight=0.069, noneg
=verzoek =u | weight=0.069
=ben =twee | weight=0.069
=betalen =nou | weight=0.068
=reis | weight=0.068
=bus | weight=0.068
=aub | weight=0.068
=geen =tegoedbon | weight=0.067, noneg
=restitueren | weight=0.067
=te =restitueren | weight=0.067
=blijft | weight=0.067
=om =de | weight=0.067
=op =over | weight=0.067
=het =teveel | weight=0.067
=nooit =is | weight=0.066, noneg
=consumentenbond =in | weight=0.066
=aangesmeerd | weight=0.066
=geweigerd =want | weight=0.066
=uw =voorwaarden | weight=0.066
=waar | weight=0.066
=vorige =weken | weight=0.066
=zonder | weight=0.066, noneg
=die =graag | weight=0.065
=terug =willen | weight=0.065
=zou =die | weight=0.065
=al =sinds | weight=0.065
=de =ticket | weight=0.065
=ticket =en | weight=0.065
=de =vervangen | weight=0.065
=declareer | weight=0.064
=afgesloten | weight=0.064
=nog =te | weight=0.064
=lauw | weight=0.064
=de =drie | weight=0.064
=volledig =terugbetaling | weight=0.063
=voor =niks | weight=0.063, noneg
=een =ster | weight=0.063
=reken | weight=0.063
=want =de | weight=0.063
=niet =worden | weight=0.062, noneg
=het =dubbele | weight=0.062
=en =daarna | weight=0.062
=bedrag =te | weight=0.062
=alles =was | weight=0.062
=vier | weight=0.062
=geannuleerd =en | weight=0.061
=vertrokken | weight=0.061
=niet =binnen | weight=0.061, noneg
=durfde | weight=0.061
=worden | weight=0.061
=maaltijdbox =kwam | weight=0.061
=terugbetaald =krijg | weight=0.060
=kwam =drie | weight=0.060
=de =luchtvaartmaatschappij | weight=0.060
=luchtvaartmaatschappij | weight=0.060
=heb =om | weight=0.060
=maaltijdbox | weight=0.059
=taxi | weight=0.059
=en =andere | weight=0.059
=stap =ik | weight=0.059
=vraag =maar | weight=0.059
=waar =is | weight=0.059
=pas =twee | weight=0.059
=dat =jullie | weight=0.059
=geschillencommissie | weight=0.059
=vaag | weight=0.059
=de =pizza | weight=0.059
=brengen =wij | weight=0.059
=buiten =via | weight=0.059
=wij =dit | weight=0.059
=een =jaarabonnement | weight=0.059
=jaarabonnement | weight=0.059
=altijd =niks | weight=0.058, noneg
=is =pas | weight=0.058
=het =aankoopbedrag | weight=0.058
=maar =uw | weight=0.058
=terugbetaald | weight=0.058
=kwam =bijna | weight=0.058
=pizza =was | weight=0.058
=advocaat =neemt | weight=0.058
=neemt =contact | weight=0.058
=dit =naar | weight=0.057
=vlees | weight=0.057
=een =melding | weight=0.057
=de =opzegboete | weight=0.056
=opzegboete | weight=0.056
=een =formulier | weight=0.056
=volgens =uw | weight=0.056
=kwam =nooit | weight=0.056, noneg
=rekening =terugzette | weight=0.056
=koud =en | weight=0.056
=vlucht | weight=0.056
=erop | weight=0.056
=genoodzaakt =rechtsmaatregelen | weight=0.055
=ons =genoodzaakt | weight=0.055
=rechtsmaatregelen | weight=0.055
=rechtsmaatregelen =te | weight=0.055
=te =treffen | weight=0.055
=treffen | weight=0.055
=dat =bedrag | weight=0.055
=zou =krijg | weight=0.055
=servicekosten | weight=0.055
=naar =buiten | weight=0.055
=krant | weight=0.055
=lokale =krant | weight=0.055
=formeel =om | weight=0.055
=was =koud | weight=0.055
=bezorger =beweert | weight=0.055
=sorry =voor | weight=0.055
=kunnen =jullie | weight=0.054
=geschrapt | weight=0.054
=toestel | weight=0.054
=en =alles | weight=0.054
=indienen =de | weight=0.054
=betaald =voor | weight=0.054
=niet =door | weight=0.054, noneg
=zie =ik | weight=0.053
=jullie =op | weight=0.053
=de =lokale | weight=0.053
=wij =vraag | weight=0.053
=was =gewoon | weight=0.053
=in =rekening | weight=0.053
=rekening =gebracht | weight=0.053
=teruggeboekt | weight=0.053
=een =vergoeding | weight=0.053
=derde | weight=0.053
=lokale | weight=0.053
=niet =kunnen | weight=0.052, noneg
=verzendkosten =terug | weight=0.052
=een =energiecontract | weight=0.052
=die =mijn | weight=0.052
=laat =en | weight=0.052
=trein =rijdt | weight=0.052
=onterecht | weight=0.052
=stuk | weight=0.051
=veel | weight=0.051
=ongeluk =een | weight=0.051
=m'n =rekening | weight=0.051
=mijn =advocaat | weight=0.051
=heeft =die | weight=0.051
=terugzette | weight=0.051
=keer =draag | weight=0.051
=wilt =u | weight=0.051
=een =van | weight=0.050
=koud | weight=0.050
=niks =ontvangen | weight=0.050, noneg
=aan =onze | weight=0.050
=bedrag =terug | weight=0.050
=op =m'n | weight=0.050
=bij =levering | weight=0.050
=pizza | weight=0.050
=doos =nog | weight=0.049
=omdat =de | weight=0.049
=app =zegt | weight=0.049
=gebracht | weight=0.049
=wie =heeft | weight=0.049
=maar =is | weight=0.049
=mij =de | weight=0.049
=kapotte =was | weight=0.049
=jullie =het | weight=0.049
=mijn =rekening | weight=0.048
=vergoeding =wordt | weight=0.048
=draag | weight=0.048
=betreffende | weight=0.048
=klacht =betreffende | weight=0.048
=dagen =dat | weight=0.048
=bedrag =terugstorten | weight=0.048
=mijn =opa | weight=0.047
=geleden | weight=0.047
=de =trein | weight=0.047
=vervangen =bus | weight=0.047
=overgemaakt | weight=0.047
=aansprakelijk | weight=0.047
=weekend | weight=0.047
=dit =werd | weight=0.047
=en =snel | weight=0.047
=magazijnpersoneel | weight=0.047
=opa | weight=0.047
=bijna =een | weight=0.046
=als =rede | weight=0.046
=een =technische | weight=0.046
=geld =alsnog | weight=0.046
=gemaild =en | weight=0.046
=af =omdat | weight=0.045
=alsnog =het | weight=0.045
=bedrag =overmaken | weight=0.045
=afgelast =en | weight=0.045
