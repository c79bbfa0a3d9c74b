# channel_deflection, en: learned by scripts/learn.py from 2841 tuning texts (114 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Staff in the shop said they can't help with online orders and I'd have to ring the helpline.
+ Woman at the council one-stop shop said she couldn't accept paper forms any more and I had to do it online, and when I said I can't use a computer she shrugged and said 'rules are rules'.
+ the guy just says it's all on the app now
- You've had my last penny.
- just want my £40 back tbh
=the =website | weight=0.317
=online | weight=0.307
=to =email | weight=0.290
=query | weight=0.232
=a =link | weight=0.227
=app =now | weight=0.224
=to =do | weight=0.224
=hotline | weight=0.213
=the =hotline | weight=0.213
=instead | weight=0.209
=can't =help | weight=0.192, noneg
=point =me | weight=0.189
=complaint =are | weight=0.189
=agent =just | weight=0.181
=web | weight=0.175
=said =go | weight=0.174
=via | weight=0.173
=it =online | weight=0.173
=go =on | weight=0.170
=tell | weight=0.169
=go =online | weight=0.169
=dm | weight=0.167
=the =app | weight=0.166
=in =writing | weight=0.166
=dm =us | weight=0.165
=by =telephone | weight=0.164
=use =the | weight=0.163
=says =go | weight=0.161
=keeps =tell | weight=0.160
=they =just | weight=0.159
=told =to | weight=0.159
=the =faq | weight=0.159
=point | weight=0.157
=credit =query | weight=0.154
=not =dealt | weight=0.154, noneg
=query =are | weight=0.154
=process =order | weight=0.154
=the =helpline | weight=0.152
=staff =said | weight=0.151
=through =my | weight=0.151
=the =branch | weight=0.150
=no =longer | weight=0.150, noneg
=said =they | weight=0.150
=app | weight=0.148
=in =person | weight=0.148
=just =said | weight=0.148
=they =can't | weight=0.147, noneg
=only =be | weight=0.140
=they =told | weight=0.139
=online =form | weight=0.139
=via =the | weight=0.138
=the =guy | weight=0.137
=on =facebook | weight=0.136
=i'd =have | weight=0.135
=support =just | weight=0.135
=download | weight=0.135
=centre =page | weight=0.135
=order =by | weight=0.134
=said =we | weight=0.133
=twitter | weight=0.133
=it =on | weight=0.130
=the =portal | weight=0.128
=that =through | weight=0.128
=store =staff | weight=0.128
=to =call | weight=0.127
=portal | weight=0.126
=on =twitter | weight=0.126
=helpline | weight=0.125
=form | weight=0.124
=phone =the | weight=0.124
=all =on | weight=0.121
=are =not | weight=0.120, noneg
=me =to | weight=0.119
=faq | weight=0.119
=that =why | weight=0.119
=are | weight=0.119
=email =customer | weight=0.119
=the =email | weight=0.117
=ring =the | weight=0.116
=chat | weight=0.116
=shop =says | weight=0.115
=chat =agent | weight=0.114
=complaint | weight=0.113
=faq =like | weight=0.113
=got =read | weight=0.113
=are =only | weight=0.113
=to =visit | weight=0.113
=done | weight=0.111
=visit | weight=0.111
=a =web | weight=0.110
=point =her | weight=0.110
=web =address | weight=0.110
=offline | weight=0.110
=can =only | weight=0.110
=link =to | weight=0.110
=redirected =to | weight=0.109
=website =by | weight=0.109
=don't =have | weight=0.109, noneg
=he =said | weight=0.108
=call =us | weight=0.108
=please =call | weight=0.108
=why | weight=0.107
=have =just | weight=0.107
=just =done | weight=0.107
=tell =you | weight=0.106
=to =use | weight=0.106
=online =team | weight=0.105
=a =branch | weight=0.105
=rather =than | weight=0.105
=done =through | weight=0.104
=done =that | weight=0.104
=to =log | weight=0.104
=website =then | weight=0.104
=help =centre | weight=0.103
=rather | weight=0.103
=live =chat | weight=0.102
=online =account | weight=0.102
=email =form | weight=0.102
=question =and | weight=0.102
=counter =to | weight=0.101
=agent =point | weight=0.101
=only =accept | weight=0.101
=visit =our | weight=0.101
=offline =for | weight=0.100
=it =can | weight=0.099
=back =home | weight=0.099
=to =upload | weight=0.099
=upload =it | weight=0.099
=to =report | weight=0.099
=it =via | weight=0.098
=don't =deal | weight=0.098, noneg
=said =i | weight=0.097
=they =point | weight=0.097
=said =everything | weight=0.097
=sim | weight=0.097
=live | weight=0.097
=are =dealt | weight=0.097
=email =only | weight=0.097
=matter =are | weight=0.097
=such =matter | weight=0.097
=with =by | weight=0.097
=handled =by | weight=0.096
=guy =says | weight=0.094
=bill =they | weight=0.094
=you'll | weight=0.094
=you'll =have | weight=0.094
=to =apply | weight=0.093
=instructions | weight=0.093
=just =keeps | weight=0.092
=they | weight=0.092
=we =were | weight=0.092
=does =not | weight=0.092, noneg
=reply =with | weight=0.092
=just =says | weight=0.091
=online =and | weight=0.091
=an =app | weight=0.091
=download =an | weight=0.091
=made =my | weight=0.091
=home =to | weight=0.091
=report =a | weight=0.091
=menu =to | weight=0.090
=do =it | weight=0.089
=that =on | weight=0.089
=through =the | weight=0.088
=everything =is | weight=0.088
=everyone =else | weight=0.088
=like =everyone | weight=0.088
=do =that | weight=0.087
=why =i'm | weight=0.087
=such | weight=0.087
=to =phone | weight=0.087
=customer =portal | weight=0.086
=directed =me | weight=0.086
=our =help | weight=0.086
=address =on | weight=0.085
=they =made | weight=0.085
=said =dm | weight=0.085
=us =your | weight=0.085
=dealt | weight=0.084
=dealt =with | weight=0.084
=didn't =get | weight=0.084, noneg
=was =sent | weight=0.084
=should =use | weight=0.084
=your =online | weight=0.083
=telephone | weight=0.083
=a =qr | weight=0.083
=app =instead | weight=0.083
=code =for | weight=0.083
=leaflet =with | weight=0.083
=that =all | weight=0.083
=phone =menu | weight=0.082
=actually =person | weight=0.082
=an =actually | weight=0.082
=app =and | weight=0.082
=call =instead | weight=0.082
=website =instead | weight=0.082
=only =to | weight=0.081
=sent =back | weight=0.081
=just =gave | weight=0.081
=to =ring | weight=0.080
=was =told | weight=0.080
=please =dm | weight=0.080
=email | weight=0.079
=store =and | weight=0.079
=is =no | weight=0.079, noneg
=should =have | weight=0.079
=we =had | weight=0.078
=chat =has | weight=0.078
=and =got | weight=0.078
=website | weight=0.078
=for =that | weight=0.078
=call =the | weight=0.078
=said =she'd | weight=0.077
=handled | weight=0.077
=your =email | weight=0.077
=be =done | weight=0.077
=an =online | weight=0.076
=and =was | weight=0.076
=sent =to | weight=0.076
=the =web | weight=0.076
=cust =on | weight=0.076
=app =just | weight=0.075
=message =them | weight=0.075
=statement =and | weight=0.075
=a =wrong | weight=0.075
=home | weight=0.075
=wrong =charge | weight=0.075
=been =offline | weight=0.074
=use =live | weight=0.074
=was =answer | weight=0.074
=chat =told | weight=0.074
=says =i | weight=0.074
=on =the | weight=0.073
=them =on | weight=0.073
=me =a | weight=0.073
=said =that | weight=0.072
=tell =people | weight=0.072
=discuss | weight=0.072
=she =told | weight=0.071
=report =it | weight=0.071
=i =must | weight=0.071
=complaint =in | weight=0.071
=told =i | weight=0.070
=credit | weight=0.070
=email =the | weight=0.069
=is =exactly | weight=0.069
=and =closed | weight=0.069
=help =on | weight=0.069
=point =to | weight=0.069
=use | weight=0.068
=he =can't | weight=0.068, noneg
=automatic =reply | weight=0.068
=your =automatic | weight=0.068
=my =sim | weight=0.068
=no =option | weight=0.067, noneg
=said =to | weight=0.067
=had =to | weight=0.067
=have =report | weight=0.067
=directed | weight=0.067
=even =have | weight=0.067
=facebook =you | weight=0.067
=why =even | weight=0.067
=he'll | weight=0.066
=says =he'll | weight=0.066
=says =contact | weight=0.066
=why =i | weight=0.066
=cust =says | weight=0.066
=put =my | weight=0.065
=by =chat | weight=0.065
=form =three | weight=0.065
=form =won't | weight=0.065, noneg
=won't =submit | weight=0.065, noneg
=centre | weight=0.065
=they =are | weight=0.065
=to =trying | weight=0.065
=trying =the | weight=0.065
=support | weight=0.065
=he =would | weight=0.065
=the =jacket | weight=0.065
=staff =keeps | weight=0.064
=the =online | weight=0.064
=the =phone | weight=0.064
=the =agent | weight=0.064
=dm'd | weight=0.064
=auto | weight=0.064
=phone =about | weight=0.064
=hands =me | weight=0.063
=the =man | weight=0.063
=person =to | weight=0.063
=the =chatbot | weight=0.063
=goes =go | weight=0.063
=just =goes | weight=0.063
=reply =on | weight=0.063
=time =by | weight=0.063
=instructions =caller | weight=0.063
=line =simply | weight=0.063
=simply =instructions | weight=0.063
=link | weight=0.062
=man =at | weight=0.062
=agent =wouldn't | weight=0.062, noneg
=her =to | weight=0.062
=query =in | weight=0.062
=only =advice | weight=0.062
=process | weight=0.061
=to =help | weight=0.061
=head =to | weight=0.061
=help | weight=0.061
=facebook | weight=0.061
=by =email | weight=0.061
=to =avoid | weight=0.061
=apparently =i | weight=0.060
=the =chat | weight=0.060
=miles =away | weight=0.060
=to =filled | weight=0.060
=me =i | weight=0.060
=return =the | weight=0.060
=record | weight=0.060
=phone =to | weight=0.059
=cancelled =and | weight=0.059
=miles | weight=0.059
=chat =been | weight=0.059
=booking =the | weight=0.058
=to =writing | weight=0.058
=she'd | weight=0.058
=and =that | weight=0.058
=caller =to | weight=0.058
=here | weight=0.058
=then =disconnected | weight=0.057
=another =weeks | weight=0.057
=me =cancelled | weight=0.057
=to =sorted | weight=0.057
=they =don't | weight=0.057, noneg
=reply | weight=0.057
=to =head | weight=0.057
=would =need | weight=0.057
=everyone | weight=0.057
=answer =my | weight=0.056
=you =to | weight=0.056
=avoid | weight=0.056
=nearest | weight=0.056
=branch =staff | weight=0.056
=are =handled | weight=0.056
=said =complaint | weight=0.056
=it =from | weight=0.055
=branch | weight=0.055
=surgery =for | weight=0.055
=page | weight=0.054
=me =at | weight=0.054
=an =agent | weight=0.054
=hasn't =got | weight=0.054, noneg
=go | weight=0.054
=redirected | weight=0.054
=please | weight=0.054
=asked =about | weight=0.054
=office =said | weight=0.054
=my =online | weight=0.054
=matter | weight=0.054
=sorted =it | weight=0.053
=clerk | weight=0.053
=everyone =to | weight=0.053
=tell =everyone | weight=0.053
=keeps =says | weight=0.053
=the =record | weight=0.053
=title | weight=0.053
=middle | weight=0.053
=the =middle | weight=0.053
=online =bank | weight=0.052
=email =was | weight=0.052
=branch =told | weight=0.052
=use =chat | weight=0.052
=and =i've | weight=0.052
=upload | weight=0.052
=read =the | weight=0.052
=goes | weight=0.052
=and =hasn't | weight=0.052, noneg
=our =written | weight=0.051
=a =shop | weight=0.051
=the =clerk | weight=0.051
=closed =the | weight=0.051
=completely | weight=0.051
=asked =a | weight=0.051
=the =automated | weight=0.051
=reference =to | weight=0.051
=my =mortgage | weight=0.051
=customer =service | weight=0.050
=report | weight=0.050
=form =doesn't | weight=0.050, noneg
=answer =with | weight=0.050
=the =form | weight=0.050
=my =question | weight=0.050
=guy =just | weight=0.050
=been =sent | weight=0.049
=said =he | weight=0.049
=connection | weight=0.049
=the =live | weight=0.049
=line =went | weight=0.049
=went =dead | weight=0.049
=got =an | weight=0.049
=to =booking | weight=0.049
=desk =said | weight=0.049
