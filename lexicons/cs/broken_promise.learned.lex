# broken_promise, cs: learned by scripts/learn.py from 3948 tuning texts (179 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ slibili jste mi vratit penize do 5 dnu, je to 3 tydny. kde jsou?
+ Ujistili mě, že to do pátku opraví. Je středa dalšího týdne a auto stojí.
+ A to jsem si myslel, že horší než minule to být nemůže. Zase jsem volal, zase nic, zase ozveme se.
- ok dekuju
- super, doporucuju
=slibili | weight=0.530
=ujisteni | weight=0.397
=nezavolal | weight=0.360
=slibeno | weight=0.354
=dobropis | weight=0.350
=mel =mi | weight=0.347
=na =fakturu | weight=0.331
=ujistili | weight=0.330
=neprijima | weight=0.311
=technik =mel | weight=0.305
=dodnes =nic | weight=0.300, noneg
=garantoval | weight=0.293
=prislibil | weight=0.292
=nikdo =neprisel | weight=0.273, noneg
=slovo | weight=0.253
=na =uctu | weight=0.252
=ze =mi | weight=0.248
=do =tyden | weight=0.247
=ukazal =jako | weight=0.244
=to =byla | weight=0.243
=pisemne | weight=0.241
=dodani | weight=0.227
=naslibovala | weight=0.226
=pry =se | weight=0.223
=mi =nezazvonil | weight=0.222
=nezazvonil | weight=0.222
=nezazvonil =ani | weight=0.222, noneg
=technik =prijde | weight=0.218
=ze =se | weight=0.217
=prislibena | weight=0.215
=ujistili =me | weight=0.212
=ze =penize | weight=0.211
=neozval =se | weight=0.208
=v =patku | weight=0.205
=bryle =mel | weight=0.203
=prestoze =mi | weight=0.202
=slevu =nikdo | weight=0.195, noneg
=slevu | weight=0.191
=mel =zavolam | weight=0.189
=neprijima =nikdo | weight=0.189, noneg
=zdarma | weight=0.186
=e-shopu =mi | weight=0.182
=byla =pred | weight=0.176
=posouva =termin | weight=0.175
=se =zavazal | weight=0.175
=zavazal | weight=0.175
=neproplatila | weight=0.174
=bude =opravena | weight=0.174
=zpetne | weight=0.173
=ze =technik | weight=0.173
=zpatky =do | weight=0.172
=byla =prislibena | weight=0.172
=ani =jednou | weight=0.170, noneg
=prijde =zitra | weight=0.169
=potvrdili | weight=0.169
=me =ze | weight=0.169
=odprisahli | weight=0.168
=odprisahli =ze | weight=0.168
=poslali =zamitnuta | weight=0.168
=skodu =proplatite | weight=0.168
=nikdo =neobjevila | weight=0.166, noneg
=cekal =uz | weight=0.165
=ty =penize | weight=0.164
=posouva | weight=0.164
=mi =zavolam | weight=0.162
=neozval | weight=0.162
=dvirka =nikdo | weight=0.161, noneg
=mesic =osadi | weight=0.161
=osadi | weight=0.161
=osadi =dvirka | weight=0.161
=pry =do | weight=0.161
=dil | weight=0.161
=ze =skodu | weight=0.160
=ale =nakonec | weight=0.158
=ozval | weight=0.158
=a =dodnes | weight=0.156
=rikal =ze | weight=0.155
=zavolam =zpatky | weight=0.154
=opravena | weight=0.152
=ujisteni =ze | weight=0.151
=tom =nikdo | weight=0.150, noneg
=do =pet | weight=0.149
=nikdo =neprisla | weight=0.149, noneg
=a =nebyl | weight=0.148, noneg
=utery =v | weight=0.148
=ale =nikdo | weight=0.147, noneg
=nikdo =nedorazil | weight=0.146, noneg
=mi =ty | weight=0.146
=zavazal =k | weight=0.146
=rekne =ze | weight=0.145
=nic =se | weight=0.145, noneg
=dohodli | weight=0.145
=trikrat =mi | weight=0.143
=ted =mi | weight=0.143
=nikdo =nezavolal | weight=0.143, noneg
=ze =dil | weight=0.142
=dnesniho | weight=0.142
=doby =nic | weight=0.141, noneg
=hodiny =rekl | weight=0.141
=od =vcerejska | weight=0.141
=vam =zpatky | weight=0.141
=vcerejska | weight=0.141
=zavolam =vam | weight=0.141
=byt =hotove | weight=0.140
=penize =se | weight=0.140
=nezarmoutis | weight=0.140
=slibili =nezarmoutis | weight=0.140
=mesic =oproti | weight=0.140
=oproti | weight=0.140
=oproti =slibeno | weight=0.140
=nikdo =se | weight=0.137, noneg
=hodne | weight=0.137
=mobilu | weight=0.136
=hotovo | weight=0.136
=stredu | weight=0.135
=pokazde =mi | weight=0.134
=ze =dobropis | weight=0.133
=ktery =mi | weight=0.133
=cekal =od | weight=0.132
=dnu | weight=0.131
=mi =prislibil | weight=0.130
=slibili =chyba | weight=0.130
=makler =tvrdi | weight=0.128
=objednal =a | weight=0.127
=makler | weight=0.124
=mi =makler | weight=0.124
=pred =tyden | weight=0.124
=garantoval =ze | weight=0.123
=mi =garantoval | weight=0.123
=byla =minuly | weight=0.123
=a =nic | weight=0.122, noneg
=penize =vratit | weight=0.122
=nam =pri | weight=0.120
=pevnou | weight=0.119
=odskodneni | weight=0.119
=nikdo =nevolam | weight=0.119, noneg
=prestoze | weight=0.119
=dodnes | weight=0.119
=tvrdi =opakovane | weight=0.119
=chyba =opravu | weight=0.119
=prijde =do | weight=0.118
=pul =rok | weight=0.118
=me =ujistili | weight=0.118
=ujistili =ze | weight=0.118
=hory | weight=0.118
=hory =dolu | weight=0.118
=slevu =ktery | weight=0.117
=prazdne | weight=0.117
=a =ted | weight=0.116
=rekl =utery | weight=0.116
=dohodli =jsem | weight=0.116
=nakonec =z | weight=0.116
=toho =nic | weight=0.116, noneg
=zavolam | weight=0.115
=me =voda | weight=0.115
=dolu | weight=0.114
=dne =neozval | weight=0.113
=pojistka | weight=0.113
=nikdo =nedostal | weight=0.112, noneg
=nezavolal =nikdo | weight=0.112, noneg
=mi =slibili | weight=0.111
=utery =ze | weight=0.111
=se =nikdo | weight=0.110, noneg
=nikdo | weight=0.110, noneg
=horsi =nez | weight=0.110
=volal =zase | weight=0.110
=hotove =v | weight=0.109
=jsem =nikdo | weight=0.109, noneg
=cenu =a | weight=0.108
=horsi | weight=0.108
=hotove | weight=0.107
=priste =aktualizaci | weight=0.106
=slibili =jste | weight=0.106
=den =vas | weight=0.106
=to =poslali | weight=0.106
=ale =nic | weight=0.106, noneg
=patku =mi | weight=0.106
=tyden =a | weight=0.105
=penize =prijde | weight=0.105
=opravena =do | weight=0.105
=pet =pracovnich | weight=0.105
=zase =jsem | weight=0.105
=dnech | weight=0.105
=dopravu =zdarma | weight=0.105
=technik =neprijima | weight=0.104
=ze =poslali | weight=0.103
=jste =mi | weight=0.103
=nic | weight=0.103, noneg
=tak =kde | weight=0.103
=cekal =tri | weight=0.102
=nekolikrat | weight=0.102
=zamitnuta | weight=0.102
=zpetne =volal | weight=0.102
=ozval =a | weight=0.102
=zase =nic | weight=0.102, noneg
=fakturu =za | weight=0.101
=poslali =nahradni | weight=0.101
=nahradni | weight=0.101
=rekne | weight=0.101
=pevnou =cenu | weight=0.100
=vypadek =byla | weight=0.100
=termin =dodani | weight=0.100
=prej =se | weight=0.100
=je =jejich | weight=0.100
=mi =uz | weight=0.100
=nekomu =jiny | weight=0.100
=to =pani | weight=0.100
=z =toho | weight=0.100
=penize =do | weight=0.099
=po =pet | weight=0.099
=nikdo =nevedel | weight=0.099, noneg
=po =pul | weight=0.098
=se =vam | weight=0.098
=vubec =nic | weight=0.098, noneg
=operator =se | weight=0.098
=podrzi | weight=0.098
=ve =stredu | weight=0.098
=myslim =ze | weight=0.097
=zasahu | weight=0.097
=mb | weight=0.096
=realne =mam | weight=0.096
=zdrazili | weight=0.096
=dalsi =nakup | weight=0.096
=nakup | weight=0.095
=slibili =mi | weight=0.095
=no =a | weight=0.095
=agent | weight=0.095
=porad =cekal | weight=0.094
=hned =jako | weight=0.094
=kde =jste | weight=0.094
=slibili =vymenu | weight=0.093
=kadernice =a | weight=0.093
=zarezervovat | weight=0.093
=vas =spolecnost | weight=0.093
=ctyri =tyden | weight=0.093
=po =ctyri | weight=0.093
=uctu =porad | weight=0.093
=nic =nebyl | weight=0.093, noneg
=operator =prislibil | weight=0.092
=bryle | weight=0.092
=prijde | weight=0.092
=a =zavolam | weight=0.092
=uz =je | weight=0.091
=do =druhyho | weight=0.091
=druhyho =dne | weight=0.091
=nic =nedostal | weight=0.091, noneg
=obchodnik | weight=0.090
=si =nechal | weight=0.090
=prislibil =se | weight=0.090
=moje =zena | weight=0.090
=dalsi | weight=0.090
=to =i | weight=0.089
=umi | weight=0.089
=minuly | weight=0.088
=vratit =mi | weight=0.088
=termin =u | weight=0.088
=u =kadernice | weight=0.088
=nic =porad | weight=0.088, noneg
=pracovnich =dnu | weight=0.088
=rok | weight=0.088
=aktualizaci | weight=0.088
=prej =zapojil | weight=0.088
=zapojil =ve | weight=0.088
=servisni | weight=0.088
=uzavren | weight=0.088
=vsichni | weight=0.087
=kadernice | weight=0.087
=pisemne =prislibil | weight=0.087
=to =podle | weight=0.086
=dorazil =az | weight=0.086
=jste =slibili | weight=0.086
=toho | weight=0.086
=vy =mi | weight=0.086
=ze =zase | weight=0.086
=dodavka =se | weight=0.085
=bez =problem | weight=0.085, noneg
=nebyl | weight=0.085, noneg
=ubehlo | weight=0.085
=porad =nic | weight=0.085, noneg
=termin =byla | weight=0.085
=zavolam =zpet | weight=0.085
=vy | weight=0.085
=vratit =do | weight=0.085
=mi =operator | weight=0.085
=slibili =zpetne | weight=0.084
=porad =neni | weight=0.084, noneg
=myslim | weight=0.084
=technik =tvrdi | weight=0.082
=mi =poslali | weight=0.082
=druhyho | weight=0.082
=ja =uz | weight=0.082
=za =vypadek | weight=0.082
=kus | weight=0.082
=bude =do | weight=0.082
=kompenzaci =za | weight=0.082
=mesic =porad | weight=0.082
=kdyz =mi | weight=0.081
=nekdo =slibili | weight=0.081
=mel =jste | weight=0.081
=mi =vas | weight=0.081
=bezplatne =servisu | weight=0.081
=pisemne =slibili | weight=0.081
=slibili =bezplatne | weight=0.081
=tyden =na | weight=0.081
=to =slibili | weight=0.081
=tri =tyden | weight=0.080
=vy =jste | weight=0.080
=pani =rikal | weight=0.080
=na =dalsi | weight=0.080
=proplatite | weight=0.080
=slibili =vraceni | weight=0.079
=bonus | weight=0.079
=uz =fakt | weight=0.079
=druhy =dne | weight=0.078
=realne | weight=0.078
=nic =tak | weight=0.078, noneg
=tam =nebyl | weight=0.078, noneg
=nosem | weight=0.078
=prodavac =mi | weight=0.078
=vystaven | weight=0.077
=nedostal | weight=0.077
=penize =odesla | weight=0.076
=byt =na | weight=0.076
=zena | weight=0.076
=technik | weight=0.076
=byla =pryc | weight=0.076
=si =ji | weight=0.076
=opravu =a | weight=0.075
=jako =prazdne | weight=0.075
=prazdne =slovo | weight=0.075
=ze =bude | weight=0.075
=do =druhy | weight=0.075
=uctarna | weight=0.074
=bil | weight=0.074
=se =ukazal | weight=0.074
=pokazde | weight=0.074
=kecy | weight=0.074
=nekomu | weight=0.074
=mlci | weight=0.073
=se =zpozdila | weight=0.073
=zpozdila =o | weight=0.073
=nekryje =prestoze | weight=0.073
=plneni =s | weight=0.073
=pojistovny =zamitli | weight=0.073
=zamitli =plneni | weight=0.073
=o =zadna | weight=0.073, noneg
=na =jednou | weight=0.072
=tyden =porad | weight=0.072
=vymenu | weight=0.072
=auto =v | weight=0.072
=bil =v | weight=0.072
=bude =auto | weight=0.072
=mechanik =se | weight=0.072
=nesahli | weight=0.072
=patku =hotove | weight=0.072
=pres =ze | weight=0.072
=se =bil | weight=0.072
=opravu | weight=0.071
=nestalo | weight=0.071
=neobdrzel | weight=0.071
=jeste =dnes | weight=0.070
=lezi | weight=0.070
=dnesniho =dne | weight=0.070
=do =dnesniho | weight=0.070
=potvrdili =ze | weight=0.070
=mi =vratit | weight=0.070
=dostal =jen | weight=0.070
=mi =to | weight=0.070
=osetreni | weight=0.070
=a =neozval | weight=0.070
=dosud | weight=0.070
=plneni | weight=0.069
=jejich | weight=0.069
=chyba =bude | weight=0.069
=prijit =ve | weight=0.069
=slibili =do | weight=0.069
=ted =je | weight=0.069
=palet =a | weight=0.068
=podruhe =ze | weight=0.068
=prednostne | weight=0.068
=urgence | weight=0.068
=vymenu =kus | weight=0.068
=jsem =obdrzel | weight=0.068
=zatim =jsem | weight=0.068
=uplynula =dva | weight=0.068
=mechanik | weight=0.067
=vyresil =a | weight=0.067
=mi =rekne | weight=0.067
=jednou =dne | weight=0.067
=ozval =hned | weight=0.067
=v =pres | weight=0.067
=tam =uz | weight=0.066
=mi =chodi | weight=0.066
=uplynula | weight=0.066
=mesic =a | weight=0.065
=dnu =cekal | weight=0.065
=na =vymenu | weight=0.065
=telefonicky | weight=0.065
=omluvny | weight=0.064
=omluvny =e-mail | weight=0.064
