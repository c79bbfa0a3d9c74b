# public_threat, cs: learned by scripts/learn.py from 2812 tuning texts (113 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Vaše dispečerka se mi drze vysmívala do telefonu a poznámky o mé váze si mohla odpustit. Budu o tom psát na Facebooku.
+ Podám stížnost na ČTÚ.
+ budeme to resit u soudu
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=soudu | weight=0.465
=pravnikovi | weight=0.426
=zazalovat | weight=0.405
=zazalovat =vas | weight=0.405
=dam | weight=0.388
=pujde | weight=0.373
=redakce | weight=0.371
=vsichni | weight=0.371
=sdilim | weight=0.369
=napisu | weight=0.368
=coi | weight=0.367
=to =na | weight=0.362
=obratim =se | weight=0.344
=skupine | weight=0.316
=uvidime | weight=0.314
=obchodni =inspekci | weight=0.313
=recenzi | weight=0.307
=facebooku | weight=0.284
=instagramu | weight=0.281
=kamarad | weight=0.279
=podnet | weight=0.273
=obratim | weight=0.269
=svemu | weight=0.268
=site | weight=0.267
=ctu | weight=0.266
=podam | weight=0.266
=rekl =na | weight=0.265
=poslali =to | weight=0.259
=zname | weight=0.257
=vsude | weight=0.257
=zalobu | weight=0.255
=inspekci | weight=0.253
=novin | weight=0.252
=jednou =hvezdicku | weight=0.250
=si =na | weight=0.241
=vsechno =zname | weight=0.237
=hygiena | weight=0.236
=napisu =o | weight=0.236
=vsech | weight=0.235
=pred =vam | weight=0.233
=hodnoceni | weight=0.230
=z =prodejne | weight=0.229
=zverejnim | weight=0.228
=zverejnim =na | weight=0.228
=zavolam =do | weight=0.226
=cnb | weight=0.225
=jinak | weight=0.223
=bude =to | weight=0.223
=pujde =s | weight=0.219
=to =do | weight=0.217
=do =sveta | weight=0.216
=podam =stiznost | weight=0.210
=vyzvana | weight=0.209
=bude | weight=0.206
=google | weight=0.206
=na =google | weight=0.206
=cerna | weight=0.203
=vam | weight=0.201
=sveta | weight=0.196
=do =televizi | weight=0.193
=vas =na | weight=0.192
=dam =na | weight=0.191
=jsem =pred | weight=0.191
=na =facebooku | weight=0.190
=vec | weight=0.189
=stiznost | weight=0.186
=u =soudu | weight=0.186
=jako =jednou | weight=0.186
=ombudsmanovi | weight=0.185
=pribeh | weight=0.184
=heureku | weight=0.184
=na =heureku | weight=0.184
=to =po | weight=0.183
=policii | weight=0.183
=vidi | weight=0.182
=jinak =se | weight=0.178
=podavam | weight=0.176
=na =cnb | weight=0.174
=vi | weight=0.172
=po =vsech | weight=0.171
=na =telefon | weight=0.170
=dozvi | weight=0.170
=predavam | weight=0.168
=uz =jsem | weight=0.168
=vsem | weight=0.168
=na =coi | weight=0.167
=hvezdicku | weight=0.166
=vec =jsem | weight=0.165
=jednou =hvezda | weight=0.164
=detail | weight=0.161
=jde =na | weight=0.161
=napisu =to | weight=0.160
=to =nevyresite | weight=0.158
=celou =vec | weight=0.157
=verejne | weight=0.157
=vec =pred | weight=0.155
=pokud | weight=0.155
=napisu =recenzi | weight=0.154
=stiznost =u | weight=0.154
=u =ctu | weight=0.154
=facebooku =skupine | weight=0.152
=kopii =teto | weight=0.151
=teto | weight=0.151
=teto =stiznost | weight=0.151
=si =prectu | weight=0.151
=spotrebitelsky | weight=0.150
=tohle =pujde | weight=0.150
=zaslouzim | weight=0.149
=tenhle | weight=0.145
=stiznost =k | weight=0.144
=inspektorat | weight=0.144
=inspektorat =prace | weight=0.144
=na =inspektorat | weight=0.144
=me =ignoroval | weight=0.143
=banka =me | weight=0.142
=na =cesky | weight=0.139
=do =mistnich | weight=0.138
=mistnich | weight=0.138
=na =youtube | weight=0.137
=youtube | weight=0.137
=na =ctu | weight=0.137
=gauce =uz | weight=0.136
=mem =instagramu | weight=0.136
=rozbil =gauce | weight=0.136
=uz =visi | weight=0.136
=to =ve | weight=0.135
=k =soudu | weight=0.134
=jde | weight=0.134
=cesky =obchodni | weight=0.133
=na =uoou | weight=0.133
=uoou | weight=0.133
=kopii | weight=0.133
=klamave | weight=0.132
=varuju | weight=0.131
=prectu | weight=0.130
=eru | weight=0.130
=eru =a | weight=0.130
=na =eru | weight=0.130
=nahlasil | weight=0.128
=s =jednou | weight=0.127
=slysel =jako | weight=0.127
=skupine =na | weight=0.127
=modrou | weight=0.126
=komunikace | weight=0.124
=na =vsech | weight=0.123
=vsech =forech | weight=0.123
=vec =predavam | weight=0.123
=na =mem | weight=0.122
=hvezdicku =na | weight=0.122
=kvuli =te | weight=0.122
=nevyresite =podam | weight=0.122
=tehle | weight=0.120
=gauce | weight=0.120
=podam =podnet | weight=0.119
=podnet =na | weight=0.119
=o =tom | weight=0.119
=na =instagramu | weight=0.118
=vi =jako | weight=0.118
=vam =jednou | weight=0.117
=forech | weight=0.117
=a =do | weight=0.116
=se =do | weight=0.114
=tom =na | weight=0.113
=jsem =to | weight=0.113
=moznost | weight=0.112
=televizi | weight=0.112
=recenzi =na | weight=0.112
=popisu | weight=0.111
=o =tomhle | weight=0.111
=jinak =jdu | weight=0.110
=obchodni | weight=0.110
=to =dam | weight=0.110
=tim =do | weight=0.109
=site =at | weight=0.108
=tohle =jde | weight=0.108
=vsechno =site | weight=0.108
=tomhle | weight=0.108
=facebooku =at | weight=0.107
=nikdo =nechodi | weight=0.107, noneg
=bude =o | weight=0.107
=psat =na | weight=0.107
=tom =psat | weight=0.107
=jdu =na | weight=0.107
=to =lidi | weight=0.105
=ve =skupine | weight=0.105
=at =vsichni | weight=0.104
=tam =nikdo | weight=0.103, noneg
=pujde =do | weight=0.103
=na =svemu | weight=0.100
=davam =vam | weight=0.099
=dam =vam | weight=0.098
=ochranka =pravo | weight=0.098
=verejne =ochranka | weight=0.098
=ode | weight=0.095
=ode =me | weight=0.095
=jako =nevidomy | weight=0.095
=obratim =na | weight=0.095
=cesky =telekomunikacni | weight=0.094
=telekomunikacni | weight=0.094
=telekomunikacni =urade | weight=0.094
=cesky | weight=0.094
=se =na | weight=0.093
=urade | weight=0.093
=ignoroval | weight=0.093
=napisu =do | weight=0.093
=pravo | weight=0.093
=dtest | weight=0.092
=male | weight=0.092
=uvidime =se | weight=0.092
=kontakt | weight=0.091
=at =lidi | weight=0.089
=advokatovi | weight=0.088
=predavam =svemu | weight=0.088
=svemu =advokatovi | weight=0.088
=nedorazil | weight=0.088
=energeticky | weight=0.087
=energeticky =regulacni | weight=0.087
=regulacni | weight=0.087
=regulacni =urade | weight=0.087
=lidi =vidi | weight=0.085
=pravnimu | weight=0.085
=pravnimu =zastupce | weight=0.085
=pred =svemu | weight=0.085
=svemu =pravnimu | weight=0.085
=tohle | weight=0.084
=clanek =do | weight=0.084
=tom =clanek | weight=0.084
=autobus | weight=0.083
=jizdne =radu | weight=0.083
=podle =jizdne | weight=0.083
=centralu | weight=0.083
=tak =ne | weight=0.082, noneg
=to =resit | weight=0.082
=at =ostatni | weight=0.081
=ostatni =vi | weight=0.081
=sdilim =to | weight=0.081
=tady =at | weight=0.081
=heureku =a | weight=0.081
=celou =jsem | weight=0.081
=arbitra | weight=0.081
=financni =arbitra | weight=0.081
=tady =pisu | weight=0.080
=tak =tady | weight=0.080
=to =vsichni | weight=0.080
=verejne =at | weight=0.080
=vsichni =vidi | weight=0.080
=hvezda | weight=0.080
=v =pripad | weight=0.079
=na =ombudsmanovi | weight=0.079
=zalohu =mi | weight=0.079
=bez =jakehokoli | weight=0.076, noneg
=nevidomy | weight=0.076
=booking | weight=0.076
=na =booking | weight=0.076
=nevyresite | weight=0.075
=jizdne | weight=0.075
=tyden =neozval | weight=0.075
=diskriminace | weight=0.075
=mi =tam | weight=0.075
=navrh | weight=0.075
=omluvu =jinak | weight=0.075
=stale =nic | weight=0.075, noneg
=popsal =jsem | weight=0.075
=vam =pisu | weight=0.074
=nepristupne | weight=0.073
=resit =pres | weight=0.073
=se =u | weight=0.073
=clanek | weight=0.072
=a =o | weight=0.071
=slibili =vraceni | weight=0.071
=skupine =nas | weight=0.071
=vas =recenzi | weight=0.071
=na =dite | weight=0.070
=pomalu =jako | weight=0.070
=s =cizincum | weight=0.070
=se =dozvi | weight=0.070
=fotky =rozbil | weight=0.070
=coi =a | weight=0.069
=krok | weight=0.069
=uz =resit | weight=0.069
=vsichni =slysel | weight=0.069
=youtube =at | weight=0.069
=asi =to | weight=0.068
=mesicne | weight=0.068
=financni | weight=0.068
=pisu =na | weight=0.067
=to =tady | weight=0.066
=a =takhle | weight=0.066
=nevyrizena | weight=0.065
=asistencnim | weight=0.065
=asistencnim =psem | weight=0.065
=do =restaurace | weight=0.065
=odepren =vstup | weight=0.065
=restaurace =s | weight=0.065
=s =asistencnim | weight=0.065
=vstup =do | weight=0.065
=piste | weight=0.065
=jsem =uz | weight=0.065
=klidne | weight=0.064
=pisu | weight=0.064
=jste =si | weight=0.064
=stezovat =u | weight=0.064
=udelat | weight=0.064
=dite =a | weight=0.064
=mam =jit | weight=0.064
=jsem =ted | weight=0.062
=vysvetleni | weight=0.061
=neda =omluvu | weight=0.061
=omluvu =tak | weight=0.061
=mem | weight=0.061
=pred | weight=0.061
=prodejne | weight=0.061
=pred =vec | weight=0.061
=myslim =ze | weight=0.061
=nahravku | weight=0.061
=zaznam | weight=0.061
=mrtvici | weight=0.060
=mrtvici =a | weight=0.060
=po =mrtvici | weight=0.060
=psem | weight=0.060
=mamka =je | weight=0.059
=nas =mesta | weight=0.059
=na =radu | weight=0.058
=hvezda =v | weight=0.058
=v =recenzi | weight=0.058
=pokud =nebude | weight=0.057, noneg
=byla =odepren | weight=0.057
=odepren | weight=0.057
=visi =na | weight=0.057
=je =po | weight=0.056
=podivat | weight=0.055
=obracim =se | weight=0.055
=si =ji | weight=0.055
=dnes =to | weight=0.055
=stavebni | weight=0.055
=nez =mel | weight=0.054
=neni =ani | weight=0.054, noneg
=je =diskriminace | weight=0.054
=stiznost =na | weight=0.053
=popsal | weight=0.053
=jestli =mi | weight=0.053
=ale =mam | weight=0.053
=v =byt | weight=0.053
=pokud =se | weight=0.052
=jit | weight=0.052
=urednice =odmitli | weight=0.052
=psa | weight=0.052
=zalohu | weight=0.051
=prace | weight=0.051
=zamitnuta =reklamaci | weight=0.051
=to =udelat | weight=0.051
=muze =si | weight=0.051
=poprve =v | weight=0.051
=me =namitce | weight=0.050
=namitce | weight=0.050
=penize =do | weight=0.050
=davam | weight=0.049
=odmitli =pomoct | weight=0.049
=hodil =na | weight=0.049
=mu =urednice | weight=0.048
=pisu =o | weight=0.048
=celou | weight=0.048
=povysene =a | weight=0.048
=se =s | weight=0.048
=a =celou | weight=0.048
=do =skupine | weight=0.048
=k =opakovane | weight=0.047
=pujde =na | weight=0.047
=banka =mi | weight=0.047
=vstup | weight=0.047
=mesta | weight=0.047
=myslim | weight=0.046
=reseni | weight=0.046
=vedouci =mi | weight=0.046
=pokud =to | weight=0.045
=si =nenecham | weight=0.045
=tohle =si | weight=0.045
=zamitnuta | weight=0.044
=jednou =se | weight=0.044
=se =zakazniky | weight=0.044
=vzhledem | weight=0.044
=vzhledem =k | weight=0.044
=situaci | weight=0.043
=prukaz | weight=0.043
=psat | weight=0.043
=porad =a | weight=0.043
=ctu =a | weight=0.043
=jakmile =slysel | weight=0.042
=tatu =jsem | weight=0.042
=napisu =na | weight=0.042
=pred =to | weight=0.041
=to =pravnikovi | weight=0.041
=jsem =poprve | weight=0.041
=nevrati =penize | weight=0.041
=cizincum | weight=0.040
=obcansky | weight=0.040
=a =posmesne | weight=0.040
=restaurace | weight=0.040
=jako =se | weight=0.040
=libit | weight=0.040
