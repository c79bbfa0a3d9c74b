# unresolved, sl: learned by scripts/learn.py from 2314 tuning texts (151 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Vaši pravijo, da je nakazilo zablokirala moja banka, moji pravijo da vi. Keša pa od nikoder. 💢
+ Ocena 1. Trikrat sem jim opisal napako na pralnem stroju, trikrat sem dobil isti vzorčni odgovor z navodili za ponovni zagon, ki z mojo težavo nimajo nobene zveze.
+ signala se vedno nimava
- Ovadili vas bomo.
- Tole bo šlo viralno.
=se =vedno | weight=0.395
=ni =odpravljena | weight=0.389, noneg
=signala | weight=0.384
=tocke | weight=0.373
=tezav =ni | weight=0.350, noneg
=tretjic | weight=0.338
=ne =premakne | weight=0.338, noneg
=zmeraj | weight=0.302
=vedno =ne | weight=0.300, noneg
=x | weight=0.294
=se =zmeraj | weight=0.292
=trikrat =so | weight=0.278
=stanje | weight=0.270
=kljub | weight=0.248
=po =pet | weight=0.247
=kotel | weight=0.244
=dveh =mesec | weight=0.240
=in =nic | weight=0.233, noneg
=po =stirih | weight=0.228
=zaradi =isto | weight=0.226
=je =isto | weight=0.226
=popravilo | weight=0.223
=se =naprej | weight=0.215
=rezultata | weight=0.212
=klical =ze | weight=0.212
=se =kar | weight=0.209
=nisem =zamenjal | weight=0.209, noneg
=placilo =pa | weight=0.209
=nikdar | weight=0.208, noneg
=dni =se | weight=0.208
=ostala | weight=0.207
=pa =nic | weight=0.206, noneg
=ze =tri | weight=0.205
=vsak =vecer | weight=0.204
=je =se | weight=0.203
=zdaj =nisem | weight=0.202, noneg
=izpada | weight=0.199
=pisem =in | weight=0.198
=bil =nikoli | weight=0.196, noneg
=okvaro | weight=0.195
=isto =napaka | weight=0.195
=celo =teden | weight=0.194
=ze =petkrat | weight=0.192
=zaklenjen | weight=0.191
=zaklenjen =ze | weight=0.191
=po =dveh | weight=0.191
=pa =ne | weight=0.190, noneg
=teden =poskusal | weight=0.190
=na =stevca | weight=0.189
=tv | weight=0.189
=ni =zakljucena | weight=0.189, noneg
=isto =okvaro | weight=0.189
=zaman | weight=0.186
=napaka | weight=0.186
=jos | weight=0.183
=jos =uvijek | weight=0.183
=ne =rad | weight=0.183, noneg
=telefonu =jos | weight=0.183
=uvijek | weight=0.183
=uvijek =ne | weight=0.183, noneg
=pa =nobene | weight=0.182, noneg
=stroj =spet | weight=0.181
=poskusal =uredil | weight=0.180
=brez =resitev | weight=0.178, noneg
=vecer | weight=0.178
=klical | weight=0.177
=tehnik =pa | weight=0.177
=ni =pomagati | weight=0.177, noneg
=ze =stirikrat | weight=0.176
=posegu | weight=0.176
=kot =prej | weight=0.175
=ni =bil | weight=0.175, noneg
=ne =deluje | weight=0.174, noneg
=okvaro =je | weight=0.174
=drugi =dela | weight=0.173
=nakazilo | weight=0.171
=banki =moja | weight=0.166
=se =dan | weight=0.166
=ze =en | weight=0.165
=racun =je | weight=0.164
=petkrat | weight=0.163
=crkuje | weight=0.163
=crkuje =vsak | weight=0.163
=stvar | weight=0.162
=router | weight=0.160
=ni =na | weight=0.160, noneg
=trije | weight=0.160
=ne =dela | weight=0.159, noneg
=spet =pojavil | weight=0.158
=ni =nobene | weight=0.158, noneg
=te | weight=0.157
=popravilo =kotel | weight=0.156
=dela =vzroka | weight=0.156
=vzroka | weight=0.156
=sem =celo | weight=0.155
=pojavil | weight=0.155
=obisku | weight=0.155
=preplacujem | weight=0.152
=zmeraj =preplacujem | weight=0.152
=nespremenjeno | weight=0.152
=je =nakazilo | weight=0.152
=krat | weight=0.150
=puta | weight=0.149
=napaka =in | weight=0.149
=tretji | weight=0.148
=pusca | weight=0.148
=mehanik | weight=0.148
=odgovor =nisem | weight=0.147, noneg
=sem =vam | weight=0.147
=internet =se | weight=0.147
=primer | weight=0.145
=teden =in | weight=0.144
=je =dan | weight=0.144
=prijavil =sem | weight=0.144
=opisujem | weight=0.143
=opisujem =isto | weight=0.143
=marca | weight=0.142
=da =nas | weight=0.142
=nas =poklical | weight=0.142
=en =teden | weight=0.141
=tretji =teden | weight=0.140
=se =nic | weight=0.140, noneg
=cenilec | weight=0.139
=cenilec =se | weight=0.139
=sredstev =pa | weight=0.138
=stirikrat =so | weight=0.138
=pa =ni | weight=0.137, noneg
=zopet | weight=0.136
=vam =pisem | weight=0.136
=to =stvar | weight=0.136
=dan =je | weight=0.134
=sredstev | weight=0.134
=se =zdaj | weight=0.133
=med =seboj | weight=0.132
=pod =med | weight=0.132
=si =pod | weight=0.132
=zogico =si | weight=0.132
=nam =rekli | weight=0.132
=tri =dni | weight=0.132
=bil =v | weight=0.131
=nobeden | weight=0.131, noneg
=okvaro =ni | weight=0.131, noneg
=mail =sem | weight=0.130
=ze =trikrat | weight=0.130
=signala =pa | weight=0.130
=vsi =moja | weight=0.130
=spet =ne | weight=0.129, noneg
=mesec | weight=0.126
=kljub =trem | weight=0.124
=trem =obisku | weight=0.124
=oddal =v | weight=0.123
=moja =banki | weight=0.122
=internet | weight=0.122
=nisem =niti | weight=0.122, noneg
=vam =in | weight=0.122
=povezavo =se | weight=0.122
=racun =imam | weight=0.122
=traja =se | weight=0.121
=ugibal | weight=0.121
=sem =tam | weight=0.120
=tam =kjer | weight=0.120
=pralni =stroj | weight=0.120
=meni =operater | weight=0.120
=marca =in | weight=0.120
=se =vlece | weight=0.120
=vlece | weight=0.120
=vlece =od | weight=0.120
=po =popravilo | weight=0.120
=vsakic =drugi | weight=0.118
=na =zacetka | weight=0.118
=vedno =napacen | weight=0.118
=stevca | weight=0.117
=ni =zazvonil | weight=0.117, noneg
=tv =se | weight=0.117
=banki =pa | weight=0.117
=x =sem | weight=0.117
=modem | weight=0.117
=do =drugi | weight=0.116
=isto =racun | weight=0.116
=urejeno =pa | weight=0.116
=od =enega | weight=0.116
=dobil =enak | weight=0.115
=po =vas | weight=0.115
=napacen =znesek | weight=0.115
=signala =se | weight=0.114
=reklamacijo =se | weight=0.114
=ne =narediti | weight=0.113, noneg
=obdelavi | weight=0.112
=v =obdelavi | weight=0.112
=spet | weight=0.112
=po =vseh | weight=0.111
=ostala =odprta | weight=0.111
=internet =ne | weight=0.111, noneg
=sem =oddal | weight=0.111
=enega | weight=0.110
=tretjic =pisem | weight=0.110
=kar =ne | weight=0.110, noneg
=sem =pisem | weight=0.108
=zogico | weight=0.107
=ekran | weight=0.107
=pralni | weight=0.107
=teden =je | weight=0.107
=kupec =pravi | weight=0.106
=tezav | weight=0.106
=tehnik | weight=0.106
=ne =res | weight=0.106, noneg
=jaz =sem | weight=0.105
=ves =teden | weight=0.105
=mi =zaracunavate | weight=0.105
=zaracunavate | weight=0.105
=ne =recem | weight=0.104, noneg
=traja =ze | weight=0.104
=serviser =sta | weight=0.104
=mrzla | weight=0.104
=vas =popravilo | weight=0.103
=nic =spremeniti | weight=0.103, noneg
=teh | weight=0.103
=teh =klical | weight=0.103
=vseh =teh | weight=0.103
=ne =greje | weight=0.103, noneg
=trikrat =sem | weight=0.102
=nic =ni | weight=0.102, noneg
=ki =sploh | weight=0.102
=tezav =z | weight=0.101
=vas =bom | weight=0.100
=referent | weight=0.100
=cetrtic | weight=0.100
=ze =dva | weight=0.100
=nalog | weight=0.100
=od =marca | weight=0.099
=kolk | weight=0.099
=kolk =krat | weight=0.099
=krat =vam | weight=0.099
=moral =se | weight=0.099
=se =pisem | weight=0.099
=vam =moral | weight=0.099
=telefonu =ni | weight=0.099, noneg
=serviser | weight=0.099
=stirikrat | weight=0.099
=ze =tretji | weight=0.098
=koncu =so | weight=0.098
=problem | weight=0.097
=je =urejeno | weight=0.097
=spet =crkuje | weight=0.097
=bojler | weight=0.097
=tretji =mesec | weight=0.097
=seboj | weight=0.097
=dela =na | weight=0.096
=na =tem | weight=0.096
=sem =jim | weight=0.096
=napaka =se | weight=0.096
=popravilo =so | weight=0.096
=kotel =se | weight=0.096
=naprej =ugasa | weight=0.096
=ugasa | weight=0.096
=ugasa =vsak | weight=0.096
=isto | weight=0.095
=blokirana | weight=0.094
=pisem =ze | weight=0.094
=bil =serviser | weight=0.094
=ni =se | weight=0.093, noneg
=vedno =cakal | weight=0.093
=nic | weight=0.093, noneg
=bil =na | weight=0.093
=mi =rekli | weight=0.093
=ze =od | weight=0.092
=in =problem | weight=0.092
=problem =je | weight=0.092
=puta =in | weight=0.092
=vec =puta | weight=0.092
=nobene | weight=0.092, noneg
=ze =veckrat | weight=0.091
=pa =nihce | weight=0.091, noneg
=pod | weight=0.091
=petic =opisujem | weight=0.090
=neresena | weight=0.089
=ostala =neresena | weight=0.089
=po =treh | weight=0.088
=brez =slike | weight=0.088, noneg
=zmeraj =brez | weight=0.088, noneg
=vas =banki | weight=0.088
=ne =uredil | weight=0.088, noneg
=saj | weight=0.088
=matram | weight=0.087
=se =matram | weight=0.087
=je =ne | weight=0.087, noneg
=okvaro =nov | weight=0.087
=so =nam | weight=0.086
=stirih =klical | weight=0.086
=banki | weight=0.086
=vedno | weight=0.086
=hodim | weight=0.086
=ze | weight=0.085
=okvaro =ostala | weight=0.085
=ne =pride | weight=0.085, noneg
=povezavo | weight=0.085
=genericen =odgovor | weight=0.085
=traja | weight=0.085
=enega =referent | weight=0.084
=stirih | weight=0.084
=ze =tretjic | weight=0.084
=po =vsak | weight=0.083
=popravilo =spet | weight=0.083
=vsak =vas | weight=0.083
=pisem =da | weight=0.083
=poskusal | weight=0.082
=ustavi | weight=0.082
=ce =se | weight=0.082, noneg
=enoti | weight=0.082
=na =upravni | weight=0.082
=upravni | weight=0.082
=upravni =enoti | weight=0.082
=kupec | weight=0.082
=kljub =tem | weight=0.081
=ni =nic | weight=0.081, noneg
=poklical =vas | weight=0.080
=nimam =signala | weight=0.080
=dopisovanja | weight=0.079
=pisem =sem | weight=0.079
=podpisal | weight=0.079
=naprej | weight=0.079
=spet =na | weight=0.078
=ostala =isto | weight=0.078
=dva =mesec | weight=0.078
=in =nobeden | weight=0.078, noneg
=nakazilo =zablokirala | weight=0.078
=zablokirala | weight=0.078
=zablokirala =moja | weight=0.078
=vso | weight=0.078
=da =tezav | weight=0.077
=ze =ves | weight=0.077
=koncu =priznam | weight=0.077
=izselim | weight=0.077
=koncu =naj | weight=0.077
=moja =odpovedal | weight=0.077
=se =izselim | weight=0.077
=se =moja | weight=0.077
=tretjic =ta | weight=0.076
=pisem =glede | weight=0.076
=tem =da | weight=0.076
=je =ostala | weight=0.076
=tezav =s | weight=0.075
=vseh | weight=0.075
=posegu =tehnik | weight=0.075
=to =po | weight=0.075
=trikrat | weight=0.075
=k =naslednji | weight=0.074
=ob =koncu | weight=0.074
=genericen | weight=0.074
=bo =napaka | weight=0.074
=moja =racun | weight=0.074
=sosednjega | weight=0.074
=jebemti =ze | weight=0.074
=mesec =dopisovanja | weight=0.074
=reklamacijo =pa | weight=0.073
=pritozbo =zaradi | weight=0.073
=prijavil =ze | weight=0.073
=da =vi | weight=0.073
=ni =spremeniti | weight=0.072, noneg
=stroj =se | weight=0.072
=vedno =nimam | weight=0.072
=odpravljena =do | weight=0.072
=porabo | weight=0.072
=enak | weight=0.071
=pisem | weight=0.071
=kes | weight=0.071
=ji =ni | weight=0.071, noneg
=kar =nam | weight=0.071
=v =banki | weight=0.071
=dopisujem | weight=0.071
=dopisujem =z | weight=0.071
=se =dopisujem | weight=0.071
=jebemti | weight=0.071
=nihce =pomagati | weight=0.071, noneg
=me =poklical | weight=0.071
=vsak =dan | weight=0.070
=vsi | weight=0.070
=odgovor =ki | weight=0.070
=poroca | weight=0.070
=poroca =da | weight=0.070
=stranka =poroca | weight=0.070
=spet =klical | weight=0.070
=banki =pravi | weight=0.070
=stroj | weight=0.070
=hodim =med | weight=0.070
=stvar =trgovini | weight=0.070
=petkrat =sem | weight=0.069
=pa =ostala | weight=0.069
=obratno | weight=0.069
=desetic | weight=0.069
=desetic =dobil | weight=0.069
=desetic =prijavljam | weight=0.069
=dobil =stevilko | weight=0.069
=prijavljam =isto | weight=0.069
=stevilko =zahtevek | weight=0.069
=je =pralni | weight=0.069
=vas =pravi | weight=0.069
=ceprav =je | weight=0.069
=naslov =na | weight=0.068
=napaka =na | weight=0.068
