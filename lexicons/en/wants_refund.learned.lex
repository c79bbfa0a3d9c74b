# wants_refund, en: learned by scripts/learn.py from 3044 tuning texts (155 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ I'm taking this to small claims court unless you pay the deposit back.
+ paid for next day shipping and your website bugged out and charged me twice. want one of them back.
+ apparently the double charge is 'a system glitch' and nobody's fault. cool, so who's giving me my £60 back
- ok
- You've had my last penny.
=want =my | weight=0.388
=refund | weight=0.382
=compensation | weight=0.375
=compensation =for | weight=0.316
=deposit | weight=0.281
=please | weight=0.277
=broken =one | weight=0.261
=reimburse | weight=0.248
=owed | weight=0.242
=i'd =like | weight=0.239
=expect | weight=0.211
=money | weight=0.210
=the =amount | weight=0.204
=fee =you | weight=0.204
=took =from | weight=0.201
=without =permission | weight=0.201, noneg
=amount | weight=0.199
=please =refund | weight=0.198
=account =without | weight=0.198, noneg
=the =money | weight=0.193
=return =to | weight=0.193
=want | weight=0.193
=want =the | weight=0.192
=give =it | weight=0.190
=where =my | weight=0.189
=cost | weight=0.183
=request | weight=0.182
=it =back | weight=0.182
=give | weight=0.180
=like =the | weight=0.176
=purchase =price | weight=0.172
=return =the | weight=0.170
=pls | weight=0.167
=money =back | weight=0.165
=rd | weight=0.159
=pay | weight=0.156
=penny | weight=0.154
=cost =of | weight=0.153
=back | weight=0.151
=my =money | weight=0.147
=expect =compensation | weight=0.147
=i =want | weight=0.147
=fee | weight=0.147
=every =penny | weight=0.146
=penny =of | weight=0.146
=overpaid | weight=0.144
=be =reimburse | weight=0.144
=credit =for | weight=0.143
=goodwill | weight=0.142
=expect =the | weight=0.140
=for =the | weight=0.139
=purchase | weight=0.138
=the =damage | weight=0.138
=you =took | weight=0.137
=i =expect | weight=0.135
=pay =the | weight=0.132
=payment =be | weight=0.132
=tbh | weight=0.131
=firm | weight=0.130
=full | weight=0.129
=withheld | weight=0.129
=entitled | weight=0.127
=fee =back | weight=0.127
=charge | weight=0.125
=money =return | weight=0.123
=waiting =for | weight=0.122
=credit =the | weight=0.122
=it =return | weight=0.121
=my =original | weight=0.121
=paid =back | weight=0.120
=one =of | weight=0.119
=credit | weight=0.118
=kind =return | weight=0.118
=after =all | weight=0.117
=fair =after | weight=0.117
=goodwill =payment | weight=0.117
=of =goodwill | weight=0.117
=payment =would | weight=0.117
=be =repaid | weight=0.116
=overpayment =be | weight=0.116
=repaid | weight=0.116
=repaid =to | weight=0.116
=with =interest | weight=0.116
=the =two | weight=0.116
=full =refund | weight=0.115
=expect =you | weight=0.115
=damage =in | weight=0.114
=recompense | weight=0.114
=recompense =for | weight=0.114
=seeking =recompense | weight=0.114
=by =friday | weight=0.114
=card =today | weight=0.113
=today =or | weight=0.113
=request =it | weight=0.113
=days =with | weight=0.113
=the =cost | weight=0.113
=from =my | weight=0.111
=not =transferred | weight=0.111, noneg
=put =it | weight=0.111
=with =no | weight=0.110, noneg
=money =to | weight=0.110
=have =the | weight=0.110
=in =full | weight=0.109
=the =double | weight=0.109
=all =this | weight=0.109
=in =april | weight=0.108
=i'm =done | weight=0.108
=the =fee | weight=0.108
=i =request | weight=0.107
=you =cant | weight=0.107, noneg
=just =pay | weight=0.107
=refund =the | weight=0.107
=pay =for | weight=0.106
=can =u | weight=0.106
=recoup | weight=0.105
=recoup =the | weight=0.105
=to =recoup | weight=0.105
=the =broken | weight=0.104
=me =my | weight=0.103
=want =a | weight=0.102
=wall | weight=0.102
=you =charge | weight=0.102
=be =reported | weight=0.101
=seeking | weight=0.101
=the =deposit | weight=0.101
=request =compensation | weight=0.101
=some | weight=0.100
=standards | weight=0.100
=this =to | weight=0.100
=still =waiting | weight=0.099
=me =with | weight=0.098
=chat =today | weight=0.098
=the =full | weight=0.098
=intend | weight=0.097
=intend =to | weight=0.097
=no =signal | weight=0.097, noneg
=it =isnt | weight=0.096, noneg
=still =hasn't | weight=0.095, noneg
=refund =are | weight=0.095
=me =twice | weight=0.095
=overpayment | weight=0.095
=the =overpayment | weight=0.095
=off =and | weight=0.094
=the =third | weight=0.094
=of =the | weight=0.094
=give =my | weight=0.093
=the =refund | weight=0.093
=nothing =can | weight=0.092, noneg
=cant | weight=0.092, noneg
=shipping | weight=0.092
=taxi =fare | weight=0.092
=her =job | weight=0.091
=job =worth | weight=0.091
=than =her | weight=0.091
=worth =to | weight=0.091
=cover | weight=0.091
=my =warranty | weight=0.090
=extra =charge | weight=0.090
=the =extra | weight=0.090
=it =company | weight=0.090
=you =said | weight=0.090
=toaster | weight=0.089
=and =paid | weight=0.089
=have =that | weight=0.089
=taken =off | weight=0.089
=that =taken | weight=0.089
=my =card | weight=0.089
=flowers | weight=0.089
=paid =for | weight=0.089
=taxi | weight=0.089
=was =cancelled | weight=0.089
=me =without | weight=0.089, noneg
=please =reimburse | weight=0.089
=claim =back | weight=0.089
=more =than | weight=0.088
=agent =promised | weight=0.088
=toaster =without | weight=0.088, noneg
=who =keeps | weight=0.088
=be =claim | weight=0.087
=interest | weight=0.087
=at =last | weight=0.087
=my =payout | weight=0.087
=payout =at | weight=0.087
=or =i'm | weight=0.087
=never =happened | weight=0.087, noneg
=a =full | weight=0.087
=late =fee | weight=0.087
=to =cover | weight=0.087
=email =address | weight=0.086
=payout | weight=0.086
=says =nothing | weight=0.086, noneg
=me =as | weight=0.086
=isnt | weight=0.085, noneg
=where | weight=0.085
=deposit =back | weight=0.085
=be =refund | weight=0.085
=the =delivery | weight=0.085
=asked =that | weight=0.085
=the =ticket | weight=0.084
=i =mentioned | weight=0.083
=paid | weight=0.083
=hotel =was | weight=0.082
=the =late | weight=0.082
=be =served | weight=0.081
=under | weight=0.080
=ad | weight=0.080
=please =just | weight=0.079
=charge =me | weight=0.079
=owed =within | weight=0.079
=uk261 | weight=0.079
=under =uk261 | weight=0.079
=of =that | weight=0.079
=he =paid | weight=0.079
=paid =return | weight=0.079
=premium =he | weight=0.079
=ticket =is | weight=0.079
=no =refund | weight=0.078, noneg
=rules =and | weight=0.077
=guy =on | weight=0.077
=worth | weight=0.077
=we =want | weight=0.077
=glitch =and | weight=0.077
=cleaning | weight=0.077
=you =have | weight=0.077
=to =trading | weight=0.076
=april | weight=0.076
=extra | weight=0.076
=back =and | weight=0.076
=knocked =it | weight=0.076
=damage =to | weight=0.076
=was =your | weight=0.075
=never =turned | weight=0.074, noneg
=ten =days | weight=0.074
=february | weight=0.074
=said =she | weight=0.074
=that =the | weight=0.074
=reverse | weight=0.074
=engineer =never | weight=0.074, noneg
=paid =the | weight=0.074
=double | weight=0.073
=to =him | weight=0.073
=not =permitted | weight=0.073, noneg
=acct | weight=0.073
=my =acct | weight=0.073
=pls =credit | weight=0.073
=i =demand | weight=0.073
=my =next | weight=0.072
=ffs | weight=0.072
=ticket | weight=0.072
=give =me | weight=0.072
=last =call | weight=0.072
=the =pipe | weight=0.071
=said =rules | weight=0.071
=under =the | weight=0.071
=back =or | weight=0.071
=trading =standards | weight=0.071
=be =fair | weight=0.071
=to =my | weight=0.071
=was =bill | weight=0.071
=cust =adviser | weight=0.070
=address =and | weight=0.070
=refund =me | weight=0.070
=as =i | weight=0.070
=demand | weight=0.070
=hasn't =been | weight=0.070, noneg
=the =repair | weight=0.069
=eu | weight=0.069
=the =eu | weight=0.069
=passenger | weight=0.069
=building | weight=0.069
=mentioned | weight=0.069
=damage | weight=0.069
=in =advance | weight=0.069
=taken | weight=0.068
=the =premium | weight=0.068
=never =came | weight=0.068, noneg
=adviser =on | weight=0.068
=hey | weight=0.067
=ruined | weight=0.067
=premium | weight=0.067
=before =this | weight=0.067
=refund =before | weight=0.067
=this =thread | weight=0.067
=thread =hit | weight=0.067
=take =back | weight=0.067
=so =who | weight=0.066
=cooling | weight=0.066
=hrs =to | weight=0.066
=sorted =of | weight=0.065
=to =have | weight=0.065
=hit | weight=0.065
=dear | weight=0.065
=trip | weight=0.065
=wasted =trip | weight=0.065
=through =a | weight=0.064
=be =process | weight=0.064
=return =me | weight=0.064
=your =installer | weight=0.064
=friday | weight=0.064
=previous =agent | weight=0.064
=glitch | weight=0.064
=rules | weight=0.063
=receipt =had | weight=0.063
=k | weight=0.063
=k =followed | weight=0.063
=thread | weight=0.063
=delivery =charge | weight=0.063
=i =seeking | weight=0.062
=you =don't | weight=0.062, noneg
=hr | weight=0.062
=cover =it | weight=0.062
=no =money | weight=0.062, noneg
=not =appeared | weight=0.062, noneg
=bill =for | weight=0.061
=it =off | weight=0.061
=are =not | weight=0.061, noneg
=aunt | weight=0.061
=expect =a | weight=0.061
=cancelled =and | weight=0.061
=ticket =money | weight=0.061
=broken =toaster | weight=0.060
=elderly | weight=0.060
=at =least | weight=0.060
=knocked | weight=0.060
=i've =paid | weight=0.060
=now =asked | weight=0.059
=neither | weight=0.059, noneg
=is =my | weight=0.059
=my =ticket | weight=0.059
=charge =to | weight=0.059
=possible =to | weight=0.059
=the =identical | weight=0.058
=identical =reply | weight=0.058
=don't =really | weight=0.058, noneg
=a =taxi | weight=0.058
=charge =refund | weight=0.058
=broken | weight=0.058
=my =lost | weight=0.058
=order =number | weight=0.057
=can =i | weight=0.057
=back =every | weight=0.057
=faded | weight=0.057
=had =faded | weight=0.057
=claim =the | weight=0.057
=today | weight=0.056
=the =taxi | weight=0.056
=it =possible | weight=0.056
=now =received | weight=0.056
=cover =the | weight=0.056
=my =patience | weight=0.056
=patience | weight=0.056
=reply =three | weight=0.056
=cinema | weight=0.056
=the =cinema | weight=0.056
=departure | weight=0.056
=keeps =the | weight=0.055
=without =the | weight=0.055, noneg
=amount =back | weight=0.055
=fair | weight=0.055
=for =word | weight=0.055
=word =for | weight=0.055
=like =that | weight=0.055
=the =flowers | weight=0.055
=reimburse =one | weight=0.055
=two =charge | weight=0.055
=deposit =protection | weight=0.055
=protection =scheme | weight=0.055
=reported =them | weight=0.055
=scheme | weight=0.055
=cleaning =fee | weight=0.055
=third | weight=0.055
=am =now | weight=0.054
=she'd | weight=0.054
=error | weight=0.054
=pipe | weight=0.054
=identical | weight=0.054
=reported =this | weight=0.054
=pizza | weight=0.054
=put =the | weight=0.053
=renting =and | weight=0.053
=wrong =charge | weight=0.053
=deposit =in | weight=0.053
=formal =request | weight=0.053
=i =formal | weight=0.053
=return =of | weight=0.053
=possible | weight=0.053
=don't =give | weight=0.053, noneg
=february =i | weight=0.053
=nothing =about | weight=0.052, noneg
=th =call | weight=0.052
=the =ruined | weight=0.052
=deaf =and | weight=0.052
=are =seeking | weight=0.052
=won't =return | weight=0.052, noneg
=deposit =and | weight=0.052
=the =three | weight=0.052
=overpaid =amount | weight=0.052
=the =overpaid | weight=0.052
=that =never | weight=0.052, noneg
=as =soon | weight=0.052
