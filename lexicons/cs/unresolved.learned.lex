# unresolved, cs: learned by scripts/learn.py from 3307 tuning texts (248 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ reklamace trva uz mesic a porad je to ve stavu reseni
+ nefunguje to ani po vasem opraveni, jsem tam kde jsem byl
+ Jsme e-shop a váš kurýrní portál nám už měsíc špatně tiskne štítky. Podpora nám stále opakuje, že problém je v našem prohlížeči, přestože jsme zkoušeli tři různé.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=ani =po | weight=0.658, noneg
=potreti | weight=0.408
=treti | weight=0.383
=neni =schopna | weight=0.379, noneg
=nic =se | weight=0.373, noneg
=pretrvava | weight=0.362
=stale | weight=0.358
=x | weight=0.348
=porad =nejde | weight=0.344
=nikdo =s | weight=0.344, noneg
=opet | weight=0.314
=trikrat | weight=0.309
=jiz | weight=0.306
=poctvrte | weight=0.301
=je =stale | weight=0.293
=nikam | weight=0.290, noneg
=nefunguje | weight=0.286
=zustava | weight=0.279
=tece | weight=0.271
=treti =tyden | weight=0.262
=zavada | weight=0.260
=technik =prisel | weight=0.259
=volam =uz | weight=0.257
=bez =vyrizeni | weight=0.252, noneg
=odesla =bez | weight=0.252, noneg
=volam =a | weight=0.250
=vysledek | weight=0.246
=te =sam | weight=0.244
=porad =to | weight=0.243
=porucha | weight=0.243
=uz =mesic | weight=0.242
=nepohnulo | weight=0.241
=volam =zase | weight=0.241
=nic =vyreseni | weight=0.237, noneg
=lezi | weight=0.235
=porad | weight=0.234
=problem =trva | weight=0.230
=x =a | weight=0.226
=zase =nic | weight=0.225, noneg
=ticket | weight=0.220
=zavolam =zitra | weight=0.219
=pozadavek | weight=0.216
=uz =ctyrikrat | weight=0.213
=pozadavek =zustava | weight=0.212
=ani =v | weight=0.210, noneg
=uz =poctvrte | weight=0.206
=resit =to | weight=0.206
=po =dvou | weight=0.205
=mam =to | weight=0.204
=uz =trikrat | weight=0.203
=se =zase | weight=0.200
=nikam =nepohnulo | weight=0.198
=a =furt | weight=0.198
=zase =jsem | weight=0.198
=navstevach | weight=0.198
=poplatek =tam | weight=0.197
=kotel | weight=0.196
=a =stale | weight=0.196
=dvakrat | weight=0.196
=dva =mesic | weight=0.195
=volam =jsem | weight=0.193
=to =neni | weight=0.193, noneg
=bez =jakehokoli | weight=0.191, noneg
=to =porad | weight=0.190
=netopi | weight=0.190
=uzavreli | weight=0.189
=pricina | weight=0.189
=i =po | weight=0.188
=kruhu | weight=0.187
=kruhu =uz | weight=0.187
=toci =se | weight=0.187
=v =kruhu | weight=0.187
=bez =vysledek | weight=0.186, noneg
=na =servisu | weight=0.186
=vas =podpora | weight=0.186
=mesic =resit | weight=0.185
=pry =at | weight=0.184
=zkusim | weight=0.182
=se =v | weight=0.182
=problem | weight=0.181
=chyba =se | weight=0.181
=nekonecne | weight=0.180
=hovor =porad | weight=0.179
=topeni | weight=0.179
=banky =tvrdi | weight=0.178
=stejne =nezapojil | weight=0.178
=tam =kde | weight=0.178
=internet =vypadava | weight=0.178
=uz =ctvrt | weight=0.178
=pokazde =mi | weight=0.176
=nic =nehnula | weight=0.175, noneg
=to =rozbil | weight=0.175
=porad =trva | weight=0.174
=minuly | weight=0.174
=e-mail =a | weight=0.172
=z =misto | weight=0.172
=nevyresen | weight=0.171
=podruhe | weight=0.171
=dvakrat =a | weight=0.171
=se =uz | weight=0.171
=potreti =a | weight=0.170
=a =vysledek | weight=0.170
=vysledek =nulu | weight=0.170
=vypadava | weight=0.169
=ctyrikrat | weight=0.167
=nezapojil | weight=0.166
=at =zavolam | weight=0.165
=porad =nefunguje | weight=0.163
=tyden =bez | weight=0.163, noneg
=objevila | weight=0.163
=rozbil | weight=0.162
=trech =e-mail | weight=0.162
=nic =neresi | weight=0.161, noneg
=bez | weight=0.161, noneg
=se =objevila | weight=0.159
=reklamaci =se | weight=0.158
=se =porad | weight=0.158
=trva =od | weight=0.158
=porad =je | weight=0.157
=sam =fakturu | weight=0.156
=nikdo =mi | weight=0.156, noneg
=uz =podruhe | weight=0.156
=byla =presne | weight=0.155
=kde =na | weight=0.155
=po =pul | weight=0.155
=minut =pak | weight=0.153
=se =tahne | weight=0.153
=tahne | weight=0.153
=tahne =od | weight=0.153
=vyplacena =nebyl | weight=0.151, noneg
=prisel =a | weight=0.151
=teze | weight=0.151
=servisu | weight=0.151
=ten =poplatek | weight=0.150
=opravu =a | weight=0.150
=vyplacena | weight=0.149
=nefunkcni | weight=0.148
=jako =fakt | weight=0.148
=problem =s | weight=0.147
=pate =hovor | weight=0.147
=plynomeru | weight=0.147
=resit | weight=0.147
=pobocce =jsem | weight=0.146
=trikrat =jsem | weight=0.145
=vraci | weight=0.144
=reklamaci =a | weight=0.144
=nebyl =situaci | weight=0.142, noneg
=stiznost =nebyl | weight=0.142, noneg
=za =sebe | weight=0.141
=opakovane | weight=0.141
=priste =aktualizaci | weight=0.140
=ve =trech | weight=0.140
=presne =tam | weight=0.140
=pokazde =musim | weight=0.140
=popis | weight=0.140
=zase =bez | weight=0.139, noneg
=monter | weight=0.139
=zalezitost | weight=0.138
=trva | weight=0.137
=podpora =mlci | weight=0.137
=na =vyuctovani | weight=0.136
=neopravi | weight=0.136
=stav | weight=0.135
=navstevach =servisu | weight=0.135
=nekolikrat | weight=0.135
=jsem =hlas | weight=0.134
=som | weight=0.133
=internet =porad | weight=0.132
=vas =banky | weight=0.131
=dodnes | weight=0.130
=vada | weight=0.130
=bez =internet | weight=0.130, noneg
=vas =na | weight=0.129
=trva =dal | weight=0.128
=pracku =a | weight=0.128
=zarizeni | weight=0.127
=nikdo =ho | weight=0.127, noneg
=tretikrat | weight=0.126
=uz =tretikrat | weight=0.126
=penize =mi | weight=0.126
=porad =bez | weight=0.126, noneg
=se =snazil | weight=0.126
=vysvetlil =od | weight=0.125
=a =kotel | weight=0.125
=uz =ve | weight=0.125
=jinde | weight=0.125
=bez =teple | weight=0.124, noneg
=visi =bez | weight=0.124, noneg
=vsechno =jsem | weight=0.124
=v =byt | weight=0.124
=pate | weight=0.124
=den =reklamoval | weight=0.123
=stejne | weight=0.123
=dvou | weight=0.123
=mlci | weight=0.122
=pak =znovu | weight=0.122
=trikrat =e-mail | weight=0.122
=to =neopravi | weight=0.122
=uz =pate | weight=0.122
=jsem =s | weight=0.121
=mycka | weight=0.121
=tom =na | weight=0.121
=porad =nemam | weight=0.120, noneg
=chci =je | weight=0.120
=je =zpatky | weight=0.120
=byla =prislibena | weight=0.120
=kotel =netopi | weight=0.119
=prislibena | weight=0.117
=to =nefunguje | weight=0.117
=moje =objednavka | weight=0.117
=nezmenilo | weight=0.117
=porad =nevi | weight=0.116
=vodarna | weight=0.116
=podesate | weight=0.116
=vanocich =a | weight=0.116
=odesilatel =odesilatel | weight=0.115
=trech | weight=0.115
=neni | weight=0.115, noneg
=kvuli =stejne | weight=0.114
=jsem =uz | weight=0.114
=jsem =zaplatit | weight=0.113
=vymenu =baterii | weight=0.113
=porad =neni | weight=0.113, noneg
=na =papiru | weight=0.113
=uz =tyden | weight=0.113
=s =vas | weight=0.112
=nakonec =jsem | weight=0.112
=tak =porad | weight=0.112
=mi =nejde | weight=0.111
=uplne =stejne | weight=0.111
=ted =znovu | weight=0.111
=trech =navstevach | weight=0.111
=neprisla =ani | weight=0.110, noneg
=proste =zapadly | weight=0.110
=zapadly | weight=0.110
=zpravy =proste | weight=0.110
=aktualizaci | weight=0.110
=vanocich | weight=0.109
=podesate =hlas | weight=0.109
=vam =volam | weight=0.109
=po =mesic | weight=0.108
=a =konce | weight=0.108
=od =minuly | weight=0.108
=opravena | weight=0.108
=od =brezna | weight=0.108
=vam =trikrat | weight=0.108
=porad =hazi | weight=0.108
=a =topeni | weight=0.107
=stale =a | weight=0.107
=smlouvu =k | weight=0.107
=mluvit =jsem | weight=0.107
=moje =banky | weight=0.107
=nic =neudelal | weight=0.106, noneg
=tom =prace | weight=0.106
=vypovidam | weight=0.105
=to =nevedel | weight=0.105
=nad =ni | weight=0.105
=hodiny =na | weight=0.105
=uz =popis | weight=0.104
=popsal =jsem | weight=0.104
=tam =je | weight=0.104
=uz =dva | weight=0.104
=pozdeji =a | weight=0.104
=mesic | weight=0.104
=reklamaci =lezi | weight=0.104
=servisu =uz | weight=0.104
=bezradne | weight=0.104
=nic | weight=0.104, noneg
=jsem =odesla | weight=0.104
=kolikrat | weight=0.103
=kolikrat =vam | weight=0.103
=mam =jeste | weight=0.103
=jsem =pres | weight=0.103
=zdrzuju | weight=0.103
=e-mail | weight=0.103
=uz =muj | weight=0.103
=zavada =na | weight=0.103
=kolega =mi | weight=0.102
=nejde =to | weight=0.102
=to =a | weight=0.102
=neozval | weight=0.102
=a =nikam | weight=0.102
=vubec =nic | weight=0.102, noneg
=tvrdi =opakovane | weight=0.102
=a =nic | weight=0.102, noneg
=treti =mesic | weight=0.101
=pisu =kvuli | weight=0.101
=penize =nikdo | weight=0.101, noneg
=pres =formular | weight=0.101
=a =podesate | weight=0.101
=cislo =pozadavek | weight=0.101
=je =u | weight=0.100
=snazil | weight=0.100
=jako =vyreseni | weight=0.100
=jsem =resit | weight=0.099
=brezna | weight=0.099
=dvou =navstevach | weight=0.099
=vada =a | weight=0.099
=nas =doma | weight=0.099
=problem =v | weight=0.099
=obnovit | weight=0.099
=automaticky =obnovit | weight=0.099
=a =nikdo | weight=0.099, noneg
=potreti =jsem | weight=0.099
=prestoze =jsem | weight=0.098
=brezna =visi | weight=0.098
=ve =vzduchu | weight=0.098
=vzduchu | weight=0.098
=vzduchu =a | weight=0.098
=porad =tece | weight=0.098
=furt | weight=0.098
=stale =nevyrizena | weight=0.098
=furt =volam | weight=0.098
=jsem =zbozi | weight=0.098
=hovor =se | weight=0.097
=reklamaci =stejne | weight=0.097
=technik =byla | weight=0.097
=krat | weight=0.097
=odstavec | weight=0.097
=porad =stejne | weight=0.097
=mrtva | weight=0.096
=duvodu | weight=0.096
=ze =ve | weight=0.096
=pak =odesel | weight=0.096
=uz | weight=0.096
=resit =tu | weight=0.096
=furt =stejne | weight=0.095
=moje =mam | weight=0.095
=neopraveny | weight=0.095
=vratit =neopraveny | weight=0.095
=trikrat =a | weight=0.095
=penize =porad | weight=0.094
=tiket | weight=0.094
=po =vsech | weight=0.094
=zavesil =kdyz | weight=0.093
=vam =pisu | weight=0.093
=evidentne | weight=0.093
=reklamaci =od | weight=0.092
=mam =toho | weight=0.092
=stale =zadna | weight=0.092, noneg
=ve =stav | weight=0.092
=moje =reklamaci | weight=0.092
=vyreseni | weight=0.092
=poctvrte =vam | weight=0.091
=na =ne | weight=0.091, noneg
=jsem =vas | weight=0.091
=a =vratit | weight=0.091
=o =opravu | weight=0.091
=dokola =a | weight=0.090
=dosud | weight=0.090
=mi =dodnes | weight=0.090
=resit =vyuctovani | weight=0.090
=vysledek =nikdo | weight=0.090, noneg
=stary =telefon | weight=0.090
=jako =je | weight=0.090
=o =zruseny | weight=0.089
=zruseny =me | weight=0.089
=stejne =chyba | weight=0.089
=stale =neni | weight=0.089, noneg
=ctvrt | weight=0.089
=se =spatne | weight=0.088
=slecna =me | weight=0.088
=porad =sviti | weight=0.088
=sviti | weight=0.088
=je =spatne | weight=0.088
=psat | weight=0.088
=bude =opravena | weight=0.088
=a =router | weight=0.087
=mi =nezazvonil | weight=0.087
=nezazvonil | weight=0.087
=nezazvonil =ani | weight=0.087, noneg
=sablona | weight=0.087
=cem =jsem | weight=0.087
=neprisel | weight=0.087
=se =neozval | weight=0.087
=uz =treti | weight=0.087
=to =problem | weight=0.087
=kvuli =tom | weight=0.087
=sablona =ktery | weight=0.087
=nic =nezmenilo | weight=0.087, noneg
=vam =uz | weight=0.087
=servisu =je | weight=0.086
=stejne =stav | weight=0.086
=m | weight=0.086
=den =prosim | weight=0.086
=sedmkrat | weight=0.086
=jsem =nakonec | weight=0.085
=kvuli =chybne | weight=0.085
=na =lednici | weight=0.085
=vas =kolega | weight=0.084
=reklamoval | weight=0.084
=toho =dostal | weight=0.083
=x =jsem | weight=0.083
=nejde =uz | weight=0.083
=hruza | weight=0.083
=domluvit | weight=0.083
=ackoli =jsem | weight=0.083
=me =smlouvu | weight=0.082
=ze =platba | weight=0.082
=chyba =na | weight=0.082
