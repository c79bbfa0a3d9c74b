# churn_threat, cs: learned by scripts/learn.py from 3535 tuning texts (139 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ arogantni personal, jednali se mnou svrchu a davali mi najevo ze je zdrzuju. uz nikdy
+ Obsluha drzá, neochotná, číšník na nás štěkal ať si pospíšíme s objednávkou. Už nikdy.
+ Výměna za jinou velikost? 'Pouze formou poukazu, taková je firemní politika.' Díky @eshop, už nikdy. 😡
- ok dekuju
- super, doporucuju
=uz =nikdo | weight=0.634, noneg
=rusim | weight=0.504
=zvazuji | weight=0.419
=k =jinam | weight=0.407
=jinde | weight=0.399
=konce | weight=0.391
=timto | weight=0.388
=predplatne | weight=0.363
=nakup | weight=0.360
=konkurenci | weight=0.317
=vypovidam | weight=0.313
=pravo | weight=0.306
=jinam =operator | weight=0.303
=jsem =pryc | weight=0.302
=ke =konkurenci | weight=0.291
=tohle | weight=0.287
=vickrat | weight=0.285
=vickrat =neprijde | weight=0.285
=priste | weight=0.284
=smazal | weight=0.281
=si =ucet | weight=0.279
=let =konce | weight=0.274
=vypovim | weight=0.273
=smlouvu | weight=0.272
=vas =sluzba | weight=0.269
=naposledy | weight=0.265
=tohle =byla | weight=0.264
=nikdo =u | weight=0.261, noneg
=zrusit | weight=0.256
=pokud =to | weight=0.253, noneg
=vam =nikdo | weight=0.250, noneg
=k =o2 | weight=0.250
=o2 | weight=0.250
=ucet | weight=0.247
=vas =vsechno | weight=0.239
=nikdo =vic | weight=0.236, noneg
=odchazim | weight=0.233
=jsem =vypoved | weight=0.227
=spoluprace | weight=0.227
=jste =me | weight=0.225
=nespravi | weight=0.224
=neprijde | weight=0.222
=si =jinam | weight=0.221
=let =s | weight=0.220
=u =vas | weight=0.219
=objednal =jinde | weight=0.218
=priste =objednal | weight=0.218
=bude | weight=0.214
=dodavatele | weight=0.213
=hypoteku | weight=0.212
=zruste | weight=0.211
=zruste =mi | weight=0.211
=nic =nekoupim | weight=0.210, noneg
=stale =zakaznik | weight=0.210
=presto =u | weight=0.210
=vas =nakup | weight=0.210
=sem =uz | weight=0.207
=jdu | weight=0.206
=vic | weight=0.204
=s =vam | weight=0.204
=nekoupim | weight=0.202
=nekoupim =ani | weight=0.202, noneg
=vypovidam =smlouvu | weight=0.201
=objednavka =storno | weight=0.201
=o =ukonceni | weight=0.198
=a =jdu | weight=0.198
=prodejne =uz | weight=0.197
=te =prodejne | weight=0.197
=prejdu | weight=0.197
=smlouvu =k | weight=0.197
=obchode | weight=0.195
=bude =si | weight=0.195
=musim =najit | weight=0.195
=uz | weight=0.194
=nemam =cenu | weight=0.193
=nevkrocim | weight=0.193
=do =te | weight=0.191
=jinymu | weight=0.190
=jinymu =operator | weight=0.190
=k =jinymu | weight=0.190
=ode | weight=0.190
=ode =me | weight=0.190
=moje =posledni | weight=0.189
=posledni =objednavka | weight=0.188
=ztratili | weight=0.187
=presla | weight=0.180
=tenhle | weight=0.179
=vypoved | weight=0.176
=prevod =hypoteku | weight=0.176
=mrtva | weight=0.171
=prisla =o | weight=0.170
=sem | weight=0.170
=berte | weight=0.170
=berte =to | weight=0.170
=jako =mou | weight=0.170
=mou =vypoved | weight=0.170
=prejdu =k | weight=0.169
=prej =na | weight=0.163
=zakaznik =uz | weight=0.162
=pokud | weight=0.162, noneg
=prevedu | weight=0.161
=nechavam | weight=0.160
=nebude | weight=0.159, noneg
=jdu =jinam | weight=0.157
=prechazim | weight=0.157
=odchazim =k | weight=0.156
=odhlasi =se | weight=0.155
=se =z | weight=0.155
=najdu =si | weight=0.154
=a =naposledy | weight=0.154
=najit =jinyho | weight=0.150
=reklamaci =zamitli | weight=0.149
=chci =z | weight=0.147
=te =smlouvu | weight=0.147
=vycouvat | weight=0.147
=z =te | weight=0.147
=velkym | weight=0.147
=jinyho | weight=0.146
=rusim =smlouvu | weight=0.143
=mam =toho | weight=0.141
=jinam | weight=0.140
=pryc | weight=0.140
=jinam =poskytovatele | weight=0.139
=a =prevedu | weight=0.139
=o =zruseny | weight=0.139
=zruseny =me | weight=0.139
=vas =uz | weight=0.138
=posledni | weight=0.138
=dvanactou | weight=0.137
=toho =dostal | weight=0.136
=uz =u | weight=0.134
=poskytovatele | weight=0.134
=odhlasi | weight=0.134
=uz =resit | weight=0.133
=te | weight=0.133
=vas =rusim | weight=0.133
=prechazim =k | weight=0.133
=zruseny =ucet | weight=0.132
=zvazuji =zruseny | weight=0.132
=z =vas | weight=0.132
=nikdo =nic | weight=0.132, noneg
=jestli =se | weight=0.131
=od =vas | weight=0.130
=spojit | weight=0.130
=najit | weight=0.128
=to =jako | weight=0.128
=tady =uz | weight=0.127
=navstevach | weight=0.126
=prevod | weight=0.126
=prevadime | weight=0.126
=uz =to | weight=0.126
=uz =jen | weight=0.125
=timto =vypovidam | weight=0.124
=menu | weight=0.123
=me =smlouvu | weight=0.122
=menu =dodavatele | weight=0.121
=zaruka =nevztahuje | weight=0.120
=jsem =jen | weight=0.119
=mizi =od | weight=0.119
=vas =ke | weight=0.119
=jeste =jednou | weight=0.117
=mizi | weight=0.116
=ho =neobnovim | weight=0.116
=nechal =vyprset | weight=0.116
=neobnovim | weight=0.116
=predplatne =nechal | weight=0.116
=vyprset =a | weight=0.116
=to =se | weight=0.116
=vas =nechal | weight=0.115
=cislo =k | weight=0.113
=jestli =to | weight=0.113
=zrusit =a | weight=0.112
=jdu =ke | weight=0.112
=bez =teple | weight=0.111, noneg
=bez =upozorneni | weight=0.111, noneg
=se =zaruka | weight=0.111
=kavarna | weight=0.110
=aplikaci =jsem | weight=0.109
=poprve =jsem | weight=0.107
=klienty | weight=0.105
=komunikovat | weight=0.104
=komunikovat =pisemne | weight=0.104
=tento =tyden | weight=0.102
=prevedu =jinam | weight=0.102
=ani =korun | weight=0.101, noneg
=ucet =si | weight=0.100
=jen =zrusit | weight=0.098
=vyprset | weight=0.098
=nakup =u | weight=0.098
=to =zrusit | weight=0.095
=nechal | weight=0.095
=prosim =o | weight=0.095
=vrchol | weight=0.094
=nakup =nebude | weight=0.094, noneg
=uz =nakup | weight=0.094
=vecer | weight=0.093
=pojistovny | weight=0.093
=ze =od | weight=0.093
=jinak | weight=0.093
=jde =to | weight=0.093
=nevkrocim =najdu | weight=0.092
=uz =nevkrocim | weight=0.092
=jen =automaticky | weight=0.092
=patnact =let | weight=0.092
=po =patnact | weight=0.092
=tecka | weight=0.091
=zadna =jen | weight=0.091, noneg
=najdu | weight=0.091
=si =ho | weight=0.090
=ho =vraci | weight=0.090
=posledni =navstevach | weight=0.089
=rusim =u | weight=0.089
=nic =nedostal | weight=0.088, noneg
=podpora =jsem | weight=0.088
=clenstvi =ve | weight=0.088
=objednavka =u | weight=0.088
=smluvni | weight=0.088
=podkladu | weight=0.087
=jinam =dodavatele | weight=0.086
=tak =ze | weight=0.086
=prevedeni | weight=0.085
=odpoved =zadna | weight=0.084, noneg
=mou | weight=0.084
=nikdo =neda | weight=0.084, noneg
=dopravce =a | weight=0.083
=tyden =bez | weight=0.083, noneg
=to =neumim | weight=0.083
=po =tom | weight=0.083
=nohou | weight=0.083
=si =musim | weight=0.082
=vada =je | weight=0.082
=si =nemuze | weight=0.082
=zamitli | weight=0.082
=mi =bez | weight=0.081, noneg
=bude =jeste | weight=0.081
=zrusit =predplatne | weight=0.081
=hodnoceni =na | weight=0.081
=co =jsem | weight=0.081
=zakaznik | weight=0.081
=ke | weight=0.081
=nas =uz | weight=0.081
=mi =nevymenili | weight=0.081
=sprchuju | weight=0.080
=tom =co | weight=0.080
=vam =a | weight=0.080
=papiru =na | weight=0.080
=tim =neco | weight=0.079
=nechci =mit | weight=0.079, noneg
=vas =nechci | weight=0.079, noneg
=byla =naposledy | weight=0.079
=nikdo =za | weight=0.079, noneg
=jinam =banky | weight=0.079
=s =uctenky | weight=0.078
=ukonceni | weight=0.077
=zpusobene =uzivatelem | weight=0.077
=odchazim =ke | weight=0.077
=uz =nic | weight=0.077, noneg
=ani =v | weight=0.076, noneg
=smluvni =vztahu | weight=0.076
=bude =takhle | weight=0.075
=choval =jsem | weight=0.075
=jednou =bude | weight=0.075
=mne =jeste | weight=0.075
=takhle =choval | weight=0.075
=letenku =jsem | weight=0.074
=pripravu | weight=0.074
=dodavatele =plyn | weight=0.074
=tomhle | weight=0.074
=na =podpora | weight=0.074
=s =jidlo | weight=0.074
=vratit =tech | weight=0.074
=rusim =si | weight=0.073
=nikdo =zadna | weight=0.073, noneg
=s =platbu | weight=0.073
=sluzba | weight=0.073
=uzivatelem | weight=0.073
=zadam =o | weight=0.072
=ja =se | weight=0.072
=ze =vada | weight=0.071
=tohle =uz | weight=0.071
=automaticky =potvrzeni | weight=0.070
=jsem =jela | weight=0.070
=zase =ze | weight=0.070
=stranka =s | weight=0.070
=pokousel | weight=0.069
=se =pokousel | weight=0.069
=pokud =se | weight=0.069, noneg
=pospisil | weight=0.069
=obsluha =drza | weight=0.069
=s =objednavka | weight=0.068
=jo =jdu | weight=0.068
=tak =jo | weight=0.068
=se =sekne | weight=0.068
=sekne | weight=0.068
=sekne =pri | weight=0.068
=poslali =mi | weight=0.068
=vypada | weight=0.068
=patnact | weight=0.068
=vas =dopravce | weight=0.067
=smlouvu =vypovidam | weight=0.067
=vam | weight=0.067
=a =vy | weight=0.066
=soused =o | weight=0.066
=ulici =dal | weight=0.066
=pada | weight=0.066
=personal | weight=0.066
=zpusobene | weight=0.066
=neochotna | weight=0.065
=ulici | weight=0.065
=ve =slevu | weight=0.065
=k | weight=0.065
=den =reklamoval | weight=0.065
=predplatne =a | weight=0.065
=sbohem | weight=0.064
=tento | weight=0.063
=cenu | weight=0.063
=svrchu | weight=0.063
=svrchu =a | weight=0.063
=nevymenili | weight=0.062
=reklamoval =notebooku | weight=0.062
=cerne | weight=0.062
=koupil =jinde | weight=0.061
=za =posledni | weight=0.061
=pres =vas | weight=0.061
=nenacte | weight=0.061
=vubec =nenacte | weight=0.061
=najevo | weight=0.060
=spravuje | weight=0.060
=si =priste | weight=0.060
=presto | weight=0.060
=eru | weight=0.060
=eru =a | weight=0.060
=na =eru | weight=0.060
=zalohu =mi | weight=0.060
=priste =radsi | weight=0.059
=hodiny =ve | weight=0.059
=se =vubec | weight=0.059
=a =davam | weight=0.059
=ze =si | weight=0.059
=takhle | weight=0.058
=obe =smlouvu | weight=0.058
=bez =jakehokoli | weight=0.057, noneg
=dneska | weight=0.057
=jsem =zrusit | weight=0.057
=pada =pri | weight=0.057
=a =smlouvu | weight=0.057
=appku | weight=0.057
=let =rusim | weight=0.056
=nemam =a | weight=0.056, noneg
=si =koupil | weight=0.056
=je =vec | weight=0.056
=let | weight=0.056
=tak =ho | weight=0.056
=obe | weight=0.056
=jdu =k | weight=0.055
=kc =ktery | weight=0.055
=odejdu | weight=0.055
=odejdu =ke | weight=0.055
=firemni =politika | weight=0.055
=dve =male | weight=0.055
=hledal | weight=0.054
=jednou =se | weight=0.054
=vratit =v | weight=0.053
=navstevach =servisu | weight=0.053
=je =fakt | weight=0.053
=jste =mel | weight=0.053
=vas =informuji | weight=0.053
=vztahu | weight=0.052
=student | weight=0.052
=uctenky | weight=0.052
=neopraveny | weight=0.052
=vratit =neopraveny | weight=0.052
=mezi | weight=0.051
=a =auto | weight=0.051
=prevadime =obe | weight=0.050
=kc =a | weight=0.050
=zitra | weight=0.049
=smlouvu =jsem | weight=0.049
=jela | weight=0.049
=se =neozval | weight=0.049
=storno | weight=0.049
=vysavac | weight=0.049
=ani =na | weight=0.049, noneg
=preplatku | weight=0.049
=jit | weight=0.049
=pri =prihlaseni | weight=0.048
=jako =zakaznik | weight=0.048
=informuji | weight=0.048
=vernostni =programu | weight=0.047
=prenos | weight=0.047
=prenos =cislo | weight=0.047
=konce =u | weight=0.047
=vysvetleni | weight=0.047
=bych =nemam | weight=0.047
=minut =vysvetlil | weight=0.047
=proc =bych | weight=0.047
=pisemne | weight=0.047
=si =nenecham | weight=0.047
=tohle =si | weight=0.047
=u =soused | weight=0.047
