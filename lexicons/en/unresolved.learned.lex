# unresolved, en: learned by scripts/learn.py from 3245 tuning texts (287 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ This is my 3rd chat today. 3rd. And each time I have to give my order number, email, address and the whole story. Still no refund.
+ I have written to your customer relations team on three separate occasions regarding my late father's account. Not one of those letters has been acknowledged, and the direct debits are still being taken.
+ was told I'd get £75 for three days with no water last month. since then: letter says payment 'being processed', email says I'm not eligible, phone call says it's been paid. it hasn't. every time I've had to explain it all again to someone different. just pay what you promised.
- ok
- You've had my last penny.
=remains | weight=0.415
=still | weight=0.348
=month =of | weight=0.347
=we've | weight=0.333
=nowhere | weight=0.315
=visit | weight=0.304
=resolved | weight=0.301
=nothing =has | weight=0.291, noneg
=not =even | weight=0.289, noneg
=without =fixed | weight=0.261, noneg
=flagged | weight=0.260
=no =matter | weight=0.256, noneg
=occasions | weight=0.251
=leak | weight=0.249
=wrong =bill | weight=0.247
=contact =you | weight=0.244
=th =call | weight=0.236
=third | weight=0.234
=as =before | weight=0.220
=week =of | weight=0.219
=recurring | weight=0.216
=account =for | weight=0.208
=persists | weight=0.207
=week =and | weight=0.207
=of =wrong | weight=0.207
=still =no | weight=0.203, noneg
=as =solved | weight=0.199
=solved =nothing | weight=0.199, noneg
=since =march | weight=0.199
=never =got | weight=0.198, noneg
=still =broken | weight=0.197
=time =about | weight=0.196
=hasnt | weight=0.196, noneg
=still =have | weight=0.196
=week =i | weight=0.192
=nobody =could | weight=0.191, noneg
=form =twice | weight=0.191
=hasn't | weight=0.189, noneg
=countless | weight=0.189
=solved | weight=0.186
=not =had | weight=0.186, noneg
=reported =in | weight=0.184
=insurance =claim | weight=0.184
=every =complaint | weight=0.184
=fixed =last | weight=0.182
=last =like | weight=0.182
=to =crashing | weight=0.182
=ur =fixed | weight=0.182
=nothing =ever | weight=0.181, noneg
=hasn't =been | weight=0.181, noneg
=same =fault | weight=0.178
=support =just | weight=0.178
=still =isn't | weight=0.178, noneg
=fixed | weight=0.178
=problem =is | weight=0.178
=along =since | weight=0.177
=i =ring | weight=0.176
=time | weight=0.176
=automated =reply | weight=0.174
=email =baggage | weight=0.174
=time =and | weight=0.174
=my =router | weight=0.174
=nothing =improved | weight=0.173, noneg
=meter =read | weight=0.173
=with =no | weight=0.172, noneg
=it =still | weight=0.172
=every =even | weight=0.172
=for =week | weight=0.170
=closed =the | weight=0.170
=on =for | weight=0.170
=still =wont | weight=0.169, noneg
=problem | weight=0.166
=no =internet | weight=0.166, noneg
=written =to | weight=0.165
=dropped =every | weight=0.165
=wont | weight=0.165, noneg
=noise | weight=0.165
=the =noise | weight=0.165
=january | weight=0.164
=has =not | weight=0.163, noneg
=along | weight=0.163
=endless | weight=0.161
=am =contact | weight=0.161
=exactly =issue | weight=0.161
=filled | weight=0.159
=still =leak | weight=0.159
=wks | weight=0.158
=wks =and | weight=0.158
=my =complaint | weight=0.158
=didn't =answer | weight=0.157, noneg
=yet | weight=0.156
=son =contract | weight=0.156
=ring =the | weight=0.156
=status | weight=0.156
=be =fixed | weight=0.155
=next =door | weight=0.155
=not =been | weight=0.154, noneg
=on =and | weight=0.154
=she =has | weight=0.153
=leads | weight=0.153
=make =no | weight=0.153, noneg
=has =yet | weight=0.152
=six =week | weight=0.152
=the =case | weight=0.151
=direct =debit | weight=0.151
=in =chat | weight=0.150
=back =where | weight=0.149
=email =on | weight=0.149
=email | weight=0.149
=dead | weight=0.148
=many =call | weight=0.148
=not =resolved | weight=0.148, noneg
=internet | weight=0.148
=dragged | weight=0.148
=dragged =on | weight=0.148
=no =broadband | weight=0.148, noneg
=go =online | weight=0.147
=be =sorted | weight=0.147
=raised =it | weight=0.146
=week =on | weight=0.146
=debit | weight=0.146
=connection =is | weight=0.145
=zero | weight=0.145
=half =a | weight=0.145
=issue | weight=0.145
=email =them | weight=0.144
=no =notes | weight=0.142, noneg
=damp =problem | weight=0.141
=guy =for | weight=0.140
=nobody =has | weight=0.140, noneg
=visit =to | weight=0.140
=bill =for | weight=0.140
=x | weight=0.140
=the =fault | weight=0.139
=you =have | weight=0.139
=of =trying | weight=0.139
=achieved | weight=0.139
=achieved =nothing | weight=0.139, noneg
=nothing =whatsoever | weight=0.139, noneg
=visit =achieved | weight=0.139
=this =is | weight=0.138
=got =two | weight=0.138
=of =email | weight=0.138
=twice | weight=0.138
=send =the | weight=0.137
=i'm =no | weight=0.136, noneg
=claim =has | weight=0.136
=since =june | weight=0.136
=baggage =service | weight=0.136
=repair =of | weight=0.136
=we've =had | weight=0.136
=a =years | weight=0.136
=is =pending | weight=0.135
=pending | weight=0.135
=pending =only | weight=0.135
=refund =issue | weight=0.135
=closed | weight=0.135
=and =i'm | weight=0.135
=broadband | weight=0.134
=repeat =contact | weight=0.134
=ive | weight=0.134
=says =contact | weight=0.134
=numerous | weight=0.133
=march =and | weight=0.133
=of =call | weight=0.133
=despite | weight=0.133
=my =insurance | weight=0.133
=second | weight=0.133
=after =eight | weight=0.132
=keeps =come | weight=0.132
=letter =back | weight=0.132
=nobody =answer | weight=0.131, noneg
=till =now | weight=0.131
=complaint =two | weight=0.131
=gas =connection | weight=0.131
=give =complaint | weight=0.131
=not =restored | weight=0.131, noneg
=they =shut | weight=0.131
=you =on | weight=0.131
=glitch | weight=0.131
=shut =my | weight=0.130
=have =no | weight=0.130, noneg
=been =dead | weight=0.129
=dead =for | weight=0.129
=fridge =has | weight=0.129
=been =trying | weight=0.129
=is =my | weight=0.129
=overcharge | weight=0.128
=and =nobody | weight=0.128, noneg
=problem =has | weight=0.128
=modem | weight=0.127
=no =further | weight=0.127, noneg
=the =damp | weight=0.127
=may =and | weight=0.127
=still =wrong | weight=0.127
=no =fewer | weight=0.126, noneg
=get =nae | weight=0.126
=i'm =get | weight=0.126
=i've =phone | weight=0.126
=nae | weight=0.126
=nae =further | weight=0.126
=diff =ppl | weight=0.126
=ppl | weight=0.126
=ppl =in | weight=0.126
=december | weight=0.126
=people =nobody | weight=0.126, noneg
=flagged =the | weight=0.125
=diff | weight=0.125
=not =a | weight=0.125, noneg
=yet =to | weight=0.125
=they've | weight=0.125
=house =and | weight=0.124
=separate =occasions | weight=0.124
=spring | weight=0.124
=the =spring | weight=0.124
=keeps =be | weight=0.124
=was =resolved | weight=0.124
=in =january | weight=0.123
=shut | weight=0.123
=week =with | weight=0.123
=this =and | weight=0.122
=got =bounced | weight=0.122
=said =we'll | weight=0.122
=they've =said | weight=0.122
=time =they've | weight=0.122
=we'll =call | weight=0.122
=about =the | weight=0.122
=broken | weight=0.122
=debit =is | weight=0.122
=in =march | weight=0.122
=nd | weight=0.121
=been =kept | weight=0.121
=shower | weight=0.121
=own =account | weight=0.121
=nothing =change | weight=0.120, noneg
=hang =for | weight=0.120
=load | weight=0.120
=fixed =by | weight=0.120
=me =your | weight=0.120
=you =gave | weight=0.120
=ever =be | weight=0.120
=form =in | weight=0.120
=ongoing | weight=0.119
=the =shower | weight=0.119
=not =solved | weight=0.119, noneg
=the =month | weight=0.119
=and =phone | weight=0.119
=you =since | weight=0.119
=have =zero | weight=0.118
=let =alone | weight=0.118
=useless | weight=0.118
=phone =call | weight=0.118
=boiler =still | weight=0.118
=correct | weight=0.118
=for =half | weight=0.118
=app =still | weight=0.117
=no =better | weight=0.117, noneg
=his =own | weight=0.117
=different =people | weight=0.117
=access =her | weight=0.117
=package | weight=0.117
=have =strung | weight=0.117
=strung | weight=0.117
=strung =my | weight=0.117
=only =got | weight=0.116
=exactly | weight=0.116
=network | weight=0.116
=return =my | weight=0.116
=support =keeps | weight=0.116
=i've =had | weight=0.115
=your =helpline | weight=0.115
=estimated =bill | weight=0.115
=row =even | weight=0.115
=third =estimated | weight=0.115
=no =working | weight=0.114, noneg
=kept =dropped | weight=0.114
=third =time | weight=0.114
=two =month | weight=0.113
=identical =reply | weight=0.113
=contact | weight=0.113
=no | weight=0.113, noneg
=reference =the | weight=0.112
=department =response | weight=0.112
=is =another | weight=0.112
=the =laptop | weight=0.112
=phone =i | weight=0.112
=still =get | weight=0.112
=switch =supplier | weight=0.111
=we =keeps | weight=0.111
=it =a | weight=0.111
=bill =error | weight=0.111
=on =no | weight=0.110, noneg
=appointment =later | weight=0.110
=later =it | weight=0.110
=still =whistles | weight=0.110
=three =appointment | weight=0.110
=whistles | weight=0.110
=hour =at | weight=0.109
=technical =and | weight=0.109
=reported =this | weight=0.109
=claim =team | weight=0.109
=no =heating | weight=0.109, noneg
=alone | weight=0.109
=is =not | weight=0.109, noneg
=says =go | weight=0.109
=had =nothing | weight=0.108, noneg
=is =still | weight=0.108
=email =form | weight=0.108
=spoken =to | weight=0.108
=and =forth | weight=0.108
=forth | weight=0.108
=endless =saga | weight=0.108
=saga =the | weight=0.108
=issue =still | weight=0.108
=it =isn't | weight=0.108, noneg
=the =visit | weight=0.108
=occasions =i | weight=0.108
=return =in | weight=0.107
=supplier | weight=0.107
=msg | weight=0.107
=none =of | weight=0.106, noneg
=it =hasn't | weight=0.106, noneg
=no =answer | weight=0.106, noneg
=credit =back | weight=0.106
=time =a | weight=0.106
=g'day | weight=0.106
=spoken | weight=0.105
=another =department | weight=0.105
=the =broadband | weight=0.104
=rd =time | weight=0.104
=your =repair | weight=0.104
=in =may | weight=0.104
=matter =to | weight=0.104
=still =won't | weight=0.104, noneg
=account =has | weight=0.104
=overcharge =on | weight=0.104
=th =time | weight=0.104
=and =couldn't | weight=0.104, noneg
=out =why | weight=0.103
=am =again | weight=0.103
=i =cancelled | weight=0.103
=the =overcharge | weight=0.103
=further | weight=0.103
=silence | weight=0.102
=no =hot | weight=0.102, noneg
=baggage | weight=0.102
=second =time | weight=0.102
=up =with | weight=0.101
=the =duplicate | weight=0.101
=at =home | weight=0.101
=it =december | weight=0.100
=this =fault | weight=0.100
=be =taken | weight=0.100
=the =direct | weight=0.100
=they =closed | weight=0.100
=you =back | weight=0.100
=payment =with | weight=0.100
=it =started | weight=0.099
=where =it | weight=0.099
=agent =promised | weight=0.099
=fourth | weight=0.098
=statement =remains | weight=0.098
=dispute | weight=0.098
=to =resolved | weight=0.098
=signal | weight=0.097
=the =heating | weight=0.097
=a =meter | weight=0.097
=isn't =fixed | weight=0.097, noneg
=and =heard | weight=0.097
=my =son | weight=0.097
=three =occasions | weight=0.097
=time =i'm | weight=0.097
=my =fridge | weight=0.096
=not =rude | weight=0.096, noneg
=since | weight=0.096
=my =pension | weight=0.096
=duplicate | weight=0.096
=very =help | weight=0.096
=my =faulty | weight=0.096
=form =letter | weight=0.096
=two =hour | weight=0.096
=problem =with | weight=0.095
=im | weight=0.095
=blamed =the | weight=0.095
=nobody =knew | weight=0.095, noneg
=june | weight=0.095
=four =email | weight=0.095
=sent =four | weight=0.095
=it'll | weight=0.094
=it'll =be | weight=0.094
=reboot | weight=0.094
=my =refund | weight=0.094
=raised =this | weight=0.094
=and =says | weight=0.094
=leak =in | weight=0.093
=filled =in | weight=0.093
=no =different | weight=0.093, noneg
=and =left | weight=0.092
=chat =with | weight=0.092
=same =answer | weight=0.092
