# no_escalation, cs: learned by scripts/learn.py from 2508 tuning texts (101 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ochranka mě vyvedla jen proto, že jsem Rom. Když jsem chtěl vedoucího, řekli mi, ať vypadnu, nebo zavolají policii.
+ virtualni asistent nerozumi ani jednoduche otazce a na pozadavek spojit s operatorem odpovida ze to neni mozne. chci mluvit s nekym kdo ma pravomoc, ale to u vas asi nejde.
+ Požádal jsem o nadřízeného a dostal jsem „Chápu, že byste rád mluvil s nadřízeným. Bohužel to přes chat není možné. Mohu vám pomoci ještě s něčím?“ Čistě zkopírovaná šablona.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=nadrizeneho | weight=0.574
=sef | weight=0.571
=manazera | weight=0.527
=rediteli | weight=0.505
=me =nepustili | weight=0.398
=vedouci | weight=0.370
=nikoho | weight=0.368, noneg
=ze =vedouci | weight=0.290
=je =konecne | weight=0.290
=nekoho | weight=0.272
=s =nikam | weight=0.246, noneg
=kompetentniho | weight=0.241
=nespoji | weight=0.239
=pry =se | weight=0.238
=nepustili | weight=0.233
=se =vubec | weight=0.226
=vedeni | weight=0.225
=neexistuje | weight=0.225
=na =vedouci | weight=0.217
=jsem =o | weight=0.217
=mi =dat | weight=0.217
=pracovnik =rekl | weight=0.215
=vedouci =pry | weight=0.214
=mou =stiznost | weight=0.212
=vyssi | weight=0.211
=na =vedeni | weight=0.211
=se =pry | weight=0.207
=nekomunikuje | weight=0.206
=na =nadrizeneho | weight=0.205
=marne | weight=0.205
=marne =jsem | weight=0.205
=se =zakazniky | weight=0.204
=vys =to | weight=0.203
=smeny | weight=0.202
=zadam =jsem | weight=0.201
=nikam =s | weight=0.201, noneg
=jsem =nekoho | weight=0.199
=kontakt =na | weight=0.197
=pry | weight=0.197
=si =pry | weight=0.196
=nezveda | weight=0.193
=nezveda =telefon | weight=0.193
=dat | weight=0.193
=obracim =nemuze | weight=0.191
=stiznost =vys | weight=0.191
=sefik | weight=0.190
=vys | weight=0.190
=schovava | weight=0.190
=vedeni =se | weight=0.188
=tak =veci | weight=0.185
=nechal =zaprit | weight=0.185
=se =nechal | weight=0.185
=zaprit | weight=0.185
=chtel =mluvit | weight=0.183
=nejsou =zakazniky | weight=0.182, noneg
=vedouci =nejsou | weight=0.182, noneg
=odmitli | weight=0.180
=vubec =nedostavil | weight=0.179
=kontakt | weight=0.175
=nedostavil | weight=0.175
=neni | weight=0.174, noneg
=nikdo =neprisel | weight=0.172, noneg
=mi =neda | weight=0.171
=vedouci =se | weight=0.171
=klienty | weight=0.171
=o =pred | weight=0.164
=ma =pravomoc | weight=0.163
=s =vedouci | weight=0.163
=vys =pry | weight=0.162
=pry =neexistuje | weight=0.159
=rediteli =odpoved | weight=0.159
=provozni | weight=0.158
=s =klienty | weight=0.157
=ze =nemuze | weight=0.157
=veci =neresi | weight=0.156
=to =nejde | weight=0.155
=nikam | weight=0.154, noneg
=kancelar | weight=0.151
=pravomoc | weight=0.151
=vyssi =misto | weight=0.151
=zakazniky =nemluvi | weight=0.151
=jmeno =vedouci | weight=0.149
=sdelil =jmeno | weight=0.149
=pry =nemam | weight=0.149, noneg
=rozhodnuti | weight=0.149
=rozhodnuti =je | weight=0.149
=na =porad | weight=0.149
=ze =nikdo | weight=0.148, noneg
=nesmi | weight=0.145
=to =zbytecne | weight=0.145
=rozhoduje | weight=0.145
=kdo =ma | weight=0.142
=nedovoli =mi | weight=0.142
=pry =nejde | weight=0.141
=ze =jeho | weight=0.141
=nikdo =me | weight=0.141, noneg
=neda | weight=0.140
=nedovoli | weight=0.140
=si =s | weight=0.140
=obracim | weight=0.139
=kym =bych | weight=0.139
=chtel =vedouci | weight=0.138
=prosim =jsem | weight=0.137
=pry =nepredaji | weight=0.136
=klienty =nekomunikuje | weight=0.135
=sef =prodejne | weight=0.135
=odmitli =dat | weight=0.133
=nelze | weight=0.132
=nepredaji | weight=0.131
=nejde =zavolam | weight=0.130
=nedostal | weight=0.129
=odmitli =prizvat | weight=0.129
=prizvat | weight=0.129
=prizvat =vedouci | weight=0.129
=se =nedovoli | weight=0.128
=nemluvi | weight=0.128
=tak =jsem | weight=0.125
=stiznost | weight=0.124
=odmitli =mi | weight=0.124
=nikdo =nad | weight=0.123, noneg
=jmeno | weight=0.123
=zadna =vedouci | weight=0.122, noneg
=kym | weight=0.121
=s =kym | weight=0.121
=neresi | weight=0.119
=jsem =chtel | weight=0.119
=zamitnuta | weight=0.118
=schvalit | weight=0.118
=nic =dela | weight=0.118, noneg
=to =mohli | weight=0.115
=osobu | weight=0.113
=me =odmitli | weight=0.112
=odmitli =prepojovali | weight=0.112
=nikdo =jinam | weight=0.112, noneg
=bych =to | weight=0.111
=mluvit =s | weight=0.111
=mou | weight=0.111
=manazera =mi | weight=0.110
=nejsou | weight=0.110, noneg
=jejich =sef | weight=0.109
=sef =rekl | weight=0.109
=konecne | weight=0.107
=nikdo =s | weight=0.107, noneg
=vedouci =mi | weight=0.107
=mohli | weight=0.106
=nadrizeneho =a | weight=0.106
=jsem =mluvit | weight=0.104
=nemam =narok | weight=0.103, noneg
=mi =byla | weight=0.102
=pred =veci | weight=0.102
=nedostal =jsem | weight=0.101
=o =kontakt | weight=0.101
=pry =zakazniky | weight=0.099
=prej | weight=0.098
=nadrizeneho =rekl | weight=0.098
=neni =a | weight=0.098, noneg
=mi =sdelil | weight=0.097
=instance | weight=0.097
=sdeleno =ze | weight=0.097
=jeho | weight=0.095
=vedouci =smeny | weight=0.093
=s =nadrizeneho | weight=0.092
=pravomoc =to | weight=0.091
=vedouci =vysmal | weight=0.091
=internet =informace | weight=0.091
=nekoho =kompetentniho | weight=0.091
=vedeni =mi | weight=0.090
=pry =neni | weight=0.089, noneg
=jsem =at | weight=0.089
=at =mi | weight=0.089
=obratim =nemuze | weight=0.089
=pry =obratim | weight=0.089
=nekoho =nadrizeneho | weight=0.088
=den =na | weight=0.088
=ale =odmitli | weight=0.087
=na =centralu | weight=0.087
=na =manazera | weight=0.087
=zakazniky | weight=0.087
=minut =jen | weight=0.085
=rekl =operator | weight=0.084
=nadrizeneho =pracovnik | weight=0.083
=nepomuze | weight=0.083
=to =nelze | weight=0.083
=jen =abych | weight=0.082
=znela =ze | weight=0.082
=mi =zavolam | weight=0.081
=jsem =mezi | weight=0.081
=napsal =mi | weight=0.081
=vedouci =rekl | weight=0.080
=tu =neni | weight=0.080, noneg
=ze =vys | weight=0.080
=vysmal =se | weight=0.079
=vedouci =si | weight=0.079
=odbyli | weight=0.078
=sef =se | weight=0.077
=neda =omluvu | weight=0.077
=omluvu =tak | weight=0.077
=nikoho =nepousteji | weight=0.076, noneg
=nesplnuje | weight=0.076
=odpoved =znela | weight=0.076
=znela | weight=0.076
=ktery =by | weight=0.075
=zadost | weight=0.075
=pry =nikoho | weight=0.075, noneg
=nikdo | weight=0.075, noneg
=tak =ne | weight=0.075, noneg
=centralu | weight=0.074
=vas =recenzi | weight=0.074
=prodavacka =rekl | weight=0.073
=ze =sef | weight=0.073
=chtel =jsem | weight=0.073
=rozhodnout | weight=0.072
=se =prej | weight=0.072
=pak =rekl | weight=0.072
=zbytecne | weight=0.071
=abych | weight=0.071
=jsem =ho | weight=0.071
=neni =pro | weight=0.071, noneg
=nadrizeneho =me | weight=0.070
=kalendar | weight=0.070
=pry =nedostal | weight=0.070
=bez =vysvetleni | weight=0.070, noneg
=ale =rekl | weight=0.069
=tam =neni | weight=0.069, noneg
=to =nepujde | weight=0.069
=je =posledni | weight=0.069
=posledni =instance | weight=0.069
=nikomu | weight=0.069, noneg
=vedouci =s | weight=0.068
=vyjadrovat =nebude | weight=0.068, noneg
=nepujde | weight=0.067
=nekomu | weight=0.067
=dobry =tak | weight=0.065
=pozaduji =jsem | weight=0.065
=kriterii | weight=0.064
=jeho =sef | weight=0.064
=stejne =vyjadrovat | weight=0.064
=ze =tam | weight=0.063
=vety | weight=0.063
=ze =zadna | weight=0.063, noneg
=nadrizeneho =mi | weight=0.062
=dostal =k | weight=0.062
=dal =nez | weight=0.062
=komu | weight=0.061
=dozvedel | weight=0.061
=dozvedel =ze | weight=0.061
=se =dozvedel | weight=0.061
=cely =den | weight=0.061
=nemuze =nic | weight=0.061, noneg
=prominte | weight=0.061
=s =neco | weight=0.060
=moje =zadost | weight=0.059
=neslysela | weight=0.059
=ni | weight=0.058
=reklamaci =na | weight=0.058
=prej =nejde | weight=0.057
=odvolal | weight=0.057
=me =s | weight=0.057
=pry =neda | weight=0.057
=policii | weight=0.056
=neni =k | weight=0.056, noneg
=mi =s | weight=0.056
=at =vypadnu | weight=0.056
=vypadnu | weight=0.056
=reklamovat =a | weight=0.055
=pred =stiznost | weight=0.055
=me =pry | weight=0.055
=vedouci =je | weight=0.055
=rozhoduje =a | weight=0.055
=se =kdo | weight=0.055
=tom =rozhoduje | weight=0.055
=neni =mozne | weight=0.054, noneg
=neni =zadna | weight=0.054, noneg
=dam =na | weight=0.053
=byla =sdeleno | weight=0.053
=nemam | weight=0.053, noneg
=nepustili =pry | weight=0.053
=zadost =o | weight=0.053
=byla =zamitnuta | weight=0.052
=nic =takovy | weight=0.052, noneg
=infolince =mi | weight=0.052
=neco =kdo | weight=0.052
=zmackla | weight=0.052
=ale =kdyz | weight=0.051
=chtel | weight=0.051
=jsem =za | weight=0.051
=hnus | weight=0.051
=urovni | weight=0.051
=to =normalne | weight=0.051
=pracovnik | weight=0.050
=to =zmenit | weight=0.050
=on =je | weight=0.049
=nulu =a | weight=0.049
=uz =me | weight=0.049
=ona | weight=0.049
=na =vyssi | weight=0.049
=prepojovali | weight=0.049
=sdeleno | weight=0.049
=tom =stejne | weight=0.049
=ma =na | weight=0.048
=nemam =cas | weight=0.048
=aby =to | weight=0.048
=jsem =zadam | weight=0.048
=cekal =hodiny | weight=0.048
=dat =kontakt | weight=0.048
=prej =to | weight=0.047
=mam =pry | weight=0.047
=pozaduji =o | weight=0.047
=rekl =mi | weight=0.047
=to =u | weight=0.047
=ze =vedeni | weight=0.047
=chci =mluvit | weight=0.046
=necte | weight=0.046
=se =zasmal | weight=0.045
=chlap =se | weight=0.045
=se =ptam | weight=0.044
=za =nej | weight=0.044
=jsem =pozaduji | weight=0.044
=jsem =rom | weight=0.043
=ze =takovy | weight=0.043
=s =ni | weight=0.043
=kdo | weight=0.042
=byla =odepren | weight=0.042
=odepren | weight=0.042
=mi =pak | weight=0.042
=na =tom | weight=0.042
=vedouci =odpoved | weight=0.041
=nechal | weight=0.041
=ke | weight=0.041
=nikoho =jinam | weight=0.040, noneg
=nebude =a | weight=0.040, noneg
=ze =on | weight=0.040
=ptam | weight=0.040
=jen =ze | weight=0.039
=ochranka =me | weight=0.039
=nic =nezmenilo | weight=0.039, noneg
=stejne =nic | weight=0.039, noneg
=a =rekl | weight=0.039
=nad | weight=0.039
=nulu | weight=0.038
=o =rozhovor | weight=0.038
=rozhovor =s | weight=0.038
=pred =vec | weight=0.038
=zasmal | weight=0.038
=me =na | weight=0.037
=nez =me | weight=0.037
=prepojovali =na | weight=0.037
=nesmim | weight=0.036
=kompetentniho =a | weight=0.036
=nebude | weight=0.036, noneg
=misto | weight=0.036
=cekal =jsem | weight=0.036
=dam | weight=0.036
=mi =ze | weight=0.036
=s =jeho | weight=0.036
=vsak | weight=0.036
=veci | weight=0.036
=operator =odpovida | weight=0.036
=ani =jednou | weight=0.036, noneg
=jsem =se | weight=0.036
=da =se | weight=0.036
=zadna =neni | weight=0.036, noneg
=jsem =trva | weight=0.035
=pomoc | weight=0.035
=rediteli =pobocce | weight=0.035
=v =menu | weight=0.035
=mi =vsak | weight=0.034
=o =postoupeni | weight=0.034
=postoupeni | weight=0.034
=postoupeni =stiznost | weight=0.034
=rediteli =byla | weight=0.034
=stiznost =rediteli | weight=0.034
=vsak =sdeleno | weight=0.034
=rom | weight=0.034
=na =svemu | weight=0.033
=receno | weight=0.033
=receno =ze | weight=0.033
=porad =a | weight=0.033
=spojit =s | weight=0.033
=nevyrizene | weight=0.033
=odpoved =byla | weight=0.033
=jako =fakt | weight=0.032
=asistent =nerozumi | weight=0.032
=menu =a | weight=0.032
=vratit =na | weight=0.032
=k =tom | weight=0.031
=mam =psat | weight=0.031
=na =obecny | weight=0.031
=obecny =email | weight=0.031
=psat =jen | weight=0.031
=mi =at | weight=0.031
