# churn_threat, en: learned by scripts/learn.py from 3044 tuning texts (123 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ honestly thinking of switching to octopus at this point
+ Since you will not let me pause my contract while I'm working in Dubai for four months, I will be porting my number out the day it ends.
+ You've had my last penny.
- ok
- just want my £40 back tbh
=membership | weight=0.392
=leave | weight=0.361
=never =shop | weight=0.350, noneg
=never =again | weight=0.348, noneg
=loyal | weight=0.336
=won't =be | weight=0.326, noneg
=we're | weight=0.309
=elsewhere | weight=0.288
=after =this | weight=0.284
=today | weight=0.278
=you've | weight=0.261
=a =loyal | weight=0.243
=loyal =customer | weight=0.243
=i'm =off | weight=0.236
=i'm =out | weight=0.234
=i'm =cancelled | weight=0.234
=closed | weight=0.233
=business =elsewhere | weight=0.232
=i'm =done | weight=0.232
=octopus | weight=0.230
=notice | weight=0.230
=years =i'm | weight=0.227
=cancelled =my | weight=0.227
=competitor | weight=0.225
=take =my | weight=0.223
=will =not | weight=0.222, noneg
=yrs | weight=0.215
=again | weight=0.213
=you've =had | weight=0.212
=moved | weight=0.210
=closed =my | weight=0.210
=rival | weight=0.208
=deleted | weight=0.207
=my =business | weight=0.207
=had =my | weight=0.205
=unsubscribing | weight=0.204
=a =cheaper | weight=0.204
=you =any | weight=0.203
=to =another | weight=0.201
=with =you | weight=0.197
=my =notice | weight=0.193
=tomorrow | weight=0.191
=not =any | weight=0.187, noneg
=won't | weight=0.187, noneg
=supplier | weight=0.186
=he =want | weight=0.184
=nothing =more | weight=0.184, noneg
=want =nothing | weight=0.184, noneg
=not =be | weight=0.179, noneg
=moved =to | weight=0.178
=im | weight=0.178
=number =to | weight=0.176
=my =last | weight=0.174
=ill | weight=0.174
=switch =supplier | weight=0.173
=switch | weight=0.172
=porting | weight=0.172
=shop | weight=0.170
=next =month | weight=0.170
=more | weight=0.168
=your =bank | weight=0.167
=provider | weight=0.162
=cancelled | weight=0.161
=you =can | weight=0.161
=unsubscribing =the | weight=0.161
=ill =be | weight=0.160
=cheaper | weight=0.160
=im =done | weight=0.158
=done =im | weight=0.158
=im =out | weight=0.158
=don't =want | weight=0.155, noneg
=we =will | weight=0.155
=end | weight=0.154
=and =spent | weight=0.154
=never =use | weight=0.153, noneg
=you =won't | weight=0.153, noneg
=account =down | weight=0.153
=it =shut | weight=0.153
=shut =my | weight=0.153
=or =i'm | weight=0.153
=any =more | weight=0.152
=me =as | weight=0.152
=and =im | weight=0.152
=please =closed | weight=0.151
=this =i'm | weight=0.150
=company | weight=0.150
=done | weight=0.148
=you =after | weight=0.147
=counting | weight=0.147
=to =octopus | weight=0.147
=years | weight=0.146
=think =of | weight=0.145
=the =finally | weight=0.145
=bye | weight=0.145
=out =tomorrow | weight=0.144
=porting =out | weight=0.144
=years =wasted | weight=0.144
=honestly =think | weight=0.143
=had =enough | weight=0.142
=my =number | weight=0.142
=you =not | weight=0.142, noneg
=shop =here | weight=0.141
=somewhere =else | weight=0.141
=contract | weight=0.140
=friday =or | weight=0.140
=it =by | weight=0.140
=branch =again | weight=0.140
=renewal | weight=0.139
=to =cancelled | weight=0.138
=sick | weight=0.135
=sick =of | weight=0.135
=with =your | weight=0.135
=shut | weight=0.134
=never | weight=0.132, noneg
=to =one | weight=0.132
=your =shop | weight=0.130
=this =my | weight=0.130
=crashing =every | weight=0.130
=cheaper =phone | weight=0.129
=go =with | weight=0.129
=i'll =have | weight=0.129
=phone =company | weight=0.129
=we're =leave | weight=0.129
=of =your | weight=0.128
=as =a | weight=0.128
=enough | weight=0.128
=off =to | weight=0.128
=another =provider | weight=0.127
=somewhere | weight=0.126
=of =it | weight=0.126
=shop =at | weight=0.126
=to =other | weight=0.126
=other =company | weight=0.125
=be =do | weight=0.125
=last =penny | weight=0.124
=by =friday | weight=0.123
=tied | weight=0.122
=every =days | weight=0.122
=cheaper =provider | weight=0.122
=provider =so | weight=0.122
=so =bye | weight=0.122
=business | weight=0.122
=pitch | weight=0.121
=i =told | weight=0.120
=app =crashing | weight=0.119
=our =contract | weight=0.119
=cust =request | weight=0.119
=have =had | weight=0.118
=bank | weight=0.118
=in =this | weight=0.118
=found =a | weight=0.118
=already =comparing | weight=0.118
=comparing | weight=0.118
=comparing =other | weight=0.118
=is =next | weight=0.118
=other =insurance | weight=0.118
=renewal =is | weight=0.118
=the =month | weight=0.117
=here | weight=0.116
=i'm =leave | weight=0.115
=your =competitor | weight=0.115
=disrespectful | weight=0.114
=friday | weight=0.113
=a =competitor | weight=0.110
=u | weight=0.110
=me =twice | weight=0.110
=i =will | weight=0.110
=else | weight=0.110
=that =it | weight=0.107
=consider =this | weight=0.106
=monzo | weight=0.106
=to =monzo | weight=0.106
=wasted | weight=0.105
=over =to | weight=0.105
=from =now | weight=0.105
=now =on | weight=0.105
=this =company | weight=0.104
=lost =a | weight=0.104
=your =store | weight=0.103
=one =of | weight=0.103
=week =shop | weight=0.102
=lease | weight=0.102
=the =lease | weight=0.102
=and =hung | weight=0.101
=head | weight=0.100
=rude =and | weight=0.100
=customer =not | weight=0.099, noneg
=unbelievable | weight=0.099
=minutes =and | weight=0.098
=six =years | weight=0.098
=my =contract | weight=0.097
=is =up | weight=0.097
=this =morning | weight=0.095
=just =lost | weight=0.095
=you've =just | weight=0.095
=after | weight=0.095
=for =forty | weight=0.095
=a =delivery | weight=0.094
=please =send | weight=0.094
=be =pitch | weight=0.094
=laughed =when | weight=0.093
=n | weight=0.093
=up =on | weight=0.093
=goodbye | weight=0.092
=someone =else | weight=0.092
=agent =was | weight=0.092
=a =family | weight=0.092
=treated | weight=0.092
=laughed | weight=0.091
=with =this | weight=0.091
=my =husband | weight=0.091
=cancelled =direct | weight=0.090
=card =shredded | weight=0.090
=debit =stop | weight=0.090
=membership =cancelled | weight=0.090
=shredded | weight=0.090
=stop =card | weight=0.090
=all =account | weight=0.090
=closed =all | weight=0.090
=bundle =instead | weight=0.089
=no =sense | weight=0.088, noneg
=six =month | weight=0.087
=get =treated | weight=0.087
=one =more | weight=0.087
=not =fixed | weight=0.087, noneg
=another =supplier | weight=0.087
=found | weight=0.087
=as =soon | weight=0.086
=husband | weight=0.086
=like =this | weight=0.086
=of =wrong | weight=0.085
=notice =that | weight=0.085
=i =won't | weight=0.085, noneg
=hey | weight=0.085
=th =call | weight=0.085
=forever | weight=0.085
=cancelled =today | weight=0.084
=make =no | weight=0.083, noneg
=treated =like | weight=0.082
=be =leave | weight=0.082
=done =with | weight=0.082
=manager =was | weight=0.082
=soon =as | weight=0.081
=end =of | weight=0.081
=escalate =and | weight=0.081
=down =lovely | weight=0.081
=more =time | weight=0.080
=account =with | weight=0.080
=call =my | weight=0.080
=was =rude | weight=0.080
=terminal | weight=0.080
=friday =i | weight=0.080
=bundle | weight=0.080
=crashing | weight=0.079
=four =call | weight=0.079
=delivery =that | weight=0.079
=days =this | weight=0.078
=of =unsubscribing | weight=0.078
=because =of | weight=0.078
=be =correct | weight=0.078
=neither | weight=0.078, noneg
=internet =still | weight=0.077
=twelve | weight=0.077
=wrong =bill | weight=0.077
=customer =of | weight=0.075
=as =my | weight=0.075
=kept =me | weight=0.075
=a =different | weight=0.074
=penny | weight=0.074
=forty =minutes | weight=0.074
=that =never | weight=0.074, noneg
=right | weight=0.073
=stop | weight=0.073
=switch =to | weight=0.073
=twenty =years | weight=0.073
=use =to | weight=0.072
=out | weight=0.072
=formal | weight=0.071
=be =a | weight=0.071
=a =better | weight=0.071
=think | weight=0.071
=i've =shop | weight=0.071
=years =i've | weight=0.071
=laughed =at | weight=0.071
=honestly | weight=0.070
=here =i | weight=0.070
=another =lender | weight=0.070
=fixed =terms | weight=0.070
=lender | weight=0.070
=mortgage =to | weight=0.070
=insurance =renewal | weight=0.070
=it =isn't | weight=0.069, noneg
=overbilled | weight=0.069
=do =my | weight=0.069
=of =how | weight=0.069
=contract =end | weight=0.069
=worst | weight=0.068
=soon | weight=0.068
=fed | weight=0.068
=fed =up | weight=0.068
=contract =at | weight=0.068
=advance | weight=0.067
=better | weight=0.067
=my =plan | weight=0.067
=re | weight=0.067
=cut | weight=0.066
=other | weight=0.066
=this =week | weight=0.065
=i =come | weight=0.065
=this =one | weight=0.065
=mins =on | weight=0.065
=i'm =take | weight=0.065
=month =of | weight=0.064
=at =me | weight=0.064
=spent =ages | weight=0.064
=and =closed | weight=0.064
=interest =rates | weight=0.064
=have =done | weight=0.064
=moment | weight=0.064
=the =moment | weight=0.064
=another =carrier | weight=0.064
=carrier | weight=0.064
=calm =down | weight=0.063
=to =calm | weight=0.063
=moved =my | weight=0.063
=she =take | weight=0.063
=without =notice | weight=0.062, noneg
=supplied | weight=0.062
=isn't =fixed | weight=0.062, noneg
=still =dropped | weight=0.061
=the =fixed | weight=0.061
=snapped =at | weight=0.061
=energy =ombudsman | weight=0.060
=request =compensation | weight=0.060
=finally =straw | weight=0.060
=shop =with | weight=0.060
=network =tomorrow | weight=0.060
=closure | weight=0.060
=summary =of | weight=0.060
=not =stop | weight=0.059, noneg
=back =on | weight=0.059
=straw | weight=0.059
=mum =has | weight=0.058
=hold =and | weight=0.058
=smartphone | weight=0.058
=formal =apology | weight=0.058
=twenty | weight=0.058
=log =out | weight=0.058
=chemist | weight=0.058
=chemist =for | weight=0.058
=on =me | weight=0.058
=online =order | weight=0.057
=till =rolled | weight=0.057
=oxford =st | weight=0.057
=how =long | weight=0.057
=porting =my | weight=0.057
=or =im | weight=0.057
=cancelled =it | weight=0.056
=told =him | weight=0.056
=my =internet | weight=0.056
=rude | weight=0.056
=the =paperwork | weight=0.056
=i =i | weight=0.055
=current | weight=0.055
=said =like | weight=0.055
=was =five | weight=0.055
=snapped | weight=0.055
=your =new | weight=0.055
=the =lot | weight=0.055
=honestly =he | weight=0.055
=every =even | weight=0.055
=insurance =with | weight=0.054
=confirmation =the | weight=0.054
=have =overfilled | weight=0.054
=manager =suggested | weight=0.054
=overfilled | weight=0.054
=overfilled =it | weight=0.054
=discount =this | weight=0.054
=free =month | weight=0.054
=month =that | weight=0.054
=this =free | weight=0.054
=paperwork | weight=0.054
=moved =her | weight=0.054
=my =membership | weight=0.054
=i'm | weight=0.054
=transferred =my | weight=0.054
=help =button | weight=0.054
=site =or | weight=0.054
=no =broadband | weight=0.053, noneg
=deal | weight=0.053
=moved =out | weight=0.053
=company =and | weight=0.053
=suggested =i | weight=0.053
=account =to | weight=0.053
=a =kettle | weight=0.052
=dropped =every | weight=0.052
=that =keeps | weight=0.052
=he =literally | weight=0.052
=agent =laughed | weight=0.052
=cancelled =everything | weight=0.052
