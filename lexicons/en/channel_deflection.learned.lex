# channel_deflection, en: learned by scripts/learn.py from 3044 tuning texts (115 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Staff in the shop said they can't help with online orders and I'd have to ring the helpline.
+ There is no option on your phone menu to speak to an actual person, only to 'visit our website'.
+ told my mum she's 'too old' for the online account and should use the branch. she's 70 and does her own tax return online
- ok
- You've had my last penny.
=the =website | weight=0.326
=online | weight=0.320
=to =email | weight=0.283
=query | weight=0.238
=to =do | weight=0.226
=hotline | weight=0.218
=the =hotline | weight=0.218
=instead | weight=0.216
=a =link | weight=0.216
=app =now | weight=0.212
=go =on | weight=0.192
=via | weight=0.191
=point =me | weight=0.190
=complaint =are | weight=0.188
=can't =help | weight=0.184, noneg
=agent =just | weight=0.174
=in =writing | weight=0.173
=web | weight=0.172
=go =online | weight=0.169
=by =telephone | weight=0.168
=tell | weight=0.168
=it =online | weight=0.168
=dm | weight=0.167
=dm =us | weight=0.167
=says =go | weight=0.165
=use =the | weight=0.162
=said =go | weight=0.162
=the =branch | weight=0.159
=process =order | weight=0.158
=staff =said | weight=0.156
=said =they | weight=0.156
=they =just | weight=0.156
=the =app | weight=0.154
=the =faq | weight=0.153
=point | weight=0.152
=the =helpline | weight=0.150
=no =longer | weight=0.150, noneg
=credit =query | weight=0.150
=not =dealt | weight=0.150, noneg
=query =are | weight=0.150
=app | weight=0.148
=keeps =tell | weight=0.148
=they =can't | weight=0.146, noneg
=twitter | weight=0.145
=in =person | weight=0.145
=through =my | weight=0.143
=download | weight=0.142
=via =the | weight=0.141
=only =be | weight=0.139
=i'd =have | weight=0.137
=are | weight=0.137
=order =by | weight=0.137
=on =twitter | weight=0.137
=told =to | weight=0.136
=centre =page | weight=0.136
=they =told | weight=0.133
=the =guy | weight=0.133
=just =said | weight=0.132
=online =form | weight=0.132
=on =facebook | weight=0.131
=said =we | weight=0.130
=support =just | weight=0.130
=that =through | weight=0.130
=form | weight=0.128
=portal | weight=0.128
=it =on | weight=0.127
=are =not | weight=0.127, noneg
=the =portal | weight=0.126
=store =staff | weight=0.126
=helpline | weight=0.125
=chat =agent | weight=0.125
=he =said | weight=0.123
=chat | weight=0.123
=shop =says | weight=0.121
=phone =the | weight=0.121
=to =call | weight=0.121
=visit | weight=0.120
=me =to | weight=0.120
=are =only | weight=0.117
=faq | weight=0.116
=all =on | weight=0.116
=done | weight=0.116
=help =centre | weight=0.114
=that =why | weight=0.114
=ring =the | weight=0.113
=don't =deal | weight=0.111, noneg
=why | weight=0.111
=link =to | weight=0.111
=offline | weight=0.111
=faq =like | weight=0.111
=got =read | weight=0.111
=a =branch | weight=0.111
=to =visit | weight=0.110
=to =log | weight=0.109
=can =only | weight=0.109
=complaint | weight=0.109
=a =web | weight=0.109
=point =her | weight=0.109
=web =address | weight=0.109
=to =use | weight=0.107
=online =team | weight=0.106
=email =customer | weight=0.106
=website =by | weight=0.106
=said =i | weight=0.106
=rather =than | weight=0.105
=visit =our | weight=0.104
=only =accept | weight=0.104
=the =email | weight=0.104
=it =via | weight=0.103
=rather | weight=0.103
=online =account | weight=0.102
=have =just | weight=0.102
=just =done | weight=0.102
=call =us | weight=0.101
=please =call | weight=0.101
=live =chat | weight=0.101
=they =point | weight=0.101
=tell =you | weight=0.101
=redirected =to | weight=0.100
=offline =for | weight=0.100
=question =and | weight=0.099
=website =then | weight=0.099
=handled =by | weight=0.098
=done =that | weight=0.098
=email =form | weight=0.098
=back =home | weight=0.098
=to =upload | weight=0.098
=upload =it | weight=0.098
=don't =have | weight=0.098, noneg
=an =app | weight=0.098
=download =an | weight=0.098
=made =my | weight=0.098
=done =through | weight=0.097
=are =dealt | weight=0.096
=email =only | weight=0.096
=matter =are | weight=0.096
=such =matter | weight=0.096
=with =by | weight=0.096
=to =reported | weight=0.096
=agent =point | weight=0.096
=do =that | weight=0.096
=customer =portal | weight=0.095
=live | weight=0.095
=counter =to | weight=0.094
=online =and | weight=0.093
=reply =with | weight=0.093
=our =help | weight=0.092
=said =everything | weight=0.092
=bill =they | weight=0.092
=everyone =else | weight=0.091
=like =everyone | weight=0.091
=they =made | weight=0.091
=it =can | weight=0.091
=why =i'm | weight=0.091
=guy =says | weight=0.090
=reported =a | weight=0.090
=your =online | weight=0.090
=just =keeps | weight=0.089
=instructions | weight=0.089
=said =dm | weight=0.089
=us =your | weight=0.089
=home =to | weight=0.089
=they | weight=0.089
=does =not | weight=0.089, noneg
=sim | weight=0.089
=to =phone | weight=0.088
=menu =to | weight=0.087
=be =done | weight=0.087
=such | weight=0.086
=telephone | weight=0.086
=didn't =get | weight=0.086, noneg
=we =were | weight=0.086
=you'll =have | weight=0.085
=is =no | weight=0.085, noneg
=should =use | weight=0.085
=was =sent | weight=0.085
=credit | weight=0.084
=wrong =charge | weight=0.084
=address =on | weight=0.084
=home | weight=0.084
=do =it | weight=0.084
=call =instead | weight=0.084
=the =man | weight=0.083
=through =the | weight=0.083
=everything =is | weight=0.083
=to =apply | weight=0.083
=was =told | weight=0.083
=said =she'd | weight=0.083
=you'll | weight=0.083
=just =says | weight=0.082
=dealt | weight=0.082
=dealt =with | weight=0.082
=a =qr | weight=0.082
=app =instead | weight=0.082
=code =for | weight=0.082
=leaflet =with | weight=0.082
=a =wrong | weight=0.082
=your =email | weight=0.082
=app =and | weight=0.081
=and =got | weight=0.081
=an =online | weight=0.081
=to =ring | weight=0.080
=phone =menu | weight=0.080
=that =on | weight=0.080
=me =a | weight=0.080
=that =all | weight=0.079
=actually =person | weight=0.079
=an =actually | weight=0.079
=email | weight=0.079
=direct =me | weight=0.078
=she =told | weight=0.078
=discuss | weight=0.078
=and =was | weight=0.078
=was =answer | weight=0.078
=please =dm | weight=0.077
=sent =back | weight=0.077
=handled | weight=0.077
=just =gave | weight=0.076
=should =have | weight=0.076
=the =agent | weight=0.076
=her =to | weight=0.076
=only =to | weight=0.076
=email =the | weight=0.076
=been =offline | weight=0.076
=use =live | weight=0.076
=they =don't | weight=0.076, noneg
=store =and | weight=0.075
=use | weight=0.074
=chat =has | weight=0.074
=website | weight=0.074
=website =to | weight=0.073
=we =had | weight=0.073
=sent =to | weight=0.073
=cust =on | weight=0.072
=for =that | weight=0.072
=said =to | weight=0.072
=the =web | weight=0.071
=on =the | weight=0.071
=staff =keeps | weight=0.071
=says =i | weight=0.071
=reported =it | weight=0.071
=app =just | weight=0.070
=statement =and | weight=0.070
=said =that | weight=0.070
=complaint =in | weight=0.070
=call =the | weight=0.070
=message =them | weight=0.070
=page | weight=0.069
=link | weight=0.069
=centre | weight=0.069
=had =to | weight=0.069
=record | weight=0.069
=man =at | weight=0.069
=says =contact | weight=0.069
=have =reported | weight=0.069
=direct | weight=0.068
=query =in | weight=0.068
=no =option | weight=0.067, noneg
=my =sim | weight=0.067
=and =closed | weight=0.067
=person =to | weight=0.067
=website =instead | weight=0.067
=to =filled | weight=0.066
=is =exactly | weight=0.066
=she'd | weight=0.066
=even =have | weight=0.066
=facebook =you | weight=0.066
=why =even | weight=0.066
=he =can't | weight=0.066, noneg
=the =jacket | weight=0.065
=head =to | weight=0.065
=them =on | weight=0.065
=by =chat | weight=0.065
=form =three | weight=0.065
=form =won't | weight=0.065, noneg
=won't =submit | weight=0.065, noneg
=the =chatbot | weight=0.065
=that =he | weight=0.065
=to =trying | weight=0.065
=trying =the | weight=0.065
=auto | weight=0.065
=tell =people | weight=0.064
=phone =about | weight=0.064
=instructions =caller | weight=0.064
=line =simply | weight=0.064
=simply =instructions | weight=0.064
=i =must | weight=0.064
=the =online | weight=0.064
=another =week | weight=0.064
=me =cancelled | weight=0.064
=he'll | weight=0.064
=says =he'll | weight=0.064
=they =are | weight=0.063
=automatic =reply | weight=0.063
=your =automatic | weight=0.063
=return =the | weight=0.063
=help =on | weight=0.063
=point =to | weight=0.063
=chat =told | weight=0.062
=he =would | weight=0.062
=put =my | weight=0.062
=dm'd | weight=0.061
=handed =me | weight=0.061
=help | weight=0.061
=cust =says | weight=0.061
=chat =been | weight=0.061
=told =i | weight=0.061
=to =help | weight=0.061
=time =by | weight=0.061
=miles =away | weight=0.061
=why =i | weight=0.060
=caller =to | weight=0.060
=miles | weight=0.060
=dad =download | weight=0.060
=office =said | weight=0.060
=branch =staff | weight=0.060
=cancelled =and | weight=0.059
=process | weight=0.059
=an =agent | weight=0.058
=answer =my | weight=0.058
=goes =go | weight=0.058
=just =goes | weight=0.058
=reply =on | weight=0.058
=a =fault | weight=0.058
=you =to | weight=0.057
=asked =a | weight=0.057
=and =that | weight=0.057
=reference =to | weight=0.056
=surgery =for | weight=0.056
=hasn't =got | weight=0.056, noneg
=to =avoid | weight=0.056
=by =email | weight=0.056
=phone =to | weight=0.056
=would =need | weight=0.055
=our =written | weight=0.055
=booking =the | weight=0.055
=to =writing | weight=0.055
=redirected | weight=0.055
=then =disconnected | weight=0.055
=the =phone | weight=0.055
=facebook | weight=0.054
=agent =wouldn't | weight=0.054, noneg
=me =i | weight=0.054
=keeps =says | weight=0.054
=everyone | weight=0.054
=reply | weight=0.054
=avoid | weight=0.054
=and =hasn't | weight=0.053, noneg
=to =complained | weight=0.053
=my =online | weight=0.053
=and =i've | weight=0.052
=the =automated | weight=0.052
=it =from | weight=0.052
=only =advice | weight=0.052
=knowledge | weight=0.052
=account =and | weight=0.051
=to =booking | weight=0.051
=asked =about | weight=0.051
=title | weight=0.051
=everyone =to | weight=0.051
=tell =everyone | weight=0.051
=the =chat | weight=0.051
=guy =just | weight=0.051
=go | weight=0.051
=please | weight=0.051
=been =sent | weight=0.050
=are =handled | weight=0.050
=said =complaint | weight=0.050
=to =sorted | weight=0.050
=said | weight=0.050
=my =mortgage | weight=0.050
=got =an | weight=0.049
=to =head | weight=0.049
=apparently =i | weight=0.049
=the =record | weight=0.049
=based | weight=0.049
=clerk | weight=0.049
=connection | weight=0.049
=my =question | weight=0.049
=upload | weight=0.049
=middle | weight=0.049
=the =middle | weight=0.049
=guy | weight=0.049
=the =clerk | weight=0.048
=have =to | weight=0.048
=a =shop | weight=0.048
=online =bank | weight=0.048
=a =reference | weight=0.048
=sorted =it | weight=0.048
=the =form | weight=0.048
=said =he | weight=0.048
=into =the | weight=0.048
=visit =a | weight=0.048
=stuck =in | weight=0.047
=there =is | weight=0.047
=fault =in | weight=0.047
=line =to | weight=0.047
=form =doesn't | weight=0.047, noneg
=head | weight=0.047
=matter | weight=0.047
