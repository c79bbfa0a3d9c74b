# transfer_runaround, en: learned by scripts/learn.py from 3044 tuning texts (129 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ why does every agent just go 'oh thats not me, let me transfer u' ??
+ Half my order was missing and the restaurant said it's the rider's fault, the app said contact the restaurant.
+ so ive been trying to sort my sons phone contract for a week. first the chat said he has to come into a shop as hes the account holder. went to the shop, they said it can be done in chat. back to chat, new agent, explained everything again, got told the shop was wrong and to call. called, 50 mins on hold. honestly i give up, were moving both our contracts to another network
- ok
- You've had my last penny.
=transferred | weight=0.455
=passed | weight=0.405
=department | weight=0.367
=forwarded | weight=0.341
=reference | weight=0.337
=runaround | weight=0.331
=between | weight=0.304
=sent =me | weight=0.293
=put =through | weight=0.256
=said =go | weight=0.243
=bounced | weight=0.225
=to =another | weight=0.222
=back =to | weight=0.222
=shunted | weight=0.214
=another =team | weight=0.212
=from =queue | weight=0.208
=to =queue | weight=0.208
=the =runaround | weight=0.208
=asked =bill | weight=0.208
=asked =support | weight=0.208
=queue =to | weight=0.204
=redirected | weight=0.203
=get =passed | weight=0.201
=time =now | weight=0.198
=every =person | weight=0.197
=passed =on | weight=0.195
=me =to | weight=0.193
=nobody =could | weight=0.190, noneg
=different | weight=0.189
=contact =the | weight=0.189
=different =team | weight=0.187
=service =told | weight=0.186
=bill =said | weight=0.185
=support =support | weight=0.185
=technical | weight=0.184
=another | weight=0.184
=off =to | weight=0.183
=full =circles | weight=0.182
=says =call | weight=0.178
=branch =send | weight=0.178
=same =story | weight=0.178
=one =agent | weight=0.175
=said =call | weight=0.174
=was =one | weight=0.173
=one =call | weight=0.172
=agent =number | weight=0.170
=im =on | weight=0.170
=now =im | weight=0.170
=on =agent | weight=0.170
=i'm =transferred | weight=0.169
=transferred =i | weight=0.169
=in =chat | weight=0.168
=me =again | weight=0.167
=in =one | weight=0.167
=support =said | weight=0.165
=service =service | weight=0.162
=handed | weight=0.161
=got =put | weight=0.160
=says =go | weight=0.159
=through =four | weight=0.158
=the =store | weight=0.157
=support | weight=0.157
=afternoon | weight=0.156
=fault =the | weight=0.156
=passed =me | weight=0.155
=over =to | weight=0.154
=from =one | weight=0.153
=me =on | weight=0.153
=and =every | weight=0.152
=head =office | weight=0.150
=keeps =get | weight=0.150
=reference =from | weight=0.150
=team =to | weight=0.146
=started =all | weight=0.146
=after =another | weight=0.145
=shop =said | weight=0.143
=me =somewhere | weight=0.141
=call =the | weight=0.140
=warehouse =and | weight=0.140
=me =back | weight=0.138
=the =call | weight=0.138
=shunted =through | weight=0.138
=been =put | weight=0.138
=support =and | weight=0.138
=head | weight=0.136
=garage =says | weight=0.135
=insurance =says | weight=0.135
=all =afternoon | weight=0.135
=then =transferred | weight=0.135
=me =over | weight=0.135
=circles | weight=0.134
=and =back | weight=0.132
=who =told | weight=0.132
=got =shuffled | weight=0.131
=shuffled | weight=0.131
=forwarded =me | weight=0.131
=else | weight=0.130
=gave =me | weight=0.130
=right =back | weight=0.130
=said =contact | weight=0.130
=to =sales | weight=0.129
=been =redirected | weight=0.128
=between =your | weight=0.128
=call =a | weight=0.127
=dept | weight=0.126
=dept =twice | weight=0.126
=wrong =dept | weight=0.126
=five =time | weight=0.125
=got =bounced | weight=0.125
=to =five | weight=0.124
=other =for | weight=0.123
=your =agent | weight=0.123
=agent =same | weight=0.121
=assistant =started | weight=0.121
=anyone =knew | weight=0.121
=knew =what | weight=0.121
=the =next | weight=0.120
=it =can | weight=0.120
=shop =says | weight=0.119
=to =hold | weight=0.119
=to =ring | weight=0.118
=says =contact | weight=0.117
=desk =to | weight=0.117
=lady =just | weight=0.117
=four =different | weight=0.116
=they =kept | weight=0.116
=for =two | weight=0.115
=handled | weight=0.115
=got =shunted | weight=0.115
=store =says | weight=0.114
=was =moved | weight=0.114
=the =garage | weight=0.113
=counter =direct | weight=0.112
=desk =which | weight=0.112
=in =turned | weight=0.112
=turned =direct | weight=0.112
=which =in | weight=0.112
=chat =said | weight=0.112
=branch =sent | weight=0.111
=agent =handed | weight=0.111
=was =passed | weight=0.111
=he =got | weight=0.111
=along | weight=0.110
=agent =in | weight=0.110
=along =from | weight=0.109
=next =like | weight=0.109
=four =chat | weight=0.108
=the =retailer | weight=0.108
=person =to | weight=0.108
=different =number | weight=0.108
=endless | weight=0.107
=every =new | weight=0.107
=week =overdue | weight=0.106
=a =meter | weight=0.106
=sales | weight=0.106
=ridiculous | weight=0.106
=store =and | weight=0.105
=only =be | weight=0.105
=five =different | weight=0.105
=was =your | weight=0.105
=courier =fault | weight=0.104
=garage | weight=0.104
=handed =my | weight=0.104
=so =now | weight=0.103
=now =it | weight=0.102
=chat | weight=0.102
=a =parcel | weight=0.101
=overdue | weight=0.100
=gp | weight=0.100
=what =a | weight=0.100
=time =i'm | weight=0.099
=been =shuttled | weight=0.099
=shuttled =between | weight=0.099
=your =underwriters | weight=0.099
=redirected =me | weight=0.098
=time =in | weight=0.097
=put | weight=0.096
=connection =to | weight=0.096
=different =department | weight=0.096
=was =connection | weight=0.096
=said =do | weight=0.096
=shop =shop | weight=0.096
=who =sold | weight=0.096
=and =support | weight=0.096
=other | weight=0.095
=time =and | weight=0.095
=knew | weight=0.095
=retailer | weight=0.095
=claim =team | weight=0.095
=no =fewer | weight=0.095, noneg
=to =other | weight=0.095
=to =no | weight=0.095, noneg
=story | weight=0.095
=they =moved | weight=0.095
=go =oh | weight=0.094
=me =transferred | weight=0.094
=transferred =u | weight=0.094
=call =just | weight=0.094
=just =dropped | weight=0.094
=got =transferred | weight=0.094
=underwriters | weight=0.094
=somebody =else | weight=0.093
=have =been | weight=0.093
=passed =to | weight=0.093
=to =technical | weight=0.093
=to =customer | weight=0.093
=point =me | weight=0.093
=security =question | weight=0.093
=in =town | weight=0.093
=town =who | weight=0.093
=a =shop | weight=0.092
=just =go | weight=0.091
=said =that | weight=0.091
=bounced =from | weight=0.091
=go =online | weight=0.091
=dead | weight=0.091
=parcel =is | weight=0.090
=call =support | weight=0.090
=sales =and | weight=0.090
=queue =and | weight=0.090
=is =this | weight=0.090
=my =case | weight=0.090
=on =nobody | weight=0.090, noneg
=transferred =to | weight=0.089
=someone =else | weight=0.089
=none =of | weight=0.088, noneg
=service =to | weight=0.088
=me =it | weight=0.087
=so =far | weight=0.087
=is =handled | weight=0.087
=the =gp | weight=0.087
=manufacturer =says | weight=0.086
=so =many | weight=0.086
=department =before | weight=0.086
=does =every | weight=0.086
=redirected =to | weight=0.086
=different =agent | weight=0.085
=the =jacket | weight=0.085
=every =department | weight=0.085
=gp =surgery | weight=0.084
=i =no | weight=0.084, noneg
=title | weight=0.084
=it =a | weight=0.084
=call =sales | weight=0.084
=runaround =sales | weight=0.084
=sales =said | weight=0.084
=and =explained | weight=0.084
=town | weight=0.084
=call =centre | weight=0.083
=another =the | weight=0.083
=one =line | weight=0.083
=put =from | weight=0.083
=i've =been | weight=0.082
=mins =on | weight=0.082
=can =only | weight=0.082
=bill =put | weight=0.082
=technical =technical | weight=0.082
=keeps =be | weight=0.082
=on =all | weight=0.082
=the =insurance | weight=0.082
=the =service | weight=0.082
=question =again | weight=0.081
=whole =morning | weight=0.081
=jacket | weight=0.081
=to =bill | weight=0.081
=no =longer | weight=0.081, noneg
=can =answer | weight=0.080
=im | weight=0.079
=return =the | weight=0.079
=connection | weight=0.078
=one =chat | weight=0.078
=each =other | weight=0.078
=handed =me | weight=0.078
=he =forwarded | weight=0.078
=one =person | weight=0.078
=kept =handed | weight=0.077
=other =department | weight=0.077
=many | weight=0.077
=branch =in | weight=0.077
=states =he | weight=0.077
=customer =complained | weight=0.077
=line =went | weight=0.077
=went =dead | weight=0.077
=restaurant =said | weight=0.077
=rider's =fault | weight=0.077
=the =rider's | weight=0.077
=classic =passed | weight=0.075
=the =shop | weight=0.075
=service =sent | weight=0.075
=ok =so | weight=0.075
=gp =to | weight=0.075
=through | weight=0.075
=like =a | weight=0.075
=diff =ppl | weight=0.075
=ppl | weight=0.075
=ppl =in | weight=0.075
=department =i | weight=0.075
=still =wrong | weight=0.075
=classic | weight=0.074
=back =here | weight=0.074
=other =branch | weight=0.074
=direct | weight=0.074
=sold | weight=0.074
=phone =then | weight=0.074
=customer =states | weight=0.074
=around | weight=0.073
=three =security | weight=0.073
=that =not | weight=0.073, noneg
=rider's | weight=0.073
=app =team | weight=0.073
=the =restaurant | weight=0.073
=goes =dead | weight=0.073
=line =goes | weight=0.073
=new =agent | weight=0.073
=diff | weight=0.072
=manufacturer =manufacturer | weight=0.072
=other =person | weight=0.072
=unhappy =that | weight=0.072
=wrong =department | weight=0.071
=direct =to | weight=0.070
=locate | weight=0.070
=why =does | weight=0.070
=my =whole | weight=0.070
=your =claim | weight=0.070
=to =three | weight=0.070
=each | weight=0.070
=line =to | weight=0.070
=person =i | weight=0.069
=claim =from | weight=0.069
=executive =is | weight=0.069
=oh | weight=0.068
=be =done | weight=0.068
=i =keeps | weight=0.068
=it =sent | weight=0.068
=wasn't =their | weight=0.068, noneg
=they've | weight=0.068
=department =had | weight=0.067
=had =someone | weight=0.067
=service =and | weight=0.067
=then =cut | weight=0.067
=me =through | weight=0.067
=gave | weight=0.066
=said =it | weight=0.066
=boiler =cover | weight=0.066
=restaurant | weight=0.066
=until =i | weight=0.066
=deal =with | weight=0.066
=my =call | weight=0.066
=hr =and | weight=0.065
=missing =and | weight=0.065
=service | weight=0.065
=rang =back | weight=0.064
=to =it | weight=0.064
=unhappy | weight=0.064
=two =week | weight=0.064
=each =department | weight=0.064
=order =was | weight=0.063
=store =to | weight=0.063
=far | weight=0.063
=deal | weight=0.063
=he =was | weight=0.063
=house =office | weight=0.062
=cover =and | weight=0.062
=ok | weight=0.061
=team | weight=0.061
=chat =window | weight=0.061
=give =up | weight=0.061
=they =passed | weight=0.060
=shuttled | weight=0.059
=handed =along | weight=0.059
=between =three | weight=0.059
=complaint =was | weight=0.059
=meanwhile =my | weight=0.059
=one =department | weight=0.059
=support =for | weight=0.059
=i =started | weight=0.059
=even =was | weight=0.059
=wrong =bill | weight=0.059
=transferred =five | weight=0.058
=my =gp | weight=0.058
=with =this | weight=0.058
=the =manufacturer | weight=0.058
=and =customer | weight=0.058
=terrible | weight=0.058
=for =an | weight=0.058
=we've =been | weight=0.058
=got =passed | weight=0.058
=transferred =me | weight=0.057
=has =to | weight=0.057
=customer =service | weight=0.057
=they =just | weight=0.057
=branch =again | weight=0.056
=executive | weight=0.056
=staff =to | weight=0.056
=kept =reference | weight=0.056
=reference =her | weight=0.056
=says =previous | weight=0.056
=centre =sent | weight=0.056
=best =part | weight=0.056
=the =best | weight=0.056
