# rudeness, cs: learned by scripts/learn.py from 2812 tuning texts (298 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ptal jsem se, proc mi nefunguje roaming. Agentka mi nejdriv poslala navod na nastaveni APN, pak na nastaveni e-mailu a pak mi napsala, ze mam restartovat telefon. Kdyz jsem napsal, ze to nepomohlo, chat zavrela.
+ ten chlap se mi vysmal do oci
+ Predavac bol velmi drzy a nadaval mi.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=polozil | weight=0.410
=neprijemna | weight=0.407
=zavesil | weight=0.392
=oci | weight=0.385
=povysene | weight=0.371
=arogantni | weight=0.360
=smali | weight=0.358
=zdrzuju | weight=0.336
=pred =celou | weight=0.327
=odpalkoval | weight=0.327
=bez =rozlouceni | weight=0.325, noneg
=uprostred | weight=0.320
=uprostred =vety | weight=0.320
=odbyli | weight=0.319
=vysmal | weight=0.318
=na =me | weight=0.314
=nenecham | weight=0.306
=jako =bych | weight=0.301
=nadaval | weight=0.298
=ridic | weight=0.297
=hnusna | weight=0.297
=tonem | weight=0.297
=natvrdla | weight=0.296
=mi =at | weight=0.294
=ironicky | weight=0.292
=otravovat | weight=0.289
=rekl =mi | weight=0.286
=dite | weight=0.283
=vykazal | weight=0.281
=rukou | weight=0.274
=idiotem | weight=0.274
=otravene | weight=0.274
=do =telefon | weight=0.274
=a =odeslat | weight=0.272
=oznacil | weight=0.263
=oznacil =za | weight=0.261
=agent =mi | weight=0.259
=seprala | weight=0.253
=sproste | weight=0.251
=mne =hodil | weight=0.251
=choval | weight=0.247
=at =neblokuju | weight=0.245
=neblokuju | weight=0.245
=protivna | weight=0.243
=protivna =a | weight=0.243
=rval | weight=0.243
=kricel | weight=0.242
=lekarka | weight=0.241
=lekarka =me | weight=0.241
=neprijemna =a | weight=0.241
=duchodci | weight=0.239
=nenecham =me | weight=0.239
=prodavacka | weight=0.238
=ven | weight=0.237
=reci | weight=0.235
=a =zavesil | weight=0.233
=z =kradeze | weight=0.233
=jako =na | weight=0.232
=se =tam | weight=0.232
=neco =spatne | weight=0.230
=poznamku | weight=0.230
=zacala | weight=0.229
=odehnal | weight=0.228
=odehnal =pryc | weight=0.228
=pak =mi | weight=0.228
=jen =co | weight=0.228
=smali =se | weight=0.227
=na =prepazky | weight=0.226
=pani =vedouci | weight=0.226
=kradeze | weight=0.226
=ignoroval | weight=0.222
=hadal | weight=0.221
=hruby | weight=0.221
=po =mne | weight=0.221
=kuryr =mi | weight=0.221
=nezdrzuju | weight=0.220
=urednice | weight=0.219
=drza | weight=0.218
=neumim | weight=0.218
=pracovnik =na | weight=0.217
=ze =neumim | weight=0.214
=nepochopil | weight=0.212
=me =ani | weight=0.212, noneg
=cist | weight=0.212
=mavl | weight=0.211
=mavl =rukou | weight=0.211
=strasne | weight=0.211
=dveri | weight=0.209
=at =nezdrzuju | weight=0.208
=doslova | weight=0.208
=a =jeste | weight=0.208
=si =ze | weight=0.207
=hmyz | weight=0.207
=smartphone | weight=0.207
=do =reci | weight=0.206
=zavrela | weight=0.206
=otocila =se | weight=0.205
=s =nam | weight=0.203
=se =tom | weight=0.203
=jizliva | weight=0.203
=a =otocila | weight=0.203
=zasmal | weight=0.202
=polozil =telefon | weight=0.202
=se =ji | weight=0.202
=male | weight=0.201
=personal | weight=0.200
=to =polozil | weight=0.199
=pani =u | weight=0.198
=urazil | weight=0.197
=bol | weight=0.196
=pusu | weight=0.196
=s =kolega | weight=0.195
=prodavac =me | weight=0.195
=blbce | weight=0.195
=na =nej | weight=0.194
=pry =at | weight=0.193
=neslusne | weight=0.192
=s =blbce | weight=0.192
=do =oci | weight=0.191
=technik =si | weight=0.190
=urednice =mi | weight=0.189
=drza =a | weight=0.189
=tipla | weight=0.188
=mi =vysmal | weight=0.188
=najdu | weight=0.187
=nevidel | weight=0.187
=prasknul | weight=0.186
=rekl =at | weight=0.184
=jsem =moc | weight=0.184
=mi =to | weight=0.184
=mobilu | weight=0.183
=agentka =mi | weight=0.183
=me =vyhodili | weight=0.183
=nas =odpalkoval | weight=0.183
=me =ignoroval | weight=0.183
=prsty | weight=0.182
=skrz | weight=0.182
=skrz =prsty | weight=0.182
=mluvit =jako | weight=0.182
=najdu =zivote | weight=0.182
=si =najdu | weight=0.182
=vysmival | weight=0.182
=nazval | weight=0.181
=nazval =me | weight=0.181
=jsem =natvrdla | weight=0.181
=arogantni =a | weight=0.180
=hluchy | weight=0.180
=hluchy =jako | weight=0.180
=jako =parez | weight=0.180
=je =hluchy | weight=0.180
=parez | weight=0.180
=vynadal | weight=0.180
=vynadal =ze | weight=0.180
=debil | weight=0.179
=ze =mam | weight=0.179
=otocila | weight=0.178
=prodavac =ji | weight=0.178
=jen =to | weight=0.175
=nohou | weight=0.175
=a =jestli | weight=0.175
=mi =hodil | weight=0.175
=jako =s | weight=0.175
=ani =se | weight=0.173, noneg
=stary =na | weight=0.173
=ironicky =poznamku | weight=0.173
=typ | weight=0.173
=za =hloupou | weight=0.173
=odsekavala | weight=0.173
=jako =male | weight=0.172
=jinde | weight=0.171
=chtel =reklamovat | weight=0.171
=jsem =rekl | weight=0.170
=me | weight=0.170
=na =nas | weight=0.169
=tonem =a | weight=0.168
=odbyli =ze | weight=0.167
=jiste | weight=0.167
=jiste =pani | weight=0.167
=no =jiste | weight=0.167
=to =koupil | weight=0.166
=ven =at | weight=0.166
=holka | weight=0.166
=protocila | weight=0.165
=jakmile =jsem | weight=0.165
=ze =me | weight=0.165
=moc =stary | weight=0.165
=uplne =mimo | weight=0.164
=pred =vse | weight=0.164
=neotravuju | weight=0.163
=at =nejsem | weight=0.163, noneg
=nejsem =hystericka | weight=0.163, noneg
=to =ze | weight=0.163
=co =je | weight=0.162
=to =nelibi | weight=0.162
=operatorka =mi | weight=0.162
=male =dite | weight=0.162
=dispecink | weight=0.161
=skakal | weight=0.160
=povysene =tonem | weight=0.160
=anglicky | weight=0.160
=vety | weight=0.160
=cisnik | weight=0.160
=jsem =uplne | weight=0.159
=telefon =rekl | weight=0.158
=hloupou | weight=0.158
=na =stul | weight=0.158
=ze =tom | weight=0.157
=byla =arogantni | weight=0.157
=bych =byla | weight=0.157
=proste =polozil | weight=0.157
=personal =se | weight=0.156
=ukoncil | weight=0.156
=me =pred | weight=0.155
=lhare | weight=0.155
=podstate | weight=0.155
=podstate =ze | weight=0.155
=udelat =lhare | weight=0.155
=v =podstate | weight=0.155
=rukou =a | weight=0.155
=me =narkl | weight=0.155
=narkl | weight=0.155
=seprala =do | weight=0.155
=posmival | weight=0.155
=posmival =a | weight=0.155
=pryc | weight=0.155
=utahovala | weight=0.155
=prerusit =a | weight=0.154
=se =se | weight=0.154
=a =neprijemna | weight=0.154
=zenska | weight=0.154
=ochranka | weight=0.154
=prepazky =na | weight=0.154
=vecnost | weight=0.154
=pohnu | weight=0.153
=popohanela | weight=0.153
=popohanela =at | weight=0.153
=si =pohnu | weight=0.153
=zacala =mluvit | weight=0.153
=kuryr =se | weight=0.153
=koncim =u | weight=0.152
=a =odjel | weight=0.152
=mimo | weight=0.151
=rypnul | weight=0.151
=se =uz | weight=0.151
=pani =za | weight=0.149
=zesmesnil | weight=0.149
=zivote | weight=0.148
=nesnesitelna | weight=0.148
=nesnesitelna =prodavacka | weight=0.148
=jasne | weight=0.148
=a =sla | weight=0.148
=vas =omluvu | weight=0.148
=pred =ostatni | weight=0.148
=jestli =jsem | weight=0.148
=hodil =uctenky | weight=0.147
=pokladne =po | weight=0.147
=odsekla | weight=0.147
=me =utahovala | weight=0.147
=utahovala =kvuli | weight=0.147
=o =mem | weight=0.147
=prasknul =na | weight=0.146
=stul =a | weight=0.146
=nelibi | weight=0.146
=mi =smali | weight=0.146
=nejsem | weight=0.144, noneg
=nemam =cas | weight=0.144
=jako =kdyby | weight=0.144, noneg
=me =odpalkoval | weight=0.143
=at =uz | weight=0.143
=servis =ze | weight=0.142
=ta =zenska | weight=0.142
=cekal =od | weight=0.142
=chlap | weight=0.142
=posmesne | weight=0.142
=hulakala | weight=0.141
=agent | weight=0.141
=byla =drza | weight=0.140
=me =jestli | weight=0.139
=ackoli =jsem | weight=0.139
=vedouci =se | weight=0.139
=dveri =a | weight=0.139
=blbe | weight=0.138
=bez =vysvetleni | weight=0.138, noneg
=jsem =nic | weight=0.137, noneg
=poznamku =o | weight=0.137
=neni =muj | weight=0.137, noneg
=nevolam | weight=0.137
=na =omluvu | weight=0.137
=operatorka | weight=0.136
=celou =fronte | weight=0.135
=agentka | weight=0.135
=zcela | weight=0.135
=neuveritelne | weight=0.134
=pokazil | weight=0.133
=mnou =jako | weight=0.133
=o =otravene | weight=0.133
=otravene =duchodci | weight=0.133
=zamumlala | weight=0.133
=zamumlala =neco | weight=0.133
=zabouchla | weight=0.133
=fakt | weight=0.133
=hlouposti | weight=0.133
=z =prodejne | weight=0.132
=spatne =zadam | weight=0.132
=nechci | weight=0.132, noneg
=stekla | weight=0.132
=pred =vsem | weight=0.132
=byla =hruby | weight=0.132
=se =zasmal | weight=0.132
=aby =se | weight=0.131
=vysmal =se | weight=0.131
=okynka | weight=0.131
=si =koupil | weight=0.130
=se =nechali | weight=0.129
=kurva | weight=0.129
=recepci =byla | weight=0.128
=firma =a | weight=0.128
=velmi | weight=0.128
=kricel =a | weight=0.128
=byla =neskutecne | weight=0.127
=neskutecne | weight=0.127
=sem =blbe | weight=0.127
=uz =nevolam | weight=0.127
=pultu | weight=0.127
=prodavac | weight=0.127
=pracovnik =mi | weight=0.126
=vedle | weight=0.126
=hadal =a | weight=0.126
=mi =tykal | weight=0.125
=tykal | weight=0.125
=tykal =a | weight=0.125
=ten =chlap | weight=0.125
=hodne | weight=0.125
=mi =v | weight=0.125
=reakce | weight=0.125
=jsem =odmitli | weight=0.124
=slovo =reklamaci | weight=0.124
=se =ta | weight=0.123
=cizincum | weight=0.123
=skakal =do | weight=0.123
=mi =bez | weight=0.123, noneg
=me =jako | weight=0.123
=mi =skakal | weight=0.123
=se =zeptat | weight=0.123
=zvysila =hlas | weight=0.123
=ze =volam | weight=0.122
=takhle | weight=0.122
=vam =to | weight=0.122
=rozhovor | weight=0.122
=si =v | weight=0.121
=mi =napsal | weight=0.121
=a =dela | weight=0.121
=vedouci =prodejne | weight=0.120
=mi =a | weight=0.120
=blbe =a | weight=0.120
=me =rval | weight=0.120
=me =oznacil | weight=0.120
=moje =mam | weight=0.119
=na =poste | weight=0.119
=na =smartphone | weight=0.119
=at =ho | weight=0.118
=pak =se | weight=0.118
=v =radu | weight=0.118
=ho =nevybirave | weight=0.117
=nevybirave | weight=0.117
=nevybirave =zabouchla | weight=0.117
=okenko =mi | weight=0.117
=za =okenko | weight=0.117
=bych =aby | weight=0.117
=ze =na | weight=0.117
=bordel | weight=0.116
=odjel | weight=0.116
=zvysila | weight=0.116
=to =stejne | weight=0.116
=asi =natvrdla | weight=0.115
=obsluha =si | weight=0.115
=ostatni =zakazniky | weight=0.115
=projizdela | weight=0.114
=utrousil | weight=0.114
=ji =zdrzuju | weight=0.113
=kdybyste | weight=0.113, noneg
=okrikl | weight=0.112
=otravene =mi | weight=0.112
=operatorka =byla | weight=0.112
=ze =jsem | weight=0.112
=a =choval | weight=0.112
=pozorne | weight=0.112
=pozorne =a | weight=0.112
=kluk | weight=0.111
=usklibal | weight=0.111
=ze =jestli | weight=0.111
=takze =je | weight=0.111
=se =s | weight=0.111
=chlap =se | weight=0.110
=na =pultu | weight=0.110
=neumim =vyplnit | weight=0.109
=pultu =a | weight=0.109
=sestra | weight=0.109
=at =neotravuju | weight=0.109
=byla =od | weight=0.109
