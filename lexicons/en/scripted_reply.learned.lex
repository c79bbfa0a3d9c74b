# scripted_reply, en: learned by scripts/learn.py from 2531 tuning texts (99 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Requested a supervisor three times in the chat. Each time the agent ignored it and carried on with the script.
+ they're all reading off scripts, u can tell
+ ur replies keep answering questions i never asked
- You've had my last penny.
- just want my £40 back tbh
=script | weight=0.393
=obviously | weight=0.308
=generic | weight=0.275
=nobody =read | weight=0.262, noneg
=form =letter | weight=0.255
=response | weight=0.255
=template | weight=0.255
=read =off | weight=0.243
=corporate | weight=0.237
=sheet | weight=0.232
=understand | weight=0.230
=got =the | weight=0.226
=was =about | weight=0.224
=past | weight=0.213
=not =address | weight=0.211, noneg
=never =asked | weight=0.203, noneg
=they =sent | weight=0.201
=copy | weight=0.200
=reply | weight=0.196
=whatever | weight=0.194
=just =kept | weight=0.191
=answer =was | weight=0.190
=obviously =didn't | weight=0.189, noneg
=she =just | weight=0.186
=thanks =me | weight=0.184
=off =a | weight=0.181
=paragraph | weight=0.180
=nothing =about | weight=0.179, noneg
=no =matter | weight=0.176, noneg
=name | weight=0.173
=any =inconvenience | weight=0.170
=for =any | weight=0.170
=a =list | weight=0.169
=a =form | weight=0.167
=inconvenience | weight=0.167
=about =delivery | weight=0.165
=delivery =time | weight=0.165
=a =script | weight=0.163
=frustration | weight=0.163
=didn't | weight=0.162, noneg
=feedback | weight=0.161
=copy-paste | weight=0.160
=the =identical | weight=0.158
=faq | weight=0.157
=didn't =even | weight=0.155, noneg
=letter =back | weight=0.154
=word | weight=0.153
=the =reply | weight=0.153
=reply =was | weight=0.153
=i =got | weight=0.152
=was =obviously | weight=0.151
=automated =reply | weight=0.150
=email =baggage | weight=0.150
=identical | weight=0.150
=off | weight=0.148
=got =a | weight=0.148
=list | weight=0.148
=everything =off | weight=0.147
=prompt =sheet | weight=0.147
=read =everything | weight=0.147
=faq =page | weight=0.147
=line =about | weight=0.146
=the =answer | weight=0.144
=boilerplate | weight=0.143
=we =apologise | weight=0.143
=they =clearly | weight=0.141
=sentence =come | weight=0.140
=whatever =you | weight=0.140
=list =of | weight=0.139
=a =template | weight=0.137
=nothing =to | weight=0.137, noneg
=the =chat | weight=0.137
=read =it | weight=0.136
=baggage =service | weight=0.135
=from =their | weight=0.135
=same | weight=0.134
=spiel | weight=0.133
=was =asked | weight=0.133
=response =a | weight=0.133
=answer | weight=0.130
=sent | weight=0.128
=sentence | weight=0.127
=a =boilerplate | weight=0.126
=a =total | weight=0.125
=got =two | weight=0.123
=blurb | weight=0.123
=answer =a | weight=0.123
=the =faq | weight=0.122
=a =generic | weight=0.121
=the =script | weight=0.121
=word =i | weight=0.121
=response =about | weight=0.121
=baggage | weight=0.120
=apologise =for | weight=0.119
=time =nothing | weight=0.117, noneg
=about =high | weight=0.116
=the =same | weight=0.116
=got | weight=0.115
=ignored | weight=0.114
=i =never | weight=0.113, noneg
=like =she | weight=0.112
=actually =question | weight=0.112
=with =i | weight=0.112
=line | weight=0.112
=completely =understand | weight=0.112
=i =completely | weight=0.112
=screen | weight=0.111
=had =nothing | weight=0.109, noneg
=reference | weight=0.109
=didn't =answer | weight=0.109, noneg
=three =sentence | weight=0.108
=question =i | weight=0.108
=pre-written | weight=0.108
=my =message | weight=0.107
=answer =question | weight=0.107
=reply =keeps | weight=0.107
=ur =reply | weight=0.107
=i =sent | weight=0.105
=like =talk | weight=0.105
=high | weight=0.105
=same =thing | weight=0.104
=from =a | weight=0.104
=me =for | weight=0.104
=talk =to | weight=0.104
=not =a | weight=0.102, noneg
=clearly | weight=0.102
=that =had | weight=0.102
=understand =your | weight=0.100
=your =frustration | weight=0.100
=keeps =answer | weight=0.098
=they =keeps | weight=0.098
=entire | weight=0.098
=evident =the | weight=0.097
=our =help | weight=0.096
=anything =else | weight=0.096
=identical =reply | weight=0.096
=they're =all | weight=0.095
=support =is | weight=0.095
=frustration =and | weight=0.094
=any | weight=0.094
=their | weight=0.093
=time =he | weight=0.093
=her =screen | weight=0.093
=keeps =send | weight=0.093
=what =i | weight=0.093
=about =leads | weight=0.093
=leads =time | weight=0.093
=pre-drafted | weight=0.093
=pre-drafted =text | weight=0.093
=shortage | weight=0.093
=text =about | weight=0.093
=every =agent | weight=0.093
=support | weight=0.092
=complaint =about | weight=0.091
=keeps =point | weight=0.091
=my =bag | weight=0.091
=which =i | weight=0.090
=prompt | weight=0.089
=area | weight=0.089
=was =clearly | weight=0.089
=screen =even | weight=0.088
=step =off | weight=0.088
=else =i | weight=0.088
=there =anything | weight=0.088
=someone =senior | weight=0.087
=clearly =a | weight=0.087
=ignored =the | weight=0.087
=we're =sorry | weight=0.087
=i'm =in | weight=0.086
=kept =typed | weight=0.086
=password | weight=0.086
=a =sheet | weight=0.086
=point =me | weight=0.086
=why =i'm | weight=0.085
=like =a | weight=0.085
=speech | weight=0.085
=anything | weight=0.084
=agent =just | weight=0.084
=a =question | weight=0.084
=an =auto-reply | weight=0.083
=auto-reply =about | weight=0.083
=that =why | weight=0.083
=started =with | weight=0.082
=and =wasn't | weight=0.082, noneg
=something | weight=0.082
=stock | weight=0.082
=my =actually | weight=0.082
=doesnt | weight=0.081, noneg
=based | weight=0.081
=your =online | weight=0.081
=of =line | weight=0.081
=picked =one | weight=0.081
=sorry =to | weight=0.080
=for =word | weight=0.080
=word =for | weight=0.080
=evident | weight=0.080
=recite | weight=0.080
=process =and | weight=0.080
=whatever =i | weight=0.080
=and =past | weight=0.080
=paragraph =about | weight=0.079
=our =written | weight=0.079
=auto-reply | weight=0.078
=about =password | weight=0.078
=x | weight=0.078
=specific | weight=0.078
=produced | weight=0.078
=standards | weight=0.077
=reference =to | weight=0.077
=step | weight=0.077
=we | weight=0.077
=help =centre | weight=0.077
=me =an | weight=0.077
=gave =my | weight=0.076
=total | weight=0.076
=is =evident | weight=0.076
=generic =template | weight=0.076
=my =name | weight=0.076
=they'd | weight=0.076
=read | weight=0.075
=why | weight=0.075
=told =them | weight=0.075
=that =ignored | weight=0.074
=boiler =and | weight=0.074
=just =keeps | weight=0.074
=policy =and | weight=0.074
=a =person | weight=0.073
=send =the | weight=0.073
=kept =asked | weight=0.073
=that =didn't | weight=0.073, noneg
=time =in | weight=0.073
=was =just | weight=0.072
=answer =every | weight=0.072
=she =was | weight=0.072
=it =like | weight=0.071
=automated | weight=0.071
=a =reference | weight=0.071
=a =robot | weight=0.071
=just =this | weight=0.070
=last =agent | weight=0.070
=into =the | weight=0.070
=you =asked | weight=0.070
=only =got | weight=0.069
=and =what | weight=0.069
=to =restart | weight=0.069
=fixed =everything | weight=0.069
=your =reply | weight=0.069
=why =my | weight=0.068
=was =read | weight=0.068
=clearly =read | weight=0.068
=keeps =tell | weight=0.068
=leads | weight=0.068
=chat =person | weight=0.067
=what =the | weight=0.067
=senior | weight=0.067
=she =had | weight=0.067
=agent =started | weight=0.067
=the =one | weight=0.066
=apologise | weight=0.066
=was =a | weight=0.066
=asked =about | weight=0.066
=i =told | weight=0.066
=and =picked | weight=0.065
=one =at | weight=0.065
=about | weight=0.065
=we =have | weight=0.065
=so =er | weight=0.065
=restart | weight=0.065
=word =what | weight=0.064
=correspondence | weight=0.064
=text | weight=0.064
=me =like | weight=0.064
=junk | weight=0.063
=was =answer | weight=0.063
=a =paragraph | weight=0.063
=website =that | weight=0.063
=bag | weight=0.063
=not =one | weight=0.063, noneg
=she =didn't | weight=0.063, noneg
=knowledge | weight=0.063
=every =complaint | weight=0.063
=team =answer | weight=0.063
=i =said | weight=0.062
=as =it | weight=0.062
=email =about | weight=0.062
=everything | weight=0.062
=query | weight=0.062
=had =only | weight=0.062
=only =automated | weight=0.062
=a =stock | weight=0.062
=question =was | weight=0.062
=stock =answer | weight=0.062
=message | weight=0.062
=same =generic | weight=0.062
=a =leaflet | weight=0.062
=leaflet | weight=0.062
=vat | weight=0.061
=vat =on | weight=0.061
=copy =past | weight=0.060
=in =about | weight=0.060
=yeah =so | weight=0.060
=your =support | weight=0.060
=from =your | weight=0.060
=the =fridge | weight=0.060
=look =into | weight=0.060
=annual | weight=0.060
=did =not | weight=0.059, noneg
=same =sentence | weight=0.059
=can =response | weight=0.059
=high =demand | weight=0.059
=lol | weight=0.059
=already =did | weight=0.059
=fraud | weight=0.059
=and =over | weight=0.058
=ignored =it | weight=0.058
=supervisor =three | weight=0.058
=and =kept | weight=0.058
=er =i | weight=0.058
=read =me | weight=0.058
=reply =that | weight=0.058
=seat | weight=0.057
=high =volumes | weight=0.057
=volumes | weight=0.057
=volumes =of | weight=0.057
=after =he | weight=0.057
=was =working | weight=0.057
=they =gave | weight=0.057
=robot | weight=0.057
=sent =to | weight=0.057
=my =feedback | weight=0.057
=over =and | weight=0.057
=lift =straight | weight=0.056
=straight =from | weight=0.056
=was =lift | weight=0.056
=does =not | weight=0.056, noneg
=a =specific | weight=0.055
=specific =question | weight=0.055
=pension =statement | weight=0.055
=reply =thanks | weight=0.055
=i =understand | weight=0.055
=of =contact | weight=0.055
=a =copy | weight=0.054
=please =get | weight=0.054
=um =it | weight=0.054
=they =just | weight=0.054
=demand =that | weight=0.054
=in =chat | weight=0.054
=must =be | weight=0.054
=else | weight=0.054
=into =it | weight=0.054
=got =was | weight=0.053
=in =your | weight=0.053
=understand =how | weight=0.053
=about =her | weight=0.053
=excellent | weight=0.053
=now =received | weight=0.052
=their =website | weight=0.052
=statement =and | weight=0.052
=girl =at | weight=0.052
=in =details | weight=0.052
=help =you | weight=0.052
=you =with | weight=0.052
=which =did | weight=0.052
=request =a | weight=0.052
=answer =nothing | weight=0.051, noneg
=obviously =template | weight=0.051
=template =and | weight=0.051
=chat =and | weight=0.051
=asked =a | weight=0.051
=care | weight=0.051
=they're | weight=0.051
=question | weight=0.050
=agent =sent | weight=0.050
=thing =about | weight=0.050
=to =hear | weight=0.050
=could =have | weight=0.050
=network | weight=0.050
=the =incorrect | weight=0.050
=the =desk | weight=0.050
=come =out | weight=0.050
=time =the | weight=0.050
=value | weight=0.049
=response =from | weight=0.049
=completely | weight=0.049
=cancelled =terms | weight=0.049
=lift | weight=0.049
=an =engineer | weight=0.049
=star =for | weight=0.049
=and =none | weight=0.048, noneg
=invoice =error | weight=0.048
=received | weight=0.048
=said =we | weight=0.048
=dm'd | weight=0.048
=charge =twice | weight=0.047
=her =pension | weight=0.047
=email | weight=0.047
=me =three | weight=0.046
=i =explained | weight=0.046
=copy =and | weight=0.046
=response =to | weight=0.045
