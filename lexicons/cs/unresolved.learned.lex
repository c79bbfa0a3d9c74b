# unresolved, cs: learned by scripts/learn.py from 2508 tuning texts (168 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Dobrý den, prosím o zrušení mé smlouvy k 30. 6. Důvodem je opakovaný výpadek signálu a neochota Vašich pracovníků cokoli řešit. S pozdravem M. Říha
+ Jsme e-shop a váš kurýrní portál nám už měsíc špatně tiskne štítky. Podpora nám stále opakuje, že problém je v našem prohlížeči, přestože jsme zkoušeli tři různé.
+ volame uz potreti a porad nic
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=ani =po | weight=0.591, noneg
=neni =schopna | weight=0.405, noneg
=treti | weight=0.378
=nic =se | weight=0.377, noneg
=porad =nejde | weight=0.358
=nefunguje | weight=0.353
=pretrvava | weight=0.343
=nikdo =s | weight=0.331, noneg
=trikrat | weight=0.321
=porucha | weight=0.296
=a =stale | weight=0.284
=nepohnul | weight=0.282
=potreti | weight=0.281
=lezi | weight=0.279
=vysledek | weight=0.278
=volam =a | weight=0.275
=x | weight=0.270
=poctvrte | weight=0.269
=stale | weight=0.267
=nikam | weight=0.266, noneg
=zavolam =zitra | weight=0.259
=a =vysledek | weight=0.254
=bez =vyrizeni | weight=0.249, noneg
=odeslat =bez | weight=0.249, noneg
=zustava | weight=0.246
=volam =uz | weight=0.241
=zavada | weight=0.237
=dva =mesic | weight=0.235
=trva =dal | weight=0.235
=se =porad | weight=0.229
=jiz | weight=0.229
=pozadavek | weight=0.228
=dvakrat =a | weight=0.225
=porad =to | weight=0.225
=technik =prisel | weight=0.220
=ticket | weight=0.219
=porad | weight=0.214
=opet | weight=0.211
=at =zavolam | weight=0.211
=reklamaci =se | weight=0.209
=nevyresen | weight=0.209
=nic =nehnula | weight=0.206, noneg
=netopi | weight=0.205
=uzavreli | weight=0.200
=nic =vyreseni | weight=0.199, noneg
=pozadavek =zustava | weight=0.198
=potreti =a | weight=0.198
=to =porad | weight=0.197
=treti =tyden | weight=0.196
=e-mail =a | weight=0.195
=nekonecne | weight=0.195
=porad =nefunguje | weight=0.192
=na =servisu | weight=0.191
=hovor =porad | weight=0.188
=stale =zadna | weight=0.188, noneg
=mesic =resit | weight=0.187
=kotel | weight=0.186
=po =dvou | weight=0.186
=bez =jakehokoli | weight=0.185, noneg
=kruhu | weight=0.184
=kruhu =uz | weight=0.184
=tocim =se | weight=0.184
=v =kruhu | weight=0.184
=a =furt | weight=0.184
=pracku =a | weight=0.184
=chyba =se | weight=0.184
=se =uz | weight=0.183
=nebyl =situaci | weight=0.183, noneg
=stiznost =nebyl | weight=0.183, noneg
=bez | weight=0.182, noneg
=uz =ctvrt | weight=0.181
=navstevach | weight=0.181
=nikam =nepohnul | weight=0.180
=to =neni | weight=0.180, noneg
=stejne | weight=0.180
=som | weight=0.179
=uz =poctvrte | weight=0.179
=stejne =chyba | weight=0.179
=podruhe | weight=0.179
=jako =fakt | weight=0.177
=ten =poplatek | weight=0.176
=pobocce =jsem | weight=0.176
=pate | weight=0.174
=internet =vypadava | weight=0.174
=nic =neresi | weight=0.173, noneg
=jinde | weight=0.172
=z =misto | weight=0.167
=vypadava | weight=0.167
=nezapojil | weight=0.166
=stejne =nezapojil | weight=0.166
=teze | weight=0.166
=objevila | weight=0.165
=bance =tvrdi | weight=0.165
=pry =at | weight=0.164
=uz =mesic | weight=0.163
=neni | weight=0.162, noneg
=servisu | weight=0.161
=trikrat =jsem | weight=0.159
=trva =od | weight=0.159
=vadu | weight=0.158
=plynomer | weight=0.158
=tyden =bez | weight=0.157, noneg
=penize =mi | weight=0.157
=nic =neudelal | weight=0.157, noneg
=byla =presne | weight=0.157
=kde =na | weight=0.157
=po =pul | weight=0.157
=porad =je | weight=0.156
=podesate | weight=0.154
=trva | weight=0.153
=bez =vysledek | weight=0.152, noneg
=jsem =hlas | weight=0.152
=i =po | weight=0.150
=bez =teple | weight=0.150, noneg
=pisu =kvuli | weight=0.149
=se =objevila | weight=0.149
=se =v | weight=0.148
=zavada =na | weight=0.147
=podpora =mlci | weight=0.146
=vysvetlil =od | weight=0.146
=vyplacena | weight=0.146
=resit =to | weight=0.145
=trikrat =e-mail | weight=0.145
=vyplacena =nebyl | weight=0.145, noneg
=popis | weight=0.144
=problem | weight=0.143
=presne =tam | weight=0.143
=tam =kde | weight=0.143
=pozdeji =a | weight=0.142
=uz =muj | weight=0.142
=se =snazil | weight=0.140
=prisel =a | weight=0.140
=zase =bez | weight=0.139, noneg
=dodnes | weight=0.139
=priste =aktualizaci | weight=0.138
=porad =bez | weight=0.138, noneg
=za =sebe | weight=0.137
=tretikrat | weight=0.137
=uz =tretikrat | weight=0.137
=internet =porad | weight=0.137
=kde =jste | weight=0.137
=v =byt | weight=0.137
=se =tahne | weight=0.137
=tahne | weight=0.137
=tahne =od | weight=0.137
=opravena | weight=0.136
=nikdo =ho | weight=0.136, noneg
=penize =nikdo | weight=0.135, noneg
=monter | weight=0.132
=uz =dva | weight=0.132
=pokazde =musim | weight=0.132
=uz =potreti | weight=0.132
=mlci | weight=0.131
=to =nefunguje | weight=0.131
=porad =tece | weight=0.129
=tece | weight=0.129
=vas =bance | weight=0.129
=nezmenilo | weight=0.127
=a =problem | weight=0.127
=aktualizaci | weight=0.126
=porad =neni | weight=0.125, noneg
=nakonec =jsem | weight=0.124
=reklamaci =stejne | weight=0.124
=ze =chyba | weight=0.124
=to =nevedel | weight=0.123
=se =to | weight=0.123
=pokazde =mi | weight=0.122
=resit | weight=0.122
=kvuli =stejne | weight=0.122
=uz =trikrat | weight=0.122
=opakovane | weight=0.122
=prislibena | weight=0.121
=tim =nic | weight=0.121, noneg
=vodarna | weight=0.120
=podesate =hlas | weight=0.120
=porad =se | weight=0.119
=dvou =navstevach | weight=0.119
=sam =uz | weight=0.119
=uz =ctyrikrat | weight=0.119
=ctyrikrat | weight=0.118
=a =nikam | weight=0.118
=na =lednici | weight=0.118
=dvou | weight=0.117
=nikdo =nic | weight=0.117, noneg
=furt | weight=0.116
=tom =prace | weight=0.115
=furt =stejne | weight=0.114
=mluvit =jsem | weight=0.114
=vubec =nic | weight=0.113, noneg
=proste =zapadly | weight=0.113
=zapadly | weight=0.113
=zpravy =proste | weight=0.113
=zkusim | weight=0.113
=jiz =potreti | weight=0.113
=nic | weight=0.112, noneg
=problem =s | weight=0.112
=vec | weight=0.112
=a =nic | weight=0.111, noneg
=od =brezna | weight=0.111
=furt =volam | weight=0.111
=brezna | weight=0.111
=dosud | weight=0.110
=technik =byla | weight=0.110
=neprisel | weight=0.110
=snazil | weight=0.110
=vyreseni | weight=0.109
=vanocich =a | weight=0.109
=zitra | weight=0.109
=zalezitost | weight=0.109
=reklamaci =lezi | weight=0.108
=servisu =uz | weight=0.108
=nas =doma | weight=0.108
=problem =v | weight=0.108
=a =kotel | weight=0.107
=jen =na | weight=0.107
=ctyrikrat =a | weight=0.107
=vadu =a | weight=0.106
=zdrzuju | weight=0.106
=vas =podpora | weight=0.106
=poplatek | weight=0.106
=uz =tyden | weight=0.106
=stale =neni | weight=0.106, noneg
=uz | weight=0.105
=je =u | weight=0.105
=porad =zadna | weight=0.104, noneg
=na =papiru | weight=0.104
=vas =na | weight=0.104
=ctvrt | weight=0.104
=dvakrat | weight=0.104
=moje =mam | weight=0.103
=topeni | weight=0.102
=hovor =se | weight=0.102
=a =koncim | weight=0.101
=nebyl | weight=0.101, noneg
=na =mem | weight=0.101
=prestoze =jsem | weight=0.101
=vanocich | weight=0.101
=psat | weight=0.100
=uz =popis | weight=0.100
=vcera | weight=0.100
=brezna =visi | weight=0.100
=ve =vzduchu | weight=0.100
=vzduchu | weight=0.100
=vzduchu =a | weight=0.100
=problem =stale | weight=0.099
=jsem =uz | weight=0.099
=kolikrat | weight=0.099
=kolikrat =vam | weight=0.099
=mam =jeste | weight=0.099
=duvodu | weight=0.098
=zadna =reakce | weight=0.098, noneg
=obnovit | weight=0.098
=smlouvy =k | weight=0.098
=porad =netopi | weight=0.098
=po =vsech | weight=0.097
=a =tak | weight=0.097
=nepomohlo | weight=0.097
=uz =treti | weight=0.097
=boty =se | weight=0.097
=vam =to | weight=0.097
=se =nic | weight=0.096, noneg
=to =zkusim | weight=0.096
=nic =neda | weight=0.096, noneg
=automaticky =obnovit | weight=0.096
=vypadek | weight=0.096
=mi =dodnes | weight=0.096
=x =pokazde | weight=0.096
=porad =vraci | weight=0.096
=a =podesate | weight=0.096
=cislo =pozadavek | weight=0.096
=jsem =odeslat | weight=0.094
=u =nas | weight=0.094
=ucet =u | weight=0.094
=bez =internet | weight=0.094, noneg
=volam =jsem | weight=0.093
=moje =bance | weight=0.093
=nekolikrat | weight=0.093
=po =mesic | weight=0.093
=evidentne | weight=0.092
=tam =nikdo | weight=0.092, noneg
=tvrdi =opakovane | weight=0.092
=tiket | weight=0.092
=uz =po | weight=0.092
=reklamaci =od | weight=0.091
=x =jsem | weight=0.090
=mi =nezazvonil | weight=0.090
=nezazvonil | weight=0.090
=nezazvonil =ani | weight=0.090, noneg
=sedmkrat | weight=0.090
=se =sam | weight=0.089
=visi | weight=0.089
=jsem =vas | weight=0.089
=bude =opravena | weight=0.088
=na =ne | weight=0.088, noneg
=mi =nefunguje | weight=0.088
=poctvrte =a | weight=0.088
=strhli | weight=0.087
=vsechno =vysvetlil | weight=0.087
=resit =vyuctovani | weight=0.087
=vysledek =nikdo | weight=0.087, noneg
=neni =ani | weight=0.086, noneg
=je =spatne | weight=0.086
=ackoli =jsem | weight=0.086
=to =problem | weight=0.086
=porad =nemam | weight=0.086, noneg
=appku | weight=0.086
=kvuli =chybne | weight=0.086
=mrtva | weight=0.085
=reklamaci =vyridili | weight=0.085
=ztracene | weight=0.085
=prednostne | weight=0.085
=bance =me | weight=0.084
=uplne =stejne | weight=0.083
=podruhe =posila | weight=0.083
=posila =reklamaci | weight=0.083
=opravu =a | weight=0.083
=telefon =byla | weight=0.083
=kvuli =te | weight=0.083
=opet =nic | weight=0.083, noneg
=nic =nezmenilo | weight=0.083, noneg
=mesic | weight=0.082
=vam =uz | weight=0.082
=nulu | weight=0.081
=o =zruseny | weight=0.081
=zruseny =me | weight=0.081
=reklamovat =to | weight=0.081
=kompresor | weight=0.081
=jsem =nakonec | weight=0.080
=muj =druhy | weight=0.080
=porad =hazi | weight=0.080
=nepracuje | weight=0.080
=na =zacatku | weight=0.080
=topeni =porad | weight=0.080
=opravu =kotel | weight=0.079
=ujistili =me | weight=0.079
=reklamovat =telefon | weight=0.079
=pry =prijit | weight=0.078
=tech | weight=0.078
=na =ten | weight=0.078
=den =prosim | weight=0.078
=jsem =s | weight=0.078
=bez =odezvy | weight=0.078, noneg
=mi =byla | weight=0.077
=m | weight=0.077
=byla =u | weight=0.076
=nas =reklamaci | weight=0.076
=me =premlouval | weight=0.075
=hovor | weight=0.075
=hodiny =na | weight=0.075
=uz =petkrat | weight=0.075
=porad =stejne | weight=0.075
=me =smlouvy | weight=0.075
=nas =dvakrat | weight=0.075
=a =vratit | weight=0.075
=zavolam =zpatky | weight=0.074
=sebe | weight=0.074
=cely =mesic | weight=0.074
=neni =vyreseni | weight=0.074, noneg
=nabijel | weight=0.074
=fakture =a | weight=0.074
=mi =strhli | weight=0.074
=ze =u | weight=0.074
=tak =dlouho | weight=0.073
=ctvrt =den | weight=0.073
=mam =pry | weight=0.072
=depu =me | weight=0.072
=na =odesilatele | weight=0.072
=prisel =rozbil | weight=0.072
=dat =narozeninam | weight=0.071
=internet | weight=0.071
=signalu | weight=0.071
=vypadek =signalu | weight=0.071
=stejne =odstavec | weight=0.071
=pobocce =kvuli | weight=0.071
=reste | weight=0.070
=me =posila | weight=0.070
=pokazde =jsem | weight=0.070
=zakaznickou =lince | weight=0.069
=dva =tyzdne | weight=0.069
=je =vyrieseny | weight=0.069
=nie | weight=0.069
=nie =je | weight=0.069
=stale =nie | weight=0.069
=tyzdne | weight=0.069
=vyrieseny | weight=0.069
=boxu =ve | weight=0.069
=pondeli =a | weight=0.069
=v =boxu | weight=0.069
=zasilka =mel | weight=0.069
=posila =na | weight=0.069
=je =v | weight=0.069
=a =zase | weight=0.068
=premlouval =k | weight=0.068
=po =treti | weight=0.068
=ani =potvrzeni | weight=0.068, noneg
=na =vyuctovani | weight=0.068
=na =opravu | weight=0.068
=pozdeji | weight=0.068
=s =vam | weight=0.068
=nefunkcni =pracku | weight=0.068
