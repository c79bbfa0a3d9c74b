# wants_refund, sl: learned by scripts/learn.py from 2314 tuning texts (113 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Vračilo denarja za odpovedan let so zavrnili s sklicevanjem na interna navodila.
+ Ocena: 2. Zagotovili so mi vracilo denarja do konca meseca, zdaj je ze sredina naslednjega in na racunu nic.
+ hocem svoj denar nazaj
- Ovadili vas bomo.
- Tole bo šlo viralno.
=odskodnino | weight=0.511
=hocem | weight=0.386
=zahtevam | weight=0.370
=naj =mi | weight=0.333
=nazaj | weight=0.332
=vrnete | weight=0.329
=kupnine | weight=0.313
=nakazilo | weight=0.311
=denar | weight=0.310
=stroske | weight=0.300
=cakal =na | weight=0.289
=zahtevam =vracilo | weight=0.282
=eur | weight=0.276
=dobropis =za | weight=0.268
=povracilo | weight=0.257
=razliko | weight=0.253
=moral =vrnili | weight=0.252
=petek =ne | weight=0.249, noneg
=ne =vrnete | weight=0.241, noneg
=preplacila | weight=0.237
=vrnili =mi | weight=0.234
=znesek | weight=0.232
=svoje | weight=0.232
=izplacilo | weight=0.231
=mi =moral | weight=0.231
=refundacijo | weight=0.222
=refundacijo =za | weight=0.222
=denar =nazaj | weight=0.222
=pricakujem =odskodnino | weight=0.221
=zaracunali | weight=0.218
=moja =vracilo | weight=0.213
=zelo =da | weight=0.209
=vrnili =polog | weight=0.203
=odskodnino =za | weight=0.199
=vrnili | weight=0.197
=da =mi | weight=0.197
=rad =bi | weight=0.196
=ne =dobil | weight=0.189, noneg
=ce =mi | weight=0.182, noneg
=polog | weight=0.178
=ste =obljubili | weight=0.173
=naj =nam | weight=0.169
=narediti | weight=0.167
=mi =povrnete | weight=0.165
=takoj | weight=0.164
=in =koncu | weight=0.161
=povrnitev | weight=0.158
=za =izgubljeno | weight=0.158
=rad | weight=0.157
=prosim =vrnili | weight=0.156
=stornirate | weight=0.156
=in =v | weight=0.156
=povrnete | weight=0.155
=kje =je | weight=0.153
=neizveden | weight=0.152
=za =neizveden | weight=0.152
=poskodovan | weight=0.152
=prosim | weight=0.152
=vrnitev | weight=0.151
=vedno =cakal | weight=0.151
=izplacilo =kar | weight=0.150
=prosim =izplacilo | weight=0.150
=dnevu =brez | weight=0.149, noneg
=za =dnevu | weight=0.149
=kovcek | weight=0.148
=placilo | weight=0.147
=odpovedal =let | weight=0.147
=placilo =za | weight=0.145
=dolgujete | weight=0.143
=evrov | weight=0.143
=nakazilo =mi | weight=0.143
=da =dobil | weight=0.140
=skodo | weight=0.139
=povrnitev =stroske | weight=0.139
=kritja | weight=0.138
=za =pokvarjen | weight=0.136
=od =placilo | weight=0.135
=vracilo | weight=0.135
=zahtevam =dobropis | weight=0.134
=kdaj =mi | weight=0.133
=mi =boste | weight=0.133
=eno =od | weight=0.132
=izgubljeno | weight=0.131
=vracilo =denar | weight=0.131
=pokrita | weight=0.131
=trr | weight=0.130
=narocila =pri | weight=0.129
=lahko =dobil | weight=0.128
=pravni | weight=0.126
=odpadel | weight=0.125
=na =racun | weight=0.124
=boste | weight=0.124
=bom =poiskal | weight=0.124
=poiskal | weight=0.124
=kar =ste | weight=0.123
=mi =vrnete | weight=0.123
=mi =stornirate | weight=0.119
=stornirate =racun | weight=0.119
=takoj =vrnili | weight=0.119
=maja | weight=0.118
=je =zaradi | weight=0.116
=na =avta | weight=0.116
=skodo =na | weight=0.116
=tri =teden | weight=0.116
=placilo =znesek | weight=0.116
=jih | weight=0.114
=let | weight=0.113
=ki =sem | weight=0.113
=pripada =povracilo | weight=0.113
=vas =jaz | weight=0.112
=ze =tri | weight=0.112
=pricakujem =da | weight=0.112
=facebooku =in | weight=0.110
=dni =brez | weight=0.109, noneg
=je =let | weight=0.108
=let =odpadel | weight=0.108
=dobropis | weight=0.107
=hocem =nazaj | weight=0.106
=zelo | weight=0.106
=prevec =placilo | weight=0.105
=mi =odskodnino | weight=0.104
=prenocisc | weight=0.104
=prenocisc =ker | weight=0.104
=stroske =prenocisc | weight=0.104
=vracilo =celotno | weight=0.103
=razliko =v | weight=0.103
=v =ceno | weight=0.103
=mi =nakazilo | weight=0.103
=kes =nazaj | weight=0.103
=mesec =dni | weight=0.101
=iz =svoje | weight=0.101
=pricakujem | weight=0.101
=prtljago =pricakujem | weight=0.101
=hocem =svoje | weight=0.100
=mi =denar | weight=0.099
=stroske =popravilo | weight=0.099
=ki =ne | weight=0.099, noneg
=mi =pripada | weight=0.098
=pripada | weight=0.098
=avta | weight=0.098
=brez =signala | weight=0.097, noneg
=narocnino | weight=0.097
=dneh =cakal | weight=0.096
=akontacije | weight=0.096
=obljubili =v | weight=0.096
=odpovedal | weight=0.095
=dnevu | weight=0.094
=kje | weight=0.093
=bi =mi | weight=0.092
=na =trr | weight=0.091
=provizij | weight=0.091
=absurdno | weight=0.090
=prvic | weight=0.090
=zahtevam =povracilo | weight=0.090
=prisel =s | weight=0.089
=za =povracilo | weight=0.089
=odvetniku | weight=0.089
=vrnete =na | weight=0.088
=celotno =znesek | weight=0.088
=so =po | weight=0.087
=poravnal | weight=0.087
=dvakrat | weight=0.086
=let =grem | weight=0.085
=cakal =ze | weight=0.085
=vstopnice | weight=0.085
=koncu =mesec | weight=0.085
=je =moja | weight=0.085
=izdelek =ne | weight=0.084, noneg
=kes | weight=0.084
=neupraviceno | weight=0.083
=vodja =je | weight=0.083
=ne =zelo | weight=0.083, noneg
=za =mama | weight=0.081
=vrnili =izdelek | weight=0.081
=zamikom | weight=0.080
=nadomestilo | weight=0.080
=mi =dvakrat | weight=0.080
=povrnete =stroske | weight=0.079
=ga =placilo | weight=0.079
=cevlje =ki | weight=0.079
=gre | weight=0.078
=do =koncu | weight=0.077
=za =cevlje | weight=0.077
=storitev | weight=0.077
=placilo =dvakrat | weight=0.077
=mrzla =in | weight=0.076
=ze =tako | weight=0.076
=vi | weight=0.075
=manjka | weight=0.075
=narocnino =za | weight=0.075
=zahtevam =razliko | weight=0.074
=kupnine =povrnete | weight=0.074
=mi =kupnine | weight=0.074
=za =vrnjen | weight=0.074
=racun =za | weight=0.074
=mi =preostanek | weight=0.074
=preostanek | weight=0.074
=preostanek =narocnino | weight=0.074
=inspektoratu | weight=0.073
=samo =svoje | weight=0.071
=pica =je | weight=0.070
=slusalko | weight=0.070
=znesek =vrnili | weight=0.069
=mi =takoj | weight=0.069
=karto | weight=0.069
=voznjo | weight=0.068
=pa =samo | weight=0.068
=pica | weight=0.067
=kaze =na | weight=0.067
=zahtevam =odskodnino | weight=0.067
=paket =je | weight=0.067
=pokvarjen =hrana | weight=0.067
=svoje =denar | weight=0.065
=ne =bon | weight=0.065, noneg
=racun =nic | weight=0.065, noneg
=zagotovili =so | weight=0.065
=placilo =mi | weight=0.065
=ne =jaz | weight=0.064, noneg
=poklical =mi | weight=0.063
=evrov =nazaj | weight=0.062
=prtljago | weight=0.061
=izplacilo =odskodnino | weight=0.061
=za =kovcek | weight=0.061
=mi =prevec | weight=0.061
=jih =placilo | weight=0.061
=za =povrnitev | weight=0.061
=prosim =za | weight=0.060
=ker =je | weight=0.060
=mislim =da | weight=0.060
=narediti =napaka | weight=0.060
=nazaj =za | weight=0.060
=so =bil | weight=0.059
=kot =invalid | weight=0.059
=banki =je | weight=0.059
=je =sploh | weight=0.059
=izgubljeno =kovcek | weight=0.058
=kovcek =pricakujem | weight=0.058
=celotno | weight=0.057
=glede =odskodnino | weight=0.057
=dostava =ki | weight=0.057
=ceno | weight=0.057
=je =prisel | weight=0.057
=bil =napacen | weight=0.056
=narocila =je | weight=0.056
=mi =jih | weight=0.056
=hocem =denar | weight=0.055
=moja =racun | weight=0.054
=je =celo | weight=0.054
=hrana | weight=0.054
=za =maja | weight=0.053
=prevara | weight=0.053
=invalid | weight=0.053
=narocnino =vrnete | weight=0.052
=denar =za | weight=0.052
=bremenili | weight=0.052
=bremenili =kartico | weight=0.052
=zaracunali =narocnino | weight=0.052
=na =facebooku | weight=0.052
=skoraj | weight=0.052
=po =teden | weight=0.051
=razpadli | weight=0.051
=odgovor =glede | weight=0.050
=mrzla | weight=0.049
=denar =v | weight=0.048
=dvakrat =zaracunali | weight=0.048
=cakava | weight=0.048
=cakava =ze | weight=0.048
=kupnine =v | weight=0.048
=servis =servis | weight=0.048
=in =vrnete | weight=0.047
=dostavna | weight=0.046
=dostavna =sluzba | weight=0.046
=facebooku | weight=0.046
=placilo =sem | weight=0.046
=so =obljubili | weight=0.045
=spremljevalca | weight=0.045
=kdaj | weight=0.044
=ce | weight=0.043, noneg
=celoti | weight=0.043
=v =celoti | weight=0.043
=mu =prevec | weight=0.043
=popravilo =ki | weight=0.043
=za =vodja | weight=0.043
=na =podlagi | weight=0.042
=podlagi | weight=0.042
=na =serviser | weight=0.042
=serviser =na | weight=0.042
=serviser =serviser | weight=0.042
=zavrnili =s | weight=0.042
=okvarjen | weight=0.042
=na =moja | weight=0.042
=stroj =je | weight=0.041
=ki =so | weight=0.041
=drugace =grem | weight=0.040
=prepozno | weight=0.040
=mi =kar | weight=0.040
=taksi | weight=0.039
=bom =ukinil | weight=0.038
=vas =dostava | weight=0.038
=in =si | weight=0.038
=premium | weight=0.038
=bil =ze | weight=0.038
=mi =ne | weight=0.038, noneg
=sluzba =in | weight=0.038
=izgubljeno =prtljago | weight=0.038
=vsakic =sem | weight=0.037
=dobil | weight=0.037
=s =sklicevanjem | weight=0.037
=sklicevanjem | weight=0.037
=sklicevanjem =na | weight=0.037
=izpada =elektriko | weight=0.036
=zgodbo | weight=0.036
=tokrat | weight=0.036
=mislim | weight=0.036
=vrnete =denar | weight=0.036
=krivda =valijo | weight=0.036
=zakon | weight=0.035
=uredbo | weight=0.035
=vzamejo | weight=0.035
=obljubili | weight=0.035
=naslednji =ponedeljek | weight=0.034
=torek =prisel | weight=0.034
=narocnino =na | weight=0.034
=koncu | weight=0.034
=je =zdravila | weight=0.033
=ukinil | weight=0.033
=pa =zelo | weight=0.033
=letalska =karto | weight=0.033
=stroske =za | weight=0.033
=se =mu | weight=0.032
=mi =vracilo | weight=0.032
=urejeno =do | weight=0.031
=inspekciji =in | weight=0.031
=stroj =naroceno | weight=0.031
=let =so | weight=0.031
=moral | weight=0.031
=skladisce =skladisce | weight=0.031
=kar =sem | weight=0.030
=gospa =rekli | weight=0.030
=sploh =ni | weight=0.030, noneg
