# churn_threat, cs: learned by scripts/learn.py from 2508 tuning texts (115 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ arogantni personal, jednali se mnou svrchu a davali mi najevo ze je zdrzuju. uz nikdy
+ Výměna za jinou velikost? 'Pouze formou poukazu, taková je firemní politika.' Díky @eshop, už nikdy. 😡
+ Třetí týden bez teplé vody. Správa domu tvrdí, že to je věc dodavatele plynu, dodavatel zase, že správy domu. Nikdo za nic nemůže a já se sprchuju u mámy. Jestli to tak půjde dál, stěhuju se.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=uz =nikdo | weight=0.681, noneg
=rusim | weight=0.495
=zvazuji | weight=0.417
=timto | weight=0.416
=jinde | weight=0.414
=koncim | weight=0.397
=k =jinam | weight=0.395
=nakupovat | weight=0.385
=predplatne | weight=0.339
=smlouvy | weight=0.329
=jinam =operator | weight=0.322
=konkurenci | weight=0.315
=pravo | weight=0.313
=priste | weight=0.299
=zrusit | weight=0.298
=tohle | weight=0.298
=vickrat | weight=0.293
=vickrat =neprijde | weight=0.293
=jsem =pryc | weight=0.288
=si =ucet | weight=0.283
=ke =konkurenci | weight=0.278
=smaze | weight=0.275
=vypovim | weight=0.274
=nikdo =vic | weight=0.269, noneg
=vas =sluzba | weight=0.269
=k =o2 | weight=0.269
=o2 | weight=0.269
=let =koncim | weight=0.263
=tohle =byla | weight=0.263
=nikdo =u | weight=0.257, noneg
=vas =vsechno | weight=0.251
=ucet | weight=0.234
=vypovidam | weight=0.234
=vic | weight=0.233
=s =vam | weight=0.233
=pokud =to | weight=0.230
=nespravi | weight=0.229
=si =jinam | weight=0.229
=spoluprace | weight=0.228
=bude | weight=0.225
=jsem =vypoved | weight=0.223
=to =do | weight=0.222
=jste =me | weight=0.221
=naposledy | weight=0.219
=dodavatel | weight=0.218
=u =vas | weight=0.218
=zruste | weight=0.216
=zruste =mi | weight=0.216
=stale =zakazniky | weight=0.215
=do =te | weight=0.214
=prodejne =uz | weight=0.214
=te =prodejne | weight=0.214
=smlouvy =k | weight=0.213
=neprijde | weight=0.212
=moje =posledni | weight=0.211
=sem | weight=0.211
=presto =u | weight=0.210
=vas =nakupovat | weight=0.210
=objednal =jinde | weight=0.209
=priste =objednal | weight=0.209
=nevkrocim | weight=0.208
=nic =nekoupim | weight=0.208, noneg
=jdu | weight=0.205
=nekoupim | weight=0.205
=nekoupim =ani | weight=0.205, noneg
=nemam =cenu | weight=0.203
=uz =to | weight=0.203
=uz | weight=0.201
=bude =si | weight=0.201
=musim =najit | weight=0.201
=objednavka =storno | weight=0.199
=prejdu | weight=0.194
=ode | weight=0.192
=ode =me | weight=0.192
=vypoved | weight=0.192
=o =ukonceni | weight=0.190
=hypoteky | weight=0.189
=prevod =hypoteky | weight=0.189
=nebude | weight=0.188, noneg
=tenhle | weight=0.184
=posledni =objednavka | weight=0.184
=mrtva | weight=0.183
=vypovidam =smlouvy | weight=0.180
=ztratili | weight=0.180
=presla | weight=0.178
=a =naposledy | weight=0.177
=let =s | weight=0.171
=prej =na | weight=0.170
=velkymi | weight=0.170
=jinam | weight=0.169
=berte | weight=0.165
=berte =to | weight=0.165
=jako =mou | weight=0.165
=mou =vypoved | weight=0.165
=odhlasi =se | weight=0.165
=se =z | weight=0.165
=nechavam | weight=0.164
=jinam =poskytovatele | weight=0.163
=poskytovatele | weight=0.163
=prejdu =k | weight=0.162
=obchode | weight=0.162
=prechazim | weight=0.162
=najit =jinyho | weight=0.159
=vas =rusim | weight=0.158
=jinymu | weight=0.157
=jinymu =operator | weight=0.157
=k =jinymu | weight=0.157
=reklamaci =zamitli | weight=0.156
=spojit | weight=0.156
=zruseny =ucet | weight=0.154
=zvazuji =zruseny | weight=0.154
=odhlasi | weight=0.154
=najdu =si | weight=0.152
=chci =z | weight=0.150
=te =smlouvy | weight=0.150
=vycouvat | weight=0.150
=z =te | weight=0.150
=prevod | weight=0.150
=a =jdu | weight=0.149
=jinyho | weight=0.148
=klienty | weight=0.148
=vrchol | weight=0.148
=zakazniky | weight=0.148
=prevedu | weight=0.148
=uz =u | weight=0.146
=mam =toho | weight=0.141
=to =jako | weight=0.139
=dvanactou | weight=0.138
=pojistovny | weight=0.136
=jeste =jednou | weight=0.135
=prisla =o | weight=0.135
=zakazniky =uz | weight=0.134
=odchazim =k | weight=0.134
=bez =teple | weight=0.134, noneg
=a =prevedu | weight=0.134
=o =zruseny | weight=0.133
=zruseny =me | weight=0.133
=jdu =ke | weight=0.130
=prechazim =k | weight=0.128
=uz =resit | weight=0.125
=z =vas | weight=0.125
=jinak | weight=0.124
=kavarna | weight=0.123
=pryc | weight=0.122
=nakupovat =u | weight=0.122
=vas =nechal | weight=0.121
=zaruka =nevztahuje | weight=0.121
=ho =neobnovim | weight=0.120
=nechal =vyprset | weight=0.120
=neobnovim | weight=0.120
=predplatne =nechal | weight=0.120
=vyprset =a | weight=0.120
=prevadime | weight=0.119
=mizi =od | weight=0.119
=vas =ke | weight=0.119
=takhle | weight=0.119
=od =vas | weight=0.118
=clenstvi =ve | weight=0.117
=se =zaruka | weight=0.116
=posledni | weight=0.116
=uz =jen | weight=0.115
=tento =tyden | weight=0.115
=poprve =jsem | weight=0.115
=najit | weight=0.114
=mizi | weight=0.114
=jsem =jen | weight=0.114
=aplikace =jsem | weight=0.114
=jde =to | weight=0.113
=posledni =navstevach | weight=0.113
=me =smlouvy | weight=0.113
=cislo =k | weight=0.112
=to =se | weight=0.111
=nohou | weight=0.111
=nikdo =nic | weight=0.111, noneg
=tyden =bez | weight=0.110, noneg
=vas =uz | weight=0.107
=sluzba | weight=0.107
=ani =korun | weight=0.107, noneg
=je =fakt | weight=0.105
=timto =vypovidam | weight=0.104
=papiru =na | weight=0.103
=bude =jeste | weight=0.102
=jestli =to | weight=0.102
=prosim =o | weight=0.101
=zrusit =a | weight=0.099
=ukonceni | weight=0.099
=te | weight=0.098
=nakupovat =nebude | weight=0.098, noneg
=uz =nakupovat | weight=0.098
=smluvni | weight=0.098
=jen =zrusit | weight=0.097
=nikdo =za | weight=0.096, noneg
=vyprset | weight=0.096
=prevedu =jinam | weight=0.095
=si =musim | weight=0.095
=ani =v | weight=0.095, noneg
=vam =a | weight=0.095
=co =jsem | weight=0.093
=dopravce =a | weight=0.093
=mou | weight=0.092
=s =platbu | weight=0.092
=dvacet =let | weight=0.092
=ze =od | weight=0.091
=se =sekne | weight=0.091
=sekne | weight=0.091
=sekne =pri | weight=0.091
=a =vy | weight=0.091
=navstevach | weight=0.091
=sprchuju | weight=0.091
=poslali =mi | weight=0.091
=jinam =dodavatel | weight=0.090
=hledal | weight=0.090
=tecka | weight=0.090
=objednavka =u | weight=0.089
=nic =nedostal | weight=0.087, noneg
=najdu | weight=0.087
=sbohem | weight=0.087
=nevkrocim =najdu | weight=0.087
=uz =nevkrocim | weight=0.087
=patnact =let | weight=0.086
=po =patnact | weight=0.086
=to =neumim | weight=0.084
=to =zrusit | weight=0.082
=nechal | weight=0.082
=jsem =zrusit | weight=0.081
=podkladu | weight=0.080
=obe =smlouvy | weight=0.080
=ke | weight=0.079
=nas =uz | weight=0.079
=ani =na | weight=0.078, noneg
=pokud | weight=0.078
=uz =nic | weight=0.078, noneg
=menu | weight=0.078
=jsem =jela | weight=0.078
=s =uctenky | weight=0.077
=zrusit =predplatne | weight=0.076
=nechci =mit | weight=0.076, noneg
=vas =nechci | weight=0.076, noneg
=nenacte | weight=0.076
=vubec =nenacte | weight=0.076
=bude =takhle | weight=0.076
=choval =jsem | weight=0.076
=jednou =bude | weight=0.076
=mne =jeste | weight=0.076
=takhle =choval | weight=0.076
=pres =vas | weight=0.075
=obe | weight=0.074
=tohle =uz | weight=0.074
=zamitli | weight=0.074
=storno | weight=0.073
=jdu =jinam | weight=0.073
=vas =dopravce | weight=0.073
=zase =ze | weight=0.072
=eru | weight=0.072
=eru =a | weight=0.072
=jinak =jdu | weight=0.072
=na =eru | weight=0.072
=zalohu =mi | weight=0.072
=prenos | weight=0.072
=prenos =cislo | weight=0.072
=byla =naposledy | weight=0.071
=pada =pri | weight=0.071
=pisemne | weight=0.070
=si =priste | weight=0.070
=jestli =se | weight=0.070
=ulici | weight=0.070
=k | weight=0.070
=papiru | weight=0.069
=nikdo =zadna | weight=0.069, noneg
=let =rusim | weight=0.069
=rusim =u | weight=0.069
=smluvni =vztahu | weight=0.068
=patnact | weight=0.068
=soused =o | weight=0.068
=ulici =dal | weight=0.068
=cenu | weight=0.068
=personal | weight=0.068
=se =vubec | weight=0.067
=nechci | weight=0.066, noneg
=pri =prihlaseni | weight=0.065
=si =nemuze | weight=0.065
=spravuje | weight=0.065
=tak =to | weight=0.065
=let | weight=0.065
=zbozi =byla | weight=0.065
=pripravu | weight=0.064
=vypada | weight=0.064
=nemam =a | weight=0.064
=bez =jakehokoli | weight=0.064, noneg
=ve =slevu | weight=0.063
=jinam =bance | weight=0.063
=tomhle | weight=0.062
=koupil =jinde | weight=0.061
=mezi | weight=0.060
=dneska | weight=0.060
=vas | weight=0.060
=je =vec | weight=0.058
=zvysila | weight=0.058
=priste =radsi | weight=0.058
=rusim =smlouvy | weight=0.057
=zadam =o | weight=0.057
=po =dvacet | weight=0.057
=dve =male | weight=0.056
=tento | weight=0.056
=uz =se | weight=0.056
=svrchu | weight=0.056
=svrchu =a | weight=0.056
=rozhovor | weight=0.056
=mi =pri | weight=0.055
=takovy | weight=0.055
=koncim =u | weight=0.055
=vernostni =programu | weight=0.055
=smlouvy =vypovidam | weight=0.054
=prevadime =obe | weight=0.054
=pujde | weight=0.053
=mesicni | weight=0.053
=appku | weight=0.052
=vas =webu | weight=0.052
=najevo | weight=0.052
=firemni =politika | weight=0.052
=vysvetleni | weight=0.052
=uctenky | weight=0.051
=vcera | weight=0.051
=aplikace =se | weight=0.051
=personal =se | weight=0.050
=u =konkurenci | weight=0.050
=odchazim | weight=0.049
=a =davam | weight=0.049
=a =vic | weight=0.049
=odejdu | weight=0.048
=odejdu =ke | weight=0.048
=predplatne =a | weight=0.047
=vztahu | weight=0.047
=to =vyhodna | weight=0.047
=vyhodna | weight=0.047
=neopravi | weight=0.047
=bych =nemam | weight=0.047
=minut =vysvetlil | weight=0.047
=proc =bych | weight=0.047
=se =neda | weight=0.046
=na =servis | weight=0.046
=vypoved =a | weight=0.045
=z =minuly | weight=0.045
=jela | weight=0.045
=prihlaseni | weight=0.045
=tyden =nic | weight=0.045, noneg
=kolena | weight=0.045
=lekarskou | weight=0.045
=lekarskou =zpravy | weight=0.045
=operaci | weight=0.045
=operaci =kolena | weight=0.045
=recepci =mi | weight=0.045
=nic =zadna | weight=0.044, noneg
=premlouval =at | weight=0.044
=nekoho =jinam | weight=0.044
=jezdil | weight=0.044
=arogantni | weight=0.044
=male =deti | weight=0.043
=vysvetlil =proc | weight=0.043
=ze =technik | weight=0.043
=historii =objednavka | weight=0.043
=prazdne =stranka | weight=0.043
=treti =tyden | weight=0.043
=odchazim =ke | weight=0.043
=jednou =se | weight=0.043
=do =patku | weight=0.042
=doporuceny =dopis | weight=0.042
=misto =toho | weight=0.042
=plyn | weight=0.042
=maximum | weight=0.041
=poukazku | weight=0.041
=skupine =na | weight=0.041
=na =dispecink | weight=0.041
=poslali =doporuceny | weight=0.041
=zadna =takovy | weight=0.041, noneg
=porad =posila | weight=0.040
=byla =moje | weight=0.040
=libit | weight=0.040
=nenecham =libit | weight=0.040
=si =nenecham | weight=0.040
=tohle =si | weight=0.040
=pada | weight=0.040
=signalu | weight=0.040
=vypadek =signalu | weight=0.040
=vam =uz | weight=0.040
=kartu | weight=0.040
=to =tak | weight=0.040
=dozvi | weight=0.039
=na =email | weight=0.039
=trech =mesic | weight=0.039
=je =asi | weight=0.039
=presto | weight=0.039
=a =koncim | weight=0.039
=nejde =se | weight=0.038
=rusim =predplatne | weight=0.038
=to =neopravi | weight=0.038
=rusim =si | weight=0.038
=cr | weight=0.038
=v =cr | weight=0.038
=kc =je | weight=0.038
