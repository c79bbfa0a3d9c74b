# repeat_explaining, sl: learned by scripts/learn.py from 2594 tuning texts (88 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Vse podatke o okvari sem že dala tehniku, potem pa me je poklicala še ena sodelavka in hotela čisto iste podatke še enkrat.
+ vsaka me sprasuje od zacetka
+ Isto razlagam že petemu svetovalcu.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=od =zacetka | weight=0.395
=razlagati | weight=0.332
=emso | weight=0.310
=fotografije | weight=0.299
=diktiral | weight=0.287
=stevilko =pogodbe | weight=0.272
=zgodbo | weight=0.256
=vsakic | weight=0.238
=podatke | weight=0.222
=priimek | weight=0.211
=isto =zgodbo | weight=0.211
=me =spraseval | weight=0.210
=isto =fotografije | weight=0.207
=isto | weight=0.200
=so =od | weight=0.197
=referent | weight=0.195
=vsak =nov | weight=0.188
=prosnjo | weight=0.183
=na =nov | weight=0.180
=enkrat =pove | weight=0.180
=se =enkrat | weight=0.180
=zacetka | weight=0.180
=znova | weight=0.179
=razlicnim | weight=0.179
=moral =vse | weight=0.176
=ze =tretjic | weight=0.175
=sem =povedati | weight=0.174
=ze =pet | weight=0.169
=pove =svoje | weight=0.168
=svoje =podatke | weight=0.168
=opisujem | weight=0.167
=opisujem =isto | weight=0.167
=ker =prejsnji | weight=0.167
=spraseval | weight=0.166
=vse =ponovil | weight=0.164
=kot =pokvarjen | weight=0.164
=plosca | weight=0.164
=pokvarjen =plosca | weight=0.164
=ponavljal =se | weight=0.164
=sem =moral | weight=0.160
=opis | weight=0.160
=diktiral =isto | weight=0.158
=pripovedoval | weight=0.158
=pripovedoval =isto | weight=0.158
=trikrat =pripovedoval | weight=0.158
=se =kot | weight=0.157
=spet =vprasal | weight=0.156
=ker =nimam | weight=0.155
=vse =smo | weight=0.154
=prejsnji | weight=0.152
=sem =izpolnil | weight=0.150
=povedati =stevilko | weight=0.149
=isto =tezav | weight=0.148
=vsak | weight=0.145
=nov | weight=0.143
=zapisano | weight=0.143
=identiteto =kot | weight=0.142
=pri =vsak | weight=0.140
=ze =povedati | weight=0.140
=razlagati =isto | weight=0.140
=cetrtic =opisujem | weight=0.140
=sem =poslali | weight=0.139
=ne =pozna | weight=0.138, noneg
=stevilko =narocila | weight=0.138
=tremi | weight=0.138
=tremi =razlicnim | weight=0.137
=identiteto | weight=0.137
=me =sprasuje | weight=0.135
=isto =opis | weight=0.135
=sem =diktiral | weight=0.135
=pogodbe =so | weight=0.132
=operaterka | weight=0.129
=za =naslov | weight=0.128
=kolikokrat | weight=0.127
=moral | weight=0.126
=ze | weight=0.126
=izpolnil | weight=0.125
=celotno | weight=0.124
=povedati | weight=0.124
=razlagati =ze | weight=0.124
=kolikor | weight=0.122
=vsak =klical | weight=0.122
=isto =stvar | weight=0.122
=sprasuje =isto | weight=0.122
=diktiral =vsaj | weight=0.121
=vsaj =stirikrat | weight=0.121
=povedati =ze | weight=0.120
=sogovornik | weight=0.120
=v =enem | weight=0.120
=trikrat =sem | weight=0.118
=isto =vprasanje | weight=0.117
=kaj =sem | weight=0.117
=vsak =me | weight=0.117
=ponavljal | weight=0.117
=svoje | weight=0.115
=razlozila | weight=0.115
=meni =zahtevam | weight=0.113
=od =meni | weight=0.113
=zahtevam =kar | weight=0.113
=nisem =imel | weight=0.112, noneg
=prekopiral | weight=0.111
=toliko | weight=0.110
=sem =razlagati | weight=0.109
=me =ne | weight=0.109, noneg
=pove | weight=0.108
=ze =cetrtic | weight=0.107
=pisarni | weight=0.107
=obrazec =pa | weight=0.105
=nimam =nobene | weight=0.105, noneg
=so =ga | weight=0.103
=enkrat =ker | weight=0.103
=napisal =se | weight=0.103
=prejsnji =sporocilo | weight=0.103
=sporocilo =nisem | weight=0.103, noneg
=pokvarjen | weight=0.103
=pet =razlicnim | weight=0.103
=razlicnim =sodelavcem | weight=0.103
=isto =pritozbo | weight=0.102
=pod =tremi | weight=0.102
=razlicnim =usluzbenec | weight=0.102
=pet =svetovalec | weight=0.102
=naslov =in | weight=0.102
=vprasal =od | weight=0.100
=vse =sem | weight=0.100
=vsak =mi | weight=0.099
=dvema | weight=0.098
=je =moral | weight=0.098
=jih =ze | weight=0.097
=isto =okvaro | weight=0.097
=slike | weight=0.095
=dogodek | weight=0.093
=vas =sistem | weight=0.092
=cetudi | weight=0.092
=treh | weight=0.092
=moral =znova | weight=0.092
=ze =dvakrat | weight=0.091
=sem =trikrat | weight=0.088
=jih | weight=0.087
=ze =trikrat | weight=0.085
=jim =poslali | weight=0.085
=sodelavcem | weight=0.085
=moral =nastevati | weight=0.084
=nastevati | weight=0.084
=nastevati =vse | weight=0.084
=poslali =isto | weight=0.084
=sprasuje | weight=0.084
=spet =sm | weight=0.083
=spet =me | weight=0.083
=sem =jih | weight=0.081
=zahtevam | weight=0.081
=preverim | weight=0.080
=v =treh | weight=0.080
=je =vprasal | weight=0.080
=moral =vsak | weight=0.079
=znova =razlagati | weight=0.079
=drugi =usluzbenec | weight=0.078
=zgodovino | weight=0.078
=ni =vedel | weight=0.077, noneg
=ze =vceraj | weight=0.077
=hoteli =da | weight=0.077
=pojasnila | weight=0.076
=ali =si | weight=0.076
=nihce =ni | weight=0.076, noneg
=nov =agent | weight=0.076
=podatke =o | weight=0.076
=posebej | weight=0.076
=vsak =posebej | weight=0.076
=vsak =je | weight=0.075
=potekalo | weight=0.075
=pogodbe | weight=0.074
=opisoval | weight=0.074
=vse =podatke | weight=0.073
=stvar =kot | weight=0.073
=nov =referent | weight=0.073
=pojasnjevati | weight=0.071
=enem | weight=0.071
=fotografije =racun | weight=0.068
=hocem =vse | weight=0.068
=operaterka =hocem | weight=0.068
=podatke =na | weight=0.068
=vsak =operaterka | weight=0.068
=spet | weight=0.067
=pet | weight=0.067
=vsakic =znova | weight=0.067
=sem =prek | weight=0.066
=vse =razlozila | weight=0.066
=je =spet | weight=0.066
=celo =zgodbo | weight=0.065
=isto =podatke | weight=0.065
=ponovil =od | weight=0.065
=pogodbe =sem | weight=0.063
=trikrat | weight=0.063
=agent =me | weight=0.063
=in =vsak | weight=0.062
=je =hoteli | weight=0.062
=dne | weight=0.062
=zgodbo =o | weight=0.062
=zahtevam =se | weight=0.061
=isto =sem | weight=0.061
=stvar | weight=0.061
=jih =nihce | weight=0.061, noneg
=vsakic =drugi | weight=0.061
=gluha =osebo | weight=0.061
=posiljam =isto | weight=0.060
=posredovati | weight=0.060
=zdaj =jih | weight=0.060
=kot =gluha | weight=0.059
=kaze =na | weight=0.058
=vi =sploh | weight=0.058
=vse =racun | weight=0.058
=pritozbo =sem | weight=0.058
=osebo =sem | weight=0.058
=poslali =k | weight=0.057
=vsak =sem | weight=0.057
=sosednjega | weight=0.057
=ocetu =sva | weight=0.056
=z =ocetu | weight=0.056
=ker =nihce | weight=0.056, noneg
=ne =zapise | weight=0.056, noneg
=podatke =ker | weight=0.055
=primeru | weight=0.055
=telefonu =in | weight=0.052
=naj =se | weight=0.052
=da =jim | weight=0.051
=ob =vsak | weight=0.051
=in =opis | weight=0.051
=moral =obnoviti | weight=0.051
=obnoviti | weight=0.051
=obnoviti =celotno | weight=0.051
=sva | weight=0.051
=agent =razlagati | weight=0.050
=podatke =se | weight=0.050
=tretjic | weight=0.049
=tretji | weight=0.049
=spet =so | weight=0.049
=vceraj | weight=0.049
=pet =ljudje | weight=0.049
=stevilko | weight=0.048
=se =v | weight=0.048
=ljudje =sem | weight=0.048
=povedati =isto | weight=0.048
=izprasuje | weight=0.048
=izprasuje =o | weight=0.048
=me =znova | weight=0.048
=naslednji =agent | weight=0.048
=o =isto | weight=0.048
=vsak =naslednji | weight=0.048
=znova =izprasuje | weight=0.048
=ki =sem | weight=0.048
=usluzbenec | weight=0.047
=slisal =od | weight=0.047
=pod | weight=0.047
=vse =od | weight=0.047
=kar =trikrat | weight=0.046
=opis =ze | weight=0.046
=ze =tremi | weight=0.046
=okvaro =nov | weight=0.046
=je =naj | weight=0.045
=nula | weight=0.044
=jih =zahtevam | weight=0.044
=prilepil | weight=0.044
=tretji =dan | weight=0.044
=nov =operater | weight=0.044
=in =spet | weight=0.043
=ponovil | weight=0.043
=si =nihce | weight=0.042, noneg
=znova =diktiral | weight=0.042
=sem =vam | weight=0.042
=vsakic =sem | weight=0.041
=tretjic =sem | weight=0.041
=opis =tezav | weight=0.041
=nisem =priznam | weight=0.041, noneg
=sm | weight=0.040
=in =celo | weight=0.040
=je =povedati | weight=0.040
=vozicku =sem | weight=0.040
=naj =je | weight=0.040
=ze =dali | weight=0.039
=in =ponovno | weight=0.039
=osebo | weight=0.039
=v =vas | weight=0.038
=moral =povedati | weight=0.038
=mislim =sem | weight=0.037
=ponovno | weight=0.037
=razlagati =zakaj | weight=0.037
=celotno =zgodbo | weight=0.037
=razlagati =celo | weight=0.037
=stirikrat | weight=0.037
=vsakic =nov | weight=0.037
=spet =od | weight=0.037
=da =me | weight=0.036
=cetrtic | weight=0.036
=v =sistem | weight=0.036
=moral =ob | weight=0.035
=nobene | weight=0.035, noneg
=ljudje | weight=0.035
=narocila | weight=0.035
=narekovati | weight=0.034
=narekovati =stevilko | weight=0.034
=znova =narekovati | weight=0.034
=kot =da | weight=0.034
=petkrat | weight=0.034
=kjer | weight=0.034
=ker =jih | weight=0.034
=poslali | weight=0.034
=da =imajo | weight=0.033
=je =zacela | weight=0.033
=je =poslali | weight=0.033
=ni =prispel | weight=0.033, noneg
=drugi =da | weight=0.033
=najprej =pol | weight=0.033
=da =moral | weight=0.032
=vse =kar | weight=0.032
=povezavo =na | weight=0.031
=operater =vsak | weight=0.031
=dan =se | weight=0.031
=vsaj | weight=0.031
=drugi =agent | weight=0.031
=invalidskem | weight=0.030
=invalidskem =vozicku | weight=0.030
=izplacilo | weight=0.030
=potem =drugi | weight=0.030
