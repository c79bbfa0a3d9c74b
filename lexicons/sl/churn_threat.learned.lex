# churn_threat, sl: learned by scripts/learn.py from 2314 tuning texts (107 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Od vas ne kupim ničesar več.
+ dovolj nam je, zapuscamo vas
+ Pri vas ne kupim ničesar več.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=zadnjic | weight=0.550
=nikoli =vec | weight=0.504, noneg
=dovolj | weight=0.445
=narocnino | weight=0.397
=odhajam | weight=0.396
=konkurenci | weight=0.361
=ne =bom | weight=0.351, noneg
=od =dan | weight=0.336
=kupujem | weight=0.334
=drugi =operater | weight=0.330
=dan =sem | weight=0.298
=odpovedal | weight=0.272
=ne =kupil | weight=0.271, noneg
=petnajst =let | weight=0.261
=zapuscam | weight=0.260
=zapuscam =vas | weight=0.260
=grem =drugi | weight=0.254
=adijo | weight=0.253
=bom | weight=0.251
=razmisljam | weight=0.249
=v =zgodovino | weight=0.247
=v =to | weight=0.245
=drugi =ponudniku | weight=0.244
=odjavo =vseh | weight=0.243
=vseh =storitev | weight=0.243
=ponudniku | weight=0.239
=odjavo | weight=0.234
=odpovedujem | weight=0.233
=petnajst | weight=0.232
=pogodbe | weight=0.229
=pri =vas | weight=0.227
=vec =ne | weight=0.224, noneg
=grem | weight=0.222
=vse =racun | weight=0.219
=grem =h | weight=0.217
=zadnjic =sem | weight=0.216
=zgodovino | weight=0.215
=pogodbe =prekinil | weight=0.211
=kupil =nicesar | weight=0.208, noneg
=nikoli | weight=0.205, noneg
=babica =ne | weight=0.205, noneg
=vas =lekarni | weight=0.205
=bom =zamenjal | weight=0.200
=zamenjal =banki | weight=0.200
=dnem | weight=0.196
=en =tako | weight=0.194
=enkrat | weight=0.194
=z =vam | weight=0.191
=tej =trgovini | weight=0.185
=v =tej | weight=0.185
=zamenjal | weight=0.184
=let =grem | weight=0.184
=enkrat =in | weight=0.181
=moja =odpovedal | weight=0.180
=se =izselim | weight=0.180
=vas =ne | weight=0.179, noneg
=mama =bom | weight=0.179
=trgovini =ne | weight=0.179, noneg
=konkurentom | weight=0.177
=konkurentom =tam | weight=0.177
=h | weight=0.177
=izselim | weight=0.175
=vseh | weight=0.175
=tej | weight=0.173
=kupujem =drugi | weight=0.172
=od =zdaj | weight=0.172
=zdaj =kupujem | weight=0.172
=me =ne | weight=0.171, noneg
=bil =vas | weight=0.171
=vas =stranka | weight=0.171
=to =je | weight=0.171
=dan =smo | weight=0.170
=fitnes | weight=0.168
=drugi | weight=0.166
=vas =trgovini | weight=0.165
=jutri =sem | weight=0.164
=lekarni | weight=0.164
=meni =operater | weight=0.163
=in =ste | weight=0.163
=ne =boste | weight=0.161, noneg
=ko =se | weight=0.161
=sem =pri | weight=0.160
=se =en | weight=0.159
=zbogom | weight=0.159
=se =iztece | weight=0.159
=nicesar =vec | weight=0.158, noneg
=storitev | weight=0.157
=babica | weight=0.156
=prekinil | weight=0.156
=ob =koncu | weight=0.156
=vec | weight=0.155
=bil =zadnja | weight=0.154
=videl | weight=0.153
=po =dvajset | weight=0.153
=odpise =narocnino | weight=0.151
=trgovini | weight=0.151
=od =jutri | weight=0.151
=sodelovanja | weight=0.150
=sodelovanja =z | weight=0.150
=greste | weight=0.150
=greste =v | weight=0.150
=k =drugi | weight=0.149
=ce =se | weight=0.148, noneg
=koncu =vezave | weight=0.147
=ne =vidijo | weight=0.146, noneg
=krat =da | weight=0.145
=iztece | weight=0.145
=iztece =vezave | weight=0.145
=dan | weight=0.145
=se =k | weight=0.144
=sele =se | weight=0.144
=s =prvi | weight=0.143
=zahtevam =odjavo | weight=0.141
=iz =pogodbe | weight=0.140
=izstopil | weight=0.140
=izstopil =iz | weight=0.140
=za =fitnes | weight=0.140
=preklopili =na | weight=0.137
=obravnava | weight=0.137
=pogodbe =z | weight=0.136
=z =drugi | weight=0.136
=po =petnajst | weight=0.135
=razmisljam =da | weight=0.134
=ne =bo | weight=0.134, noneg
=zvestobe | weight=0.132
=prekinitvi | weight=0.131
=dovolj =imam | weight=0.130
=nikdar | weight=0.127, noneg
=tankal | weight=0.127
=tankal =pri | weight=0.127
=v =vas | weight=0.124
=narocnino =je | weight=0.123
=raje | weight=0.121
=let =sem | weight=0.120
=preklopili | weight=0.120
=ce =bo | weight=0.119, noneg
=let | weight=0.117
=na =konkurenci | weight=0.116
=resno =razmisljam | weight=0.116
=jedla | weight=0.116
=o =prekinitvi | weight=0.115
=razmisljam =o | weight=0.115
=od | weight=0.113
=nicesar | weight=0.113, noneg
=bova | weight=0.113
=bova =pogodbe | weight=0.113
=h =konkurenci | weight=0.112
=odpise | weight=0.112
=enkrat =zgodilo | weight=0.111
=drugi =banki | weight=0.111
=naslednji =mesec | weight=0.110
=vse =se | weight=0.109
=presla | weight=0.109
=sem =odpovedal | weight=0.109
=bom =poslovil | weight=0.109
=poslovil | weight=0.109
=poslovil =od | weight=0.109
=bom =ukinil | weight=0.108
=pogodbe =za | weight=0.107
=prehajam | weight=0.106
=prehajam =k | weight=0.106
=mi =zagotovili | weight=0.105
=h =konkurentom | weight=0.104
=tam | weight=0.104
=ukinil | weight=0.104
=sem =narocila | weight=0.103
=pripravite =mi | weight=0.103
=prosim =pripravite | weight=0.103
=bom =odpovedal | weight=0.103
=k =a1 | weight=0.102
=in =grem | weight=0.101
=pri =prvi | weight=0.101
=odpovedujem =vse | weight=0.100
=za =prenos | weight=0.100
=let =zakljucujem | weight=0.099
=zakljucujem | weight=0.099
=zakljucujem =z | weight=0.099
=nadrejenega =ni | weight=0.099, noneg
=takoj =ko | weight=0.098
=jebemti =ze | weight=0.097
=tretji =teden | weight=0.097
=prenesem | weight=0.096
=se =enkrat | weight=0.094
=jebemti | weight=0.094
=operater | weight=0.093
=resno | weight=0.093
=pripravite | weight=0.093
=pri =naslednji | weight=0.093
=vezave | weight=0.093
=ne =narocila | weight=0.092, noneg
=do =cloveka | weight=0.092
=dela =na | weight=0.091
=na =tem | weight=0.091
=ustavi | weight=0.091
=dobave | weight=0.090
=vas =in | weight=0.089
=vas =storitev | weight=0.088
=je =dan | weight=0.087
=od =vas | weight=0.087
=zagotovili =da | weight=0.086
=se =bom | weight=0.085
=dvajset | weight=0.084
=ti | weight=0.084
=zadnja =krat | weight=0.084
=pri =konkurenci | weight=0.084
=s =tem | weight=0.083
=od =pogodbe | weight=0.083
=narocila =pri | weight=0.082
=pove =da | weight=0.082
=bom =pogodbe | weight=0.082
=bo =mogoce | weight=0.082
=ko =bo | weight=0.082
=odpovedal =takoj | weight=0.082
=prekinjena | weight=0.081
=prenesel | weight=0.081
=dopisom | weight=0.081
=da =vse | weight=0.081
=prenesem =v | weight=0.081
=racun =prenesem | weight=0.081
=grem =k | weight=0.080
=in =tudi | weight=0.080
=tudi =zadnjic | weight=0.080
=banki =ker | weight=0.080
=je =katastrofa | weight=0.079
=katastrofa | weight=0.079
=sli | weight=0.079
=na =dostava | weight=0.079
=je =dovolj | weight=0.078
=ze =tretji | weight=0.078
=racun =se | weight=0.078
=zahtevava | weight=0.078
=teden =brez | weight=0.077, noneg
=druzino | weight=0.077
=zakljuci | weight=0.076
=so =vsaj | weight=0.075
=vsaj =prijazno | weight=0.075
=mesec =in | weight=0.075
=krat | weight=0.073
=teden =in | weight=0.073
=dovolj =mama | weight=0.073
=narocnino =na | weight=0.072
=tam =vsaj | weight=0.072
=vsaj =dvignil | weight=0.072
=spet =sem | weight=0.072
=odhajam =h | weight=0.071
=prekinil =ker | weight=0.071
=ne =stopim | weight=0.071, noneg
=stopim =nikoli | weight=0.071, noneg
=vas =restavraciji | weight=0.070
=zadnja | weight=0.070
=dovolj =mi | weight=0.069
=cloveka =pa | weight=0.069
=zdaj =je | weight=0.069
=ven | weight=0.069
=vas =avtomatski | weight=0.069
=tole | weight=0.069
=dostava =ki | weight=0.068
=prvic =sem | weight=0.068
=res =mi | weight=0.067
=zapira | weight=0.067
=obrazec =ne | weight=0.067, noneg
=prvi | weight=0.067
=restavraciji | weight=0.065
=odstop =od | weight=0.065
=kaplja | weight=0.065
=zadnja =kaplja | weight=0.065
=jo =vedno | weight=0.064
=vedno =nadrejo | weight=0.064
=vas =nov | weight=0.064
=sprejmejo | weight=0.063
=vas =aplikacija | weight=0.062
=ker =ga | weight=0.062
=jo =odpravili | weight=0.062
=odstop | weight=0.062
=a1 | weight=0.061
=dni =in | weight=0.061
=rezultata | weight=0.061
=vas =svetovalka | weight=0.060
=mama =grem | weight=0.059
=bo =paket | weight=0.058
=paket =ze | weight=0.058
=je =sploh | weight=0.058
=svetovalka =so | weight=0.057
=motnje | weight=0.057
=tem | weight=0.057
=telefonu =pa | weight=0.057
=podpisal =sem | weight=0.056
=ne =zna | weight=0.056, noneg
=tam =so | weight=0.055
=traja =ze | weight=0.055
=sem =celo | weight=0.055
=koncu =mesec | weight=0.054
=zato =bom | weight=0.054
=ni =tega | weight=0.054, noneg
=gostovanje | weight=0.053
=k | weight=0.053
=nam =je | weight=0.052
=bil =totalno | weight=0.052
=da =sva | weight=0.052
=o =vsem | weight=0.052
=slabovidna | weight=0.052
=ozmerjal | weight=0.051
=po =tem | weight=0.051
=ponovi | weight=0.051
=se =dan | weight=0.051
=minut =potem | weight=0.050
=sem =placilo | weight=0.050
=je =zmeraj | weight=0.050
=nicesar =pri | weight=0.050, noneg
=osebno =v | weight=0.050
=banki | weight=0.050
=vrze | weight=0.050
=pogodbe =bom | weight=0.049
=kosilo | weight=0.049
=cakal =doma | weight=0.049
=koncu =naj | weight=0.049
=kupil =nic | weight=0.049, noneg
=dan =cakal | weight=0.048
=koncu | weight=0.048
=prestopil | weight=0.048
=poslovni | weight=0.048
=uporabniski =racun | weight=0.048
=ravnali | weight=0.047
=tuki | weight=0.047
=dokumentacijo | weight=0.047
=vas =monter | weight=0.047
=ob =izteku | weight=0.047
=ni =spremeniti | weight=0.047, noneg
=odpovedal =narocnino | weight=0.047
=dvignil | weight=0.047
=za =prijavil | weight=0.046
=izbrise | weight=0.046
=bom =poiskal | weight=0.046
=poiskal | weight=0.046
=ampak =bi | weight=0.046
=ga =nisem | weight=0.046, noneg
=tem =se | weight=0.046
=nic =se | weight=0.045, noneg
=storitev =in | weight=0.045
=zagotovili | weight=0.045
=jutri | weight=0.045
=samo =ste | weight=0.045
=uporabniski | weight=0.044
=nadrejo | weight=0.044
=forumu =in | weight=0.044
=je =odpovedal | weight=0.044
=je =ni | weight=0.044, noneg
=je =blagajnicarka | weight=0.043
=druzba | weight=0.043
=pogledal | weight=0.043
=placilo =z | weight=0.043
=na =klepetu | weight=0.042
=stran =na | weight=0.042
=prijavil =ne | weight=0.042, noneg
=sosednjega | weight=0.042
=paket =in | weight=0.041
=ste =poskusal | weight=0.041
=na =spletu | weight=0.040
=deset =dneh | weight=0.039
=vrnili =brez | weight=0.039, noneg
=ne =pride | weight=0.039, noneg
=opazke | weight=0.039
=tokrat =ne | weight=0.038, noneg
=stacuno | weight=0.038
=imam =pri | weight=0.037
=ob =nakup | weight=0.037
=racun =ne | weight=0.037, noneg
=nic =vec | weight=0.037, noneg
=narocnino =in | weight=0.037
=placilo | weight=0.037
=izteku | weight=0.037
=zbadljiv | weight=0.036
=pove | weight=0.036
=kar =ste | weight=0.036
=sem =cakal | weight=0.036
=in =vsakic | weight=0.036
=liniji | weight=0.036
=ze =mesec | weight=0.035
=podpisal | weight=0.035
=ste =obljubili | weight=0.035
=pa =pravi | weight=0.035
=nikjer | weight=0.035, noneg
=po =deset | weight=0.035
=posiljam =nazaj | weight=0.035
=vas =nikoli | weight=0.035, noneg
=pritozbo =zaradi | weight=0.035
=je =odpadel | weight=0.034
=moja =telefonu | weight=0.034
=zdravnisko | weight=0.034
=zdravnisko =potrdil | weight=0.034
=vas | weight=0.033
=da =odprta | weight=0.033
=ob =prvi | weight=0.033
=nov =aplikacija | weight=0.033
=je =deset | weight=0.032
=ali =pa | weight=0.032
=naslednji =racun | weight=0.032
=stran =s | weight=0.032
=da =reklamacijo | weight=0.032
=stran =ali | weight=0.032
