# repeat_explaining, en: learned by scripts/learn.py from 3245 tuning texts (111 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ again, for the 3rd time, my order number is 5512093
+ Not sure I'm allowed to ask but could you read what I wrote earlier? I've typed the same paragraph into this chat three times now.
+ This is my 3rd chat today. 3rd. And each time I have to give my order number, email, address and the whole story. Still no refund.
- ok
- You've had my last penny.
=story | weight=0.316
=agent =asked | weight=0.256
=had =to | weight=0.239
=details | weight=0.224
=it =again | weight=0.224
=started =from | weight=0.221
=order =number | weight=0.215
=security =question | weight=0.214
=to =four | weight=0.212
=repeat | weight=0.209
=rd | weight=0.207
=explained | weight=0.204
=the =complaint | weight=0.201
=upload | weight=0.200
=new =agent | weight=0.196
=to =every | weight=0.195
=each | weight=0.195
=on =one | weight=0.194
=from =scratch | weight=0.188
=repeat =my | weight=0.188
=time =on | weight=0.184
=explained =it | weight=0.178
=forced | weight=0.177
=beginning | weight=0.177
=again | weight=0.177
=recount | weight=0.177
=one =call | weight=0.175
=each =time | weight=0.174
=birth | weight=0.172
=saga | weight=0.165
=handler | weight=0.163
=made =to | weight=0.163
=number | weight=0.159
=rd =agent | weight=0.159
=recount =the | weight=0.157
=the =next | weight=0.157
=people | weight=0.157
=already | weight=0.156
=support =staff | weight=0.154
=and =asked | weight=0.153
=new | weight=0.152
=already =provider | weight=0.152
=separate | weight=0.151
=story =to | weight=0.150
=to =your | weight=0.149
=spell | weight=0.149
=four =separate | weight=0.147
=made | weight=0.146
=date =of | weight=0.143
=of =birth | weight=0.143
=i've =already | weight=0.140
=policy =number | weight=0.139
=details =i | weight=0.138
=to =repeat | weight=0.137
=receipt =to | weight=0.137
=different =people | weight=0.136
=case | weight=0.136
=surname | weight=0.135
=your =portal | weight=0.134
=every =new | weight=0.133
=this =chat | weight=0.133
=complaint =to | weight=0.131
=have =to | weight=0.131
=team =keeps | weight=0.130
=with =your | weight=0.130
=account =number | weight=0.129
=number =to | weight=0.129
=staff =about | weight=0.129
=scratch | weight=0.128
=whole =story | weight=0.128
=time =now | weight=0.127
=do =you | weight=0.127
=whole =saga | weight=0.125
=documents | weight=0.125
=a =broken | weight=0.124
=everything | weight=0.123
=issue =to | weight=0.123
=you =guy | weight=0.121
=my =policy | weight=0.120
=postcode | weight=0.120
=every =single | weight=0.119
=advisor | weight=0.118
=agent =same | weight=0.117
=new =chat | weight=0.117
=question =same | weight=0.117
=go =through | weight=0.115
=provider | weight=0.115
=my =surname | weight=0.113
=from =me | weight=0.112
=same =question | weight=0.111
=whole | weight=0.110
=story =so | weight=0.110
=answer =from | weight=0.108
=same =answer | weight=0.108
=the =whole | weight=0.108
=chat =agent | weight=0.108
=record | weight=0.107
=my =date | weight=0.107
=bring =up | weight=0.107
=speed =on | weight=0.107
=to =speed | weight=0.107
=someone =different | weight=0.107
=had =already | weight=0.106
=sound | weight=0.106
=sound =like | weight=0.106
=third =person | weight=0.104
=time =a | weight=0.104
=describe =the | weight=0.103
=i've =explained | weight=0.103
=quote | weight=0.103
=from =the | weight=0.102
=next =one | weight=0.102
=question =four | weight=0.102
=asked =me | weight=0.101
=i =recount | weight=0.100
=describe | weight=0.098
=claim =handler | weight=0.098
=restate | weight=0.097
=to =restate | weight=0.097
=the =bill | weight=0.096
=meter =photos | weight=0.096
=call =so | weight=0.096
=five =time | weight=0.096
=the =beginning | weight=0.095
=speed | weight=0.095
=adviser =started | weight=0.094
=afresh | weight=0.094
=afresh =and | weight=0.094
=case =afresh | weight=0.094
=new =case | weight=0.093
=started =the | weight=0.092
=my =story | weight=0.091
=each =new | weight=0.091
=my =claim | weight=0.091
=person | weight=0.091
=already =supplied | weight=0.091
=earlier | weight=0.091
=to =bring | weight=0.090
=situation | weight=0.089
=the =invoice | weight=0.088
=could =recite | weight=0.088
=recite =it | weight=0.088
=time =my | weight=0.086
=receipt | weight=0.086
=the =case | weight=0.085
=is =exhausting | weight=0.085
=agent =want | weight=0.084
=history | weight=0.084
=one =asked | weight=0.084
=answer =the | weight=0.083
=exhausting | weight=0.083
=different | weight=0.083
=call =i | weight=0.083
=started | weight=0.082
=to =three | weight=0.082
=again =for | weight=0.082
=not =sure | weight=0.081, noneg
=the =notes | weight=0.081
=recite | weight=0.081
=fifth | weight=0.081
=new =answer | weight=0.081
=then =i | weight=0.080
=separate =claim | weight=0.080
=my =details | weight=0.079
=photos =i've | weight=0.079
=third =agent | weight=0.079
=four | weight=0.079
=ive | weight=0.079
=case =handler | weight=0.079
=the =documents | weight=0.078
=every | weight=0.078
=different =reply | weight=0.078
=the =entirely | weight=0.077
=advice =was | weight=0.077
=team =so | weight=0.077
=past =in | weight=0.077
=saga =from | weight=0.077
=pension =statement | weight=0.077
=the =meter | weight=0.077
=each =of | weight=0.076
=damage =to | weight=0.076
=time =someone | weight=0.076
=dad =has | weight=0.076
=request =the | weight=0.076
=support | weight=0.076
=to =asked | weight=0.075
=into =this | weight=0.075
=then =to | weight=0.075
=least =five | weight=0.075
=was =to | weight=0.075
=the =robot | weight=0.074
=again =to | weight=0.074
=myself =by | weight=0.073
=to =at | weight=0.073
=fifth =person | weight=0.073
=up =to | weight=0.073
=but =could | weight=0.073
=no =notes | weight=0.073, noneg
=read =what | weight=0.072
=to =go | weight=0.072
=the =bot | weight=0.072
=supplied | weight=0.072
=over =again | weight=0.071
=so =i | weight=0.071
=i =come | weight=0.071
=told =my | weight=0.071
=error =to | weight=0.070
=to =recount | weight=0.070
=agent =then | weight=0.070
=saga =to | weight=0.070
=in =every | weight=0.069
=your =support | weight=0.069
=provider =the | weight=0.069
=details =in | weight=0.069
=for =the | weight=0.069
=all =over | weight=0.069
=the =matter | weight=0.068
=details =over | weight=0.068
=see | weight=0.068
=the =order | weight=0.068
=the =started | weight=0.067
=why =do | weight=0.067
=complaint =team | weight=0.067
=situation =to | weight=0.067
=repeat =the | weight=0.066
=screenshots | weight=0.065
=reply =asked | weight=0.065
=the =story | weight=0.065
=explained =my | weight=0.065
=like =a | weight=0.065
=history =of | weight=0.065
=require =to | weight=0.065
=was =require | weight=0.065
=fourth =time | weight=0.064
=previous =call | weight=0.064
=is =wrong | weight=0.064
=the =top | weight=0.063
=every =call | weight=0.063
=the =security | weight=0.063
=benefits =office | weight=0.062
=caseworkers | weight=0.062
=caseworkers =at | weight=0.062
=different =caseworkers | weight=0.062
=the =benefits | weight=0.062
=i =could | weight=0.062
=agent =and | weight=0.061
=am =i | weight=0.061
=give =it | weight=0.061
=benefits | weight=0.061
=they =have | weight=0.061
=someone =else | weight=0.061
=many =time | weight=0.060
=somebody | weight=0.060
=go =over | weight=0.060
=already =sent | weight=0.060
=rd =time | weight=0.060
=same =story | weight=0.060
=tell =the | weight=0.059
=require | weight=0.059
=on =every | weight=0.059
=and =over | weight=0.058
=every =department | weight=0.058
=person =i | weight=0.058
=gave =my | weight=0.057
=already =had | weight=0.057
=person =already | weight=0.057
=me =for | weight=0.057
=escalate | weight=0.057
=has =to | weight=0.057
=the =same | weight=0.056
=use =it | weight=0.056
=so =i'm | weight=0.056
=so =many | weight=0.056
=only =advice | weight=0.056
=have =no | weight=0.056, noneg
=i've =typed | weight=0.055
=my =pension | weight=0.055
=single | weight=0.055
=why | weight=0.055
=exist | weight=0.055
=on =each | weight=0.055
=bill =error | weight=0.055
=what =happened | weight=0.054
=my =account | weight=0.054
=top | weight=0.054
=want =the | weight=0.053
=answer =and | weight=0.053
=all =the | weight=0.053
=full =account | weight=0.053
=now | weight=0.053
=can =see | weight=0.053
=the =word | weight=0.053
=cust =frustration | weight=0.053
=frustration =at | weight=0.053
=matter | weight=0.052
=four =different | weight=0.052
=to =each | weight=0.052
=and =what | weight=0.052
=invoice | weight=0.052
=see =the | weight=0.052
=five | weight=0.052
=last =person | weight=0.052
=who =i | weight=0.051
=a =third | weight=0.051
=entirely =saga | weight=0.051
=it =all | weight=0.051
=in =this | weight=0.051
=explained =the | weight=0.050
=and =request | weight=0.050
=request | weight=0.050
=birth =and | weight=0.050
=my =refund | weight=0.050
=you're =asked | weight=0.050
=call =fourth | weight=0.050
=time =explained | weight=0.050
=issue | weight=0.049
=three =visit | weight=0.049
=of =them | weight=0.049
=of =your | weight=0.048
=he =has | weight=0.048
=nobody =read | weight=0.048, noneg
=mum =to | weight=0.048
=your =staff | weight=0.048
=account =of | weight=0.048
=i =must | weight=0.047
=it =from | weight=0.047
=postcode =and | weight=0.047
=have =had | weight=0.047
=mins =on | weight=0.047
=same =security | weight=0.047
=each =adviser | weight=0.047
=identical =informed | weight=0.047
=request =identical | weight=0.047
=do =i | weight=0.047
=branch =and | weight=0.047
=my =aunt | weight=0.047
=as =my | weight=0.046
=but =every | weight=0.046
=what =i | weight=0.046
=renting =and | weight=0.046
=carer | weight=0.046
=aunt | weight=0.045
=letter =by | weight=0.045
=by =letter | weight=0.045
=above | weight=0.045
=visit =to | weight=0.044
=was =put | weight=0.044
=every =time | weight=0.044
=first =agent | weight=0.044
=fourth =call | weight=0.043
=over =and | weight=0.043
=five =different | weight=0.043
=fourth | weight=0.043
=three =separate | weight=0.043
=to =started | weight=0.043
=loss | weight=0.042
=days =one | weight=0.042
=scratch =with | weight=0.042
=over =her | weight=0.042
=question =and | weight=0.042
=they =asked | weight=0.042
=bot | weight=0.041
=same | weight=0.041
=time =i | weight=0.041
=person =reply | weight=0.041
=events | weight=0.041
=of =events | weight=0.041
=resubmit | weight=0.041
=resubmit =the | weight=0.041
=to =resubmit | weight=0.041
=wrong =the | weight=0.040
=anew | weight=0.039
=i =telephone | weight=0.039
=time | weight=0.038
=occasions =i | weight=0.038
=am =and | weight=0.038
=occasions | weight=0.038
=it =to | weight=0.037
=keypad | weight=0.037
=every =agent | weight=0.037
=same =bill | weight=0.037
=explained =her | weight=0.037
=her =situation | weight=0.037
=typed =the | weight=0.037
=thing =again | weight=0.037
=said =they'd | weight=0.037
=your =team | weight=0.037
=entirely | weight=0.036
=story =from | weight=0.036
=he =is | weight=0.036
=you =said | weight=0.036
=to =spell | weight=0.036
=member =of | weight=0.035
=advice | weight=0.035
=they =transferred | weight=0.035
=many | weight=0.035
=to =email | weight=0.035
=identical | weight=0.035
=informed | weight=0.035
=different =read | weight=0.035
