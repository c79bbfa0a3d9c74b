# no_escalation, cs: learned by scripts/learn.py from 3535 tuning texts (146 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Řekl jsem, že chci mluvit s jeho nadřízeným. Odpověď: „Já jsem tady šéf.“ Evidentně nebyl.
+ virtualni asistent nerozumi ani jednoduche otazce a na pozadavek spojit s operatorem odpovida ze to neni mozne. chci mluvit s nekym kdo ma pravomoc, ale to u vas asi nejde.
+ Požádal jsem o nadřízeného a dostal jsem „Chápu, že byste rád mluvil s nadřízeným. Bohužel to přes chat není možné. Mohu vám pomoci ještě s něčím?“ Čistě zkopírovaná šablona.
- ok dekuju
- super, doporucuju
=manazera | weight=0.552
=reditel | weight=0.545
=sef | weight=0.538
=nadrizeneho | weight=0.511
=nikoho | weight=0.395, noneg
=s =nikam | weight=0.394, noneg
=vedouci | weight=0.376
=me =nepusti | weight=0.320
=nespoji | weight=0.299
=eskalovat | weight=0.275
=ze =vedouci | weight=0.275
=nekoho | weight=0.273
=nepusti | weight=0.268
=rozhodnout | weight=0.256
=vedeni | weight=0.254
=mi =neda | weight=0.240
=je =konecne | weight=0.235
=nikam | weight=0.233, noneg
=kompetentniho | weight=0.223
=jsem =o | weight=0.220
=pry | weight=0.212
=nekomunikuje | weight=0.210
=pry =se | weight=0.209
=si =pry | weight=0.208
=se =vubec | weight=0.206
=rozhodnout =o | weight=0.198
=neni | weight=0.196, noneg
=kontakt =na | weight=0.196
=na =vedeni | weight=0.193
=vyssi | weight=0.191
=obracim =nemuze | weight=0.191
=nikdo =tam | weight=0.190, noneg
=pracovnik =rekl | weight=0.189
=dozadu | weight=0.189
=jsem =nekoho | weight=0.188
=marne | weight=0.185
=marne =jsem | weight=0.185
=k =telefon | weight=0.183
=se =pry | weight=0.182
=zadam =jsem | weight=0.181
=nejsem =zakaznik | weight=0.181, noneg
=vedouci =nejsem | weight=0.181, noneg
=misto =pry | weight=0.180
=v =kancelar | weight=0.180
=tak =veci | weight=0.180
=odmitli | weight=0.178
=na =vedouci | weight=0.176
=o =pred | weight=0.176
=vyssi =misto | weight=0.174
=vedouci =pry | weight=0.173
=se =zakaznik | weight=0.173
=vys | weight=0.172
=vubec =nedostavil | weight=0.171
=vedeni =se | weight=0.171
=nechal =zaprit | weight=0.170
=se =nechal | weight=0.170
=zaprit | weight=0.170
=neexistuje | weight=0.170
=nedostavil | weight=0.169
=nezveda | weight=0.169
=nezveda =telefon | weight=0.169
=stiznost =vys | weight=0.168
=schovava | weight=0.167
=sefik | weight=0.166
=stiznost | weight=0.160
=nemluvi | weight=0.159
=mi =telefon | weight=0.158
=provozni | weight=0.157
=vedouci =se | weight=0.156
=vedouci =mi | weight=0.155
=ze =jeho | weight=0.154
=rozhodnuti | weight=0.154
=rozhodnuti =je | weight=0.154
=nikdo =jinam | weight=0.150, noneg
=nikdo =neprisel | weight=0.149, noneg
=nedovoli =mi | weight=0.149
=mou =stiznost | weight=0.148
=veci =neresi | weight=0.148
=odmitli =me | weight=0.147
=si =s | weight=0.147
=vys =pry | weight=0.146
=polozil =mi | weight=0.145
=prosim =jsem | weight=0.145
=neda | weight=0.142
=nikdo =nadrizeneho | weight=0.142, noneg
=kompetentnejsiho | weight=0.141
=nekoho =kompetentnejsiho | weight=0.141
=jsem =chtel | weight=0.140
=s =klienty | weight=0.139
=vys =to | weight=0.139
=pravomoc =to | weight=0.138
=supervizor | weight=0.138
=smeny | weight=0.137
=jmeno =vedouci | weight=0.137
=sdelil =jmeno | weight=0.137
=odmitli =dat | weight=0.137
=sef =rekl | weight=0.136
=na =porad | weight=0.135
=klienty =nekomunikuje | weight=0.135
=jejich =rozhodnuti | weight=0.135
=nikdo | weight=0.135, noneg
=prej =neni | weight=0.134, noneg
=prodejne =pry | weight=0.133
=nikam =s | weight=0.131, noneg
=nemam =cas | weight=0.131
=klienty | weight=0.130
=spojit =s | weight=0.130
=jsem =mluvit | weight=0.130
=kontakt | weight=0.129
=chtel =vedouci | weight=0.129
=pred =veci | weight=0.129
=nedovoli | weight=0.128
=kym =bych | weight=0.128
=pry =nepredaji | weight=0.128
=reditel =odpoved | weight=0.127
=zakaznik =nemluvi | weight=0.125
=me =odmitli | weight=0.124
=odmitli =prepojili | weight=0.124
=nelze | weight=0.124
=resit =jen | weight=0.124
=dat | weight=0.124
=je =posledni | weight=0.123
=nepredaji | weight=0.123
=mi =dat | weight=0.122
=to =zbytecne | weight=0.122
=jeho | weight=0.121
=kancelar | weight=0.121
=osobu | weight=0.120
=odmitli =prizvat | weight=0.119
=prizvat | weight=0.119
=prizvat =vedouci | weight=0.119
=pry =neexistuje | weight=0.119
=ma =pravomoc | weight=0.119
=pry =nejde | weight=0.117
=kym | weight=0.116
=s =kym | weight=0.116
=rozhoduje | weight=0.116
=pry =nemam | weight=0.116, noneg
=vedouci =smeny | weight=0.116
=tu =neni | weight=0.115, noneg
=nikdo =me | weight=0.115, noneg
=ze =vys | weight=0.115
=instance | weight=0.115
=sef =prodejne | weight=0.115
=odmitli =mi | weight=0.113
=jen =s | weight=0.113
=to =nejde | weight=0.113
=nedostal =jsem | weight=0.112
=o =kontakt | weight=0.112
=zamitnuta | weight=0.111
=nadrizeneho =rekl | weight=0.111
=nejde =zavolam | weight=0.110
=zadna =vedouci | weight=0.109, noneg
=se =nedovoli | weight=0.109
=nechteli =me | weight=0.109
=nadrizenyho | weight=0.108
=nekoho =nadrizenyho | weight=0.108
=nejsem | weight=0.108, noneg
=takovy =clovek | weight=0.108
=neresi | weight=0.107
=zakaznik | weight=0.107
=ze =on | weight=0.106
=jejich =sef | weight=0.105
=ze =jejich | weight=0.104
=s =vedouci | weight=0.104
=to =mohli | weight=0.102
=chci =mluvit | weight=0.101
=nedostal | weight=0.101
=nadrizeneho =pry | weight=0.101
=pry =zakaznik | weight=0.100
=nadrizeneho =pracovnik | weight=0.100
=na =nadrizeneho | weight=0.099
=pravomoc | weight=0.099
=centru =se | weight=0.099
=mi =byla | weight=0.098
=neco =kdo | weight=0.095
=nedostupne | weight=0.095
=se =nedostal | weight=0.095
=bych =to | weight=0.094
=muze =mluvit | weight=0.094
=mohli | weight=0.093
=mou | weight=0.093
=kdo =ma | weight=0.093
=jmeno | weight=0.092
=jsem =trva | weight=0.091
=to =nemam | weight=0.091, noneg
=schvalit | weight=0.090
=tak =jsem | weight=0.090
=nemam =zadna | weight=0.090, noneg
=vedeni =mi | weight=0.089
=chtel =jsem | weight=0.089
=ze =nikdo | weight=0.089, noneg
=nejde =nikdo | weight=0.088, noneg
=konecne | weight=0.088
=s =neco | weight=0.087
=na =nekoho | weight=0.087
=to =resit | weight=0.087
=nekomu | weight=0.086
=ze =nemuze | weight=0.086
=nikdo =s | weight=0.085, noneg
=nekoho =kompetentniho | weight=0.084
=prepojili =na | weight=0.084
=mi =sdelil | weight=0.084
=k =zakaznik | weight=0.083
=spojit | weight=0.083
=nikdo =nad | weight=0.083, noneg
=chtel =mluvit | weight=0.083
=sdeleno =ze | weight=0.083
=stejne =rekl | weight=0.083
=vedouci =vysmal | weight=0.082
=by =mi | weight=0.082
=do =oddeleni | weight=0.082
=oddeleni =do | weight=0.082
=jeho =vedouci | weight=0.081
=prepojili =me | weight=0.081
=ze =sef | weight=0.080
=ktery =muze | weight=0.080
=se =ktery | weight=0.080
=nesplnuje | weight=0.079
=nekoho =nad | weight=0.079
=neni =pro | weight=0.079, noneg
=me =prepojili | weight=0.079
=mi =stejne | weight=0.079
=on =je | weight=0.079
=obratim =nemuze | weight=0.078
=pry =obratim | weight=0.078
=pry =by | weight=0.078
=nikdo =nechodi | weight=0.078, noneg
=nemam | weight=0.078, noneg
=nich =nejde | weight=0.078
=na =vyssi | weight=0.078
=moje =zadost | weight=0.078
=operatorka =rekl | weight=0.078
=polozil | weight=0.078
=kalendar | weight=0.077
=kde =se | weight=0.077
=me =spojit | weight=0.077
=nikdo =vys | weight=0.077, noneg
=vyjimku | weight=0.077
=o =rozhovor | weight=0.077
=rozhovor =s | weight=0.077
=reditel =pobocce | weight=0.076
=ani =po | weight=0.076, noneg
=ale =odmitli | weight=0.076
=prej | weight=0.075
=jsem =mezi | weight=0.075
=s =nadrizeneho | weight=0.075
=jen =abych | weight=0.074
=pry =ma | weight=0.074
=prominte | weight=0.073
=kriterii | weight=0.073
=vysmal =se | weight=0.073
=minut =jen | weight=0.073
=nadrizeneho =me | weight=0.073
=nadrizeneho =a | weight=0.073
=mluvit =s | weight=0.073
=bez =vysvetleni | weight=0.072, noneg
=na =nikoho | weight=0.072, noneg
=nikoho =kdo | weight=0.072, noneg
=ktery =by | weight=0.071
=nemam =narok | weight=0.071, noneg
=nepousteji | weight=0.071
=telefon =nepousteji | weight=0.071
=nemuze | weight=0.071
=tak =ne | weight=0.070, noneg
=manazera =mi | weight=0.070
=se =prej | weight=0.070
=jsem =at | weight=0.070
=to =nelze | weight=0.070
=mi =zavolam | weight=0.069
=stezovat =u | weight=0.069
=napsal =mi | weight=0.069
=pry =nedostal | weight=0.069
=vedouci =rekl | weight=0.068
=znela =ze | weight=0.068
=me =z | weight=0.068
=ale =rekl | weight=0.067
=nikoho =nepousteji | weight=0.067, noneg
=tam =neni | weight=0.067, noneg
=internet =informace | weight=0.067
=pry =na | weight=0.066
=to =mi | weight=0.066
=nechal | weight=0.066
=zitra =tak | weight=0.066
=odvolanim | weight=0.065
=at =mi | weight=0.064
=dobry =tak | weight=0.064
=byla =receno | weight=0.064
=nadrizeneho =mi | weight=0.064
=posledni =instance | weight=0.064
=je =pro | weight=0.064
=vyjadrovat =nebude | weight=0.063, noneg
=abych =se | weight=0.063
=ze =zadna | weight=0.063, noneg
=podle =nich | weight=0.063
=vedouci =s | weight=0.063
=penize =a | weight=0.062
=odpoved =znela | weight=0.062
=znela | weight=0.062
=sef =se | weight=0.062
=byla =zamitnuta | weight=0.062
=pry =neni | weight=0.062, noneg
=jen =ze | weight=0.062
=neni =k | weight=0.062, noneg
=byla =ze | weight=0.062
=nekoho =nadrizeneho | weight=0.062
=pozaduji =jsem | weight=0.062
=ona =je | weight=0.062
=telefon =se | weight=0.061
=neslysela | weight=0.061
=vety | weight=0.061
=pry =podam | weight=0.061
=ze =tam | weight=0.061
=na =manazera | weight=0.061
=jeho =sef | weight=0.061
=stejne =vyjadrovat | weight=0.061
=na =tom | weight=0.061
=prej =nejde | weight=0.060
=dovolat =na | weight=0.059
=nechteli | weight=0.059
=ze =manazera | weight=0.059
=rozhovor | weight=0.058
=se =dovolat | weight=0.058
=jenze =pry | weight=0.058
=odbyli | weight=0.058
=muze =to | weight=0.058
=prodavacka =rekl | weight=0.057
=operaci | weight=0.057
=cas | weight=0.057
=zbytecne | weight=0.056
=obracim | weight=0.056
=z =oddeleni | weight=0.056
=pres =ne | weight=0.056, noneg
=rekl =operator | weight=0.056
=pozaduji =o | weight=0.056
=uz =podruhe | weight=0.055
=neda =omluvu | weight=0.055
=omluvu =tak | weight=0.055
=coz =byla | weight=0.055
=pracovnik =coz | weight=0.055
=veci =nadrizeneho | weight=0.055
=abych | weight=0.055
=vedouci =poste | weight=0.054
=ke | weight=0.054
=nepomuze | weight=0.054
=rusen | weight=0.054
=na =reditel | weight=0.054
=posledni | weight=0.054
=nic =nerekne | weight=0.054, noneg
=primar | weight=0.053
=vas =recenzi | weight=0.053
=stiznost =nemam | weight=0.053
=policii | weight=0.053
=pak =rekl | weight=0.053
=nejde =ze | weight=0.052
=nepreje | weight=0.052
=zavesil =kdyz | weight=0.052
=brigadnik | weight=0.052
=prodejne =si | weight=0.052
=nic =dela | weight=0.051, noneg
=celou =den | weight=0.050
=tom =stejne | weight=0.050
=hnus | weight=0.050
=at =vypadnu | weight=0.050
=vypadnu | weight=0.050
=to =sam | weight=0.050
=dovolene =a | weight=0.050
=sdeleno | weight=0.050
=vedouci =je | weight=0.050
=pred =stiznost | weight=0.050
=na =centru | weight=0.049
=neni =zadna | weight=0.049, noneg
=zadna =neni | weight=0.049, noneg
=rovnou | weight=0.048
=ale =kdyz | weight=0.048
=ona | weight=0.048
=po =nich | weight=0.048
=zrovna | weight=0.048
=kdo =o | weight=0.047
=rodina | weight=0.047
=nesmim | weight=0.047
=to =nepujde | weight=0.047
=jsem =za | weight=0.047
=nad | weight=0.047
=tak =a | weight=0.047
=ze =vedeni | weight=0.046
=dozvedel =ze | weight=0.046
=se =dozvedel | weight=0.046
=komu | weight=0.046
=resit | weight=0.046
=nikomu | weight=0.046, noneg
=s =jeho | weight=0.045
=nemam =dostal | weight=0.045, noneg
=me =pry | weight=0.045
=jsem =ho | weight=0.045
=ale =prodavac | weight=0.045
=receno | weight=0.045
=receno =ze | weight=0.045
=opakovane =jsem | weight=0.045
=jako =fakt | weight=0.045
