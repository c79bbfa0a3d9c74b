# rudeness, cs: learned by scripts/learn.py from 3747 tuning texts (427 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Dnes na benzínce. Pán u kasy mi řekl, že stojan, který mi natankoval víc, než ukazoval, je v pořádku a že jsem se asi přehlédla. Pak se otočil a začal se bavit s kolegou, jako bych tam nebyla. Chtěla jsem číslo na vedoucího, prý žádné nemá.
+ mluvil na me jak na psa
+ ten chlap se mi vysmal do oci
- ok dekuju
- super, doporucuju
=arogantni | weight=0.546
=zavesil | weight=0.487
=odbyli | weight=0.439
=polozil | weight=0.424
=tipla | weight=0.412
=neprijemna | weight=0.398
=oci | weight=0.393
=povysene | weight=0.389
=ironicka | weight=0.380
=drza | weight=0.380
=mi =hodil | weight=0.366
=vysmal | weight=0.360
=neuveritelne | weight=0.359
=otravovat | weight=0.344
=pred =celou | weight=0.343
=na =me | weight=0.342
=smali | weight=0.337
=jako =bych | weight=0.327
=uprostred | weight=0.326
=nadaval | weight=0.320
=odpalkoval | weight=0.319
=duchodci | weight=0.315
=doslova | weight=0.315
=neumim | weight=0.313
=bez =rozlouceni | weight=0.308, noneg
=poznamku | weight=0.297
=nepochopil | weight=0.294
=oznacil =za | weight=0.294
=oznacil | weight=0.293
=rekl =mi | weight=0.293
=dite | weight=0.291
=hnusna | weight=0.286
=seprala | weight=0.284
=debil | weight=0.280
=zdrzuju | weight=0.279
=natvrdla | weight=0.279
=do =telefon | weight=0.278
=a =odesla | weight=0.278
=dvere | weight=0.274
=odsekla | weight=0.272
=nazval | weight=0.272
=vykazal | weight=0.271
=ruce | weight=0.271
=nemam =co | weight=0.270, noneg
=smartphone | weight=0.263
=bych =byla | weight=0.261
=protivna | weight=0.259
=tonem | weight=0.259
=sprosty | weight=0.257
=na =prepazky | weight=0.257
=rval | weight=0.256
=idiot | weight=0.255
=jako =na | weight=0.255
=nezdrzuju | weight=0.255
=at =neblokuju | weight=0.254
=neblokuju | weight=0.254
=me =ani | weight=0.254, noneg
=hadal | weight=0.253
=hrubian | weight=0.253
=jestli =neumim | weight=0.253
=proste =polozil | weight=0.253
=ze =zdrzuju | weight=0.252
=jako =kdyby | weight=0.251, noneg
=uprostred =vety | weight=0.250
=prodavacka | weight=0.249
=vynadal | weight=0.248
=vynadal =ze | weight=0.248
=protivna =a | weight=0.248
=zavrel | weight=0.248
=reci | weight=0.246
=otravene | weight=0.245
=hruby | weight=0.245
=ze =neumim | weight=0.244
=mi =vysmal | weight=0.242
=krava | weight=0.241
=pultu | weight=0.239
=mi =to | weight=0.239
=kricel | weight=0.237
=zeptat =se | weight=0.236
=odehnal | weight=0.236
=odehnal =pryc | weight=0.236
=neco =spatne | weight=0.236
=mne =hodil | weight=0.234
=nenecham | weight=0.234
=z =kradeze | weight=0.233
=zasmal | weight=0.230
=mi =at | weight=0.229
=jsem =typicka | weight=0.229
=lekarky =me | weight=0.229
=zenska | weight=0.229
=strasne | weight=0.228
=za =pultu | weight=0.228
=utahovala | weight=0.225
=lekarky | weight=0.225
=kradeze | weight=0.224
=typicka | weight=0.224
=smali =se | weight=0.223
=fakt | weight=0.221
=otocila =se | weight=0.220
=a =zavesil | weight=0.219
=to =koupil | weight=0.218
=at =nezdrzuju | weight=0.218
=agent =mi | weight=0.218
=hmyz | weight=0.216
=se =tom | weight=0.216
=duchodkyne | weight=0.216
=do =reci | weight=0.216
=a =otocila | weight=0.215
=mi =tykal | weight=0.213
=tykal | weight=0.213
=tykal =a | weight=0.213
=skrz | weight=0.213
=po =mne | weight=0.212
=do =haje | weight=0.212
=haje | weight=0.212
=jizliva | weight=0.210
=pani =vedouci | weight=0.210
=jako =ja | weight=0.209
=mavl | weight=0.209
=mavl =ruce | weight=0.209
=si =ze | weight=0.207
=arogantni =jednou | weight=0.207
=ven | weight=0.206
=s =kolega | weight=0.205
=ridic | weight=0.204
=cist | weight=0.204
=nekoho =zdraveho | weight=0.204
=poslali =nekoho | weight=0.204
=zdraveho | weight=0.204
=otocila | weight=0.204
=blbce | weight=0.203
=mluvit =se | weight=0.203
=mnou =jako | weight=0.202
=s =blbce | weight=0.202
=bol | weight=0.202
=neotravuju | weight=0.202
=prodavac =me | weight=0.202
=pani =za | weight=0.201
=jen =co | weight=0.201
=takovy =jako | weight=0.199
=prodavac =ji | weight=0.197
=urazil | weight=0.197
=me =ignoroval | weight=0.197
=odbyli =ze | weight=0.196
=stary =na | weight=0.195
=uplne =mimo | weight=0.194
=odsekavala | weight=0.194
=typek | weight=0.194
=na =nej | weight=0.193
=do =oci | weight=0.193
=komentoval | weight=0.193
=me =vyhodili | weight=0.192
=agentka =mi | weight=0.192
=jsem =uplne | weight=0.191
=ukoncil | weight=0.191
=pracovnik =na | weight=0.191
=zacala | weight=0.190
=nenecham =me | weight=0.189
=nas =odpalkoval | weight=0.189
=ten =kluk | weight=0.189
=pani =u | weight=0.189
=s =nam | weight=0.189
=rekl =at | weight=0.188
=kecy | weight=0.188
=sestra | weight=0.186
=posmival | weight=0.186
=posmival =a | weight=0.186
=zacala =mluvit | weight=0.186
=ignoroval | weight=0.185
=pred =vse | weight=0.184
=pusu | weight=0.183
=mam =ze | weight=0.183
=choval =se | weight=0.182
=cisnik | weight=0.181
=telefon =rekl | weight=0.180
=mluvit =jako | weight=0.179
=jsem =tupa | weight=0.178
=moc =stary | weight=0.178
=jako =male | weight=0.176
=na =nic | weight=0.176, noneg
=si =najdu | weight=0.175
=tupa | weight=0.174
=neumim =cist | weight=0.174
=jeste =me | weight=0.174
=ochranka | weight=0.174
=nevidel | weight=0.173
=a =odjel | weight=0.173
=neochotna | weight=0.173
=hluchy | weight=0.173
=hluchy =jako | weight=0.173
=jako =parez | weight=0.173
=je =hluchy | weight=0.173
=parez | weight=0.173
=jsem =rekl | weight=0.173
=byla =hrozne | weight=0.172
=ven =at | weight=0.172
=se =tam | weight=0.172
=nazval =me | weight=0.171
=poznamku =o | weight=0.171
=najdu =zivote | weight=0.170
=polozil =telefon | weight=0.170
=chtel =reklamoval | weight=0.170
=me =jako | weight=0.170
=byla =hruby | weight=0.170
=mi =telefon | weight=0.170
=prerusit =a | weight=0.170
=technik =si | weight=0.169
=pryc | weight=0.169
=kuryr =mi | weight=0.169
=mi =nadaval | weight=0.169
=mi =v | weight=0.169
=za =hloupy | weight=0.169
=ruce =a | weight=0.169
=to =polozil | weight=0.168
=ackoli =jsem | weight=0.168
=personal | weight=0.166
=pry =tak | weight=0.166
=to =tipla | weight=0.166
=at =nejsem | weight=0.165, noneg
=nejsem =hystericka | weight=0.165, noneg
=jen =to | weight=0.165
=spatne =zadam | weight=0.164
=byla =drza | weight=0.164
=utrousil | weight=0.163
=prepazky =na | weight=0.162
=se =nechal | weight=0.162
=me =pred | weight=0.161
=ze =me | weight=0.161
=se =se | weight=0.160
=a =sla | weight=0.160
=ani =se | weight=0.160, noneg
=pry =at | weight=0.160
=se =mnou | weight=0.159
=uz =se | weight=0.159
=seprala =do | weight=0.158
=co =je | weight=0.158
=prasknul | weight=0.158
=anglicky | weight=0.158
=jsem =odmitli | weight=0.158
=na =nas | weight=0.157
=blbe | weight=0.157
=sarkasticky | weight=0.156
=ironicka =poznamku | weight=0.156
=jasne | weight=0.156
=lhare | weight=0.155
=podstate | weight=0.155
=podstate =ze | weight=0.155
=udelat =lhare | weight=0.155
=v =podstate | weight=0.155
=priste =poslali | weight=0.155
=jiste =pani | weight=0.155
=no =jiste | weight=0.155
=celou =fronte | weight=0.155
=holka | weight=0.154
=mi =po | weight=0.154
=tonem =a | weight=0.153
=se =s | weight=0.153
=starsi | weight=0.153
=na =smartphone | weight=0.153
=nohou | weight=0.153
=male =dite | weight=0.152
=bundu | weight=0.152
=pohnu | weight=0.152
=popohanela | weight=0.152
=popohanela =at | weight=0.152
=si =pohnu | weight=0.152
=jako =s | weight=0.152
=a =delat | weight=0.151
=nesnesitelna | weight=0.151
=nesnesitelna =prodavacka | weight=0.151
=vysmival | weight=0.151
=male | weight=0.151
=call | weight=0.150
=call =centralu | weight=0.150
=fakt =profesionalni | weight=0.150
=prsty | weight=0.150
=skrz =prsty | weight=0.150
=at =uz | weight=0.148
=mi =bez | weight=0.148, noneg
=technik =se | weight=0.148
=to =si | weight=0.148
=neslusne | weight=0.148
=kdyby =byla | weight=0.147, noneg
=pred =ostatni | weight=0.147
=nevolam | weight=0.147
=tam =nikdo | weight=0.147, noneg
=stekla | weight=0.147
=ackoli | weight=0.147
=pokladne =me | weight=0.147
=tipla =mi | weight=0.147
=hodil =uctenky | weight=0.146
=pokladne =po | weight=0.146
=priste =koupil | weight=0.145
=rypnul | weight=0.144
=urednice | weight=0.144
=jinde | weight=0.144
=mnou =hadal | weight=0.144
=z =prodejne | weight=0.144
=typ | weight=0.143
=bez =vysvetleni | weight=0.143, noneg
=skakal | weight=0.143
=ochranka =me | weight=0.143
=vas =kolegyne | weight=0.142
=a =jestli | weight=0.142
=arogantni =a | weight=0.142
=s =takhle | weight=0.142
=drza =a | weight=0.142
=zenska =za | weight=0.141
=zesmesnil | weight=0.141
=zvysila =hlas | weight=0.141
=agentka | weight=0.140
=polozil =mi | weight=0.140
=asi =natvrdla | weight=0.140
=hrozne =hnusna | weight=0.139
=okynka | weight=0.139
=ukoncil =chatu | weight=0.139
=celou =doby | weight=0.139
=jsem =natvrdla | weight=0.139
=ten =chlap | weight=0.138
=slovo | weight=0.138
=vecnost | weight=0.138
=neni =muj | weight=0.138, noneg
=ze =ji | weight=0.138
=urednice =mi | weight=0.138
=koupil =jinde | weight=0.137
=at =nebuzeruju | weight=0.137
=nebuzeruju | weight=0.137
=vas =omluvu | weight=0.137
=dvere =a | weight=0.136
=na =stul | weight=0.136
=to =nelibi | weight=0.136
=protocila | weight=0.135
=personal =se | weight=0.135
=uz =nechci | weight=0.135, noneg
=posmesne | weight=0.135
=aby =se | weight=0.135
=byla =neskutecne | weight=0.135
=neskutecne | weight=0.135
=na =poste | weight=0.135
=jako =k | weight=0.134
=sem =blbe | weight=0.134
=uz =nevolam | weight=0.134
=konce =u | weight=0.134
=me =utahovala | weight=0.134
=utahovala =kvuli | weight=0.134
=profesionalni | weight=0.134
=cekal =od | weight=0.133
=se =jako | weight=0.132
=zabouchla | weight=0.132
=at =neotravuju | weight=0.132
=prasknul =na | weight=0.131
=stul =a | weight=0.131
=pozorne =a | weight=0.131
=prej =jestli | weight=0.131
=slecna =me | weight=0.131
=povysene =tonem | weight=0.131
=postavou | weight=0.130
=se =zasmal | weight=0.130
=kricel =a | weight=0.130
=chlap | weight=0.130
=rvat | weight=0.129
=me =odpalkoval | weight=0.129
=kuryr =se | weight=0.129
=ta =pani | weight=0.128
=hloupy | weight=0.128
=s =takovy | weight=0.128
=delat =si | weight=0.128
=to =ze | weight=0.128
=jakmile =jsem | weight=0.127
=nelibi | weight=0.127
=na =omluvu | weight=0.127
=a =jeste | weight=0.127
=byla =od | weight=0.127
=choval | weight=0.126
=poslali =do | weight=0.126
=pak =mi | weight=0.126
=nikdo =nebere | weight=0.126, noneg
=rikal =ze | weight=0.126
=me =kricel | weight=0.125
=ze =mam | weight=0.125
=hulakala | weight=0.125
=kdybyste | weight=0.125, noneg
=hnus | weight=0.125
=se =naucim | weight=0.125
=me =rval | weight=0.124
=ho =nevybirave | weight=0.124
=nevybirave | weight=0.124
=nevybirave =zabouchla | weight=0.124
=okenko =mi | weight=0.124
=za =okenko | weight=0.124
=blbe =a | weight=0.124
=me =narkl | weight=0.124
=narkl | weight=0.124
=dispecink | weight=0.124
=hlouposti | weight=0.124
=pulce =vety | weight=0.123
=velmi =neprijemna | weight=0.123
=zivote | weight=0.123
=a =neprijemna | weight=0.123
=jeste =se | weight=0.122
