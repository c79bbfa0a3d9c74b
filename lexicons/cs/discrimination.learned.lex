# discrimination, cs: learned by scripts/learn.py from 2812 tuning texts (123 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Nazval mě důchodcem, co nemá páru o mobilech.
+ Kolegyni v šátku odmítli obsloužit, mě hned vzali.
+ S vozíčkářem prý nepracujou.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=cizincum | weight=0.667
=duchodci | weight=0.567
=prizvuk | weight=0.504
=zena | weight=0.464
=cesky | weight=0.427
=starsi | weight=0.386
=obslouzit | weight=0.383
=dovnitr | weight=0.367
=starsi =lidi | weight=0.354
=vozickar | weight=0.329
=ochranka | weight=0.327
=mladym | weight=0.326
=diskriminace | weight=0.312
=prijde =s | weight=0.287
=s =vozickar | weight=0.273
=romskou | weight=0.258
=rodinu | weight=0.255
=nepracuje | weight=0.239
=odbyli | weight=0.238
=stary | weight=0.231
=uver | weight=0.229
=satek | weight=0.224
=vstup | weight=0.221
=clovek =nikdo | weight=0.220, noneg
=tam =pry | weight=0.220
=cizi | weight=0.218
=kontrolovala | weight=0.217
=slabozraka | weight=0.215
=voziku | weight=0.214
=nam | weight=0.211
=nikdo =nemam | weight=0.211, noneg
=sledovani =po | weight=0.210
=nedostal =a | weight=0.210
=me =neustale | weight=0.206
=neustale | weight=0.204
=asi =kvuli | weight=0.204
=jsem =cerna | weight=0.204
=jen =proto | weight=0.201
=rom | weight=0.200
=par | weight=0.199
=belochum | weight=0.199
=belochum =nic | weight=0.199, noneg
=nam =belochum | weight=0.199
=jako =zena | weight=0.198
=dobry =cesky | weight=0.198
=manzelovi | weight=0.197
=moc =stary | weight=0.196
=se =slovo | weight=0.195
=nic =takovy | weight=0.194, noneg
=dedovi =to | weight=0.190
=to =nepotrebuji | weight=0.190
=neni =misto | weight=0.190, noneg
=nikoho =to | weight=0.188, noneg
=mladym =holka | weight=0.185
=nadaval | weight=0.185
=pry =se | weight=0.185
=proto =ze | weight=0.184
=klub | weight=0.184
=nam =do | weight=0.182
=ano | weight=0.182
=predsudky | weight=0.182
=cerna | weight=0.182
=me =sledovani | weight=0.180
=svou | weight=0.180
=mladsi | weight=0.180
=mladsi =zakazniky | weight=0.180
=obsluha =prednostne | weight=0.180
=zakazniky =obsluha | weight=0.180
=nepotrebuji | weight=0.179
=nas =protoze | weight=0.179
=otravene =duchodci | weight=0.176
=z =ukrajiny | weight=0.175
=veci | weight=0.175
=postavou =tam | weight=0.175
=prekazet | weight=0.175
=usoudil | weight=0.175
=usoudil =ze | weight=0.175
=zenska | weight=0.174
=mym | weight=0.173
=tmavy | weight=0.172
=pleti | weight=0.171
=ukrajiny | weight=0.170
=s =vnucoval | weight=0.170
=lidi | weight=0.169
=stejne =nerozumi | weight=0.169
=je =neslysici | weight=0.169
=protoze =mam | weight=0.169
=si =koupil | weight=0.168
=smartphone | weight=0.168
=naucim | weight=0.167
=nechteli | weight=0.167
=sledovani | weight=0.167
=a =vsichni | weight=0.166
=me =predbihali | weight=0.166
=predbihali | weight=0.166
=vsichni =me | weight=0.166
=prednostne | weight=0.166
=mobilni | weight=0.166
=postavou | weight=0.165
=duvodu =veci | weight=0.165
=na =tu | weight=0.164
=psem | weight=0.164
=sjednat | weight=0.164
=bez =manzelovi | weight=0.163, noneg
=vnucoval | weight=0.163
=anglicky | weight=0.162
=dedovi | weight=0.162
=muj =prizvuk | weight=0.161
=kvuli =mym | weight=0.161
=nosi =satek | weight=0.161
=podle =toho | weight=0.161
=auto | weight=0.160
=prace | weight=0.159
=odmitli =sjednat | weight=0.159
=ze =v | weight=0.157
=neslysici | weight=0.157
=odmitli | weight=0.156
=pry =jen | weight=0.156
=kvuli =voziku | weight=0.155
=druhy =kategorie | weight=0.155
=kategorie | weight=0.155
=obce =druhy | weight=0.155
=s =obce | weight=0.155
=ho =koupil | weight=0.154
=sebe =doma | weight=0.154
=u =sebe | weight=0.154
=mamka =je | weight=0.153
=jsem =z | weight=0.152
=pry | weight=0.152
=ze =s | weight=0.149
=si =ho | weight=0.148
=na =vozejku | weight=0.148
=vozejku | weight=0.148
=vozejku =jsem | weight=0.148
=mobilni =tarif | weight=0.147
=posmival | weight=0.147
=kamarad | weight=0.147
=obce | weight=0.146
=ji =neda | weight=0.146
=tarif =ji | weight=0.146
=to =moc | weight=0.146
=vypada | weight=0.146
=vzduchu | weight=0.146
=tohle =uz | weight=0.145
=pry =mam | weight=0.144
=prijde | weight=0.144
=beru | weight=0.144
=mnou =jako | weight=0.143
=jinak =protoze | weight=0.142
=holka | weight=0.142
=obslouzit =me | weight=0.141
=najednou =zadna | weight=0.141, noneg
=zadna =volny | weight=0.141, noneg
=zacala =mluvit | weight=0.141
=na =auto | weight=0.141
=pro =mladym | weight=0.141
=telefon =rekl | weight=0.140
=nechteli =jednou | weight=0.140
=cizi =statni | weight=0.138
=je =cizi | weight=0.138
=jednatel | weight=0.138
=jednatel =je | weight=0.138
=prislusnik | weight=0.138
=statni | weight=0.138
=statni =prislusnik | weight=0.138
=odmitli =obslouzit | weight=0.137
=na =tohle | weight=0.137
=neslysici =a | weight=0.133
=jako =ze | weight=0.133
=nepujcuji | weight=0.133
=obslouzit =protoze | weight=0.132
=najednou | weight=0.132
=nedostal | weight=0.131
=bratr =je | weight=0.131
=urednice =protocila | weight=0.131
=bil | weight=0.131
=neda =ze | weight=0.130
=ukrajince | weight=0.129
=tom =ze | weight=0.129
=mluvit =cesky | weight=0.129
=at =mluvit | weight=0.129
=opakovane =at | weight=0.129
=jejich =stary | weight=0.129
=nemam =smysl | weight=0.129
=stary =nemam | weight=0.129
=cech | weight=0.127
=v =jejich | weight=0.124
=bratr | weight=0.124
=s =cizincum | weight=0.123
=po =celou | weight=0.123
=nekoho =zdraveho | weight=0.122
=poslali =nekoho | weight=0.122
=zdraveho | weight=0.122
=cesky =kolega | weight=0.122
=kolega =to | weight=0.122
=nikdo =nepozadoval | weight=0.122, noneg
=u =cesky | weight=0.122
=rekl =mi | weight=0.121
=nepustili | weight=0.121
=nazval | weight=0.121
=nazval =me | weight=0.121
=jako =stejnopohlavni | weight=0.121
=odmitli =ubytovat | weight=0.121
=stejnopohlavni | weight=0.121
=stejnopohlavni =par | weight=0.121
=nikoho | weight=0.121, noneg
=koupil | weight=0.120
=vodici | weight=0.120
=za =nam | weight=0.120
=poradne =cesky | weight=0.119
=smysl | weight=0.119
=prilis =stary | weight=0.118
=zjistil =ze | weight=0.117
=a =urednice | weight=0.117
=kluk | weight=0.117
=odbyli =ho | weight=0.116
=stezovat =na | weight=0.116
=pry =jsem | weight=0.115
=matce | weight=0.115
=prizvuk =zacala | weight=0.114
=je =diskriminace | weight=0.114
=nerozumim | weight=0.114
=koupil =u | weight=0.114
=prehlizel | weight=0.113
=duchodci =tom | weight=0.113
=protoze =mluvit | weight=0.113
=na =vstup | weight=0.112
=se =naucim | weight=0.112
=jsem =rom | weight=0.112
=cizincum =na | weight=0.112
=dobirku =neposilaji | weight=0.112
=neposilaji | weight=0.112
=obsluha | weight=0.111
=kolega | weight=0.111
=nerozumi | weight=0.111
=z =duvodu | weight=0.110
=neni =pro | weight=0.110, noneg
=prodavac =ji | weight=0.110
=pani =me | weight=0.110
=s =moje | weight=0.110
=protoze =jsem | weight=0.110
=prilis | weight=0.108
=sebe | weight=0.106
=porad =opakovane | weight=0.106
=marek | weight=0.106
=mamka | weight=0.105
=downuv | weight=0.105
=downuv =syndrom | weight=0.105
=ma =downuv | weight=0.105
=syndrom | weight=0.105
=nosi | weight=0.104
=zjistil | weight=0.104
=pomalu | weight=0.103
=nevidomy | weight=0.102
=nabizi =ty | weight=0.102
=bankovnictvi | weight=0.102
=otravene | weight=0.101
=s =nam | weight=0.101
=naucim =cesky | weight=0.101
=vysvetlil =jen | weight=0.099
=velkoobchodni | weight=0.099
=barve | weight=0.099
=a =odjel | weight=0.098
=tam =neni | weight=0.098, noneg
=veci =uz | weight=0.098
=dobirku | weight=0.098
=na =dobirku | weight=0.098
=nikoliv | weight=0.098
=asistencnim | weight=0.097
=asistencnim =psem | weight=0.097
=do =restaurace | weight=0.097
=odepren =vstup | weight=0.097
=restaurace =s | weight=0.097
=s =asistencnim | weight=0.097
=vstup =do | weight=0.097
=je =pry | weight=0.097
=mym =prizvuk | weight=0.096
=opakovane =zadam | weight=0.096
=barve =pleti | weight=0.095
=kvuli =barve | weight=0.095
=nas =odmitli | weight=0.095
=par =nas | weight=0.095
=dovnitr =a | weight=0.095
=nedostal =dovnitr | weight=0.095
=dostal =horsi | weight=0.095
=horsi | weight=0.095
=ze =pro | weight=0.094
=uctovali | weight=0.094
=puvodu | weight=0.094
=mluvit =jako | weight=0.093
=odepren | weight=0.092
=a =personal | weight=0.092
=to =nikdo | weight=0.092, noneg
=jako | weight=0.092
=na =male | weight=0.091
=holka =nepujcuji | weight=0.091
=nepujcuji =kluk | weight=0.091
=slovo | weight=0.091
=kvuli =veci | weight=0.091
=ochranka =kontrolovala | weight=0.090
=vsichni | weight=0.090
=kvuli =tom | weight=0.090
=jen =po | weight=0.090
=ochranka =za | weight=0.089
=tom =stejne | weight=0.089
=ubytovat | weight=0.088
=pojisteni =vyhradne | weight=0.088
=vyhradne =z | weight=0.088
=tutez | weight=0.088
=nas =neni | weight=0.088, noneg
=okamzite | weight=0.088
=at =radsi | weight=0.088
=jako =zenska | weight=0.088
=neukociruju | weight=0.088
=radsi =prijde | weight=0.088
=s =chlap | weight=0.088
=poradne | weight=0.087
=posilovna | weight=0.087
=jakmile | weight=0.087
=priste =prijde | weight=0.086
=jsem =moc | weight=0.086
=stary =na | weight=0.086
=je =stary | weight=0.086
=prsty | weight=0.085
=skrz | weight=0.085
=skrz =prsty | weight=0.085
=a =prodavac | weight=0.084
=do =salu | weight=0.084
=kine =nam | weight=0.084
=s =voziku | weight=0.084
=salu | weight=0.084
=salu =nesmi | weight=0.084
=nemluvi =dobry | weight=0.084
=odjel | weight=0.084
=mem | weight=0.084
=zacala | weight=0.084
=normalne | weight=0.083
=a =nepomohla | weight=0.083
=naucim =poradne | weight=0.082
=jenom | weight=0.082
=pustit =dovnitr | weight=0.082
=prestoze =mam | weight=0.082
=posmival =a | weight=0.081
=duvodu | weight=0.081
=obchode =me | weight=0.081
=neprijimaji | weight=0.080
=duchodci =je | weight=0.080
=jen =zdrzuju | weight=0.080
=vzdycky =jen | weight=0.080
=nabidli | weight=0.080
=a =parodovala | weight=0.080
=parodovala | weight=0.080
=parodovala =muj | weight=0.080
=se =sklebila | weight=0.080
=sklebila | weight=0.080
=sklebila =a | weight=0.080
=stejne =nerozumim | weight=0.080
=si =mel | weight=0.080
=nepochopil | weight=0.079
=stejne =nepochopil | weight=0.079
=obchode | weight=0.079
=mam =tetovani | weight=0.079
=tetovani | weight=0.079
=tetovani =obslouzit | weight=0.079
=nepomohla | weight=0.078
=provozovne | weight=0.077
=vzal | weight=0.077
=me =kvuli | weight=0.077
=dela =si | weight=0.076
=chodi | weight=0.076
=mem =veci | weight=0.076
=a =cisnik | weight=0.074
=proto | weight=0.074
=nejedna | weight=0.074
=to =v | weight=0.074
=vazeni =jako | weight=0.074
=slysel | weight=0.074
=na =to | weight=0.074
=se =tam | weight=0.073
=neukociruju =at | weight=0.073
=zenska =to | weight=0.073
=je =vzdycky | weight=0.073
=po =vsech | weight=0.073
=bez =jedina | weight=0.073, noneg
=pote =co | weight=0.072
=nez =muj | weight=0.072
=tarif =je | weight=0.071
=ten =tarif | weight=0.071
=tady =horakova | weight=0.071
=eh | weight=0.071
=mne | weight=0.071
=a =obslouzit | weight=0.071
=jako =mam | weight=0.071
=radsi | weight=0.071
=chytre | weight=0.070
=ktery =je | weight=0.070
=oni =neda | weight=0.070
=me =obslouzit | weight=0.070
=protocila =oci | weight=0.070
=kvuli | weight=0.069
