# discrimination, cs: learned by scripts/learn.py from 3092 tuning texts (133 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Kolegyni v šátku odmítli obsloužit, mě hned vzali.
+ Jsem Ukrajinka, česky mluvím dobře, ale úřednice na mě mluvila jako na malé dítě a kolegyni pak řekla, že „tihle“ stejně chtějí jenom dávky.
+ S vozíčkářem prý nepracujou.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=cizincum | weight=0.655
=prizvuk | weight=0.525
=duchodci | weight=0.524
=zena | weight=0.461
=starsi | weight=0.437
=cesky | weight=0.433
=obslouzit | weight=0.380
=dovnitr | weight=0.373
=starsi =lidi | weight=0.342
=vozickar | weight=0.333
=mladym | weight=0.327
=ochranka | weight=0.315
=diskriminace | weight=0.302
=prijde =s | weight=0.280
=zenska | weight=0.274
=s =vozickar | weight=0.268
=romskou | weight=0.267
=mladsi | weight=0.261
=vstup | weight=0.257
=odbyli | weight=0.247
=manzelovi | weight=0.244
=nepracuje | weight=0.241
=nikdo =nemam | weight=0.237, noneg
=rodina | weight=0.236
=neslysici | weight=0.226
=cizi | weight=0.223
=voziku | weight=0.219
=satek | weight=0.219
=nam | weight=0.219
=tam =pry | weight=0.219
=clovek =nikdo | weight=0.218, noneg
=kontrolovala | weight=0.217
=slabozraka | weight=0.215
=rom | weight=0.212
=stary | weight=0.211
=uver | weight=0.210
=jen =proto | weight=0.207
=belochum | weight=0.207
=belochum =nic | weight=0.207, noneg
=nam =belochum | weight=0.207
=neustale | weight=0.206
=me =neustale | weight=0.205
=nikoho =to | weight=0.201, noneg
=moc =stary | weight=0.198
=neni =misto | weight=0.198, noneg
=nedostal =a | weight=0.197
=par | weight=0.196
=se =slovo | weight=0.195
=proto =ze | weight=0.194
=asi =kvuli | weight=0.193
=jsem =cerna | weight=0.193
=pry =se | weight=0.191
=veci | weight=0.191
=mym | weight=0.188
=predsudky | weight=0.187
=nadaval | weight=0.187
=z =ukrajiny | weight=0.187
=dobry =cesky | weight=0.187
=mladym =holka | weight=0.186
=nepotrebuji | weight=0.186
=dedovi =to | weight=0.186
=to =nepotrebuji | weight=0.186
=sledovani =po | weight=0.185
=nam =do | weight=0.183
=ano | weight=0.183
=tom =ze | weight=0.182
=ukrajiny | weight=0.181
=jako =zena | weight=0.181
=smartphone | weight=0.179
=otravene =duchodci | weight=0.179
=ukrajinka | weight=0.178
=vnucoval | weight=0.178
=klub | weight=0.177
=dredy | weight=0.176
=pleti | weight=0.176
=na =tu | weight=0.175
=nas =protoze | weight=0.174
=stejne =nerozumi | weight=0.173
=ze =v | weight=0.173
=protoze =mam | weight=0.172
=duvodu =veci | weight=0.171
=ho =koupil | weight=0.171
=sebe =doma | weight=0.171
=anglicky | weight=0.170
=postavou =tam | weight=0.168
=prekazet | weight=0.168
=tmavy | weight=0.168
=usoudil | weight=0.167
=usoudil =ze | weight=0.167
=a =vsichni | weight=0.166
=me =predbihali | weight=0.166
=predbihali | weight=0.166
=vsichni =me | weight=0.166
=sjednat | weight=0.166
=pry | weight=0.165
=je =neslysici | weight=0.164
=jsem =z | weight=0.164
=me =sledovani | weight=0.163
=nic =takovy | weight=0.163, noneg
=mladsi =zakaznik | weight=0.163
=obsluha =prednostne | weight=0.163
=zakaznik =obsluha | weight=0.163
=naucim | weight=0.163
=telefon =rekl | weight=0.163
=muj =prizvuk | weight=0.163
=bez =manzelovi | weight=0.162, noneg
=pry =jen | weight=0.161
=odmitli =sjednat | weight=0.160
=postavou | weight=0.160
=dedovi | weight=0.160
=s =vnucoval | weight=0.158
=u =sebe | weight=0.158
=mamka =je | weight=0.157
=psem | weight=0.157
=nechteli | weight=0.155
=podle =toho | weight=0.155
=na =vozejku | weight=0.154
=vozejku | weight=0.154
=vozejku =jsem | weight=0.154
=kamarad | weight=0.153
=nosi =satek | weight=0.153
=prednostne | weight=0.152
=holka | weight=0.152
=druhy =kategorie | weight=0.151
=kategorie | weight=0.151
=obce =druhy | weight=0.151
=s =obce | weight=0.151
=vzduchu | weight=0.150
=posmival | weight=0.149
=nepusti | weight=0.149
=nepujcuji | weight=0.148
=beru | weight=0.148
=kvuli =voziku | weight=0.147
=mobilni | weight=0.147
=jinak =protoze | weight=0.146
=si =koupil | weight=0.145
=obslouzit =me | weight=0.145
=nechteli =jednou | weight=0.144
=mnou =jako | weight=0.144
=tetovani | weight=0.144
=prace | weight=0.144
=odmitli | weight=0.143
=cerna | weight=0.143
=najednou =zadna | weight=0.143, noneg
=zadna =volny | weight=0.143, noneg
=ji =neda | weight=0.143
=tarif =ji | weight=0.143
=to =moc | weight=0.143
=tohle =uz | weight=0.142
=bil | weight=0.141
=pro =mladym | weight=0.141
=zacala =mluvit | weight=0.141
=pry =mam | weight=0.140
=vypada | weight=0.139
=obce | weight=0.138
=mluvit =cesky | weight=0.138
=si =ho | weight=0.138
=cizi =statni | weight=0.137
=je =cizi | weight=0.137
=jednatel | weight=0.137
=jednatel =je | weight=0.137
=prislusnik | weight=0.137
=statni | weight=0.137
=statni =prislusnik | weight=0.137
=neslysici =a | weight=0.136
=nekoho =zdraveho | weight=0.136
=poslali =nekoho | weight=0.136
=zdraveho | weight=0.136
=koupil =u | weight=0.136
=najednou | weight=0.134
=jen =po | weight=0.134
=lidi | weight=0.133
=kvuli =mym | weight=0.133
=na =tohle | weight=0.133
=sledovani | weight=0.132
=veci =uz | weight=0.131
=jejich =stary | weight=0.129
=nemam =smysl | weight=0.129
=stary =nemam | weight=0.129
=mobilni =tarif | weight=0.129
=poradne =cesky | weight=0.128
=jako =ze | weight=0.128
=odbyli =ho | weight=0.126
=prehlizel | weight=0.126
=protoze =jsem | weight=0.126
=bratr =je | weight=0.126
=urednice =protocila | weight=0.126
=s =cizincum | weight=0.126
=po =celou | weight=0.125
=v =jejich | weight=0.125
=neda =ze | weight=0.125
=protoze =mluvit | weight=0.125
=at =mluvit | weight=0.124
=opakovane =at | weight=0.124
=vodici | weight=0.123
=jsem =rom | weight=0.123
=jako =stejnopohlavni | weight=0.122
=odmitli =ubytovat | weight=0.122
=stejnopohlavni | weight=0.122
=stejnopohlavni =par | weight=0.122
=prilis =stary | weight=0.122
=neni =pro | weight=0.122, noneg
=prodavac =ji | weight=0.122
=stezovat =na | weight=0.122
=cesky =kolega | weight=0.122
=kolega =to | weight=0.122
=nikdo =nepozadoval | weight=0.122, noneg
=u =cesky | weight=0.122
=nazval | weight=0.121
=nazval =me | weight=0.121
=pacient | weight=0.121
=prizvuk =zacala | weight=0.120
=obsluha | weight=0.120
=obslouzit =protoze | weight=0.119
=na =vstup | weight=0.119
=duchodci =tom | weight=0.119
=vzal | weight=0.118
=je =diskriminace | weight=0.118
=z =duvodu | weight=0.118
=bratr | weight=0.118
=smysl | weight=0.115
=cech | weight=0.115
=jako =ja | weight=0.114
=kluk | weight=0.114
=pry =jsem | weight=0.114
=rekl =mi | weight=0.114
=se =naucim | weight=0.113
=at =mu | weight=0.113
=cizincum =na | weight=0.112
=dobirku =neposilaji | weight=0.112
=neposilaji | weight=0.112
=odmitli =obslouzit | weight=0.110
=mluvit =jako | weight=0.110
=svou | weight=0.110
=marek | weight=0.110
=nikoho | weight=0.109, noneg
=a =odjel | weight=0.109
=prilis | weight=0.109
=a =urednice | weight=0.109
=mamka | weight=0.108
=ze =s | weight=0.108
=na =male | weight=0.108
=nerozumim | weight=0.107
=nabizi =ty | weight=0.107
=downuv | weight=0.107
=downuv =syndrom | weight=0.107
=ma =downuv | weight=0.107
=syndrom | weight=0.107
=s =moje | weight=0.107
=s =nam | weight=0.107
=nosi | weight=0.106
=nas =odmitli | weight=0.106
=par =nas | weight=0.106
=sebe | weight=0.106
=prijde | weight=0.106
=ochranka =za | weight=0.106
=mem | weight=0.105
=otravene | weight=0.105
=nevidomy | weight=0.105
=barve | weight=0.105
=pani =me | weight=0.104
=porad =opakovane | weight=0.103
=tom =stejne | weight=0.103
=normalne | weight=0.103
=nepozna | weight=0.101
=u =prepazky | weight=0.100
=vsichni | weight=0.100
=moje =mam | weight=0.099
=zjistil =ze | weight=0.099
=puvodu | weight=0.099
=tam =neni | weight=0.099, noneg
=dobirku | weight=0.098
=na =dobirku | weight=0.098
=kolega | weight=0.098
=nikoliv | weight=0.098
=opakovane =zadam | weight=0.098
=pomalu | weight=0.098
=dostal =horsi | weight=0.098
=horsi | weight=0.098
=za =nam | weight=0.097
=velkoobchodni | weight=0.097
=autoservisu | weight=0.097
=v =autoservisu | weight=0.097
=dovnitr =a | weight=0.097
=nedostal =dovnitr | weight=0.097
=kvuli =tom | weight=0.097
=mem =veci | weight=0.097
=ubytovat | weight=0.097
=kvuli =veci | weight=0.097
=matce | weight=0.096
=vysvetlil =jen | weight=0.096
=slovo | weight=0.096
=na =auto | weight=0.096
=asistencnim | weight=0.094
=asistencnim =psem | weight=0.094
=do =restaurace | weight=0.094
=odepren =vstup | weight=0.094
=restaurace =s | weight=0.094
=s =asistencnim | weight=0.094
=vstup =do | weight=0.094
=posilovna | weight=0.094
=je =pry | weight=0.094
=barve =pleti | weight=0.094
=kvuli =barve | weight=0.094
=ochranka =kontrolovala | weight=0.094
=na =to | weight=0.093
=nas =neni | weight=0.093, noneg
=jsem =moc | weight=0.092
=stary =na | weight=0.092
=me =nepusti | weight=0.092
=tutez | weight=0.092
=a =prodavac | weight=0.092
=priste =prijde | weight=0.092
=posmival =a | weight=0.091
=uctovali | weight=0.091
=odepren | weight=0.090
=a =personal | weight=0.090
=jenom | weight=0.090
=me =obslouzit | weight=0.090
=naucim =cesky | weight=0.090
=holka =nepujcuji | weight=0.089
=nepujcuji =kluk | weight=0.089
=mechanik | weight=0.089
=pojisteni =vyhradne | weight=0.088
=vyhradne =z | weight=0.088
=to =nikdo | weight=0.088, noneg
=do =salu | weight=0.088
=kine =nam | weight=0.088
=s =voziku | weight=0.088
=salu | weight=0.088
=salu =nesmi | weight=0.088
=jakmile | weight=0.088
=naucim =poradne | weight=0.087
=duvodu | weight=0.087
=provozovne | weight=0.086
=dela =si | weight=0.086
=ze =pro | weight=0.086
=mym =prizvuk | weight=0.085
=pustit =dovnitr | weight=0.085
=nedostal | weight=0.084
=mu =rekl | weight=0.084
=prestoze =mam | weight=0.083
=duchodci =je | weight=0.083
=jen =zdrzuju | weight=0.083
=vzdycky =jen | weight=0.083
=pote =co | weight=0.082
=a =parodovala | weight=0.082
=parodovala | weight=0.082
=parodovala =muj | weight=0.082
=se =sklebila | weight=0.082
=sklebila | weight=0.082
=sklebila =a | weight=0.082
=v =banky | weight=0.082
=koupil | weight=0.082
=prsty | weight=0.081
=skrz | weight=0.081
=skrz =prsty | weight=0.081
=at =radsi | weight=0.081
=jako =zenska | weight=0.081
=neukociruju | weight=0.081
=radsi =prijde | weight=0.081
=s =chlap | weight=0.081
=okamzite | weight=0.081
=jako =na | weight=0.079
=nejedna | weight=0.079
=jako | weight=0.079
=bankovnictvi | weight=0.079
=mam =tetovani | weight=0.079
=tetovani =obslouzit | weight=0.079
=nemluvi =dobry | weight=0.079
=je =vzdycky | weight=0.078
=auto | weight=0.078
=vazeni =upozornit | weight=0.078
=tady | weight=0.078
=ze =starsi | weight=0.077
=a =nepomohla | weight=0.077
=bavil =jen | weight=0.077
=neprijimaji | weight=0.076
=obchode | weight=0.076
=nabidli | weight=0.076
=obchode =me | weight=0.076
=a =dela | weight=0.076
=at =priste | weight=0.076
=priste =poslali | weight=0.076
=voziku =do | weight=0.075
=banky =ji | weight=0.075
=po =me | weight=0.075
=nerozumi | weight=0.074
=bez =jedina | weight=0.074, noneg
=tarif =je | weight=0.074
=ten =tarif | weight=0.074
=a =obslouzit | weight=0.074
=jen =pro | weight=0.074
=odjel | weight=0.073
=neco =zeptat | weight=0.073
=vazeni =jako | weight=0.073
=po =vsech | weight=0.073
=jen =anglicky | weight=0.073
=dite =a | weight=0.073
=poznamku =ze | weight=0.072
