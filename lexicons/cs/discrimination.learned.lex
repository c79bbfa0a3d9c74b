# discrimination, cs: learned by scripts/learn.py from 3307 tuning texts (134 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Kolegyni v šátku odmítli obsloužit, mě hned vzali.
+ Jsem Ukrajinka, česky mluvím dobře, ale úřednice na mě mluvila jako na malé dítě a kolegyni pak řekla, že „tihle“ stejně chtějí jenom dávky.
+ S vozíčkářem prý nepracujou.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=cizincum | weight=0.666
=duchodci | weight=0.524
=prizvuk | weight=0.522
=zena | weight=0.469
=starsi | weight=0.437
=cesky | weight=0.423
=obslouzit | weight=0.370
=dovnitr | weight=0.368
=starsi =lidi | weight=0.351
=vozickar | weight=0.332
=mladym | weight=0.320
=ochranka | weight=0.316
=diskriminace | weight=0.301
=prijde =s | weight=0.289
=s =vozickar | weight=0.268
=romskou | weight=0.265
=mladsi | weight=0.262
=zenska | weight=0.261
=vstup | weight=0.251
=nepracuje | weight=0.244
=manzelovi | weight=0.236
=rodina | weight=0.236
=nikdo =nemam | weight=0.233, noneg
=neslysici | weight=0.227
=odbyli | weight=0.227
=satek | weight=0.218
=clovek =nikdo | weight=0.216, noneg
=tam =pry | weight=0.215
=nam | weight=0.215
=cizi | weight=0.214
=slabozraka | weight=0.213
=rom | weight=0.211
=uver | weight=0.210
=kontrolovala | weight=0.208
=voziku | weight=0.207
=neustale | weight=0.207
=belochum | weight=0.205
=belochum =nic | weight=0.205, noneg
=nam =belochum | weight=0.205
=nedostal =a | weight=0.205
=me =neustale | weight=0.205
=jen =proto | weight=0.203
=stary | weight=0.199
=asi =kvuli | weight=0.196
=jsem =cerne | weight=0.196
=pry =se | weight=0.194
=neni =misto | weight=0.194, noneg
=par | weight=0.193
=jako =zena | weight=0.192
=moc =stary | weight=0.191
=mym | weight=0.190
=veci | weight=0.190
=se =slovo | weight=0.189
=dedovi =to | weight=0.188
=to =nepotrebuji | weight=0.188
=z =ukrajiny | weight=0.187
=naucim | weight=0.185
=nepotrebuji | weight=0.185
=mladym =holka | weight=0.184
=nadaval | weight=0.184
=proto =ze | weight=0.184
=na =tu | weight=0.183
=predsudky | weight=0.182
=ano | weight=0.182
=ukrajiny | weight=0.181
=nam =do | weight=0.181
=dobry =cesky | weight=0.177
=smartphone | weight=0.176
=sledovani =po | weight=0.176
=nikoho =to | weight=0.175, noneg
=vnucoval | weight=0.175
=muj =prizvuk | weight=0.175
=tom =ze | weight=0.175
=otravene =duchodci | weight=0.175
=klub | weight=0.174
=postavou =tam | weight=0.173
=prekazet | weight=0.173
=ze =v | weight=0.173
=usoudil | weight=0.171
=usoudil =ze | weight=0.171
=stejne =nerozumi | weight=0.170
=nas =protoze | weight=0.170
=nic =takovy | weight=0.169, noneg
=dredy | weight=0.168
=protoze =mam | weight=0.168
=plete | weight=0.168
=mladsi =zakaznik | weight=0.168
=obsluha =prednostne | weight=0.168
=zakaznik =obsluha | weight=0.168
=duvodu =veci | weight=0.168
=ukrajinka | weight=0.165
=postavou | weight=0.165
=dedovi | weight=0.164
=tmavy | weight=0.163
=ho =koupil | weight=0.161
=sebe =doma | weight=0.161
=je =neslysici | weight=0.161
=sjednat | weight=0.160
=mamka =je | weight=0.160
=pry =jen | weight=0.159
=jsem =z | weight=0.158
=holka | weight=0.158
=podle =toho | weight=0.158
=me =sledovani | weight=0.157
=bez =manzelovi | weight=0.157, noneg
=kamarad | weight=0.157
=nepusti | weight=0.156
=a =vsichni | weight=0.156
=me =predbihali | weight=0.156
=predbihali | weight=0.156
=vsichni =me | weight=0.156
=na =vozejku | weight=0.155
=vozejku | weight=0.155
=vozejku =jsem | weight=0.155
=vzduchu | weight=0.155
=psem | weight=0.155
=s =vnucoval | weight=0.155
=prednostne | weight=0.155
=u =sebe | weight=0.153
=odmitli =sjednat | weight=0.153
=beru | weight=0.152
=druhy =kategorie | weight=0.151
=kategorie | weight=0.151
=obce =druhy | weight=0.151
=s =obce | weight=0.151
=nechteli | weight=0.151
=posmival | weight=0.151
=anglicky | weight=0.151
=nepujcuji | weight=0.149
=nos =satek | weight=0.149
=telefon =rekl | weight=0.148
=se =naucim | weight=0.147
=kvuli =voziku | weight=0.145
=obslouzit =me | weight=0.145
=bil | weight=0.145
=nechteli =jednou | weight=0.144
=prace | weight=0.144
=odmitli | weight=0.144
=cerne | weight=0.144
=si =koupil | weight=0.144
=tohle =uz | weight=0.144
=najednou =zadna | weight=0.141, noneg
=zadna =volny | weight=0.141, noneg
=jinak =protoze | weight=0.141
=jen =po | weight=0.140
=si =ho | weight=0.140
=mnou =jako | weight=0.140
=tetovani | weight=0.140
=obce | weight=0.139
=cizi =statni | weight=0.138
=je =cizi | weight=0.138
=jednatel | weight=0.138
=jednatel =je | weight=0.138
=prislusnik | weight=0.138
=statni | weight=0.138
=statni =prislusnik | weight=0.138
=na =tohle | weight=0.138
=neslysici =a | weight=0.137
=vypada | weight=0.137
=pro =mladym | weight=0.136
=zacala =mluvit | weight=0.136
=ji =neda | weight=0.135
=tarif =ji | weight=0.135
=to =moc | weight=0.135
=prijde | weight=0.135
=mobilni | weight=0.134
=pry | weight=0.134
=sledovani | weight=0.134
=mluvit =cesky | weight=0.134
=veci =uz | weight=0.133
=pry =mam | weight=0.133
=koupil =u | weight=0.132
=najednou | weight=0.131
=jako =ze | weight=0.131
=nekoho =zdraveho | weight=0.130
=poslali =nekoho | weight=0.130
=zdraveho | weight=0.130
=prehlizel | weight=0.126
=s =cizincum | weight=0.126
=lidi | weight=0.126
=prizvuk =zacala | weight=0.125
=nazval =me | weight=0.125
=at =mluvit | weight=0.124
=opakovane =at | weight=0.124
=kvuli =mym | weight=0.124
=jako =stejnopohlavni | weight=0.124
=odmitli =ubytovat | weight=0.124
=stejnopohlavni | weight=0.124
=stejnopohlavni =par | weight=0.124
=protoze =jsem | weight=0.123
=odbyli =ho | weight=0.123
=poradne =cesky | weight=0.123
=neda =ze | weight=0.122
=bratr =je | weight=0.122
=urednice =protocila | weight=0.122
=naucim =cesky | weight=0.122
=mobilni =tarif | weight=0.121
=jsem =rom | weight=0.121
=nazval | weight=0.121
=prilis =stary | weight=0.121
=duchodci =tom | weight=0.120
=cech | weight=0.120
=vodici | weight=0.120
=jejich =stary | weight=0.119
=nemam =smysl | weight=0.119
=stary =nemam | weight=0.119
=cesky =kolega | weight=0.119
=kolega =to | weight=0.119
=nikdo =nepozadoval | weight=0.119, noneg
=u =cesky | weight=0.119
=vzal | weight=0.118
=bratr | weight=0.117
=odmitli =obslouzit | weight=0.117
=u =prepazky | weight=0.117
=neni =pro | weight=0.116, noneg
=prodavac =ji | weight=0.116
=v =jejich | weight=0.115
=je =diskriminace | weight=0.115
=stale =a | weight=0.115
=mamka | weight=0.115
=protoze =mluvit | weight=0.115
=sebe | weight=0.115
=po =celou | weight=0.114
=na =vstup | weight=0.114
=z =duvodu | weight=0.114
=a =odjel | weight=0.114
=nevidomy | weight=0.113
=svou | weight=0.113
=si =pri | weight=0.112
=rekl =mi | weight=0.112
=a =urednice | weight=0.112
=kluk | weight=0.112
=cizincum =na | weight=0.112
=dobirku =neposilaji | weight=0.112
=neposilaji | weight=0.112
=obslouzit =protoze | weight=0.112
=smysl | weight=0.111
=nabizi =ty | weight=0.111
=pacient | weight=0.110
=s =moje | weight=0.109
=prilis | weight=0.108
=mluvit =jako | weight=0.108
=jako | weight=0.107
=zjistil =ze | weight=0.107
=normalne | weight=0.107
=downuv | weight=0.107
=downuv =syndrom | weight=0.107
=ma =downuv | weight=0.107
=syndrom | weight=0.107
=vysvetlil =jen | weight=0.107
=nas =odmitli | weight=0.106
=par =nas | weight=0.106
=at =mu | weight=0.104
=nerozumim | weight=0.104
=nos | weight=0.104
=s =nam | weight=0.104
=na =auto | weight=0.103
=porad =opakovane | weight=0.103
=stezovat =na | weight=0.103
=matce | weight=0.103
=na =male | weight=0.103
=nedostal | weight=0.103
=tak =at | weight=0.103
=obsluha | weight=0.102
=mem | weight=0.100
=dobirku | weight=0.100
=na =dobirku | weight=0.100
=mem =veci | weight=0.100
=je =pry | weight=0.100
=tom =stejne | weight=0.099
=barve | weight=0.099
=autoservisu | weight=0.099
=v =autoservisu | weight=0.099
=pomalu | weight=0.099
=priste =prijde | weight=0.098
=pani =me | weight=0.098
=barve =plete | weight=0.098
=kvuli =barve | weight=0.098
=pry =jsem | weight=0.098
=nepozna | weight=0.097
=kolega | weight=0.097
=dostal =horsi | weight=0.096
=dovnitr =a | weight=0.096
=nedostal =dovnitr | weight=0.096
=ubytovat | weight=0.096
=do =salu | weight=0.096
=kine =nam | weight=0.096
=s =voziku | weight=0.096
=salu | weight=0.096
=salu =nesmi | weight=0.096
=nas =neni | weight=0.096, noneg
=marek | weight=0.095
=jenom | weight=0.095
=kvuli =veci | weight=0.094
=asistencnim | weight=0.094
=asistencnim =psem | weight=0.094
=do =restaurace | weight=0.094
=odepren =vstup | weight=0.094
=restaurace =s | weight=0.094
=s =asistencnim | weight=0.094
=vstup =do | weight=0.094
=posmival =a | weight=0.093
=uctovali | weight=0.093
=vsichni | weight=0.093
=moje =mam | weight=0.093
=nikoho | weight=0.092, noneg
=horsi | weight=0.092
=za =nam | weight=0.092
=opakovane =zadam | weight=0.092
=jsem =moc | weight=0.092
=stary =na | weight=0.092
=kvuli =tom | weight=0.092
=me =nepusti | weight=0.091
=ochranka =kontrolovala | weight=0.091
=slovo | weight=0.091
=nikoliv | weight=0.091
=velkoobchodni | weight=0.091
=tam =neni | weight=0.091, noneg
=nerozumi | weight=0.090
=ochranka =za | weight=0.090
=ze =pro | weight=0.090
=odepren | weight=0.089
=na =to | weight=0.089
=posilovna | weight=0.089
=ze =s | weight=0.088
=duchodci =je | weight=0.088
=jen =zdrzuju | weight=0.088
=vzdycky =jen | weight=0.088
=a =prodavac | weight=0.087
=me =obslouzit | weight=0.087
=pojisteni =vyhradne | weight=0.087
=vyhradne =z | weight=0.087
=a =personal | weight=0.087
=dela =si | weight=0.086
=mu =rekl | weight=0.086
=tutez | weight=0.085
=holka =nepujcuji | weight=0.084
=nepujcuji =kluk | weight=0.084
=jakmile | weight=0.084
=auto | weight=0.084
=koupil | weight=0.083
=je =vzdycky | weight=0.082
=mym =prizvuk | weight=0.082
=pustit =dovnitr | weight=0.082
=to =nikdo | weight=0.082, noneg
=otravene | weight=0.082
=mechanik | weight=0.082
=odjel | weight=0.082
=naucim =poradne | weight=0.082
=puvodu | weight=0.081
=at =radsi | weight=0.081
=jako =zenska | weight=0.081
=neukociruju | weight=0.081
=radsi =prijde | weight=0.081
=s =chlap | weight=0.081
=neprijimaji | weight=0.081
=zjistil | weight=0.081
=v =banky | weight=0.080
=a =parodovala | weight=0.080
=parodovala | weight=0.080
=parodovala =muj | weight=0.080
=se =sklebila | weight=0.080
=sklebila | weight=0.080
=sklebila =a | weight=0.080
=jako =ja | weight=0.080
=duvodu | weight=0.080
=prestoze =mam | weight=0.080
=voziku =do | weight=0.079
=mne | weight=0.079
=stejne =nerozumim | weight=0.079
=obchode =me | weight=0.078
=bavit =jen | weight=0.078
=nejedna | weight=0.078
=a =nepomohl | weight=0.078
=dite =a | weight=0.078
=prsty | weight=0.077
=skrz | weight=0.077
=skrz =prsty | weight=0.077
=mam =tetovani | weight=0.077
=tetovani =obslouzit | weight=0.077
=tady | weight=0.077
=vyhradne | weight=0.076
=nemluvi =dobry | weight=0.076
=jen =pro | weight=0.076
=okamzite | weight=0.076
=slysel | weight=0.075
=nabidli | weight=0.075
=obchode | weight=0.075
=provozovne | weight=0.075
=zakaznik =nechal | weight=0.074
=a =cisnik | weight=0.074
=a =dela | weight=0.074
=tarif =je | weight=0.074
=ten =tarif | weight=0.074
=nepomohl | weight=0.073
=po =vsech | weight=0.073
=oni =neda | weight=0.073
=slysel =muj | weight=0.073
=pote =co | weight=0.072
=prepazky =se | weight=0.072
