# incompetence, cs: learned by scripts/learn.py from 3535 tuning texts (226 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Technik dvě hodiny zkoušel, co by to mohlo být, a nakonec odešel s tím, že neví.
+ Holka na pokladně neuměla vrátit peníze na kartu, musela volat kolegyni, která to taky nevěděla.
+ Poradila mi úplnej nesmysl.
- ok dekuju
- super, doporucuju
=nevedel | weight=0.741
=nedokazal | weight=0.527
=netusil | weight=0.510
=nebyl =schopna | weight=0.488, noneg
=nic =nevedel | weight=0.464, noneg
=rekl =neco | weight=0.454
=nesmysl | weight=0.397
=zhorsilo | weight=0.392
=obracene | weight=0.388
=placal | weight=0.381
=informace | weight=0.365
=pak =ze | weight=0.340
=nikdo =tam | weight=0.339, noneg
=nikdo =nevedel | weight=0.335, noneg
=jako =to | weight=0.332
=neumim =ani | weight=0.331, noneg
=vlastni | weight=0.313
=nikdo =nevi | weight=0.309, noneg
=neumim | weight=0.304
=chybne | weight=0.302
=vlastni =zbozi | weight=0.299
=neco =jinam | weight=0.296
=technik =jen | weight=0.292
=spatne =kabel | weight=0.288
=mi =spatne | weight=0.287
=spletl | weight=0.287
=ktery =byla | weight=0.284
=tvrdi =neco | weight=0.277
=to =nastavil | weight=0.275
=neznala | weight=0.272
=monter | weight=0.268
=o =tarif | weight=0.268
=informace =o | weight=0.267
=netusil =jako | weight=0.267
=neznaj | weight=0.266
=to =bude | weight=0.264
=ze =mu | weight=0.264
=nevi =nic | weight=0.261, noneg
=v =prodejne | weight=0.260
=ze =nevi | weight=0.260
=dil =ktery | weight=0.257
=tri =lidi | weight=0.255
=uplne =jinam | weight=0.249
=dat =splatnosti | weight=0.248
=nevedel =jako | weight=0.244
=nekompetentni | weight=0.242
=pani =nebyl | weight=0.241, noneg
=rekne =neco | weight=0.236
=bezradne | weight=0.236
=nikdo =nedokazal | weight=0.236, noneg
=zapojil | weight=0.233
=kabel | weight=0.233
=neni =schopna | weight=0.232, noneg
=mi =porad | weight=0.230
=pani =v | weight=0.229
=koho | weight=0.228
=prodejne =tvrdi | weight=0.226
=mi =uplne | weight=0.225
=uplne =nesmysl | weight=0.225
=priznal =ze | weight=0.223
=technik =to | weight=0.223
=lze | weight=0.222
=koukal | weight=0.217
=rozumi | weight=0.215
=nedokazal =ani | weight=0.213, noneg
=zpackal | weight=0.212
=co =je | weight=0.211
=to =jde | weight=0.211
=vyznal | weight=0.209
=produkt | weight=0.207
=nic =o | weight=0.207, noneg
=mu =spletl | weight=0.205
=spletl =formular | weight=0.205
=urednice =mu | weight=0.205
=vidi | weight=0.205
=uplne =spatne | weight=0.205
=jsem =od | weight=0.203
=protichudne | weight=0.200
=protichudne =informace | weight=0.200
=splatnosti | weight=0.200
=byla =v | weight=0.199
=vi | weight=0.199
=ted =plati | weight=0.199
=jednou =operator | weight=0.197
=pozdeji =a | weight=0.196
=jeho =kolegyne | weight=0.195
=nedoslo | weight=0.194
=stejne =nezapojil | weight=0.192
=prodavacka | weight=0.192
=ze =zasilka | weight=0.191
=kotel | weight=0.189
=druhy | weight=0.188
=mi =spocitala | weight=0.187
=spocitala | weight=0.187
=brigadnik | weight=0.186
=nenastavil | weight=0.186
=router =stejne | weight=0.186
=stejne =nenastavil | weight=0.186
=odpoved =ani | weight=0.186, noneg
=ktery =mi | weight=0.186
=uplne | weight=0.184
=druhy =ze | weight=0.183
=pate =pres | weight=0.182
=placal =pate | weight=0.182
=pres =devet | weight=0.182
=psal =ze | weight=0.180
=otazku =ohledne | weight=0.180
=rekl =tri | weight=0.180
=a =router | weight=0.180
=lidi =co | weight=0.179
=mi =prisel | weight=0.179
=je =vidi | weight=0.178
=neni =vubec | weight=0.178, noneg
=personal =neni | weight=0.178, noneg
=ze =personal | weight=0.178
=vubec =nerozumi | weight=0.177
=to =nikdo | weight=0.177, noneg
=zmatene | weight=0.177
=nam =tvrdi | weight=0.177
=porad =jen | weight=0.174
=ani | weight=0.173, noneg
=chybne =diagnostikoval | weight=0.173
=diagnostikoval | weight=0.173
=diagnostikoval =zavada | weight=0.173
=neprisel =ani | weight=0.173, noneg
=vlastni =produkt | weight=0.170
=cem =mluvit | weight=0.170
=o =cem | weight=0.170
=bezradne =koukal | weight=0.169
=jen =bezradne | weight=0.169
=nasadil | weight=0.169
=ktery =k | weight=0.169
=nepasuje | weight=0.169
=vubec =nepasuje | weight=0.169
=vubec =neni | weight=0.169, noneg
=opacne | weight=0.168
=vidi =poprve | weight=0.167
=na =zavada | weight=0.167
=zavada =neprisel | weight=0.167
=nezapojil | weight=0.166
=slecna =na | weight=0.166
=antene | weight=0.165
=tri =ruzne | weight=0.164
=vidi =ze | weight=0.164
=porad =spatne | weight=0.163
=kdy =to | weight=0.163
=opravare | weight=0.162
=ruzne =odpoved | weight=0.162
=co =s | weight=0.161
=jinam =lek | weight=0.161
=lek =nez | weight=0.161
=mi =vydat | weight=0.161
=vydat =jinam | weight=0.161
=priznal | weight=0.161
=vubec =nevi | weight=0.160
=vas =podpora | weight=0.160
=kolegyne | weight=0.160
=jako =se | weight=0.160
=pokazde =kdyz | weight=0.160
=ze =smlouvu | weight=0.160
=nikdo =mi | weight=0.159, noneg
=neschopni | weight=0.158
=co =po | weight=0.157
=nemam =chci | weight=0.157
=po =nemam | weight=0.157
=nemam =potuchy | weight=0.156
=potuchy | weight=0.156
=potuchy =jako | weight=0.156
=technik =zjevne | weight=0.156
=zjevne =nemam | weight=0.156
=nejdriv | weight=0.156
=je =balik | weight=0.155
=model | weight=0.155
=co | weight=0.155
=roaming | weight=0.155
=spocitala =spatne | weight=0.154
=technik =je | weight=0.154
=mesicne | weight=0.154
=ten =kluk | weight=0.154
=nespravne | weight=0.154
=vymenu =dil | weight=0.153
=zavazek =do | weight=0.152
=nez =predtim | weight=0.152
=narok =nemam | weight=0.150, noneg
=vys | weight=0.150
=dvirka | weight=0.150
=jednoduchou | weight=0.148
=jednoduchou =otazku | weight=0.148
=na =jednoduchou | weight=0.148
=horsi =nez | weight=0.147
=nerozumel =tom | weight=0.147
=pani =rikal | weight=0.147
=nedokazal =rict | weight=0.147
=nikdo =nepracuje | weight=0.147, noneg
=znackou | weight=0.147
=znackou =nikdo | weight=0.147, noneg
=pokazde =jsem | weight=0.146
=na =slevu | weight=0.146
=jde | weight=0.145
=mechanik | weight=0.145
=ptal =jako | weight=0.144
=chybne =dat | weight=0.143
=sdeleno =chybne | weight=0.143
=pani =netusil | weight=0.143
=naopak | weight=0.143
=do =rok | weight=0.143
=kdy | weight=0.142
=amateri | weight=0.142
=nevedel =radu | weight=0.142
=prodat | weight=0.141
=co =by | weight=0.141
=mohli =byt | weight=0.141
=visi =jsem | weight=0.141
=ze =ne | weight=0.139, noneg
=urednice =mi | weight=0.139
=kazdy =chvili | weight=0.138
=zablokovali =ucet | weight=0.138
=horsi | weight=0.138
=tapal | weight=0.137
=odesel | weight=0.137
=nikdo =z | weight=0.137, noneg
=ted =je | weight=0.136
=smlouvu =je | weight=0.136
=prisel =ucet | weight=0.136
=tak =ze | weight=0.136
=nakonec =odesel | weight=0.135
=to =nechal | weight=0.135
=rusim =u | weight=0.134
=zavada | weight=0.134
=zaruka =mi | weight=0.134
=odpovi =nekdo | weight=0.132
=uz =poslali | weight=0.132
=to =mohli | weight=0.132
=jistic | weight=0.132
=pobocce =se | weight=0.132
=operatorka =a | weight=0.131
=pak =znovu | weight=0.131
=zavazek | weight=0.130
=neco =jinyho | weight=0.130
=hledal =v | weight=0.129
=to =nedokazal | weight=0.129
=technik =se | weight=0.128
=resit =jinde | weight=0.128
=netusil =ani | weight=0.128, noneg
=nedokazal =vysvetlil | weight=0.128
=kolik | weight=0.128
=tak =co | weight=0.127
=fakt =super | weight=0.127
=aktualizaci | weight=0.127
=mi =spletl | weight=0.127
=vubec =nedoslo | weight=0.127
=neznala =vlastni | weight=0.127
=to =jeste | weight=0.127
=zname | weight=0.127
=na =maily | weight=0.127
=to =nevi | weight=0.126
=nemam =to | weight=0.126
=znat | weight=0.126
=postup =ktery | weight=0.126
=od =dvou | weight=0.126
=mam =to | weight=0.126
=prodavacka =se | weight=0.126
=tarif =jde | weight=0.126
=nechal =byt | weight=0.125
=cem | weight=0.125
=vodomeru =ktery | weight=0.125
=me =jako | weight=0.125
=pleti =pojmy | weight=0.125
=pojmy | weight=0.125
=o =vyuctovani | weight=0.124
=restartovat =mobilu | weight=0.124
=pak =ji | weight=0.123
=naprosto | weight=0.123
=nevedel =ani | weight=0.123, noneg
=nevi =co | weight=0.122
=telefon =vubec | weight=0.122
=me =asi | weight=0.122
=zasilka =lze | weight=0.122
=hodiny =pak | weight=0.122
=vymenu =baterii | weight=0.122
=se =musim | weight=0.121
=chvili | weight=0.121
=coz | weight=0.120
=spravuje | weight=0.120
=mylne | weight=0.120
=mylne =informace | weight=0.120
=volam =uz | weight=0.120
=na =recept | weight=0.120
=nic =nevi | weight=0.120, noneg
=vubec =neznala | weight=0.119
=asi =petkrat | weight=0.119
=urednice | weight=0.119
=a =jen | weight=0.118
=vodomeru | weight=0.118
=musim =jit | weight=0.117
=prodavacka =nevedel | weight=0.117
=je =chyba | weight=0.117
=vubec =nekdo | weight=0.117
=nevedel =co | weight=0.117
=zasahu | weight=0.116
=likvidatorka | weight=0.116
=operatorka | weight=0.116
=spatne =sluzba | weight=0.115
=rozdil =mezi | weight=0.115
=zjistil | weight=0.114
=recepcni | weight=0.114
=ze =neni | weight=0.113, noneg
=nastavil | weight=0.113
=kde =jste | weight=0.113
=devet | weight=0.113
=divala | weight=0.113
=trva =mesic | weight=0.112
=dostal =jsem | weight=0.112
=tom =co | weight=0.112
=poslali =navod | weight=0.112
=dal =cislo | weight=0.111
=hledal | weight=0.111
=nepochopil | weight=0.111
=plati | weight=0.111
=technik =tvrdi | weight=0.111
=hotline | weight=0.111
=na =hotline | weight=0.111
=nejhorsi =zakaznickou | weight=0.110
=jen =to | weight=0.110
=hodiny =zkousel | weight=0.110
=zavolam =zitra | weight=0.110
=na =ortopedii | weight=0.110
=ortopedii | weight=0.110
=byla =na | weight=0.109
=spatne =informace | weight=0.108
=domluvit | weight=0.108
=kolik =to | weight=0.108
=prechod | weight=0.108
=lekarnice | weight=0.108
=router =i | weight=0.107
=pobocce =byla | weight=0.107
=tu =pracka | weight=0.107
=moje =objednavka | weight=0.106
=tarif | weight=0.106
=navod =pro | weight=0.106
=v =pocitaci | weight=0.106
=chybne =fakturu | weight=0.106
=restartovat | weight=0.106
=splatky | weight=0.106
=to =trva | weight=0.105
=mi =nedokazal | weight=0.105
=ctyrikrat =me | weight=0.105
=instalater | weight=0.105
=pleti | weight=0.105
=uctovali | weight=0.104
=kotel =netopi | weight=0.104
=na =chyba | weight=0.104
=ptal =jsem | weight=0.104
=nic =a | weight=0.104, noneg
=se =dovolat | weight=0.103
=petkrat =a | weight=0.103
=licenci | weight=0.103
=nam =porad | weight=0.103
=nez =byla | weight=0.102
=porad =uplne | weight=0.102
=trva =a | weight=0.102
=nevedel =vubec | weight=0.102
=vubec | weight=0.102
=netusil =o | weight=0.102
=stale =trva | weight=0.101
=vymenu | weight=0.101
=byla =slusny | weight=0.101
=poradku =mi | weight=0.101
=agentka =mi | weight=0.100
=nabijecku =ktery | weight=0.100
=pobocce =nevedel | weight=0.100
=nezkuseny | weight=0.100
=odesel =s | weight=0.100
=nerozumel | weight=0.100
=ale =ani | weight=0.100, noneg
=doporucil | weight=0.100
=divala =jako | weight=0.100
=personal | weight=0.100
=ocenuju =ze | weight=0.099
=zase =ze | weight=0.099
=spatne =adresu | weight=0.099
=navod | weight=0.098
=jinde | weight=0.098
=ze =skodu | weight=0.098
=nerozumi | weight=0.098
=lince =mi | weight=0.098
=prepojili =a | weight=0.098
=ale =ten | weight=0.098
=ani =na | weight=0.098, noneg
=operator =nevedel | weight=0.097
=doporucil =mi | weight=0.097
=infolince | weight=0.097
=v =cenu | weight=0.097
=zarizeni | weight=0.097
=operatorka =mi | weight=0.096
=zamestnanec | weight=0.096
=mi =nebyl | weight=0.096, noneg
=pravdu | weight=0.095
=narok | weight=0.095
=elektrikar | weight=0.095
