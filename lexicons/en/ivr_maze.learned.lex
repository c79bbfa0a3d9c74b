# ivr_maze, en: learned by scripts/learn.py from 2841 tuning texts (84 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ ok so your bot couldnt help, the agent told me to use the app, the app is broken. what am i supposed to do??
+ Your web chat is operated by software which could not process my request and offered no means of escalation to an employee. I request that the Ombudsman note this.
+ all i want is to speak to a real person!!
- You've had my last penny.
- just want my £40 back tbh
=chatbot | weight=0.434
=goodbye | weight=0.368
=your =phone | weight=0.328
=press | weight=0.307
=automated | weight=0.305
=robot | weight=0.276
=send =me | weight=0.264
=no =option | weight=0.252, noneg
=voice | weight=0.249
=no =way | weight=0.246, noneg
=phone =system | weight=0.243
=the =automated | weight=0.237
=option | weight=0.234
=disconnected | weight=0.226
=system | weight=0.219
=loan =every | weight=0.212
=loan | weight=0.204
=option =and | weight=0.204
=record | weight=0.195
=kept =send | weight=0.192
=is =like | weight=0.184
=operator | weight=0.179
=human | weight=0.176
=bot | weight=0.171
=and =then | weight=0.170
=goodbye =and | weight=0.168
=a =record | weight=0.167
=more =menus | weight=0.166
=choose | weight=0.161
=chat =just | weight=0.158
=to =trying | weight=0.157
=trying =the | weight=0.157
=your =bot | weight=0.157
=menus =and | weight=0.156
=machine | weight=0.155
=menus | weight=0.154
=all =i | weight=0.152
=virtual =assistant | weight=0.152
=your =virtual | weight=0.151
=is =to | weight=0.147
=offer | weight=0.146
=loop | weight=0.145
=then =it | weight=0.145
=assistant | weight=0.144
=end | weight=0.144
=typed | weight=0.144
=gave =up | weight=0.144
=call =about | weight=0.143
=virtual | weight=0.143
=can =help | weight=0.141
=phone =menu | weight=0.139
=a =robot | weight=0.136
=agent =at | weight=0.134
=real =person | weight=0.132
=is =no | weight=0.132, noneg
=the =record | weight=0.131
=spent =ten | weight=0.131
=goes =dead | weight=0.129
=line =goes | weight=0.129
=automated =service | weight=0.128
=not =put | weight=0.128, noneg
=to =staff | weight=0.128
=i =end | weight=0.128
=keeps =give | weight=0.127
=real | weight=0.126
=the =faq | weight=0.125
=every =days | weight=0.124
=screaming | weight=0.123
=screaming =at | weight=0.123
=interactive | weight=0.122
=interactive =voice | weight=0.122
=shouted | weight=0.122
=line =is | weight=0.121
=automated =line | weight=0.121
=keeps =redirected | weight=0.121
=get =pre-recorded | weight=0.119
=my =loan | weight=0.119
=pre-recorded | weight=0.119
=pre-recorded =call | weight=0.119
=call =dropped | weight=0.118
=faq | weight=0.118
=call =your | weight=0.118
=and =never | weight=0.117, noneg
=a =human | weight=0.116
=route | weight=0.115
=a =chatbot | weight=0.114
=chatbot =that | weight=0.114
=cut =me | weight=0.113
=impossible =to | weight=0.113
=cut | weight=0.113
=and =after | weight=0.112
=ava | weight=0.112
=system =kept | weight=0.110
=app =and | weight=0.110
=robot =asked | weight=0.110
=keeps | weight=0.108
=to =reach | weight=0.108
=it =never | weight=0.108, noneg
=will =not | weight=0.107, noneg
=anyone =who | weight=0.106
=cannot =get | weight=0.106, noneg
=i =cannot | weight=0.106, noneg
=tell =you | weight=0.106
=main | weight=0.106
=main =menu | weight=0.106
=the =main | weight=0.106
=off =twice | weight=0.104
=typed =agent | weight=0.104
=me =option | weight=0.103
=none =of | weight=0.102, noneg
=selected | weight=0.102
=typed =human | weight=0.101
=i =just | weight=0.101
=it =sent | weight=0.100
=the =machine | weight=0.099
=actually =person | weight=0.099
=an =actually | weight=0.099
=that =keeps | weight=0.098
=the =chatbot | weight=0.098
=me =after | weight=0.097
=assistant =answer | weight=0.096
=fraud =question | weight=0.096
=mortgage =rates | weight=0.096
=my =fraud | weight=0.096
=question =with | weight=0.096
=to =mortgage | weight=0.096
=button =none | weight=0.096, noneg
=four =button | weight=0.096
=so-called =assistant | weight=0.096
=at =a | weight=0.095
=to =an | weight=0.095
=dead | weight=0.095
=asked =me | weight=0.094
=says =to | weight=0.094
=an =operator | weight=0.094
=give =me | weight=0.094
=stammer | weight=0.094
=stammer =and | weight=0.094
=bot =kept | weight=0.094
=redirected | weight=0.093
=thrown | weight=0.093
=four | weight=0.093
=it =stop | weight=0.093
=fraud | weight=0.093
=hung =up | weight=0.093
=to =someone | weight=0.092
=impossible | weight=0.092
=to =visit | weight=0.091
=couldn't =understand | weight=0.090, noneg
=time =before | weight=0.090
=to =anyone | weight=0.090
=prompt | weight=0.090
=through =on | weight=0.089
=articles | weight=0.089
=ten =minutes | weight=0.088
=rates | weight=0.088
=me =with | weight=0.087
=didn't =get | weight=0.087, noneg
=call =instead | weight=0.087
=just =want | weight=0.086
=energy =supplier | weight=0.086
=your =energy | weight=0.086
=trying =for | weight=0.085
=voice =system | weight=0.085
=so-called | weight=0.085
=the =so-called | weight=0.085
=automated =and | weight=0.085
=fully =automated | weight=0.085
=human =adviser | weight=0.085
=is =fully | weight=0.085
=no =route | weight=0.085, noneg
=software | weight=0.085
=an =employee | weight=0.085
=me =off | weight=0.085
=chatbot =is | weight=0.084
=your =chatbot | weight=0.084
=said =to | weight=0.084
=offer =a | weight=0.084
=no =means | weight=0.083, noneg
=in =your | weight=0.083
=web =chat | weight=0.083
=department =and | weight=0.082
=a =real | weight=0.082
=parcel =was | weight=0.082
=up =on | weight=0.082
=got =an | weight=0.082
=more | weight=0.082
=to =choose | weight=0.081
=dropped | weight=0.081
=neither | weight=0.081, noneg
=time =a | weight=0.081
=reply =i | weight=0.080
=she =got | weight=0.080
=circles =in | weight=0.079
=go =round | weight=0.079
=hour =go | weight=0.079
=menu =i | weight=0.079
=it =keeps | weight=0.079
=web | weight=0.078
=time =nothing | weight=0.077, noneg
=is =broken | weight=0.077
=make =it | weight=0.077
=menu | weight=0.077
=assistant =is | weight=0.077
=my =postcode | weight=0.077
=link | weight=0.077
=record =message | weight=0.077
=smart | weight=0.076
=smart =meter | weight=0.076
=chatbot =keeps | weight=0.076
=i =supposed | weight=0.076
=so =your | weight=0.076
=aren't =my | weight=0.076, noneg
=option =that | weight=0.076
=phone =thing | weight=0.076
=that =aren't | weight=0.076, noneg
=thing =keeps | weight=0.076
=never =hands | weight=0.075, noneg
=just =won't | weight=0.075, noneg
=account =number | weight=0.074
=is =a | weight=0.074
=chatbot =kept | weight=0.074
=who =can | weight=0.073
=menu =option | weight=0.073
=couldnt | weight=0.072, noneg
=he =said | weight=0.072
=button | weight=0.071
=us =to | weight=0.070
=three =time | weight=0.069
=line =asked | weight=0.069
=kept =tell | weight=0.069
=i =finally | weight=0.069
=app =is | weight=0.068
=three =option | weight=0.068
=mine | weight=0.068
=a =link | weight=0.068
=keeps =reply | weight=0.068
=link =to | weight=0.068
=the =call | weight=0.067
=reach =a | weight=0.067
=your =number | weight=0.067
=cut =my | weight=0.067
=app =the | weight=0.066
=hope | weight=0.066
=only =let | weight=0.066
=end =up | weight=0.066
=has =a | weight=0.066
=says =goodbye | weight=0.066
=hung | weight=0.066
=supplier | weight=0.065
=ring =me | weight=0.065
=help =with | weight=0.065
=phone =line | weight=0.065
=record =voice | weight=0.064
=to =talk | weight=0.064
=me =it | weight=0.064
=a =brick | weight=0.063
=brick =wall | weight=0.063
=wall | weight=0.063
=her =to | weight=0.063
=the =help | weight=0.063
=am =i | weight=0.063
=but =the | weight=0.063
=yelled | weight=0.063
=got =through | weight=0.063
=number =and | weight=0.062
=i =get | weight=0.062
=automatic | weight=0.062
=aren't | weight=0.062, noneg
=want =to | weight=0.061
=number =then | weight=0.061
=give | weight=0.061
=even =on | weight=0.061
=with =that | weight=0.061
=my =father | weight=0.061
=then =gave | weight=0.060
=open =hour | weight=0.060
=our =open | weight=0.059
=employee | weight=0.059
=bot =keeps | weight=0.059
=cust =states | weight=0.059
=reach | weight=0.059
=invalid | weight=0.058
=mortgage | weight=0.058
=after =an | weight=0.058
=cannot | weight=0.058, noneg
=a =days | weight=0.058
=on =phone | weight=0.057
=time =and | weight=0.057
=they =keeps | weight=0.056
=hang =up | weight=0.056
=typed =my | weight=0.056
=the =sales | weight=0.056
=response =system | weight=0.056
=the =interactive | weight=0.056
=voice =response | weight=0.056
=option =no | weight=0.055, noneg
=me =back | weight=0.055
=speak =to | weight=0.055
=brick | weight=0.055
=over =the | weight=0.055
=none | weight=0.055, noneg
=faq =and | weight=0.054
=is =useless | weight=0.054
=the =ombudsman | weight=0.054
=ten | weight=0.053
=to =a | weight=0.053
=human =typed | weight=0.053
=it =just | weight=0.053
=read =out | weight=0.052
=someone =about | weight=0.052
=not =sure | weight=0.052, noneg
=i =gave | weight=0.052
=for =half | weight=0.052
=then | weight=0.052
=and =more | weight=0.052
=option =you | weight=0.051
=whichever | weight=0.051
=whichever =option | weight=0.051
=and =none | weight=0.050, noneg
=wouldn't =let | weight=0.050, noneg
=ages =and | weight=0.050
=website =and | weight=0.050
=and =won't | weight=0.049, noneg
=further =without | weight=0.049, noneg
=won't =go | weight=0.049, noneg
=then =disconnected | weight=0.049
=agent =told | weight=0.049
=same =three | weight=0.049
=zero | weight=0.049
=supposed =to | weight=0.049
=to =do | weight=0.049
=menu =keeps | weight=0.049
=few =word | weight=0.048
=was =all | weight=0.048
=digit | weight=0.048
=request =that | weight=0.048
=i =request | weight=0.048
=father | weight=0.048
=visit =the | weight=0.047
=supposed | weight=0.047
=always | weight=0.047
=just =send | weight=0.047
=person | weight=0.047
=helpline =is | weight=0.046
=couldn't =working | weight=0.046, noneg
=like =a | weight=0.046
=robot =voice | weight=0.046
=hang | weight=0.045
=four =time | weight=0.045
=redirected =me | weight=0.045
=keeps =send | weight=0.045
=dispute | weight=0.044
=was =answer | weight=0.044
=hour =to | weight=0.044
=all =record | weight=0.044
=read =my | weight=0.044
=customer =number | weight=0.044
=just =keeps | weight=0.044
=the =app | weight=0.044
=directed =me | weight=0.043
=father =is | weight=0.043
=just | weight=0.043
=hard =of | weight=0.042
=of =hear | weight=0.042
=energy | weight=0.042
=your =voice | weight=0.042
=your =help | weight=0.042
=then =asked | weight=0.042
=a =few | weight=0.042
=few | weight=0.042
=a =dozen | weight=0.042
=agent =a | weight=0.042
=dozen | weight=0.042
=dozen =time | weight=0.042
=said =agent | weight=0.042
=a =language | weight=0.041
=choose =a | weight=0.041
=voice =that | weight=0.041
=that =normal | weight=0.041
=booking | weight=0.041
=ok =so | weight=0.041
=assistant =just | weight=0.041
=that =did | weight=0.041
=don't =have | weight=0.041, noneg
=just =tell | weight=0.040
=stuck =in | weight=0.040
=notes | weight=0.040
=still =isn't | weight=0.039, noneg
=issue =still | weight=0.039
=duplicate =charge | weight=0.038
=no =phone | weight=0.038, noneg
=charge =on | weight=0.038
=on =sunday | weight=0.038
=fast | weight=0.037
=never =got | weight=0.037, noneg
=just =loop | weight=0.037
=visit =our | weight=0.037
=minutes =stuck | weight=0.037
=she =take | weight=0.037
