# incompetence, sl: learned by scripts/learn.py from 2594 tuning texts (108 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ocitno ni izsolana za to delo, ta gospa.
+ Agentka mi pošlje navodila za čisto drug ruter.
+ Svetovalci niso vedeli, kako se paket prekliče.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=ni =znal | weight=0.558, noneg
=ni =vedel | weight=0.544, noneg
=kako =se | weight=0.430
=predpisi | weight=0.376
=ne =ve | weight=0.360, noneg
=nekaj =drugi | weight=0.337
=ugibal | weight=0.327
=nisem =izsolani | weight=0.326, noneg
=znanja | weight=0.324
=ne =zna | weight=0.314, noneg
=trije | weight=0.310
=vzroka | weight=0.306
=informacije =o | weight=0.294
=pove =nekaj | weight=0.288
=ocitno =ni | weight=0.287, noneg
=zaposleni | weight=0.274
=kaj =je | weight=0.272
=ceniku | weight=0.272
=operater =sploh | weight=0.267
=kaj =zdaj | weight=0.267
=adapter | weight=0.263
=osnovnega | weight=0.261
=informacije | weight=0.260
=napacen | weight=0.258
=jih =prodaja | weight=0.257
=svetovalec | weight=0.254
=ni =imel | weight=0.252, noneg
=o =garancijo | weight=0.247
=kje =je | weight=0.247
=ni =znasel | weight=0.239, noneg
=kolega | weight=0.236
=svetovalec =ni | weight=0.233, noneg
=navajala | weight=0.232
=razveljavljeno | weight=0.232
=razveljavljeno =uredbo | weight=0.232
=prodajalec | weight=0.231
=ki =jih | weight=0.226
=nisem =imel | weight=0.224, noneg
=je =skomignil | weight=0.223
=kje | weight=0.221
=svetovalka =se | weight=0.218
=razlicnim | weight=0.215
=ni =spoznate | weight=0.213, noneg
=sele =spraseval | weight=0.212
=spraseval =kolega | weight=0.212
=prestavljali | weight=0.209
=uredbo | weight=0.208
=svetovalka | weight=0.208
=vas =pogodbe | weight=0.202
=instalater | weight=0.200
=na =nobene | weight=0.200, noneg
=priklopil | weight=0.200
=razlicnim =odgovor | weight=0.198
=napacen =navodila | weight=0.198
=popolnoma | weight=0.197
=nihce =mi | weight=0.195, noneg
=znesek =za | weight=0.195
=prodajalec =ni | weight=0.193, noneg
=vodovoda | weight=0.193
=napacen =paket | weight=0.193
=razlagati =o | weight=0.193
=poslovalnici =zmotil | weight=0.191
=okvaro =ze | weight=0.191
=kdo =pri | weight=0.188
=napacen =adapter | weight=0.187
=povedati | weight=0.187
=eno =drugi | weight=0.187
=stevca | weight=0.187
=drzal | weight=0.186
=zaposleni =so | weight=0.186
=tehnik =se | weight=0.185
=drugi =dela | weight=0.185
=povsem =drugi | weight=0.183
=referentka =ni | weight=0.183, noneg
=veljavnimi =predpisi | weight=0.183
=ve | weight=0.182
=eno | weight=0.182
=obnasal | weight=0.179
=ne =najdem | weight=0.179, noneg
=dali | weight=0.178
=se =sploh | weight=0.176
=osnovnega =znanja | weight=0.176
=tarife | weight=0.173
=po =mesec | weight=0.173
=datum | weight=0.171
=je =kot | weight=0.169
=ne =spoznate | weight=0.169, noneg
=agent =ni | weight=0.168, noneg
=zmotil | weight=0.168
=referent | weight=0.168
=o =napacen | weight=0.167
=ne =znajo | weight=0.166, noneg
=povsem | weight=0.166
=dela | weight=0.164
=bil =popolnoma | weight=0.163
=dva =razlicnim | weight=0.163
=prvic | weight=0.163
=ima | weight=0.163
=na =klical | weight=0.163
=ta | weight=0.162
=navodila =za | weight=0.161
=zamenjati | weight=0.161
=kaj =ve | weight=0.160
=vas =kaj | weight=0.160
=nisem =vedel | weight=0.160, noneg
=vpisal =narobe | weight=0.160
=zmeden =in | weight=0.160
=skomignil | weight=0.159
=napacen =podatke | weight=0.158
=prodajalka | weight=0.157
=referentka | weight=0.154
=serviser | weight=0.154
=preprosto | weight=0.153
=veljavnimi | weight=0.152
=vse =urejeno | weight=0.150
=ali =sploh | weight=0.149
=za =dva | weight=0.149
=kateri | weight=0.148
=rekli =eno | weight=0.147
=navodila | weight=0.146
=mi =ne | weight=0.146, noneg
=drugi =nihce | weight=0.146, noneg
=povedati =nekaj | weight=0.145
=prodajalka =se | weight=0.144
=drugi =pa | weight=0.144
=drugi | weight=0.142
=ni =pozna | weight=0.142, noneg
=samo =enega | weight=0.141
=nastavitev | weight=0.139
=mlada | weight=0.139
=ocitno | weight=0.139
=znanja =o | weight=0.138
=komunale =mi | weight=0.137
=povedati =so | weight=0.137
=poslali =navodila | weight=0.136
=za =cisto | weight=0.136
=za =ta | weight=0.136
=ze =pri | weight=0.134
=prodajalec =se | weight=0.133
=vsakic =je | weight=0.133
=drugi =da | weight=0.132
=o =telefonu | weight=0.132
=dni =drugi | weight=0.131
=ruter | weight=0.131
=nimam =pojma | weight=0.131
=pojma | weight=0.131
=izdelek | weight=0.131
=trije =razlicnim | weight=0.128
=zmede | weight=0.128
=se =v | weight=0.128
=do =let | weight=0.127
=imam =vezave | weight=0.127
=vezave =do | weight=0.127
=ne =pozna | weight=0.127, noneg
=zmeden | weight=0.127
=prodaja | weight=0.127
=kot =prvic | weight=0.126
=obratno =kot | weight=0.126
=povedati =ravnali | weight=0.126
=ravnali =obratno | weight=0.126
=racunalnika =in | weight=0.126
=nihce =nic | weight=0.125, noneg
=serviser =je | weight=0.125
=prodajal | weight=0.124
=klical =so | weight=0.124
=kaj =bi | weight=0.124
=naj =verjamem | weight=0.124
=verjamem | weight=0.124
=je =sele | weight=0.123
=se =po | weight=0.123
=pogodbe =pa | weight=0.122
=kaksna | weight=0.121
=bom =zamenjati | weight=0.121
=zamenjati =banki | weight=0.121
=plosca | weight=0.121
=vsak =na | weight=0.121
=obratno | weight=0.120
=dela =vzroka | weight=0.120
=nula | weight=0.120
=kdo =je | weight=0.120
=je =vse | weight=0.119
=mama =bom | weight=0.119
=napacen =informacije | weight=0.119
=so =se | weight=0.118
=banki =ker | weight=0.118
=vsak =operater | weight=0.118
=samo =brala | weight=0.118
=kredita | weight=0.117
=je =vseeno | weight=0.116
=kaj | weight=0.116
=mehanik | weight=0.115
=posti =nihce | weight=0.114, noneg
=se =nastavil | weight=0.114
=spremeniti | weight=0.114
=niti | weight=0.114
=teden =nihce | weight=0.112, noneg
=se =ni | weight=0.112, noneg
=drugi =je | weight=0.111
=en =svetovalec | weight=0.111
=sploh =ni | weight=0.111, noneg
=telefonu =ki | weight=0.111
=bi =lahko | weight=0.111
=posredovati | weight=0.111
=dobave | weight=0.111
=komunale | weight=0.110
=predcasni | weight=0.110
=en | weight=0.110
=mogoce =da | weight=0.110
=dali =dva | weight=0.110
=na =nov | weight=0.109
=usluzbenka =je | weight=0.108
=paket =ki | weight=0.108
=ni =locil | weight=0.107, noneg
=ker =ji | weight=0.107
=da =ni | weight=0.107, noneg
=najin =problem | weight=0.106
=pa =ni | weight=0.105, noneg
=program | weight=0.105
=sem =zamudo | weight=0.104
=tej | weight=0.103
=aktivira | weight=0.103
=sem =ce | weight=0.103, noneg
=njega | weight=0.102
=najin | weight=0.101
=sledenje | weight=0.101
=a =drugi | weight=0.101
=b | weight=0.101
=b =tretji | weight=0.101
=c | weight=0.101
=drugi =b | weight=0.101
=en =mi | weight=0.101
=recem =a | weight=0.101
=tretji =c | weight=0.101
=cisto | weight=0.101
=preklic | weight=0.101
=pet =dni | weight=0.101
=ni =odkrito | weight=0.100, noneg
=vsakic =zamenjati | weight=0.100
=zamenjati =drugi | weight=0.100
=vedel =nic | weight=0.100, noneg
=svetovalka =je | weight=0.099
=urejeno | weight=0.099
=dobil =sem | weight=0.099
=nasprotujoca | weight=0.099
=nasprotujoca =si | weight=0.099
=mi =ze | weight=0.099
=mi =zaracunali | weight=0.098
=navodila =glede | weight=0.098
=vsak =mi | weight=0.097
=narobe | weight=0.097
=pristojen | weight=0.097
=poskusite =znova | weight=0.096
=odgovor =nihce | weight=0.096, noneg
=kje =se | weight=0.093
=wifi | weight=0.093
=je =varovalka | weight=0.093
=novinca | weight=0.093
=ocitno =novinca | weight=0.093
=varovalka | weight=0.093
=agentka =mi | weight=0.093
=jedi | weight=0.093
=da =imam | weight=0.093
=in =zamenjati | weight=0.092
=blagajni | weight=0.092
=cisto =nasprotno | weight=0.092
=drugi =cisto | weight=0.092
=en =operater | weight=0.092
=ni =nic | weight=0.092, noneg
=drugi =ruter | weight=0.091
=vprasanje =je | weight=0.091
=kateri =sem | weight=0.090
=drugi =model | weight=0.090
=model =usmerjevalnik | weight=0.090
=spraseval | weight=0.090
=prodajalec =nimam | weight=0.089
=svetovalec =mi | weight=0.089
=obdelavi | weight=0.089
=v =obdelavi | weight=0.089
=in =je | weight=0.089
=sta =mi | weight=0.089
=pa =ne | weight=0.088, noneg
=garancijo =mi | weight=0.087
=mi =dali | weight=0.086
=koncu =priznam | weight=0.086
=postavil | weight=0.084
=ceno =na | weight=0.084
=vas =agent | weight=0.084
=se =ne | weight=0.083, noneg
=drugi =sluzba | weight=0.083
=prestavljali =k | weight=0.083
=sluzba =ki | weight=0.083
=dva =zaposleni | weight=0.083
=kje =sploh | weight=0.083
=prepirala =kje | weight=0.083
=se =prepirala | weight=0.083
=zaposleni =sta | weight=0.083
=nasprotno | weight=0.083
=nasvet | weight=0.083
=preverim | weight=0.083
=tocke | weight=0.082
=brskal | weight=0.082
=usmerjevalnik | weight=0.082
=cisto =drugi | weight=0.082
=sem =izgubila | weight=0.081
=nisem | weight=0.081, noneg
=sestra | weight=0.081
=in =tja | weight=0.081
=sem =in | weight=0.081
=sta | weight=0.080
=nekaj =ki | weight=0.080
=je =kolega | weight=0.080
=ker =me | weight=0.080
=dali =napacen | weight=0.080
=vezave | weight=0.080
=moza =so | weight=0.080
=vsakic =drugi | weight=0.078
=zakaj | weight=0.078
=me =vsak | weight=0.078
=na =koncu | weight=0.078
=paket =se | weight=0.078
=na =dveh | weight=0.077
=vprasal =sem | weight=0.077
=ponastaviti | weight=0.077
=pokazal =kje | weight=0.076
=adapter =saj | weight=0.076
=izdan =neustrezen | weight=0.076
=mi =izdan | weight=0.076
=neustrezen | weight=0.076
=neustrezen =adapter | weight=0.076
=saj =prodajalec | weight=0.076
=v =lekarni | weight=0.076
=tja | weight=0.076
=ocitno =vas | weight=0.075
=dali =so | weight=0.075
=tarifni =paket | weight=0.075
=v =paket | weight=0.075
=naslov =pa | weight=0.075
=ni =naslov | weight=0.075, noneg
=sistem =spremeniti | weight=0.075
=tega =ali | weight=0.074
=kako | weight=0.074
=kolegici | weight=0.074
=lekarni | weight=0.074
=guglal | weight=0.074
=guglal =kako | weight=0.074
=brez =odgovor | weight=0.073, noneg
=sploh =je | weight=0.073
=je =mogoce | weight=0.072
=vrne =brez | weight=0.072, noneg
=od =vas | weight=0.071
=usluzbenec =so | weight=0.071
=napacen =ceno | weight=0.071
=ne =vem | weight=0.071, noneg
=je =prodaja | weight=0.071
=fant =za | weight=0.071
=veze | weight=0.070
=router | weight=0.070
=priznam =da | weight=0.070
=sestra =je | weight=0.069
=nastavil =router | weight=0.069
=sem =vprasal | weight=0.069
=ze =dvakrat | weight=0.069
=na =info | weight=0.069
=slisal | weight=0.068
=zaradi =cesar | weight=0.068
=je =trdi | weight=0.068
=mogoce =dve | weight=0.068
=je =povedati | weight=0.067
=tehnik =ni | weight=0.067, noneg
=rok | weight=0.067
=placujem | weight=0.067
=velja | weight=0.067
=tiskalnik | weight=0.066
=tehnik =je | weight=0.066
=drugi =in | weight=0.066
=agent | weight=0.066
=trikrat =sem | weight=0.066
=koncu =so | weight=0.066
=vsakic =sem | weight=0.066
=zakaj =mi | weight=0.065
=info | weight=0.065
=v =pogodbe | weight=0.065
=agent =mi | weight=0.064
=mi =v | weight=0.064
=pove | weight=0.064
=podatke | weight=0.063
=sta =bil | weight=0.063
=pisete =da | weight=0.063
=kaj =torej | weight=0.062
=internet =se | weight=0.062
=izbrisal | weight=0.062
=izbrisal =vse | weight=0.062
=prijavil =skode | weight=0.061
=storiti | weight=0.060
=rok =za | weight=0.060
=rok =dobave | weight=0.060
=kljub =tremi | weight=0.060
=tremi =obisku | weight=0.060
=dvigala | weight=0.060
=izdan | weight=0.060
