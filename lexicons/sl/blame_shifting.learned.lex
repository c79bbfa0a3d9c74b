# blame_shifting, sl: learned by scripts/learn.py from 2594 tuning texts (209 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ dostavljavec pise da je naslov napacen. naslov je pravilen, isti kot zadnjih 10 let.
+ Za poplavljeno klet zaradi zamašene kanalizacije pravite, da je kriva občina, občina pa pravi, da vi.
+ Na Elektru so mi povedali, da je za prenapetost, ki mi je uničila hladilnik, kriva moja stara napeljava. Vaše omrežje je bilo tisto noč v okvari, zato zahtevam povračilo škode.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=kriv | weight=0.526
=nisem =pravocasno | weight=0.382, noneg
=dobavitelj | weight=0.347
=izgovarjate | weight=0.332
=ni =njih | weight=0.328, noneg
=kurir | weight=0.325
=odgovornost | weight=0.317
=trdi | weight=0.310
=zvalili | weight=0.303
=krivda | weight=0.302
=kolega | weight=0.301
=proizvajalec | weight=0.293
=povzrocila | weight=0.290
=izmotaval | weight=0.290
=izmotaval =z | weight=0.290
=zvalili =na | weight=0.279
=racunovodstvo | weight=0.279
=odprl | weight=0.271
=servis | weight=0.270
=menda | weight=0.268
=problem | weight=0.263
=da =sem | weight=0.256
=prevoznik | weight=0.249
=zogico | weight=0.230
=cas =se | weight=0.229
=pravi =da | weight=0.225
=prevalili | weight=0.221
=prevalili =na | weight=0.221
=to =moja | weight=0.216
=mi =da | weight=0.214
=je =to | weight=0.210
=skladisce | weight=0.207
=na =dobavitelj | weight=0.206
=napaka =so | weight=0.202
=za =napacen | weight=0.201
=pokvaril | weight=0.201
=rekli =so | weight=0.200
=nepravilno | weight=0.199
=vedeti =kdaj | weight=0.198
=ne =oni | weight=0.197, noneg
=moja =banki | weight=0.197
=okrivil | weight=0.196
=uporabljati | weight=0.195
=pa =nazaj | weight=0.195
=na =kurir | weight=0.193
=pripisal | weight=0.193
=ne =nas | weight=0.189, noneg
=zavrnili =ker | weight=0.188
=naj =bi | weight=0.188
=da =je | weight=0.188
=ocitali | weight=0.187
=ocitali =da | weight=0.187
=trdi =da | weight=0.187
=prelaga | weight=0.186
=prelaga =na | weight=0.186
=posledica | weight=0.185
=tezav | weight=0.184
=kriv =ker | weight=0.183
=zahtevek | weight=0.182
=nihce =noce | weight=0.181, noneg
=je =za | weight=0.180
=na =sistem | weight=0.178
=vi | weight=0.175
=da =za | weight=0.174
=da =sm | weight=0.173
=uporabniski | weight=0.172
=za =pokvarjen | weight=0.171
=ker =nisem | weight=0.170, noneg
=gre =za | weight=0.169
=samo =vedeti | weight=0.168
=me =da | weight=0.168
=ni =nas | weight=0.168, noneg
=ne =njih | weight=0.168, noneg
=poskodovan | weight=0.168
=sem =sele | weight=0.168
=prevoznik =ne | weight=0.166, noneg
=izgovor | weight=0.165
=kabel | weight=0.163
=naj =se | weight=0.162
=valijo | weight=0.161
=valijo =na | weight=0.161
=samo =ste | weight=0.157
=dostavljavec | weight=0.156
=si =ze | weight=0.156
=izgovarjate =na | weight=0.155
=se =izgovarjate | weight=0.155
=s =tem | weight=0.155
=seveda | weight=0.155
=je =tezav | weight=0.155
=stvar | weight=0.152
=podajata | weight=0.152
=podajata =zogico | weight=0.152
=da =nisem | weight=0.151, noneg
=nikoli | weight=0.151, noneg
=za =okvaro | weight=0.150
=embalaza | weight=0.150
=usluzbenec =je | weight=0.149
=sebe | weight=0.148
=vas =problem | weight=0.145
=drugi =oddelek | weight=0.145
=omaro | weight=0.145
=je =pravilno | weight=0.145
=je =stvar | weight=0.144
=dogovorili =samo | weight=0.143
=je =problem | weight=0.143
=pa =da | weight=0.142
=ne =znate | weight=0.142, noneg
=sistem | weight=0.140
=nikoli =ni | weight=0.139, noneg
=kateri =pa | weight=0.139
=moja =telefonu | weight=0.138
=ob =vsak | weight=0.137
=pravi =naj | weight=0.137
=oni | weight=0.137
=silil | weight=0.137
=zlom | weight=0.137
=naj =pocakam | weight=0.136
=nimam =nic | weight=0.135, noneg
=nastala | weight=0.135
=si | weight=0.135
=oddelek | weight=0.134
=uporabe | weight=0.133
=kriv =posti | weight=0.133
=za =napaka | weight=0.132
=narobe =klikniti | weight=0.131
=racunovodstvo =in | weight=0.131
=moral =samo | weight=0.130
=je =da | weight=0.129
=da =zato | weight=0.129
=servis =so | weight=0.129
=je =kriv | weight=0.128
=da =to | weight=0.128
=pravilno | weight=0.127
=dogovorili | weight=0.127
=odgovor =ste | weight=0.127
=povzrocila =moja | weight=0.126
=je =naslov | weight=0.125
=nekaj =narobe | weight=0.125
=dvakrat =ker | weight=0.124
=vas =jaz | weight=0.124
=so =zvalili | weight=0.124
=bremenili | weight=0.123
=posti | weight=0.122
=na =racunovodstvo | weight=0.122
=so =pokazal | weight=0.122
=nekaj =drugi | weight=0.122
=bi =povzrocila | weight=0.122
=povzrocila =posti | weight=0.122
=zamudo =naj | weight=0.122
=usluzbenka =mi | weight=0.120
=cevlje | weight=0.120
=kurir =pa | weight=0.119
=se =s | weight=0.116
=klikniti | weight=0.116
=kdaj =se | weight=0.116
=moja =racunalnika | weight=0.116
=racunalnika =ne | weight=0.116, noneg
=pokazal =na | weight=0.116
=kriv =moja | weight=0.116
=samo =narobe | weight=0.116
=podizvajalca | weight=0.116
=posiljatelj | weight=0.116
=pojasnila | weight=0.115
=kriv =vreme | weight=0.115
=ne =ve | weight=0.115, noneg
=kriv =drugi | weight=0.115
=mi =ocitali | weight=0.114
=ves =cas | weight=0.113
=to =napaka | weight=0.113
=odgovarja | weight=0.113
=nihce =od | weight=0.113, noneg
=moja =reklamacijo | weight=0.113
=z =nov | weight=0.112
=agent =je | weight=0.112
=sem =telefonu | weight=0.112
=to =zaradi | weight=0.111
=napeljava | weight=0.111
=izgubila =posti | weight=0.111
=jakno | weight=0.111
=mnenje | weight=0.110
=pritozil | weight=0.110
=tezav =je | weight=0.110
=traja | weight=0.109
=vedeti | weight=0.109
=ceprav | weight=0.108
=sm | weight=0.108
=vedno =kriv | weight=0.108
=ste =zavrnili | weight=0.108
=kriv =sistem | weight=0.108
=oni =ne | weight=0.107, noneg
=zaradi =moja | weight=0.107
=banki =moja | weight=0.107
=uporabljati =in | weight=0.107
=isto =kot | weight=0.107
=in =serviser | weight=0.107
=so =prevalili | weight=0.107
=uvoznik | weight=0.106
=dostavna | weight=0.106
=dostavna =sluzba | weight=0.106
=na =vas | weight=0.106
=operaterka =je | weight=0.106
=napaka | weight=0.106
=je =izgubila | weight=0.105
=klikniti =mi | weight=0.103
=nisem =klikniti | weight=0.103, noneg
=trgovini =in | weight=0.103
=da =oni | weight=0.103
=odprl =samo | weight=0.103
=ga =prevec | weight=0.102
=prevec =nalagali | weight=0.102
=narobe =izpolnil | weight=0.102
=so =vse | weight=0.102
=samo =svoje | weight=0.102
=poskodba | weight=0.101
=letaliscu | weight=0.101
=narobe =uporabljati | weight=0.101
=pol =let | weight=0.101
=odgovarja =prevoznik | weight=0.101
=upravlja | weight=0.101
=ne =vi | weight=0.099, noneg
=gre | weight=0.099
=zavarovalnica =in | weight=0.099
=napacen | weight=0.099
=zamudo | weight=0.099
=nalagali | weight=0.099
=klikniti =nicesar | weight=0.099, noneg
=elektricni | weight=0.098
=nisem =bil | weight=0.097, noneg
=servis =pravi | weight=0.097
=verjetno =samo | weight=0.097
=odgovornost =so | weight=0.097
=serviser =je | weight=0.097
=ze =pol | weight=0.097
=garancijo =ne | weight=0.097, noneg
=je =zamudo | weight=0.096
=trdi =so | weight=0.096
=ze =mesec | weight=0.096
=ce =ne | weight=0.096, noneg
=zavrnili | weight=0.095
=ceprav =so | weight=0.095
=partner | weight=0.095
=ni =odgovoren | weight=0.094, noneg
=zato =ne | weight=0.094, noneg
=na =podizvajalca | weight=0.093
=se =na | weight=0.093
=kot =invalid | weight=0.093
=na =glas | weight=0.093
=napravo | weight=0.093
=krivda =so | weight=0.093
=wifi | weight=0.092
=imam =z | weight=0.092
=na =letaliscu | weight=0.091
=po =navodila | weight=0.091
=kupil | weight=0.091
=okvaro | weight=0.091
=je =kolega | weight=0.090
=nakazilo =zablokirala | weight=0.090
=zablokirala | weight=0.090
=zablokirala =moja | weight=0.090
=ste =da | weight=0.089
=dezju | weight=0.089
=je =napaka | weight=0.089
=so =rekli | weight=0.089
=obcina | weight=0.088
=posti =pa | weight=0.088
=reklamacijo =zavrnili | weight=0.088
=pokazal | weight=0.088
=tem =nimam | weight=0.088
=nosom | weight=0.087
=ceprav =ga | weight=0.087
=pocakam | weight=0.087
=ne =pa | weight=0.087, noneg
=pisem =da | weight=0.087
=kdo =pa | weight=0.087
=sem =ga | weight=0.086
=reklamacijo =so | weight=0.086
=ceprav =je | weight=0.086
=kaj =ne | weight=0.086, noneg
=ko =kaj | weight=0.086
=visje | weight=0.086
=nimam =vpliva | weight=0.086
=vpliva | weight=0.086
=baje | weight=0.085
=vreme | weight=0.085
=ce =aplikacija | weight=0.085, noneg
=da =ce | weight=0.085, noneg
=ne =obvladam | weight=0.085, noneg
=vas =banki | weight=0.085
=je =aplikacija | weight=0.085
=to =ne | weight=0.084, noneg
=pa =ne | weight=0.084, noneg
=pod | weight=0.084
=osebo =pa | weight=0.083
=verjetno | weight=0.083
=vozicku =nisem | weight=0.083, noneg
=to =kriv | weight=0.083
=bil =to | weight=0.083
=je =zvalili | weight=0.083
=tezav =pri | weight=0.082
=mi =pravi | weight=0.082
=prejsnji | weight=0.082
=namesto | weight=0.081
=zamudo =pri | weight=0.081
=sem =napravo | weight=0.081
=prejsnji =izvajalec | weight=0.081
=pri =prejsnji | weight=0.081
=ker =naj | weight=0.081
=blokiral | weight=0.080
=vas =tehnik | weight=0.079
=njih =kriv | weight=0.079
=po =besede | weight=0.079
=nastala =zaradi | weight=0.079
=ne =v | weight=0.079, noneg
=telefonu =ni | weight=0.079, noneg
=rekli =na | weight=0.079
=davcno | weight=0.078
=izgubila | weight=0.078
=odgovoren =posiljatelj | weight=0.078
=posiljko =odgovoren | weight=0.078
=kes | weight=0.077
=okvaro =povzrocila | weight=0.077
=drugi =nihce | weight=0.077, noneg
=in =da | weight=0.077
=poskodovan =zaradi | weight=0.077
=zaradi =uporabe | weight=0.077
=za =izgubljeno | weight=0.077
=sem =reklamirala | weight=0.076
=ni =za | weight=0.076, noneg
=moja =star | weight=0.076
=ker =sva | weight=0.076
=je =okvaro | weight=0.076
=odpisali =da | weight=0.076
=svetovalka =je | weight=0.075
=racun =so | weight=0.075
=pokvaril =ker | weight=0.074
=reklamirala | weight=0.074
=reklamacijski | weight=0.074
=reklamacijski =pravilniku | weight=0.074
=letalska =druzba | weight=0.074
=preverim | weight=0.073
=sistem =in | weight=0.073
=moja =router | weight=0.073
=je =krivda | weight=0.073
=za =nic | weight=0.073, noneg
=mi =odpisali | weight=0.073
=sistem =samo | weight=0.073
=klepetu =so | weight=0.072
=je =vztrajal | weight=0.072
=to =vas | weight=0.071
=reklamacijo | weight=0.071
=po =njih | weight=0.071
=arogantno | weight=0.071
=sin =ker | weight=0.071
=izvajalec | weight=0.071
=crknil =ker | weight=0.071
=zmeni | weight=0.070
=za =zamudo | weight=0.070
=bi =moral | weight=0.070
=racunovodstvo =pa | weight=0.070
=pustili =na | weight=0.070
=ces | weight=0.069
=pokvaril =samo | weight=0.069
=pa =trdi | weight=0.069
=ni =v | weight=0.069, noneg
=odgovoren | weight=0.069
=ni =poslali | weight=0.068, noneg
=usmerjevalnik | weight=0.068
=izpolnil | weight=0.068
=narobe | weight=0.067
=bil =denar | weight=0.067
=denar =nakazilo | weight=0.067
=nakazilo =pravocasno | weight=0.067
=placilo =ste | weight=0.067
=pripisal =moja | weight=0.067
=ste =pripisal | weight=0.067
=napacen =racun | weight=0.067
=na =nekoga | weight=0.067
=da =jih | weight=0.067
=tablico | weight=0.067
=ki =se | weight=0.066
=klepetu =ce | weight=0.066, noneg
=ces =da | weight=0.066
=invalid | weight=0.066
=zaslon | weight=0.066
=to =ni | weight=0.066, noneg
=bi =priznam | weight=0.065
=to =problem | weight=0.065
=ker =ni | weight=0.065, noneg
=racunalnika | weight=0.065
=so =za | weight=0.065
=na =skladisce | weight=0.065
=zato =garancijo | weight=0.065
=prodajalna | weight=0.065
=so =kriv | weight=0.064
=zavarovalnica | weight=0.064
=usluzbenec =pravi | weight=0.064
=izgubljeno =posiljko | weight=0.064
=aplikacija =sesula | weight=0.063
=rekli =samo | weight=0.063
=in =brez | weight=0.062, noneg
