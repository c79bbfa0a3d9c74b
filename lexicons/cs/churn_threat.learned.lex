# churn_threat, cs: learned by scripts/learn.py from 3092 tuning texts (133 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ arogantni personal, jednali se mnou svrchu a davali mi najevo ze je zdrzuju. uz nikdy
+ Výměna za jinou velikost? 'Pouze formou poukazu, taková je firemní politika.' Díky @eshop, už nikdy. 😡
+ Ctvrta navsteva servisu kvuli stejne kontrolce motoru a porad sviti. Za posledni opravu chci penize zpatky a auto uz k vam nikdy nedam.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=uz =nikdo | weight=0.690, noneg
=rusim | weight=0.503
=zvazuji | weight=0.422
=jinde | weight=0.415
=timto | weight=0.397
=konce | weight=0.390
=k =jinam | weight=0.385
=predplatne | weight=0.368
=nakup | weight=0.367
=konkurenci | weight=0.306
=pravo | weight=0.306
=vypovidam | weight=0.305
=jinam =operator | weight=0.299
=vickrat | weight=0.285
=vickrat =neprijde | weight=0.285
=jsem =pryc | weight=0.282
=tohle | weight=0.281
=smlouvu | weight=0.278
=smaze | weight=0.278
=let =konce | weight=0.277
=si =ucet | weight=0.277
=vypovim | weight=0.274
=ke =konkurenci | weight=0.274
=priste | weight=0.269
=vas =sluzba | weight=0.268
=vas =vsechno | weight=0.264
=zrusit | weight=0.258
=tohle =byla | weight=0.256
=vam =nikdo | weight=0.256, noneg
=k =o2 | weight=0.253
=o2 | weight=0.253
=nikdo =u | weight=0.249, noneg
=nikdo =vic | weight=0.241, noneg
=jste =me | weight=0.240
=spoluprace | weight=0.230
=jsem =vypoved | weight=0.230
=let =s | weight=0.227
=si =jinam | weight=0.226
=neprijde | weight=0.224
=bude | weight=0.219
=to =do | weight=0.217
=stale =zakaznik | weight=0.216
=zruste | weight=0.215
=zruste =mi | weight=0.215
=odchazim | weight=0.215
=dodavatele | weight=0.215
=u =vas | weight=0.214
=ucet | weight=0.214
=nic =nekoupim | weight=0.214, noneg
=objednal =jinde | weight=0.212
=priste =objednal | weight=0.212
=sem =uz | weight=0.211
=vic | weight=0.211
=presto =u | weight=0.210
=vas =nakup | weight=0.210
=nespravi | weight=0.209
=nekoupim | weight=0.209
=nekoupim =ani | weight=0.209, noneg
=pokud =to | weight=0.208
=hypoteku | weight=0.208
=prodejne =uz | weight=0.207
=te =prodejne | weight=0.207
=naposledy | weight=0.206
=smlouvu =k | weight=0.204
=objednavka =storno | weight=0.203
=vypovidam =smlouvu | weight=0.203
=vypoved | weight=0.201
=o =ukonceni | weight=0.201
=nemam =cenu | weight=0.201
=do =te | weight=0.199
=jinymu | weight=0.199
=jinymu =operator | weight=0.199
=k =jinymu | weight=0.199
=moje =posledni | weight=0.197
=s =vam | weight=0.197
=ztratili | weight=0.197
=ode | weight=0.196
=ode =me | weight=0.196
=bude =si | weight=0.195
=musim =najit | weight=0.195
=prejdu | weight=0.189
=nevkrocim | weight=0.188
=posledni =objednavka | weight=0.188
=sem | weight=0.186
=jdu | weight=0.186
=tenhle | weight=0.183
=obchode | weight=0.183
=uz | weight=0.182
=presla | weight=0.179
=jinam | weight=0.177
=mrtva | weight=0.176
=prevod =hypoteku | weight=0.174
=a =naposledy | weight=0.174
=prisla =o | weight=0.171
=prejdu =k | weight=0.170
=odchazim =k | weight=0.167
=prej =na | weight=0.166
=berte | weight=0.166
=berte =to | weight=0.166
=jako =mou | weight=0.166
=mou =vypoved | weight=0.166
=zakaznik =uz | weight=0.166
=nechavam | weight=0.164
=nebude | weight=0.160, noneg
=mam =toho | weight=0.159
=chci =z | weight=0.157
=te =smlouvu | weight=0.157
=vycouvat | weight=0.157
=z =te | weight=0.157
=odhlasi =se | weight=0.156
=se =z | weight=0.156
=najit =jinyho | weight=0.156
=reklamaci =zamitli | weight=0.154
=prechazim | weight=0.154
=jinam =poskytovatele | weight=0.153
=poskytovatele | weight=0.153
=prevedu | weight=0.151
=jinyho | weight=0.150
=jeste =jednou | weight=0.149
=o =zruseny | weight=0.147
=zruseny =me | weight=0.147
=a =prevedu | weight=0.144
=najdu =si | weight=0.143
=toho =dostal | weight=0.143
=vas =rusim | weight=0.140
=a =jdu | weight=0.138
=uz =u | weight=0.138
=zruseny =ucet | weight=0.137
=zvazuji =zruseny | weight=0.137
=nikdo =nic | weight=0.136, noneg
=uz =resit | weight=0.135
=timto =vypovidam | weight=0.134
=navstevy | weight=0.133
=to =jako | weight=0.132
=odhlasi | weight=0.132
=velkym | weight=0.132
=dvanactou | weight=0.132
=spojit | weight=0.131
=menu =dodavatele | weight=0.130
=od =vas | weight=0.130
=mizi =od | weight=0.129
=vas =ke | weight=0.129
=me =smlouvu | weight=0.129
=tady =uz | weight=0.128
=jestli =se | weight=0.128
=uz =to | weight=0.126
=najit | weight=0.126
=posledni | weight=0.126
=mizi | weight=0.125
=jdu =ke | weight=0.125
=te | weight=0.124
=z =vas | weight=0.123
=pokud | weight=0.123
=bez =upozorneni | weight=0.123, noneg
=cislo =k | weight=0.121
=prechazim =k | weight=0.120
=menu | weight=0.119
=kavarna | weight=0.119
=prevod | weight=0.118
=to =se | weight=0.118
=pryc | weight=0.118
=zaruka =nevztahuje | weight=0.118
=poprve =jsem | weight=0.117
=ho =neobnovim | weight=0.116
=nechal =vyprset | weight=0.116
=neobnovim | weight=0.116
=predplatne =nechal | weight=0.116
=vyprset =a | weight=0.116
=uz =jen | weight=0.116
=prevadime | weight=0.115
=klienty | weight=0.115
=bez =teple | weight=0.114, noneg
=vas =uz | weight=0.114
=vrchol | weight=0.113
=vas =nechal | weight=0.111
=vecer | weight=0.111
=rusim =smlouvu | weight=0.110
=aplikace =jsem | weight=0.110
=se =zaruka | weight=0.109
=jsem =jen | weight=0.108
=to =zrusit | weight=0.105
=jestli =to | weight=0.104
=tento =tyden | weight=0.103
=zrusit =a | weight=0.103
=jen =zrusit | weight=0.103
=sluzba | weight=0.102
=jdu =jinam | weight=0.102
=tecka | weight=0.100
=nakup =u | weight=0.099
=vyprset | weight=0.098
=clenstvi =ve | weight=0.097
=prevedeni | weight=0.097
=jinak | weight=0.096
=prevedu =jinam | weight=0.096
=bude =jeste | weight=0.096
=smluvni | weight=0.096
=to =neumim | weight=0.096
=objednavka =u | weight=0.095
=ucet =si | weight=0.095
=ukonceni | weight=0.095
=si =ho | weight=0.094
=ani =korun | weight=0.094, noneg
=po =tom | weight=0.094
=tyden =bez | weight=0.093, noneg
=nechal | weight=0.093
=posledni =navstevy | weight=0.093
=tak =ze | weight=0.093
=jen =automaticky | weight=0.092
=mou | weight=0.092
=ze =od | weight=0.091
=vam =a | weight=0.091
=dopravce =a | weight=0.090
=nakup =nebude | weight=0.089, noneg
=uz =nakup | weight=0.089
=podkladu | weight=0.089
=tom =co | weight=0.089
=rusim =si | weight=0.088
=si =musim | weight=0.088
=mi =bez | weight=0.087, noneg
=ani =v | weight=0.087, noneg
=patnact =let | weight=0.087
=po =patnact | weight=0.087
=nic =nedostal | weight=0.087, noneg
=prosim =o | weight=0.086
=nevkrocim =najdu | weight=0.086
=uz =nevkrocim | weight=0.086
=zadna =jen | weight=0.086, noneg
=pokud =se | weight=0.086
=jde =to | weight=0.086
=tim =neco | weight=0.085
=hodnoceni =na | weight=0.083
=jinam =dodavatele | weight=0.083
=a =vy | weight=0.083
=zakaznik | weight=0.082
=podpora =jsem | weight=0.082
=papiru =na | weight=0.082
=najdu | weight=0.081
=nikdo =neda | weight=0.081, noneg
=nikdo =za | weight=0.081, noneg
=zrusit =predplatne | weight=0.081
=s =platba | weight=0.080
=pojistovny | weight=0.080
=co =jsem | weight=0.079
=jsem =jela | weight=0.079
=odpoved =zadna | weight=0.078, noneg
=nas =uz | weight=0.078
=si =priste | weight=0.078
=na =podpora | weight=0.077
=byla =naposledy | weight=0.077
=sbohem | weight=0.077
=sprchuju | weight=0.077
=pripravu | weight=0.077
=nohou | weight=0.076
=s =uctenky | weight=0.076
=pokousel | weight=0.076
=se =pokousel | weight=0.076
=let =rusim | weight=0.076
=rusim =u | weight=0.076
=tohle =uz | weight=0.075
=smluvni =vztahu | weight=0.075
=vas =dopravce | weight=0.075
=vratit =tech | weight=0.074
=zamitli | weight=0.074
=poslali =mi | weight=0.074
=predplatne =a | weight=0.074
=bude =takhle | weight=0.073
=choval =jsem | weight=0.073
=jednou =bude | weight=0.073
=mne =jeste | weight=0.073
=takhle =choval | weight=0.073
=nechci =mit | weight=0.073, noneg
=vas =nechci | weight=0.073, noneg
=s =jidlo | weight=0.073
=letenku =jsem | weight=0.073
=si =nemuze | weight=0.072
=nikdo =zadna | weight=0.072, noneg
=uz =nic | weight=0.072, noneg
=jo =jdu | weight=0.071
=tak =jo | weight=0.071
=dodavatele =plyn | weight=0.070
=se =sekne | weight=0.070
=sekne | weight=0.070
=sekne =pri | weight=0.070
=koupil =jinde | weight=0.069
=jinam =banky | weight=0.069
=soused =o | weight=0.069
=ulici =dal | weight=0.069
=je =fakt | weight=0.069
=zase =ze | weight=0.069
=hledal | weight=0.069
=vam | weight=0.069
=cerna | weight=0.068
=presto | weight=0.067
=cenu | weight=0.067
=personal | weight=0.066
=pisemne | weight=0.066
=dneska | weight=0.066
=pres =vas | weight=0.066
=ulici | weight=0.065
=automaticky =potvrzeni | weight=0.065
=ze =si | weight=0.065
=pada | weight=0.065
=nenacte | weight=0.065
=vubec =nenacte | weight=0.065
=hodiny =ve | weight=0.064
=eru | weight=0.063
=eru =a | weight=0.063
=na =eru | weight=0.063
=zalohu =mi | weight=0.063
=tento | weight=0.063
=se =vubec | weight=0.063
=takhle | weight=0.062
=priste =radsi | weight=0.062
=tomhle | weight=0.062
=patnact | weight=0.062
=storno | weight=0.061
=je =vec | weight=0.061
=ve =slevu | weight=0.061
=spravuje | weight=0.061
=zitra | weight=0.060
=bez =jakehokoli | weight=0.060, noneg
=nemam =a | weight=0.060
=kc =ktery | weight=0.059
=zadam =o | weight=0.059
=pada =pri | weight=0.059
=vypada | weight=0.059
=si =koupil | weight=0.058
=jste =mel | weight=0.058
=vratit =v | weight=0.058
=obe =smlouvu | weight=0.058
=svrchu | weight=0.058
=svrchu =a | weight=0.058
=byla =moje | weight=0.058
=appku | weight=0.058
=byla =ve | weight=0.057
=ke | weight=0.057
=ani =na | weight=0.056, noneg
=jdu =k | weight=0.056
=obe | weight=0.056
=navstevy =servisu | weight=0.056
=za =posledni | weight=0.056
=dve =male | weight=0.055
=vas =informuji | weight=0.055
=najevo | weight=0.055
=uctenky | weight=0.055
=preplatku | weight=0.053
=jela | weight=0.053
=vernostni =programu | weight=0.053
=smlouvu =vypovidam | weight=0.052
=vztahu | weight=0.052
=a =davam | weight=0.052
=jsem =zrusit | weight=0.052
=k =vam | weight=0.052
=k | weight=0.052
=jit | weight=0.051
=ukonceni =smlouvu | weight=0.051
=kvuli =stejne | weight=0.051
=mi =pri | weight=0.051
=zvysila | weight=0.051
=informuji | weight=0.050
=prevadime =obe | weight=0.050
=v =podminky | weight=0.050
=zamitli =kvuli | weight=0.050
=z =minuly | weight=0.049
=to =vyhodna | weight=0.049
=vyhodna | weight=0.049
=bych =nemam | weight=0.049
=minut =vysvetlil | weight=0.049
=proc =bych | weight=0.049
=jednou =se | weight=0.048
=hypoteku =k | weight=0.048
=nic =nemuze | weight=0.048, noneg
=pri =prihlaseni | weight=0.048
=ze =jestli | weight=0.048
=firemni =politika | weight=0.048
=kc =a | weight=0.048
=konce =u | weight=0.047
=a =auto | weight=0.047
=premlouval =at | weight=0.047
=si =nenecham | weight=0.046
=tohle =si | weight=0.046
=let | weight=0.046
=rozhovor | weight=0.046
=motor | weight=0.046
=vas =webu | weight=0.046
=maximum | weight=0.045
=skupiny =na | weight=0.045
=prenos | weight=0.045
=prenos =cislo | weight=0.045
=vypoved =a | weight=0.045
=vysvetleni | weight=0.045
=aplikace =se | weight=0.045
=na =servis | weight=0.044
=personal =se | weight=0.044
=tyden =nic | weight=0.044, noneg
=vysvetlil =proc | weight=0.044
=se =neda | weight=0.044
=jste | weight=0.044
=v =brezna | weight=0.044
=den =prosim | weight=0.044
