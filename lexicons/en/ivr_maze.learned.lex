# ivr_maze, en: learned by scripts/learn.py from 3044 tuning texts (85 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ ok so your bot couldnt help, the agent told me to use the app, the app is broken. what am i supposed to do??
+ Your web chat is operated by software which could not process my request and offered no means of escalation to an employee. I request that the Ombudsman note this.
+ all i want is to speak to a real person!!
- ok
- You've had my last penny.
=chatbot | weight=0.441
=goodbye | weight=0.372
=your =phone | weight=0.323
=press | weight=0.315
=automated | weight=0.312
=robot | weight=0.282
=no =way | weight=0.251, noneg
=send =me | weight=0.250
=voice | weight=0.246
=phone =system | weight=0.239
=no =option | weight=0.236, noneg
=option | weight=0.229
=system | weight=0.228
=the =automated | weight=0.227
=disconnected | weight=0.213
=loan =every | weight=0.205
=record | weight=0.205
=option =and | weight=0.200
=loan | weight=0.199
=kept =send | weight=0.192
=operator | weight=0.192
=is =like | weight=0.181
=human | weight=0.181
=bot | weight=0.177
=and =then | weight=0.176
=goodbye =and | weight=0.166
=more =menus | weight=0.165
=a =record | weight=0.163
=your =bot | weight=0.161
=loops | weight=0.160
=choose | weight=0.159
=chat =just | weight=0.158
=to =trying | weight=0.157
=trying =the | weight=0.157
=virtual =assistant | weight=0.155
=menus =and | weight=0.155
=your =virtual | weight=0.154
=all =i | weight=0.153
=gave =up | weight=0.153
=machine | weight=0.152
=menus | weight=0.151
=then =it | weight=0.149
=end | weight=0.149
=virtual | weight=0.149
=is =to | weight=0.148
=assistant | weight=0.144
=typed | weight=0.144
=offer | weight=0.142
=call =about | weight=0.141
=can =help | weight=0.141
=the =record | weight=0.134
=a =robot | weight=0.132
=goes =dead | weight=0.130
=line =goes | weight=0.130
=phone =menu | weight=0.130
=cut | weight=0.129
=automated =service | weight=0.129
=not =put | weight=0.129, noneg
=to =staff | weight=0.129
=agent =at | weight=0.128
=real =person | weight=0.128
=i =end | weight=0.127
=route | weight=0.126
=is =no | weight=0.126, noneg
=every =days | weight=0.125
=the =faq | weight=0.125
=keeps =give | weight=0.125
=spent =ten | weight=0.122
=screaming | weight=0.122
=screaming =at | weight=0.122
=faq | weight=0.122
=automated =line | weight=0.122
=real | weight=0.122
=keeps | weight=0.120
=get =pre-recorded | weight=0.120
=my =loan | weight=0.120
=pre-recorded | weight=0.120
=pre-recorded =call | weight=0.120
=a =human | weight=0.119
=interactive | weight=0.118
=interactive =voice | weight=0.118
=line =is | weight=0.117
=keeps =redirected | weight=0.116
=call =dropped | weight=0.116
=ava | weight=0.116
=impossible =to | weight=0.115
=cut =me | weight=0.114
=and =after | weight=0.114
=to =reach | weight=0.113
=shouted | weight=0.113
=the =chatbot | weight=0.112
=and =never | weight=0.112, noneg
=call =your | weight=0.111
=robot =asked | weight=0.110
=a =chatbot | weight=0.107
=chatbot =that | weight=0.107
=app =and | weight=0.107
=tell =you | weight=0.105
=the =machine | weight=0.104
=will =not | weight=0.103, noneg
=system =kept | weight=0.103
=bot =kept | weight=0.103
=off =twice | weight=0.102
=main =menu | weight=0.102
=anyone =who | weight=0.101
=cannot =get | weight=0.101, noneg
=i =cannot | weight=0.101, noneg
=button =none | weight=0.101, noneg
=four =button | weight=0.101
=so-called =assistant | weight=0.101
=me =after | weight=0.101
=it =never | weight=0.100, noneg
=it =sent | weight=0.100
=typed =human | weight=0.098
=none =of | weight=0.098, noneg
=assistant =answer | weight=0.098
=fraud =question | weight=0.098
=mortgage =rates | weight=0.098
=my =fraud | weight=0.098
=question =with | weight=0.098
=to =mortgage | weight=0.098
=actually =person | weight=0.098
=an =actually | weight=0.098
=thrown | weight=0.097
=me =off | weight=0.097
=main | weight=0.097
=the =main | weight=0.097
=i =just | weight=0.097
=typed =agent | weight=0.096
=says =to | weight=0.096
=fraud | weight=0.096
=it =stop | weight=0.095
=dead | weight=0.095
=prompt | weight=0.094
=menu | weight=0.094
=ten =minutes | weight=0.093
=so-called | weight=0.093
=the =so-called | weight=0.093
=time =before | weight=0.093
=through =on | weight=0.092
=to =someone | weight=0.091
=articles | weight=0.091
=redirected | weight=0.091
=asked =me | weight=0.091
=give =me | weight=0.091
=selected | weight=0.091
=hung =up | weight=0.090
=an =operator | weight=0.090
=that =keeps | weight=0.090
=me =option | weight=0.090
=four | weight=0.089
=to =visit | weight=0.089
=your =energy | weight=0.088
=energy =supplier | weight=0.088
=chatbot =is | weight=0.088
=your =chatbot | weight=0.088
=rates | weight=0.087
=stammer | weight=0.087
=stammer =and | weight=0.087
=automated =and | weight=0.087
=fully =automated | weight=0.087
=human =adviser | weight=0.087
=is =fully | weight=0.087
=no =route | weight=0.087, noneg
=offer =a | weight=0.086
=couldn't =understand | weight=0.086, noneg
=to =anyone | weight=0.085
=neither | weight=0.085, noneg
=to =an | weight=0.085
=department =and | weight=0.085
=up =on | weight=0.084
=me =with | weight=0.084
=impossible | weight=0.084
=more | weight=0.083
=parcel =was | weight=0.083
=at =a | weight=0.083
=call =instead | weight=0.083
=she =got | weight=0.082
=software | weight=0.082
=an =employee | weight=0.082
=time =a | weight=0.082
=line =asked | weight=0.082
=didn't =get | weight=0.081, noneg
=just =want | weight=0.081
=no =means | weight=0.081, noneg
=reply =i | weight=0.081
=trying =for | weight=0.081
=web =chat | weight=0.080
=it =keeps | weight=0.080
=menu =option | weight=0.080
=smart | weight=0.080
=smart =meter | weight=0.080
=a =real | weight=0.078
=is =broken | weight=0.078
=in =your | weight=0.078
=circles =in | weight=0.077
=go =round | weight=0.077
=hour =go | weight=0.077
=menu =i | weight=0.077
=said =to | weight=0.077
=dropped | weight=0.077
=voice =system | weight=0.077
=assistant =is | weight=0.077
=account =number | weight=0.077
=make =it | weight=0.076
=aren't =my | weight=0.076, noneg
=option =that | weight=0.076
=phone =thing | weight=0.076
=that =aren't | weight=0.076, noneg
=thing =keeps | weight=0.076
=got =an | weight=0.076
=kept =tell | weight=0.076
=web | weight=0.076
=so =your | weight=0.076
=i =supposed | weight=0.075
=time =nothing | weight=0.075, noneg
=the =call | weight=0.075
=my =postcode | weight=0.074
=record =message | weight=0.073
=says =goodbye | weight=0.073
=just =won't | weight=0.073, noneg
=link | weight=0.072
=chatbot =keeps | weight=0.072
=reach =a | weight=0.072
=to =choose | weight=0.071
=mine | weight=0.071
=is =a | weight=0.071
=supplier | weight=0.071
=couldnt | weight=0.070, noneg
=yelled | weight=0.070
=app =is | weight=0.070
=just =loops | weight=0.070
=ring =me | weight=0.069
=loops =me | weight=0.069
=end =up | weight=0.069
=your =number | weight=0.069
=but =the | weight=0.068
=hope | weight=0.068
=three =option | weight=0.068
=has =a | weight=0.068
=who =can | weight=0.068
=her =to | weight=0.068
=three =time | weight=0.067
=give | weight=0.067
=never =handed | weight=0.067, noneg
=bot =keeps | weight=0.066
=keeps =reply | weight=0.066
=aren't | weight=0.066, noneg
=hung | weight=0.066
=cannot | weight=0.066, noneg
=link =to | weight=0.065
=i =get | weight=0.065
=got =through | weight=0.065
=on =phone | weight=0.065
=am =i | weight=0.065
=i =finally | weight=0.065
=app =the | weight=0.064
=number =then | weight=0.064
=he =said | weight=0.064
=a =link | weight=0.064
=cust =states | weight=0.063
=with =that | weight=0.063
=us =to | weight=0.063
=me =it | weight=0.063
=a =brick | weight=0.063
=brick =wall | weight=0.063
=wall | weight=0.063
=number =and | weight=0.063
=our =open | weight=0.063
=open =hour | weight=0.063
=invalid | weight=0.063
=only =let | weight=0.063
=reach | weight=0.062
=phone =line | weight=0.062
=employee | weight=0.062
=my =father | weight=0.062
=chatbot =kept | weight=0.061
=it =just | weight=0.061
=record =voice | weight=0.061
=the =sales | weight=0.060
=cut =my | weight=0.060
=few =word | weight=0.059
=help =with | weight=0.059
=hang =up | weight=0.059
=button | weight=0.059
=the =help | weight=0.058
=even =on | weight=0.058
=option =no | weight=0.058, noneg
=response =system | weight=0.058
=the =interactive | weight=0.058
=voice =response | weight=0.058
=read =out | weight=0.058
=a =days | weight=0.057
=they =keeps | weight=0.056
=want =to | weight=0.056
=for =half | weight=0.056
=human =typed | weight=0.056
=brick | weight=0.056
=mortgage | weight=0.056
=someone =about | weight=0.056
=i =request | weight=0.055
=the =ombudsman | weight=0.055
=typed =my | weight=0.055
=then =gave | weight=0.055
=then =disconnected | weight=0.054
=over =the | weight=0.054
=same =three | weight=0.053
=father | weight=0.052
=always | weight=0.052
=option =you | weight=0.052
=whichever | weight=0.052
=whichever =option | weight=0.052
=then | weight=0.051
=after =an | weight=0.051
=automatic | weight=0.051
=to =talk | weight=0.051
=visit =the | weight=0.051
=is =useless | weight=0.051
=was =all | weight=0.051
=robot =voice | weight=0.051
=faq =and | weight=0.050
=and =won't | weight=0.050, noneg
=further =without | weight=0.050, noneg
=won't =go | weight=0.050, noneg
=ten | weight=0.050
=ages =and | weight=0.050
=wouldn't =let | weight=0.050, noneg
=helpline =is | weight=0.050
=a =few | weight=0.050
=few | weight=0.050
=couldn't =working | weight=0.050, noneg
=website =and | weight=0.049
=not =sure | weight=0.049, noneg
=none | weight=0.049, noneg
=and =none | weight=0.049, noneg
=on =sunday | weight=0.048
=i =gave | weight=0.048
=zero | weight=0.048
=and =more | weight=0.048
=days =even | weight=0.048
=request =that | weight=0.048
=like =a | weight=0.048
=just =send | weight=0.048
=redirected =me | weight=0.047
=booking | weight=0.047
=supposed =to | weight=0.047
=your =voice | weight=0.047
=keeps =send | weight=0.046
=to =do | weight=0.046
=to =a | weight=0.046
=customer =number | weight=0.046
=agent =a | weight=0.046
=said =agent | weight=0.046
=all =record | weight=0.046
=supposed | weight=0.045
=that =normal | weight=0.045
=energy | weight=0.045
=finally =got | weight=0.045
=read =my | weight=0.044
=digit | weight=0.044
=the =app | weight=0.043
=menu =and | weight=0.043
=voice =that | weight=0.043
=have =a | weight=0.042
=you =about | weight=0.042
=a =dozen | weight=0.042
=dozen | weight=0.042
=dozen =time | weight=0.042
=four =time | weight=0.042
=keeps =ring | weight=0.042
=menu =keeps | weight=0.042
=speak =to | weight=0.042
=a =first-year | weight=0.041
=first-year | weight=0.041
=first-year =student | weight=0.041
=agent =told | weight=0.041
=issue =still | weight=0.041
=father =is | weight=0.041
=hang | weight=0.041
=hard =of | weight=0.041
=of =hear | weight=0.041
=then =asked | weight=0.041
=the =website | weight=0.040
=duplicate =charge | weight=0.040
=your =help | weight=0.040
=just =tell | weight=0.040
=still =isn't | weight=0.040, noneg
=no =phone | weight=0.040, noneg
=charge =on | weight=0.040
=direct =me | weight=0.039
=from =your | weight=0.039
=the =duplicate | weight=0.039
=order =is | weight=0.039
=answer =with | weight=0.039
=time =and | weight=0.038
=just =keeps | weight=0.038
=me =back | weight=0.038
=just =hang | weight=0.038
=don't =have | weight=0.038, noneg
=dispute | weight=0.038
