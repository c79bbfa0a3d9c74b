# policy_refusal, sl: learned by scripts/learn.py from 2594 tuning texts (179 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Operater je rekel, da pogodbe pred iztekom vezave ne morejo prekiniti brez plačila, čeprav signala v mojem stanovanju praktično ni, ker 'so taki pogoji'.
+ Čevlje sem vrnila v 10 dneh, nenošene in v originalni škatli, pa mi denarja ne želite vrniti, ker so bili 'v akciji'. Po zakonu imam 14 dni. Prosim za vračilo kupnine.
+ Izjem ne delamo, gospod. Tako je in pika.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=pravilniku | weight=0.369
=brez =racun | weight=0.362, noneg
=internet =pravi | weight=0.329
=nobene =izjemo | weight=0.299, noneg
=pa =ceprav | weight=0.296
=ne =moral | weight=0.294, noneg
=izjemo | weight=0.283
=pravi =je | weight=0.277
=zaradi =fransize | weight=0.274
=menjava | weight=0.267
=splosnih =pogojih | weight=0.265
=garancijo | weight=0.259
=ne =pustili | weight=0.255, noneg
=pogojih | weight=0.251
=sistem | weight=0.251
=tako =je | weight=0.249
=ni =kritja | weight=0.247, noneg
=je =pravi | weight=0.239
=sistem =tega | weight=0.238
=ni =spostovani | weight=0.237, noneg
=podjetje =ni | weight=0.237, noneg
=nemorem | weight=0.236
=iz =outleta | weight=0.234
=outleta | weight=0.234
=ne =dovolj | weight=0.232, noneg
=ni =v | weight=0.228, noneg
=politika | weight=0.227
=ampak =to | weight=0.227
=podjetje | weight=0.225
=poskodba =zaradi | weight=0.225
=so =rekli | weight=0.218
=program | weight=0.217
=zapre =ob | weight=0.216
=ne =dopusca | weight=0.216, noneg
=zapre | weight=0.215
=ne =sme | weight=0.214, noneg
=spletni =ceno | weight=0.214
=dobropis | weight=0.214
=imam =urejeno | weight=0.212
=tako =imam | weight=0.212
=skatla | weight=0.212
=fransize | weight=0.211
=ob =pet | weight=0.210
=poskodba | weight=0.210
=ceno | weight=0.208
=tako | weight=0.207
=clenu | weight=0.205
=clenu =ki | weight=0.205
=po =clenu | weight=0.205
=ne =meni | weight=0.204, noneg
=ni =pokrita | weight=0.203, noneg
=to =ni | weight=0.202, noneg
=odobri =samo | weight=0.202
=samo =nadrejenega | weight=0.202
=mi =zavrnili | weight=0.198
=ker =je | weight=0.197
=baje | weight=0.196
=hisni | weight=0.195
=vracilo | weight=0.195
=ni =mozna | weight=0.195, noneg
=je =ponavljal | weight=0.194
=po =pravilniku | weight=0.193
=zavrnili | weight=0.193
=garancijo =ne | weight=0.191, noneg
=odobri | weight=0.190
=izjemo =ne | weight=0.189, noneg
=tako =so | weight=0.189
=pravi | weight=0.189
=pooblastili | weight=0.188
=ne =pripada | weight=0.188, noneg
=pravilniku =ne | weight=0.187, noneg
=reklamacijo =ste | weight=0.187
=ne =smem | weight=0.186, noneg
=splosnih | weight=0.185
=ne =sprejmejo | weight=0.183, noneg
=predpisi | weight=0.182
=sistem =ne | weight=0.182, noneg
=zavrnili =ker | weight=0.181
=zadrzali | weight=0.181
=ne =vzamem | weight=0.180, noneg
=nisem =sprejema | weight=0.177, noneg
=moral =nihce | weight=0.175, noneg
=ne =vracilo | weight=0.174, noneg
=ker =se | weight=0.174
=je =izdelek | weight=0.174
=neupraviceno | weight=0.173
=brez =kakrsnekoli | weight=0.173, noneg
=da =brez | weight=0.173, noneg
=embalaza | weight=0.172
=zahtevek | weight=0.171
=oznacili | weight=0.170
=ne =izplacilo | weight=0.165, noneg
=ni =vrne | weight=0.165, noneg
=zakon | weight=0.165
=samo =dobropis | weight=0.164
=ne =velja | weight=0.164, noneg
=reklamacijo =nisem | weight=0.164, noneg
=cevlje | weight=0.163
=je =da | weight=0.160
=so =tako | weight=0.158
=internet | weight=0.154
=placilo =mi | weight=0.154
=servis =so | weight=0.153
=rekli =so | weight=0.153
=za =nic | weight=0.153, noneg
=odskodnino =ne | weight=0.153, noneg
=tako =pravi | weight=0.153
=znizano | weight=0.151
=zamenjavo =ne | weight=0.150, noneg
=so =zavrnili | weight=0.150
=podaljsanje | weight=0.149
=pravi =banki | weight=0.147
=popust | weight=0.147
=ne =dovoljuje | weight=0.146, noneg
=garancijo =naj | weight=0.146
=kupil =v | weight=0.146
=brez =originalne | weight=0.146, noneg
=pravi =mi | weight=0.145
=urejeno | weight=0.145
=zamudo =in | weight=0.145
=mi =niste | weight=0.144, noneg
=pravi =velja | weight=0.143
=vse =enak | weight=0.143
=so =da | weight=0.141
=da =tu | weight=0.139
=zal | weight=0.139
=velja =za | weight=0.138
=ceno =ne | weight=0.137, noneg
=drugi =mi | weight=0.136
=mi =ne | weight=0.136, noneg
=ne =smejal | weight=0.136, noneg
=je =zavrnili | weight=0.135
=zamenjavo | weight=0.134
=artikel | weight=0.134
=ker =naj | weight=0.133
=nobene | weight=0.133, noneg
=drobnem | weight=0.131
=drobnem =tisku | weight=0.131
=kupnine =ne | weight=0.131, noneg
=kavc | weight=0.131
=nazaj =nic | weight=0.131, noneg
=reklamacijo | weight=0.131
=izjemo =pri | weight=0.130
=velja | weight=0.130
=ne =obstaja | weight=0.130, noneg
=zal =ne | weight=0.129, noneg
=izdelek =ne | weight=0.129, noneg
=pri =nas | weight=0.128
=tisku | weight=0.127
=trgovini =ne | weight=0.127, noneg
=predpisano | weight=0.127
=racun =a | weight=0.126
=niste | weight=0.126, noneg
=rabljen | weight=0.124
=ponavljal | weight=0.124
=da =pravi | weight=0.123
=internet =navodila | weight=0.122
=po =internet | weight=0.122
=bil =izdelek | weight=0.122
=mi =tega | weight=0.121
=blago | weight=0.121
=ker =hisni | weight=0.121
=ne =predvideva | weight=0.121, noneg
=redu =tega | weight=0.121
=odklonil | weight=0.121
=mi =nisem | weight=0.120, noneg
=pravi =ne | weight=0.120, noneg
=ce =vam | weight=0.119, noneg
=nas =se | weight=0.119
=tega =ne | weight=0.118, noneg
=nihce =pomagati | weight=0.118, noneg
=sistem =mi | weight=0.117
=v =drobnem | weight=0.117
=imam =racun | weight=0.115
=s =popust | weight=0.115
=nisem =dovolj | weight=0.114, noneg
=bil =blago | weight=0.113
=moral =nic | weight=0.112, noneg
=popust =se | weight=0.112
=to =je | weight=0.111
=padca | weight=0.111
=zaradi =padca | weight=0.111
=je =taksna | weight=0.110
=taksna =politika | weight=0.110
=drugi =poslovalnici | weight=0.110
=dvigala | weight=0.109
=operaterka =je | weight=0.109
=hisni =redu | weight=0.109
=prevara | weight=0.108
=ni =na | weight=0.108, noneg
=rekli =na | weight=0.108
=originalne =embalaza | weight=0.108
=prekinitvi | weight=0.106
=se =to | weight=0.106
=garancijo =mi | weight=0.106
=sem =kupil | weight=0.105
=moza =ceprav | weight=0.105
=za =vse | weight=0.105
=na =posti | weight=0.104
=odrezala | weight=0.104
=vas =pogojih | weight=0.103
=da =ne | weight=0.102, noneg
=na =blagajni | weight=0.101
=in =nic | weight=0.100, noneg
=nepravilno | weight=0.100
=crknil | weight=0.100
=pojdite =drugi | weight=0.100
=vracilo =ne | weight=0.100, noneg
=izdelek | weight=0.099
=druzino | weight=0.099
=zavarovalnica =je | weight=0.098
=zaradi | weight=0.097
=po =splosnih | weight=0.097
=pravilniku =to | weight=0.096
=nisem =hoteli | weight=0.096, noneg
=pokvarjen | weight=0.096
=nikakor | weight=0.095, noneg
=imajo =pri | weight=0.095
=njih =ce | weight=0.095, noneg
=pac =imajo | weight=0.095
=pojdite | weight=0.095
=predcasni | weight=0.094
=le =dobropis | weight=0.094
=zato =garancijo | weight=0.094
=tako =pac | weight=0.093
=nic =narediti | weight=0.093, noneg
=izplacilo =zaradi | weight=0.092
=zavrnili =izplacilo | weight=0.092
=povedati =je | weight=0.092
=originalne | weight=0.091
=vam =ne | weight=0.091, noneg
=racun =ne | weight=0.091, noneg
=nisem =priznam | weight=0.090, noneg
=tu =ni | weight=0.090, noneg
=izpisek | weight=0.089
=sramota | weight=0.089
=ji =sistem | weight=0.089
=ker =ni | weight=0.089, noneg
=ki =ga | weight=0.089
=odklonil =menjava | weight=0.089
=po =njih | weight=0.089
=izdan =le | weight=0.089
=lahko =vam | weight=0.089
=vam =izdan | weight=0.089
=da =jim | weight=0.088
=enak | weight=0.088
=ker =pravi | weight=0.088
=zamenjavo =ni | weight=0.088, noneg
=ceprav =imam | weight=0.087
=ne =bi | weight=0.087, noneg
=nic =za | weight=0.087, noneg
=rekli =in | weight=0.087
=ni =pravi | weight=0.087, noneg
=ne =vrnete | weight=0.086, noneg
=doloca | weight=0.086
=njih | weight=0.086
=to =ne | weight=0.085, noneg
=po =vas | weight=0.084
=ne | weight=0.084, noneg
=je =sramota | weight=0.084
=ni =mogoce | weight=0.084, noneg
=da =po | weight=0.084
=en =dan | weight=0.084
=embalaza =odprta | weight=0.084
=ker =nimam | weight=0.084
=taksna | weight=0.084
=politika =podjetje | weight=0.083
=zal =vam | weight=0.083
=ni =ker | weight=0.083, noneg
=brez =najave | weight=0.083, noneg
=kupil | weight=0.083
=njih =pravi | weight=0.082
=zavrnili =zaradi | weight=0.081
=je =zadrl | weight=0.080
=zadrl | weight=0.080
=je =embalaza | weight=0.080
=popust =ki | weight=0.079
=s =sklicevanjem | weight=0.078
=sklicevanjem | weight=0.078
=sklicevanjem =na | weight=0.078
=pogojih =mi | weight=0.078
=odskodnino | weight=0.078
=denar =pri | weight=0.078
=ga =obljubili | weight=0.078
=denar =ne | weight=0.077, noneg
=pac | weight=0.077
=velikost | weight=0.077
=akcijske | weight=0.076
=akcijske =izdelek | weight=0.076
=je =in | weight=0.075
=imam | weight=0.075
=zamenjavo =nisem | weight=0.075, noneg
=strani =in | weight=0.074
=sem =pokazal | weight=0.074
=je =nakup | weight=0.073
=dejala =je | weight=0.073
=pri =njih | weight=0.072
=stroskov | weight=0.072
=vec | weight=0.072
=zahtevek =za | weight=0.072
=izjemo =dobil | weight=0.072
=o =splosnih | weight=0.072
=predavanje | weight=0.072
=predavanje =o | weight=0.072
=za =izjemo | weight=0.072
=brez | weight=0.072, noneg
=rekli =je | weight=0.071
=tem =ne | weight=0.071, noneg
=ne =zamenjati | weight=0.071, noneg
=je =politika | weight=0.071
=nakup | weight=0.070
=bi =mi | weight=0.070
=da =vracilo | weight=0.070
=da =garancijo | weight=0.070
=rekli =prodajalka | weight=0.070
=je =vse | weight=0.069
=pravi =trgovini | weight=0.069
=ne =krije | weight=0.069, noneg
=je =tako | weight=0.069
=receptor | weight=0.069
=se =ne | weight=0.068, noneg
=bil =je | weight=0.068
=da =nimam | weight=0.068
=mi =razlozila | weight=0.068
=izdan | weight=0.068
=na =internet | weight=0.068
=redu | weight=0.068
=vracilo =kupnine | weight=0.068
=ker =tako | weight=0.067
=mi =odskodnino | weight=0.067
=v =sistem | weight=0.066
=velja =samo | weight=0.065
=in =popravilo | weight=0.065
=neprimerne =uporabe | weight=0.065
=popravilo =zaracunali | weight=0.065
=so =ugotovil | weight=0.065
=ugotovil =poskodba | weight=0.065
=uporabe =in | weight=0.065
=zaradi =neprimerne | weight=0.065
=ne =boste | weight=0.065, noneg
=vam =ni | weight=0.065, noneg
=povedati =so | weight=0.065
=ces =da | weight=0.065
=pogojih =je | weight=0.064
=sem =slisal | weight=0.064
=da =odprta | weight=0.064
=neprimerne | weight=0.063
=vi =pa | weight=0.063
=ceprav | weight=0.063
=vracilo =je | weight=0.062
=nepovratna | weight=0.062
=crknil =po | weight=0.062
=vas =ocitno | weight=0.062
=za =en | weight=0.062
=letalska =karto | weight=0.062
=karto | weight=0.062
=garancijo =so | weight=0.062
=v =drugi | weight=0.061
=nasprotju | weight=0.060
=v =nasprotju | weight=0.060
=njih =pogojih | weight=0.060
=da =nic | weight=0.060, noneg
=sploh =ni | weight=0.059, noneg
=blagajni =so | weight=0.059
=pogojih =poslovanja | weight=0.059
=okvarjen | weight=0.058
=zaradi =internet | weight=0.058
=so =napisal | weight=0.058
=tu | weight=0.058
=ces | weight=0.058
=niste =hoteli | weight=0.058, noneg
=ga =v | weight=0.058
=bil =zavrnjena | weight=0.057
=iz | weight=0.057
=tudi =ko | weight=0.057
=ne =omogoca | weight=0.057, noneg
=odprta | weight=0.057
=poslovanja | weight=0.057
=pisno =ste | weight=0.057
=dokler =ne | weight=0.056, noneg
=mi =odgovor | weight=0.056
=samo =enkrat | weight=0.056
=naj =grem | weight=0.055
=naslov =na | weight=0.055
=mi =ni | weight=0.055, noneg
=je =sistem | weight=0.055
=noce | weight=0.055
=doloceno | weight=0.055
=to =pac | weight=0.055
=neodprt | weight=0.055
=povracilo =stroskov | weight=0.055
=vracilo =denar | weight=0.055
=reklamacijo =zavrnili | weight=0.055
=jih =veze | weight=0.055
=veze | weight=0.055
=zavrnjena | weight=0.055
=izdelek =se | weight=0.055
=mi =zamenjati | weight=0.055
=vztrajal =da | weight=0.054
=po =enem | weight=0.054
