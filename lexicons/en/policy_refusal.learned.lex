# policy_refusal, en: learned by scripts/learn.py from 3245 tuning texts (226 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Tried to exchange a pair of trainers bought last Sunday and was told sale items are final. There was no sign saying so anywhere.
+ they keep telling me its company policy
+ he wouldnt budge on the cancelation charge
- ok
- You've had my last penny.
=rules | weight=0.519
=policy | weight=0.389
=cancelled =charge | weight=0.379
=apparently | weight=0.356
=not =allowed | weight=0.304, noneg
=because =it | weight=0.280
=that =isn't | weight=0.278, noneg
=system =won't | weight=0.277, noneg
=says =no | weight=0.272, noneg
=period | weight=0.272
=cant | weight=0.269, noneg
=even =for | weight=0.267
=company =policy | weight=0.265
=without =a | weight=0.253, noneg
=don't =do | weight=0.247, noneg
=procedure | weight=0.246
=terms | weight=0.242
=wouldn't | weight=0.238, noneg
=can't =be | weight=0.235, noneg
=nothing =he | weight=0.235, noneg
=no =exceptions | weight=0.235, noneg
=items | weight=0.234
=nothing =they | weight=0.229, noneg
=couldn't =help | weight=0.227, noneg
=claim =rejected | weight=0.226
=cos | weight=0.225
=they're | weight=0.224
=rejected | weight=0.224
=kettle | weight=0.222
=so =nothing | weight=0.222, noneg
=can't | weight=0.218, noneg
=she =said | weight=0.216
=automatic | weight=0.215
=they're =not | weight=0.215, noneg
=turned =down | weight=0.215
=they =won't | weight=0.214, noneg
=non-refundable | weight=0.212
=against | weight=0.210
=are =unable | weight=0.210
=it =company | weight=0.207
=said =they're | weight=0.207
=agent =said | weight=0.204
=conditions | weight=0.204
=though =the | weight=0.202
=computer =says | weight=0.199
=she =couldn't | weight=0.198, noneg
=medical | weight=0.196
=documents | weight=0.191
=items =are | weight=0.191
=without =the | weight=0.191, noneg
=won't | weight=0.190, noneg
=couldnt | weight=0.189, noneg
=not =eligible | weight=0.188, noneg
=wouldnt | weight=0.188, noneg
=non | weight=0.184
=non =refund | weight=0.184
=not =the | weight=0.184, noneg
=exchange | weight=0.184
=is =nothing | weight=0.184, noneg
=there =nothing | weight=0.183, noneg
=that =just | weight=0.183
=the =system | weight=0.183
=warranty | weight=0.182
=said =that | weight=0.182
=isn't =something | weight=0.179, noneg
=terms =and | weight=0.179
=automatic =can't | weight=0.177, noneg
=it =automatic | weight=0.177
=claim =on | weight=0.175
=it =against | weight=0.173
=regulations | weight=0.172
=return =without | weight=0.170, noneg
=are =only | weight=0.170
=denied | weight=0.170
=tied | weight=0.170
=they =refused | weight=0.169
=once | weight=0.168
=match | weight=0.167
=then =who | weight=0.165
=are =rules | weight=0.164
=rules =are | weight=0.164
=toaster | weight=0.164
=bc | weight=0.163
=bc =it | weight=0.163
=cant =get | weight=0.163, noneg
=it =past | weight=0.163
=my =documents | weight=0.163
=citing | weight=0.161
=computer | weight=0.159
=protocol | weight=0.159
=is =and | weight=0.159
=a =medical | weight=0.158
=wear | weight=0.158
=handed | weight=0.158
=does =not | weight=0.157, noneg
=are =not | weight=0.156, noneg
=outside | weight=0.156
=refused =to | weight=0.156
=he =said | weight=0.154
=and =conditions | weight=0.153
=the =hotel | weight=0.153
=was =turned | weight=0.153
=our =rules | weight=0.153
=once =it | weight=0.152
=my =deposit | weight=0.152
=not =cover | weight=0.152, noneg
=who =is | weight=0.152
=was =nothing | weight=0.152, noneg
=her =handed | weight=0.151
=emergency | weight=0.151
=there =was | weight=0.151
=full =stop | weight=0.151
=deposit =for | weight=0.151
=at =five | weight=0.150
=waived | weight=0.150
=though | weight=0.148
=a =payment | weight=0.148
=since =it | weight=0.147
=outside =the | weight=0.147
=trainers | weight=0.146
=can't =help | weight=0.145, noneg
=request =was | weight=0.144
=discount =and | weight=0.144
=no =they | weight=0.144, noneg
=deposit | weight=0.144
=tear | weight=0.144
=said =their | weight=0.143
=assistant =said | weight=0.143
=voucher | weight=0.142
=unable | weight=0.141
=unable =to | weight=0.141
=clerk =said | weight=0.140
=couldnt =do | weight=0.140, noneg
=to =accept | weight=0.139
=and =tear | weight=0.137
=wear =and | weight=0.137
=accept | weight=0.137
=refund =delivery | weight=0.137
=while =i'm | weight=0.135
=said =there | weight=0.135
=rules =don't | weight=0.135, noneg
=they =only | weight=0.134
=handed =were | weight=0.133
=were =tied | weight=0.133
=shut =at | weight=0.132
=they =shut | weight=0.132
=they =wouldn't | weight=0.131, noneg
=price =on | weight=0.131
=rep =told | weight=0.131
=it =it | weight=0.130
=clearance | weight=0.130
=head =office | weight=0.130
=cooling =off | weight=0.129
=off =period | weight=0.129
=sorry | weight=0.129
=cannot | weight=0.128, noneg
=do =nothing | weight=0.128, noneg
=hotel =said | weight=0.128
=they =could | weight=0.128
=smirked | weight=0.128
=came =from | weight=0.128
=can =make | weight=0.127
=holder =can | weight=0.127
=make =change | weight=0.127
=only =the | weight=0.127
=can't =take | weight=0.127, noneg
=they | weight=0.126
=couldn't =tell | weight=0.124, noneg
=asked =them | weight=0.124
=shoes | weight=0.124
=the =website | weight=0.123
=isn't =even | weight=0.123, noneg
=rules =and | weight=0.123
=shut | weight=0.123
=same =shop | weight=0.122
=days =window | weight=0.122
=refused | weight=0.121
=refund =in | weight=0.121
=it =isnt | weight=0.121, noneg
=i'm =not | weight=0.121, noneg
=take =my | weight=0.120
=parcel =without | weight=0.120, noneg
=same =company | weight=0.120
=same =shoes | weight=0.120
=return =on | weight=0.120
=a =replacement | weight=0.120
=decides | weight=0.119
=declined | weight=0.119
=quote =the | weight=0.119
=of =discuss | weight=0.119
=a =courier | weight=0.118
=four =month | weight=0.118
=receipt | weight=0.118
=refund =no | weight=0.118, noneg
=cooling-off | weight=0.117
=cooling-off =period | weight=0.117
=the =cooling-off | weight=0.117
=don't =let | weight=0.117, noneg
=boarding | weight=0.117
=not =permitted | weight=0.117, noneg
=voucher =is | weight=0.117
=are | weight=0.116
=it =came | weight=0.116
=allowed | weight=0.116
=the =kettle | weight=0.116
=sign-ups | weight=0.116
=doesn't | weight=0.115, noneg
=period =does | weight=0.115
=the =days | weight=0.115
=explanation | weight=0.114
=about =it | weight=0.114
=to =take | weight=0.114
=to =moved | weight=0.114
=doesn't =cover | weight=0.114, noneg
=said =she | weight=0.114
=fee =is | weight=0.114
=for =one | weight=0.113
=only =do | weight=0.113
=apparently =it | weight=0.113
=company =same | weight=0.112
=was =informed | weight=0.112
=isnt | weight=0.112, noneg
=online =sign | weight=0.111
=the =cooling | weight=0.111
=they =claim | weight=0.111
=porting =my | weight=0.110
=process =the | weight=0.110
=appeal | weight=0.110
=asked =who | weight=0.110
=a =technical | weight=0.109
=ago =because | weight=0.109
=girl | weight=0.109
=money =not | weight=0.108, noneg
=exchange =and | weight=0.107
=items =can't | weight=0.107, noneg
=delivery =charge | weight=0.107
=uk | weight=0.107
=my =number | weight=0.107
=because =i | weight=0.107
=rejected =because | weight=0.106
=fee =that | weight=0.106
=depot =wouldn't | weight=0.106, noneg
=to =waived | weight=0.106
=waived =the | weight=0.106
=account =because | weight=0.106
=guaranteed | weight=0.106
=to =repair | weight=0.105
=freeze | weight=0.105
=declined =to | weight=0.105
=told =my | weight=0.105
=because =the | weight=0.105
=not =apply | weight=0.105, noneg
=wouldn't =let | weight=0.104, noneg
=given | weight=0.104
=nothing =about | weight=0.103, noneg
=cleaning =fee | weight=0.103
=answer =is | weight=0.102
=rules =is | weight=0.102
=of =policy | weight=0.102
=third =party | weight=0.101
=that =says | weight=0.100
=error =was | weight=0.100
=just =how | weight=0.100
=broken =toaster | weight=0.100
=porting | weight=0.099
=they =rejected | weight=0.099
=shelf =label | weight=0.099
=the =account | weight=0.099
=refund =they | weight=0.099
=they =don't | weight=0.098, noneg
=informed =that | weight=0.098
=void | weight=0.098
=nothing =can | weight=0.097, noneg
=despite =my | weight=0.097
=control | weight=0.097
=rejected =my | weight=0.097
=internet =price | weight=0.096
=match =internet | weight=0.096
=to =match | weight=0.096
=loyalty | weight=0.096
=it =is | weight=0.096
=fitted =room | weight=0.095
=the =clerk | weight=0.095
=ahead | weight=0.095
=nothing | weight=0.095, noneg
=on =it | weight=0.095
=won't =allowed | weight=0.094, noneg
=the =gym | weight=0.094
=shelf | weight=0.093
=international | weight=0.093
=could =do | weight=0.093
=most =your | weight=0.093
=policy =allowed | weight=0.093
=your =policy | weight=0.093
=honour | weight=0.093
=honour =the | weight=0.093
=how =it | weight=0.092
=nothing =i | weight=0.092, noneg
=there =is | weight=0.092
=fell | weight=0.092
=it =an | weight=0.091
=to =whoever | weight=0.091
=you =cant | weight=0.091, noneg
=warranty =terms | weight=0.091
=nothing =she | weight=0.091, noneg
=it =they | weight=0.091
=don't | weight=0.090, noneg
=break | weight=0.090
=assistant =smirked | weight=0.090
=said =my | weight=0.089
=unopened | weight=0.089
=expired | weight=0.089
=claim | weight=0.089
=the =warranty | weight=0.088
=was =that | weight=0.088
=quote | weight=0.088
=a =years | weight=0.088
=h | weight=0.088
=her =job | weight=0.088
=job =worth | weight=0.088
=than =her | weight=0.088
=worth =to | weight=0.088
=and =nothing | weight=0.088, noneg
=end =of | weight=0.087
=who =has | weight=0.087
=items =and | weight=0.086
=wouldn't =take | weight=0.086, noneg
=more =than | weight=0.086
=from =a | weight=0.086
=a =doctor's | weight=0.086
=doctor's =notes | weight=0.086
=their =rules | weight=0.086
=the =name | weight=0.086
=toaster =without | weight=0.085, noneg
=who =keeps | weight=0.085
=repay | weight=0.085
=with =the | weight=0.085
=label | weight=0.085
=all =the | weight=0.085
=of =order | weight=0.084
=guidelines | weight=0.084
=that =her | weight=0.084
=is =on | weight=0.084
=aren't =allowed | weight=0.084, noneg
=any =more | weight=0.084
=warranty =was | weight=0.083
=didnt | weight=0.083, noneg
=reimburse | weight=0.083
=under | weight=0.083
=of =his | weight=0.083
=tell =people | weight=0.082
=told =there | weight=0.082
=worth | weight=0.082
=seller | weight=0.082
=label =says | weight=0.082
=states =that | weight=0.082
=the =label | weight=0.081
=been =open | weight=0.081
=their | weight=0.081
=never =dropped | weight=0.081, noneg
=receptionist =refused | weight=0.081
=box =has | weight=0.081
=won't =swap | weight=0.081, noneg
=cash | weight=0.081
=policy =is | weight=0.080
=the =claim | weight=0.080
=clause =that | weight=0.080
=technical | weight=0.080
=holiday | weight=0.080
=cooling | weight=0.080
=just =the | weight=0.080
=repair | weight=0.080
=procedure =to | weight=0.079
=i =never | weight=0.079, noneg
=my =refund | weight=0.079
=like =my | weight=0.078
=by =international | weight=0.078
=clause | weight=0.078
=boarding =with | weight=0.078
=won't =let | weight=0.078, noneg
=on =openreach | weight=0.077
=openreach | weight=0.077
=freeze =my | weight=0.077
=to =freeze | weight=0.077
=tied =and | weight=0.077
=point =at | weight=0.077
=and =you | weight=0.077
=is =all | weight=0.077
=the =receipt | weight=0.077
=and =there | weight=0.076
=because =their | weight=0.076
=bank =rules | weight=0.076
=handed =bank | weight=0.076
=man =in | weight=0.076
=lmao | weight=0.076
=girl =said | weight=0.076
=told =us | weight=0.076
=so =the | weight=0.076
=name | weight=0.076
=own =app | weight=0.076
