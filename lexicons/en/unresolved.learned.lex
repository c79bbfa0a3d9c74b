# unresolved, en: learned by scripts/learn.py from 3044 tuning texts (263 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ This is my 3rd chat today. 3rd. And each time I have to give my order number, email, address and the whole story. Still no refund.
+ I have written to your customer relations team on three separate occasions regarding my late father's account. Not one of those letters has been acknowledged, and the direct debits are still being taken.
+ was told I'd get £75 for three days with no water last month. since then: letter says payment 'being processed', email says I'm not eligible, phone call says it's been paid. it hasn't. every time I've had to explain it all again to someone different. just pay what you promised.
- ok
- You've had my last penny.
=remains | weight=0.398
=month =of | weight=0.336
=we've | weight=0.320
=still | weight=0.319
=nowhere | weight=0.317
=visit | weight=0.297
=occasions | weight=0.261
=resolved | weight=0.259
=nothing =has | weight=0.257, noneg
=flagged | weight=0.257
=leak | weight=0.253
=without =fixed | weight=0.242, noneg
=wrong =bill | weight=0.238
=no =matter | weight=0.232, noneg
=problem | weight=0.223
=contact =you | weight=0.219
=third | weight=0.218
=as =before | weight=0.216
=not =even | weight=0.214, noneg
=account =for | weight=0.211
=week =of | weight=0.204
=time =about | weight=0.201
=week =and | weight=0.201
=call =and | weight=0.200
=recurring | weight=0.200
=of =wrong | weight=0.197
=time =and | weight=0.197
=still =broken | weight=0.196
=th =call | weight=0.194
=on =for | weight=0.194
=still =have | weight=0.193
=hasnt | weight=0.192, noneg
=as =solved | weight=0.190
=solved =nothing | weight=0.190, noneg
=email | weight=0.189
=hasn't =been | weight=0.187, noneg
=every =complaint | weight=0.186
=week =i | weight=0.185
=persists | weight=0.185
=fixed | weight=0.185
=th | weight=0.183
=still =no | weight=0.183, noneg
=reported =in | weight=0.180
=countless | weight=0.179
=fixed =last | weight=0.179
=last =like | weight=0.179
=to =crashing | weight=0.179
=ur =fixed | weight=0.179
=never =got | weight=0.177, noneg
=nobody =could | weight=0.176, noneg
=solved | weight=0.176
=since =march | weight=0.173
=form =twice | weight=0.172
=twice | weight=0.169
=this =is | weight=0.168
=be =fixed | weight=0.167
=i =ring | weight=0.166
=she =has | weight=0.165
=still =leak | weight=0.164
=insurance =claim | weight=0.164
=support =just | weight=0.163
=no =internet | weight=0.163, noneg
=ring =the | weight=0.163
=overcharge | weight=0.163
=automated =reply | weight=0.162
=email =baggage | weight=0.162
=it =still | weight=0.162
=every =even | weight=0.161
=meter =read | weight=0.160
=delivery =company | weight=0.160
=on =and | weight=0.160
=still =isn't | weight=0.159, noneg
=contact | weight=0.158
=dead | weight=0.158
=wks | weight=0.157
=wks =and | weight=0.157
=son =contract | weight=0.157
=dropped =every | weight=0.157
=along =since | weight=0.157
=hasn't | weight=0.157, noneg
=endless | weight=0.157
=problem =is | weight=0.156
=closed =the | weight=0.155
=nothing =ever | weight=0.155, noneg
=yet | weight=0.152
=still =wont | weight=0.152, noneg
=internet | weight=0.151
=exactly =issue | weight=0.151
=for =week | weight=0.151
=no =broadband | weight=0.150, noneg
=noise | weight=0.150
=the =noise | weight=0.150
=connection =is | weight=0.150
=not =resolved | weight=0.149, noneg
=bill =for | weight=0.149
=my =complaint | weight=0.149
=same =fault | weight=0.149
=with =no | weight=0.148, noneg
=wont | weight=0.148, noneg
=the =fault | weight=0.148
=six =week | weight=0.147
=issue | weight=0.147
=nothing =improved | weight=0.146, noneg
=ive | weight=0.146
=raised =it | weight=0.145
=leads | weight=0.145
=has =yet | weight=0.145
=dragged | weight=0.145
=dragged =on | weight=0.145
=january | weight=0.145
=the =case | weight=0.143
=no =fewer | weight=0.143, noneg
=status | weight=0.142
=make =no | weight=0.142, noneg
=half =a | weight=0.142
=guy =for | weight=0.142
=week =on | weight=0.141
=the =overcharge | weight=0.141
=email =on | weight=0.140
=along | weight=0.140
=numerous | weight=0.140
=a =years | weight=0.140
=be =sorted | weight=0.140
=since | weight=0.139
=next =door | weight=0.139
=of =trying | weight=0.139
=back =where | weight=0.139
=you =have | weight=0.139
=zero | weight=0.139
=not =been | weight=0.138, noneg
=visit =to | weight=0.138
=claim =has | weight=0.137
=since =june | weight=0.137
=complaint =two | weight=0.136
=gas =connection | weight=0.136
=give =complaint | weight=0.136
=not =restored | weight=0.136, noneg
=been =trying | weight=0.136
=go =online | weight=0.136
=is =still | weight=0.135
=email =them | weight=0.135
=my =insurance | weight=0.135
=time | weight=0.134
=x | weight=0.134
=it =a | weight=0.134
=in =your | weight=0.134
=in =chat | weight=0.133
=fixed =by | weight=0.133
=me =your | weight=0.133
=you =gave | weight=0.133
=march | weight=0.132
=the =month | weight=0.132
=broadband | weight=0.131
=saga | weight=0.131
=has =not | weight=0.131, noneg
=bill =error | weight=0.131
=am =contact | weight=0.131
=achieved | weight=0.131
=achieved =nothing | weight=0.131, noneg
=nothing =whatsoever | weight=0.131, noneg
=visit =achieved | weight=0.131
=after =eight | weight=0.131
=is =pending | weight=0.131
=pending | weight=0.131
=pending =only | weight=0.131
=refund =issue | weight=0.131
=let =alone | weight=0.131
=no =notes | weight=0.130, noneg
=they =shut | weight=0.130
=baggage =service | weight=0.130
=glitch | weight=0.129
=got =bounced | weight=0.129
=exactly | weight=0.129
=diff =ppl | weight=0.129
=ppl | weight=0.129
=ppl =in | weight=0.129
=been =dead | weight=0.129
=dead =for | weight=0.129
=fridge =has | weight=0.129
=nd | weight=0.128
=said =we'll | weight=0.128
=they've =said | weight=0.128
=time =they've | weight=0.128
=we'll =call | weight=0.128
=for =half | weight=0.128
=till =now | weight=0.127
=closed | weight=0.127
=diff | weight=0.127
=shut =my | weight=0.127
=keeps =come | weight=0.126
=people =nobody | weight=0.126, noneg
=this =and | weight=0.126
=second | weight=0.125
=of =email | weight=0.125
=have =zero | weight=0.125
=no | weight=0.125, noneg
=house =and | weight=0.124
=out =why | weight=0.124
=send =the | weight=0.124
=was =resolved | weight=0.124
=didn't =answer | weight=0.124, noneg
=they've | weight=0.124
=despite | weight=0.123
=separate =occasions | weight=0.123
=repair =of | weight=0.123
=we've =had | weight=0.123
=and =i'm | weight=0.122
=the =damp | weight=0.122
=keeps =be | weight=0.122
=says =contact | weight=0.122
=yet =to | weight=0.122
=damp =problem | weight=0.121
=return =my | weight=0.121
=flagged =the | weight=0.121
=in =january | weight=0.121
=nothing =change | weight=0.121, noneg
=many =call | weight=0.121
=access =her | weight=0.120
=own =account | weight=0.120
=delay =is | weight=0.119
=alone | weight=0.119
=modem | weight=0.119
=phone =call | weight=0.119
=shower | weight=0.119
=the =shower | weight=0.119
=shut | weight=0.118
=issue =still | weight=0.118
=support =keeps | weight=0.118
=filled =in | weight=0.118
=direct =debit | weight=0.117
=time =a | weight=0.117
=his =own | weight=0.117
=debit =is | weight=0.116
=ongoing | weight=0.116
=ever =be | weight=0.115
=i'm =no | weight=0.115, noneg
=in =march | weight=0.115
=silence | weight=0.115
=phone =i | weight=0.115
=still =get | weight=0.115
=get =nae | weight=0.114
=i'm =get | weight=0.114
=i've =phone | weight=0.114
=nae | weight=0.114
=nae =further | weight=0.114
=isn't | weight=0.114, noneg
=still =wrong | weight=0.114
=the =heating | weight=0.113
=return =in | weight=0.113
=app =still | weight=0.113
=third =time | weight=0.113
=on =no | weight=0.113, noneg
=debit | weight=0.113
=week =with | weight=0.113
=in =may | weight=0.113
=of =call | weight=0.112
=technical =and | weight=0.112
=letter =back | weight=0.111
=repeat =contact | weight=0.111
=broken | weight=0.111
=we =keeps | weight=0.111
=occasions =i | weight=0.111
=call =the | weight=0.111
=been =kept | weight=0.111
=spring | weight=0.110
=the =spring | weight=0.110
=hang =for | weight=0.110
=nothing | weight=0.110, noneg
=estimated =bill | weight=0.110
=row =even | weight=0.110
=third =estimated | weight=0.110
=march =and | weight=0.109
=at =home | weight=0.109
=it =hasn't | weight=0.109, noneg
=only =got | weight=0.109
=appointment =later | weight=0.109
=later =it | weight=0.109
=still =whistles | weight=0.109
=three =appointment | weight=0.109
=whistles | weight=0.109
=department =response | weight=0.108
=is =another | weight=0.108
=kept =dropped | weight=0.108
=reboot | weight=0.108
=and =phone | weight=0.108
=correct | weight=0.107
=signal | weight=0.107
=still =won't | weight=0.107, noneg
=identical =reply | weight=0.107
=you =back | weight=0.107
=got =two | weight=0.107
=is =not | weight=0.106, noneg
=statement =remains | weight=0.106
=useless | weight=0.106
=boiler =still | weight=0.105
=second =time | weight=0.105
=the =broadband | weight=0.105
=hour =at | weight=0.105
=endless =saga | weight=0.104
=saga =the | weight=0.104
=two =hour | weight=0.104
=load | weight=0.104
=damp | weight=0.104
=the =visit | weight=0.103
=have =strung | weight=0.103
=strung | weight=0.103
=strung =my | weight=0.103
=reference =the | weight=0.102
=my =pension | weight=0.102
=door | weight=0.102
=again | weight=0.102
=time =i'm | weight=0.101
=now =my | weight=0.101
=no =better | weight=0.101, noneg
=problem =has | weight=0.101
=package | weight=0.100
=and =nobody | weight=0.100, noneg
=switch =supplier | weight=0.100
=two =month | weight=0.100
=couldn't =figure | weight=0.100, noneg
=i've | weight=0.100
=no =working | weight=0.099, noneg
=rd =time | weight=0.099
=you =since | weight=0.098
=the =laptop | weight=0.098
=not =solved | weight=0.098, noneg
=msg | weight=0.098
=another =department | weight=0.098
=the =duplicate | weight=0.097
=im | weight=0.097
=to =resolved | weight=0.097
=fault | weight=0.097
=and =couldn't | weight=0.097, noneg
=email =form | weight=0.096
=no =hot | weight=0.096, noneg
=reported =this | weight=0.096
=reported =the | weight=0.096
=several | weight=0.096
=network | weight=0.095
=matter =to | weight=0.095
=june | weight=0.095
=my =son | weight=0.095
=leak =in | weight=0.094
=says =go | weight=0.094
=three =occasions | weight=0.094
=further | weight=0.094
=am =again | weight=0.094
=be =taken | weight=0.094
=the =direct | weight=0.094
=screen | weight=0.094
=they =closed | weight=0.094
=has =never | weight=0.094, noneg
=it =started | weight=0.093
=where =it | weight=0.093
=g'day | weight=0.093
=and =says | weight=0.093
=account =has | weight=0.093
=overcharge =on | weight=0.093
=not =rude | weight=0.093, noneg
=three =visit | weight=0.093
=baggage | weight=0.093
=same =broken | weight=0.093
=four =email | weight=0.092
=sent =four | weight=0.092
=repeat | weight=0.092
=no =further | weight=0.092, noneg
=spoken =to | weight=0.092
=raised =this | weight=0.091
=a =meter | weight=0.091
=chat =with | weight=0.091
=about =the | weight=0.091
=spoken | weight=0.090
=to =sorted | weight=0.090
=your =repair | weight=0.090
=payment =with | weight=0.090
=was =handed | weight=0.090
=december | weight=0.090
=taken | weight=0.090
=has =been | weight=0.090
=my =fridge | weight=0.090
=number =and | weight=0.089
=and =forth | weight=0.089
=forth | weight=0.089
=three =engineer | weight=0.089
=duplicate | weight=0.089
=visit =and | weight=0.088
=my =faulty | weight=0.088
=i =cancelled | weight=0.088
=the =status | weight=0.088
=it =isn't | weight=0.088, noneg
=th =time | weight=0.088
=nobody =has | weight=0.087, noneg
=none =of | weight=0.087, noneg
=my =call | weight=0.087
=be =sent | weight=0.087
=up =with | weight=0.087
=agent =promised | weight=0.087
=ages =ago | weight=0.087
=still =there | weight=0.087
=my =refund | weight=0.086
