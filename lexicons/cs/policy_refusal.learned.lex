# policy_refusal, cs: learned by scripts/learn.py from 2812 tuning texts (264 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Garanci vrácení peněz do 30 dnů inzerují všude, ale když jsem to chtěl využít, najednou to neplatí.
+ Podmínky nám to prý nedovolujou.
+ vic pro me udelat nemuzou, rekl operator
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=predpisy | weight=0.554
=pravidla | weight=0.461
=nelze | weight=0.455
=neumoznuje | weight=0.451
=nevraci | weight=0.419
=pry | weight=0.409
=nedovoli | weight=0.398
=zamitnuta | weight=0.376
=slevu | weight=0.367
=nevztahuje | weight=0.343
=zaruka | weight=0.337
=podminky | weight=0.336
=ji =to | weight=0.333
=krabici | weight=0.331
=poukazku | weight=0.330
=to =nemam | weight=0.330, noneg
=nepovolili | weight=0.327
=vic | weight=0.314
=rekl =pani | weight=0.300
=nesmim | weight=0.298
=jen =poukazku | weight=0.294
=neexistuje =zadna | weight=0.294, noneg
=nevrati | weight=0.294
=duvodu | weight=0.292
=zamitli | weight=0.290
=nebavi | weight=0.289
=neplati | weight=0.282
=politika | weight=0.279
=nemuze | weight=0.277
=nesmi | weight=0.262
=protoze =to | weight=0.259
=mi =odmitli | weight=0.258
=nemuze =vam | weight=0.257
=nemam =narok | weight=0.257, noneg
=bohuzel | weight=0.257
=pripad | weight=0.256
=neuznali | weight=0.256
=vzit | weight=0.255
=smulu | weight=0.255
=schovava | weight=0.245
=neni =duvodu | weight=0.245, noneg
=zavada =neni | weight=0.245, noneg
=neexistuje | weight=0.244
=kdyz =mam | weight=0.243
=zmenit | weight=0.243
=mi =neuznali | weight=0.240
=nebere | weight=0.240
=bez | weight=0.238, noneg
=uplynula | weight=0.237
=odpustit | weight=0.235
=v =zaruka | weight=0.234
=rozbalene =zbozi | weight=0.232
=nic =nenadelaji | weight=0.231, noneg
=vratku | weight=0.229
=ani =kdyz | weight=0.227, noneg
=rozbalene | weight=0.226
=mi =nevrati | weight=0.224
=dobropis =penize | weight=0.222
=mi =nabidnout | weight=0.222
=nabidnout | weight=0.222
=zbozi =neprijimaji | weight=0.220
=nam =nepovolili | weight=0.219
=neprijima | weight=0.218
=moje =zadost | weight=0.216
=pry =nemuze | weight=0.215
=to =nejde | weight=0.214
=reklamaci =zamitli | weight=0.213
=ale =ma | weight=0.213
=s =odkaz | weight=0.211
=kdyby =to | weight=0.210, noneg
=e-shopu =v | weight=0.208
=nedorovnavaji | weight=0.208
=prodejne =nedorovnavaji | weight=0.208
=bankovni | weight=0.208
=to =zakazalo | weight=0.207
=zakazalo | weight=0.207
=kocarek | weight=0.207
=vyplneny | weight=0.204
=tarif =zmenit | weight=0.204
=nekryje | weight=0.203
=to =system | weight=0.200
=je =ji | weight=0.200
=skoncila | weight=0.199
=nevymeni | weight=0.197
=garanci =vraceni | weight=0.197
=nevzali | weight=0.197
=vymenu | weight=0.197
=svazany | weight=0.194
=svazany =rukou | weight=0.194
=s =tim | weight=0.194
=nechteli =udelat | weight=0.194
=nastavene | weight=0.193
=nic =dela | weight=0.193, noneg
=jinak =to | weight=0.193
=ze =maji | weight=0.191
=jsou =predpisy | weight=0.189
=lito | weight=0.189
=vratit =to | weight=0.189
=neodborne | weight=0.189
=pry =na | weight=0.189
=pry =nemam | weight=0.188, noneg
=pry =plati | weight=0.188
=zmenit =termin | weight=0.188
=lek | weight=0.188
=vstupenky | weight=0.187
=garanci | weight=0.187
=v =podminky | weight=0.186
=slevu =za | weight=0.184
=odmitli =s | weight=0.184
=takovy =je | weight=0.183
=tarif =pry | weight=0.183
=podminky =na | weight=0.183
=vzit =zpatky | weight=0.183
=pouze | weight=0.182
=zbozi =z | weight=0.182
=nemuze =nic | weight=0.182, noneg
=bez =doporuceny | weight=0.181, noneg
=neobjednal | weight=0.181
=zlevnene | weight=0.181
=a =vyjimky | weight=0.181
=zadost =mi | weight=0.181
=maximum | weight=0.180
=predpisy =a | weight=0.180
=nic =neudela | weight=0.178, noneg
=zamitnuta =reklamaci | weight=0.178
=dobropis | weight=0.177
=vam =to | weight=0.177
=musel =schvalit | weight=0.176
=schvalit =vedouci | weight=0.176
=neprijimaji | weight=0.175
=zamitli =s | weight=0.175
=najednou | weight=0.175
=nic =s | weight=0.173, noneg
=na =to | weight=0.173
=byla =vyplneny | weight=0.173
=narizeni | weight=0.172
=akcni | weight=0.172
=akcni =cenu | weight=0.171
=cenu =z | weight=0.170
=mi =balik | weight=0.170
=takovy | weight=0.170
=ze =bez | weight=0.169, noneg
=to =firemni | weight=0.168
=se =nevraci | weight=0.166
=tim =nic | weight=0.166, noneg
=je =uz | weight=0.166
=neprijima =protoze | weight=0.166
=zaruka =nevztahuje | weight=0.165
=vyprodeje | weight=0.165
=to =lito | weight=0.165
=v =servisu | weight=0.165
=jen =do | weight=0.164
=zadna =moznost | weight=0.163, noneg
=vystavit | weight=0.163
=neprijmou | weight=0.163
=vraceni =je | weight=0.162
=vic =pro | weight=0.162
=postup | weight=0.162
=poplatek =mi | weight=0.162
=odvolanim | weight=0.162
=storno =podminky | weight=0.160
=storno | weight=0.160
=takze =se | weight=0.159
=to =jejich | weight=0.158
=takze =nic | weight=0.158, noneg
=letenky | weight=0.158
=plnou | weight=0.157
=uctenky | weight=0.156
=nevratna | weight=0.156
=zruseny =koncert | weight=0.156
=mi =neprijima | weight=0.156
=firemni | weight=0.155
=nad | weight=0.155
=nemuze =rekl | weight=0.155
=servisu =mi | weight=0.154
=takze | weight=0.153
=to =pry | weight=0.153
=pokyny | weight=0.153
=pry =neda | weight=0.152
=vsem | weight=0.152
=kriterii | weight=0.152
=v =pripad | weight=0.152
=nedostal =protoze | weight=0.151
=pravidla =a | weight=0.151
=vyhovet | weight=0.151
=zvysila | weight=0.151
=jim =to | weight=0.150
=neprijima =muj | weight=0.150
=vypis | weight=0.149
=vypis =z | weight=0.149
=prijmout | weight=0.149
=reklamaci | weight=0.149
=lhuta | weight=0.148
=vydat | weight=0.148
=kryta | weight=0.146
=tak =to | weight=0.146
=z =e-shopu | weight=0.146
=nepripousteji | weight=0.145
=neumim =je | weight=0.145
=to =nastavene | weight=0.145
=vymenu =odmitli | weight=0.144
=system =nedovoli | weight=0.143
=nejde | weight=0.143
=pry =vraci | weight=0.143
=penize =jen | weight=0.142
=vedeni | weight=0.142
=nenecham =me | weight=0.142
=prodavacka =se | weight=0.142
=a =prodavacka | weight=0.141
=pravidel | weight=0.141
=odvolanim =na | weight=0.141
=s =odvolanim | weight=0.141
=zaruka =kvuli | weight=0.141
=dva =rok | weight=0.140
=zamkne | weight=0.140
=zamkne =a | weight=0.140
=se =se | weight=0.139
=usklibal | weight=0.139
=system =ji | weight=0.138
=kvuli =ochrane | weight=0.137
=ochrane | weight=0.137
=ochrane =osobne | weight=0.137
=osobne =udaje | weight=0.137
=udaje =se | weight=0.137
=prodejne =kde | weight=0.137
=prej | weight=0.136
=to =neplati | weight=0.136
=mi =jen | weight=0.136
=od =smlouvy | weight=0.135
=vyzkouset | weight=0.135
=uzavren | weight=0.134
=by =radu | weight=0.133
=to =koupil | weight=0.133
=ze =podle | weight=0.133
=plati =jen | weight=0.132
=hodiny =od | weight=0.132
=lze =uplatnit | weight=0.132
=od =doruceni | weight=0.132
=uplatnit =jen | weight=0.132
=narok =nemam | weight=0.131, noneg
=ja =a | weight=0.131
=stoji | weight=0.130
=pani =se | weight=0.129
=nejde =ani | weight=0.128, noneg
=z =kartu | weight=0.128
=centralne | weight=0.128
=nastavene =centralne | weight=0.128
=byla =zamitnuta | weight=0.127
=tisic | weight=0.126
=a =nepomohla | weight=0.126
=kde =jsem | weight=0.126
=nespada | weight=0.126
=nespada =podam | weight=0.126
=to =nespada | weight=0.126
=vraceni | weight=0.126
=zbozi =byla | weight=0.126
=nam =nebyl | weight=0.125, noneg
=pry =nejde | weight=0.125
=manzelku | weight=0.125
=driv | weight=0.124
=ma =svazany | weight=0.123
=on =by | weight=0.123
=oznamila | weight=0.123
=dispecer =rekl | weight=0.123
=odmita | weight=0.123
=odmitli | weight=0.123
=to =neumoznuje | weight=0.121
=smlouvy =je | weight=0.121
=protoze =uz | weight=0.121
=vyjimky =neda | weight=0.121
=ctrnact =dni | weight=0.121
=uplynula =ctrnact | weight=0.121
=maji =nejaky | weight=0.121
=nejaky =narizeni | weight=0.121
=nejde =ze | weight=0.121
=to =neumim | weight=0.120
=korun | weight=0.120
=na =nahradni | weight=0.120
=pomoct | weight=0.120
=ze =nemuze | weight=0.120
=koncert | weight=0.120
=bezpecnostni | weight=0.119
=odstoupeni | weight=0.119
=tecka | weight=0.119
=je =jejich | weight=0.118
=nevraci =to | weight=0.118
=prej =nevraci | weight=0.118
=predpisy =jsou | weight=0.118
=to =po | weight=0.118
=vymenu =to | weight=0.118
=platne | weight=0.118
=schvalit | weight=0.117
=pry =neexistuje | weight=0.117
=vyprodeje =zbozi | weight=0.117
=zbozi =ze | weight=0.117
=ze =slevu | weight=0.117
=zbozi | weight=0.117
=rukou | weight=0.117
=prevest | weight=0.116
=na =obchodni | weight=0.116
=nenecham | weight=0.115
=fakturu =na | weight=0.115
=na =firma | weight=0.115
=to =podle | weight=0.114
=barve | weight=0.114
=se =vam | weight=0.114
=internet =predpisy | weight=0.114
=takze =mi | weight=0.114
=zamitli =kvuli | weight=0.113
=mohu | weight=0.113
=se =u | weight=0.113
=prestoze =jsem | weight=0.113
=akce | weight=0.112
=vlak | weight=0.112
=odstoupeni =od | weight=0.112
=poskodil | weight=0.112
=dle | weight=0.112
=nevzali =protoze | weight=0.111
=tak =jsou | weight=0.111
=mi =nahradu | weight=0.111
=podminky =to | weight=0.110
=dispecer | weight=0.110
=oznamila =ze | weight=0.110
=to =nelibi | weight=0.110
=ze =reklamaci | weight=0.109
=darek | weight=0.109
=objednavka =je | weight=0.109
=reklamaci =jsem | weight=0.109
=na =vyluku | weight=0.108
=vyluku | weight=0.108
=ze =vraceni | weight=0.107
=ani =na | weight=0.107, noneg
=udelat =nemuze | weight=0.107
=neprovadi | weight=0.107
=slevu =se | weight=0.107
=neruci | weight=0.107
=uplatnit | weight=0.106
=firemni =politika | weight=0.106
=pravnikovi | weight=0.106
=obal =byla | weight=0.106
=protoze =obal | weight=0.106
=vratku =mi | weight=0.106
=ma =pokyny | weight=0.106
=tak =ma | weight=0.106
=nepokryva | weight=0.105
=uz =uplynula | weight=0.105
=v =prodejne | weight=0.105
=vstup | weight=0.104
=zaruka =mi | weight=0.104
=ze =nam | weight=0.103
=oni =pry | weight=0.103
=pry =reklamaci | weight=0.103
=reklamaci =nevyrizuji | weight=0.103
=neda | weight=0.103
=system =neumoznuje | weight=0.103
=odkaz =na | weight=0.103
=zlevnene =zbozi | weight=0.103
=bez =uctenky | weight=0.102, noneg
=zakon | weight=0.102
=vazeni =dne | weight=0.102
=hygienicke | weight=0.102
=hygienicke =duvodu | weight=0.102
=darek =kartu | weight=0.102
=pojistka =nekryje | weight=0.102
=nam | weight=0.101
=letecke | weight=0.101
=duvodu =mi | weight=0.101
=odmitli =to | weight=0.101
=nez =za | weight=0.101
=kompresor | weight=0.101
=zalohu | weight=0.101
=pry =udelat | weight=0.101
=rozhodnuti | weight=0.100
=kauce =za | weight=0.100
=ani =korun | weight=0.100, noneg
=nebyl =v | weight=0.100, noneg
=protoze =krabici | weight=0.100
=jenom | weight=0.100
=byla =mi | weight=0.099
=obal | weight=0.099
=prominte | weight=0.099
=jejich =pravidla | weight=0.099
=lekarka | weight=0.098
=lekarka =me | weight=0.098
=nemam =puvodni | weight=0.098, noneg
=se =v | weight=0.098
=podle | weight=0.098
=zaruka =nekryje | weight=0.098
=jste =mi | weight=0.098
=a =nejde | weight=0.097
=splatnosti | weight=0.097
=nesplnuje | weight=0.097
=ze =zavada | weight=0.097
=mi =s | weight=0.096
=to =proto | weight=0.096
=po =lhuta | weight=0.096
=duvodu =internet | weight=0.095
=internet =kriterii | weight=0.095
=zamitnuta =z | weight=0.095
=ctrnact | weight=0.095
