# discrimination, cs: learned by scripts/learn.py from 3535 tuning texts (147 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Kolegyni v šátku odmítli obsloužit, mě hned vzali.
+ Mladému klukovi přede mnou úvěr schválili hned, mně jako důchodci řekli, že jsem moc riziková.
+ Na letišti u přepážky odbavili všechny před námi bez řečí, ale mého syna s tetováním a dredy si vzali stranou a příruční zavazadlo mu přeměřovali třikrát. Nikomu jinému ne.
- ok dekuju
- super, doporucuju
=cizincum | weight=0.672
=duchodci | weight=0.513
=prizvuk | weight=0.501
=zena | weight=0.476
=starsi | weight=0.460
=cesky | weight=0.402
=dovnitr | weight=0.372
=starsi =lidi | weight=0.359
=vozickar | weight=0.336
=ochranka | weight=0.317
=prijde =s | weight=0.311
=obslouzit | weight=0.304
=diskriminace | weight=0.293
=mlade | weight=0.279
=zenska | weight=0.279
=anglicky | weight=0.277
=mladsi | weight=0.270
=s =vozickar | weight=0.270
=romskou | weight=0.266
=zacala =mluvit | weight=0.261
=neslysici | weight=0.252
=nazval | weight=0.244
=vstup | weight=0.244
=odbyli | weight=0.240
=manzelem | weight=0.236
=rodina | weight=0.236
=nikdo =nemam | weight=0.232, noneg
=stary | weight=0.227
=nam | weight=0.226
=nepusti | weight=0.225
=nedostal =a | weight=0.225
=tam =pry | weight=0.224
=cizi | weight=0.218
=tetovani | weight=0.218
=nepracuje | weight=0.218
=jen =proto | weight=0.216
=clovek =nikdo | weight=0.214, noneg
=dal =se | weight=0.214
=satek | weight=0.214
=slabozraka | weight=0.213
=voziku | weight=0.212
=uver | weight=0.211
=neustale | weight=0.210
=me =neustale | weight=0.210
=vnucoval | weight=0.210
=jako =zena | weight=0.209
=belochum | weight=0.207
=belochum =nic | weight=0.207, noneg
=nam =belochum | weight=0.207
=protoze =mam | weight=0.205
=oslovil | weight=0.203
=proto =ze | weight=0.203
=pleti | weight=0.202
=neni =misto | weight=0.200, noneg
=tom =ze | weight=0.199
=rom | weight=0.196
=kontrolovala | weight=0.194
=vzali | weight=0.192
=ano | weight=0.191
=asi =kvuli | weight=0.190
=jsem =cerne | weight=0.190
=se =slovo | weight=0.190
=pry =se | weight=0.189
=dedovi =to | weight=0.189
=to =nepotrebuji | weight=0.189
=nepotrebuji | weight=0.189
=nadaval | weight=0.188
=smartphone | weight=0.188
=z =ukrajiny | weight=0.188
=dobry =cesky | weight=0.187
=mlade =holka | weight=0.186
=moc =stary | weight=0.184
=nerozumi | weight=0.183
=veci | weight=0.183
=nikoho =to | weight=0.182, noneg
=ukrajiny | weight=0.182
=naucim | weight=0.182
=nam =do | weight=0.181
=sledovani =po | weight=0.180
=nas =protoze | weight=0.179
=par | weight=0.179
=ze =v | weight=0.176
=byla =prvni | weight=0.176
=otravene =duchodci | weight=0.174
=na =tu | weight=0.174
=tmavy | weight=0.174
=mym | weight=0.173
=nic =takovy | weight=0.173, noneg
=muj =prizvuk | weight=0.172
=ukrajinka | weight=0.172
=postavou =tam | weight=0.172
=prekazet | weight=0.172
=predsudky | weight=0.169
=pry =jen | weight=0.169
=usoudil | weight=0.168
=usoudil =ze | weight=0.168
=ho =koupil | weight=0.166
=sebe =doma | weight=0.166
=tam =byla | weight=0.166
=je =neslysici | weight=0.166
=klub | weight=0.166
=sjednat | weight=0.165
=nechteli | weight=0.165
=prehlizela | weight=0.165
=postavou | weight=0.165
=barvu =pleti | weight=0.164
=bez =manzelem | weight=0.164, noneg
=mladsi =zakaznik | weight=0.163
=obsluha =prednostne | weight=0.163
=zakaznik =obsluha | weight=0.163
=psem | weight=0.162
=dedovi | weight=0.162
=dredy | weight=0.159
=duvodu =veci | weight=0.158
=me =sledovani | weight=0.157
=u =sebe | weight=0.156
=jsem =z | weight=0.156
=odmitli =sjednat | weight=0.156
=prednostne | weight=0.155
=mamka =je | weight=0.155
=vzduchu | weight=0.155
=druhy =kategorie | weight=0.154
=kategorie | weight=0.154
=obce =druhy | weight=0.154
=s =obce | weight=0.154
=stejne =nerozumi | weight=0.154
=se =naucim | weight=0.153
=beru | weight=0.152
=si =koupil | weight=0.152
=zacala | weight=0.150
=stejne =nepozna | weight=0.150
=ze =zenska | weight=0.150
=zenska =stejne | weight=0.150
=nos =satek | weight=0.150
=pry | weight=0.149
=a =vsichni | weight=0.149
=me =predbihali | weight=0.149
=predbihali | weight=0.149
=vsichni =me | weight=0.149
=barvu | weight=0.149
=tetovani =a | weight=0.148
=s =vnucoval | weight=0.148
=odmitli | weight=0.147
=me =kvuli | weight=0.147
=jsem =zacala | weight=0.146
=nepujcuji | weight=0.145
=prace | weight=0.145
=tohle =uz | weight=0.144
=cerne | weight=0.144
=podle =toho | weight=0.143
=holka | weight=0.143
=vypada | weight=0.143
=pro =mlade | weight=0.142
=proste =zavesil | weight=0.142
=pry =mam | weight=0.141
=prijde | weight=0.141
=na =vozejku | weight=0.141
=vozejku | weight=0.141
=vozejku =jsem | weight=0.141
=nechteli =jednou | weight=0.141
=koupil =u | weight=0.140
=obce | weight=0.140
=kamarad | weight=0.140
=jinak =protoze | weight=0.139
=hur | weight=0.139
=mluvit =cesky | weight=0.139
=a =dal | weight=0.139
=na =tohle | weight=0.138
=nepochopil | weight=0.138
=cizi =statni | weight=0.137
=je =cizi | weight=0.137
=jednatel | weight=0.137
=jednatel =je | weight=0.137
=prislusnik | weight=0.137
=statni | weight=0.137
=statni =prislusnik | weight=0.137
=si =ho | weight=0.137
=kvuli =mym | weight=0.137
=kvuli =voziku | weight=0.136
=ji =neda | weight=0.136
=tarif =ji | weight=0.136
=to =moc | weight=0.136
=auto | weight=0.136
=posmival | weight=0.135
=sledovani | weight=0.134
=obslouzit =me | weight=0.134
=jen =po | weight=0.134
=mi =proste | weight=0.134
=neslysici =a | weight=0.133
=mobilni | weight=0.133
=nepozna | weight=0.131
=odbyli =ho | weight=0.130
=veci =uz | weight=0.130
=jako =ze | weight=0.129
=jako =stejnopohlavni | weight=0.129
=odmitli =ubytovat | weight=0.129
=stejnopohlavni | weight=0.129
=stejnopohlavni =par | weight=0.129
=nekoho =zdraveho | weight=0.129
=poslali =nekoho | weight=0.129
=zdraveho | weight=0.129
=s =cizincum | weight=0.129
=bratr =je | weight=0.128
=urednice =protocila | weight=0.128
=pronajmout | weight=0.128
=at =mluvit | weight=0.127
=cesky =kolega | weight=0.127
=kolega =to | weight=0.127
=nikdo =nepozadoval | weight=0.127, noneg
=u =cesky | weight=0.127
=jejich =stary | weight=0.126
=nemam =smysl | weight=0.126
=stary =nemam | weight=0.126
=poradne =cesky | weight=0.125
=prodavac =ji | weight=0.125
=najednou =zadna | weight=0.124, noneg
=zadna =volno | weight=0.124, noneg
=mobilni =tarif | weight=0.124
=kdyz =zjistil | weight=0.123
=kvuli =tom | weight=0.122
=opakovane =at | weight=0.122
=pred =vse | weight=0.122
=v =jejich | weight=0.122
=mnou =jako | weight=0.122
=stale =a | weight=0.121
=prilis =stary | weight=0.121
=bratr | weight=0.121
=neni =pro | weight=0.119, noneg
=jakmile | weight=0.119
=bil | weight=0.119
=zjistil =ze | weight=0.118
=naucim =cesky | weight=0.118
=nabizi =ty | weight=0.117
=neda =ze | weight=0.116
=po =celou | weight=0.116
=vodici | weight=0.115
=slovensko | weight=0.114
=mnou | weight=0.114
=najednou | weight=0.114
=mamka | weight=0.114
=si =pri | weight=0.113
=duchodci =tom | weight=0.113
=smysl | weight=0.113
=prilis | weight=0.112
=z =duvodu | weight=0.112
=pacient | weight=0.112
=odmitli =obslouzit | weight=0.112
=a =urednice | weight=0.111
=jsem =rom | weight=0.111
=anglicky =a | weight=0.111
=cizincum =na | weight=0.111
=dobirku =neposilaji | weight=0.111
=neposilaji | weight=0.111
=je =diskriminace | weight=0.110
=obslouzit =protoze | weight=0.109
=downuv | weight=0.109
=downuv =syndrom | weight=0.109
=ma =downuv | weight=0.109
=syndrom | weight=0.109
=obslouzit =vsechno | weight=0.108
=prizvuk =zacala | weight=0.108
=nos | weight=0.108
=sebe | weight=0.108
=nerozumim | weight=0.107
=s =moje | weight=0.107
=protoze =jsem | weight=0.107
=nedostal | weight=0.107
=pry =nepracuje | weight=0.106
=nas =odmitli | weight=0.106
=par =nas | weight=0.106
=stezovat =na | weight=0.105
=svou | weight=0.105
=u =prepazky | weight=0.104
=porad =opakovane | weight=0.104
=cech | weight=0.104
=prodavac =me | weight=0.103
=je =pry | weight=0.103
=autoservisu | weight=0.103
=v =autoservisu | weight=0.103
=a =odjel | weight=0.102
=mem =veci | weight=0.102
=s =nam | weight=0.102
=marek | weight=0.102
=kluk | weight=0.102
=dobirku | weight=0.101
=na =dobirku | weight=0.101
=prosla | weight=0.101
=jenom | weight=0.101
=posmival =a | weight=0.100
=nevidomy | weight=0.100
=mem | weight=0.100
=do =salu | weight=0.099
=kine =nam | weight=0.099
=s =voziku | weight=0.099
=salu | weight=0.099
=salu =nesmi | weight=0.099
=matce | weight=0.098
=nas =neni | weight=0.098, noneg
=ubytovat | weight=0.098
=pred =mnou | weight=0.097
=ochranka =za | weight=0.097
=asistencnim | weight=0.096
=asistencnim =psem | weight=0.096
=do =restaurace | weight=0.096
=odepren =vstup | weight=0.096
=restaurace =s | weight=0.096
=s =asistencnim | weight=0.096
=vstup =do | weight=0.096
=dovnitr =a | weight=0.096
=nedostal =dovnitr | weight=0.096
=na =to | weight=0.096
=uctovali | weight=0.096
=a =personal | weight=0.096
=priste =prijde | weight=0.096
=jste =uz | weight=0.096
=stary =to | weight=0.096
=to =nepochopil | weight=0.096
=uz =stary | weight=0.096
=pani =me | weight=0.096
=dostal =horsi | weight=0.095
=moje =mam | weight=0.095
=vysvetlil =jen | weight=0.095
=prepazky =mi | weight=0.095
=protoze =mluvit | weight=0.095
=rekl =mi | weight=0.095
=co =nerozumi | weight=0.094
=nerozumi =technik | weight=0.094
=na =vstup | weight=0.094
=pry =jsem | weight=0.093
=obsluha | weight=0.093
=tom =stejne | weight=0.093
=pomalu | weight=0.093
=duvodu | weight=0.093
=zastup | weight=0.093
=duchodci =je | weight=0.093
=jen =zdrzuju | weight=0.093
=vzdycky =jen | weight=0.093
=telefon =rekl | weight=0.093
=puvodu | weight=0.093
=horsi | weight=0.092
=odepren | weight=0.092
=nikoho | weight=0.091, noneg
=velkoobchodni | weight=0.091
=holka =nepujcuji | weight=0.090
=nepujcuji =kluk | weight=0.090
=me =obslouzit | weight=0.090
=opakovane =zadam | weight=0.090
=mam =tmavsi | weight=0.090
=tmavsi | weight=0.090
=nikoliv | weight=0.089
=za =nam | weight=0.089
=dela =si | weight=0.089
=jsem =moc | weight=0.088
=na =auto | weight=0.088
=nemluvi =dobry | weight=0.088
=vsichni | weight=0.088
=mluvit =anglicky | weight=0.088
=mlade =pred | weight=0.088
=prodavacka =obslouzit | weight=0.088
=vsechno =mlade | weight=0.088
=voziku =do | weight=0.087
=tam =neni | weight=0.086, noneg
=pustit =dovnitr | weight=0.086
=ze =pro | weight=0.086
=otravene | weight=0.086
=tutez | weight=0.086
=tady | weight=0.086
=je =vzdycky | weight=0.085
=naucim =poradne | weight=0.084
=mu =rekl | weight=0.084
=prestoze =mam | weight=0.084
=lidi | weight=0.084
=a =parodovala | weight=0.084
=parodovala | weight=0.084
=parodovala =muj | weight=0.084
=se =sklebila | weight=0.084
=sklebila | weight=0.084
=sklebila =a | weight=0.084
=at =radsi | weight=0.084
=jako =zenska | weight=0.084
=neukociruju | weight=0.084
=radsi =prijde | weight=0.084
=s =chlap | weight=0.084
=obchode | weight=0.084
=zjistil | weight=0.084
=mnou =odmitli | weight=0.083
=a =nepomohl | weight=0.083
=stary =na | weight=0.083
=slysel =muj | weight=0.083
=zachazet | weight=0.083
=pojisteni =vyhradne | weight=0.083
=vyhradne =z | weight=0.083
=a =dela | weight=0.080
=prodavacka =se | weight=0.080
=banky =ji | weight=0.080
=nazval =me | weight=0.080
=to =nikdo | weight=0.080, noneg
=jsem =anglicky | weight=0.080
=slovo | weight=0.080
=a =odesla | weight=0.079
