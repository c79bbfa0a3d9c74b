# policy_refusal, sl: learned by scripts/learn.py from 2816 tuning texts (181 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Operater je rekel, da pogodbe pred iztekom vezave ne morejo prekiniti brez plačila, čeprav signala v mojem stanovanju praktično ni, ker 'so taki pogoji'.
+ Čevlje sem vrnila v 10 dneh, nenošene in v originalni škatli, pa mi denarja ne želite vrniti, ker so bili 'v akciji'. Po zakonu imam 14 dni. Prosim za vračilo kupnine.
+ Izjem ne delamo, gospod. Tako je in pika.
- Ovadili vas bomo.
- nihce mi ni odpisal
=brez =racun | weight=0.367, noneg
=pravilniku | weight=0.352
=internet =pravi | weight=0.335
=pa =ceprav | weight=0.293
=nobene =izjemo | weight=0.291, noneg
=izjemo | weight=0.290
=zaradi =fransize | weight=0.277
=ne =moral | weight=0.277, noneg
=pravi =je | weight=0.270
=splosnih =pogojih | weight=0.264
=menjava | weight=0.261
=garancija | weight=0.258
=sistem | weight=0.257
=pogojih | weight=0.257
=sistem =tega | weight=0.255
=tako =je | weight=0.253
=ni =kritja | weight=0.252, noneg
=ne =dovolj | weight=0.251, noneg
=ne =pustili | weight=0.249, noneg
=je =pravi | weight=0.240
=podjetje | weight=0.239
=ni =spostovani | weight=0.233, noneg
=podjetje =ni | weight=0.233, noneg
=iz =outleta | weight=0.228
=outleta | weight=0.228
=zapre | weight=0.225
=nemorem | weight=0.225
=poskodba =zaradi | weight=0.223
=ampak =to | weight=0.220
=zapre =ob | weight=0.218
=ni =v | weight=0.218, noneg
=politika | weight=0.217
=dobropis | weight=0.216
=poskodba | weight=0.214
=imam =urejeno | weight=0.213
=tako =imam | weight=0.213
=ob =pet | weight=0.213
=program | weight=0.212
=ne =dopusca | weight=0.212, noneg
=spletni =ceno | weight=0.209
=skatla | weight=0.208
=fransize | weight=0.208
=ne =sme | weight=0.207, noneg
=ker =je | weight=0.206
=tako | weight=0.205
=clenu | weight=0.202
=clenu =ki | weight=0.202
=po =clenu | weight=0.202
=odobri =samo | weight=0.201
=samo =nadrejenega | weight=0.201
=to =ni | weight=0.201, noneg
=je =ponavljal | weight=0.199
=vracilo | weight=0.198
=so =rekli | weight=0.198
=ni =pokrita | weight=0.198, noneg
=baje | weight=0.198
=ni =mozna | weight=0.198, noneg
=pravi | weight=0.197
=ceno | weight=0.196
=hisni | weight=0.195
=moral =nihce | weight=0.193, noneg
=predpisi | weight=0.193
=odobri | weight=0.192
=zavrnili =ker | weight=0.190
=tako =so | weight=0.190
=splosnih | weight=0.189
=reklamacijo =ste | weight=0.189
=izjemo =ne | weight=0.188, noneg
=ne =meni | weight=0.187, noneg
=garancija =ne | weight=0.187, noneg
=ne =sprejmejo | weight=0.186, noneg
=zavrnili | weight=0.183
=po =pravilniku | weight=0.183
=pravilniku =ne | weight=0.183, noneg
=ne =pripada | weight=0.182, noneg
=embalaza | weight=0.182
=zadrzali | weight=0.182
=ne =smem | weight=0.180, noneg
=mi =zavrnili | weight=0.179
=je =izdelek | weight=0.177
=ne =vracilo | weight=0.176, noneg
=neupraviceno | weight=0.176
=ne =vzamem | weight=0.175, noneg
=brez =kakrsnekoli | weight=0.174, noneg
=oznacili | weight=0.172
=pooblastili | weight=0.172
=sistem =ne | weight=0.172, noneg
=ker =se | weight=0.170
=nisem =sprejema | weight=0.170, noneg
=ne =velja | weight=0.169, noneg
=ne =izplacilo | weight=0.169, noneg
=zahtevek | weight=0.168
=placilo =mi | weight=0.161
=da =brez | weight=0.160, noneg
=servis =so | weight=0.159
=za =nic | weight=0.158, noneg
=zakon | weight=0.158
=samo =dobropis | weight=0.157
=so =da | weight=0.157
=cevlje | weight=0.157
=reklamacijo =nisem | weight=0.156, noneg
=so =zavrnili | weight=0.156
=odskodnino =ne | weight=0.154, noneg
=so =tako | weight=0.154
=ni =vrne | weight=0.153, noneg
=podaljsanje | weight=0.153
=zamudo =in | weight=0.152
=mi =ne | weight=0.151, noneg
=brez =originalne | weight=0.151, noneg
=popust | weight=0.150
=pravi =banki | weight=0.149
=tako =pravi | weight=0.149
=znizano | weight=0.148
=mi =niste | weight=0.146, noneg
=zamenjavo =ne | weight=0.145, noneg
=internet | weight=0.144
=ne =dovoljuje | weight=0.144, noneg
=pravi =velja | weight=0.144
=vse =enak | weight=0.144
=ne =smejal | weight=0.143, noneg
=garancija =naj | weight=0.143
=kupil =v | weight=0.143
=zal | weight=0.141
=ceno =ne | weight=0.141, noneg
=nic =narediti | weight=0.141, noneg
=zamenjavo | weight=0.139
=drugi =mi | weight=0.138
=velja =za | weight=0.136
=da =tu | weight=0.136
=nazaj =nic | weight=0.135, noneg
=ne =obstaja | weight=0.135, noneg
=je =da | weight=0.134
=pravi =mi | weight=0.134
=rekli =so | weight=0.133
=izdelek =ne | weight=0.133, noneg
=urejeno | weight=0.132
=izjemo =pri | weight=0.132
=velja | weight=0.132
=bil =izdelek | weight=0.131
=je =zavrnili | weight=0.130
=mi =tega | weight=0.130
=predpisano | weight=0.128
=kupnine =ne | weight=0.128, noneg
=internet =navodila | weight=0.128
=reklamacijo | weight=0.127
=drobnem | weight=0.127
=drobnem =tisku | weight=0.127
=artikel | weight=0.127
=ker =hisni | weight=0.126
=ne =predvideva | weight=0.126, noneg
=redu =tega | weight=0.126
=kavc | weight=0.126
=bil =blago | weight=0.126
=rekli =na | weight=0.124
=odklonil | weight=0.124
=tisku | weight=0.124
=ker =naj | weight=0.122
=da =pravi | weight=0.122
=trgovini =ne | weight=0.122, noneg
=rabljen | weight=0.122
=pika | weight=0.121
=nihce =pomagal | weight=0.120, noneg
=zal =ne | weight=0.119, noneg
=hisni =redu | weight=0.118
=s =popust | weight=0.118
=pravi =ne | weight=0.117, noneg
=ce =vam | weight=0.116, noneg
=pri =nas | weight=0.116
=je =taksna | weight=0.115
=taksna =politika | weight=0.115
=nobene | weight=0.115, noneg
=drugi =poslovalnici | weight=0.115
=imam =racun | weight=0.115
=popust =se | weight=0.114
=racun =a | weight=0.114
=nisem =dovolj | weight=0.113, noneg
=sistem =mi | weight=0.113
=padca | weight=0.113
=zaradi =padca | weight=0.113
=po =internet | weight=0.113
=mi =nisem | weight=0.112, noneg
=originalne =embalaza | weight=0.112
=nas =se | weight=0.111
=ponavljal | weight=0.110
=operaterka =je | weight=0.110
=to =je | weight=0.110
=garancija =mi | weight=0.108
=blago | weight=0.108
=prekinitvi | weight=0.108
=niste | weight=0.106, noneg
=izdelek | weight=0.105
=ni =pravi | weight=0.105, noneg
=crknil | weight=0.104
=dvigala | weight=0.104
=prevara | weight=0.103
=tega =ne | weight=0.102, noneg
=zaradi | weight=0.102
=ni =ker | weight=0.102, noneg
=predcasni | weight=0.102
=za =vse | weight=0.102
=v =drobnem | weight=0.101
=vas =pogojih | weight=0.101
=imajo =pri | weight=0.101
=njih =ce | weight=0.101, noneg
=pac =imajo | weight=0.101
=pokvarjen | weight=0.100
=sem =kupil | weight=0.100
=tako =pac | weight=0.099
=druzino | weight=0.099
=odrezala | weight=0.099
=politika =podjetje | weight=0.098
=ni =na | weight=0.098, noneg
=zato =garancija | weight=0.097
=ki =ga | weight=0.097
=in =nic | weight=0.097, noneg
=zavarovalnica =je | weight=0.096
=se =to | weight=0.096
=to =ne | weight=0.096, noneg
=originalne | weight=0.096
=pravilniku =to | weight=0.096
=odklonil =menjava | weight=0.096
=ne | weight=0.095, noneg
=vracilo =ne | weight=0.095, noneg
=enak | weight=0.095
=brez =najave | weight=0.094, noneg
=ker =pravi | weight=0.094
=nepravilno | weight=0.094
=vam =ne | weight=0.093, noneg
=izplacilo =zaradi | weight=0.093
=zavrnili =izplacilo | weight=0.093
=pac | weight=0.093
=ji =sistem | weight=0.093
=le =dobropis | weight=0.093
=po =njih | weight=0.092
=posti =mi | weight=0.092
=taksna | weight=0.091
=velikost | weight=0.091
=sramota | weight=0.091
=moz =ceprav | weight=0.091
=nikakor | weight=0.091, noneg
=pojdite =drugi | weight=0.091
=nisem =priznam | weight=0.090, noneg
=ni =mogoce | weight=0.090, noneg
=po =splosnih | weight=0.089
=nisem =hoteli | weight=0.089, noneg
=izdan =le | weight=0.089
=lahko =vam | weight=0.089
=vam =izdan | weight=0.089
=tu =ni | weight=0.089, noneg
=po =vas | weight=0.088
=je =embalaza | weight=0.088
=ne =krije | weight=0.087, noneg
=denar =pri | weight=0.087
=ker =nimam | weight=0.087
=zamenjavo =ni | weight=0.086, noneg
=pojdite | weight=0.086
=ne =bi | weight=0.086, noneg
=nic =za | weight=0.085, noneg
=na =posti | weight=0.084
=njih =pravi | weight=0.084
=ne =vrnete | weight=0.084, noneg
=embalaza =odprta | weight=0.084
=racun =ne | weight=0.083, noneg
=ceprav =imam | weight=0.083
=da =jim | weight=0.083
=nakup | weight=0.083
=izpisek | weight=0.083
=odskodnino | weight=0.083
=pri =njih | weight=0.082
=je =sramota | weight=0.082
=doloca | weight=0.082
=je =nakup | weight=0.082
=na =blagajni | weight=0.081
=kupil | weight=0.080
=zahtevek =so | weight=0.080
=zahtevek =za | weight=0.079
=zal =vam | weight=0.079
=povedati =je | weight=0.079
=zavrnili =zaradi | weight=0.078
=vec | weight=0.077
=akcijske | weight=0.077
=akcijske =izdelek | weight=0.077
=pogojih =mi | weight=0.077
=se =ne | weight=0.077, noneg
=rekli =in | weight=0.076
=je =zadrl | weight=0.076
=zadrl | weight=0.076
=da =garancija | weight=0.076
=mi =razlozila | weight=0.075
=da =po | weight=0.075
=imam | weight=0.075
=dejala =je | weight=0.074
=ga =obljubili | weight=0.074
=popust =ki | weight=0.074
=brez | weight=0.074, noneg
=s =sklicevanjem | weight=0.074
=sklicevanjem | weight=0.074
=sklicevanjem =na | weight=0.074
=strani =in | weight=0.074
=izdan | weight=0.073
=stroskov | weight=0.073
=v =drugi | weight=0.073
=velja =samo | weight=0.072
=povedati =so | weight=0.072
=ne =zamenjati | weight=0.072, noneg
=en =dan | weight=0.072
=pravi =trgovini | weight=0.071
=rekli =je | weight=0.071
=zamenjavo =nisem | weight=0.071, noneg
=da =ne | weight=0.071, noneg
=rekli =prodajalka | weight=0.071
=ceprav | weight=0.071
=izjemo =dobil | weight=0.070
=o =splosnih | weight=0.070
=predavanje | weight=0.070
=predavanje =o | weight=0.070
=za =izjemo | weight=0.070
=je =vse | weight=0.070
=receptor | weight=0.069
=mi =odskodnino | weight=0.069
=sem =pokazal | weight=0.069
=nepovratna | weight=0.069
=tem =ne | weight=0.069, noneg
=je =politika | weight=0.068
=neodprt | weight=0.068
=nihce =uredil | weight=0.068, noneg
=je =tako | weight=0.068
=ker =ni | weight=0.068, noneg
=ces =da | weight=0.068
=denar =ne | weight=0.068, noneg
=da =vracilo | weight=0.068
=vas =ocitno | weight=0.067
=iz | weight=0.067
=in =popravilo | weight=0.067
=neprimerne =uporabe | weight=0.067
=popravilo =zaracunali | weight=0.067
=so =ugotovil | weight=0.067
=ugotovil =poskodba | weight=0.067
=uporabe =in | weight=0.067
=zaradi =neprimerne | weight=0.067
=noce | weight=0.066
=ne =boste | weight=0.066, noneg
=garancija =so | weight=0.066
=in =da | weight=0.065
=bi =mi | weight=0.065
=redu | weight=0.065
=neprimerne | weight=0.064
=da =nimam | weight=0.064
=bil =je | weight=0.063
=na =internet | weight=0.063
=mi =odgovor | weight=0.063
=akciji | weight=0.063
=doloceno | weight=0.063
=letalska =karto | weight=0.063
=da =odprta | weight=0.063
=karto | weight=0.063
=za =en | weight=0.063
=ces | weight=0.062
=pogojih =je | weight=0.062
=ne =ustreza | weight=0.062, noneg
=tu | weight=0.061
=tudi =ko | weight=0.061
=crknil =po | weight=0.061
=okvarjen | weight=0.060
=zaradi =internet | weight=0.060
=vracilo =denar | weight=0.060
=njih =pogojih | weight=0.060
=ni =mogla | weight=0.060, noneg
=je =in | weight=0.060
=moral =nic | weight=0.060, noneg
=ste =zavrnili | weight=0.059
=ga =v | weight=0.059
=izplacilo | weight=0.059
=sem =slisal | weight=0.059
=dejala | weight=0.059
=niste =hoteli | weight=0.058, noneg
=je =sistem | weight=0.058
=so =napisal | weight=0.058
=mi =zamenjati | weight=0.058
=da =nic | weight=0.057, noneg
=vam =ni | weight=0.057, noneg
=rok =potekel | weight=0.057
=vracilo =je | weight=0.057
=da =ji | weight=0.056
=v =sistem | weight=0.056
=letalska | weight=0.056
=premije | weight=0.056
=izdelek =se | weight=0.056
=ker =tako | weight=0.056
=vi =pa | weight=0.056
=reklamacijo =zavrnili | weight=0.055
=naslov =na | weight=0.055
=samo =enkrat | weight=0.055
=pogojih =poslovanja | weight=0.055
=jim =sistem | weight=0.055
=ampak =da | weight=0.055
=ne =omogoca | weight=0.055, noneg
=drugi =je | weight=0.054
=to =lahko | weight=0.054
=njih | weight=0.054
