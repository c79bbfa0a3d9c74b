# rudeness, en: learned by scripts/learn.py from 2531 tuning texts (213 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ He literally hung up on me mid sentence. twice.
+ the woman in billing has hung up on me mid sentence
+ your adviser talks to my dad as if he's a little kid
- You've had my last penny.
- just want my £40 back tbh
=at =me | weight=0.462
=condescending | weight=0.380
=the =cashier | weight=0.368
=sentence | weight=0.355
=with =me | weight=0.344
=receptionist | weight=0.326
=laughed | weight=0.319
=idiot | weight=0.313
=at =by | weight=0.304
=and =walked | weight=0.301
=as =if | weight=0.299
=she =told | weight=0.288
=insulting | weight=0.287
=cashier | weight=0.284
=for =asked | weight=0.277
=whole =time | weight=0.276
=was =so | weight=0.275
=agent =reply | weight=0.273
=rude | weight=0.272
=sarcastic | weight=0.265
=clerk | weight=0.264
=hung =up | weight=0.256
=made | weight=0.256
=mocking | weight=0.254
=manners | weight=0.252
=incredibly | weight=0.248
=loudly | weight=0.247
=condescending =and | weight=0.245
=double =booking | weight=0.241
=call =my | weight=0.239
=agent =was | weight=0.235
=acted | weight=0.234
=everyone | weight=0.233
=and =kept | weight=0.231
=like =i | weight=0.230
=learn | weight=0.229
=to =learn | weight=0.229
=dismissive | weight=0.228
=snapped | weight=0.225
=couldn't =get | weight=0.221, noneg
=an =idiot | weight=0.220
=me =in | weight=0.220
=contempt | weight=0.219
=her =phone | weight=0.218
=never =been | weight=0.216, noneg
=life | weight=0.216
=walked | weight=0.216
=his =voice | weight=0.213
=for =help | weight=0.213
=sorted =always | weight=0.211
=your =sorted | weight=0.211
=child | weight=0.211
=without =look | weight=0.207, noneg
=pathetic | weight=0.205
=fitter =look | weight=0.200
=face | weight=0.199
=hung | weight=0.199
=woman | weight=0.195
=walked =away | weight=0.195
=me =like | weight=0.193
=made =a | weight=0.189
=with =that | weight=0.189
=mocking =my | weight=0.188
=snapped =i'm | weight=0.188
=was =incredibly | weight=0.188
=kids | weight=0.187
=were =condescending | weight=0.187
=if =we | weight=0.186
=two =staff | weight=0.184
=while =two | weight=0.184
=asked =a | weight=0.184
=she =treated | weight=0.184
=stood =there | weight=0.184
=me =annoyed | weight=0.183
=frankly | weight=0.183
=frankly =insulting | weight=0.183
=attitude | weight=0.183
=dessert | weight=0.182
=his | weight=0.182
=the =receptionist | weight=0.181
=a =life | weight=0.180
=fucking | weight=0.180
=said =your | weight=0.180
=said =with | weight=0.180
=at =my | weight=0.179
=nasty | weight=0.179
=sworn | weight=0.178
=sworn =at | weight=0.178
=patronising | weight=0.178
=incredibly =rude | weight=0.175
=the =restaurant | weight=0.174
=she =wouldn't | weight=0.169, noneg
=high | weight=0.168
=stupid | weight=0.168
=was =be | weight=0.168
=stood | weight=0.167
=something | weight=0.167
=assistant =told | weight=0.166
=thick | weight=0.166
=down | weight=0.166
=down =on | weight=0.165
=bill =team | weight=0.164
=to =stop | weight=0.163
=instead =of | weight=0.163
=phone =down | weight=0.163
=the =fitter | weight=0.162
=mattress | weight=0.162
=restaurant | weight=0.162
=his =manager | weight=0.162
=i =point | weight=0.161
=point =out | weight=0.161
=counter =and | weight=0.161
=not =read | weight=0.160, noneg
=clearly =fed | weight=0.159
=up =that | weight=0.159
=fitter | weight=0.159
=phone =myself | weight=0.159
=other =customer | weight=0.158
=attitude =from | weight=0.158
=little | weight=0.157
=the =representative | weight=0.157
=ur =staff | weight=0.155
=the =bloke | weight=0.155
=feel =like | weight=0.155
=and =pompous | weight=0.155
=pompous | weight=0.155
=me =off | weight=0.154
=swore =at | weight=0.154
=kept =chat | weight=0.154
=the =instructions | weight=0.154
=up =on | weight=0.154
=irritably | weight=0.154
=read =the | weight=0.154
=dad =as | weight=0.153
=unhelpful | weight=0.153
=ur | weight=0.152
=basically | weight=0.152
=was =sarcastic | weight=0.151
=a =single | weight=0.149
=guard | weight=0.149
=on =me | weight=0.148
=the =bouncer | weight=0.148
=my =face | weight=0.146
=what =a | weight=0.146
=of =your | weight=0.146
=service =tell | weight=0.145
=tell =someone | weight=0.145
=coughed | weight=0.143
=do =something | weight=0.143
=go =do | weight=0.143
=just =brushed | weight=0.143
=my =question | weight=0.143
=maybe | weight=0.143
=and =then | weight=0.142
=she =retorted | weight=0.142
=woman =i | weight=0.142
=hear =the | weight=0.142
=a =sorry | weight=0.141
=didnt =even | weight=0.140, noneg
=call =me | weight=0.140
=a =liar | weight=0.140
=liar | weight=0.140
=argued | weight=0.140
=argued =with | weight=0.140
=of =waiting | weight=0.139
=in =his | weight=0.139
=my =daughter | weight=0.139
=one =of | weight=0.139
=my =weight | weight=0.138
=weight | weight=0.138
=snide | weight=0.138
=rep =was | weight=0.138
=word =complaint | weight=0.138
=good =luck | weight=0.137
=ring =back | weight=0.137
=elderly | weight=0.136
=my =elderly | weight=0.136
=and =turned | weight=0.135
=literally | weight=0.135
=with =as | weight=0.134
=yelled | weight=0.133
=swore | weight=0.133
=a =counter | weight=0.133
=when =i | weight=0.132
=of =customer | weight=0.132
=assistant | weight=0.132
=calm =down | weight=0.132
=to =calm | weight=0.132
=in =front | weight=0.131
=treated | weight=0.131
=luck | weight=0.131
=the =pharmacist | weight=0.131
=retorted | weight=0.131
=the =most | weight=0.130
=brushed | weight=0.130
=walked =off | weight=0.130
=feel | weight=0.130
=slowly | weight=0.129
=everyone =else | weight=0.129
=like =everyone | weight=0.129
=a =rude | weight=0.129
=cashier =was | weight=0.129
=the =word | weight=0.129
=us | weight=0.129
=staff =chat | weight=0.129
=something =use | weight=0.128
=so =rude | weight=0.127
=was =really | weight=0.127
=passive | weight=0.127
=passive =aggressive | weight=0.127
=her =eyes | weight=0.127
=rolled =her | weight=0.127
=bloke | weight=0.127
=smirked | weight=0.127
=waiter | weight=0.127
=complained =the | weight=0.127
=were =and | weight=0.126
=me =out | weight=0.126
=annoyed | weight=0.126
=a =question | weight=0.126
=grunted | weight=0.126
=just =grunted | weight=0.126
=aggressive | weight=0.125
=not =our | weight=0.125, noneg
=threw =my | weight=0.125
=that =he | weight=0.124
=pharmacist | weight=0.124
=he =had | weight=0.124
=the =waiter | weight=0.124
=halfway | weight=0.124
=halfway =through | weight=0.124
=disgusting | weight=0.124
=off =when | weight=0.124
=woman =on | weight=0.124
=watch =her | weight=0.124
=rush | weight=0.123
=eyes | weight=0.123
=instructions | weight=0.123
=booking =was | weight=0.123
=finish | weight=0.122
=he =said | weight=0.121
=reply =was | weight=0.121
=rude =and | weight=0.121
=and =told | weight=0.121
=for =running | weight=0.121
=our =kids | weight=0.121
=porter | weight=0.121
=the =porter | weight=0.121
=to =his | weight=0.120
=out =the | weight=0.119
=for =his | weight=0.118
=staff =were | weight=0.118
=went =back | weight=0.118
=learn =to | weight=0.118
=for =him | weight=0.118
=him =anyway | weight=0.118
=technical =for | weight=0.118
=too =technical | weight=0.118
=lady =on | weight=0.117
=we =were | weight=0.116
=bouncer | weight=0.116
=shouted | weight=0.115
=then =got | weight=0.115
=of =listening | weight=0.115
=my =sentence | weight=0.115
=i =were | weight=0.115
=we =complained | weight=0.114
=practically | weight=0.114
=really | weight=0.114
=she =made | weight=0.113
=me =away | weight=0.113
=i =coughed | weight=0.112
=by =a | weight=0.112
=this =and | weight=0.112
=unbelievable | weight=0.112
=fed | weight=0.111
=fed =up | weight=0.111
=at =a | weight=0.111
=curt | weight=0.111
=to =my | weight=0.111
=right =in | weight=0.111
=that =it | weight=0.110
=accent | weight=0.110
=she =said | weight=0.110
=just =hung | weight=0.110
=of =ring | weight=0.110
=told =him | weight=0.109
=can't =you | weight=0.109, noneg
=shut | weight=0.109
=coin | weight=0.109
=down =lovely | weight=0.109
=accused =of | weight=0.109
=disgraceful | weight=0.109
=were =ignored | weight=0.108
=that =she | weight=0.108
=coughed =she | weight=0.108
=diet | weight=0.107
=threw | weight=0.107
=cut =me | weight=0.107
=of =course | weight=0.107
=the =bar | weight=0.107
=wouldn't =let | weight=0.106, noneg
=off | weight=0.106
=accused | weight=0.106
=every =message | weight=0.106
=elderly =mum | weight=0.105
=find | weight=0.105
=rolled | weight=0.105
=accent =to | weight=0.105
=mimicked | weight=0.105
=mimicked =my | weight=0.105
=told =my | weight=0.104
=return =desk | weight=0.104
=front =of | weight=0.104
=before =wasted | weight=0.103
=my =time | weight=0.103
=wasted =my | weight=0.103
=his =temper | weight=0.103
=lost =his | weight=0.103
=slammed | weight=0.103
=slammed =the | weight=0.103
=my =accent | weight=0.103
=the =counter | weight=0.102
=didnt | weight=0.102, noneg
=budget | weight=0.102
=mattress =and | weight=0.102
=he =should | weight=0.102
=have =never | weight=0.102, noneg
=directed | weight=0.102
=comment | weight=0.102
=stank | weight=0.101
=stop | weight=0.101
=some | weight=0.101
=contact =with | weight=0.101
=wouldnt | weight=0.100, noneg
=the =double | weight=0.100
=this =it | weight=0.100
=should =go | weight=0.100
=basically =call | weight=0.099
=this =problem | weight=0.099
=he =laughed | weight=0.099
=lies | weight=0.099
=my =change | weight=0.098
=even =read | weight=0.098
=snarky | weight=0.098
=a =shop | weight=0.098
=flat =and | weight=0.097
=and =loudly | weight=0.097
=assistant =smirked | weight=0.097
=me =as | weight=0.097
=have =damage | weight=0.097
=ever | weight=0.096
=so =condescending | weight=0.096
=have =you | weight=0.096
=screaming | weight=0.096
=screaming =at | weight=0.096
=when =we | weight=0.096
=i =mentioned | weight=0.096
=and =ignored | weight=0.095
=and =blind | weight=0.095
=effing | weight=0.095
=effing =and | weight=0.095
=accused =my | weight=0.095
=daughter =of | weight=0.095
=shouted =at | weight=0.095
=she | weight=0.095
=where =the | weight=0.095
=brand | weight=0.095
=dismissive =and | weight=0.094
=course | weight=0.094
=the =manager | weight=0.094
=my =kitchen | weight=0.093
=a =little | weight=0.093
=he =just | weight=0.093
=customer =like | weight=0.093
=said =in | weight=0.093
=rep | weight=0.092
=laughed =about | weight=0.091
=adviser =spoke | weight=0.091
=were =a | weight=0.091
=my =flat | weight=0.091
=sarcastic =when | weight=0.091
=wasted | weight=0.091
=manager =for | weight=0.091
=damage =the | weight=0.091
=ruined | weight=0.090
=talk =down | weight=0.090
=started =talk | weight=0.090
=said =maybe | weight=0.090
=a =complaint | weight=0.090
=sales =assistant | weight=0.090
=retorted =that | weight=0.090
=like =that | weight=0.090
=and =just | weight=0.089
=what =kind | weight=0.089
=change =on | weight=0.089
=were =stupid | weight=0.089
=hour =of | weight=0.088
=i =can't | weight=0.088, noneg
=hysterical | weight=0.088
