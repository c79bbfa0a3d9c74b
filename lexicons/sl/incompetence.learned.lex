# incompetence, sl: learned by scripts/learn.py from 2314 tuning texts (97 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ocitno ni izsolana za to delo, ta gospa.
+ Agentka mi pošlje navodila za čisto drug ruter.
+ Svetovalci niso vedeli, kako se paket prekliče.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=ni =znal | weight=0.527, noneg
=kako =se | weight=0.449
=ni =vedel | weight=0.443, noneg
=predpisi | weight=0.382
=ne =zna | weight=0.358, noneg
=ugibal | weight=0.340
=nisem =izsolani | weight=0.330, noneg
=nekaj =drugi | weight=0.329
=trije | weight=0.323
=znanja | weight=0.323
=vzroka | weight=0.310
=zaposleni | weight=0.292
=svetovalec | weight=0.292
=pove =nekaj | weight=0.292
=ocitno =ni | weight=0.290, noneg
=ne =ve | weight=0.282, noneg
=informacije =o | weight=0.276
=kaj =je | weight=0.274
=informacije | weight=0.272
=napacen | weight=0.269
=ni =imel | weight=0.263, noneg
=o =garancijo | weight=0.261
=kaj =zdaj | weight=0.260
=ceniku | weight=0.256
=operater =sploh | weight=0.255
=adapter | weight=0.251
=prodajalec | weight=0.248
=kolo | weight=0.247
=jih =prodaja | weight=0.246
=ni =znasel | weight=0.245, noneg
=osnovnega | weight=0.244
=dali | weight=0.232
=navajala | weight=0.231
=razveljavljeno | weight=0.231
=razveljavljeno =uredbo | weight=0.231
=kje | weight=0.229
=je =skomignil | weight=0.229
=nisem =imel | weight=0.223, noneg
=svetovalka =se | weight=0.221
=kje =je | weight=0.220
=ni =spoznate | weight=0.219, noneg
=priklopil | weight=0.219
=prestavljali | weight=0.217
=svetovalka | weight=0.217
=uredbo | weight=0.217
=razlicnim =odgovor | weight=0.216
=instalater | weight=0.216
=sele =spraseval | weight=0.213
=spraseval =kolo | weight=0.213
=zaposleni =so | weight=0.213
=razlicnim | weight=0.209
=ki =jih | weight=0.209
=nihce =mi | weight=0.204, noneg
=napacen =navodila | weight=0.202
=na =nobene | weight=0.200, noneg
=napacen =paket | weight=0.200
=razlagati =o | weight=0.200
=svetovalec =ni | weight=0.196, noneg
=popolnoma | weight=0.196
=zamenjal | weight=0.195
=povsem | weight=0.193
=vas =pogodbe | weight=0.193
=okvaro =ze | weight=0.190
=ima | weight=0.190
=drugi =dela | weight=0.190
=tehnik =se | weight=0.188
=prodajalka | weight=0.186
=prodajalec =ni | weight=0.186, noneg
=poslovalnici =zmotil | weight=0.185
=tarife | weight=0.184
=eno =drugi | weight=0.184
=referentka =ni | weight=0.183, noneg
=veljavnimi =predpisi | weight=0.183
=eno | weight=0.181
=napacen =adapter | weight=0.179
=po =mesec | weight=0.177
=povsem =drugi | weight=0.177
=ne =najdem | weight=0.174, noneg
=dela | weight=0.173
=serviser | weight=0.173
=ne =spoznate | weight=0.172, noneg
=bil =popolnoma | weight=0.171
=drzal | weight=0.171
=se =sploh | weight=0.171
=kdo =pri | weight=0.170
=referent | weight=0.170
=referentka | weight=0.169
=obnasal | weight=0.169
=osnovnega =znanja | weight=0.166
=nastavitev | weight=0.165
=o =napacen | weight=0.165
=preprosto | weight=0.164
=cisto | weight=0.163
=drugi =nihce | weight=0.162, noneg
=ve | weight=0.161
=zmotil | weight=0.161
=nisem =vedel | weight=0.160, noneg
=povedal | weight=0.160
=na =klical | weight=0.158
=ta | weight=0.157
=prvic | weight=0.156
=en | weight=0.155
=mi =ne | weight=0.155, noneg
=je =kot | weight=0.155
=kolegici | weight=0.153
=zmeden =in | weight=0.151
=veljavnimi | weight=0.150
=vpisal =narobe | weight=0.149
=napacen =podatke | weight=0.148
=kaj =ve | weight=0.146
=vas =kaj | weight=0.146
=povedal =so | weight=0.146
=ocitno | weight=0.145
=povedal =nekaj | weight=0.144
=znanja =o | weight=0.144
=skomignil | weight=0.143
=cisto =drugi | weight=0.141
=prodajalka =se | weight=0.141
=navodila =za | weight=0.140
=kdo =je | weight=0.137
=nimam =pojma | weight=0.135
=pojma | weight=0.135
=bi =lahko | weight=0.135
=ali =sploh | weight=0.135
=drugi =da | weight=0.134
=datum | weight=0.134
=prodajalec =se | weight=0.134
=ni =pozna | weight=0.133, noneg
=trije =razlicnim | weight=0.133
=dni =drugi | weight=0.133
=vse =urejeno | weight=0.133
=za =ta | weight=0.132
=drugi =pa | weight=0.132
=rekli =eno | weight=0.131
=navodila | weight=0.131
=mlada | weight=0.131
=kaksna | weight=0.130
=kot =prvic | weight=0.130
=obratno =kot | weight=0.130
=povedal =ravnali | weight=0.130
=ravnali =obratno | weight=0.130
=do =let | weight=0.129
=imam =vezave | weight=0.129
=vezave =do | weight=0.129
=prodaja | weight=0.129
=drugi | weight=0.128
=bom =zamenjal | weight=0.127
=zamenjal =banki | weight=0.127
=se =v | weight=0.126
=o =telefonu | weight=0.125
=racunalnika =in | weight=0.125
=ruter | weight=0.125
=pogodbe =pa | weight=0.125
=kateri | weight=0.124
=obratno | weight=0.123
=mama =bom | weight=0.123
=ne =pozna | weight=0.123, noneg
=blagajni | weight=0.123
=naj =verjamem | weight=0.122
=verjamem | weight=0.122
=ni =nic | weight=0.122, noneg
=plosca | weight=0.122
=kaj | weight=0.122
=je =sele | weight=0.122
=dela =vzroka | weight=0.121
=se =po | weight=0.121
=program | weight=0.120
=banki =ker | weight=0.120
=zmeden | weight=0.120
=vsak =na | weight=0.120
=ze =pri | weight=0.119
=zmede | weight=0.119
=klical =so | weight=0.118
=mehanik | weight=0.118
=na =dveh | weight=0.118
=nula | weight=0.117
=prodajal | weight=0.116
=pa =ni | weight=0.116, noneg
=se =nastavil | weight=0.115
=se =ni | weight=0.114, noneg
=samo =bral | weight=0.114
=telefonu =ki | weight=0.113
=pristojen | weight=0.112
=poslal =navodila | weight=0.111
=za =cisto | weight=0.111
=napacen =informacije | weight=0.110
=izdelek | weight=0.110
=navodila =glede | weight=0.110
=paket =ki | weight=0.110
=niti | weight=0.109
=vsak =operater | weight=0.108
=sem =zamudo | weight=0.108
=usluzbenka =je | weight=0.107
=jedi | weight=0.106
=da =imam | weight=0.106
=da =ni | weight=0.105, noneg
=je =vse | weight=0.105
=koncu =priznam | weight=0.105
=kje =se | weight=0.103
=drugi =je | weight=0.103
=en =svetovalec | weight=0.103
=in =zamenjal | weight=0.102
=posredovati | weight=0.102
=poskusal =znova | weight=0.101
=so =se | weight=0.101
=preverim | weight=0.101
=a =drugi | weight=0.101
=b | weight=0.101
=b =tretji | weight=0.101
=c | weight=0.101
=drugi =b | weight=0.101
=en =mi | weight=0.101
=recem =a | weight=0.101
=tretji =c | weight=0.101
=nasprotujoca | weight=0.100
=nasprotujoca =si | weight=0.100
=je =vseeno | weight=0.100
=tej | weight=0.100
=sploh =ni | weight=0.100, noneg
=mi =dali | weight=0.099
=serviser =je | weight=0.098
=aktivira | weight=0.098
=vedel =nic | weight=0.097, noneg
=njega | weight=0.097
=preklic | weight=0.096
=odgovor =nihce | weight=0.096, noneg
=nisem | weight=0.096, noneg
=je =varovalka | weight=0.094
=novinca | weight=0.094
=ocitno =novinca | weight=0.094
=varovalka | weight=0.094
=ni =odkrito | weight=0.094, noneg
=vsakic =zamenjal | weight=0.094
=zamenjal =drugi | weight=0.094
=je =povedal | weight=0.093
=kateri =sem | weight=0.093
=pet =dni | weight=0.093
=ker =me | weight=0.093
=vezave | weight=0.093
=najin =problem | weight=0.092
=urejeno | weight=0.092
=usmerjevalnik | weight=0.092
=priznam =da | weight=0.091
=drugi =sluzba | weight=0.090
=prestavljali =k | weight=0.090
=sluzba =ki | weight=0.090
=me =vsak | weight=0.090
=drugi =ruter | weight=0.090
=svetovalka =je | weight=0.089
=nekaj =ki | weight=0.089
=vas =agent | weight=0.087
=agentka =mi | weight=0.087
=brskal | weight=0.087
=moz =so | weight=0.087
=ni =locil | weight=0.086, noneg
=dobil =sem | weight=0.086
=in =tja | weight=0.086
=sem =in | weight=0.086
=tocke | weight=0.086
=najin | weight=0.085
=je =kolo | weight=0.085
=vsakic =drugi | weight=0.085
=postavil | weight=0.084
=mi =zaracunali | weight=0.083
=vsak =mi | weight=0.082
=paket =se | weight=0.082
=poskusal | weight=0.082
=spraseval | weight=0.082
=sploh =kdo | weight=0.081
=cisto =nasprotno | weight=0.080
=drugi =cisto | weight=0.080
=en =operater | weight=0.080
=tiskalnik | weight=0.080
=svetovalec =mi | weight=0.080
=garancijo =mi | weight=0.080
=narobe | weight=0.080
=v =lekarni | weight=0.079
=prodajalec =nimam | weight=0.079
=trikrat =sem | weight=0.079
=dva =zaposleni | weight=0.079
=kje =sploh | weight=0.079
=prepirala =kje | weight=0.079
=se =prepirala | weight=0.079
=sploh =je | weight=0.079
=zaposleni =sta | weight=0.079
=dali =napacen | weight=0.078
=naslov =pa | weight=0.078
=ni =naslov | weight=0.078, noneg
=sistem =spremeniti | weight=0.078
=sta | weight=0.078
=vrnili =brez | weight=0.077, noneg
=je =pogledal | weight=0.077
=tega =ali | weight=0.077
=guglal | weight=0.077
=guglal =kako | weight=0.077
=se =ne | weight=0.076, noneg
=lekarni | weight=0.076
=tja | weight=0.076
=sestra =je | weight=0.075
=brez =odgovor | weight=0.075, noneg
=pokazal =kje | weight=0.075
=nastavil =router | weight=0.075
=sta =bil | weight=0.074
=je =prodaja | weight=0.074
=fant =za | weight=0.074
=sem =izgubila | weight=0.073
=tehnik =je | weight=0.072
=podatke | weight=0.072
=sem =dobil | weight=0.072
=adapter =saj | weight=0.072
=izdan =neustrezen | weight=0.072
=mi =izdan | weight=0.072
=neustrezen | weight=0.072
=neustrezen =adapter | weight=0.072
=saj =prodajalec | weight=0.072
=tri =razlicnim | weight=0.072
=da =nihce | weight=0.072, noneg
=vsakic =sem | weight=0.072
=ceno =na | weight=0.071
=in =je | weight=0.071
=router | weight=0.071
=na =koncu | weight=0.071
=koncu =so | weight=0.071
=ki =ga | weight=0.070
=sem =vprasal | weight=0.070
=drugi =model | weight=0.070
=model =usmerjevalnik | weight=0.070
=napotnico | weight=0.070
=nasprotno | weight=0.070
=zaradi =cesar | weight=0.069
=dviga | weight=0.068
=vprasanje =je | weight=0.068
=rok =dobave | weight=0.068
=na =info | weight=0.068
=pa =ne | weight=0.067, noneg
=da =so | weight=0.067
=kljub =trem | weight=0.067
=trem =obisku | weight=0.067
=velja | weight=0.067
=svetovalec =so | weight=0.066
=se =vrnili | weight=0.066
=ze =tretjic | weight=0.066
=tarifni =paket | weight=0.066
=so =mi | weight=0.066
=operater | weight=0.065
=pogledal | weight=0.065
=izbrisal | weight=0.065
=izbrisal =vse | weight=0.065
=od =vas | weight=0.065
=ocitno =vas | weight=0.065
=agent =ni | weight=0.064, noneg
=je =z | weight=0.064
=ki =nisem | weight=0.064, noneg
=info | weight=0.064
=usluzbenec =so | weight=0.063
=veze | weight=0.063
=v =pogodbe | weight=0.063
=je =trdi | weight=0.062
=drugi =in | weight=0.062
=po =prirocnika | weight=0.061
=v =sistem | weight=0.061
=napacen =ceno | weight=0.061
=izdan | weight=0.061
=zaposleni =v | weight=0.060
=internet =se | weight=0.060
=mi =v | weight=0.060
=dni =brez | weight=0.059, noneg
=to =ne | weight=0.059, noneg
=ali =so | weight=0.059
=me =med | weight=0.059
=med =trgovini | weight=0.059
=ni =poslal | weight=0.059, noneg
=pokazal | weight=0.059
=vpisal | weight=0.059
=slisal | weight=0.059
=napaka =pa | weight=0.058
=vsak | weight=0.058
=rok =za | weight=0.058
=mogoce =dve | weight=0.058
=moja =problem | weight=0.057
=problem | weight=0.057
=rok | weight=0.057
=skodo | weight=0.057
=kaj =torej | weight=0.057
=recem | weight=0.057
=brez =resitev | weight=0.057, noneg
=vprasal =sem | weight=0.056
=izplacilo | weight=0.056
=agent =mi | weight=0.056
=okencu =so | weight=0.055
=dobave | weight=0.055
=je =po | weight=0.055
=sestra | weight=0.055
=sem =napacen | weight=0.055
=vprasanje =o | weight=0.055
=pisete | weight=0.054
=kartico =mi | weight=0.054
=cesar | weight=0.053
=vedno =nimam | weight=0.052
=pisem =da | weight=0.052
