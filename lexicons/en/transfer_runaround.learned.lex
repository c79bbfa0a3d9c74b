# transfer_runaround, en: learned by scripts/learn.py from 3245 tuning texts (136 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ why does every agent just go 'oh thats not me, let me transfer u' ??
+ Half my order was missing and the restaurant said it's the rider's fault, the app said contact the restaurant.
+ I was put on hold, taken off hold, asked to confirm my date of birth three times, and then told that the person who handles my case is 'on another team' and they'd email me. They haven't.
- ok
- You've had my last penny.
=transferred | weight=0.439
=department | weight=0.370
=passed | weight=0.360
=forwarded | weight=0.348
=reference | weight=0.333
=runaround | weight=0.327
=between | weight=0.295
=put =through | weight=0.281
=sent =me | weight=0.279
=said =go | weight=0.248
=another =team | weight=0.221
=back =to | weight=0.219
=passed =on | weight=0.217
=from =queue | weight=0.213
=the =runaround | weight=0.212
=shunted | weight=0.211
=to =queue | weight=0.209
=queue =to | weight=0.209
=get =passed | weight=0.206
=to =another | weight=0.202
=from =one | weight=0.200
=got =put | weight=0.197
=another | weight=0.196
=asked =bill | weight=0.196
=asked =support | weight=0.196
=full =circles | weight=0.193
=in =chat | weight=0.188
=bill =said | weight=0.187
=support =support | weight=0.187
=same =story | weight=0.187
=through =four | weight=0.185
=off =to | weight=0.185
=every =person | weight=0.184
=different =team | weight=0.183
=me =it | weight=0.183
=different | weight=0.183
=technical | weight=0.178
=says =call | weight=0.177
=time =now | weight=0.175
=one =agent | weight=0.173
=the =store | weight=0.173
=handed | weight=0.173
=service =told | weight=0.172
=support =said | weight=0.170
=was =one | weight=0.168
=contact =the | weight=0.168
=over =to | weight=0.168
=branch =send | weight=0.167
=agent =number | weight=0.167
=im =on | weight=0.167
=now =im | weight=0.167
=on =agent | weight=0.167
=i'm =transferred | weight=0.166
=transferred =i | weight=0.166
=to =ring | weight=0.166
=redirected | weight=0.165
=nobody =could | weight=0.165, noneg
=said =call | weight=0.162
=fault =the | weight=0.160
=says =go | weight=0.160
=the =call | weight=0.159
=team =to | weight=0.159
=just =go | weight=0.157
=one =call | weight=0.157
=me =back | weight=0.157
=and =every | weight=0.156
=head =office | weight=0.154
=me =again | weight=0.153
=bill =told | weight=0.153
=reference =from | weight=0.153
=got =bounced | weight=0.151
=shop =said | weight=0.146
=afternoon | weight=0.145
=service =service | weight=0.145
=keeps =get | weight=0.145
=shunted =through | weight=0.145
=forwarded =me | weight=0.144
=after =another | weight=0.144
=me =somewhere | weight=0.142
=me =to | weight=0.142
=garage =says | weight=0.142
=insurance =says | weight=0.142
=else | weight=0.141
=all =afternoon | weight=0.141
=in =one | weight=0.140
=said =contact | weight=0.138
=warehouse =and | weight=0.136
=started =all | weight=0.136
=me =over | weight=0.136
=support | weight=0.133
=got =shuffled | weight=0.133
=shuffled | weight=0.133
=other =department | weight=0.132
=dept | weight=0.131
=dept =twice | weight=0.131
=wrong =dept | weight=0.131
=desk =to | weight=0.131
=the =shop | weight=0.129
=other =for | weight=0.129
=branch =sent | weight=0.126
=then =transferred | weight=0.126
=every =new | weight=0.125
=and =back | weight=0.124
=got =shunted | weight=0.124
=for =two | weight=0.124
=call =just | weight=0.123
=just =dropped | weight=0.123
=along | weight=0.122
=agent =handed | weight=0.122
=assistant =started | weight=0.122
=agent =same | weight=0.122
=handled | weight=0.121
=to =sales | weight=0.121
=lady =just | weight=0.121
=five =time | weight=0.121
=store =says | weight=0.121
=shop =says | weight=0.120
=a =parcel | weight=0.120
=the =garage | weight=0.120
=between =your | weight=0.120
=right =back | weight=0.120
=four =chat | weight=0.120
=your =agent | weight=0.119
=was =moved | weight=0.119
=they =kept | weight=0.118
=anyone =knew | weight=0.117
=knew =what | weight=0.117
=ridiculous | weight=0.117
=support =and | weight=0.117
=to =five | weight=0.116
=to =hold | weight=0.116
=bounced | weight=0.116
=was =passed | weight=0.116
=handed =my | weight=0.115
=says =contact | weight=0.115
=chat =said | weight=0.115
=four =different | weight=0.115
=gave =me | weight=0.114
=he =got | weight=0.114
=handled =my | weight=0.113
=my =case | weight=0.112
=call =the | weight=0.111
=counter =direct | weight=0.111
=desk =which | weight=0.111
=in =turned | weight=0.111
=turned =direct | weight=0.111
=which =in | weight=0.111
=who =told | weight=0.110
=garage | weight=0.110
=call =a | weight=0.109
=different =agent | weight=0.109
=somebody =else | weight=0.109
=gp | weight=0.107
=along =from | weight=0.107
=next =like | weight=0.107
=a =meter | weight=0.107
=store =and | weight=0.107
=the =next | weight=0.107
=said =do | weight=0.106
=shop =shop | weight=0.106
=passed =to | weight=0.106
=someone =else | weight=0.105
=through =to | weight=0.105
=been =redirected | weight=0.105
=can =answer | weight=0.104
=sales | weight=0.103
=now =it | weight=0.103
=to =technical | weight=0.102
=what =a | weight=0.101
=week =overdue | weight=0.101
=five =different | weight=0.101
=been =put | weight=0.101
=courier =fault | weight=0.101
=so =now | weight=0.101
=it =a | weight=0.100
=was =your | weight=0.100
=sales =and | weight=0.100
=time =in | weight=0.099
=bounced =from | weight=0.099
=me =through | weight=0.099
=the =retailer | weight=0.099
=each =agent | weight=0.099
=been =shuttled | weight=0.098
=shuttled =between | weight=0.098
=your =underwriters | weight=0.098
=overdue | weight=0.096
=to =customer | weight=0.096
=manufacturer =says | weight=0.096
=said =that | weight=0.096
=every =department | weight=0.096
=endless | weight=0.095
=time =and | weight=0.095
=on =nobody | weight=0.095, noneg
=one =chat | weight=0.095
=diff =ppl | weight=0.094
=ppl | weight=0.094
=ppl =in | weight=0.094
=they =moved | weight=0.094
=claim =team | weight=0.094
=knew | weight=0.093
=in =town | weight=0.093
=town =who | weight=0.093
=underwriters | weight=0.093
=security =question | weight=0.092
=connection =to | weight=0.092
=different =department | weight=0.092
=was =connection | weight=0.092
=point =me | weight=0.092
=around | weight=0.092
=been =told | weight=0.092
=diff | weight=0.091
=here =i | weight=0.091
=bill =put | weight=0.090
=technical =technical | weight=0.090
=to =no | weight=0.090, noneg
=no =fewer | weight=0.090, noneg
=person =to | weight=0.090
=who =sold | weight=0.090
=redirected =me | weight=0.089
=the =service | weight=0.089
=different =number | weight=0.089
=is =this | weight=0.089
=ring =my | weight=0.089
=another =the | weight=0.088
=one =line | weight=0.088
=put =from | weight=0.088
=a =shop | weight=0.088
=only =be | weight=0.088
=restaurant =said | weight=0.088
=rider's =fault | weight=0.088
=the =rider's | weight=0.088
=retailer | weight=0.087
=go =oh | weight=0.087
=me =transferred | weight=0.087
=transferred =u | weight=0.087
=one =person | weight=0.087
=the =insurance | weight=0.087
=they =passed | weight=0.086
=whole =morning | weight=0.086
=ok | weight=0.086
=transferred =to | weight=0.086
=and =head | weight=0.086
=go =online | weight=0.086
=service =to | weight=0.085
=parcel =is | weight=0.085
=can =only | weight=0.085
=kept =handed | weight=0.085
=town | weight=0.085
=the =gp | weight=0.085
=so =many | weight=0.085
=question =again | weight=0.085
=got =transferred | weight=0.084
=rider's | weight=0.084
=im | weight=0.084
=mins =on | weight=0.084
=here | weight=0.084
=handed =me | weight=0.084
=is =handled | weight=0.083
=call =sales | weight=0.083
=runaround =sales | weight=0.083
=sales =said | weight=0.083
=to =bill | weight=0.083
=gp =to | weight=0.083
=the =jacket | weight=0.083
=customer =complained | weight=0.083
=he =forwarded | weight=0.083
=to =other | weight=0.083
=person =i | weight=0.083
=queue =and | weight=0.082
=manufacturer =manufacturer | weight=0.082
=customer =states | weight=0.081
=none =of | weight=0.081, noneg
=branch =in | weight=0.080
=so =far | weight=0.080
=title | weight=0.080
=call =centre | weight=0.080
=chat =window | weight=0.080
=have =been | weight=0.080
=does =every | weight=0.080
=states =he | weight=0.080
=call =support | weight=0.079
=department =before | weight=0.079
=it =can | weight=0.079
=was =put | weight=0.079
=i =no | weight=0.079, noneg
=missing =and | weight=0.078
=me =on | weight=0.078
=and =explained | weight=0.078
=keeps =be | weight=0.078
=on =all | weight=0.078
=service =sent | weight=0.078
=you =again | weight=0.077
=department =had | weight=0.077
=return =the | weight=0.077
=to =every | weight=0.076
=other | weight=0.076
=team | weight=0.076
=jacket | weight=0.076
=the =chat | weight=0.076
=goes =dead | weight=0.076
=line =goes | weight=0.076
=time =i'm | weight=0.076
=line =to | weight=0.075
=my =whole | weight=0.075
=your =claim | weight=0.075
=still =wrong | weight=0.075
=no =longer | weight=0.075, noneg
=connection | weight=0.075
=and =support | weight=0.074
=department =i | weight=0.074
=handed =along | weight=0.074
=gp =surgery | weight=0.074
=shop =told | weight=0.074
=my =call | weight=0.074
=phone =then | weight=0.074
=locate | weight=0.073
=app =team | weight=0.073
=we =were | weight=0.073
=had =someone | weight=0.073
=direct =to | weight=0.073
=claim =from | weight=0.072
=two =week | weight=0.072
=three =security | weight=0.072
=that =not | weight=0.072, noneg
=service =and | weight=0.071
=before =the | weight=0.071
=other =person | weight=0.071
=circles | weight=0.071
=executive =is | weight=0.070
=classic =passed | weight=0.070
=he =was | weight=0.069
=order =was | weight=0.069
=classic | weight=0.069
=got =passed | weight=0.069
=head | weight=0.068
=to =phone | weight=0.068
=staff =to | weight=0.068
=time =they | weight=0.068
=wrong =department | weight=0.068
=unhappy =that | weight=0.068
=round =and | weight=0.068
=for =an | weight=0.067
=the =restaurant | weight=0.067
=service =said | weight=0.067
=on =three | weight=0.067
=you =keeps | weight=0.067
=yous | weight=0.067
=so =they | weight=0.067
=customer =service | weight=0.067
=had =to | weight=0.066
=all =morning | weight=0.066
=one =member | weight=0.066
=to =three | weight=0.066
=me =off | weight=0.066
=they =said | weight=0.065
=back =here | weight=0.065
=passed =me | weight=0.065
=hold =then | weight=0.065
=the =other | weight=0.065
=boiler =cover | weight=0.065
=it =sent | weight=0.065
=centre =sent | weight=0.065
=what =is | weight=0.065
=went =into | weight=0.065
=why =does | weight=0.065
=oh | weight=0.065
=fault =of | weight=0.064
=rang =back | weight=0.064
=then =cut | weight=0.064
=building =so | weight=0.064
=restaurant | weight=0.064
=window =before | weight=0.063
=to =it | weight=0.063
=passed =between | weight=0.063
=support =for | weight=0.063
=wasn't =their | weight=0.063, noneg
=hr =and | weight=0.063
=centre =the | weight=0.063
=unhappy | weight=0.062
=store =to | weight=0.062
=they =did | weight=0.062
=through =my | weight=0.062
=cover =and | weight=0.062
=each | weight=0.062
=sold | weight=0.062
=and =customer | weight=0.061
=house =office | weight=0.061
=they've | weight=0.061
=between =three | weight=0.060
=deal =with | weight=0.060
=time =before | weight=0.060
=with =this | weight=0.060
=service | weight=0.059
=via =the | weight=0.059
=window | weight=0.059
=complaint =was | weight=0.059
=collect =team | weight=0.059
=branch =again | weight=0.059
=contact =customer | weight=0.059
=i =keeps | weight=0.058
