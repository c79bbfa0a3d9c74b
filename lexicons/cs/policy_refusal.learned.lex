# policy_refusal, cs: learned by scripts/learn.py from 3948 tuning texts (329 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Garanci vrácení peněz do 30 dnů inzerují všude, ale když jsem to chtěl využít, najednou to neplatí.
+ Dobrý den, kupoval jsem u vás permanentku do fitka na rok. Po dvou měsících jsem si zlomil nohu a chtěl ji pozastavit. Recepční mi řekla, že pozastavení podle smluvních podmínek možné není a že jsem si měl koupit pojištění. Chtěl jsem mluvit s majitelem, ale prý se se zákazníky nebaví. Je to v pořádku?
+ Podmínky nám to prý nedovolujou.
- ok dekuju
- super, doporucuju
=predpisy | weight=0.637
=neumoznuje | weight=0.514
=pravidla | weight=0.492
=nelze | weight=0.481
=politika | weight=0.450
=nevraci | weight=0.447
=smula | weight=0.398
=nevztahuje | weight=0.397
=nedovoli | weight=0.378
=zaruka | weight=0.361
=nepovolili | weight=0.360
=podminky | weight=0.358
=neni =v | weight=0.329, noneg
=neexistuje =zadna | weight=0.323, noneg
=zamitnuta | weight=0.319
=poukazku | weight=0.311
=rekl =pani | weight=0.311
=duvodu | weight=0.311
=nic =nenadelaji | weight=0.310, noneg
=takze =nic | weight=0.309, noneg
=ji =to | weight=0.306
=nemuze =vam | weight=0.303
=neplati | weight=0.300
=slevu | weight=0.300
=to =nemam | weight=0.295, noneg
=nesmim | weight=0.290
=nebere | weight=0.289
=neuznali | weight=0.286
=jen =poukazku | weight=0.283
=nebavi | weight=0.283
=nemam =narok | weight=0.283, noneg
=nemuze | weight=0.279
=mi =odmitli | weight=0.279
=pry | weight=0.272
=rozbalene | weight=0.267
=vic | weight=0.266
=uz =neni | weight=0.265, noneg
=neexistuje | weight=0.264
=neni =povolen | weight=0.258, noneg
=kdyz =mam | weight=0.258
=mi =neuznali | weight=0.257
=mam =to | weight=0.256
=vzit | weight=0.252
=bohuzel | weight=0.249
=limit | weight=0.246
=rozhodnuti | weight=0.246
=zbozi =z | weight=0.244
=nekryje | weight=0.244
=to =zakazalo | weight=0.244
=zakazalo | weight=0.244
=pravidel | weight=0.243
=dobropis =penize | weight=0.241
=mi =nabidnout | weight=0.241
=nabidnout | weight=0.241
=ani =kdyz | weight=0.238, noneg
=odpustit | weight=0.236
=uplynula | weight=0.236
=neni =mozne | weight=0.234, noneg
=neni =duvodu | weight=0.229, noneg
=zavada =neni | weight=0.229, noneg
=tarif =pry | weight=0.227
=bez | weight=0.226, noneg
=pouze | weight=0.224
=to =ve | weight=0.223
=bez =predchozi | weight=0.220, noneg
=pry =nemuze | weight=0.220
=nam =nepovolili | weight=0.219
=nevratite | weight=0.219
=takovy =je | weight=0.217
=zmenit | weight=0.217
=krabici | weight=0.217
=ale =ma | weight=0.216
=rozbalene =zbozi | weight=0.216
=garanci =vraceni | weight=0.215
=predpis | weight=0.215
=vratku | weight=0.211
=zbozi =neprijimaji | weight=0.210
=je =ji | weight=0.210
=nedorovnavaji | weight=0.210
=prodejne =nedorovnavaji | weight=0.210
=vratit =to | weight=0.209
=kdyby =to | weight=0.209, noneg
=zamitli =s | weight=0.209
=nic =neudela | weight=0.208, noneg
=nic =delat | weight=0.208, noneg
=ona =s | weight=0.207
=to =system | weight=0.205
=nevymenili | weight=0.205
=bez =doporuceny | weight=0.205, noneg
=garanci | weight=0.204
=zamitnuta =reklamaci | weight=0.204
=lito | weight=0.204
=zlevnene | weight=0.203
=zamitli | weight=0.203
=skoncila | weight=0.203
=prijmout | weight=0.203
=neprijimaji | weight=0.202
=v =podminky | weight=0.201
=neodbornym | weight=0.201
=zmenit =termin | weight=0.199
=s =odkaz | weight=0.198
=najednou | weight=0.197
=svazany | weight=0.197
=svazany =ruce | weight=0.197
=bankovni | weight=0.195
=pry =plati | weight=0.195
=byla =zamitnuta | weight=0.194
=nechteli =udelat | weight=0.194
=slevu =za | weight=0.194
=neprijima =protoze | weight=0.193
=jsou =predpisy | weight=0.193
=lek | weight=0.191
=je =uz | weight=0.191
=a =vyjimku | weight=0.191
=jinak =to | weight=0.191
=nic =udelat | weight=0.191, noneg
=neobjednal | weight=0.190
=nesmi | weight=0.189
=pripade | weight=0.189
=moje =zadost | weight=0.189
=musim =schvalit | weight=0.188
=schvalit =vedouci | weight=0.188
=penize =jen | weight=0.187
=takze =se | weight=0.187
=dle | weight=0.187
=nevzali | weight=0.186
=cenu =z | weight=0.186
=neprijima | weight=0.186
=vyprodeje | weight=0.186
=rozhodnuti =servisu | weight=0.185
=ovlivnit | weight=0.185
=nich =na | weight=0.185
=ze =maji | weight=0.185
=pravidla =a | weight=0.184
=zadost =mi | weight=0.183
=mi =neprijima | weight=0.181
=takze =smula | weight=0.181
=nevratna | weight=0.180
=ze =bez | weight=0.179, noneg
=penize =neni | weight=0.179, noneg
=tarif =zmenit | weight=0.177
=neprijmou | weight=0.176
=jen =do | weight=0.175
=vyluku | weight=0.175
=vystavit | weight=0.175
=vraceni =je | weight=0.175
=akcni | weight=0.174
=vymenu =odmitli | weight=0.174
=z =centralu | weight=0.174
=nedostal =protoze | weight=0.174
=odmitli =s | weight=0.173
=to =lito | weight=0.173
=akcni =cenu | weight=0.172
=neprijima =muj | weight=0.171
=odkaz =na | weight=0.171
=z =e-shopu | weight=0.171
=technik =rekl | weight=0.171
=vstupenky | weight=0.171
=pokyny | weight=0.169
=poplatek =mi | weight=0.169
=mi =balik | weight=0.168
=narizeni | weight=0.168
=mi =tarif | weight=0.167
=vzit =zpatky | weight=0.166
=nad | weight=0.166
=uzavren | weight=0.165
=nemam =pravomoc | weight=0.164
=protoze =to | weight=0.164
=zruseny =koncert | weight=0.164
=politika =ze | weight=0.164
=prodejne =kde | weight=0.164
=zadna =moznost | weight=0.162, noneg
=v =zaruka | weight=0.162
=dobropis | weight=0.162
=podle =podminky | weight=0.162
=storno | weight=0.162
=nas =pravidel | weight=0.162
=podle =nas | weight=0.162
=letenku | weight=0.161
=vydat | weight=0.161
=podminky =na | weight=0.161
=pry =nejde | weight=0.160
=nepripousteji | weight=0.160
=zaruka =kvuli | weight=0.160
=mi =nevratite | weight=0.160
=z =kartu | weight=0.159
=smernice | weight=0.159
=vic =pro | weight=0.158
=v =pripade | weight=0.158
=vam =to | weight=0.157
=storno =podminky | weight=0.157
=odvolanim | weight=0.156
=vyrobce =oni | weight=0.156
=predpisy =a | weight=0.156
=zakon | weight=0.156
=protoze =uz | weight=0.155
=neumim =je | weight=0.155
=to =nastavene | weight=0.155
=e-shopu =v | weight=0.154
=prej | weight=0.154
=kriterii | weight=0.154
=to =nedovoli | weight=0.154
=rameny =ze | weight=0.154
=to =v | weight=0.153
=to =nejde | weight=0.153
=to =firemni | weight=0.153
=slevu =se | weight=0.152
=schovava | weight=0.152
=maji =to | weight=0.151
=odmita | weight=0.151
=nic =s | weight=0.151, noneg
=postup | weight=0.150
=se =nevraci | weight=0.149
=to =koupil | weight=0.149
=primo =s | weight=0.149
=pry =neexistuje | weight=0.148
=pry =neda | weight=0.148
=nespada | weight=0.148
=nespada =podam | weight=0.148
=to =nespada | weight=0.148
=zaruka =nevztahuje | weight=0.147
=jim =to | weight=0.147
=akce | weight=0.147
=ani =korun | weight=0.147, noneg
=neda =souhlas | weight=0.146
=firemni | weight=0.146
=razitko | weight=0.146
=hodiny =od | weight=0.145
=lze =uplatnit | weight=0.145
=od =doruceni | weight=0.145
=uplatnit =jen | weight=0.145
=to =neumim | weight=0.145
=vyplneny | weight=0.145
=na =nahradni | weight=0.144
=centralne | weight=0.144
=nastavene =centralne | weight=0.144
=dva =rok | weight=0.144
=pomoct | weight=0.144
=vlak | weight=0.144
=zamkne | weight=0.143
=zamkne =a | weight=0.143
=pry =uplynula | weight=0.143
=nejde =ani | weight=0.143, noneg
=vyprodeje =zbozi | weight=0.142
=system =ji | weight=0.141
=manzelku | weight=0.141
=ze =jsou | weight=0.141
=se =se | weight=0.141
=nic =nevraci | weight=0.141, noneg
=odvolanim =na | weight=0.140
=s =odvolanim | weight=0.140
=nabidli =mi | weight=0.140
=to =neplati | weight=0.139
=vsem | weight=0.139
=neprovadi | weight=0.139
=a =prodavacka | weight=0.139
=nejde =protoze | weight=0.139
=mi =zamitli | weight=0.138
=vraceni =nejde | weight=0.138
=to =jejich | weight=0.138
=zbozi =ze | weight=0.138
=ze =slevu | weight=0.138
=zvysila | weight=0.137
=pry =vraci | weight=0.137
=korun | weight=0.136
=bez =uctenky | weight=0.136, noneg
=maximum | weight=0.136
=kvuli =ochrane | weight=0.135
=ochrane | weight=0.135
=ochrane =osobne | weight=0.135
=osobne =udaje | weight=0.135
=udaje =se | weight=0.135
=nam =nebyl | weight=0.135, noneg
=koncert | weight=0.135
=ze =podle | weight=0.135
=by =radu | weight=0.134
=proste =je | weight=0.134
=zlevnene =zbozi | weight=0.134
=reklamacni =radu | weight=0.134
=pravidel =neni | weight=0.134, noneg
=bezpecnostni | weight=0.133
=vymenu | weight=0.133
=souhlas | weight=0.133
=nevraci =to | weight=0.133
=prej =nevraci | weight=0.133
=ze =nemuze | weight=0.132
=jsem =ji | weight=0.132
=nez =za | weight=0.132
=prevest | weight=0.132
=u =toho | weight=0.132
=vozidlo | weight=0.131
=jiny =barvu | weight=0.131
=nepokryva | weight=0.131
=ze =zavada | weight=0.130
=uplatnit | weight=0.130
=zamitli =kvuli | weight=0.130
=ve =slevu | weight=0.130
=nerozbalene | weight=0.129
=prodavacka =se | weight=0.129
=zaruka =nekryje | weight=0.129
=plati =jen | weight=0.129
=usklibal | weight=0.129
=protoze =krabici | weight=0.129
=opravu =nemuze | weight=0.128
=rekl =operatorka | weight=0.128
=ma =svazany | weight=0.128
=on =by | weight=0.128
=pracovnik =na | weight=0.128
=pokutu | weight=0.128
=darek | weight=0.127
=nenecham =me | weight=0.127
=po =lhuta | weight=0.127
=system =neumoznuje | weight=0.127
=se =vam | weight=0.126
=zaruka =mi | weight=0.126
=tak =jsou | weight=0.126
=nemuze =nic | weight=0.126, noneg
=system =mi | weight=0.125
=reklamaci =jsem | weight=0.125
=mi =nahradu | weight=0.125
=smlouvu | weight=0.124
=se =mnou | weight=0.124
=se =v | weight=0.124
=internet =smernice | weight=0.123
=neprobehl | weight=0.123
=kocarek | weight=0.123
=to =po | weight=0.123
=jejich =pravidla | weight=0.122
=me =pry | weight=0.122
=s =kocarek | weight=0.122
=tak =to | weight=0.122
=uctenky | weight=0.122
=jen =na | weight=0.122
=system =nedovoli | weight=0.122
=nevezmou | weight=0.121
=a =nejde | weight=0.121
=kryta | weight=0.120
=oni =pry | weight=0.120
=pry =reklamaci | weight=0.120
=reklamaci =nevyrizuji | weight=0.120
=protoze =byla | weight=0.119
=a =jinak | weight=0.118
=a =nepomohl | weight=0.118
=takze =mi | weight=0.118
=smlouvu =je | weight=0.118
=ze =vraceni | weight=0.118
=nastavene | weight=0.117
=narok =nemam | weight=0.117, noneg
=ze =po | weight=0.117
=to =podle | weight=0.117
=nevzali =protoze | weight=0.117
=vratit =nerozbalene | weight=0.117
=na =firma | weight=0.117
=maji =nejaky | weight=0.116
=nejaky =narizeni | weight=0.116
=vypis =z | weight=0.116
=vyjimku =neda | weight=0.116
=kompresor | weight=0.115
=zbozi =byla | weight=0.115
=maji | weight=0.115
=dispecer =rekl | weight=0.115
=odmitli =prijmout | weight=0.115
=ani =na | weight=0.115, noneg
=pry =udelat | weight=0.115
=duvodu =mi | weight=0.115
=vymenu =to | weight=0.114
=vyhovet | weight=0.114
=poskodil =ja | weight=0.114
=narok | weight=0.114
=objednavka =je | weight=0.113
=primo | weight=0.113
=internet =predpisy | weight=0.113
=ve =smlouvu | weight=0.113
=obal | weight=0.113
=pry =neni | weight=0.113, noneg
=za =vyrobce | weight=0.113
=tim =nic | weight=0.113, noneg
=na =obchodni | weight=0.112
=je =jejich | weight=0.112
=to =proto | weight=0.112
=pry =na | weight=0.112
=to =proste | weight=0.111
=od =smlouvu | weight=0.110
=protoze =obal | weight=0.110
=vratku =mi | weight=0.110
=nenecham | weight=0.110
=o =vraceni | weight=0.109
=byla =vyplneny | weight=0.109
=zaviraji | weight=0.108
=vyjimku | weight=0.108
=prominte | weight=0.108
=ma =pokyny | weight=0.108
=tak =ma | weight=0.108
=servisu =se | weight=0.108
=nesplnuje | weight=0.107
=dane | weight=0.107
=to =prej | weight=0.107
=pani =se | weight=0.107
=mu =to | weight=0.107
=nevyda | weight=0.106
