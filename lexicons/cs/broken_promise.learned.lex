# broken_promise, cs: learned by scripts/learn.py from 2812 tuning texts (141 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ujistili mě, že to do pátku opraví. Je středa dalšího týdne a auto stojí.
+ skodu jsem hlasil uz trikrat. pokazdy pul hodiny v cekaci smycce a pak zase od znova vysvetlovat ze mi soused vytopil koupelnu. jedna pani chtela fotky, druha ze fotky nepotrebujou, treti o tom nemela ani paru. vsichni ze se ozvou do tydne. nikdo se neozval. chci uz konecne svoje penize
+ Měla mi zavolat zpátky, nezavolala.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=slibili | weight=0.527
=prislibil | weight=0.371
=slibena | weight=0.368
=nezavolal | weight=0.360
=ujisteni | weight=0.348
=ujistili | weight=0.333
=mel =mi | weight=0.328
=dobropis | weight=0.295
=garantoval | weight=0.293
=na =fakturu | weight=0.292
=neprijima | weight=0.289
=dodani | weight=0.272
=ze =mi | weight=0.267
=slovo | weight=0.262
=nikdo =neprisel | weight=0.258, noneg
=na =ucet | weight=0.238
=dodnes =nic | weight=0.237, noneg
=prislibena | weight=0.234
=to =byla | weight=0.233
=technik =prijde | weight=0.229
=mi =nezazvonil | weight=0.227
=nezazvonil | weight=0.227
=nezazvonil =ani | weight=0.227, noneg
=pry =se | weight=0.223
=neozval =se | weight=0.223
=ktery =mi | weight=0.222
=pisemne | weight=0.220
=mi =slibili | weight=0.220
=dodnes | weight=0.218
=se =ukazal | weight=0.214
=ujistili =me | weight=0.213
=zdarma | weight=0.209
=naslibovala | weight=0.206
=potvrdili | weight=0.206
=ukazal =jako | weight=0.204
=neprijima =nikdo | weight=0.199, noneg
=technik =mel | weight=0.197
=ze =penize | weight=0.197
=slevu =nikdo | weight=0.195, noneg
=bryle =mel | weight=0.195
=byla =prislibena | weight=0.189
=v =patku | weight=0.188
=prestoze =mi | weight=0.187
=byla =pred | weight=0.186
=e-shopu =mi | weight=0.184
=dil | weight=0.183
=hotovo | weight=0.183
=do =tyden | weight=0.180
=prijde =zitra | weight=0.179
=ze =se | weight=0.179
=ani =jednou | weight=0.179, noneg
=zpetne | weight=0.177
=bude =opravena | weight=0.176
=ty =penize | weight=0.173
=se =zavazal | weight=0.172
=zavazal | weight=0.172
=neproplatila | weight=0.171
=a =nebyl | weight=0.168, noneg
=slevu | weight=0.167
=me =ze | weight=0.165
=cekal =uz | weight=0.165
=zpatky =do | weight=0.164
=dnesniho | weight=0.164
=penize =se | weight=0.164
=bryle | weight=0.164
=opravena | weight=0.160
=posouva =termin | weight=0.153
=nikdo =neobjevila | weight=0.153, noneg
=ve =stredu | weight=0.151
=ale =nakonec | weight=0.151
=posouva | weight=0.151
=nikdo =nedorazil | weight=0.146, noneg
=rikal =ze | weight=0.145
=mi =zavolam | weight=0.143
=ze =technik | weight=0.141
=odprisahli | weight=0.141
=odprisahli =ze | weight=0.141
=poslali =zamitnuta | weight=0.141
=skodu =proplatite | weight=0.141
=ze =skodu | weight=0.141
=utery =v | weight=0.141
=skodu | weight=0.141
=zavazal =k | weight=0.141
=hodiny =rekl | weight=0.140
=od =vcerejska | weight=0.140
=vam =zpatky | weight=0.140
=vcerejska | weight=0.140
=zavolam =vam | weight=0.140
=a =nic | weight=0.139, noneg
=nikdo =neprisla | weight=0.139, noneg
=ale =nikdo | weight=0.139, noneg
=nic =se | weight=0.139, noneg
=stredu | weight=0.138
=nezarmoutis | weight=0.138
=slibili =nezarmoutis | weight=0.138
=nikdo =nevedel | weight=0.137, noneg
=pojistka | weight=0.135
=dvirka =nikdo | weight=0.134, noneg
=mesic =osadi | weight=0.134
=osadi | weight=0.134
=osadi =dvirka | weight=0.134
=pry =do | weight=0.134
=zavolam =zpatky | weight=0.133
=dohodli | weight=0.132
=nebyl | weight=0.132, noneg
=trikrat =mi | weight=0.132
=ujisteni =ze | weight=0.131
=mesic =oproti | weight=0.130
=oproti | weight=0.130
=oproti =slibena | weight=0.130
=cekal =od | weight=0.130
=garantoval =ze | weight=0.129
=mi =garantoval | weight=0.129
=nikdo | weight=0.129, noneg
=nikdo =se | weight=0.128, noneg
=opravu | weight=0.128
=do =pet | weight=0.126
=ozval =a | weight=0.126
=uz =mesic | weight=0.126
=zavolam | weight=0.125
=mi =prislibil | weight=0.125
=dvirka | weight=0.125
=me =vody | weight=0.125
=toho | weight=0.124
=nam =pri | weight=0.122
=dobu =nic | weight=0.121, noneg
=mobilu | weight=0.121
=dne =neozval | weight=0.121
=me =ujistili | weight=0.120
=ujistili =ze | weight=0.120
=pred =tyden | weight=0.119
=makler =tvrdi | weight=0.119
=a =dodnes | weight=0.119
=rekne | weight=0.118
=hory | weight=0.117
=hory =doly | weight=0.117
=tom =nikdo | weight=0.117, noneg
=nikdo =nedostal | weight=0.116, noneg
=rekne =ze | weight=0.116
=bezplatne | weight=0.116
=ze =dobropis | weight=0.115
=pul =rok | weight=0.115
=slevu =ktery | weight=0.115
=byt =hotove | weight=0.114
=rekl =utery | weight=0.114
=ale =nic | weight=0.114, noneg
=odskodneni | weight=0.114
=a =ted | weight=0.113
=uzavren | weight=0.113
=makler | weight=0.113
=mi =makler | weight=0.113
=hotove | weight=0.112
=mesic =a | weight=0.112
=prej =se | weight=0.112
=objednal =a | weight=0.112
=neozval | weight=0.112
=ted =mi | weight=0.111
=vy =jste | weight=0.111
=ze =poslali | weight=0.111
=byla =minuly | weight=0.111
=prijde =do | weight=0.110
=rok | weight=0.110
=se =nikdo | weight=0.109, noneg
=nezavolal =nikdo | weight=0.109, noneg
=priste =aktualizaci | weight=0.109
=doly | weight=0.108
=den =vas | weight=0.108
=vymenu | weight=0.107
=mi =do | weight=0.107
=opravena =do | weight=0.107
=no =a | weight=0.106
=zasahu | weight=0.106
=nedostal | weight=0.106
=ubehlo | weight=0.106
=hodne | weight=0.105
=nikdo =nezavolal | weight=0.105, noneg
=penize =vratit | weight=0.104
=tak =kde | weight=0.103
=po =pul | weight=0.103
=mb | weight=0.103
=realne | weight=0.103
=realne =mam | weight=0.103
=tvrdi =opakovane | weight=0.103
=operator =se | weight=0.103
=to =pani | weight=0.102
=dalsi =nakupovat | weight=0.101
=penize =prijde | weight=0.101
=a =zavolam | weight=0.101
=dohodli =jsem | weight=0.101
=nakonec =z | weight=0.101
=nic =nebyl | weight=0.101, noneg
=toho =nic | weight=0.101, noneg
=je =jejich | weight=0.100
=technik =neprijima | weight=0.100
=nic =porad | weight=0.100, noneg
=prestoze | weight=0.099
=slibili =chyba | weight=0.099
=dorazil =az | weight=0.099
=cenu =a | weight=0.099
=to =i | weight=0.099
=nic | weight=0.099, noneg
=ctyri =tyden | weight=0.098
=po =ctyri | weight=0.098
=tyden =na | weight=0.098
=ucet =porad | weight=0.098
=dnu | weight=0.098
=zpetne =volam | weight=0.098
=poslali =nahradni | weight=0.098
=se =vam | weight=0.097
=si =nechali | weight=0.097
=zarezervovat | weight=0.097
=mi =poslali | weight=0.097
=hned =jako | weight=0.097
=porad =cekal | weight=0.097
=pokazde =mi | weight=0.096
=nosi | weight=0.096
=nekomu =jinam | weight=0.096
=podrzi | weight=0.096
=a =po | weight=0.096
=bez =problem | weight=0.095, noneg
=mi =uz | weight=0.095
=prodavac =mi | weight=0.094
=hotove =v | weight=0.093
=ozval | weight=0.093
=moje =zena | weight=0.093
=pisemne =prislibil | weight=0.093
=dopravu =zdarma | weight=0.093
=aktualizaci | weight=0.092
=prazdne | weight=0.092
=po =pet | weight=0.092
=jsem =nikdo | weight=0.092, noneg
=kde =jste | weight=0.091
=pani =rikal | weight=0.091
=za =vypadek | weight=0.091
=to =podle | weight=0.091
=dnech | weight=0.090
=technik =tvrdi | weight=0.090
=do =druhyho | weight=0.090
=druhyho | weight=0.090
=druhyho =dne | weight=0.090
=vubec =nic | weight=0.089, noneg
=druhy =dne | weight=0.089
=mi =vedouci | weight=0.089
=zamitnuta | weight=0.088
=minuly | weight=0.088
=chyba =opravu | weight=0.087
=pevna | weight=0.087
=pet =pracovnich | weight=0.087
=fakturu =za | weight=0.086
=dne | weight=0.086
=servisni | weight=0.085
=vystaven | weight=0.085
=pojistovny | weight=0.085
=prislibil =se | weight=0.085
=kompenzaci =za | weight=0.084
=a =slecna | weight=0.084
=nekomu | weight=0.084
=kadernice | weight=0.084
=termin =u | weight=0.084
=u =kadernice | weight=0.084
=z =toho | weight=0.084
=penize =do | weight=0.083
=na =dalsi | weight=0.083
=vratit =mi | weight=0.083
=kryta | weight=0.083
=nic =nedostal | weight=0.083, noneg
=tyden =a | weight=0.082
=ukazal | weight=0.082
=cekal =tri | weight=0.081
=slibili =vymenu | weight=0.081
=ted | weight=0.080
=tyden =porad | weight=0.080
=byla =pryc | weight=0.080
=neobdrzeli | weight=0.080
=vas =spolecnost | weight=0.080
=uctarna | weight=0.079
=kuchynska | weight=0.079
=mi =to | weight=0.079
=vraceni =penize | weight=0.079
=o =zadna | weight=0.078, noneg
=proplatite | weight=0.078
=ze =zase | weight=0.078
=slibili =vraceni | weight=0.078
=zena | weight=0.078
=mi =ozval | weight=0.078
=jejich | weight=0.078
=dodavka =se | weight=0.077
=patku =mi | weight=0.077
=uz =je | weight=0.077
=operator =prislibil | weight=0.076
=prej =zapojit | weight=0.076
=zapojit =ve | weight=0.076
=mesic | weight=0.076
=mi =operator | weight=0.076
=do =druhy | weight=0.076
=pevna =cenu | weight=0.075
=zdrazili | weight=0.075
=bezplatne =servisu | weight=0.075
=pisemne =slibili | weight=0.075
=slibili =bezplatne | weight=0.075
=nakupovat | weight=0.075
=byt =na | weight=0.075
=mi =rikal | weight=0.075
=zavolam =zpet | weight=0.074
=auto | weight=0.074
=slibili =zpetne | weight=0.073
=porad =neni | weight=0.072, noneg
=termin =dodani | weight=0.072
=bil | weight=0.072
=auto =v | weight=0.071
=bil =v | weight=0.071
=bude =auto | weight=0.071
=mechanik | weight=0.071
=mechanik =se | weight=0.071
=nesahli | weight=0.071
=patku =hotove | weight=0.071
=pres =ze | weight=0.071
=se =bil | weight=0.071
=to =opravu | weight=0.071
=penize =odeslat | weight=0.071
=mlci | weight=0.071
=bude | weight=0.070
=ozval =hned | weight=0.069
=opravu =a | weight=0.069
=nestalo | weight=0.069
=minuly =tyden | weight=0.068
=a =neozval | weight=0.068
=lezi | weight=0.068
=agent | weight=0.068
=telefonicky | weight=0.068
=na =tu | weight=0.068
=vyssi =tarif | weight=0.068
=prednostne | weight=0.067
=jsem =obdrzel | weight=0.067
=na =jednou | weight=0.067
=jste =slibili | weight=0.067
=v =pres | weight=0.066
=cekal =dodnes | weight=0.066
=jste =mi | weight=0.066
=palet | weight=0.066
=palet =a | weight=0.066
=mesic =porad | weight=0.066
=po =mesic | weight=0.066
=nauctovali | weight=0.066
=slibili =mi | weight=0.065
=uplynula =dva | weight=0.065
=dostal =jen | weight=0.065
=v =pondeli | weight=0.065
=urgence | weight=0.065
=vsichni | weight=0.065
=novy =technik | weight=0.065
=poslali =novy | weight=0.065
=od =te | weight=0.065
=te =dobu | weight=0.065
=slibili =jste | weight=0.065
=pracovnich =dnu | weight=0.064
=se =vubec | weight=0.064
=vratit =do | weight=0.064
=umi | weight=0.064
=osetreni | weight=0.064
=jsou =v | weight=0.064
=nejde =i | weight=0.064
=nezmenilo | weight=0.064
=nekryje =prestoze | weight=0.063
=plneni =s | weight=0.063
=pojistovny =zamitli | weight=0.063
=zamitli =plneni | weight=0.063
=prijit =ve | weight=0.063
=mel =jste | weight=0.063
=bonus | weight=0.063
=nabidli =jako | weight=0.063
=sms | weight=0.063
=registrace | weight=0.063
=nekdo =slibili | weight=0.063
=na =vyssi | weight=0.063
=nahradni =kus | weight=0.062
=pokazde | weight=0.062
=mi =prisel | weight=0.062
=e-shopu | weight=0.061
=se =zpozdila | weight=0.061
=zpozdila =o | weight=0.061
=nakonec =jsem | weight=0.061
=jednou =dne | weight=0.061
=prijde | weight=0.061
=jako =prazdne | weight=0.061
=prazdne =slovo | weight=0.061
=kdyz =mi | weight=0.061
=vymenu =vadne | weight=0.061
=uplynula | weight=0.060
=obdrzel | weight=0.060
=prechod | weight=0.059
=omluvny | weight=0.059
=omluvny =e-mail | weight=0.059
=dal =za | weight=0.059
=eu | weight=0.058
=na =dopravu | weight=0.058
=nahradni =dil | weight=0.058
=dnu =cekal | weight=0.058
=se =nakonec | weight=0.058
=stale =nic | weight=0.057, noneg
