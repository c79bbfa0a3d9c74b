# no_response, en: learned by scripts/learn.py from 2531 tuning texts (108 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ none of my letters have been acknowledged
+ Filled in your contact form twice. Silence.
+ Been waiting two weeks for a reply to my DM.
- You've had my last penny.
- just want my £40 back tbh
=silence | weight=0.419
=voicemails | weight=0.358
=three =letter | weight=0.353
=acknowledgement | weight=0.327
=no =reply | weight=0.301, noneg
=never =got | weight=0.298, noneg
=heard | weight=0.294
=the =surveyor | weight=0.289
=unanswered | weight=0.269
=on =read | weight=0.268
=i =sent | weight=0.265
=not =a | weight=0.265, noneg
=since =march | weight=0.262
=complaint =was | weight=0.260
=haven't =heard | weight=0.259, noneg
=my =dm | weight=0.253
=my =email | weight=0.248
=a =reply | weight=0.247
=reply =after | weight=0.234
=email =three | weight=0.231
=days =ago | weight=0.227
=get =back | weight=0.226
=gone =unacknowledged | weight=0.224
=unacknowledged | weight=0.224
=support =ticket | weight=0.223
=nothing =back | weight=0.220, noneg
=council | weight=0.214
=not =received | weight=0.214, noneg
=email =into | weight=0.212
=without =any | weight=0.209, noneg
=since =i | weight=0.206
=ignored | weight=0.202
=me =despite | weight=0.201
=inbox | weight=0.201
=been =acknowledgement | weight=0.201
=do =they | weight=0.199
=nobody =has | weight=0.199, noneg
=ticket | weight=0.199
=not =even | weight=0.196, noneg
=remains | weight=0.196
=respond | weight=0.194
=have =not | weight=0.194, noneg
=days =since | weight=0.190
=but =nobody | weight=0.188, noneg
=the =office | weight=0.186
=and =heard | weight=0.186
=ago | weight=0.185
=week =with | weight=0.182
=and =neither | weight=0.182, noneg
=query | weight=0.181
=from =them | weight=0.181
=message | weight=0.181
=send =email | weight=0.180
=never =did | weight=0.179, noneg
=nobody | weight=0.179, noneg
=your =return | weight=0.178
=and =never | weight=0.175, noneg
=great =service | weight=0.175
=contact =form | weight=0.174
=they =finally | weight=0.174
=neither | weight=0.174, noneg
=request =for | weight=0.173
=automated =reply | weight=0.173
=email =baggage | weight=0.173
=your =complaint | weight=0.173
=left =on | weight=0.172
=email | weight=0.172
=eleven =days | weight=0.172
=gone | weight=0.169
=sitting | weight=0.169
=none =of | weight=0.169, noneg
=they =have | weight=0.168
=an =acknowledgement | weight=0.168
=blood | weight=0.167
=as =an | weight=0.166
=never =once | weight=0.164, noneg
=vanished | weight=0.164
=chat =says | weight=0.163
=the =conversation | weight=0.163
=a =message | weight=0.162
=ignored =my | weight=0.159
=my =call | weight=0.159
=to =us | weight=0.158
=finally | weight=0.157
=email =to | weight=0.155
=none | weight=0.153, noneg
=waiting =on | weight=0.153
=ghosted | weight=0.153
=to =him | weight=0.152
=airline =keeps | weight=0.152
=compensation =claim | weight=0.152
=keeps =ignored | weight=0.152
=my =compensation | weight=0.152
=department | weight=0.152
=eventually | weight=0.152
=conversation | weight=0.152
=correspondence | weight=0.150
=them =in | weight=0.147
=writing =to | weight=0.146
=support | weight=0.146
=sent =a | weight=0.146
=customer =reported | weight=0.144
=went | weight=0.142
=email =them | weight=0.141
=completely | weight=0.141
=dm | weight=0.141
=three =week | weight=0.141
=message =through | weight=0.140
=only =got | weight=0.140
=them =three | weight=0.139
=my =letter | weight=0.139
=letter | weight=0.137
=radio | weight=0.137
=radio =silence | weight=0.137
=form =for | weight=0.137
=week =after | weight=0.136
=hrs =and | weight=0.136
=ticket =has | weight=0.136
=wrote | weight=0.136
=open =since | weight=0.135
=any | weight=0.134
=bin | weight=0.133
=the =bin | weight=0.133
=the =energy | weight=0.133
=halfway | weight=0.133
=halfway =through | weight=0.133
=the =chat | weight=0.132
=a =claim | weight=0.132
=from =anyone | weight=0.132
=has =gone | weight=0.131
=surveyor | weight=0.130
=week =for | weight=0.130
=twice | weight=0.129
=to =answer | weight=0.129
=heard =nothing | weight=0.129, noneg
=twice =and | weight=0.129
=my =complaint | weight=0.128
=it =saturday | weight=0.128
=support =team | weight=0.128
=nd | weight=0.126
=quiet | weight=0.126
=appeared =to | weight=0.126
=complaint =form | weight=0.126
=council =didn't | weight=0.125, noneg
=sent =two | weight=0.124
=you =could | weight=0.124
=didn't =bother | weight=0.123, noneg
=filled | weight=0.123
=my =message | weight=0.121
=and =their | weight=0.121
=got =no | weight=0.121, noneg
=total | weight=0.121
=dm'd | weight=0.120
=monday =it | weight=0.120
=ago =and | weight=0.119
=nobody =could | weight=0.119, noneg
=open =ticket | weight=0.119
=been =sitting | weight=0.119
=the =council | weight=0.119
=and =ignored | weight=0.119
=a =response | weight=0.117
=from =last | weight=0.117
=acknowledgement =after | weight=0.117
=only =acknowledgement | weight=0.117
=baggage =service | weight=0.117
=june | weight=0.115
=been =waiting | weight=0.115
=dms | weight=0.115
=through =the | weight=0.115
=after =eleven | weight=0.114
=days =by | weight=0.114
=out =myself | weight=0.114
=email =was | weight=0.114
=monday | weight=0.113
=as =acknowledgement | weight=0.113
=wrote =to | weight=0.113
=by =which | weight=0.112
=total =radio | weight=0.112
=waiting =two | weight=0.112
=be =adviser | weight=0.112
=please =be | weight=0.112
=hrs | weight=0.111
=five =days | weight=0.111
=since =january | weight=0.111
=i've =email | weight=0.111
=still =nothing | weight=0.111, noneg
=and =not | weight=0.110, noneg
=team =for | weight=0.110
=complaint | weight=0.110
=which =time | weight=0.110
=an =answer | weight=0.110
=seen | weight=0.110
=seen =and | weight=0.110
=baggage | weight=0.109
=and =still | weight=0.109
=in =two | weight=0.109
=outstanding | weight=0.108
=already =sorted | weight=0.107
=sent =my | weight=0.107
=our =purchase | weight=0.105
=filled =in | weight=0.105
=was =read | weight=0.105
=in =june | weight=0.105
=honestly =think | weight=0.104
=of =unsubscribing | weight=0.104
=advisor =just | weight=0.103
=seller | weight=0.103
=the =seller | weight=0.103
=after =i | weight=0.102
=january =without | weight=0.102, noneg
=submit =a | weight=0.102
=got =an | weight=0.101
=still =waiting | weight=0.101
=days =and | weight=0.100
=council =tax | weight=0.100
=nothing =from | weight=0.099, noneg
=sent =the | weight=0.099
=reply =in | weight=0.099
=but =no | weight=0.098, noneg
=no =response | weight=0.097, noneg
=yeah =so | weight=0.097
=a =reference | weight=0.097
=appeared | weight=0.097
=dms =have | weight=0.096
=my =dms | weight=0.096
=read =for | weight=0.096
=on =monday | weight=0.096
=read =and | weight=0.096
=into =it | weight=0.095
=pls =reply | weight=0.094
=complaint =team | weight=0.094
=sitting =there | weight=0.093
=void | weight=0.092
=four =email | weight=0.092
=sent =four | weight=0.092
=not =one | weight=0.092, noneg
=a =faulty | weight=0.092
=great | weight=0.092
=the =airline | weight=0.092
=nobody =ever | weight=0.091, noneg
=to =them | weight=0.091
=so =your | weight=0.091
=six =month | weight=0.091
=your =contact | weight=0.091
=week =to | weight=0.091
=written | weight=0.091
=nobody =answer | weight=0.091, noneg
=acknowledgement =it | weight=0.091
=open | weight=0.090
=it =for | weight=0.090
=went =quiet | weight=0.090
=unsubscribing =the | weight=0.090
=form =twice | weight=0.090
=u | weight=0.089
=think =of | weight=0.089
=delivered | weight=0.088
=unsubscribing | weight=0.088
=month =ago | weight=0.087
=to =reply | weight=0.087
=they =sell | weight=0.087
=response =to | weight=0.087
=the =finally | weight=0.086
=answer =my | weight=0.086
=faulty =kettle | weight=0.086
=since | weight=0.086
=never | weight=0.086, noneg
=control | weight=0.086
=tax | weight=0.085
=eleven | weight=0.085
=honestly | weight=0.084
=just =go | weight=0.084
=that =my | weight=0.084
=april | weight=0.084
=any =of | weight=0.084
=reported =the | weight=0.083
=was =only | weight=0.083
=certificate | weight=0.083
=i =raised | weight=0.083
=forwarded | weight=0.082
=ago =still | weight=0.082
=is =anyone | weight=0.081
=sitting =on | weight=0.081
=had =only | weight=0.081
=only =automated | weight=0.081
=nobody =got | weight=0.081, noneg
=account =still | weight=0.081
=i =heard | weight=0.081
=last =i | weight=0.081
=the =claim | weight=0.080
=team =on | weight=0.080
=read | weight=0.080
=took =them | weight=0.080
=for =six | weight=0.080
=email =you | weight=0.079
=every =days | weight=0.079
=update | weight=0.079
=despite =a | weight=0.078
=energy | weight=0.078
=bedroom | weight=0.078
=a =month | weight=0.078
=have =had | weight=0.077
=or =do | weight=0.077
=in =march | weight=0.077
=team | weight=0.076
=support =is | weight=0.076
=do =u | weight=0.076
=form | weight=0.076
=energy =ombudsman | weight=0.075
=overbilled | weight=0.075
=again =on | weight=0.075
=lodged | weight=0.075
=and =that | weight=0.075
=keeps =go | weight=0.075
=her =it | weight=0.075
=be =correct | weight=0.075
=had =no | weight=0.074, noneg
=email =about | weight=0.074
=transferred =my | weight=0.073
=purchase | weight=0.073
=reference | weight=0.073
=the =last | weight=0.073
=on =and | weight=0.072
=sent | weight=0.072
=saturday | weight=0.072
=them | weight=0.072
=to =your | weight=0.071
=despite | weight=0.071
=written =request | weight=0.071
=go =in | weight=0.070
=neither =has | weight=0.070, noneg
=two =email | weight=0.070
=no =one | weight=0.070, noneg
=ago =about | weight=0.070
=dm'd =you | weight=0.070
=first =one | weight=0.069
=one =sent | weight=0.069
=second =email | weight=0.069
=th =was | weight=0.069
=their | weight=0.069
=us =in | weight=0.069
=reply | weight=0.068
=useless | weight=0.068
=written =complaint | weight=0.068
=written =to | weight=0.068
=a =ticket | weight=0.068
=my =support | weight=0.067
=head =office | weight=0.067
=the =complaint | weight=0.067
=touch =with | weight=0.067
=adviser =that | weight=0.067
=only =came | weight=0.066
=these | weight=0.066
=regarding =my | weight=0.065
=your =page | weight=0.065
=complaint =and | weight=0.065
=so =yeah | weight=0.064
=your =own | weight=0.064
=has =been | weight=0.064
=given =a | weight=0.064
=automated | weight=0.063
=up =in | weight=0.063
=out =in | weight=0.063
=month =on | weight=0.062
=time =in | weight=0.061
=last =week | weight=0.061
=anybody | weight=0.061
=from =head | weight=0.061
=in =your | weight=0.061
=ignored =and | weight=0.060
=broken =heating | weight=0.060
=head | weight=0.060
=the =status | weight=0.059
=service =this | weight=0.059
=energy =company | weight=0.059
=letter =to | weight=0.058
=with =her | weight=0.058
=given | weight=0.057
=complaint =address | weight=0.057
=account =team | weight=0.057
=the =update | weight=0.057
=a =written | weight=0.057
=in =touch | weight=0.057
=touch | weight=0.057
=a =dm | weight=0.057
=the =photos | weight=0.056
=nothing | weight=0.056, noneg
=sent =on | weight=0.056
=x | weight=0.056
=so =much | weight=0.056
=you =on | weight=0.056
=july | weight=0.056
=the =blind | weight=0.055
=through =on | weight=0.055
=we =raised | weight=0.055
=nothing =ever | weight=0.055, noneg
=failed =to | weight=0.055
=we =heard | weight=0.055
=submit | weight=0.054
=said =head | weight=0.054
=anyone =actually | weight=0.054
