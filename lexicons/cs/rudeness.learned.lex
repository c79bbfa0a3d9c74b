# rudeness, cs: learned by scripts/learn.py from 3307 tuning texts (374 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Bankéřka si během mé schůzky dvakrát vyřizovala soukromý telefon a na mé dotazy odpovídala přes rameno, jako bych ji otravoval.
+ ten chlap se mi vysmal do oci
+ Predavac bol velmi drzy a nadaval mi.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=zavesil | weight=0.443
=neprijemna | weight=0.422
=polozil | weight=0.405
=povysene | weight=0.397
=arogantni | weight=0.396
=oci | weight=0.375
=duchodci | weight=0.374
=ironicka | weight=0.368
=mi =hodil | weight=0.358
=drza | weight=0.357
=odbyli | weight=0.346
=smali | weight=0.339
=otravovat | weight=0.339
=vysmal | weight=0.338
=uprostred | weight=0.330
=uprostred =vety | weight=0.330
=pred =celou | weight=0.323
=zdrzuju | weight=0.321
=odpalkoval | weight=0.318
=bez =rozlouceni | weight=0.315, noneg
=na =me | weight=0.315
=ridic | weight=0.314
=jako =bych | weight=0.297
=natvrdla | weight=0.295
=dite | weight=0.292
=oznacil | weight=0.286
=nenecham | weight=0.285
=idiotem | weight=0.285
=ruce | weight=0.283
=do =telefon | weight=0.279
=tonem | weight=0.279
=odsekla | weight=0.278
=hnusna | weight=0.274
=oznacil =za | weight=0.272
=vykazal | weight=0.270
=rekl =mi | weight=0.269
=a =odesla | weight=0.268
=dveri | weight=0.266
=seprala | weight=0.261
=choval | weight=0.261
=poznamku | weight=0.255
=at =neblokuju | weight=0.252
=neblokuju | weight=0.252
=nezdrzuju | weight=0.252
=nazval | weight=0.251
=otravene | weight=0.251
=me =ani | weight=0.250, noneg
=protivna | weight=0.245
=sprosty | weight=0.245
=neumim | weight=0.244
=reci | weight=0.244
=prodavacka | weight=0.242
=nadaval | weight=0.239
=neprijemna =a | weight=0.239
=krava | weight=0.239
=nepochopil | weight=0.238
=hadal | weight=0.237
=nemam =co | weight=0.235, noneg
=nenecham =me | weight=0.233
=at =nezdrzuju | weight=0.230
=mne =hodil | weight=0.230
=odehnal | weight=0.229
=odehnal =pryc | weight=0.229
=pracovnik =na | weight=0.228
=ven | weight=0.227
=kricel | weight=0.227
=mi =vysmal | weight=0.226
=jako =na | weight=0.225
=agent =mi | weight=0.225
=protivna =a | weight=0.224
=zavrela | weight=0.223
=vynadal | weight=0.223
=vynadal =ze | weight=0.223
=pani =vedouci | weight=0.223
=smali =se | weight=0.223
=si =ze | weight=0.222
=pultu | weight=0.221
=lekarky =me | weight=0.221
=ze =neumim | weight=0.220
=se =tom | weight=0.220
=jen =co | weight=0.219
=do =haje | weight=0.219
=haje | weight=0.219
=do =reci | weight=0.219
=hmyzem | weight=0.217
=lekarky | weight=0.217
=za =pultu | weight=0.216
=rval | weight=0.216
=polozil =telefon | weight=0.215
=odbyli =ze | weight=0.215
=fakt | weight=0.215
=otocila =se | weight=0.215
=a =zavesil | weight=0.214
=hruby | weight=0.213
=strasne | weight=0.213
=smartphone | weight=0.213
=pak =mi | weight=0.212
=mi =at | weight=0.212
=jizliva | weight=0.212
=proste =polozil | weight=0.210
=z =kradeze | weight=0.210
=kuryr =mi | weight=0.210
=neco =spatne | weight=0.209
=a =otocila | weight=0.208
=neuveritelne | weight=0.208
=bol | weight=0.208
=po =mne | weight=0.208
=duchodkyne | weight=0.208
=zasmal | weight=0.207
=jako =ja | weight=0.207
=zenska | weight=0.207
=kradeze | weight=0.206
=mi =tykal | weight=0.206
=tykal | weight=0.206
=tykal =a | weight=0.206
=mavl | weight=0.204
=mavl =ruce | weight=0.204
=doslova | weight=0.202
=s =nam | weight=0.201
=mam =ze | weight=0.201
=na =nas | weight=0.200
=tipla | weight=0.200
=kluk | weight=0.200
=na =nej | weight=0.199
=nekoho =zdraveho | weight=0.199
=poslali =nekoho | weight=0.199
=zdraveho | weight=0.199
=to =koupil | weight=0.199
=jsem =typicka | weight=0.199
=me =vyhodili | weight=0.198
=zacala | weight=0.198
=typek | weight=0.197
=jako =duchodci | weight=0.197
=jako =s | weight=0.197
=urazil | weight=0.196
=s =kolega | weight=0.196
=cisnik | weight=0.195
=typicka | weight=0.194
=technik =si | weight=0.194
=takovy =jako | weight=0.194
=cist | weight=0.193
=neotravuju | weight=0.193
=pani =u | weight=0.192
=ze =mam | weight=0.192
=otocila | weight=0.192
=me =ignoroval | weight=0.192
=s =blbce | weight=0.191
=do =oci | weight=0.190
=kecy | weight=0.190
=blbce | weight=0.189
=to =polozil | weight=0.189
=holka | weight=0.188
=ignoroval | weight=0.187
=se =tam | weight=0.187
=na =prepazky | weight=0.186
=pani =za | weight=0.185
=me | weight=0.184
=se =se | weight=0.184
=pusu | weight=0.184
=jsem =natvrdla | weight=0.184
=se =ji | weight=0.183
=nas =odpalkoval | weight=0.183
=prodavac =me | weight=0.181
=si =najdu | weight=0.181
=male | weight=0.180
=telefon =rekl | weight=0.180
=jsem =moc | weight=0.180
=jasne | weight=0.180
=debil | weight=0.179
=uplne =mimo | weight=0.179
=me =pred | weight=0.177
=at =nejsem | weight=0.176, noneg
=nejsem =hystericka | weight=0.176, noneg
=najdu =zivote | weight=0.176
=agentka =mi | weight=0.176
=ten =kluk | weight=0.176
=ukoncil | weight=0.176
=vysmival | weight=0.175
=jsem =uplne | weight=0.174
=utahovala | weight=0.174
=prodavac =ji | weight=0.174
=pry =tak | weight=0.173
=nohou | weight=0.173
=mluvit =jako | weight=0.173
=a =sla | weight=0.172
=stary =na | weight=0.172
=sestra | weight=0.170
=rekl =at | weight=0.170
=poznamku =o | weight=0.170
=mi =to | weight=0.169
=ven =at | weight=0.168
=hluchy | weight=0.168
=hluchy =jako | weight=0.168
=jako =parez | weight=0.168
=je =hluchy | weight=0.168
=parez | weight=0.168
=arogantni =a | weight=0.168
=prasknul | weight=0.168
=jako =male | weight=0.168
=me =utahovala | weight=0.165
=utahovala =kvuli | weight=0.165
=moc =stary | weight=0.164
=hloupou | weight=0.164
=nevidel | weight=0.163
=byla =hruby | weight=0.163
=jen =to | weight=0.163
=jsem =rekl | weight=0.163
=ani =se | weight=0.163, noneg
=na =nic | weight=0.162, noneg
=kuryr =se | weight=0.162
=prsty | weight=0.162
=skrz | weight=0.162
=skrz =prsty | weight=0.162
=prepazky =na | weight=0.162
=stezovat =na | weight=0.161
=jsem =tupa | weight=0.161
=utrousil | weight=0.161
=personal | weight=0.161
=lhare | weight=0.161
=podstate | weight=0.161
=podstate =ze | weight=0.161
=udelat =lhare | weight=0.161
=v =podstate | weight=0.161
=byla =arogantni | weight=0.160
=chtel =reklamoval | weight=0.160
=drza =a | weight=0.159
=call | weight=0.159
=call =centru | weight=0.159
=to =nelibi | weight=0.159
=fakt =profesionalni | weight=0.158
=male =dite | weight=0.158
=bych =byla | weight=0.158
=nazval =me | weight=0.157
=tupa | weight=0.157
=jakmile =jsem | weight=0.157
=pry =at | weight=0.156
=pred =vse | weight=0.156
=posmival | weight=0.156
=posmival =a | weight=0.156
=seprala =do | weight=0.156
=odsekavala | weight=0.156
=to =si | weight=0.156
=ochranka | weight=0.155
=byla =drza | weight=0.155
=za =hloupou | weight=0.155
=pokladne =me | weight=0.155
=nesnesitelna | weight=0.155
=nesnesitelna =prodavacka | weight=0.155
=zacala =mluvit | weight=0.153
=protocila | weight=0.153
=neochotna | weight=0.153
=rypnul | weight=0.153
=tonem =a | weight=0.152
=okynka | weight=0.151
=bez =vysvetleni | weight=0.151, noneg
=na =stul | weight=0.151
=se =nechal | weight=0.151
=skakal | weight=0.150
=urednice | weight=0.150
=jiste | weight=0.150
=jiste =pani | weight=0.150
=no =jiste | weight=0.150
=povysene =tonem | weight=0.149
=priste =poslali | weight=0.149
=s =takovy | weight=0.149
=jestli =jsem | weight=0.148
=ukoncil =chatu | weight=0.147
=vecnost | weight=0.147
=stekla | weight=0.146
=a =jestli | weight=0.146
=ruce =a | weight=0.146
=prerusit =a | weight=0.146
=pryc | weight=0.145
=nelibi | weight=0.144
=neslusne | weight=0.144
=z =prodejne | weight=0.144
=co =dela | weight=0.143
=poslali =do | weight=0.143
=pohnu | weight=0.143
=popohanela | weight=0.143
=popohanela =at | weight=0.143
=si =pohnu | weight=0.143
=zesmesnil | weight=0.143
=nemam =cas | weight=0.141
=typ | weight=0.141
=dispecink | weight=0.141
=pred =ostatni | weight=0.141
=jako =kdyby | weight=0.141, noneg
=at =uz | weight=0.141
=posmesne | weight=0.140
=celou =fronte | weight=0.140
=ackoli =jsem | weight=0.140
=ironicka =poznamku | weight=0.139
=a =dela | weight=0.139
=nevolam | weight=0.139
=a =odjel | weight=0.139
=hodil =uctenky | weight=0.139
=pokladne =po | weight=0.139
=me =jestli | weight=0.138
=technik =mi | weight=0.138
=spatne =zadam | weight=0.138
=prasknul =na | weight=0.137
=stul =a | weight=0.137
=agentka | weight=0.137
=anglicky | weight=0.137
=se =s | weight=0.136
=se =zasmal | weight=0.136
=hodil | weight=0.136
=me =odpalkoval | weight=0.135
=aby =se | weight=0.135
=na =poste | weight=0.135
=vedouci =se | weight=0.135
=zabouchla | weight=0.135
=vas =omluvu | weight=0.134
=slecna =me | weight=0.134
=at =neotravuju | weight=0.134
=postavou | weight=0.134
=profesionalni | weight=0.134
=mi =bez | weight=0.134, noneg
=jeste =se | weight=0.133
=se =ta | weight=0.133
=sarkasticky | weight=0.132
=se =naucim | weight=0.132
=at =nebuzeruju | weight=0.131
=nebuzeruju | weight=0.131
=na =omluvu | weight=0.131
=cekal =od | weight=0.130
=zivote | weight=0.130
=ze =tom | weight=0.129
=blbe | weight=0.129
=s =takhle | weight=0.128
=kricel =a | weight=0.128
=pracovnik | weight=0.128
=mnou =hadal | weight=0.127
=me =narkl | weight=0.127
=narkl | weight=0.127
=recepci =byla | weight=0.127
=sem =blbe | weight=0.127
=uz =nevolam | weight=0.127
=urednice =mi | weight=0.127
=bych =aby | weight=0.126
=vety | weight=0.126
=hlouposti | weight=0.126
=zenska =za | weight=0.125
=ze =jestli | weight=0.125
=kdybyste | weight=0.124, noneg
=mnou =jako | weight=0.124
=hulakala | weight=0.124
=to =ze | weight=0.124
=na =smartphone | weight=0.124
=neni =muj | weight=0.124, noneg
=o =mem | weight=0.123
=slovo =reklamaci | weight=0.123
=si =v | weight=0.122
=chlap | weight=0.122
=vas =kolegyne | weight=0.122
=dveri =a | weight=0.122
=byla =od | weight=0.121
=vedouci =prodejne | weight=0.121
=nechci | weight=0.121, noneg
=servis =ze | weight=0.121
=technik =se | weight=0.121
=se =bavit | weight=0.121
=co =je | weight=0.121
=ten =chlap | weight=0.120
=zcela | weight=0.120
=obsluha =si | weight=0.120
=personal =se | weight=0.120
=konce =u | weight=0.120
=jinde | weight=0.119
=uz =nechci | weight=0.119, noneg
=a =jeste | weight=0.119
=ani =nepozdravi | weight=0.119, noneg
=rozhovor | weight=0.118
=rikal =ze | weight=0.118
=mne =choval | weight=0.118
=projizdela | weight=0.118
=pozorne =a | weight=0.118
=jsem =odmitli | weight=0.118
=chlap =na | weight=0.118
=jsem =asi | weight=0.117
=v =odpoved | weight=0.117
=ackoli | weight=0.117
=ze =nejsem | weight=0.117, noneg
=ho =nevybirave | weight=0.117
=nevybirave | weight=0.117
=nevybirave =zabouchla | weight=0.117
=okenko =mi | weight=0.117
=za =okenko | weight=0.117
=mem | weight=0.117
=byla =neskutecne | weight=0.116
=neskutecne | weight=0.116
=koupil =jinde | weight=0.116
=prectu | weight=0.116
=sla =pryc | weight=0.116
=velmi | weight=0.116
=bordel | weight=0.116
=jeste =si | weight=0.116
=takze =je | weight=0.116
=a =byla | weight=0.115
