# pushy_sales, en: learned by scripts/learn.py from 2841 tuning texts (112 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Couldn't buy a phone charger without being badgered about a contract upgrade and home insurance.
+ why does every chat end with 'would you like to hear about our premium bundle'. no. for the 6th time no
+ Dear Sir, At my age I do not appreciate being pressured on my own doorstep into signing a two-year energy contract.
- You've had my last penny.
- just want my £40 back tbh
=into | weight=0.370
=sell | weight=0.333
=premium | weight=0.325
=package | weight=0.299
=sell =me | weight=0.289
=pushy | weight=0.284
=insurance | weight=0.277
=pushing | weight=0.272
=upsell | weight=0.260
=loan | weight=0.252
=like =be | weight=0.245
=pitch | weight=0.238
=sign | weight=0.234
=in =for | weight=0.232
=said =no | weight=0.229, noneg
=bundle | weight=0.227
=plugged =loan | weight=0.226
=credit =card | weight=0.223
=flog | weight=0.219
=insurance =i | weight=0.213
=after =i | weight=0.211
=no =for | weight=0.210, noneg
=take =no | weight=0.210, noneg
=walked =out | weight=0.207
=so =pushy | weight=0.205
=be =sold | weight=0.202
=pressure | weight=0.201
=they =trying | weight=0.200
=store =card | weight=0.192
=would =not | weight=0.191, noneg
=badgered | weight=0.186
=insisted | weight=0.186
=switch | weight=0.185
=fibre | weight=0.181
=wouldn't | weight=0.177, noneg
=flog =me | weight=0.177
=on =us | weight=0.176
=discount | weight=0.172
=entire =time | weight=0.171
=went =in | weight=0.171
=i =never | weight=0.171, noneg
=toward | weight=0.167
=toward =the | weight=0.167
=kept =pushing | weight=0.167
=plugged | weight=0.166
=sold =to | weight=0.166
=to =closed | weight=0.165
=retention | weight=0.165
=extended | weight=0.163
=extended =warranty | weight=0.163
=into =sign | weight=0.162
=free | weight=0.159
=sold | weight=0.158
=discount =this | weight=0.158
=free =month | weight=0.158
=month =that | weight=0.158
=this =free | weight=0.158
=to =upsell | weight=0.158
=the =spot | weight=0.157
=felt =like | weight=0.156
=was =only | weight=0.156
=offer | weight=0.156
=closed =the | weight=0.156
=spiel | weight=0.155
=us | weight=0.154
=rep | weight=0.154
=hounded | weight=0.154
=kept | weight=0.151
=spot | weight=0.150
=come =in | weight=0.148
=i =come | weight=0.147
=funeral =plan | weight=0.147
=only =for | weight=0.145
=just =want | weight=0.144
=the =entire | weight=0.142
=wouldn't =let | weight=0.141, noneg
=without =hear | weight=0.140, noneg
=he =never | weight=0.140, noneg
=trying =to | weight=0.140
=i =just | weight=0.140
=keeps =get | weight=0.138
=felt | weight=0.138
=spent | weight=0.138
=promote | weight=0.138
=to =promote | weight=0.138
=to =sign | weight=0.138
=for =me | weight=0.137
=if =we | weight=0.137
=designer =rang | weight=0.137
=the =designer | weight=0.137
=offer =and | weight=0.136
=a =funeral | weight=0.136
=feel | weight=0.135
=get =marketing | weight=0.133
=marketing =call | weight=0.133
=about =a | weight=0.132
=me =about | weight=0.131
=mattress | weight=0.131
=salesperson | weight=0.129
=the =price | weight=0.129
=be =pitch | weight=0.129
=funeral | weight=0.129
=designer | weight=0.129
=till =you've | weight=0.128
=you've =heard | weight=0.128
=up =for | weight=0.127
=bundle =instead | weight=0.127
=call =even | weight=0.126
=protection | weight=0.126
=switch =to | weight=0.126
=a =special | weight=0.126
=special | weight=0.126
=tv =bundle | weight=0.126
=until | weight=0.125
=price =expired | weight=0.125
=sign =on | weight=0.125
=just =for | weight=0.124
=i =switch | weight=0.122
=their =tariff | weight=0.122
=to =their | weight=0.122
=credit | weight=0.122
=to =flog | weight=0.121
=steered | weight=0.121
=me =into | weight=0.119
=he =won't | weight=0.119, noneg
=balance | weight=0.119
=tv | weight=0.117
=more | weight=0.117
=marketing | weight=0.117
=opted | weight=0.117
=opted =out | weight=0.117
=would =let | weight=0.117
=tariff | weight=0.116
=open =a | weight=0.116
=onto =a | weight=0.114
=insisted =i | weight=0.113
=my =sister | weight=0.113
=can't =call | weight=0.113, noneg
=me =something | weight=0.113
=without =someone | weight=0.113, noneg
=you =without | weight=0.113, noneg
=let =me | weight=0.112
=us =the | weight=0.112
=a =store | weight=0.112
=made =to | weight=0.111
=was =made | weight=0.111
=just =to | weight=0.110
=kept =insisted | weight=0.110
=and =home | weight=0.110
=sister | weight=0.110
=sales =pitch | weight=0.110
=spent =twenty | weight=0.109
=for =you | weight=0.108
=pushing =a | weight=0.108
=upsell =me | weight=0.107
=saleswoman | weight=0.107
=energy | weight=0.106
=only =valid | weight=0.105
=ten =minutes | weight=0.105
=onto | weight=0.104
=entire | weight=0.104
=even =after | weight=0.104
=loan =every | weight=0.104
=hounded =me | weight=0.104
=doorstep | weight=0.104
=we've | weight=0.104
=deal | weight=0.103
=till | weight=0.103
=to =fibre | weight=0.103
=card | weight=0.103
=about =switch | weight=0.102
=an =exclusive | weight=0.102
=exclusive | weight=0.102
=cover | weight=0.102
=sales | weight=0.101
=never =asked | weight=0.100, noneg
=wouldn't =leave | weight=0.099, noneg
=forced | weight=0.099
=constant | weight=0.098
=these | weight=0.098
=extra | weight=0.098
=aggressive | weight=0.098
=without | weight=0.098, noneg
=hard =sell | weight=0.097
=time =we | weight=0.097
=upgrade | weight=0.096
=tonight | weight=0.096
=month =contract | weight=0.096
=feel =she | weight=0.095
=to =feel | weight=0.095
=not =interest | weight=0.095, noneg
=a =contract | weight=0.095
=during | weight=0.093
=salesman =wouldn't | weight=0.093, noneg
=get =call | weight=0.092
=broadband =package | weight=0.092
=premium =package | weight=0.092
=it =felt | weight=0.092
=salesman =was | weight=0.092
=she =wouldnt | weight=0.092, noneg
=today | weight=0.091
=gran | weight=0.091
=my =gran | weight=0.091
=object | weight=0.091
=once =i | weight=0.090
=are =so | weight=0.090
=take =the | weight=0.090
=we | weight=0.090
=charger | weight=0.090
=price =was | weight=0.090
=won't =let | weight=0.089, noneg
=on =tv | weight=0.089
=speech =on | weight=0.089
=there =and | weight=0.088
=we =walked | weight=0.088
=insisted =on | weight=0.088
=arm | weight=0.088
=my =arm | weight=0.088
=twisted | weight=0.088
=twisted =my | weight=0.088
=field | weight=0.087
=there =are | weight=0.087
=again =toward | weight=0.087
=steered =again | weight=0.087
=was =steered | weight=0.087
=instead =of | weight=0.087
=walked | weight=0.087
=was =talk | weight=0.086
=not =take | weight=0.086, noneg
=closed | weight=0.086
=want =a | weight=0.086
=a =loan | weight=0.085
=a =speech | weight=0.085
=you've | weight=0.085
=energy =rep | weight=0.085
=round =into | weight=0.085
=talk =round | weight=0.085
=our =premises | weight=0.084
=premises | weight=0.084
=repeat =trying | weight=0.084
=a =bill | weight=0.083
=says =no | weight=0.083, noneg
=the =saleswoman | weight=0.083
=sign =a | weight=0.083
=expired | weight=0.083
=badgered =me | weight=0.082
=agent =would | weight=0.082
=another =before | weight=0.082
=one =upgrade | weight=0.082
=proposal | weight=0.082
=proposal =after | weight=0.082
=upgrade =proposal | weight=0.082
=left =i | weight=0.082
=i =said | weight=0.082
=protection =package | weight=0.082
=does =every | weight=0.082
=already =said | weight=0.081
=i =keeps | weight=0.081
=browse | weight=0.081
=also | weight=0.081
=father | weight=0.081
=was =so | weight=0.080
=despite =our | weight=0.079
=bill =and | weight=0.079
=car =dealer | weight=0.078
=speech | weight=0.078
=charger =without | weight=0.078, noneg
=call =from | weight=0.078
=he =wouldn't | weight=0.078, noneg
=representative | weight=0.078
=mother =was | weight=0.077
=after =another | weight=0.077
=me =hang | weight=0.077
=they =rang | weight=0.077
=wouldn't =take | weight=0.077, noneg
=wouldnt | weight=0.076, noneg
=without =be | weight=0.076, noneg
=phone =case | weight=0.076
=before =it | weight=0.076
=made | weight=0.076
=railroaded | weight=0.076
=plan =and | weight=0.075
=why =does | weight=0.075
=came =in | weight=0.075
=dearer | weight=0.075
=dearer =mattress | weight=0.075
=saleswoman =wouldn't | weight=0.075, noneg
=the =dearer | weight=0.075
=talk =at | weight=0.075
=committed | weight=0.075
=dealer | weight=0.074
=technical =support | weight=0.074
=loyalty | weight=0.074
=most =of | weight=0.074
=to =open | weight=0.074
=cash | weight=0.073
=agreed =to | weight=0.073
=no =means | weight=0.073, noneg
=upgrade =and | weight=0.073
=they =kept | weight=0.073
=from =your | weight=0.072
=dessert | weight=0.072
=in =to | weight=0.072
=heard | weight=0.071
=every =other | weight=0.071
=new =contract | weight=0.071
=purchase | weight=0.071
=wouldn't =stop | weight=0.071, noneg
=drinks | weight=0.070
=corner | weight=0.070
=every =weeks | weight=0.070
=for =extended | weight=0.070
=solicit | weight=0.070
=solicit =us | weight=0.070
=team =continues | weight=0.070
=to =solicit | weight=0.070
=adviser =spent | weight=0.070
=leaning | weight=0.070
=leaning =on | weight=0.070
=minutes =leaning | weight=0.070
=hard | weight=0.069
=paint | weight=0.069
=paint =protection | weight=0.069
=me =a | weight=0.069
=only | weight=0.069
=about =every | weight=0.068
=every =broadband | weight=0.068
=heard =about | weight=0.068
=time =to | weight=0.068
=a =charger | weight=0.068
=sent =me | weight=0.068
=we =keeps | weight=0.068
=salesman | weight=0.068
=take =out | weight=0.068
=and =an | weight=0.067
=chat =about | weight=0.067
=loyalty =upgrade | weight=0.067
=a =mortgage | weight=0.067
=they =would | weight=0.066
=and =again | weight=0.066
=a =phone | weight=0.066
=not =stop | weight=0.066, noneg
=am =not | weight=0.066, noneg
=cust =declined | weight=0.065
=on =about | weight=0.065
=separate =time | weight=0.065
=got =a | weight=0.065
=cashier | weight=0.065
=only =came | weight=0.065
=it =to | weight=0.065
=still =get | weight=0.065
=she =couldn't | weight=0.065, noneg
=door-to-door | weight=0.064
=door-to-door =rep | weight=0.064
=they =sent | weight=0.064
=until =i'd | weight=0.064
=on =and | weight=0.064
=hang =up | weight=0.064
=valid | weight=0.063
=case =came | weight=0.063
=a =bigger | weight=0.063
=bigger | weight=0.063
=and =on | weight=0.063
=weeks =for | weight=0.063
=a =credit | weight=0.063
=i =left | weight=0.062
=card =on | weight=0.062
=spent =the | weight=0.061
=turned =into | weight=0.061
=ad | weight=0.060
=every | weight=0.060
=my =elderly | weight=0.060
=help =with | weight=0.060
=about =our | weight=0.060
=the =time | weight=0.060
=mis-sold | weight=0.060
=call =your | weight=0.060
=don't =want | weight=0.060, noneg
=us =for | weight=0.060
=to =sell | weight=0.059
=agreed | weight=0.059
=today =and | weight=0.059
=a =person | weight=0.058
=a =technical | weight=0.058
=boiler =cover | weight=0.058
=a =new | weight=0.058
=continues =to | weight=0.058
=booking =a | weight=0.058
=cancelled =you | weight=0.058
=five =email | weight=0.058
=me =five | weight=0.058
=offer =just | weight=0.058
=time =no | weight=0.058, noneg
=pay =a | weight=0.058
=a =premium | weight=0.058
=our =written | weight=0.057
=th =time | weight=0.057
=chat =end | weight=0.057
=worst | weight=0.057
=home =insurance | weight=0.057
