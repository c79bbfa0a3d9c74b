# churn_threat, sl: learned by scripts/learn.py from 2594 tuning texts (116 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Odslej pošiljam samo še z zasebno dostavno službo, vam sem dal dovolj priložnosti.
+ Zadnjič naročam pri vas. Paket zamuja dva tedna, na maile ne odgovarjate, telefona ne dvigate.
+ Stranka je bila vidno razburjena, rekla je, da je to 'eno navadno sranje' in da bo pogodbo prekinila še ta mesec.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=zadnjic | weight=0.571
=dovolj | weight=0.508
=nikoli =vec | weight=0.498, noneg
=narocnino | weight=0.408
=odhajam | weight=0.390
=ne =bom | weight=0.358, noneg
=od =dan | weight=0.348
=kupujem | weight=0.338
=konkurenci | weight=0.333
=adijo | weight=0.324
=dan =sem | weight=0.319
=drugi =operater | weight=0.289
=ne =kupil | weight=0.277, noneg
=petnajst =let | weight=0.262
=pri =vas | weight=0.258
=pogodbe | weight=0.255
=grem | weight=0.253
=odjavo =vseh | weight=0.251
=vseh =storitev | weight=0.251
=v =to | weight=0.250
=pogodbe =prekinil | weight=0.249
=bom | weight=0.248
=odpovedal | weight=0.242
=razmisljam | weight=0.237
=v =zgodovino | weight=0.237
=zapuscam | weight=0.236
=zapuscam =vas | weight=0.236
=petnajst | weight=0.236
=grem =drugi | weight=0.234
=ponudniku | weight=0.231
=vse =racun | weight=0.228
=drugi =ponudniku | weight=0.226
=vec =ne | weight=0.221, noneg
=let =grem | weight=0.219
=odpovedujem | weight=0.218
=odjavo | weight=0.213
=zgodovino | weight=0.211
=kupil =nicesar | weight=0.211, noneg
=nikoli | weight=0.206, noneg
=babica =ne | weight=0.205, noneg
=vas =lekarni | weight=0.205
=zadnjic =sem | weight=0.201
=dnem | weight=0.200
=grem =h | weight=0.196
=to =je | weight=0.191
=vseh | weight=0.191
=en =tako | weight=0.191
=prekinil | weight=0.190
=tej =trgovini | weight=0.188
=v =tej | weight=0.188
=bom =zamenjati | weight=0.188
=zamenjati =banki | weight=0.188
=k =drugi | weight=0.187
=konkurentom | weight=0.187
=konkurentom =tam | weight=0.187
=trgovini =ne | weight=0.186, noneg
=h | weight=0.183
=let =zvestobe | weight=0.182
=dan =smo | weight=0.179
=tej | weight=0.176
=moja =odpovedal | weight=0.176
=se =izselim | weight=0.176
=z =vam | weight=0.175
=izselim | weight=0.173
=zamenjati | weight=0.173
=enkrat | weight=0.173
=zvestobe | weight=0.173
=me =ne | weight=0.172, noneg
=bil =vas | weight=0.170
=vas =stranka | weight=0.170
=meni =operater | weight=0.170
=mama =bom | weight=0.169
=kupujem =drugi | weight=0.168
=zdaj =kupujem | weight=0.168
=vas =trgovini | weight=0.167
=ne =boste | weight=0.165, noneg
=in =ste | weight=0.165
=fitnes | weight=0.164
=jutri =sem | weight=0.164
=od =zdaj | weight=0.162
=sem =pri | weight=0.162
=zbogom | weight=0.160
=ob =koncu | weight=0.158
=nicesar =vec | weight=0.157, noneg
=se =en | weight=0.157
=babica | weight=0.156
=enkrat =in | weight=0.156
=ko =se | weight=0.155
=drugi | weight=0.155
=lekarni | weight=0.153
=se =iztece | weight=0.152
=sodelovanja | weight=0.152
=sodelovanja =z | weight=0.152
=od =jutri | weight=0.151
=dan | weight=0.148
=trgovini | weight=0.145
=vec | weight=0.143
=storitev | weight=0.142
=ne =vidijo | weight=0.142, noneg
=iz =pogodbe | weight=0.141
=izstopil | weight=0.141
=izstopil =iz | weight=0.141
=za =fitnes | weight=0.141
=se =k | weight=0.141
=sele =se | weight=0.141
=koncu =vezave | weight=0.141
=odpise =narocnino | weight=0.141
=prekinitvi | weight=0.139
=iztece | weight=0.138
=iztece =vezave | weight=0.138
=videl | weight=0.138
=bil =zadnja | weight=0.137
=po =petnajst | weight=0.137
=greste | weight=0.136
=greste =v | weight=0.136
=preklopili =na | weight=0.135
=nikdar | weight=0.135, noneg
=pogodbe =z | weight=0.134
=z =drugi | weight=0.134
=ce =se | weight=0.132, noneg
=zahtevam =odjavo | weight=0.131
=vezave | weight=0.129
=narocila =pri | weight=0.128
=po =dvajset | weight=0.128
=narocnino =je | weight=0.126
=v =vas | weight=0.126
=sem =odpovedal | weight=0.126
=nicesar | weight=0.126, noneg
=krat =da | weight=0.125
=ne =bo | weight=0.124, noneg
=vas =ne | weight=0.124, noneg
=tankal | weight=0.123
=tankal =pri | weight=0.123
=s =prvi | weight=0.123
=sem =dali | weight=0.123
=ce =bo | weight=0.122, noneg
=resno =razmisljam | weight=0.121
=presla | weight=0.120
=razmisljam =da | weight=0.119
=obravnava | weight=0.119
=dovolj =imam | weight=0.118
=h =konkurentom | weight=0.118
=o =prekinitvi | weight=0.118
=razmisljam =o | weight=0.118
=od | weight=0.118
=samo =se | weight=0.118
=preklopili | weight=0.117
=na =konkurenci | weight=0.115
=vse =se | weight=0.113
=prenesel | weight=0.112
=pogodbe =za | weight=0.112
=bom =ukinil | weight=0.111
=enkrat =zgodilo | weight=0.110
=odpise | weight=0.109
=grem =k | weight=0.109
=zadnja | weight=0.109
=o =vsem | weight=0.108
=se =z | weight=0.108
=zasebno | weight=0.108
=operater | weight=0.108
=jedla | weight=0.108
=naslednji =mesec | weight=0.107
=bom =poslovil | weight=0.107
=poslovil | weight=0.107
=poslovil =od | weight=0.107
=tretji =teden | weight=0.106
=ukinil | weight=0.106
=pri =prvi | weight=0.105
=let =zakljucujem | weight=0.103
=zakljucujem | weight=0.103
=zakljucujem =z | weight=0.103
=jebemti =ze | weight=0.103
=let =sem | weight=0.103
=od =vas | weight=0.103
=raje | weight=0.102
=dobave | weight=0.100
=nadrejenega =ni | weight=0.100, noneg
=pripravite =mi | weight=0.099
=prosim =pripravite | weight=0.099
=od =pogodbe | weight=0.098
=pri =naslednji | weight=0.097
=jebemti | weight=0.097
=drugi =banki | weight=0.097
=h =konkurenci | weight=0.096
=prehajam | weight=0.096
=prehajam =k | weight=0.096
=ustavi | weight=0.095
=mi =zagotovili | weight=0.094
=takoj =ko | weight=0.093
=dopisom | weight=0.093
=odpovedujem =vse | weight=0.093
=bova | weight=0.092
=bova =pogodbe | weight=0.092
=za =prenos | weight=0.091
=vas =storitev | weight=0.091
=bom =odpovedal | weight=0.091
=resno | weight=0.091
=dela =na | weight=0.090
=na =tem | weight=0.090
=prenesem | weight=0.090
=sem =narocila | weight=0.089
=pripravite | weight=0.088
=tam | weight=0.087
=do =cloveka | weight=0.087
=ze =tretji | weight=0.086
=se =bom | weight=0.086
=ne =narocila | weight=0.086, noneg
=se =enkrat | weight=0.085
=je =dan | weight=0.085
=iztekom | weight=0.085
=odhajam =h | weight=0.084
=racun =se | weight=0.084
=bo =mogoce | weight=0.084
=ko =bo | weight=0.084
=odpovedal =takoj | weight=0.084
=je =dovolj | weight=0.084
=sli | weight=0.083
=k =a1 | weight=0.083
=ti | weight=0.082
=in =grem | weight=0.081
=teden =in | weight=0.080
=zdaj =je | weight=0.080
=bom =pogodbe | weight=0.080
=pri =konkurenci | weight=0.079
=da =vse | weight=0.079
=prenesem =v | weight=0.079
=racun =prenesem | weight=0.079
=narocnino =na | weight=0.079
=zagotovili =da | weight=0.079
=zahtevava | weight=0.078
=prekinjena | weight=0.077
=pove =da | weight=0.077
=banki | weight=0.076
=teden =brez | weight=0.076, noneg
=na =dostava | weight=0.075
=druzino | weight=0.075
=je =katastrofa | weight=0.075
=katastrofa | weight=0.075
=ne =stopim | weight=0.074, noneg
=stopim =nikoli | weight=0.074, noneg
=ta =mesec | weight=0.074
=jo =vedno | weight=0.074
=vedno =nadrejo | weight=0.074
=viden | weight=0.073
=vas =in | weight=0.072
=ker =ji | weight=0.072
=tole | weight=0.072
=banki =ker | weight=0.071
=so =vsaj | weight=0.071
=vsaj =prijazno | weight=0.071
=si =ne | weight=0.071, noneg
=obrazec =ne | weight=0.070, noneg
=odstop =od | weight=0.069
=odpovedal =narocnino | weight=0.069
=vas =aplikacija | weight=0.068
=let | weight=0.068
=odstop | weight=0.067
=in =tudi | weight=0.067
=tudi =zadnjic | weight=0.067
=zakljuci | weight=0.067
=vas =restavraciji | weight=0.067
=tam =vsaj | weight=0.066
=vsaj =dvignil | weight=0.066
=se =ta | weight=0.066
=spet =sem | weight=0.066
=dovolj =mama | weight=0.065
=zadnja =krat | weight=0.065
=je =odpovedal | weight=0.064
=prvic =sem | weight=0.064
=cloveka =pa | weight=0.064
=vas =nov | weight=0.064
=prekinil =ker | weight=0.064
=vrze =ven | weight=0.064
=sprejmejo | weight=0.063
=mesec =in | weight=0.063
=ker =ga | weight=0.063
=da =pogodbe | weight=0.063
=vas =avtomatski | weight=0.062
=restavraciji | weight=0.062
=k | weight=0.062
=dostava =ki | weight=0.062
=tako =pogojih | weight=0.062
=dni =in | weight=0.060
=kaplja | weight=0.060
=zadnja =kaplja | weight=0.060
=jo =odpravili | weight=0.060
=so =tako | weight=0.059
=zapira | weight=0.059
=res =mi | weight=0.059
=s =tem | weight=0.059
=mail =ne | weight=0.058, noneg
=zamuja =dva | weight=0.058
=samo =zapre | weight=0.058
=krat | weight=0.058
=ni =ker | weight=0.057, noneg
=mama =grem | weight=0.057
=ven | weight=0.057
=bil =moja | weight=0.057
=tam =so | weight=0.056
=sem =celo | weight=0.056
=motnje | weight=0.056
=prvi | weight=0.055
=traja =ze | weight=0.055
=se =dan | weight=0.055
=rezultata | weight=0.055
=dobavitelj =in | weight=0.055
=enkrat =ponovi | weight=0.055
=zato =bom | weight=0.055
=sranje | weight=0.054
=vas =svetovalka | weight=0.054
=nicesar =pri | weight=0.054, noneg
=bom =poiskal | weight=0.054
=poiskal | weight=0.054
=svetovalka =so | weight=0.054
=banki =ne | weight=0.054, noneg
=obvescam | weight=0.054
=prestopil | weight=0.054
=in =o | weight=0.053
=slabovidna | weight=0.053
=mobilna =banki | weight=0.053
=nadrejo | weight=0.052
=dovolj =mi | weight=0.052
=uporabniski =racun | weight=0.052
=poslovni | weight=0.052
=ozmerjal =ker | weight=0.052
=koncu =mesec | weight=0.052
=sem =placilo | weight=0.052
=teden =na | weight=0.051
=paket =ze | weight=0.051
=iztekom =vezave | weight=0.051
=se =aplikacija | weight=0.051
=uporabniski | weight=0.050
=tako | weight=0.050
=bil =totalno | weight=0.050
=ni =tega | weight=0.050, noneg
=po =tem | weight=0.050
=je =ni | weight=0.050, noneg
=ne =deluje | weight=0.049, noneg
=ga =nisem | weight=0.049, noneg
=na =spletu | weight=0.049
=kupil =nic | weight=0.049, noneg
=je =zmeraj | weight=0.049
=obvestil =zvezo | weight=0.049
=koncu =naj | weight=0.049
=prakticno | weight=0.049
=ni =blo | weight=0.049, noneg
=cetrtic | weight=0.048
=storitev =in | weight=0.048
=podpisal =sem | weight=0.048
=posiljam | weight=0.048
=je =sploh | weight=0.047
=telefonu =pa | weight=0.047
=pogodbe =bom | weight=0.047
=ni =spremeniti | weight=0.047, noneg
=operater =je | weight=0.046
=ravnali | weight=0.046
=podpisal | weight=0.045
=forumu =in | weight=0.045
=ob =iztekom | weight=0.045
=vas =monter | weight=0.045
=izbrise | weight=0.045
=cakal =doma | weight=0.045
=tuki | weight=0.045
=dvignil | weight=0.045
=navaden | weight=0.045
=nic =se | weight=0.045, noneg
=bo =paket | weight=0.045
=je =blagajnicarka | weight=0.044
=dan =cakal | weight=0.044
=police | weight=0.044
=mesec =ne | weight=0.044, noneg
=sosednjega | weight=0.044
=zagotovili | weight=0.044
=da =sva | weight=0.044
=osebno =v | weight=0.044
=ne =zna | weight=0.044, noneg
=ne =premakne | weight=0.043, noneg
=ampak =bi | weight=0.043
=minut =potem | weight=0.043
=placilo =z | weight=0.043
=tako =odnos | weight=0.042
=pred =iztekom | weight=0.042
=strani =na | weight=0.042
=nakup | weight=0.042
=jutri | weight=0.042
=kosilo | weight=0.042
=a1 | weight=0.042
=pritozbo =zaradi | weight=0.041
=ponovi | weight=0.041
=ozmerjal | weight=0.041
=obvescam =da | weight=0.041
=vas =obvescam | weight=0.041
=ne =pride | weight=0.040, noneg
=pogledal | weight=0.040
=stacuno | weight=0.040
=se =nic | weight=0.040, noneg
=samo =ste | weight=0.040
=koncu | weight=0.040
=dvajset | weight=0.039
=signala | weight=0.039
