# late_delivery, en: learned by scripts/learn.py from 3044 tuning texts (186 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Person on chat says tomorrow technician will come. He is not coming.
+ Promised my glasses would be ready Friday. Friday came, no glasses, no phone call.
+ The fitter was booked for 8-12 and arrived at quarter to four with no explanation.
- ok
- You've had my last penny.
=delay | weight=0.381
=scheduled | weight=0.326
=tracking | weight=0.304
=late | weight=0.291
=delivery | weight=0.278
=friday | weight=0.272
=arrived | weight=0.265
=booking =for | weight=0.264
=technician | weight=0.259
=days =after | weight=0.257
=not =ready | weight=0.253, noneg
=wednesday | weight=0.245
=scheduled =for | weight=0.242
=postponed | weight=0.242
=terms =started | weight=0.237
=uniform | weight=0.237
=now =days | weight=0.236
=week =late | weight=0.234
=didn't =turned | weight=0.233, noneg
=wedding | weight=0.233
=cold | weight=0.233
=lunch | weight=0.232
=late =and | weight=0.232
=after =the | weight=0.231
=past =the | weight=0.228
=gone | weight=0.227
=turned =up | weight=0.226
=still =not | weight=0.221, noneg
=the =wedding | weight=0.221
=fortnight | weight=0.219
=promised =within | weight=0.219
=curry | weight=0.219
=sofa | weight=0.218
=pizza | weight=0.213
=overdue | weight=0.212
=showed =up | weight=0.211
=landed =on | weight=0.210
=food | weight=0.209
=meant =to | weight=0.204
=hasn't =arrived | weight=0.198, noneg
=didn't =arrived | weight=0.195, noneg
=my =sofa | weight=0.194
=cake | weight=0.192
=never =got | weight=0.191, noneg
=th | weight=0.190
=days =later | weight=0.189
=meant | weight=0.187
=food =was | weight=0.187
=glasses | weight=0.183
=hour =after | weight=0.183
=delay =was | weight=0.182
=the =agreed | weight=0.180
=thursday | weight=0.179
=my =new | weight=0.178
=the =curry | weight=0.178
=suit | weight=0.177
=to =arrived | weight=0.177
=here | weight=0.177
=first =thing | weight=0.177
=took =a | weight=0.176
=fitter | weight=0.176
=repair =was | weight=0.174
=days =for | weight=0.174
=eight | weight=0.172
=friday =came | weight=0.168
=van | weight=0.168
=rock | weight=0.167
=rock =up | weight=0.167
=hasn't | weight=0.166, noneg
=takeaway | weight=0.165
=waiting =in | weight=0.164
=was =come | weight=0.164
=in =for | weight=0.163
=guaranteed | weight=0.163
=order =for | weight=0.162
=was =supposed | weight=0.160
=the =kitchen | weight=0.160
=delivered | weight=0.159
=new =one | weight=0.158
=three =week | weight=0.157
=promised =for | weight=0.156
=all =days | weight=0.156
=was =meant | weight=0.155
=came =and | weight=0.153
=new =sim | weight=0.153
=be =ready | weight=0.153
=not =arrived | weight=0.152, noneg
=missing =my | weight=0.150
=told =my | weight=0.149
=kitchen | weight=0.148
=window | weight=0.148
=order =was | weight=0.148
=fitter =was | weight=0.147
=seller | weight=0.146
=the =seller | weight=0.146
=the =depot | weight=0.146
=days =off | weight=0.145
=chips | weight=0.145
=missing =delivery | weight=0.144
=where =is | weight=0.143
=landed | weight=0.143
=the =pizza | weight=0.141
=foot | weight=0.141
=my =foot | weight=0.141
=shift | weight=0.141
=month =to | weight=0.140
=be =here | weight=0.139
=whole =days | weight=0.138
=after =order | weight=0.138
=and =stone | weight=0.137
=order | weight=0.137
=on =days | weight=0.137
=boiler =service | weight=0.137
=due =on | weight=0.136
=package =is | weight=0.136
=barely =warm | weight=0.136
=ninety =minutes | weight=0.136
=warm | weight=0.136
=supposed =to | weight=0.134
=ninety | weight=0.134
=been =at | weight=0.133
=depot =since | weight=0.133
=last =wednesday | weight=0.133
=pm | weight=0.133
=delivery =of | weight=0.133
=not =you | weight=0.132, noneg
=slot | weight=0.132
=delivery =my | weight=0.132
=car =was | weight=0.132
=supposed | weight=0.131
=five =hour | weight=0.129
=got =here | weight=0.128
=ready | weight=0.128
=since =last | weight=0.127
=the =date | weight=0.126
=nobody =told | weight=0.125, noneg
=hasn't =update | weight=0.125, noneg
=tracking =hasn't | weight=0.125, noneg
=quote | weight=0.125
=send =new | weight=0.125
=come =first | weight=0.125
=is =running | weight=0.124
=agreed | weight=0.124
=in =all | weight=0.123
=week | weight=0.123
=the =technician | weight=0.123
=after =lunch | weight=0.123
=stroll | weight=0.123
=stroll =in | weight=0.123
=depot | weight=0.122
=come | weight=0.122
=nine =days | weight=0.122
=arrived =after | weight=0.121
=to =send | weight=0.121
=barely | weight=0.121
=engineer | weight=0.121
=my =parcel | weight=0.120
=no =showed | weight=0.120, noneg
=showed =no | weight=0.120, noneg
=repair | weight=0.120
=said =next | weight=0.119
=they =gave | weight=0.119
=chat =says | weight=0.119
=postponed =delivery | weight=0.118
=they've =postponed | weight=0.118
=th =and | weight=0.118
=in =after | weight=0.117
=my =flight | weight=0.117
=the =wardrobe | weight=0.117
=wardrobe | weight=0.117
=hour =late | weight=0.117
=hrs =and | weight=0.116
=past | weight=0.116
=delivery =was | weight=0.115
=be =fixed | weight=0.115
=it =days | weight=0.115
=the =cake | weight=0.115
=no =apology | weight=0.115, noneg
=appeared | weight=0.115
=the =window | weight=0.114
=days =late | weight=0.114
=eight =and | weight=0.113
=gone =two | weight=0.113
=in =since | weight=0.113
=it =gone | weight=0.113
=since =eight | weight=0.113
=my =repair | weight=0.113
=cardboard | weight=0.113
=cardboard =and | weight=0.113
=like =cardboard | weight=0.113
=order =is | weight=0.113
=birthday | weight=0.112
=is =with | weight=0.112
=over =a | weight=0.112
=minutes =after | weight=0.111
=four | weight=0.111
=car | weight=0.111
=contract =is | weight=0.111
=a =technician | weight=0.111
=technician =visit | weight=0.111
=visit =on | weight=0.111
=wasted =a | weight=0.110
=two =days | weight=0.110
=no =sign | weight=0.110, noneg
=apparently =the | weight=0.109
=late =the | weight=0.109
=took | weight=0.109
=shipment | weight=0.109
=slipped | weight=0.109
=slipped =to | weight=0.109
=to =week | weight=0.109
=slot =i | weight=0.109
=way =past | weight=0.109
=for =monday | weight=0.109
=working =days | weight=0.108
=week =overdue | weight=0.108
=hrs | weight=0.107
=magazine | weight=0.107
=monday | weight=0.106
=a =whole | weight=0.105
=kitchen =would | weight=0.105
=nope | weight=0.105, noneg
=now =i've | weight=0.105
=chips =were | weight=0.105
=the =chips | weight=0.105
=arrived =before | weight=0.105
=furniture | weight=0.105
=freeze | weight=0.105
=groceries | weight=0.104
=so =the | weight=0.104
=the =slot | weight=0.103
=terms | weight=0.103
=next =days | weight=0.103
=twelve | weight=0.103
=engineer =who | weight=0.102
=still =no | weight=0.102, noneg
=half =the | weight=0.102
=the =repair | weight=0.102
=are =still | weight=0.102
=was =due | weight=0.101
=days =delivery | weight=0.101
=has =said | weight=0.100
=tracking =has | weight=0.100
=flight | weight=0.100
=the =engineer | weight=0.100
=never =came | weight=0.100, noneg
=by =friday | weight=0.100
=on =thursday | weight=0.100
=it =is | weight=0.099
=says =tomorrow | weight=0.099
=technician =will | weight=0.099
=tomorrow =technician | weight=0.099
=the =replacement | weight=0.098
=engineer =never | weight=0.097, noneg
=to =collect | weight=0.097
=saturday | weight=0.096
=just =says | weight=0.096
=never =arrived | weight=0.096, noneg
=didn't | weight=0.096, noneg
=funeral | weight=0.095
=pizza =arrived | weight=0.095
=a =month | weight=0.095
=th =call | weight=0.095
=at =half | weight=0.094
=flight =delay | weight=0.094
=we're | weight=0.094
=flowers | weight=0.094
=flight =was | weight=0.093
=mins =before | weight=0.093
=says =in | weight=0.092
=the =weather | weight=0.092
=weather | weight=0.092
=lukewarm | weight=0.092
=soggy | weight=0.092
=it =now | weight=0.092
=problem =not | weight=0.091, noneg
=escalate =and | weight=0.091
=switch =supplier | weight=0.091
=he =never | weight=0.091, noneg
=ready =in | weight=0.091
=cust =request | weight=0.091
=no =call | weight=0.090, noneg
=saturday =it | weight=0.090
=up =monday | weight=0.090
=here =in | weight=0.090
=sim | weight=0.089
=the =fitter | weight=0.089
=been =over | weight=0.089
=it =tomorrow | weight=0.088
=window =was | weight=0.088
=upset | weight=0.088
=off =working | weight=0.088
=kill =you | weight=0.088
=late =of | weight=0.087
=repeat =late | weight=0.087
=the =repeat | weight=0.087
=later | weight=0.087
=was =your | weight=0.087
=running | weight=0.087
=capacity | weight=0.087
=on =half | weight=0.087
=still =outstanding | weight=0.087
=half =four | weight=0.086
=was =scheduled | weight=0.086
=word =the | weight=0.086
=my =council | weight=0.086
=person =on | weight=0.085
=we =must | weight=0.085
=guaranteed =a | weight=0.085
=tuesday | weight=0.085
=been =told | weight=0.085
=for =saturday | weight=0.084
=it =kill | weight=0.084
=kill | weight=0.084
=outstanding | weight=0.084
=and =never | weight=0.084, noneg
=no =one | weight=0.083, noneg
=he =is | weight=0.083
=and =still | weight=0.083
=the =morning | weight=0.083
=is =ten | weight=0.083
=a =delivery | weight=0.083
=unit =are | weight=0.083
=it'll | weight=0.083
=it'll =be | weight=0.083
=stone | weight=0.082
=stone =cold | weight=0.082
=we =booking | weight=0.082
=chase =the | weight=0.082
=would =it | weight=0.082
=the =furniture | weight=0.082
=were =promised | weight=0.082
=should've | weight=0.082
=week =on | weight=0.081
=the =birthday | weight=0.081
=brought =the | weight=0.081
=stock | weight=0.081
=had =the | weight=0.081
=never =showed | weight=0.080, noneg
=three =missing | weight=0.080
=be =late | weight=0.080
=turned | weight=0.080
=shipment =scheduled | weight=0.080
=neither | weight=0.080, noneg
=will =come | weight=0.080
=now =friday | weight=0.079
=she =been | weight=0.079
=date =and | weight=0.079
=postal | weight=0.079
=postal =service | weight=0.079
=the =postal | weight=0.079
=without =any | weight=0.079, noneg
=promised =delivery | weight=0.079
=i =ring | weight=0.079
=engineer =would | weight=0.078
=was =delivered | weight=0.078
=courier =fault | weight=0.078
=frozen | weight=0.077
=the =courier | weight=0.077
=stuck =at | weight=0.077
=sat =in | weight=0.077
=package | weight=0.076
=tracking =hasnt | weight=0.076, noneg
=the =entire | weight=0.076
=you =to | weight=0.076
=rolled =in | weight=0.076
=late =without | weight=0.075, noneg
=promised =me | weight=0.075
=unit | weight=0.074
=cake =was | weight=0.074
=glasses =would | weight=0.074
=ready =friday | weight=0.074
=be =fitted | weight=0.074
=appeared =at | weight=0.074
=appointment =window | weight=0.074
=engineer =finally | weight=0.074
=finally =appeared | weight=0.074
=attended =within | weight=0.074
=roofer | weight=0.074
=roofer =would | weight=0.074
=the =fortnight | weight=0.074
=the =roofer | weight=0.074
=to =appeared | weight=0.074
=would =attended | weight=0.074
=i'd =like | weight=0.073
=transit | weight=0.073
=to =switch | weight=0.073
=for =friday | weight=0.073
=fault =for | weight=0.073
=came =to | weight=0.072
=to =chase | weight=0.072
=dress | weight=0.072
=courier =problem | weight=0.072
=funeral =flowers | weight=0.072
=brick | weight=0.071
=behind =scheduled | weight=0.070
=scheduled =and | weight=0.070
=delivery =that | weight=0.070
=as =a | weight=0.070
=title | weight=0.069
