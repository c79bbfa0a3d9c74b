# incompetence, cs: learned by scripts/learn.py from 3307 tuning texts (201 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Poradila mi úplnej nesmysl.
+ nikdo nam to neni schopnej opravit
+ Kazdy operator mi rekl neco jineho.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=nevedel | weight=0.721
=netusil | weight=0.496
=nedokazal | weight=0.478
=nebyl =schopna | weight=0.449, noneg
=nic =nevedel | weight=0.439, noneg
=rekl =neco | weight=0.421
=nesmysl | weight=0.400
=placal | weight=0.373
=neumim =ani | weight=0.354, noneg
=nikdo =nevedel | weight=0.346, noneg
=informace | weight=0.340
=pak =ze | weight=0.340
=nikdo =nevi | weight=0.328, noneg
=vlastni | weight=0.317
=technik =jen | weight=0.316
=jako =to | weight=0.305
=spletl | weight=0.305
=chybne | weight=0.302
=mi =spatne | weight=0.291
=neco =jinam | weight=0.291
=neznala | weight=0.284
=vlastni =zbozi | weight=0.281
=spatne =kabel | weight=0.281
=tvrdi =neco | weight=0.276
=ktery =byla | weight=0.274
=to =nastavil | weight=0.273
=informace =o | weight=0.268
=netusil =jako | weight=0.268
=neumim | weight=0.267
=dat =splatnosti | weight=0.264
=ze =mu | weight=0.262
=uplne =jinam | weight=0.260
=o =tarif | weight=0.253
=nevedel =jako | weight=0.252
=rekne =neco | weight=0.250
=dil =ktery | weight=0.246
=pani =nebyl | weight=0.244, noneg
=nekompetentni | weight=0.244
=nikdo =nedokazal | weight=0.241, noneg
=bezradne | weight=0.234
=kabel | weight=0.232
=neni =schopna | weight=0.231, noneg
=nedokazal =ani | weight=0.228, noneg
=produkt | weight=0.227
=koho | weight=0.225
=to =bude | weight=0.224
=to =jde | weight=0.223
=mi =uplne | weight=0.223
=uplne =nesmysl | weight=0.223
=lze | weight=0.221
=vyznala | weight=0.220
=koukal | weight=0.219
=vi | weight=0.219
=ze =nevi | weight=0.219
=vidi | weight=0.218
=uplne =spatne | weight=0.218
=technik =to | weight=0.217
=prodejne =tvrdi | weight=0.217
=splatnosti | weight=0.215
=zpackal | weight=0.214
=jsem =od | weight=0.211
=co =je | weight=0.210
=psal =ze | weight=0.209
=rozumi | weight=0.207
=kotel | weight=0.203
=prodavacka | weight=0.203
=ruzne =odpoved | weight=0.202
=pani =v | weight=0.202
=neschopni | weight=0.200
=druhy | weight=0.200
=kdy =to | weight=0.199
=mu =spletl | weight=0.198
=spletl =formular | weight=0.198
=urednice =mu | weight=0.198
=nedoslo | weight=0.197
=byla =v | weight=0.194
=ted =plati | weight=0.192
=vubec =neni | weight=0.192, noneg
=pozdeji =a | weight=0.192
=jeho =kolegyne | weight=0.192
=druhy =ze | weight=0.190
=amateri | weight=0.190
=priznal =ze | weight=0.190
=tri =ruzne | weight=0.190
=vubec =nerozumi | weight=0.185
=stejne =nezapojil | weight=0.184
=nam =tvrdi | weight=0.184
=mi =spocitala | weight=0.183
=spocitala | weight=0.183
=ze =zasilka | weight=0.182
=neprisel =ani | weight=0.182, noneg
=otazku =ohledne | weight=0.182
=monter | weight=0.182
=to =nikdo | weight=0.181, noneg
=brigadnik | weight=0.181
=nenastavil | weight=0.178
=router =stejne | weight=0.178
=stejne =nenastavil | weight=0.178
=co | weight=0.176
=rekl =tri | weight=0.176
=pate =pres | weight=0.176
=placal =pate | weight=0.176
=pres =devet | weight=0.176
=porad =spatne | weight=0.176
=je =vidi | weight=0.175
=neni =vubec | weight=0.175, noneg
=personal =neni | weight=0.175, noneg
=ze =personal | weight=0.175
=vidi =poprve | weight=0.175
=nespravnym | weight=0.173
=uplne | weight=0.172
=kdy | weight=0.172
=na =zavada | weight=0.171
=zavada =neprisel | weight=0.171
=ted =je | weight=0.171
=roaming | weight=0.170
=ten =kluk | weight=0.170
=pokazde =kdyz | weight=0.170
=vlastni =produkt | weight=0.170
=a =router | weight=0.169
=chybne =diagnostikoval | weight=0.169
=diagnostikoval | weight=0.169
=diagnostikoval =zavada | weight=0.169
=nedokazal =rict | weight=0.168
=nikdo =mi | weight=0.168, noneg
=lidi =co | weight=0.168
=to =jeste | weight=0.167
=opravare | weight=0.166
=jinam =lek | weight=0.165
=lek =nez | weight=0.165
=mi =vydat | weight=0.165
=vydat =jinam | weight=0.165
=antene | weight=0.163
=co =s | weight=0.162
=vubec =nevi | weight=0.161
=nezapojil | weight=0.161
=technik =je | weight=0.161
=ze =smlouvu | weight=0.160
=jako =se | weight=0.159
=vidi =ze | weight=0.159
=bezradne =koukal | weight=0.159
=jen =bezradne | weight=0.159
=nevi =nic | weight=0.158, noneg
=nejdriv | weight=0.158
=tri =lidi | weight=0.156
=jde | weight=0.156
=mesicne | weight=0.155
=mi =prisel | weight=0.155
=chybne =dat | weight=0.155
=sdeleno =chybne | weight=0.155
=v =prodejne | weight=0.154
=vymenu =dil | weight=0.154
=nevedel =radu | weight=0.154
=priznal | weight=0.152
=nemam =potuchy | weight=0.152
=potuchy | weight=0.152
=potuchy =jako | weight=0.152
=technik =zjevne | weight=0.152
=zjevne =nemam | weight=0.152
=vys | weight=0.152
=ktery =k | weight=0.151
=nepasuje | weight=0.151
=vubec =nepasuje | weight=0.151
=pani =netusil | weight=0.150
=pani =rikal | weight=0.150
=jednoduchou | weight=0.150
=jednoduchou =otazku | weight=0.150
=na =jednoduchou | weight=0.150
=urednice =mi | weight=0.148
=nez =predtim | weight=0.148
=restartovat | weight=0.148
=kazdy =chvili | weight=0.148
=co =po | weight=0.147
=nemam =chci | weight=0.147
=po =nemam | weight=0.147
=narok =nemam | weight=0.147, noneg
=to =mohli | weight=0.147
=me =jako | weight=0.147
=spocitala =spatne | weight=0.146
=to =nedokazal | weight=0.146
=kolegyne | weight=0.146
=nemam =to | weight=0.145
=znat | weight=0.145
=pobocce =nevedel | weight=0.144
=cem =mluvit | weight=0.144
=o =cem | weight=0.144
=zavazek =do | weight=0.144
=nedokazal =vysvetlil | weight=0.144
=naopak | weight=0.144
=pokazde =jsem | weight=0.143
=ze =ne | weight=0.143, noneg
=horsi =nez | weight=0.143
=nerozumel =tom | weight=0.142
=zasuvku | weight=0.141
=nevi =co | weight=0.141
=plete =pojmy | weight=0.141
=pojmy | weight=0.141
=visi =jsem | weight=0.141
=tapal | weight=0.141
=zaruka =mi | weight=0.141
=na =slevu | weight=0.140
=prodat | weight=0.140
=ani | weight=0.140, noneg
=dostal =jsem | weight=0.140
=nikdo =z | weight=0.139, noneg
=zmatena | weight=0.139
=znicil | weight=0.139
=zapojit | weight=0.138
=protichudne | weight=0.138
=protichudne =informace | weight=0.138
=operatorka =a | weight=0.138
=zavada | weight=0.138
=technik =se | weight=0.138
=zasahu | weight=0.136
=slecna =na | weight=0.136
=naprosto | weight=0.136
=to =nechal | weight=0.136
=do =rok | weight=0.135
=od =dvou | weight=0.135
=vubec =nedoslo | weight=0.135
=ruzne | weight=0.134
=mechanik | weight=0.133
=jednou =operator | weight=0.133
=tarif =jde | weight=0.133
=tarif | weight=0.133
=vubec | weight=0.133
=horsi | weight=0.132
=netusil =ani | weight=0.132, noneg
=tak =ze | weight=0.132
=mel =trva | weight=0.132
=nevedel =ani | weight=0.132, noneg
=pak =znovu | weight=0.132
=fakt =super | weight=0.131
=mi =nedokazal | weight=0.131
=model | weight=0.131
=plete | weight=0.131
=smlouvu =je | weight=0.130
=ptal =jako | weight=0.130
=odpovi =nekdo | weight=0.130
=uz =poslali | weight=0.130
=router =i | weight=0.129
=urednice | weight=0.129
=zavazek | weight=0.128
=mi =porad | weight=0.127
=operatorka | weight=0.127
=volam =uz | weight=0.127
=trva =mesic | weight=0.127
=zavolam =zitra | weight=0.126
=chvili | weight=0.125
=prodavacka =nevedel | weight=0.125
=k =mym | weight=0.125
=mi =spletl | weight=0.125
=se =musim | weight=0.124
=recepcni | weight=0.124
=mylne | weight=0.124
=mylne =informace | weight=0.124
=hodiny =pak | weight=0.123
=vodomeru =ktery | weight=0.123
=spatne =adresu | weight=0.123
=prodavacka =se | weight=0.123
=me =asi | weight=0.123
=nechal =byt | weight=0.123
=je =chyba | weight=0.122
=hledal =v | weight=0.122
=na =maily | weight=0.122
=nastavil | weight=0.122
=vymenu =baterii | weight=0.121
=musim =jit | weight=0.121
=mam =to | weight=0.121
=zname | weight=0.120
=odesel | weight=0.120
=neco =jinyho | weight=0.120
=zjistil | weight=0.120
=pobocce =se | weight=0.120
=resit =jinde | weight=0.119
=tak =co | weight=0.119
=to =trva | weight=0.118
=o =vyuctovani | weight=0.118
=restartovat =mobilu | weight=0.118
=vubec =nekdo | weight=0.118
=neznala =vlastni | weight=0.117
=likvidatorka | weight=0.117
=vodomeru | weight=0.117
=spatne =sluzba | weight=0.117
=asi =petkrat | weight=0.117
=plati | weight=0.116
=nic =nevi | weight=0.116, noneg
=nic =a | weight=0.116, noneg
=poslali =navod | weight=0.116
=jen =to | weight=0.116
=se =dovolat | weight=0.115
=odpoved =na | weight=0.114
=zasilka =lze | weight=0.114
=na =ortopedii | weight=0.114
=ortopedii | weight=0.114
=na =recept | weight=0.113
=pak =ji | weight=0.113
=prisel =uctu | weight=0.113
=nepochopil | weight=0.113
=tom =co | weight=0.112
=porad =jen | weight=0.111
=navod | weight=0.111
=ze =neni | weight=0.111, noneg
=vymenu | weight=0.111
=kazdy =operator | weight=0.110
=tu =pracku | weight=0.110
=rozdil =mezi | weight=0.109
=divala | weight=0.109
=uctovali | weight=0.109
=nakonec =odesel | weight=0.109
=lekarnice | weight=0.109
=a =jen | weight=0.108
=cem | weight=0.108
=pobocce =byla | weight=0.108
=prechod | weight=0.108
=spravuje | weight=0.108
=ctyrikrat =me | weight=0.108
=chybne =fakturu | weight=0.107
=si =s | weight=0.107
=nejhorsi =zakaznickou | weight=0.106
=devet | weight=0.106
=infolince | weight=0.106
=kde =je | weight=0.105
=pracovnik =nebyl | weight=0.105, noneg
=personal | weight=0.105
=radsi | weight=0.105
=prodavac =mi | weight=0.105
=nevedel =co | weight=0.104
=to =funguje | weight=0.104
=kluk | weight=0.104
=technik =tvrdi | weight=0.104
=divala =jako | weight=0.103
=operator =nevedel | weight=0.102
=nerozumi | weight=0.102
=v =pocitaci | weight=0.102
=prepojili =a | weight=0.102
=nevedel =vubec | weight=0.102
=vas =pracovnik | weight=0.102
=vubec =neznala | weight=0.101
=kotel =netopi | weight=0.101
=na =chyba | weight=0.101
=hledal | weight=0.101
=zakaznik =dostal | weight=0.101
=jinde | weight=0.101
=prodejce | weight=0.101
=nerozumel | weight=0.100
=navod =pro | weight=0.100
=prodavac | weight=0.099
=technik | weight=0.099
=ale =ani | weight=0.099, noneg
=agentka =mi | weight=0.098
=petkrat =a | weight=0.097
=neodpovida | weight=0.097
=trva =a | weight=0.097
=restartovat =model | weight=0.096
=byla =slusny | weight=0.096
=vyssi =tarif | weight=0.096
=posila =me | weight=0.095
=by =ji | weight=0.095
=vlastni =nabizi | weight=0.095
=ani =to | weight=0.095, noneg
=hodiny =zkousela | weight=0.095
=stale =trva | weight=0.095
=kde | weight=0.095
=mi =dal | weight=0.095
=nezmenilo | weight=0.095
=pravdu | weight=0.094
=v =cenu | weight=0.094
=mi =nikdo | weight=0.094, noneg
=nam =porad | weight=0.094
=zapnout | weight=0.093
=zarizeni | weight=0.093
=ale =ten | weight=0.093
=dostal =od | weight=0.092
=zase =na | weight=0.092
=agentka | weight=0.092
=zakaznickou =servis | weight=0.092
=licenci | weight=0.092
=ocenuju =ze | weight=0.092
=a =ted | weight=0.091
=zcela | weight=0.091
=dil | weight=0.091
=obdrzel =jsem | weight=0.091
=domluvit | weight=0.091
=narok | weight=0.091
=zase =ze | weight=0.090
=ze =skodu | weight=0.090
=a =hovor | weight=0.090
=na =email | weight=0.090
=rict =kdy | weight=0.090
=nezkuseny | weight=0.090
=odpovi | weight=0.090
=ohledne | weight=0.090
=odesel =s | weight=0.089
=skodu | weight=0.089
=jsem =smlouvu | weight=0.088
=kazdy =mi | weight=0.088
=ze =dat | weight=0.088
=auto =porad | weight=0.088
=prijit =o | weight=0.088
