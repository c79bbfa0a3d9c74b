# churn_threat, en: learned by scripts/learn.py from 2841 tuning texts (120 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ honestly thinking of switching to octopus at this point
+ Since you will not let me pause my contract while I'm working in Dubai for four months, I will be porting my number out the day it ends.
+ You've had my last penny.
- just want my £40 back tbh
- Not even a sorry from anyone
=membership | weight=0.390
=leave | weight=0.365
=never =shop | weight=0.355, noneg
=loyal | weight=0.339
=won't =be | weight=0.330, noneg
=we're | weight=0.313
=after =this | weight=0.290
=elsewhere | weight=0.284
=today | weight=0.279
=never =again | weight=0.278, noneg
=you've | weight=0.267
=a =loyal | weight=0.244
=loyal =customer | weight=0.244
=i'm =done | weight=0.240
=to =another | weight=0.238
=octopus | weight=0.236
=i'm =off | weight=0.236
=closed | weight=0.235
=business =elsewhere | weight=0.234
=competitor | weight=0.229
=i'm =out | weight=0.229
=notice | weight=0.229
=i'm =cancelled | weight=0.228
=years =i'm | weight=0.228
=take =my | weight=0.223
=closed =my | weight=0.217
=again | weight=0.216
=cancelled =my | weight=0.215
=will =not | weight=0.212, noneg
=my =business | weight=0.210
=you've =had | weight=0.210
=unsubscribing | weight=0.210
=you =any | weight=0.209
=yrs | weight=0.209
=deleted | weight=0.208
=tomorrow | weight=0.208
=a =cheaper | weight=0.204
=had =my | weight=0.203
=moved | weight=0.203
=rival | weight=0.201
=my =notice | weight=0.199
=with =you | weight=0.192
=supplier | weight=0.192
=not =any | weight=0.186, noneg
=he =want | weight=0.185
=nothing =more | weight=0.185, noneg
=want =nothing | weight=0.185, noneg
=next =month | weight=0.182
=cancelled | weight=0.181
=shop | weight=0.181
=won't | weight=0.181, noneg
=number =to | weight=0.175
=switch =supplier | weight=0.174
=porting | weight=0.173
=my =last | weight=0.172
=not =be | weight=0.171, noneg
=im | weight=0.171
=me =as | weight=0.168
=your =bank | weight=0.165
=unsubscribing =the | weight=0.165
=ill | weight=0.164
=more | weight=0.163
=moved =to | weight=0.163
=this =i'm | weight=0.161
=done | weight=0.161
=you =can | weight=0.161
=counting | weight=0.159
=im =done | weight=0.159
=and =spent | weight=0.158
=cheaper | weight=0.158
=done =im | weight=0.158
=im =out | weight=0.158
=any =more | weight=0.157
=don't =want | weight=0.157, noneg
=ill =be | weight=0.155
=you =won't | weight=0.155, noneg
=account =down | weight=0.153
=it =shut | weight=0.153
=shut =my | weight=0.153
=out =tomorrow | weight=0.152
=porting =out | weight=0.152
=years =wasted | weight=0.152
=you =after | weight=0.151
=end | weight=0.151
=and =im | weight=0.150
=we =will | weight=0.149
=years | weight=0.148
=shop =here | weight=0.147
=switch | weight=0.146
=with =your | weight=0.145
=think =of | weight=0.145
=to =octopus | weight=0.144
=company | weight=0.144
=you =not | weight=0.144, noneg
=this =my | weight=0.144
=or =i'm | weight=0.143
=honestly =think | weight=0.143
=sick | weight=0.142
=sick =of | weight=0.142
=contract | weight=0.142
=the =finally | weight=0.141
=here | weight=0.141
=branch =again | weight=0.138
=provider | weight=0.137
=my =number | weight=0.137
=last =penny | weight=0.136
=of =your | weight=0.136
=never =use | weight=0.136, noneg
=somewhere =else | weight=0.135
=to =cancelled | weight=0.135
=please =closed | weight=0.135
=bye | weight=0.134
=shut | weight=0.134
=every =days | weight=0.134
=and =hung | weight=0.134
=had =enough | weight=0.134
=friday =or | weight=0.132
=it =by | weight=0.132
=to =one | weight=0.131
=cheaper =phone | weight=0.130
=go =with | weight=0.130
=i'll =have | weight=0.130
=phone =company | weight=0.130
=tied | weight=0.130
=rude =and | weight=0.129
=crashing =every | weight=0.128
=renewal | weight=0.128
=off =to | weight=0.127
=cheaper =provider | weight=0.127
=provider =so | weight=0.127
=so =bye | weight=0.127
=friday | weight=0.126
=the =month | weight=0.126
=by =friday | weight=0.125
=as =a | weight=0.124
=somewhere | weight=0.124
=found =a | weight=0.123
=a =competitor | weight=0.123
=your =shop | weight=0.122
=we're =leave | weight=0.122
=shop =at | weight=0.122
=to =other | weight=0.121
=bank | weight=0.121
=agent =was | weight=0.121
=pitch | weight=0.121
=other =company | weight=0.120
=app =crashing | weight=0.120
=cust =request | weight=0.120
=i'm =leave | weight=0.119
=i =told | weight=0.119
=enough | weight=0.119
=of =it | weight=0.118
=from =now | weight=0.118
=now =on | weight=0.118
=never | weight=0.118, noneg
=in =this | weight=0.115
=business | weight=0.115
=is =up | weight=0.114
=else | weight=0.114
=consider =this | weight=0.114
=already =comparing | weight=0.114
=comparing | weight=0.114
=comparing =other | weight=0.114
=is =next | weight=0.114
=other =insurance | weight=0.114
=renewal =is | weight=0.114
=our =contract | weight=0.114
=terminal | weight=0.114
=lost =a | weight=0.113
=was =rude | weight=0.113
=disrespectful | weight=0.113
=u | weight=0.111
=your =store | weight=0.111
=a =delivery | weight=0.111
=have =had | weight=0.111
=be =do | weight=0.110
=one =of | weight=0.110
=this =company | weight=0.109
=that =it | weight=0.107
=weeks =shop | weight=0.106
=unbelievable | weight=0.106
=after | weight=0.105
=monzo | weight=0.104
=to =monzo | weight=0.104
=head | weight=0.104
=your =competitor | weight=0.104
=over =to | weight=0.104
=minutes =and | weight=0.104
=i =will | weight=0.103
=lease | weight=0.101
=the =lease | weight=0.101
=six =years | weight=0.100
=another =supplier | weight=0.099
=for =forty | weight=0.098
=rude | weight=0.097
=just =lost | weight=0.097
=you've =just | weight=0.097
=another =provider | weight=0.097
=i =won't | weight=0.097, noneg
=laughed | weight=0.096
=this =morning | weight=0.096
=customer =not | weight=0.096, noneg
=found | weight=0.096
=n | weight=0.095
=be =pitch | weight=0.095
=treated | weight=0.094
=goodbye | weight=0.094
=six =month | weight=0.094
=delivery =that | weight=0.094
=my =husband | weight=0.093
=please =send | weight=0.092
=a =family | weight=0.092
=someone =else | weight=0.092
=no =sense | weight=0.091, noneg
=laughed =when | weight=0.090
=as =soon | weight=0.090
=account =with | weight=0.090
=of =how | weight=0.090
=not =fixed | weight=0.089, noneg
=my =contract | weight=0.089
=get =treated | weight=0.089
=more =time | weight=0.089
=one =more | weight=0.089
=make =no | weight=0.089, noneg
=bundle =instead | weight=0.089
=four =call | weight=0.089
=with =this | weight=0.088
=call =my | weight=0.088
=wasted | weight=0.088
=because =of | weight=0.088
=husband | weight=0.088
=all =account | weight=0.088
=closed =all | weight=0.088
=cancelled =directed | weight=0.087
=card =shredded | weight=0.087
=debit =stop | weight=0.087
=membership =cancelled | weight=0.087
=shredded | weight=0.087
=stop =card | weight=0.087
=other | weight=0.086
=soon =as | weight=0.086
=formal | weight=0.086
=notice =that | weight=0.085
=treated =like | weight=0.084
=of =wrong | weight=0.083
=forever | weight=0.083
=th =call | weight=0.083
=like =this | weight=0.083
=internet =still | weight=0.082
=end =of | weight=0.082
=cancelled =today | weight=0.081
=be =correct | weight=0.081
=think | weight=0.080
=stop | weight=0.080
=penny | weight=0.080
=escalate =and | weight=0.079
=hey | weight=0.079
=contract =end | weight=0.079
=soon | weight=0.077
=bundle | weight=0.077
=isn't =fixed | weight=0.076, noneg
=my =plan | weight=0.076
=be =a | weight=0.076
=advance | weight=0.076
=honestly | weight=0.075
=of =unsubscribing | weight=0.075
=laughed =at | weight=0.075
=wrong =bill | weight=0.075
=right | weight=0.075
=neither | weight=0.075, noneg
=as =my | weight=0.073
=i =come | weight=0.073
=crashing | weight=0.073
=up =on | weight=0.073
=customer =of | weight=0.072
=forty =minutes | weight=0.072
=out | weight=0.072
=fed | weight=0.072
=fed =up | weight=0.072
=done =with | weight=0.072
=be =leave | weight=0.072
=supplied | weight=0.071
=i've =shop | weight=0.071
=years =i've | weight=0.071
=moved =my | weight=0.071
=i'm | weight=0.071
=month =of | weight=0.070
=overbilled | weight=0.070
=a =better | weight=0.070
=kept =me | weight=0.069
=re | weight=0.069
=have =done | weight=0.069
=back =on | weight=0.069
=this =weeks | weight=0.069
=still =dropped | weight=0.068
=use =to | weight=0.068
=this =one | weight=0.068
=another =lender | weight=0.068
=fixed =terms | weight=0.068
=lender | weight=0.068
=mortgage =to | weight=0.068
=worst | weight=0.068
=insurance =renewal | weight=0.067
=be =take | weight=0.066
=moment | weight=0.066
=the =moment | weight=0.066
=she =take | weight=0.065
=hung =up | weight=0.065
=cut | weight=0.064
=this =point | weight=0.064
=better | weight=0.064
=and =closed | weight=0.064
=interest =rates | weight=0.064
=oxford =st | weight=0.064
=another =carrier | weight=0.064
=carrier | weight=0.064
=chemist | weight=0.063
=chemist =for | weight=0.063
=my =membership | weight=0.063
=no =response | weight=0.063, noneg
=twenty =years | weight=0.063
=twenty | weight=0.062
=every =even | weight=0.062
=online =order | weight=0.062
=without =notice | weight=0.061, noneg
=contract =at | weight=0.061
=your =new | weight=0.061
=mum =has | weight=0.061
=a =different | weight=0.061
=energy =ombudsman | weight=0.061
=last | weight=0.060
=network =tomorrow | weight=0.060
=shop =with | weight=0.060
=lease =is | weight=0.060
=notice =i'm | weight=0.060
=i'm =take | weight=0.060
=closure | weight=0.060
=smartphone | weight=0.060
=summary =of | weight=0.059
=do =my | weight=0.059
=all =days | weight=0.059
=moved =her | weight=0.058
=dropped =every | weight=0.058
=log =out | weight=0.058
=mins =on | weight=0.058
=formal =apology | weight=0.058
=the =oxford | weight=0.057
=the =fixed | weight=0.057
=our =weeks | weight=0.056
=seriously | weight=0.056
=years =as | weight=0.056
=or =im | weight=0.056
=current | weight=0.056
=confirmation =the | weight=0.055
=at =this | weight=0.055
=card =today | weight=0.055
=today =or | weight=0.055
=was =five | weight=0.055
=the =app | weight=0.054
=once =the | weight=0.054
=the =paperwork | weight=0.054
=how =long | weight=0.054
=st | weight=0.054
=put =it | weight=0.054
=told =him | weight=0.054
=account =to | weight=0.054
=porting =my | weight=0.053
=once =my | weight=0.053
=not =stop | weight=0.053, noneg
=my =account | weight=0.053
=help =button | weight=0.053
=site =or | weight=0.053
=after =a | weight=0.053
=request =compensation | weight=0.053
=have =overfilled | weight=0.053
=manager =suggested | weight=0.053
=overfilled | weight=0.053
=overfilled =it | weight=0.053
=company =and | weight=0.053
=i =get | weight=0.052
=my =internet | weight=0.052
=utterly | weight=0.052
=finally =straw | weight=0.052
=already =said | weight=0.052
=send =me | weight=0.052
=hold =and | weight=0.052
=of =switch | weight=0.052
=paperwork | weight=0.052
=my =saved | weight=0.052
=zero | weight=0.051
=days =for | weight=0.051
=suggested =i | weight=0.051
=sighed =loudly | weight=0.051
=said =like | weight=0.050
=time =with | weight=0.050
=any | weight=0.050
=a =kettle | weight=0.050
=that =keeps | weight=0.050
=cancelled =it | weight=0.050
=transferred =my | weight=0.050
