# incompetence, cs: learned by scripts/learn.py from 3948 tuning texts (232 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Technik dvě hodiny zkoušel, co by to mohlo být, a nakonec odešel s tím, že neví.
+ Holka na pokladně neuměla vrátit peníze na kartu, musela volat kolegyni, která to taky nevěděla.
+ Poradila mi úplnej nesmysl.
- ok dekuju
- super, doporucuju
=nevedel | weight=0.736
=nedokazal | weight=0.542
=netusil | weight=0.515
=nebyl =schopna | weight=0.497, noneg
=nic =nevedel | weight=0.470, noneg
=rekl =neco | weight=0.448
=obracene | weight=0.408
=nesmysl | weight=0.400
=zhorsilo | weight=0.399
=placal | weight=0.377
=pak =ze | weight=0.364
=informace | weight=0.363
=nikdo =nevedel | weight=0.349, noneg
=nikdo =tam | weight=0.347, noneg
=neumim =ani | weight=0.347, noneg
=vlastni | weight=0.329
=jako =to | weight=0.324
=monter | weight=0.310
=neco =jiny | weight=0.309
=spatne =kabel | weight=0.305
=uplne =jiny | weight=0.297
=technik =jen | weight=0.295
=mi =spatne | weight=0.295
=vlastni =zbozi | weight=0.292
=ze =nevim | weight=0.291
=ktery =byla | weight=0.290
=neznala | weight=0.283
=prodejne =tvrdi | weight=0.283
=ze =mu | weight=0.282
=tvrdi =neco | weight=0.281
=chybne | weight=0.278
=o =tarif | weight=0.277
=spletl | weight=0.276
=neumim | weight=0.275
=neznaj | weight=0.273
=informace =o | weight=0.272
=dil =ktery | weight=0.268
=to =nastavil | weight=0.267
=nevim =nic | weight=0.265, noneg
=nikdo =nevim | weight=0.261, noneg
=netusil =jako | weight=0.254
=pani =v | weight=0.254
=dat =splatnosti | weight=0.253
=rekne =neco | weight=0.253
=v =prodejne | weight=0.253
=nekompetentni | weight=0.250
=nevedel =jako | weight=0.249
=priznal =ze | weight=0.246
=tri =lidi | weight=0.245
=nikdo =nedokazal | weight=0.242, noneg
=pani =nebyl | weight=0.237, noneg
=kabel | weight=0.236
=koukal | weight=0.232
=bezradne | weight=0.231
=jeho =kolegyne | weight=0.230
=neni =schopna | weight=0.228, noneg
=jsem =od | weight=0.225
=produkt | weight=0.221
=mi =uplne | weight=0.220
=uplne =nesmysl | weight=0.220
=jednou =operator | weight=0.220
=uplne =spatne | weight=0.217
=zapojil | weight=0.215
=ted =plati | weight=0.214
=jeste =to | weight=0.213
=rozumi | weight=0.212
=nedokazal =ani | weight=0.211, noneg
=vidi | weight=0.211
=to =bude | weight=0.210
=druhy =ze | weight=0.210
=nikdo =nam | weight=0.210, noneg
=protichudne | weight=0.209
=protichudne =informace | weight=0.209
=zarizeni | weight=0.209
=vyznal | weight=0.209
=stejne =nezapojil | weight=0.208
=splatnosti | weight=0.207
=zpackal | weight=0.206
=vi | weight=0.205
=vubec =neni | weight=0.205, noneg
=psal =ze | weight=0.204
=mu =spletl | weight=0.201
=spletl =formular | weight=0.201
=urednice =mu | weight=0.201
=mi =porad | weight=0.200
=chybne =diagnostiku | weight=0.199
=diagnostiku =zavada | weight=0.199
=nic =o | weight=0.198, noneg
=nedoslo | weight=0.196
=mi =spocitala | weight=0.195
=spocitala | weight=0.195
=nam =tvrdi | weight=0.193
=nenastavil | weight=0.192
=router =stejne | weight=0.192
=stejne =nenastavil | weight=0.192
=vubec =nerozumi | weight=0.192
=to =nikdo | weight=0.192, noneg
=brigadnice | weight=0.191
=odpoved =ani | weight=0.190, noneg
=byla =v | weight=0.190
=nezapojil | weight=0.190
=koho | weight=0.189
=lidi =co | weight=0.189
=porad =jen | weight=0.187
=zmatene | weight=0.187
=a =router | weight=0.186
=antene | weight=0.185
=priznal | weight=0.184
=otazku =ohledne | weight=0.183
=roaming | weight=0.183
=porad =spatne | weight=0.182
=je =vidi | weight=0.181
=neni =vubec | weight=0.181, noneg
=personal =neni | weight=0.181, noneg
=ze =personal | weight=0.181
=lze | weight=0.181
=ruzne =odpoved | weight=0.181
=ani | weight=0.181, noneg
=paty =pres | weight=0.181
=placal =paty | weight=0.181
=pres =devet | weight=0.181
=ze =smlouvu | weight=0.180
=rekl =tri | weight=0.178
=ktery =mi | weight=0.178
=vlastni =produkt | weight=0.176
=jako =se | weight=0.176
=nasadil | weight=0.175
=nespravne | weight=0.174
=vidi =poprve | weight=0.174
=mi =prisel | weight=0.174
=kdy =to | weight=0.173
=opacne | weight=0.173
=technik =je | weight=0.172
=kolegyne | weight=0.171
=prodavacka | weight=0.170
=slecna =na | weight=0.170
=do =rok | weight=0.169
=neschopni | weight=0.169
=vas =podpora | weight=0.169
=je =balik | weight=0.169
=nejdriv | weight=0.168
=ktery =k | weight=0.167
=nepasuje | weight=0.167
=vubec =nepasuje | weight=0.167
=cem =mluvit | weight=0.167
=o =cem | weight=0.167
=ten =kluk | weight=0.167
=technik =to | weight=0.167
=nikdo =mi | weight=0.166, noneg
=nez =predtim | weight=0.166
=technik =se | weight=0.164
=kotel | weight=0.163
=co =po | weight=0.163
=nemam =chci | weight=0.163
=po =nemam | weight=0.163
=bezradne =koukal | weight=0.163
=jen =bezradne | weight=0.163
=uplne | weight=0.162
=neprisel =ani | weight=0.162, noneg
=horsi =nez | weight=0.162
=tri =ruzne | weight=0.160
=zavazek =do | weight=0.160
=tak =co | weight=0.159
=nerozumel =tom | weight=0.158
=spocitala =spatne | weight=0.158
=mesicne | weight=0.157
=co =by | weight=0.157
=mohli =byt | weight=0.157
=vymenu =dil | weight=0.157
=vubec =nedoslo | weight=0.156
=ze =zasilka | weight=0.156
=prodat | weight=0.156
=na =zavada | weight=0.156
=zavada =neprisel | weight=0.156
=zablokovali =uctu | weight=0.156
=jiny =lek | weight=0.155
=lek =nez | weight=0.155
=mi =vydat | weight=0.155
=vydat =jiny | weight=0.155
=hodiny =zkousela | weight=0.154
=jednoduchou | weight=0.154
=jednoduchou =otazku | weight=0.154
=na =jednoduchou | weight=0.154
=urednice =mi | weight=0.154
=nemam =potuchy | weight=0.154
=potuchy | weight=0.154
=potuchy =jako | weight=0.154
=technik =zjevne | weight=0.154
=zjevne =nemam | weight=0.154
=opravare | weight=0.154
=se =musim | weight=0.153
=musim =jit | weight=0.153
=pokazde =jsem | weight=0.153
=odesel | weight=0.152
=vidi =ze | weight=0.152
=zavada | weight=0.151
=tarif =jde | weight=0.151
=chybne =dat | weight=0.151
=sdeleno =chybne | weight=0.151
=tak =ze | weight=0.151
=pani =rikal | weight=0.150
=horsi | weight=0.150
=nakonec =odesel | weight=0.150
=aktualizaci | weight=0.149
=prodavacka =se | weight=0.149
=na =slevu | weight=0.149
=to =jde | weight=0.149
=nemam =to | weight=0.147
=znat | weight=0.147
=me =asi | weight=0.147
=nevedel =radu | weight=0.146
=jistic | weight=0.146
=nedokazal =rict | weight=0.146
=zavolam =zitra | weight=0.146
=narok =nemam | weight=0.146, noneg
=pokazde =kdyz | weight=0.145
=zaruka =mi | weight=0.145
=to =mohli | weight=0.145
=nikdo =nepracuje | weight=0.144, noneg
=znackou | weight=0.144
=znackou =nikdo | weight=0.144, noneg
=smlouvu =je | weight=0.143
=kazdy =chvili | weight=0.143
=tapal | weight=0.142
=vubec =nekdo | weight=0.142
=od =dvou | weight=0.141
=pani =netusil | weight=0.140
=prisel =uctu | weight=0.140
=model | weight=0.140
=druhy | weight=0.140
=nastavil | weight=0.138
=pleti =pojmy | weight=0.138
=pojmy | weight=0.138
=ptal =jako | weight=0.138
=kde =jste | weight=0.137
=ze =tarif | weight=0.136
=amateri | weight=0.136
=operatorka =a | weight=0.136
=restartovat | weight=0.135
=pak =znovu | weight=0.135
=poslali =navod | weight=0.135
=kdy | weight=0.135
=o =vyuctovani | weight=0.135
=restartovat =mobilu | weight=0.135
=nikdo =z | weight=0.135, noneg
=mi =spletl | weight=0.135
=jde | weight=0.133
=trva =mesic | weight=0.133
=urednice | weight=0.133
=hledal =v | weight=0.133
=postup =ktery | weight=0.132
=to =nechal | weight=0.132
=zavazek | weight=0.132
=zasahu | weight=0.132
=dal =cislo | weight=0.132
=me =jako | weight=0.131
=likvidatorka | weight=0.131
=cem | weight=0.130
=spatne =adresu | weight=0.130
=co =zname | weight=0.130
=chybne =fakturu | weight=0.129
=nedokazal =vysvetlil | weight=0.129
=to =nevim | weight=0.129
=chvili | weight=0.129
=neco =jinyho | weight=0.129
=spatne =sluzbu | weight=0.129
=zasilka =lze | weight=0.129
=tom =co | weight=0.128
=neznala =vlastni | weight=0.127
=ze =ne | weight=0.127, noneg
=rusim =u | weight=0.126
=nic =nevim | weight=0.126, noneg
=telefon =vubec | weight=0.125
=vymenu =baterii | weight=0.125
=resit =jinde | weight=0.125
=odpovi =nekdo | weight=0.125
=uz =poslali | weight=0.125
=nejhorsi =zakaznicke | weight=0.125
=pleti | weight=0.125
=na =recept | weight=0.124
=nevedel =ani | weight=0.124, noneg
=pobocce =se | weight=0.124
=nechal =byt | weight=0.123
=moje =zarizeni | weight=0.123
=kolik | weight=0.123
=to =trva | weight=0.123
=pravda | weight=0.123
=netusil =ani | weight=0.122, noneg
=pak =ji | weight=0.122
=to =nedokazal | weight=0.121
=nevedel =co | weight=0.121
=se =dovolat | weight=0.120
=volal =uz | weight=0.120
=odesel =s | weight=0.120
=vodomeru =ktery | weight=0.120
=doporucil =mi | weight=0.120
=tarif | weight=0.120
=hotline | weight=0.120
=na =hotline | weight=0.120
=na =ortopedii | weight=0.120
=ortopedii | weight=0.120
=jit | weight=0.119
=a =jen | weight=0.119
=zname | weight=0.119
=vubec | weight=0.119
=a =ted | weight=0.119
=to =jeste | weight=0.119
=na =maily | weight=0.118
=tak =si | weight=0.118
=pisu =ze | weight=0.118
=spravuje | weight=0.118
=hledal | weight=0.118
=v =pocitaci | weight=0.118
=pobocce =byla | weight=0.117
=nerozumel | weight=0.117
=spatne =informace | weight=0.116
=kde =je | weight=0.116
=mylne | weight=0.115
=mylne =informace | weight=0.115
=operatorka =mi | weight=0.114
=vodomeru | weight=0.114
=prodavacka =nevedel | weight=0.114
=mam =to | weight=0.114
=jen =to | weight=0.113
=naprosto | weight=0.113
=elektraren | weight=0.113
=ted =je | weight=0.112
=nerozumi | weight=0.112
=prepojili =a | weight=0.112
=nevedel =vubec | weight=0.111
=kolik =to | weight=0.111
=operator =nevedel | weight=0.111
=to =funguje | weight=0.111
=ptal =jsem | weight=0.111
=nic =a | weight=0.111, noneg
=nam =porad | weight=0.111
=nepochopil | weight=0.110
=vubec =neznala | weight=0.110
=mi =tvrdi | weight=0.110
=instalater | weight=0.109
=ctyrikrat =me | weight=0.109
=odpoved =na | weight=0.109
=zapnout | weight=0.108
=mi =nedokazal | weight=0.108
=mechanik | weight=0.107
=ze =zaruka | weight=0.107
=poradku =mi | weight=0.107
=asi =petkrat | weight=0.107
=jeste =dvakrat | weight=0.107
=divala | weight=0.107
=to =stejne | weight=0.107
=mi =smazal | weight=0.107
=lekarnice | weight=0.107
=trva =a | weight=0.106
=splatky | weight=0.106
=radsi | weight=0.106
=poslali =jiny | weight=0.106
=kotel =netopi | weight=0.105
=na =chyba | weight=0.105
=zkousela =a | weight=0.105
=stale =trva | weight=0.105
=koukal =na | weight=0.104
=neco | weight=0.104
=prechod | weight=0.104
=nabijecku =ktery | weight=0.103
=vlastni =nabizi | weight=0.103
=mi =nebyl | weight=0.102, noneg
=zase =na | weight=0.102
=nezkuseny | weight=0.102
=uctovali | weight=0.102
=ta =vas | weight=0.102
=devet | weight=0.102
=ocenuju =ze | weight=0.101
=prodavacka =nam | weight=0.101
=doporucil | weight=0.100
=smazal =vsechno | weight=0.100
=agentka =mi | weight=0.100
=recepcni | weight=0.100
=ze =skodu | weight=0.100
=zamestnanec | weight=0.099
=a =auto | weight=0.099
=zjevne | weight=0.098
=co =je | weight=0.098
=kluk | weight=0.098
=router =i | weight=0.097
=ani =na | weight=0.097, noneg
=kazdy =mi | weight=0.097
=co =s | weight=0.097
=pobocce =nevedel | weight=0.097
=ze =neni | weight=0.097, noneg
=elektrikar | weight=0.096
=trikrat =pokazde | weight=0.096
=si =s | weight=0.096
=ze =dat | weight=0.096
=zasuvku | weight=0.096
=porad =uplne | weight=0.096
=jednou =mi | weight=0.096
=mezi =tarif | weight=0.096
=navod =pro | weight=0.096
=zakaznik =dostal | weight=0.095
