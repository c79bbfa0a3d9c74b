# transfer_runaround, sl: learned by scripts/learn.py from 2816 tuning texts (106 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Napotili so me na pogodbenega partnerja, partner pa pravi, da se moram obrniti na vas.
+ halo, ja, vsak mi pravi da je kriv drug oddelek, mmm, en pravi tehnika, drug pravi prodaja
+ na chatu so me poslali na telefon, na telefonu v poslovalnico, v poslovalnici pa nazaj na chat
- Ovadili vas bomo.
- nihce mi ni odpisal
=prevezav | weight=0.523
=prevezali | weight=0.362
=preklopili | weight=0.362
=pristojen | weight=0.320
=so =me | weight=0.280
=med | weight=0.279
=hodim | weight=0.274
=pa =spet | weight=0.261
=oddelek | weight=0.255
=naj =poklical | weight=0.251
=drugi =sluzba | weight=0.249
=vedno =nekaj | weight=0.243
=nazaj =v | weight=0.240
=drugi =stevilko | weight=0.237
=pa =naj | weight=0.228
=spet =na | weight=0.217
=prestavljali | weight=0.210
=premetavajo | weight=0.208
=je =poslal | weight=0.199
=zogico | weight=0.198
=drugi =oddelek | weight=0.197
=je =ze | weight=0.196
=k =naslednji | weight=0.194
=ta =pa | weight=0.193
=preusmerili | weight=0.188
=med =njim | weight=0.186
=poslovalnici =tam | weight=0.185
=preklopili =so | weight=0.185
=podpora | weight=0.180
=tretjic | weight=0.172
=vrat =do | weight=0.169
=vrat =pa | weight=0.169
=drugi | weight=0.169
=me =od | weight=0.168
=je =vrne | weight=0.168
=ni =pristojen | weight=0.166, noneg
=tam =so | weight=0.165
=stirikrat | weight=0.163
=poslal =k | weight=0.163
=moja =pritozbo | weight=0.161
=trgovini =pa | weight=0.160
=naprej | weight=0.159
=prestavljali =k | weight=0.158
=ni =njega | weight=0.156, noneg
=prevezovali | weight=0.156
=uredil =v | weight=0.156
=od =vrat | weight=0.155
=ure =sem | weight=0.150
=pristal | weight=0.149
=odstop | weight=0.148
=v =klepetu | weight=0.148
=brez =besede | weight=0.148, noneg
=nic =resena | weight=0.147, noneg
=sem =obupal | weight=0.146
=pri =prvem | weight=0.145
=po =pol | weight=0.143
=poslovalnici =in | weight=0.141
=me =je | weight=0.141
=vsak =mi | weight=0.141
=hodiva | weight=0.140
=hodiva =med | weight=0.140
=mano =so | weight=0.140
=pocutim | weight=0.138
=se =pocutim | weight=0.138
=do =vrat | weight=0.138
=napotili | weight=0.137
=igrala | weight=0.136
=tako =se | weight=0.135
=tja | weight=0.135
=je =brez | weight=0.135, noneg
=od =enega | weight=0.134
=so =vedno | weight=0.132
=razlicnim =ljudje | weight=0.131
=preusmerili =k | weight=0.131
=k | weight=0.129
=vsakic =na | weight=0.128
=poslal =na | weight=0.128
=obupal | weight=0.126
=po =klical | weight=0.125
=posiljam =me | weight=0.124
=med =seboj | weight=0.124
=pod =med | weight=0.124
=si =pod | weight=0.124
=zogico =si | weight=0.124
=naj =je | weight=0.124
=pet =razlicnim | weight=0.123
=razlicnim | weight=0.123
=servis =na | weight=0.122
=na =prodaja | weight=0.122
=enega | weight=0.122
=racunovodstvo =in | weight=0.122
=ze =tri | weight=0.121
=preklapljali | weight=0.121
=je =kriv | weight=0.121
=kriv =prevoznik | weight=0.120
=zamudo =odgovarjajo | weight=0.120
=seboj | weight=0.120
=rekli =in | weight=0.119
=vrne =na | weight=0.119
=po =treh | weight=0.119
=vsak | weight=0.118
=in =ponovno | weight=0.117
=klical =na | weight=0.117
=ni =nas | weight=0.117, noneg
=agent =spet | weight=0.117
=klepetu =nov | weight=0.117
=stirikrat =in | weight=0.117
=je =preusmerili | weight=0.116
=klical =so | weight=0.116
=grem =v | weight=0.114
=prevoznik | weight=0.114
=me =trikrat | weight=0.114
=so =rekli | weight=0.114
=kdo =je | weight=0.113
=prodaja =s | weight=0.112
=s =prodaja | weight=0.112
=letaliscu =pa | weight=0.112
=zdravnisko | weight=0.111
=trikrat =vsakic | weight=0.111
=drugi =in | weight=0.109
=posiljam | weight=0.108
=kolegu | weight=0.108
=kurir =pa | weight=0.107
=operaterka | weight=0.107
=sla | weight=0.106
=spet | weight=0.106
=prodaja =na | weight=0.106
=njim | weight=0.106
=ki =ni | weight=0.105, noneg
=je =napotili | weight=0.104
=prevezali =na | weight=0.103
=drugi =informacije | weight=0.103
=je =prevezali | weight=0.102
=me =poslal | weight=0.101
=z =reklamacijo | weight=0.101
=z =drugi | weight=0.100
=osebo =je | weight=0.099
=nekaj =drugi | weight=0.099
=je =vedno | weight=0.099
=ocetu | weight=0.099
=tam | weight=0.098
=vas =podpora | weight=0.098
=nazaj | weight=0.098
=prevezovali =so | weight=0.098
=chatu =so | weight=0.097
=nihce =ne | weight=0.097, noneg
=naj =grem | weight=0.097
=e-posto =po | weight=0.096
=in =tja | weight=0.096
=sem =in | weight=0.096
=tja =med | weight=0.096
=drugi =nihce | weight=0.096, noneg
=po =e-posto | weight=0.093
=pa =nazaj | weight=0.092
=tam =pa | weight=0.091
=poslal =naprej | weight=0.091
=nov =agent | weight=0.090
=za =zamudo | weight=0.089
=vrat | weight=0.089
=pa =me | weight=0.089
=informacije | weight=0.089
=na =servis | weight=0.089
=se =to | weight=0.089
=dali | weight=0.088
=kot =zogico | weight=0.088
=na =nekoga | weight=0.087
=enega =do | weight=0.087
=sodelavcem | weight=0.086
=na =letaliscu | weight=0.086
=servis =pravi | weight=0.085
=kar =trikrat | weight=0.085
=vsak =me | weight=0.085
=vse =ponovil | weight=0.084
=trgovini =trgovini | weight=0.083
=z =mano | weight=0.083
=napotili =k | weight=0.083
=v =chatu | weight=0.081
=stirih =razlicnim | weight=0.081
=letaliscu | weight=0.081
=oddelek =do | weight=0.081
=servis | weight=0.081
=servis =nazaj | weight=0.081
=od =tam | weight=0.080
=reklamacijo =na | weight=0.080
=do =oddelek | weight=0.079
=od =oddelek | weight=0.079
=na =tehnicno | weight=0.079
=me =na | weight=0.079
=odgovarjajo | weight=0.079
=na =pogodbeni | weight=0.078
=servis =v | weight=0.078
=dokumentacijo | weight=0.078
=telefonu =pa | weight=0.077
=okencu =do | weight=0.077
=ocetu =so | weight=0.077
=to =ni | weight=0.076, noneg
=v =prodajalna | weight=0.076
=posti =in | weight=0.076
=moral =obrnem | weight=0.076
=do =drugi | weight=0.075
=pod | weight=0.075
=sem =spet | weight=0.075
=naslednji | weight=0.075
=poslovalnici | weight=0.075
=prodajalna | weight=0.074
=pogodbeni | weight=0.074
=na =zavarovalnica | weight=0.074
=z =banki | weight=0.074
=z =zavarovalnica | weight=0.074
=zavarovalnica =pa | weight=0.074
=zavarovalnica =z | weight=0.074
=spet =od | weight=0.074
=in =vsak | weight=0.073
=sele =sem | weight=0.073
=mi =dali | weight=0.073
=so =jo | weight=0.072
=zahtevek =so | weight=0.071
=referent | weight=0.071
=sem =paket | weight=0.071
=na =podpora | weight=0.070
=usluzbenec =me | weight=0.070
=sluzba | weight=0.070
=partner | weight=0.069
=odgovor =le | weight=0.069
=grem =nazaj | weight=0.069
=sem =ter | weight=0.069
=ter =tja | weight=0.069
=je =z | weight=0.068
=e-mail =ste | weight=0.068
=naj =pisem | weight=0.068
=sluzba =ki | weight=0.067
=pravi =da | weight=0.067
=prodaja | weight=0.066
=ponovil | weight=0.066
=so =poslal | weight=0.066
=ponovno | weight=0.066
=nihce =noce | weight=0.066, noneg
=minut =potem | weight=0.066
=ne =ve | weight=0.066, noneg
=je =nekaj | weight=0.066
=tri =dni | weight=0.066
=ze =tretjic | weight=0.065
=njim =vsak | weight=0.065
=ljubljani | weight=0.064
=v =ljubljani | weight=0.064
=poslal =nazaj | weight=0.064
=obrnem =na | weight=0.063
=se =moral | weight=0.063
=banki =so | weight=0.063
=preusmerili =so | weight=0.063
=tehnicno | weight=0.063
=nov =referent | weight=0.062
=na =tretji | weight=0.062
=poslal | weight=0.062
=sosednjega | weight=0.061
=sla =sva | weight=0.060
=k =drugi | weight=0.060
=pritozbo | weight=0.059
=ocetu =sva | weight=0.059
=z =ocetu | weight=0.059
=zogo | weight=0.059
=sogovornik | weight=0.059
=zahtevam =da | weight=0.058
=na =kurir | weight=0.058
=da =drugi | weight=0.058
=kurir =trdi | weight=0.058
=operater =me | weight=0.057
=nedogled | weight=0.057
=v =nedogled | weight=0.057
=v =stirih | weight=0.056
=ta | weight=0.056
=rekli =naj | weight=0.056
=treh | weight=0.056
=pravi =naj | weight=0.056
=pa =ni | weight=0.055, noneg
=opis | weight=0.055
=dvakrat =so | weight=0.055
=trgovini =me | weight=0.055
=je =tri | weight=0.055
=vsak =sem | weight=0.054
=operaterka =me | weight=0.053
=stirikrat =so | weight=0.052
=to =uredil | weight=0.052
=ali =so | weight=0.052
=me =med | weight=0.052
=med =trgovini | weight=0.052
=dali =so | weight=0.052
=trgovini | weight=0.052
=so =naj | weight=0.052
=tretji =in | weight=0.052
=me =preusmerili | weight=0.052
=vsakokrat | weight=0.052
=je =pristojen | weight=0.051
=mi =da | weight=0.051
=je =vsak | weight=0.050
=ze =mesec | weight=0.049
=sestkrat | weight=0.049
=grem =na | weight=0.049
=me =stirikrat | weight=0.049
=kaj =storiti | weight=0.049
=spet =k | weight=0.049
=poklical =jutri | weight=0.048
=trgovini =pravi | weight=0.048
=obrazec =ne | weight=0.048, noneg
=v =servis | weight=0.048
=povezal =so | weight=0.047
=spet =drugi | weight=0.047
=chatu | weight=0.047
=kriv =kurir | weight=0.047
=klepetu | weight=0.047
=meni =pa | weight=0.047
=storiti | weight=0.047
=mail =ne | weight=0.046, noneg
=nisem =vedel | weight=0.046, noneg
=vsakic =so | weight=0.045
=hodim =med | weight=0.045
=valijo | weight=0.045
=moz =so | weight=0.045
=odpovedal =narocnino | weight=0.045
=kurir =kurir | weight=0.044
=sva =v | weight=0.044
=prevezali =so | weight=0.044
=petkrat =vsakic | weight=0.044
=ure =potem | weight=0.044
=ki =nisem | weight=0.044, noneg
=nesramen =rekli | weight=0.043
=ni =poslal | weight=0.043, noneg
=servis =pa | weight=0.043
=mi =odgovor | weight=0.043
=zvezo =padla | weight=0.043
=me =z | weight=0.043
=iz =trgovini | weight=0.042
=da =za | weight=0.042
=sprejmejo | weight=0.042
=klepetu =mi | weight=0.042
=na =vas | weight=0.042
=je =zvezo | weight=0.041
=enoti =so | weight=0.041
=tri =teden | weight=0.041
=v =drugi | weight=0.041
=nekoga | weight=0.040
=me =posiljam | weight=0.040
=kjer | weight=0.040
=spet =sm | weight=0.040
=ona =pa | weight=0.040
=sm =cakal | weight=0.040
=me | weight=0.039
=nekoga =ki | weight=0.039
=drugi =drugi | weight=0.039
=tako =v | weight=0.038
=servis =servis | weight=0.038
=cakal =sm | weight=0.038
=vsak =je | weight=0.037
=mano | weight=0.037, noneg
=na =sedez | weight=0.037
=ter | weight=0.037
=pa =da | weight=0.037
=na =drugi | weight=0.036
=na =banki | weight=0.036
=telefonu =v | weight=0.036
=tretji =pa | weight=0.036
=telefonu =na | weight=0.036
=trikrat | weight=0.036
=ze =petkrat | weight=0.036
=okencu | weight=0.036
=recem =da | weight=0.036
=ze =dva | weight=0.036
=tehnicno =sluzba | weight=0.036
=mi =pravi | weight=0.036
=jutri | weight=0.035
=in =nihce | weight=0.035, noneg
=sedez | weight=0.035
=trgovini =na | weight=0.035
=centru =me | weight=0.035
=pa =pravi | weight=0.034
=stirih | weight=0.034
=poslovalnici =pa | weight=0.034
=s =servis | weight=0.034
=servis =s | weight=0.034
=me =petkrat | weight=0.034
=na =moja | weight=0.034
=zdaj =pa | weight=0.034
=davcno | weight=0.033
=na =info | weight=0.033
=v =trgovini | weight=0.033
=na =e-posto | weight=0.033
=eni | weight=0.033
=mesec =dni | weight=0.033
=obcina | weight=0.033
=naj =klical | weight=0.033
=premetavajo =me | weight=0.032
=dan =so | weight=0.032
=vsak =oddelek | weight=0.032
=padla | weight=0.032
=nazaj =na | weight=0.032
=so =nas | weight=0.032
=napacen =oddelek | weight=0.032
=vrgel =na | weight=0.032
=od | weight=0.032
=obakrat =je | weight=0.031
