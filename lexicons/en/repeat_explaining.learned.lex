# repeat_explaining, en: learned by scripts/learn.py from 2531 tuning texts (97 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Not sure I'm allowed to ask but could you read what I wrote earlier? I've typed the same paragraph into this chat three times now.
+ every new agent makes u start from scratch
+ Had to repeat my account number to every single person
- You've had my last penny.
- just want my £40 back tbh
=story | weight=0.307
=agent =asked | weight=0.283
=details | weight=0.243
=it =again | weight=0.233
=to =four | weight=0.227
=one =call | weight=0.212
=the =complaint | weight=0.211
=each =time | weight=0.204
=had =to | weight=0.203
=started =from | weight=0.202
=each | weight=0.198
=beginning | weight=0.193
=to =every | weight=0.191
=on =one | weight=0.190
=saga | weight=0.188
=upload | weight=0.185
=repeat | weight=0.183
=new =agent | weight=0.182
=rd =agent | weight=0.179
=time =on | weight=0.178
=forced | weight=0.178
=repeat =my | weight=0.175
=the =next | weight=0.174
=explained | weight=0.172
=again | weight=0.171
=security =question | weight=0.169
=handler | weight=0.169
=explained =it | weight=0.168
=from =scratch | weight=0.168
=made =to | weight=0.166
=recount | weight=0.164
=story =to | weight=0.163
=order =number | weight=0.160
=different =people | weight=0.157
=rd | weight=0.157
=spell | weight=0.155
=to =your | weight=0.152
=scratch | weight=0.152
=birth | weight=0.152
=advisor | weight=0.152
=had =already | weight=0.150
=new | weight=0.149
=support =staff | weight=0.147
=recount =the | weight=0.146
=and =asked | weight=0.146
=whole =saga | weight=0.144
=separate | weight=0.144
=account =number | weight=0.144
=number | weight=0.142
=sound | weight=0.141
=sound =like | weight=0.141
=different | weight=0.139
=four =separate | weight=0.139
=already | weight=0.139
=every =new | weight=0.138
=postcode | weight=0.137
=receipt =to | weight=0.136
=asked =me | weight=0.136
=made | weight=0.135
=already =provider | weight=0.132
=your =portal | weight=0.132
=time =now | weight=0.131
=staff =about | weight=0.129
=five =time | weight=0.127
=my =policy | weight=0.127
=complaint =to | weight=0.124
=started | weight=0.123
=number =to | weight=0.123
=whole =story | weight=0.122
=documents | weight=0.121
=agent =same | weight=0.120
=new =chat | weight=0.120
=question =same | weight=0.120
=same =question | weight=0.120
=go =through | weight=0.119
=surname | weight=0.118
=a =broken | weight=0.118
=case | weight=0.115
=provider | weight=0.115
=with =your | weight=0.114
=every =single | weight=0.114
=third =person | weight=0.114
=from =me | weight=0.113
=date =of | weight=0.112
=of =birth | weight=0.112
=i've | weight=0.112
=this =chat | weight=0.111
=call =so | weight=0.111
=question =four | weight=0.110
=earlier | weight=0.108
=answer =from | weight=0.108
=quote | weight=0.107
=have =to | weight=0.107
=same =answer | weight=0.107
=next =one | weight=0.107
=the =beginning | weight=0.105
=my =surname | weight=0.104
=i've =already | weight=0.103
=describe =the | weight=0.102
=claim =handler | weight=0.100
=bring =up | weight=0.099
=speed | weight=0.099
=speed =on | weight=0.099
=to =speed | weight=0.099
=situation | weight=0.098
=to =repeat | weight=0.097
=i've =explained | weight=0.096
=describe | weight=0.096
=meter =photos | weight=0.096
=single | weight=0.094
=the =whole | weight=0.094
=chat =agent | weight=0.092
=record | weight=0.092
=restate | weight=0.092
=to =restate | weight=0.092
=whole | weight=0.090
=could =recite | weight=0.090
=recite =it | weight=0.090
=new =case | weight=0.089
=adviser =started | weight=0.089
=afresh | weight=0.089
=afresh =and | weight=0.089
=case =afresh | weight=0.089
=started =the | weight=0.089
=saga =to | weight=0.088
=call =i | weight=0.088
=the =notes | weight=0.088
=pension =statement | weight=0.088
=to =asked | weight=0.088
=answer =the | weight=0.087
=recite | weight=0.087
=i =recount | weight=0.086
=to =bring | weight=0.086
=already =supplied | weight=0.086
=each =new | weight=0.086
=dad =has | weight=0.085
=up =to | weight=0.084
=everything | weight=0.084
=then =i | weight=0.084
=someone =different | weight=0.084
=to =three | weight=0.084
=every | weight=0.084
=repeat =the | weight=0.084
=time =a | weight=0.083
=situation =to | weight=0.083
=agent =want | weight=0.082
=saga =from | weight=0.081
=my =claim | weight=0.081
=one =asked | weight=0.081
=people | weight=0.081
=why | weight=0.081
=my =details | weight=0.080
=is =exhausting | weight=0.080
=my =story | weight=0.080
=five | weight=0.080
=the =case | weight=0.078
=the =bot | weight=0.078
=exhausting | weight=0.078
=then =to | weight=0.078
=third | weight=0.077
=different =person | weight=0.076
=fifth =person | weight=0.076
=my =date | weight=0.076
=to =recount | weight=0.076
=case =handler | weight=0.076
=four | weight=0.076
=the =robot | weight=0.076
=advice =was | weight=0.076
=team =so | weight=0.076
=receipt | weight=0.075
=new =answer | weight=0.075
=next | weight=0.074
=asked =for | weight=0.074
=photos =i've | weight=0.074
=least =five | weight=0.074
=the =security | weight=0.073
=the =entire | weight=0.073
=time =someone | weight=0.073
=was =to | weight=0.073
=third =agent | weight=0.072
=again =to | weight=0.072
=fourth =time | weight=0.072
=the =same | weight=0.071
=history =of | weight=0.071
=require =to | weight=0.071
=was =require | weight=0.071
=to =at | weight=0.071
=past =in | weight=0.070
=myself =by | weight=0.070
=previous =call | weight=0.070
=agent =then | weight=0.070
=separate =claim | weight=0.070
=gave =my | weight=0.070
=the =top | weight=0.070
=four =different | weight=0.069
=person | weight=0.069
=already =had | weight=0.069
=last =person | weight=0.069
=person =already | weight=0.069
=provider =the | weight=0.069
=the =invoice | weight=0.069
=to =each | weight=0.069
=no =notes | weight=0.068, noneg
=i =come | weight=0.068
=to =go | weight=0.068
=fifth | weight=0.068
=request =the | weight=0.067
=error =to | weight=0.067
=my =account | weight=0.067
=from =the | weight=0.067
=damage =to | weight=0.067
=i =had | weight=0.066
=email =the | weight=0.066
=to =started | weight=0.066
=your =team | weight=0.066
=has =to | weight=0.065
=different =reply | weight=0.065
=do =i | weight=0.065
=twice | weight=0.065
=over =again | weight=0.065
=into =this | weight=0.064
=supplied | weight=0.064
=he =has | weight=0.064
=screenshot | weight=0.064
=person =i | weight=0.064
=in =every | weight=0.063
=the =documents | weight=0.063
=your =support | weight=0.063
=birth =and | weight=0.062
=all =over | weight=0.062
=why =do | weight=0.062
=it =all | weight=0.061
=portal | weight=0.061
=the =matter | weight=0.061
=not =sure | weight=0.061, noneg
=support | weight=0.061
=details =over | weight=0.061
=so =i'm | weight=0.060
=details =in | weight=0.060
=request | weight=0.060
=so =many | weight=0.060
=they =have | weight=0.060
=require | weight=0.060
=escalate | weight=0.060
=benefits =office | weight=0.059
=caseworkers | weight=0.059
=caseworkers =at | weight=0.059
=different =caseworkers | weight=0.059
=the =benefits | weight=0.059
=on =each | weight=0.058
=bill =error | weight=0.058
=see | weight=0.058
=my =pension | weight=0.058
=same =story | weight=0.057
=to =email | weight=0.057
=every =department | weight=0.057
=and =request | weight=0.057
=benefits | weight=0.057
=complaint =team | weight=0.057
=many =time | weight=0.056
=through =the | weight=0.056
=each =of | weight=0.056
=time =i | weight=0.056
=told =my | weight=0.056
=i =could | weight=0.056
=am =and | weight=0.056
=someone =else | weight=0.056
=give =it | weight=0.055
=nobody =has | weight=0.055, noneg
=the =order | weight=0.055
=have =no | weight=0.055, noneg
=up =and | weight=0.055
=me =for | weight=0.054
=call =fourth | weight=0.054
=explained =that | weight=0.054
=time =explained | weight=0.054
=the =problem | weight=0.054
=your =staff | weight=0.054
=see =the | weight=0.054
=each =adviser | weight=0.053
=identical =informed | weight=0.053
=request =identical | weight=0.053
=am =i | weight=0.052
=reply =asked | weight=0.052
=and =what | weight=0.052
=account =of | weight=0.052
=postcode =and | weight=0.052
=top | weight=0.052
=many | weight=0.051
=what =i | weight=0.051
=the =started | weight=0.051
=what =happened | weight=0.051
=by =letter | weight=0.051
=all =the | weight=0.051
=ten | weight=0.051
=only =advice | weight=0.051
=bot | weight=0.051
=branch =and | weight=0.050
=three =visit | weight=0.050
=visit =to | weight=0.050
=explained =my | weight=0.050
=i =wrote | weight=0.050
=go =over | weight=0.050
=a =third | weight=0.050
=of =your | weight=0.050
=like =a | weight=0.049
=carer | weight=0.049
=same =security | weight=0.048
=above | weight=0.048
=mum =to | weight=0.048
=who =i | weight=0.048
=and =over | weight=0.048
=broken | weight=0.048
=entire =saga | weight=0.047
=for =the | weight=0.047
=days =one | weight=0.047
=so =i | weight=0.047
=same =paragraph | weight=0.047
=exist | weight=0.047
=can =see | weight=0.047
=use =it | weight=0.047
=over =and | weight=0.046
=and =now | weight=0.046
=somebody | weight=0.045
=history | weight=0.045
=matter | weight=0.045
=statement =to | weight=0.045
=anew | weight=0.045
=renting =and | weight=0.045
=it =to | weight=0.045
=over =her | weight=0.045
=loss | weight=0.044
=dispute | weight=0.044
=i =telephone | weight=0.044
=invoice | weight=0.044
=fourth =call | weight=0.043
=same | weight=0.043
=first =agent | weight=0.043
=the =word | weight=0.043
=he =is | weight=0.043
=read =the | weight=0.042
=identical | weight=0.042
=read =out | weight=0.042
=previous | weight=0.042
=my =aunt | weight=0.041
=events | weight=0.041
=of =events | weight=0.041
=resubmit | weight=0.041
=resubmit =the | weight=0.041
=to =resubmit | weight=0.041
=fourth | weight=0.041
=occasions =i | weight=0.041
=time =he | weight=0.041
=shunted =through | weight=0.041
=in =this | weight=0.041
=every =person | weight=0.041
=everything =again | weight=0.041
=scratch =with | weight=0.040
=five =different | weight=0.040
=never =heard | weight=0.040, noneg
=my =refund | weight=0.040
=now | weight=0.039
=i =must | weight=0.039
=agent =and | weight=0.039
=so =we | weight=0.039
=aunt | weight=0.039
=three =security | weight=0.038
=date =on | weight=0.038
=keypad | weight=0.038
=to =see | weight=0.038
=out =my | weight=0.038
=have =had | weight=0.037
=three =separate | weight=0.036
=statement | weight=0.036
=on =my | weight=0.036
=staff | weight=0.036
=renting | weight=0.036
=of =them | weight=0.036
=different =read | weight=0.036
=still =wrong | weight=0.036
=answer =and | weight=0.036
=to =describe | weight=0.036
=shunted | weight=0.035
=have =told | weight=0.035
=is =the | weight=0.035
=pension | weight=0.035
=through =it | weight=0.034
=typed =the | weight=0.034
=the =second | weight=0.034
=separate =occasions | weight=0.034
=story =from | weight=0.033
=and =description | weight=0.033
=because =every | weight=0.033
=description | weight=0.033
=description =of | weight=0.033
=fault =because | weight=0.033
=handler =can't | weight=0.033, noneg
=i'm =send | weight=0.033
=same =photos | weight=0.033
=are =asked | weight=0.033
