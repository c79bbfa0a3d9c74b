# rudeness, en: learned by scripts/learn.py from 2841 tuning texts (251 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Caller states agent told him it was 'his own stupid fault' for not reading the small print. Caller distressed.
+ He literally hung up on me mid sentence. twice.
+ the woman in billing has hung up on me mid sentence
- You've had my last penny.
- just want my £40 back tbh
=at =me | weight=0.455
=condescending | weight=0.366
=sentence | weight=0.338
=with =me | weight=0.336
=laughed | weight=0.329
=dismissive | weight=0.297
=sarcastic | weight=0.295
=was =so | weight=0.295
=for =asked | weight=0.292
=rude | weight=0.291
=at =by | weight=0.289
=she =told | weight=0.280
=clerk | weight=0.279
=mocking | weight=0.271
=insulting | weight=0.268
=receptionist | weight=0.267
=incredibly | weight=0.252
=acted | weight=0.250
=made | weight=0.250
=the =cashier | weight=0.249
=agent =reply | weight=0.247
=condescending =and | weight=0.242
=manners | weight=0.242
=and =walked | weight=0.241
=shop =assistant | weight=0.241
=hung =up | weight=0.239
=and =kept | weight=0.235
=loudly | weight=0.233
=like =i | weight=0.232
=call =my | weight=0.231
=agent =was | weight=0.228
=idiot | weight=0.222
=assistant =told | weight=0.219
=to =stop | weight=0.219
=double =booking | weight=0.218
=woman | weight=0.217
=without =look | weight=0.217, noneg
=mocking =my | weight=0.215
=snapped | weight=0.214
=me =like | weight=0.214
=the =receptionist | weight=0.214
=her =phone | weight=0.213
=ur | weight=0.212
=couldn't =get | weight=0.211, noneg
=for =help | weight=0.210
=sorted =always | weight=0.210
=your =sorted | weight=0.210
=me =in | weight=0.210
=she =treated | weight=0.205
=stood =there | weight=0.205
=fitter =look | weight=0.204
=learn | weight=0.204
=to =learn | weight=0.204
=face | weight=0.204
=child | weight=0.203
=walked =away | weight=0.203
=something | weight=0.202
=stupid | weight=0.198
=while =two | weight=0.197
=not =read | weight=0.196, noneg
=pathetic | weight=0.196
=unbelievable | weight=0.195
=actually =typed | weight=0.194
=when =she | weight=0.194
=nasty | weight=0.193
=his =voice | weight=0.192
=if =we | weight=0.192
=kids | weight=0.191
=contempt | weight=0.191
=two =staff | weight=0.190
=were =condescending | weight=0.190
=made =a | weight=0.186
=frankly | weight=0.185
=frankly =insulting | weight=0.185
=down =on | weight=0.185
=me =annoyed | weight=0.184
=attitude | weight=0.182
=cashier | weight=0.181
=with =that | weight=0.177
=snapped =i'm | weight=0.177
=thick | weight=0.177
=life | weight=0.175
=was =incredibly | weight=0.174
=phone =down | weight=0.174
=dessert | weight=0.173
=said =your | weight=0.173
=as =if | weight=0.172
=said =with | weight=0.172
=a =life | weight=0.171
=fucking | weight=0.171
=and =pompous | weight=0.171
=pompous | weight=0.171
=ur =staff | weight=0.171
=asked =a | weight=0.171
=just =wow | weight=0.171
=wow | weight=0.171
=everyone | weight=0.170
=counter =and | weight=0.170
=phone =myself | weight=0.170
=his | weight=0.169
=patronising | weight=0.169
=sworn | weight=0.168
=sworn =at | weight=0.168
=really | weight=0.168
=the =restaurant | weight=0.167
=i =point | weight=0.167
=point =out | weight=0.167
=down | weight=0.166
=cashier =was | weight=0.165
=walked | weight=0.165
=irritably | weight=0.164
=incredibly =rude | weight=0.164
=was =be | weight=0.163
=hung | weight=0.163
=call =me | weight=0.163
=basically | weight=0.162
=us | weight=0.161
=what =a | weight=0.160
=walked =off | weight=0.160
=the =fitter | weight=0.159
=his =manager | weight=0.159
=read =the | weight=0.158
=dad =as | weight=0.158
=the =bouncer | weight=0.158
=up =on | weight=0.158
=fitter | weight=0.157
=mattress | weight=0.157
=for =not | weight=0.156, noneg
=feel =like | weight=0.156
=restaurant | weight=0.156
=in =his | weight=0.154
=elderly | weight=0.154
=she =wouldn't | weight=0.153, noneg
=little | weight=0.152
=at =my | weight=0.152
=not =my | weight=0.152, noneg
=whole =time | weight=0.151
=in =front | weight=0.150
=do =something | weight=0.150
=go =do | weight=0.150
=my =weight | weight=0.149
=weight | weight=0.149
=my =face | weight=0.149
=argued | weight=0.148
=argued =with | weight=0.148
=other =customer | weight=0.148
=the =representative | weight=0.148
=attitude =from | weight=0.148
=with =as | weight=0.148
=and =talk | weight=0.148
=that =she | weight=0.147
=clearly =fed | weight=0.147
=up =that | weight=0.147
=me =off | weight=0.147
=treated | weight=0.146
=ur =agent | weight=0.146
=the =bloke | weight=0.145
=swore =at | weight=0.145
=woman =i | weight=0.145
=rep =was | weight=0.144
=a =sorry | weight=0.144
=unhelpful | weight=0.144
=to =his | weight=0.143
=my =question | weight=0.143
=bill =team | weight=0.143
=stood | weight=0.142
=a =single | weight=0.142
=slowly | weight=0.142
=my =elderly | weight=0.142
=then =got | weight=0.142
=stop | weight=0.142
=swore | weight=0.141
=good =luck | weight=0.141
=high | weight=0.141
=became | weight=0.140
=of =your | weight=0.139
=something =use | weight=0.137
=a =liar | weight=0.137
=liar | weight=0.137
=the =most | weight=0.136
=told =him | weight=0.136
=luck | weight=0.136
=her =back | weight=0.136
=snotty | weight=0.135
=coughed | weight=0.135
=calm =down | weight=0.135
=to =calm | weight=0.135
=hear =the | weight=0.134
=a =counter | weight=0.134
=my =daughter | weight=0.134
=an =idiot | weight=0.133
=she =retorted | weight=0.133
=by =a | weight=0.132
=bouncer | weight=0.132
=of =listening | weight=0.132
=not =our | weight=0.132, noneg
=wouldn't =let | weight=0.132, noneg
=that =he | weight=0.131
=kept =chat | weight=0.131
=passive | weight=0.131
=passive =aggressive | weight=0.131
=finish | weight=0.131
=didnt =even | weight=0.130, noneg
=off =when | weight=0.130
=word =complaint | weight=0.130
=bloke | weight=0.130
=was =sarcastic | weight=0.129
=complained =the | weight=0.129
=maybe | weight=0.129
=agent =call | weight=0.128
=me =thick | weight=0.128
=snide | weight=0.128
=watch =her | weight=0.128
=service =tell | weight=0.128
=tell =someone | weight=0.128
=of =waiting | weight=0.128
=elderly =mum | weight=0.128
=just =brushed | weight=0.128
=she =said | weight=0.128
=assistant | weight=0.127
=closed =the | weight=0.127
=aggressive | weight=0.127
=eyes | weight=0.127
=the =instructions | weight=0.127
=a =rude | weight=0.127
=front =of | weight=0.127
=when | weight=0.126
=of =ring | weight=0.126
=a =question | weight=0.126
=clearly | weight=0.126
=smirked | weight=0.126
=the =word | weight=0.126
=annoyed | weight=0.125
=on =me | weight=0.125
=her =eyes | weight=0.125
=rolled =her | weight=0.125
=me =as | weight=0.125
=reply =was | weight=0.124
=everyone =else | weight=0.124
=like =everyone | weight=0.124
=retorted | weight=0.124
=guard | weight=0.124
=never =been | weight=0.124, noneg
=me =away | weight=0.124
=ring =back | weight=0.123
=we =complained | weight=0.123
=of =customer | weight=0.122
=threw =my | weight=0.121
=cry | weight=0.121
=just =hung | weight=0.121
=well =done | weight=0.120
=employee | weight=0.120
=yelled | weight=0.119
=staff =chat | weight=0.119
=for =running | weight=0.119
=our =kids | weight=0.119
=porter | weight=0.119
=the =porter | weight=0.119
=shut | weight=0.118
=accused =of | weight=0.118
=was =really | weight=0.117
=coin | weight=0.117
=literally | weight=0.116
=feel | weight=0.116
=him =to | weight=0.116
=right =in | weight=0.115
=rush | weight=0.115
=the =pharmacist | weight=0.115
=a =really | weight=0.115
=curt | weight=0.115
=for =his | weight=0.115
=brushed | weight=0.114
=agent =told | weight=0.114
=when =i | weight=0.114
=halfway | weight=0.114
=halfway =through | weight=0.114
=me =out | weight=0.114
=we =were | weight=0.113
=rolled | weight=0.113
=he =had | weight=0.112
=the =bar | weight=0.112
=get =a | weight=0.112
=mud | weight=0.112
=tracking =mud | weight=0.112
=lady =on | weight=0.112
=have =damage | weight=0.112
=shouted =at | weight=0.112
=pharmacist | weight=0.112
=disgusting | weight=0.112
=ever | weight=0.112
=this =and | weight=0.111
=fed | weight=0.111
=fed =up | weight=0.111
=by =one | weight=0.111
=he | weight=0.111
=could =speak | weight=0.110
=waiter | weight=0.110
=grunted | weight=0.110
=just =grunted | weight=0.110
=went =back | weight=0.109
=and =told | weight=0.109
=his =temper | weight=0.108
=lost =his | weight=0.108
=damage =the | weight=0.108
=served =me | weight=0.108
=the =waiter | weight=0.108
=and =turned | weight=0.108
=a =little | weight=0.108
=wouldnt | weight=0.107, noneg
=threw | weight=0.107
=instructions | weight=0.107
=staff =were | weight=0.107
=i =were | weight=0.107
=rude =and | weight=0.107
=before =wasted | weight=0.107
=my =time | weight=0.107
=wasted =my | weight=0.107
=diet | weight=0.107
=my =change | weight=0.106
=that =it | weight=0.106
=one =of | weight=0.106
=snarky | weight=0.106
=booking =was | weight=0.106
=slammed | weight=0.105
=slammed =the | weight=0.105
=for =him | weight=0.105
=him =anyway | weight=0.105
=technical =for | weight=0.105
=too =technical | weight=0.105
=disgraceful | weight=0.104
=cut =me | weight=0.104
=she | weight=0.104
=comment | weight=0.104
=find | weight=0.104
=he =couldn't | weight=0.103, noneg
=from =the | weight=0.103
=if =a | weight=0.103
=voice | weight=0.103
=he =said | weight=0.103
=screaming | weight=0.103
=screaming =at | weight=0.103
=stood =at | weight=0.103
=of =course | weight=0.102
=at =a | weight=0.102
=the =counter | weight=0.102
=charming | weight=0.102
=were =and | weight=0.102
=accent =to | weight=0.102
=mimicked | weight=0.102
=mimicked =my | weight=0.102
=down =lovely | weight=0.102
=off | weight=0.101
=contact =with | weight=0.101
=were =ignored | weight=0.101
=my =kitchen | weight=0.101
=shocking | weight=0.100
=lies | weight=0.100
=my =sentence | weight=0.100
=can't =you | weight=0.099, noneg
=receptionist =was | weight=0.099
=for =you | weight=0.099
=and =blind | weight=0.099
=effing | weight=0.099
=effing =and | weight=0.099
=change =on | weight=0.099
=adviser =spoke | weight=0.099
=were =a | weight=0.099
=were =stupid | weight=0.099
=you =know | weight=0.098
=he =just | weight=0.098
=learn =to | weight=0.098
=asked =him | weight=0.098
=every =message | weight=0.098
=should =go | weight=0.097
=i =coughed | weight=0.096
=he =should | weight=0.096
=didnt | weight=0.096, noneg
=like =a | weight=0.095
=budget | weight=0.095
=mattress =and | weight=0.095
=return =desk | weight=0.095
=his =own | weight=0.095
=bar | weight=0.094
=point | weight=0.094
=his =colleague | weight=0.094
=i =mentioned | weight=0.094
=and =put | weight=0.094
=already =said | weight=0.094
=basically =call | weight=0.093
=this =problem | weight=0.093
=so =rude | weight=0.093
=plugged | weight=0.093
=coughed =she | weight=0.093
=a =complaint | weight=0.093
=blind | weight=0.093
=accused | weight=0.092
=tone =and | weight=0.092
=accused =my | weight=0.092
=daughter =of | weight=0.092
=the =guard | weight=0.092
