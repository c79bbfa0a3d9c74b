# policy_refusal, cs: learned by scripts/learn.py from 3092 tuning texts (289 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Garanci vrácení peněz do 30 dnů inzerují všude, ale když jsem to chtěl využít, najednou to neplatí.
+ Podmínky nám to prý nedovolujou.
+ vic pro me udelat nemuzou, rekl operator
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=predpisy | weight=0.536
=pravidla | weight=0.477
=neumoznuje | weight=0.442
=nelze | weight=0.440
=zamitnuta | weight=0.407
=nevraci | weight=0.398
=pry | weight=0.381
=nedovoli | weight=0.380
=podminky | weight=0.351
=nevztahuje | weight=0.348
=slevu | weight=0.340
=rekl =pani | weight=0.339
=nepovolili | weight=0.337
=zaruka | weight=0.333
=krabici | weight=0.323
=to =nemam | weight=0.318, noneg
=poukazku | weight=0.308
=ji =to | weight=0.304
=nevrati | weight=0.298
=neexistuje =zadna | weight=0.292, noneg
=nebavi | weight=0.290
=zamitli | weight=0.289
=neplati | weight=0.283
=duvodu | weight=0.282
=nemuze =vam | weight=0.280
=politika | weight=0.277
=nesmim | weight=0.276
=jen =poukazku | weight=0.270
=mi =odmitli | weight=0.269
=nemuze | weight=0.267
=vic | weight=0.266
=bohuzel | weight=0.265
=protoze =to | weight=0.262
=smulu | weight=0.259
=neuznali | weight=0.256
=nic =nenadelaji | weight=0.251, noneg
=kdyz =mam | weight=0.248
=nesmi | weight=0.248
=nemam =narok | weight=0.246, noneg
=vzit | weight=0.245
=schovava | weight=0.241
=nebere | weight=0.240
=neexistuje | weight=0.239
=pripade | weight=0.239
=ani =kdyz | weight=0.234, noneg
=bez | weight=0.231, noneg
=mi =neuznali | weight=0.230
=predpis | weight=0.227
=mi =nevrati | weight=0.227
=neni =duvodu | weight=0.227, noneg
=zavada =neni | weight=0.227, noneg
=rozbalene =zbozi | weight=0.225
=odpustit | weight=0.224
=dobropis =penize | weight=0.223
=mi =nabidnout | weight=0.223
=nabidnout | weight=0.223
=bez =predchozi | weight=0.222, noneg
=rozbalene | weight=0.219
=nekryje | weight=0.218
=vratku | weight=0.217
=to =nejde | weight=0.217
=zbozi =neprijimaji | weight=0.216
=vyplneny | weight=0.215
=to =system | weight=0.214
=kdyby =to | weight=0.214, noneg
=nam =nepovolili | weight=0.213
=reklamaci =zamitli | weight=0.213
=takovy =je | weight=0.211
=ale =ma | weight=0.210
=skoncila | weight=0.207
=e-shopu =v | weight=0.206
=nedorovnavaji | weight=0.206
=prodejne =nedorovnavaji | weight=0.206
=je =ji | weight=0.206
=nastavene | weight=0.205
=limit | weight=0.204
=moje =zadost | weight=0.203
=pry =nemam | weight=0.203, noneg
=zmenit | weight=0.203
=uplynula | weight=0.200
=garanci =vraceni | weight=0.199
=byla =vyplneny | weight=0.197
=lito | weight=0.196
=zmenit =termin | weight=0.196
=to =zakazalo | weight=0.196
=zakazalo | weight=0.196
=kocarek | weight=0.195
=pry =plati | weight=0.194
=zbozi =z | weight=0.194
=vratit =to | weight=0.193
=bez =doporuceny | weight=0.193, noneg
=bankovni | weight=0.192
=nevymeni | weight=0.192
=vstupenky | weight=0.190
=s =odkaz | weight=0.190
=svazany | weight=0.189
=svazany =ruce | weight=0.189
=ze =maji | weight=0.188
=nechteli =udelat | weight=0.188
=pouze | weight=0.188
=neodborne | weight=0.187
=garanci | weight=0.186
=slevu =za | weight=0.185
=pry =na | weight=0.185
=nic =dela | weight=0.185, noneg
=nevzali | weight=0.185
=jsou =predpisy | weight=0.185
=tarif =zmenit | weight=0.184
=nemuze =nic | weight=0.183, noneg
=v =podminky | weight=0.182
=tarif =pry | weight=0.182
=neobjednal | weight=0.181
=pry =nemuze | weight=0.181
=najednou | weight=0.181
=vam =to | weight=0.180
=zamitnuta =reklamaci | weight=0.180
=prijmout | weight=0.180
=v =zaruka | weight=0.179
=zadost =mi | weight=0.177
=mi =tarif | weight=0.177
=lek | weight=0.177
=vymenu | weight=0.177
=cenu =z | weight=0.173
=zlevnene | weight=0.173
=vzit =zpatky | weight=0.173
=akcni | weight=0.173
=a =vyjimku | weight=0.172
=vyluku | weight=0.172
=musim =schvalit | weight=0.172
=schvalit =vedouci | weight=0.172
=maximum | weight=0.172
=neprijimaji | weight=0.171
=akcni =cenu | weight=0.169
=vyprodeje | weight=0.169
=storno | weight=0.169
=uzavren | weight=0.168
=je =uz | weight=0.167
=letenku | weight=0.167
=predpisy =a | weight=0.167
=to =lito | weight=0.167
=zamitli =s | weight=0.166
=neprijima | weight=0.166
=podminky =na | weight=0.166
=odmitli =s | weight=0.166
=neprijima =protoze | weight=0.166
=se =nevraci | weight=0.165
=vic =pro | weight=0.164
=pry =neda | weight=0.163
=mi =balik | weight=0.163
=vystavit | weight=0.163
=to =firemni | weight=0.162
=nedostal =protoze | weight=0.161
=jen =do | weight=0.161
=narizeni | weight=0.161
=pokyny | weight=0.161
=takze =se | weight=0.160
=penize =jen | weight=0.160
=zadna =moznost | weight=0.160, noneg
=vraceni =je | weight=0.160
=poplatek =mi | weight=0.160
=zaruka =kvuli | weight=0.160
=jim =to | weight=0.159
=nevratna | weight=0.158
=nemuze =rekl | weight=0.157
=neprijmou | weight=0.157
=firemni | weight=0.157
=takze =nic | weight=0.157, noneg
=nic =s | weight=0.157, noneg
=vyhovet | weight=0.156
=neprijima =muj | weight=0.155
=zruseny =koncert | weight=0.155
=odvolanim | weight=0.155
=vydat | weight=0.155
=z =e-shopu | weight=0.154
=nejde | weight=0.154
=pravidel | weight=0.154
=na =to | weight=0.153
=kriterii | weight=0.153
=pravidla =a | weight=0.153
=tak =to | weight=0.153
=zaruka =nevztahuje | weight=0.152
=vsem | weight=0.152
=mi =neprijima | weight=0.151
=nic =udelat | weight=0.150, noneg
=storno =podminky | weight=0.148
=s =tim | weight=0.148
=servisu =mi | weight=0.147
=kryta | weight=0.146
=z =kartu | weight=0.146
=v =pripade | weight=0.145
=plati =jen | weight=0.145
=uctenky | weight=0.144
=nich =na | weight=0.144
=podle =podminky | weight=0.143
=system =nedovoli | weight=0.143
=to =pry | weight=0.143
=nad | weight=0.142
=to =jejich | weight=0.142
=nepripousteji | weight=0.142
=ze =bez | weight=0.141, noneg
=se =se | weight=0.141
=prej | weight=0.140
=neumim =je | weight=0.139
=to =nastavene | weight=0.139
=postup | weight=0.139
=dobropis | weight=0.139
=lhuta | weight=0.139
=tim =nic | weight=0.139, noneg
=takze | weight=0.138
=a =prodavacka | weight=0.138
=odmitli | weight=0.138
=odmita | weight=0.137
=prodejne =kde | weight=0.136
=vymenu =odmitli | weight=0.136
=kvuli =ochrane | weight=0.134
=ochrane | weight=0.134
=ochrane =osobne | weight=0.134
=osobne =udaje | weight=0.134
=udaje =se | weight=0.134
=hodiny =od | weight=0.134
=lze =uplatnit | weight=0.134
=od =doruceni | weight=0.134
=uplatnit =jen | weight=0.134
=nespada | weight=0.134
=nespada =podam | weight=0.134
=to =nespada | weight=0.134
=rekl =mi | weight=0.132
=odvolanim =na | weight=0.132
=s =odvolanim | weight=0.132
=to =koupil | weight=0.132
=nabidli =mi | weight=0.132
=zamkne | weight=0.131
=zamkne =a | weight=0.131
=neprovadi | weight=0.131
=to =neplati | weight=0.131
=pry =vraci | weight=0.131
=plnou | weight=0.130
=neruci | weight=0.130
=pani =se | weight=0.130
=v =servisu | weight=0.130
=a =nepomohla | weight=0.130
=dva =rok | weight=0.130
=by =radu | weight=0.129
=nenecham =me | weight=0.129
=prodavacka =se | weight=0.129
=mohu | weight=0.129
=vedeni | weight=0.129
=vstup | weight=0.129
=reklamaci | weight=0.128
=to =podle | weight=0.128
=korun | weight=0.128
=system =ji | weight=0.127
=usklibal | weight=0.127
=oznamila | weight=0.127
=od =smlouvu | weight=0.127
=tisic | weight=0.127
=centralne | weight=0.126
=nastavene =centralne | weight=0.126
=zaviraji | weight=0.125
=zvysila | weight=0.125
=protoze =uz | weight=0.125
=ja =a | weight=0.125
=kde =jsem | weight=0.125
=ctrnact =dni | weight=0.124
=uplynula =ctrnact | weight=0.124
=zbozi =ze | weight=0.124
=ze =slevu | weight=0.124
=koncert | weight=0.124
=na =nahradni | weight=0.123
=vyzkouset | weight=0.123
=byla =zamitnuta | weight=0.123
=manzelku | weight=0.122
=pry =neexistuje | weight=0.122
=to =neumim | weight=0.122
=pry =nejde | weight=0.121
=reklamaci =jsem | weight=0.120
=nam =nebyl | weight=0.120, noneg
=jsem =v | weight=0.120
=smlouvu =je | weight=0.120
=ma =svazany | weight=0.120
=on =by | weight=0.120
=mi =nahradu | weight=0.119
=oznamila =ze | weight=0.119
=vraceni | weight=0.119
=v =prodejne | weight=0.119
=maji =nejaky | weight=0.119
=nejaky =narizeni | weight=0.119
=nejde =ze | weight=0.119
=zaruka =mi | weight=0.119
=nejde =ani | weight=0.119, noneg
=schvalit | weight=0.119
=prevest | weight=0.119
=vymenu =to | weight=0.118
=bezpecnostni | weight=0.118
=mi =s | weight=0.118
=platne | weight=0.118
=ani =korun | weight=0.118, noneg
=ze =zavada | weight=0.118
=vlak | weight=0.118
=neda =souhlas | weight=0.117
=je =jejich | weight=0.117
=nevraci =to | weight=0.117
=prej =nevraci | weight=0.117
=pomoct | weight=0.117
=se =vam | weight=0.117
=to =neumoznuje | weight=0.117
=ze =vraceni | weight=0.117
=na =obchodni | weight=0.116
=narok =nemam | weight=0.115, noneg
=na =firma | weight=0.115
=barve | weight=0.115
=dispecer =rekl | weight=0.115
=tecka | weight=0.115
=ze =nemuze | weight=0.114
=ze =podle | weight=0.114
=odmitli =prijmout | weight=0.114
=jinak =to | weight=0.113
=nepokryva | weight=0.113
=nerozbalene | weight=0.113
=vratit =nerozbalene | weight=0.113
=se =v | weight=0.112
=predpisy =jsou | weight=0.112
=razitko | weight=0.112
=uplatnit | weight=0.112
=odkaz =na | weight=0.112
=internet =predpisy | weight=0.111
=ma =pokyny | weight=0.111
=tak =ma | weight=0.111
=vyprodeje =zbozi | weight=0.110
=firemni =politika | weight=0.110
=objednavka =je | weight=0.109
=odstoupeni | weight=0.109
=pry =uplynula | weight=0.109
=nevyda | weight=0.109
=zalohu | weight=0.109
=to =po | weight=0.109
=zamitli =kvuli | weight=0.109
=zbozi | weight=0.109
=nenecham | weight=0.109
=obal =byla | weight=0.109
=protoze =obal | weight=0.109
=vratku =mi | weight=0.109
=slevu =se | weight=0.109
=primo =s | weight=0.108
=a =hotovo | weight=0.108
=ctrnact | weight=0.108
=podle =pravidel | weight=0.108
=a =nejde | weight=0.108
=vyjimku =neda | weight=0.108
=dispecer | weight=0.107
=a =dalsi | weight=0.107
=akce | weight=0.107
=pry =udelat | weight=0.107
=mam =smulu | weight=0.107
=poskodil | weight=0.107
=rozhodnuti | weight=0.107
=vozidlo | weight=0.107
=system =neumoznuje | weight=0.106
=darek | weight=0.106
=nez =za | weight=0.105
=prominte | weight=0.105
=kauce =za | weight=0.105
=uz =uplynula | weight=0.105
=to =proto | weight=0.104
=me =pry | weight=0.104
=vyrobce =oni | weight=0.104
=oni =pry | weight=0.103
=pry =reklamaci | weight=0.103
=reklamaci =nevyrizuji | weight=0.103
=zbozi =byla | weight=0.103
=rameny =ze | weight=0.103
=nevzali =protoze | weight=0.102
=tak =jsou | weight=0.102
=prestoze =jsem | weight=0.102
=nejde =protoze | weight=0.102
=mam =vypis | weight=0.102
=takovy | weight=0.101
=obal | weight=0.101
=bez =uctenky | weight=0.101, noneg
=to =nelibi | weight=0.101
=odstoupeni =od | weight=0.101
=ze =nam | weight=0.100
=na =vyluku | weight=0.100
=muze =kuryr | weight=0.100
=poskozeni | weight=0.100
=nemam =puvodni | weight=0.098, noneg
=splatnosti | weight=0.098
=zaruka =nekryje | weight=0.098
=podminky =to | weight=0.098
=zakon | weight=0.098
=souhlas | weight=0.098
=jsem =ji | weight=0.098
=kompresor | weight=0.097
=vraceni =zalohu | weight=0.097
=pojistka =nekryje | weight=0.097
=smernice | weight=0.097
=duvodu =mi | weight=0.097
=prezkoumani | weight=0.096
=system =mi | weight=0.096
=odmita =plnou | weight=0.096
