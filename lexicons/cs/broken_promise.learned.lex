# broken_promise, cs: learned by scripts/learn.py from 3747 tuning texts (169 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ujistili mě, že to do pátku opraví. Je středa dalšího týdne a auto stojí.
+ A to jsem si myslel, že horší než minule to být nemůže. Zase jsem volal, zase nic, zase ozveme se.
+ Internet mi nejde už třetí týden. Technik měl přijet v pondělí, pak ve středu, pak v pátek a nepřijel ani jednou. Operátor mi každý den tvrdí, že je to „v řešení“.
- ok dekuju
- super, doporucuju
=slibili | weight=0.524
=ujisteni | weight=0.372
=mel =mi | weight=0.358
=dobropis | weight=0.357
=nezavolal | weight=0.353
=slibeno | weight=0.350
=ujistili | weight=0.329
=na =fakturu | weight=0.325
=neprijima | weight=0.310
=garantoval | weight=0.295
=prislibil | weight=0.290
=dodnes =nic | weight=0.279, noneg
=do =tyden | weight=0.273
=nikdo =neprisel | weight=0.272, noneg
=dodani | weight=0.266
=ze =mi | weight=0.260
=na =uctu | weight=0.249
=technik =mel | weight=0.248
=pisemne | weight=0.246
=to =byla | weight=0.243
=slovo | weight=0.237
=se =ukazal | weight=0.230
=mi =nezazvonil | weight=0.226
=nezazvonil | weight=0.226
=nezazvonil =ani | weight=0.226, noneg
=prislibena | weight=0.224
=ukazal =jako | weight=0.215
=naslibovala | weight=0.213
=neozval =se | weight=0.212
=ujistili =me | weight=0.211
=pry =se | weight=0.211
=technik =prijde | weight=0.210
=v =patku | weight=0.208
=zdarma | weight=0.206
=ze =penize | weight=0.205
=bryle =mel | weight=0.199
=slevu | weight=0.198
=ze =se | weight=0.198
=dodnes | weight=0.196
=neprijima =nikdo | weight=0.195, noneg
=potvrdili | weight=0.194
=prestoze =mi | weight=0.191
=slevu =nikdo | weight=0.190, noneg
=mel =zavolam | weight=0.190
=ty =penize | weight=0.186
=byla =prislibena | weight=0.186
=e-shopu =mi | weight=0.175
=byla =pred | weight=0.174
=se =zavazal | weight=0.173
=zavazal | weight=0.173
=prijde =zitra | weight=0.173
=bude =opravena | weight=0.172
=zpatky =do | weight=0.170
=ze =technik | weight=0.169
=posouva =termin | weight=0.167
=zpetne | weight=0.167
=neproplatila | weight=0.167
=a =nebyl | weight=0.167, noneg
=odprisahli | weight=0.166
=odprisahli =ze | weight=0.166
=poslali =zamitnuta | weight=0.166
=skodu =proplatite | weight=0.166
=cekal =uz | weight=0.166
=ozval | weight=0.164
=me =ze | weight=0.162
=ani =jednou | weight=0.162, noneg
=mi =zavolam | weight=0.161
=ale =nikdo | weight=0.159, noneg
=zavolam =zpatky | weight=0.158
=dvirka =nikdo | weight=0.158, noneg
=mesic =osadi | weight=0.158
=osadi | weight=0.158
=osadi =dvirka | weight=0.158
=pry =do | weight=0.158
=ze =skodu | weight=0.157
=nikdo =se | weight=0.155, noneg
=ale =nakonec | weight=0.154
=opravena | weight=0.154
=posouva | weight=0.153
=ujisteni =ze | weight=0.152
=nikdo =neobjevila | weight=0.152, noneg
=penize =se | weight=0.151
=dil | weight=0.150
=neozval | weight=0.149
=dohodli | weight=0.148
=zavazal =k | weight=0.148
=rikal =ze | weight=0.147
=trikrat =mi | weight=0.146
=doby =nic | weight=0.145, noneg
=nikdo =neprisla | weight=0.145, noneg
=do =pet | weight=0.143
=nezarmoutis | weight=0.143
=slibili =nezarmoutis | weight=0.143
=hodiny =rekl | weight=0.142
=od =vcerejska | weight=0.142
=vam =zpatky | weight=0.142
=vcerejska | weight=0.142
=zavolam =vam | weight=0.142
=utery =v | weight=0.141
=ktery =mi | weight=0.139
=tom =nikdo | weight=0.137, noneg
=nikdo =nedorazil | weight=0.137, noneg
=byt =hotove | weight=0.136
=mesic =oproti | weight=0.136
=oproti | weight=0.136
=oproti =slibeno | weight=0.136
=hotove | weight=0.135
=dnesniho | weight=0.135
=mi =prislibil | weight=0.135
=a =dodnes | weight=0.135
=ze =dil | weight=0.135
=hotovo | weight=0.133
=makler =tvrdi | weight=0.131
=cekal =od | weight=0.131
=a =ted | weight=0.130
=byla =minuly | weight=0.130
=nikdo =nevedel | weight=0.129, noneg
=pred =tyden | weight=0.129
=makler | weight=0.126
=mi =makler | weight=0.126
=pokazde =mi | weight=0.126
=garantoval =ze | weight=0.126
=mi =garantoval | weight=0.126
=mi =to | weight=0.125
=ze =dobropis | weight=0.125
=hodne | weight=0.125
=nikdo =nezavolal | weight=0.124, noneg
=patku =mi | weight=0.123
=tvrdi =opakovane | weight=0.122
=odskodneni | weight=0.121
=penize =vratit | weight=0.120
=pevnou | weight=0.120
=slibili =chyba | weight=0.120
=utery =ze | weight=0.120
=jste =mi | weight=0.119
=me =ujistili | weight=0.119
=ujistili =ze | weight=0.119
=nic =se | weight=0.118, noneg
=minuly | weight=0.118
=mobilu | weight=0.117
=nam =pri | weight=0.117
=hory | weight=0.116
=hory =dolu | weight=0.116
=objednal =a | weight=0.116
=dohodli =jsem | weight=0.116
=nakonec =z | weight=0.116
=toho =nic | weight=0.116, noneg
=den =vas | weight=0.115
=slevu =ktery | weight=0.115
=ale =nic | weight=0.115, noneg
=prazdne | weight=0.113
=me =voda | weight=0.113
=dne =neozval | weight=0.113
=pul =rok | weight=0.113
=hotove =v | weight=0.113
=prestoze | weight=0.112
=ozval =a | weight=0.112
=priste =aktualizaci | weight=0.112
=tyden =a | weight=0.111
=dolu | weight=0.111
=porad =cekal | weight=0.109
=cenu =a | weight=0.109
=rekl =utery | weight=0.108
=horsi =nez | weight=0.107
=volal =zase | weight=0.107
=chyba =opravu | weight=0.106
=ze =poslali | weight=0.106
=zamitnuta | weight=0.106
=po =pet | weight=0.105
=prej =se | weight=0.105
=za =vypadek | weight=0.105
=toho | weight=0.105
=nic =porad | weight=0.104, noneg
=horsi | weight=0.104
=nikdo =nedostal | weight=0.104, noneg
=a =nic | weight=0.104, noneg
=poslali =nahradni | weight=0.104
=se =nikdo | weight=0.103, noneg
=opravena =do | weight=0.103
=prijde =do | weight=0.103
=stredu | weight=0.103
=pojistka | weight=0.102
=porad =nic | weight=0.102, noneg
=ted =mi | weight=0.102
=mesic =a | weight=0.102
=nekomu =jiny | weight=0.102
=zase =jsem | weight=0.101
=po =pul | weight=0.101
=vy =jste | weight=0.101
=mi =uz | weight=0.101
=no =a | weight=0.101
=agent | weight=0.100
=penize =prijde | weight=0.100
=zpetne =volal | weight=0.100
=hned =jako | weight=0.099
=podrzi | weight=0.099
=dopravu =zdarma | weight=0.099
=zasahu | weight=0.098
=mi =slibili | weight=0.098
=je =jejich | weight=0.098
=mb | weight=0.098
=realne =mam | weight=0.098
=cekal =tri | weight=0.098
=tak =kde | weight=0.098
=pani =rikal | weight=0.098
=nahradni | weight=0.097
=pet =pracovnich | weight=0.097
=bryle | weight=0.097
=nedostal | weight=0.096
=zavolam | weight=0.096
=nezavolal =nikdo | weight=0.096, noneg
=z =toho | weight=0.096
=slibili =jste | weight=0.096
=vubec =nic | weight=0.096, noneg
=kompenzaci =za | weight=0.095
=pevnou =cenu | weight=0.095
=mi =poslali | weight=0.095
=nic =nedostal | weight=0.095, noneg
=myslel =ze | weight=0.094
=penize =do | weight=0.094
=pokazde | weight=0.094
=aktualizaci | weight=0.094
=se =vam | weight=0.094
=dalsi =nakup | weight=0.094
=rok | weight=0.093
=kadernice =a | weight=0.093
=zarezervovat | weight=0.093
=operator =prislibil | weight=0.093
=slibili =mi | weight=0.093
=vratit =mi | weight=0.092
=vas =spolecnost | weight=0.092
=zase =nic | weight=0.091, noneg
=slibili =vymenu | weight=0.091
=dnu | weight=0.091
=nic =nebyl | weight=0.091, noneg
=technik =neprijima | weight=0.090
=uplynula =dva | weight=0.090
=ze =zase | weight=0.090
=si =nechal | weight=0.090
=pracovnich =dnu | weight=0.090
=bez =problem | weight=0.089, noneg
=prodavac =mi | weight=0.089
=zdrazili | weight=0.089
=moje =zena | weight=0.089
=jsem =nikdo | weight=0.089, noneg
=ubehlo | weight=0.088
=porad =neni | weight=0.088, noneg
=kde =jste | weight=0.088
=servisni | weight=0.088
=uzavren | weight=0.088
=termin =dodani | weight=0.088
=to =podle | weight=0.088
=mi =vraceni | weight=0.087
=prislibil =se | weight=0.087
=ctyri =tyden | weight=0.087
=po =ctyri | weight=0.087
=uctu =porad | weight=0.087
=to =pani | weight=0.086
=vratit =do | weight=0.086
=operator =se | weight=0.086
=tyden =na | weight=0.085
=do =druhyho | weight=0.085
=druhyho | weight=0.085
=druhyho =dne | weight=0.085
=druhy =dne | weight=0.085
=a =zavolam | weight=0.085
=kadernice | weight=0.084
=termin =u | weight=0.084
=u =kadernice | weight=0.084
=dorazil =az | weight=0.084
=bil | weight=0.083
=termin =byla | weight=0.083
=pisemne =prislibil | weight=0.083
=nikdo | weight=0.082, noneg
=to =opravu | weight=0.082
=nebyl | weight=0.082, noneg
=do =druhy | weight=0.082
=dodavka =se | weight=0.082
=rekne =ze | weight=0.082
=nosem | weight=0.081
=byt =na | weight=0.081
=myslel | weight=0.081
=rekne | weight=0.081
=nakup | weight=0.080
=obchodnik | weight=0.080
=umi | weight=0.080
=byla =pryc | weight=0.079
=mesic =porad | weight=0.078
=prej =zapojil | weight=0.078
=zapojil =ve | weight=0.078
=bonus | weight=0.077
=bezplatne =servisu | weight=0.077
=pisemne =slibili | weight=0.077
=slibili =bezplatne | weight=0.077
=na =dalsi | weight=0.077
=mi =operator | weight=0.077
=penize =odesla | weight=0.076
=slibili =zpetne | weight=0.076
=dnech | weight=0.076
=tam =nebyl | weight=0.076, noneg
=vsichni | weight=0.076
=e-shopu | weight=0.075
=na =jednou | weight=0.075
=slibili =vraceni | weight=0.075
=minuly =tyden | weight=0.075
=to =slibili | weight=0.075
=to =i | weight=0.075
=tri =tyden | weight=0.075
=technik =tvrdi | weight=0.074
=mi =vas | weight=0.074
=jste =slibili | weight=0.074
=opravu | weight=0.074
=osetreni | weight=0.074
=a =slecna | weight=0.074
=vyresil =a | weight=0.074
=pracovnich | weight=0.073
=ve =stredu | weight=0.073
=zena | weight=0.073
=dalsi | weight=0.073
=kecy | weight=0.073
=zavolam =zpet | weight=0.073
=jako =prazdne | weight=0.072
=prazdne =slovo | weight=0.072
=urgence | weight=0.072
=nejde =i | weight=0.072
=vystaven | weight=0.072
=vymenu =kus | weight=0.072
=proplatite | weight=0.072
=fakturu =za | weight=0.071
=mel =jste | weight=0.071
=prijde | weight=0.071
=vymenu | weight=0.071
=si =ji | weight=0.071
=nekomu | weight=0.070
=dostal =jen | weight=0.070
=prednostne | weight=0.070
=chyba =bude | weight=0.069
=tam =uz | weight=0.069
=jednou =dne | weight=0.069
=jeste =dnes | weight=0.069
=nekryje =prestoze | weight=0.069
=plneni =s | weight=0.069
=pojistovny =zamitli | weight=0.069
=zamitli =plneni | weight=0.069
=uctarna | weight=0.068
=mlci | weight=0.068
=auto =v | weight=0.068
=bil =v | weight=0.068
=bude =auto | weight=0.068
=mechanik =se | weight=0.068
=nesahli | weight=0.068
=patku =hotove | weight=0.068
=pres =ze | weight=0.068
=se =bil | weight=0.068
=nestalo | weight=0.068
=lezi | weight=0.068
=jsem =obdrzel | weight=0.068
=plneni | weight=0.068
=to =jsem | weight=0.068
=uplynula | weight=0.068
=palet =a | weight=0.068
=se =zpozdila | weight=0.068
=zpozdila =o | weight=0.068
=na =dopravu | weight=0.067
=slibili =do | weight=0.067
=dnu =cekal | weight=0.067
=sem =uz | weight=0.067
=potvrdili =ze | weight=0.066
=zatim =jsem | weight=0.066
=ozval =hned | weight=0.066
=pry =to | weight=0.065
=v =pres | weight=0.065
=a =neozval | weight=0.065
=na =tu | weight=0.065
=vyssi =tarif | weight=0.065
=tyden =porad | weight=0.064
=neobdrzel | weight=0.064
=neobjednal | weight=0.064
=premium | weight=0.064
=dnesniho =dne | weight=0.064
=do =dnesniho | weight=0.064
=uz =je | weight=0.064
=nedoslo | weight=0.064
=realne | weight=0.064
=tri =dny | weight=0.064
=registrace | weight=0.064
=nabidli =jako | weight=0.063
=nekdo =slibili | weight=0.063
=penize =bude | weight=0.063
=heslo | weight=0.062
=zpozdila | weight=0.062
=cekal =dodnes | weight=0.062
=za =tyden | weight=0.062
=obdrzel | weight=0.062
=o =zadna | weight=0.062, noneg
=nic =tak | weight=0.062, noneg
=volal =sem | weight=0.062
=dobropis =ktery | weight=0.061
=zpetne =opravu | weight=0.061
=bezplatne | weight=0.061
