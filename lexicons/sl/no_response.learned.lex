# no_response, sl: learned by scripts/learn.py from 2314 tuning texts (101 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Pišem vam že tretjič. Na prva dva maila ste se odzvali s standardnim odgovorom, tretjega ste ignorirali. Moj problem – dvojna bremenitev kartice – pa ostaja. Če zadeve ne uredite v sedmih dneh, se obrnem na Banko Slovenije in na Zvezo potrošnikov.
+ Ignorirajo moje maile.
+ Zaman smo cakali na odgovor.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=ne =odgovarjajo | weight=0.512, noneg
=cakal =na | weight=0.484
=moja =mail | weight=0.406
=pisem =sem | weight=0.397
=se =nisem | weight=0.373, noneg
=molcite | weight=0.355
=mail | weight=0.330
=tisina | weight=0.324
=moja =sporocilo | weight=0.322
=ignorirali | weight=0.314
=sele =po | weight=0.306
=od =vas | weight=0.306
=na =informacije | weight=0.305
=dni =cakal | weight=0.304
=sploh =ne | weight=0.299, noneg
=odgovor =ni | weight=0.290, noneg
=na =odgovor | weight=0.290
=informacije | weight=0.276
=ne =bere | weight=0.275, noneg
=nobeden | weight=0.260, noneg
=februarja | weight=0.259
=sporocilo | weight=0.259
=pritozbo | weight=0.255
=poslal =sem | weight=0.255
=da =na | weight=0.252
=odzval =se | weight=0.252
=potrditev | weight=0.236
=ticket | weight=0.236
=ostala =brez | weight=0.235, noneg
=od =banki | weight=0.235
=cakal =ze | weight=0.235
=kontaktni =obrazec | weight=0.234
=dopisom | weight=0.233
=sele | weight=0.227
=kontaktni | weight=0.227
=na =svoje | weight=0.222
=pisarni | weight=0.221
=odzval | weight=0.218
=nihce =se | weight=0.216, noneg
=vas =pa | weight=0.213
=reklamacijo =sem | weight=0.210
=nihce =odgovor | weight=0.206, noneg
=neprebrano | weight=0.203
=brez =odziva | weight=0.203, noneg
=pisem =trikrat | weight=0.202
=odgovor =na | weight=0.201
=kolikor | weight=0.195
=se =ni | weight=0.194, noneg
=ze =tretji | weight=0.193
=zaman | weight=0.192
=pritozbo =odgovor | weight=0.192
=odpisali =pa | weight=0.188
=ni =odpisali | weight=0.187, noneg
=dobil =nobene | weight=0.184, noneg
=naletel | weight=0.183
=naletel =na | weight=0.183
=ocitno =poniknila | weight=0.183
=poniknila | weight=0.183
=poniknila =v | weight=0.183
=v =pred | weight=0.183
=dobil =sele | weight=0.183
=prebral | weight=0.183
=prezrl | weight=0.182
=teden | weight=0.182
=nikoli | weight=0.181, noneg
=oddal | weight=0.180
=pa =nisem | weight=0.180, noneg
=nimam =odgovor | weight=0.179
=samodejni =potrditev | weight=0.179
=dva =teden | weight=0.175
=brez =odgovor | weight=0.174, noneg
=agencija | weight=0.174
=odpisali | weight=0.174
=ni =odzval | weight=0.173, noneg
=zahtevek | weight=0.173
=sem =tri | weight=0.172
=polzji | weight=0.171
=polzji =tempo | weight=0.171
=tempo | weight=0.171
=mi =sele | weight=0.171
=ni =oglasil | weight=0.170, noneg
=prvi | weight=0.169
=ig | weight=0.169
=ig =pa | weight=0.169
=na =ig | weight=0.169
=pa =nc | weight=0.169
=vam =na | weight=0.169
=odgovor =nisem | weight=0.168, noneg
=oglasil =se | weight=0.168
=reklamacijo | weight=0.167
=je =odprta | weight=0.167
=odprta =od | weight=0.167
=glede =vracilo | weight=0.165
=vam =ze | weight=0.164
=nisem =nikoli | weight=0.164, noneg
=mi =kdo | weight=0.164
=nc | weight=0.163
=ni =potrudil | weight=0.163, noneg
=potem =nic | weight=0.162, noneg
=potrditev =in | weight=0.162
=ne =odgovor | weight=0.160, noneg
=moja =zahtevek | weight=0.160
=na =tri | weight=0.160
=sporocilo =so | weight=0.159
=moja =pritozbo | weight=0.159
=sem =oddal | weight=0.157
=obrazec | weight=0.156
=na =tiket | weight=0.155
=tiket | weight=0.155
=pa =niti | weight=0.154
=glede =racun | weight=0.153
=dan =nisem | weight=0.153, noneg
=popolnoma =tisina | weight=0.152
=pustili =na | weight=0.151
=na =pritozbo | weight=0.151
=grob | weight=0.150
=tri =mail | weight=0.150
=vedno =nimam | weight=0.149
=jim | weight=0.149
=od =ponedeljek | weight=0.147
=vprasanje =so | weight=0.147
=odziva | weight=0.146
=ostala | weight=0.146
=tri =teden | weight=0.146
=pa =naj | weight=0.146
=so =videl | weight=0.145
=nisem =dobil | weight=0.144, noneg
=odgovor =pa | weight=0.144
=banki =je | weight=0.143
=ni =nikoli | weight=0.143, noneg
=nikdar | weight=0.142, noneg
=nikoli =odgovor | weight=0.141, noneg
=vse =moja | weight=0.141
=ne =odpise | weight=0.140, noneg
=e-mail | weight=0.140
=videl | weight=0.139
=sporocilo =na | weight=0.139
=nic =vec | weight=0.138, noneg
=izpolnil =dvakrat | weight=0.137
=ni =nihce | weight=0.136, noneg
=in =potem | weight=0.135
=je =ocitno | weight=0.134
=ne =javil | weight=0.134, noneg
=pustili | weight=0.134
=sporocilo =je | weight=0.134
=prebral =odziva | weight=0.134
=odzval =nihce | weight=0.134, noneg
=je =mesec | weight=0.134
=nihce | weight=0.133, noneg
=mesec =dni | weight=0.132
=crno =luknjo | weight=0.131
=luknjo | weight=0.131
=v =crno | weight=0.131
=stranka =navaja | weight=0.130
=nisem =niti | weight=0.127, noneg
=z =dne | weight=0.127
=reklamacijo =oddal | weight=0.126
=javil | weight=0.125
=ocitno =nihce | weight=0.125, noneg
=informacije =ni | weight=0.124, noneg
=oddal =pred | weight=0.123
=odpise | weight=0.123
=pisno =pritozbo | weight=0.122
=pisem =ze | weight=0.121
=banki | weight=0.119
=sporocilo =v | weight=0.119
=dm | weight=0.118
=crno | weight=0.118
=mate | weight=0.118
=obrazec =ocitno | weight=0.116
=odgovor =sem | weight=0.115
=lol | weight=0.115
=ni =odgovor | weight=0.114, noneg
=mrtve | weight=0.114
=nihce =ni | weight=0.113, noneg
=dveh =teden | weight=0.111
=mail =se | weight=0.109
=prebral =odgovor | weight=0.109
=sm | weight=0.109
=jest | weight=0.109
=jest =vam | weight=0.109
=mi =nobeden | weight=0.109, noneg
=tretjic =pa | weight=0.109
=halo | weight=0.107
=mi =nihce | weight=0.107, noneg
=na =moja | weight=0.106
=sem =izpolnil | weight=0.105
=odgovor =se | weight=0.104
=vas =ze | weight=0.104
=ze =en | weight=0.104
=ni =od | weight=0.104, noneg
=tepec | weight=0.103
=a =to | weight=0.102
=vsa =moja | weight=0.102
=oddal =obrazec | weight=0.101
=kr | weight=0.099
=na =e-posto | weight=0.099
=njih =stran | weight=0.099
=julij | weight=0.099
=e-posto | weight=0.098
=mail =visje | weight=0.098
=nikakav | weight=0.098
=nikakav =odgovor | weight=0.098
=puta =nikakav | weight=0.098
=vam =mail | weight=0.098
=visje =puta | weight=0.098
=vas =sistem | weight=0.097
=dopisom =odgovor | weight=0.097
=dva =dopisom | weight=0.097
=sem =poslal | weight=0.097
=dneh =ko | weight=0.096
=enajstih =dneh | weight=0.096
=medtem =ze | weight=0.096
=po =enajstih | weight=0.096
=ampak =do | weight=0.096
=do =zdej | weight=0.096
=jas | weight=0.096
=jas =sem | weight=0.096
=napisal =reklamacijo | weight=0.096
=ni =javil | weight=0.096, noneg
=zdej =se | weight=0.096
=mail =so | weight=0.094
=samo =vam | weight=0.094
=mail =molcite | weight=0.094
=pri =vas | weight=0.094
=gospa =se | weight=0.093
=do =dan | weight=0.093
=en =teden | weight=0.092
=nobeden =ne | weight=0.092, noneg
=ceprav =v | weight=0.091
=pisno | weight=0.091
=preprosto | weight=0.090
=nihce =ne | weight=0.090, noneg
=dan =ni | weight=0.089, noneg
=zdej | weight=0.089
=dvakrat =zaracunali | weight=0.088
=pritozuje =da | weight=0.088
=se =pritozuje | weight=0.088
=pa =me | weight=0.087
=se =zdaj | weight=0.087
=pisem =vam | weight=0.086
=odgovor =glede | weight=0.085
=pritozuje | weight=0.085
=na =dva | weight=0.084
=facebooku =so | weight=0.083
=januarja =nihce | weight=0.083, noneg
=ni =dotaknil | weight=0.083, noneg
=od =januarja | weight=0.083
=zahtevek =je | weight=0.083
=marca | weight=0.083
=poskodovan | weight=0.083
=vsa | weight=0.083
=reklamacijo =so | weight=0.083
=so =prebral | weight=0.083
=odziva =v | weight=0.082
=mail =ne | weight=0.082, noneg
=se =nanj | weight=0.082
=po =mesec | weight=0.082
=bil =nikoli | weight=0.081, noneg
=teden =od | weight=0.080
=mail =mi | weight=0.080
=vam =pisem | weight=0.080
=na =sporocilo | weight=0.079
=nam =ni | weight=0.079, noneg
=vse =na | weight=0.079
=a =se | weight=0.079
=ze =tretjic | weight=0.078
=z =njih | weight=0.077
=nas =reklamacijo | weight=0.077
=zato =bom | weight=0.076
=puta | weight=0.075
=aplikacija =je | weight=0.075
=stranka =pravi | weight=0.075
=mi =se | weight=0.075
=odgovarjajo | weight=0.075
=feedback | weight=0.074
=feedback =glede | weight=0.074
=glede =reklamacijo | weight=0.074
=na =feedback | weight=0.074
=smo =cakal | weight=0.074
=isto =narocila | weight=0.074
=zaracunali =isto | weight=0.074
=je =sele | weight=0.074
=zahtevek =se | weight=0.074
=v =potrditev | weight=0.074
=ze =mesec | weight=0.074
=deset | weight=0.073
=se =ji | weight=0.073
=izpolnil | weight=0.073
=sem =jim | weight=0.072
=teden =in | weight=0.071
=so =ostala | weight=0.071
=za =dostava | weight=0.070
=pred =trem | weight=0.070
=trem =teden | weight=0.070
=na =redditu | weight=0.069
=redditu | weight=0.069
=nanj | weight=0.069
=januarja | weight=0.069
=ste =vi | weight=0.069
=enajstih | weight=0.068
=tri =dni | weight=0.068
=kupec | weight=0.068
=najin | weight=0.068
=elektronski | weight=0.068
=gluha | weight=0.068
=dostava =mi | weight=0.067
=spletna =obrazec | weight=0.067
=elektronski =naslov | weight=0.066
=na =elektronski | weight=0.066
=nula | weight=0.066
=je =dvakrat | weight=0.064
=pred | weight=0.062
=sele =v | weight=0.062
=vedno =ni | weight=0.062, noneg
=aplikacija =za | weight=0.061
=reklamacijo =je | weight=0.061
=ignorirali =je | weight=0.061
=pa =od | weight=0.060
=napisal =sem | weight=0.060
=deset =dneh | weight=0.059
=ste =ignorirali | weight=0.059
=pisno =vlogo | weight=0.059
=se =nihce | weight=0.059, noneg
=po =pet | weight=0.058
=ne =morete | weight=0.058, noneg
=klepetu =ce | weight=0.058, noneg
=mail =pred | weight=0.058
=po =dveh | weight=0.058
=od =marca | weight=0.057
=je =ze | weight=0.057
=popolnoma | weight=0.056
=sploh | weight=0.056
=moja =e-mail | weight=0.055
=res =samo | weight=0.055
=cakava | weight=0.054
=cakava =ze | weight=0.054
=cakal | weight=0.054
=tretji | weight=0.054
=nisem =prej | weight=0.054, noneg
=moja =drugi | weight=0.053
=po =deset | weight=0.053
=elektronski =posti | weight=0.053
=stranka =pove | weight=0.053
=sm =cakal | weight=0.053
=pisem =samo | weight=0.053
=nobene | weight=0.053, noneg
=mail =pa | weight=0.052
=niti | weight=0.051
=ceprav =sem | weight=0.051
=teden =se | weight=0.051
=odgovor | weight=0.050
=nikoder | weight=0.049
=od =nikoder | weight=0.049
=ze =veckrat | weight=0.049
=na =info | weight=0.049
=stranka =sporocilo | weight=0.048
=mi =niste | weight=0.048, noneg
=zakaj =imate | weight=0.048
=se =do | weight=0.047
=inspekciji =in | weight=0.047
=stroj =naroceno | weight=0.047
=ker =se | weight=0.046
=na =facebooku | weight=0.046
=na =reklamacijo | weight=0.045
=tu =ne | weight=0.045, noneg
=pet =teden | weight=0.045
=info | weight=0.045
=pred =teden | weight=0.045
=bom =objavil | weight=0.044
=nisem | weight=0.044, noneg
=klepetu =so | weight=0.044
=bom =na | weight=0.043
=napisal =bom | weight=0.043
=ponedeljek | weight=0.042
=za =pritozbo | weight=0.041
=ne =odziva | weight=0.041, noneg
=niste =odgovor | weight=0.040, noneg
=sem =si | weight=0.039
=odziva =pa | weight=0.038
=vsi =so | weight=0.038
=facebooku | weight=0.038
=pa =ni | weight=0.038, noneg
=stran =pa | weight=0.038
=vas =nic | weight=0.037, noneg
=x | weight=0.037
=skladisce =skladisce | weight=0.037
=a | weight=0.037
=racun =za | weight=0.036
=na =kontaktni | weight=0.036
=povratne =informacije | weight=0.036
=dneh | weight=0.036
=dnevu =in | weight=0.035
=ni =ne | weight=0.035, noneg
=vas =prosim | weight=0.035
=dne | weight=0.035
=niste | weight=0.035, noneg
=racun =po | weight=0.034
=dvema =teden | weight=0.034
=glede | weight=0.033
