# late_delivery, cs: learned by scripts/learn.py from 2508 tuning texts (145 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Opravu notebooku jste slibovali do deseti dnů, je to měsíc a notebook pořád nemám.
+ Na pobočce mi řekli, že telefon bude opravený do pátku, ať si pro něj přijdu. V pátek tam nebyl, ani v pondělí.
+ Vážení, dodávka surovin pro naši pekárnu, sjednaná na 6:00, byla vyložena v 10:30, takže jsme ráno neměli z čeho péct.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=zpozdeni | weight=0.560
=dodani | weight=0.445
=dodavka | weight=0.417
=pozdeji | weight=0.394
=nedosel | weight=0.357
=porad =nedosel | weight=0.357
=ani =v | weight=0.349, noneg
=pizza | weight=0.346
=jidlo | weight=0.326
=dorazil | weight=0.313
=mel =prijit | weight=0.305
=den =po | weight=0.300
=v =patku | weight=0.292
=stale =nic | weight=0.284, noneg
=privezli | weight=0.279
=nedodrzel | weight=0.278
=novy =technik | weight=0.275
=poslali =novy | weight=0.275
=po =svatbe | weight=0.258
=svatbe | weight=0.258
=rano | weight=0.243
=pizza =prisla | weight=0.242
=nedoruceni | weight=0.239
=mesta =skoro | weight=0.238
=mesta | weight=0.238
=nestihli | weight=0.230
=balik | weight=0.225
=hodiny =pozdeji | weight=0.225
=cely =den | weight=0.224
=depu | weight=0.221
=prodleni | weight=0.221
=dorazil =az | weight=0.220
=dort | weight=0.219
=od =rano | weight=0.211
=tyden | weight=0.210
=doruceni | weight=0.210
=tri =hodiny | weight=0.208
=technik =prijde | weight=0.207
=vecnost | weight=0.206
=dvou | weight=0.203
=devet | weight=0.203
=posunuli =uz | weight=0.202
=trva =mesic | weight=0.202
=domluveno =cas | weight=0.201
=nabytek | weight=0.201
=v =depu | weight=0.201
=dodani =se | weight=0.201
=cekal =od | weight=0.199
=trech =mesic | weight=0.196
=domluveno | weight=0.193
=uplne =studena | weight=0.192
=mel =byt | weight=0.190
=po =vanocich | weight=0.190
=vanocni | weight=0.190
=vanocni =darek | weight=0.190
=o =hodiny | weight=0.190
=skoro | weight=0.188
=technik =mel | weight=0.187
=nikdo =nedorazil | weight=0.187, noneg
=ze =zpozdeni | weight=0.185
=vanocich | weight=0.184
=studena | weight=0.183
=na =zasilka | weight=0.183
=nedorazil | weight=0.183
=okna | weight=0.181
=se =zpozdila | weight=0.179
=zpozdila =o | weight=0.179
=neprisel | weight=0.177
=posunuli | weight=0.176
=kuchyn | weight=0.176
=cesky | weight=0.175
=presunuli | weight=0.175
=odpoledne | weight=0.174
=prijit | weight=0.173
=vychladle | weight=0.173
=termin | weight=0.172
=v =utery | weight=0.171
=mel | weight=0.169
=o =tyden | weight=0.169
=uplne =vychladle | weight=0.163
=mesic | weight=0.163
=doruceni =muze | weight=0.162
=pozdni =doruceni | weight=0.162
=kotle =cely | weight=0.161
=na =opravare | weight=0.161
=opravare | weight=0.161
=opravare =kotle | weight=0.161
=skoro =tri | weight=0.161
=brezna | weight=0.160
=oslave | weight=0.159
=ted =je | weight=0.157
=zasilka | weight=0.155
=prijit =v | weight=0.152
=opozdilo | weight=0.151
=pozdni | weight=0.151
=za =pozdni | weight=0.151
=monter | weight=0.149
=ctvrtek =a | weight=0.148
=ctyri | weight=0.148
=az | weight=0.147
=zpozdeni =a | weight=0.146
=montaze | weight=0.145
=uz =potreti | weight=0.145
=jidlo =prisla | weight=0.144
=zasilka =se | weight=0.143
=misto =slibena | weight=0.143
=ctyri =dny | weight=0.143
=doruceni =do | weight=0.143
=hodiny =trva | weight=0.143
=to =ctyri | weight=0.143
=termin =montaze | weight=0.142
=deset | weight=0.142
=den =jsem | weight=0.141
=dort =privezli | weight=0.141
=privezli =az | weight=0.141
=pul =uplne | weight=0.141
=proc | weight=0.140
=zpozdila | weight=0.139
=trva =to | weight=0.139
=az =kdyz | weight=0.139
=brezna =ted | weight=0.139
=do =brezna | weight=0.139
=mel =mit | weight=0.139
=mit =do | weight=0.139
=zavinil | weight=0.138
=uplne | weight=0.138
=lezi | weight=0.138
=pry =system | weight=0.136
=system =ne | weight=0.135, noneg
=uz =byla | weight=0.135
=dodavka =se | weight=0.135
=ujistili | weight=0.134
=po =sedmdesati | weight=0.133
=sedmdesati | weight=0.133
=sedmdesati =minut | weight=0.133
=dva =tyden | weight=0.131
=prisla =po | weight=0.131
=dvou =hodiny | weight=0.131
=auto | weight=0.130
=po =oslave | weight=0.130
=a =dvanactou | weight=0.130
=po =osmi | weight=0.130
=polovina =skrinek | weight=0.130
=skrinek | weight=0.130
=byla =vyskladnena | weight=0.129
=ctrnactidennim | weight=0.129
=ctrnactidennim =prodleni | weight=0.129
=se =ctrnactidennim | weight=0.129
=vyskladnena | weight=0.129
=vyskladnena =se | weight=0.129
=objednavka | weight=0.128
=je =cerven | weight=0.128
=pekarna | weight=0.126
=hotove | weight=0.125
=zpozdeni =pry | weight=0.125
=na =cesky | weight=0.125
=darek | weight=0.125
=hotovo | weight=0.123
=dvirka | weight=0.122
=muze =poste | weight=0.122
=tyden =na | weight=0.121
=osmi | weight=0.121
=do =deset | weight=0.120
=prisel =o | weight=0.120
=porad =nemam | weight=0.119, noneg
=pozdeji =a | weight=0.119
=kveten | weight=0.119
=darek =prisla | weight=0.119
=prijit =po | weight=0.117
=porad =chyba | weight=0.116
=kuchynska | weight=0.116
=dubnu =je | weight=0.115
=opravu =mel | weight=0.115
=skluz | weight=0.115
=nedoruceni =muze | weight=0.115
=podam =tam | weight=0.115
=si =stiznost | weight=0.115
=stiznost =podam | weight=0.115
=za =nedoruceni | weight=0.115
=po =prestavce | weight=0.114
=prestavce | weight=0.114
=prestavce =na | weight=0.114
=porad =cekal | weight=0.114
=monter =prijit | weight=0.113
=balik =porad | weight=0.112
=neprijima =a | weight=0.111
=byt =do | weight=0.111
=a =termin | weight=0.111
=opozdilo =o | weight=0.111
=ohledne =toho | weight=0.110
=takze =jsem | weight=0.110
=mi =to | weight=0.109
=dopoledne | weight=0.109
=pracku =vy | weight=0.109
=rikal =ctvrtek | weight=0.109
=tu =pracku | weight=0.109
=jste =slibili | weight=0.109
=a =cisnik | weight=0.109
=sedm | weight=0.109
=minut =a | weight=0.108
=objednavka =mel | weight=0.108
=o =dve | weight=0.108
=sjednat | weight=0.107
=dvanactou | weight=0.107
=pul =a | weight=0.107
=slibili =do | weight=0.107
=mi =rikal | weight=0.106
=dorazil =o | weight=0.106
=slibena | weight=0.106
=neprisel =vubec | weight=0.105
=dival | weight=0.105
=jsem =nervozni | weight=0.105
=nervozni | weight=0.105
=patku | weight=0.105
=byla =hotove | weight=0.104
=hotove =den | weight=0.104
=saty | weight=0.104
=saty =byla | weight=0.104
=proc =jsem | weight=0.104
=vzor | weight=0.103
=obed | weight=0.103
=sedacka | weight=0.103
=neprijima | weight=0.103
=ujistili =me | weight=0.103
=opravu | weight=0.102
=prijde | weight=0.102
=zdrzuju | weight=0.102
=byla =minuly | weight=0.102
=brne =do | weight=0.101
=cesky =devet | weight=0.101
=devet =dni | weight=0.101
=do =prahy | weight=0.101
=dopis =z | weight=0.101
=prahy =cesky | weight=0.101
=z =brne | weight=0.101
=dat =mezi | weight=0.100
=desatou =a | weight=0.100
=mezi =desatou | weight=0.100
=mel =dat | weight=0.100
=nakupovat | weight=0.100
=bez =jedina | weight=0.099, noneg
=sesti | weight=0.099
=na =moje | weight=0.099
=dopravce =oni | weight=0.098
=uz =treti | weight=0.098
=cekal =na | weight=0.098
=potreti | weight=0.098
=dodavka =nahradni | weight=0.098
=na =prodleni | weight=0.098
=prodleni =v | weight=0.098
=v =dodavka | weight=0.098
=hodnoceni | weight=0.098
=uz =dva | weight=0.097
=to =mesic | weight=0.097
=o =tri | weight=0.097
=pondeli | weight=0.097
=az =po | weight=0.097
=az =v | weight=0.096
=aerolinka | weight=0.096
=vy =jste | weight=0.096
=objednavka =jsem | weight=0.095
=k =nikam | weight=0.095, noneg
=zpozdeni =zpusobila | weight=0.095
=deset =dni | weight=0.095
=technik =na | weight=0.095
=a =bez | weight=0.095, noneg
=plynomer | weight=0.095
=miru | weight=0.094
=burger | weight=0.094
=burger =prijit | weight=0.094
=syr | weight=0.094
=syr =ztuhly | weight=0.094
=ztuhly | weight=0.094
=ze =technik | weight=0.094
=hoste | weight=0.093
=kus | weight=0.093
=cekal =jsem | weight=0.092
=v =sedm | weight=0.091
=dorazil =v | weight=0.090
=tyden =bez | weight=0.089, noneg
=opravena =do | weight=0.089
=v =pondeli | weight=0.089
=poste =at | weight=0.089
=byla =uplne | weight=0.089
=doma =a | weight=0.088
=volny | weight=0.088
=na =vymenu | weight=0.086
=k =narozeninam | weight=0.086
=technik =se | weight=0.086
=se =opozdilo | weight=0.085
=devet =a | weight=0.085
=bude =opravena | weight=0.085
=objednaval =jsem | weight=0.085
=sedm =ted | weight=0.085
=skoro =devet | weight=0.085
=cisnik | weight=0.084
=protoze =uz | weight=0.083
=uz =uplynula | weight=0.083
=prahy | weight=0.083
=penize =protoze | weight=0.083
=zasekl | weight=0.083
=prijde =do | weight=0.083
=mi =prosim | weight=0.083
=prej =zapojit | weight=0.083
=zapojit =ve | weight=0.083
=jidlo =vozi | weight=0.082
=koleji =treti | weight=0.082
=misto =poledne | weight=0.082
=odpoledne =misto | weight=0.082
=treti =odpoledne | weight=0.082
=vozi | weight=0.082
=vozi =koleji | weight=0.082
=ledova | weight=0.082
=ve =ctyri | weight=0.082
=na =tu | weight=0.082
=narozeninam | weight=0.081
=cesky =poste | weight=0.080
=mam =s | weight=0.080
=ne =vy | weight=0.080, noneg
=dnesniho | weight=0.080
=treti =tyden | weight=0.080
=s =doruceni | weight=0.080
=mi =nevratite | weight=0.079
=poledne | weight=0.079
=jsem =obdrzel | weight=0.079
=upozornit =na | weight=0.078
=minuly =tyden | weight=0.078
=marek | weight=0.078
=o =dva | weight=0.078
=patku =mi | weight=0.077
=zavazal =k | weight=0.076
=kdyz =uz | weight=0.075
=ne =oni | weight=0.075, noneg
=cervenci | weight=0.075
=vy | weight=0.074
=je =skoro | weight=0.074
=dvirka =nikdo | weight=0.074, noneg
=mesic =osadi | weight=0.074
=osadi | weight=0.074
=osadi =dvirka | weight=0.074
=pry =do | weight=0.074
=nevratite =penize | weight=0.073
=poslali =hned | weight=0.073
=se =zavazal | weight=0.073
=zavazal | weight=0.073
=prijit =ve | weight=0.073
=pripojeni | weight=0.073
=dorazil =po | weight=0.072
=pizza =dorazil | weight=0.072
=dostavil =az | weight=0.072
=mel =probehnout | weight=0.072
=probehnout | weight=0.072
=probehnout =v | weight=0.072
=revize | weight=0.072
=v =cervenci | weight=0.072
=v =kveten | weight=0.072
=catering | weight=0.071
=ctyri =odpoledne | weight=0.071
=zasekl =a | weight=0.071
=obchodnik | weight=0.071
=cely =castku | weight=0.070
=udajne =zadam | weight=0.070
=me =ze | weight=0.070
=porad | weight=0.070
=to =poslali | weight=0.069
=a =porad | weight=0.069
=polovina | weight=0.069
=gauce | weight=0.069
=jo =tady | weight=0.069
=nam =pri | weight=0.069
=je =patku | weight=0.069
=desatou | weight=0.069
=pro =nas | weight=0.068
=patku =a | weight=0.068
=moje =stiznost | weight=0.067
=zadam =ja | weight=0.067
=zbytecne | weight=0.067
=se =dostavil | weight=0.067
=tyden =zpozdeni | weight=0.066
=uzavren | weight=0.065
=poste | weight=0.065
=brne | weight=0.065
=bryle =mel | weight=0.065
=dny =pozdeji | weight=0.064
=tyden =porad | weight=0.064
=dveri =az | weight=0.062
=mel =po | weight=0.062
=objevila =u | weight=0.062
=po =zkouskach | weight=0.062
=se =objevila | weight=0.062
=no =a | weight=0.062
=mel =jste | weight=0.062
=zpusobila | weight=0.062
=jste =to | weight=0.062
=takze =uz | weight=0.062
=novy | weight=0.061
=utery | weight=0.061
=a =pul | weight=0.061
=jsem =udajne | weight=0.061
=dneska =je | weight=0.061
