# broken_promise, sl: learned by scripts/learn.py from 2594 tuning texts (121 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Rekli so, da me pokličejo nazaj v roku ene ure. To je bilo v četrtek.
+ Rekli ste, da se mi bo vodja oddelka oglasil še isti dan. Ne vem, kateri dan ste imeli v mislih.
+ Pred mesecem dni ste mi pisali, da je vračilo denarja odobreno in bo na računu v petih dneh. Denarja ni. Kdaj ga bom dobila?
- Ovadili vas bomo.
- Tole bo šlo viralno.
=obljubili | weight=0.597
=obljubljeno | weight=0.410
=zagotovili | weight=0.396
=popust | weight=0.378
=obljubljali | weight=0.329
=ni =zazvonil | weight=0.311, noneg
=v =sredi | weight=0.310
=zaveza | weight=0.300
=bodo | weight=0.285
=nic =od | weight=0.264, noneg
=montaze | weight=0.264
=se =dan | weight=0.263
=sredi | weight=0.261
=jutri | weight=0.260
=povratne =klical | weight=0.257
=da =bo | weight=0.254
=dan =ga | weight=0.250
=povratne | weight=0.249
=brezplacno | weight=0.246
=telefonu =ni | weight=0.243, noneg
=pomeni | weight=0.242
=pomeni =nikoli | weight=0.242, noneg
=dogovorili | weight=0.241
=lazje =nic | weight=0.238, noneg
=samo =lazje | weight=0.238
=velja =nic | weight=0.237, noneg
=lazje | weight=0.225
=me =poklical | weight=0.222
=naj =bi | weight=0.213
=v =cetrtek | weight=0.209
=zdaj =ni | weight=0.208, noneg
=racun =ni | weight=0.207, noneg
=pa =ga | weight=0.202
=ne =drzal | weight=0.198, noneg
=ste =da | weight=0.197
=nikoli | weight=0.194, noneg
=do =koncu | weight=0.193
=dobropis | weight=0.184
=dogovorjenem | weight=0.183
=da =nam | weight=0.182
=je =ostaja | weight=0.181
=nas =poklical | weight=0.179
=da =nas | weight=0.175
=ni =ga | weight=0.175, noneg
=stirikrat =so | weight=0.173
=brezplacno =zamenjavo | weight=0.173
=vas =zaveza | weight=0.168
=obljubljeno =popust | weight=0.167
=dneh | weight=0.166
=ni =zgodilo | weight=0.166, noneg
=brez =kritja | weight=0.165, noneg
=rekli =ste | weight=0.163
=torek | weight=0.162
=dogovorili =ne | weight=0.158, noneg
=cetrtek | weight=0.157
=zopet | weight=0.155
=povrnete | weight=0.154
=da =me | weight=0.153
=zdaj | weight=0.152
=se =zdaj | weight=0.151
=vrne =naslednji | weight=0.151
=zamenjavo | weight=0.150
=dostava =v | weight=0.150
=nam =rekli | weight=0.150
=urah | weight=0.149
=evrov | weight=0.149
=koncu =mesec | weight=0.149
=pa =nic | weight=0.149, noneg
=kmalu | weight=0.147
=baterije | weight=0.147
=se =vrne | weight=0.147
=trdi =je | weight=0.147
=urejeno =pa | weight=0.147
=ga =cakal | weight=0.146
=namesto =obljubljeno | weight=0.144
=ze =stirikrat | weight=0.144
=min =je | weight=0.142
=poklical =nazaj | weight=0.142
=odziva =v | weight=0.141
=ob =registraciji | weight=0.141
=treh =teden | weight=0.139
=registraciji | weight=0.138
=jamcili | weight=0.138
=ne =velja | weight=0.138, noneg
=petek | weight=0.137
=ni =bil | weight=0.136, noneg
=ze =trikrat | weight=0.136
=v =treh | weight=0.136
=obljubili =da | weight=0.134
=a =se | weight=0.134
=me =da | weight=0.133
=je =urejeno | weight=0.133
=mi =da | weight=0.132
=vedno =cakal | weight=0.131
=obljubili =obljubili | weight=0.130
=prazna =obljubili | weight=0.130
=samo =prazna | weight=0.130
=zagotovljena | weight=0.128
=teden =namesto | weight=0.128
=na =racun | weight=0.128
=prodajalec =ni | weight=0.128, noneg
=potrdil | weight=0.127
=je =da | weight=0.126
=bo | weight=0.125
=popravljen | weight=0.125
=nov =pa | weight=0.122
=min | weight=0.121
=nalagali | weight=0.121
=pa =nisem | weight=0.120, noneg
=aparat | weight=0.120
=zagotovili =da | weight=0.120
=spet | weight=0.119
=potoval | weight=0.119
=ste =obljubili | weight=0.116
=zaveza =so | weight=0.114
=je =ni | weight=0.113, noneg
=urejeno | weight=0.113
=popust =ni | weight=0.112, noneg
=nic | weight=0.112, noneg
=denar =v | weight=0.110
=gotovo | weight=0.110
=vozicku =so | weight=0.109
=me =pustili | weight=0.108
=rekli =so | weight=0.108
=jo =vseeno | weight=0.107
=obljubljali =brezplacno | weight=0.107
=vseeno =zaracunali | weight=0.107
=do =petek | weight=0.106
=v =pet | weight=0.106
=denar =ni | weight=0.106, noneg
=treh | weight=0.106
=prazna | weight=0.105
=na =let | weight=0.105
=bon | weight=0.104
=odziva | weight=0.104
=glede =odzivnega | weight=0.103
=odzivnega | weight=0.103
=odzivnega =cas | weight=0.103
=zaveza =glede | weight=0.103
=min =sta | weight=0.103
=bom =dobil | weight=0.101
=je =ze | weight=0.101
=bi =bil | weight=0.101
=ki =pa | weight=0.101
=stirikrat | weight=0.101
=popust =se | weight=0.100
=ze =pred | weight=0.100
=me =nisem | weight=0.100, noneg
=je =mesec | weight=0.098
=agent =mi | weight=0.098
=rabijo | weight=0.098
=poslali =nov | weight=0.098
=maja | weight=0.098
=brezplacno =dostava | weight=0.097
=ste =rekli | weight=0.097
=obljubljeno =ze | weight=0.097
=baterije =se | weight=0.097
=v =racun | weight=0.097
=koncu =teden | weight=0.097
=nikoder | weight=0.096
=od =nikoder | weight=0.096
=trikrat =so | weight=0.096
=montaze =v | weight=0.095
=ga =na | weight=0.095
=vas =poklical | weight=0.094
=menjava =baterije | weight=0.094
=isto =dan | weight=0.093
=kar =ste | weight=0.093
=poklical =vas | weight=0.092
=vas =bom | weight=0.092
=popravljen =do | weight=0.092
=na =invalidskem | weight=0.091
=mesec =pa | weight=0.091
=nic =drugi | weight=0.091, noneg
=bon =bon | weight=0.090
=bon =pa | weight=0.090
=registraciji =ste | weight=0.090
=ki =ste | weight=0.089
=celo =mesec | weight=0.089
=na =sestanku | weight=0.089
=v =teden | weight=0.089
=ponovno | weight=0.088
=ur | weight=0.088
=zamenjavo =ni | weight=0.087, noneg
=teden | weight=0.086
=sestanku | weight=0.086
=gospod =mi | weight=0.086
=pet =dneh | weight=0.086
=ni =tega | weight=0.086, noneg
=nisem =dobil | weight=0.085, noneg
=komercialist | weight=0.085
=petek =v | weight=0.085
=spet =petek | weight=0.085
=torek =spet | weight=0.085
=torek =v | weight=0.085
=bi =mi | weight=0.085
=mineva | weight=0.085
=mineva =ze | weight=0.085
=nismo | weight=0.085, noneg
=bo =napaka | weight=0.084
=je =obljubili | weight=0.084
=kavc | weight=0.084
=oglasil =se | weight=0.083
=zdaj =pa | weight=0.083
=bil =gotovo | weight=0.083
=odpravljena | weight=0.082
=dneh =min | weight=0.082
=ze =drugi | weight=0.081
=stroskov =dostava | weight=0.081
=zatrdil =da | weight=0.081
=obljubili =ocitno | weight=0.080
=vas =obljubili | weight=0.080
=brez =skrbi | weight=0.079, noneg
=jutri =vam | weight=0.079
=delovnih =dneh | weight=0.079
=pa =od | weight=0.079
=bil =dogovorjenem | weight=0.078
=ocala | weight=0.078
=dobil =bon | weight=0.077
=zatrdil | weight=0.077
=da =dobil | weight=0.077
=da =bodo | weight=0.077
=ceprav =v | weight=0.076
=zagotovili =so | weight=0.075
=zdaj =nisem | weight=0.075, noneg
=vrne =denar | weight=0.075
=imel =v | weight=0.074
=pisno | weight=0.074
=gotovo =v | weight=0.073
=vseeno | weight=0.072
=do =dan | weight=0.072
=napaka =odpravili | weight=0.072
=smo =tri | weight=0.072
=se =isto | weight=0.071
=mi =nakazilo | weight=0.071
=potem =pa | weight=0.071
=prisel =v | weight=0.071
=teden =dni | weight=0.071
=ostaja | weight=0.071
=invalidskem | weight=0.070
=invalidskem =vozicku | weight=0.070
=vnaprej | weight=0.070
=popravilo =telefonu | weight=0.070
=sedmih =dni | weight=0.070
=je =zatrdil | weight=0.069
=v =eni | weight=0.069
=brez =odgovor | weight=0.069, noneg
=mesec =in | weight=0.068
=pa =ni | weight=0.068, noneg
=sem =iz | weight=0.068
=serviser =naj | weight=0.068
=pred =mesec | weight=0.068
=bo =tehnik | weight=0.068
=ob =sklenitvi | weight=0.067
=sporocilo =mi | weight=0.067
=cakal =smo | weight=0.067
=nakazilo | weight=0.066
=je =prisegel | weight=0.066
=prisegel | weight=0.066
=prisegel =da | weight=0.066
=petek =so | weight=0.065
=rekli =torek | weight=0.065
=vam =poslali | weight=0.065
=v =stirih | weight=0.065
=povrnete =stroskov | weight=0.065
=stroskov | weight=0.065
=zgodilo =nic | weight=0.065, noneg
=ena =zvezdico | weight=0.064
=bon =ki | weight=0.064
=ni =nikoli | weight=0.064, noneg
=junij | weight=0.064
=mi =bo | weight=0.063
=sedmih | weight=0.063
=sele =sem | weight=0.063
=mi =potrdil | weight=0.063
=je =traja | weight=0.063
=eni =uri | weight=0.063
=mi =zagotovili | weight=0.063
=se =ni | weight=0.063, noneg
=ni =oglasil | weight=0.062, noneg
=let =in | weight=0.062
=manjka | weight=0.062
=besede | weight=0.062
=sklenitvi | weight=0.062
=klical =se | weight=0.062
=vracilo =v | weight=0.062
=poklical =isto | weight=0.061
=vodja =oddelek | weight=0.061
=ga =obljubili | weight=0.061
=telefonu =je | weight=0.061
=jih =polovica | weight=0.061
=polovica =se | weight=0.061
=teden =jih | weight=0.061
=vedno =manjka | weight=0.061
=odpravili | weight=0.060
=mi =brezplacno | weight=0.060
=potrdil =so | weight=0.060
=potrebujem | weight=0.060
=nazaj =pa | weight=0.060
=ste =ga | weight=0.060
=mi =vrne | weight=0.060
=min =mesec | weight=0.060
=od =takrat | weight=0.059
=takrat | weight=0.059
=bil =v | weight=0.059
=gotovo =do | weight=0.059
=popravilo =naj | weight=0.059
=odpravljena =do | weight=0.059
=ni | weight=0.058, noneg
=do =sredi | weight=0.058
=mail =ni | weight=0.058, noneg
=treh =dni | weight=0.058
=se =na | weight=0.058
=racun =v | weight=0.058
=in =zamenjati | weight=0.058
=je =tehnik | weight=0.058
=ob =podpisem | weight=0.058
=bil =vas | weight=0.058
=zastopnik | weight=0.058
=kaj =naj | weight=0.058
=padel =v | weight=0.057
=v =vodja | weight=0.057
=potrditev | weight=0.057
=tehnik =prisel | weight=0.056
=pisno =ste | weight=0.056
=nisem =nikoli | weight=0.056, noneg
=obljubljali =odziva | weight=0.056
=potrditev =obljubljali | weight=0.056
=sporocilo =je | weight=0.056
=je =padel | weight=0.056
=poklical =jutri | weight=0.056
=so =nam | weight=0.056
=mesec | weight=0.056
=pa =jo | weight=0.055
=sta =dva | weight=0.055
=dobave =do | weight=0.055
=jamcili =so | weight=0.055
=nam =dobave | weight=0.055
=eni | weight=0.055
=ste | weight=0.055
=pet =teden | weight=0.055
=ni =premakne | weight=0.055, noneg
=premakne =nic | weight=0.055, noneg
=mi =ga | weight=0.055
=njega | weight=0.054
=v =potrditev | weight=0.054
=sredi =naslednji | weight=0.054
=mi =vracilo | weight=0.054
=baterije =gratis | weight=0.054
=bo =menjava | weight=0.054
=gratis | weight=0.054
=gratis =na | weight=0.054
=poslali =racun | weight=0.054
=teden =pa | weight=0.054
=dedka =je | weight=0.054
=moja =dedka | weight=0.054
=so =na | weight=0.054
=sluzba =sem | weight=0.054
=v =rok | weight=0.053
=pri =naslednji | weight=0.053
=telefonu =rekli | weight=0.053
=darilni =bon | weight=0.052
=ni =poklical | weight=0.052, noneg
=je =klical | weight=0.052
=bo =telefonu | weight=0.052
=obljubili =ob | weight=0.052
=moja =sporocilo | weight=0.052
=podpisem =pogodbe | weight=0.051
=poklical | weight=0.051
=ga =nisem | weight=0.051, noneg
=dan =pa | weight=0.050
=obljubljali =so | weight=0.050
=so =dostava | weight=0.050
=ni =kritja | weight=0.050, noneg
=na =avta | weight=0.049
=skode =na | weight=0.049
=darilni | weight=0.049
=ja =no | weight=0.049
=tri =dni | weight=0.048
=polovica | weight=0.048
=dogovorili =smo | weight=0.048
=zavrnili =z | weight=0.048
=julij | weight=0.048
=ne =vem | weight=0.048, noneg
=bi =prisel | weight=0.048
=prodajalec | weight=0.048
=a =me | weight=0.048
=ostaja =brez | weight=0.048, noneg
=in =me | weight=0.048
=napaka =odpravljena | weight=0.047
=namesto | weight=0.047
=ni =blo | weight=0.047, noneg
=v =dveh | weight=0.047
=dogodek | weight=0.047
=petek =je | weight=0.047
=in =sele | weight=0.045
=bil =nikoli | weight=0.045, noneg
=sporocilo =pa | weight=0.044
=zvesta | weight=0.044
=zvesta =stranka | weight=0.044
