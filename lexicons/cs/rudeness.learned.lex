# rudeness, cs: learned by scripts/learn.py from 3535 tuning texts (381 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Bankéřka si během mé schůzky dvakrát vyřizovala soukromý telefon a na mé dotazy odpovídala přes rameno, jako bych ji otravoval.
+ ten chlap se mi vysmal do oci
+ 40 minut na lince a pak mi to tipli
- ok dekuju
- super, doporucuju
=zavesil | weight=0.464
=polozil | weight=0.430
=neprijemna | weight=0.421
=povysene | weight=0.412
=odbyli | weight=0.407
=arogantni | weight=0.389
=mi =hodil | weight=0.375
=oci | weight=0.370
=drza | weight=0.363
=ironicka | weight=0.361
=otravovat | weight=0.342
=smali | weight=0.340
=vysmal | weight=0.335
=pred =celou | weight=0.332
=uprostred | weight=0.322
=uprostred =vety | weight=0.322
=bez =rozlouceni | weight=0.320, noneg
=zdrzuju | weight=0.318
=odpalkoval | weight=0.317
=ridic | weight=0.310
=duchodci | weight=0.306
=tipla | weight=0.305
=na =me | weight=0.301
=jako =bych | weight=0.291
=nepochopil | weight=0.289
=idiotem | weight=0.288
=natvrdla | weight=0.288
=dite | weight=0.280
=vykazal | weight=0.278
=a =odesla | weight=0.277
=oznacil =za | weight=0.275
=rekl =mi | weight=0.274
=tonem | weight=0.274
=oznacil | weight=0.274
=seprala | weight=0.273
=nazval | weight=0.266
=do =telefon | weight=0.264
=odsekla | weight=0.261
=poznamku | weight=0.261
=me =ani | weight=0.259, noneg
=hnusna | weight=0.258
=ruce | weight=0.258
=dveri | weight=0.255
=reci | weight=0.254
=at =neblokuju | weight=0.253
=neblokuju | weight=0.253
=otravene | weight=0.250
=kricel | weight=0.250
=mne =hodil | weight=0.245
=sprosty | weight=0.244
=choval | weight=0.244
=nezdrzuju | weight=0.241
=nadaval | weight=0.240
=protivna | weight=0.240
=hadal | weight=0.239
=krava | weight=0.237
=nenecham | weight=0.236
=odehnal | weight=0.234
=odehnal =pryc | weight=0.234
=prodavacka | weight=0.233
=agent =mi | weight=0.231
=do =reci | weight=0.229
=ze =neumim | weight=0.229
=pultu | weight=0.228
=pak =mi | weight=0.228
=lekarky =me | weight=0.227
=mi =vysmal | weight=0.227
=smali =se | weight=0.226
=po =mne | weight=0.226
=nemam =co | weight=0.226, noneg
=protivna =a | weight=0.226
=hruby | weight=0.225
=ven | weight=0.224
=smartphone | weight=0.224
=at =nezdrzuju | weight=0.223
=lekarky | weight=0.223
=otocila =se | weight=0.222
=hmyzem | weight=0.222
=vynadal | weight=0.221
=vynadal =ze | weight=0.221
=do =haje | weight=0.221
=haje | weight=0.221
=zavrela | weight=0.221
=rval | weight=0.220
=za =pultu | weight=0.220
=jako =na | weight=0.220
=jen =co | weight=0.219
=se =tom | weight=0.219
=a =zavesil | weight=0.218
=strasne | weight=0.218
=neprijemna =a | weight=0.216
=kuryr =mi | weight=0.216
=duchodkyne | weight=0.215
=zenska | weight=0.215
=neumim | weight=0.214
=polozil =telefon | weight=0.214
=jako =ja | weight=0.214
=z =kradeze | weight=0.212
=mavl | weight=0.210
=mavl =ruce | weight=0.210
=kradeze | weight=0.208
=pracovnik =na | weight=0.208
=jizliva | weight=0.208
=neco =spatne | weight=0.207
=neuveritelne | weight=0.207
=a =otocila | weight=0.206
=na =nas | weight=0.205
=mi =at | weight=0.205
=se =se | weight=0.204
=blbce | weight=0.204
=cisnik | weight=0.203
=otocila | weight=0.203
=mi =to | weight=0.202
=pani =vedouci | weight=0.202
=cist | weight=0.202
=ignoroval | weight=0.202
=proste =polozil | weight=0.202
=nekoho =zdraveho | weight=0.201
=poslali =nekoho | weight=0.201
=zdraveho | weight=0.201
=mi =tykal | weight=0.201
=tykal | weight=0.201
=tykal =a | weight=0.201
=jsem =typicka | weight=0.200
=mam =ze | weight=0.199
=me =vyhodili | weight=0.199
=takovy =jako | weight=0.198
=odbyli =ze | weight=0.198
=fakt | weight=0.198
=zasmal | weight=0.198
=s =nam | weight=0.197
=to =koupil | weight=0.197
=typicka | weight=0.196
=typek | weight=0.195
=s =blbce | weight=0.195
=urazil | weight=0.194
=technik =si | weight=0.191
=zacala | weight=0.191
=na =nej | weight=0.190
=neotravuju | weight=0.190
=nohou | weight=0.190
=ze =mam | weight=0.190
=ten =kluk | weight=0.189
=kecy | weight=0.189
=stary =na | weight=0.189
=ukoncil | weight=0.188
=me =ignoroval | weight=0.188
=zacala =mluvit | weight=0.188
=pani =za | weight=0.187
=vysmival | weight=0.187
=s =kolega | weight=0.187
=bol | weight=0.185
=pusu | weight=0.185
=nas =odpalkoval | weight=0.184
=mluvit =jako | weight=0.184
=nenecham =me | weight=0.182
=jasne | weight=0.182
=male | weight=0.182
=uplne =mimo | weight=0.181
=utahovala | weight=0.181
=prodavac =me | weight=0.181
=ven =at | weight=0.180
=jsem =natvrdla | weight=0.180
=na =prepazky | weight=0.179
=sestra | weight=0.179
=agentka =mi | weight=0.178
=do =oci | weight=0.178
=si =najdu | weight=0.178
=prodavac =ji | weight=0.177
=poznamku =o | weight=0.176
=najdu =zivote | weight=0.176
=to =tipla | weight=0.176
=jsem =uplne | weight=0.176
=holka | weight=0.176
=me =pred | weight=0.175
=at =nejsem | weight=0.175, noneg
=nejsem =hystericka | weight=0.175, noneg
=moc =stary | weight=0.175
=se =tam | weight=0.174
=jako =male | weight=0.172
=pani =u | weight=0.172
=debil | weight=0.171
=pry =tak | weight=0.171
=nazval =me | weight=0.171
=me =utahovala | weight=0.171
=utahovala =kvuli | weight=0.171
=jako =s | weight=0.171
=jsem =tupa | weight=0.170
=arogantni =a | weight=0.170
=prepazky =na | weight=0.169
=hluchy | weight=0.169
=hluchy =jako | weight=0.169
=jako =parez | weight=0.169
=je =hluchy | weight=0.169
=parez | weight=0.169
=se =ji | weight=0.168
=tupa | weight=0.167
=na =nic | weight=0.166, noneg
=to =polozil | weight=0.166
=male =dite | weight=0.164
=za =hloupou | weight=0.163
=personal | weight=0.163
=rekl =at | weight=0.163
=byla =arogantni | weight=0.163
=telefon =rekl | weight=0.163
=doslova | weight=0.163
=anglicky | weight=0.163
=prasknul | weight=0.162
=chtel =reklamoval | weight=0.162
=nevidel | weight=0.161
=fakt =profesionalni | weight=0.161
=odsekavala | weight=0.161
=hloupou | weight=0.160
=byla =drza | weight=0.160
=posmival | weight=0.160
=posmival =a | weight=0.160
=utrousil | weight=0.159
=pred =vse | weight=0.159
=pryc | weight=0.159
=to =si | weight=0.158
=neslusne | weight=0.158
=jsem =rekl | weight=0.158
=pokladne =me | weight=0.158
=seprala =do | weight=0.158
=prsty | weight=0.157
=skrz | weight=0.157
=skrz =prsty | weight=0.157
=vecnost | weight=0.157
=priste =poslali | weight=0.157
=a =sla | weight=0.157
=prerusit =a | weight=0.156
=lhare | weight=0.156
=podstate | weight=0.156
=podstate =ze | weight=0.156
=udelat =lhare | weight=0.156
=v =podstate | weight=0.156
=neochotna | weight=0.156
=bych =byla | weight=0.156
=jen =to | weight=0.156
=pry =at | weight=0.156
=byla =hruby | weight=0.155
=kuryr =se | weight=0.155
=se =nechal | weight=0.154
=jiste | weight=0.154
=jiste =pani | weight=0.154
=no =jiste | weight=0.154
=protocila | weight=0.154
=ochranka | weight=0.153
=rypnul | weight=0.152
=ani =se | weight=0.152, noneg
=stekla | weight=0.152
=se =s | weight=0.151
=nesnesitelna | weight=0.151
=nesnesitelna =prodavacka | weight=0.151
=urednice | weight=0.150
=co =dela | weight=0.150
=me | weight=0.150
=na =stul | weight=0.149
=okynka | weight=0.149
=call | weight=0.149
=call =centru | weight=0.149
=ruce =a | weight=0.149
=skakal | weight=0.149
=si =ze | weight=0.148
=pred =ostatni | weight=0.148
=ukoncil =chatu | weight=0.148
=tonem =a | weight=0.148
=jsem =odmitli | weight=0.148
=drza =a | weight=0.147
=to =nelibi | weight=0.147
=pohnu | weight=0.146
=popohanela | weight=0.146
=popohanela =at | weight=0.146
=si =pohnu | weight=0.146
=polozil =mi | weight=0.145
=hodil =uctenky | weight=0.145
=pokladne =po | weight=0.145
=jestli =jsem | weight=0.144
=a =jestli | weight=0.144
=povysene =tonem | weight=0.143
=starsi | weight=0.142
=at =uz | weight=0.142
=posmesne | weight=0.142
=profesionalni | weight=0.141
=jakmile =jsem | weight=0.141
=urednice =mi | weight=0.141
=mi =bez | weight=0.141, noneg
=stezovat =na | weight=0.140
=nevolam | weight=0.140
=celou =fronte | weight=0.140
=ackoli =jsem | weight=0.140
=spatne =zadam | weight=0.140
=bez =vysvetleni | weight=0.140, noneg
=ironicka =poznamku | weight=0.140
=poslali =do | weight=0.139
=nelibi | weight=0.139
=technik =se | weight=0.139
=sarkasticky | weight=0.139
=a =odjel | weight=0.139
=zesmesnil | weight=0.139
=zivote | weight=0.138
=chlap | weight=0.138
=agentka | weight=0.138
=prasknul =na | weight=0.138
=stul =a | weight=0.138
=vas =omluvu | weight=0.138
=typ | weight=0.137
=me =jestli | weight=0.137
=velmi | weight=0.137
=slecna =me | weight=0.136
=s =takovy | weight=0.135
=at =neotravuju | weight=0.135
=aby =se | weight=0.135
=hulakala | weight=0.134
=s =takhle | weight=0.134
=se =naucim | weight=0.134
=pracovnik | weight=0.134
=jako =kdyby | weight=0.133, noneg
=postavou | weight=0.133
=cekal =od | weight=0.133
=me =odpalkoval | weight=0.132
=na =poste | weight=0.132
=na =smartphone | weight=0.132
=zabouchla | weight=0.131
=na =omluvu | weight=0.131
=neni =muj | weight=0.131, noneg
=z =prodejne | weight=0.131
=ani =nepozdravi | weight=0.130, noneg
=co =je | weight=0.130
=vas =kolegyne | weight=0.130
=a =dela | weight=0.130
=me =kricel | weight=0.130
=jeste =se | weight=0.130
=sem =blbe | weight=0.130
=uz =nevolam | weight=0.130
=se =zasmal | weight=0.130
=se =mnou | weight=0.129
=ze =ji | weight=0.129
=technik =mi | weight=0.129
=se =ta | weight=0.129
=blbe | weight=0.128
=dispecink | weight=0.128
=to =ze | weight=0.128
=kricel =a | weight=0.128
=me =narkl | weight=0.127
=narkl | weight=0.127
=mi =telefon | weight=0.127
=zenska =za | weight=0.127
=mnou =jako | weight=0.127
=mnou =hadal | weight=0.126
=rozhovor | weight=0.125
=ho =nevybirave | weight=0.125
=nevybirave | weight=0.125
=nevybirave =zabouchla | weight=0.125
=okenko =mi | weight=0.125
=za =okenko | weight=0.125
=recepci =byla | weight=0.124
=bych =aby | weight=0.124
=kdybyste | weight=0.123, noneg
=personal =se | weight=0.123
=pani =se | weight=0.123
=hlouposti | weight=0.123
=uz =nechci | weight=0.123, noneg
=a =jeste | weight=0.123
=servis =ze | weight=0.123
=vety | weight=0.122
=dveri =a | weight=0.122
=omluvu | weight=0.121
=ackoli | weight=0.121
=ochranka =me | weight=0.121
=byla =od | weight=0.121
=o =otravene | weight=0.120
=otravene =duchodci | weight=0.120
=zamumlala | weight=0.120
=zamumlala =neco | weight=0.120
=operatorka =byla | weight=0.120
=vedouci =prodejne | weight=0.120
=nejsem | weight=0.120, noneg
=chlap =na | weight=0.120
=v =odpoved | weight=0.120
=konce =u | weight=0.120
=o =mem | weight=0.119
=pozorne =a | weight=0.119
=vedouci =se | weight=0.119
=at =nebuzeruju | weight=0.119
=nebuzeruju | weight=0.119
=jeste =si | weight=0.119
=byla =neskutecne | weight=0.118
=neskutecne | weight=0.118
=ze =me | weight=0.118
=uz =nikdo | weight=0.118, noneg
=si =v | weight=0.118
=ten =chlap | weight=0.118
=se =uz | weight=0.118
=obsluha =si | weight=0.117
=proste =zavesil | weight=0.117
=zcela | weight=0.117
=jeho =vedouci | weight=0.117
=blbe =a | weight=0.117
=nechci | weight=0.116, noneg
