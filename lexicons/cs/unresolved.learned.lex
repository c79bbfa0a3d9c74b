# unresolved, cs: learned by scripts/learn.py from 3948 tuning texts (364 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ takze shrnuto, 3 hovory, 2 maily, 0 vysledku. gratuluju
+ nefunguje to ani po vasem opraveni, jsem tam kde jsem byl
+ Jsme e-shop a váš kurýrní portál nám už měsíc špatně tiskne štítky. Podpora nám stále opakuje, že problém je v našem prohlížeči, přestože jsme zkoušeli tři různé.
- ok dekuju
- super, doporucuju
=ani =po | weight=0.729, noneg
=potreti | weight=0.403
=problem =trva | weight=0.376
=stale | weight=0.376
=nikdo =s | weight=0.370, noneg
=x | weight=0.367
=treti | weight=0.362
=neni =schopna | weight=0.351, noneg
=tiket | weight=0.350
=volal =uz | weight=0.342
=poctvrte | weight=0.342
=porad =nejde | weight=0.339
=pretrvava | weight=0.333
=jiz | weight=0.330
=mam =porad | weight=0.327
=mi =vratit | weight=0.317
=tahne | weight=0.314
=nic =se | weight=0.314, noneg
=i =po | weight=0.307
=tam =kde | weight=0.303
=tece | weight=0.300
=nekolikrat | weight=0.292
=trikrat | weight=0.291
=ctyrikrat | weight=0.281
=nefunguje | weight=0.279
=neopraveny | weight=0.277
=vysledek | weight=0.277
=zavada | weight=0.271
=uz =po | weight=0.265
=bez =vyrizeni | weight=0.264, noneg
=odesla =bez | weight=0.264, noneg
=opet | weight=0.264
=nic =vyreseno | weight=0.263, noneg
=volal =zase | weight=0.257
=nemam =pristup | weight=0.255, noneg
=zustava | weight=0.255
=je =stale | weight=0.255
=nefunkcni | weight=0.255
=lezi | weight=0.255
=uz =ctvrt | weight=0.255
=uz =ctyrikrat | weight=0.251
=to =porad | weight=0.251
=dvakrat | weight=0.249
=porad =spatne | weight=0.242
=se =zase | weight=0.242
=vratit =neopraveny | weight=0.241
=zase =nic | weight=0.241, noneg
=porad | weight=0.240
=visi =uz | weight=0.239
=petkrat | weight=0.238
=nikdo =to | weight=0.230, noneg
=nepohnulo | weight=0.230
=zavolam =zitra | weight=0.230
=porad =neni | weight=0.230, noneg
=resit =to | weight=0.229
=a =furt | weight=0.227
=porad =to | weight=0.225
=netopi | weight=0.225
=opravena | weight=0.224
=mi =nejde | weight=0.224
=zadna =vysledek | weight=0.224, noneg
=a =nic | weight=0.223, noneg
=tyden =nemam | weight=0.222, noneg
=ticket | weight=0.222
=ani =v | weight=0.220, noneg
=to =slibili | weight=0.219
=nikam =nepohnulo | weight=0.219
=pry =at | weight=0.219
=pokazde =mi | weight=0.218
=uz =pul | weight=0.217
=pisu =kvuli | weight=0.217
=sest | weight=0.216
=zase =jsem | weight=0.213
=technik =nikdo | weight=0.212, noneg
=trech =e-mail | weight=0.211
=nic =nepohnulo | weight=0.210, noneg
=pozadavek | weight=0.210
=pozadavek =zustava | weight=0.209
=a =stale | weight=0.209
=nikdo =nam | weight=0.209, noneg
=marne | weight=0.208
=neni =doted | weight=0.208, noneg
=shrnuto | weight=0.208
=takze =shrnuto | weight=0.208
=uz =mesic | weight=0.207
=poplatek =tam | weight=0.207
=nechci =nic | weight=0.207, noneg
=nic =resit | weight=0.207, noneg
=nikdo =mi | weight=0.205, noneg
=furt =to | weight=0.204
=notebook =mi | weight=0.203
=pricina | weight=0.203
=te =sam | weight=0.201
=kotel | weight=0.200
=treti =mesic | weight=0.199
=technik =prisel | weight=0.199
=to =neni | weight=0.199, noneg
=x =a | weight=0.198
=bez =voda | weight=0.197, noneg
=nikdo =nechci | weight=0.191, noneg
=tyden =bez | weight=0.191, noneg
=z =misto | weight=0.191
=navstevach | weight=0.190
=bez =jakehokoli | weight=0.190, noneg
=banky =tvrdi | weight=0.187
=kruhu | weight=0.186
=kruhu =uz | weight=0.186
=toci =se | weight=0.186
=v =kruhu | weight=0.186
=chyba =se | weight=0.185
=tu =chyba | weight=0.185
=a =vysledek | weight=0.184
=vyplacena =nebyl | weight=0.183, noneg
=po =sest | weight=0.183
=internet =vypadava | weight=0.182
=poruchu | weight=0.182
=to =hlas | weight=0.181
=mam =to | weight=0.181
=se =v | weight=0.180
=telefon =mi | weight=0.180
=trva =od | weight=0.180
=opakovane | weight=0.180
=stejne =nezapojil | weight=0.179
=od =brezna | weight=0.179
=mycku | weight=0.179
=vyreseno | weight=0.176
=vyplacena | weight=0.176
=nekonecne | weight=0.176
=to =koukal | weight=0.175
=nikam | weight=0.175, noneg
=porad =trva | weight=0.174
=kotle | weight=0.173
=vas =podpora | weight=0.173
=vysvetlil =od | weight=0.172
=hovor =a | weight=0.172
=dvakrat =a | weight=0.171
=nic =nehnula | weight=0.170, noneg
=stav | weight=0.169
=vratit =nefunkcni | weight=0.169
=dva =mesic | weight=0.169
=bez =vysledek | weight=0.167, noneg
=se =uz | weight=0.167
=jsem =bez | weight=0.166, noneg
=vyreseno =to | weight=0.166
=vzdal | weight=0.166
=nic =neresi | weight=0.166, noneg
=nezapojil | weight=0.165
=at =zavolam | weight=0.165
=reklamaci =se | weight=0.164
=topeni | weight=0.164
=hovor =porad | weight=0.163
=porad =nefunguje | weight=0.162
=moje =sest | weight=0.162
=ohledne =stejne | weight=0.162
=sest =zpravy | weight=0.162
=zpravy =ohledne | weight=0.162
=mesic =resit | weight=0.161
=prisel =a | weight=0.161
=porad =je | weight=0.161
=nekolika | weight=0.161
=po =nekolika | weight=0.161
=objevila | weight=0.160
=uz =trikrat | weight=0.160
=nejde =i | weight=0.159
=trva =dal | weight=0.159
=petkrat =a | weight=0.159
=adresu =je | weight=0.159
=nic =nepomaha | weight=0.159, noneg
=nevyresen | weight=0.159
=opravu =je | weight=0.157
=trikrat =jsem | weight=0.157
=stale =cekal | weight=0.157
=tyden =zadna | weight=0.156, noneg
=desetkrat | weight=0.156
=a =kotel | weight=0.155
=e-mail =a | weight=0.154
=penize =a | weight=0.154
=urgence | weight=0.154
=uz =poctvrte | weight=0.153
=treti =tyden | weight=0.153
=tri =mesic | weight=0.152
=volal =a | weight=0.152
=se =nic | weight=0.152, noneg
=jako =fakt | weight=0.152
=se =objevila | weight=0.151
=nejde =internet | weight=0.151
=penize =nikdo | weight=0.150, noneg
=bez =teple | weight=0.150, noneg
=tolikrat | weight=0.150
=uz =tolikrat | weight=0.150
=behem | weight=0.150
=nikdo =ho | weight=0.150, noneg
=byla =presne | weight=0.149
=kde =na | weight=0.149
=prestoze =jsem | weight=0.149
=na =papiru | weight=0.147
=uz =podruhe | weight=0.147
=zase =bez | weight=0.147, noneg
=plynomeru | weight=0.147
=nebyl =situaci | weight=0.147, noneg
=stiznost =nebyl | weight=0.147, noneg
=tak =porad | weight=0.147
=chyba =ne | weight=0.147, noneg
=sam =fakturu | weight=0.146
=podruhe | weight=0.146
=se =porad | weight=0.146
=neodstranil | weight=0.145
=zavada =neodstranil | weight=0.145
=brezna | weight=0.145
=psal =jsem | weight=0.144
=dvou =navstevach | weight=0.144
=po =dvou | weight=0.143
=volal =jsem | weight=0.143
=vysledek =nulu | weight=0.142
=stejne | weight=0.142
=restartovat | weight=0.141
=kde =jsem | weight=0.141
=skoro =tri | weight=0.140
=trech | weight=0.140
=reklamaci =a | weight=0.139
=ozval =jsem | weight=0.138
=se =petkrat | weight=0.138
=monter | weight=0.138
=som | weight=0.138
=teze | weight=0.138
=uzavreli | weight=0.138
=je =stav | weight=0.137
=stav =stejne | weight=0.137
=to =kazdy | weight=0.137
=mi =rekne | weight=0.137
=se =tahne | weight=0.137
=tahne =od | weight=0.137
=problem | weight=0.136
=pak =znovu | weight=0.136
=zavada =trva | weight=0.136
=podpora =mlci | weight=0.136
=paty | weight=0.135
=vas =kolega | weight=0.135
=hodiny =na | weight=0.134
=uplne =stejne | weight=0.134
=druhy =tyden | weight=0.134
=nikdo =z | weight=0.134, noneg
=navstevach =servisu | weight=0.133
=pul =rok | weight=0.133
=mlci | weight=0.132
=nepomohl | weight=0.132
=vsechno =jsem | weight=0.132
=ze =se | weight=0.132
=jsem =petkrat | weight=0.131
=bez | weight=0.131, noneg
=zkusim | weight=0.130
=mesic =nemam | weight=0.129, noneg
=pokazde =musim | weight=0.129
=a =technik | weight=0.129
=trikrat =a | weight=0.129
=nemam =internet | weight=0.129, noneg
=nic =neopravil | weight=0.129, noneg
=gratuluju | weight=0.129
=reklamaci =teze | weight=0.129
=teze =vada | weight=0.129
=ve =trech | weight=0.128
=paty =hovor | weight=0.128
=trikrat =e-mail | weight=0.128
=je =otevrena | weight=0.127
=uz =popis | weight=0.126
=vas =na | weight=0.126
=kolikrat | weight=0.126
=den =a | weight=0.125
=porad =bez | weight=0.125, noneg
=ctvrt | weight=0.125
=nevyrizena | weight=0.125
=bez =internet | weight=0.125, noneg
=chci =je | weight=0.124
=je =zpatky | weight=0.124
=visi =bez | weight=0.124, noneg
=porad =hazi | weight=0.124
=uz =ve | weight=0.124
=auto =porad | weight=0.124
=vymenu =vadne | weight=0.123
=jsem =odesla | weight=0.123
=vymenu =baterii | weight=0.123
=internet =porad | weight=0.123
=presne =tam | weight=0.122
=se =snazim | weight=0.122
=vas =banky | weight=0.122
=mluvit =jsem | weight=0.121
=automaticky =obnovit | weight=0.121
=neopravil | weight=0.121
=problem =s | weight=0.121
=zarizeni | weight=0.120
=dodnes | weight=0.120
=porad =tece | weight=0.120
=pretrvava =i | weight=0.120
=jde =treti | weight=0.120
=zalezitost | weight=0.120
=mesic | weight=0.120
=obnovit | weight=0.119
=potreti =a | weight=0.119
=reklamaci =stejne | weight=0.119
=tom =na | weight=0.118
=ve =stredu | weight=0.118
=kotel =netopi | weight=0.118
=jinde | weight=0.118
=c | weight=0.117
=voda =porad | weight=0.117
=to =neopravil | weight=0.116
=na =servisu | weight=0.115
=bych =vedet | weight=0.115
=ted =znovu | weight=0.114
=priste =aktualizaci | weight=0.114
=odesilatel =odesilatel | weight=0.114
=od =minuly | weight=0.114
=neuzavrena | weight=0.114
=vysledek =nikdo | weight=0.113, noneg
=hovor =jsem | weight=0.113
=reklamaci =lezi | weight=0.113
=servisu =uz | weight=0.113
=vypadava | weight=0.113
=to =rozbil | weight=0.113
=nejde =to | weight=0.113
=a =porad | weight=0.113
=pres =dva | weight=0.113
=takhle =to | weight=0.112
=rozbil | weight=0.112
=ne =moje | weight=0.112, noneg
=mi =dodnes | weight=0.112
=ten =poplatek | weight=0.111
=po =vas | weight=0.111
=to =a | weight=0.110
=sablona =ktery | weight=0.110
=popsal =jsem | weight=0.110
=v =system | weight=0.109
=neni =ani | weight=0.109, noneg
=hovor | weight=0.109
=treti =reklamaci | weight=0.109
=jinak =jdu | weight=0.109
=smlouvu =k | weight=0.109
=na =ten | weight=0.109
=tam =je | weight=0.109
=chyba =na | weight=0.108
=boty =se | weight=0.108
=na =vyuctovani | weight=0.108
=tohle =je | weight=0.108
=koukal | weight=0.108
=vodarna | weight=0.108
=kazdy =den | weight=0.108
=jako =vyreseno | weight=0.107
=stale =a | weight=0.107
=v =byt | weight=0.106
=je =v | weight=0.106
=za =sebe | weight=0.106
=po =pul | weight=0.106
=vam =volal | weight=0.105
=to =problem | weight=0.105
=trech =navstevach | weight=0.105
=proste =zapadly | weight=0.105
=zapadly | weight=0.105
=zpravy =proste | weight=0.105
=nad =ni | weight=0.105
=nezmenilo | weight=0.104
=se =domluvit | weight=0.104
=nikdo | weight=0.104, noneg
=nas =doma | weight=0.104
=problem =v | weight=0.104
=stejne =jako | weight=0.104
=krat | weight=0.103
=vraci | weight=0.103
=kolega =mi | weight=0.103
=minut =pak | weight=0.102
=vam =pisu | weight=0.102
=kvuli =vraceni | weight=0.102
=chyba =bude | weight=0.102
=bezradne | weight=0.102
=vada =a | weight=0.102
=kolikrat =vam | weight=0.101
=mam =jeste | weight=0.101
=neprisla =ani | weight=0.101, noneg
=objednavka =c | weight=0.101
=tretikrat | weight=0.101
=uz =tretikrat | weight=0.101
=chybne | weight=0.101
=tom =prace | weight=0.101
=jsem =s | weight=0.100
=vam =trikrat | weight=0.100
=je =u | weight=0.100
=ze =ve | weight=0.100
=reklamaci =porad | weight=0.100
=nic | weight=0.100, noneg
=potreti =jsem | weight=0.099
=ucetni =oddeleni | weight=0.099
=jsem =hlas | weight=0.099
=a =podesate | weight=0.098
=cislo =pozadavek | weight=0.098
=pobocce =jsem | weight=0.098
=minuly =mi | weight=0.098
=maily | weight=0.098
=jim =volal | weight=0.098
=byla =prislibena | weight=0.098
=stejne =chyba | weight=0.098
=ackoli =jsem | weight=0.097
