# public_threat, cs: learned by scripts/learn.py from 3747 tuning texts (132 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Vaše dispečerka se mi drze vysmívala do telefonu a poznámky o mé váze si mohla odpustit. Budu o tom psát na Facebooku.
+ Podám stížnost na ČTÚ.
+ budeme to resit u soudu
- ok dekuju
- super, doporucuju
=soudu | weight=0.462
=pravnikovi | weight=0.426
=dam | weight=0.406
=coi | weight=0.400
=zazalovat | weight=0.376
=zazalovat =vas | weight=0.376
=vsichni | weight=0.367
=pujde | weight=0.365
=sdilim | weight=0.361
=redakce | weight=0.356
=to =na | weight=0.352
=napisu | weight=0.345
=obratim =se | weight=0.327
=uvidime | weight=0.314
=ctu | weight=0.306
=skupiny | weight=0.306
=obchodni =inspekci | weight=0.304
=vsude | weight=0.296
=facebooku | weight=0.295
=zalobu | weight=0.288
=recenzi | weight=0.283
=svemu | weight=0.281
=instagramu | weight=0.273
=podam | weight=0.269
=podnet | weight=0.266
=site | weight=0.263
=zname | weight=0.256
=poslali =to | weight=0.256
=inspekci | weight=0.255
=vsechno =zname | weight=0.251
=kamarad | weight=0.248
=obratim | weight=0.248
=novin | weight=0.247
=napisu =o | weight=0.246
=rekl =na | weight=0.245
=pred =vam | weight=0.239
=pokud | weight=0.236, noneg
=jednou =hvezdicku | weight=0.236
=vsech | weight=0.235
=si =na | weight=0.235
=to =do | weight=0.234
=hodnoceni | weight=0.229
=hygiena | weight=0.228
=cnb | weight=0.224
=zverejnim | weight=0.222
=zverejnim =na | weight=0.222
=podam =stiznost | weight=0.221
=do =cerne | weight=0.220
=z =prodejne | weight=0.220
=zavolam =do | weight=0.220
=bude =to | weight=0.219
=na =coi | weight=0.218
=vec | weight=0.213
=do =sveta | weight=0.213
=pujde =s | weight=0.211
=jinak | weight=0.205
=google | weight=0.202
=na =google | weight=0.202
=vyzvu | weight=0.200
=na =facebooku | weight=0.198
=vas =na | weight=0.197
=sveta | weight=0.197
=verejne | weight=0.195
=to =po | weight=0.193
=u =soudu | weight=0.192
=heureku | weight=0.192
=na =heureku | weight=0.192
=jinak =se | weight=0.188
=podavam | weight=0.187
=jako =jednou | weight=0.185
=cerne | weight=0.185
=hodnoceni =na | weight=0.184
=vidi | weight=0.184
=ombudsmanovi | weight=0.184
=dam =na | weight=0.183
=bude | weight=0.183
=do =televizi | weight=0.182
=pribeh | weight=0.178
=na =ctu | weight=0.178
=na =cnb | weight=0.176
=vec =jsem | weight=0.173
=dozvi | weight=0.172
=po =vsech | weight=0.171
=hvezdicku | weight=0.169
=jednou =hvezda | weight=0.165
=predavam | weight=0.164
=vas =je | weight=0.163
=policii | weight=0.163
=jde =na | weight=0.162
=stiznost | weight=0.160
=tohle =pujde | weight=0.159
=vam | weight=0.159
=to =nahlasil | weight=0.156
=napisu =recenzi | weight=0.156
=napisu =to | weight=0.155
=kopii =teto | weight=0.155
=teto =stiznost | weight=0.155
=detail | weight=0.154
=jsem =pred | weight=0.153
=vi | weight=0.151
=vsem | weight=0.150
=si =prectu | weight=0.149
=uz =jsem | weight=0.149
=teto | weight=0.149
=spotrebitelsky | weight=0.149
=facebooku =skupiny | weight=0.148
=inspektorat | weight=0.147
=inspektorat =prace | weight=0.147
=na =inspektorat | weight=0.147
=tenhle | weight=0.147
=celou =vec | weight=0.147
=stiznost =u | weight=0.147
=u =ctu | weight=0.147
=stiznost =k | weight=0.146
=na =telefon | weight=0.145
=prectu | weight=0.145
=varuju | weight=0.143
=jdu =na | weight=0.143
=zaslouzim | weight=0.142
=na =youtube | weight=0.141
=youtube | weight=0.141
=me =ignoroval | weight=0.141
=vec =pred | weight=0.141
=na =uoou | weight=0.138
=uoou | weight=0.138
=do =mistnich | weight=0.138
=mistnich | weight=0.138
=banky =me | weight=0.138
=pravo | weight=0.136
=kopii | weight=0.135
=obracim =se | weight=0.134
=slysel =jako | weight=0.134
=to =ve | weight=0.133
=ochranka =pravo | weight=0.133
=verejne =ochranka | weight=0.133
=podam =podnet | weight=0.127
=podnet =na | weight=0.127
=k =soudu | weight=0.127
=modrou | weight=0.126
=na =instagramu | weight=0.126
=gauce =uz | weight=0.125
=mem =instagramu | weight=0.125
=rozbil =gauce | weight=0.125
=uz =visi | weight=0.125
=pokud =to | weight=0.125, noneg
=pisu =recenzi | weight=0.124
=obchodni | weight=0.124
=komunikace | weight=0.123
=s =jednou | weight=0.123
=vi =jako | weight=0.121
=skupiny =na | weight=0.121
=jinak =jdu | weight=0.120
=cesky =obchodni | weight=0.120
=na =vsech | weight=0.120
=vsech =forech | weight=0.120
=eru | weight=0.118
=eru =a | weight=0.118
=na =eru | weight=0.118
=forech | weight=0.117
=gauce | weight=0.117
=na =mem | weight=0.115
=klamave | weight=0.115
=tehle | weight=0.115
=hvezdicku =na | weight=0.113
=recenzi =na | weight=0.113
=neomezena | weight=0.113
=neomezena =dat | weight=0.113
=vec =predavam | weight=0.112
=site =at | weight=0.111
=tohle =jde | weight=0.111
=vsechno =site | weight=0.111
=davam =vam | weight=0.110
=vam =jednou | weight=0.110
=o =tom | weight=0.109
=televizi | weight=0.109
=pujde =do | weight=0.109
=a =do | weight=0.109
=tim =do | weight=0.109
=na =cesky | weight=0.109
=kvuli =te | weight=0.106
=tom =na | weight=0.106
=dtest | weight=0.106
=o =tomhle | weight=0.106
=ignoroval | weight=0.104
=cesky =telekomunikacni | weight=0.104
=telekomunikacni | weight=0.104
=telekomunikacni =urade | weight=0.104
=facebooku =at | weight=0.104
=at =vsichni | weight=0.103
=napisu =do | weight=0.103
=kontakt | weight=0.103
=bude =o | weight=0.102
=psat =na | weight=0.102
=tom =psat | weight=0.102
=vec =pravnikovi | weight=0.102
=moznost | weight=0.101
=tomhle | weight=0.101
=nikdo =nechodi | weight=0.099, noneg
=popisu | weight=0.098
=uvidime =se | weight=0.098
=tam =nikdo | weight=0.098, noneg
=urade | weight=0.097
=arbitra | weight=0.094
=financniho =arbitra | weight=0.094
=ve =skupiny | weight=0.092
=to =resit | weight=0.091
=na =socialni | weight=0.091
=to =lidi | weight=0.091
=na =svemu | weight=0.090
=jako =nevidomy | weight=0.090
=energeticke =regulacni | weight=0.090
=regulacni | weight=0.090
=regulacni =urade | weight=0.090
=to =dam | weight=0.089
=jsem =to | weight=0.089
=nahlasil | weight=0.089
=obracim | weight=0.089
=advokatovi | weight=0.087
=predavam =svemu | weight=0.087
=svemu =advokatovi | weight=0.087
=clanek =do | weight=0.086
=tom =clanek | weight=0.086
=tohle | weight=0.086
=resit =pres | weight=0.086
=energeticke | weight=0.086
=dam =vam | weight=0.086
=davam | weight=0.085
=tady =pisu | weight=0.085
=tak =tady | weight=0.085
=to =vsichni | weight=0.085
=verejne =at | weight=0.085
=vsichni =vidi | weight=0.085
=diskriminace | weight=0.085
=pred =vec | weight=0.085
=v =byt | weight=0.085
=hvezda | weight=0.085
=pravnimu | weight=0.084
=pravnimu =zastupce | weight=0.084
=pred =svemu | weight=0.084
=svemu =pravnimu | weight=0.084
=jde | weight=0.084
=financniho | weight=0.084
=booking | weight=0.083
=na =booking | weight=0.083
=obratim =na | weight=0.083
=klidne | weight=0.083
=se =na | weight=0.083
=popsal =jsem | weight=0.082
=at =ostatni | weight=0.082
=ostatni =vi | weight=0.082
=sdilim =to | weight=0.082
=tady =at | weight=0.082
=centralu | weight=0.081
=at =lidi | weight=0.080
=ode | weight=0.079
=ode =me | weight=0.079
=me =jednou | weight=0.078
=vsichni =slysel | weight=0.077
=youtube =at | weight=0.077
=clanek | weight=0.077
=nevidomy | weight=0.077
=a =dam | weight=0.076
=heureku =a | weight=0.076
=visi =na | weight=0.076
=jizdne =radu | weight=0.076
=podle =jizdne | weight=0.076
=to =tady | weight=0.076
=hvezda =a | weight=0.075
=se =dozvi | weight=0.075
=a =jestli | weight=0.074
=se =u | weight=0.074
=lidi =vidi | weight=0.074
=nepristupne | weight=0.073
=tak =ne | weight=0.073, noneg
=pomalu =jako | weight=0.073
=s =cizincum | weight=0.073
=celou =jsem | weight=0.073
=vsude =kde | weight=0.072
=a =o | weight=0.072
=chci =penize | weight=0.072
=pokud =se | weight=0.071, noneg
=piste | weight=0.070
=jizdne | weight=0.070
=zalohu =mi | weight=0.070
=skupiny =nas | weight=0.070
=autobus | weight=0.070
=udelat | weight=0.069
=a =takhle | weight=0.069
=stale =nic | weight=0.069, noneg
=na =ombudsmanovi | weight=0.068
=bez =jakehokoli | weight=0.068, noneg
=v =pripade | weight=0.068
=jdu | weight=0.068
=za =tyden | weight=0.067
=mrtvici | weight=0.067
=mrtvici =a | weight=0.067
=po =mrtvici | weight=0.067
=omluvu =jinak | weight=0.066
=nahravku | weight=0.066
=mamka =je | weight=0.066
=mi =tam | weight=0.066
=cesky | weight=0.066
=vas =recenzi | weight=0.066
=mem | weight=0.065
=slibili =vraceni | weight=0.065
=treba | weight=0.065
=s =jidlo | weight=0.064
=krok | weight=0.064
=uz =resit | weight=0.064
=a =verejne | weight=0.064
=to =nevyresite | weight=0.064
=nedorazil | weight=0.064
=je =po | weight=0.063
=menu =dodavatele | weight=0.063
=jsem =uz | weight=0.063
=navrh | weight=0.062
=je =diskriminace | weight=0.061
=neda =omluvu | weight=0.060
=omluvu =tak | weight=0.060
=na =dite | weight=0.060
=male | weight=0.060
=penize =do | weight=0.060
=mam =jit | weight=0.060
=zaznam | weight=0.060
=penize =zpet | weight=0.059
=pisu =na | weight=0.059
=nevyrizena | weight=0.058
=jestli =mi | weight=0.057
=kde =to | weight=0.057
=jsem =jeste | weight=0.057
=se =zakaznik | weight=0.056
=fotky =rozbil | weight=0.056
=mesicne | weight=0.056
=psat | weight=0.056
=jsem =ted | weight=0.056
=to =podivat | weight=0.056
=zamitnuta =reklamaci | weight=0.056
=na =financniho | weight=0.056
=ochranka | weight=0.056
=mamka | weight=0.055
=jste =si | weight=0.055
=vysvetleni | weight=0.055
=popsal | weight=0.055
=prace | weight=0.055
=me =namitky | weight=0.054
=pred | weight=0.054
=jeste =nezazil | weight=0.054
=nezazil | weight=0.054
=nas =mesta | weight=0.054
=naprosto | weight=0.054
=stavebni =urade | weight=0.053
=pry =si | weight=0.053
=pripadne | weight=0.053
=tyden =po | weight=0.053
=myslel =ze | weight=0.053
=namitky | weight=0.052
=takovy =pristup | weight=0.052
=k =zakaznik | weight=0.052
=celou | weight=0.052
=zpet =a | weight=0.052
=povysene =a | weight=0.052
=cizincum | weight=0.052
=dite =a | weight=0.052
=hvezda =v | weight=0.051
=v =recenzi | weight=0.051
=se =nebude | weight=0.051, noneg
=urednice =odmitli | weight=0.051
=odmitli =pomoct | weight=0.051
=asistencnim | weight=0.051
=asistencnim =psem | weight=0.051
=do =restaurace | weight=0.051
=odepren =vstup | weight=0.051
=restaurace =s | weight=0.051
=s =asistencnim | weight=0.051
=vstup =do | weight=0.051
=k =opakovane | weight=0.050
=v =zakonne | weight=0.050
=pujde =na | weight=0.050
=dnes =to | weight=0.049
=nez =mel | weight=0.049
=jit | weight=0.049
=mel =podle | weight=0.049
=mu =urednice | weight=0.048
=jednou =se | weight=0.048
=neni =ani | weight=0.048, noneg
=asi =pujde | weight=0.048
=asi =to | weight=0.048
=poprve =v | weight=0.048
=pozor | weight=0.047
=psem | weight=0.047
=pokud =nebude | weight=0.047, noneg
=si =nenecham | weight=0.047
=tohle =si | weight=0.047
=na =nadrizeneho | weight=0.047
=a =posmesne | weight=0.047
=ale =mam | weight=0.046
=byla =odepren | weight=0.046
=odepren | weight=0.046
=vzhledem | weight=0.046
=vzhledem =k | weight=0.046
