# unresolved, en: learned by scripts/learn.py from 2531 tuning texts (188 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ I have written to your customer relations team on three separate occasions regarding my late father's account. Not one of those letters has been acknowledged, and the direct debits are still being taken.
+ was told I'd get £75 for three days with no water last month. since then: letter says payment 'being processed', email says I'm not eligible, phone call says it's been paid. it hasn't. every time I've had to explain it all again to someone different. just pay what you promised.
+ Called 6 times, issue still ongoing
- You've had my last penny.
- just want my £40 back tbh
=remains | weight=0.344
=still | weight=0.325
=we've | weight=0.314
=visit | weight=0.311
=month =of | weight=0.298
=nothing =has | weight=0.291, noneg
=wrong =bill | weight=0.265
=occasions | weight=0.262
=flagged | weight=0.260
=hasn't | weight=0.257, noneg
=leak | weight=0.246
=nowhere | weight=0.243
=problem | weight=0.241
=of =wrong | weight=0.236
=week =of | weight=0.230
=week =and | weight=0.230
=still =have | weight=0.226
=hasnt | weight=0.225, noneg
=as =before | weight=0.224
=nobody =could | weight=0.221, noneg
=time =and | weight=0.215
=it =still | weight=0.209
=email | weight=0.209
=account =for | weight=0.207
=reported =in | weight=0.206
=recurring | weight=0.205
=every =complaint | weight=0.200
=call =and | weight=0.197
=on =for | weight=0.197
=third | weight=0.193
=time =about | weight=0.193
=same =fault | weight=0.193
=since | weight=0.191
=issue | weight=0.191
=hasn't =been | weight=0.191, noneg
=ive | weight=0.190
=contact =you | weight=0.190
=since =march | weight=0.189
=week =i | weight=0.186
=fixed =last | weight=0.186
=last =like | weight=0.186
=to =crashing | weight=0.186
=ur =fixed | weight=0.186
=form =twice | weight=0.185
=as =solved | weight=0.182
=solved =nothing | weight=0.182, noneg
=resolved | weight=0.180
=still =leak | weight=0.178
=with =no | weight=0.177, noneg
=dead | weight=0.172
=th | weight=0.172
=fixed | weight=0.170
=along =since | weight=0.167
=contact | weight=0.166
=insurance =claim | weight=0.165
=support =just | weight=0.165
=countless | weight=0.165
=son =contract | weight=0.162
=solved | weight=0.162
=still =broken | weight=0.161
=yet | weight=0.161
=th =call | weight=0.161
=automated =reply | weight=0.160
=email =baggage | weight=0.160
=time | weight=0.157
=noise | weight=0.157
=the =noise | weight=0.157
=not =resolved | weight=0.156, noneg
=has =yet | weight=0.156
=the =fault | weight=0.156
=every =even | weight=0.155
=delivery =company | weight=0.154
=january | weight=0.154
=broadband | weight=0.152
=week =with | weight=0.152
=along | weight=0.152
=it =a | weight=0.152
=nothing =improved | weight=0.151, noneg
=guy =for | weight=0.150
=this =is | weight=0.150
=dropped =every | weight=0.149
=many =call | weight=0.148
=have =zero | weight=0.148
=hang =for | weight=0.147
=dragged | weight=0.147
=dragged =on | weight=0.147
=for =week | weight=0.147
=half =a | weight=0.146
=leads | weight=0.146
=been =trying | weight=0.146
=of =trying | weight=0.146
=the =broadband | weight=0.145
=saga | weight=0.145
=exactly =issue | weight=0.145
=phone =i | weight=0.143
=still =get | weight=0.143
=no =fewer | weight=0.143, noneg
=next =door | weight=0.143
=connection =is | weight=0.142
=boiler =still | weight=0.140
=raised =it | weight=0.140
=glitch | weight=0.140
=ever =be | weight=0.139
=return =in | weight=0.139
=wks | weight=0.139
=wks =and | weight=0.139
=in =your | weight=0.138
=a =years | weight=0.138
=email =them | weight=0.137
=nothing | weight=0.137, noneg
=not =been | weight=0.136, noneg
=still =isn't | weight=0.136, noneg
=in =chat | weight=0.135
=flagged =the | weight=0.135
=damp =problem | weight=0.135
=department =response | weight=0.134
=is =another | weight=0.134
=still =wrong | weight=0.132
=achieved | weight=0.132
=achieved =nothing | weight=0.132, noneg
=nothing =whatsoever | weight=0.132, noneg
=visit =achieved | weight=0.132
=didn't =answer | weight=0.132, noneg
=two =month | weight=0.132
=claim =has | weight=0.131
=my =insurance | weight=0.131
=since =june | weight=0.131
=been =dead | weight=0.131
=dead =for | weight=0.131
=fridge =has | weight=0.131
=keeps =be | weight=0.130
=broken | weight=0.130
=never =got | weight=0.129, noneg
=the =damp | weight=0.128
=access =her | weight=0.128
=no =notes | weight=0.128, noneg
=and =i'm | weight=0.128
=delay =is | weight=0.127
=and =nobody | weight=0.127, noneg
=persists | weight=0.127
=complaint =two | weight=0.127
=gas =connection | weight=0.127
=give =complaint | weight=0.127
=not =restored | weight=0.127, noneg
=go =online | weight=0.127
=at =home | weight=0.127
=x | weight=0.127
=they've | weight=0.126
=got =two | weight=0.126
=shower | weight=0.126
=the =shower | weight=0.126
=got =bounced | weight=0.126
=repeat =contact | weight=0.125
=is =still | weight=0.125
=no | weight=0.125, noneg
=time =a | weight=0.124
=for =half | weight=0.124
=network | weight=0.124
=rd =time | weight=0.124
=door | weight=0.124
=repair =of | weight=0.124
=we've =had | weight=0.124
=estimated =bill | weight=0.123
=row =even | weight=0.123
=third =estimated | weight=0.123
=overcharge | weight=0.123
=and =phone | weight=0.123
=get =nae | weight=0.123
=i'm =get | weight=0.123
=i've =phone | weight=0.123
=nae | weight=0.123
=nae =further | weight=0.123
=baggage =service | weight=0.123
=we =keeps | weight=0.123
=ongoing | weight=0.123
=diff =ppl | weight=0.122
=ppl | weight=0.122
=ppl =in | weight=0.122
=twice | weight=0.122
=is =not | weight=0.121, noneg
=you =back | weight=0.121
=call =you | weight=0.121
=said =we'll | weight=0.120
=they've =said | weight=0.120
=time =they've | weight=0.120
=we'll =call | weight=0.120
=diff | weight=0.120
=yet =to | weight=0.119
=is =pending | weight=0.119
=pending | weight=0.119
=pending =only | weight=0.119
=refund =issue | weight=0.119
=im | weight=0.119
=without =fixed | weight=0.119, noneg
=have =no | weight=0.118, noneg
=another =department | weight=0.118
=spring | weight=0.118
=the =spring | weight=0.118
=correct | weight=0.118
=i =ring | weight=0.118
=status | weight=0.118
=didn't | weight=0.118, noneg
=house =and | weight=0.118
=letter =back | weight=0.117
=my =ticket | weight=0.117
=my =pension | weight=0.117
=till =now | weight=0.116
=silence | weight=0.116
=return =my | weight=0.116
=on =no | weight=0.116, noneg
=have =strung | weight=0.116
=strung | weight=0.116
=strung =my | weight=0.116
=visit =and | weight=0.116
=third =time | weight=0.115
=exactly | weight=0.115
=not =solved | weight=0.115, noneg
=still =there | weight=0.115
=people =nobody | weight=0.115, noneg
=has =not | weight=0.114, noneg
=matter =has | weight=0.114
=remains =without | weight=0.114, noneg
=email =form | weight=0.114
=only =got | weight=0.113
=chat =with | weight=0.112
=technician | weight=0.112
=in =january | weight=0.112
=damp | weight=0.112
=now =my | weight=0.112
=again | weight=0.112
=no =internet | weight=0.112, noneg
=own =account | weight=0.111
=to =sorted | weight=0.111
=problem =with | weight=0.111
=same =broken | weight=0.111
=his =own | weight=0.111
=second | weight=0.110
=problem =has | weight=0.110
=your =repair | weight=0.110
=leak =in | weight=0.110
=ring =the | weight=0.110
=appointment =later | weight=0.110
=later =it | weight=0.110
=still =whistles | weight=0.110
=three =appointment | weight=0.110
=whistles | weight=0.110
=she =has | weight=0.110
=load | weight=0.109
=i'm =no | weight=0.109, noneg
=ages =ago | weight=0.108
=separate =occasions | weight=0.108
=to =resolved | weight=0.108
=action | weight=0.108
=persists =to | weight=0.107
=this =days | weight=0.107
=engineer =visit | weight=0.107
=says =contact | weight=0.107
=crashing | weight=0.107
=and =says | weight=0.107
=account =has | weight=0.106
=overcharge =on | weight=0.106
=second =time | weight=0.106
=of =call | weight=0.106
=nd | weight=0.105
=no =better | weight=0.105, noneg
=no =further | weight=0.105, noneg
=and =forth | weight=0.105
=forth | weight=0.105
=have =written | weight=0.105
=endless =saga | weight=0.105
=saga =the | weight=0.105
=filled =in | weight=0.105
=my =son | weight=0.104
=occasions =i | weight=0.104
=am =contact | weight=0.104
=you =since | weight=0.104
=three =engineer | weight=0.103
=further | weight=0.103
=fourth | weight=0.103
=a =meter | weight=0.103
=got =passed | weight=0.102
=pension =statement | weight=0.102
=hang | weight=0.102
=dispute | weight=0.102
=got =no | weight=0.102, noneg
=problem =is | weight=0.101
=three =occasions | weight=0.101
=issue =is | weight=0.100
=repeat | weight=0.099
=reference =the | weight=0.099
=spiel | weight=0.099
=cut =out | weight=0.099
=sorted =my | weight=0.099
=payment =with | weight=0.099
=the =duplicate | weight=0.098
=have =been | weight=0.098
=hour =at | weight=0.098
=kept =dropped | weight=0.098
=the =overcharge | weight=0.097
=be =told | weight=0.097
=the =delivery | weight=0.097
=spoken =to | weight=0.097
=make =no | weight=0.096, noneg
=reported =the | weight=0.096
=several | weight=0.096
=with =someone | weight=0.096
=closed =my | weight=0.096
=be =sorted | weight=0.095
=the =visit | weight=0.095
=remotely | weight=0.095
=spoken | weight=0.095
=baggage | weight=0.095
=told =it | weight=0.094
=without =heating | weight=0.093, noneg
=passed =from | weight=0.093
=to =this | weight=0.093
=since =i | weight=0.092
=to =access | weight=0.092
=has =never | weight=0.091, noneg
=call =several | weight=0.091
=three =visit | weight=0.091
=my =fridge | weight=0.091
=credit =back | weight=0.091
=fridge | weight=0.091
=you =not | weight=0.090, noneg
=duplicate | weight=0.090
=will =it | weight=0.090
=matter =to | weight=0.090
=in =total | weight=0.089
=total =and | weight=0.089
=total | weight=0.089
=up =with | weight=0.089
=your =contractor | weight=0.089
=call | weight=0.089
=couldn't =figure | weight=0.089, noneg
=noise =from | weight=0.089
=no =hot | weight=0.089, noneg
=the =same | weight=0.088
=been =message | weight=0.088
=status =hasnt | weight=0.088, noneg
=a =phone | weight=0.088
=says =go | weight=0.087
=it =hasn't | weight=0.087, noneg
=be =correct | weight=0.087
=the =status | weight=0.087
=same =answer | weight=0.086
=and =couldn't | weight=0.086, noneg
=no =heating | weight=0.086, noneg
=i =remains | weight=0.086
=after =call | weight=0.085
=time =my | weight=0.085
=do =you | weight=0.085
=your =contact | weight=0.085
=none | weight=0.085, noneg
=ticket =as | weight=0.085
=message =u | weight=0.085
=caller | weight=0.084
=internet | weight=0.084
=in =two | weight=0.084
=no =working | weight=0.084, noneg
=bill =in | weight=0.083
=despite | weight=0.083
=the =heating | weight=0.083
=insurance | weight=0.083
=my =refund | weight=0.083
=i've =email | weight=0.083
=zero | weight=0.083
=march =the | weight=0.082
=remains =uncorrected | weight=0.082
=uncorrected | weight=0.082
=the =fourth | weight=0.082
=and =left | weight=0.082
=a =row | weight=0.082
=they =have | weight=0.082
=shop =says | weight=0.082
=email =three | weight=0.082
=after =your | weight=0.082
=hasnt =moved | weight=0.082, noneg
=fault | weight=0.080
=we'll | weight=0.080
=form =letter | weight=0.080
=jacket | weight=0.080
=the =jacket | weight=0.080
=son | weight=0.080
=contact =form | weight=0.080
=none =of | weight=0.080, noneg
=broken =router | weight=0.079
=written =to | weight=0.079
=row | weight=0.079
=week =on | weight=0.079
=states =the | weight=0.079
=debit | weight=0.079
=directed =debit | weight=0.079
=continues | weight=0.079
=continues =to | weight=0.079
=broadband =outage | weight=0.079
=contact =the | weight=0.079
=internet =is | weight=0.078
=closed | weight=0.078
=have =flagged | weight=0.078
