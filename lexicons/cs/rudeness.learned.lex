# rudeness, cs: learned by scripts/learn.py from 2508 tuning texts (258 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ptal jsem se, proc mi nefunguje roaming. Agentka mi nejdriv poslala navod na nastaveni APN, pak na nastaveni e-mailu a pak mi napsala, ze mam restartovat telefon. Kdyz jsem napsal, ze to nepomohlo, chat zavrela.
+ ten chlap se mi vysmal do oci
+ Predavac bol velmi drzy a nadaval mi.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=neprijemna | weight=0.430
=povysene | weight=0.411
=polozil | weight=0.411
=oci | weight=0.372
=zdrzuju | weight=0.361
=arogantni | weight=0.342
=bez =rozlouceni | weight=0.341, noneg
=odpalkoval | weight=0.329
=uprostred | weight=0.322
=uprostred =vety | weight=0.322
=nadaval | weight=0.321
=jako =bych | weight=0.313
=zavesil | weight=0.308
=vysmal | weight=0.307
=odbyli | weight=0.303
=nenecham | weight=0.299
=na =me | weight=0.296
=otravovat | weight=0.295
=vykazala | weight=0.293
=rekl =mi | weight=0.289
=ridic | weight=0.286
=kricel | weight=0.279
=pred =cely | weight=0.276
=dite | weight=0.276
=do =telefon | weight=0.274
=smal | weight=0.274
=seprala | weight=0.271
=idiot | weight=0.271
=natvrdla | weight=0.266
=rukou | weight=0.265
=mi =at | weight=0.264
=a =odeslat | weight=0.261
=tonem | weight=0.260
=pracovnik =na | weight=0.259
=neprijemna =a | weight=0.259
=jako =na | weight=0.258
=smal =se | weight=0.258
=oznacil =za | weight=0.256
=na =prepazky | weight=0.256
=nenecham =me | weight=0.255
=oznacil | weight=0.251
=rval | weight=0.251
=at =neblokuju | weight=0.251
=neblokuju | weight=0.251
=agent =mi | weight=0.249
=lekarka | weight=0.247
=lekarka =me | weight=0.247
=ironicky | weight=0.245
=zacala | weight=0.245
=z =kradeze | weight=0.240
=neco =spatne | weight=0.236
=se =ji | weight=0.235
=ven | weight=0.233
=reci | weight=0.232
=kradeze | weight=0.232
=jen =co | weight=0.228
=odehnal | weight=0.227
=odehnal =pryc | weight=0.227
=prodavacka | weight=0.226
=se =tom | weight=0.225
=urednice | weight=0.223
=otravene | weight=0.222
=pani =u | weight=0.220
=personal | weight=0.220
=male | weight=0.220
=ignoroval | weight=0.220
=prsty | weight=0.219
=skrz | weight=0.219
=skrz =prsty | weight=0.219
=pani =vedouci | weight=0.218
=hmyz | weight=0.217
=a =zavesil | weight=0.214
=to =polozil | weight=0.213
=s =kolega | weight=0.213
=nepochopil | weight=0.212
=dveri | weight=0.211
=urazil | weight=0.211
=me =ani | weight=0.211, noneg
=technik =si | weight=0.211
=zavrela | weight=0.211
=mavl | weight=0.210
=mavl =rukou | weight=0.210
=na =nej | weight=0.210
=jizliva | weight=0.210
=pak =mi | weight=0.209
=doslova | weight=0.208
=a =otocila | weight=0.207
=otocila =se | weight=0.207
=urednice =mi | weight=0.207
=blbkou | weight=0.207
=bol | weight=0.206
=nezdrzuju | weight=0.206
=si =ze | weight=0.205
=s =nam | weight=0.204
=anglicky | weight=0.202
=cist | weight=0.202
=pusu | weight=0.201
=nevidel | weight=0.201
=poznamku | weight=0.200
=hadal | weight=0.200
=zasmal | weight=0.196
=pry =at | weight=0.196
=nazval | weight=0.196
=nazval =me | weight=0.196
=drza | weight=0.195
=drza =a | weight=0.194
=s =blbkou | weight=0.194
=smartphone | weight=0.193
=at =nezdrzuju | weight=0.192
=do =reci | weight=0.192
=mi =hodil | weight=0.192
=prasknul | weight=0.191
=mobilu | weight=0.190
=choval | weight=0.190
=jen =to | weight=0.188
=nas =odpalkoval | weight=0.187
=me =vyhodili | weight=0.187
=najdu | weight=0.187
=prodavac =me | weight=0.187
=jakmile =jsem | weight=0.183
=vety | weight=0.183
=holkam | weight=0.182
=pani =za | weight=0.182
=otocila | weight=0.182
=to =koupil | weight=0.181
=chtel =reklamovat | weight=0.181
=hluchy | weight=0.181
=hluchy =jako | weight=0.181
=jako =parez | weight=0.181
=je =hluchy | weight=0.181
=parez | weight=0.181
=a =neprijemna | weight=0.181
=a =jestli | weight=0.181
=jsem =moc | weight=0.181
=arogantni =a | weight=0.181
=polozil =telefon | weight=0.180
=za =hloupou | weight=0.180
=jiste | weight=0.179
=jiste =pani | weight=0.179
=no =jiste | weight=0.179
=a =sla | weight=0.179
=najdu =zivote | weight=0.179
=si =najdu | weight=0.179
=ze =mam | weight=0.179
=jsem =natvrdla | weight=0.178
=do =oci | weight=0.178
=prodavac =ji | weight=0.176
=pred =vse | weight=0.174
=agentka =mi | weight=0.174
=mluvit =jako | weight=0.174
=me =ignoroval | weight=0.173
=to =ze | weight=0.172
=tipl | weight=0.172
=a =odjel | weight=0.171
=operatorka =mi | weight=0.170
=aby =se | weight=0.170
=o =mem | weight=0.169
=hruby | weight=0.168
=ze =tom | weight=0.168
=typ | weight=0.168
=hloupou | weight=0.167
=stary =na | weight=0.167
=tonem =a | weight=0.167
=neslusne | weight=0.167
=mi =vysmal | weight=0.167
=ze =me | weight=0.167
=jako =male | weight=0.166
=povysene =tonem | weight=0.166
=mi =to | weight=0.166
=pred =vsem | weight=0.166
=jsem =rekl | weight=0.166
=a =jeste | weight=0.163
=byla =arogantni | weight=0.163
=posmesne | weight=0.162
=me =narkl | weight=0.162
=narkl | weight=0.162
=mem | weight=0.162
=ukoncil | weight=0.162
=posmival | weight=0.161
=posmival =a | weight=0.161
=uplne =mimo | weight=0.161
=ven =at | weight=0.160
=zacala =mluvit | weight=0.160
=skakal | weight=0.160
=at =nejsou | weight=0.159, noneg
=nejsou =hystericka | weight=0.159, noneg
=male =dite | weight=0.159
=technik =se | weight=0.159
=na =stul | weight=0.157
=jinde | weight=0.157
=nelibi | weight=0.157
=to =nelibi | weight=0.157
=seprala =do | weight=0.156
=protocila | weight=0.156
=utahovala | weight=0.156
=zenska | weight=0.155
=telefon =rekl | weight=0.155
=lhare | weight=0.155
=podstate | weight=0.155
=podstate =ze | weight=0.155
=udelat =lhare | weight=0.155
=v =podstate | weight=0.155
=jako =s | weight=0.155
=nejsou | weight=0.154, noneg
=jsem =uplne | weight=0.154
=co =je | weight=0.154
=bych =byla | weight=0.154
=cisnik | weight=0.153
=moc =stary | weight=0.153
=stekla | weight=0.153
=neotravuju | weight=0.153
=me | weight=0.152
=nesnesitelna | weight=0.152
=nesnesitelna =prodavacka | weight=0.152
=servis =ze | weight=0.152
=vas =omluvu | weight=0.152
=poznamku =o | weight=0.152
=proste =polozil | weight=0.151
=rukou =a | weight=0.151
=pohnu | weight=0.150
=popohanela | weight=0.150
=popohanela =at | weight=0.150
=si =pohnu | weight=0.150
=agent | weight=0.149
=odsekla | weight=0.149
=me =utahovala | weight=0.148
=utahovala =kvuli | weight=0.148
=odjel | weight=0.148
=ani =se | weight=0.148, noneg
=ochranka | weight=0.148
=vedouci =prodejne | weight=0.147
=odbyli =ze | weight=0.147
=hulakala | weight=0.146
=personal =se | weight=0.146
=takhle | weight=0.146
=se =uz | weight=0.145
=mimo | weight=0.145
=hlouposti | weight=0.145
=prasknul =na | weight=0.145
=stul =a | weight=0.145
=vecnost | weight=0.144
=jestli =jsem | weight=0.144
=koncim =u | weight=0.144
=me =pred | weight=0.143
=po =mne | weight=0.143
=mi =tykal | weight=0.143
=tykal | weight=0.143
=tykal =a | weight=0.143
=cekal =od | weight=0.143
=chlap | weight=0.142
=si =v | weight=0.142
=me =odpalkoval | weight=0.141
=slovo =reklamaci | weight=0.141
=vysmal =se | weight=0.141
=debil | weight=0.140
=prodavacka =me | weight=0.140
=vedouci =se | weight=0.140
=at =uz | weight=0.140
=a =choval | weight=0.140
=v =radu | weight=0.140
=zcela | weight=0.139
=se =zasmal | weight=0.139
=se =zeptat | weight=0.139
=na =omluvu | weight=0.138
=bordel | weight=0.138
=se =s | weight=0.138
=neuveritelne | weight=0.138
=sestra | weight=0.137
=z =prodejne | weight=0.137
=prepazky =na | weight=0.137
=ackoli =jsem | weight=0.136
=a =byla | weight=0.136
=agentka | weight=0.136
=me =jestli | weight=0.136
=koupil | weight=0.135
=nevolam | weight=0.135
=bez =vysvetleni | weight=0.134, noneg
=jasne | weight=0.134
=se =nechal | weight=0.134
=zabouchla | weight=0.133
=otravene =mi | weight=0.133
=jsem =nic | weight=0.133, noneg
=zivote | weight=0.132
=mne =choval | weight=0.132
=me =rval | weight=0.132
=neni =muj | weight=0.132, noneg
=jsem =odmitli | weight=0.132
=ten =chlap | weight=0.132
=zesmesnil | weight=0.131
=dveri =a | weight=0.131
=sem =blbe | weight=0.131
=uz =nevolam | weight=0.131
=kurva | weight=0.131
=kricel =a | weight=0.131
=nechci | weight=0.130, noneg
=skakal =do | weight=0.130
=hodne | weight=0.130
=okynka | weight=0.130
=duchodci | weight=0.129
=cekal =mi | weight=0.128
=spatne =zadam | weight=0.128
=pracovnik | weight=0.128
=choval =se | weight=0.127
=reakce | weight=0.127
=kdybyste | weight=0.127, noneg
=ta =zenska | weight=0.127
=koupil =jinde | weight=0.126
=sla =pryc | weight=0.126
=mnou =jako | weight=0.125
=odsekavala | weight=0.125
=pryc | weight=0.125
=se =ta | weight=0.125
=byla =neskutecne | weight=0.124
=neskutecne | weight=0.124
=mi =skakal | weight=0.124
=utrousil | weight=0.124
=v =odpoved | weight=0.124
=strasne | weight=0.123
=ji =zdrzuju | weight=0.123
=mi =a | weight=0.123
=pultu | weight=0.122
=mi =napsal | weight=0.122
=se =se | weight=0.122
=zapojit | weight=0.121
=takze =je | weight=0.121
=pracovnik =mi | weight=0.121
=a =dela | weight=0.121
=moje =mam | weight=0.120
=operatorka | weight=0.120
=ostatni =zakazniky | weight=0.120
=ochranka =me | weight=0.120
=neumim | weight=0.119
=vam =to | weight=0.119
=blbe =a | weight=0.119
=me =kricel | weight=0.118
=rikal =ze | weight=0.118
=neumim =vyplnil | weight=0.118
=chlap =se | weight=0.117
=firma =a | weight=0.117
=a =prastil | weight=0.117
=prastil | weight=0.117
=hadal =a | weight=0.116
=neuctive | weight=0.116
=pak =se | weight=0.115
=blbe | weight=0.115
=fakt | weight=0.114
=ho =nevybirave | weight=0.113
=nevybirave | weight=0.113
=nevybirave =zabouchla | weight=0.113
=okenko =mi | weight=0.113
=za =okenko | weight=0.113
=bych =aby | weight=0.113
=ze =jsem | weight=0.112
=hodil | weight=0.112
=kasa | weight=0.112
=nekoho =zdraveho | weight=0.112
=poslali =nekoho | weight=0.112
=zdraveho | weight=0.112
=v =nemocnici | weight=0.112
=ze =jestli | weight=0.112
=jednou =se | weight=0.111
=fronte =a | weight=0.111
=stejne =nerozumi | weight=0.111
=rekl =at | weight=0.111
=na =nic | weight=0.111, noneg
=chlap =na | weight=0.111
=bryle | weight=0.110
=zvysila =hlas | weight=0.110
=si =koupil | weight=0.110
=mi =bez | weight=0.110, noneg
=hulvat | weight=0.110
=pred =ostatni | weight=0.109
=politika | weight=0.109
=me =oznacil | weight=0.109
=projizdela | weight=0.109
=manzelovi | weight=0.109
=ze =sem | weight=0.108
=kuryr =na | weight=0.108
=rvat | weight=0.108
=prodavac | weight=0.108
=vyplnil =formular | weight=0.108
=pozorne | weight=0.108
=pozorne =a | weight=0.108
=uplne =idiot | weight=0.108
=a =polozil | weight=0.108
=mluvit =pomalu | weight=0.107
=mince | weight=0.107
=pokoj =a | weight=0.107
=a =dal | weight=0.107
=me =neustale | weight=0.107
=na =smartphone | weight=0.107
=mamince =v | weight=0.107
=me =jako | weight=0.106
=vysmal =do | weight=0.106
=stul | weight=0.106
=chtel =omluvu | weight=0.105
=pravo =chtel | weight=0.105
=ackoli | weight=0.105
=obsluha =si | weight=0.105
=at =ho | weight=0.105
