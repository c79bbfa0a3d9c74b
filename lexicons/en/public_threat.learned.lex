# public_threat, en: learned by scripts/learn.py from 3044 tuning texts (110 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ I've already contacted Which? and my local MP about the way the council has handled this.
+ Absolutely vile customer service. The lady told me to 'get a life' when I complained. Going to post this everywhere.
+ my solicitor will be in touch
- ok
- You've had my last penny.
=ombudsman | weight=0.586
=solicitor | weight=0.410
=is =go | weight=0.409
=review | weight=0.386
=local | weight=0.365
=post | weight=0.314
=about =this | weight=0.312
=my =local | weight=0.244
=see | weight=0.237
=the =ombudsman | weight=0.235
=court | weight=0.228
=will =be | weight=0.210
=everywhere | weight=0.202
=google | weight=0.196
=so =other | weight=0.189
=star =review | weight=0.184
=trading =standards | weight=0.182
=on =trustpilot | weight=0.180
=tagged | weight=0.179
=k | weight=0.177
=k =followed | weight=0.177
=thread | weight=0.177
=you =in | weight=0.174
=misleading | weight=0.172
=misleading =unlimited | weight=0.172
=unlimited | weight=0.172
=tagged =you | weight=0.172
=this =so | weight=0.169
=everyone | weight=0.162
=advice | weight=0.161
=trustpilot | weight=0.158
=what =to | weight=0.158
=small =claim | weight=0.157
=complaint =with | weight=0.156
=this | weight=0.154
=how =you | weight=0.154
=watchdog | weight=0.152
=go =on | weight=0.152
=this =to | weight=0.150
=rates | weight=0.150
=deposit | weight=0.147
=solicitor =will | weight=0.145
=trading | weight=0.144
=followed | weight=0.144
=review =on | weight=0.144
=a =solicitor | weight=0.139
=will | weight=0.139
=standards | weight=0.139
=be =contact | weight=0.138
=go =to | weight=0.138
=everybody | weight=0.137
=enjoy | weight=0.137
=enjoy =your | weight=0.137
=instagram | weight=0.137
=everyone =i | weight=0.136
=file =a | weight=0.136
=asa | weight=0.134
=the =asa | weight=0.134
=know | weight=0.134
=reported =you | weight=0.133
=other =parents | weight=0.133
=parents =don't | weight=0.133, noneg
=writing =this | weight=0.133
=google =review | weight=0.133
=to =trading | weight=0.133
=this =whole | weight=0.131
=parents | weight=0.131
=reported | weight=0.131
=warn | weight=0.129
=let =see | weight=0.129
=claim =court | weight=0.128
=a =complaint | weight=0.127
=reddit | weight=0.125
=asked =that | weight=0.124
=my =solicitor | weight=0.123
=facebook | weight=0.123
=solicitor =regarding | weight=0.122
=to =stay | weight=0.122
=if =this | weight=0.121
=a =one-star | weight=0.119
=earned | weight=0.119
=earned =it | weight=0.119
=one-star | weight=0.119
=one-star =review | weight=0.119
=writing =a | weight=0.119
=you =earned | weight=0.119
=i'm =reported | weight=0.119
=file | weight=0.119
=the =deposit | weight=0.118
=i've =already | weight=0.118
=post =this | weight=0.117
=deposit =protection | weight=0.115
=protection =scheme | weight=0.115
=reported =them | weight=0.115
=scheme | weight=0.115
=i'll | weight=0.114
=hear =about | weight=0.114
=to =watchdog | weight=0.114
=house =ombudsman | weight=0.113
=world | weight=0.113
=this =post | weight=0.113
=it =won't | weight=0.112, noneg
=won't =be | weight=0.112, noneg
=be =leave | weight=0.112
=small | weight=0.112
=i =know | weight=0.111
=you =treated | weight=0.110
=spoken =to | weight=0.110
=spoken | weight=0.108
=internet =will | weight=0.108
=the =internet | weight=0.108
=citizen | weight=0.105
=cust =on | weight=0.104
=staff =spoke | weight=0.103
=this =email | weight=0.102
=a =one | weight=0.102
=gonna | weight=0.102
=financial =ombudsman | weight=0.101
=the =financial | weight=0.101
=breach | weight=0.101
=county | weight=0.101
=county =court | weight=0.101
=the =county | weight=0.101
=into =this | weight=0.100
=to =post | weight=0.100
=editor | weight=0.099
=the =editor | weight=0.099
=treated | weight=0.099
=would =need | weight=0.099
=ad | weight=0.099
=this =isn't | weight=0.098, noneg
=commissioner's | weight=0.098
=commissioner's =office | weight=0.098
=have =file | weight=0.098
=informed =commissioner's | weight=0.098
=office =today | weight=0.098
=protection | weight=0.097
=that =he | weight=0.097
=our =solicitor | weight=0.097
=on =google | weight=0.097
=them =to | weight=0.097
=he =would | weight=0.096
=financial | weight=0.096
=go =in | weight=0.096
=disgusting | weight=0.095
=equality | weight=0.095
=the =equality | weight=0.095
=drafted | weight=0.095
=it =last | weight=0.095
=rates =while | weight=0.095
=review =drafted | weight=0.095
=while =it | weight=0.095
=seeking | weight=0.094
=failed | weight=0.093
=reference =the | weight=0.091
=cust =says | weight=0.091
=make =a | weight=0.091
=my =friendly | weight=0.089
=whole =world | weight=0.088
=the =informed | weight=0.088
=on =twitter | weight=0.088
=an =instagram | weight=0.088
=i =tagged | weight=0.088
=instagram =post | weight=0.088
=find | weight=0.088
=matter =to | weight=0.088
=told =none | weight=0.088, noneg
=hear | weight=0.087
=i =can | weight=0.087
=april | weight=0.086
=to =the | weight=0.086
=twitter | weight=0.085
=letter =to | weight=0.084
=isn't =fixed | weight=0.084, noneg
=community | weight=0.084
=treated =customer | weight=0.083
=vile | weight=0.083
=stank | weight=0.083
=be =in | weight=0.082
=he'll | weight=0.082
=says =he'll | weight=0.082
=whole | weight=0.082
=this =with | weight=0.081
=you =guy | weight=0.081
=days =i | weight=0.081
=guy =in | weight=0.081
=in =an | weight=0.080
=on =reddit | weight=0.080
=reddit =and | weight=0.080
=before =this | weight=0.080
=refund =before | weight=0.080
=this =thread | weight=0.080
=thread =hit | weight=0.080
=it =to | weight=0.079
=to =email | weight=0.079
=so =everyone | weight=0.078
=local =news | weight=0.078
=see =how | weight=0.078
=can =hear | weight=0.077
=everyone =can | weight=0.077
=hear =how | weight=0.077
=on =youtube | weight=0.077
=youtube =so | weight=0.077
=i =shall | weight=0.077
=shall | weight=0.077
=connection | weight=0.077
=news | weight=0.077
=see =you | weight=0.076
=hit | weight=0.076
=on =instagram | weight=0.076
=screenshots | weight=0.076
=isn't =sorted | weight=0.075, noneg
=community =facebook | weight=0.075
=media | weight=0.075
=social =media | weight=0.075
=a =claim | weight=0.075
=will =hear | weight=0.075
=youtube | weight=0.074
=internet | weight=0.074
=access =office | weight=0.074
=council =access | weight=0.074
=i'm =raised | weight=0.074
=purchase =price | weight=0.074
=mp | weight=0.074
=one =star | weight=0.074
=in =touch | weight=0.073
=touch | weight=0.073
=go | weight=0.073
=have =now | weight=0.073
=camden | weight=0.073
=interest | weight=0.072
=energy =ombudsman | weight=0.072
=am =now | weight=0.072
=already =dmed | weight=0.072
=dmed | weight=0.072
=like =be | weight=0.072
=on =telly | weight=0.072
=be =adviser | weight=0.072
=please =be | weight=0.072
=tonight | weight=0.071
=on =our | weight=0.071
=facebook =page | weight=0.071
=deposit =back | weight=0.071
=friendly | weight=0.070
=from =my | weight=0.070
=whole =chat | weight=0.070
=stay | weight=0.070
=telly | weight=0.069
=appalling | weight=0.069
=staff =in | weight=0.069
=the =local | weight=0.068
=mp =about | weight=0.068
=overbilled | weight=0.067
=application | weight=0.067
=the =call | weight=0.067
=to =do | weight=0.067
=be =on | weight=0.067
=an =employee | weight=0.066
=know =is | weight=0.066
=and =your | weight=0.066
=camden =told | weight=0.066
=in =camden | weight=0.066
=other | weight=0.066
=be =go | weight=0.065
=record =the | weight=0.065
=refused =help | weight=0.065
=price =and | weight=0.064
=is =very | weight=0.064
=news =station | weight=0.064
=station =is | weight=0.064
=very =interest | weight=0.064
=workmanship | weight=0.064
=your =workmanship | weight=0.064
=don't =want | weight=0.064, noneg
=standards =and | weight=0.064
=let | weight=0.063
=a =tiktok | weight=0.063
=tiktok | weight=0.063
=tiktok =about | weight=0.063
=my =refund | weight=0.063
=consumer =right | weight=0.063
=right =act | weight=0.063
=and =my | weight=0.063
=star | weight=0.063
=for =six | weight=0.062
=post =the | weight=0.062
=advert | weight=0.061
=that =misleading | weight=0.061
=unlimited =advert | weight=0.061
=trap | weight=0.060
=interest =in | weight=0.060
=flat =still | weight=0.060
=the =council | weight=0.059
=the =damage | weight=0.059
=i'll =be | weight=0.059
=get =a | weight=0.057
=map | weight=0.057
=adviser =that | weight=0.057
=our =community | weight=0.057
=already | weight=0.057
=act | weight=0.057
=blind =and | weight=0.057
=worth =it | weight=0.057
=the =full | weight=0.057
=local =paper | weight=0.057
=see =it | weight=0.057
=i'm =put | weight=0.056
=station | weight=0.056
=raised =this | weight=0.056
=worth | weight=0.056
=the =consumer | weight=0.056
=in =a | weight=0.056
=and =will | weight=0.056
=ignored =my | weight=0.056
=see =this | weight=0.055
=won't | weight=0.055, noneg
=don't =make | weight=0.055, noneg
=i'm =think | weight=0.054
=reference | weight=0.054
=to =asked | weight=0.054
=a =response | weight=0.054
=office =and | weight=0.054
=tweet | weight=0.054
=not =resolved | weight=0.053, noneg
=formal =complaint | weight=0.053
=you =like | weight=0.053
=my =carer | weight=0.053
=consumer | weight=0.053
=flat | weight=0.053
=ombudsman =if | weight=0.053
=photos =on | weight=0.052
=she =stank | weight=0.052
=agent =refused | weight=0.052
=and =human | weight=0.051
=commission | weight=0.051
=equality =and | weight=0.051
=human =right | weight=0.051
=right =commission | weight=0.051
=experience | weight=0.051
=social | weight=0.051
=will =see | weight=0.051
=damp =in | weight=0.051
=the =energy | weight=0.050
=always =nicked | weight=0.050
=nicked =stuff | weight=0.050
=sorted =always | weight=0.050
=your =sorted | weight=0.050
=if =that | weight=0.050
=washing =machine | weight=0.050
=with =trading | weight=0.050
=you =to | weight=0.050
=friendly =in | weight=0.049
=share | weight=0.049
=i'm =go | weight=0.049
=only =contact | weight=0.048
=avoid | weight=0.048
=the =house | weight=0.048
=the =flat | weight=0.047
=absolutely =fuming | weight=0.047
=fuming | weight=0.047
=i've | weight=0.047
=paper | weight=0.047
=deaf =and | weight=0.046
=i'm =deaf | weight=0.046
=isn't | weight=0.046, noneg
=post =about | weight=0.046
=phone =line | weight=0.045
=courier =left | weight=0.045
=be =told | weight=0.045
=might | weight=0.045
=go =viral | weight=0.045
=viral | weight=0.045
=council =has | weight=0.045
=caa | weight=0.045
=the =caa | weight=0.045
=think =of | weight=0.044
=her =will | weight=0.044
=believe =i | weight=0.044
=excluded =on | weight=0.044
=of =nationality | weight=0.044
=polish | weight=0.044
=was =excluded | weight=0.044
=purchase | weight=0.044
=ref | weight=0.043
=record | weight=0.043
=the =matter | weight=0.043
=send =it | weight=0.043
=a =letter | weight=0.043
=carer | weight=0.043
=states =he | weight=0.043
=i =believe | weight=0.042
=and =his | weight=0.042
=rental | weight=0.042
=parcel =in | weight=0.042
=is =hear | weight=0.042
=washing | weight=0.042
=grounds =of | weight=0.042
=on =grounds | weight=0.042
=ruined | weight=0.041
=same =price | weight=0.041
