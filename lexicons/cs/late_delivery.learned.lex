# late_delivery, cs: learned by scripts/learn.py from 3535 tuning texts (234 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Stále čekám na doručení, podle sledování zásilky je balík týden na depu.
+ Paní na lince mě ujišťovala, že technik přijde ve čtvrtek dopoledne. Nepřišel, a teď tvrdí, že o žádném termínu neví.
+ Vážení, dodávka surovin pro naši pekárnu, sjednaná na 6:00, byla vyložena v 10:30, takže jsme ráno neměli z čeho péct.
- ok dekuju
- super, doporucuju
=zpozdeni | weight=0.553
=dodavka | weight=0.492
=pozdeji | weight=0.464
=pizza | weight=0.463
=dodani | weight=0.463
=nedorazil | weight=0.436
=jidlo | weight=0.371
=nedosel | weight=0.347
=porad =nedosel | weight=0.347
=ani =v | weight=0.324, noneg
=nestihl | weight=0.316
=doruceni | weight=0.308
=po =termin | weight=0.307
=privezli | weight=0.304
=dorazil =az | weight=0.300
=cekal =od | weight=0.289
=dorazil | weight=0.283
=technik =prijde | weight=0.280
=den =po | weight=0.280
=od =rano | weight=0.272
=studena | weight=0.272
=nedodrzel | weight=0.268
=po =svatbe | weight=0.257
=svatbe | weight=0.257
=v =patku | weight=0.257
=devet | weight=0.255
=dorucil | weight=0.251
=porad =nemam | weight=0.247, noneg
=depu | weight=0.244
=na =bryle | weight=0.237
=novy =technik | weight=0.236
=okna | weight=0.235
=mesta =skoro | weight=0.235
=stale =nic | weight=0.233, noneg
=mel =prijit | weight=0.230
=poslali =novy | weight=0.228
=doruceni =do | weight=0.224
=hodiny =pozdeji | weight=0.224
=technik =mel | weight=0.221
=dodani =se | weight=0.221
=technik =neprijima | weight=0.221
=mesta | weight=0.216
=bryle | weight=0.214
=pizza =prisla | weight=0.213
=mel =byt | weight=0.211
=balik | weight=0.208
=prodleni | weight=0.208
=nedoruceni | weight=0.203
=opravu =notebooku | weight=0.201
=dort | weight=0.201
=nabytek | weight=0.201
=porad =nikdo | weight=0.200, noneg
=domluveno =cas | weight=0.199
=oslave | weight=0.199
=tri =hodiny | weight=0.197
=rychlost | weight=0.195
=skoro | weight=0.195
=vecnost | weight=0.195
=termin =montaze | weight=0.193
=vanocich | weight=0.193
=montaze | weight=0.193
=porad =odklada | weight=0.192
=nedodal | weight=0.191
=v =depu | weight=0.190
=se =porad | weight=0.189
=dvanactou | weight=0.188
=trech =mesic | weight=0.186
=jidlo =prisla | weight=0.183
=ze =zpozdeni | weight=0.182
=mel | weight=0.181
=tady | weight=0.180
=objednavka =mel | weight=0.179
=uz =tady | weight=0.179
=mam =ho | weight=0.179
=uz =treti | weight=0.179
=odklada | weight=0.178
=po =vanocich | weight=0.178
=vanocni | weight=0.178
=vanocni =darek | weight=0.178
=zdrzuju | weight=0.178
=dni =po | weight=0.177
=sest =tyden | weight=0.176
=mi =zkazili | weight=0.176
=zkazili | weight=0.176
=ho =tam | weight=0.176
=skoro =tri | weight=0.176
=posunuli =uz | weight=0.175
=rijen | weight=0.175
=mel =trva | weight=0.173
=prijit | weight=0.172
=kdy =konecne | weight=0.172
=konecne =dorazil | weight=0.172
=neprijima =nikdo | weight=0.170, noneg
=rano | weight=0.170
=zasilka | weight=0.169
=termin | weight=0.169
=volno | weight=0.168
=zaplacene | weight=0.168
=zasilka =se | weight=0.167
=kotle =celou | weight=0.166
=na =opravare | weight=0.166
=opravare | weight=0.166
=opravare =kotle | weight=0.166
=nikdo =nedorazil | weight=0.165, noneg
=uplne =studena | weight=0.165
=monter | weight=0.164
=neprisel =ani | weight=0.163, noneg
=mesic | weight=0.163
=tyden | weight=0.163
=zavinil | weight=0.162
=se =zpozdila | weight=0.161
=zpozdila =o | weight=0.161
=objednavka | weight=0.161
=pracka | weight=0.160
=sedm | weight=0.160
=o =hodiny | weight=0.159
=cesky | weight=0.159
=kveten | weight=0.158
=doruceni =muze | weight=0.158
=pozdni =doruceni | weight=0.158
=darek | weight=0.154
=dvou | weight=0.154
=se =uracili | weight=0.153
=uracili =prijit | weight=0.153
=cekal =na | weight=0.153
=domluveno | weight=0.153
=ted =je | weight=0.153
=privezli =az | weight=0.153
=dalsi =den | weight=0.153
=na =vymenu | weight=0.152
=odpoledne | weight=0.152
=hotove | weight=0.152
=prijit =v | weight=0.152
=prisla =po | weight=0.151
=na =zasilka | weight=0.151
=dve =hodiny | weight=0.150
=kuchyn | weight=0.149
=robot =a | weight=0.148
=vychladle | weight=0.148
=pozdni | weight=0.148
=za =pozdni | weight=0.148
=jen =robot | weight=0.147
=pul =a | weight=0.146
=prijde | weight=0.146
=telefon =jen | weight=0.146
=tyden =na | weight=0.146
=nikdo =nezavolal | weight=0.145, noneg
=treti =mesic | weight=0.145
=az =v | weight=0.145
=posunuli | weight=0.144
=uplne =vychladle | weight=0.143
=az | weight=0.143
=uz =byla | weight=0.143
=o =tyden | weight=0.143
=kdy =uz | weight=0.143
=poste =ne | weight=0.142, noneg
=zpozdeni =pry | weight=0.141
=zpozdila | weight=0.140
=ta =pracka | weight=0.140
=pozdeji =nez | weight=0.139
=misto =slibena | weight=0.139
=neprijima | weight=0.138
=ten =balik | weight=0.137
=v =sedm | weight=0.137
=neprisel | weight=0.137
=trva =mesic | weight=0.135
=mi =ten | weight=0.133
=dva =tyden | weight=0.133
=pozdeji =a | weight=0.133
=nikdo =se | weight=0.132, noneg
=v =utery | weight=0.131
=neodpovida =na | weight=0.131
=po =osmou | weight=0.130
=polovina =skrinek | weight=0.130
=skrinek | weight=0.130
=celou =den | weight=0.130
=tyden =po | weight=0.130
=po =sedmdesati | weight=0.129
=sedmdesati | weight=0.129
=sedmdesati =minut | weight=0.129
=nezavolal =nikdo | weight=0.129, noneg
=tam =uz | weight=0.128
=vcera | weight=0.128
=byt =u | weight=0.128
=uracili | weight=0.128
=po =oslave | weight=0.126
=prijde =zitra | weight=0.126
=kuchynska | weight=0.125
=brezna =ted | weight=0.125
=do =brezna | weight=0.125
=mel =mit | weight=0.125
=mit =do | weight=0.125
=az =kdyz | weight=0.125
=byla =vyskladnena | weight=0.124
=ctrnactidennim | weight=0.124
=ctrnactidennim =prodleni | weight=0.124
=se =ctrnactidennim | weight=0.124
=vyskladnena | weight=0.124
=vyskladnena =se | weight=0.124
=nedoruceni =muze | weight=0.124
=podam =tam | weight=0.124
=si =stiznost | weight=0.124
=stiznost =podam | weight=0.124
=za =nedoruceni | weight=0.124
=deset =dni | weight=0.124
=prisel =o | weight=0.123
=hotovo | weight=0.123
=ja =porad | weight=0.123
=den =jsem | weight=0.123
=ze =technik | weight=0.123
=skluz | weight=0.123
=v =devet | weight=0.122
=presunuli | weight=0.122
=pry =system | weight=0.122
=ctvrtek =a | weight=0.121
=od =osmou | weight=0.121
=osmou =do | weight=0.121
=porad =chyba | weight=0.121
=zpozdeni =a | weight=0.121
=balik =porad | weight=0.121
=opravu =mel | weight=0.121
=ne =a | weight=0.120, noneg
=osmou | weight=0.120
=dort =privezli | weight=0.120
=az =ctvrt | weight=0.120
=den =dovolene | weight=0.120
=kufr =nam | weight=0.120
=nam =dorucil | weight=0.120
=system =ne | weight=0.120, noneg
=a =auto | weight=0.119
=je =cerven | weight=0.118
=neodpovida | weight=0.118
=cervenci | weight=0.118
=byla =uplne | weight=0.117
=muze =poste | weight=0.116
=vas =je | weight=0.115
=je =ta | weight=0.115
=vzor | weight=0.115
=zpozdeni =let | weight=0.115
=bez =jedina | weight=0.115, noneg
=divala | weight=0.114
=proc | weight=0.113
=kuryr =nikdo | weight=0.113, noneg
=system =je | weight=0.112
=vas =vec | weight=0.112
=vec =ne | weight=0.112, noneg
=deset | weight=0.112
=zasilka =porad | weight=0.112
=pred =mesic | weight=0.112
=ani =se | weight=0.112, noneg
=dodavka =se | weight=0.112
=po =hodiny | weight=0.112
=ujistili | weight=0.111
=v =domluveno | weight=0.111
=v =pul | weight=0.111
=ze =mate | weight=0.111
=ctyri =dny | weight=0.110
=hodiny =trva | weight=0.110
=to =ctyri | weight=0.110
=pred =tyden | weight=0.110
=rozvoz | weight=0.110
=svadeji =to | weight=0.110
=darek =prisla | weight=0.109
=na =cesky | weight=0.108
=objednavka =jsem | weight=0.108
=a =dvanactou | weight=0.108
=dubnu =je | weight=0.108
=dvirka | weight=0.107
=svadeji =na | weight=0.107
=prehodil =na | weight=0.107
=vazeni =dodavka | weight=0.107
=pekarna | weight=0.107
=opozdilo | weight=0.106
=prijit =mezi | weight=0.106
=robot | weight=0.106
=nezajima | weight=0.105
=ne =moje | weight=0.105, noneg
=a =cisnik | weight=0.105
=cisnik =se | weight=0.105
=sedacky | weight=0.104
=ctyri | weight=0.104
=o =dva | weight=0.104
=po =prestavce | weight=0.104
=prestavce | weight=0.104
=prestavce =na | weight=0.104
=balik =je | weight=0.104
=akce | weight=0.103
=dopravce =oni | weight=0.103
=dodani =nabytek | weight=0.103
=nabytek =posunuli | weight=0.103
=vzit | weight=0.103
=provest | weight=0.102
=cekal =jsem | weight=0.102
=prehodil | weight=0.102
=dispecink =tvrdi | weight=0.102
=ale =stejne | weight=0.101
=stejne =uz | weight=0.101
=rusim =si | weight=0.101
=byla =hotove | weight=0.101
=hotove =den | weight=0.101
=saty | weight=0.101
=saty =byla | weight=0.101
=monter =prijit | weight=0.101
=porad =nedorazil | weight=0.100
=pry =zavinil | weight=0.100
=vlastni =moje | weight=0.100
=hodnoceni | weight=0.099
=prahy | weight=0.099
=vodomeru =ktery | weight=0.099
=proc =jsem | weight=0.099
=poste =at | weight=0.098
=ujistili =me | weight=0.097
=se =zpozdeni | weight=0.097
=lezi | weight=0.097
=dat =mezi | weight=0.097
=desatou =a | weight=0.097
=mezi =desatou | weight=0.097
=mel =dat | weight=0.097
=muze =vyrobce | weight=0.097
=kufr | weight=0.096
=prijde =technik | weight=0.096
=vodomeru | weight=0.096
=v =cervenci | weight=0.096
=burger | weight=0.096
=burger =prijit | weight=0.096
=syr | weight=0.096
=syr =ztuhly | weight=0.096
=ztuhly | weight=0.096
=neni =to | weight=0.096, noneg
=ohledne =toho | weight=0.095
=kde =je | weight=0.095
=zpozdeni =zpusobila | weight=0.095
=brezna | weight=0.095
=s =usmevem | weight=0.095
=usmevem | weight=0.095
=byt =pred | weight=0.095
=sjednat | weight=0.095
=takze =jsem | weight=0.095
=brne =do | weight=0.095
=cesky =devet | weight=0.095
=devet =dni | weight=0.095
=do =prahy | weight=0.095
=dopis =z | weight=0.095
=prahy =cesky | weight=0.095
=z =brne | weight=0.095
=objednal =v | weight=0.095
=k =nikam | weight=0.095, noneg
=pondeli | weight=0.094
=svadeji | weight=0.094
=ctvrt =den | weight=0.094
=patku =a | weight=0.093
=kuryr =nedorazil | weight=0.093
=nedorazil =v | weight=0.093
=dvou =hodiny | weight=0.093
=dopoledne | weight=0.093
=trva =to | weight=0.092
=instalater | weight=0.092
=prijit =po | weight=0.091
=to =vlastni | weight=0.091
=nakup | weight=0.091
=jsem =nervozni | weight=0.091
=nervozni | weight=0.091
=dorazil =v | weight=0.091
=mesic =a | weight=0.091
=sms =s | weight=0.090
=ta =lednicka | weight=0.090
=uplne | weight=0.090
=nas =uz | weight=0.090
=stezovat =u | weight=0.089
=a =bez | weight=0.089, noneg
=vy =jste | weight=0.089
=davno | weight=0.089
=vas =uz | weight=0.089
=prijit =ve | weight=0.089
=mi =prosim | weight=0.088
=utery | weight=0.088
=patku | weight=0.088
=na =ne | weight=0.088, noneg
=dodavka =nahradni | weight=0.088
=na =prodleni | weight=0.088
=prodleni =v | weight=0.088
=v =dodavka | weight=0.088
=dodani =sedacky | weight=0.088
=sedacky =se | weight=0.088
=termin =byla | weight=0.088
=pul =uplne | weight=0.087
=vecer | weight=0.086
=uz =potreti | weight=0.086
=opravena =do | weight=0.086
=hoste | weight=0.086
=zapsane | weight=0.085
=cekal =uz | weight=0.085
=kuryr =mel | weight=0.085
=si =kvuli | weight=0.084
=nevratite | weight=0.084
=bude =opravena | weight=0.083
=jidlo =vozi | weight=0.083
=koleji =treti | weight=0.083
=misto =poledne | weight=0.083
=odpoledne =misto | weight=0.083
