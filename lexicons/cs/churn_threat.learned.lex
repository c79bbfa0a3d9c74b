# churn_threat, cs: learned by scripts/learn.py from 3747 tuning texts (147 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ arogantni personal, jednali se mnou svrchu a davali mi najevo ze je zdrzuju. uz nikdy
+ Obsluha drzá, neochotná, číšník na nás štěkal ať si pospíšíme s objednávkou. Už nikdy.
+ Dobrý den, reklamovaný notebook mi vrátili neopravený s tím, že vada je způsobena uživatelem. Jsem s vámi naposledy.
- ok dekuju
- super, doporucuju
=uz =nikdo | weight=0.626, noneg
=rusim | weight=0.540
=zvazuji | weight=0.431
=k =jiny | weight=0.416
=jinde | weight=0.406
=timto | weight=0.380
=konce | weight=0.379
=nakup | weight=0.377
=predplatne | weight=0.355
=smlouvu | weight=0.324
=vypovidam | weight=0.319
=konkurenci | weight=0.319
=jiny =operator | weight=0.316
=pravo | weight=0.310
=jsem =pryc | weight=0.300
=let =konce | weight=0.290
=priste | weight=0.286
=ke =konkurenci | weight=0.285
=vickrat | weight=0.282
=vickrat =neprijde | weight=0.282
=si =uctu | weight=0.280
=smazal | weight=0.279
=naposledy | weight=0.275
=vypovim | weight=0.273
=vas =vsechno | weight=0.270
=tohle | weight=0.268
=zrusit | weight=0.261
=tohle =byla | weight=0.256
=nikdo =u | weight=0.255, noneg
=k =o2 | weight=0.249
=o2 | weight=0.249
=odejdu | weight=0.247
=nikdo =vic | weight=0.245, noneg
=vas =sluzbu | weight=0.245
=vam =nikdo | weight=0.244, noneg
=odchazim | weight=0.242
=spoluprace | weight=0.238
=pokud =to | weight=0.237, noneg
=let =s | weight=0.235
=s =vam | weight=0.233
=dodavatele | weight=0.228
=nespravi | weight=0.228
=jsem =vypoved | weight=0.226
=uctu | weight=0.225
=jste =me | weight=0.225
=presto =u | weight=0.224
=vas =nakup | weight=0.224
=jdu | weight=0.223
=si =jiny | weight=0.222
=objednal =jinde | weight=0.222
=priste =objednal | weight=0.222
=nic =nekoupim | weight=0.217, noneg
=neprijde | weight=0.216
=prodejne =uz | weight=0.213
=te =prodejne | weight=0.213
=stale =zakaznik | weight=0.212
=zruste | weight=0.212
=zruste =mi | weight=0.212
=od =vas | weight=0.211
=sem =uz | weight=0.209
=do =te | weight=0.207
=bude =si | weight=0.205
=musim =najit | weight=0.205
=smlouvu =k | weight=0.203
=nekoupim | weight=0.202
=nekoupim =ani | weight=0.202, noneg
=moje =posledni | weight=0.201
=vypovidam =smlouvu | weight=0.200
=hypoteku | weight=0.200
=nevkrocim | weight=0.198
=objednavka =storno | weight=0.198
=vic | weight=0.196
=a =jdu | weight=0.196
=o =ukonceni | weight=0.195
=prejdu | weight=0.195
=vypoved | weight=0.194
=obchode | weight=0.194
=nemam =cenu | weight=0.192
=tak =od | weight=0.190
=ode | weight=0.189
=ode =me | weight=0.189
=jinymu | weight=0.188
=jinymu =operator | weight=0.188
=k =jinymu | weight=0.188
=tenhle | weight=0.185
=tam =nikdo | weight=0.183, noneg
=prisla =o | weight=0.183
=u =vas | weight=0.177
=mrtva | weight=0.176
=zakaznik =uz | weight=0.176
=uz =tam | weight=0.175
=posledni =objednavka | weight=0.174
=presla | weight=0.174
=bude | weight=0.173
=ztratili | weight=0.172
=prevod =hypoteku | weight=0.171
=prejdu =k | weight=0.169
=odchazim =k | weight=0.167
=drza | weight=0.167
=berte | weight=0.166
=berte =to | weight=0.166
=jako =mou | weight=0.166
=mou =vypoved | weight=0.166
=pryc | weight=0.166
=prechazim | weight=0.164
=a =naposledy | weight=0.162
=prej =na | weight=0.162
=uz =u | weight=0.159
=prevedu | weight=0.158
=odhlasi =se | weight=0.158
=se =z | weight=0.158
=nechavam | weight=0.158
=chci =z | weight=0.158
=te =smlouvu | weight=0.158
=vycouvat | weight=0.158
=z =te | weight=0.158
=nikdo =nic | weight=0.157, noneg
=jdu =jiny | weight=0.156
=najdu =si | weight=0.152
=posledni | weight=0.149
=najit =jinyho | weight=0.149
=velkym | weight=0.148
=z =vas | weight=0.147
=a =prevedu | weight=0.146
=o =zruseny | weight=0.145
=zruseny =me | weight=0.145
=jestli =se | weight=0.145
=nebude | weight=0.144, noneg
=najit | weight=0.143
=odhlasi | weight=0.142
=rusim =smlouvu | weight=0.142
=uz | weight=0.142
=zruseny =uctu | weight=0.141
=zvazuji =zruseny | weight=0.141
=jinyho | weight=0.141
=vas =rusim | weight=0.140
=uz =resit | weight=0.139
=kdyby =mi | weight=0.137, noneg
=jiny =poskytovatele | weight=0.137
=to =jako | weight=0.137
=dvanactou | weight=0.136
=mam =toho | weight=0.134
=vas =uz | weight=0.133
=prechazim =k | weight=0.132
=sem | weight=0.132
=menu | weight=0.132
=tady =uz | weight=0.132
=toho =dostal | weight=0.131
=menu =dodavatele | weight=0.130
=zaruka =nevztahuje | weight=0.129
=poskytovatele | weight=0.129
=me =smlouvu | weight=0.129
=prevod | weight=0.129
=prevadime | weight=0.129
=cislo =k | weight=0.126
=uz =to | weight=0.125
=klienty | weight=0.125
=to =se | weight=0.124
=spojit | weight=0.124
=poprve =jsem | weight=0.124
=timto =vypovidam | weight=0.124
=jdu =ke | weight=0.121
=jsem =jen | weight=0.120
=se =zaruka | weight=0.120
=bez =teple | weight=0.120, noneg
=uz =jen | weight=0.118
=jeste =jednou | weight=0.117
=tento =tyden | weight=0.115
=ho =neobnovim | weight=0.115
=nechal =vyprset | weight=0.115
=neobnovim | weight=0.115
=predplatne =nechal | weight=0.115
=vyprset =a | weight=0.115
=kavarna | weight=0.114
=bez =upozorneni | weight=0.113, noneg
=nakoupil | weight=0.113
=reklamaci =zamitli | weight=0.113
=komunikovat | weight=0.112
=komunikovat =pisemne | weight=0.112
=aplikaci =jsem | weight=0.110
=pokud | weight=0.109, noneg
=rusim =u | weight=0.108
=ani =korun | weight=0.108, noneg
=nakup =u | weight=0.106
=mizi =od | weight=0.104
=vas =ke | weight=0.104
=to =zrusit | weight=0.103
=jiny | weight=0.102
=zrusit =a | weight=0.102
=vada =je | weight=0.101
=jestli =to | weight=0.101
=mizi | weight=0.101
=jen =zrusit | weight=0.100
=posledni =navstevach | weight=0.100
=uctu =si | weight=0.100
=si =ho | weight=0.099
=nechal | weight=0.098
=pojistovny | weight=0.098
=vyprset | weight=0.097
=vas =nechal | weight=0.097
=najdu | weight=0.097
=nakup =nebude | weight=0.097, noneg
=uz =nakup | weight=0.097
=si =musim | weight=0.097
=to =neumim | weight=0.097
=vrchol | weight=0.095
=jde =to | weight=0.095
=tecka | weight=0.094
=prevedu =jiny | weight=0.094
=prevedeni | weight=0.094
=notebooku =mi | weight=0.093
=ze =od | weight=0.093
=tyden =bez | weight=0.093, noneg
=objednavka =u | weight=0.093
=jiny =dodavatele | weight=0.092
=mou | weight=0.092
=ukonceni | weight=0.091
=nevkrocim =najdu | weight=0.090
=uz =nevkrocim | weight=0.090
=tak =ze | weight=0.089
=tento | weight=0.088
=te | weight=0.088
=prodavacka | weight=0.088
=nechci =mit | weight=0.088, noneg
=vas =nechci | weight=0.088, noneg
=jen =automaticky | weight=0.088
=prosim =o | weight=0.087
=patnact =let | weight=0.087
=po =patnact | weight=0.087
=nic =nedostal | weight=0.087, noneg
=sprchuju | weight=0.086
=bude =jeste | weight=0.086
=po =tom | weight=0.085
=papiru =na | weight=0.084
=ze =vada | weight=0.084
=mi =bez | weight=0.084, noneg
=nikdo =neda | weight=0.084, noneg
=a =vy | weight=0.084
=si =nemuze | weight=0.084
=podkladu | weight=0.084
=hodnoceni =na | weight=0.083
=tom =co | weight=0.083
=vam =a | weight=0.083
=zadna =jen | weight=0.083, noneg
=zrusit =predplatne | weight=0.082
=tim =neco | weight=0.082
=vratit =tech | weight=0.082
=letenku =jsem | weight=0.081
=s =jidlo | weight=0.081
=ho =vraci | weight=0.080
=smlouvu =vypovidam | weight=0.080
=podpora =jsem | weight=0.080
=navstevach | weight=0.080
=nas =uz | weight=0.080
=tomhle | weight=0.079
=dodavatele =plyn | weight=0.079
=ja =se | weight=0.078
=kazdy =vecer | weight=0.078
=takhle | weight=0.078
=smluvnich =vztahu | weight=0.076
=na =podpora | weight=0.076
=odchazim =ke | weight=0.076
=zpusobena =uzivatelem | weight=0.076
=let =rusim | weight=0.076
=ani =v | weight=0.075, noneg
=clenstvi =ve | weight=0.075
=zadam =o | weight=0.075
=uz =nic | weight=0.075, noneg
=jsem =jela | weight=0.075
=byla =naposledy | weight=0.074
=bude =takhle | weight=0.074
=choval =jsem | weight=0.074
=jednou =bude | weight=0.074
=mne =jeste | weight=0.074
=takhle =choval | weight=0.074
=sbohem | weight=0.074
=pripravu | weight=0.073
=mi =nevymenili | weight=0.073
=pada | weight=0.072
=vas =dopravce | weight=0.072
=s =uctenky | weight=0.072
=jinak | weight=0.072
=s =platba | weight=0.072
=personal | weight=0.072
=odpoved =zadna | weight=0.070, noneg
=jiny =banky | weight=0.070
=jestli =muze | weight=0.070
=smluvnich | weight=0.069
=stranka =s | weight=0.069
=sluzbu | weight=0.069
=rusim =si | weight=0.069
=se =sekne | weight=0.069
=sekne | weight=0.069
=sekne =pri | weight=0.069
=pokousel | weight=0.069
=se =pokousel | weight=0.069
=nikdo =zadna | weight=0.069, noneg
=poslali =mi | weight=0.069
=zakaznik | weight=0.068
=ke | weight=0.067
=uctu =mam | weight=0.067
=automaticky =potvrzeni | weight=0.067
=soused =o | weight=0.067
=ulici =dal | weight=0.067
=pokud =se | weight=0.067, noneg
=patnact | weight=0.066
=jsem =zrusit | weight=0.066
=ulici | weight=0.066
=spravuje | weight=0.066
=nohou | weight=0.066
=cenu | weight=0.065
=cerne | weight=0.065
=jo =jdu | weight=0.065
=tak =jo | weight=0.065
=storno | weight=0.064
=zamitli | weight=0.064
=priste =radsi | weight=0.064
=vypada | weight=0.063
=jste =mel | weight=0.063
=nikdo =za | weight=0.063, noneg
=tak =ho | weight=0.062
=reklamoval =notebooku | weight=0.062
=kc =ktery | weight=0.062
=a =smlouvu | weight=0.062
=rekl =to | weight=0.062
=si =priste | weight=0.061
=s =objednavka | weight=0.061
=k | weight=0.061
=pospisil | weight=0.061
=koupil =jinde | weight=0.060
=den =vcera | weight=0.060
=vcera =jsem | weight=0.060
=nenacte | weight=0.060
=vubec =nenacte | weight=0.060
=ze =si | weight=0.059
=tohle =uz | weight=0.059
=nevymenili | weight=0.059
=se =neozval | weight=0.058
=co =jsem | weight=0.058
=zpusobena | weight=0.058
=obe =smlouvu | weight=0.058
=obsluha =drza | weight=0.058
=svrchu | weight=0.058
=svrchu =a | weight=0.058
=vztahu | weight=0.058
=hledal | weight=0.057
=nemam =a | weight=0.057, noneg
=neochotna | weight=0.057
=eru | weight=0.057
=eru =a | weight=0.057
=na =eru | weight=0.057
=zalohu =mi | weight=0.057
=dneska | weight=0.057
=vysavac | weight=0.057
=misto =slibeno | weight=0.056
=obe | weight=0.055
=appku | weight=0.055
=konce =u | weight=0.055
=bez =jakehokoli | weight=0.055, noneg
=navstevach =servisu | weight=0.055
=predplatne =a | weight=0.055
=za =posledni | weight=0.055
=a =priste | weight=0.055
=pada =pri | weight=0.055
=a =auto | weight=0.054
=vratit =v | weight=0.054
=hodiny =ve | weight=0.054
=a =davam | weight=0.053
=byla =ve | weight=0.053
=dve =male | weight=0.053
=odejdu =ke | weight=0.053
=zase =ze | weight=0.053
=uctenky | weight=0.053
=si =nenecham | weight=0.053
=tohle =si | weight=0.053
=bych =nemam | weight=0.052
=minut =vysvetlil | weight=0.052
=proc =bych | weight=0.052
=se =neda | weight=0.052
=personal =se | weight=0.052
=ze =jestli | weight=0.052
=je =fakt | weight=0.052
=pri =prihlaseni | weight=0.052
=firemni =politika | weight=0.051
=ve =slevu | weight=0.051
=vam | weight=0.050
=to =nelibi | weight=0.050
=rozhovor | weight=0.050
=potreti =mi | weight=0.050
=jdu =k | weight=0.050
=nenecham =libit | weight=0.050
=jednou =se | weight=0.050
=u =soused | weight=0.050
=ani =na | weight=0.050, noneg
=pujde | weight=0.049
=neopravil | weight=0.049
=zaroven | weight=0.049
=byla =moje | weight=0.049
=nelibi | weight=0.049
=s =takhle | weight=0.049
