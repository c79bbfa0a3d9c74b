# wants_refund, en: learned by scripts/learn.py from 2841 tuning texts (151 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ I'm taking this to small claims court unless you pay the deposit back.
+ i will be reporting this to trading standards, you cant just keep my deposit
+ Agent said rules are rules and refunds are not permitted once the ticket is printed.
- You've had my last penny.
- Never shopping here again.
=compensation | weight=0.376
=want =my | weight=0.375
=refund | weight=0.361
=compensation =for | weight=0.314
=please | weight=0.290
=deposit | weight=0.280
=broken =one | weight=0.255
=reimburse | weight=0.250
=i'd =like | weight=0.246
=owed | weight=0.242
=money | weight=0.224
=expect | weight=0.212
=please =refund | weight=0.209
=want | weight=0.204
=took =from | weight=0.200
=without =permission | weight=0.200, noneg
=like =the | weight=0.199
=account =without | weight=0.197, noneg
=return =to | weight=0.195
=fee =you | weight=0.194
=the =amount | weight=0.192
=where =my | weight=0.192
=amount | weight=0.191
=it =back | weight=0.190
=want =the | weight=0.189
=give =it | weight=0.189
=the =money | weight=0.189
=request | weight=0.185
=cost | weight=0.181
=purchase =price | weight=0.179
=return =the | weight=0.178
=give | weight=0.175
=back | weight=0.167
=pls | weight=0.161
=rd | weight=0.158
=i =want | weight=0.157
=for =the | weight=0.157
=pay | weight=0.157
=goodwill | weight=0.155
=money =back | weight=0.154
=penny | weight=0.154
=expect =compensation | weight=0.153
=credit =for | weight=0.149
=every =penny | weight=0.148
=penny =of | weight=0.148
=cost =of | weight=0.147
=fee | weight=0.147
=i =expect | weight=0.146
=my =money | weight=0.143
=be =reimburse | weight=0.139
=tbh | weight=0.137
=waiting =for | weight=0.137
=entitled | weight=0.136
=you =took | weight=0.136
=money =return | weight=0.136
=payment =be | weight=0.134
=the =damage | weight=0.132
=expect =the | weight=0.132
=firm | weight=0.132
=purchase | weight=0.130
=pay =the | weight=0.130
=charge | weight=0.130
=overpaid | weight=0.130
=credit | weight=0.127
=still =waiting | weight=0.126
=full =refund | weight=0.125
=card =today | weight=0.124
=today =or | weight=0.124
=my =original | weight=0.124
=it =return | weight=0.124
=the =fee | weight=0.123
=withheld | weight=0.123
=expect =you | weight=0.122
=full | weight=0.120
=paid =back | weight=0.120
=put =it | weight=0.120
=one =of | weight=0.119
=days =with | weight=0.118
=after =all | weight=0.118
=fair =after | weight=0.118
=goodwill =payment | weight=0.118
=of =goodwill | weight=0.118
=payment =would | weight=0.118
=fee =back | weight=0.118
=damage =in | weight=0.118
=recompense | weight=0.118
=recompense =for | weight=0.118
=seeking =recompense | weight=0.118
=me =my | weight=0.116
=refund =the | weight=0.114
=be =repaid | weight=0.114
=overpayment =be | weight=0.114
=repaid | weight=0.114
=repaid =to | weight=0.114
=with =interest | weight=0.114
=credit =the | weight=0.114
=i'm =done | weight=0.113
=from =my | weight=0.112
=the =double | weight=0.112
=pay =for | weight=0.111
=request =it | weight=0.111
=the =cost | weight=0.111
=kind =return | weight=0.110
=have =the | weight=0.110
=all =this | weight=0.109
=with =no | weight=0.108, noneg
=recoup | weight=0.108
=recoup =the | weight=0.108
=to =recoup | weight=0.108
=i =request | weight=0.107
=money =to | weight=0.107
=you =cant | weight=0.107, noneg
=in =full | weight=0.105
=me =twice | weight=0.104
=the =two | weight=0.104
=just =pay | weight=0.104
=can =u | weight=0.103
=the =third | weight=0.103
=wall | weight=0.103
=this =to | weight=0.102
=some | weight=0.102
=request =compensation | weight=0.101
=be =report | weight=0.101
=want =a | weight=0.100
=you =charge | weight=0.100
=overpayment | weight=0.099
=the =overpayment | weight=0.099
=her =job | weight=0.099
=job =worth | weight=0.099
=than =her | weight=0.099
=worth =to | weight=0.099
=no =signal | weight=0.099, noneg
=seeking | weight=0.099
=me =with | weight=0.098
=the =broken | weight=0.098
=or =i'm | weight=0.098
=was =cancelled | weight=0.098
=chat =today | weight=0.097
=the =full | weight=0.096
=to =cover | weight=0.096
=more =than | weight=0.096
=late =fee | weight=0.095
=refund =are | weight=0.095
=shipping | weight=0.095
=says =nothing | weight=0.095, noneg
=intend | weight=0.095
=intend =to | weight=0.095
=the =deposit | weight=0.094
=off =and | weight=0.094
=the =ticket | weight=0.094
=cant | weight=0.093, noneg
=cover | weight=0.092
=paid =for | weight=0.092
=of =the | weight=0.091
=extra =charge | weight=0.091
=the =extra | weight=0.091
=flowers | weight=0.091
=my =card | weight=0.090
=never =happened | weight=0.090, noneg
=my =warranty | weight=0.090
=toaster | weight=0.090
=please =reimburse | weight=0.089
=toaster =without | weight=0.089, noneg
=who =keeps | weight=0.089
=nothing =can | weight=0.089, noneg
=taken | weight=0.089
=at =last | weight=0.088
=my =payout | weight=0.088
=payout =at | weight=0.088
=taxi =fare | weight=0.088
=give =my | weight=0.088
=to =my | weight=0.087
=asked =that | weight=0.087
=payout | weight=0.087
=it =company | weight=0.087
=damage =to | weight=0.086
=worth | weight=0.086
=a =full | weight=0.086
=be =refund | weight=0.086
=said =she | weight=0.086
=charge =me | weight=0.085
=where | weight=0.085
=taxi | weight=0.085
=and =paid | weight=0.085
=have =that | weight=0.085
=taken =off | weight=0.085
=that =taken | weight=0.085
=he =paid | weight=0.085
=paid =return | weight=0.085
=premium =he | weight=0.085
=the =late | weight=0.085
=standards | weight=0.085
=owed =within | weight=0.084
=uk261 | weight=0.084
=under =uk261 | weight=0.084
=hotel =was | weight=0.083
=be =claim | weight=0.083
=claim =back | weight=0.083
=ticket =is | weight=0.082
=back =and | weight=0.082
=be =served | weight=0.082
=dear | weight=0.082
=interest | weight=0.081
=agent =promised | weight=0.080
=paid | weight=0.080
=email =address | weight=0.080
=the =delivery | weight=0.080
=rules =and | weight=0.080
=last =call | weight=0.080
=to =trading | weight=0.079
=of =that | weight=0.079
=please =just | weight=0.079
=ten =days | weight=0.078
=take =back | weight=0.078
=you =promised | weight=0.077
=refund =me | weight=0.077
=cust =adviser | weight=0.077
=never =turned | weight=0.076, noneg
=under =the | weight=0.076
=under | weight=0.075
=engineer =never | weight=0.075, noneg
=paid =the | weight=0.075
=i =demand | weight=0.075
=glitch =and | weight=0.075
=knocked =it | weight=0.075
=passenger | weight=0.075
=ad | weight=0.075
=extra | weight=0.074
=said =rules | weight=0.073
=demand | weight=0.073
=not =permitted | weight=0.073, noneg
=ffs | weight=0.073
=back =or | weight=0.073
=trading =standards | weight=0.073
=adviser =on | weight=0.073
=was =your | weight=0.072
=to =him | weight=0.072
=be =fair | weight=0.072
=that =the | weight=0.072
=give =me | weight=0.072
=my =next | weight=0.072
=ruined | weight=0.071
=hey | weight=0.071
=february | weight=0.071
=no =refund | weight=0.071, noneg
=eu | weight=0.071
=the =eu | weight=0.071
=so =who | weight=0.071
=deposit =back | weight=0.071
=in =advance | weight=0.071
=we =want | weight=0.071
=before =this | weight=0.071
=refund =before | weight=0.071
=this =thread | weight=0.071
=thread =hit | weight=0.071
=was =bill | weight=0.070
=double | weight=0.070
=the =repair | weight=0.070
=be =process | weight=0.070
=trip | weight=0.069
=wasted =trip | weight=0.069
=hrs =to | weight=0.069
=premium | weight=0.069
=cleaning | weight=0.069
=i =seeking | weight=0.069
=cover =the | weight=0.069
=cancelled =and | weight=0.069
=hit | weight=0.069
=reverse | weight=0.068
=building | weight=0.068
=the =premium | weight=0.068
=acct | weight=0.068
=my =acct | weight=0.068
=pls =credit | weight=0.068
=never =came | weight=0.068, noneg
=broken =toaster | weight=0.068
=ticket | weight=0.068
=my =ticket | weight=0.067
=you =have | weight=0.067
=cooling | weight=0.067
=the =flowers | weight=0.066
=ticket =money | weight=0.066
=still =no | weight=0.066, noneg
=glitch | weight=0.065
=rules | weight=0.065
=no =money | weight=0.065, noneg
=the =identical | weight=0.065
=damage | weight=0.065
=the =pipe | weight=0.064
=to =have | weight=0.064
=identical =reply | weight=0.064
=receipt =had | weight=0.064
=you =don't | weight=0.064, noneg
=now =received | weight=0.064
=sorted =of | weight=0.063
=bill =for | weight=0.063
=address =and | weight=0.063
=k | weight=0.063
=k =followed | weight=0.063
=thread | weight=0.063
=delivery =charge | weight=0.063
=that =never | weight=0.063, noneg
=aunt | weight=0.062
=elderly | weight=0.062
=are =not | weight=0.062, noneg
=knocked | weight=0.062
=cinema | weight=0.062
=the =cinema | weight=0.062
=back =every | weight=0.062
=at =least | weight=0.062
=charge =refund | weight=0.062
=refund =for | weight=0.061
=my =patience | weight=0.061
=patience | weight=0.061
=reply =three | weight=0.061
=hr | weight=0.061
=deposit =protection | weight=0.061
=protection =scheme | weight=0.061
=report =them | weight=0.061
=scheme | weight=0.061
=neither | weight=0.061, noneg
=don't =really | weight=0.061, noneg
=for =word | weight=0.061
=word =for | weight=0.061
=a =taxi | weight=0.061
=it =off | weight=0.060
=through =a | weight=0.060
=your =installer | weight=0.059
=is =my | weight=0.059
=departure | weight=0.059
=cover =it | weight=0.059
=faded | weight=0.058
=had =faded | weight=0.058
=side =not | weight=0.058, noneg
=my =lost | weight=0.058
=deposit =and | weight=0.058
=deposit =in | weight=0.058
=formal =request | weight=0.058
=i =formal | weight=0.058
=return =of | weight=0.058
=like =that | weight=0.058
=the =taxi | weight=0.058
=previous =agent | weight=0.058
=pizza | weight=0.058
=i've =paid | weight=0.058
=renting =and | weight=0.057
=expect =a | weight=0.057
=nothing =about | weight=0.057, noneg
=reimburse =one | weight=0.057
=two =charge | weight=0.057
=now =asked | weight=0.057
=claim =the | weight=0.057
=error | weight=0.057
=third | weight=0.057
=last | weight=0.056
=payment | weight=0.056
=identical | weight=0.056
=charge =to | weight=0.056
=broken | weight=0.056
=th =call | weight=0.056
=return =me | weight=0.056
=the =outage | weight=0.055
=the =mistake | weight=0.055
=not =from | weight=0.055, noneg
=report =this | weight=0.055
=february =i | weight=0.054
=cold | weight=0.054
=fair | weight=0.054
=fare | weight=0.054
=overpaid =amount | weight=0.053
=the =overpaid | weight=0.053
=i'm =ring | weight=0.053
=then =who | weight=0.053
=this =rubbish | weight=0.053
=deaf =and | weight=0.053
=trading | weight=0.052
=she'd | weight=0.052
=switch =supplier | weight=0.052
=don't =give | weight=0.052, noneg
=without =the | weight=0.052, noneg
=order =number | weight=0.052
=keeps =the | weight=0.052
=am =now | weight=0.052
=not =appeared | weight=0.051, noneg
=time =renting | weight=0.051
=the =ruined | weight=0.051
=print | weight=0.051
=policy =and | weight=0.051
=top | weight=0.050
=escalate =and | weight=0.050
=u | weight=0.050
=my =refund | weight=0.050
=possible =to | weight=0.049
=request =the | weight=0.049
=are =seeking | weight=0.049
=never | weight=0.049, noneg
=amount =back | weight=0.048
=wrong =charge | weight=0.048
=it =possible | weight=0.048
=hour =before | weight=0.048
