# late_delivery, cs: learned by scripts/learn.py from 3948 tuning texts (272 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Stále čekám na doručení, podle sledování zásilky je balík týden na depu.
+ Paní na lince mě ujišťovala, že technik přijde ve čtvrtek dopoledne. Nepřišel, a teď tvrdí, že o žádném termínu neví.
+ Kurýr tvrdil, že jsem nebyla doma, ale celý den jsem seděla u okna. Balík pořád nemám a teď mám platit znovu za doručení.
- ok dekuju
- super, doporucuju
=zpozdeni | weight=0.602
=dodavka | weight=0.574
=pizza | weight=0.512
=nedorazil | weight=0.440
=dodani | weight=0.419
=porad =nedosel | weight=0.365
=pozdeji | weight=0.349
=ani =v | weight=0.329, noneg
=jidlo | weight=0.318
=mel =byt | weight=0.314
=privezli | weight=0.311
=nestihl | weight=0.303
=dorazil =az | weight=0.298
=po =termin | weight=0.298
=den =po | weight=0.297
=dorazil | weight=0.295
=nedodrzel | weight=0.283
=cekal =od | weight=0.275
=studena | weight=0.271
=porad =nemam | weight=0.270, noneg
=technik =prijde | weight=0.269
=devet | weight=0.269
=po =svatbe | weight=0.262
=svatbe | weight=0.262
=technik =mel | weight=0.261
=v =patku | weight=0.257
=od =rano | weight=0.251
=nedosel | weight=0.249
=hodiny =pozdeji | weight=0.247
=stale =nic | weight=0.242, noneg
=doruceni | weight=0.241
=na =bryle | weight=0.234
=mesta =skoro | weight=0.234
=na =pizza | weight=0.234
=doruceni =do | weight=0.234
=objednavka =mel | weight=0.230
=nedodal | weight=0.227
=novy =technik | weight=0.226
=na =zasilka | weight=0.224
=depu | weight=0.224
=dodani =se | weight=0.223
=bryle | weight=0.220
=technik =neprijima | weight=0.217
=opravu =notebook | weight=0.214
=mesta | weight=0.212
=jidlo =prisla | weight=0.210
=mel =trva | weight=0.207
=tyden =na | weight=0.206
=termin | weight=0.206
=porad =odklada | weight=0.206
=poslali =novy | weight=0.205
=se =porad | weight=0.203
=nedoruceni | weight=0.203
=prodleni | weight=0.203
=trech =mesic | weight=0.200
=kvetna | weight=0.200
=pizza =prisla | weight=0.200
=mam =ho | weight=0.199
=rychlost | weight=0.199
=vanocich | weight=0.198
=vecnost | weight=0.196
=dvanactou | weight=0.195
=o =tyden | weight=0.195
=ze =zpozdeni | weight=0.195
=ho =tam | weight=0.195
=dort | weight=0.195
=tri =hodiny | weight=0.192
=v =depu | weight=0.192
=oslave | weight=0.192
=odpoledne | weight=0.191
=dorucil | weight=0.191
=okna | weight=0.190
=odklada | weight=0.190
=balik | weight=0.188
=skoro | weight=0.188
=kdy =konecne | weight=0.183
=konecne =dorazil | weight=0.183
=termin =montaze | weight=0.181
=dni =po | weight=0.180
=sest =tyden | weight=0.178
=tady | weight=0.177
=rano | weight=0.176
=cesky | weight=0.176
=mel =prijit | weight=0.175
=porad =nikdo | weight=0.175, noneg
=a =zbozi | weight=0.174
=tyden | weight=0.173
=cekal =uz | weight=0.173
=monter | weight=0.173
=posunuli =uz | weight=0.173
=nabytek | weight=0.172
=se =zpozdila | weight=0.172
=zpozdila =o | weight=0.172
=trva =mesic | weight=0.172
=prijit =v | weight=0.170
=sedm | weight=0.169
=prisla =po | weight=0.168
=rijen | weight=0.168
=montaze | weight=0.168
=zasilka | weight=0.167
=zasilka =se | weight=0.167
=po =vanocich | weight=0.166
=vanocni | weight=0.166
=vanocni =darek | weight=0.166
=misto =slibeno | weight=0.166
=bejt | weight=0.166
=mel =bejt | weight=0.166
=nikdo =nedorazil | weight=0.163, noneg
=opravu =mel | weight=0.162
=doruceni =muze | weight=0.161
=pozdni =doruceni | weight=0.161
=neprijima =nikdo | weight=0.161, noneg
=skoro =tri | weight=0.160
=az | weight=0.160
=darek | weight=0.159
=cekal =na | weight=0.158
=privezli =az | weight=0.158
=uplne =studena | weight=0.158
=pozdeji =nez | weight=0.157
=zaplacene | weight=0.157
=prijit | weight=0.156
=domluveno =cas | weight=0.156
=pozdeji =a | weight=0.156
=kuchyn | weight=0.155
=volno | weight=0.155
=uz =treti | weight=0.155
=se =uracili | weight=0.154
=uracili =prijit | weight=0.154
=posunuli | weight=0.154
=treti =mesic | weight=0.154
=mi =zkazila | weight=0.153
=zkazila | weight=0.153
=zpozdila | weight=0.153
=kotle =celou | weight=0.152
=na =opravare | weight=0.152
=opravare | weight=0.152
=opravare =kotle | weight=0.152
=pozdni | weight=0.152
=za =pozdni | weight=0.152
=neprisel =ani | weight=0.152, noneg
=uz =tady | weight=0.152
=prisel =o | weight=0.152
=vychladle | weight=0.151
=balik =porad | weight=0.150
=dalsi =den | weight=0.150
=nikdo =nezavolal | weight=0.147, noneg
=na =vymenu | weight=0.147
=objednavka =jsem | weight=0.146
=telefon =jen | weight=0.146
=rozvoz | weight=0.146
=tam =uz | weight=0.146
=celou =den | weight=0.146
=robot =a | weight=0.145
=v =sedm | weight=0.145
=jen =robot | weight=0.145
=ta =pracka | weight=0.144
=nakup | weight=0.144
=jsem =tri | weight=0.143
=o =hodiny | weight=0.143
=uplne =vychladle | weight=0.142
=dopravce =to | weight=0.141
=ctvrtek =a | weight=0.139
=pul =a | weight=0.139
=neprisel | weight=0.138
=na =technik | weight=0.138
=ten =balik | weight=0.137
=a =auto | weight=0.136
=presunuli | weight=0.135
=skluz | weight=0.135
=je =ta | weight=0.135
=zasilka =porad | weight=0.133
=az =ctvrt | weight=0.133
=den =dovolene | weight=0.133
=kufr =nam | weight=0.133
=nam =dorucil | weight=0.133
=pred =mesic | weight=0.133
=po =sedmdesati | weight=0.132
=sedmdesati | weight=0.132
=sedmdesati =minut | weight=0.132
=dvou =hodiny | weight=0.132
=cekal =jsem | weight=0.131
=vy | weight=0.131
=az =v | weight=0.131
=byla =vyskladnena | weight=0.130
=ctrnactidennim | weight=0.130
=ctrnactidennim =prodleni | weight=0.130
=se =ctrnactidennim | weight=0.130
=vyskladnena | weight=0.130
=vyskladnena =se | weight=0.130
=mel | weight=0.130
=kdy =uz | weight=0.129
=byt =u | weight=0.129
=sedacky | weight=0.129
=kuchynskou | weight=0.129
=mi =ten | weight=0.129
=v =devet | weight=0.128
=brezna =ted | weight=0.128
=do =brezna | weight=0.128
=mel =mit | weight=0.128
=mit =do | weight=0.128
=neodpovida =na | weight=0.128
=po =osmou | weight=0.127
=polovina =skrinek | weight=0.127
=skrinek | weight=0.127
=neprijima | weight=0.127
=ujistili | weight=0.127
=domluveno | weight=0.127
=provest | weight=0.126
=uz =byla | weight=0.126
=zpozdeni =zpusobila | weight=0.126
=az =kdyz | weight=0.126
=dva =tyden | weight=0.125
=uracili | weight=0.125
=mesic =a | weight=0.125
=ze =technik | weight=0.124
=uz =mi | weight=0.123
=zavinil | weight=0.123
=je =cerven | weight=0.123
=v =utery | weight=0.122
=zpozdeni =pry | weight=0.122
=pres =dva | weight=0.122
=po =oslave | weight=0.122
=prijde =zitra | weight=0.121
=prijde | weight=0.121
=to =zpozdeni | weight=0.120
=ujistili =me | weight=0.120
=prijit =mezi | weight=0.119
=vazeni =dodavka | weight=0.119
=porad =chyba | weight=0.119
=slecna =byla | weight=0.119
=poste =ne | weight=0.119, noneg
=tri =dny | weight=0.118
=po =hodiny | weight=0.118
=tyden =po | weight=0.118
=pred =tyden | weight=0.118
=byt =pred | weight=0.118
=nedoruceni =muze | weight=0.116
=podam =tam | weight=0.116
=si =stiznost | weight=0.116
=stiznost =podam | weight=0.116
=za =nedoruceni | weight=0.116
=patku =a | weight=0.116
=dny | weight=0.116
=ctyri =dny | weight=0.115
=hodiny =trva | weight=0.115
=to =ctyri | weight=0.115
=pry =system | weight=0.115
=a =ochotne | weight=0.115
=v =pul | weight=0.114
=je =jednou | weight=0.114
=nebo =kuryr | weight=0.114
=ani =se | weight=0.113, noneg
=uplne | weight=0.113
=deset =dni | weight=0.112
=stezovat =u | weight=0.112
=darek =prisla | weight=0.112
=osmou | weight=0.112
=a =dvanactou | weight=0.112
=lezi | weight=0.112
=kufr | weight=0.112
=chci =svoje | weight=0.111
=cesky =poste | weight=0.111
=nezavolal =nikdo | weight=0.111, noneg
=vzit | weight=0.111
=system =ne | weight=0.111, noneg
=nikdo =se | weight=0.111, noneg
=a =cisnik | weight=0.111
=cisnik =se | weight=0.111
=porad =nedorazil | weight=0.110
=tyden =pozdeji | weight=0.110
=od =osmou | weight=0.110
=osmou =do | weight=0.110
=zpozdeni =a | weight=0.110
=ale =objednavka | weight=0.110
=dvirka | weight=0.109
=ale =stejne | weight=0.109
=stejne =uz | weight=0.109
=byla =hotove | weight=0.109
=hotove =den | weight=0.109
=saty =byla | weight=0.109
=dort =privezli | weight=0.109
=divala | weight=0.109
=k =nikam | weight=0.108, noneg
=balik =je | weight=0.108
=dodani =nabytek | weight=0.108
=nabytek =posunuli | weight=0.108
=den =jsem | weight=0.108
=me =nezajima | weight=0.108
=system =je | weight=0.108
=vas =vec | weight=0.108
=vec =ne | weight=0.108, noneg
=byla =uplne | weight=0.108
=proc =jsem | weight=0.108
=ctvrt =den | weight=0.107
=ted =je | weight=0.107
=dubnu =je | weight=0.107
=robot | weight=0.107
=kuryr =nikdo | weight=0.107, noneg
=dvou | weight=0.106
=hodnoceni | weight=0.106
=vzor | weight=0.105
=bez =jedina | weight=0.105, noneg
=ze =mate | weight=0.105
=burger | weight=0.105
=burger =prijit | weight=0.105
=syr | weight=0.105
=syr =ztuhly | weight=0.105
=ztuhly | weight=0.105
=dopoledne | weight=0.104
=brezna | weight=0.104
=cervenci | weight=0.103
=muze =poste | weight=0.103
=dodavka =se | weight=0.102
=saty | weight=0.102
=nedorucil | weight=0.102
=proc | weight=0.102
=nezajima | weight=0.101
=pondeli | weight=0.100
=neodpovida | weight=0.100
=kuryr =nedorazil | weight=0.100
=nedorazil =v | weight=0.100
=objednavka | weight=0.100
=trva =to | weight=0.100
=vodomeru =ktery | weight=0.100
=deset | weight=0.100
=jsem =nervozni | weight=0.100
=opozdilo | weight=0.099
=prahy | weight=0.099
=termin =byla | weight=0.099
=ne =moje | weight=0.098, noneg
=dat =mezi | weight=0.098
=desatou =a | weight=0.098
=mezi =desatou | weight=0.098
=mel =dat | weight=0.098
=dispecink =tvrdi | weight=0.098
=pry =zavinil | weight=0.098
=jestli =vy | weight=0.098
=muze =jestli | weight=0.098
=vy =nebo | weight=0.098
=vodomeru | weight=0.097
=vas =je | weight=0.097
=nervozni | weight=0.096
=pekarna | weight=0.096
=ja =porad | weight=0.096
=o =dva | weight=0.096
=po =prestavce | weight=0.096
=prestavce | weight=0.096
=prestavce =na | weight=0.096
=na =cesky | weight=0.095
=opravena =do | weight=0.095
=muze =cesky | weight=0.095
=jen =ta | weight=0.095
=poste =at | weight=0.094
=davno | weight=0.094
=tam =nebyl | weight=0.094, noneg
=minut =pozdeji | weight=0.094
=vas =uz | weight=0.094
=prehodil =na | weight=0.094
=uz =dva | weight=0.093
=kdo =za | weight=0.093
=miru | weight=0.093
=se =zpozdeni | weight=0.093
=mesic | weight=0.092
=s =usmevem | weight=0.092
=usmevem | weight=0.092
=v =kvetna | weight=0.092
=brne =do | weight=0.092
=cesky =devet | weight=0.092
=devet =dni | weight=0.092
=do =prahy | weight=0.092
=dopis =z | weight=0.092
=prahy =cesky | weight=0.092
=z =brne | weight=0.092
=auto | weight=0.091
=pry =nedodal | weight=0.091
=v =pondeli | weight=0.091
=prehodil | weight=0.090
=to =svadi | weight=0.090
=bude =opravena | weight=0.090
=balik =mel | weight=0.090
=poslali =pozdeji | weight=0.090
=dodani =sedacky | weight=0.090
=sedacky =se | weight=0.090
=kuryr | weight=0.089
=instalater | weight=0.089
=kuryr =mi | weight=0.089
=v =cervenci | weight=0.089
=byt =do | weight=0.089
=svadi =to | weight=0.089
=az =po | weight=0.089
=ze =opravu | weight=0.088
=uz =potreti | weight=0.088
=trva =dva | weight=0.087
=na =dopravce | weight=0.087
=vlastni =moje | weight=0.087
=monter =prijit | weight=0.087
=utery | weight=0.087
=kuryr =mel | weight=0.086
=objednal =v | weight=0.086
=prej =zapojil | weight=0.086
