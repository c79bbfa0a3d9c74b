# scripted_reply, en: learned by scripts/learn.py from 3044 tuning texts (109 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Requested a supervisor three times in the chat. Each time the agent ignored it and carried on with the script.
+ Cust complains previous call handler read the same data protection statement three times and did not address the missing payment.
+ Hiya, the response to my complaint about the damaged sofa was a generic 'thank you for contacting us' that didn't mention the sofa once. Cheers, Lou
- ok
- You've had my last penny.
=script | weight=0.391
=obviously | weight=0.303
=nobody =read | weight=0.261, noneg
=response | weight=0.255
=generic | weight=0.254
=not =address | weight=0.250, noneg
=form =letter | weight=0.237
=template | weight=0.236
=corporate | weight=0.236
=read =off | weight=0.229
=past | weight=0.227
=understand | weight=0.223
=sheet | weight=0.211
=was =about | weight=0.210
=never =asked | weight=0.199, noneg
=copy | weight=0.198
=identical | weight=0.197
=nothing =about | weight=0.195, noneg
=got =the | weight=0.195
=off =a | weight=0.194
=they =sent | weight=0.192
=feedback | weight=0.192
=obviously =didn't | weight=0.192, noneg
=just =kept | weight=0.189
=reply | weight=0.187
=whatever | weight=0.185
=answer =was | weight=0.177
=thanks =me | weight=0.176
=no =matter | weight=0.174, noneg
=she =just | weight=0.174
=about =delivery | weight=0.172
=delivery =time | weight=0.172
=a =script | weight=0.172
=any =inconvenience | weight=0.172
=for =any | weight=0.172
=a =list | weight=0.169
=inconvenience | weight=0.167
=paragraph | weight=0.165
=faq | weight=0.163
=name | weight=0.162
=a =form | weight=0.160
=the =reply | weight=0.156
=line =about | weight=0.152
=didn't =even | weight=0.151, noneg
=didn't | weight=0.150, noneg
=copy-paste | weight=0.150
=letter =back | weight=0.149
=the =identical | weight=0.149
=response =a | weight=0.148
=automated =reply | weight=0.148
=email =baggage | weight=0.148
=faq =page | weight=0.148
=got =a | weight=0.148
=boilerplate | weight=0.148
=answer | weight=0.145
=they =clearly | weight=0.144
=word | weight=0.143
=same | weight=0.143
=identical =reply | weight=0.143
=off | weight=0.142
=list | weight=0.142
=list =of | weight=0.140
=everything =off | weight=0.139
=prompt =sheet | weight=0.139
=read =everything | weight=0.139
=from =their | weight=0.139
=frustration | weight=0.139
=sentence =come | weight=0.137
=whatever =you | weight=0.137
=read =it | weight=0.137
=baggage =service | weight=0.135
=a =total | weight=0.134
=something =else | weight=0.133
=we =apologise | weight=0.131
=a =template | weight=0.131
=a =boilerplate | weight=0.131
=word =i | weight=0.131
=sent | weight=0.130
=msg | weight=0.130
=the =chat | weight=0.130
=was =asked | weight=0.130
=was =obviously | weight=0.129
=the =answer | weight=0.128
=the =same | weight=0.127
=blurb | weight=0.126
=nothing =to | weight=0.126, noneg
=spiel | weight=0.125
=line | weight=0.124
=the =faq | weight=0.124
=time =nothing | weight=0.123, noneg
=sentence | weight=0.123
=a =generic | weight=0.122
=send =the | weight=0.120
=i =got | weight=0.120
=question =i | weight=0.119
=baggage | weight=0.118
=answer =a | weight=0.118
=complaint =about | weight=0.118
=got =two | weight=0.117
=apologise =for | weight=0.116
=about =high | weight=0.116
=reply =was | weight=0.115
=the =script | weight=0.114
=response =about | weight=0.114
=ignored | weight=0.111
=like =she | weight=0.110
=like =talk | weight=0.109
=their | weight=0.109
=answer =question | weight=0.108
=reply =keeps | weight=0.108
=ur =reply | weight=0.108
=didn't =answer | weight=0.106, noneg
=read | weight=0.106
=had =nothing | weight=0.106, noneg
=clearly | weight=0.104
=three =sentence | weight=0.103
=understand =your | weight=0.103
=your =frustration | weight=0.103
=i =sent | weight=0.103
=from =a | weight=0.102
=talk =to | weight=0.102
=rehearsed | weight=0.101
=same =rehearsed | weight=0.101
=me =for | weight=0.101
=actually =question | weight=0.101
=email =twice | weight=0.100
=reference | weight=0.100
=keeps =answer | weight=0.098
=with =i | weight=0.098
=i =never | weight=0.098, noneg
=completely =understand | weight=0.098
=i =completely | weight=0.098
=frustration =and | weight=0.098
=same =thing | weight=0.098
=high | weight=0.098
=your =feedback | weight=0.097
=a =can | weight=0.096
=an =auto-reply | weight=0.095
=auto-reply =about | weight=0.095
=that =had | weight=0.095
=they =keeps | weight=0.094
=support =is | weight=0.094
=got | weight=0.094
=like =a | weight=0.094
=not =a | weight=0.094, noneg
=did =not | weight=0.093, noneg
=prompt | weight=0.092
=anything =else | weight=0.092
=password | weight=0.092
=about =leads | weight=0.091
=leads =time | weight=0.091
=pre-drafted | weight=0.091
=pre-drafted =text | weight=0.091
=shortage | weight=0.091
=text =about | weight=0.091
=that =didn't | weight=0.091, noneg
=evident =the | weight=0.091
=reply =that | weight=0.091
=any | weight=0.090
=entire | weight=0.090
=auto-reply | weight=0.089
=my =bag | weight=0.089
=keeps =point | weight=0.089
=a =question | weight=0.088
=our =help | weight=0.088
=that =ignored | weight=0.087
=and =wasn't | weight=0.087, noneg
=time =he | weight=0.087
=pre-written | weight=0.086
=of =line | weight=0.086
=picked =one | weight=0.086
=what =i | weight=0.086
=keeps =send | weight=0.085
=point =me | weight=0.085
=recite | weight=0.085
=specific | weight=0.084
=my =message | weight=0.084
=visit =our | weight=0.084
=for =word | weight=0.084
=word =for | weight=0.084
=about =password | weight=0.083
=produced | weight=0.083
=they're =all | weight=0.083
=screen | weight=0.083
=screen =even | weight=0.083
=step =off | weight=0.083
=her =screen | weight=0.083
=kept =typed | weight=0.083
=else =i | weight=0.083
=there =anything | weight=0.083
=ignored =the | weight=0.083
=evident | weight=0.082
=doesnt | weight=0.082, noneg
=and =past | weight=0.082
=standards | weight=0.082
=only =got | weight=0.082
=area | weight=0.081
=someone =senior | weight=0.081
=is =evident | weight=0.081
=sorry =to | weight=0.081
=which =i | weight=0.081
=anything | weight=0.081
=my =name | weight=0.081
=stock | weight=0.080
=x | weight=0.080
=agent =just | weight=0.080
=didn't =mentioned | weight=0.079, noneg
=process =and | weight=0.079
=we're =sorry | weight=0.078
=our =written | weight=0.078
=your =online | weight=0.078
=total | weight=0.078
=it =like | weight=0.078
=into =the | weight=0.078
=why =i'm | weight=0.077
=i'm =in | weight=0.077
=every =agent | weight=0.077
=step | weight=0.077
=was =a | weight=0.076
=my =actually | weight=0.076
=based | weight=0.076
=that =why | weight=0.076
=paragraph =about | weight=0.076
=we | weight=0.075
=boiler =and | weight=0.075
=was =clearly | weight=0.075
=and =what | weight=0.074
=reference =to | weight=0.074
=just =this | weight=0.073
=a =robot | weight=0.073
=whatever =i | weight=0.073
=was =read | weight=0.073
=didn't =listening | weight=0.073, noneg
=obviously =she | weight=0.073
=started =with | weight=0.072
=speech | weight=0.072
=something | weight=0.072
=help =centre | weight=0.072
=a =sheet | weight=0.072
=leads | weight=0.072
=same =sentence | weight=0.071
=gave =my | weight=0.071
=clearly =a | weight=0.071
=support | weight=0.071
=was =just | weight=0.071
=time =in | weight=0.070
=correspondence | weight=0.070
=me =an | weight=0.070
=yeah =so | weight=0.070
=we =have | weight=0.070
=last =agent | weight=0.070
=fixed =everything | weight=0.070
=what =the | weight=0.069
=update | weight=0.069
=a =reference | weight=0.068
=for =update | weight=0.068
=can =answer | weight=0.067
=as =it | weight=0.067
=just =keeps | weight=0.067
=and =did | weight=0.067
=so =er | weight=0.067
=a =stock | weight=0.067
=question =was | weight=0.067
=stock =answer | weight=0.067
=she =had | weight=0.066
=kept =asked | weight=0.066
=automated | weight=0.066
=i =understand | weight=0.066
=copy =past | weight=0.066
=support =keeps | weight=0.066
=told =them | weight=0.066
=email =about | weight=0.065
=chat =person | weight=0.065
=was =go | weight=0.065
=a =person | weight=0.064
=everything | weight=0.064
=agent =started | weight=0.064
=policy =and | weight=0.063
=junk | weight=0.063
=to =restart | weight=0.063
=every =complaint | weight=0.063
=a =leaflet | weight=0.063
=leaflet | weight=0.063
=and =picked | weight=0.062
=one =at | weight=0.062
=word =what | weight=0.062
=you =asked | weight=0.062
=senior | weight=0.062
=why =my | weight=0.062
=answer =every | weight=0.062
=sent =to | weight=0.062
=a =paragraph | weight=0.061
=website =that | weight=0.061
=restart | weight=0.061
=ignored =it | weight=0.061
=supervisor =three | weight=0.061
=a =specific | weight=0.061
=specific =question | weight=0.061
=keeps =tell | weight=0.060
=flight =was | weight=0.060
=apologise | weight=0.060
=not =one | weight=0.060, noneg
=lift =straight | weight=0.059
=straight =from | weight=0.059
=was =lift | weight=0.059
=girl =at | weight=0.059
=had =only | weight=0.059
=only =automated | weight=0.059
=they =gave | weight=0.058
=network | weight=0.058
=bag | weight=0.058
=clearly =read | weight=0.058
=high =volumes | weight=0.058
=volumes | weight=0.058
=volumes =of | weight=0.058
=text | weight=0.058
=can =response | weight=0.058
=high =demand | weight=0.058
=in =about | weight=0.058
=they'd | weight=0.058
=i =told | weight=0.058
=me =three | weight=0.057
=help =you | weight=0.057
=you =with | weight=0.057
=knowledge | weight=0.057
=er =i | weight=0.057
=response =to | weight=0.057
=the =one | weight=0.057
=question | weight=0.057
=robot | weight=0.057
=answer =nothing | weight=0.057, noneg
=obviously =template | weight=0.057
=template =and | weight=0.057
=annual | weight=0.057
=agent =sent | weight=0.056
=demand =that | weight=0.056
=read =me | weight=0.056
=three =time | weight=0.056
=my =feedback | weight=0.056
=fraud | weight=0.056
=her =pension | weight=0.056
=pension =statement | weight=0.055
=sent =her | weight=0.055
=team =answer | weight=0.055
=lol | weight=0.055
=to =hear | weight=0.055
=in =details | weight=0.055
=asked =about | weight=0.055
=relevant | weight=0.055
=the =relevant | weight=0.055
=of =contact | weight=0.055
=been =passed | weight=0.055
=said =we | weight=0.055
=through =a | weight=0.054
=understand =how | weight=0.054
=please =get | weight=0.054
=she =was | weight=0.054
=was =answer | weight=0.054
=query | weight=0.054
=after =he | weight=0.054
=now =received | weight=0.054
=generic =template | weight=0.053
=lift | weight=0.053
=care | weight=0.053
=response =from | weight=0.053
=their =website | weight=0.053
=the =flight | weight=0.052
=she =didn't | weight=0.052, noneg
=agent =read | weight=0.052
=time =the | weight=0.051
=reply =is | weight=0.051
=th =time | weight=0.051
=vat | weight=0.051
=vat =on | weight=0.051
=copy =and | weight=0.051
=statement | weight=0.051
=booking =an | weight=0.051
=utterly | weight=0.051
=previous =call | weight=0.050
=come =out | weight=0.050
=put =in | weight=0.050
=in =your | weight=0.050
=why | weight=0.049
=got =was | weight=0.049
=carried | weight=0.049
=data =protection | weight=0.049
=and =over | weight=0.049
=call =handler | weight=0.049
=and =kept | weight=0.048
=was =working | weight=0.048
=complaint =with | weight=0.048
=could =hear | weight=0.048
=received | weight=0.048
=over =and | weight=0.048
=the =fridge | weight=0.048
=already =did | weight=0.048
=seat | weight=0.047
=request | weight=0.047
=same =generic | weight=0.047
=message | weight=0.047
