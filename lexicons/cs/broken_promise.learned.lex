# broken_promise, cs: learned by scripts/learn.py from 2508 tuning texts (132 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Prý se mi ozvou hned, jak budou něco vědět. To bylo před třemi týdny.
+ Ujistili mě, že to do pátku opraví. Je středa dalšího týdne a auto stojí.
+ skodu jsem hlasil uz trikrat. pokazdy pul hodiny v cekaci smycce a pak zase od znova vysvetlovat ze mi soused vytopil koupelnu. jedna pani chtela fotky, druha ze fotky nepotrebujou, treti o tom nemela ani paru. vsichni ze se ozvou do tydne. nikdo se neozval. chci uz konecne svoje penize
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=slibili | weight=0.546
=slibena | weight=0.392
=prislibil | weight=0.374
=nezavolal | weight=0.365
=ujisteni | weight=0.357
=mel =mi | weight=0.337
=ujistili | weight=0.336
=dobropis | weight=0.308
=garantoval | weight=0.298
=ze =mi | weight=0.289
=na =fakture | weight=0.283
=dodani | weight=0.266
=na =ucet | weight=0.259
=slovo | weight=0.249
=dodnes | weight=0.249
=neprijima | weight=0.247
=technik =mel | weight=0.241
=neozval =se | weight=0.238
=mi =nezazvonil | weight=0.229
=nezazvonil | weight=0.229
=nezazvonil =ani | weight=0.229, noneg
=pisemne | weight=0.228
=dodnes =nic | weight=0.228, noneg
=byla =pred | weight=0.225
=se =ukazal | weight=0.222
=ujistili =me | weight=0.216
=v =patku | weight=0.215
=nikdo =neprisel | weight=0.213, noneg
=technik =prijde | weight=0.211
=ktery =mi | weight=0.209
=prestoze =mi | weight=0.208
=zdarma | weight=0.208
=ze =se | weight=0.207
=ze =penize | weight=0.204
=ukazal =jako | weight=0.203
=naslibovala | weight=0.201
=do =tyden | weight=0.196
=potvrdili | weight=0.195
=dil | weight=0.195
=slevu =nikdo | weight=0.193, noneg
=mi =slibili | weight=0.192
=bryle =mel | weight=0.192
=bude =opravena | weight=0.191
=e-shopu =mi | weight=0.186
=ani =jednou | weight=0.179, noneg
=se =zavazal | weight=0.177
=zavazal | weight=0.177
=stredu | weight=0.176
=hotovo | weight=0.176
=zpetne | weight=0.175
=opravena | weight=0.173
=ty =penize | weight=0.172
=slevu | weight=0.171
=me =ze | weight=0.170
=me =vody | weight=0.169
=to =byla | weight=0.166
=nikdo =neobjevila | weight=0.166, noneg
=neproplatila | weight=0.163
=dnesniho | weight=0.163
=bryle | weight=0.161
=penize =se | weight=0.161
=cekal =uz | weight=0.159
=posouva =termin | weight=0.155
=a =nebyl | weight=0.154, noneg
=nikdo =nevedel | weight=0.154, noneg
=posouva | weight=0.152
=rikal =ze | weight=0.151
=zpatky =do | weight=0.151
=ale =nakonec | weight=0.151
=nosi | weight=0.151
=prislibena | weight=0.147
=nikdo =neprisla | weight=0.145, noneg
=utery =v | weight=0.145
=hodiny =rekl | weight=0.145
=od =vcerejska | weight=0.145
=vam =zpatky | weight=0.145
=vcerejska | weight=0.145
=zavolam =vam | weight=0.145
=mi =zavolam | weight=0.144
=nic =se | weight=0.142, noneg
=skodu | weight=0.141
=dvirka =nikdo | weight=0.141, noneg
=mesic =osadi | weight=0.141
=osadi | weight=0.141
=osadi =dvirka | weight=0.141
=pry =do | weight=0.141
=nezarmoutis | weight=0.140
=slibili =nezarmoutis | weight=0.140
=ozval =a | weight=0.140
=pred =tyden | weight=0.140
=trikrat =mi | weight=0.140
=zavazal =k | weight=0.139
=odprisahli | weight=0.138
=odprisahli =ze | weight=0.138
=poslali =zamitnuta | weight=0.138
=skodu =proplatite | weight=0.138
=ze =skodu | weight=0.138
=mi =prislibil | weight=0.137
=uz =mesic | weight=0.135
=mesic =oproti | weight=0.135
=oproti | weight=0.135
=oproti =slibena | weight=0.135
=nikdo | weight=0.134, noneg
=priste =aktualizaci | weight=0.134
=cekal =od | weight=0.134
=ujisteni =ze | weight=0.133
=dvirka | weight=0.132
=dohodli | weight=0.132
=garantoval =ze | weight=0.132
=mi =garantoval | weight=0.132
=ve =stredu | weight=0.131
=ze =dobropis | weight=0.130
=zavolam =zpatky | weight=0.129
=dne =neozval | weight=0.129
=zavolam | weight=0.128
=toho | weight=0.127
=pojistka | weight=0.125
=tom =nikdo | weight=0.124, noneg
=prijde =do | weight=0.124
=nam =pri | weight=0.123
=objednal =a | weight=0.123
=pry =se | weight=0.123
=nebyl | weight=0.121, noneg
=nikdo =nedostal | weight=0.121, noneg
=se =nikdo | weight=0.121, noneg
=tak =kde | weight=0.121
=aktualizaci | weight=0.120
=me =ujistili | weight=0.120
=ujistili =ze | weight=0.120
=mobilu | weight=0.120
=opravu | weight=0.120
=pul =rok | weight=0.119
=rekne =ze | weight=0.119
=do =pet | weight=0.117
=hory | weight=0.117
=hory =doly | weight=0.117
=ze =technik | weight=0.117
=prestoze | weight=0.116
=rekne | weight=0.115
=prej =se | weight=0.115
=a =nic | weight=0.115, noneg
=porad =cekal | weight=0.115
=uzavren | weight=0.114
=a =zavolam | weight=0.114
=a =ted | weight=0.114
=nic =porad | weight=0.114, noneg
=a =dodnes | weight=0.114
=byt =hotove | weight=0.113
=rekl =utery | weight=0.113
=nedostal | weight=0.113
=se =vam | weight=0.113
=makler =tvrdi | weight=0.112
=ze =poslali | weight=0.111
=bezplatne | weight=0.111
=nic | weight=0.111, noneg
=penize =prijde | weight=0.111
=ubehlo | weight=0.111
=dalsi =nakupovat | weight=0.111
=ted =mi | weight=0.111
=odskodneni | weight=0.110
=kde =jste | weight=0.110
=slibili =chyba | weight=0.109
=ale =nic | weight=0.109, noneg
=neozval | weight=0.109
=vymenu | weight=0.108
=doly | weight=0.108
=mi =do | weight=0.107
=zasahu | weight=0.106
=makler | weight=0.106
=mi =makler | weight=0.106
=penize =vratit | weight=0.106
=dopravu =zdarma | weight=0.106
=den =vas | weight=0.105
=dnu | weight=0.105
=po =pul | weight=0.105
=dohodli =jsem | weight=0.104
=nakonec =z | weight=0.104
=nic =nebyl | weight=0.104, noneg
=toho =nic | weight=0.104, noneg
=rok | weight=0.104
=po =pet | weight=0.104
=zpetne =volam | weight=0.103
=a =po | weight=0.102
=hned =jako | weight=0.102
=pojistovny | weight=0.102
=cenu =a | weight=0.102
=mb | weight=0.102
=realne | weight=0.102
=realne =mam | weight=0.102
=dne | weight=0.100
=hodne | weight=0.100
=fakture =za | weight=0.100
=pani =rikal | weight=0.100
=mi =operator | weight=0.100
=mi =uz | weight=0.099
=mi =to | weight=0.099
=poslali =nahradni | weight=0.099
=si =nechal | weight=0.099
=zarezervovat | weight=0.099
=ted | weight=0.099
=no =a | weight=0.099
=vy =jste | weight=0.099
=druhy =dne | weight=0.099
=do =druhyho | weight=0.098
=druhyho | weight=0.098
=druhyho =dne | weight=0.098
=dobu =nic | weight=0.097, noneg
=je =jejich | weight=0.097
=to =pani | weight=0.096
=opravena =do | weight=0.096
=dnech | weight=0.096
=ctyri =tyden | weight=0.096
=po =ctyri | weight=0.096
=tyden =na | weight=0.096
=ucet =porad | weight=0.096
=chyba =opravu | weight=0.095
=mi =poslali | weight=0.095
=mesic =a | weight=0.095
=tvrdi =opakovane | weight=0.095
=pisemne =prislibil | weight=0.095
=slevu =ktery | weight=0.095
=nekomu =jinam | weight=0.095
=podrzi | weight=0.095
=jsem =nikdo | weight=0.094, noneg
=prazdne | weight=0.094
=operator =se | weight=0.093
=to =i | weight=0.093
=zamitnuta | weight=0.093
=nikdo =se | weight=0.093, noneg
=moje =zena | weight=0.092
=prodavac =mi | weight=0.092
=hotove | weight=0.091
=dorazil =az | weight=0.091
=do =druhy | weight=0.091
=operator =prislibil | weight=0.091
=pevna | weight=0.090
=mi =vedouci | weight=0.090
=tri =tyden | weight=0.090
=technik =tvrdi | weight=0.090
=to =podle | weight=0.090
=ukazal | weight=0.088
=z =toho | weight=0.087
=hotove =v | weight=0.087
=vystaven | weight=0.086
=proplatite | weight=0.086
=pet =pracovnich | weight=0.086
=na =dalsi | weight=0.085
=bez =problem | weight=0.084, noneg
=nekomu | weight=0.084
=patku =mi | weight=0.084
=jejich | weight=0.083
=a =slecna | weight=0.083
=prijit =v | weight=0.083
=dodavka =se | weight=0.083
=servisni | weight=0.082
=ozval | weight=0.082
=pokazde =mi | weight=0.082
=vratit =mi | weight=0.081
=ozval =hned | weight=0.081
=uplynula =dva | weight=0.081
=vubec =nic | weight=0.081, noneg
=zavolam =zpet | weight=0.080
=byla =pryc | weight=0.080
=kuchynska | weight=0.080
=kadernice | weight=0.080
=termin =u | weight=0.080
=u =kadernice | weight=0.080
=kryta | weight=0.080
=nic =nedostal | weight=0.080, noneg
=pevna =cenu | weight=0.080
=zdrazili | weight=0.080
=uz =je | weight=0.079
=v =pondeli | weight=0.079
=agent | weight=0.079
=auto | weight=0.079
=o =zadna | weight=0.079, noneg
=cekal =tri | weight=0.079
=mesic =porad | weight=0.078
=po =mesic | weight=0.078
=pracovnich =dnu | weight=0.078
=nekolikrat | weight=0.078
=neobdrzeli | weight=0.078
=uctarna | weight=0.078
=tyden =a | weight=0.077
=a =neozval | weight=0.076
=ze =zase | weight=0.076
=zena | weight=0.076
=termin =dodani | weight=0.075
=slibili =vymenu | weight=0.075
=vas =spolecnost | weight=0.074
=penize =do | weight=0.073
=mi =ozval | weight=0.073
=na =tu | weight=0.073
=cekal =dodnes | weight=0.073
=bezplatne =servisu | weight=0.072
=pisemne =slibili | weight=0.072
=slibili =bezplatne | weight=0.072
=prej =zapojit | weight=0.072
=zapojit =ve | weight=0.072
=vraceni =penize | weight=0.071
=tremi =tyden | weight=0.071
=registrace | weight=0.071
=auto =v | weight=0.070
=bil =v | weight=0.070
=bude =auto | weight=0.070
=mechanik | weight=0.070
=mechanik =se | weight=0.070
=nesahli | weight=0.070
=patku =hotove | weight=0.070
=pres =ze | weight=0.070
=se =bil | weight=0.070
=nakupovat | weight=0.069
=vsichni | weight=0.069
=dostal =jen | weight=0.069
=porad =neni | weight=0.069, noneg
=vody | weight=0.069
=nakonec =jsem | weight=0.069
=nabidli =jako | weight=0.069
=ale =nikdo | weight=0.069, noneg
=byt =na | weight=0.068
=dnu =cekal | weight=0.068
=jako =prazdne | weight=0.068
=prazdne =slovo | weight=0.068
=jsou =v | weight=0.068
=tyden =porad | weight=0.068
=bonus | weight=0.067
=mlci | weight=0.067
=vratit =do | weight=0.067
=slibili =mi | weight=0.067
=mel | weight=0.067
=jste =mi | weight=0.067
=bil | weight=0.067
=novy =technik | weight=0.066
=poslali =novy | weight=0.066
=lezi | weight=0.066
=bude | weight=0.066
=slibili =zpetne | weight=0.066
=stale =nic | weight=0.066, noneg
=jsem =obdrzel | weight=0.066
=pokazde | weight=0.066
=nekdo =slibili | weight=0.065
=nezmenilo | weight=0.065
=to =opravu | weight=0.065
=reklamaci =vyridili | weight=0.065
=nestalo | weight=0.065
=palet | weight=0.065
=palet =a | weight=0.065
=na =jednou | weight=0.064
=nejde =i | weight=0.064
=vyssi =tarif | weight=0.064
=penize =odeslat | weight=0.063
=se =zpozdila | weight=0.063
=zpozdila =o | weight=0.063
=prednostne | weight=0.063
=osetreni | weight=0.063
=v =pres | weight=0.063
=prijde | weight=0.062
=mi =pri | weight=0.062
=urgence | weight=0.062
=dal =za | weight=0.062
=eu | weight=0.062
=nauctovali | weight=0.061
=nahradni =dil | weight=0.061
=jsem =do | weight=0.061
=nahradni | weight=0.061
=na =dopravu | weight=0.060
=telefonicky | weight=0.060
=omluvny | weight=0.060
=omluvny =e-mail | weight=0.060
=mamince =na | weight=0.060
=nikdo =tak | weight=0.060, noneg
=vymenu =vadne | weight=0.060
=nekryje =prestoze | weight=0.059
=plneni =s | weight=0.059
=pojistovny =zamitli | weight=0.059
=zamitli =plneni | weight=0.059
=na =vyssi | weight=0.059
=jste =slibili | weight=0.059
=o =opravu | weight=0.059
=mesic | weight=0.059
=e-shopu | weight=0.059
=mel =jste | weight=0.059
=slibili =slevu | weight=0.058
=umi | weight=0.058
=dnes =je | weight=0.056
=nedoslo | weight=0.056
=zitra | weight=0.056
=podpora =mlci | weight=0.056
=vedet | weight=0.056
=jsem =dostal | weight=0.056
=opravu =a | weight=0.056
=mi =rikal | weight=0.056
=jednou =dne | weight=0.056
=priste | weight=0.055
=ji =do | weight=0.055
=ani =v | weight=0.055, noneg
=uz =trikrat | weight=0.055
=se =vubec | weight=0.055
=obdrzel | weight=0.055
=potvrdili =ze | weight=0.054
