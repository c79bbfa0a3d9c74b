# scripted_reply, en: learned by scripts/learn.py from 2841 tuning texts (108 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Requested a supervisor three times in the chat. Each time the agent ignored it and carried on with the script.
+ Cust complains previous call handler read the same data protection statement three times and did not address the missing payment.
+ Hiya, the response to my complaint about the damaged sofa was a generic 'thank you for contacting us' that didn't mention the sofa once. Cheers, Lou
- You've had my last penny.
- just want my £40 back tbh
=script | weight=0.379
=obviously | weight=0.298
=nobody =read | weight=0.259, noneg
=generic | weight=0.257
=not =address | weight=0.254, noneg
=response | weight=0.249
=form =letter | weight=0.241
=template | weight=0.240
=read =off | weight=0.233
=corporate | weight=0.231
=past | weight=0.228
=understand | weight=0.224
=sheet | weight=0.224
=was =about | weight=0.213
=never =asked | weight=0.206, noneg
=reply | weight=0.206
=they =sent | weight=0.194
=copy | weight=0.193
=identical | weight=0.191
=just =kept | weight=0.189
=feedback | weight=0.188
=got =the | weight=0.188
=obviously =didn't | weight=0.188, noneg
=off =a | weight=0.187
=nothing =about | weight=0.186, noneg
=whatever | weight=0.183
=she =just | weight=0.177
=got =a | weight=0.176
=any =inconvenience | weight=0.173
=for =any | weight=0.173
=no =matter | weight=0.173, noneg
=answer =was | weight=0.173
=about =delivery | weight=0.172
=delivery =time | weight=0.172
=thanks =me | weight=0.171
=inconvenience | weight=0.170
=paragraph | weight=0.168
=didn't =even | weight=0.167, noneg
=a =list | weight=0.167
=name | weight=0.162
=faq | weight=0.162
=a =script | weight=0.160
=line =about | weight=0.157
=copy-paste | weight=0.156
=the =reply | weight=0.154
=word | weight=0.153
=a =form | weight=0.153
=reply =was | weight=0.151
=didn't | weight=0.149, noneg
=faq =page | weight=0.149
=list | weight=0.148
=everything =off | weight=0.147
=prompt =sheet | weight=0.147
=read =everything | weight=0.147
=automated =reply | weight=0.145
=email =baggage | weight=0.145
=the =identical | weight=0.143
=letter =back | weight=0.143
=they =clearly | weight=0.142
=list =of | weight=0.142
=a =template | weight=0.141
=off | weight=0.140
=identical =reply | weight=0.140
=sentence =come | weight=0.138
=whatever =you | weight=0.138
=from =their | weight=0.138
=boilerplate | weight=0.138
=response =a | weight=0.138
=something =else | weight=0.137
=nothing =to | weight=0.134, noneg
=frustration | weight=0.134
=answer | weight=0.133
=baggage =service | weight=0.133
=we =apologise | weight=0.132
=same | weight=0.132
=read =it | weight=0.131
=was =obviously | weight=0.129
=time =nothing | weight=0.129, noneg
=ignored | weight=0.129
=was =asked | weight=0.128
=answer =a | weight=0.126
=a =boilerplate | weight=0.126
=the =faq | weight=0.126
=msg | weight=0.126
=word =i | weight=0.126
=sent | weight=0.126
=a =total | weight=0.126
=the =chat | weight=0.125
=i =got | weight=0.124
=sentence | weight=0.124
=the =same | weight=0.121
=a =generic | weight=0.121
=spiel | weight=0.121
=blurb | weight=0.120
=question =i | weight=0.120
=the =script | weight=0.120
=the =answer | weight=0.117
=send =the | weight=0.117
=baggage | weight=0.116
=line | weight=0.115
=got =two | weight=0.115
=like =talk | weight=0.114
=apologise =for | weight=0.114
=complaint =about | weight=0.112
=response =about | weight=0.110
=about =high | weight=0.110
=i =never | weight=0.110, noneg
=i =sent | weight=0.109
=like =she | weight=0.109
=got | weight=0.106
=didn't =answer | weight=0.106, noneg
=read | weight=0.105
=had =nothing | weight=0.104, noneg
=from =a | weight=0.103
=understand =your | weight=0.103
=your =frustration | weight=0.103
=me =for | weight=0.103
=three =sentence | weight=0.102
=email =twice | weight=0.102
=answer =question | weight=0.102
=reply =keeps | weight=0.102
=ur =reply | weight=0.102
=reference | weight=0.100
=their | weight=0.099
=rehearsed | weight=0.099
=same =rehearsed | weight=0.099
=same =thing | weight=0.099
=did =not | weight=0.099, noneg
=frustration =and | weight=0.099
=actually =question | weight=0.098
=your =feedback | weight=0.098
=talk =to | weight=0.098
=screen | weight=0.096
=they =keeps | weight=0.096
=with =i | weight=0.095
=completely =understand | weight=0.095
=i =completely | weight=0.095
=my =bag | weight=0.095
=about =leads | weight=0.094
=leads =time | weight=0.094
=pre-drafted | weight=0.094
=pre-drafted =text | weight=0.094
=shortage | weight=0.094
=text =about | weight=0.094
=not =a | weight=0.094, noneg
=high | weight=0.094
=keeps =answer | weight=0.094
=a =question | weight=0.094
=anything =else | weight=0.093
=clearly | weight=0.093
=that =didn't | weight=0.093, noneg
=what =i | weight=0.092
=an =auto-reply | weight=0.091
=auto-reply =about | weight=0.091
=our =help | weight=0.091
=which =i | weight=0.090
=keeps =point | weight=0.090
=that =had | weight=0.090
=like =a | weight=0.090
=evident =the | weight=0.089
=any | weight=0.088
=pre-written | weight=0.088
=support =is | weight=0.088
=my =message | weight=0.087
=they're =all | weight=0.087
=time =he | weight=0.087
=visit =our | weight=0.087
=reply =that | weight=0.087
=else =i | weight=0.086
=there =anything | weight=0.086
=keeps =send | weight=0.086
=point =me | weight=0.086
=prompt | weight=0.085
=was =clearly | weight=0.085
=anything | weight=0.085
=and =wasn't | weight=0.084, noneg
=her =screen | weight=0.084
=screen =even | weight=0.084
=step =off | weight=0.084
=agent =just | weight=0.084
=specific | weight=0.084
=and =past | weight=0.083
=ignored =the | weight=0.083
=of =line | weight=0.083
=picked =one | weight=0.083
=entire | weight=0.083
=recite | weight=0.082
=process =and | weight=0.082
=stock | weight=0.082
=kept =typed | weight=0.082
=password | weight=0.082
=standards | weight=0.082
=auto-reply | weight=0.082
=doesnt | weight=0.081, noneg
=produced | weight=0.081
=someone =senior | weight=0.081
=for =word | weight=0.081
=word =for | weight=0.081
=a =can | weight=0.081
=area | weight=0.080
=why =i'm | weight=0.080
=is =evident | weight=0.080
=evident | weight=0.079
=about =password | weight=0.079
=support | weight=0.079
=my =name | weight=0.079
=that =why | weight=0.078
=was =a | weight=0.078
=that =ignored | weight=0.078
=she =was | weight=0.078
=step | weight=0.078
=every =agent | weight=0.078
=a =sheet | weight=0.077
=your =online | weight=0.077
=last =agent | weight=0.076
=didn't =mentioned | weight=0.075, noneg
=we're =sorry | weight=0.075
=paragraph =about | weight=0.075
=i'm =in | weight=0.075
=our =written | weight=0.074
=clearly =a | weight=0.074
=sorry =to | weight=0.074
=fixed =everything | weight=0.074
=x | weight=0.074
=reference =to | weight=0.074
=a =robot | weight=0.073
=only =got | weight=0.073
=whatever =i | weight=0.073
=boiler =and | weight=0.073
=into =the | weight=0.072
=me =an | weight=0.072
=based | weight=0.072
=help =centre | weight=0.072
=leads | weight=0.072
=just =keeps | weight=0.072
=was =read | weight=0.072
=what =the | weight=0.072
=we =have | weight=0.072
=my =actually | weight=0.072
=told =them | weight=0.072
=and =did | weight=0.071
=was =just | weight=0.071
=gave =my | weight=0.071
=it =like | weight=0.070
=and =what | weight=0.070
=you =asked | weight=0.070
=she =had | weight=0.070
=policy =and | weight=0.070
=just =this | weight=0.069
=total | weight=0.069
=i =understand | weight=0.069
=to =restart | weight=0.069
=chat =person | weight=0.069
=response =to | weight=0.068
=correspondence | weight=0.068
=started =with | weight=0.067
=everything | weight=0.067
=yeah =so | weight=0.067
=answer =every | weight=0.067
=a =stock | weight=0.067
=question =was | weight=0.067
=stock =answer | weight=0.067
=speech | weight=0.067
=a =paragraph | weight=0.066
=website =that | weight=0.066
=bag | weight=0.066
=for =update | weight=0.066
=copy =past | weight=0.066
=restart | weight=0.066
=we | weight=0.066
=time =in | weight=0.065
=something | weight=0.065
=keeps =tell | weight=0.065
=a =reference | weight=0.065
=update | weight=0.065
=as =it | weight=0.064
=not =one | weight=0.063, noneg
=girl =at | weight=0.063
=so =er | weight=0.063
=agent =started | weight=0.063
=had =only | weight=0.063
=only =automated | weight=0.063
=senior | weight=0.063
=kept =asked | weight=0.063
=obviously =she | weight=0.063
=i =told | weight=0.063
=email =about | weight=0.063
=can =answer | weight=0.062
=agent =sent | weight=0.062
=word =what | weight=0.062
=and =picked | weight=0.062
=one =at | weight=0.062
=ignored =it | weight=0.061
=supervisor =three | weight=0.061
=why =my | weight=0.060
=junk | weight=0.060
=a =person | weight=0.060
=same =sentence | weight=0.060
=was =go | weight=0.060
=their =website | weight=0.060
=every =complaint | weight=0.060
=team =answer | weight=0.060
=lift =straight | weight=0.059
=straight =from | weight=0.059
=was =lift | weight=0.059
=help =you | weight=0.059
=you =with | weight=0.059
=a =specific | weight=0.059
=specific =question | weight=0.059
=lol | weight=0.059
=three =time | weight=0.059
=read =me | weight=0.058
=booking =an | weight=0.058
=previous =call | weight=0.058
=they'd | weight=0.058
=said =we | weight=0.058
=sent =to | weight=0.058
=asked =about | weight=0.058
=clearly =read | weight=0.057
=through =a | weight=0.057
=copy =and | weight=0.057
=a =leaflet | weight=0.057
=leaflet | weight=0.057
=flight =was | weight=0.057
=the =fridge | weight=0.056
=can =response | weight=0.056
=high =demand | weight=0.056
=call =handler | weight=0.056
=data =protection | weight=0.056
=she =didn't | weight=0.055, noneg
=in =details | weight=0.055
=annual | weight=0.055
=was =answer | weight=0.055
=text | weight=0.055
=automated | weight=0.055
=been =passed | weight=0.055
=in =chat | weight=0.055
=um =it | weight=0.055
=after =he | weight=0.055
=relevant | weight=0.054
=the =relevant | weight=0.054
=robot | weight=0.054
=er =i | weight=0.054
=look =into | weight=0.054
=cancelled =terms | weight=0.054
=and =kept | weight=0.054
=in =about | weight=0.054
=vat | weight=0.054
=vat =on | weight=0.054
=the =desk | weight=0.054
=high =volumes | weight=0.053
=volumes | weight=0.053
=volumes =of | weight=0.053
=into =it | weight=0.053
=knowledge | weight=0.053
=generic =template | weight=0.053
=demand =that | weight=0.053
=they =gave | weight=0.053
=can | weight=0.053
=was =working | weight=0.053
=your =support | weight=0.053
=time =the | weight=0.052
=answer =nothing | weight=0.052, noneg
=obviously =template | weight=0.052
=template =and | weight=0.052
=thing =about | weight=0.052
=care | weight=0.052
=sent =her | weight=0.052
=and =over | weight=0.052
=now =received | weight=0.052
=me =like | weight=0.052
=invoice =error | weight=0.051
=email | weight=0.051
=fraud | weight=0.051
=her =pension | weight=0.051
=already =did | weight=0.051
=star =for | weight=0.051
=received =a | weight=0.051
=an =engineer | weight=0.051
=th =time | weight=0.051
=i =said | weight=0.051
=of =contact | weight=0.051
=please =get | weight=0.051
=apologise | weight=0.051
=lift | weight=0.050
=excellent | weight=0.050
=network | weight=0.050
=completely | weight=0.050
=utterly | weight=0.050
=statement | weight=0.050
=pension =statement | weight=0.049
=response =from | weight=0.049
=understand =how | weight=0.049
=query | weight=0.049
=read =my | weight=0.049
=carried | weight=0.049
=over =and | weight=0.049
=question | weight=0.049
=reply =is | weight=0.048
=could =have | weight=0.048
