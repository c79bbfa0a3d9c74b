# incompetence, cs: learned by scripts/learn.py from 3747 tuning texts (228 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Technik dvě hodiny zkoušel, co by to mohlo být, a nakonec odešel s tím, že neví.
+ Holka na pokladně neuměla vrátit peníze na kartu, musela volat kolegyni, která to taky nevěděla.
+ Poradila mi úplnej nesmysl.
- ok dekuju
- super, doporucuju
=nevedel | weight=0.730
=nedokazal | weight=0.546
=netusil | weight=0.516
=nebyl =schopna | weight=0.496, noneg
=nic =nevedel | weight=0.488, noneg
=rekl =neco | weight=0.450
=nesmysl | weight=0.409
=obracene | weight=0.401
=zhorsilo | weight=0.399
=placal | weight=0.381
=informace | weight=0.373
=neumim =ani | weight=0.354, noneg
=pak =ze | weight=0.351
=nikdo =tam | weight=0.343, noneg
=vlastni | weight=0.328
=nikdo =nevedel | weight=0.327, noneg
=jako =to | weight=0.322
=spatne =kabel | weight=0.301
=monter | weight=0.300
=neco =jiny | weight=0.294
=technik =jen | weight=0.294
=mi =spatne | weight=0.293
=ktery =byla | weight=0.292
=nevim =nic | weight=0.292, noneg
=spletl | weight=0.290
=vlastni =zbozi | weight=0.290
=prodejne =tvrdi | weight=0.287
=uplne =jiny | weight=0.284
=tvrdi =neco | weight=0.283
=ze =mu | weight=0.277
=neznala | weight=0.276
=to =bude | weight=0.273
=o =tarif | weight=0.273
=neznaj | weight=0.266
=dil =ktery | weight=0.264
=informace =o | weight=0.263
=neumim | weight=0.262
=nekompetentni | weight=0.261
=tri =lidi | weight=0.258
=netusil =jako | weight=0.257
=chybne | weight=0.257
=dat =splatnosti | weight=0.256
=to =nastavil | weight=0.254
=rekne =neco | weight=0.252
=nikdo =nevim | weight=0.250, noneg
=priznal =ze | weight=0.247
=ze =nevim | weight=0.244
=nevedel =jako | weight=0.244
=v =prodejne | weight=0.244
=mi =porad | weight=0.243
=pani =nebyl | weight=0.240, noneg
=nikdo =nedokazal | weight=0.240, noneg
=kabel | weight=0.238
=pani =v | weight=0.236
=bezradne | weight=0.233
=neni =schopna | weight=0.231, noneg
=koukal | weight=0.230
=uplne =spatne | weight=0.229
=nedoslo | weight=0.229
=nic =o | weight=0.226, noneg
=jsem =od | weight=0.224
=mi =uplne | weight=0.221
=uplne =nesmysl | weight=0.221
=jeho =kolegyne | weight=0.220
=vidi | weight=0.219
=lze | weight=0.218
=produkt | weight=0.218
=jednou =operator | weight=0.217
=zpackal | weight=0.217
=co =s | weight=0.213
=splatnosti | weight=0.213
=vyznal | weight=0.212
=rozumi | weight=0.211
=to =nikdo | weight=0.210, noneg
=nedokazal =ani | weight=0.206, noneg
=nikdo =nam | weight=0.205, noneg
=ted =plati | weight=0.205
=byla =v | weight=0.203
=mu =spletl | weight=0.202
=spletl =formular | weight=0.202
=urednice =mu | weight=0.202
=stejne =nezapojil | weight=0.202
=druhy =ze | weight=0.200
=nenastavil | weight=0.197
=router =stejne | weight=0.197
=stejne =nenastavil | weight=0.197
=protichudne | weight=0.197
=protichudne =informace | weight=0.197
=nam =tvrdi | weight=0.196
=chybne =diagnostikoval | weight=0.194
=diagnostikoval =zavada | weight=0.194
=mi =spocitala | weight=0.194
=spocitala | weight=0.194
=zmatene | weight=0.192
=a =router | weight=0.192
=koho | weight=0.192
=brigadnice | weight=0.191
=zapojil | weight=0.191
=vi | weight=0.189
=vubec =neni | weight=0.189, noneg
=nezapojil | weight=0.188
=psal =ze | weight=0.187
=porad =spatne | weight=0.187
=vubec =nerozumi | weight=0.187
=kotel | weight=0.186
=mi =prisel | weight=0.185
=rekl =tri | weight=0.185
=kolegyne | weight=0.185
=vas =podpora | weight=0.184
=roaming | weight=0.183
=ruzne =odpoved | weight=0.183
=pate =pres | weight=0.183
=placal =pate | weight=0.183
=pres =devet | weight=0.183
=ze =smlouvu | weight=0.182
=odpoved =ani | weight=0.182, noneg
=ze =zasilka | weight=0.181
=porad =jen | weight=0.180
=antene | weight=0.179
=je =vidi | weight=0.179
=neni =vubec | weight=0.179, noneg
=personal =neni | weight=0.179, noneg
=ze =personal | weight=0.179
=priznal | weight=0.179
=otazku =ohledne | weight=0.178
=lidi =co | weight=0.177
=nejdriv | weight=0.177
=nasadil | weight=0.177
=slecna =na | weight=0.176
=ani | weight=0.173, noneg
=vlastni =produkt | weight=0.173
=bezradne =koukal | weight=0.172
=jen =bezradne | weight=0.172
=vidi =poprve | weight=0.171
=vubec =nevim | weight=0.171
=jako =se | weight=0.171
=ktery =k | weight=0.170
=nepasuje | weight=0.170
=vubec =nepasuje | weight=0.170
=je =balik | weight=0.170
=do =rok | weight=0.170
=opacne | weight=0.169
=technik =se | weight=0.169
=neschopni | weight=0.168
=ktery =mi | weight=0.168
=ten =kluk | weight=0.167
=zavazek =do | weight=0.167
=tri =ruzne | weight=0.165
=cem =mluvit | weight=0.165
=o =cem | weight=0.165
=uplne | weight=0.164
=prodavacka =se | weight=0.163
=vidi =ze | weight=0.163
=druhy | weight=0.162
=zavada | weight=0.162
=odesel | weight=0.161
=nespravne | weight=0.161
=prodavacka | weight=0.161
=nez =predtim | weight=0.161
=vubec =nedoslo | weight=0.161
=narok =nemam | weight=0.160, noneg
=neprisel =ani | weight=0.160, noneg
=na =zavada | weight=0.160
=zavada =neprisel | weight=0.160
=co =po | weight=0.160
=nemam =chci | weight=0.160
=po =nemam | weight=0.160
=pani =rikal | weight=0.159
=spocitala =spatne | weight=0.159
=visi =jsem | weight=0.159
=nemam =potuchy | weight=0.159
=potuchy | weight=0.159
=potuchy =jako | weight=0.159
=technik =zjevne | weight=0.159
=zjevne =nemam | weight=0.159
=opravare | weight=0.158
=horsi =nez | weight=0.157
=nikdo =mi | weight=0.157, noneg
=technik =je | weight=0.157
=se =musim | weight=0.157
=chybne =dat | weight=0.156
=sdeleno =chybne | weight=0.156
=tarif =jde | weight=0.156
=jiny =lek | weight=0.155
=lek =nez | weight=0.155
=mi =vydat | weight=0.155
=vydat =jiny | weight=0.155
=na =slevu | weight=0.155
=musim =jit | weight=0.155
=kdy =to | weight=0.155
=nerozumel =tom | weight=0.154
=co =by | weight=0.152
=mohli =byt | weight=0.152
=aktualizaci | weight=0.151
=kazdy =chvili | weight=0.151
=amateri | weight=0.150
=pokazde =jsem | weight=0.150
=technik =to | weight=0.150
=prodat | weight=0.148
=prisel =uctu | weight=0.148
=urednice =mi | weight=0.148
=jednoduchou | weight=0.147
=jednoduchou =otazku | weight=0.147
=na =jednoduchou | weight=0.147
=tapal | weight=0.147
=vymenu =dil | weight=0.147
=rusim =u | weight=0.147
=pokazde =kdyz | weight=0.147
=smlouvu =je | weight=0.147
=nikdo =nepracuje | weight=0.146, noneg
=znackou | weight=0.146
=znackou =nikdo | weight=0.146, noneg
=nedokazal =vysvetlil | weight=0.146
=me =asi | weight=0.146
=zablokovali =uctu | weight=0.145
=nemam =to | weight=0.145
=znat | weight=0.145
=nedokazal =rict | weight=0.145
=tak =ze | weight=0.145
=horsi | weight=0.144
=operatorka =a | weight=0.143
=od =dvou | weight=0.143
=mesicne | weight=0.143
=kdy | weight=0.143
=asi =petkrat | weight=0.143
=hodiny =pak | weight=0.143
=nevedel =radu | weight=0.142
=to =mohli | weight=0.142
=jistic | weight=0.141
=to =jde | weight=0.140
=hledal =v | weight=0.139
=nakonec =odesel | weight=0.139
=ze =tarif | weight=0.139
=zname | weight=0.138
=hodiny =zkousela | weight=0.138
=trva =mesic | weight=0.138
=model | weight=0.137
=nic =nevim | weight=0.136, noneg
=pani =netusil | weight=0.136
=mi =spletl | weight=0.136
=diagnostikoval | weight=0.136
=tak =co | weight=0.135
=chvili | weight=0.135
=o =vyuctovani | weight=0.135
=restartovat =mobilu | weight=0.135
=nastavil | weight=0.135
=to =nechal | weight=0.135
=kolik | weight=0.134
=instalaci | weight=0.131
=neco =jinyho | weight=0.131
=zaruka =mi | weight=0.131
=nejhorsi =zakaznicke | weight=0.131
=ze =neni | weight=0.131, noneg
=kde =jste | weight=0.130
=to =nedokazal | weight=0.130
=zasilka =lze | weight=0.130
=spravuje | weight=0.130
=poslali =navod | weight=0.129
=chybne =fakturu | weight=0.129
=pleti =pojmy | weight=0.129
=pojmy | weight=0.129
=zavazek | weight=0.129
=mi =tvrdi | weight=0.128
=nevedel =ani | weight=0.128, noneg
=nechal =byt | weight=0.127
=restartovat | weight=0.127
=to =trva | weight=0.127
=dal =cislo | weight=0.127
=vubec =nekdo | weight=0.127
=tom =co | weight=0.127
=spatne =sluzbu | weight=0.127
=na =recept | weight=0.126
=se =dovolat | weight=0.126
=spatne =adresu | weight=0.126
=pak =znovu | weight=0.125
=jde | weight=0.125
=resit =jinde | weight=0.125
=me =jako | weight=0.125
=postup =ktery | weight=0.125
=na =ortopedii | weight=0.125
=ortopedii | weight=0.125
=netusil =ani | weight=0.124, noneg
=na =maily | weight=0.124
=odpovi =nekdo | weight=0.124
=uz =poslali | weight=0.124
=neznala =vlastni | weight=0.123
=to =nevim | weight=0.123
=ptal =jako | weight=0.123
=pobocce =se | weight=0.123
=mam =to | weight=0.123
=pak =ji | weight=0.123
=nic =a | weight=0.123, noneg
=mylne | weight=0.122
=mylne =informace | weight=0.122
=splatky | weight=0.122
=urednice | weight=0.122
=volal =uz | weight=0.122
=cem | weight=0.122
=ze =ne | weight=0.121, noneg
=ctyrikrat =me | weight=0.121
=zasahu | weight=0.121
=plati | weight=0.120
=ted =je | weight=0.120
=telefon =vubec | weight=0.120
=odesel =s | weight=0.120
=pravda | weight=0.119
=doporucil =mi | weight=0.119
=prepojili =a | weight=0.119
=v =pocitaci | weight=0.119
=kolik =to | weight=0.118
=prodavacka =nevedel | weight=0.118
=a =ted | weight=0.118
=pobocce =byla | weight=0.118
=router =i | weight=0.118
=vubec | weight=0.117
=lekarnice | weight=0.117
=hledal | weight=0.117
=poradku =mi | weight=0.117
=vodomeru =ktery | weight=0.116
=operatorka =mi | weight=0.116
=mi =nedokazal | weight=0.116
=zavolam =zitra | weight=0.114
=trva =a | weight=0.114
=a =jen | weight=0.114
=vymenu =baterii | weight=0.114
=agentka =mi | weight=0.113
=hotline | weight=0.112
=na =hotline | weight=0.112
=stale =trva | weight=0.112
=nikdo =z | weight=0.111, noneg
=spatne =informace | weight=0.111
=to =jeste | weight=0.111
=pleti | weight=0.110
=likvidatorka | weight=0.110
=vubec =neznala | weight=0.110
=nevedel =co | weight=0.110
=vodomeru | weight=0.110
=nerozumel | weight=0.109
=nerozumi | weight=0.109
=kde | weight=0.109
=ocenuju =ze | weight=0.108
=recepcni | weight=0.107
=jit | weight=0.107
=tarif | weight=0.107
=zase =na | weight=0.106
=divala | weight=0.106
=ani =na | weight=0.106, noneg
=nam =porad | weight=0.106
=agentka | weight=0.106
=jen =to | weight=0.105
=domluvit | weight=0.105
=pobocce =nevedel | weight=0.104
=ze =zaruka | weight=0.104
=na =infolince | weight=0.104
=nezkuseny | weight=0.103
=co | weight=0.103
=nez =byla | weight=0.102
=kotel =netopi | weight=0.102
=na =chyba | weight=0.102
=prechod | weight=0.102
=poslali =jiny | weight=0.102
=tu =pracka | weight=0.102
=tri =hodiny | weight=0.101
=operator =nevedel | weight=0.101
=vlastni =nabizi | weight=0.101
=navod =pro | weight=0.101
=devet | weight=0.101
=kluk | weight=0.100
=prodavacka =nam | weight=0.100
=ale =ani | weight=0.100, noneg
=nepochopil | weight=0.100
=porad =uplne | weight=0.099
=radsi | weight=0.099
=uctovali | weight=0.099
=mechanik | weight=0.099
=a =hovor | weight=0.099
=si =s | weight=0.099
=naprosto | weight=0.099
=zarizeni | weight=0.098
=nevedel =vubec | weight=0.098
=netusil =o | weight=0.098
=auto =porad | weight=0.098
=to =stejne | weight=0.098
=byla =slusny | weight=0.097
=personal | weight=0.097
=opravu =to | weight=0.097
=mi =smazal | weight=0.096
=ze =skodu | weight=0.096
=neodpovida | weight=0.096
=licenci | weight=0.096
=narok | weight=0.095
=zakaznik =dostal | weight=0.095
=odpoved =na | weight=0.095
=nabijecku =ktery | weight=0.095
=prijit =pozdeji | weight=0.095
=ohledne =poplatek | weight=0.095
=vyssi =tarif | weight=0.094
=jinde | weight=0.094
=mezi =tarif | weight=0.094
=uctu =na | weight=0.094
