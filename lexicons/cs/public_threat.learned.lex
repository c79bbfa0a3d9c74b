# public_threat, cs: learned by scripts/learn.py from 3948 tuning texts (162 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Vaše dispečerka se mi drze vysmívala do telefonu a poznámky o mé váze si mohla odpustit. Budu o tom psát na Facebooku.
+ Dobry den, mam u vas hypoteku a uz dva mesice se snazim zmenit datum splatky. Na pobocce mi rekli at to udelam v internetovem bankovnictvi. V internetovem bankovnictvi ta moznost neni. Na lince mi rekli at jdu na pobocku. Na pobocce mi pak jiny pan rekl ze to je problem meho poradce, ktery uz u vas nepracuje. Pripadam si jako v Kafkovi. Jestli se to nevyresi, prevedu hypoteku jinam a napisu o tom na netu.
+ uvidime se u soudu
- ok dekuju
- super, doporucuju
=pravnikovi | weight=0.545
=soudu | weight=0.422
=uvidime | weight=0.416
=dam | weight=0.413
=zazalovat | weight=0.379
=zazalovat =vas | weight=0.379
=pujde | weight=0.376
=coi | weight=0.375
=vsichni | weight=0.367
=redakce | weight=0.355
=obratim =se | weight=0.353
=sdilim | weight=0.349
=to =na | weight=0.347
=ctu | weight=0.344
=napisu | weight=0.340
=bude =to | weight=0.319
=skupiny | weight=0.319
=zalobu | weight=0.319
=obchodni =inspekci | weight=0.319
=facebooku | weight=0.306
=zname | weight=0.304
=vsude | weight=0.296
=svemu | weight=0.289
=podam | weight=0.284
=instagramu | weight=0.275
=pokud | weight=0.265, noneg
=to =do | weight=0.264
=obratim | weight=0.263
=inspekci | weight=0.263
=site | weight=0.253
=jednou =hvezdicku | weight=0.252
=si =na | weight=0.252
=podnet | weight=0.251
=recenzi | weight=0.250
=rekl =na | weight=0.242
=vsechno =zname | weight=0.241
=vas =na | weight=0.241
=cnb | weight=0.238
=vsech | weight=0.236
=napisu =o | weight=0.234
=ombudsmana | weight=0.233
=novin | weight=0.232
=jinak | weight=0.230
=hodnoceni | weight=0.230
=na =ctu | weight=0.225
=hygiena | weight=0.224
=poslali =to | weight=0.224
=zverejnim | weight=0.224
=zverejnim =na | weight=0.224
=z =prodejne | weight=0.222
=do =cerne | weight=0.220
=pred =vam | weight=0.216
=zavolam =do | weight=0.216
=pujde =s | weight=0.216
=u =soudu | weight=0.213
=do =sveta | weight=0.212
=heureku | weight=0.209
=na =heureku | weight=0.209
=na =facebooku | weight=0.204
=vyzvu | weight=0.203
=napisu =to | weight=0.202
=google | weight=0.201
=na =google | weight=0.201
=podam =zalobu | weight=0.200
=dam =na | weight=0.199
=sveta | weight=0.195
=podam =stiznost | weight=0.194
=to =po | weight=0.194
=jinak =se | weight=0.194
=verejne | weight=0.192
=na =cnb | weight=0.184
=pribeh | weight=0.184
=resit =pres | weight=0.182
=jako =jednou | weight=0.179
=cerne | weight=0.179
=do =televizi | weight=0.177
=vi | weight=0.177
=hodnoceni =na | weight=0.177
=jinak =jdu | weight=0.177
=hvezdicku | weight=0.173
=vec =jsem | weight=0.170
=po =vsech | weight=0.169
=jednou =hvezda | weight=0.168
=kopii =teto | weight=0.166
=teto =stiznost | weight=0.166
=vidi | weight=0.165
=stiznost | weight=0.165
=vas =je | weight=0.164
=napisu =recenzi | weight=0.164
=stiznost =k | weight=0.164
=vam | weight=0.162
=kamarad | weight=0.159
=vsem | weight=0.158
=cesky =obchodni | weight=0.158
=predavam | weight=0.157
=podavam | weight=0.157
=teto | weight=0.156
=nenecham | weight=0.153
=na =coi | weight=0.153
=facebooku =skupiny | weight=0.152
=si =prectu | weight=0.152
=dozvi | weight=0.152
=celou =vec | weight=0.151
=jde =na | weight=0.151
=bude | weight=0.150
=zaslouzim | weight=0.149
=tenhle | weight=0.149
=do =mistnich | weight=0.146
=mistnich | weight=0.146
=pred =to | weight=0.146
=spotrebitelsky | weight=0.145
=vec | weight=0.145
=inspektorat | weight=0.145
=inspektorat =prace | weight=0.145
=na =inspektorat | weight=0.145
=tohle =pujde | weight=0.144
=na =youtube | weight=0.144
=youtube | weight=0.144
=detail | weight=0.143
=vam =jednou | weight=0.143
=prectu | weight=0.140
=kopii | weight=0.139
=stiznost =u | weight=0.139
=u =ctu | weight=0.139
=skupiny =na | weight=0.139
=pravo | weight=0.138
=eru | weight=0.138
=slysel =jako | weight=0.134
=uvidime =se | weight=0.134
=to =ve | weight=0.134
=davam =vam | weight=0.133
=varuju | weight=0.133
=spotrebitelu | weight=0.132
=me =ignoroval | weight=0.132
=na =uoou | weight=0.131
=uoou | weight=0.131
=oznameni | weight=0.131
=podavam =trestni | weight=0.131
=trestni | weight=0.131
=trestni =oznameni | weight=0.131
=jsem =pred | weight=0.130
=banky =me | weight=0.130
=na =instagramu | weight=0.129
=vec =pred | weight=0.129
=do =redakce | weight=0.128
=na =ombudsmana | weight=0.127
=hvezdicku =na | weight=0.127
=ochranka =pravo | weight=0.126
=verejne =ochranka | weight=0.126
=gauce =uz | weight=0.126
=mem =instagramu | weight=0.126
=rozbil =gauce | weight=0.126
=uz =visi | weight=0.126
=o =tomhle | weight=0.125
=s =jednou | weight=0.125
=a =do | weight=0.124
=tomhle | weight=0.122
=na =vsech | weight=0.122
=vsech =forech | weight=0.122
=pisu =recenzi | weight=0.121
=obchodni | weight=0.119
=forech | weight=0.118
=gauce | weight=0.118
=komunikace | weight=0.117
=nevratite =jdu | weight=0.115
=klamave | weight=0.115
=podam =podnet | weight=0.115
=podnet =na | weight=0.115
=tom =na | weight=0.115
=neomezena | weight=0.115
=neomezena =dat | weight=0.115
=eru =a | weight=0.114
=na =eru | weight=0.114
=o =tom | weight=0.114
=na =mem | weight=0.113
=arbitra | weight=0.113
=financniho =arbitra | weight=0.113
=to =resit | weight=0.113
=vec =predavam | weight=0.112
=modrou | weight=0.112
=obracim =se | weight=0.112
=moznost | weight=0.112
=recenzi =na | weight=0.111
=tim =do | weight=0.111
=vi =jako | weight=0.110
=site =at | weight=0.110
=tohle =jde | weight=0.110
=vsechno =site | weight=0.110
=zacinal | weight=0.109
=tohle | weight=0.109
=kvuli =te | weight=0.108
=dtest | weight=0.108
=stale =nemam | weight=0.108, noneg
=bude =o | weight=0.107
=psat =na | weight=0.107
=tom =psat | weight=0.107
=pujde =do | weight=0.106
=pokud =mi | weight=0.105, noneg
=na =cesky | weight=0.105
=kontakt | weight=0.105
=facebooku =at | weight=0.105
=dam =vam | weight=0.103
=se =u | weight=0.101
=ctu =tohle | weight=0.101
=to =dam | weight=0.101
=pravnimu | weight=0.101
=pravnimu =zastupce | weight=0.101
=ignoroval | weight=0.101
=kancelar | weight=0.100
=nikdo =nechodi | weight=0.100, noneg
=k =soudu | weight=0.099
=at =vsichni | weight=0.098
=tam =nikdo | weight=0.098, noneg
=kauce | weight=0.098
=advokatovi | weight=0.098
=predavam =svemu | weight=0.098
=svemu =advokatovi | weight=0.098
=financniho | weight=0.097
=na =telefon | weight=0.097
=televizi | weight=0.097
=chci =vas | weight=0.096
=tehle | weight=0.095
=na =twitteru | weight=0.094
=twitteru | weight=0.094
=popisu | weight=0.094
=jako =nevidomy | weight=0.094
=ve =skupiny | weight=0.094
=cesky =telekomunikacni | weight=0.093
=telekomunikacni | weight=0.093
=telekomunikacni =urade | weight=0.093
=urade | weight=0.092
=pred =svemu | weight=0.091
=svemu =pravnimu | weight=0.091
=hvezda | weight=0.091
=policii | weight=0.090
=jestli =mi | weight=0.090
=takhle =to | weight=0.089
=booking | weight=0.089
=na =booking | weight=0.089
=heureku =a | weight=0.088
=na =svemu | weight=0.087
=se =na | weight=0.086
=vec =pravnikovi | weight=0.086
=energeticke =regulacni | weight=0.086
=regulacni | weight=0.086
=regulacni =urade | weight=0.086
=vsichni =vidi | weight=0.085
=popsal =jsem | weight=0.085
=to =nahlasil | weight=0.085
=tady =pisu | weight=0.085
=tak =tady | weight=0.085
=to =vsichni | weight=0.085
=verejne =at | weight=0.085
=chci =penize | weight=0.084
=obratim =na | weight=0.084
=clanek =do | weight=0.084
=tom =clanek | weight=0.084
=hvezda =a | weight=0.083
=lidi =na | weight=0.083
=klidne | weight=0.082
=a =jestli | weight=0.081
=at =ostatni | weight=0.081
=ostatni =vi | weight=0.081
=sdilim =to | weight=0.081
=tady =at | weight=0.081
=se =bude | weight=0.081
=jdu =na | weight=0.081
=cesky | weight=0.081
=energeticke | weight=0.080
=nevidomy | weight=0.080
=vas =upozornit | weight=0.080
=nepristupne | weight=0.080
=a =o | weight=0.080
=visi =na | weight=0.079
=upozornit =ze | weight=0.079
=jizdne =radu | weight=0.078
=podle =jizdne | weight=0.078
=diskriminace | weight=0.077
=tak =se | weight=0.077
=celou =jsem | weight=0.077
=clanek | weight=0.077
=ze =pokud | weight=0.077, noneg
=v =byt | weight=0.076
=vsude =kde | weight=0.076
=vsichni =slysel | weight=0.076
=youtube =at | weight=0.076
=to =tady | weight=0.075
=obracim | weight=0.075
=nahlasil | weight=0.075
=me =jednou | weight=0.074
=ode | weight=0.074
=ode =me | weight=0.074
=to =kazdy | weight=0.074
=asi =to | weight=0.074
=pred =vec | weight=0.072
=pomalu =jako | weight=0.072
=s =cizincum | weight=0.072
=stale =nic | weight=0.071, noneg
=vas =recenzi | weight=0.071
=jizdne | weight=0.071
=to =lidi | weight=0.070
=uz =jsem | weight=0.070
=jde | weight=0.070
=na =socialni | weight=0.070
=a =dam | weight=0.070
=autobus | weight=0.070
=za =tyden | weight=0.069
=slibili =vraceni | weight=0.069
=hvezda =v | weight=0.068
=v =recenzi | weight=0.068
=x | weight=0.068
=piste | weight=0.067
=udelat | weight=0.066
=nahravku | weight=0.066
=s =jidlo | weight=0.066
=centralu | weight=0.066
=ochranka | weight=0.066
=male | weight=0.065
=mi =tam | weight=0.065
=se =dozvi | weight=0.065
=v =pripade | weight=0.064
=pisu =na | weight=0.064
=koberci | weight=0.064
=pred | weight=0.063
=upozornit | weight=0.063
=skupiny =nas | weight=0.063
=mem | weight=0.063
=patku =nevratite | weight=0.063
=kde =to | weight=0.063
=zaznam | weight=0.062
=at =lidi | weight=0.062
=tak =ne | weight=0.062, noneg
=jsem =ted | weight=0.062
=treba | weight=0.062
=neda =omluvu | weight=0.061
=omluvu =tak | weight=0.061
=lidi =vidi | weight=0.061
=do =skupiny | weight=0.061
=nevratite | weight=0.060
=psat | weight=0.060
=zalohu =mi | weight=0.060
=penize =do | weight=0.060
=je =diskriminace | weight=0.059
=navrh | weight=0.059
=zastupce | weight=0.059
=to =udelat | weight=0.059
=a =verejne | weight=0.059
=jsem =jeste | weight=0.059
=stavebni =urade | weight=0.059
=popsal | weight=0.058
=bez =jakehokoli | weight=0.058, noneg
=omluvu =jinak | weight=0.058
=divala | weight=0.057
=celou | weight=0.057
=neni =ani | weight=0.057, noneg
=na =dite | weight=0.057
=pokud =se | weight=0.057, noneg
=pry =si | weight=0.056
=prace | weight=0.056
=to =nevyresite | weight=0.056
=nedorazil | weight=0.055
=jednou =se | weight=0.055
=jsem =to | weight=0.055
=jeste =nezazil | weight=0.055
=nezazil | weight=0.055
=nez =mel | weight=0.055
=me =namitky | weight=0.055
=takovy =pristup | weight=0.054
=krok | weight=0.054
=uz =resit | weight=0.054
=k =pravnikovi | weight=0.054
=nevyrizena | weight=0.053
=se =zakaznik | weight=0.053
=na =financniho | weight=0.053
=v =zakonne | weight=0.053
=a =takhle | weight=0.053
=pozor | weight=0.053
=menu =dodavatele | weight=0.053
=mrtvici | weight=0.053
=mrtvici =a | weight=0.053
=po =mrtvici | weight=0.053
=jste =si | weight=0.053
=namitky | weight=0.052
=fotky =rozbil | weight=0.052
=prodejne | weight=0.052
=mamka =je | weight=0.052
=asistencnim | weight=0.052
=asistencnim =psem | weight=0.052
=do =restaurace | weight=0.052
=odepren =vstup | weight=0.052
=restaurace =s | weight=0.052
=s =asistencnim | weight=0.052
=vstup =do | weight=0.052
=nas =mesta | weight=0.052
=myslim =ze | weight=0.052
=zamitnuta =reklamaci | weight=0.052
=povysene =a | weight=0.051
=jdu | weight=0.051
=mel =podle | weight=0.051
=tyden =po | weight=0.051
