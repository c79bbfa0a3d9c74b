# unresolved, sl: learned by scripts/learn.py from 2816 tuning texts (212 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ tretjic me preklapljate, vsak mi da drugo informacijo
+ ze 3 dni nimam signala, na chatu pa mi vsakic pisejo naj restartam telefon. sem ga ze 20x!!
+ Mesec dni se vlečem z vami zaradi ene same napake na računu in še vedno nisem prišel nikamor.
- Ovadili vas bomo.
- nihce mi ni odpisal
=se =vedno | weight=0.407
=ni =odpravljena | weight=0.404, noneg
=signala | weight=0.391
=se =zmeraj | weight=0.359
=tretjic | weight=0.357
=se =naprej | weight=0.345
=tocke | weight=0.338
=ne =premakne | weight=0.336, noneg
=rezultat | weight=0.335
=tezava =ni | weight=0.330, noneg
=zmeraj | weight=0.330
=vedno =ne | weight=0.321, noneg
=kot =prej | weight=0.321
=se =kar | weight=0.315
=kljub | weight=0.313
=x | weight=0.307
=pa =nobene | weight=0.291, noneg
=nic =resena | weight=0.279, noneg
=reklamacijo =se | weight=0.273
=posiljam =ze | weight=0.272
=trikrat =so | weight=0.268
=ne =res | weight=0.265, noneg
=vsak =dan | weight=0.260
=brez =internet | weight=0.252, noneg
=nisem =popravilo | weight=0.251, noneg
=in =nic | weight=0.251, noneg
=ze =tri | weight=0.248
=ni =res | weight=0.244, noneg
=do =dan | weight=0.242
=primer =se | weight=0.234
=dveh =mesec | weight=0.232
=zaradi =isto | weight=0.232
=po =dveh | weight=0.230
=ze =cetrt | weight=0.230
=prijavil =sem | weight=0.230
=stanje | weight=0.228
=isto =okvaro | weight=0.227
=napaka =se | weight=0.226
=ni =resena | weight=0.223, noneg
=mehanik | weight=0.222
=na =stevca | weight=0.221
=nihce =nic | weight=0.219, noneg
=razlicnim =ljudje | weight=0.216
=nakazilo | weight=0.212
=se =vlece | weight=0.212
=vlece | weight=0.212
=nikdar | weight=0.212, noneg
=po =stirih | weight=0.211
=nobeden | weight=0.209, noneg
=odprta =ze | weight=0.209
=celo =teden | weight=0.209
=zaracunavate | weight=0.207
=nisem =zamenjati | weight=0.207, noneg
=placilo =pa | weight=0.207
=isto =rezultat | weight=0.207
=kotel | weight=0.204
=obiskih | weight=0.204
=sem =pisem | weight=0.202
=zaman | weight=0.200
=vsak =vecer | weight=0.200
=stvar | weight=0.199
=stroj =spet | weight=0.198
=pusca | weight=0.198
=zdaj =nisem | weight=0.196, noneg
=bil =nikoli | weight=0.194, noneg
=po =pet | weight=0.193
=brez =resitev | weight=0.192, noneg
=ostaja | weight=0.191
=internet =ne | weight=0.191, noneg
=zaklenjen | weight=0.190
=zaklenjen =ze | weight=0.190
=dan =mi | weight=0.189
=izpada | weight=0.188
=tezava =se | weight=0.187
=jos | weight=0.184
=jos =uvijek | weight=0.184
=ne =rad | weight=0.184, noneg
=telefonu =jos | weight=0.184
=uvijek | weight=0.184
=uvijek =ne | weight=0.184, noneg
=dni =se | weight=0.184
=je =isto | weight=0.182
=po =treh | weight=0.182
=pisem =ze | weight=0.182
=pa =ne | weight=0.181, noneg
=kupil =nic | weight=0.181, noneg
=nic | weight=0.180, noneg
=res =nicesar | weight=0.180, noneg
=resitev =ni | weight=0.180, noneg
=vas =resitev | weight=0.180
=isto =napaka | weight=0.180
=tv | weight=0.179
=popravilo | weight=0.177
=vecer | weight=0.175
=popravilo =pa | weight=0.175
=klical =ze | weight=0.172
=okvaro =je | weight=0.171
=tehnik =pa | weight=0.170
=teden =poskusili | weight=0.169
=teden =brez | weight=0.169, noneg
=signala =pa | weight=0.168
=stevca | weight=0.167
=ni =zakljucena | weight=0.167, noneg
=tretji | weight=0.166
=ze =petkrat | weight=0.166
=router | weight=0.165
=pisem =in | weight=0.165
=spet =pojavil | weight=0.164
=prevezav | weight=0.164
=tezava | weight=0.163
=klical | weight=0.163
=marca | weight=0.161
=poskusili =uredil | weight=0.160
=se =nic | weight=0.159, noneg
=ne =deluje | weight=0.159, noneg
=vam =pisem | weight=0.159
=problem | weight=0.159
=trije | weight=0.158
=ze =stirikrat | weight=0.158
=banki =moja | weight=0.157
=nihce =uredil | weight=0.157, noneg
=ne =dela | weight=0.157, noneg
=napaka | weight=0.156
=ze =en | weight=0.155
=napaka =in | weight=0.155
=popravilo =kotel | weight=0.154
=racun =je | weight=0.154
=pa =ni | weight=0.154, noneg
=enak | weight=0.154
=ze =marca | weight=0.153
=ni =nic | weight=0.153, noneg
=ni =nobene | weight=0.152, noneg
=trikrat | weight=0.152
=obstaja =se | weight=0.151
=tezava =obstaja | weight=0.151
=internet | weight=0.151
=tretjic =pisem | weight=0.150
=sem =vam | weight=0.150
=crkuje | weight=0.149
=crkuje =vsak | weight=0.149
=okvaro | weight=0.149
=odpovedal | weight=0.149
=pocasen | weight=0.148
=mail =se | weight=0.148
=reklamacijo =je | weight=0.148
=nas =poklical | weight=0.147
=petkrat | weight=0.147
=trikrat =sem | weight=0.147
=drugi =dela | weight=0.145
=opisujem | weight=0.144
=opisujem =isto | weight=0.144
=pa =ostaja | weight=0.144
=stirikrat =so | weight=0.144
=narocila =se | weight=0.144
=nalog | weight=0.143
=cenilec | weight=0.143
=cenilec =se | weight=0.143
=okvaro =ni | weight=0.143, noneg
=sem =trikrat | weight=0.142
=da =nas | weight=0.142
=obstaja | weight=0.142
=pa =nic | weight=0.141, noneg
=brez =pojasnila | weight=0.141, noneg
=ugibal | weight=0.141
=cetrt | weight=0.141
=pojavil | weight=0.140
=je =ponovil | weight=0.140
=ponovil =ze | weight=0.140
=mail =sem | weight=0.140
=je =nakazilo | weight=0.139
=puta | weight=0.139
=stanje =pa | weight=0.139
=traja =se | weight=0.139
=se =dan | weight=0.138
=ni =urejeno | weight=0.137, noneg
=zadevo =ni | weight=0.137, noneg
=en =teden | weight=0.137
=posegu | weight=0.136
=klical =sem | weight=0.136
=vsi =moja | weight=0.135
=zopet | weight=0.135
=dela =vzroka | weight=0.135
=vzroka | weight=0.135
=zaprla | weight=0.134
=drugi =informacije | weight=0.134
=stoji | weight=0.134
=nespremenjeno | weight=0.133
=je =dan | weight=0.133
=moja =klical | weight=0.132
=primer | weight=0.131
=preklapljali | weight=0.131
=vsak =mi | weight=0.130
=spet =ne | weight=0.130, noneg
=napaka =traja | weight=0.129
=gospod =se | weight=0.129
=preplacujem | weight=0.129
=zmeraj =preplacujem | weight=0.129
=ni =na | weight=0.129, noneg
=problem =ni | weight=0.129, noneg
=vsakic =so | weight=0.128
=nisem =niti | weight=0.128, noneg
=ko =da | weight=0.127
=dan =ni | weight=0.127, noneg
=urejeno =pa | weight=0.127
=racun =imam | weight=0.126
=sredstev =pa | weight=0.126
=odgovor =nisem | weight=0.125, noneg
=serviser =sta | weight=0.125
=krat | weight=0.125
=ni =bil | weight=0.125, noneg
=da =drugi | weight=0.125
=sem =tam | weight=0.125
=ves =teden | weight=0.124
=nam =rekli | weight=0.124
=banki =pa | weight=0.124
=jo =se | weight=0.124
=tretji =reklamacijo | weight=0.124
=prvem =prijavil | weight=0.123
=januarja | weight=0.123
=med =seboj | weight=0.123
=pod =med | weight=0.123
=si =pod | weight=0.123
=zogico =si | weight=0.123
=kolk | weight=0.123
=vas =bom | weight=0.123
=vedno =nisem | weight=0.122, noneg
=bil =serviser | weight=0.122
=naprej | weight=0.121
=kaj =storiti | weight=0.121
=vedno =napacen | weight=0.121
=posiljam | weight=0.121
=pisem =glede | weight=0.121
=poskusili | weight=0.120
=moja =banki | weight=0.120
=te | weight=0.120
=bremenili | weight=0.120
=ze =tretji | weight=0.119
=po =vas | weight=0.118
=napacen =znesek | weight=0.118
=saj | weight=0.118
=sredstev | weight=0.118
=storiti | weight=0.116
=stvar =pa | weight=0.116
=vedno =zaracunavate | weight=0.116
=treh =teden | weight=0.115
=mi =nisem | weight=0.115, noneg
=klical =pa | weight=0.115
=po =popravilo | weight=0.114
=mrzla | weight=0.113
=hladilnik | weight=0.113
=je =urejeno | weight=0.113
=ze =naslednji | weight=0.113
=koncu =so | weight=0.113
=to =stvar | weight=0.112
=je =se | weight=0.112
=kupil | weight=0.112
=ni =pomagal | weight=0.111, noneg
=ze | weight=0.111
=dni =cakal | weight=0.110
=ni =zazvonil | weight=0.110, noneg
=okencu =do | weight=0.109
=stroj | weight=0.108
=isto =stroj | weight=0.108
=bil =v | weight=0.107
=uredil | weight=0.107
=tv =se | weight=0.107
=agent =razlagal | weight=0.107
=je =odprta | weight=0.106
=ni =nihce | weight=0.106, noneg
=od =januarja | weight=0.106
=od =enega | weight=0.105
=neresena | weight=0.105
=ostaja =neresena | weight=0.105
=ze =trikrat | weight=0.105
=do =drugi | weight=0.105
=ali =si | weight=0.105
=ze =ves | weight=0.104
=vam =in | weight=0.104
=tretji =mesec | weight=0.104
=sem =celo | weight=0.104
=nicesar | weight=0.103, noneg
=zahtevek | weight=0.102
=kolk =krat | weight=0.101
=krat =vam | weight=0.101
=moral =se | weight=0.101
=se =pisem | weight=0.101
=vam =moral | weight=0.101
=podpisal | weight=0.101
=zdaj =pa | weight=0.101
=okvaro =nov | weight=0.101
=pet =klical | weight=0.101
=napaka =na | weight=0.100
=cetrtic | weight=0.100
=signala =se | weight=0.100
=vi =sploh | weight=0.100
=da =nam | weight=0.100
=nic =ne | weight=0.100, noneg
=se =nisem | weight=0.099, noneg
=na =zacetka | weight=0.099
=mi =internet | weight=0.099
=zogico | weight=0.099
=pisem =sem | weight=0.099
=poletja | weight=0.099
=ze =od | weight=0.098
=spet =crkuje | weight=0.098
=razliko =med | weight=0.097
=nic =se | weight=0.097, noneg
=oddal =v | weight=0.097
=vas =popravilo | weight=0.097
=pisem | weight=0.097
=je =ostaja | weight=0.095
=mesec | weight=0.095
=nimam =signala | weight=0.095
=mehanik =je | weight=0.095
=vedno =ropota | weight=0.095
=router =se | weight=0.094
=dvakrat | weight=0.094
=teden =nihce | weight=0.094, noneg
=da =vas | weight=0.094
=sporocilo =prek | weight=0.093
=steno | weight=0.093
=glede =racun | weight=0.093
=po =vseh | weight=0.093
=tam =kjer | weight=0.093
=petic =opisujem | weight=0.093
=dan =je | weight=0.093
=internet =se | weight=0.093
=zapisano | weight=0.093
=ne =greje | weight=0.092, noneg
=nic =nazaj | weight=0.092, noneg
=pritozbo =zaradi | weight=0.092
=resitev | weight=0.092
=teden =cakal | weight=0.091
=telefonu =ni | weight=0.091, noneg
=ropota | weight=0.091
=mi =jo | weight=0.091
=ogrevanjem | weight=0.091
=vsakic =drugi | weight=0.090
=nobeden =ni | weight=0.090, noneg
=dvakrat =so | weight=0.090
=vas =banki | weight=0.090
=serviser | weight=0.090
=spet | weight=0.090
=pisem =da | weight=0.089
=priklop | weight=0.089
=odpravljena | weight=0.089
=ostaja =isto | weight=0.088
=stroj =se | weight=0.087
=informacije | weight=0.087
=cakal =na | weight=0.087
=teden =in | weight=0.087
=marca =in | weight=0.087
=vlece =od | weight=0.087
=tri =ure | weight=0.087
=blokirana | weight=0.086
=ustavi | weight=0.086
=rezultat =nic | weight=0.086, noneg
=kljub =tremi | weight=0.086
=tremi =obiskih | weight=0.086
=poklical =vas | weight=0.086
=kljub =tem | weight=0.086
=moja =primer | weight=0.086
=servis | weight=0.086
=stirikrat | weight=0.086
=in =problem | weight=0.085
=puta =in | weight=0.085
=vec =puta | weight=0.085
=tem =da | weight=0.085
=x =sem | weight=0.085
=meni =operater | weight=0.085
=stirih =klical | weight=0.083
=brez | weight=0.083, noneg
=isto | weight=0.083
=nedogled | weight=0.083
=v =nedogled | weight=0.083
=petkrat =sem | weight=0.083
=pride =jutri | weight=0.083
=vsakic | weight=0.082
=desetic | weight=0.082
=enoti =so | weight=0.082
=bil =na | weight=0.082
=od =poletja | weight=0.081
=ekran | weight=0.081
=problem =je | weight=0.081
=tezava =z | weight=0.081
=zadevo =ostaja | weight=0.080
=sem =jim | weight=0.080
=je =pralni | weight=0.080
=nic =spremeniti | weight=0.080, noneg
=teh | weight=0.080
=teh =klical | weight=0.080
=vseh =teh | weight=0.080
=se =zdaj | weight=0.080
=se =niste | weight=0.079, noneg
=nisem =dobil | weight=0.079, noneg
=serviser =pa | weight=0.079
=prek =obrazec | weight=0.079
=povezavo =se | weight=0.079
=mi =da | weight=0.079
=ne =recem | weight=0.079, noneg
