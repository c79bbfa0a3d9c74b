# transfer_runaround, sl: learned by scripts/learn.py from 2594 tuning texts (84 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ halo, ja, vsak mi pravi da je kriv drug oddelek, mmm, en pravi tehnika, drug pravi prodaja
+ na chatu so me poslali na telefon, na telefonu v poslovalnico, v poslovalnici pa nazaj na chat
+ Pri prevozniku pravijo, da za zamudo odgovarja letališče, na letališču pa, da je kriv prevoznik.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=prevezali | weight=0.377
=preklopili | weight=0.364
=pristojen | weight=0.319
=so =me | weight=0.270
=pa =spet | weight=0.262
=vedno =nekaj | weight=0.254
=drugi =stevilko | weight=0.253
=oddelek | weight=0.244
=prestavljali | weight=0.216
=spet =na | weight=0.214
=stirikrat | weight=0.211
=med =njim | weight=0.211
=hodim | weight=0.210
=naj =poklical | weight=0.209
=nazaj =v | weight=0.208
=zogico | weight=0.207
=je =ze | weight=0.203
=je =poslali | weight=0.201
=k =naslednji | weight=0.199
=med | weight=0.198
=pa =naj | weight=0.197
=preusmerili | weight=0.188
=preklopili =so | weight=0.184
=me =od | weight=0.183
=poslovalnici =tam | weight=0.181
=vrat =do | weight=0.173
=vrat =pa | weight=0.173
=k | weight=0.171
=ni =pristojen | weight=0.165, noneg
=tam =so | weight=0.162
=v =klepetu | weight=0.161
=trgovini =pa | weight=0.159
=od =vrat | weight=0.157
=me =je | weight=0.157
=naprej | weight=0.156
=prestavljali =k | weight=0.155
=od =enega | weight=0.152
=hodiva | weight=0.150
=hodiva =med | weight=0.150
=pristal | weight=0.148
=brez =besede | weight=0.146, noneg
=uredil =v | weight=0.145
=do =vrat | weight=0.145
=vsakic =na | weight=0.141
=so =vedno | weight=0.139
=nekaj =drugi | weight=0.139
=ni =njega | weight=0.139, noneg
=je =brez | weight=0.138, noneg
=preusmerili =k | weight=0.138
=enega | weight=0.138
=drugi =in | weight=0.136
=ure =sem | weight=0.136
=med =seboj | weight=0.135
=pod =med | weight=0.135
=si =pod | weight=0.135
=zogico =si | weight=0.135
=njim | weight=0.133
=spet | weight=0.133
=pri =prvi | weight=0.132
=seboj | weight=0.132
=tam | weight=0.131
=poslali =na | weight=0.131
=po =pol | weight=0.129
=stirikrat =in | weight=0.128
=je =napotili | weight=0.127
=me =trikrat | weight=0.127
=naj =je | weight=0.126
=tretjic | weight=0.126
=dali | weight=0.124
=so =rekli | weight=0.123
=posiljam =me | weight=0.122
=na =tehnicno | weight=0.121
=drugi | weight=0.120
=drugi =oddelek | weight=0.120
=rekli =in | weight=0.119
=ki =ni | weight=0.119, noneg
=nazaj | weight=0.119
=operaterka | weight=0.118
=ni =nas | weight=0.117, noneg
=kriv =prevoznik | weight=0.116
=zamudo =odgovarja | weight=0.116
=stirih =razlicnim | weight=0.115
=kdo =je | weight=0.115
=je =preusmerili | weight=0.115
=in =ponovno | weight=0.114
=je =kriv | weight=0.113
=ta =pa | weight=0.113
=na =prodaja | weight=0.113
=pa =nazaj | weight=0.111
=poslali =k | weight=0.111
=kurir =pa | weight=0.109
=servis | weight=0.109
=prevoznik | weight=0.109
=na =servis | weight=0.108
=trikrat =vsakic | weight=0.108
=ze =tretjic | weight=0.107
=servis =na | weight=0.107
=sodelavcem | weight=0.107
=agent =spet | weight=0.107
=klepetu =nov | weight=0.107
=na =podpora | weight=0.107
=zdravnisko | weight=0.106
=vrat | weight=0.106
=napotili =k | weight=0.106
=letaliscu =pa | weight=0.106
=tehnicno | weight=0.105
=do =drugi | weight=0.103
=oddelek =do | weight=0.102
=chatu =so | weight=0.102
=do =oddelek | weight=0.102
=od =oddelek | weight=0.102
=je =vedno | weight=0.101
=e-posto =po | weight=0.101
=ocetu | weight=0.101
=pod | weight=0.101
=enega =do | weight=0.100
=po =e-posto | weight=0.100
=grem =v | weight=0.100
=tam =pa | weight=0.099
=prodaja =na | weight=0.099
=prodaja =s | weight=0.099
=s =prodaja | weight=0.099
=drugi =sluzba | weight=0.098
=sluzba =ki | weight=0.098
=podpora | weight=0.098
=v =chatu | weight=0.098
=osebo =je | weight=0.097
=servis =pravi | weight=0.097
=je =prevezali | weight=0.097
=tri =teden | weight=0.096
=mi =dali | weight=0.095
=z =reklamacijo | weight=0.095
=za =zamudo | weight=0.094
=naj =pisem | weight=0.094
=naslednji | weight=0.094
=trgovini =trgovini | weight=0.093
=rekli =naj | weight=0.092
=prevezovali | weight=0.092
=prodaja | weight=0.092
=telefonu =pa | weight=0.092
=posiljam | weight=0.089
=usluzbenec =me | weight=0.089
=servis =nazaj | weight=0.089
=na =nekoga | weight=0.088
=od =tam | weight=0.088
=kot =zogico | weight=0.087
=nov =agent | weight=0.085
=v =stirih | weight=0.083
=vsakokrat | weight=0.083
=njim =vsak | weight=0.083
=na =letaliscu | weight=0.082
=se =to | weight=0.081
=in =nihce | weight=0.081, noneg
=na =tretji | weight=0.080
=stirikrat =so | weight=0.080
=kar =trikrat | weight=0.080
=servis =v | weight=0.079
=dokumentacijo | weight=0.079
=me =stirikrat | weight=0.078
=vedel =nic | weight=0.078, noneg
=pravi =da | weight=0.078
=referent | weight=0.078
=dvakrat =so | weight=0.078
=sele =sem | weight=0.077
=napotili | weight=0.077
=letaliscu | weight=0.077
=vsak | weight=0.077
=so =naj | weight=0.077
=premetavajo | weight=0.076
=poslali | weight=0.075
=spet =drugi | weight=0.075
=zogo | weight=0.074
=odgovarja | weight=0.073
=pravi =naj | weight=0.072
=to =ni | weight=0.072, noneg
=sem =spet | weight=0.072
=k =drugi | weight=0.072
=na =zavarovalnica | weight=0.071
=z =banki | weight=0.071
=z =zavarovalnica | weight=0.071
=zavarovalnica =pa | weight=0.071
=zavarovalnica =z | weight=0.071
=odgovor =le | weight=0.071
=je =tri | weight=0.070
=opis | weight=0.069
=sosednjega | weight=0.069
=naj =grem | weight=0.069
=pa =ni | weight=0.069, noneg
=e-mail =ste | weight=0.068
=reklamacijo =na | weight=0.068
=ponovno | weight=0.067
=sem =paket | weight=0.067
=klical =so | weight=0.067
=v =drugi | weight=0.067
=ocetu =so | weight=0.067
=so =jo | weight=0.066
=ocetu =sva | weight=0.065
=z =ocetu | weight=0.065
=chatu | weight=0.065
=klepetu | weight=0.064
=trikrat | weight=0.063
=nov =referent | weight=0.063
=me =poslali | weight=0.063
=v =poslovalnici | weight=0.061
=vsak =mi | weight=0.061
=spet =od | weight=0.061
=banki =so | weight=0.061
=ali =so | weight=0.061
=me =med | weight=0.061
=med =trgovini | weight=0.061
=trgovini =me | weight=0.060
=hodim =med | weight=0.060
=sogovornik | weight=0.060
=petindvajset | weight=0.059
=petindvajset =minut | weight=0.059
=dali =so | weight=0.059
=stirih | weight=0.059
=klepetu =mi | weight=0.059
=nedogled | weight=0.059
=v =nedogled | weight=0.059
=poslali =nazaj | weight=0.059
=nekoga | weight=0.058
=operater =me | weight=0.058
=nisem =vedel | weight=0.058, noneg
=prevezali =na | weight=0.058
=sla =sva | weight=0.058
=moza =so | weight=0.057
=na =kurir | weight=0.057
=mi =pravi | weight=0.057
=kurir =trdi | weight=0.057
=eni | weight=0.057
=v =servis | weight=0.056
=pa =da | weight=0.056
=me =v | weight=0.056
=da =za | weight=0.056
=na =drugi | weight=0.055
=trgovini =pravi | weight=0.055
=vse =ponovil | weight=0.055
=v =trgovini | weight=0.055
=med =oddelek | weight=0.055
=ki =nisem | weight=0.055, noneg
=petkrat =vsakic | weight=0.055
=prevezali =so | weight=0.055
=vsak =sem | weight=0.054
=ze =mesec | weight=0.054
=ni =poslali | weight=0.054, noneg
=me =posiljam | weight=0.054
=nekoga =ki | weight=0.053
=pa =nihce | weight=0.053, noneg
=grem =na | weight=0.052
=halo =ja | weight=0.052
=iz =trgovini | weight=0.050
=operaterka =me | weight=0.050
=obrazec =ne | weight=0.050, noneg
=razlicnim | weight=0.050
=trgovini | weight=0.050
=je =vsak | weight=0.050
=zahtevam =da | weight=0.049
=ker =me | weight=0.049
=tretji =pa | weight=0.049
=drugi =drugi | weight=0.049
=kurir =kurir | weight=0.049
=mi =odgovor | weight=0.048
=kriv =kurir | weight=0.048
=odpovedal =narocnino | weight=0.047
=mmm | weight=0.047
=servis =servis | weight=0.047
=in =vsak | weight=0.047
=eni =uri | weight=0.047
=halo | weight=0.047
=enoti =so | weight=0.046
=sva =v | weight=0.046
=vsak =me | weight=0.046
=kjer | weight=0.045
=ure =potem | weight=0.045
=spet =k | weight=0.045
=sla | weight=0.044
=na =sedez | weight=0.044
=od | weight=0.044
=sprejmejo | weight=0.043
=ze =dva | weight=0.043
=minut =sem | weight=0.043
=oddelek =sem | weight=0.042
=sedez | weight=0.042
=da =ni | weight=0.042, noneg
=nazaj =na | weight=0.042
=mesec =dni | weight=0.042
=prodajalna | weight=0.041
=naletel | weight=0.041
=naletel =na | weight=0.041
=sem =naletel | weight=0.041
=spet =sm | weight=0.041
=vas =podpora | weight=0.040
=na =banki | weight=0.040
=cakal =sm | weight=0.040
=to =uredil | weight=0.040
=vsakic =k | weight=0.040
=tega =ali | weight=0.040
=dva =teden | weight=0.039
=ze =petkrat | weight=0.039
=center =me | weight=0.039
=vrgel =na | weight=0.038
=sm =cakal | weight=0.038
=me =prestavili | weight=0.037
=prvi | weight=0.037
=za =moja | weight=0.037
=je =zvezo | weight=0.037
=je =tam | weight=0.037
=trgovini =na | weight=0.037
=recem =da | weight=0.036
=ponovil | weight=0.036
=iz =servis | weight=0.036
=nihce =nic | weight=0.036, noneg
=naj =klical | weight=0.036
=telefonu =v | weight=0.035
=moza | weight=0.035
=na =moja | weight=0.035
=telefonu =na | weight=0.035
=ona =pa | weight=0.035
=me =vsak | weight=0.035
=skupaj | weight=0.035
=na =info | weight=0.035
=moja =telefonu | weight=0.034
=obcina | weight=0.033
=obakrat =je | weight=0.033
=na =e-posto | weight=0.033
=premetavajo =me | weight=0.032
=posiljam =na | weight=0.032
=sva | weight=0.032
=info | weight=0.032
=davcno | weight=0.032
=proizvajalec =pa | weight=0.032
=proizvajalec =proizvajalec | weight=0.032
=oddelek =za | weight=0.032
=pisem =na | weight=0.031
=sem =koncno | weight=0.031
=dni =se | weight=0.031
=mi =rekli | weight=0.031
=s =servis | weight=0.031
=servis =s | weight=0.031
=poslali =so | weight=0.031
=april | weight=0.031
=tezav =se | weight=0.030
=potem =me | weight=0.030
=tehnicno =sluzba | weight=0.030
=okencu | weight=0.030
