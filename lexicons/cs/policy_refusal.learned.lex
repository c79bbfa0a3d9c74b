# policy_refusal, cs: learned by scripts/learn.py from 2508 tuning texts (227 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Podmínky nám to prý nedovolujou.
+ vic pro me udelat nemuzou, rekl operator
+ zalohu prej nevraci, to je jejich zasada
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=predpisy | weight=0.531
=neumoznuje | weight=0.472
=pravidla | weight=0.445
=nelze | weight=0.444
=nevraci | weight=0.432
=nedovoli | weight=0.392
=pry | weight=0.382
=slevu | weight=0.354
=nevztahuje | weight=0.352
=zaruka | weight=0.347
=podminky | weight=0.333
=to =nemam | weight=0.332, noneg
=krabici | weight=0.325
=ji =to | weight=0.322
=poukazku | weight=0.320
=nepovolili | weight=0.318
=vic | weight=0.317
=duvodu | weight=0.308
=nevratite | weight=0.301
=nesmim | weight=0.293
=rekl =pani | weight=0.290
=nebavi | weight=0.285
=neplati | weight=0.283
=neexistuje =zadna | weight=0.281, noneg
=jen =poukazku | weight=0.279
=nemuze =vam | weight=0.274
=politika | weight=0.274
=smulu | weight=0.272
=vzit | weight=0.265
=pripad | weight=0.261
=kdyz =mam | weight=0.259
=neuznali | weight=0.258
=nemam =narok | weight=0.252, noneg
=reklamaci =zamitli | weight=0.249
=nemuze | weight=0.248
=bohuzel | weight=0.248
=bez | weight=0.246, noneg
=schovava | weight=0.244
=uplynula | weight=0.244
=neni =duvodu | weight=0.243, noneg
=zavada =neni | weight=0.243, noneg
=zmenit | weight=0.242
=mi =neuznali | weight=0.241
=mi =odmitli | weight=0.238
=odpustit | weight=0.238
=nam =nepovolili | weight=0.237
=neexistuje | weight=0.235
=nebere | weight=0.234
=zamitnuta | weight=0.234
=zamitli | weight=0.233
=v =zaruka | weight=0.232
=rozbalene =zbozi | weight=0.231
=nekryje | weight=0.231
=mi =nevratite | weight=0.229
=ale =ma | weight=0.228
=vratku | weight=0.226
=dobropis =penize | weight=0.226
=mi =nabidnout | weight=0.226
=nabidnout | weight=0.226
=pry =nemuze | weight=0.225
=rozbalene | weight=0.224
=nic =dela | weight=0.222, noneg
=zbozi =neprijimaji | weight=0.220
=nesmi | weight=0.220
=kdyby =to | weight=0.218, noneg
=protoze =to | weight=0.217
=to =nejde | weight=0.215
=e-shopu =v | weight=0.214
=nedorovnavaji | weight=0.214
=prodejne =nedorovnavaji | weight=0.214
=neprijima | weight=0.213
=bankovni | weight=0.207
=neodborne | weight=0.206
=skoncila | weight=0.205
=predpisy =a | weight=0.205
=jsou =predpisy | weight=0.204
=tarif =zmenit | weight=0.204
=to =system | weight=0.203
=garanci =vraceni | weight=0.203
=je =ji | weight=0.199
=nevymeni | weight=0.198
=nechteli =udelat | weight=0.198
=to =zakazalo | weight=0.198
=zakazalo | weight=0.198
=bez =doporuceny | weight=0.195, noneg
=neobjednal | weight=0.195
=kocarek | weight=0.194
=ani =kdyz | weight=0.194, noneg
=garanci | weight=0.192
=s =odkaz | weight=0.191
=vstupenky | weight=0.191
=lito | weight=0.189
=a =vyjimku | weight=0.189
=vymenu | weight=0.188
=kriterii | weight=0.188
=jinak =to | weight=0.187
=neprijima =muj | weight=0.187
=zmenit =termin | weight=0.185
=lek | weight=0.184
=tarif =pry | weight=0.184
=narizeni | weight=0.184
=musim =schvalit | weight=0.183
=schvalit =vedouci | weight=0.183
=odmitli =s | weight=0.182
=firemni | weight=0.182
=pry =nemam | weight=0.182, noneg
=vystavit | weight=0.182
=pry =na | weight=0.181
=vam =to | weight=0.181
=pry =plati | weight=0.180
=se =nevraci | weight=0.180
=nic =neudela | weight=0.180, noneg
=nemuze =nic | weight=0.179, noneg
=maximum | weight=0.179
=nic =nenadelaji | weight=0.179, noneg
=vzit =zpatky | weight=0.178
=zbozi =z | weight=0.177
=mi =balik | weight=0.177
=akcni | weight=0.177
=slevu =za | weight=0.176
=akcni =cenu | weight=0.174
=storno =podminky | weight=0.173
=nastavene | weight=0.173
=najednou | weight=0.173
=podminky =na | weight=0.172
=nic =s | weight=0.172, noneg
=s =tim | weight=0.172
=vyplnena | weight=0.171
=postup | weight=0.171
=poplatek =mi | weight=0.169
=pouze | weight=0.169
=to =lito | weight=0.168
=to =firemni | weight=0.168
=vraceni =je | weight=0.167
=dobropis | weight=0.167
=takze =se | weight=0.166
=cenu =z | weight=0.166
=uctenky | weight=0.164
=pravidla =a | weight=0.163
=vic =pro | weight=0.162
=vyprodeje | weight=0.161
=zruseny =koncert | weight=0.161
=zlevnene | weight=0.161
=prej | weight=0.160
=tak =to | weight=0.158
=storno | weight=0.158
=neprijimaji | weight=0.158
=zaruka =nevztahuje | weight=0.158
=jen =do | weight=0.157
=pokyny | weight=0.157
=vsem | weight=0.157
=je =uz | weight=0.156
=nemuze =rekl | weight=0.155
=na =to | weight=0.155
=z =e-shopu | weight=0.154
=nevzali | weight=0.154
=se =se | weight=0.154
=zadna =moznost | weight=0.154, noneg
=v =podminky | weight=0.153
=nenecham =me | weight=0.153
=prodavacka =se | weight=0.153
=by =radu | weight=0.152
=zvysila | weight=0.151
=vypis | weight=0.151
=vypis =z | weight=0.151
=z =kartu | weight=0.151
=nedostal =protoze | weight=0.150
=v =pripad | weight=0.150
=pry =neda | weight=0.148
=takovy | weight=0.148
=to =jejich | weight=0.147
=od =smlouvy | weight=0.147
=pravidel | weight=0.146
=a =prodavacka | weight=0.146
=je =jejich | weight=0.146
=nejde | weight=0.145
=nepripousteji | weight=0.145
=ma =svazany | weight=0.145
=on =by | weight=0.145
=svazany | weight=0.145
=svazany =rukou | weight=0.145
=vyzkouset | weight=0.143
=pani =se | weight=0.142
=neumim =je | weight=0.142
=to =nastavene | weight=0.142
=tim =nic | weight=0.142, noneg
=system =nedovoli | weight=0.142
=vydat | weight=0.141
=takze =nic | weight=0.141, noneg
=narok =nemam | weight=0.140, noneg
=barve | weight=0.140
=vyhovet | weight=0.140
=penize =jen | weight=0.139
=nad | weight=0.139
=kryta | weight=0.138
=vratit =to | weight=0.138
=zamkne | weight=0.138
=zamkne =a | weight=0.138
=dispecer =rekl | weight=0.137
=zaruka =kvuli | weight=0.136
=to =pry | weight=0.136
=takovy =je | weight=0.136
=letenku | weight=0.135
=nenecham | weight=0.135
=maji =nejaky | weight=0.134
=nejaky =narizeni | weight=0.134
=nejde =ze | weight=0.134
=ze =maji | weight=0.134
=neprijima =protoze | weight=0.134
=nevratna | weight=0.133
=nam =nebyl | weight=0.133, noneg
=ja =a | weight=0.132
=vedeni | weight=0.132
=takze | weight=0.132
=to =neplati | weight=0.132
=hodiny =od | weight=0.132
=lze =uplatnit | weight=0.132
=od =doruceni | weight=0.132
=uplatnit =jen | weight=0.132
=prodejne =kde | weight=0.131
=kvuli =ochrane | weight=0.131
=ochrane | weight=0.131
=ochrane =osobne | weight=0.131
=osobne =udaje | weight=0.131
=udaje =se | weight=0.131
=pry =vraci | weight=0.131
=system =ji | weight=0.130
=centralne | weight=0.128
=nastavene =centralne | weight=0.128
=plati =jen | weight=0.128
=reklamaci | weight=0.128
=dispecer | weight=0.127
=vyjimku =neda | weight=0.127
=uzavren | weight=0.127
=to =koupil | weight=0.126
=odmitli =to | weight=0.126
=bezpecnostni | weight=0.126
=se =u | weight=0.125
=korun | weight=0.125
=vstup | weight=0.124
=fakture =na | weight=0.123
=na =firma | weight=0.123
=tak =jsou | weight=0.123
=jste =mi | weight=0.122
=nespada | weight=0.122
=nespada =podam | weight=0.122
=to =nespada | weight=0.122
=pry =nejde | weight=0.122
=nebyl =v | weight=0.121, noneg
=odstoupeni | weight=0.121
=tecka | weight=0.121
=na =obchodni | weight=0.121
=koncert | weight=0.121
=protoze =krabici | weight=0.121
=po =lhuta | weight=0.120
=ctrnact =dni | weight=0.120
=uplynula =ctrnact | weight=0.120
=ze =nemuze | weight=0.120
=kde =jsem | weight=0.120
=ze =bez | weight=0.120, noneg
=neprovadi | weight=0.119
=mi =neprijima | weight=0.119
=obal =byla | weight=0.119
=protoze =obal | weight=0.119
=vratku =mi | weight=0.119
=nejde =ani | weight=0.119, noneg
=predpisy =jsou | weight=0.119
=internet =predpisy | weight=0.118
=zalohu | weight=0.118
=platne | weight=0.118
=prijmout | weight=0.118
=vozidlo | weight=0.117
=nepokryva | weight=0.117
=duvodu =internet | weight=0.117
=internet =kriterii | weight=0.117
=zamitnuta =z | weight=0.117
=oni =nic | weight=0.117, noneg
=schvalit | weight=0.116
=prominte | weight=0.116
=v =prodejne | weight=0.116
=to =neumim | weight=0.116
=zaruka =mi | weight=0.116
=oznamila | weight=0.116
=ani =korun | weight=0.116, noneg
=nepomohlo | weight=0.115
=zaruka =nekryje | weight=0.115
=to =po | weight=0.114
=byla =zamitnuta | weight=0.114
=vymenu =to | weight=0.114
=protoze =uz | weight=0.114
=nesplnuje | weight=0.114
=firemni =politika | weight=0.114
=to =neumoznuje | weight=0.113
=se =v | weight=0.113
=to =podle | weight=0.113
=ze =zavada | weight=0.113
=kauce =za | weight=0.112
=odstoupeni =od | weight=0.111
=pry =neexistuje | weight=0.111
=oznamila =ze | weight=0.111
=stale =hodiny | weight=0.111
=ze =nam | weight=0.111
=prevest | weight=0.111
=a =hotovo | weight=0.111
=mi =jen | weight=0.110
=vyprodeje =zbozi | weight=0.110
=pojistka =nekryje | weight=0.110
=protoze =byla | weight=0.110
=kompresor | weight=0.110
=pomoct | weight=0.110
=stoji | weight=0.109
=uplatnit | weight=0.109
=neruci | weight=0.109
=zbozi =ze | weight=0.109
=ze =slevu | weight=0.109
=smernice | weight=0.109
=bez =doklad | weight=0.109, noneg
=poskodil | weight=0.109
=obal | weight=0.109
=slevu =se | weight=0.108
=jejich =pravidla | weight=0.108
=odmitli | weight=0.108
=mam =smulu | weight=0.107
=mi =nahradu | weight=0.107
=tisic | weight=0.107
=takze =mi | weight=0.107
=poskozeni | weight=0.107
=zbozi | weight=0.106
=neprobehl | weight=0.106
=pojistka | weight=0.106
=jim =to | weight=0.106
=protoze =smlouvy | weight=0.105
=moje =zadost | weight=0.105
=oni =pry | weight=0.105
=pry =reklamaci | weight=0.105
=reklamaci =nevyrizuji | weight=0.105
=dle | weight=0.105
=to =udelat | weight=0.104
=narok | weight=0.104
=ze =podle | weight=0.104
=letecke | weight=0.104
=lekarka | weight=0.103
=lekarka =me | weight=0.103
=pry =uplynula | weight=0.103
=udaje | weight=0.102
=se =vam | weight=0.102
=ma =pokyny | weight=0.101
=tak =ma | weight=0.101
=nejde =protoze | weight=0.101
=mohu | weight=0.101
=to =proto | weight=0.100
=splatnosti | weight=0.100
=akce | weight=0.100
=darek | weight=0.100
=vubec =neni | weight=0.100, noneg
=system =neumoznuje | weight=0.100
=ctrnact | weight=0.100
=uz =uplynula | weight=0.099
=udelat =nemuze | weight=0.099
=uctenky =vybledla | weight=0.099
=vybledla | weight=0.099
=ani =na | weight=0.099, noneg
=ona =s | weight=0.098
=mu =to | weight=0.098
=nelibi | weight=0.098
=to =nelibi | weight=0.098
=na =manzelku | weight=0.098
=pry =udelat | weight=0.097
=reklamaci =byla | weight=0.097
=to =nedovoli | weight=0.097
=driv | weight=0.096
=plnou | weight=0.096
=na =aplikace | weight=0.096
=za =vyrobce | weight=0.096
=darek =kartu | weight=0.095
=mi =s | weight=0.095
=ze =dle | weight=0.095
=ve =slevu | weight=0.095
=neda | weight=0.095
=podle =pravidel | weight=0.094
=rozhodnuti | weight=0.094
=nic =udelat | weight=0.094, noneg
=nemam =originalni | weight=0.093, noneg
=duvodu =mi | weight=0.093
=to =stoji | weight=0.093
=neda =souhlas | weight=0.093
=dva =rok | weight=0.093
=rok =a | weight=0.093
=bez =uctenky | weight=0.093, noneg
=lze | weight=0.092
=vyjimku | weight=0.092
=me =pry | weight=0.092
=ze =reklamaci | weight=0.092
=mam =vypis | weight=0.092
=manzelku | weight=0.092
=mi =nechteli | weight=0.091
=odvolal | weight=0.091
=smulu =lhuta | weight=0.090
=servisu =se | weight=0.090
=protoze =uctenky | weight=0.090
