# pushy_sales, en: learned by scripts/learn.py from 3044 tuning texts (113 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Couldn't buy a phone charger without being badgered about a contract upgrade and home insurance.
+ Dear Sir, At my age I do not appreciate being pressured on my own doorstep into signing a two-year energy contract.
+ Agent pushed a credit card on cust during a call about a lost debit card. Cust declined and asked for it to be noted.
- ok
- You've had my last penny.
=into | weight=0.354
=premium | weight=0.334
=sell | weight=0.327
=package | weight=0.314
=sell =me | weight=0.292
=insurance | weight=0.283
=pushing | weight=0.273
=pushy | weight=0.267
=upsell | weight=0.259
=loan | weight=0.245
=pitch | weight=0.237
=like =be | weight=0.236
=sign | weight=0.236
=in =for | weight=0.228
=bundle | weight=0.224
=plugged =loan | weight=0.216
=credit =card | weight=0.214
=flog | weight=0.211
=after =i | weight=0.210
=said =no | weight=0.209, noneg
=no =for | weight=0.206, noneg
=take =no | weight=0.206, noneg
=insurance =i | weight=0.206
=be =sold | weight=0.204
=they =trying | weight=0.201
=pressure | weight=0.198
=walked =out | weight=0.197
=so =pushy | weight=0.195
=would =not | weight=0.195, noneg
=badgered | weight=0.189
=store =card | weight=0.187
=fibre | weight=0.183
=insisted | weight=0.183
=wouldn't | weight=0.181, noneg
=switch | weight=0.181
=entire =time | weight=0.177
=on =us | weight=0.173
=plugged | weight=0.172
=went =in | weight=0.171
=flog =me | weight=0.168
=sold =to | weight=0.167
=extended | weight=0.166
=extended =warranty | weight=0.166
=discount | weight=0.166
=toward | weight=0.166
=toward =the | weight=0.166
=kept =pushing | weight=0.163
=to =upsell | weight=0.162
=discount =this | weight=0.161
=free =month | weight=0.161
=month =that | weight=0.161
=this =free | weight=0.161
=retention | weight=0.160
=to =closed | weight=0.158
=felt =like | weight=0.158
=hounded | weight=0.158
=sold | weight=0.156
=offer | weight=0.156
=into =sign | weight=0.156
=free | weight=0.156
=the =spot | weight=0.155
=i =never | weight=0.155, noneg
=rep | weight=0.153
=kept | weight=0.153
=us | weight=0.153
=was =only | weight=0.149
=spot | weight=0.149
=just =want | weight=0.148
=he =never | weight=0.147, noneg
=funeral =plan | weight=0.146
=the =entire | weight=0.146
=spiel | weight=0.146
=closed =the | weight=0.146
=without =hear | weight=0.146, noneg
=come =in | weight=0.142
=i =come | weight=0.141
=only =for | weight=0.138
=designer =rang | weight=0.136
=the =designer | weight=0.136
=me =about | weight=0.135
=offer =and | weight=0.135
=spent | weight=0.135
=a =funeral | weight=0.135
=felt | weight=0.134
=trying =to | weight=0.134
=feel | weight=0.134
=about =a | weight=0.133
=up =for | weight=0.133
=i =just | weight=0.133
=mattress | weight=0.133
=for =me | weight=0.133
=get =marketing | weight=0.132
=marketing =call | weight=0.132
=wouldn't =let | weight=0.132, noneg
=to =sign | weight=0.129
=keeps =get | weight=0.129
=funeral | weight=0.128
=designer | weight=0.128
=call =even | weight=0.127
=promote | weight=0.126
=to =promote | weight=0.126
=till =you've | weight=0.126
=you've =heard | weight=0.126
=me =into | weight=0.126
=price =expired | weight=0.125
=sign =on | weight=0.125
=if =we | weight=0.125
=salesperson | weight=0.125
=protection | weight=0.125
=tv =bundle | weight=0.125
=until | weight=0.124
=be =pitch | weight=0.124
=bundle =instead | weight=0.123
=i =switch | weight=0.123
=their =tariff | weight=0.123
=to =their | weight=0.123
=just =for | weight=0.122
=steered | weight=0.122
=tariff | weight=0.121
=credit | weight=0.121
=switch =to | weight=0.121
=a =special | weight=0.120
=special | weight=0.120
=to =flog | weight=0.120
=balance | weight=0.119
=let =me | weight=0.117
=marketing | weight=0.117
=opted | weight=0.117
=opted =out | weight=0.117
=the =price | weight=0.116
=can't =call | weight=0.116, noneg
=me =something | weight=0.116
=without =someone | weight=0.116, noneg
=you =without | weight=0.116, noneg
=insisted =i | weight=0.116
=cover | weight=0.115
=tv | weight=0.114
=and =home | weight=0.113
=sales =pitch | weight=0.113
=made =to | weight=0.113
=was =made | weight=0.113
=would =let | weight=0.113
=my =sister | weight=0.113
=deal | weight=0.112
=onto =a | weight=0.111
=kept =insisted | weight=0.111
=more | weight=0.111
=open =a | weight=0.110
=upsell =me | weight=0.110
=even =after | weight=0.110
=saleswoman | weight=0.109
=sales | weight=0.109
=never =asked | weight=0.109, noneg
=a =store | weight=0.109
=sister | weight=0.108
=he =won't | weight=0.108, noneg
=us =the | weight=0.108
=hounded =me | weight=0.108
=energy | weight=0.106
=till | weight=0.106
=onto | weight=0.105
=loan =every | weight=0.105
=an =exclusive | weight=0.105
=exclusive | weight=0.105
=about =switch | weight=0.105
=premium =package | weight=0.104
=just =to | weight=0.103
=pushing =a | weight=0.103
=we've | weight=0.102
=tonight | weight=0.102
=for =you | weight=0.101
=spent =twenty | weight=0.101
=not =take | weight=0.100, noneg
=entire | weight=0.100
=doorstep | weight=0.100
=wouldn't =leave | weight=0.100, noneg
=month =contract | weight=0.099
=card | weight=0.099
=to =fibre | weight=0.098
=ten =minutes | weight=0.098
=without | weight=0.098, noneg
=upgrade | weight=0.097
=charger | weight=0.096
=aggressive | weight=0.096
=a =contract | weight=0.095
=constant | weight=0.095
=salesman =wouldn't | weight=0.095, noneg
=are =so | weight=0.095
=instead =of | weight=0.095
=i =walked | weight=0.094
=only =valid | weight=0.094
=hard =sell | weight=0.094
=today | weight=0.094
=time =we | weight=0.093
=feel =she | weight=0.093
=to =feel | weight=0.093
=during | weight=0.093
=there =are | weight=0.093
=forced | weight=0.093
=object | weight=0.092
=broadband =package | weight=0.092
=these | weight=0.092
=extra | weight=0.091
=get =call | weight=0.091
=we | weight=0.091
=won't =let | weight=0.091, noneg
=again =toward | weight=0.090
=steered =again | weight=0.090
=was =steered | weight=0.090
=we =walked | weight=0.090
=not =interest | weight=0.090, noneg
=insisted =on | weight=0.089
=i =said | weight=0.089
=protection =package | weight=0.089
=you've | weight=0.089
=take =the | weight=0.088
=she =wouldnt | weight=0.088, noneg
=field | weight=0.088
=once =i | weight=0.088
=expired | weight=0.087
=arm | weight=0.086
=my =arm | weight=0.086
=twisted | weight=0.086
=twisted =my | weight=0.086
=our =premises | weight=0.086
=premises | weight=0.086
=walked | weight=0.086
=on =tv | weight=0.086
=speech =on | weight=0.086
=badgered =me | weight=0.086
=left =i | weight=0.085
=was =talk | weight=0.085
=the =saleswoman | weight=0.084
=he =wouldn't | weight=0.084, noneg
=round =into | weight=0.084
=talk =round | weight=0.084
=a =bill | weight=0.084
=a =loan | weight=0.083
=despite =our | weight=0.083
=call =from | weight=0.083
=repeat =trying | weight=0.083
=price =was | weight=0.082
=plan =and | weight=0.082
=father | weight=0.082
=gran | weight=0.082
=my =gran | weight=0.082
=a =speech | weight=0.082
=agent =would | weight=0.082
=another =before | weight=0.082
=one =upgrade | weight=0.082
=proposal | weight=0.082
=proposal =after | weight=0.082
=upgrade =proposal | weight=0.082
=already =said | weight=0.082
=it =felt | weight=0.081
=browse | weight=0.081
=energy =rep | weight=0.081
=we =committed | weight=0.081
=charger =without | weight=0.081, noneg
=i =keeps | weight=0.080
=mother =was | weight=0.080
=representative | weight=0.080
=without =be | weight=0.080, noneg
=heard | weight=0.080
=talk =at | weight=0.079
=there =and | weight=0.079
=want =a | weight=0.078
=after =another | weight=0.078
=sign =a | weight=0.078
=me =a | weight=0.078
=says =no | weight=0.078, noneg
=from =your | weight=0.078
=phone =case | weight=0.077
=no =means | weight=0.077, noneg
=salesman =was | weight=0.077
=wouldn't =take | weight=0.077, noneg
=me =hang | weight=0.076
=railroaded | weight=0.076
=also | weight=0.076
=dearer | weight=0.076
=dearer =mattress | weight=0.076
=saleswoman =wouldn't | weight=0.076, noneg
=the =dearer | weight=0.076
=they =rang | weight=0.076
=upgrade =and | weight=0.076
=bill =and | weight=0.076
=speech | weight=0.075
=came =in | weight=0.074
=before =it | weight=0.074
=dessert | weight=0.074
=wouldnt | weight=0.074, noneg
=not =stop | weight=0.073, noneg
=was =so | weight=0.073
=drinks | weight=0.073
=to =open | weight=0.073
=loyalty | weight=0.072
=cash | weight=0.072
=wouldn't =stop | weight=0.072, noneg
=hard | weight=0.071
=closed | weight=0.071
=car =dealer | weight=0.071
=does =every | weight=0.070
=and =an | weight=0.070
=in =to | weight=0.070
=corner | weight=0.069
=only | weight=0.069
=my =elderly | weight=0.069
=to =sell | weight=0.069
=made | weight=0.069
=she =couldn't | weight=0.069, noneg
=about =every | weight=0.069
=every =broadband | weight=0.069
=heard =about | weight=0.069
=agreed =to | weight=0.069
=cashier | weight=0.068
=buying | weight=0.068
=committed | weight=0.068
=for =extended | weight=0.068
=solicit | weight=0.068
=solicit =us | weight=0.068
=team =continues | weight=0.068
=to =solicit | weight=0.068
=still =get | weight=0.067
=door-to-door | weight=0.067
=door-to-door =rep | weight=0.067
=they =kept | weight=0.067
=technical =support | weight=0.067
=most =of | weight=0.067
=purchase | weight=0.067
=and =again | weight=0.066
=new =contract | weight=0.066
=it =to | weight=0.066
=a =mortgage | weight=0.066
=take =out | weight=0.066
=every =week | weight=0.065
=me =every | weight=0.065
=sent =me | weight=0.065
=loyalty =upgrade | weight=0.065
=time =to | weight=0.065
=we =keeps | weight=0.065
=cust =declined | weight=0.065
=help =with | weight=0.065
=a =phone | weight=0.065
=why =does | weight=0.065
=until =i'd | weight=0.065
=don't =want | weight=0.065, noneg
=dealer | weight=0.064
=every =other | weight=0.064
=a =charger | weight=0.064
=adviser =spent | weight=0.064
=leaning | weight=0.064
=leaning =on | weight=0.064
=minutes =leaning | weight=0.064
=separate =time | weight=0.063
=they =would | weight=0.063
=chat =about | weight=0.063
=i =left | weight=0.062
=salesman | weight=0.062
=hang =up | weight=0.062
=on =about | weight=0.061
=keeps =insisted | weight=0.061
=elderly | weight=0.061
=the =time | weight=0.061
=cancelled =you | weight=0.061
=five =email | weight=0.061
=me =five | weight=0.061
=offer =just | weight=0.061
=card =on | weight=0.061
=only =came | weight=0.061
=spent =the | weight=0.061
=plan | weight=0.060
=mis-sold | weight=0.060
=a =person | weight=0.060
=valid | weight=0.060
=paint | weight=0.060
=paint =protection | weight=0.060
=and =on | weight=0.060
=every | weight=0.060
=about =our | weight=0.060
=a =credit | weight=0.059
=but =no | weight=0.059, noneg
=turned =into | weight=0.059
=time =this | weight=0.059
=he =would | weight=0.058
=us =for | weight=0.058
=a =bigger | weight=0.058
=bigger | weight=0.058
=ad | weight=0.058
=a =sales | weight=0.058
=chat =end | weight=0.057
=classic | weight=0.057
=a =new | weight=0.057
=pay =a | weight=0.057
=time =no | weight=0.057, noneg
=th =time | weight=0.057
=they =sent | weight=0.057
=case =came | weight=0.057
=on =and | weight=0.057
=budget | weight=0.057
=mattress =and | weight=0.057
