# pushy_sales, sl: learned by scripts/learn.py from 2314 tuning texts (62 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Mami so po telefonu prodali paket, ki ga ne potrebuje. Prosim, da ji stornirate narocilo in vrnete zaracunane zneske.
+ vsak mesec nam je silil nove pakete
+ vsak teden me klicejo in mi silijo nov paket
- Ovadili vas bomo.
- Tole bo šlo viralno.
=dokler | weight=0.461
=silil | weight=0.383
=drazji | weight=0.372
=dodatno | weight=0.326
=zavarovanje | weight=0.316
=podpisem | weight=0.301
=ni =hoteli | weight=0.275, noneg
=vztrajno | weight=0.275
=vsiljeval | weight=0.264
=me =klical | weight=0.253
=drazji =paket | weight=0.252
=ni =odnehala | weight=0.219, noneg
=dokler =nisem | weight=0.209, noneg
=prodajalec | weight=0.204
=paket | weight=0.204
=nadlegujem | weight=0.203
=petic | weight=0.203
=ze =petic | weight=0.203
=prepriceval | weight=0.202
=prodaja | weight=0.198
=cas =me | weight=0.191
=podpisem =pogodbe | weight=0.189
=dodatno =paket | weight=0.189
=vkljucili | weight=0.183
=vkljucili =dodatno | weight=0.183
=ponudbo | weight=0.181
=ne =podpisem | weight=0.180, noneg
=vsak =teden | weight=0.177
=vztrajal | weight=0.176
=prigovarjanjem | weight=0.172
=s =prigovarjanjem | weight=0.172
=vztrajal =s | weight=0.172
=tretjic =ta | weight=0.171
=prepriceval =da | weight=0.169
=podaljsano =garancijo | weight=0.169
=priganjala | weight=0.169
=sem =rekli | weight=0.167
=kupil | weight=0.159
=nismo | weight=0.158, noneg
=samo =po | weight=0.156
=je =klical | weight=0.155
=podaljsano | weight=0.155
=silil =v | weight=0.155
=v =nakup | weight=0.155
=ta =teden | weight=0.154
=pritiskali | weight=0.148
=sem =prisel | weight=0.147
=vsiljuje | weight=0.145
=ves =cas | weight=0.143
=je =vztrajal | weight=0.140
=mi =vsiljuje | weight=0.140
=ponuja | weight=0.138
=naj =podpisem | weight=0.137
=nov =paket | weight=0.134
=paket =ceprav | weight=0.134
=prodajal | weight=0.131
=prodajalka =ni | weight=0.131, noneg
=vsak =dan | weight=0.130
=elektriko | weight=0.130
=prisel =samo | weight=0.128
=ta | weight=0.128
=vas =elektriko | weight=0.127
=silil =nov | weight=0.126
=klical | weight=0.126
=hvala =ne | weight=0.125, noneg
=odpovedal =ste | weight=0.125
=po =odpovedal | weight=0.125
=ponudbo =samo | weight=0.125
=poslal =pet | weight=0.125
=klical =ze | weight=0.122
=dokler =ne | weight=0.120, noneg
=drazji =tarife | weight=0.119
=tarife | weight=0.119
=naj =takoj | weight=0.119
=takoj =podpisem | weight=0.119
=teden =me | weight=0.118
=po =polnilec | weight=0.117
=ponudili | weight=0.115
=nakup =zascitne | weight=0.115
=zascitne | weight=0.115
=zvonilo | weight=0.115
=tezim | weight=0.113
=posebno | weight=0.112
=prodajalka | weight=0.111
=dolgo =pregovarjali | weight=0.109
=me =tako | weight=0.109
=na =stojnici | weight=0.109
=podpisal =narocnino | weight=0.109
=pregovarjali | weight=0.109
=pregovarjali =da | weight=0.109
=stojnici | weight=0.109
=stojnici =so | weight=0.109
=tako =dolgo | weight=0.109
=ta =mesec | weight=0.109
=moja =let | weight=0.108
=let =so | weight=0.108
=pa =kar | weight=0.108
=slusalko | weight=0.107
=draga =paket | weight=0.106
=je =silil | weight=0.106
=ceprav =sem | weight=0.105
=nakup | weight=0.105
=s =ponudbo | weight=0.104
=salonu | weight=0.104
=v =salonu | weight=0.104
=je =naj | weight=0.103
=ne =rabijo | weight=0.103, noneg
=zaradi =moja | weight=0.102
=gospa =z | weight=0.102
=posneta =gospa | weight=0.102
=polnilec | weight=0.101
=opcije | weight=0.101
=nov | weight=0.098
=so =me | weight=0.097
=sem =samo | weight=0.097
=nisem =podpisal | weight=0.097, noneg
=kar =naprej | weight=0.096
=cas =prodajal | weight=0.096
=draga | weight=0.096
=rekli =ne | weight=0.094, noneg
=tretjic | weight=0.094
=nov =telefonu | weight=0.094
=tv | weight=0.093
=hoteli =prodaja | weight=0.092
=vsak =nacin | weight=0.092
=dan =me | weight=0.092
=ful | weight=0.092
=da =potrebujem | weight=0.091
=dolgo | weight=0.091
=ga =sploh | weight=0.090
=ki =ga | weight=0.089
=dan =in | weight=0.089
=potrebujem | weight=0.088
=vsiljeval =dodatno | weight=0.086
=spet | weight=0.086
=hoteli | weight=0.086
=prodajal =zavarovanje | weight=0.085
=ze =cetrtic | weight=0.085
=se =zivljenjsko | weight=0.083
=zivljenjsko | weight=0.083
=zivljenjsko =zavarovanje | weight=0.083
=z =nekaj | weight=0.083
=prisel =sem | weight=0.082
=ves | weight=0.081
=paket =ki | weight=0.081
=s =popust | weight=0.081
=je =kar | weight=0.081
=garancijo | weight=0.081
=podpisal | weight=0.079
=in =nisem | weight=0.079, noneg
=da =noce | weight=0.078
=garancijo =on | weight=0.078
=nabija | weight=0.078
=naprej =nabija | weight=0.078
=noce =podaljsano | weight=0.078
=on =pa | weight=0.078
=dodatno =zavarovanje | weight=0.077
=odpovedal | weight=0.077
=in =vrnete | weight=0.077
=stornirate | weight=0.077
=zvestobe | weight=0.076
=z =rekli | weight=0.076
=so =po | weight=0.076
=na =silil | weight=0.075
=silil =prodaja | weight=0.075
=noce | weight=0.074
=se =isto | weight=0.074
=ceniku | weight=0.073
=hoteli =sem | weight=0.073
=mi =poslal | weight=0.072
=dan =mi | weight=0.071
=mama =so | weight=0.071
=spet =so | weight=0.070
=pa =so | weight=0.070
=in =dodatno | weight=0.069
=mi =silil | weight=0.069
=rok =pogodbe | weight=0.068
=odgovor =na | weight=0.067
=prodajalka =mi | weight=0.067
=zaman | weight=0.066
=sploh =ne | weight=0.065, noneg
=za =vas | weight=0.064
=klical =so | weight=0.064
=klical =a | weight=0.064
=prodaja =se | weight=0.063
=resno | weight=0.063
=letne | weight=0.061
=ne =zanima | weight=0.060, noneg
=recem =da | weight=0.060
=bot =mi | weight=0.060
=nacin | weight=0.060
=trikrat =zapored | weight=0.060
=je =ponuja | weight=0.059
=pomagati =z | weight=0.059
=ponuja =drazji | weight=0.059
=z =okvaro | weight=0.059
=avtomatiziranih | weight=0.059
=avtomatiziranih =klical | weight=0.059
=mi =trikrat | weight=0.059
=moja =vprasanje | weight=0.059
=ni =imel | weight=0.059, noneg
=narocila =in | weight=0.058
=moral =vzeti | weight=0.058
=ure =prepriceval | weight=0.058
=vzeti =se | weight=0.058
=isto =dan | weight=0.057
=zapored | weight=0.057
=nekaj | weight=0.057
=zaradi =okvaro | weight=0.056
=ne =zelo | weight=0.054, noneg
=na =drazji | weight=0.053
=vzeti | weight=0.053
=posneta | weight=0.052
=potnik | weight=0.052
=lastnem | weight=0.052
=program | weight=0.052
=se =en | weight=0.052
=prikljucek | weight=0.051
=nam =je | weight=0.051
=en =robot | weight=0.051
=klical =en | weight=0.051
=prodaja =vas | weight=0.051
=robot =in | weight=0.051
=v =rok | weight=0.050
=klical =mi | weight=0.050
=drazji =model | weight=0.049
=pogodbe =za | weight=0.049
=akciji | weight=0.049
=odsla =uzaljena | weight=0.048
=sva =odsla | weight=0.048
=uzaljena | weight=0.048
=uzaljena =in | weight=0.048
=petkrat | weight=0.048
=robotski =klical | weight=0.048
=cas | weight=0.047
=obzaloval | weight=0.047
=se =obzaloval | weight=0.047
=prodajalec =mi | weight=0.047
=prosim =da | weight=0.047
=me | weight=0.046
=paste | weight=0.046
=prodajalec =je | weight=0.046
=naprej | weight=0.045
=me =je | weight=0.044
=mi =na | weight=0.043
=me =trikrat | weight=0.043
=sem =le | weight=0.043
=na =moja | weight=0.043
=cas =vsiljeval | weight=0.042
=vsiljeval =drazji | weight=0.042
=za =dodatno | weight=0.042
=ponudbo =za | weight=0.042
=namesto =da | weight=0.042
=samo =za | weight=0.042
=vrnete | weight=0.042
=me =ne | weight=0.041, noneg
=zaracunali | weight=0.041
=pogodbe | weight=0.041
=popust | weight=0.040
=cetrtic | weight=0.040
=silil =naj | weight=0.040
=vsak =mesec | weight=0.040
=je =tri | weight=0.040
=robotski | weight=0.040
=kabel | weight=0.040
=sem =zaradi | weight=0.040
=sim =kartico | weight=0.040
=okvaro =ona | weight=0.040
=le =po | weight=0.039
=nov =tarifni | weight=0.039
=en | weight=0.039
=svetovalec =ni | weight=0.039, noneg
=ne =potrebujem | weight=0.039, noneg
=prodajni | weight=0.038
=vas =prodajni | weight=0.038
=namesto | weight=0.038
=operater | weight=0.038
=posebno =ugodnost | weight=0.038
=ugodnost | weight=0.038
=nekaj =vprasal | weight=0.037
=ste =mi | weight=0.037
=mi =prodaja | weight=0.037
=vas =ponudbo | weight=0.036
=sicer | weight=0.036
=glas =ki | weight=0.036
=osoren =rekli | weight=0.036
=zaradi =napaka | weight=0.035
=sem =imel | weight=0.035
=zabrusil =da | weight=0.035
=mi =ves | weight=0.035
=e-posto | weight=0.034
=da =bom | weight=0.034
=mesec =od | weight=0.033
=mi =bo | weight=0.032
=trgovec | weight=0.032
=sim | weight=0.031
=posnetek | weight=0.031
=prestopil | weight=0.031
=je =skoraj | weight=0.031
=mi =ponuja | weight=0.031
=je =ves | weight=0.031
=je =dobesedno | weight=0.030
