# rudeness, en: learned by scripts/learn.py from 3245 tuning texts (295 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Stood at the till for ten minutes while two staff finished their chat about the weekend, then got 'what do you want?'
+ I was hung up on. Twice. Mid-sentence.
+ He literally hung up on me mid sentence. twice.
- ok
- You've had my last penny.
=at =me | weight=0.491
=for =asked | weight=0.383
=with =me | weight=0.365
=laughed | weight=0.364
=condescending | weight=0.360
=insulting | weight=0.326
=sarcastic | weight=0.324
=over =me | weight=0.320
=dismissive | weight=0.314
=dirt | weight=0.304
=like =dirt | weight=0.304
=up =on | weight=0.294
=sentence | weight=0.290
=mocking | weight=0.288
=was =so | weight=0.287
=patronising | weight=0.267
=clerk | weight=0.264
=incredibly | weight=0.263
=for =help | weight=0.261
=acted | weight=0.257
=double =booking | weight=0.254
=impolite | weight=0.252
=rude | weight=0.250
=the =cashier | weight=0.249
=ur | weight=0.249
=at =by | weight=0.247
=loudly | weight=0.245
=agent =reply | weight=0.238
=without =look | weight=0.237, noneg
=assistant =told | weight=0.237
=manners | weight=0.236
=agent =was | weight=0.235
=and =kept | weight=0.232
=face | weight=0.228
=walked =away | weight=0.228
=hung | weight=0.228
=like =i | weight=0.227
=walked | weight=0.226
=call =my | weight=0.226
=shop =assistant | weight=0.225
=the =guard | weight=0.223
=guard | weight=0.222
=snapped | weight=0.221
=and =walked | weight=0.221
=me =like | weight=0.221
=contempt | weight=0.220
=made | weight=0.220
=made =a | weight=0.219
=condescending =and | weight=0.219
=mocking =my | weight=0.217
=when =she | weight=0.217
=was =be | weight=0.216
=salesman =kept | weight=0.215
=hung =up | weight=0.215
=couldn't =get | weight=0.214, noneg
=not =read | weight=0.214, noneg
=attitude | weight=0.213
=life | weight=0.211
=me =annoyed | weight=0.211
=of =your | weight=0.210
=walked =off | weight=0.208
=fitter =look | weight=0.208
=never =been | weight=0.207, noneg
=receptionist | weight=0.206
=his =voice | weight=0.205
=if =we | weight=0.205
=do =you | weight=0.205
=stood =there | weight=0.205
=your =problem | weight=0.204
=cashier | weight=0.202
=a =life | weight=0.202
=child | weight=0.202
=frankly =insulting | weight=0.199
=he =call | weight=0.199
=actually =typed | weight=0.198
=idiot | weight=0.198
=cashier =was | weight=0.198
=literally | weight=0.197
=she =told | weight=0.197
=while =two | weight=0.195
=pathetic | weight=0.195
=down =on | weight=0.192
=two =staff | weight=0.192
=sorted =always | weight=0.192
=your =sorted | weight=0.192
=to =stop | weight=0.192
=aggressive | weight=0.191
=at =my | weight=0.191
=not =mine | weight=0.191, noneg
=porter | weight=0.190
=learn | weight=0.188
=to =learn | weight=0.188
=i =point | weight=0.188
=kids | weight=0.187
=arrogant | weight=0.187
=wow | weight=0.187
=was =incredibly | weight=0.187
=stupid | weight=0.184
=woman | weight=0.184
=kept =talk | weight=0.181
=in =front | weight=0.181
=was =really | weight=0.181
=me =off | weight=0.180
=yelled | weight=0.179
=dad =as | weight=0.179
=my =face | weight=0.178
=other =customer | weight=0.177
=said =with | weight=0.177
=on =me | weight=0.177
=dessert | weight=0.176
=elderly | weight=0.175
=she =treated | weight=0.174
=the =receptionist | weight=0.173
=snapped =i'm | weight=0.173
=downright | weight=0.172
=was =downright | weight=0.172
=agent =literally | weight=0.172
=ur =staff | weight=0.171
=sworn | weight=0.171
=sworn =at | weight=0.171
=everyone | weight=0.171
=snide | weight=0.170
=everyone =else | weight=0.169
=like =everyone | weight=0.169
=whole =time | weight=0.169
=her =phone | weight=0.169
=do =something | weight=0.168
=go =do | weight=0.168
=with =that | weight=0.168
=single =sentence | weight=0.168
=with =as | weight=0.167
=and =pompous | weight=0.167
=pompous | weight=0.167
=irritably | weight=0.167
=you =want | weight=0.167
=were =condescending | weight=0.167
=phone =down | weight=0.166
=fucking | weight=0.166
=what =a | weight=0.165
=told =him | weight=0.165
=incredibly =rude | weight=0.164
=clearly =fed | weight=0.164
=up =that | weight=0.164
=charming | weight=0.163
=nasty | weight=0.163
=the =restaurant | weight=0.163
=thick | weight=0.162
=said =your | weight=0.162
=call =me | weight=0.162
=slammed | weight=0.162
=slammed =the | weight=0.162
=my =weight | weight=0.162
=weight | weight=0.162
=front =of | weight=0.162
=disconnected =me | weight=0.161
=snotty | weight=0.161
=that =she | weight=0.161
=as =if | weight=0.161
=shouted =at | weight=0.160
=stood | weight=0.160
=the =most | weight=0.160
=trouble | weight=0.159
=phone =myself | weight=0.159
=just =wow | weight=0.158
=something | weight=0.157
=attitude =from | weight=0.157
=said =yeah | weight=0.156
=spoke =over | weight=0.156
=what =do | weight=0.156
=feel =like | weight=0.155
=annoyed | weight=0.154
=rep =was | weight=0.154
=assistant | weight=0.154
=well =done | weight=0.153
=unbelievable | weight=0.153
=restaurant | weight=0.153
=something =use | weight=0.153
=the =fitter | weight=0.152
=in =his | weight=0.152
=counter =and | weight=0.152
=basically | weight=0.151
=was =sarcastic | weight=0.151
=the =word | weight=0.151
=a =single | weight=0.151
=frankly | weight=0.151
=his =manager | weight=0.150
=fitter | weight=0.150
=the =driver | weight=0.150
=the =bouncer | weight=0.149
=treated | weight=0.148
=reply =was | weight=0.148
=not =my | weight=0.147, noneg
=us | weight=0.147
=talk =over | weight=0.146
=high | weight=0.146
=and =just | weight=0.145
=for =not | weight=0.144, noneg
=little | weight=0.144
=good =luck | weight=0.144
=bag =at | weight=0.143
=of =waiting | weight=0.143
=feel | weight=0.143
=the =representative | weight=0.142
=argued | weight=0.142
=argued =with | weight=0.142
=ur =agent | weight=0.142
=to =his | weight=0.141
=and =would | weight=0.141
=hear =the | weight=0.140
=not =our | weight=0.140, noneg
=coughed | weight=0.140
=then =got | weight=0.140
=rolled | weight=0.139
=aggressive =and | weight=0.139
=rep | weight=0.139
=mins =in | weight=0.138
=a =sorry | weight=0.138
=calm =down | weight=0.137
=to =calm | weight=0.137
=she =retorted | weight=0.137
=service =tell | weight=0.137
=tell =someone | weight=0.137
=minutes =while | weight=0.137
=swore | weight=0.137
=she =wouldn't | weight=0.137, noneg
=and =talk | weight=0.136
=went =back | weight=0.136
=the =bloke | weight=0.136
=of =ring | weight=0.136
=booking =was | weight=0.136
=word =complaint | weight=0.135
=that =your | weight=0.135
=snarky | weight=0.135
=luck | weight=0.135
=became | weight=0.134
=kept =chat | weight=0.134
=a =rude | weight=0.134
=her =back | weight=0.134
=staff =chat | weight=0.134
=his =temper | weight=0.132
=lost =his | weight=0.132
=slowly | weight=0.132
=at =a | weight=0.131
=the =counter | weight=0.131
=a =liar | weight=0.131
=liar | weight=0.131
=like =a | weight=0.131
=asked =a | weight=0.130
=i =mentioned | weight=0.130
=down | weight=0.130
=shouted | weight=0.129
=bill =team | weight=0.129
=smirked | weight=0.129
=of =listening | weight=0.129
=would =not | weight=0.129, noneg
=me =every | weight=0.129
=retorted | weight=0.128
=bouncer | weight=0.128
=off =when | weight=0.128
=dismissive =from | weight=0.126
=was =dismissive | weight=0.126
=mattress | weight=0.125
=clearly | weight=0.125
=bloke | weight=0.125
=employee | weight=0.124
=threw | weight=0.124
=tone | weight=0.124
=just =brushed | weight=0.124
=swore =at | weight=0.124
=queue =and | weight=0.123
=find | weight=0.123
=the =bar | weight=0.123
=i =were | weight=0.122
=halfway | weight=0.122
=halfway =through | weight=0.122
=she =just | weight=0.122
=absolutely | weight=0.122
=fed | weight=0.122
=fed =up | weight=0.122
=for =his | weight=0.121
=mud | weight=0.121
=tracking =mud | weight=0.121
=of =customer | weight=0.121
=an =idiot | weight=0.121
=agent =call | weight=0.120
=me =thick | weight=0.120
=eyes | weight=0.120
=question =the | weight=0.119
=from =the | weight=0.119
=were =and | weight=0.119
=shop =and | weight=0.119
=problem =not | weight=0.119, noneg
=my =daughter | weight=0.119
=by =a | weight=0.119
=stop | weight=0.119
=me =away | weight=0.118
=maybe | weight=0.118
=lady =on | weight=0.118
=unhelpful | weight=0.118
=were =ignored | weight=0.118
=for =running | weight=0.117
=our =kids | weight=0.117
=the =porter | weight=0.117
=before =wasted | weight=0.117
=my =time | weight=0.117
=wasted =my | weight=0.117
=closed =the | weight=0.117
=diet | weight=0.117
=were =stupid | weight=0.116
=disconnected | weight=0.116
=so =rude | weight=0.116
=ever | weight=0.116
=a =really | weight=0.116
=yelled =at | weight=0.116
=curt | weight=0.116
=contact =with | weight=0.116
=belittled | weight=0.116
=my =head | weight=0.115
=he =had | weight=0.115
=complained =the | weight=0.114
=where =the | weight=0.114
=served =me | weight=0.114
=that =he | weight=0.114
=ignored =me | weight=0.114
=brushed | weight=0.113
=cry | weight=0.113
=just =hung | weight=0.113
=could =speak | weight=0.113
=watch =her | weight=0.113
=he =should | weight=0.112
=by =someone | weight=0.112
=the =bag | weight=0.112
=grunted | weight=0.112
=just =grunted | weight=0.112
=receptionist =was | weight=0.112
=coin | weight=0.112
=end =the | weight=0.111
=wouldnt | weight=0.111, noneg
=cut =me | weight=0.111
=me =out | weight=0.110
=rush | weight=0.110
=her =eyes | weight=0.110
=rolled =her | weight=0.110
=off =the | weight=0.110
=shut | weight=0.110
=his =own | weight=0.110
=wouldn't =let | weight=0.110, noneg
=i =coughed | weight=0.109
=chat =queue | weight=0.109
=disgusting | weight=0.109
=when =i | weight=0.109
=can't =you | weight=0.109, noneg
=accused | weight=0.109
=for =him | weight=0.109
=him =anyway | weight=0.109
=technical =for | weight=0.109
=too =technical | weight=0.109
=screaming | weight=0.109
=screaming =at | weight=0.109
=we =complained | weight=0.109
=should =go | weight=0.109
=unpleasant | weight=0.108
=she | weight=0.108
=waiter | weight=0.108
=to =got | weight=0.108
=threw =my | weight=0.108
=interrupted | weight=0.107
=didn't =even | weight=0.107, noneg
=treated =my | weight=0.107
=and =turned | weight=0.107
=accused =of | weight=0.107
=bar | weight=0.107
=passive | weight=0.107
=passive =aggressive | weight=0.107
=comment | weight=0.107
=told =my | weight=0.106
=down =lovely | weight=0.105
=the =salesman | weight=0.105
=she =made | weight=0.105
=rude =when | weight=0.105
=guard =treated | weight=0.104
=post =this | weight=0.104
=this =everywhere | weight=0.104
=woman =i | weight=0.104
=acted =like | weight=0.103
=operator | weight=0.103
=by =one | weight=0.103
=really | weight=0.102
=he =laughed | weight=0.102
=shocking | weight=0.102
=a =right | weight=0.102
=disgraceful | weight=0.102
=received =down | weight=0.102
=the =received | weight=0.102
=my =question | weight=0.102
=have =damage | weight=0.101
=years =old | weight=0.101
=stood =at | weight=0.101
=coughed =she | weight=0.101
=snarky =when | weight=0.100
