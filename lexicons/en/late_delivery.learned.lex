# late_delivery, en: learned by scripts/learn.py from 3245 tuning texts (198 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Person on chat says tomorrow technician will come. He is not coming.
+ you said my new card would be here in 3-5 working days. 12 working days later...
+ Promised my glasses would be ready Friday. Friday came, no glasses, no phone call.
- ok
- You've had my last penny.
=delay | weight=0.374
=late | weight=0.341
=scheduled | weight=0.331
=tracking | weight=0.308
=booking =for | weight=0.291
=days =after | weight=0.273
=wednesday | weight=0.273
=delivery | weight=0.270
=technician | weight=0.267
=scheduled =for | weight=0.253
=after =the | weight=0.253
=not =ready | weight=0.247, noneg
=wedding | weight=0.247
=week =late | weight=0.246
=postponed | weight=0.246
=terms =started | weight=0.239
=uniform | weight=0.239
=didn't =turned | weight=0.239, noneg
=lunch | weight=0.234
=cold | weight=0.232
=turned =up | weight=0.231
=arrived | weight=0.231
=still =no | weight=0.230, noneg
=now =days | weight=0.230
=friday | weight=0.228
=overdue | weight=0.228
=promised =within | weight=0.228
=the =wedding | weight=0.223
=curry | weight=0.223
=pizza | weight=0.220
=landed =on | weight=0.216
=late =and | weight=0.215
=hasn't =arrived | weight=0.214, noneg
=to =arrived | weight=0.213
=past =the | weight=0.210
=cake | weight=0.208
=the =agreed | weight=0.205
=my =sofa | weight=0.204
=meant =to | weight=0.201
=took =a | weight=0.201
=fortnight | weight=0.200
=thursday | weight=0.200
=showed =up | weight=0.199
=never =got | weight=0.197, noneg
=days =later | weight=0.192
=didn't =arrived | weight=0.192, noneg
=fitter | weight=0.192
=still =not | weight=0.190, noneg
=food | weight=0.190
=meant | weight=0.189
=no =fridge | weight=0.188, noneg
=delay =was | weight=0.188
=all =days | weight=0.188
=was =still | weight=0.187
=hour =after | weight=0.187
=order =for | weight=0.185
=gone | weight=0.185
=food =was | weight=0.182
=van | weight=0.179
=repair =was | weight=0.179
=sofa | weight=0.179
=my =new | weight=0.178
=friday =came | weight=0.177
=days =for | weight=0.177
=the =curry | weight=0.175
=in =for | weight=0.175
=the =kitchen | weight=0.171
=rock | weight=0.170
=rock =up | weight=0.170
=takeaway | weight=0.170
=first =thing | weight=0.170
=promised =for | weight=0.169
=thanks =for | weight=0.165
=was =supposed | weight=0.165
=delivery =was | weight=0.164
=the =seller | weight=0.164
=was =come | weight=0.163
=was =meant | weight=0.163
=glasses | weight=0.162
=seller | weight=0.161
=pm | weight=0.160
=waiting =in | weight=0.160
=suit | weight=0.160
=missing =delivery | weight=0.158
=kitchen | weight=0.157
=guaranteed | weight=0.157
=hasn't | weight=0.156, noneg
=was =due | weight=0.156
=eight | weight=0.156
=three =week | weight=0.155
=the =depot | weight=0.154
=month =to | weight=0.154
=be =ready | weight=0.154
=missing =my | weight=0.153
=where =is | weight=0.153
=it =is | weight=0.153
=foot | weight=0.153
=my =foot | weight=0.153
=new =sim | weight=0.151
=be =here | weight=0.150
=ready | weight=0.150
=came =and | weight=0.149
=not =arrived | weight=0.148, noneg
=arrived =after | weight=0.148
=due =on | weight=0.148
=chips | weight=0.148
=after =order | weight=0.148
=told =my | weight=0.148
=send =new | weight=0.147
=shift | weight=0.147
=in =all | weight=0.147
=the =pizza | weight=0.147
=days =off | weight=0.147
=window | weight=0.145
=supposed =to | weight=0.145
=and =stone | weight=0.144
=landed | weight=0.144
=order =was | weight=0.144
=slot | weight=0.142
=package =is | weight=0.142
=supposed | weight=0.141
=delivery =my | weight=0.141
=working =days | weight=0.139
=he =never | weight=0.139, noneg
=delivered | weight=0.139
=barely =warm | weight=0.138
=ninety =minutes | weight=0.138
=warm | weight=0.138
=fitter =was | weight=0.138
=five =hour | weight=0.138
=agreed | weight=0.137
=delivery =of | weight=0.137
=not =you | weight=0.137, noneg
=car =was | weight=0.137
=the =date | weight=0.136
=come | weight=0.136
=nine =days | weight=0.136
=ninety | weight=0.136
=quote | weight=0.136
=to =send | weight=0.135
=order | weight=0.135
=depot | weight=0.135
=order =is | weight=0.134
=after =lunch | weight=0.133
=stroll | weight=0.133
=stroll =in | weight=0.133
=here | weight=0.133
=my =parcel | weight=0.133
=the =window | weight=0.133
=boiler =service | weight=0.132
=got =here | weight=0.132
=days =delivery | weight=0.131
=th | weight=0.131
=been =at | weight=0.131
=depot =since | weight=0.131
=last =wednesday | weight=0.131
=repair | weight=0.130
=nobody =told | weight=0.130, noneg
=magazine | weight=0.129
=in =after | weight=0.128
=whole =days | weight=0.126
=said =next | weight=0.126
=terms | weight=0.126
=they =gave | weight=0.125
=since =last | weight=0.125
=it =days | weight=0.124
=it =now | weight=0.124
=hasn't =update | weight=0.124, noneg
=tracking =hasn't | weight=0.124, noneg
=eight =and | weight=0.123
=gone =two | weight=0.123
=in =since | weight=0.123
=since =eight | weight=0.123
=my =flight | weight=0.123
=the =replacement | weight=0.122
=is =running | weight=0.122
=and =nothing | weight=0.122, noneg
=new =one | weight=0.121
=days =late | weight=0.121
=th =and | weight=0.120
=birthday | weight=0.120
=the =technician | weight=0.119
=for =monday | weight=0.119
=barely | weight=0.118
=postponed =delivery | weight=0.118
=they've =postponed | weight=0.118
=took | weight=0.118
=late =the | weight=0.118
=the =wardrobe | weight=0.117
=wardrobe | weight=0.117
=hour =late | weight=0.117
=week | weight=0.117
=is =with | weight=0.116
=appeared | weight=0.116
=over =a | weight=0.116
=week =overdue | weight=0.116
=car | weight=0.115
=no =showed | weight=0.115, noneg
=showed =no | weight=0.115, noneg
=hrs =and | weight=0.115
=twelve | weight=0.115
=contract =is | weight=0.115
=slot =i | weight=0.115
=way =past | weight=0.115
=no =sign | weight=0.115, noneg
=the =cake | weight=0.115
=engineer =who | weight=0.115
=cardboard | weight=0.114
=cardboard =and | weight=0.114
=like =cardboard | weight=0.114
=come =first | weight=0.114
=no =apology | weight=0.113, noneg
=minutes =after | weight=0.113
=now =i've | weight=0.113
=wasted =a | weight=0.113
=apparently =the | weight=0.112
=by =friday | weight=0.112
=so =the | weight=0.112
=engineer | weight=0.112
=my =repair | weight=0.111
=a =technician | weight=0.111
=technician =visit | weight=0.111
=visit =on | weight=0.111
=arrived =before | weight=0.111
=next =days | weight=0.110
=promised | weight=0.109
=not =their | weight=0.109, noneg
=groceries | weight=0.109
=a =whole | weight=0.109
=flight | weight=0.109
=are =still | weight=0.109
=at =half | weight=0.108
=the =slot | weight=0.107
=two =days | weight=0.107
=chips =were | weight=0.107
=the =chips | weight=0.107
=hrs | weight=0.106
=four | weight=0.106
=has =said | weight=0.105
=tracking =has | weight=0.105
=here =in | weight=0.105
=be =fixed | weight=0.105
=pizza =arrived | weight=0.103
=to =collect | weight=0.103
=on =thursday | weight=0.103
=on =days | weight=0.103
=the =weather | weight=0.102
=weather | weight=0.102
=furniture | weight=0.102
=half =the | weight=0.101
=just =says | weight=0.101
=says =tomorrow | weight=0.101
=technician =will | weight=0.101
=tomorrow =technician | weight=0.101
=th =call | weight=0.101
=shipment | weight=0.101
=slipped | weight=0.101
=slipped =to | weight=0.101
=to =week | weight=0.101
=kitchen =would | weight=0.101
=the =engineer | weight=0.101
=mins =before | weight=0.100
=nope | weight=0.100, noneg
=lukewarm | weight=0.100
=soggy | weight=0.100
=says =in | weight=0.099
=the =fitter | weight=0.099
=freeze | weight=0.099
=my =council | weight=0.098
=escalate =and | weight=0.098
=stone | weight=0.098
=stone =cold | weight=0.098
=off =working | weight=0.098
=flight =delay | weight=0.098
=switch =supplier | weight=0.097
=cust =request | weight=0.097
=kill =you | weight=0.097
=monday | weight=0.096
=is =ten | weight=0.095
=capacity | weight=0.095
=word =the | weight=0.095
=window =was | weight=0.095
=sim | weight=0.094
=ready =in | weight=0.094
=flight =was | weight=0.094
=it =tomorrow | weight=0.094
=rely | weight=0.093
=rely =on | weight=0.093
=saturday =it | weight=0.092
=up =monday | weight=0.092
=funeral | weight=0.092
=never =arrived | weight=0.092, noneg
=flowers | weight=0.092
=and =no | weight=0.092, noneg
=i =ring | weight=0.091
=past | weight=0.091
=guaranteed =a | weight=0.091
=keeps =get | weight=0.091
=engineer =never | weight=0.090, noneg
=he =is | weight=0.090
=saturday | weight=0.090
=unit =are | weight=0.089
=person =on | weight=0.089
=a =month | weight=0.089
=cake =was | weight=0.089
=been =over | weight=0.089
=the =site | weight=0.089
=should've | weight=0.089
=sat =in | weight=0.089
=later | weight=0.088
=problem =not | weight=0.088, noneg
=chase =the | weight=0.088
=was =scheduled | weight=0.088
=date =and | weight=0.088
=was =your | weight=0.088
=engineer =would | weight=0.088
=it =kill | weight=0.087
=kill | weight=0.087
=three =missing | weight=0.087
=shipment =scheduled | weight=0.087
=to =switch | weight=0.087
=never =came | weight=0.086, noneg
=half =four | weight=0.086
=we're | weight=0.086
=we =booking | weight=0.086
=promised =delivery | weight=0.085
=no =call | weight=0.085, noneg
=brought =the | weight=0.085
=would =it | weight=0.085
=courier =fault | weight=0.084
=late =of | weight=0.084
=repeat =late | weight=0.084
=the =repeat | weight=0.084
=transit | weight=0.083
=stuck =at | weight=0.083
=for =saturday | weight=0.083
=on =half | weight=0.083
=still =outstanding | weight=0.083
=trying =again | weight=0.083
=tracking =hasnt | weight=0.082, noneg
=we =must | weight=0.081
=will =come | weight=0.081
=be =late | weight=0.081
=without =any | weight=0.081, noneg
=outstanding | weight=0.081
=it =gone | weight=0.080
=six | weight=0.080
=promised =me | weight=0.080
=postal | weight=0.079
=postal =service | weight=0.079
=the =postal | weight=0.079
=frozen | weight=0.079
=the =afternoon | weight=0.078
=a =delivery | weight=0.077
=would =ring | weight=0.077
=nearly | weight=0.077
=engineer =was | weight=0.076
=you =said | weight=0.076
=crib | weight=0.076
=the =crib | weight=0.076
=the =waiter | weight=0.076
=chat =says | weight=0.076
=the =courier | weight=0.075
=week =on | weight=0.075
=glasses =would | weight=0.075
=ready =friday | weight=0.075
=due =back | weight=0.075
=the =furniture | weight=0.075
=half | weight=0.075
=came =to | weight=0.074
=package | weight=0.074
=arrived =today | weight=0.074
=said =arrived | weight=0.074
=today =for | weight=0.074
=re | weight=0.073
=tuesday | weight=0.073
=for =your | weight=0.073
=tuesday =and | weight=0.073
=we =value | weight=0.073
=attended =within | weight=0.073
=roofer | weight=0.073
=roofer =would | weight=0.073
=the =fortnight | weight=0.073
=the =roofer | weight=0.073
=to =appeared | weight=0.073
=would =attended | weight=0.073
=phone =to | weight=0.073
=i =wasted | weight=0.073
=fault =the | weight=0.073
=be =fitted | weight=0.073
=for =friday | weight=0.072
=waiter | weight=0.072
=you =to | weight=0.072
=to =chase | weight=0.072
=hasnt | weight=0.072, noneg
=hasnt =moved | weight=0.072, noneg
=value | weight=0.072
=blah | weight=0.071
=blah =blah | weight=0.071
=appeared =at | weight=0.071
