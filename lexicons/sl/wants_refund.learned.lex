# wants_refund, sl: learned by scripts/learn.py from 2594 tuning texts (127 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Vračilo denarja za odpovedan let so zavrnili s sklicevanjem na interna navodila.
+ Odškodnino po evropski uredbi bom zahteval prek odvetnika, če je ne izplačate prostovoljno.
+ Če mi ne izplačate odškodnine, se obrnem na varuha pravic s področja zavarovalništva in na sodišče.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=odskodnino | weight=0.528
=hocem | weight=0.379
=zahtevam | weight=0.374
=naj =mi | weight=0.337
=denar | weight=0.320
=vrnete | weight=0.318
=nakazilo | weight=0.314
=stroskov | weight=0.310
=nazaj | weight=0.296
=kupnine | weight=0.295
=cakal =na | weight=0.286
=ne =vrnete | weight=0.279, noneg
=povracilo | weight=0.277
=zahtevam =vracilo | weight=0.276
=razliko | weight=0.266
=dobropis =za | weight=0.265
=vrne =mi | weight=0.264
=eur | weight=0.261
=moral =vrne | weight=0.261
=ce =mi | weight=0.256, noneg
=petek =ne | weight=0.240, noneg
=znesek | weight=0.224
=svoje | weight=0.220
=pricakujem =odskodnino | weight=0.219
=moja =vracilo | weight=0.215
=mi =moral | weight=0.215
=denar =nazaj | weight=0.214
=izplacilo | weight=0.214
=vrne =polog | weight=0.209
=refundacijo | weight=0.209
=refundacijo =za | weight=0.209
=zaracunali | weight=0.208
=rad =bi | weight=0.205
=preplacilo | weight=0.205
=vrne | weight=0.204
=zelo =da | weight=0.200
=odskodnino =za | weight=0.196
=da =mi | weight=0.189
=polog | weight=0.185
=ne =dobil | weight=0.180, noneg
=evrov | weight=0.177
=rad | weight=0.166
=naj =nam | weight=0.165
=vracilo | weight=0.164
=ste =obljubili | weight=0.164
=stornirate | weight=0.161
=mi =povrnete | weight=0.160
=neizveden | weight=0.157
=za =neizveden | weight=0.157
=vrnitev | weight=0.157
=prosim | weight=0.155
=in =koncu | weight=0.154
=vedno =cakal | weight=0.153
=povrnitev | weight=0.153
=kje =je | weight=0.151
=dnevi =brez | weight=0.149, noneg
=za =dnevi | weight=0.149
=dolgujete | weight=0.148
=skode | weight=0.148
=izplacilo =kar | weight=0.148
=prosim =izplacilo | weight=0.148
=prevec =placilo | weight=0.147
=in =v | weight=0.146
=za =izgubljeno | weight=0.145
=placilo | weight=0.143
=trr | weight=0.143
=ne =izplacilo | weight=0.142, noneg
=povrnete | weight=0.142
=poskodovan | weight=0.141
=placilo =za | weight=0.141
=kritja | weight=0.139
=prosim =vrne | weight=0.139
=kdaj =mi | weight=0.137
=povrnitev =stroskov | weight=0.136
=nakazilo =mi | weight=0.135
=vracilo =denar | weight=0.132
=zahtevam =povracilo | weight=0.131
=narediti | weight=0.130
=od =placilo | weight=0.129
=za =pokvarjen | weight=0.128
=pokrita | weight=0.128
=kar =ste | weight=0.126
=eno =od | weight=0.126
=lahko =dobil | weight=0.126
=zahtevam =dobropis | weight=0.124
=narocila =pri | weight=0.124
=na =racun | weight=0.123
=mi =stornirate | weight=0.123
=stornirate =racun | weight=0.123
=kovcek | weight=0.123
=da =dobil | weight=0.122
=mi =denar | weight=0.120
=maja | weight=0.119
=takoj | weight=0.119
=je =zaradi | weight=0.117
=izgubljeno | weight=0.117
=takoj =vrne | weight=0.117
=odpadel | weight=0.116
=mesec =dni | weight=0.115
=jih | weight=0.114
=mi =vrnete | weight=0.114
=na =avta | weight=0.113
=skode =na | weight=0.113
=pricakujem | weight=0.112
=vas =jaz | weight=0.112
=je =let | weight=0.110
=let =odpadel | weight=0.110
=placilo =znesek | weight=0.110
=ki =sem | weight=0.108
=pripada =povracilo | weight=0.108
=tri =teden | weight=0.108
=dobropis | weight=0.107
=prenocisc | weight=0.107
=prenocisc =ker | weight=0.107
=stroskov =prenocisc | weight=0.107
=facebooku =in | weight=0.105
=kes =nazaj | weight=0.105
=prtljago =pricakujem | weight=0.104
=pricakujem =da | weight=0.104
=hocem =svoje | weight=0.104
=kaj =moral | weight=0.103
=moral =narediti | weight=0.103
=mi =nakazilo | weight=0.103
=na =varuha | weight=0.103
=ze =tri | weight=0.103
=dni =brez | weight=0.102, noneg
=odpovedal =let | weight=0.101
=na =trr | weight=0.101
=hocem =nazaj | weight=0.100
=vracilo =celotno | weight=0.099
=bom =poiskal | weight=0.098
=poiskal | weight=0.098
=pravni | weight=0.098
=mi =boste | weight=0.098
=kje | weight=0.097
=mi =odskodnino | weight=0.097
=vrnete =na | weight=0.096
=so =po | weight=0.096
=iz =svoje | weight=0.096
=je =moja | weight=0.094
=mi =pripada | weight=0.093
=pripada | weight=0.093
=storitev | weight=0.093
=brez =signala | weight=0.093, noneg
=narocnino | weight=0.092
=stroskov =popravilo | weight=0.091
=prvic | weight=0.091
=razliko =v | weight=0.090
=v =ceno | weight=0.090
=gre | weight=0.090
=vi | weight=0.089
=varuha | weight=0.089
=odvetniku | weight=0.088
=kes | weight=0.088
=avta | weight=0.086
=let | weight=0.086
=boste | weight=0.086
=celotno =znesek | weight=0.085
=dnevi | weight=0.085
=prisel =s | weight=0.085
=nadomestilo | weight=0.084
=dneh =cakal | weight=0.084
=mi =razliko | weight=0.083
=povrnete =stroskov | weight=0.082
=akontacije | weight=0.082
=za =mama | weight=0.081
=ne =zelo | weight=0.081, noneg
=poravnal | weight=0.080
=visok | weight=0.080
=obrnem =na | weight=0.080
=absurdno | weight=0.079
=za =povracilo | weight=0.079
=vrne =izdelek | weight=0.078
=dvakrat =ste | weight=0.077
=mi =dvakrat | weight=0.077
=mrzla =in | weight=0.077
=izdelek =ne | weight=0.076, noneg
=neupraviceno | weight=0.076
=obljubili =v | weight=0.075
=ki =ne | weight=0.075, noneg
=zamikom | weight=0.075
=racun =za | weight=0.075
=predlagal | weight=0.075
=na =sodisce | weight=0.074
=provizije | weight=0.074
=mi =preostanek | weight=0.074
=preostanek | weight=0.074
=preostanek =narocnino | weight=0.074
=ga =placilo | weight=0.073
=placilo =sem | weight=0.072
=kupnine =povrnete | weight=0.072
=mi =kupnine | weight=0.072
=cakal =ze | weight=0.072
=bi =mi | weight=0.072
=zahtevam =razliko | weight=0.071
=samo =svoje | weight=0.071
=poklical =mi | weight=0.071
=ne =jaz | weight=0.070, noneg
=sodisce | weight=0.070
=vstopnice | weight=0.070
=zelo | weight=0.070
=cevlje =ki | weight=0.070
=vi =pa | weight=0.069
=koncu =mesec | weight=0.069
=ze =tako | weight=0.069
=pica =je | weight=0.069
=za =cevlje | weight=0.069
=placilo =mi | weight=0.069
=za =vrnjen | weight=0.069
=pa =samo | weight=0.068
=manjka | weight=0.068
=kaze =na | weight=0.068
=let =grem | weight=0.068
=paket =je | weight=0.068
=narediti =napaka | weight=0.067
=in =na | weight=0.067
=pica | weight=0.067
=moja =racun | weight=0.067
=svoje =denar | weight=0.066
=narocnino =za | weight=0.066
=banki =je | weight=0.066
=izplacilo =odskodnino | weight=0.065
=za =kovcek | weight=0.065
=vodja =je | weight=0.064
=in =o | weight=0.064
=narocnino =vrnete | weight=0.064
=pokvarjen =hrana | weight=0.064
=zahtevam =odskodnino | weight=0.064
=jih =placilo | weight=0.063
=za =povrnitev | weight=0.063
=dobavitelj =in | weight=0.063
=dvakrat | weight=0.063
=mi =ne | weight=0.063, noneg
=evrov =nazaj | weight=0.063
=kdaj | weight=0.062
=je =prisel | weight=0.061
=pravic | weight=0.061
=voznjo | weight=0.061
=uredbo | weight=0.061
=stroskov =za | weight=0.060
=do =koncu | weight=0.060
=odpovedal | weight=0.059
=celotno | weight=0.059
=dostava =ki | weight=0.059
=obvestil =zvezo | weight=0.059
=po =teden | weight=0.058
=razpadli | weight=0.058
=ne =bon | weight=0.058, noneg
=lp | weight=0.058
=kot =invalid | weight=0.058
=mislim =da | weight=0.057
=bil =napacen | weight=0.057
=narocila =je | weight=0.057
=slusalko | weight=0.057
=znesek =vrne | weight=0.057
=placilo =dvakrat | weight=0.056
=izgubljeno =kovcek | weight=0.056
=kovcek =pricakujem | weight=0.056
=za =maja | weight=0.056
=glede =odskodnino | weight=0.056
=ceno | weight=0.056
=v =pet | weight=0.056
=dvakrat =zaracunali | weight=0.055
=odskodnino =po | weight=0.055
=prosim =za | weight=0.055
=hladilnik | weight=0.054
=zgodbo | weight=0.054
=so =bil | weight=0.054
=je =celo | weight=0.054
=na =facebooku | weight=0.054
=mi =takoj | weight=0.053
=zagotovili =so | weight=0.052
=invalid | weight=0.052
=inspektoratu | weight=0.052
=zato =zahtevam | weight=0.051
=ker =je | weight=0.051
=racun =nic | weight=0.050, noneg
=prevara | weight=0.050
=denar =v | weight=0.050
=facebooku | weight=0.050
=denar =za | weight=0.050
=mrzla | weight=0.049
=mu =prevec | weight=0.049
=mi =prevec | weight=0.049
=skoraj | weight=0.049
=hrana | weight=0.049
=vracilo =prevec | weight=0.049
=bremenili | weight=0.049
=bremenili =kartico | weight=0.049
=zavrnili =s | weight=0.048
=je =sploh | weight=0.048
=dam | weight=0.048
=mi =jih | weight=0.048
=zaracunali =narocnino | weight=0.048
=in =vrnete | weight=0.048
=dobil | weight=0.047
=o =vsem | weight=0.047
=pet =dni | weight=0.047
=grem =k | weight=0.047
=obljubili | weight=0.046
=kupnine =v | weight=0.046
=nazaj =za | weight=0.045
=karto | weight=0.045
=odgovor =glede | weight=0.045
=spremljevalca | weight=0.044
=ki =so | weight=0.044
=hocem =denar | weight=0.044
=potrosnikov | weight=0.043
=dobavitelj | weight=0.043
=celoti | weight=0.042
=v =celoti | weight=0.042
=s =sklicevanjem | weight=0.042
=sklicevanjem | weight=0.042
=sklicevanjem =na | weight=0.042
=ekspresno | weight=0.042
=ekspresno =dostava | weight=0.042
=sem =ekspresno | weight=0.042
=na =serviser | weight=0.042
=serviser =na | weight=0.042
=serviser =serviser | weight=0.042
=servis =servis | weight=0.042
=pisete =da | weight=0.042
=za =vracilo | weight=0.041
=cakava | weight=0.041
=cakava =ze | weight=0.041
=prevec | weight=0.041
=na =podlagi | weight=0.041
=podlagi | weight=0.041
=mislim | weight=0.041
=drugace =grem | weight=0.041
=premium | weight=0.040
=racun =zbledel | weight=0.040
=zbledel | weight=0.040
=pet =dneh | weight=0.039
=okvarjen | weight=0.039
=na =internet | weight=0.039
=stroj =je | weight=0.039
=popravilo =ki | weight=0.038
=za =vodja | weight=0.038
=omrezja | weight=0.038
=se =obrnem | weight=0.038
=naslednji =ponedeljek | weight=0.037
=torek =prisel | weight=0.037
=sem =za | weight=0.037
=sluzba =in | weight=0.037
=pisete | weight=0.036
=mi =kar | weight=0.036
=prtljago | weight=0.036
=garancijo =so | weight=0.036
=napeljava | weight=0.036
=evropski | weight=0.035
=bom =ukinil | weight=0.035
=vas =dostava | weight=0.035
=si =ne | weight=0.035, noneg
=in =si | weight=0.035
=moja =star | weight=0.035
=prenapetost | weight=0.035
=krivda =valijo | weight=0.034
=oceno | weight=0.034
=se =mu | weight=0.034
=bom =dobil | weight=0.034
=znesek =na | weight=0.034
=odobreno | weight=0.033
=za =odpovedal | weight=0.033
=dostavna | weight=0.033
=dostavna =sluzba | weight=0.033
=ni =fer | weight=0.033, noneg
=to =takoj | weight=0.033
=pa =zelo | weight=0.033
=kar =sem | weight=0.033
=tisti | weight=0.032
=paket =bi | weight=0.032
=ga =v | weight=0.032
=taksi =ker | weight=0.032
=sele =naslednji | weight=0.032
=mi =zavrnili | weight=0.032
=bil =ze | weight=0.032
=gospa =rekli | weight=0.031
=koncu | weight=0.031
=obvestil | weight=0.031
=je =sele | weight=0.031
=je =zdravila | weight=0.031
=tisti =kar | weight=0.030
=let =so | weight=0.030
=izpada =elektriko | weight=0.030
