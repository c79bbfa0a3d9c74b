# broken_promise, en: learned by scripts/learn.py from 3044 tuning texts (176 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ You gave me your word this would be fixed by the end of the month. It was not.
+ you said my new card would be here in 3-5 working days. 12 working days later...
+ Caller advises a goodwill credit was agreed on the previous call but it was never applied.
- ok
- You've had my last penny.
=promised | weight=0.465
=was =promised | weight=0.343
=committed | weight=0.334
=committed =to | weight=0.334
=it =been | weight=0.312
=assured | weight=0.306
=guaranteed | weight=0.270
=came =and | weight=0.256
=guaranteed =a | weight=0.256
=the =discount | weight=0.236
=promised =to | weight=0.230
=u | weight=0.225
=went =up | weight=0.221
=to =what | weight=0.217
=been =told | weight=0.216
=would =be | weight=0.215
=voucher | weight=0.214
=swore | weight=0.212
=a =voucher | weight=0.210
=nobody =has | weight=0.207, noneg
=will =come | weight=0.206
=was =go | weight=0.204
=someone =will | weight=0.199
=be =sorted | weight=0.197
=the =upgrade | weight=0.197
=never | weight=0.193, noneg
=contrary | weight=0.192
=contrary =to | weight=0.192
=discount | weight=0.191
=i =keeps | weight=0.190
=get =my | weight=0.189
=would =ring | weight=0.189
=amount | weight=0.189
=it =went | weight=0.186
=were =promised | weight=0.185
=the =refund | weight=0.183
=leave =it | weight=0.182
=never =did | weight=0.181, noneg
=me =and | weight=0.179
=they =told | weight=0.177
=later | weight=0.176
=never =heard | weight=0.174, noneg
=my =new | weight=0.173
=u =said | weight=0.170
=boiler =by | weight=0.169
=vowed | weight=0.169
=offer | weight=0.169
=that =was | weight=0.168
=credit | weight=0.168
=by =the | weight=0.166
=swore =the | weight=0.166
=has =not | weight=0.165, noneg
=he'd | weight=0.165
=no =sign | weight=0.163, noneg
=be =fixed | weight=0.163
=gone =up | weight=0.162
=was =come | weight=0.162
=come | weight=0.161
=i'd =get | weight=0.161
=replacement =the | weight=0.160
=famous | weight=0.159
=famous =last | weight=0.159
=last =word | weight=0.159
=it =never | weight=0.159, noneg
=nope | weight=0.157, noneg
=you =said | weight=0.157
=told =a | weight=0.155
=included | weight=0.155
=goodwill | weight=0.153
=said =he'd | weight=0.153
=days =later | weight=0.152
=promised =the | weight=0.152
=new =sim | weight=0.151
=not =been | weight=0.151, noneg
=was =never | weight=0.151, noneg
=call =back | weight=0.149
=is =in | weight=0.146
=empty | weight=0.146
=promised =for | weight=0.144
=price | weight=0.143
=what =your | weight=0.143
=the =part | weight=0.142
=the =amount | weight=0.142
=repair =the | weight=0.142
=no =call | weight=0.142, noneg
=promised =they | weight=0.141
=ring | weight=0.141
=yet | weight=0.141
=still =waiting | weight=0.140
=ur =guy | weight=0.140
=will =be | weight=0.139
=and =went | weight=0.139
=blind =the | weight=0.139
=fee =would | weight=0.138
=would | weight=0.138
=said =you'd | weight=0.135
=we'd | weight=0.135
=empty =promised | weight=0.134
=we'll | weight=0.134
=upgrade | weight=0.134
=still =hasn't | weight=0.134, noneg
=you =back | weight=0.133
=gave =me | weight=0.133
=became | weight=0.132
=week =ago | weight=0.132
=tuesday | weight=0.132
=nobody =ever | weight=0.131, noneg
=where =is | weight=0.130
=false | weight=0.129
=false =promised | weight=0.129
=promised =every | weight=0.129
=upgrade =wouldn't | weight=0.129, noneg
=wouldn't =change | weight=0.129, noneg
=was =guaranteed | weight=0.129
=no =showed | weight=0.128, noneg
=showed =no | weight=0.128, noneg
=the =date | weight=0.128
=you'd | weight=0.128
=never =materialised | weight=0.127, noneg
=your =manager | weight=0.127
=no =money | weight=0.127, noneg
=assured =me | weight=0.126
=and =never | weight=0.126, noneg
=keeps =be | weight=0.125
=was =offer | weight=0.125
=back =within | weight=0.125
=ring =me | weight=0.124
=compensation | weight=0.124
=manager =has | weight=0.124
=they =make | weight=0.123
=from =us | weight=0.122
=you'll =hear | weight=0.122
=adviser =on | weight=0.122
=friday =again | weight=0.121
=friday =they | weight=0.121
=said =tuesday | weight=0.121
=was =friday | weight=0.121
=promised =me | weight=0.120
=included =in | weight=0.120
=they =confirmation | weight=0.119
=then =i | weight=0.119
=said =we'll | weight=0.118
=they've =said | weight=0.118
=time =they've | weight=0.118
=we'll =call | weight=0.118
=reverse | weight=0.118
=be =reverse | weight=0.117
=friday | weight=0.117
=last =call | weight=0.117
=hour =yeah | weight=0.117
=u =back | weight=0.117
=the =callback | weight=0.116
=days =it | weight=0.116
=broadband =price | weight=0.115
=send =new | weight=0.115
=was =bill | weight=0.114
=the =post | weight=0.114
=you'll | weight=0.114
=refund =will | weight=0.113
=discount =for | weight=0.113
=manager =said | weight=0.112
=next =week | weight=0.111
=be =with | weight=0.111
=thursday | weight=0.111
=the =gym | weight=0.111
=to =send | weight=0.110
=guy =offer | weight=0.110
=offer =never | weight=0.110, noneg
=voucher =ur | weight=0.110
=yeah =right | weight=0.110
=was =closed | weight=0.110
=said =refund | weight=0.110
=sold =to | weight=0.110
=credit =was | weight=0.109
=in =an | weight=0.109
=refund =is | weight=0.109
=it =still | weight=0.108
=hrs =and | weight=0.108
=refund =in | weight=0.108
=swore =blind | weight=0.108
=was =last | weight=0.107
=told =the | weight=0.107
=manager =would | weight=0.107
=told =my | weight=0.107
=engineer =would | weight=0.106
=cx =says | weight=0.106
=cx | weight=0.105
=call =you | weight=0.105
=told =someone | weight=0.105
=ten =days | weight=0.104
=single =time | weight=0.104
=it =with | weight=0.104
=says =tomorrow | weight=0.104
=technician =will | weight=0.104
=tomorrow =technician | weight=0.104
=told =i'd | weight=0.104
=both =time | weight=0.103
=was =assured | weight=0.103
=blind | weight=0.103
=they've | weight=0.103
=part | weight=0.102
=a =call | weight=0.102
=said =someone | weight=0.102
=still =no | weight=0.102, noneg
=engineer =never | weight=0.101, noneg
=will =call | weight=0.100
=bill =gone | weight=0.100
=gone | weight=0.099
=with =me | weight=0.099
=the =voucher | weight=0.099
=it'll | weight=0.099
=it'll =be | weight=0.099
=till =now | weight=0.098
=i'm =still | weight=0.098
=we =were | weight=0.097
=fitted | weight=0.097
=your =letter | weight=0.096
=staff =told | weight=0.096
=come =down | weight=0.096
=please =pay | weight=0.096
=your =sales | weight=0.095
=come =out | weight=0.095
=you =gave | weight=0.094
=it =tomorrow | weight=0.094
=now =they | weight=0.094
=match | weight=0.094
=get | weight=0.094
=customer =adviser | weight=0.094
=agent =told | weight=0.093
=word | weight=0.093
=fixed | weight=0.093
=yet =the | weight=0.092
=you =never | weight=0.092, noneg
=end =of | weight=0.092
=person =on | weight=0.092
=our =premium | weight=0.092
=each =time | weight=0.092
=up =by | weight=0.091
=in =advance | weight=0.091
=me =twice | weight=0.091
=i'd =received | weight=0.090
=waiting =ten | weight=0.089
=he =is | weight=0.089
=brought =the | weight=0.089
=booking | weight=0.089
=just =pay | weight=0.089
=invoice | weight=0.088
=apply =it | weight=0.088
=the =line | weight=0.088
=they'd | weight=0.087
=bill =has | weight=0.087
=now =i | weight=0.087
=hrs | weight=0.087
=back =never | weight=0.087, noneg
=charge =back | weight=0.087
=other =agent | weight=0.087
=be =correct | weight=0.087
=paid =the | weight=0.087
=postage | weight=0.086
=the =postage | weight=0.086
=amount =promised | weight=0.086
=came =back | weight=0.086
=to =replacement | weight=0.086
=he'll | weight=0.085
=says =he'll | weight=0.085
=they =have | weight=0.085
=chase | weight=0.085
=email =the | weight=0.085
=roof | weight=0.085
=the =roof | weight=0.085
=get =back | weight=0.085
=and =on | weight=0.085
=be =in | weight=0.085
=friday =came | weight=0.085
=a =technician | weight=0.084
=technician =visit | weight=0.084
=visit =on | weight=0.084
=discount =your | weight=0.084
=me =never | weight=0.084, noneg
=never =made | weight=0.084, noneg
=team =offer | weight=0.084
=to =apply | weight=0.084
=your =engineer | weight=0.084
=the =price | weight=0.084
=appeared | weight=0.083
=here | weight=0.083
=please =just | weight=0.083
=be =told | weight=0.083
=goodwill =credit | weight=0.083
=advance | weight=0.083
=not =touch | weight=0.083, noneg
=time =i've | weight=0.082
=you =told | weight=0.082
=cust =adviser | weight=0.082
=missing =the | weight=0.082
=on =monday | weight=0.082
=you =committed | weight=0.082
=attended =within | weight=0.081
=roofer | weight=0.081
=roofer =would | weight=0.081
=the =fortnight | weight=0.081
=the =roofer | weight=0.081
=to =appeared | weight=0.081
=would =attended | weight=0.081
=he =didn't | weight=0.080, noneg
=my =delivery | weight=0.080
=waiting =three | weight=0.080
=to =closed | weight=0.080
=still | weight=0.080
=never =happened | weight=0.079, noneg
=callback =i | weight=0.079
=word =the | weight=0.079
=cant =keeps | weight=0.079, noneg
=make =promised | weight=0.079
=tuesday =it | weight=0.079
=adviser =that | weight=0.079
=come =on | weight=0.079
=clerk =said | weight=0.079
=date =you | weight=0.079
=would =come | weight=0.079
=callback | weight=0.079
=a =goodwill | weight=0.079
=never =apply | weight=0.079, noneg
=price =match | weight=0.078
=the =plumber | weight=0.078
=week =still | weight=0.078
=still =open | weight=0.078
=past =the | weight=0.077
=all =talk | weight=0.077
=by =your | weight=0.077
=me =i'd | weight=0.077
=my =broadband | weight=0.076
=same =days | weight=0.076
=voucher =for | weight=0.076
=process | weight=0.076
=gave | weight=0.076
=surprise | weight=0.076
=every =single | weight=0.076
=callback =from | weight=0.075
=it =isn't | weight=0.075, noneg
=days =never | weight=0.075, noneg
=tomorrow | weight=0.075
=new =one | weight=0.075
=free | weight=0.075
=th | weight=0.075
=is =now | weight=0.075
=look =into | weight=0.074
=hasn't | weight=0.074, noneg
=nobody =did | weight=0.074, noneg
=the =month | weight=0.074
=go =out | weight=0.074
=out =this | weight=0.074
=into =it | weight=0.074
=get =told | weight=0.074
=here =i | weight=0.074
=the =engineer | weight=0.073
=plumber | weight=0.073
=sales =team | weight=0.073
=for =saturday | weight=0.073
=the =overcharge | weight=0.073
=will | weight=0.072
=account =as | weight=0.072
=brought | weight=0.072
=executive =is | weight=0.072
=are =says | weight=0.071
=but =now | weight=0.071
=me =word | weight=0.071
=mixer | weight=0.071
=of =replacement | weight=0.071
=the =mixer | weight=0.071
=word =of | weight=0.071
=wednesday | weight=0.071
=seller | weight=0.071
=the =seller | weight=0.071
=i'm =told | weight=0.071
=charge =in | weight=0.071
=to =believe | weight=0.071
=was =led | weight=0.071
=overcharge | weight=0.071
=knocked | weight=0.071
=from =started | weight=0.071
=to =finish | weight=0.071
=on =three | weight=0.070
=supervisor =would | weight=0.070
=it =didn't | weight=0.070, noneg
=said =a | weight=0.070
=here =in | weight=0.070
=reverse =it | weight=0.069
=monday | weight=0.069
=not =a | weight=0.069, noneg
=now =i've | weight=0.069
=person =and | weight=0.069
=apply =to | weight=0.068
=be =apply | weight=0.068
=started =to | weight=0.068
=am =again | weight=0.068
=three =week | weight=0.068
=is =says | weight=0.068
=afternoon | weight=0.068
=cycle | weight=0.068
