# unresolved, cs: learned by scripts/learn.py from 2812 tuning texts (181 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Dobrý den, prosím o zrušení mé smlouvy k 30. 6. Důvodem je opakovaný výpadek signálu a neochota Vašich pracovníků cokoli řešit. S pozdravem M. Říha
+ Jsme e-shop a váš kurýrní portál nám už měsíc špatně tiskne štítky. Podpora nám stále opakuje, že problém je v našem prohlížeči, přestože jsme zkoušeli tři různé.
+ volame uz potreti a porad nic
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=ani =po | weight=0.579, noneg
=neni =schopna | weight=0.402, noneg
=potreti | weight=0.378
=nic =se | weight=0.375, noneg
=porad =nejde | weight=0.373
=treti | weight=0.370
=pretrvava | weight=0.350
=nikdo =s | weight=0.345, noneg
=trikrat | weight=0.329
=volam =a | weight=0.297
=nefunguje | weight=0.291
=stale | weight=0.284
=nikam | weight=0.279, noneg
=poctvrte | weight=0.275
=x | weight=0.275
=vysledek | weight=0.275
=a =stale | weight=0.269
=porucha | weight=0.269
=zavolam =zitra | weight=0.268
=zustava | weight=0.254
=a =vysledek | weight=0.253
=bez =vyrizeni | weight=0.250, noneg
=odeslat =bez | weight=0.250, noneg
=jiz | weight=0.247
=lezi | weight=0.246
=treti =tyden | weight=0.242
=se =porad | weight=0.241
=zavada | weight=0.240
=nepohnulo | weight=0.238
=porad =to | weight=0.234
=dva =mesic | weight=0.228
=pozadavek | weight=0.225
=uz =ctyrikrat | weight=0.224
=dvakrat =a | weight=0.223
=volam =uz | weight=0.220
=trva =dal | weight=0.220
=to =porad | weight=0.219
=po =dvou | weight=0.212
=ticket | weight=0.212
=technik =prisel | weight=0.209
=nic =nehnula | weight=0.204, noneg
=opet | weight=0.203
=nic =vyreseni | weight=0.202, noneg
=se =zase | weight=0.201
=nevyresen | weight=0.201
=nikam =nepohnulo | weight=0.200
=uzavreli | weight=0.199
=nekonecne | weight=0.198
=at =zavolam | weight=0.196
=e-mail =a | weight=0.195
=pozadavek =zustava | weight=0.195
=mesic =resit | weight=0.193
=hovor =porad | weight=0.192
=kotel | weight=0.192
=na =servisu | weight=0.191
=ctyrikrat | weight=0.190
=netopi | weight=0.190
=bez | weight=0.189, noneg
=stale =zadna | weight=0.188, noneg
=chyba =se | weight=0.187
=porad =nefunguje | weight=0.186
=a =furt | weight=0.185
=bez =jakehokoli | weight=0.183, noneg
=uz =trikrat | weight=0.182
=trech =e-mail | weight=0.181
=porad | weight=0.181
=to =neni | weight=0.180, noneg
=kruhu | weight=0.180
=kruhu =uz | weight=0.180
=tocim =se | weight=0.180
=v =kruhu | weight=0.180
=nebyl =situaci | weight=0.180, noneg
=stiznost =nebyl | weight=0.180, noneg
=banka =tvrdi | weight=0.179
=nic =neresi | weight=0.176, noneg
=z =misto | weight=0.176
=internet =vypadava | weight=0.176
=ten =poplatek | weight=0.175
=se =uz | weight=0.172
=som | weight=0.172
=uz =poctvrte | weight=0.172
=se =v | weight=0.171
=pobocce =jsem | weight=0.168
=pracku =a | weight=0.168
=uz =mesic | weight=0.167
=reklamaci =se | weight=0.167
=potreti =a | weight=0.166
=vypadava | weight=0.166
=pry =at | weight=0.165
=nezapojil | weight=0.165
=stejne =nezapojil | weight=0.165
=jsem =hlas | weight=0.164
=stejne | weight=0.164
=trva =od | weight=0.163
=uz =ctvrt | weight=0.163
=teze | weight=0.163
=jako =fakt | weight=0.161
=objevila | weight=0.160
=jinde | weight=0.160
=porad =je | weight=0.159
=byla =presne | weight=0.158
=kde =na | weight=0.158
=po =pul | weight=0.158
=pate | weight=0.157
=popis | weight=0.156
=navstevy | weight=0.156
=porad =hazi | weight=0.156
=ve =trech | weight=0.154
=plynomer | weight=0.154
=problem | weight=0.152
=podpora =mlci | weight=0.152
=se =objevila | weight=0.151
=nic =neudelal | weight=0.151, noneg
=jsem =s | weight=0.150
=podesate | weight=0.150
=zase =bez | weight=0.149, noneg
=tyden =bez | weight=0.148, noneg
=pozdeji =a | weight=0.148
=penize =mi | weight=0.147
=trikrat =jsem | weight=0.147
=neni | weight=0.147, noneg
=vyplacena =nebyl | weight=0.147, noneg
=trva | weight=0.147
=podruhe | weight=0.146
=i =po | weight=0.146
=vyplacena | weight=0.145
=prisel =a | weight=0.144
=porad =tece | weight=0.143
=tece | weight=0.143
=bez =vysledek | weight=0.143, noneg
=se =tahne | weight=0.143
=tahne | weight=0.143
=tahne =od | weight=0.143
=presne =tam | weight=0.142
=tam =kde | weight=0.142
=internet =porad | weight=0.142
=stejne =chyba | weight=0.142
=za =sebe | weight=0.141
=dvou | weight=0.141
=potreti =jsem | weight=0.141
=to =nefunguje | weight=0.141
=sam =fakturu | weight=0.140
=se =snazil | weight=0.140
=priste =aktualizaci | weight=0.140
=zavada =na | weight=0.139
=uz =ve | weight=0.139
=vysvetlil =od | weight=0.139
=volam =jsem | weight=0.138
=dodnes | weight=0.138
=penize =nikdo | weight=0.138, noneg
=vodarna | weight=0.136
=servisu | weight=0.136
=mlci | weight=0.136
=monter | weight=0.136
=pisu =kvuli | weight=0.135
=uz =muj | weight=0.134
=v =byt | weight=0.134
=nezmenilo | weight=0.132
=vas =banka | weight=0.132
=trikrat =e-mail | weight=0.131
=porad =bez | weight=0.129, noneg
=resit =to | weight=0.129
=opravena | weight=0.128
=nikdo =ho | weight=0.128, noneg
=opakovane | weight=0.128
=porad =se | weight=0.128
=bez =teple | weight=0.126, noneg
=nakonec =jsem | weight=0.126
=tom =na | weight=0.125
=zkusim | weight=0.125
=a =problem | weight=0.123
=kde =jste | weight=0.123
=to =nevedel | weight=0.122
=uz =potreti | weight=0.122
=a =nic | weight=0.122, noneg
=podesate =hlas | weight=0.122
=vec | weight=0.121
=popsal =jsem | weight=0.121
=tretikrat | weight=0.120
=uz =tretikrat | weight=0.120
=a =nikam | weight=0.120
=nic =neda | weight=0.120, noneg
=kvuli =stejne | weight=0.119
=vada =a | weight=0.118
=vas =podpora | weight=0.117
=pokazde =musel | weight=0.117
=a =kotel | weight=0.116
=topeni | weight=0.116
=uz =dva | weight=0.116
=vubec =nic | weight=0.116, noneg
=problem =s | weight=0.115
=moje =reklamaci | weight=0.114
=vas =na | weight=0.113
=aktualizaci | weight=0.113
=pokazde =mi | weight=0.113
=tom =prace | weight=0.113
=vada | weight=0.113
=po =mesic | weight=0.113
=po =treti | weight=0.112
=vanocich =a | weight=0.112
=zdrzuju | weight=0.112
=zalezitost | weight=0.111
=technik =byla | weight=0.111
=snazil | weight=0.111
=nas =doma | weight=0.111
=problem =v | weight=0.111
=proste =zapadly | weight=0.111
=zapadly | weight=0.111
=zpravy =proste | weight=0.111
=ze =chyba | weight=0.110
=neprisel | weight=0.110
=furt =volam | weight=0.110
=e-mail | weight=0.110
=na =lednici | weight=0.110
=jen =na | weight=0.110
=byla =prislibena | weight=0.109
=trikrat =a | weight=0.109
=dvou =navstevy | weight=0.109
=obnovit | weight=0.108
=mi =nejde | weight=0.108
=to =zkusim | weight=0.108
=nic | weight=0.108, noneg
=a =tak | weight=0.108
=mluvit =jsem | weight=0.107
=vanocich | weight=0.106
=prislibena | weight=0.106
=porad =neni | weight=0.106, noneg
=od =brezna | weight=0.106
=na =papiru | weight=0.105
=uz =popis | weight=0.105
=dvakrat | weight=0.105
=a =koncim | weight=0.104
=se =to | weight=0.104
=vyreseni | weight=0.104
=se =nic | weight=0.103, noneg
=kolikrat | weight=0.103
=kolikrat =vam | weight=0.103
=mam =jeste | weight=0.103
=resit =tu | weight=0.103
=smlouvy =k | weight=0.102
=furt =stejne | weight=0.102
=u =nas | weight=0.102
=mam =toho | weight=0.102
=sam =uz | weight=0.102
=porad =zadna | weight=0.102, noneg
=jsem =vas | weight=0.102
=brezna | weight=0.102
=moje =mam | weight=0.102
=sedmkrat | weight=0.101
=vam =to | weight=0.101
=automaticky =obnovit | weight=0.101
=duvodu | weight=0.101
=tiket | weight=0.101
=dosud | weight=0.100
=psat | weight=0.100
=je =u | weight=0.099
=hovor =se | weight=0.099
=moje =banka | weight=0.099
=reklamaci =lezi | weight=0.099
=servisu =uz | weight=0.099
=nebyl | weight=0.098, noneg
=stale =neni | weight=0.097, noneg
=topeni =porad | weight=0.097
=porad =vraci | weight=0.096
=bez =internet | weight=0.096, noneg
=na =mem | weight=0.096
=mrtva | weight=0.096
=po =vsech | weight=0.096
=brezna =visi | weight=0.096
=ve =vzduchu | weight=0.096
=vzduchu | weight=0.096
=vzduchu =a | weight=0.096
=uz | weight=0.095
=furt | weight=0.095
=jsem =odeslat | weight=0.094
=prestoze =jsem | weight=0.094
=to =problem | weight=0.094
=tvrdi =opakovane | weight=0.093
=a =podesate | weight=0.093
=cislo =pozadavek | weight=0.093
=ctvrt | weight=0.093
=podrazka | weight=0.093
=opet =nic | weight=0.093, noneg
=tim =nic | weight=0.093, noneg
=ucet =u | weight=0.092
=reklamaci =a | weight=0.092
=x =jsem | weight=0.092
=uplne =stejne | weight=0.091
=nepomohla | weight=0.091
=vypadek | weight=0.090
=zitra | weight=0.090
=resit =vyuctovani | weight=0.090
=vysledek =nikdo | weight=0.090, noneg
=ani =potvrzeni | weight=0.090, noneg
=kompresor | weight=0.089
=vam =uz | weight=0.089
=zakaznickou =lince | weight=0.089
=porad =stejne | weight=0.089
=problem =stale | weight=0.089
=nulu | weight=0.089
=mi =nefunguje | weight=0.088
=kvuli =chybne | weight=0.088
=na =ne | weight=0.088, noneg
=a =vratit | weight=0.088
=ackoli =jsem | weight=0.088
=reklamaci =od | weight=0.087
=uz =tyden | weight=0.087
=s =vam | weight=0.087
=stiznost =prisla | weight=0.087
=visi | weight=0.087
=jiz =potreti | weight=0.086
=porad =nemam | weight=0.086, noneg
=nikdo =nic | weight=0.086, noneg
=resit | weight=0.086
=opravu =kotel | weight=0.085
=o =zruseny | weight=0.085
=zruseny =me | weight=0.085
=prednostne | weight=0.085
=jsem =nakonec | weight=0.084
=mi =dodnes | weight=0.084
=nas =reklamaci | weight=0.084
=je =spatne | weight=0.084
=podruhe =posila | weight=0.084
=posila =reklamaci | weight=0.084
=reklamaci =stejne | weight=0.084
=x =pokazde | weight=0.084
=poplatek | weight=0.084
=je =v | weight=0.084
=vcera | weight=0.083
=sebe | weight=0.083
=mou =stiznost | weight=0.083
=banka =me | weight=0.083
=strhli | weight=0.083
=neni =ani | weight=0.083, noneg
=nepracuje | weight=0.082
=trech | weight=0.082
=den =prosim | weight=0.082
=kvuli =te | weight=0.081
=nic =nezmenilo | weight=0.081, noneg
=internet | weight=0.081
=reklamovat =telefon | weight=0.081
=bude =opravena | weight=0.081
=evidentne | weight=0.081
=zadna =reakce | weight=0.081, noneg
=servisu =se | weight=0.080
=nas =dvakrat | weight=0.080
=se =sam | weight=0.080
=mi =nezazvonil | weight=0.080
=nezazvonil | weight=0.080
=nezazvonil =ani | weight=0.080, noneg
=m | weight=0.080
=nikdo =ani | weight=0.079, noneg
=popsal | weight=0.079
=hruza | weight=0.079
=hovor | weight=0.078
=ujistili =me | weight=0.078
=me =smlouvy | weight=0.078
=toho =dostal | weight=0.078
=neni =vyreseni | weight=0.078, noneg
=mi =strhli | weight=0.078
=tech | weight=0.078
=mesic | weight=0.077
=telefon =byla | weight=0.077
=nabijel | weight=0.077
=appku | weight=0.077
=vypovidam | weight=0.077
=signalu | weight=0.076
=vypadek =signalu | weight=0.076
=hovor =s | weight=0.076
=x =a | weight=0.076
=vypovidam =smlouvy | weight=0.076
=me =premlouval | weight=0.076
=nekolikrat | weight=0.076
=servisu =a | weight=0.075
=uz =po | weight=0.075
=opravu =a | weight=0.075
=sablona =odpoved | weight=0.075
=poctvrte =a | weight=0.074
=nakonec =mi | weight=0.074
=stejne =nic | weight=0.074, noneg
=ztracene | weight=0.074
=porad =netopi | weight=0.074
=jim =pres | weight=0.074
=vypisu | weight=0.074
=pry =prijit | weight=0.074
=reklamaci =vyridili | weight=0.073
=depu =me | weight=0.073
=na =odesilatele | weight=0.073
=prisel =rozbil | weight=0.073
=auto =porad | weight=0.073
=navstevy =servisu | weight=0.073
=tak =dlouho | weight=0.073
=a =router | weight=0.072
=nenastavil | weight=0.072
=router =stejne | weight=0.072
=stejne =nenastavil | weight=0.072
=a =zase | weight=0.072
=muj =druhy | weight=0.072
=cokoli | weight=0.072
=dva =tyzdne | weight=0.072
