# scripted_reply, en: learned by scripts/learn.py from 3245 tuning texts (131 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Requested a supervisor three times in the chat. Each time the agent ignored it and carried on with the script.
+ Hiya, the response to my complaint about the damaged sofa was a generic 'thank you for contacting us' that didn't mention the sofa once. Cheers, Lou
+ Every question I asked the lad at the counter got the same rehearsed line about 'the latest network technology'. Never answered whether the signal's any good in my village.
- ok
- You've had my last penny.
=script | weight=0.375
=obviously | weight=0.320
=form =letter | weight=0.274
=generic | weight=0.249
=not =address | weight=0.246, noneg
=template | weight=0.245
=read =off | weight=0.244
=corporate | weight=0.239
=sheet | weight=0.227
=was =about | weight=0.225
=thanks =me | weight=0.225
=identical | weight=0.225
=about =delivery | weight=0.222
=response | weight=0.220
=past | weight=0.218
=nobody =read | weight=0.215, noneg
=understand | weight=0.214
=got =the | weight=0.213
=never =asked | weight=0.207, noneg
=nothing =about | weight=0.207, noneg
=obviously =didn't | weight=0.196, noneg
=boilerplate | weight=0.193
=copy | weight=0.193
=off =a | weight=0.189
=no =fridge | weight=0.187, noneg
=feedback | weight=0.187
=just =kept | weight=0.186
=no =matter | weight=0.186, noneg
=paragraph | weight=0.185
=that =didn't | weight=0.184, noneg
=didn't =even | weight=0.181, noneg
=whatever | weight=0.180
=letter =back | weight=0.180
=delivery =time | weight=0.179
=reply | weight=0.179
=didn't =mentioned | weight=0.178, noneg
=answer =was | weight=0.178
=a =list | weight=0.176
=response =a | weight=0.172
=any =inconvenience | weight=0.170
=for =any | weight=0.170
=same | weight=0.168
=she =just | weight=0.168
=inconvenience | weight=0.166
=response =about | weight=0.163
=they =sent | weight=0.162
=line =about | weight=0.162
=the =identical | weight=0.162
=name | weight=0.160
=list | weight=0.158
=automated-sounding | weight=0.155
=automated =reply | weight=0.155
=email =baggage | weight=0.155
=everything =off | weight=0.155
=prompt =sheet | weight=0.155
=read =everything | weight=0.155
=list =of | weight=0.151
=a =total | weight=0.151
=identical =reply | weight=0.150
=still =no | weight=0.149, noneg
=copy-paste | weight=0.147
=word | weight=0.147
=their | weight=0.146
=got =two | weight=0.145
=baggage =service | weight=0.145
=a =script | weight=0.144
=was =a | weight=0.144
=something =else | weight=0.143
=sentence | weight=0.143
=section | weight=0.142
=read =it | weight=0.142
=frustration | weight=0.142
=answer | weight=0.140
=reply =was | weight=0.140
=didn't =answer | weight=0.137, noneg
=a =template | weight=0.137
=from =their | weight=0.135
=they =clearly | weight=0.135
=faq | weight=0.135
=time =nothing | weight=0.134, noneg
=sentence =come | weight=0.134
=whatever =you | weight=0.134
=baggage | weight=0.132
=the =script | weight=0.132
=was =asked | weight=0.131
=ignored | weight=0.131
=stock | weight=0.131
=msg | weight=0.130
=we =apologise | weight=0.130
=a =can | weight=0.129
=was =obviously | weight=0.128
=got =was | weight=0.128
=question =i | weight=0.127
=ignored =the | weight=0.125
=spiel | weight=0.125
=answer =a | weight=0.125
=apologise =for | weight=0.125
=about =high | weight=0.123
=a =generic | weight=0.121
=blurb | weight=0.121
=like =a | weight=0.121
=can | weight=0.120
=had =nothing | weight=0.120, noneg
=a =form | weight=0.120
=a =boilerplate | weight=0.116
=rehearsed | weight=0.115
=same =rehearsed | weight=0.115
=like =she | weight=0.115
=i =got | weight=0.115
=thanks =for | weight=0.115
=from =a | weight=0.114
=reply =thanks | weight=0.113
=get =the | weight=0.113
=a =stock | weight=0.112
=pre-written | weight=0.111
=answer =question | weight=0.111
=reply =keeps | weight=0.111
=ur =reply | weight=0.111
=word =i | weight=0.109
=got =a | weight=0.109
=understand =your | weight=0.108
=your =frustration | weight=0.108
=read | weight=0.108
=the =reply | weight=0.107
=keeps =answer | weight=0.107
=i =never | weight=0.106, noneg
=reference | weight=0.106
=that =had | weight=0.105
=about =leads | weight=0.104
=leads =time | weight=0.104
=pre-drafted | weight=0.104
=pre-drafted =text | weight=0.104
=shortage | weight=0.104
=text =about | weight=0.104
=frustration =and | weight=0.104
=we're =sorry | weight=0.103
=send =the | weight=0.102
=recite =the | weight=0.101
=faq =page | weight=0.100
=high | weight=0.099
=customer =name | weight=0.099
=please =visit | weight=0.099
=the =faq | weight=0.098
=like =talk | weight=0.098
=off | weight=0.097
=did =not | weight=0.096, noneg
=total | weight=0.096
=visit =our | weight=0.096
=anything | weight=0.096
=three =sentence | weight=0.095
=sorry =to | weight=0.095
=of =line | weight=0.095
=picked =one | weight=0.095
=an =auto-reply | weight=0.095
=auto-reply =about | weight=0.095
=asked =about | weight=0.095
=was =clearly | weight=0.094
=prompt | weight=0.094
=line | weight=0.094
=every =customer | weight=0.094
=complaint =about | weight=0.093
=apology | weight=0.093
=i =understand | weight=0.093
=recite | weight=0.093
=with =i | weight=0.093
=completely =understand | weight=0.093
=i =completely | weight=0.093
=customer =who | weight=0.092
=a =robot | weight=0.092
=your =feedback | weight=0.092
=why =i'm | weight=0.092
=complained | weight=0.091
=support =is | weight=0.091
=and =past | weight=0.090
=auto-reply | weight=0.090
=a =question | weight=0.089
=paragraph =about | weight=0.089
=sent | weight=0.089
=lovely =how | weight=0.089
=anything =else | weight=0.088
=keeps =point | weight=0.088
=talk =to | weight=0.088
=x | weight=0.088
=my =bag | weight=0.087
=copy =past | weight=0.087
=that =why | weight=0.086
=same =sentence | weight=0.086
=password | weight=0.086
=they =keeps | weight=0.085
=her =screen | weight=0.085
=point =me | weight=0.085
=kept =typed | weight=0.084
=time =he | weight=0.084
=a =person | weight=0.084
=i'm =in | weight=0.084
=entirely | weight=0.084
=the =chat | weight=0.084
=didn't =listening | weight=0.083, noneg
=automated | weight=0.083
=my =actually | weight=0.083
=only =got | weight=0.083
=all =i | weight=0.083
=actually =question | weight=0.083
=update | weight=0.082
=about =password | weight=0.082
=was =read | weight=0.082
=my =patience | weight=0.082
=patience | weight=0.082
=screen =even | weight=0.082
=step =off | weight=0.082
=that =ignored | weight=0.081
=my =message | weight=0.081
=clearly | weight=0.080
=doesnt | weight=0.079, noneg
=our =help | weight=0.079
=someone =senior | weight=0.079
=for =word | weight=0.079
=word =for | weight=0.079
=there =anything | weight=0.079
=your =online | weight=0.079
=agent =just | weight=0.079
=response =that | weight=0.079
=our =written | weight=0.079
=yeah =so | weight=0.078
=area | weight=0.078
=robot | weight=0.078
=be =a | weight=0.078
=we =have | weight=0.078
=every =agent | weight=0.078
=speech | weight=0.078
=evident =the | weight=0.078
=standards | weight=0.077
=support | weight=0.077
=clearly =a | weight=0.076
=boiler =and | weight=0.076
=for =update | weight=0.076
=me =an | weight=0.076
=whatever =i | weight=0.076
=same =thing | weight=0.076
=based | weight=0.075
=produced | weight=0.075
=fixed =everything | weight=0.075
=desk =just | weight=0.075
=leads | weight=0.075
=any | weight=0.075
=else =i | weight=0.075
=just =this | weight=0.075
=she =had | weight=0.074
=is =evident | weight=0.074
=they're =all | weight=0.074
=a =bot | weight=0.074
=received =a | weight=0.074
=question | weight=0.074
=gave =my | weight=0.074
=time =in | weight=0.073
=and =what | weight=0.073
=and =wasn't | weight=0.073, noneg
=something | weight=0.073
=a =sheet | weight=0.072
=she =was | weight=0.072
=started =with | weight=0.072
=reference =to | weight=0.072
=me =for | weight=0.072
=specific | weight=0.071
=was =just | weight=0.071
=and =picked | weight=0.071
=one =at | weight=0.071
=keeps =send | weight=0.071
=and =did | weight=0.070
=sent =to | weight=0.070
=process =and | weight=0.070
=was =go | weight=0.070
=every =complaint | weight=0.070
=query | weight=0.070
=can =answer | weight=0.070
=stock =answer | weight=0.069
=i =sent | weight=0.069
=didn't | weight=0.069, noneg
=into =the | weight=0.069
=me =three | weight=0.069
=kept =asked | weight=0.069
=the =answer | weight=0.069
=evident | weight=0.069
=policy =and | weight=0.069
=reply =that | weight=0.069
=step | weight=0.069
=flight =was | weight=0.068
=so =er | weight=0.068
=lift =straight | weight=0.068
=was =lift | weight=0.068
=my =name | weight=0.068
=can =response | weight=0.068
=high =demand | weight=0.068
=a =reference | weight=0.068
=is =why | weight=0.067
=question =is | weight=0.067
=just =keeps | weight=0.066
=agent =started | weight=0.066
=three =time | weight=0.066
=a =paragraph | weight=0.066
=website =that | weight=0.066
=last =agent | weight=0.065
=demand =that | weight=0.065
=exactly =same | weight=0.065
=network | weight=0.065
=every =reply | weight=0.065
=then =nothing | weight=0.065, noneg
=and =none | weight=0.064, noneg
=ignored =it | weight=0.064
=supervisor =three | weight=0.064
=text | weight=0.064
=had =only | weight=0.064
=only =automated | weight=0.064
=after =he | weight=0.064
=sent =her | weight=0.064
=in =about | weight=0.064
=my =feedback | weight=0.064
=here | weight=0.063
=straight =from | weight=0.063
=not =process | weight=0.062, noneg
=got =back | weight=0.062
=generic =reply | weight=0.062
=answer =nothing | weight=0.062, noneg
=obviously =template | weight=0.062
=template =and | weight=0.062
=they =just | weight=0.062
=team =answer | weight=0.062
=your =support | weight=0.062
=agent =read | weight=0.062
=very | weight=0.062
=details | weight=0.062
=help =centre | weight=0.062
=response =from | weight=0.061
=template =that | weight=0.061
=what =your | weight=0.061
=you =asked | weight=0.061
=restart =the | weight=0.060
=router =which | weight=0.060
=seat | weight=0.060
=which =i | weight=0.060
=the =flight | weight=0.060
=and =over | weight=0.060
=what =the | weight=0.060
=um =it | weight=0.060
=fraud | weight=0.059
=thing =about | weight=0.059
=the =fridge | weight=0.059
=now =received | weight=0.059
=copy =and | weight=0.059
=why =my | weight=0.059
=sound | weight=0.059
=sound =like | weight=0.059
=word =what | weight=0.059
=as =it | weight=0.059
=annual | weight=0.059
=yeah | weight=0.058
=support =keeps | weight=0.058
=response =to | weight=0.058
=their =website | weight=0.058
=er =i | weight=0.058
=a =checklist | weight=0.058
=checklist | weight=0.058
=read =my | weight=0.058
=they =gave | weight=0.058
=pension =statement | weight=0.057
=my =father | weight=0.057
=obviously =she | weight=0.057
=help =you | weight=0.057
=you =with | weight=0.057
=what =i | weight=0.057
=chat =and | weight=0.057
=asked =the | weight=0.057
=to =restart | weight=0.057
=the =exactly | weight=0.057
=lift | weight=0.057
=was =answer | weight=0.056
=the =same | weight=0.056
=cheers | weight=0.056
=apologise | weight=0.056
=been =passed | weight=0.056
=asked =a | weight=0.056
=senior | weight=0.056
=relevant | weight=0.056
=the =relevant | weight=0.056
=then =ignored | weight=0.055
=then =said | weight=0.055
=time =the | weight=0.055
=agent =sent | weight=0.055
=high =volumes | weight=0.055
=volumes | weight=0.055
=volumes =of | weight=0.055
=care | weight=0.055
=booking =an | weight=0.054
=restart | weight=0.054
=about =how | weight=0.054
=could =hear | weight=0.054
=an =engineer | weight=0.054
=correspondence | weight=0.054
=a =leaflet | weight=0.054
=leaflet | weight=0.054
