# no_response, en: learned by scripts/learn.py from 3044 tuning texts (140 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ none of my letters have been acknowledged
+ Filled in your contact form twice. Silence.
+ Been waiting two weeks for a reply to my DM.
- ok
- You've had my last penny.
=voicemails | weight=0.413
=silence | weight=0.388
=three =letter | weight=0.345
=heard | weight=0.339
=no =reply | weight=0.336, noneg
=acknowledgement | weight=0.327
=on =read | weight=0.321
=unanswered | weight=0.303
=a =reply | weight=0.301
=nobody =answer | weight=0.289, noneg
=not =a | weight=0.288, noneg
=nothing =back | weight=0.284, noneg
=haven't =heard | weight=0.278, noneg
=never =got | weight=0.277, noneg
=i =sent | weight=0.275
=message | weight=0.271
=complaint =was | weight=0.270
=since =march | weight=0.265
=respond | weight=0.264
=the =surveyor | weight=0.260
=days =ago | weight=0.260
=contact =form | weight=0.253
=ticket | weight=0.250
=my =message | weight=0.244
=gone =unacknowledged | weight=0.238
=unacknowledged | weight=0.238
=my =letter | weight=0.236
=nobody | weight=0.234, noneg
=get =back | weight=0.233
=ignored | weight=0.231
=eventually | weight=0.229
=remains | weight=0.227
=vanished | weight=0.225
=my =dm | weight=0.225
=without =any | weight=0.222, noneg
=not =even | weight=0.222, noneg
=left =on | weight=0.221
=support =ticket | weight=0.221
=reply =after | weight=0.221
=my =email | weight=0.218
=message =through | weight=0.217
=do =they | weight=0.217
=email =three | weight=0.215
=have =not | weight=0.212, noneg
=email | weight=0.210
=none | weight=0.205, noneg
=a =response | weight=0.203
=me =despite | weight=0.203
=since =i | weight=0.201
=they =have | weight=0.200
=not =received | weight=0.199, noneg
=to =any | weight=0.197
=not =one | weight=0.196, noneg
=the =office | weight=0.195
=gone | weight=0.188
=query | weight=0.188
=but =nobody | weight=0.187, noneg
=days =since | weight=0.185
=is =anyone | weight=0.183
=automated =reply | weight=0.179
=email =baggage | weight=0.179
=been =acknowledgement | weight=0.179
=through =the | weight=0.178
=week =with | weight=0.177
=ago | weight=0.177
=correspondence | weight=0.177
=inbox | weight=0.176
=anybody | weight=0.176
=none =of | weight=0.176, noneg
=your =return | weight=0.174
=voicemails =for | weight=0.174
=never =once | weight=0.173, noneg
=from =them | weight=0.171
=never =did | weight=0.169, noneg
=council | weight=0.168
=and =never | weight=0.167, noneg
=an =acknowledgement | weight=0.167
=total | weight=0.167
=completely | weight=0.167
=to =reply | weight=0.166
=chat =says | weight=0.166
=your =contact | weight=0.165
=no =one | weight=0.165, noneg
=they =finally | weight=0.165
=sitting | weight=0.165
=request =for | weight=0.164
=as =an | weight=0.164
=to =us | weight=0.161
=your =complaint | weight=0.160
=blood | weight=0.160
=my =call | weight=0.160
=heard =absolutely | weight=0.158
=and =neither | weight=0.158, noneg
=eleven =days | weight=0.157
=number =nothing | weight=0.157, noneg
=airline =keeps | weight=0.155
=compensation =claim | weight=0.155
=keeps =ignored | weight=0.155
=my =compensation | weight=0.155
=finally | weight=0.154
=ghosted | weight=0.153
=have =heard | weight=0.152
=email =into | weight=0.152
=ignored =my | weight=0.152
=to =him | weight=0.152
=nobody =has | weight=0.151, noneg
=great =service | weight=0.151
=march =and | weight=0.150
=the =conversation | weight=0.149
=april | weight=0.149
=into =it | weight=0.149
=support | weight=0.148
=neither | weight=0.148, noneg
=and =heard | weight=0.147
=not =had | weight=0.145, noneg
=any | weight=0.145
=read =by | weight=0.144
=wrote | weight=0.144
=them =three | weight=0.144
=a =message | weight=0.143
=form =is | weight=0.142
=i =log | weight=0.142
=go =unanswered | weight=0.141
=void | weight=0.141
=why =is | weight=0.139
=and =ignored | weight=0.139
=response =to | weight=0.139
=them =in | weight=0.139
=radio | weight=0.138
=radio =silence | weight=0.138
=surveyor | weight=0.137
=hrs =and | weight=0.136
=customer =reported | weight=0.136
=has =gone | weight=0.136
=baggage =service | weight=0.135
=ticket =has | weight=0.135
=wrote =to | weight=0.134
=sent =a | weight=0.134
=dead =end | weight=0.133
=open =since | weight=0.133
=complaint | weight=0.133
=dms | weight=0.132
=letter | weight=0.132
=writing =to | weight=0.132
=ago =and | weight=0.132
=conversation | weight=0.131
=heard =nothing | weight=0.131, noneg
=after =eleven | weight=0.131
=no =acknowledgement | weight=0.130, noneg
=only =got | weight=0.130
=is =nobody | weight=0.130, noneg
=sent =two | weight=0.129
=since =january | weight=0.129
=the =chat | weight=0.128
=council =didn't | weight=0.126, noneg
=support =team | weight=0.125
=appeared =to | weight=0.125
=twice =about | weight=0.125
=email =about | weight=0.125
=quiet | weight=0.125
=absolutely =nothing | weight=0.125, noneg
=filled | weight=0.125
=to =answer | weight=0.123
=didn't =bothered | weight=0.122, noneg
=simply =stop | weight=0.122
=days =by | weight=0.122
=by =which | weight=0.121
=reply =on | weight=0.120
=nobody =is | weight=0.120, noneg
=acknowledgement =after | weight=0.120
=only =acknowledgement | weight=0.120
=halfway | weight=0.120
=halfway =through | weight=0.120
=it =saturday | weight=0.120
=nd | weight=0.119
=been =sitting | weight=0.119
=email =them | weight=0.119
=the =bin | weight=0.119
=got =no | weight=0.118, noneg
=to =them | weight=0.118
=month =ago | weight=0.118
=send =email | weight=0.118
=dm'd | weight=0.117
=email =was | weight=0.117
=you =could | weight=0.116
=email =to | weight=0.115
=reply =in | weight=0.115
=and =their | weight=0.115
=the =energy | weight=0.114
=form | weight=0.114
=open =ticket | weight=0.114
=stop =respond | weight=0.114
=department | weight=0.112
=any =of | weight=0.111
=baggage | weight=0.110
=monday =it | weight=0.110
=a =reference | weight=0.110
=after =i | weight=0.110
=a =month | weight=0.109
=so =your | weight=0.109
=is =a | weight=0.108
=waiting =on | weight=0.108
=nobody =could | weight=0.107, noneg
=a =dead | weight=0.107
=seller | weight=0.106
=the =seller | weight=0.106
=outstanding | weight=0.106
=waiting =two | weight=0.106
=awaiting | weight=0.106
=still =awaiting | weight=0.106
=complaint =form | weight=0.105
=none =were | weight=0.105, noneg
=still =nothing | weight=0.104, noneg
=hrs | weight=0.104
=our =purchase | weight=0.104
=was =read | weight=0.103
=which =time | weight=0.103
=had =no | weight=0.103, noneg
=a =claim | weight=0.103
=three =week | weight=0.102
=week =for | weight=0.102
=be =adviser | weight=0.102
=please =be | weight=0.102
=dm | weight=0.102
=as =acknowledgement | weight=0.102
=reported =the | weight=0.102
=from =anyone | weight=0.102
=four =days | weight=0.101
=in =two | weight=0.101
=no =response | weight=0.101, noneg
=days =which | weight=0.101
=and =still | weight=0.100
=out =myself | weight=0.100
=dms =have | weight=0.100
=my =dms | weight=0.100
=read =for | weight=0.100
=address =is | weight=0.099
=seen | weight=0.099
=seen =and | weight=0.099
=fifth | weight=0.098
=a =total | weight=0.098
=sent =the | weight=0.098
=nobody =ever | weight=0.097, noneg
=has =failed | weight=0.097
=to =respond | weight=0.097
=the =council | weight=0.096
=submit =a | weight=0.096
=went | weight=0.095
=in =june | weight=0.095
=pleasant | weight=0.095
=five =days | weight=0.095
=came =after | weight=0.095
=be =ignored | weight=0.094
=read =and | weight=0.094
=already =sorted | weight=0.094
=yeah =so | weight=0.094
=pls =reply | weight=0.094
=an =answer | weight=0.094
=from =last | weight=0.094
=six =month | weight=0.093
=u | weight=0.093
=lodged | weight=0.093
=been =waiting | weight=0.093
=sitting =there | weight=0.092
=went =quiet | weight=0.092
=week =after | weight=0.092
=council =tax | weight=0.091
=answer =my | weight=0.091
=a =faulty | weight=0.091
=monday | weight=0.091
=of =unsubscribing | weight=0.091
=twice | weight=0.091
=the =finally | weight=0.090
=forwarded | weight=0.090
=and =not | weight=0.090, noneg
=email =address | weight=0.089
=they =sell | weight=0.089
=just =go | weight=0.089
=june | weight=0.089
=faulty =kettle | weight=0.089
=never | weight=0.088, noneg
=support =for | weight=0.088
=branch =and | weight=0.088
=january =without | weight=0.088, noneg
=email =the | weight=0.087
=have =had | weight=0.087
=total =radio | weight=0.087
=honestly =think | weight=0.087
=took =them | weight=0.086
=control | weight=0.086
=acknowledgement =it | weight=0.086
=had =only | weight=0.085
=only =automated | weight=0.085
=appeared | weight=0.085
=may =and | weight=0.085
=open | weight=0.085
=last =tuesday | weight=0.084
=arrived =late | weight=0.084
=the =restaurant | weight=0.084
=my =complaint | weight=0.083
=nothing | weight=0.083, noneg
=mentioned =it | weight=0.083
=vanished =into | weight=0.083
=last =i | weight=0.083
=unsubscribing =the | weight=0.083
=do =u | weight=0.082
=them | weight=0.082
=takeaway | weight=0.082
=rude =when | weight=0.081
=still =waiting | weight=0.081
=log | weight=0.081
=the =airline | weight=0.081
=sitting =on | weight=0.081
=or =do | weight=0.080
=filled =in | weight=0.080
=got =an | weight=0.080
=delivery =was | weight=0.080
=email =you | weight=0.080
=four =email | weight=0.080
=sent =four | weight=0.080
=answer =no | weight=0.080, noneg
=unsubscribing | weight=0.080
=staff =were | weight=0.079
=respond =to | weight=0.079
=no =answer | weight=0.078, noneg
=and =i've | weight=0.078
=neither =has | weight=0.077, noneg
=account =still | weight=0.077
=ago =still | weight=0.077
=it =been | weight=0.077
=delivered | weight=0.077
=be =correct | weight=0.077
=still =be | weight=0.077
=on =and | weight=0.076
=read | weight=0.076
=ago =about | weight=0.076
=was =only | weight=0.076
=restaurant | weight=0.076
=aim | weight=0.075
=to =my | weight=0.075
=from =head | weight=0.075
=week =to | weight=0.075
=i =mentioned | weight=0.074
=reply =to | weight=0.074
=been =ten | weight=0.074
=my =support | weight=0.074
=us =in | weight=0.074
=nothing =from | weight=0.074, noneg
=look =into | weight=0.074
=purchase | weight=0.074
=twice =and | weight=0.073
=think =of | weight=0.073
=has =been | weight=0.073
=sent | weight=0.072
=bedroom | weight=0.072
=form =for | weight=0.072
=bin | weight=0.072
=website =says | weight=0.072
=they =took | weight=0.071
=days =and | weight=0.071
=i =lodged | weight=0.071
=go =in | weight=0.071
=is =my | weight=0.071
=says =we | weight=0.070
=their | weight=0.070
=dm'd =you | weight=0.070
=transferred =my | weight=0.070
=address | weight=0.069
=late =the | weight=0.069
=x | weight=0.069
=overbilled | weight=0.069
=been =ignored | weight=0.069
=i =heard | weight=0.069
=month =on | weight=0.069
=keeps =go | weight=0.069
=despite | weight=0.069
=automated | weight=0.068
=days =late | weight=0.068
=a =week | weight=0.068
=these | weight=0.068
=stop =reply | weight=0.068
=great | weight=0.067
=letter =to | weight=0.067
=email =your | weight=0.067
=says =she | weight=0.067
=simply | weight=0.067
=up =in | weight=0.067
=am =still | weight=0.067
=because =nobody | weight=0.066, noneg
=the =claim | weight=0.066
=went =out | weight=0.066
=so =yeah | weight=0.066
=a =double | weight=0.066
=was =rude | weight=0.066
=point =i'd | weight=0.066
=head =office | weight=0.066
=on =monday | weight=0.066
=sent =my | weight=0.066
=written | weight=0.065
=said =they | weight=0.065
