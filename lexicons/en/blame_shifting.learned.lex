# blame_shifting, en: learned by scripts/learn.py from 3044 tuning texts (257 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Caller states agent told him it was 'his own stupid fault' for not reading the small print. Caller distressed.
+ The insurer says the delay is down to the garage and the garage says they're waiting on the insurer. Meanwhile I've been without a car for five weeks and nobody I speak to can sort it.
+ they passed the buck to the warehouse team
- ok
- You've had my last penny.
=blamed | weight=0.564
=reckons | weight=0.405
=must =have | weight=0.358
=insisted | weight=0.348
=lies | weight=0.314
=suggested | weight=0.297
=delivery =company | weight=0.295
=blamed =the | weight=0.292
=not =their | weight=0.286, noneg
=for =not | weight=0.285, noneg
=fault =for | weight=0.270
=claim =i | weight=0.269
=down =to | weight=0.268
=not =our | weight=0.258, noneg
=basically | weight=0.256
=contact =the | weight=0.250
=response =for | weight=0.248
=accused | weight=0.248
=was =the | weight=0.240
=the =missing | weight=0.239
=fault =the | weight=0.238
=goes | weight=0.231
=up =with | weight=0.230
=attributed | weight=0.226
=it =up | weight=0.225
=manufacturer | weight=0.224
=caused | weight=0.222
=on =arrived | weight=0.222
=your =card | weight=0.221
=like =it | weight=0.220
=mess =up | weight=0.219
=buck | weight=0.219
=the =buck | weight=0.219
=apparently | weight=0.216
=in =wrong | weight=0.216
=wasn't =the | weight=0.213, noneg
=agent =wrote | weight=0.212
=was =down | weight=0.212
=so =it | weight=0.210
=passed =the | weight=0.210
=they =go | weight=0.209
=it =incorrect | weight=0.208
=not =read | weight=0.205, noneg
=the =delay | weight=0.205
=it =my | weight=0.203
=her =the | weight=0.201
=error | weight=0.198
=it =wasn't | weight=0.197, noneg
=the =double | weight=0.197
=not =him | weight=0.196, noneg
=it =wrong | weight=0.196
=it =the | weight=0.194
=damage | weight=0.194
=problem =not | weight=0.193, noneg
=caused =the | weight=0.192
=chase | weight=0.190
=the =leak | weight=0.189
=maintain | weight=0.189
=courier | weight=0.188
=problem | weight=0.186
=the =manufacturer | weight=0.186
=that =your | weight=0.186
=she =made | weight=0.185
=apparently =the | weight=0.183
=double | weight=0.183
=you =must | weight=0.182
=items =for | weight=0.181
=seller | weight=0.181
=the =seller | weight=0.181
=point =at | weight=0.181
=the =clerk | weight=0.180
=claim =the | weight=0.180
=delay =is | weight=0.180
=it =on | weight=0.179
=parcel =was | weight=0.178
=it =your | weight=0.176
=not =them | weight=0.175, noneg
=what =the | weight=0.175
=response | weight=0.175
=broke | weight=0.175
=for =what | weight=0.175
=side | weight=0.174
=i =didn't | weight=0.174, noneg
=somehow | weight=0.172
=someone =else | weight=0.172
=head =office | weight=0.172
=repair =centre | weight=0.170
=plumber | weight=0.168
=reckons =the | weight=0.167
=another =department | weight=0.167
=it =a | weight=0.167
=seam | weight=0.166
=that =it | weight=0.166
=is =because | weight=0.166
=onto | weight=0.165
=maintenance | weight=0.165
=put =it | weight=0.164
=due =to | weight=0.162
=fault | weight=0.162
=always | weight=0.161
=the =set | weight=0.161
=supplied =incorrect | weight=0.161
=nobody =own | weight=0.161, noneg
=centre =is | weight=0.159
=had =been | weight=0.159
=it =not | weight=0.159, noneg
=held =me | weight=0.158
=says =talk | weight=0.157
=control | weight=0.155
=take =it | weight=0.155
=swap =the | weight=0.154
=said =head | weight=0.154
=my =parcel | weight=0.154
=made =out | weight=0.154
=support =said | weight=0.152
=print | weight=0.150
=incorrect | weight=0.150
=she =told | weight=0.149
=must | weight=0.148
=it =arrived | weight=0.147
=did =the | weight=0.146
=phone =had | weight=0.146
=caused =by | weight=0.146
=clerk | weight=0.145
=nothing =we | weight=0.145, noneg
=they =accused | weight=0.144
=supplied | weight=0.144
=never =dropped | weight=0.144, noneg
=away =by | weight=0.143
=letter =away | weight=0.143
=bank =says | weight=0.142
=not =us | weight=0.142, noneg
=delay | weight=0.142
=head | weight=0.140
=i =never | weight=0.140, noneg
=is =on | weight=0.140
=failed | weight=0.140
=claim | weight=0.139
=missing | weight=0.138
=issue | weight=0.138
=left =it | weight=0.138
=to =them | weight=0.137
=i'm =supposed | weight=0.137
=supposed =use | weight=0.137
=won't =replacement | weight=0.137, noneg
=on =openreach | weight=0.136
=openreach | weight=0.136
=me =it | weight=0.135
=the =cracked | weight=0.135
=it =broke | weight=0.134
=always =someone | weight=0.134
=he =left | weight=0.133
=snow | weight=0.132
=the =snow | weight=0.132
=said =the | weight=0.132
=been =home | weight=0.132
=i =shouldve | weight=0.132
=shouldve | weight=0.132
=shouldve =been | weight=0.132
=was =broken | weight=0.132
=phone =i | weight=0.131
=department | weight=0.130
=were =the | weight=0.130
=the =items | weight=0.129
=cracked | weight=0.129
=soaked | weight=0.129
=go =it | weight=0.129
=it =ur | weight=0.129
=us =not | weight=0.129, noneg
=computer | weight=0.129
=the =driver | weight=0.129
=classic =passed | weight=0.128
=said =to | weight=0.128
=nobody =in | weight=0.128, noneg
=outage =is | weight=0.127
=oh =that | weight=0.126
=was =no | weight=0.126, noneg
=gp | weight=0.126
=dead | weight=0.126
=double =charge | weight=0.126
=she =suggested | weight=0.124
=they =claim | weight=0.124
=not =my | weight=0.124, noneg
=nobody =will | weight=0.124, noneg
=i'd =agreed | weight=0.124
=attributed =the | weight=0.123
=you =and | weight=0.123
=said =contact | weight=0.123
=basically =told | weight=0.122
=was =caused | weight=0.122
=plugged =it | weight=0.122
=that =the | weight=0.122
=down | weight=0.121
=me =they | weight=0.121
=the =dealer | weight=0.120
=he =put | weight=0.120
=because =i | weight=0.120
=never =did | weight=0.120, noneg
=because =my | weight=0.120
=fault =with | weight=0.119
=rattle | weight=0.119
=our =own | weight=0.119
=down =the | weight=0.119
=shrugged | weight=0.119
=on =me | weight=0.119
=onto =the | weight=0.119
=my =bank | weight=0.118
=refund =is | weight=0.118
=water =pressure | weight=0.117
=computer =did | weight=0.117
=goes =the | weight=0.117
=she =goes | weight=0.117
=it =down | weight=0.117
=out =it | weight=0.116
=outage | weight=0.116
=the =email | weight=0.115
=the =grounds | weight=0.115
=manager =said | weight=0.115
=agreed =to | weight=0.115
=dropped | weight=0.115
=ur | weight=0.115
=is =with | weight=0.114
=i =ring | weight=0.114
=probably | weight=0.114
=where =my | weight=0.113
=mess | weight=0.113
=money =not | weight=0.113, noneg
=dealer =claim | weight=0.113
=wasn't =their | weight=0.113, noneg
=landlord | weight=0.112
=every =department | weight=0.112
=goes =it | weight=0.112
=shop =and | weight=0.112
=by =not | weight=0.111, noneg
=oh | weight=0.111
=misread | weight=0.111
=misread =the | weight=0.111
=rep | weight=0.111
=finger =at | weight=0.111
=the =finger | weight=0.111
=made | weight=0.111
=pipe =and | weight=0.110
=this =company | weight=0.110
=not =open | weight=0.110, noneg
=accused =of | weight=0.110
=they =trying | weight=0.110
=suggested =i | weight=0.109
=is =says | weight=0.108
=are =the | weight=0.108
=use =it | weight=0.108
=the =letter | weight=0.108
=claim =my | weight=0.107
=did =it | weight=0.107
=the =delivery | weight=0.107
=brought | weight=0.107
=centre | weight=0.106
=do =and | weight=0.106
=blamed =on | weight=0.106
=not =security | weight=0.106, noneg
=it =was | weight=0.105
=point =the | weight=0.105
=my =watch | weight=0.105
=grounds | weight=0.105
=finger | weight=0.105
=response =not | weight=0.105, noneg
=held | weight=0.104
=parcel =is | weight=0.104
=they =says | weight=0.104
=glitch | weight=0.104
=response =and | weight=0.104
=wrote | weight=0.104
=leak | weight=0.103
=other =and | weight=0.103
=shift | weight=0.103
=is =from | weight=0.103
=and =refused | weight=0.103
=the =waiter | weight=0.103
=so =nothing | weight=0.103, noneg
=feel =response | weight=0.103
=that =cancelled | weight=0.103
=the =airline | weight=0.103
=that =i | weight=0.102
=coordinator | weight=0.102
=ownership | weight=0.102
=ownership =of | weight=0.102
=pallets | weight=0.102
=take =any | weight=0.102
=they =can't | weight=0.102, noneg
=mix | weight=0.102
=mix =up | weight=0.102
=payment =provider | weight=0.102
=maybe | weight=0.101
=user =error | weight=0.100
=for =asked | weight=0.100
=they | weight=0.100
=guy =in | weight=0.100
=keeps =point | weight=0.100
=the =computer | weight=0.098
=should =contact | weight=0.098
=store =manager | weight=0.098
=landlord =and | weight=0.098
=landlord =point | weight=0.098
=point =back | weight=0.098
=meanwhile | weight=0.098
=the =plumber | weight=0.097
=fraud | weight=0.097
=lovely =how | weight=0.097
=reckons =it | weight=0.097
=my =house | weight=0.097
=talk =to | weight=0.097
=the =kitchen | weight=0.097
=the =courier | weight=0.096
=helpdesk =claim | weight=0.096
=outdated | weight=0.096
=outdated =and | weight=0.096
=own =do | weight=0.096
=agent =says | weight=0.096
=the =rep | weight=0.096
=said =they're | weight=0.096
=problem =and | weight=0.096
=now =it | weight=0.096
=laptop | weight=0.095
=waiter | weight=0.095
=to =take | weight=0.095
=was =her | weight=0.095
=back =at | weight=0.094
=mistake | weight=0.094
=from =us | weight=0.094
=have =sat | weight=0.094
=payment =processors | weight=0.094
=processors | weight=0.094
=only =the | weight=0.094
=so =apparently | weight=0.093
=classic | weight=0.093
=washing =it | weight=0.093
=accused =me | weight=0.093
=man =in | weight=0.093
=i =did | weight=0.093
=the =warehouse | weight=0.092
=warehouse | weight=0.092
=leak =is | weight=0.092
=the =flight | weight=0.092
=with =this | weight=0.092
=let =agent | weight=0.092
=the =let | weight=0.092
=cos =of | weight=0.092
=forwarded =me | weight=0.092
=way | weight=0.092
=declined =my | weight=0.092
=shop =said | weight=0.091
=bank | weight=0.091
=typical | weight=0.091
=helpdesk | weight=0.091
=dropped =are | weight=0.091
=not =response | weight=0.091, noneg
=to =blamed | weight=0.090
=washing | weight=0.090
=we'd | weight=0.090
=act =like | weight=0.090
=the =bill | weight=0.090
=the =money | weight=0.090
=obviously | weight=0.090
=your =problem | weight=0.090
=mate | weight=0.090
=me =of | weight=0.090
=user | weight=0.090
=passed | weight=0.090
=the =rattle | weight=0.089
=they =told | weight=0.089
=not =from | weight=0.089, noneg
=cheek | weight=0.089
=the =cheek | weight=0.089
=at =all | weight=0.089
=the =upgrade | weight=0.089
=thrown | weight=0.089
=my =refund | weight=0.089
=yer | weight=0.089
=side =not | weight=0.089, noneg
=asked =where | weight=0.088
=agent =point | weight=0.088
=the =confirmation | weight=0.088
=centre =made | weight=0.087
=i'd =damage | weight=0.087
=jug | weight=0.087
=out =that | weight=0.087
=fault =lies | weight=0.087
=lies =with | weight=0.087
=issue =and | weight=0.087
=bank =side | weight=0.087
=something =wrong | weight=0.087
=everyone =i | weight=0.087
=crashing =is | weight=0.086
=hotel | weight=0.086
=we =had | weight=0.086
=so =the | weight=0.085
=an =oversight | weight=0.085
=my =part | weight=0.085
=oversight | weight=0.085
=oversight =on | weight=0.085
=states =it | weight=0.085
