# policy_refusal, cs: learned by scripts/learn.py from 3535 tuning texts (291 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Garanci vrácení peněz do 30 dnů inzerují všude, ale když jsem to chtěl využít, najednou to neplatí.
+ Podmínky nám to prý nedovolujou.
+ vic pro me udelat nemuzou, rekl operator
- ok dekuju
- super, doporucuju
=predpisy | weight=0.548
=pravidla | weight=0.481
=neumoznuje | weight=0.461
=nelze | weight=0.448
=nevraci | weight=0.401
=nedovoli | weight=0.366
=zamitnuta | weight=0.365
=pry | weight=0.355
=nevztahuje | weight=0.354
=zaruka | weight=0.344
=podminky | weight=0.340
=slevu | weight=0.340
=nepovolili | weight=0.333
=rekl =pani | weight=0.331
=krabici | weight=0.314
=poukazku | weight=0.310
=ji =to | weight=0.301
=neexistuje =zadna | weight=0.299, noneg
=neplati | weight=0.298
=nevratite | weight=0.294
=vic | weight=0.293
=duvodu | weight=0.293
=zamitli | weight=0.284
=politika | weight=0.283
=nic =nenadelaji | weight=0.281, noneg
=nemuze | weight=0.280
=nebavi | weight=0.280
=nesmim | weight=0.277
=smulu | weight=0.275
=mi =odmitli | weight=0.273
=nemuze =vam | weight=0.272
=jen =poukazku | weight=0.270
=bohuzel | weight=0.266
=neuznali | weight=0.264
=nemam =narok | weight=0.263, noneg
=pripade | weight=0.260
=protoze =to | weight=0.257
=bez | weight=0.251, noneg
=neexistuje | weight=0.249
=nebere | weight=0.245
=schovava | weight=0.243
=vzit | weight=0.242
=nesmi | weight=0.242
=kdyz =mam | weight=0.238
=mi =neuznali | weight=0.236
=mi =nevratite | weight=0.232
=odpustit | weight=0.230
=neni =duvodu | weight=0.229, noneg
=zavada =neni | weight=0.229, noneg
=dobropis =penize | weight=0.227
=mi =nabidnout | weight=0.227
=nabidnout | weight=0.227
=to =system | weight=0.224
=rozbalene =zbozi | weight=0.224
=ani =kdyz | weight=0.224, noneg
=nam =nepovolili | weight=0.223
=rozbalene | weight=0.220
=zbozi =z | weight=0.219
=bez =predchozi | weight=0.218, noneg
=limit | weight=0.217
=to =nejde | weight=0.216
=zbozi =neprijimaji | weight=0.216
=vratku | weight=0.214
=takovy =je | weight=0.212
=ona =s | weight=0.212
=to =zakazalo | weight=0.210
=zakazalo | weight=0.210
=uplynula | weight=0.210
=svazany | weight=0.210
=svazany =ruce | weight=0.210
=kdyby =to | weight=0.209, noneg
=to =nemam | weight=0.206, noneg
=predpis | weight=0.206
=pry =nemuze | weight=0.206
=je =ji | weight=0.205
=nekryje | weight=0.204
=ale =ma | weight=0.203
=nedorovnavaji | weight=0.202
=prodejne =nedorovnavaji | weight=0.202
=pry =nemam | weight=0.202, noneg
=zmenit | weight=0.201
=ze =maji | weight=0.201
=reklamaci =zamitli | weight=0.200
=skoncila | weight=0.199
=vyplneny | weight=0.198
=pouze | weight=0.198
=nastavene | weight=0.197
=lito | weight=0.197
=garanci =vraceni | weight=0.196
=pry =plati | weight=0.196
=moje =zadost | weight=0.193
=zmenit =termin | weight=0.192
=bankovni | weight=0.191
=bez =doporuceny | weight=0.191, noneg
=kocarek | weight=0.190
=nevzali | weight=0.190
=s =odkaz | weight=0.189
=tarif =pry | weight=0.189
=nevymenili | weight=0.189
=jsou =predpisy | weight=0.188
=zamitli =s | weight=0.187
=slevu =za | weight=0.186
=garanci | weight=0.184
=neprijimaji | weight=0.184
=tarif =zmenit | weight=0.183
=vstupenky | weight=0.181
=maximum | weight=0.181
=zamitnuta =reklamaci | weight=0.181
=se =nevraci | weight=0.180
=neobjednal | weight=0.180
=najednou | weight=0.179
=je =uz | weight=0.179
=lek | weight=0.179
=a =vyjimku | weight=0.178
=neprijima | weight=0.178
=mi =tarif | weight=0.178
=v =podminky | weight=0.178
=zadost =mi | weight=0.177
=v =zaruka | weight=0.177
=vyluku | weight=0.176
=musim =schvalit | weight=0.176
=schvalit =vedouci | weight=0.176
=neprijima =protoze | weight=0.175
=zlevnene | weight=0.175
=byla =vyplneny | weight=0.174
=podminky =na | weight=0.174
=pravidel | weight=0.173
=takze =se | weight=0.172
=akcni | weight=0.172
=nemuze =nic | weight=0.172, noneg
=nechteli =udelat | weight=0.172
=vyprodeje | weight=0.172
=nic =s | weight=0.171, noneg
=akcni =cenu | weight=0.171
=pravidla =a | weight=0.171
=cenu =z | weight=0.171
=uzavren | weight=0.170
=vymenu | weight=0.169
=neodbornym | weight=0.169
=vzit =zpatky | weight=0.168
=vic =pro | weight=0.167
=narizeni | weight=0.167
=takze =nic | weight=0.166, noneg
=to =firemni | weight=0.166
=mi =balik | weight=0.166
=mi =neprijima | weight=0.166
=vystavit | weight=0.166
=vsem | weight=0.166
=nad | weight=0.166
=vam =to | weight=0.165
=vratit =to | weight=0.165
=nic =dela | weight=0.164, noneg
=neprijmou | weight=0.164
=zaruka =nevztahuje | weight=0.162
=vyhovet | weight=0.162
=nemuze =rekl | weight=0.162
=jim =to | weight=0.161
=zadna =moznost | weight=0.161, noneg
=poplatek =mi | weight=0.161
=vraceni =je | weight=0.160
=to =lito | weight=0.160
=servisu =mi | weight=0.160
=vydat | weight=0.160
=penize =jen | weight=0.159
=nich =na | weight=0.159
=z =e-shopu | weight=0.159
=firemni | weight=0.158
=predpisy =a | weight=0.158
=jen =do | weight=0.157
=storno | weight=0.156
=byla =zamitnuta | weight=0.155
=nedostal =protoze | weight=0.155
=nevratna | weight=0.155
=odvolanim | weight=0.155
=pokyny | weight=0.154
=prijmout | weight=0.153
=kryta | weight=0.153
=letenku | weight=0.152
=dobropis | weight=0.151
=system =nedovoli | weight=0.150
=se =se | weight=0.149
=zaruka =kvuli | weight=0.149
=v =pripade | weight=0.149
=vedeni | weight=0.149
=z =kartu | weight=0.148
=zruseny =koncert | weight=0.148
=kriterii | weight=0.148
=ze =bez | weight=0.147, noneg
=neumim =je | weight=0.147
=to =nastavene | weight=0.147
=postup | weight=0.147
=v =servisu | weight=0.147
=podle =podminky | weight=0.146
=lhuta | weight=0.145
=plati =jen | weight=0.143
=tak =to | weight=0.143
=storno =podminky | weight=0.142
=neprijima =muj | weight=0.142
=zamkne | weight=0.141
=zamkne =a | weight=0.141
=system =ji | weight=0.140
=dva =rok | weight=0.140
=prej | weight=0.140
=nic =udelat | weight=0.140, noneg
=to =neplati | weight=0.139
=odmita | weight=0.138
=nespada | weight=0.138
=nespada =podam | weight=0.138
=to =nespada | weight=0.138
=by =radu | weight=0.138
=vymenu =odmitli | weight=0.138
=pry =nejde | weight=0.137
=hodiny =od | weight=0.137
=lze =uplatnit | weight=0.137
=od =doruceni | weight=0.137
=uplatnit =jen | weight=0.137
=uctenky | weight=0.136
=ze =zavada | weight=0.136
=prodejne =kde | weight=0.135
=to =podle | weight=0.135
=reklamaci | weight=0.135
=centralne | weight=0.134
=nastavene =centralne | weight=0.134
=prevest | weight=0.133
=to =neumim | weight=0.133
=protoze =uz | weight=0.133
=to =koupil | weight=0.132
=pry =neexistuje | weight=0.132
=pry =vraci | weight=0.132
=odkaz =na | weight=0.132
=nejde =ani | weight=0.131, noneg
=a =prodavacka | weight=0.131
=nepripousteji | weight=0.131
=kvuli =ochrane | weight=0.131
=ochrane | weight=0.131
=ochrane =osobne | weight=0.131
=osobne =udaje | weight=0.131
=udaje =se | weight=0.131
=nabidli =mi | weight=0.130
=bezpecnostni | weight=0.129
=smlouvu =je | weight=0.129
=zvysila | weight=0.128
=na =nahradni | weight=0.128
=korun | weight=0.127
=ma =svazany | weight=0.127
=on =by | weight=0.127
=prodavacka =se | weight=0.127
=odvolanim =na | weight=0.127
=s =odvolanim | weight=0.127
=oznamila | weight=0.127
=vstup | weight=0.126
=na =firma | weight=0.125
=odmitli | weight=0.125
=podle =pravidel | weight=0.125
=neda =souhlas | weight=0.125
=usklibal | weight=0.124
=od =smlouvu | weight=0.124
=muze =kuryr | weight=0.124
=nepokryva | weight=0.124
=ze =vraceni | weight=0.124
=e-shopu =v | weight=0.124
=to =pry | weight=0.123
=nenecham =me | weight=0.123
=a =nepomohl | weight=0.123
=nam =nebyl | weight=0.123, noneg
=to =po | weight=0.123
=zbozi =ze | weight=0.123
=ze =slevu | weight=0.123
=tisic | weight=0.123
=zaviraji | weight=0.123
=zakon | weight=0.122
=pani =se | weight=0.122
=neprovadi | weight=0.122
=nemam =pravomoc | weight=0.122
=vlak | weight=0.122
=oznamila =ze | weight=0.122
=darek | weight=0.121
=to =proto | weight=0.121
=plnou | weight=0.121
=vyzkouset | weight=0.121
=uplatnit | weight=0.121
=se =vam | weight=0.121
=manzelku | weight=0.120
=vyprodeje =zbozi | weight=0.120
=neruci | weight=0.119
=maji =nejaky | weight=0.119
=nejaky =narizeni | weight=0.119
=odmitli =s | weight=0.118
=tim =nic | weight=0.118, noneg
=slevu =se | weight=0.118
=mohu | weight=0.117
=stoji | weight=0.117
=akce | weight=0.117
=rameny =ze | weight=0.116
=koncert | weight=0.116
=je =jejich | weight=0.116
=nevraci =to | weight=0.116
=prej =nevraci | weight=0.116
=kde =jsem | weight=0.116
=dispecer =rekl | weight=0.116
=mam =smulu | weight=0.116
=nejde =protoze | weight=0.116
=narok =nemam | weight=0.115, noneg
=vozidlo | weight=0.115
=nejde | weight=0.115
=oni =pry | weight=0.115
=pry =reklamaci | weight=0.115
=reklamaci =nevyrizuji | weight=0.115
=zalohu | weight=0.114
=ctrnact =dni | weight=0.114
=uplynula =ctrnact | weight=0.114
=nerozbalene | weight=0.114
=vratit =nerozbalene | weight=0.114
=reklamaci =jsem | weight=0.114
=pry =neda | weight=0.113
=na =to | weight=0.113
=to =neumoznuje | weight=0.113
=nevyda | weight=0.112
=pry =uplynula | weight=0.112
=ze =nemuze | weight=0.112
=platne | weight=0.112
=ani =korun | weight=0.111, noneg
=system =neumoznuje | weight=0.111
=razitko | weight=0.111
=internet =predpisy | weight=0.110
=nez =za | weight=0.110
=nesplnuje | weight=0.110
=me =pry | weight=0.110
=vyrobce =oni | weight=0.110
=vraceni =zalohu | weight=0.109
=mi =nahradu | weight=0.109
=zaruka =mi | weight=0.109
=a =dalsi | weight=0.109
=s =tim | weight=0.109
=jsem =v | weight=0.109
=na =obchodni | weight=0.109
=souhlas | weight=0.109
=tecka | weight=0.108
=pomoct | weight=0.108
=kauce =za | weight=0.108
=nic =neudela | weight=0.108, noneg
=pry =udelat | weight=0.107
=jejich =pravidla | weight=0.107
=vraceni | weight=0.106
=ma =pokyny | weight=0.106
=tak =ma | weight=0.106
=ja =a | weight=0.106
=nevzali =protoze | weight=0.105
=predpisy =jsou | weight=0.105
=odstoupeni | weight=0.105
=takze | weight=0.105
=v =prodejne | weight=0.105
=vymenu =to | weight=0.105
=se =v | weight=0.105
=vyjimku =neda | weight=0.105
=prominte | weight=0.105
=zavada | weight=0.105
=firemni =politika | weight=0.105
=obal | weight=0.105
=duvodu =mi | weight=0.105
=bez =uctenky | weight=0.105, noneg
=ze =nam | weight=0.105
=nenecham | weight=0.104
=a =nejde | weight=0.104
=darek =kartu | weight=0.104
=pry =se | weight=0.104
=ze =podle | weight=0.104
=pry =neni | weight=0.104, noneg
=neprobehl | weight=0.104
=zlevnene =zbozi | weight=0.104
=smlouvu =pry | weight=0.104
=zbozi =poskodil | weight=0.103
=obal =byla | weight=0.103
=protoze =obal | weight=0.103
=vratku =mi | weight=0.103
=kompresor | weight=0.103
=to =nelibi | weight=0.103
=splatnosti | weight=0.102
=primo =s | weight=0.102
=mam =vypis | weight=0.101
=podminky =to | weight=0.101
=na =vyluku | weight=0.101
=ctrnact | weight=0.101
=fakturu =na | weight=0.101
=zbozi | weight=0.101
=mi =zamitli | weight=0.100
=nepomohl | weight=0.100
=prezkoumani | weight=0.100
=dispecer | weight=0.100
=na =zadna | weight=0.100, noneg
=a =hotovo | weight=0.100
=pokutu | weight=0.099
=plneni | weight=0.099
=tak =jsou | weight=0.099
=zamitli =kvuli | weight=0.099
=vyjimku | weight=0.098
=ani =na | weight=0.098, noneg
=ve =slevu | weight=0.098
=jinam =barvu | weight=0.097
=na =jednou | weight=0.097
