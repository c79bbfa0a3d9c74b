# no_response, sl: learned by scripts/learn.py from 2816 tuning texts (131 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ pisala sem jim na fb in na mail, tisina
+ poslal sem 4 sporocila prek obrazca, nikoli nic nazaj, tezava pa ostaja
+ Pišem vam že tretjič. Na prva dva maila ste se odzvali s standardnim odgovorom, tretjega ste ignorirali. Moj problem – dvojna bremenitev kartice – pa ostaja. Če zadeve ne uredite v sedmih dneh, se obrnem na Banko Slovenije in na Zvezo potrošnikov.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=ne =odgovarjajo | weight=0.593, noneg
=nobene =povratnega | weight=0.454, noneg
=pisem =sem | weight=0.424
=cakal =na | weight=0.382
=odgovor =ni | weight=0.377, noneg
=cakal =ze | weight=0.373
=molcite | weight=0.365
=ni =odpisali | weight=0.363, noneg
=tisina | weight=0.358
=ignorirala | weight=0.354
=se =nisem | weight=0.339, noneg
=moja =sporocilo | weight=0.334
=brez =odziva | weight=0.317, noneg
=na =odgovor | weight=0.317
=februarja | weight=0.299
=sploh =ne | weight=0.293, noneg
=od =vas | weight=0.280
=odzvali =se | weight=0.280
=sele =po | weight=0.278
=brez =odgovor | weight=0.278, noneg
=na =informacije | weight=0.277
=mail | weight=0.274
=ne =bere | weight=0.273, noneg
=zahtevek | weight=0.265
=nobene | weight=0.263, noneg
=ne =odziva | weight=0.258, noneg
=da =vas | weight=0.252
=sporocilo | weight=0.248
=nimam =odgovor | weight=0.242
=reklamacijo =sem | weight=0.241
=informacije | weight=0.234
=da =na | weight=0.234
=mi =po | weight=0.233
=nobeden | weight=0.233, noneg
=kontaktni =obrazec | weight=0.232
=od =banki | weight=0.232
=moja =mail | weight=0.228
=sele | weight=0.228
=niste =odgovor | weight=0.228, noneg
=na =svoje | weight=0.227
=kontaktni | weight=0.226
=dopisom | weight=0.225
=poslal =sem | weight=0.225
=dveh =teden | weight=0.224
=potrditev | weight=0.224
=dan =nisem | weight=0.216, noneg
=odgovor =pa | weight=0.214
=se =sploh | weight=0.214
=ze =tretji | weight=0.212
=ostaja =brez | weight=0.211, noneg
=sem =oddal | weight=0.209
=nihce =se | weight=0.207, noneg
=v =pisarni | weight=0.206
=sem =poslal | weight=0.205
=ocitno =poniknila | weight=0.204
=poniknila | weight=0.204
=poniknila =v | weight=0.204
=v =pred | weight=0.204
=pisarni | weight=0.201
=pritozbo | weight=0.197
=dni =cakal | weight=0.196
=kolikor | weight=0.196
=nisem =nikoli | weight=0.195, noneg
=pisem =trikrat | weight=0.191
=dobil =sele | weight=0.190
=neprebrano | weight=0.190
=en =teden | weight=0.189
=naletel | weight=0.187
=naletel =na | weight=0.187
=vas =pa | weight=0.186
=na =pritozbo | weight=0.186
=odpisali =pa | weight=0.186
=odpisali | weight=0.186
=ne =odgovor | weight=0.185, noneg
=zaman | weight=0.183
=pa =nisem | weight=0.182, noneg
=vse =moja | weight=0.182
=ignorirala =moja | weight=0.181
=dneh =ko | weight=0.180
=pustili | weight=0.178
=agenciji | weight=0.177
=sporocilo =so | weight=0.177
=so =odgovor | weight=0.176
=prezrl | weight=0.175
=prebral | weight=0.175
=ne =dvignil | weight=0.174, noneg
=samodejni =potrditev | weight=0.174
=z =dne | weight=0.173
=odprta =od | weight=0.171
=ni =oglasil | weight=0.170, noneg
=nikdar | weight=0.170, noneg
=nihce =odgovor | weight=0.170, noneg
=tri =mail | weight=0.168
=odzvali | weight=0.168
=dva =teden | weight=0.166
=ni =odzvali | weight=0.165, noneg
=ig | weight=0.165
=ig =pa | weight=0.165
=na =ig | weight=0.165
=pa =nc | weight=0.165
=vam =na | weight=0.165
=odgovor =sele | weight=0.164
=ni =nihce | weight=0.164, noneg
=mi =sele | weight=0.163
=niste | weight=0.162, noneg
=potem =nic | weight=0.162, noneg
=potrditev =in | weight=0.162
=ticket | weight=0.162
=nc | weight=0.161
=glede =vracilo | weight=0.160
=se =ni | weight=0.160, noneg
=nikoli | weight=0.160, noneg
=e-mail | weight=0.159
=st | weight=0.158
=teden | weight=0.158
=mi =kdo | weight=0.157
=moja =pritozbo | weight=0.156
=vas =ni | weight=0.156, noneg
=popolnoma =tisina | weight=0.155
=prek =spletni | weight=0.154
=oglasil =se | weight=0.154
=ne =javil | weight=0.153, noneg
=ni =potrudil | weight=0.153, noneg
=ne =odpise | weight=0.151, noneg
=posiljam =ze | weight=0.151
=odgovor =nisem | weight=0.151, noneg
=nihce | weight=0.149, noneg
=do =zdaj | weight=0.148
=tri =teden | weight=0.148
=ocitno =nihce | weight=0.147, noneg
=dvakrat =odgovor | weight=0.145
=vprasanje =so | weight=0.145
=pustili =na | weight=0.145
=drugi =mail | weight=0.144
=visje | weight=0.144
=polzji | weight=0.143
=polzji =tempo | weight=0.143
=tempo | weight=0.143
=pritozbo =odgovor | weight=0.143
=so =videl | weight=0.143
=prebral =odziva | weight=0.143
=treh =teden | weight=0.141
=glede =racun | weight=0.141
=nic =vec | weight=0.139, noneg
=prvem | weight=0.139
=je =ocitno | weight=0.139
=odpisali =so | weight=0.138
=stranka =navaja | weight=0.138
=in =potem | weight=0.138
=banki =je | weight=0.137
=prebral =odgovor | weight=0.137
=ni =nikoli | weight=0.136, noneg
=e-mail =z | weight=0.136
=po =dveh | weight=0.136
=je =odprta | weight=0.135
=halo | weight=0.135
=videl | weight=0.135
=nisem =niti | weight=0.134, noneg
=moja =zahtevek | weight=0.134
=na =dva | weight=0.134
=nikoli =odgovor | weight=0.134, noneg
=je =mesec | weight=0.133
=odzvali =nihce | weight=0.132, noneg
=odgovor =sem | weight=0.131
=e-posto | weight=0.131
=pa =naj | weight=0.131
=sporocilo =je | weight=0.131
=odpise | weight=0.130
=oddal | weight=0.130
=na =tiket | weight=0.130
=tiket | weight=0.130
=obrazec | weight=0.128
=ostaja | weight=0.126
=nihce =mi | weight=0.126, noneg
=obrazec =ocitno | weight=0.125
=crno =luknjo | weight=0.125
=luknjo | weight=0.125
=v =crno | weight=0.125
=sporocilo =na | weight=0.125
=pisem =ze | weight=0.123
=sem =tri | weight=0.123
=po =pet | weight=0.123
=banki | weight=0.122
=niti | weight=0.122
=vam =ze | weight=0.122
=mail =molcite | weight=0.121
=grob | weight=0.121
=vedno =nimam | weight=0.120
=pa =niti | weight=0.120
=poslal =prek | weight=0.120
=jest | weight=0.120
=jest =vam | weight=0.120
=mi =nobeden | weight=0.120, noneg
=tretjic =pa | weight=0.120
=sporocilo =v | weight=0.120
=pa =ni | weight=0.119, noneg
=na =nobene | weight=0.118, noneg
=nihce =niti | weight=0.117, noneg
=nobene =odgovor | weight=0.117, noneg
=odgovor =se | weight=0.116
=odziva | weight=0.115
=ze =tretjic | weight=0.114
=oddal =obrazec | weight=0.113
=vedno =ni | weight=0.111, noneg
=sm | weight=0.111
=crno | weight=0.110
=stranka =se | weight=0.109
=od =ponedeljek | weight=0.109
=informacije =ni | weight=0.109, noneg
=ampak =do | weight=0.109
=do =zdej | weight=0.109
=jas | weight=0.109
=jas =sem | weight=0.109
=napisal =reklamacijo | weight=0.109
=ni =javil | weight=0.109, noneg
=zdej =se | weight=0.109
=pisno =pritozbo | weight=0.108
=se =dan | weight=0.107
=so =prebral | weight=0.107
=mail =so | weight=0.106
=elektronski =naslov | weight=0.106
=mrtve | weight=0.104
=izpolnil =dvakrat | weight=0.104
=tepec | weight=0.104
=sem =pustili | weight=0.104
=oddal =pred | weight=0.103
=dopisom =odgovor | weight=0.103
=dva =dopisom | weight=0.103
=mate | weight=0.102
=dm | weight=0.102
=javil | weight=0.102
=mesec =dni | weight=0.101
=jim | weight=0.101
=pisem =vam | weight=0.101
=mail =ne | weight=0.101, noneg
=vas =sistem | weight=0.100
=njih =strani | weight=0.100
=a =to | weight=0.100
=marca | weight=0.100
=lol | weight=0.099
=vas =sploh | weight=0.099
=zdej | weight=0.099
=in =pisem | weight=0.098
=odgovor =ste | weight=0.098
=na =tri | weight=0.098
=elektronski | weight=0.095
=bil =ze | weight=0.094
=dne | weight=0.094
=moja =pismo | weight=0.093
=dobil =nobene | weight=0.093, noneg
=kr | weight=0.092
=ni =odgovor | weight=0.092, noneg
=ni =nobene | weight=0.091, noneg
=nas =reklamacijo | weight=0.091
=deset =dneh | weight=0.090
=reklamacijo =oddal | weight=0.089
=reklamacijo =so | weight=0.089
=odgovor | weight=0.088
=mail =visje | weight=0.088
=nikakav | weight=0.088
=nikakav =odgovor | weight=0.088
=puta =nikakav | weight=0.088
=vam =mail | weight=0.088
=visje =puta | weight=0.088
=gospa =se | weight=0.087
=feedback | weight=0.087
=feedback =glede | weight=0.087
=glede =reklamacijo | weight=0.087
=na =feedback | weight=0.087
=na =e-mail | weight=0.087
=prijavil =sem | weight=0.086
=vsa =moja | weight=0.086
=mi =nihce | weight=0.086, noneg
=na =moja | weight=0.085
=samo =vam | weight=0.085
=nic =nazaj | weight=0.084, noneg
=mi =se | weight=0.084
=sem =izpolnil | weight=0.084
=poskodovan | weight=0.083
=ze =drugi | weight=0.083
=me =po | weight=0.083
=po =mesec | weight=0.083
=mi =ni | weight=0.082, noneg
=dan =ni | weight=0.082, noneg
=facebooku =so | weight=0.082
=januarja =nihce | weight=0.081, noneg
=ni =dotaknil | weight=0.081, noneg
=zahtevek =je | weight=0.081
=gluha | weight=0.081
=chatu =sem | weight=0.080
=pismo | weight=0.080
=kateri =pa | weight=0.080
=moral =poslal | weight=0.079
=vem =ce | weight=0.079, noneg
=puta | weight=0.079
=julij | weight=0.078
=po =deset | weight=0.078
=stanje =vlogo | weight=0.078
=najin | weight=0.078
=nam =ni | weight=0.078, noneg
=ce =sploh | weight=0.077, noneg
=dni | weight=0.077
=mail =mi | weight=0.077
=enajstih =dneh | weight=0.077
=medtem =ze | weight=0.077
=po =enajstih | weight=0.077
=odgovor =glede | weight=0.076
=aplikacija =je | weight=0.075
=dva =mail | weight=0.075
=se =zdaj | weight=0.075
=prek =obrazec | weight=0.075
=sporocilo =prek | weight=0.075
=se =ji | weight=0.075
=ceprav =v | weight=0.075
=uradni | weight=0.074
=tremi =teden | weight=0.074
=sele =cez | weight=0.074
=ignorirala =je | weight=0.074
=mail =pred | weight=0.073
=naslov =sem | weight=0.073
=ze =en | weight=0.073
=preprosto | weight=0.072
=nula | weight=0.072
=vse =na | weight=0.072
=do =dan | weight=0.071
=je =sele | weight=0.071
=na =e-posto | weight=0.071
=na =kateri | weight=0.071
=zahtevek =se | weight=0.070
=noce | weight=0.070
=izpolnil | weight=0.069
=zato =bom | weight=0.069
=se =nanj | weight=0.069
=prepozno | weight=0.068
=v =chatu | weight=0.068
=se =nihce | weight=0.068, noneg
=pa =me | weight=0.067
=pritozuje =da | weight=0.067
=se =pritozuje | weight=0.067
=a =se | weight=0.067
=pa =nihce | weight=0.067, noneg
=po =treh | weight=0.067
=dvakrat =zaracunali | weight=0.067
=pisno | weight=0.067
=smo =cakal | weight=0.067
=od =marca | weight=0.066
=vsa | weight=0.066
=pritozuje | weight=0.065
=en | weight=0.065
=sem =jim | weight=0.065
=tretji | weight=0.065
=odgovor =je | weight=0.064
=isto =narocila | weight=0.063
=vas =ze | weight=0.063
=na =redditu | weight=0.063
=redditu | weight=0.063
=v =potrditev | weight=0.062
=z =njih | weight=0.062
=so =ostaja | weight=0.062
=moja =e-mail | weight=0.061
=sm =cakal | weight=0.061
=pet =dneh | weight=0.061
=pisem =kot | weight=0.061
=teden =in | weight=0.061
=teden =od | weight=0.061
=nisem =dobil | weight=0.061, noneg
=se =do | weight=0.060
=za =dostava | weight=0.060
=vam =pisem | weight=0.060
=nanj | weight=0.059
=ponedeljek | weight=0.059
=cakava | weight=0.059
=cakava =ze | weight=0.059
=reklamacijo | weight=0.058
=prisel =sele | weight=0.058
=zato =prosim | weight=0.058
=ni =od | weight=0.058, noneg
=te | weight=0.057
=vi =sploh | weight=0.057
=dvanajsti | weight=0.056
=inspekciji | weight=0.056
=je =ze | weight=0.056
=nazadnje | weight=0.056
=sem =pisem | weight=0.055
=paket =zamuja | weight=0.055
=odziva =pa | weight=0.055
=sele =v | weight=0.055
=bil =nikoli | weight=0.055, noneg
=pisno =vlogo | weight=0.055
=poslal =ze | weight=0.054
=zaradi =zamudo | weight=0.054
=v =ambulanto | weight=0.053
=je =dvakrat | weight=0.053
=vas =sluzba | weight=0.053
=na =info | weight=0.053
=vlogo =za | weight=0.053
=minut =in | weight=0.053
=teden =cakal | weight=0.053
=ste =vi | weight=0.052
=spletni =obrazec | weight=0.052
