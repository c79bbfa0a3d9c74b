# rudeness, cs: learned by scripts/learn.py from 3092 tuning texts (336 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Bankéřka si během mé schůzky dvakrát vyřizovala soukromý telefon a na mé dotazy odpovídala přes rameno, jako bych ji otravoval.
+ ten chlap se mi vysmal do oci
+ Predavac bol velmi drzy a nadaval mi.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=neprijemna | weight=0.426
=polozil | weight=0.425
=povysene | weight=0.412
=zavesil | weight=0.406
=oci | weight=0.388
=smali | weight=0.355
=arogantni | weight=0.345
=otravovat | weight=0.341
=zdrzuju | weight=0.340
=do =telefon | weight=0.331
=bez =rozlouceni | weight=0.323, noneg
=odpalkoval | weight=0.323
=uprostred | weight=0.322
=uprostred =vety | weight=0.322
=pred =celou | weight=0.317
=odbyli | weight=0.310
=ironicky | weight=0.304
=na =me | weight=0.304
=jako =bych | weight=0.300
=duchodci | weight=0.294
=nenecham | weight=0.291
=vysmal | weight=0.289
=tonem | weight=0.289
=hnusna | weight=0.287
=natvrdla | weight=0.283
=idiotem | weight=0.283
=mi =at | weight=0.278
=oznacil =za | weight=0.277
=ridic | weight=0.277
=oznacil | weight=0.277
=a =odesla | weight=0.276
=rekl =mi | weight=0.276
=dite | weight=0.274
=ruce | weight=0.274
=nadaval | weight=0.272
=vykazal | weight=0.267
=otravene | weight=0.262
=neumim | weight=0.261
=neprijemna =a | weight=0.260
=seprala | weight=0.256
=a =zavesil | weight=0.253
=sproste | weight=0.248
=prodavacka | weight=0.247
=reci | weight=0.247
=drza | weight=0.246
=mne =hodil | weight=0.245
=protivna | weight=0.243
=krava | weight=0.241
=rval | weight=0.241
=nezdrzuju | weight=0.240
=at =neblokuju | weight=0.239
=neblokuju | weight=0.239
=cist | weight=0.238
=ignoroval | weight=0.236
=kricel | weight=0.235
=choval | weight=0.234
=telefon =rekl | weight=0.233
=se =tam | weight=0.232
=me =ani | weight=0.231, noneg
=doslova | weight=0.230
=protivna =a | weight=0.230
=pani =vedouci | weight=0.230
=poznamku | weight=0.230
=kuryr =mi | weight=0.229
=jen =co | weight=0.229
=odehnal | weight=0.229
=odehnal =pryc | weight=0.229
=nenecham =me | weight=0.228
=lekarky =me | weight=0.227
=z =kradeze | weight=0.226
=ven | weight=0.225
=agent =mi | weight=0.224
=zavrela | weight=0.223
=jako =na | weight=0.223
=dveri | weight=0.221
=lekarky | weight=0.221
=se =tom | weight=0.221
=kradeze | weight=0.220
=jizliva | weight=0.218
=nepochopil | weight=0.218
=po =mne | weight=0.218
=hadal | weight=0.217
=pracovnik =na | weight=0.216
=mi =hodil | weight=0.215
=ze =neumim | weight=0.215
=smartphone | weight=0.215
=hruby | weight=0.214
=strasne | weight=0.214
=at =nezdrzuju | weight=0.214
=prodavac =me | weight=0.213
=mavl | weight=0.212
=mavl =ruce | weight=0.212
=hmyz | weight=0.212
=si =ze | weight=0.211
=do =reci | weight=0.211
=neco =spatne | weight=0.209
=bol | weight=0.208
=s =nam | weight=0.206
=polozil =telefon | weight=0.204
=nohou | weight=0.204
=mi =tykal | weight=0.204
=tykal | weight=0.204
=tykal =a | weight=0.204
=pani =za | weight=0.203
=s =kolega | weight=0.203
=smali =se | weight=0.203
=tipla | weight=0.202
=me =vyhodili | weight=0.201
=zasmal | weight=0.201
=to =polozil | weight=0.198
=na =nej | weight=0.198
=si =najdu | weight=0.198
=pak =mi | weight=0.196
=otocila =se | weight=0.196
=mam =ze | weight=0.196
=nazval | weight=0.196
=nazval =me | weight=0.196
=najdu =zivote | weight=0.195
=s =blbce | weight=0.195
=male | weight=0.193
=urazil | weight=0.193
=a =otocila | weight=0.192
=do =oci | weight=0.191
=blbce | weight=0.191
=mi =to | weight=0.191
=pani =u | weight=0.190
=pusu | weight=0.190
=sestra | weight=0.190
=se =ji | weight=0.190
=agentka =mi | weight=0.189
=drza =a | weight=0.189
=proste =polozil | weight=0.189
=debil | weight=0.188
=jsem =rekl | weight=0.187
=neslusne | weight=0.187
=na =prepazky | weight=0.186
=zacala | weight=0.186
=mluvit =jako | weight=0.184
=prsty | weight=0.182
=skrz | weight=0.182
=skrz =prsty | weight=0.182
=me =ignoroval | weight=0.182
=jsem =moc | weight=0.181
=personal | weight=0.181
=prodavac =ji | weight=0.181
=prepazky =na | weight=0.181
=neotravuju | weight=0.179
=vysmival | weight=0.179
=ukoncil | weight=0.179
=uplne =mimo | weight=0.179
=technik =si | weight=0.178
=arogantni =a | weight=0.178
=otocila | weight=0.177
=nas =odpalkoval | weight=0.177
=prasknul | weight=0.176
=to =koupil | weight=0.176
=jsem =natvrdla | weight=0.175
=jsem =uplne | weight=0.173
=na =nas | weight=0.173
=jakmile =jsem | weight=0.172
=stary =na | weight=0.172
=hluchy | weight=0.172
=hluchy =jako | weight=0.172
=jako =parez | weight=0.172
=je =hluchy | weight=0.172
=parez | weight=0.172
=utahovala | weight=0.171
=chtel =reklamoval | weight=0.171
=jako =male | weight=0.170
=tonem =a | weight=0.169
=na =stul | weight=0.168
=posmival | weight=0.168
=posmival =a | weight=0.168
=nevidel | weight=0.168
=cisnik | weight=0.167
=jako =s | weight=0.167
=odbyli =ze | weight=0.167
=urednice | weight=0.166
=dispecink | weight=0.166
=at =nejsem | weight=0.166, noneg
=nejsem =hystericka | weight=0.166, noneg
=mi =vysmal | weight=0.166
=odsekla | weight=0.165
=jiste | weight=0.165
=jiste =pani | weight=0.165
=no =jiste | weight=0.165
=holka | weight=0.165
=a =jestli | weight=0.165
=vynadal | weight=0.164
=vynadal =ze | weight=0.164
=jinde | weight=0.164
=ven =at | weight=0.163
=odsekavala | weight=0.163
=anglicky | weight=0.161
=to =nelibi | weight=0.161
=me =pred | weight=0.161
=zenska | weight=0.161
=typ | weight=0.161
=za =hloupou | weight=0.161
=hloupou | weight=0.159
=byla =arogantni | weight=0.159
=a =sla | weight=0.159
=moc =stary | weight=0.159
=pryc | weight=0.158
=rekl =at | weight=0.158
=jen =to | weight=0.157
=prerusit =a | weight=0.157
=kuryr =se | weight=0.157
=protocila | weight=0.157
=se =s | weight=0.156
=ani =se | weight=0.156, noneg
=me =utahovala | weight=0.156
=utahovala =kvuli | weight=0.156
=ze =tom | weight=0.156
=pry =at | weight=0.156
=skakal | weight=0.155
=ze =mam | weight=0.155
=fakt | weight=0.154
=ironicky =poznamku | weight=0.154
=zacala =mluvit | weight=0.154
=lhare | weight=0.153
=podstate | weight=0.153
=podstate =ze | weight=0.153
=udelat =lhare | weight=0.153
=v =podstate | weight=0.153
=mi =smali | weight=0.153
=na =poste | weight=0.153
=bych =byla | weight=0.152
=ruce =a | weight=0.151
=pred =ostatni | weight=0.150
=vecnost | weight=0.150
=a =odjel | weight=0.150
=a =jeste | weight=0.149
=pred =vse | weight=0.148
=okynka | weight=0.148
=male =dite | weight=0.148
=jestli =jsem | weight=0.148
=rypnul | weight=0.148
=seprala =do | weight=0.147
=vas =omluvu | weight=0.147
=me =narkl | weight=0.147
=narkl | weight=0.147
=jasne | weight=0.147
=nelibi | weight=0.146
=me =odpalkoval | weight=0.146
=ochranka | weight=0.145
=agentka | weight=0.145
=povysene =tonem | weight=0.145
=pacient | weight=0.145
=zivote | weight=0.144
=vety | weight=0.144
=pohnu | weight=0.143
=popohanela | weight=0.143
=popohanela =at | weight=0.143
=si =pohnu | weight=0.143
=at =uz | weight=0.143
=se =se | weight=0.143
=nesnesitelna | weight=0.143
=nesnesitelna =prodavacka | weight=0.143
=neni =muj | weight=0.143, noneg
=cekal =od | weight=0.142
=hodil =uctenky | weight=0.142
=pokladne =po | weight=0.142
=bez =vysvetleni | weight=0.142, noneg
=prasknul =na | weight=0.141
=stul =a | weight=0.141
=a =neprijemna | weight=0.141
=s =takhle | weight=0.140
=dveri =a | weight=0.140
=jako =ja | weight=0.140
=nevolam | weight=0.139
=posmesne | weight=0.139
=z =prodejne | weight=0.139
=ackoli =jsem | weight=0.138
=sarkasticky | weight=0.138
=hulakala | weight=0.137
=celou =fronte | weight=0.137
=pultu | weight=0.137
=spatne =zadam | weight=0.136
=co =je | weight=0.136
=hlouposti | weight=0.136
=zabouchla | weight=0.136
=se =zasmal | weight=0.135
=stekla | weight=0.135
=me =jestli | weight=0.135
=se =nechal | weight=0.135
=neuveritelne | weight=0.135
=byla =neskutecne | weight=0.134
=neskutecne | weight=0.134
=na =omluvu | weight=0.134
=a =dela | weight=0.134
=ze =ji | weight=0.133
=servis =ze | weight=0.132
=zcela | weight=0.132
=mobilu | weight=0.131
=o =mem | weight=0.131
=mi =bez | weight=0.131, noneg
=pred =vsem | weight=0.131
=urednice =mi | weight=0.131
=rozhovor | weight=0.131
=poznamku =o | weight=0.130
=zesmesnil | weight=0.130
=pokazil | weight=0.130
=ostatni =zakaznik | weight=0.129
=konce =u | weight=0.129
=operatorka =byla | weight=0.129
=blbe | weight=0.129
=to =ze | weight=0.128
=sem =blbe | weight=0.128
=uz =nevolam | weight=0.128
=personal =se | weight=0.127
=uz =se | weight=0.127
=se =ta | weight=0.127
=uz =nechci | weight=0.127, noneg
=o =otravene | weight=0.126
=otravene =duchodci | weight=0.126
=zamumlala | weight=0.126
=zamumlala =neco | weight=0.126
=slovo =reklamaci | weight=0.126
=hadal =a | weight=0.126
=ze =jestli | weight=0.126
=mnou =jako | weight=0.125
=jako =kdyby | weight=0.125, noneg
=aby =se | weight=0.125
=kdybyste | weight=0.125, noneg
=vysmal =se | weight=0.124
=jeho =vedouci | weight=0.124
=ze =me | weight=0.123
=nemam =cas | weight=0.123
=me | weight=0.123
=velmi | weight=0.123
=reakce | weight=0.123
=recepci =byla | weight=0.122
=byla =hruby | weight=0.122
=bych =aby | weight=0.122
=projizdela | weight=0.122
=v =odpoved | weight=0.121
=nekoho =zdraveho | weight=0.120
=poslali =nekoho | weight=0.120
=zdraveho | weight=0.120
=najdu | weight=0.120
=se =uz | weight=0.120
=skakal =do | weight=0.120
=vedouci =prodejne | weight=0.120
=ta =zenska | weight=0.120
=vedouci =se | weight=0.120
=mi =skakal | weight=0.120
=takze =je | weight=0.120
=mi =v | weight=0.119
=kricel =a | weight=0.119
=odjel | weight=0.119
=mem | weight=0.119
=obsluha =si | weight=0.119
=ze =volam | weight=0.119
=vedle | weight=0.119
=otravene =mi | weight=0.118
=takhle | weight=0.118
=blbe =a | weight=0.118
=ho =nevybirave | weight=0.118
=nevybirave | weight=0.118
=nevybirave =zabouchla | weight=0.118
=okenko =mi | weight=0.118
=za =okenko | weight=0.118
=a =byla | weight=0.117
=me =jako | weight=0.117
=dela =si | weight=0.117
=byla =drza | weight=0.116
=utrousil | weight=0.116
=si =v | weight=0.116
=byla =od | weight=0.116
=technik =se | weight=0.115
=hodne | weight=0.115
=vam =to | weight=0.115
=na =smartphone | weight=0.115
=usklibal | weight=0.115
=pracovnik =mi | weight=0.114
=cekal =mi | weight=0.114
=jsem =odmitli | weight=0.114
=rvat | weight=0.114
=fronte =a | weight=0.113
=nejsem =slepa | weight=0.113, noneg
=bordel | weight=0.113
=chlap =se | weight=0.112
=pozorne | weight=0.112
=pozorne =a | weight=0.112
=dostal =jsem | weight=0.112
=chytre | weight=0.112
=v =radu | weight=0.112
=takovy =jako | weight=0.110
=rikal =ze | weight=0.110
=priste =koupil | weight=0.110
=mam =pravo | weight=0.110
=urcite | weight=0.110
=at =neotravuju | weight=0.110
=ze =jsem | weight=0.110
=kluk | weight=0.110
=firma =a | weight=0.109
=at =se | weight=0.109
=politika | weight=0.109
=pak =se | weight=0.108
