# late_delivery, sl: learned by scripts/learn.py from 2816 tuning texts (180 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Dostava hrane: 75 minut namesto 30.
+ Naročilo št. 48213 bi moralo biti dostavljeno v treh delovnih dneh, danes je deveti dan. Nobene informacije.
+ Spoštovani, 12. 2. sem pri vas naročil sedežno garnituro z dobavnim rokom 4 tedne. Po osmih tednih sem poklical in izvedel, da je 'še v proizvodnji'. Gospod na telefonu je bil vzvišen in mi je dal vedeti, da nisem edina stranka. Ko sem prosil za pogovor z vodjo, mi je rekel, da vodja s strankami ne govori. Če garniture ne dobim do konca meseca, odstopam od pogodbe in zahtevam vračilo are.
- Ovadili vas bomo.
- nihce mi ni odpisal
=zamikom | weight=0.440
=monter | weight=0.402
=ne =v | weight=0.384, noneg
=nisem =prej | weight=0.375, noneg
=zamudo | weight=0.363
=zamuja | weight=0.349
=posiljka | weight=0.332
=prepozno | weight=0.332
=dostava | weight=0.327
=zamuja =ze | weight=0.319
=kuhinja | weight=0.319
=ni =od | weight=0.296, noneg
=dobavni =rok | weight=0.296
=mrzla | weight=0.293
=hrana | weight=0.291
=dobavni | weight=0.287
=prispel | weight=0.282
=ne =pride | weight=0.282, noneg
=kavc | weight=0.277
=pica | weight=0.265
=zakasnitvijo | weight=0.259
=bi =moral | weight=0.250
=ni =prisel | weight=0.249, noneg
=tri =teden | weight=0.249
=paket =se | weight=0.247
=bil =koncu | weight=0.244
=zamujena | weight=0.243
=namesto | weight=0.239
=naj =bi | weight=0.234
=vedno =manjka | weight=0.229
=po =dogovorjenem | weight=0.229
=ni =ga | weight=0.227, noneg
=hladna | weight=0.226
=naroceno | weight=0.225
=ponedeljek | weight=0.222
=pica =je | weight=0.221
=ni =odposlano | weight=0.220, noneg
=kosilo | weight=0.215
=prikazal | weight=0.213
=omaro | weight=0.209
=narocila | weight=0.208
=vedno =nisem | weight=0.206, noneg
=narocila =se | weight=0.206
=mi =dostava | weight=0.204
=bi =prisel | weight=0.204
=tehnik =pa | weight=0.202
=hrana =je | weight=0.201
=zamujena =posiljka | weight=0.200
=ni =pojavil | weight=0.200, noneg
=pripeljali | weight=0.198
=dobil =z | weight=0.198
=torek | weight=0.196
=obleka | weight=0.195
=tehnik =se | weight=0.194
=do =sredo | weight=0.192
=tri =ure | weight=0.191
=popoldne | weight=0.189
=sele =naslednji | weight=0.188
=monter =pa | weight=0.184
=ni =blo | weight=0.182, noneg
=se =nisem | weight=0.181, noneg
=zdaj =je | weight=0.180
=sledenje =pa | weight=0.179
=sredo | weight=0.178
=pa =ni | weight=0.178, noneg
=dostavljen | weight=0.177
=termin | weight=0.175
=pohistvo | weight=0.175
=datum =dostava | weight=0.173
=torek =ne | weight=0.172, noneg
=rok | weight=0.172
=na =sistem | weight=0.172
=gotovo | weight=0.172
=je =zamudo | weight=0.172
=vedno =ni | weight=0.172, noneg
=tedensko | weight=0.171
=popravljen | weight=0.171
=sestih | weight=0.171
=serviser | weight=0.170
=dvanajsti | weight=0.169
=potoval | weight=0.168
=pozneje | weight=0.168
=poroki | weight=0.168
=devetih =pride | weight=0.167
=paket =pa | weight=0.167
=zavlekli | weight=0.167
=skladisce | weight=0.165
=smo =dobil | weight=0.165
=internet =se | weight=0.163
=se =ni | weight=0.163, noneg
=so =nam | weight=0.162
=posti =posti | weight=0.162
=naroceno =pred | weight=0.162
=jamcili | weight=0.162
=na =hrana | weight=0.160
=prisel =po | weight=0.159
=za =ponedeljek | weight=0.159
=jaz =pa | weight=0.159
=dni =kasneje | weight=0.159
=je =placilo | weight=0.158
=bil =ne | weight=0.157, noneg
=kurir | weight=0.156
=namesto =ob | weight=0.155
=pet =teden | weight=0.153
=prisel =je | weight=0.151
=paket =nisem | weight=0.150, noneg
=v =torek | weight=0.149
=popravilo =so | weight=0.148
=za =dva | weight=0.147
=bo =paket | weight=0.147
=dobave | weight=0.146
=zamudo =so | weight=0.146
=dogovorjenem =termin | weight=0.145
=rojstni | weight=0.144
=rojstni =dan | weight=0.144
=ob =pol | weight=0.144
=na =mizi | weight=0.144
=treh =teden | weight=0.144
=gotovo =v | weight=0.143
=koncu =mesec | weight=0.141
=zamudo =posledica | weight=0.140
=sem =ves | weight=0.139
=povzrocila | weight=0.137
=pa =kaze | weight=0.137
=stoji | weight=0.137
=kurir =trdi | weight=0.137
=mizi | weight=0.136
=nisem =dobil | weight=0.136, noneg
=darilo =za | weight=0.135
=serviser =se | weight=0.135
=kriv =posti | weight=0.133
=mi =prestavili | weight=0.133
=v =skladisce | weight=0.133
=moral =biti | weight=0.133
=serviser =ni | weight=0.133, noneg
=manjka | weight=0.131
=kasneje =kot | weight=0.129
=ceprav =naj | weight=0.128
=za =rojstni | weight=0.128
=cakal =skoraj | weight=0.128
=pozvonil | weight=0.127
=ni =prispel | weight=0.127, noneg
=glede =na | weight=0.127
=s =tritedensko | weight=0.127
=tritedensko | weight=0.127
=se =vedno | weight=0.126
=odgovor =pa | weight=0.125
=je =povzrocila | weight=0.125
=zamudo =je | weight=0.125
=pa =nobene | weight=0.125, noneg
=bedna | weight=0.125
=biti | weight=0.124
=dni =na | weight=0.124
=rok =je | weight=0.124
=teden =namesto | weight=0.124
=naslednji =dan | weight=0.123
=dvakrat =odgovor | weight=0.123
=pred =mesec | weight=0.123
=v =petek | weight=0.122
=zvalili =na | weight=0.122
=posledica | weight=0.121
=bo =telefonu | weight=0.121
=sledenje | weight=0.121
=ure =po | weight=0.120
=dobavitelj | weight=0.119
=pet =dni | weight=0.119
=dostava =kavc | weight=0.118
=uri =po | weight=0.117
=dan =cakal | weight=0.117
=paket | weight=0.117
=skoraj | weight=0.116
=ehm =ja | weight=0.116
=nikoder | weight=0.116
=od =nikoder | weight=0.116
=ni =ze | weight=0.116, noneg
=hudica | weight=0.115
=darilo | weight=0.113
=popravljen =v | weight=0.112
=napovedano =za | weight=0.112
=zvalili | weight=0.111
=in =ga | weight=0.111
=z =dne | weight=0.111
=ves =dan | weight=0.111
=ceprav =je | weight=0.111
=a =veste | weight=0.110
=zaradi =zamudo | weight=0.109
=kasneje | weight=0.108
=kosilo =je | weight=0.108
=monter =se | weight=0.108
=prestavili | weight=0.108
=ni =res | weight=0.108, noneg
=ob =sestih | weight=0.108
=dva =teden | weight=0.108
=pol =dveh | weight=0.107
=so =z | weight=0.107
=so =zvalili | weight=0.107
=vzel =dopustu | weight=0.107
=potem =drugi | weight=0.106
=krompircek | weight=0.106
=dveh =urah | weight=0.106
=kaze =da | weight=0.105
=cisto =mrzla | weight=0.105
=skladisce =ze | weight=0.105
=je =za | weight=0.105
=sedmih =dni | weight=0.105
=dopustu | weight=0.105
=iz =servis | weight=0.105
=glede =odzivnega | weight=0.105
=odzivnega | weight=0.105
=odzivnega =cas | weight=0.105
=zaveza =glede | weight=0.105
=dni =po | weight=0.104
=dostava =hrana | weight=0.104
=cenilec | weight=0.104
=cenilec =se | weight=0.104
=sem =vzel | weight=0.103
=mi =vrne | weight=0.103
=dve =uri | weight=0.102
=deset =dni | weight=0.102
=okvaro =ni | weight=0.101, noneg
=popravilo | weight=0.101
=centru | weight=0.101
=zmeraj =ne | weight=0.101, noneg
=prikljucek | weight=0.101
=popravljen =do | weight=0.101
=je =ni | weight=0.101, noneg
=je =ob | weight=0.100
=sedmih | weight=0.100
=vas =zaveza | weight=0.100
=ponedeljek =ne | weight=0.099, noneg
=ze =tri | weight=0.099
=pa =od | weight=0.098
=ampak =pogodbe | weight=0.098
=pogodbe =imam | weight=0.098
=sele | weight=0.098
=da =trgovini | weight=0.098
=po =osmih | weight=0.097
=podizvajalca =in | weight=0.097
=prisel =z | weight=0.097
=kot =led | weight=0.097
=led | weight=0.097
=datum | weight=0.095
=prisel | weight=0.095
=enotedensko | weight=0.094
=z =enotedensko | weight=0.094
=rok =so | weight=0.094
=v =sredo | weight=0.094
=teden | weight=0.094
=bil =ob | weight=0.094
=h =na | weight=0.094
=zagotovili =so | weight=0.094
=tehnik | weight=0.094
=ni =bil | weight=0.093, noneg
=prestavljali | weight=0.093
=popravilo =naj | weight=0.093
=vzel | weight=0.093
=ostaja =brez | weight=0.092, noneg
=prisel =do | weight=0.092
=je =traja | weight=0.092
=babica =je | weight=0.092
=pride | weight=0.092
=rok =dostava | weight=0.091
=so =ze | weight=0.091
=minut =namesto | weight=0.091
=treh | weight=0.091
=je =zdravila | weight=0.090
=in =stirideset | weight=0.090
=stirideset | weight=0.090
=zato =prosim | weight=0.089
=jih =polovica | weight=0.089
=polovica =se | weight=0.089
=teden =jih | weight=0.089
=po =zabavi | weight=0.089
=na =pogodbeni | weight=0.089
=v =enem | weight=0.089
=paket =zamuja | weight=0.089
=se =nic | weight=0.089, noneg
=pa =ze | weight=0.088
=izkusnja | weight=0.088
=se =kar | weight=0.088
=celo =mesec | weight=0.088
=paket =ni | weight=0.087, noneg
=avta | weight=0.087
=zamuja =dva | weight=0.087
=sele =popoldne | weight=0.086
=taksi | weight=0.086
=cakal =doma | weight=0.086
=inspekciji | weight=0.086
=dostavna | weight=0.086
=dostavna =sluzba | weight=0.086
=je =petek | weight=0.086
=prodajalec =je | weight=0.086
=teden =zamudo | weight=0.085
=maja | weight=0.084
=ful | weight=0.084
=do =soboto | weight=0.084
=me =nadrl | weight=0.084
=hrana =smo | weight=0.084
=januarja | weight=0.084
=pogodbeni | weight=0.084
=pa =nihce | weight=0.083, noneg
=prisel =ob | weight=0.083
=brez =kakrsnegakoli | weight=0.083, noneg
=tuki | weight=0.083
=osmih | weight=0.083
=sem =se | weight=0.083
=pa =ob | weight=0.082
=pride =pa | weight=0.082
=zastonj | weight=0.082
=ja =dostava | weight=0.082
=zdravila =ki | weight=0.082
=dan | weight=0.081
=veste | weight=0.081
=ze =trikrat | weight=0.081
=pa =ne | weight=0.081, noneg
=da =bo | weight=0.080
=dogovorjenem | weight=0.080
=zdravila | weight=0.080
=se =z | weight=0.079
=prisel =s | weight=0.079
=serviser =je | weight=0.078
=zdaj =pa | weight=0.078
=kurir =pa | weight=0.078
=polovica | weight=0.078
=imam =z | weight=0.078
=paket =ze | weight=0.078
=pri =dostava | weight=0.078
=smo =cakal | weight=0.077
=babica | weight=0.077
=do =poldneva | weight=0.077
=poldneva | weight=0.077
=mail =pa | weight=0.076
=dostava =jutri | weight=0.076
=trikrat =prestavili | weight=0.076
=teden =na | weight=0.076
=enem =teden | weight=0.076
=besede =da | weight=0.075
=narocila =v | weight=0.075
=sele =cez | weight=0.075
=se =niste | weight=0.075, noneg
=stroj =se | weight=0.075
=monter =bi | weight=0.075
=jaz | weight=0.074
=pa =trdi | weight=0.074
=zabavi | weight=0.074
=so =dostava | weight=0.074
=zamudo =in | weight=0.074
=ne =vi | weight=0.074, noneg
=prikazal =se | weight=0.073
=ne =narocila | weight=0.073, noneg
=prijavil =sem | weight=0.073
=mi =da | weight=0.072
=a =ni | weight=0.072, noneg
=in =niti | weight=0.072
=serviserka | weight=0.072
=priti =med | weight=0.072
=ob =deset | weight=0.072
=skoraj =eno | weight=0.072
=nujno | weight=0.072
=sem =celo | weight=0.071
=zapira | weight=0.070
=pol =vsa | weight=0.070
=vsa | weight=0.070
=je =mesec | weight=0.070
=ur | weight=0.070
=popravilo =telefonu | weight=0.070
=dobave =do | weight=0.070
=jamcili =so | weight=0.070
=nam =dobave | weight=0.070
=je =zatrdil | weight=0.070
=obticala | weight=0.070
=obticala =v | weight=0.070
=res =mi | weight=0.070
=bil =gotovo | weight=0.069
=dostava =zamuja | weight=0.069
=poslal =ze | weight=0.069
=monter =ni | weight=0.069, noneg
=mesec =dni | weight=0.069
=nisem =prisel | weight=0.069, noneg
=gneca | weight=0.069
=moral =priti | weight=0.068
=odgovoren | weight=0.068
=sedezna | weight=0.068
=tezava =pri | weight=0.068
=urah =hladna | weight=0.068
=kurir =kurir | weight=0.068
=jih | weight=0.068
=na =zalogi | weight=0.067
=zalogi | weight=0.067
=bil =dostavljen | weight=0.067
=pa =je | weight=0.067
=ki =jih | weight=0.067
=prispel =po | weight=0.066
=servis =so | weight=0.066
=se =oglasil | weight=0.066
=bil =hladna | weight=0.065
=hladna =ko | weight=0.065
=je =prisegel | weight=0.065
=prisegel | weight=0.065
=prisegel =da | weight=0.065
