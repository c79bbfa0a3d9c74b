# no_escalation, cs: learned by scripts/learn.py from 2812 tuning texts (108 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ochranka mě vyvedla jen proto, že jsem Rom. Když jsem chtěl vedoucího, řekli mi, ať vypadnu, nebo zavolají policii.
+ virtualni asistent nerozumi ani jednoduche otazce a na pozadavek spojit s operatorem odpovida ze to neni mozne. chci mluvit s nekym kdo ma pravomoc, ale to u vas asi nejde.
+ Požádal jsem o nadřízeného a dostal jsem „Chápu, že byste rád mluvil s nadřízeným. Bohužel to přes chat není možné. Mohu vám pomoci ještě s něčím?“ Čistě zkopírovaná šablona.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=nadrizeneho | weight=0.585
=sef | weight=0.577
=manazera | weight=0.524
=rediteli | weight=0.503
=me =nepustili | weight=0.391
=vedouci | weight=0.379
=nikoho | weight=0.367, noneg
=ze =vedouci | weight=0.298
=je =konecne | weight=0.290
=nekoho | weight=0.272
=si =pry | weight=0.245
=s =nikam | weight=0.240, noneg
=nepustili | weight=0.238
=nespoji | weight=0.237
=kompetentniho | weight=0.237
=se =vubec | weight=0.226
=pry =se | weight=0.223
=neexistuje | weight=0.222
=jsem =o | weight=0.222
=vyssi | weight=0.219
=vedeni | weight=0.218
=pracovnik =rekl | weight=0.214
=na =vedeni | weight=0.213
=na =nadrizeneho | weight=0.207
=mi =dat | weight=0.206
=vedouci =pry | weight=0.206
=nekomunikuje | weight=0.206
=na =vedouci | weight=0.205
=se =pry | weight=0.204
=se =zakazniky | weight=0.203
=nikam =s | weight=0.200, noneg
=dozadu | weight=0.198
=pry | weight=0.198
=jsem =nekoho | weight=0.198
=zadam =jsem | weight=0.197
=kontakt =na | weight=0.196
=dat | weight=0.195
=marne | weight=0.195
=marne =jsem | weight=0.195
=chtel =mluvit | weight=0.194
=mou =stiznost | weight=0.194
=smeny | weight=0.193
=stiznost =vys | weight=0.193
=nezveda | weight=0.193
=nezveda =telefon | weight=0.193
=sefik | weight=0.190
=vys | weight=0.189
=schovava | weight=0.188
=vedeni =se | weight=0.186
=obracim =nemuze | weight=0.185
=nejsem =zakazniky | weight=0.183, noneg
=vedouci =nejsem | weight=0.183, noneg
=tak =veci | weight=0.182
=nechali =zaprit | weight=0.179
=se =nechali | weight=0.179
=zaprit | weight=0.179
=vubec =nedostavil | weight=0.179
=kontakt | weight=0.178
=neni | weight=0.175, noneg
=vedouci =se | weight=0.175
=vys =to | weight=0.175
=nedostavil | weight=0.174
=o =pred | weight=0.171
=nikdo =neprisel | weight=0.167, noneg
=ma =pravomoc | weight=0.165
=odmitli | weight=0.165
=klienty | weight=0.164
=nikam | weight=0.161, noneg
=pry =neexistuje | weight=0.160
=zakazniky =nemluvi | weight=0.160
=mi =neda | weight=0.156
=rozhodnuti | weight=0.155
=rozhodnuti =je | weight=0.155
=ze =nemuze | weight=0.154
=kancelar | weight=0.154
=s =klienty | weight=0.154
=provozni | weight=0.153
=veci =neresi | weight=0.153
=vyssi =misto | weight=0.152
=vys =pry | weight=0.151
=pry =nejde | weight=0.151
=ze =nikdo | weight=0.149, noneg
=kdo =ma | weight=0.149
=obracim | weight=0.147
=na =porad | weight=0.146
=s =vedouci | weight=0.145
=klienty =nekomunikuje | weight=0.145
=rediteli =odpoved | weight=0.145
=nedovoli =mi | weight=0.145
=ze =jeho | weight=0.145
=jmeno =vedouci | weight=0.144
=sdelil =jmeno | weight=0.144
=rozhoduje | weight=0.143
=pry =nepredaji | weight=0.142
=si =s | weight=0.141
=nikdo =me | weight=0.141, noneg
=nepredaji | weight=0.139
=jsem =chtel | weight=0.139
=nedostal | weight=0.138
=kym =bych | weight=0.137
=prosim =jsem | weight=0.137
=pry =nemam | weight=0.137, noneg
=neda | weight=0.137
=to =zbytecne | weight=0.137
=nemluvi | weight=0.132
=se =nedovoli | weight=0.132
=nesmi | weight=0.131
=kym | weight=0.131
=s =kym | weight=0.131
=nedovoli | weight=0.129
=odmitli =prizvat | weight=0.128
=prizvat | weight=0.128
=prizvat =vedouci | weight=0.128
=pravomoc | weight=0.128
=odmitli =dat | weight=0.127
=sef =prodejne | weight=0.127
=neresi | weight=0.127
=nikdo =jinam | weight=0.125, noneg
=chtel =vedouci | weight=0.123
=zadna =vedouci | weight=0.123, noneg
=nejde =zavolam | weight=0.123
=odmitli =mi | weight=0.122
=to =nejde | weight=0.121
=nic =dela | weight=0.120, noneg
=jmeno | weight=0.120
=instance | weight=0.119
=stiznost | weight=0.119
=pred =veci | weight=0.118
=nelze | weight=0.115
=schvalit | weight=0.114
=tak =jsem | weight=0.113
=konecne | weight=0.113
=to =mohli | weight=0.113
=nekomu | weight=0.113
=osobu | weight=0.112
=nadrizeneho =a | weight=0.110
=me =odmitli | weight=0.110
=odmitli =prepojili | weight=0.110
=vedouci =mi | weight=0.109
=nejsem | weight=0.109, noneg
=manazera =mi | weight=0.107
=zamitnuta | weight=0.107
=jsem =mluvit | weight=0.106
=mou | weight=0.105
=prej | weight=0.105
=bych =to | weight=0.105
=nikdo =s | weight=0.104, noneg
=ze =on | weight=0.103
=jejich =sef | weight=0.103
=sef =rekl | weight=0.103
=mohli | weight=0.102
=nedostal =jsem | weight=0.101
=o =kontakt | weight=0.101
=nikdo =nad | weight=0.101, noneg
=nadrizeneho =rekl | weight=0.101
=nikdo =vys | weight=0.100, noneg
=mi =byla | weight=0.099
=nadrizeneho =pracovnik | weight=0.098
=pravomoc =to | weight=0.096
=vedouci =smeny | weight=0.094
=pry =neni | weight=0.093, noneg
=jeho | weight=0.093
=je =posledni | weight=0.092
=posledni =instance | weight=0.092
=obratim =nemuze | weight=0.092
=pry =obratim | weight=0.092
=pry =zakazniky | weight=0.092
=nekoho =kompetentniho | weight=0.089
=centralu =se | weight=0.089
=mi =sdelil | weight=0.089
=den =na | weight=0.088
=vedeni =mi | weight=0.088
=at =mi | weight=0.087
=chtel =jsem | weight=0.087
=na =manazera | weight=0.087
=minut =jen | weight=0.087
=ale =odmitli | weight=0.086
=nemam =narok | weight=0.086, noneg
=zakazniky | weight=0.086
=internet =informace | weight=0.085
=nejde =nikdo | weight=0.085, noneg
=jsem =mezi | weight=0.085
=na =centralu | weight=0.084
=nikoho =nepousteji | weight=0.084, noneg
=jen =abych | weight=0.084
=sdeleno =ze | weight=0.083
=nekoho =nadrizeneho | weight=0.083
=nikdo | weight=0.082, noneg
=vedouci =vysmal | weight=0.082
=napsal =mi | weight=0.081
=mluvit =s | weight=0.081
=s =nadrizeneho | weight=0.080
=to =nelze | weight=0.079
=pry =nikoho | weight=0.079, noneg
=neda =omluvu | weight=0.079
=omluvu =tak | weight=0.079
=mi =zavolam | weight=0.078
=rekl =operator | weight=0.078
=znela =ze | weight=0.078
=nepomuze | weight=0.078
=jsem =at | weight=0.078
=ktery =by | weight=0.077
=vas =recenzi | weight=0.076
=on =je | weight=0.076
=vedouci =si | weight=0.075
=tak =ne | weight=0.075, noneg
=sef =se | weight=0.075
=komu | weight=0.074
=chtel | weight=0.074
=odpoved =znela | weight=0.074
=znela | weight=0.074
=ze =vys | weight=0.074
=vedouci =rekl | weight=0.074
=odbyli | weight=0.073
=nesplnuje | weight=0.073
=pry =nedostal | weight=0.073
=zadost | weight=0.073
=vysmal =se | weight=0.072
=pak =rekl | weight=0.072
=rozhodnout | weight=0.072
=neni =a | weight=0.072, noneg
=se =prej | weight=0.071
=kalendar | weight=0.070
=nikomu | weight=0.070, noneg
=prodavacka =rekl | weight=0.070
=jsem =nadrizeneho | weight=0.070
=kde =se | weight=0.069
=neni =pro | weight=0.069, noneg
=to =nepujde | weight=0.069
=tam =neni | weight=0.068, noneg
=pozaduji =jsem | weight=0.067
=nemam | weight=0.066, noneg
=nadrizeneho =me | weight=0.066
=abych | weight=0.066
=nemuze =nic | weight=0.066, noneg
=bez =vysvetleni | weight=0.066, noneg
=ze =zadna | weight=0.066, noneg
=ale =rekl | weight=0.066
=nepujde | weight=0.066
=celou =den | weight=0.066
=vedouci =s | weight=0.065
=ze =tam | weight=0.065
=vyjadrovat =nebude | weight=0.065, noneg
=ze =sef | weight=0.064
=tu =neni | weight=0.064, noneg
=neni =zadna | weight=0.064, noneg
=brigadnik | weight=0.064
=rusen | weight=0.064
=prominte | weight=0.063
=vety | weight=0.063
=dostal =k | weight=0.063
=jeho =sef | weight=0.063
=stejne =vyjadrovat | weight=0.063
=s =ni | weight=0.062
=kriterii | weight=0.062
=dobry =tak | weight=0.062
=to =u | weight=0.061
=neni =k | weight=0.061, noneg
=prodejne =si | weight=0.061
=nadrizeneho =mi | weight=0.060
=zbytecne | weight=0.060
=nepreje | weight=0.060
=byla =ze | weight=0.060
=dal =nez | weight=0.059
=reklamaci =na | weight=0.059
=neslysela | weight=0.058
=to =zmenit | weight=0.058
=dam =na | weight=0.058
=nemam =cas | weight=0.057
=chci =mluvit | weight=0.057
=moje =zadost | weight=0.057
=ni | weight=0.056
=zadost =o | weight=0.056
=prej =nejde | weight=0.055
=rozhoduje =a | weight=0.054
=se =kdo | weight=0.054
=tom =rozhoduje | weight=0.054
=odvolanim | weight=0.054
=dozvedel | weight=0.054
=dozvedel =ze | weight=0.054
=se =dozvedel | weight=0.054
=neni =mozne | weight=0.054, noneg
=mi =s | weight=0.054
=ona | weight=0.053
=pracovnik | weight=0.053
=urovni | weight=0.053
=vedouci =je | weight=0.053
=s =neco | weight=0.053
=me =s | weight=0.053
=nesmim | weight=0.053
=nepustili =pry | weight=0.052
=jsem =zadam | weight=0.052
=rekl =mi | weight=0.051
=pred =stiznost | weight=0.051
=uz =me | weight=0.050
=byla =zamitnuta | weight=0.050
=ale =kdyz | weight=0.050
=policii | weight=0.050
=pry =neda | weight=0.049
=hnus | weight=0.049
=neco =kdo | weight=0.049
=coz =byla | weight=0.049
=pracovnik =coz | weight=0.049
=veci =nadrizeneho | weight=0.049
=mi =ze | weight=0.049
=prepojili =na | weight=0.049
=reklamovat =a | weight=0.049
=me =pry | weight=0.049
=zmackla | weight=0.049
=nic =takovy | weight=0.049, noneg
=na =vyssi | weight=0.049
=jsem =ho | weight=0.049
=to =normalne | weight=0.049
=na =tom | weight=0.048
=jsem =za | weight=0.048
=sdeleno | weight=0.047
=nulu =a | weight=0.047
=ze =takovy | weight=0.047
=aby =to | weight=0.046
=at =vypadnu | weight=0.046
=vypadnu | weight=0.046
=ke | weight=0.046
=tom =stejne | weight=0.046
=infolince =mi | weight=0.045
=mam =pry | weight=0.045
=byla =odepren | weight=0.044
=odepren | weight=0.044
=mi =pak | weight=0.044
=neprepoji | weight=0.043
=byla =sdeleno | weight=0.043
=nechali | weight=0.043
=misto | weight=0.042
=dat =kontakt | weight=0.042
=centralu | weight=0.042
=resit =s | weight=0.042
=operator =odpovida | weight=0.042
=prepojili | weight=0.041
=kdo | weight=0.041
=prej =to | weight=0.041
=jsem =se | weight=0.041
=ma =na | weight=0.041
=se =ptam | weight=0.041
=operatorka =rekl | weight=0.040
=za =nej | weight=0.040
=veci | weight=0.040
=a =rekl | weight=0.040
=nic =nezmenilo | weight=0.040, noneg
=stejne =nic | weight=0.040, noneg
=opakovane =jsem | weight=0.040
=rediteli =pobocce | weight=0.039
=moznost | weight=0.039
=ze =vedeni | weight=0.039
=nulu | weight=0.038
=chlap =se | weight=0.038
=se =zasmal | weight=0.038
=posledni | weight=0.038
=asistent =nerozumi | weight=0.038
=odpoved =byla | weight=0.037
=spojit =s | weight=0.037
=ptam | weight=0.037
=nikoho =jinam | weight=0.037, noneg
=cekal =hodiny | weight=0.037
=jsem =rom | weight=0.037
=pred =vec | weight=0.037
=jen =ze | weight=0.037
=nad | weight=0.036
=zavolam | weight=0.036
=ani =jednou | weight=0.036, noneg
=jako =fakt | weight=0.035
=kompetentniho =a | weight=0.035
=cekal =jsem | weight=0.035
=resit | weight=0.035
=s =jeho | weight=0.035
=pomoc | weight=0.035
=pozaduji =o | weight=0.034
=mi =vsak | weight=0.034
=o =postoupeni | weight=0.034
=postoupeni | weight=0.034
=postoupeni =stiznost | weight=0.034
=rediteli =byla | weight=0.034
=stiznost =rediteli | weight=0.034
=vsak =sdeleno | weight=0.034
=o =rozhovor | weight=0.034
=rozhovor =s | weight=0.034
=cas =a | weight=0.034
=nebude | weight=0.034, noneg
=da =se | weight=0.033
=ochranka =me | weight=0.033
=porad =a | weight=0.033
=zasmal | weight=0.032
=menu =a | weight=0.032
=jsem =pozaduji | weight=0.032
=nez =me | weight=0.032
=tak =uz | weight=0.032
=v =menu | weight=0.032
=vedouci =odpoved | weight=0.032
=me =na | weight=0.031
=agent | weight=0.031
=manazera =se | weight=0.031
=zadna =neni | weight=0.031, noneg
