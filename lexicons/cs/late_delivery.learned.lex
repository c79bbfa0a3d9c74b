# late_delivery, cs: learned by scripts/learn.py from 3092 tuning texts (171 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Opravu notebooku jste slibovali do deseti dnů, je to měsíc a notebook pořád nemám.
+ Na pobočce mi řekli, že telefon bude opravený do pátku, ať si pro něj přijdu. V pátek tam nebyl, ani v pondělí.
+ Paní na lince mě ujišťovala, že technik přijde ve čtvrtek dopoledne. Nepřišel, a teď tvrdí, že o žádném termínu neví.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=zpozdeni | weight=0.550
=dodani | weight=0.457
=dodavka | weight=0.412
=pozdeji | weight=0.412
=nedosel | weight=0.349
=porad =nedosel | weight=0.349
=pizza | weight=0.346
=ani =v | weight=0.341, noneg
=jidlo | weight=0.317
=den =po | weight=0.295
=privezli | weight=0.290
=v =patku | weight=0.281
=dorazil | weight=0.280
=nedodrzel | weight=0.271
=technik =prijde | weight=0.270
=poslali =novy | weight=0.265
=nedoruceni | weight=0.262
=stale =nic | weight=0.260, noneg
=po =svatbe | weight=0.256
=svatbe | weight=0.256
=novy =technik | weight=0.251
=mesta =skoro | weight=0.245
=doruceni | weight=0.241
=devet | weight=0.236
=mesta | weight=0.233
=pizza =prisla | weight=0.229
=mel =prijit | weight=0.228
=technik =neprijima | weight=0.227
=dorazil =az | weight=0.226
=hodiny =pozdeji | weight=0.223
=prodleni | weight=0.223
=nestihli | weight=0.222
=depu | weight=0.220
=opravu =notebooku | weight=0.216
=technik =mel | weight=0.211
=uplne =studena | weight=0.208
=dort | weight=0.205
=vanocich | weight=0.204
=cekal =od | weight=0.203
=nabytek | weight=0.203
=domluveno =cas | weight=0.203
=vecnost | weight=0.203
=ze =zpozdeni | weight=0.203
=celou =den | weight=0.202
=v =depu | weight=0.202
=hotove | weight=0.200
=tri =hodiny | weight=0.198
=od =rano | weight=0.197
=trech =mesic | weight=0.193
=trva =mesic | weight=0.192
=dvou | weight=0.192
=mel =byt | weight=0.191
=balik | weight=0.189
=kuchyn | weight=0.186
=dodani =se | weight=0.184
=o =tyden | weight=0.184
=mel | weight=0.182
=po =vanocich | weight=0.182
=vanocni | weight=0.182
=vanocni =darek | weight=0.182
=domluveno | weight=0.181
=presunuli | weight=0.180
=se =zpozdila | weight=0.180
=zpozdila =o | weight=0.180
=rano | weight=0.178
=skoro | weight=0.177
=doruceni =do | weight=0.175
=na =zasilka | weight=0.175
=mesic | weight=0.173
=doruceni =muze | weight=0.172
=pozdni =doruceni | weight=0.172
=posunuli =uz | weight=0.171
=o =hodiny | weight=0.171
=okna | weight=0.170
=skoro =tri | weight=0.170
=nedorazil | weight=0.170
=studena | weight=0.168
=tyden | weight=0.166
=vychladle | weight=0.165
=cesky | weight=0.164
=opozdilo | weight=0.164
=ted =je | weight=0.163
=pozdni | weight=0.163
=za =pozdni | weight=0.163
=az | weight=0.162
=nikdo =nedorazil | weight=0.162, noneg
=v =utery | weight=0.162
=neprisel =ani | weight=0.161, noneg
=prijit | weight=0.161
=kotle =celou | weight=0.160
=na =opravare | weight=0.160
=opravare | weight=0.160
=opravare =kotle | weight=0.160
=uplne =vychladle | weight=0.158
=neprijima =nikdo | weight=0.158, noneg
=montaze | weight=0.156
=neprijima | weight=0.156
=zavinil | weight=0.155
=misto =slibena | weight=0.155
=oslave | weight=0.154
=zasilka | weight=0.154
=pry =system | weight=0.152
=odpoledne | weight=0.152
=system =ne | weight=0.152, noneg
=monter | weight=0.152
=prijit =v | weight=0.149
=ze =technik | weight=0.149
=termin =montaze | weight=0.148
=posunuli | weight=0.148
=jidlo =prisla | weight=0.148
=nikdo =nezavolal | weight=0.147, noneg
=prisla =po | weight=0.147
=ctvrtek =a | weight=0.146
=zpozdeni =a | weight=0.146
=darek | weight=0.144
=nezavolal =nikdo | weight=0.143, noneg
=zasilka =se | weight=0.143
=dival | weight=0.139
=brezna =ted | weight=0.139
=do =brezna | weight=0.139
=mel =mit | weight=0.139
=mit =do | weight=0.139
=dort =privezli | weight=0.137
=privezli =az | weight=0.137
=ctyri | weight=0.137
=uplne | weight=0.136
=po =sedmdesati | weight=0.136
=sedmdesati | weight=0.136
=sedmdesati =minut | weight=0.136
=neprisel | weight=0.136
=zpozdeni =let | weight=0.134
=tyden =na | weight=0.134
=dodavka =se | weight=0.133
=nikdo =se | weight=0.133, noneg
=uz =byla | weight=0.133
=po =osmou | weight=0.133
=polovina =skrinek | weight=0.133
=skrinek | weight=0.133
=brezna | weight=0.133
=lezi | weight=0.131
=zpozdila | weight=0.131
=ctyri =dny | weight=0.130
=hodiny =trva | weight=0.130
=to =ctyri | weight=0.130
=az =kdyz | weight=0.130
=objednavka | weight=0.130
=je =cerven | weight=0.130
=ani =se | weight=0.130, noneg
=pekarna | weight=0.130
=prijde | weight=0.129
=mel =trva | weight=0.129
=byla =vyskladnena | weight=0.128
=ctrnactidennim | weight=0.128
=ctrnactidennim =prodleni | weight=0.128
=se =ctrnactidennim | weight=0.128
=vyskladnena | weight=0.128
=vyskladnena =se | weight=0.128
=dvou =hodiny | weight=0.128
=monter =prijit | weight=0.126
=pozdeji =a | weight=0.126
=opozdilo =o | weight=0.126
=ujistili | weight=0.126
=pul =uplne | weight=0.125
=po =oslave | weight=0.125
=kveten | weight=0.125
=dorazil =v | weight=0.124
=a =dvanactou | weight=0.124
=termin | weight=0.124
=porad =chyba | weight=0.124
=objednavka =jsem | weight=0.123
=uz =potreti | weight=0.123
=den =jsem | weight=0.123
=prijit =po | weight=0.122
=skluz | weight=0.122
=pul =a | weight=0.122
=nedoruceni =muze | weight=0.122
=podam =tam | weight=0.122
=si =stiznost | weight=0.122
=stiznost =podam | weight=0.122
=za =nedoruceni | weight=0.122
=cekal =na | weight=0.121
=proc | weight=0.121
=prijde =zitra | weight=0.121
=balik =je | weight=0.120
=balik =porad | weight=0.119
=trva =to | weight=0.119
=po =prestavce | weight=0.118
=prestavce | weight=0.118
=prestavce =na | weight=0.118
=sedacka | weight=0.118
=kuchynska | weight=0.118
=dvirka | weight=0.117
=hotovo | weight=0.117
=deset | weight=0.116
=dopoledne | weight=0.115
=sjednat | weight=0.115
=a =auto | weight=0.114
=takze =jsem | weight=0.114
=objednavka =mel | weight=0.113
=a =cisnik | weight=0.113
=zpozdeni =pry | weight=0.113
=hodnoceni | weight=0.112
=na =cesky | weight=0.112
=sedm | weight=0.112
=prisel =o | weight=0.111
=az =v | weight=0.111
=si =kvuli | weight=0.110
=bez =jedina | weight=0.109, noneg
=vzor | weight=0.109
=byla =minuly | weight=0.109
=dorazil =o | weight=0.109
=o =dve | weight=0.108
=ujistili =me | weight=0.108
=jsem =nervozni | weight=0.108
=nervozni | weight=0.108
=zdrzuju | weight=0.108
=dubnu =je | weight=0.107
=darek =prisla | weight=0.107
=proc =jsem | weight=0.107
=porad =cekal | weight=0.106
=ohledne =toho | weight=0.105
=uz =treti | weight=0.105
=prahy | weight=0.105
=dvanactou | weight=0.104
=pozdeji =nez | weight=0.104
=vy =jste | weight=0.103
=s =doruceni | weight=0.103
=poste =at | weight=0.103
=nakup | weight=0.102
=pondeli | weight=0.102
=o =tri | weight=0.102
=dat =mezi | weight=0.101
=desatou =a | weight=0.101
=mezi =desatou | weight=0.101
=mel =dat | weight=0.101
=dodavka =nahradni | weight=0.101
=na =prodleni | weight=0.101
=prodleni =v | weight=0.101
=v =dodavka | weight=0.101
=pracku =vy | weight=0.101
=rikal =ctvrtek | weight=0.101
=tu =pracku | weight=0.101
=mi =rikal | weight=0.099
=miru | weight=0.099
=dva =tyden | weight=0.098
=brne =do | weight=0.097
=cesky =devet | weight=0.097
=devet =dni | weight=0.097
=do =prahy | weight=0.097
=dopis =z | weight=0.097
=prahy =cesky | weight=0.097
=z =brne | weight=0.097
=k =nikam | weight=0.096, noneg
=byla =hotove | weight=0.095
=hotove =den | weight=0.095
=saty | weight=0.095
=saty =byla | weight=0.095
=jste =slibili | weight=0.095
=burger | weight=0.095
=burger =prijit | weight=0.095
=syr | weight=0.095
=syr =ztuhly | weight=0.095
=ztuhly | weight=0.095
=zpozdeni =zpusobila | weight=0.095
=do =te | weight=0.095
=obed | weight=0.095
=dopravce =a | weight=0.094
=v =domluveno | weight=0.094
=byt =do | weight=0.093
=v =sedm | weight=0.093
=vas =uz | weight=0.093
=a =bez | weight=0.093, noneg
=minuly =tyden | weight=0.092
=do =deset | weight=0.090
=vy | weight=0.090
=o =dva | weight=0.090
=porad =nemam | weight=0.090, noneg
=patku =a | weight=0.089
=tyden =bez | weight=0.089, noneg
=desatou | weight=0.089
=treti =tyden | weight=0.088
=ne =vy | weight=0.088, noneg
=dopravce =oni | weight=0.088
=jidlo =vozi | weight=0.088
=koleji =treti | weight=0.088
=misto =poledne | weight=0.088
=odpoledne =misto | weight=0.088
=treti =odpoledne | weight=0.088
=vozi =koleji | weight=0.088
=deset =dni | weight=0.088
=muze =poste | weight=0.088
=zasekl | weight=0.087
=rusim =si | weight=0.087
=cisnik | weight=0.086
=k =narozeni | weight=0.086
=opravu =mel | weight=0.086
=poledne | weight=0.086
=to =pres | weight=0.085
=opravena =do | weight=0.085
=byla =uplne | weight=0.085
=ledova | weight=0.085
=mi =to | weight=0.085
=volny | weight=0.085
=penize =protoze | weight=0.084
=kus | weight=0.084
=mam =s | weight=0.084
=patku | weight=0.084
=mi =prosim | weight=0.084
=auto | weight=0.084
=upozornit =na | weight=0.083
=se =opozdilo | weight=0.083
=hoste | weight=0.083
=vas =spolecnost | weight=0.083
=bude =opravena | weight=0.083
=uz =dva | weight=0.083
=v =tom | weight=0.082
=protoze =uz | weight=0.082
=uz =uplynula | weight=0.082
=me =ze | weight=0.082
=dorazil =po | weight=0.081
=dobu =jsem | weight=0.081
=kufr | weight=0.081
=cem | weight=0.081
=narozeni | weight=0.080
=v =pul | weight=0.080
=obchodnik | weight=0.080
=technik | weight=0.079
=neprisel =vubec | weight=0.079
=omluvu =kdyz | weight=0.079
=technik =na | weight=0.079
=osmou | weight=0.079
=sluselo | weight=0.078
=sluselo =by | weight=0.078
=zasekl =a | weight=0.078
=polovina | weight=0.078
=devet =a | weight=0.078
=ctvrt =den | weight=0.078
=to =mesic | weight=0.077
=no =a | weight=0.077
=jsem =obdrzel | weight=0.077
=takze =uz | weight=0.076
=to =poslali | weight=0.076
=ve =ctyri | weight=0.076
=sedm =ted | weight=0.076
=skoro =devet | weight=0.076
=v =devet | weight=0.076
=brne | weight=0.075
=na =tu | weight=0.075
=tady | weight=0.075
=cervenci | weight=0.075
=a =pul | weight=0.074
=prijit =ve | weight=0.073
=kdyz =uz | weight=0.073
=pizza =dorazil | weight=0.073
=dvirka =nikdo | weight=0.073, noneg
=mesic =osadi | weight=0.073
=osadi | weight=0.073
=osadi =dvirka | weight=0.073
=pry =do | weight=0.073
=catering | weight=0.073
=az =po | weight=0.073
=prej =zapojit | weight=0.073
=zapojit =ve | weight=0.073
=zavazal =k | weight=0.072
=opravu | weight=0.072
=a =termin | weight=0.072
=prijit =mezi | weight=0.072
=balik =mel | weight=0.072
=tyden =porad | weight=0.072
=zbytecne | weight=0.071
=potreti | weight=0.071
=objednaval =jsem | weight=0.071
=slibili =do | weight=0.071
=tyden =zpozdeni | weight=0.071
=promackla | weight=0.071
=cesky =poste | weight=0.071
=dorucil | weight=0.070
=s =promackla | weight=0.070
=se =zavazal | weight=0.070
=zavazal | weight=0.070
=cekal =jsem | weight=0.070
=dvou =tyden | weight=0.070
=je =skoro | weight=0.070
=gauce | weight=0.070
=doma =a | weight=0.069
=minut =a | weight=0.069
=pro =nas | weight=0.069
=mi =zkazili | weight=0.068
=zkazili | weight=0.068
=adresu =je | weight=0.068
=sesti =tyden | weight=0.068
=chodi | weight=0.068
=dopravce | weight=0.068
=kuryr | weight=0.068
=dostavam =az | weight=0.067
=mel =probehnout | weight=0.067
=probehnout | weight=0.067
=probehnout =v | weight=0.067
=revize | weight=0.067
=v =cervenci | weight=0.067
