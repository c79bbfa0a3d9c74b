# repeat_explaining, sl: learned by scripts/learn.py from 2816 tuning texts (91 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ponavljam že desetič: moj naslov je v vaši bazi napačen in pošta mi še vedno ne pride.
+ vse skupaj sem moral razlozit ze trem razlicnim ljudem in se vedno nimam elektrike v garazi
+ Vse podatke o okvari sem že dala tehniku, potem pa me je poklicala še ena sodelavka in hotela čisto iste podatke še enkrat.
- Ovadili vas bomo.
- nihce mi ni odpisal
=od =zacetka | weight=0.384
=emso | weight=0.299
=razlagal | weight=0.292
=fotografije | weight=0.288
=diktiral | weight=0.279
=stevilko =pogodbe | weight=0.260
=zgodbo | weight=0.258
=vsakic | weight=0.228
=isto =zgodbo | weight=0.220
=podatke | weight=0.217
=priimek | weight=0.212
=me =spraseval | weight=0.209
=moral =vse | weight=0.203
=isto =fotografije | weight=0.200
=so =od | weight=0.199
=sem =povedati | weight=0.189
=se =enkrat | weight=0.188
=isto | weight=0.187
=prosnjo | weight=0.186
=vsak =nov | weight=0.186
=vse =ponovil | weight=0.184
=razlicnim | weight=0.184
=znova | weight=0.183
=ze =pet | weight=0.182
=zacetka | weight=0.177
=ze =tretjic | weight=0.176
=enkrat =pove | weight=0.175
=na =nov | weight=0.175
=sem =moral | weight=0.174
=ponavljal | weight=0.173
=referent | weight=0.173
=opisujem | weight=0.173
=opisujem =isto | weight=0.173
=ker =prejsnji | weight=0.173
=pove =svoje | weight=0.167
=svoje =podatke | weight=0.167
=pripovedoval | weight=0.163
=pripovedoval =isto | weight=0.163
=trikrat =pripovedoval | weight=0.163
=ker =nimam | weight=0.161
=prejsnji | weight=0.160
=spraseval | weight=0.158
=tremi =razlicnim | weight=0.158
=isto =tezava | weight=0.156
=razlagal =isto | weight=0.156
=diktiral =isto | weight=0.155
=kot =pokvarjen | weight=0.155
=plosca | weight=0.155
=pokvarjen =plosca | weight=0.155
=ponavljal =se | weight=0.155
=opis | weight=0.155
=nov | weight=0.153
=se =kot | weight=0.152
=sem =izpolnil | weight=0.151
=vsak | weight=0.150
=identiteto =kot | weight=0.146
=tremi | weight=0.145
=spet =vprasal | weight=0.145
=vse =smo | weight=0.144
=pri =vsak | weight=0.144
=povedati | weight=0.143
=poslal =ze | weight=0.142
=cetrtic =opisujem | weight=0.142
=ne =poznal | weight=0.142, noneg
=povedati =stevilko | weight=0.142
=identiteto | weight=0.140
=trikrat =sem | weight=0.139
=ze =povedati | weight=0.137
=me =sprasujem | weight=0.136
=stevilko =narocila | weight=0.135
=sem =poslal | weight=0.135
=isto =opis | weight=0.134
=pogodbe =so | weight=0.133
=izpolnil | weight=0.131
=ze | weight=0.130
=moral | weight=0.130
=zapisano | weight=0.130
=sem =diktiral | weight=0.130
=vsak =klical | weight=0.128
=operaterka | weight=0.127
=kolikokrat | weight=0.126
=svoje | weight=0.126
=razlozila | weight=0.126
=isto =stvar | weight=0.125
=sprasujem =isto | weight=0.125
=isto =vprasanje | weight=0.123
=nisem =imel | weight=0.122, noneg
=ze =cetrtic | weight=0.121
=povedati =ze | weight=0.121
=razlagal =ze | weight=0.120
=vsak =me | weight=0.120
=kolikor | weight=0.119
=za =naslov | weight=0.118
=diktiral =vsaj | weight=0.118
=vsaj =stirikrat | weight=0.118
=sogovornik | weight=0.117
=celotno | weight=0.117
=pet =svetovalec | weight=0.117
=v =enem | weight=0.117
=meni =zahtevam | weight=0.115
=od =meni | weight=0.115
=zahtevam =kar | weight=0.115
=kaj =sem | weight=0.114
=v =vas | weight=0.114
=pove | weight=0.112
=nimam =nobene | weight=0.111, noneg
=slike | weight=0.111
=toliko | weight=0.110
=razlicnim =sodelavcem | weight=0.107
=pisarni | weight=0.106
=enkrat =ker | weight=0.105
=napisal =se | weight=0.105
=sporocilo =nisem | weight=0.105, noneg
=prekopiral | weight=0.105
=me =ne | weight=0.104, noneg
=isto =pritozbo | weight=0.103
=pod =tremi | weight=0.103
=razlicnim =usluzbenec | weight=0.103
=obrazec =pa | weight=0.102
=vprasal =od | weight=0.101
=pokvarjen | weight=0.101
=prejsnji =sporocilo | weight=0.100
=posti =mi | weight=0.099
=poslal =isto | weight=0.098
=jim =poslal | weight=0.098
=in =posti | weight=0.098
=je =moral | weight=0.098
=so =ga | weight=0.097
=pet =razlicnim | weight=0.096
=naslov =in | weight=0.096
=sem =razlagal | weight=0.095
=jih | weight=0.093
=naslov | weight=0.092
=nihce =ni | weight=0.090, noneg
=vsak =mi | weight=0.090
=ne =pride | weight=0.090, noneg
=jih =ze | weight=0.089
=sodelavcem | weight=0.088
=ze =dvakrat | weight=0.087
=je =vprasal | weight=0.087
=vse =sem | weight=0.086
=moral =nastevati | weight=0.086
=nastevati | weight=0.086
=nastevati =vse | weight=0.086
=naslov =je | weight=0.086
=sprasujem | weight=0.085
=treh | weight=0.084
=ze =trikrat | weight=0.083
=cetudi | weight=0.082
=dogodek | weight=0.081
=moral =vsak | weight=0.081
=vas =sistem | weight=0.081
=drugi =usluzbenec | weight=0.080
=hoteli =da | weight=0.080
=v =treh | weight=0.079
=dvema | weight=0.079
=ze =vceraj | weight=0.079
=spet =sm | weight=0.079
=zgodovino | weight=0.078
=posebej | weight=0.078
=vsak =posebej | weight=0.078
=spet =me | weight=0.078
=isto =okvaro | weight=0.077
=fotografije =racun | weight=0.077
=vsak =sem | weight=0.077
=pogodbe | weight=0.076
=moral =znova | weight=0.075
=celo =zgodbo | weight=0.075
=nov =operater | weight=0.074
=vsakic =znova | weight=0.074
=podatke =o | weight=0.074
=spet | weight=0.074
=ali =si | weight=0.073
=isto =podatke | weight=0.073
=ni =vedel | weight=0.072, noneg
=pojasnila | weight=0.072
=zahtevam | weight=0.072
=vsak =je | weight=0.072
=hocem =vse | weight=0.071
=operaterka =hocem | weight=0.071
=podatke =na | weight=0.071
=vsak =operaterka | weight=0.071
=stvar =kot | weight=0.071
=agent =me | weight=0.070
=potekalo | weight=0.070
=isto =sem | weight=0.069
=opisovala | weight=0.069
=nov =referent | weight=0.069
=vse =racun | weight=0.068
=vse =razlozila | weight=0.068
=sem =jih | weight=0.068
=preverim | weight=0.068
=sem =prek | weight=0.067
=in =vsak | weight=0.067
=ze =desetic | weight=0.067
=pojasnjevati | weight=0.066
=zahtevam =se | weight=0.064
=enem | weight=0.064
=vse =podatke | weight=0.063
=in =spet | weight=0.063
=vsakic =drugi | weight=0.063
=posredovali | weight=0.063
=stvar | weight=0.061
=gluha =osebo | weight=0.061
=sosednjega | weight=0.061
=usluzbenec | weight=0.061
=jih =nihce | weight=0.061, noneg
=zdaj =jih | weight=0.061
=pet | weight=0.060
=ze =tremi | weight=0.060
=kot =gluha | weight=0.060
=ocetu =sva | weight=0.060
=z =ocetu | weight=0.060
=podatke =ker | weight=0.060
=osebo =sem | weight=0.059
=sem =trikrat | weight=0.058
=je =spet | weight=0.058
=vi =sploh | weight=0.058
=dne | weight=0.058
=nov =agent | weight=0.058
=pogodbe =sem | weight=0.057
=kaze =na | weight=0.057
=primer | weight=0.057
=spet =so | weight=0.056
=ponovil =od | weight=0.056
=ponovil | weight=0.056
=da =jim | weight=0.055
=posiljam =isto | weight=0.055
=podatke =se | weight=0.055
=desetic | weight=0.054
=tretji | weight=0.054
=pritozbo =sem | weight=0.054
=znova =razlagal | weight=0.054
=naj =se | weight=0.054
=opis =ze | weight=0.053
=ne =zapise | weight=0.053, noneg
=okvaro =nov | weight=0.052
=ker =nihce | weight=0.052, noneg
=vceraj | weight=0.052
=ob =vsak | weight=0.052
=poslal =k | weight=0.052
=moral =obnoviti | weight=0.052
=obnoviti | weight=0.052
=obnoviti =celotno | weight=0.052
=ponovno | weight=0.051
=vsakic =nov | weight=0.051
=napacen =in | weight=0.051
=je =hoteli | weight=0.050
=trikrat | weight=0.050
=pet =ljudje | weight=0.050
=stevilko | weight=0.050
=agent =razlagal | weight=0.050
=ljudje =sem | weight=0.050
=povedati =isto | weight=0.050
=tretjic =sem | weight=0.049
=se =v | weight=0.049
=in =ponovno | weight=0.048
=prilepil | weight=0.048
=nula | weight=0.048
=izprasuje | weight=0.048
=izprasuje =o | weight=0.048
=me =znova | weight=0.048
=naslednji =agent | weight=0.048
=vsak =naslednji | weight=0.048
=znova =izprasuje | weight=0.048
=kar =trikrat | weight=0.047
=sm | weight=0.045
=tretjic | weight=0.045
=tretji =dan | weight=0.045
=nisem =priznam | weight=0.043, noneg
=sem =vam | weight=0.043
=jih =zahtevam | weight=0.043
=vse =od | weight=0.042
=vozicku =sem | weight=0.042
=cetrtic | weight=0.042
=slisal =od | weight=0.042
=telefonu =in | weight=0.042
=si =nihce | weight=0.041, noneg
=znova =diktiral | weight=0.041
=in =opis | weight=0.040
=pod | weight=0.040
=narocila | weight=0.040
=mislim =sem | weight=0.040
=vsakic =sem | weight=0.040
=vsaj | weight=0.039
=razlagal =zakaj | weight=0.039
=in =celo | weight=0.039
=moral =ob | weight=0.039
=ze =cetrt | weight=0.039
=hoteli | weight=0.039
=je =naj | weight=0.038
=narekovati | weight=0.038
=narekovati =stevilko | weight=0.038
=znova =narekovati | weight=0.038
=je =zacela | weight=0.038
=sva | weight=0.038
=vse =kar | weight=0.038
=celotno =zgodbo | weight=0.038
=naj =je | weight=0.037
=je =povedati | weight=0.037
=spet =od | weight=0.037
=mi =se | weight=0.037
=stirikrat | weight=0.037
=ker =jih | weight=0.036
=v =sistem | weight=0.036
=da =moral | weight=0.036
=ni =prispel | weight=0.035, noneg
=ki =nisem | weight=0.034, noneg
=referentka | weight=0.034
=da =imajo | weight=0.034
=da =me | weight=0.034
=povezavo =na | weight=0.034
=usluzbenec =ki | weight=0.033
=invalidskem | weight=0.033
=invalidskem =vozicku | weight=0.033
=dan =se | weight=0.033
=vse | weight=0.033
=znova =razlozila | weight=0.033
=cisto | weight=0.033
=drugi =agent | weight=0.033
=chatu =sem | weight=0.032
=razlicnim =ljudje | weight=0.032
=ljudje | weight=0.032
=ze =dali | weight=0.032
=na =oddelek | weight=0.031
=moral =povedati | weight=0.031
=je =normalno | weight=0.031
=je =poslal | weight=0.031
=babica =je | weight=0.031
=povezal =so | weight=0.031
=operater =vsak | weight=0.031
=petkrat | weight=0.031
=nobene | weight=0.031, noneg
=petic =opisujem | weight=0.031
=sestra =na | weight=0.030
=ze =poslal | weight=0.030
