# public_threat, en: learned by scripts/learn.py from 2841 tuning texts (108 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ I've already contacted Which? and my local MP about the way the council has handled this.
+ my solicitor will be in touch
+ everybody's gonna see this post
- You've had my last penny.
- just want my £40 back tbh
=ombudsman | weight=0.583
=is =go | weight=0.432
=solicitor | weight=0.398
=local | weight=0.355
=review | weight=0.345
=about =this | weight=0.334
=post | weight=0.320
=see | weight=0.236
=will =be | weight=0.228
=court | weight=0.227
=my =local | weight=0.225
=the =ombudsman | weight=0.221
=on =trustpilot | weight=0.196
=so =other | weight=0.191
=trading =standards | weight=0.187
=google | weight=0.184
=tagged | weight=0.182
=misleading | weight=0.178
=misleading =unlimited | weight=0.178
=unlimited | weight=0.178
=you =in | weight=0.175
=trustpilot | weight=0.175
=k | weight=0.173
=k =followed | weight=0.173
=thread | weight=0.173
=tagged =you | weight=0.173
=everyone | weight=0.171
=what =to | weight=0.165
=advice | weight=0.164
=this =so | weight=0.162
=this | weight=0.162
=small =claim | weight=0.157
=rates | weight=0.156
=go =on | weight=0.154
=watchdog | weight=0.154
=google =review | weight=0.153
=how =you | weight=0.153
=will | weight=0.152
=complaint =with | weight=0.149
=followed | weight=0.149
=instagram | weight=0.149
=trading | weight=0.148
=a =solicitor | weight=0.145
=standards | weight=0.145
=let =see | weight=0.142
=everyone =i | weight=0.141
=deposit | weight=0.140
=report =you | weight=0.140
=warn | weight=0.139
=know | weight=0.138
=asa | weight=0.138
=the =asa | weight=0.138
=a =complaint | weight=0.137
=file =a | weight=0.137
=this =to | weight=0.136
=be =contact | weight=0.136
=go =to | weight=0.133
=other =parents | weight=0.133
=parents =don't | weight=0.133, noneg
=writing =this | weight=0.133
=everybody | weight=0.130
=parents | weight=0.129
=report | weight=0.129
=to =trading | weight=0.129
=review =on | weight=0.127
=claim =court | weight=0.125
=this =whole | weight=0.125
=solicitor =will | weight=0.123
=a =one-star | weight=0.123
=earned | weight=0.123
=earned =it | weight=0.123
=one-star | weight=0.123
=one-star =review | weight=0.123
=writing =a | weight=0.123
=you =earned | weight=0.123
=reddit | weight=0.123
=i =know | weight=0.121
=house =ombudsman | weight=0.121
=it =won't | weight=0.121, noneg
=citizen | weight=0.120
=asked =that | weight=0.119
=file | weight=0.119
=deposit =protection | weight=0.119
=protection =scheme | weight=0.119
=report =them | weight=0.119
=scheme | weight=0.119
=to =stay | weight=0.119
=solicitor =regarding | weight=0.118
=be =leave | weight=0.118
=my =solicitor | weight=0.118
=to =watchdog | weight=0.117
=won't =be | weight=0.117, noneg
=i'm =report | weight=0.115
=this =post | weight=0.115
=if =this | weight=0.115
=i've =already | weight=0.112
=spoken =to | weight=0.112
=world | weight=0.112
=the =deposit | weight=0.111
=would =need | weight=0.110
=small | weight=0.110
=i'll | weight=0.110
=spoken | weight=0.110
=cust =on | weight=0.109
=internet =will | weight=0.109
=the =internet | weight=0.109
=drafted | weight=0.109
=enjoy | weight=0.109
=enjoy =your | weight=0.109
=it =last | weight=0.109
=rates =while | weight=0.109
=review =drafted | weight=0.109
=while =it | weight=0.109
=you =treated | weight=0.108
=a =one | weight=0.107
=facebook | weight=0.107
=financial =ombudsman | weight=0.105
=the =financial | weight=0.105
=hear =about | weight=0.105
=gonna | weight=0.105
=be =in | weight=0.105
=breach | weight=0.104
=treated | weight=0.103
=this =email | weight=0.102
=county | weight=0.102
=county =court | weight=0.102
=the =county | weight=0.102
=told =none | weight=0.102, noneg
=into =this | weight=0.102
=he =would | weight=0.099
=media | weight=0.099
=social =media | weight=0.099
=financial | weight=0.098
=disgusting | weight=0.098
=protection | weight=0.097
=commissioner's | weight=0.097
=commissioner's =office | weight=0.097
=have =file | weight=0.097
=informed =commissioner's | weight=0.097
=office =today | weight=0.097
=this =isn't | weight=0.096, noneg
=staff =spoke | weight=0.096
=in =touch | weight=0.096
=touch | weight=0.096
=leave =a | weight=0.095
=cust =says | weight=0.095
=my =friendly | weight=0.094
=seeking | weight=0.094
=community | weight=0.094
=equality | weight=0.093
=the =equality | weight=0.093
=stank | weight=0.092
=ad | weight=0.092
=editor | weight=0.092
=the =editor | weight=0.092
=reference =the | weight=0.091
=our =solicitor | weight=0.091
=go | weight=0.090
=to =post | weight=0.089
=this =with | weight=0.088
=i =shall | weight=0.088
=shall | weight=0.088
=them =to | weight=0.088
=matter =to | weight=0.087
=go =in | weight=0.087
=april | weight=0.087
=make =a | weight=0.086
=whole =world | weight=0.086
=connection | weight=0.086
=an =instagram | weight=0.086
=i =tagged | weight=0.086
=instagram =post | weight=0.086
=isn't =fixed | weight=0.085, noneg
=he'll | weight=0.085
=says =he'll | weight=0.085
=the =informed | weight=0.085
=to =email | weight=0.084
=mp | weight=0.084
=see =how | weight=0.084
=local =news | weight=0.083
=on =reddit | weight=0.083
=reddit =and | weight=0.083
=treated =customer | weight=0.082
=before =this | weight=0.082
=refund =before | weight=0.082
=this =thread | weight=0.082
=thread =hit | weight=0.082
=letter =to | weight=0.082
=whole | weight=0.082
=one =star | weight=0.082
=news | weight=0.081
=failed | weight=0.081
=camden | weight=0.081
=on =twitter | weight=0.081
=days =i | weight=0.081
=guy =in | weight=0.080
=so =everyone | weight=0.080
=hear | weight=0.080
=interest | weight=0.079
=internet | weight=0.079
=from =my | weight=0.079
=hit | weight=0.079
=you =guy | weight=0.078
=other | weight=0.078
=will =hear | weight=0.078
=can =hear | weight=0.077
=everyone =can | weight=0.077
=hear =how | weight=0.077
=on =youtube | weight=0.077
=youtube =so | weight=0.077
=in =an | weight=0.077
=isn't =sorted | weight=0.077, noneg
=and =your | weight=0.077
=twitter | weight=0.077
=it =to | weight=0.076
=standards =and | weight=0.076
=friendly | weight=0.076
=see =you | weight=0.076
=raised =this | weight=0.076
=purchase =price | weight=0.075
=have =now | weight=0.075
=already =dmed | weight=0.075
=dmed | weight=0.075
=like =be | weight=0.075
=on =telly | weight=0.075
=appalled | weight=0.075
=youtube | weight=0.074
=to =the | weight=0.074
=star =review | weight=0.074
=am =now | weight=0.073
=a =claim | weight=0.073
=telly | weight=0.072
=community =facebook | weight=0.071
=whole =chat | weight=0.071
=screenshots | weight=0.071
=social | weight=0.071
=for =six | weight=0.070
=stay | weight=0.070
=be =adviser | weight=0.070
=please =be | weight=0.070
=an =employee | weight=0.070
=energy =ombudsman | weight=0.070
=camden =told | weight=0.069
=in =camden | weight=0.069
=staff =in | weight=0.069
=access =office | weight=0.069
=council =access | weight=0.069
=i'm =raised | weight=0.069
=on =our | weight=0.069
=application | weight=0.069
=the =local | weight=0.069
=deposit =back | weight=0.068
=mp =about | weight=0.068
=price =and | weight=0.068
=on =google | weight=0.067
=be =on | weight=0.067
=my =refund | weight=0.067
=facebook =page | weight=0.067
=post =the | weight=0.066
=to =do | weight=0.066
=is =very | weight=0.066
=news =station | weight=0.066
=station =is | weight=0.066
=very =interest | weight=0.066
=workmanship | weight=0.066
=your =workmanship | weight=0.066
=the =call | weight=0.066
=see =this | weight=0.065
=consumer =right | weight=0.065
=right =acted | weight=0.065
=know =is | weight=0.065
=in =a | weight=0.065
=experience | weight=0.064
=worth =it | weight=0.064
=a =response | weight=0.064
=and =my | weight=0.064
=i'm =put | weight=0.063
=map | weight=0.063
=i've | weight=0.062
=overbilled | weight=0.062
=worth | weight=0.062
=acted | weight=0.062
=she =stank | weight=0.062
=record =the | weight=0.062
=refused =help | weight=0.062
=tweet | weight=0.061
=tonight | weight=0.061
=interest =in | weight=0.061
=flat =still | weight=0.060
=photos =on | weight=0.060
=formal =complaint | weight=0.059
=a =tiktok | weight=0.059
=tiktok | weight=0.059
=tiktok =about | weight=0.059
=and =will | weight=0.059
=friendly =in | weight=0.059
=with =trading | weight=0.059
=share | weight=0.058
=damp =in | weight=0.058
=i'm =think | weight=0.058
=trap | weight=0.058
=be =go | weight=0.058
=the =full | weight=0.057
=the =consumer | weight=0.057
=everywhere | weight=0.057
=you =to | weight=0.056
=station | weight=0.056
=ombudsman =if | weight=0.056
=don't =make | weight=0.056, noneg
=don't =want | weight=0.056, noneg
=adviser =that | weight=0.056
=reference | weight=0.055
=office =and | weight=0.055
=the =council | weight=0.055
=vile | weight=0.054
=blind =and | weight=0.054
=the =energy | weight=0.054
=consumer | weight=0.054
=washing =machine | weight=0.054
=advert | weight=0.054
=that =misleading | weight=0.054
=unlimited =advert | weight=0.054
=if =that | weight=0.054
=agent =refused | weight=0.053
=to =asked | weight=0.053
=let | weight=0.052
=the =damage | weight=0.052
=you =like | weight=0.052
=see =it | weight=0.052
=avoid | weight=0.052
=local =paper | weight=0.051
=ignored =my | weight=0.051
=the =house | weight=0.050
=always =nicked | weight=0.050
=nicked =stuff | weight=0.050
=sorted =always | weight=0.050
=your =sorted | weight=0.050
=take =this | weight=0.050
=reimburse | weight=0.050
=record | weight=0.050
=not =resolved | weight=0.049, noneg
=already | weight=0.048
=and =human | weight=0.048
=commission | weight=0.048
=equality =and | weight=0.048
=human =right | weight=0.048
=right =commission | weight=0.048
=a =member | weight=0.047
=the =flat | weight=0.047
=won't | weight=0.047, noneg
=my =carer | weight=0.047
=a =letter | weight=0.047
=isn't | weight=0.047, noneg
=think =of | weight=0.047
=council =has | weight=0.047
=this =was | weight=0.046
=ruined | weight=0.046
=told =my | weight=0.046
=states =he | weight=0.046
=courier =left | weight=0.046
=caa | weight=0.046
=the =caa | weight=0.046
=believe =i | weight=0.046
=excluded =on | weight=0.046
=of =nationality | weight=0.046
=polish | weight=0.046
=was =excluded | weight=0.046
=none | weight=0.045, noneg
=damp | weight=0.045
=blind | weight=0.045
=only =contact | weight=0.045
=ref | weight=0.045
=paper | weight=0.044
=will =see | weight=0.044
=employee | weight=0.044
=send =it | weight=0.044
=washing | weight=0.044
=i =believe | weight=0.044
=i'll =be | weight=0.044
=and =his | weight=0.043
=complaint | weight=0.043
=rental | weight=0.043
=reply =says | weight=0.043
=same =price | weight=0.043
=grounds =of | weight=0.043
=on =grounds | weight=0.043
=application =for | weight=0.043
=everyone =go | weight=0.043
=phone =line | weight=0.043
=the =photos | weight=0.043
=funeral =plan | weight=0.043
=response =not | weight=0.042, noneg
=says =that | weight=0.042
=post =about | weight=0.042
=deaf =and | weight=0.042
=surname | weight=0.042
=our =community | weight=0.042
=purchase | weight=0.042
=flat | weight=0.042
=i'm =deaf | weight=0.042
