# public_threat, cs: learned by scripts/learn.py from 3092 tuning texts (125 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Vaše dispečerka se mi drze vysmívala do telefonu a poznámky o mé váze si mohla odpustit. Budu o tom psát na Facebooku.
+ Podám stížnost na ČTÚ.
+ budeme to resit u soudu
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=soudu | weight=0.439
=pravnikovi | weight=0.433
=dam | weight=0.408
=zazalovat | weight=0.402
=zazalovat =vas | weight=0.402
=vsichni | weight=0.382
=coi | weight=0.375
=to =na | weight=0.374
=redakce | weight=0.364
=sdilim | weight=0.364
=pujde | weight=0.360
=napisu | weight=0.356
=obratim =se | weight=0.331
=skupiny | weight=0.315
=ctu | weight=0.312
=obchodni =inspekci | weight=0.306
=uvidime | weight=0.306
=recenzi | weight=0.292
=facebooku | weight=0.285
=svemu | weight=0.281
=site | weight=0.278
=kamarad | weight=0.277
=instagramu | weight=0.276
=podnet | weight=0.270
=zname | weight=0.267
=vsude | weight=0.262
=poslali =to | weight=0.260
=jednou =hvezdicku | weight=0.257
=vsechno =zname | weight=0.257
=podam | weight=0.250
=inspekci | weight=0.249
=zalobu | weight=0.248
=novin | weight=0.247
=obratim | weight=0.245
=rekl =na | weight=0.244
=si =na | weight=0.241
=napisu =o | weight=0.240
=hodnoceni | weight=0.236
=hygiena | weight=0.234
=zverejnim | weight=0.233
=zverejnim =na | weight=0.233
=cnb | weight=0.233
=zavolam =do | weight=0.229
=pred =vam | weight=0.228
=vsech | weight=0.228
=z =prodejne | weight=0.226
=pujde =s | weight=0.221
=jinak | weight=0.220
=bude =to | weight=0.219
=do =sveta | weight=0.219
=to =do | weight=0.215
=vec | weight=0.212
=vyzvana | weight=0.210
=google | weight=0.209
=na =google | weight=0.209
=podam =stiznost | weight=0.209
=bude | weight=0.207
=hodnoceni =na | weight=0.200
=sveta | weight=0.200
=cerna | weight=0.195
=vas =na | weight=0.194
=vidi | weight=0.192
=na =facebooku | weight=0.192
=do =televizi | weight=0.190
=verejne | weight=0.190
=heureku | weight=0.188
=na =heureku | weight=0.188
=ombudsmanovi | weight=0.188
=u =soudu | weight=0.185
=pribeh | weight=0.184
=dam =na | weight=0.183
=to =po | weight=0.182
=na =coi | weight=0.181
=jako =jednou | weight=0.179
=jinak =se | weight=0.179
=pokud | weight=0.178
=dozvi | weight=0.177
=na =ctu | weight=0.174
=stiznost | weight=0.174
=na =cnb | weight=0.174
=vam | weight=0.174
=hvezdicku | weight=0.171
=vec =jsem | weight=0.171
=po =vsech | weight=0.169
=predavam | weight=0.165
=celou =vec | weight=0.161
=detail | weight=0.160
=vi | weight=0.160
=kopii =teto | weight=0.158
=teto | weight=0.158
=teto =stiznost | weight=0.158
=na =telefon | weight=0.157
=vsem | weight=0.157
=policii | weight=0.157
=podavam | weight=0.156
=zaslouzim | weight=0.156
=napisu =to | weight=0.155
=to =nahlasil | weight=0.154
=jde =na | weight=0.154
=stiznost =u | weight=0.154
=u =ctu | weight=0.154
=tohle =pujde | weight=0.153
=jsem =pred | weight=0.153
=napisu =recenzi | weight=0.152
=to =nevyresite | weight=0.152
=jinak =jdu | weight=0.151
=si =prectu | weight=0.150
=inspektorat | weight=0.150
=inspektorat =prace | weight=0.150
=na =inspektorat | weight=0.150
=spotrebitelsky | weight=0.148
=facebooku =skupiny | weight=0.148
=vec =pred | weight=0.147
=jednou =hvezda | weight=0.147
=uz =jsem | weight=0.147
=do =mistnich | weight=0.147
=mistnich | weight=0.147
=tenhle | weight=0.146
=varuju | weight=0.145
=na =uoou | weight=0.143
=uoou | weight=0.143
=me =ignoroval | weight=0.141
=na =youtube | weight=0.140
=youtube | weight=0.140
=ochranka =pravo | weight=0.139
=verejne =ochranka | weight=0.139
=stiznost =k | weight=0.138
=kopii | weight=0.136
=banky =me | weight=0.136
=gauce =uz | weight=0.135
=mem =instagramu | weight=0.135
=rozbil =gauce | weight=0.135
=uz =visi | weight=0.135
=to =ve | weight=0.135
=s =jednou | weight=0.133
=slysel =jako | weight=0.132
=k =soudu | weight=0.131
=obracim =se | weight=0.129
=davam =vam | weight=0.127
=podam =podnet | weight=0.126
=podnet =na | weight=0.126
=eru | weight=0.126
=eru =a | weight=0.126
=na =eru | weight=0.126
=skupiny =na | weight=0.125
=hvezdicku =na | weight=0.124
=prectu | weight=0.124
=na =vsech | weight=0.123
=vsech =forech | weight=0.123
=na =mem | weight=0.123
=moznost | weight=0.123
=modrou | weight=0.123
=recenzi =na | weight=0.123
=komunikace | weight=0.122
=tehle | weight=0.122
=cesky =obchodni | weight=0.122
=pravo | weight=0.122
=vec =predavam | weight=0.122
=forech | weight=0.121
=gauce | weight=0.120
=vam =jednou | weight=0.120
=nevyresite =podam | weight=0.118
=na =instagramu | weight=0.116
=obchodni | weight=0.115
=jdu =na | weight=0.115
=klamave | weight=0.115
=na =cesky | weight=0.114
=kontakt | weight=0.114
=tom =na | weight=0.114
=jde | weight=0.113
=arbitra | weight=0.112
=financniho =arbitra | weight=0.112
=televizi | weight=0.111
=tim =do | weight=0.110
=neomezena | weight=0.110
=neomezena =dat | weight=0.110
=facebooku =at | weight=0.107
=kvuli =te | weight=0.107
=napisu =do | weight=0.107
=vi =jako | weight=0.107
=a =do | weight=0.106
=nahlasil | weight=0.106
=o =tomhle | weight=0.106
=site =at | weight=0.106
=tohle =jde | weight=0.106
=vsechno =site | weight=0.106
=bude =o | weight=0.105
=psat =na | weight=0.105
=tom =psat | weight=0.105
=nikdo =nechodi | weight=0.105, noneg
=at =vsichni | weight=0.105
=cesky =telekomunikacni | weight=0.104
=telekomunikacni | weight=0.104
=telekomunikacni =urade | weight=0.104
=tomhle | weight=0.104
=ignoroval | weight=0.103
=na =svemu | weight=0.102
=pujde =do | weight=0.101
=tam =nikdo | weight=0.101, noneg
=to =lidi | weight=0.101
=to =dam | weight=0.099
=financniho | weight=0.099
=jsem =to | weight=0.099
=to =resit | weight=0.099
=popisu | weight=0.097
=jako =nevidomy | weight=0.096
=ve =skupiny | weight=0.095
=tohle | weight=0.094
=obratim =na | weight=0.093
=v =byt | weight=0.093
=at =lidi | weight=0.093
=heureku =a | weight=0.092
=clanek =do | weight=0.091
=tom =clanek | weight=0.091
=se =na | weight=0.089
=vec =pravnikovi | weight=0.088
=o =tom | weight=0.088
=uvidime =se | weight=0.087
=advokatovi | weight=0.087
=predavam =svemu | weight=0.087
=svemu =advokatovi | weight=0.087
=dam =vam | weight=0.086
=pravnimu | weight=0.085
=pravnimu =zastupce | weight=0.085
=pred =svemu | weight=0.085
=svemu =pravnimu | weight=0.085
=lidi =vidi | weight=0.085
=booking | weight=0.085
=na =booking | weight=0.085
=energeticke =regulacni | weight=0.085
=regulacni | weight=0.085
=regulacni =urade | weight=0.085
=na =socialni | weight=0.085
=urade | weight=0.084
=ode | weight=0.084
=ode =me | weight=0.084
=diskriminace | weight=0.083
=dtest | weight=0.082
=v =pripade | weight=0.081
=cesky | weight=0.081
=tady =pisu | weight=0.080
=tak =tady | weight=0.080
=to =vsichni | weight=0.080
=verejne =at | weight=0.080
=vsichni =vidi | weight=0.080
=obracim | weight=0.080
=at =ostatni | weight=0.079
=ostatni =vi | weight=0.079
=sdilim =to | weight=0.079
=tady =at | weight=0.079
=celou =jsem | weight=0.078
=energeticke | weight=0.078
=autobus | weight=0.077
=jizdne =radu | weight=0.077
=podle =jizdne | weight=0.077
=nevyresite | weight=0.077
=clanek | weight=0.076
=hvezda | weight=0.076
=navrh | weight=0.076
=nevyrizena | weight=0.075
=resit =pres | weight=0.074
=se =do | weight=0.074
=centru | weight=0.074
=na =ombudsmanovi | weight=0.074
=a =o | weight=0.074
=mi =tam | weight=0.074
=popsal =jsem | weight=0.074
=davam | weight=0.074
=omluvu =jinak | weight=0.073
=v =zakonne | weight=0.073
=vas =recenzi | weight=0.073
=nevidomy | weight=0.073
=tak =ne | weight=0.072, noneg
=a =dam | weight=0.072
=pred =vec | weight=0.072
=nedorazil | weight=0.071
=pokud =nebude | weight=0.071, noneg
=pomalu =jako | weight=0.071
=s =cizincum | weight=0.071
=jsem =uz | weight=0.071
=nepristupne | weight=0.071
=skupiny =nas | weight=0.070
=se =dozvi | weight=0.070
=to =tady | weight=0.070
=mam =jit | weight=0.069
=pisu =na | weight=0.069
=asi =to | weight=0.069
=jizdne | weight=0.068
=vsichni =slysel | weight=0.068
=youtube =at | weight=0.068
=krok | weight=0.068
=uz =resit | weight=0.068
=zakonne | weight=0.067
=zakonne =lhuta | weight=0.067
=zalohu =mi | weight=0.067
=piste | weight=0.067
=a =verejne | weight=0.067
=a =takhle | weight=0.066
=klidne | weight=0.065
=jste =si | weight=0.065
=bez =jakehokoli | weight=0.065, noneg
=mrtvici | weight=0.064
=mrtvici =a | weight=0.064
=po =mrtvici | weight=0.064
=ale =mam | weight=0.064
=mamka =je | weight=0.063
=stale =nic | weight=0.063, noneg
=visi =na | weight=0.062
=je =po | weight=0.062
=zaznam | weight=0.062
=a =celou | weight=0.062
=naprosto | weight=0.062
=male | weight=0.062
=neda =omluvu | weight=0.060
=omluvu =tak | weight=0.060
=myslim =ze | weight=0.060
=za =tyden | weight=0.060
=jsem =ted | weight=0.059
=s =jidlo | weight=0.059
=udelat | weight=0.059
=nahravku | weight=0.059
=prodejne | weight=0.059
=na =nadrizeneho | weight=0.059
=je =diskriminace | weight=0.059
=stezovat =u | weight=0.058
=se =u | weight=0.058
=mem | weight=0.058
=na =dite | weight=0.058
=nas =mesta | weight=0.057
=zpet =jinak | weight=0.057
=si =ji | weight=0.057
=tyden =neozval | weight=0.057
=menu =dodavatele | weight=0.057
=pokud =se | weight=0.056
=pisu =o | weight=0.056
=slibili =vraceni | weight=0.056
=penize =do | weight=0.055
=stavebni =urade | weight=0.055
=mesicne | weight=0.055
=fotky =rozbil | weight=0.055
=asistencnim | weight=0.054
=asistencnim =psem | weight=0.054
=do =restaurace | weight=0.054
=odepren =vstup | weight=0.054
=restaurace =s | weight=0.054
=s =asistencnim | weight=0.054
=vstup =do | weight=0.054
=nez =mel | weight=0.054
=hodil =na | weight=0.054
=na =financniho | weight=0.053
=asi =pujde | weight=0.053
=mel =podle | weight=0.053
=zastupce | weight=0.053
=dnes =to | weight=0.053
=neni =ani | weight=0.052, noneg
=do =skupiny | weight=0.052
=u =nas | weight=0.052
=mamka | weight=0.052
=pujde =na | weight=0.052
=odmitli =pomoct | weight=0.052
=vysvetleni | weight=0.052
=urednice =odmitli | weight=0.051
=banky =mi | weight=0.051
=mu =urednice | weight=0.050
=jit | weight=0.050
=me =namitky | weight=0.050
=zamitnuta =reklamaci | weight=0.050
=porad =a | weight=0.050
=jednou =se | weight=0.050
=prace | weight=0.050
=ochranka | weight=0.050
=reseni | weight=0.049
=jsem =nedostal | weight=0.049
=psem | weight=0.049
=psat | weight=0.049
=muze =si | weight=0.049
=poprve =v | weight=0.049
=jakmile =slysel | weight=0.049
=hvezda =v | weight=0.049
=v =recenzi | weight=0.049
=poznamku | weight=0.049
=povysene =a | weight=0.048
=se =zakaznik | weight=0.048
=namitky | weight=0.047
=smysl | weight=0.047
=pry =neni | weight=0.047, noneg
=myslim | weight=0.047
=k =opakovane | weight=0.046
=vam =pisu | weight=0.046
=vedouci =mi | weight=0.046
=se =nebude | weight=0.046, noneg
=popsal | weight=0.046
=pripade | weight=0.046
=stavebni | weight=0.046
=tatu =jsem | weight=0.045
=na =radu | weight=0.045
=pred | weight=0.044
=celou | weight=0.044
=cizincum | weight=0.044
=pul =ve | weight=0.044
