# discrimination, cs: learned by scripts/learn.py from 3948 tuning texts (149 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Kolegyni v šátku odmítli obsloužit, mě hned vzali.
+ Mladému klukovi přede mnou úvěr schválili hned, mně jako důchodci řekli, že jsem moc riziková.
+ Na letišti u přepážky odbavili všechny před námi bez řečí, ale mého syna s tetováním a dredy si vzali stranou a příruční zavazadlo mu přeměřovali třikrát. Nikomu jinému ne.
- ok dekuju
- super, doporucuju
=cizincum | weight=0.680
=duchodci | weight=0.556
=prizvuk | weight=0.515
=starsi | weight=0.477
=zena | weight=0.476
=cesky | weight=0.372
=vozickar | weight=0.365
=starsi =lidi | weight=0.359
=dovnitr | weight=0.332
=obslouzit | weight=0.317
=ochranka | weight=0.315
=prijde =s | weight=0.309
=zenska | weight=0.302
=s =vozickar | weight=0.300
=diskriminace | weight=0.296
=anglicky | weight=0.293
=mladsi | weight=0.275
=romskou | weight=0.266
=neslysici | weight=0.255
=rodina | weight=0.242
=vstup | weight=0.239
=manzelem | weight=0.238
=nazval | weight=0.238
=zacala =mluvit | weight=0.238
=oslovil | weight=0.237
=odbyli | weight=0.235
=nikdo =nemam | weight=0.231, noneg
=jen =proto | weight=0.228
=mlade | weight=0.227
=uver | weight=0.222
=nedostal =a | weight=0.220
=voziku | weight=0.218
=cizi | weight=0.217
=proto =ze | weight=0.216
=clovek =nikdo | weight=0.214, noneg
=slabozraka | weight=0.213
=nepusti | weight=0.212
=belochum | weight=0.211
=belochum =nic | weight=0.211, noneg
=nam =belochum | weight=0.211
=tetovani | weight=0.211
=satek | weight=0.209
=nam | weight=0.208
=jako =zena | weight=0.208
=mlade =holka | weight=0.208
=rom | weight=0.207
=tam =pry | weight=0.207
=me =neustale | weight=0.207
=vnucoval | weight=0.205
=pleti | weight=0.205
=neni =misto | weight=0.205, noneg
=moc =stary | weight=0.203
=neustale | weight=0.203
=naucim | weight=0.202
=dal =se | weight=0.201
=vzal | weight=0.201
=protoze =mam | weight=0.200
=smartphone | weight=0.200
=ho =koupil | weight=0.199
=sebe =doma | weight=0.199
=dedovi =to | weight=0.198
=to =nepotrebuji | weight=0.198
=ukrajinka | weight=0.198
=se =slovo | weight=0.198
=asi =kvuli | weight=0.196
=jsem =cerne | weight=0.196
=z =ukrajiny | weight=0.194
=kontrolovala | weight=0.193
=u =sebe | weight=0.192
=stary | weight=0.192
=ano | weight=0.192
=sledovani =po | weight=0.192
=dobry =cesky | weight=0.192
=nadaval | weight=0.192
=ukrajiny | weight=0.191
=ze =zenska | weight=0.188
=jsem =zacala | weight=0.187
=nepotrebuji | weight=0.186
=nikoho =to | weight=0.185, noneg
=veci | weight=0.185
=nam =do | weight=0.185
=na =tu | weight=0.182
=nerozumi | weight=0.181
=postavou =tam | weight=0.179
=prekazet | weight=0.179
=pry =jen | weight=0.179
=byla =prvni | weight=0.178
=jsem =z | weight=0.178
=nas =protoze | weight=0.177
=muj =prizvuk | weight=0.176
=mamka =je | weight=0.175
=tmavy | weight=0.172
=postavou | weight=0.172
=otravene =duchodci | weight=0.171
=nic =takovy | weight=0.171, noneg
=par | weight=0.170
=me =sledovani | weight=0.170
=tom =ze | weight=0.170
=dedovi | weight=0.170
=ze =v | weight=0.169
=si =ho | weight=0.168
=nepujcuji | weight=0.168
=mladsi =zakaznik | weight=0.168
=obsluha =prednostne | weight=0.168
=zakaznik =obsluha | weight=0.168
=sjednat | weight=0.167
=bez =manzelem | weight=0.166, noneg
=holka | weight=0.166
=mym | weight=0.166
=usoudil | weight=0.165
=usoudil =ze | weight=0.165
=se =naucim | weight=0.164
=predsudky | weight=0.164
=pry =se | weight=0.163
=koupil =u | weight=0.163
=klub | weight=0.163
=pro =mlade | weight=0.162
=psem | weight=0.162
=proste =zavesil | weight=0.161
=pry =mam | weight=0.160
=barvu =pleti | weight=0.160
=a =vsichni | weight=0.159
=me =predbihali | weight=0.159
=predbihali | weight=0.159
=vsichni =me | weight=0.159
=me =kvuli | weight=0.159
=duvodu =veci | weight=0.158
=prednostne | weight=0.158
=jakmile | weight=0.156
=odmitli =sjednat | weight=0.156
=prodavacka =se | weight=0.155
=s =vnucoval | weight=0.155
=cerne | weight=0.154
=je =neslysici | weight=0.153
=tohle =uz | weight=0.153
=mluvit =cesky | weight=0.153
=druhy =kategorie | weight=0.152
=kategorie | weight=0.152
=obce =druhy | weight=0.152
=s =obce | weight=0.152
=vzduch | weight=0.151
=dredy | weight=0.151
=na =tohle | weight=0.150
=prehlizela | weight=0.150
=beru | weight=0.150
=stejne =nerozumi | weight=0.149
=nepochopil | weight=0.149
=opakovane =at | weight=0.147
=tetovani =a | weight=0.146
=nosem =satek | weight=0.146
=tam =byla | weight=0.145
=stejne =nepozna | weight=0.145
=zenska =stejne | weight=0.145
=poradne =cesky | weight=0.145
=vypada | weight=0.145
=jinak =protoze | weight=0.144
=kvuli =voziku | weight=0.143
=sledovani | weight=0.143
=barvu | weight=0.143
=jen =po | weight=0.142
=na =vozejku | weight=0.142
=vozejku | weight=0.142
=vozejku =jsem | weight=0.142
=nerozumim | weight=0.141
=podle =toho | weight=0.140
=nechteli =jednou | weight=0.138
=mamka | weight=0.137
=nepracuje | weight=0.137
=ji =neda | weight=0.137
=tarif =ji | weight=0.137
=to =moc | weight=0.137
=obce | weight=0.137
=mnou =jako | weight=0.137
=prodavac =ji | weight=0.136
=cizi =statni | weight=0.135
=je =cizi | weight=0.135
=jednatel | weight=0.135
=jednatel =je | weight=0.135
=prislusnik | weight=0.135
=statni | weight=0.135
=statni =prislusnik | weight=0.135
=jejich =stary | weight=0.135
=nemam =smysl | weight=0.135
=stary =nemam | weight=0.135
=prilis =stary | weight=0.134
=mobilni | weight=0.134
=naucim =cesky | weight=0.134
=a =dal | weight=0.134
=prijde | weight=0.133
=v =jejich | weight=0.133
=odbyli =ho | weight=0.133
=posmival | weight=0.133
=kdyz =zjistil | weight=0.132
=neni =pro | weight=0.132, noneg
=nechteli | weight=0.132
=mi =proste | weight=0.131
=cesky =kolega | weight=0.130
=kolega =to | weight=0.130
=nikdo =nepozadoval | weight=0.130, noneg
=u =cesky | weight=0.130
=prace | weight=0.130
=kvuli =mym | weight=0.130
=jako =stejnopohlavni | weight=0.129
=odmitli =ubytovat | weight=0.129
=stejnopohlavni | weight=0.129
=stejnopohlavni =par | weight=0.129
=pronajmout | weight=0.129
=nekoho =zdraveho | weight=0.129
=poslali =nekoho | weight=0.129
=zdraveho | weight=0.129
=obslouzit =me | weight=0.128
=neslysici =a | weight=0.128
=mobilni =tarif | weight=0.127
=po =celou | weight=0.126
=smysl | weight=0.126
=prilis | weight=0.126
=jako =ze | weight=0.125
=s =cizincum | weight=0.125
=z =duvodu | weight=0.125
=nepozna | weight=0.125
=najednou =zadna | weight=0.125, noneg
=zadna =volno | weight=0.125, noneg
=slovensko | weight=0.125
=jsem =rom | weight=0.124
=stale =a | weight=0.123
=neda =ze | weight=0.122
=bil | weight=0.122
=vodici | weight=0.122
=obslouzit =vsechno | weight=0.121
=odmitli | weight=0.121
=prepazky =mi | weight=0.121
=veci =uz | weight=0.120
=hur | weight=0.120
=prizvuk =zacala | weight=0.119
=pry | weight=0.119
=mem =veci | weight=0.119
=zjistil =ze | weight=0.118
=najednou | weight=0.117
=bratr =je | weight=0.117
=urednice =protocila | weight=0.117
=s =moje | weight=0.116
=je =diskriminace | weight=0.116
=nas =odmitli | weight=0.114
=par =nas | weight=0.114
=prodavac =me | weight=0.114
=a =delat | weight=0.114
=a =odjel | weight=0.113
=s =nam | weight=0.112
=si =pri | weight=0.112
=svou | weight=0.112
=pred =mnou | weight=0.112
=bratr | weight=0.112
=stejne =nerozumim | weight=0.111
=pacient | weight=0.111
=duchodci =tom | weight=0.111
=kvuli =tom | weight=0.111
=pred =vse | weight=0.110
=nevidomy | weight=0.109
=u =prepazky | weight=0.109
=obslouzit =protoze | weight=0.109
=downuv | weight=0.108
=downuv =syndrom | weight=0.108
=ma =downuv | weight=0.108
=syndrom | weight=0.108
=ubytovat | weight=0.108
=kluk | weight=0.108
=cizincum =na | weight=0.107
=dobirku =neposilaji | weight=0.107
=neposilaji | weight=0.107
=protoze =mluvit | weight=0.107
=zastup | weight=0.106
=prej =tam | weight=0.106
=mem | weight=0.106
=pry =jsem | weight=0.106
=pry =nepracuje | weight=0.106
=odmitli =obslouzit | weight=0.105
=nabizi =ty | weight=0.105
=mnou | weight=0.104
=je =pry | weight=0.104
=nedostal | weight=0.104
=velkoobchodni | weight=0.104
=duvodu | weight=0.104
=pomalu | weight=0.104
=marek | weight=0.103
=si =koupil | weight=0.103
=jsem =moc | weight=0.103
=kamarad | weight=0.103
=matce | weight=0.103
=cech | weight=0.102
=a =urednice | weight=0.102
=auto | weight=0.102
=opakovane =zadam | weight=0.101
=pani =me | weight=0.101
=dobirku | weight=0.101
=na =dobirku | weight=0.101
=mluvit =anglicky | weight=0.100
=to =nikdo | weight=0.100, noneg
=jste =uz | weight=0.100
=stary =to | weight=0.100
=to =nepochopil | weight=0.100
=uz =stary | weight=0.100
=dovnitr =a | weight=0.100
=nedostal =dovnitr | weight=0.100
=vsichni | weight=0.099
=co =nerozumi | weight=0.099
=nerozumi =technik | weight=0.099
=prosla | weight=0.099
=nikoliv | weight=0.099
=do =salu | weight=0.098
=kine =nam | weight=0.098
=s =voziku | weight=0.098
=salu | weight=0.098
=salu =nesmi | weight=0.098
=duchodci =je | weight=0.098
=jen =zdrzuju | weight=0.098
=vzdycky =jen | weight=0.098
=posmival =a | weight=0.098
=autoservisu | weight=0.098
=v =autoservisu | weight=0.098
=stary =na | weight=0.098
=lidi | weight=0.098
=obsluha | weight=0.097
=poradne | weight=0.097
=dite =a | weight=0.097
=me =obslouzit | weight=0.096
=anglicky =a | weight=0.096
=tutez | weight=0.096
=tom =stejne | weight=0.096
=nas =neni | weight=0.096, noneg
=uctovali | weight=0.095
=poznamku =ze | weight=0.095
=na =vstup | weight=0.095
=vysvetlil =jen | weight=0.095
=asistencnim | weight=0.094
=asistencnim =psem | weight=0.094
=do =restaurace | weight=0.094
=odepren =vstup | weight=0.094
=restaurace =s | weight=0.094
=s =asistencnim | weight=0.094
=vstup =do | weight=0.094
=a =personal | weight=0.094
=otravene | weight=0.094
=dostal =horsi | weight=0.094
=puvodu | weight=0.094
=mam =tmavsi | weight=0.093
=tmavsi | weight=0.093
=nejedna | weight=0.093
=pustit =dovnitr | weight=0.092
=jenom | weight=0.091
=a =prodavac | weight=0.091
=odepren | weight=0.091
=horsi | weight=0.091
=priste =prijde | weight=0.090
=je =vzdycky | weight=0.090
=za =nam | weight=0.090
=na =auto | weight=0.090
=ochranka =za | weight=0.090
=moje =mam | weight=0.090
=tarif =je | weight=0.090
=ten =tarif | weight=0.090
=mnou =odmitli | weight=0.089
=jako =ja | weight=0.089
=holka =nepujcuji | weight=0.088
=nepujcuji =kluk | weight=0.088
=a =nepomohl | weight=0.088
=normalne | weight=0.088
=ze =pro | weight=0.088
=kvuli =veci | weight=0.087
=naucim =poradne | weight=0.087
=mlade =pred | weight=0.087
=prodavacka =obslouzit | weight=0.087
=vsechno =mlade | weight=0.087
=ze =tom | weight=0.087
=a =odesla | weight=0.086
=telefon =rekl | weight=0.086
=nemluvi =dobry | weight=0.085
=a =parodovala | weight=0.085
=parodovala | weight=0.085
=parodovala =muj | weight=0.085
=se =sklebila | weight=0.085
=sklebila | weight=0.085
=sklebila =a | weight=0.085
=voziku =do | weight=0.084
=porad =opakovane | weight=0.084
=prestoze =mam | weight=0.084
=delat =si | weight=0.083
=banky =ji | weight=0.083
=nazval =me | weight=0.083
=chodi | weight=0.083
=v =banky | weight=0.082
=pojisteni =vyhradne | weight=0.081
=vyhradne =z | weight=0.081
=auto =nepujcuji | weight=0.081
=odjel | weight=0.081
=slysel =muj | weight=0.080
=slysel | weight=0.080
=mu =rekl | weight=0.079
=ze =na | weight=0.079
=to =jste | weight=0.079
=at =radsi | weight=0.077
