# late_delivery, en: learned by scripts/learn.py from 2841 tuning texts (160 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Person on chat says tomorrow technician will come. He is not coming.
+ you said my new card would be here in 3-5 working days. 12 working days later...
+ Promised my glasses would be ready Friday. Friday came, no glasses, no phone call.
- You've had my last penny.
- just want my £40 back tbh
=delay | weight=0.373
=delivery | weight=0.303
=late | weight=0.299
=booking =for | weight=0.284
=the =wedding | weight=0.260
=wednesday | weight=0.255
=scheduled | weight=0.255
=arrived | weight=0.253
=days =after | weight=0.244
=friday | weight=0.243
=late =and | weight=0.242
=sofa | weight=0.239
=tracking | weight=0.237
=terms =started | weight=0.237
=uniform | weight=0.237
=wedding | weight=0.230
=turned =up | weight=0.229
=postponed | weight=0.228
=technician | weight=0.227
=showed =up | weight=0.226
=now =days | weight=0.224
=weeks =late | weight=0.219
=curry | weight=0.216
=cold | weight=0.213
=th | weight=0.212
=hasn't =arrived | weight=0.212, noneg
=promised =within | weight=0.212
=pizza | weight=0.210
=the =agreed | weight=0.206
=landed =on | weight=0.203
=after =the | weight=0.201
=never =got | weight=0.200, noneg
=my =sofa | weight=0.198
=meant =to | weight=0.194
=hour =after | weight=0.192
=days =later | weight=0.188
=to =arrived | weight=0.187
=three =weeks | weight=0.185
=repair =was | weight=0.185
=my =new | weight=0.183
=delay =was | weight=0.182
=van | weight=0.181
=food | weight=0.180
=order =was | weight=0.180
=past =the | weight=0.180
=to =send | weight=0.179
=took =a | weight=0.177
=here | weight=0.175
=all =days | weight=0.174
=seller | weight=0.173
=the =seller | weight=0.173
=guaranteed | weight=0.173
=meant | weight=0.173
=thursday | weight=0.172
=fitter | weight=0.168
=scheduled =for | weight=0.167
=in =for | weight=0.167
=order =for | weight=0.166
=rock | weight=0.165
=rock =up | weight=0.165
=first =thing | weight=0.163
=not =arrived | weight=0.162, noneg
=be =ready | weight=0.160
=the =kitchen | weight=0.159
=hasn't | weight=0.159, noneg
=eight | weight=0.159
=package =is | weight=0.159
=food =was | weight=0.158
=kitchen | weight=0.158
=was =come | weight=0.154
=whole =days | weight=0.154
=was =meant | weight=0.153
=promised =for | weight=0.152
=appeared | weight=0.152
=chips | weight=0.151
=hasn't =update | weight=0.150, noneg
=tracking =hasn't | weight=0.150, noneg
=lunch | weight=0.150
=waiting =in | weight=0.150
=next =days | weight=0.149
=order | weight=0.148
=car =was | weight=0.148
=fitter =was | weight=0.148
=the =depot | weight=0.147
=the =pizza | weight=0.147
=still =no | weight=0.146, noneg
=fortnight | weight=0.146
=window | weight=0.146
=where =is | weight=0.145
=it =is | weight=0.145
=missing =my | weight=0.144
=hour =late | weight=0.144
=landed | weight=0.144
=month =to | weight=0.143
=days =off | weight=0.143
=still =not | weight=0.143, noneg
=after =order | weight=0.142
=nobody =turned | weight=0.142, noneg
=new =sim | weight=0.141
=barely =warm | weight=0.141
=ninety =minutes | weight=0.141
=the =curry | weight=0.141
=warm | weight=0.141
=ready | weight=0.140
=and =stone | weight=0.139
=not =you | weight=0.139, noneg
=cake | weight=0.139
=ninety | weight=0.139
=told =my | weight=0.138
=after =lunch | weight=0.138
=stroll | weight=0.138
=stroll =in | weight=0.138
=was =supposed | weight=0.138
=shift | weight=0.138
=come | weight=0.137
=arrived =after | weight=0.137
=delivery =was | weight=0.136
=glasses | weight=0.135
=the =party | weight=0.135
=delivery =of | weight=0.134
=said =next | weight=0.133
=birthday | weight=0.133
=over =a | weight=0.132
=in =after | weight=0.132
=supposed =to | weight=0.132
=friday =came | weight=0.131
=agreed | weight=0.130
=it =days | weight=0.129
=is =running | weight=0.129
=be =here | weight=0.128
=supposed | weight=0.128
=got =here | weight=0.128
=in =all | weight=0.128
=five =hour | weight=0.127
=pm | weight=0.127
=four | weight=0.126
=furniture | weight=0.126
=depot | weight=0.126
=my =repair | weight=0.126
=shipment | weight=0.126
=slipped | weight=0.126
=slipped =to | weight=0.126
=to =weeks | weight=0.126
=no =sign | weight=0.126, noneg
=for =monday | weight=0.125
=wasted =a | weight=0.125
=nobody =told | weight=0.123, noneg
=has =said | weight=0.122
=tracking =has | weight=0.122
=been =at | weight=0.122
=depot =since | weight=0.122
=last =wednesday | weight=0.122
=they =gave | weight=0.121
=no =showed | weight=0.121, noneg
=showed =no | weight=0.121, noneg
=barely | weight=0.121
=a =whole | weight=0.120
=chat =says | weight=0.120
=are =still | weight=0.120
=nine =days | weight=0.119
=my =flight | weight=0.119
=car | weight=0.118
=terms | weight=0.118
=eight =and | weight=0.117
=gone =two | weight=0.117
=in =since | weight=0.117
=it =gone | weight=0.117
=since =eight | weight=0.117
=since =last | weight=0.117
=apparently =the | weight=0.117
=cardboard | weight=0.116
=cardboard =and | weight=0.116
=like =cardboard | weight=0.116
=takeaway | weight=0.116
=come =first | weight=0.116
=flight | weight=0.115
=never =came | weight=0.114, noneg
=magazine | weight=0.114
=gone | weight=0.113
=engineer | weight=0.113
=arrived =before | weight=0.112
=the =window | weight=0.112
=guaranteed =a | weight=0.112
=nope | weight=0.112, noneg
=postponed =delivery | weight=0.111
=they've =postponed | weight=0.111
=no =one | weight=0.111, noneg
=kitchen =would | weight=0.109
=chips =were | weight=0.109
=the =chips | weight=0.109
=contract =is | weight=0.108
=so =the | weight=0.107
=is =with | weight=0.107
=a =month | weight=0.107
=th =and | weight=0.107
=be =fixed | weight=0.107
=was =scheduled | weight=0.107
=didn't =turned | weight=0.107, noneg
=at =half | weight=0.106
=freeze | weight=0.106
=the =wardrobe | weight=0.106
=wardrobe | weight=0.106
=kill =you | weight=0.106
=saturday =it | weight=0.105
=up =monday | weight=0.105
=took | weight=0.104
=and =it | weight=0.104
=flowers | weight=0.104
=order =is | weight=0.103
=came =and | weight=0.103
=here =in | weight=0.103
=you =said | weight=0.102
=been =over | weight=0.102
=tuesday | weight=0.102
=the =birthday | weight=0.101
=hrs =and | weight=0.101
=the =replacement | weight=0.101
=funeral | weight=0.100
=days =late | weight=0.100
=delivered | weight=0.100
=three =missing | weight=0.099
=it =kill | weight=0.099
=kill | weight=0.099
=the =weather | weight=0.099
=weather | weight=0.099
=unit =are | weight=0.098
=engineer =never | weight=0.098, noneg
=shipment =scheduled | weight=0.098
=on =thursday | weight=0.098
=half =four | weight=0.097
=later | weight=0.097
=repair | weight=0.097
=would =it | weight=0.097
=the =date | weight=0.096
=word =the | weight=0.096
=pizza =arrived | weight=0.096
=the =cake | weight=0.095
=says =tomorrow | weight=0.095
=technician =will | weight=0.095
=tomorrow =technician | weight=0.095
=the =afternoon | weight=0.095
=and =never | weight=0.094, noneg
=hrs | weight=0.094
=you =to | weight=0.094
=a =delivery | weight=0.094
=it =got | weight=0.094
=he =never | weight=0.094, noneg
=off =working | weight=0.094
=keeps =get | weight=0.094
=date =and | weight=0.093
=capacity | weight=0.093
=no =call | weight=0.093, noneg
=never =arrived | weight=0.093, noneg
=stock | weight=0.093
=two =days | weight=0.093
=problem =not | weight=0.093, noneg
=stone | weight=0.092
=stone =cold | weight=0.092
=engineer =who | weight=0.092
=flight =was | weight=0.091
=mins =before | weight=0.091
=is =ten | weight=0.091
=on =half | weight=0.091
=still =outstanding | weight=0.091
=weeks =on | weight=0.091
=been =told | weight=0.091
=my =council | weight=0.090
=without =any | weight=0.089, noneg
=the =engineer | weight=0.089
=turned | weight=0.089
=and =not | weight=0.089, noneg
=for =saturday | weight=0.089
=and =still | weight=0.089
=overdue | weight=0.088
=promised | weight=0.087
=and =no | weight=0.087, noneg
=outstanding | weight=0.087
=th =call | weight=0.087
=upset | weight=0.086
=we =booking | weight=0.086
=sim | weight=0.086
=past | weight=0.086
=working =days | weight=0.086
=says =she | weight=0.086
=he =is | weight=0.085
=was =quote | weight=0.085
=the =furniture | weight=0.085
=dress | weight=0.085
=arrived =today | weight=0.085
=said =arrived | weight=0.085
=today =for | weight=0.085
=she =been | weight=0.085
=due =back | weight=0.085
=not =ready | weight=0.085, noneg
=party | weight=0.084
=send | weight=0.084
=person =on | weight=0.084
=it =tomorrow | weight=0.084
=i =ring | weight=0.084
=weeks | weight=0.084
=escalate =and | weight=0.084
=groceries | weight=0.084
=still =in | weight=0.084
=switch =supplier | weight=0.083
=late =of | weight=0.083
=repeat =late | weight=0.083
=the =repeat | weight=0.083
=fault =for | weight=0.083
=was =due | weight=0.083
=flight =delay | weight=0.082
=for =delivery | weight=0.081
=minutes =after | weight=0.081
=for =the | weight=0.081
=cust =request | weight=0.081
=rolled =in | weight=0.081
=never =showed | weight=0.080, noneg
=running | weight=0.080
=we =must | weight=0.080
=sat =in | weight=0.079
=promised =delivery | weight=0.079
=minutes =for | weight=0.079
=window =was | weight=0.078
=funeral =flowers | weight=0.078
=chase =the | weight=0.078
=will =come | weight=0.078
=the =fitter | weight=0.078
=be =fitted | weight=0.078
=delivery =that | weight=0.078
=by =friday | weight=0.078
=neither | weight=0.078, noneg
=be =delivered | weight=0.077
=glasses =would | weight=0.075
=ready =friday | weight=0.075
=came =to | weight=0.075
=until | weight=0.075
=be =late | weight=0.074
=promised =me | weight=0.073
=attended =within | weight=0.073
=roofer | weight=0.073
=roofer =would | weight=0.073
=the =fortnight | weight=0.073
=the =roofer | weight=0.073
=to =appeared | weight=0.073
=would =attended | weight=0.073
=birthday =cake | weight=0.073
=no =phone | weight=0.073, noneg
=brought | weight=0.073
=appeared =at | weight=0.073
=appointment =window | weight=0.073
=engineer =finally | weight=0.073
=finally =appeared | weight=0.073
=brick | weight=0.073
=the =waiter | weight=0.073
=were =promised | weight=0.072
=trying =again | weight=0.072
=stuck =at | weight=0.072
=postal | weight=0.072
=postal =service | weight=0.072
=the =postal | weight=0.072
=not =back | weight=0.072, noneg
=promised =the | weight=0.071
=days =for | weight=0.070
=pushing | weight=0.070
=unit | weight=0.070
=has =yet | weight=0.070
=waiter | weight=0.070
=my =glasses | weight=0.070
=next =weeks | weight=0.070
=wedding =dress | weight=0.070
=half =the | weight=0.069
=april | weight=0.069
=somehow | weight=0.069
=somehow =my | weight=0.069
=monday | weight=0.069
=engineer =was | weight=0.069
=and =was | weight=0.069
=courier =problem | weight=0.068
=title | weight=0.068
=the =part | weight=0.068
=late =without | weight=0.067, noneg
=no =apology | weight=0.067, noneg
=his =word | weight=0.067
=engineer =would | weight=0.067
=installer =was | weight=0.067
=the =morning | weight=0.067
=raised =the | weight=0.067
=the =leak | weight=0.067
=eight =weeks | weight=0.066
=for =weeks | weight=0.066
=to =chase | weight=0.066
=days =to | weight=0.066
=lunch =turned | weight=0.066
=minutes =late | weight=0.066
=now =friday | weight=0.066
=arrived =four | weight=0.066
=booking =slot | weight=0.066
=stuck | weight=0.065
=has =capacity | weight=0.065
=the =entire | weight=0.065
=says =sorry | weight=0.065
