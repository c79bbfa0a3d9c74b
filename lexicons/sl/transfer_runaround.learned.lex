# transfer_runaround, sl: learned by scripts/learn.py from 2314 tuning texts (75 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ halo, ja, vsak mi pravi da je kriv drug oddelek, mmm, en pravi tehnika, drug pravi prodaja
+ Pri prevozniku pravijo, da za zamudo odgovarja letališče, na letališču pa, da je kriv prevoznik.
+ z ocetom sva na okencu vse razlozila, nato naju je poslal k sosednjemu, kjer sva morala vse ponovit
- Ovadili vas bomo.
- Tole bo šlo viralno.
=preklopili | weight=0.378
=prevezali | weight=0.344
=pristojen | weight=0.313
=so =me | weight=0.269
=pa =spet | weight=0.264
=drugi =stevilko | weight=0.263
=oddelek | weight=0.257
=vedno =nekaj | weight=0.244
=nazaj =v | weight=0.215
=hodim | weight=0.214
=pa =naj | weight=0.213
=prestavljali | weight=0.211
=med =njim | weight=0.210
=zogico | weight=0.205
=med | weight=0.204
=k =naslednji | weight=0.200
=preusmerili | weight=0.200
=je =poslal | weight=0.196
=preklopili =so | weight=0.185
=poslovalnici =tam | weight=0.182
=spet =na | weight=0.181
=me =od | weight=0.180
=vrat =do | weight=0.179
=vrat =pa | weight=0.179
=k | weight=0.174
=nekaj =drugi | weight=0.173
=stirikrat | weight=0.172
=ni =pristojen | weight=0.171, noneg
=naj =poklical | weight=0.165
=trgovini =pa | weight=0.164
=drugi =oddelek | weight=0.162
=tam =so | weight=0.161
=od =enega | weight=0.161
=me =je | weight=0.160
=je =kriv | weight=0.159
=do =vrat | weight=0.157
=od =vrat | weight=0.157
=brez =besede | weight=0.152, noneg
=enega | weight=0.152
=v =klepetu | weight=0.151
=prestavljali =k | weight=0.151
=je =napotili | weight=0.149
=naprej | weight=0.148
=tam | weight=0.148
=je =brez | weight=0.148, noneg
=hodiva | weight=0.147
=hodiva =med | weight=0.147
=uredil =v | weight=0.147
=vsakic =na | weight=0.146
=drugi =in | weight=0.145
=pristal | weight=0.141
=dali | weight=0.140
=ure =sem | weight=0.139
=tretjic | weight=0.136
=med =seboj | weight=0.136
=pod =med | weight=0.136
=si =pod | weight=0.136
=zogico =si | weight=0.136
=njim | weight=0.135
=pri =prvi | weight=0.134
=so =vedno | weight=0.134
=seboj | weight=0.133
=ki =ni | weight=0.132, noneg
=so =rekli | weight=0.132
=po =pol | weight=0.131
=napotili =k | weight=0.131
=drugi | weight=0.130
=je =ze | weight=0.130
=na =prodaja | weight=0.130
=me =trikrat | weight=0.127
=na =servis | weight=0.126
=rekli =in | weight=0.125
=preusmerili =k | weight=0.125
=poslal =na | weight=0.125
=poslal =k | weight=0.124
=ni =nas | weight=0.123, noneg
=spet | weight=0.121
=naj =je | weight=0.120
=na =tehnicno | weight=0.120
=kriv =prevoznik | weight=0.119
=zamudo =odgovarjajo | weight=0.119
=ze =tretjic | weight=0.119
=ta =pa | weight=0.119
=nazaj | weight=0.118
=je =preusmerili | weight=0.118
=operaterka | weight=0.117
=na =podpora | weight=0.115
=posiljam =me | weight=0.115
=rekli =naj | weight=0.114
=prevoznik | weight=0.113
=naj =pisem | weight=0.113
=agent =spet | weight=0.110
=klepetu =nov | weight=0.110
=trikrat =vsakic | weight=0.109
=tam =pa | weight=0.108
=stirih =razlicnim | weight=0.108
=tri =teden | weight=0.107
=je =prevezali | weight=0.106
=na =nekoga | weight=0.106
=oddelek =do | weight=0.105
=kurir =pa | weight=0.105
=do =oddelek | weight=0.105
=od =oddelek | weight=0.105
=tehnicno | weight=0.104
=drugi =sluzba | weight=0.104
=sluzba =ki | weight=0.104
=telefonu =pa | weight=0.103
=do =drugi | weight=0.102
=servis | weight=0.102
=vrat | weight=0.102
=trgovini =trgovini | weight=0.102
=grem =v | weight=0.102
=prodaja | weight=0.101
=ocetu | weight=0.100
=po =e-posto | weight=0.099
=naslednji | weight=0.098
=pod | weight=0.098
=za =zamudo | weight=0.098
=v =chatu | weight=0.098
=e-posto =po | weight=0.097
=chatu =so | weight=0.097
=mi =dali | weight=0.097
=prodaja =na | weight=0.097
=prodaja =s | weight=0.097
=s =prodaja | weight=0.097
=letaliscu | weight=0.097
=na =letaliscu | weight=0.097
=sodelavcem | weight=0.096
=pravi =da | weight=0.096
=osebo =je | weight=0.096
=je =vedno | weight=0.095
=servis =nazaj | weight=0.094
=napotili | weight=0.094
=prevezovali | weight=0.093
=podpora | weight=0.092
=z =reklamacijo | weight=0.092
=ni =njega | weight=0.092, noneg
=njim =vsak | weight=0.092
=stirikrat =in | weight=0.091
=servis =v | weight=0.089
=servis =pravi | weight=0.088
=na =tretji | weight=0.088
=enega =do | weight=0.087
=nov =agent | weight=0.087
=in =nihce | weight=0.086, noneg
=kar =trikrat | weight=0.086
=dvakrat =so | weight=0.085
=od =tam | weight=0.084
=me =stirikrat | weight=0.084
=kot =zogico | weight=0.083
=sele =sem | weight=0.083
=vsakokrat | weight=0.082
=sem =spet | weight=0.081
=se =to | weight=0.081
=odgovarjajo | weight=0.080
=so =naj | weight=0.079
=kdo =je | weight=0.078
=stirikrat =so | weight=0.077
=posiljam | weight=0.077
=v =stirih | weight=0.077
=pa =nazaj | weight=0.077
=na =zavarovalnica | weight=0.076
=z =banki | weight=0.076
=z =zavarovalnica | weight=0.076
=zavarovalnica =pa | weight=0.076
=zavarovalnica =z | weight=0.076
=zogo | weight=0.075
=chatu | weight=0.075
=spet =drugi | weight=0.075
=poslal | weight=0.073
=je =tri | weight=0.073
=k =drugi | weight=0.073
=me =poslal | weight=0.073
=sosednjega | weight=0.072
=servis =na | weight=0.072
=operater =me | weight=0.072
=trgovini =me | weight=0.071
=reklamacijo =na | weight=0.070
=pravi =naj | weight=0.069
=mi =rekli | weight=0.069
=petindvajset | weight=0.068
=petindvajset =minut | weight=0.068
=vedel =nic | weight=0.068, noneg
=nekoga | weight=0.068
=kurir =trdi | weight=0.068
=pa =da | weight=0.067
=naj =grem | weight=0.067
=na =kurir | weight=0.067
=premetavajo | weight=0.067
=sem =paket | weight=0.067
=ocetu =so | weight=0.066
=ocetu =sva | weight=0.066
=z =ocetu | weight=0.066
=pa =ni | weight=0.066, noneg
=ze =mesec | weight=0.066
=trikrat | weight=0.064
=dali =so | weight=0.063
=nedogled | weight=0.063
=v =nedogled | weight=0.063
=hodim =med | weight=0.063
=da =ni | weight=0.062, noneg
=vsak =sem | weight=0.061
=v =drugi | weight=0.060
=ali =so | weight=0.060
=me =med | weight=0.060
=med =trgovini | weight=0.060
=ni =poslal | weight=0.060, noneg
=banki =so | weight=0.060
=sla =sva | weight=0.060
=stirih | weight=0.059
=v =servis | weight=0.059
=vse =ponovil | weight=0.058
=spet =od | weight=0.058
=med =oddelek | weight=0.058
=prevezali =na | weight=0.057
=pa =nihce | weight=0.057, noneg
=klepetu | weight=0.056
=klical =so | weight=0.056
=nisem =vedel | weight=0.056, noneg
=zavarovalnica | weight=0.056
=petkrat =vsakic | weight=0.056
=vsak | weight=0.056
=sogovornik | weight=0.056
=na =drugi | weight=0.055
=me =v | weight=0.054
=moz =so | weight=0.054
=klepetu =mi | weight=0.054
=ki =nisem | weight=0.054, noneg
=v =trgovini | weight=0.053
=tretji =pa | weight=0.053
=in =vsak | weight=0.053
=mesec =dni | weight=0.053
=ne =zna | weight=0.053, noneg
=vsak =mi | weight=0.053
=ker =me | weight=0.053
=iz =trgovini | weight=0.051
=obrazec =ne | weight=0.051, noneg
=naletel | weight=0.051
=naletel =na | weight=0.051
=oddelek =sem | weight=0.051
=sem =naletel | weight=0.051
=nekoga =ki | weight=0.050
=operaterka =me | weight=0.050
=eni | weight=0.050
=mi =pravi | weight=0.049
=razlicnim | weight=0.049
=da =za | weight=0.049
=odpovedal =narocnino | weight=0.048
=drugi =drugi | weight=0.048
=vsak =me | weight=0.048
=sprejmejo | weight=0.047
=ure =potem | weight=0.047
=sva =v | weight=0.047
=pisem =na | weight=0.047
=to =uredil | weight=0.047
=spet =k | weight=0.046
=ponovil | weight=0.046
=prevezali =so | weight=0.046
=sla | weight=0.045
=kjer | weight=0.044
=cakal =sm | weight=0.044
=trgovini =pravi | weight=0.044
=usluzbenec | weight=0.044
=na =sedez | weight=0.044
=sedez | weight=0.044
=spet =sm | weight=0.043
=trgovini | weight=0.043
=vse =od | weight=0.042
=kurir =kurir | weight=0.042
=s =servis | weight=0.042
=servis =s | weight=0.042
=me =prestavili | weight=0.041
=minut =sem | weight=0.041
=trgovini =na | weight=0.041
=recem =da | weight=0.041
=eni =uri | weight=0.041
=poslal =nazaj | weight=0.041
=halo =ja | weight=0.041
=me =vsak | weight=0.040
=enega =referent | weight=0.040
=mmm | weight=0.040
=je =tam | weight=0.039
=tako =v | weight=0.039
=prezivel | weight=0.039
=ze =petkrat | weight=0.039
=sm =cakal | weight=0.038
=poslal =so | weight=0.038
=to =ni | weight=0.038, noneg
=skupaj | weight=0.038
=ze =dva | weight=0.038
=naj =klical | weight=0.037
=poslal =v | weight=0.037
=premetavajo =me | weight=0.037
=sodelavka | weight=0.037
=na =banki | weight=0.036
=halo | weight=0.036
=lepo =hvala | weight=0.036
=proizvajalec =pa | weight=0.036
=proizvajalec =proizvajalec | weight=0.036
=v =poslovalnici | weight=0.035
=od | weight=0.035
=tega =ali | weight=0.035
=na =info | weight=0.035
=prekinil =zvezo | weight=0.034
=skupaj =sem | weight=0.034
=ona =pa | weight=0.034
=moral =povedal | weight=0.033
=obakrat =je | weight=0.033
=moz | weight=0.033
=bi =nam | weight=0.033
=tezav =se | weight=0.033
=sem =koncno | weight=0.033
=vsakic =k | weight=0.033
=prvi | weight=0.033
=dni =se | weight=0.032
=je =junij | weight=0.032
=opis =tezav | weight=0.032
=info | weight=0.032
=kriv =kurir | weight=0.032
=iz =servis | weight=0.032
=vas =podpora | weight=0.032
=me =vrgel | weight=0.032
=vrgel =na | weight=0.032
=okencu | weight=0.031
=je =operater | weight=0.031
=trdi =da | weight=0.031
=prijaznost | weight=0.031
=padel | weight=0.031
=in =prekinil | weight=0.031
=ne =ve | weight=0.030, noneg
