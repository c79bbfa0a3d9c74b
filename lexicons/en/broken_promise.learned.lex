# broken_promise, en: learned by scripts/learn.py from 2841 tuning texts (149 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ you said my new card would be here in 3-5 working days. 12 working days later...
+ Caller advises a goodwill credit was agreed on the previous call but it was never applied.
+ They told my aunt her new glasses would be ready Friday. Three Fridays later they are still 'with the lab'.
- You've had my last penny.
- just want my £40 back tbh
=promised | weight=0.478
=it =been | weight=0.304
=guaranteed | weight=0.291
=guaranteed =a | weight=0.276
=was =promised | weight=0.270
=committed | weight=0.253
=committed =to | weight=0.253
=assured | weight=0.248
=promised =to | weight=0.232
=went =up | weight=0.229
=would =be | weight=0.219
=u | weight=0.216
=never | weight=0.215, noneg
=back =within | weight=0.213
=was =go | weight=0.210
=voucher | weight=0.210
=nobody =has | weight=0.208, noneg
=will =come | weight=0.207
=the =upgrade | weight=0.205
=the =refund | weight=0.205
=amount | weight=0.199
=me =and | weight=0.197
=the =discount | weight=0.194
=swore | weight=0.190
=never =did | weight=0.186, noneg
=it =went | weight=0.185
=my =new | weight=0.184
=days =later | weight=0.181
=a =voucher | weight=0.180
=discount | weight=0.176
=leave =it | weight=0.176
=he'd | weight=0.176
=come | weight=0.173
=that =was | weight=0.169
=boiler =by | weight=0.168
=vowed | weight=0.168
=it =never | weight=0.167, noneg
=gone =up | weight=0.167
=u =said | weight=0.165
=swore =the | weight=0.164
=by =the | weight=0.163
=get =my | weight=0.163
=replacement =the | weight=0.162
=they =told | weight=0.162
=price | weight=0.162
=has =not | weight=0.160, noneg
=credit =was | weight=0.160
=said =he'd | weight=0.158
=still =no | weight=0.157, noneg
=no =sign | weight=0.155, noneg
=someone =will | weight=0.154
=was =come | weight=0.153
=you =back | weight=0.151
=promised =they | weight=0.150
=nope | weight=0.150, noneg
=yet | weight=0.149
=later | weight=0.148
=offer | weight=0.147
=not =been | weight=0.147, noneg
=new =sim | weight=0.145
=be =sorted | weight=0.145
=no =showed | weight=0.142, noneg
=showed =no | weight=0.142, noneg
=ur =guy | weight=0.141
=and =never | weight=0.140, noneg
=no =call | weight=0.140, noneg
=it =still | weight=0.139
=promised =me | weight=0.139
=upgrade | weight=0.139
=repair =the | weight=0.138
=upgrade =wouldn't | weight=0.138, noneg
=wouldn't =change | weight=0.138, noneg
=then =i | weight=0.137
=the =amount | weight=0.136
=ring | weight=0.135
=false | weight=0.134
=false =promised | weight=0.134
=promised =every | weight=0.134
=gave =me | weight=0.132
=included =in | weight=0.132
=said =someone | weight=0.131
=you =said | weight=0.131
=fee =would | weight=0.130
=engineer =would | weight=0.130
=your =manager | weight=0.130
=became | weight=0.129
=cx =says | weight=0.128
=would =ring | weight=0.128
=cx | weight=0.126
=on =tuesday | weight=0.125
=still =waiting | weight=0.125
=would | weight=0.125
=hour =yeah | weight=0.125
=u =back | weight=0.125
=broadband =price | weight=0.124
=compensation | weight=0.124
=manager =has | weight=0.124
=you =never | weight=0.122, noneg
=i'd =get | weight=0.122
=the =date | weight=0.122
=said =refund | weight=0.122
=promised =the | weight=0.122
=we'd | weight=0.122
=never =heard | weight=0.122, noneg
=call =you | weight=0.122
=told =my | weight=0.122
=they =make | weight=0.121
=said =we'll | weight=0.121
=they've =said | weight=0.121
=time =they've | weight=0.121
=we'll =call | weight=0.121
=friday =again | weight=0.120
=friday =they | weight=0.120
=said =tuesday | weight=0.120
=was =friday | weight=0.120
=end =of | weight=0.120
=last =call | weight=0.120
=still =hasn't | weight=0.120, noneg
=refund =will | weight=0.119
=no =money | weight=0.119, noneg
=reverse | weight=0.119
=came =and | weight=0.119
=ring =me | weight=0.119
=be =reverse | weight=0.118
=in =an | weight=0.118
=friday | weight=0.118
=yeah =right | weight=0.117
=was =bill | weight=0.117
=weeks =ago | weight=0.117
=callback | weight=0.117
=discount =for | weight=0.116
=goodwill =credit | weight=0.115
=next =weeks | weight=0.115
=guy =offer | weight=0.114
=offer =never | weight=0.114, noneg
=voucher =ur | weight=0.114
=postage | weight=0.114
=the =postage | weight=0.114
=you'd | weight=0.114
=thursday | weight=0.114
=match | weight=0.114
=tuesday | weight=0.113
=says =tomorrow | weight=0.113
=technician =will | weight=0.113
=tomorrow =technician | weight=0.113
=adviser =on | weight=0.112
=with =me | weight=0.112
=they've | weight=0.112
=word =the | weight=0.112
=a =goodwill | weight=0.111
=never =apply | weight=0.111, noneg
=was =never | weight=0.111, noneg
=not =touch | weight=0.111, noneg
=they =confirmation | weight=0.111
=just =pay | weight=0.110
=single =time | weight=0.109
=sold =to | weight=0.109
=goodwill | weight=0.109
=where =is | weight=0.108
=was =last | weight=0.107
=customer =adviser | weight=0.106
=it =with | weight=0.106
=was =assured | weight=0.106
=included | weight=0.105
=up =by | weight=0.104
=i'm =still | weight=0.104
=was =closed | weight=0.103
=call =back | weight=0.103
=were =promised | weight=0.103
=now =they | weight=0.103
=gone | weight=0.102
=it =tomorrow | weight=0.102
=the =voucher | weight=0.102
=person =on | weight=0.102
=invoice | weight=0.100
=bill =gone | weight=0.100
=saturday =and | weight=0.100
=to =send | weight=0.100
=your =sales | weight=0.099
=i'd =received | weight=0.099
=the =gym | weight=0.098
=seller | weight=0.098
=the =seller | weight=0.098
=email =the | weight=0.098
=wednesday | weight=0.098
=engineer =never | weight=0.097, noneg
=within | weight=0.097
=and =on | weight=0.097
=he =didn't | weight=0.097, noneg
=you =committed | weight=0.097
=fitted | weight=0.097
=hasn't | weight=0.097, noneg
=been =told | weight=0.097
=he =is | weight=0.097
=days =never | weight=0.096, noneg
=nobody =ever | weight=0.096, noneg
=get =back | weight=0.095
=was =guaranteed | weight=0.095
=be =fixed | weight=0.094
=adviser =that | weight=0.094
=refund =in | weight=0.093
=a =call | weight=0.093
=days =it | weight=0.093
=our =premium | weight=0.092
=back =never | weight=0.092, noneg
=charge =back | weight=0.092
=other =agent | weight=0.092
=cust =adviser | weight=0.091
=process | weight=0.091
=come =on | weight=0.091
=apply =it | weight=0.091
=hrs =and | weight=0.091
=we'll | weight=0.090
=the =last | weight=0.090
=my =broadband | weight=0.090
=confirmation =the | weight=0.090
=till =now | weight=0.090
=waiting =ten | weight=0.090
=yet =the | weight=0.090
=executive =is | weight=0.090
=for =saturday | weight=0.089
=me =twice | weight=0.089
=come =out | weight=0.089
=by =your | weight=0.089
=bill =has | weight=0.088
=get | weight=0.088
=in =advance | weight=0.088
=blind =the | weight=0.088
=amount =promised | weight=0.088
=weeks =still | weight=0.088
=gave | weight=0.088
=staff =told | weight=0.088
=your =engineer | weight=0.088
=discount =your | weight=0.088
=me =never | weight=0.088, noneg
=never =made | weight=0.088, noneg
=team =offer | weight=0.088
=confirmation | weight=0.087
=to =apply | weight=0.087
=to =replacement | weight=0.087
=come =down | weight=0.087
=the =month | weight=0.087
=is =says | weight=0.086
=your =letter | weight=0.086
=brought | weight=0.086
=cycle | weight=0.086
=callback =from | weight=0.085
=never =happened | weight=0.085, noneg
=me =i'd | weight=0.085
=you =told | weight=0.084
=missing =the | weight=0.084
=chase | weight=0.084
=they =promised | weight=0.084
=my =delivery | weight=0.084
=manager =was | weight=0.084
=please =pay | weight=0.083
=hrs | weight=0.083
=for =friday | weight=0.083
=hasn't =rung | weight=0.083, noneg
=phone =hasn't | weight=0.083, noneg
=told =someone | weight=0.083
=will =ring | weight=0.083
=she =said | weight=0.082
=afternoon | weight=0.082
=paid =the | weight=0.081
=roof | weight=0.081
=the =roof | weight=0.081
=would =come | weight=0.081
=on =three | weight=0.081
=please =just | weight=0.081
=the =contract | weight=0.080
=advance | weight=0.080
=monday | weight=0.080
=cant =keeps | weight=0.079, noneg
=make =promised | weight=0.079
=he'll | weight=0.079
=says =he'll | weight=0.079
=came =back | weight=0.078
=was =not | weight=0.078, noneg
=delivery =charge | weight=0.077
=all =talk | weight=0.077
=told =a | weight=0.077
=technician | weight=0.077
=executive | weight=0.077
=sales =team | weight=0.077
=apply =to | weight=0.076
=be =apply | weight=0.076
=did =not | weight=0.076, noneg
=wrong =bill | weight=0.076
=agreed | weight=0.076
=not =correct | weight=0.076, noneg
=they =are | weight=0.076
=now =i | weight=0.075
=am =still | weight=0.075
=promised =for | weight=0.075
=every =single | weight=0.075
=reverse =it | weight=0.075
=return =my | weight=0.074
=on =monday | weight=0.074
=weeks | weight=0.074
=the =plumber | weight=0.074
=here =in | weight=0.074
=not =appeared | weight=0.074, noneg
=it =wasn't | weight=0.074, noneg
=go =out | weight=0.073
=out =this | weight=0.073
=the =gentleman | weight=0.073
=to =email | weight=0.073
=attended =within | weight=0.073
=roofer | weight=0.073
=roofer =would | weight=0.073
=the =fortnight | weight=0.073
=the =roofer | weight=0.073
=to =appeared | weight=0.073
=would =attended | weight=0.073
=and =email | weight=0.072
=the =rep | weight=0.072
=occasions =i | weight=0.072
=not =a | weight=0.072, noneg
=charge =in | weight=0.071
=to =believe | weight=0.071
=was =led | weight=0.071
=call =u | weight=0.071
=right =that | weight=0.071
=that =been | weight=0.071
=are =says | weight=0.071
=but =now | weight=0.071
=me =word | weight=0.071
=mixer | weight=0.071
=of =replacement | weight=0.071
=the =mixer | weight=0.071
=word =of | weight=0.071
=so =he | weight=0.071
=from =a | weight=0.071
=spring | weight=0.071
=each =time | weight=0.071
=for =me | weight=0.071
=person =and | weight=0.070
=get =the | weight=0.070
=fixed | weight=0.070
=told =i'd | weight=0.070
=weeks =on | weight=0.069
=plumber | weight=0.069
=make | weight=0.069
=is =now | weight=0.069
=been =charge | weight=0.069
=on =wednesday | weight=0.069
=chat =says | weight=0.068
=gentleman | weight=0.068
=credit | weight=0.068
=there =on | weight=0.068
=past =the | weight=0.068
=that =somebody | weight=0.068
=for =monday | weight=0.068
=it =friday | weight=0.068
=promised =delivery | weight=0.068
=he =does | weight=0.067
=be =here | weight=0.067
=clerk =said | weight=0.067
=will =call | weight=0.067
=still | weight=0.067
=and =nothing | weight=0.066, noneg
=the =invoice | weight=0.066
=moment | weight=0.066
=the =moment | weight=0.066
=appeared | weight=0.066
=sold | weight=0.065
=get =a | weight=0.065
=no =one | weight=0.064, noneg
=back =on | weight=0.064
=refund =the | weight=0.064
=ready | weight=0.064
=price =would | weight=0.064
=they =said | weight=0.064
=in =writing | weight=0.064
=still =there | weight=0.064
=the =price | weight=0.063
=post =the | weight=0.063
=led | weight=0.063
=led =to | weight=0.063
=knocked | weight=0.063
=engineer =was | weight=0.063
=the =callback | weight=0.063
=never =got | weight=0.063, noneg
=engineer =vowed | weight=0.062
=he'd =repair | weight=0.062
=today =is | weight=0.062
=vowed =he'd | weight=0.062
=increased | weight=0.062
=supposed | weight=0.062
=three =occasions | weight=0.062
=i =did | weight=0.062
=promised =within | weight=0.061
=be =correct | weight=0.061
=manager =said | weight=0.061
=my =glasses | weight=0.061
=nobody | weight=0.061, noneg
=which =has | weight=0.060
=a =price | weight=0.060
=has =gone | weight=0.060
