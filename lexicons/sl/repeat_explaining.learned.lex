# repeat_explaining, sl: learned by scripts/learn.py from 2314 tuning texts (81 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ vsaka me sprasuje od zacetka
+ Isto razlagam že petemu svetovalcu.
+ Vse smo morali ponavljati od začetka.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=od =zacetka | weight=0.401
=razlagati | weight=0.322
=emso | weight=0.312
=fotografije | weight=0.305
=diktiral | weight=0.299
=stevilko =pogodbe | weight=0.280
=zgodbo | weight=0.250
=vsakic | weight=0.246
=isto =zgodbo | weight=0.241
=podatke | weight=0.216
=priimek | weight=0.215
=me =spraseval | weight=0.213
=isto =fotografije | weight=0.210
=isto | weight=0.201
=so =od | weight=0.200
=razlicnim | weight=0.197
=vsak =nov | weight=0.194
=ze =tretjic | weight=0.194
=na =nov | weight=0.192
=prosnjo | weight=0.192
=referent | weight=0.187
=se =enkrat | weight=0.185
=zacetka | weight=0.185
=sem =povedal | weight=0.184
=znova | weight=0.184
=ze =pet | weight=0.183
=enkrat =pove | weight=0.178
=ker =prejsnji | weight=0.175
=diktiral =isto | weight=0.171
=moral =vse | weight=0.170
=nov | weight=0.170
=pove =svoje | weight=0.169
=svoje =podatke | weight=0.169
=opisujem | weight=0.169
=opisujem =isto | weight=0.169
=vse =ponovil | weight=0.165
=kot =pokvarjen | weight=0.165
=plosca | weight=0.165
=pokvarjen =plosca | weight=0.165
=ponavljal =se | weight=0.165
=isto =tezav | weight=0.164
=prejsnji | weight=0.160
=se =kot | weight=0.160
=vsak | weight=0.159
=pripovedoval | weight=0.159
=pripovedoval =isto | weight=0.159
=trikrat =pripovedoval | weight=0.159
=spet =vprasal | weight=0.155
=povedal =stevilko | weight=0.154
=spraseval | weight=0.154
=sem =izpolnil | weight=0.154
=sem =moral | weight=0.154
=opis | weight=0.153
=vse =smo | weight=0.151
=ze =povedal | weight=0.150
=trem =razlicnim | weight=0.149
=pri =vsak | weight=0.148
=cetrtic =opisujem | weight=0.147
=identiteto =kot | weight=0.147
=ker =nimam | weight=0.143
=sem =diktiral | weight=0.143
=ne =pozna | weight=0.142, noneg
=identiteto | weight=0.140
=operaterka | weight=0.140
=moral | weight=0.139
=povedal | weight=0.138
=isto =opis | weight=0.138
=trem | weight=0.138
=celotno | weight=0.137
=stevilko =narocila | weight=0.137
=povedal =ze | weight=0.135
=sem =poslal | weight=0.134
=izpolnil | weight=0.134
=ze =cetrtic | weight=0.133
=pogodbe =so | weight=0.133
=me =sprasuje | weight=0.129
=isto =stvar | weight=0.128
=sprasuje =isto | weight=0.128
=razlozila | weight=0.128
=razlagati =ze | weight=0.127
=za =naslov | weight=0.127
=vsak =me | weight=0.124
=isto =vprasanje | weight=0.123
=ze =dvakrat | weight=0.123
=ze | weight=0.123
=ponavljal | weight=0.121
=vsak =klical | weight=0.121
=kolikor | weight=0.119
=nisem =imel | weight=0.119, noneg
=pet =svetovalec | weight=0.119
=trikrat =sem | weight=0.118
=svoje | weight=0.118
=sogovornik | weight=0.118
=kaj =sem | weight=0.117
=diktiral =vsaj | weight=0.117
=vsaj =stirikrat | weight=0.117
=kolikokrat | weight=0.117
=pove | weight=0.116
=meni =zahtevam | weight=0.115
=od =meni | weight=0.115
=zahtevam =kar | weight=0.115
=v =enem | weight=0.114
=toliko | weight=0.111
=prekopiral | weight=0.110
=enkrat =ker | weight=0.108
=napisal =se | weight=0.108
=prejsnji =sporocilo | weight=0.108
=sporocilo =nisem | weight=0.108, noneg
=razlagati =isto | weight=0.107
=sem =razlagati | weight=0.107
=vprasal =od | weight=0.106
=me =ne | weight=0.106, noneg
=pet =razlicnim | weight=0.106
=razlicnim =sodelavcem | weight=0.106
=so =ga | weight=0.106
=pisarni | weight=0.105
=obrazec =pa | weight=0.105
=naslov =in | weight=0.102
=isto =pritozbo | weight=0.101
=pod =trem | weight=0.101
=razlicnim =usluzbenec | weight=0.101
=pokvarjen | weight=0.100
=cetudi | weight=0.099
=poslal =isto | weight=0.099
=isto =okvaro | weight=0.098
=vas =sistem | weight=0.098
=vsak =mi | weight=0.097
=jim =poslal | weight=0.095
=potekalo | weight=0.094
=je =moral | weight=0.093
=vse =sem | weight=0.092
=spet =me | weight=0.092
=nihce =ni | weight=0.092, noneg
=slike | weight=0.092
=zapisano | weight=0.091
=pogodbe | weight=0.090
=moral =znova | weight=0.089
=moral =vsak | weight=0.089
=sodelavcem | weight=0.089
=nimam =nobene | weight=0.089, noneg
=spet =sm | weight=0.089
=jih | weight=0.087
=posebej | weight=0.085
=vsak =posebej | weight=0.085
=moral =nastevati | weight=0.085
=nastevati | weight=0.085
=nastevati =vse | weight=0.085
=dvema | weight=0.083
=je =vprasal | weight=0.083
=sprasuje | weight=0.083
=sem =trikrat | weight=0.083
=ze =trikrat | weight=0.083
=treh | weight=0.083
=zgodovino | weight=0.083
=opisoval | weight=0.081
=jih =ze | weight=0.081
=pojasnila | weight=0.080
=vsak =je | weight=0.079
=ze =vceraj | weight=0.079
=spet | weight=0.078
=ni =vedel | weight=0.078, noneg
=zahtevam | weight=0.078
=hoteli =da | weight=0.078
=vse =razlozila | weight=0.077
=sem =prek | weight=0.075
=v =treh | weight=0.075
=vsakic =znova | weight=0.075
=ne =zapise | weight=0.072, noneg
=dne | weight=0.071
=ponovil | weight=0.071
=pet | weight=0.070
=stvar =kot | weight=0.070
=isto =podatke | weight=0.070
=vsakic =drugi | weight=0.069
=preverim | weight=0.069
=in =opis | weight=0.069
=sem =jih | weight=0.069
=nov =referent | weight=0.068
=posiljam =isto | weight=0.068
=jih =nihce | weight=0.067, noneg
=in =vsak | weight=0.067
=kaze =na | weight=0.067
=ponovil =od | weight=0.066
=vsak =sem | weight=0.066
=posredovati | weight=0.066
=hocem =vse | weight=0.065
=operaterka =hocem | weight=0.065
=podatke =na | weight=0.065
=vsak =operaterka | weight=0.065
=nov =agent | weight=0.065
=zahtevam =se | weight=0.065
=gluha =osebo | weight=0.065
=stevilko | weight=0.065
=pojasnjevati | weight=0.064
=vse =racun | weight=0.063
=je =hoteli | weight=0.063
=agent =me | weight=0.063
=je =spet | weight=0.062
=kot =gluha | weight=0.062
=trikrat | weight=0.062
=zdaj =jih | weight=0.061
=ker =nihce | weight=0.061, noneg
=osebo =sem | weight=0.060
=pogodbe =sem | weight=0.060
=isto =sem | weight=0.060
=in =spet | weight=0.060
=da =jim | weight=0.059
=poslal =k | weight=0.059
=znova =razlagati | weight=0.059
=vceraj | weight=0.057
=sosednjega | weight=0.057
=pritozbo =sem | weight=0.057
=tretjic | weight=0.056
=vse =podatke | weight=0.056
=ocetu =sva | weight=0.056
=z =ocetu | weight=0.056
=pet =ljudi | weight=0.056
=enem | weight=0.056
=telefonu =in | weight=0.055
=moral =obnoviti | weight=0.055
=obnoviti | weight=0.055
=obnoviti =celotno | weight=0.055
=primer | weight=0.055
=podatke =ker | weight=0.054
=naj =se | weight=0.054
=ljudi =sem | weight=0.053
=povedal =isto | weight=0.053
=ob =vsak | weight=0.053
=fotografije =racun | weight=0.053
=pod | weight=0.051
=se =v | weight=0.051
=ponovno | weight=0.051
=spet =so | weight=0.050
=tretji =dan | weight=0.050
=tretji | weight=0.050
=stvar | weight=0.050
=nov =operater | weight=0.049
=usluzbenec | weight=0.049
=narocila | weight=0.049
=opis =okvaro | weight=0.048
=ze =trem | weight=0.048
=spet =od | weight=0.048
=ker =jih | weight=0.047
=sm | weight=0.047
=tretjic =sem | weight=0.047
=si =nihce | weight=0.046, noneg
=znova =diktiral | weight=0.046
=dvakrat | weight=0.046
=nula | weight=0.046
=prilepil | weight=0.046
=opis =ze | weight=0.045
=v =vas | weight=0.045
=kar =trikrat | weight=0.044
=sva | weight=0.044
=nisem =priznam | weight=0.044, noneg
=izprasuje | weight=0.044
=izprasuje =o | weight=0.044
=me =znova | weight=0.044
=naslednji =agent | weight=0.044
=o =isto | weight=0.044
=vsak =naslednji | weight=0.044
=znova =izprasuje | weight=0.044
=okvaro =nov | weight=0.043
=mislim =sem | weight=0.043
=je =poslal | weight=0.043
=celo =zgodbo | weight=0.043
=je =povedal | weight=0.042
=vsakic =sem | weight=0.042
=kjer | weight=0.042
=osebo | weight=0.041
=celotno =zgodbo | weight=0.041
=da =moral | weight=0.041
=jih =zahtevam | weight=0.040
=ni =prispel | weight=0.040, noneg
=v =sistem | weight=0.040
=operater =vsak | weight=0.040
=moral =povedal | weight=0.040
=vozicku =sem | weight=0.039
=dan =se | weight=0.038
=vse =od | weight=0.038
=je =naj | weight=0.038
=ki =sem | weight=0.038
=drugi =agent | weight=0.038
=referentka | weight=0.038
=potem =drugi | weight=0.037
=izplacilo | weight=0.037
=moral =ob | weight=0.037
=da =me | weight=0.036
=nobene | weight=0.036, noneg
=petkrat | weight=0.035
=naj =je | weight=0.035
=sem =vam | weight=0.035
=invalidskem | weight=0.035
=invalidskem =vozicku | weight=0.035
=in =celo | weight=0.035
=narekovati | weight=0.035
=narekovati =stevilko | weight=0.035
=znova =narekovati | weight=0.035
=je =zacela | weight=0.035
=poslal | weight=0.034
=paket =pa | weight=0.034
=na =oddelek | weight=0.033
=nikjer | weight=0.033, noneg
=stirikrat | weight=0.033
=na =pogosta | weight=0.033
=cetrtic | weight=0.032
=ki =nisem | weight=0.032, noneg
=primer =ni | weight=0.032, noneg
=babica =je | weight=0.032
=naslov | weight=0.032
=normalno =da | weight=0.031
=vsakic =nov | weight=0.031
=da =imajo | weight=0.031
