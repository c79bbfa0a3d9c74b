# churn_threat, cs: learned by scripts/learn.py from 3307 tuning texts (137 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ arogantni personal, jednali se mnou svrchu a davali mi najevo ze je zdrzuju. uz nikdy
+ Obsluha drzá, neochotná, číšník na nás štěkal ať si pospíšíme s objednávkou. Už nikdy.
+ Dobrý den, reklamovaný notebook mi vrátili neopravený s tím, že vada je způsobena uživatelem. Jsem s vámi naposledy.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=uz =nikdo | weight=0.632, noneg
=rusim | weight=0.516
=zvazuji | weight=0.425
=jinde | weight=0.404
=k =jinam | weight=0.396
=timto | weight=0.389
=konce | weight=0.385
=nakup | weight=0.363
=predplatne | weight=0.363
=jinam =operator | weight=0.309
=pravo | weight=0.307
=konkurenci | weight=0.305
=vypovidam | weight=0.302
=jsem =pryc | weight=0.292
=vickrat | weight=0.283
=vickrat =neprijde | weight=0.283
=smaze | weight=0.281
=smlouvu | weight=0.281
=tohle | weight=0.281
=priste | weight=0.280
=vas =sluzba | weight=0.276
=si =uctu | weight=0.275
=ke =konkurenci | weight=0.273
=vypovim | weight=0.270
=let =konce | weight=0.268
=nikdo =u | weight=0.268, noneg
=tohle =byla | weight=0.263
=naposledy | weight=0.258
=vas =vsechno | weight=0.254
=k =o2 | weight=0.252
=o2 | weight=0.252
=zrusit | weight=0.246
=uctu | weight=0.242
=vam =nikdo | weight=0.239, noneg
=nikdo =vic | weight=0.239, noneg
=pokud =to | weight=0.235
=si =jinam | weight=0.232
=jste =me | weight=0.229
=spoluprace | weight=0.229
=jsem =vypoved | weight=0.228
=bude | weight=0.225
=odchazim | weight=0.223
=objednal =jinde | weight=0.222
=priste =objednal | weight=0.222
=dodavatele | weight=0.220
=neprijde | weight=0.218
=to =do | weight=0.217
=nic =nekoupim | weight=0.216, noneg
=stale =zakaznik | weight=0.216
=let =s | weight=0.216
=s =vam | weight=0.215
=zruste | weight=0.213
=zruste =mi | weight=0.213
=hypoteku | weight=0.213
=u =vas | weight=0.209
=sem =uz | weight=0.209
=vic | weight=0.207
=objednavka =storno | weight=0.206
=jdu | weight=0.206
=presto =u | weight=0.205
=vas =nakup | weight=0.205
=nekoupim | weight=0.204
=nekoupim =ani | weight=0.204, noneg
=nespravi | weight=0.203
=prejdu | weight=0.203
=o =ukonceni | weight=0.201
=nemam =cenu | weight=0.201
=moje =posledni | weight=0.200
=a =jdu | weight=0.200
=obchode | weight=0.200
=bude =si | weight=0.200
=musim =najit | weight=0.200
=vypovidam =smlouvu | weight=0.199
=smlouvu =k | weight=0.198
=jinymu | weight=0.197
=jinymu =operator | weight=0.197
=k =jinymu | weight=0.197
=ode | weight=0.195
=ode =me | weight=0.195
=prodejne =uz | weight=0.194
=te =prodejne | weight=0.194
=posledni =objednavka | weight=0.193
=nevkrocim | weight=0.193
=do =te | weight=0.187
=vypoved | weight=0.184
=ztratili | weight=0.184
=presla | weight=0.182
=tenhle | weight=0.180
=sem | weight=0.178
=mrtva | weight=0.174
=prevod =hypoteku | weight=0.173
=uz | weight=0.172
=prejdu =k | weight=0.170
=berte | weight=0.167
=berte =to | weight=0.167
=jako =mou | weight=0.167
=mou =vypoved | weight=0.167
=prej =na | weight=0.166
=prisla =o | weight=0.165
=jinam =poskytovatele | weight=0.160
=poskytovatele | weight=0.160
=odchazim =k | weight=0.159
=prevedu | weight=0.159
=odhlasi =se | weight=0.158
=se =z | weight=0.158
=nechavam | weight=0.158
=nebude | weight=0.158, noneg
=chci =z | weight=0.156
=te =smlouvu | weight=0.156
=vycouvat | weight=0.156
=z =te | weight=0.156
=a =naposledy | weight=0.154
=rusim =smlouvu | weight=0.154
=jdu =jinam | weight=0.154
=zakaznik =uz | weight=0.154
=prechazim | weight=0.153
=jinyho | weight=0.151
=najit =jinyho | weight=0.151
=reklamaci =zamitli | weight=0.150
=velkym | weight=0.145
=a =prevedu | weight=0.143
=vas =rusim | weight=0.142
=uz =u | weight=0.141
=z =vas | weight=0.140
=nikdo =nic | weight=0.139, noneg
=najdu =si | weight=0.138
=o =zruseny | weight=0.138
=zruseny =me | weight=0.138
=zruseny =uctu | weight=0.138
=zvazuji =zruseny | weight=0.138
=prechazim =k | weight=0.136
=odhlasi | weight=0.136
=tady =uz | weight=0.136
=mam =toho | weight=0.135
=uz =resit | weight=0.134
=to =jako | weight=0.134
=timto =vypovidam | weight=0.133
=posledni | weight=0.132
=dvanactou | weight=0.132
=pryc | weight=0.131
=jinam | weight=0.130
=od =vas | weight=0.129
=mizi =od | weight=0.128
=vas =ke | weight=0.128
=vas =nechal | weight=0.128
=najit | weight=0.128
=toho =dostal | weight=0.127
=menu =dodavatele | weight=0.126
=vas =uz | weight=0.126
=menu | weight=0.124
=jestli =se | weight=0.124
=navstevach | weight=0.124
=mizi | weight=0.124
=uz =to | weight=0.123
=spojit | weight=0.123
=jeste =jednou | weight=0.123
=me =smlouvu | weight=0.122
=to =se | weight=0.122
=zaruka =nevztahuje | weight=0.121
=bez =upozorneni | weight=0.119, noneg
=pokud | weight=0.119
=jdu =ke | weight=0.116
=jsem =jen | weight=0.116
=prevadime | weight=0.115
=te | weight=0.114
=ho =neobnovim | weight=0.114
=nechal =vyprset | weight=0.114
=neobnovim | weight=0.114
=predplatne =nechal | weight=0.114
=vyprset =a | weight=0.114
=se =zaruka | weight=0.114
=cislo =k | weight=0.112
=uz =jen | weight=0.111
=prevod | weight=0.111
=klienty | weight=0.109
=bez =teple | weight=0.109, noneg
=aplikaci =jsem | weight=0.106
=poprve =jsem | weight=0.105
=zrusit =a | weight=0.104
=vecer | weight=0.104
=tecka | weight=0.103
=tento =tyden | weight=0.102
=jen =zrusit | weight=0.101
=nakup =u | weight=0.101
=prevedeni | weight=0.099
=ze =od | weight=0.098
=nakup =nebude | weight=0.098, noneg
=uz =nakup | weight=0.098
=nechal | weight=0.098
=to =neumim | weight=0.098
=vrchol | weight=0.097
=vyprset | weight=0.097
=smluvni | weight=0.097
=prevedu =jinam | weight=0.097
=uctu =si | weight=0.095
=to =zrusit | weight=0.095
=si =ho | weight=0.095
=prosim =o | weight=0.094
=tak =ze | weight=0.093
=jinak | weight=0.093
=jde =to | weight=0.093
=posledni =navstevach | weight=0.092
=objednavka =u | weight=0.092
=clenstvi =ve | weight=0.092
=jestli =to | weight=0.092
=tyden =bez | weight=0.092, noneg
=ani =korun | weight=0.090, noneg
=ukonceni | weight=0.089
=jinam =dodavatele | weight=0.089
=patnact =let | weight=0.088
=po =patnact | weight=0.088
=ani =v | weight=0.088, noneg
=kavarna | weight=0.088
=jen =automaticky | weight=0.087
=mi =bez | weight=0.087, noneg
=dopravce =a | weight=0.086
=mou | weight=0.086
=bude =jeste | weight=0.086
=ho =vraci | weight=0.085
=po =tom | weight=0.085
=hodnoceni =na | weight=0.085
=tom =co | weight=0.085
=nevkrocim =najdu | weight=0.085
=uz =nevkrocim | weight=0.085
=si =nemuze | weight=0.084
=si =musim | weight=0.084
=vada =je | weight=0.084
=zadna =jen | weight=0.083, noneg
=koupil =jinde | weight=0.083
=rusim =si | weight=0.083
=podkladu | weight=0.083
=bude =takhle | weight=0.082
=choval =jsem | weight=0.082
=jednou =bude | weight=0.082
=mne =jeste | weight=0.082
=takhle =choval | weight=0.082
=pojistovny | weight=0.082
=nic =nedostal | weight=0.082, noneg
=tim =neco | weight=0.081
=zakaznik | weight=0.081
=podpora =jsem | weight=0.080
=nikdo =neda | weight=0.080, noneg
=najdu | weight=0.080
=presto | weight=0.079
=vas | weight=0.079
=papiru =na | weight=0.079
=zrusit =predplatne | weight=0.079
=s =platba | weight=0.078
=nohou | weight=0.078
=smluvni =vztahu | weight=0.078
=sluzba | weight=0.078
=zpusobene =uzivatelem | weight=0.077
=vam =a | weight=0.077
=a =vy | weight=0.077
=sprchuju | weight=0.077
=si =priste | weight=0.077
=zamitli | weight=0.077
=odpoved =zadna | weight=0.076, noneg
=uzivatelem | weight=0.075
=letenku =jsem | weight=0.075
=zadam =o | weight=0.075
=mi =nevymenili | weight=0.075
=vratit =tech | weight=0.075
=s =jidlo | weight=0.074
=pokousel | weight=0.074
=se =pokousel | weight=0.074
=ze =vada | weight=0.074
=nikdo =za | weight=0.074, noneg
=predplatne =a | weight=0.074
=s =uctenky | weight=0.074
=nas =uz | weight=0.074
=jsem =jela | weight=0.073
=co =jsem | weight=0.073
=uz =nic | weight=0.073, noneg
=soused =o | weight=0.073
=ulici =dal | weight=0.073
=byla =naposledy | weight=0.073
=tohle =uz | weight=0.073
=pripravu | weight=0.073
=jinam =banky | weight=0.072
=pospisil | weight=0.072
=personal | weight=0.072
=obsluha =drza | weight=0.072
=na =podpora | weight=0.071
=ulici | weight=0.071
=dodavatele =plyn | weight=0.071
=se =sekne | weight=0.070
=sekne | weight=0.070
=sekne =pri | weight=0.070
=ja =se | weight=0.069
=takhle | weight=0.069
=den =reklamoval | weight=0.069
=zase =ze | weight=0.069
=storno | weight=0.069
=nechci =mit | weight=0.069, noneg
=vas =nechci | weight=0.069, noneg
=tento | weight=0.068
=poslali =mi | weight=0.068
=pres =vas | weight=0.068
=vas =dopravce | weight=0.068
=jo =jdu | weight=0.068
=tak =jo | weight=0.068
=let =rusim | weight=0.068
=rusim =u | weight=0.068
=vypada | weight=0.067
=pokud =se | weight=0.067
=cerne | weight=0.067
=pisemne | weight=0.067
=nikdo =zadna | weight=0.067, noneg
=hledal | weight=0.067
=k | weight=0.066
=neochotna | weight=0.066
=automaticky =potvrzeni | weight=0.066
=ke | weight=0.065
=pada | weight=0.065
=cenu | weight=0.065
=zpusobene | weight=0.065
=nenacte | weight=0.064
=vubec =nenacte | weight=0.064
=hodiny =ve | weight=0.064
=patnact | weight=0.064
=sbohem | weight=0.063
=priste =radsi | weight=0.063
=se =vubec | weight=0.063
=svrchu | weight=0.063
=svrchu =a | weight=0.063
=tomhle | weight=0.062
=si =koupil | weight=0.062
=jsem =zrusit | weight=0.062
=reklamoval =notebooku | weight=0.062
=kc =ktery | weight=0.061
=ve =slevu | weight=0.061
=obe =smlouvu | weight=0.060
=vratit =v | weight=0.060
=je =vec | weight=0.060
=najevo | weight=0.060
=eru | weight=0.060
=eru =a | weight=0.060
=na =eru | weight=0.060
=zalohu =mi | weight=0.060
=vam | weight=0.060
=nemam =a | weight=0.059, noneg
=dneska | weight=0.059
=pada =pri | weight=0.059
=zitra | weight=0.058
=a =davam | weight=0.058
=k =vam | weight=0.058
=spravuje | weight=0.057
=obe | weight=0.057
=jste =mel | weight=0.057
=za =posledni | weight=0.057
=timhle | weight=0.057
=bez =jakehokoli | weight=0.056, noneg
=nevymenili | weight=0.056
=ani =na | weight=0.056, noneg
=tak =ho | weight=0.056
=uctenky | weight=0.055
=odchazim =ke | weight=0.055
=neopravi | weight=0.055
=dve =male | weight=0.055
=smlouvu =vypovidam | weight=0.054
=preplatku | weight=0.054
=ze =si | weight=0.054
=let | weight=0.053
=jednou =se | weight=0.053
=konce =u | weight=0.053
=vztahu | weight=0.053
=jdu =k | weight=0.052
=je =fakt | weight=0.052
=neopraveny | weight=0.052
=vratit =neopraveny | weight=0.052
=pri =prihlaseni | weight=0.052
=navstevach =servisu | weight=0.052
=vas =informuji | weight=0.051
=prevadime =obe | weight=0.051
=smlouvu =jsem | weight=0.051
=byla =moje | weight=0.051
=firemni =politika | weight=0.051
=byla =ve | weight=0.051
=vysvetleni | weight=0.051
=personal =se | weight=0.051
=si =nenecham | weight=0.050
=tohle =si | weight=0.050
=a =smlouvu | weight=0.050
=a =auto | weight=0.049
=bych =nemam | weight=0.049
=minut =vysvetlil | weight=0.049
=proc =bych | weight=0.049
=v =podminky | weight=0.049
=zamitli =kvuli | weight=0.049
=rozhovor | weight=0.049
=cisnik | weight=0.049
=z =minuly | weight=0.048
=kc =a | weight=0.048
=hypoteku =k | weight=0.047
=po =dvacet | weight=0.047
=na =nas | weight=0.047
=vernostni =programu | weight=0.047
=to =vyhodna | weight=0.047
=vyhodna | weight=0.047
