# public_threat, en: learned by scripts/learn.py from 3245 tuning texts (114 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ I've already contacted Which? and my local MP about the way the council has handled this.
+ Absolute joke of a company. Half-hour hold, then the agent hangs up on me. Posting this everywhere.
+ Absolutely vile customer service. The lady told me to 'get a life' when I complained. Going to post this everywhere.
- ok
- You've had my last penny.
=ombudsman | weight=0.583
=solicitor | weight=0.413
=is =go | weight=0.409
=review | weight=0.383
=local | weight=0.365
=about =this | weight=0.326
=post | weight=0.307
=my =local | weight=0.247
=everywhere | weight=0.239
=see | weight=0.236
=the =ombudsman | weight=0.235
=court | weight=0.226
=google | weight=0.210
=will =be | weight=0.210
=trading =standards | weight=0.199
=so =other | weight=0.189
=reported =to | weight=0.189
=on =trustpilot | weight=0.180
=star =review | weight=0.179
=tagged | weight=0.176
=k | weight=0.176
=k =followed | weight=0.176
=thread | weight=0.176
=everyone | weight=0.175
=misleading | weight=0.175
=misleading =unlimited | weight=0.175
=tagged =you | weight=0.173
=you =in | weight=0.172
=unlimited | weight=0.170
=advice | weight=0.167
=this =so | weight=0.164
=small =claim | weight=0.163
=what =to | weight=0.163
=post =this | weight=0.162
=trading | weight=0.159
=trustpilot | weight=0.157
=rates | weight=0.157
=watchdog | weight=0.154
=go =on | weight=0.153
=how =you | weight=0.153
=will | weight=0.152
=to =trading | weight=0.152
=reported | weight=0.151
=standards | weight=0.149
=everyone =i | weight=0.149
=complaint =with | weight=0.149
=this | weight=0.148
=followed | weight=0.147
=instagram | weight=0.146
=a =solicitor | weight=0.144
=deposit | weight=0.143
=this =to | weight=0.143
=asa | weight=0.141
=the =asa | weight=0.141
=reported =you | weight=0.140
=solicitor =will | weight=0.139
=everybody | weight=0.139
=a =complaint | weight=0.138
=google =review | weight=0.138
=review =on | weight=0.138
=be =contact | weight=0.137
=enjoy | weight=0.135
=enjoy =your | weight=0.135
=file =a | weight=0.135
=other =parents | weight=0.135
=parents =don't | weight=0.135, noneg
=writing =this | weight=0.135
=let =see | weight=0.135
=this =whole | weight=0.133
=parents | weight=0.133
=claim =court | weight=0.132
=my =solicitor | weight=0.131
=if =this | weight=0.129
=warning | weight=0.129
=i've =already | weight=0.126
=go =to | weight=0.126
=reddit | weight=0.123
=a =one-star | weight=0.120
=earned | weight=0.120
=earned =it | weight=0.120
=one-star | weight=0.120
=one-star =review | weight=0.120
=writing =a | weight=0.120
=you =earned | weight=0.120
=facebook | weight=0.120
=file | weight=0.120
=to =stay | weight=0.120
=treated | weight=0.119
=solicitor =regarding | weight=0.119
=to =watchdog | weight=0.119
=the =deposit | weight=0.117
=house =ombudsman | weight=0.117
=gonna | weight=0.117
=deposit =protection | weight=0.117
=protection =scheme | weight=0.117
=reported =them | weight=0.117
=scheme | weight=0.117
=it =won't | weight=0.116, noneg
=know | weight=0.116
=be =leave | weight=0.115
=spoken =to | weight=0.115
=citizen | weight=0.114
=world | weight=0.114
=won't =be | weight=0.114, noneg
=i'll | weight=0.114
=spoken | weight=0.114
=this =post | weight=0.113
=asked =that | weight=0.113
=into =this | weight=0.112
=this =email | weight=0.110
=you =treated | weight=0.110
=internet =will | weight=0.109
=a =one | weight=0.107
=i'm =reported | weight=0.103
=the =internet | weight=0.102
=financial =ombudsman | weight=0.102
=the =financial | weight=0.102
=commissioner's | weight=0.101
=commissioner's =office | weight=0.101
=have =file | weight=0.101
=informed =commissioner's | weight=0.101
=office =today | weight=0.101
=hear =about | weight=0.101
=equality | weight=0.097
=the =equality | weight=0.097
=financial | weight=0.097
=drafted | weight=0.097
=it =last | weight=0.097
=rates =while | weight=0.097
=review =drafted | weight=0.097
=while =it | weight=0.097
=breach | weight=0.097
=on =google | weight=0.096
=reference =the | weight=0.096
=on =twitter | weight=0.096
=protection | weight=0.095
=i =know | weight=0.095
=ad | weight=0.095
=disgusting | weight=0.095
=county | weight=0.095
=county =court | weight=0.095
=the =county | weight=0.095
=seeking | weight=0.094
=them =to | weight=0.094
=staff =spoke | weight=0.094
=hear | weight=0.093
=this =isn't | weight=0.093, noneg
=twitter | weight=0.093
=matter =to | weight=0.092
=my =friendly | weight=0.092
=make =a | weight=0.092
=community | weight=0.091
=editor | weight=0.091
=the =editor | weight=0.091
=isn't =fixed | weight=0.090, noneg
=the =informed | weight=0.090
=our =solicitor | weight=0.090
=cust =on | weight=0.090
=whole | weight=0.089
=small | weight=0.088
=an =instagram | weight=0.087
=i =tagged | weight=0.087
=instagram =post | weight=0.087
=would =need | weight=0.086
=be =in | weight=0.085
=to =post | weight=0.085
=stay | weight=0.085
=whole =world | weight=0.085
=find | weight=0.084
=isn't =sorted | weight=0.084, noneg
=go =in | weight=0.084
=letter =to | weight=0.084
=i =can | weight=0.082
=so =everyone | weight=0.082
=cust =says | weight=0.082
=this =everywhere | weight=0.082
=he =would | weight=0.082
=on =reddit | weight=0.082
=reddit =and | weight=0.082
=go | weight=0.081
=you =guy | weight=0.081
=before =this | weight=0.080
=refund =before | weight=0.080
=this =thread | weight=0.080
=thread =hit | weight=0.080
=in =an | weight=0.080
=one =star | weight=0.080
=local =news | weight=0.080
=on =instagram | weight=0.079
=screenshots | weight=0.079
=this =with | weight=0.079
=days =i | weight=0.079
=community =facebook | weight=0.078
=have =now | weight=0.078
=to =the | weight=0.077
=that =he | weight=0.077
=in =touch | weight=0.077
=touch | weight=0.077
=hit | weight=0.077
=guy =in | weight=0.077
=stank | weight=0.076
=mp | weight=0.076
=news | weight=0.075
=will =hear | weight=0.075
=media | weight=0.075
=social =media | weight=0.075
=camden | weight=0.075
=facebook =page | weight=0.074
=know =is | weight=0.074
=tonight | weight=0.074
=access =office | weight=0.074
=council =access | weight=0.074
=i'm =raised | weight=0.074
=treated =customer | weight=0.074
=can =hear | weight=0.074
=everyone =can | weight=0.074
=hear =how | weight=0.074
=on =youtube | weight=0.074
=youtube =so | weight=0.074
=on =our | weight=0.073
=connection | weight=0.073
=response =within | weight=0.073
=other | weight=0.073
=see =you | weight=0.073
=interest | weight=0.073
=already =dmed | weight=0.073
=dmed | weight=0.073
=like =be | weight=0.073
=on =telly | weight=0.073
=april | weight=0.072
=he'll | weight=0.072
=says =he'll | weight=0.072
=trap | weight=0.072
=mp =about | weight=0.072
=see =how | weight=0.072
=i =shall | weight=0.072
=shall | weight=0.072
=and =your | weight=0.072
=telly | weight=0.071
=youtube | weight=0.071
=don't =want | weight=0.071, noneg
=the =local | weight=0.071
=am =now | weight=0.070
=absolutely | weight=0.070
=star | weight=0.070
=a =claim | weight=0.070
=it =to | weight=0.069
=friendly | weight=0.069
=camden =told | weight=0.069
=in =camden | weight=0.069
=staff =in | weight=0.069
=deposit =back | weight=0.068
=be =adviser | weight=0.068
=please =be | weight=0.068
=vile | weight=0.067
=the =call | weight=0.067
=from =my | weight=0.066
=the =council | weight=0.066
=be =go | weight=0.066
=energy =ombudsman | weight=0.065
=is =very | weight=0.065
=news =station | weight=0.065
=station =is | weight=0.065
=very =interest | weight=0.065
=workmanship | weight=0.065
=your =workmanship | weight=0.065
=be =on | weight=0.065
=flat =still | weight=0.065
=failed | weight=0.065
=post =the | weight=0.064
=an =employee | weight=0.064
=my =refund | weight=0.064
=environmental | weight=0.064
=environmental =health | weight=0.064
=health | weight=0.064
=to =environmental | weight=0.064
=whole =chat | weight=0.063
=in =a | weight=0.063
=and =my | weight=0.063
=record =the | weight=0.062
=refused =help | weight=0.062
=appalling | weight=0.062
=standards =and | weight=0.062
=it =failed | weight=0.062
=a =tiktok | weight=0.062
=tiktok | weight=0.062
=tiktok =about | weight=0.062
=interest =in | weight=0.061
=the =house | weight=0.061
=advert | weight=0.061
=that =misleading | weight=0.061
=unlimited =advert | weight=0.061
=application | weight=0.061
=damp =in | weight=0.061
=i'm =put | weight=0.060
=raised =this | weight=0.060
=told =none | weight=0.060, noneg
=food =poisoning | weight=0.060
=poisoning | weight=0.060
=something =else | weight=0.059
=to =asked | weight=0.059
=ate | weight=0.059
=reference | weight=0.059
=purchase =price | weight=0.059
=to =email | weight=0.059
=already | weight=0.059
=station | weight=0.059
=office =and | weight=0.059
=internet | weight=0.059
=that =days | weight=0.058
=overbilled | weight=0.058
=call-out | weight=0.058
=call-out =fee | weight=0.058
=tweet | weight=0.058
=the =restaurant | weight=0.058
=the =energy | weight=0.057
=a =response | weight=0.057
=map | weight=0.057
=worth =it | weight=0.057
=see =this | weight=0.057
=i'm =think | weight=0.056
=local =paper | weight=0.056
=see =it | weight=0.056
=adviser =that | weight=0.056
=the =damage | weight=0.056
=absolutely =joke | weight=0.056
=i'm =go | weight=0.056
=failed =on | weight=0.056
=restaurant | weight=0.056
=agent =refused | weight=0.056
=if =that | weight=0.056
=i'll =be | weight=0.055
=blind =and | weight=0.055
=you =like | weight=0.055
=price =and | weight=0.055
=and =human | weight=0.054
=commission | weight=0.054
=equality =and | weight=0.054
=human =right | weight=0.054
=right =commission | weight=0.054
=our =community | weight=0.054
=worth | weight=0.054
=will =see | weight=0.053
=consumer =right | weight=0.052
=right =acted | weight=0.052
=to =do | weight=0.051
=damp | weight=0.051
=formal =complaint | weight=0.051
=hold =then | weight=0.051
=caa | weight=0.051
=the =caa | weight=0.051
=my =carer | weight=0.051
=flat | weight=0.050
=you =to | weight=0.050
=get =a | weight=0.050
=only =contact | weight=0.050
=won't | weight=0.050, noneg
=let | weight=0.050
=social | weight=0.049
=ombudsman =if | weight=0.049
=it =must | weight=0.049
=the =consumer | weight=0.049
=think =of | weight=0.048
=she =stank | weight=0.048
=the =full | weight=0.048
=the =matter | weight=0.048
=council =has | weight=0.048
=deaf =and | weight=0.048
=go =viral | weight=0.048
=viral | weight=0.048
=with =trading | weight=0.048
=i'm =deaf | weight=0.048
=always =nicked | weight=0.047
=nicked =stuff | weight=0.047
=sorted =always | weight=0.047
=your =sorted | weight=0.047
=avoid | weight=0.047
=blind | weight=0.047
=put =my | weight=0.047
=record | weight=0.047
=leave =a | weight=0.046
=friendly =in | weight=0.046
=don't =make | weight=0.046, noneg
=share | weight=0.046
=a =letter | weight=0.046
=acted | weight=0.046
=phone =line | weight=0.046
=states =he | weight=0.045
=energy | weight=0.045
=consumer | weight=0.045
=courier =response | weight=0.044
=photos =on | weight=0.044
=paper | weight=0.044
=carer | weight=0.044
=and =his | weight=0.044
=send =it | weight=0.043
=and =will | weight=0.043
=ignored =my | weight=0.043
=how =your | weight=0.043
=believe =i | weight=0.043
