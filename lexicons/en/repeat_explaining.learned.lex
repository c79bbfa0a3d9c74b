# repeat_explaining, en: learned by scripts/learn.py from 3044 tuning texts (107 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ again, for the 3rd time, my order number is 5512093
+ Not sure I'm allowed to ask but could you read what I wrote earlier? I've typed the same paragraph into this chat three times now.
+ This is my 3rd chat today. 3rd. And each time I have to give my order number, email, address and the whole story. Still no refund.
- ok
- You've had my last penny.
=story | weight=0.312
=agent =asked | weight=0.259
=details | weight=0.232
=had =to | weight=0.227
=it =again | weight=0.219
=the =complaint | weight=0.217
=started =from | weight=0.212
=each | weight=0.211
=security =question | weight=0.207
=repeat | weight=0.206
=rd | weight=0.206
=to =four | weight=0.202
=explained | weight=0.201
=to =every | weight=0.197
=on =one | weight=0.194
=order =number | weight=0.194
=the =next | weight=0.191
=repeat =my | weight=0.187
=upload | weight=0.185
=saga | weight=0.184
=time =on | weight=0.183
=recount | weight=0.183
=again | weight=0.179
=beginning | weight=0.177
=forced | weight=0.174
=explained =it | weight=0.173
=made =to | weight=0.170
=new =agent | weight=0.170
=one =call | weight=0.169
=from =scratch | weight=0.167
=handler | weight=0.166
=each =time | weight=0.158
=recount =the | weight=0.158
=spell | weight=0.158
=made | weight=0.157
=scratch | weight=0.157
=advisor | weight=0.156
=separate | weight=0.155
=new | weight=0.154
=rd =agent | weight=0.154
=already | weight=0.151
=support =staff | weight=0.151
=birth | weight=0.149
=story =to | weight=0.149
=number | weight=0.149
=sound | weight=0.146
=sound =like | weight=0.146
=four =separate | weight=0.146
=already =provider | weight=0.138
=account =number | weight=0.138
=and =asked | weight=0.136
=different =people | weight=0.136
=to =your | weight=0.135
=people | weight=0.135
=receipt =to | weight=0.134
=have =to | weight=0.133
=every =new | weight=0.132
=complaint =to | weight=0.132
=had =already | weight=0.132
=asked =me | weight=0.131
=your =portal | weight=0.131
=whole =saga | weight=0.129
=surname | weight=0.129
=postcode | weight=0.128
=to =repeat | weight=0.127
=number =to | weight=0.126
=do =you | weight=0.125
=with =your | weight=0.125
=every =single | weight=0.125
=provider | weight=0.125
=policy =number | weight=0.124
=whole =story | weight=0.124
=i've =already | weight=0.121
=date =of | weight=0.120
=of =birth | weight=0.120
=a =broken | weight=0.120
=case | weight=0.118
=documents | weight=0.118
=you =guy | weight=0.117
=staff =about | weight=0.117
=issue =to | weight=0.116
=agent =same | weight=0.115
=new =chat | weight=0.115
=question =same | weight=0.115
=my =policy | weight=0.113
=this =chat | weight=0.112
=time =now | weight=0.111
=from =me | weight=0.111
=my =surname | weight=0.110
=time =a | weight=0.109
=started | weight=0.108
=everything | weight=0.108
=different | weight=0.106
=answer =from | weight=0.106
=go =through | weight=0.106
=same =question | weight=0.105
=question =four | weight=0.105
=whole | weight=0.104
=same =answer | weight=0.104
=the =beginning | weight=0.103
=describe =the | weight=0.102
=call =so | weight=0.102
=next =one | weight=0.102
=meter =photos | weight=0.101
=third =person | weight=0.100
=record | weight=0.099
=bring =up | weight=0.099
=speed | weight=0.099
=speed =on | weight=0.099
=to =speed | weight=0.099
=each =new | weight=0.098
=new =case | weight=0.098
=the =whole | weight=0.098
=chat =agent | weight=0.097
=five =time | weight=0.096
=claim =handler | weight=0.096
=my =story | weight=0.095
=restate | weight=0.094
=to =restate | weight=0.094
=quote | weight=0.093
=already =supplied | weight=0.093
=adviser =started | weight=0.093
=afresh | weight=0.093
=afresh =and | weight=0.093
=case =afresh | weight=0.093
=earlier | weight=0.092
=could =recite | weight=0.092
=recite =it | weight=0.092
=i've =explained | weight=0.091
=i =recount | weight=0.091
=recite | weight=0.090
=started =the | weight=0.090
=time =my | weight=0.089
=one =asked | weight=0.088
=describe | weight=0.088
=case =handler | weight=0.088
=fifth | weight=0.088
=the =notes | weight=0.087
=my =claim | weight=0.087
=someone =different | weight=0.086
=again =for | weight=0.086
=agent =want | weight=0.083
=your =team | weight=0.083
=to =three | weight=0.083
=photos =i've | weight=0.082
=from =the | weight=0.082
=every | weight=0.082
=then =to | weight=0.082
=to =bring | weight=0.081
=situation | weight=0.081
=answer =the | weight=0.081
=is =exhausting | weight=0.081
=person | weight=0.080
=the =case | weight=0.080
=the =robot | weight=0.079
=exhausting | weight=0.079
=history | weight=0.079
=saga =from | weight=0.078
=separate =claim | weight=0.078
=pension =statement | weight=0.078
=request =the | weight=0.077
=my =date | weight=0.077
=the =invoice | weight=0.077
=my =details | weight=0.077
=ive | weight=0.077
=the =entire | weight=0.077
=to =asked | weight=0.076
=time =someone | weight=0.076
=new =answer | weight=0.076
=up =to | weight=0.076
=supplied | weight=0.076
=the =top | weight=0.075
=to =each | weight=0.075
=then =i | weight=0.074
=over =again | weight=0.074
=damage =to | weight=0.073
=to =recount | weight=0.073
=to =started | weight=0.073
=now | weight=0.073
=fifth =person | weight=0.072
=saga =to | weight=0.072
=receipt | weight=0.071
=all =over | weight=0.071
=third =agent | weight=0.071
=the =matter | weight=0.071
=told =my | weight=0.071
=past =in | weight=0.071
=advice =was | weight=0.071
=team =so | weight=0.071
=situation =to | weight=0.071
=the =security | weight=0.070
=see | weight=0.070
=provider =the | weight=0.070
=agent =then | weight=0.070
=gave =my | weight=0.069
=least =five | weight=0.069
=for =the | weight=0.069
=the =same | weight=0.068
=i =could | weight=0.068
=was =to | weight=0.068
=repeat =the | weight=0.068
=different =reply | weight=0.068
=dad =has | weight=0.067
=me =for | weight=0.067
=has =to | weight=0.067
=rd =time | weight=0.067
=the =bot | weight=0.067
=many =time | weight=0.067
=in =every | weight=0.067
=to =at | weight=0.067
=so =many | weight=0.066
=not =sure | weight=0.066, noneg
=myself =by | weight=0.066
=why =do | weight=0.066
=your =support | weight=0.065
=history =of | weight=0.064
=require =to | weight=0.064
=was =require | weight=0.064
=the =documents | weight=0.064
=i =come | weight=0.064
=i've | weight=0.064
=top | weight=0.064
=details =in | weight=0.064
=to =go | weight=0.064
=details =over | weight=0.063
=the =started | weight=0.063
=why | weight=0.063
=error =to | weight=0.063
=already =had | weight=0.063
=last =person | weight=0.063
=person =already | weight=0.063
=four | weight=0.063
=no =notes | weight=0.063, noneg
=i =had | weight=0.063
=fourth =time | weight=0.062
=birth =and | weight=0.062
=so =i | weight=0.062
=he =has | weight=0.062
=the =bill | weight=0.062
=previous =call | weight=0.061
=single | weight=0.061
=on =every | weight=0.061
=each =of | weight=0.061
=every =call | weight=0.061
=into =this | weight=0.060
=complaint =team | weight=0.060
=support | weight=0.060
=the =order | weight=0.059
=like =a | weight=0.059
=have =had | weight=0.059
=benefits =office | weight=0.059
=caseworkers | weight=0.059
=caseworkers =at | weight=0.059
=different =caseworkers | weight=0.059
=the =benefits | weight=0.059
=but =could | weight=0.059
=different =person | weight=0.058
=and =request | weight=0.058
=call =i | weight=0.058
=entire =saga | weight=0.058
=benefits | weight=0.057
=give =it | weight=0.057
=my =account | weight=0.057
=mins =on | weight=0.057
=same =story | weight=0.057
=third | weight=0.057
=every =department | weight=0.057
=require | weight=0.056
=someone =else | weight=0.056
=they =have | weight=0.056
=matter | weight=0.056
=so =i'm | weight=0.056
=am =i | weight=0.056
=up =and | weight=0.055
=screenshots | weight=0.055
=on =each | weight=0.055
=each =adviser | weight=0.055
=identical =informed | weight=0.055
=request =identical | weight=0.055
=portal | weight=0.054
=my =pension | weight=0.054
=email =the | weight=0.054
=five | weight=0.054
=call =fourth | weight=0.054
=explained =that | weight=0.054
=time =explained | weight=0.054
=full =account | weight=0.053
=have =no | weight=0.053, noneg
=through =the | weight=0.052
=do =i | weight=0.052
=asked =for | weight=0.052
=only =advice | weight=0.051
=what =i | weight=0.051
=what =happened | weight=0.051
=three =visit | weight=0.051
=next | weight=0.051
=and =what | weight=0.051
=go =over | weight=0.051
=reply =asked | weight=0.050
=and =over | weight=0.050
=days =one | weight=0.050
=agent =and | weight=0.050
=escalate | weight=0.049
=see =the | weight=0.049
=can =see | weight=0.049
=over =and | weight=0.049
=mum =to | weight=0.049
=branch =and | weight=0.049
=bill =error | weight=0.049
=postcode =and | weight=0.049
=explained =her | weight=0.049
=her =situation | weight=0.049
=i =wrote | weight=0.048
=it =from | weight=0.048
=again =to | weight=0.048
=a =third | weight=0.048
=cust =frustration | weight=0.048
=frustration =at | weight=0.048
=account =of | weight=0.048
=somebody | weight=0.047
=use =it | weight=0.047
=who =i | weight=0.047
=all =the | weight=0.047
=by =letter | weight=0.046
=renting =and | weight=0.046
=but =every | weight=0.046
=time =i | weight=0.046
=person =i | weight=0.046
=fourth =call | weight=0.046
=letter =by | weight=0.045
=story =from | weight=0.045
=read =out | weight=0.045
=five =different | weight=0.045
=keypad | weight=0.045
=twice | weight=0.045
=exist | weight=0.044
=the =word | weight=0.044
=question | weight=0.044
=my =aunt | weight=0.044
=same =paragraph | weight=0.044
=explained =my | weight=0.044
=same =security | weight=0.044
=am =and | weight=0.044
=over =her | weight=0.044
=visit =to | weight=0.043
=in =this | weight=0.043
=fourth | weight=0.043
=carer | weight=0.043
=many | weight=0.043
=ten | weight=0.043
=loss | weight=0.043
=bot | weight=0.043
=to =describe | weight=0.043
=thing =again | weight=0.042
=explained =the | weight=0.042
=invoice | weight=0.042
=aunt | weight=0.042
=your =staff | weight=0.042
=want =the | weight=0.042
=as =my | weight=0.041
=issue | weight=0.041
=of =your | weight=0.041
=request | weight=0.041
=first =agent | weight=0.041
=my =refund | weight=0.040
=out =my | weight=0.040
=question =and | weight=0.039
=above | weight=0.039
=three =separate | weight=0.039
=already =sent | weight=0.039
=to =see | weight=0.038
=of =them | weight=0.038
=he =is | weight=0.038
=anew | weight=0.038
=i've =typed | weight=0.038
=i =telephone | weight=0.038
=entire | weight=0.038
=person =reply | weight=0.037
=identical | weight=0.037
=four =different | weight=0.037
=events | weight=0.037
=of =events | weight=0.037
=resubmit | weight=0.037
=resubmit =the | weight=0.037
=to =resubmit | weight=0.037
=occasions =i | weight=0.037
=time =he | weight=0.037
=it =all | weight=0.037
=renting | weight=0.037
=notes | weight=0.037
=typed =the | weight=0.037
=to =email | weight=0.037
=separate =adviser | weight=0.037
=pension | weight=0.036
=wrote | weight=0.036
=rang =back | weight=0.036
=they =transferred | weight=0.036
=i =must | weight=0.035
=same | weight=0.035
=answer =and | weight=0.035
