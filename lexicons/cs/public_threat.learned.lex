# public_threat, cs: learned by scripts/learn.py from 3307 tuning texts (126 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Vaše dispečerka se mi drze vysmívala do telefonu a poznámky o mé váze si mohla odpustit. Budu o tom psát na Facebooku.
+ Podám stížnost na ČTÚ.
+ budeme to resit u soudu
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=soudu | weight=0.448
=pravnikovi | weight=0.422
=dam | weight=0.406
=to =na | weight=0.383
=coi | weight=0.382
=zazalovat | weight=0.382
=zazalovat =vas | weight=0.382
=vsichni | weight=0.376
=sdilim | weight=0.366
=redakce | weight=0.363
=pujde | weight=0.361
=obratim =se | weight=0.338
=napisu | weight=0.337
=skupiny | weight=0.313
=uvidime | weight=0.309
=obchodni =inspekci | weight=0.300
=ctu | weight=0.298
=facebooku | weight=0.296
=site | weight=0.288
=svemu | weight=0.286
=recenzi | weight=0.282
=kamarad | weight=0.280
=instagramu | weight=0.275
=podnet | weight=0.273
=zname | weight=0.273
=poslali =to | weight=0.267
=podam | weight=0.264
=vsude | weight=0.259
=obratim | weight=0.255
=zalobu | weight=0.255
=novin | weight=0.254
=jednou =hvezdicku | weight=0.254
=vsechno =zname | weight=0.253
=inspekci | weight=0.250
=rekl =na | weight=0.246
=si =na | weight=0.245
=napisu =o | weight=0.239
=vsech | weight=0.235
=hodnoceni | weight=0.233
=hygiena | weight=0.233
=pred =vam | weight=0.233
=cnb | weight=0.228
=zverejnim | weight=0.226
=zverejnim =na | weight=0.226
=z =prodejne | weight=0.223
=do =cerne | weight=0.222
=zavolam =do | weight=0.221
=bude =to | weight=0.219
=to =do | weight=0.218
=pujde =s | weight=0.217
=jinak | weight=0.216
=bude | weight=0.215
=vec | weight=0.215
=google | weight=0.215
=na =google | weight=0.215
=do =sveta | weight=0.210
=vyzvu | weight=0.209
=podam =stiznost | weight=0.206
=na =facebooku | weight=0.199
=hodnoceni =na | weight=0.195
=ombudsmanovi | weight=0.195
=sveta | weight=0.195
=verejne | weight=0.193
=vidi | weight=0.192
=vas =na | weight=0.188
=u =soudu | weight=0.188
=do =televizi | weight=0.187
=jako =jednou | weight=0.187
=pribeh | weight=0.187
=na =coi | weight=0.185
=heureku | weight=0.184
=na =heureku | weight=0.184
=dam =na | weight=0.184
=pokud | weight=0.184
=cerne | weight=0.181
=jinak =se | weight=0.181
=to =po | weight=0.180
=stiznost | weight=0.179
=dozvi | weight=0.176
=vec =jsem | weight=0.175
=hvezdicku | weight=0.174
=na =cnb | weight=0.172
=po =vsech | weight=0.169
=na =ctu | weight=0.167
=na =telefon | weight=0.167
=podavam | weight=0.167
=predavam | weight=0.166
=napisu =to | weight=0.166
=vas =je | weight=0.165
=celou =vec | weight=0.164
=vam | weight=0.163
=vsem | weight=0.162
=policii | weight=0.161
=napisu =recenzi | weight=0.158
=zaslouzim | weight=0.157
=vi | weight=0.156
=jsem =pred | weight=0.156
=tohle =pujde | weight=0.154
=stiznost =u | weight=0.153
=u =ctu | weight=0.153
=si =prectu | weight=0.153
=jde =na | weight=0.152
=inspektorat | weight=0.152
=inspektorat =prace | weight=0.152
=na =inspektorat | weight=0.152
=kopii =teto | weight=0.151
=teto | weight=0.151
=teto =stiznost | weight=0.151
=to =nahlasil | weight=0.151
=jednou =hvezda | weight=0.151
=detail | weight=0.151
=uz =jsem | weight=0.150
=facebooku =skupiny | weight=0.150
=tenhle | weight=0.148
=vec =pred | weight=0.148
=stiznost =k | weight=0.146
=spotrebitelsky | weight=0.146
=do =mistnich | weight=0.145
=mistnich | weight=0.145
=na =uoou | weight=0.142
=uoou | weight=0.142
=to =nevyresite | weight=0.142
=me =ignoroval | weight=0.141
=to =ve | weight=0.139
=varuju | weight=0.139
=jinak =jdu | weight=0.138
=na =youtube | weight=0.138
=youtube | weight=0.138
=ochranka =pravo | weight=0.136
=verejne =ochranka | weight=0.136
=k =soudu | weight=0.134
=banky =me | weight=0.133
=slysel =jako | weight=0.132
=gauce =uz | weight=0.132
=mem =instagramu | weight=0.132
=rozbil =gauce | weight=0.132
=uz =visi | weight=0.132
=obracim =se | weight=0.131
=s =jednou | weight=0.130
=prectu | weight=0.130
=pravo | weight=0.129
=eru | weight=0.128
=eru =a | weight=0.128
=na =eru | weight=0.128
=skupiny =na | weight=0.128
=na =vsech | weight=0.126
=vsech =forech | weight=0.126
=kopii | weight=0.126
=vam =jednou | weight=0.125
=hvezdicku =na | weight=0.124
=podam =podnet | weight=0.123
=podnet =na | weight=0.123
=na =cesky | weight=0.123
=forech | weight=0.123
=davam =vam | weight=0.122
=nevyresite =podam | weight=0.122
=vi =jako | weight=0.121
=vec =predavam | weight=0.120
=komunikace | weight=0.120
=na =mem | weight=0.119
=gauce | weight=0.117
=modrou | weight=0.117
=cesky =obchodni | weight=0.116
=na =instagramu | weight=0.116
=tom =na | weight=0.115
=recenzi =na | weight=0.115
=kontakt | weight=0.115
=obchodni | weight=0.114
=televizi | weight=0.113
=klamave | weight=0.111
=a =do | weight=0.111
=tim =do | weight=0.110
=nahlasil | weight=0.110
=neomezena | weight=0.110
=neomezena =dat | weight=0.110
=tehle | weight=0.108
=jde | weight=0.108
=site =at | weight=0.107
=tohle =jde | weight=0.107
=vsechno =site | weight=0.107
=to =lidi | weight=0.107
=cesky =telekomunikacni | weight=0.107
=telekomunikacni | weight=0.107
=telekomunikacni =urade | weight=0.107
=o =tomhle | weight=0.107
=ignoroval | weight=0.105
=at =vsichni | weight=0.105
=bude =o | weight=0.105
=psat =na | weight=0.105
=tom =psat | weight=0.105
=ve =skupiny | weight=0.105
=na =svemu | weight=0.105
=tomhle | weight=0.104
=popisu | weight=0.104
=facebooku =at | weight=0.104
=pujde =do | weight=0.104
=nikdo =nechodi | weight=0.103, noneg
=kvuli =te | weight=0.103
=napisu =do | weight=0.102
=jdu =na | weight=0.102
=to =dam | weight=0.098
=tam =nikdo | weight=0.098, noneg
=jsem =to | weight=0.097
=o =tom | weight=0.097
=heureku =a | weight=0.097
=to =resit | weight=0.094
=arbitra | weight=0.093
=financniho =arbitra | weight=0.093
=jako =nevidomy | weight=0.093
=moznost | weight=0.093
=uvidime =se | weight=0.093
=clanek =do | weight=0.093
=tom =clanek | weight=0.093
=energeticke =regulacni | weight=0.092
=regulacni | weight=0.092
=regulacni =urade | weight=0.092
=tohle | weight=0.091
=se =na | weight=0.091
=urade | weight=0.089
=vec =pravnikovi | weight=0.088
=v =byt | weight=0.088
=advokatovi | weight=0.087
=predavam =svemu | weight=0.087
=svemu =advokatovi | weight=0.087
=obratim =na | weight=0.087
=na =socialni | weight=0.087
=obracim | weight=0.086
=energeticke | weight=0.086
=dam =vam | weight=0.086
=pravnimu | weight=0.085
=pravnimu =zastupce | weight=0.085
=pred =svemu | weight=0.085
=svemu =pravnimu | weight=0.085
=booking | weight=0.084
=na =booking | weight=0.084
=dtest | weight=0.084
=clanek | weight=0.083
=at =ostatni | weight=0.083
=ostatni =vi | weight=0.083
=sdilim =to | weight=0.083
=tady =at | weight=0.083
=cesky | weight=0.083
=financniho | weight=0.082
=resit =pres | weight=0.082
=tady =pisu | weight=0.082
=tak =tady | weight=0.082
=to =vsichni | weight=0.082
=verejne =at | weight=0.082
=vsichni =vidi | weight=0.082
=ode | weight=0.082
=ode =me | weight=0.082
=lidi =vidi | weight=0.082
=na =ombudsmanovi | weight=0.081
=at =lidi | weight=0.080
=autobus | weight=0.080
=jizdne =radu | weight=0.080
=podle =jizdne | weight=0.080
=diskriminace | weight=0.080
=centru | weight=0.079
=popsal =jsem | weight=0.078
=v =pripade | weight=0.077
=mi =tam | weight=0.076
=pred =vec | weight=0.076
=se =dozvi | weight=0.076
=se =do | weight=0.075
=hvezda | weight=0.075
=nepristupne | weight=0.075
=jizdne | weight=0.074
=celou =jsem | weight=0.074
=se =u | weight=0.073
=davam | weight=0.073
=jsem =uz | weight=0.072
=nevidomy | weight=0.072
=zalohu =mi | weight=0.072
=vsichni =slysel | weight=0.072
=youtube =at | weight=0.072
=pomalu =jako | weight=0.070
=s =cizincum | weight=0.070
=to =tady | weight=0.070
=navrh | weight=0.070
=a =o | weight=0.070
=bez =jakehokoli | weight=0.070, noneg
=a =takhle | weight=0.069
=asi =to | weight=0.069
=nevyrizena | weight=0.069
=tak =ne | weight=0.069, noneg
=krok | weight=0.069
=uz =resit | weight=0.069
=vas =recenzi | weight=0.068
=jste =si | weight=0.068
=stale =nic | weight=0.067, noneg
=klidne | weight=0.067
=v =zakonne | weight=0.066
=visi =na | weight=0.066
=a =verejne | weight=0.065
=mamka =je | weight=0.065
=piste | weight=0.065
=mrtvici | weight=0.065
=mrtvici =a | weight=0.065
=po =mrtvici | weight=0.065
=mem | weight=0.064
=skupiny =nas | weight=0.064
=menu =dodavatele | weight=0.064
=za =tyden | weight=0.064
=nahravku | weight=0.063
=zakonne | weight=0.063
=zakonne =lhuta | weight=0.063
=prodejne | weight=0.063
=naprosto | weight=0.063
=nedorazil | weight=0.062
=s =jidlo | weight=0.062
=je =po | weight=0.062
=omluvu =jinak | weight=0.061
=zaznam | weight=0.061
=a =dam | weight=0.061
=nevyresite | weight=0.060
=slibili =vraceni | weight=0.060
=mam =jit | weight=0.060
=mesicne | weight=0.060
=penize =do | weight=0.059
=fotky =rozbil | weight=0.059
=pisu =na | weight=0.059
=tyden =neozval | weight=0.059
=stezovat =u | weight=0.059
=je =diskriminace | weight=0.059
=pokud =se | weight=0.059
=neda =omluvu | weight=0.058
=omluvu =tak | weight=0.058
=udelat | weight=0.058
=ochranka | weight=0.058
=hodil =na | weight=0.058
=male | weight=0.058
=celou | weight=0.057
=myslel =ze | weight=0.057
=na =dite | weight=0.057
=vysvetleni | weight=0.056
=mel =podle | weight=0.055
=ale =mam | weight=0.055
=jsem =ted | weight=0.055
=na =nadrizeneho | weight=0.055
=pisu =o | weight=0.054
=hvezda =v | weight=0.054
=v =recenzi | weight=0.054
=stiznost =na | weight=0.054
=banky =mi | weight=0.054
=a =celou | weight=0.054
=se =zakaznik | weight=0.053
=na =financniho | weight=0.053
=pokud =nebude | weight=0.053, noneg
=urednice =odmitli | weight=0.053
=asistencnim | weight=0.053
=asistencnim =psem | weight=0.053
=do =restaurace | weight=0.053
=odepren =vstup | weight=0.053
=restaurace =s | weight=0.053
=s =asistencnim | weight=0.053
=vstup =do | weight=0.053
=zpet =jinak | weight=0.053
=nez =mel | weight=0.053
=nas =mesta | weight=0.053
=mamka | weight=0.052
=psat | weight=0.052
=stavebni =urade | weight=0.051
=me =namitky | weight=0.051
=pujde =na | weight=0.051
=mu =urednice | weight=0.050
=dnes =to | weight=0.050
=si =ji | weight=0.050
=jit | weight=0.050
=zamitnuta =reklamaci | weight=0.049
=smysl | weight=0.049
=pokud =to | weight=0.049
=povysene =a | weight=0.049
=pred | weight=0.049
=psem | weight=0.049
=odmitli =pomoct | weight=0.049
=jakmile =slysel | weight=0.048
=jsem =nedostal | weight=0.048
=poprve =v | weight=0.048
=neni =ani | weight=0.048, noneg
=asi =pujde | weight=0.048
=se =nebude | weight=0.047, noneg
=tatu =jsem | weight=0.047
=prace | weight=0.047
=popsal | weight=0.047
=zacala =mluvit | weight=0.047
=dite =a | weight=0.047
=jestli =mi | weight=0.047
=u =nas | weight=0.046
=slysel | weight=0.046
=k =opakovane | weight=0.046
=poznamku | weight=0.046
=pokud =mi | weight=0.046
=namitky | weight=0.046
=jednou =se | weight=0.046
=fb | weight=0.045
=na =fb | weight=0.045
=se =s | weight=0.045
=pripade | weight=0.045
=do =skupiny | weight=0.045
