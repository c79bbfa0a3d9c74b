# churn_threat, nl: learned by scripts/learn.py from 3889 tuning texts (167 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Pizza kwam na anderhalf uur, steenkoud. Nooit meer.
+ Nooit meer @Zalando. NOOIT MEER. Account is verwijderd.
+ Pizza na 1,5 uur eindelijk binnen, steenkoud. Nooit meer.
- we willen ons geld terug
- Geen minuut gewacht, top!
=nooit =meer | weight=0.808, noneg
=een =klant | weight=0.372
=wil =echt | weight=0.360
=concurrent | weight=0.336
=over =naar | weight=0.328
=klant =geweest | weight=0.325
=zeg | weight=0.324
=elders | weight=0.323
=dit =was | weight=0.323
=daar =geen | weight=0.322, noneg
=jullie =zijn | weight=0.315
=voortaan | weight=0.308
=stap =over | weight=0.293
=provider | weight=0.291
=ik =weg | weight=0.283
=de =concurrent | weight=0.282
=wil =van | weight=0.279
=trouwe | weight=0.263
=trouwe =klant | weight=0.263
=ik =stap | weight=0.260
=hier =zet | weight=0.251
=geen =voet | weight=0.247, noneg
=ben =weg | weight=0.238
=weg | weight=0.229
=ik =nemen | weight=0.228
=ik =zeg | weight=0.219
=opzeggen | weight=0.214
=blijven | weight=0.213
=garage =komen | weight=0.212
=ga =mijn | weight=0.211
=van =bank | weight=0.210
=bestel | weight=0.210
=kwijt | weight=0.208
=nie | weight=0.206, noneg
=veranderen | weight=0.206
=ga =daar | weight=0.198
=geen =frank | weight=0.198, noneg
=als =mijn | weight=0.197
=jullie =zien | weight=0.196
=zien =mij | weight=0.196
=ben =ik | weight=0.194
=lidmaatschap | weight=0.193
=beschouw | weight=0.192
=de =opzeggen | weight=0.191
=doorgeknipt | weight=0.191
=hebben =een | weight=0.189
=mijn =abonnement | weight=0.188
=die =garage | weight=0.185
=geen =euro | weight=0.184, noneg
=bij =die | weight=0.184
=per =direct | weight=0.183
=direct =op | weight=0.181
=geen =stap | weight=0.179, noneg
=geweest | weight=0.175
=om =op | weight=0.175
=bij =andere | weight=0.175
=volgende =jaar | weight=0.173
=orange | weight=0.173
=we =kijken | weight=0.172
=mijn =contract | weight=0.171
=weg =bij | weight=0.171
=laatste | weight=0.170
=ermee | weight=0.169
=vandaag =opgezegd | weight=0.168
=ik =geef | weight=0.168
=geweest =maar | weight=0.167
=uw =instellingen | weight=0.167
=zeg =mijn | weight=0.166
=echt =niet | weight=0.165, noneg
=zeggen =en | weight=0.165
=dit =kan | weight=0.165
=zorgverzekeraar | weight=0.165
=dit =zo | weight=0.164
=wisselen | weight=0.164
=laatste =bestelling | weight=0.162
=zet =ik | weight=0.161
=garage | weight=0.160
=mail =als | weight=0.160
=klant =kwijt | weight=0.160
=stop | weight=0.159
=rond | weight=0.158
=hier | weight=0.158
=jaar | weight=0.156
=brengen | weight=0.155
=voortaan =elders | weight=0.155
=beeindigen | weight=0.154
=heb =mijn | weight=0.154
=laatste =keer | weight=0.154
=werkt =maar | weight=0.153
=andere =leverancier | weight=0.152
=mijn =opzeggen | weight=0.150
=we =gaan | weight=0.150
=steenkoud | weight=0.149
=ga | weight=0.149
=bij =jullie | weight=0.149
=bestelling =bij | weight=0.148
=ik =geen | weight=0.147, noneg
=vanaf | weight=0.147
=energieleverancier | weight=0.147
=we | weight=0.145
=ik =ga | weight=0.145
=kopen | weight=0.144
=abonnement | weight=0.144
=abonnement =per | weight=0.142
=als =dit | weight=0.142
=geef | weight=0.142
=mijn =polis | weight=0.141
=account | weight=0.141
=een =trouwe | weight=0.139
=zeg =ik | weight=0.139
=tien =jaar | weight=0.139
=mij =nooit | weight=0.138, noneg
=bevestiging =van | weight=0.138
=vaarwel | weight=0.138
=mij =hier | weight=0.137
=ik =nooit | weight=0.137, noneg
=sluit | weight=0.136
=jaar =was | weight=0.136
=ik =vertrek | weight=0.135
=direct | weight=0.134
=af | weight=0.134
=een =andere | weight=0.134
=mede | weight=0.132
=mede =dat | weight=0.132
=zo =blijft | weight=0.132
=gaan | weight=0.130
=minder | weight=0.129
=na =vijftien | weight=0.128
=andere =bank | weight=0.128
=klaar | weight=0.127
=eerstvolgende | weight=0.126
=instellingen | weight=0.126
=maatschappij | weight=0.126
=zijn =weer | weight=0.125
=gezien | weight=0.123
=zal =ik | weight=0.123
=ontvangen | weight=0.123
=wachten =en | weight=0.122
=van =dit | weight=0.122
=niet =meer | weight=0.121, noneg
=te =zeggen | weight=0.119
=vertrek | weight=0.119
=dat =verlengen | weight=0.119
=loopt =af | weight=0.119
=mijn =lidmaatschap | weight=0.119
=polis | weight=0.117
=wij =geen | weight=0.117, noneg
=erover | weight=0.115
=bank =te | weight=0.115
=ik =ermee | weight=0.114
=stop =ik | weight=0.114
=stap | weight=0.114
=andere =provider | weight=0.113
=om =van | weight=0.113
=nooit =antwoord | weight=0.113, noneg
=bank | weight=0.112
=totaal | weight=0.111
=gewoon =afgeblaft | weight=0.111
=twintig =jaar | weight=0.111
=in =uw | weight=0.111
=hier =nooit | weight=0.110, noneg
=weer =een | weight=0.110
=mijn =rekening | weight=0.109
=ik =u | weight=0.109
=aanbieder | weight=0.109
=andere =aanbieder | weight=0.109
=thuiszorgorganisatie | weight=0.108
=vestiging | weight=0.108
=graag =ontvangen | weight=0.108
=ontvangen =ik | weight=0.108
=af =en | weight=0.107
=label =eraan | weight=0.107
=met =label | weight=0.107
=te =beeindigen | weight=0.107
=zoek | weight=0.106
=is =ben | weight=0.106
=tien | weight=0.106
=eraan | weight=0.105
=ten | weight=0.105
=was =mijn | weight=0.105
=geweest =vandaag | weight=0.104
=tig | weight=0.104
=arrogant | weight=0.104
=retour =alleen | weight=0.103
=dan =ga | weight=0.103
=mijn =schoonmoeder | weight=0.103
=schoonmoeder | weight=0.103
=ik =bij | weight=0.103
=bij =dit | weight=0.103
=hier =niet | weight=0.102, noneg
=met =uw | weight=0.102
=een =oplossing | weight=0.101
=naad | weight=0.101
=gebrek | weight=0.101
=niks =opgelost | weight=0.101, noneg
=zo'n | weight=0.101
=heb =geen | weight=0.100, noneg
=weg =de | weight=0.100
=jaar =ben | weight=0.100
=stopzetten | weight=0.099
=stoppen =met | weight=0.098
=amai | weight=0.098
=mijn =verzekering | weight=0.098
=er =echt | weight=0.098
=kreeg =tien | weight=0.097
=label | weight=0.097
=me =kwijt | weight=0.096
=volgende | weight=0.096
=was =de | weight=0.096
=minuten =lang | weight=0.096
=neemt | weight=0.095
=abonnement =op | weight=0.095
=pizza | weight=0.095
=zodra =mijn | weight=0.093
=ermee =bij | weight=0.093
=voor =gezien | weight=0.093
=oplossing | weight=0.093
=zal | weight=0.093
=bezorging =die | weight=0.092
=een =bezorging | weight=0.092
=niet =verscheen | weight=0.092, noneg
=opgenomen =voor | weight=0.092
=hier =voor | weight=0.091
=van =en | weight=0.090
=ga =veranderen | weight=0.090
=veranderen =van | weight=0.090
=ik =gewoon | weight=0.090
=kijken | weight=0.090
=snel =mogelijk | weight=0.089
=komen =ik | weight=0.089
=gedrag | weight=0.089
=beloof | weight=0.089
=beloof =ik | weight=0.089
=dat =beloof | weight=0.089
=ik =mijn | weight=0.089
=en =mijn | weight=0.088
=loopt | weight=0.088
=leverancier | weight=0.088
=mijn =account | weight=0.088
=personeel | weight=0.087
=uw =maatschappij | weight=0.087
=lang =een | weight=0.087
=verliezen | weight=0.085
=zo =verliezen | weight=0.085
=zijn =een | weight=0.085
=als =ze | weight=0.085
=stoppen | weight=0.084
=lekker | weight=0.084
=september | weight=0.083
=denk =dat | weight=0.083
=ik =denk | weight=0.083
=van =jullie | weight=0.082
=druppel | weight=0.081
=veertig =minuten | weight=0.080
=winkel =zet | weight=0.080
=onder | weight=0.080
=jullie =hebben | weight=0.079
=zo =snel | weight=0.079
=andere =netwerk | weight=0.079
=respectloos | weight=0.079
=bezorging | weight=0.079
=na =twaalf | weight=0.078
=vijftien =jaar | weight=0.078
=jas | weight=0.078
=slot | weight=0.078
=gescheurd | weight=0.078
=een =vrij | weight=0.077
=een =keer | weight=0.077
=goedkoper | weight=0.077
=modem | weight=0.076
=niet =gecorrigeerd | weight=0.076, noneg
=ben =er | weight=0.076
=niks =meer | weight=0.076, noneg
=aangesmeerd | weight=0.075
=veertig | weight=0.075
=nieuwe =bank | weight=0.075
=factuur =en | weight=0.075
=vijftien | weight=0.075
=hebben =ik | weight=0.075
=zien | weight=0.075
=ik =over | weight=0.075
=bestookt | weight=0.075
=bestookt =met | weight=0.075
=twintig | weight=0.074
=hij =wilde | weight=0.074
=andere =om | weight=0.074
=zoek =maar | weight=0.074
=voor =mij | weight=0.074
=zoek =een | weight=0.074
=zo | weight=0.074
=niks =thuis | weight=0.073, noneg
=dagen =thuisgebleven | weight=0.073
=een =levering | weight=0.073
=ik =sluit | weight=0.073
=levering =die | weight=0.073
=thuisgebleven | weight=0.073
=thuisgebleven =voor | weight=0.073
=werd =vervolgens | weight=0.073
=afgeblaft | weight=0.072
=vrijdag | weight=0.072
=minuten =wachtmuziek | weight=0.072
=account =is | weight=0.071
=en =meteen | weight=0.071
=maand =zit | weight=0.071
=vanaf =volgende | weight=0.071
=weer =niet | weight=0.071, noneg
=die =weer | weight=0.071
=afloopt | weight=0.070
=klaar =mee | weight=0.070
=voorwaarden =kan | weight=0.070
=niet =kwam | weight=0.070, noneg
=ophangt | weight=0.070
=vrij =dagen | weight=0.069
=sportschool | weight=0.069
=verpleeghuis | weight=0.069
=jullie =dat | weight=0.069
=eerst =en | weight=0.069
=lang =ik | weight=0.069
=de =maand | weight=0.068
=boodschappen | weight=0.068
=klant | weight=0.068
=volgende =maand | weight=0.068
=opgelost =is | weight=0.068
=mn | weight=0.068
=daar =nooit | weight=0.067, noneg
=bevestiging | weight=0.067
=totaal =niet | weight=0.067, noneg
=maar =nu | weight=0.067
=sluit =mijn | weight=0.067
=wachtmuziek | weight=0.065
=naar =een | weight=0.065
=ingediend =op | weight=0.065
=alleen =met | weight=0.064
=vervangen =door | weight=0.064
=ik =niks | weight=0.064, noneg
=per | weight=0.064
=trustpilot =en | weight=0.064
=pizza =na | weight=0.063
=vrijdag =geleverd | weight=0.063
=tien =minuten | weight=0.063
=voor =vrijdag | weight=0.063
=twaalf =jaar | weight=0.063
=ik =kopen | weight=0.063
=storing =door | weight=0.063
=en =jullie | weight=0.063
=weer =de | weight=0.063
=wachten =dan | weight=0.063
=deze =behandeling | weight=0.063
=poging | weight=0.062
=denk | weight=0.062
=haar =rekening | weight=0.062
=behandeling =van | weight=0.062
=zet =naar | weight=0.061
=kopen =daar | weight=0.061
=elke =telefoontje | weight=0.061
=smeren =ik | weight=0.061
=vertrek =zodra | weight=0.061
=en =bestel | weight=0.060
=alleen =schriftelijk | weight=0.060
=onwetend | weight=0.060
=ik =beter | weight=0.060
=vrij | weight=0.059
=contract | weight=0.059
=open =op | weight=0.059
=echt | weight=0.059
=einde =van | weight=0.059
=ben =naar | weight=0.058
=hele =dagen | weight=0.058
=allebei | weight=0.058
=over =te | weight=0.058
=mijn =storing | weight=0.058
=een =bevestiging | weight=0.057
=klant =af | weight=0.057
=over =hun | weight=0.057
=het =einde | weight=0.057
=netwerk | weight=0.057
=mijn =laatste | weight=0.057
=voortaan =bij | weight=0.056
=en =pas | weight=0.056
=waarschuw | weight=0.056
=medewerker =zijn | weight=0.056
=ik =bestel | weight=0.056
=een =beschadigd | weight=0.056
=nemen | weight=0.056
=concurrent =en | weight=0.056
=op =te | weight=0.056
=worden =ik | weight=0.056
=niemand =op | weight=0.056, noneg
=keer =bij | weight=0.056
=ruim =een | weight=0.055
=nu =is | weight=0.055
=dagen =voor | weight=0.055
=gewoon =weggedrukt | weight=0.055
=bestel =ik | weight=0.055
=gesmolten | weight=0.055
=ijs | weight=0.055
=aanschuiven | weight=0.055
=aanschuiven =aan | weight=0.055
=chat =zegt | weight=0.055
=schriftelijk =te | weight=0.055
