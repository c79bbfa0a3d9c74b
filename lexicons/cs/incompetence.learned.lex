# incompetence, cs: learned by scripts/learn.py from 2508 tuning texts (145 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Poradila mi úplnej nesmysl.
+ nikdo nam to neni schopnej opravit
+ Kazdy operator mi rekl neco jineho.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=nevedel | weight=0.704
=nebyl =schopna | weight=0.469, noneg
=netusil | weight=0.465
=nedokazal | weight=0.390
=placal | weight=0.377
=nesmysl | weight=0.354
=neumim =ani | weight=0.347, noneg
=informace | weight=0.334
=chybne | weight=0.328
=neznala | weight=0.322
=jako =to | weight=0.317
=rekl =neco | weight=0.310
=technik =jen | weight=0.307
=vlastni | weight=0.297
=tvrdi =neco | weight=0.281
=ktery =byla | weight=0.277
=o =tarif | weight=0.276
=co =je | weight=0.276
=spatne =kabel | weight=0.272
=technik =to | weight=0.267
=nekompetentni | weight=0.263
=netusil =jako | weight=0.263
=to =nastavil | weight=0.261
=dat =splatnosti | weight=0.257
=spletl | weight=0.257
=mi =spatne | weight=0.256
=kabel | weight=0.254
=koukal | weight=0.253
=neco =jinam | weight=0.252
=nevedel =jako | weight=0.250
=nedokazal =ani | weight=0.247, noneg
=zpackal | weight=0.244
=dil =ktery | weight=0.244
=neumim | weight=0.243
=neni =schopna | weight=0.242, noneg
=rekne =neco | weight=0.239
=kdy =to | weight=0.237
=rozumi | weight=0.236
=informace =o | weight=0.233
=neprisel =ani | weight=0.232, noneg
=vyznala | weight=0.228
=neschopni | weight=0.227
=mi =uplne | weight=0.225
=uplne =nesmysl | weight=0.225
=uplne =jinam | weight=0.224
=nic =nevedel | weight=0.222, noneg
=to =bude | weight=0.220
=splatnosti | weight=0.217
=vidi | weight=0.215
=nikdo =nevim | weight=0.212, noneg
=kotel | weight=0.212
=nam =tvrdi | weight=0.210
=pani =nebyl | weight=0.210, noneg
=mu =spletl | weight=0.204
=spletl =formular | weight=0.204
=urednice =mu | weight=0.204
=druhy | weight=0.203
=nikdo =mi | weight=0.202, noneg
=uplne =spatne | weight=0.200
=psal =ze | weight=0.199
=tri =lidi | weight=0.199
=opravare | weight=0.198
=vlastni =produkt | weight=0.197
=ze =smlouvy | weight=0.197
=jako =se | weight=0.195
=vubec =nerozumi | weight=0.192
=priznal =ze | weight=0.190
=prodavacka | weight=0.189
=zapojit | weight=0.187
=nezapojil | weight=0.187
=stejne =nezapojil | weight=0.187
=mi =prisel | weight=0.185
=zakazniky =uvadi | weight=0.184
=uplne | weight=0.183
=ted =je | weight=0.183
=porad =spatne | weight=0.183
=nez =predtim | weight=0.181
=urednice =mi | weight=0.179
=produkt | weight=0.178
=druhy =ze | weight=0.178
=ze =nevim | weight=0.178
=zaruka =mi | weight=0.177
=operatorka | weight=0.177
=vidi =poprve | weight=0.176
=je =vidi | weight=0.176
=neni =vubec | weight=0.176, noneg
=personal =neni | weight=0.176, noneg
=vidi =ze | weight=0.176
=ze =personal | weight=0.176
=to =jeste | weight=0.174
=pozdeji =a | weight=0.174
=pate =pres | weight=0.174
=placal =pate | weight=0.174
=pres =devet | weight=0.174
=vubec =nekdo | weight=0.172
=priznal | weight=0.172
=co =s | weight=0.171
=a =router | weight=0.171
=nenastavil | weight=0.171
=router =stejne | weight=0.171
=stejne =nenastavil | weight=0.171
=nespravnym | weight=0.171
=ani | weight=0.170, noneg
=pobocce =nevedel | weight=0.169
=cem =mluvit | weight=0.168
=o =cem | weight=0.168
=model | weight=0.168
=kdy | weight=0.167
=ruzne =odpoved | weight=0.166
=tri =ruzne | weight=0.165
=roaming | weight=0.164
=nevedel =radu | weight=0.163
=nemam =to | weight=0.163
=znat | weight=0.163
=tarif | weight=0.163
=pani =v | weight=0.161
=monter | weight=0.161
=pobocce =se | weight=0.161
=to =nedokazal | weight=0.160
=mi =spocitala | weight=0.160
=spocitala | weight=0.160
=znicila | weight=0.160
=jinam =lek | weight=0.159
=lek =nez | weight=0.159
=mi =vydat | weight=0.159
=vydat =jinam | weight=0.159
=technik =je | weight=0.158
=vi | weight=0.157
=operatorka =mi | weight=0.156
=prodejce | weight=0.156
=dival | weight=0.156
=spravuje | weight=0.156
=mel =trva | weight=0.156
=bezradne | weight=0.155
=bezradne =koukal | weight=0.155
=jen =bezradne | weight=0.155
=smlouvy =je | weight=0.155
=zavazek | weight=0.155
=zavazek =do | weight=0.155
=cem | weight=0.154
=byla =v | weight=0.154
=naprosto | weight=0.153
=dil | weight=0.153
=chybne =diagnostikoval | weight=0.152
=diagnostikoval | weight=0.152
=diagnostikoval =zavada | weight=0.152
=pate | weight=0.152
=chybne =dat | weight=0.152
=sdeleno =chybne | weight=0.152
=doplatek | weight=0.151
=jen =to | weight=0.150
=tarif =jde | weight=0.150
=technik | weight=0.149
=urednice | weight=0.149
=technik =se | weight=0.148
=pani =netusil | weight=0.147
=zasahu | weight=0.147
=k =mym | weight=0.147
=ktery =k | weight=0.147
=nepasuje | weight=0.147
=vubec =nepasuje | weight=0.147
=antene | weight=0.147
=co | weight=0.146
=zavada | weight=0.145
=zasuvku | weight=0.144
=nikdo =z | weight=0.144, noneg
=to =mohli | weight=0.144
=nemam =potuchy | weight=0.143
=potuchy | weight=0.143
=potuchy =jako | weight=0.143
=technik =zjevne | weight=0.143
=zjevne =nemam | weight=0.143
=porad =jen | weight=0.143
=prodejne =tvrdi | weight=0.142
=kazdy =chvili | weight=0.142
=router =i | weight=0.141
=od =dvou | weight=0.141
=tapal | weight=0.140
=vys | weight=0.140
=spatne =adresu | weight=0.140
=ptal =jako | weight=0.140
=neznala =vlastni | weight=0.139
=nepochopil | weight=0.139
=rekl =tri | weight=0.139
=vubec | weight=0.139
=splatky | weight=0.138
=jsem =od | weight=0.138
=vymenu =dil | weight=0.137
=restartovat | weight=0.137
=fakt =super | weight=0.136
=nerozumi | weight=0.135
=operatorka =a | weight=0.133
=prisel =ucet | weight=0.133
=zmatena | weight=0.133
=netusil =ani | weight=0.132, noneg
=protichudne | weight=0.132
=protichudne =informace | weight=0.132
=prodavacka =se | weight=0.132
=mam =to | weight=0.132
=pravdu | weight=0.129
=poslali =navod | weight=0.129
=nevedel =vubec | weight=0.128
=musim =jit | weight=0.127
=me =jako | weight=0.127
=predtim | weight=0.126
=pani =rikal | weight=0.125
=nedokazal =rict | weight=0.125
=vas =pracovnik | weight=0.125
=neco =uplne | weight=0.123
=jinam =a | weight=0.122
=hledal =v | weight=0.121
=splatky =a | weight=0.121
=nastavil | weight=0.121
=mylne | weight=0.121
=mylne =informace | weight=0.121
=porad =mi | weight=0.120
=spocitala =spatne | weight=0.119
=jednou =operator | weight=0.119
=to =trva | weight=0.119
=tu =pracku | weight=0.118
=operator =nevedel | weight=0.118
=vubec =neni | weight=0.117, noneg
=poctvrte =a | weight=0.116
=odpovi =nekdo | weight=0.116
=uz =poslali | weight=0.116
=zjistil | weight=0.115
=kde =je | weight=0.115
=v =prodejne | weight=0.115
=adresu =a | weight=0.115
=ze =dat | weight=0.114
=volam =uz | weight=0.113
=agentka =mi | weight=0.113
=tak =co | weight=0.113
=neprisel | weight=0.113
=nevedel =ani | weight=0.112, noneg
=vlastni =nabizi | weight=0.112
=chvili | weight=0.111
=spletl =a | weight=0.111
=rekne | weight=0.111
=kluk | weight=0.111
=odpovi | weight=0.110
=neco =jinyho | weight=0.110
=lidi | weight=0.110
=si =s | weight=0.110
=na =dotaz | weight=0.110
=trva =mesic | weight=0.109
=prechod | weight=0.109
=ze =mu | weight=0.109
=telefon =vubec | weight=0.108
=hodiny =zkousel | weight=0.108
=nakonec =odesel | weight=0.108
=o =vyuctovani | weight=0.108
=restartovat =mobilu | weight=0.108
=rozdil =mezi | weight=0.107
=router | weight=0.107
=spatne | weight=0.107
=jit | weight=0.107
=kde | weight=0.107
=pak =ji | weight=0.106
=to =funguje | weight=0.106
=byla =na | weight=0.106
=agentka | weight=0.106
=uctovali | weight=0.106
=tutez | weight=0.105
=mi =nejde | weight=0.105
=zakazniky =dostal | weight=0.105
=hadal | weight=0.105
=jde | weight=0.104
=opravu =to | weight=0.104
=vubec =nevim | weight=0.103
=ze =neni | weight=0.103, noneg
=uvadi =ze | weight=0.103
=co =ted | weight=0.102
=mam =zavazek | weight=0.102
=ted =plati | weight=0.102
=odpoved =na | weight=0.102
=vodomeru | weight=0.102
=uvadi | weight=0.101
=pry =spletl | weight=0.101
=lekarnice | weight=0.101
=do =rok | weight=0.101
=hledal | weight=0.100
=prodavac =mi | weight=0.100
=technik =prisel | weight=0.100
=to =nechal | weight=0.100
=ve =smlouvy | weight=0.100
=ani =to | weight=0.100, noneg
=zjevne | weight=0.100
=ze =kvuli | weight=0.099
=rict =kdy | weight=0.099
=spatne =informace | weight=0.099
=nezmenilo | weight=0.098
=o =cenu | weight=0.098
=zcela | weight=0.097
=kazdy =operator | weight=0.097
=v =pocitaci | weight=0.097
=fakturaci | weight=0.096
=by =ji | weight=0.096
=obdrzel =jsem | weight=0.095
=tri =hodiny | weight=0.095
=mezi =tarif | weight=0.095
=lze | weight=0.094
=prodat | weight=0.094
=vydat | weight=0.094
=zapnout | weight=0.094
=na =recept | weight=0.093
=kvuli =chybne | weight=0.093
=dostal =od | weight=0.093
=instalaci | weight=0.093
=mi =po | weight=0.093
=licenci | weight=0.093
=sedela | weight=0.093
=koukal =do | weight=0.092
=radsi | weight=0.092
=recepcni | weight=0.092
=mi =porad | weight=0.091
=nevedel =co | weight=0.091
=pocitaci | weight=0.091
=vymenu =mi | weight=0.089
=nevim =o | weight=0.089
=operator =pleti | weight=0.089
=pleti =pojmy | weight=0.089
=pojmy | weight=0.089
=to =ma | weight=0.089
=netopi | weight=0.089
=odlisne | weight=0.088
=odlisne =informace | weight=0.088
=ani =jednou | weight=0.087, noneg
=mesicni | weight=0.087
=a =jen | weight=0.087
=stezovat =ze | weight=0.086
=castku | weight=0.086
=nechal =byt | weight=0.085
=opravu =kotel | weight=0.085
=jinam =pracovnik | weight=0.085
=pracovnik =infolince | weight=0.085
=dotaz =odpovida | weight=0.085
=vubec =neznala | weight=0.085
=mi =napsal | weight=0.084
=o =termin | weight=0.084
=cekal =dva | weight=0.084
=odesel | weight=0.083
=jde =zmenit | weight=0.083
=se =pry | weight=0.083
=ani =na | weight=0.083, noneg
=prodavac | weight=0.083
=a =kotel | weight=0.083
=nam =porad | weight=0.083
=na =splatky | weight=0.081
=na =kartu | weight=0.081
=jinde | weight=0.080
=chybne =fakture | weight=0.080
=vubec =netusil | weight=0.080
=koukal =na | weight=0.080
=to =snad | weight=0.079
=vyplacena | weight=0.079
=porad =restartovat | weight=0.079
=jinam | weight=0.079
=penize =a | weight=0.079
=netusil =o | weight=0.079
=pleti | weight=0.078
=bezbarierovy | weight=0.078
=pani =si | weight=0.078
=neco | weight=0.078
=jako =by | weight=0.077
=kazdy | weight=0.077
=to =tady | weight=0.077
=fotky | weight=0.077
=personal | weight=0.076
=se =to | weight=0.075
=voziku =jsem | weight=0.075
=kazdy =z | weight=0.075
=technik =tvrdi | weight=0.075
=zarizeni | weight=0.075
=lince =ze | weight=0.074
=nezkuseny | weight=0.074
=devet | weight=0.074
=nepomohlo | weight=0.074
=nevim =co | weight=0.073
=v =poradku | weight=0.073
=vyssi =tarif | weight=0.073
=jsem =psal | weight=0.073
=byt | weight=0.072
=funguje | weight=0.072
=obdrzel | weight=0.071
=dodavatel =ze | weight=0.071
=nakupovat | weight=0.071
=sdeleno | weight=0.070
=ani =zapojit | weight=0.070, noneg
=nemehla | weight=0.070
=technik =nedokazal | weight=0.070
=uplne =nemehla | weight=0.070
=mi =nedokazal | weight=0.070
=pak =priznal | weight=0.070
=zase =bez | weight=0.070, noneg
=operator =se | weight=0.070
=mi =nikdo | weight=0.070, noneg
=pokazde =kdyz | weight=0.069
=ucet =za | weight=0.069
=na =misto | weight=0.069
