# channel_deflection, en: learned by scripts/learn.py from 3245 tuning texts (140 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Staff in the shop said they can't help with online orders and I'd have to ring the helpline.
+ There is no option on your phone menu to speak to an actual person, only to 'visit our website'.
+ Woman at the council one-stop shop said she couldn't accept paper forms any more and I had to do it online, and when I said I can't use a computer she shrugged and said 'rules are rules'.
- ok
- You've had my last penny.
=to =email | weight=0.323
=online | weight=0.295
=the =website | weight=0.288
=app =now | weight=0.239
=query | weight=0.238
=via | weight=0.232
=said =they | weight=0.230
=told =to | weight=0.230
=hotline | weight=0.219
=the =hotline | weight=0.219
=instead | weight=0.218
=in =writing | weight=0.213
=go =on | weight=0.203
=a =link | weight=0.202
=it =online | weight=0.194
=the =helpline | weight=0.190
=can't =help | weight=0.187, noneg
=dm =us | weight=0.186
=web | weight=0.185
=point =me | weight=0.184
=in =branch | weight=0.178
=dm | weight=0.176
=told =complaint | weight=0.176
=to =phone | weight=0.174
=go =online | weight=0.168
=by =telephone | weight=0.167
=a =qr | weight=0.167
=keeps =tell | weight=0.161
=through =my | weight=0.161
=credit =query | weight=0.161
=not =dealt | weight=0.161, noneg
=query =are | weight=0.161
=says =go | weight=0.161
=faq | weight=0.159
=said =go | weight=0.157
=process =order | weight=0.156
=the =faq | weight=0.154
=they =don't | weight=0.154, noneg
=address =on | weight=0.153
=helpline | weight=0.153
=chat =agent | weight=0.151
=complaint =are | weight=0.151
=download | weight=0.150
=the =app | weight=0.150
=the =portal | weight=0.149
=redirected =to | weight=0.146
=support =just | weight=0.144
=they =just | weight=0.144
=i'd =have | weight=0.142
=phone =the | weight=0.141
=order =by | weight=0.141
=online =form | weight=0.141
=complaint | weight=0.140
=that =through | weight=0.139
=only =be | weight=0.137
=he =said | weight=0.137
=our =website | weight=0.136
=by =email | weight=0.136
=via =the | weight=0.135
=they =can't | weight=0.135, noneg
=no =longer | weight=0.134, noneg
=said =we | weight=0.134
=to =do | weight=0.134
=are | weight=0.134
=done | weight=0.133
=agent =just | weight=0.133
=all =on | weight=0.133
=they =told | weight=0.132
=visit =our | weight=0.132
=centre =page | weight=0.132
=store =staff | weight=0.131
=to =call | weight=0.130
=in =person | weight=0.130
=are =not | weight=0.130, noneg
=the =email | weight=0.130
=do =that | weight=0.130
=your =email | weight=0.129
=help =centre | weight=0.128
=rather =than | weight=0.128
=you'll =have | weight=0.128
=app | weight=0.128
=live =chat | weight=0.128
=the =guy | weight=0.127
=twitter | weight=0.127
=visit | weight=0.127
=rather | weight=0.126
=email =form | weight=0.124
=the =branch | weight=0.123
=don't =take | weight=0.123, noneg
=point | weight=0.122
=portal | weight=0.121
=to =writing | weight=0.120
=that =why | weight=0.120
=ring =the | weight=0.120
=branch | weight=0.120
=done =through | weight=0.120
=the =chat | weight=0.119
=our =help | weight=0.119
=to =reported | weight=0.117
=tell =you | weight=0.117
=shop =says | weight=0.117
=on =facebook | weight=0.116
=on =twitter | weight=0.115
=use =the | weight=0.115
=have =just | weight=0.115
=just =done | weight=0.115
=counter =to | weight=0.114
=apparently =i | weight=0.114
=offline | weight=0.114
=just =said | weight=0.114
=don't =have | weight=0.114, noneg
=email =customer | weight=0.114
=tell | weight=0.112
=to =head | weight=0.111
=just =says | weight=0.110
=handed | weight=0.110
=phone =only | weight=0.110
=staff =said | weight=0.110
=link =to | weight=0.110
=done =that | weight=0.109
=handed =me | weight=0.108
=card =with | weight=0.108
=form | weight=0.108
=a =web | weight=0.107
=point =her | weight=0.107
=web =address | weight=0.107
=page | weight=0.107
=agent =point | weight=0.106
=to =log | weight=0.106
=leaflet =with | weight=0.105
=reference =to | weight=0.105
=question =and | weight=0.105
=just =handed | weight=0.104
=faq =like | weight=0.104
=got =read | weight=0.104
=our | weight=0.104
=are =no | weight=0.104, noneg
=offline =for | weight=0.104
=online =account | weight=0.103
=it =via | weight=0.103
=the =store | weight=0.103
=said =to | weight=0.103
=with =a | weight=0.102
=chat =told | weight=0.102
=that =all | weight=0.102
=handled | weight=0.101
=app =and | weight=0.101
=are =dealt | weight=0.101
=email =only | weight=0.101
=matter =are | weight=0.101
=such =matter | weight=0.101
=with =by | weight=0.101
=sent =back | weight=0.101
=online =team | weight=0.101
=said =everything | weight=0.101
=back =home | weight=0.100
=to =upload | weight=0.100
=upload =it | weight=0.100
=complaint =team | weight=0.100
=please | weight=0.100
=have =to | weight=0.100
=they =point | weight=0.099
=please =dm | weight=0.099
=call =us | weight=0.099
=please =call | weight=0.099
=direct =me | weight=0.098
=it =can | weight=0.098
=reported =a | weight=0.098
=check =our | weight=0.097
=website =by | weight=0.097
=can =only | weight=0.097
=it =on | weight=0.097
=website =then | weight=0.096
=writing =in | weight=0.096
=online =and | weight=0.096
=a =card | weight=0.096
=why =i'm | weight=0.095
=do =it | weight=0.095
=to =complained | weight=0.095
=home =to | weight=0.095
=told =i | weight=0.094
=handled =by | weight=0.094
=sim | weight=0.093
=such | weight=0.093
=use | weight=0.093
=an =app | weight=0.092
=download =an | weight=0.092
=made =my | weight=0.092
=doesn't =have | weight=0.092, noneg
=faq =page | weight=0.092
=redirected | weight=0.091
=website =instead | weight=0.091
=to =visit | weight=0.090
=didn't =get | weight=0.090, noneg
=i've =read | weight=0.090
=a =branch | weight=0.089
=everyone =else | weight=0.089
=like =everyone | weight=0.089
=the =phone | weight=0.089
=don't =deal | weight=0.089, noneg
=reply =just | weight=0.089
=call =the | weight=0.089
=guy =says | weight=0.089
=telephone | weight=0.088
=reply | weight=0.088
=call =instead | weight=0.087
=said =dm | weight=0.087
=us =your | weight=0.087
=just =keeps | weight=0.087
=does =not | weight=0.087, noneg
=to =apply | weight=0.087
=they =made | weight=0.087
=centre | weight=0.086
=live | weight=0.086
=reply =with | weight=0.085
=everything =is | weight=0.085
=been =offline | weight=0.085
=use =live | weight=0.085
=asked =a | weight=0.085
=dealt | weight=0.084
=dealt =with | weight=0.084
=qr | weight=0.084
=qr =code | weight=0.084
=and =closed | weight=0.083
=counter =said | weight=0.083
=are =only | weight=0.083
=website | weight=0.083
=for =that | weight=0.082
=the =web | weight=0.082
=was =sent | weight=0.081
=should =use | weight=0.081
=her =to | weight=0.081
=store =and | weight=0.081
=chat =has | weight=0.081
=he =can't | weight=0.081, noneg
=said =that | weight=0.080
=to =download | weight=0.080
=closed =the | weight=0.080
=read =the | weight=0.079
=direct | weight=0.079
=help =on | weight=0.078
=point =to | weight=0.078
=statement =and | weight=0.078
=agent =wouldn't | weight=0.078, noneg
=customer =portal | weight=0.078
=chat =then | weight=0.077
=and =got | weight=0.077
=here | weight=0.077
=sent =to | weight=0.077
=says =i | weight=0.077
=had =to | weight=0.077
=to =ring | weight=0.076
=website =to | weight=0.076
=page =and | weight=0.076
=answer =to | weight=0.076
=just =gave | weight=0.075
=to =trying | weight=0.075
=trying =the | weight=0.075
=a =leaflet | weight=0.075
=leaflet | weight=0.075
=person =to | weight=0.075
=and =was | weight=0.075
=record | weight=0.075
=we =had | weight=0.075
=we =were | weight=0.074
=and =post | weight=0.074
=head | weight=0.074
=bill =they | weight=0.074
=an =agent | weight=0.073
=cust =on | weight=0.073
=that =on | weight=0.073
=complaint =in | weight=0.073
=by =chat | weight=0.073
=form =three | weight=0.073
=form =won't | weight=0.073, noneg
=won't =submit | weight=0.073, noneg
=man =at | weight=0.072
=put =my | weight=0.072
=be =put | weight=0.072
=support | weight=0.072
=even =have | weight=0.072
=facebook =you | weight=0.072
=why =even | weight=0.072
=time =by | weight=0.071
=the =agent | weight=0.071
=reported =it | weight=0.071
=staff =keeps | weight=0.070
=the =record | weight=0.070
=than =call | weight=0.070
=auto | weight=0.070
=doesn't =cover | weight=0.070, noneg
=got =an | weight=0.070
=through =the | weight=0.070
=my =sim | weight=0.069
=me =to | weight=0.068
=your =help | weight=0.068
=app =just | weight=0.068
=to =just | weight=0.068
=phone =to | weight=0.068
=the =jacket | weight=0.067
=please =check | weight=0.067
=me =a | weight=0.067
=instructions =caller | weight=0.067
=line =simply | weight=0.067
=simply =instructions | weight=0.067
=menu =to | weight=0.067
=to =filled | weight=0.067
=is =no | weight=0.067, noneg
=miles =away | weight=0.066
=your =online | weight=0.066
=account =here | weight=0.066
=chat =been | weight=0.066
=they | weight=0.066
=public | weight=0.066
=the =chatbot | weight=0.066
=they =are | weight=0.066
=an =online | weight=0.066
=they =said | weight=0.066
=my =bill | weight=0.066
=home | weight=0.066
=goes =go | weight=0.065
=just =goes | weight=0.065
=miles | weight=0.065
=query =in | weight=0.065
=reported =to | weight=0.065
=says =contact | weight=0.065
=couldn't =do | weight=0.065, noneg
=nearest | weight=0.065
=to =help | weight=0.064
=put =in | weight=0.064
=caller =to | weight=0.064
=cancelled =and | weight=0.064
=please =visit | weight=0.064
=automatic =reply | weight=0.064
=your =automatic | weight=0.064
=it =through | weight=0.064
=be =done | weight=0.063
=my =question | weight=0.063
=precisely | weight=0.063
=return =the | weight=0.063
=cust =says | weight=0.063
=wrong =charge | weight=0.062
=branch =staff | weight=0.062
=completely | weight=0.062
=he'll | weight=0.062
=says =he'll | weight=0.062
=phone =menu | weight=0.062
=is =exactly | weight=0.062
=a =wrong | weight=0.061
=had =nothing | weight=0.061, noneg
=was =answer | weight=0.061
=to =avoid | weight=0.061
=need =to | weight=0.061
=use =chat | weight=0.061
=code =to | weight=0.061
=was =given | weight=0.061
=upload | weight=0.061
=you =to | weight=0.060
=dad =download | weight=0.060
=tell =people | weight=0.060
=reply =to | weight=0.060
=the =man | weight=0.060
=actually =person | weight=0.060
=an =actually | weight=0.060
=then =disconnected | weight=0.060
=discuss | weight=0.059
=only =advice | weight=0.059
=said =i | weight=0.059
=to =our | weight=0.059
=for =update | weight=0.059
=can =answer | weight=0.059
=he =would | weight=0.059
=slipped | weight=0.059
=told =me | weight=0.059
=a =fault | weight=0.058
=on =chat | weight=0.058
=in =to | weight=0.058
=store | weight=0.058
=and =i've | weight=0.058
=hasn't =got | weight=0.058, noneg
=filled =in | weight=0.058
=email =address | weight=0.057
=booking =the | weight=0.057
=me =i | weight=0.057
=the =live | weight=0.057
=complaint =with | weight=0.057
=rang =the | weight=0.057
=surgery =for | weight=0.057
=the =automated | weight=0.057
=support =page | weight=0.056
=the =counter | weight=0.056
=my =online | weight=0.056
=a =shop | weight=0.056
=would =need | weight=0.056
=only =to | weight=0.056
=another =week | weight=0.056
=me =cancelled | weight=0.056
=avoid | weight=0.055
=keeps =says | weight=0.055
=says =please | weight=0.055
