# no_escalation, cs: learned by scripts/learn.py from 3747 tuning texts (181 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Kontakt na někoho z vedení mi odmítli dát.
+ Požádala jsem o předání stížnosti na vyšší místo, což mi bylo odmítnuto.
+ Řekl jsem, že chci mluvit s jeho nadřízeným. Odpověď: „Já jsem tady šéf.“ Evidentně nebyl.
- ok dekuju
- super, doporucuju
=manazera | weight=0.602
=sef | weight=0.546
=nikoho | weight=0.538, noneg
=reditel | weight=0.530
=nadrizeneho | weight=0.509
=vedouci | weight=0.406
=s =nikam | weight=0.386, noneg
=nekoho | weight=0.326
=nespoji | weight=0.301
=ze =vedouci | weight=0.299
=me =nepusti | weight=0.291
=eskalovat | weight=0.275
=rozhodnout | weight=0.270
=vedeni | weight=0.248
=nikdo =nad | weight=0.248, noneg
=nikam | weight=0.238, noneg
=je =konecne | weight=0.234
=nepusti | weight=0.226
=se =zakaznik | weight=0.224
=rozhoduje | weight=0.222
=kompetentniho | weight=0.219
=neexistuje | weight=0.214
=supervizor | weight=0.211
=si =pry | weight=0.211
=pry =se | weight=0.208
=se =vubec | weight=0.207
=stiznost | weight=0.207
=jsem =o | weight=0.205
=mi =neda | weight=0.203
=rozhodnout =o | weight=0.202
=mnou =nechci | weight=0.199
=nechci =mluvit | weight=0.196, noneg
=pry | weight=0.195
=nekomunikuje | weight=0.195
=kontakt =na | weight=0.193
=vys | weight=0.193
=pracovnik =rekl | weight=0.191
=vyssi | weight=0.190
=vedouci =pry | weight=0.190
=dozadu | weight=0.185
=na =vedeni | weight=0.185
=odmitli | weight=0.185
=marne | weight=0.184
=marne =jsem | weight=0.184
=nedostupny | weight=0.184
=obracim =nemuze | weight=0.183
=neresi | weight=0.180
=nikdo =tam | weight=0.177, noneg
=zadam =jsem | weight=0.176
=nechal =zaprit | weight=0.173
=se =nechal | weight=0.173
=zaprit | weight=0.173
=kontakt | weight=0.172
=neni | weight=0.169, noneg
=vubec =nedostavil | weight=0.168
=tak =veci | weight=0.168
=vedeni =se | weight=0.167
=vyssi =misto | weight=0.167
=nedostavil | weight=0.167
=o =pred | weight=0.166
=na =vedouci | weight=0.166
=k =telefon | weight=0.165
=nejsem =zakaznik | weight=0.163, noneg
=vedouci =nejsem | weight=0.163, noneg
=se =pry | weight=0.162
=v =kancelar | weight=0.162
=provozni | weight=0.161
=jsem =nekoho | weight=0.160
=ze =ten | weight=0.160
=misto =pry | weight=0.157
=nikdo =z | weight=0.155, noneg
=ze =jeho | weight=0.155
=rozhodnuti | weight=0.155
=mi =dat | weight=0.155
=nelze | weight=0.154
=nedovoli =mi | weight=0.154
=se =schovava | weight=0.153
=si =s | weight=0.153
=vedouci =se | weight=0.152
=schovava | weight=0.151
=nezveda | weight=0.149
=nezveda =telefon | weight=0.149
=mi =telefon | weight=0.149
=rozhodnuti =je | weight=0.148
=sefik | weight=0.147
=odmitli =zavolam | weight=0.147
=veci =neresi | weight=0.145
=mou =stiznost | weight=0.145
=stiznost =vys | weight=0.144
=prej =neni | weight=0.143, noneg
=nemluvi | weight=0.142
=neda | weight=0.141
=polozil =mi | weight=0.141
=odmitli =me | weight=0.140
=tu =sam | weight=0.139
=osobu | weight=0.137
=ma =pravomoc | weight=0.136
=prodejne =pry | weight=0.136
=resit =jen | weight=0.136
=prosim =jsem | weight=0.136
=jejich =rozhodnuti | weight=0.135
=dat | weight=0.133
=jeho | weight=0.133
=kompetentnejsiho | weight=0.132
=nekoho =kompetentnejsiho | weight=0.132
=nikdo | weight=0.132, noneg
=nikdo =jiny | weight=0.129, noneg
=to =zbytecne | weight=0.129
=me =odmitli | weight=0.127
=odmitli =prepojili | weight=0.127
=klienty =nekomunikuje | weight=0.127
=nikam =s | weight=0.126, noneg
=pravomoc =to | weight=0.126
=nikdo =nadrizeneho | weight=0.126, noneg
=s =klienty | weight=0.126
=nedovoli | weight=0.126
=nevyrizuji | weight=0.126
=jmeno =vedouci | weight=0.125
=sdelil =jmeno | weight=0.125
=sef =rekl | weight=0.125
=a =pry | weight=0.125
=jsem =chtel | weight=0.124
=nadrizeneho =rekl | weight=0.124
=na =porad | weight=0.124
=nemam =cas | weight=0.124
=vys =pry | weight=0.123
=nemuze | weight=0.122
=spojit =s | weight=0.122
=nikdo =neprisel | weight=0.122, noneg
=kym =bych | weight=0.122
=odmitli =prizvat | weight=0.122
=prizvat | weight=0.122
=prizvat =vedouci | weight=0.122
=klienty | weight=0.121
=vedouci =mi | weight=0.121
=je =nedostupny | weight=0.121
=nedostupny =a | weight=0.121
=nechci | weight=0.120, noneg
=reditel =odpoved | weight=0.120
=to =nejde | weight=0.118
=pry =nepredaji | weight=0.118
=vedouci =rekl | weight=0.118
=odmitli =dat | weight=0.118
=jsem =mluvit | weight=0.117
=je =posledni | weight=0.117
=kancelar | weight=0.116
=vys =to | weight=0.116
=nepredaji | weight=0.115
=ze =vys | weight=0.114
=jen =s | weight=0.114
=smeny | weight=0.114
=ze =jejich | weight=0.114
=sef =prodejne | weight=0.113
=zadna =vedouci | weight=0.113, noneg
=chtel =vedouci | weight=0.113
=jmeno | weight=0.113
=kdo =ma | weight=0.112
=nejde =zavolam | weight=0.111
=pred =veci | weight=0.111
=nadrizeneho =pry | weight=0.111
=kym | weight=0.109
=s =kym | weight=0.109
=nedostal =jsem | weight=0.109
=o =kontakt | weight=0.109
=vedouci =smeny | weight=0.108
=vedeni =mi | weight=0.108
=pry =nejde | weight=0.108
=moje =zadost | weight=0.107
=prej | weight=0.107
=jen =porad | weight=0.106
=nechteli =me | weight=0.106
=pry =nemam | weight=0.106, noneg
=pravomoc | weight=0.105
=odmitli =mi | weight=0.105
=odbyli =me | weight=0.104
=nikdo =me | weight=0.104, noneg
=instance | weight=0.103
=pry =neexistuje | weight=0.103
=se =nedovoli | weight=0.103
=pry =zakaznik | weight=0.102
=zakaznik =nemluvi | weight=0.101
=to =mohli | weight=0.100
=centralu =se | weight=0.100
=zitra | weight=0.098
=tu | weight=0.098
=na =nadrizeneho | weight=0.097
=prepojili =na | weight=0.097
=bych =to | weight=0.095
=neco =kdo | weight=0.095
=jejich =sef | weight=0.093
=mluvit | weight=0.093
=nemam =zadna | weight=0.093, noneg
=nadrizenyho | weight=0.093
=nekoho =nadrizenyho | weight=0.093
=nadrizeneho =pracovnik | weight=0.092
=k =zakaznik | weight=0.092
=vedouci =odpoved | weight=0.091
=vedouci =vysmal | weight=0.089
=se =nedostal | weight=0.088
=mohli | weight=0.088
=zakaznik | weight=0.087
=chci =mluvit | weight=0.087
=takovy =clovek | weight=0.086
=pry =neda | weight=0.086
=to =nemam | weight=0.086, noneg
=schvalit | weight=0.086
=mi =sdelil | weight=0.085
=ze =on | weight=0.085
=chtel =jsem | weight=0.084
=nebavi | weight=0.084
=ze =nikdo | weight=0.084, noneg
=nekomu | weight=0.083
=tak =jsem | weight=0.083
=jsem =trva | weight=0.083
=neni =pro | weight=0.083, noneg
=operaci | weight=0.082
=pry =by | weight=0.082
=vedouci =je | weight=0.081
=manazera =se | weight=0.081
=spojit | weight=0.081
=mi =byla | weight=0.081
=nedostal | weight=0.080
=muze =mluvit | weight=0.079
=tu =neni | weight=0.079, noneg
=pry =ma | weight=0.079
=nadrizeneho =me | weight=0.079
=s =neco | weight=0.079
=to =mi | weight=0.079
=nepousteji | weight=0.079
=telefon =nepousteji | weight=0.079
=konecne | weight=0.078
=polozil | weight=0.078
=sdeleno =ze | weight=0.077
=do =oddeleni | weight=0.076
=oddeleni =do | weight=0.076
=prepojili =me | weight=0.076
=nadrizeneho =mi | weight=0.076
=nikdo =nechodi | weight=0.076, noneg
=nadrizeneho =a | weight=0.076
=jsem =mezi | weight=0.076
=jen =abych | weight=0.075
=zakaznik =nebavi | weight=0.075
=minut =jen | weight=0.075
=na =vyssi | weight=0.075
=nikdo =s | weight=0.075, noneg
=chtel =sem | weight=0.075
=nekoho =vejs | weight=0.075
=sem =nekoho | weight=0.075
=takovy =neexistuje | weight=0.075
=vejs | weight=0.075
=vejs =rekl | weight=0.075
=me =spojit | weight=0.075
=internet =informace | weight=0.075
=on =je | weight=0.074
=nechteli | weight=0.074
=pry =mluvit | weight=0.074
=zamitnuta | weight=0.074
=ze =sef | weight=0.073
=ktery =by | weight=0.073
=nich =nejde | weight=0.072
=nejsem | weight=0.072, noneg
=nikdo =vys | weight=0.072, noneg
=tak =ne | weight=0.072, noneg
=pry =nedostal | weight=0.072
=jeho =vedouci | weight=0.070
=muze =to | weight=0.070
=rekl =to | weight=0.070
=obratim =nemuze | weight=0.070
=pry =obratim | weight=0.070
=posoudi | weight=0.070
=tam =neni | weight=0.070, noneg
=o =rozhovor | weight=0.070
=rozhovor =s | weight=0.070
=neni =k | weight=0.069, noneg
=ani =po | weight=0.068, noneg
=na =nekoho | weight=0.068
=nekoho =nad | weight=0.068
=s =nadrizeneho | weight=0.068
=to =resit | weight=0.068
=ze =takovy | weight=0.068
=abych =se | weight=0.068
=byla =ze | weight=0.067
=pry =neni | weight=0.067, noneg
=to =nelze | weight=0.067
=nekoho =kompetentniho | weight=0.067
=ktery =muze | weight=0.066
=se =ktery | weight=0.066
=me =z | weight=0.066
=operatorka =rekl | weight=0.066
=vysmal =se | weight=0.066
=podle =nich | weight=0.066
=jsem =at | weight=0.066
=posledni =instance | weight=0.065
=me =prepojili | weight=0.065
=neprepoji | weight=0.065
=reditel =pobocce | weight=0.065
=muze =rozhodnout | weight=0.064
=vyjadrovat =nebude | weight=0.064, noneg
=to =sam | weight=0.064
=nesplnuje | weight=0.064
=prej =nejde | weight=0.064
=ale =odmitli | weight=0.064
=ale =rekl | weight=0.064
=zbytecne | weight=0.064
=sef =se | weight=0.063
=cas | weight=0.063
=napsal =mi | weight=0.063
=mi =pry | weight=0.063
=jeho =sef | weight=0.063
=stejne =vyjadrovat | weight=0.063
=se =prej | weight=0.063
=chtel =mluvit | weight=0.062
=kalendar | weight=0.062
=mou | weight=0.062
=bez =vysvetleni | weight=0.062, noneg
=stezovat =u | weight=0.062
=neda =omluvu | weight=0.062
=omluvu =tak | weight=0.062
=stejne =rekl | weight=0.061
=vyjimku | weight=0.061
=nemam =narok | weight=0.061, noneg
=dobry =tak | weight=0.061
=ze =nemuze | weight=0.061
=nic =nezmenilo | weight=0.061, noneg
=stejne =nic | weight=0.061, noneg
=nesmi | weight=0.060
=posledni | weight=0.060
=na =nikoho | weight=0.060, noneg
=nikoho =kdo | weight=0.060, noneg
=pozaduji =jsem | weight=0.060
=byla =receno | weight=0.059
=primar | weight=0.059
=zadost =o | weight=0.059
=neslysela | weight=0.059
=s =manazera | weight=0.059
=vas =recenzi | weight=0.059
=zadna =neni | weight=0.059, noneg
=prominte | weight=0.058
=nejde =nikdo | weight=0.058, noneg
=ze =vedeni | weight=0.058
=kriterii | weight=0.058
=abych | weight=0.057
=z =oddeleni | weight=0.057
=znela =ze | weight=0.057
=s =vedouci | weight=0.056
=odvolanim | weight=0.056
=mi =stejne | weight=0.056
=vedouci =poste | weight=0.055
=pred =stiznost | weight=0.055
=mi =neprepoji | weight=0.055
=pry =na | weight=0.055
=stiznost =nemam | weight=0.055
=o =vedouci | weight=0.055
=hnus | weight=0.055
=rekl =mi | weight=0.055
=ona =je | weight=0.055
=na =tom | weight=0.055
=kde =se | weight=0.054
=mluvit =nebude | weight=0.054, noneg
=pravidla =mi | weight=0.054
=rovnou | weight=0.054
=rusen | weight=0.054
=vedeni =firma | weight=0.054
=vedouci =s | weight=0.054
=pry =podam | weight=0.054
=by =mi | weight=0.053
=minuly =mi | weight=0.053
=byla =zamitnuta | weight=0.053
=chtel | weight=0.053
=rodina | weight=0.053
=mi =zavolam | weight=0.053
=mi =pak | weight=0.053
=konce | weight=0.053
=ke | weight=0.053
=nepreje | weight=0.053
=pry =nikoho | weight=0.052, noneg
=to =nepujde | weight=0.052
=zrovna | weight=0.052
=prodejne =si | weight=0.052
=nemam | weight=0.052, noneg
=neni =zadna | weight=0.052, noneg
=nim =neni | weight=0.052, noneg
=tom =stejne | weight=0.052
=byla =odmitnuto | weight=0.052
=odmitnuto | weight=0.052
=odpoved =znela | weight=0.052
=nemuze =rekl | weight=0.051
=nepusti =pry | weight=0.051
=nic =nerekne | weight=0.051, noneg
=je =pro | weight=0.051
=brigadnice | weight=0.051
=jen =ze | weight=0.050
=nepujde | weight=0.050
=na =manazera | weight=0.050
=nekoho =nadrizeneho | weight=0.050
=uz =podruhe | weight=0.050
=prodavacka =rekl | weight=0.050
=jsem =pozaduji | weight=0.050
=penize =a | weight=0.050
=jenze =pry | weight=0.049
