# churn_threat, en: learned by scripts/learn.py from 2531 tuning texts (110 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Rang to cancel and spent twenty minutes being pitched a bigger bundle instead.
+ You've had my last penny.
+ Never shopping here again.
- just want my £40 back tbh
- Not even a sorry from anyone
=membership | weight=0.383
=leave | weight=0.375
=never =shop | weight=0.367, noneg
=loyal | weight=0.326
=won't =be | weight=0.316, noneg
=we're | weight=0.315
=after =this | weight=0.309
=elsewhere | weight=0.275
=today | weight=0.273
=closed | weight=0.262
=you've | weight=0.261
=to =another | weight=0.250
=years =i'm | weight=0.244
=a =loyal | weight=0.243
=loyal =customer | weight=0.243
=take =my | weight=0.239
=again | weight=0.232
=notice | weight=0.232
=i'm =out | weight=0.231
=tomorrow | weight=0.229
=business =elsewhere | weight=0.227
=my =business | weight=0.227
=i'm =done | weight=0.226
=competitor | weight=0.225
=i'm =cancelled | weight=0.219
=cancelled =my | weight=0.217
=deleted | weight=0.216
=unsubscribing | weight=0.216
=my =notice | weight=0.215
=you've =had | weight=0.213
=will =not | weight=0.212, noneg
=closed =my | weight=0.212
=yrs | weight=0.210
=years | weight=0.208
=had =my | weight=0.207
=octopus | weight=0.202
=rival | weight=0.200
=a =cheaper | weight=0.199
=you =any | weight=0.198
=moved | weight=0.195
=with =you | weight=0.191
=moved =to | weight=0.188
=my =last | weight=0.188
=next =month | weight=0.187
=not =any | weight=0.185, noneg
=he =want | weight=0.184
=nothing =more | weight=0.184, noneg
=want =nothing | weight=0.184, noneg
=not =be | weight=0.183, noneg
=won't | weight=0.182, noneg
=supplier | weight=0.180
=number =to | weight=0.179
=i'm =off | weight=0.176
=im | weight=0.175
=more | weight=0.175
=cancelled | weight=0.174
=company | weight=0.173
=your =bank | weight=0.172
=unsubscribing =the | weight=0.170
=any =more | weight=0.168
=ill | weight=0.166
=done | weight=0.165
=count | weight=0.163
=and =spent | weight=0.162
=sick | weight=0.162
=sick =of | weight=0.162
=me =as | weight=0.161
=cheaper | weight=0.160
=this =my | weight=0.159
=this =i'm | weight=0.158
=im =done | weight=0.157
=we =will | weight=0.156
=you =won't | weight=0.156, noneg
=you =after | weight=0.155
=you =can | weight=0.154
=friday | weight=0.154
=ill =be | weight=0.153
=last =penny | weight=0.153
=porting | weight=0.151
=every =days | weight=0.149
=you =not | weight=0.148, noneg
=branch =again | weight=0.148
=done =im | weight=0.147
=im =out | weight=0.147
=end | weight=0.147
=account =down | weight=0.147
=it =shut | weight=0.147
=shut =my | weight=0.147
=or =i'm | weight=0.144
=please =closed | weight=0.144
=and =hung | weight=0.143
=i =will | weight=0.143
=of =it | weight=0.142
=don't =want | weight=0.142, noneg
=as =a | weight=0.142
=had =enough | weight=0.142
=bank | weight=0.142
=other =company | weight=0.141
=the =finally | weight=0.141
=out =tomorrow | weight=0.140
=porting =out | weight=0.140
=years =wasted | weight=0.140
=with =your | weight=0.139
=contract | weight=0.139
=and =im | weight=0.137
=of =your | weight=0.136
=renewal | weight=0.135
=consider =this | weight=0.135
=never =use | weight=0.135, noneg
=bye | weight=0.134
=provider | weight=0.134
=the =month | weight=0.134
=shop =at | weight=0.133
=is =up | weight=0.133
=your =shop | weight=0.133
=never =again | weight=0.131, noneg
=my =number | weight=0.131
=shut | weight=0.131
=cheaper =provider | weight=0.130
=provider =so | weight=0.130
=so =bye | weight=0.130
=somewhere =else | weight=0.130
=to =one | weight=0.129
=rude =and | weight=0.129
=enough | weight=0.129
=shop | weight=0.127
=crashing =every | weight=0.127
=friday =or | weight=0.126
=it =by | weight=0.126
=app =crashing | weight=0.126
=we're =leave | weight=0.126
=in =this | weight=0.126
=found =a | weight=0.125
=tied | weight=0.125
=was =rude | weight=0.124
=somewhere | weight=0.124
=i'm =leave | weight=0.124
=rude | weight=0.124
=pitch | weight=0.124
=cheaper =phone | weight=0.123
=go =with | weight=0.123
=i'll =have | weight=0.123
=phone =company | weight=0.123
=your =store | weight=0.122
=your =competitor | weight=0.121
=by =friday | weight=0.121
=to =other | weight=0.121
=one =of | weight=0.119
=i =told | weight=0.118
=already =comparing | weight=0.118
=comparing | weight=0.118
=comparing =other | weight=0.118
=is =next | weight=0.118
=other =insurance | weight=0.118
=renewal =is | weight=0.118
=lost =a | weight=0.118
=another =supplier | weight=0.118
=no =sense | weight=0.117, noneg
=have =had | weight=0.115
=it =end | weight=0.114
=from =now | weight=0.114
=now =on | weight=0.114
=make =no | weight=0.114, noneg
=laughed | weight=0.114
=think =of | weight=0.113
=this =morning | weight=0.111
=my =contract | weight=0.110
=of =wrong | weight=0.109
=disrespectful | weight=0.108
=over =to | weight=0.108
=wasted | weight=0.108
=wrong =bill | weight=0.107
=be =do | weight=0.107
=week =shop | weight=0.107
=our =contract | weight=0.107
=this =company | weight=0.105
=else | weight=0.104
=a =competitor | weight=0.104
=advance | weight=0.104
=minutes =and | weight=0.104
=laughed =when | weight=0.103
=another =provider | weight=0.103
=business | weight=0.101
=lease | weight=0.101
=the =lease | weight=0.101
=just =lost | weight=0.101
=you've =just | weight=0.101
=a =delivery | weight=0.101
=terminal | weight=0.101
=my =husband | weight=0.100
=contract =end | weight=0.099
=someone =else | weight=0.099
=be =pitch | weight=0.098
=customer =not | weight=0.098, noneg
=u | weight=0.098
=as =soon | weight=0.097
=head | weight=0.097
=penny | weight=0.097
=cancelled =today | weight=0.097
=that =it | weight=0.096
=stop | weight=0.096
=six =years | weight=0.096
=treated | weight=0.095
=found | weight=0.095
=goodbye | weight=0.095
=husband | weight=0.094
=to =octopus | weight=0.094
=with =this | weight=0.094
=n | weight=0.094
=please =send | weight=0.093
=customer =of | weight=0.092
=be =leave | weight=0.092
=bundle =instead | weight=0.092
=soon =as | weight=0.092
=crashing | weight=0.092
=for =forty | weight=0.091
=to =cancelled | weight=0.091
=agent =was | weight=0.089
=i =come | weight=0.088
=other | weight=0.088
=for =six | weight=0.088
=hung =up | weight=0.088
=not =fixed | weight=0.087, noneg
=up =on | weight=0.087
=honestly =think | weight=0.085
=of =unsubscribing | weight=0.085
=bundle | weight=0.084
=fed | weight=0.084
=fed =up | weight=0.084
=month =of | weight=0.084
=get =treated | weight=0.084
=more =time | weight=0.084
=one =more | weight=0.084
=cancelled =directed | weight=0.083
=card =shredded | weight=0.083
=debit =stop | weight=0.083
=membership =cancelled | weight=0.083
=shredded | weight=0.083
=stop =card | weight=0.083
=soon | weight=0.083
=never | weight=0.083, noneg
=this =was | weight=0.083
=of =how | weight=0.082
=after | weight=0.082
=forever | weight=0.082
=switch | weight=0.082
=was =handled | weight=0.081
=a =family | weight=0.081
=notice =that | weight=0.081
=any | weight=0.080
=my =plan | weight=0.080
=and =closed | weight=0.079
=interest =rates | weight=0.079
=oxford =st | weight=0.079
=six =month | weight=0.079
=cancelled =it | weight=0.079
=treated =like | weight=0.079
=account =with | weight=0.079
=like =this | weight=0.078
=without =notice | weight=0.077, noneg
=have =done | weight=0.077
=another | weight=0.077
=this =week | weight=0.076
=delivery =that | weight=0.076
=st | weight=0.076
=be =correct | weight=0.075
=cut | weight=0.074
=i'm =take | weight=0.074
=use =to | weight=0.073
=a =better | weight=0.073
=right | weight=0.071
=worst | weight=0.070
=hey | weight=0.070
=be =a | weight=0.070
=ive | weight=0.070
=laughed =at | weight=0.070
=i've =shop | weight=0.070
=years =i've | weight=0.070
=unbelievable | weight=0.069
=woman =at | weight=0.069
=because =of | weight=0.069
=this =one | weight=0.068
=contract =at | weight=0.068
=your =new | weight=0.068
=the =oxford | weight=0.068
=mins =on | weight=0.068
=summary =of | weight=0.068
=kept =me | weight=0.066
=i =won't | weight=0.066, noneg
=forty =minutes | weight=0.065
=finally =straw | weight=0.065
=six | weight=0.065
=supplied | weight=0.065
=i'm | weight=0.064
=as =the | weight=0.064
=shop =with | weight=0.064
=twenty | weight=0.063
=out | weight=0.063
=twenty =years | weight=0.063
=straw | weight=0.063
=off =to | weight=0.063
=energy =ombudsman | weight=0.063
=overbilled | weight=0.063
=confirmation =the | weight=0.063
=done =with | weight=0.063
=i'll =be | weight=0.062
=or =im | weight=0.062
=online =order | weight=0.062
=better | weight=0.062
=she =take | weight=0.062
=monzo | weight=0.062
=of =moved | weight=0.062
=to =closed | weight=0.062
=to =monzo | weight=0.062
=as =my | weight=0.061
=another =carrier | weight=0.061
=carrier | weight=0.061
=lease =is | weight=0.061
=notice =i'm | weight=0.061
=end =of | weight=0.061
=network =tomorrow | weight=0.061
=zero | weight=0.061
=a =different | weight=0.061
=it =and | weight=0.061
=my =saved | weight=0.060
=utterly | weight=0.060
=i =get | weight=0.059
=held | weight=0.059
=not =stop | weight=0.059, noneg
=sighed =loudly | weight=0.059
=chemist | weight=0.059
=chemist =for | weight=0.059
=back =on | weight=0.059
=have =overfilled | weight=0.058
=manager =suggested | weight=0.058
=overfilled | weight=0.058
=overfilled =it | weight=0.058
=mum =has | weight=0.058
=fee =to | weight=0.058
=my =membership | weight=0.058
=once =the | weight=0.057
=when =the | weight=0.057
=how =long | weight=0.057
=said =like | weight=0.056
=my =mortgage | weight=0.056
=a =kettle | weight=0.056
=help =button | weight=0.056
=site =or | weight=0.056
=our =week | weight=0.055
=at =your | weight=0.055
=card =today | weight=0.055
=today =or | weight=0.055
=wouldn't =swap | weight=0.055, noneg
=hold =and | weight=0.055
=suggested =i | weight=0.055
=moment | weight=0.055
=the =moment | weight=0.055
=honestly | weight=0.054
=already =said | weight=0.054
=leave =when | weight=0.054
=sighed | weight=0.054
=i =i | weight=0.054
=discount =this | weight=0.053
=free =month | weight=0.053
=month =that | weight=0.053
=this =free | weight=0.053
=put =it | weight=0.053
=that =keeps | weight=0.053
=the =paperwork | weight=0.053
=a =chatbot | weight=0.053
=chatbot =that | weight=0.053
=bank =and | weight=0.053
=five =time | weight=0.052
=like =five | weight=0.052
=a =bigger | weight=0.052
=bigger | weight=0.052
=across =the | weight=0.052
=box =then | weight=0.052
=receipt =then | weight=0.052
=then =both | weight=0.052
=no =response | weight=0.052, noneg
=time =i'm | weight=0.052
=the =fixed | weight=0.052
=this =bank | weight=0.051
=moved =out | weight=0.051
=or =i'll | weight=0.051
=honestly =he | weight=0.051
=spent | weight=0.051
=time =with | weight=0.051
=saved | weight=0.050
=paperwork | weight=0.050
=days =for | weight=0.050
=porting =my | weight=0.050
=oxford | weight=0.050
=after =a | weight=0.050
=summary | weight=0.050
=the =energy | weight=0.049
=the =lot | weight=0.049
=have =real | weight=0.049
=real =job | weight=0.049
