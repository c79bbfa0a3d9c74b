# no_response, sl: learned by scripts/learn.py from 2594 tuning texts (111 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ poslal sem 4 sporocila prek obrazca, nikoli nic nazaj, tezava pa ostaja
+ Pišem vam že tretjič. Na prva dva maila ste se odzvali s standardnim odgovorom, tretjega ste ignorirali. Moj problem – dvojna bremenitev kartice – pa ostaja. Če zadeve ne uredite v sedmih dneh, se obrnem na Banko Slovenije in na Zvezo potrošnikov.
+ Ignorirajo moje maile.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=ne =odgovarja | weight=0.537, noneg
=cakal =na | weight=0.466
=pisem =sem | weight=0.389
=se =nisem | weight=0.367, noneg
=molcite | weight=0.352
=moja =sporocilo | weight=0.335
=odgovor =ni | weight=0.331, noneg
=moja =mail | weight=0.328
=ignorirala | weight=0.323
=tisina | weight=0.323
=sele =po | weight=0.319
=dni =cakal | weight=0.311
=na =informacije | weight=0.291
=mail | weight=0.289
=na =odgovor | weight=0.287
=februarja | weight=0.286
=od =vas | weight=0.281
=ne =bere | weight=0.263, noneg
=sploh =ne | weight=0.260, noneg
=sporocilo | weight=0.256
=informacije | weight=0.254
=poslali =sem | weight=0.253
=odzval =se | weight=0.252
=dopisom | weight=0.248
=pritozbo | weight=0.247
=da =na | weight=0.243
=cakal =ze | weight=0.242
=kontaktni =obrazec | weight=0.239
=ostaja =brez | weight=0.233, noneg
=odzval | weight=0.232
=od =banki | weight=0.232
=kontaktni | weight=0.232
=potrditev | weight=0.229
=reklamacijo =sem | weight=0.227
=odgovor =pa | weight=0.226
=sele | weight=0.219
=nobeden | weight=0.212, noneg
=se =ni | weight=0.210, noneg
=nihce =se | weight=0.210, noneg
=v =pisarni | weight=0.208
=na =svoje | weight=0.207
=ne =odgovor | weight=0.206, noneg
=brez =odziva | weight=0.205, noneg
=pisarni | weight=0.203
=prebral | weight=0.201
=nihce =odgovor | weight=0.199, noneg
=neprebrano | weight=0.197
=nikoli | weight=0.195, noneg
=nimam =odgovor | weight=0.192
=kolikor | weight=0.191
=pisem =trikrat | weight=0.190
=odgovor =sele | weight=0.189
=ocitno =poniknila | weight=0.188
=poniknila | weight=0.188
=poniknila =v | weight=0.188
=v =pred | weight=0.188
=ticket | weight=0.187
=odpisali =pa | weight=0.186
=ze =tretji | weight=0.184
=pritozbo =odgovor | weight=0.183
=naletel | weight=0.182
=naletel =na | weight=0.182
=dobil =sele | weight=0.182
=pa =nisem | weight=0.180, noneg
=brez =odgovor | weight=0.179, noneg
=sporocilo =so | weight=0.178
=vas =pa | weight=0.178
=samodejni =potrditev | weight=0.177
=sem =oddal | weight=0.177
=prvi | weight=0.176
=agenciji | weight=0.176
=zaman | weight=0.175
=dobil =nobene | weight=0.173, noneg
=ostaja | weight=0.172
=ni =odpisali | weight=0.172, noneg
=glede =vracilo | weight=0.172
=mi =kdo | weight=0.171
=ne =dvignil | weight=0.170, noneg
=tri =teden | weight=0.170
=prezrl | weight=0.169
=odpisali | weight=0.169
=ni =odzval | weight=0.169, noneg
=sem =tri | weight=0.168
=dvakrat =odgovor | weight=0.167
=odgovor =nisem | weight=0.167, noneg
=ig | weight=0.165
=ig =pa | weight=0.165
=na =ig | weight=0.165
=pa =nc | weight=0.165
=vam =na | weight=0.165
=oglasil =se | weight=0.165
=zahtevek | weight=0.165
=polzji | weight=0.164
=polzji =tempo | weight=0.164
=tempo | weight=0.164
=vse =moja | weight=0.164
=ni =potrudil | weight=0.164, noneg
=je =odprta | weight=0.163
=odprta =od | weight=0.163
=ni =oglasil | weight=0.161, noneg
=vedno =nimam | weight=0.161
=dva =teden | weight=0.160
=vam =ze | weight=0.159
=na =pritozbo | weight=0.158
=potem =nic | weight=0.158, noneg
=potrditev =in | weight=0.158
=nc | weight=0.157
=pustili =na | weight=0.157
=tri =mail | weight=0.157
=glede =racun | weight=0.156
=mi =sele | weight=0.155
=moja =zahtevek | weight=0.154
=prebral =odziva | weight=0.153
=odziva | weight=0.153
=oddal | weight=0.152
=popolnoma =tisina | weight=0.151
=nisem =nikoli | weight=0.150, noneg
=e-mail | weight=0.149
=dan =nisem | weight=0.148, noneg
=nikdar | weight=0.148, noneg
=na =tiket | weight=0.148
=tiket | weight=0.148
=mesec =dni | weight=0.148
=ne =odpise | weight=0.147, noneg
=moja =pritozbo | weight=0.146
=niste =odgovor | weight=0.146, noneg
=pa =niti | weight=0.145
=pa =naj | weight=0.145
=grob | weight=0.145
=teden | weight=0.143
=e-posto | weight=0.143
=vprasanje =so | weight=0.143
=odgovor =na | weight=0.142
=nihce | weight=0.142, noneg
=so =videl | weight=0.141
=nisem =dobil | weight=0.141, noneg
=banki =je | weight=0.141
=je =ocitno | weight=0.140
=ni =nikoli | weight=0.140, noneg
=ocitno =nihce | weight=0.139, noneg
=nisem =niti | weight=0.138, noneg
=obrazec | weight=0.137
=odzval =nihce | weight=0.137, noneg
=reklamacijo =oddal | weight=0.137
=informacije =ni | weight=0.135, noneg
=stranka =navaja | weight=0.135
=nic =vec | weight=0.135, noneg
=videl | weight=0.135
=nikoli =odgovor | weight=0.135, noneg
=od =ponedeljek | weight=0.134
=je =mesec | weight=0.134
=ni =nihce | weight=0.131, noneg
=ne =javil | weight=0.129, noneg
=pustili | weight=0.128
=sporocilo =je | weight=0.128
=jim | weight=0.128
=crno =luknjo | weight=0.126
=luknjo | weight=0.126
=v =crno | weight=0.126
=sporocilo =na | weight=0.123
=mate | weight=0.123
=odpise | weight=0.122
=in =potem | weight=0.122
=mail =se | weight=0.121
=dveh =teden | weight=0.121
=obrazec =ocitno | weight=0.120
=odgovor =sem | weight=0.120
=lol | weight=0.120
=dm | weight=0.120
=sporocilo =v | weight=0.118
=sm | weight=0.116
=crno | weight=0.116
=mi =se | weight=0.115
=javil | weight=0.115
=ze =tretjic | weight=0.115
=oddal =pred | weight=0.114
=mrtve | weight=0.114
=banki | weight=0.114
=reklamacijo | weight=0.112
=pisno =pritozbo | weight=0.112
=pisem =ze | weight=0.110
=marca | weight=0.109
=tepec | weight=0.109
=jest | weight=0.109
=jest =vam | weight=0.109
=mi =nobeden | weight=0.109, noneg
=tretjic =pa | weight=0.109
=elektronski =naslov | weight=0.108
=ze =en | weight=0.108
=vam =pisem | weight=0.108
=do =dan | weight=0.108
=z =dne | weight=0.107
=mail =molcite | weight=0.107
=mail =ne | weight=0.105, noneg
=izpolnil =dvakrat | weight=0.105
=nihce =ni | weight=0.105, noneg
=mail =so | weight=0.103
=njih =strani | weight=0.102
=ni =odgovor | weight=0.102, noneg
=ampak =do | weight=0.102
=do =zdej | weight=0.102
=jas | weight=0.102
=jas =sem | weight=0.102
=napisal =reklamacijo | weight=0.102
=ni =javil | weight=0.102, noneg
=zdej =se | weight=0.102
=prebral =odgovor | weight=0.100
=oddal =obrazec | weight=0.099
=niste | weight=0.099, noneg
=halo | weight=0.099
=pa =ni | weight=0.099, noneg
=mail =visje | weight=0.099
=nikakav | weight=0.099
=nikakav =odgovor | weight=0.099
=puta =nikakav | weight=0.099
=vam =mail | weight=0.099
=visje =puta | weight=0.099
=na =tri | weight=0.098
=a =to | weight=0.097
=en =teden | weight=0.097
=vas =ze | weight=0.097
=odgovor =se | weight=0.097
=pisem =vam | weight=0.096
=pri =vas | weight=0.096
=dneh =ko | weight=0.095
=enajstih =dneh | weight=0.095
=medtem =ze | weight=0.095
=po =enajstih | weight=0.095
=kr | weight=0.095
=vsa =moja | weight=0.095
=sem =poslali | weight=0.093
=se =ji | weight=0.093
=vas =sistem | weight=0.093
=so =prebral | weight=0.093
=zdej | weight=0.093
=dopisom =odgovor | weight=0.092
=dva =dopisom | weight=0.092
=ze =mesec | weight=0.092
=nas =reklamacijo | weight=0.092
=mi =nihce | weight=0.091, noneg
=samo =vam | weight=0.091
=elektronski | weight=0.090
=dan =ni | weight=0.090, noneg
=po =mesec | weight=0.090
=gospa =se | weight=0.090
=sem =pisem | weight=0.089
=reklamacijo =so | weight=0.088
=vedno =ni | weight=0.088, noneg
=ceprav =v | weight=0.086
=se =nanj | weight=0.085
=pisno | weight=0.085
=julij | weight=0.085
=puta | weight=0.085
=sem =izpolnil | weight=0.085
=na =sporocilo | weight=0.084
=zahtevek =se | weight=0.084
=januarja =nihce | weight=0.084, noneg
=ni =dotaknil | weight=0.084, noneg
=od =januarja | weight=0.084
=zahtevek =je | weight=0.084
=gluha | weight=0.083
=me =po | weight=0.082
=nic =nazaj | weight=0.082, noneg
=nam =ni | weight=0.082, noneg
=moja =e-mail | weight=0.082
=tremi =teden | weight=0.081
=preprosto | weight=0.081
=na =dva | weight=0.081
=prijavil =sem | weight=0.081
=pa =me | weight=0.081
=poskodovan | weight=0.080
=aplikacija =je | weight=0.080
=najin | weight=0.080
=prek =obrazec | weight=0.079
=sporocilo =prek | weight=0.079
=kateri =pa | weight=0.079
=ni =od | weight=0.079, noneg
=feedback | weight=0.079
=feedback =glede | weight=0.079
=glede =reklamacijo | weight=0.079
=na =feedback | weight=0.079
=nihce =ne | weight=0.078, noneg
=so =ostaja | weight=0.078
=spletni =obrazec | weight=0.078
=dvakrat =zaracunali | weight=0.078
=na =moja | weight=0.078
=moral =poslali | weight=0.078
=facebooku =so | weight=0.078
=odziva =v | weight=0.077
=z =njih | weight=0.077
=na =e-posto | weight=0.077
=je =sele | weight=0.076
=nanj | weight=0.076
=a =se | weight=0.076
=mail =mi | weight=0.075
=stanje =vlogo | weight=0.075
=teden =in | weight=0.074
=vse =na | weight=0.074
=smo =cakal | weight=0.074
=vsa | weight=0.073
=pritozuje =da | weight=0.072
=se =pritozuje | weight=0.072
=uradni | weight=0.072
=zato =bom | weight=0.072
=na =kateri | weight=0.071
=isto =narocila | weight=0.071
=odgovor =glede | weight=0.071
=ignorirala =je | weight=0.071
=naslov =sem | weight=0.071
=se =zdaj | weight=0.070
=teden =od | weight=0.070
=nula | weight=0.069
=reklamacijo =je | weight=0.069
=in =od | weight=0.069
=noce | weight=0.069
=enajstih | weight=0.069
=pritozuje | weight=0.068
=za =dostava | weight=0.068
=stanje | weight=0.068
=januarja | weight=0.067
=pa =nihce | weight=0.067, noneg
=v =potrditev | weight=0.067
=je =ze | weight=0.066
=nobene | weight=0.065, noneg
=izpolnil | weight=0.065
=na =redditu | weight=0.064
=redditu | weight=0.064
=napotnico | weight=0.064
=tretji | weight=0.064
=odgovarja | weight=0.063
=popolnoma | weight=0.062
=deset =dneh | weight=0.062
=cakal | weight=0.062
=je =dvakrat | weight=0.062
=vi =sploh | weight=0.062
=maja | weight=0.061
=kupec | weight=0.061
=se =nihce | weight=0.061, noneg
=dostava =mi | weight=0.061
=od =marca | weight=0.060
=posti =nihce | weight=0.060, noneg
=ste =ignorirala | weight=0.059
=sem =jim | weight=0.059
=bil =nikoli | weight=0.059, noneg
=deset | weight=0.058
=po =dveh | weight=0.058
=pred =tremi | weight=0.058
=nazadnje | weight=0.058
=tri =dni | weight=0.057
=minut =in | weight=0.057
=ste =vi | weight=0.057
=mail =pred | weight=0.056
=v =ambulanto | weight=0.055
=mail =vas | weight=0.055
=cakava | weight=0.054
=cakava =ze | weight=0.054
=zaracunali =isto | weight=0.054
=boste | weight=0.054
=klepetu =ce | weight=0.052, noneg
=ne =odziva | weight=0.052, noneg
=stranka =sporocilo | weight=0.052
=vlogo =za | weight=0.052
=po =deset | weight=0.052
=sm =cakal | weight=0.051
=ne =morete | weight=0.050, noneg
=nisem =prej | weight=0.050, noneg
=komunalne | weight=0.050
=sporocilo =pa | weight=0.050
=pisem | weight=0.049
=napisal =sem | weight=0.049
=moja =drugi | weight=0.049
=po =pet | weight=0.049
=sele =v | weight=0.049
=pet =teden | weight=0.049
=sploh =niste | weight=0.049, noneg
=se =do | weight=0.048
=odziva =pa | weight=0.048
=mi =niste | weight=0.047, noneg
=pisem =samo | weight=0.047
=poslali =pred | weight=0.047
=bom =objavil | weight=0.047
=res =samo | weight=0.047
=bom =na | weight=0.047
=napisal =bom | weight=0.046
=dvanajsti | weight=0.046
=dne | weight=0.046
=vas =liniji | weight=0.046
=na =info | weight=0.046
=pisno =vlogo | weight=0.045
=pred | weight=0.045
=nisem | weight=0.044, noneg
=teden =se | weight=0.044
=sem =na | weight=0.044
=pa =mi | weight=0.044
=inspekciji =in | weight=0.043
=stroj =naroceno | weight=0.043
=a | weight=0.043
=aplikacija =za | weight=0.043
=prek =spletni | weight=0.043
=sploh | weight=0.043
