# blame_shifting, en: learned by scripts/learn.py from 2531 tuning texts (218 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ they passed the buck to the warehouse team
+ Everyone I speak to blames another department
+ they keep blaming the courier for my lost parcel
- You've had my last penny.
- just want my £40 back tbh
=blamed | weight=0.553
=reckons | weight=0.398
=insisted | weight=0.323
=must =have | weight=0.321
=blamed =the | weight=0.304
=lies | weight=0.295
=not =their | weight=0.293, noneg
=suggested | weight=0.291
=for =not | weight=0.282, noneg
=delivery =company | weight=0.279
=basically | weight=0.278
=fault =for | weight=0.272
=accused | weight=0.270
=not =our | weight=0.262, noneg
=claim =i | weight=0.256
=goes | weight=0.252
=response =for | weight=0.249
=it =up | weight=0.247
=like =it | weight=0.243
=was =the | weight=0.241
=it =a | weight=0.240
=your =card | weight=0.235
=mess =up | weight=0.232
=agent =wrote | weight=0.230
=it =my | weight=0.226
=the =double | weight=0.225
=down =to | weight=0.224
=attributed | weight=0.223
=the =missing | weight=0.221
=not =read | weight=0.219, noneg
=up =with | weight=0.219
=it =wasn't | weight=0.218, noneg
=buck | weight=0.218
=the =buck | weight=0.218
=chase | weight=0.216
=in =wrong | weight=0.216
=fault =the | weight=0.215
=on =arrived | weight=0.214
=it =on | weight=0.212
=passed =the | weight=0.210
=someone =else | weight=0.210
=it =not | weight=0.210, noneg
=it =incorrect | weight=0.209
=wasn't =the | weight=0.208, noneg
=the =leak | weight=0.206
=it =the | weight=0.204
=they =go | weight=0.204
=apparently | weight=0.202
=damage | weight=0.202
=the =delay | weight=0.200
=you =must | weight=0.200
=error | weight=0.198
=point =at | weight=0.197
=manufacturer | weight=0.196
=not =him | weight=0.196, noneg
=maintain | weight=0.196
=caused | weight=0.196
=seller | weight=0.195
=the =seller | weight=0.195
=it =wrong | weight=0.194
=courier | weight=0.193
=double | weight=0.192
=contact =the | weight=0.192
=she =made | weight=0.191
=caused =the | weight=0.191
=had =been | weight=0.184
=delay =is | weight=0.184
=it =your | weight=0.182
=head =office | weight=0.181
=items =for | weight=0.176
=left =it | weight=0.176
=for =what | weight=0.174
=the =set | weight=0.172
=it =broke | weight=0.172
=apparently =the | weight=0.171
=what =the | weight=0.171
=parcel =was | weight=0.170
=repair =centre | weight=0.169
=the =clerk | weight=0.166
=did =the | weight=0.165
=not =them | weight=0.165, noneg
=must | weight=0.163
=onto | weight=0.162
=said =head | weight=0.161
=problem | weight=0.160
=nobody =own | weight=0.160, noneg
=it =arrived | weight=0.160
=centre =is | weight=0.160
=reckons =the | weight=0.160
=always | weight=0.158
=fault | weight=0.157
=supplied =incorrect | weight=0.157
=side | weight=0.156
=says =talk | weight=0.156
=swap =the | weight=0.155
=held =me | weight=0.155
=supplied | weight=0.154
=was =down | weight=0.153
=incorrect | weight=0.153
=response | weight=0.153
=cracked | weight=0.153
=so =it | weight=0.152
=away =by | weight=0.152
=letter =away | weight=0.152
=claim =the | weight=0.152
=to =them | weight=0.152
=made =out | weight=0.152
=support =said | weight=0.151
=down | weight=0.151
=ur | weight=0.151
=put =it | weight=0.149
=wasn't =their | weight=0.148, noneg
=maintenance | weight=0.148
=said =to | weight=0.147
=somehow | weight=0.147
=that =it | weight=0.145
=us =not | weight=0.145, noneg
=nothing =we | weight=0.145, noneg
=phone =had | weight=0.144
=caused =by | weight=0.144
=delay | weight=0.144
=claim | weight=0.143
=nobody =in | weight=0.143, noneg
=is =on | weight=0.143
=missing | weight=0.143
=head | weight=0.142
=broke | weight=0.142
=the =delivery | weight=0.142
=the =parcel | weight=0.141
=my =house | weight=0.141
=another =department | weight=0.141
=they =accused | weight=0.140
=the =manufacturer | weight=0.140
=department | weight=0.140
=i =didn't | weight=0.139, noneg
=issue | weight=0.139
=not =us | weight=0.139, noneg
=they =can't | weight=0.139, noneg
=were =the | weight=0.138
=me =it | weight=0.136
=to =take | weight=0.135
=was =caused | weight=0.135
=due =to | weight=0.135
=the =cracked | weight=0.135
=outage | weight=0.135
=was =no | weight=0.135, noneg
=bank =says | weight=0.134
=i'm =supposed | weight=0.134
=supposed =use | weight=0.134
=won't =replacement | weight=0.134, noneg
=classic =passed | weight=0.134
=my =parcel | weight=0.134
=held | weight=0.133
=phone =i | weight=0.133
=gp | weight=0.133
=she =suggested | weight=0.133
=on =openreach | weight=0.132
=openreach | weight=0.132
=shrugged | weight=0.132
=print | weight=0.131
=i =ring | weight=0.131
=because =my | weight=0.131
=guy =in | weight=0.131
=oh =that | weight=0.131
=double =charge | weight=0.131
=is =says | weight=0.131
=basically =told | weight=0.131
=failed | weight=0.130
=nobody =will | weight=0.130, noneg
=i =did | weight=0.129
=clerk | weight=0.128
=never =did | weight=0.128, noneg
=the =driver | weight=0.127
=misread | weight=0.127
=misread =the | weight=0.127
=goes =it | weight=0.127
=her =the | weight=0.127
=was =broken | weight=0.127
=i'd =agreed | weight=0.126
=down =the | weight=0.126
=rep | weight=0.126
=refund =is | weight=0.126
=the =letter | weight=0.125
=on =me | weight=0.125
=snow | weight=0.125
=the =snow | weight=0.125
=agreed =to | weight=0.125
=always =someone | weight=0.124
=been =home | weight=0.124
=i =shouldve | weight=0.124
=shouldve | weight=0.124
=shouldve =been | weight=0.124
=problem =not | weight=0.124, noneg
=own =do | weight=0.123
=shop =and | weight=0.123
=they =claim | weight=0.123
=control | weight=0.123
=that =the | weight=0.122
=plugged =it | weight=0.121
=use =it | weight=0.121
=accused =of | weight=0.121
=not =open | weight=0.121, noneg
=they =trying | weight=0.121
=she =told | weight=0.120
=leak | weight=0.119
=he =left | weight=0.119
=outage =is | weight=0.119
=you =and | weight=0.118
=me =they | weight=0.118
=made | weight=0.118
=the =email | weight=0.118
=finger =at | weight=0.117
=the =finger | weight=0.117
=is =from | weight=0.116
=out =it | weight=0.116
=he =put | weight=0.115
=response =and | weight=0.115
=i =never | weight=0.115, noneg
=suggested =i | weight=0.115
=our =own | weight=0.114
=computer =did | weight=0.114
=goes =the | weight=0.114
=she =goes | weight=0.114
=feel =response | weight=0.114
=that =cancelled | weight=0.114
=not =security | weight=0.114, noneg
=fault =with | weight=0.114
=go =it | weight=0.114
=it =ur | weight=0.114
=not =my | weight=0.114, noneg
=computer | weight=0.113
=fault =is | weight=0.113
=are =the | weight=0.113
=onto =the | weight=0.113
=parcel =is | weight=0.112
=mess | weight=0.112
=blamed =on | weight=0.111
=soaked | weight=0.111
=oh | weight=0.110
=finger | weight=0.110
=they | weight=0.110
=landlord | weight=0.109
=money =not | weight=0.108, noneg
=where =my | weight=0.108
=that =i | weight=0.107
=the =airline | weight=0.107
=did =it | weight=0.107
=the =items | weight=0.107
=brought | weight=0.106
=point =the | weight=0.106
=the =waiter | weight=0.106
=the =kitchen | weight=0.106
=my =bank | weight=0.106
=other =and | weight=0.106
=attributed =the | weight=0.106
=coordinator | weight=0.106
=ownership | weight=0.106
=ownership =of | weight=0.106
=pallets | weight=0.106
=take =any | weight=0.106
=bank =side | weight=0.106
=take =it | weight=0.106
=this =company | weight=0.106
=the =water | weight=0.105
=reckons =it | weight=0.105
=to =blamed | weight=0.105
=mistake | weight=0.105
=let =agent | weight=0.105
=the =let | weight=0.105
=waiter | weight=0.104
=house | weight=0.104
=probably | weight=0.104
=not =from | weight=0.104, noneg
=side =not | weight=0.104, noneg
=centre | weight=0.103
=of =dropped | weight=0.103
=washing | weight=0.103
=wrote | weight=0.103
=keeps =point | weight=0.103
=not =response | weight=0.103, noneg
=when =it | weight=0.103
=every =department | weight=0.103
=user =error | weight=0.103
=is =with | weight=0.103
=do =and | weight=0.103
=mix | weight=0.102
=mix =up | weight=0.102
=by =not | weight=0.102, noneg
=washing =it | weight=0.102
=plumber | weight=0.102
=the =plumber | weight=0.102
=the =courier | weight=0.102
=only =the | weight=0.101
=claim =my | weight=0.101
=landlord =and | weight=0.101
=landlord =point | weight=0.101
=point =back | weight=0.101
=says =it | weight=0.101
=payment =provider | weight=0.101
=shouted | weight=0.101
=when =the | weight=0.101
=for =asked | weight=0.101
=said =they're | weight=0.101
=that =your | weight=0.100
=capacity | weight=0.100
=we'd | weight=0.100
=meanwhile | weight=0.100
=declined =my | weight=0.100
=classic | weight=0.100
=everyone =i | weight=0.100
=they =says | weight=0.100
=my =driving | weight=0.099
=driver | weight=0.099
=said =the | weight=0.099
=shift | weight=0.099
=so =nothing | weight=0.098, noneg
=bank | weight=0.098
=not =touch | weight=0.097, noneg
=and =refused | weight=0.097
=my =refund | weight=0.096
=they =just | weight=0.096
=payment =processors | weight=0.096
=processors | weight=0.096
=have =read | weight=0.096
=accused =me | weight=0.096
=back =at | weight=0.096
=glitch | weight=0.096
=cos =of | weight=0.096
=the =flight | weight=0.096
=mould =is | weight=0.096
=the =upgrade | weight=0.094
=helpdesk =claim | weight=0.094
=outdated | weight=0.094
=outdated =and | weight=0.094
=fraud | weight=0.094
=laptop | weight=0.094
=bought =a | weight=0.094
=have =sat | weight=0.093
=wrong =charger | weight=0.093
=lovely =how | weight=0.093
=maybe | weight=0.093
=the =previous | weight=0.093
=the =payment | weight=0.093
=the =grounds | weight=0.092
=something =wrong | weight=0.092
=the =warehouse | weight=0.092
=warehouse | weight=0.092
=cheap | weight=0.092
=an =oversight | weight=0.091
=my =part | weight=0.091
=oversight | weight=0.091
=oversight =on | weight=0.091
=the =rep | weight=0.091
=is =because | weight=0.091
=too =old | weight=0.091
=go =that | weight=0.091
=typical | weight=0.090
=had =not | weight=0.090, noneg
=agent =point | weight=0.089
=leak =is | weight=0.089
=maintain =that | weight=0.089
=centre =made | weight=0.089
=i'd =damage | weight=0.089
=jug | weight=0.089
=out =that | weight=0.089
=the =mould | weight=0.089
=agent =says | weight=0.089
=me =of | weight=0.089
=helpdesk | weight=0.089
=my =watch | weight=0.089
=each =other | weight=0.089
=just =point | weight=0.089
=of =fixed | weight=0.089
=the =outage | weight=0.089
=dropped | weight=0.089
=properly | weight=0.088
=firm =and | weight=0.088
=haulage | weight=0.088
=haulage =firm | weight=0.088
=the =haulage | weight=0.088
=at =our | weight=0.088
=seal | weight=0.088
=the =seal | weight=0.088
=the =gp | weight=0.088
=been =fiddling | weight=0.088
=they =basically | weight=0.088
=the =money | weight=0.087
=fault =lies | weight=0.087
=lies =with | weight=0.087
=total | weight=0.087
=thrown | weight=0.087
=beyond =your | weight=0.087
=your =control | weight=0.087
=supposed | weight=0.087
=it =down | weight=0.086
=now =it | weight=0.086
=you =chose | weight=0.086
=wiring | weight=0.085
=you =are | weight=0.085
=my =router | weight=0.085
