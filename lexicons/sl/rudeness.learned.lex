# rudeness, sl: learned by scripts/learn.py from 2314 tuning texts (265 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ zenske se itak nic ne spoznate na avte, mi je rekel serviser, in mi zaracunal dvojno
+ usluzbenka je o meni pred drugimi strankami govorila kot o 'tej gospe, ki nic ne razume'.
+ Mama je stara 80 let in na posti so ji rekli, naj pride raje z nekom mlajsim, ker 'stari tega itak ne razumejo'.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=naj =ne | weight=0.561, noneg
=blagajnicarka | weight=0.411
=nesramen | weight=0.395
=zabrusil | weight=0.350
=brez =pozdrav | weight=0.337, noneg
=pred =vsem | weight=0.331
=aroganten | weight=0.325
=neverjetno | weight=0.324
=in =rekli | weight=0.309
=natakar | weight=0.308
=zaljivo | weight=0.302
=bezobrazna | weight=0.300
=moja =vprasanje | weight=0.296
=prodajalec =je | weight=0.294
=zaprla | weight=0.290
=osoren | weight=0.273
=odnos | weight=0.271
=slusalko | weight=0.269
=nas =je | weight=0.259
=posmehoval | weight=0.255
=usluzbenka | weight=0.255
=zbadljiv | weight=0.254
=verbalno | weight=0.252
=ce =ne | weight=0.252, noneg
=z =mano | weight=0.250
=je =med | weight=0.250
=da =tako | weight=0.249
=sredi | weight=0.249
=preklinjal | weight=0.248
=zenska =na | weight=0.246
=ne =znam | weight=0.244, noneg
=za =laznivca | weight=0.243
=je =z | weight=0.242
=nadrejo | weight=0.241
=oznacili | weight=0.238
=laznivca | weight=0.237
=pultom | weight=0.236
=me =je | weight=0.235
=mel | weight=0.233
=mel =za | weight=0.233
=tatu | weight=0.233
=z =zmerljivkami | weight=0.231
=zmerljivkami | weight=0.231
=grdo | weight=0.230
=so =naj | weight=0.225
=niti =oprostite | weight=0.224
=na =zivce | weight=0.224
=je =naj | weight=0.222
=za =pultom | weight=0.221
=rezal | weight=0.215
=ozmerjal | weight=0.214
=prekinil =zvezo | weight=0.214
=kot =da | weight=0.211
=prodajalka | weight=0.209
=vzvisen | weight=0.207
=vhodu | weight=0.207
=neumen | weight=0.206
=odsla | weight=0.206
=dostavljavec | weight=0.205
=operater =me | weight=0.205
=itak | weight=0.203
=jo =vedno | weight=0.203
=vedno =nadrejo | weight=0.203
=tip | weight=0.202
=zanicljivo | weight=0.201
=naj =ponovi | weight=0.199
=ponovi =je | weight=0.199
=krical =nam | weight=0.198
=premerila | weight=0.197
=svetovalka =so | weight=0.195
=usluzbenec | weight=0.195
=s =stranka | weight=0.194
=rekli =serviser | weight=0.194
=serviser =in | weight=0.194
=ni =pravi | weight=0.194, noneg
=odlozil | weight=0.192
=ne =komplikiram | weight=0.192, noneg
=meni =pa | weight=0.190
=je =kot | weight=0.189
=ocmi | weight=0.189
=z =ocmi | weight=0.189
=ima | weight=0.187
=otrokom | weight=0.187
=se =je | weight=0.186
=nam | weight=0.186
=da =ima | weight=0.185
=smejal | weight=0.185
=odkrito | weight=0.185
=nahrulila | weight=0.184
=idiotom | weight=0.184
=je =v | weight=0.184
=voznik | weight=0.183
=raje | weight=0.182
=ponovi | weight=0.182
=nadrl | weight=0.181
=cvekata | weight=0.180
=pa =ignorirali | weight=0.180
=ti =dve | weight=0.180
=kaksna =zalitev | weight=0.180
=zalitev | weight=0.180
=ocitno =ne | weight=0.179, noneg
=brez =besede | weight=0.178, noneg
=grozil | weight=0.177
=grozil =da | weight=0.177
=obraz | weight=0.175
=v =obraz | weight=0.175
=sem =neumen | weight=0.175
=pismena | weight=0.174
=sploh =pismena | weight=0.174
=seveda | weight=0.174
=okencu =se | weight=0.173
=za =okencu | weight=0.173
=zadiral =na | weight=0.173
=se =mi | weight=0.173
=zabrusil =naj | weight=0.173
=je =krical | weight=0.172
=je =okregala | weight=0.170
=okregala | weight=0.170
=bil =bezobrazna | weight=0.170
=mu | weight=0.170
=in =mi | weight=0.170
=sarkasticna | weight=0.169
=tem =kako | weight=0.169
=sredi =stavek | weight=0.168
=bil =nesramen | weight=0.168
=so =nas | weight=0.167
=pred | weight=0.166
=opravicilo =bi | weight=0.166
=vsem | weight=0.166
=taksna | weight=0.165
=je =kar | weight=0.165
=drla | weight=0.165
=je =drla | weight=0.165
=zviska | weight=0.164
=zajedljiv | weight=0.164
=je =s | weight=0.164
=na =mestu | weight=0.164
=varnostnik | weight=0.163
=a =ste | weight=0.163
=je =zacela | weight=0.163
=ji | weight=0.162
=vprasal =ali | weight=0.161
=gospa | weight=0.161
=brati | weight=0.160
=je =odpisali | weight=0.159
=rok =in | weight=0.159
=obrnem =stran | weight=0.159
=oprostite | weight=0.158
=glavo | weight=0.158
=instalater | weight=0.157
=nazival | weight=0.157
=ce =sploh | weight=0.157, noneg
=si =ga | weight=0.157
=ali =sem | weight=0.157
=je =zafrkljivo | weight=0.157
=zafrkljivo | weight=0.157
=usluzbenka =me | weight=0.157
=ima =pravi | weight=0.156
=sta | weight=0.156
=sem =omenil | weight=0.156
=ze =vsak | weight=0.155
=pac =ne | weight=0.155, noneg
=pokazal | weight=0.155
=nevljuden | weight=0.154
=se =smejal | weight=0.154
=gospod | weight=0.154
=ce =vam | weight=0.153, noneg
=z =rok | weight=0.152
=ponizala | weight=0.152
=odlozil =slusalko | weight=0.152
=ful | weight=0.151
=je =o | weight=0.151
=paket =vrgel | weight=0.151
=mrmral | weight=0.151
=nadiral | weight=0.150
=ne =recem | weight=0.149, noneg
=pred =nosom | weight=0.149
=ti | weight=0.149
=da =sem | weight=0.148
=koncu =vrsti | weight=0.147
=skrajno | weight=0.147
=nadrl =ker | weight=0.147
=okregala =ker | weight=0.146
=in =prekinil | weight=0.146
=bil =aroganten | weight=0.146
=ker =nisem | weight=0.145, noneg
=rekli =mi | weight=0.145
=in =nas | weight=0.144
=pogovor =mi | weight=0.144
=sredi =pogovor | weight=0.144
=vprasanje =je | weight=0.144
=vrgel | weight=0.144
=in =odsla | weight=0.142
=odgovor =z | weight=0.142
=nahrulila =ker | weight=0.141
=vsak =otrokom | weight=0.141
=je =prodajalka | weight=0.140
=nas | weight=0.140
=omenil | weight=0.140
=je =vodja | weight=0.139
=zakljuci | weight=0.139
=vzvisen =in | weight=0.138
=odpisali | weight=0.137
=moja =slep | weight=0.136
=moz =s | weight=0.136
=slep =moz | weight=0.136
=vodnikom | weight=0.136
=usluzbenec =so | weight=0.136
=vam =ni | weight=0.136, noneg
=krical | weight=0.136
=lekarni | weight=0.135
=pa =niti | weight=0.135
=da =tega | weight=0.135
=najdem =zivljenje | weight=0.134
=si =najdem | weight=0.134
=zivljenje | weight=0.134
=varnostnik =me | weight=0.134
=odgovarjajo =je | weight=0.133
=mestu | weight=0.133
=vprasal =za | weight=0.132
=ko =je | weight=0.132
=lastnem =stanovanju | weight=0.132
=zabrusil =da | weight=0.132
=trideset | weight=0.131
=ni =rekli | weight=0.131, noneg
=natakarica =je | weight=0.131
=vas =svetovalka | weight=0.130
=opravicilo | weight=0.130
=mi =po | weight=0.130
=ali =tako | weight=0.130
=tako =ali | weight=0.130
=tako =ne | weight=0.130, noneg
=najdem | weight=0.130
=se =rezal | weight=0.130
=ne =pa | weight=0.129, noneg
=serviser =se | weight=0.128
=osoren =in | weight=0.128
=bla | weight=0.127
=rekli =naj | weight=0.127
=zadiral | weight=0.127
=sem =skopuh | weight=0.126
=skopuh | weight=0.126
=skopuh =ker | weight=0.126
=do =koncu | weight=0.126
=rekli =je | weight=0.126
=serviser | weight=0.126
=stanovanju | weight=0.126
=je =zaprla | weight=0.126
=za =tako | weight=0.125
=tonom | weight=0.125
=sem =mu | weight=0.125
=svetovalec | weight=0.125
=moja =gluha | weight=0.125
=sem =rekli | weight=0.124
=zunaj | weight=0.124
=klikniti =mi | weight=0.124
=nisem =klikniti | weight=0.124, noneg
=glede =postrani | weight=0.124
=postrani | weight=0.124
=je =govoriti | weight=0.124
=opazke | weight=0.124
=komentiral | weight=0.123
=tako =pac | weight=0.123
=naucim | weight=0.123
=telefonu =je | weight=0.121
=gospa =za | weight=0.121
=zavil | weight=0.121
=zavil =z | weight=0.121
=gospa =na | weight=0.121
=med =pogovor | weight=0.121
=v =lastnem | weight=0.121
=draga =gospa | weight=0.120
=samo =skomignil | weight=0.119
=vstopa | weight=0.119
=mi =je | weight=0.119
=bil =do | weight=0.119
=nevljuden =in | weight=0.119
=je =star | weight=0.119
=in =nej | weight=0.119
=nej =grem | weight=0.119
=nesramen =gospod | weight=0.118
=enostavno | weight=0.118
=klikniti =nicesar | weight=0.118, noneg
=serviserka | weight=0.118
=medtem =ko | weight=0.118
=s =sodelavcem | weight=0.118
=sodelavcem =se | weight=0.118
=monter =je | weight=0.118
=ozmerjal =z | weight=0.117
=babica =ne | weight=0.117, noneg
=vas =lekarni | weight=0.117
=in =jih | weight=0.116
=da =smrdi | weight=0.116
=smrdi | weight=0.116
=je =samo | weight=0.116
=in =me | weight=0.116
=noce | weight=0.116
=res =hvala | weight=0.116
=se =s | weight=0.114
=kako =ste | weight=0.114
=zapre | weight=0.114
=dela =uslugo | weight=0.114
=uslugo | weight=0.114
=ne =razume | weight=0.114, noneg
=vi =ste | weight=0.114
=je =da | weight=0.114
=navelicano | weight=0.113
=vracilo =izdelek | weight=0.113
=ce =aplikacija | weight=0.113, noneg
=da =ce | weight=0.113, noneg
=ne =obvladam | weight=0.113, noneg
=gluha | weight=0.113
=na =glas | weight=0.113
=izgovor | weight=0.113
=posmehljivo | weight=0.113
=je =pri | weight=0.113
=je =zabrusil | weight=0.113
=da =sm | weight=0.112
=mama =grem | weight=0.112
=dela =norca | weight=0.112
=norca | weight=0.112
=se =iz | weight=0.112
=zafrkljivo =in | weight=0.112
=sm | weight=0.112
=je =zmeraj | weight=0.111
=pred =drugi | weight=0.111
=zenska | weight=0.111
=odvrnil | weight=0.111
=ponizala =in | weight=0.111
=ne =znate | weight=0.111, noneg
=vas =problem | weight=0.111
=do =meni | weight=0.111
=ni =hoteli | weight=0.110, noneg
=vas =usluzbenka | weight=0.110
=celo =potem | weight=0.110
=nadiral =celo | weight=0.110
=potem =ker | weight=0.110
=preprosto | weight=0.109
=tik | weight=0.109
=agent =mi | weight=0.109
=ponavljal =da | weight=0.109
=draga | weight=0.109
=kurir =mi | weight=0.108
=kaksna | weight=0.108
=svetovalka =je | weight=0.108
=ponizujoce | weight=0.108
=takoj =ko | weight=0.108
=ki =ima | weight=0.107
=starosti | weight=0.107
=rameni | weight=0.107
=z =rameni | weight=0.107
=ni =vsec | weight=0.107, noneg
=grem =na | weight=0.107
=govoriti =kot | weight=0.107
=bom =obvestil | weight=0.107
=svetovalec =se | weight=0.106
=potem =se | weight=0.106
=ravnanje | weight=0.105
=grem | weight=0.105
=vrat =pred | weight=0.105
=razume =nic | weight=0.105, noneg
=bi =bil | weight=0.105
=ignorirali | weight=0.104
=in =se | weight=0.104
=zehal | weight=0.104
=grozno | weight=0.104
=glasno | weight=0.103
=odpravili | weight=0.103
=ocmi =in | weight=0.103
=monter =me | weight=0.103
=zasmejal | weight=0.102
=zadircen | weight=0.102
=itak =ne | weight=0.102, noneg
=je =obrnem | weight=0.102
=nisem =dozivel | weight=0.101, noneg
=kot =otrokom | weight=0.100
=in =brez | weight=0.100, noneg
=med =moja | weight=0.100
=gospod =na | weight=0.099
=tisti =tip | weight=0.099
=niti | weight=0.099
=prodajalec =sta | weight=0.099
=jamrat | weight=0.099
=naj =neham | weight=0.099
=neham =jamrat | weight=0.099
=med =klical | weight=0.098
=je =odvrnil | weight=0.098
=prodajalka =pa | weight=0.098
=dejala | weight=0.098
=blagajni =je | weight=0.098
=nej | weight=0.098
=mano =je | weight=0.098
=nosom | weight=0.097
=mlada | weight=0.097
=nosom =in | weight=0.096
=zelo =zaljivo | weight=0.096
=narobe =klikniti | weight=0.096
=aroganten =in | weight=0.095
=imajo | weight=0.095
=je =operater | weight=0.095
