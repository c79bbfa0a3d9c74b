# public_threat, en: learned by scripts/learn.py from 2531 tuning texts (99 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ my solicitor will be in touch
+ everybody's gonna see this post
+ Our solicitors will be in touch.
- You've had my last penny.
- just want my £40 back tbh
=ombudsman | weight=0.572
=is =go | weight=0.379
=solicitor | weight=0.378
=local | weight=0.359
=review | weight=0.339
=about =this | weight=0.334
=post | weight=0.312
=see | weight=0.249
=will =be | weight=0.244
=the =ombudsman | weight=0.229
=court | weight=0.224
=my =local | weight=0.221
=trading =standards | weight=0.191
=on =trustpilot | weight=0.190
=everyone | weight=0.188
=tagged | weight=0.187
=advice | weight=0.185
=so =other | weight=0.184
=you =in | weight=0.181
=misleading | weight=0.180
=misleading =unlimited | weight=0.180
=unlimited | weight=0.180
=k | weight=0.179
=k =followed | weight=0.179
=thread | weight=0.179
=tagged =you | weight=0.178
=google | weight=0.176
=trustpilot | weight=0.171
=what =to | weight=0.169
=this =so | weight=0.167
=watchdog | weight=0.164
=followed | weight=0.163
=rates | weight=0.159
=complaint =with | weight=0.159
=small =claim | weight=0.157
=standards | weight=0.155
=will | weight=0.153
=reported =you | weight=0.152
=how =you | weight=0.152
=google =review | weight=0.151
=a =solicitor | weight=0.151
=instagram | weight=0.150
=deposit | weight=0.147
=this =to | weight=0.146
=let =see | weight=0.145
=trading | weight=0.145
=this | weight=0.145
=everyone =i | weight=0.143
=a =complaint | weight=0.141
=this =whole | weight=0.141
=file =a | weight=0.141
=asa | weight=0.140
=the =asa | weight=0.140
=go =to | weight=0.135
=my =solicitor | weight=0.135
=know | weight=0.134
=to =stay | weight=0.130
=other =parents | weight=0.130
=parents =don't | weight=0.130, noneg
=writing =this | weight=0.130
=to =trading | weight=0.129
=everybody | weight=0.129
=to =watchdog | weight=0.128
=parents | weight=0.128
=if =this | weight=0.127
=claim =court | weight=0.127
=file | weight=0.126
=a =one-star | weight=0.126
=earned | weight=0.126
=earned =it | weight=0.126
=one-star | weight=0.126
=one-star =review | weight=0.126
=writing =a | weight=0.126
=you =earned | weight=0.126
=solicitor =will | weight=0.125
=breach | weight=0.125
=i'm =reported | weight=0.125
=house =ombudsman | weight=0.125
=this =post | weight=0.124
=reddit | weight=0.124
=the =deposit | weight=0.123
=i'll | weight=0.122
=i =know | weight=0.120
=asked =that | weight=0.120
=it =won't | weight=0.120, noneg
=deposit =protection | weight=0.119
=protection =scheme | weight=0.119
=reported =them | weight=0.119
=scheme | weight=0.119
=won't =be | weight=0.119, noneg
=spoken =to | weight=0.118
=a =one | weight=0.118
=world | weight=0.118
=be =in | weight=0.116
=review =on | weight=0.116
=spoken | weight=0.115
=citizen | weight=0.113
=seeking | weight=0.113
=internet =will | weight=0.112
=the =internet | weight=0.112
=treated | weight=0.111
=drafted | weight=0.111
=enjoy | weight=0.111
=enjoy =your | weight=0.111
=it =last | weight=0.111
=rates =while | weight=0.111
=review =drafted | weight=0.111
=while =it | weight=0.111
=to =post | weight=0.109
=reported | weight=0.107
=disgusting | weight=0.106
=small | weight=0.105
=community | weight=0.104
=this =isn't | weight=0.104, noneg
=protection | weight=0.103
=ad | weight=0.103
=equality | weight=0.103
=the =equality | weight=0.103
=whole | weight=0.102
=hear =about | weight=0.102
=media | weight=0.101
=social =media | weight=0.101
=other | weight=0.101
=into =this | weight=0.101
=reference =the | weight=0.101
=commissioner's | weight=0.101
=commissioner's =office | weight=0.101
=have =file | weight=0.101
=informed =commissioner's | weight=0.101
=office =today | weight=0.101
=this =email | weight=0.100
=you =treated | weight=0.100
=staff =spoke | weight=0.100
=i've =already | weight=0.099
=financial =ombudsman | weight=0.099
=the =financial | weight=0.099
=be =leave | weight=0.099
=gonna | weight=0.099
=my =friendly | weight=0.098
=county | weight=0.097
=county =court | weight=0.097
=the =county | weight=0.097
=editor | weight=0.097
=the =editor | weight=0.097
=matter =to | weight=0.096
=community =facebook | weight=0.096
=on =our | weight=0.096
=financial | weight=0.096
=failed | weight=0.095
=be =contact | weight=0.095
=stay | weight=0.095
=leave =a | weight=0.093
=am =now | weight=0.093
=our =solicitor | weight=0.093
=facebook | weight=0.092
=whole =world | weight=0.091
=go =in | weight=0.091
=facebook =page | weight=0.091
=it =to | weight=0.090
=april | weight=0.089
=an =instagram | weight=0.088
=i =tagged | weight=0.088
=instagram =post | weight=0.088
=camden | weight=0.088
=them =to | weight=0.088
=this =with | weight=0.088
=the =informed | weight=0.087
=one =star | weight=0.087
=on =reddit | weight=0.086
=reddit =and | weight=0.086
=in =touch | weight=0.086
=touch | weight=0.086
=letter =to | weight=0.086
=from =my | weight=0.086
=stank | weight=0.086
=star =review | weight=0.085
=so =everyone | weight=0.084
=local =news | weight=0.084
=internet | weight=0.083
=you =guy | weight=0.083
=have =now | weight=0.083
=see =how | weight=0.082
=i =shall | weight=0.082
=shall | weight=0.082
=standards =and | weight=0.081
=can =hear | weight=0.081
=everyone =can | weight=0.081
=hear =how | weight=0.081
=on =youtube | weight=0.081
=youtube =so | weight=0.081
=before =this | weight=0.080
=refund =before | weight=0.080
=this =thread | weight=0.080
=thread =hit | weight=0.080
=see =you | weight=0.080
=make =a | weight=0.079
=news | weight=0.079
=guy =in | weight=0.079
=staff =in | weight=0.079
=social | weight=0.078
=to =the | weight=0.078
=hear | weight=0.077
=a =claim | weight=0.077
=camden =told | weight=0.077
=in =camden | weight=0.077
=friendly | weight=0.077
=hit | weight=0.077
=already =dmed | weight=0.077
=dmed | weight=0.077
=like =be | weight=0.077
=on =telly | weight=0.077
=youtube | weight=0.076
=days =i | weight=0.076
=to =do | weight=0.076
=in =an | weight=0.076
=an =employee | weight=0.076
=acted | weight=0.075
=isn't =sorted | weight=0.075, noneg
=experience | weight=0.075
=purchase =price | weight=0.074
=telly | weight=0.074
=access =office | weight=0.074
=council =access | weight=0.074
=i'm =raised | weight=0.074
=will =hear | weight=0.074
=interest | weight=0.073
=and =my | weight=0.073
=deposit =back | weight=0.072
=treated =customer | weight=0.072
=record =the | weight=0.071
=refused =help | weight=0.071
=be =adviser | weight=0.071
=please =be | weight=0.071
=know =is | weight=0.071
=flat | weight=0.071
=the =consumer | weight=0.071
=damp =in | weight=0.071
=raised =this | weight=0.071
=go =on | weight=0.070
=in =a | weight=0.070
=appalled | weight=0.069
=be =on | weight=0.068
=price =and | weight=0.068
=application | weight=0.068
=don't =want | weight=0.067, noneg
=consumer | weight=0.067
=the =local | weight=0.067
=our =community | weight=0.066
=you =like | weight=0.066
=mp | weight=0.065
=the =call | weight=0.065
=is =very | weight=0.065
=news =station | weight=0.065
=station =is | weight=0.065
=very =interest | weight=0.065
=workmanship | weight=0.065
=your =workmanship | weight=0.065
=tonight | weight=0.065
=i'm =put | weight=0.064
=a =response | weight=0.064
=tweet | weight=0.064
=a =tiktok | weight=0.064
=tiktok | weight=0.064
=tiktok =about | weight=0.064
=on =google | weight=0.064
=the =damage | weight=0.063
=formal =complaint | weight=0.062
=with =trading | weight=0.062
=the =full | weight=0.062
=ignored =my | weight=0.062
=map | weight=0.062
=energy =ombudsman | weight=0.061
=overbilled | weight=0.061
=interest =in | weight=0.061
=the =council | weight=0.061
=flat =still | weight=0.061
=worth | weight=0.061
=worth =it | weight=0.061
=go | weight=0.060
=my =carer | weight=0.059
=vile | weight=0.059
=trap | weight=0.059
=my =refund | weight=0.059
=agent =refused | weight=0.058
=adviser =that | weight=0.057
=if =that | weight=0.057
=blind =and | weight=0.057
=ref | weight=0.057
=see =this | weight=0.057
=reference | weight=0.057
=station | weight=0.056
=i've | weight=0.056
=and =human | weight=0.056
=commission | weight=0.056
=equality =and | weight=0.056
=human =right | weight=0.056
=right =commission | weight=0.056
=to =asked | weight=0.055
=she =stank | weight=0.055
=ombudsman =if | weight=0.055
=not =resolved | weight=0.055, noneg
=advert | weight=0.054
=that =misleading | weight=0.054
=unlimited =advert | weight=0.054
=avoid | weight=0.054
=shared | weight=0.054
=states =he | weight=0.053
=damp | weight=0.053
=don't =make | weight=0.053, noneg
=record | weight=0.053
=and =his | weight=0.053
=will =see | weight=0.053
=won't | weight=0.052, noneg
=friendly =in | weight=0.052
=the =energy | weight=0.052
=go =viral | weight=0.052
=viral | weight=0.052
=reimburse | weight=0.052
=i'm =think | weight=0.052
=world =can | weight=0.052
=never =shop | weight=0.052, noneg
=a =letter | weight=0.051
=take =this | weight=0.051
=washing =machine | weight=0.050
=he =will | weight=0.050
=you =to | weight=0.050
=is =hear | weight=0.050
=the =flat | weight=0.050
=isn't | weight=0.050, noneg
=worst | weight=0.049
=everywhere | weight=0.049
=office =and | weight=0.049
=phone =line | weight=0.049
=send =it | weight=0.048
=only =contact | weight=0.048
=local =paper | weight=0.048
=copy | weight=0.047
=and =your | weight=0.047
=carer | weight=0.047
=everyone =go | weight=0.047
=believe =i | weight=0.047
=excluded =on | weight=0.047
=of =nationality | weight=0.047
=polish | weight=0.047
=was =excluded | weight=0.047
=always =nicked | weight=0.047
=nicked =stuff | weight=0.047
=sorted =always | weight=0.047
=your =sorted | weight=0.047
=let | weight=0.047
=deaf =and | weight=0.046
=the =outage | weight=0.046
=complaint =ref | weight=0.046
=that =she | weight=0.046
=the =matter | weight=0.046
=safe | weight=0.045
=my =flat | weight=0.045
=register | weight=0.045
=august | weight=0.045
=employee | weight=0.045
=already | weight=0.045
=paper | weight=0.044
=incoming | weight=0.044
=right | weight=0.044
=think =of | weight=0.044
=council | weight=0.044
=and =will | weight=0.044
=reported =this | weight=0.044
=i =request | weight=0.044
=i'm =deaf | weight=0.044
=be =told | weight=0.044
=same =price | weight=0.044
=no =means | weight=0.043, noneg
=uk | weight=0.043
=washing | weight=0.043
=purchase | weight=0.043
=i =believe | weight=0.043
=application =for | weight=0.043
=the =house | weight=0.043
=guard =followed | weight=0.042
=and =asked | weight=0.042
=blind | weight=0.042
=funeral =plan | weight=0.042
=grounds =of | weight=0.042
=nationality | weight=0.042
=on =grounds | weight=0.042
=rental | weight=0.041
=i'll =be | weight=0.041
=put =my | weight=0.041
=mis-sold | weight=0.041
=we'll =be | weight=0.040
=a =member | weight=0.040
=complaint =about | weight=0.040
=post =about | weight=0.040
=advertised =standards | weight=0.040
=authority =about | weight=0.040
=standards =authority | weight=0.040
=energy | weight=0.040
=web =chat | weight=0.040
=saved | weight=0.040
