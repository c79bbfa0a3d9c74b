# policy_refusal, en: learned by scripts/learn.py from 2841 tuning texts (215 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Tried to exchange a pair of trainers bought last Sunday and was told sale items are final. There was no sign saying so anywhere.
+ they keep telling me its company policy
+ he wouldnt budge on the cancelation charge
- You've had my last penny.
- just want my £40 back tbh
=rules | weight=0.493
=apparently | weight=0.386
=policy | weight=0.374
=cancelled =charge | weight=0.354
=because =it | weight=0.287
=can't | weight=0.272, noneg
=don't =do | weight=0.271, noneg
=period | weight=0.264
=even =for | weight=0.252
=that =isn't | weight=0.251, noneg
=not =allowed | weight=0.249, noneg
=says =no | weight=0.242, noneg
=they're | weight=0.227
=system =won't | weight=0.226, noneg
=company =policy | weight=0.226
=she =said | weight=0.225
=without =a | weight=0.225, noneg
=procedure | weight=0.221
=rejected | weight=0.221
=was =nothing | weight=0.219, noneg
=terms | weight=0.218
=wouldn't | weight=0.217, noneg
=claim =rejected | weight=0.216
=a =replacement | weight=0.213
=turned =down | weight=0.210
=nothing =they | weight=0.209, noneg
=medical | weight=0.207
=no =exceptions | weight=0.207, noneg
=they're =not | weight=0.207, noneg
=automatic | weight=0.206
=cos | weight=0.206
=nothing =he | weight=0.204, noneg
=items | weight=0.204
=non-refundable | weight=0.204
=said =they're | weight=0.201
=conditions | weight=0.200
=can't =be | weight=0.198, noneg
=won't | weight=0.196, noneg
=i'm =not | weight=0.195, noneg
=couldn't =help | weight=0.194, noneg
=so =nothing | weight=0.193, noneg
=it =company | weight=0.191
=computer =says | weight=0.188
=cant | weight=0.186, noneg
=wouldnt | weight=0.186, noneg
=against | weight=0.186
=documents | weight=0.185
=they =won't | weight=0.185, noneg
=items =are | weight=0.184
=kettle | weight=0.183
=warranty | weight=0.183
=the =system | weight=0.182
=are =unable | weight=0.182
=isn't =something | weight=0.180, noneg
=he =said | weight=0.180
=not =the | weight=0.174, noneg
=non | weight=0.174
=non =refund | weight=0.174
=terms =and | weight=0.174
=said =that | weight=0.173
=not =eligible | weight=0.172, noneg
=automatic =can't | weight=0.172, noneg
=it =automatic | weight=0.172
=sorry | weight=0.172
=computer | weight=0.172
=claim =on | weight=0.172
=bc | weight=0.170
=bc =it | weight=0.170
=cant =get | weight=0.170, noneg
=it =past | weight=0.170
=that =just | weight=0.170
=wear | weight=0.169
=there =was | weight=0.167
=it =against | weight=0.166
=her =hands | weight=0.164
=regulations | weight=0.164
=exchange | weight=0.162
=tied | weight=0.161
=can't =do | weight=0.160, noneg
=my =documents | weight=0.160
=a =medical | weight=0.158
=is =nothing | weight=0.157, noneg
=they =refused | weight=0.156
=said =there | weight=0.155
=who =is | weight=0.154
=protocol | weight=0.153
=are =rules | weight=0.153
=rules =are | weight=0.153
=though =the | weight=0.152
=match | weight=0.152
=waived | weight=0.152
=delivery =charge | weight=0.151
=denied | weight=0.151
=nothing | weight=0.150, noneg
=refused | weight=0.148
=toaster | weight=0.148
=to =accept | weight=0.147
=return =without | weight=0.147, noneg
=are =only | weight=0.146
=she =couldn't | weight=0.146, noneg
=and =conditions | weight=0.146
=once =it | weight=0.146
=tear | weight=0.145
=are | weight=0.145
=is =and | weight=0.145
=and =tear | weight=0.145
=wear =and | weight=0.145
=are =not | weight=0.144, noneg
=citing | weight=0.144
=was =turned | weight=0.143
=clerk =said | weight=0.143
=couldnt =do | weight=0.143, noneg
=hands | weight=0.142
=does =not | weight=0.141, noneg
=request =was | weight=0.141
=then =who | weight=0.140
=emergency | weight=0.139
=a =payment | weight=0.139
=full =stop | weight=0.138
=voucher | weight=0.138
=deposit | weight=0.138
=my =deposit | weight=0.137
=isnt | weight=0.137, noneg
=while =i'm | weight=0.137
=cooling =off | weight=0.136
=off =period | weight=0.136
=outside | weight=0.135
=said =their | weight=0.135
=without =the | weight=0.134, noneg
=once | weight=0.134
=not =cover | weight=0.134, noneg
=deposit =for | weight=0.133
=it =it | weight=0.132
=hands =were | weight=0.131
=were =tied | weight=0.131
=rep =told | weight=0.130
=a =refund | weight=0.130
=trainers | weight=0.130
=agent =said | weight=0.130
=at =five | weight=0.129
=our =rules | weight=0.128
=outside =the | weight=0.127
=there =nothing | weight=0.125, noneg
=the =hotel | weight=0.125
=cooling-off | weight=0.124
=cooling-off =period | weight=0.124
=the =cooling-off | weight=0.124
=shelf =label | weight=0.122
=couldnt | weight=0.122, noneg
=return =on | weight=0.121
=quote =the | weight=0.121
=rules =don't | weight=0.121, noneg
=asked =them | weight=0.121
=shut =at | weight=0.121
=they =shut | weight=0.121
=they =only | weight=0.121
=refund =in | weight=0.120
=refused =to | weight=0.120
=four =month | weight=0.119
=because =the | weight=0.119
=doesn't =cover | weight=0.118, noneg
=smirked | weight=0.118
=came =from | weight=0.118
=it =came | weight=0.118
=don't | weight=0.117, noneg
=they =wouldn't | weight=0.116, noneg
=doesn't | weight=0.116, noneg
=voucher =is | weight=0.116
=won't =let | weight=0.115, noneg
=isn't | weight=0.115, noneg
=any =more | weight=0.115
=porting =my | weight=0.115
=assistant =said | weight=0.114
=discount =and | weight=0.114
=online =sign | weight=0.114
=the =cooling | weight=0.114
=they =claim | weight=0.114
=under | weight=0.114
=not =permitted | weight=0.113, noneg
=refused =the | weight=0.113
=given | weight=0.113
=said =they | weight=0.112
=receipt | weight=0.112
=no =they | weight=0.112, noneg
=unable | weight=0.112
=unable =to | weight=0.112
=the =days | weight=0.112
=couldn't | weight=0.112, noneg
=a =technical | weight=0.111
=explanation | weight=0.111
=they | weight=0.110
=without | weight=0.110, noneg
=decides | weight=0.110
=void | weight=0.110
=couldn't =tell | weight=0.110, noneg
=isn't =even | weight=0.110, noneg
=of =discuss | weight=0.110
=my =number | weight=0.109
=about =it | weight=0.109
=for =one | weight=0.109
=shut | weight=0.109
=boarding | weight=0.108
=refund =delivery | weight=0.108
=sign-ups | weight=0.108
=to =waived | weight=0.108
=waived =the | weight=0.108
=only | weight=0.108
=clearance | weight=0.108
=period =does | weight=0.108
=fee =is | weight=0.107
=company | weight=0.107
=days =window | weight=0.107
=rules =and | weight=0.107
=ago =because | weight=0.107
=don't =let | weight=0.106, noneg
=rejected =because | weight=0.106
=take =my | weight=0.106
=refund =no | weight=0.106, noneg
=to =take | weight=0.105
=said =my | weight=0.105
=do =nothing | weight=0.105, noneg
=hotel =said | weight=0.105
=they =could | weight=0.105
=parcel =without | weight=0.104, noneg
=the =clerk | weight=0.104
=because =i | weight=0.104
=same =company | weight=0.104
=same =shoes | weight=0.104
=control | weight=0.104
=process =the | weight=0.103
=declined | weight=0.103
=just =how | weight=0.103
=can't =take | weight=0.102, noneg
=that =says | weight=0.102
=unopened | weight=0.102
=porting | weight=0.101
=same =shop | weight=0.100
=nothing =she | weight=0.100, noneg
=despite =my | weight=0.099
=fell | weight=0.099
=to =repair | weight=0.099
=can =make | weight=0.099
=holder =can | weight=0.099
=make =change | weight=0.099
=only =the | weight=0.099
=was =informed | weight=0.099
=ahead | weight=0.098
=accept | weight=0.098
=appeal | weight=0.098
=asked =who | weight=0.098
=depot =wouldn't | weight=0.098, noneg
=girl | weight=0.098
=uk | weight=0.098
=their =rules | weight=0.097
=from =a | weight=0.097
=they =rejected | weight=0.097
=account =because | weight=0.096
=nothing =can | weight=0.096, noneg
=freeze | weight=0.096
=the =website | weight=0.096
=shoes | weight=0.096
=only =do | weight=0.096
=rejected =my | weight=0.096
=cannot | weight=0.096, noneg
=fee =that | weight=0.095
=refund =they | weight=0.095
=to =moved | weight=0.095
=they =couldn't | weight=0.095, noneg
=the =receipt | weight=0.095
=discuss | weight=0.095
=could =do | weight=0.094
=broken =toaster | weight=0.094
=just =kept | weight=0.094
=not =apply | weight=0.093, noneg
=exchange =and | weight=0.093
=hotel | weight=0.093
=declined =to | weight=0.093
=allowed | weight=0.092
=internet =price | weight=0.092
=match =internet | weight=0.092
=to =match | weight=0.092
=the =repair | weight=0.092
=apparently =it | weight=0.092
=that =her | weight=0.092
=name | weight=0.091
=most =your | weight=0.091
=policy =allowed | weight=0.091
=your =policy | weight=0.091
=make | weight=0.091
=items =and | weight=0.091
=there =is | weight=0.091
=fitted =room | weight=0.090
=the =name | weight=0.090
=on =it | weight=0.090
=my =warranty | weight=0.090
=warranty =terms | weight=0.089
=cleaning =fee | weight=0.089
=the =account | weight=0.088
=was =that | weight=0.088
=guidelines | weight=0.088
=company =same | weight=0.088
=price =on | weight=0.088
=never =dropped | weight=0.087, noneg
=can't =help | weight=0.087, noneg
=earlier | weight=0.087
=it =out | weight=0.087
=guaranteed | weight=0.086
=you've | weight=0.086
=yer | weight=0.086
=money =not | weight=0.086, noneg
=cleaning | weight=0.086
=didnt | weight=0.086, noneg
=a =courier | weight=0.086
=wouldn't =take | weight=0.086, noneg
=staff =member | weight=0.086
=informed =that | weight=0.085
=wouldn't =let | weight=0.085, noneg
=how =it | weight=0.085
=is =on | weight=0.085
=items =can't | weight=0.084, noneg
=the =warranty | weight=0.084
=been =open | weight=0.083
=states =that | weight=0.083
=bought | weight=0.083
=aren't =allowed | weight=0.083, noneg
=airline =refused | weight=0.083
=point =at | weight=0.083
=label | weight=0.083
=i =never | weight=0.083, noneg
=window | weight=0.082
=they =don't | weight=0.082, noneg
=assistant =smirked | weight=0.082
=though | weight=0.082
=to =whoever | weight=0.082
=break | weight=0.082
=all =the | weight=0.082
=repair | weight=0.082
=it =an | weight=0.081
=past | weight=0.081
=told =they | weight=0.081
=it =they | weight=0.081
=turned | weight=0.081
=international | weight=0.081
=said =she | weight=0.081
=system | weight=0.080
=won't =allowed | weight=0.080, noneg
=technical | weight=0.080
=toaster =without | weight=0.080, noneg
=who =keeps | weight=0.080
=rules =is | weight=0.080
=a =doctor's | weight=0.079
=doctor's =notes | weight=0.079
=the =claim | weight=0.079
=cash | weight=0.079
=of =order | weight=0.079
=fee | weight=0.078
=expired | weight=0.078
=contract =terms | weight=0.078
=boarding =with | weight=0.077
=quote | weight=0.076
=the =gym | weight=0.076
=return =window | weight=0.076
=name =on | weight=0.076
=man =in | weight=0.075
=of =his | weight=0.075
=procedure =to | weight=0.075
=by =international | weight=0.075
=box =has | weight=0.075
=won't =swap | weight=0.075, noneg
=own =app | weight=0.074
=and =sent | weight=0.074
=policy =is | weight=0.074
=on =openreach | weight=0.074
=openreach | weight=0.074
=repay | weight=0.074
=days =ahead | weight=0.073
=told =my | weight=0.073
=who =has | weight=0.073
=nothing =i | weight=0.073, noneg
=account =with | weight=0.072
=me =despite | weight=0.072
=lmao | weight=0.072
=end =of | weight=0.072
=my =season | weight=0.072
=season =ticket | weight=0.072
=it =is | weight=0.072
=kettle =because | weight=0.072
=policy =doesn't | weight=0.072, noneg
=game | weight=0.072
=freeze =my | weight=0.072
=to =freeze | weight=0.072
=on =a | weight=0.071
=outage =is | weight=0.071
=staff =told | weight=0.071
=printer | weight=0.071
=days =ago | weight=0.070
=number =out | weight=0.070
=box | weight=0.070
=this =once | weight=0.070
=loyalty | weight=0.070
