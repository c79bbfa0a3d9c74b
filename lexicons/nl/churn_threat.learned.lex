# churn_threat, nl: learned by scripts/learn.py from 3398 tuning texts (155 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Pizza kwam na anderhalf uur, steenkoud. Nooit meer.
+ Nooit meer @Zalando. NOOIT MEER. Account is verwijderd.
+ Pizza na 1,5 uur eindelijk binnen, steenkoud. Nooit meer.
- we willen ons geld terug
- Geen minuut gewacht, top!
=nooit =meer | weight=0.777, noneg
=een =klant | weight=0.368
=wil =echt | weight=0.361
=over =naar | weight=0.343
=daar =geen | weight=0.327, noneg
=dit =was | weight=0.326
=jullie =zijn | weight=0.326
=klant =geweest | weight=0.324
=voortaan | weight=0.318
=elders | weight=0.315
=concurrent | weight=0.306
=provider | weight=0.303
=zeg | weight=0.290
=ik =weg | weight=0.274
=wil =van | weight=0.270
=stap =over | weight=0.268
=de =concurrent | weight=0.262
=trouwe | weight=0.256
=trouwe =klant | weight=0.256
=ben =weg | weight=0.244
=ik =stap | weight=0.241
=zoek | weight=0.239
=hier =zet | weight=0.237
=geen =voet | weight=0.233, noneg
=weg | weight=0.231
=ik =zeg | weight=0.229
=ga =mijn | weight=0.228
=ik =nemen | weight=0.225
=blijven | weight=0.224
=opzeggen | weight=0.221
=garage =komen | weight=0.217
=van =bank | weight=0.213
=nie | weight=0.210, noneg
=veranderen | weight=0.209
=jullie =zien | weight=0.207
=zien =mij | weight=0.207
=bestel | weight=0.203
=kwijt | weight=0.201
=geen =stap | weight=0.201, noneg
=ben =ik | weight=0.201
=jaar | weight=0.200
=hier | weight=0.198
=ga =daar | weight=0.196
=geen =frank | weight=0.196, noneg
=bij =andere | weight=0.194
=als =mijn | weight=0.194
=weg =bij | weight=0.193
=doorgeknipt | weight=0.192
=lidmaatschap | weight=0.190
=mijn =abonnement | weight=0.190
=die =garage | weight=0.189
=hebben =een | weight=0.188
=beschouw | weight=0.184
=geen =euro | weight=0.184, noneg
=per =direct | weight=0.184
=om =op | weight=0.182
=bij =die | weight=0.181
=de =opzeggen | weight=0.181
=rond | weight=0.181
=direct =op | weight=0.179
=laatste | weight=0.179
=orange | weight=0.178
=energieleverancier | weight=0.178
=volgende =jaar | weight=0.177
=mijn =contract | weight=0.173
=maatschappij | weight=0.172
=geweest =maar | weight=0.170
=echt =niet | weight=0.169, noneg
=zeggen =en | weight=0.169
=laatste =keer | weight=0.168
=geweest | weight=0.168
=zet =ik | weight=0.168
=ermee | weight=0.167
=vandaag =opgezegd | weight=0.167
=zorgverzekeraar | weight=0.167
=ik =geef | weight=0.166
=zeg =mijn | weight=0.165
=uw =instellingen | weight=0.163
=heb =mijn | weight=0.162
=wisselen | weight=0.161
=mail =als | weight=0.160
=laatste =bestelling | weight=0.159
=klant =kwijt | weight=0.158
=andere =leverancier | weight=0.158
=voortaan =elders | weight=0.154
=beeindigen | weight=0.153
=dit =kan | weight=0.152
=steenkoud | weight=0.152
=ik =ga | weight=0.151
=ik =geen | weight=0.150, noneg
=een =andere | weight=0.150
=mijn =polis | weight=0.149
=als =dit | weight=0.149
=ik =nooit | weight=0.149, noneg
=we | weight=0.148
=mijn =opzeggen | weight=0.148
=brengen | weight=0.148
=vanaf | weight=0.148
=werkt =maar | weight=0.148
=kopen | weight=0.147
=bestelling =bij | weight=0.146
=stop | weight=0.146
=sluiten | weight=0.146
=account | weight=0.145
=dit =zo | weight=0.145
=garage | weight=0.144
=geef | weight=0.143
=minder | weight=0.141
=klaar | weight=0.140
=zal =ik | weight=0.140
=we =gaan | weight=0.139
=bij =jullie | weight=0.138
=tien =jaar | weight=0.137
=vaarwel | weight=0.136
=een =trouwe | weight=0.136
=gaan | weight=0.135
=ontvangen | weight=0.135
=mede | weight=0.135
=mede =dat | weight=0.135
=bevestiging =van | weight=0.134
=ik =vertrek | weight=0.134
=weer =een | weight=0.131
=gezien | weight=0.131
=abonnement =per | weight=0.129
=eerstvolgende | weight=0.129
=andere =bank | weight=0.128
=andere =provider | weight=0.127
=mij =hier | weight=0.127
=dat =verlengen | weight=0.127
=loopt =af | weight=0.127
=graag =ontvangen | weight=0.126
=ontvangen =ik | weight=0.126
=na =vijftien | weight=0.126
=in =uw | weight=0.125
=mij =nooit | weight=0.125, noneg
=mijn =lidmaatschap | weight=0.124
=direct | weight=0.124
=instellingen | weight=0.124
=af | weight=0.124
=polis | weight=0.123
=geen =idee | weight=0.121, noneg
=te =zeggen | weight=0.121
=met =uw | weight=0.119
=een =oplossing | weight=0.119
=van =dit | weight=0.119
=nooit =antwoord | weight=0.118, noneg
=zo =blijft | weight=0.118
=vestiging | weight=0.117
=ik =u | weight=0.117
=gebrek | weight=0.117
=was =mijn | weight=0.116
=niet =meer | weight=0.115, noneg
=zijn =weer | weight=0.115
=af =en | weight=0.114
=vertrek | weight=0.114
=label =eraan | weight=0.114
=met =label | weight=0.114
=abonnement | weight=0.114
=bank | weight=0.113
=erover | weight=0.113
=wij =geen | weight=0.112, noneg
=hier =nooit | weight=0.112, noneg
=ga | weight=0.112
=ik =ermee | weight=0.112
=stop =ik | weight=0.112
=bank =te | weight=0.112
=eraan | weight=0.112
=label | weight=0.111
=retour =alleen | weight=0.110
=goedkoper | weight=0.110
=jaar =was | weight=0.110
=mijn =rekening | weight=0.110
=gewoon =afgeblaft | weight=0.109
=neemt | weight=0.109
=zal | weight=0.109
=om =van | weight=0.109
=ik =bij | weight=0.108
=er =echt | weight=0.108
=kijken | weight=0.107
=stap | weight=0.107
=ermee =bij | weight=0.107
=tig | weight=0.106
=minuten =lang | weight=0.105
=naad | weight=0.105
=oplossing | weight=0.105
=is =ben | weight=0.104
=weg =de | weight=0.104
=niks =opgelost | weight=0.104, noneg
=bij =dit | weight=0.104
=ten | weight=0.103
=te =beeindigen | weight=0.103
=ik =mijn | weight=0.103
=amai | weight=0.102
=als =ze | weight=0.102
=leverancier | weight=0.101
=geweest =vandaag | weight=0.100
=zo'n | weight=0.100
=me =kwijt | weight=0.100
=stoppen | weight=0.100
=pizza | weight=0.099
=zeg =ik | weight=0.099
=jaar =ben | weight=0.098
=ik =over | weight=0.098
=ik =gewoon | weight=0.098
=ga =veranderen | weight=0.097
=veranderen =van | weight=0.097
=bezorging =die | weight=0.097
=een =bezorging | weight=0.097
=niet =verscheen | weight=0.097, noneg
=opgenomen =voor | weight=0.097
=lang =een | weight=0.096
=snel =mogelijk | weight=0.096
=respectloos | weight=0.096
=voor =gezien | weight=0.095
=van =en | weight=0.095
=mijn =account | weight=0.094
=volgende | weight=0.093
=thuiszorgorganisatie | weight=0.090
=denk =dat | weight=0.089
=ik =denk | weight=0.089
=mijn =schoonmoeder | weight=0.089
=schoonmoeder | weight=0.089
=september | weight=0.088
=zodra =mijn | weight=0.088
=hier =niet | weight=0.088, noneg
=modem | weight=0.087
=mijn =verzekering | weight=0.087
=van =jullie | weight=0.087
=vrij =dagen | weight=0.087
=loopt | weight=0.087
=heb =geen | weight=0.087, noneg
=wachten =en | weight=0.087
=beloof | weight=0.087
=beloof =ik | weight=0.087
=dat =beloof | weight=0.087
=aanbieder | weight=0.086
=andere =aanbieder | weight=0.086
=twintig =jaar | weight=0.085
=tien | weight=0.085
=zo =snel | weight=0.085
=was =de | weight=0.085
=vrij | weight=0.085
=winkel =zet | weight=0.085
=veertig =minuten | weight=0.084
=komen =ik | weight=0.084
=andere =netwerk | weight=0.084
=bezorging | weight=0.084
=aangesmeerd | weight=0.084
=lekker | weight=0.082
=niks =meer | weight=0.082, noneg
=hebben =ik | weight=0.081
=en =jullie | weight=0.081
=na =twaalf | weight=0.081
=account =is | weight=0.081
=gedrag | weight=0.080
=bestookt | weight=0.080
=bestookt =met | weight=0.080
=ben =er | weight=0.079
=jas | weight=0.079
=klaar =mee | weight=0.079
=vanochtend | weight=0.079
=en =meteen | weight=0.078
=boodschappen | weight=0.078
=voor =mij | weight=0.078
=zijn =een | weight=0.078
=verliezen | weight=0.078
=zo =verliezen | weight=0.078
=haar =rekening | weight=0.077
=en =mijn | weight=0.077
=arrogant | weight=0.076
=factuur =en | weight=0.076
=zet =naar | weight=0.076
=behandeling =van | weight=0.076
=onder | weight=0.076
=over =te | weight=0.076
=de =maand | weight=0.075
=sportschool | weight=0.075
=opgelost =is | weight=0.074
=afgeblaft | weight=0.074
=vrijdag | weight=0.074
=mn | weight=0.074
=slot | weight=0.074
=niet =gecorrigeerd | weight=0.074, noneg
=ruim =een | weight=0.074
=daar =nooit | weight=0.074, noneg
=gescheurde | weight=0.073
=twintig | weight=0.073
=minuten =wachtmuziek | weight=0.073
=zien | weight=0.073
=maand =zit | weight=0.072
=vanaf =volgende | weight=0.072
=volgende =maand | weight=0.072
=jullie =hebben | weight=0.072
=ophangt | weight=0.072
=veertig | weight=0.072
=dagen =thuisgebleven | weight=0.071
=een =levering | weight=0.071
=ik =sluiten | weight=0.071
=levering =die | weight=0.071
=niet =kwam | weight=0.071, noneg
=thuisgebleven | weight=0.071
=thuisgebleven =voor | weight=0.071
=druppel | weight=0.071
=storing =door | weight=0.070
=werd =vervolgens | weight=0.070
=ingediend =op | weight=0.070
=onwetend | weight=0.070
=twaalf =jaar | weight=0.070
=personeel | weight=0.070
=ik =niks | weight=0.069, noneg
=die =weer | weight=0.069
=tien =minuten | weight=0.069
=vrijdag =geleverd | weight=0.069
=alleen =met | weight=0.068
=weer =niet | weight=0.067, noneg
=min =in | weight=0.067
=over =hun | weight=0.067
=ben =naar | weight=0.067
=hele =dagen | weight=0.066
=hij =wilde | weight=0.066
=wachtmuziek | weight=0.066
=pizza =na | weight=0.066
=lang =ik | weight=0.066
=niks =thuis | weight=0.066, noneg
=wachten =dan | weight=0.065
=ik =kopen | weight=0.065
=medewerker =zijn | weight=0.065
=mijn =laatste | weight=0.065
=vijftien | weight=0.065
=met =aanbieden | weight=0.065
=voor =vrijdag | weight=0.064
=zo | weight=0.064
=andere =om | weight=0.064
=zoek =maar | weight=0.064
=keer =bij | weight=0.064
=sluiten =mijn | weight=0.063
=chat =zegt | weight=0.063
=dagen =voor | weight=0.062
=en =ben | weight=0.062
=kopen =daar | weight=0.062
=ze =de | weight=0.062
=ik =bestel | weight=0.062
=netwerk | weight=0.061
=poging | weight=0.061
=nieuwe =bank | weight=0.061
=per | weight=0.061
=verpleeghuis | weight=0.061
=niemand =op | weight=0.060, noneg
=voortaan =bij | weight=0.060
=maar =nu | weight=0.060
=jullie =dat | weight=0.060
=ik =beter | weight=0.060
=vijftien =jaar | weight=0.060
=alleen =schriftelijk | weight=0.059
=zoek =een | weight=0.059
=vervangen =door | weight=0.059
=allebei | weight=0.059
=mijn =storing | weight=0.059
=modem =resetten | weight=0.059
=beloofd =voor | weight=0.058
=kopen =ik | weight=0.058
=het =lawaai | weight=0.058
=lawaai | weight=0.058
=lawaai =van | weight=0.058
=jaar =stop | weight=0.058
=ben =hier | weight=0.058
=echt | weight=0.057
=ff =een | weight=0.057
=gemaild =nooit | weight=0.056, noneg
=keer =over | weight=0.056
=afloopt | weight=0.056
=denk | weight=0.056
=mijn =eerst | weight=0.055
=hier =kopen | weight=0.055
=weer =de | weight=0.055
=trustpilot =en | weight=0.055
=elke =telefoontje | weight=0.055
=smeren =ik | weight=0.055
=vertrek =zodra | weight=0.055
=de =modem | weight=0.054
=nemen | weight=0.054
=en =bestel | weight=0.054
=ga =voortaan | weight=0.054
=op =te | weight=0.054
=concurrent =en | weight=0.054
=hun =eigen | weight=0.054
=die =zegt | weight=0.054
=en =alles | weight=0.054
=andere | weight=0.054
=je =gewoon | weight=0.053
=hierbij | weight=0.053
=gechat | weight=0.053
=schriftelijk =te | weight=0.053
=te =bevestiging | weight=0.053
=wil =ik | weight=0.053
=minuten =in | weight=0.053
=einde =van | weight=0.053
=mag =ik | weight=0.053
=was =ik | weight=0.053
=in =die | weight=0.052
