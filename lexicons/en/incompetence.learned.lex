# incompetence, en: learned by scripts/learn.py from 3044 tuning texts (175 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Salesman at the dealer had no idea what the range of the electric model was and guessed a figure that turned out to be 100 miles too high.
+ support literally didnt know their own app lol
+ the advisors just google everything you ask them
- ok
- You've had my last penny.
=not =know | weight=0.481, noneg
=didn't =know | weight=0.390, noneg
=opposite | weight=0.326
=product | weight=0.326
=guess | weight=0.322
=google | weight=0.316
=misinformed | weight=0.316
=worse | weight=0.315
=didnt =know | weight=0.311, noneg
=quote | weight=0.301
=no =idea | weight=0.297, noneg
=hadn't =a | weight=0.293, noneg
=dose | weight=0.279
=info | weight=0.275
=letter =says | weight=0.270
=didnt | weight=0.262, noneg
=his =head | weight=0.257
=the =upgrade | weight=0.256
=knowledge | weight=0.252
=couldnt | weight=0.249, noneg
=was =misinformed | weight=0.244
=nobody =knew | weight=0.240, noneg
=not =tell | weight=0.239, noneg
=hadn't =the | weight=0.235, noneg
=your =man | weight=0.235
=a =colleague | weight=0.233
=different =read | weight=0.233
=the =wrong | weight=0.231
=wrong =dose | weight=0.231
=somebody =else | weight=0.229
=clueless | weight=0.227
=completely | weight=0.226
=out =why | weight=0.224
=it =doesn't | weight=0.224, noneg
=incorrect | weight=0.223
=couldn't | weight=0.221, noneg
=different =answer | weight=0.217
=not =rude | weight=0.216, noneg
=diff | weight=0.215
=informed =about | weight=0.212
=guidance | weight=0.212
=was =google | weight=0.211
=excess | weight=0.211
=the =excess | weight=0.211
=google =everything | weight=0.207
=installer =and | weight=0.204
=model | weight=0.204
=engineer =couldn't | weight=0.201, noneg
=a =different | weight=0.199
=the =blind | weight=0.198
=from =three | weight=0.197
=got =three | weight=0.197
=advisor | weight=0.197
=person =said | weight=0.196
=they'd =never | weight=0.196, noneg
=to =set | weight=0.194
=hung =the | weight=0.193
=no =clue | weight=0.191, noneg
=scratch =his | weight=0.191
=reboot | weight=0.190
=nobody =there | weight=0.190, noneg
=on =and | weight=0.190
=process =a | weight=0.189
=no =then | weight=0.186, noneg
=then =no | weight=0.186, noneg
=installer | weight=0.185
=is =it | weight=0.185
=says =i'm | weight=0.184
=not =appeared | weight=0.184, noneg
=couldn't =figure | weight=0.183, noneg
=a =router | weight=0.183
=hadn't | weight=0.182, noneg
=set =up | weight=0.181
=it =wasn't | weight=0.181, noneg
=esim | weight=0.180
=yes =then | weight=0.177
=leads | weight=0.176
=were =unable | weight=0.176
=said =they'd | weight=0.175
=one =thing | weight=0.174
=they're =do | weight=0.174
=had =no | weight=0.173, noneg
=blind | weight=0.172
=said =yes | weight=0.171
=somebody | weight=0.170
=upgrade =wouldn't | weight=0.170, noneg
=wouldn't =change | weight=0.170, noneg
=misinformed =about | weight=0.169
=whether =the | weight=0.169
=info =on | weight=0.168
=didn't | weight=0.168, noneg
=now =i'm | weight=0.168
=contract =says | weight=0.167
=in =until | weight=0.167
=phone =had | weight=0.167
=very =help | weight=0.165
=same =account | weight=0.165
=to =asked | weight=0.164
=incorrect =informed | weight=0.164
=useless | weight=0.162
=office =says | weight=0.162
=they =all | weight=0.162
=of =it | weight=0.162
=what =they're | weight=0.161
=these | weight=0.161
=how =to | weight=0.160
=riddled | weight=0.160
=riddled =with | weight=0.160
=was =riddled | weight=0.160
=with =error | weight=0.160
=one =guy | weight=0.159
=was =cover | weight=0.159
=where =the | weight=0.159
=guy | weight=0.159
=was =sell | weight=0.159
=process | weight=0.159
=and =charge | weight=0.159
=box =then | weight=0.159
=receipt =then | weight=0.159
=the =fitter | weight=0.158
=to =filled | weight=0.158
=gone =up | weight=0.157
=train | weight=0.157
=did =not | weight=0.156, noneg
=didn't =need | weight=0.156, noneg
=fitter | weight=0.156
=people =nobody | weight=0.155, noneg
=contradicted | weight=0.155
=wrong | weight=0.155
=another =said | weight=0.154
=tariff | weight=0.153
=the =installer | weight=0.153
=the =opposite | weight=0.153
=your =adviser | weight=0.152
=two =hour | weight=0.152
=me =wrong | weight=0.152
=bill =has | weight=0.151
=asked =a | weight=0.151
=conflicting | weight=0.151
=three =conflicting | weight=0.151
=why | weight=0.151
=i =received | weight=0.151
=all =give | weight=0.151
=head | weight=0.151
=to =process | weight=0.150
=could =be | weight=0.150
=light =means | weight=0.149
=clearly =haven't | weight=0.149, noneg
=the =engineer | weight=0.149
=after =two | weight=0.149
=quote =a | weight=0.148
=property | weight=0.148
=abt | weight=0.147
=abt =the | weight=0.147
=answer =abt | weight=0.147
=diff =answer | weight=0.147
=cable | weight=0.147
=me =on | weight=0.146
=asked =someone | weight=0.146
=have =received | weight=0.146
=week =on | weight=0.146
=the =door | weight=0.145
=couldnae | weight=0.145
=couldnae =tell | weight=0.145
=me =which | weight=0.145
=the =wee | weight=0.145
=wee | weight=0.145
=pension =transferred | weight=0.145
=the =person | weight=0.144
=agent =that | weight=0.144
=me =info | weight=0.143
=a =gift | weight=0.143
=gift =card | weight=0.143
=the =office | weight=0.142
=both | weight=0.142
=to =answer | weight=0.142
=wrong =informed | weight=0.142
=submit =my | weight=0.142
=account =within | weight=0.142
=believe | weight=0.141
=agent =gave | weight=0.140
=then =both | weight=0.140
=why =i | weight=0.140
=cover =the | weight=0.139
=counter =had | weight=0.139
=they'd | weight=0.139
=staff =is | weight=0.138
=agent =could | weight=0.138
=had =double | weight=0.138
=premium =had | weight=0.138
=and =had | weight=0.137
=need =the | weight=0.137
=letter =regarding | weight=0.137
=working =out | weight=0.137
=keyboard | weight=0.136
=laptop =had | weight=0.136
=sell | weight=0.136
=gave | weight=0.135
=lacked | weight=0.135
=could =not | weight=0.135, noneg
=the =tech | weight=0.134
=different =price | weight=0.134
=up =by | weight=0.134
=answer =from | weight=0.134
=girl =at | weight=0.133
=reply =says | weight=0.132
=later =and | weight=0.132
=literally | weight=0.132
=felt =like | weight=0.132
=helpline | weight=0.132
=was =not | weight=0.132, noneg
=she =didn't | weight=0.132, noneg
=no =internet | weight=0.131, noneg
=gift | weight=0.131
=still =no | weight=0.130, noneg
=me =my | weight=0.130
=different | weight=0.130
=didn't =even | weight=0.130, noneg
=is =correct | weight=0.130
=scheduled | weight=0.130
=light | weight=0.129
=turned =out | weight=0.129
=one =agent | weight=0.128
=clue | weight=0.128
=filled | weight=0.128
=adviser | weight=0.128
=ppl | weight=0.127
=second =person | weight=0.127
=door | weight=0.127
=informed =provider | weight=0.126
=provider =by | weight=0.126
=employee | weight=0.126
=nobody =could | weight=0.125, noneg
=the =lad | weight=0.125
=staff =have | weight=0.125
=scratch | weight=0.125
=yous | weight=0.125
=my =bill | weight=0.125
=warranty =on | weight=0.125
=completely =different | weight=0.124
=just =couldn't | weight=0.124, noneg
=haven't =got | weight=0.124, noneg
=have =zero | weight=0.123
=can =answer | weight=0.123
=colleague | weight=0.122
=their =own | weight=0.122
=first =person | weight=0.121
=advisor =provider | weight=0.121
=around =the | weight=0.120
=they =gave | weight=0.120
=router | weight=0.119
=reset =a | weight=0.119
=dosage | weight=0.119
=duff | weight=0.119
=duff =info | weight=0.119
=the =dosage | weight=0.119
=what =a | weight=0.119
=three =different | weight=0.119
=contract =end | weight=0.117
=they =cancelled | weight=0.117
=couldn't =find | weight=0.116, noneg
=wrong =line | weight=0.116
=an =email | weight=0.115
=passed =me | weight=0.115
=register | weight=0.115
=my =flight | weight=0.114
=seemed | weight=0.114
=discount =to | weight=0.114
=misapplied | weight=0.114
=misapplied =the | weight=0.114
=staff =misapplied | weight=0.114
=the =counter | weight=0.114
=is =evident | weight=0.114
=google =it | weight=0.114
=between | weight=0.113
=up =my | weight=0.113
=not =one | weight=0.113, noneg
=why =the | weight=0.113
=do =u | weight=0.113
=wrong =part | weight=0.113
=call =even | weight=0.112
=fitted | weight=0.112
=he'd | weight=0.112
=this =model | weight=0.112
=persists | weight=0.112
=complained =the | weight=0.112
=chat =said | weight=0.112
=gone | weight=0.111
=upgrade | weight=0.111
=knowledge =to | weight=0.110
=lacked =the | weight=0.110
=the =knowledge | weight=0.110
=representative =was | weight=0.110
=advisor =just | weight=0.110
=everything =you | weight=0.110
=just =google | weight=0.110
=be =done | weight=0.110
=talk =about | weight=0.110
=wrong =date | weight=0.109
=the =premium | weight=0.109
=fitted =the | weight=0.109
=be =completely | weight=0.109
=own =product | weight=0.108
=am =the | weight=0.108
=thing | weight=0.108
=email =says | weight=0.107
=would =need | weight=0.107
=none =of | weight=0.107, noneg
=between =the | weight=0.107
=nobody =seemed | weight=0.106, noneg
=with =someone | weight=0.106
=believe =the | weight=0.106
=staff | weight=0.106
=the =laptop | weight=0.106
=dispute | weight=0.106
=clearly | weight=0.106
=explained =why | weight=0.105
=mobile | weight=0.105
=system =for | weight=0.105
=realise | weight=0.105
=give =me | weight=0.105
=one =person | weight=0.105
=total | weight=0.104
=roaming | weight=0.104
=meter | weight=0.104
=product =working | weight=0.104
=disconnected | weight=0.104
=woman =on | weight=0.103
=six =week | weight=0.103
=charge =us | weight=0.103
=they've =fitted | weight=0.103
=customer =complained | weight=0.103
=what =i | weight=0.103
=your =letter | weight=0.102
=in =store | weight=0.102
=you =asked | weight=0.102
=the =data | weight=0.102
=assistant =could | weight=0.102
=different =between | weight=0.102
=salesperson | weight=0.101
=brick =my | weight=0.101
=esim =for | weight=0.101
=my =esim | weight=0.101
=roaming =charge | weight=0.101
=old =one | weight=0.101
=hold =to | weight=0.101
=bro | weight=0.101
=chat =and | weight=0.101
=next =one | weight=0.100
=your =advisor | weight=0.100
=the =bank | weight=0.100
=was =asked | weight=0.099
=out =to | weight=0.099
=process =an | weight=0.098
=handler =said | weight=0.098
=missing =photos | weight=0.098
=one =claim | weight=0.098
=photos =the | weight=0.098
=photos =weren't | weight=0.098, noneg
=second =that | weight=0.098
=that =photos | weight=0.098
=weren't =need | weight=0.098, noneg
=rebook =me | weight=0.098
=asked =whether | weight=0.098
=appeared =wholly | weight=0.098
=policy =he | weight=0.098
=unfamiliar | weight=0.098
=unfamiliar =with | weight=0.098
=wholly | weight=0.098
=wholly =unfamiliar | weight=0.098
=me =one | weight=0.098
=bill =gone | weight=0.097
=asked =them | weight=0.097
=code | weight=0.096
=technician | weight=0.096
=fumbled | weight=0.096
=the =mobile | weight=0.096
=installer =the | weight=0.096
=a =clue | weight=0.096
=said =it | weight=0.096
=states =the | weight=0.096
=joint | weight=0.095
=early | weight=0.095
=the =girl | weight=0.095
=airport | weight=0.094
=google =the | weight=0.094
=was =missing | weight=0.094
=sofa | weight=0.093
=lad =on | weight=0.093
=means | weight=0.093
=included | weight=0.093
=i =spoke | weight=0.093
=part =and | weight=0.093
=about =their | weight=0.093
=clueless =about | weight=0.093
=was =talk | weight=0.092
=departure | weight=0.092
=account =of | weight=0.092
=the =warranty | weight=0.092
=shop =told | weight=0.092
