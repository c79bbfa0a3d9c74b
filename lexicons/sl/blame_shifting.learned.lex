# blame_shifting, sl: learned by scripts/learn.py from 2314 tuning texts (184 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Vaš kurir mi je paket vrgel preko ograje, in ko sem ga na to opozoril, mi je rekel, naj ne nadlegujem in da sem SAM KRIV, ker nimam nabiralnika. Paket je seveda UNIČEN. Kakšna usrana storitev. Vse bom objavil na Facebooku. 😡
+ Krivdo je zvalila na kurirje.
+ Rekli so, da je kriva pošta, ne oni.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=kriv | weight=0.527
=nisem =pravocasno | weight=0.358, noneg
=dobavitelj | weight=0.347
=trdi | weight=0.322
=izgovarjate | weight=0.321
=odgovornost | weight=0.317
=kurir | weight=0.311
=zvalili | weight=0.307
=krivda | weight=0.304
=kolo | weight=0.289
=povzrocila | weight=0.288
=racunovodstvo | weight=0.288
=izmotaval | weight=0.285
=izmotaval =z | weight=0.285
=pravi =da | weight=0.283
=odprl | weight=0.283
=menda | weight=0.281
=zvalili =na | weight=0.278
=servis | weight=0.268
=proizvajalec | weight=0.268
=da =sem | weight=0.259
=problem | weight=0.257
=ni =njih | weight=0.255, noneg
=prevoznik | weight=0.248
=zogico | weight=0.235
=cas =se | weight=0.233
=prevalili | weight=0.222
=prevalili =na | weight=0.222
=pripisal | weight=0.220
=da =za | weight=0.217
=to =moja | weight=0.216
=vi | weight=0.211
=na =dobavitelj | weight=0.209
=za =napacen | weight=0.208
=rekli =so | weight=0.205
=mi =da | weight=0.205
=je =to | weight=0.205
=kriv =ker | weight=0.205
=skladisce | weight=0.203
=napaka =so | weight=0.203
=da =to | weight=0.200
=za =pokvarjen | weight=0.199
=okrivil | weight=0.198
=zavrnili =ker | weight=0.197
=nepravilno | weight=0.196
=prelaga | weight=0.194
=prelaga =na | weight=0.194
=trdi =da | weight=0.193
=ne =oni | weight=0.192, noneg
=ocitali | weight=0.188
=ocitali =da | weight=0.188
=moral =samo | weight=0.187
=vedeti =kdaj | weight=0.187
=ne =nas | weight=0.186, noneg
=na =sistem | weight=0.185
=pokvaril | weight=0.182
=si | weight=0.181
=na =kurir | weight=0.179
=je =za | weight=0.178
=uporabljati | weight=0.175
=naj =bi | weight=0.175
=poskodovan | weight=0.174
=moja =banki | weight=0.173
=si =ze | weight=0.173
=uporabniski | weight=0.171
=da =je | weight=0.171
=me =da | weight=0.170
=ne =njih | weight=0.170, noneg
=da =sm | weight=0.169
=posledica | weight=0.169
=sem =sele | weight=0.169
=prevoznik =ne | weight=0.167, noneg
=kabel | weight=0.166
=gre =za | weight=0.166
=samo =ste | weight=0.166
=valijo | weight=0.162
=valijo =na | weight=0.162
=ni =nas | weight=0.162, noneg
=tezav | weight=0.161
=nihce =noce | weight=0.160, noneg
=ker =nisem | weight=0.160, noneg
=da =nisem | weight=0.158, noneg
=s =tem | weight=0.158
=izgovor | weight=0.157
=zahtevek | weight=0.156
=je =stvar | weight=0.156
=ste =zavrnili | weight=0.155
=dogovorili =samo | weight=0.154
=pa =nazaj | weight=0.153
=stvar | weight=0.152
=podajata | weight=0.152
=podajata =zogico | weight=0.152
=sistem | weight=0.151
=samo =vedeti | weight=0.151
=je =tezav | weight=0.149
=naj =se | weight=0.149
=vas =problem | weight=0.148
=ne =znate | weight=0.148, noneg
=za =okvaro | weight=0.147
=ceprav | weight=0.146
=pravi =naj | weight=0.146
=nikoli | weight=0.145, noneg
=izgovarjate =na | weight=0.144
=se =izgovarjate | weight=0.144
=za =napaka | weight=0.142
=uporabe | weight=0.141
=ob =vsak | weight=0.139
=usluzbenec =je | weight=0.139
=zlom | weight=0.139
=nikoli =ni | weight=0.139, noneg
=oni | weight=0.138
=sebe | weight=0.138
=je =problem | weight=0.137
=omaro | weight=0.136
=narobe =klikniti | weight=0.135
=silil | weight=0.135
=racunovodstvo =in | weight=0.134
=bi =povzrocila | weight=0.133
=povzrocila =posti | weight=0.133
=zamudo =naj | weight=0.133
=dogovorili | weight=0.132
=kriv =posti | weight=0.132
=nastala | weight=0.132
=naj =pocakam | weight=0.132
=so =vse | weight=0.130
=servis =so | weight=0.129
=embalaza | weight=0.128
=so =zvalili | weight=0.128
=je =da | weight=0.128
=povzrocila =moja | weight=0.127
=posiljatelj | weight=0.126
=nekaj =narobe | weight=0.125
=kurir =pa | weight=0.125
=cevlje | weight=0.123
=dostavna | weight=0.123
=dostavna =sluzba | weight=0.123
=na =racunovodstvo | weight=0.123
=so =pokazal | weight=0.123
=nimam =nic | weight=0.122, noneg
=usluzbenka =mi | weight=0.122
=klikniti | weight=0.122
=da =so | weight=0.120
=mi =ocitali | weight=0.119
=posti | weight=0.118
=so =prevalili | weight=0.118
=moja =racunalnika | weight=0.118
=racunalnika =ne | weight=0.118, noneg
=in =serviser | weight=0.117
=vas =jaz | weight=0.117
=odgovor =ste | weight=0.117
=kdaj =se | weight=0.117
=pokazal =na | weight=0.116
=banki =moja | weight=0.116
=kriv =drugi | weight=0.116
=ves =cas | weight=0.115
=sem =telefonu | weight=0.115
=kriv =sistem | weight=0.114
=tezav =je | weight=0.114
=nihce =od | weight=0.114, noneg
=mnenje | weight=0.114
=oni =ne | weight=0.113, noneg
=in =da | weight=0.113
=narobe =izpolnil | weight=0.113
=se =s | weight=0.113
=odprl =samo | weight=0.113
=vedno =kriv | weight=0.112
=ze =pol | weight=0.112
=zavrnili | weight=0.112
=da =zato | weight=0.112
=uporabljati =in | weight=0.111
=pa =da | weight=0.111
=operaterka =je | weight=0.111
=seveda | weight=0.110
=to =zaradi | weight=0.110
=z =nov | weight=0.110
=zavarovalnica =in | weight=0.109
=bremenili | weight=0.108
=traja | weight=0.107
=klikniti =mi | weight=0.107
=nisem =klikniti | weight=0.107, noneg
=ne =vi | weight=0.107, noneg
=vas =tehnik | weight=0.106
=napaka | weight=0.106
=moja =reklamacijo | weight=0.106
=pritozil | weight=0.106
=okvaro | weight=0.105
=dvakrat =ker | weight=0.105
=zaradi =moja | weight=0.105
=kriv =vreme | weight=0.105
=kot =invalid | weight=0.105
=na =vas | weight=0.104
=letaliscu | weight=0.104
=na =letaliscu | weight=0.104
=upravlja | weight=0.104
=krivda =so | weight=0.103
=to =napaka | weight=0.102
=narobe =uporabljati | weight=0.102
=ni =odgovoren | weight=0.102, noneg
=da =oni | weight=0.102
=odgovarjajo | weight=0.101
=klikniti =nicesar | weight=0.100, noneg
=poskodba | weight=0.100
=je =zamudo | weight=0.100
=kaj =ne | weight=0.100, noneg
=ko =kaj | weight=0.100
=sm | weight=0.100
=ga =prevec | weight=0.100
=prevec =nalagali | weight=0.100
=nisem =bil | weight=0.099, noneg
=za =izgubljeno | weight=0.099
=vedeti | weight=0.099
=na =glas | weight=0.098
=agent =je | weight=0.098
=imam =z | weight=0.097
=kriv =moja | weight=0.097
=oddelek | weight=0.097
=se =na | weight=0.097
=trgovini =in | weight=0.096
=sem =ga | weight=0.096
=vas =banki | weight=0.096
=serviser =je | weight=0.096
=zato =ne | weight=0.096, noneg
=odgovornost =so | weight=0.096
=nalagali | weight=0.095
=je =napaka | weight=0.095
=pojasnila | weight=0.095
=namesto | weight=0.095
=kupil | weight=0.095
=nosom | weight=0.094
=ce =ne | weight=0.094, noneg
=wifi | weight=0.094
=servis =pravi | weight=0.093
=osebo =pa | weight=0.092
=rekli =na | weight=0.092
=partner | weight=0.092
=podizvajalca | weight=0.092
=ze =mesec | weight=0.092
=je =kolo | weight=0.091
=vozicku =nisem | weight=0.091, noneg
=kdo =pa | weight=0.091
=odgovarjajo =prevoznik | weight=0.091
=reklamacijo =so | weight=0.090
=trdi =so | weight=0.090
=garancijo =ne | weight=0.088, noneg
=nimam =vpliva | weight=0.088
=vpliva | weight=0.088
=na =podizvajalca | weight=0.088
=dezju | weight=0.088
=pokvarjen | weight=0.088
=drugi =nihce | weight=0.087, noneg
=ce =aplikacija | weight=0.087, noneg
=da =ce | weight=0.087, noneg
=ne =obvladam | weight=0.087, noneg
=tem =nimam | weight=0.087
=baje | weight=0.086
=nakazilo =zablokirala | weight=0.085
=zablokirala | weight=0.085
=zablokirala =moja | weight=0.085
=zamudo | weight=0.085
=po =navodila | weight=0.084
=za =nic | weight=0.084, noneg
=samo =svoje | weight=0.084
=ker =sva | weight=0.084
=klepetu =so | weight=0.083
=prejsnji =izvajalec | weight=0.083
=pri =prejsnji | weight=0.083
=poskodovan =zaradi | weight=0.083
=zaradi =uporabe | weight=0.083
=ne =pa | weight=0.083, noneg
=reklamacijo | weight=0.083
=je =zvalili | weight=0.083
=mi =pravi | weight=0.083
=pa =trdi | weight=0.083
=moja =router | weight=0.082
=pokazal | weight=0.082
=racun =so | weight=0.082
=reklamirala | weight=0.082
=sem =reklamirala | weight=0.082
=gre | weight=0.081
=pod | weight=0.080
=zamudo =pri | weight=0.080
=prejsnji | weight=0.080
=hudica | weight=0.080
=aroganten | weight=0.079
=tezav =pri | weight=0.079
=napravo | weight=0.079
=to =ni | weight=0.079, noneg
=jakno | weight=0.079
=sem =jakno | weight=0.079
=ste =da | weight=0.078
=je =vztrajal | weight=0.078
=po =njih | weight=0.077
=to =kriv | weight=0.077
=reklamacijo =zavrnili | weight=0.077
=odpisali =da | weight=0.077
=mi =odpisali | weight=0.077
=odgovoren =posiljatelj | weight=0.076
=posiljka =odgovoren | weight=0.076
=sistem =samo | weight=0.076
=na =nekoga | weight=0.076
=reklamacijski | weight=0.076
=reklamacijski =pravilniku | weight=0.076
=izgubljeno | weight=0.074
=ker =naj | weight=0.074
=za =zamudo | weight=0.074
=na =vozicku | weight=0.074
=njih =kriv | weight=0.074
=ne =v | weight=0.074, noneg
=druzba | weight=0.073
=kes | weight=0.073
=pocakam | weight=0.073
=ceprav =ga | weight=0.073
=izvajalec | weight=0.073
=pravilniku | weight=0.073
=bil =to | weight=0.072
=nastala =zaradi | weight=0.072
=ki =se | weight=0.072
=telefonu =ni | weight=0.072, noneg
=preverim | weight=0.071
=je =okvaro | weight=0.071
=bi =priznam | weight=0.071
=pokvaril =samo | weight=0.071
=bi =moral | weight=0.070
=po =besede | weight=0.070
=tehnik =je | weight=0.070
=to =ne | weight=0.070, noneg
=izpolnil | weight=0.069
=je =aplikacija | weight=0.069
=izgubljeno =posiljka | weight=0.069
=racunovodstvo =pa | weight=0.069
=bil =denar | weight=0.069
=denar =nakazilo | weight=0.069
=nakazilo =pravocasno | weight=0.069
=placilo =ste | weight=0.069
=pripisal =moja | weight=0.069
=ste =pripisal | weight=0.069
=na =skladisce | weight=0.069
=zmeni | weight=0.069
=in =brez | weight=0.069, noneg
=napacen | weight=0.069
=okvaro =povzrocila | weight=0.068
=moja =telefonu | weight=0.068
=pokvaril =ker | weight=0.068
=narobe | weight=0.068
=ceprav =je | weight=0.067
=napacen =racun | weight=0.067
=banki =pa | weight=0.067
=drugi =na | weight=0.067
=je =krivda | weight=0.067
=sem =napravo | weight=0.066
=pokrita | weight=0.066
=ker =ni | weight=0.066, noneg
=chatu =mi | weight=0.065
=to =vas | weight=0.065
=invalid | weight=0.065
=gotovo =pokvaril | weight=0.065
=telefonu =gotovo | weight=0.065
=sin =ker | weight=0.065
=nisem =mogla | weight=0.065, noneg
=visje | weight=0.065
=so =kriv | weight=0.065
=usmerjevalnik | weight=0.065
=pustili =na | weight=0.065
=nastala =pri | weight=0.064
=kolegici | weight=0.064
=posti =kriv | weight=0.064
=samo =se | weight=0.064
=to =problem | weight=0.064
=poklical =mi | weight=0.064
=tablico | weight=0.063
=nas | weight=0.063
=sistem =in | weight=0.063
=to =najin | weight=0.062
=zavarovalnica | weight=0.062
=rekli =samo | weight=0.062
=klepetu =ce | weight=0.062, noneg
=odgovor =v | weight=0.062
=ces | weight=0.062
=hcerki | weight=0.062
=in =naj | weight=0.061
=vsak =oddelek | weight=0.061
=so =rekli | weight=0.061
=posiljatelj =pa | weight=0.060
=posiljatelj =posiljatelj | weight=0.060
=siv | weight=0.060
=nesramen =gospod | weight=0.060
=posti =in | weight=0.059
=tezav =zagotovo | weight=0.059
=zagotovo =povzrocila | weight=0.059
=zatrdil =je | weight=0.059
=moja =star | weight=0.059
=obratno | weight=0.059
=sem =spet | weight=0.059
=kupil =cevlje | weight=0.059
=da =ni | weight=0.059, noneg
=pa =samo | weight=0.059
=se =iztece | weight=0.058
=gotovo | weight=0.058
=usluzbenec | weight=0.058
=zatrdil | weight=0.058
