# churn_threat, nl: learned by scripts/learn.py from 3262 tuning texts (152 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Pizza kwam na anderhalf uur, steenkoud. Nooit meer.
+ Pizza na 1,5 uur eindelijk binnen, steenkoud. Nooit meer.
+ 1 ster. Medewerkers zijn totaal onwetend over hun eigen producten. Nooit meer.
- we willen ons geld terug
- Geen minuut gewacht, top!
=nooit =meer | weight=0.773, noneg
=een =klant | weight=0.372
=wil =echt | weight=0.371
=daar =geen | weight=0.326, noneg
=klant =geweest | weight=0.326
=voortaan | weight=0.322
=elders | weight=0.317
=dit =was | weight=0.316
=concurrent | weight=0.309
=over =naar | weight=0.307
=jullie =zijn | weight=0.306
=provider | weight=0.302
=zeg | weight=0.294
=ik =weg | weight=0.278
=wil =van | weight=0.268
=de =concurrent | weight=0.262
=trouwe | weight=0.253
=trouwe =klant | weight=0.253
=hier =zet | weight=0.242
=geen =voet | weight=0.238, noneg
=ik =zeg | weight=0.230
=ben =weg | weight=0.229
=ik =nemen | weight=0.229
=stap =over | weight=0.228
=zoek | weight=0.227
=ik =stap | weight=0.224
=weg | weight=0.218
=opzeggen | weight=0.218
=garage =komen | weight=0.217
=ga =mijn | weight=0.215
=nie | weight=0.213, noneg
=blijven | weight=0.212
=jaar | weight=0.211
=kwijt | weight=0.210
=van =bank | weight=0.210
=bestel | weight=0.209
=veranderen | weight=0.205
=als =mijn | weight=0.199
=geen =stap | weight=0.198, noneg
=geweest | weight=0.198
=maatschappij | weight=0.197
=hier | weight=0.196
=doorgeknipt | weight=0.196
=weg =bij | weight=0.194
=bij =andere | weight=0.192
=lidmaatschap | weight=0.192
=jullie =zien | weight=0.192
=zien =mij | weight=0.192
=ga =daar | weight=0.191
=geen =frank | weight=0.191, noneg
=per =direct | weight=0.188
=die =garage | weight=0.186
=ben =ik | weight=0.186
=beschouw | weight=0.186
=hebben =een | weight=0.185
=om =op | weight=0.184
=direct =op | weight=0.184
=geen =euro | weight=0.183, noneg
=mijn =abonnement | weight=0.182
=bij =die | weight=0.182
=rond | weight=0.180
=zorgverzekeraar | weight=0.177
=laatste | weight=0.176
=ermee | weight=0.175
=echt =niet | weight=0.175, noneg
=de =opzeggen | weight=0.175
=energieleverancier | weight=0.174
=mijn =contract | weight=0.173
=zeggen =en | weight=0.173
=orange | weight=0.172
=geweest =maar | weight=0.172
=bij =jullie | weight=0.170
=ik =geef | weight=0.169
=laatste =bestelling | weight=0.167
=zet =ik | weight=0.166
=wisselen | weight=0.163
=uw =instellingen | weight=0.163
=laatste =keer | weight=0.162
=volgende =jaar | weight=0.161
=mail =als | weight=0.160
=andere =leverancier | weight=0.158
=vandaag =opgezegd | weight=0.158
=klant =kwijt | weight=0.157
=heb =mijn | weight=0.156
=beeindigen | weight=0.155
=voortaan =elders | weight=0.155
=koop | weight=0.153
=als =dit | weight=0.151
=brengen | weight=0.151
=mij =hier | weight=0.150
=mijn =opzeggen | weight=0.149
=geef | weight=0.149
=ik =nooit | weight=0.149, noneg
=dit =kan | weight=0.148
=klaar | weight=0.148
=bestelling =bij | weight=0.147
=mijn =polis | weight=0.147
=zeg =mijn | weight=0.147
=werkt =maar | weight=0.146
=dit =zo | weight=0.145
=steenkoud | weight=0.145
=ik =ga | weight=0.144
=een =andere | weight=0.143
=we =gaan | weight=0.143
=we | weight=0.142
=stop | weight=0.142
=bank | weight=0.140
=abonnement =per | weight=0.140
=ik =geen | weight=0.138, noneg
=garage | weight=0.137
=ontvangen | weight=0.137
=vaarwel | weight=0.137
=vanaf | weight=0.136
=ik =vertrek | weight=0.136
=mij =nooit | weight=0.136, noneg
=zal =ik | weight=0.136
=sluiten | weight=0.133
=bevestiging =van | weight=0.133
=gaan | weight=0.133
=een =trouwe | weight=0.132
=in =uw | weight=0.132
=tien =jaar | weight=0.132
=polis | weight=0.132
=account | weight=0.132
=te =zeggen | weight=0.131
=direct | weight=0.131
=mede | weight=0.130
=mede =dat | weight=0.130
=minder | weight=0.129
=gezien | weight=0.128
=weer =een | weight=0.127
=mijn =lidmaatschap | weight=0.127
=graag =ontvangen | weight=0.126
=ontvangen =ik | weight=0.126
=andere =provider | weight=0.125
=eerstvolgende | weight=0.124
=na =vijftien | weight=0.123
=zo =blijft | weight=0.123
=vertrek | weight=0.122
=dat =verlengen | weight=0.122
=loopt =af | weight=0.122
=zijn =weer | weight=0.122
=geen =idee | weight=0.121, noneg
=van =dit | weight=0.119
=ik =u | weight=0.119
=label =eraan | weight=0.118
=met =label | weight=0.118
=af | weight=0.117
=eraan | weight=0.116
=abonnement | weight=0.115
=met =uw | weight=0.114
=instellingen | weight=0.113
=retour =alleen | weight=0.113
=zo'n | weight=0.113
=label | weight=0.113
=een =oplossing | weight=0.113
=gebrek | weight=0.112
=bank =te | weight=0.112
=vestiging | weight=0.111
=andere =bank | weight=0.111
=was =mijn | weight=0.110
=erover | weight=0.110
=naad | weight=0.110
=tig | weight=0.110
=om =van | weight=0.109
=gewoon =afgeblaft | weight=0.109
=ik =ermee | weight=0.109
=stop =ik | weight=0.109
=neemt | weight=0.109
=wij =geen | weight=0.108, noneg
=niks =opgelost | weight=0.107, noneg
=af =en | weight=0.107
=bij =dit | weight=0.107
=zal | weight=0.107
=ik =bij | weight=0.106
=minuten =lang | weight=0.106
=niet =meer | weight=0.105, noneg
=ik =over | weight=0.105
=hier =nooit | weight=0.105, noneg
=te =beeindigen | weight=0.105
=goedkoper | weight=0.104
=er =echt | weight=0.104
=zeg =ik | weight=0.104
=amai | weight=0.104
=jaar =was | weight=0.103
=mijn =rekening | weight=0.101
=is =ben | weight=0.101
=ten | weight=0.101
=me =kwijt | weight=0.101
=ermee =bij | weight=0.101
=bezorging =die | weight=0.101
=een =bezorging | weight=0.101
=niet =verscheen | weight=0.101, noneg
=opgenomen =voor | weight=0.101
=stap | weight=0.100
=mijn =account | weight=0.100
=als =ze | weight=0.100
=kijken | weight=0.100
=geweest =vandaag | weight=0.099
=stoppen | weight=0.099
=twintig =jaar | weight=0.099
=oplossing | weight=0.099
=ik =gewoon | weight=0.098
=jaar =ben | weight=0.097
=lang =een | weight=0.097
=van =en | weight=0.097
=voor =gezien | weight=0.096
=modem | weight=0.096
=respectloos | weight=0.095
=snel =mogelijk | weight=0.094
=pizza | weight=0.093
=ga =veranderen | weight=0.093
=veranderen =van | weight=0.093
=gedrag | weight=0.092
=ben =er | weight=0.092
=ga | weight=0.092
=leverancier | weight=0.091
=mijn =verzekering | weight=0.091
=komen =ik | weight=0.091
=vrij =dagen | weight=0.091
=loopt | weight=0.090
=aangesmeerd | weight=0.090
=zodra =mijn | weight=0.090
=klaar =mee | weight=0.090
=ik =mijn | weight=0.089
=en =jullie | weight=0.088
=beloof | weight=0.088
=beloof =ik | weight=0.088
=dat =beloof | weight=0.088
=volgende | weight=0.087
=aanbieder | weight=0.087
=andere =aanbieder | weight=0.087
=thuiszorgorganisatie | weight=0.087
=bezorging | weight=0.086
=denk =dat | weight=0.086
=ik =denk | weight=0.086
=mijn =schoonmoeder | weight=0.086
=schoonmoeder | weight=0.086
=september | weight=0.085
=wachten =en | weight=0.085
=account =is | weight=0.085
=was =de | weight=0.084
=vrij | weight=0.083
=van =jullie | weight=0.083
=andere =netwerk | weight=0.083
=zo =snel | weight=0.082
=voor =mij | weight=0.082
=min =in | weight=0.081
=twintig | weight=0.081
=veertig =minuten | weight=0.080
=winkel =zet | weight=0.080
=hier =niet | weight=0.080, noneg
=verliezen | weight=0.080
=zo =verliezen | weight=0.080
=na =twaalf | weight=0.079
=boodschappen | weight=0.078
=ingediend =op | weight=0.078
=en =mijn | weight=0.078
=niks =meer | weight=0.078, noneg
=tien | weight=0.078
=jas | weight=0.077
=en =meteen | weight=0.077
=hebben =ik | weight=0.077
=heb =geen | weight=0.077, noneg
=lekker | weight=0.077
=nooit =antwoord | weight=0.076, noneg
=factuur =en | weight=0.076
=bestookt | weight=0.076
=bestookt =met | weight=0.076
=niet =gecorrigeerd | weight=0.075, noneg
=storing =door | weight=0.075
=dagen =thuisgebleven | weight=0.075
=een =levering | weight=0.075
=ik =sluiten | weight=0.075
=levering =die | weight=0.075
=niet =kwam | weight=0.075, noneg
=thuisgebleven | weight=0.075
=thuisgebleven =voor | weight=0.075
=ophangt | weight=0.075
=mn | weight=0.073
=weer =niet | weight=0.073, noneg
=wachten =dan | weight=0.073
=die =weer | weight=0.073
=werd =vervolgens | weight=0.072
=gescheurde | weight=0.072
=arrogant | weight=0.072
=veertig | weight=0.071
=vrijdag | weight=0.071
=zijn =een | weight=0.071
=tien =minuten | weight=0.071
=alleen =met | weight=0.071
=haar =rekening | weight=0.070
=daar =nooit | weight=0.070, noneg
=slot | weight=0.070
=ben =naar | weight=0.069
=vanochtend | weight=0.069
=sportschool | weight=0.069
=behandeling =van | weight=0.069
=de =maand | weight=0.069
=minuten =wachtmuziek | weight=0.069
=ruim =een | weight=0.069
=opgelost =is | weight=0.069
=zet =naar | weight=0.069
=afgeblaft | weight=0.069
=druppel | weight=0.068
=sluiten =mijn | weight=0.068
=vijftien =jaar | weight=0.068
=vrijdag =geleverd | weight=0.068
=personeel | weight=0.067
=per | weight=0.067
=chat =zegt | weight=0.067
=over =te | weight=0.066
=zo | weight=0.066
=en =ben | weight=0.066
=afloopt | weight=0.066
=onder | weight=0.066
=hij =wilde | weight=0.065
=andere =om | weight=0.065
=zoek =maar | weight=0.065
=jullie =hebben | weight=0.065
=ik =niks | weight=0.065, noneg
=lang =ik | weight=0.064
=vijftien | weight=0.064
=poging | weight=0.064
=minuten =in | weight=0.064
=met =aanbieden | weight=0.063
=mijn =storing | weight=0.063
=onwetend | weight=0.063
=twaalf =jaar | weight=0.063
=keer =over | weight=0.062
=denk | weight=0.062
=jullie =dat | weight=0.062
=ik =koop | weight=0.062
=ik =bestel | weight=0.061
=vervangen =door | weight=0.061
=pizza =na | weight=0.061
=maand =zit | weight=0.061
=vanaf =volgende | weight=0.061
=volgende =maand | weight=0.061
=niks =thuis | weight=0.061, noneg
=allebei | weight=0.061
=verpleeghuis | weight=0.061
=koop =daar | weight=0.061
=opgenomen | weight=0.061
=ga =voortaan | weight=0.061
=trustpilot =en | weight=0.061
=voortaan =bij | weight=0.061
=voor =vrijdag | weight=0.060
=medewerker =zijn | weight=0.060
=wachtmuziek | weight=0.060
=alleen =schriftelijk | weight=0.060
=maar =nu | weight=0.060
=over =hun | weight=0.060
=ben =hier | weight=0.059
=keer =bij | weight=0.059
=het =lawaai | weight=0.059
=lawaai | weight=0.059
=lawaai =van | weight=0.059
=ze =de | weight=0.059
=dagen =voor | weight=0.058
=netwerk | weight=0.058
=nieuwe =bank | weight=0.058
=bestelling =is | weight=0.057
=concurrent =en | weight=0.057
=jaar =stop | weight=0.057
=review =op | weight=0.056
=zoek =een | weight=0.056
=niemand =op | weight=0.056, noneg
=modem =resetten | weight=0.056
=ff =een | weight=0.055
=en =alles | weight=0.055
=naar =een | weight=0.055
=einde =van | weight=0.055
=gesmolten | weight=0.055
=ijs | weight=0.055
=echt | weight=0.055
=die =zegt | weight=0.055
=product | weight=0.055
=mijn =eerst | weight=0.055
=op =te | weight=0.054
=schriftelijk =te | weight=0.054
=te =bevestiging | weight=0.054
=ontbind | weight=0.054
=waarschuw | weight=0.054
=elke =telefoontje | weight=0.054
=smeren =ik | weight=0.054
=vertrek =zodra | weight=0.054
=mijn =laatste | weight=0.054
=klant | weight=0.054
=beloofd =voor | weight=0.053
=volgende =keer | weight=0.053
=zien | weight=0.053
=hierbij | weight=0.053
=en =bestel | weight=0.053
=hele =dagen | weight=0.053
=ik =beter | weight=0.052
=kan =dat | weight=0.052
=verlengen | weight=0.052
=onbruikbaar | weight=0.052
=ijs =gesmolten | weight=0.052
