# churn_threat, cs: learned by scripts/learn.py from 3948 tuning texts (155 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ arogantni personal, jednali se mnou svrchu a davali mi najevo ze je zdrzuju. uz nikdy
+ Obsluha drzá, neochotná, číšník na nás štěkal ať si pospíšíme s objednávkou. Už nikdy.
+ Zákazník velmi rozčileně uvádí, že mu kurýr už potřetí nedoručil balík v domluveném termínu, přestože byl doma. Pokud se to stane znovu, ruší si u e-shopu účet.
- ok dekuju
- super, doporucuju
=uz =nikdo | weight=0.699, noneg
=rusim | weight=0.557
=k =jiny | weight=0.433
=jinde | weight=0.387
=nakup | weight=0.384
=timto | weight=0.373
=konce | weight=0.372
=zvazuji | weight=0.365
=konkurenci | weight=0.347
=nikdo =vic | weight=0.336, noneg
=jiny =operator | weight=0.313
=predplatne | weight=0.312
=vypovidam | weight=0.311
=jsem =pryc | weight=0.308
=pravo | weight=0.307
=priste | weight=0.295
=let =konce | weight=0.292
=smlouvu | weight=0.289
=naposledy | weight=0.281
=smazal | weight=0.279
=vypovim | weight=0.278
=vickrat | weight=0.278
=vickrat =neprijde | weight=0.278
=ke =konkurenci | weight=0.276
=si =uctu | weight=0.272
=vas =vsechno | weight=0.268
=zrusit | weight=0.264
=pokud =to | weight=0.258, noneg
=odejdu | weight=0.254
=vam =nikdo | weight=0.250, noneg
=k =o2 | weight=0.247
=o2 | weight=0.247
=nespravi | weight=0.247
=vas =sluzbu | weight=0.245
=odchazim | weight=0.244
=nikdo =u | weight=0.242, noneg
=tohle | weight=0.242
=uctu | weight=0.241
=spoluprace | weight=0.237
=let =s | weight=0.231
=drza | weight=0.230
=nejste | weight=0.229, noneg
=presto =u | weight=0.228
=vas =nakup | weight=0.228
=neprijde | weight=0.227
=dodavatele | weight=0.227
=jste =me | weight=0.226
=jsem =vypoved | weight=0.224
=objednal =jinde | weight=0.224
=priste =objednal | weight=0.224
=tohle =byla | weight=0.221
=prejdu | weight=0.220
=od =vas | weight=0.218
=s =vam | weight=0.218
=sem =uz | weight=0.215
=jdu | weight=0.214
=si =jiny | weight=0.213
=stale =zakaznik | weight=0.212
=hypoteku | weight=0.211
=zruste | weight=0.210
=zruste =mi | weight=0.210
=moje =posledni | weight=0.208
=bude =si | weight=0.207
=musim =najit | weight=0.207
=nekoupim | weight=0.206
=nekoupim =ani | weight=0.206, noneg
=prodejne =uz | weight=0.202
=te =prodejne | weight=0.202
=nevkrocim | weight=0.200
=to =nechci | weight=0.200, noneg
=smlouvu =k | weight=0.198
=nemam =cenu | weight=0.197
=poskytovatele | weight=0.196
=ode | weight=0.196
=ode =me | weight=0.196
=nic =nekoupim | weight=0.194, noneg
=o =ukonceni | weight=0.194
=do =te | weight=0.194
=vypovidam =smlouvu | weight=0.193
=tak =od | weight=0.193
=jdu =jiny | weight=0.191
=jinymu | weight=0.190
=jinymu =operator | weight=0.190
=k =jinymu | weight=0.190
=objednavka =storno | weight=0.189
=pryc | weight=0.189
=tenhle | weight=0.188
=obchode | weight=0.187
=vypoved | weight=0.187
=posledni =objednavka | weight=0.187
=tam =nikdo | weight=0.185, noneg
=a =jdu | weight=0.183
=ztratili | weight=0.181
=vic | weight=0.179
=posledni | weight=0.179
=zakaznik =uz | weight=0.178
=uz =u | weight=0.176
=odchazim =k | weight=0.173
=prevedu | weight=0.173
=mrtva | weight=0.172
=rusim =smlouvu | weight=0.171
=presla | weight=0.170
=nikdo =nic | weight=0.170, noneg
=prejdu =k | weight=0.170
=prisla =o | weight=0.170
=uz =tam | weight=0.169
=berte | weight=0.168
=berte =to | weight=0.168
=jako =mou | weight=0.168
=mou =vypoved | weight=0.168
=najit | weight=0.164
=odhlasi =se | weight=0.162
=se =z | weight=0.162
=najit =jinyho | weight=0.161
=nechavam | weight=0.161
=prej =na | weight=0.161
=prevod =hypoteku | weight=0.159
=prechazim | weight=0.158
=nebude | weight=0.157, noneg
=a =naposledy | weight=0.157
=vas =rusim | weight=0.157
=najdu =si | weight=0.156
=jinyho | weight=0.155
=zruseny =uctu | weight=0.154
=zvazuji =zruseny | weight=0.154
=velkym | weight=0.152
=z =vas | weight=0.150
=hypoteku =jiny | weight=0.150
=vas =uz | weight=0.150
=chci =z | weight=0.148
=te =smlouvu | weight=0.148
=vycouvat | weight=0.148
=z =te | weight=0.148
=uz | weight=0.148
=a =prevedu | weight=0.147
=u =vas | weight=0.147
=menu | weight=0.146
=o =zruseny | weight=0.146
=zruseny =me | weight=0.146
=odhlasi | weight=0.145
=kdyby =mi | weight=0.143, noneg
=menu =dodavatele | weight=0.142
=to =jako | weight=0.140
=spojit | weight=0.135
=uz =resit | weight=0.135
=jiny =poskytovatele | weight=0.135
=tady =uz | weight=0.134
=zaruka =nevztahuje | weight=0.133
=mam =toho | weight=0.132
=uz =to | weight=0.130
=toho =dostal | weight=0.130
=me =smlouvu | weight=0.130
=bez =teple | weight=0.129, noneg
=prevadime | weight=0.129
=klienty | weight=0.129
=nakoupil | weight=0.128
=jsem =jen | weight=0.128
=bude | weight=0.127
=reklamaci =zamitli | weight=0.127
=vada =je | weight=0.126
=timto =vypovidam | weight=0.126
=prechazim =k | weight=0.125
=jeste =jednou | weight=0.125
=ho =neobnovim | weight=0.124
=nechal =vyprset | weight=0.124
=neobnovim | weight=0.124
=predplatne =nechal | weight=0.124
=vyprset =a | weight=0.124
=poprve =jsem | weight=0.124
=cislo =k | weight=0.123
=uz =jen | weight=0.123
=se =zaruka | weight=0.121
=tento =tyden | weight=0.119
=to =se | weight=0.119
=jdu =ke | weight=0.116
=vas =nechal | weight=0.116
=sem | weight=0.114
=te | weight=0.113
=dvanactou | weight=0.113
=prevod | weight=0.113
=si =musim | weight=0.112
=ani =korun | weight=0.111, noneg
=aplikaci =jsem | weight=0.111
=vyprset | weight=0.108
=jestli =se | weight=0.108
=bez =upozorneni | weight=0.108, noneg
=nakup =u | weight=0.107
=nakup =nebude | weight=0.104, noneg
=uz =nakup | weight=0.104
=kavarna | weight=0.104
=to =zrusit | weight=0.104
=jen =zrusit | weight=0.103
=rusim =u | weight=0.103
=vas =nikdo | weight=0.103, noneg
=prevedeni | weight=0.102
=vrchol | weight=0.102
=zpusobena =uzivatelem | weight=0.102
=zrusit =a | weight=0.102
=tecka | weight=0.102
=vy =to | weight=0.101
=ze =vada | weight=0.101
=komunikovat | weight=0.101
=komunikovat =pisemne | weight=0.101
=uctu =si | weight=0.099
=jde =to | weight=0.099
=objednavka =u | weight=0.099
=ze =od | weight=0.098
=sprchuju | weight=0.097
=hodnoceni | weight=0.097
=posledni =navstevach | weight=0.096
=jestli =to | weight=0.096
=patnact =let | weight=0.096
=po =patnact | weight=0.096
=mizi =od | weight=0.095
=vas =ke | weight=0.095
=prevedu =jiny | weight=0.095
=podkladu | weight=0.095
=si =ho | weight=0.095
=na =podpora | weight=0.093
=najdu | weight=0.092
=nevkrocim =najdu | weight=0.091
=uz =nevkrocim | weight=0.091
=nechci =mit | weight=0.091, noneg
=vas =nechci | weight=0.091, noneg
=sam =a | weight=0.091
=mizi | weight=0.091
=pojistovny | weight=0.090
=dodavatele =plyn | weight=0.090
=ukonceni | weight=0.089
=si =rozbil | weight=0.089
=zrusit =predplatne | weight=0.089
=papiru =na | weight=0.088
=tyden =bez | weight=0.088, noneg
=jiny | weight=0.088
=jen =automaticky | weight=0.087
=nic =neobjednal | weight=0.086, noneg
=nechal | weight=0.086
=ja =se | weight=0.086
=nic =nedostal | weight=0.085, noneg
=jiny =banky | weight=0.085
=zadna =jen | weight=0.085, noneg
=reklamoval =notebook | weight=0.084
=pripravu | weight=0.084
=zakaznik | weight=0.084
=tim =neco | weight=0.084
=nikdo =neda | weight=0.083, noneg
=bude =jeste | weight=0.083
=smluvnich =vztahu | weight=0.083
=ke | weight=0.083
=bude =takhle | weight=0.082
=choval =jsem | weight=0.082
=jednou =bude | weight=0.082
=mne =jeste | weight=0.082
=takhle =choval | weight=0.082
=podpora =jsem | weight=0.082
=letenku =jsem | weight=0.081
=tak =ze | weight=0.081
=spravuje | weight=0.081
=ho =vraci | weight=0.081
=vratit =tech | weight=0.081
=tomhle | weight=0.080
=s =jidlo | weight=0.080
=prodavacka | weight=0.080
=vam =a | weight=0.079
=nas =uz | weight=0.079
=to =neumim | weight=0.079
=zpusobena | weight=0.079
=tento | weight=0.078
=mi =drza | weight=0.078
=navstevach | weight=0.078
=ani =v | weight=0.078, noneg
=u =konkurenci | weight=0.078
=kazdy =vecer | weight=0.078
=uz =nic | weight=0.078, noneg
=takovy =servis | weight=0.078
=smlouvu =vypovidam | weight=0.077
=byla =naposledy | weight=0.077
=mi =bez | weight=0.077, noneg
=pekne | weight=0.077
=s =platba | weight=0.076
=poslali =mi | weight=0.075
=hodnoceni =na | weight=0.075
=po =tom | weight=0.075
=clenstvi =ve | weight=0.075
=jsem =jela | weight=0.075
=personal | weight=0.074
=uctenky | weight=0.074
=rusim =si | weight=0.073
=stranka =s | weight=0.073
=patnact | weight=0.073
=chyba =poskytovatele | weight=0.073
=tom =co | weight=0.073
=pokousel | weight=0.073
=se =pokousel | weight=0.073
=smluvnich | weight=0.073
=mi =nevymenili | weight=0.072
=let =rusim | weight=0.072
=zamitli | weight=0.072
=to =nebavi | weight=0.071
=zase =ze | weight=0.071
=vas =dopravce | weight=0.071
=prosim =o | weight=0.071
=automaticky =potvrzeni | weight=0.071
=odchazim =ke | weight=0.070
=dostal =a | weight=0.070
=sbohem | weight=0.070
=nemam =a | weight=0.069, noneg
=kc =ktery | weight=0.069
=odpoved =zadna | weight=0.069, noneg
=cerne | weight=0.068
=k | weight=0.068
=soused =o | weight=0.068
=ulici =dal | weight=0.068
=mou | weight=0.068
=ale =jinak | weight=0.068
=cenu | weight=0.068
=se =tam | weight=0.068
=hotove =pekne | weight=0.067
=co =jsem | weight=0.067
=vztahu | weight=0.067
=asi =se | weight=0.067
=jste =mel | weight=0.067
=eru =a | weight=0.066
=na =eru | weight=0.066
=zalohu =mi | weight=0.066
=tohle =uz | weight=0.066
=nikdo =zadna | weight=0.066, noneg
=ulici | weight=0.065
=se =sekne | weight=0.065
=sekne | weight=0.065
=sekne =pri | weight=0.065
=a =smlouvu | weight=0.065
=vysavac | weight=0.064
=nez =na | weight=0.064
=bez =jakehokoli | weight=0.064, noneg
=si =nemuze | weight=0.064
=nenacte | weight=0.064
=vubec =nenacte | weight=0.064
=storno | weight=0.063
=jo =jdu | weight=0.063
=tak =jo | weight=0.063
=zadam =o | weight=0.063
=konce =u | weight=0.063
=jestli =muze | weight=0.063
=uctu =mam | weight=0.062
=nohou | weight=0.062
=vratit =v | weight=0.062
=priste =radsi | weight=0.061
=personal =se | weight=0.060
=si =nenecham | weight=0.059
=tohle =si | weight=0.059
=a =priste | weight=0.059
=nevymenili | weight=0.059
=tam =uz | weight=0.059
=odejdu =ke | weight=0.058
=pripojeni | weight=0.058
=pokud | weight=0.057, noneg
=svrchu | weight=0.057
=svrchu =a | weight=0.057
=pobyt | weight=0.057
=pada =pri | weight=0.057
=s =uctenky | weight=0.057
=s =takhle | weight=0.056
=penize =a | weight=0.056
=za =posledni | weight=0.056
=a =dvakrat | weight=0.056
=vysvetleni | weight=0.056
=tim =nemuze | weight=0.056
=byla =moje | weight=0.056
=ve =slevu | weight=0.055
=firemni =politika | weight=0.055
=vecer | weight=0.055
=se =uz | weight=0.055
=sluzbu | weight=0.055
=plyn | weight=0.054
=kc =a | weight=0.054
=navstevach =servisu | weight=0.054
=ani =na | weight=0.054, noneg
=jinak | weight=0.054
=nenecham =libit | weight=0.053
=predplatne =a | weight=0.053
=hodiny =ve | weight=0.053
=bych =nemam | weight=0.053
=minut =vysvetlil | weight=0.053
=proc =bych | weight=0.053
=byla =ve | weight=0.053
=rozbil =sam | weight=0.052
=se =neozval | weight=0.052
=uz =nechci | weight=0.052, noneg
=na =pocasi | weight=0.052
=dopravce =na | weight=0.052
=jednou =takhle | weight=0.052
=den =vcera | weight=0.052
=vcera =jsem | weight=0.052
=prenos | weight=0.052
=prenos =cislo | weight=0.052
=obe =smlouvu | weight=0.052
=se =neda | weight=0.052
=a =auto | weight=0.052
=koupil =jinde | weight=0.052
