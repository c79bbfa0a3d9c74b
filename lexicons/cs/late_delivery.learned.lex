# late_delivery, cs: learned by scripts/learn.py from 3747 tuning texts (252 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Stále čekám na doručení, podle sledování zásilky je balík týden na depu.
+ Paní na lince mě ujišťovala, že technik přijde ve čtvrtek dopoledne. Nepřišel, a teď tvrdí, že o žádném termínu neví.
+ Vážení, dodávka surovin pro naši pekárnu, sjednaná na 6:00, byla vyložena v 10:30, takže jsme ráno neměli z čeho péct.
- ok dekuju
- super, doporucuju
=zpozdeni | weight=0.596
=pizza | weight=0.497
=dodavka | weight=0.496
=nedorazil | weight=0.447
=dodani | weight=0.413
=porad =nedosel | weight=0.370
=pozdeji | weight=0.334
=ani =v | weight=0.327, noneg
=nestihl | weight=0.325
=dorazil | weight=0.322
=jidlo | weight=0.321
=privezli | weight=0.304
=den =po | weight=0.304
=po =termin | weight=0.298
=mel =byt | weight=0.297
=dorazil =az | weight=0.294
=cekal =od | weight=0.286
=nedodrzel | weight=0.278
=studena | weight=0.273
=technik =prijde | weight=0.273
=porad =nemam | weight=0.272, noneg
=devet | weight=0.271
=technik =mel | weight=0.268
=po =svatbe | weight=0.265
=svatbe | weight=0.265
=od =rano | weight=0.257
=doruceni =do | weight=0.243
=stale =nic | weight=0.242, noneg
=novy =technik | weight=0.241
=hodiny =pozdeji | weight=0.238
=depu | weight=0.235
=nedosel | weight=0.234
=nedodal | weight=0.233
=mesta =skoro | weight=0.233
=doruceni | weight=0.231
=na =bryle | weight=0.230
=objednavka =mel | weight=0.228
=v =patku | weight=0.224
=mesta | weight=0.224
=technik =neprijima | weight=0.223
=poslali =novy | weight=0.222
=pizza =prisla | weight=0.218
=dodani =se | weight=0.218
=mel =trva | weight=0.217
=opravu =notebooku | weight=0.217
=prodleni | weight=0.213
=se =porad | weight=0.212
=o =tyden | weight=0.211
=vanocich | weight=0.206
=dort | weight=0.205
=dorucil | weight=0.205
=nedoruceni | weight=0.204
=jidlo =prisla | weight=0.203
=trech =mesic | weight=0.201
=oslave | weight=0.201
=termin | weight=0.200
=uz =treti | weight=0.198
=rychlost | weight=0.198
=skoro | weight=0.198
=porad =odklada | weight=0.198
=vecnost | weight=0.197
=termin =montaze | weight=0.197
=okna | weight=0.196
=dvanactou | weight=0.195
=bryle | weight=0.192
=tri =hodiny | weight=0.189
=v =depu | weight=0.188
=cesky | weight=0.187
=nabytek | weight=0.187
=mam =ho | weight=0.185
=montaze | weight=0.185
=odklada | weight=0.183
=kdy =konecne | weight=0.181
=konecne =dorazil | weight=0.181
=ho =tam | weight=0.180
=odpoledne | weight=0.180
=sest =tyden | weight=0.180
=monter | weight=0.180
=mi =zkazili | weight=0.179
=zkazili | weight=0.179
=sedm | weight=0.177
=se =zpozdila | weight=0.177
=zpozdila =o | weight=0.177
=az | weight=0.176
=rano | weight=0.176
=porad =nikdo | weight=0.175, noneg
=posunuli =uz | weight=0.174
=dni =po | weight=0.174
=trva =mesic | weight=0.174
=po =vanocich | weight=0.172
=vanocni | weight=0.172
=vanocni =darek | weight=0.172
=nikdo =nedorazil | weight=0.172, noneg
=tyden | weight=0.171
=a =zbozi | weight=0.170
=prisla =po | weight=0.170
=uplne =studena | weight=0.170
=kveten | weight=0.170
=neprijima =nikdo | weight=0.168, noneg
=doruceni =muze | weight=0.168
=pozdni =doruceni | weight=0.168
=zasilka =se | weight=0.167
=prijit | weight=0.167
=zasilka | weight=0.167
=ze =zpozdeni | weight=0.167
=skoro =tri | weight=0.165
=bejt | weight=0.164
=mel =bejt | weight=0.164
=domluveno =cas | weight=0.164
=prijit =v | weight=0.164
=tady | weight=0.163
=zavinil | weight=0.162
=zaplacene | weight=0.161
=rijen | weight=0.161
=darek | weight=0.160
=kotle =celou | weight=0.159
=na =opravare | weight=0.159
=opravare | weight=0.159
=opravare =kotle | weight=0.159
=opravu =mel | weight=0.158
=volno | weight=0.158
=balik | weight=0.158
=pozdni | weight=0.158
=za =pozdni | weight=0.158
=pozdeji =nez | weight=0.157
=cekal =na | weight=0.157
=prisel =o | weight=0.157
=misto =slibeno | weight=0.155
=zpozdila | weight=0.155
=se =uracili | weight=0.155
=uracili =prijit | weight=0.155
=kuchyn | weight=0.154
=balik =porad | weight=0.154
=posunuli | weight=0.153
=nikdo =nezavolal | weight=0.153, noneg
=neprisel =ani | weight=0.152, noneg
=privezli =az | weight=0.151
=mel =prijit | weight=0.151
=vychladle | weight=0.151
=v =sedm | weight=0.150
=uz =byla | weight=0.149
=na =vymenu | weight=0.149
=uz =tady | weight=0.147
=dalsi =den | weight=0.147
=tyden =na | weight=0.147
=robot =a | weight=0.147
=ctvrtek =a | weight=0.147
=telefon =jen | weight=0.147
=jen =robot | weight=0.146
=domluveno | weight=0.146
=uplne =vychladle | weight=0.146
=prijde | weight=0.145
=ta =pracka | weight=0.144
=pozdeji =a | weight=0.143
=tam =uz | weight=0.143
=pul =a | weight=0.143
=mel | weight=0.142
=objednavka =jsem | weight=0.141
=uz =mi | weight=0.141
=az =v | weight=0.141
=v =utery | weight=0.140
=nikdo =se | weight=0.139, noneg
=o =hodiny | weight=0.139
=po =sedmdesati | weight=0.138
=sedmdesati | weight=0.138
=sedmdesati =minut | weight=0.138
=na =zasilka | weight=0.138
=je =ta | weight=0.137
=rozvoz | weight=0.137
=ten =balik | weight=0.137
=neprisel | weight=0.137
=pred =mesic | weight=0.136
=treti =mesic | weight=0.136
=neprijima | weight=0.135
=proc | weight=0.134
=a =auto | weight=0.134
=kuchynska | weight=0.134
=ja =porad | weight=0.134
=zpozdeni =pry | weight=0.134
=cekal =uz | weight=0.133
=nezavolal =nikdo | weight=0.133, noneg
=osmou | weight=0.132
=az =ctvrt | weight=0.132
=den =dovolene | weight=0.132
=kufr =nam | weight=0.132
=nam =dorucil | weight=0.132
=brezna =ted | weight=0.132
=do =brezna | weight=0.132
=mel =mit | weight=0.132
=mit =do | weight=0.132
=byla =vyskladnena | weight=0.132
=ctrnactidennim | weight=0.132
=ctrnactidennim =prodleni | weight=0.132
=se =ctrnactidennim | weight=0.132
=vyskladnena | weight=0.132
=vyskladnena =se | weight=0.132
=mi =ten | weight=0.132
=neodpovida =na | weight=0.132
=provest | weight=0.131
=v =devet | weight=0.131
=skluz | weight=0.130
=dvou =hodiny | weight=0.129
=ctyri =dny | weight=0.128
=hodiny =trva | weight=0.128
=to =ctyri | weight=0.128
=ze =technik | weight=0.126
=poste =ne | weight=0.126, noneg
=tyden =po | weight=0.125
=mesic =a | weight=0.124
=presunuli | weight=0.124
=kdy =uz | weight=0.124
=uracili | weight=0.123
=po =oslave | weight=0.123
=nedoruceni =muze | weight=0.123
=podam =tam | weight=0.123
=si =stiznost | weight=0.123
=stiznost =podam | weight=0.123
=za =nedoruceni | weight=0.123
=po =osmou | weight=0.123
=polovina =skrinek | weight=0.123
=skrinek | weight=0.123
=system =ne | weight=0.123, noneg
=pry =system | weight=0.123
=patku =a | weight=0.122
=az =kdyz | weight=0.122
=nakup | weight=0.122
=svadi =to | weight=0.121
=byt =u | weight=0.121
=dve =hodiny | weight=0.121
=ted =je | weight=0.120
=po =hodiny | weight=0.120
=je =cerven | weight=0.120
=dva =tyden | weight=0.120
=kde =je | weight=0.119
=pred =tyden | weight=0.119
=celou =den | weight=0.119
=prijde =zitra | weight=0.118
=od =osmou | weight=0.118
=osmou =do | weight=0.118
=lezi | weight=0.117
=balik =je | weight=0.117
=dodavka =se | weight=0.117
=zpozdeni =a | weight=0.117
=uplne | weight=0.116
=den =jsem | weight=0.116
=porad =chyba | weight=0.115
=dort =privezli | weight=0.115
=darek =prisla | weight=0.114
=brezna | weight=0.114
=v =pul | weight=0.113
=ujistili =me | weight=0.113
=byla =uplne | weight=0.113
=ujistili | weight=0.113
=sedacky | weight=0.113
=svadi =na | weight=0.112
=zasilka =porad | weight=0.112
=a =dvanactou | weight=0.112
=cervenci | weight=0.112
=vas =je | weight=0.111
=ctvrt =den | weight=0.111
=mesic | weight=0.111
=ani =se | weight=0.111, noneg
=vzor | weight=0.110
=porad =nedorazil | weight=0.110
=neodpovida | weight=0.110
=divala | weight=0.110
=vzit | weight=0.110
=me =nezajima | weight=0.110
=system =je | weight=0.110
=vas =vec | weight=0.110
=vec =ne | weight=0.110, noneg
=kufr | weight=0.110
=kuryr =nikdo | weight=0.109, noneg
=bez =jedina | weight=0.109, noneg
=tyden =pozdeji | weight=0.109
=prijit =mezi | weight=0.109
=po =prestavce | weight=0.109
=prestavce | weight=0.109
=prestavce =na | weight=0.109
=o =dva | weight=0.109
=deset =dni | weight=0.108
=opozdilo | weight=0.108
=cesky =poste | weight=0.108
=byla =hotove | weight=0.108
=hotove =den | weight=0.108
=saty =byla | weight=0.108
=ze =mate | weight=0.107
=burger | weight=0.107
=burger =prijit | weight=0.107
=syr | weight=0.107
=syr =ztuhly | weight=0.107
=ztuhly | weight=0.107
=dopoledne | weight=0.107
=ale =stejne | weight=0.107
=stejne =uz | weight=0.107
=prehodil =na | weight=0.106
=dvou | weight=0.106
=dubnu =je | weight=0.106
=dodani =nabytek | weight=0.105
=nabytek =posunuli | weight=0.105
=robot | weight=0.105
=a =cisnik | weight=0.105
=cisnik =se | weight=0.105
=vy | weight=0.105
=byt =pred | weight=0.105
=muze =poste | weight=0.105
=kuryr =nedorazil | weight=0.104
=nedorazil =v | weight=0.104
=deset | weight=0.104
=pry =zavinil | weight=0.104
=nezajima | weight=0.104
=pondeli | weight=0.104
=trva =to | weight=0.103
=v =pondeli | weight=0.103
=saty | weight=0.103
=vazeni =dodavka | weight=0.102
=ohledne =toho | weight=0.102
=prehodil | weight=0.102
=dvirka | weight=0.102
=pekarna | weight=0.102
=proc =jsem | weight=0.101
=ne =moje | weight=0.101, noneg
=stezovat =u | weight=0.101
=k =nikam | weight=0.100, noneg
=prahy | weight=0.100
=svadi | weight=0.100
=na =cesky | weight=0.099
=hodnoceni | weight=0.098
=utery | weight=0.098
=vlastni =moje | weight=0.098
=auto | weight=0.098
=zpozdeni =let | weight=0.097
=akce | weight=0.097
=poste =at | weight=0.097
=se =zpozdeni | weight=0.097
=vodomeru =ktery | weight=0.097
=rusim =si | weight=0.095
=dispecink =tvrdi | weight=0.095
=dat =mezi | weight=0.094
=desatou =a | weight=0.094
=mezi =desatou | weight=0.094
=mel =dat | weight=0.094
=dovezli | weight=0.094
=prijde =technik | weight=0.094
=nevratite | weight=0.093
=brne =do | weight=0.093
=cesky =devet | weight=0.093
=devet =dni | weight=0.093
=do =prahy | weight=0.093
=dopis =z | weight=0.093
=prahy =cesky | weight=0.093
=z =brne | weight=0.093
=pry =nedodal | weight=0.093
=jsem =nervozni | weight=0.093
=nervozni | weight=0.093
=vodomeru | weight=0.093
=prijit =o | weight=0.093
=opravena =do | weight=0.093
=s =usmevem | weight=0.092
=usmevem | weight=0.092
=pracka | weight=0.092
=tam =nebyl | weight=0.092, noneg
=dodani =sedacky | weight=0.092
=sedacky =se | weight=0.092
=co =ma | weight=0.092
=davno | weight=0.091
=termin =byla | weight=0.091
=monter =prijit | weight=0.091
=vy =ne | weight=0.091, noneg
=muze =cesky | weight=0.091
=balik =mel | weight=0.091
=bude =opravena | weight=0.090
=vas =uz | weight=0.090
=ja =vim | weight=0.090
=takze =jsem | weight=0.090
=polevka | weight=0.089
=patku =mi | weight=0.089
=o =tri | weight=0.089
=minut =pozdeji | weight=0.088
=sjednat | weight=0.088
=ctyri =odpoledne | weight=0.088
=uz =to | weight=0.088
=objednal =v | weight=0.088
=to =vlastni | weight=0.087
=dopravce =oni | weight=0.087
=v =kveten | weight=0.087
=uz =potreti | weight=0.087
=jidlo =vozi | weight=0.086
=kolo =treti | weight=0.086
=misto =poledne | weight=0.086
=odpoledne =misto | weight=0.086
=treti =odpoledne | weight=0.086
=vozi =kolo | weight=0.086
=sms =s | weight=0.086
=dodavka =nahradni | weight=0.086
=na =prodleni | weight=0.086
=prodleni =v | weight=0.086
=v =dodavka | weight=0.086
=to =pres | weight=0.086
=to =mam | weight=0.086
