# ivr_maze, en: learned by scripts/learn.py from 2531 tuning texts (74 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Your web chat is operated by software which could not process my request and offered no means of escalation to an employee. I request that the Ombudsman note this.
+ all i want is to speak to a real person!!
+ the chatbot keeps redirecting us to the help page
- You've had my last penny.
- just want my £40 back tbh
=chatbot | weight=0.410
=goodbye | weight=0.327
=automated | weight=0.319
=your =phone | weight=0.291
=robot | weight=0.275
=press | weight=0.273
=send =me | weight=0.271
=voice | weight=0.257
=no =way | weight=0.249, noneg
=phone =system | weight=0.248
=option | weight=0.239
=the =automated | weight=0.236
=no =option | weight=0.231, noneg
=system | weight=0.227
=record | weight=0.219
=loan =every | weight=0.206
=kept =send | weight=0.205
=option =and | weight=0.199
=loan | weight=0.199
=operator | weight=0.194
=and =then | weight=0.194
=is =like | weight=0.189
=human | weight=0.186
=a =record | weight=0.178
=machine | weight=0.168
=choose | weight=0.168
=typed | weight=0.162
=to =trying | weight=0.161
=trying =the | weight=0.161
=is =to | weight=0.161
=end | weight=0.161
=more =menus | weight=0.159
=all =i | weight=0.158
=gave =up | weight=0.154
=loop | weight=0.152
=can =help | weight=0.152
=chat =just | weight=0.150
=menus =and | weight=0.149
=call =about | weight=0.149
=menus | weight=0.147
=real =person | weight=0.142
=keeps =redirected | weight=0.139
=goes =dead | weight=0.139
=line =goes | weight=0.139
=a =robot | weight=0.138
=automated =line | weight=0.138
=bot | weight=0.137
=every =days | weight=0.135
=real | weight=0.135
=spent =ten | weight=0.135
=shouted | weight=0.134
=call =dropped | weight=0.133
=line =is | weight=0.132
=a =human | weight=0.132
=assistant | weight=0.131
=is =no | weight=0.131, noneg
=faq | weight=0.131
=the =faq | weight=0.131
=automated =service | weight=0.129
=not =put | weight=0.129, noneg
=to =staff | weight=0.129
=keeps =give | weight=0.128
=the =record | weight=0.127
=to =someone | weight=0.122
=interactive | weight=0.122
=interactive =voice | weight=0.122
=disconnected | weight=0.121
=main | weight=0.121
=main =menu | weight=0.121
=the =main | weight=0.121
=get =pre-recorded | weight=0.120
=my =loan | weight=0.120
=pre-recorded | weight=0.120
=pre-recorded =call | weight=0.120
=cut | weight=0.120
=screaming | weight=0.119
=screaming =at | weight=0.119
=me =after | weight=0.119
=and =never | weight=0.119, noneg
=i =end | weight=0.119
=impossible =to | weight=0.119
=asked =me | weight=0.118
=your =bot | weight=0.117
=redirected | weight=0.117
=button =none | weight=0.116, noneg
=four =button | weight=0.116
=so-called =assistant | weight=0.116
=goodbye =and | weight=0.116
=tell =you | weight=0.115
=app =and | weight=0.114
=it =sent | weight=0.114
=system =kept | weight=0.112
=will =not | weight=0.112, noneg
=ten =minutes | weight=0.112
=it =never | weight=0.111, noneg
=keeps | weight=0.111
=prompt | weight=0.111
=and =after | weight=0.110
=cut =me | weight=0.110
=to =reach | weight=0.109
=to =an | weight=0.109
=a =chatbot | weight=0.109
=chatbot =that | weight=0.109
=robot =asked | weight=0.108
=so-called | weight=0.106
=the =so-called | weight=0.106
=give =me | weight=0.104
=phone =menu | weight=0.104
=typed =agent | weight=0.104
=typed =human | weight=0.104
=selected | weight=0.104
=bot =kept | weight=0.104
=anyone =who | weight=0.103
=cannot =get | weight=0.103, noneg
=i =cannot | weight=0.103, noneg
=an =operator | weight=0.103
=up =on | weight=0.103
=i =just | weight=0.103
=the =machine | weight=0.103
=articles | weight=0.103
=off =twice | weight=0.102
=assistant =answer | weight=0.100
=fraud =question | weight=0.100
=mortgage =rates | weight=0.100
=my =fraud | weight=0.100
=question =with | weight=0.100
=to =mortgage | weight=0.100
=is =a | weight=0.099
=thrown | weight=0.098
=then =it | weight=0.098
=virtual =assistant | weight=0.097
=in =your | weight=0.097
=fraud | weight=0.097
=assistant =is | weight=0.096
=your =virtual | weight=0.096
=dropped | weight=0.096
=trying =for | weight=0.094
=just =want | weight=0.094
=voice =system | weight=0.094
=never =handed | weight=0.094, noneg
=me =option | weight=0.094
=me =with | weight=0.093
=button | weight=0.093
=parcel =was | weight=0.092
=dead | weight=0.091
=neither | weight=0.090, noneg
=virtual | weight=0.090
=circles =in | weight=0.090
=go =round | weight=0.090
=hour =go | weight=0.090
=menu =i | weight=0.090
=couldn't =understand | weight=0.090, noneg
=stammer | weight=0.090
=stammer =and | weight=0.090
=rates | weight=0.090
=impossible | weight=0.090
=a =real | weight=0.089
=says =to | weight=0.089
=offer | weight=0.089
=to =anyone | weight=0.088
=the =chatbot | weight=0.086
=automated =and | weight=0.086
=fully =automated | weight=0.086
=human =adviser | weight=0.086
=is =fully | weight=0.086
=no =route | weight=0.086, noneg
=software | weight=0.085
=us =to | weight=0.084
=chatbot =kept | weight=0.084
=chatbot =is | weight=0.084
=your =chatbot | weight=0.084
=no =means | weight=0.084, noneg
=web =chat | weight=0.083
=who =can | weight=0.083
=an =employee | weight=0.083
=more | weight=0.083
=to =choose | weight=0.082
=at =a | weight=0.081
=that =keeps | weight=0.080
=me =off | weight=0.080
=line =asked | weight=0.080
=call =your | weight=0.079
=web | weight=0.079
=mortgage | weight=0.079
=record =message | weight=0.078
=a =brick | weight=0.077
=brick =wall | weight=0.077
=wall | weight=0.077
=link | weight=0.077
=menu =option | weight=0.076
=the =call | weight=0.076
=your =number | weight=0.076
=aren't =my | weight=0.075, noneg
=option =that | weight=0.075
=phone =thing | weight=0.075
=that =aren't | weight=0.075, noneg
=thing =keeps | weight=0.075
=says =goodbye | weight=0.075
=account =number | weight=0.075
=bot =keeps | weight=0.074
=my =postcode | weight=0.074
=reply =i | weight=0.073
=time =nothing | weight=0.073, noneg
=three =option | weight=0.071
=it =keeps | weight=0.071
=ring =me | weight=0.070
=after =an | weight=0.070
=number =then | weight=0.069
=i =get | weight=0.069
=just =won't | weight=0.069, noneg
=like =a | weight=0.069
=help =with | weight=0.068
=hung =up | weight=0.068
=give | weight=0.068
=automatic | weight=0.067
=ten | weight=0.067
=menu | weight=0.067
=hope | weight=0.067
=employee | weight=0.067
=cannot | weight=0.066, noneg
=number =and | weight=0.066
=the =help | weight=0.066
=over =the | weight=0.065
=brick | weight=0.065
=only =let | weight=0.065
=link =to | weight=0.065
=the =ombudsman | weight=0.065
=my =father | weight=0.065
=time =and | weight=0.064
=actually =person | weight=0.064
=an =actually | weight=0.064
=none =of | weight=0.064, noneg
=a =link | weight=0.063
=aren't | weight=0.062, noneg
=cut =my | weight=0.062
=then =gave | weight=0.062
=kept =tell | weight=0.061
=reach =a | weight=0.061
=invalid | weight=0.061
=yelled | weight=0.061
=menu =keeps | weight=0.061
=typed =my | weight=0.060
=faq =and | weight=0.060
=response =system | weight=0.060
=the =interactive | weight=0.060
=voice =response | weight=0.060
=me =it | weight=0.060
=for =half | weight=0.059
=your =voice | weight=0.059
=with =that | weight=0.058
=hang =up | weight=0.057
=want =to | weight=0.057
=i =gave | weight=0.057
=i =request | weight=0.056
=our =open | weight=0.056
=end =up | weight=0.056
=keeps =reply | weight=0.056
=option =you | weight=0.056
=whichever | weight=0.056
=whichever =option | weight=0.056
=open =hour | weight=0.056
=helpline =is | weight=0.056
=hour =to | weight=0.056
=then =disconnected | weight=0.055
=few =word | weight=0.055
=on =phone | weight=0.055
=end =with | weight=0.054
=just =tell | weight=0.053
=ages =and | weight=0.053
=person | weight=0.053
=robot =voice | weight=0.053
=speak =to | weight=0.053
=four | weight=0.053
=and =more | weight=0.053
=to =talk | weight=0.053
=option =no | weight=0.052, noneg
=was =all | weight=0.052
=me =back | weight=0.052
=but =the | weight=0.052
=they =keeps | weight=0.052
=a =language | weight=0.052
=choose =a | weight=0.052
=father | weight=0.051
=same =three | weight=0.051
=couldn't =working | weight=0.051, noneg
=and =won't | weight=0.051, noneg
=further =without | weight=0.051, noneg
=won't =go | weight=0.051, noneg
=website =and | weight=0.050
=no =phone | weight=0.050, noneg
=human =typed | weight=0.050
=route | weight=0.049
=reach | weight=0.049
=redirected =me | weight=0.049
=a =few | weight=0.048
=few | weight=0.048
=phone =line | weight=0.048
=stuck =in | weight=0.048
=spent | weight=0.048
=notes | weight=0.048
=it =just | weight=0.048
=all =record | weight=0.047
=read =out | weight=0.047
=even =on | weight=0.047
=answer =with | weight=0.046
=wouldn't =let | weight=0.046, noneg
=then | weight=0.046
=record =voice | weight=0.046
=your =help | weight=0.046
=is =useless | weight=0.046
=keeps =answer | weight=0.045
=not =sure | weight=0.045, noneg
=just =loop | weight=0.045
=a =dozen | weight=0.045
=agent =a | weight=0.045
=dozen | weight=0.045
=dozen =time | weight=0.045
=said =agent | weight=0.045
=booking | weight=0.045
=customer =number | weight=0.044
=just | weight=0.044
=hang | weight=0.044
=a =first-year | weight=0.044
=first-year | weight=0.044
=first-year =student | weight=0.044
=dropped =the | weight=0.043
=was =answer | weight=0.043
=days =even | weight=0.043
=then =asked | weight=0.043
=hard =of | weight=0.043
=of =hear | weight=0.043
=read =my | weight=0.042
=voice =that | weight=0.042
=on =sunday | weight=0.042
=father =is | weight=0.042
=just =keeps | weight=0.042
=every =option | weight=0.042
=it =says | weight=0.041
=anywhere =on | weight=0.041
=don't =have | weight=0.041, noneg
=directed =me | weight=0.041
=hung | weight=0.041
=menu =for | weight=0.040
=to =visit | weight=0.040
=visit =the | weight=0.040
=let =me | weight=0.040
=get =to | weight=0.040
=request =that | weight=0.040
=the =fourth | weight=0.040
=every =call | weight=0.040
=that =did | weight=0.040
=by =a | weight=0.040
=always | weight=0.040
=won't =let | weight=0.039, noneg
=assistant =just | weight=0.039
=you =about | weight=0.039
=a =person | weight=0.039
=keeps =ring | weight=0.039
=the =bot | weight=0.038
=asked =him | weight=0.038
=after =the | weight=0.038
=just =hang | weight=0.038
=mum =has | weight=0.038
=gas | weight=0.038
=none | weight=0.037, noneg
=key | weight=0.036
=zero | weight=0.036
=never =got | weight=0.036, noneg
=that =normal | weight=0.036
=the =only | weight=0.036
=too | weight=0.036
=have =a | weight=0.036
=keeps =send | weight=0.036
=time =the | weight=0.035
=dementia | weight=0.035
=has =dementia | weight=0.035
=postcode | weight=0.034
=from =you | weight=0.034
=for =ages | weight=0.034
=the =website | weight=0.034
=renting | weight=0.033
=to =speak | weight=0.033
=every | weight=0.033
=fast | weight=0.033
=didn't =catch | weight=0.032, noneg
=that =kept | weight=0.032
=found =the | weight=0.032
=could =not | weight=0.032, noneg
=abandoned | weight=0.032
=abandoned =the | weight=0.032
=be =loop | weight=0.032
=call =after | weight=0.032
=i =abandoned | weight=0.032
=loop =through | weight=0.032
=that =the | weight=0.031
=an =automated | weight=0.031
=automated =voice | weight=0.031
=attorney | weight=0.031
=of =attorney | weight=0.031
=power =of | weight=0.031
