# unresolved, cs: learned by scripts/learn.py from 3535 tuning texts (276 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ nefunguje to ani po vasem opraveni, jsem tam kde jsem byl
+ Jsme e-shop a váš kurýrní portál nám už měsíc špatně tiskne štítky. Podpora nám stále opakuje, že problém je v našem prohlížeči, přestože jsme zkoušeli tři různé.
+ volame uz potreti a porad nic
- ok dekuju
- super, doporucuju
=ani =po | weight=0.626, noneg
=potreti | weight=0.396
=treti | weight=0.379
=poctvrte | weight=0.364
=nic =se | weight=0.363, noneg
=neni =schopna | weight=0.361, noneg
=stale | weight=0.348
=x | weight=0.346
=nikdo =s | weight=0.343, noneg
=pretrvava | weight=0.336
=problem =trva | weight=0.325
=porad =nejde | weight=0.322
=jiz | weight=0.308
=opet | weight=0.305
=trikrat | weight=0.282
=tam =kde | weight=0.282
=nefunguje | weight=0.278
=je =stale | weight=0.276
=zavada | weight=0.274
=technik =prisel | weight=0.269
=tece | weight=0.264
=zustava | weight=0.264
=volam =uz | weight=0.256
=nic =vyresene | weight=0.256, noneg
=bez =vyrizeni | weight=0.256, noneg
=odesla =bez | weight=0.256, noneg
=porad =to | weight=0.253
=vysledek | weight=0.251
=mam =porad | weight=0.249
=lezi | weight=0.248
=nepohnulo | weight=0.247
=to =neni | weight=0.245, noneg
=ctyrikrat | weight=0.243
=volam =a | weight=0.234
=dvakrat | weight=0.234
=to =porad | weight=0.233
=uz =mesic | weight=0.232
=x =a | weight=0.230
=resit =to | weight=0.229
=ticket | weight=0.228
=porad =spatne | weight=0.228
=volam =zase | weight=0.227
=a =vysledek | weight=0.226
=porucha | weight=0.225
=opravena | weight=0.223
=pisu =kvuli | weight=0.223
=a =stale | weight=0.221
=nikam | weight=0.220, noneg
=po =dvou | weight=0.218
=porad | weight=0.214
=zase =nic | weight=0.213, noneg
=netopi | weight=0.212
=dva =mesic | weight=0.212
=zavolam =zitra | weight=0.204
=ani =v | weight=0.202, noneg
=kotel | weight=0.202
=nikam =nepohnulo | weight=0.201
=pozadavek =zustava | weight=0.201
=zadna =vysledek | weight=0.200, noneg
=zase =jsem | weight=0.198
=a =furt | weight=0.198
=te =sam | weight=0.198
=volam =jsem | weight=0.196
=uz =ctyrikrat | weight=0.196
=poplatek =tam | weight=0.196
=na =servisu | weight=0.195
=nic =nepohnulo | weight=0.194, noneg
=pozadavek | weight=0.194
=mam =to | weight=0.193
=bez =jakehokoli | weight=0.191, noneg
=i =po | weight=0.191
=uz =trikrat | weight=0.190
=se =nic | weight=0.189, noneg
=internet =vypadava | weight=0.189
=pricina | weight=0.188
=treti =tyden | weight=0.188
=navstevach | weight=0.187
=opakovane | weight=0.187
=uz =ctvrt | weight=0.186
=se =zase | weight=0.186
=kruhu | weight=0.184
=kruhu =uz | weight=0.184
=toci =se | weight=0.184
=v =kruhu | weight=0.184
=neni =doted | weight=0.184, noneg
=to =slibili | weight=0.184
=vypadava | weight=0.181
=chyba =se | weight=0.181
=vyresene | weight=0.181
=nic =nehnula | weight=0.181, noneg
=porad =neni | weight=0.180, noneg
=trech =e-mail | weight=0.178
=nekonecne | weight=0.177
=mesic =resit | weight=0.177
=penize =nikdo | weight=0.174, noneg
=moje =sest | weight=0.174
=ohledne =stejne | weight=0.174
=sest =zpravy | weight=0.174
=zpravy =ohledne | weight=0.174
=tyden =bez | weight=0.172, noneg
=problem | weight=0.171
=stejne =nezapojil | weight=0.171
=to =rozbil | weight=0.171
=minuly | weight=0.170
=banky =tvrdi | weight=0.170
=pry =at | weight=0.169
=zkusim | weight=0.169
=teze | weight=0.168
=bez =vysledek | weight=0.167, noneg
=vas =podpora | weight=0.167
=se =v | weight=0.166
=topeni | weight=0.166
=vysledek =nulu | weight=0.165
=nic =neresi | weight=0.164, noneg
=potreti =a | weight=0.164
=nezapojil | weight=0.164
=pokazde =mi | weight=0.163
=dvakrat =a | weight=0.163
=sest | weight=0.161
=trva =od | weight=0.161
=vyplacena =nebyl | weight=0.161, noneg
=porad =nefunguje | weight=0.160
=nevyresen | weight=0.160
=z =misto | weight=0.159
=nikdo =mi | weight=0.158, noneg
=hovor =jsem | weight=0.158
=stav | weight=0.157
=at =zavolam | weight=0.157
=vyplacena | weight=0.157
=uz =poctvrte | weight=0.156
=se =porad | weight=0.156
=se =uz | weight=0.156
=hovor =porad | weight=0.155
=objevila | weight=0.155
=se =objevila | weight=0.155
=prisel =a | weight=0.153
=reklamaci =se | weight=0.153
=a =kotel | weight=0.153
=uz =podruhe | weight=0.153
=vysledek =nikdo | weight=0.153, noneg
=je =v | weight=0.153
=urgence | weight=0.152
=nebyl =situaci | weight=0.151, noneg
=stiznost =nebyl | weight=0.151, noneg
=porad =je | weight=0.151
=tyden =zadna | weight=0.150, noneg
=plynomeru | weight=0.150
=kde =jsem | weight=0.149
=nefunkcni | weight=0.148
=bez | weight=0.148, noneg
=neopravi | weight=0.148
=e-mail =a | weight=0.146
=porad =trva | weight=0.145
=od =brezna | weight=0.145
=adresu =je | weight=0.145
=ve =trech | weight=0.145
=za =sebe | weight=0.144
=monter | weight=0.143
=bez =teple | weight=0.142, noneg
=podruhe | weight=0.142
=vyresene =to | weight=0.141
=to =nefunguje | weight=0.140
=navstevach =servisu | weight=0.138
=pobocce =jsem | weight=0.138
=pate =hovor | weight=0.138
=nekolikrat | weight=0.137
=uzavreli | weight=0.137
=zase =bez | weight=0.137, noneg
=a =nic | weight=0.136, noneg
=rozbil | weight=0.136
=jako =fakt | weight=0.136
=se =snazil | weight=0.136
=petkrat | weight=0.135
=dodnes | weight=0.135
=druhy =tyden | weight=0.134
=mi =nejde | weight=0.134
=opravu =a | weight=0.133
=penize =mi | weight=0.133
=neni | weight=0.133, noneg
=priste =aktualizaci | weight=0.133
=se =tahne | weight=0.132
=tahne | weight=0.132
=tahne =od | weight=0.132
=vraci | weight=0.132
=stejne | weight=0.132
=ten =poplatek | weight=0.132
=trikrat =jsem | weight=0.132
=podpora =mlci | weight=0.131
=den =reklamoval | weight=0.131
=nikdo =ho | weight=0.131, noneg
=zarizeni | weight=0.130
=vsechno =jsem | weight=0.130
=to =neopravi | weight=0.130
=sam =fakturu | weight=0.130
=internet =porad | weight=0.130
=vysvetlil =od | weight=0.129
=uz =ve | weight=0.129
=jsem =hlas | weight=0.128
=podesate | weight=0.128
=jinde | weight=0.127
=zalezitost | weight=0.127
=vzdycky =mi | weight=0.127
=som | weight=0.127
=mesic | weight=0.127
=byla =presne | weight=0.126
=kde =na | weight=0.126
=po =pul | weight=0.126
=dvou | weight=0.126
=servisu | weight=0.126
=tretikrat | weight=0.125
=uz =tretikrat | weight=0.125
=jsem =s | weight=0.125
=vas =banky | weight=0.125
=kvuli =stejne | weight=0.124
=chci =je | weight=0.124
=je =zpatky | weight=0.124
=to =nevedel | weight=0.124
=desetkrat | weight=0.124
=pak =znovu | weight=0.123
=mycka | weight=0.123
=pate | weight=0.122
=porad =bez | weight=0.122, noneg
=bez =internet | weight=0.122, noneg
=zavada =trva | weight=0.122
=je =stav | weight=0.121
=stav =stejne | weight=0.121
=kvuli =vraceni | weight=0.121
=pokazde =musim | weight=0.121
=visi =bez | weight=0.120, noneg
=na =papiru | weight=0.120
=popsal =jsem | weight=0.119
=reklamaci =a | weight=0.119
=odesilatel =odesilatel | weight=0.119
=jsem =petkrat | weight=0.118
=trech | weight=0.118
=a =nikam | weight=0.118
=jsem =odesla | weight=0.118
=nic | weight=0.117, noneg
=tak =porad | weight=0.117
=uplne =stejne | weight=0.117
=mlci | weight=0.117
=vymenu =baterii | weight=0.117
=brezna | weight=0.117
=snazil | weight=0.117
=nakonec =jsem | weight=0.116
=byla =prislibena | weight=0.116
=neuzavrena | weight=0.116
=hodiny =na | weight=0.116
=kotel =netopi | weight=0.115
=proste =zapadly | weight=0.115
=zapadly | weight=0.115
=zpravy =proste | weight=0.115
=trikrat =e-mail | weight=0.115
=neprisla =ani | weight=0.115, noneg
=popis | weight=0.115
=uz =dva | weight=0.115
=na =vyuctovani | weight=0.115
=tom =na | weight=0.115
=podesate =hlas | weight=0.114
=prislibena | weight=0.113
=uz =pate | weight=0.113
=jako =vyresene | weight=0.113
=od =minuly | weight=0.113
=it | weight=0.112
=restartovat | weight=0.112
=pozdeji =a | weight=0.112
=vodarna | weight=0.112
=uz =popis | weight=0.112
=trva | weight=0.111
=v =byt | weight=0.111
=ucetni | weight=0.111
=minut =pak | weight=0.110
=trva =dal | weight=0.110
=tam =je | weight=0.110
=uz =treti | weight=0.110
=vada =a | weight=0.110
=e-mail | weight=0.109
=moje =objednavka | weight=0.108
=kolega =mi | weight=0.108
=nejde =to | weight=0.108
=na =ten | weight=0.107
=pracka =a | weight=0.107
=pres =formular | weight=0.106
=s =vas | weight=0.106
=nezmenilo | weight=0.106
=obnovit | weight=0.105
=uz =tyden | weight=0.105
=kolikrat | weight=0.105
=kolikrat =vam | weight=0.105
=mam =jeste | weight=0.105
=resit =tu | weight=0.105
=to =a | weight=0.104
=uz =dvakrat | weight=0.104
=jsem =zaplatit | weight=0.104
=aktualizaci | weight=0.103
=je =uz | weight=0.103
=nas =doma | weight=0.103
=problem =v | weight=0.103
=s =vam | weight=0.103
=a =topeni | weight=0.103
=furt =stejne | weight=0.102
=vas =na | weight=0.102
=problem =s | weight=0.102
=porad =tece | weight=0.102
=na =ctu | weight=0.102
=mluvit =jsem | weight=0.102
=stale =a | weight=0.101
=smlouvu =k | weight=0.101
=je =u | weight=0.101
=treti =mesic | weight=0.101
=v =system | weight=0.101
=ze =ve | weight=0.101
=trikrat =a | weight=0.100
=tom =prace | weight=0.100
=mi =chodi | weight=0.100
=nic =neudelal | weight=0.100, noneg
=resit | weight=0.100
=jsem =pres | weight=0.100
=automaticky =obnovit | weight=0.100
=ted =znovu | weight=0.100
=nad =ni | weight=0.099
=neni =ani | weight=0.099, noneg
=porad =nevi | weight=0.098
=bezradne | weight=0.098
=hovor | weight=0.098
=vanocich =a | weight=0.098
=vam =volam | weight=0.098
=potreti =jsem | weight=0.098
=mam =toho | weight=0.097
=trech =navstevach | weight=0.097
=petkrat =pokazde | weight=0.097
=presne =tam | weight=0.097
=zavada =na | weight=0.096
=stale =neni | weight=0.096, noneg
=adresu | weight=0.096
=dvou =navstevach | weight=0.096
=jsem =zbozi | weight=0.096
=opravu =adresu | weight=0.096
=jsem =resit | weight=0.095
=mym | weight=0.095
=moje =mam | weight=0.095
=vada | weight=0.095
=reklamaci =lezi | weight=0.095
=servisu =uz | weight=0.095
=co =ma | weight=0.095
=vam =pisu | weight=0.094
=ucetni =oddeleni | weight=0.094
=a =podesate | weight=0.094
=cislo =pozadavek | weight=0.094
=vubec =nic | weight=0.094, noneg
=je =tim | weight=0.093
=jinam =a | weight=0.093
=mi =nezazvonil | weight=0.093
=nezazvonil | weight=0.093
=nezazvonil =ani | weight=0.093, noneg
=vanocich | weight=0.093
=po =mesic | weight=0.093
=furt =volam | weight=0.093
=porad =netopi | weight=0.093
=uz =po | weight=0.092
=nas =reklamaci | weight=0.092
=furt | weight=0.092
=pak =odesel | weight=0.092
=tohle =je | weight=0.092
=duvodu | weight=0.092
=a =konce | weight=0.091
=porad =hazi | weight=0.091
=neopraveny | weight=0.091
=vratit =neopraveny | weight=0.091
=mrtva | weight=0.090
=moje =banky | weight=0.090
=stejne =jako | weight=0.090
=vedouci =pry | weight=0.090
=mi =dodnes | weight=0.089
=odstavec | weight=0.089
=vam =trikrat | weight=0.089
=tvrdi =opakovane | weight=0.089
=penize =porad | weight=0.089
=a =vratit | weight=0.089
=stale =zadna | weight=0.088, noneg
=vas =kolega | weight=0.088
=nahradu =za | weight=0.088
=ho =vraci | weight=0.088
=uzavren =jako | weight=0.087
=vyresene =neni | weight=0.087, noneg
=brezna =visi | weight=0.087
=ve =vzduchu | weight=0.087
=vzduchu | weight=0.087
=vzduchu =a | weight=0.087
=stejne =chyba | weight=0.087
=hovor =se | weight=0.087
=zavesil =kdyz | weight=0.087
=ve =stredu | weight=0.086
=technik =byla | weight=0.086
=zdrzuju | weight=0.086
=poctvrte =vam | weight=0.086
=moje =reklamaci | weight=0.086
=tiket | weight=0.086
=strhli | weight=0.086
=reklamaci =stejne | weight=0.085
