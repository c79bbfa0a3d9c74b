# churn_threat, nl: learned by scripts/learn.py from 4470 tuning texts (181 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Pizza kwam na anderhalf uur, steenkoud. Nooit meer.
+ Ik werd aan de telefoon gewoon afgeblaft. Nooit meer.
+ Pizza na 1,5 uur eindelijk binnen, steenkoud. Nooit meer.
- ok dankje
- we willen ons geld terug
=nooit =meer | weight=0.800, noneg
=een =klant | weight=0.375
=wil =echt | weight=0.357
=zeg | weight=0.342
=dit =was | weight=0.336
=klant =geweest | weight=0.327
=elders | weight=0.318
=concurrent | weight=0.318
=over =naar | weight=0.315
=jullie =zijn | weight=0.311
=voortaan | weight=0.311
=daar =geen | weight=0.305, noneg
=stap =over | weight=0.294
=wil =van | weight=0.290
=de =concurrent | weight=0.283
=ik =weg | weight=0.275
=provider | weight=0.273
=ik =stap | weight=0.272
=hier =zet | weight=0.251
=trouwe | weight=0.249
=trouwe =klant | weight=0.249
=geen =voet | weight=0.248, noneg
=weg | weight=0.233
=ben =weg | weight=0.230
=ik =nemen | weight=0.223
=blijven | weight=0.223
=ga =mijn | weight=0.218
=garage =komen | weight=0.216
=ik =zeg | weight=0.214
=ben =ik | weight=0.211
=van =bank | weight=0.208
=als =mijn | weight=0.206
=veranderen | weight=0.204
=zeg =ik | weight=0.203
=nie | weight=0.202, noneg
=per =direct | weight=0.198
=jullie =zien | weight=0.196
=zien =mij | weight=0.196
=beschouw | weight=0.196
=bestel | weight=0.195
=die =garage | weight=0.190
=de =opzeggen | weight=0.190
=opzeggen | weight=0.190
=lidmaatschap | weight=0.190
=annuleren =ik | weight=0.189
=bij =die | weight=0.189
=ga =daar | weight=0.189
=geen =frank | weight=0.189, noneg
=direct =op | weight=0.188
=doorgeknipt | weight=0.187
=geen =stap | weight=0.185, noneg
=dit =zo | weight=0.185
=geweest | weight=0.185
=geen =euro | weight=0.183, noneg
=laatste =keer | weight=0.181
=om =op | weight=0.180
=zorgverzekeraar | weight=0.177
=bij =andere | weight=0.175
=orange | weight=0.175
=mijn =contract | weight=0.174
=zeggen =en | weight=0.173
=zet =ik | weight=0.173
=zeg =mijn | weight=0.172
=hebben =een | weight=0.171
=kwijt | weight=0.171
=we =kijken | weight=0.171
=ermee | weight=0.170
=ik =geef | weight=0.168
=geweest =maar | weight=0.168
=heb =mijn | weight=0.167
=weg =bij | weight=0.167
=mail =als | weight=0.166
=vandaag =opgezegd | weight=0.165
=uw =instellingen | weight=0.165
=laatste | weight=0.163
=werkt =maar | weight=0.163
=laatste =bestelling | weight=0.162
=volgende =jaar | weight=0.162
=stop | weight=0.161
=garage | weight=0.159
=rond | weight=0.159
=binnenkort | weight=0.158
=andere =leverancier | weight=0.158
=echt =niet | weight=0.154, noneg
=alleen =schriftelijk | weight=0.153
=voortaan =elders | weight=0.153
=klant =kwijt | weight=0.153
=vanaf | weight=0.153
=geef | weight=0.152
=maatschappij | weight=0.151
=mijn =abonnement | weight=0.151
=jaar | weight=0.151
=zal =ik | weight=0.149
=beeindigen | weight=0.148
=annuleren | weight=0.148
=bij =jullie | weight=0.148
=we | weight=0.146
=gewoon =afgeblaft | weight=0.145
=bestelling =bij | weight=0.145
=abonnement | weight=0.145
=wisselen | weight=0.144
=energieleverancier | weight=0.143
=bevestiging =van | weight=0.143
=brengen | weight=0.142
=andere =bank | weight=0.142
=dit =kan | weight=0.141
=ga | weight=0.139
=kopen | weight=0.139
=hier | weight=0.138
=zo =blijft | weight=0.138
=als =dit | weight=0.137
=andere =provider | weight=0.137
=we =gaan | weight=0.137
=af | weight=0.136
=mij =hier | weight=0.135
=sluit | weight=0.135
=mijn =lidmaatschap | weight=0.134
=mede | weight=0.134
=mede =dat | weight=0.134
=mijn =polis | weight=0.133
=tien =jaar | weight=0.133
=ik =vertrek | weight=0.132
=levering =niet | weight=0.131, noneg
=steenkoud | weight=0.131
=vaarwel | weight=0.131
=eerstvolgende | weight=0.130
=instellingen | weight=0.130
=een =trouwe | weight=0.129
=abonnement =per | weight=0.128
=direct | weight=0.128
=ontvangen | weight=0.127
=vertrek | weight=0.127
=zijn =weer | weight=0.126
=ik =nooit | weight=0.126, noneg
=ik =geen | weight=0.124, noneg
=klaar | weight=0.124
=mij =nooit | weight=0.124, noneg
=van =dit | weight=0.123
=dat =verlengen | weight=0.123
=loopt =af | weight=0.123
=niet =meer | weight=0.120, noneg
=jaar =was | weight=0.120
=wachten =en | weight=0.120
=na =vijftien | weight=0.119
=was =de | weight=0.119
=ik =ga | weight=0.119
=aanbieder | weight=0.118
=andere =aanbieder | weight=0.118
=ik =ermee | weight=0.118
=stop =ik | weight=0.118
=gebrek | weight=0.116
=om =van | weight=0.115
=minder | weight=0.115
=af =en | weight=0.113
=graag =ontvangen | weight=0.113
=ontvangen =ik | weight=0.113
=stopzetten | weight=0.113
=weg =de | weight=0.113
=polis | weight=0.112
=nooit =antwoord | weight=0.112, noneg
=de =bestelling | weight=0.111
=hier =nooit | weight=0.111, noneg
=bank | weight=0.110
=tig | weight=0.110
=twintig =jaar | weight=0.110
=een =andere | weight=0.110
=is =ben | weight=0.110
=bezorging =die | weight=0.108
=een =bezorging | weight=0.108
=niet =verscheen | weight=0.108, noneg
=opgenomen =voor | weight=0.108
=heb =geen | weight=0.108, noneg
=label =eraan | weight=0.108
=met =label | weight=0.108
=jullie =weer | weight=0.107
=eraan | weight=0.107
=van =en | weight=0.106
=gezien | weight=0.106
=mocht =de | weight=0.105
=leverancier | weight=0.105
=niks =opgelost | weight=0.104, noneg
=ermee =bij | weight=0.103
=te =beeindigen | weight=0.103
=erover | weight=0.102
=geweest =vandaag | weight=0.102
=ten | weight=0.102
=naad | weight=0.102
=bij =dit | weight=0.102
=dan =ga | weight=0.101
=ik =mijn | weight=0.101
=nieuwe =pakket | weight=0.101
=uw =maatschappij | weight=0.101
=arrogant | weight=0.100
=een =oplossen | weight=0.100
=retour =alleen | weight=0.100
=stoppen =met | weight=0.100
=zo'n | weight=0.100
=jaar =ben | weight=0.100
=label | weight=0.099
=stap | weight=0.099
=ik =u | weight=0.099
=account | weight=0.099
=en =mijn | weight=0.099
=jullie =hebben | weight=0.098
=afgeblaft | weight=0.098
=medewerker =alleen | weight=0.098
=snel =mogelijk | weight=0.097
=minuten =lang | weight=0.097
=was =mijn | weight=0.096
=kreeg =tien | weight=0.095
=amai | weight=0.095
=ik =gewoon | weight=0.095
=bank =te | weight=0.095
=hier =niet | weight=0.094, noneg
=een =vrij | weight=0.094
=wij =geen | weight=0.093, noneg
=gedrag | weight=0.092
=zoek | weight=0.092
=neemt | weight=0.092
=mijn =verzekering | weight=0.092
=komen =ik | weight=0.092
=volgende | weight=0.092
=gaan | weight=0.091
=zo =snel | weight=0.090
=er =echt | weight=0.089
=kijken | weight=0.089
=keer =bij | weight=0.089
=lang =een | weight=0.089
=stoppen | weight=0.088
=beloof | weight=0.088
=beloof =ik | weight=0.088
=dat =beloof | weight=0.088
=in =uw | weight=0.088
=weer =een | weight=0.088
=zijn =een | weight=0.088
=ga =veranderen | weight=0.088
=veranderen =van | weight=0.088
=tien =minuten | weight=0.087
=druppel | weight=0.087
=account =is | weight=0.086
=niet =langer | weight=0.086, noneg
=denk | weight=0.086
=wilde =mijn | weight=0.085
=vrij =dagen | weight=0.084
=thuiszorgorganisatie | weight=0.083
=twintig | weight=0.083
=wij =gaan | weight=0.083
=mijn =opzeggen | weight=0.083
=zodra =mijn | weight=0.082
=en =jullie | weight=0.082
=mijn =rekening | weight=0.082
=lekker | weight=0.082
=bestookt | weight=0.082
=bestookt =met | weight=0.082
=pizza | weight=0.082
=hebben =ik | weight=0.082
=niks =meer | weight=0.082, noneg
=veertig =minuten | weight=0.081
=tien | weight=0.081
=schriftelijk | weight=0.081
=als =ze | weight=0.081
=denk =dat | weight=0.081
=ik =denk | weight=0.081
=vestiging | weight=0.081
=mijn =schoonmoeder | weight=0.080
=schoonmoeder | weight=0.080
=bestelling | weight=0.080
=totaal | weight=0.080
=andere =netwerk | weight=0.080
=omruilen | weight=0.080
=aangesmeerd | weight=0.080
=werd =vervolgens | weight=0.079
=na =twaalf | weight=0.079
=van =jullie | weight=0.079
=de =levering | weight=0.079
=verliezen | weight=0.079
=zo =verliezen | weight=0.079
=vrijdag | weight=0.079
=loopt | weight=0.079
=onder | weight=0.078
=goedkoper | weight=0.078
=eigen =modem | weight=0.077
=me =kwijt | weight=0.077
=respectloos | weight=0.077
=zo =niet | weight=0.077, noneg
=hou | weight=0.076
=ik =hou | weight=0.076
=bezorging | weight=0.076
=vijftien =jaar | weight=0.076
=personeel | weight=0.076
=mn | weight=0.076
=veertig | weight=0.075
=vijftien | weight=0.075
=maand =zit | weight=0.074
=vanaf =volgende | weight=0.074
=modem | weight=0.074
=voor =gezien | weight=0.074
=jas | weight=0.074
=opgelost =is | weight=0.073
=volgende =maand | weight=0.072
=een =levering | weight=0.072
=ik =sluit | weight=0.072
=levering =die | weight=0.072
=slot | weight=0.072
=ingediend =op | weight=0.071
=hier =voor | weight=0.071
=twaalf =jaar | weight=0.071
=een =keer | weight=0.071
=minuten =wachtmuziek | weight=0.071
=sportschool | weight=0.071
=zien | weight=0.070
=over =te | weight=0.070
=niks =thuis | weight=0.070, noneg
=boodschappen | weight=0.070
=gestuurd =voor | weight=0.069
=factuur =en | weight=0.069
=levering | weight=0.069
=voor =mij | weight=0.069
=niet =op | weight=0.069, noneg
=alleen =met | weight=0.069
=niet =kwam | weight=0.069, noneg
=maar =nu | weight=0.069
=het =incassobureau | weight=0.068
=incassobureau | weight=0.068
=ik =niks | weight=0.068, noneg
=jullie =dat | weight=0.068
=dagen =thuisgebleven | weight=0.068
=thuisgebleven | weight=0.068
=thuisgebleven =voor | weight=0.068
=winkel =zet | weight=0.068
=nieuwe =bank | weight=0.068
=zoek =een | weight=0.068
=sluit =mijn | weight=0.067
=gescheurd | weight=0.067
=afloopt | weight=0.067
=voor =vrijdag | weight=0.067
=weer =niet | weight=0.067, noneg
=vrijdag =geleverd | weight=0.066
=contract =op | weight=0.066
=klant | weight=0.065
=oplossen | weight=0.065
=daar =nooit | weight=0.065, noneg
=haar =rekening | weight=0.065
=behandeling =van | weight=0.064
=klant =af | weight=0.064
=wachtmuziek | weight=0.064
=die =weer | weight=0.064
=niet =gecorrigeerd | weight=0.064, noneg
=andere =om | weight=0.064
=zoek =maar | weight=0.064
=komt =en | weight=0.064
=nog =een | weight=0.064
=deze =behandeling | weight=0.064
=ga =ik | weight=0.063
=vervangen =door | weight=0.063
=zet =naar | weight=0.063
=echt | weight=0.063
=jaar =stop | weight=0.063
=zal | weight=0.063
=ik =over | weight=0.063
=doorgaat | weight=0.063
=zo =doorgaat | weight=0.063
=wil =ook | weight=0.062
=einde =van | weight=0.062
=kopen =ik | weight=0.062
=ik =kopen | weight=0.062
=vanochtend | weight=0.061
=en =meteen | weight=0.061
=ik =echt | weight=0.061
=keer =over | weight=0.061
=ga =voortaan | weight=0.060
=gesmolten | weight=0.060
=ijs | weight=0.060
=contract | weight=0.060
=onwetend | weight=0.060
=ontbind | weight=0.060
=per | weight=0.059
=worden =ik | weight=0.059
=kopen =daar | weight=0.059
=klaar =mee | weight=0.059
=opzeggen =maar | weight=0.059
=eerst =en | weight=0.058
=een =bevestiging | weight=0.058
=niet =volgens | weight=0.058, noneg
=ophangt | weight=0.057
=snel | weight=0.057
=dat =doet | weight=0.057
=over =hun | weight=0.057
=bij =deze | weight=0.057
=medewerker =zijn | weight=0.057
=lang =ik | weight=0.057
=pizza =na | weight=0.056
=het =einde | weight=0.056
=wou =gewoon | weight=0.056
=elke =telefoontje | weight=0.056
=smeren =ik | weight=0.056
=vertrek =zodra | weight=0.056
=ben =naar | weight=0.056
=weer =de | weight=0.056
=concurrent =en | weight=0.056
