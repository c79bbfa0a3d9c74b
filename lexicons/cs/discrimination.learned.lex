# discrimination, cs: learned by scripts/learn.py from 3747 tuning texts (148 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Kolegyni v šátku odmítli obsloužit, mě hned vzali.
+ Mladému klukovi přede mnou úvěr schválili hned, mně jako důchodci řekli, že jsem moc riziková.
+ Na letišti u přepážky odbavili všechny před námi bez řečí, ale mého syna s tetováním a dredy si vzali stranou a příruční zavazadlo mu přeměřovali třikrát. Nikomu jinému ne.
- ok dekuju
- super, doporucuju
=cizincum | weight=0.678
=duchodci | weight=0.537
=prizvuk | weight=0.519
=zena | weight=0.495
=starsi | weight=0.482
=cesky | weight=0.380
=starsi =lidi | weight=0.371
=vozickar | weight=0.366
=dovnitr | weight=0.342
=ochranka | weight=0.327
=obslouzit | weight=0.320
=zenska | weight=0.310
=prijde =s | weight=0.304
=diskriminace | weight=0.298
=s =vozickar | weight=0.297
=anglicky | weight=0.293
=mladsi | weight=0.269
=romskou | weight=0.260
=neslysici | weight=0.254
=rodina | weight=0.245
=odbyli | weight=0.241
=manzelem | weight=0.240
=vstup | weight=0.240
=oslovil | weight=0.240
=nazval | weight=0.239
=zacala =mluvit | weight=0.239
=mlade | weight=0.236
=stary | weight=0.231
=nikdo =nemam | weight=0.231, noneg
=jen =proto | weight=0.228
=voziku | weight=0.225
=nepusti | weight=0.225
=nam | weight=0.224
=cizi | weight=0.221
=nedostal =a | weight=0.221
=proto =ze | weight=0.217
=clovek =nikdo | weight=0.216, noneg
=tetovani | weight=0.215
=jako =zena | weight=0.214
=tam =pry | weight=0.214
=slabozraka | weight=0.212
=satek | weight=0.211
=uver | weight=0.211
=me =neustale | weight=0.210
=moc =stary | weight=0.208
=belochum | weight=0.208
=belochum =nic | weight=0.208, noneg
=nam =belochum | weight=0.208
=dal =se | weight=0.208
=neustale | weight=0.207
=mlade =holka | weight=0.207
=tom =ze | weight=0.203
=rom | weight=0.203
=smartphone | weight=0.203
=neni =misto | weight=0.203, noneg
=se =slovo | weight=0.203
=ukrajinka | weight=0.202
=vnucoval | weight=0.201
=naucim | weight=0.201
=z =ukrajiny | weight=0.199
=dedovi =to | weight=0.198
=to =nepotrebuji | weight=0.198
=protoze =mam | weight=0.197
=pleti | weight=0.194
=ukrajiny | weight=0.194
=vzal | weight=0.194
=dobry =cesky | weight=0.193
=ze =zenska | weight=0.192
=ho =koupil | weight=0.191
=sebe =doma | weight=0.191
=kontrolovala | weight=0.191
=jsem =zacala | weight=0.190
=nadaval | weight=0.190
=na =tu | weight=0.188
=nepotrebuji | weight=0.187
=nerozumi | weight=0.187
=nikoho =to | weight=0.187, noneg
=asi =kvuli | weight=0.185
=jsem =cerne | weight=0.185
=pry =jen | weight=0.185
=sledovani =po | weight=0.185
=postavou =tam | weight=0.184
=prekazet | weight=0.184
=u =sebe | weight=0.184
=ano | weight=0.182
=par | weight=0.181
=nam =do | weight=0.181
=koupil =u | weight=0.180
=otravene =duchodci | weight=0.178
=byla =prvni | weight=0.178
=jsem =z | weight=0.178
=veci | weight=0.178
=muj =prizvuk | weight=0.177
=postavou | weight=0.177
=dedovi | weight=0.175
=mamka =je | weight=0.173
=se =naucim | weight=0.173
=sjednat | weight=0.173
=pry =se | weight=0.171
=nic =takovy | weight=0.170, noneg
=me =sledovani | weight=0.170
=predsudky | weight=0.170
=usoudil | weight=0.169
=usoudil =ze | weight=0.169
=mladsi =zakaznik | weight=0.168
=obsluha =prednostne | weight=0.168
=zakaznik =obsluha | weight=0.168
=odmitli =sjednat | weight=0.167
=holka | weight=0.167
=duvodu =veci | weight=0.167
=bez =manzelem | weight=0.166, noneg
=dredy | weight=0.165
=a =vsichni | weight=0.163
=me =predbihali | weight=0.163
=predbihali | weight=0.163
=vsichni =me | weight=0.163
=nas =protoze | weight=0.163
=pro =mlade | weight=0.162
=mym | weight=0.161
=stejne =nerozumi | weight=0.161
=je =neslysici | weight=0.160
=ze =v | weight=0.160
=nepujcuji | weight=0.159
=klub | weight=0.159
=psem | weight=0.159
=pry =mam | weight=0.159
=tmavy | weight=0.159
=vzduch | weight=0.157
=prednostne | weight=0.157
=prehlizela | weight=0.157
=barvu =pleti | weight=0.156
=beru | weight=0.156
=nepracuje | weight=0.153
=tohle =uz | weight=0.152
=druhy =kategorie | weight=0.151
=kategorie | weight=0.151
=obce =druhy | weight=0.151
=s =obce | weight=0.151
=stejne =nepozna | weight=0.151
=zenska =stejne | weight=0.151
=proste =zavesil | weight=0.151
=si =ho | weight=0.151
=barvu | weight=0.151
=jakmile | weight=0.151
=me =kvuli | weight=0.149
=podle =toho | weight=0.149
=s =vnucoval | weight=0.148
=nosem =satek | weight=0.148
=nepochopil | weight=0.148
=mluvit =cesky | weight=0.148
=na =tohle | weight=0.148
=na =vozejku | weight=0.148
=vozejku | weight=0.148
=vozejku =jsem | weight=0.148
=vypada | weight=0.147
=tetovani =a | weight=0.146
=cerne | weight=0.145
=mnou =jako | weight=0.144
=ji =neda | weight=0.143
=tarif =ji | weight=0.143
=to =moc | weight=0.143
=s =cizincum | weight=0.142
=sledovani | weight=0.142
=poradne =cesky | weight=0.142
=nechteli =jednou | weight=0.141
=jejich =stary | weight=0.141
=nemam =smysl | weight=0.141
=stary =nemam | weight=0.141
=jen =po | weight=0.140
=obce | weight=0.140
=prodavac =ji | weight=0.140
=opakovane =at | weight=0.138
=jinak =protoze | weight=0.138
=cizi =statni | weight=0.138
=je =cizi | weight=0.138
=jednatel | weight=0.138
=jednatel =je | weight=0.138
=prislusnik | weight=0.138
=statni | weight=0.138
=statni =prislusnik | weight=0.138
=v =jejich | weight=0.137
=kvuli =voziku | weight=0.137
=tam =byla | weight=0.136
=mamka | weight=0.136
=neni =pro | weight=0.135, noneg
=slovensko | weight=0.135
=kvuli =mym | weight=0.135
=odbyli =ho | weight=0.135
=nechteli | weight=0.134
=neslysici =a | weight=0.134
=mobilni =tarif | weight=0.134
=cesky =kolega | weight=0.133
=kolega =to | weight=0.133
=nikdo =nepozadoval | weight=0.133, noneg
=u =cesky | weight=0.133
=kvuli =tom | weight=0.133
=prilis =stary | weight=0.132
=a =dal | weight=0.132
=obslouzit =me | weight=0.132
=kdyz =zjistil | weight=0.131
=pronajmout | weight=0.131
=mobilni | weight=0.130
=jako =ze | weight=0.130
=posmival | weight=0.130
=mi =proste | weight=0.130
=smysl | weight=0.129
=nepozna | weight=0.129
=naucim =cesky | weight=0.129
=jako =stejnopohlavni | weight=0.128
=odmitli =ubytovat | weight=0.128
=stejnopohlavni | weight=0.128
=stejnopohlavni =par | weight=0.128
=stale =a | weight=0.128
=neda =ze | weight=0.127
=bil | weight=0.127
=najednou =zadna | weight=0.127, noneg
=zadna =volno | weight=0.127, noneg
=prijde | weight=0.125
=prilis | weight=0.124
=obslouzit =vsechno | weight=0.123
=bratr =je | weight=0.123
=urednice =protocila | weight=0.123
=jsem =rom | weight=0.123
=hur | weight=0.122
=nekoho =zdraveho | weight=0.122
=poslali =nekoho | weight=0.122
=zdraveho | weight=0.122
=s =moje | weight=0.121
=prizvuk =zacala | weight=0.121
=jsem =moc | weight=0.121
=z =duvodu | weight=0.121
=pred =mnou | weight=0.121
=odmitli | weight=0.120
=duchodci =tom | weight=0.118
=si =pri | weight=0.118
=najednou | weight=0.117
=vodici | weight=0.116
=obslouzit =protoze | weight=0.116
=pred =vse | weight=0.116
=protoze =mluvit | weight=0.116
=s =nam | weight=0.116
=mnou | weight=0.115
=je =diskriminace | weight=0.115
=mem =veci | weight=0.115
=bratr | weight=0.115
=prace | weight=0.115
=nas =odmitli | weight=0.114
=par =nas | weight=0.114
=prodavac =me | weight=0.114
=a =delat | weight=0.114
=zjistil =ze | weight=0.112
=a =odjel | weight=0.111
=prepazky =mi | weight=0.111
=nabizi =ty | weight=0.111
=stary =na | weight=0.111
=u =prepazky | weight=0.110
=nerozumim | weight=0.110
=veci =uz | weight=0.110
=pacient | weight=0.110
=po =celou | weight=0.109
=kluk | weight=0.109
=marek | weight=0.109
=pry =jsem | weight=0.108
=uctovali | weight=0.108
=tom =stejne | weight=0.107
=svou | weight=0.107
=prej =tam | weight=0.106
=cizincum =na | weight=0.106
=dobirku =neposilaji | weight=0.106
=neposilaji | weight=0.106
=downuv | weight=0.106
=downuv =syndrom | weight=0.106
=ma =downuv | weight=0.106
=syndrom | weight=0.106
=a =urednice | weight=0.106
=vsichni | weight=0.105
=dovnitr =a | weight=0.105
=nedostal =dovnitr | weight=0.105
=nevidomy | weight=0.104
=puvodu | weight=0.104
=matce | weight=0.104
=je =pry | weight=0.104
=pomalu | weight=0.103
=odmitli =obslouzit | weight=0.103
=pani =me | weight=0.103
=dite =a | weight=0.103
=pry | weight=0.102
=lidi | weight=0.101
=cech | weight=0.101
=kamarad | weight=0.101
=pry =nepracuje | weight=0.101
=do =salu | weight=0.101
=kine =nam | weight=0.101
=s =voziku | weight=0.101
=salu | weight=0.101
=salu =nesmi | weight=0.101
=duvodu | weight=0.101
=autoservisu | weight=0.101
=v =autoservisu | weight=0.101
=mem | weight=0.101
=zastup | weight=0.100
=ubytovat | weight=0.100
=si =koupil | weight=0.100
=prosla | weight=0.100
=jste =uz | weight=0.099
=stary =to | weight=0.099
=to =nepochopil | weight=0.099
=uz =stary | weight=0.099
=porad =opakovane | weight=0.099
=na =auto | weight=0.099
=duchodci =je | weight=0.099
=jen =zdrzuju | weight=0.099
=vzdycky =jen | weight=0.099
=vysvetlil =jen | weight=0.099
=nedostal | weight=0.098
=mluvit =anglicky | weight=0.098
=opakovane =zadam | weight=0.097
=dobirku | weight=0.097
=na =dobirku | weight=0.097
=prodavacka =se | weight=0.097
=obsluha | weight=0.097
=velkoobchodni | weight=0.096
=mam =tmavsi | weight=0.096
=tmavsi | weight=0.096
=asistencnim | weight=0.096
=asistencnim =psem | weight=0.096
=do =restaurace | weight=0.096
=odepren =vstup | weight=0.096
=restaurace =s | weight=0.096
=s =asistencnim | weight=0.096
=vstup =do | weight=0.096
=a =odesla | weight=0.096
=co =nerozumi | weight=0.095
=nerozumi =technik | weight=0.095
=me =obslouzit | weight=0.095
=posmival =a | weight=0.095
=anglicky =a | weight=0.094
=poznamku =ze | weight=0.094
=auto | weight=0.094
=to =nikdo | weight=0.094, noneg
=ochranka =za | weight=0.094
=nikoliv | weight=0.093
=tutez | weight=0.093
=nas =neni | weight=0.093, noneg
=moje =mam | weight=0.093
=a =personal | weight=0.093
=pustit =dovnitr | weight=0.093
=dostal =horsi | weight=0.092
=holka =nepujcuji | weight=0.092
=nepujcuji =kluk | weight=0.092
=priste =prijde | weight=0.092
=je =vzdycky | weight=0.091
=mlade =pred | weight=0.091
=prodavacka =obslouzit | weight=0.091
=vsechno =mlade | weight=0.091
=na =vstup | weight=0.090
=normalne | weight=0.090
=prestoze =mam | weight=0.090
=ze =pro | weight=0.090
=telefon =rekl | weight=0.089
=horsi | weight=0.089
=pojisteni =vyhradne | weight=0.089
=vyhradne =z | weight=0.089
=odepren | weight=0.089
=za =nam | weight=0.089
=poradne | weight=0.089
=naucim =poradne | weight=0.088
=jenom | weight=0.087
=voziku =do | weight=0.087
=mnou =odmitli | weight=0.087
=otravene | weight=0.086
=s =manzelem | weight=0.086
=v =banky | weight=0.086
=a =nepomohl | weight=0.085
=nemluvi =dobry | weight=0.085
=a =prodavac | weight=0.085
=banky =ji | weight=0.083
=to =jste | weight=0.083
=to =nemam | weight=0.083, noneg
=a =parodovala | weight=0.082
=parodovala | weight=0.082
=parodovala =muj | weight=0.082
=se =sklebila | weight=0.082
=sklebila | weight=0.082
=sklebila =a | weight=0.082
=slysel =muj | weight=0.082
=delat =si | weight=0.082
=ze =na | weight=0.082
=jako =ja | weight=0.081
=at =radsi | weight=0.081
=jako =zenska | weight=0.081
=neukociruju | weight=0.081
=radsi =prijde | weight=0.081
=s =chlap | weight=0.081
=kvuli =veci | weight=0.081
=zakaznik =nechal | weight=0.081
=tarif =je | weight=0.081
=ten =tarif | weight=0.081
=mluvit =jen | weight=0.081
=nejedna | weight=0.081
