# late_delivery, sl: learned by scripts/learn.py from 2314 tuning texts (141 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ rekli so da bo paket ze v ponedeljek tuki, pa ga ni blo. nikoli vec ne narocam pri vas
+ Spoštovani, 12. 2. sem pri vas naročil sedežno garnituro z dobavnim rokom 4 tedne. Po osmih tednih sem poklical in izvedel, da je 'še v proizvodnji'. Gospod na telefonu je bil vzvišen in mi je dal vedeti, da nisem edina stranka. Ko sem prosil za pogovor z vodjo, mi je rekel, da vodja s strankami ne govori. Če garniture ne dobim do konca meseca, odstopam od pogodbe in zahtevam vračilo are.
+ Naročilo zamuja že tri tedne.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=zamikom | weight=0.492
=zamudo | weight=0.350
=prepozno | weight=0.336
=dobavni =rok | weight=0.331
=zamuja | weight=0.325
=prispel | weight=0.324
=dobavni | weight=0.322
=mrzla | weight=0.291
=zakasnitvijo | weight=0.284
=zamuja =ze | weight=0.283
=ne =pride | weight=0.282, noneg
=ponedeljek | weight=0.281
=monter | weight=0.258
=bi =moral | weight=0.250
=pica | weight=0.249
=po =dogovorjenem | weight=0.244
=dostava | weight=0.242
=naroceno | weight=0.242
=ni =odposlano | weight=0.241, noneg
=hrana | weight=0.241
=prikazal | weight=0.232
=kavc | weight=0.224
=namesto | weight=0.219
=dobil =z | weight=0.218
=ni =ga | weight=0.217, noneg
=hladna | weight=0.215
=posiljka | weight=0.214
=torek | weight=0.213
=tehnik =pa | weight=0.212
=nisem =prej | weight=0.211, noneg
=pohistvo | weight=0.211
=tri =teden | weight=0.207
=sele =naslednji | weight=0.205
=do =sredi | weight=0.202
=tehnik =se | weight=0.201
=pica =je | weight=0.200
=pripeljal | weight=0.196
=vedno =manjka | weight=0.196
=vedno =ni | weight=0.189, noneg
=paket =se | weight=0.189
=na =sistem | weight=0.188
=gotovo | weight=0.188
=skladisce | weight=0.188
=sredi | weight=0.187
=v =torek | weight=0.187
=hrana =je | weight=0.186
=popoldne | weight=0.186
=naj =bi | weight=0.183
=tri =ure | weight=0.181
=pet =teden | weight=0.180
=kurir | weight=0.180
=na =hrana | weight=0.180
=dvanajsti | weight=0.179
=ni =prisel | weight=0.179, noneg
=bi =prisel | weight=0.176
=namesto =ob | weight=0.175
=pozneje | weight=0.174
=zavlekli | weight=0.173
=tedensko | weight=0.172
=treh =teden | weight=0.170
=dni =kasneje | weight=0.169
=narocila | weight=0.167
=paket =nisem | weight=0.163, noneg
=devetih =pride | weight=0.163
=dogovorjenem =termin | weight=0.161
=termin | weight=0.160
=jamcili | weight=0.157
=center | weight=0.155
=kurir =trdi | weight=0.154
=dobavitelj | weight=0.154
=naroceno =pred | weight=0.153
=smo =dobil | weight=0.149
=gotovo =v | weight=0.148
=za =dva | weight=0.147
=popravilo =so | weight=0.146
=so =nam | weight=0.145
=povzrocila | weight=0.143
=zamudo =so | weight=0.143
=v =skladisce | weight=0.142
=jaz =pa | weight=0.142
=glede =na | weight=0.141
=s =tritedensko | weight=0.141
=tritedensko | weight=0.141
=popravljen | weight=0.141
=dobave | weight=0.141
=serviser =ni | weight=0.141, noneg
=kriv =posti | weight=0.140
=maja | weight=0.139
=ob =pol | weight=0.139
=pol =dveh | weight=0.139
=se =vedno | weight=0.138
=pred =mesec | weight=0.138
=prisel | weight=0.137
=zamudo =posledica | weight=0.136
=zvalili =na | weight=0.136
=monter =se | weight=0.135
=moral =biti | weight=0.135
=bedna | weight=0.135
=kosilo =je | weight=0.134
=dan =cakal | weight=0.134
=pa =nobene | weight=0.134, noneg
=pisem =v | weight=0.133
=sele | weight=0.131
=serviser | weight=0.131
=kasneje =kot | weight=0.131
=biti | weight=0.129
=ni =bil | weight=0.129, noneg
=prisel =po | weight=0.129
=je =zamudo | weight=0.127
=je =povzrocila | weight=0.127
=zamudo =je | weight=0.127
=rok | weight=0.126
=pride | weight=0.126
=je =ob | weight=0.125
=ceprav =naj | weight=0.125
=kuhinja | weight=0.124
=za =ponedeljek | weight=0.124
=v =petek | weight=0.124
=omaro | weight=0.124
=skoraj | weight=0.123
=ni =prispel | weight=0.123, noneg
=zvalili | weight=0.122
=pa =pravi | weight=0.121
=cakal =skoraj | weight=0.120
=prisel =je | weight=0.120
=paket | weight=0.120
=in =ga | weight=0.120
=zmeraj =ne | weight=0.120, noneg
=dva =teden | weight=0.119
=posledica | weight=0.119
=ure =po | weight=0.118
=popravljen =v | weight=0.118
=sledenje =pa | weight=0.118
=teden =namesto | weight=0.117
=do =koncu | weight=0.116
=teden | weight=0.116
=sledenje | weight=0.116
=manjka | weight=0.115
=koncu =mesec | weight=0.114
=bo =telefonu | weight=0.114
=kosilo | weight=0.114
=zagotovili =so | weight=0.113
=skladisce =ze | weight=0.112
=da =trgovini | weight=0.112
=do =sobote | weight=0.112
=ob =sestih | weight=0.111
=kasneje | weight=0.111
=paket =pa | weight=0.111
=pozvonil | weight=0.111
=z =dne | weight=0.110
=rojstni | weight=0.110
=rojstni =dan | weight=0.110
=ehm =ja | weight=0.109
=glede =odzivnega | weight=0.109
=odzivnega | weight=0.109
=odzivnega =cas | weight=0.109
=zaveza =glede | weight=0.109
=iz =servis | weight=0.109
=je =zamuja | weight=0.108
=ob =deset | weight=0.108
=dostavljen | weight=0.107
=rok =so | weight=0.107
=dveh =urah | weight=0.106
=mi =vrnili | weight=0.105
=nic =ne | weight=0.104, noneg
=okvaro =ni | weight=0.104, noneg
=so =ze | weight=0.103
=pa =ob | weight=0.102
=pride =pa | weight=0.102
=a =veste | weight=0.102
=zdaj =je | weight=0.102
=po =osmih | weight=0.102
=je =ni | weight=0.102, noneg
=serviser =je | weight=0.101
=vsa | weight=0.100
=v =enem | weight=0.099
=cisto =mrzla | weight=0.099
=ja =dostava | weight=0.099
=dogovorjenem | weight=0.099
=trikrat =prestavili | weight=0.098
=tuki | weight=0.098
=sedmih =dni | weight=0.098
=vas =zaveza | weight=0.097
=avta | weight=0.096
=prisel =z | weight=0.096
=pa =ne | weight=0.096, noneg
=je =zdravila | weight=0.096
=se =z | weight=0.096
=da =bo | weight=0.095
=popravljen =do | weight=0.095
=cenilec | weight=0.095
=cenilec =se | weight=0.095
=in =stirideset | weight=0.095
=stirideset | weight=0.095
=bo =paket | weight=0.095
=paket =ze | weight=0.095
=cakal =doma | weight=0.094
=prikazal =se | weight=0.094
=vas =odgovor | weight=0.094
=sedmih | weight=0.094
=podizvajalca =in | weight=0.094
=stroj =se | weight=0.094
=sestih | weight=0.093
=pride =ob | weight=0.093
=hrana =smo | weight=0.093
=prisel =do | weight=0.093
=uri =po | weight=0.093
=so =zvalili | weight=0.093
=so =z | weight=0.092
=ne =narocila | weight=0.092, noneg
=sele =cez | weight=0.092
=bil =dostavljen | weight=0.092
=v =sredi | weight=0.092
=mi =da | weight=0.092
=pogodbeni | weight=0.091
=prisel =ob | weight=0.091
=treh | weight=0.091
=za =rojstni | weight=0.091
=narocila =se | weight=0.091
=montirana | weight=0.090
=popravilo | weight=0.090
=se =niste | weight=0.090, noneg
=internet =se | weight=0.090
=ampak =pogodbe | weight=0.089
=pogodbe =imam | weight=0.089
=prikljucek | weight=0.089
=ostala =brez | weight=0.089, noneg
=celo =mesec | weight=0.089
=taksi | weight=0.089
=deset | weight=0.089
=napovedan =za | weight=0.088
=prisel =s | weight=0.088
=osmih | weight=0.088
=monter =je | weight=0.088
=sem =ves | weight=0.087
=sem =se | weight=0.087
=prodajalec =je | weight=0.087
=kot =led | weight=0.087
=led | weight=0.087
=teden =zamudo | weight=0.086
=babica =je | weight=0.085
=naslednji =dan | weight=0.085
=zamudo =in | weight=0.085
=izkusnja | weight=0.085
=da =smo | weight=0.084
=junij | weight=0.084
=tehnik | weight=0.084
=proizvodnjo | weight=0.084
=traja =ze | weight=0.083
=brez =kakrsnegakoli | weight=0.083, noneg
=odgovoren | weight=0.083
=se =nic | weight=0.083, noneg
=ze =drugi | weight=0.083
=v =ponedeljek | weight=0.083
=pol =vsa | weight=0.083
=je =za | weight=0.083
=veste | weight=0.083
=z =njim | weight=0.082
=ful | weight=0.082
=je =petek | weight=0.082
=do =poldneva | weight=0.081
=poldneva | weight=0.081
=ampak | weight=0.081
=bil =gotovo | weight=0.081
=obticala | weight=0.081
=obticala =v | weight=0.081
=daril | weight=0.081
=daril =za | weight=0.081
=jaz =odsoten | weight=0.080
=odsoten | weight=0.080
=sem =celo | weight=0.080
=je =placilo | weight=0.080
=je =traja | weight=0.080
=pa =nihce | weight=0.080, noneg
=bil =nic | weight=0.080, noneg
=kurir =kurir | weight=0.080
=zapira | weight=0.080
=montaze | weight=0.079
=pripravite | weight=0.079
=gotovo =do | weight=0.079
=jih =polovica | weight=0.078
=polovica =se | weight=0.078
=teden =jih | weight=0.078
=prestavljali | weight=0.078
=restavraciji | weight=0.078
=po =treh | weight=0.078
=skoraj =eno | weight=0.078
=bil =hladna | weight=0.077
=hladna =ko | weight=0.077
=zdravila | weight=0.077
=narocila =v | weight=0.077
=a =ni | weight=0.077, noneg
=se =kar | weight=0.077
=je =zatrdil | weight=0.076
=res =mi | weight=0.075
=se =ni | weight=0.075, noneg
=je =prisel | weight=0.075
=imam =z | weight=0.075
=so =dostava | weight=0.075
=sedezna | weight=0.075
=enem =teden | weight=0.074
=ze =pet | weight=0.074
=nujno | weight=0.074
=ceprav =je | weight=0.074
=po =uri | weight=0.073
=dostava =je | weight=0.073
=pa =trdi | weight=0.073
=mail =pa | weight=0.073
=monter =bi | weight=0.072
=torek =in | weight=0.072
=mi =nov | weight=0.072
=traja | weight=0.072
=biti =gotovo | weight=0.072
=center =pa | weight=0.072
=dan =je | weight=0.071
=petek | weight=0.071
=je =prisegel | weight=0.071
=prisegel | weight=0.071
=prisegel =da | weight=0.071
=zdravila =ki | weight=0.071
=na =zalogi | weight=0.071
=zalogi | weight=0.071
=urah =hladna | weight=0.071
=zdaj =pa | weight=0.070
=dostava =do | weight=0.070
=babica | weight=0.070
=tehnik =prisel | weight=0.070
=ne =vi | weight=0.069, noneg
=dostava =ki | weight=0.069
=polovica | weight=0.069
=bil =jaz | weight=0.069
=je =pisem | weight=0.068
=odgovor =pa | weight=0.068
=vedno =na | weight=0.068
=obleka | weight=0.067
=popravilo =telefonu | weight=0.067
=dve =uri | weight=0.067
=zdaj | weight=0.067
=moral =priti | weight=0.067
=potrebujem | weight=0.067
=in =sele | weight=0.066
=mimo | weight=0.066
=ehm | weight=0.066
=pet =dni | weight=0.066
=ki =jih | weight=0.066
=tezav =pri | weight=0.066
=dostava =jutri | weight=0.065
=dni =po | weight=0.065
=servis =so | weight=0.065
=nimam =vpliva | weight=0.064
=vpliva | weight=0.064
=julij | weight=0.064
=cetrtek | weight=0.064
=serviser =naj | weight=0.064
=drugi =agent | weight=0.063
=serviserka | weight=0.063
=sele =popoldne | weight=0.063
=napravo | weight=0.063
=jih | weight=0.063
=smo =cakal | weight=0.063
=ob =osmih | weight=0.063
=dostavna | weight=0.063
=dostavna =sluzba | weight=0.063
=dogovorili =samo | weight=0.062
=dve | weight=0.062
=vas =tehnik | weight=0.062
=da =vi | weight=0.062
=deset =dni | weight=0.062
=nobene =informacije | weight=0.061, noneg
=besede =da | weight=0.061
=potem =drugi | weight=0.061
=ves =dan | weight=0.061
=ze =tri | weight=0.061
=tezav =s | weight=0.061
=bil =dogovorjenem | weight=0.061
=vec =ne | weight=0.060, noneg
=pravi =naj | weight=0.060
=ga =se | weight=0.060
=obvescam =vas | weight=0.060
=vas =da | weight=0.060
=prispel =po | weight=0.060
=in =pol | weight=0.060
=v =restavraciji | weight=0.060
=cakal =pri | weight=0.060
=kaze =isto | weight=0.059
=dostavljavec =je | weight=0.059
=tekst =brez | weight=0.059, noneg
=dobil =v | weight=0.059
=jutri =dobil | weight=0.059
=ponedeljek =dostava | weight=0.059
=natakar =pa | weight=0.059
=se =oglasil | weight=0.059
=na =mail | weight=0.059
=rok =dobave | weight=0.059
=enem | weight=0.058
=ni =prikazal | weight=0.058, noneg
=dobave =do | weight=0.058
=jamcili =so | weight=0.058
=nam =dobave | weight=0.058
=dan =se | weight=0.057
