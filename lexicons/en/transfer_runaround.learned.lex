# transfer_runaround, en: learned by scripts/learn.py from 2841 tuning texts (108 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ why does every agent just go 'oh thats not me, let me transfer u' ??
+ Half my order was missing and the restaurant said it's the rider's fault, the app said contact the restaurant.
+ so ive been trying to sort my sons phone contract for a week. first the chat said he has to come into a shop as hes the account holder. went to the shop, they said it can be done in chat. back to chat, new agent, explained everything again, got told the shop was wrong and to call. called, 50 mins on hold. honestly i give up, were moving both our contracts to another network
- You've had my last penny.
- just want my £40 back tbh
=transferred | weight=0.446
=department | weight=0.401
=passed | weight=0.373
=reference | weight=0.346
=forwarded | weight=0.309
=sent =me | weight=0.308
=between | weight=0.270
=runaround | weight=0.264
=put =through | weight=0.246
=bounced | weight=0.236
=back =to | weight=0.220
=the =runaround | weight=0.217
=said =go | weight=0.212
=asked =bill | weight=0.210
=asked =support | weight=0.210
=from =queue | weight=0.208
=to =queue | weight=0.208
=get =passed | weight=0.206
=queue =to | weight=0.202
=technical | weight=0.197
=another | weight=0.197
=passed =on | weight=0.197
=different =team | weight=0.194
=me =again | weight=0.191
=me =to | weight=0.189
=off =to | weight=0.187
=bill =said | weight=0.187
=support =support | weight=0.187
=nobody =could | weight=0.187, noneg
=service =told | weight=0.185
=to =another | weight=0.180
=same =story | weight=0.177
=shunted | weight=0.176
=one =agent | weight=0.175
=contact =the | weight=0.175
=said =call | weight=0.175
=was =one | weight=0.172
=support =said | weight=0.171
=says =call | weight=0.170
=says =go | weight=0.170
=and =every | weight=0.169
=i'm =transferred | weight=0.169
=transferred =i | weight=0.169
=the =store | weight=0.169
=got =put | weight=0.169
=from =one | weight=0.168
=through =four | weight=0.164
=agent =number | weight=0.164
=im =on | weight=0.164
=now =im | weight=0.164
=on =agent | weight=0.164
=in =chat | weight=0.163
=afternoon | weight=0.161
=call =the | weight=0.160
=me =on | weight=0.154
=hands | weight=0.153
=reference =from | weight=0.153
=different | weight=0.150
=service =service | weight=0.149
=passed =me | weight=0.149
=gave =me | weight=0.149
=point =me | weight=0.149
=head =office | weight=0.149
=me =over | weight=0.148
=started =all | weight=0.148
=support =and | weight=0.148
=redirected | weight=0.148
=forwarded =me | weight=0.147
=shop =says | weight=0.146
=between =your | weight=0.143
=me =back | weight=0.143
=warehouse =and | weight=0.141
=one =call | weight=0.139
=the =call | weight=0.139
=in =one | weight=0.138
=me =somewhere | weight=0.137
=after =another | weight=0.137
=shunted =through | weight=0.136
=head | weight=0.136
=right =back | weight=0.136
=support | weight=0.135
=garage =says | weight=0.134
=insurance =says | weight=0.134
=dept | weight=0.134
=dept =twice | weight=0.134
=wrong =dept | weight=0.134
=to =ring | weight=0.133
=over =to | weight=0.133
=all =afternoon | weight=0.131
=desk =to | weight=0.130
=circles | weight=0.130
=five =time | weight=0.129
=to =five | weight=0.127
=been =put | weight=0.127
=assistant =started | weight=0.126
=got =bounced | weight=0.126
=chat =said | weight=0.125
=then =transferred | weight=0.123
=agent =same | weight=0.123
=to =sales | weight=0.123
=agent =hands | weight=0.122
=and =back | weight=0.122
=is =this | weight=0.121
=says =contact | weight=0.121
=was =moved | weight=0.120
=anyone =knew | weight=0.120
=knew =what | weight=0.120
=so =now | weight=0.119
=other =for | weight=0.119
=store =says | weight=0.118
=along | weight=0.117
=was =passed | weight=0.117
=four =different | weight=0.116
=for =two | weight=0.116
=ridiculous | weight=0.116
=said =do | weight=0.115
=shop =shop | weight=0.115
=bounced =from | weight=0.115
=five =different | weight=0.114
=time =in | weight=0.113
=lady =just | weight=0.113
=else | weight=0.112
=hands =my | weight=0.112
=sales | weight=0.111
=the =retailer | weight=0.111
=got =shunted | weight=0.111
=gp =surgery | weight=0.111
=four =chat | weight=0.110
=to =hold | weight=0.110
=along =from | weight=0.110
=next =like | weight=0.110
=a =meter | weight=0.109
=gp | weight=0.109
=it =can | weight=0.109
=manufacturer =says | weight=0.108
=now =it | weight=0.108
=redirected =me | weight=0.107
=they =kept | weight=0.107
=to =technical | weight=0.107
=store =and | weight=0.107
=what =a | weight=0.106
=the =garage | weight=0.106
=keeps =get | weight=0.106
=a =parcel | weight=0.105
=shop =said | weight=0.105
=been =shuttled | weight=0.104
=shuttled =between | weight=0.104
=your =underwriters | weight=0.104
=and =support | weight=0.103
=said =that | weight=0.103
=a =shop | weight=0.103
=none =of | weight=0.103, noneg
=to =other | weight=0.103
=only =be | weight=0.102
=claim =team | weight=0.102
=counter =directed | weight=0.102
=desk =which | weight=0.102
=in =turned | weight=0.102
=turned =directed | weight=0.102
=which =in | weight=0.102
=every =department | weight=0.102
=underwriters | weight=0.101
=on =nobody | weight=0.099, noneg
=who =sold | weight=0.099
=knew | weight=0.099
=time =now | weight=0.099
=other =department | weight=0.099
=one =chat | weight=0.098
=branch =sent | weight=0.098
=security =question | weight=0.098
=story | weight=0.098
=garage | weight=0.097
=agent =in | weight=0.097
=retailer | weight=0.097
=passed =to | weight=0.096
=person =to | weight=0.096
=put | weight=0.096
=connection =to | weight=0.096
=different =department | weight=0.096
=was =connection | weight=0.096
=each =other | weight=0.095
=sales =and | weight=0.095
=one =person | weight=0.094
=dead | weight=0.094
=bill =put | weight=0.094
=technical =technical | weight=0.094
=time =i'm | weight=0.094
=chat | weight=0.094
=to =no | weight=0.094, noneg
=call =just | weight=0.093
=just =dropped | weight=0.093
=restaurant =said | weight=0.093
=rider's =fault | weight=0.093
=the =restaurant | weight=0.093
=the =rider's | weight=0.093
=go =oh | weight=0.093
=me =transferred | weight=0.093
=transferred =u | weight=0.093
=to =customer | weight=0.093
=no =fewer | weight=0.093, noneg
=every =person | weight=0.092
=other | weight=0.092
=call =support | weight=0.092
=restaurant | weight=0.092
=rider's | weight=0.091
=they've | weight=0.091
=another =the | weight=0.090
=one =line | weight=0.090
=put =from | weight=0.090
=just =go | weight=0.090
=somebody =else | weight=0.089
=still =wrong | weight=0.089
=service =to | weight=0.089
=so =far | weight=0.089
=app =team | weight=0.089
=manufacturer =manufacturer | weight=0.088
=they =moved | weight=0.088
=every =new | weight=0.088
=whole =morning | weight=0.088
=queue =and | weight=0.087
=with =this | weight=0.087
=go =online | weight=0.087
=time =and | weight=0.087
=im | weight=0.086
=call =centre | weight=0.086
=what =is | weight=0.086
=states =he | weight=0.086
=can =only | weight=0.086
=deal =with | weight=0.085
=customer =states | weight=0.085
=directed | weight=0.084
=missing =and | weight=0.084
=the =jacket | weight=0.084
=boiler =cover | weight=0.084
=like =a | weight=0.083
=call =sales | weight=0.083
=runaround =sales | weight=0.083
=sales =said | weight=0.083
=order =was | weight=0.083
=he =forwarded | weight=0.083
=deal | weight=0.083
=can =answer | weight=0.083
=locate | weight=0.082
=does =every | weight=0.082
=that =not | weight=0.082, noneg
=to =bill | weight=0.082
=the =shop | weight=0.081
=line =went | weight=0.081
=went =dead | weight=0.081
=through | weight=0.081
=the =next | weight=0.081
=department =had | weight=0.081
=had =someone | weight=0.081
=my =gp | weight=0.080
=directed =to | weight=0.080
=keeps =be | weight=0.080
=on =all | weight=0.080
=transferred =to | weight=0.079
=three =security | weight=0.079
=department =i | weight=0.079
=and =explained | weight=0.079
=title | weight=0.078
=jacket | weight=0.078
=question =again | weight=0.078
=classic =passed | weight=0.077
=claim =from | weight=0.077
=hands =along | weight=0.077
=staff =to | weight=0.077
=be =done | weight=0.077
=cover =and | weight=0.076
=service =and | weight=0.076
=connection | weight=0.076
=line =to | weight=0.076
=classic | weight=0.076
=phone =then | weight=0.075
=mins =on | weight=0.075
=each =agent | weight=0.074
=my =call | weight=0.074
=all =morning | weight=0.074
=the =service | weight=0.074
=oh | weight=0.074
=the =gp | weight=0.074
=each | weight=0.074
=he =was | weight=0.074
=return =the | weight=0.073
=twice | weight=0.073
=wrong =department | weight=0.073
=customer =service | weight=0.073
=hands =me | weight=0.073
=two =weeks | weight=0.072
=ok =so | weight=0.072
=sold | weight=0.072
=gp =to | weight=0.072
=got =passed | weight=0.072
=my =whole | weight=0.071
=goes =dead | weight=0.071
=line =goes | weight=0.071
=transferred =me | weight=0.071
=to =each | weight=0.071
=other =person | weight=0.071
=far | weight=0.070
=was =not | weight=0.070, noneg
=diff =ppl | weight=0.070
=ppl | weight=0.070
=ppl =in | weight=0.070
=time =they | weight=0.070
=your =claim | weight=0.069
=service | weight=0.069
=it =sent | weight=0.069
=fault =the | weight=0.069
=best =part | weight=0.069
=the =best | weight=0.069
=executive =is | weight=0.069
=kept =hands | weight=0.068
=branch =again | weight=0.068
=then =cut | weight=0.068
=i =keeps | weight=0.068
=diff | weight=0.068
=unhappy =that | weight=0.067
=gave | weight=0.067
=part =of | weight=0.067
=and =forth | weight=0.067
=forth | weight=0.067
=my =boiler | weight=0.066
=to =it | weight=0.066
=hr =and | weight=0.066
=rang =back | weight=0.066
=again =to | weight=0.065
=store =to | weight=0.065
=one =member | weight=0.065
=said =it | weight=0.065
=different =agent | weight=0.065
=it =the | weight=0.065
=that =it | weight=0.065
=chat =window | weight=0.065
=from =department | weight=0.064
=to =department | weight=0.064
=ring =the | weight=0.064
=straight =back | weight=0.064
=why =does | weight=0.064
=the =hospital | weight=0.064
=point | weight=0.063
=of =an | weight=0.063
=complaint =was | weight=0.063
=none | weight=0.062, noneg
=best | weight=0.062
=ok | weight=0.061
=ive =been | weight=0.061
=and =customer | weight=0.060
=joke | weight=0.060
=unhappy | weight=0.060
=passed =around | weight=0.060
=maintenance | weight=0.060
=transferred =five | weight=0.060
=even =was | weight=0.059
=we've =been | weight=0.059
=a =month | weight=0.058
=lmao | weight=0.058
=to =three | weight=0.058
=have =been | weight=0.058
=morning | weight=0.057
=the =insurance | weight=0.057
=hospital | weight=0.057
=the =chat | weight=0.057
=team | weight=0.057
=terrible | weight=0.057
=passed =between | weight=0.057
=me =off | weight=0.057
=house =office | weight=0.057
=not =their | weight=0.057, noneg
=executive | weight=0.057
=we've | weight=0.056
=transferred =my | weight=0.056
=wrong =bill | weight=0.056
=the =branch | weight=0.056
=same =three | weight=0.056
=desk | weight=0.056
=sent | weight=0.056
=me =onto | weight=0.056
=branch =and | weight=0.056
=had =to | weight=0.056
=hr | weight=0.055
=they =passed | weight=0.055
=through =my | weight=0.055
=i =started | weight=0.055
=kept =reference | weight=0.055
=reference =her | weight=0.055
=says =previous | weight=0.055
=middle | weight=0.054
=the =middle | weight=0.054
=shuttled | weight=0.054
=third =party | weight=0.054
=that =a | weight=0.053
=cut =off | weight=0.053
=handled | weight=0.053
=agent =just | weight=0.053
=my =husband | weight=0.053
=i =got | weight=0.052
=go =round | weight=0.052
=this =one | weight=0.052
