# blame_shifting, en: learned by scripts/learn.py from 3245 tuning texts (320 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Caller states agent told him it was 'his own stupid fault' for not reading the small print. Caller distressed.
+ Your support team keeps insisting the email I never received went to my spam folder. I've checked spam. I've checked everything. It's not there.
+ The insurer says the delay is down to the garage and the garage says they're waiting on the insurer. Meanwhile I've been without a car for five weeks and nobody I speak to can sort it.
- ok
- You've had my last penny.
=blamed | weight=0.538
=reckons | weight=0.440
=insisted | weight=0.371
=must =have | weight=0.362
=suggested | weight=0.333
=delivery =company | weight=0.303
=lies | weight=0.297
=goes | weight=0.287
=was =the | weight=0.283
=not =their | weight=0.281, noneg
=apparently | weight=0.271
=for =not | weight=0.270, noneg
=fault =for | weight=0.269
=not =our | weight=0.267, noneg
=manufacturer | weight=0.266
=the =missing | weight=0.265
=down =to | weight=0.262
=accused | weight=0.255
=apparently =the | weight=0.250
=contact =the | weight=0.247
=attributed | weight=0.241
=the =manufacturer | weight=0.238
=fault =the | weight=0.238
=response =for | weight=0.237
=chase | weight=0.236
=in =wrong | weight=0.234
=claim =i | weight=0.234
=mess =up | weight=0.228
=it =up | weight=0.228
=they =go | weight=0.226
=it =wasn't | weight=0.226, noneg
=on =arrived | weight=0.225
=due =to | weight=0.225
=basically | weight=0.224
=caused | weight=0.217
=so =it | weight=0.216
=buck | weight=0.215
=the =buck | weight=0.215
=parcel =was | weight=0.215
=delay =is | weight=0.215
=up =with | weight=0.213
=like =it | weight=0.212
=my =bank | weight=0.208
=passed =the | weight=0.208
=the =set | weight=0.207
=it =incorrect | weight=0.206
=her =the | weight=0.204
=wasn't =the | weight=0.203, noneg
=that =your | weight=0.200
=on =you | weight=0.199
=problem =not | weight=0.199, noneg
=department | weight=0.198
=was =that | weight=0.198
=response | weight=0.197
=maintain | weight=0.196
=it =wrong | weight=0.196
=it =my | weight=0.195
=driver =claim | weight=0.195
=seller | weight=0.194
=blamed =the | weight=0.194
=not =them | weight=0.194, noneg
=point =at | weight=0.193
=she =made | weight=0.191
=that =it | weight=0.189
=it =the | weight=0.189
=head =office | weight=0.189
=the =delay | weight=0.189
=not =read | weight=0.188, noneg
=the =leak | weight=0.187
=probably | weight=0.183
=repair =centre | weight=0.182
=your =card | weight=0.182
=claim =the | weight=0.182
=must've | weight=0.181
=i =didn't | weight=0.181, noneg
=items =for | weight=0.181
=keeps =says | weight=0.180
=implied | weight=0.176
=not =him | weight=0.176, noneg
=broke | weight=0.175
=error | weight=0.175
=they =claim | weight=0.175
=the =clerk | weight=0.175
=what =the | weight=0.172
=me =it | weight=0.172
=for =what | weight=0.171
=damage | weight=0.170
=was =down | weight=0.169
=print | weight=0.169
=out =it | weight=0.168
=did =the | weight=0.168
=card =issuer | weight=0.166
=issuer | weight=0.166
=someone =else | weight=0.166
=problem | weight=0.166
=agent =wrote | weight=0.165
=put =it | weight=0.165
=caused =the | weight=0.165
=brought | weight=0.162
=cracked | weight=0.162
=it =your | weight=0.162
=nobody =own | weight=0.161, noneg
=i =never | weight=0.160, noneg
=control | weight=0.159
=somehow | weight=0.158
=never =dropped | weight=0.157, noneg
=swap =the | weight=0.157
=she =goes | weight=0.156
=says =talk | weight=0.156
=plumber | weight=0.156
=nobody =was | weight=0.156, noneg
=centre =is | weight=0.155
=i'm =supposed | weight=0.155
=always | weight=0.154
=said =the | weight=0.154
=the =seller | weight=0.154
=he =said | weight=0.154
=reckons =the | weight=0.153
=caused =by | weight=0.152
=the =payment | weight=0.151
=side | weight=0.151
=head | weight=0.149
=supplied =incorrect | weight=0.148
=they =accused | weight=0.147
=you =you | weight=0.146
=made =out | weight=0.146
=it =not | weight=0.146, noneg
=he =call | weight=0.146
=maintenance | weight=0.146
=supposed =use | weight=0.146
=won't =replacement | weight=0.146, noneg
=to =them | weight=0.146
=us =the | weight=0.145
=nothing =we | weight=0.145, noneg
=said =it | weight=0.145
=on =openreach | weight=0.145
=openreach | weight=0.145
=that =on | weight=0.144
=away =by | weight=0.144
=letter =away | weight=0.144
=courier | weight=0.144
=apparently =my | weight=0.144
=computer | weight=0.144
=the =previous | weight=0.143
=that =between | weight=0.143
=made | weight=0.142
=warehouse | weight=0.142
=incorrect | weight=0.142
=was =caused | weight=0.142
=down =the | weight=0.142
=the =small | weight=0.142
=nobody =will | weight=0.141, noneg
=is =with | weight=0.141
=supplied | weight=0.141
=the =driver | weight=0.141
=we =must | weight=0.140
=held =me | weight=0.140
=the =confirmation | weight=0.140
=the =stolen | weight=0.139
=not =us | weight=0.139, noneg
=it =on | weight=0.138
=onto | weight=0.138
=not =on | weight=0.138, noneg
=was =no | weight=0.138, noneg
=support | weight=0.138
=my =spam | weight=0.137
=always =someone | weight=0.137
=is =because | weight=0.137
=through =a | weight=0.137
=brought =it | weight=0.136
=failed | weight=0.136
=mate | weight=0.135
=said =we | weight=0.135
=store =says | weight=0.134
=must | weight=0.134
=it =broke | weight=0.133
=speed | weight=0.133
=the =double | weight=0.133
=phone =had | weight=0.133
=go =it | weight=0.133
=it =ur | weight=0.133
=double =charge | weight=0.133
=held | weight=0.132
=outage =is | weight=0.131
=clerk | weight=0.131
=shop =and | weight=0.131
=another =department | weight=0.131
=oh =that | weight=0.130
=problem =and | weight=0.130
=issue | weight=0.130
=claim | weight=0.130
=acted =like | weight=0.130
=laptop | weight=0.130
=outage | weight=0.130
=we'd | weight=0.129
=dpd | weight=0.129
=said =head | weight=0.129
=gp | weight=0.128
=fault =with | weight=0.128
=classic =passed | weight=0.128
=onto =the | weight=0.128
=because =my | weight=0.128
=support =said | weight=0.128
=but =i | weight=0.128
=landlord | weight=0.127
=were =the | weight=0.127
=the =airline | weight=0.127
=spam | weight=0.127
=misread | weight=0.127
=misread =the | weight=0.127
=it =a | weight=0.126
=you =must | weight=0.126
=the =delivery | weight=0.126
=oh | weight=0.125
=our =own | weight=0.124
=phone =i | weight=0.124
=not =my | weight=0.124, noneg
=the =cracked | weight=0.123
=it =arrived | weight=0.123
=snow | weight=0.123
=the =snow | weight=0.123
=their | weight=0.122
=she =told | weight=0.122
=ur | weight=0.122
=the =items | weight=0.122
=user =error | weight=0.121
=bank | weight=0.121
=rep | weight=0.121
=bought =a | weight=0.121
=that =i | weight=0.121
=have =the | weight=0.121
=take =it | weight=0.121
=rattle | weight=0.121
=meanwhile | weight=0.121
=lady =said | weight=0.121
=us =not | weight=0.121, noneg
=on =it | weight=0.121
=attributed =the | weight=0.120
=i'd =agreed | weight=0.120
=had =been | weight=0.119
=to =chase | weight=0.119
=suggested =i | weight=0.119
=basically =told | weight=0.119
=because =i | weight=0.118
=have =cancelled | weight=0.118
=he =put | weight=0.118
=dead | weight=0.118
=all =days | weight=0.118
=never =did | weight=0.118, noneg
=told =the | weight=0.118
=the =neighbour | weight=0.118
=delay | weight=0.118
=if =that | weight=0.117
=wasn't =on | weight=0.117, noneg
=had =not | weight=0.117, noneg
=down | weight=0.116
=department =not | weight=0.116, noneg
=response =not | weight=0.116, noneg
=other =and | weight=0.116
=should =look | weight=0.116
=the =invoice | weight=0.116
=accused =of | weight=0.116
=the =grounds | weight=0.116
=where =my | weight=0.115
=fault | weight=0.115
=been =home | weight=0.115
=i =shouldve | weight=0.115
=shouldve | weight=0.115
=shouldve =been | weight=0.115
=factory | weight=0.115
=the =factory | weight=0.115
=press | weight=0.115
=double | weight=0.115
=he =left | weight=0.115
=a =separate | weight=0.115
=wrong =the | weight=0.115
=this =company | weight=0.114
=missing | weight=0.114
=agreed =to | weight=0.114
=response =now | weight=0.114
=manager =said | weight=0.114
=shift | weight=0.114
=not =security | weight=0.114, noneg
=finger =at | weight=0.113
=the =finger | weight=0.113
=is =on | weight=0.113
=bank =says | weight=0.113
=they =told | weight=0.113
=small =print | weight=0.113
=centre | weight=0.113
=blamed =on | weight=0.113
=left =it | weight=0.111
=keeps =point | weight=0.111
=now =it | weight=0.111
=i =must've | weight=0.111
=payment =processors | weight=0.110
=processors | weight=0.110
=finger | weight=0.110
=the =battery | weight=0.110
=says =the | weight=0.110
=suggested =i'd | weight=0.110
=to =take | weight=0.110
=so =nothing | weight=0.109, noneg
=because =their | weight=0.109
=says =it | weight=0.109
=on =me | weight=0.108
=he =never | weight=0.108, noneg
=shop =assistant | weight=0.107
=they =trying | weight=0.107
=it =down | weight=0.107
=use =it | weight=0.107
=coordinator | weight=0.107
=ownership =of | weight=0.107
=pallets | weight=0.107
=take =any | weight=0.107
=not =from | weight=0.107, noneg
=soaked | weight=0.106
=their =end | weight=0.106
=the =letter | weight=0.106
=feel =response | weight=0.106
=that =cancelled | weight=0.106
=grounds | weight=0.105
=ring =my | weight=0.105
=claim =my | weight=0.105
=plugged =it | weight=0.105
=myself | weight=0.105
=why =my | weight=0.105
=leak | weight=0.104
=stolen =card | weight=0.104
=response =and | weight=0.104
=by =not | weight=0.104, noneg
=yer | weight=0.104
=goes =it | weight=0.104
=said =contact | weight=0.104
=reckons =it | weight=0.104
=my =house | weight=0.103
=when =we | weight=0.103
=the =rep | weight=0.103
=water =pressure | weight=0.103
=void | weight=0.103
=point =the | weight=0.103
=replacement =the | weight=0.103
=damage =it | weight=0.103
=computer =did | weight=0.102
=goes =the | weight=0.102
=when =the | weight=0.102
=refund =is | weight=0.102
=was =like | weight=0.102
=never =knocked | weight=0.102, noneg
=seam | weight=0.102
=ownership | weight=0.101
=she =suggested | weight=0.101
=the =damage | weight=0.101
=dealer =claim | weight=0.101
=accidental | weight=0.101
=i =ring | weight=0.101
=as =if | weight=0.101
=lovely =how | weight=0.101
=the =dealer | weight=0.101
=is =from | weight=0.100
=sooner | weight=0.100
=network =provider | weight=0.100
=cant | weight=0.100, noneg
=let =agent | weight=0.100
=the =let | weight=0.100
=insisted =the | weight=0.100
=ok | weight=0.100
=by =mistake | weight=0.099
=declined =my | weight=0.099
=each =other | weight=0.099
=man =in | weight=0.099
=acted | weight=0.099
=everyone =i | weight=0.098
=for =asked | weight=0.098
=that =we | weight=0.098
=you =keeps | weight=0.098
=was =broken | weight=0.098
=they =just | weight=0.097
=are =the | weight=0.097
=broken =it | weight=0.097
=was =her | weight=0.096
=beyond =your | weight=0.096
=your =control | weight=0.096
=wasn't =their | weight=0.096, noneg
=ate | weight=0.096
=the =computer | weight=0.096
=helpdesk =claim | weight=0.096
=outdated | weight=0.096
=outdated =and | weight=0.096
=landlord =and | weight=0.096
=landlord =point | weight=0.096
=point =back | weight=0.096
=not =open | weight=0.095, noneg
=glitch | weight=0.095
=for =it | weight=0.095
=never =even | weight=0.095, noneg
=every =department | weight=0.095
=software | weight=0.094
=own =do | weight=0.094
=pipe =and | weight=0.094
