# late_delivery, sl: learned by scripts/learn.py from 2594 tuning texts (154 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Plačal sem ekspresno dostavo, paket pa je potoval pet dni. Vrnite mi razliko za ekspres.
+ Odgovor vaše službe je bil, da je zamuda posledica stavke na pošti in da vi na to nimate vpliva.
+ Naročilo št. 48213 bi moralo biti dostavljeno v treh delovnih dneh, danes je deveti dan. Nobene informacije.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=zamikom | weight=0.488
=zamudo | weight=0.370
=prepozno | weight=0.327
=dobavni =rok | weight=0.327
=dobavni | weight=0.320
=zamuja | weight=0.307
=prispel | weight=0.303
=ne =pride | weight=0.295, noneg
=mrzla | weight=0.285
=zakasnitvijo | weight=0.275
=monter | weight=0.271
=zamuja =ze | weight=0.271
=dostava | weight=0.268
=ponedeljek | weight=0.265
=ni =odposlano | weight=0.254, noneg
=po =dogovorjenem | weight=0.252
=bi =moral | weight=0.252
=pica | weight=0.249
=ni =ga | weight=0.246, noneg
=tri =teden | weight=0.244
=hrana | weight=0.237
=kavc | weight=0.227
=naroceno | weight=0.225
=posiljko | weight=0.219
=vedno =ni | weight=0.214, noneg
=dobil =z | weight=0.214
=nisem =prej | weight=0.214, noneg
=hladna | weight=0.212
=pica =je | weight=0.208
=prikazal | weight=0.208
=vedno =manjka | weight=0.205
=tehnik =se | weight=0.203
=tehnik =pa | weight=0.199
=naj =bi | weight=0.197
=pohistvo | weight=0.195
=torek | weight=0.195
=do =sredi | weight=0.195
=pripeljali | weight=0.192
=paket =se | weight=0.190
=popoldne | weight=0.188
=dostavljen | weight=0.188
=sredi | weight=0.187
=namesto | weight=0.187
=na =sistem | weight=0.185
=sele =naslednji | weight=0.184
=gotovo | weight=0.183
=skladisce | weight=0.182
=hrana =je | weight=0.182
=tri =ure | weight=0.182
=namesto =ob | weight=0.179
=pozneje | weight=0.176
=dvanajsti | weight=0.175
=tedensko | weight=0.175
=pet =teden | weight=0.175
=na =hrana | weight=0.173
=potoval | weight=0.171
=bi =prisel | weight=0.170
=posti =posti | weight=0.169
=devetih =pride | weight=0.169
=paket =pa | weight=0.166
=paket =nisem | weight=0.163, noneg
=dogovorjenem =termin | weight=0.163
=popravljen | weight=0.163
=treh =teden | weight=0.162
=serviser | weight=0.162
=kurir | weight=0.162
=zavlekli | weight=0.160
=smo =dobil | weight=0.159
=naroceno =pred | weight=0.159
=jamcili | weight=0.157
=termin | weight=0.156
=so =nam | weight=0.156
=dobave | weight=0.156
=dan =cakal | weight=0.156
=kurir =trdi | weight=0.155
=dni =kasneje | weight=0.154
=narocila | weight=0.152
=v =torek | weight=0.151
=ob =pol | weight=0.149
=bo =paket | weight=0.148
=moral =biti | weight=0.147
=prisel =po | weight=0.146
=za =ponedeljek | weight=0.146
=v =skladisce | weight=0.145
=center | weight=0.145
=popravilo =so | weight=0.144
=gotovo =v | weight=0.144
=odgovor =pa | weight=0.144
=za =dva | weight=0.144
=glede =na | weight=0.143
=s =tritedensko | weight=0.143
=tritedensko | weight=0.143
=kriv =posti | weight=0.143
=ni =prisel | weight=0.143, noneg
=zamudo =posledica | weight=0.142
=povzrocila | weight=0.142
=zamudo =so | weight=0.141
=monter =se | weight=0.140
=biti | weight=0.140
=sele | weight=0.139
=teden | weight=0.136
=serviser =ni | weight=0.136, noneg
=v =petek | weight=0.135
=naslednji =dan | weight=0.133
=pol =dveh | weight=0.133
=in =ga | weight=0.131
=zdaj =je | weight=0.131
=dobavitelj | weight=0.130
=sestih | weight=0.130
=kosilo | weight=0.130
=zvalili =na | weight=0.130
=pa =nobene | weight=0.129, noneg
=cakal =skoraj | weight=0.129
=ni =res | weight=0.128, noneg
=ni =prispel | weight=0.126, noneg
=pred =mesec | weight=0.126
=bedna | weight=0.125
=rok | weight=0.125
=kuhinja | weight=0.125
=hudica | weight=0.124
=dvakrat =odgovor | weight=0.124
=omaro | weight=0.124
=ceprav =naj | weight=0.122
=kosilo =je | weight=0.122
=da =trgovini | weight=0.122
=bil =ne | weight=0.122, noneg
=posledica | weight=0.121
=manjka | weight=0.121
=koncu =mesec | weight=0.121
=je =zamudo | weight=0.121
=pride | weight=0.121
=dva =teden | weight=0.121
=prisel | weight=0.120
=maja | weight=0.120
=je =povzrocila | weight=0.119
=zamudo =je | weight=0.119
=zvalili | weight=0.119
=zmeraj =ne | weight=0.119, noneg
=je =za | weight=0.119
=prijavil =sem | weight=0.119
=je =ob | weight=0.118
=ni =bil | weight=0.118, noneg
=kasneje =kot | weight=0.118
=rojstni | weight=0.118
=rojstni =dan | weight=0.118
=dni =po | weight=0.116
=z =dne | weight=0.116
=skoraj | weight=0.116
=ure =po | weight=0.115
=teden =namesto | weight=0.114
=ob =deset | weight=0.113
=kasneje | weight=0.113
=ob =sestih | weight=0.113
=jaz =pa | weight=0.113
=bo =telefonu | weight=0.113
=rok =so | weight=0.112
=stroj =se | weight=0.112
=popravljen =v | weight=0.112
=zamuja =dva | weight=0.111
=ehm =ja | weight=0.111
=pet =dni | weight=0.111
=paket | weight=0.110
=dveh =urah | weight=0.110
=do =sobote | weight=0.109
=so =ze | weight=0.109
=cisto =mrzla | weight=0.108
=skladisce =ze | weight=0.107
=zagotovili =so | weight=0.107
=je =ni | weight=0.106, noneg
=treh | weight=0.106
=glede =odzivnega | weight=0.105
=odzivnega | weight=0.105
=odzivnega =cas | weight=0.105
=zaveza =glede | weight=0.105
=prodajalec =je | weight=0.105
=da =bo | weight=0.105
=ze =tri | weight=0.104
=uri =po | weight=0.103
=internet =se | weight=0.103
=okvaro =ni | weight=0.103, noneg
=a =veste | weight=0.102
=pozvonil | weight=0.102
=teden =na | weight=0.101
=so =z | weight=0.100
=sedmih =dni | weight=0.100
=po =osmih | weight=0.100
=sledenje =pa | weight=0.100
=vas =zaveza | weight=0.100
=popravilo | weight=0.100
=pogodbeni | weight=0.099
=brez | weight=0.099, noneg
=se =vedno | weight=0.098
=pa =ob | weight=0.098
=pride =pa | weight=0.098
=dogovorjenem | weight=0.098
=iz =servis | weight=0.098
=in =stirideset | weight=0.097
=stirideset | weight=0.097
=sele =cez | weight=0.097
=hrana =smo | weight=0.097
=prisel =je | weight=0.097
=v =enem | weight=0.096
=pride =ob | weight=0.096
=sedmih | weight=0.095
=trikrat =prestavili | weight=0.095
=narocila =se | weight=0.095
=monter =je | weight=0.095
=mi =vrne | weight=0.095
=so =zvalili | weight=0.094
=cenilec | weight=0.094
=cenilec =se | weight=0.094
=bil =gotovo | weight=0.094
=za =rojstni | weight=0.093
=popravljen =do | weight=0.093
=ostaja =brez | weight=0.092, noneg
=ja =dostava | weight=0.092
=babica =je | weight=0.092
=cakal =doma | weight=0.091
=je =zdravila | weight=0.091
=pa =ni | weight=0.091, noneg
=prikljucek | weight=0.091
=paket =zamuja | weight=0.091
=serviser =je | weight=0.090
=taksi | weight=0.090
=bil =dostavljen | weight=0.090
=napovedano =za | weight=0.089
=odgovoren | weight=0.089
=prisel =ob | weight=0.089
=montirana | weight=0.089
=jih =polovica | weight=0.088
=polovica =se | weight=0.088
=teden =jih | weight=0.088
=avta | weight=0.087
=je =placilo | weight=0.086
=pol =vsa | weight=0.086
=se =z | weight=0.086
=zamujena | weight=0.086
=ampak =pogodbe | weight=0.086
=pogodbe =imam | weight=0.086
=gotovo =do | weight=0.085
=narocila =v | weight=0.085
=se =nic | weight=0.085, noneg
=podizvajalca =in | weight=0.085
=vsa | weight=0.085
=veste | weight=0.085
=daril | weight=0.084
=daril =za | weight=0.084
=tuki | weight=0.083
=je =traja | weight=0.083
=prisel =do | weight=0.083
=se =niste | weight=0.083, noneg
=bil =brez | weight=0.082, noneg
=tehnik | weight=0.082
=izkusnja | weight=0.082
=prisel =z | weight=0.082
=prisel =s | weight=0.082
=pa =ne | weight=0.082, noneg
=ful | weight=0.082
=osmih | weight=0.082
=sledenje | weight=0.082
=skoraj =eno | weight=0.081
=z =njim | weight=0.080
=kot =led | weight=0.080
=led | weight=0.080
=celo =mesec | weight=0.080
=polovica | weight=0.080
=prestavljali | weight=0.080
=traja =ze | weight=0.080
=je =prisel | weight=0.079
=kurir =kurir | weight=0.079
=mail =pa | weight=0.079
=prispel =po | weight=0.079
=dve =uri | weight=0.079
=zapira | weight=0.079
=teden =zamudo | weight=0.079
=sem =celo | weight=0.079
=saj | weight=0.079
=cakal =pri | weight=0.079
=se =kar | weight=0.079
=ze =pet | weight=0.078
=proizvodnjo | weight=0.078
=bil =nic | weight=0.078, noneg
=dostavna | weight=0.078
=dostavna =sluzba | weight=0.078
=je =zatrdil | weight=0.078
=restavraciji | weight=0.078
=paket =ze | weight=0.078
=obticala | weight=0.078
=obticala =v | weight=0.078
=do =koncu | weight=0.077
=smo =cakal | weight=0.077
=prikazal =se | weight=0.077
=po =uri | weight=0.077
=jih | weight=0.077
=stoji =na | weight=0.077
=dostava =jutri | weight=0.077
=zdravila | weight=0.077
=montaze | weight=0.076
=res =mi | weight=0.076
=urah =hladna | weight=0.076
=prepozno =in | weight=0.076
=zdravila =ki | weight=0.076
=bil =hladna | weight=0.076
=hladna =ko | weight=0.076
=a =ni | weight=0.076, noneg
=v =sredi | weight=0.076
=ni =blo | weight=0.075, noneg
=dostava =je | weight=0.075
=mi =razliko | weight=0.075
=ceprav =je | weight=0.075
=pisem =v | weight=0.075
=pa =nihce | weight=0.074, noneg
=ne =narocila | weight=0.074, noneg
=nic =ne | weight=0.074, noneg
=imam =z | weight=0.074
=brez =kakrsnegakoli | weight=0.074, noneg
=nujno | weight=0.073
=zamudo =in | weight=0.073
=sele =popoldne | weight=0.073
=da =smo | weight=0.073
=torek =in | weight=0.073
=mi =nov | weight=0.073
=deset | weight=0.073
=po =treh | weight=0.073
=julij | weight=0.073
=monter =bi | weight=0.072
=teden =brez | weight=0.072, noneg
=so =dostava | weight=0.071
=do =poldneva | weight=0.071
=poldneva | weight=0.071
=ne =vi | weight=0.071, noneg
=tehnik =prisel | weight=0.071
=ehm | weight=0.071
=sem =ves | weight=0.070
=enem =teden | weight=0.070
=dogovorili =samo | weight=0.070
=jaz =odsoten | weight=0.070
=odsoten | weight=0.070
=ki =jih | weight=0.070
=prihodom | weight=0.069
=mi =da | weight=0.069
=dopustu | weight=0.068
=babica | weight=0.068
=ob =osmih | weight=0.068
=dni | weight=0.068
=na =zalogi | weight=0.068
=zalogi | weight=0.068
=pravi =naj | weight=0.068
=nimam =vpliva | weight=0.067
=vpliva | weight=0.067
=zdaj =pa | weight=0.067
=sem =se | weight=0.067
=dostava =ki | weight=0.067
=dobave =do | weight=0.066
=jamcili =so | weight=0.066
=nam =dobave | weight=0.066
=tezav =pri | weight=0.066
=kovcek | weight=0.066
=ni =prikazal | weight=0.066, noneg
=besede =da | weight=0.066
=mimo | weight=0.066
=napravo | weight=0.065
=pa =pravi | weight=0.065
=vas =odgovor | weight=0.065
=dobil =v | weight=0.065
=jutri =dobil | weight=0.065
=ponedeljek =dostava | weight=0.065
=jaz | weight=0.064
=ze =drugi | weight=0.064
=zdaj | weight=0.064
=vas =tehnik | weight=0.064
=se =ni | weight=0.064, noneg
=sedezna | weight=0.064
=in =sele | weight=0.064
=popravilo =telefonu | weight=0.064
=je =zamuja | weight=0.064
=dostava =do | weight=0.063
=pa =je | weight=0.063
=nobene =informacije | weight=0.063, noneg
=ponedeljek =do | weight=0.063
=odgovor =vas | weight=0.063
=obleka | weight=0.063
=pri =njih | weight=0.063
=se =oglasil | weight=0.062
=devetih | weight=0.062
=bil =da | weight=0.062
=popravilo =je | weight=0.062
=dan =je | weight=0.062
=serviserka | weight=0.061
=moral =priti | weight=0.061
=nikoder | weight=0.061
=od =nikoder | weight=0.061
=je =pisem | weight=0.060
=je =prisegel | weight=0.060
=prisegel | weight=0.060
=prisegel =da | weight=0.060
=biti =gotovo | weight=0.060
=uro | weight=0.060
=rok =dobave | weight=0.060
=obvescam =vas | weight=0.060
