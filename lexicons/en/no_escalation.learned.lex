# no_escalation, en: learned by scripts/learn.py from 3044 tuning texts (110 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ agent literally ended the chat on me without a word after i asked for a supervisor
+ Held for 35 minutes, asked for a supervisor and was told there are none on shift today and I'd have to ring back.
+ asked 4 a manager n he flat out refused
- ok
- You've had my last penny.
=supervisor | weight=0.583
=apparently | weight=0.393
=no =supervisor | weight=0.342, noneg
=senior | weight=0.325
=in =charge | weight=0.314
=no =manager | weight=0.304, noneg
=no =one | weight=0.257, noneg
=don't =take | weight=0.254, noneg
=manager | weight=0.254
=there =nobody | weight=0.228, noneg
=office =and | weight=0.224
=answer =was | weight=0.222
=asked =to | weight=0.220
=escalate | weight=0.216
=my =complaint | weight=0.215
=there =never | weight=0.209, noneg
=was =finally | weight=0.208
=never =a | weight=0.205, noneg
=anyone =with | weight=0.203
=the =exchange | weight=0.200
=there =no | weight=0.199, noneg
=said =she | weight=0.198
=a =team | weight=0.196
=leader | weight=0.196
=team =leader | weight=0.196
=appeal | weight=0.189
=discuss | weight=0.188
=supervisor =at | weight=0.184
=manager =don't | weight=0.184, noneg
=hide | weight=0.176
=asked =for | weight=0.175
=flat =out | weight=0.174
=out =refused | weight=0.174
=duty | weight=0.174
=couldn't =get | weight=0.171, noneg
=level | weight=0.169
=there | weight=0.167
=appeal =to | weight=0.163
=anyone | weight=0.161
=request | weight=0.158
=said =they're | weight=0.157
=doesnt | weight=0.154, noneg
=the =refund | weight=0.153
=duty =manager | weight=0.150
=the =duty | weight=0.150
=complaint | weight=0.149
=lunch | weight=0.147
=they =refused | weight=0.145
=they're =not | weight=0.144, noneg
=the =owner | weight=0.141
=authority =to | weight=0.141
=he =wouldn't | weight=0.139, noneg
=refused | weight=0.139
=above | weight=0.138
=the =staff | weight=0.136
=escalate =and | weight=0.135
=doesn't =come | weight=0.134, noneg
=of =contact | weight=0.133
=available | weight=0.133
=the =finally | weight=0.133
=hear =no | weight=0.132, noneg
=waiting =just | weight=0.132
=manager =he | weight=0.130
=i =couldn't | weight=0.129, noneg
=boss | weight=0.128
=supervisor =don't | weight=0.127, noneg
=someone =senior | weight=0.124
=authority | weight=0.124
=supervisor =three | weight=0.123
=her =supervisor | weight=0.123
=manager =never | weight=0.123, noneg
=senior =person | weight=0.122
=the =building | weight=0.122
=told =there | weight=0.121
=and =won't | weight=0.120, noneg
=he =flat | weight=0.120
=writing =to | weight=0.119
=not =allowed | weight=0.119, noneg
=mins =of | weight=0.119
=to =put | weight=0.119
=to =anyone | weight=0.119
=they =said | weight=0.118
=his =supervisor | weight=0.118
=to =give | weight=0.118
=no =complaint | weight=0.117, noneg
=was =no | weight=0.117, noneg
=public | weight=0.117
=at =lunch | weight=0.117
=owner | weight=0.116
=escalate =my | weight=0.116
=to =approve | weight=0.116
=be =escalate | weight=0.116
=finally | weight=0.116
=and =they | weight=0.116
=manager =was | weight=0.115
=can't =be | weight=0.114, noneg
=staff =are | weight=0.113
=the =boss | weight=0.113
=i =request | weight=0.113
=staff =member | weight=0.112
=never | weight=0.111, noneg
=wouldn't | weight=0.111, noneg
=the =back | weight=0.110
=nobody =else | weight=0.109, noneg
=said =that | weight=0.108
=see | weight=0.108
=was =at | weight=0.107
=this =place | weight=0.107
=for =escalate | weight=0.106
=apparently =there | weight=0.105
=not =available | weight=0.105, noneg
=point =of | weight=0.105
=of =discuss | weight=0.105
=good =luck | weight=0.104
=to =writing | weight=0.103
=don't =talk | weight=0.103, noneg
=luck | weight=0.101
=to =escalate | weight=0.101
=most =senior | weight=0.100
=off =with | weight=0.100
=lunch =and | weight=0.100
=at =this | weight=0.099
=isn't =possible | weight=0.099, noneg
=and =was | weight=0.099
=cannot =go | weight=0.099, noneg
=whoever | weight=0.099
=highest | weight=0.098
=highest =level | weight=0.098
=the =highest | weight=0.098
=manager =on | weight=0.098
=shop =flooring | weight=0.098
=his =manager | weight=0.097
=for =whoever | weight=0.097
=whoever =was | weight=0.097
=wouldnt =call | weight=0.097, noneg
=me =without | weight=0.097, noneg
=nobody =with | weight=0.096, noneg
=see =me | weight=0.096
=unavailable =all | weight=0.096
=n | weight=0.095
=building | weight=0.095
=we =asked | weight=0.095
=higher | weight=0.094
=unavailable | weight=0.093
=for =his | weight=0.093
=speak =with | weight=0.092
=person =who | weight=0.091
=person =in | weight=0.090
=not =reference | weight=0.090, noneg
=the =complaint | weight=0.089
=brushed =off | weight=0.089
=was =brushed | weight=0.089
=exchange | weight=0.088
=can =speak | weight=0.088
=level =you | weight=0.088
=to =and | weight=0.088
=he =told | weight=0.088
=flooring | weight=0.087
=nobody | weight=0.087, noneg
=decision | weight=0.087
=place | weight=0.087
=of =waiting | weight=0.087
=rush | weight=0.086
=dad =who | weight=0.086
=call =handler | weight=0.086
=wouldnt | weight=0.085, noneg
=last =agent | weight=0.085
=impossible | weight=0.085
=with =supervisor | weight=0.085
=to =hear | weight=0.085
=flat | weight=0.085
=the =most | weight=0.084
=i =asked | weight=0.084
=said =nobody | weight=0.084, noneg
=manager =refused | weight=0.084
=no | weight=0.083, noneg
=fetch | weight=0.083
=fetch =a | weight=0.083
=than =fetch | weight=0.083
=want =someone | weight=0.083
=time =each | weight=0.082
=was =informed | weight=0.082
=he =doesn't | weight=0.081, noneg
=a =pain | weight=0.081
=pain | weight=0.081
=complaint =team | weight=0.081
=wouldn't =call | weight=0.081, noneg
=days =so | weight=0.080
=they =won't | weight=0.080, noneg
=end =of | weight=0.080
=the =assistant | weight=0.080
=assistant =said | weight=0.080
=to =then | weight=0.079
=who =can | weight=0.078
=time =got | weight=0.078
=all =in | weight=0.078
=meet | weight=0.078
=told =they're | weight=0.078
=details | weight=0.077
=refund =over | weight=0.077
=approve =the | weight=0.077
=you =can | weight=0.077
=manager =doesn't | weight=0.076, noneg
=informed =that | weight=0.076
=conveniently | weight=0.076
=they're =all | weight=0.076
=agent =wouldn't | weight=0.076, noneg
=they're | weight=0.075
=has =no | weight=0.074, noneg
=are =they | weight=0.074
=aren't =available | weight=0.074, noneg
=they =available | weight=0.074
=who =are | weight=0.074
=she =claim | weight=0.074
=leader =and | weight=0.074
=asked =who | weight=0.073
=request =the | weight=0.073
=speak | weight=0.073
=request =a | weight=0.073
=back =today | weight=0.072
=couldn't | weight=0.072, noneg
=on =to | weight=0.072
=point =blank | weight=0.072
=dispatched =and | weight=0.072
=won't | weight=0.071, noneg
=on =lunch | weight=0.071
=need =a | weight=0.071
=beyond =her | weight=0.070
=complaint =beyond | weight=0.070
=her =level | weight=0.070
=no =mechanic | weight=0.070, noneg
=november =i | weight=0.070
=laughed =and | weight=0.070
=block | weight=0.070
=that =he | weight=0.069
=i =can | weight=0.069
=he =on | weight=0.069
=so =nobody | weight=0.069, noneg
=between =forty | weight=0.069
=forty =and | weight=0.069
=approve | weight=0.069
=director =and | weight=0.069
=your =call | weight=0.068
=staff =would | weight=0.068
=the =worker | weight=0.068
=to =speak | weight=0.067
=rather | weight=0.067
=the =girl | weight=0.067
=than | weight=0.067
=agent =is | weight=0.067
=impossible =to | weight=0.067
=decides | weight=0.066
=told =that | weight=0.066
=while =i'm | weight=0.066
=don't | weight=0.065, noneg
=says =me | weight=0.065
=talk =to | weight=0.064
=contact | weight=0.064
=holiday | weight=0.064
=just =to | weight=0.064
=most | weight=0.064
=reply =that | weight=0.063
=november | weight=0.063
=and =fifty | weight=0.063
=fifty | weight=0.063
=fifty =minutes | weight=0.063
=one =who | weight=0.063
=more =senior | weight=0.062
=either | weight=0.062
=worker | weight=0.062
=be =a | weight=0.062
=me =his | weight=0.062
=that =not | weight=0.062, noneg
=member | weight=0.062
=at =every | weight=0.062
=block =at | weight=0.062
=every =turned | weight=0.062
=call =the | weight=0.061
=do =they | weight=0.061
=director | weight=0.061
=the =answer | weight=0.060
=call =centre | weight=0.060
=she =couldn't | weight=0.059, noneg
=beyond | weight=0.059
=can =talk | weight=0.059
=is =in | weight=0.059
=they =told | weight=0.058
=said =yeah | weight=0.058
=want =to | weight=0.057
=polite | weight=0.057
=that =my | weight=0.056
=could =you | weight=0.056
=he | weight=0.056
=refused =to | weight=0.055
=she =said | weight=0.055
=rejected =my | weight=0.055
=handler | weight=0.055
=to =his | weight=0.055
=girl | weight=0.055
=told =none | weight=0.054, noneg
=give =me | weight=0.054
=there =isn't | weight=0.054, noneg
=a =meet | weight=0.054
=to =be | weight=0.054
=complaint =be | weight=0.054
=sorry =to | weight=0.054
=a =payment | weight=0.053
=would =not | weight=0.053, noneg
=you =reply | weight=0.053
=the =last | weight=0.053
=he =just | weight=0.053
=said =he | weight=0.053
=see =the | weight=0.052
=passed =my | weight=0.052
=your =adviser | weight=0.052
=fridge | weight=0.052
=the =only | weight=0.052
=the =director | weight=0.052
=that =isn't | weight=0.051, noneg
=available =to | weight=0.051
=blank | weight=0.051
=cust =on | weight=0.051
=he =laughed | weight=0.051
=all =days | weight=0.051
=she =wouldnt | weight=0.051, noneg
=complaint =on | weight=0.050
=but =the | weight=0.050
=agent =literally | weight=0.050
=was =block | weight=0.050
=chat =on | weight=0.049
=brushed | weight=0.049
=that =her | weight=0.049
=come =down | weight=0.049
=point | weight=0.049
=would =need | weight=0.049
=because =the | weight=0.048
=sent =the | weight=0.048
=senior =member | weight=0.048
=he'll | weight=0.048
=says =he'll | weight=0.048
=me =there | weight=0.047
=fobbed | weight=0.047
=fobbed =off | weight=0.047
=any | weight=0.047
=and =who | weight=0.047
=can =appeal | weight=0.047
=decides =that | weight=0.047
=who =decides | weight=0.047
=isn't =one | weight=0.047, noneg
=payment =holiday | weight=0.046
=the =person | weight=0.046
=somewhere =between | weight=0.046
=review | weight=0.046
=said =manager | weight=0.046
=her =job | weight=0.046
=job =worth | weight=0.046
=than =her | weight=0.046
=worth =to | weight=0.046
=could =talk | weight=0.045
=and =you | weight=0.045
=do =not | weight=0.045, noneg
=just =said | weight=0.044
=speak =to | weight=0.044
=got =i | weight=0.044
=to =see | weight=0.044
=no =option | weight=0.044, noneg
=business | weight=0.044
=cust =says | weight=0.043
=he =would | weight=0.042
=he =the | weight=0.042
=three =time | weight=0.042
=worth | weight=0.042
=i =understand | weight=0.042
=more =than | weight=0.042
=week =have | weight=0.041
=locked =order | weight=0.041
=today =not | weight=0.041, noneg
=to =someone | weight=0.041
=who =i | weight=0.041
=arrived =while | weight=0.040
=all =this | weight=0.040
=asked =three | weight=0.040
=she =told | weight=0.040
=staff | weight=0.039
=dispatched | weight=0.039
=system =locked | weight=0.039
=to =says | weight=0.039
=not =in | weight=0.039, noneg
=queue =was | weight=0.039
=but =she | weight=0.038
=holiday =and | weight=0.038
=on =holiday | weight=0.038
=warehouse =either | weight=0.038
=reach =a | weight=0.038
=understand =you'd | weight=0.038
=you'd =like | weight=0.038
=says =complaint | weight=0.038
=the =warehouse | weight=0.038
=warehouse | weight=0.038
=same =thing | weight=0.038
