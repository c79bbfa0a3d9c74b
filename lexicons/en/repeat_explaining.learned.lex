# repeat_explaining, en: learned by scripts/learn.py from 2841 tuning texts (106 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ again, for the 3rd time, my order number is 5512093
+ Not sure I'm allowed to ask but could you read what I wrote earlier? I've typed the same paragraph into this chat three times now.
+ This is my 3rd chat today. 3rd. And each time I have to give my order number, email, address and the whole story. Still no refund.
- You've had my last penny.
- just want my £40 back tbh
=story | weight=0.306
=agent =asked | weight=0.262
=details | weight=0.228
=to =four | weight=0.226
=had =to | weight=0.222
=it =again | weight=0.219
=rd | weight=0.215
=the =complaint | weight=0.212
=security =question | weight=0.207
=to =every | weight=0.203
=one =call | weight=0.202
=explained | weight=0.201
=repeat | weight=0.198
=started =from | weight=0.198
=each | weight=0.196
=the =next | weight=0.192
=order =number | weight=0.191
=on =one | weight=0.190
=upload | weight=0.189
=repeat =my | weight=0.186
=saga | weight=0.182
=recount | weight=0.180
=new =agent | weight=0.179
=again | weight=0.179
=forced | weight=0.178
=beginning | weight=0.176
=explained =it | weight=0.175
=time =on | weight=0.174
=made =to | weight=0.167
=rd =agent | weight=0.162
=each =time | weight=0.159
=spell | weight=0.157
=recount =the | weight=0.156
=handler | weight=0.156
=already | weight=0.154
=from =scratch | weight=0.153
=new | weight=0.153
=made | weight=0.151
=advisor | weight=0.150
=story =to | weight=0.149
=support =staff | weight=0.148
=had =already | weight=0.147
=number | weight=0.145
=birth | weight=0.144
=separate | weight=0.143
=scratch | weight=0.142
=sound | weight=0.141
=sound =like | weight=0.141
=every =new | weight=0.139
=and =asked | weight=0.139
=to =your | weight=0.139
=policy =number | weight=0.138
=four =separate | weight=0.136
=already =provider | weight=0.136
=receipt =to | weight=0.135
=to =repeat | weight=0.134
=people | weight=0.134
=account =number | weight=0.134
=whole =saga | weight=0.133
=whole =story | weight=0.131
=your =portal | weight=0.130
=surname | weight=0.130
=postcode | weight=0.129
=complaint =to | weight=0.129
=do =you | weight=0.127
=number =to | weight=0.125
=started | weight=0.124
=different =people | weight=0.124
=asked =me | weight=0.123
=provider | weight=0.123
=with =your | weight=0.122
=have =to | weight=0.122
=case | weight=0.121
=you =guy | weight=0.118
=every =single | weight=0.118
=date =of | weight=0.118
=of =birth | weight=0.118
=agent =same | weight=0.117
=new =chat | weight=0.117
=question =same | weight=0.117
=this =chat | weight=0.117
=issue =to | weight=0.117
=i've =already | weight=0.115
=staff =about | weight=0.115
=a =broken | weight=0.114
=go =through | weight=0.113
=same =question | weight=0.113
=time =now | weight=0.112
=from =me | weight=0.112
=my =policy | weight=0.111
=documents | weight=0.110
=my =surname | weight=0.109
=answer =from | weight=0.109
=different | weight=0.108
=next =one | weight=0.107
=call =so | weight=0.106
=everything | weight=0.103
=describe =the | weight=0.102
=third =person | weight=0.101
=earlier | weight=0.100
=already =supplied | weight=0.100
=quote | weight=0.100
=claim =handler | weight=0.099
=bring =up | weight=0.099
=speed | weight=0.099
=speed =on | weight=0.099
=to =speed | weight=0.099
=same =answer | weight=0.098
=the =beginning | weight=0.098
=the =whole | weight=0.098
=question =four | weight=0.097
=each =new | weight=0.097
=whole | weight=0.096
=meter =photos | weight=0.096
=record | weight=0.096
=restate | weight=0.095
=to =restate | weight=0.095
=chat =agent | weight=0.093
=i've =explained | weight=0.093
=describe | weight=0.092
=could =recite | weight=0.092
=recite =it | weight=0.092
=time =a | weight=0.092
=i =recount | weight=0.091
=recite | weight=0.090
=adviser =started | weight=0.089
=afresh | weight=0.089
=afresh =and | weight=0.089
=case =afresh | weight=0.089
=fifth | weight=0.088
=new =case | weight=0.088
=the =notes | weight=0.088
=someone =different | weight=0.087
=time =my | weight=0.087
=five =time | weight=0.087
=to =three | weight=0.086
=agent =want | weight=0.086
=started =the | weight=0.085
=my =claim | weight=0.085
=then =to | weight=0.084
=one =asked | weight=0.083
=again =for | weight=0.083
=answer =the | weight=0.082
=every | weight=0.081
=from =the | weight=0.081
=the =robot | weight=0.081
=person | weight=0.081
=to =bring | weight=0.080
=my =story | weight=0.080
=call =i | weight=0.080
=four =different | weight=0.080
=is =exhausting | weight=0.079
=case =handler | weight=0.079
=then =i | weight=0.078
=my =date | weight=0.078
=pension =statement | weight=0.078
=saga =to | weight=0.078
=now | weight=0.078
=to =asked | weight=0.078
=the =case | weight=0.078
=the =top | weight=0.077
=exhausting | weight=0.077
=separate =claim | weight=0.077
=saga =from | weight=0.077
=to =recount | weight=0.077
=time =someone | weight=0.076
=the =invoice | weight=0.076
=to =each | weight=0.076
=new =answer | weight=0.076
=up =to | weight=0.076
=fourth =time | weight=0.075
=dad =has | weight=0.075
=ive | weight=0.075
=into =this | weight=0.074
=supplied | weight=0.074
=so =many | weight=0.074
=the =entire | weight=0.074
=history | weight=0.073
=photos =i've | weight=0.073
=repeat =the | weight=0.073
=your =team | weight=0.073
=damage =to | weight=0.072
=agent =then | weight=0.072
=advice =was | weight=0.072
=team =so | weight=0.072
=situation | weight=0.071
=many =time | weight=0.071
=me =for | weight=0.071
=past =in | weight=0.071
=request =the | weight=0.071
=my =details | weight=0.070
=different =reply | weight=0.070
=why | weight=0.069
=the =same | weight=0.069
=in =every | weight=0.069
=was =to | weight=0.069
=gave =my | weight=0.069
=for =the | weight=0.069
=i've | weight=0.069
=third =agent | weight=0.069
=the =bot | weight=0.068
=details =in | weight=0.067
=over =again | weight=0.067
=four | weight=0.067
=myself =by | weight=0.067
=why =do | weight=0.066
=to =started | weight=0.066
=each =of | weight=0.066
=top | weight=0.066
=see | weight=0.066
=fifth =person | weight=0.066
=i =could | weight=0.066
=least =five | weight=0.066
=your =support | weight=0.065
=every =call | weight=0.065
=to =at | weight=0.065
=the =documents | weight=0.064
=again =to | weight=0.064
=person =i | weight=0.064
=all =over | weight=0.064
=provider =the | weight=0.064
=receipt | weight=0.064
=history =of | weight=0.064
=require =to | weight=0.064
=was =require | weight=0.064
=details =over | weight=0.063
=many | weight=0.063
=situation =to | weight=0.063
=single | weight=0.063
=previous =call | weight=0.063
=the =started | weight=0.063
=benefits =office | weight=0.063
=caseworkers | weight=0.063
=caseworkers =at | weight=0.063
=different =caseworkers | weight=0.063
=the =benefits | weight=0.063
=i =come | weight=0.062
=do =i | weight=0.062
=so =i'm | weight=0.062
=the =security | weight=0.062
=the =matter | weight=0.062
=no =notes | weight=0.062, noneg
=not =sure | weight=0.061, noneg
=benefits | weight=0.061
=error =to | weight=0.061
=to =go | weight=0.061
=rd =time | weight=0.061
=the =bill | weight=0.060
=my =account | weight=0.060
=i =wrote | weight=0.060
=support | weight=0.059
=third | weight=0.059
=screenshots | weight=0.059
=someone =else | weight=0.059
=birth =and | weight=0.059
=already =had | weight=0.059
=last =person | weight=0.059
=person =already | weight=0.059
=same =story | weight=0.059
=the =order | weight=0.058
=on =every | weight=0.058
=like =a | weight=0.058
=thing =again | weight=0.058
=am =i | weight=0.058
=and =request | weight=0.058
=complaint =team | weight=0.057
=different =person | weight=0.057
=time =i | weight=0.057
=give =it | weight=0.057
=mins =on | weight=0.057
=require | weight=0.056
=email =the | weight=0.056
=portal | weight=0.056
=told =my | weight=0.056
=has =to | weight=0.056
=i =had | weight=0.056
=through =the | weight=0.055
=reply =asked | weight=0.055
=each =adviser | weight=0.055
=identical =informed | weight=0.055
=request =identical | weight=0.055
=he =has | weight=0.055
=up =and | weight=0.054
=request | weight=0.054
=call =fourth | weight=0.054
=explained =that | weight=0.054
=time =explained | weight=0.054
=cust =frustration | weight=0.054
=frustration =at | weight=0.054
=somebody | weight=0.054
=have =no | weight=0.053, noneg
=full =account | weight=0.053
=what =i | weight=0.053
=it =from | weight=0.052
=and =over | weight=0.052
=matter | weight=0.052
=entire =saga | weight=0.052
=so =i | weight=0.051
=three =visit | weight=0.051
=five | weight=0.051
=and =what | weight=0.051
=my =pension | weight=0.051
=over =and | weight=0.051
=they =have | weight=0.050
=what =happened | weight=0.050
=a =third | weight=0.050
=branch =and | weight=0.050
=bill =error | weight=0.050
=days =one | weight=0.050
=mum =to | weight=0.050
=only =advice | weight=0.050
=on =each | weight=0.050
=use =it | weight=0.050
=next | weight=0.050
=can =see | weight=0.050
=fourth | weight=0.050
=exist | weight=0.049
=postcode =and | weight=0.049
=who =i | weight=0.049
=see =the | weight=0.049
=visit =to | weight=0.049
=go =over | weight=0.049
=by =letter | weight=0.049
=twice | weight=0.049
=the =word | weight=0.048
=have =had | weight=0.048
=same =paragraph | weight=0.048
=letter =by | weight=0.048
=to =email | weight=0.048
=explained =my | weight=0.047
=account =of | weight=0.047
=every =department | weight=0.047
=above | weight=0.046
=of =them | weight=0.045
=my =aunt | weight=0.045
=question =and | weight=0.045
=it =all | weight=0.045
=loss | weight=0.045
=fourth =call | weight=0.044
=identical | weight=0.044
=issue | weight=0.044
=the =problem | weight=0.044
=am =and | weight=0.044
=escalate | weight=0.044
=over =her | weight=0.044
=my =refund | weight=0.044
=asked =for | weight=0.043
=first =agent | weight=0.043
=ten | weight=0.043
=five =different | weight=0.043
=i've =typed | weight=0.043
=all =the | weight=0.043
=the =meter | weight=0.042
=as =my | weight=0.042
=time =he | weight=0.042
=carer | weight=0.042
=agent =and | weight=0.042
=invoice | weight=0.042
=aunt | weight=0.042
=he =is | weight=0.041
=different =read | weight=0.041
=typed =the | weight=0.041
=whole =thing | weight=0.040
=answer =and | weight=0.040
=anew | weight=0.040
=and =now | weight=0.040
=but =every | weight=0.040
=renting =and | weight=0.040
=i =telephone | weight=0.040
=keypad | weight=0.039
=to =describe | weight=0.039
=in =this | weight=0.039
=occasions =i | weight=0.039
=story =from | weight=0.038
=question | weight=0.038
=notes | weight=0.038
=want =the | weight=0.038
=every =person | weight=0.038
=go =back | weight=0.038
=your =staff | weight=0.038
=wrote | weight=0.038
=three =security | weight=0.037
=to =see | weight=0.037
=of =your | weight=0.037
=explained =the | weight=0.037
=events | weight=0.037
=of =events | weight=0.037
=resubmit | weight=0.037
=resubmit =the | weight=0.037
=to =resubmit | weight=0.037
=i =made | weight=0.036
=person =reply | weight=0.036
=three =separate | weight=0.035
=then =transferred | weight=0.035
=same =security | weight=0.035
=bot | weight=0.035
=they =transferred | weight=0.035
=statement =to | weight=0.034
=never =heard | weight=0.034, noneg
=shunted =through | weight=0.034
