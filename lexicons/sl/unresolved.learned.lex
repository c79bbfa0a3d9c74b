# unresolved, sl: learned by scripts/learn.py from 2594 tuning texts (166 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ ze 3 dni nimam signala, na chatu pa mi vsakic pisejo naj restartam telefon. sem ga ze 20x!!
+ Ocena 1. Trikrat sem jim opisal napako na pralnem stroju, trikrat sem dobil isti vzorčni odgovor z navodili za ponovni zagon, ki z mojo težavo nimajo nobene zveze.
+ signala se vedno nimava
- Ovadili vas bomo.
- Tole bo šlo viralno.
=se =vedno | weight=0.399
=signala | weight=0.398
=tocke | weight=0.391
=ni =odpravljena | weight=0.389, noneg
=ne =premakne | weight=0.357, noneg
=tretjic | weight=0.352
=tezav =ni | weight=0.335, noneg
=zmeraj | weight=0.318
=vedno =ne | weight=0.314, noneg
=se =zmeraj | weight=0.311
=x | weight=0.311
=trikrat =so | weight=0.294
=ze =tri | weight=0.264
=dveh =mesec | weight=0.245
=kotel | weight=0.243
=ostaja | weight=0.237
=kljub | weight=0.234
=popravilo | weight=0.234
=je =isto | weight=0.234
=zaradi =isto | weight=0.233
=po =pet | weight=0.231
=po =stirih | weight=0.226
=stanje | weight=0.225
=prijavil =sem | weight=0.215
=nisem =zamenjati | weight=0.214, noneg
=placilo =pa | weight=0.214
=vsak =vecer | weight=0.214
=rezultata | weight=0.213
=in =nic | weight=0.211, noneg
=se =naprej | weight=0.210
=pa =ne | weight=0.209, noneg
=nikdar | weight=0.209, noneg
=zdaj =nisem | weight=0.208, noneg
=po =dveh | weight=0.203
=isto =okvaro | weight=0.202
=se =kar | weight=0.199
=tv | weight=0.198
=je =se | weight=0.193
=dni =se | weight=0.192
=ni =zakljucena | weight=0.192, noneg
=celo =teden | weight=0.192
=vecer | weight=0.191
=pa =nic | weight=0.190, noneg
=zaklenjen | weight=0.189
=zaklenjen =ze | weight=0.189
=isto =napaka | weight=0.188
=okvaro =je | weight=0.188
=pa =nobene | weight=0.187, noneg
=ne =deluje | weight=0.187, noneg
=klical | weight=0.186
=teden =poskusite | weight=0.186
=zaman | weight=0.184
=jos | weight=0.184
=jos =uvijek | weight=0.184
=ne =rad | weight=0.184, noneg
=telefonu =jos | weight=0.184
=uvijek | weight=0.184
=uvijek =ne | weight=0.184, noneg
=klical =ze | weight=0.183
=brez =resitev | weight=0.182, noneg
=stroj =spet | weight=0.182
=ze =petkrat | weight=0.181
=poskusite =uredil | weight=0.180
=se =dan | weight=0.180
=bil =nikoli | weight=0.180, noneg
=router | weight=0.178
=izpada | weight=0.177
=nakazilo | weight=0.176
=pisem =in | weight=0.176
=ni =na | weight=0.176, noneg
=kot =prej | weight=0.175
=napaka | weight=0.174
=sem =pisem | weight=0.174
=na =stevca | weight=0.174
=trikrat =sem | weight=0.173
=drugi =dela | weight=0.173
=ze =en | weight=0.168
=ni =pomagati | weight=0.168, noneg
=ze =stirikrat | weight=0.168
=okvaro | weight=0.166
=trije | weight=0.166
=spet =pojavi | weight=0.164
=crkuje | weight=0.163
=crkuje =vsak | weight=0.163
=ni =nobene | weight=0.162, noneg
=vam =pisem | weight=0.161
=sem =vam | weight=0.161
=ne =dela | weight=0.160, noneg
=posegu | weight=0.160
=pa =ostaja | weight=0.158
=petkrat | weight=0.158
=saj | weight=0.157
=ni =bil | weight=0.157, noneg
=tretji | weight=0.156
=dela =vzroka | weight=0.156
=vzroka | weight=0.156
=puta | weight=0.155
=racun =je | weight=0.155
=pusca | weight=0.155
=sem =celo | weight=0.155
=popravilo =kotel | weight=0.153
=mail =sem | weight=0.152
=stvar | weight=0.152
=preplacujem | weight=0.151
=zmeraj =preplacujem | weight=0.151
=tehnik =pa | weight=0.151
=banki =moja | weight=0.151
=cenilec | weight=0.150
=cenilec =se | weight=0.150
=nespremenjeno | weight=0.150
=pojavi | weight=0.150
=pa =ni | weight=0.149, noneg
=sredstev =pa | weight=0.149
=mehanik | weight=0.148
=opisujem | weight=0.147
=opisujem =isto | weight=0.147
=teden =in | weight=0.147
=en =teden | weight=0.147
=mesec | weight=0.146
=odgovor =nisem | weight=0.146, noneg
=krat | weight=0.145
=se =nic | weight=0.145, noneg
=zaracunavate | weight=0.145
=internet =ne | weight=0.144, noneg
=internet | weight=0.143
=nas =poklical | weight=0.143
=obisku | weight=0.142
=tezav | weight=0.142
=sredstev | weight=0.142
=stevca | weight=0.140
=napaka =in | weight=0.140
=marca | weight=0.140
=da =nas | weight=0.140
=je =dan | weight=0.139
=stirikrat =so | weight=0.139
=agent =razlagati | weight=0.137
=internet =se | weight=0.137
=primeru | weight=0.136
=serviser | weight=0.135
=zopet | weight=0.135
=ze | weight=0.134
=tretji =teden | weight=0.133
=je =nakazilo | weight=0.133
=ali =si | weight=0.133
=vi =sploh | weight=0.133
=nisem =niti | weight=0.132, noneg
=obdelavi | weight=0.132
=v =obdelavi | weight=0.132
=do =drugi | weight=0.131
=ze =trikrat | weight=0.130
=signala =pa | weight=0.130
=nam =rekli | weight=0.129
=sem =tam | weight=0.129
=zapisano | weight=0.129
=od =enega | weight=0.128
=nic | weight=0.128, noneg
=vsakic =drugi | weight=0.127
=spet =ne | weight=0.127, noneg
=napacen =znesek | weight=0.127
=banki =pa | weight=0.126
=racun =imam | weight=0.125
=ves =teden | weight=0.125
=med =seboj | weight=0.125
=pod =med | weight=0.125
=si =pod | weight=0.125
=zogico =si | weight=0.125
=ugibal | weight=0.125
=nimam =signala | weight=0.124
=okvaro =ni | weight=0.124, noneg
=ne =narediti | weight=0.123, noneg
=traja =se | weight=0.122
=te | weight=0.122
=reklamacijo =se | weight=0.122
=vedno =napacen | weight=0.122
=tretjic =pisem | weight=0.121
=vam =in | weight=0.121
=povezavo =se | weight=0.120
=po =vseh | weight=0.120
=ni =zazvonil | weight=0.119, noneg
=po =vas | weight=0.119
=po =popravilo | weight=0.118
=dan =je | weight=0.118
=vsi =moja | weight=0.118
=urejeno =pa | weight=0.118
=moja =banki | weight=0.117
=to =stvar | weight=0.116
=oddal =v | weight=0.116
=meni =operater | weight=0.114
=moja =klical | weight=0.114
=nalog | weight=0.114
=bil =v | weight=0.114
=nobeden | weight=0.113, noneg
=serviser =pa | weight=0.113
=cetrtic | weight=0.113
=se =zdaj | weight=0.112
=koncu =so | weight=0.112
=nic =ni | weight=0.111, noneg
=signala =se | weight=0.111
=pralni =stroj | weight=0.111
=ekran | weight=0.111
=tv =se | weight=0.111
=marca =in | weight=0.110
=se =vlece | weight=0.110
=vlece | weight=0.110
=vlece =od | weight=0.110
=trikrat | weight=0.110
=ne =recem | weight=0.108, noneg
=kljub =tremi | weight=0.108
=tremi =obisku | weight=0.108
=ze =ves | weight=0.108
=spet | weight=0.108
=ni =res | weight=0.108, noneg
=na =zacetka | weight=0.107
=enega | weight=0.107
=kupec =pravi | weight=0.106
=klical =sem | weight=0.105
=tam =kjer | weight=0.104
=vas =bom | weight=0.104
=serviser =sta | weight=0.104
=sem =oddal | weight=0.104
=hudica | weight=0.104
=telefonu =ni | weight=0.103, noneg
=modem | weight=0.103
=vedno =cakal | weight=0.102
=ne =res | weight=0.102, noneg
=nic =spremeniti | weight=0.102, noneg
=teh | weight=0.102
=teh =klical | weight=0.102
=vseh =teh | weight=0.102
=vas =popravilo | weight=0.102
=tretji =mesec | weight=0.101
=ni =se | weight=0.101, noneg
=popravilo =so | weight=0.101
=stirikrat | weight=0.100
=napaka =se | weight=0.100
=nic =nazaj | weight=0.100, noneg
=zogico | weight=0.100
=prek =obrazec | weight=0.099
=sporocilo =prek | weight=0.099
=mrzla | weight=0.099
=povezavo | weight=0.099
=pisem =ze | weight=0.099
=problem | weight=0.098
=kolk | weight=0.098
=kolk =krat | weight=0.098
=krat =vam | weight=0.098
=moral =se | weight=0.098
=se =pisem | weight=0.098
=vam =moral | weight=0.098
=kar =ne | weight=0.098, noneg
=je =urejeno | weight=0.098
=tehnik | weight=0.097
=pisem | weight=0.097
=spet =crkuje | weight=0.097
=razliko =med | weight=0.097
=teden =je | weight=0.097
=bil =serviser | weight=0.097
=isto | weight=0.096
=ne =uredil | weight=0.096, noneg
=mi =zaracunavate | weight=0.096
=in =problem | weight=0.095
=problem =je | weight=0.095
=puta =in | weight=0.095
=vec =puta | weight=0.095
=kotel =se | weight=0.095
=naprej =ugasa | weight=0.095
=ugasa | weight=0.095
=ugasa =vsak | weight=0.095
=okvaro =nov | weight=0.095
=od =marca | weight=0.094
=ostaja =odprta | weight=0.094
=petic =opisujem | weight=0.093
=kupec | weight=0.093
=pisem =da | weight=0.093
=pralni | weight=0.093
=vas =banki | weight=0.092
=traja =ze | weight=0.092
=vedno | weight=0.091
=teden =nihce | weight=0.091, noneg
=vseh | weight=0.091
=vedno =ni | weight=0.091, noneg
=ne =greje | weight=0.091, noneg
=reklamacijo =pa | weight=0.090
=banki | weight=0.090
=vi | weight=0.090
=teden =brez | weight=0.089, noneg
=ki =sploh | weight=0.089
=okvaro =ostaja | weight=0.089
=ze =tretji | weight=0.089
=da =tezav | weight=0.088
=vsak =dan | weight=0.088
=to =po | weight=0.088
=so =nam | weight=0.088
=naprej | weight=0.088
=bil =na | weight=0.088
=x =sem | weight=0.087
=tri =dni | weight=0.087
=pisem =sem | weight=0.087
=dela =na | weight=0.087
=na =tem | weight=0.087
=podpisal | weight=0.087
=ze =dva | weight=0.086
=nikoli | weight=0.086, noneg
=v =banki | weight=0.086
=napaka =na | weight=0.086
=brez =slike | weight=0.086, noneg
=zmeraj =brez | weight=0.086, noneg
=isto =racun | weight=0.085
=tezav =z | weight=0.085
=pod | weight=0.085
=dva =mesec | weight=0.085
=stirih =klical | weight=0.085
=nobene | weight=0.084, noneg
=nihce =ne | weight=0.084, noneg
=po =treh | weight=0.084
=po =vsak | weight=0.083
=popravilo =spet | weight=0.083
=vsak =vas | weight=0.083
=drugi =na | weight=0.083
=stoji | weight=0.083
=dopisovanja | weight=0.083
=izselim | weight=0.082
=koncu =naj | weight=0.082
=moja =odpovedal | weight=0.082
=se =izselim | weight=0.082
=ji =ni | weight=0.082, noneg
=neresena | weight=0.082
=ostaja =neresena | weight=0.082
=nihce =pomagati | weight=0.082, noneg
=ostaja =isto | weight=0.082
=traja | weight=0.081
=mi =rekli | weight=0.081
=ustavi | weight=0.081
=poskusite | weight=0.080
=storiti | weight=0.080
=jaz =sem | weight=0.080
=vso | weight=0.079
=matram | weight=0.079
=se =matram | weight=0.079
=poloznici | weight=0.079
=sem =jim | weight=0.079
=kljub =tem | weight=0.079
=se =moja | weight=0.079
=pritozbo =zaradi | weight=0.079
=sosednjega | weight=0.079
=ni =spremeniti | weight=0.079, noneg
=ob =koncu | weight=0.078
=je =ne | weight=0.078, noneg
=poroca | weight=0.078
=poroca =da | weight=0.078
=stranka =poroca | weight=0.078
=dobil =enak | weight=0.078
=poklical =vas | weight=0.078
=enoti =so | weight=0.078
=enega =referent | weight=0.078
=referent | weight=0.077
=me =poklical | weight=0.076
=tem =da | weight=0.076
=stirih | weight=0.076
=odsla | weight=0.076
=me =posiljam | weight=0.075
=pa =nihce | weight=0.075, noneg
=pet =klical | weight=0.075
=mesec =dopisovanja | weight=0.075
=bo =napaka | weight=0.075
=nic =ne | weight=0.074, noneg
=odpravljena =do | weight=0.074
=posegu =tehnik | weight=0.074
=klical =se | weight=0.074
=cakal =na | weight=0.074
=trgovini =sem | weight=0.074
=ne =pride | weight=0.073, noneg
=ze =tretjic | weight=0.073
=genericen =odgovor | weight=0.073
=hodim | weight=0.072
=banki =pravi | weight=0.071
=mail =ni | weight=0.071, noneg
=ce =se | weight=0.071, noneg
=desetic | weight=0.071
=desetic =dobil | weight=0.071
=desetic =prijavljam | weight=0.071
=dobil =stevilko | weight=0.071
=prijavljam =isto | weight=0.071
=stevilko =zahtevek | weight=0.071
=stroj =se | weight=0.070
=seboj | weight=0.070
=razliko | weight=0.070
=izplacilo | weight=0.070
=je =ostaja | weight=0.070
=tretjic =ta | weight=0.070
=k =naslednji | weight=0.069
=pride =jutri | weight=0.069
=kar =nam | weight=0.069
=obratno | weight=0.069
=pet =dni | weight=0.069
=je =pralni | weight=0.069
=dopisujem | weight=0.068
=dopisujem =z | weight=0.068
=se =dopisujem | weight=0.068
=koncu =priznam | weight=0.068
