# pushy_sales, sl: learned by scripts/learn.py from 2594 tuning texts (70 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ hotel sem samo odjavit paket, agent pa mi je 10 minut razlagal zakaj naj raje vzamem drazjega
+ Mami so po telefonu prodali paket, ki ga ne potrebuje. Prosim, da ji stornirate narocilo in vrnete zaracunane zneske.
+ Svetovalec me je pri sklepanju kredita prisilil, da sem zraven vzel še življenjsko zavarovanje, sicer mi kredita 'ne bo odobril'.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=dokler | weight=0.408
=drazji | weight=0.389
=silil | weight=0.383
=dodatno | weight=0.299
=zavarovanje | weight=0.297
=vsiljeval | weight=0.296
=podpisem | weight=0.290
=vztrajno | weight=0.264
=me =klical | weight=0.261
=ni =hoteli | weight=0.250, noneg
=drazji =paket | weight=0.235
=dokler =nisem | weight=0.229, noneg
=ni =odnehala | weight=0.226, noneg
=petic | weight=0.217
=ze =petic | weight=0.217
=prepriceval | weight=0.215
=vkljucili | weight=0.206
=vkljucili =dodatno | weight=0.206
=ne =podpisem | weight=0.200, noneg
=prodaja | weight=0.198
=nadlegujem | weight=0.197
=podaljsano | weight=0.191
=cas =me | weight=0.188
=priganjala | weight=0.177
=paket | weight=0.177
=prigovarjanjem | weight=0.176
=s =prigovarjanjem | weight=0.176
=vztrajal =s | weight=0.176
=vztrajal | weight=0.174
=tretjic =ta | weight=0.173
=ponudbo | weight=0.172
=dodatno =paket | weight=0.172
=prodajalec | weight=0.170
=samo =po | weight=0.168
=vsak =teden | weight=0.167
=ta =teden | weight=0.163
=podpisem =pogodbe | weight=0.162
=sem =rekli | weight=0.162
=podaljsano =garancijo | weight=0.159
=silil =v | weight=0.157
=v =nakup | weight=0.157
=kupil | weight=0.157
=ves =cas | weight=0.156
=prepriceval =da | weight=0.153
=prodajal | weight=0.148
=vsiljuje | weight=0.148
=naj =podpisem | weight=0.147
=pritiskali | weight=0.146
=paket =ceprav | weight=0.143
=mi =vsiljuje | weight=0.142
=je =vztrajal | weight=0.141
=nov =paket | weight=0.141
=prisel =samo | weight=0.137
=silil =nov | weight=0.136
=ponuja | weight=0.134
=vsak =dan | weight=0.133
=ta | weight=0.132
=zivljenjsko | weight=0.132
=zivljenjsko =zavarovanje | weight=0.132
=prodajalka =ni | weight=0.131, noneg
=zastopnica | weight=0.130
=zastopnica =ni | weight=0.130, noneg
=hvala =ne | weight=0.128, noneg
=odpovedal =ste | weight=0.128
=ponudbo =samo | weight=0.128
=poslali =pet | weight=0.128
=vas =elektriko | weight=0.124
=po =odpovedal | weight=0.123
=naj =takoj | weight=0.120
=takoj =podpisem | weight=0.120
=nismo | weight=0.120, noneg
=ponudili | weight=0.119
=hoteli | weight=0.119
=nakup =zascitne | weight=0.117
=zascitne | weight=0.117
=po =polnilec | weight=0.117
=posebno | weight=0.116
=ta =mesec | weight=0.115
=tezim | weight=0.114
=je =silil | weight=0.114
=sem =prisel | weight=0.113
=drazji =tarife | weight=0.113
=sem =samo | weight=0.112
=klical =ze | weight=0.112
=moja =let | weight=0.111
=je =klical | weight=0.111
=draga =paket | weight=0.111
=s =ponudbo | weight=0.111
=elektriko | weight=0.111
=slusalko | weight=0.110
=tarife | weight=0.110
=cas =prodajal | weight=0.110
=dolgo =pregovarjali | weight=0.109
=me =tako | weight=0.109
=na =stojnici | weight=0.109
=podpisal =narocnino | weight=0.109
=pregovarjali | weight=0.109
=pregovarjali =da | weight=0.109
=stojnici | weight=0.109
=stojnici =so | weight=0.109
=tako =dolgo | weight=0.109
=se =zivljenjsko | weight=0.109
=zvonilo | weight=0.108
=zaradi =moja | weight=0.107
=je =naj | weight=0.107
=opcije | weight=0.106
=let =so | weight=0.105
=prodajalka | weight=0.105
=nisem =podpisal | weight=0.105, noneg
=klical | weight=0.104
=salonu | weight=0.103
=v =salonu | weight=0.103
=ne =rabijo | weight=0.102, noneg
=teden =me | weight=0.101
=tretjic | weight=0.101
=polnilec | weight=0.101
=hoteli =sem | weight=0.100
=draga | weight=0.100
=cas =vsiljeval | weight=0.099
=dan =me | weight=0.099
=odgovor =na | weight=0.098
=pa =kar | weight=0.098
=tv | weight=0.097
=ga =sploh | weight=0.097
=rekli =ne | weight=0.097, noneg
=da =potrebujem | weight=0.096
=kar =naprej | weight=0.096
=ki =ga | weight=0.094
=nov =telefonu | weight=0.093
=sicer | weight=0.093
=dodatno =zavarovanje | weight=0.093
=so =me | weight=0.093
=ful | weight=0.092
=vsak =nacin | weight=0.091
=ceprav =sem | weight=0.091
=paket =ki | weight=0.090
=dokler =ne | weight=0.089, noneg
=vsiljeval =dodatno | weight=0.089
=ze =cetrtic | weight=0.089
=prisel =sem | weight=0.088
=vzamem | weight=0.087
=potrebujem | weight=0.087
=ves | weight=0.087
=nakup | weight=0.086
=namesto =odgovor | weight=0.085
=svetovalec =me | weight=0.084
=sploh =ne | weight=0.084, noneg
=z =nekaj | weight=0.083
=garancijo | weight=0.083
=je =kar | weight=0.083
=hoteli =prodaja | weight=0.083
=podpisal | weight=0.081
=dan =in | weight=0.080
=ne =zanima | weight=0.080, noneg
=gospa =z | weight=0.079
=posneta =gospa | weight=0.079
=dolgo | weight=0.079
=in =vrnete | weight=0.077
=stornirate | weight=0.077
=ceniku | weight=0.076
=nov | weight=0.076
=mi =silil | weight=0.076
=so =po | weight=0.076
=mi =poslali | weight=0.075
=odpovedal | weight=0.075
=da =noce | weight=0.074
=garancijo =on | weight=0.074
=nabija | weight=0.074
=naprej =nabija | weight=0.074
=noce =podaljsano | weight=0.074
=on =pa | weight=0.074
=rok =pogodbe | weight=0.074
=spet =so | weight=0.072
=elektrarne | weight=0.072
=soncne | weight=0.072
=soncne =elektrarne | weight=0.072
=zaradi =okvaro | weight=0.072
=mama =so | weight=0.071
=agent =pa | weight=0.071
=paket =s | weight=0.071
=prodajalka =mi | weight=0.070
=se =isto | weight=0.069
=zaman | weight=0.069
=zvestobe | weight=0.068
=dan =mi | weight=0.067
=klical =a | weight=0.067
=za =vas | weight=0.067
=namesto | weight=0.066
=spet | weight=0.066
=s =popust | weight=0.065
=nacin | weight=0.064
=in =dodatno | weight=0.064
=in =nisem | weight=0.063, noneg
=sem =zaradi | weight=0.063
=avtomatiziranih | weight=0.062
=avtomatiziranih =klical | weight=0.062
=trikrat =na | weight=0.062
=ure =prepriceval | weight=0.062
=prodajal =zavarovanje | weight=0.062
=klical =so | weight=0.061
=je =ponuja | weight=0.060
=pomagati =z | weight=0.060
=ponuja =drazji | weight=0.060
=z =okvaro | weight=0.060
=recem =da | weight=0.059
=resno | weight=0.059
=naprej | weight=0.058
=trikrat =zapored | weight=0.058
=ne =zelo | weight=0.058, noneg
=bot =mi | weight=0.058
=mi =trikrat | weight=0.057
=na =silil | weight=0.057
=silil =prodaja | weight=0.057
=ni =imel | weight=0.057, noneg
=narocila =in | weight=0.057
=noce | weight=0.057
=se =en | weight=0.057
=moja =vprasanje | weight=0.057
=kredita | weight=0.056
=prikljucek | weight=0.056
=zapored | weight=0.056
=pogodbe =za | weight=0.054
=program | weight=0.053
=cas | weight=0.053
=klical =mi | weight=0.053
=en =robot | weight=0.052
=klical =en | weight=0.052
=prodaja =vas | weight=0.052
=robot =in | weight=0.052
=potnik | weight=0.051
=prosim =da | weight=0.051
=sklepanju | weight=0.051
=prodaja =se | weight=0.051
=odsla =uzaljena | weight=0.050
=sva =odsla | weight=0.050
=uzaljena | weight=0.050
=uzaljena =in | weight=0.050
=pa =mi | weight=0.050
=me =je | weight=0.050
=vzamem =se | weight=0.050
=v =rok | weight=0.050
=za =dodatno | weight=0.050
=akciji | weight=0.049
=petkrat | weight=0.049
=je =pri | weight=0.048
=cetrtic | weight=0.048
=nam =je | weight=0.047
=prodajalec =mi | weight=0.047
=lastnem | weight=0.047
=sim =kartico | weight=0.046
=zraven | weight=0.046
=paste | weight=0.046
=letne | weight=0.046
=razlagati =zakaj | weight=0.045
=na =drazji | weight=0.045
=okvaro =ona | weight=0.044
=mi =na | weight=0.044
=vzel | weight=0.044
=silil =naj | weight=0.043
=obzaloval | weight=0.043
=se =obzaloval | weight=0.043
=drazji =model | weight=0.043
=me =trikrat | weight=0.042
=vsak =mesec | weight=0.042
=vsiljeval =drazji | weight=0.042
=ne =potrebujem | weight=0.042, noneg
=posebno =ugodnost | weight=0.041
=ugodnost | weight=0.041
=robotski =klical | weight=0.041
=nekaj =vprasal | weight=0.041
=o =racun | weight=0.041
=naj =raje | weight=0.040
=sem =imel | weight=0.040
=sem =le | weight=0.040
=namesto =da | weight=0.039
=svetovalec =ni | weight=0.039, noneg
=prisel =po | weight=0.039
=moral =vzeti | weight=0.039
=vzeti =se | weight=0.039
=isto =dan | weight=0.037
=pogodbe | weight=0.037
=glas =ki | weight=0.037
=prodajalka =me | weight=0.037
=prodaja =podaljsano | weight=0.037
=vas =ponudbo | weight=0.036
=robotski | weight=0.036
=pa =so | weight=0.036
=le =po | weight=0.036
=prepriceval =naj | weight=0.036
=ponudbo =za | weight=0.036
=zaracunali | weight=0.035
=vzeti | weight=0.035
=zaradi =napaka | weight=0.034
=me =ne | weight=0.034, noneg
=posneta | weight=0.034
=mi =prodaja | weight=0.034
=e-posto | weight=0.034
=svetovalec | weight=0.034
=trgovec | weight=0.033
=bo =se | weight=0.033
=prodajni | weight=0.033
=vas =prodajni | weight=0.033
=osoren =rekli | weight=0.033
=samo =zamenjati | weight=0.033
=sim | weight=0.033
=mi =ponuja | weight=0.032
=bot | weight=0.031
=mi =ves | weight=0.031
=me =silil | weight=0.031
=je =dobesedno | weight=0.031
=poslovalnici =so | weight=0.031
=je =tri | weight=0.030
=in =ni | weight=0.030, noneg
=nisem =pustili | weight=0.030, noneg
