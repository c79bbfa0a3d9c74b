# public_threat, cs: learned by scripts/learn.py from 3535 tuning texts (128 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Vaše dispečerka se mi drze vysmívala do telefonu a poznámky o mé váze si mohla odpustit. Budu o tom psát na Facebooku.
+ Podám stížnost na ČTÚ.
+ budeme to resit u soudu
- ok dekuju
- super, doporucuju
=soudu | weight=0.448
=pravnikovi | weight=0.429
=dam | weight=0.410
=coi | weight=0.401
=zazalovat | weight=0.383
=zazalovat =vas | weight=0.383
=vsichni | weight=0.371
=pujde | weight=0.367
=to =na | weight=0.365
=redakce | weight=0.354
=sdilim | weight=0.354
=napisu | weight=0.340
=obratim =se | weight=0.334
=uvidime | weight=0.318
=skupiny | weight=0.310
=ctu | weight=0.303
=obchodni =inspekci | weight=0.303
=facebooku | weight=0.300
=vsude | weight=0.298
=recenzi | weight=0.293
=zalobu | weight=0.288
=instagramu | weight=0.280
=kamarad | weight=0.279
=site | weight=0.277
=svemu | weight=0.276
=podam | weight=0.267
=podnet | weight=0.265
=zname | weight=0.261
=vsechno =zname | weight=0.260
=obratim | weight=0.256
=poslali =to | weight=0.253
=inspekci | weight=0.250
=to =do | weight=0.249
=novin | weight=0.249
=pokud | weight=0.248, noneg
=jednou =hvezdicku | weight=0.244
=rekl =na | weight=0.241
=si =na | weight=0.238
=napisu =o | weight=0.238
=hodnoceni | weight=0.237
=pred =vam | weight=0.233
=vsech | weight=0.232
=hygiena | weight=0.231
=zverejnim | weight=0.228
=zverejnim =na | weight=0.228
=podam =stiznost | weight=0.228
=cnb | weight=0.224
=pujde =s | weight=0.224
=z =prodejne | weight=0.223
=do =cerne | weight=0.220
=bude =to | weight=0.219
=zavolam =do | weight=0.218
=do =sveta | weight=0.213
=vec | weight=0.209
=google | weight=0.208
=na =google | weight=0.208
=jinak | weight=0.208
=na =coi | weight=0.207
=na =facebooku | weight=0.203
=vyzvu | weight=0.201
=bude | weight=0.201
=u =soudu | weight=0.200
=verejne | weight=0.198
=vas =na | weight=0.194
=sveta | weight=0.193
=to =po | weight=0.190
=hodnoceni =na | weight=0.190
=dam =na | weight=0.188
=jako =jednou | weight=0.187
=heureku | weight=0.185
=na =heureku | weight=0.185
=jinak =se | weight=0.180
=pribeh | weight=0.179
=ombudsmanovi | weight=0.178
=podavam | weight=0.178
=vam | weight=0.177
=do =televizi | weight=0.176
=vidi | weight=0.175
=cerne | weight=0.175
=na =ctu | weight=0.173
=dozvi | weight=0.172
=stiznost | weight=0.170
=na =cnb | weight=0.169
=vas =je | weight=0.169
=hvezdicku | weight=0.168
=predavam | weight=0.165
=po =vsech | weight=0.163
=na =telefon | weight=0.163
=vi | weight=0.162
=vec =jsem | weight=0.161
=jsem =pred | weight=0.159
=napisu =to | weight=0.157
=jde =na | weight=0.156
=policii | weight=0.156
=jednou =hvezda | weight=0.156
=detail | weight=0.156
=napisu =recenzi | weight=0.156
=celou =vec | weight=0.155
=stiznost =u | weight=0.152
=u =ctu | weight=0.152
=kopii =teto | weight=0.151
=teto | weight=0.151
=teto =stiznost | weight=0.151
=vec =pred | weight=0.151
=facebooku =skupiny | weight=0.150
=vsem | weight=0.149
=to =nahlasil | weight=0.149
=si =prectu | weight=0.149
=do =mistnich | weight=0.147
=mistnich | weight=0.147
=na =uoou | weight=0.147
=uoou | weight=0.147
=spotrebitelsky | weight=0.146
=inspektorat | weight=0.146
=inspektorat =prace | weight=0.146
=na =inspektorat | weight=0.146
=tohle =pujde | weight=0.145
=tenhle | weight=0.145
=jdu =na | weight=0.145
=varuju | weight=0.144
=pokud =to | weight=0.143, noneg
=zaslouzim | weight=0.142
=uz =jsem | weight=0.140
=ochranka =pravo | weight=0.140
=verejne =ochranka | weight=0.140
=stiznost =k | weight=0.140
=me =ignoroval | weight=0.136
=na =youtube | weight=0.135
=youtube | weight=0.135
=pravo | weight=0.132
=prectu | weight=0.132
=banky =me | weight=0.131
=to =ve | weight=0.131
=gauce =uz | weight=0.131
=mem =instagramu | weight=0.131
=rozbil =gauce | weight=0.131
=uz =visi | weight=0.131
=obracim =se | weight=0.130
=kopii | weight=0.129
=hvezdicku =na | weight=0.128
=slysel =jako | weight=0.128
=davam =vam | weight=0.128
=modrou | weight=0.127
=podam =podnet | weight=0.125
=podnet =na | weight=0.125
=kontakt | weight=0.123
=jinak =jdu | weight=0.123
=na =cesky | weight=0.123
=skupiny =na | weight=0.123
=eru | weight=0.122
=eru =a | weight=0.122
=na =eru | weight=0.122
=k =soudu | weight=0.122
=obchodni | weight=0.121
=vi =jako | weight=0.120
=na =instagramu | weight=0.120
=na =vsech | weight=0.120
=vsech =forech | weight=0.120
=komunikace | weight=0.119
=gauce | weight=0.119
=vam =jednou | weight=0.119
=vec =predavam | weight=0.118
=na =mem | weight=0.118
=s =jednou | weight=0.116
=tehle | weight=0.115
=tim =do | weight=0.114
=forech | weight=0.114
=pisu =recenzi | weight=0.113
=klamave | weight=0.112
=recenzi =na | weight=0.112
=televizi | weight=0.112
=tom =na | weight=0.110
=facebooku =at | weight=0.109
=neomezena | weight=0.108
=neomezena =dat | weight=0.108
=na =svemu | weight=0.108
=cesky =telekomunikacni | weight=0.108
=telekomunikacni | weight=0.108
=telekomunikacni =urade | weight=0.108
=cesky =obchodni | weight=0.108
=nahlasil | weight=0.108
=napisu =do | weight=0.107
=o =tom | weight=0.106
=a =do | weight=0.106
=site =at | weight=0.106
=tohle =jde | weight=0.106
=vsechno =site | weight=0.106
=ignoroval | weight=0.105
=nikdo =nechodi | weight=0.104, noneg
=bude =o | weight=0.104
=psat =na | weight=0.104
=tom =psat | weight=0.104
=uvidime =se | weight=0.104
=tam =nikdo | weight=0.103, noneg
=kvuli =te | weight=0.103
=to =lidi | weight=0.102
=o =tomhle | weight=0.102
=pujde =do | weight=0.102
=tomhle | weight=0.100
=at =vsichni | weight=0.099
=tohle | weight=0.099
=vec =pravnikovi | weight=0.098
=obratim =na | weight=0.096
=jako =nevidomy | weight=0.096
=popisu | weight=0.096
=to =resit | weight=0.096
=v =byt | weight=0.096
=to =dam | weight=0.095
=moznost | weight=0.095
=urade | weight=0.093
=ve =skupiny | weight=0.093
=energeticke =regulacni | weight=0.093
=regulacni | weight=0.093
=regulacni =urade | weight=0.093
=dtest | weight=0.092
=se =na | weight=0.091
=energeticke | weight=0.089
=heureku =a | weight=0.089
=jde | weight=0.088
=ode | weight=0.088
=ode =me | weight=0.088
=arbitra | weight=0.088
=financniho =arbitra | weight=0.088
=jsem =to | weight=0.087
=clanek =do | weight=0.086
=tom =clanek | weight=0.086
=advokatovi | weight=0.085
=predavam =svemu | weight=0.085
=svemu =advokatovi | weight=0.085
=pravnimu | weight=0.084
=pravnimu =zastupce | weight=0.084
=pred =svemu | weight=0.084
=svemu =pravnimu | weight=0.084
=obracim | weight=0.084
=at =ostatni | weight=0.084
=ostatni =vi | weight=0.084
=sdilim =to | weight=0.084
=tady =at | weight=0.084
=celou =jsem | weight=0.084
=hvezda | weight=0.083
=tady =pisu | weight=0.083
=tak =tady | weight=0.083
=to =vsichni | weight=0.083
=verejne =at | weight=0.083
=vsichni =vidi | weight=0.083
=dam =vam | weight=0.083
=pred =vec | weight=0.081
=resit =pres | weight=0.081
=se =u | weight=0.080
=na =socialni | weight=0.080
=booking | weight=0.080
=na =booking | weight=0.080
=klidne | weight=0.080
=popsal =jsem | weight=0.078
=financniho | weight=0.078
=cesky | weight=0.077
=clanek | weight=0.077
=penize =zpet | weight=0.076
=na =ombudsmanovi | weight=0.075
=diskriminace | weight=0.075
=nepristupne | weight=0.075
=lidi =vidi | weight=0.075
=nevidomy | weight=0.075
=a =o | weight=0.074
=chci =penize | weight=0.074
=autobus | weight=0.073
=jizdne =radu | weight=0.073
=podle =jizdne | weight=0.073
=a =dam | weight=0.073
=at =lidi | weight=0.072
=to =tady | weight=0.072
=se =dozvi | weight=0.072
=stale =nic | weight=0.072, noneg
=pomalu =jako | weight=0.070
=s =cizincum | weight=0.070
=vsude =kde | weight=0.070
=mi =tam | weight=0.070
=v =pripade | weight=0.070
=jsem =uz | weight=0.069
=skupiny =nas | weight=0.069
=vsichni =slysel | weight=0.069
=youtube =at | weight=0.069
=tak =ne | weight=0.069, noneg
=a =takhle | weight=0.069
=jizdne | weight=0.068
=za =tyden | weight=0.068
=visi =na | weight=0.068
=a =jestli | weight=0.068
=davam | weight=0.068
=vas =recenzi | weight=0.068
=pokud =se | weight=0.067, noneg
=s =jidlo | weight=0.067
=slibili =vraceni | weight=0.067
=zalohu =mi | weight=0.067
=se =zakaznik | weight=0.067
=mrtvici | weight=0.067
=mrtvici =a | weight=0.067
=po =mrtvici | weight=0.067
=mamka =je | weight=0.066
=centru | weight=0.066
=udelat | weight=0.065
=bez =jakehokoli | weight=0.065, noneg
=navrh | weight=0.064
=piste | weight=0.064
=krok | weight=0.064
=uz =resit | weight=0.064
=v =zakonne | weight=0.063
=je =po | weight=0.063
=naprosto | weight=0.063
=to =nevyresite | weight=0.063
=male | weight=0.062
=nedorazil | weight=0.062
=nevyrizena | weight=0.062
=u =nas | weight=0.061
=mem | weight=0.061
=nahravku | weight=0.061
=a =verejne | weight=0.060
=mam =jit | weight=0.060
=zaznam | weight=0.059
=jdu | weight=0.059
=prace | weight=0.059
=omluvu =jinak | weight=0.059
=zakonne | weight=0.059
=zakonne =lhuta | weight=0.059
=a =celou | weight=0.058
=jestli =mi | weight=0.058
=menu =dodavatele | weight=0.057
=pisu =na | weight=0.057
=jsem =ted | weight=0.057
=penize =do | weight=0.057
=na =dite | weight=0.057
=je =diskriminace | weight=0.057
=neda =omluvu | weight=0.056
=omluvu =tak | weight=0.056
=mesicne | weight=0.056
=kde =to | weight=0.056
=ale =mam | weight=0.055
=myslel =ze | weight=0.055
=coi =a | weight=0.055
=mamka | weight=0.055
=prodejne | weight=0.054
=ochranka | weight=0.054
=pred | weight=0.054
=me =namitky | weight=0.054
=nas =mesta | weight=0.054
=jsem =jeste | weight=0.054
=fotky =rozbil | weight=0.053
=celou | weight=0.053
=stavebni =urade | weight=0.053
=pokud =nebude | weight=0.053, noneg
=asistencnim | weight=0.052
=asistencnim =psem | weight=0.052
=do =restaurace | weight=0.052
=odepren =vstup | weight=0.052
=restaurace =s | weight=0.052
=s =asistencnim | weight=0.052
=vstup =do | weight=0.052
=tyden =po | weight=0.052
=povysene =a | weight=0.051
=jeste =nezazil | weight=0.051
=nezazil | weight=0.051
=na =nadrizeneho | weight=0.051
=hvezda =v | weight=0.051
=v =recenzi | weight=0.051
=dnes =to | weight=0.051
=namitky | weight=0.050
=banky =mi | weight=0.050
=zamitnuta =reklamaci | weight=0.050
=se =nebude | weight=0.050, noneg
=zpet =a | weight=0.050
=vysvetleni | weight=0.050
=takovy =pristup | weight=0.050
=asi =to | weight=0.050
=psem | weight=0.050
=asi =pujde | weight=0.050
=jednou =se | weight=0.049
=neni =ani | weight=0.049, noneg
=na =financniho | weight=0.049
=mel =podle | weight=0.049
=poprve =v | weight=0.049
=pry =si | weight=0.049
=jste =si | weight=0.049
=jit | weight=0.048
=cizincum | weight=0.048
=dite =a | weight=0.047
=mam =a | weight=0.047
=k =opakovane | weight=0.047
=do =skupiny | weight=0.047
=zacala =mluvit | weight=0.047
=hodil =na | weight=0.047
=urednice =odmitli | weight=0.047
=popsal | weight=0.047
=porad =a | weight=0.047
=nez =mel | weight=0.047
=poznamku | weight=0.047
=odmitli =pomoct | weight=0.046
=mu =urednice | weight=0.046
=vam =pisu | weight=0.046
=na =radu | weight=0.045
=a =posmesne | weight=0.045
