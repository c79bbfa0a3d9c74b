# wants_refund, nl: learned by scripts/learn.py from 3684 tuning texts (191 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Klant dreigt naar de Consumentenbond en de pers te stappen als de schade niet vergoed wordt.
+ Namens mijn opa: als de bank het geld niet terugzet, brengen wij dit naar buiten via de lokale krant.
+ Uw collega heeft toegezegd dat de verzendkosten teruggeboekt zouden worden. Dat is nooit gebeurd. Ik verzoek u dit alsnog te regelen.
- Geen minuut gewacht, top!
- Wij komen hier nooit meer.
=alsnog | weight=0.333
=eis | weight=0.333
=ik =eis | weight=0.318
=terugbetaling | weight=0.314
=mijn =geld | weight=0.292
=restitutie | weight=0.284
=compensatie | weight=0.274
=terug | weight=0.270
=willen | weight=0.264
=wil =mijn | weight=0.256
=bedrag | weight=0.256
=terugstorten | weight=0.236
=geld | weight=0.235
=borg | weight=0.235
=een =terugbetaling | weight=0.235
=compensatie =voor | weight=0.233
=graag | weight=0.231
=wil =die | weight=0.229
=gemiste | weight=0.220
=kosten | weight=0.219
=euro | weight=0.217
=die =niet | weight=0.211, noneg
=vergoeding | weight=0.210
=schadevergoeding | weight=0.207
=de =lessen | weight=0.205
=lessen | weight=0.205
=lessen =die | weight=0.205
=volledig | weight=0.204
=geld =terug | weight=0.204
=dagen =zonder | weight=0.202, noneg
=teruggestort | weight=0.194
=cent | weight=0.194
=het =volledig | weight=0.191
=oplichting | weight=0.187
=wil | weight=0.184
=voorschot | weight=0.183
=jullie =zeiden | weight=0.182
=mijn =terugbetaling | weight=0.175
=weer =over | weight=0.170
=maar =weer | weight=0.170
=de =dubbele | weight=0.170
=over =op | weight=0.169
=als =de | weight=0.169
=zonder =internet | weight=0.167, noneg
=afgeschreven | weight=0.167
=abonnementsgeld | weight=0.163
=het =abonnementsgeld | weight=0.163
=storten | weight=0.162
=zonder =stroom | weight=0.161, noneg
=ik =wachten | weight=0.161
=aankoopbedrag | weight=0.160
=nou =gewoon | weight=0.157
=we =willen | weight=0.156
=betalen | weight=0.154
=waar =blijft | weight=0.152
=twee =keer | weight=0.150
=terugbetaling =van | weight=0.150
=een =creditnota | weight=0.148
=een =schadevergoeding | weight=0.147
=de =borg | weight=0.146
=de =kosten | weight=0.145
=gemiste =dagen | weight=0.145
=voorschot =terug | weight=0.145
=dat =geld | weight=0.143
=bedrag =van | weight=0.143
=ik =verzoek | weight=0.142
=beloofd =hebben | weight=0.142
=recht =op | weight=0.142
=euro =terug | weight=0.142
=teruggestort =worden | weight=0.141
=kosten =van | weight=0.140
=de =maand | weight=0.140
=wat =jullie | weight=0.140
=de =gemiste | weight=0.139
=de =verzendkosten | weight=0.139
=u =het | weight=0.139
=vier =dagen | weight=0.139
=kan =de | weight=0.139
=maand =zonder | weight=0.139, noneg
=weken =op | weight=0.137
=dubbele | weight=0.136
=wil =het | weight=0.136
=jullie =beloofd | weight=0.135
=de =jas | weight=0.131
=gewoon =wat | weight=0.130
=maken | weight=0.130
=niet =doorging | weight=0.130, noneg
=het =kapotte | weight=0.130
=graag =mijn | weight=0.129
=graag =alsnog | weight=0.129
=overmaken | weight=0.128
=verzoek | weight=0.128
=rekening | weight=0.125
=terugkrijg | weight=0.124
=wil =ik | weight=0.124
=die =rente | weight=0.122
=rente =terug | weight=0.122
=om =restitutie | weight=0.119
=blijft =mijn | weight=0.119
=broodrooster | weight=0.117
=nou | weight=0.117
=schade | weight=0.116
=omstandigheden | weight=0.116
=buitengewone =omstandigheden | weight=0.116
=kapotte | weight=0.114
=terug =en | weight=0.113
=willen =ons | weight=0.113
=buitengewone | weight=0.113
=de =per | weight=0.113
=consumentenbond =en | weight=0.113
=ik =wil | weight=0.111
=het =mogelijk | weight=0.111
=gewoon =dat | weight=0.110
=creditnota | weight=0.109
=schade =niet | weight=0.108, noneg
=afschrijving =wil | weight=0.107
=te =veel | weight=0.106
=wachten =al | weight=0.106
=al =betaald | weight=0.105
=om =terugbetaling | weight=0.105
=afschrijving | weight=0.105
=rente | weight=0.105
=mogelijk =om | weight=0.103
=te =doen | weight=0.102
=jas | weight=0.102
=sinds =vorige | weight=0.101
=terug =op | weight=0.101
=volledig =aankoopbedrag | weight=0.101
=die =dubbele | weight=0.101
=kunnen | weight=0.099
=ik =terug | weight=0.099
=uren | weight=0.099
=mijn =borg | weight=0.099
=te =worden | weight=0.098
=terugbetaling =omdat | weight=0.098
=was =kapotte | weight=0.097
=spoedlevering | weight=0.096
=restitutie =van | weight=0.096
=voor =het | weight=0.095
=betaald =bedrag | weight=0.095
=vraag =u | weight=0.093
=eis =een | weight=0.093
=die =doos | weight=0.093
=eis =dat | weight=0.093
=wil =nu | weight=0.092
=rit | weight=0.092
=niet =teruggekregen | weight=0.091, noneg
=betalen =me | weight=0.091
=me =nou | weight=0.091
=te =stappen | weight=0.090
=volledig =bedrag | weight=0.090
=afgeschreven =terwijl | weight=0.090
=wil =compensatie | weight=0.090
=wij | weight=0.090
=consumentenbond | weight=0.089
=de =consumentenbond | weight=0.089
=retour | weight=0.089
=ik =reken | weight=0.088
=reken =erop | weight=0.088
=graag =de | weight=0.087
=alsnog =te | weight=0.086
=de =schade | weight=0.086
=af =en | weight=0.086
=ten | weight=0.086
=schadevergoeding =voor | weight=0.085
=cent =van | weight=0.083
=elke =cent | weight=0.083
=liep | weight=0.083
=graag =het | weight=0.083
=gewoon =terug | weight=0.083
=u =formeel | weight=0.083
=borg =terug | weight=0.082
=centjes | weight=0.081
=centjes =terug | weight=0.081
=festival | weight=0.081
=onze =centjes | weight=0.081
=willen =onze | weight=0.081
=uur =te | weight=0.081
=keer =afgeschreven | weight=0.080
=geef =me | weight=0.080
=trein | weight=0.080
=erop =dat | weight=0.080
=jullie =de | weight=0.080
=wij =willen | weight=0.080
=rijdt | weight=0.079
=vijf =weken | weight=0.079
=restitueren | weight=0.079
=te =restitueren | weight=0.079
=afgelast | weight=0.078
=wachten =nu | weight=0.078
=terug =aub | weight=0.078
=stappen | weight=0.078
=ik =vraag | weight=0.078
=vorige =medewerker | weight=0.077
=groet =s | weight=0.077
=s | weight=0.077
=vraag =om | weight=0.076
=daarna =nooit | weight=0.076, noneg
=graag =terug | weight=0.076
=vier | weight=0.075
=van =die | weight=0.075
=het =was | weight=0.075
=opgezegd | weight=0.074
=formeel | weight=0.074
=is =aan | weight=0.074
=medische | weight=0.073
=formulier =ingevuld | weight=0.073
=zonder | weight=0.072, noneg
=april | weight=0.072
=geen =terugbetaling | weight=0.071, noneg
=al =vijf | weight=0.071
=dubbele =afgeschreven | weight=0.071
=reis | weight=0.070
=declareer | weight=0.069
=verzoek =u | weight=0.069
=vlucht | weight=0.069
=voor =een | weight=0.068
=nooit =is | weight=0.068, noneg
=teveel | weight=0.068
=teveel =betaald | weight=0.068
=toestel | weight=0.068
=voor =niks | weight=0.068, noneg
=geen =tegoedbon | weight=0.068, noneg
=ben =twee | weight=0.067
=op =over | weight=0.067
=maar =uw | weight=0.067
=kwam =bijna | weight=0.067
=pizza =was | weight=0.067
=vertrokken | weight=0.067
=vrij | weight=0.067
=uw =voorwaarden | weight=0.067
=de =pizza | weight=0.067
=aub | weight=0.067
=betalen =nou | weight=0.066
=volledig =terugbetaling | weight=0.066
=al =sinds | weight=0.066
=geweigerd =want | weight=0.066
=koud =en | weight=0.066
=aangesmeerd | weight=0.066
=en =andere | weight=0.065
=het =teveel | weight=0.065
=afgesloten | weight=0.065
=een =ster | weight=0.065
=nog =te | weight=0.065
=het =verschil | weight=0.065
=verschil | weight=0.065
=een =jaarabonnement | weight=0.064
=jaarabonnement | weight=0.064
=pas =twee | weight=0.064
=bedrag =te | weight=0.064
=lauw | weight=0.063
=die =graag | weight=0.063
=terug =willen | weight=0.063
=zou =die | weight=0.063
=kwam =nooit | weight=0.063, noneg
=worden | weight=0.063
=is =nooit | weight=0.063, noneg
=bus | weight=0.062
=was =koud | weight=0.062
=om =de | weight=0.062
=vraag =maar | weight=0.062
=consumentenbond =in | weight=0.062
=terugbetaald =krijg | weight=0.062
=niet =binnen | weight=0.062, noneg
=omdat =de | weight=0.062
=alles =was | weight=0.062
=betaald =voor | weight=0.061
=het =dubbele | weight=0.061
=blijft | weight=0.061
=want =de | weight=0.061
=formeel =om | weight=0.061
=de =opzegboete | weight=0.061
=opzegboete | weight=0.061
=vorige =weken | weight=0.061
=geannuleerd =en | weight=0.061
=vaag | weight=0.061
=de =luchtvaartmaatschappij | weight=0.061
=luchtvaartmaatschappij | weight=0.061
=durfde | weight=0.060
=de =ticket | weight=0.060
=ticket =en | weight=0.060
=geld =alsnog | weight=0.060
=en =daarna | weight=0.060
=maaltijdbox =kwam | weight=0.060
=terugbetaald | weight=0.060
=taxi | weight=0.060
=het =aankoopbedrag | weight=0.059
=niet =door | weight=0.059, noneg
=waar | weight=0.059
=de =vervangen | weight=0.059
=brengen =wij | weight=0.059
=buiten =via | weight=0.059
=wij =dit | weight=0.059
=maaltijdbox | weight=0.059
=advocaat =neemt | weight=0.059
=neemt =contact | weight=0.059
=kwam =drie | weight=0.059
=bedrag =terug | weight=0.059
=sorry =voor | weight=0.059
=mijn =rekening | weight=0.059
=overgemaakt | weight=0.058
=de =drie | weight=0.058
=altijd =niks | weight=0.058, noneg
=dit =naar | weight=0.058
=zou =krijg | weight=0.057
=koud | weight=0.057
=niet =worden | weight=0.057, noneg
=naar =buiten | weight=0.057
=stuk | weight=0.056
=vlees | weight=0.056
=heb =om | weight=0.056
=een =van | weight=0.056
=doos =nog | weight=0.056
=was =gewoon | weight=0.056
=rekening =terugzette | weight=0.056
=kapotte =was | weight=0.056
=dat =bedrag | weight=0.055
=bijna =een | weight=0.055
=volgens =uw | weight=0.055
=ongeluk =een | weight=0.055
=servicekosten | weight=0.054
=zie =ik | weight=0.054
=verzendkosten =terug | weight=0.054
=pizza | weight=0.054
=geschillencommissie | weight=0.054
=en =alles | weight=0.054
=maar =is | weight=0.053
=recht | weight=0.053
=dat =jullie | weight=0.053
=onze | weight=0.053
=stap =ik | weight=0.053
=een =melding | weight=0.053
=jullie =op | weight=0.053
=wil =een | weight=0.053
=bij =levering | weight=0.053
=die =mijn | weight=0.052
=erop | weight=0.052
=krant | weight=0.052
=lokale =krant | weight=0.052
=wie =heeft | weight=0.051
=genoodzaakt =rechtsmaatregelen | weight=0.051
=ons =genoodzaakt | weight=0.051
=rechtsmaatregelen | weight=0.051
=rechtsmaatregelen =te | weight=0.051
=te =treffen | weight=0.051
=treffen | weight=0.051
=kunnen =jullie | weight=0.051
=zouden =worden | weight=0.051
=mij =de | weight=0.051
=reken | weight=0.051
=een =formulier | weight=0.051
=terugzette | weight=0.050
=onterecht | weight=0.050
=indienen =de | weight=0.050
=mijn =opa | weight=0.050
=de =lokale | weight=0.050
=teruggeboekt | weight=0.050
=niet =kunnen | weight=0.049, noneg
=geschrapt | weight=0.049
=keer =draag | weight=0.049
=opa | weight=0.049
=lokale | weight=0.049
=weekend | weight=0.048
=betreffende | weight=0.048
=klacht =betreffende | weight=0.048
=nooit =ontvangen | weight=0.048, noneg
=aan =onze | weight=0.048
=bus =kwam | weight=0.048
=cent =en | weight=0.048
=laatste =cent | weight=0.048
=mijn =advocaat | weight=0.048
=m'n =rekening | weight=0.048
=te =vergoeding | weight=0.048
=laat =en | weight=0.048
=magazijnpersoneel | weight=0.047
=waar =is | weight=0.047
=als =rede | weight=0.047
=dit =werd | weight=0.047
=jullie =het | weight=0.047
=app =en | weight=0.047
=wilt =u | weight=0.047
=op =m'n | weight=0.047
=tot =de | weight=0.047
=draag | weight=0.046
=af =omdat | weight=0.046
=een =technische | weight=0.046
=verkeerde =zou | weight=0.046
=terug =voor | weight=0.046
=trein =rijdt | weight=0.046
=geannuleerd | weight=0.046
=geleden | weight=0.045
=bedrag =terugstorten | weight=0.045
=ging =niet | weight=0.045, noneg
=bezorger =beweert | weight=0.045
=een =energiecontract | weight=0.045
=het =gevolg | weight=0.045
=de =vorige | weight=0.045
=voor =niet | weight=0.045, noneg
=sindsdien | weight=0.045
=alsnog =het | weight=0.045
