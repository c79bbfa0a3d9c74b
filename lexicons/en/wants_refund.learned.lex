# wants_refund, en: learned by scripts/learn.py from 3245 tuning texts (165 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ I'm taking this to small claims court unless you pay the deposit back.
+ paid for next day shipping and your website bugged out and charged me twice. want one of them back.
+ I am a wheelchair user and asked in advance for step-free access at the venue. On arrival there was none. Staff said the booking office should have told them and it wasn't their fault. The booking office, when I phoned the next day, said the venue should have checked the notes. Neither has offered an apology, and I'd like one, as well as a refund for the ticket I couldn't use.
- ok
- You've had my last penny.
=refund | weight=0.407
=want =my | weight=0.390
=compensation | weight=0.383
=compensation =for | weight=0.314
=deposit | weight=0.280
=broken =one | weight=0.275
=reimburse | weight=0.263
=i'd =like | weight=0.254
=owed | weight=0.242
=the =money | weight=0.235
=please | weight=0.234
=return =to | weight=0.214
=money | weight=0.208
=the =amount | weight=0.207
=amount | weight=0.206
=fee =you | weight=0.205
=want =the | weight=0.203
=please =refund | weight=0.203
=expect | weight=0.202
=where =my | weight=0.199
=cost | weight=0.198
=give =it | weight=0.197
=return =the | weight=0.186
=took =from | weight=0.186
=without =permission | weight=0.186, noneg
=account =without | weight=0.184, noneg
=pls | weight=0.180
=request | weight=0.178
=i =want | weight=0.176
=money =back | weight=0.174
=it =back | weight=0.173
=like =the | weight=0.172
=purchase =price | weight=0.171
=want | weight=0.164
=my =money | weight=0.161
=give | weight=0.161
=cost =of | weight=0.160
=fee | weight=0.159
=penny | weight=0.157
=money =return | weight=0.150
=every =penny | weight=0.150
=penny =of | weight=0.150
=expect =compensation | weight=0.144
=for =the | weight=0.142
=fee =back | weight=0.142
=credit =for | weight=0.142
=be =reimburse | weight=0.142
=payment =be | weight=0.141
=goodwill | weight=0.140
=me =my | weight=0.138
=firm | weight=0.138
=tbh | weight=0.137
=charge =me | weight=0.137
=pay | weight=0.137
=expect =the | weight=0.135
=the =damage | weight=0.133
=full | weight=0.132
=purchase | weight=0.132
=want =a | weight=0.131
=you =took | weight=0.131
=withheld | weight=0.129
=credit =the | weight=0.129
=charge | weight=0.128
=pay =the | weight=0.127
=overpaid | weight=0.127
=pay =for | weight=0.127
=i =expect | weight=0.126
=my =original | weight=0.124
=chat =today | weight=0.123
=entitled | weight=0.123
=card =today | weight=0.123
=today =or | weight=0.123
=wall | weight=0.123
=waiting =for | weight=0.122
=credit | weight=0.121
=the =two | weight=0.120
=days =with | weight=0.120
=money =to | weight=0.120
=back | weight=0.119
=after =all | weight=0.119
=fair =after | weight=0.119
=goodwill =payment | weight=0.119
=of =goodwill | weight=0.119
=payment =would | weight=0.119
=kind =return | weight=0.119
=the =cost | weight=0.119
=it =return | weight=0.117
=one =of | weight=0.116
=can =u | weight=0.116
=in =full | weight=0.116
=just =pay | weight=0.115
=put =it | weight=0.115
=by =friday | weight=0.115
=damage =in | weight=0.114
=recompense | weight=0.114
=recompense =for | weight=0.114
=seeking =recompense | weight=0.114
=i'm =done | weight=0.114
=all =this | weight=0.114
=the =fee | weight=0.113
=be =repaid | weight=0.112
=overpayment =be | weight=0.112
=repaid | weight=0.112
=repaid =to | weight=0.112
=with =interest | weight=0.112
=this =to | weight=0.112
=paid =back | weight=0.111
=expect =you | weight=0.111
=give =my | weight=0.111
=not =transferred | weight=0.109, noneg
=request =it | weight=0.108
=refund =the | weight=0.107
=with =no | weight=0.106, noneg
=you =charge | weight=0.104
=or =i'm | weight=0.104
=from =my | weight=0.103
=it =isnt | weight=0.103, noneg
=i =request | weight=0.103
=recoup | weight=0.102
=recoup =the | weight=0.102
=to =recoup | weight=0.102
=the =deposit | weight=0.102
=damage =to | weight=0.101
=the =full | weight=0.101
=seeking | weight=0.101
=the =ticket | weight=0.100
=please =reimburse | weight=0.100
=you =cant | weight=0.100, noneg
=in =april | weight=0.099
=the =broken | weight=0.099
=be =reported | weight=0.098
=me =with | weight=0.098
=paid =for | weight=0.098
=possible | weight=0.096
=standards | weight=0.096
=request =compensation | weight=0.096
=no =signal | weight=0.096, noneg
=toaster | weight=0.096
=some | weight=0.095
=overpayment | weight=0.094
=the =overpayment | weight=0.094
=shipping | weight=0.094
=refund =are | weight=0.093
=still =hasn't | weight=0.093, noneg
=intend | weight=0.093
=intend =to | weight=0.093
=to =cover | weight=0.093
=full =refund | weight=0.093
=me =twice | weight=0.092
=cover | weight=0.092
=be =refund | weight=0.092
=nothing =can | weight=0.092, noneg
=the =late | weight=0.092
=at =last | weight=0.091
=my =payout | weight=0.091
=payout =at | weight=0.091
=please =just | weight=0.091
=have =the | weight=0.091
=off =and | weight=0.091
=still =waiting | weight=0.090
=claim =back | weight=0.090
=payout | weight=0.090
=be =claim | weight=0.090
=it =company | weight=0.090
=isnt | weight=0.089, noneg
=glitch =and | weight=0.089
=never =happened | weight=0.089, noneg
=that =the | weight=0.089
=her =job | weight=0.088
=job =worth | weight=0.088
=than =her | weight=0.088
=worth =to | weight=0.088
=no =refund | weight=0.088, noneg
=and =charge | weight=0.088
=asked =that | weight=0.087
=me =without | weight=0.087, noneg
=taxi =fare | weight=0.087
=agent =promised | weight=0.087
=hotel =was | weight=0.086
=the =double | weight=0.086
=cant | weight=0.086, noneg
=toaster =without | weight=0.086, noneg
=who =keeps | weight=0.086
=flowers | weight=0.086
=more =than | weight=0.085
=me =as | weight=0.085
=in =advance | weight=0.085
=ad | weight=0.084
=taxi | weight=0.084
=back =and | weight=0.084
=never =turned | weight=0.084, noneg
=engineer =never | weight=0.084, noneg
=paid =the | weight=0.084
=april | weight=0.084
=the =delivery | weight=0.083
=cust =adviser | weight=0.083
=reverse | weight=0.083
=last =call | weight=0.083
=says =nothing | weight=0.083, noneg
=owed =within | weight=0.082
=uk261 | weight=0.082
=under =uk261 | weight=0.082
=extra =charge | weight=0.082
=the =extra | weight=0.082
=was =your | weight=0.082
=interest | weight=0.081
=under | weight=0.081
=he =paid | weight=0.081
=paid =return | weight=0.081
=premium =he | weight=0.081
=my =warranty | weight=0.081
=ruined | weight=0.081
=and =paid | weight=0.081
=have =that | weight=0.081
=that =taken | weight=0.081
=be =fair | weight=0.080
=i =mentioned | weight=0.080
=hey | weight=0.080
=ticket =is | weight=0.079
=deposit =back | weight=0.079
=ticket | weight=0.079
=was =cancelled | weight=0.079
=you =said | weight=0.079
=late =fee | weight=0.078
=we =want | weight=0.078
=adviser =on | weight=0.078
=under =the | weight=0.077
=where | weight=0.077
=rules =and | weight=0.077
=taken =off | weight=0.077
=be =served | weight=0.076
=today | weight=0.076
=you =have | weight=0.076
=of =that | weight=0.076
=passenger | weight=0.076
=said =she | weight=0.075
=to =trading | weight=0.075
=guy =on | weight=0.074
=hasn't =been | weight=0.074, noneg
=broken =toaster | weight=0.074
=worth | weight=0.073
=extra | weight=0.073
=was =bill | weight=0.073
=paid | weight=0.073
=premium | weight=0.073
=no =money | weight=0.073, noneg
=a =full | weight=0.072
=take =back | weight=0.071
=not =permitted | weight=0.071, noneg
=rd | weight=0.071
=eu | weight=0.070
=the =eu | weight=0.070
=sorted =of | weight=0.070
=said =rules | weight=0.070
=ffs | weight=0.070
=i =demand | weight=0.069
=address =and | weight=0.069
=my =account | weight=0.069
=refund =me | weight=0.069
=damage | weight=0.069
=reimburse =one | weight=0.068
=two =charge | weight=0.068
=acct | weight=0.068
=my =acct | weight=0.068
=pls =credit | weight=0.068
=the =third | weight=0.068
=demand | weight=0.068
=is =my | weight=0.068
=ticket =money | weight=0.068
=you =promised | weight=0.068
=cooling | weight=0.067
=to =him | weight=0.067
=dear | weight=0.067
=to =have | weight=0.067
=trading =standards | weight=0.067
=give =me | weight=0.067
=rules | weight=0.066
=back =or | weight=0.066
=the =premium | weight=0.066
=back =every | weight=0.066
=refund =for | weight=0.066
=cancelled =and | weight=0.066
=not =appeared | weight=0.065, noneg
=the =pipe | weight=0.065
=aunt | weight=0.065
=the =flowers | weight=0.064
=back =please | weight=0.064
=fixed =in | weight=0.064
=mechanic =couldn't | weight=0.064, noneg
=mentioned | weight=0.064
=elderly | weight=0.064
=cleaning | weight=0.063
=february | weight=0.063
=return =me | weight=0.063
=neither | weight=0.063, noneg
=don't =really | weight=0.063, noneg
=car =and | weight=0.063
=it =elsewhere | weight=0.063
=hr | weight=0.063
=my =ticket | weight=0.062
=expect =a | weight=0.062
=previous =agent | weight=0.062
=trip | weight=0.062
=wasted =trip | weight=0.062
=before =this | weight=0.062
=refund =before | weight=0.062
=this =thread | weight=0.062
=thread =hit | weight=0.062
=tick | weight=0.062
=fair | weight=0.061
=never =came | weight=0.061, noneg
=it =off | weight=0.061
=and =each | weight=0.061
=receipt =had | weight=0.061
=hit | weight=0.061
=please =credit | weight=0.061
=glitch | weight=0.061
=hrs =to | weight=0.060
=building | weight=0.060
=cover =the | weight=0.060
=friday | weight=0.060
=deposit =protection | weight=0.060
=protection =scheme | weight=0.060
=reported =them | weight=0.060
=scheme | weight=0.060
=bill =for | weight=0.060
=taken | weight=0.060
=can =i | weight=0.060
=at =least | weight=0.060
=k | weight=0.059
=k =followed | weight=0.059
=thread | weight=0.059
=couldn't =figure | weight=0.059, noneg
=i =seeking | weight=0.059
=u | weight=0.059
=deposit =in | weight=0.059
=formal =request | weight=0.059
=i =formal | weight=0.059
=return =of | weight=0.059
=your =installer | weight=0.058
=sensor | weight=0.058
=through =a | weight=0.058
=off =my | weight=0.058
=i've =paid | weight=0.057
=broken | weight=0.057
=you =don't | weight=0.057, noneg
=reported =this | weight=0.057
=departure | weight=0.057
=delivery =charge | weight=0.057
=renting =and | weight=0.057
=small =claim | weight=0.057
=a =taxi | weight=0.056
=the =repair | weight=0.056
=so =who | weight=0.056
=are =not | weight=0.056, noneg
=the =identical | weight=0.056
=identical =reply | weight=0.056
=cold | weight=0.056
=now =received | weight=0.055
=hour =of | weight=0.055
=i'm =ring | weight=0.055
=be =process | weight=0.055
=amount =back | weight=0.055
=are =seeking | weight=0.055
=the =taxi | weight=0.055
=side =not | weight=0.055, noneg
=as =soon | weight=0.055
=problem =the | weight=0.054
=cinema | weight=0.054
=the =cinema | weight=0.054
=the =renewal | weight=0.054
=charge =refund | weight=0.054
=error | weight=0.054
=cover =it | weight=0.054
=like =a | weight=0.054
=my =lost | weight=0.053
=faded | weight=0.053
=had =faded | weight=0.053
=pizza | weight=0.053
=put =the | weight=0.053
=time =renting | weight=0.053
=in =ten | weight=0.053
=my =patience | weight=0.053
=patience | weight=0.053
=reply =three | weight=0.053
=headphones | weight=0.053
=the =outage | weight=0.052
=cleaning =fee | weight=0.052
=the =mistake | weight=0.052
=policy =and | weight=0.052
=wrong =charge | weight=0.052
=now =asked | weight=0.052
=deaf =and | weight=0.052
=charge =to | weight=0.052
=still =no | weight=0.052, noneg
=flowers =arrived | weight=0.052
=request =the | weight=0.052
=th =call | weight=0.051
=dear =customer | weight=0.051
=soon =as | weight=0.051
