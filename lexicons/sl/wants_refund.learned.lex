# wants_refund, sl: learned by scripts/learn.py from 2816 tuning texts (132 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Vračilo denarja za odpovedan let so zavrnili s sklicevanjem na interna navodila.
+ Odškodnino po evropski uredbi bom zahteval prek odvetnika, če je ne izplačate prostovoljno.
+ Če mi ne izplačate odškodnine, se obrnem na varuha pravic s področja zavarovalništva in na sodišče.
- Ovadili vas bomo.
- nihce mi ni odpisal
=odskodnino | weight=0.532
=hocem | weight=0.386
=zahtevam | weight=0.374
=ne =vrnete | weight=0.352, noneg
=nakazilo | weight=0.341
=naj =mi | weight=0.339
=vrnete | weight=0.323
=denar | weight=0.316
=kupnine | weight=0.305
=nazaj | weight=0.300
=zahtevam =vracilo | weight=0.297
=stroskov | weight=0.292
=ce =mi | weight=0.277, noneg
=cakal =na | weight=0.276
=vrne =mi | weight=0.266
=povracilo | weight=0.266
=razliko | weight=0.266
=dobropis =za | weight=0.260
=eur | weight=0.257
=moral =vrne | weight=0.255
=znesek | weight=0.230
=svoje | weight=0.226
=pricakujem =odskodnino | weight=0.219
=mi =moral | weight=0.216
=vrne =polog | weight=0.213
=moja =vracilo | weight=0.212
=izplacilo | weight=0.212
=refundacijo | weight=0.212
=refundacijo =za | weight=0.212
=zaracunali | weight=0.209
=zelo =da | weight=0.203
=ne =dobil | weight=0.200, noneg
=odskodnino =za | weight=0.199
=preplacilo | weight=0.199
=rad =bi | weight=0.197
=da =mi | weight=0.195
=denar =nazaj | weight=0.194
=petek =ne | weight=0.194, noneg
=polog | weight=0.194
=prosim | weight=0.185
=vrne | weight=0.180
=naj =nam | weight=0.173
=evrov | weight=0.168
=vracilo | weight=0.166
=ste =obljubili | weight=0.165
=povrnitev | weight=0.162
=povrnete | weight=0.159
=placilo | weight=0.159
=mi =povrnete | weight=0.156
=rad | weight=0.155
=stornirate | weight=0.155
=neizveden | weight=0.154
=za =neizveden | weight=0.154
=vracilo =denar | weight=0.154
=in =koncu | weight=0.152
=povrnitev =stroskov | weight=0.152
=izplacilo =kar | weight=0.151
=prosim =izplacilo | weight=0.151
=vrnitev | weight=0.151
=kje =je | weight=0.148
=kritja | weight=0.146
=za =izgubljeno | weight=0.146
=dolgujete | weight=0.146
=skode | weight=0.146
=kdaj =mi | weight=0.144
=vedno =cakal | weight=0.144
=prosim =vrne | weight=0.143
=in =v | weight=0.142
=ne =izplacilo | weight=0.141, noneg
=dnevi =brez | weight=0.138, noneg
=za =dnevi | weight=0.138
=pokrita | weight=0.137
=prevec =placilo | weight=0.136
=nakazilo =mi | weight=0.132
=trr | weight=0.130
=od =placilo | weight=0.130
=eno =od | weight=0.127
=kar =ste | weight=0.126
=placilo =za | weight=0.125
=takoj | weight=0.124
=narediti | weight=0.124
=mi =stornirate | weight=0.124
=stornirate =racun | weight=0.124
=zahtevam =dobropis | weight=0.123
=da =dobil | weight=0.123
=povrnjen =denar | weight=0.123
=vas =jaz | weight=0.122
=kovcek | weight=0.121
=je =zaradi | weight=0.121
=izgubljeno | weight=0.119
=odpadel | weight=0.119
=kes =nazaj | weight=0.118
=je =let | weight=0.118
=let =odpadel | weight=0.118
=mi =vrnete | weight=0.118
=povrnjen | weight=0.117
=pricakujem | weight=0.117
=za =pokvarjen | weight=0.116
=na =racun | weight=0.116
=jih | weight=0.115
=takoj =vrne | weight=0.115
=pricakujem =da | weight=0.114
=na =avta | weight=0.114
=skode =na | weight=0.114
=mi =denar | weight=0.114
=placilo =znesek | weight=0.113
=zato =prosim | weight=0.112
=zahtevam =povracilo | weight=0.112
=mesec =dni | weight=0.112
=ze =tri | weight=0.110
=maja | weight=0.110
=dobropis | weight=0.110
=hocem =nazaj | weight=0.110
=prenocisc | weight=0.110
=prenocisc =ker | weight=0.110
=stroskov =prenocisc | weight=0.110
=dni =brez | weight=0.109, noneg
=facebooku =in | weight=0.108
=tri =teden | weight=0.108
=kaj =moral | weight=0.108
=moral =narediti | weight=0.108
=na =varuha | weight=0.108
=pripada =povracilo | weight=0.106
=mi =nakazilo | weight=0.105
=iz =svoje | weight=0.103
=storitev | weight=0.102
=poskodovan | weight=0.102
=kje | weight=0.102
=prtljago =pricakujem | weight=0.101
=ki =sem | weight=0.101
=kes | weight=0.101
=vracilo =celotno | weight=0.099
=potrosnikov | weight=0.099
=odpovedal =let | weight=0.099
=mi =odskodnino | weight=0.099
=stroskov =popravilo | weight=0.099
=mi =boste | weight=0.097
=hocem =svoje | weight=0.097
=je =moja | weight=0.097
=varuha | weight=0.096
=mi =pripada | weight=0.095
=pripada | weight=0.095
=brez =signala | weight=0.095, noneg
=dobil =povrnjen | weight=0.093
=dnevi | weight=0.093
=na =trr | weight=0.092
=za =mamo | weight=0.092
=razliko =v | weight=0.091
=v =ceno | weight=0.091
=gre | weight=0.090
=bom =poiskal | weight=0.089
=poiskal | weight=0.089
=poravnal | weight=0.089
=za =vrnjen | weight=0.089
=dneh =cakal | weight=0.089
=avta | weight=0.088
=vrnete =na | weight=0.088
=lahko =dobil | weight=0.088
=pravni | weight=0.088
=izdelek =ne | weight=0.087, noneg
=ki =ne | weight=0.086, noneg
=mi =razliko | weight=0.086
=narocila =pri | weight=0.085
=ne =zelo | weight=0.085, noneg
=nadomestilo | weight=0.085
=odvetniku | weight=0.085
=so =po | weight=0.084
=vrne =izdelek | weight=0.083
=celotno =znesek | weight=0.082
=let | weight=0.082
=boste | weight=0.081
=za =povracilo | weight=0.081
=mi =dvakrat | weight=0.081
=dvakrat =ste | weight=0.080
=grem =na | weight=0.080
=povrnete =stroskov | weight=0.080
=samo =svoje | weight=0.078
=mi =preostanek | weight=0.077
=preostanek | weight=0.077
=preostanek =narocnino | weight=0.077
=bi =mi | weight=0.077
=placilo =sem | weight=0.075
=na =sodisce | weight=0.075
=zahtevam =razliko | weight=0.075
=racun =za | weight=0.075
=neupraviceno | weight=0.074
=dvakrat | weight=0.074
=pa =samo | weight=0.074
=ga =placilo | weight=0.074
=kaze =na | weight=0.074
=zelo | weight=0.074
=previsoka | weight=0.074
=visok | weight=0.074
=prisel =s | weight=0.074
=predlagal | weight=0.073
=obljubili =v | weight=0.073
=placilo =mi | weight=0.072
=pravic | weight=0.072
=absurdno | weight=0.072
=sodisce | weight=0.071
=vstopnice | weight=0.070
=manjka | weight=0.070
=svoje =denar | weight=0.069
=kupnine =povrnete | weight=0.069
=mi =kupnine | weight=0.069
=akontacije | weight=0.069
=narocnino | weight=0.068
=zvezo =potrosnikov | weight=0.068
=ze =tako | weight=0.067
=celotno | weight=0.067
=placilo =dvakrat | weight=0.067
=zahtevam =odskodnino | weight=0.066
=evrov =nazaj | weight=0.066
=napaka =ne | weight=0.066, noneg
=ne =jaz | weight=0.066, noneg
=mrzla =in | weight=0.066
=cakal =ze | weight=0.065
=provizije | weight=0.065
=zamikom | weight=0.064
=narocnino =vrnete | weight=0.064
=narocnino =za | weight=0.064
=denar =za | weight=0.064
=narediti =napaka | weight=0.063
=kdaj | weight=0.063
=cevlje =ki | weight=0.063
=let =grem | weight=0.062
=prvic | weight=0.062
=kot =invalid | weight=0.062
=jih =placilo | weight=0.062
=za =povrnitev | weight=0.062
=znesek =vrne | weight=0.062
=banki =je | weight=0.062
=zgodbo | weight=0.062
=pica =je | weight=0.062
=obrnem =na | weight=0.061
=bil =napacen | weight=0.061
=narocila =je | weight=0.061
=poklical =mi | weight=0.061
=ker =je | weight=0.061
=glede =odskodnino | weight=0.060
=pica | weight=0.060
=vi =pa | weight=0.060
=lp | weight=0.060
=slusalko | weight=0.059
=za =cevlje | weight=0.059
=izplacilo =odskodnino | weight=0.059
=za =kovcek | weight=0.059
=dostava =ki | weight=0.059
=bom =ukinil | weight=0.059
=moja =racun | weight=0.058
=koncu =mesec | weight=0.058
=izgubljeno =kovcek | weight=0.058
=kovcek =pricakujem | weight=0.058
=hladilnik | weight=0.057
=vodja =je | weight=0.057
=uredbo | weight=0.057
=prevec | weight=0.056
=mi =ne | weight=0.056, noneg
=ne =bon | weight=0.056, noneg
=mislim =da | weight=0.055
=voznjo | weight=0.055
=invalid | weight=0.055
=je =celo | weight=0.055
=na =facebooku | weight=0.054
=ukinil | weight=0.054
=in =vrnete | weight=0.053
=denar =v | weight=0.053
=zavrnili =s | weight=0.053
=za =vracilo | weight=0.053
=po =teden | weight=0.053
=razpadli | weight=0.053
=odskodnino =po | weight=0.053
=hocem =denar | weight=0.052
=pokvarjen =hrana | weight=0.052
=vedno =nimam | weight=0.051
=hrana | weight=0.051
=za =maja | weight=0.051
=ceno | weight=0.051
=facebooku | weight=0.050
=zato =zahtevam | weight=0.050
=odgovor =glede | weight=0.049
=in =na | weight=0.049
=prevara | weight=0.049
=nazaj =za | weight=0.049
=stroskov =za | weight=0.049
=kupnine =v | weight=0.049
=do =koncu | weight=0.049
=ce | weight=0.048, noneg
=je =sploh | weight=0.048
=pet =dni | weight=0.048
=mu =prevec | weight=0.047
=servis =servis | weight=0.047
=spremljevalca | weight=0.047
=s =sklicevanjem | weight=0.047
=sklicevanjem | weight=0.047
=sklicevanjem =na | weight=0.047
=celoti | weight=0.047
=v =celoti | weight=0.047
=na =serviser | weight=0.046
=serviser =na | weight=0.046
=serviser =serviser | weight=0.046
=bremenili | weight=0.046
=bremenili =kartico | weight=0.046
=vracilo =prevec | weight=0.045
=dam | weight=0.045
=mi =jih | weight=0.044
=mrzla | weight=0.044
=omrezja | weight=0.044
=obljubili | weight=0.044
=ki =so | weight=0.043
=mi =prevec | weight=0.043
=so =bil | weight=0.043
=skoraj | weight=0.043
=premium | weight=0.043
=dobavitelj =in | weight=0.042
=pisete =da | weight=0.042
=vrnjen | weight=0.042
=prosim =za | weight=0.042
=in =o | weight=0.042
=popravilo =ki | weight=0.042
=v =pet | weight=0.042
=ekspresno | weight=0.042
=ekspresno =dostava | weight=0.042
=sem =ekspresno | weight=0.042
=vsaj | weight=0.042
=dvakrat =odtegnjen | weight=0.041
=odtegnjen | weight=0.041
=na =podlagi | weight=0.041
=podlagi | weight=0.041
=tretjic =vam | weight=0.041
=drugace =grem | weight=0.040
=okvarjen | weight=0.040
=dvakrat =zaracunali | weight=0.040
=karto | weight=0.040
=napeljava | weight=0.040
=mislim | weight=0.039
=prtljago | weight=0.039
=zaracunali =narocnino | weight=0.039
=krivda =valijo | weight=0.039
=pisete | weight=0.039
=paket =je | weight=0.039
=moja =star | weight=0.039
=stroj =je | weight=0.039
=prenapetost | weight=0.039
=mesec =zdaj | weight=0.038
=sredina | weight=0.038
=sredina =naslednji | weight=0.038
=ze =sredina | weight=0.038
=kar =sem | weight=0.038
=grem | weight=0.038
=za =vodja | weight=0.038
=cakava | weight=0.037
=cakava =ze | weight=0.037
=na =internet | weight=0.037
=inspekciji =in | weight=0.037
=stroj =naroceno | weight=0.037
=se =obrnem | weight=0.036
=vam =pisem | weight=0.036
=zagotovili =so | weight=0.036
=bom =dobil | weight=0.036
=dni =na | weight=0.036
=se =mu | weight=0.036
=pet =dneh | weight=0.036
=odobreno | weight=0.036
=naslednji =ponedeljek | weight=0.036
=torek =prisel | weight=0.036
=obvestil =zvezo | weight=0.035
=je =prisel | weight=0.035
=sluzba =in | weight=0.035
=skladisce =skladisce | weight=0.035
=dostavna | weight=0.034
=dostavna =sluzba | weight=0.034
=izpada =elektriko | weight=0.034
=pa =zelo | weight=0.034
=postnine | weight=0.034
=za =odpovedal | weight=0.034
=vas =dostava | weight=0.034
=mi =kar | weight=0.034
=prepozno | weight=0.033
=racun =nic | weight=0.033, noneg
=ni =fer | weight=0.033, noneg
=racun =zbledel | weight=0.033
=zbledel | weight=0.033
=tisti | weight=0.033
=eno | weight=0.033
=vas =odgovor | weight=0.033
=so =obljubili | weight=0.032
=in =si | weight=0.032
=taksi | weight=0.032
=koncu | weight=0.032
=moja | weight=0.032
=let =so | weight=0.032
=ni =bil | weight=0.032, noneg
=si =ne | weight=0.032, noneg
=dostava =zamuja | weight=0.032
=taksi =ker | weight=0.031
=znesek =na | weight=0.031
=gospa =rekli | weight=0.031
=sele =naslednji | weight=0.030
=je =vracilo | weight=0.030
