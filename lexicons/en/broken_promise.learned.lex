# broken_promise, en: learned by scripts/learn.py from 2531 tuning texts (134 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Caller advises a goodwill credit was agreed on the previous call but it was never applied.
+ They told my aunt her new glasses would be ready Friday. Three Fridays later they are still 'with the lab'.
+ Please just pay me the amount you promised.
- You've had my last penny.
- just want my £40 back tbh
=promised | weight=0.465
=guaranteed | weight=0.293
=back =within | weight=0.286
=guaranteed =a | weight=0.276
=it =been | weight=0.267
=committed | weight=0.255
=committed =to | weight=0.255
=was =promised | weight=0.248
=assured | weight=0.244
=would =be | weight=0.223
=went =up | weight=0.217
=u | weight=0.216
=never | weight=0.215, noneg
=the =upgrade | weight=0.214
=nobody =has | weight=0.209, noneg
=amount | weight=0.203
=was =go | weight=0.201
=me =and | weight=0.200
=voucher | weight=0.200
=will =come | weight=0.194
=the =discount | weight=0.191
=leave =it | weight=0.186
=swore | weight=0.186
=never =did | weight=0.184, noneg
=a =voucher | weight=0.183
=it =went | weight=0.181
=you =back | weight=0.179
=discount | weight=0.178
=he'd | weight=0.178
=gone =up | weight=0.177
=no =sign | weight=0.177, noneg
=promised =to | weight=0.176
=it =never | weight=0.176, noneg
=price | weight=0.174
=come | weight=0.173
=that =was | weight=0.170
=u =said | weight=0.169
=replacement =the | weight=0.167
=boiler =by | weight=0.167
=vowed | weight=0.167
=credit =was | weight=0.165
=swore =the | weight=0.165
=has =not | weight=0.164, noneg
=said =he'd | weight=0.164
=get =my | weight=0.163
=the =refund | weight=0.161
=by =the | weight=0.159
=not =been | weight=0.157, noneg
=offer | weight=0.156
=my =new | weight=0.156
=was =come | weight=0.155
=the =date | weight=0.153
=promised =me | weight=0.153
=they =told | weight=0.151
=nope | weight=0.151, noneg
=promised =they | weight=0.151
=no =call | weight=0.151, noneg
=someone =will | weight=0.149
=new =sim | weight=0.147
=yet | weight=0.146
=ur =guy | weight=0.146
=became | weight=0.144
=included =in | weight=0.143
=then =i | weight=0.142
=it =still | weight=0.142
=upgrade | weight=0.141
=still =no | weight=0.140, noneg
=repair =the | weight=0.140
=upgrade =wouldn't | weight=0.139, noneg
=wouldn't =change | weight=0.139, noneg
=days =later | weight=0.138
=no =showed | weight=0.138, noneg
=showed =no | weight=0.138, noneg
=engineer =would | weight=0.137
=gave =me | weight=0.137
=later | weight=0.137
=false | weight=0.135
=false =promised | weight=0.135
=promised =every | weight=0.135
=fee =would | weight=0.135
=hour =yeah | weight=0.134
=u =back | weight=0.134
=would | weight=0.134
=never =heard | weight=0.133, noneg
=refund =will | weight=0.133
=on =tuesday | weight=0.132
=the =amount | weight=0.132
=your =manager | weight=0.131
=thursday | weight=0.129
=was =bill | weight=0.128
=be =sorted | weight=0.128
=still =hasn't | weight=0.128, noneg
=broadband =price | weight=0.127
=in =an | weight=0.126
=discount =for | weight=0.126
=manager =has | weight=0.126
=would =ring | weight=0.125
=and =never | weight=0.125, noneg
=call =you | weight=0.124
=you =never | weight=0.124, noneg
=tuesday | weight=0.123
=refund =in | weight=0.123
=said =refund | weight=0.123
=ring | weight=0.123
=said =we'll | weight=0.122
=they've =said | weight=0.122
=time =they've | weight=0.122
=we'll =call | weight=0.122
=reverse | weight=0.122
=yeah =right | weight=0.122
=hasn't | weight=0.122, noneg
=be =reverse | weight=0.122
=said =someone | weight=0.121
=sold =to | weight=0.121
=cx =says | weight=0.120
=still =waiting | weight=0.120
=we'd | weight=0.119
=word =the | weight=0.119
=where =is | weight=0.119
=friday =again | weight=0.119
=friday =they | weight=0.119
=said =tuesday | weight=0.119
=was =friday | weight=0.119
=end =of | weight=0.119
=they =make | weight=0.118
=cx | weight=0.117
=told =my | weight=0.117
=compensation | weight=0.116
=he =didn't | weight=0.116, noneg
=says =tomorrow | weight=0.115
=technician =will | weight=0.115
=tomorrow =technician | weight=0.115
=came =and | weight=0.115
=match | weight=0.115
=week =ago | weight=0.114
=confirmation | weight=0.113
=hasn't =rung | weight=0.113, noneg
=phone =hasn't | weight=0.113, noneg
=you'd | weight=0.112
=guy =offer | weight=0.112
=offer =never | weight=0.112, noneg
=voucher =ur | weight=0.112
=he'll | weight=0.112
=says =he'll | weight=0.112
=not =touch | weight=0.112, noneg
=hrs =and | weight=0.112
=a =goodwill | weight=0.111
=goodwill =credit | weight=0.111
=never =apply | weight=0.111, noneg
=was =never | weight=0.111, noneg
=single =time | weight=0.111
=were =promised | weight=0.110
=bill =gone | weight=0.110
=callback =from | weight=0.109
=was =assured | weight=0.108
=goodwill | weight=0.108
=included | weight=0.107
=postage | weight=0.107
=the =postage | weight=0.107
=customer =adviser | weight=0.107
=within | weight=0.106
=now =they | weight=0.106
=gone | weight=0.105
=person =on | weight=0.105
=with =me | weight=0.105
=blind =the | weight=0.105
=by =your | weight=0.105
=they =confirmation | weight=0.104
=i'd =get | weight=0.104
=he =is | weight=0.104
=they've | weight=0.102
=invoice | weight=0.102
=friday | weight=0.102
=it =with | weight=0.101
=email =the | weight=0.101
=days =it | weight=0.100
=was =last | weight=0.100
=to =apply | weight=0.100
=to =send | weight=0.100
=i'd =received | weight=0.099
=engineer =never | weight=0.099, noneg
=bill =has | weight=0.098
=days =never | weight=0.098, noneg
=on =three | weight=0.098
=a =call | weight=0.098
=seller | weight=0.098
=the =seller | weight=0.098
=never =happened | weight=0.098, noneg
=me =i'd | weight=0.098
=wednesday | weight=0.098
=the =voucher | weight=0.098
=was =closed | weight=0.098
=up =by | weight=0.097
=get | weight=0.097
=saturday =and | weight=0.096
=promised =the | weight=0.096
=you =committed | weight=0.096
=agreed | weight=0.096
=on =monday | weight=0.096
=amount =promised | weight=0.095
=ring =me | weight=0.095
=monday | weight=0.094
=the =gym | weight=0.094
=our =premium | weight=0.094
=for =saturday | weight=0.094
=next =week | weight=0.094
=in =advance | weight=0.093
=you =said | weight=0.092
=week =still | weight=0.092
=just =pay | weight=0.092
=waiting =ten | weight=0.091
=the =last | weight=0.091
=your =letter | weight=0.091
=please =pay | weight=0.090
=your =engineer | weight=0.090
=delivery =charge | weight=0.090
=adviser =that | weight=0.090
=back =never | weight=0.090, noneg
=charge =back | weight=0.090
=other =agent | weight=0.090
=to =replacement | weight=0.090
=refund =the | weight=0.090
=was =guaranteed | weight=0.089
=discount =your | weight=0.089
=me =never | weight=0.089, noneg
=never =made | weight=0.089, noneg
=team =offer | weight=0.089
=my =broadband | weight=0.089
=hrs | weight=0.089
=for =friday | weight=0.088
=i'm =still | weight=0.088
=yet =the | weight=0.087
=did =not | weight=0.087, noneg
=and =on | weight=0.086
=from =a | weight=0.086
=afternoon | weight=0.086
=confirmation =the | weight=0.085
=my =delivery | weight=0.084
=come =out | weight=0.084
=get =back | weight=0.084
=to =email | weight=0.084
=come =down | weight=0.084
=paid =the | weight=0.083
=we'll | weight=0.083
=you =told | weight=0.083
=advance | weight=0.082
=for =me | weight=0.082
=gave | weight=0.081
=call =back | weight=0.081
=manager =was | weight=0.081
=told =a | weight=0.081
=get =a | weight=0.081
=your =sales | weight=0.080
=me =twice | weight=0.080
=the =rep | weight=0.080
=go =out | weight=0.079
=out =this | weight=0.079
=been =charge | weight=0.079
=chat =says | weight=0.078
=was =not | weight=0.078, noneg
=fitted | weight=0.078
=all =talk | weight=0.078
=person =and | weight=0.077
=nobody =ever | weight=0.077, noneg
=promised =for | weight=0.077
=return =my | weight=0.077
=sales =team | weight=0.077
=week =on | weight=0.077
=empty | weight=0.076
=the =fixed | weight=0.076
=cant =keeps | weight=0.076, noneg
=make =promised | weight=0.076
=make | weight=0.076
=the =contract | weight=0.075
=sold | weight=0.075
=and =email | weight=0.075
=she =said | weight=0.075
=apply =to | weight=0.075
=be =apply | weight=0.075
=every =single | weight=0.075
=roof | weight=0.075
=the =roof | weight=0.075
=please =just | weight=0.075
=till =now | weight=0.075
=call =u | weight=0.074
=right =that | weight=0.074
=that =been | weight=0.074
=clerk =said | weight=0.074
=occasions =i | weight=0.073
=charge =in | weight=0.073
=to =believe | weight=0.073
=was =led | weight=0.073
=attended =within | weight=0.073
=roofer | weight=0.073
=roofer =would | weight=0.073
=the =fortnight | weight=0.073
=the =roofer | weight=0.073
=to =appeared | weight=0.073
=would =attended | weight=0.073
=the =month | weight=0.073
=appeared | weight=0.073
=engineer =was | weight=0.073
=kitchen =would | weight=0.072
=technician | weight=0.072
=staff =told | weight=0.072
=they =are | weight=0.072
=plumber | weight=0.072
=the =plumber | weight=0.072
=are =says | weight=0.072
=but =now | weight=0.072
=me =word | weight=0.072
=mixer | weight=0.072
=of =replacement | weight=0.072
=the =mixer | weight=0.072
=word =of | weight=0.072
=post =the | weight=0.072
=the =sofa | weight=0.072
=so =he | weight=0.072
=credit | weight=0.071
=spring | weight=0.071
=reverse =it | weight=0.071
=ten =days | weight=0.071
=occasions | weight=0.070
=not =appeared | weight=0.070, noneg
=debit | weight=0.070
=never =turned | weight=0.070, noneg
=get =the | weight=0.070
=will =call | weight=0.070
=callback | weight=0.070
=they =promised | weight=0.070
=the =fridge | weight=0.070
=bill =came | weight=0.069
=but =bill | weight=0.069
=give =discount | weight=0.069
=me =he | weight=0.069
=was =tell | weight=0.069
=with =full | weight=0.069
=the =price | weight=0.069
=small =business | weight=0.069
=the =gentleman | weight=0.069
=a =price | weight=0.069
=in =writing | weight=0.068
=lol | weight=0.068
=would =come | weight=0.068
=increased | weight=0.068
=refund =would | weight=0.068
=by | weight=0.068
=and =nothing | weight=0.067, noneg
=came =with | weight=0.067
=i =did | weight=0.067
=past =the | weight=0.067
=the =invoice | weight=0.067
=he =does | weight=0.066
=is =now | weight=0.066
=typical | weight=0.066
=letter =of | weight=0.065
=blind | weight=0.065
=month =ago | weight=0.065
=are =still | weight=0.065
=not =a | weight=0.064, noneg
=he =will | weight=0.064
=a =credit | weight=0.064
=gentleman | weight=0.064
=the =engineer | weight=0.063
=back =by | weight=0.063
=week | weight=0.063
=led | weight=0.063
=led =to | weight=0.063
=there =on | weight=0.063
=states =she | weight=0.063
=which =has | weight=0.063
=my =glasses | weight=0.062
=cant | weight=0.062, noneg
=engineer =vowed | weight=0.062
=he'd =repair | weight=0.062
=today =is | weight=0.062
=vowed =he'd | weight=0.062
=nobody | weight=0.062, noneg
=supposed | weight=0.062
=writing =that | weight=0.062
=for =monday | weight=0.062
=it =friday | weight=0.062
=promised =delivery | weight=0.062
=that =somebody | weight=0.062
=no =one | weight=0.061, noneg
=be =waived | weight=0.061
=a =total | weight=0.061
=me =was | weight=0.061
=now =i | weight=0.061
=three =occasions | weight=0.061
=manager =said | weight=0.061
=confirmation =by | weight=0.061
=tuesday =it | weight=0.061
=broadband | weight=0.060
=still | weight=0.060
=the =clerk | weight=0.060
=has =gone | weight=0.060
=be =process | weight=0.060
=tonight | weight=0.059
=my =call | weight=0.059
