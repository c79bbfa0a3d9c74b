# policy_refusal, en: learned by scripts/learn.py from 2531 tuning texts (181 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ they keep telling me its company policy
+ he wouldnt budge on the cancelation charge
+ she said their rules didnt let them do that
- You've had my last penny.
- just want my £40 back tbh
=rules | weight=0.464
=apparently | weight=0.372
=cancelled =charge | weight=0.358
=policy | weight=0.341
=can't | weight=0.280, noneg
=don't =do | weight=0.277, noneg
=even =for | weight=0.267
=that =isn't | weight=0.267, noneg
=because =it | weight=0.259
=says =no | weight=0.259, noneg
=without =a | weight=0.252, noneg
=she =said | weight=0.250
=not =allowed | weight=0.249, noneg
=period | weight=0.240
=company =policy | weight=0.235
=items | weight=0.234
=they're | weight=0.231
=a =replacement | weight=0.228
=procedure | weight=0.228
=rejected | weight=0.227
=was =nothing | weight=0.225, noneg
=against | weight=0.219
=claim =rejected | weight=0.217
=medical | weight=0.214
=nothing =they | weight=0.206, noneg
=not =the | weight=0.206, noneg
=non-refundable | weight=0.205
=conditions | weight=0.205
=said =they're | weight=0.205
=isn't =something | weight=0.203, noneg
=it =company | weight=0.201
=they're =not | weight=0.199, noneg
=nothing =he | weight=0.197, noneg
=wouldn't | weight=0.196, noneg
=kettle | weight=0.196
=couldn't =help | weight=0.195, noneg
=non | weight=0.194
=non =refund | weight=0.194
=turned =down | weight=0.193
=are =unable | weight=0.193
=automatic | weight=0.192
=computer =says | weight=0.190
=terms | weight=0.187
=they =won't | weight=0.187, noneg
=bc | weight=0.186
=bc =it | weight=0.186
=cant =get | weight=0.186, noneg
=it =past | weight=0.186
=so =nothing | weight=0.185, noneg
=not =eligible | weight=0.184, noneg
=wouldnt | weight=0.183, noneg
=system =won't | weight=0.182, noneg
=and =tears | weight=0.180
=wear | weight=0.180
=wear =and | weight=0.180
=terms =and | weight=0.179
=tears | weight=0.177
=he =said | weight=0.177
=i'm =not | weight=0.177, noneg
=refused | weight=0.177
=won't | weight=0.175, noneg
=it =against | weight=0.175
=tied | weight=0.175
=regulations | weight=0.172
=without =the | weight=0.170, noneg
=they =refused | weight=0.170
=warranty | weight=0.170
=automatic =can't | weight=0.170, noneg
=it =automatic | weight=0.170
=her =handed | weight=0.169
=can't =be | weight=0.168, noneg
=my =documents | weight=0.167
=exchange | weight=0.166
=there =nothing | weight=0.166, noneg
=there =was | weight=0.165
=denied | weight=0.163
=computer | weight=0.162
=outside | weight=0.162
=are =rules | weight=0.162
=rules =are | weight=0.162
=said =that | weight=0.161
=voucher | weight=0.161
=documents | weight=0.160
=match | weight=0.159
=nothing | weight=0.158, noneg
=a =medical | weight=0.156
=sorry | weight=0.155
=protocol | weight=0.155
=rep =told | weight=0.155
=outside =the | weight=0.154
=cos | weight=0.153
=that =just | weight=0.153
=are =not | weight=0.152, noneg
=is =nothing | weight=0.151, noneg
=return =without | weight=0.150, noneg
=are =only | weight=0.150
=and =conditions | weight=0.150
=she =couldn't | weight=0.150, noneg
=a =refund | weight=0.150
=to =accept | weight=0.150
=said =there | weight=0.149
=delivery =charge | weight=0.149
=can't =do | weight=0.149, noneg
=said =their | weight=0.148
=handed | weight=0.148
=though =the | weight=0.148
=once | weight=0.148
=then =who | weight=0.147
=emergency | weight=0.147
=a =payment | weight=0.146
=refused =to | weight=0.146
=citing | weight=0.145
=our =rules | weight=0.145
=claim =on | weight=0.145
=clerk =said | weight=0.144
=couldnt =do | weight=0.144, noneg
=deposit =for | weight=0.143
=doesn't | weight=0.143, noneg
=the =system | weight=0.142
=wouldn't =let | weight=0.141, noneg
=who =is | weight=0.141
=deposit | weight=0.140
=they =only | weight=0.140
=because =the | weight=0.139
=does =not | weight=0.138, noneg
=are | weight=0.138
=request =was | weight=0.138
=full =stop | weight=0.137
=said =they | weight=0.136
=was =turned | weight=0.135
=once =it | weight=0.134
=cant | weight=0.134, noneg
=handed =were | weight=0.134
=were =tied | weight=0.134
=waived | weight=0.133
=toaster | weight=0.133
=shelf =label | weight=0.132
=shut =at | weight=0.132
=they =shut | weight=0.132
=they =wouldn't | weight=0.132, noneg
=couldnt | weight=0.131, noneg
=doesn't =cover | weight=0.131, noneg
=it =it | weight=0.131
=can't =help | weight=0.130, noneg
=is =and | weight=0.130
=it =came | weight=0.129
=my =deposit | weight=0.128
=discount =and | weight=0.125
=the =hotel | weight=0.124
=on =a | weight=0.124
=control | weight=0.124
=came =from | weight=0.123
=couldn't | weight=0.123, noneg
=assistant =said | weight=0.123
=refund =no | weight=0.123, noneg
=smirked | weight=0.122
=couldn't =tell | weight=0.122, noneg
=refund =in | weight=0.122
=they | weight=0.122
=the =account | weight=0.120
=cooling-off | weight=0.120
=cooling-off =period | weight=0.120
=the =cooling-off | weight=0.120
=clearance | weight=0.120
=board | weight=0.120
=any =more | weight=0.120
=a =technical | weight=0.120
=sign-ups | weight=0.119
=return =on | weight=0.119
=period =does | weight=0.118
=asked =them | weight=0.118
=isn't | weight=0.118, noneg
=shut | weight=0.118
=declined | weight=0.117
=ago =because | weight=0.117
=agent =said | weight=0.117
=allowed | weight=0.116
=cooling =off | weight=0.116
=off =period | weight=0.116
=parcel =without | weight=0.115, noneg
=refused =the | weight=0.115
=take =my | weight=0.115
=won't =let | weight=0.115, noneg
=given | weight=0.115
=isnt | weight=0.113, noneg
=online =sign | weight=0.113
=the =cooling | weight=0.113
=they =claim | weight=0.113
=don't =let | weight=0.113, noneg
=rules =don't | weight=0.113, noneg
=it =is | weight=0.113
=refund =delivery | weight=0.113
=not =permitted | weight=0.112, noneg
=give =me | weight=0.112
=nothing =i | weight=0.112, noneg
=shoes | weight=0.111
=voucher =is | weight=0.111
=rejected =because | weight=0.111
=under | weight=0.111
=trainers | weight=0.110
=isn't =even | weight=0.110, noneg
=unopened | weight=0.110
=the =receipt | weight=0.109
=to =take | weight=0.108
=only | weight=0.108
=to =repair | weight=0.108
=depot =wouldn't | weight=0.108, noneg
=to =waived | weight=0.107
=waived =the | weight=0.107
=from =a | weight=0.107
=about =it | weight=0.106
=girl | weight=0.106
=exchange =and | weight=0.106
=freeze | weight=0.105
=same =company | weight=0.104
=same =shoes | weight=0.104
=days =window | weight=0.104
=quote =the | weight=0.104
=not =apply | weight=0.103, noneg
=despite =my | weight=0.103
=just =kept | weight=0.102
=explanation | weight=0.102
=unable | weight=0.102
=unable =to | weight=0.102
=rules =and | weight=0.102
=not =cover | weight=0.102, noneg
=appeal | weight=0.102
=asked =who | weight=0.102
=uk | weight=0.101
=there =is | weight=0.101
=don't | weight=0.101, noneg
=nothing =can | weight=0.100, noneg
=same =shop | weight=0.100
=that =says | weight=0.100
=cooling | weight=0.100
=just =how | weight=0.100
=the =warranty | weight=0.099
=because =i | weight=0.099
=of =discuss | weight=0.098
=do =nothing | weight=0.098, noneg
=hotel =said | weight=0.098
=they =could | weight=0.098
=company | weight=0.098
=hotel | weight=0.098
=most =your | weight=0.098
=policy =allowed | weight=0.098
=your =policy | weight=0.098
=internet =price | weight=0.097
=match =internet | weight=0.097
=to =match | weight=0.097
=they =rejected | weight=0.097
=receipt | weight=0.097
=at =five | weight=0.096
=the =clerk | weight=0.096
=they =couldn't | weight=0.096, noneg
=wouldn't =take | weight=0.096, noneg
=aren't =allowed | weight=0.096, noneg
=cleaning | weight=0.096
=cleaning =fee | weight=0.096
=warranty =terms | weight=0.095
=fitted =room | weight=0.095
=that =her | weight=0.095
=their =rules | weight=0.095
=decides | weight=0.094
=contract =terms | weight=0.094
=company =same | weight=0.094
=can =make | weight=0.094
=holder =can | weight=0.094
=make =change | weight=0.094
=only =the | weight=0.094
=was =informed | weight=0.093
=cash | weight=0.092
=fell | weight=0.092
=more =than | weight=0.092
=the =website | weight=0.092
=label | weight=0.092
=account =because | weight=0.091
=worth | weight=0.091
=process =the | weight=0.091
=cannot | weight=0.091, noneg
=to =give | weight=0.090
=been =open | weight=0.090
=items =and | weight=0.089
=manager =wouldn't | weight=0.089, noneg
=without | weight=0.089, noneg
=was =that | weight=0.089
=they =can't | weight=0.089, noneg
=fee =that | weight=0.089
=break | weight=0.088
=my =warranty | weight=0.088
=states =that | weight=0.088
=seat | weight=0.088
=fee =is | weight=0.088
=while =i'm | weight=0.088
=you've | weight=0.087
=didnt | weight=0.087, noneg
=it =an | weight=0.087
=discuss | weight=0.087
=depot | weight=0.087
=name =on | weight=0.086
=the =name | weight=0.086
=rules =apparently | weight=0.086
=they =don't | weight=0.086, noneg
=refund =they | weight=0.086
=informed =that | weight=0.086
=technical | weight=0.085
=of =order | weight=0.085
=staff =member | weight=0.084
=could =do | weight=0.084
=board =with | weight=0.084
=guaranteed | weight=0.084
=it =they | weight=0.084
=to =whoever | weight=0.084
=money =not | weight=0.084, noneg
=assistant =smirked | weight=0.084
=all =the | weight=0.084
=loyalty | weight=0.084
=how =it | weight=0.084
=guidelines | weight=0.083
=items =can't | weight=0.083, noneg
=turned | weight=0.083
=cancelled | weight=0.083
=dont | weight=0.083, noneg
=own =app | weight=0.082
=airline =refused | weight=0.082
=system | weight=0.082
=month =old | weight=0.082
=price =on | weight=0.082
=point =at | weight=0.082
=declined =my | weight=0.081
=accept | weight=0.081
=broken =toaster | weight=0.081
=said =she | weight=0.081
=is =on | weight=0.081
=it =out | weight=0.080
=account =with | weight=0.080
=me =despite | weight=0.080
=clause | weight=0.080
=clause =that | weight=0.080
=the =booking | weight=0.080
=the =repair | weight=0.080
=return =window | weight=0.079
=policy =doesn't | weight=0.079, noneg
=by =international | weight=0.079
=them =to | weight=0.079
=a =courier | weight=0.078
=box | weight=0.078
=a =doctor's | weight=0.078
=doctor's =notes | weight=0.078
=international | weight=0.077
=window | weight=0.077
=repair | weight=0.077
=days =ago | weight=0.077
=and =sent | weight=0.076
=with =the | weight=0.076
=sign =up | weight=0.076
=the =gym | weight=0.076
=kettle =because | weight=0.076
=to =porting | weight=0.075
=tied =and | weight=0.075
=a =years | weight=0.075
=expired | weight=0.075
=toaster =without | weight=0.075, noneg
=who =keeps | weight=0.075
=number =and | weight=0.075
=not =an | weight=0.075, noneg
=box =has | weight=0.074
=won't =swap | weight=0.074, noneg
=cs | weight=0.074
=t | weight=0.074
=t =cs | weight=0.074
=unreal | weight=0.074
=holiday | weight=0.074
=who =has | weight=0.074
=repay | weight=0.074
=text | weight=0.074
=items =even | weight=0.073
=apparently =it | weight=0.073
=my =season | weight=0.072
=season =ticket | weight=0.072
=of =his | weight=0.072
=porting =my | weight=0.072
=declined =to | weight=0.072
=make | weight=0.072
=printer | weight=0.072
=rejected =my | weight=0.072
=on =it | weight=0.072
=freeze =my | weight=0.072
=to =freeze | weight=0.072
=bank =rules | weight=0.072
=handed =bank | weight=0.072
=is =all | weight=0.072
=rules =is | weight=0.072
=system =only | weight=0.072
=though | weight=0.071
=game | weight=0.071
=payment | weight=0.071
=told =my | weight=0.071
=doctor's | weight=0.071
=earlier | weight=0.070
