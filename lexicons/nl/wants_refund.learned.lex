# wants_refund, nl: learned by scripts/learn.py from 4090 tuning texts (196 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Klant dreigt naar de Consumentenbond en de pers te stappen als de schade niet vergoed wordt.
+ Namens mijn opa: als de bank het geld niet terugzet, brengen wij dit naar buiten via de lokale krant.
+ Klant gaf aan een melding te doen bij de ACM en de Consumentenbond in te lichten als de kosten niet worden teruggedraaid.
- Dank voor de snelle hulp!
- Geen minuut gewacht, top!
=eis | weight=0.338
=alsnog | weight=0.338
=ik =eis | weight=0.331
=terugbetaling | weight=0.317
=compensatie | weight=0.280
=restitutie | weight=0.280
=mijn =geld | weight=0.275
=bedrag | weight=0.269
=wil =mijn | weight=0.268
=willen | weight=0.257
=terug | weight=0.255
=geld | weight=0.246
=wil =die | weight=0.241
=borg | weight=0.232
=terugstorten | weight=0.229
=gemiste | weight=0.228
=compensatie =voor | weight=0.228
=graag | weight=0.227
=een =terugbetaling | weight=0.221
=geld =terug | weight=0.217
=schadevergoeding | weight=0.212
=die =niet | weight=0.212, noneg
=euro | weight=0.206
=de =lessen | weight=0.201
=lessen | weight=0.201
=lessen =die | weight=0.201
=volledig | weight=0.196
=het =volledig | weight=0.193
=dagen =zonder | weight=0.189, noneg
=wil | weight=0.187
=cent | weight=0.184
=voorschot | weight=0.184
=vergoeding | weight=0.183
=teruggestort | weight=0.183
=oplichting | weight=0.180
=kosten | weight=0.176
=maar =weer | weight=0.174
=weer =over | weight=0.174
=als =de | weight=0.173
=over =op | weight=0.173
=afgeschreven | weight=0.172
=mijn =terugbetaling | weight=0.170
=de =dubbele | weight=0.169
=zonder =internet | weight=0.167, noneg
=jullie =zeiden | weight=0.167
=ik =wachten | weight=0.167
=abonnementsgeld | weight=0.166
=het =abonnementsgeld | weight=0.166
=weken =op | weight=0.163
=storten | weight=0.163
=we =willen | weight=0.160
=nou =gewoon | weight=0.159
=aankoopbedrag | weight=0.158
=betalen | weight=0.158
=terugbetaling =van | weight=0.157
=tegemoetkoming | weight=0.151
=waar =blijft | weight=0.151
=een =schadevergoeding | weight=0.150
=zonder =stroom | weight=0.148, noneg
=een =creditnota | weight=0.148
=ik =verzoek | weight=0.147
=kosten =van | weight=0.145
=gemiste =dagen | weight=0.144
=beloofd =hebben | weight=0.143
=de =borg | weight=0.143
=dat =geld | weight=0.141
=wat =jullie | weight=0.140
=de =maand | weight=0.140
=verzoek | weight=0.139
=jullie =beloofd | weight=0.139
=teruggestort =worden | weight=0.139
=bedrag =van | weight=0.139
=twee =keer | weight=0.139
=maand =zonder | weight=0.138, noneg
=dubbele | weight=0.138
=voorschot =terug | weight=0.138
=de =gemiste | weight=0.138
=u =het | weight=0.138
=kan =de | weight=0.137
=euro =terug | weight=0.136
=de =jas | weight=0.134
=gewoon =wat | weight=0.134
=recht =op | weight=0.132
=maken | weight=0.132
=rekening | weight=0.131
=graag =alsnog | weight=0.129
=het =kapotte | weight=0.129
=consumentenbond =en | weight=0.128
=vier =dagen | weight=0.127
=die =rente | weight=0.126
=rente =terug | weight=0.126
=terugkrijg | weight=0.126
=wil =het | weight=0.124
=de =verzendkosten | weight=0.124
=ik =wil | weight=0.124
=om =restitutie | weight=0.122
=blijft =mijn | weight=0.122
=niet =doorging | weight=0.122, noneg
=kapotte | weight=0.121
=graag =mijn | weight=0.119
=overmaken | weight=0.118
=terug =op | weight=0.116
=willen =ons | weight=0.115
=omstandigheden | weight=0.115
=buitengewone =omstandigheden | weight=0.115
=broodrooster | weight=0.114
=schade | weight=0.113
=gewoon =dat | weight=0.113
=afschrijving =wil | weight=0.112
=buitengewone | weight=0.112
=nou | weight=0.112
=te =veel | weight=0.112
=kunnen | weight=0.112
=rente | weight=0.110
=om =terugbetaling | weight=0.109
=de =per | weight=0.109
=wil =ik | weight=0.109
=jas | weight=0.108
=te =doen | weight=0.108
=die =dubbele | weight=0.107
=al =betaald | weight=0.107
=het =mogelijk | weight=0.105
=schade =niet | weight=0.105, noneg
=wachten =al | weight=0.104
=was =kapotte | weight=0.103
=terug =en | weight=0.103
=afschrijving | weight=0.102
=ik =terug | weight=0.102
=creditnota | weight=0.102
=spoedlevering | weight=0.101
=restitutie =van | weight=0.101
=vraag =u | weight=0.101
=wij | weight=0.101
=volledig =aankoopbedrag | weight=0.099
=sinds =vorige | weight=0.099
=niet =teruggekregen | weight=0.098, noneg
=alsnog =te | weight=0.098
=mogelijk =om | weight=0.098
=jullie =de | weight=0.097
=uren | weight=0.096
=eis =een | weight=0.096
=te =worden | weight=0.096
=ik =reken | weight=0.095
=reken =erop | weight=0.095
=consumentenbond | weight=0.095
=de =consumentenbond | weight=0.095
=afgeschreven =terwijl | weight=0.095
=volledig =bedrag | weight=0.095
=betalen =me | weight=0.094
=me =nou | weight=0.094
=voor =het | weight=0.093
=wil =nu | weight=0.092
=die =doos | weight=0.091
=betaald =bedrag | weight=0.090
=retour | weight=0.090
=de =kosten | weight=0.090
=ik =vraag | weight=0.089
=cent =van | weight=0.089
=elke =cent | weight=0.089
=mijn =borg | weight=0.088
=u =formeel | weight=0.088
=erop =dat | weight=0.088
=terugbetaling =omdat | weight=0.088
=graag =terug | weight=0.088
=wachten =nu | weight=0.087
=de =schade | weight=0.086
=afgelast | weight=0.085
=ten | weight=0.085
=rit | weight=0.085
=centjes | weight=0.084
=centjes =terug | weight=0.084
=festival | weight=0.084
=onze =centjes | weight=0.084
=willen =onze | weight=0.084
=trein | weight=0.084
=graag =de | weight=0.084
=te =stappen | weight=0.084
=rijdt | weight=0.083
=eis =dat | weight=0.083
=borg =terug | weight=0.083
=april | weight=0.083
=wil =compensatie | weight=0.083
=geef =me | weight=0.083
=daarna =nooit | weight=0.082, noneg
=formeel | weight=0.081
=af =en | weight=0.081
=vraag =om | weight=0.081
=wij =willen | weight=0.080
=liep | weight=0.080
=zonder | weight=0.080, noneg
=de =vervangen | weight=0.079
=verzoek =u | weight=0.078
=graag =het | weight=0.078
=vorige =medewerker | weight=0.078
=het =verschil | weight=0.077
=verschil | weight=0.077
=uur =te | weight=0.077
=formulier =ingevuld | weight=0.077
=waar | weight=0.076
=al =vijf | weight=0.076
=opgezegd | weight=0.076
=groet =s | weight=0.076
=s | weight=0.076
=aangesmeerd | weight=0.076
=het =was | weight=0.076
=want =de | weight=0.076
=van =die | weight=0.075
=vrij | weight=0.074
=is =aan | weight=0.074
=terug =aub | weight=0.074
=medische | weight=0.073
=voor =een | weight=0.072
=restitueren | weight=0.072
=te =restitueren | weight=0.072
=stappen | weight=0.072
=teveel | weight=0.071
=teveel =betaald | weight=0.071
=keer =afgeschreven | weight=0.070
=de =ticket | weight=0.069
=ticket =en | weight=0.069
=bus | weight=0.069
=ben =twee | weight=0.069
=gewoon =terug | weight=0.068
=op =over | weight=0.067
=nooit =is | weight=0.067, noneg
=blijft | weight=0.067
=geen =terugbetaling | weight=0.067, noneg
=het =teveel | weight=0.066
=vlucht | weight=0.066
=heb =om | weight=0.066
=die =graag | weight=0.066
=terug =willen | weight=0.066
=zou =die | weight=0.066
=consumentenbond =in | weight=0.066
=omdat =de | weight=0.066
=geweigerd =want | weight=0.066
=schadevergoeding =voor | weight=0.066
=laat =en | weight=0.065
=voor =niks | weight=0.065, noneg
=betalen =nou | weight=0.064
=vier | weight=0.064
=dubbele =afgeschreven | weight=0.064
=een =ster | weight=0.064
=geen =tegoedbon | weight=0.064, noneg
=aub | weight=0.064
=nog =te | weight=0.063
=geschillencommissie | weight=0.063
=kwam =bijna | weight=0.063
=formeel =om | weight=0.063
=geannuleerd =en | weight=0.063
=niet =worden | weight=0.063, noneg
=vaag | weight=0.062
=terugbetaald =krijg | weight=0.062
=declareer | weight=0.062
=maar =uw | weight=0.062
=altijd =niks | weight=0.062, noneg
=de =luchtvaartmaatschappij | weight=0.062
=luchtvaartmaatschappij | weight=0.062
=uw =voorwaarden | weight=0.061
=vraag =maar | weight=0.061
=koud =en | weight=0.061
=mijn =rekening | weight=0.061
=terugbetaald | weight=0.060
=al =sinds | weight=0.060
=sorry =voor | weight=0.060
=de =opzegboete | weight=0.060
=opzegboete | weight=0.060
=was =koud | weight=0.060
=erop | weight=0.060
=pas =twee | weight=0.060
=alles =was | weight=0.059
=een =jaarabonnement | weight=0.059
=jaarabonnement | weight=0.059
=de =pizza | weight=0.059
=is =pas | weight=0.059
=pizza =was | weight=0.059
=het =aankoopbedrag | weight=0.059
=stap =ik | weight=0.058
=reken | weight=0.058
=afgesloten | weight=0.058
=durfde | weight=0.058
=veel | weight=0.058
=brengen =wij | weight=0.058
=buiten =via | weight=0.058
=wij =dit | weight=0.058
=kwam =nooit | weight=0.057, noneg
=om =de | weight=0.057
=volgens =uw | weight=0.057
=geschrapt | weight=0.057
=zou =krijg | weight=0.057
=maaltijdbox =kwam | weight=0.057
=bedrag =terug | weight=0.057
=niet =binnen | weight=0.057, noneg
=was =lauw | weight=0.057
=servicekosten | weight=0.057
=dit =naar | weight=0.057
=advocaat =neemt | weight=0.057
=neemt =contact | weight=0.057
=vertrokken | weight=0.056
=kwam =drie | weight=0.056
=lauw | weight=0.056
=de =drie | weight=0.056
=reis | weight=0.056
=en =andere | weight=0.056
=taxi | weight=0.056
=zie =ik | weight=0.056
=dat =bedrag | weight=0.056
=worden | weight=0.055
=bedrag =te | weight=0.055
=trein =rijdt | weight=0.055
=maaltijdbox | weight=0.055
=dat =jullie | weight=0.055
=het =dubbele | weight=0.055
=toestel | weight=0.055
=waar =is | weight=0.055
=teruggeboekt | weight=0.055
=naar =buiten | weight=0.055
=kunnen =jullie | weight=0.055
=betaald =voor | weight=0.055
=was =gewoon | weight=0.054
=vlees | weight=0.054
=niet =door | weight=0.054, noneg
=krant | weight=0.054
=lokale =krant | weight=0.054
=vorige =weken | weight=0.054
=koud | weight=0.054
=genoodzaakt =rechtsmaatregelen | weight=0.053
=ons =genoodzaakt | weight=0.053
=rechtsmaatregelen | weight=0.053
=rechtsmaatregelen =te | weight=0.053
=te =treffen | weight=0.053
=treffen | weight=0.053
=in =rekening | weight=0.053
=rekening =gebracht | weight=0.053
=ongeluk =een | weight=0.053
=app =zegt | weight=0.053
=een =melding | weight=0.053
=doos =nog | weight=0.052
=heeft =die | weight=0.052
=indienen =de | weight=0.052
=de =lokale | weight=0.052
=een =energiecontract | weight=0.052
=en =daarna | weight=0.052
=willen =de | weight=0.052
=terug =voor | weight=0.052
=lokale | weight=0.051
=jullie =op | weight=0.051
=maar =is | weight=0.051
=aan =onze | weight=0.051
=pizza | weight=0.051
=kapotte =was | weight=0.051
=onterecht | weight=0.051
=verzendkosten =terug | weight=0.051
=recht | weight=0.051
=een =formulier | weight=0.051
=een =van | weight=0.051
=en =alles | weight=0.050
=wilt =u | weight=0.050
=sindsdien | weight=0.050
=wie =heeft | weight=0.050
=bij =levering | weight=0.050
=mijn =advocaat | weight=0.050
=bijna =een | weight=0.050
=de =trein | weight=0.049
=vervangen =bus | weight=0.049
=geannuleerd | weight=0.049
=weekend | weight=0.049
=mijn =opa | weight=0.048
=bezorger =beweert | weight=0.048
=jullie =het | weight=0.048
=niet =kunnen | weight=0.048, noneg
=rekening =terugzette | weight=0.048
=stuk | weight=0.048
=en =snel | weight=0.048
=betreffende | weight=0.048
=klacht =betreffende | weight=0.048
=opa | weight=0.047
=volledig =terugbetaling | weight=0.047
=wil =een | weight=0.047
=keer =draag | weight=0.047
=gebracht | weight=0.047
=aansprakelijk | weight=0.047
=alsnog =het | weight=0.047
=bedrag =overmaken | weight=0.047
=vroeg =om | weight=0.047
=bedrijf =niet | weight=0.047, noneg
=die =mijn | weight=0.046
=dit =werd | weight=0.046
=heeft =toegezegd | weight=0.046
=mij =de | weight=0.046
=lichten | weight=0.046
=te =lichten | weight=0.046
=regelen =het | weight=0.046
=terugzette | weight=0.046
=een =technische | weight=0.046
=t | weight=0.045
=draag | weight=0.045
=nooit =ontvangen | weight=0.045, noneg
=wegens | weight=0.045
=energiecontract | weight=0.045
