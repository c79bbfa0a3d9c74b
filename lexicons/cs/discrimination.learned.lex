# discrimination, cs: learned by scripts/learn.py from 2508 tuning texts (116 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Kolegyni v šátku odmítli obsloužit, mě hned vzali.
+ S vozíčkářem prý nepracujou.
+ Starší lidi prej nepřijímaj.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=cizincum | weight=0.666
=prizvuk | weight=0.499
=duchodci | weight=0.496
=zena | weight=0.495
=cesky | weight=0.438
=starsi | weight=0.419
=obslouzili | weight=0.383
=dovnitr | weight=0.374
=starsi =lidi | weight=0.344
=vozickar | weight=0.327
=mladym | weight=0.327
=ochranka | weight=0.318
=diskriminace | weight=0.298
=odbyli | weight=0.282
=prijde =s | weight=0.274
=s =vozickar | weight=0.274
=romskou | weight=0.267
=rodinu | weight=0.258
=voziku | weight=0.240
=nepracuje | weight=0.234
=stary | weight=0.232
=satek | weight=0.226
=vstup | weight=0.225
=tam =pry | weight=0.224
=nam | weight=0.224
=clovek =nikdo | weight=0.223, noneg
=uver | weight=0.222
=slabozraka | weight=0.218
=nikdo =nemam | weight=0.215, noneg
=kontrolovala | weight=0.215
=neustale | weight=0.214
=cizi | weight=0.213
=jen =proto | weight=0.208
=sledovani =po | weight=0.207
=dobry =cesky | weight=0.207
=belochum | weight=0.207
=belochum =nic | weight=0.207, noneg
=nam =belochum | weight=0.207
=asi =kvuli | weight=0.206
=jsem =cerna | weight=0.206
=jako =zena | weight=0.206
=nadaval | weight=0.206
=me =neustale | weight=0.205
=rom | weight=0.204
=nic =takovy | weight=0.200, noneg
=par | weight=0.198
=ano | weight=0.195
=neni =misto | weight=0.193, noneg
=dedovi =to | weight=0.193
=to =nepotrebuju | weight=0.193
=se =slovo | weight=0.192
=klub | weight=0.190
=mym | weight=0.189
=nam =do | weight=0.189
=me =sledovani | weight=0.187
=mladsi | weight=0.187
=mladsi =zakazniky | weight=0.187
=obsluha =prednostne | weight=0.187
=zakazniky =obsluha | weight=0.187
=pry =se | weight=0.185
=proto =ze | weight=0.185
=moc =stary | weight=0.184
=prijde | weight=0.184
=stejne =nerozumi | weight=0.182
=mladym =holkam | weight=0.182
=zenska | weight=0.180
=predsudky | weight=0.179
=nas =protoze | weight=0.176
=nepotrebuju | weight=0.176
=pleti | weight=0.175
=duvodu =veci | weight=0.175
=mobilni | weight=0.174
=odmitli | weight=0.174
=cerna | weight=0.173
=s =vnucoval | weight=0.172
=auto | weight=0.172
=z =ukrajiny | weight=0.171
=prednostne | weight=0.171
=tmavi | weight=0.171
=na =tu | weight=0.171
=manzelovi | weight=0.171
=postavou =tam | weight=0.171
=prekazet | weight=0.171
=svou | weight=0.171
=anglicky | weight=0.168
=si =koupil | weight=0.168
=smartphone | weight=0.168
=psem | weight=0.167
=veci | weight=0.166
=nechteli | weight=0.165
=dedovi | weight=0.164
=ukrajiny | weight=0.163
=ho =koupil | weight=0.163
=sebe =doma | weight=0.163
=u =sebe | weight=0.163
=usoudil | weight=0.163
=usoudil =ze | weight=0.163
=pry | weight=0.163
=postavou | weight=0.163
=je =neslysici | weight=0.162
=protoze =mam | weight=0.162
=ze =s | weight=0.162
=odmitli =sjednat | weight=0.162
=prace | weight=0.161
=si =ho | weight=0.161
=neslysici | weight=0.161
=bez =manzelovi | weight=0.160, noneg
=muj =prizvuk | weight=0.160
=pry =jen | weight=0.159
=vzduchu | weight=0.158
=holkam | weight=0.158
=telefon =rekl | weight=0.157
=sledovani | weight=0.157
=nosi =satek | weight=0.157
=kvuli =mym | weight=0.156
=beru | weight=0.156
=lidi | weight=0.156
=jinak =protoze | weight=0.155
=najednou =zadna | weight=0.152, noneg
=zadna =volny | weight=0.152, noneg
=mamka =je | weight=0.152
=podle =toho | weight=0.151
=kvuli =voziku | weight=0.150
=kamarad | weight=0.149
=mnou =jako | weight=0.149
=druhy =kategorie | weight=0.148
=kategorie | weight=0.148
=obce =druhy | weight=0.148
=s =obce | weight=0.148
=naucim | weight=0.147
=obslouzili =me | weight=0.147
=mobilni =tarif | weight=0.147
=posmival | weight=0.147
=sjednat | weight=0.146
=ji =neda | weight=0.146
=tarif =ji | weight=0.146
=to =moc | weight=0.146
=pro =mladym | weight=0.146
=tohle =uz | weight=0.145
=jsem =z | weight=0.145
=neslysici =a | weight=0.144
=pry =mam | weight=0.143
=nechteli =jednou | weight=0.141
=obce | weight=0.140
=cizi =statni | weight=0.140
=je =cizi | weight=0.140
=jednatel | weight=0.140
=jednatel =je | weight=0.140
=prislusnik | weight=0.140
=statni | weight=0.140
=statni =prislusnik | weight=0.140
=najednou | weight=0.139
=nazval | weight=0.139
=nazval =me | weight=0.139
=nekoho =zdraveho | weight=0.139
=poslali =nekoho | weight=0.139
=zdraveho | weight=0.139
=zacala =mluvit | weight=0.137
=na =auto | weight=0.136
=ukrajince | weight=0.134
=se =naucim | weight=0.133
=vodici | weight=0.133
=vypada | weight=0.132
=jejich =stary | weight=0.131
=nemam =smysl | weight=0.131
=stary =nemam | weight=0.131
=at =mluvit | weight=0.130
=opakovane =at | weight=0.130
=na =tohle | weight=0.130
=nepujcuji | weight=0.130
=a =personal | weight=0.130
=obslouzili =protoze | weight=0.129
=rekl =mi | weight=0.129
=koupil | weight=0.129
=cech | weight=0.128
=s =cizincum | weight=0.128
=protoze =jsem | weight=0.128
=bratr =je | weight=0.127
=urednice =protocila | weight=0.127
=jako =ze | weight=0.127
=duchodci =tom | weight=0.127
=nepustili | weight=0.125
=v =jejich | weight=0.125
=odmitli =obslouzili | weight=0.125
=nerozumi | weight=0.124
=neda =ze | weight=0.124
=pry =jsem | weight=0.124
=tom =ze | weight=0.123
=kluk | weight=0.122
=za =nam | weight=0.121
=nerozumim | weight=0.121
=nosi | weight=0.121
=cesky =kolega | weight=0.120
=kolega =to | weight=0.120
=nikdo =nepozadoval | weight=0.120, noneg
=u =cesky | weight=0.120
=jako =stejnopohlavni | weight=0.120
=odmitli =ubytovat | weight=0.120
=stejnopohlavni | weight=0.120
=stejnopohlavni =par | weight=0.120
=prilis =stary | weight=0.119
=a =urednice | weight=0.118
=bratr | weight=0.118
=veci =uz | weight=0.118
=poradne =cesky | weight=0.118
=velkoobchodni | weight=0.117
=po =cely | weight=0.117
=bil | weight=0.116
=zjistil =ze | weight=0.116
=cizincum =na | weight=0.116
=dobirku =neposilaji | weight=0.116
=neposilaji | weight=0.116
=matce | weight=0.116
=na =vstup | weight=0.115
=odbyli =ho | weight=0.115
=mluvit =cesky | weight=0.115
=smysl | weight=0.114
=neni =pro | weight=0.112, noneg
=prodavac =ji | weight=0.112
=jako | weight=0.112
=koupil =u | weight=0.112
=vnucoval | weight=0.111
=s =moje | weight=0.110
=downuv | weight=0.110
=downuv =syndrom | weight=0.110
=ma =downuv | weight=0.110
=syndrom | weight=0.110
=barve =pleti | weight=0.109
=kvuli =barve | weight=0.109
=prizvuk =zacala | weight=0.109
=jsem =rom | weight=0.109
=prilis | weight=0.109
=pani =me | weight=0.109
=je =diskriminace | weight=0.108
=barve | weight=0.108
=ochranka =za | weight=0.107
=tom =stejne | weight=0.107
=pomalu | weight=0.107
=z =duvodu | weight=0.107
=dovnitr =a | weight=0.106
=nedostal =dovnitr | weight=0.106
=tutez | weight=0.105
=protoze =mluvit | weight=0.105
=mluvit =jako | weight=0.104
=a =odjel | weight=0.104
=okamzite | weight=0.103
=vysvetlil =jen | weight=0.102
=nabizi =ty | weight=0.102
=kvuli =veci | weight=0.102
=mamka | weight=0.101
=s =nam | weight=0.100
=uctovali | weight=0.099
=asistencnim | weight=0.099
=asistencnim =psem | weight=0.099
=do =restaurace | weight=0.099
=odepren =vstup | weight=0.099
=restaurace =s | weight=0.099
=s =asistencnim | weight=0.099
=vstup =do | weight=0.099
=na =to | weight=0.099
=jinam =cenu | weight=0.099
=prsty | weight=0.098
=skrz | weight=0.098
=skrz =prsty | weight=0.098
=nas =odmitli | weight=0.097
=par =nas | weight=0.097
=sebe | weight=0.097
=nabidli | weight=0.096
=ze =v | weight=0.096
=nevidomy | weight=0.096
=pojisteni =vyhradne | weight=0.095
=vyhradne =z | weight=0.095
=nas =neni | weight=0.095, noneg
=to =nikdo | weight=0.094, noneg
=puvodu | weight=0.094
=kvuli =tom | weight=0.094
=dobirku | weight=0.093
=na =dobirku | weight=0.093
=mym =prizvuk | weight=0.093
=nemluvi =dobry | weight=0.093
=zjistil | weight=0.093
=odepren | weight=0.093
=je =pry | weight=0.092
=tam =neni | weight=0.091, noneg
=kolega | weight=0.091
=porad =opakovane | weight=0.091
=ubytovat | weight=0.091
=posilovna | weight=0.090
=slovo | weight=0.089
=poradne | weight=0.089
=mne | weight=0.089
=holkam =nepujcuji | weight=0.089
=nepujcuji =kluk | weight=0.089
=ze =pro | weight=0.089
=zacala | weight=0.089
=jen =po | weight=0.089
=na =male | weight=0.088
=do =salu | weight=0.087
=kine =nam | weight=0.087
=s =voziku | weight=0.087
=salu | weight=0.087
=salu =nesmi | weight=0.087
=at =prijde | weight=0.086
=duchodci =je | weight=0.086
=jen =zdrzuju | weight=0.086
=vzdycky =jen | weight=0.086
=obchodni =zastupce | weight=0.085
=nepochopil | weight=0.085
=stejne =nepochopil | weight=0.085
=me =obslouzili | weight=0.084
=ochranka =kontrolovala | weight=0.084
=duvodu | weight=0.083
=vyhradne | weight=0.082
=odjel | weight=0.082
=to =oni | weight=0.082
=pani =za | weight=0.082
=slysi | weight=0.081
=chytre | weight=0.080
=at =radsi | weight=0.080
=jako =zenska | weight=0.080
=neukociruju | weight=0.080
=radsi =prijde | weight=0.080
=s =chlap | weight=0.080
=posmival =a | weight=0.080
=pustit =dovnitr | weight=0.080
=a =prodavac | weight=0.080
=vazeni =jako | weight=0.080
=neprijimaji | weight=0.079
=mam =tetovani | weight=0.078
=tetovani | weight=0.078
=tetovani =obslouzili | weight=0.078
=jenom | weight=0.078
=vzal | weight=0.078
=je =vzdycky | weight=0.078
=obchode | weight=0.078
=jsem =moc | weight=0.078
=stary =na | weight=0.078
=jen =pro | weight=0.078
=slysi =muj | weight=0.077
=jdu =jinam | weight=0.077
=ze =jsem | weight=0.077
=naucim =poradne | weight=0.077
=ze =na | weight=0.076
=prestoze =mam | weight=0.076
=chodi | weight=0.076
=pobocce =odmitli | weight=0.076
=priste =prijde | weight=0.076
=obchode =me | weight=0.076
=a =parodovala | weight=0.076
=parodovala | weight=0.076
=parodovala =muj | weight=0.076
=se =sklebila | weight=0.076
=sklebila | weight=0.076
=sklebila =a | weight=0.076
=normalne | weight=0.076
=maji | weight=0.076
=jakmile | weight=0.076
=vlasu | weight=0.075
=me =kvuli | weight=0.075
=dela =si | weight=0.075
=po =vsech | weight=0.075
=provozovne | weight=0.075
=protocila =oci | weight=0.074
=zastupce | weight=0.073
=tady =horakova | weight=0.073
=mnou | weight=0.072
=tady | weight=0.072
=zakazniky =uvadi | weight=0.072
=legraci | weight=0.071
=eh | weight=0.071
=nemam =cenu | weight=0.071
=neukociruju =at | weight=0.071
=zenska =to | weight=0.071
=pote =co | weight=0.071
=nejedna | weight=0.070
=bez =jedina | weight=0.070, noneg
=a =cisnik | weight=0.070
=vsech =ostatni | weight=0.070
=voziku =do | weight=0.070
=s =manzelovi | weight=0.069
=chytre =telefon | weight=0.069
=cely =prodejne | weight=0.069
=lamane | weight=0.069
=voziku =jsem | weight=0.068
=tasku | weight=0.068
=tasku =jen | weight=0.068
=zalohu | weight=0.068
=mi =to | weight=0.068
=ackoli | weight=0.067
=a =obslouzili | weight=0.067
=u =prepazky | weight=0.067
=nedostal | weight=0.067
=tarif =je | weight=0.067
=ten =tarif | weight=0.067
=muj | weight=0.067
=odmitli =me | weight=0.067
=obsluha =a | weight=0.067
=mem | weight=0.067
=jen =manzelovi | weight=0.067
=nebavi =vsechno | weight=0.067
