# public_threat, cs: learned by scripts/learn.py from 2508 tuning texts (105 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Vaše dispečerka se mi drze vysmívala do telefonu a poznámky o mé váze si mohla odpustit. Budu o tom psát na Facebooku.
+ Podám stížnost na ČTÚ.
+ budeme to resit u soudu
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=soudu | weight=0.448
=obratim =se | weight=0.409
=zazalovat | weight=0.399
=zazalovat =vas | weight=0.399
=vsichni | weight=0.393
=pujde | weight=0.378
=coi | weight=0.370
=redakce | weight=0.370
=napisu | weight=0.368
=sdilim | weight=0.367
=to =na | weight=0.359
=pravnikovi | weight=0.357
=dam | weight=0.352
=obchodni =inspekci | weight=0.320
=skupine | weight=0.313
=recenzi | weight=0.312
=obratim | weight=0.301
=facebooku | weight=0.293
=instagramu | weight=0.289
=uvidime | weight=0.284
=kamarad | weight=0.276
=podam | weight=0.274
=ctu | weight=0.273
=podnet | weight=0.272
=vec | weight=0.266
=vsude | weight=0.266
=site | weight=0.266
=jednou =hvezdicku | weight=0.261
=zalobu | weight=0.258
=poslali =to | weight=0.254
=rekl =na | weight=0.253
=inspekci | weight=0.251
=novin | weight=0.248
=hodnoceni | weight=0.246
=hygiena | weight=0.242
=zverejnim | weight=0.242
=zverejnim =na | weight=0.242
=si =na | weight=0.242
=vsechno =zname | weight=0.238
=zname | weight=0.238
=zavolam =do | weight=0.234
=z =prodejne | weight=0.233
=svemu | weight=0.233
=bude =to | weight=0.233
=cnb | weight=0.231
=to =do | weight=0.228
=vsech | weight=0.226
=jinak | weight=0.226
=pred =vam | weight=0.225
=pujde =s | weight=0.224
=napisu =o | weight=0.219
=do =sveta | weight=0.216
=dam =na | weight=0.216
=vyzvana | weight=0.215
=cerna | weight=0.212
=bude | weight=0.208
=google | weight=0.198
=na =google | weight=0.198
=na =facebooku | weight=0.196
=stiznost | weight=0.191
=jako =jednou | weight=0.191
=podavam | weight=0.188
=sveta | weight=0.187
=vam | weight=0.186
=pribeh | weight=0.185
=policii | weight=0.185
=do =televizi | weight=0.184
=jsem =pred | weight=0.184
=to =po | weight=0.183
=na =cnb | weight=0.182
=podam =stiznost | weight=0.182
=heurece | weight=0.181
=na =heurece | weight=0.181
=vi | weight=0.180
=jinak =se | weight=0.174
=po =vsech | weight=0.173
=uz =jsem | weight=0.172
=vec =jsem | weight=0.171
=dozvi | weight=0.171
=hvezdicku | weight=0.168
=na =coi | weight=0.167
=napisu =recenzi | weight=0.167
=vas =na | weight=0.166
=modrou | weight=0.166
=jednou =hvezda | weight=0.165
=verejne | weight=0.160
=u =soudu | weight=0.157
=tohle =pujde | weight=0.156
=vec =pred | weight=0.156
=jde =na | weight=0.156
=facebooku =skupine | weight=0.156
=stiznost =u | weight=0.156
=u =ctu | weight=0.156
=detail | weight=0.154
=na =telefon | weight=0.153
=cely =vec | weight=0.153
=si =prectu | weight=0.152
=ombudsmanovi | weight=0.150
=kopii =teto | weight=0.149
=teto | weight=0.149
=teto =stiznost | weight=0.149
=do =mistnich | weight=0.149
=mistnich | weight=0.149
=zaslouzim | weight=0.148
=pokud | weight=0.148
=na =youtube | weight=0.147
=slysi =jako | weight=0.147
=youtube | weight=0.147
=na =cesky | weight=0.147
=tenhle | weight=0.146
=bance =me | weight=0.146
=k =soudu | weight=0.146
=na =ctu | weight=0.143
=vec =predavam | weight=0.143
=vsem | weight=0.142
=me =ignoroval | weight=0.142
=na =uoou | weight=0.138
=uoou | weight=0.138
=vidi | weight=0.138
=varuju | weight=0.137
=predavam | weight=0.137
=hvezdicku =na | weight=0.137
=gauce =uz | weight=0.137
=mem =instagramu | weight=0.137
=rozbil =gauce | weight=0.137
=uz =visi | weight=0.137
=to =ve | weight=0.136
=tehle | weight=0.133
=kopii | weight=0.133
=cesky =obchodni | weight=0.133
=klamave | weight=0.132
=jde | weight=0.132
=komunikace | weight=0.131
=inspektorat | weight=0.131
=inspektorat =prace | weight=0.131
=na =inspektorat | weight=0.131
=nahlasil | weight=0.130
=tom =na | weight=0.129
=nevyresite =podam | weight=0.128
=eru | weight=0.127
=eru =a | weight=0.127
=na =eru | weight=0.127
=vam =jednou | weight=0.127
=se =na | weight=0.126
=na =vsech | weight=0.124
=vsech =forech | weight=0.124
=s =jednou | weight=0.124
=kvuli =te | weight=0.122
=na =mem | weight=0.121
=gauce | weight=0.121
=o =tom | weight=0.120
=a =do | weight=0.118
=na =instagramu | weight=0.118
=prectu | weight=0.118
=forech | weight=0.118
=stiznost =k | weight=0.118
=vi =jako | weight=0.117
=skupine =na | weight=0.116
=podam =podnet | weight=0.116
=podnet =na | weight=0.116
=to =lidi | weight=0.116
=spotrebitelsky | weight=0.115
=recenzi =na | weight=0.115
=to =nevyresite | weight=0.113
=to =dam | weight=0.113
=jdu =na | weight=0.113
=jinak =jdu | weight=0.112
=o =tomhle | weight=0.112
=na =svemu | weight=0.108
=popisu | weight=0.108
=at =vsichni | weight=0.108
=se =do | weight=0.108
=male | weight=0.107
=tomhle | weight=0.107
=urade | weight=0.106
=facebooku =at | weight=0.106
=pujde =do | weight=0.105
=nikdo =nechodi | weight=0.105, noneg
=bude =o | weight=0.105
=psat =na | weight=0.105
=tom =psat | weight=0.105
=tim =do | weight=0.105
=davam =vam | weight=0.104
=televizi | weight=0.104
=site =at | weight=0.103
=tohle =jde | weight=0.103
=vsechno =site | weight=0.103
=jsem =to | weight=0.102
=obchodni | weight=0.102
=napisu =do | weight=0.102
=tam =nikdo | weight=0.102, noneg
=ochranka =pravo | weight=0.102
=verejne =ochranka | weight=0.102
=cesky =telekomunikacni | weight=0.102
=telekomunikacni | weight=0.102
=telekomunikacni =urade | weight=0.102
=kontakt | weight=0.099
=moznost | weight=0.098
=dam =vam | weight=0.097
=obratim =na | weight=0.097
=to =resit | weight=0.096
=dtest | weight=0.095
=jako =nevidomy | weight=0.095
=ve =skupine | weight=0.095
=ignoroval | weight=0.094
=ode | weight=0.094
=ode =me | weight=0.094
=nedorazil | weight=0.094
=pravo | weight=0.092
=advokatovi | weight=0.091
=predavam =svemu | weight=0.091
=svemu =advokatovi | weight=0.091
=jedina | weight=0.090
=energeticky | weight=0.089
=energeticky =regulacni | weight=0.089
=regulacni | weight=0.089
=regulacni =urade | weight=0.089
=tohle | weight=0.086
=clanek =do | weight=0.086
=tom =clanek | weight=0.086
=pokud =to | weight=0.086
=autobus | weight=0.085
=jizdne =radu | weight=0.085
=podle =jizdne | weight=0.085
=tak =ne | weight=0.084, noneg
=tady =pisu | weight=0.084
=tak =tady | weight=0.084
=to =vsichni | weight=0.084
=verejne =at | weight=0.084
=vsichni =vidi | weight=0.084
=pravnimu | weight=0.083
=pravnimu =zastupce | weight=0.083
=pred =svemu | weight=0.083
=svemu =pravnimu | weight=0.083
=diskriminace | weight=0.083
=v =pripad | weight=0.083
=at =ostatni | weight=0.083
=ostatni =vi | weight=0.083
=sdilim =to | weight=0.083
=tady =at | weight=0.083
=stale =nic | weight=0.081, noneg
=cely =jsem | weight=0.081
=a =o | weight=0.081
=tyden =neozval | weight=0.078
=zalohu =mi | weight=0.078
=cesky | weight=0.078
=navrh | weight=0.077
=skupine =nas | weight=0.077
=pisu | weight=0.076
=mi =tam | weight=0.076
=vas =recenzi | weight=0.076
=bez =jakehokoli | weight=0.075, noneg
=hvezda | weight=0.075
=popsal =jsem | weight=0.075
=clanek | weight=0.074
=mam =jit | weight=0.074
=nepristupne | weight=0.074
=nevyrizene | weight=0.074
=vsichni =slysi | weight=0.074
=youtube =at | weight=0.074
=nevidomy | weight=0.073
=booking | weight=0.073
=na =booking | weight=0.073
=resit =pres | weight=0.073
=jizdne | weight=0.072
=heurece =a | weight=0.071
=na =dite | weight=0.071
=pomalu =jako | weight=0.071
=s =cizincum | weight=0.071
=omluvu =jinak | weight=0.071
=mesicni | weight=0.070
=udelat | weight=0.070
=na =radu | weight=0.069
=stiznost =na | weight=0.069
=pisu =na | weight=0.069
=se =dozvi | weight=0.068
=to =tady | weight=0.068
=asi =to | weight=0.068
=ale =mam | weight=0.067
=piste | weight=0.064
=krok | weight=0.064
=uz =resit | weight=0.064
=urednice =odmitli | weight=0.064
=klidne | weight=0.063
=vam =pisu | weight=0.063
=jsem =uz | weight=0.063
=dite =a | weight=0.063
=asistencnim | weight=0.063
=asistencnim =psem | weight=0.063
=do =restaurace | weight=0.063
=odepren =vstup | weight=0.063
=restaurace =s | weight=0.063
=s =asistencnim | weight=0.063
=vstup =do | weight=0.063
=stezovat =u | weight=0.062
=fotky =rozbil | weight=0.062
=na =vsechno | weight=0.062
=nahravku | weight=0.062
=myslim =ze | weight=0.062
=penize =do | weight=0.061
=centralu | weight=0.061
=visi =na | weight=0.061
=odmitli =pomoct | weight=0.061
=vysvetleni | weight=0.061
=obracim =se | weight=0.060
=nas =mesta | weight=0.060
=jsem =ted | weight=0.060
=neda =omluvu | weight=0.060
=omluvu =tak | weight=0.060
=pred =vec | weight=0.059
=jit | weight=0.059
=popsal | weight=0.059
=zaznam | weight=0.059
=psem | weight=0.059
=nevyresite | weight=0.058
=jste =si | weight=0.058
=pred | weight=0.057
=a =takhle | weight=0.056
=pokud =se | weight=0.056
=je =diskriminace | weight=0.055
=byla =odepren | weight=0.055
=odepren | weight=0.055
=mu =urednice | weight=0.055
=poprve =v | weight=0.054
=ctu =a | weight=0.053
=hvezda =v | weight=0.053
=v =recenzi | weight=0.053
=me =namitce | weight=0.053
=namitce | weight=0.053
=mrtvici | weight=0.053
=mrtvici =a | weight=0.053
=po =mrtvici | weight=0.053
=mamka =je | weight=0.053
=do =skupine | weight=0.053
=to =udelat | weight=0.052
=mesta | weight=0.052
=zalohu | weight=0.052
=mem | weight=0.052
=nez =mel | weight=0.052
=psa | weight=0.051
=muze =si | weight=0.051
=neni =ani | weight=0.051, noneg
=pujde =na | weight=0.051
=a =cely | weight=0.051
=prodejne | weight=0.051
=je =po | weight=0.051
=tatu =jsem | weight=0.050
=v =byt | weight=0.050
=si =ji | weight=0.050
=situaci | weight=0.049
=povysene =a | weight=0.049
=podivat | weight=0.049
=myslim | weight=0.049
=stavebni | weight=0.049
=porad =a | weight=0.049
=arbitra | weight=0.049
=financni =arbitra | weight=0.049
=cely | weight=0.049
=mluvit =pomalu | weight=0.049
=psat | weight=0.049
=se =zakazniky | weight=0.048
=pisu =o | weight=0.047
=vstup | weight=0.046
=vas | weight=0.045
=a =posmesne | weight=0.045
=jednou =se | weight=0.045
=jde =to | weight=0.044
=vedouci =mi | weight=0.043
=mi =neda | weight=0.043
=slysi =muj | weight=0.043
=posmesne | weight=0.043
=jsem =poprve | weight=0.043
=cizincum | weight=0.042
=jakmile =slysi | weight=0.042
=hodil =na | weight=0.042
=pomoct | weight=0.042
=davam | weight=0.042
=reseni | weight=0.041
=dispecerka | weight=0.041
=smysl | weight=0.041
=si =zaslouzim | weight=0.040
=libit | weight=0.040
=nenecham =libit | weight=0.040
=si =nenecham | weight=0.040
=tohle =si | weight=0.040
=a =bude | weight=0.040
=driv =nez | weight=0.040
=zastupce | weight=0.039
=jinak =vec | weight=0.039
=napisu =na | weight=0.039
=at =lidi | weight=0.038
=lidi =vi | weight=0.038
=restaurace | weight=0.038
=jako =na | weight=0.037
=vedouci =prodejne | weight=0.037
=pripad | weight=0.036
=na =soudu | weight=0.036
=zacala =mluvit | weight=0.036
=ozval =se | weight=0.036
=mamka | weight=0.036
