# policy_refusal, cs: learned by scripts/learn.py from 3307 tuning texts (290 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Garanci vrácení peněz do 30 dnů inzerují všude, ale když jsem to chtěl využít, najednou to neplatí.
+ Podmínky nám to prý nedovolujou.
+ vic pro me udelat nemuzou, rekl operator
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=predpisy | weight=0.539
=pravidla | weight=0.471
=neumoznuje | weight=0.449
=nelze | weight=0.444
=zamitnuta | weight=0.413
=nevraci | weight=0.399
=nedovoli | weight=0.364
=nevztahuje | weight=0.350
=slevu | weight=0.344
=rekl =pani | weight=0.340
=pry | weight=0.334
=nepovolili | weight=0.333
=podminky | weight=0.332
=zaruka | weight=0.320
=to =nemam | weight=0.317, noneg
=krabici | weight=0.316
=ji =to | weight=0.313
=poukazku | weight=0.312
=nic =nenadela | weight=0.309, noneg
=nevrati | weight=0.300
=politika | weight=0.292
=duvodu | weight=0.287
=neexistuje =zadna | weight=0.287, noneg
=nesmim | weight=0.286
=nebavi | weight=0.284
=neplati | weight=0.280
=nemuze =vam | weight=0.277
=zamitli | weight=0.275
=jen =poukazku | weight=0.274
=nemuze | weight=0.273
=vic | weight=0.266
=bohuzel | weight=0.265
=mi =odmitli | weight=0.262
=nesmi | weight=0.262
=neuznali | weight=0.256
=nebere | weight=0.254
=smulu | weight=0.253
=protoze =to | weight=0.253
=vzit | weight=0.251
=kdyz =mam | weight=0.251
=bez | weight=0.250, noneg
=nemam =narok | weight=0.250, noneg
=pripade | weight=0.246
=neexistuje | weight=0.241
=schovava | weight=0.234
=mi =neuznali | weight=0.234
=neni =duvodu | weight=0.229, noneg
=zavada =neni | weight=0.229, noneg
=predpis | weight=0.227
=rozbalene =zbozi | weight=0.227
=ani =kdyz | weight=0.226, noneg
=rozbalene | weight=0.223
=dobropis =penize | weight=0.223
=mi =nabidnout | weight=0.223
=nabidnout | weight=0.223
=odpustit | weight=0.220
=nam =nepovolili | weight=0.219
=bez =predchozi | weight=0.218, noneg
=mi =nevrati | weight=0.218
=zbozi =neprijimaji | weight=0.216
=vratku | weight=0.216
=nekryje | weight=0.215
=limit | weight=0.210
=kdyby =to | weight=0.208, noneg
=to =zakazalo | weight=0.208
=zakazalo | weight=0.208
=je =ji | weight=0.207
=vyplneny | weight=0.207
=to =nejde | weight=0.207
=pry =nemam | weight=0.207, noneg
=nastavene | weight=0.205
=takovy =je | weight=0.205
=uplynula | weight=0.204
=nedorovnavaji | weight=0.204
=prodejne =nedorovnavaji | weight=0.204
=ale =ma | weight=0.204
=nic =dela | weight=0.203, noneg
=lito | weight=0.199
=to =system | weight=0.199
=reklamaci =zamitli | weight=0.199
=kocarek | weight=0.199
=zbozi =z | weight=0.197
=nevymenili | weight=0.197
=pry =na | weight=0.196
=garanci =vraceni | weight=0.196
=bankovni | weight=0.196
=zmenit | weight=0.196
=jsou =predpisy | weight=0.195
=moje =zadost | weight=0.193
=zmenit =termin | weight=0.192
=svazany | weight=0.192
=svazany =ruce | weight=0.192
=byla =vyplneny | weight=0.191
=pry =plati | weight=0.190
=skoncila | weight=0.190
=s =odkaz | weight=0.189
=garanci | weight=0.189
=pry =nemuze | weight=0.188
=ze =maji | weight=0.188
=bez =doporuceny | weight=0.187, noneg
=tarif =zmenit | weight=0.187
=tarif =pry | weight=0.187
=slevu =za | weight=0.186
=pouze | weight=0.185
=nevzali | weight=0.185
=vymenu | weight=0.184
=mi =tarif | weight=0.182
=neprijimaji | weight=0.180
=nechteli =udelat | weight=0.180
=najednou | weight=0.179
=vstupenky | weight=0.179
=zlevnene | weight=0.179
=v =podminky | weight=0.178
=zadost =mi | weight=0.178
=vam =to | weight=0.178
=prijmout | weight=0.177
=neprijima | weight=0.176
=neobjednal | weight=0.176
=v =zaruka | weight=0.176
=a =vyjimku | weight=0.175
=je =uz | weight=0.175
=zamitnuta =reklamaci | weight=0.175
=ona =s | weight=0.175
=lek | weight=0.174
=akcni | weight=0.173
=akcni =cenu | weight=0.173
=musim =schvalit | weight=0.173
=schvalit =vedouci | weight=0.173
=storno | weight=0.172
=vyluku | weight=0.170
=maximum | weight=0.170
=cenu =z | weight=0.170
=zamitli =s | weight=0.170
=nemuze =nic | weight=0.170, noneg
=predpisy =a | weight=0.169
=vic =pro | weight=0.169
=neprijima =protoze | weight=0.169
=vzit =zpatky | weight=0.169
=mi =balik | weight=0.168
=to =lito | weight=0.168
=podminky =na | weight=0.167
=penize =jen | weight=0.167
=uzavren | weight=0.166
=to =firemni | weight=0.166
=se =nevraci | weight=0.165
=jen =do | weight=0.164
=odmitli =s | weight=0.164
=vystavit | weight=0.163
=neodborne | weight=0.163
=neprijmou | weight=0.163
=pravidla =a | weight=0.163
=na =to | weight=0.163
=nemuze =rekl | weight=0.163
=narizeni | weight=0.162
=tim =nic | weight=0.162, noneg
=zadna =moznost | weight=0.161, noneg
=takze =nic | weight=0.160, noneg
=pravidel | weight=0.160
=letenku | weight=0.160
=odvolanim | weight=0.159
=poplatek =mi | weight=0.159
=firemni | weight=0.159
=nedostal =protoze | weight=0.159
=z =e-shopu | weight=0.157
=pokyny | weight=0.157
=vraceni =je | weight=0.157
=nic =s | weight=0.157, noneg
=vyprodeje | weight=0.157
=servisu =mi | weight=0.155
=mi =neprijima | weight=0.155
=takze =se | weight=0.154
=jim =to | weight=0.153
=vsem | weight=0.153
=takze | weight=0.152
=zaruka =nevztahuje | weight=0.152
=vratit =to | weight=0.152
=vyhovet | weight=0.150
=neumim =je | weight=0.150
=to =nastavene | weight=0.150
=zaruka =kvuli | weight=0.150
=neprijima =muj | weight=0.149
=zruseny =koncert | weight=0.149
=storno =podminky | weight=0.149
=s =tim | weight=0.148
=kriterii | weight=0.148
=postup | weight=0.148
=prej | weight=0.148
=nejde | weight=0.147
=tak =to | weight=0.147
=se =se | weight=0.147
=vedeni | weight=0.147
=v =pripade | weight=0.147
=nich =na | weight=0.146
=z =kartu | weight=0.146
=vydat | weight=0.145
=system =ji | weight=0.145
=v =servisu | weight=0.143
=system =nedovoli | weight=0.143
=kryta | weight=0.142
=pry =vraci | weight=0.142
=uctenky | weight=0.142
=odmita | weight=0.140
=lhuta | weight=0.140
=nevratna | weight=0.139
=dva =rok | weight=0.139
=by =radu | weight=0.139
=nad | weight=0.138
=zamkne | weight=0.137
=zamkne =a | weight=0.137
=to =neplati | weight=0.137
=odvolanim =na | weight=0.137
=s =odvolanim | weight=0.137
=vymenu =odmitli | weight=0.137
=centralne | weight=0.136
=nastavene =centralne | weight=0.136
=prodejne =kde | weight=0.136
=plati =jen | weight=0.136
=dobropis | weight=0.136
=ze =bez | weight=0.135, noneg
=byla =zamitnuta | weight=0.134
=a =prodavacka | weight=0.134
=to =koupil | weight=0.133
=hodiny =od | weight=0.133
=lze =uplatnit | weight=0.133
=od =doruceni | weight=0.133
=uplatnit =jen | weight=0.133
=podle =podminky | weight=0.133
=smlouvu =je | weight=0.132
=kvuli =ochrane | weight=0.132
=ochrane | weight=0.132
=ochrane =osobne | weight=0.132
=osobne =udaje | weight=0.132
=udaje =se | weight=0.132
=schvalit | weight=0.131
=to =neumim | weight=0.131
=reklamaci | weight=0.131
=nabidli =mi | weight=0.130
=oznamila | weight=0.130
=neruci | weight=0.130
=nenecham =me | weight=0.129
=prodavacka =se | weight=0.129
=nespada | weight=0.129
=nespada =podam | weight=0.129
=to =nespada | weight=0.129
=e-shopu =v | weight=0.128
=neprovadi | weight=0.128
=nic =udelat | weight=0.127, noneg
=usklibal | weight=0.127
=od =smlouvu | weight=0.127
=zbozi =ze | weight=0.126
=ze =slevu | weight=0.126
=nepripousteji | weight=0.126
=ze =zavada | weight=0.126
=ctrnact =dni | weight=0.126
=uplynula =ctrnact | weight=0.126
=odmitli | weight=0.126
=na =nahradni | weight=0.125
=to =podle | weight=0.125
=neda =souhlas | weight=0.125
=ani =korun | weight=0.125, noneg
=korun | weight=0.124
=pry =nejde | weight=0.124
=firemni =politika | weight=0.124
=plnou | weight=0.123
=a =nepomohl | weight=0.123
=oznamila =ze | weight=0.123
=ja =a | weight=0.122
=vraceni | weight=0.122
=vyzkouset | weight=0.122
=pani =se | weight=0.122
=vstup | weight=0.122
=manzelku | weight=0.122
=se =vam | weight=0.122
=to =neumoznuje | weight=0.122
=zaviraji | weight=0.121
=nam =nebyl | weight=0.120, noneg
=kde =jsem | weight=0.120
=mohu | weight=0.120
=vymenu =to | weight=0.120
=pry =neexistuje | weight=0.119
=koncert | weight=0.119
=odkaz =na | weight=0.119
=je =jejich | weight=0.118
=nevraci =to | weight=0.118
=prej =nevraci | weight=0.118
=nejde =ani | weight=0.118, noneg
=ma =svazany | weight=0.118
=on =by | weight=0.118
=zaruka =mi | weight=0.118
=uplatnit | weight=0.117
=narok =nemam | weight=0.117, noneg
=protoze =uz | weight=0.116
=prevest | weight=0.116
=slevu =se | weight=0.116
=to =po | weight=0.116
=zvysila | weight=0.116
=na =firma | weight=0.115
=ctrnact | weight=0.115
=vyrobce =oni | weight=0.115
=system =neumoznuje | weight=0.115
=obal | weight=0.115
=to =pry | weight=0.114
=tak =jsou | weight=0.114
=vlak | weight=0.114
=maji =nejaky | weight=0.114
=nejaky =narizeni | weight=0.114
=nejde =ze | weight=0.114
=se =v | weight=0.113
=souhlas | weight=0.112
=reklamaci =jsem | weight=0.112
=akce | weight=0.112
=nevyda | weight=0.112
=zalohu | weight=0.112
=muze =kuryr | weight=0.112
=podle =pravidel | weight=0.111
=nenecham | weight=0.111
=vozidlo | weight=0.111
=bezpecnostni | weight=0.111
=darek | weight=0.111
=predpisy =jsou | weight=0.110
=odmitli =prijmout | weight=0.110
=platne | weight=0.110
=ma =pokyny | weight=0.110
=tak =ma | weight=0.110
=odstoupeni | weight=0.110
=mi =s | weight=0.110
=jejich =pravidla | weight=0.109
=zbozi | weight=0.109
=nepokryva | weight=0.109
=oni =pry | weight=0.109
=pry =reklamaci | weight=0.109
=reklamaci =nevyrizuji | weight=0.109
=internet =predpisy | weight=0.109
=zamitli =kvuli | weight=0.109
=ze =vraceni | weight=0.108
=vyprodeje =zbozi | weight=0.108
=jsem =v | weight=0.108
=nez =za | weight=0.108
=a =dalsi | weight=0.108
=bez =doklady | weight=0.108, noneg
=tisic | weight=0.107
=primo =s | weight=0.107
=to =proto | weight=0.107
=pomoct | weight=0.107
=takovy | weight=0.107
=kauce =za | weight=0.107
=razitko | weight=0.106
=mi =nahradu | weight=0.106
=ruce | weight=0.106
=vyjimku =neda | weight=0.105
=ze =nemuze | weight=0.105
=na =zadna | weight=0.104, noneg
=splatnosti | weight=0.104
=poskodil | weight=0.104
=mam =vypis | weight=0.104
=smlouvu | weight=0.104
=zlevnene =zbozi | weight=0.104
=obal =byla | weight=0.103
=protoze =obal | weight=0.103
=vratku =mi | weight=0.103
=prominte | weight=0.103
=pry =uplynula | weight=0.103
=na =obchodni | weight=0.102
=podminky =to | weight=0.102
=dispecer =rekl | weight=0.102
=bez =uctenky | weight=0.102, noneg
=barve | weight=0.102
=pry =udelat | weight=0.102
=nepomohl | weight=0.102
=takovy =jsou | weight=0.101
=nevzali =protoze | weight=0.101
=tecka | weight=0.101
=pry =neda | weight=0.101
=nerozbalene | weight=0.101
=vratit =nerozbalene | weight=0.101
=odstoupeni =od | weight=0.101
=a =nejde | weight=0.101
=to =nelibi | weight=0.101
=ze =podle | weight=0.100
=darek =kartu | weight=0.100
=a =hotovo | weight=0.100
=me =pry | weight=0.100
=zaruka =nekryje | weight=0.100
=hygienicke | weight=0.100
=hygienicke =duvodu | weight=0.100
=v =prodejne | weight=0.100
=zavada | weight=0.099
=a =jestli | weight=0.099
=ze =nam | weight=0.099
=na =vyluku | weight=0.099
=nebyl =v | weight=0.098, noneg
=mam =smulu | weight=0.098
=nejde =protoze | weight=0.097
=protoze =byla | weight=0.097
=nesplnuje | weight=0.097
=uz =uplynula | weight=0.097
=uctenky =vybledla | weight=0.096
=vybledla | weight=0.096
=ve =slevu | weight=0.096
=zakon | weight=0.096
