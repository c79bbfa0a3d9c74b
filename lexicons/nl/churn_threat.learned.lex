# churn_threat, nl: learned by scripts/learn.py from 4875 tuning texts (206 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Pizza kwam na anderhalf uur, steenkoud. Nooit meer.
+ Ik werd aan de telefoon gewoon afgeblaft. Nooit meer.
+ Pizza na 1,5 uur eindelijk binnen, steenkoud. Nooit meer.
- ok dankje
- ok top dank je
=nooit =meer | weight=0.815, noneg
=dit =was | weight=0.409
=een =klant | weight=0.384
=wil =echt | weight=0.382
=zeg | weight=0.368
=klant =geweest | weight=0.348
=over =naar | weight=0.341
=elders | weight=0.326
=concurrent | weight=0.326
=stap =over | weight=0.323
=wil =van | weight=0.323
=jullie =zijn | weight=0.319
=daar =geen | weight=0.315, noneg
=de =concurrent | weight=0.295
=blijven | weight=0.285
=ik =weg | weight=0.272
=direct =op | weight=0.264
=ben =weg | weight=0.263
=ik =stap | weight=0.261
=hier =zet | weight=0.256
=geen =voet | weight=0.254, noneg
=trouwe | weight=0.253
=trouwe =klant | weight=0.253
=garage =komen | weight=0.238
=ik =nemen | weight=0.236
=provider | weight=0.232
=ben =ik | weight=0.228
=voortaan | weight=0.227
=zeg =ik | weight=0.225
=weg | weight=0.219
=die =garage | weight=0.219
=bestel | weight=0.214
=zeg =mijn | weight=0.213
=van =bank | weight=0.212
=annuleren =ik | weight=0.211
=nie | weight=0.210, noneg
=veranderen | weight=0.209
=geen =stap | weight=0.208, noneg
=ga =mijn | weight=0.208
=volgende =jaar | weight=0.206
=afscheid | weight=0.204
=jullie =zien | weight=0.203
=zien =mij | weight=0.203
=bij =andere | weight=0.202
=zet =ik | weight=0.198
=als =mijn | weight=0.195
=ik =zeg | weight=0.194
=zorgverzekeraar | weight=0.192
=geen =euro | weight=0.192, noneg
=beschouw | weight=0.189
=mijn =abonnement | weight=0.189
=doorgeknipt | weight=0.189
=orange | weight=0.189
=geweest =maar | weight=0.186
=ga =daar | weight=0.184
=geen =frank | weight=0.184, noneg
=annuleren | weight=0.183
=de =opzeggen | weight=0.182
=om =op | weight=0.182
=vandaag =opgezegd | weight=0.179
=we =kijken | weight=0.177
=weg =bij | weight=0.177
=laatste =bestelling | weight=0.173
=klant =kwijt | weight=0.173
=ga | weight=0.173
=lidmaatschap | weight=0.172
=voortaan =elders | weight=0.172
=zeggen =en | weight=0.171
=mijn =contract | weight=0.171
=jaar | weight=0.170
=stop | weight=0.169
=binnenkort | weight=0.167
=andere =leverancier | weight=0.167
=ermee | weight=0.166
=andere =bank | weight=0.165
=maatschappij | weight=0.165
=bij =jullie | weight=0.165
=kopen | weight=0.163
=echt =niet | weight=0.162, noneg
=werkt =maar | weight=0.161
=energieleverancier | weight=0.160
=sluit | weight=0.159
=wisselen | weight=0.158
=vanaf | weight=0.157
=mail =als | weight=0.157
=af | weight=0.157
=uw =instellingen | weight=0.155
=deze =mail | weight=0.153
=we =gaan | weight=0.153
=andere =provider | weight=0.153
=zo =blijft | weight=0.153
=hier | weight=0.152
=vertrouwen | weight=0.151
=tien =jaar | weight=0.151
=abonnement | weight=0.150
=opzeggen | weight=0.149
=laatste =keer | weight=0.149
=bevestiging =van | weight=0.149
=zal =ik | weight=0.148
=levering =niet | weight=0.147, noneg
=heb =mijn | weight=0.146
=aanbieder | weight=0.146
=andere =aanbieder | weight=0.146
=ik =geef | weight=0.145
=we | weight=0.145
=hebben =een | weight=0.144
=laatste | weight=0.142
=van =dit | weight=0.141
=gewoon =afgeblaft | weight=0.141
=steenkoud | weight=0.141
=ik =ga | weight=0.140
=een =andere | weight=0.138
=vaarwel | weight=0.138
=mede | weight=0.138
=mede =dat | weight=0.138
=ik =vertrek | weight=0.137
=een =trouwe | weight=0.137
=mij =hier | weight=0.136
=bestelling =bij | weight=0.136
=eerstvolgende | weight=0.135
=mijn =polis | weight=0.134
=minder | weight=0.133
=als =dit | weight=0.133
=brengen | weight=0.133
=bij =die | weight=0.132
=graag =ontvangen | weight=0.132
=ontvangen =ik | weight=0.132
=rond | weight=0.131
=wacht =en | weight=0.131
=ontvangen | weight=0.131
=gezien | weight=0.130
=per =direct | weight=0.129
=over =te | weight=0.129
=mij =nooit | weight=0.127, noneg
=garage | weight=0.126
=dat =verlengen | weight=0.126
=loopt =af | weight=0.126
=zijn =weer | weight=0.123
=gebrek | weight=0.123
=stopzetten | weight=0.123
=beeindigen | weight=0.122
=vertrek | weight=0.122
=bezorging =die | weight=0.120
=een =bezorging | weight=0.120
=niet =verscheen | weight=0.120, noneg
=opgenomen =voor | weight=0.120
=polis | weight=0.118
=ik =ermee | weight=0.118
=stop =ik | weight=0.118
=om =van | weight=0.118
=geef | weight=0.118
=medewerker =alleen | weight=0.117
=zo'n | weight=0.117
=geweest =vandaag | weight=0.117
=weg =de | weight=0.117
=van =en | weight=0.117
=mocht =de | weight=0.117
=jaar =was | weight=0.116
=af =en | weight=0.114
=hier =niet | weight=0.114, noneg
=nooit =antwoord | weight=0.113, noneg
=erover | weight=0.113
=tien =minuten | weight=0.113
=hier =nooit | weight=0.113, noneg
=uw =maatschappij | weight=0.113
=na =vijftien | weight=0.112
=label =eraan | weight=0.112
=met =label | weight=0.112
=dit =zo | weight=0.111
=kwijt | weight=0.111
=al =klaar | weight=0.110
=eraan | weight=0.110
=ten | weight=0.110
=ermee =bij | weight=0.110
=is =ben | weight=0.109
=twintig =jaar | weight=0.109
=afgeblaft | weight=0.109
=dit =kan | weight=0.107
=alleen =schriftelijk | weight=0.107
=jullie =weer | weight=0.106
=ik =over | weight=0.106
=tig | weight=0.106
=maand =zit | weight=0.106
=vanaf =volgende | weight=0.106
=naad | weight=0.106
=mijn =opzeggen | weight=0.105
=zoek | weight=0.105
=retour =alleen | weight=0.105
=minuten =lang | weight=0.103
=mijn =lidmaatschap | weight=0.103
=arrogant | weight=0.103
=komen =ik | weight=0.103
=nieuwe =pakket | weight=0.102
=wilde =mijn | weight=0.101
=niks =opgelost | weight=0.101, noneg
=instellingen | weight=0.101
=lekker | weight=0.101
=stoppen =met | weight=0.100
=dan =ga | weight=0.100
=amai | weight=0.099
=volgende =maand | weight=0.099
=ik =geen | weight=0.099, noneg
=bij =dit | weight=0.099
=de =bestelling | weight=0.098
=jaar =ben | weight=0.098
=gedrag | weight=0.098
=leverancier | weight=0.098
=overstappen | weight=0.098
=druppel | weight=0.098
=wij =geen | weight=0.097, noneg
=kreeg =tien | weight=0.097
=zodra =mijn | weight=0.097
=een =oplossing | weight=0.097
=de =zal | weight=0.097
=en =mijn | weight=0.096
=winkel =zet | weight=0.096
=bank =te | weight=0.096
=klant | weight=0.096
=onder | weight=0.095
=ik =gewoon | weight=0.095
=abonnement =per | weight=0.095
=was =mijn | weight=0.094
=niks =thuis | weight=0.094, noneg
=lang =een | weight=0.094
=beloof | weight=0.093
=beloof =ik | weight=0.093
=dat =beloof | weight=0.093
=veertig =minuten | weight=0.093
=pizza | weight=0.093
=gaan | weight=0.092
=stoppen | weight=0.092
=keer =bij | weight=0.091
=zoek =een | weight=0.090
=ga =veranderen | weight=0.089
=veranderen =van | weight=0.089
=loopt | weight=0.089
=totaal | weight=0.089
=boodschappen | weight=0.089
=veertig | weight=0.089
=niet =meer | weight=0.088, noneg
=ik =mijn | weight=0.088
=ergens =andere | weight=0.087
=andere =netwerk | weight=0.087
=als =ze | weight=0.087
=komt =en | weight=0.087
=denk | weight=0.086
=jullie =hebben | weight=0.086
=aangesmeerd | weight=0.085
=jas | weight=0.085
=ik =u | weight=0.085
=alleen =met | weight=0.085
=filiaal =naar | weight=0.085
=naar =filiaal | weight=0.085
=van =filiaal | weight=0.085
=keer =over | weight=0.085
=bank | weight=0.085
=bestookt | weight=0.084
=bestookt =met | weight=0.084
=zijn =een | weight=0.084
=en =eerlijk | weight=0.084
=weer =de | weight=0.083
=denk =dat | weight=0.083
=ik =denk | weight=0.083
=ga =ik | weight=0.083
=worden =ik | weight=0.083
=neemt | weight=0.083
=minuten =wachtmuziek | weight=0.083
=zal | weight=0.083
=jullie =dat | weight=0.082
=gescheurd | weight=0.082
=verliezen | weight=0.082
=zo =verliezen | weight=0.082
=factuur =en | weight=0.082
=en =jullie | weight=0.082
=hebben =ik | weight=0.081
=geweest | weight=0.081
=niet =langer | weight=0.081, noneg
=goedkoper | weight=0.080
=thuiszorgorganisatie | weight=0.080
=een =levering | weight=0.080
=ik =sluit | weight=0.080
=levering =die | weight=0.080
=slot | weight=0.080
=deze =behandeling | weight=0.079
=werd =vervolgens | weight=0.079
=haar =rekening | weight=0.079
=wij =gaan | weight=0.079
=mijn =schoonmoeder | weight=0.078
=schoonmoeder | weight=0.078
=zien | weight=0.078
=maar =nu | weight=0.078
=eigen =modem | weight=0.078
=wachtmuziek | weight=0.078
=weer =niet | weight=0.077, noneg
=klaar | weight=0.077
=vestiging | weight=0.077
=schriftelijk =te | weight=0.077
=na =twaalf | weight=0.077
=mn | weight=0.076
=de =overeenkomst | weight=0.075
=genoodzaakt | weight=0.075
=personeel | weight=0.075
=het =hier | weight=0.075
=sluit =mijn | weight=0.075
=opzeggen =maar | weight=0.075
=zo =niet | weight=0.074, noneg
=niet =kwam | weight=0.074, noneg
=ze =de | weight=0.074
=ik =mij | weight=0.074
=me =kwijt | weight=0.074
=die =weer | weight=0.073
=hou | weight=0.073
=ik =hou | weight=0.073
=nieuwe =bank | weight=0.073
=ingediend =op | weight=0.073
=in =uw | weight=0.072
=eerst =en | weight=0.071
=overeenkomst | weight=0.071
=levering | weight=0.071
=thuisgebleven =voor | weight=0.071
=voor =gezien | weight=0.071
=twaalf =jaar | weight=0.071
=een =vrij | weight=0.070
=kopen =ik | weight=0.070
=abonnement =op | weight=0.070
=twintig | weight=0.069
=vijftien =jaar | weight=0.069
=daar =nooit | weight=0.069, noneg
=vijftien | weight=0.069
=ligt =al | weight=0.069
=nu =is | weight=0.068
=mag =ik | weight=0.068
=mijn =nummer | weight=0.068
=contract =op | weight=0.068
=te =beeindigen | weight=0.068
=snel =mogelijk | weight=0.067
=te =zeggen | weight=0.067
=lang =ik | weight=0.067
=ik =niks | weight=0.067, noneg
=weer =een | weight=0.067
=vrijdag =geleverd | weight=0.066
=voorwaarden =kan | weight=0.066
=genoeg | weight=0.066
=ik =kopen | weight=0.066
=mijn =rekening | weight=0.065
=hebben =we | weight=0.065
=ga =voortaan | weight=0.065
=netwerk | weight=0.065
=gaat =naar | weight=0.064
=opgelost =is | weight=0.064
=op =zoek | weight=0.064
=zoek =naar | weight=0.064
=laptop =te | weight=0.064
=hier =voor | weight=0.064
=ergens | weight=0.064
=en =pas | weight=0.064
=zo =snel | weight=0.064
=andere =om | weight=0.063
=zoek =maar | weight=0.063
=de =levering | weight=0.063
=hier =kopen | weight=0.063
=nog =een | weight=0.063
=modem | weight=0.063
=jaar =stop | weight=0.062
=vervangen =door | weight=0.062
=komt =omdat | weight=0.062
=zet | weight=0.062
=oude =was | weight=0.062
=het =precies | weight=0.062
=ben =naar | weight=0.062
=ophangt | weight=0.061
=bij =deze | weight=0.061
=van =wat | weight=0.061
=niks =meer | weight=0.061, noneg
=belde =hing | weight=0.060
=kopen =daar | weight=0.060
=de =maand | weight=0.060
=voor =mij | weight=0.060
=modem =resetten | weight=0.060
=mijn =eerst | weight=0.059
=een =bevestiging | weight=0.059
=andere | weight=0.059
=een =kabel | weight=0.059
=het =vrijdag | weight=0.059
=onwetend | weight=0.059
=label | weight=0.059
=pizza =na | weight=0.058
=hier =komen | weight=0.058
=lijn =dood | weight=0.058
=het =lawaai | weight=0.058
=lawaai | weight=0.058
=lawaai =van | weight=0.058
=hij =wilde | weight=0.058
=helemaal =klaar | weight=0.058
=storing =door | weight=0.058
=ik =beter | weight=0.058
=monteren | weight=0.058
=over =hun | weight=0.057
=open =op | weight=0.057
=vandaag =gebeld | weight=0.056
