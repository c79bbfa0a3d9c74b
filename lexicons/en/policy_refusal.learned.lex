# policy_refusal, en: learned by scripts/learn.py from 3044 tuning texts (216 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Was told they can't send a replacement card to any address other than the one on file, security rules. I'm in hospital.
+ Tried to exchange a pair of trainers bought last Sunday and was told sale items are final. There was no sign saying so anywhere.
+ they keep telling me its company policy
- ok
- You've had my last penny.
=rules | weight=0.500
=apparently | weight=0.387
=policy | weight=0.384
=cancelled =charge | weight=0.354
=because =it | weight=0.282
=can't | weight=0.275, noneg
=don't =do | weight=0.274, noneg
=even =for | weight=0.267
=that =isn't | weight=0.266, noneg
=period | weight=0.257
=not =allowed | weight=0.255, noneg
=says =no | weight=0.250, noneg
=terms | weight=0.228
=procedure | weight=0.226
=she =said | weight=0.224
=without =a | weight=0.223, noneg
=wouldn't | weight=0.221, noneg
=company =policy | weight=0.221
=was =nothing | weight=0.219, noneg
=system =won't | weight=0.215, noneg
=no =exceptions | weight=0.214, noneg
=claim =rejected | weight=0.213
=items | weight=0.211
=they're =not | weight=0.210, noneg
=rejected | weight=0.210
=automatic | weight=0.209
=nothing =he | weight=0.208, noneg
=they're | weight=0.207
=couldn't =help | weight=0.207, noneg
=non-refundable | weight=0.204
=nothing =they | weight=0.203, noneg
=can't =be | weight=0.203, noneg
=cos | weight=0.202
=turned =down | weight=0.200
=a =replacement | weight=0.199
=medical | weight=0.198
=so =nothing | weight=0.196, noneg
=said =they're | weight=0.194
=isn't =something | weight=0.194, noneg
=i'm =not | weight=0.192, noneg
=conditions | weight=0.192
=items =are | weight=0.189
=computer =says | weight=0.189
=cant | weight=0.189, noneg
=they =won't | weight=0.188, noneg
=won't | weight=0.188, noneg
=kettle | weight=0.187
=it =company | weight=0.186
=the =system | weight=0.185
=against | weight=0.184
=said =that | weight=0.183
=wouldnt | weight=0.183, noneg
=documents | weight=0.183
=not =the | weight=0.183, noneg
=are =unable | weight=0.180
=warranty | weight=0.179
=automatic =can't | weight=0.173, noneg
=it =automatic | weight=0.173
=claim =on | weight=0.172
=said =there | weight=0.172
=terms =and | weight=0.172
=he =said | weight=0.172
=bc | weight=0.172
=bc =it | weight=0.172
=cant =get | weight=0.172, noneg
=it =past | weight=0.172
=non | weight=0.171
=non =refund | weight=0.171
=sorry | weight=0.171
=exchange | weight=0.171
=her =handed | weight=0.171
=though =the | weight=0.171
=there =was | weight=0.170
=not =eligible | weight=0.169, noneg
=that =just | weight=0.167
=computer | weight=0.166
=regulations | weight=0.165
=it =against | weight=0.163
=they =refused | weight=0.163
=refused | weight=0.163
=tied | weight=0.159
=match | weight=0.158
=citing | weight=0.157
=can't =do | weight=0.156, noneg
=wear | weight=0.156
=my =documents | weight=0.156
=denied | weight=0.154
=protocol | weight=0.154
=is =nothing | weight=0.153, noneg
=is =and | weight=0.152
=toaster | weight=0.152
=a =medical | weight=0.152
=are =rules | weight=0.152
=rules =are | weight=0.152
=delivery =charge | weight=0.151
=are | weight=0.151
=return =without | weight=0.151, noneg
=voucher | weight=0.149
=she =couldn't | weight=0.147, noneg
=waived | weight=0.147
=who =is | weight=0.146
=clerk =said | weight=0.146
=couldnt =do | weight=0.146, noneg
=emergency | weight=0.145
=nothing | weight=0.145, noneg
=outside | weight=0.145
=then =who | weight=0.145
=to =accept | weight=0.144
=are =only | weight=0.144
=deposit | weight=0.143
=handed | weight=0.143
=once =it | weight=0.143
=full =stop | weight=0.142
=tear | weight=0.140
=does =not | weight=0.139, noneg
=don't | weight=0.138, noneg
=deposit =for | weight=0.138
=are =not | weight=0.138, noneg
=said =their | weight=0.137
=without =the | weight=0.136, noneg
=and =conditions | weight=0.136
=not =cover | weight=0.136, noneg
=it =it | weight=0.135
=there =nothing | weight=0.135, noneg
=a =payment | weight=0.135
=rep =told | weight=0.134
=refused =to | weight=0.133
=my =deposit | weight=0.133
=request =was | weight=0.133
=once | weight=0.132
=trainers | weight=0.132
=handed =were | weight=0.131
=were =tied | weight=0.131
=and =tear | weight=0.131
=wear =and | weight=0.131
=agent =said | weight=0.131
=was =turned | weight=0.130
=while =i'm | weight=0.130
=they | weight=0.129
=won't =let | weight=0.129, noneg
=couldn't | weight=0.129, noneg
=at =five | weight=0.129
=cooling =off | weight=0.127
=off =period | weight=0.127
=came =from | weight=0.126
=asked =them | weight=0.126
=doesn't =cover | weight=0.125, noneg
=cooling-off | weight=0.125
=cooling-off =period | weight=0.125
=the =cooling-off | weight=0.125
=four =month | weight=0.125
=shut =at | weight=0.125
=they =shut | weight=0.125
=any =more | weight=0.124
=refund =in | weight=0.124
=our =rules | weight=0.123
=couldnt | weight=0.123, noneg
=they =only | weight=0.122
=the =hotel | weight=0.122
=they =wouldn't | weight=0.121, noneg
=given | weight=0.120
=it =isnt | weight=0.120, noneg
=a =refund | weight=0.120
=a =technical | weight=0.119
=return =on | weight=0.118
=smirked | weight=0.118
=quote =the | weight=0.117
=shelf =label | weight=0.117
=it =came | weight=0.117
=under | weight=0.116
=take =my | weight=0.116
=voucher =is | weight=0.116
=outside =the | weight=0.116
=the =days | weight=0.116
=isn't =even | weight=0.116, noneg
=the =website | weight=0.116
=rules =don't | weight=0.115, noneg
=they =couldn't | weight=0.114, noneg
=unable | weight=0.114
=unable =to | weight=0.114
=isnt | weight=0.114, noneg
=porting =my | weight=0.113
=for =one | weight=0.113
=online =sign | weight=0.113
=the =cooling | weight=0.113
=they =claim | weight=0.113
=fee =is | weight=0.112
=because =the | weight=0.112
=doesn't | weight=0.112, noneg
=discount =and | weight=0.112
=no =they | weight=0.112, noneg
=shut | weight=0.110
=boarding | weight=0.110
=ago =because | weight=0.110
=receipt | weight=0.109
=same =company | weight=0.109
=same =shoes | weight=0.109
=assistant =said | weight=0.109
=company | weight=0.109
=couldn't =tell | weight=0.109, noneg
=explanation | weight=0.108
=my =number | weight=0.108
=clearance | weight=0.108
=declined | weight=0.108
=refund =no | weight=0.107, noneg
=of =discuss | weight=0.107
=only | weight=0.107
=refund =delivery | weight=0.107
=rules =and | weight=0.106
=to =waived | weight=0.106
=waived =the | weight=0.106
=without | weight=0.106, noneg
=sign-ups | weight=0.106
=refused =the | weight=0.106
=can't =take | weight=0.106, noneg
=there =is | weight=0.105
=period =does | weight=0.105
=days =window | weight=0.105
=isn't | weight=0.105, noneg
=do =nothing | weight=0.104, noneg
=hotel =said | weight=0.104
=they =could | weight=0.104
=not =permitted | weight=0.104, noneg
=same =shop | weight=0.104
=parcel =without | weight=0.104, noneg
=shoes | weight=0.104
=said =they | weight=0.103
=porting | weight=0.103
=can =make | weight=0.103
=holder =can | weight=0.103
=make =change | weight=0.103
=only =the | weight=0.103
=told =they | weight=0.103
=the =clerk | weight=0.103
=that =says | weight=0.103
=don't =let | weight=0.102, noneg
=cannot | weight=0.102, noneg
=rejected =because | weight=0.102
=uk | weight=0.102
=because =i | weight=0.101
=control | weight=0.101
=nothing =can | weight=0.101, noneg
=process =the | weight=0.100
=fee =that | weight=0.100
=account =because | weight=0.100
=decides | weight=0.100
=to =repair | weight=0.100
=to =take | weight=0.099
=said =my | weight=0.099
=they =rejected | weight=0.099
=broken =toaster | weight=0.098
=nothing =she | weight=0.098, noneg
=to =moved | weight=0.098
=rejected =my | weight=0.097
=their =rules | weight=0.097
=can't =help | weight=0.097, noneg
=company =same | weight=0.097
=just =how | weight=0.097
=appeal | weight=0.097
=asked =who | weight=0.097
=wouldn't =take | weight=0.097, noneg
=freeze | weight=0.097
=exchange =and | weight=0.096
=the =warranty | weight=0.095
=hotel | weight=0.094
=apparently =it | weight=0.094
=accept | weight=0.094
=money =not | weight=0.094, noneg
=most =your | weight=0.094
=policy =allowed | weight=0.094
=your =policy | weight=0.094
=only =do | weight=0.094
=from =a | weight=0.093
=that =her | weight=0.093
=void | weight=0.093
=declined =to | weight=0.093
=guidelines | weight=0.092
=could =do | weight=0.092
=just =kept | weight=0.092
=girl | weight=0.091
=was =informed | weight=0.091
=discuss | weight=0.091
=bought | weight=0.091
=was =that | weight=0.091
=not =apply | weight=0.091, noneg
=unopened | weight=0.090
=is =on | weight=0.090
=items =and | weight=0.090
=about =it | weight=0.090
=refund =they | weight=0.089
=the =name | weight=0.089
=despite =my | weight=0.088
=of =policy | weight=0.088
=all =the | weight=0.088
=they =don't | weight=0.087, noneg
=items =can't | weight=0.087, noneg
=the =account | weight=0.087
=label | weight=0.086
=internet =price | weight=0.086
=match =internet | weight=0.086
=to =match | weight=0.086
=technical | weight=0.086
=cleaning =fee | weight=0.086
=how =it | weight=0.086
=repair | weight=0.086
=fitted =room | weight=0.086
=quote | weight=0.086
=warranty =terms | weight=0.085
=past | weight=0.085
=ahead | weight=0.085
=make | weight=0.085
=you've | weight=0.085
=airline =refused | weight=0.085
=assistant =smirked | weight=0.084
=nothing =i | weight=0.084, noneg
=guaranteed | weight=0.084
=wouldn't =let | weight=0.084, noneg
=break | weight=0.084
=it =out | weight=0.084
=depot =wouldn't | weight=0.084, noneg
=price =on | weight=0.083
=cash | weight=0.083
=didnt | weight=0.083, noneg
=window | weight=0.083
=cleaning | weight=0.083
=system | weight=0.083
=allowed | weight=0.083
=on =it | weight=0.082
=return =window | weight=0.082
=earlier | weight=0.082
=said =she | weight=0.082
=it =an | weight=0.082
=the =receipt | weight=0.081
=policy =is | weight=0.081
=staff =member | weight=0.081
=turned | weight=0.081
=point =at | weight=0.081
=fee | weight=0.081
=with =the | weight=0.080
=on =openreach | weight=0.080
=openreach | weight=0.080
=procedure =to | weight=0.080
=rules =apparently | weight=0.080
=kettle =because | weight=0.079
=a =years | weight=0.079
=boarding =with | weight=0.079
=the =gym | weight=0.079
=rules =is | weight=0.079
=though | weight=0.078
=i =never | weight=0.078, noneg
=warranty =was | weight=0.078
=lmao | weight=0.078
=and =sent | weight=0.078
=outage =is | weight=0.077
=toaster =without | weight=0.077, noneg
=who =keeps | weight=0.077
=the =claim | weight=0.077
=fell | weight=0.077
=to =whoever | weight=0.077
=staff =told | weight=0.077
=it =they | weight=0.077
=the =repair | weight=0.077
=been =open | weight=0.077
=won't =allowed | weight=0.076, noneg
=informed =that | weight=0.076
=printer | weight=0.076
=on =a | weight=0.076
=a =doctor's | weight=0.076
=doctor's =notes | weight=0.076
=aren't =allowed | weight=0.076, noneg
=unreal | weight=0.075
=name =on | weight=0.075
=madam | weight=0.075
=of =his | weight=0.075
=a =courier | weight=0.075
=states =that | weight=0.075
=not =an | weight=0.075, noneg
=it =is | weight=0.075
=h | weight=0.075
=yer | weight=0.075
=never =dropped | weight=0.074, noneg
=international | weight=0.074
=my =warranty | weight=0.074
=policy =doesn't | weight=0.074, noneg
=will =not | weight=0.073, noneg
=by =international | weight=0.073
=box =has | weight=0.073
=won't =swap | weight=0.073, noneg
=expired | weight=0.073
=number =out | weight=0.072
=repay | weight=0.072
=i =no | weight=0.072, noneg
=freeze =my | weight=0.072
=to =freeze | weight=0.072
=keeps =tell | weight=0.072
=you =won't | weight=0.071, noneg
=the =receptionist | weight=0.071
=contract =terms | weight=0.071
=told =us | weight=0.071
=month =old | weight=0.071
