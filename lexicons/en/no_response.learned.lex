# no_response, en: learned by scripts/learn.py from 3245 tuning texts (167 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Sent a message through your contact form on the 2nd. It's now the 20th. Silence.
+ dm'd you 5 days ago, left on read. cool
+ none of my letters have been acknowledged
- ok
- You've had my last penny.
=voicemails | weight=0.468
=respond | weight=0.393
=complaint =was | weight=0.387
=silence | weight=0.376
=heard | weight=0.358
=my =letter | weight=0.347
=three =letter | weight=0.346
=on =read | weight=0.342
=no =reply | weight=0.332, noneg
=acknowledgement | weight=0.322
=unanswered | weight=0.294
=nothing =back | weight=0.292, noneg
=since =march | weight=0.287
=my =message | weight=0.285
=not =one | weight=0.283, noneg
=never =got | weight=0.282, noneg
=haven't =heard | weight=0.281, noneg
=i =sent | weight=0.279
=contact =form | weight=0.269
=reply =after | weight=0.262
=gone =unacknowledged | weight=0.257
=unacknowledged | weight=0.257
=nobody =answer | weight=0.255, noneg
=get =back | weight=0.253
=not =even | weight=0.247, noneg
=ticket | weight=0.246
=a =response | weight=0.246
=the =surveyor | weight=0.245
=days =ago | weight=0.245
=left =on | weight=0.244
=message | weight=0.241
=without =any | weight=0.238, noneg
=message =through | weight=0.237
=vanished | weight=0.236
=not =a | weight=0.234, noneg
=remains | weight=0.234
=my =dm | weight=0.233
=eventually | weight=0.227
=ignored | weight=0.222
=three =email | weight=0.220
=since =i | weight=0.217
=from =them | weight=0.215
=to =reply | weight=0.214
=eleven =days | weight=0.211
=support =ticket | weight=0.209
=they =have | weight=0.207
=have =not | weight=0.206, noneg
=none =of | weight=0.204, noneg
=me =despite | weight=0.202
=do =they | weight=0.201
=not =received | weight=0.199, noneg
=nobody | weight=0.198, noneg
=to =any | weight=0.198
=and =never | weight=0.197, noneg
=to =respond | weight=0.195
=email =them | weight=0.195
=the =office | weight=0.193
=into =it | weight=0.190
=days =since | weight=0.190
=no-one | weight=0.188, noneg
=your =contact | weight=0.187
=correspondence | weight=0.186
=anybody | weight=0.186
=they =finally | weight=0.186
=but =nobody | weight=0.185, noneg
=been =acknowledgement | weight=0.185
=email =three | weight=0.185
=query | weight=0.184
=never =once | weight=0.182, noneg
=inbox | weight=0.182
=may =and | weight=0.181
=your =return | weight=0.181
=completely | weight=0.179
=automated =reply | weight=0.177
=email =baggage | weight=0.177
=my =email | weight=0.177
=email | weight=0.177
=message =and | weight=0.177
=and =not | weight=0.176, noneg
=as =an | weight=0.173
=an =acknowledgement | weight=0.173
=chat =says | weight=0.172
=not =once | weight=0.172, noneg
=total | weight=0.171
=to =answer | weight=0.171
=and =neither | weight=0.170, noneg
=heard =nothing | weight=0.168, noneg
=march =and | weight=0.168
=blood | weight=0.168
=council | weight=0.167
=to =him | weight=0.167
=ago | weight=0.167
=airline =keeps | weight=0.166
=compensation =claim | weight=0.166
=keeps =ignored | weight=0.166
=my =compensation | weight=0.166
=is =anyone | weight=0.165
=sitting | weight=0.165
=week =with | weight=0.165
=nobody =has | weight=0.164, noneg
=voicemails =for | weight=0.164
=has =gone | weight=0.163
=a =message | weight=0.162
=an =answer | weight=0.162
=never =did | weight=0.162, noneg
=email =about | weight=0.161
=request =for | weight=0.160
=the =conversation | weight=0.159
=ticket =has | weight=0.159
=open | weight=0.159
=ghosted | weight=0.159
=april | weight=0.159
=letter | weight=0.158
=number =nothing | weight=0.158, noneg
=none | weight=0.157, noneg
=to =us | weight=0.157
=waiting =two | weight=0.155
=wrote =to | weight=0.155
=why =is | weight=0.154
=form =is | weight=0.154
=them =in | weight=0.153
=last =tuesday | weight=0.153
=my =call | weight=0.152
=heard =absolutely | weight=0.152
=filled | weight=0.151
=dead =end | weight=0.151
=have =heard | weight=0.150
=not =had | weight=0.148, noneg
=radio | weight=0.148
=radio =silence | weight=0.148
=sent =a | weight=0.147
=a =reply | weight=0.147
=finally | weight=0.147
=to =them | weight=0.147
=appeared =to | weight=0.147
=your =complaint | weight=0.147
=response =to | weight=0.146
=read =by | weight=0.146
=quiet | weight=0.143
=days =which | weight=0.143
=stop | weight=0.143
=nobody =ever | weight=0.142, noneg
=is =nobody | weight=0.141, noneg
=customer =reported | weight=0.141
=complaint | weight=0.140
=sent =two | weight=0.140
=void | weight=0.140
=raised =a | weight=0.139
=great =service | weight=0.139
=email =into | weight=0.139
=and =heard | weight=0.139
=only =got | weight=0.137
=writing =to | weight=0.137
=week =for | weight=0.136
=halfway | weight=0.136
=halfway =through | weight=0.136
=once =the | weight=0.136
=twice =and | weight=0.136
=go =unanswered | weight=0.135
=conversation | weight=0.134
=email =was | weight=0.134
=waiting =on | weight=0.132
=you =on | weight=0.132
=you =could | weight=0.132
=any | weight=0.132
=a =dead | weight=0.132
=dm'd | weight=0.131
=ever =answer | weight=0.130
=and =ignored | weight=0.128
=since =january | weight=0.126
=email =to | weight=0.126
=hrs =and | weight=0.126
=dms | weight=0.126
=been =waiting | weight=0.125
=twice =about | weight=0.125
=open =since | weight=0.125
=absolutely =nothing | weight=0.125, noneg
=reply =on | weight=0.124
=surveyor | weight=0.124
=support | weight=0.123
=reply =in | weight=0.122
=after =eleven | weight=0.122
=no =acknowledgement | weight=0.122, noneg
=has =sat | weight=0.121
=baggage =service | weight=0.121
=them =three | weight=0.120
=written =to | weight=0.120
=address =is | weight=0.120
=read =and | weight=0.119
=it =saturday | weight=0.119
=been =sitting | weight=0.119
=ago =and | weight=0.118
=the =seller | weight=0.118
=send =email | weight=0.117
=email =and | weight=0.116
=every =days | weight=0.116
=by =which | weight=0.116
=seller | weight=0.116
=days =by | weight=0.115
=support =team | weight=0.115
=monday =it | weight=0.114
=is =anybody | weight=0.114
=awaiting | weight=0.114
=still =awaiting | weight=0.114
=appeared | weight=0.113
=no =response | weight=0.113, noneg
=simply =stop | weight=0.113
=complaint =form | weight=0.113
=answer =my | weight=0.113
=got =no | weight=0.113, noneg
=email =address | weight=0.113
=the =bin | weight=0.113
=three =week | weight=0.112
=and =i've | weight=0.112
=the =chat | weight=0.112
=be =ignored | weight=0.112
=me =about | weight=0.111
=still =waiting | weight=0.111
=a =total | weight=0.111
=until =someone | weight=0.111
=as =acknowledgement | weight=0.111
=a =month | weight=0.110
=our =purchase | weight=0.110
=after =i | weight=0.110
=outstanding | weight=0.110
=june | weight=0.109
=week =after | weight=0.109
=second =email | weight=0.109
=look =into | weight=0.109
=sitting =there | weight=0.108
=acknowledgement =after | weight=0.108
=only =acknowledgement | weight=0.108
=no =one | weight=0.108, noneg
=the =energy | weight=0.108
=a =reference | weight=0.107
=the =council | weight=0.107
=department | weight=0.106
=time =before | weight=0.105
=was =read | weight=0.105
=form | weight=0.105
=eleven | weight=0.105
=month =ago | weight=0.105
=still =nothing | weight=0.104, noneg
=any =of | weight=0.104
=baggage | weight=0.104
=a =ticket | weight=0.103
=in =june | weight=0.102
=the =finally | weight=0.102
=be =adviser | weight=0.102
=please =be | weight=0.102
=from =anyone | weight=0.101
=seen | weight=0.101
=seen =and | weight=0.101
=and =still | weight=0.101
=fifth | weight=0.101
=great | weight=0.100
=went =quiet | weight=0.100
=so =your | weight=0.100
=sent =the | weight=0.099
=faulty =kettle | weight=0.099
=bothered =to | weight=0.098
=dms =have | weight=0.098
=my =dms | weight=0.098
=read =for | weight=0.098
=monday | weight=0.098
=control | weight=0.098
=neither | weight=0.098, noneg
=nd | weight=0.097
=a =claim | weight=0.097
=bothered | weight=0.097
=council =didn't | weight=0.097, noneg
=written | weight=0.097
=i =left | weight=0.096
=a =faulty | weight=0.096
=nothing =from | weight=0.095, noneg
=four =days | weight=0.094
=anybody =there | weight=0.094
=i =log | weight=0.094
=total =radio | weight=0.094
=it =been | weight=0.094
=didn't =bothered | weight=0.094, noneg
=dm | weight=0.094
=email =you | weight=0.094
=of =unsubscribing | weight=0.093
=acknowledgement =it | weight=0.093
=been =ten | weight=0.092
=january =without | weight=0.092, noneg
=dm'd =you | weight=0.092
=arrived =late | weight=0.091
=council =tax | weight=0.091
=honestly =think | weight=0.090
=mentioned =it | weight=0.090
=have =had | weight=0.090
=out =myself | weight=0.090
=is =my | weight=0.090
=hrs | weight=0.089
=rude =when | weight=0.089
=pleasant | weight=0.088
=pls =reply | weight=0.088
=raised | weight=0.088
=lodged | weight=0.088
=takeaway | weight=0.088
=to =your | weight=0.087
=a =double | weight=0.087
=open =ticket | weight=0.087
=just =stop | weight=0.087
=read =these | weight=0.087
=and =their | weight=0.086
=the =airline | weight=0.086
=a =black | weight=0.085
=black =hole | weight=0.085
=hole | weight=0.085
=which =time | weight=0.085
=been =ignored | weight=0.085
=transferred =my | weight=0.085
=took | weight=0.084
=five =time | weight=0.084
=for =six | weight=0.084
=purchase | weight=0.084
=automated | weight=0.084
=vanished =into | weight=0.084
=submit =a | weight=0.083
=came =after | weight=0.082
=u | weight=0.082
=be =correct | weight=0.082
=into | weight=0.082
=the =restaurant | weight=0.082
=yeah =so | weight=0.082
=until | weight=0.081
=these | weight=0.081
=answer =no | weight=0.081, noneg
=log | weight=0.081
=in =two | weight=0.081
=reply =from | weight=0.081
=the =claim | weight=0.080
=think =of | weight=0.080
=sitting =on | weight=0.080
=the =overcharge | weight=0.080
=through =the | weight=0.080
=branch =and | weight=0.080
=last =i | weight=0.080
=head =office | weight=0.079
=ages =ago | weight=0.079
=had =only | weight=0.079
=only =automated | weight=0.079
=already =sorted | weight=0.079
=support =for | weight=0.079
=keeps =go | weight=0.079
=none =were | weight=0.078, noneg
=i =mentioned | weight=0.078
=email =on | weight=0.078
=account =team | weight=0.078
=stop =respond | weight=0.078
=no =answer | weight=0.078, noneg
=account =still | weight=0.077
=complaint =team | weight=0.077
=ago =about | weight=0.077
=nothing =ever | weight=0.077, noneg
=bin | weight=0.077
=overbilled | weight=0.076
=has =failed | weight=0.076
=but =no | weight=0.076, noneg
=do =u | weight=0.076
=the =photos | weight=0.075
=filled =in | weight=0.075
=open =it | weight=0.075
=nothing | weight=0.075, noneg
=unsubscribing =the | weight=0.075
=four =email | weight=0.074
=sent =four | weight=0.074
=they =took | weight=0.074
=black | weight=0.074
=a =week | weight=0.074
=zip | weight=0.074
=on =and | weight=0.074
=unsubscribing | weight=0.073
=restaurant | weight=0.073
=ago =still | weight=0.073
=reported =the | weight=0.073
=aim | weight=0.072
=three | weight=0.072
=just =go | weight=0.072
=it =took | weight=0.072
=delivery =was | weight=0.071
=staff =were | weight=0.071
=or =do | weight=0.071
=answer =to | weight=0.071
=the =complaint | weight=0.070
=never =respond | weight=0.070, noneg
=go =in | weight=0.070
=they =sell | weight=0.069
=nobody =is | weight=0.069, noneg
=days =and | weight=0.069
=forwarded | weight=0.069
=says =we | weight=0.069
=does =anybody | weight=0.069
=website =says | weight=0.069
=bedroom | weight=0.068
=overpayment | weight=0.068
=the =overpayment | weight=0.068
