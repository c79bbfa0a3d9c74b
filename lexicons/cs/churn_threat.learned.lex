# churn_threat, cs: learned by scripts/learn.py from 2812 tuning texts (122 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ arogantni personal, jednali se mnou svrchu a davali mi najevo ze je zdrzuju. uz nikdy
+ Výměna za jinou velikost? 'Pouze formou poukazu, taková je firemní politika.' Díky @eshop, už nikdy. 😡
+ Třetí týden bez teplé vody. Správa domu tvrdí, že to je věc dodavatele plynu, dodavatel zase, že správy domu. Nikdo za nic nemůže a já se sprchuju u mámy. Jestli to tak půjde dál, stěhuju se.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=uz =nikdo | weight=0.669, noneg
=rusim | weight=0.506
=zvazuji | weight=0.421
=timto | weight=0.420
=jinde | weight=0.403
=k =jinam | weight=0.400
=koncim | weight=0.390
=nakupovat | weight=0.372
=predplatne | weight=0.344
=konkurenci | weight=0.320
=pravo | weight=0.320
=jinam =operator | weight=0.312
=smlouvy | weight=0.311
=priste | weight=0.306
=tohle | weight=0.291
=vickrat | weight=0.288
=vickrat =neprijde | weight=0.288
=jsem =pryc | weight=0.281
=ke =konkurenci | weight=0.281
=zrusit | weight=0.280
=vypovim | weight=0.279
=si =ucet | weight=0.278
=smaze | weight=0.277
=vypovidam | weight=0.275
=tohle =byla | weight=0.274
=vas =sluzba | weight=0.268
=k =o2 | weight=0.265
=o2 | weight=0.265
=let =koncim | weight=0.262
=vas =vsechno | weight=0.255
=nikdo =u | weight=0.249, noneg
=nikdo =vic | weight=0.245, noneg
=ucet | weight=0.244
=bude | weight=0.232
=si =jinam | weight=0.232
=vic | weight=0.231
=s =vam | weight=0.230
=spoluprace | weight=0.229
=to =do | weight=0.223
=dodavatel | weight=0.221
=pokud =to | weight=0.220
=jsem =vypoved | weight=0.217
=objednal =jinde | weight=0.217
=priste =objednal | weight=0.217
=jste =me | weight=0.217
=sem | weight=0.213
=zruste | weight=0.212
=zruste =mi | weight=0.212
=moje =posledni | weight=0.212
=naposledy | weight=0.211
=stale =zakazniky | weight=0.210
=nespravi | weight=0.209
=neprijde | weight=0.209
=presto =u | weight=0.205
=vas =nakupovat | weight=0.205
=nevkrocim | weight=0.205
=nekoupim | weight=0.203
=nekoupim =ani | weight=0.203, noneg
=vypoved | weight=0.203
=jdu | weight=0.202
=o =ukonceni | weight=0.200
=do =te | weight=0.200
=prodejne =uz | weight=0.200
=te =prodejne | weight=0.200
=nemam =cenu | weight=0.198
=bude =si | weight=0.195
=musel =najit | weight=0.195
=smlouvy =k | weight=0.195
=objednavka =storno | weight=0.194
=posledni =objednavka | weight=0.193
=ode | weight=0.193
=ode =me | weight=0.193
=vypovidam =smlouvy | weight=0.193
=tenhle | weight=0.190
=u =vas | weight=0.186
=hypoteky | weight=0.184
=uz | weight=0.183
=mrtva | weight=0.183
=nebude | weight=0.183, noneg
=nic =nekoupim | weight=0.183, noneg
=presla | weight=0.181
=a =naposledy | weight=0.180
=prejdu | weight=0.179
=let =s | weight=0.175
=ztratili | weight=0.174
=prej =na | weight=0.172
=obchode | weight=0.171
=prevod =hypoteky | weight=0.168
=berte | weight=0.166
=berte =to | weight=0.166
=jako =mou | weight=0.166
=mou =vypoved | weight=0.166
=nechavam | weight=0.163
=prejdu =k | weight=0.163
=jinam =poskytovatele | weight=0.161
=poskytovatele | weight=0.161
=odhlasi =se | weight=0.160
=se =z | weight=0.160
=uz =to | weight=0.160
=prevod | weight=0.159
=jinymu | weight=0.159
=jinymu =operator | weight=0.159
=k =jinymu | weight=0.159
=najdu =si | weight=0.157
=reklamaci =zamitli | weight=0.156
=najit =jinyho | weight=0.155
=jinyho | weight=0.154
=odhlasi | weight=0.152
=prisla =o | weight=0.151
=spojit | weight=0.151
=odchazim =k | weight=0.148
=velkymi | weight=0.147
=klienty | weight=0.147
=jeste =jednou | weight=0.146
=chci =z | weight=0.146
=te =smlouvy | weight=0.146
=vycouvat | weight=0.146
=z =te | weight=0.146
=prechazim | weight=0.144
=dvanactou | weight=0.143
=mam =toho | weight=0.143
=toho =dostal | weight=0.143
=zakazniky | weight=0.143
=jinam | weight=0.139
=a =prevedu | weight=0.138
=prevedu | weight=0.138
=od =vas | weight=0.138
=a =jdu | weight=0.137
=jinak | weight=0.137
=z =vas | weight=0.135
=zruseny =ucet | weight=0.135
=zvazuji =zruseny | weight=0.135
=to =jako | weight=0.131
=vas =rusim | weight=0.131
=jdu =ke | weight=0.130
=timto =vypovidam | weight=0.129
=o =zruseny | weight=0.129
=zruseny =me | weight=0.129
=uz =u | weight=0.129
=posledni | weight=0.128
=nikdo =nic | weight=0.127, noneg
=pryc | weight=0.126
=kavarna | weight=0.125
=uz =resit | weight=0.124
=prevadime | weight=0.123
=rusim =smlouvy | weight=0.123
=najit | weight=0.123
=mizi =od | weight=0.122
=vas =ke | weight=0.122
=poprve =jsem | weight=0.122
=vrchol | weight=0.122
=prechazim =k | weight=0.121
=zaruka =nevztahuje | weight=0.121
=ho =neobnovim | weight=0.120
=nechali =vyprset | weight=0.120
=neobnovim | weight=0.120
=predplatne =nechali | weight=0.120
=vyprset =a | weight=0.120
=bez =teple | weight=0.118, noneg
=mizi | weight=0.118
=zakazniky =uz | weight=0.117
=takhle | weight=0.114
=vas =uz | weight=0.114
=cislo =k | weight=0.113
=uz =jen | weight=0.112
=to =se | weight=0.112
=posledni =navstevy | weight=0.112
=me =smlouvy | weight=0.112
=nakupovat =u | weight=0.112
=pojistovny | weight=0.111
=aplikace =jsem | weight=0.111
=se =zaruka | weight=0.110
=jsem =jen | weight=0.110
=bude =jeste | weight=0.109
=tyden =bez | weight=0.108, noneg
=prosim =o | weight=0.107
=ani =korun | weight=0.106, noneg
=pokud | weight=0.106
=jde =to | weight=0.104
=papiru =na | weight=0.103
=jen =zrusit | weight=0.103
=nohou | weight=0.102
=tento =tyden | weight=0.101
=najdu | weight=0.100
=zrusit =a | weight=0.100
=te | weight=0.100
=tecka | weight=0.098
=vam =a | weight=0.097
=sluzba | weight=0.097
=clenstvi =ve | weight=0.097
=vyprset | weight=0.096
=ze =od | weight=0.096
=prevedu =jinam | weight=0.096
=vas =nechali | weight=0.095
=jestli =to | weight=0.094
=poslali =mi | weight=0.094
=si =musel | weight=0.093
=ani =v | weight=0.093, noneg
=dvacet =let | weight=0.093
=navstevy | weight=0.091
=patnact =let | weight=0.091
=po =patnact | weight=0.091
=nakupovat =nebude | weight=0.091, noneg
=uz =nakupovat | weight=0.091
=nikdo =za | weight=0.091, noneg
=objednavka =u | weight=0.089
=dopravce =a | weight=0.089
=menu | weight=0.088
=prevedeni | weight=0.088
=smluvni | weight=0.088
=a =vy | weight=0.088
=podkladu | weight=0.087
=zrusit =predplatne | weight=0.087
=to =zrusit | weight=0.087
=sprchuju | weight=0.087
=se =sekne | weight=0.087
=sekne | weight=0.087
=sekne =pri | weight=0.087
=jsem =zrusit | weight=0.086
=mou | weight=0.086
=co =jsem | weight=0.085
=ke | weight=0.084
=s =platba | weight=0.083
=nevkrocim =najdu | weight=0.082
=uz =nevkrocim | weight=0.082
=to =neumim | weight=0.080
=zamitli | weight=0.079
=tohle =uz | weight=0.079
=pokousel | weight=0.079
=se =pokousel | weight=0.079
=smluvni =vztahu | weight=0.079
=jinam =dodavatel | weight=0.078
=cenu | weight=0.078
=nic =nedostal | weight=0.078, noneg
=jinam =banka | weight=0.077
=byla =naposledy | weight=0.077
=zase =ze | weight=0.077
=si =priste | weight=0.075
=jsem =jela | weight=0.074
=pripravu | weight=0.074
=pisemne | weight=0.074
=bude =takhle | weight=0.074
=choval =jsem | weight=0.074
=jednou =bude | weight=0.074
=mne =jeste | weight=0.074
=takhle =choval | weight=0.074
=vypada | weight=0.074
=nechci =mit | weight=0.074, noneg
=vas =nechci | weight=0.074, noneg
=let =rusim | weight=0.073
=rusim =u | weight=0.073
=je =fakt | weight=0.073
=ulici | weight=0.073
=patnact | weight=0.072
=sbohem | weight=0.072
=s =uctenky | weight=0.072
=si =nemuze | weight=0.071
=soused =o | weight=0.071
=ulici =dal | weight=0.071
=nechali | weight=0.071
=uz =nic | weight=0.071, noneg
=nas =uz | weight=0.070
=jestli =se | weight=0.070
=ani =na | weight=0.070, noneg
=vas =dopravce | weight=0.069
=prenos | weight=0.069
=prenos =cislo | weight=0.069
=pres =vas | weight=0.068
=odchazim | weight=0.068
=eru | weight=0.067
=eru =a | weight=0.067
=jinak =jdu | weight=0.067
=na =eru | weight=0.067
=zalohu =mi | weight=0.067
=koupil =jinde | weight=0.067
=koncim =u | weight=0.067
=nikdo =zadna | weight=0.066, noneg
=zadam =o | weight=0.066
=obe =smlouvy | weight=0.066
=nenacte | weight=0.065
=vubec =nenacte | weight=0.065
=k | weight=0.064
=tomhle | weight=0.064
=spravuje | weight=0.063
=storno | weight=0.063
=je =vec | weight=0.063
=dneska | weight=0.063
=uz =se | weight=0.063
=pokud =se | weight=0.063
=ukonceni | weight=0.063
=mezi | weight=0.062
=personal | weight=0.062
=se =vubec | weight=0.062
=obe | weight=0.062
=bez =jakehokoli | weight=0.061, noneg
=mi =pri | weight=0.061
=pada =pri | weight=0.060
=ve =slevu | weight=0.060
=hledal | weight=0.060
=papiru | weight=0.059
=po =dvacet | weight=0.059
=vztahu | weight=0.059
=tento | weight=0.059
=svrchu | weight=0.059
=svrchu =a | weight=0.059
=appku | weight=0.059
=pri =prihlaseni | weight=0.058
=zbozi =byla | weight=0.058
=priste =radsi | weight=0.057
=vernostni =programu | weight=0.056
=pujde | weight=0.056
=najevo | weight=0.055
=prevadime =obe | weight=0.055
=aplikace =se | weight=0.055
=zvysila | weight=0.055
=jdu =jinam | weight=0.054
=se =neda | weight=0.054
=treti =tyden | weight=0.053
=a =davam | weight=0.053
=rozhovor | weight=0.052
=uctenky | weight=0.052
=presto | weight=0.051
=vysvetleni | weight=0.051
=nemam =a | weight=0.051
=predplatne =a | weight=0.051
=nic =zadna | weight=0.051, noneg
=dve =male | weight=0.050
=zadna =takovy | weight=0.050, noneg
=bych =nemam | weight=0.050
=minut =vysvetlil | weight=0.050
=proc =bych | weight=0.050
=mesicne | weight=0.050
=si =nenecham | weight=0.050
=tohle =si | weight=0.050
=v =podminky | weight=0.049
=zamitli =kvuli | weight=0.049
=tyden =nic | weight=0.049, noneg
=to =vyhodna | weight=0.049
=vyhodna | weight=0.049
=plyn | weight=0.049
=personal =se | weight=0.048
=u =konkurenci | weight=0.048
=byla =moje | weight=0.048
=takovy | weight=0.047
=z =minuly | weight=0.047
=jednou =se | weight=0.047
=premlouval =at | weight=0.046
=historii =objednavka | weight=0.045
=prazdne =stranka | weight=0.045
=nechci | weight=0.045, noneg
=vam | weight=0.045
=odejdu | weight=0.045
=odejdu =ke | weight=0.045
=vysvetlil =proc | weight=0.045
=tak =to | weight=0.044
=firemni =politika | weight=0.044
=misto =toho | weight=0.044
=let | weight=0.044
=nekoho =jinam | weight=0.043
=byla =ve | weight=0.043
=programu | weight=0.043
=libit | weight=0.043
=nenecham =libit | weight=0.043
=a =chodi | weight=0.042
=oznamila =ze | weight=0.042
=je =asi | weight=0.042
=poslali =doporuceny | weight=0.042
=zruseny | weight=0.042
=doporuceny =dopis | weight=0.042
=vam =uz | weight=0.042
=jezdil | weight=0.042
=na =servis | weight=0.041
=porad =posila | weight=0.041
=vcera | weight=0.041
=maximum | weight=0.040
=skupine =na | weight=0.040
=vas =webu | weight=0.040
=to =tak | weight=0.040
=pojistovny =a | weight=0.040
=davam | weight=0.040
=student | weight=0.040
=zrusit =nejde | weight=0.040
=na =email | weight=0.039
=do =patku | weight=0.039
=jsem =trva | weight=0.039
=jela | weight=0.038
=a =vic | weight=0.038
=dozvi | weight=0.038
=narok | weight=0.038
=male =deti | weight=0.038
=zjednana | weight=0.038
=zjednana =napravu | weight=0.038
=doporuceny | weight=0.038
=pada | weight=0.038
=poukazku | weight=0.038
=a =jedina | weight=0.037
=kc =je | weight=0.037
=kolena | weight=0.037
=lekarskou | weight=0.037
=lekarskou =zpravy | weight=0.037
