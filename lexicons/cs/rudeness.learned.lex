# rudeness, cs: learned by scripts/learn.py from 3948 tuning texts (438 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Dnes na benzínce. Pán u kasy mi řekl, že stojan, který mi natankoval víc, než ukazoval, je v pořádku a že jsem se asi přehlédla. Pak se otočil a začal se bavit s kolegou, jako bych tam nebyla. Chtěla jsem číslo na vedoucího, prý žádné nemá.
+ mluvil na me jak na psa
+ ten chlap se mi vysmal do oci
- ok dekuju
- super, doporucuju
=arogantni | weight=0.527
=zavesil | weight=0.497
=polozil | weight=0.484
=odbyli | weight=0.430
=neprijemna | weight=0.416
=tipla | weight=0.416
=drza | weight=0.395
=otravovat | weight=0.392
=oci | weight=0.385
=povysene | weight=0.382
=ironicka | weight=0.376
=mi =hodil | weight=0.366
=neuveritelne | weight=0.362
=pred =celou | weight=0.347
=smali | weight=0.329
=na =me | weight=0.328
=jako =bych | weight=0.328
=duchodci | weight=0.322
=odpalkoval | weight=0.320
=uprostred | weight=0.314
=nadaval | weight=0.308
=bez =rozlouceni | weight=0.304, noneg
=neumim | weight=0.298
=doslova | weight=0.297
=seprala | weight=0.288
=odsekla | weight=0.288
=nepochopil | weight=0.287
=natvrdla | weight=0.285
=poznamku | weight=0.283
=oznacil | weight=0.282
=vykazal | weight=0.281
=vysmal | weight=0.281
=dite | weight=0.280
=oznacil =za | weight=0.278
=zdrzuju | weight=0.277
=nazval | weight=0.276
=vynadal | weight=0.276
=nemam =co | weight=0.275, noneg
=a =odesla | weight=0.275
=hnusna | weight=0.275
=rekl =mi | weight=0.274
=debil | weight=0.272
=me =ani | weight=0.267, noneg
=otravene | weight=0.266
=nezdrzuju | weight=0.263
=dvere | weight=0.259
=idiot | weight=0.257
=rval | weight=0.257
=prodavacka | weight=0.256
=ze =neumim | weight=0.255
=hadal | weight=0.253
=ze =zdrzuju | weight=0.253
=tonem | weight=0.252
=jestli =neumim | weight=0.251
=ruce | weight=0.249
=reci | weight=0.248
=hruby | weight=0.247
=sprosty | weight=0.246
=zavrel | weight=0.245
=smartphone | weight=0.245
=hrubian | weight=0.245
=protivna | weight=0.244
=uprostred =vety | weight=0.244
=mne =hodil | weight=0.243
=jako =na | weight=0.241
=vynadal =ze | weight=0.241
=at =neblokuju | weight=0.240
=neblokuju | weight=0.240
=na =prepazky | weight=0.240
=krava | weight=0.239
=mi =vysmal | weight=0.239
=bych =byla | weight=0.238
=protivna =a | weight=0.237
=do =telefon | weight=0.237
=zeptat =se | weight=0.236
=za =pultu | weight=0.235
=cist | weight=0.234
=jako =kdyby | weight=0.233, noneg
=zenska | weight=0.232
=z =kradeze | weight=0.231
=smali =se | weight=0.230
=proste =polozil | weight=0.230
=pultu | weight=0.230
=jsem =typicka | weight=0.229
=a =zavesil | weight=0.227
=neco =spatne | weight=0.226
=nenecham | weight=0.226
=lekarky =me | weight=0.225
=kradeze | weight=0.225
=typicka | weight=0.225
=duchodkyne | weight=0.224
=utahovala | weight=0.222
=otocila =se | weight=0.222
=lekarky | weight=0.222
=kricel | weight=0.220
=odehnal | weight=0.220
=odehnal =pryc | weight=0.220
=po =mne | weight=0.219
=strasne | weight=0.218
=se =tam | weight=0.218
=at =nezdrzuju | weight=0.218
=a =otocila | weight=0.217
=to =koupil | weight=0.217
=zasmal | weight=0.216
=se =tom | weight=0.216
=do =haje | weight=0.214
=haje | weight=0.214
=pani =za | weight=0.212
=do =reci | weight=0.212
=neotravuju | weight=0.211
=nekoho =zdraveho | weight=0.211
=poslali =nekoho | weight=0.211
=zdraveho | weight=0.211
=ridic | weight=0.210
=mi =to | weight=0.209
=jizliva | weight=0.208
=pani =vedouci | weight=0.208
=odbyli =ze | weight=0.207
=hmyz | weight=0.207
=mnou =jako | weight=0.206
=mi =tykal | weight=0.206
=tykal | weight=0.206
=tykal =a | weight=0.206
=otocila | weight=0.205
=jako =ja | weight=0.204
=s =kolega | weight=0.204
=skrz | weight=0.203
=blbce | weight=0.202
=s =nam | weight=0.202
=mavl | weight=0.200
=mavl =ruce | weight=0.200
=pryc | weight=0.200
=fakt | weight=0.199
=s =blbce | weight=0.198
=arogantni =jednou | weight=0.197
=mi =at | weight=0.196
=typek | weight=0.195
=ven | weight=0.195
=urazil | weight=0.195
=prodavac =ji | weight=0.194
=si =ze | weight=0.194
=me =ignoroval | weight=0.193
=jen =co | weight=0.193
=stary =na | weight=0.193
=bol | weight=0.191
=me =vyhodili | weight=0.191
=do =oci | weight=0.190
=prodavac =me | weight=0.190
=mluvit =se | weight=0.189
=sestra | weight=0.188
=nenecham =me | weight=0.188
=uplne =mimo | weight=0.187
=ukoncil | weight=0.187
=takovy =jako | weight=0.187
=mluvit =jako | weight=0.186
=prerusit =a | weight=0.185
=zacala | weight=0.185
=na =nej | weight=0.185
=agentka =mi | weight=0.184
=jsem =uplne | weight=0.184
=komentoval | weight=0.184
=jsem =rekl | weight=0.184
=rekl =at | weight=0.184
=pry =tak | weight=0.183
=ignoroval | weight=0.183
=choval =se | weight=0.183
=ven =at | weight=0.183
=pusu | weight=0.182
=pak =to | weight=0.182
=pani =u | weight=0.182
=ten =kluk | weight=0.182
=agent =mi | weight=0.181
=mam =ze | weight=0.180
=byla =hruby | weight=0.180
=kecy | weight=0.180
=ochranka | weight=0.180
=moc =stary | weight=0.179
=nas =odpalkoval | weight=0.179
=zacala =mluvit | weight=0.179
=technik =si | weight=0.179
=neochotna | weight=0.179
=jsem =tupa | weight=0.178
=to =tipla | weight=0.178
=posmival | weight=0.177
=posmival =a | weight=0.177
=at =nejsem | weight=0.176, noneg
=nejsem =hystericka | weight=0.176, noneg
=pracovnik =na | weight=0.176
=pred =vse | weight=0.175
=tupa | weight=0.175
=odsekavala | weight=0.174
=personal | weight=0.173
=na =nic | weight=0.172, noneg
=hluchy | weight=0.172
=hluchy =jako | weight=0.172
=jako =parez | weight=0.172
=je =hluchy | weight=0.172
=parez | weight=0.172
=cisnik | weight=0.172
=pry =at | weight=0.171
=me =jako | weight=0.171
=chtel =reklamoval | weight=0.171
=nazval =me | weight=0.171
=mi =telefon | weight=0.170
=poznamku =o | weight=0.170
=ackoli =jsem | weight=0.170
=nevidel | weight=0.169
=jako =male | weight=0.169
=byla =hrozne | weight=0.169
=ta =pani | weight=0.169
=jeste =me | weight=0.168
=ruce =a | weight=0.168
=me =pred | weight=0.168
=polozil =telefon | weight=0.168
=a =odjel | weight=0.167
=nohou | weight=0.167
=se =se | weight=0.166
=si =najdu | weight=0.165
=seprala =do | weight=0.165
=jen =to | weight=0.164
=najdu =zivote | weight=0.164
=se =mnou | weight=0.164
=prepazky =na | weight=0.164
=ze =me | weight=0.163
=mi =v | weight=0.162
=anglicky | weight=0.161
=at =neotravuju | weight=0.161
=se =nechal | weight=0.160
=ironicka =poznamku | weight=0.160
=hodil =uctenky | weight=0.160
=pokladne =po | weight=0.160
=spatne =zadam | weight=0.160
=celou =fronte | weight=0.159
=vysmival | weight=0.159
=neumim =cist | weight=0.158
=byla =drza | weight=0.158
=blbe | weight=0.158
=arogantni =a | weight=0.157
=mi =nadaval | weight=0.157
=lhare | weight=0.157
=podstate | weight=0.157
=podstate =ze | weight=0.157
=udelat =lhare | weight=0.157
=v =podstate | weight=0.157
=pokladne =me | weight=0.157
=holka | weight=0.156
=jako =s | weight=0.156
=utrousil | weight=0.156
=za =hloupy | weight=0.155
=jiste =pani | weight=0.155
=no =jiste | weight=0.155
=hrozne =hnusna | weight=0.155
=priste =poslali | weight=0.154
=at =uz | weight=0.154
=na =nas | weight=0.153
=uz =se | weight=0.152
=na =stul | weight=0.152
=jasne | weight=0.152
=to =nelibi | weight=0.152
=zenska =za | weight=0.151
=ani =se | weight=0.151, noneg
=fakt =profesionalni | weight=0.150
=male =dite | weight=0.149
=nevolam | weight=0.149
=bundu | weight=0.149
=pred =ostatni | weight=0.149
=rypnul | weight=0.148
=asi =natvrdla | weight=0.147
=ze =ji | weight=0.147
=a =sla | weight=0.147
=slecna =me | weight=0.147
=nesnesitelna | weight=0.146
=nesnesitelna =prodavacka | weight=0.146
=pozorne =a | weight=0.146
=prsty | weight=0.146
=skrz =prsty | weight=0.146
=tonem =a | weight=0.146
=vecnost | weight=0.145
=urednice | weight=0.145
=starsi | weight=0.145
=s =takhle | weight=0.145
=prasknul | weight=0.145
=ochranka =me | weight=0.145
=tipla =mi | weight=0.145
=a =delat | weight=0.144
=co =je | weight=0.144
=bez =vysvetleni | weight=0.144, noneg
=skakal | weight=0.144
=z =prodejne | weight=0.144
=ackoli | weight=0.144
=pohnu | weight=0.143
=popohanela | weight=0.143
=popohanela =at | weight=0.143
=si =pohnu | weight=0.143
=technik =se | weight=0.143
=call | weight=0.143
=call =centralu | weight=0.143
=ten =chlap | weight=0.143
=urednice =mi | weight=0.143
=hnus | weight=0.143
=si =mam | weight=0.142
=chlap | weight=0.142
=vas =omluvu | weight=0.142
=co =delat | weight=0.142
=sarkasticky | weight=0.142
=na =poste | weight=0.142
=male | weight=0.142
=kdyby =byla | weight=0.141, noneg
=me =utahovala | weight=0.141
=utahovala =kvuli | weight=0.141
=poslali =do | weight=0.141
=celou =doby | weight=0.141
=agentka | weight=0.141
=kricel =a | weight=0.141
=zesmesnil | weight=0.141
=neni =muj | weight=0.140, noneg
=slovo | weight=0.140
=okynka | weight=0.140
=nelibi | weight=0.140
=rikal =ze | weight=0.140
=mi =po | weight=0.139
=mnou =hadal | weight=0.139
=jsem =natvrdla | weight=0.138
=cekal =od | weight=0.138
=uz =nechci | weight=0.138, noneg
=zvysila =hlas | weight=0.138
=se =jako | weight=0.137
=priste =koupil | weight=0.137
=ctete | weight=0.137
=personal =se | weight=0.137
=na =smartphone | weight=0.136
=profesionalni | weight=0.136
=posmesne | weight=0.136
=konce =u | weight=0.136
=tam =nikdo | weight=0.135, noneg
=neslusne | weight=0.135
=drza =a | weight=0.135
=to =polozil | weight=0.135
=byla =arogantni | weight=0.135
=mi =bez | weight=0.134, noneg
=polozil =mi | weight=0.134
=jinde | weight=0.134
=pozorne | weight=0.133
=choval | weight=0.133
=stekla | weight=0.133
=se =ta | weight=0.133
=me =odpalkoval | weight=0.132
=se =s | weight=0.132
=jakmile =jsem | weight=0.132
=dvere =a | weight=0.132
=jsem =odmitli | weight=0.132
=hlouposti | weight=0.132
=typ | weight=0.132
=at =nebuzeruju | weight=0.131
=nebuzeruju | weight=0.131
=me =kricel | weight=0.131
=nikdo =nebere | weight=0.131, noneg
=a =dal | weight=0.131
=vas =kolegyne | weight=0.131
=se =bavit | weight=0.130
=byla =neskutecne | weight=0.130
=neskutecne | weight=0.130
=vam =psal | weight=0.130
=kuryr =se | weight=0.130
=prej =jestli | weight=0.129
=sem =blbe | weight=0.129
=uz =nevolam | weight=0.129
=me =narkl | weight=0.129
=narkl | weight=0.129
=bych =aby | weight=0.129
=povysene =tonem | weight=0.128
=byla =od | weight=0.128
=to =si | weight=0.128
=se =uz | weight=0.128
=chlap =na | weight=0.127
=protocila | weight=0.127
=zivote | weight=0.127
=vedouci =prodejne | weight=0.127
=oci =v | weight=0.127
=sloup | weight=0.127
=sloup =a | weight=0.127
=v =sloup | weight=0.127
=s =takovy | weight=0.127
=zabouchla | weight=0.126
=vysmal =ze | weight=0.126
=vysmal =se | weight=0.126
=prasknul =na | weight=0.125
=stul =a | weight=0.125
=to =ze | weight=0.124
=ukoncil =chatu | weight=0.124
=telefon =rekl | weight=0.124
=ze =nemam | weight=0.124, noneg
=postavou | weight=0.124
=delat =si | weight=0.123
=koupil =jinde | weight=0.123
=recepci =byla | weight=0.123
=hloupy | weight=0.123
=ostatni =zakaznik | weight=0.123
=a =neprijemna | weight=0.122
=ho =nevybirave | weight=0.122
