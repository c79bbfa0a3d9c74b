# late_delivery, en: learned by scripts/learn.py from 2531 tuning texts (142 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Person on chat says tomorrow technician will come. He is not coming.
+ Promised my glasses would be ready Friday. Friday came, no glasses, no phone call.
+ The fitter was booked for 8-12 and arrived at quarter to four with no explanation.
- You've had my last penny.
- just want my £40 back tbh
=delay | weight=0.444
=booking =for | weight=0.370
=late | weight=0.343
=van | weight=0.287
=the =wedding | weight=0.273
=wednesday | weight=0.269
=scheduled | weight=0.268
=delivery | weight=0.262
=late =and | weight=0.258
=friday | weight=0.253
=sofa | weight=0.252
=arrived | weight=0.252
=tracking | weight=0.244
=days =after | weight=0.243
=terms =started | weight=0.241
=uniform | weight=0.241
=wedding | weight=0.239
=after =the | weight=0.236
=now =days | weight=0.236
=pizza | weight=0.235
=postponed | weight=0.228
=promised =within | weight=0.228
=turned =up | weight=0.228
=technician | weight=0.226
=curry | weight=0.222
=landed =on | weight=0.218
=week =late | weight=0.217
=th | weight=0.216
=hasn't =arrived | weight=0.210, noneg
=the =agreed | weight=0.209
=first =thing | weight=0.208
=cold | weight=0.207
=showed =up | weight=0.207
=never =got | weight=0.205, noneg
=my =sofa | weight=0.202
=repair =was | weight=0.199
=past =the | weight=0.191
=order =for | weight=0.189
=to =arrived | weight=0.185
=kitchen | weight=0.183
=hour =after | weight=0.183
=to =send | weight=0.181
=food =was | weight=0.174
=seller | weight=0.174
=the =seller | weight=0.174
=meant =to | weight=0.173
=the =kitchen | weight=0.172
=took =a | weight=0.172
=guaranteed | weight=0.171
=chips | weight=0.170
=order =was | weight=0.170
=was =booking | weight=0.169
=hasn't | weight=0.168, noneg
=meant | weight=0.166
=still =not | weight=0.166, noneg
=eight | weight=0.165
=fitter =was | weight=0.164
=be =ready | weight=0.162
=three =week | weight=0.162
=all =days | weight=0.161
=was =come | weight=0.159
=where =is | weight=0.159
=it =is | weight=0.159
=delay =was | weight=0.159
=scheduled =for | weight=0.158
=flight | weight=0.158
=fitter | weight=0.155
=come | weight=0.154
=the =depot | weight=0.153
=landed | weight=0.153
=days =later | weight=0.152
=food | weight=0.152
=package =is | weight=0.152
=new =sim | weight=0.151
=promised =for | weight=0.151
=over =a | weight=0.151
=my =new | weight=0.151
=here | weight=0.150
=appeared | weight=0.150
=told =my | weight=0.149
=days =off | weight=0.149
=window | weight=0.146
=tuesday | weight=0.146
=lunch | weight=0.145
=hour =late | weight=0.144
=the =pizza | weight=0.143
=terms | weight=0.142
=whole =days | weight=0.140
=missing =my | weight=0.140
=was =meant | weight=0.140
=ready | weight=0.140
=no =sign | weight=0.140, noneg
=is =running | weight=0.139
=nobody =turned | weight=0.139, noneg
=order | weight=0.139
=glasses | weight=0.138
=cake | weight=0.138
=fortnight | weight=0.137
=agreed | weight=0.137
=got =here | weight=0.137
=tuesday =and | weight=0.137
=not =arrived | weight=0.137, noneg
=barely =warm | weight=0.136
=ninety =minutes | weight=0.136
=the =curry | weight=0.136
=warm | weight=0.136
=hasn't =update | weight=0.135, noneg
=tracking =hasn't | weight=0.135, noneg
=shift | weight=0.134
=rock | weight=0.133
=rock =up | weight=0.133
=the =party | weight=0.133
=ninety | weight=0.133
=month =to | weight=0.132
=friday =came | weight=0.132
=shipment | weight=0.132
=slipped | weight=0.132
=slipped =to | weight=0.132
=to =week | weight=0.132
=delivery =of | weight=0.130
=car =was | weight=0.130
=thursday | weight=0.129
=after =lunch | weight=0.128
=stroll | weight=0.128
=stroll =in | weight=0.128
=kitchen =would | weight=0.127
=come =first | weight=0.127
=my =repair | weight=0.126
=gone | weight=0.126
=birthday | weight=0.125
=no =showed | weight=0.125, noneg
=showed =no | weight=0.125, noneg
=depot | weight=0.125
=furniture | weight=0.124
=not =you | weight=0.123, noneg
=are =still | weight=0.123
=five =hour | weight=0.123
=for =monday | weight=0.123
=eight =and | weight=0.123
=gone =two | weight=0.123
=in =since | weight=0.123
=it =gone | weight=0.123
=since =eight | weight=0.123
=supposed =to | weight=0.123
=flight =was | weight=0.123
=been =at | weight=0.122
=depot =since | weight=0.122
=last =wednesday | weight=0.122
=been =over | weight=0.121
=a =month | weight=0.120
=arrived =after | weight=0.120
=at =half | weight=0.120
=a =delivery | weight=0.120
=no =one | weight=0.120, noneg
=in =after | weight=0.118
=supposed | weight=0.117
=monday | weight=0.117
=wasted =a | weight=0.116
=after =order | weight=0.116
=cardboard | weight=0.115
=cardboard =and | weight=0.115
=like =cardboard | weight=0.115
=takeaway | weight=0.115
=since =last | weight=0.115
=postponed =delivery | weight=0.115
=they've =postponed | weight=0.115
=barely | weight=0.115
=order =is | weight=0.115
=they =gave | weight=0.114
=was =supposed | weight=0.113
=kill =you | weight=0.112
=delivered | weight=0.112
=engineer =never | weight=0.111, noneg
=the =window | weight=0.111
=the =wardrobe | weight=0.111
=wardrobe | weight=0.111
=chat =says | weight=0.111
=was =scheduled | weight=0.111
=nope | weight=0.111, noneg
=came =and | weight=0.110
=a =whole | weight=0.110
=chips =were | weight=0.110
=the =chips | weight=0.110
=off =working | weight=0.109
=keeps =get | weight=0.109
=days =late | weight=0.108
=in =all | weight=0.108
=three =missing | weight=0.107
=contract =is | weight=0.107
=pizza =arrived | weight=0.107
=is =with | weight=0.106
=promised =me | weight=0.106
=guaranteed =a | weight=0.106
=days =for | weight=0.106
=my =flight | weight=0.106
=working =days | weight=0.105
=pm | weight=0.105
=freeze | weight=0.105
=magazine | weight=0.105
=still =no | weight=0.105, noneg
=the =engineer | weight=0.104
=delivery =was | weight=0.104
=it =kill | weight=0.104
=kill | weight=0.104
=would =it | weight=0.104
=delivery =that | weight=0.103
=apparently =the | weight=0.102
=took | weight=0.101
=hrs | weight=0.101
=running | weight=0.101
=half =four | weight=0.100
=the =date | weight=0.100
=said =the | weight=0.099
=engineer =was | weight=0.098
=mins =before | weight=0.097
=shipment =scheduled | weight=0.097
=hrs =and | weight=0.097
=says =tomorrow | weight=0.097
=technician =will | weight=0.097
=tomorrow =technician | weight=0.097
=funeral | weight=0.096
=and =still | weight=0.095
=flowers | weight=0.095
=arrived =before | weight=0.095
=i =took | weight=0.095
=capacity | weight=0.095
=the =cake | weight=0.094
=was =quote | weight=0.094
=was =due | weight=0.094
=never =arrived | weight=0.094, noneg
=still =in | weight=0.093
=arrived =today | weight=0.093
=has =said | weight=0.093
=said =arrived | weight=0.093
=today =for | weight=0.093
=tracking =has | weight=0.093
=for =next | weight=0.093
=it =got | weight=0.092
=half | weight=0.092
=and =stone | weight=0.092
=no =call | weight=0.092, noneg
=for =the | weight=0.091
=saturday =it | weight=0.090
=up =monday | weight=0.090
=never =showed | weight=0.090, noneg
=on =half | weight=0.090
=still =outstanding | weight=0.090
=week =on | weight=0.090
=past | weight=0.090
=turned | weight=0.090
=he =never | weight=0.089, noneg
=car | weight=0.089
=week | weight=0.089
=sat =in | weight=0.088
=problem =not | weight=0.088, noneg
=word =the | weight=0.088
=sim | weight=0.088
=minutes =after | weight=0.087
=window =was | weight=0.087
=person =on | weight=0.087
=would =ring | weight=0.086
=date =and | weight=0.086
=the =weather | weight=0.086
=weather | weight=0.086
=is =ten | weight=0.086
=glasses =would | weight=0.086
=ready =friday | weight=0.086
=the =afternoon | weight=0.086
=on =thursday | weight=0.085
=wasted | weight=0.085
=will =come | weight=0.085
=outstanding | weight=0.085
=not =back | weight=0.085, noneg
=pushing | weight=0.084
=for =saturday | weight=0.084
=is =now | weight=0.084
=be =delivered | weight=0.084
=send | weight=0.083
=st | weight=0.083
=he =is | weight=0.083
=time =it | weight=0.083
=minutes =for | weight=0.082
=and =was | weight=0.082
=and =not | weight=0.082, noneg
=next =days | weight=0.082
=late =of | weight=0.082
=repeat =late | weight=0.082
=the =repeat | weight=0.082
=now | weight=0.082
=the =furniture | weight=0.082
=be =here | weight=0.081
=the =van | weight=0.081
=party | weight=0.081
=overdue | weight=0.081
=the =birthday | weight=0.081
=we =must | weight=0.080
=nine =days | weight=0.080
=and =no | weight=0.080, noneg
=the =replacement | weight=0.080
=by =which | weight=0.080
=unit =are | weight=0.080
=appeared =at | weight=0.079
=appointment =window | weight=0.079
=engineer =finally | weight=0.079
=finally =appeared | weight=0.079
=engineer =would | weight=0.079
=and =never | weight=0.079, noneg
=promised =delivery | weight=0.079
=attended =within | weight=0.079
=roofer | weight=0.079
=roofer =would | weight=0.079
=the =fortnight | weight=0.079
=the =roofer | weight=0.079
=to =appeared | weight=0.079
=would =attended | weight=0.079
=stone | weight=0.079
=stone =cold | weight=0.079
=gave =me | weight=0.079
=came =to | weight=0.078
=crib | weight=0.078
=the =crib | weight=0.078
=showed | weight=0.078
=birthday =cake | weight=0.077
=no =phone | weight=0.077, noneg
=behind | weight=0.077
=the =waiter | weight=0.076
=were =promised | weight=0.075
=wedding =dress | weight=0.075
=be =fitted | weight=0.074
=by =friday | weight=0.074
=of =your | weight=0.074
=half =the | weight=0.073
=month =and | weight=0.073
=dress | weight=0.073
=my =glasses | weight=0.073
=waiter | weight=0.073
=april | weight=0.073
=postal | weight=0.073
=postal =service | weight=0.073
=the =postal | weight=0.073
=has =yet | weight=0.073
=week =now | weight=0.073
=without =any | weight=0.072, noneg
=later | weight=0.072
=brick | weight=0.072
=unit | weight=0.071
=the =courier | weight=0.071
=waiting =in | weight=0.071
=it =friday | weight=0.071
=christmas | weight=0.070
=balance =on | weight=0.070
=has =not | weight=0.070, noneg
=days =to | weight=0.070
=it =still | weight=0.070
=bus | weight=0.069
=for =first | weight=0.069
=due =back | weight=0.069
=not =ready | weight=0.069, noneg
=funeral =flowers | weight=0.069
=chase =the | weight=0.068
=lunch =turned | weight=0.068
=minutes =late | weight=0.068
=trying =again | weight=0.068
=we =booking | weight=0.068
=stock | weight=0.068
=still =use | weight=0.068
=promised | weight=0.067
=not =their | weight=0.067, noneg
=title | weight=0.067
=you =to | weight=0.066
=be =in | weight=0.066
=has =slipped | weight=0.066
=the =shipment | weight=0.066
=closed =my | weight=0.066
=sick | weight=0.066
=sick =of | weight=0.066
=the =promised | weight=0.066
=furniture =is | weight=0.066
=eight =week | weight=0.065
=stuck | weight=0.065
=has =capacity | weight=0.065
=action | weight=0.065
=behind =scheduled | weight=0.065
=scheduled =and | weight=0.065
=no =apology | weight=0.065, noneg
=after | weight=0.065
=raised =the | weight=0.065
=as =a | weight=0.065
=four | weight=0.065
=quote | weight=0.064
=says =sorry | weight=0.064
=adviser =that | weight=0.064
=the =part | weight=0.064
=the =entire | weight=0.063
=rd | weight=0.063
=another =week | weight=0.063
=and =i've | weight=0.063
=blind =the | weight=0.063
=phone =is | weight=0.063
=they =promised | weight=0.062
