# incompetence, cs: learned by scripts/learn.py from 2812 tuning texts (154 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Poradila mi úplnej nesmysl.
+ nikdo nam to neni schopnej opravit
+ Kazdy operator mi rekl neco jineho.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=nevedel | weight=0.707
=netusil | weight=0.489
=nebyl =schopna | weight=0.453, noneg
=nedokazal | weight=0.402
=nesmysl | weight=0.392
=placal | weight=0.370
=neumim =ani | weight=0.351, noneg
=informace | weight=0.351
=nikdo =nedokazal | weight=0.350, noneg
=nic =nevedel | weight=0.342, noneg
=rekl =neco | weight=0.332
=neznala | weight=0.325
=technik =jen | weight=0.314
=vlastni | weight=0.313
=jako =to | weight=0.303
=chybne | weight=0.289
=tvrdi =neco | weight=0.280
=co =je | weight=0.279
=nevedel =jako | weight=0.275
=ktery =byla | weight=0.273
=dat =splatnosti | weight=0.272
=to =nastavil | weight=0.271
=o =tarif | weight=0.270
=mi =spatne | weight=0.269
=nekompetentni | weight=0.267
=spletl | weight=0.266
=spatne =kabel | weight=0.263
=neumim | weight=0.255
=kdy =to | weight=0.249
=netusil =jako | weight=0.249
=nedokazal =ani | weight=0.248, noneg
=technik =to | weight=0.247
=dil =ktery | weight=0.243
=informace =o | weight=0.242
=uplne =jinam | weight=0.242
=kabel | weight=0.239
=koukal | weight=0.238
=neni =schopna | weight=0.238, noneg
=rekne =neco | weight=0.231
=neschopni | weight=0.229
=vyznala | weight=0.227
=splatnosti | weight=0.226
=rozumi | weight=0.225
=neco =jinam | weight=0.224
=mi =uplne | weight=0.219
=uplne =nesmysl | weight=0.219
=zpackal | weight=0.217
=to =bude | weight=0.216
=pani =nebyl | weight=0.211, noneg
=kotel | weight=0.208
=nikdo =nevim | weight=0.207, noneg
=uplne =spatne | weight=0.205
=ze =smlouvy | weight=0.205
=prodavacka | weight=0.202
=neprisel =ani | weight=0.202, noneg
=psal =ze | weight=0.201
=druhy | weight=0.201
=vidi | weight=0.200
=nikdo =mi | weight=0.199, noneg
=mu =spletl | weight=0.199
=spletl =formular | weight=0.199
=urednice =mu | weight=0.199
=opravare | weight=0.196
=tri =lidi | weight=0.194
=nam =tvrdi | weight=0.192
=brigadnik | weight=0.192
=vubec =nerozumi | weight=0.190
=priznal =ze | weight=0.190
=vlastni =produkt | weight=0.189
=co | weight=0.189
=nezapojil | weight=0.180
=stejne =nezapojil | weight=0.180
=pobocce =nevedel | weight=0.180
=druhy =ze | weight=0.179
=je =vidi | weight=0.178
=neni =vubec | weight=0.178, noneg
=personal =neni | weight=0.178, noneg
=vidi =ze | weight=0.178
=ze =personal | weight=0.178
=zakazniky =uvadi | weight=0.178
=tri =ruzne | weight=0.177
=vidi =poprve | weight=0.176
=to =jeste | weight=0.175
=nikdo =nevedel | weight=0.175, noneg
=priznal | weight=0.175
=a =router | weight=0.175
=nenastavil | weight=0.175
=router =stejne | weight=0.175
=stejne =nenastavil | weight=0.175
=pate =pres | weight=0.174
=placal =pate | weight=0.174
=pres =devet | weight=0.174
=co =s | weight=0.173
=kdy | weight=0.172
=produkt | weight=0.172
=porad =spatne | weight=0.171
=pozdeji =a | weight=0.171
=ani | weight=0.169, noneg
=mi =prisel | weight=0.168
=vubec =nekdo | weight=0.168
=monter | weight=0.168
=zapojit | weight=0.167
=cem =mluvit | weight=0.167
=o =cem | weight=0.167
=model | weight=0.164
=znicila | weight=0.164
=nez =predtim | weight=0.164
=jako =se | weight=0.164
=mi =nikdo | weight=0.163, noneg
=ten =kluk | weight=0.163
=nespravnym | weight=0.163
=pobocce =se | weight=0.162
=jinam =lek | weight=0.161
=lek =nez | weight=0.161
=mi =vydat | weight=0.161
=vydat =jinam | weight=0.161
=ted =je | weight=0.161
=ze =nevim | weight=0.160
=byla =v | weight=0.160
=mi =spocitala | weight=0.160
=spocitala | weight=0.160
=zavada | weight=0.160
=to =nedokazal | weight=0.159
=horsi | weight=0.159
=bezradne | weight=0.158
=bezradne =koukal | weight=0.158
=jen =bezradne | weight=0.158
=zavazek | weight=0.157
=zavazek =do | weight=0.157
=mel =trva | weight=0.156
=operatorka =mi | weight=0.156
=pani =v | weight=0.155
=urednice =mi | weight=0.155
=chybne =diagnostikoval | weight=0.155
=diagnostikoval | weight=0.155
=diagnostikoval =zavada | weight=0.155
=doplatek | weight=0.154
=tarif | weight=0.154
=technik =je | weight=0.153
=prodejne =tvrdi | weight=0.153
=zasuvku | weight=0.153
=nemam =to | weight=0.153
=znat | weight=0.153
=prodejce | weight=0.152
=ruzne =odpoved | weight=0.152
=restartovat | weight=0.152
=naprosto | weight=0.152
=cem | weight=0.152
=operatorka | weight=0.152
=roaming | weight=0.151
=nemam =potuchy | weight=0.151
=potuchy | weight=0.151
=potuchy =jako | weight=0.151
=technik =zjevne | weight=0.151
=zjevne =nemam | weight=0.151
=nevedel =radu | weight=0.150
=uplne | weight=0.150
=chybne =dat | weight=0.149
=sdeleno =chybne | weight=0.149
=tarif =jde | weight=0.149
=splatky | weight=0.148
=urednice | weight=0.148
=vi | weight=0.147
=fakt =super | weight=0.147
=rekl =tri | weight=0.147
=kazdy =chvili | weight=0.146
=dival | weight=0.146
=jsem =od | weight=0.146
=dil | weight=0.146
=antene | weight=0.145
=pani =netusil | weight=0.144
=to =mohli | weight=0.144
=technik | weight=0.144
=me =asi | weight=0.144
=zasahu | weight=0.143
=ptal =jako | weight=0.142
=pokazde =jsem | weight=0.142
=spravuje | weight=0.142
=netusil =ani | weight=0.141, noneg
=k =mym | weight=0.141
=ktery =k | weight=0.141
=nepasuje | weight=0.141
=vubec =nepasuje | weight=0.141
=zmatena | weight=0.140
=vymenu =dil | weight=0.139
=smlouvy =je | weight=0.139
=pate | weight=0.139
=technik =se | weight=0.138
=router =i | weight=0.138
=me =jako | weight=0.138
=operatorka =a | weight=0.137
=asi =petkrat | weight=0.137
=nepochopil | weight=0.135
=neznala =vlastni | weight=0.135
=mam =to | weight=0.135
=poslali =navod | weight=0.134
=neprisel | weight=0.134
=vys | weight=0.134
=nikdo =z | weight=0.134, noneg
=zaruka =mi | weight=0.134
=od =dvou | weight=0.134
=prisel =ucet | weight=0.133
=nerozumi | weight=0.133
=vubec | weight=0.132
=nastavil | weight=0.131
=mylne | weight=0.129
=mylne =informace | weight=0.129
=prodavacka =se | weight=0.129
=tapal | weight=0.129
=predtim | weight=0.128
=hledal =v | weight=0.128
=protichudne | weight=0.127
=protichudne =informace | weight=0.127
=musel =jit | weight=0.127
=neco =jinyho | weight=0.126
=ted =plati | weight=0.126
=rozdil =mezi | weight=0.125
=spatne =adresu | weight=0.125
=mi =porad | weight=0.124
=kde =je | weight=0.124
=prepojili =a | weight=0.123
=uctovali | weight=0.122
=nedokazal =rict | weight=0.122
=jednou =operator | weight=0.122
=agentka =mi | weight=0.122
=ctyrikrat =me | weight=0.122
=splatky =a | weight=0.121
=pravdu | weight=0.120
=pani =rikal | weight=0.119
=nevedel =vubec | weight=0.119
=rekne | weight=0.119
=tak =co | weight=0.119
=porad =mi | weight=0.118
=tu =pracku | weight=0.117
=spocitala =spatne | weight=0.117
=vubec =neni | weight=0.116, noneg
=ze =mu | weight=0.116
=spletl =a | weight=0.115
=chvili | weight=0.115
=odpovi =nekdo | weight=0.115
=uz =poslali | weight=0.115
=trva =mesic | weight=0.115
=to =trva | weight=0.115
=byla =na | weight=0.114
=prechod | weight=0.114
=prodavac | weight=0.113
=poctvrte =a | weight=0.112
=hodiny =zkousel | weight=0.112
=agentka | weight=0.111
=v =prodejne | weight=0.111
=na =recept | weight=0.110
=nekoho =kdo | weight=0.110
=ze =dat | weight=0.110
=nakonec =odesel | weight=0.109
=odpovi | weight=0.109
=si =s | weight=0.108
=jinam =a | weight=0.108
=spatne | weight=0.108
=pak =ji | weight=0.108
=vubec =nevim | weight=0.107
=by =ji | weight=0.107
=operator =nevedel | weight=0.107
=kazdy =operator | weight=0.107
=o =vyuctovani | weight=0.106
=restartovat =mobilu | weight=0.106
=neco =uplne | weight=0.105
=vodomeru | weight=0.105
=vlastni =nabizi | weight=0.105
=jde | weight=0.105
=to =funguje | weight=0.104
=uvadi | weight=0.103
=lidi | weight=0.103
=volam =uz | weight=0.103
=to =nechali | weight=0.103
=jit | weight=0.102
=tutez | weight=0.102
=mi =nejde | weight=0.102
=ze =neni | weight=0.101, noneg
=vas =pracovnik | weight=0.101
=uvadi =ze | weight=0.101
=lekarnice | weight=0.101
=co =ted | weight=0.101
=mam =zavazek | weight=0.101
=pry =spletl | weight=0.100
=technik =tvrdi | weight=0.100
=ze =kvuli | weight=0.100
=rict =kdy | weight=0.100
=kluk | weight=0.100
=hadal | weight=0.099
=ohledne | weight=0.099
=opravu =to | weight=0.099
=jen =to | weight=0.099
=do =rok | weight=0.099
=telefon =vubec | weight=0.098
=kde | weight=0.098
=vydat | weight=0.098
=nevedel =ani | weight=0.098, noneg
=zakazniky =dostal | weight=0.097
=router | weight=0.096
=spatne =informace | weight=0.096
=zapnout | weight=0.096
=mesicne | weight=0.096
=personal | weight=0.095
=pocitaci | weight=0.095
=castku | weight=0.095
=mi =po | weight=0.094
=instalaci | weight=0.094
=nevim =o | weight=0.094
=operator =pleti | weight=0.094
=pleti =pojmy | weight=0.094
=pojmy | weight=0.094
=ani =to | weight=0.094, noneg
=se =pry | weight=0.094
=zcela | weight=0.093
=hledal | weight=0.093
=jinam =pracovnik | weight=0.093
=pracovnik =infolince | weight=0.093
=v =poradku | weight=0.093
=se =to | weight=0.092
=porad =jen | weight=0.092
=ve =smlouvy | weight=0.092
=radsi | weight=0.092
=lze | weight=0.092
=nezmenilo | weight=0.092
=zjevne | weight=0.091
=obdrzel =jsem | weight=0.091
=nam =porad | weight=0.091
=to =ma | weight=0.090
=vubec =neznala | weight=0.090
=tri =hodiny | weight=0.090
=a =jen | weight=0.090
=nechali =byt | weight=0.090
=nevedel =co | weight=0.089
=mezi =tarif | weight=0.089
=dostal =od | weight=0.088
=v =pocitaci | weight=0.088
=sedela | weight=0.088
=odlisne | weight=0.088
=odlisne =informace | weight=0.088
=o =cenu | weight=0.086
=netopi | weight=0.086
=prodat | weight=0.086
=opravu =kotel | weight=0.086
=funguje | weight=0.086
=recepcni | weight=0.086
=kvuli =chybne | weight=0.086
=koukal =do | weight=0.085
=licenci | weight=0.085
=cekal =dva | weight=0.084
=o =termin | weight=0.084
=odpoved =na | weight=0.084
=zarizeni | weight=0.083
=vymenu =mi | weight=0.083
=odpovida =to | weight=0.083
=dotaz =odpovida | weight=0.083
=vyssi =tarif | weight=0.082
=jinde | weight=0.082
=technik =prisel | weight=0.082
=prodavacka =nam | weight=0.082
=stezovat =ze | weight=0.082
=ani =jednou | weight=0.082, noneg
=nevim =co | weight=0.081
=pleti | weight=0.081
=devet | weight=0.081
=jako =by | weight=0.080
=prodavac =mi | weight=0.080
=pani =si | weight=0.080
=penize =a | weight=0.080
=na =splatky | weight=0.079
=chybne =fakturu | weight=0.079
=nakupovat | weight=0.079
=na =vyssi | weight=0.078
=odesel | weight=0.078
=zase =bez | weight=0.078, noneg
=a =kotel | weight=0.077
=na =kartu | weight=0.077
=vyssi | weight=0.076
=neco | weight=0.076
=vubec =netusil | weight=0.076
=zjistil | weight=0.076
=za =rok | weight=0.076
=adresu =a | weight=0.075
=jednou | weight=0.075
=dodavatel =ze | weight=0.075
=kazdy =z | weight=0.075
=se =dela | weight=0.075
=elektriny =si | weight=0.075
=nepomohla | weight=0.074
=zkousel =a | weight=0.074
=jsou =v | weight=0.074
=to =tady | weight=0.074
=netusil =o | weight=0.073
=koukal =na | weight=0.073
=jde =zmenit | weight=0.073
=jsem =psal | weight=0.073
=pokazde =kdyz | weight=0.073
=pracovnik =pobocce | weight=0.073
=lince =ze | weight=0.073
=voziku =jsem | weight=0.073
=nezkuseny | weight=0.073
