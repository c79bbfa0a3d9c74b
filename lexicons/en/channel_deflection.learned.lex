# channel_deflection, en: learned by scripts/learn.py from 2531 tuning texts (99 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ the guy just says it's all on the app now
+ They said we had to fill in an online form.
+ support just keeps saying go on the website
- You've had my last penny.
- just want my £40 back tbh
=the =website | weight=0.338
=online | weight=0.298
=query | weight=0.271
=hotline | weight=0.227
=the =hotline | weight=0.227
=a =link | weight=0.224
=complaint =are | weight=0.218
=app =now | weight=0.214
=to =email | weight=0.209
=via | weight=0.205
=can't =help | weight=0.195, noneg
=go =on | weight=0.189
=in =writing | weight=0.185
=the =app | weight=0.181
=point =me | weight=0.181
=to =do | weight=0.178
=agent =just | weight=0.176
=go =online | weight=0.173
=said =they | weight=0.173
=said =go | weight=0.171
=it =online | weight=0.171
=says =go | weight=0.171
=just =said | weight=0.168
=by =telephone | weight=0.168
=the =helpline | weight=0.165
=web | weight=0.165
=instead | weight=0.162
=they =just | weight=0.158
=keeps =tell | weight=0.158
=the =faq | weight=0.157
=point | weight=0.157
=process =order | weight=0.156
=staff =said | weight=0.155
=credit =query | weight=0.154
=not =dealt | weight=0.154, noneg
=query =are | weight=0.154
=no =longer | weight=0.154, noneg
=through =my | weight=0.153
=tell | weight=0.152
=via =the | weight=0.150
=on =facebook | weight=0.150
=i'd =have | weight=0.150
=they =can't | weight=0.147, noneg
=are =only | weight=0.145
=chat | weight=0.144
=phone =the | weight=0.143
=helpline | weight=0.143
=in =person | weight=0.142
=said =we | weight=0.140
=dm | weight=0.140
=the =guy | weight=0.140
=support =just | weight=0.140
=are | weight=0.137
=can =only | weight=0.136
=online =form | weight=0.136
=told =to | weight=0.135
=the =portal | weight=0.135
=order =by | weight=0.134
=dm =us | weight=0.132
=download | weight=0.131
=that =why | weight=0.131
=only =be | weight=0.131
=email =customer | weight=0.130
=faq | weight=0.129
=that =through | weight=0.127
=use =the | weight=0.127
=centre =page | weight=0.125
=form | weight=0.125
=the =email | weight=0.124
=done | weight=0.122
=chat =agent | weight=0.122
=they =told | weight=0.121
=app | weight=0.121
=why | weight=0.120
=portal | weight=0.119
=me =to | weight=0.119
=offline | weight=0.118
=tell =you | weight=0.117
=to =reported | weight=0.113
=to =log | weight=0.113
=are =not | weight=0.112, noneg
=handled | weight=0.112
=all =on | weight=0.111
=on =twitter | weight=0.111
=twitter | weight=0.111
=it =via | weight=0.110
=a =branch | weight=0.110
=faq =like | weight=0.109
=got =read | weight=0.109
=email =form | weight=0.108
=shop =says | weight=0.108
=call =the | weight=0.107
=why =i'm | weight=0.107
=help =centre | weight=0.107
=redirected =to | weight=0.107
=website =by | weight=0.107
=link =to | weight=0.107
=handled =by | weight=0.107
=online =team | weight=0.107
=ring =the | weight=0.106
=don't =have | weight=0.105, noneg
=offline =for | weight=0.105
=a =web | weight=0.104
=point =her | weight=0.104
=web =address | weight=0.104
=reported =a | weight=0.104
=the =branch | weight=0.103
=do =that | weight=0.102
=don't =deal | weight=0.102, noneg
=back =home | weight=0.102
=to =upload | weight=0.102
=upload =it | weight=0.102
=question =and | weight=0.102
=agent =point | weight=0.101
=live =chat | weight=0.100
=done =that | weight=0.099
=have =just | weight=0.099
=just =done | weight=0.099
=reply =with | weight=0.099
=to =call | weight=0.099
=said =dm | weight=0.098
=us =your | weight=0.098
=rather =than | weight=0.098
=said =everything | weight=0.098
=an =app | weight=0.098
=download =an | weight=0.098
=made =my | weight=0.098
=sim | weight=0.098
=branch =staff | weight=0.097
=website =then | weight=0.097
=live | weight=0.097
=was =told | weight=0.097
=you'll | weight=0.096
=you'll =have | weight=0.096
=just =keeps | weight=0.096
=rather | weight=0.096
=it =can | weight=0.096
=guy =says | weight=0.095
=through =the | weight=0.094
=are =dealt | weight=0.093
=email =only | weight=0.093
=matter =are | weight=0.093
=such =matter | weight=0.093
=with =by | weight=0.093
=they =point | weight=0.093
=to =apply | weight=0.093
=our =help | weight=0.093
=for =that | weight=0.093
=your =online | weight=0.092
=home =to | weight=0.092
=done =through | weight=0.092
=your =email | weight=0.092
=website =instead | weight=0.092
=it =on | weight=0.091
=to =phone | weight=0.091
=they | weight=0.091
=they =made | weight=0.091
=be =done | weight=0.090
=home | weight=0.090
=that =on | weight=0.089
=to =use | weight=0.088
=said =she'd | weight=0.088
=to =ring | weight=0.088
=customer =portal | weight=0.088
=app =just | weight=0.088
=we =had | weight=0.087
=everything =is | weight=0.087
=her =to | weight=0.087
=complaint | weight=0.087
=instructions | weight=0.086
=online =and | weight=0.086
=such | weight=0.086
=sent =back | weight=0.086
=the =phone | weight=0.086
=bill =they | weight=0.085
=branch | weight=0.085
=directed =me | weight=0.085
=message =them | weight=0.085
=wrong =charge | weight=0.084
=dealt | weight=0.084
=dealt =with | weight=0.084
=just =says | weight=0.083
=a =qr | weight=0.083
=app =instead | weight=0.083
=code =for | weight=0.083
=leaflet =with | weight=0.083
=just =gave | weight=0.083
=chat =told | weight=0.083
=address =on | weight=0.082
=app =and | weight=0.082
=them =on | weight=0.081
=that =all | weight=0.081
=says =i | weight=0.081
=discuss | weight=0.081
=chat =has | weight=0.080
=everyone =else | weight=0.080
=like =everyone | weight=0.080
=been =offline | weight=0.080
=use =live | weight=0.080
=the =agent | weight=0.079
=we =were | weight=0.078
=only =advice | weight=0.077
=store =and | weight=0.076
=statement =and | weight=0.076
=accept | weight=0.076
=was =answer | weight=0.075
=query =in | weight=0.075
=telephone | weight=0.074
=she'd | weight=0.074
=was =sent | weight=0.073
=the =web | weight=0.073
=visit | weight=0.073
=should =have | weight=0.073
=had =to | weight=0.073
=she =told | weight=0.073
=facebook | weight=0.073
=here | weight=0.072
=complaint =in | weight=0.072
=on =the | weight=0.072
=reported =it | weight=0.072
=sent =to | weight=0.071
=read =the | weight=0.071
=centre | weight=0.070
=an =online | weight=0.070
=to =filled | weight=0.070
=help =on | weight=0.069
=point =to | weight=0.069
=man =at | weight=0.069
=record | weight=0.069
=office =said | weight=0.068
=phone =about | weight=0.068
=i'm =call | weight=0.068
=have =reported | weight=0.068
=does =not | weight=0.068, noneg
=put =my | weight=0.068
=directed | weight=0.068
=automatic =reply | weight=0.068
=your =automatic | weight=0.068
=me =a | weight=0.067
=my =sim | weight=0.067
=handed =me | weight=0.067
=auto | weight=0.067
=page | weight=0.067
=help | weight=0.066
=and =got | weight=0.066
=my =online | weight=0.066
=online =account | weight=0.066
=customer =service | weight=0.066
=miles | weight=0.066
=miles =away | weight=0.066
=and =closed | weight=0.066
=we're | weight=0.066
=credit | weight=0.065
=says =contact | weight=0.065
=said =that | weight=0.065
=must =be | weight=0.065
=and =that | weight=0.065
=person =to | weight=0.065
=by =email | weight=0.064
=told =me | weight=0.064
=head =to | weight=0.064
=even =have | weight=0.064
=facebook =you | weight=0.064
=why =even | weight=0.064
=to =help | weight=0.064
=they =are | weight=0.063
=said =i | weight=0.063
=email | weight=0.063
=is =exactly | weight=0.063
=jacket | weight=0.062
=the =jacket | weight=0.062
=instructions =caller | weight=0.062
=line =simply | weight=0.062
=simply =instructions | weight=0.062
=form =doesn't | weight=0.062, noneg
=i =must | weight=0.062
=chat =been | weight=0.062
=told =i | weight=0.061
=booking =the | weight=0.061
=to =trying | weight=0.061
=trying =the | weight=0.061
=process | weight=0.061
=he =can't | weight=0.060, noneg
=are =handled | weight=0.060
=said =complaint | weight=0.060
=agent =wouldn't | weight=0.060, noneg
=to =avoid | weight=0.060
=goes =go | weight=0.060
=just =goes | weight=0.060
=log | weight=0.060
=over =the | weight=0.059
=have =to | weight=0.059
=to =head | weight=0.059
=me =i | weight=0.059
=and =was | weight=0.059
=link | weight=0.059
=everyone =to | weight=0.059
=tell =everyone | weight=0.059
=must | weight=0.058
=call =us | weight=0.058
=support | weight=0.058
=why =i | weight=0.058
=you =to | weight=0.058
=staff =keeps | weight=0.057
=caller =to | weight=0.057
=just =tell | weight=0.057
=our =written | weight=0.057
=avoid | weight=0.057
=a =fault | weight=0.056
=agent =said | weight=0.056
=return =the | weight=0.056
=reference =to | weight=0.055
=the =man | weight=0.055
=app =for | weight=0.055
=by =chat | weight=0.055
=form =three | weight=0.055
=form =won't | weight=0.055, noneg
=won't =submit | weight=0.055, noneg
=desk =said | weight=0.055
=upload | weight=0.055
=they =don't | weight=0.055, noneg
=then =disconnected | weight=0.054
=and =do | weight=0.054
=apparently =i | weight=0.054
=contact =form | weight=0.054
=it =from | weight=0.054
=we =don't | weight=0.054, noneg
=time =by | weight=0.054
=do =it | weight=0.054
=the =automated | weight=0.053
=me =at | weight=0.053
=been =sent | weight=0.053
=title | weight=0.053
=asked =about | weight=0.053
=dad =download | weight=0.053
=answer =my | weight=0.052
=than | weight=0.052
=to =sorted | weight=0.052
=simple =question | weight=0.052
=based | weight=0.052
=to =booking | weight=0.052
=redirected | weight=0.052
=with =a | weight=0.052
=on =chat | weight=0.051
=address | weight=0.051
=by =the | weight=0.051
=knowledge | weight=0.051
=closed =the | weight=0.051
=goes | weight=0.051
=advice =was | weight=0.051
=team =so | weight=0.051
=keeps =says | weight=0.050
=for =this | weight=0.050
=middle | weight=0.050
=the =middle | weight=0.050
=another =week | weight=0.050
=me =cancelled | weight=0.050
=everyone | weight=0.050
=advice | weight=0.050
=asked =a | weight=0.050
=my =question | weight=0.050
=disconnected | weight=0.050
=use | weight=0.050
=my =mortgage | weight=0.050
=the =record | weight=0.050
=was =to | weight=0.050
=cancelled =and | weight=0.049
=stuck =in | weight=0.049
=said =he | weight=0.049
=helpline =instead | weight=0.049
=i'm =deaf | weight=0.049
=the =live | weight=0.048
=clerk | weight=0.048
=a =shop | weight=0.048
=doesn't =working | weight=0.048, noneg
=completely | weight=0.047
=reply | weight=0.047
=into =the | weight=0.047
=matter | weight=0.047
=said =i'd | weight=0.047
=the =clerk | weight=0.047
=phone =to | weight=0.047
=the =help | weight=0.047
=guy =just | weight=0.047
=apply | weight=0.046
=ticket =office | weight=0.046
=i'm =on | weight=0.046
=address =still | weight=0.046
=that =we | weight=0.046
=dead | weight=0.046
=a =reference | weight=0.046
=i =explained | weight=0.046
=visit =a | weight=0.046
=nearest | weight=0.046
=counter =to | weight=0.046
=complaint =team | weight=0.045
=to =writing | weight=0.045
=insisted =that | weight=0.045
=replacement =my | weight=0.045
=representative =informed | weight=0.045
