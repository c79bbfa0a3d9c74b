# broken_promise, en: learned by scripts/learn.py from 3245 tuning texts (188 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ You gave me your word this would be fixed by the end of the month. It was not.
+ you said my new card would be here in 3-5 working days. 12 working days later...
+ Caller advises a goodwill credit was agreed on the previous call but it was never applied.
- ok
- You've had my last penny.
=promised | weight=0.506
=was =promised | weight=0.355
=committed | weight=0.325
=committed =to | weight=0.325
=assured | weight=0.318
=guaranteed | weight=0.285
=guaranteed =a | weight=0.269
=came =and | weight=0.245
=it =been | weight=0.245
=swore | weight=0.236
=you =said | weight=0.234
=u | weight=0.234
=voucher | weight=0.231
=the =discount | weight=0.231
=promised =to | weight=0.227
=nobody =has | weight=0.227, noneg
=a =voucher | weight=0.224
=to =what | weight=0.223
=would =be | weight=0.222
=been =told | weight=0.220
=the =upgrade | weight=0.208
=will =come | weight=0.207
=someone =will | weight=0.206
=was =go | weight=0.204
=i =keeps | weight=0.203
=be =sorted | weight=0.203
=the =refund | weight=0.202
=they =told | weight=0.201
=it =went | weight=0.200
=amount | weight=0.197
=contrary | weight=0.197
=contrary =to | weight=0.197
=get =my | weight=0.194
=discount | weight=0.193
=that =was | weight=0.193
=never | weight=0.191, noneg
=were =promised | weight=0.184
=would =ring | weight=0.183
=u =said | weight=0.183
=went =up | weight=0.182
=no =sign | weight=0.178, noneg
=and =went | weight=0.177
=he'd | weight=0.174
=never =did | weight=0.172, noneg
=boiler =by | weight=0.171
=vowed | weight=0.171
=leave =it | weight=0.169
=has =not | weight=0.168, noneg
=swore =the | weight=0.167
=famous | weight=0.166
=famous =last | weight=0.166
=last =word | weight=0.166
=ring =me | weight=0.164
=gone =up | weight=0.163
=goodwill | weight=0.163
=call =back | weight=0.162
=said =he'd | weight=0.162
=come | weight=0.159
=told =a | weight=0.158
=included | weight=0.158
=was =come | weight=0.158
=replacement =the | weight=0.158
=is =in | weight=0.157
=my =new | weight=0.155
=was =never | weight=0.154, noneg
=not =been | weight=0.153, noneg
=be =fixed | weight=0.152
=it =never | weight=0.152, noneg
=days =later | weight=0.151
=new =sim | weight=0.151
=nope | weight=0.149, noneg
=will =be | weight=0.149
=yet | weight=0.149
=by =the | weight=0.148
=they'd | weight=0.148
=ring | weight=0.147
=promised =they | weight=0.147
=gave =me | weight=0.147
=the =amount | weight=0.146
=me =and | weight=0.145
=blind =the | weight=0.145
=repair =the | weight=0.145
=became | weight=0.145
=it =still | weight=0.144
=i'd =get | weight=0.144
=assured =me | weight=0.144
=offer | weight=0.142
=was =offer | weight=0.142
=upgrade | weight=0.142
=ur =guy | weight=0.142
=later | weight=0.141
=keeps =be | weight=0.140
=your =manager | weight=0.140
=where =is | weight=0.140
=what =your | weight=0.139
=fee =would | weight=0.139
=no =call | weight=0.139, noneg
=would | weight=0.139
=nobody =ever | weight=0.138, noneg
=never =materialised | weight=0.138, noneg
=was =guaranteed | weight=0.138
=we'll | weight=0.137
=thursday | weight=0.137
=empty | weight=0.137
=said =you'd | weight=0.137
=promised =the | weight=0.137
=price | weight=0.137
=promised =for | weight=0.135
=upgrade =wouldn't | weight=0.135, noneg
=wouldn't =change | weight=0.135, noneg
=empty =promised | weight=0.134
=manager =has | weight=0.133
=never =heard | weight=0.133, noneg
=tuesday | weight=0.132
=broadband =price | weight=0.131
=you =back | weight=0.130
=false | weight=0.130
=false =promised | weight=0.130
=promised =every | weight=0.130
=no =showed | weight=0.129, noneg
=showed =no | weight=0.129, noneg
=no =money | weight=0.129, noneg
=friday =again | weight=0.128
=friday =they | weight=0.128
=said =tuesday | weight=0.128
=was =friday | weight=0.128
=you'd | weight=0.127
=with =me | weight=0.126
=adviser =on | weight=0.126
=they =confirmation | weight=0.126
=the =date | weight=0.126
=refund =in | weight=0.125
=then =i | weight=0.125
=from =us | weight=0.124
=you'll =hear | weight=0.124
=ten =days | weight=0.123
=said =we'll | weight=0.122
=they've =said | weight=0.122
=time =they've | weight=0.122
=we'll =call | weight=0.122
=sold =to | weight=0.122
=they =make | weight=0.122
=credit =was | weight=0.121
=last =call | weight=0.121
=reverse | weight=0.120
=back =within | weight=0.120
=be =reverse | weight=0.120
=cx =says | weight=0.119
=still =no | weight=0.118, noneg
=days =it | weight=0.118
=you'll | weight=0.118
=cx | weight=0.117
=said =refund | weight=0.117
=told =my | weight=0.117
=next =week | weight=0.117
=your =engineer | weight=0.117
=hour =yeah | weight=0.116
=u =back | weight=0.116
=the =gym | weight=0.116
=included =in | weight=0.116
=still =waiting | weight=0.116
=the =voucher | weight=0.115
=single =time | weight=0.115
=guy =offer | weight=0.115
=offer =never | weight=0.115, noneg
=voucher =ur | weight=0.115
=discount =for | weight=0.114
=engineer =would | weight=0.113
=week =ago | weight=0.113
=friday | weight=0.113
=credit | weight=0.112
=says =tomorrow | weight=0.112
=technician =will | weight=0.112
=tomorrow =technician | weight=0.112
=yeah =right | weight=0.112
=was =closed | weight=0.111
=be =with | weight=0.111
=blind | weight=0.111
=both =time | weight=0.110
=in =an | weight=0.110
=call =you | weight=0.109
=said =someone | weight=0.109
=a =call | weight=0.108
=hrs =and | weight=0.108
=fitted | weight=0.107
=was =bill | weight=0.107
=it =with | weight=0.106
=gone | weight=0.106
=fixed | weight=0.106
=engineer =never | weight=0.106, noneg
=promised =me | weight=0.105
=swore =blind | weight=0.104
=he'll | weight=0.104
=says =he'll | weight=0.104
=was =last | weight=0.104
=manager =said | weight=0.104
=manager =would | weight=0.103
=now =they | weight=0.103
=the =callback | weight=0.103
=your =sales | weight=0.103
=told =someone | weight=0.102
=send =new | weight=0.102
=refund =is | weight=0.102
=told =i'd | weight=0.101
=was =assured | weight=0.101
=will =call | weight=0.101
=get | weight=0.100
=and =never | weight=0.100, noneg
=chase | weight=0.100
=the =post | weight=0.100
=they =have | weight=0.099
=it'll | weight=0.099
=it'll =be | weight=0.099
=come =out | weight=0.099
=new =one | weight=0.099
=your =letter | weight=0.098
=end =of | weight=0.098
=you =told | weight=0.098
=our =premium | weight=0.097
=would =come | weight=0.097
=discount =your | weight=0.097
=me =never | weight=0.097, noneg
=never =made | weight=0.097, noneg
=team =offer | weight=0.097
=waiting =ten | weight=0.097
=email =me | weight=0.097
=they've | weight=0.096
=come =down | weight=0.096
=that =days | weight=0.096
=match | weight=0.096
=hrs | weight=0.096
=you =gave | weight=0.095
=bill =gone | weight=0.095
=customer =adviser | weight=0.095
=not =touch | weight=0.095, noneg
=be =told | weight=0.095
=booking | weight=0.094
=i'd =received | weight=0.094
=he =is | weight=0.094
=me =twice | weight=0.094
=yet =the | weight=0.094
=hasn't =happened | weight=0.093, noneg
=it =tomorrow | weight=0.093
=paid =the | weight=0.093
=by =your | weight=0.093
=bill =has | weight=0.093
=refund =will | weight=0.092
=goodwill =credit | weight=0.092
=a =technician | weight=0.092
=technician =visit | weight=0.092
=visit =on | weight=0.092
=back =never | weight=0.092, noneg
=charge =back | weight=0.092
=other =agent | weight=0.092
=to =send | weight=0.092
=to =closed | weight=0.091
=my =broadband | weight=0.091
=he =didn't | weight=0.091, noneg
=still =open | weight=0.091
=wednesday | weight=0.091
=till =now | weight=0.091
=we =were | weight=0.091
=just =pay | weight=0.090
=come =on | weight=0.090
=you =never | weight=0.090, noneg
=each =time | weight=0.090
=waiting =three | weight=0.090
=amount =promised | weight=0.089
=a =goodwill | weight=0.089
=never =apply | weight=0.089, noneg
=brought =the | weight=0.089
=and =on | weight=0.089
=get =back | weight=0.088
=for =friday | weight=0.088
=you =committed | weight=0.088
=staff =told | weight=0.088
=supposed | weight=0.088
=ago | weight=0.087
=still =hasn't | weight=0.087, noneg
=came =back | weight=0.087
=be =in | weight=0.087
=cust =adviser | weight=0.087
=adviser =that | weight=0.086
=week =still | weight=0.086
=my =delivery | weight=0.086
=time =i'm | weight=0.085
=apply =it | weight=0.085
=the =postage | weight=0.084
=free | weight=0.084
=the =price | weight=0.084
=th | weight=0.084
=callback =from | weight=0.084
=please =pay | weight=0.084
=please =just | weight=0.084
=cant =keeps | weight=0.083, noneg
=make =promised | weight=0.083
=word =the | weight=0.083
=same =days | weight=0.083
=attended =within | weight=0.083
=roofer | weight=0.083
=roofer =would | weight=0.083
=the =fortnight | weight=0.083
=the =roofer | weight=0.083
=to =appeared | weight=0.083
=would =attended | weight=0.083
=so =he | weight=0.083
=never =arrived | weight=0.082, noneg
=sales =team | weight=0.082
=to =replacement | weight=0.082
=to =apply | weight=0.082
=told =the | weight=0.082
=tuesday =it | weight=0.082
=is =now | weight=0.081
=said =they'd | weight=0.081
=appeared | weight=0.081
=friday =came | weight=0.081
=all =talk | weight=0.080
=the =gentleman | weight=0.080
=clerk =said | weight=0.080
=in =advance | weight=0.079
=he =does | weight=0.079
=postage | weight=0.079
=process | weight=0.079
=account =as | weight=0.078
=the =plumber | weight=0.078
=we'd | weight=0.078
=look =into | weight=0.078
=customer =was | weight=0.078
=not =get | weight=0.078, noneg
=price =match | weight=0.077
=into =it | weight=0.077
=roof | weight=0.077
=the =roof | weight=0.077
=gentleman | weight=0.077
=repeat | weight=0.077
=agent =told | weight=0.076
=days =never | weight=0.076, noneg
=go =out | weight=0.076
=out =this | weight=0.076
=the =overcharge | weight=0.076
=date =you | weight=0.076
=here =in | weight=0.076
=it =isn't | weight=0.075, noneg
=they =said | weight=0.075
=i =never | weight=0.075, noneg
=tomorrow | weight=0.075
=missing =the | weight=0.075
=person =on | weight=0.075
=reverse =it | weight=0.074
=me =i'd | weight=0.074
=told =in | weight=0.074
=now =i | weight=0.074
=overcharge | weight=0.074
=from =started | weight=0.073
=to =finish | weight=0.073
=callback | weight=0.073
=the =line | weight=0.073
=the =month | weight=0.073
=manager =was | weight=0.072
=be =waived | weight=0.072
=charge =in | weight=0.072
=to =believe | weight=0.072
=was =led | weight=0.072
=nobody =did | weight=0.072, noneg
=are =says | weight=0.072
=but =now | weight=0.072
=me =word | weight=0.072
=mixer | weight=0.072
=of =replacement | weight=0.072
=the =mixer | weight=0.072
=word =of | weight=0.072
=gave | weight=0.072
=apply =to | weight=0.072
=be =apply | weight=0.072
=surprise | weight=0.072
=started =to | weight=0.072
=never =happened | weight=0.071, noneg
=now =i've | weight=0.071
=on =three | weight=0.071
=get =told | weight=0.071
=monday | weight=0.071
=executive =is | weight=0.071
=up =by | weight=0.071
=for =monday | weight=0.071
=promised =delivery | weight=0.071
=be =correct | weight=0.071
=been =charge | weight=0.070
=i'm =told | weight=0.070
=delivery =charge | weight=0.070
=not =appeared | weight=0.070, noneg
=replacement =would | weight=0.070
=there =on | weight=0.070
=warranty =was | weight=0.069
=did =not | weight=0.069, noneg
=cycle | weight=0.069
=advance | weight=0.069
=is =says | weight=0.069
=technician | weight=0.069
=supervisor =would | weight=0.068
=it =didn't | weight=0.068, noneg
