# public_threat, sl: learned by scripts/learn.py from 2314 tuning texts (100 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Kam lahko to prijavim? Ker bom, to ni v redu.
+ Če mi do petka ne vrnete denarja, bom poiskal pravno pomoč.
+ Ovadili vas bomo.
- Ignorirajo moje maile.
- hocem svoj denar nazaj
=bom | weight=0.527
=odvetniku | weight=0.477
=na =sodisce | weight=0.385
=sodisce | weight=0.383
=vidijo | weight=0.349
=viralno | weight=0.338
=preverjeno | weight=0.316
=pravic | weight=0.315
=naslednji =korak | weight=0.305
=korak | weight=0.298
=celotno =primer | weight=0.291
=ovadil | weight=0.289
=o =tem | weight=0.275
=tozba | weight=0.274
=recenzijo | weight=0.269
=trznemu | weight=0.268
=inspekciji | weight=0.263
=celotno | weight=0.258
=zvezo =potrosnikov | weight=0.253
=inspektoratu | weight=0.252
=gre | weight=0.249
=gre =na | weight=0.247
=bo =slo | weight=0.247
=potrosnikov | weight=0.244
=napisal =na | weight=0.238
=omrezja | weight=0.232
=slo =viralno | weight=0.229
=med | weight=0.222
=zadevo =sem | weight=0.218
=akos | weight=0.218
=bodo | weight=0.213
=to =bo | weight=0.211
=drugace | weight=0.209
=zvezdico | weight=0.208
=polici | weight=0.205
=na =televizija | weight=0.204
=eno =zvezdico | weight=0.196
=pred =odvetniku | weight=0.195
=bom =na | weight=0.188
=oceno | weight=0.185
=objavil | weight=0.185
=zvezo | weight=0.180
=izvedel | weight=0.176
=obvestil | weight=0.176
=ne =vrnete | weight=0.173, noneg
=bom =objavil | weight=0.173
=na =vseh | weight=0.172
=slovenije | weight=0.171
=obrnem =se | weight=0.171
=televizija | weight=0.170
=facebooku | weight=0.169
=to =gre | weight=0.162
=grem =na | weight=0.162
=pisem =na | weight=0.161
=pravnik | weight=0.160
=na =googlu | weight=0.157
=pisem =oceno | weight=0.156
=na =facebooku | weight=0.156
=primer | weight=0.154
=vas =stran | weight=0.152
=googlu | weight=0.150
=korak =je | weight=0.149
=zadevo | weight=0.148
=napisal =bom | weight=0.146
=zvezdico =in | weight=0.146
=bova | weight=0.145
=trznemu =inspektoratu | weight=0.143
=bom =recenzijo | weight=0.140
=ve | weight=0.140
=grem | weight=0.140
=na =redditu | weight=0.140
=redditu | weight=0.140
=bom =med | weight=0.136
=obvestil =bom | weight=0.136
=cloveka =pravic | weight=0.136
=varuhu | weight=0.136
=varuhu =cloveka | weight=0.136
=novinarjem | weight=0.135
=agencija =za | weight=0.134
=opozorila | weight=0.134
=agencija | weight=0.131
=forumu | weight=0.131
=portal | weight=0.130
=ur | weight=0.129
=zadevo =pred | weight=0.128
=na =druzbena | weight=0.127
=vseh | weight=0.127
=vsi | weight=0.126
=pritozbo | weight=0.126
=trznemu =inspekciji | weight=0.125
=pravni | weight=0.125
=slo | weight=0.120
=pred | weight=0.120
=vas =bom | weight=0.119
=petek =ne | weight=0.119, noneg
=da =posti | weight=0.117
=tole | weight=0.116
=bodo =izvedel | weight=0.115
=izvedel =vsi | weight=0.115
=ze =prijavil | weight=0.115
=prijavil =inspekciji | weight=0.113
=sem =ze | weight=0.110
=druzbena | weight=0.110
=druzbena =omrezja | weight=0.110
=kako =ste | weight=0.109
=ljudi =vidijo | weight=0.109
=naj =ljudi | weight=0.109
=ker =nimam | weight=0.109
=prijavil =trznemu | weight=0.109
=instagramu | weight=0.108
=na =instagramu | weight=0.108
=prijateljem | weight=0.107
=izogibajo | weight=0.107
=opozorila =naj | weight=0.107
=vam =izogibajo | weight=0.107
=kopijo | weight=0.107
=poslovanja | weight=0.107
=na =akos | weight=0.106
=sem =pred | weight=0.105
=socialne | weight=0.105
=primer =sem | weight=0.103
=klical =na | weight=0.103
=drugace =grem | weight=0.103
=prijavil | weight=0.102
=na =zvezo | weight=0.102
=vsem =znancem | weight=0.102
=znancem | weight=0.102
=greva | weight=0.101
=oceno =z | weight=0.101
=z =eno | weight=0.101
=te | weight=0.099
=kako =dela | weight=0.098
=to =prijavil | weight=0.098
=sicer | weight=0.096
=lahko =to | weight=0.096
=naznanil | weight=0.095
=moja =socialne | weight=0.094
=socialne =mreza | weight=0.094
=naslovil | weight=0.093
=se =vam | weight=0.092
=na =forumu | weight=0.090
=mreza | weight=0.090
=bom =mnenje | weight=0.089
=mnenje =na | weight=0.089
=je =ne | weight=0.089, noneg
=sledil | weight=0.089
=ste =ravnali | weight=0.088
=dan =v | weight=0.086
=bom =prijavil | weight=0.085
=pisem | weight=0.085
=ne =boste | weight=0.085, noneg
=na =polici | weight=0.084
=objavil =na | weight=0.084
=si | weight=0.083
=da =bodo | weight=0.082
=zgodbo | weight=0.081
=vse =podrobnosti | weight=0.081
=vsak =na | weight=0.080
=ni =v | weight=0.080, noneg
=storitev | weight=0.078
=pravic =in | weight=0.077
=ce =zadevo | weight=0.076, noneg
=bom =poslal | weight=0.075
=vse =moja | weight=0.074
=podrobnosti | weight=0.074
=tozba =zadevo | weight=0.074
=obrnem | weight=0.073
=to =bom | weight=0.073
=in =v | weight=0.072
=eno | weight=0.071
=bom =to | weight=0.070
=facebooku =in | weight=0.070
=na =vse | weight=0.070
=slike | weight=0.069
=napisal =oceno | weight=0.069
=mi =svetuje | weight=0.069
=svetuje | weight=0.069
=moja =sledilci | weight=0.068
=tem =bodo | weight=0.068
=vsi =moja | weight=0.068
=naj =napisem | weight=0.066
=posnetek | weight=0.066
=ravnali | weight=0.064
=je =zgodilo | weight=0.064
=razbit | weight=0.064
=odpovedal =let | weight=0.063
=zadevo =bom | weight=0.063
=tudi =na | weight=0.062
=ne =dobil | weight=0.062, noneg
=si =jo | weight=0.062
=ste =si | weight=0.062
=zasluzim =ste | weight=0.062
=ste =zavrnili | weight=0.061
=ne =uredil | weight=0.061, noneg
=kaj =se | weight=0.060
=nihce =dali | weight=0.060, noneg
=obrazec =ki | weight=0.060
=reklamacijo =ste | weight=0.059
=sledilci | weight=0.059
=vsi =vidijo | weight=0.059
=zahtevam =razliko | weight=0.058
=let =grem | weight=0.058
=bom =pisem | weight=0.058
=enakosti | weight=0.058
=nacela | weight=0.058
=nacela =enakosti | weight=0.058
=prijavil =zagovorniku | weight=0.058
=zagovorniku =nacela | weight=0.058
=se =bom | weight=0.057
=dokler =ne | weight=0.057, noneg
=primer =bom | weight=0.057
=napisal | weight=0.057
=bodo =vsi | weight=0.056
=opis | weight=0.056
=sklenitev | weight=0.055
=dela =s | weight=0.055
=izkusnja | weight=0.055
=za =to | weight=0.054
=vsem | weight=0.054
=zagovorniku | weight=0.054
=opravicilo =sicer | weight=0.054
=bom =vse | weight=0.054
=tem =bom | weight=0.054
=na =trznemu | weight=0.054
=pol =v | weight=0.054
=na =sporocilo | weight=0.052
=pogojih =poslovanja | weight=0.051
=obrnem =na | weight=0.051
=mariboru | weight=0.051
=v =mariboru | weight=0.051
=vas =prodajalka | weight=0.051
=stranka =je | weight=0.051
=zavrnili =s | weight=0.051
=kam | weight=0.050
=dela =na | weight=0.050
=napovedan | weight=0.049
=popust =za | weight=0.048
=kaksna =ste | weight=0.048
=vidijo =kaksna | weight=0.048
=mi =ga | weight=0.047
=pustili | weight=0.047
=bodo =drugi | weight=0.045
=zasluzim | weight=0.045
=se =to | weight=0.045
=bo | weight=0.045
=je =tozba | weight=0.044
=bom =poiskal | weight=0.044
=poiskal | weight=0.044
=ce =mi | weight=0.042, noneg
=s =stranka | weight=0.042
=vse =gre | weight=0.042
=napisem | weight=0.042
=dokler | weight=0.041
=je =seveda | weight=0.041
=nimam =nabiralnika | weight=0.041
=bom =pred | weight=0.041
=popolnoma | weight=0.040
=ravnanje | weight=0.040
=skupaj | weight=0.040
=oceno =na | weight=0.040
=bom =napisal | weight=0.040
=dostavljavec =mi | weight=0.040
=ograjo =ko | weight=0.040
=seveda =razbit | weight=0.040
=bom =obvestil | weight=0.039
=s =sklicevanjem | weight=0.039
=sklicevanjem | weight=0.039
=sklicevanjem =na | weight=0.039
=se =na | weight=0.039
=kako | weight=0.039
=vse =na | weight=0.038
=studentskem | weight=0.037
=razliko | weight=0.037
=naj =si | weight=0.037
=vse =skupaj | weight=0.037
=da =smrdi | weight=0.036
=smrdi | weight=0.036
=grem =k | weight=0.035
=sranje | weight=0.035
=nabiralnika | weight=0.034
=pritozbo =sem | weight=0.034
=kopru | weight=0.034
=v =kopru | weight=0.034
=poslal =na | weight=0.034
=eden | weight=0.033
=ali =grem | weight=0.033
=minut =v | weight=0.033
=na =inspektoratu | weight=0.033
=opravicilo =ali | weight=0.033
=vrsti =pol | weight=0.033
=postopek | weight=0.033
=vsak =dan | weight=0.032
=bom =zadevo | weight=0.032
=nosom =in | weight=0.032
=da =ni | weight=0.032, noneg
=avtobusa =je | weight=0.032
=reklamacijo =na | weight=0.032
=morda | weight=0.031
=tem | weight=0.031
=zaposleni =v | weight=0.031
=kako =govoriti | weight=0.031
=na =youtube | weight=0.031
=slisal =kako | weight=0.031
=vsi =slisal | weight=0.031
=youtube | weight=0.031
=youtube =da | weight=0.031
=da =jo | weight=0.030
=ali =se | weight=0.030
