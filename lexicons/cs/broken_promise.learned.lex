# broken_promise, cs: learned by scripts/learn.py from 3535 tuning texts (161 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ujistili mě, že to do pátku opraví. Je středa dalšího týdne a auto stojí.
+ A to jsem si myslel, že horší než minule to být nemůže. Zase jsem volal, zase nic, zase ozveme se.
+ Internet mi nejde už třetí týden. Technik měl přijet v pondělí, pak ve středu, pak v pátek a nepřijel ani jednou. Operátor mi každý den tvrdí, že je to „v řešení“.
- ok dekuju
- super, doporucuju
=slibili | weight=0.498
=slibena | weight=0.400
=prislibil | weight=0.348
=nezavolal | weight=0.346
=ujisteni | weight=0.344
=mel =mi | weight=0.332
=dobropis | weight=0.329
=ujistili | weight=0.320
=na =fakturu | weight=0.311
=neprijima | weight=0.305
=garantoval | weight=0.284
=dodani | weight=0.269
=slovo | weight=0.256
=nikdo =neprisel | weight=0.254, noneg
=dodnes =nic | weight=0.249, noneg
=na =ucet | weight=0.237
=ze =mi | weight=0.236
=pisemne | weight=0.231
=do =tyden | weight=0.230
=to =byla | weight=0.225
=prislibena | weight=0.223
=technik =prijde | weight=0.217
=mi =nezazvonil | weight=0.217
=nezazvonil | weight=0.217
=nezazvonil =ani | weight=0.217, noneg
=potvrdili | weight=0.215
=dodnes | weight=0.213
=v =patku | weight=0.213
=se =ukazal | weight=0.211
=technik =mel | weight=0.210
=pry =se | weight=0.205
=zdarma | weight=0.205
=ujistili =me | weight=0.204
=neozval =se | weight=0.199
=naslibovala | weight=0.199
=neprijima =nikdo | weight=0.199, noneg
=ukazal =jako | weight=0.196
=slevu | weight=0.193
=ze =se | weight=0.189
=prestoze =mi | weight=0.188
=ze =penize | weight=0.188
=bryle =mel | weight=0.188
=byla =prislibena | weight=0.187
=prijde =zitra | weight=0.182
=mel =zavolam | weight=0.181
=dil | weight=0.178
=byla =pred | weight=0.178
=e-shopu =mi | weight=0.178
=ani =jednou | weight=0.173, noneg
=bude =opravena | weight=0.172
=ty =penize | weight=0.172
=slevu =nikdo | weight=0.171, noneg
=zpetne | weight=0.168
=nic =se | weight=0.165, noneg
=se =zavazal | weight=0.165
=zavazal | weight=0.165
=me =ze | weight=0.162
=zpatky =do | weight=0.159
=neproplatila | weight=0.158
=cekal =uz | weight=0.155
=posouva =termin | weight=0.154
=nikdo =neobjevila | weight=0.151, noneg
=opravena | weight=0.151
=zavolam =zpatky | weight=0.151
=ale =nakonec | weight=0.151
=ze =technik | weight=0.148
=a =nebyl | weight=0.147, noneg
=ktery =mi | weight=0.146
=rikal =ze | weight=0.146
=odprisahli | weight=0.145
=odprisahli =ze | weight=0.145
=poslali =zamitnuta | weight=0.145
=skodu =proplatite | weight=0.145
=penize =se | weight=0.143
=mi =zavolam | weight=0.142
=ozval | weight=0.142
=stredu | weight=0.141
=ve =stredu | weight=0.140
=nikdo | weight=0.140, noneg
=zavazal =k | weight=0.140
=nezarmoutis | weight=0.138
=slibili =nezarmoutis | weight=0.138
=utery =v | weight=0.138
=nikdo =neprisla | weight=0.136, noneg
=hodiny =rekl | weight=0.136
=od =vcerejska | weight=0.136
=vam =zpatky | weight=0.136
=vcerejska | weight=0.136
=zavolam =vam | weight=0.136
=do =pet | weight=0.135
=posouva | weight=0.133
=dvirka =nikdo | weight=0.133, noneg
=mesic =osadi | weight=0.133
=osadi | weight=0.133
=osadi =dvirka | weight=0.133
=pry =do | weight=0.133
=ze =skodu | weight=0.133
=dohodli | weight=0.132
=nikdo =nevedel | weight=0.132, noneg
=ujisteni =ze | weight=0.131
=dnesniho | weight=0.131
=byt =hotove | weight=0.130
=trikrat =mi | weight=0.130
=pojistka | weight=0.130
=mi =prislibil | weight=0.129
=nikdo =nedorazil | weight=0.129, noneg
=pul =rok | weight=0.129
=ale =nikdo | weight=0.128, noneg
=cekal =od | weight=0.128
=mesic =oproti | weight=0.127
=oproti | weight=0.127
=oproti =slibena | weight=0.127
=tom =nikdo | weight=0.125, noneg
=mesic =a | weight=0.125
=dvirka | weight=0.123
=odskodneni | weight=0.123
=hotovo | weight=0.122
=mobilu | weight=0.122
=nebyl | weight=0.122, noneg
=pokazde =mi | weight=0.121
=bezplatne | weight=0.121
=garantoval =ze | weight=0.121
=mi =garantoval | weight=0.121
=toho | weight=0.121
=zavolam | weight=0.120
=za =vypadek | weight=0.120
=hory | weight=0.119
=hory =dolu | weight=0.119
=ze =dobropis | weight=0.119
=nikdo =nezavolal | weight=0.119, noneg
=ozval =a | weight=0.119
=den =vas | weight=0.117
=me =voda | weight=0.117
=mi =to | weight=0.117
=penize =vratit | weight=0.117
=a =nic | weight=0.117, noneg
=opravu | weight=0.116
=me =ujistili | weight=0.116
=ujistili =ze | weight=0.116
=pred =tyden | weight=0.116
=nam =pri | weight=0.115
=nedostal | weight=0.115
=dnu | weight=0.114
=nezavolal =nikdo | weight=0.114, noneg
=ale =nic | weight=0.113, noneg
=makler =tvrdi | weight=0.113
=slibili =chyba | weight=0.113
=se =nikdo | weight=0.113, noneg
=nikdo =se | weight=0.112, noneg
=dolu | weight=0.112
=ted =mi | weight=0.112
=bryle | weight=0.112
=dobu =nic | weight=0.112, noneg
=hotove | weight=0.112
=slevu =ktery | weight=0.111
=po =pul | weight=0.110
=priste =aktualizaci | weight=0.110
=a =dodnes | weight=0.110
=hodne | weight=0.110
=rekl =utery | weight=0.110
=neozval | weight=0.109
=prazdne | weight=0.107
=vymenu | weight=0.107
=mi =poslali | weight=0.107
=pevna | weight=0.106
=makler | weight=0.106
=mi =makler | weight=0.106
=byla =minuly | weight=0.106
=jste =mi | weight=0.106
=je =jejich | weight=0.106
=patku =mi | weight=0.105
=dohodli =jsem | weight=0.105
=nakonec =z | weight=0.105
=toho =nic | weight=0.105, noneg
=porad =cekal | weight=0.105
=cenu =a | weight=0.105
=minuly | weight=0.105
=skodu | weight=0.104
=chyba =opravu | weight=0.104
=hotove =v | weight=0.104
=mi =uz | weight=0.103
=zpetne =volam | weight=0.103
=uz =mesic | weight=0.103
=mb | weight=0.103
=realne =mam | weight=0.103
=no =a | weight=0.103
=tvrdi =opakovane | weight=0.102
=ukazal | weight=0.102
=dne =neozval | weight=0.102
=opravena =do | weight=0.101
=objednal =a | weight=0.100
=nikdo =nedostal | weight=0.100, noneg
=nic =porad | weight=0.100, noneg
=nekomu =jinam | weight=0.100
=nic | weight=0.099, noneg
=utery =ze | weight=0.099
=mi =slibili | weight=0.099
=zasahu | weight=0.099
=rok | weight=0.098
=podrzi | weight=0.098
=prestoze | weight=0.098
=a =ted | weight=0.097
=poslali =nahradni | weight=0.097
=pet =pracovnich | weight=0.097
=slibili =mi | weight=0.097
=technik =neprijima | weight=0.096
=nos | weight=0.096
=neprisla | weight=0.096
=ze =poslali | weight=0.096
=tak =kde | weight=0.096
=horsi =nez | weight=0.096
=volam =zase | weight=0.096
=rekne =ze | weight=0.095
=rekne | weight=0.093
=horsi | weight=0.092
=ctyri =tyden | weight=0.092
=po =ctyri | weight=0.092
=ucet =porad | weight=0.092
=vy =jste | weight=0.092
=se =vam | weight=0.092
=pevna =cenu | weight=0.092
=proplatite | weight=0.092
=dalsi =nakup | weight=0.091
=kompenzaci =za | weight=0.091
=mi =vedouci | weight=0.091
=dopravu =zdarma | weight=0.091
=tyden =na | weight=0.091
=to =jsem | weight=0.090
=a =zavolam | weight=0.090
=zase =jsem | weight=0.090
=a =po | weight=0.090
=prej =se | weight=0.090
=jsem =nikdo | weight=0.090, noneg
=to =i | weight=0.090
=termin =dodani | weight=0.089
=ted | weight=0.089
=do =druhyho | weight=0.089
=druhyho | weight=0.089
=druhyho =dne | weight=0.089
=mi =do | weight=0.089
=aktualizaci | weight=0.089
=cekal =tri | weight=0.088
=to =pani | weight=0.088
=prijde =do | weight=0.088
=zamitnuta | weight=0.087
=servisni | weight=0.087
=kadernice =a | weight=0.086
=zarezervovat | weight=0.086
=slibili =vymenu | weight=0.086
=hned =jako | weight=0.086
=po =pet | weight=0.086
=penize =prijde | weight=0.086
=porad =neni | weight=0.085, noneg
=kde =jste | weight=0.085
=pisemne =prislibil | weight=0.085
=pani =rikal | weight=0.085
=vratit =mi | weight=0.085
=operator =prislibil | weight=0.084
=vubec =nic | weight=0.084, noneg
=vas =spolecnost | weight=0.084
=zdrazili | weight=0.084
=druhy =dne | weight=0.083
=moje =zena | weight=0.083
=myslel =ze | weight=0.083
=prodavac =mi | weight=0.083
=mechanik | weight=0.083
=si =nechal | weight=0.082
=prislibil =se | weight=0.082
=zase =nic | weight=0.082, noneg
=to =podle | weight=0.082
=kryta | weight=0.082
=nic =nedostal | weight=0.082, noneg
=dnech | weight=0.082
=tyden =a | weight=0.081
=do =druhy | weight=0.081
=bez =problem | weight=0.081, noneg
=technik =tvrdi | weight=0.080
=uplynula =dva | weight=0.080
=penize =do | weight=0.080
=z =toho | weight=0.080
=kadernice | weight=0.080
=termin =u | weight=0.080
=u =kadernice | weight=0.080
=uzavren | weight=0.079
=nahradni | weight=0.079
=pokazde | weight=0.079
=agent | weight=0.078
=to =opravu | weight=0.078
=operator =se | weight=0.078
=vratit =do | weight=0.077
=tri =tyden | weight=0.077
=pracovnich =dnu | weight=0.077
=nakup | weight=0.077
=bil | weight=0.076
=bezplatne =servisu | weight=0.076
=pisemne =slibili | weight=0.076
=slibili =bezplatne | weight=0.076
=kuchynska | weight=0.076
=dne | weight=0.075
=termin =byla | weight=0.075
=dodavka =se | weight=0.075
=na =dalsi | weight=0.075
=zavolam =zpet | weight=0.075
=nic =nebyl | weight=0.075, noneg
=si =ji | weight=0.075
=slibili =vraceni | weight=0.074
=ze =zase | weight=0.074
=mlci | weight=0.074
=jejich | weight=0.073
=dorazil =az | weight=0.073
=prijit =ve | weight=0.073
=byt =na | weight=0.073
=urcite | weight=0.073
=vsichni | weight=0.073
=bonus | weight=0.072
=umi | weight=0.072
=uz =je | weight=0.072
=jsem =obdrzel | weight=0.072
=palet =a | weight=0.072
=mesic | weight=0.072
=realne | weight=0.072
=vystaven | weight=0.071
=byla =pryc | weight=0.071
=zena | weight=0.071
=pojistovny | weight=0.071
=vyssi =tarif | weight=0.070
=auto =v | weight=0.070
=bil =v | weight=0.070
=bude =auto | weight=0.070
=mechanik =se | weight=0.070
=nesahli | weight=0.070
=patku =hotove | weight=0.070
=pres =ze | weight=0.070
=se =bil | weight=0.070
=porad =nic | weight=0.069, noneg
=nekomu | weight=0.068
=dostal =jen | weight=0.068
=tyden =porad | weight=0.068
=penize =odesla | weight=0.068
=mi =vraceni | weight=0.068
=obdrzel | weight=0.067
=o =zadna | weight=0.067, noneg
=uplynula | weight=0.067
=nahradni =dil | weight=0.067
=od =te | weight=0.067
=uctarna | weight=0.067
=kdyz =mi | weight=0.066
=nezmenilo | weight=0.066
=jsou =v | weight=0.066
=slibili =zpetne | weight=0.066
=nejde =i | weight=0.066
=nikdo =tak | weight=0.066, noneg
=myslel | weight=0.066
=kecy | weight=0.066
=mi =vas | weight=0.066
=e-shopu | weight=0.066
=ubehlo | weight=0.066
=heslo | weight=0.065
=a =neozval | weight=0.065
=jste =slibili | weight=0.065
=nestalo | weight=0.065
=bude | weight=0.065
=v =cenu | weight=0.065
=fakturu =za | weight=0.065
=na =vyssi | weight=0.065
=cekal =dodnes | weight=0.065
=osetreni | weight=0.064
=mi =operator | weight=0.064
=v =pres | weight=0.064
=jako =prazdne | weight=0.063
=prazdne =slovo | weight=0.063
=se =vubec | weight=0.063
=ozval =hned | weight=0.063
=registrace | weight=0.063
=prednostne | weight=0.063
=na =jednou | weight=0.062
=nakonec =jsem | weight=0.062
=prej =zapojil | weight=0.062
=zapojil =ve | weight=0.062
=neni =doted | weight=0.062, noneg
=to =slibili | weight=0.062
=se =zpozdila | weight=0.062
=zpozdila =o | weight=0.062
=te =dobu | weight=0.062
=lezi | weight=0.062
=na =tu | weight=0.062
=a =slecna | weight=0.062
=neobdrzel | weight=0.062
=novy =technik | weight=0.062
=nabidli =jako | weight=0.062
=nekryje =prestoze | weight=0.061
=plneni =s | weight=0.061
=pojistovny =zamitli | weight=0.061
=zamitli =plneni | weight=0.061
=slibili =jste | weight=0.061
=na =dopravu | weight=0.061
=nekdo =slibili | weight=0.061
=vyresili =a | weight=0.061
=pracovnich | weight=0.060
=omluvny | weight=0.060
