# rudeness, sl: learned by scripts/learn.py from 2594 tuning texts (295 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ zenske se itak nic ne spoznate na avte, mi je rekel serviser, in mi zaracunal dvojno
+ usluzbenka je o meni pred drugimi strankami govorila kot o 'tej gospe, ki nic ne razume'.
+ Mama je stara 80 let in na posti so ji rekli, naj pride raje z nekom mlajsim, ker 'stari tega itak ne razumejo'.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=naj =ne | weight=0.555, noneg
=nesramen | weight=0.395
=blagajnicarka | weight=0.391
=zabrusil | weight=0.347
=arogantno | weight=0.343
=brez =pozdrav | weight=0.338, noneg
=neverjetno | weight=0.324
=pred =vsem | weight=0.315
=bezobrazna | weight=0.308
=zaljivo | weight=0.300
=natakar | weight=0.296
=zaprla | weight=0.296
=prodajalec =je | weight=0.285
=slusalko | weight=0.285
=posmehoval | weight=0.284
=je =med | weight=0.276
=usluzbenka | weight=0.272
=je =z | weight=0.269
=zbadljiv | weight=0.263
=zenska =na | weight=0.262
=osoren | weight=0.261
=da =tako | weight=0.251
=verbalno | weight=0.251
=odnos | weight=0.250
=z =mano | weight=0.249
=grdo | weight=0.247
=nas =je | weight=0.244
=prodajalka | weight=0.243
=moja =vprasanje | weight=0.243
=nadrejo | weight=0.242
=ce =ne | weight=0.240, noneg
=me =je | weight=0.239
=za =laznivca | weight=0.239
=oznacili | weight=0.235
=laznivca | weight=0.234
=mel | weight=0.233
=mel =za | weight=0.233
=vzvisen | weight=0.231
=z =zmerljivkami | weight=0.230
=zmerljivkami | weight=0.230
=je =naj | weight=0.228
=ne =znam | weight=0.227, noneg
=tatu | weight=0.227
=sredi | weight=0.227
=ozmerjal | weight=0.221
=itak | weight=0.221
=so =naj | weight=0.216
=odsla | weight=0.216
=na =zivce | weight=0.213
=kot =da | weight=0.211
=zanicljivo | weight=0.211
=niti =oprostite | weight=0.209
=jo =vedno | weight=0.207
=vedno =nadrejo | weight=0.207
=vhodu | weight=0.205
=preklinjal | weight=0.204
=pultom | weight=0.204
=za =pultom | weight=0.204
=a =ste | weight=0.203
=smejal | weight=0.202
=tip | weight=0.201
=pritozeval | weight=0.200
=nadrl | weight=0.200
=vsem | weight=0.199
=rezal | weight=0.198
=krical =nam | weight=0.198
=prekinil =zvezo | weight=0.198
=operater =me | weight=0.197
=premerila | weight=0.196
=nahrulila | weight=0.196
=rekli =serviser | weight=0.196
=serviser =in | weight=0.196
=svetovalka =so | weight=0.195
=in =prekinil | weight=0.194
=drla | weight=0.194
=gospa | weight=0.190
=mu | weight=0.190
=idiotom | weight=0.189
=in =rekli | weight=0.187
=ne =komplikiram | weight=0.187, noneg
=je =drla | weight=0.186
=sem =neumen | weight=0.185
=jamrat | weight=0.184
=na =glas | weight=0.184
=voznik | weight=0.183
=meni =pa | weight=0.183
=odlozil | weight=0.182
=naj =ponovi | weight=0.182
=ponovi =je | weight=0.182
=s =stranka | weight=0.182
=zajedljiv | weight=0.181
=ce =sploh | weight=0.181, noneg
=brez =besede | weight=0.181, noneg
=ti | weight=0.179
=nam | weight=0.179
=varnostnik | weight=0.179
=je =okregala | weight=0.177
=okregala | weight=0.177
=ocmi | weight=0.176
=z =ocmi | weight=0.176
=okencu =se | weight=0.176
=za =okencu | weight=0.176
=zadiral =na | weight=0.176
=komentiral | weight=0.175
=je =kot | weight=0.174
=ker =nisem | weight=0.173, noneg
=bil =bezobrazna | weight=0.173
=so =nas | weight=0.173
=zabrusil =naj | weight=0.171
=grozil =da | weight=0.171
=sarkasticna | weight=0.170
=rekli =naj | weight=0.169
=da =ima | weight=0.169
=sredi =stavek | weight=0.168
=usluzbenec | weight=0.168
=ignorirala | weight=0.167
=neumen | weight=0.167
=raje | weight=0.167
=odkrito | weight=0.166
=telefonu =je | weight=0.165
=cvekata | weight=0.165
=pa =ignorirala | weight=0.165
=ti =dve | weight=0.165
=tem =kako | weight=0.164
=zapre | weight=0.164
=vprasanje =je | weight=0.163
=je =s | weight=0.163
=si =ga | weight=0.162
=seveda | weight=0.162
=kaksna =zalitev | weight=0.162
=zalitev | weight=0.162
=ima | weight=0.162
=obraz | weight=0.162
=v =obraz | weight=0.162
=bil =nesramen | weight=0.161
=pismena | weight=0.161
=sploh =pismena | weight=0.161
=je =zafrkljivo | weight=0.160
=zafrkljivo | weight=0.160
=obrnem =strani | weight=0.160
=usluzbenka =me | weight=0.159
=opravicilo =bi | weight=0.159
=je =krical | weight=0.159
=je =operater | weight=0.159
=grozil | weight=0.159
=ocitno =ne | weight=0.159, noneg
=zviska | weight=0.159
=glavo | weight=0.158
=rekli =mi | weight=0.157
=ni =pravi | weight=0.156, noneg
=je =zacela | weight=0.156
=na =mestu | weight=0.155
=ponovi | weight=0.155
=bil =arogantno | weight=0.155
=ponizala | weight=0.155
=se =mi | weight=0.155
=je =kar | weight=0.155
=pred | weight=0.154
=se =je | weight=0.154
=nahrulila =ker | weight=0.154
=brati | weight=0.153
=vprasal =ali | weight=0.153
=ne =recem | weight=0.153, noneg
=gospod | weight=0.153
=dostavljavec | weight=0.153
=z =rok | weight=0.151
=je =v | weight=0.151
=ali =sem | weight=0.151
=instalater | weight=0.151
=nazival | weight=0.151
=prodajalec =sta | weight=0.150
=ze =vsak | weight=0.150
=nadstropja | weight=0.150
=rok =in | weight=0.150
=nadrl =ker | weight=0.149
=se =smejal | weight=0.149
=za =tako | weight=0.149
=taksna | weight=0.148
=pokazal | weight=0.148
=ful | weight=0.148
=nevljuden | weight=0.147
=pac =ne | weight=0.146, noneg
=zakljuci | weight=0.146
=okregala =ker | weight=0.145
=skrajno | weight=0.145
=paket =vrgel | weight=0.145
=oprostite | weight=0.145
=sredi =pogovor | weight=0.145
=pa =niti | weight=0.144
=in =nas | weight=0.144
=nadiral | weight=0.143
=oblacil | weight=0.142
=mrmral | weight=0.140
=je =o | weight=0.140
=mi =je | weight=0.139
=mi =po | weight=0.139
=in =odsla | weight=0.138
=zabrusil =da | weight=0.138
=da =tega | weight=0.138
=vsak =otrokom | weight=0.138
=sem =skopuh | weight=0.138
=skopuh | weight=0.138
=skopuh =ker | weight=0.138
=usluzbenec =so | weight=0.137
=in =mi | weight=0.136
=vzvisen =in | weight=0.136
=pregled | weight=0.136
=pogovor =mi | weight=0.135
=agentka =mi | weight=0.135
=lastnem =stanovanju | weight=0.134
=odlozil =slusalko | weight=0.134
=sem =mu | weight=0.132
=ljudje =kot | weight=0.132
=pred =nosom | weight=0.132
=preprosto | weight=0.132
=ce =vam | weight=0.131, noneg
=zadiral | weight=0.131
=sem =vprasal | weight=0.131
=bil =do | weight=0.131
=moja =slep | weight=0.131
=moza =s | weight=0.131
=slep =moza | weight=0.131
=vodnikom | weight=0.131
=zasmejal | weight=0.131
=med =pogovor | weight=0.131
=gluha | weight=0.131
=najdem =zivljenje | weight=0.131
=si =najdem | weight=0.131
=zivljenje | weight=0.131
=varnostnik =me | weight=0.131
=zna | weight=0.131
=je =odpisali | weight=0.130
=mano =je | weight=0.130
=samo =skomignil | weight=0.130
=lekarni | weight=0.130
=odpisali | weight=0.129
=natakarica =je | weight=0.129
=odgovor =z | weight=0.129
=krical | weight=0.128
=rekli =je | weight=0.128
=koncu =vrsti | weight=0.128
=mestu | weight=0.128
=je =vodja | weight=0.128
=serviser =se | weight=0.127
=trideset | weight=0.127
=glede =postrani | weight=0.127
=postrani | weight=0.127
=tonom | weight=0.126
=opazke | weight=0.126
=prebral | weight=0.126
=sem =rekli | weight=0.126
=ima =pravi | weight=0.125
=vam =ni | weight=0.125, noneg
=vrgel | weight=0.125
=odgovarja =je | weight=0.125
=hvala =lepo | weight=0.125
=rekli =gospa | weight=0.125
=serviser | weight=0.124
=iz =moja | weight=0.123
=norceval | weight=0.123
=norceval =iz | weight=0.123
=ko =je | weight=0.123
=ji | weight=0.123
=najdem | weight=0.123
=sta | weight=0.122
=moja =gluha | weight=0.122
=gospa =za | weight=0.122
=zunaj | weight=0.122
=je =star | weight=0.122
=vprasal =za | weight=0.122
=se =rezal | weight=0.121
=tako =pac | weight=0.121
=ni =rekli | weight=0.121, noneg
=naucim | weight=0.120
=je =zaprla | weight=0.120
=osoren =in | weight=0.120
=s =sodelavcem | weight=0.120
=sodelavcem =se | weight=0.120
=opravicilo | weight=0.120
=ali =tako | weight=0.120
=tako =ali | weight=0.120
=tako =ne | weight=0.120, noneg
=ponizala =in | weight=0.119
=sm | weight=0.119
=odpravili | weight=0.119
=ravnanje | weight=0.119
=klikniti =mi | weight=0.118
=nisem =klikniti | weight=0.118, noneg
=vas =svetovalka | weight=0.118
=babica =ne | weight=0.118, noneg
=vas =lekarni | weight=0.118
=nevljuden =in | weight=0.118
=agent =mi | weight=0.117
=ni =vsec | weight=0.117, noneg
=nas | weight=0.116
=v =lastnem | weight=0.116
=ne =pa | weight=0.116, noneg
=govoriti =kot | weight=0.116
=je =zabrusil | weight=0.116
=tik | weight=0.115
=in =jih | weight=0.115
=dela =norca | weight=0.115
=norca | weight=0.115
=se =iz | weight=0.115
=zafrkljivo =in | weight=0.115
=je =govoriti | weight=0.115
=do =meni | weight=0.115
=vrat | weight=0.115
=otrokom | weight=0.115
=in =nej | weight=0.114
=nej =grem | weight=0.114
=klikniti =nicesar | weight=0.114, noneg
=je =prodajalka | weight=0.114
=nesramen =gospod | weight=0.114
=nimam =cas | weight=0.114
=razume =nic | weight=0.113, noneg
=blagajni =je | weight=0.113
=kot =otrokom | weight=0.113
=je =ignorirala | weight=0.113
=da =smrdi | weight=0.113
=smrdi | weight=0.113
=zacela | weight=0.113
=da =ji | weight=0.113
=svetovalec | weight=0.112
=draga =gospa | weight=0.112
=mama =grem | weight=0.112
=vstopa | weight=0.112
=je =dobesedno | weight=0.112
=rameni | weight=0.112
=z =rameni | weight=0.112
=je =zmeraj | weight=0.112
=in =se | weight=0.111
=vodja =se | weight=0.111
=zasmejal =in | weight=0.111
=glasno | weight=0.111
=kaksna | weight=0.111
=mano | weight=0.111, noneg
=stanovanju | weight=0.111
=kako =ste | weight=0.111
=da =sem | weight=0.111
=starosti | weight=0.111
=potem =se | weight=0.111
=tisti =tip | weight=0.110
=svetovalka =je | weight=0.110
=dela =uslugo | weight=0.110
=uslugo | weight=0.110
=ce =aplikacija | weight=0.110, noneg
=da =ce | weight=0.110, noneg
=ne =obvladam | weight=0.110, noneg
=grozno | weight=0.110
=vi =ste | weight=0.110
=ozmerjal =z | weight=0.110
=vracilo =izdelek | weight=0.110
=monter =je | weight=0.110
=pred =drugi | weight=0.109
=dobesedno | weight=0.109
=tako =stranka | weight=0.108
=da =sm | weight=0.108
=zavil | weight=0.107
=zavil =z | weight=0.107
=serviserka | weight=0.107
=agentka | weight=0.107
=monter =me | weight=0.107
=ocmi =in | weight=0.107
=je =da | weight=0.107
=bom =obvestil | weight=0.107
=tako =se | weight=0.107
=ne =znate | weight=0.107, noneg
=vas =problem | weight=0.107
=vas =usluzbenka | weight=0.107
=ponizujoce | weight=0.106
=draga | weight=0.104
=ponavljal =da | weight=0.104
=itak =ne | weight=0.104, noneg
=ki =ima | weight=0.103
=zaloputnil | weight=0.102
=medtem =ko | weight=0.102
=izgovor | weight=0.102
=je =obrnem | weight=0.101
=ce | weight=0.101, noneg
=kolegici | weight=0.101
=grem =na | weight=0.101
=ne =razume | weight=0.101, noneg
=je =odgovor | weight=0.100
=nisem =dozivel | weight=0.099, noneg
=ni =hoteli | weight=0.099, noneg
=narobe =klikniti | weight=0.099
=se =s | weight=0.099
=kriv =za | weight=0.099
=med =moja | weight=0.099
=svetovalec =se | weight=0.098
=je =nadrl | weight=0.098
=podaljsano =garancijo | weight=0.098
=posmehljivo | weight=0.097
=zelo =zaljivo | weight=0.097
=naj =neham | weight=0.097
=neham =jamrat | weight=0.097
=nekaj =narobe | weight=0.097
=kregala | weight=0.096
=chatu | weight=0.096
