# blame_shifting, sl: learned by scripts/learn.py from 2816 tuning texts (214 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ dostavljavec pise da je naslov napacen. naslov je pravilen, isti kot zadnjih 10 let.
+ Za poplavljeno klet zaradi zamašene kanalizacije pravite, da je kriva občina, občina pa pravi, da vi.
+ Na Elektru so mi povedali, da je za prenapetost, ki mi je uničila hladilnik, kriva moja stara napeljava. Vaše omrežje je bilo tisto noč v okvari, zato zahtevam povračilo škode.
- Ovadili vas bomo.
- nihce mi ni odpisal
=kriv | weight=0.480
=nisem =pravocasno | weight=0.387, noneg
=odgovornost | weight=0.354
=dobavitelj | weight=0.344
=izgovarjate | weight=0.336
=trdi | weight=0.324
=ni =njih | weight=0.324, noneg
=nihce =noce | weight=0.322, noneg
=krivda | weight=0.316
=kurir | weight=0.306
=kolega | weight=0.300
=zvalili | weight=0.297
=proizvajalec | weight=0.293
=povzrocila | weight=0.290
=izmotaval | weight=0.274
=izmotaval =z | weight=0.274
=servis | weight=0.272
=odprl | weight=0.269
=racunovodstvo | weight=0.269
=menda | weight=0.267
=zvalili =na | weight=0.266
=problem | weight=0.255
=da =sem | weight=0.252
=prevoznik | weight=0.245
=cas =se | weight=0.242
=zogico | weight=0.224
=drugi =nihce | weight=0.224, noneg
=valijo | weight=0.223
=to =moja | weight=0.220
=skladisce | weight=0.220
=je =to | weight=0.216
=prevalili | weight=0.215
=prevalili =na | weight=0.215
=na =dobavitelj | weight=0.213
=pravi =da | weight=0.210
=za =napacen | weight=0.210
=mi =da | weight=0.205
=uporabljati | weight=0.203
=vedeti =kdaj | weight=0.200
=nepravilno | weight=0.199
=ne =nas | weight=0.199, noneg
=napaka =so | weight=0.198
=ocitali | weight=0.196
=ocitali =da | weight=0.196
=pripisal | weight=0.194
=moja =banki | weight=0.194
=pa =nazaj | weight=0.194
=okrivil | weight=0.194
=ne =oni | weight=0.193, noneg
=je =za | weight=0.193
=zavrnili =ker | weight=0.189
=trdi =da | weight=0.189
=da =je | weight=0.189
=posledica | weight=0.188
=na =kurir | weight=0.188
=rekli =so | weight=0.186
=naj =bi | weight=0.183
=da =za | weight=0.179
=ni =nas | weight=0.177, noneg
=samo =vedeti | weight=0.171
=naj =se | weight=0.170
=uporabniski | weight=0.170
=poskodovan | weight=0.170
=prelaga | weight=0.169
=prelaga =na | weight=0.169
=da =sm | weight=0.169
=za =okvaro | weight=0.168
=zahtevek | weight=0.167
=samo =ste | weight=0.167
=seveda | weight=0.166
=poslal =k | weight=0.166
=sem =sele | weight=0.166
=me =da | weight=0.166
=na =sistem | weight=0.166
=izgovarjate =na | weight=0.165
=se =izgovarjate | weight=0.165
=tezav | weight=0.165
=gre =za | weight=0.164
=kabel | weight=0.163
=ne =njih | weight=0.162, noneg
=prevoznik =ne | weight=0.161, noneg
=si =ze | weight=0.160
=za =pokvarjen | weight=0.158
=podajata | weight=0.157
=podajata =zogico | weight=0.157
=s =tem | weight=0.155
=da =nisem | weight=0.154, noneg
=nikoli | weight=0.153, noneg
=sebe | weight=0.153
=embalaza | weight=0.153
=stvar | weight=0.152
=pa =da | weight=0.151
=uporabe | weight=0.149
=za =napaka | weight=0.148
=valijo =na | weight=0.147
=je =stvar | weight=0.147
=dogovorili =samo | weight=0.146
=usluzbenec =je | weight=0.146
=vas =problem | weight=0.146
=agent =se | weight=0.146
=da =to | weight=0.146
=zlom | weight=0.145
=je =tezav | weight=0.144
=ne =znate | weight=0.143, noneg
=pravi =naj | weight=0.142
=je =kriv | weight=0.142
=dostavljavec | weight=0.142
=narobe =klikniti | weight=0.141
=je =problem | weight=0.141
=vas =jaz | weight=0.140
=sistem | weight=0.140
=izgovor | weight=0.140
=kateri =pa | weight=0.139
=kriv =posti | weight=0.139
=omaro | weight=0.137
=nimam =nic | weight=0.137, noneg
=silil | weight=0.137
=naj =pocakam | weight=0.136
=pojasnila | weight=0.135
=kriv =ker | weight=0.135
=nastala | weight=0.134
=nikoli =ni | weight=0.133, noneg
=nekaj =narobe | weight=0.132
=je =pravilno | weight=0.132
=drugi =oddelek | weight=0.131
=odgovor =ste | weight=0.131
=oni | weight=0.131
=povzrocila =moja | weight=0.131
=dogovorili | weight=0.130
=servis =so | weight=0.130
=moja =telefonu | weight=0.130
=bremenili | weight=0.128
=si | weight=0.128
=dvakrat =ker | weight=0.128
=oddelek | weight=0.127
=posti | weight=0.127
=moral =samo | weight=0.126
=klikniti | weight=0.126
=ob =vsak | weight=0.125
=kurir =pa | weight=0.125
=je =da | weight=0.125
=usluzbenka =mi | weight=0.125
=racunovodstvo =in | weight=0.125
=bi =povzrocila | weight=0.124
=povzrocila =posti | weight=0.124
=zamudo =naj | weight=0.124
=cevlje | weight=0.123
=kdaj =se | weight=0.122
=nekaj =drugi | weight=0.122
=pravilno | weight=0.122
=na =racunovodstvo | weight=0.119
=so =pokazal | weight=0.119
=da =zato | weight=0.119
=sem =telefonu | weight=0.119
=kriv =vreme | weight=0.119
=odgovarjajo | weight=0.119
=klikniti =mi | weight=0.119
=nisem =klikniti | weight=0.119, noneg
=z =nov | weight=0.119
=izgubila =posti | weight=0.118
=je =naslov | weight=0.117
=kriv =moja | weight=0.117
=sm | weight=0.117
=garancija =ne | weight=0.117, noneg
=se =s | weight=0.116
=samo =svoje | weight=0.115
=agent =je | weight=0.115
=vi | weight=0.115
=klikniti =nicesar | weight=0.115, noneg
=oni =ne | weight=0.115, noneg
=dostavna | weight=0.114
=dostavna =sluzba | weight=0.114
=kriv =sistem | weight=0.114
=mnenje | weight=0.114
=pritozil | weight=0.114
=da =oni | weight=0.114
=so =zvalili | weight=0.113
=napeljava | weight=0.113
=posiljatelj | weight=0.113
=so =prevalili | weight=0.113
=nisem =bil | weight=0.112, noneg
=banki =moja | weight=0.111
=moja =racunalnika | weight=0.111
=racunalnika =ne | weight=0.111, noneg
=ker =nisem | weight=0.111, noneg
=jakno | weight=0.111
=ga =prevec | weight=0.111
=prevec =nalagali | weight=0.111
=pokazal =na | weight=0.111
=ste =zavrnili | weight=0.111
=tezav =je | weight=0.111
=uvoznik | weight=0.110
=to =zaradi | weight=0.109
=mi =ocitali | weight=0.109
=odprl =samo | weight=0.109
=nihce =od | weight=0.109, noneg
=vsak =me | weight=0.108
=samo =narobe | weight=0.108
=traja | weight=0.108
=nalagali | weight=0.107
=baje | weight=0.107
=moja =reklamacijo | weight=0.106
=operaterka =je | weight=0.106
=uporabljati =in | weight=0.105
=vsak =oddelek | weight=0.105
=in =serviser | weight=0.105
=vedeti | weight=0.105
=ves =cas | weight=0.104
=reklamacijo =in | weight=0.104
=poskodba | weight=0.104
=zaradi =moja | weight=0.104
=zavrnili | weight=0.104
=okvaro | weight=0.104
=to =napaka | weight=0.104
=vedno =kriv | weight=0.104
=podizvajalca | weight=0.103
=narobe =izpolnil | weight=0.103
=trgovini =in | weight=0.102
=so =vse | weight=0.102
=naslov =je | weight=0.102
=ne =ve | weight=0.100, noneg
=elektricni | weight=0.100
=pol =let | weight=0.100
=tem =nimam | weight=0.099
=trdi =so | weight=0.099
=letaliscu | weight=0.099
=napaka | weight=0.099
=sem =ga | weight=0.099
=krivda =so | weight=0.099
=narobe =uporabljati | weight=0.099
=kriv =drugi | weight=0.098
=zavarovalnica =in | weight=0.098
=servis =pravi | weight=0.098
=ze =pol | weight=0.098
=ce =ne | weight=0.098, noneg
=isto =kot | weight=0.097
=odgovornost =so | weight=0.097
=rekli =na | weight=0.095
=ne =vi | weight=0.095, noneg
=verjetno =samo | weight=0.095
=na =letaliscu | weight=0.095
=upravlja | weight=0.094
=kupil | weight=0.094
=je =izgubila | weight=0.094
=ceprav | weight=0.094
=pokazal | weight=0.093
=nakazilo =zablokirala | weight=0.093
=zablokirala | weight=0.093
=zablokirala =moja | weight=0.093
=pokvaril | weight=0.093
=ceprav =so | weight=0.093
=kot =invalid | weight=0.092
=je =napaka | weight=0.092
=tezav =pri | weight=0.092
=nimam =vpliva | weight=0.092
=vpliva | weight=0.092
=kes | weight=0.092
=obcina | weight=0.092
=pod | weight=0.092
=posti =pa | weight=0.092
=ste =da | weight=0.091
=je =kolega | weight=0.091
=na =glas | weight=0.091
=ce =aplikacija | weight=0.091, noneg
=da =ce | weight=0.091, noneg
=ne =obvladam | weight=0.091, noneg
=vas =tehnik | weight=0.091
=ceprav =ga | weight=0.091
=wifi | weight=0.091
=telefonu =ni | weight=0.090, noneg
=dezju | weight=0.090
=napravo | weight=0.089
=odgovarjajo =prevoznik | weight=0.089
=racun =so | weight=0.089
=pokvaril =ker | weight=0.088
=kaj =ne | weight=0.087, noneg
=ko =kaj | weight=0.087
=napacen | weight=0.087
=pocakam | weight=0.087
=ni =odgovoren | weight=0.086, noneg
=ker =naj | weight=0.086
=so =rekli | weight=0.086
=nosom | weight=0.086
=zamudo =pri | weight=0.085
=se =na | weight=0.085
=vas =banki | weight=0.085
=partner | weight=0.085
=imam =z | weight=0.085
=je =zamudo | weight=0.084
=to =kriv | weight=0.084
=verjetno | weight=0.084
=vozicku =nisem | weight=0.084, noneg
=po =navodila | weight=0.084
=pa =ne | weight=0.083, noneg
=namesto | weight=0.083
=ker =sva | weight=0.083
=pisem =da | weight=0.083
=odgovoren =posiljatelj | weight=0.083
=posiljka =odgovoren | weight=0.083
=narobe | weight=0.083
=bil =to | weight=0.083
=za =izgubljeno | weight=0.083
=to =ne | weight=0.082, noneg
=pa =trdi | weight=0.082
=zato =ne | weight=0.081, noneg
=sem =napravo | weight=0.081
=gre | weight=0.081
=je =zvalili | weight=0.080
=reklamacijo =zavrnili | weight=0.080
=blokirana | weight=0.080
=davcno | weight=0.080
=zamudo | weight=0.080
=mi =odpisali | weight=0.080
=na =podizvajalca | weight=0.080
=osebo =pa | weight=0.080
=odpisali =da | weight=0.080
=moja =star | weight=0.080
=prejsnji =izvajalec | weight=0.079
=pri =prejsnji | weight=0.079
=izgubila | weight=0.079
=mi =pravi | weight=0.079
=je =okvaro | weight=0.079
=ne =pa | weight=0.079, noneg
=klepetu =so | weight=0.078
=in =da | weight=0.078
=letalska =druzba | weight=0.077
=za =zamudo | weight=0.077
=po =njih | weight=0.077
=arogantno | weight=0.077
=po =besede | weight=0.076
=je =krivda | weight=0.076
=sem =si | weight=0.076
=sem =reklamirala | weight=0.076
=sem =ter | weight=0.076
=ter =tja | weight=0.076
=visje | weight=0.075
=moja =router | weight=0.075
=ces | weight=0.075
=vreme | weight=0.074
=okvaro =povzrocila | weight=0.074
=usmerjevalnik | weight=0.074
=so =kriv | weight=0.074
=ze =mesec | weight=0.074
=poskodovan =zaradi | weight=0.074
=zaradi =uporabe | weight=0.074
=na =skladisce | weight=0.073
=ceprav =je | weight=0.073
=njih =kriv | weight=0.073
=posti =in | weight=0.073
=so =za | weight=0.073
=je =aplikacija | weight=0.073
=reklamirala | weight=0.073
=tja | weight=0.073
=nakazilo | weight=0.072
=zato =garancija | weight=0.072
=pokvaril =samo | weight=0.072
=preverim | weight=0.071
=to =problem | weight=0.071
=sin =ker | weight=0.071
=pustili =na | weight=0.071
=nastala =zaradi | weight=0.071
=izvajalec | weight=0.070
=je =vztrajal | weight=0.070
=to =vas | weight=0.070
=na =vozicku | weight=0.070
=napacen =racun | weight=0.070
=reklamacijo =so | weight=0.070
=sistem =in | weight=0.070
=ne =v | weight=0.070, noneg
=izgubljeno =posiljka | weight=0.069
=svetovalka =je | weight=0.069
=kaze =na | weight=0.069
=je =nakazilo | weight=0.069
=ni =v | weight=0.069, noneg
=tablico | weight=0.069
=kdo =pa | weight=0.069
=bi =moral | weight=0.069
=in =brez | weight=0.068, noneg
=so =to | weight=0.068
=bil =denar | weight=0.068
=denar =nakazilo | weight=0.068
=nakazilo =pravocasno | weight=0.068
=placilo =ste | weight=0.068
=pripisal =moja | weight=0.068
=ste =pripisal | weight=0.068
=prejsnji | weight=0.068
=zmeni | weight=0.068
=reklamacijski | weight=0.068
=reklamacijski =pravilniku | weight=0.068
=bi =priznam | weight=0.068
=na =serviser | weight=0.068
=serviser =na | weight=0.068
=serviser =serviser | weight=0.068
=pa =samo | weight=0.068
=sistem =samo | weight=0.067
=zavarovalnica | weight=0.067
=smo =ga | weight=0.067
=ter | weight=0.067
=ni =poslal | weight=0.067, noneg
=zgodbo | weight=0.067
