# incompetence, cs: learned by scripts/learn.py from 3092 tuning texts (171 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Poradila mi úplnej nesmysl.
+ nikdo nam to neni schopnej opravit
+ Kazdy operator mi rekl neco jineho.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=nevedel | weight=0.710
=netusil | weight=0.491
=nebyl =schopna | weight=0.462, noneg
=nedokazal | weight=0.426
=nesmysl | weight=0.403
=placal | weight=0.368
=neumim =ani | weight=0.357, noneg
=rekl =neco | weight=0.352
=informace | weight=0.341
=nic =nevedel | weight=0.338, noneg
=neznala | weight=0.328
=technik =jen | weight=0.314
=nikdo =nedokazal | weight=0.314, noneg
=jako =to | weight=0.305
=vlastni | weight=0.295
=ktery =byla | weight=0.288
=tvrdi =neco | weight=0.280
=spatne =kabel | weight=0.280
=nevedel =jako | weight=0.277
=chybne | weight=0.277
=nikdo =nevedel | weight=0.276, noneg
=mi =spatne | weight=0.273
=o =tarif | weight=0.271
=to =nastavil | weight=0.268
=informace =o | weight=0.261
=ze =mu | weight=0.258
=dat =splatnosti | weight=0.256
=spletl | weight=0.254
=dil =ktery | weight=0.253
=nekompetentni | weight=0.252
=netusil =jako | weight=0.248
=neco =jinam | weight=0.245
=nedokazal =ani | weight=0.245, noneg
=co =je | weight=0.238
=neschopni | weight=0.236
=technik =to | weight=0.235
=neni =schopna | weight=0.233, noneg
=neumim | weight=0.229
=vyznala | weight=0.228
=koho | weight=0.225
=splatnosti | weight=0.225
=kotel | weight=0.224
=to =bude | weight=0.221
=rekne =neco | weight=0.221
=koukal | weight=0.220
=uplne =spatne | weight=0.219
=psal =ze | weight=0.219
=mi =uplne | weight=0.217
=uplne =nesmysl | weight=0.217
=vidi | weight=0.215
=druhy | weight=0.214
=rozumi | weight=0.214
=zpackal | weight=0.212
=prodavacka | weight=0.211
=pani =nebyl | weight=0.209, noneg
=nikdo =mi | weight=0.206, noneg
=mu =spletl | weight=0.201
=spletl =formular | weight=0.201
=urednice =mu | weight=0.201
=opravare | weight=0.200
=ted =plati | weight=0.200
=neprisel =ani | weight=0.200, noneg
=ze =smlouvu | weight=0.195
=vubec =nerozumi | weight=0.195
=priznal =ze | weight=0.193
=jsem =od | weight=0.189
=vi | weight=0.189
=nam =tvrdi | weight=0.189
=mi =spocitala | weight=0.185
=spocitala | weight=0.185
=nikdo =nevim | weight=0.185, noneg
=porad =spatne | weight=0.184
=co =s | weight=0.184
=kdy =to | weight=0.183
=pozdeji =a | weight=0.180
=vlastni =produkt | weight=0.180
=to =jeste | weight=0.179
=nezapojil | weight=0.179
=stejne =nezapojil | weight=0.179
=monter | weight=0.179
=ted =je | weight=0.178
=lidi =co | weight=0.177
=tri =ruzne | weight=0.176
=brigadnik | weight=0.176
=rekl =tri | weight=0.176
=pate =pres | weight=0.175
=placal =pate | weight=0.175
=pres =devet | weight=0.175
=pobocce =nevedel | weight=0.175
=ohledne =poplatek | weight=0.174
=ruzne =odpoved | weight=0.173
=zavada | weight=0.172
=zapojit | weight=0.172
=ten =kluk | weight=0.172
=je =vidi | weight=0.171
=neni =vubec | weight=0.171, noneg
=personal =neni | weight=0.171, noneg
=vidi =ze | weight=0.171
=ze =personal | weight=0.171
=a =router | weight=0.171
=nenastavil | weight=0.171
=router =stejne | weight=0.171
=stejne =nenastavil | weight=0.171
=nespravnym | weight=0.169
=tri =lidi | weight=0.168
=kabel | weight=0.168
=do =rok | weight=0.168
=vubec =neni | weight=0.167, noneg
=technik =je | weight=0.167
=vidi =poprve | weight=0.166
=druhy =ze | weight=0.166
=bezradne | weight=0.166
=bezradne =koukal | weight=0.166
=jen =bezradne | weight=0.166
=jinam =lek | weight=0.165
=lek =nez | weight=0.165
=mi =vydat | weight=0.165
=vydat =jinam | weight=0.165
=cem =mluvit | weight=0.165
=o =cem | weight=0.165
=ze =nevim | weight=0.165
=prodejce | weight=0.164
=priznal | weight=0.163
=to =nedokazal | weight=0.163
=vys | weight=0.163
=zasuvku | weight=0.163
=znicil | weight=0.161
=produkt | weight=0.161
=pobocce =se | weight=0.160
=mel =trva | weight=0.160
=chybne =diagnostikoval | weight=0.158
=diagnostikoval | weight=0.158
=diagnostikoval =zavada | weight=0.158
=zasahu | weight=0.158
=pokazde =jsem | weight=0.157
=roaming | weight=0.157
=kdy | weight=0.156
=pani =rikal | weight=0.155
=jako =se | weight=0.155
=nez =predtim | weight=0.155
=technik =se | weight=0.154
=kazdy =chvili | weight=0.154
=poslali =navod | weight=0.153
=uplne | weight=0.152
=visi =jsem | weight=0.152
=vymenu =dil | weight=0.152
=byla =v | weight=0.151
=zavazek =do | weight=0.151
=horsi | weight=0.150
=nevedel =radu | weight=0.150
=antene | weight=0.149
=nemam =to | weight=0.149
=znat | weight=0.149
=nikdo =z | weight=0.149, noneg
=spatne =adresu | weight=0.148
=mi =prisel | weight=0.148
=chybne =dat | weight=0.148
=sdeleno =chybne | weight=0.148
=nemam =potuchy | weight=0.147
=potuchy | weight=0.147
=potuchy =jako | weight=0.147
=technik =zjevne | weight=0.147
=zjevne =nemam | weight=0.147
=k =mym | weight=0.146
=ktery =k | weight=0.146
=nepasuje | weight=0.146
=vubec =nepasuje | weight=0.146
=uplne =jinam | weight=0.146
=protichudne | weight=0.145
=protichudne =informace | weight=0.145
=kde | weight=0.145
=odpovi =nekdo | weight=0.145
=uz =poslali | weight=0.145
=tak =ze | weight=0.145
=v =prodejne | weight=0.145
=zmatena | weight=0.144
=ani | weight=0.143, noneg
=lze | weight=0.143
=netusil =ani | weight=0.143, noneg
=operatorka =a | weight=0.143
=spocitala =spatne | weight=0.143
=pani =netusil | weight=0.142
=pani =v | weight=0.142
=pak =znovu | weight=0.142
=urednice =mi | weight=0.142
=to =mohli | weight=0.142
=kazdy =operator | weight=0.142
=tarif =jde | weight=0.142
=mi =nikdo | weight=0.141, noneg
=od =dvou | weight=0.141
=tapal | weight=0.140
=volam =uz | weight=0.139
=urednice | weight=0.138
=vodomeru | weight=0.138
=ptal =jako | weight=0.137
=co | weight=0.137
=hodiny =pak | weight=0.137
=cem | weight=0.137
=dival | weight=0.137
=prodejne =tvrdi | weight=0.135
=smlouvu =je | weight=0.134
=naprosto | weight=0.134
=router =i | weight=0.133
=me =asi | weight=0.133
=agentka =mi | weight=0.133
=fakt =super | weight=0.133
=router | weight=0.133
=mesicne | weight=0.132
=chvili | weight=0.132
=tarif | weight=0.131
=recepcni | weight=0.131
=vymenu =baterii | weight=0.129
=restartovat | weight=0.129
=mi =porad | weight=0.129
=asi =petkrat | weight=0.129
=zavazek | weight=0.129
=prodavacka =se | weight=0.129
=me =jako | weight=0.129
=mam =to | weight=0.128
=neznala =vlastni | weight=0.128
=prodat | weight=0.128
=nedokazal =rict | weight=0.127
=nepochopil | weight=0.127
=prodavac =mi | weight=0.126
=spravuje | weight=0.126
=agentka | weight=0.126
=musim =jit | weight=0.126
=ruzne | weight=0.125
=zaruka =mi | weight=0.125
=neco =uplne | weight=0.124
=vubec =nekdo | weight=0.123
=ctyrikrat =me | weight=0.123
=zavolam =zitra | weight=0.123
=vubec | weight=0.123
=se =musim | weight=0.122
=jednou =operator | weight=0.122
=o =vyuctovani | weight=0.122
=restartovat =mobilu | weight=0.122
=spletl =a | weight=0.122
=neco =jinyho | weight=0.121
=kde =je | weight=0.121
=na =ortopedii | weight=0.121
=ortopedii | weight=0.121
=porad =mi | weight=0.120
=nastavil | weight=0.120
=petkrat =a | weight=0.120
=rozdil =mezi | weight=0.119
=ani =to | weight=0.119, noneg
=mylne | weight=0.119
=mylne =informace | weight=0.119
=technik | weight=0.118
=v =cenu | weight=0.118
=operatorka =mi | weight=0.118
=nakonec =odesel | weight=0.118
=pak =ji | weight=0.117
=na =recept | weight=0.117
=likvidatorka | weight=0.117
=tu =pracku | weight=0.116
=prepojili =a | weight=0.116
=nevedel =vubec | weight=0.116
=trva =mesic | weight=0.115
=pravdu | weight=0.113
=hodiny =zkousel | weight=0.113
=neprisel | weight=0.113
=to =nechal | weight=0.112
=vubec =nevim | weight=0.111
=nevedel =ani | weight=0.111, noneg
=rekne | weight=0.111
=hadal | weight=0.110
=operator =nevedel | weight=0.110
=hledal =v | weight=0.109
=to =trva | weight=0.109
=tak =co | weight=0.109
=chybne =fakturu | weight=0.109
=prodavac | weight=0.109
=uctovali | weight=0.108
=operatorka | weight=0.108
=kluk | weight=0.107
=prisel =ucet | weight=0.107
=nerozumi | weight=0.107
=spatne =informace | weight=0.106
=prechod | weight=0.106
=si =s | weight=0.105
=pokazde =kdyz | weight=0.105
=odpovi | weight=0.104
=plati | weight=0.104
=vlastni =nabizi | weight=0.104
=zase =na | weight=0.103
=lekarnice | weight=0.103
=zakaznik =dostal | weight=0.102
=by =ji | weight=0.102
=opravu =to | weight=0.101
=personal | weight=0.101
=rict =kdy | weight=0.101
=telefon =vubec | weight=0.101
=zjistil | weight=0.100
=neco | weight=0.099
=vas =pracovnik | weight=0.099
=radsi | weight=0.099
=splatky | weight=0.099
=nam =porad | weight=0.099
=hledal | weight=0.098
=a =jen | weight=0.098
=ze =dat | weight=0.098
=instalaci | weight=0.098
=auto =porad | weight=0.098
=se =pry | weight=0.098
=nechal =byt | weight=0.097
=zcela | weight=0.096
=odpovida =to | weight=0.096
=mi =tvrdi | weight=0.096
=obdrzel =jsem | weight=0.096
=dostal =jsem | weight=0.095
=technik =tvrdi | weight=0.095
=jen =to | weight=0.094
=vubec =neznala | weight=0.094
=netopi | weight=0.094
=roaming =v | weight=0.094
=ze =roaming | weight=0.094
=zapnout | weight=0.094
=pracovnik =nebyl | weight=0.094, noneg
=devet | weight=0.093
=odpoved =na | weight=0.093
=dil | weight=0.093
=ohledne | weight=0.093
=ze =neni | weight=0.093, noneg
=funguje | weight=0.093
=mezi =tarif | weight=0.092
=v =pocitaci | weight=0.092
=porad =jen | weight=0.092
=mi =po | weight=0.092
=pak =ze | weight=0.091
=dotaz =odpovida | weight=0.091
=ze =skodu | weight=0.091
=jsem =smlouvu | weight=0.091
=stresu | weight=0.090
=nevim =o | weight=0.090
=operator =pleti | weight=0.090
=pleti =pojmy | weight=0.090
=pojmy | weight=0.090
=to =funguje | weight=0.090
=byt | weight=0.090
=nezmenilo | weight=0.090
=licenci | weight=0.090
=pry =spletl | weight=0.089
=baterii | weight=0.089
=a =auto | weight=0.088
=zarizeni | weight=0.088
=opravu =kotel | weight=0.088
=za =rok | weight=0.088
=infolince | weight=0.088
=vydat | weight=0.088
=ze =jde | weight=0.088
=kdyz =napisu | weight=0.087
=vymenu =mi | weight=0.086
=pate | weight=0.086
=model | weight=0.086
=prodavacka =nam | weight=0.085
=dostal =od | weight=0.085
=mi =jednou | weight=0.085
=prijit =o | weight=0.085
=spatne | weight=0.084
=a =kotel | weight=0.084
=zkousel =a | weight=0.084
=vyssi =tarif | weight=0.084
=kazdy | weight=0.084
=nevim =co | weight=0.084
=pani =rekl | weight=0.083
=odlisne | weight=0.083
=odlisne =informace | weight=0.083
=pleti | weight=0.082
=dve =uplne | weight=0.082
=zadna =informace | weight=0.082, noneg
=kde =muze | weight=0.082
=dozvedel | weight=0.081
=dozvedel =ze | weight=0.081
=se =dozvedel | weight=0.081
=nezkuseny | weight=0.081
=agent =mi | weight=0.081
=byla =na | weight=0.081
=rikal =ze | weight=0.081
=skodu | weight=0.081
=pak =mi | weight=0.081
=prodavac =tri | weight=0.080
=podminky =v | weight=0.080
=cekal =dva | weight=0.080
=kolik | weight=0.080
=jit | weight=0.080
=vubec =netusil | weight=0.080
=az =za | weight=0.079
=co =ted | weight=0.079
=mam =zavazek | weight=0.079
=pani =si | weight=0.079
=se =dela | weight=0.079
=porad =restartovat | weight=0.079
=navod =k | weight=0.079
=kolegyni | weight=0.079
=jsem =psal | weight=0.078
=na =kartu | weight=0.078
=na =vyssi | weight=0.078
