# broken_promise, cs: learned by scripts/learn.py from 3092 tuning texts (155 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ujistili mě, že to do pátku opraví. Je středa dalšího týdne a auto stojí.
+ Internet mi nejde už třetí týden. Technik měl přijet v pondělí, pak ve středu, pak v pátek a nepřijel ani jednou. Operátor mi každý den tvrdí, že je to „v řešení“.
+ Zákaznice uvádí, že kvůli chybnému vyúčtování volala na zákaznickou linku dodavatele elektřiny už počtvrté a pokaždé jí slíbili, že se to opraví. Doplatek 6 400 Kč jí ale dál strhávají z účtu.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=slibili | weight=0.554
=slibena | weight=0.409
=nezavolal | weight=0.363
=prislibil | weight=0.352
=ujisteni | weight=0.351
=mel =mi | weight=0.342
=ujistili | weight=0.338
=na =fakturu | weight=0.329
=dobropis | weight=0.327
=garantoval | weight=0.289
=neprijima | weight=0.276
=dodani | weight=0.273
=nikdo =neprisel | weight=0.261, noneg
=slovo | weight=0.258
=dodnes =nic | weight=0.253, noneg
=na =ucet | weight=0.247
=to =byla | weight=0.243
=ze =mi | weight=0.238
=neozval =se | weight=0.232
=pisemne | weight=0.231
=prislibena | weight=0.229
=mi =nezazvonil | weight=0.228
=nezazvonil | weight=0.228
=nezazvonil =ani | weight=0.228, noneg
=mi =slibili | weight=0.225
=pry =se | weight=0.224
=technik =prijde | weight=0.223
=ujistili =me | weight=0.221
=potvrdili | weight=0.220
=ktery =mi | weight=0.219
=dodnes | weight=0.217
=se =ukazal | weight=0.217
=v =patku | weight=0.209
=technik =mel | weight=0.201
=zdarma | weight=0.201
=neprijima =nikdo | weight=0.200, noneg
=naslibovala | weight=0.199
=ze =se | weight=0.196
=ukazal =jako | weight=0.195
=prestoze =mi | weight=0.193
=byla =pred | weight=0.192
=dil | weight=0.189
=do =tyden | weight=0.189
=e-shopu =mi | weight=0.187
=bryle =mel | weight=0.185
=ze =penize | weight=0.184
=byla =prislibena | weight=0.183
=prijde =zitra | weight=0.182
=slevu | weight=0.180
=bude =opravena | weight=0.179
=slevu =nikdo | weight=0.176, noneg
=a =nic | weight=0.175, noneg
=ani =jednou | weight=0.174, noneg
=ty =penize | weight=0.174
=ve =stredu | weight=0.170
=se =zavazal | weight=0.168
=zavazal | weight=0.168
=neproplatila | weight=0.165
=mi =zavolam | weight=0.164
=me =ze | weight=0.163
=cekal =uz | weight=0.160
=opravena | weight=0.160
=bryle | weight=0.159
=a =nebyl | weight=0.157, noneg
=nikdo =neobjevila | weight=0.156, noneg
=posouva =termin | weight=0.154
=stredu | weight=0.154
=zpetne | weight=0.153
=ale =nakonec | weight=0.153
=zpatky =do | weight=0.153
=posouva | weight=0.152
=rikal =ze | weight=0.151
=ze =technik | weight=0.149
=zavolam =zpatky | weight=0.148
=odprisahli | weight=0.145
=odprisahli =ze | weight=0.145
=poslali =zamitnuta | weight=0.145
=skodu =proplatite | weight=0.145
=nic =se | weight=0.143, noneg
=nikdo =nedorazil | weight=0.141, noneg
=zavolam | weight=0.141
=penize =se | weight=0.140
=nikdo =se | weight=0.140, noneg
=dvirka =nikdo | weight=0.139, noneg
=mesic =osadi | weight=0.139
=osadi | weight=0.139
=osadi =dvirka | weight=0.139
=pry =do | weight=0.139
=nikdo =nezavolal | weight=0.139, noneg
=hodiny =rekl | weight=0.139
=od =vcerejska | weight=0.139
=vam =zpatky | weight=0.139
=vcerejska | weight=0.139
=zavolam =vam | weight=0.139
=nezarmoutis | weight=0.139
=slibili =nezarmoutis | weight=0.139
=ujisteni =ze | weight=0.138
=dohodli | weight=0.138
=zavazal =k | weight=0.138
=nikdo =neprisla | weight=0.138, noneg
=pojistka | weight=0.136
=nikdo =nevedel | weight=0.136, noneg
=trikrat =mi | weight=0.134
=dvirka | weight=0.134
=ze =skodu | weight=0.134
=do =pet | weight=0.132
=utery =v | weight=0.132
=a =dodnes | weight=0.131
=ale =nikdo | weight=0.131, noneg
=pred =tyden | weight=0.130
=tom =nikdo | weight=0.129, noneg
=cekal =od | weight=0.128
=toho | weight=0.127
=pul =rok | weight=0.127
=dnesniho | weight=0.127
=ze =dobropis | weight=0.127
=ozval | weight=0.125
=mesic =oproti | weight=0.125
=oproti | weight=0.125
=oproti =slibena | weight=0.125
=hotovo | weight=0.124
=za =vypadek | weight=0.124
=opravu | weight=0.123
=uz =mesic | weight=0.123
=byt =hotove | weight=0.123
=nikdo | weight=0.122, noneg
=den =vas | weight=0.122
=ozval =a | weight=0.121
=ale =nic | weight=0.121, noneg
=mobilu | weight=0.121
=garantoval =ze | weight=0.120
=mi =garantoval | weight=0.120
=bezplatne | weight=0.120
=odskodneni | weight=0.120
=dne =neozval | weight=0.119
=makler =tvrdi | weight=0.119
=me =ujistili | weight=0.117
=ujistili =ze | weight=0.117
=mesic =a | weight=0.117
=byla =minuly | weight=0.117
=nam =pri | weight=0.117
=mi =prislibil | weight=0.117
=nebyl | weight=0.116, noneg
=hory | weight=0.116
=hory =doly | weight=0.116
=se =nikdo | weight=0.115, noneg
=rekne =ze | weight=0.115
=opravena =do | weight=0.114
=me =vody | weight=0.113
=hodne | weight=0.113
=slibili =chyba | weight=0.113
=makler | weight=0.113
=mi =makler | weight=0.113
=po =pul | weight=0.112
=penize =vratit | weight=0.112
=ze =poslali | weight=0.112
=rekne | weight=0.112
=no =a | weight=0.111
=doly | weight=0.110
=cenu =a | weight=0.110
=patku =mi | weight=0.110
=nic =porad | weight=0.109, noneg
=prazdne | weight=0.109
=mi =poslali | weight=0.109
=dobu =nic | weight=0.109, noneg
=tak =kde | weight=0.109
=hotove | weight=0.109
=skodu | weight=0.108
=porad =cekal | weight=0.108
=ted =mi | weight=0.108
=slevu =ktery | weight=0.107
=tvrdi =opakovane | weight=0.107
=nezavolal =nikdo | weight=0.107, noneg
=objednal =a | weight=0.107
=dohodli =jsem | weight=0.107
=nakonec =z | weight=0.107
=toho =nic | weight=0.107, noneg
=nikdo =nedostal | weight=0.106, noneg
=priste =aktualizaci | weight=0.106
=mb | weight=0.105
=realne =mam | weight=0.105
=ubehlo | weight=0.105
=se =vam | weight=0.105
=vymenu | weight=0.104
=a =ted | weight=0.104
=rekl =utery | weight=0.104
=prej =se | weight=0.104
=pevna | weight=0.103
=nic | weight=0.102, noneg
=prijde =do | weight=0.102
=dalsi =nakup | weight=0.102
=vy =jste | weight=0.101
=ctyri =tyden | weight=0.101
=po =ctyri | weight=0.101
=tyden =na | weight=0.101
=ucet =porad | weight=0.101
=je =jejich | weight=0.101
=vubec =nic | weight=0.100, noneg
=dnu | weight=0.100
=kde =jste | weight=0.100
=utery =ze | weight=0.100
=zpetne =volam | weight=0.100
=ted | weight=0.099
=pet =pracovnich | weight=0.099
=zarezervovat | weight=0.099
=rok | weight=0.099
=technik =neprijima | weight=0.099
=poslali =nahradni | weight=0.098
=pani =rikal | weight=0.098
=a =zavolam | weight=0.098
=chyba =opravu | weight=0.097
=si =nechal | weight=0.097
=dorazil =az | weight=0.097
=neprisla | weight=0.097
=ukazal | weight=0.097
=hned =jako | weight=0.097
=hotove =v | weight=0.097
=nekomu =jinam | weight=0.096
=to =i | weight=0.096
=nahradni | weight=0.096
=dopravu =zdarma | weight=0.096
=to =pani | weight=0.095
=moje =zena | weight=0.095
=zasahu | weight=0.095
=penize =prijde | weight=0.094
=pokazde =mi | weight=0.094
=a =po | weight=0.094
=jsem =nikdo | weight=0.093, noneg
=prestoze | weight=0.093
=podrzi | weight=0.093
=zavolam =zpet | weight=0.092
=bez =problem | weight=0.092, noneg
=nedostal | weight=0.091
=do =druhyho | weight=0.091
=druhyho | weight=0.091
=druhyho =dne | weight=0.091
=uzavren | weight=0.091
=neozval | weight=0.090
=kompenzaci =za | weight=0.090
=mi =vedouci | weight=0.090
=nosi | weight=0.090
=proplatite | weight=0.089
=pisemne =prislibil | weight=0.089
=pevna =cenu | weight=0.089
=prodavac =mi | weight=0.088
=a =slecna | weight=0.088
=kryta | weight=0.087
=nic =nedostal | weight=0.087, noneg
=to =opravu | weight=0.087
=aktualizaci | weight=0.086
=kadernice | weight=0.086
=termin =u | weight=0.086
=u =kadernice | weight=0.086
=penize =do | weight=0.086
=vas =spolecnost | weight=0.085
=mi =uz | weight=0.085
=vratit =mi | weight=0.085
=tyden =a | weight=0.085
=mechanik | weight=0.085
=po =pet | weight=0.085
=operator =se | weight=0.084
=druhy =dne | weight=0.084
=technik =tvrdi | weight=0.084
=slibili =vraceni | weight=0.084
=tri =tyden | weight=0.084
=termin =dodani | weight=0.083
=byla =pryc | weight=0.083
=zena | weight=0.082
=cekal =tri | weight=0.082
=na =dalsi | weight=0.081
=dnech | weight=0.080
=zdrazili | weight=0.080
=dne | weight=0.080
=ze =zase | weight=0.080
=do =druhy | weight=0.080
=zamitnuta | weight=0.079
=jejich | weight=0.079
=operator =prislibil | weight=0.079
=mi =to | weight=0.078
=uz =je | weight=0.078
=si =ji | weight=0.078
=uplynula =dva | weight=0.078
=bonus | weight=0.078
=minuly =tyden | weight=0.078
=bil | weight=0.078
=to =podle | weight=0.077
=bezplatne =servisu | weight=0.077
=pisemne =slibili | weight=0.077
=slibili =bezplatne | weight=0.077
=dodavka =se | weight=0.076
=slibili =mi | weight=0.076
=porad =neni | weight=0.076, noneg
=mesic | weight=0.076
=slibili =vymenu | weight=0.076
=z =toho | weight=0.075
=kuchynska | weight=0.075
=servisni | weight=0.075
=prislibil =se | weight=0.074
=realne | weight=0.074
=porad =nic | weight=0.074, noneg
=cekal =dodnes | weight=0.073
=od =te | weight=0.073
=fakturu =za | weight=0.073
=nic =nebyl | weight=0.073, noneg
=vystaven | weight=0.072
=auto =v | weight=0.072
=bil =v | weight=0.072
=bude =auto | weight=0.072
=mechanik =se | weight=0.072
=nesahli | weight=0.072
=patku =hotove | weight=0.072
=pres =ze | weight=0.072
=se =bil | weight=0.072
=vyssi =tarif | weight=0.071
=slibili =zpetne | weight=0.071
=prednostne | weight=0.071
=nahradni =dil | weight=0.071
=pracovnich =dnu | weight=0.071
=pokazde | weight=0.070
=lezi | weight=0.070
=prijit =ve | weight=0.070
=nestalo | weight=0.070
=agent | weight=0.070
=penize =odesla | weight=0.069
=pojistovny | weight=0.069
=kdyz =mi | weight=0.069
=mesic =porad | weight=0.069
=po =mesic | weight=0.069
=mi =vraceni | weight=0.069
=prej =zapojit | weight=0.069
=zapojit =ve | weight=0.069
=byt =na | weight=0.069
=vsichni | weight=0.069
=mlci | weight=0.068
=minuly | weight=0.068
=jako =prazdne | weight=0.068
=prazdne =slovo | weight=0.068
=neobdrzeli | weight=0.068
=na =tu | weight=0.068
=tyden =porad | weight=0.068
=nabidli =jako | weight=0.068
=jsem =obdrzel | weight=0.068
=mi =do | weight=0.068
=registrace | weight=0.068
=prijit =v | weight=0.067
=uctarna | weight=0.067
=urcite | weight=0.067
=nekomu | weight=0.066
=ozval =hned | weight=0.066
=umi | weight=0.066
=na =vyssi | weight=0.066
=a =neozval | weight=0.066
=palet | weight=0.065
=palet =a | weight=0.065
=te =dobu | weight=0.065
=na =dopravu | weight=0.065
=nezmenilo | weight=0.065
=opravu =a | weight=0.065
=dostal =jen | weight=0.065
=nejde =i | weight=0.065
=jsou =v | weight=0.064
=na =jednou | weight=0.064
=urgence | weight=0.064
=nikdo =tak | weight=0.064, noneg
=v =pres | weight=0.063
=nakonec =jsem | weight=0.063
=nakup | weight=0.063
=poslali =novy | weight=0.063
=osetreni | weight=0.063
=nekryje =prestoze | weight=0.063
=plneni =s | weight=0.063
=pojistovny =zamitli | weight=0.063
=zamitli =plneni | weight=0.063
=uplynula | weight=0.063
=se =vubec | weight=0.062
=v =cenu | weight=0.062
=zpetne =opravu | weight=0.062
=jste =slibili | weight=0.062
=vratit =do | weight=0.062
=doted | weight=0.062
=vymenu =vadne | weight=0.061
=mi =vas | weight=0.061
=potvrdili =ze | weight=0.061
=nahradni =kus | weight=0.061
=mel =jste | weight=0.060
=e-shopu | weight=0.060
=omluvny | weight=0.060
=omluvny =e-mail | weight=0.060
=jednou =dne | weight=0.060
=se =zpozdila | weight=0.060
=zpozdila =o | weight=0.060
=obdrzel | weight=0.060
=bude | weight=0.060
=novy =technik | weight=0.060
=o =zadna | weight=0.060, noneg
=mi =rikal | weight=0.060
=sem =uz | weight=0.059
=slibili =jste | weight=0.059
=mi =nabidli | weight=0.059
=dopravu | weight=0.058
