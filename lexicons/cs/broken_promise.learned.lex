# broken_promise, cs: learned by scripts/learn.py from 3307 tuning texts (158 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ujistili mě, že to do pátku opraví. Je středa dalšího týdne a auto stojí.
+ A to jsem si myslel, že horší než minule to být nemůže. Zase jsem volal, zase nic, zase ozveme se.
+ Internet mi nejde už třetí týden. Technik měl přijet v pondělí, pak ve středu, pak v pátek a nepřijel ani jednou. Operátor mi každý den tvrdí, že je to „v řešení“.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=slibili | weight=0.491
=slibena | weight=0.399
=prislibil | weight=0.355
=ujisteni | weight=0.347
=nezavolal | weight=0.347
=mel =mi | weight=0.337
=dobropis | weight=0.332
=ujistili | weight=0.322
=na =fakturu | weight=0.320
=garantoval | weight=0.286
=neprijima | weight=0.285
=dodani | weight=0.275
=slovo | weight=0.255
=dodnes =nic | weight=0.250, noneg
=nikdo =neprisel | weight=0.249, noneg
=to =byla | weight=0.248
=na =uctu | weight=0.243
=ze =mi | weight=0.239
=pisemne | weight=0.229
=prislibena | weight=0.227
=potvrdili | weight=0.223
=neozval =se | weight=0.222
=technik =prijde | weight=0.221
=pry =se | weight=0.221
=mi =nezazvonil | weight=0.221
=nezazvonil | weight=0.221
=nezazvonil =ani | weight=0.221, noneg
=do =tyden | weight=0.217
=se =ukazal | weight=0.215
=ujistili =me | weight=0.210
=dodnes | weight=0.207
=v =patku | weight=0.203
=zdarma | weight=0.202
=technik =mel | weight=0.197
=naslibovala | weight=0.197
=ukazal =jako | weight=0.193
=dil | weight=0.191
=slevu | weight=0.190
=ze =se | weight=0.190
=neprijima =nikdo | weight=0.189, noneg
=ze =penize | weight=0.186
=bryle =mel | weight=0.186
=prestoze =mi | weight=0.186
=e-shopu =mi | weight=0.185
=byla =prislibena | weight=0.182
=byla =pred | weight=0.182
=slevu =nikdo | weight=0.180, noneg
=prijde =zitra | weight=0.178
=ani =jednou | weight=0.177, noneg
=bude =opravena | weight=0.175
=neproplatila | weight=0.170
=se =zavazal | weight=0.170
=zavazal | weight=0.170
=me =ze | weight=0.169
=ty =penize | weight=0.169
=nic =se | weight=0.168, noneg
=zpetne | weight=0.163
=zpatky =do | weight=0.162
=mi =zavolam | weight=0.160
=posouva =termin | weight=0.160
=ktery =mi | weight=0.159
=ale =nakonec | weight=0.158
=a =nebyl | weight=0.158, noneg
=nikdo =neobjevila | weight=0.156, noneg
=opravena | weight=0.156
=zavolam =zpatky | weight=0.153
=ozval | weight=0.152
=bryle | weight=0.151
=cekal =uz | weight=0.151
=penize =se | weight=0.150
=odprisahli | weight=0.147
=odprisahli =ze | weight=0.147
=poslali =zamitnuta | weight=0.147
=skodu =proplatite | weight=0.147
=ze =technik | weight=0.146
=zavazal =k | weight=0.144
=nikdo =neprisla | weight=0.144, noneg
=rikal =ze | weight=0.143
=stredu | weight=0.140
=nikdo =nedorazil | weight=0.140, noneg
=zavolam | weight=0.140
=ve =stredu | weight=0.139
=nezarmoutis | weight=0.139
=slibili =nezarmoutis | weight=0.139
=hodiny =rekl | weight=0.139
=od =vcerejska | weight=0.139
=vam =zpatky | weight=0.139
=vcerejska | weight=0.139
=zavolam =vam | weight=0.139
=nikdo =nezavolal | weight=0.138, noneg
=dvirka =nikdo | weight=0.138, noneg
=mesic =osadi | weight=0.138
=osadi | weight=0.138
=osadi =dvirka | weight=0.138
=pry =do | weight=0.138
=trikrat =mi | weight=0.137
=dohodli | weight=0.136
=posouva | weight=0.135
=ze =skodu | weight=0.135
=nikdo =nevedel | weight=0.135, noneg
=pojistka | weight=0.134
=dvirka | weight=0.133
=ale =nikdo | weight=0.133, noneg
=utery =v | weight=0.132
=dnesniho | weight=0.131
=ujisteni =ze | weight=0.130
=cekal =od | weight=0.129
=do =pet | weight=0.129
=byt =hotove | weight=0.129
=nikdo | weight=0.129, noneg
=mesic =oproti | weight=0.128
=oproti | weight=0.128
=oproti =slibena | weight=0.128
=pred =tyden | weight=0.128
=slevu =ktery | weight=0.127
=pul =rok | weight=0.126
=hotovo | weight=0.126
=slibili =chyba | weight=0.125
=tom =nikdo | weight=0.125, noneg
=toho | weight=0.124
=ozval =a | weight=0.124
=mobilu | weight=0.124
=nikdo =se | weight=0.123, noneg
=za =vypadek | weight=0.123
=hory | weight=0.123
=hory =doly | weight=0.123
=nebyl | weight=0.123, noneg
=odskodneni | weight=0.123
=garantoval =ze | weight=0.122
=mi =garantoval | weight=0.122
=pokazde =mi | weight=0.122
=mi =prislibil | weight=0.122
=penize =vratit | weight=0.121
=ze =dobropis | weight=0.120
=nam =pri | weight=0.120
=a =nic | weight=0.119, noneg
=bezplatne | weight=0.119
=dne =neozval | weight=0.117
=ale =nic | weight=0.117, noneg
=a =dodnes | weight=0.117
=hodne | weight=0.116
=makler =tvrdi | weight=0.116
=opravu | weight=0.116
=doly | weight=0.116
=hotove | weight=0.115
=dobu =nic | weight=0.115, noneg
=po =pul | weight=0.114
=se =nikdo | weight=0.113, noneg
=me =ujistili | weight=0.112
=ujistili =ze | weight=0.112
=porad =cekal | weight=0.112
=me =vody | weight=0.112
=vymenu | weight=0.112
=mesic =a | weight=0.112
=nikdo =nedostal | weight=0.112, noneg
=ze =poslali | weight=0.111
=den =vas | weight=0.111
=mi =poslali | weight=0.110
=byla =minuly | weight=0.110
=dnu | weight=0.109
=makler | weight=0.109
=mi =makler | weight=0.109
=nedostal | weight=0.108
=cenu =a | weight=0.108
=minuly | weight=0.108
=a =ted | weight=0.107
=to =jsem | weight=0.107
=opravena =do | weight=0.107
=dohodli =jsem | weight=0.107
=nakonec =z | weight=0.107
=toho =nic | weight=0.107, noneg
=no =a | weight=0.107
=tvrdi =opakovane | weight=0.107
=pevna | weight=0.107
=vy =jste | weight=0.106
=je =jejich | weight=0.106
=mb | weight=0.106
=realne =mam | weight=0.106
=prej =se | weight=0.105
=rekl =utery | weight=0.105
=prijde =do | weight=0.105
=prazdne | weight=0.104
=objednal =a | weight=0.104
=nezavolal =nikdo | weight=0.104, noneg
=priste =aktualizaci | weight=0.104
=utery =ze | weight=0.104
=tak =kde | weight=0.103
=zasahu | weight=0.103
=to =i | weight=0.101
=ukazal | weight=0.101
=uz =mesic | weight=0.100
=hotove =v | weight=0.100
=neprisla | weight=0.100
=ted =mi | weight=0.099
=nekomu =jinam | weight=0.099
=rekne | weight=0.099
=proplatite | weight=0.099
=technik =neprijima | weight=0.099
=zpetne =volam | weight=0.099
=to =pani | weight=0.099
=skodu | weight=0.098
=slibili =mi | weight=0.098
=zarezervovat | weight=0.098
=po =pet | weight=0.098
=poslali =nahradni | weight=0.098
=se =vam | weight=0.097
=vubec =nic | weight=0.097, noneg
=nic =porad | weight=0.097, noneg
=horsi =nez | weight=0.097
=volam =zase | weight=0.097
=podrzi | weight=0.097
=chyba =opravu | weight=0.097
=rok | weight=0.097
=penize =prijde | weight=0.096
=druhy =dne | weight=0.095
=patku =mi | weight=0.095
=kde =jste | weight=0.095
=prestoze | weight=0.095
=horsi | weight=0.095
=rekne =ze | weight=0.095
=ctyri =tyden | weight=0.095
=po =ctyri | weight=0.095
=tyden =na | weight=0.095
=uctu =porad | weight=0.095
=dalsi =nakup | weight=0.094
=pevna =cenu | weight=0.094
=dopravu =zdarma | weight=0.094
=moje =zena | weight=0.094
=a =zavolam | weight=0.093
=zase =jsem | weight=0.092
=neozval | weight=0.092
=mi =to | weight=0.092
=si =nechal | weight=0.092
=slibili =vymenu | weight=0.092
=hned =jako | weight=0.092
=mesic | weight=0.092
=termin =dodani | weight=0.091
=mi =uz | weight=0.091
=pet =pracovnich | weight=0.091
=to =opravu | weight=0.091
=termin =byla | weight=0.091
=nos | weight=0.090
=do =druhy | weight=0.090
=mi =slibili | weight=0.090
=ted | weight=0.090
=zdrazili | weight=0.090
=jsem =nikdo | weight=0.089, noneg
=pani =rikal | weight=0.088
=kadernice | weight=0.088
=termin =u | weight=0.088
=u =kadernice | weight=0.088
=uzavren | weight=0.088
=porad =neni | weight=0.088, noneg
=aktualizaci | weight=0.087
=zamitnuta | weight=0.087
=vratit =mi | weight=0.087
=mi =vedouci | weight=0.087
=mechanik | weight=0.087
=servisni | weight=0.087
=pisemne =prislibil | weight=0.087
=operator =prislibil | weight=0.087
=prodavac =mi | weight=0.086
=nahradni | weight=0.086
=do =druhyho | weight=0.086
=druhyho | weight=0.086
=druhyho =dne | weight=0.086
=tyden =a | weight=0.086
=vas =spolecnost | weight=0.086
=cekal =tri | weight=0.086
=kryta | weight=0.085
=nic =nedostal | weight=0.085, noneg
=uplynula =dva | weight=0.085
=kompenzaci =za | weight=0.085
=myslel =ze | weight=0.085
=tri =tyden | weight=0.084
=a =po | weight=0.084
=zase =nic | weight=0.084, noneg
=penize =do | weight=0.084
=dnech | weight=0.083
=operator =se | weight=0.082
=technik =tvrdi | weight=0.082
=agent | weight=0.080
=nic | weight=0.079, noneg
=to =podle | weight=0.079
=bez =problem | weight=0.078, noneg
=bil | weight=0.078
=vratit =do | weight=0.078
=byla =pryc | weight=0.078
=nakup | weight=0.077
=ze =zase | weight=0.077
=zavolam =zpet | weight=0.077
=porad =nic | weight=0.077, noneg
=dodavka =se | weight=0.076
=bezplatne =servisu | weight=0.076
=pisemne =slibili | weight=0.076
=slibili =bezplatne | weight=0.076
=na =dalsi | weight=0.076
=prislibil =se | weight=0.076
=pokazde | weight=0.076
=myslel | weight=0.076
=kdyz =mi | weight=0.075
=slibili =vraceni | weight=0.075
=z =toho | weight=0.075
=uz =je | weight=0.075
=dne | weight=0.075
=palet =a | weight=0.074
=pracovnich =dnu | weight=0.074
=jsem =obdrzel | weight=0.074
=si =ji | weight=0.073
=nabidli =jako | weight=0.073
=mlci | weight=0.072
=nic =nebyl | weight=0.072, noneg
=ubehlo | weight=0.072
=mesic =porad | weight=0.072
=po =mesic | weight=0.072
=dorazil =az | weight=0.072
=od =te | weight=0.072
=vsichni | weight=0.072
=fakturu =za | weight=0.071
=prej =zapojit | weight=0.071
=zapojit =ve | weight=0.071
=bonus | weight=0.071
=zena | weight=0.071
=auto =v | weight=0.070
=bil =v | weight=0.070
=bude =auto | weight=0.070
=mechanik =se | weight=0.070
=nesahli | weight=0.070
=patku =hotove | weight=0.070
=pres =ze | weight=0.070
=se =bil | weight=0.070
=penize =odesla | weight=0.070
=slibili =zpetne | weight=0.070
=technik | weight=0.070
=vyssi =tarif | weight=0.070
=jste =slibili | weight=0.070
=vystaven | weight=0.069
=pojistovny | weight=0.069
=mel | weight=0.068
=mi =vraceni | weight=0.068
=a =neozval | weight=0.068
=tyden =porad | weight=0.068
=prijit =v | weight=0.068
=na =tu | weight=0.068
=jejich | weight=0.067
=uctarna | weight=0.067
=umi | weight=0.067
=obdrzel | weight=0.067
=vyresil =a | weight=0.067
=v =pres | weight=0.067
=dostal =jen | weight=0.067
=nahradni =dil | weight=0.067
=nakonec =jsem | weight=0.067
=nejde =i | weight=0.066
=prijde | weight=0.066
=mel =jste | weight=0.066
=nekomu | weight=0.066
=realne | weight=0.066
=kecy | weight=0.065
=byt =na | weight=0.065
=na =vyssi | weight=0.065
=cekal =dodnes | weight=0.065
=nekdo =slibili | weight=0.065
=kuchynska | weight=0.065
=nestalo | weight=0.065
=v =cenu | weight=0.064
=nezmenilo | weight=0.064
=jsou =v | weight=0.064
=prijit =ve | weight=0.064
=osetreni | weight=0.064
=mi =nabidli | weight=0.064
=a =slecna | weight=0.064
=o =zadna | weight=0.064, noneg
=ozval =hned | weight=0.064
=neobdrzel | weight=0.063
=urcite | weight=0.063
=na =dopravu | weight=0.063
=na =jednou | weight=0.063
=uplynula | weight=0.063
=jako =prazdne | weight=0.063
=prazdne =slovo | weight=0.063
=registrace | weight=0.063
=te =dobu | weight=0.062
=urgence | weight=0.062
=pracovnich | weight=0.062
=mi =rikal | weight=0.062
=se =zpozdila | weight=0.062
=zpozdila =o | weight=0.062
=omluvny | weight=0.062
=omluvny =e-mail | weight=0.062
=novy =technik | weight=0.062
=potvrdili =ze | weight=0.061
=e-shopu | weight=0.061
=spolecnost | weight=0.061
=tam =uz | weight=0.061
=nekryje =prestoze | weight=0.061
=plneni =s | weight=0.061
=pojistovny =zamitli | weight=0.061
=zamitli =plneni | weight=0.061
=jste =mi | weight=0.061
