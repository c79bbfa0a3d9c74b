# unresolved, en: learned by scripts/learn.py from 2841 tuning texts (218 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ This is my 3rd chat today. 3rd. And each time I have to give my order number, email, address and the whole story. Still no refund.
+ was told I'd get £75 for three days with no water last month. since then: letter says payment 'being processed', email says I'm not eligible, phone call says it's been paid. it hasn't. every time I've had to explain it all again to someone different. just pay what you promised.
+ Called 6 times, issue still ongoing
- You've had my last penny.
- just want my £40 back tbh
=remains | weight=0.336
=we've | weight=0.318
=still | weight=0.316
=visit | weight=0.311
=nothing =has | weight=0.297, noneg
=month =of | weight=0.286
=leak | weight=0.271
=flagged | weight=0.269
=nowhere | weight=0.266
=occasions | weight=0.261
=wrong =bill | weight=0.260
=hasn't | weight=0.253, noneg
=weeks =and | weight=0.252
=email | weight=0.234
=as =before | weight=0.231
=hasnt | weight=0.225, noneg
=problem | weight=0.224
=of =wrong | weight=0.220
=third | weight=0.218
=still =have | weight=0.216
=weeks =of | weight=0.214
=account =for | weight=0.213
=contact =you | weight=0.208
=recurring | weight=0.205
=th =call | weight=0.201
=resolved | weight=0.201
=nobody =could | weight=0.200, noneg
=time =about | weight=0.199
=on =for | weight=0.198
=every =complaint | weight=0.194
=form =twice | weight=0.191
=weeks =i | weight=0.189
=call =and | weight=0.188
=as =solved | weight=0.187
=solved =nothing | weight=0.187, noneg
=since =march | weight=0.186
=ive | weight=0.182
=hasn't =been | weight=0.182, noneg
=report =in | weight=0.180
=time =and | weight=0.180
=fixed =last | weight=0.180
=last =like | weight=0.180
=to =crashing | weight=0.180
=ur =fixed | weight=0.180
=th | weight=0.178
=insurance =claim | weight=0.176
=it =still | weight=0.175
=still =wont | weight=0.175, noneg
=support =just | weight=0.173
=wont | weight=0.172, noneg
=solved | weight=0.171
=delivery =company | weight=0.170
=no =internet | weight=0.168, noneg
=fixed | weight=0.168
=it =a | weight=0.167
=dead | weight=0.167
=since | weight=0.165
=the =fault | weight=0.165
=nothing =improved | weight=0.164, noneg
=been =trying | weight=0.164
=same =fault | weight=0.164
=yet | weight=0.163
=issue | weight=0.162
=still =leak | weight=0.162
=every =even | weight=0.161
=dropped =every | weight=0.161
=contact | weight=0.160
=along =since | weight=0.159
=still =broken | weight=0.159
=has =yet | weight=0.157
=not =resolved | weight=0.157, noneg
=son =contract | weight=0.156
=automated =reply | weight=0.154
=email =baggage | weight=0.154
=january | weight=0.153
=with =no | weight=0.153, noneg
=connection =is | weight=0.151
=noise | weight=0.151
=the =noise | weight=0.151
=in =chat | weight=0.150
=exactly =issue | weight=0.150
=leads | weight=0.150
=guy =for | weight=0.149
=saga | weight=0.149
=still =no | weight=0.148, noneg
=of =trying | weight=0.147
=this =is | weight=0.147
=broadband | weight=0.147
=countless | weight=0.147
=internet | weight=0.146
=along | weight=0.146
=raised =it | weight=0.145
=dragged | weight=0.144
=dragged =on | weight=0.144
=email =them | weight=0.143
=half =a | weight=0.142
=ever =be | weight=0.142
=and =i'm | weight=0.142
=no =fewer | weight=0.141, noneg
=in =your | weight=0.140
=claim =has | weight=0.139
=since =june | weight=0.139
=glitch | weight=0.139
=a =years | weight=0.138
=she =has | weight=0.137
=wks | weight=0.137
=wks =and | weight=0.137
=next =door | weight=0.136
=never =got | weight=0.136, noneg
=have =zero | weight=0.135
=my =insurance | weight=0.135
=flagged =the | weight=0.135
=still =wrong | weight=0.134
=march | weight=0.134
=email =on | weight=0.134
=complaint =two | weight=0.133
=gas =connection | weight=0.133
=give =complaint | weight=0.133
=not =restored | weight=0.133, noneg
=damp =problem | weight=0.133
=go =online | weight=0.132
=the =damp | weight=0.132
=nd | weight=0.132
=keeps =be | weight=0.132
=two =month | weight=0.131
=not =even | weight=0.130, noneg
=out =why | weight=0.129
=another =department | weight=0.129
=they've | weight=0.128
=been =dead | weight=0.128
=dead =for | weight=0.128
=fridge =has | weight=0.128
=exactly | weight=0.128
=time | weight=0.128
=not =been | weight=0.127, noneg
=got =bounced | weight=0.127
=delay =is | weight=0.127
=package | weight=0.127
=and =nobody | weight=0.127, noneg
=achieved | weight=0.127
=achieved =nothing | weight=0.127, noneg
=nothing =whatsoever | weight=0.127, noneg
=visit =achieved | weight=0.127
=x | weight=0.127
=house =and | weight=0.127
=phone =i | weight=0.126
=still =get | weight=0.126
=we =keeps | weight=0.126
=many =call | weight=0.126
=return =in | weight=0.124
=didn't =answer | weight=0.124, noneg
=correct | weight=0.124
=yet =to | weight=0.123
=call =you | weight=0.123
=diff =ppl | weight=0.123
=ppl | weight=0.123
=ppl =in | weight=0.123
=said =we'll | weight=0.123
=they've =said | weight=0.123
=time =they've | weight=0.123
=we'll =call | weight=0.123
=for =half | weight=0.122
=silence | weight=0.122
=boiler =still | weight=0.122
=diff | weight=0.122
=department =response | weight=0.122
=is =another | weight=0.122
=access =her | weight=0.122
=in =may | weight=0.121
=no =notes | weight=0.121, noneg
=repeat =contact | weight=0.121
=i'm =no | weight=0.121, noneg
=time =a | weight=0.121
=repair =of | weight=0.120
=we've =had | weight=0.120
=status | weight=0.120
=at =home | weight=0.120
=filled =in | weight=0.118
=second | weight=0.118
=is =pending | weight=0.118
=pending | weight=0.118
=pending =only | weight=0.118
=refund =issue | weight=0.118
=modem | weight=0.118
=estimated =bill | weight=0.118
=row =even | weight=0.118
=third =estimated | weight=0.118
=shower | weight=0.118
=the =shower | weight=0.118
=baggage =service | weight=0.118
=in =january | weight=0.117
=says =contact | weight=0.117
=load | weight=0.117
=own =account | weight=0.117
=get =nae | weight=0.117
=i'm =get | weight=0.117
=i've =phone | weight=0.117
=nae | weight=0.117
=nae =further | weight=0.117
=of =call | weight=0.117
=have =strung | weight=0.117
=strung | weight=0.117
=strung =my | weight=0.117
=issue =still | weight=0.117
=network | weight=0.116
=return =my | weight=0.116
=about =the | weight=0.115
=leak =in | weight=0.115
=on =no | weight=0.115, noneg
=weeks =with | weight=0.115
=till =now | weight=0.115
=problem =has | weight=0.115
=have =no | weight=0.114, noneg
=matter =has | weight=0.114
=remains =without | weight=0.114, noneg
=overcharge | weight=0.114
=no | weight=0.114, noneg
=for =weeks | weight=0.114
=report =this | weight=0.113
=no =better | weight=0.113, noneg
=damp | weight=0.113
=persists | weight=0.113
=only =got | weight=0.113
=without =fixed | weight=0.113, noneg
=hang =for | weight=0.112
=letter =back | weight=0.112
=broken | weight=0.112
=still =isn't | weight=0.111, noneg
=the =visit | weight=0.111
=and =phone | weight=0.111
=no =hot | weight=0.111, noneg
=still =there | weight=0.111
=is =not | weight=0.111, noneg
=am =contact | weight=0.110
=you =since | weight=0.110
=crashing | weight=0.110
=been =kept | weight=0.110
=ongoing | weight=0.110
=reboot | weight=0.109
=switch =supplier | weight=0.109
=signal | weight=0.109
=my =ticket | weight=0.108
=got =two | weight=0.108
=his =own | weight=0.108
=twice | weight=0.108
=no =answer | weight=0.108, noneg
=technician | weight=0.108
=problem =with | weight=0.108
=appointment =later | weight=0.108
=later =it | weight=0.108
=still =whistles | weight=0.108
=three =appointment | weight=0.108
=whistles | weight=0.108
=separate =occasions | weight=0.108
=now =my | weight=0.108
=issue =is | weight=0.107
=has =not | weight=0.107, noneg
=to =sorted | weight=0.107
=kept =dropped | weight=0.107
=account =has | weight=0.106
=overcharge =on | weight=0.106
=occasions =i | weight=0.106
=endless =saga | weight=0.105
=saga =the | weight=0.105
=hour =at | weight=0.105
=is =still | weight=0.105
=problem =is | weight=0.105
=you =back | weight=0.105
=my =pension | weight=0.105
=three =occasions | weight=0.105
=my =son | weight=0.105
=im | weight=0.104
=says =go | weight=0.104
=identical =reply | weight=0.104
=nothing | weight=0.104, noneg
=didn't | weight=0.104, noneg
=after =your | weight=0.104
=again | weight=0.103
=i =ring | weight=0.103
=spring | weight=0.103
=the =spring | weight=0.103
=rd =time | weight=0.103
=to =resolved | weight=0.103
=it =hasn't | weight=0.103, noneg
=the =broadband | weight=0.103
=and =says | weight=0.103
=msg | weight=0.103
=same =answer | weight=0.102
=have =been | weight=0.102
=visit =and | weight=0.102
=several | weight=0.102
=persists =to | weight=0.101
=this =days | weight=0.101
=couldn't =figure | weight=0.101, noneg
=reference =the | weight=0.101
=your =repair | weight=0.101
=and =forth | weight=0.101
=forth | weight=0.101
=sorted =my | weight=0.101
=spoken =to | weight=0.101
=people =nobody | weight=0.101, noneg
=no =further | weight=0.101, noneg
=directed =debit | weight=0.101
=march =and | weight=0.100
=closed =my | weight=0.100
=door | weight=0.100
=ages =ago | weight=0.100
=spoken | weight=0.100
=not =solved | weight=0.100, noneg
=engineer =visit | weight=0.099
=got =nowhere | weight=0.099
=the =duplicate | weight=0.099
=and =couldn't | weight=0.098, noneg
=further | weight=0.098
=be =told | weight=0.098
=email =form | weight=0.097
=report =the | weight=0.097
=the =overcharge | weight=0.097
=fourth | weight=0.097
=a =meter | weight=0.097
=debit | weight=0.097
=have =written | weight=0.096
=third =time | weight=0.096
=back =where | weight=0.096
=payment =with | weight=0.096
=waiting =three | weight=0.096
=dispute | weight=0.095
=be =correct | weight=0.095
=spiel | weight=0.095
=shop =says | weight=0.094
=fault | weight=0.094
=matter =to | weight=0.093
=th =time | weight=0.093
=call =several | weight=0.093
=g'day | weight=0.093
=pension =statement | weight=0.093
=be =sorted | weight=0.093
=i've | weight=0.093
=chat =with | weight=0.092
=baggage | weight=0.092
=got =no | weight=0.092, noneg
=total | weight=0.092
=has =never | weight=0.091, noneg
=my =fridge | weight=0.091
=fly | weight=0.091
=will =it | weight=0.090
=very =help | weight=0.090
=three =engineer | weight=0.090
=to =this | weight=0.090
=been =message | weight=0.089
=status =hasnt | weight=0.089, noneg
=filled | weight=0.089
=visit =to | weight=0.089
=despite | weight=0.089
=duplicate | weight=0.088
=i =remains | weight=0.088
=three =visit | weight=0.088
=up =with | weight=0.088
=twice =and | weight=0.088
=started =the | weight=0.088
=engineer | weight=0.088
=your =contact | weight=0.088
=your =contractor | weight=0.088
=agent =promised | weight=0.088
=identical | weight=0.087
=the =status | weight=0.087
=overpayment | weight=0.087
=the =overpayment | weight=0.087
=message =u | weight=0.087
=two =hour | weight=0.086
=be =sent | weight=0.086
=the =boiler | weight=0.086
=form =letter | weight=0.086
=same =broken | weight=0.086
=the =jacket | weight=0.085
=in =total | weight=0.085
=without =heating | weight=0.085, noneg
=noise =from | weight=0.085
=your =portal | weight=0.085
=return =the | weight=0.085
=technical =and | weight=0.085
=got =passed | weight=0.084
=time =i'm | weight=0.084
=march =the | weight=0.084
=remains =uncorrected | weight=0.084
=uncorrected | weight=0.084
=visit =the | weight=0.084
=and =never | weight=0.084, noneg
=make =no | weight=0.084, noneg
=the =started | weight=0.084
=couldnt | weight=0.084, noneg
=for =two | weight=0.084
=my =broadband | weight=0.084
=hasnt =moved | weight=0.084, noneg
=weeks =for | weight=0.083
=cut =out | weight=0.083
=remotely | weight=0.083
=october | weight=0.083
=endless | weight=0.083
=since =january | weight=0.082
