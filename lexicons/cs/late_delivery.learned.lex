# late_delivery, cs: learned by scripts/learn.py from 3307 tuning texts (199 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Opravu notebooku jste slibovali do deseti dnů, je to měsíc a notebook pořád nemám.
+ Paní na lince mě ujišťovala, že technik přijde ve čtvrtek dopoledne. Nepřišel, a teď tvrdí, že o žádném termínu neví.
+ Vážení, dodávka surovin pro naši pekárnu, sjednaná na 6:00, byla vyložena v 10:30, takže jsme ráno neměli z čeho péct.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=zpozdeni | weight=0.534
=dodani | weight=0.474
=pozdeji | weight=0.435
=dodavka | weight=0.402
=nedosel | weight=0.347
=porad =nedosel | weight=0.347
=pizza | weight=0.343
=ani =v | weight=0.341, noneg
=jidlo | weight=0.323
=privezli | weight=0.305
=den =po | weight=0.296
=technik =prijde | weight=0.291
=dorazil =az | weight=0.281
=v =patku | weight=0.273
=nedodrzel | weight=0.263
=stale =nic | weight=0.255, noneg
=dorazil | weight=0.252
=po =svatbe | weight=0.251
=svatbe | weight=0.251
=novy =technik | weight=0.251
=dodani =se | weight=0.241
=pizza =prisla | weight=0.240
=mel | weight=0.236
=technik =neprijima | weight=0.236
=doruceni | weight=0.234
=poslali =novy | weight=0.234
=hodiny =pozdeji | weight=0.232
=mesta =skoro | weight=0.226
=doruceni =do | weight=0.226
=mel =prijit | weight=0.225
=devet | weight=0.222
=technik =mel | weight=0.220
=mesta | weight=0.219
=balik | weight=0.218
=depu | weight=0.217
=dort | weight=0.215
=nedoruceni | weight=0.212
=prodleni | weight=0.211
=nestihli | weight=0.210
=domluveno =cas | weight=0.210
=opravu =notebooku | weight=0.207
=dni =po | weight=0.205
=po =termin | weight=0.205
=mel =byt | weight=0.203
=cekal =od | weight=0.201
=vecnost | weight=0.200
=od =rano | weight=0.198
=nabytek | weight=0.196
=v =depu | weight=0.195
=oslave | weight=0.193
=skoro | weight=0.192
=vanocich | weight=0.190
=tri =hodiny | weight=0.188
=tyden | weight=0.187
=ze =zpozdeni | weight=0.187
=rijen | weight=0.186
=trech =mesic | weight=0.186
=uplne =studena | weight=0.185
=mesic | weight=0.183
=tady | weight=0.182
=prijit | weight=0.181
=dvou | weight=0.180
=presunuli | weight=0.179
=mam =ho | weight=0.178
=zdrzuju | weight=0.177
=o =tyden | weight=0.177
=zavinil | weight=0.177
=po =vanocich | weight=0.177
=vanocni | weight=0.177
=vanocni =darek | weight=0.177
=kuchyn | weight=0.176
=o =hodiny | weight=0.175
=uz =tady | weight=0.175
=ho =tam | weight=0.174
=monter | weight=0.173
=celou =den | weight=0.172
=jidlo =prisla | weight=0.172
=uz =treti | weight=0.170
=studena | weight=0.170
=neprisel =ani | weight=0.170, noneg
=domluveno | weight=0.168
=posunuli =uz | weight=0.168
=trva =mesic | weight=0.168
=dva =tyden | weight=0.167
=nikdo =nedorazil | weight=0.166, noneg
=na =zasilka | weight=0.166
=opozdilo | weight=0.165
=skoro =tri | weight=0.162
=privezli =az | weight=0.162
=objednavka | weight=0.161
=objednavka =mel | weight=0.161
=neprijima =nikdo | weight=0.160, noneg
=doruceni =muze | weight=0.160
=pozdni =doruceni | weight=0.160
=okna | weight=0.157
=nedorazil | weight=0.157
=hotove | weight=0.157
=vychladle | weight=0.156
=misto =slibena | weight=0.156
=porad =nemam | weight=0.156, noneg
=kotle =celou | weight=0.155
=na =opravare | weight=0.155
=opravare | weight=0.155
=opravare =kotle | weight=0.155
=se =zpozdila | weight=0.154
=zpozdila =o | weight=0.154
=na =vymenu | weight=0.153
=az | weight=0.152
=dorucil | weight=0.151
=pozdni | weight=0.151
=za =pozdni | weight=0.151
=nikdo =nezavolal | weight=0.151, noneg
=uplne =vychladle | weight=0.150
=neprisel | weight=0.150
=se =uracili | weight=0.149
=uracili =prijit | weight=0.149
=pozdeji =nez | weight=0.149
=v =utery | weight=0.149
=prisla =po | weight=0.149
=ted =je | weight=0.148
=pozdeji =a | weight=0.148
=nezavolal =nikdo | weight=0.146, noneg
=odpoledne | weight=0.146
=rano | weight=0.145
=prisel =o | weight=0.145
=zpozdeni =pry | weight=0.145
=posunuli | weight=0.145
=ctvrtek =a | weight=0.143
=ze =technik | weight=0.142
=balik =porad | weight=0.142
=kveten | weight=0.141
=cesky | weight=0.141
=vcera | weight=0.140
=neprijima | weight=0.140
=termin | weight=0.138
=cekal =na | weight=0.138
=zasilka | weight=0.137
=montaze | weight=0.137
=kuchynska | weight=0.136
=po =osmou | weight=0.136
=polovina =skrinek | weight=0.136
=skrinek | weight=0.136
=uz =byla | weight=0.136
=pry =system | weight=0.135
=zasilka =se | weight=0.135
=prijde | weight=0.134
=zasilka =porad | weight=0.134
=po =hodiny | weight=0.134
=poste =ne | weight=0.133, noneg
=treti =mesic | weight=0.133
=termin =montaze | weight=0.133
=tam =uz | weight=0.133
=je =ta | weight=0.133
=tyden =na | weight=0.133
=zpozdeni =a | weight=0.132
=po =sedmdesati | weight=0.132
=sedmdesati | weight=0.132
=sedmdesati =minut | weight=0.132
=pul =a | weight=0.131
=system =ne | weight=0.131, noneg
=zpozdeni =let | weight=0.130
=je =cerven | weight=0.129
=darek | weight=0.129
=az =ctvrt | weight=0.128
=den =dovolene | weight=0.128
=kufr =nam | weight=0.128
=nam =dorucil | weight=0.128
=porad =chyba | weight=0.127
=a =auto | weight=0.126
=prijit =v | weight=0.125
=prijde =zitra | weight=0.125
=az =v | weight=0.125
=brezna =ted | weight=0.124
=do =brezna | weight=0.124
=mel =mit | weight=0.124
=mit =do | weight=0.124
=az =kdyz | weight=0.124
=byla =vyskladnena | weight=0.123
=ctrnactidennim | weight=0.123
=ctrnactidennim =prodleni | weight=0.123
=se =ctrnactidennim | weight=0.123
=vyskladnena | weight=0.123
=vyskladnena =se | weight=0.123
=po =oslave | weight=0.123
=vazeni =dodavka | weight=0.123
=muze =poste | weight=0.122
=divala | weight=0.122
=pekarna | weight=0.122
=mel =trva | weight=0.122
=byt =u | weight=0.122
=den =jsem | weight=0.121
=dodavka =se | weight=0.121
=a =dvanactou | weight=0.121
=ujistili | weight=0.120
=proc | weight=0.119
=skluz | weight=0.118
=o =dva | weight=0.117
=darek =prisla | weight=0.117
=ctyri | weight=0.117
=lezi | weight=0.117
=pondeli | weight=0.116
=vas =je | weight=0.116
=dvirka | weight=0.115
=uracili | weight=0.115
=deset | weight=0.115
=zpozdila | weight=0.114
=dort =privezli | weight=0.114
=sedm | weight=0.114
=ctyri =dny | weight=0.113
=hodiny =trva | weight=0.113
=to =ctyri | weight=0.113
=na =cesky | weight=0.113
=nedoruceni =muze | weight=0.113
=podam =tam | weight=0.113
=si =stiznost | weight=0.113
=stiznost =podam | weight=0.113
=za =nedoruceni | weight=0.113
=ani =se | weight=0.113, noneg
=opozdilo =o | weight=0.112
=brezna | weight=0.112
=nikdo =se | weight=0.112, noneg
=system =je | weight=0.112
=vas =vec | weight=0.112
=vec =ne | weight=0.112, noneg
=sedacka | weight=0.112
=hodnoceni | weight=0.111
=uplne | weight=0.111
=pul =uplne | weight=0.110
=miru | weight=0.110
=vzor | weight=0.110
=dubnu =je | weight=0.110
=bez =jedina | weight=0.110, noneg
=balik =je | weight=0.110
=kufr | weight=0.110
=a =cisnik | weight=0.109
=cisnik =se | weight=0.109
=dopoledne | weight=0.109
=ze =mate | weight=0.108
=uz =potreti | weight=0.108
=sjednat | weight=0.108
=ctvrt =den | weight=0.107
=dvou =hodiny | weight=0.106
=pry =zavinil | weight=0.106
=po =prestavce | weight=0.105
=prestavce | weight=0.105
=prestavce =na | weight=0.105
=posouva | weight=0.105
=proc =jsem | weight=0.105
=prahy | weight=0.104
=prijit =po | weight=0.104
=monter =prijit | weight=0.104
=objednavka =jsem | weight=0.103
=opravu =mel | weight=0.103
=nezajima | weight=0.103
=ne =moje | weight=0.103, noneg
=pracku | weight=0.102
=dorazil =v | weight=0.102
=ujistili =me | weight=0.102
=ale =stejne | weight=0.102
=stejne =uz | weight=0.102
=o =tri | weight=0.101
=v =pondeli | weight=0.101
=hotovo | weight=0.100
=takze =jsem | weight=0.100
=dat =mezi | weight=0.100
=desatou =a | weight=0.100
=mezi =desatou | weight=0.100
=mel =dat | weight=0.100
=utery | weight=0.099
=vy =jste | weight=0.099
=dovezli | weight=0.098
=dvanactou | weight=0.098
=brne =do | weight=0.098
=cesky =devet | weight=0.098
=devet =dni | weight=0.098
=do =prahy | weight=0.098
=dopis =z | weight=0.098
=prahy =cesky | weight=0.098
=z =brne | weight=0.098
=k =nikam | weight=0.098, noneg
=jsem =nervozni | weight=0.098
=nervozni | weight=0.098
=cervenci | weight=0.097
=do =deset | weight=0.097
=v =pul | weight=0.097
=byla =uplne | weight=0.097
=v =cervenci | weight=0.097
=kuryr | weight=0.096
=byla =hotove | weight=0.096
=hotove =den | weight=0.096
=saty | weight=0.096
=saty =byla | weight=0.096
=prijit =mezi | weight=0.096
=vodomeru =ktery | weight=0.095
=poste =at | weight=0.095
=si =kvuli | weight=0.094
=ohledne =toho | weight=0.094
=trva =to | weight=0.094
=v =domluveno | weight=0.093
=opravena =do | weight=0.093
=provest | weight=0.093
=pred =tyden | weight=0.092
=dopravce =oni | weight=0.092
=burger | weight=0.092
=burger =prijit | weight=0.092
=syr | weight=0.092
=syr =ztuhly | weight=0.092
=ztuhly | weight=0.092
=dodavka =nahradni | weight=0.091
=na =prodleni | weight=0.091
=prodleni =v | weight=0.091
=v =dodavka | weight=0.091
=pracku =vy | weight=0.091
=rikal =ctvrtek | weight=0.091
=tu =pracku | weight=0.091
=zpozdeni =zpusobila | weight=0.091
=vodomeru | weight=0.091
=minuly =tyden | weight=0.091
=termin =byla | weight=0.091
=vas =uz | weight=0.091
=jidlo =dovezli | weight=0.091
=bude =opravena | weight=0.090
=se =opozdilo | weight=0.090
=az =po | weight=0.090
=tyden =porad | weight=0.090
=byt =pred | weight=0.090
=mi =rikal | weight=0.089
=mi =prosim | weight=0.089
=ja =vim | weight=0.089
=vim | weight=0.089
=dopravce =a | weight=0.088
=v =sedm | weight=0.088
=deset =dni | weight=0.088
=a =bez | weight=0.087, noneg
=byt =do | weight=0.086
=rusim =si | weight=0.086
=slibili =do | weight=0.086
=o =dve | weight=0.085
=ta =lednicka | weight=0.085
=tyden =pozdeji | weight=0.085
=s =doruceni | weight=0.085
=jidlo =vozi | weight=0.085
=koleji =treti | weight=0.085
=misto =poledne | weight=0.085
=odpoledne =misto | weight=0.085
=treti =odpoledne | weight=0.085
=vozi =koleji | weight=0.085
=nas =uz | weight=0.085
=uz =to | weight=0.084
=dny | weight=0.084
=dovolene | weight=0.084
=protahla | weight=0.084
=penize =protoze | weight=0.083
=objednal =jsem | weight=0.083
=ve =ctyri | weight=0.083
=poledne | weight=0.083
=protoze =uz | weight=0.082
=uz =uplynula | weight=0.082
=auto | weight=0.082
=patku =a | weight=0.082
=nakup | weight=0.080
=ledova | weight=0.080
=osmou | weight=0.080
=upozornit =na | weight=0.079
=ne =vy | weight=0.079, noneg
=to =mesic | weight=0.079
=dvou =dnu | weight=0.079
=se =zpozdeni | weight=0.079
=hoste | weight=0.079
=devet =a | weight=0.078
=a =porad | weight=0.078
=jsem =obdrzel | weight=0.078
=dvou =tyden | weight=0.077
=zbytecne | weight=0.077
=obed | weight=0.077
=jste =slibili | weight=0.077
=a =termin | weight=0.077
=sedm =ted | weight=0.077
=skoro =devet | weight=0.077
=omluvu =kdyz | weight=0.077
=privezli =ho | weight=0.076
=dorazil =po | weight=0.075
=prijde =do | weight=0.075
=neprisel =vubec | weight=0.075
=brne | weight=0.075
=nez =se | weight=0.075
=moje =objednavka | weight=0.074
=prijit =ve | weight=0.074
=byla =minuly | weight=0.074
=porad =cekal | weight=0.074
=sluselo | weight=0.074
=sluselo =by | weight=0.074
=technik =na | weight=0.074
=vas =spolecnost | weight=0.074
=dvirka =nikdo | weight=0.073, noneg
=mesic =osadi | weight=0.073
=osadi | weight=0.073
=osadi =dvirka | weight=0.073
=pry =do | weight=0.073
=objednaval =jsem | weight=0.073
