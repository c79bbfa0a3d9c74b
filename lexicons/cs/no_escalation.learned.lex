# no_escalation, cs: learned by scripts/learn.py from 3092 tuning texts (119 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Vedouci posty si nechala vyridit, ze na stiznosti nema cas a at to napisu pres web.
+ operator v chatu mi napsal at si to priste prectu poradne nez budu otravovat, a kdyz jsem chtel jeho vedouciho, napsal ze zadnyho nemam dostat
+ virtualni asistent nerozumi ani jednoduche otazce a na pozadavek spojit s operatorem odpovida ze to neni mozne. chci mluvit s nekym kdo ma pravomoc, ale to u vas asi nejde.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=sef | weight=0.578
=nadrizeneho | weight=0.547
=manazera | weight=0.529
=rediteli | weight=0.490
=vedouci | weight=0.380
=nikoho | weight=0.363, noneg
=me =nepusti | weight=0.362
=je =konecne | weight=0.288
=ze =vedouci | weight=0.279
=nekoho | weight=0.255
=nespoji | weight=0.245
=s =nikam | weight=0.240, noneg
=kompetentniho | weight=0.237
=nepusti | weight=0.231
=jsem =o | weight=0.230
=si =pry | weight=0.230
=na =vedeni | weight=0.227
=se =vubec | weight=0.224
=nekomunikuje | weight=0.221
=neexistuje | weight=0.220
=se =zakaznik | weight=0.217
=se =pry | weight=0.213
=vedeni | weight=0.211
=pry =se | weight=0.210
=vyssi | weight=0.209
=obracim =nemuze | weight=0.208
=pracovnik =rekl | weight=0.207
=mi =dat | weight=0.207
=na =vedouci | weight=0.205
=smeny | weight=0.205
=jsem =nekoho | weight=0.200
=nikam =s | weight=0.200, noneg
=pry | weight=0.198
=nemluvi | weight=0.197
=dozadu | weight=0.196
=kontakt =na | weight=0.196
=marne | weight=0.193
=marne =jsem | weight=0.193
=vys =to | weight=0.192
=o =pred | weight=0.192
=mou =stiznost | weight=0.192
=vedouci =pry | weight=0.191
=nezveda | weight=0.189
=nezveda =telefon | weight=0.189
=vedeni =se | weight=0.187
=dat | weight=0.187
=tak =veci | weight=0.187
=sefik | weight=0.186
=schovava | weight=0.185
=kontakt | weight=0.185
=vys | weight=0.184
=stiznost =vys | weight=0.181
=odmitli | weight=0.181
=nejsem =zakaznik | weight=0.178, noneg
=vedouci =nejsem | weight=0.178, noneg
=nikdo =jinam | weight=0.177, noneg
=chtel =mluvit | weight=0.174
=vubec =nedostavil | weight=0.174
=nedostavil | weight=0.171
=zadam =jsem | weight=0.169
=neni | weight=0.168, noneg
=ma =pravomoc | weight=0.167
=nechal =zaprit | weight=0.167
=se =nechal | weight=0.167
=zaprit | weight=0.167
=vedouci =se | weight=0.167
=zakaznik =nemluvi | weight=0.165
=nikdo =neprisel | weight=0.163, noneg
=vys =pry | weight=0.162
=rozhodnuti | weight=0.162
=rozhodnuti =je | weight=0.162
=mi =neda | weight=0.160
=pry =neexistuje | weight=0.159
=ze =nemuze | weight=0.159
=provozni | weight=0.158
=na =porad | weight=0.157
=nikam | weight=0.157, noneg
=veci =neresi | weight=0.155
=vyssi =misto | weight=0.151
=jsem =chtel | weight=0.151
=prosim =jsem | weight=0.150
=kancelar | weight=0.148
=klienty =nekomunikuje | weight=0.147
=stiznost | weight=0.146
=pry =nejde | weight=0.145
=nikdo =me | weight=0.143, noneg
=s =klienty | weight=0.142
=nedovoli =mi | weight=0.141
=kdo =ma | weight=0.141
=si =s | weight=0.139
=kym =bych | weight=0.138
=jmeno =vedouci | weight=0.137
=sdelil =jmeno | weight=0.137
=ze =jeho | weight=0.137
=nadrizenyho | weight=0.137
=nekoho =nadrizenyho | weight=0.137
=rozhoduje | weight=0.137
=klienty | weight=0.136
=nesmi | weight=0.135
=odmitli =dat | weight=0.134
=pry =nepredaji | weight=0.134
=nelze | weight=0.134
=mou | weight=0.134
=pravomoc | weight=0.133
=me =odmitli | weight=0.133
=odmitli =prepojili | weight=0.133
=nedovoli | weight=0.133
=rediteli =odpoved | weight=0.132
=nepredaji | weight=0.131
=nadrizeneho =a | weight=0.131
=chtel =vedouci | weight=0.130
=jsem =mluvit | weight=0.129
=sef =prodejne | weight=0.129
=to =zbytecne | weight=0.128
=odmitli =prizvat | weight=0.126
=prizvat | weight=0.126
=prizvat =vedouci | weight=0.126
=nejde =zavolam | weight=0.126
=se =nedovoli | weight=0.126
=pry =nemam | weight=0.123, noneg
=s =vedouci | weight=0.122
=odmitli =mi | weight=0.122
=kym | weight=0.122
=s =kym | weight=0.122
=pred =veci | weight=0.121
=neresi | weight=0.121
=zadna =vedouci | weight=0.121, noneg
=to =nejde | weight=0.120
=osobu | weight=0.119
=konecne | weight=0.119
=tak =jsem | weight=0.119
=zamitnuta | weight=0.117
=instance | weight=0.115
=nedostal =jsem | weight=0.115
=o =kontakt | weight=0.115
=to =mohli | weight=0.115
=prej | weight=0.115
=na =nadrizeneho | weight=0.114
=nikdo =s | weight=0.113, noneg
=bych =to | weight=0.112
=vedouci =mi | weight=0.112
=neda | weight=0.111
=nadrizeneho =rekl | weight=0.111
=jeho | weight=0.110
=mohli | weight=0.110
=schvalit | weight=0.109
=ze =nikdo | weight=0.108, noneg
=manazera =mi | weight=0.107
=pry =zakaznik | weight=0.106
=jmeno | weight=0.105
=centru =se | weight=0.102
=nikdo =nad | weight=0.102, noneg
=nic =dela | weight=0.102, noneg
=nejsem | weight=0.102, noneg
=nadrizeneho =pracovnik | weight=0.100
=mi =byla | weight=0.098
=vedeni =mi | weight=0.098
=ze =on | weight=0.097
=nikdo =vys | weight=0.097, noneg
=sdeleno =ze | weight=0.095
=nekomu | weight=0.095
=na =centru | weight=0.095
=tak =ne | weight=0.095, noneg
=jejich =sef | weight=0.094
=sef =rekl | weight=0.094
=pry =neni | weight=0.093, noneg
=chtel =jsem | weight=0.093
=mi =sdelil | weight=0.093
=nemam =narok | weight=0.092, noneg
=vedouci =smeny | weight=0.092
=internet =informace | weight=0.091
=mluvit =s | weight=0.090
=ze =vys | weight=0.090
=pry =nedostal | weight=0.089
=vedouci =rekl | weight=0.089
=at =mi | weight=0.088
=pravomoc =to | weight=0.088
=nekoho =nadrizeneho | weight=0.088
=neni =a | weight=0.088, noneg
=je =posledni | weight=0.087
=posledni =instance | weight=0.087
=jeho =vedouci | weight=0.087
=nadrizeneho =me | weight=0.086
=mi =zavolam | weight=0.086
=ale =odmitli | weight=0.085
=obratim =nemuze | weight=0.085
=pry =obratim | weight=0.085
=se =prej | weight=0.084
=nejde =nikdo | weight=0.084, noneg
=na =manazera | weight=0.084
=s =nadrizeneho | weight=0.082
=nesplnuje | weight=0.082
=nekoho =kompetentniho | weight=0.081
=nikoho =nepousteji | weight=0.081, noneg
=to =nelze | weight=0.081
=kde =se | weight=0.080
=kalendar | weight=0.080
=moznost =neni | weight=0.079, noneg
=ale =rekl | weight=0.078
=nechal | weight=0.078
=jen =abych | weight=0.077
=neni =pro | weight=0.077, noneg
=odbyli | weight=0.077
=neda =omluvu | weight=0.077
=omluvu =tak | weight=0.077
=minut =jen | weight=0.077
=nemam =cas | weight=0.077
=vedouci =vysmal | weight=0.077
=jsem =mezi | weight=0.076
=on =je | weight=0.076
=jsem =at | weight=0.075
=nedostal | weight=0.075
=bez =vysvetleni | weight=0.075, noneg
=nepomuze | weight=0.074
=napsal =mi | weight=0.074
=jsem =nadrizeneho | weight=0.074
=kriterii | weight=0.074
=vas =recenzi | weight=0.074
=tu =neni | weight=0.074, noneg
=stiznost =nemam | weight=0.073
=chtel | weight=0.073
=rekl =operator | weight=0.073
=ktery =by | weight=0.072
=znela =ze | weight=0.072
=dobry =tak | weight=0.072
=abych =se | weight=0.070
=prominte | weight=0.070
=vedouci =s | weight=0.070
=zbytecne | weight=0.069
=odpoved =znela | weight=0.069
=znela | weight=0.069
=ten =se | weight=0.069
=celou =den | weight=0.068
=neco =kdo | weight=0.068
=neslysela | weight=0.068
=odvolanim | weight=0.068
=komu | weight=0.067
=vyjadrovat =nebude | weight=0.067, noneg
=sef =se | weight=0.066
=s =neco | weight=0.065
=vysmal =se | weight=0.065
=ze =tam | weight=0.065
=nadrizeneho =mi | weight=0.064
=vedouci =si | weight=0.064
=rusen | weight=0.064
=nikomu | weight=0.064, noneg
=to =nepujde | weight=0.064
=prej =nejde | weight=0.064
=nemuze =nic | weight=0.063, noneg
=tam =neni | weight=0.063, noneg
=operaci | weight=0.063
=pry =nikoho | weight=0.063, noneg
=nepujde | weight=0.062
=byla =zamitnuta | weight=0.062
=vety | weight=0.062
=jeho =sef | weight=0.062
=stejne =vyjadrovat | weight=0.062
=nepreje | weight=0.062
=ze =zadna | weight=0.061, noneg
=k =telefon | weight=0.061
=prodavacka =rekl | weight=0.061
=brigadnik | weight=0.061
=rozhodnout | weight=0.061
=pred =stiznost | weight=0.061
=prodejne =si | weight=0.061
=neni =zadna | weight=0.061, noneg
=vyssi =uroven | weight=0.061
=rozhoduje =a | weight=0.060
=se =kdo | weight=0.060
=tom =rozhoduje | weight=0.060
=moje =zadost | weight=0.060
=pozaduji =jsem | weight=0.059
=nemam | weight=0.058, noneg
=nepusti =pry | weight=0.058
=pak =rekl | weight=0.058
=vedouci =poste | weight=0.058
=na =stiznost | weight=0.057
=chci =mluvit | weight=0.057
=dam =na | weight=0.057
=me =pry | weight=0.057
=dozvedel | weight=0.057
=dozvedel =ze | weight=0.057
=se =dozvedel | weight=0.057
=nikdo | weight=0.056, noneg
=sdeleno | weight=0.056
=ze =sef | weight=0.056
=nic =nerekne | weight=0.056, noneg
=zadna =nadrizeneho | weight=0.056, noneg
=primar | weight=0.056
=abych | weight=0.055
=cas =a | weight=0.054
=me =s | weight=0.054
=hnus | weight=0.054
=dostal =k | weight=0.054
=to =zmenit | weight=0.053
=nemam =dostal | weight=0.053, noneg
=prepojili | weight=0.053
=byla =ze | weight=0.053
=reklamaci =na | weight=0.052
=pres =webu | weight=0.051
=neni =k | weight=0.051, noneg
=prepojili =na | weight=0.051
=vedouci =je | weight=0.051
=at =to | weight=0.051
=si =nechal | weight=0.051
=rodina | weight=0.051
=neni =mozne | weight=0.051, noneg
=jsem =za | weight=0.050
=obracim | weight=0.050
=jsem =zadam | weight=0.050
=to =u | weight=0.049
=nesmim | weight=0.049
=mi =s | weight=0.049
=po =nich | weight=0.049
=tom =stejne | weight=0.049
=ale =kdyz | weight=0.049
=zmackla | weight=0.048
=pry =neda | weight=0.048
=reklamoval =a | weight=0.048
=nemuze | weight=0.048
=nulu =a | weight=0.047
=nemuze =a | weight=0.047
=mi =ze | weight=0.047
=na =tom | weight=0.046
=prectu =poradne | weight=0.046
=priste =prectu | weight=0.046
=rekl =mi | weight=0.046
=uroven | weight=0.046
=mi =nic | weight=0.046, noneg
=pracovnik | weight=0.046
=ona | weight=0.045
=byla =sdeleno | weight=0.045
=ke | weight=0.045
=uz =me | weight=0.044
=ale =prodavacka | weight=0.044
=prej =to | weight=0.044
=coz =byla | weight=0.044
=pracovnik =coz | weight=0.044
=veci =nadrizeneho | weight=0.044
=ni | weight=0.044
=operator =v | weight=0.044
=pozaduji =o | weight=0.044
=policii | weight=0.044
=to =priste | weight=0.043
=operatorka =rekl | weight=0.043
=nic =nezmenilo | weight=0.043, noneg
=aby =to | weight=0.042
=byla =odepren | weight=0.042
=odepren | weight=0.042
=mam =pry | weight=0.042
=napisu =pres | weight=0.042
=dat =kontakt | weight=0.042
=za =nej | weight=0.042
=veci | weight=0.042
=stejne =nic | weight=0.042, noneg
=neprepoji | weight=0.041
=na =vyssi | weight=0.041
=at =vypadnu | weight=0.041
=vypadnu | weight=0.041
=operator =odpovida | weight=0.041
=to =normalne | weight=0.041
=infolince =mi | weight=0.041
=on =se | weight=0.040
=me =neprepoji | weight=0.040
=opakovane =jsem | weight=0.040
=jsem =se | weight=0.039
=da =se | weight=0.039
=nad | weight=0.039
=nikoho =jinam | weight=0.039, noneg
=ze =vedeni | weight=0.039
=otravovat | weight=0.039
=pomoc | weight=0.039
=jako =fakt | weight=0.038
=mi =pak | weight=0.038
=leda | weight=0.038
=asistent =nerozumi | weight=0.038
=kdo | weight=0.038
=spojit =s | weight=0.038
=posledni | weight=0.037
=s =ni | weight=0.037
=cekal =hodiny | weight=0.037
=jsem =ho | weight=0.037
=o =rozhovor | weight=0.036
=rozhovor =s | weight=0.036
=necte | weight=0.036
=zakaznik | weight=0.036
=ma =na | weight=0.035
=me =na | weight=0.035
=menu =a | weight=0.035
=se =ptam | weight=0.035
=manazera =se | weight=0.035
=kompetentniho =a | weight=0.034
=odpoved =byla | weight=0.034
=pred =vec | weight=0.034
=mi =vsak | weight=0.033
=o =postoupeni | weight=0.033
=postoupeni | weight=0.033
=postoupeni =stiznost | weight=0.033
=rediteli =byla | weight=0.033
=stiznost =rediteli | weight=0.033
