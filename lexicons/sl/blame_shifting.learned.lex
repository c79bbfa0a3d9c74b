# blame_shifting, sl: learned by scripts/learn.py from 2816 tuning texts (214 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ dostavljavec pise da je naslov napacen. naslov je pravilen, isti kot zadnjih 10 let.
+ serviser je zatrjeval, da sem sam kriv, ker nism redno cistil filtra, ceprav imam racune od servisa
+ Za poplavljeno klet zaradi zamašene kanalizacije pravite, da je kriva občina, občina pa pravi, da vi.
- Ovadili vas bomo.
- nihce mi ni odpisal
=kriv | weight=0.459
=ni =njih | weight=0.429, noneg
=dobavitelj | weight=0.414
=nisem =pravocasno | weight=0.378, noneg
=odgovornost | weight=0.358
=izgovarjate | weight=0.337
=nihce =noce | weight=0.321, noneg
=krivda | weight=0.319
=trdi | weight=0.312
=kurir | weight=0.312
=nepravilno | weight=0.304
=zvalili | weight=0.302
=kolega | weight=0.298
=servis | weight=0.284
=proizvajalec | weight=0.281
=povzrocila | weight=0.280
=izmotaval | weight=0.273
=izmotaval =z | weight=0.273
=racunovodstvo | weight=0.270
=zvalili =na | weight=0.268
=odprl | weight=0.266
=ne =oni | weight=0.265, noneg
=problem | weight=0.263
=menda | weight=0.254
=prevoznik | weight=0.251
=cas =se | weight=0.236
=zagotovo | weight=0.233
=drugi =nihce | weight=0.231, noneg
=da =sem | weight=0.231
=valijo | weight=0.230
=ocitali | weight=0.228
=ocitali =da | weight=0.228
=razbit | weight=0.224
=zaslon | weight=0.222
=zogico | weight=0.221
=skladisce | weight=0.219
=pravi =da | weight=0.218
=je =to | weight=0.214
=prevalili | weight=0.212
=prevalili =na | weight=0.212
=za =napacen | weight=0.208
=mi =da | weight=0.202
=na =dobavitelj | weight=0.201
=ne =nas | weight=0.200, noneg
=vedeti =kdaj | weight=0.199
=to =moja | weight=0.198
=je =za | weight=0.192
=okrivil | weight=0.191
=napaka =so | weight=0.190
=posledica | weight=0.189
=pa =nazaj | weight=0.188
=pripisal | weight=0.187
=rekli =so | weight=0.186
=trdi =da | weight=0.180
=ne =njih | weight=0.180, noneg
=da =je | weight=0.179
=zavrnili =ker | weight=0.179
=uporabljati | weight=0.179
=moja =banki | weight=0.179
=agent =je | weight=0.177
=na =kurir | weight=0.176
=ker =ga | weight=0.176
=izgubil | weight=0.174
=prelaga | weight=0.173
=prelaga =na | weight=0.173
=da =za | weight=0.173
=seveda | weight=0.173
=naj =bi | weight=0.172
=uporabniski | weight=0.172
=za =okvaro | weight=0.172
=na =sistem | weight=0.171
=samo =ste | weight=0.170
=zahtevek | weight=0.169
=poslal =k | weight=0.169
=zaradi =moja | weight=0.167
=gre =za | weight=0.167
=da =sm | weight=0.166
=me =da | weight=0.166
=izgovarjate =na | weight=0.163
=se =izgovarjate | weight=0.163
=prevoznik =ne | weight=0.162, noneg
=sem =sele | weight=0.159
=nikoli | weight=0.158, noneg
=valijo =na | weight=0.158
=samo =vedeti | weight=0.157
=podajata | weight=0.157
=podajata =zogico | weight=0.157
=za =pokvarjen | weight=0.157
=poskodovan | weight=0.156
=da =to | weight=0.155
=da =nisem | weight=0.155, noneg
=moja =star | weight=0.154
=nastala | weight=0.154
=kabel | weight=0.154
=naj =se | weight=0.153
=ni =nas | weight=0.152, noneg
=je =stvar | weight=0.152
=si =ze | weight=0.151
=embalaza | weight=0.151
=agent =se | weight=0.149
=je =razlozila | weight=0.149
=je =napaka | weight=0.149
=kriv =ker | weight=0.148
=nikoli =ni | weight=0.148, noneg
=je =problem | weight=0.148
=je =tezava | weight=0.147
=stvar | weight=0.147
=usmerjevalnik | weight=0.146
=usluzbenec =je | weight=0.144
=posti | weight=0.144
=sebe | weight=0.143
=dostavljavec | weight=0.143
=vas =problem | weight=0.143
=uporabe | weight=0.143
=narobe =klikniti | weight=0.142
=tezava =pri | weight=0.142
=izgovor | weight=0.141
=nimam =nic | weight=0.140, noneg
=vas =jaz | weight=0.140
=kateri =pa | weight=0.140
=ne =znate | weight=0.140, noneg
=dogovorili =samo | weight=0.140
=silil | weight=0.139
=za =napaka | weight=0.138
=zlom | weight=0.137
=kriv =posti | weight=0.136
=oddelek | weight=0.136
=omaro | weight=0.136
=nekaj =narobe | weight=0.136
=je =pravilno | weight=0.136
=pravi =naj | weight=0.135
=sistem | weight=0.135
=je =da | weight=0.135
=s =tem | weight=0.134
=ob =vsak | weight=0.133
=moja =telefonu | weight=0.133
=je =naslov | weight=0.132
=pravilno | weight=0.131
=naj =pocakam | weight=0.131
=da =zato | weight=0.131
=razlozila =da | weight=0.129
=drugi =oddelek | weight=0.129
=dogovorili | weight=0.128
=dvakrat =ker | weight=0.128
=bi =povzrocila | weight=0.127
=povzrocila =posti | weight=0.127
=zamudo =naj | weight=0.127
=klikniti | weight=0.127
=ga =je | weight=0.126
=nekaj =drugi | weight=0.125
=bremenili | weight=0.125
=pa =da | weight=0.124
=na =racunovodstvo | weight=0.124
=so =pokazal | weight=0.124
=tezava =je | weight=0.124
=moral =samo | weight=0.124
=kriv =vreme | weight=0.124
=racunovodstvo =in | weight=0.123
=odgovor =ste | weight=0.123
=odgovarjajo | weight=0.123
=si | weight=0.123
=kriv =sistem | weight=0.122
=sem =telefonu | weight=0.122
=pojasnila | weight=0.121
=povzrocila =moja | weight=0.121
=ker =nisem | weight=0.121, noneg
=klikniti =mi | weight=0.120
=nisem =klikniti | weight=0.120, noneg
=moja =strani | weight=0.120
=zadrzali | weight=0.120
=tezava | weight=0.120
=usluzbenka =mi | weight=0.120
=operaterka =je | weight=0.119
=kriv =moja | weight=0.119
=servis =so | weight=0.118
=se =s | weight=0.118
=kurir =pa | weight=0.118
=serviser | weight=0.118
=so =rekli | weight=0.117
=pokazal =na | weight=0.117
=oni | weight=0.116
=moja =racunalnika | weight=0.116
=racunalnika =ne | weight=0.116, noneg
=so =zvalili | weight=0.116
=kdaj =se | weight=0.116
=je =okvaro | weight=0.116
=klikniti =nicesar | weight=0.115, noneg
=z =nov | weight=0.115
=nihce =od | weight=0.115, noneg
=ne =vi | weight=0.115, noneg
=samo =svoje | weight=0.115
=to =napaka | weight=0.115
=sm | weight=0.114
=sem =ga | weight=0.113
=traja | weight=0.112
=ste =zavrnili | weight=0.112
=dostavna | weight=0.111
=dostavna =sluzba | weight=0.111
=izpolnjen | weight=0.111
=ga =prevec | weight=0.111
=prevec =nalagali | weight=0.111
=je =pac | weight=0.110
=upravlja | weight=0.109
=napeljava | weight=0.108
=kriv =drugi | weight=0.108
=pritozil | weight=0.108
=okvaro | weight=0.108
=cevlje | weight=0.108
=vedno =kriv | weight=0.107
=uvoznik | weight=0.107
=garancija =ne | weight=0.107, noneg
=nalagali | weight=0.107
=so =prevalili | weight=0.106
=kaj =ne | weight=0.106, noneg
=ko =kaj | weight=0.106
=nisem =bil | weight=0.106, noneg
=oni =ne | weight=0.105, noneg
=je =kriv | weight=0.105
=odprl =samo | weight=0.105
=kupil | weight=0.105
=za =zamudo | weight=0.104
=trgovini =in | weight=0.104
=jakno | weight=0.104
=banki =moja | weight=0.103
=ves =cas | weight=0.103
=imam =z | weight=0.103
=podizvajalca | weight=0.103
=povzrocila =samo | weight=0.103
=poskodba | weight=0.103
=naslov =je | weight=0.103
=napaka | weight=0.102
=vsak =me | weight=0.102
=vedeti | weight=0.102
=namesto | weight=0.102
=ne =ve | weight=0.101, noneg
=isto =kot | weight=0.100
=vi | weight=0.100
=uporabljati =in | weight=0.100
=narobe =izpolnil | weight=0.100
=carini | weight=0.099
=na =carini | weight=0.099
=so =vse | weight=0.099
=vztraja | weight=0.099
=krivda =so | weight=0.099
=in =serviser | weight=0.098
=da =oni | weight=0.098
=mi =ocitali | weight=0.098
=odgovarjajo =prevoznik | weight=0.098
=elektricni | weight=0.097
=zatrdil | weight=0.096
=vsak =oddelek | weight=0.096
=star =usmerjevalnik | weight=0.096
=pa =ne | weight=0.095, noneg
=posiljatelj | weight=0.095
=ce =aplikacija | weight=0.094, noneg
=da =ce | weight=0.094, noneg
=ne =obvladam | weight=0.094, noneg
=ce =ne | weight=0.094, noneg
=zamudo =pri | weight=0.094
=trdi =so | weight=0.093
=ceprav =so | weight=0.093
=pokazal | weight=0.093
=gre | weight=0.093
=pol =let | weight=0.093
=servis =pravi | weight=0.093
=tem =nimam | weight=0.092
=pokvaril | weight=0.092
=samo =narobe | weight=0.092
=zavarovalnica =in | weight=0.092
=ze =pol | weight=0.091
=nimam =vpliva | weight=0.091
=vpliva | weight=0.091
=zato =ne | weight=0.091, noneg
=ga =samo | weight=0.091
=narobe =uporabljati | weight=0.090
=nakazilo =zablokirala | weight=0.090
=zablokirala | weight=0.090
=zablokirala =moja | weight=0.090
=ni =odgovoren | weight=0.090, noneg
=baje | weight=0.089
=napravo | weight=0.089
=zavrnili | weight=0.089
=baje =sem | weight=0.089
=blokirana | weight=0.089
=moja =reklamacijo | weight=0.088
=je =zatrdil | weight=0.088
=odgovornost =so | weight=0.088
=reklamacijo =in | weight=0.087
=ces | weight=0.087
=vas =tehnik | weight=0.087
=kes | weight=0.087
=ste =da | weight=0.086
=narobe | weight=0.086
=kdo =pa | weight=0.086
=letaliscu | weight=0.085
=samo =pol | weight=0.085
=je =kolega | weight=0.085
=partner | weight=0.085
=za =izgubljeno | weight=0.085
=kratka | weight=0.085
=v =klicnem | weight=0.085
=racun =so | weight=0.085
=mi =pravi | weight=0.084
=to =zaradi | weight=0.084
=verjetno =samo | weight=0.084
=je =zvalili | weight=0.084
=wifi | weight=0.084
=na =podizvajalca | weight=0.084
=pokvaril =ker | weight=0.084
=narobe =namesto | weight=0.084
=banki =in | weight=0.083
=rekli =na | weight=0.083
=dezju | weight=0.083
=pisem =da | weight=0.083
=izgubil =posti | weight=0.083
=vas =banki | weight=0.082
=je =krivda | weight=0.082
=reklamacijo =zavrnili | weight=0.081
=nosom | weight=0.081
=pod | weight=0.081
=ne =pri | weight=0.081, noneg
=po =navodila | weight=0.081
=pa =trdi | weight=0.081
=ceprav | weight=0.080
=pocakam | weight=0.080
=na =letaliscu | weight=0.080
=ker =naj | weight=0.080
=ker =sva | weight=0.080
=sem =napravo | weight=0.079
=to =ni | weight=0.079, noneg
=pokvaril =samo | weight=0.079
=po =njih | weight=0.079
=kot =invalid | weight=0.079
=je =izgubil | weight=0.079
=klepetu =so | weight=0.078
=po =besede | weight=0.077
=ceprav =je | weight=0.077
=so =kriv | weight=0.077
=to =kriv | weight=0.077
=odpisali =da | weight=0.076
=moja =router | weight=0.076
=ne =v | weight=0.076, noneg
=visje | weight=0.076
=se =na | weight=0.076
=ze =mesec | weight=0.076
=telefonu =ni | weight=0.076, noneg
=vreme | weight=0.075
=mi =odpisali | weight=0.075
=odgovoren =posiljatelj | weight=0.075
=posiljka =odgovoren | weight=0.075
=na =skladisce | weight=0.075
=centru =so | weight=0.075
=sistem =samo | weight=0.074
=je =zamudo | weight=0.074
=vsi | weight=0.074
=napacen | weight=0.074
=ces =da | weight=0.073
=posti =pa | weight=0.073
=odgovor =so | weight=0.073
=nicesar | weight=0.073, noneg
=vozicku =nisem | weight=0.073, noneg
=je =vztrajal | weight=0.073
=bil =denar | weight=0.073
=denar =nakazilo | weight=0.073
=nakazilo =pravocasno | weight=0.073
=placilo =ste | weight=0.073
=pripisal =moja | weight=0.073
=ste =pripisal | weight=0.073
=obcina | weight=0.073
=poskodovan =zaradi | weight=0.073
=zaradi =uporabe | weight=0.073
=sem =si | weight=0.072
=na =glas | weight=0.072
=sem =ter | weight=0.072
=ter =tja | weight=0.072
=letalska =druzba | weight=0.071
=bil =to | weight=0.071
=to =vas | weight=0.071
=bi =moral | weight=0.070
=napacen =racun | weight=0.070
=njih =kriv | weight=0.069
=kaze =na | weight=0.069
=sistem =in | weight=0.069
=to =ne | weight=0.069, noneg
=sem =spet | weight=0.069
=okvaro =povzrocila | weight=0.068
=za =moja | weight=0.068
=pa =samo | weight=0.068
=zato =garancija | weight=0.067
=ne =pa | weight=0.067, noneg
=na =serviser | weight=0.067
=serviser =na | weight=0.067
=serviser =serviser | weight=0.067
=ceprav =ga | weight=0.067
=in =brez | weight=0.067, noneg
=je =aplikacija | weight=0.067
=nakazilo | weight=0.067
=agentka | weight=0.067
=je =nakazilo | weight=0.067
=osebo =pa | weight=0.067
