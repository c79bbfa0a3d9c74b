# no_escalation, cs: learned by scripts/learn.py from 3307 tuning texts (120 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Vedouci posty si nechala vyridit, ze na stiznosti nema cas a at to napisu pres web.
+ dobry den, volam uz podruhe, minule mi pan zavesil kdyz jsem chtel mluvit s vedoucim
+ Ochranka mě vyvedla jen proto, že jsem Rom. Když jsem chtěl vedoucího, řekli mi, ať vypadnu, nebo zavolají policii.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=sef | weight=0.570
=nadrizeneho | weight=0.539
=manazera | weight=0.516
=rediteli | weight=0.485
=vedouci | weight=0.373
=nikoho | weight=0.359, noneg
=me =nepusti | weight=0.358
=ze =vedouci | weight=0.277
=nekoho | weight=0.258
=nepusti | weight=0.246
=s =nikam | weight=0.242, noneg
=nespoji | weight=0.240
=je =konecne | weight=0.240
=kompetentniho | weight=0.232
=si =pry | weight=0.227
=jsem =o | weight=0.223
=neexistuje | weight=0.218
=se =vubec | weight=0.215
=nekomunikuje | weight=0.211
=na =vedeni | weight=0.211
=pry =se | weight=0.209
=vyssi | weight=0.207
=se =pry | weight=0.205
=smeny | weight=0.202
=vedeni | weight=0.202
=chtel =mluvit | weight=0.202
=se =zakaznik | weight=0.200
=nikam =s | weight=0.197, noneg
=obracim =nemuze | weight=0.196
=dozadu | weight=0.191
=nezveda | weight=0.190
=nezveda =telefon | weight=0.190
=jsem =nekoho | weight=0.190
=sefik | weight=0.187
=vedouci =pry | weight=0.186
=nemluvi | weight=0.186
=schovava | weight=0.186
=o =pred | weight=0.185
=marne | weight=0.185
=marne =jsem | weight=0.185
=kontakt =na | weight=0.185
=vys =to | weight=0.184
=pracovnik =rekl | weight=0.183
=tak =veci | weight=0.183
=na =vedouci | weight=0.183
=mou =stiznost | weight=0.182
=vedeni =se | weight=0.180
=nejsem =zakaznik | weight=0.179, noneg
=vedouci =nejsem | weight=0.179, noneg
=stiznost =vys | weight=0.179
=odmitli | weight=0.176
=vys | weight=0.171
=pry | weight=0.171
=vubec =nedostavil | weight=0.168
=nedostavil | weight=0.166
=zadam =jsem | weight=0.166
=nechal =zaprit | weight=0.166
=se =nechal | weight=0.166
=zaprit | weight=0.166
=nikdo =jinam | weight=0.161, noneg
=pry =neexistuje | weight=0.159
=kontakt | weight=0.159
=ma =pravomoc | weight=0.158
=neni | weight=0.158, noneg
=jsem =chtel | weight=0.156
=mi =neda | weight=0.156
=vys =pry | weight=0.155
=vedouci =se | weight=0.155
=provozni | weight=0.154
=nikdo =neprisel | weight=0.154, noneg
=pry =nejde | weight=0.153
=ze =jeho | weight=0.152
=vyssi =misto | weight=0.152
=rozhodnuti | weight=0.151
=rozhodnuti =je | weight=0.151
=veci =neresi | weight=0.151
=nikam | weight=0.150, noneg
=prosim =jsem | weight=0.150
=kancelar | weight=0.149
=nadrizeneho =a | weight=0.148
=stiznost | weight=0.147
=klienty | weight=0.145
=s =klienty | weight=0.145
=zakaznik =nemluvi | weight=0.144
=dat | weight=0.142
=na =porad | weight=0.142
=vedouci =mi | weight=0.142
=jejich =rozhodnuti | weight=0.141
=nedovoli | weight=0.139
=nedovoli =mi | weight=0.139
=kym =bych | weight=0.139
=kdo =ma | weight=0.138
=jmeno =vedouci | weight=0.138
=sdelil =jmeno | weight=0.138
=si =s | weight=0.137
=pry =nepredaji | weight=0.137
=nadrizenyho | weight=0.137
=nekoho =nadrizenyho | weight=0.137
=klienty =nekomunikuje | weight=0.136
=rediteli =odpoved | weight=0.136
=odmitli =dat | weight=0.136
=nikdo =me | weight=0.134, noneg
=nelze | weight=0.134
=nepredaji | weight=0.133
=rozhoduje | weight=0.130
=chtel =vedouci | weight=0.129
=sef =prodejne | weight=0.128
=pry =nemam | weight=0.127, noneg
=to =zbytecne | weight=0.127
=jsem =mluvit | weight=0.127
=me =odmitli | weight=0.126
=odmitli =prepojili | weight=0.126
=pravomoc | weight=0.125
=mi =dat | weight=0.125
=nejde =zavolam | weight=0.125
=kym | weight=0.124
=s =kym | weight=0.124
=pred =veci | weight=0.123
=mou | weight=0.123
=se =nedovoli | weight=0.120
=odmitli =mi | weight=0.119
=odmitli =prizvat | weight=0.119
=prizvat | weight=0.119
=prizvat =vedouci | weight=0.119
=zadna =vedouci | weight=0.118, noneg
=jeho | weight=0.118
=to =mohli | weight=0.118
=to =nejde | weight=0.118
=instance | weight=0.117
=neresi | weight=0.116
=zamitnuta | weight=0.114
=s =vedouci | weight=0.114
=osobu | weight=0.113
=mohli | weight=0.113
=nedostal =jsem | weight=0.113
=o =kontakt | weight=0.113
=schvalit | weight=0.112
=prej | weight=0.111
=ze =nikdo | weight=0.111, noneg
=manazera =mi | weight=0.110
=bych =to | weight=0.109
=mluvit =s | weight=0.109
=tak =jsem | weight=0.108
=na =nadrizeneho | weight=0.106
=ze =jejich | weight=0.105
=nadrizeneho =rekl | weight=0.105
=nikdo =s | weight=0.104, noneg
=pry =zakaznik | weight=0.103
=nejsem | weight=0.103, noneg
=neda | weight=0.102
=centru =se | weight=0.101
=nikdo =nad | weight=0.101, noneg
=nadrizeneho =pracovnik | weight=0.100
=ze =on | weight=0.099
=jmeno | weight=0.098
=jejich =sef | weight=0.098
=sef =rekl | weight=0.098
=mi =byla | weight=0.097
=na =centru | weight=0.097
=nikdo =vys | weight=0.094, noneg
=nekoho =nadrizeneho | weight=0.094
=sdeleno =ze | weight=0.093
=vedouci =rekl | weight=0.093
=internet =informace | weight=0.092
=mi =sdelil | weight=0.092
=tak =ne | weight=0.091, noneg
=chtel =jsem | weight=0.091
=at =mi | weight=0.090
=vedeni =mi | weight=0.090
=nekomu | weight=0.090
=chtel | weight=0.090
=pry =neni | weight=0.089, noneg
=je =posledni | weight=0.089
=posledni =instance | weight=0.089
=ze =nemuze | weight=0.088
=nemam =narok | weight=0.087, noneg
=vedouci =smeny | weight=0.086
=obratim =nemuze | weight=0.086
=pry =obratim | weight=0.086
=s =nadrizeneho | weight=0.086
=nadrizeneho =me | weight=0.085
=ze =vys | weight=0.083
=nejde =nikdo | weight=0.082, noneg
=jsem =at | weight=0.082
=konecne | weight=0.081
=nikoho =nepousteji | weight=0.081, noneg
=nesplnuje | weight=0.081
=na =manazera | weight=0.081
=to =nelze | weight=0.080
=nekoho =kompetentniho | weight=0.080
=mi =zavolam | weight=0.080
=kde =se | weight=0.079
=se =prej | weight=0.079
=kalendar | weight=0.078
=pravomoc =to | weight=0.078
=napsal =mi | weight=0.078
=jeho =vedouci | weight=0.078
=jen =abych | weight=0.078
=rekl =operator | weight=0.077
=neni =pro | weight=0.077, noneg
=pry =nedostal | weight=0.077
=jsem =mezi | weight=0.076
=minut =jen | weight=0.076
=nepomuze | weight=0.075
=ktery =by | weight=0.075
=on =je | weight=0.075
=bez =vysvetleni | weight=0.074, noneg
=nemam =cas | weight=0.074
=nechal | weight=0.074
=kriterii | weight=0.074
=ale =odmitli | weight=0.073
=pry =nikoho | weight=0.073, noneg
=ale =rekl | weight=0.072
=znela =ze | weight=0.071
=prominte | weight=0.071
=neco =kdo | weight=0.070
=abych =se | weight=0.069
=odbyli | weight=0.069
=neda =omluvu | weight=0.069
=omluvu =tak | weight=0.069
=ze =tam | weight=0.069
=jsem =nadrizeneho | weight=0.069
=tu =neni | weight=0.068, noneg
=nedostal | weight=0.068
=nadrizeneho =mi | weight=0.068
=odvolanim | weight=0.068
=odpoved =znela | weight=0.068
=znela | weight=0.068
=zbytecne | weight=0.068
=ten =se | weight=0.067
=komu | weight=0.067
=ze =zadna | weight=0.067, noneg
=rusen | weight=0.067
=vas =recenzi | weight=0.066
=vyjadrovat =nebude | weight=0.066, noneg
=dobry =tak | weight=0.066
=s =neco | weight=0.065
=nikomu | weight=0.065, noneg
=celou =den | weight=0.065
=nemam | weight=0.064, noneg
=sef =se | weight=0.064
=brigadnik | weight=0.063
=byla =zamitnuta | weight=0.063
=moje =zadost | weight=0.063
=neni =zadna | weight=0.063, noneg
=operaci | weight=0.063
=k =telefon | weight=0.063
=nepreje | weight=0.063
=prodavacka =rekl | weight=0.062
=prodejne =si | weight=0.062
=neslysela | weight=0.062
=tam =neni | weight=0.062, noneg
=vedouci =vysmal | weight=0.062
=rozhodnout | weight=0.061
=stiznost =nemam | weight=0.061
=vety | weight=0.060
=vedouci =poste | weight=0.060
=to =nepujde | weight=0.060
=vedouci =s | weight=0.060
=jeho =sef | weight=0.060
=stejne =vyjadrovat | weight=0.060
=byla =ze | weight=0.059
=pak =rekl | weight=0.059
=neni =mozne | weight=0.059, noneg
=prepojili | weight=0.059
=abych | weight=0.059
=rozhoduje =a | weight=0.058
=se =kdo | weight=0.058
=tom =rozhoduje | weight=0.058
=nesmi | weight=0.058
=nic =dela | weight=0.058, noneg
=nikdo | weight=0.058, noneg
=prepojili =na | weight=0.058
=nepujde | weight=0.058
=me =s | weight=0.058
=cas =a | weight=0.057
=vedouci =si | weight=0.057
=nic =nerekne | weight=0.057, noneg
=dostal =k | weight=0.056
=primar | weight=0.056
=mi =s | weight=0.056
=ze =sef | weight=0.056
=prej =nejde | weight=0.055
=vysmal =se | weight=0.055
=pred =stiznost | weight=0.055
=s =ni | weight=0.055
=chci =mluvit | weight=0.054
=jsem =se | weight=0.054
=rodina | weight=0.053
=me =pry | weight=0.053
=jsem =za | weight=0.053
=dozvedel | weight=0.053
=dozvedel =ze | weight=0.053
=se =dozvedel | weight=0.053
=sdeleno | weight=0.053
=zmackla | weight=0.053
=dam =na | weight=0.052
=nepusti =pry | weight=0.052
=kdo | weight=0.052
=nad =ni | weight=0.051
=na =tom | weight=0.051
=nulu =a | weight=0.051
=posoudil | weight=0.051
=neni =k | weight=0.050, noneg
=obracim | weight=0.050
=mi =ze | weight=0.050
=to =u | weight=0.050
=at =to | weight=0.050
=nemuze =a | weight=0.050
=nemam =dostal | weight=0.050, noneg
=reklamoval =a | weight=0.050
=si =nechal | weight=0.049
=vedouci =je | weight=0.049
=neni =a | weight=0.049, noneg
=pozaduji =jsem | weight=0.049
=na =stiznost | weight=0.048
=uz =me | weight=0.048
=zadna =nadrizeneho | weight=0.048, noneg
=tom =stejne | weight=0.048
=hnus | weight=0.048
=operatorka =rekl | weight=0.047
=po =nich | weight=0.047
=mi =nic | weight=0.047, noneg
=to =zmenit | weight=0.047
=coz =byla | weight=0.047
=pracovnik =coz | weight=0.047
=veci =nadrizeneho | weight=0.047
=za =nej | weight=0.047
=ale =kdyz | weight=0.046
=stejne =nic | weight=0.046, noneg
=veci | weight=0.046
=nic =nezmenilo | weight=0.046, noneg
=ni | weight=0.046
=jako =fakt | weight=0.046
=policii | weight=0.045
=ke | weight=0.045
=pres =webu | weight=0.045
=prectu =poradne | weight=0.044
=priste =prectu | weight=0.044
=ale =prodavacka | weight=0.044
=centru | weight=0.044
=byla =odepren | weight=0.044
=odepren | weight=0.044
=mam =pry | weight=0.043
=jsem =ho | weight=0.043
=byla =sdeleno | weight=0.043
=at =vypadnu | weight=0.043
=vypadnu | weight=0.043
=nikoho =jinam | weight=0.043, noneg
=to =priste | weight=0.042
=aby =to | weight=0.041
=opakovane =jsem | weight=0.041
=mi =pak | weight=0.041
=ze =vedeni | weight=0.041
=vyssi =uroven | weight=0.041
=ona | weight=0.041
=operator =v | weight=0.040
=uz =podruhe | weight=0.040
=operator =odpovida | weight=0.040
=neprepoji | weight=0.040
=to =normalne | weight=0.040
=pry =neda | weight=0.040
=da =se | weight=0.039
=on =se | weight=0.039
=prej =to | weight=0.039
=posledni | weight=0.039
=me =neprepoji | weight=0.038
=pomoc | weight=0.038
=byla =mi | weight=0.038
=pozaduji =o | weight=0.038
=v =menu | weight=0.038
=infolince =mi | weight=0.037
=se =nedostal | weight=0.037
=leda | weight=0.037
=asistent =nerozumi | weight=0.037
=se =ptam | weight=0.037
=napisu =pres | weight=0.037
=kompetentniho =a | weight=0.037
=dat =kontakt | weight=0.037
=zavesil =kdyz | weight=0.037
=menu =a | weight=0.036
=nesmim | weight=0.036
=nad | weight=0.036
=prectu | weight=0.036
=jsem =rom | weight=0.035
=spojit =s | weight=0.035
=mam =psat | weight=0.035
=obecny =email | weight=0.035
=psat =jen | weight=0.035
=nerozhoduje | weight=0.035
=pred =vec | weight=0.035
=na =rediteli | weight=0.035
=mi =vsak | weight=0.035
=o =postoupeni | weight=0.035
=postoupeni | weight=0.035
=postoupeni =stiznost | weight=0.035
=rediteli =byla | weight=0.035
=stiznost =rediteli | weight=0.035
=vsak =sdeleno | weight=0.035
=ochranka =me | weight=0.034
