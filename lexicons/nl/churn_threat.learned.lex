# churn_threat, nl: learned by scripts/learn.py from 4875 tuning texts (206 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Pizza kwam na anderhalf uur, steenkoud. Nooit meer.
+ Ik werd aan de telefoon gewoon afgeblaft. Nooit meer.
+ Pizza na 1,5 uur eindelijk binnen, steenkoud. Nooit meer.
- ok dankje
- ok top dank je
=nooit =meer | weight=0.781, noneg
=dit =was | weight=0.406
=wil =echt | weight=0.379
=een =klant | weight=0.378
=zeg | weight=0.358
=klant =geweest | weight=0.340
=elders | weight=0.334
=over =naar | weight=0.333
=stap =over | weight=0.328
=concurrent | weight=0.327
=jullie =zijn | weight=0.317
=daar =geen | weight=0.314, noneg
=wil =van | weight=0.313
=de =concurrent | weight=0.294
=blijven | weight=0.278
=ben =weg | weight=0.270
=ik =stap | weight=0.266
=ik =weg | weight=0.264
=direct =op | weight=0.259
=hier =zet | weight=0.248
=geen =voet | weight=0.246, noneg
=trouwe | weight=0.244
=trouwe =klant | weight=0.244
=ik =nemen | weight=0.232
=garage =komen | weight=0.232
=zeg =ik | weight=0.231
=provider | weight=0.226
=voortaan | weight=0.222
=ben =ik | weight=0.220
=annuleren =ik | weight=0.215
=die =garage | weight=0.214
=van =bank | weight=0.212
=bij =andere | weight=0.210
=nie | weight=0.207, noneg
=veranderen | weight=0.207
=weg | weight=0.205
=ga =mijn | weight=0.204
=afscheid | weight=0.203
=bestel | weight=0.203
=geen =stap | weight=0.202, noneg
=volgende =jaar | weight=0.200
=zorgverzekeraar | weight=0.200
=jullie =zien | weight=0.200
=zien =mij | weight=0.200
=zeg =mijn | weight=0.197
=zet =ik | weight=0.197
=als =mijn | weight=0.193
=geen =euro | weight=0.189, noneg
=beschouw | weight=0.188
=annuleren | weight=0.187
=ik =zeg | weight=0.186
=ga =daar | weight=0.186
=geen =frank | weight=0.186, noneg
=doorgeknipt | weight=0.184
=mijn =abonnement | weight=0.183
=geweest =maar | weight=0.181
=om =op | weight=0.180
=orange | weight=0.179
=voortaan =elders | weight=0.176
=laatste =bestelling | weight=0.176
=we =kijken | weight=0.175
=vandaag =opgezegd | weight=0.172
=weg =bij | weight=0.172
=zeggen =en | weight=0.170
=de =opzeggen | weight=0.169
=andere =bank | weight=0.167
=ermee | weight=0.167
=kopen | weight=0.165
=andere =leverancier | weight=0.164
=binnenkort | weight=0.164
=echt =niet | weight=0.164, noneg
=mijn =contract | weight=0.163
=ga | weight=0.162
=werkt =maar | weight=0.161
=vanaf | weight=0.161
=klant =kwijt | weight=0.161
=stop | weight=0.160
=lidmaatschap | weight=0.160
=maatschappij | weight=0.160
=bij =jullie | weight=0.158
=wisselen | weight=0.157
=mail =als | weight=0.157
=jaar | weight=0.156
=energieleverancier | weight=0.155
=sluit | weight=0.155
=uw =instellingen | weight=0.154
=deze =mail | weight=0.153
=we =gaan | weight=0.152
=vertrouwen | weight=0.151
=aanbieder | weight=0.150
=andere =aanbieder | weight=0.150
=zal =ik | weight=0.149
=tien =jaar | weight=0.149
=andere =provider | weight=0.148
=zo =blijft | weight=0.147
=af | weight=0.147
=heb =mijn | weight=0.146
=we | weight=0.144
=levering =niet | weight=0.143, noneg
=steenkoud | weight=0.143
=ik =geef | weight=0.142
=vaarwel | weight=0.140
=opzeggen | weight=0.140
=bestelling =bij | weight=0.139
=van =dit | weight=0.139
=mede | weight=0.139
=mede =dat | weight=0.139
=garage | weight=0.138
=hebben =een | weight=0.137
=wacht =en | weight=0.137
=bevestiging =van | weight=0.137
=een =andere | weight=0.136
=eerstvolgende | weight=0.135
=gewoon =afgeblaft | weight=0.134
=ik =vertrek | weight=0.134
=hier | weight=0.133
=mijn =polis | weight=0.132
=laatste =keer | weight=0.131
=mij =hier | weight=0.131
=laatste | weight=0.129
=gezien | weight=0.129
=als =dit | weight=0.129
=dat =verlengen | weight=0.129
=loopt =af | weight=0.129
=gebrek | weight=0.127
=per =direct | weight=0.127
=een =trouwe | weight=0.126
=mij =nooit | weight=0.126, noneg
=minder | weight=0.126
=bij =die | weight=0.125
=vertrek | weight=0.125
=ik =ga | weight=0.124
=graag =ontvangen | weight=0.124
=ontvangen =ik | weight=0.124
=stopzetten | weight=0.123
=bezorging =die | weight=0.123
=een =bezorging | weight=0.123
=niet =verscheen | weight=0.123, noneg
=opgenomen =voor | weight=0.123
=geweest =vandaag | weight=0.123
=abonnement | weight=0.123
=ontvangen | weight=0.121
=zijn =weer | weight=0.121
=van =en | weight=0.120
=over =te | weight=0.120
=brengen | weight=0.120
=om =van | weight=0.119
=medewerker =alleen | weight=0.118
=twintig =jaar | weight=0.118
=af =en | weight=0.117
=nooit =antwoord | weight=0.117, noneg
=erover | weight=0.117
=ik =ermee | weight=0.115
=stop =ik | weight=0.115
=tien =minuten | weight=0.115
=label =eraan | weight=0.114
=met =label | weight=0.114
=na =vijftien | weight=0.113
=is =ben | weight=0.113
=dit =zo | weight=0.113
=rond | weight=0.113
=eraan | weight=0.113
=mocht =de | weight=0.113
=weg =de | weight=0.113
=zo'n | weight=0.112
=uw =maatschappij | weight=0.111
=geef | weight=0.111
=kwijt | weight=0.111
=jaar =was | weight=0.111
=hier =niet | weight=0.110, noneg
=komen =ik | weight=0.110
=tig | weight=0.110
=dit =kan | weight=0.110
=alleen =schriftelijk | weight=0.110
=naad | weight=0.109
=beeindigen | weight=0.109
=zoek | weight=0.109
=wij =geen | weight=0.108, noneg
=hier =nooit | weight=0.108, noneg
=retour =alleen | weight=0.107
=druppel | weight=0.106
=polis | weight=0.106
=afgeblaft | weight=0.105
=ik =over | weight=0.105
=niks =opgelost | weight=0.105, noneg
=wilde =mijn | weight=0.104
=jullie =weer | weight=0.104
=instellingen | weight=0.104
=ermee =bij | weight=0.104
=arrogant | weight=0.104
=ten | weight=0.103
=gedrag | weight=0.102
=bij =dit | weight=0.102
=onder | weight=0.102
=ik =geen | weight=0.101, noneg
=al =klaar | weight=0.101
=minuten =lang | weight=0.101
=nieuwe =pakket | weight=0.100
=bank =te | weight=0.100
=jaar =ben | weight=0.100
=kreeg =tien | weight=0.099
=een =oplossing | weight=0.098
=de =bestelling | weight=0.097
=mijn =lidmaatschap | weight=0.096
=amai | weight=0.096
=stoppen =met | weight=0.096
=zodra =mijn | weight=0.095
=dan =ga | weight=0.095
=niks =thuis | weight=0.095, noneg
=maand =zit | weight=0.095
=vanaf =volgende | weight=0.095
=mijn =opzeggen | weight=0.095
=lang =een | weight=0.094
=volgende =maand | weight=0.093
=en =mijn | weight=0.092
=veertig =minuten | weight=0.092
=overstappen | weight=0.092
=zoek =een | weight=0.092
=ik =mijn | weight=0.091
=keer =bij | weight=0.091
=lekker | weight=0.091
=gaan | weight=0.091
=de =zal | weight=0.090
=stoppen | weight=0.090
=leverancier | weight=0.090
=beloof | weight=0.089
=beloof =ik | weight=0.089
=dat =beloof | weight=0.089
=was =mijn | weight=0.089
=ergens =andere | weight=0.088
=winkel =zet | weight=0.088
=loopt | weight=0.088
=en =jullie | weight=0.087
=en =eerlijk | weight=0.087
=andere =netwerk | weight=0.087
=komt =en | weight=0.087
=als =ze | weight=0.087
=ga =veranderen | weight=0.087
=veranderen =van | weight=0.087
=veertig | weight=0.086
=pizza | weight=0.086
=ik =gewoon | weight=0.086
=aangesmeerd | weight=0.086
=totaal | weight=0.086
=zal | weight=0.086
=boodschappen | weight=0.085
=denk | weight=0.085
=levering | weight=0.085
=neemt | weight=0.085
=alleen =met | weight=0.085
=filiaal =naar | weight=0.084
=naar =filiaal | weight=0.084
=van =filiaal | weight=0.084
=worden =ik | weight=0.084
=jas | weight=0.084
=bestookt | weight=0.084
=bestookt =met | weight=0.084
=gescheurd | weight=0.083
=niet =langer | weight=0.082, noneg
=weer =de | weight=0.082
=denk =dat | weight=0.082
=ik =denk | weight=0.082
=minuten =wachtmuziek | weight=0.082
=slot | weight=0.081
=een =vrij | weight=0.081
=thuiszorgorganisatie | weight=0.080
=klaar | weight=0.080
=ik =u | weight=0.080
=jullie =hebben | weight=0.080
=wij =gaan | weight=0.080
=werd =vervolgens | weight=0.079
=deze =behandeling | weight=0.079
=keer =over | weight=0.079
=mijn =schoonmoeder | weight=0.079
=schoonmoeder | weight=0.079
=zien | weight=0.079
=goedkoper | weight=0.079
=haar =rekening | weight=0.079
=verliezen | weight=0.079
=zo =verliezen | weight=0.079
=ga =ik | weight=0.079
=hebben =ik | weight=0.079
=niet =meer | weight=0.078, noneg
=abonnement =per | weight=0.078
=kopen =ik | weight=0.078
=een =levering | weight=0.078
=ik =sluit | weight=0.078
=levering =die | weight=0.078
=factuur =en | weight=0.078
=maar =nu | weight=0.077
=eigen =modem | weight=0.077
=personeel | weight=0.077
=zo =niet | weight=0.077, noneg
=nieuwe =bank | weight=0.076
=vestiging | weight=0.076
=wachtmuziek | weight=0.076
=me =kwijt | weight=0.075
=bank | weight=0.075
=geweest | weight=0.075
=hou | weight=0.075
=ik =hou | weight=0.075
=klant | weight=0.075
=zijn =een | weight=0.075
=schriftelijk =te | weight=0.074
=thuisgebleven =voor | weight=0.074
=abonnement =op | weight=0.074
=jullie =dat | weight=0.073
=mn | weight=0.073
=de =overeenkomst | weight=0.073
=genoodzaakt | weight=0.073
=sluit =mijn | weight=0.073
=niet =kwam | weight=0.072, noneg
=twaalf =jaar | weight=0.072
=ik =mij | weight=0.072
=ze =de | weight=0.072
=ligt =al | weight=0.072
=voor =gezien | weight=0.071
=overeenkomst | weight=0.071
=in =uw | weight=0.071
=na =twaalf | weight=0.071
=het =hier | weight=0.071
=opzeggen =maar | weight=0.071
=weer =een | weight=0.071
=vrijdag =geleverd | weight=0.071
=die =weer | weight=0.071
=opgelost =is | weight=0.070
=weer =niet | weight=0.070, noneg
=eerst =en | weight=0.070
=ingediend =op | weight=0.069
=een =bevestiging | weight=0.069
=modem | weight=0.069
=helemaal =klaar | weight=0.068
=mag =ik | weight=0.068
=hebben =we | weight=0.067
=ik =niks | weight=0.067, noneg
=mijn =rekening | weight=0.067
=de =maand | weight=0.066
=contract =op | weight=0.066
=van =jullie | weight=0.065
=hier =voor | weight=0.065
=op =zoek | weight=0.065
=zoek =naar | weight=0.065
=ergens | weight=0.065
=ga =voortaan | weight=0.065
=nu =is | weight=0.064
=lang =ik | weight=0.064
=netwerk | weight=0.064
=snel =mogelijk | weight=0.064
=voor =mij | weight=0.063
=te =zeggen | weight=0.063
=niet =gelukt | weight=0.063, noneg
=lijn =dood | weight=0.063
=onwetend | weight=0.063
=gaat =naar | weight=0.063
=andere =om | weight=0.062
=zoek =maar | weight=0.062
=mijn =nummer | weight=0.062
=verzocht =mijn | weight=0.062
=laptop =te | weight=0.062
=niks =meer | weight=0.062, noneg
=vervangen =door | weight=0.062
=vijftien | weight=0.062
=vijftien =jaar | weight=0.062
=over =hun | weight=0.061
=voorwaarden =kan | weight=0.061
=twintig | weight=0.061
=de =levering | weight=0.061
=het =precies | weight=0.061
=hele =dagen | weight=0.061
=jaar =stop | weight=0.061
=belde =hing | weight=0.061
=zo =snel | weight=0.061
=dood | weight=0.061
=hier =kopen | weight=0.061
=nog =een | weight=0.060
=oude =was | weight=0.060
=abonnement =te | weight=0.060
=daar =nooit | weight=0.060, noneg
=medewerker =zijn | weight=0.060
=gaat =de | weight=0.059
=ben =naar | weight=0.059
=komt =omdat | weight=0.059
=ophangt | weight=0.059
=het =lawaai | weight=0.059
=lawaai | weight=0.059
=lawaai =van | weight=0.059
=een =keer | weight=0.058
=van =wat | weight=0.058
=ik =kopen | weight=0.058
=genoeg | weight=0.058
=volgende | weight=0.058
=en =pas | weight=0.058
=verlengen | weight=0.057
=te =beeindigen | weight=0.057
=mijn =eerst | weight=0.057
=ik =beter | weight=0.057
=een =kabel | weight=0.057
=storing =door | weight=0.056
=elke =telefoontje | weight=0.056
=smeren =ik | weight=0.056
