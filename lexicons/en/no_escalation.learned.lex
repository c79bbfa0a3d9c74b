# no_escalation, en: learned by scripts/learn.py from 2531 tuning texts (98 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ asked 4 a manager n he flat out refused
+ the agent is refusing to escalate my complaint
+ She refused to put me through to her supervisor
- You've had my last penny.
- just want my £40 back tbh
=supervisor | weight=0.584
=apparently | weight=0.392
=no =supervisor | weight=0.345, noneg
=in =charge | weight=0.333
=senior | weight=0.323
=no =manager | weight=0.308, noneg
=no =one | weight=0.295, noneg
=manager | weight=0.283
=my =complaint | weight=0.245
=don't =take | weight=0.243, noneg
=office =and | weight=0.227
=there =nobody | weight=0.220, noneg
=there =never | weight=0.220, noneg
=answer =was | weight=0.219
=was =finally | weight=0.215
=escalate | weight=0.215
=anyone =with | weight=0.214
=never =a | weight=0.214, noneg
=said =she | weight=0.208
=asked =to | weight=0.207
=the =exchange | weight=0.202
=there =no | weight=0.198, noneg
=a =team | weight=0.194
=leader | weight=0.194
=team =leader | weight=0.194
=flat =out | weight=0.192
=out =refused | weight=0.192
=discuss | weight=0.190
=appeal | weight=0.187
=duty | weight=0.182
=hide | weight=0.179
=request | weight=0.175
=supervisor =at | weight=0.175
=manager =don't | weight=0.174, noneg
=anyone | weight=0.169
=finally | weight=0.167
=there | weight=0.166
=couldn't =get | weight=0.164, noneg
=level | weight=0.164
=the =refund | weight=0.162
=doesnt | weight=0.162, noneg
=escalate =and | weight=0.162
=appeal =to | weight=0.158
=asked =for | weight=0.158
=said =they're | weight=0.155
=the =owner | weight=0.152
=duty =manager | weight=0.148
=the =duty | weight=0.148
=lunch | weight=0.148
=he =wouldn't | weight=0.145, noneg
=authority =to | weight=0.142
=boss | weight=0.140
=manager =he | weight=0.140
=they're | weight=0.140
=of =contact | weight=0.139
=was =no | weight=0.138, noneg
=they're =not | weight=0.138, noneg
=they =refused | weight=0.137
=doesn't =come | weight=0.136, noneg
=the =boss | weight=0.136
=i =couldn't | weight=0.136, noneg
=available | weight=0.135
=supervisor =don't | weight=0.133, noneg
=and =was | weight=0.133
=escalate =my | weight=0.133
=hear =no | weight=0.132, noneg
=waiting =just | weight=0.132
=they =said | weight=0.132
=manager =on | weight=0.130
=manager =never | weight=0.130, noneg
=exchange | weight=0.129
=the =finally | weight=0.128
=above | weight=0.128
=higher | weight=0.128
=writing =to | weight=0.126
=senior =person | weight=0.126
=the =building | weight=0.126
=and =they | weight=0.126
=owner | weight=0.126
=authority | weight=0.126
=someone =senior | weight=0.125
=refused | weight=0.124
=never | weight=0.122, noneg
=supervisor =three | weight=0.122
=to =approve | weight=0.121
=complaint | weight=0.121
=and =won't | weight=0.120, noneg
=public | weight=0.119
=mins =of | weight=0.117
=to =anyone | weight=0.116
=manager =was | weight=0.116
=apparently =there | weight=0.116
=don't =talk | weight=0.116, noneg
=the =staff | weight=0.115
=to =escalate | weight=0.115
=no | weight=0.115, noneg
=wouldn't =call | weight=0.114, noneg
=isn't =possible | weight=0.114, noneg
=person =in | weight=0.114
=staff =member | weight=0.114
=nobody | weight=0.114, noneg
=his =supervisor | weight=0.113
=he =flat | weight=0.113
=for =escalate | weight=0.113
=said =that | weight=0.113
=to =give | weight=0.112
=no =complaint | weight=0.112, noneg
=to =put | weight=0.112
=at =lunch | weight=0.111
=wouldn't | weight=0.111, noneg
=his =manager | weight=0.111
=good =luck | weight=0.109
=the =back | weight=0.109
=point =of | weight=0.108
=for =his | weight=0.107
=of =discuss | weight=0.106
=to =writing | weight=0.105
=luck | weight=0.105
=most =senior | weight=0.105
=pain | weight=0.104
=nobody =else | weight=0.104, noneg
=for =whoever | weight=0.104
=whoever =was | weight=0.104
=wouldnt =call | weight=0.104, noneg
=her =supervisor | weight=0.103
=this =place | weight=0.103
=whoever | weight=0.102
=manager =doesn't | weight=0.102, noneg
=off =with | weight=0.101
=cannot =go | weight=0.101, noneg
=was =at | weight=0.101
=we =asked | weight=0.100
=last =agent | weight=0.100
=i =request | weight=0.099
=not =allowed | weight=0.097, noneg
=at =this | weight=0.097
=nobody =with | weight=0.096, noneg
=see =me | weight=0.096
=unavailable =all | weight=0.096
=the =complaint | weight=0.095
=not =available | weight=0.094, noneg
=unavailable | weight=0.093
=highest | weight=0.093
=highest =level | weight=0.093
=the =highest | weight=0.093
=lunch =and | weight=0.092
=wouldnt | weight=0.092, noneg
=he =told | weight=0.092
=speak | weight=0.091
=building | weight=0.091
=not =reference | weight=0.091, noneg
=to =and | weight=0.091
=with =supervisor | weight=0.089
=told =there | weight=0.089
=they =won't | weight=0.089, noneg
=n | weight=0.088
=the =most | weight=0.088
=rush | weight=0.088
=want =someone | weight=0.087
=can =speak | weight=0.087
=level =you | weight=0.087
=dad =who | weight=0.087
=fetch | weight=0.086
=fetch =a | weight=0.086
=than =fetch | weight=0.086
=brushed =off | weight=0.085
=was =brushed | weight=0.085
=she =said | weight=0.084
=refund =over | weight=0.084
=couldn't | weight=0.084, noneg
=place | weight=0.084
=said =nobody | weight=0.084, noneg
=flat | weight=0.083
=see | weight=0.083
=be =escalate | weight=0.083
=days =so | weight=0.082
=decision | weight=0.082
=to =then | weight=0.082
=agent =wouldn't | weight=0.080, noneg
=you =can | weight=0.080
=end =of | weight=0.080
=details | weight=0.080
=speak =with | weight=0.080
=i =asked | weight=0.080
=back =today | weight=0.079
=flooring | weight=0.079
=impossible | weight=0.079
=polite | weight=0.079
=on =lunch | weight=0.079
=dispatched =and | weight=0.079
=one =who | weight=0.079
=of =waiting | weight=0.078
=be =a | weight=0.078
=approve =the | weight=0.077
=on =to | weight=0.077
=he =on | weight=0.077
=manager =refused | weight=0.077
=decides | weight=0.076
=has =no | weight=0.076, noneg
=block | weight=0.075
=all =in | weight=0.075
=meet | weight=0.075
=told =they're | weight=0.075
=informed =that | weight=0.075
=was =informed | weight=0.075
=told =that | weight=0.075
=time =got | weight=0.075
=point =blank | weight=0.075
=the =person | weight=0.074
=to =hear | weight=0.074
=can't =be | weight=0.074, noneg
=while =i'm | weight=0.074
=won't | weight=0.074, noneg
=he =doesn't | weight=0.074, noneg
=request =the | weight=0.074
=conveniently | weight=0.074
=asked =who | weight=0.073
=staff | weight=0.073
=says =me | weight=0.073
=just =to | weight=0.073
=complaint =team | weight=0.072
=i =can | weight=0.072
=need =a | weight=0.072
=november =i | weight=0.072
=at =every | weight=0.072
=block =at | weight=0.072
=every =turned | weight=0.072
=she =claim | weight=0.071
=request =a | weight=0.071
=the =assistant | weight=0.071
=holiday | weight=0.071
=the =answer | weight=0.071
=agent =is | weight=0.071
=beyond =her | weight=0.071
=complaint =beyond | weight=0.071
=her =level | weight=0.071
=no =mechanism | weight=0.071, noneg
=any | weight=0.070
=but =the | weight=0.070
=the =worker | weight=0.070
=give =me | weight=0.069
=to =speak | weight=0.069
=reply =that | weight=0.069
=they're =all | weight=0.069
=who =can | weight=0.069
=that =isn't | weight=0.068, noneg
=director =and | weight=0.068
=call =the | weight=0.068
=are | weight=0.068
=rejected =my | weight=0.068
=are =they | weight=0.068
=aren't =available | weight=0.068, noneg
=they =available | weight=0.068
=who =are | weight=0.068
=leader =and | weight=0.067
=that =my | weight=0.067
=staff =would | weight=0.067
=your =call | weight=0.067
=most | weight=0.066
=between =forty | weight=0.066
=forty =and | weight=0.066
=said =he | weight=0.066
=rather | weight=0.065
=so =nobody | weight=0.065, noneg
=do =they | weight=0.065
=the =only | weight=0.064
=worker | weight=0.063
=november | weight=0.063
=me =his | weight=0.062
=complaint =be | weight=0.062
=handler | weight=0.062
=impossible =to | weight=0.062
=contact | weight=0.061
=sorry =to | weight=0.061
=they =told | weight=0.061
=talk =to | weight=0.060
=to =his | weight=0.060
=call =centre | weight=0.059
=director | weight=0.059
=the =girl | weight=0.059
=and =fifty | weight=0.059
=fifty | weight=0.059
=fifty =minutes | weight=0.059
=laughed =and | weight=0.059
=approve | weight=0.059
=could =you | weight=0.058
=was =block | weight=0.058
=member | weight=0.058
=a =payment | weight=0.058
=refused =to | weight=0.057
=speak =to | weight=0.056
=the =last | weight=0.056
=beyond | weight=0.056
=you =reply | weight=0.056
=fridge | weight=0.055
=can =talk | weight=0.055
=passed =my | weight=0.055
=would =not | weight=0.055, noneg
=that =not | weight=0.054, noneg
=she =would | weight=0.054
=said =manager | weight=0.054
=to =someone | weight=0.054
=locked =order | weight=0.054
=system =locked | weight=0.054
=today =not | weight=0.054, noneg
=blank | weight=0.054
=arrived =while | weight=0.053
=don't | weight=0.053, noneg
=could =talk | weight=0.053
=a =meet | weight=0.052
=review | weight=0.052
=want =to | weight=0.052
=come =down | weight=0.052
=he =just | weight=0.052
=i =understand | weight=0.052
=not =in | weight=0.051, noneg
=business | weight=0.051
=is =in | weight=0.051
=sent =the | weight=0.051
=brushed | weight=0.051
=complaint =on | weight=0.050
=he =the | weight=0.050
=queue =was | weight=0.049
=somewhere =between | weight=0.049
=she =wouldnt | weight=0.048, noneg
=senior =member | weight=0.048
=got =i | weight=0.048
=available =to | weight=0.048
=your =adviser | weight=0.048
=the =director | weight=0.048
=more =senior | weight=0.048
=payment =holiday | weight=0.048
=understand =you'd | weight=0.047
=you'd | weight=0.047
=you'd =like | weight=0.047
=girl | weight=0.047
=your =complaint | weight=0.046
=fobbed | weight=0.046
=fobbed =off | weight=0.046
=says =she | weight=0.046
=he =laughed | weight=0.045
=but =she | weight=0.045
=holiday =and | weight=0.045
=on =holiday | weight=0.045
=warehouse =either | weight=0.045
=date =because | weight=0.045
=all =days | weight=0.045
=manager =and | weight=0.044
=and =who | weight=0.044
=can =appeal | weight=0.044
=decides =that | weight=0.044
=who =decides | weight=0.044
=see =the | weight=0.044
=not =possible | weight=0.044, noneg
=that =her | weight=0.044
=and =you | weight=0.044
=all =this | weight=0.044
=rejected | weight=0.044
=me =there | weight=0.042
=there =isn't | weight=0.042, noneg
=manager =i | weight=0.042
=because =the | weight=0.041
=supervisor =who | weight=0.041
=no =option | weight=0.041, noneg
=only =to | weight=0.041
=who =i | weight=0.040
=to =manager | weight=0.040
=wouldn't =even | weight=0.040, noneg
=to =all | weight=0.039
=i'm =on | weight=0.039
=that =normal | weight=0.039
=hide =behind | weight=0.039
=rather =hide | weight=0.039
=till =than | weight=0.039
=would =rather | weight=0.039
=told | weight=0.038
=assistant =said | weight=0.038
=dispatched | weight=0.038
=my =application | weight=0.038
=phone =they | weight=0.037
=girl =said | weight=0.037
=me =he | weight=0.036
=three =time | weight=0.035
=request =was | weight=0.035
=hear =and | weight=0.035
=nobody =i | weight=0.035, noneg
=order =once | weight=0.035
=than | weight=0.034
=isn't =one | weight=0.034, noneg
=was =in | weight=0.034
=she =could | weight=0.034
=be =reference | weight=0.034
=he =refused | weight=0.034
=same =thing | weight=0.034
=whom | weight=0.034
=luck =with | weight=0.034
=said =good | weight=0.034
=do =not | weight=0.034, noneg
=reference =to | weight=0.034
=are =not | weight=0.033, noneg
