# no_escalation, en: learned by scripts/learn.py from 2841 tuning texts (108 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Held for 35 minutes, asked for a supervisor and was told there are none on shift today and I'd have to ring back.
+ asked 4 a manager n he flat out refused
+ the agent is refusing to escalate my complaint
- You've had my last penny.
- just want my £40 back tbh
=supervisor | weight=0.597
=apparently | weight=0.401
=no =supervisor | weight=0.359, noneg
=in =charge | weight=0.332
=senior | weight=0.327
=no =manager | weight=0.311, noneg
=no =one | weight=0.302, noneg
=manager | weight=0.260
=don't =take | weight=0.252, noneg
=there =nobody | weight=0.232, noneg
=said =she | weight=0.231
=my =complaint | weight=0.227
=asked =to | weight=0.225
=office =and | weight=0.224
=answer =was | weight=0.224
=there =never | weight=0.222, noneg
=never =a | weight=0.217, noneg
=was =finally | weight=0.214
=escalate | weight=0.212
=there =no | weight=0.203, noneg
=anyone =with | weight=0.202
=the =exchange | weight=0.202
=discuss | weight=0.191
=a =team | weight=0.191
=leader | weight=0.191
=team =leader | weight=0.191
=appeal | weight=0.189
=manager =don't | weight=0.180, noneg
=anyone | weight=0.180
=supervisor =at | weight=0.176
=duty | weight=0.176
=hide | weight=0.174
=flat =out | weight=0.174
=out =refused | weight=0.174
=couldn't =get | weight=0.168, noneg
=there | weight=0.167
=level | weight=0.167
=the =refund | weight=0.164
=asked =for | weight=0.160
=appeal =to | weight=0.160
=they =refused | weight=0.156
=doesnt | weight=0.154, noneg
=request | weight=0.151
=said =they're | weight=0.148
=the =owner | weight=0.146
=they're | weight=0.146
=lunch | weight=0.145
=authority =to | weight=0.142
=available | weight=0.142
=duty =manager | weight=0.142
=the =duty | weight=0.142
=escalate =and | weight=0.137
=complaint | weight=0.136
=he =wouldn't | weight=0.136, noneg
=doesn't =come | weight=0.135, noneg
=i =couldn't | weight=0.135, noneg
=of =contact | weight=0.134
=supervisor =don't | weight=0.134, noneg
=the =finally | weight=0.133
=hear =no | weight=0.132, noneg
=waiting =just | weight=0.132
=they're =not | weight=0.132, noneg
=her =supervisor | weight=0.132
=above | weight=0.131
=boss | weight=0.129
=manager =he | weight=0.128
=authority | weight=0.127
=no =complaint | weight=0.125, noneg
=manager =never | weight=0.125, noneg
=apparently =there | weight=0.125
=to =approve | weight=0.124
=senior =person | weight=0.123
=the =building | weight=0.123
=the =boss | weight=0.123
=and =they | weight=0.123
=mins =of | weight=0.122
=writing =to | weight=0.122
=was =no | weight=0.122, noneg
=never | weight=0.121, noneg
=to =anyone | weight=0.121
=escalate =my | weight=0.121
=owner | weight=0.121
=someone =senior | weight=0.121
=manager =was | weight=0.120
=be =escalate | weight=0.120
=and =won't | weight=0.119, noneg
=public | weight=0.119
=to =give | weight=0.118
=finally | weight=0.118
=for =escalate | weight=0.117
=he =flat | weight=0.117
=the =staff | weight=0.116
=at =lunch | weight=0.116
=i =request | weight=0.116
=supervisor =three | weight=0.116
=told =there | weight=0.115
=nobody | weight=0.114, noneg
=his =supervisor | weight=0.114
=can't =be | weight=0.114, noneg
=they =said | weight=0.113
=to =writing | weight=0.112
=to =put | weight=0.112
=refused | weight=0.111
=staff =member | weight=0.110
=wouldn't | weight=0.110, noneg
=said =that | weight=0.109
=of =discuss | weight=0.109
=don't =talk | weight=0.109, noneg
=the =back | weight=0.108
=was =at | weight=0.108
=manager =on | weight=0.107
=good =luck | weight=0.105
=person =in | weight=0.105
=whoever | weight=0.105
=to =escalate | weight=0.104
=not =allowed | weight=0.104, noneg
=this =place | weight=0.103
=no | weight=0.103, noneg
=most =senior | weight=0.102
=wouldn't =call | weight=0.102, noneg
=not =available | weight=0.101, noneg
=cannot =go | weight=0.100, noneg
=for =whoever | weight=0.100
=whoever =was | weight=0.100
=wouldnt =call | weight=0.100, noneg
=nobody =else | weight=0.100, noneg
=luck | weight=0.100
=point =of | weight=0.100
=his =manager | weight=0.100
=shop =flooring | weight=0.099
=building | weight=0.099
=see | weight=0.099
=for =his | weight=0.098
=higher | weight=0.098
=we =asked | weight=0.098
=at =this | weight=0.097
=isn't =possible | weight=0.096, noneg
=lunch =and | weight=0.096
=off =with | weight=0.094
=the =assistant | weight=0.093
=nobody =with | weight=0.093, noneg
=see =me | weight=0.093
=unavailable =all | weight=0.093
=end =of | weight=0.093
=speak =with | weight=0.093
=highest | weight=0.092
=highest =level | weight=0.092
=the =highest | weight=0.092
=i =asked | weight=0.092
=n | weight=0.092
=pain | weight=0.092
=the =most | weight=0.091
=unavailable | weight=0.091
=wouldnt | weight=0.090, noneg
=brushed =off | weight=0.089
=was =brushed | weight=0.089
=they =won't | weight=0.089, noneg
=last =agent | weight=0.089
=person =who | weight=0.088
=and =was | weight=0.088
=flooring | weight=0.086
=call =handler | weight=0.084
=dad =who | weight=0.084
=fetch | weight=0.084
=fetch =a | weight=0.084
=than =fetch | weight=0.084
=want =someone | weight=0.083
=rush | weight=0.083
=can =speak | weight=0.083
=level =you | weight=0.083
=not =reference | weight=0.083, noneg
=place | weight=0.082
=details | weight=0.082
=flat | weight=0.082
=was =informed | weight=0.081
=assistant =said | weight=0.081
=said =nobody | weight=0.081, noneg
=days =so | weight=0.080
=to =then | weight=0.080
=with =supervisor | weight=0.080
=of =waiting | weight=0.080
=speak | weight=0.080
=agent =wouldn't | weight=0.079, noneg
=exchange | weight=0.079
=he =told | weight=0.078
=manager =doesn't | weight=0.078, noneg
=i =can | weight=0.078
=won't | weight=0.078, noneg
=decision | weight=0.077
=to =and | weight=0.077
=informed =that | weight=0.077
=the =complaint | weight=0.077
=impossible | weight=0.077
=he =doesn't | weight=0.076, noneg
=time =got | weight=0.076
=couldn't | weight=0.076, noneg
=complaint =team | weight=0.075
=director =and | weight=0.075
=refund =over | weight=0.074
=beyond =her | weight=0.074
=complaint =beyond | weight=0.074
=her =level | weight=0.074
=no =mechanic | weight=0.074, noneg
=conveniently | weight=0.074
=told =that | weight=0.074
=asked =who | weight=0.073
=request =a | weight=0.073
=has =no | weight=0.073, noneg
=approve =the | weight=0.073
=just =to | weight=0.073
=request =the | weight=0.073
=back =today | weight=0.072
=manager =refused | weight=0.072
=you =can | weight=0.072
=to =hear | weight=0.072
=to =speak | weight=0.072
=all =in | weight=0.072
=meet | weight=0.072
=told =they're | weight=0.072
=november =i | weight=0.071
=but =the | weight=0.071
=who =can | weight=0.071
=point =blank | weight=0.071
=she =claim | weight=0.071
=are =they | weight=0.071
=aren't =available | weight=0.071, noneg
=they =available | weight=0.071
=who =are | weight=0.071
=between =forty | weight=0.070
=forty =and | weight=0.070
=be =a | weight=0.070
=either | weight=0.069
=they're =all | weight=0.068
=me =his | weight=0.068
=dispatched =and | weight=0.068
=says =me | weight=0.068
=most | weight=0.068
=that =not | weight=0.068, noneg
=more =senior | weight=0.068
=agent =is | weight=0.068
=the =worker | weight=0.067
=decides | weight=0.067
=director | weight=0.067
=contact | weight=0.067
=on =lunch | weight=0.067
=told =none | weight=0.066, noneg
=to =be | weight=0.066
=your =call | weight=0.066
=call =the | weight=0.066
=staff | weight=0.065
=he =on | weight=0.065
=while =i'm | weight=0.065
=november | weight=0.065
=block | weight=0.065
=on =to | weight=0.065
=one =who | weight=0.064
=holiday | weight=0.064
=don't | weight=0.064, noneg
=and =fifty | weight=0.063
=fifty | weight=0.063
=fifty =minutes | weight=0.063
=leader =and | weight=0.063
=polite | weight=0.063
=rejected =my | weight=0.063
=that =my | weight=0.062
=so =nobody | weight=0.062, noneg
=impossible =to | weight=0.062
=approve | weight=0.062
=worker | weight=0.062
=reply =that | weight=0.062
=do =they | weight=0.061
=the =girl | weight=0.061
=the =answer | weight=0.061
=rather | weight=0.061
=can =talk | weight=0.061
=beyond | weight=0.061
=staff =would | weight=0.060
=need =a | weight=0.060
=at =every | weight=0.060
=block =at | weight=0.060
=every =turned | weight=0.060
=talk =to | weight=0.060
=could =you | weight=0.060
=complaint =be | weight=0.060
=not =possible | weight=0.059, noneg
=than | weight=0.059
=see =the | weight=0.059
=cust =on | weight=0.058
=sorry =to | weight=0.058
=give =me | weight=0.057
=call =centre | weight=0.057
=is =in | weight=0.057
=he'll | weight=0.057
=says =he'll | weight=0.057
=the =only | weight=0.056
=the =person | weight=0.056
=a =payment | weight=0.055
=laughed =and | weight=0.055
=member | weight=0.054
=handler | weight=0.054
=would =need | weight=0.054
=that =isn't | weight=0.054, noneg
=she =couldn't | weight=0.054, noneg
=he | weight=0.054
=want =to | weight=0.053
=he =just | weight=0.053
=would =not | weight=0.052, noneg
=she =told | weight=0.052
=blank | weight=0.052
=passed =my | weight=0.051
=you =reply | weight=0.051
=she =wouldnt | weight=0.051, noneg
=the =last | weight=0.051
=brushed | weight=0.050
=just =said | weight=0.050
=was =block | weight=0.050
=available =to | weight=0.050
=to =his | weight=0.050
=queue =was | weight=0.049
=i =understand | weight=0.049
=she =said | weight=0.049
=any | weight=0.049
=her =job | weight=0.048
=job =worth | weight=0.048
=than =her | weight=0.048
=worth =to | weight=0.048
=come =down | weight=0.048
=cust =says | weight=0.048
=somewhere =between | weight=0.048
=review | weight=0.048
=your =adviser | weight=0.048
=girl | weight=0.048
=sent =the | weight=0.047
=weeks =have | weight=0.047
=she =would | weight=0.047
=are | weight=0.047
=all =days | weight=0.047
=he =would | weight=0.047
=all =this | weight=0.046
=he =the | weight=0.046
=locked =order | weight=0.046
=today =not | weight=0.046, noneg
=refused =to | weight=0.046
=asked =three | weight=0.046
=complaint =on | weight=0.046
=payment =holiday | weight=0.046
=more =than | weight=0.045
=worth | weight=0.045
=there =isn't | weight=0.045, noneg
=business | weight=0.045
=speak =to | weight=0.045
=fridge | weight=0.045
=and =who | weight=0.044
=can =appeal | weight=0.044
=decides =that | weight=0.044
=who =decides | weight=0.044
=point | weight=0.044
=says =complaint | weight=0.044
=fobbed | weight=0.044
=fobbed =off | weight=0.044
=not =in | weight=0.044, noneg
=could =talk | weight=0.044
=rules =says | weight=0.043
=they =told | weight=0.043
=to =see | weight=0.042
=system =locked | weight=0.042
=and =you | weight=0.042
=a =meet | weight=0.042
=arrived =while | weight=0.042
=said =he | weight=0.042
=no =option | weight=0.042, noneg
=three =time | weight=0.041
=i'm =told | weight=0.041
=rejected | weight=0.041
=that =her | weight=0.041
=senior =member | weight=0.041
=he =laughed | weight=0.040
=for =this | weight=0.040
=to =all | weight=0.040
=me =there | weight=0.039
=my =application | weight=0.039
=date =because | weight=0.039
=but =she | weight=0.039
=holiday =and | weight=0.039
=on =holiday | weight=0.039
=warehouse =either | weight=0.039
=the =director | weight=0.039
=because =the | weight=0.039
=said =manager | weight=0.038
=same =thing | weight=0.038
=be =served | weight=0.038
=written =request | weight=0.038
=something =else | weight=0.038
=your =complaint | weight=0.038
=complaint =to | weight=0.038
=who =i | weight=0.038
=order =once | weight=0.038
=says =she | weight=0.037
=got =i | weight=0.037
=ever | weight=0.037
