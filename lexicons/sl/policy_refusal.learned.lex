# policy_refusal, sl: learned by scripts/learn.py from 2314 tuning texts (156 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Izjem ne delamo, gospod. Tako je in pika.
+ Rekli so, da garancija ne krije zamakanja.
+ v sistemu tega ni mogoce urediti, so rekli
- Ovadili vas bomo.
- Tole bo šlo viralno.
=pogojih | weight=0.372
=brez =racun | weight=0.354, noneg
=pa =ceprav | weight=0.321
=garancijo | weight=0.314
=internet =pravi | weight=0.310
=ne =moral | weight=0.290, noneg
=pravilniku | weight=0.286
=fransize | weight=0.284
=zaradi =fransize | weight=0.284
=izjemo | weight=0.276
=nobene =izjemo | weight=0.274, noneg
=tako =je | weight=0.263
=menjava | weight=0.260
=pravi =je | weight=0.259
=zapre | weight=0.256
=pravi | weight=0.252
=sistem | weight=0.252
=ni =spostovani | weight=0.245, noneg
=podjetje =ni | weight=0.245, noneg
=so =rekli | weight=0.240
=baje | weight=0.240
=to =ni | weight=0.237, noneg
=iz =outleta | weight=0.236
=outleta | weight=0.236
=podjetje | weight=0.234
=sistem =tega | weight=0.233
=dobropis | weight=0.228
=splosnih =pogojih | weight=0.227
=poskodba =zaradi | weight=0.227
=imam =urejeno | weight=0.225
=tako =imam | weight=0.225
=politika | weight=0.224
=ne =pustili | weight=0.224, noneg
=nemorem | weight=0.222
=ni =kritja | weight=0.218, noneg
=zapre =ob | weight=0.213
=ker =je | weight=0.212
=odobri =samo | weight=0.211
=samo =nadrejenega | weight=0.211
=je =pravi | weight=0.210
=spletna =ceno | weight=0.209
=ob =pet | weight=0.209
=clenu | weight=0.209
=clenu =ki | weight=0.209
=po =clenu | weight=0.209
=ne =smem | weight=0.208, noneg
=zavrnili | weight=0.207
=poskodba | weight=0.205
=skatla | weight=0.205
=ne =dopusca | weight=0.205, noneg
=ampak =to | weight=0.205
=reklamacijo =ste | weight=0.203
=ni =pokrita | weight=0.203, noneg
=ne =dovolj | weight=0.202, noneg
=splosnih | weight=0.200
=ne =meni | weight=0.198, noneg
=program | weight=0.198
=ne =vzamejo | weight=0.197, noneg
=tako | weight=0.197
=ni =mozna | weight=0.197, noneg
=ceno | weight=0.194
=predpisi | weight=0.192
=ne =sprejmejo | weight=0.191, noneg
=odobri | weight=0.191
=hisni | weight=0.190
=ni =v | weight=0.190, noneg
=je =ponavljal | weight=0.189
=mi =zavrnili | weight=0.184
=nisem =sprejema | weight=0.184, noneg
=izjemo =ne | weight=0.182, noneg
=zadrzali | weight=0.179
=rekli =so | weight=0.177
=tako =so | weight=0.174
=neupraviceno | weight=0.173
=ne =pripada | weight=0.173, noneg
=ne =vracilo | weight=0.173, noneg
=brez =kakrsnekoli | weight=0.171, noneg
=je =izdelek | weight=0.171
=embalaza | weight=0.171
=da =ji | weight=0.171
=ker =se | weight=0.170
=ne =sme | weight=0.168, noneg
=servis =so | weight=0.166
=oznacili | weight=0.166
=znizano | weight=0.165
=samo =dobropis | weight=0.165
=zahtevek | weight=0.164
=zavrnili =ker | weight=0.164
=garancijo =ne | weight=0.164, noneg
=ni =vrnili | weight=0.161, noneg
=vracilo | weight=0.161
=po =pravilniku | weight=0.160
=zakon | weight=0.160
=moral =nihce | weight=0.160, noneg
=pravi =banki | weight=0.159
=zamenjave | weight=0.159
=sistem =ne | weight=0.158, noneg
=internet | weight=0.158
=da =brez | weight=0.158, noneg
=da =ne | weight=0.157, noneg
=reklamacijo =nisem | weight=0.155, noneg
=za =nic | weight=0.155, noneg
=urejeno | weight=0.155
=popust | weight=0.154
=reklamacijo | weight=0.153
=placilo =mi | weight=0.152
=tako =pravi | weight=0.148
=kupnine =ne | weight=0.148, noneg
=zamudo =in | weight=0.147
=podaljsanja | weight=0.145
=je =da | weight=0.145
=izjemo =pri | weight=0.144
=ne =velja | weight=0.144, noneg
=mi =ne | weight=0.144, noneg
=zamenjave =ne | weight=0.143, noneg
=drugi =mi | weight=0.143
=nobene | weight=0.141, noneg
=so =da | weight=0.141
=pravi =velja | weight=0.140
=vse =enak | weight=0.140
=so =zavrnili | weight=0.140
=da =pravi | weight=0.139
=nazaj =nic | weight=0.139, noneg
=ker =naj | weight=0.138
=brez =originalne | weight=0.138, noneg
=ceno =ne | weight=0.136, noneg
=bil =blago | weight=0.136
=odskodnino =ne | weight=0.136, noneg
=to =je | weight=0.135
=ne =obstaja | weight=0.135, noneg
=so =tako | weight=0.134
=mi =niste | weight=0.134, noneg
=mi =tega | weight=0.133
=izdelek =ne | weight=0.133, noneg
=drobnem | weight=0.132
=drobnem =tisku | weight=0.132
=imam =racun | weight=0.132
=pravi =mi | weight=0.132
=cevlje | weight=0.131
=tega =ne | weight=0.131, noneg
=garancijo =naj | weight=0.131
=kupil =v | weight=0.131
=bil =izdelek | weight=0.130
=velja =za | weight=0.129
=pravilniku =ne | weight=0.129, noneg
=tisku | weight=0.129
=predpisano | weight=0.128
=da =tu | weight=0.128
=kavc | weight=0.128
=trgovini =ne | weight=0.124, noneg
=ne =smejal | weight=0.124, noneg
=ker =hisni | weight=0.124
=ne =predvideva | weight=0.124, noneg
=redu =tega | weight=0.124
=artikel | weight=0.123
=na =blagajni | weight=0.122
=sem =kupil | weight=0.122
=velja | weight=0.122
=ce =vam | weight=0.121, noneg
=ponavljal | weight=0.120
=zal | weight=0.120
=internet =navodila | weight=0.119
=nas =se | weight=0.118
=prekinitvi | weight=0.117
=je =zavrnili | weight=0.116
=v =drobnem | weight=0.115
=racun =a | weight=0.114
=garancijo =mi | weight=0.114
=hisni =redu | weight=0.113
=padca | weight=0.112
=zaradi =padca | weight=0.112
=je =taksna | weight=0.111
=taksna =politika | weight=0.111
=druzino | weight=0.111
=popust =se | weight=0.110
=blago | weight=0.110
=pri =nas | weight=0.110
=ne =dovoljuje | weight=0.109, noneg
=ceprav =je | weight=0.109
=po =internet | weight=0.109
=odklonil | weight=0.108
=nikakor | weight=0.108, noneg
=sramota | weight=0.108
=s =popust | weight=0.107
=odrezala | weight=0.107
=sploh =ni | weight=0.107, noneg
=zavarovalnica =je | weight=0.106
=ne =vrnete | weight=0.106, noneg
=dviga | weight=0.105
=zal =ne | weight=0.105, noneg
=nisem =dovolj | weight=0.103, noneg
=originalne =embalaza | weight=0.101
=sistem =mi | weight=0.101
=niste | weight=0.101, noneg
=le =dobropis | weight=0.101
=imajo =pri | weight=0.100
=njih =ce | weight=0.100, noneg
=pac =imajo | weight=0.100
=pojdite =drugi | weight=0.100
=zamenjave =nisem | weight=0.098, noneg
=se =to | weight=0.098
=pooblastili | weight=0.098
=po =njih | weight=0.097
=kupil | weight=0.097
=mi =nisem | weight=0.097, noneg
=nisem =priznam | weight=0.096, noneg
=pojdite | weight=0.096
=ni =pravi | weight=0.096, noneg
=vam =ne | weight=0.095, noneg
=blagajni =so | weight=0.095
=rekli =na | weight=0.095
=moral =nic | weight=0.095, noneg
=embalaza =odprta | weight=0.094
=prevara | weight=0.094
=racun =ne | weight=0.094, noneg
=izdan =le | weight=0.094
=lahko =vam | weight=0.094
=vam =izdan | weight=0.094
=v =sistem | weight=0.094
=zamenjave =ni | weight=0.093, noneg
=ne =bi | weight=0.093, noneg
=in =nic | weight=0.093, noneg
=mi =odgovor | weight=0.092
=tako =pac | weight=0.092
=vas =pogojih | weight=0.091
=to =ne | weight=0.091, noneg
=odklonil =menjava | weight=0.091
=drugi =poslovalnici | weight=0.091
=nepravilno | weight=0.090
=brez | weight=0.090, noneg
=pri =njih | weight=0.090
=izpisek | weight=0.090
=denar =pri | weight=0.089
=s =sklicevanjem | weight=0.089
=sklicevanjem | weight=0.089
=sklicevanjem =na | weight=0.089
=nihce =pomagati | weight=0.089, noneg
=pokvarjen | weight=0.088
=povedal =je | weight=0.086
=ceprav =imam | weight=0.086
=operaterka =je | weight=0.086
=ki =ga | weight=0.085
=za =vse | weight=0.085
=nic =narediti | weight=0.085, noneg
=vracilo =ne | weight=0.084, noneg
=stroske | weight=0.083
=izplacilo =zaradi | weight=0.083
=zavrnili =izplacilo | weight=0.083
=vec | weight=0.082
=pravi =ne | weight=0.082, noneg
=ker =nimam | weight=0.082
=pac | weight=0.081
=originalne | weight=0.081
=je =zadrl | weight=0.081
=zadrl | weight=0.081
=velikost | weight=0.081
=politika =podjetje | weight=0.081
=da =jim | weight=0.081
=zaradi | weight=0.081
=akcijske | weight=0.080
=akcijske =izdelek | weight=0.080
=je =sistem | weight=0.079
=pogojih =poslovanja | weight=0.079
=je =in | weight=0.079
=ker =pravi | weight=0.079
=zal =vam | weight=0.079
=s =kartico | weight=0.078
=rekli =in | weight=0.077
=na =posti | weight=0.077
=ga =obljubili | weight=0.076
=poslovanja | weight=0.076
=po =splosnih | weight=0.076
=stran =in | weight=0.076
=povedal =so | weight=0.076
=ne | weight=0.076, noneg
=mi =razlozila | weight=0.076
=njih | weight=0.075
=tudi | weight=0.075
=je =vse | weight=0.074
=bi =mi | weight=0.073
=dejala =je | weight=0.073
=popust =ki | weight=0.073
=redu | weight=0.073
=da =vracilo | weight=0.073
=rekli =je | weight=0.073
=je =embalaza | weight=0.072
=njih =pravi | weight=0.072
=odprta | weight=0.072
=zavrnili =zaradi | weight=0.072
=enak | weight=0.071
=letalska =karto | weight=0.071
=da =odprta | weight=0.071
=taksna | weight=0.071
=sem =pokazal | weight=0.070
=da =garancijo | weight=0.070
=zahtevek =za | weight=0.070
=ne =krije | weight=0.070, noneg
=zaradi =internet | weight=0.070
=pogojih =mi | weight=0.070
=reklamacijo =so | weight=0.069
=vas =ocitno | weight=0.069
=en =dan | weight=0.069
=zato =garancijo | weight=0.069
=da =nimam | weight=0.069
=ne =gre | weight=0.069, noneg
=bil =je | weight=0.069
=in =popravilo | weight=0.068
=neprimerne =uporabe | weight=0.068
=popravilo =zaracunali | weight=0.068
=so =ugotovil | weight=0.068
=ugotovil =poskodba | weight=0.068
=uporabe =in | weight=0.068
=zaradi =neprimerne | weight=0.068
=izdan | weight=0.068
=zavarovalnica | weight=0.068
=njih =pogojih | weight=0.068
=ampak =da | weight=0.068
=po =vas | weight=0.067
=dolocajo | weight=0.067
=vracilo =kupnine | weight=0.067
=za =en | weight=0.067
=reklamacijo =zavrnili | weight=0.067
=vracilo =je | weight=0.067
=ceprav | weight=0.067
=neprimerne | weight=0.066
=tu =ne | weight=0.066, noneg
=ji =sistem | weight=0.065
=reklamacijski | weight=0.065
=reklamacijski =pravilniku | weight=0.065
=letalska | weight=0.065
=pravi =trgovini | weight=0.065
=rekli =prodajalka | weight=0.064
=po =oddal | weight=0.064
=ne =boste | weight=0.064, noneg
=odskodnino | weight=0.064
=izjemo =dobil | weight=0.064
=o =splosnih | weight=0.064
=predavanje | weight=0.064
=predavanje =o | weight=0.064
=za =izjemo | weight=0.064
=nisem =hoteli | weight=0.064, noneg
=brez =najave | weight=0.064, noneg
=vam =ni | weight=0.063, noneg
=sem =slisal | weight=0.063
=nihce =uredil | weight=0.063, noneg
=da =po | weight=0.063
=crknil =po | weight=0.063
=izdelek | weight=0.062
=kartico | weight=0.062
=na =internet | weight=0.062
=je =politika | weight=0.062
=ne =omogoca | weight=0.062, noneg
=izdelek =se | weight=0.061
=receptor | weight=0.060
=izplacilo | weight=0.060
=tem =ne | weight=0.060, noneg
=je =rekli | weight=0.059
=vas =politika | weight=0.059
=doloceno | weight=0.058
=velja =samo | weight=0.058
=po =enem | weight=0.058
=v =hoteli | weight=0.058
=zgodnje | weight=0.058
=zgodnje =prijavil | weight=0.058
=tudi =ko | weight=0.057
=imam | weight=0.057
=mi =odskodnino | weight=0.057
=ne =ustreza | weight=0.057, noneg
=zapakiran | weight=0.057
=vracilo =denar | weight=0.056
=denar =ne | weight=0.056, noneg
=neodprt | weight=0.056
=ki =so | weight=0.056
=ces =da | weight=0.056
=tem =se | weight=0.056
=zavrnili =s | weight=0.056
=karto | weight=0.056
=okvarjen | weight=0.055
=nakup | weight=0.055
=ob =nakup | weight=0.055
=nasprotju | weight=0.054
=v =nasprotju | weight=0.054
=je =tako | weight=0.054
=jih =veze | weight=0.054
=veze | weight=0.054
=garancijo =so | weight=0.054
=klical =dva | weight=0.053
=montaze =mi | weight=0.053
=nasprotju =s | weight=0.053
=pravi =ceprav | weight=0.053
=termin =montaze | weight=0.053
=brati | weight=0.053
=bil =zavrnjena | weight=0.053
=da =zgodnje | weight=0.052
=ker =tako | weight=0.052
=vlogo | weight=0.052
=vezave | weight=0.051
=in =prodajalka | weight=0.051
=prodajalka =se | weight=0.051
=da =nic | weight=0.051, noneg
