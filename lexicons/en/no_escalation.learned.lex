# no_escalation, en: learned by scripts/learn.py from 3245 tuning texts (114 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ agent literally ended the chat on me without a word after i asked for a supervisor
+ Held for 35 minutes, asked for a supervisor and was told there are none on shift today and I'd have to ring back.
+ I've been a customer 12 years and this is how I'm treated. My contract renewal went up 40% without warning. The agent in the first chat just kept pasting the same paragraph about 'price changes in line with inflation'. I asked for someone who could actually make a decision and she said there's no one higher she can pass me to. I emailed the complaints address and it bounced. I'm going to the ombudsman and switching provider.
- ok
- You've had my last penny.
=supervisor | weight=0.583
=apparently | weight=0.372
=no =supervisor | weight=0.359, noneg
=in =charge | weight=0.337
=no =manager | weight=0.329, noneg
=senior | weight=0.290
=no =one | weight=0.272, noneg
=there =nobody | weight=0.248, noneg
=don't =take | weight=0.241, noneg
=there =never | weight=0.235, noneg
=there =no | weight=0.233, noneg
=manager | weight=0.233
=never =a | weight=0.232, noneg
=office =and | weight=0.227
=asked =to | weight=0.226
=answer =was | weight=0.220
=my =complaint | weight=0.212
=said =she | weight=0.209
=appeal | weight=0.207
=manager =don't | weight=0.207, noneg
=was =finally | weight=0.205
=a =team | weight=0.203
=leader | weight=0.203
=team =leader | weight=0.203
=the =exchange | weight=0.200
=escalate | weight=0.200
=anyone =with | weight=0.197
=hide | weight=0.185
=duty | weight=0.185
=flat =out | weight=0.184
=out =refused | weight=0.184
=discuss | weight=0.183
=couldn't =get | weight=0.180, noneg
=appeal =to | weight=0.177
=there | weight=0.175
=level | weight=0.173
=supervisor =at | weight=0.172
=asked =for | weight=0.170
=lunch | weight=0.168
=anyone | weight=0.165
=request | weight=0.163
=the =refund | weight=0.161
=doesnt | weight=0.160, noneg
=said =they're | weight=0.158
=complaint | weight=0.156
=i =couldn't | weight=0.155, noneg
=duty =manager | weight=0.154
=the =duty | weight=0.154
=wouldn't | weight=0.152, noneg
=doesn't =come | weight=0.151, noneg
=they =refused | weight=0.150
=available | weight=0.149
=they're =not | weight=0.148, noneg
=above | weight=0.146
=authority =to | weight=0.145
=he =wouldn't | weight=0.144, noneg
=the =owner | weight=0.143
=manager =never | weight=0.142, noneg
=no =complaint | weight=0.140, noneg
=apparently =there | weight=0.137
=supervisor =don't | weight=0.137, noneg
=of =contact | weight=0.137
=boss | weight=0.137
=hear =no | weight=0.136, noneg
=waiting =just | weight=0.136
=the =finally | weight=0.135
=escalate =and | weight=0.134
=at =lunch | weight=0.133
=senior =person | weight=0.131
=the =building | weight=0.131
=and =won't | weight=0.131, noneg
=someone =senior | weight=0.130
=not =allowed | weight=0.129, noneg
=and =they | weight=0.128
=authority | weight=0.128
=public | weight=0.127
=the =staff | weight=0.126
=be =escalate | weight=0.126
=writing =to | weight=0.125
=mins =of | weight=0.124
=the =boss | weight=0.124
=was =at | weight=0.124
=manager =he | weight=0.124
=manager =on | weight=0.124
=to =approve | weight=0.123
=can't =be | weight=0.123, noneg
=he =flat | weight=0.123
=told =there | weight=0.122
=her =supervisor | weight=0.121
=owner | weight=0.120
=escalate =my | weight=0.120
=said =that | weight=0.119
=finally | weight=0.117
=they =said | weight=0.117
=manager =was | weight=0.115
=shop =flooring | weight=0.115
=lunch =and | weight=0.114
=supervisor =three | weight=0.113
=i =request | weight=0.113
=his =supervisor | weight=0.113
=for =his | weight=0.113
=see | weight=0.112
=refused | weight=0.110
=most =senior | weight=0.110
=higher | weight=0.110
=not =available | weight=0.109, noneg
=the =back | weight=0.109
=me =without | weight=0.109, noneg
=to =put | weight=0.108
=good =luck | weight=0.108
=don't =talk | weight=0.107, noneg
=nobody =else | weight=0.107, noneg
=building | weight=0.107
=staff =member | weight=0.106
=luck | weight=0.105
=staff =are | weight=0.105
=exchange | weight=0.105
=whoever | weight=0.104
=to =escalate | weight=0.104
=for =escalate | weight=0.104
=nobody =with | weight=0.104, noneg
=see =me | weight=0.104
=unavailable =all | weight=0.104
=speak =with | weight=0.103
=flooring | weight=0.103
=to =and | weight=0.103
=point =of | weight=0.103
=end =of | weight=0.102
=unavailable | weight=0.102
=he =told | weight=0.102
=her =answer | weight=0.102
=i =asked | weight=0.101
=n | weight=0.101
=isn't =possible | weight=0.101, noneg
=off =with | weight=0.101
=highest | weight=0.100
=highest =level | weight=0.100
=the =highest | weight=0.100
=this =place | weight=0.100
=person =in | weight=0.099
=his =manager | weight=0.099
=to =writing | weight=0.098
=wouldn't =call | weight=0.097, noneg
=for =whoever | weight=0.097
=whoever =was | weight=0.097
=wouldnt =call | weight=0.097, noneg
=manager =refused | weight=0.096
=of =waiting | weight=0.094
=manager =doesn't | weight=0.094, noneg
=the =most | weight=0.094
=we =asked | weight=0.094
=at =this | weight=0.093
=impossible | weight=0.093
=can =speak | weight=0.093
=level =you | weight=0.093
=of =discuss | weight=0.093
=the =complaint | weight=0.093
=to =anyone | weight=0.093
=can =talk | weight=0.092
=me =his | weight=0.091
=to =then | weight=0.091
=they =won't | weight=0.090, noneg
=brushed =off | weight=0.090
=was =brushed | weight=0.090
=cannot =go | weight=0.090, noneg
=wouldnt | weight=0.090, noneg
=decision | weight=0.090
=days =so | weight=0.089
=speak | weight=0.089
=he =doesn't | weight=0.088, noneg
=to =give | weight=0.088
=a =pain | weight=0.088
=pain | weight=0.088
=with =supervisor | weight=0.088
=last =agent | weight=0.087
=fetch | weight=0.087
=fetch =a | weight=0.087
=than =fetch | weight=0.087
=complaint =is | weight=0.087
=flat | weight=0.086
=rush | weight=0.086
=no | weight=0.085, noneg
=call =handler | weight=0.085
=was =no | weight=0.085, noneg
=want =someone | weight=0.085
=review =it | weight=0.084
=said =nobody | weight=0.084, noneg
=dad =who | weight=0.084
=not =reference | weight=0.083, noneg
=time =got | weight=0.083
=place | weight=0.083
=was =informed | weight=0.082
=complaint =team | weight=0.081
=back =today | weight=0.081
=refund =over | weight=0.081
=you =can | weight=0.081
=all =in | weight=0.080
=meet | weight=0.080
=told =they're | weight=0.080
=details | weight=0.080
=conveniently | weight=0.079
=dispatched =and | weight=0.079
=won't | weight=0.078, noneg
=on =lunch | weight=0.078
=leader =and | weight=0.078
=informed =that | weight=0.078
=agent =wouldn't | weight=0.078, noneg
=told =none | weight=0.078, noneg
=he =on | weight=0.077
=most | weight=0.077
=time =each | weight=0.076
=between =forty | weight=0.075
=forty =and | weight=0.075
=asked =who | weight=0.075
=they're =all | weight=0.075
=while =i'm | weight=0.075
=so =nobody | weight=0.075, noneg
=block | weight=0.074
=she =couldn't | weight=0.074, noneg
=i =can | weight=0.074
=on =to | weight=0.074
=she =claim | weight=0.074
=need =a | weight=0.073
=beyond =her | weight=0.073
=complaint =beyond | weight=0.073
=her =level | weight=0.073
=no =mechanic | weight=0.073, noneg
=are =they | weight=0.073
=aren't =available | weight=0.073, noneg
=they =available | weight=0.073
=who =are | weight=0.073
=director =and | weight=0.072
=at =every | weight=0.072
=block =at | weight=0.072
=every =turned | weight=0.072
=holiday | weight=0.071
=said =manager | weight=0.071
=and =was | weight=0.071
=to =speak | weight=0.070
=request =the | weight=0.070
=november =i | weight=0.069
=and =fifty | weight=0.069
=fifty | weight=0.069
=fifty =minutes | weight=0.069
=the =girl | weight=0.068
=point =blank | weight=0.068
=decides | weight=0.068
=never | weight=0.067, noneg
=says =me | weight=0.067
=is =in | weight=0.067
=director | weight=0.066
=reply =that | weight=0.066
=agent =is | weight=0.066
=do =they | weight=0.066
=said =yeah | weight=0.065
=they're | weight=0.065
=that =my | weight=0.065
=call =the | weight=0.064
=your =call | weight=0.064
=her =job | weight=0.064
=job =worth | weight=0.064
=than =her | weight=0.064
=worth =to | weight=0.064
=to =his | weight=0.063
=approve =the | weight=0.063
=november | weight=0.063
=request =a | weight=0.063
=staff =would | weight=0.063
=rejected =my | weight=0.062
=impossible =to | weight=0.062
=that =not | weight=0.062, noneg
=handler | weight=0.062
=the =worker | weight=0.062
=more =than | weight=0.062
=be =a | weight=0.061
=refused =to | weight=0.061
=all =days | weight=0.061
=one =who | weight=0.060
=has =no | weight=0.060, noneg
=your =adviser | weight=0.060
=person =who | weight=0.060
=laughed =and | weight=0.060
=she =said | weight=0.059
=they =told | weight=0.059
=that =isn't | weight=0.059, noneg
=that =he | weight=0.059
=than | weight=0.058
=be =served | weight=0.058
=just =to | weight=0.058
=fridge | weight=0.058
=senior =member | weight=0.058
=beyond | weight=0.058
=said =he | weight=0.058
=worth | weight=0.058
=three =time | weight=0.058
=worker | weight=0.057
=that =her | weight=0.057
=the =director | weight=0.057
=complaint =be | weight=0.056
=a =meet | weight=0.056
=was =block | weight=0.056
=the =only | weight=0.056
=would =not | weight=0.056, noneg
=call =centre | weight=0.055
=member | weight=0.055
=no =option | weight=0.055, noneg
=queue =was | weight=0.055
=ever | weight=0.055
=approve | weight=0.054
=girl | weight=0.054
=because =the | weight=0.054
=a =payment | weight=0.054
=come =down | weight=0.053
=available =to | weight=0.053
=give =me | weight=0.053
=she =wouldnt | weight=0.053, noneg
=speak =to | weight=0.053
=could =talk | weight=0.053
=just =said | weight=0.052
=contact | weight=0.052
=to =hear | weight=0.052
=you =reply | weight=0.052
=see =the | weight=0.052
=blank | weight=0.052
=sent =the | weight=0.052
=payment =holiday | weight=0.052
=there =isn't | weight=0.051, noneg
=passed =my | weight=0.051
=fobbed | weight=0.051
=fobbed =off | weight=0.051
=he =the | weight=0.050
=all =this | weight=0.049
=manager =and | weight=0.049
=any | weight=0.049
=locked =order | weight=0.049
=today =not | weight=0.049, noneg
=told =the | weight=0.048
=cust =on | weight=0.048
=but =she | weight=0.048
=holiday =and | weight=0.048
=warehouse =either | weight=0.048
=was =in | weight=0.047
=arrived =while | weight=0.047
=he =laughed | weight=0.047
=got =i | weight=0.047
=system =locked | weight=0.046
=me =there | weight=0.046
=minutes =to | weight=0.046
=who =can | weight=0.046
=he'll | weight=0.046
=says =he'll | weight=0.046
=brushed | weight=0.046
=the =last | weight=0.046
=told =that | weight=0.046
=to =all | weight=0.045
=the =till | weight=0.045
=and =who | weight=0.045
=can =appeal | weight=0.045
=decides =that | weight=0.045
=who =decides | weight=0.045
=dispatched | weight=0.045
=could =you | weight=0.045
=he =just | weight=0.045
=sorry =to | weight=0.045
=chat =on | weight=0.044
=agent =literally | weight=0.044
=asked =three | weight=0.044
=complaint =to | weight=0.043
=isn't =one | weight=0.043, noneg
=on =holiday | weight=0.043
=store =manager | weight=0.042
=and =you | weight=0.042
=but =the | weight=0.042
=would =need | weight=0.042
=reported =to | weight=0.042
=rather | weight=0.042
=review | weight=0.042
=not =in | weight=0.041, noneg
=understand =you'd | weight=0.041
=you'd =like | weight=0.041
=week =have | weight=0.041
=the =agent | weight=0.041
=date =because | weight=0.041
=to =see | weight=0.041
=me =he | weight=0.041
=that =normal | weight=0.041
=are =not | weight=0.041, noneg
=my =application | weight=0.040
=who =i | weight=0.040
=i'm =on | weight=0.040
=i =could | weight=0.039
=do =not | weight=0.039, noneg
=reach =a | weight=0.039
=aren't | weight=0.039, noneg
=says =complaint | weight=0.039
=somewhere =between | weight=0.039
=the =answer | weight=0.039
=complaint =on | weight=0.039
=manager =i | weight=0.038
=cust =says | weight=0.038
