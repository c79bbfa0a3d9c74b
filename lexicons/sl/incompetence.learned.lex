# incompetence, sl: learned by scripts/learn.py from 2816 tuning texts (130 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ ocitno nimajo pojma kaj prodajajo
+ Ocitno ni izsolana za to delo, ta gospa.
+ Agentka mi pošlje navodila za čisto drug ruter.
- Ovadili vas bomo.
- nihce mi ni odpisal
=ni =znal | weight=0.694, noneg
=ni =vedel | weight=0.592, noneg
=predpisi | weight=0.375
=ne =ve | weight=0.372, noneg
=kako =se | weight=0.371
=nekaj =drugi | weight=0.353
=ugibal | weight=0.350
=ne =zna | weight=0.346, noneg
=informacije | weight=0.343
=znanja | weight=0.326
=nisem =izsolani | weight=0.320, noneg
=zmotila | weight=0.320
=vzroka | weight=0.296
=rekli =eno | weight=0.296
=razlicnim =odgovor | weight=0.287
=ni =imel | weight=0.281, noneg
=nasprotujejo | weight=0.281
=ocitno =ni | weight=0.275, noneg
=trije | weight=0.274
=zaposleni | weight=0.273
=adapter | weight=0.270
=kaj =je | weight=0.270
=operater =sploh | weight=0.265
=jih =prodaja | weight=0.263
=kaj =zdaj | weight=0.263
=osnovnega | weight=0.261
=je =sele | weight=0.258
=svetovalec =ni | weight=0.255, noneg
=ceniku | weight=0.252
=informacije =o | weight=0.251
=kje =je | weight=0.247
=napacen | weight=0.246
=navodila | weight=0.242
=ni =znasel | weight=0.241, noneg
=pove =nekaj | weight=0.238
=napacen =paket | weight=0.238
=razlicnim | weight=0.233
=svetovalec | weight=0.232
=ki =jih | weight=0.228
=navajala | weight=0.228
=razveljavljeno | weight=0.228
=razveljavljeno =uredbo | weight=0.228
=prodajalec | weight=0.227
=ni =spoznam | weight=0.225, noneg
=je =skomignil | weight=0.222
=kje | weight=0.221
=prestavljali | weight=0.218
=nimam =pojma | weight=0.217
=pojma | weight=0.217
=eno | weight=0.216
=uredbo | weight=0.212
=svetovalka =se | weight=0.212
=nobene =vprasanje | weight=0.211, noneg
=instalater | weight=0.206
=drugi =da | weight=0.206
=nihce =mi | weight=0.206, noneg
=napacen =navodila | weight=0.204
=na =nobene | weight=0.204, noneg
=prodajalec =ni | weight=0.203, noneg
=vodovoda | weight=0.201
=bil =popolnoma | weight=0.200
=vsak =mi | weight=0.199
=je =zmede | weight=0.199
=popolnoma | weight=0.198
=o =garancija | weight=0.197
=tarife | weight=0.197
=napacen =adapter | weight=0.196
=izracun | weight=0.195
=kolega | weight=0.193
=da =drugi | weight=0.192
=pove =svoje | weight=0.192
=tehnik =se | weight=0.192
=nisem =imel | weight=0.190, noneg
=zamenjati | weight=0.190
=ne =vejo | weight=0.189, noneg
=vas =ljudje | weight=0.189
=vejo =nic | weight=0.189, noneg
=zaposleni =so | weight=0.189
=svetovalka | weight=0.188
=znesek =za | weight=0.187
=nisem =vedel | weight=0.186, noneg
=sploh =ni | weight=0.185, noneg
=okvaro =ze | weight=0.184
=mehanik | weight=0.184
=ne =najdem | weight=0.184, noneg
=drugi =dela | weight=0.184
=priklop | weight=0.183
=kdo =pri | weight=0.182
=sele =spraseval | weight=0.182
=spraseval =kolega | weight=0.182
=vas =pogodbe | weight=0.182
=vas =mail | weight=0.181
=so =bil | weight=0.180
=po =mesec | weight=0.179
=ta | weight=0.179
=referentka =ni | weight=0.178, noneg
=veljavnimi =predpisi | weight=0.178
=zmede | weight=0.176
=ve | weight=0.174
=osnovnega =znanja | weight=0.174
=stevca | weight=0.174
=poslovalnici =zmotila | weight=0.173
=dela | weight=0.168
=skomignil | weight=0.167
=kaj =ve | weight=0.165
=vas =kaj | weight=0.165
=za =dva | weight=0.165
=vpisal =narobe | weight=0.165
=drugi =informacije | weight=0.164
=referent | weight=0.164
=obnasal | weight=0.164
=dali | weight=0.163
=cisto =nasprotno | weight=0.163
=drugi =nihce | weight=0.162, noneg
=povedati | weight=0.161
=ne =znajo | weight=0.161, noneg
=drzal | weight=0.161
=razlagal =o | weight=0.161
=eno =v | weight=0.160
=nic =o | weight=0.160, noneg
=ne =spoznam | weight=0.159, noneg
=datum =dostava | weight=0.159
=totalno | weight=0.159
=ljudje =ne | weight=0.158, noneg
=povsem =drugi | weight=0.157
=referentka | weight=0.157
=prvic | weight=0.156
=dobil =sem | weight=0.155
=najbolj | weight=0.154
=nasprotno | weight=0.154
=pove | weight=0.154
=dva =razlicnim | weight=0.153
=ali =sploh | weight=0.152
=se =sploh | weight=0.152
=ocitno | weight=0.152
=ponavljal =je | weight=0.152
=serviser | weight=0.152
=je =pri | weight=0.151
=dni =drugi | weight=0.149
=ni =poznal | weight=0.149, noneg
=samo =enega | weight=0.147
=eno =drugi | weight=0.147
=jo =se | weight=0.146
=prekinjena | weight=0.146
=na =klical | weight=0.146
=napacen =podatke | weight=0.146
=povsem | weight=0.145
=ima | weight=0.145
=tehnik =ni | weight=0.145, noneg
=znanja =o | weight=0.144
=se =v | weight=0.144
=ti =nekaj | weight=0.144
=nobeden =ni | weight=0.143, noneg
=veljavnimi | weight=0.143
=komunale =mi | weight=0.141
=sem =tri | weight=0.141
=o =telefonu | weight=0.141
=podpora | weight=0.140
=o =napacen | weight=0.140
=je =vse | weight=0.140
=usmerjevalnik | weight=0.140
=prodajalka | weight=0.139
=vsakic =je | weight=0.139
=do =let | weight=0.139
=imam =vezave | weight=0.139
=vezave =do | weight=0.139
=guglal | weight=0.138
=navodila =za | weight=0.138
=serviser =je | weight=0.138
=ruter | weight=0.138
=prodajalka =se | weight=0.137
=je =kot | weight=0.137
=centru =so | weight=0.137
=obroke | weight=0.137
=podpora =je | weight=0.136
=na =podpora | weight=0.136
=vse =urejeno | weight=0.135
=pogodbe =pa | weight=0.135
=naslov =in | weight=0.135
=kot =prvic | weight=0.134
=obratno =kot | weight=0.134
=povedati =ravnali | weight=0.134
=ravnali =obratno | weight=0.134
=za =ta | weight=0.134
=nihce =v | weight=0.133, noneg
=prodaja | weight=0.133
=sosed | weight=0.133
=povedati =nekaj | weight=0.132
=popolnoma =zgresene | weight=0.132
=zgresene | weight=0.132
=se =nastavil | weight=0.132
=zamesala | weight=0.131
=kateri | weight=0.131
=racun =z | weight=0.130
=drugi =je | weight=0.130
=en =svetovalec | weight=0.130
=agent | weight=0.130
=posti =so | weight=0.130
=racunalnika =in | weight=0.129
=bi =lahko | weight=0.129
=v =klicnem | weight=0.128
=obratno | weight=0.128
=mlada | weight=0.128
=mi =ne | weight=0.128, noneg
=pa =cisto | weight=0.127
=vedno =zaracunavate | weight=0.127
=kaj =bi | weight=0.126
=ne =poznal | weight=0.125, noneg
=novinec | weight=0.125
=ocitno =novinec | weight=0.125
=zmeden =in | weight=0.125
=moja =racun | weight=0.124
=agent =ni | weight=0.124, noneg
=drugi =pa | weight=0.124
=samo =ponavljal | weight=0.124
=se =po | weight=0.123
=ni =nic | weight=0.123, noneg
=nicesar | weight=0.123, noneg
=plosca | weight=0.123
=najin =problem | weight=0.122
=mogoce =da | weight=0.122
=teden =nihce | weight=0.122, noneg
=nula | weight=0.121
=kaksna | weight=0.121
=izdelek | weight=0.121
=aktivira | weight=0.120
=komunale | weight=0.120
=vedel =nic | weight=0.120, noneg
=podpora =so | weight=0.120
=nastavitve | weight=0.119
=tri =razlicnim | weight=0.119
=prodajal | weight=0.119
=ocitno =nimam | weight=0.118
=pojma =kaj | weight=0.118
=preprosto | weight=0.118
=pet =dni | weight=0.117
=bom =zamenjati | weight=0.116
=zamenjati =banki | weight=0.116
=povedati =so | weight=0.116
=poslal =navodila | weight=0.115
=za =cisto | weight=0.115
=nihce =nic | weight=0.115, noneg
=najin | weight=0.114
=posti =nihce | weight=0.114, noneg
=telefonu =ki | weight=0.113
=predcasni | weight=0.112
=mi =zaracunali | weight=0.112
=mamo =bom | weight=0.112
=a =drugi | weight=0.111
=b | weight=0.111
=b =tretji | weight=0.111
=c | weight=0.111
=drugi =b | weight=0.111
=en =mi | weight=0.111
=recem =a | weight=0.111
=tretji =c | weight=0.111
=drugi | weight=0.111
=samo =brala | weight=0.111
=mi =ze | weight=0.111
=trije =razlicnim | weight=0.110
=spremeniti | weight=0.109
=banki =ker | weight=0.109
=ze =pri | weight=0.108
=guglal =kako | weight=0.108
=na =nov | weight=0.107
=usluzbenka =je | weight=0.106
=mehanik =je | weight=0.105
=ker =me | weight=0.105
=dela =vzroka | weight=0.105
=je =vseeno | weight=0.105
=vsak =na | weight=0.105
=koncu =priznam | weight=0.104
=ni =locil | weight=0.104, noneg
=nasprotujoca | weight=0.104
=nasprotujoca =si | weight=0.104
=navodila =glede | weight=0.103
=da =ni | weight=0.102, noneg
=ker =ji | weight=0.102
=me =vsak | weight=0.102
=kredita | weight=0.102
=prestavljali =k | weight=0.101
=sluzba =ki | weight=0.101
=napacen =informacije | weight=0.101
=poskusili =znova | weight=0.099
=na =posti | weight=0.099
=preklic | weight=0.099
=da =imam | weight=0.098
=moz =so | weight=0.098
=dali =dva | weight=0.098
=nobeden | weight=0.098, noneg
=prodajalec =se | weight=0.097
=datum | weight=0.096
=kje =se | weight=0.096
=cisto | weight=0.096
=vsak =operater | weight=0.096
=sem =zamudo | weight=0.095
=ni =odkrito | weight=0.095, noneg
=vsakic =zamenjati | weight=0.095
=zamenjati =drugi | weight=0.095
=se =ni | weight=0.095, noneg
=sledenje | weight=0.095
=ceno =na | weight=0.094
=se =ne | weight=0.093, noneg
=tocke | weight=0.093
=sem =ce | weight=0.092, noneg
=zmeden | weight=0.092
=drugi =in | weight=0.092
=in =zamenjati | weight=0.091
=dobave | weight=0.090
=paket =ki | weight=0.090
=se =paket | weight=0.089
=pokazal =kje | weight=0.089
=je =kolega | weight=0.089
=ropota | weight=0.089
=vedno =ropota | weight=0.089
=klical =so | weight=0.089
=tej | weight=0.089
=drugi =ruter | weight=0.088
=je =tam | weight=0.088
=ti | weight=0.088
=postavil | weight=0.088
=kaj =storiti | weight=0.088
=obdelavi | weight=0.087
=v =obdelavi | weight=0.087
=dali =napacen | weight=0.087
=drugace | weight=0.087
=kolegici | weight=0.086
=agentka =mi | weight=0.086
=ni =razumem | weight=0.085, noneg
=ljudje | weight=0.085
=dva =zaposleni | weight=0.085
=kje =sploh | weight=0.085
=prepirala =kje | weight=0.085
=se =prepirala | weight=0.085
=zaposleni =sta | weight=0.085
=placujem | weight=0.085
=brskal | weight=0.085
=velja | weight=0.085
=v =paket | weight=0.084
=sta =mi | weight=0.084
=kaj | weight=0.084
=kateri =sem | weight=0.084
=storiti | weight=0.084
=napacen =ceno | weight=0.083
=vsakic =drugi | weight=0.083
=preverim | weight=0.083
=en | weight=0.083
=pa =ne | weight=0.082, noneg
=urejeno | weight=0.082
=nisem | weight=0.082, noneg
=vsak | weight=0.082
=naj =verjamem | weight=0.082
=verjamem | weight=0.082
=prodajalec =nimam | weight=0.081
=nekaj =ki | weight=0.080
=agentka | weight=0.080
=tarifni =paket | weight=0.080
=so =se | weight=0.080
=na =info | weight=0.080
=odgovor =nihce | weight=0.079, noneg
=agent =je | weight=0.079
=je =mogoce | weight=0.079
=program | weight=0.079
=na =dveh | weight=0.078
=je =varovalka | weight=0.078
=varovalka | weight=0.078
=nastavil =router | weight=0.077
=blagajni | weight=0.077
=mi =vklopiti | weight=0.077
=vklopiti =napacen | weight=0.077
=sploh =je | weight=0.077
=zaracunavate | weight=0.077
=klical =pa | weight=0.077
=trgovini =ni | weight=0.077, noneg
=info | weight=0.076
=ponastaviti | weight=0.076
=veze | weight=0.076
=eden =pravi | weight=0.076
=na =koncu | weight=0.076
=ki =nisem | weight=0.076, noneg
=dvakrat =in | weight=0.076
=dali =so | weight=0.075
=adapter =saj | weight=0.075
=izdan =neustrezen | weight=0.075
=mi =izdan | weight=0.075
=neustrezen | weight=0.075
=neustrezen =adapter | weight=0.075
=saj =prodajalec | weight=0.075
=naslov =pa | weight=0.074
=sistem =spremeniti | weight=0.074
=usluzbenec =so | weight=0.074
=preklapljali | weight=0.074
=razliko =med | weight=0.073
=jedi | weight=0.073
=pa =ni | weight=0.073, noneg
=agent =se | weight=0.072
=problem | weight=0.072
=dobil =so | weight=0.072
=informacije =ki | weight=0.072
=jih =dobil | weight=0.072
