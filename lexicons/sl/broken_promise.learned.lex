# broken_promise, sl: learned by scripts/learn.py from 2314 tuning texts (111 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Rekli ste, da se mi bo vodja oddelka oglasil še isti dan. Ne vem, kateri dan ste imeli v mislih.
+ sama laz, nic od dogovorjenega
+ vase obljube ocitno ne veljajo nic
- Ovadili vas bomo.
- Tole bo šlo viralno.
=obljubili | weight=0.606
=obljubljeno | weight=0.408
=zagotovili | weight=0.373
=popust | weight=0.371
=v =sredi | weight=0.328
=ni =zazvonil | weight=0.318, noneg
=obljubljali | weight=0.316
=zaveza | weight=0.306
=jutri | weight=0.301
=bodo | weight=0.279
=sredi | weight=0.270
=povratne =klical | weight=0.269
=montaze | weight=0.262
=povratne | weight=0.260
=telefonu =ni | weight=0.259, noneg
=nic =od | weight=0.258, noneg
=se =dan | weight=0.257
=da =bo | weight=0.257
=dan =ga | weight=0.257
=pomeni | weight=0.250
=pomeni =nikoli | weight=0.250, noneg
=brezplacno | weight=0.249
=dogovorili | weight=0.245
=lazje =nic | weight=0.244, noneg
=samo =lazje | weight=0.244
=velja =nic | weight=0.232, noneg
=lazje | weight=0.232
=racun =ni | weight=0.221, noneg
=ne =drzal | weight=0.212, noneg
=naj =bi | weight=0.210
=pa =ga | weight=0.206
=nikoli | weight=0.205, noneg
=me =poklical | weight=0.204
=dneh | weight=0.202
=ste =da | weight=0.198
=torek | weight=0.192
=zopet | weight=0.190
=je =ostala | weight=0.187
=da =nam | weight=0.187
=dobropis | weight=0.184
=dogovorjenem | weight=0.182
=da =nas | weight=0.179
=nas =poklical | weight=0.179
=do =koncu | weight=0.179
=stirikrat =so | weight=0.172
=ni =zgodilo | weight=0.171, noneg
=vas =zaveza | weight=0.171
=rekli =ste | weight=0.170
=ni =ga | weight=0.169, noneg
=v =treh | weight=0.168
=obljubljeno =popust | weight=0.166
=brez =kritja | weight=0.166, noneg
=zamenjave | weight=0.163
=brezplacno =zamenjave | weight=0.162
=nam =rekli | weight=0.162
=urah | weight=0.160
=min =je | weight=0.158
=ni =bil | weight=0.157, noneg
=se =zdaj | weight=0.156
=dogovorili =ne | weight=0.156, noneg
=koncu =mesec | weight=0.154
=da =me | weight=0.154
=vrnili =naslednji | weight=0.153
=aparat | weight=0.151
=baterije | weight=0.151
=cetrtek | weight=0.150
=namesto =obljubljeno | weight=0.150
=zagotovljena | weight=0.150
=je =da | weight=0.149
=dostava =v | weight=0.148
=odziva =v | weight=0.147
=a =se | weight=0.147
=se =vrnili | weight=0.147
=kmalu | weight=0.146
=povrnete | weight=0.146
=ga =cakal | weight=0.146
=zdaj | weight=0.144
=trdi =je | weight=0.144
=urejeno =pa | weight=0.144
=jamcili | weight=0.143
=obljubili =da | weight=0.142
=ob =registraciji | weight=0.141
=registraciji | weight=0.141
=vedno =cakal | weight=0.137
=ne =velja | weight=0.137, noneg
=evrov | weight=0.137
=ze =stirikrat | weight=0.135
=pa =nic | weight=0.135, noneg
=ste =obljubili | weight=0.133
=potrdil | weight=0.132
=ze =trikrat | weight=0.132
=mi =da | weight=0.132
=treh =teden | weight=0.131
=obljubili =obljubili | weight=0.129
=nic | weight=0.129, noneg
=popravljen | weight=0.129
=pa =nisem | weight=0.128, noneg
=prodajalec =ni | weight=0.128, noneg
=je =urejeno | weight=0.127
=petek | weight=0.126
=poklical =nazaj | weight=0.126
=me =da | weight=0.125
=prazna =obljubili | weight=0.124
=samo =prazna | weight=0.124
=na =racun | weight=0.124
=urejeno | weight=0.123
=teden =namesto | weight=0.122
=bo | weight=0.122
=delovni =dneh | weight=0.119
=nalagali | weight=0.118
=do =petek | weight=0.117
=spet | weight=0.116
=nov =pa | weight=0.115
=treh | weight=0.115
=min | weight=0.114
=maja | weight=0.113
=je =ni | weight=0.113, noneg
=bon | weight=0.112
=isto =dan | weight=0.111
=jo =vseeno | weight=0.111
=obljubljali =brezplacno | weight=0.111
=vseeno =zaracunali | weight=0.111
=zaveza =so | weight=0.110
=je =ze | weight=0.110
=popust =se | weight=0.108
=gotovo | weight=0.108
=denar =v | weight=0.107
=kar =ste | weight=0.107
=je =mesec | weight=0.106
=min =sta | weight=0.106
=rekli =so | weight=0.105
=nikoder | weight=0.104
=od =nikoder | weight=0.104
=prazna | weight=0.104
=stroske =dostava | weight=0.103
=ki =pa | weight=0.103
=glede =odzivnega | weight=0.102
=odzivnega | weight=0.102
=odzivnega =cas | weight=0.102
=zaveza =glede | weight=0.102
=ze =pred | weight=0.102
=ni =tega | weight=0.102, noneg
=baterije =se | weight=0.102
=v =racun | weight=0.102
=montaze =v | weight=0.102
=popust =ni | weight=0.102, noneg
=brezplacno =dostava | weight=0.101
=odziva | weight=0.101
=bi =bil | weight=0.100
=rabijo | weight=0.100
=nic =drugi | weight=0.100, noneg
=bil =gotovo | weight=0.099
=obljubljeno =ze | weight=0.099
=ga =na | weight=0.098
=trikrat =so | weight=0.098
=stirikrat | weight=0.097
=poslal =nov | weight=0.097
=poklical =vas | weight=0.096
=celo =mesec | weight=0.096
=mesec =pa | weight=0.095
=bon =bon | weight=0.093
=bon =pa | weight=0.093
=registraciji =ste | weight=0.093
=popravljen =do | weight=0.093
=menjava =baterije | weight=0.092
=zagotovili =so | weight=0.092
=bo =napaka | weight=0.092
=v =teden | weight=0.091
=koncu =teden | weight=0.091
=vas =poklical | weight=0.091
=na =sestanku | weight=0.091
=vas =bom | weight=0.091
=bi =mi | weight=0.090
=odpravljena | weight=0.089
=oglasil =se | weight=0.089
=teden | weight=0.088
=ni | weight=0.088, noneg
=pa =od | weight=0.088
=zdaj =pa | weight=0.088
=sestanku | weight=0.087
=ur | weight=0.087
=dneh =min | weight=0.087
=mineva | weight=0.087
=mineva =ze | weight=0.087
=nismo | weight=0.087, noneg
=gospod =mi | weight=0.086
=komercialist | weight=0.086
=ni =nikoli | weight=0.086, noneg
=nisem =dobil | weight=0.085, noneg
=agent =mi | weight=0.085
=ki =ste | weight=0.085
=ste =rekli | weight=0.085
=ponovno | weight=0.083
=petek =v | weight=0.083
=spet =petek | weight=0.083
=torek =spet | weight=0.083
=torek =v | weight=0.083
=ze =drugi | weight=0.082
=bil =dogovorjenem | weight=0.082
=kavc | weight=0.082
=pisno | weight=0.081
=mesec =in | weight=0.080
=mesec | weight=0.080
=zamenjave =ni | weight=0.080, noneg
=ceprav =v | weight=0.079
=da =dobil | weight=0.079
=mi =nakazilo | weight=0.078
=smo =tri | weight=0.078
=imel =v | weight=0.078
=se =isto | weight=0.078
=vrnili =denar | weight=0.077
=zdaj =nisem | weight=0.077, noneg
=ocala | weight=0.077
=vseeno | weight=0.077
=dobil =bon | weight=0.076
=obljubili =ocitno | weight=0.076
=vas =obljubili | weight=0.076
=nakazilo | weight=0.076
=v =eni | weight=0.076
=delovni | weight=0.075
=tri =dni | weight=0.074
=nazaj =pa | weight=0.074
=ostala | weight=0.074
=mi =potrdil | weight=0.074
=brez =skrbi | weight=0.074, noneg
=jutri =vam | weight=0.074
=klical =se | weight=0.073
=zagotovili =da | weight=0.073
=sem =iz | weight=0.073
=serviser =naj | weight=0.073
=brez =odgovor | weight=0.072, noneg
=da =bodo | weight=0.072
=stroske | weight=0.072
=zatrdil =da | weight=0.071
=v =pet | weight=0.071
=ga =obljubili | weight=0.070
=je =obljubili | weight=0.070
=ena =zvezdico | weight=0.069
=gotovo =do | weight=0.069
=popravilo =naj | weight=0.069
=cakal =smo | weight=0.069
=bon =ki | weight=0.069
=pa =ni | weight=0.069, noneg
=popravilo =telefonu | weight=0.069
=sedmih =dni | weight=0.069
=napaka =odpravili | weight=0.069
=teden =dni | weight=0.069
=v =stirih | weight=0.068
=gotovo =v | weight=0.068
=zatrdil | weight=0.068
=mi =zagotovili | weight=0.068
=ni =oglasil | weight=0.068, noneg
=junij | weight=0.067
=v =dveh | weight=0.067
=obljubili =ob | weight=0.067
=eni =uri | weight=0.067
=sedmih | weight=0.067
=bo =tehnik | weight=0.066
=poklical =isto | weight=0.066
=do =sredi | weight=0.065
=do =dan | weight=0.065
=mi =ga | weight=0.064
=sele =sem | weight=0.064
=eni | weight=0.063
=moja =sporocilo | weight=0.063
=sporocilo =mi | weight=0.063
=zgodilo =nic | weight=0.063, noneg
=poklical =jutri | weight=0.063
=je =zatrdil | weight=0.063
=so =nam | weight=0.063
=niste | weight=0.063, noneg
=pisno =ste | weight=0.062
=prisel =v | weight=0.062
=je =traja | weight=0.062
=je =klical | weight=0.062
=manjka | weight=0.061
=pa =pravi | weight=0.061
=min =mesec | weight=0.060
=povrnete =stroske | weight=0.060
=mi =vrnili | weight=0.060
=mi =bo | weight=0.060
=mail =ni | weight=0.060, noneg
=je =prisegel | weight=0.060
=prisegel | weight=0.060
=prisegel =da | weight=0.060
=potem =pa | weight=0.059
=odpravili | weight=0.059
=sredi =naslednji | weight=0.059
=tehnik =prisel | weight=0.058
=pa =jo | weight=0.058
=vam =poslal | weight=0.058
=ste =ga | weight=0.058
=besede | weight=0.058
=od =takrat | weight=0.058
=takrat | weight=0.058
=padel =v | weight=0.057
=v =vodja | weight=0.057
=jih =polovica | weight=0.057
=polovica =se | weight=0.057
=teden =jih | weight=0.057
=vedno =manjka | weight=0.057
=dan =pa | weight=0.057
=se =da | weight=0.057
=potrditev | weight=0.057
=nisem =nikoli | weight=0.056, noneg
=obljubljali =odziva | weight=0.056
=potrditev =obljubljali | weight=0.056
=sporocilo =je | weight=0.056
=se =na | weight=0.055
=odpravljena =do | weight=0.055
=je =padel | weight=0.055
=so =na | weight=0.055
=vodja =oddelek | weight=0.055
=kaj =naj | weight=0.055
=pet =dneh | weight=0.054
=bil =vas | weight=0.054
=poklical | weight=0.054
=bo =telefonu | weight=0.054
=podpisem =pogodbe | weight=0.054
=darilni =bon | weight=0.054
=ni =premakne | weight=0.054, noneg
=premakne =nic | weight=0.054, noneg
=treh =dni | weight=0.054
=baterije =gratis | weight=0.054
=bo =menjava | weight=0.054
=gratis | weight=0.054
=gratis =na | weight=0.054
=poslal =racun | weight=0.054
=sta =dva | weight=0.054
=telefonu =rekli | weight=0.053
=ni =poklical | weight=0.053, noneg
=dogovorili =smo | weight=0.053
=telefonu =je | weight=0.052
=njega | weight=0.052
=napaka =odpravljena | weight=0.052
=naslednji =teden | weight=0.051
=pri =naslednji | weight=0.051
=pet =teden | weight=0.051
=prodajalec | weight=0.051
=bo =paket | weight=0.051
=dobave =do | weight=0.051
=jamcili =so | weight=0.051
=nam =dobave | weight=0.051
=darilni | weight=0.051
=polovica | weight=0.050
=sestra | weight=0.050
=zvesta | weight=0.050
=zvesta =stranka | weight=0.050
=se =ni | weight=0.050, noneg
=ga =nisem | weight=0.050, noneg
=petek =so | weight=0.050
=rekli =torek | weight=0.050
=bi =prisel | weight=0.049
=bil =nikoli | weight=0.049, noneg
=petek =je | weight=0.049
=julij | weight=0.049
=a =me | weight=0.048
=in =zamenjal | weight=0.048
=je =tehnik | weight=0.048
=popust =na | weight=0.048
=ne =vem | weight=0.047, noneg
=mi =brezplacno | weight=0.047
=potrdil =so | weight=0.047
=okvaro =ni | weight=0.047, noneg
=in =sele | weight=0.046
=v =potrditev | weight=0.046
=ostala =brez | weight=0.046, noneg
=teden =pa | weight=0.046
=ste | weight=0.046
=odhajam =h | weight=0.045
=obljubljali =so | weight=0.045
=so =dostava | weight=0.045
=pet =let | weight=0.045
=spet =klical | weight=0.045
=je =brez | weight=0.044, noneg
=namesto | weight=0.044
=dedka =je | weight=0.043
=moja =dedka | weight=0.043
=odhajam | weight=0.043
=sluzba =sem | weight=0.043
=menda | weight=0.043
=bil =dvakrat | weight=0.042
=mi =vracilo | weight=0.042
=blagajni =ni | weight=0.041, noneg
=dela =v | weight=0.041
=potekel =zamenjave | weight=0.041
=ehm =gospa | weight=0.041
=klical =a | weight=0.041
=nam | weight=0.041
=paket =ze | weight=0.041
=in =ga | weight=0.041
=a =lahko | weight=0.041
=serviser =ni | weight=0.041, noneg
=se =pri | weight=0.040
=dveh =teden | weight=0.040
=menjava | weight=0.040
=sem =zvesta | weight=0.040
=je =s | weight=0.040
=kdo =pove | weight=0.040
=zvezdico | weight=0.040
