# ivr_maze, en: learned by scripts/learn.py from 3245 tuning texts (87 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Your web chat is operated by software which could not process my request and offered no means of escalation to an employee. I request that the Ombudsman note this.
+ all i want is to speak to a real person!!
+ the chatbot keeps redirecting us to the help page
- ok
- You've had my last penny.
=chatbot | weight=0.444
=goodbye | weight=0.373
=your =phone | weight=0.328
=automated | weight=0.310
=press | weight=0.300
=robot | weight=0.273
=no =way | weight=0.259, noneg
=voice | weight=0.256
=no =option | weight=0.248, noneg
=phone =system | weight=0.242
=the =automated | weight=0.237
=record | weight=0.219
=option | weight=0.218
=send =me | weight=0.215
=disconnected | weight=0.214
=loan =every | weight=0.212
=option =and | weight=0.210
=kept =send | weight=0.207
=loan | weight=0.205
=system | weight=0.202
=human | weight=0.195
=operator | weight=0.187
=is =like | weight=0.180
=more =menus | weight=0.171
=to =trying | weight=0.166
=trying =the | weight=0.166
=all =i | weight=0.166
=and =then | weight=0.163
=menus =and | weight=0.163
=loops | weight=0.162
=goodbye =and | weight=0.162
=bot | weight=0.161
=menus | weight=0.160
=a =record | weight=0.159
=choose | weight=0.157
=is =to | weight=0.152
=end | weight=0.152
=virtual =assistant | weight=0.151
=assistant | weight=0.151
=then =it | weight=0.151
=your =bot | weight=0.150
=your =virtual | weight=0.150
=typed | weight=0.147
=virtual | weight=0.146
=gave =up | weight=0.144
=can =help | weight=0.141
=the =record | weight=0.135
=a =robot | weight=0.134
=route | weight=0.134
=agent =at | weight=0.134
=machine | weight=0.133
=goes =dead | weight=0.133
=line =goes | weight=0.133
=offer | weight=0.132
=keeps | weight=0.131
=cut | weight=0.131
=spent =ten | weight=0.130
=the =chatbot | weight=0.129
=keeps =give | weight=0.128
=faq | weight=0.128
=every =days | weight=0.127
=automated =service | weight=0.126
=not =put | weight=0.126, noneg
=to =staff | weight=0.126
=the =faq | weight=0.124
=phone =menu | weight=0.124
=real =person | weight=0.123
=keeps =redirected | weight=0.122
=call =dropped | weight=0.121
=app =and | weight=0.120
=interactive | weight=0.120
=interactive =voice | weight=0.120
=a =human | weight=0.120
=cut =me | weight=0.120
=tell =you | weight=0.120
=line =is | weight=0.120
=i =end | weight=0.119
=bot =kept | weight=0.117
=real | weight=0.116
=shouted | weight=0.116
=get =pre-recorded | weight=0.116
=my =loan | weight=0.116
=pre-recorded | weight=0.116
=pre-recorded =call | weight=0.116
=system =kept | weight=0.115
=screaming | weight=0.114
=screaming =at | weight=0.114
=ava | weight=0.114
=and =never | weight=0.114, noneg
=call =about | weight=0.113
=automated =line | weight=0.113
=and =after | weight=0.113
=menu | weight=0.113
=call =your | weight=0.112
=to =reach | weight=0.112
=chat =just | weight=0.111
=asked =me | weight=0.111
=impossible =to | weight=0.111
=robot =asked | weight=0.108
=is =no | weight=0.108, noneg
=to =someone | weight=0.108
=it =never | weight=0.108, noneg
=assistant =answer | weight=0.106
=fraud =question | weight=0.106
=mortgage =rates | weight=0.106
=my =fraud | weight=0.106
=question =with | weight=0.106
=to =mortgage | weight=0.106
=button =none | weight=0.106, noneg
=four =button | weight=0.106
=so-called =assistant | weight=0.106
=ten =minutes | weight=0.105
=anyone =who | weight=0.104
=cannot =get | weight=0.104, noneg
=i =cannot | weight=0.104, noneg
=will =not | weight=0.104, noneg
=a =chatbot | weight=0.103
=chatbot =that | weight=0.103
=fraud | weight=0.103
=me =off | weight=0.102
=said =to | weight=0.102
=give =me | weight=0.101
=i =just | weight=0.100
=so-called | weight=0.099
=the =so-called | weight=0.099
=to =an | weight=0.099
=selected | weight=0.097
=typed =agent | weight=0.097
=through =on | weight=0.097
=main =menu | weight=0.097
=stammer | weight=0.096
=stammer =and | weight=0.096
=says =to | weight=0.096
=me =after | weight=0.096
=it =sent | weight=0.096
=couldn't =understand | weight=0.096, noneg
=typed =human | weight=0.096
=an =operator | weight=0.095
=me =option | weight=0.095
=it =stop | weight=0.095
=actually =person | weight=0.095
=an =actually | weight=0.095
=to =visit | weight=0.094
=off =twice | weight=0.094
=main | weight=0.094
=the =main | weight=0.094
=time =before | weight=0.093
=rates | weight=0.093
=didn't =get | weight=0.093, noneg
=hung =up | weight=0.092
=articles | weight=0.092
=it =keeps | weight=0.092
=reply =i | weight=0.091
=prompt | weight=0.090
=call =instead | weight=0.090
=energy =supplier | weight=0.090
=go =round | weight=0.089
=your =energy | weight=0.088
=the =machine | weight=0.088
=to =anyone | weight=0.087
=the =call | weight=0.087
=that =keeps | weight=0.087
=time =a | weight=0.087
=at =a | weight=0.087
=offer =a | weight=0.087
=just =want | weight=0.087
=automated =and | weight=0.087
=fully =automated | weight=0.087
=human =adviser | weight=0.087
=is =fully | weight=0.087
=no =route | weight=0.087, noneg
=me =with | weight=0.087
=she =got | weight=0.086
=thrown | weight=0.086
=trying =for | weight=0.086
=phone =line | weight=0.084
=it =just | weight=0.083
=smart | weight=0.083
=smart =meter | weight=0.083
=keeps =reply | weight=0.082
=with =that | weight=0.082
=says =goodbye | weight=0.082
=menu =option | weight=0.081
=impossible | weight=0.081
=chatbot =is | weight=0.081
=your =chatbot | weight=0.081
=department =and | weight=0.081
=make =it | weight=0.080
=my =postcode | weight=0.080
=four | weight=0.080
=voice =system | weight=0.079
=three =option | weight=0.078
=not =process | weight=0.078, noneg
=cannot | weight=0.078, noneg
=up =on | weight=0.077
=automatic | weight=0.077
=i =get | weight=0.076
=none =of | weight=0.076, noneg
=software | weight=0.076
=read =out | weight=0.076
=chatbot =kept | weight=0.075
=an =employee | weight=0.075
=aren't =my | weight=0.075, noneg
=option =that | weight=0.075
=phone =thing | weight=0.075
=that =aren't | weight=0.075, noneg
=thing =keeps | weight=0.075
=assistant =is | weight=0.075
=record =message | weight=0.075
=web =chat | weight=0.075
=redirected | weight=0.075
=more | weight=0.075
=no =means | weight=0.075, noneg
=ring =me | weight=0.075
=kept =tell | weight=0.075
=is =broken | weight=0.075
=help =with | weight=0.074
=couldnt =help | weight=0.074, noneg
=circles =in | weight=0.074
=hour =go | weight=0.074
=menu =i | weight=0.074
=i =supposed | weight=0.073
=time =nothing | weight=0.072, noneg
=to =choose | weight=0.072
=dropped | weight=0.072
=hung | weight=0.072
=hope | weight=0.071
=number =and | weight=0.071
=loops =me | weight=0.071
=so =your | weight=0.071
=reschedule | weight=0.071
=mine | weight=0.071
=reach =a | weight=0.070
=has =a | weight=0.070
=parcel =was | weight=0.070
=just =won't | weight=0.070, noneg
=chatbot =keeps | weight=0.070
=web | weight=0.069
=a =real | weight=0.069
=line =asked | weight=0.069
=a =brick | weight=0.069
=brick =wall | weight=0.069
=wall | weight=0.069
=just =loops | weight=0.068
=supplier | weight=0.068
=our =open | weight=0.068
=mortgage | weight=0.068
=app =is | weight=0.067
=and =offer | weight=0.067
=your =number | weight=0.067
=option =no | weight=0.067, noneg
=then =gave | weight=0.067
=invalid | weight=0.067
=end =up | weight=0.067
=i =finally | weight=0.066
=yelled | weight=0.066
=robot =voice | weight=0.066
=says =please | weight=0.066
=couldnt | weight=0.065, noneg
=dead | weight=0.065
=us =to | weight=0.065
=open =hour | weight=0.065
=neither | weight=0.065, noneg
=over =the | weight=0.064
=reach | weight=0.064
=her =to | weight=0.064
=app =the | weight=0.064
=cust =states | weight=0.063
=three =time | weight=0.063
=aren't | weight=0.063, noneg
=the =help | weight=0.063
=for =half | weight=0.062
=not =sure | weight=0.062, noneg
=same =three | weight=0.062
=am =i | weight=0.062
=number =then | weight=0.062
=account =number | weight=0.062
=a =days | weight=0.062
=response =system | weight=0.061
=the =interactive | weight=0.061
=voice =response | weight=0.061
=record =voice | weight=0.061
=never =handed | weight=0.061, noneg
=who =can | weight=0.061
=in =your | weight=0.061
=to =talk | weight=0.060
=on =phone | weight=0.060
=brick | weight=0.060
=button | weight=0.059
=and =none | weight=0.059, noneg
=cut =my | weight=0.059
=system =has | weight=0.059
=typed =my | weight=0.059
=voice =that | weight=0.058
=helpline =is | weight=0.058
=but =the | weight=0.058
=my =father | weight=0.058
=they =keeps | weight=0.057
=me =it | weight=0.055
=is =useless | weight=0.055
=ages =and | weight=0.055
=digit | weight=0.054
=option =you | weight=0.054
=whichever | weight=0.054
=whichever =option | weight=0.054
=after =an | weight=0.054
=zero | weight=0.053
=bot =keeps | weight=0.053
=and =more | weight=0.053
=the =sales | weight=0.053
=speak =to | weight=0.052
=always | weight=0.052
=me =back | weight=0.052
=want =to | weight=0.052
=hang =up | weight=0.052
=father =is | weight=0.052
=someone =about | weight=0.052
=wouldn't =let | weight=0.051, noneg
=the =bot | weight=0.051
=give | weight=0.050
=visit =the | weight=0.050
=and =won't | weight=0.050, noneg
=further =without | weight=0.050, noneg
=won't =go | weight=0.050, noneg
=keeps =ring | weight=0.050
=sent =me | weight=0.049
=don't =have | weight=0.049, noneg
=website =and | weight=0.049
=energy | weight=0.049
=then =asked | weight=0.049
=father | weight=0.049
=redirected =me | weight=0.049
=hard =of | weight=0.049
=of =hear | weight=0.049
=few =word | weight=0.049
=your =help | weight=0.049
=employee | weight=0.048
=me =round | weight=0.048
=only =let | weight=0.048
=human =typed | weight=0.047
=agent =a | weight=0.047
=said =agent | weight=0.047
=link | weight=0.047
=time =and | weight=0.046
=from =your | weight=0.046
=then =disconnected | weight=0.046
=key | weight=0.045
=keeps =asked | weight=0.045
=got =through | weight=0.045
=menu =keeps | weight=0.045
=customer =number | weight=0.044
=faq =and | weight=0.044
=just =keeps | weight=0.044
=was =answer | weight=0.044
=keeps =send | weight=0.044
=dispute | weight=0.044
=was =all | weight=0.043
=ten | weight=0.043
=request =that | weight=0.043
=postcode | weight=0.043
=for =ages | weight=0.043
=your =voice | weight=0.043
=a =dozen | weight=0.042
=dozen | weight=0.042
=dozen =time | weight=0.042
=direct =me | weight=0.042
=issue =still | weight=0.042
=that =did | weight=0.042
=menu =and | weight=0.042
=i =request | weight=0.042
=couldn't =working | weight=0.042, noneg
=a =language | weight=0.042
=choose =a | weight=0.042
=our =website | weight=0.041
=assistant =just | weight=0.041
=to =speak | weight=0.041
=read =my | weight=0.041
=four =time | weight=0.041
=hour =to | weight=0.041
=even =on | weight=0.041
=stuck =in | weight=0.041
=your =machine | weight=0.041
=still =isn't | weight=0.041, noneg
=supposed =to | weight=0.040
=fast | weight=0.040
=like =a | weight=0.040
=agent =told | weight=0.040
=a =few | weight=0.040
=few | weight=0.040
=duplicate =charge | weight=0.039
=supposed | weight=0.039
=on =sunday | weight=0.039
=charge =on | weight=0.039
=no =phone | weight=0.039, noneg
=it =says | weight=0.039
=visit =our | weight=0.039
=that =normal | weight=0.039
=all =record | weight=0.039
=just =said | weight=0.038
=i =gave | weight=0.038
