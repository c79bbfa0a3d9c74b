# unresolved, cs: learned by scripts/learn.py from 3092 tuning texts (207 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Jsme e-shop a váš kurýrní portál nám už měsíc špatně tiskne štítky. Podpora nám stále opakuje, že problém je v našem prohlížeči, přestože jsme zkoušeli tři různé.
+ volame uz potreti a porad nic
+ Už pátý hovor a výsledek nula.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=ani =po | weight=0.592, noneg
=neni =schopna | weight=0.401, noneg
=nic =se | weight=0.375, noneg
=porad =nejde | weight=0.365
=treti | weight=0.352
=pretrvava | weight=0.342
=nikdo =s | weight=0.341, noneg
=potreti | weight=0.339
=trikrat | weight=0.309
=stale | weight=0.304
=jiz | weight=0.304
=nikam | weight=0.283, noneg
=volam =a | weight=0.283
=nefunguje | weight=0.279
=poctvrte | weight=0.273
=x | weight=0.271
=porad =to | weight=0.266
=zustava | weight=0.264
=porucha | weight=0.262
=a =stale | weight=0.261
=a =vysledek | weight=0.261
=opet | weight=0.259
=vysledek | weight=0.250
=bez =vyrizeni | weight=0.249, noneg
=odesla =bez | weight=0.249, noneg
=lezi | weight=0.246
=po =dvou | weight=0.237
=se =porad | weight=0.231
=uz =mesic | weight=0.231
=trva =dal | weight=0.226
=nepohnulo | weight=0.224
=ticket | weight=0.223
=uz =ctyrikrat | weight=0.223
=zavada | weight=0.222
=dvakrat =a | weight=0.220
=treti =tyden | weight=0.220
=technik =prisel | weight=0.217
=pozadavek | weight=0.212
=porad | weight=0.210
=zavolam =zitra | weight=0.205
=volam =uz | weight=0.205
=pozadavek =zustava | weight=0.204
=potreti =a | weight=0.202
=nic =vyreseni | weight=0.202, noneg
=to =porad | weight=0.202
=se =zase | weight=0.201
=dva =mesic | weight=0.201
=nic =nehnula | weight=0.200, noneg
=uz =trikrat | weight=0.197
=pry =at | weight=0.193
=na =servisu | weight=0.192
=nevyresen | weight=0.192
=nekonecne | weight=0.192
=nikam =nepohnulo | weight=0.192
=mesic =resit | weight=0.190
=hovor =porad | weight=0.190
=kotel | weight=0.189
=netopi | weight=0.189
=bez =jakehokoli | weight=0.189, noneg
=uzavreli | weight=0.188
=porad =nefunguje | weight=0.187
=a =furt | weight=0.186
=chyba =se | weight=0.183
=trva =od | weight=0.179
=e-mail =a | weight=0.178
=tece | weight=0.177
=se =v | weight=0.176
=nebyl =situaci | weight=0.176, noneg
=stiznost =nebyl | weight=0.176, noneg
=uz =poctvrte | weight=0.176
=banky =tvrdi | weight=0.176
=uz =ctvrt | weight=0.175
=ctyrikrat | weight=0.175
=kruhu | weight=0.175
=kruhu =uz | weight=0.175
=toci =se | weight=0.175
=v =kruhu | weight=0.175
=stale =zadna | weight=0.175, noneg
=bez =vysledek | weight=0.174, noneg
=tyden =bez | weight=0.173, noneg
=som | weight=0.173
=ten =poplatek | weight=0.173
=volam =jsem | weight=0.172
=se =uz | weight=0.172
=internet =vypadava | weight=0.171
=to =neni | weight=0.170, noneg
=jako =fakt | weight=0.169
=podruhe | weight=0.168
=nezapojil | weight=0.167
=stejne =nezapojil | weight=0.167
=jinde | weight=0.167
=pate | weight=0.167
=reklamaci =se | weight=0.166
=z =misto | weight=0.166
=at =zavolam | weight=0.163
=trech =e-mail | weight=0.163
=vypadava | weight=0.163
=nic =neresi | weight=0.162, noneg
=objevila | weight=0.162
=pracku =a | weight=0.161
=teze | weight=0.159
=byla =presne | weight=0.159
=kde =na | weight=0.159
=po =pul | weight=0.159
=se =objevila | weight=0.159
=pobocce =jsem | weight=0.158
=bez | weight=0.157, noneg
=podpora =mlci | weight=0.155
=navstevy | weight=0.155
=prisel =a | weight=0.153
=stejne | weight=0.153
=nic =neudelal | weight=0.153, noneg
=porad =je | weight=0.152
=neni | weight=0.150, noneg
=vyplacena =nebyl | weight=0.149, noneg
=reklamaci =a | weight=0.146
=zase =bez | weight=0.146, noneg
=vyplacena | weight=0.145
=presne =tam | weight=0.145
=tam =kde | weight=0.145
=penize =mi | weight=0.144
=mlci | weight=0.144
=to =nefunguje | weight=0.144
=pokazde =mi | weight=0.144
=jsem =hlas | weight=0.144
=stejne =chyba | weight=0.143
=plynomeru | weight=0.143
=priste =aktualizaci | weight=0.143
=i =po | weight=0.143
=dvou | weight=0.143
=nikdo =ho | weight=0.142, noneg
=za =sebe | weight=0.142
=popis | weight=0.142
=pisu =kvuli | weight=0.142
=internet =porad | weight=0.141
=ve =trech | weight=0.140
=se =tahne | weight=0.139
=tahne | weight=0.139
=tahne =od | weight=0.139
=trikrat =jsem | weight=0.138
=porad =hazi | weight=0.138
=zalezitost | weight=0.136
=pokazde =musim | weight=0.135
=zavada =na | weight=0.135
=problem | weight=0.135
=a =nic | weight=0.133, noneg
=sam =fakturu | weight=0.133
=trva | weight=0.133
=monter | weight=0.133
=servisu | weight=0.133
=dodnes | weight=0.131
=bez =teple | weight=0.131, noneg
=vas =banky | weight=0.130
=a =problem | weight=0.130
=podesate | weight=0.129
=porad =bez | weight=0.129, noneg
=opakovane | weight=0.129
=to =nevedel | weight=0.127
=potreti =jsem | weight=0.126
=tak =porad | weight=0.126
=vas =podpora | weight=0.126
=tretikrat | weight=0.126
=uz =tretikrat | weight=0.126
=uz =dva | weight=0.125
=podesate =hlas | weight=0.125
=nakonec =jsem | weight=0.125
=a =nikam | weight=0.125
=pak =znovu | weight=0.124
=jsem =s | weight=0.123
=uz =ve | weight=0.123
=vodarna | weight=0.122
=porad =se | weight=0.122
=pozdeji =a | weight=0.121
=nezmenilo | weight=0.121
=porad =tece | weight=0.121
=resit =to | weight=0.121
=vada =a | weight=0.121
=se =snazil | weight=0.120
=v =byt | weight=0.120
=zkusim | weight=0.120
=opravena | weight=0.119
=nic | weight=0.119, noneg
=porad =neni | weight=0.119, noneg
=kvuli =stejne | weight=0.118
=a =kotel | weight=0.118
=topeni | weight=0.118
=byla =prislibena | weight=0.117
=odesilatel =odesilatel | weight=0.117
=kde =jste | weight=0.117
=uz =muj | weight=0.117
=proste =zapadly | weight=0.116
=zapadly | weight=0.116
=zpravy =proste | weight=0.116
=dosud | weight=0.115
=tom =na | weight=0.115
=trikrat =a | weight=0.115
=bez =internet | weight=0.115, noneg
=prislibena | weight=0.114
=e-mail | weight=0.113
=mi =nejde | weight=0.113
=furt | weight=0.113
=vubec =nic | weight=0.112, noneg
=na =papiru | weight=0.112
=uz | weight=0.112
=furt =volam | weight=0.111
=vysvetlil =od | weight=0.110
=aktualizaci | weight=0.110
=po =mesic | weight=0.110
=resit | weight=0.110
=technik =byla | weight=0.110
=po =treti | weight=0.109
=moje =reklamaci | weight=0.109
=mam =toho | weight=0.109
=vam =uz | weight=0.109
=hovor =se | weight=0.109
=vymenu =baterii | weight=0.108
=popsal =jsem | weight=0.108
=vanocich =a | weight=0.108
=odstavec | weight=0.108
=vas =na | weight=0.108
=to =zkusim | weight=0.108
=uz =popis | weight=0.107
=stale =neni | weight=0.106, noneg
=nebyl | weight=0.106, noneg
=zdrzuju | weight=0.106
=od =brezna | weight=0.106
=smlouvu =k | weight=0.105
=ani =potvrzeni | weight=0.105, noneg
=auto =porad | weight=0.105
=duvodu | weight=0.104
=uz =tyden | weight=0.104
=po =vsech | weight=0.104
=je =v | weight=0.104
=trikrat =e-mail | weight=0.104
=obnovit | weight=0.104
=penize =nikdo | weight=0.103, noneg
=moje =mam | weight=0.102
=neozval | weight=0.102
=furt =stejne | weight=0.102
=reklamaci =lezi | weight=0.102
=servisu =uz | weight=0.102
=nas =doma | weight=0.101
=problem =v | weight=0.101
=ted =znovu | weight=0.101
=tom =prace | weight=0.101
=na =lednici | weight=0.101
=dvou =navstevy | weight=0.101
=tiket | weight=0.101
=mrtva | weight=0.100
=snazil | weight=0.100
=brezna | weight=0.100
=problem =trva | weight=0.100
=mluvit =jsem | weight=0.100
=a =konce | weight=0.099
=bude =opravena | weight=0.099
=jsem =odesla | weight=0.099
=vanocich | weight=0.099
=ze =ve | weight=0.099
=vypovidam | weight=0.098
=nic =neda | weight=0.098, noneg
=pozaduji =vraceni | weight=0.098
=dvakrat | weight=0.098
=kolikrat | weight=0.098
=kolikrat =vam | weight=0.098
=mam =jeste | weight=0.098
=a =podesate | weight=0.097
=cislo =pozadavek | weight=0.097
=moje =banky | weight=0.097
=resit =tu | weight=0.096
=ctvrt | weight=0.096
=vada | weight=0.096
=automaticky =obnovit | weight=0.096
=vam =to | weight=0.096
=problem =s | weight=0.095
=mesic | weight=0.095
=prestoze =jsem | weight=0.095
=vyreseni | weight=0.095
=topeni =porad | weight=0.095
=resit =vyuctovani | weight=0.094
=vysledek =nikdo | weight=0.094, noneg
=na =ne | weight=0.094, noneg
=brezna =visi | weight=0.094
=ve =vzduchu | weight=0.094
=vzduchu | weight=0.094
=vzduchu =a | weight=0.094
=reklamoval | weight=0.093
=nic =nezmenilo | weight=0.093, noneg
=jsem =vas | weight=0.093
=evidujeme | weight=0.092
=vas =zadost | weight=0.092
=zadost =evidujeme | weight=0.092
=tvrdi =opakovane | weight=0.092
=reklamaci =stejne | weight=0.092
=kvuli =chybne | weight=0.092
=porad =nemam | weight=0.091, noneg
=porad =vraci | weight=0.091
=tim =nic | weight=0.091, noneg
=baterii | weight=0.091
=poplatek | weight=0.091
=popsal | weight=0.090
=minut =pak | weight=0.090
=reklamaci =od | weight=0.090
=neprisel | weight=0.089
=podrazka | weight=0.089
=to =problem | weight=0.089
=uz =potreti | weight=0.088
=nejde =uz | weight=0.088
=zitra | weight=0.088
=nekolikrat | weight=0.088
=se =nic | weight=0.088, noneg
=hodiny =na | weight=0.087
=kompresor | weight=0.087
=restartovat | weight=0.087
=hovor | weight=0.087
=pry =prijit | weight=0.087
=nahradu =za | weight=0.087
=x =pokazde | weight=0.086
=je =u | weight=0.086
=zakaznickou =lince | weight=0.086
=u =nas | weight=0.086
=problem =stale | weight=0.086
=jim =pres | weight=0.086
=sam =uz | weight=0.086
=je =spatne | weight=0.085
=porad =sviti | weight=0.085
=sviti | weight=0.085
=a =vratit | weight=0.085
=podruhe =posila | weight=0.085
=posila =reklamaci | weight=0.085
=kvuli =te | weight=0.085
=neni =ani | weight=0.085, noneg
=sebe | weight=0.085
=opravu =kotel | weight=0.084
=vec | weight=0.084
=mi =dodnes | weight=0.084
=o =zruseny | weight=0.084
=zruseny =me | weight=0.084
=sablona | weight=0.084
=toho =dostal | weight=0.084
=sedmkrat | weight=0.084
=jsem =nakonec | weight=0.083
=ze =chyba | weight=0.083
=neni =vyreseni | weight=0.083, noneg
=evidentne | weight=0.083
=kotle | weight=0.083
=jen =na | weight=0.082
=x =jsem | weight=0.082
=a =bude | weight=0.082
=se =neozval | weight=0.082
=den =prosim | weight=0.081
=nepracuje | weight=0.081
=vam =trikrat | weight=0.081
=nakonec =mi | weight=0.081
=nas =reklamaci | weight=0.081
=mam =pry | weight=0.081
=vypovidam =smlouvu | weight=0.081
=kvuli =tom | weight=0.080
=poctvrte =a | weight=0.080
=porad =zadna | weight=0.080, noneg
=po =vymenu | weight=0.079
=prednostne | weight=0.079
=zadna =jen | weight=0.079, noneg
=m | weight=0.079
=navod =na | weight=0.079
=banky =me | weight=0.079
=mi =nezazvonil | weight=0.079
=nezazvonil | weight=0.079
=nezazvonil =ani | weight=0.079, noneg
=hruza | weight=0.079
=stiznost =prisla | weight=0.078
=ackoli =jsem | weight=0.078
=psat | weight=0.078
=porad =stejne | weight=0.078
=strhli | weight=0.078
=nechodi =sms | weight=0.077
=s =podpora | weight=0.077
=tak =dlouho | weight=0.077
=obracim | weight=0.077
=me =smlouvu | weight=0.077
=opet =nic | weight=0.077, noneg
=ujistili =me | weight=0.077
=opravu =a | weight=0.077
=jiz =potreti | weight=0.077
=servisu =se | weight=0.076
=ze =platba | weight=0.076
=vas =informuji | weight=0.076
=nas =dvakrat | weight=0.076
=me =premlouval | weight=0.076
=navstevy =servisu | weight=0.076
=mou =stiznost | weight=0.076
=bez =odezvy | weight=0.076, noneg
=na =podpora | weight=0.076
=stav | weight=0.076
=uz =treti | weight=0.076
=presne | weight=0.075
=uplne =stejne | weight=0.075
=mi =strhli | weight=0.075
=nulu | weight=0.075
=uz =po | weight=0.075
=rozbil | weight=0.075
