# incompetence, en: learned by scripts/learn.py from 2531 tuning texts (157 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ support literally didnt know their own app lol
+ the advisors just google everything you ask them
+ the guy clearly didnt know what he was talking about
- You've had my last penny.
- just want my £40 back tbh
=not =know | weight=0.512, noneg
=misinformed | weight=0.334
=opposite | weight=0.333
=didn't =know | weight=0.331, noneg
=worse | weight=0.330
=quote | weight=0.318
=didnt =know | weight=0.317, noneg
=product | weight=0.311
=google | weight=0.304
=guess | weight=0.291
=hadn't =a | weight=0.288, noneg
=dose | weight=0.283
=no =idea | weight=0.279, noneg
=info | weight=0.270
=didnt | weight=0.268, noneg
=knowledge | weight=0.263
=the =upgrade | weight=0.261
=clueless | weight=0.256
=not =tell | weight=0.255, noneg
=his =head | weight=0.254
=completely | weight=0.254
=was =misinformed | weight=0.253
=somebody =else | weight=0.248
=a =colleague | weight=0.244
=it =doesn't | weight=0.244, noneg
=hadn't =the | weight=0.234, noneg
=your =man | weight=0.234
=letter =says | weight=0.233
=the =wrong | weight=0.231
=tariff | weight=0.227
=installer | weight=0.225
=didn't | weight=0.223, noneg
=diff | weight=0.221
=guidance | weight=0.221
=wrong =dose | weight=0.220
=a =different | weight=0.220
=different =read | weight=0.218
=informed =about | weight=0.216
=google =everything | weight=0.216
=incorrect | weight=0.211
=from =three | weight=0.211
=got =three | weight=0.211
=was =google | weight=0.209
=installer =and | weight=0.202
=a =router | weight=0.202
=engineer =couldn't | weight=0.202, noneg
=no =clue | weight=0.200, noneg
=person =said | weight=0.199
=they'd =never | weight=0.199, noneg
=to =set | weight=0.197
=says =i'm | weight=0.195
=the =blind | weight=0.194
=different =answer | weight=0.193
=model | weight=0.192
=set =up | weight=0.192
=nobody =there | weight=0.191, noneg
=the =fitter | weight=0.190
=said =they'd | weight=0.189
=nobody =knew | weight=0.189, noneg
=to =asked | weight=0.189
=fitter | weight=0.187
=it =wasn't | weight=0.186, noneg
=couldn't =figure | weight=0.186, noneg
=where =the | weight=0.186
=guy | weight=0.186
=scratch =his | weight=0.186
=wrong | weight=0.184
=did =not | weight=0.183, noneg
=not =appeared | weight=0.183, noneg
=whether =the | weight=0.183
=couldn't | weight=0.182, noneg
=phone =had | weight=0.181
=advisor | weight=0.180
=these | weight=0.180
=blind | weight=0.179
=misinformed =about | weight=0.179
=how =to | weight=0.178
=the =door | weight=0.177
=your =adviser | weight=0.177
=had =no | weight=0.177, noneg
=people =nobody | weight=0.176, noneg
=one =thing | weight=0.175
=process =a | weight=0.174
=the =engineer | weight=0.174
=somebody | weight=0.174
=two =hour | weight=0.173
=incorrect =informed | weight=0.173
=no =then | weight=0.172, noneg
=then =no | weight=0.172, noneg
=info =on | weight=0.171
=upgrade =wouldn't | weight=0.171, noneg
=wouldn't =change | weight=0.171, noneg
=same =account | weight=0.170
=hadn't | weight=0.170, noneg
=contract =says | weight=0.168
=in =until | weight=0.168
=was =sell | weight=0.167
=process | weight=0.166
=office =says | weight=0.166
=leads | weight=0.165
=i =received | weight=0.164
=another =said | weight=0.163
=yes =then | weight=0.163
=were =unable | weight=0.161
=they're =do | weight=0.160
=what =a | weight=0.160
=gone =up | weight=0.160
=cable | weight=0.159
=working =out | weight=0.158
=contradicted | weight=0.158
=what =they're | weight=0.158
=bill =has | weight=0.158
=sell | weight=0.158
=one =guy | weight=0.158
=was =cover | weight=0.158
=me =on | weight=0.157
=agent =gave | weight=0.157
=box =then | weight=0.157
=receipt =then | weight=0.157
=riddled | weight=0.156
=riddled =with | weight=0.156
=was =riddled | weight=0.156
=with =error | weight=0.156
=to =filled | weight=0.156
=the =opposite | weight=0.156
=then =both | weight=0.154
=they =all | weight=0.154
=said =yes | weight=0.152
=all =give | weight=0.152
=me =wrong | weight=0.152
=why =i | weight=0.151
=the =person | weight=0.151
=account =within | weight=0.151
=have =received | weight=0.150
=yous | weight=0.150
=train | weight=0.150
=the =office | weight=0.149
=light | weight=0.149
=light =means | weight=0.149
=believe | weight=0.149
=asked =someone | weight=0.148
=and =charge | weight=0.148
=after =two | weight=0.147
=is =it | weight=0.147
=staff =is | weight=0.146
=abt | weight=0.146
=abt =the | weight=0.146
=answer =abt | weight=0.146
=diff =answer | weight=0.146
=conflicting | weight=0.146
=three =conflicting | weight=0.146
=answer =from | weight=0.145
=door | weight=0.145
=couldnae | weight=0.145
=couldnae =tell | weight=0.145
=me =which | weight=0.145
=the =wee | weight=0.145
=wee | weight=0.145
=she =didn't | weight=0.145, noneg
=agent =could | weight=0.144
=had =double | weight=0.144
=premium =had | weight=0.144
=need =the | weight=0.144
=wrong =informed | weight=0.144
=to =process | weight=0.144
=girl =at | weight=0.143
=asked =whether | weight=0.143
=my =bill | weight=0.142
=pension =transferred | weight=0.142
=me =info | weight=0.142
=one =agent | weight=0.141
=a =gift | weight=0.141
=gift =card | weight=0.141
=the =installer | weight=0.140
=cover =the | weight=0.140
=they'd | weight=0.140
=counter =had | weight=0.139
=letter =regarding | weight=0.139
=the =counter | weight=0.139
=head | weight=0.139
=lacked | weight=0.138
=both | weight=0.138
=could =not | weight=0.138, noneg
=scratch | weight=0.138
=the =lad | weight=0.137
=clearly =haven't | weight=0.137, noneg
=passed =me | weight=0.137
=why =the | weight=0.137
=colleague | weight=0.137
=nobody =could | weight=0.137, noneg
=property | weight=0.135
=literally | weight=0.135
=clue | weight=0.135
=different =price | weight=0.134
=reset =a | weight=0.133
=to =answer | weight=0.132
=quote =a | weight=0.131
=adviser | weight=0.130
=seemed | weight=0.130
=the =tech | weight=0.130
=reply =says | weight=0.129
=my =flight | weight=0.128
=they =gave | weight=0.128
=have =zero | weight=0.128
=the =policy | weight=0.128
=in =store | weight=0.127
=total | weight=0.127
=is =correct | weight=0.127
=didn't =even | weight=0.126, noneg
=dosage | weight=0.126
=duff | weight=0.126
=duff =info | weight=0.126
=the =dosage | weight=0.126
=gift | weight=0.126
=agent =told | weight=0.124
=second =person | weight=0.124
=completely =different | weight=0.124
=staff =have | weight=0.124
=different | weight=0.123
=adviser =told | weight=0.123
=the =bank | weight=0.123
=included | weight=0.123
=email =says | weight=0.122
=up =by | weight=0.121
=google =it | weight=0.121
=between | weight=0.121
=filled | weight=0.121
=none =of | weight=0.121, noneg
=explained =why | weight=0.120
=informed =provider | weight=0.120
=provider =by | weight=0.120
=representative =was | weight=0.120
=useless | weight=0.119
=upgrade | weight=0.119
=couldnt | weight=0.119, noneg
=haven't =got | weight=0.119, noneg
=up =my | weight=0.119
=code | weight=0.118
=this =model | weight=0.118
=felt =like | weight=0.118
=ppl | weight=0.118
=first =person | weight=0.118
=an =email | weight=0.118
=advisor =provider | weight=0.117
=employee | weight=0.117
=do =u | weight=0.117
=talk =about | weight=0.116
=ur =agent | weight=0.116
=around =the | weight=0.116
=with =someone | weight=0.116
=early | weight=0.115
=knowledge =to | weight=0.115
=lacked =the | weight=0.115
=the =knowledge | weight=0.115
=warranty =on | weight=0.114
=is =evident | weight=0.114
=advisor =just | weight=0.114
=everything =you | weight=0.114
=just =google | weight=0.114
=fitted =the | weight=0.114
=out =to | weight=0.114
=could =be | weight=0.114
=meter | weight=0.113
=one =person | weight=0.113
=complained =the | weight=0.113
=charge =twice | weight=0.113
=the =laptop | weight=0.113
=disconnected | weight=0.113
=shop =told | weight=0.112
=sofa | weight=0.112
=brick =my | weight=0.111
=esim | weight=0.111
=esim =for | weight=0.111
=my =esim | weight=0.111
=he'd | weight=0.111
=discount =to | weight=0.111
=misapplied | weight=0.111
=misapplied =the | weight=0.111
=staff =misapplied | weight=0.111
=asked =a | weight=0.111
=their =own | weight=0.111
=customer =complained | weight=0.111
=believe =the | weight=0.111
=they =cancelled | weight=0.110
=turned =out | weight=0.110
=wrong =part | weight=0.110
=assistant =could | weight=0.110
=different =between | weight=0.110
=they're | weight=0.110
=account =of | weight=0.110
=product =working | weight=0.110
=states =the | weight=0.109
=own =product | weight=0.109
=register | weight=0.109
=why | weight=0.109
=roaming | weight=0.109
=nobody =can | weight=0.108, noneg
=the =premium | weight=0.108
=bro | weight=0.108
=the =girl | weight=0.107
=flight =was | weight=0.107
=roaming =charge | weight=0.106
=a =clue | weight=0.106
=three =engineer | weight=0.106
=fitted | weight=0.106
=wrong =line | weight=0.105
=i =need | weight=0.105
=bill =gone | weight=0.105
=system =for | weight=0.104
=call =centre | weight=0.104
=gave | weight=0.104
=about =their | weight=0.104
=clueless =about | weight=0.104
=me =my | weight=0.104
=appeared =wholly | weight=0.103
=policy =he | weight=0.103
=unfamiliar | weight=0.103
=unfamiliar =with | weight=0.103
=wholly | weight=0.103
=wholly =unfamiliar | weight=0.103
=next =one | weight=0.103
=the =mobile | weight=0.103
=didn't =have | weight=0.103, noneg
=the =data | weight=0.102
=chat =said | weight=0.101
=switch | weight=0.101
=give =me | weight=0.101
=process =an | weight=0.100
=the =sofa | weight=0.100
=someone =who | weight=0.100
=old =one | weight=0.100
=hung | weight=0.100
=me =one | weight=0.100
=what | weight=0.100
=hold =to | weight=0.099
=was =asked | weight=0.099
=charge =us | weight=0.099
=they've =fitted | weight=0.099
=you =asked | weight=0.099
=increased | weight=0.099
=out =just | weight=0.097
=router =for | weight=0.097
=then =left | weight=0.097
=three =staff | weight=0.097
=cut =out | weight=0.097
=not =one | weight=0.097, noneg
=person =tell | weight=0.096
=salesperson | weight=0.096
=handler =said | weight=0.096
=missing =photos | weight=0.096
=one =claim | weight=0.096
=photos =the | weight=0.096
=photos =weren't | weight=0.096, noneg
=second =that | weight=0.096
=that =photos | weight=0.096
=weren't =need | weight=0.096, noneg
=dad =new | weight=0.096
=new =hear | weight=0.096
=lad =on | weight=0.096
=got =it | weight=0.095
=wasn't =eligible | weight=0.095, noneg
=gone | weight=0.095
=visit =and | weight=0.094
=between =the | weight=0.094
=your =advisor | weight=0.094
=me =what | weight=0.094
=wrong =date | weight=0.094
=joint | weight=0.093
=mix | weight=0.093
=mix =up | weight=0.093
=chat =and | weight=0.093
=assured | weight=0.093
=submit | weight=0.093
=different =aisles | weight=0.092
=ink | weight=0.092
=ink =was | weight=0.092
=printer =ink | weight=0.092
=the =printer | weight=0.092
=the =discount | weight=0.092
=fumbled | weight=0.092
=was =incorrect | weight=0.092
=departure | weight=0.092
=technician | weight=0.092
=staff | weight=0.091
=to =restart | weight=0.091
=was =missing | weight=0.091
=porting | weight=0.091
=was =talk | weight=0.090
=engineer =was | weight=0.090
=i =lost | weight=0.090
=about =whether | weight=0.089
=should =i | weight=0.089
=ear | weight=0.089
=mins =then | weight=0.089
=the =most | weight=0.089
=us =for | weight=0.089
=just =stared | weight=0.089
=the =garage | weight=0.089
=asked =them | weight=0.088
=google =the | weight=0.088
