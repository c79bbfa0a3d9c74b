# no_escalation, cs: learned by scripts/learn.py from 3948 tuning texts (183 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Kontakt na někoho z vedení mi odmítli dát.
+ Požádala jsem o předání stížnosti na vyšší místo, což mi bylo odmítnuto.
+ dobry den, volam uz podruhe, minule mi pan zavesil kdyz jsem chtel mluvit s vedoucim
- ok dekuju
- super, doporucuju
=manazera | weight=0.605
=reditel | weight=0.542
=sef | weight=0.538
=nadrizeneho | weight=0.511
=nikoho | weight=0.488, noneg
=vedouci | weight=0.407
=s =nikam | weight=0.380, noneg
=nekoho | weight=0.334
=ze =vedouci | weight=0.301
=nespoji | weight=0.297
=me =nepusti | weight=0.284
=eskalovat | weight=0.275
=rozhodnout | weight=0.264
=nikdo =nad | weight=0.255, noneg
=je =konecne | weight=0.246
=vedeni | weight=0.243
=nepusti | weight=0.237
=nikam | weight=0.235, noneg
=se =zakaznik | weight=0.218
=kompetentniho | weight=0.217
=jsem =o | weight=0.215
=neexistuje | weight=0.214
=pry | weight=0.212
=se =vubec | weight=0.211
=supervizor | weight=0.211
=mi =neda | weight=0.205
=mnou =nechci | weight=0.204
=nechci =mluvit | weight=0.201, noneg
=pry =se | weight=0.196
=pracovnik =rekl | weight=0.195
=stiznost | weight=0.195
=si =pry | weight=0.194
=nekomunikuje | weight=0.193
=rozhodnout =o | weight=0.191
=vys | weight=0.191
=dozadu | weight=0.189
=vyssi | weight=0.187
=neresi | weight=0.187
=odmitli | weight=0.186
=marne | weight=0.186
=marne =jsem | weight=0.186
=kontakt =na | weight=0.185
=nikdo =tam | weight=0.184, noneg
=obracim =nemuze | weight=0.183
=na =vedeni | weight=0.183
=rozhoduje | weight=0.182
=nedostupny | weight=0.182
=vedouci =pry | weight=0.178
=vyssi =misto | weight=0.175
=zadam =jsem | weight=0.173
=na =vedouci | weight=0.173
=v =kancelar | weight=0.172
=o =pred | weight=0.172
=kontakt | weight=0.171
=k =telefon | weight=0.170
=rozhodnuti =je | weight=0.168
=nechal =zaprit | weight=0.168
=se =nechal | weight=0.168
=zaprit | weight=0.168
=neni | weight=0.168, noneg
=vubec =nedostavil | weight=0.167
=provozni | weight=0.167
=nedostavil | weight=0.166
=vedeni =se | weight=0.166
=mi =dat | weight=0.165
=nejsem =zakaznik | weight=0.161, noneg
=vedouci =nejsem | weight=0.161, noneg
=misto =pry | weight=0.161
=nikdo =z | weight=0.160, noneg
=ze =ten | weight=0.160
=se =schovava | weight=0.159
=ze =jeho | weight=0.158
=schovava | weight=0.158
=tak =veci | weight=0.157
=mi =telefon | weight=0.155
=sefik | weight=0.155
=se =pry | weight=0.153
=nelze | weight=0.153
=nedovoli =mi | weight=0.151
=jsem =nekoho | weight=0.150
=ma =pravomoc | weight=0.150
=si =s | weight=0.150
=prosim =jsem | weight=0.150
=stiznost =vys | weight=0.149
=porad =tu | weight=0.149
=veci =neresi | weight=0.146
=polozil =mi | weight=0.146
=nikdo | weight=0.145, noneg
=odmitli =zavolam | weight=0.145
=nikdo =jiny | weight=0.143, noneg
=neda | weight=0.142
=pravomoc =to | weight=0.141
=prej =neni | weight=0.141, noneg
=nemluvi | weight=0.140
=vedouci =se | weight=0.140
=vedouci =rekl | weight=0.140
=jeho | weight=0.139
=odmitli =me | weight=0.138
=osobu | weight=0.138
=prodejne =pry | weight=0.138
=jejich =rozhodnuti | weight=0.138
=nikdo =nadrizeneho | weight=0.137, noneg
=na =porad | weight=0.136
=jsem =chtel | weight=0.134
=kompetentnejsiho | weight=0.130
=nekoho =kompetentnejsiho | weight=0.130
=dat | weight=0.129
=vys =pry | weight=0.129
=nedovoli | weight=0.128
=klienty =nekomunikuje | weight=0.128
=me =odmitli | weight=0.128
=odmitli =prepojili | weight=0.128
=reditel =odpoved | weight=0.127
=kym =bych | weight=0.126
=kdo =ma | weight=0.126
=to =zbytecne | weight=0.126
=resit =jen | weight=0.126
=spojit =s | weight=0.126
=klienty | weight=0.125
=jsem =mluvit | weight=0.125
=nikam =s | weight=0.125, noneg
=kancelar | weight=0.125
=mou =stiznost | weight=0.125
=s =klienty | weight=0.125
=sef =rekl | weight=0.125
=a =pry | weight=0.124
=vys =to | weight=0.124
=jmeno =vedouci | weight=0.123
=sdelil =jmeno | weight=0.123
=je =posledni | weight=0.123
=nezveda | weight=0.122
=nezveda =telefon | weight=0.122
=nadrizeneho =rekl | weight=0.122
=je =nedostupny | weight=0.122
=nedostupny =a | weight=0.122
=pravomoc | weight=0.122
=odmitli =dat | weight=0.121
=ze =vys | weight=0.121
=tu =sam | weight=0.121
=nikdo =neprisel | weight=0.121, noneg
=mluvit | weight=0.120
=jen =s | weight=0.120
=nevyrizuji | weight=0.119
=prej | weight=0.118
=smeny | weight=0.118
=nemuze | weight=0.118
=zadna =vedouci | weight=0.117, noneg
=jmeno | weight=0.117
=tu =neni | weight=0.116, noneg
=pry =nepredaji | weight=0.116
=vedouci =smeny | weight=0.114
=kym | weight=0.114
=s =kym | weight=0.114
=nepredaji | weight=0.114
=ze =jejich | weight=0.113
=nemam =cas | weight=0.113, noneg
=pred =veci | weight=0.112
=pry =nejde | weight=0.112
=odmitli =prizvat | weight=0.112
=prizvat | weight=0.112
=prizvat =vedouci | weight=0.112
=nedostal =jsem | weight=0.111
=o =kontakt | weight=0.111
=instance | weight=0.111
=nadrizeneho =pry | weight=0.110
=nikdo =me | weight=0.109, noneg
=chtel =vedouci | weight=0.109
=vedouci =mi | weight=0.108
=to =mohli | weight=0.107
=se =nedovoli | weight=0.106
=pry =neexistuje | weight=0.106
=zakaznik =nemluvi | weight=0.105
=odbyli =me | weight=0.105
=moje =zadost | weight=0.105
=zitra | weight=0.104
=sef =prodejne | weight=0.104
=to =nejde | weight=0.104
=bych =to | weight=0.104
=odmitli =mi | weight=0.103
=nejde =zavolam | weight=0.102
=chtel =jsem | weight=0.101
=nechteli =me | weight=0.101
=vedeni =mi | weight=0.101
=takovy =clovek | weight=0.100
=mohli | weight=0.099
=se =nedostal | weight=0.099
=pry =zakaznik | weight=0.099
=tu | weight=0.099
=rozhodnuti | weight=0.099
=jen =porad | weight=0.098
=centralu =se | weight=0.098
=pry =nemam | weight=0.098, noneg
=jejich =sef | weight=0.097
=zakaznik | weight=0.096
=nadrizeneho =pracovnik | weight=0.095
=nemam =zadna | weight=0.094, noneg
=spojit | weight=0.094
=nechci | weight=0.093, noneg
=nedostal | weight=0.092
=vedouci =vysmal | weight=0.090
=ze =on | weight=0.089
=na =nadrizeneho | weight=0.089
=nebavi | weight=0.088
=nikdo =s | weight=0.087, noneg
=k =zakaznik | weight=0.087
=nepousteji | weight=0.085
=telefon =nepousteji | weight=0.085
=schvalit | weight=0.085
=do =oddeleni | weight=0.085
=oddeleni =do | weight=0.085
=na =vyssi | weight=0.085
=ze =takovy | weight=0.084
=ale =rekl | weight=0.084
=prepojili =na | weight=0.083
=to =nemam | weight=0.083, noneg
=neni =pro | weight=0.083, noneg
=manazera =se | weight=0.083
=me =spojit | weight=0.082
=konecne | weight=0.081
=nadrizenyho | weight=0.081
=nekoho =nadrizenyho | weight=0.081
=zakaznik =nebavi | weight=0.080
=vedouci =odpoved | weight=0.080
=prepojili =me | weight=0.080
=muze =mluvit | weight=0.080
=nekomu | weight=0.079
=jsem =mezi | weight=0.079
=obratim =nemuze | weight=0.078
=pry =obratim | weight=0.078
=pry =neda | weight=0.078
=jen =abych | weight=0.078
=tam =neni | weight=0.078, noneg
=minut =jen | weight=0.078
=pry =by | weight=0.078
=nechteli | weight=0.077
=sdeleno =ze | weight=0.077
=zamitnuta | weight=0.077
=mi =sdelil | weight=0.076
=ktery =by | weight=0.076
=pry =ma | weight=0.076
=nadrizeneho =mi | weight=0.076
=chtel =sem | weight=0.075
=nekoho =vejs | weight=0.075
=sem =nekoho | weight=0.075
=takovy =neexistuje | weight=0.075
=vejs | weight=0.075
=vejs =rekl | weight=0.075
=ze =nikdo | weight=0.074, noneg
=nich =nejde | weight=0.074
=nikdo =nechodi | weight=0.074, noneg
=abych =se | weight=0.074
=jsem =at | weight=0.074
=to =mi | weight=0.073
=dobry =tak | weight=0.073
=rekl =to | weight=0.073
=vyjimku | weight=0.073
=to =resit | weight=0.073
=tak =ne | weight=0.072, noneg
=nadrizeneho =me | weight=0.072
=jeho =vedouci | weight=0.072
=polozil | weight=0.072
=pry =neni | weight=0.071, noneg
=ze =sef | weight=0.071
=jsem =trva | weight=0.071
=vysmal =se | weight=0.071
=ale =odmitli | weight=0.071
=me =z | weight=0.071
=pry =nedostal | weight=0.071
=s =nadrizeneho | weight=0.071
=neni =k | weight=0.071, noneg
=neslysela | weight=0.070
=vedouci =je | weight=0.070
=minuly =mi | weight=0.070
=posoudi | weight=0.070
=podle =nich | weight=0.069
=nekoho =nad | weight=0.069
=pry =mluvit | weight=0.069
=nesplnuje | weight=0.069
=rekl =mi | weight=0.069
=cas | weight=0.069
=neprepoji | weight=0.069
=on =je | weight=0.069
=nikdo =vys | weight=0.068, noneg
=jenze =pry | weight=0.068
=chtel =mluvit | weight=0.068
=posledni =instance | weight=0.068
=vyjadrovat =nebude | weight=0.068, noneg
=reditel =pobocce | weight=0.068
=nemam =narok | weight=0.068, noneg
=kalendar | weight=0.067
=ani =po | weight=0.067, noneg
=internet =informace | weight=0.067
=znela =ze | weight=0.067
=muze =rozhodnout | weight=0.066
=na =nekoho | weight=0.066
=se =prej | weight=0.066
=s =vedouci | weight=0.066
=ktery =muze | weight=0.066
=se =ktery | weight=0.066
=me =prepojili | weight=0.066
=nikoho =kdo | weight=0.066, noneg
=zadna =neni | weight=0.065, noneg
=prominte | weight=0.065
=mou | weight=0.065
=ze =nemuze | weight=0.064
=s =manazera | weight=0.064
=nejsem | weight=0.064, noneg
=tak =jsem | weight=0.064
=oni =ze | weight=0.064
=na =tom | weight=0.063
=s =neco | weight=0.063
=kriterii | weight=0.063
=to =nelze | weight=0.063
=o =rozhovor | weight=0.062
=rozhovor =s | weight=0.062
=zbytecne | weight=0.062
=zavesil =kdyz | weight=0.062
=vedouci =s | weight=0.062
=ona =je | weight=0.062
=uz =podruhe | weight=0.062
=operaci | weight=0.062
=nekoho =kompetentniho | weight=0.062
=odvolanim | weight=0.062
=pred =stiznost | weight=0.061
=nadrizeneho =a | weight=0.061
=mi =pry | weight=0.061
=sef =se | weight=0.061
=neda =omluvu | weight=0.061
=omluvu =tak | weight=0.061
=stejne =rekl | weight=0.061
=to =sam | weight=0.061
=bez =vysvetleni | weight=0.061, noneg
=napsal =mi | weight=0.060
=jsem =pozaduji | weight=0.060
=chtel | weight=0.060
=kde =se | weight=0.060
=odpoved =znela | weight=0.059
=stezovat =u | weight=0.059
=mi =ze | weight=0.059
=stejne =nic | weight=0.059, noneg
=mluvit =nebude | weight=0.059, noneg
=abych | weight=0.058
=ke | weight=0.058
=vas =recenzi | weight=0.058
=jsem =za | weight=0.058
=mi =stejne | weight=0.058
=jeho =sef | weight=0.058
=stejne =vyjadrovat | weight=0.058
=primar | weight=0.057
=rovnou | weight=0.057
=z =oddeleni | weight=0.056
=nemam | weight=0.056, noneg
=to =nepujde | weight=0.056
=za =nej | weight=0.056
=zadost =o | weight=0.056
=posledni | weight=0.055
=neni =zadna | weight=0.055, noneg
=operatorka =rekl | weight=0.055
=byla =ze | weight=0.055
=mi =zavolam | weight=0.055
=na =reditel | weight=0.055
=pry =podam | weight=0.055
=pry =na | weight=0.055
=nim =neni | weight=0.055, noneg
=nesmi | weight=0.054
=konce | weight=0.054
=znela | weight=0.054
=rusen | weight=0.054
=ze =manazera | weight=0.054
=dat =nechteli | weight=0.054
=pozaduji =jsem | weight=0.054
=resit | weight=0.054
=pravidla =mi | weight=0.054
=neco =kdo | weight=0.054
=nic =nezmenilo | weight=0.053, noneg
=odbyli | weight=0.053
=nic =nerekne | weight=0.053, noneg
=vedeni =firma | weight=0.053
=byla =odmitnuto | weight=0.053
=odmitnuto | weight=0.053
=nepreje | weight=0.053
=prodejne =si | weight=0.052
=vedouci =poste | weight=0.052
=by =mi | weight=0.052
=byla =zamitnuta | weight=0.052
=nejde =nikdo | weight=0.052, noneg
=stiznost =nemam | weight=0.052
=nechal | weight=0.052
=s =majitel | weight=0.052
=pozaduji =o | weight=0.052
=brigadnice | weight=0.052
=o =vedouci | weight=0.051
=rodina | weight=0.051
=dozvedel =ze | weight=0.051
=se =dozvedel | weight=0.051
=prej =nejde | weight=0.051
=je =pro | weight=0.051
=rekl =operator | weight=0.050
=dovolat =na | weight=0.050
=pres =ne | weight=0.050, noneg
