# policy_refusal, cs: learned by scripts/learn.py from 3747 tuning texts (318 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Garanci vrácení peněz do 30 dnů inzerují všude, ale když jsem to chtěl využít, najednou to neplatí.
+ Dobrý den, kupoval jsem u vás permanentku do fitka na rok. Po dvou měsících jsem si zlomil nohu a chtěl ji pozastavit. Recepční mi řekla, že pozastavení podle smluvních podmínek možné není a že jsem si měl koupit pojištění. Chtěl jsem mluvit s majitelem, ale prý se se zákazníky nebaví. Je to v pořádku?
+ Podmínky nám to prý nedovolujou.
- ok dekuju
- super, doporucuju
=predpisy | weight=0.640
=neumoznuje | weight=0.504
=pravidla | weight=0.490
=nelze | weight=0.481
=nevraci | weight=0.433
=politika | weight=0.422
=nedovoli | weight=0.397
=smula | weight=0.388
=podminky | weight=0.380
=zaruka | weight=0.377
=nevztahuje | weight=0.364
=slevu | weight=0.350
=nepovolili | weight=0.342
=nic =nenadelaji | weight=0.334, noneg
=rekl =pani | weight=0.325
=neexistuje =zadna | weight=0.310, noneg
=ji =to | weight=0.309
=takze =nic | weight=0.309, noneg
=duvodu | weight=0.308
=zamitnuta | weight=0.307
=poukazku | weight=0.307
=nemuze =vam | weight=0.305
=neplati | weight=0.301
=nesmim | weight=0.293
=nemam =narok | weight=0.292, noneg
=nebavi | weight=0.290
=nevratite | weight=0.290
=pry | weight=0.284
=jen =poukazku | weight=0.282
=to =nemam | weight=0.271, noneg
=neuznali | weight=0.271
=nebere | weight=0.271
=rozbalene | weight=0.266
=mi =odmitli | weight=0.266
=vzit | weight=0.265
=pravidel | weight=0.265
=mi =nevratite | weight=0.265
=neni =povolen | weight=0.263, noneg
=mam =to | weight=0.258
=mi =neuznali | weight=0.255
=vic | weight=0.255
=pripade | weight=0.254
=limit | weight=0.251
=ani =kdyz | weight=0.251, noneg
=bohuzel | weight=0.251
=nekryje | weight=0.249
=nemuze | weight=0.244
=neexistuje | weight=0.244
=to =zakazalo | weight=0.243
=zakazalo | weight=0.243
=zbozi =z | weight=0.243
=kdyz =mam | weight=0.241
=dobropis =penize | weight=0.239
=mi =nabidnout | weight=0.239
=nabidnout | weight=0.239
=odpustit | weight=0.235
=takovy =je | weight=0.233
=to =ve | weight=0.229
=neni =mozne | weight=0.228, noneg
=neni =duvodu | weight=0.226, noneg
=zavada =neni | weight=0.226, noneg
=predpis | weight=0.225
=nam =nepovolili | weight=0.220
=pouze | weight=0.220
=tarif =pry | weight=0.220
=ona =s | weight=0.220
=bez =predchozi | weight=0.219, noneg
=zamitli | weight=0.219
=ale =ma | weight=0.217
=garanci =vraceni | weight=0.217
=uplynula | weight=0.217
=krabici | weight=0.216
=nevymenili | weight=0.216
=pry =nemuze | weight=0.213
=rozbalene =zbozi | weight=0.212
=nedorovnavaji | weight=0.212
=prodejne =nedorovnavaji | weight=0.212
=bez | weight=0.212, noneg
=nic =delat | weight=0.211, noneg
=vratit =to | weight=0.210
=kdyby =to | weight=0.209, noneg
=vratku | weight=0.208
=je =ji | weight=0.208
=zbozi =neprijimaji | weight=0.208
=garanci | weight=0.206
=zamitli =s | weight=0.205
=bez =doporuceny | weight=0.205, noneg
=pry =plati | weight=0.204
=zmenit =termin | weight=0.204
=to =system | weight=0.204
=zamitnuta =reklamaci | weight=0.203
=lito | weight=0.202
=neprijima =protoze | weight=0.201
=zlevnene | weight=0.199
=svazany | weight=0.199
=svazany =ruce | weight=0.199
=prijmout | weight=0.198
=skoncila | weight=0.198
=zmenit | weight=0.197
=moje =zadost | weight=0.197
=najednou | weight=0.196
=jsou =predpisy | weight=0.196
=neobjednal | weight=0.195
=nechteli =udelat | weight=0.192
=nemuze =nic | weight=0.192, noneg
=mi =neprijima | weight=0.191
=dle | weight=0.191
=ze =maji | weight=0.190
=nevzali | weight=0.190
=byla =zamitnuta | weight=0.190
=zadost =mi | weight=0.189
=v =zaruka | weight=0.189
=bankovni | weight=0.188
=s =odkaz | weight=0.187
=nesmi | weight=0.186
=neprijmou | weight=0.185
=slevu =za | weight=0.185
=ze =bez | weight=0.183, noneg
=vymenu | weight=0.183
=takze =se | weight=0.183
=je =uz | weight=0.183
=lek | weight=0.183
=cenu =z | weight=0.182
=a =vyjimku | weight=0.180
=vzit =zpatky | weight=0.180
=tarif =zmenit | weight=0.180
=to =lito | weight=0.180
=akcni | weight=0.179
=neodbornym | weight=0.178
=musim =schvalit | weight=0.177
=schvalit =vedouci | weight=0.177
=akcni =cenu | weight=0.176
=nic =udelat | weight=0.176, noneg
=penize =neni | weight=0.176, noneg
=vyprodeje | weight=0.175
=mi =tarif | weight=0.174
=vam =to | weight=0.174
=narizeni | weight=0.174
=odkaz =na | weight=0.174
=vystavit | weight=0.174
=jim =to | weight=0.173
=nich =na | weight=0.173
=penize =jen | weight=0.173
=takze =smula | weight=0.173
=vstupenky | weight=0.173
=neprijimaji | weight=0.172
=vyluku | weight=0.172
=neprijima =muj | weight=0.170
=vymenu =odmitli | weight=0.170
=mi =balik | weight=0.170
=v =podminky | weight=0.170
=jen =do | weight=0.170
=nevratna | weight=0.169
=podminky =na | weight=0.169
=smernice | weight=0.169
=neprijima | weight=0.169
=politika =ze | weight=0.168
=z =e-shopu | weight=0.168
=vraceni =je | weight=0.167
=odmitli =s | weight=0.166
=pravidla =a | weight=0.166
=vsem | weight=0.166
=odvolanim | weight=0.166
=dobropis | weight=0.165
=storno | weight=0.165
=jinak =to | weight=0.165
=nad | weight=0.165
=poplatek =mi | weight=0.165
=uzavren | weight=0.164
=kriterii | weight=0.164
=rameny =ze | weight=0.164
=pokyny | weight=0.162
=maji =to | weight=0.162
=nedostal =protoze | weight=0.162
=prej | weight=0.161
=vydat | weight=0.161
=nic =neudela | weight=0.160, noneg
=to =firemni | weight=0.160
=vic =pro | weight=0.159
=nemam =pravomoc | weight=0.159
=pry =nejde | weight=0.159
=oznamila | weight=0.158
=neumim =je | weight=0.158
=to =nastavene | weight=0.158
=letenku | weight=0.158
=storno =podminky | weight=0.157
=schovava | weight=0.157
=nic =s | weight=0.157, noneg
=nas =pravidel | weight=0.155
=podle =nas | weight=0.155
=se =nevraci | weight=0.155
=zruseny =koncert | weight=0.154
=to =nejde | weight=0.154
=zaruka =nevztahuje | weight=0.153
=dva =rok | weight=0.153
=zadna =moznost | weight=0.152, noneg
=e-shopu =v | weight=0.152
=zaruka =kvuli | weight=0.152
=v =pripade | weight=0.152
=oznamila =ze | weight=0.151
=podle =podminky | weight=0.151
=nejde =protoze | weight=0.150
=nespada | weight=0.150
=nespada =podam | weight=0.150
=to =nespada | weight=0.150
=firemni | weight=0.150
=z =kartu | weight=0.149
=centralne | weight=0.148
=nastavene =centralne | weight=0.148
=vyplneny | weight=0.148
=na =nahradni | weight=0.147
=pomoct | weight=0.147
=to =nedovoli | weight=0.146
=to =neumim | weight=0.146
=pry =neexistuje | weight=0.145
=vlak | weight=0.144
=system =ji | weight=0.144
=nejde =ani | weight=0.144, noneg
=maximum | weight=0.144
=odmita | weight=0.143
=protoze =to | weight=0.143
=zamkne | weight=0.143
=zamkne =a | weight=0.143
=razitko | weight=0.143
=nepripousteji | weight=0.142
=neda =souhlas | weight=0.142
=zvysila | weight=0.142
=hodiny =od | weight=0.142
=lze =uplatnit | weight=0.142
=od =doruceni | weight=0.142
=uplatnit =jen | weight=0.142
=se =se | weight=0.141
=plati =jen | weight=0.141
=to =neplati | weight=0.141
=zamitli =kvuli | weight=0.140
=predpisy =a | weight=0.140
=to =koupil | weight=0.140
=nevezmou | weight=0.140
=zakon | weight=0.140
=nic =nevraci | weight=0.139, noneg
=kvuli =ochrane | weight=0.137
=ochrane | weight=0.137
=ochrane =osobne | weight=0.137
=osobne =udaje | weight=0.137
=udaje =se | weight=0.137
=manzelku | weight=0.137
=zaruka =nekryje | weight=0.137
=postup | weight=0.137
=bezpecnostni | weight=0.137
=vozidlo | weight=0.137
=prevest | weight=0.136
=a =prodavacka | weight=0.136
=akce | weight=0.136
=by =radu | weight=0.135
=odvolanim =na | weight=0.135
=s =odvolanim | weight=0.135
=vyhovet | weight=0.135
=protoze =uz | weight=0.135
=primo =s | weight=0.135
=pry =uplynula | weight=0.135
=ze =zavada | weight=0.134
=vyprodeje =zbozi | weight=0.134
=smlouvu | weight=0.134
=pry =neda | weight=0.134
=nepokryva | weight=0.134
=uctenky | weight=0.134
=tak =to | weight=0.133
=tisic | weight=0.133
=ze =podle | weight=0.133
=pry =vraci | weight=0.133
=zbozi =ze | weight=0.132
=ze =slevu | weight=0.132
=protoze =krabici | weight=0.132
=neprovadi | weight=0.132
=prodejne =kde | weight=0.132
=ma =svazany | weight=0.131
=on =by | weight=0.131
=slevu =se | weight=0.131
=system =nedovoli | weight=0.131
=pravidel =neni | weight=0.130, noneg
=s =tim | weight=0.130
=bez =uctenky | weight=0.129, noneg
=ze =nemuze | weight=0.129
=ani =korun | weight=0.129, noneg
=po =lhuta | weight=0.129
=internet =smernice | weight=0.128
=zlevnene =zbozi | weight=0.128
=pokutu | weight=0.128
=darek | weight=0.128
=souhlas | weight=0.128
=rekl =operatorka | weight=0.127
=koncert | weight=0.127
=nerozbalene | weight=0.127
=odmitli =prijmout | weight=0.127
=to =po | weight=0.126
=to =v | weight=0.126
=takovy | weight=0.126
=od =smlouvu | weight=0.126
=to =jejich | weight=0.126
=system =neumoznuje | weight=0.126
=jejich =pravidla | weight=0.126
=oni =pry | weight=0.126
=pry =reklamaci | weight=0.126
=reklamaci =nevyrizuji | weight=0.126
=mi =zamitli | weight=0.125
=ze =po | weight=0.125
=nedovoli =zmenit | weight=0.125
=u =toho | weight=0.125
=prodavacka =se | weight=0.125
=obal | weight=0.125
=reklamacni =radu | weight=0.125
=mi =nahradu | weight=0.124
=nevraci =to | weight=0.124
=prej =nevraci | weight=0.124
=na =firma | weight=0.124
=nabidli =mi | weight=0.124
=me =pry | weight=0.124
=narok =nemam | weight=0.124, noneg
=nam =nebyl | weight=0.123, noneg
=nez =za | weight=0.123
=korun | weight=0.123
=usklibal | weight=0.123
=pry =udelat | weight=0.123
=uplatnit | weight=0.123
=zaviraji | weight=0.122
=maji =nejaky | weight=0.122
=nejaky =narizeni | weight=0.122
=system =mi | weight=0.122
=zaruka =mi | weight=0.121
=a =nejde | weight=0.121
=jiny =barvu | weight=0.121
=nastavene | weight=0.121
=kryta | weight=0.121
=nenecham =me | weight=0.120
=nejsem | weight=0.120, noneg
=jen =na | weight=0.120
=smlouvu =je | weight=0.119
=reklamaci =jsem | weight=0.119
=byla =vyplneny | weight=0.119
=jsem =ji | weight=0.119
=muze =kuryr | weight=0.119
=internet =predpisy | weight=0.118
=duvodu =mi | weight=0.118
=to =podle | weight=0.118
=a =jinak | weight=0.117
=vratit =nerozbalene | weight=0.117
=se =v | weight=0.116
=pry =se | weight=0.115
=ve =slevu | weight=0.115
=nevyda | weight=0.115
=a =nepomohl | weight=0.115
=nejde | weight=0.114
=ja =a | weight=0.114
=kde =jsem | weight=0.113
=maji | weight=0.113
=tak =jsou | weight=0.113
=vedeni | weight=0.113
=neprobehl | weight=0.112
=kauce =za | weight=0.112
=se =vam | weight=0.112
=zbozi =byla | weight=0.112
=je =jejich | weight=0.111
=servisu =se | weight=0.111
=za =vyrobce | weight=0.111
=na =to | weight=0.111
=ani =na | weight=0.111, noneg
=nevzali =protoze | weight=0.111
=odstoupeni | weight=0.111
=ctrnact =dni | weight=0.111
=uplynula =ctrnact | weight=0.111
=dispecer =rekl | weight=0.111
=boty =odmitli | weight=0.111
=zalohu | weight=0.110
=to =udelat | weight=0.110
=ma =pokyny | weight=0.109
=tak =ma | weight=0.109
=to =proto | weight=0.109
=neni =v | weight=0.109, noneg
=kocarek | weight=0.109
=ze =vraceni | weight=0.109
=odmitli =to | weight=0.109
=zavada | weight=0.109
=narok | weight=0.109
=refundace | weight=0.109
=mi =nechteli | weight=0.107
=vyjimku =neda | weight=0.107
=to =neumoznuje | weight=0.107
=obal =byla | weight=0.107
=protoze =obal | weight=0.107
=vratku =mi | weight=0.107
=na =zadna | weight=0.107, noneg
=to =zmenit | weight=0.106
=s =kocarek | weight=0.106
=rozhodnuti | weight=0.106
=nenecham | weight=0.105
=smlouvu =pry | weight=0.105
=odmitli =vratit | weight=0.105
=prominte | weight=0.105
=zbozi =poskodil | weight=0.105
=pry =neni | weight=0.105, noneg
