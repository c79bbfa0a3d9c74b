# incompetence, en: learned by scripts/learn.py from 3245 tuning texts (200 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Salesman at the dealer had no idea what the range of the electric model was and guessed a figure that turned out to be 100 miles too high.
+ support literally didnt know their own app lol
+ the advisors just google everything you ask them
- ok
- You've had my last penny.
=not =know | weight=0.508, noneg
=didn't =know | weight=0.387, noneg
=no =idea | weight=0.351, noneg
=guess | weight=0.350
=product | weight=0.330
=dose | weight=0.320
=google | weight=0.315
=quote | weight=0.309
=misinformed | weight=0.309
=couldn't =says | weight=0.308, noneg
=didnt =know | weight=0.307, noneg
=worse | weight=0.305
=hadn't =a | weight=0.290, noneg
=completely | weight=0.289
=info | weight=0.289
=with =someone | weight=0.280
=different =read | weight=0.279
=his =head | weight=0.273
=model | weight=0.272
=letter =says | weight=0.271
=nobody =knew | weight=0.264, noneg
=couldnt | weight=0.264, noneg
=didnt | weight=0.264, noneg
=opposite | weight=0.263
=no =clue | weight=0.259, noneg
=the =upgrade | weight=0.252
=somebody =else | weight=0.249
=it =doesn't | weight=0.249, noneg
=wrong =dose | weight=0.246
=knowledge | weight=0.245
=hadn't =the | weight=0.243, noneg
=your =man | weight=0.243
=couldn't | weight=0.243, noneg
=whether =the | weight=0.240
=guidance | weight=0.240
=different =answer | weight=0.238
=informed =about | weight=0.237
=they'd =never | weight=0.235, noneg
=not =tell | weight=0.233, noneg
=was =misinformed | weight=0.231
=diff | weight=0.231
=a =colleague | weight=0.228
=out =why | weight=0.227
=excess | weight=0.220
=the =excess | weight=0.220
=where =the | weight=0.220
=advisor | weight=0.213
=up =by | weight=0.209
=thing =up | weight=0.209
=upside | weight=0.209
=upside =down | weight=0.209
=could =not | weight=0.208, noneg
=nobody =in | weight=0.206, noneg
=clueless | weight=0.206
=was =google | weight=0.206
=from =three | weight=0.205
=got =three | weight=0.205
=google =everything | weight=0.204
=installer | weight=0.203
=one =guy | weight=0.203
=was =cover | weight=0.203
=incorrect | weight=0.203
=on =and | weight=0.202
=felt =like | weight=0.201
=scratch =his | weight=0.200
=between =a | weight=0.200
=process =a | weight=0.200
=cover =the | weight=0.199
=installer =and | weight=0.199
=ip | weight=0.199
=static | weight=0.199
=static =ip | weight=0.199
=the =blind | weight=0.198
=esim | weight=0.196
=says =i'm | weight=0.193
=knew =how | weight=0.192
=a =router | weight=0.192
=and =charge | weight=0.189
=useless | weight=0.189
=they =all | weight=0.189
=tariff | weight=0.187
=couldn't =figure | weight=0.187, noneg
=were =unable | weight=0.185
=reboot | weight=0.185
=engineer =couldn't | weight=0.184, noneg
=somebody | weight=0.184
=phone =had | weight=0.184
=he'd =have | weight=0.183
=the =wrong | weight=0.183
=not =rude | weight=0.183, noneg
=hadn't | weight=0.183, noneg
=to =set | weight=0.183
=they're =do | weight=0.181
=nobody =there | weight=0.181, noneg
=one =thing | weight=0.180
=all =give | weight=0.177
=process | weight=0.177
=set =up | weight=0.176
=hung =the | weight=0.176
=now =i'm | weight=0.176
=mechanic =couldn't | weight=0.175, noneg
=train | weight=0.175
=very =help | weight=0.174
=me =wrong | weight=0.174
=your =adviser | weight=0.174
=property | weight=0.173
=upgrade =wouldn't | weight=0.172, noneg
=wouldn't =change | weight=0.172, noneg
=could =be | weight=0.172
=people =nobody | weight=0.172, noneg
=info =on | weight=0.171
=to =asked | weight=0.170
=asked =a | weight=0.170
=riddled | weight=0.170
=riddled =with | weight=0.170
=was =riddled | weight=0.170
=with =error | weight=0.170
=single =question | weight=0.170
=quote =a | weight=0.169
=to =filled | weight=0.169
=didn't =even | weight=0.169, noneg
=me =info | weight=0.169
=leads | weight=0.169
=what =they're | weight=0.169
=details =i | weight=0.168
=didn't =need | weight=0.168, noneg
=contract =says | weight=0.168
=in =until | weight=0.168
=was =sell | weight=0.167
=scheme | weight=0.167
=is =it | weight=0.167
=blind | weight=0.167
=same =account | weight=0.167
=bill =has | weight=0.167
=kept =asked | weight=0.165
=gone =up | weight=0.165
=what =the | weight=0.165
=the =opposite | weight=0.165
=wrong =informed | weight=0.164
=to =process | weight=0.163
=contradicted | weight=0.163
=conflicting | weight=0.163
=three =conflicting | weight=0.163
=two =hour | weight=0.162
=incorrect =informed | weight=0.162
=misinformed =about | weight=0.161
=me =on | weight=0.160
=these | weight=0.159
=fitted | weight=0.159
=said =they'd | weight=0.158
=thing | weight=0.158
=another =said | weight=0.158
=no =then | weight=0.158, noneg
=then =no | weight=0.158, noneg
=different =price | weight=0.157
=box =then | weight=0.157
=receipt =then | weight=0.157
=the =installer | weight=0.156
=account =within | weight=0.155
=wrong =line | weight=0.155
=contract =end | weight=0.155
=seem | weight=0.154
=they =cancelled | weight=0.154
=keyboard | weight=0.154
=laptop =had | weight=0.154
=data | weight=0.154
=i =received | weight=0.153
=agent =that | weight=0.153
=office =says | weight=0.152
=agent =first | weight=0.152
=then =both | weight=0.152
=letter =regarding | weight=0.152
=clearly =haven't | weight=0.152, noneg
=the =engineer | weight=0.151
=yes =then | weight=0.151
=have =received | weight=0.151
=register | weight=0.151
=i =did | weight=0.150
=staff =is | weight=0.150
=a =gift | weight=0.150
=gift =card | weight=0.150
=cable | weight=0.149
=couldnae | weight=0.149
=couldnae =tell | weight=0.149
=me =which | weight=0.149
=the =wee | weight=0.149
=wee | weight=0.149
=agent =gave | weight=0.149
=why =i | weight=0.149
=answer =from | weight=0.149
=he =kept | weight=0.148
=counter =had | weight=0.147
=asked =someone | weight=0.147
=was =not | weight=0.147, noneg
=then =she | weight=0.147
=after =two | weight=0.147
=light =means | weight=0.147
=clue | weight=0.147
=girl =at | weight=0.146
=your =own | weight=0.145
=clearly | weight=0.145
=still =no | weight=0.145, noneg
=nobody =seem | weight=0.145, noneg
=she =made | weight=0.145
=said =yes | weight=0.145
=abt | weight=0.144
=abt =the | weight=0.144
=answer =abt | weight=0.144
=diff =answer | weight=0.144
=fee =was | weight=0.143
=submit =my | weight=0.143
=staff =have | weight=0.141
=one =agent | weight=0.141
=the =office | weight=0.141
=turned =out | weight=0.141
=she =had | weight=0.141
=none =of | weight=0.140, noneg
=the =fitter | weight=0.140
=week =on | weight=0.140
=three =different | weight=0.140
=old =one | weight=0.140
=felt | weight=0.139
=reply =says | weight=0.139
=pension =transferred | weight=0.139
=of =it | weight=0.139
=fitter | weight=0.138
=head | weight=0.138
=how =your | weight=0.138
=the =guy | weight=0.138
=there =actually | weight=0.137
=what =i | weight=0.137
=gift | weight=0.136
=believe | weight=0.136
=advisor =provider | weight=0.136
=both | weight=0.136
=the =fee | weight=0.135
=later =and | weight=0.135
=agent =could | weight=0.135
=had =double | weight=0.135
=premium =had | weight=0.135
=haven't =got | weight=0.135, noneg
=the =tech | weight=0.134
=yous | weight=0.134
=my =data | weight=0.134
=have =zero | weight=0.133
=i =swear | weight=0.133
=completely =different | weight=0.133
=working =out | weight=0.133
=sell | weight=0.133
=need =the | weight=0.131
=gave | weight=0.131
=process =an | weight=0.130
=the =lad | weight=0.130
=dosage | weight=0.129
=duff | weight=0.129
=duff =info | weight=0.129
=the =dosage | weight=0.129
=am =the | weight=0.129
=lacked | weight=0.129
=to =answer | weight=0.128
=complained =the | weight=0.128
=how =the | weight=0.128
=can =answer | weight=0.128
=call =even | weight=0.128
=mobile | weight=0.127
=disconnected | weight=0.127
=first =said | weight=0.127
=informed =provider | weight=0.127
=provider =by | weight=0.127
=is =correct | weight=0.126
=warranty =on | weight=0.126
=light | weight=0.125
=is =evident | weight=0.125
=she =didn't | weight=0.125, noneg
=airport | weight=0.125
=they =gave | weight=0.124
=check =with | weight=0.124
=adviser | weight=0.124
=second =person | weight=0.124
=ppl | weight=0.123
=employee | weight=0.123
=would =need | weight=0.123
=one =person | weight=0.123
=discount =to | weight=0.123
=misapplied | weight=0.123
=misapplied =the | weight=0.123
=staff =misapplied | weight=0.123
=to =reset | weight=0.122
=chat =said | weight=0.122
=not =appeared | weight=0.122, noneg
=i =nearly | weight=0.122
=scheduled | weight=0.122
=get =me | weight=0.121
=he =look | weight=0.121
=i =raised | weight=0.121
=the =contract | weight=0.120
=flight =was | weight=0.120
=filled | weight=0.120
=customer =complained | weight=0.120
=around =the | weight=0.120
=he'd | weight=0.119
=admit =he | weight=0.119
=wasn't =eligible | weight=0.119, noneg
=the =laptop | weight=0.118
=supervisor =on | weight=0.118
=why =the | weight=0.118
=or =even | weight=0.118
=nobody =could | weight=0.117, noneg
=be =done | weight=0.117
=not =one | weight=0.117, noneg
=was =and | weight=0.116
=google =it | weight=0.116
=your =letter | weight=0.116
=the =mobile | weight=0.116
=her =answer | weight=0.116
=helpline | weight=0.116
=made | weight=0.115
=support | weight=0.115
=salesperson | weight=0.115
=first =person | weight=0.115
=was =asked | weight=0.115
=guy | weight=0.114
=her =supervisor | weight=0.114
=do =u | weight=0.114
=just =couldn't | weight=0.114, noneg
=woman =on | weight=0.114
=and =check | weight=0.114
=knowledge =to | weight=0.114
=lacked =the | weight=0.114
=the =knowledge | weight=0.114
=account =and | weight=0.114
=realise | weight=0.114
=the =technician | weight=0.113
=persists | weight=0.113
=included | weight=0.113
=their =own | weight=0.112
=entered =the | weight=0.112
=reset =a | weight=0.112
=adviser =told | weight=0.112
=agent =told | weight=0.112
=desk =was | weight=0.112
=scratch | weight=0.111
=believe =the | weight=0.111
=dispute | weight=0.111
=bro | weight=0.111
=i =spoke | weight=0.110
=a =different | weight=0.110
=did =not | weight=0.110, noneg
=sofa | weight=0.110
=advisor =just | weight=0.110
=everything =you | weight=0.110
=just =google | weight=0.110
=charge =us | weight=0.109
=they've =fitted | weight=0.109
=a =clue | weight=0.109
=different | weight=0.109
=they'd | weight=0.109
=the =person | weight=0.109
=clueless =about | weight=0.109
=dad =new | weight=0.108
=new =hear | weight=0.108
=got =it | weight=0.108
=did =and | weight=0.108
=guy =on | weight=0.108
=rebook =me | weight=0.108
=my =flight | weight=0.108
=couldn't =find | weight=0.108, noneg
=anybody =there | weight=0.108
=does =anybody | weight=0.108
=in =may | weight=0.107
=handler =said | weight=0.107
=missing =photos | weight=0.107
=one =claim | weight=0.107
=photos =the | weight=0.107
=photos =weren't | weight=0.107, noneg
=second =that | weight=0.107
=that =photos | weight=0.107
=weren't =need | weight=0.107, noneg
=your =advisor | weight=0.107
=didn't =have | weight=0.107, noneg
=person =said | weight=0.106
=own =product | weight=0.105
=ear | weight=0.105
=chat =and | weight=0.105
=between | weight=0.105
=means | weight=0.105
=the =discount | weight=0.104
=roaming | weight=0.104
=a =letter | weight=0.104
=free | weight=0.104
=read =me | weight=0.104
=appeared =wholly | weight=0.104
=policy =he | weight=0.104
=unfamiliar | weight=0.104
=unfamiliar =with | weight=0.104
=wholly | weight=0.104
=wholly =unfamiliar | weight=0.104
=staff =at | weight=0.103
=the =old | weight=0.103
=next =one | weight=0.103
