# late_delivery, en: learned by scripts/learn.py from 3044 tuning texts (186 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Person on chat says tomorrow technician will come. He is not coming.
+ you said my new card would be here in 3-5 working days. 12 working days later...
+ Promised my glasses would be ready Friday. Friday came, no glasses, no phone call.
- ok
- You've had my last penny.
=delay | weight=0.383
=scheduled | weight=0.324
=late | weight=0.316
=tracking | weight=0.296
=delivery | weight=0.281
=booking =for | weight=0.265
=arrived | weight=0.262
=not =ready | weight=0.256, noneg
=wednesday | weight=0.253
=friday | weight=0.251
=technician | weight=0.249
=scheduled =for | weight=0.249
=days =after | weight=0.249
=postponed | weight=0.239
=terms =started | weight=0.238
=uniform | weight=0.238
=wedding | weight=0.236
=week =late | weight=0.235
=lunch | weight=0.234
=turned =up | weight=0.231
=past =the | weight=0.230
=gone | weight=0.229
=cold | weight=0.229
=didn't =turned | weight=0.225, noneg
=now =days | weight=0.222
=after =the | weight=0.222
=late =and | weight=0.219
=the =wedding | weight=0.218
=promised =within | weight=0.218
=curry | weight=0.216
=landed =on | weight=0.216
=pizza | weight=0.215
=sofa | weight=0.213
=fortnight | weight=0.212
=food | weight=0.210
=still =not | weight=0.207, noneg
=overdue | weight=0.205
=showed =up | weight=0.203
=meant =to | weight=0.202
=the =agreed | weight=0.197
=cake | weight=0.196
=to =arrived | weight=0.193
=glasses | weight=0.192
=never =got | weight=0.191, noneg
=my =sofa | weight=0.191
=hasn't =arrived | weight=0.190, noneg
=didn't =arrived | weight=0.190, noneg
=my =new | weight=0.190
=took =a | weight=0.190
=meant | weight=0.189
=delay =was | weight=0.188
=food =was | weight=0.187
=hour =after | weight=0.186
=days =later | weight=0.184
=suit | weight=0.184
=th | weight=0.181
=here | weight=0.179
=eight | weight=0.175
=fitter | weight=0.174
=the =curry | weight=0.174
=van | weight=0.174
=rock | weight=0.172
=rock =up | weight=0.172
=thursday | weight=0.172
=friday =came | weight=0.171
=repair =was | weight=0.169
=takeaway | weight=0.169
=in =for | weight=0.167
=order =for | weight=0.166
=days =for | weight=0.164
=first =thing | weight=0.164
=was =meant | weight=0.161
=was =come | weight=0.159
=delivered | weight=0.159
=all =days | weight=0.156
=waiting =in | weight=0.155
=kitchen | weight=0.154
=new =one | weight=0.154
=came =and | weight=0.154
=not =arrived | weight=0.153, noneg
=be =here | weight=0.152
=was =supposed | weight=0.151
=hasn't | weight=0.151, noneg
=the =kitchen | weight=0.151
=promised =for | weight=0.151
=told =my | weight=0.151
=not =you | weight=0.149, noneg
=be =ready | weight=0.149
=new =sim | weight=0.148
=landed | weight=0.148
=guaranteed | weight=0.147
=order =was | weight=0.146
=foot | weight=0.146
=my =foot | weight=0.146
=the =depot | weight=0.146
=after =order | weight=0.146
=and =stone | weight=0.144
=delivery =of | weight=0.143
=missing =my | weight=0.143
=month =to | weight=0.143
=missing =delivery | weight=0.142
=chips | weight=0.142
=window | weight=0.141
=where =is | weight=0.140
=seller | weight=0.140
=the =seller | weight=0.140
=order | weight=0.140
=the =pizza | weight=0.140
=fitter =was | weight=0.139
=three =week | weight=0.139
=come | weight=0.139
=whole =days | weight=0.138
=shift | weight=0.138
=boiler =service | weight=0.138
=arrived =after | weight=0.137
=days =off | weight=0.136
=is =running | weight=0.135
=slot | weight=0.135
=barely =warm | weight=0.135
=ninety =minutes | weight=0.135
=warm | weight=0.135
=delivery =my | weight=0.134
=it =is | weight=0.134
=package =is | weight=0.133
=on =days | weight=0.133
=ninety | weight=0.132
=car =was | weight=0.131
=supposed =to | weight=0.129
=been =at | weight=0.129
=depot =since | weight=0.129
=last =wednesday | weight=0.129
=appeared | weight=0.128
=nobody =told | weight=0.128, noneg
=five =hour | weight=0.128
=they =gave | weight=0.128
=got =here | weight=0.128
=ready | weight=0.128
=after =lunch | weight=0.126
=stroll | weight=0.126
=stroll =in | weight=0.126
=pm | weight=0.126
=the =date | weight=0.126
=supposed | weight=0.126
=quote | weight=0.125
=my =parcel | weight=0.125
=send =new | weight=0.125
=hasn't =update | weight=0.124, noneg
=tracking =hasn't | weight=0.124, noneg
=due =on | weight=0.123
=repair | weight=0.123
=said =next | weight=0.123
=apparently =the | weight=0.123
=nine =days | weight=0.123
=since =last | weight=0.123
=in =after | weight=0.122
=engineer | weight=0.121
=no =showed | weight=0.120, noneg
=showed =no | weight=0.120, noneg
=to =send | weight=0.120
=depot | weight=0.119
=it =days | weight=0.119
=th =and | weight=0.119
=past | weight=0.119
=days =late | weight=0.118
=cardboard | weight=0.118
=cardboard =and | weight=0.118
=like =cardboard | weight=0.118
=four | weight=0.118
=birthday | weight=0.117
=no =apology | weight=0.117, noneg
=delivery =was | weight=0.117
=barely | weight=0.116
=wasted =a | weight=0.116
=my =flight | weight=0.116
=chat =says | weight=0.115
=over =a | weight=0.115
=a =technician | weight=0.115
=technician =visit | weight=0.115
=visit =on | weight=0.115
=be =fixed | weight=0.115
=postponed =delivery | weight=0.115
=they've =postponed | weight=0.115
=working =days | weight=0.114
=come =first | weight=0.114
=is =with | weight=0.114
=now =i've | weight=0.114
=took | weight=0.114
=hour =late | weight=0.113
=contract =is | weight=0.113
=hrs =and | weight=0.112
=no =sign | weight=0.112, noneg
=eight =and | weight=0.112
=gone =two | weight=0.112
=in =since | weight=0.112
=it =gone | weight=0.112
=since =eight | weight=0.112
=week | weight=0.111
=are =still | weight=0.111
=minutes =after | weight=0.111
=a =whole | weight=0.111
=my =repair | weight=0.111
=so =the | weight=0.111
=agreed | weight=0.111
=the =wardrobe | weight=0.111
=wardrobe | weight=0.111
=the =technician | weight=0.110
=terms | weight=0.110
=in =all | weight=0.110
=the =cake | weight=0.109
=for =monday | weight=0.109
=magazine | weight=0.108
=shipment | weight=0.107
=slipped | weight=0.107
=slipped =to | weight=0.107
=to =week | weight=0.107
=half =the | weight=0.107
=on =thursday | weight=0.107
=slot =i | weight=0.107
=way =past | weight=0.107
=the =window | weight=0.106
=kitchen =would | weight=0.106
=car | weight=0.105
=the =engineer | weight=0.105
=hrs | weight=0.105
=order =is | weight=0.105
=still =no | weight=0.104, noneg
=twelve | weight=0.104
=has =said | weight=0.103
=tracking =has | weight=0.103
=two =days | weight=0.103
=week =overdue | weight=0.103
=chips =were | weight=0.103
=the =chips | weight=0.103
=monday | weight=0.103
=nope | weight=0.102, noneg
=by =friday | weight=0.102
=at =half | weight=0.102
=just =says | weight=0.101
=late =the | weight=0.101
=flight | weight=0.101
=says =tomorrow | weight=0.101
=technician =will | weight=0.101
=tomorrow =technician | weight=0.101
=days =delivery | weight=0.101
=freeze | weight=0.101
=next =days | weight=0.100
=the =weather | weight=0.100
=weather | weight=0.100
=six | weight=0.100
=furniture | weight=0.099
=arrived =before | weight=0.099
=the =slot | weight=0.099
=saturday | weight=0.099
=engineer =who | weight=0.098
=he =never | weight=0.097, noneg
=here =in | weight=0.096
=ready =in | weight=0.095
=the =fitter | weight=0.094
=we're | weight=0.094
=unit =are | weight=0.094
=my =council | weight=0.093
=was =scheduled | weight=0.093
=says =in | weight=0.093
=saturday =it | weight=0.092
=up =monday | weight=0.092
=never =came | weight=0.092, noneg
=flight =delay | weight=0.092
=mins =before | weight=0.092
=the =repair | weight=0.092
=funeral | weight=0.091
=flight =was | weight=0.091
=a =month | weight=0.091
=it =now | weight=0.091
=and =never | weight=0.091, noneg
=groceries | weight=0.091
=lukewarm | weight=0.090
=soggy | weight=0.090
=it =tomorrow | weight=0.090
=for =saturday | weight=0.090
=to =collect | weight=0.090
=tuesday | weight=0.089
=date =and | weight=0.089
=flowers | weight=0.089
=without =any | weight=0.089, noneg
=th =call | weight=0.089
=window =was | weight=0.089
=no =call | weight=0.089, noneg
=engineer =never | weight=0.089, noneg
=person =on | weight=0.089
=the =site | weight=0.088
=half =four | weight=0.088
=word =the | weight=0.088
=and =nothing | weight=0.088, noneg
=stone | weight=0.088
=stone =cold | weight=0.088
=and =still | weight=0.088
=pizza =arrived | weight=0.087
=the =replacement | weight=0.087
=escalate =and | weight=0.087
=late =of | weight=0.087
=repeat =late | weight=0.087
=the =repeat | weight=0.087
=running | weight=0.087
=kill =you | weight=0.086
=guaranteed =a | weight=0.086
=switch =supplier | weight=0.086
=been =over | weight=0.086
=the =birthday | weight=0.086
=sim | weight=0.086
=capacity | weight=0.086
=he =is | weight=0.086
=on =half | weight=0.086
=still =outstanding | weight=0.086
=cust =request | weight=0.085
=problem =not | weight=0.085, noneg
=off =working | weight=0.085
=chase =the | weight=0.085
=days =it | weight=0.085
=we =must | weight=0.084
=is =ten | weight=0.084
=has =not | weight=0.083, noneg
=later | weight=0.083
=never =arrived | weight=0.083, noneg
=it =kill | weight=0.083
=kill | weight=0.083
=was =due | weight=0.083
=brought =the | weight=0.082
=should've | weight=0.082
=will =come | weight=0.082
=was =your | weight=0.082
=engineer =would | weight=0.082
=tracking =hasnt | weight=0.082, noneg
=upset | weight=0.082
=a =delivery | weight=0.081
=outstanding | weight=0.081
=package | weight=0.081
=stuck =at | weight=0.081
=would =it | weight=0.081
=shipment =scheduled | weight=0.081
=i =ring | weight=0.081
=stock | weight=0.080
=been =told | weight=0.080
=she =been | weight=0.080
=be =late | weight=0.080
=cake =was | weight=0.080
=turned | weight=0.079
=postal | weight=0.079
=postal =service | weight=0.079
=the =postal | weight=0.079
=no =one | weight=0.079, noneg
=the =courier | weight=0.078
=sat =in | weight=0.078
=the =afternoon | weight=0.077
=had =the | weight=0.077
=three =missing | weight=0.077
=be =fitted | weight=0.077
=courier =fault | weight=0.076
=delivery =that | weight=0.076
=transit | weight=0.076
=week =on | weight=0.075
=glasses =would | weight=0.075
=ready =friday | weight=0.075
=rolled =in | weight=0.075
=the =furniture | weight=0.075
=didn't | weight=0.074, noneg
=i =wasted | weight=0.074
=to =chase | weight=0.074
=neither | weight=0.074, noneg
=came =to | weight=0.074
=the =morning | weight=0.073
=you =said | weight=0.073
=were =promised | weight=0.073
=was =delivered | weight=0.073
=trying =again | weight=0.073
=i'd =like | weight=0.073
=late =without | weight=0.073, noneg
=it'll | weight=0.073
=it'll =be | weight=0.073
=promised =delivery | weight=0.073
=you =to | weight=0.072
=appeared =at | weight=0.072
=appointment =window | weight=0.072
=engineer =finally | weight=0.072
=finally =appeared | weight=0.072
=attended =within | weight=0.071
=roofer | weight=0.071
=roofer =would | weight=0.071
=the =fortnight | weight=0.071
=the =roofer | weight=0.071
=to =appeared | weight=0.071
=would =attended | weight=0.071
=hasnt | weight=0.071, noneg
=hasnt =moved | weight=0.071, noneg
=nobody =turned | weight=0.071, noneg
=we =booking | weight=0.071
=brick | weight=0.071
=frozen | weight=0.070
=to =switch | weight=0.070
=funeral =flowers | weight=0.070
=now | weight=0.069
