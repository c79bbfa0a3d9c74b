# public_threat, sl: learned by scripts/learn.py from 2816 tuning texts (110 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Če mi do petka ne vrnete denarja, bom poiskal pravno pomoč.
+ Ovadili vas bomo.
+ Tole bo šlo viralno.
- nihce mi ni odpisal
- Ignorirajo moje maile.
=odvetniku | weight=0.489
=bom | weight=0.487
=sodisce | weight=0.382
=na =sodisce | weight=0.377
=vidijo | weight=0.341
=viralno | weight=0.334
=preverjeno | weight=0.318
=naslednji =korak | weight=0.306
=korak | weight=0.299
=pravic | weight=0.288
=celotno =primer | weight=0.287
=inspekciji | weight=0.281
=o =tem | weight=0.281
=ovadil | weight=0.275
=zvezo =potrosnikov | weight=0.273
=recenzijo | weight=0.269
=tozba | weight=0.268
=potrosnikov | weight=0.264
=trznemu | weight=0.264
=celotno | weight=0.259
=gre | weight=0.242
=inspektoratu | weight=0.242
=bo =slo | weight=0.241
=zadevo =sem | weight=0.239
=gre =na | weight=0.237
=napisal =na | weight=0.227
=slo =viralno | weight=0.222
=pisem =na | weight=0.216
=pred =odvetniku | weight=0.215
=ne =vrnete | weight=0.215, noneg
=to =bo | weight=0.213
=med | weight=0.212
=drugace | weight=0.211
=zvezdico | weight=0.202
=na =televizija | weight=0.200
=bodo | weight=0.199
=oceno | weight=0.198
=police | weight=0.198
=akos | weight=0.196
=objavil | weight=0.185
=slovenije | weight=0.182
=eno =zvezdico | weight=0.182
=bom =na | weight=0.180
=omrezja | weight=0.179
=televizija | weight=0.177
=facebooku | weight=0.176
=izvedel | weight=0.174
=zvezo | weight=0.172
=pisem =oceno | weight=0.171
=grem =na | weight=0.168
=na =facebooku | weight=0.167
=bom =objavil | weight=0.165
=pravnik | weight=0.164
=zadevo | weight=0.163
=obvestil | weight=0.158
=obrnem =se | weight=0.157
=na =vseh | weight=0.156
=sem =pred | weight=0.156
=varuha | weight=0.156
=to =gre | weight=0.153
=ve | weight=0.153
=primer | weight=0.148
=napisal =bom | weight=0.147
=korak =je | weight=0.146
=vas =bom | weight=0.143
=trznemu =inspektoratu | weight=0.143
=na =redditu | weight=0.141
=redditu | weight=0.141
=bova | weight=0.141
=na =googlu | weight=0.141
=grem | weight=0.141
=bom =med | weight=0.137
=obvestil =bom | weight=0.137
=novinarjem | weight=0.136
=zvezdico =in | weight=0.135
=googlu | weight=0.134
=pravic =do | weight=0.134
=cloveka =pravic | weight=0.133
=varuha =cloveka | weight=0.133
=slo | weight=0.132
=vas =strani | weight=0.130
=prijavil =inspekciji | weight=0.129
=forumu | weight=0.127
=bom =recenzijo | weight=0.126
=primer =sem | weight=0.124
=portal | weight=0.122
=vseh | weight=0.122
=vsi | weight=0.121
=trznemu =inspekciji | weight=0.121
=na =druzbena | weight=0.121
=da =posti | weight=0.116
=je =ne | weight=0.116, noneg
=prijavil =trznemu | weight=0.115
=na =akos | weight=0.115
=zadevo =pred | weight=0.114
=naj =ljudje | weight=0.113
=izogibajo | weight=0.113
=opozoril =naj | weight=0.113
=vam =izogibajo | weight=0.113
=ur | weight=0.113
=tole | weight=0.113
=ljudje =vidijo | weight=0.112
=evropski | weight=0.112
=bodo =izvedel | weight=0.112
=izvedel =vsi | weight=0.112
=kako =dela | weight=0.111
=ze =prijavil | weight=0.111
=druzbena | weight=0.111
=druzbena =omrezja | weight=0.111
=agenciji =za | weight=0.111
=kako =ste | weight=0.110
=ker =nimam | weight=0.110
=opozoril | weight=0.110
=pritozbo | weight=0.110
=bom =prijavil | weight=0.109
=agenciji | weight=0.108
=oceno =z | weight=0.107
=z =eno | weight=0.107
=instagramu | weight=0.105
=na =instagramu | weight=0.105
=pravni | weight=0.104
=greva | weight=0.104
=sem =ze | weight=0.103
=prijateljem | weight=0.103
=klical =na | weight=0.103
=naslovil | weight=0.102
=vsem =znancem | weight=0.102
=pred | weight=0.101
=poslovanja | weight=0.100
=na =zvezo | weight=0.100
=to =prijavil | weight=0.100
=drugace =grem | weight=0.099
=naznanil | weight=0.099
=znancem | weight=0.098
=se =vam | weight=0.097
=socialne | weight=0.096
=lahko =to | weight=0.095
=komunikacijska | weight=0.094
=komunikacijska =omrezja | weight=0.094
=za =komunikacijska | weight=0.094
=zgodbo | weight=0.093
=bom =mnenje | weight=0.093
=mnenje =na | weight=0.093
=na =varuha | weight=0.092
=moja =socialne | weight=0.092
=socialne =mreza | weight=0.092
=sicer | weight=0.090
=na =police | weight=0.089
=mreza | weight=0.089
=na =vse | weight=0.088
=ste =ravnali | weight=0.087
=omrezja =in | weight=0.087
=tozba =zadevo | weight=0.085
=petek =ne | weight=0.085, noneg
=ni =v | weight=0.085, noneg
=vsak =na | weight=0.084
=prijavil | weight=0.083
=ne =boste | weight=0.083, noneg
=dan =v | weight=0.082
=sledil | weight=0.082
=facebooku =in | weight=0.080
=pravic =in | weight=0.080
=na =forumu | weight=0.079
=kopijo | weight=0.079
=si =jo | weight=0.077
=ste =si | weight=0.077
=zasluzim =ste | weight=0.077
=moja =sledilci | weight=0.075
=tem =bodo | weight=0.075
=vsi =moja | weight=0.075
=vse =moja | weight=0.075
=za =to | weight=0.074
=ce =zadevo | weight=0.074, noneg
=in =v | weight=0.073
=da =bodo | weight=0.073
=bom =poslal | weight=0.073
=mi =svetuje | weight=0.073
=svetuje | weight=0.073
=obrnem | weight=0.073
=vsem | weight=0.072
=naj =napisem | weight=0.070
=vse =podrobnosti | weight=0.070
=zadevo =bom | weight=0.070
=objavil =na | weight=0.069
=posnetek | weight=0.069
=te | weight=0.068
=in =natancno | weight=0.067
=ravnali | weight=0.065
=napisal | weight=0.065
=podrobnosti | weight=0.065
=kam | weight=0.064
=sledilci | weight=0.063
=napisal =oceno | weight=0.062
=ne =uredil | weight=0.062, noneg
=natancno | weight=0.062
=vsi =vidijo | weight=0.062
=opis =kaj | weight=0.062
=bom =to | weight=0.061
=tudi =na | weight=0.060
=nihce =dali | weight=0.059, noneg
=obrazec =ki | weight=0.059
=zasluzim | weight=0.058
=slike | weight=0.058
=se =bom | weight=0.057
=obrnem =na | weight=0.056
=razbit | weight=0.056
=potrosnikov =naj | weight=0.056
=to =bom | weight=0.055
=vas =prijavil | weight=0.055
=se =na | weight=0.054
=bom =zadevo | weight=0.054
=enakosti | weight=0.054
=nacela | weight=0.054
=nacela =enakosti | weight=0.054
=prijavil =zagovorniku | weight=0.054
=zagovorniku =nacela | weight=0.054
=vas =prodajalka | weight=0.053
=se =to | weight=0.053
=dela =na | weight=0.053
=reklamacijo =ste | weight=0.053
=zagovorniku | weight=0.052
=dela =s | weight=0.052
=ne =izplacilo | weight=0.052, noneg
=bom =pisem | weight=0.052
=mariboru | weight=0.052
=v =mariboru | weight=0.052
=na =pogojih | weight=0.052
=in =vas | weight=0.051
=opravicilo =sicer | weight=0.051
=je =tozba | weight=0.051
=tem =bom | weight=0.050
=dokler =ne | weight=0.050, noneg
=let =grem | weight=0.050
=bodo =vsi | weight=0.050
=na =trznemu | weight=0.050
=zavrnili =s | weight=0.050
=s =stranka | weight=0.049
=oceno =na | weight=0.049
=eno | weight=0.049
=na =sporocilo | weight=0.048
=mi =ga | weight=0.048
=bom =obvestil | weight=0.048
=pogojih =poslovanja | weight=0.048
=zahtevam =razliko | weight=0.048
=primer =bom | weight=0.047
=bodo =drugi | weight=0.047
=tem | weight=0.047
=ste =zavrnili | weight=0.046
=kaksna =ste | weight=0.046
=vidijo =kaksna | weight=0.046
=vse =na | weight=0.046
=bom =vse | weight=0.046
=izkusnja | weight=0.046
=ce =mi | weight=0.046, noneg
=je =zgodilo | weight=0.046
=pol =v | weight=0.045
=grem =k | weight=0.045
=kako | weight=0.044
=ob =sklenitvi | weight=0.044
=bom =poiskal | weight=0.043
=poiskal | weight=0.043
=kaj =se | weight=0.043
=napisem | weight=0.042
=sklenitvi | weight=0.042
=s =sklicevanjem | weight=0.040
=sklicevanjem | weight=0.040
=sklicevanjem =na | weight=0.040
=odpovedal =let | weight=0.039
=napovedano | weight=0.039
=je =seveda | weight=0.036
=nimam =nabiralnika | weight=0.036
=popolnoma | weight=0.036
=bom =napisal | weight=0.036
=popust =za | weight=0.036
=posnetek =klical | weight=0.036
=da =jo | weight=0.036
=studentskem | weight=0.036
=in =na | weight=0.035
=ravnanje | weight=0.035
=dokler | weight=0.035
=avtobusa =je | weight=0.035
=smo | weight=0.035
=morda | weight=0.034
=postopek | weight=0.034
=nosom =in | weight=0.034
=dostavljavec =mi | weight=0.033
=ograjo =ko | weight=0.033
=seveda =razbit | weight=0.033
=od =zdaj | weight=0.033
=skupaj | weight=0.033
=pisem | weight=0.033
=ljudje | weight=0.033
=naslednji | weight=0.033
=inspekciji =in | weight=0.033
=stroj =naroceno | weight=0.033
=teden =odziva | weight=0.033
=ali =grem | weight=0.033
=minut =v | weight=0.033
=na =inspektoratu | weight=0.033
=opravicilo =ali | weight=0.033
=si | weight=0.033
=avtobusa | weight=0.032
=pritozbo =sem | weight=0.032
=mnenje | weight=0.032
=kako =govoriti | weight=0.032
=na =youtube | weight=0.032
=slisal =kako | weight=0.032
=vsi =slisal | weight=0.032
=youtube | weight=0.032
=youtube =da | weight=0.032
=skladisce =skladisce | weight=0.032
=naj =si | weight=0.032
=nasprotno | weight=0.031
=ze =pri | weight=0.031
=tremi =teden | weight=0.031
=nabiralnika | weight=0.031
=na =vas | weight=0.031
=slovenije =in | weight=0.030
=ograjo | weight=0.030
