# unresolved, cs: learned by scripts/learn.py from 3747 tuning texts (321 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ nefunguje to ani po vasem opraveni, jsem tam kde jsem byl
+ Jsme e-shop a váš kurýrní portál nám už měsíc špatně tiskne štítky. Podpora nám stále opakuje, že problém je v našem prohlížeči, přestože jsme zkoušeli tři různé.
+ Zákaznická podpora bez zájmu. Aplikace mi nejde přihlásit a podpora odpověděla, že mám asi špatné heslo. Změnila jsem ho třikrát. Pak napsali, že je to problém mého telefonu. Vyzkoušela jsem jiný telefon, taky nic. Od té doby mlčí.
- ok dekuju
- super, doporucuju
=ani =po | weight=0.708, noneg
=treti | weight=0.424
=potreti | weight=0.414
=nic =se | weight=0.363, noneg
=poctvrte | weight=0.362
=x | weight=0.361
=stale | weight=0.357
=pretrvava | weight=0.351
=neni =schopna | weight=0.340, noneg
=porad =nejde | weight=0.337
=tahne | weight=0.333
=problem =trva | weight=0.326
=tam =kde | weight=0.324
=jiz | weight=0.317
=tece | weight=0.309
=mi =vratit | weight=0.306
=ctyrikrat | weight=0.295
=opet | weight=0.292
=nikdo =s | weight=0.288, noneg
=trikrat | weight=0.286
=nefunguje | weight=0.285
=lezi | weight=0.281
=neopraveny | weight=0.274
=mam =porad | weight=0.274
=nic =vyreseny | weight=0.262, noneg
=bez =vyrizeni | weight=0.262, noneg
=odesla =bez | weight=0.262, noneg
=zustava | weight=0.261
=je =stale | weight=0.261
=zavada | weight=0.260
=nepohnulo | weight=0.258
=dvakrat | weight=0.255
=nefunkcni | weight=0.254
=to =porad | weight=0.251
=to =neni | weight=0.251, noneg
=volal =uz | weight=0.251
=porad =to | weight=0.245
=i =po | weight=0.245
=uz =mesic | weight=0.244
=uz =ctyrikrat | weight=0.244
=nikdo =to | weight=0.242, noneg
=volal =zase | weight=0.239
=vysledek | weight=0.238
=resit =to | weight=0.238
=kotel | weight=0.236
=porad =spatne | weight=0.235
=zavolam =zitra | weight=0.235
=vratit =neopraveny | weight=0.232
=zase =nic | weight=0.226, noneg
=pisu =kvuli | weight=0.226
=ticket | weight=0.222
=technik =prisel | weight=0.221
=ani =v | weight=0.219, noneg
=a =vysledek | weight=0.219
=nic =nepohnulo | weight=0.219, noneg
=nechci =nic | weight=0.218, noneg
=nic =resit | weight=0.218, noneg
=opravena | weight=0.215
=nikam =nepohnulo | weight=0.215
=dva =mesic | weight=0.215
=x =a | weight=0.214
=poruchu | weight=0.213
=te =sam | weight=0.209
=a =furt | weight=0.208
=zadna =vysledek | weight=0.207, noneg
=porad =neni | weight=0.207, noneg
=zase =jsem | weight=0.206
=porad | weight=0.206
=se =zase | weight=0.205
=a =stale | weight=0.205
=nikdo =nam | weight=0.205, noneg
=nikdo =nechci | weight=0.204, noneg
=netopi | weight=0.204
=treti =mesic | weight=0.204
=pozadavek | weight=0.202
=pozadavek =zustava | weight=0.201
=notebooku =mi | weight=0.201
=poplatek =tam | weight=0.199
=vyreseny | weight=0.198
=uz =ctvrt | weight=0.196
=pry =at | weight=0.196
=uz =trikrat | weight=0.196
=pricina | weight=0.196
=internet =vypadava | weight=0.196
=bez =voda | weight=0.195, noneg
=volal =a | weight=0.195
=mam =to | weight=0.194
=to =slibili | weight=0.193
=chyba =se | weight=0.192
=nikam | weight=0.191, noneg
=kruhu | weight=0.188
=kruhu =uz | weight=0.188
=toci =se | weight=0.188
=v =kruhu | weight=0.188
=bez =jakehokoli | weight=0.186, noneg
=trech =e-mail | weight=0.184
=opakovane | weight=0.182
=furt =to | weight=0.182
=at =zavolam | weight=0.181
=to =koukal | weight=0.180
=pokazde =mi | weight=0.180
=neni =doted | weight=0.179, noneg
=moje =sest | weight=0.179
=ohledne =stejne | weight=0.179
=sest =zpravy | weight=0.179
=zpravy =ohledne | weight=0.179
=navstevach | weight=0.178
=tyden =nemam | weight=0.178, noneg
=bez =vysledek | weight=0.177, noneg
=banky =tvrdi | weight=0.177
=vysledek =nulu | weight=0.177
=se =v | weight=0.176
=nekonecne | weight=0.176
=bez | weight=0.175, noneg
=dvakrat =a | weight=0.175
=stejne =nezapojil | weight=0.175
=se =nic | weight=0.174, noneg
=penize =nikdo | weight=0.173, noneg
=jsem =bez | weight=0.172, noneg
=mesic =resit | weight=0.172
=nevyresen | weight=0.171
=z =misto | weight=0.170
=vratit =nefunkcni | weight=0.169
=kde =jsem | weight=0.169
=tyden =bez | weight=0.169, noneg
=nezapojil | weight=0.169
=hovor =jsem | weight=0.168
=nic =neresi | weight=0.167, noneg
=sest | weight=0.166
=vyplacena =nebyl | weight=0.166, noneg
=uz =poctvrte | weight=0.166
=trva =od | weight=0.166
=stav | weight=0.166
=vas =podpora | weight=0.165
=telefon =mi | weight=0.165
=mi =nejde | weight=0.165
=uzavreli | weight=0.164
=nemam =internet | weight=0.163, noneg
=e-mail =a | weight=0.163
=topeni | weight=0.163
=nic =nehnula | weight=0.162, noneg
=treti =tyden | weight=0.162
=hovor =porad | weight=0.161
=po =dvou | weight=0.160
=prisel =a | weight=0.160
=vyplacena | weight=0.160
=chyba =ne | weight=0.158, noneg
=porad =nefunguje | weight=0.158
=se =uz | weight=0.158
=problem | weight=0.157
=uz =podruhe | weight=0.157
=vysvetlil =od | weight=0.157
=porad =je | weight=0.156
=urgence | weight=0.156
=objevila | weight=0.155
=se =porad | weight=0.155
=sam =fakturu | weight=0.155
=volal =jsem | weight=0.154
=a =kotel | weight=0.153
=desetkrat | weight=0.152
=porad =trva | weight=0.152
=tolikrat | weight=0.150
=uz =tolikrat | weight=0.150
=nekolikrat | weight=0.150
=uz =dva | weight=0.150
=petkrat | weight=0.150
=ve =trech | weight=0.150
=od =brezna | weight=0.149
=brezna | weight=0.149
=vypadava | weight=0.148
=teze | weight=0.146
=uz =pul | weight=0.146
=tyden =zadna | weight=0.146, noneg
=rozbil | weight=0.146
=se =snazil | weight=0.145
=adresu =je | weight=0.144
=uz =popis | weight=0.144
=vysledek =nikdo | weight=0.144, noneg
=reklamaci =se | weight=0.143
=pate =hovor | weight=0.143
=penize =mi | weight=0.143
=monter | weight=0.143
=nebyl =situaci | weight=0.143, noneg
=stiznost =nebyl | weight=0.143, noneg
=se =objevila | weight=0.142
=je =v | weight=0.142
=plynomeru | weight=0.142
=byla =presne | weight=0.142
=kde =na | weight=0.142
=vyreseny =to | weight=0.142
=trikrat =jsem | weight=0.142
=zavada =trva | weight=0.142
=opravu =a | weight=0.141
=stejne | weight=0.141
=neodstranil | weight=0.140
=zavada =neodstranil | weight=0.140
=podruhe | weight=0.139
=zkusim | weight=0.138
=som | weight=0.138
=pretrvava =i | weight=0.138
=zase =bez | weight=0.137, noneg
=potreti =a | weight=0.137
=dodnes | weight=0.137
=trech | weight=0.137
=pokazde =musim | weight=0.136
=jako =fakt | weight=0.136
=uz =ve | weight=0.136
=navstevach =servisu | weight=0.135
=vsechno =jsem | weight=0.135
=nikdo =ho | weight=0.134, noneg
=na =papiru | weight=0.134
=internet =porad | weight=0.134
=jsem =petkrat | weight=0.133
=to =nefunguje | weight=0.133
=tak =to | weight=0.132
=mycku | weight=0.132
=tak =porad | weight=0.132
=podpora =mlci | weight=0.131
=jinde | weight=0.131
=vas =na | weight=0.130
=nic =neopravil | weight=0.130, noneg
=druhy =tyden | weight=0.129
=zalezitost | weight=0.129
=se =tahne | weight=0.128
=tahne =od | weight=0.128
=a =nic | weight=0.128, noneg
=nikdo | weight=0.128, noneg
=vam =volal | weight=0.127
=nic | weight=0.127, noneg
=reklamaci =a | weight=0.126
=neopravil | weight=0.126
=minuly | weight=0.126
=podesate | weight=0.126
=bez =teple | weight=0.126, noneg
=trva | weight=0.125
=problem =s | weight=0.125
=hodiny =na | weight=0.124
=trikrat =e-mail | weight=0.124
=zarizeni | weight=0.124
=ten =poplatek | weight=0.124
=mlci | weight=0.124
=tam =je | weight=0.124
=priste =aktualizaci | weight=0.123
=reklamaci =teze | weight=0.123
=teze =vada | weight=0.123
=vas =banky | weight=0.122
=jde =treti | weight=0.122
=odesilatel =odesilatel | weight=0.122
=pak =znovu | weight=0.122
=dvou =navstevach | weight=0.121
=porad =hazi | weight=0.121
=ne =moje | weight=0.121, noneg
=uplne =stejne | weight=0.121
=visi =bez | weight=0.121, noneg
=kvuli =vraceni | weight=0.121
=vzdycky =mi | weight=0.121
=reklamaci =lezi | weight=0.121
=servisu =uz | weight=0.121
=it | weight=0.120
=nikdo =mi | weight=0.120, noneg
=na =vyuctovani | weight=0.120
=v =byt | weight=0.120
=snazil | weight=0.120
=porad =tece | weight=0.120
=pate | weight=0.120
=chci =je | weight=0.120
=je =zpatky | weight=0.120
=nezmenilo | weight=0.119
=je =stav | weight=0.119
=stav =stejne | weight=0.119
=kotel =netopi | weight=0.119
=od =minuly | weight=0.119
=c | weight=0.117
=nevyrizena | weight=0.117
=proste =zapadly | weight=0.117
=zapadly | weight=0.117
=zpravy =proste | weight=0.117
=popsal =jsem | weight=0.117
=po =vas | weight=0.117
=vraci | weight=0.117
=jsem =odesla | weight=0.116
=neuzavrena | weight=0.116
=vymenu =baterii | weight=0.116
=trva =dal | weight=0.116
=to =rozbil | weight=0.116
=pobocce =jsem | weight=0.115
=minuly =mi | weight=0.115
=furt | weight=0.115
=jsem =hlas | weight=0.115
=za =sebe | weight=0.114
=obnovit | weight=0.114
=to =neopravil | weight=0.114
=stale =a | weight=0.113
=kolega =mi | weight=0.113
=nejde =to | weight=0.113
=podesate =hlas | weight=0.113
=koukal | weight=0.113
=hovor | weight=0.113
=ted =znovu | weight=0.112
=bez =internet | weight=0.112, noneg
=automaticky =obnovit | weight=0.112
=presne =tam | weight=0.112
=petkrat =pokazde | weight=0.112
=tretikrat | weight=0.111
=uz =tretikrat | weight=0.111
=nakonec =jsem | weight=0.111
=trech =navstevach | weight=0.111
=takhle =to | weight=0.110
=to =a | weight=0.110
=jako =vyreseny | weight=0.110
=tom =prace | weight=0.110
=vodarna | weight=0.110
=nad =ni | weight=0.109
=chyba =bude | weight=0.109
=reklamaci =stejne | weight=0.109
=mluvit =jsem | weight=0.109
=reklamaci =porad | weight=0.109
=smlouvu =k | weight=0.108
=mym | weight=0.108
=na =ctu | weight=0.108
=uz =pate | weight=0.108
=tom =na | weight=0.108
=restartovat | weight=0.107
=co =ma | weight=0.107
=tece =znovu | weight=0.107
=porad =bez | weight=0.107, noneg
=neprisla =ani | weight=0.106, noneg
=trikrat =a | weight=0.106
=ve =stredu | weight=0.106
=je =u | weight=0.106
=je =spatne | weight=0.106
=minut =pak | weight=0.106
=bezradne | weight=0.106
=duvodu | weight=0.105
=byla =prislibena | weight=0.105
=voda =porad | weight=0.104
=nejde =i | weight=0.104
=resit =tu | weight=0.104
=kolikrat | weight=0.103
=kolikrat =vam | weight=0.103
=mam =jeste | weight=0.103
=sablona =ktery | weight=0.103
=nas =doma | weight=0.103
=problem =v | weight=0.103
=moje =mam | weight=0.102
=nas =reklamaci | weight=0.102
=to =jde | weight=0.102
=ucetni =oddeleni | weight=0.102
=na =ten | weight=0.102
=prislibena | weight=0.102
=porad =nemam | weight=0.101, noneg
=jsem =pres | weight=0.100
=ze =ve | weight=0.100
=vada =a | weight=0.099
=hovor =se | weight=0.098
=treti =reklamaci | weight=0.098
=vubec =nic | weight=0.098, noneg
=porad =nevim | weight=0.098
=resit | weight=0.097
=mi =dodnes | weight=0.097
=jsem =zaplatit | weight=0.097
=chybne | weight=0.097
=kontakt | weight=0.097
=opravu =adresu | weight=0.097
=adresu | weight=0.097
=to =problem | weight=0.096
=po =vsech | weight=0.096
=pry =prijit | weight=0.096
=na =it | weight=0.096
=neni =ani | weight=0.096, noneg
=uz =dvakrat | weight=0.096
=objednavka =c | weight=0.095
=vam =trikrat | weight=0.095
=auto =porad | weight=0.095
=moje =objednavka | weight=0.095
=na =zacatku | weight=0.095
=tvrdi =opakovane | weight=0.094
=stejne =chyba | weight=0.094
=desetkrat =a | weight=0.094
=potreti =mi | weight=0.094
=furt =stejne | weight=0.094
=a =porad | weight=0.093
=pak =odesel | weight=0.093
=mi =chodi | weight=0.093
=potreti =jsem | weight=0.093
=minuly =mesic | weight=0.093
=stale =neni | weight=0.092, noneg
=moje =banky | weight=0.092
=a =podesate | weight=0.092
=cislo =pozadavek | weight=0.092
=vam =pisu | weight=0.092
=je =tim | weight=0.092
=stejne =jako | weight=0.092
=zavada =na | weight=0.092
=jim =volal | weight=0.092
=pres =formular | weight=0.092
=tohle =neni | weight=0.092, noneg
=ucetni | weight=0.092
=vas =kolega | weight=0.091
=snad =desetkrat | weight=0.091
