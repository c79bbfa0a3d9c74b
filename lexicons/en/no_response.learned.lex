# no_response, en: learned by scripts/learn.py from 2841 tuning texts (117 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Your reply to my question about the deposit finally came after eleven days, by which point I'd already bought the car elsewhere.
+ none of my letters have been acknowledged
+ Filled in your contact form twice. Silence.
- You've had my last penny.
- just want my £40 back tbh
=silence | weight=0.427
=three =letter | weight=0.362
=voicemails | weight=0.360
=no =reply | weight=0.351, noneg
=acknowledgement | weight=0.351
=not =a | weight=0.318, noneg
=never =got | weight=0.309, noneg
=nothing =back | weight=0.302, noneg
=heard | weight=0.298
=the =surveyor | weight=0.294
=i =sent | weight=0.288
=haven't =heard | weight=0.285, noneg
=on =read | weight=0.283
=complaint =was | weight=0.276
=unanswered | weight=0.274
=since =march | weight=0.273
=days =ago | weight=0.272
=my =dm | weight=0.248
=a =reply | weight=0.247
=gone =unacknowledged | weight=0.235
=unacknowledged | weight=0.235
=reply =after | weight=0.230
=get =back | weight=0.228
=support =ticket | weight=0.222
=ignored | weight=0.220
=without =any | weight=0.220, noneg
=not =received | weight=0.219, noneg
=email =three | weight=0.216
=ticket | weight=0.215
=email =into | weight=0.212
=do =they | weight=0.210
=not =even | weight=0.205, noneg
=contact =form | weight=0.204
=inbox | weight=0.203
=ago | weight=0.202
=me =despite | weight=0.202
=since =i | weight=0.198
=message | weight=0.197
=been =acknowledgement | weight=0.197
=respond | weight=0.196
=my =email | weight=0.195
=the =office | weight=0.193
=but =nobody | weight=0.192, noneg
=and =heard | weight=0.189
=remains | weight=0.188
=email | weight=0.187
=have =not | weight=0.186, noneg
=great =service | weight=0.186
=and =never | weight=0.184, noneg
=left =on | weight=0.183
=days =since | weight=0.183
=none =of | weight=0.183, noneg
=and =neither | weight=0.183, noneg
=a =message | weight=0.182
=never =once | weight=0.180, noneg
=request =for | weight=0.180
=nobody =has | weight=0.180, noneg
=weeks =with | weight=0.179
=finally | weight=0.176
=automated =reply | weight=0.176
=email =baggage | weight=0.176
=nobody | weight=0.175, noneg
=to =any | weight=0.175
=never =did | weight=0.175, noneg
=eleven =days | weight=0.175
=council | weight=0.174
=your =return | weight=0.173
=from =them | weight=0.172
=chat =says | weight=0.172
=neither | weight=0.171, noneg
=to =reply | weight=0.171
=vanished | weight=0.170
=to =him | weight=0.170
=they =have | weight=0.168
=query | weight=0.168
=send =email | weight=0.168
=they =finally | weight=0.168
=sitting | weight=0.168
=blood | weight=0.166
=support | weight=0.166
=heard =nothing | weight=0.165, noneg
=gone | weight=0.164
=an =acknowledgement | weight=0.163
=ignored =my | weight=0.163
=sent =a | weight=0.162
=april | weight=0.162
=as =an | weight=0.161
=the =conversation | weight=0.160
=my =letter | weight=0.160
=march =and | weight=0.160
=wrote | weight=0.160
=letter | weight=0.159
=to =us | weight=0.158
=my =call | weight=0.157
=none | weight=0.155, noneg
=email =to | weight=0.155
=ghosted | weight=0.153
=no =acknowledgement | weight=0.152, noneg
=eventually | weight=0.151
=your =complaint | weight=0.151
=correspondence | weight=0.151
=customer =report | weight=0.150
=conversation | weight=0.150
=airline =keeps | weight=0.148
=compensation =claim | weight=0.148
=keeps =ignored | weight=0.148
=my =compensation | weight=0.148
=writing =to | weight=0.148
=the =chat | weight=0.146
=them =in | weight=0.145
=them =three | weight=0.143
=reply =on | weight=0.143
=surveyor | weight=0.142
=council =didn't | weight=0.141, noneg
=email =them | weight=0.140
=didn't =bother | weight=0.139, noneg
=any | weight=0.139
=hrs =and | weight=0.139
=radio | weight=0.138
=radio =silence | weight=0.138
=waiting =on | weight=0.138
=support =team | weight=0.137
=dm | weight=0.136
=is =anyone | weight=0.135
=has =gone | weight=0.135
=to =answer | weight=0.135
=my =complaint | weight=0.134
=department | weight=0.134
=after =eleven | weight=0.134
=open =since | weight=0.133
=appeared =to | weight=0.132
=halfway | weight=0.132
=halfway =through | weight=0.132
=completely | weight=0.131
=complaint =form | weight=0.131
=ago =and | weight=0.130
=quiet | weight=0.129
=the =bin | weight=0.129
=email =was | weight=0.129
=and =ignored | weight=0.129
=three =weeks | weight=0.129
=ticket =has | weight=0.129
=baggage =service | weight=0.129
=nobody =could | weight=0.129, noneg
=a =claim | weight=0.128
=dms | weight=0.128
=from =anyone | weight=0.128
=days =by | weight=0.128
=my =message | weight=0.128
=it =saturday | weight=0.127
=you =could | weight=0.126
=went | weight=0.125
=been =sitting | weight=0.124
=and =their | weight=0.123
=only =got | weight=0.123
=filled | weight=0.122
=by =which | weight=0.121
=weeks =after | weight=0.121
=sent =two | weight=0.120
=acknowledgement =after | weight=0.120
=only =acknowledgement | weight=0.120
=the =energy | weight=0.120
=open =ticket | weight=0.119
=waiting =two | weight=0.119
=nd | weight=0.119
=monday =it | weight=0.119
=after =i | weight=0.118
=was =read | weight=0.117
=total | weight=0.115
=filled =in | weight=0.115
=since =january | weight=0.114
=got =no | weight=0.114, noneg
=message =through | weight=0.113
=and =still | weight=0.112
=as =acknowledgement | weight=0.111
=great | weight=0.110
=u | weight=0.110
=seen | weight=0.110
=seen =and | weight=0.110
=five =days | weight=0.110
=still =nothing | weight=0.109, noneg
=a =response | weight=0.109
=from =last | weight=0.109
=but =no | weight=0.109, noneg
=of =unsubscribing | weight=0.109
=reply =in | weight=0.109
=total =radio | weight=0.109
=baggage | weight=0.109
=sent =my | weight=0.108
=so =your | weight=0.108
=team =for | weight=0.108
=wrote =to | weight=0.107
=hrs | weight=0.107
=the =council | weight=0.107
=last =tuesday | weight=0.107
=june | weight=0.107
=in =two | weight=0.106
=which =time | weight=0.106
=dm'd | weight=0.106
=to =them | weight=0.105
=month =ago | weight=0.105
=lodged | weight=0.105
=in =june | weight=0.105
=honestly =think | weight=0.104
=nobody =ever | weight=0.104, noneg
=be =adviser | weight=0.104
=please =be | weight=0.104
=sent =the | weight=0.104
=any =of | weight=0.103
=outstanding | weight=0.103
=a =month | weight=0.103
=a =reference | weight=0.103
=read =and | weight=0.103
=advisor =just | weight=0.103
=seller | weight=0.103
=the =seller | weight=0.103
=and =not | weight=0.102, noneg
=our =purchase | weight=0.102
=complaint | weight=0.102
=out =myself | weight=0.102
=still =waiting | weight=0.102
=twice =and | weight=0.101
=weeks =for | weight=0.101
=email =the | weight=0.101
=forwarded | weight=0.100
=dms =have | weight=0.100
=my =dms | weight=0.100
=read =for | weight=0.100
=submit =a | weight=0.100
=january =without | weight=0.100, noneg
=into =it | weight=0.100
=yeah =so | weight=0.099
=never | weight=0.099, noneg
=despite | weight=0.099
=no =response | weight=0.098, noneg
=answer =my | weight=0.098
=four =email | weight=0.097
=sent =four | weight=0.097
=void | weight=0.097
=went =quiet | weight=0.097
=appeared | weight=0.097
=nobody =answer | weight=0.097, noneg
=already =sorted | weight=0.096
=unsubscribing =the | weight=0.096
=an =answer | weight=0.096
=days =and | weight=0.096
=had =no | weight=0.095, noneg
=twice | weight=0.095
=unsubscribing | weight=0.095
=came =after | weight=0.094
=form =for | weight=0.094
=nothing =from | weight=0.093, noneg
=sitting =there | weight=0.093
=had =only | weight=0.093
=only =automated | weight=0.093
=written | weight=0.093
=email =you | weight=0.093
=six =month | weight=0.093
=reply =to | weight=0.092
=your =contact | weight=0.092
=honestly | weight=0.092
=monday | weight=0.092
=bin | weight=0.092
=acknowledgement =it | weight=0.092
=keeps =go | weight=0.092
=been =waiting | weight=0.091
=through =the | weight=0.091
=just =go | weight=0.091
=not =one | weight=0.091, noneg
=has =been | weight=0.091
=think =of | weight=0.090
=pls =reply | weight=0.090
=the =claim | weight=0.089
=eleven | weight=0.089
=the =finally | weight=0.089
=i've =email | weight=0.088
=open | weight=0.088
=them | weight=0.088
=control | weight=0.088
=aim | weight=0.088
=a =faulty | weight=0.086
=got =an | weight=0.086
=form | weight=0.086
=it =for | weight=0.086
=since | weight=0.085
=council =tax | weight=0.085
=faulty =kettle | weight=0.084
=read | weight=0.084
=or =do | weight=0.084
=for =update | weight=0.083
=they =sell | weight=0.082
=nobody =got | weight=0.082, noneg
=website =says | weight=0.082
=the =airline | weight=0.081
=do =u | weight=0.080
=no =one | weight=0.080, noneg
=i =heard | weight=0.080
=last =i | weight=0.080
=purchase | weight=0.080
=response =to | weight=0.080
=report =the | weight=0.080
=certificate | weight=0.079
=these | weight=0.079
=sitting =on | weight=0.079
=took =them | weight=0.078
=despite =a | weight=0.078
=transferred =my | weight=0.077
=reference | weight=0.077
=support =is | weight=0.077
=delivered | weight=0.077
=i =raised | weight=0.077
=bedroom | weight=0.077
=be =correct | weight=0.077
=letter =to | weight=0.075
=in =march | weight=0.075
=head =office | weight=0.075
=was =only | weight=0.074
=written =complaint | weight=0.074
=tax | weight=0.074
=on =monday | weight=0.074
=go =in | weight=0.074
=i =lodged | weight=0.074
=written =to | weight=0.074
=form =twice | weight=0.073
=on =and | weight=0.073
=that =my | weight=0.072
=point =i'd | weight=0.072
=every =days | weight=0.072
=team | weight=0.071
=have =had | weight=0.071
=written =request | weight=0.070
=so =yeah | weight=0.070
=to =your | weight=0.070
=the =contact | weight=0.070
=the =complaint | weight=0.070
=my =support | weight=0.069
=ago =about | weight=0.069
=nothing | weight=0.069, noneg
=regarding =my | weight=0.069
=her =it | weight=0.069
=overpayment | weight=0.069
=the =overpayment | weight=0.069
=weeks =to | weight=0.069
=overbilled | weight=0.068
=head | weight=0.068
=went =out | weight=0.068
=up =in | weight=0.067
=a =ticket | weight=0.067
=neither =has | weight=0.067, noneg
=two =email | weight=0.067
=dm'd =you | weight=0.067
=automated | weight=0.067
=month =on | weight=0.067
=us =in | weight=0.067
=first =one | weight=0.066
=one =sent | weight=0.066
=second =email | weight=0.066
=th =was | weight=0.066
=lodged =a | weight=0.066
=ago =still | weight=0.066
=complaint =team | weight=0.065
=their | weight=0.065
=out =in | weight=0.065
=saturday | weight=0.065
=your =page | weight=0.065
=account =still | weight=0.065
=last =weeks | weight=0.064
=i =email | weight=0.064
=anybody | weight=0.064
=your =own | weight=0.064
=complaint =address | weight=0.064
=without =a | weight=0.064, noneg
=touch =with | weight=0.063
=energy =company | weight=0.063
=in =your | weight=0.063
=adviser =that | weight=0.063
=time =in | weight=0.063
=only =came | weight=0.062
=the =last | weight=0.061
=the =status | weight=0.061
=energy =ombudsman | weight=0.061
=nothing =ever | weight=0.060, noneg
=complaint =and | weight=0.060
=email =and | weight=0.060
=ignored =and | weight=0.060
=sent =on | weight=0.060
=sent | weight=0.060
=account =team | weight=0.060
=form =on | weight=0.059
=anyone =to | weight=0.059
=took =eleven | weight=0.059
=broken =heating | weight=0.058
=a =double | weight=0.058
=wrong =amount | weight=0.058
=my =second | weight=0.057
=insurance =claim | weight=0.057
=given =a | weight=0.057
=july | weight=0.056
=email =about | weight=0.056
=email =on | weight=0.056
