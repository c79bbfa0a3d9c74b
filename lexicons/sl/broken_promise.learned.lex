# broken_promise, sl: learned by scripts/learn.py from 2816 tuning texts (126 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ vsak mesec isto, klicem, obljubijo da bodo uredili, in nic
+ Rekli so, da me pokličejo nazaj v roku ene ure. To je bilo v četrtek.
+ Rekli ste, da se mi bo vodja oddelka oglasil še isti dan. Ne vem, kateri dan ste imeli v mislih.
- Ovadili vas bomo.
- nihce mi ni odpisal
=obljubili | weight=0.627
=zagotovili | weight=0.427
=obljubljate | weight=0.422
=obljubljeno | weight=0.412
=popust | weight=0.371
=v =sredo | weight=0.319
=ni =zazvonil | weight=0.308, noneg
=zaveza | weight=0.305
=bodo | weight=0.283
=dan =ga | weight=0.269
=povratnega =klical | weight=0.264
=sredo | weight=0.262
=povratnega | weight=0.257
=se =dan | weight=0.256
=nic =od | weight=0.255, noneg
=montaze | weight=0.255
=jutri | weight=0.254
=telefonu =ni | weight=0.250, noneg
=pomeni | weight=0.243
=pomeni =nikoli | weight=0.243, noneg
=da =bo | weight=0.242
=brezplacno | weight=0.241
=dogovorili | weight=0.239
=lazje =nic | weight=0.234, noneg
=samo =lazje | weight=0.234
=me =poklical | weight=0.228
=lazje | weight=0.224
=velja =nic | weight=0.221, noneg
=ste =da | weight=0.215
=zdaj =ni | weight=0.212, noneg
=v =cetrtek | weight=0.205
=racun =ni | weight=0.202, noneg
=pa =ga | weight=0.201
=nikoli | weight=0.198, noneg
=ne =drzal | weight=0.196, noneg
=do =koncu | weight=0.194
=dobropis | weight=0.190
=da =nam | weight=0.185
=naj =bi | weight=0.184
=dogovorjenem | weight=0.182
=rekli =ste | weight=0.177
=nas =poklical | weight=0.176
=ni =ga | weight=0.174, noneg
=ni =zgodilo | weight=0.174, noneg
=da =nas | weight=0.171
=stirikrat =so | weight=0.171
=je =ostaja | weight=0.171
=brez =kritja | weight=0.170, noneg
=urah | weight=0.168
=zagotovili =da | weight=0.166
=obljubili =da | weight=0.166
=vas =zaveza | weight=0.165
=obljubljeno =popust | weight=0.164
=koncu =mesec | weight=0.164
=brezplacno =zamenjavo | weight=0.163
=vrne =naslednji | weight=0.163
=min =je | weight=0.163
=ne =res | weight=0.161, noneg
=poklical =nazaj | weight=0.161
=zamenjavo | weight=0.159
=cetrtek | weight=0.159
=se =vrne | weight=0.155
=ga =cakal | weight=0.154
=povrnete | weight=0.154
=se =zdaj | weight=0.154
=dogovorili =ne | weight=0.152, noneg
=trdi =je | weight=0.152
=urejeno =pa | weight=0.152
=torek | weight=0.152
=zopet | weight=0.151
=nam =rekli | weight=0.151
=namesto =obljubljeno | weight=0.150
=dneh | weight=0.149
=v =treh | weight=0.148
=odpravljena | weight=0.148
=kmalu | weight=0.147
=nic | weight=0.145, noneg
=ne =velja | weight=0.145, noneg
=ze =stirikrat | weight=0.144
=zdaj | weight=0.144
=zagotovljena | weight=0.143
=popravljen | weight=0.142
=baterije | weight=0.142
=nihce =nic | weight=0.142, noneg
=odziva =v | weight=0.141
=je =urejeno | weight=0.140
=evrov | weight=0.140
=ni =bil | weight=0.140, noneg
=dostava =v | weight=0.139
=aparat | weight=0.139
=pa =nic | weight=0.138, noneg
=ob =registraciji | weight=0.138
=jamcili | weight=0.135
=a =se | weight=0.134
=registraciji | weight=0.133
=da =me | weight=0.132
=potrdila | weight=0.131
=me =da | weight=0.130
=vedno =cakal | weight=0.129
=teden =namesto | weight=0.128
=gotovo | weight=0.127
=rekli =so | weight=0.126
=ze =trikrat | weight=0.125
=spet | weight=0.125
=min =sta | weight=0.125
=nalagali | weight=0.125
=prazna =obljubili | weight=0.124
=samo =prazna | weight=0.124
=bo | weight=0.124
=nov =pa | weight=0.123
=prodajalec =ni | weight=0.122, noneg
=je =ze | weight=0.122
=denar =v | weight=0.122
=denar =ni | weight=0.119, noneg
=pa =nisem | weight=0.119, noneg
=obljubili =obljubili | weight=0.119
=urejeno | weight=0.119
=zaveza =so | weight=0.118
=mi =da | weight=0.117
=petek | weight=0.117
=poslal =nov | weight=0.116
=treh =teden | weight=0.116
=potoval | weight=0.115
=ste =obljubili | weight=0.114
=bil =gotovo | weight=0.114
=vozicku =so | weight=0.113
=na =racun | weight=0.113
=ceprav =mi | weight=0.112
=popust =ni | weight=0.109, noneg
=je =ni | weight=0.109, noneg
=je =mesec | weight=0.108
=na =let | weight=0.108
=stirikrat | weight=0.108
=ki =pa | weight=0.106
=min | weight=0.105
=me =pustili | weight=0.104
=glede =odzivnega | weight=0.104
=odzivnega | weight=0.104
=odzivnega =cas | weight=0.104
=zaveza =glede | weight=0.104
=je =da | weight=0.104
=bon | weight=0.103
=rabijo | weight=0.102
=bom =dobil | weight=0.102
=prazna | weight=0.102
=maja | weight=0.102
=jo =vseeno | weight=0.102
=obljubljate =brezplacno | weight=0.102
=vseeno =zaracunali | weight=0.102
=koncu =teden | weight=0.101
=ga =na | weight=0.101
=vas =poklical | weight=0.100
=mesec =pa | weight=0.100
=do =zdaj | weight=0.100
=do =petek | weight=0.099
=na =invalidskem | weight=0.099
=baterije =se | weight=0.098
=v =racun | weight=0.098
=treh | weight=0.098
=dneh =min | weight=0.097
=trikrat =so | weight=0.095
=popravljen =do | weight=0.095
=kavc | weight=0.095
=odziva | weight=0.095
=pet =dneh | weight=0.094
=nikoder | weight=0.094
=od =nikoder | weight=0.094
=isto =dan | weight=0.093
=obljubljeno =ze | weight=0.093
=bon =bon | weight=0.093
=bon =pa | weight=0.093
=registraciji =ste | weight=0.093
=da =bodo | weight=0.092
=brezplacno =dostava | weight=0.092
=poklical =vas | weight=0.092
=v =teden | weight=0.091
=bi =mi | weight=0.090
=komercialist | weight=0.090
=celo =mesec | weight=0.090
=popust =se | weight=0.090
=montaze =v | weight=0.090
=menjava =baterije | weight=0.090
=ki =ste | weight=0.089
=na =sestanku | weight=0.088
=mineva | weight=0.088
=mineva =ze | weight=0.088
=kar =ste | weight=0.088
=ste =rekli | weight=0.087
=ur | weight=0.087
=ni =tega | weight=0.087, noneg
=sestanku | weight=0.086
=ze =pred | weight=0.085
=ponovno | weight=0.085
=je =obljubili | weight=0.085
=vas =bom | weight=0.085
=zatrdil =da | weight=0.085
=ze =drugi | weight=0.085
=prisel =v | weight=0.084
=nismo | weight=0.084, noneg
=gospod =mi | weight=0.084
=stroskov =dostava | weight=0.083
=zamenjavo =ni | weight=0.083, noneg
=nic =drugi | weight=0.083, noneg
=me =nisem | weight=0.082, noneg
=bo =napaka | weight=0.082
=zatrdil | weight=0.082
=gotovo =do | weight=0.082
=agent =mi | weight=0.082
=brez =skrbi | weight=0.082, noneg
=jutri =vam | weight=0.082
=pa =ni | weight=0.082, noneg
=vrne =denar | weight=0.081
=oglasil =se | weight=0.081
=smo =tri | weight=0.081
=mesec =in | weight=0.080
=da =dobil | weight=0.080
=pa =od | weight=0.080
=petek =v | weight=0.080
=spet =petek | weight=0.080
=torek =spet | weight=0.080
=torek =v | weight=0.080
=ceprav =v | weight=0.079
=bo =tehnik | weight=0.078
=bil =dogovorjenem | weight=0.078
=dobil =bon | weight=0.078
=klical =se | weight=0.078
=vracilo =v | weight=0.078
=od =takrat | weight=0.077
=takrat | weight=0.077
=ni =pojavil | weight=0.076, noneg
=vnaprej | weight=0.076
=cakal =smo | weight=0.076
=ni =nikoli | weight=0.075, noneg
=mi =nakazilo | weight=0.074
=ga =obljubili | weight=0.074
=teden | weight=0.074
=napaka =odpravil | weight=0.074
=imel =v | weight=0.074
=se =isto | weight=0.074
=invalidskem | weight=0.073
=invalidskem =vozicku | weight=0.073
=mesec | weight=0.073
=ocala | weight=0.073
=pisno | weight=0.072
=poklical =isto | weight=0.071
=junij | weight=0.071
=obstaja | weight=0.071
=obstaja =se | weight=0.071
=tezava =obstaja | weight=0.071
=tehnik =prisel | weight=0.071
=ostaja | weight=0.070
=gotovo =v | weight=0.070
=bi =bil | weight=0.070
=zdaj =nisem | weight=0.070, noneg
=do =dan | weight=0.070
=sporocilo =mi | weight=0.069
=povrnete =stroskov | weight=0.069
=obljubili =ocitno | weight=0.069
=vas =obljubili | weight=0.069
=ni =oglasil | weight=0.068, noneg
=min =mesec | weight=0.068
=racun =v | weight=0.068
=so =na | weight=0.068
=mi =vrne | weight=0.068
=vseeno | weight=0.068
=nakazilo | weight=0.067
=nisem =dobil | weight=0.066, noneg
=vam =poslal | weight=0.066
=potem =pa | weight=0.066
=ste | weight=0.066
=je =zatrdil | weight=0.066
=popravilo =telefonu | weight=0.065
=sedmih =dni | weight=0.065
=pred =mesec | weight=0.065
=stroskov | weight=0.065
=let =in | weight=0.065
=mi =potrdila | weight=0.064
=premakne =nic | weight=0.064, noneg
=zdaj =pa | weight=0.063
=sem =iz | weight=0.063
=serviser =naj | weight=0.063
=potrditev | weight=0.063
=padla =v | weight=0.063
=v =vodja | weight=0.063
=zgodilo =nic | weight=0.063, noneg
=bil =vas | weight=0.063
=poklical | weight=0.063
=zagotovili =so | weight=0.063
=v =eni | weight=0.062
=treh =dni | weight=0.062
=nisem =nikoli | weight=0.062, noneg
=so =nam | weight=0.062
=bo =paket | weight=0.062
=ena =zvezdico | weight=0.061
=v =stirih | weight=0.061
=je =padla | weight=0.061
=vas =sodelavcem | weight=0.061
=kaj =naj | weight=0.061
=mi =brezplacno | weight=0.061
=potrdila =so | weight=0.061
=ga =nisem | weight=0.061, noneg
=bo =telefonu | weight=0.060
=do =sredo | weight=0.060
=sedmih | weight=0.060
=petek =so | weight=0.060
=rekli =torek | weight=0.060
=pustili | weight=0.060
=nazaj =pa | weight=0.060
=sele =sem | weight=0.059
=mi =bo | weight=0.059
=teden =dni | weight=0.059
=ni | weight=0.059, noneg
=je =traja | weight=0.059
=julij | weight=0.059
=besede | weight=0.059
=bon =ki | weight=0.059
=nam | weight=0.059
=ob =podpisem | weight=0.058
=bil =v | weight=0.058
=vodja =oddelek | weight=0.058
=telefonu =je | weight=0.058
=v =pet | weight=0.058
=potrebujem | weight=0.058
=jih =polovica | weight=0.058
=polovica =se | weight=0.058
=teden =jih | weight=0.058
=vedno =manjka | weight=0.058
=manjka | weight=0.058
=pisno =ste | weight=0.057
=ni =premakne | weight=0.057, noneg
=teden =pa | weight=0.057
=mail =ni | weight=0.056, noneg
=njega | weight=0.056
=je =prisegel | weight=0.056
=prisegel | weight=0.056
=prisegel =da | weight=0.056
=mi =ga | weight=0.056
=sta =dva | weight=0.055
=in =zamenjati | weight=0.055
=je =tehnik | weight=0.055
=ni =blo | weight=0.055, noneg
=eni =uri | weight=0.054
=pet =teden | weight=0.054
=moja =sporocilo | weight=0.054
=pa =jo | weight=0.054
=dan =pa | weight=0.054
=bodo =uredil | weight=0.053
=ste =ga | weight=0.053
=tri =dni | weight=0.052
=dobave =do | weight=0.052
=jamcili =so | weight=0.052
=nam =dobave | weight=0.052
=v =potrditev | weight=0.052
=brez =odgovor | weight=0.052, noneg
=mi =zagotovili | weight=0.051
=podpisem =pogodbe | weight=0.051
=obljubili =ob | weight=0.051
=v =rok | weight=0.051
=dedka =je | weight=0.050
=moja =dedka | weight=0.050
=bil =nikoli | weight=0.050, noneg
=telefonu =rekli | weight=0.050
=mi =vracilo | weight=0.050
=ostaja =brez | weight=0.049, noneg
=odpravljena =do | weight=0.049
=darilni =bon | weight=0.049
=pri =naslednji | weight=0.049
=zadnja | weight=0.049
=ob =sklenitvi | weight=0.048
=ja =no | weight=0.048
=serviser =ni | weight=0.048, noneg
=je =klical | weight=0.048
=menjava | weight=0.048
=poklical =jutri | weight=0.048
=dogovorili =smo | weight=0.048
=baterije =gratis | weight=0.048
=bo =menjava | weight=0.048
=gratis | weight=0.048
=gratis =na | weight=0.048
=poslal =racun | weight=0.048
=prodajalec | weight=0.047
=ni =poklical | weight=0.047, noneg
=okvaro =ni | weight=0.047, noneg
=napaka =odpravljena | weight=0.047
=petek =je | weight=0.046
=sklenitvi | weight=0.046
=zastopnik | weight=0.046
=eni | weight=0.046
=do | weight=0.046
=sredo =naslednji | weight=0.046
=darilni | weight=0.045
=me =bodo | weight=0.045
=bi =prisel | weight=0.045
=vozicku | weight=0.045
=obljubljate =odziva | weight=0.045
=potrditev =obljubljate | weight=0.045
=sporocilo =je | weight=0.045
=se =na | weight=0.045
=spet =klical | weight=0.044
=je =brez | weight=0.044, noneg
