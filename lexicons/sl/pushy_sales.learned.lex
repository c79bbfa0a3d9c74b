# pushy_sales, sl: learned by scripts/learn.py from 2816 tuning texts (71 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ hotel sem samo odjavit paket, agent pa mi je 10 minut razlagal zakaj naj raje vzamem drazjega
+ Mami so po telefonu prodali paket, ki ga ne potrebuje. Prosim, da ji stornirate narocilo in vrnete zaracunane zneske.
+ Svetovalec me je pri sklepanju kredita prisilil, da sem zraven vzel še življenjsko zavarovanje, sicer mi kredita 'ne bo odobril'.
- Ovadili vas bomo.
- nihce mi ni odpisal
=dokler | weight=0.421
=drazji | weight=0.395
=silil | weight=0.371
=zavarovanje | weight=0.305
=dodatno | weight=0.298
=vsiljevala | weight=0.283
=podpisem | weight=0.279
=me =klical | weight=0.275
=vztrajno | weight=0.269
=ni =hoteli | weight=0.252, noneg
=drazji =paket | weight=0.236
=dokler =nisem | weight=0.236, noneg
=ni =odnehala | weight=0.228, noneg
=prepriceval | weight=0.210
=petic | weight=0.209
=ze =petic | weight=0.209
=vkljucili | weight=0.204
=vkljucili =dodatno | weight=0.204
=ne =podpisem | weight=0.199, noneg
=prodaja | weight=0.198
=podaljsano | weight=0.194
=prodajalec | weight=0.186
=ponudbo | weight=0.182
=paket | weight=0.179
=nadlegujem | weight=0.179
=prigovarjanjem | weight=0.179
=s =prigovarjanjem | weight=0.179
=vztrajal =s | weight=0.179
=vztrajal | weight=0.177
=priganjala | weight=0.175
=tretjic =ta | weight=0.173
=vsak =teden | weight=0.173
=dodatno =paket | weight=0.173
=vas =operater | weight=0.171
=sem =rekli | weight=0.166
=cas =me | weight=0.166
=samo =po | weight=0.163
=podaljsano =garancija | weight=0.161
=podpisem =pogodbe | weight=0.160
=kupil | weight=0.159
=silil =v | weight=0.158
=v =nakup | weight=0.158
=prepriceval =da | weight=0.156
=ta =teden | weight=0.156
=pritiskali | weight=0.155
=ves =cas | weight=0.152
=prodajal | weight=0.151
=nov =paket | weight=0.149
=ta | weight=0.147
=naj =podpisem | weight=0.145
=vsiljuje | weight=0.145
=vsak =dan | weight=0.145
=je =vztrajal | weight=0.144
=mi =vsiljuje | weight=0.142
=silil =nov | weight=0.139
=zivljenjsko | weight=0.135
=zivljenjsko =zavarovanje | weight=0.135
=prodajalka =ni | weight=0.132, noneg
=paket =ceprav | weight=0.132
=hvala =ne | weight=0.130, noneg
=odpovedal =ste | weight=0.130
=ponudbo =samo | weight=0.130
=poslal =pet | weight=0.130
=ponuja | weight=0.130
=zastopnica | weight=0.129
=zastopnica =ni | weight=0.129, noneg
=prisel =samo | weight=0.127
=po =odpovedal | weight=0.126
=klical =ze | weight=0.125
=nakup =zascitne | weight=0.122
=zascitne | weight=0.122
=vas =elektriko | weight=0.122
=naj =takoj | weight=0.119
=takoj =podpisem | weight=0.119
=ponudili | weight=0.119
=sem =prisel | weight=0.119
=tezim | weight=0.118
=posebno | weight=0.118
=ta =mesec | weight=0.118
=nismo | weight=0.118, noneg
=elektriko | weight=0.116
=je =klical | weight=0.116
=je =silil | weight=0.115
=hoteli | weight=0.115
=zvonilo | weight=0.115
=slusalko | weight=0.114
=sem =samo | weight=0.114
=moja =let | weight=0.113
=drazji =tarife | weight=0.112
=draga =paket | weight=0.111
=cas =prodajal | weight=0.110
=se =zivljenjsko | weight=0.109
=zaradi =moja | weight=0.109
=let =so | weight=0.108
=teden =me | weight=0.108
=je =naj | weight=0.107
=dolgo =pregovarjali | weight=0.107
=me =tako | weight=0.107
=na =stojnici | weight=0.107
=podpisal =narocnino | weight=0.107
=pregovarjali | weight=0.107
=pregovarjali =da | weight=0.107
=stojnici | weight=0.107
=stojnici =so | weight=0.107
=tako =dolgo | weight=0.107
=opcije | weight=0.107
=ne =rabijo | weight=0.107, noneg
=odgovor =na | weight=0.106
=salonu | weight=0.106
=v =salonu | weight=0.106
=nisem =podpisal | weight=0.106, noneg
=prodajalka | weight=0.106
=po =polnilec | weight=0.104
=rekli =ne | weight=0.104, noneg
=klical | weight=0.104
=vsak =nacin | weight=0.104
=dan =me | weight=0.102
=ki =ga | weight=0.102
=draga | weight=0.101
=tarife | weight=0.101
=kar =naprej | weight=0.101
=s =ponudbo | weight=0.100
=pa =kar | weight=0.100
=tv | weight=0.098
=namesto =odgovor | weight=0.098
=tretjic | weight=0.096
=da =potrebujem | weight=0.096
=ze =cetrtic | weight=0.096
=dokler =ne | weight=0.095, noneg
=dodatno =zavarovanje | weight=0.094
=polnilec | weight=0.093
=ves | weight=0.092
=ceprav =sem | weight=0.092
=hoteli =prodaja | weight=0.091
=so =me | weight=0.090
=cas =vsiljevala | weight=0.090
=nakup | weight=0.090
=nov =telefonu | weight=0.089
=ga =sploh | weight=0.089
=paket =ki | weight=0.089
=dolgo | weight=0.088
=ne =zanima | weight=0.088, noneg
=sicer | weight=0.088
=hoteli =sem | weight=0.087
=sploh =ne | weight=0.087, noneg
=prisel =sem | weight=0.086
=vsiljevala =dodatno | weight=0.086
=potrebujem | weight=0.086
=dan =in | weight=0.085
=podpisal | weight=0.084
=gospa =z | weight=0.083
=posneta =gospa | weight=0.083
=ful | weight=0.083
=vzamem | weight=0.083
=spet =so | weight=0.082
=mi =silil | weight=0.081
=je =kar | weight=0.080
=spet | weight=0.079
=garancija | weight=0.077
=svetovalec =me | weight=0.076
=in =vrnete | weight=0.076
=stornirate | weight=0.076
=agent =pa | weight=0.076
=so =po | weight=0.075
=da =noce | weight=0.075
=garancija =on | weight=0.075
=nabija | weight=0.075
=naprej =nabija | weight=0.075
=noce =podaljsano | weight=0.075
=on =pa | weight=0.075
=nacin | weight=0.075
=nov | weight=0.074
=elektrarne | weight=0.073
=soncne | weight=0.073
=soncne =elektrarne | weight=0.073
=z =nekaj | weight=0.073
=se =isto | weight=0.073
=zaman | weight=0.073
=ceniku | weight=0.071
=mamo =so | weight=0.069
=trikrat =na | weight=0.069
=prodajalka =mi | weight=0.068
=rok =pogodbe | weight=0.068
=klical =a | weight=0.068
=in =dodatno | weight=0.068
=mi =poslal | weight=0.068
=namesto | weight=0.068
=paket =s | weight=0.067
=zvestobe | weight=0.067
=ure =prepriceval | weight=0.066
=za =vas | weight=0.066
=dan =mi | weight=0.066
=recem =da | weight=0.061
=noce | weight=0.061
=kredita | weight=0.061
=odpovedal =pa | weight=0.061
=s =popust | weight=0.061
=avtomatiziranih | weight=0.060
=avtomatiziranih =klical | weight=0.060
=zaradi =okvaro | weight=0.060
=odpovedal | weight=0.059
=bot =mi | weight=0.059
=cas | weight=0.059
=mi =trikrat | weight=0.059
=trikrat =zapored | weight=0.058
=in =nisem | weight=0.058, noneg
=narocila =in | weight=0.058
=sem =zaradi | weight=0.058
=prodajal =zavarovanje | weight=0.057
=prikljucek | weight=0.057
=potnik | weight=0.057
=zapored | weight=0.056
=se =en | weight=0.056
=na =silil | weight=0.055
=silil =prodaja | weight=0.055
=pogodbe =za | weight=0.055
=ne =zelo | weight=0.054, noneg
=prodaja =se | weight=0.054
=je =ponuja | weight=0.053
=pomagal =z | weight=0.053
=ponuja =drazji | weight=0.053
=z =okvaro | weight=0.053
=program | weight=0.053
=resena | weight=0.053
=akciji | weight=0.053
=cetrtic | weight=0.053
=moja =vprasanje | weight=0.052
=naprej | weight=0.051
=sklepanju | weight=0.051
=klical =so | weight=0.051
=paste | weight=0.050
=okvaro =ona | weight=0.050
=en =robot | weight=0.050
=klical =en | weight=0.050
=prodaja =vas | weight=0.050
=robot =in | weight=0.050
=robotski =klical | weight=0.050
=pogodbe | weight=0.050
=nam =je | weight=0.050
=v =rok | weight=0.049
=odsel =uzaljena | weight=0.049
=sva =odsel | weight=0.049
=uzaljena | weight=0.049
=uzaljena =in | weight=0.049
=ni =imel | weight=0.049, noneg
=na =drazji | weight=0.046
=o =racun | weight=0.046
=sim =kartico | weight=0.046
=razlagal =zakaj | weight=0.046
=zraven | weight=0.045
=prodajalec =mi | weight=0.045
=petkrat | weight=0.045
=za =dodatno | weight=0.045
=vzel | weight=0.045
=je =pri | weight=0.045
=lastnem | weight=0.044
=zaradi =napaka | weight=0.044
=ne =potrebujem | weight=0.043, noneg
=vas =ponudbo | weight=0.043
=me =je | weight=0.043
=mi =na | weight=0.042
=obzaloval | weight=0.042
=se =obzaloval | weight=0.042
=robotski | weight=0.042
=drazji =model | weight=0.042
=vsak =mesec | weight=0.042
=letne | weight=0.042
=svetovalec =ni | weight=0.042, noneg
=sem =imel | weight=0.042
=mi =hoteli | weight=0.042
=vzamem =se | weight=0.042
=klical =mi | weight=0.041
=prodajalka =me | weight=0.041
=pa =mi | weight=0.041
=moral =vzeti | weight=0.041
=vzeti =se | weight=0.041
=prosim =da | weight=0.041
=nekaj =vprasal | weight=0.041
=posebno =ugodnost | weight=0.040
=ugodnost | weight=0.040
=me =ne | weight=0.039, noneg
=isto =dan | weight=0.038
=ponudbo =za | weight=0.038
=in =ni | weight=0.038, noneg
=me =trikrat | weight=0.038
=vzeti | weight=0.038
=namesto =da | weight=0.037
=prodaja =podaljsano | weight=0.037
=e-posto | weight=0.036
=je =vsiljevala | weight=0.036
=poslovalnici =so | weight=0.036
=sem =le | weight=0.036
=sim | weight=0.036
=prisel =po | weight=0.036
=naj =raje | weight=0.035
=posnetek | weight=0.034
=mi =prodaja | weight=0.034
=posneta | weight=0.034
=glas =ki | weight=0.034
=le =po | weight=0.034
=bot | weight=0.033
=nekaj | weight=0.032
=bo =se | weight=0.032
=prepriceval =naj | weight=0.032
=pa =so | weight=0.032
=z =nov | weight=0.031
=vsiljevala =drazji | weight=0.031
=osoren =rekli | weight=0.031
=prodajni | weight=0.031
=vas =prodajni | weight=0.031
