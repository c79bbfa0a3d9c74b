# churn_threat, nl: learned by scripts/learn.py from 4090 tuning texts (173 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Pizza kwam na anderhalf uur, steenkoud. Nooit meer.
+ Pizza na 1,5 uur eindelijk binnen, steenkoud. Nooit meer.
+ 1 ster. Medewerkers zijn totaal onwetend over hun eigen producten. Nooit meer.
- we willen ons geld terug
- Dank voor de snelle hulp!
=nooit =meer | weight=0.770, noneg
=een =klant | weight=0.373
=wil =echt | weight=0.364
=over =naar | weight=0.340
=zeg | weight=0.340
=klant =geweest | weight=0.322
=concurrent | weight=0.317
=jullie =zijn | weight=0.316
=elders | weight=0.314
=daar =geen | weight=0.312, noneg
=voortaan | weight=0.309
=dit =was | weight=0.305
=stap =over | weight=0.281
=de =concurrent | weight=0.281
=wil =van | weight=0.275
=ik =weg | weight=0.273
=provider | weight=0.264
=ik =stap | weight=0.254
=hier =zet | weight=0.253
=geen =voet | weight=0.250, noneg
=trouwe | weight=0.244
=trouwe =klant | weight=0.244
=opzeggen | weight=0.232
=ben =weg | weight=0.230
=weg | weight=0.229
=ik =nemen | weight=0.221
=garage =komen | weight=0.214
=ik =zeg | weight=0.213
=ga =mijn | weight=0.207
=blijven | weight=0.207
=van =bank | weight=0.206
=nie | weight=0.206, noneg
=jullie =zien | weight=0.205
=zien =mij | weight=0.205
=ben =ik | weight=0.203
=veranderen | weight=0.202
=kwijt | weight=0.198
=bestel | weight=0.197
=ga =daar | weight=0.194
=geen =frank | weight=0.194, noneg
=hebben =een | weight=0.187
=per =direct | weight=0.186
=doorgeknipt | weight=0.185
=lidmaatschap | weight=0.184
=die =garage | weight=0.184
=annuleren =ik | weight=0.184
=direct =op | weight=0.183
=orange | weight=0.182
=bij =die | weight=0.182
=mijn =contract | weight=0.182
=geen =euro | weight=0.182, noneg
=als =mijn | weight=0.181
=geen =stap | weight=0.180, noneg
=mijn =abonnement | weight=0.179
=de =opzeggen | weight=0.177
=bij =andere | weight=0.174
=om =op | weight=0.173
=laatste | weight=0.173
=zeg =ik | weight=0.173
=beschouw | weight=0.172
=we =kijken | weight=0.172
=geweest | weight=0.171
=weg =bij | weight=0.171
=volgende =jaar | weight=0.170
=geweest =maar | weight=0.170
=ermee | weight=0.169
=vandaag =opgezegd | weight=0.168
=dit =kan | weight=0.166
=zorgverzekeraar | weight=0.166
=zeggen =en | weight=0.165
=dit =zo | weight=0.164
=echt =niet | weight=0.163, noneg
=zet =ik | weight=0.163
=ik =geef | weight=0.163
=garage | weight=0.158
=binnenkort | weight=0.158
=rond | weight=0.158
=andere =leverancier | weight=0.157
=energieleverancier | weight=0.157
=uw =instellingen | weight=0.157
=voortaan =elders | weight=0.156
=zeg =mijn | weight=0.156
=stop | weight=0.155
=werkt =maar | weight=0.155
=laatste =bestelling | weight=0.155
=bij =jullie | weight=0.154
=jaar | weight=0.153
=mail =als | weight=0.151
=alleen =schriftelijk | weight=0.151
=klant =kwijt | weight=0.150
=laatste =keer | weight=0.149
=vanaf | weight=0.147
=hier | weight=0.146
=geef | weight=0.146
=brengen | weight=0.145
=beeindigen | weight=0.145
=annuleren | weight=0.144
=wisselen | weight=0.142
=heb =mijn | weight=0.142
=steenkoud | weight=0.141
=sluit | weight=0.140
=kopen | weight=0.140
=ik =geen | weight=0.139, noneg
=als =dit | weight=0.139
=mij =hier | weight=0.139
=account | weight=0.138
=direct | weight=0.137
=maatschappij | weight=0.137
=mijn =opzeggen | weight=0.135
=bevestiging =van | weight=0.135
=bestelling =bij | weight=0.135
=levering =niet | weight=0.134, noneg
=ga | weight=0.134
=abonnement =per | weight=0.134
=abonnement | weight=0.134
=ik =ga | weight=0.134
=af | weight=0.134
=vaarwel | weight=0.133
=zo =blijft | weight=0.132
=we =gaan | weight=0.131
=mijn =polis | weight=0.130
=andere =bank | weight=0.130
=ik =vertrek | weight=0.129
=mede | weight=0.128
=mede =dat | weight=0.128
=mij =nooit | weight=0.128, noneg
=tien =jaar | weight=0.127
=zal =ik | weight=0.127
=vertrek | weight=0.127
=wachten =en | weight=0.126
=klaar | weight=0.126
=jaar =was | weight=0.124
=we | weight=0.124
=ik =nooit | weight=0.124, noneg
=de =bestelling | weight=0.124
=instellingen | weight=0.123
=eerstvolgende | weight=0.123
=een =trouwe | weight=0.123
=mijn =lidmaatschap | weight=0.123
=zijn =weer | weight=0.122
=minder | weight=0.122
=na =vijftien | weight=0.122
=een =andere | weight=0.121
=van =dit | weight=0.121
=dat =verlengen | weight=0.120
=loopt =af | weight=0.120
=niet =meer | weight=0.118, noneg
=andere =provider | weight=0.118
=gaan | weight=0.118
=in =uw | weight=0.118
=gezien | weight=0.117
=ik =ermee | weight=0.115
=stop =ik | weight=0.115
=totaal | weight=0.114
=nooit =antwoord | weight=0.113, noneg
=te =zeggen | weight=0.113
=twintig =jaar | weight=0.112
=bank =te | weight=0.112
=bank | weight=0.111
=ontvangen | weight=0.111
=hier =nooit | weight=0.111, noneg
=mijn =rekening | weight=0.111
=thuiszorgorganisatie | weight=0.110
=polis | weight=0.109
=graag =ontvangen | weight=0.109
=ontvangen =ik | weight=0.109
=om =van | weight=0.109
=wij =geen | weight=0.109, noneg
=tien | weight=0.109
=label =eraan | weight=0.108
=met =label | weight=0.108
=erover | weight=0.108
=zoek | weight=0.108
=mijn =schoonmoeder | weight=0.107
=schoonmoeder | weight=0.107
=eraan | weight=0.107
=af =en | weight=0.107
=was =mijn | weight=0.107
=stap | weight=0.106
=dan =ga | weight=0.105
=was =de | weight=0.105
=een =oplossing | weight=0.105
=aanbieder | weight=0.105
=andere =aanbieder | weight=0.105
=gebrek | weight=0.104
=jullie =weer | weight=0.104
=met =uw | weight=0.104
=is =ben | weight=0.103
=weg =de | weight=0.103
=geweest =vandaag | weight=0.103
=arrogant | weight=0.103
=ten | weight=0.103
=vestiging | weight=0.103
=stopzetten | weight=0.102
=mocht =de | weight=0.102
=jaar =ben | weight=0.102
=tig | weight=0.102
=naad | weight=0.102
=heb =geen | weight=0.101, noneg
=stoppen =met | weight=0.101
=komen =ik | weight=0.100
=niks =opgelost | weight=0.100, noneg
=te =beeindigen | weight=0.099
=gewoon =afgeblaft | weight=0.099
=ik =u | weight=0.099
=retour =alleen | weight=0.099
=pizza | weight=0.098
=volgende | weight=0.098
=een =keer | weight=0.098
=mijn =verzekering | weight=0.097
=ermee =bij | weight=0.096
=me =kwijt | weight=0.096
=zo'n | weight=0.096
=amai | weight=0.096
=bij =dit | weight=0.096
=hier =niet | weight=0.095, noneg
=minuten =lang | weight=0.094
=kreeg =tien | weight=0.094
=label | weight=0.094
=bezorging =die | weight=0.094
=een =bezorging | weight=0.094
=niet =verscheen | weight=0.094, noneg
=opgenomen =voor | weight=0.094
=voor =gezien | weight=0.093
=leverancier | weight=0.093
=mijn =account | weight=0.093
=weer =een | weight=0.092
=personeel | weight=0.091
=van =en | weight=0.091
=hier =voor | weight=0.090
=ik =bij | weight=0.090
=ga =veranderen | weight=0.090
=veranderen =van | weight=0.090
=bestelling | weight=0.090
=neemt | weight=0.089
=er =echt | weight=0.089
=uw =maatschappij | weight=0.089
=snel =mogelijk | weight=0.088
=gedrag | weight=0.087
=ik =gewoon | weight=0.087
=stoppen | weight=0.087
=denk | weight=0.086
=medewerker =alleen | weight=0.086
=lang =een | weight=0.085
=levering | weight=0.085
=denk =dat | weight=0.085
=ik =denk | weight=0.085
=zodra =mijn | weight=0.085
=beloof | weight=0.085
=beloof =ik | weight=0.085
=dat =beloof | weight=0.085
=omruilen | weight=0.084
=abonnement =op | weight=0.083
=oplossing | weight=0.082
=van =jullie | weight=0.081
=account =is | weight=0.081
=loopt | weight=0.081
=zal | weight=0.081
=onder | weight=0.080
=veertig =minuten | weight=0.080
=zo =snel | weight=0.080
=winkel =zet | weight=0.080
=een =vrij | weight=0.080
=zijn =een | weight=0.080
=als =ze | weight=0.080
=bestookt | weight=0.080
=bestookt =met | weight=0.080
=verliezen | weight=0.079
=zo =verliezen | weight=0.079
=niet =gecorrigeerd | weight=0.079, noneg
=twintig | weight=0.079
=ik =over | weight=0.079
=en =jullie | weight=0.079
=kijken | weight=0.079
=slot | weight=0.079
=respectloos | weight=0.079
=hebben =ik | weight=0.078
=niks =meer | weight=0.078, noneg
=na =twaalf | weight=0.077
=en =mijn | weight=0.077
=druppel | weight=0.076
=zien | weight=0.076
=vrijdag | weight=0.076
=vijftien | weight=0.076
=sportschool | weight=0.076
=ik =mijn | weight=0.075
=gestuurd =voor | weight=0.075
=lekker | weight=0.075
=andere =netwerk | weight=0.075
=mn | weight=0.075
=de =levering | weight=0.075
=september | weight=0.074
=aangesmeerd | weight=0.073
=maand =zit | weight=0.073
=vanaf =volgende | weight=0.073
=werd =vervolgens | weight=0.073
=vijftien =jaar | weight=0.073
=voor =mij | weight=0.073
=contract | weight=0.072
=bezorging | weight=0.071
=ingediend =op | weight=0.071
=totaal =niet | weight=0.071, noneg
=veertig | weight=0.071
=jullie =hebben | weight=0.071
=vrij =dagen | weight=0.071
=modem | weight=0.071
=jas | weight=0.071
=en =meteen | weight=0.070
=wilde =mijn | weight=0.070
=nieuwe =bank | weight=0.070
=komt =en | weight=0.070
=haar =rekening | weight=0.070
=daar =nooit | weight=0.070, noneg
=zoek =een | weight=0.069
=ben =er | weight=0.069
=schriftelijk | weight=0.069
=tien =minuten | weight=0.069
=factuur =en | weight=0.069
=volgende =maand | weight=0.068
=minuten =wachtmuziek | weight=0.068
=eerst =en | weight=0.068
=een =levering | weight=0.068
=ik =sluit | weight=0.068
=levering =die | weight=0.068
=deze =behandeling | weight=0.068
=alleen =met | weight=0.067
=behandeling =van | weight=0.067
=goedkoper | weight=0.067
=niks =thuis | weight=0.066, noneg
=andere =om | weight=0.066
=zoek =maar | weight=0.066
=ik =kopen | weight=0.066
=afgeblaft | weight=0.066
=gescheurd | weight=0.066
=vrij | weight=0.065
=weer =niet | weight=0.065, noneg
=de =maand | weight=0.065
=vrijdag =geleverd | weight=0.065
=opgelost =is | weight=0.065
=niet =kwam | weight=0.065, noneg
=ik =beter | weight=0.064
=klant | weight=0.064
=ik =niks | weight=0.064, noneg
=boodschappen | weight=0.064
=kopen =daar | weight=0.064
=klaar =mee | weight=0.063
=zet =naar | weight=0.063
=dagen =thuisgebleven | weight=0.063
=thuisgebleven | weight=0.063
=thuisgebleven =voor | weight=0.063
=ga =voortaan | weight=0.062
=sluit =mijn | weight=0.062
=wachtmuziek | weight=0.062
=hij =wilde | weight=0.062
=ophangt | weight=0.061
=klant =af | weight=0.061
=afloopt | weight=0.061
=voor =vrijdag | weight=0.061
=die =weer | weight=0.060
=pizza =na | weight=0.060
=echt | weight=0.060
=ze =de | weight=0.060
=twaalf =jaar | weight=0.060
=niemand =op | weight=0.059, noneg
=open =op | weight=0.059
=contract =op | weight=0.059
=keer =bij | weight=0.059
=voorwaarden =kan | weight=0.059
=jullie =dat | weight=0.059
=ruim =een | weight=0.059
=vervangen =door | weight=0.059
=blijft | weight=0.059
=onwetend | weight=0.058
=hierbij | weight=0.058
=maar =nu | weight=0.058
=lang =ik | weight=0.058
=zo | weight=0.058
=nog =een | weight=0.058
=verpleeghuis | weight=0.058
=elke =telefoontje | weight=0.057
=smeren =ik | weight=0.057
=vertrek =zodra | weight=0.057
=niet =volgens | weight=0.056, noneg
=naar =een | weight=0.056
=medewerker =zijn | weight=0.056
=over =hun | weight=0.056
=trustpilot =en | weight=0.056
=wou =gewoon | weight=0.056
=aanschuiven | weight=0.056
=aanschuiven =aan | weight=0.056
=storing =door | weight=0.056
=chat =zegt | weight=0.056
=ga =ik | weight=0.056
=niet =op | weight=0.056, noneg
=worden =ik | weight=0.056
=gesmolten | weight=0.055
=ijs | weight=0.055
=einde =van | weight=0.055
=concurrent =en | weight=0.055
=min =in | weight=0.055
