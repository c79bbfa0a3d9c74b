# churn_threat, en: learned by scripts/learn.py from 3245 tuning texts (132 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ honestly thinking of switching to octopus at this point
+ If I'd known you'd blame me for the courier losing it, I'd have bought it somewhere else. Oh wait, you did blame me.
+ Since you will not let me pause my contract while I'm working in Dubai for four months, I will be porting my number out the day it ends.
- ok
- just want my £40 back tbh
=membership | weight=0.387
=leave | weight=0.358
=never =again | weight=0.357, noneg
=won't =be | weight=0.340, noneg
=never =shop | weight=0.336, noneg
=we're | weight=0.301
=i'm =done | weight=0.290
=after =this | weight=0.281
=loyal | weight=0.275
=i'm =cancelled | weight=0.268
=you've | weight=0.267
=elsewhere | weight=0.264
=today | weight=0.263
=i'm =out | weight=0.248
=business =elsewhere | weight=0.247
=years =i'm | weight=0.246
=not =any | weight=0.242, noneg
=i'm =off | weight=0.240
=closed | weight=0.238
=octopus | weight=0.237
=take =my | weight=0.231
=notice | weight=0.227
=my =business | weight=0.220
=competitor | weight=0.219
=closed =my | weight=0.218
=you =any | weight=0.217
=cancelled =my | weight=0.215
=yrs | weight=0.214
=will =not | weight=0.213, noneg
=rival | weight=0.209
=you've =had | weight=0.209
=to =another | weight=0.208
=again | weight=0.205
=unsubscribing | weight=0.203
=had =my | weight=0.203
=a =cheaper | weight=0.202
=somewhere =else | weight=0.201
=won't | weight=0.201, noneg
=my =notice | weight=0.200
=deleted | weight=0.199
=tomorrow | weight=0.196
=im | weight=0.193
=moved =to | weight=0.188
=somewhere | weight=0.188
=with =you | weight=0.186
=porting | weight=0.184
=he =want | weight=0.183
=nothing =more | weight=0.183, noneg
=want =nothing | weight=0.183, noneg
=supplier | weight=0.181
=switch | weight=0.181
=a =loyal | weight=0.180
=loyal =customer | weight=0.180
=moved | weight=0.180
=my =last | weight=0.180
=switch =supplier | weight=0.178
=number =to | weight=0.177
=any =more | weight=0.176
=don't =want | weight=0.174, noneg
=your =bank | weight=0.173
=not =be | weight=0.168, noneg
=ill | weight=0.166
=provider | weight=0.166
=had =enough | weight=0.163
=next =month | weight=0.163
=you =can | weight=0.162
=im =done | weight=0.161
=we =will | weight=0.160
=done =im | weight=0.160
=im =out | weight=0.160
=unsubscribing =the | weight=0.160
=cheaper | weight=0.160
=this =i'm | weight=0.159
=you =after | weight=0.158
=shop | weight=0.158
=never =use | weight=0.157, noneg
=you =won't | weight=0.157, noneg
=out =tomorrow | weight=0.157
=porting =out | weight=0.157
=years =wasted | weight=0.157
=counting | weight=0.157
=ill =be | weight=0.156
=of =your | weight=0.156
=done | weight=0.155
=and =im | weight=0.154
=account =down | weight=0.153
=it =shut | weight=0.153
=shut =my | weight=0.153
=me =as | weight=0.153
=to =octopus | weight=0.153
=shop =here | weight=0.150
=cancelled | weight=0.148
=with =your | weight=0.148
=contract | weight=0.148
=bye | weight=0.147
=my =number | weight=0.144
=please =closed | weight=0.143
=the =finally | weight=0.143
=done =with | weight=0.143
=and =spent | weight=0.143
=think =of | weight=0.142
=or =i'm | weight=0.142
=honestly =think | weight=0.141
=sick | weight=0.141
=sick =of | weight=0.141
=to =one | weight=0.140
=friday =or | weight=0.140
=crashing =every | weight=0.138
=it =by | weight=0.137
=this =my | weight=0.137
=to =cancelled | weight=0.137
=as =a | weight=0.137
=other =company | weight=0.136
=shut | weight=0.136
=to =other | weight=0.135
=renewal | weight=0.134
=branch =again | weight=0.134
=cust =request | weight=0.133
=another =provider | weight=0.133
=we're =leave | weight=0.132
=never | weight=0.132, noneg
=else | weight=0.131
=every =days | weight=0.130
=company | weight=0.129
=customer =not | weight=0.129, noneg
=treated | weight=0.129
=off =to | weight=0.128
=last =penny | weight=0.128
=cheaper =phone | weight=0.128
=go =with | weight=0.128
=i'll =have | weight=0.128
=phone =company | weight=0.128
=by =friday | weight=0.128
=tied | weight=0.127
=end | weight=0.126
=i =will | weight=0.126
=you =not | weight=0.126, noneg
=the =month | weight=0.124
=cheaper =provider | weight=0.123
=provider =so | weight=0.123
=so =bye | weight=0.123
=consider =this | weight=0.122
=already =comparing | weight=0.121
=comparing | weight=0.121
=comparing =other | weight=0.121
=is =next | weight=0.121
=other =insurance | weight=0.121
=renewal =is | weight=0.121
=enough | weight=0.120
=from =now | weight=0.120
=now =on | weight=0.120
=shop =at | weight=0.119
=found =a | weight=0.119
=i =told | weight=0.117
=app =crashing | weight=0.117
=have =had | weight=0.116
=of =it | weight=0.116
=in =this | weight=0.116
=disrespectful | weight=0.115
=pitch | weight=0.115
=years | weight=0.115
=wasted | weight=0.114
=lost =a | weight=0.114
=end =of | weight=0.113
=be =do | weight=0.112
=me =twice | weight=0.112
=week =shop | weight=0.111
=over =to | weight=0.110
=our =contract | weight=0.110
=a =competitor | weight=0.110
=your =store | weight=0.109
=i'm =leave | weight=0.108
=u | weight=0.108
=bank | weight=0.107
=just =lost | weight=0.106
=you've =just | weight=0.106
=lease | weight=0.106
=the =lease | weight=0.106
=your =competitor | weight=0.105
=get =treated | weight=0.105
=one =more | weight=0.105
=business | weight=0.105
=my =contract | weight=0.105
=this =morning | weight=0.104
=monzo | weight=0.103
=to =monzo | weight=0.103
=friday | weight=0.103
=laughed =when | weight=0.102
=customer =of | weight=0.102
=agent =was | weight=0.102
=never =fly | weight=0.101, noneg
=unbelievable | weight=0.101
=cancelled =direct | weight=0.100
=card =shredded | weight=0.100
=debit =stop | weight=0.100
=membership =cancelled | weight=0.100
=shredded | weight=0.100
=stop =card | weight=0.100
=a =delivery | weight=0.100
=treated =like | weight=0.099
=this =company | weight=0.099
=more =time | weight=0.099
=for =forty | weight=0.097
=the =worst | weight=0.096
=minutes =and | weight=0.096
=all =account | weight=0.095
=closed =all | weight=0.095
=n | weight=0.095
=laughed | weight=0.094
=is =up | weight=0.093
=a =family | weight=0.092
=another =supplier | weight=0.092
=not =fixed | weight=0.092, noneg
=i've =shop | weight=0.092
=years =i've | weight=0.092
=cancelled =today | weight=0.092
=your =shop | weight=0.091
=head | weight=0.091
=twenty =years | weight=0.091
=rude =and | weight=0.091
=up =on | weight=0.090
=i =won't | weight=0.090, noneg
=as =soon | weight=0.090
=and =hung | weight=0.090
=here | weight=0.090
=be =pitch | weight=0.090
=cancelled =our | weight=0.090
=known | weight=0.090
=no =sense | weight=0.089, noneg
=you =did | weight=0.089
=with =this | weight=0.089
=th =call | weight=0.089
=please =send | weight=0.089
=contract =end | weight=0.088
=blamed =me | weight=0.087
=soon =as | weight=0.086
=friday =i | weight=0.086
=escalate =and | weight=0.086
=of =wrong | weight=0.086
=delivery =that | weight=0.086
=account =with | weight=0.086
=use =to | weight=0.086
=four =call | weight=0.085
=think | weight=0.085
=my =membership | weight=0.085
=hey | weight=0.085
=call =my | weight=0.085
=worst | weight=0.085
=bundle =instead | weight=0.085
=goodbye | weight=0.084
=someone =else | weight=0.084
=because =of | weight=0.084
=make =no | weight=0.083, noneg
=down =lovely | weight=0.083
=if =i'd | weight=0.083
=manager =was | weight=0.082
=notice =that | weight=0.082
=they =sent | weight=0.082
=formal | weight=0.082
=internet =still | weight=0.082
=shop =with | weight=0.082
=penny | weight=0.082
=twelve | weight=0.080
=contract =at | weight=0.080
=losing | weight=0.080
=moved =my | weight=0.079
=be =leave | weight=0.079
=forever | weight=0.078
=of =unsubscribing | weight=0.078
=when =it | weight=0.078
=be =correct | weight=0.078
=cut | weight=0.077
=my =husband | weight=0.077
=it =isn't | weight=0.077, noneg
=be =a | weight=0.076
=a =better | weight=0.076
=twenty | weight=0.076
=bundle | weight=0.076
=was =rude | weight=0.075
=re | weight=0.075
=i'd =been | weight=0.075
=after | weight=0.074
=overbilled | weight=0.074
=supplied | weight=0.074
=that =never | weight=0.074, noneg
=wrong =bill | weight=0.074
=this =one | weight=0.074
=any | weight=0.074
=a =different | weight=0.073
=have =done | weight=0.073
=soon | weight=0.073
=didn't =working | weight=0.073, noneg
=isn't =fixed | weight=0.073, noneg
=half =the | weight=0.073
=laughed =at | weight=0.073
=of =how | weight=0.072
=six =month | weight=0.072
=fed | weight=0.072
=fed =up | weight=0.072
=right | weight=0.072
=days =this | weight=0.071
=my =plan | weight=0.071
=forty =minutes | weight=0.071
=insurance =renewal | weight=0.070
=i =come | weight=0.070
=as =my | weight=0.070
=check =it | weight=0.070
=smartphone | weight=0.070
=neither | weight=0.069, noneg
=another =lender | weight=0.069
=fixed =terms | weight=0.069
=lender | weight=0.069
=mortgage =to | weight=0.069
=formal =apology | weight=0.068
=years =a | weight=0.068
=in =wrong | weight=0.068
=it =and | weight=0.068
=and =closed | weight=0.068
=interest =rates | weight=0.068
=or =im | weight=0.068
=you'd | weight=0.067
=husband | weight=0.067
=calm =down | weight=0.067
=to =calm | weight=0.067
=wrong =part | weight=0.066
=terminal | weight=0.066
=different =company | weight=0.066
=another =carrier | weight=0.066
=carrier | weight=0.066
=like =i'd | weight=0.066
=without =notice | weight=0.066, noneg
=acted =like | weight=0.066
=switch =to | weight=0.066
=summary =of | weight=0.065
=advance | weight=0.065
=at =me | weight=0.064
=luggage | weight=0.063
=still =dropped | weight=0.063
=out | weight=0.063
=mins =on | weight=0.063
=more | weight=0.063
=closure | weight=0.063
=have =overfilled | weight=0.063
=manager =suggested | weight=0.063
=overfilled | weight=0.063
=overfilled =it | weight=0.063
=moved =her | weight=0.063
=oh | weight=0.062
=log =out | weight=0.062
=energy =ombudsman | weight=0.062
=tagged | weight=0.062
=moment | weight=0.062
=the =moment | weight=0.062
=do =my | weight=0.062
=i'm =take | weight=0.062
=suggested =i | weight=0.061
=a =kettle | weight=0.061
=here =i | weight=0.061
=honestly =he | weight=0.060
=confirmation =the | weight=0.060
=said =like | weight=0.060
=acted | weight=0.060
=sent =the | weight=0.060
=current | weight=0.060
=this =week | weight=0.060
=was =five | weight=0.059
=snapped =at | weight=0.059
=the =fixed | weight=0.059
=the =paperwork | weight=0.059
=request =compensation | weight=0.059
=the =bag | weight=0.059
=oxford =st | weight=0.059
=i =i | weight=0.059
=account =to | weight=0.059
=month =of | weight=0.058
=how =long | weight=0.058
=wouldn't =swap | weight=0.058, noneg
=porting =my | weight=0.058
=hold =and | weight=0.058
=paperwork | weight=0.058
=network =tomorrow | weight=0.058
=every =even | weight=0.057
=not =stop | weight=0.057, noneg
=blamed =a | weight=0.057
=chef | weight=0.057
=hour =for | weight=0.057
=nobody =apologise | weight=0.057, noneg
=dropped =every | weight=0.057
=spent =ages | weight=0.057
=your =new | weight=0.057
=cancelled =and | weight=0.057
=help =button | weight=0.056
=site =or | weight=0.056
=that =it | weight=0.056
=finally =straw | weight=0.056
=moved =out | weight=0.056
=bag | weight=0.056
=or =i'll | weight=0.056
=other | weight=0.056
=be =take | weight=0.056
