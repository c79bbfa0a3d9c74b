# wants_refund, en: learned by scripts/learn.py from 2531 tuning texts (130 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ I'm taking this to small claims court unless you pay the deposit back.
+ i will be reporting this to trading standards, you cant just keep my deposit
+ Agent said rules are rules and refunds are not permitted once the ticket is printed.
- You've had my last penny.
- Never shopping here again.
=want =my | weight=0.418
=refund | weight=0.353
=compensation | weight=0.345
=compensation =for | weight=0.330
=please | weight=0.287
=deposit | weight=0.282
=broken =one | weight=0.271
=reimburse | weight=0.269
=i'd =like | weight=0.241
=owed | weight=0.237
=expect | weight=0.220
=money | weight=0.210
=return =to | weight=0.209
=the =amount | weight=0.205
=please =refund | weight=0.203
=like =the | weight=0.202
=took =from | weight=0.200
=without =permission | weight=0.200, noneg
=where =my | weight=0.199
=give =it | weight=0.199
=the =money | weight=0.198
=want =the | weight=0.197
=account =without | weight=0.197, noneg
=cost | weight=0.196
=amount | weight=0.194
=fee | weight=0.192
=fee =you | weight=0.190
=request | weight=0.183
=want | weight=0.177
=back | weight=0.175
=it =back | weight=0.174
=purchase =price | weight=0.172
=i =want | weight=0.170
=for =the | weight=0.170
=pls | weight=0.169
=give | weight=0.164
=entitled | weight=0.164
=return =the | weight=0.163
=pay | weight=0.162
=payment =be | weight=0.162
=expect =compensation | weight=0.161
=cost =of | weight=0.157
=penny | weight=0.155
=be =reimburse | weight=0.155
=every =penny | weight=0.154
=penny =of | weight=0.154
=i =expect | weight=0.154
=money =back | weight=0.153
=days =with | weight=0.145
=with =no | weight=0.144, noneg
=you =took | weight=0.143
=overpaid | weight=0.138
=withheld | weight=0.134
=the =damage | weight=0.134
=money =return | weight=0.132
=waiting =for | weight=0.132
=my =money | weight=0.131
=expect =the | weight=0.131
=pay =the | weight=0.130
=you =charge | weight=0.130
=purchase | weight=0.128
=full | weight=0.127
=card =today | weight=0.124
=today =or | weight=0.124
=fee =back | weight=0.124
=it =return | weight=0.122
=put =it | weight=0.121
=credit =the | weight=0.121
=full =refund | weight=0.121
=the =fee | weight=0.120
=have =the | weight=0.120
=firm | weight=0.120
=money =to | weight=0.119
=the =third | weight=0.119
=still =waiting | weight=0.119
=the =two | weight=0.118
=toaster | weight=0.118
=my =original | weight=0.118
=after =all | weight=0.117
=fair =after | weight=0.117
=goodwill =payment | weight=0.117
=of =goodwill | weight=0.117
=payment =would | weight=0.117
=i'm =done | weight=0.117
=paid =back | weight=0.117
=charge | weight=0.117
=damage =in | weight=0.115
=recompense | weight=0.115
=recompense =for | weight=0.115
=seeking =recompense | weight=0.115
=from =my | weight=0.115
=be =repaid | weight=0.114
=overpayment =be | weight=0.114
=repaid | weight=0.114
=repaid =to | weight=0.114
=with =interest | weight=0.114
=want =a | weight=0.114
=goodwill | weight=0.113
=in =full | weight=0.111
=can =u | weight=0.111
=all =this | weight=0.111
=you =cant | weight=0.110, noneg
=this =to | weight=0.108
=or =i'm | weight=0.108
=request =it | weight=0.108
=i =request | weight=0.107
=the =ticket | weight=0.107
=charge =me | weight=0.107
=be =reported | weight=0.105
=recoup | weight=0.104
=recoup =the | weight=0.104
=to =recoup | weight=0.104
=overpayment | weight=0.104
=the =overpayment | weight=0.104
=one =of | weight=0.104
=me =twice | weight=0.104
=me =with | weight=0.104
=my =warranty | weight=0.103
=rd | weight=0.103
=kind =return | weight=0.103
=cant | weight=0.103, noneg
=late =fee | weight=0.102
=credit | weight=0.102
=the =broken | weight=0.101
=never =happened | weight=0.101, noneg
=shipping | weight=0.101
=the =deposit | weight=0.100
=paid =for | weight=0.100
=just =pay | weight=0.100
=taxi | weight=0.100
=wall | weight=0.097
=toaster =without | weight=0.096, noneg
=who =keeps | weight=0.096
=ten =days | weight=0.096
=please =reimburse | weight=0.096
=seeking | weight=0.096
=the =cost | weight=0.095
=the =full | weight=0.095
=of =the | weight=0.094
=rules =and | weight=0.094
=said =rules | weight=0.094
=intend | weight=0.093
=intend =to | weight=0.093
=ticket =is | weight=0.093
=where | weight=0.093
=be =refund | weight=0.093
=was =cancelled | weight=0.093
=asked =that | weight=0.092
=nothing =can | weight=0.089, noneg
=to =my | weight=0.089
=pay =for | weight=0.089
=and =paid | weight=0.089
=have =that | weight=0.089
=taken =off | weight=0.089
=that =taken | weight=0.089
=some | weight=0.089
=ticket | weight=0.088
=he =paid | weight=0.088
=paid =return | weight=0.088
=premium =he | weight=0.088
=extra =charge | weight=0.088
=the =extra | weight=0.088
=at =last | weight=0.088
=my =payout | weight=0.088
=payout =at | weight=0.088
=off =and | weight=0.087
=a =full | weight=0.087
=it =company | weight=0.086
=the =repair | weight=0.086
=the =delivery | weight=0.086
=payout | weight=0.086
=be =claim | weight=0.085
=broken =toaster | weight=0.085
=expect =a | weight=0.085
=hotel =was | weight=0.084
=interest | weight=0.083
=payment | weight=0.082
=please =just | weight=0.082
=i =demand | weight=0.082
=you =promised | weight=0.082
=refund =me | weight=0.082
=never =turned | weight=0.081, noneg
=flowers | weight=0.081
=engineer =never | weight=0.081, noneg
=paid =the | weight=0.081
=under | weight=0.081
=to =trading | weight=0.081
=not =permitted | weight=0.081, noneg
=the =double | weight=0.080
=claim =back | weight=0.080
=taxi =fare | weight=0.080
=ad | weight=0.079
=refund =the | weight=0.079
=delivery =charge | weight=0.079
=demand | weight=0.079
=owed =within | weight=0.079
=uk261 | weight=0.079
=under =uk261 | weight=0.079
=back =and | weight=0.078
=be =fair | weight=0.078
=to =have | weight=0.078
=you =have | weight=0.078
=ffs | weight=0.077
=knocked =it | weight=0.077
=was =bill | weight=0.077
=of =that | weight=0.077
=hey | weight=0.076
=fair | weight=0.075
=in =advance | weight=0.075
=eu | weight=0.075
=the =eu | weight=0.075
=extra | weight=0.075
=taken | weight=0.075
=never =came | weight=0.075, noneg
=cover =the | weight=0.074
=was =your | weight=0.074
=under =the | weight=0.074
=knocked | weight=0.074
=my =card | weight=0.073
=my =next | weight=0.073
=trading =standards | weight=0.073
=reverse | weight=0.073
=i =seeking | weight=0.073
=back =or | weight=0.073
=to =him | weight=0.072
=we =want | weight=0.072
=me =my | weight=0.071
=hr | weight=0.071
=paid | weight=0.071
=the =premium | weight=0.071
=damage =to | weight=0.071
=damage | weight=0.070
=passenger | weight=0.070
=my =lost | weight=0.070
=identical =reply | weight=0.070
=it =off | weight=0.069
=before =this | weight=0.069
=refund =before | weight=0.069
=this =thread | weight=0.069
=thread =hit | weight=0.069
=aunt | weight=0.068
=are =not | weight=0.068, noneg
=bill =for | weight=0.068
=acct | weight=0.068
=my =acct | weight=0.068
=pls =credit | weight=0.068
=be =process | weight=0.067
=says =nothing | weight=0.067, noneg
=hrs =to | weight=0.067
=the =identical | weight=0.067
=that =never | weight=0.067, noneg
=policy =and | weight=0.067
=hit | weight=0.066
=you =don't | weight=0.066, noneg
=my =ticket | weight=0.066
=receipt =had | weight=0.066
=k | weight=0.066
=k =followed | weight=0.066
=thread | weight=0.066
=now =received | weight=0.065
=expect =you | weight=0.065
=my =patience | weight=0.064
=patience | weight=0.064
=reply =three | weight=0.064
=reported =this | weight=0.064
=deposit =back | weight=0.064
=give =me | weight=0.063
=take =back | weight=0.063
=identical | weight=0.063
=ticket =money | weight=0.063
=not =from | weight=0.062, noneg
=side =not | weight=0.062, noneg
=a =taxi | weight=0.062
=third | weight=0.062
=kind | weight=0.062
=departure | weight=0.061
=pizza | weight=0.061
=for =word | weight=0.061
=word =for | weight=0.061
=deposit =protection | weight=0.061
=protection =scheme | weight=0.061
=reported =them | weight=0.061
=scheme | weight=0.061
=building | weight=0.061
=like =my | weight=0.061
=the =mistake | weight=0.061
=sorted =of | weight=0.060
=faded | weight=0.060
=had =faded | weight=0.060
=cinema | weight=0.060
=the =cinema | weight=0.060
=the =flowers | weight=0.060
=then =who | weight=0.060
=the =taxi | weight=0.060
=warranty | weight=0.060
=cover | weight=0.060
=now =asked | weight=0.059
=reimburse =one | weight=0.059
=two =charge | weight=0.059
=charge =to | weight=0.059
=standards | weight=0.059
=broken | weight=0.059
=my =refund | weight=0.059
=are =rules | weight=0.058
=rules =are | weight=0.058
=at =least | weight=0.058
=renting =and | weight=0.058
=won't =return | weight=0.058, noneg
=don't =really | weight=0.058, noneg
=agent =promised | weight=0.057
=deposit =in | weight=0.057
=formal =request | weight=0.057
=i =formal | weight=0.057
=return =of | weight=0.057
=back =for | weight=0.057
=print | weight=0.056
=return =me | weight=0.056
=month =ago | weight=0.056
=if =you | weight=0.056
=delivery =company | weight=0.056
=deaf =and | weight=0.055
=error | weight=0.055
=cancelled =and | weight=0.055
=cold | weight=0.055
=nothing =about | weight=0.055, noneg
=she'd | weight=0.054
=overpaid =amount | weight=0.054
=the =overpaid | weight=0.054
=flowers =arrived | weight=0.053
=trading | weight=0.053
=please =credit | weight=0.053
=am =now | weight=0.053
=request =the | weight=0.053
=hour =before | weight=0.053
=received =the | weight=0.053
=refund =for | weight=0.053
=this =rubbish | weight=0.053
=the =ruined | weight=0.053
=i =think | weight=0.052
=they =are | weight=0.052
=time =renting | weight=0.052
=my =deposit | weight=0.052
=a =manager | weight=0.052
=that =the | weight=0.051
=be =told | weight=0.051
=possible =to | weight=0.051
=like =that | weight=0.051
=protection | weight=0.051
=don't =give | weight=0.050, noneg
=is =from | weight=0.050
=do =that | weight=0.050
=small =claim | weight=0.049
=wasted | weight=0.049
=wrong =charge | weight=0.049
=top | weight=0.049
=january | weight=0.049
=the =sim | weight=0.048
=would =only | weight=0.048
=to =block | weight=0.048
=dear | weight=0.048
=amount =back | weight=0.048
=says =i | weight=0.048
=i'm =deaf | weight=0.047
=told =no | weight=0.047, noneg
=refund =will | weight=0.047
=it =possible | weight=0.047
=i'm =go | weight=0.047
=please =pay | weight=0.047
=keeps =the | weight=0.047
=told =it | weight=0.047
=ruined | weight=0.046
=back =the | weight=0.046
=double | weight=0.046
=block =the | weight=0.046
=to =take | weight=0.046
=the =late | weight=0.046
=back =on | weight=0.046
=refund =of | weight=0.046
=possible | weight=0.045
=deposit =and | weight=0.045
=they =refused | weight=0.045
=claim =the | weight=0.045
=fare =back | weight=0.045
=flight | weight=0.045
=cleaning | weight=0.045
=cleaning =fee | weight=0.045
=go =that | weight=0.044
=i =bought | weight=0.044
=off =working | weight=0.044
=express =shipping | weight=0.044
=of =those | weight=0.044
=shipping =your | weight=0.044
=those =payment | weight=0.044
=renting | weight=0.044
=fare | weight=0.044
=my =account | weight=0.044
=i'm =ring | weight=0.044
=stop =working | weight=0.044
=working =after | weight=0.044
=they =go | weight=0.043
