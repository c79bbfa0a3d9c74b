# churn_threat, sl: learned by scripts/learn.py from 2816 tuning texts (119 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Odslej pošiljam samo še z zasebno dostavno službo, vam sem dal dovolj priložnosti.
+ Zadnjič naročam pri vas. Paket zamuja dva tedna, na maile ne odgovarjate, telefona ne dvigate.
+ Stranka je bila vidno razburjena, rekla je, da je to 'eno navadno sranje' in da bo pogodbo prekinila še ta mesec.
- Ovadili vas bomo.
- nihce mi ni odpisal
=zadnjic | weight=0.570
=dovolj | weight=0.511
=nikoli =vec | weight=0.486, noneg
=narocnino | weight=0.397
=odhajam | weight=0.383
=od =dan | weight=0.341
=konkurenci | weight=0.337
=kupujem | weight=0.336
=adijo | weight=0.328
=dan =sem | weight=0.327
=ne =bom | weight=0.323, noneg
=drugi =operater | weight=0.307
=ne =kupil | weight=0.278, noneg
=pogodbe | weight=0.265
=petnajst =let | weight=0.264
=bom | weight=0.263
=pri =vas | weight=0.260
=pogodbe =prekinil | weight=0.255
=razmisljam | weight=0.253
=odjavo =vseh | weight=0.246
=vseh =storitev | weight=0.246
=v =to | weight=0.246
=petnajst | weight=0.242
=grem | weight=0.239
=v =zgodovino | weight=0.237
=odpovedujem | weight=0.236
=zapuscam | weight=0.236
=zapuscam =vas | weight=0.236
=grem =drugi | weight=0.236
=ponudniku | weight=0.234
=drugi =ponudniku | weight=0.233
=odpovedal | weight=0.233
=vec =ne | weight=0.223, noneg
=vse =racun | weight=0.217
=kupil =nicesar | weight=0.216, noneg
=nikoli | weight=0.212, noneg
=odjavo | weight=0.211
=zgodovino | weight=0.207
=zadnjic =sem | weight=0.203
=to =je | weight=0.203
=babica =ne | weight=0.203, noneg
=vas =lekarni | weight=0.203
=k =drugi | weight=0.201
=let =grem | weight=0.200
=grem =h | weight=0.199
=dnem | weight=0.196
=en =tako | weight=0.191
=vseh | weight=0.186
=tej =trgovini | weight=0.185
=v =tej | weight=0.185
=bom =zamenjati | weight=0.184
=zamenjati =banki | weight=0.184
=let =zvestobe | weight=0.181
=trgovini =ne | weight=0.181, noneg
=enkrat | weight=0.181
=prekinil | weight=0.180
=h | weight=0.179
=z =vam | weight=0.178
=drugi | weight=0.176
=moja =odpovedal | weight=0.176
=se =izselim | weight=0.176
=me =ne | weight=0.175, noneg
=tej | weight=0.173
=zvestobe | weight=0.173
=konkurentom | weight=0.172
=konkurentom =tam | weight=0.172
=izselim | weight=0.171
=vas =trgovini | weight=0.168
=dan =smo | weight=0.167
=mamo =bom | weight=0.167
=kupujem =drugi | weight=0.167
=zdaj =kupujem | weight=0.167
=enkrat =in | weight=0.166
=lekarni | weight=0.165
=ne =boste | weight=0.163, noneg
=bil =vas | weight=0.163
=vas =stranka | weight=0.163
=trgovini | weight=0.163
=babica | weight=0.162
=zamenjati | weight=0.162
=od =zdaj | weight=0.162
=in =ste | weight=0.162
=fitnes | weight=0.161
=se =en | weight=0.160
=nicesar =vec | weight=0.160, noneg
=zbogom | weight=0.157
=jutri =sem | weight=0.156
=sem =pri | weight=0.154
=meni =operater | weight=0.153
=vec | weight=0.153
=se =iztece | weight=0.149
=storitev | weight=0.149
=videl | weight=0.149
=sodelovanja | weight=0.149
=sodelovanja =z | weight=0.149
=ob =koncu | weight=0.148
=ko =se | weight=0.143
=od =jutri | weight=0.143
=ne =vidijo | weight=0.141, noneg
=odpise =narocnino | weight=0.139
=iz =pogodbe | weight=0.139
=izstopil | weight=0.139
=izstopil =iz | weight=0.139
=za =fitnes | weight=0.139
=greste | weight=0.139
=greste =v | weight=0.139
=se =k | weight=0.138
=sele =se | weight=0.138
=po =petnajst | weight=0.138
=prekinitvi | weight=0.138
=nikdar | weight=0.138, noneg
=razmisljam =da | weight=0.137
=iztece | weight=0.137
=iztece =vezave | weight=0.137
=ne =bo | weight=0.137, noneg
=bil =zadnja | weight=0.137
=v =vas | weight=0.133
=pogodbe =z | weight=0.133
=z =drugi | weight=0.133
=narocila =pri | weight=0.132
=koncu =vezave | weight=0.132
=preklopili =na | weight=0.131
=zahtevam =odjavo | weight=0.131
=bom =odpovedal | weight=0.130
=vas =ne | weight=0.129, noneg
=dan | weight=0.129
=ce =se | weight=0.127, noneg
=na =konkurenci | weight=0.127
=po =dvajset | weight=0.127
=vezave | weight=0.126
=krat =da | weight=0.126
=narocnino =je | weight=0.124
=enkrat =zgodilo | weight=0.123
=obravnava | weight=0.122
=nicesar | weight=0.121, noneg
=presla | weight=0.120
=raje | weight=0.120
=s =prvem | weight=0.119
=sem =dali | weight=0.119
=operater | weight=0.118
=tankal | weight=0.117
=tankal =pri | weight=0.117
=bom =ukinil | weight=0.117
=resena =razmisljam | weight=0.116
=od | weight=0.116
=dovolj =imam | weight=0.116
=vse =se | weight=0.116
=o =prekinitvi | weight=0.116
=razmisljam =o | weight=0.116
=zadnja | weight=0.115
=samo =se | weight=0.115
=jedla | weight=0.115
=ce =bo | weight=0.114, noneg
=bom =poslovil | weight=0.113
=poslovil | weight=0.113
=poslovil =od | weight=0.113
=ukinil | weight=0.113
=grem =k | weight=0.111
=pri =prvem | weight=0.110
=pogodbe =za | weight=0.110
=h =konkurenci | weight=0.109
=zasebno | weight=0.109
=odpise | weight=0.108
=prenesel | weight=0.107
=od =vas | weight=0.107
=in =grem | weight=0.106
=se =z | weight=0.106
=let =zakljucujem | weight=0.105
=zakljucujem | weight=0.105
=zakljucujem =z | weight=0.105
=h =konkurentom | weight=0.105
=naslednji =mesec | weight=0.104
=nadrejenega =ni | weight=0.103, noneg
=let =sem | weight=0.103
=preklopili | weight=0.103
=prehajam | weight=0.103
=prehajam =k | weight=0.103
=sem =odpovedal | weight=0.102
=ustavi | weight=0.102
=se =enkrat | weight=0.101
=pripravite =mi | weight=0.100
=prosim =pripravite | weight=0.100
=dobave | weight=0.100
=o =vsem | weight=0.099
=vas =in | weight=0.098
=za =prenos | weight=0.098
=bova | weight=0.096
=bova =pogodbe | weight=0.096
=dopisom | weight=0.096
=mi =zagotovili | weight=0.094
=takoj =ko | weight=0.093
=od =pogodbe | weight=0.092
=vas =storitev | weight=0.092
=sem =narocila | weight=0.091
=pripravite | weight=0.091
=drugi =banki | weight=0.090
=zahtevava | weight=0.089
=je =dan | weight=0.088
=se =bom | weight=0.088
=resena | weight=0.088
=odpovedujem =vse | weight=0.088
=jebemti =ze | weight=0.087
=tretji =teden | weight=0.087
=pri =naslednji | weight=0.086
=pri =konkurenci | weight=0.086
=ne =narocila | weight=0.085, noneg
=prenesem | weight=0.084
=jebemti | weight=0.084
=tam | weight=0.084
=ti =nekaj | weight=0.083
=zdaj =je | weight=0.083
=da =pogodbe | weight=0.083
=do =cloveka | weight=0.083
=odpovedal =narocnino | weight=0.082
=banki | weight=0.082
=brez =internet | weight=0.081, noneg
=dela =na | weight=0.081
=na =tem | weight=0.081
=iztekom | weight=0.081
=sli | weight=0.079
=let | weight=0.079
=k =a1 | weight=0.078
=zagotovili =da | weight=0.077
=druzino | weight=0.077
=da =vse | weight=0.077
=prenesem =v | weight=0.077
=racun =prenesem | weight=0.077
=zakljuci | weight=0.076
=je =dovolj | weight=0.076
=je =katastrofa | weight=0.076
=odhajam =h | weight=0.076
=ne =stopim | weight=0.075, noneg
=stopim =nikoli | weight=0.075, noneg
=teden =in | weight=0.075
=na =dostava | weight=0.074
=k | weight=0.074
=racun =se | weight=0.074
=bo =mogoce | weight=0.073
=ko =bo | weight=0.073
=odpovedal =takoj | weight=0.073
=pove =da | weight=0.073
=dovolj =mi | weight=0.072
=jo =vedno | weight=0.072
=vedno =nadrejo | weight=0.072
=zadnja =krat | weight=0.072
=ta =mesec | weight=0.072
=odstop =od | weight=0.072
=tole | weight=0.070
=tam =vsaj | weight=0.070
=vsaj =dvignil | weight=0.070
=ti | weight=0.070
=odstop | weight=0.070
=ker =ji | weight=0.069
=vas =restavraciji | weight=0.069
=banki =ker | weight=0.069
=viden | weight=0.068
=si =ne | weight=0.068, noneg
=razburjen | weight=0.068
=so =vsaj | weight=0.068
=vsaj =prijazno | weight=0.068
=narocnino =na | weight=0.068
=ze =tretji | weight=0.067
=obrazec =ne | weight=0.067, noneg
=vas =nov | weight=0.067
=mesec =in | weight=0.066
=cloveka =pa | weight=0.065
=bil =moja | weight=0.065
=krat | weight=0.065
=se =ta | weight=0.064
=restavraciji | weight=0.064
=po =tem | weight=0.064
=dostava =ki | weight=0.064
=bom =pogodbe | weight=0.063
=vas =svetovalka | weight=0.063
=vas =avtomatski | weight=0.063
=katastrofa | weight=0.063
=s =tem | weight=0.063
=vrze =ven | weight=0.063
=res =mi | weight=0.062
=zapira | weight=0.061
=jo =odpravil | weight=0.061
=dovolj =mamo | weight=0.061
=prekinil =ker | weight=0.061
=sprejmejo | weight=0.060
=ker =ga | weight=0.060
=in =tudi | weight=0.060
=tudi =zadnjic | weight=0.060
=dni =in | weight=0.059
=police | weight=0.059
=motnje | weight=0.059
=tako =pogojih | weight=0.058
=zamuja =dva | weight=0.058
=prekinjena | weight=0.057
=je =odpovedal | weight=0.057
=odpovedujem =narocnino | weight=0.057
=nicesar =pri | weight=0.057, noneg
=ven | weight=0.057
=vas =aplikacija | weight=0.057
=traja =ze | weight=0.056
=samo =zapre | weight=0.056
=sem =celo | weight=0.056
=nadrejo | weight=0.055
=kaplja | weight=0.055
=zadnja =kaplja | weight=0.055
=so =tako | weight=0.055
=poslovni | weight=0.055
=prvic =sem | weight=0.055
=spet =sem | weight=0.055
=ne =deluje | weight=0.055, noneg
=tam =so | weight=0.055
=ni =ker | weight=0.054, noneg
=paket =ze | weight=0.053
=zato =bom | weight=0.053
=prvem | weight=0.053
=dobavitelj =in | weight=0.053
=narocnino =in | weight=0.052
=tem =se | weight=0.052
=je =ni | weight=0.052, noneg
=obvescam | weight=0.052
=slabovidna | weight=0.052
=mobilna =banki | weight=0.052
=je =sploh | weight=0.052
=teden =na | weight=0.051
=koncu =mesec | weight=0.051
=sranje | weight=0.051
=iztekom =vezave | weight=0.051
=banki =ne | weight=0.051, noneg
=in =o | weight=0.051
=uporabniski =racun | weight=0.051
=ne =premakne | weight=0.051, noneg
=tako | weight=0.050
=rezultat | weight=0.050
=dvignil | weight=0.050
=nakup | weight=0.050
=ni =blo | weight=0.050, noneg
=teden =brez | weight=0.050, noneg
=se =aplikacija | weight=0.050
=ni =tega | weight=0.049, noneg
=na =spletu | weight=0.049
=prestopil | weight=0.049
=podpisal =sem | weight=0.049
=enkrat =ponovi | weight=0.048
=uporabniski | weight=0.048
=dan =cakal | weight=0.048
=osebno =v | weight=0.048
=koncu | weight=0.048
=podpora =je | weight=0.048
=cetrtic | weight=0.048
=bo =paket | weight=0.047
=kupil =nic | weight=0.047, noneg
=mamo =grem | weight=0.047
=navaden | weight=0.047
=vem =ce | weight=0.047, noneg
=storitev =in | weight=0.047
=mail =ne | weight=0.046, noneg
=svetovalka =so | weight=0.046
=posiljam | weight=0.046
=prakticno | weight=0.046
=ne =odgovor | weight=0.045, noneg
=jutri | weight=0.045
=ob =iztekom | weight=0.045
=koncu =naj | weight=0.045
=dvajset | weight=0.044
=bom =poiskal | weight=0.044
=poiskal | weight=0.044
=bil =totalno | weight=0.044
=obvestil =zvezo | weight=0.044
=cakal =doma | weight=0.044
=a1 | weight=0.044
=tuki | weight=0.044
=izbrise | weight=0.043
=sem =placilo | weight=0.043
=vas | weight=0.043
=ga =nisem | weight=0.043, noneg
=ni =spremeniti | weight=0.043, noneg
=ravnali | weight=0.043
=vas =monter | weight=0.043
=ampak =bi | weight=0.043
=da =sva | weight=0.043
=ne =zna | weight=0.042, noneg
=ker =so | weight=0.042
=podpisal | weight=0.042
=se =dan | weight=0.042
=dokumentacijo | weight=0.042
=pred =iztekom | weight=0.041
=sosednjega | weight=0.041
=samo =ste | weight=0.041
=je =zmeraj | weight=0.041
=ozmerjal =ker | weight=0.041
=stacuno | weight=0.040
=placilo =z | weight=0.040
=se =nic | weight=0.040, noneg
=obvescam =da | weight=0.040
=vas =obvescam | weight=0.040
=tako =odnos | weight=0.040
=kosilo | weight=0.040
=nam =je | weight=0.039
=sestkrat | weight=0.039
=moja =stanovanju | weight=0.039
=zapre | weight=0.039
