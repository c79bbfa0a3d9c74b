# public_threat, sl: learned by scripts/learn.py from 2594 tuning texts (107 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Če mi do petka ne vrnete denarja, bom poiskal pravno pomoč.
+ Ovadili vas bomo.
+ Tole bo šlo viralno.
- Ignorirajo moje maile.
- hocem svoj denar nazaj
=bom | weight=0.489
=odvetniku | weight=0.487
=sodisce | weight=0.384
=na =sodisce | weight=0.379
=viralno | weight=0.334
=vidijo | weight=0.333
=preverjeno | weight=0.310
=naslednji =korak | weight=0.307
=korak | weight=0.301
=celotno =primeru | weight=0.287
=pravic | weight=0.283
=ovadil | weight=0.281
=zvezo =potrosnikov | weight=0.272
=trznemu | weight=0.270
=o =tem | weight=0.270
=recenzijo | weight=0.268
=celotno | weight=0.268
=inspekciji | weight=0.267
=potrosnikov | weight=0.264
=tozba | weight=0.256
=bo =slo | weight=0.255
=gre | weight=0.250
=inspektoratu | weight=0.250
=zadevo =sem | weight=0.243
=napisal =na | weight=0.237
=gre =na | weight=0.236
=to =bo | weight=0.228
=slo =viralno | weight=0.225
=bodo | weight=0.214
=drugace | weight=0.211
=med | weight=0.211
=na =televizija | weight=0.205
=pred =odvetniku | weight=0.202
=zvezdico | weight=0.200
=oceno | weight=0.197
=police | weight=0.196
=akos | weight=0.191
=ne =vrnete | weight=0.188, noneg
=bom =na | weight=0.187
=objavil | weight=0.186
=obvestil | weight=0.186
=slovenije | weight=0.186
=omrezja | weight=0.181
=pisem =na | weight=0.180
=izvedel | weight=0.178
=televizija | weight=0.176
=facebooku | weight=0.175
=eno =zvezdico | weight=0.173
=zvezo | weight=0.171
=bom =objavil | weight=0.166
=grem =na | weight=0.165
=na =facebooku | weight=0.165
=zadevo | weight=0.162
=pravnik | weight=0.160
=pisem =oceno | weight=0.159
=na =vseh | weight=0.157
=varuha | weight=0.156
=obrnem =se | weight=0.152
=to =gre | weight=0.152
=korak =je | weight=0.149
=napisal =bom | weight=0.148
=trznemu =inspektoratu | weight=0.147
=na =googlu | weight=0.147
=sem =pred | weight=0.147
=ve | weight=0.146
=primeru | weight=0.144
=bova | weight=0.141
=googlu | weight=0.140
=na =redditu | weight=0.139
=redditu | weight=0.139
=grem | weight=0.135
=novinarjem | weight=0.135
=vas =strani | weight=0.134
=cloveka =pravic | weight=0.132
=varuha =cloveka | weight=0.132
=zvezdico =in | weight=0.132
=prijavil =inspekciji | weight=0.132
=slo | weight=0.131
=petek =ne | weight=0.131, noneg
=bom =med | weight=0.131
=obvestil =bom | weight=0.131
=forumu | weight=0.130
=bom =recenzijo | weight=0.128
=pravic =do | weight=0.127
=vseh | weight=0.125
=na =druzbena | weight=0.124
=trznemu =inspekciji | weight=0.123
=vas =bom | weight=0.123
=portal | weight=0.122
=zadevo =pred | weight=0.122
=vsi | weight=0.121
=primeru =sem | weight=0.118
=ze =prijavil | weight=0.117
=da =posti | weight=0.116
=na =akos | weight=0.116
=tole | weight=0.114
=kako =ste | weight=0.114
=je =ne | weight=0.112, noneg
=agenciji =za | weight=0.112
=druzbena | weight=0.112
=druzbena =omrezja | weight=0.112
=naj =ljudje | weight=0.112
=instagramu | weight=0.112
=na =instagramu | weight=0.112
=bodo =izvedel | weight=0.111
=izvedel =vsi | weight=0.111
=evropski | weight=0.111
=opozoril | weight=0.110
=ljudje =vidijo | weight=0.110
=izogibajo | weight=0.110
=opozoril =naj | weight=0.110
=vam =izogibajo | weight=0.110
=klical =na | weight=0.109
=agenciji | weight=0.108
=prijavil =trznemu | weight=0.106
=vsem =znancem | weight=0.106
=naslovil | weight=0.106
=greva | weight=0.105
=ker =nimam | weight=0.103
=sicer | weight=0.102
=kako =dela | weight=0.102
=pritozbo | weight=0.102
=drugace =grem | weight=0.101
=socialne | weight=0.101
=ur | weight=0.101
=znancem | weight=0.100
=oceno =z | weight=0.099
=z =eno | weight=0.099
=sem =ze | weight=0.098
=prijateljem | weight=0.098
=komunikacijska | weight=0.097
=komunikacijska =omrezja | weight=0.097
=za =komunikacijska | weight=0.097
=moja =socialne | weight=0.097
=socialne =mreza | weight=0.097
=se =vam | weight=0.097
=pravni | weight=0.096
=to =prijavil | weight=0.095
=na =varuha | weight=0.095
=poslovanja | weight=0.094
=mreza | weight=0.094
=na =police | weight=0.093
=naznanil | weight=0.093
=lahko =to | weight=0.091
=omrezja =in | weight=0.091
=na =forumu | weight=0.091
=prijavil | weight=0.090
=ste =ravnali | weight=0.090
=pred | weight=0.090
=vsak =na | weight=0.087
=na =zvezo | weight=0.083
=ni =v | weight=0.083, noneg
=zgodbo | weight=0.082
=da =bodo | weight=0.081
=bom =mnenje | weight=0.081
=mnenje =na | weight=0.081
=dan =v | weight=0.080
=ne =boste | weight=0.080, noneg
=sledil | weight=0.079
=bom =prijavil | weight=0.078
=vse =moja | weight=0.078
=pravic =in | weight=0.077
=tozba =zadevo | weight=0.077
=na =vse | weight=0.076
=vse =podrobnosti | weight=0.075
=bom =poslali | weight=0.074
=napisal =oceno | weight=0.074
=moja =sledilci | weight=0.074
=tem =bodo | weight=0.074
=vsi =moja | weight=0.074
=si | weight=0.074
=kopijo | weight=0.073
=posnetek | weight=0.072
=facebooku =in | weight=0.071
=obrnem | weight=0.070
=mi =svetuje | weight=0.070
=svetuje | weight=0.070
=bom =zadevo | weight=0.070
=si =jo | weight=0.070
=ste =si | weight=0.070
=zasluzim =ste | weight=0.070
=podrobnosti | weight=0.069
=za =to | weight=0.068
=naj =napisem | weight=0.067
=in =natancno | weight=0.067
=in =v | weight=0.066
=obrnem =na | weight=0.066
=ne =uredil | weight=0.066, noneg
=objavil =na | weight=0.066
=bom =to | weight=0.066
=tudi =na | weight=0.064
=ce =mi | weight=0.064, noneg
=sledilci | weight=0.063
=opis =kaj | weight=0.063
=vsem | weight=0.063
=natancno | weight=0.063
=ce =zadevo | weight=0.062, noneg
=slike | weight=0.062
=to =bom | weight=0.062
=ne =dobil | weight=0.061, noneg
=ravnali | weight=0.061
=vsi =vidijo | weight=0.059
=vas =prodajalka | weight=0.059
=dela =s | weight=0.058
=eno | weight=0.058
=kaksna =ste | weight=0.058
=vidijo =kaksna | weight=0.058
=kam | weight=0.057
=dokler =ne | weight=0.057, noneg
=zadevo =bom | weight=0.056
=oceno =na | weight=0.056
=enakosti | weight=0.056
=nacela | weight=0.056
=nacela =enakosti | weight=0.056
=prijavil =zagovorniku | weight=0.056
=zagovorniku =nacela | weight=0.056
=vas =prijavil | weight=0.055
=nihce =dali | weight=0.055, noneg
=obrazec =ki | weight=0.055
=reklamacijo =ste | weight=0.054
=ne =izplacilo | weight=0.054, noneg
=te | weight=0.054
=na =pogojih | weight=0.053
=zagovorniku | weight=0.053
=let =grem | weight=0.053
=zasluzim | weight=0.052
=napisal | weight=0.052
=bodo =drugi | weight=0.052
=zavrnili =s | weight=0.051
=bom =pisem | weight=0.051
=dela =na | weight=0.051
=potrosnikov =naj | weight=0.050
=se =to | weight=0.050
=se =na | weight=0.050
=bodo =vsi | weight=0.050
=grem =k | weight=0.050
=s =stranka | weight=0.049
=bom =vse | weight=0.049
=ste =zavrnili | weight=0.049
=se =bom | weight=0.049
=razbit | weight=0.049
=mariboru | weight=0.048
=v =mariboru | weight=0.048
=je =skode | weight=0.048
=je =zgodilo | weight=0.048
=mi =ga | weight=0.048
=primeru =bom | weight=0.048
=na =sporocilo | weight=0.047
=pogojih =poslovanja | weight=0.047
=pisem | weight=0.047
=izkusnja | weight=0.047
=zahtevam =razliko | weight=0.047
=opravicilo =sicer | weight=0.046
=na =trznemu | weight=0.045
=pol =v | weight=0.045
=kaj =se | weight=0.045
=napovedano | weight=0.044
=vse =na | weight=0.044
=ob =sklenitvi | weight=0.043
=s =sklicevanjem | weight=0.043
=sklicevanjem | weight=0.043
=sklicevanjem =na | weight=0.043
=zadevo =prijavil | weight=0.043
=je =tozba | weight=0.042
=je =seveda | weight=0.042
=nimam =nabiralnika | weight=0.042
=bom =obvestil | weight=0.042
=kako | weight=0.041
=sklenitvi | weight=0.041
=dostavljavec =mi | weight=0.040
=ograjo =ko | weight=0.040
=seveda =razbit | weight=0.040
=bom =poiskal | weight=0.039
=poiskal | weight=0.039
=tem | weight=0.039
=da =jo | weight=0.039
=storitev | weight=0.039
=inspekciji =in | weight=0.039
=stroj =naroceno | weight=0.039
=tem =bom | weight=0.039
=da =kurir | weight=0.039
=kurir =pravi | weight=0.039
=skladisce =pravi | weight=0.039
=posnetek =klical | weight=0.038
=vsak =dan | weight=0.037
=odpovedal =let | weight=0.037
=dokler | weight=0.036
=studentskem | weight=0.036
=ravnanje | weight=0.036
=nosom =in | weight=0.036
=avtobusa =je | weight=0.036
=popolnoma | weight=0.035
=ograjo | weight=0.035
=nabiralnika | weight=0.035
=ali =grem | weight=0.035
=minut =v | weight=0.035
=na =inspektoratu | weight=0.035
=opravicilo =ali | weight=0.035
=vrsti =pol | weight=0.035
=morda | weight=0.035
=popust =za | weight=0.035
=mnenje | weight=0.035
=skupaj | weight=0.034
=na =vas | weight=0.034
=naslednji | weight=0.034
=bom =napisal | weight=0.034
=cez =ograjo | weight=0.033
=pritozbo =sem | weight=0.033
=nadrejo | weight=0.033
=in =na | weight=0.032
=avtobusa | weight=0.032
=opis | weight=0.032
=napisem | weight=0.031
=ljudje | weight=0.031
=kako =govoriti | weight=0.031
=na =youtube | weight=0.031
=slisal =kako | weight=0.031
=vsi =slisal | weight=0.031
=youtube | weight=0.031
=youtube =da | weight=0.031
=pustili | weight=0.031
=mu =recem | weight=0.031
=se =mu | weight=0.030
=smo | weight=0.030
