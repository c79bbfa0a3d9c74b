# rudeness, en: learned by scripts/learn.py from 3044 tuning texts (289 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Agent replied 'did you even read the instructions?' and then 'obviously not'. Wow. Just wow.
+ Stood at the till for ten minutes while two staff finished their chat about the weekend, then got 'what do you want?'
+ I was hung up on. Twice. Mid-sentence.
- ok
- You've had my last penny.
=at =me | weight=0.466
=for =asked | weight=0.386
=condescending | weight=0.360
=with =me | weight=0.344
=laughed | weight=0.330
=sarcastic | weight=0.314
=sentence | weight=0.310
=over =me | weight=0.308
=dismissive | weight=0.306
=insulting | weight=0.288
=rude | weight=0.286
=was =so | weight=0.285
=dirt | weight=0.281
=like =dirt | weight=0.281
=act | weight=0.278
=she =told | weight=0.274
=mocking | weight=0.272
=incredibly | weight=0.265
=at =by | weight=0.262
=clerk | weight=0.254
=patronising | weight=0.251
=the =receptionist | weight=0.249
=receptionist | weight=0.247
=the =cashier | weight=0.242
=manners | weight=0.241
=impolite | weight=0.240
=me =in | weight=0.238
=up =on | weight=0.236
=walked =away | weight=0.235
=and =kept | weight=0.235
=agent =reply | weight=0.233
=made | weight=0.233
=double =booking | weight=0.232
=loudly | weight=0.232
=call =my | weight=0.232
=contempt | weight=0.229
=assistant =told | weight=0.229
=ur | weight=0.225
=salesman =kept | weight=0.224
=agent =was | weight=0.222
=never =been | weight=0.221, noneg
=for =help | weight=0.221
=condescending =and | weight=0.220
=snapped | weight=0.220
=shop =assistant | weight=0.220
=without =look | weight=0.217, noneg
=walked | weight=0.216
=face | weight=0.215
=and =walked | weight=0.212
=hung | weight=0.212
=stood =there | weight=0.212
=the =guard | weight=0.212
=couldn't =get | weight=0.209, noneg
=down =on | weight=0.209
=idiot | weight=0.209
=like =i | weight=0.205
=attitude | weight=0.205
=fitter =look | weight=0.205
=a =life | weight=0.204
=cashier | weight=0.204
=hung =up | weight=0.203
=if =we | weight=0.202
=life | weight=0.202
=when =she | weight=0.202
=made =a | weight=0.201
=stupid | weight=0.201
=to =stop | weight=0.201
=guard | weight=0.199
=pathetic | weight=0.199
=kids | weight=0.196
=not =read | weight=0.195, noneg
=your =problem | weight=0.195
=actually =typed | weight=0.195
=the =restaurant | weight=0.195
=me =annoyed | weight=0.194
=learn | weight=0.193
=to =learn | weight=0.193
=me =like | weight=0.193
=his =voice | weight=0.192
=of =your | weight=0.192
=not =mine | weight=0.191, noneg
=treated | weight=0.191
=at =my | weight=0.190
=do =you | weight=0.189
=cashier =was | weight=0.189
=mocking =my | weight=0.188
=literally | weight=0.187
=child | weight=0.186
=snapped =i'm | weight=0.185
=sorted =always | weight=0.185
=your =sorted | weight=0.185
=porter | weight=0.185
=while =two | weight=0.185
=really | weight=0.185
=kept =talk | weight=0.184
=other =customer | weight=0.182
=restaurant | weight=0.182
=her =phone | weight=0.181
=arrogant | weight=0.181
=two =staff | weight=0.180
=downright | weight=0.179
=was =downright | weight=0.179
=woman | weight=0.179
=was =incredibly | weight=0.179
=frankly | weight=0.178
=frankly =insulting | weight=0.178
=walked =off | weight=0.177
=dad =as | weight=0.177
=yelled | weight=0.176
=wow | weight=0.176
=aggressive | weight=0.175
=my =face | weight=0.173
=she =treated | weight=0.172
=phone =myself | weight=0.171
=elderly | weight=0.170
=dessert | weight=0.170
=irritably | weight=0.169
=with =that | weight=0.166
=down | weight=0.166
=agent =literally | weight=0.166
=was =really | weight=0.165
=single =sentence | weight=0.165
=were =condescending | weight=0.164
=fucking | weight=0.164
=said =with | weight=0.164
=was =be | weight=0.163
=and =pompous | weight=0.163
=pompous | weight=0.163
=ur =staff | weight=0.163
=shouted =at | weight=0.163
=reply =was | weight=0.163
=him =to | weight=0.163
=as =if | weight=0.163
=snide | weight=0.163
=told =him | weight=0.163
=incredibly =rude | weight=0.162
=sworn | weight=0.162
=sworn =at | weight=0.162
=spoke =over | weight=0.160
=thick | weight=0.160
=nasty | weight=0.159
=disconnected =me | weight=0.158
=my =weight | weight=0.158
=weight | weight=0.158
=stood | weight=0.157
=unbelievable | weight=0.156
=said =your | weight=0.156
=snotty | weight=0.156
=someone =who | weight=0.155
=me =off | weight=0.154
=talk =over | weight=0.154
=do =something | weight=0.153
=go =do | weight=0.153
=just =wow | weight=0.153
=slammed | weight=0.152
=slammed =the | weight=0.152
=not =my | weight=0.151, noneg
=that =she | weight=0.151
=feel =like | weight=0.150
=high | weight=0.150
=said =yeah | weight=0.150
=something | weight=0.149
=clearly =fed | weight=0.149
=up =that | weight=0.149
=argued | weight=0.149
=argued =with | weight=0.149
=what =a | weight=0.149
=attitude =from | weight=0.149
=call =me | weight=0.149
=trouble | weight=0.148
=you =want | weight=0.148
=phone =down | weight=0.148
=with =as | weight=0.147
=in =his | weight=0.147
=to =like | weight=0.147
=the =fitter | weight=0.147
=the =most | weight=0.145
=the =bloke | weight=0.145
=was =sarcastic | weight=0.145
=for =not | weight=0.145, noneg
=and =would | weight=0.144
=fitter | weight=0.144
=he =said | weight=0.144
=assistant | weight=0.144
=counter =and | weight=0.144
=stop | weight=0.144
=hear =the | weight=0.144
=her =back | weight=0.144
=a =sorry | weight=0.144
=a =single | weight=0.143
=the =bouncer | weight=0.143
=everyone | weight=0.143
=she =just | weight=0.142
=something =use | weight=0.142
=his =manager | weight=0.142
=asked =him | weight=0.141
=i =point | weight=0.140
=point =out | weight=0.140
=snarky | weight=0.140
=mins =in | weight=0.140
=whole =time | weight=0.140
=my =question | weight=0.140
=when =i | weight=0.139
=little | weight=0.139
=his | weight=0.139
=the =instructions | weight=0.138
=the =bag | weight=0.138
=not =our | weight=0.138, noneg
=bag =at | weight=0.137
=good =luck | weight=0.136
=she =wouldn't | weight=0.136, noneg
=maybe | weight=0.136
=mattress | weight=0.136
=coughed | weight=0.135
=basically | weight=0.135
=the =representative | weight=0.135
=everyone =else | weight=0.135
=like =everyone | weight=0.135
=in =front | weight=0.134
=calm =down | weight=0.134
=to =calm | weight=0.134
=on =me | weight=0.134
=slowly | weight=0.134
=the =word | weight=0.134
=aggressive =and | weight=0.133
=us | weight=0.133
=that =your | weight=0.132
=woman =i | weight=0.132
=eyes | weight=0.132
=became | weight=0.132
=ur =agent | weight=0.132
=what =do | weight=0.131
=rep =was | weight=0.131
=asked =a | weight=0.130
=annoyed | weight=0.130
=bloke | weight=0.130
=luck | weight=0.129
=to =his | weight=0.129
=she =said | weight=0.129
=of =ring | weight=0.129
=ever | weight=0.129
=and =talk | weight=0.128
=a =rude | weight=0.128
=a =liar | weight=0.128
=liar | weight=0.128
=at =a | weight=0.127
=lady =on | weight=0.127
=waiter | weight=0.127
=service =tell | weight=0.127
=tell =someone | weight=0.127
=line =went | weight=0.127
=went =dead | weight=0.127
=agent =call | weight=0.126
=me =thick | weight=0.126
=an =idiot | weight=0.126
=smirked | weight=0.126
=word =complaint | weight=0.125
=i =mentioned | weight=0.124
=of =waiting | weight=0.124
=dismissive =from | weight=0.124
=was =dismissive | weight=0.124
=like =a | weight=0.123
=watch =her | weight=0.123
=me =every | weight=0.123
=me =away | weight=0.123
=ring =back | weight=0.122
=threw | weight=0.121
=i =trying | weight=0.121
=of =listening | weight=0.121
=he =couldn't | weight=0.120, noneg
=were =and | weight=0.119
=me =out | weight=0.119
=swore =at | weight=0.119
=direct | weight=0.119
=she =retorted | weight=0.119
=bill =team | weight=0.119
=coin | weight=0.119
=unpleasant | weight=0.118
=diet | weight=0.118
=that =he | weight=0.118
=get =a | weight=0.118
=yelled =at | weight=0.117
=for =running | weight=0.117
=our =kids | weight=0.117
=the =porter | weight=0.117
=well =done | weight=0.117
=of =customer | weight=0.116
=comment | weight=0.116
=booking =was | weight=0.116
=kept =chat | weight=0.116
=shop =and | weight=0.115
=didn't =even | weight=0.115, noneg
=contact =with | weight=0.115
=instructions | weight=0.115
=and =turned | weight=0.114
=he =laughed | weight=0.114
=he =should | weight=0.114
=queue =and | weight=0.114
=halfway | weight=0.114
=halfway =through | weight=0.114
=staff =chat | weight=0.114
=unhelpful | weight=0.114
=wouldnt | weight=0.114, noneg
=shouted | weight=0.114
=retorted | weight=0.113
=we =complained | weight=0.113
=could =speak | weight=0.113
=front =of | weight=0.113
=the =driver | weight=0.113
=swore | weight=0.113
=disgusting | weight=0.113
=closed =the | weight=0.112
=employee | weight=0.112
=grunted | weight=0.112
=just =grunted | weight=0.112
=he =had | weight=0.112
=charming | weight=0.112
=shut | weight=0.112
=find | weight=0.111
=just =brushed | weight=0.111
=ignored =me | weight=0.111
=were =ignored | weight=0.110
=so =rude | weight=0.110
=rep | weight=0.110
=minutes =while | weight=0.110
=complained =the | weight=0.110
=question =the | weight=0.110
=the =bar | weight=0.109
=for =his | weight=0.109
=accused =of | weight=0.109
=threw =my | weight=0.109
=fed | weight=0.109
=fed =up | weight=0.109
=my =daughter | weight=0.109
=then =got | weight=0.109
=act =like | weight=0.108
=call =him | weight=0.108
=mud | weight=0.108
=tracking =mud | weight=0.108
=to =read | weight=0.108
=a =really | weight=0.108
=feel | weight=0.108
=the =counter | weight=0.107
=went =back | weight=0.107
=cry | weight=0.107
=her =eyes | weight=0.107
=rolled =her | weight=0.107
=bouncer | weight=0.106
=a =question | weight=0.106
=from =the | weight=0.106
=i =were | weight=0.106
=wouldn't =let | weight=0.106, noneg
=read =the | weight=0.106
=you =know | weight=0.105
=before =wasted | weight=0.105
=my =time | weight=0.105
=wasted =my | weight=0.105
=passive | weight=0.105
=passive =aggressive | weight=0.105
=disconnected | weight=0.105
=problem =not | weight=0.104, noneg
=his =temper | weight=0.104
=lost =his | weight=0.104
=a =little | weight=0.104
=end =the | weight=0.104
=clearly | weight=0.103
=where =the | weight=0.103
=accused | weight=0.103
=for =him | weight=0.103
=him =anyway | weight=0.103
=technical =for | weight=0.103
=too =technical | weight=0.103
=snarky =when | weight=0.102
=have =damage | weight=0.102
=return =desk | weight=0.102
=rolled | weight=0.102
=can't =you | weight=0.102, noneg
=cut =me | weight=0.102
=and =asked | weight=0.102
=and =just | weight=0.101
=down =lovely | weight=0.101
=were =stupid | weight=0.101
=curt | weight=0.100
=i =coughed | weight=0.100
=should =go | weight=0.100
=have =ever | weight=0.100
=rude =and | weight=0.100
=disgraceful | weight=0.100
=shocking | weight=0.100
=treated =my | weight=0.100
=and =then | weight=0.100
=didnt =even | weight=0.100, noneg
=chat =queue | weight=0.100
=staff =were | weight=0.099
=coughed =she | weight=0.099
=by =a | weight=0.099
=brushed | weight=0.099
=by =one | weight=0.098
=middle =of | weight=0.098
=this =fault | weight=0.098
