# blame_shifting, en: learned by scripts/learn.py from 2841 tuning texts (252 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Caller states agent told him it was 'his own stupid fault' for not reading the small print. Caller distressed.
+ Your agent says my parcel was 'delivered to a safe place' and that it's my responsibility now. What safe place? The bin?
+ The insurer says the delay is down to the garage and the garage says they're waiting on the insurer. Meanwhile I've been without a car for five weeks and nobody I speak to can sort it.
- You've had my last penny.
- just want my £40 back tbh
=blamed | weight=0.568
=reckons | weight=0.405
=must =have | weight=0.351
=insisted | weight=0.349
=fault =for | weight=0.325
=lies | weight=0.306
=blamed =the | weight=0.302
=suggested | weight=0.294
=delivery =company | weight=0.290
=not =their | weight=0.286, noneg
=accused | weight=0.274
=for =not | weight=0.270, noneg
=basically | weight=0.266
=claim =i | weight=0.265
=the =missing | weight=0.264
=not =our | weight=0.262, noneg
=response =for | weight=0.261
=down =to | weight=0.258
=it =my | weight=0.248
=goes | weight=0.244
=was =the | weight=0.243
=like =it | weight=0.242
=your =card | weight=0.236
=it =up | weight=0.230
=up =with | weight=0.227
=agent =wrote | weight=0.226
=fault =the | weight=0.225
=mess =up | weight=0.224
=buck | weight=0.224
=the =buck | weight=0.224
=attributed | weight=0.222
=passed =the | weight=0.214
=in =wrong | weight=0.214
=not =read | weight=0.213, noneg
=they =go | weight=0.213
=the =double | weight=0.212
=it =incorrect | weight=0.212
=it =wasn't | weight=0.210, noneg
=caused | weight=0.209
=was =down | weight=0.208
=someone =else | weight=0.208
=so =it | weight=0.206
=the =delay | weight=0.205
=contact =the | weight=0.205
=on =arrived | weight=0.204
=it =the | weight=0.204
=wasn't =the | weight=0.202, noneg
=it =a | weight=0.200
=you =must | weight=0.199
=her =the | weight=0.199
=apparently | weight=0.197
=the =leak | weight=0.197
=it =wrong | weight=0.196
=she =made | weight=0.195
=seller | weight=0.194
=the =seller | weight=0.194
=chase | weight=0.190
=maintain | weight=0.190
=parcel =was | weight=0.190
=caused =the | weight=0.189
=manufacturer | weight=0.189
=not =him | weight=0.188, noneg
=double | weight=0.186
=delay =is | weight=0.186
=error | weight=0.185
=apparently =the | weight=0.185
=it =on | weight=0.185
=point =at | weight=0.184
=items =for | weight=0.183
=damage | weight=0.183
=head =office | weight=0.181
=claim =the | weight=0.180
=problem | weight=0.180
=the =clerk | weight=0.179
=what =the | weight=0.178
=it =your | weight=0.176
=i =didn't | weight=0.175, noneg
=response | weight=0.173
=for =what | weight=0.173
=is =because | weight=0.173
=repair =centre | weight=0.173
=seam | weight=0.171
=i =never | weight=0.170, noneg
=courier | weight=0.168
=it =not | weight=0.168, noneg
=side | weight=0.167
=the =set | weight=0.167
=another =department | weight=0.166
=plumber | weight=0.165
=somehow | weight=0.164
=it =broke | weight=0.164
=had =been | weight=0.163
=not =them | weight=0.163, noneg
=nobody =own | weight=0.162, noneg
=swap =the | weight=0.162
=due =to | weight=0.162
=wasn't =their | weight=0.161, noneg
=control | weight=0.161
=reckons =the | weight=0.161
=always | weight=0.160
=said =head | weight=0.159
=that =it | weight=0.159
=held =me | weight=0.158
=centre =is | weight=0.158
=supplied =incorrect | weight=0.158
=never =dropped | weight=0.158, noneg
=says =talk | weight=0.158
=maintenance | weight=0.155
=did =the | weight=0.155
=supplied | weight=0.152
=it =arrived | weight=0.148
=the =manufacturer | weight=0.148
=department | weight=0.148
=made =out | weight=0.148
=put =it | weight=0.147
=onto | weight=0.146
=fault | weight=0.145
=bank =says | weight=0.145
=head | weight=0.145
=my =parcel | weight=0.145
=caused =by | weight=0.144
=support =said | weight=0.143
=not =us | weight=0.143, noneg
=away =by | weight=0.142
=letter =away | weight=0.142
=to =them | weight=0.142
=print | weight=0.142
=me =it | weight=0.142
=the =cracked | weight=0.141
=clerk | weight=0.141
=incorrect | weight=0.140
=phone =had | weight=0.140
=left =it | weight=0.140
=nothing =we | weight=0.140, noneg
=us =not | weight=0.140, noneg
=take =it | weight=0.140
=they =accused | weight=0.140
=were =the | weight=0.139
=delay | weight=0.138
=i'm =supposed | weight=0.137
=supposed =use | weight=0.137
=won't =replacement | weight=0.137, noneg
=outage | weight=0.137
=broke | weight=0.137
=snow | weight=0.137
=the =snow | weight=0.137
=double =charge | weight=0.137
=issue | weight=0.136
=the =driver | weight=0.136
=failed | weight=0.135
=is =on | weight=0.135
=she =told | weight=0.134
=was =caused | weight=0.134
=basically =told | weight=0.134
=cracked | weight=0.133
=classic =passed | weight=0.133
=said =to | weight=0.133
=oh =that | weight=0.133
=down | weight=0.132
=said =the | weight=0.130
=she =suggested | weight=0.130
=they | weight=0.130
=was =no | weight=0.130, noneg
=claim | weight=0.130
=nobody =in | weight=0.129, noneg
=on =openreach | weight=0.129
=openreach | weight=0.129
=down =the | weight=0.128
=water =pressure | weight=0.128
=shop =and | weight=0.128
=he =left | weight=0.128
=was =broken | weight=0.127
=because =i | weight=0.127
=been =home | weight=0.126
=i =shouldve | weight=0.126
=shouldve | weight=0.126
=shouldve =been | weight=0.126
=always =someone | weight=0.126
=must | weight=0.126
=you =and | weight=0.126
=phone =i | weight=0.126
=go =it | weight=0.126
=it =ur | weight=0.126
=ur | weight=0.126
=nobody =will | weight=0.124, noneg
=gp | weight=0.124
=they =claim | weight=0.123
=held | weight=0.123
=the =items | weight=0.122
=shrugged | weight=0.122
=computer | weight=0.122
=never =did | weight=0.122, noneg
=attributed =the | weight=0.121
=rep | weight=0.121
=the =delivery | weight=0.120
=wrote | weight=0.120
=refund =is | weight=0.120
=that =your | weight=0.120
=not =my | weight=0.120, noneg
=the =dealer | weight=0.120
=i'd =agreed | weight=0.119
=on =me | weight=0.119
=he =put | weight=0.119
=outage =is | weight=0.118
=it =down | weight=0.118
=plugged =it | weight=0.118
=misread | weight=0.118
=misread =the | weight=0.118
=that =the | weight=0.118
=problem =not | weight=0.117, noneg
=made | weight=0.117
=me =they | weight=0.117
=computer =did | weight=0.117
=goes =the | weight=0.117
=she =goes | weight=0.117
=parcel =is | weight=0.117
=our =own | weight=0.117
=probably | weight=0.117
=is =from | weight=0.117
=rattle | weight=0.116
=i =ring | weight=0.116
=onto =the | weight=0.116
=because =my | weight=0.116
=the =grounds | weight=0.116
=out =it | weight=0.116
=oh | weight=0.116
=feel =response | weight=0.116
=that =cancelled | weight=0.116
=not =open | weight=0.115, noneg
=mess | weight=0.115
=my =bank | weight=0.115
=goes =it | weight=0.114
=dropped | weight=0.114
=dealer =claim | weight=0.114
=by =not | weight=0.113, noneg
=accused =of | weight=0.112
=money =not | weight=0.112, noneg
=response =not | weight=0.112, noneg
=agreed =to | weight=0.112
=they =can't | weight=0.112, noneg
=void | weight=0.111
=and =refused | weight=0.111
=manager =said | weight=0.111
=suggested =i | weight=0.111
=missing | weight=0.111
=are =the | weight=0.111
=the =letter | weight=0.110
=glitch | weight=0.109
=where =my | weight=0.109
=own =do | weight=0.109
=response =and | weight=0.109
=claim =my | weight=0.109
=do =and | weight=0.109
=centre | weight=0.109
=that =i | weight=0.108
=soaked | weight=0.108
=the =email | weight=0.108
=finger =at | weight=0.108
=the =finger | weight=0.108
=fault =with | weight=0.108
=the =parcel | weight=0.108
=grounds | weight=0.108
=leak | weight=0.107
=coordinator | weight=0.107
=ownership | weight=0.107
=ownership =of | weight=0.107
=pallets | weight=0.107
=take =any | weight=0.107
=should =contact | weight=0.107
=use =it | weight=0.107
=did =it | weight=0.107
=man =in | weight=0.106
=the =waiter | weight=0.106
=reckons =it | weight=0.106
=the =airline | weight=0.106
=payment =provider | weight=0.105
=they =trying | weight=0.105
=not =from | weight=0.105, noneg
=mistake | weight=0.105
=guy =in | weight=0.105
=let =agent | weight=0.105
=the =let | weight=0.105
=this =company | weight=0.104
=other =and | weight=0.104
=pipe =and | weight=0.104
=was =her | weight=0.104
=side =not | weight=0.104, noneg
=landlord | weight=0.104
=not =security | weight=0.104, noneg
=waiter | weight=0.103
=problem =and | weight=0.103
=my =watch | weight=0.103
=brought | weight=0.103
=landlord =and | weight=0.102
=landlord =point | weight=0.102
=point =back | weight=0.102
=finger | weight=0.102
=blamed =on | weight=0.102
=maybe | weight=0.101
=accused =me | weight=0.101
=my =house | weight=0.101
=only =the | weight=0.101
=every =department | weight=0.100
=agent =says | weight=0.100
=so =nothing | weight=0.100, noneg
=payment =processors | weight=0.100
=processors | weight=0.100
=talk =to | weight=0.100
=said =they're | weight=0.100
=is =says | weight=0.099
=the =plumber | weight=0.099
=me =of | weight=0.099
=point =the | weight=0.099
=leak =is | weight=0.099
=the =warehouse | weight=0.098
=warehouse | weight=0.098
=my =laptop | weight=0.098
=shift | weight=0.098
=user =error | weight=0.098
=yer | weight=0.098
=back =at | weight=0.098
=they =says | weight=0.097
=my =refund | weight=0.097
=had =not | weight=0.097, noneg
=meanwhile | weight=0.097
=is =with | weight=0.097
=we'd | weight=0.097
=support | weight=0.097
=them | weight=0.097
=the =kitchen | weight=0.096
=laptop | weight=0.096
=the =flight | weight=0.096
=when =the | weight=0.095
=classic | weight=0.095
=not =response | weight=0.095, noneg
=i =did | weight=0.095
=each =other | weight=0.095
=the =payment | weight=0.094
=for =asked | weight=0.094
=keeps =point | weight=0.094
=to =take | weight=0.094
=the =water | weight=0.094
=they're | weight=0.094
=else | weight=0.094
=mould =is | weight=0.093
=store =manager | weight=0.092
=agent =point | weight=0.092
=washing | weight=0.091
=helpdesk =claim | weight=0.091
=outdated | weight=0.091
=outdated =and | weight=0.091
=the =rep | weight=0.091
=mix | weight=0.091
=mix =up | weight=0.091
=to =blamed | weight=0.091
=so =apparently | weight=0.091
=the =upgrade | weight=0.090
=the =small | weight=0.090
=declined =my | weight=0.090
=bank | weight=0.090
=everyone =i | weight=0.090
=days =late | weight=0.090
=forwarded =me | weight=0.090
=cos =of | weight=0.089
=the =money | weight=0.089
=fraud | weight=0.089
=shouted | weight=0.089
=maintain =that | weight=0.089
=was =open | weight=0.089
=you =chose | weight=0.089
=the =confirmation | weight=0.089
=capacity | weight=0.089
=user | weight=0.089
=centre =made | weight=0.088
=i'd =damage | weight=0.088
=jug | weight=0.088
=out =that | weight=0.088
=the =rattle | weight=0.088
=the =computer | weight=0.088
=tariff | weight=0.088
=when =it | weight=0.088
=all =my | weight=0.088
=issue =and | weight=0.087
=the =mould | weight=0.087
=it =was | weight=0.087
=the =courier | weight=0.087
=the =bill | weight=0.087
=not =touch | weight=0.087, noneg
=go =that | weight=0.087
=you =are | weight=0.087
=bank =side | weight=0.087
=helpdesk | weight=0.087
=cheap | weight=0.087
=switch =on | weight=0.086
=the =damage | weight=0.086
=business =not | weight=0.086, noneg
=courier =business | weight=0.086
=acted =like | weight=0.086
=have =sat | weight=0.086
=by =the | weight=0.086
