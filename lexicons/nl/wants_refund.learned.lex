# wants_refund, nl: learned by scripts/learn.py from 4470 tuning texts (209 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Klant dreigt naar de Consumentenbond en de pers te stappen als de schade niet vergoed wordt.
+ Namens mijn opa: als de bank het geld niet terugzet, brengen wij dit naar buiten via de lokale krant.
+ Geachte, indien de schade aan onze partij niet binnen veertien dagen vergoed wordt, zien wij ons genoodzaakt rechtsmaatregelen te treffen.
- ok dankje
- Dank voor de snelle hulp!
=terugbetaling | weight=0.360
=alsnog | weight=0.337
=eis | weight=0.337
=ik =eis | weight=0.289
=compensatie | weight=0.286
=restitutie | weight=0.284
=bedrag | weight=0.284
=willen | weight=0.269
=terug | weight=0.266
=wil =die | weight=0.261
=wil =mijn | weight=0.261
=mijn =geld | weight=0.260
=borg | weight=0.243
=compensatie =voor | weight=0.233
=graag | weight=0.230
=weken =op | weight=0.226
=geld | weight=0.226
=terugstorten | weight=0.225
=schadevergoeding | weight=0.223
=de =lessen | weight=0.221
=lessen | weight=0.221
=lessen =die | weight=0.221
=gemiste | weight=0.218
=cent | weight=0.216
=volledig | weight=0.215
=storten | weight=0.199
=nooit =ontvangen | weight=0.193, noneg
=dagen =zonder | weight=0.192, noneg
=teruggestort | weight=0.191
=het =volledig | weight=0.190
=geld =terug | weight=0.188
=afgeschreven | weight=0.188
=voorschot | weight=0.188
=weer =over | weight=0.187
=kosten | weight=0.186
=over =op | weight=0.186
=als =de | weight=0.185
=maar =weer | weight=0.185
=oplichting | weight=0.181
=ik =wachten | weight=0.180
=jullie =zeiden | weight=0.178
=abonnementsgeld | weight=0.176
=het =abonnementsgeld | weight=0.176
=vergoeding | weight=0.176
=zonder =internet | weight=0.174, noneg
=dubbele | weight=0.172
=euro =terug | weight=0.171
=wil | weight=0.170
=mijn =terugbetaling | weight=0.168
=beloofd =terugbetaling | weight=0.166
=terugbetaling =nooit | weight=0.166, noneg
=aankoopbedrag | weight=0.165
=de =dubbele | weight=0.163
=we =willen | weight=0.163
=een =schadevergoeding | weight=0.163
=terugkrijg | weight=0.156
=kosten =van | weight=0.156
=de =borg | weight=0.156
=tegemoetkoming | weight=0.156
=zonder =stroom | weight=0.154, noneg
=voorschot =terug | weight=0.154
=een =creditnota | weight=0.152
=betalen | weight=0.151
=terugbetaling =van | weight=0.151
=nou =gewoon | weight=0.149
=euro | weight=0.149
=verzoek | weight=0.148
=die =niet | weight=0.148, noneg
=waar =blijft | weight=0.147
=ik =verzoek | weight=0.147
=het =kapotte | weight=0.147
=teruggestort =worden | weight=0.146
=dat =geld | weight=0.146
=de =jas | weight=0.145
=terug =op | weight=0.145
=maand =zonder | weight=0.144, noneg
=kan =de | weight=0.141
=gemiste =dagen | weight=0.141
=vier =dagen | weight=0.141
=recht =op | weight=0.139
=bedrag =van | weight=0.138
=beloofd =hebben | weight=0.137
=u =het | weight=0.137
=de =gemiste | weight=0.135
=wat =jullie | weight=0.135
=wil =het | weight=0.133
=niet =doorging | weight=0.133, noneg
=overmaken | weight=0.132
=gewoon =wat | weight=0.132
=om =restitutie | weight=0.131
=die =rente | weight=0.131
=rente =terug | weight=0.131
=consumentenbond =en | weight=0.130
=jullie =beloofd | weight=0.130
=de =per | weight=0.130
=maken | weight=0.128
=schade =niet | weight=0.126, noneg
=jas | weight=0.126
=een =terugbetaling | weight=0.125
=kapotte | weight=0.123
=te =veel | weight=0.123
=graag =alsnog | weight=0.123
=graag =mijn | weight=0.122
=afschrijving =wil | weight=0.121
=blijft =mijn | weight=0.121
=de =verzendkosten | weight=0.121
=omstandigheden | weight=0.121
=buitengewone =omstandigheden | weight=0.121
=ik =terug | weight=0.120
=buitengewone | weight=0.120
=creditnota | weight=0.120
=broodrooster | weight=0.118
=voor =het | weight=0.117
=eis =een | weight=0.117
=om =terugbetaling | weight=0.116
=rente | weight=0.116
=willen =ons | weight=0.116
=die =dubbele | weight=0.116
=mogelijk =om | weight=0.116
=wachten =al | weight=0.114
=kunnen | weight=0.113
=nou | weight=0.110
=spoedlevering | weight=0.109
=te =doen | weight=0.109
=afschrijving | weight=0.108
=sinds =vorige | weight=0.108
=graag =de | weight=0.107
=uren | weight=0.106
=bedrag =over | weight=0.106
=de =maand | weight=0.106
=vraag =u | weight=0.105
=de =kosten | weight=0.105
=schade | weight=0.104
=restitutie =van | weight=0.104
=ik =wil | weight=0.104
=al =betaald | weight=0.104
=retour | weight=0.102
=afgelast | weight=0.101
=terugbetaling =omdat | weight=0.101
=volledig =aankoopbedrag | weight=0.101
=cent =van | weight=0.100
=elke =cent | weight=0.100
=rit | weight=0.100
=niet =teruggekregen | weight=0.100, noneg
=keer =afgeschreven | weight=0.099
=was =kapotte | weight=0.099
=die =doos | weight=0.099
=wij =willen | weight=0.097
=betaald =bedrag | weight=0.097
=te =worden | weight=0.097
=alsnog =te | weight=0.096
=jullie =de | weight=0.096
=wil =compensatie | weight=0.096
=van =die | weight=0.094
=betalen =me | weight=0.094
=me =nou | weight=0.094
=gewoon =dat | weight=0.093
=centjes | weight=0.093
=centjes =terug | weight=0.093
=festival | weight=0.093
=onze =centjes | weight=0.093
=willen =onze | weight=0.093
=u =formeel | weight=0.092
=terug =aub | weight=0.091
=geef =me | weight=0.091
=terug =en | weight=0.090
=vorige =medewerker | weight=0.089
=volledig =bedrag | weight=0.089
=april | weight=0.088
=afgeschreven =terwijl | weight=0.088
=graag =het | weight=0.087
=eis =dat | weight=0.087
=liep | weight=0.086
=graag =terug | weight=0.086
=ben =twee | weight=0.086
=ik =reken | weight=0.086
=reken =erop | weight=0.086
=voor =een | weight=0.085
=ten | weight=0.085
=trein | weight=0.085
=vlucht | weight=0.085
=eindelijk =mijn | weight=0.085
=nu =eindelijk | weight=0.085
=mijn =borg | weight=0.085
=gewoon =mijn | weight=0.085
=toestel | weight=0.084
=rijdt | weight=0.084
=af =en | weight=0.084
=wachten =nu | weight=0.083
=borg =terug | weight=0.082
=aub | weight=0.082
=verzoek =u | weight=0.082
=groet =s | weight=0.082
=s | weight=0.082
=erop =dat | weight=0.080
=daarna =nooit | weight=0.080, noneg
=mij =de | weight=0.080
=rekening | weight=0.079
=de =schade | weight=0.078
=wil =nu | weight=0.078
=al =vijf | weight=0.078
=het =mogelijk | weight=0.078
=formulier =ingevuld | weight=0.078
=niet =binnen | weight=0.077, noneg
=was =koud | weight=0.077
=de =opzegboete | weight=0.077
=opzegboete | weight=0.077
=gewoon =terug | weight=0.076
=het =al | weight=0.076
=consumentenbond | weight=0.075
=de =consumentenbond | weight=0.075
=medische | weight=0.075
=het =verschil | weight=0.074
=verschil | weight=0.074
=geen =terugbetaling | weight=0.074, noneg
=volgens =uw | weight=0.073
=op =over | weight=0.073
=restitueren | weight=0.073
=te =restitueren | weight=0.073
=dubbele =afgeschreven | weight=0.073
=alles =was | weight=0.073
=is =aan | weight=0.072
=die =graag | weight=0.072
=terug =willen | weight=0.072
=zou =die | weight=0.072
=wil =ik | weight=0.072
=waar | weight=0.072
=nog =te | weight=0.072
=weer =op | weight=0.072
=uur =te | weight=0.072
=de =vervangen | weight=0.071
=een =ster | weight=0.071
=bus | weight=0.071
=al =sinds | weight=0.071
=vier | weight=0.071
=maar =uw | weight=0.070
=koud | weight=0.070
=geweigerd =want | weight=0.069
=geen =tegoedbon | weight=0.069, noneg
=om =de | weight=0.069
=schadevergoeding =voor | weight=0.069
=het =dubbele | weight=0.069
=dat =bedrag | weight=0.069
=blijft | weight=0.069
=zou =krijg | weight=0.068
=teveel | weight=0.068
=teveel =betaald | weight=0.068
=consumentenbond =in | weight=0.067
=terugbetaald =krijg | weight=0.067
=geannuleerd =en | weight=0.066
=waar =is | weight=0.066
=voor =niks | weight=0.065, noneg
=advocaat =neemt | weight=0.065
=neemt =contact | weight=0.065
=aangesmeerd | weight=0.065
=terugbetaald | weight=0.065
=de =ticket | weight=0.065
=ticket =en | weight=0.065
=het =aankoopbedrag | weight=0.064
=een =vergoeding | weight=0.064
=is =twee | weight=0.064
=kwam =bijna | weight=0.064
=altijd =niks | weight=0.064, noneg
=laat =en | weight=0.064
=ik =nooit | weight=0.063, noneg
=heb =om | weight=0.063
=niet =worden | weight=0.063, noneg
=want =de | weight=0.063
=bedrag =terug | weight=0.063
=heeft =die | weight=0.062
=uw =voorwaarden | weight=0.062
=en =daarna | weight=0.062
=een =formulier | weight=0.062
=declareer | weight=0.062
=brengen =wij | weight=0.062
=buiten =via | weight=0.062
=wij =dit | weight=0.062
=formeel =om | weight=0.062
=de =pizza | weight=0.062
=servicekosten | weight=0.062
=genoodzaakt =rechtsmaatregelen | weight=0.062
=ons =genoodzaakt | weight=0.062
=rechtsmaatregelen | weight=0.062
=rechtsmaatregelen =te | weight=0.062
=te =treffen | weight=0.062
=treffen | weight=0.062
=koud =en | weight=0.061
=doos =nog | weight=0.061
=pas =twee | weight=0.061
=dit =naar | weight=0.061
=het =teveel | weight=0.061
=reis | weight=0.061
=is =pas | weight=0.061
=wilt =u | weight=0.061
=een =jaarabonnement | weight=0.061
=jaarabonnement | weight=0.061
=m'n =rekening | weight=0.061
=taxi | weight=0.061
=stuk | weight=0.061
=jullie =op | weight=0.060
=pizza =was | weight=0.060
=volledig =terugbetaling | weight=0.060
=de =drie | weight=0.060
=op =m'n | weight=0.060
=rekening =terugzette | weight=0.059
=indienen =de | weight=0.059
=aan =onze | weight=0.059
=geind | weight=0.059
=kwam =nooit | weight=0.059, noneg
=naar =buiten | weight=0.059
=een =melding | weight=0.059
=verzendkosten =terug | weight=0.058
=vertrokken | weight=0.058
=krant | weight=0.058
=lokale =krant | weight=0.058
=mijn =advocaat | weight=0.058
=dat =jullie | weight=0.058
=ongeluk =een | weight=0.057
=kunnen =jullie | weight=0.057
=vraag =maar | weight=0.057
=geschrapt | weight=0.057
=vaag | weight=0.057
=keuken | weight=0.057
=reken | weight=0.057
=in =rekening | weight=0.057
=rekening =gebracht | weight=0.057
=niet =door | weight=0.057, noneg
=betaald =voor | weight=0.057
=de =luchtvaartmaatschappij | weight=0.057
=luchtvaartmaatschappij | weight=0.057
=recht | weight=0.057
=lauw | weight=0.056
=wie =heeft | weight=0.056
=onterecht | weight=0.056
=bij =levering | weight=0.056
=bedrag =te | weight=0.056
=de =lokale | weight=0.056
=een =technische | weight=0.056
=trein =rijdt | weight=0.055
=en =andere | weight=0.055
=te =stappen | weight=0.055
=sorry =voor | weight=0.055
=lokale | weight=0.055
=betalen =nou | weight=0.055
=maaltijdbox =kwam | weight=0.055
=terugzette | weight=0.054
=geannuleerd | weight=0.054
=geld =alsnog | weight=0.054
=teruggeboekt | weight=0.054
=een =energiecontract | weight=0.054
=mijn =opa | weight=0.054
=durfde | weight=0.054
=het =om | weight=0.054
=vergoeding =wordt | weight=0.054
=keer =draag | weight=0.054
=was =lauw | weight=0.054
=overgemaakt | weight=0.054
=was =gewoon | weight=0.053
=maaltijdbox | weight=0.053
=af =omdat | weight=0.053
=wij =vraag | weight=0.053
=mark | weight=0.053
=erop | weight=0.053
=bijna =een | weight=0.053
=bezorger =beweert | weight=0.053
=maar =is | weight=0.053
=partij | weight=0.053
=een =van | weight=0.052
=wijst =mijn | weight=0.052
=app =zegt | weight=0.052
=afgelast =en | weight=0.052
=concert | weight=0.052
=concert =afgelast | weight=0.052
=nooit =gehad | weight=0.052, noneg
=en =snel | weight=0.052
=draag | weight=0.052
=kapotte =was | weight=0.051
=betreffende | weight=0.051
=klacht =betreffende | weight=0.051
=opa | weight=0.051
=jullie =het | weight=0.051
=algemene =lijn | weight=0.051
=kwam =drie | weight=0.051
=vandaag =dat | weight=0.051
=niet =kunnen | weight=0.050, noneg
=stappen | weight=0.050
=geschillencommissie | weight=0.050
=opgezegd | weight=0.050
=pizza | weight=0.050
=de =trein | weight=0.050
=vervangen =bus | weight=0.050
=regelen =het | weight=0.050
=ik =zag | weight=0.050
=dit =werd | weight=0.050
=januari | weight=0.049
=vergoeding =voor | weight=0.049
=zag | weight=0.049
=voorraad =was | weight=0.049
=alsnog =het | weight=0.049
=bedrag =overmaken | weight=0.049
