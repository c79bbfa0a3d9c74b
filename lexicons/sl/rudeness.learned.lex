# rudeness, sl: learned by scripts/learn.py from 2816 tuning texts (334 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ usluzbenka je o meni pred drugimi strankami govorila kot o 'tej gospe, ki nic ne razume'.
+ usluzbenka se je zadrla name pred vsemi
+ Gospe za okencem se vedno zadirajo na nas.
- Ovadili vas bomo.
- nihce mi ni odpisal
=naj =ne | weight=0.563, noneg
=zabrusil | weight=0.423
=nesramen | weight=0.405
=blagajnicarka | weight=0.382
=zaprla | weight=0.337
=brez =pozdrav | weight=0.333, noneg
=arogantno | weight=0.326
=neverjetno | weight=0.322
=pred =vsem | weight=0.318
=usluzbenka | weight=0.311
=natakar | weight=0.304
=bezobrazna | weight=0.301
=cinicno | weight=0.293
=zaljivo | weight=0.291
=je =naj | weight=0.291
=je =med | weight=0.290
=vzvisen | weight=0.285
=grdo | weight=0.280
=osoren | weight=0.280
=slusalko | weight=0.275
=posmehoval | weight=0.273
=rezal | weight=0.264
=imel =je | weight=0.262
=opazke | weight=0.261
=idiotom | weight=0.260
=prodajalec =je | weight=0.259
=verbalno | weight=0.257
=zenska =na | weight=0.254
=zbadljiv | weight=0.253
=nas =je | weight=0.251
=se =nisem | weight=0.250, noneg
=preklinjal | weight=0.250
=z =mano | weight=0.247
=nadrejo | weight=0.245
=je =z | weight=0.245
=ce =ne | weight=0.244, noneg
=komentiral | weight=0.243
=da =tako | weight=0.242
=za =laznivca | weight=0.234
=mel | weight=0.233
=mel =za | weight=0.233
=odnos | weight=0.231
=oznacili | weight=0.230
=laznivca | weight=0.227
=moja =vprasanje | weight=0.225
=ozmerjal | weight=0.224
=z =zmerljivkami | weight=0.224
=zmerljivkami | weight=0.224
=in =prekinil | weight=0.222
=tatu | weight=0.221
=me =je | weight=0.220
=je =operater | weight=0.220
=pultom | weight=0.219
=prekinil =zvezo | weight=0.218
=zanicljiv | weight=0.217
=krical =nam | weight=0.217
=ne =znam | weight=0.216, noneg
=nadrl | weight=0.216
=na =zivce | weight=0.216
=odsel | weight=0.214
=prodajalka | weight=0.214
=nahrulil | weight=0.213
=za =pultom | weight=0.211
=niti =oprostite | weight=0.208
=jo =vedno | weight=0.208
=vedno =nadrejo | weight=0.208
=kot =da | weight=0.208
=sredo | weight=0.205
=a =ste | weight=0.205
=gospa | weight=0.204
=so =naj | weight=0.204
=se =rezal | weight=0.203
=vsem | weight=0.203
=voznik | weight=0.202
=vhodu | weight=0.202
=smejal | weight=0.202
=dispecer | weight=0.202
=vpil | weight=0.197
=operater =me | weight=0.196
=na =glas | weight=0.195
=vprasanje =je | weight=0.194
=posti =so | weight=0.193
=je =krical | weight=0.192
=ocmi | weight=0.191
=z =ocmi | weight=0.191
=premerila | weight=0.190
=drla | weight=0.190
=varnostnik | weight=0.189
=itak | weight=0.189
=svetovalka =so | weight=0.187
=kar =sem | weight=0.186
=je =drla | weight=0.186
=tip | weight=0.186
=je =okregala | weight=0.185
=okregala | weight=0.185
=dostavljavec | weight=0.185
=ti | weight=0.183
=pritozeval | weight=0.183
=so =nas | weight=0.183
=odlozil | weight=0.183
=sarkasticna | weight=0.182
=nam | weight=0.181
=opazke =na | weight=0.181
=rekli =serviser | weight=0.180
=serviser =in | weight=0.180
=ce =vam | weight=0.179, noneg
=je =zmeraj | weight=0.179
=ponizala | weight=0.178
=ki =ima | weight=0.178
=ne =komplikiram | weight=0.178, noneg
=nihce =se | weight=0.176, noneg
=jamrat | weight=0.176
=meni =pa | weight=0.176
=za =tako | weight=0.176
=nahrulil =ker | weight=0.175
=sem =mu | weight=0.173
=najbolj | weight=0.173
=kaksna =zalitev | weight=0.173
=zalitev | weight=0.173
=opravicilo =bi | weight=0.171
=ne =znate | weight=0.171, noneg
=na =mestu | weight=0.171
=mu | weight=0.171
=bil =bezobrazna | weight=0.171
=vam =ni | weight=0.170, noneg
=grozil =da | weight=0.170
=rekli =je | weight=0.169
=je =da | weight=0.169
=stanovanju | weight=0.169
=glavo | weight=0.169
=zapre | weight=0.169
=okencu =se | weight=0.168
=za =okencu | weight=0.168
=zadiral =na | weight=0.168
=sem =neumen | weight=0.167
=je =kot | weight=0.167
=ce =sploh | weight=0.167, noneg
=telefonu =je | weight=0.167
=z =idiotom | weight=0.167
=cvekata | weight=0.166
=pa =ignorirala | weight=0.166
=ti =dve | weight=0.166
=napacen =obrazec | weight=0.166
=brati | weight=0.164
=se =mi | weight=0.163
=je =s | weight=0.163
=obrnem =strani | weight=0.163
=usluzbenec | weight=0.163
=zabrusil =naj | weight=0.163
=naj =ponovi | weight=0.162
=ponovi =je | weight=0.162
=nevljudna | weight=0.161
=pismena | weight=0.161
=sploh =pismena | weight=0.161
=izbircni | weight=0.161
=pac =izbircni | weight=0.161
=smo =pac | weight=0.161
=vrat | weight=0.160
=je =komentiral | weight=0.160
=je =zafrkljivo | weight=0.160
=zafrkljivo | weight=0.160
=vprasal =ali | weight=0.160
=ocitno =ne | weight=0.160, noneg
=osoren =in | weight=0.160
=reklamacijo =in | weight=0.159
=odkrito | weight=0.159
=grozil | weight=0.159
=se =smejal | weight=0.158
=sredo =stavek | weight=0.157
=ni =pravi | weight=0.157, noneg
=ze =vsak | weight=0.156
=postavil | weight=0.156
=z =rok | weight=0.155
=nadlezna | weight=0.155
=rok =in | weight=0.155
=tem =kako | weight=0.155
=zajedljiv | weight=0.155
=ker =nisem | weight=0.155, noneg
=s =stranka | weight=0.154
=ni =vsec | weight=0.154, noneg
=ignorirala | weight=0.154
=je =odgovor | weight=0.154
=svetovalka =je | weight=0.153
=ne =recem | weight=0.153, noneg
=in =rekli | weight=0.152
=je =kar | weight=0.152
=ironicen | weight=0.152
=skrajno | weight=0.151
=sem =rekli | weight=0.151
=okregala =ker | weight=0.149
=je =v | weight=0.149
=glasno | weight=0.149
=neumen | weight=0.149
=se =je | weight=0.149
=bil =arogantno | weight=0.148
=in =odsel | weight=0.148
=si =ga | weight=0.148
=pregled | weight=0.147
=naj =si | weight=0.147
=sem =izpolnil | weight=0.147
=ne =razumem | weight=0.147, noneg
=in =mi | weight=0.146
=mestu | weight=0.145
=ali =sem | weight=0.145
=usluzbenka =me | weight=0.145
=da =si | weight=0.145
=mi =po | weight=0.145
=pokazal | weight=0.145
=zasmejal | weight=0.145
=ocmi =in | weight=0.144
=sem =skopuh | weight=0.144
=skopuh | weight=0.144
=skopuh =ker | weight=0.144
=gospod | weight=0.144
=paket =vrgel | weight=0.143
=odlozil =slusalko | weight=0.143
=oblacil | weight=0.143
=obraz | weight=0.143
=v =obraz | weight=0.143
=vsak =otrokom | weight=0.142
=serviser | weight=0.142
=ful | weight=0.142
=rekli =naj | weight=0.141
=zna | weight=0.141
=usluzbenec =so | weight=0.141
=varnostnik =me | weight=0.141
=brez =besede | weight=0.141, noneg
=seveda | weight=0.140
=zakljuci | weight=0.139
=je =dobesedno | weight=0.139
=instalater | weight=0.138
=nazival | weight=0.138
=in =nas | weight=0.138
=pa =niti | weight=0.138
=preprosto | weight=0.137
=vi =ste | weight=0.136
=nadiral | weight=0.136
=serviser =se | weight=0.136
=vrgel | weight=0.136
=natakarica =je | weight=0.135
=dobesedno | weight=0.134
=moja =slep | weight=0.134
=moz =s | weight=0.134
=slep =moz | weight=0.134
=vodnikom | weight=0.134
=med =pogovor | weight=0.134
=odpravil | weight=0.134
=oprostite | weight=0.134
=raje | weight=0.134
=kriv =za | weight=0.133
=ne =pa | weight=0.133, noneg
=ima | weight=0.133
=in =me | weight=0.133
=sredo =pogovor | weight=0.133
=agentka =mi | weight=0.133
=ponovi | weight=0.132
=krical | weight=0.132
=nevljudna =in | weight=0.132
=pred | weight=0.131
=zviska | weight=0.130
=agent =mi | weight=0.130
=ne =izmisljujem | weight=0.130, noneg
=razmetano | weight=0.129
=razmetano =stanovanju | weight=0.129
=vas =svetovalka | weight=0.129
=zabrusil =da | weight=0.129
=so =me | weight=0.129
=ljudje =kot | weight=0.128
=s =sodelavcem | weight=0.128
=sodelavcem =se | weight=0.128
=zacela | weight=0.128
=me =glede | weight=0.128
=nadstropja | weight=0.127
=da =ima | weight=0.127
=taksna | weight=0.127
=otrokom | weight=0.127
=enostavno | weight=0.126
=serviserka | weight=0.126
=rekli =mi | weight=0.126
=pred =nosom | weight=0.126
=gluha | weight=0.126
=prodajalec =sta | weight=0.126
=vzvisen =in | weight=0.126
=in =nej | weight=0.126
=nej =grem | weight=0.126
=je =zacela | weight=0.125
=ni =dovolj | weight=0.125, noneg
=lekarni | weight=0.124
=je =prodajalka | weight=0.124
=govoriti =kot | weight=0.124
=samo =skomignil | weight=0.124
=pac =ne | weight=0.124, noneg
=komentiral =moja | weight=0.124
=sm | weight=0.123
=zanicljiv =in | weight=0.123
=je =enostavno | weight=0.123
=je =odpisali | weight=0.123
=iz =moja | weight=0.122
=norceval | weight=0.122
=norceval =iz | weight=0.122
=ni =rekli | weight=0.122, noneg
=odpisali | weight=0.122
=klikniti =mi | weight=0.122
=nisem =klikniti | weight=0.122, noneg
=agentka | weight=0.122
=naucim | weight=0.122
=tako =pac | weight=0.121
=kot =otrokom | weight=0.121
=tako =se | weight=0.121
=niste | weight=0.121, noneg
=da =ji | weight=0.120
=moja =gluha | weight=0.120
=ali =tako | weight=0.120
=tako =ali | weight=0.120
=tako =ne | weight=0.120, noneg
=zunaj | weight=0.120
=je =vodja | weight=0.119
=odgovarjajo =je | weight=0.119
=ozmerjal =z | weight=0.119
=gospa =za | weight=0.119
=koncu =vrsti | weight=0.118
=zmeraj =z | weight=0.118
=hvala =lepo | weight=0.118
=da =tega | weight=0.118
=babica =ne | weight=0.118, noneg
=vas =lekarni | weight=0.118
=zadiral | weight=0.117
=sem =jih | weight=0.117
=ce =aplikacija | weight=0.117, noneg
=da =ce | weight=0.117, noneg
=ne =obvladam | weight=0.117, noneg
=lastnem =stanovanju | weight=0.117
=svetovalec | weight=0.117
=sem =vprasal | weight=0.116
=je =zaprla | weight=0.116
=je =o | weight=0.116
=dela =uslugo | weight=0.115
=uslugo | weight=0.115
=ko =je | weight=0.115
=je =star | weight=0.115
=tezko | weight=0.114
=je =ignorirala | weight=0.114
=izmisljujem | weight=0.114
=si =izmisljujem | weight=0.114
=razlagal | weight=0.113
=vprasal =za | weight=0.113
=klikniti =nicesar | weight=0.113, noneg
=draga =gospa | weight=0.113
=nisem =dozivel | weight=0.113, noneg
=pred =drugi | weight=0.112
=je =obrnem | weight=0.112
=mano =je | weight=0.112
=se =s | weight=0.112
=vodja =se | weight=0.112
=zasmejal =in | weight=0.112
=nesramen =gospod | weight=0.112
=nimam =cas | weight=0.112
=kako =ste | weight=0.111
=je =preklinjal | weight=0.111
=kaksna | weight=0.111
=tik | weight=0.111
=dela =norca | weight=0.111
=norca | weight=0.111
=se =iz | weight=0.111
=zafrkljivo =in | weight=0.111
=prodajalec | weight=0.111
=tonom | weight=0.111
=je =govoriti | weight=0.111
=bom =obvestil | weight=0.110
=odgovor =z | weight=0.110
=pojdite =drugi | weight=0.109
=do =meni | weight=0.109
=punca | weight=0.109
=svetovalec =se | weight=0.109
=je =zabrusil | weight=0.109
=potem =se | weight=0.108
=mrmral | weight=0.108
=na =okencu | weight=0.108
=razumem =nic | weight=0.108, noneg
=rekli =gospa | weight=0.107
=nam =pred | weight=0.107
=kurir =mi | weight=0.107
=med =moja | weight=0.107
=da =sem | weight=0.107
=pac | weight=0.106
=sta | weight=0.106
=kolegici | weight=0.106
=mi =je | weight=0.106
=najdem =zivljenje | weight=0.106
=si =najdem | weight=0.106
=zivljenje | weight=0.106
=vracilo =izdelek | weight=0.106
=nadrl =ker | weight=0.105
=da =sm | weight=0.105
=zelo =zaljivo | weight=0.105
=nej | weight=0.105
=odpisali =da | weight=0.105
=draga | weight=0.105
=mamo =grem | weight=0.105
=celo =potem | weight=0.105
