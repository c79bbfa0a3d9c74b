# transfer_runaround, en: learned by scripts/learn.py from 2531 tuning texts (98 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ why does every agent just go 'oh thats not me, let me transfer u' ??
+ Half my order was missing and the restaurant said it's the rider's fault, the app said contact the restaurant.
+ so ive been trying to sort my sons phone contract for a week. first the chat said he has to come into a shop as hes the account holder. went to the shop, they said it can be done in chat. back to chat, new agent, explained everything again, got told the shop was wrong and to call. called, 50 mins on hold. honestly i give up, were moving both our contracts to another network
- You've had my last penny.
- just want my £40 back tbh
=passed | weight=0.418
=transferred | weight=0.392
=department | weight=0.390
=reference | weight=0.343
=forwarded | weight=0.308
=between | weight=0.282
=sent =me | weight=0.281
=runaround | weight=0.261
=bounced | weight=0.232
=put =through | weight=0.222
=the =runaround | weight=0.220
=asked =bill | weight=0.215
=asked =support | weight=0.215
=said =go | weight=0.205
=from =queue | weight=0.203
=to =queue | weight=0.203
=passed =on | weight=0.201
=back =to | weight=0.199
=service =told | weight=0.198
=queue =to | weight=0.195
=off =to | weight=0.194
=get =passed | weight=0.194
=technical | weight=0.193
=another | weight=0.191
=different =team | weight=0.190
=says =call | weight=0.189
=bill =said | weight=0.187
=support =support | weight=0.187
=nobody =could | weight=0.184, noneg
=same =story | weight=0.178
=in =chat | weight=0.176
=service =service | weight=0.173
=one =agent | weight=0.172
=support =said | weight=0.171
=contact =the | weight=0.171
=the =store | weight=0.170
=to =another | weight=0.170
=agent =number | weight=0.170
=im =on | weight=0.170
=now =im | weight=0.170
=on =agent | weight=0.170
=says =go | weight=0.169
=was =one | weight=0.169
=one =person | weight=0.168
=the =garage | weight=0.168
=i'm =transferred | weight=0.166
=transferred =i | weight=0.166
=said =call | weight=0.166
=call =the | weight=0.163
=five =time | weight=0.161
=garage | weight=0.159
=and =every | weight=0.158
=me =to | weight=0.156
=reference =from | weight=0.156
=shunted | weight=0.155
=the =call | weight=0.155
=from =one | weight=0.154
=got =put | weight=0.153
=me =somewhere | weight=0.152
=redirected | weight=0.152
=started =all | weight=0.151
=forwarded =me | weight=0.151
=afternoon | weight=0.150
=passed =me | weight=0.150
=support =and | weight=0.150
=gave =me | weight=0.149
=me =back | weight=0.149
=handed | weight=0.145
=me =on | weight=0.144
=one =call | weight=0.143
=through =four | weight=0.143
=me =over | weight=0.142
=point =me | weight=0.142
=different | weight=0.141
=warehouse =and | weight=0.140
=right =back | weight=0.140
=after =another | weight=0.139
=head =office | weight=0.139
=assistant =started | weight=0.137
=been =put | weight=0.137
=other | weight=0.136
=sales | weight=0.136
=time =i'm | weight=0.135
=me =again | weight=0.134
=in =one | weight=0.134
=and =back | weight=0.132
=shop =said | weight=0.131
=shop =says | weight=0.131
=lady =just | weight=0.130
=was =passed | weight=0.129
=to =five | weight=0.129
=is =this | weight=0.129
=between =your | weight=0.128
=desk =to | weight=0.128
=got =bounced | weight=0.127
=dept | weight=0.127
=dept =twice | weight=0.127
=wrong =dept | weight=0.127
=other =for | weight=0.126
=over =to | weight=0.125
=support | weight=0.125
=now =it | weight=0.125
=head | weight=0.125
=agent =same | weight=0.124
=ridiculous | weight=0.124
=to =sales | weight=0.123
=shunted =through | weight=0.122
=four =chat | weight=0.120
=all =afternoon | weight=0.119
=store =says | weight=0.119
=says =contact | weight=0.118
=they =kept | weight=0.118
=agent =handed | weight=0.118
=anyone =knew | weight=0.117
=knew =what | weight=0.117
=redirected =me | weight=0.117
=to =hold | weight=0.116
=else | weight=0.116
=for =two | weight=0.115
=was =moved | weight=0.114
=got =shunted | weight=0.114
=along | weight=0.114
=time =in | weight=0.114
=a =parcel | weight=0.113
=chat =said | weight=0.113
=four =different | weight=0.112
=queue =and | weight=0.112
=bounced =from | weight=0.111
=the =insurance | weight=0.110
=the =retailer | weight=0.110
=five =different | weight=0.108
=so =now | weight=0.108
=what =a | weight=0.107
=only =be | weight=0.107
=handed =my | weight=0.107
=manufacturer =says | weight=0.107
=counter =directed | weight=0.107
=desk =which | weight=0.107
=in =turned | weight=0.107
=turned =directed | weight=0.107
=which =in | weight=0.107
=store =and | weight=0.106
=a =meter | weight=0.106
=said =do | weight=0.106
=shop =shop | weight=0.106
=claim =team | weight=0.105
=to =ring | weight=0.105
=along =from | weight=0.105
=next =like | weight=0.105
=connection =to | weight=0.103
=different =department | weight=0.103
=was =connection | weight=0.103
=and =support | weight=0.103
=sales =and | weight=0.102
=each =agent | weight=0.102
=every =department | weight=0.102
=it =can | weight=0.101
=go =oh | weight=0.101
=me =transferred | weight=0.101
=transferred =u | weight=0.101
=keeps =get | weight=0.101
=said =that | weight=0.100
=person =to | weight=0.100
=chat | weight=0.099
=yous | weight=0.099
=to =technical | weight=0.099
=to =no | weight=0.099, noneg
=retailer | weight=0.099
=through | weight=0.099
=just =go | weight=0.098
=a =shop | weight=0.098
=team | weight=0.098
=no =fewer | weight=0.098, noneg
=the =gp | weight=0.097
=wrong =department | weight=0.097
=none =of | weight=0.096, noneg
=knew | weight=0.096
=call =centre | weight=0.096
=security =question | weight=0.096
=somebody =else | weight=0.095
=who =sold | weight=0.095
=so =far | weight=0.095
=been =shuttled | weight=0.095
=shuttled =between | weight=0.095
=your =underwriters | weight=0.095
=every =person | weight=0.094
=dead | weight=0.094
=the =service | weight=0.094
=on =nobody | weight=0.092, noneg
=restaurant =said | weight=0.091
=rider's =fault | weight=0.091
=the =restaurant | weight=0.091
=the =rider's | weight=0.091
=underwriters | weight=0.091
=time =before | weight=0.090
=gp =to | weight=0.090
=manufacturer =manufacturer | weight=0.089
=the =branch | weight=0.089
=rider's | weight=0.089
=boiler =cover | weight=0.089
=restaurant | weight=0.089
=another =the | weight=0.089
=one =line | weight=0.089
=put =from | weight=0.089
=executive | weight=0.088
=every =new | weight=0.088
=they =moved | weight=0.088
=call =just | weight=0.088
=just =dropped | weight=0.088
=does =every | weight=0.088
=bill =put | weight=0.087
=technical =technical | weight=0.087
=story | weight=0.087
=customer =states | weight=0.087
=call =support | weight=0.087
=whole =morning | weight=0.086
=service | weight=0.086
=other =department | weight=0.086
=im | weight=0.086
=he =forwarded | weight=0.085
=time =now | weight=0.085
=the =shop | weight=0.085
=go =online | weight=0.085
=they've | weight=0.084
=connection | weight=0.084
=to =other | weight=0.083
=states =he | weight=0.083
=again =to | weight=0.083
=ok =so | weight=0.083
=department =i | weight=0.082
=what =is | weight=0.082
=directed | weight=0.082
=each =other | weight=0.082
=app =team | weight=0.082
=still =wrong | weight=0.082
=question =again | weight=0.082
=time =they | weight=0.081
=jacket | weight=0.081
=the =jacket | weight=0.081
=can =only | weight=0.081
=put | weight=0.081
=claim =from | weight=0.081
=why =does | weight=0.080
=missing =and | weight=0.080
=phone =then | weight=0.080
=oh | weight=0.079
=cover =and | weight=0.079
=call =sales | weight=0.079
=runaround =sales | weight=0.079
=sales =said | weight=0.079
=unhappy =that | weight=0.079
=that =not | weight=0.079, noneg
=classic =passed | weight=0.079
=sold | weight=0.079
=locate | weight=0.078
=the =next | weight=0.078
=he =was | weight=0.078
=to =post | weight=0.078
=order =was | weight=0.077
=classic | weight=0.077
=keeps =be | weight=0.077
=on =all | weight=0.077
=kept =handed | weight=0.077
=each | weight=0.076
=your =claim | weight=0.076
=unhappy | weight=0.076
=handed =me | weight=0.076
=store | weight=0.076
=line =to | weight=0.076
=be =done | weight=0.075
=department =had | weight=0.075
=had =someone | weight=0.075
=it =the | weight=0.075
=was =not | weight=0.075, noneg
=deal =with | weight=0.075
=branch =again | weight=0.074
=started =to | weight=0.074
=line =went | weight=0.073
=went =dead | weight=0.073
=deal | weight=0.073
=directed =to | weight=0.073
=my =whole | weight=0.073
=title | weight=0.072
=wrong =bill | weight=0.072
=three =security | weight=0.072
=with =this | weight=0.072
=like =a | weight=0.071
=two =week | weight=0.071
=time =and | weight=0.071
=handed =along | weight=0.071
=staff =to | weight=0.071
=and =nobody | weight=0.071, noneg
=best =part | weight=0.070
=the =best | weight=0.070
=to =each | weight=0.070
=it =sent | weight=0.070
=fault =the | weight=0.070
=twice | weight=0.069
=gave | weight=0.068
=hr =and | weight=0.068
=transferred =my | weight=0.067
=ok | weight=0.067
=my =call | weight=0.067
=service =and | weight=0.067
=chat =window | weight=0.067
=gp | weight=0.067
=to =it | weight=0.067
=diff =ppl | weight=0.066
=ppl | weight=0.066
=ppl =in | weight=0.066
=part =of | weight=0.066
=said =it | weight=0.066
=go =round | weight=0.066
=morning | weight=0.065
=store =to | weight=0.065
=house =office | weight=0.065
=one =member | weight=0.065
=return =the | weight=0.064
=that =it | weight=0.064
=of =an | weight=0.064
=lmao | weight=0.064
=diff | weight=0.063
=other =person | weight=0.062
=best | weight=0.062
=all =morning | weight=0.062
=the =pharmacy | weight=0.061
=far | weight=0.061
=complaint =was | weight=0.061
=a =month | weight=0.060
=hr | weight=0.060
=goes =dead | weight=0.060
=line =goes | weight=0.060
=maintenance | weight=0.060
=from =department | weight=0.060
=to =department | weight=0.060
=that =she | weight=0.060
=desk | weight=0.060
=none | weight=0.059, noneg
=matter =and | weight=0.059
=mortgage | weight=0.059
=pharmacy | weight=0.059
=to =three | weight=0.059
=me =onto | weight=0.059
=team =told | weight=0.058
=was =transferred | weight=0.058
=agent =just | weight=0.058
=straight =back | weight=0.058
=have =been | weight=0.058
=different =people | weight=0.057
=my =mum | weight=0.057
=someone =else | weight=0.057
=time =today | weight=0.057
=bill | weight=0.056
=cx | weight=0.056
=shuttled | weight=0.056
=my =boiler | weight=0.056
=with =it | weight=0.056
=my =husband | weight=0.056
=i =started | weight=0.055
=even =was | weight=0.054
=me =off | weight=0.054
=transferred =five | weight=0.054
=we've =been | weight=0.054
=i =keeps | weight=0.054
=without | weight=0.053, noneg
=and =customer | weight=0.053
=building =so | weight=0.053
=she =got | weight=0.053
=meter =was | weight=0.053
=so =they | weight=0.053
=they =did | weight=0.053
=me =that | weight=0.053
=transferred =to | weight=0.053
=four | weight=0.052
=to =customer | weight=0.052
=informed =me | weight=0.051
=same =three | weight=0.051
=middle | weight=0.051
=the =middle | weight=0.051
=got =passed | weight=0.051
=you =back | weight=0.051
=and =forth | weight=0.051
=forth | weight=0.051
=me =round | weight=0.051
=we've | weight=0.051
=went =back | weight=0.050
=that =a | weight=0.050
=sent =back | weight=0.050
=kept =reference | weight=0.050
=reference =her | weight=0.050
=says =previous | weight=0.050
=has =to | weight=0.050
=endless =loop | weight=0.050
=ive =been | weight=0.049
=by =letter | weight=0.049
=total | weight=0.049
=the =manufacturer | weight=0.049
=point | weight=0.049
=the =lady | weight=0.048
=not =their | weight=0.048, noneg
