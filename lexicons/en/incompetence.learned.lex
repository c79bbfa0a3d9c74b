# incompetence, en: learned by scripts/learn.py from 2841 tuning texts (172 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Salesman at the dealer had no idea what the range of the electric model was and guessed a figure that turned out to be 100 miles too high.
+ Queued at the customer service desk for around twenty-five minutes to return a broken kettle. First I needed the box, then the receipt, then both plus the card I'd paid with. I had all three with me. Then it turned out refunds over £20 have to be done by a supervisor and she was on her break. I should just come back tomorrow. No thanks, from now on I'll do my shopping at the competitor across the road.
+ support literally didnt know their own app lol
- You've had my last penny.
- just want my £40 back tbh
=not =know | weight=0.495, noneg
=didn't =know | weight=0.379, noneg
=misinformed | weight=0.338
=opposite | weight=0.327
=product | weight=0.320
=google | weight=0.319
=worse | weight=0.317
=guess | weight=0.314
=didnt =know | weight=0.311, noneg
=quote | weight=0.301
=hadn't =a | weight=0.298, noneg
=no =idea | weight=0.285, noneg
=dose | weight=0.277
=letter =says | weight=0.275
=info | weight=0.268
=his =head | weight=0.266
=didnt | weight=0.263, noneg
=was =misinformed | weight=0.258
=knowledge | weight=0.256
=the =upgrade | weight=0.255
=couldnt | weight=0.252, noneg
=not =tell | weight=0.246, noneg
=clueless | weight=0.242
=different =read | weight=0.238
=completely | weight=0.233
=a =colleague | weight=0.232
=it =doesn't | weight=0.232, noneg
=somebody =else | weight=0.229
=hadn't =the | weight=0.227, noneg
=your =man | weight=0.227
=wrong =dose | weight=0.227
=incorrect | weight=0.226
=different =answer | weight=0.220
=guidance | weight=0.220
=out =why | weight=0.220
=diff | weight=0.219
=excess | weight=0.215
=the =excess | weight=0.215
=the =wrong | weight=0.215
=google =everything | weight=0.215
=informed =about | weight=0.212
=installer =and | weight=0.210
=was =google | weight=0.210
=model | weight=0.206
=a =different | weight=0.205
=advisor | weight=0.199
=engineer =couldn't | weight=0.199, noneg
=installer | weight=0.198
=person =said | weight=0.196
=they'd =never | weight=0.196, noneg
=from =three | weight=0.195
=got =three | weight=0.195
=to =set | weight=0.194
=esim | weight=0.194
=scratch =his | weight=0.193
=the =blind | weight=0.192
=couldn't | weight=0.192, noneg
=a =router | weight=0.192
=no =clue | weight=0.191, noneg
=it =wasn't | weight=0.190, noneg
=blind | weight=0.189
=no =then | weight=0.189, noneg
=then =no | weight=0.189, noneg
=couldn't =figure | weight=0.189, noneg
=said =they'd | weight=0.188
=process =a | weight=0.188
=not =appeared | weight=0.188, noneg
=says =i'm | weight=0.187
=one =thing | weight=0.185
=nobody =knew | weight=0.185, noneg
=is =it | weight=0.182
=whether =the | weight=0.181
=had =no | weight=0.180, noneg
=didn't | weight=0.180, noneg
=nobody =there | weight=0.179, noneg
=yes =then | weight=0.179
=reboot | weight=0.179
=upgrade =wouldn't | weight=0.178, noneg
=wouldn't =change | weight=0.178, noneg
=set =up | weight=0.177
=were =unable | weight=0.176
=somebody | weight=0.175
=where =the | weight=0.174
=these | weight=0.174
=misinformed =about | weight=0.173
=did =not | weight=0.172, noneg
=to =asked | weight=0.172
=same =account | weight=0.171
=the =fitter | weight=0.171
=leads | weight=0.171
=said =yes | weight=0.171
=tariff | weight=0.169
=people =nobody | weight=0.169, noneg
=the =door | weight=0.169
=hadn't | weight=0.169, noneg
=phone =had | weight=0.168
=fitter | weight=0.168
=info =on | weight=0.167
=contract =says | weight=0.166
=in =until | weight=0.166
=how =to | weight=0.166
=guy | weight=0.166
=what =they're | weight=0.165
=they're =do | weight=0.165
=box =then | weight=0.163
=receipt =then | weight=0.163
=now =i'm | weight=0.163
=to =process | weight=0.162
=incorrect =informed | weight=0.162
=they =all | weight=0.162
=process | weight=0.162
=then =both | weight=0.161
=one =guy | weight=0.161
=was =cover | weight=0.161
=the =engineer | weight=0.161
=all =give | weight=0.160
=two =hour | weight=0.160
=riddled | weight=0.160
=riddled =with | weight=0.160
=was =riddled | weight=0.160
=with =error | weight=0.160
=gone =up | weight=0.158
=property | weight=0.158
=conflicting | weight=0.157
=three =conflicting | weight=0.157
=very =help | weight=0.157
=train | weight=0.157
=asked =someone | weight=0.157
=contradicted | weight=0.156
=office =says | weight=0.156
=was =sell | weight=0.155
=to =filled | weight=0.154
=still =no | weight=0.154, noneg
=could =be | weight=0.154
=another =said | weight=0.153
=the =person | weight=0.153
=me =wrong | weight=0.153
=a =gift | weight=0.152
=gift =card | weight=0.152
=cable | weight=0.152
=account =within | weight=0.151
=wrong | weight=0.151
=and =charge | weight=0.151
=abt | weight=0.151
=abt =the | weight=0.151
=answer =abt | weight=0.151
=diff =answer | weight=0.151
=didn't =need | weight=0.150, noneg
=light =means | weight=0.149
=have =received | weight=0.149
=i =received | weight=0.148
=door | weight=0.147
=couldnae | weight=0.147
=couldnae =tell | weight=0.147
=me =which | weight=0.147
=the =wee | weight=0.147
=wee | weight=0.147
=the =opposite | weight=0.147
=why | weight=0.147
=need =the | weight=0.146
=clearly =haven't | weight=0.146, noneg
=head | weight=0.145
=your =adviser | weight=0.144
=clue | weight=0.144
=pension =transferred | weight=0.144
=quote =a | weight=0.144
=after =two | weight=0.144
=me =info | weight=0.143
=staff =is | weight=0.143
=and =had | weight=0.143
=literally | weight=0.143
=believe | weight=0.143
=different | weight=0.143
=asked =a | weight=0.141
=the =installer | weight=0.141
=the =office | weight=0.141
=bill =has | weight=0.141
=agent =could | weight=0.140
=had =double | weight=0.140
=premium =had | weight=0.140
=sell | weight=0.140
=me =on | weight=0.140
=wrong =informed | weight=0.140
=agent =gave | weight=0.139
=answer =from | weight=0.139
=why =i | weight=0.139
=they'd | weight=0.138
=turned =out | weight=0.137
=one =agent | weight=0.137
=nobody =could | weight=0.137, noneg
=cover =the | weight=0.137
=working =out | weight=0.136
=is =correct | weight=0.136
=agent =that | weight=0.136
=letter =regarding | weight=0.135
=gave | weight=0.135
=to =answer | weight=0.135
=lacked | weight=0.135
=both | weight=0.135
=didn't =even | weight=0.134, noneg
=scheduled | weight=0.134
=me =my | weight=0.134
=second =person | weight=0.134
=staff =have | weight=0.134
=keyboard | weight=0.133
=laptop =had | weight=0.133
=have =zero | weight=0.132
=reply =says | weight=0.131
=gift | weight=0.131
=yous | weight=0.131
=the =tech | weight=0.130
=light | weight=0.130
=up =by | weight=0.130
=filled | weight=0.130
=completely =different | weight=0.130
=no =internet | weight=0.130, noneg
=first =person | weight=0.129
=my =bill | weight=0.129
=felt =like | weight=0.128
=counter =had | weight=0.128
=later =and | weight=0.128
=different =price | weight=0.128
=haven't =got | weight=0.126, noneg
=what =a | weight=0.126
=informed =provider | weight=0.126
=provider =by | weight=0.126
=ppl | weight=0.124
=she =didn't | weight=0.124, noneg
=wrong =line | weight=0.124
=their =own | weight=0.123
=they =gave | weight=0.123
=fitted =the | weight=0.122
=register | weight=0.122
=employee | weight=0.122
=could =not | weight=0.122, noneg
=included | weight=0.122
=router | weight=0.122
=scratch | weight=0.121
=my =flight | weight=0.121
=warranty =on | weight=0.121
=is =evident | weight=0.120
=helpline | weight=0.120
=colleague | weight=0.119
=girl =at | weight=0.119
=reset =a | weight=0.119
=wrong =part | weight=0.119
=adviser | weight=0.119
=can =answer | weight=0.118
=an =email | weight=0.117
=the =lad | weight=0.117
=the =counter | weight=0.117
=they =cancelled | weight=0.117
=around =the | weight=0.117
=dosage | weight=0.117
=duff | weight=0.117
=duff =info | weight=0.117
=the =dosage | weight=0.117
=one =person | weight=0.117
=email =says | weight=0.116
=advisor =provider | weight=0.115
=explained =why | weight=0.115
=fitted | weight=0.115
=why =the | weight=0.115
=contract =end | weight=0.115
=up =my | weight=0.114
=do =u | weight=0.114
=seemed | weight=0.114
=three =different | weight=0.114
=passed =me | weight=0.113
=wrong =date | weight=0.113
=this =model | weight=0.113
=the =gentleman | weight=0.112
=staff | weight=0.112
=talk =about | weight=0.112
=out =to | weight=0.112
=google =it | weight=0.111
=not =one | weight=0.110, noneg
=knowledge =to | weight=0.110
=lacked =the | weight=0.110
=the =knowledge | weight=0.110
=own =product | weight=0.110
=believe =the | weight=0.109
=what | weight=0.109
=discount =to | weight=0.109
=misapplied | weight=0.109
=misapplied =the | weight=0.109
=staff =misapplied | weight=0.109
=useless | weight=0.109
=advisor =just | weight=0.109
=everything =you | weight=0.109
=just =google | weight=0.109
=disconnected | weight=0.108
=your =letter | weight=0.108
=call =even | weight=0.108
=be =done | weight=0.108
=am =the | weight=0.107
=asked =whether | weight=0.107
=clearly | weight=0.107
=a =clue | weight=0.106
=mobile | weight=0.106
=was =asked | weight=0.106
=representative =was | weight=0.106
=assistant =could | weight=0.105
=different =between | weight=0.105
=between | weight=0.105
=old =one | weight=0.105
=the =bank | weight=0.105
=realise | weight=0.105
=the =premium | weight=0.105
=meter | weight=0.104
=complained =the | weight=0.104
=rep | weight=0.104
=the =girl | weight=0.104
=none =of | weight=0.104, noneg
=roaming | weight=0.104
=give =me | weight=0.104
=product =working | weight=0.103
=system =for | weight=0.103
=bill =gone | weight=0.103
=would =need | weight=0.103
=in =store | weight=0.103
=customer =complained | weight=0.103
=brick =my | weight=0.103
=esim =for | weight=0.103
=my =esim | weight=0.103
=me =what | weight=0.102
=roaming =charge | weight=0.102
=me =one | weight=0.102
=he'd | weight=0.102
=the =laptop | weight=0.102
=charge =us | weight=0.101
=they've =fitted | weight=0.101
=nobody =can | weight=0.101, noneg
=between =the | weight=0.101
=the =data | weight=0.100
=code | weight=0.100
=gone | weight=0.100
=rebook =me | weight=0.100
=arrived =with | weight=0.100
=you =asked | weight=0.100
=the =warranty | weight=0.100
=states =the | weight=0.100
=process =an | weight=0.100
=lad =on | weight=0.100
=bro | weight=0.099
=what =i | weight=0.099
=shop =told | weight=0.099
=your =advisor | weight=0.098
=about =their | weight=0.097
=clueless =about | weight=0.097
=chat =and | weight=0.097
=technician | weight=0.097
=transferred =take | weight=0.097
=next =one | weight=0.097
=handler =said | weight=0.097
=missing =photos | weight=0.097
=one =claim | weight=0.097
=photos =the | weight=0.097
=photos =weren't | weight=0.097, noneg
=second =that | weight=0.097
=that =photos | weight=0.097
=weren't =need | weight=0.097, noneg
=salesperson | weight=0.097
=account =of | weight=0.097
=call =centre | weight=0.097
=total | weight=0.097
=chat =said | weight=0.097
=submit | weight=0.097
=the =receipt | weight=0.096
=the =sofa | weight=0.096
=early | weight=0.096
=with =someone | weight=0.096
=hung | weight=0.096
=upgrade | weight=0.096
=said =it | weight=0.096
=airport | weight=0.096
=wasn't =eligible | weight=0.095, noneg
=the =mobile | weight=0.095
=appeared =wholly | weight=0.095
=policy =he | weight=0.095
=unfamiliar | weight=0.095
=unfamiliar =with | weight=0.095
=wholly | weight=0.095
=wholly =unfamiliar | weight=0.095
=joint | weight=0.094
=woman =on | weight=0.094
=the =guy | weight=0.094
=part =and | weight=0.094
=us =for | weight=0.094
=dispute | weight=0.094
=ur =agent | weight=0.094
=new =tariff | weight=0.094
=was =missing | weight=0.094
=dad =new | weight=0.094
=new =hear | weight=0.094
=gentleman | weight=0.094
=fumbled | weight=0.093
=mix | weight=0.093
=mix =up | weight=0.093
=thing | weight=0.092
