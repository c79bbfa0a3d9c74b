# late_delivery, cs: learned by scripts/learn.py from 2812 tuning texts (157 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Opravu notebooku jste slibovali do deseti dnů, je to měsíc a notebook pořád nemám.
+ Na pobočce mi řekli, že telefon bude opravený do pátku, ať si pro něj přijdu. V pátek tam nebyl, ani v pondělí.
+ Paní na lince mě ujišťovala, že technik přijde ve čtvrtek dopoledne. Nepřišel, a teď tvrdí, že o žádném termínu neví.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=zpozdeni | weight=0.560
=dodani | weight=0.450
=dodavka | weight=0.418
=pozdeji | weight=0.415
=nedosel | weight=0.351
=porad =nedosel | weight=0.351
=pizza | weight=0.351
=ani =v | weight=0.336, noneg
=jidlo | weight=0.334
=v =patku | weight=0.296
=den =po | weight=0.292
=mel =prijit | weight=0.287
=technik =prijde | weight=0.282
=dorazil | weight=0.280
=nedodrzel | weight=0.278
=privezli | weight=0.272
=stale =nic | weight=0.266, noneg
=novy =technik | weight=0.261
=poslali =novy | weight=0.261
=po =svatbe | weight=0.256
=svatbe | weight=0.256
=nedoruceni | weight=0.248
=mesta =skoro | weight=0.237
=pizza =prisla | weight=0.233
=doruceni | weight=0.230
=rano | weight=0.230
=mesta | weight=0.230
=devet | weight=0.227
=nestihli | weight=0.225
=hodiny =pozdeji | weight=0.221
=celou =den | weight=0.220
=technik =neprijima | weight=0.219
=prodleni | weight=0.218
=dorazil =az | weight=0.218
=opravu =notebooku | weight=0.217
=depu | weight=0.216
=tyden | weight=0.213
=domluveno =cas | weight=0.209
=dort | weight=0.209
=tri =hodiny | weight=0.207
=uplne =studena | weight=0.206
=balik | weight=0.203
=ze =zpozdeni | weight=0.202
=vecnost | weight=0.201
=cekal =od | weight=0.200
=o =tyden | weight=0.198
=mel | weight=0.198
=mel =byt | weight=0.196
=dodani =se | weight=0.194
=v =depu | weight=0.193
=trech =mesic | weight=0.192
=po =vanocich | weight=0.192
=vanocni | weight=0.192
=vanocni =darek | weight=0.192
=dvou | weight=0.189
=okna | weight=0.187
=vanocich | weight=0.187
=technik =mel | weight=0.185
=od =rano | weight=0.185
=prijit | weight=0.183
=neprijima | weight=0.183
=nabytek | weight=0.182
=na =zasilka | weight=0.177
=nedorazil | weight=0.176
=se =zpozdila | weight=0.174
=zpozdila =o | weight=0.174
=mesic | weight=0.172
=presunuli | weight=0.172
=o =hodiny | weight=0.171
=ted =je | weight=0.169
=posunuli =uz | weight=0.169
=skoro =tri | weight=0.168
=nikdo =nedorazil | weight=0.168, noneg
=studena | weight=0.167
=skoro | weight=0.166
=oslave | weight=0.164
=odpoledne | weight=0.163
=vychladle | weight=0.163
=doruceni =muze | weight=0.162
=pozdni =doruceni | weight=0.162
=zavinil | weight=0.162
=kuchyn | weight=0.159
=cesky | weight=0.159
=kotle =celou | weight=0.158
=na =opravare | weight=0.158
=opravare | weight=0.158
=opravare =kotle | weight=0.158
=trva =mesic | weight=0.158
=brezna | weight=0.157
=neprijima =nikdo | weight=0.156, noneg
=v =utery | weight=0.156
=uplne =vychladle | weight=0.154
=opozdilo | weight=0.153
=system =ne | weight=0.153, noneg
=doruceni =do | weight=0.153
=domluveno | weight=0.152
=pozdni | weight=0.152
=za =pozdni | weight=0.152
=zpozdeni =a | weight=0.150
=zasilka | weight=0.150
=posunuli | weight=0.150
=pry =system | weight=0.149
=az | weight=0.148
=jidlo =prisla | weight=0.147
=neprisel =ani | weight=0.147, noneg
=neprisel | weight=0.146
=termin =montaze | weight=0.144
=ctvrtek =a | weight=0.141
=montaze | weight=0.141
=nikdo =nezavolal | weight=0.140, noneg
=monter | weight=0.140
=nezavolal =nikdo | weight=0.140, noneg
=az =kdyz | weight=0.140
=dort =privezli | weight=0.139
=privezli =az | weight=0.139
=ctyri =dny | weight=0.139
=hodiny =trva | weight=0.139
=to =ctyri | weight=0.139
=uz =byla | weight=0.138
=zpozdila | weight=0.138
=termin | weight=0.138
=prisla =po | weight=0.137
=zasilka =se | weight=0.137
=uplne | weight=0.136
=zpozdeni =let | weight=0.136
=lezi | weight=0.135
=objednavka | weight=0.135
=trva =to | weight=0.135
=po =osmou | weight=0.135
=polovina =skrinek | weight=0.135
=skrinek | weight=0.135
=proc | weight=0.134
=ctyri | weight=0.134
=brezna =ted | weight=0.134
=do =brezna | weight=0.134
=mel =mit | weight=0.134
=mit =do | weight=0.134
=misto =slibena | weight=0.133
=ze =technik | weight=0.133
=den =jsem | weight=0.132
=na =cesky | weight=0.132
=prijde | weight=0.132
=prijit =v | weight=0.131
=darek | weight=0.131
=po =sedmdesati | weight=0.131
=sedmdesati | weight=0.131
=sedmdesati =minut | weight=0.131
=pul =uplne | weight=0.130
=dodavka =se | weight=0.130
=tyden =na | weight=0.129
=je =cerven | weight=0.129
=nikdo =se | weight=0.129, noneg
=byla =vyskladnena | weight=0.129
=ctrnactidennim | weight=0.129
=ctrnactidennim =prodleni | weight=0.129
=se =ctrnactidennim | weight=0.129
=vyskladnena | weight=0.129
=vyskladnena =se | weight=0.129
=dorazil =v | weight=0.129
=hotove | weight=0.128
=uz =potreti | weight=0.128
=az =v | weight=0.128
=pekarna | weight=0.125
=hotovo | weight=0.125
=prisel =o | weight=0.125
=pozdeji =a | weight=0.123
=po =prestavce | weight=0.123
=prestavce | weight=0.123
=prestavce =na | weight=0.123
=porad =chyba | weight=0.122
=dopoledne | weight=0.122
=dvou =hodiny | weight=0.122
=a =dvanactou | weight=0.122
=muze =poste | weight=0.122
=darek =prisla | weight=0.122
=ujistili | weight=0.121
=sedm | weight=0.121
=dvirka | weight=0.120
=pul =a | weight=0.120
=auto | weight=0.118
=nedoruceni =muze | weight=0.116
=podam =tam | weight=0.116
=si =stiznost | weight=0.116
=stiznost =podam | weight=0.116
=za =nedoruceni | weight=0.116
=a =auto | weight=0.116
=monter =prijit | weight=0.115
=ani =se | weight=0.115, noneg
=kveten | weight=0.115
=skluz | weight=0.115
=po =oslave | weight=0.114
=zpozdeni =pry | weight=0.114
=dva =tyden | weight=0.113
=opozdilo =o | weight=0.113
=cekal =na | weight=0.112
=a =cisnik | weight=0.111
=mel =trva | weight=0.111
=sedacka | weight=0.111
=prijit =po | weight=0.110
=opravu | weight=0.110
=deset | weight=0.110
=balik =porad | weight=0.109
=dival | weight=0.109
=kuchynska | weight=0.109
=slibena | weight=0.109
=jsem =nervozni | weight=0.108
=nervozni | weight=0.108
=dubnu =je | weight=0.108
=proc =jsem | weight=0.107
=vas =uz | weight=0.107
=porad =cekal | weight=0.106
=dat =mezi | weight=0.106
=desatou =a | weight=0.106
=mezi =desatou | weight=0.106
=mel =dat | weight=0.106
=objednavka =mel | weight=0.106
=v =sedm | weight=0.105
=prijde =zitra | weight=0.105
=vzor | weight=0.105
=bez =jedina | weight=0.104, noneg
=sjednat | weight=0.103
=o =dve | weight=0.102
=byla =minuly | weight=0.102
=hoste | weight=0.102
=pracku =vy | weight=0.101
=rikal =ctvrtek | weight=0.101
=tu =pracku | weight=0.101
=takze =jsem | weight=0.101
=dvanactou | weight=0.101
=to =pres | weight=0.101
=hodnoceni | weight=0.101
=dorazil =o | weight=0.100
=ujistili =me | weight=0.100
=byla =hotove | weight=0.099
=hotove =den | weight=0.099
=saty | weight=0.099
=saty =byla | weight=0.099
=ohledne =toho | weight=0.099
=obed | weight=0.099
=byt =do | weight=0.099
=mi =rikal | weight=0.099
=brne =do | weight=0.098
=cesky =devet | weight=0.098
=devet =dni | weight=0.098
=do =prahy | weight=0.098
=dopis =z | weight=0.098
=prahy =cesky | weight=0.098
=z =brne | weight=0.098
=zdrzuju | weight=0.098
=uz =treti | weight=0.098
=a =bez | weight=0.097, noneg
=uz =dva | weight=0.095
=patku | weight=0.095
=byla =uplne | weight=0.094
=vy =jste | weight=0.094
=burger | weight=0.094
=burger =prijit | weight=0.094
=syr | weight=0.094
=syr =ztuhly | weight=0.094
=ztuhly | weight=0.094
=dodavka =nahradni | weight=0.094
=na =prodleni | weight=0.094
=prodleni =v | weight=0.094
=v =dodavka | weight=0.094
=poste =at | weight=0.094
=o =tri | weight=0.092
=cekal =jsem | weight=0.092
=technik =na | weight=0.092
=vy | weight=0.092
=sesti | weight=0.091
=k =nikam | weight=0.091, noneg
=deset =dni | weight=0.090
=neprisel =vubec | weight=0.090
=tyden =bez | weight=0.090, noneg
=omluvu =kdyz | weight=0.089
=sluselo | weight=0.089
=sluselo =by | weight=0.089
=plynomer | weight=0.089
=porad =nemam | weight=0.088, noneg
=nakupovat | weight=0.088
=jste =slibili | weight=0.088
=do =deset | weight=0.088
=zpozdeni =zpusobila | weight=0.088
=mi =to | weight=0.088
=pondeli | weight=0.088
=k =narozeni | weight=0.087
=cisnik | weight=0.087
=o =dva | weight=0.087
=patku =a | weight=0.087
=pozdeji =nez | weight=0.087
=vas =spolecnost | weight=0.087
=prahy | weight=0.087
=dopravce =oni | weight=0.086
=penize =protoze | weight=0.086
=objednavka =jsem | weight=0.086
=se =opozdilo | weight=0.085
=jidlo =vozi | weight=0.085
=koleji =treti | weight=0.085
=misto =poledne | weight=0.085
=odpoledne =misto | weight=0.085
=treti =odpoledne | weight=0.085
=vozi | weight=0.085
=vozi =koleji | weight=0.085
=treti =tyden | weight=0.085
=protoze =uz | weight=0.084
=uz =uplynula | weight=0.084
=kdyz =uz | weight=0.083
=poledne | weight=0.083
=doma =a | weight=0.081
=slibili =do | weight=0.081
=volny | weight=0.081
=v =pondeli | weight=0.081
=minuly =tyden | weight=0.081
=a =pul | weight=0.081
=az =po | weight=0.081
=mam =s | weight=0.081
=ne =vy | weight=0.081, noneg
=nikdo =neprisel | weight=0.081, noneg
=osmou | weight=0.080
=upozornit =na | weight=0.080
=minut =a | weight=0.080
=desatou | weight=0.079
=opravena =do | weight=0.079
=narozeni | weight=0.079
=devet =a | weight=0.078
=miru | weight=0.078
=zasekl | weight=0.078
=dnesniho | weight=0.077
=ledova | weight=0.077
=objednaval =jsem | weight=0.077
=sedm =ted | weight=0.077
=skoro =devet | weight=0.077
=ve =ctyri | weight=0.077
=to =mesic | weight=0.077
=na =vymenu | weight=0.076
=v =devet | weight=0.076
=bude =opravena | weight=0.076
=balik =mel | weight=0.075
=na =tu | weight=0.075
=jsem =obdrzel | weight=0.075
=zavazal =k | weight=0.075
=potreti | weight=0.075
=catering | weight=0.075
=mi =prosim | weight=0.074
=to =poslali | weight=0.074
=polovina | weight=0.074
=dvirka =nikdo | weight=0.073, noneg
=mesic =osadi | weight=0.073
=osadi | weight=0.073
=osadi =dvirka | weight=0.073
=pry =do | weight=0.073
=zasekl =a | weight=0.073
=mi =zkazili | weight=0.073
=zkazili | weight=0.073
=patku =mi | weight=0.073
=obchodnik | weight=0.072
=cervenci | weight=0.072
=opravu =mel | weight=0.072
=prej =zapojit | weight=0.072
=zapojit =ve | weight=0.072
=kus | weight=0.072
=dny =pozdeji | weight=0.072
=se =zavazal | weight=0.071
=zavazal | weight=0.071
=na =moje | weight=0.071
=tyden =zpozdeni | weight=0.071
=tyden =pozdeji | weight=0.070
=tyden =porad | weight=0.070
=v =deset | weight=0.070
=udajne =zadam | weight=0.070
=osmou =tyden | weight=0.070
=no =a | weight=0.069
=adresu =je | weight=0.069
=marek | weight=0.069
=dorazil =po | weight=0.069
=kuryr | weight=0.069
=s =doruceni | weight=0.069
=je =skoro | weight=0.069
=zbytecne | weight=0.068
=dostavam =az | weight=0.068
=mel =probehnout | weight=0.068
=probehnout | weight=0.068
=probehnout =v | weight=0.068
=revize | weight=0.068
=v =cervenci | weight=0.068
=v =kveten | weight=0.068
=a =termin | weight=0.067
=v =domluveno | weight=0.067
=neprijima =a | weight=0.067
=celou =castku | weight=0.066
=zadam =ja | weight=0.066
=se =dostavam | weight=0.066
=prijit =ve | weight=0.066
=brne | weight=0.065
=takze =uz | weight=0.065
=poste | weight=0.064
=mi =nevrati | weight=0.064
=a =s | weight=0.063
=me =ze | weight=0.063
=poslali =hned | weight=0.063
