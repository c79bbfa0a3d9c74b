# blame_shifting, en: learned by scripts/learn.py from 3044 tuning texts (257 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Caller states agent told him it was 'his own stupid fault' for not reading the small print. Caller distressed.
+ they passed the buck to the warehouse team
+ Everyone I speak to blames another department
- ok
- You've had my last penny.
=blamed | weight=0.563
=reckons | weight=0.388
=insisted | weight=0.343
=must =have | weight=0.342
=lies | weight=0.304
=suggested | weight=0.293
=blamed =the | weight=0.292
=delivery =company | weight=0.284
=for =not | weight=0.280, noneg
=not =their | weight=0.276, noneg
=fault =for | weight=0.270
=not =our | weight=0.259, noneg
=was =the | weight=0.258
=basically | weight=0.254
=response =for | weight=0.253
=the =missing | weight=0.253
=down =to | weight=0.251
=claim =i | weight=0.247
=contact =the | weight=0.245
=accused | weight=0.244
=goes | weight=0.234
=manufacturer | weight=0.233
=attributed | weight=0.228
=fault =the | weight=0.227
=up =with | weight=0.223
=buck | weight=0.222
=the =buck | weight=0.222
=caused | weight=0.222
=it =up | weight=0.222
=like =it | weight=0.219
=your =card | weight=0.219
=mess =up | weight=0.219
=in =wrong | weight=0.216
=wasn't =the | weight=0.216, noneg
=passed =the | weight=0.214
=agent =wrote | weight=0.213
=on =arrived | weight=0.210
=they =go | weight=0.210
=not =read | weight=0.207, noneg
=so =it | weight=0.206
=apparently | weight=0.204
=it =incorrect | weight=0.203
=the =delay | weight=0.201
=was =down | weight=0.200
=it =wrong | weight=0.197
=it =wasn't | weight=0.196, noneg
=apparently =the | weight=0.195
=the =double | weight=0.195
=the =manufacturer | weight=0.195
=error | weight=0.195
=the =leak | weight=0.193
=you =must | weight=0.190
=it =the | weight=0.187
=her =the | weight=0.187
=she =made | weight=0.187
=caused =the | weight=0.187
=it =on | weight=0.186
=problem | weight=0.186
=chase | weight=0.186
=that =your | weight=0.186
=maintain | weight=0.185
=problem =not | weight=0.184, noneg
=seller | weight=0.184
=the =seller | weight=0.184
=not =him | weight=0.183, noneg
=it =my | weight=0.183
=courier | weight=0.182
=parcel =was | weight=0.182
=delay =is | weight=0.181
=double | weight=0.178
=point =at | weight=0.177
=items =for | weight=0.176
=the =clerk | weight=0.176
=it =your | weight=0.175
=nobody =own | weight=0.174, noneg
=broke | weight=0.174
=damage | weight=0.174
=side | weight=0.174
=seam | weight=0.172
=repair =centre | weight=0.172
=claim =the | weight=0.172
=i =didn't | weight=0.170, noneg
=someone =else | weight=0.170
=head =office | weight=0.169
=what =the | weight=0.169
=response | weight=0.169
=for =what | weight=0.169
=says =talk | weight=0.166
=that =it | weight=0.165
=is =because | weight=0.165
=due =to | weight=0.164
=maintenance | weight=0.163
=had =been | weight=0.163
=the =set | weight=0.163
=held =me | weight=0.162
=it =a | weight=0.161
=centre =is | weight=0.161
=said =head | weight=0.161
=plumber | weight=0.160
=always | weight=0.160
=another =department | weight=0.160
=not =them | weight=0.159, noneg
=somehow | weight=0.158
=reckons =the | weight=0.154
=control | weight=0.153
=bank =says | weight=0.152
=swap =the | weight=0.152
=made =out | weight=0.151
=supplied | weight=0.151
=put =it | weight=0.151
=it =arrived | weight=0.150
=my =parcel | weight=0.150
=never =dropped | weight=0.150, noneg
=supplied =incorrect | weight=0.149
=support =said | weight=0.148
=did =the | weight=0.148
=caused =by | weight=0.148
=is =on | weight=0.146
=take =it | weight=0.146
=phone =had | weight=0.145
=it =not | weight=0.144, noneg
=print | weight=0.144
=not =us | weight=0.143, noneg
=were =the | weight=0.143
=left =it | weight=0.142
=i =never | weight=0.142, noneg
=to =them | weight=0.142
=incorrect | weight=0.140
=nothing =we | weight=0.139, noneg
=issue | weight=0.139
=away =by | weight=0.139
=letter =away | weight=0.139
=they =accused | weight=0.138
=i'm =supposed | weight=0.138
=supposed =use | weight=0.138
=won't =replacement | weight=0.138, noneg
=missing | weight=0.138
=nobody =in | weight=0.137, noneg
=onto | weight=0.137
=fault | weight=0.137
=on =openreach | weight=0.136
=openreach | weight=0.136
=she =told | weight=0.136
=cracked | weight=0.135
=soaked | weight=0.135
=it =broke | weight=0.134
=head | weight=0.133
=down | weight=0.133
=oh =that | weight=0.133
=must | weight=0.133
=delay | weight=0.133
=failed | weight=0.133
=the =cracked | weight=0.133
=was =broken | weight=0.132
=go =it | weight=0.132
=it =ur | weight=0.132
=clerk | weight=0.131
=phone =i | weight=0.131
=classic =passed | weight=0.131
=was =caused | weight=0.130
=gp | weight=0.130
=us =not | weight=0.130, noneg
=down =the | weight=0.130
=department | weight=0.129
=been =home | weight=0.129
=i =shouldve | weight=0.129
=shouldve | weight=0.129
=shouldve =been | weight=0.129
=that =the | weight=0.129
=claim | weight=0.128
=snow | weight=0.128
=the =snow | weight=0.128
=you =and | weight=0.128
=always =someone | weight=0.127
=he =left | weight=0.127
=dead | weight=0.127
=attributed =the | weight=0.127
=not =my | weight=0.126, noneg
=the =items | weight=0.126
=me =it | weight=0.125
=computer | weight=0.124
=outage =is | weight=0.124
=she =suggested | weight=0.124
=nobody =will | weight=0.123, noneg
=our =own | weight=0.123
=the =dealer | weight=0.122
=rep | weight=0.122
=i'd =agreed | weight=0.122
=because =i | weight=0.122
=the =driver | weight=0.122
=double =charge | weight=0.122
=never =did | weight=0.121, noneg
=response =not | weight=0.121, noneg
=said =the | weight=0.121
=my =bank | weight=0.121
=said =to | weight=0.120
=me =they | weight=0.120
=was =no | weight=0.120, noneg
=every =department | weight=0.120
=because =my | weight=0.119
=shop =and | weight=0.119
=refund =is | weight=0.119
=shrugged | weight=0.119
=he =put | weight=0.118
=basically =told | weight=0.118
=plugged =it | weight=0.118
=did =it | weight=0.118
=water =pressure | weight=0.116
=they =claim | weight=0.116
=money =not | weight=0.115, noneg
=wasn't =their | weight=0.115, noneg
=use =it | weight=0.115
=outage | weight=0.115
=on =me | weight=0.115
=landlord | weight=0.115
=computer =did | weight=0.115
=goes =the | weight=0.115
=she =goes | weight=0.115
=held | weight=0.114
=fault =with | weight=0.114
=dealer =claim | weight=0.114
=out =it | weight=0.113
=agreed =to | weight=0.113
=goes =it | weight=0.113
=they =trying | weight=0.112
=rattle | weight=0.112
=said =contact | weight=0.112
=misread | weight=0.112
=misread =the | weight=0.112
=i =ring | weight=0.112
=made | weight=0.112
=is =with | weight=0.111
=finger =at | weight=0.111
=the =finger | weight=0.111
=suggested =i | weight=0.111
=where =my | weight=0.110
=centre | weight=0.110
=accused =of | weight=0.110
=glitch | weight=0.110
=not =open | weight=0.109, noneg
=payment =provider | weight=0.109
=they =can't | weight=0.109, noneg
=onto =the | weight=0.109
=ur | weight=0.109
=so =nothing | weight=0.109, noneg
=do =and | weight=0.109
=by =not | weight=0.109, noneg
=dropped | weight=0.108
=the =delivery | weight=0.108
=blamed =on | weight=0.108
=guy =in | weight=0.107
=and =refused | weight=0.107
=is =from | weight=0.107
=not =security | weight=0.106, noneg
=feel =response | weight=0.106
=that =cancelled | weight=0.106
=finger | weight=0.106
=wrote | weight=0.106
=this =company | weight=0.106
=pipe =and | weight=0.106
=own =do | weight=0.106
=manager =said | weight=0.106
=mess | weight=0.106
=probably | weight=0.105
=oh | weight=0.105
=leak | weight=0.105
=store =manager | weight=0.104
=is =says | weight=0.104
=claim =my | weight=0.104
=it =down | weight=0.104
=they =says | weight=0.103
=the =airline | weight=0.103
=landlord =and | weight=0.103
=landlord =point | weight=0.103
=point =back | weight=0.103
=the =grounds | weight=0.103
=my =watch | weight=0.103
=problem =and | weight=0.103
=other =and | weight=0.103
=the =email | weight=0.103
=point =the | weight=0.103
=response =and | weight=0.102
=coordinator | weight=0.102
=ownership | weight=0.102
=ownership =of | weight=0.102
=pallets | weight=0.102
=take =any | weight=0.102
=the =letter | weight=0.101
=for =asked | weight=0.101
=meanwhile | weight=0.101
=leak =is | weight=0.100
=talk =to | weight=0.100
=back =at | weight=0.100
=the =warehouse | weight=0.100
=warehouse | weight=0.100
=let =agent | weight=0.099
=the =let | weight=0.099
=reckons =it | weight=0.099
=maybe | weight=0.099
=lovely =how | weight=0.098
=the =rep | weight=0.098
=they | weight=0.098
=the =waiter | weight=0.098
=parcel =is | weight=0.098
=i =did | weight=0.098
=agent =says | weight=0.098
=from =us | weight=0.097
=was =her | weight=0.097
=are =the | weight=0.097
=fraud | weight=0.096
=user =error | weight=0.096
=now =it | weight=0.096
=only =the | weight=0.096
=mix | weight=0.096
=mix =up | weight=0.096
=brought | weight=0.095
=said =they're | weight=0.095
=keeps =point | weight=0.095
=mistake | weight=0.095
=bank | weight=0.095
=to =blamed | weight=0.094
=shift | weight=0.094
=payment =processors | weight=0.094
=processors | weight=0.094
=way | weight=0.094
=not =from | weight=0.094, noneg
=not =response | weight=0.094, noneg
=yer | weight=0.094
=my =house | weight=0.094
=the =money | weight=0.094
=to =take | weight=0.094
=that =i | weight=0.094
=the =bill | weight=0.094
=agent =point | weight=0.094
=side =not | weight=0.094, noneg
=cos =of | weight=0.094
=waiter | weight=0.093
=have =sat | weight=0.093
=classic | weight=0.092
=helpdesk =claim | weight=0.092
=outdated | weight=0.092
=outdated =and | weight=0.092
=the =plumber | weight=0.092
=the =courier | weight=0.092
=washing =it | weight=0.092
=laptop | weight=0.091
=shop =said | weight=0.091
=grounds | weight=0.091
=man =in | weight=0.091
=each =other | weight=0.091
=the =computer | weight=0.091
=they =told | weight=0.091
=my =refund | weight=0.091
=your =problem | weight=0.091
=washing | weight=0.090
=we'd | weight=0.090
=centre =made | weight=0.090
=i'd =damage | weight=0.090
=jug | weight=0.090
=out =that | weight=0.090
=declined =my | weight=0.090
=when =the | weight=0.089
=cheek | weight=0.089
=the =cheek | weight=0.089
=void | weight=0.089
=crashing | weight=0.089
=should =contact | weight=0.089
=typical | weight=0.089
=us =the | weight=0.089
=with =this | weight=0.089
=the =kitchen | weight=0.089
=asked =where | weight=0.088
=of =dropped | weight=0.088
=just =point | weight=0.088
=of =fixed | weight=0.088
=accused =me | weight=0.087
=an =oversight | weight=0.087
=my =part | weight=0.087
=oversight | weight=0.087
=oversight =on | weight=0.087
=should =have | weight=0.087
=dropped =are | weight=0.087
=capacity | weight=0.087
=crashing =is | weight=0.087
=it =switch | weight=0.087
=my =laptop | weight=0.087
=thrown | weight=0.087
=the =flight | weight=0.087
=everyone =i | weight=0.086
=not =touch | weight=0.086, noneg
=me =of | weight=0.086
=and =tear | weight=0.086
=wear =and | weight=0.086
=tariff | weight=0.086
=bank =side | weight=0.085
=the =confirmation | weight=0.085
=mould =is | weight=0.085
=fiddling | weight=0.085
=fiddling =with | weight=0.085
=helpdesk | weight=0.085
