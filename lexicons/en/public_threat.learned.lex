# public_threat, en: learned by scripts/learn.py from 3044 tuning texts (110 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ I've already contacted Which? and my local MP about the way the council has handled this.
+ Absolutely vile customer service. The lady told me to 'get a life' when I complained. Going to post this everywhere.
+ my solicitor will be in touch
- ok
- You've had my last penny.
=ombudsman | weight=0.584
=solicitor | weight=0.410
=is =go | weight=0.399
=local | weight=0.364
=review | weight=0.344
=post | weight=0.309
=about =this | weight=0.303
=my =local | weight=0.247
=the =ombudsman | weight=0.247
=see | weight=0.246
=court | weight=0.225
=will =be | weight=0.209
=on =trustpilot | weight=0.202
=so =other | weight=0.188
=trustpilot | weight=0.182
=google | weight=0.182
=trading =standards | weight=0.179
=everyone | weight=0.178
=tagged | weight=0.178
=misleading | weight=0.174
=misleading =unlimited | weight=0.174
=unlimited | weight=0.174
=you =in | weight=0.172
=k | weight=0.170
=k =followed | weight=0.170
=thread | weight=0.170
=tagged =you | weight=0.170
=this =so | weight=0.165
=rates | weight=0.163
=small =claim | weight=0.159
=advice | weight=0.158
=watchdog | weight=0.157
=what =to | weight=0.157
=how =you | weight=0.156
=this =to | weight=0.153
=complaint =with | weight=0.152
=this | weight=0.151
=go =on | weight=0.150
=deposit | weight=0.149
=google =review | weight=0.148
=know | weight=0.146
=everyone =i | weight=0.146
=trading | weight=0.144
=followed | weight=0.143
=be =contact | weight=0.143
=instagram | weight=0.142
=go =to | weight=0.141
=solicitor =will | weight=0.141
=standards | weight=0.139
=will | weight=0.138
=a =solicitor | weight=0.138
=file =a | weight=0.137
=asa | weight=0.134
=the =asa | weight=0.134
=reported =you | weight=0.133
=warn | weight=0.133
=a =complaint | weight=0.133
=let =see | weight=0.131
=if =this | weight=0.131
=other =parents | weight=0.131
=parents =don't | weight=0.131, noneg
=writing =this | weight=0.131
=everybody | weight=0.130
=parents | weight=0.128
=claim =court | weight=0.128
=review =on | weight=0.128
=reported | weight=0.126
=to =trading | weight=0.124
=it =won't | weight=0.124, noneg
=my =solicitor | weight=0.123
=solicitor =regarding | weight=0.123
=a =one-star | weight=0.123
=earned | weight=0.123
=earned =it | weight=0.123
=one-star | weight=0.123
=one-star =review | weight=0.123
=writing =a | weight=0.123
=you =earned | weight=0.123
=this =whole | weight=0.122
=be =leave | weight=0.121
=won't =be | weight=0.121, noneg
=reddit | weight=0.120
=i'm =reported | weight=0.120
=i =know | weight=0.120
=the =deposit | weight=0.120
=file | weight=0.119
=to =stay | weight=0.119
=facebook | weight=0.118
=deposit =protection | weight=0.118
=protection =scheme | weight=0.118
=reported =them | weight=0.118
=scheme | weight=0.118
=post =this | weight=0.118
=to =watchdog | weight=0.118
=citizen | weight=0.116
=i've =already | weight=0.115
=asked =that | weight=0.115
=house =ombudsman | weight=0.114
=world | weight=0.114
=hear =about | weight=0.112
=this =post | weight=0.111
=spoken =to | weight=0.111
=you =treated | weight=0.111
=breach | weight=0.110
=spoken | weight=0.109
=drafted | weight=0.108
=enjoy | weight=0.108
=enjoy =your | weight=0.108
=it =last | weight=0.108
=rates =while | weight=0.108
=review =drafted | weight=0.108
=while =it | weight=0.108
=treated | weight=0.107
=gonna | weight=0.106
=financial =ombudsman | weight=0.105
=the =financial | weight=0.105
=internet =will | weight=0.105
=the =internet | weight=0.105
=i'll | weight=0.105
=would =need | weight=0.103
=a =one | weight=0.102
=cust =on | weight=0.102
=to =post | weight=0.102
=small | weight=0.101
=ad | weight=0.100
=financial | weight=0.100
=leave =a | weight=0.099
=disgusting | weight=0.099
=this =isn't | weight=0.098, noneg
=this =email | weight=0.098
=commissioner's | weight=0.097
=commissioner's =office | weight=0.097
=have =file | weight=0.097
=informed =commissioner's | weight=0.097
=office =today | weight=0.097
=our =solicitor | weight=0.097
=county | weight=0.097
=county =court | weight=0.097
=the =county | weight=0.097
=that =he | weight=0.096
=into =this | weight=0.096
=staff =spoke | weight=0.096
=my =friendly | weight=0.095
=community | weight=0.095
=equality | weight=0.095
=the =equality | weight=0.095
=seeking | weight=0.094
=he =would | weight=0.094
=protection | weight=0.093
=editor | weight=0.091
=the =editor | weight=0.091
=whole | weight=0.090
=on =twitter | weight=0.090
=reference =the | weight=0.090
=april | weight=0.089
=an =instagram | weight=0.089
=i =tagged | weight=0.089
=instagram =post | weight=0.089
=them =to | weight=0.089
=failed | weight=0.088
=whole =world | weight=0.088
=everywhere | weight=0.088
=cust =says | weight=0.088
=twitter | weight=0.088
=go =in | weight=0.088
=stank | weight=0.087
=hear | weight=0.087
=letter =to | weight=0.086
=the =informed | weight=0.085
=days =i | weight=0.084
=to =the | weight=0.084
=i =shall | weight=0.084
=shall | weight=0.084
=make =a | weight=0.084
=this =with | weight=0.084
=he'll | weight=0.083
=says =he'll | weight=0.083
=matter =to | weight=0.083
=be =in | weight=0.083
=on =reddit | weight=0.083
=reddit =and | weight=0.083
=before =this | weight=0.083
=refund =before | weight=0.083
=this =thread | weight=0.083
=thread =hit | weight=0.083
=told =none | weight=0.083, noneg
=you =guy | weight=0.083
=mp | weight=0.081
=in =an | weight=0.081
=isn't =fixed | weight=0.080, noneg
=vile | weight=0.080
=from =my | weight=0.080
=hit | weight=0.079
=local =news | weight=0.079
=to =email | weight=0.079
=guy =in | weight=0.079
=one =star | weight=0.079
=so =everyone | weight=0.078
=camden | weight=0.077
=friendly | weight=0.077
=see =you | weight=0.077
=can =hear | weight=0.077
=everyone =can | weight=0.077
=hear =how | weight=0.077
=on =youtube | weight=0.077
=youtube =so | weight=0.077
=internet | weight=0.077
=isn't =sorted | weight=0.077, noneg
=other | weight=0.076
=go | weight=0.076
=media | weight=0.076
=social =media | weight=0.076
=already =dmed | weight=0.075
=dmed | weight=0.075
=like =be | weight=0.075
=on =telly | weight=0.075
=treated =customer | weight=0.075
=star =review | weight=0.075
=appalling | weight=0.075
=see =how | weight=0.075
=youtube | weight=0.075
=will =hear | weight=0.074
=in =touch | weight=0.074
=touch | weight=0.074
=news | weight=0.073
=interest | weight=0.073
=connection | weight=0.073
=screenshots | weight=0.073
=on =instagram | weight=0.073
=energy =ombudsman | weight=0.072
=telly | weight=0.072
=a =claim | weight=0.072
=staff =in | weight=0.072
=and =your | weight=0.071
=community =facebook | weight=0.071
=camden =told | weight=0.071
=in =camden | weight=0.071
=am =now | weight=0.071
=deposit =back | weight=0.070
=standards =and | weight=0.070
=stay | weight=0.070
=be =adviser | weight=0.069
=please =be | weight=0.069
=facebook =page | weight=0.069
=the =call | weight=0.069
=it =to | weight=0.069
=access =office | weight=0.068
=council =access | weight=0.068
=i'm =raised | weight=0.068
=on =our | weight=0.068
=purchase =price | weight=0.068
=mp =about | weight=0.067
=an =employee | weight=0.067
=application | weight=0.066
=be =on | weight=0.066
=know =is | weight=0.065
=tonight | weight=0.065
=have =now | weight=0.065
=is =very | weight=0.065
=news =station | weight=0.065
=station =is | weight=0.065
=very =interest | weight=0.065
=workmanship | weight=0.065
=your =workmanship | weight=0.065
=the =local | weight=0.064
=trap | weight=0.064
=on =google | weight=0.064
=record =the | weight=0.064
=refused =help | weight=0.064
=my =refund | weight=0.063
=to =do | weight=0.063
=a =tiktok | weight=0.063
=tiktok | weight=0.063
=tiktok =about | weight=0.063
=not =resolved | weight=0.062, noneg
=get =a | weight=0.062
=the =damage | weight=0.062
=reference | weight=0.062
=be =go | weight=0.062
=post =the | weight=0.062
=in =a | weight=0.061
=map | weight=0.061
=price =and | weight=0.061
=see =this | weight=0.061
=interest =in | weight=0.061
=overbilled | weight=0.060
=the =energy | weight=0.060
=worth =it | weight=0.060
=the =council | weight=0.060
=don't =want | weight=0.060, noneg
=experience | weight=0.059
=worth | weight=0.059
=advert | weight=0.059
=that =misleading | weight=0.059
=unlimited =advert | weight=0.059
=the =full | weight=0.059
=she =stank | weight=0.058
=consumer =right | weight=0.058
=right =act | weight=0.058
=i'm =think | weight=0.058
=flat =still | weight=0.058
=and =my | weight=0.058
=whole =chat | weight=0.058
=for =six | weight=0.057
=i'm =put | weight=0.057
=adviser =that | weight=0.056
=raised =this | weight=0.056
=friendly =in | weight=0.056
=blind =and | weight=0.056
=formal =complaint | weight=0.056
=share | weight=0.056
=with =trading | weight=0.055
=will =see | weight=0.054
=you =like | weight=0.054
=agent =refused | weight=0.054
=act | weight=0.054
=ignored =my | weight=0.054
=station | weight=0.054
=office =and | weight=0.054
=photos =on | weight=0.053
=let | weight=0.053
=the =consumer | weight=0.053
=a =response | weight=0.052
=tweet | weight=0.052
=see =it | weight=0.052
=won't | weight=0.052, noneg
=this =was | weight=0.052
=local =paper | weight=0.052
=damp =in | weight=0.052
=our =community | weight=0.051
=a =letter | weight=0.051
=and =human | weight=0.051
=commission | weight=0.051
=equality =and | weight=0.051
=human =right | weight=0.051
=right =commission | weight=0.051
=record | weight=0.051
=to =asked | weight=0.051
=already | weight=0.050
=my =carer | weight=0.050
=consumer | weight=0.050
=the =house | weight=0.050
=flat | weight=0.050
=the =flat | weight=0.050
=social | weight=0.050
=i'm =go | weight=0.049
=washing =machine | weight=0.049
=don't =make | weight=0.049, noneg
=if =that | weight=0.049
=always =nicked | weight=0.049
=nicked =stuff | weight=0.049
=sorted =always | weight=0.049
=your =sorted | weight=0.049
=and =will | weight=0.048
=only =contact | weight=0.048
=think =of | weight=0.048
=i'll =be | weight=0.048
=phone =line | weight=0.047
=avoid | weight=0.047
=reimburse | weight=0.046
=you =to | weight=0.046
=blind | weight=0.046
=deaf =and | weight=0.046
=a =member | weight=0.046
=paper | weight=0.045
=i'm =deaf | weight=0.045
=absolutely =fuming | weight=0.045
=fuming | weight=0.045
=states =he | weight=0.045
=courier =left | weight=0.045
=of =your | weight=0.045
=be =told | weight=0.045
=and =his | weight=0.045
=caa | weight=0.045
=the =caa | weight=0.045
=put =my | weight=0.044
=everyone =on | weight=0.044
=employee | weight=0.044
=believe =i | weight=0.044
=excluded =on | weight=0.044
=of =nationality | weight=0.044
=polish | weight=0.044
=was =excluded | weight=0.044
=the =matter | weight=0.044
=worst | weight=0.043
=told =my | weight=0.043
=ref | weight=0.043
=never =shop | weight=0.043, noneg
=washing | weight=0.043
=i've | weight=0.043
=council =has | weight=0.043
=i =believe | weight=0.043
=ombudsman =if | weight=0.042
=same =price | weight=0.042
=complaint | weight=0.042
=rental | weight=0.042
=parcel =in | weight=0.042
=application =for | weight=0.042
=grounds =of | weight=0.042
=on =grounds | weight=0.042
