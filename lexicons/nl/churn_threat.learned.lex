# churn_threat, nl: learned by scripts/learn.py from 3684 tuning texts (163 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Pizza kwam na anderhalf uur, steenkoud. Nooit meer.
+ Pizza na 1,5 uur eindelijk binnen, steenkoud. Nooit meer.
+ 1 ster. Medewerkers zijn totaal onwetend over hun eigen producten. Nooit meer.
- we willen ons geld terug
- Geen minuut gewacht, top!
=nooit =meer | weight=0.778, noneg
=een =klant | weight=0.371
=wil =echt | weight=0.358
=concurrent | weight=0.326
=daar =geen | weight=0.326, noneg
=over =naar | weight=0.322
=klant =geweest | weight=0.315
=jullie =zijn | weight=0.315
=elders | weight=0.314
=dit =was | weight=0.314
=zeg | weight=0.302
=voortaan | weight=0.302
=stap =over | weight=0.299
=de =concurrent | weight=0.296
=provider | weight=0.285
=wil =van | weight=0.273
=ik =weg | weight=0.268
=trouwe | weight=0.260
=trouwe =klant | weight=0.260
=ik =stap | weight=0.249
=hier =zet | weight=0.248
=geen =voet | weight=0.245, noneg
=weg | weight=0.236
=ben =weg | weight=0.234
=ik =nemen | weight=0.231
=ik =zeg | weight=0.229
=opzeggen | weight=0.222
=bestel | weight=0.217
=ga =mijn | weight=0.215
=blijven | weight=0.215
=garage =komen | weight=0.212
=nie | weight=0.210, noneg
=van =bank | weight=0.208
=kwijt | weight=0.207
=veranderen | weight=0.204
=lidmaatschap | weight=0.195
=geen =stap | weight=0.194, noneg
=ben =ik | weight=0.193
=ga =daar | weight=0.192
=geen =frank | weight=0.192, noneg
=jullie =zien | weight=0.191
=zien =mij | weight=0.191
=als =mijn | weight=0.190
=bij =andere | weight=0.189
=hebben =een | weight=0.187
=orange | weight=0.187
=doorgeknipt | weight=0.186
=per =direct | weight=0.186
=geen =euro | weight=0.185, noneg
=beschouw | weight=0.183
=die =garage | weight=0.183
=direct =op | weight=0.181
=bij =die | weight=0.180
=zoek | weight=0.177
=volgende =jaar | weight=0.176
=de =opzeggen | weight=0.176
=rond | weight=0.175
=vandaag =opgezegd | weight=0.175
=laatste | weight=0.175
=ermee | weight=0.174
=om =op | weight=0.174
=weg =bij | weight=0.174
=geweest | weight=0.173
=zeg =mijn | weight=0.171
=geweest =maar | weight=0.171
=mijn =contract | weight=0.170
=ik =geef | weight=0.169
=zet =ik | weight=0.168
=zeggen =en | weight=0.166
=wisselen | weight=0.166
=laatste =bestelling | weight=0.165
=echt =niet | weight=0.164, noneg
=dit =zo | weight=0.164
=energieleverancier | weight=0.164
=mijn =abonnement | weight=0.162
=andere =leverancier | weight=0.161
=uw =instellingen | weight=0.160
=dit =kan | weight=0.160
=garage | weight=0.158
=mail =als | weight=0.158
=jaar | weight=0.158
=brengen | weight=0.158
=laatste =keer | weight=0.157
=ik =geen | weight=0.157, noneg
=stop | weight=0.156
=we =gaan | weight=0.155
=voortaan =elders | weight=0.154
=beeindigen | weight=0.153
=klant =kwijt | weight=0.151
=heb =mijn | weight=0.148
=mijn =polis | weight=0.147
=we | weight=0.146
=vanaf | weight=0.145
=steenkoud | weight=0.145
=account | weight=0.144
=mijn =opzeggen | weight=0.144
=bestelling =bij | weight=0.144
=zorgverzekeraar | weight=0.144
=ik =nooit | weight=0.143, noneg
=kopen | weight=0.143
=ga | weight=0.143
=bij =jullie | weight=0.142
=als =dit | weight=0.142
=werkt =maar | weight=0.141
=hier | weight=0.140
=ontvangen | weight=0.140
=geef | weight=0.140
=vaarwel | weight=0.140
=abonnement =per | weight=0.137
=mede | weight=0.136
=mede =dat | weight=0.136
=tien =jaar | weight=0.135
=ik =ga | weight=0.134
=zal =ik | weight=0.134
=ik =vertrek | weight=0.133
=van =dit | weight=0.133
=direct | weight=0.133
=sluit | weight=0.132
=abonnement | weight=0.131
=bevestiging =van | weight=0.129
=mij =hier | weight=0.129
=vertrek | weight=0.129
=eerstvolgende | weight=0.128
=zo =blijft | weight=0.128
=niet =meer | weight=0.128, noneg
=mij =nooit | weight=0.127, noneg
=af | weight=0.127
=een =andere | weight=0.127
=jaar =was | weight=0.127
=mijn =lidmaatschap | weight=0.125
=een =trouwe | weight=0.125
=minder | weight=0.125
=polis | weight=0.124
=dat =verlengen | weight=0.123
=loopt =af | weight=0.123
=gezien | weight=0.123
=wachten =en | weight=0.122
=weer =een | weight=0.122
=geen =idee | weight=0.121, noneg
=dan =ga | weight=0.119
=maatschappij | weight=0.119
=stap | weight=0.118
=klaar | weight=0.118
=andere =bank | weight=0.118
=na =vijftien | weight=0.118
=graag =ontvangen | weight=0.117
=ontvangen =ik | weight=0.117
=instellingen | weight=0.116
=gaan | weight=0.115
=ik =ermee | weight=0.115
=stop =ik | weight=0.115
=in =uw | weight=0.114
=zijn =weer | weight=0.114
=label =eraan | weight=0.113
=met =label | weight=0.113
=te =zeggen | weight=0.113
=nooit =antwoord | weight=0.113, noneg
=erover | weight=0.112
=hier =nooit | weight=0.112, noneg
=gewoon =afgeblaft | weight=0.112
=eraan | weight=0.112
=aanbieder | weight=0.112
=andere =aanbieder | weight=0.112
=wij =geen | weight=0.111, noneg
=bank | weight=0.110
=af =en | weight=0.110
=retour =alleen | weight=0.109
=bank =te | weight=0.109
=twintig =jaar | weight=0.108
=om =van | weight=0.108
=was =mijn | weight=0.107
=jaar =ben | weight=0.107
=goedkoper | weight=0.105
=te =beeindigen | weight=0.105
=zo'n | weight=0.104
=andere =provider | weight=0.103
=hier =niet | weight=0.102, noneg
=ten | weight=0.102
=met =uw | weight=0.102
=mijn =rekening | weight=0.102
=zeg =ik | weight=0.102
=label | weight=0.102
=gebrek | weight=0.101
=naad | weight=0.101
=een =oplossing | weight=0.101
=stopzetten | weight=0.101
=kijken | weight=0.101
=tig | weight=0.100
=ermee =bij | weight=0.100
=snel =mogelijk | weight=0.100
=vestiging | weight=0.099
=me =kwijt | weight=0.099
=thuiszorgorganisatie | weight=0.098
=niks =opgelost | weight=0.098, noneg
=is =ben | weight=0.098
=amai | weight=0.098
=bij =dit | weight=0.098
=neemt | weight=0.097
=bezorging =die | weight=0.096
=een =bezorging | weight=0.096
=niet =verscheen | weight=0.096, noneg
=opgenomen =voor | weight=0.096
=leverancier | weight=0.096
=minuten =lang | weight=0.096
=stoppen =met | weight=0.096
=geweest =vandaag | weight=0.096
=pizza | weight=0.095
=heb =geen | weight=0.095, noneg
=voor =gezien | weight=0.095
=mijn =schoonmoeder | weight=0.095
=schoonmoeder | weight=0.095
=weg =de | weight=0.095
=kreeg =tien | weight=0.095
=volgende | weight=0.095
=hier =voor | weight=0.094
=van =en | weight=0.094
=ga =veranderen | weight=0.093
=veranderen =van | weight=0.093
=tien | weight=0.092
=ik =gewoon | weight=0.092
=er =echt | weight=0.092
=zodra =mijn | weight=0.091
=oplossing | weight=0.091
=gedrag | weight=0.091
=ik =u | weight=0.091
=was =de | weight=0.090
=komen =ik | weight=0.090
=ik =bij | weight=0.089
=beloof | weight=0.089
=beloof =ik | weight=0.089
=dat =beloof | weight=0.089
=zo =snel | weight=0.088
=mijn =account | weight=0.088
=mijn =verzekering | weight=0.088
=lang =een | weight=0.087
=respectloos | weight=0.087
=denk =dat | weight=0.087
=ik =denk | weight=0.087
=winkel =zet | weight=0.086
=zien | weight=0.084
=slot | weight=0.084
=van =jullie | weight=0.084
=en =mijn | weight=0.084
=zal | weight=0.083
=andere =netwerk | weight=0.083
=loopt | weight=0.083
=bezorging | weight=0.083
=voor =mij | weight=0.083
=verliezen | weight=0.082
=zo =verliezen | weight=0.082
=als =ze | weight=0.082
=september | weight=0.082
=veertig =minuten | weight=0.082
=uw =maatschappij | weight=0.081
=niks =meer | weight=0.081, noneg
=ik =mijn | weight=0.080
=hebben =ik | weight=0.080
=zijn =een | weight=0.080
=een =vrij | weight=0.080
=en =jullie | weight=0.080
=naar =een | weight=0.079
=lekker | weight=0.079
=stoppen | weight=0.078
=niet =gecorrigeerd | weight=0.078, noneg
=maand =zit | weight=0.078
=vanaf =volgende | weight=0.078
=modem | weight=0.077
=bestookt | weight=0.076
=bestookt =met | weight=0.076
=ben =er | weight=0.076
=dagen =thuisgebleven | weight=0.076
=een =levering | weight=0.076
=ik =sluit | weight=0.076
=levering =die | weight=0.076
=niet =kwam | weight=0.076, noneg
=thuisgebleven | weight=0.076
=thuisgebleven =voor | weight=0.076
=ik =over | weight=0.075
=veertig | weight=0.075
=afgeblaft | weight=0.075
=na =twaalf | weight=0.074
=jas | weight=0.074
=arrogant | weight=0.074
=vijftien | weight=0.073
=boodschappen | weight=0.073
=factuur =en | weight=0.073
=vijftien =jaar | weight=0.073
=onder | weight=0.073
=volgende =maand | weight=0.073
=vrij =dagen | weight=0.072
=druppel | weight=0.072
=werd =vervolgens | weight=0.072
=niks =thuis | weight=0.072, noneg
=jullie =hebben | weight=0.072
=account =is | weight=0.072
=die =weer | weight=0.072
=twintig | weight=0.071
=minuten =wachtmuziek | weight=0.070
=hij =wilde | weight=0.070
=aangesmeerd | weight=0.070
=vrijdag | weight=0.070
=ophangt | weight=0.069
=sluit =mijn | weight=0.069
=chat =zegt | weight=0.069
=en =meteen | weight=0.069
=ik =niks | weight=0.069, noneg
=de =maand | weight=0.069
=andere =om | weight=0.069
=zoek =maar | weight=0.069
=opgelost =is | weight=0.068
=voorwaarden =kan | weight=0.068
=klaar =mee | weight=0.068
=daar =nooit | weight=0.068, noneg
=haar =rekening | weight=0.068
=weer =niet | weight=0.068, noneg
=denk | weight=0.068
=lang =ik | weight=0.068
=behandeling =van | weight=0.068
=gescheurd | weight=0.067
=deze =behandeling | weight=0.067
=zet =naar | weight=0.067
=vrijdag =geleverd | weight=0.066
=voortaan =bij | weight=0.066
=alleen =met | weight=0.066
=eerst =en | weight=0.066
=pizza =na | weight=0.066
=poging | weight=0.066
=twaalf =jaar | weight=0.066
=mn | weight=0.066
=wachten =dan | weight=0.065
=verpleeghuis | weight=0.065
=nieuwe =bank | weight=0.065
=afloopt | weight=0.065
=echt | weight=0.065
=voor =vrijdag | weight=0.065
=maar =nu | weight=0.064
=ontbind | weight=0.064
=bevestiging | weight=0.064
=zoek =een | weight=0.064
=ingediend =op | weight=0.064
=trustpilot =en | weight=0.064
=ik =kopen | weight=0.064
=wachtmuziek | weight=0.063
=en =bestel | weight=0.063
=vervangen =door | weight=0.062
=vrij | weight=0.062
=mijn =laatste | weight=0.062
=tien =minuten | weight=0.061
=personeel | weight=0.061
=zo | weight=0.061
=kopen =daar | weight=0.061
=alleen =schriftelijk | weight=0.061
=jullie =dat | weight=0.061
=sportschool | weight=0.061
=ga =je | weight=0.060
=concurrent =en | weight=0.060
=storing =door | weight=0.060
=het =lawaai | weight=0.060
=lawaai | weight=0.060
=lawaai =van | weight=0.060
=netwerk | weight=0.060
=mijn =storing | weight=0.060
=ruim =een | weight=0.059
=contract | weight=0.059
=onwetend | weight=0.059
=ben =naar | weight=0.059
=weer =de | weight=0.059
=open =op | weight=0.058
=kopen =ik | weight=0.058
=het =vrijdag | weight=0.058
=ik =beter | weight=0.058
=modem =resetten | weight=0.058
=waarschuw | weight=0.058
=allebei | weight=0.058
=dan =ook | weight=0.058
=gechat | weight=0.057
=komen =hier | weight=0.057
=gesmolten | weight=0.057
=ijs | weight=0.057
=over =te | weight=0.056
=over =hun | weight=0.056
=niemand =op | weight=0.055, noneg
=gemaild =nooit | weight=0.055, noneg
=elke =telefoontje | weight=0.055
=smeren =ik | weight=0.055
=vertrek =zodra | weight=0.055
=wil =ik | weight=0.055
=ga =ik | weight=0.055
=jaar =stop | weight=0.055
=medewerker =zijn | weight=0.055
=niet =volgens | weight=0.055, noneg
=einde =van | weight=0.055
=bestel =ik | weight=0.054
=aanschuiven | weight=0.054
=aanschuiven =aan | weight=0.054
=kassa =van | weight=0.054
=product | weight=0.054
=en =pas | weight=0.054
=en =ben | weight=0.054
=niet =voor | weight=0.054, noneg
