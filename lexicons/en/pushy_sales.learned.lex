# pushy_sales, en: learned by scripts/learn.py from 3245 tuning texts (114 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Couldn't buy a phone charger without being badgered about a contract upgrade and home insurance.
+ Dear Sir, At my age I do not appreciate being pressured on my own doorstep into signing a two-year energy contract.
+ Agent pushed a credit card on cust during a call about a lost debit card. Cust declined and asked for it to be noted.
- ok
- You've had my last penny.
=into | weight=0.341
=premium | weight=0.333
=sell | weight=0.333
=package | weight=0.303
=insurance | weight=0.293
=sell =me | weight=0.283
=pushy | weight=0.275
=upsell | weight=0.271
=loan | weight=0.258
=pushing | weight=0.257
=like =be | weight=0.249
=sign | weight=0.246
=bundle | weight=0.235
=pitch | weight=0.234
=in =for | weight=0.231
=plugged =loan | weight=0.229
=said =no | weight=0.217, noneg
=credit =card | weight=0.217
=they =trying | weight=0.210
=insurance =i | weight=0.208
=flog | weight=0.208
=be =sold | weight=0.208
=no =for | weight=0.206, noneg
=take =no | weight=0.206, noneg
=so =pushy | weight=0.198
=would =not | weight=0.194, noneg
=after =i | weight=0.193
=pressure | weight=0.192
=walked =out | weight=0.192
=store =card | weight=0.191
=wouldn't | weight=0.189, noneg
=insisted | weight=0.183
=badgered | weight=0.183
=went =in | weight=0.180
=entirely =time | weight=0.178
=flog =me | weight=0.177
=retention | weight=0.175
=us | weight=0.175
=sold =to | weight=0.174
=fibre | weight=0.174
=plugged | weight=0.174
=kept =pushing | weight=0.173
=discount | weight=0.172
=to =upsell | weight=0.170
=toward | weight=0.169
=toward =the | weight=0.169
=sold | weight=0.166
=on =us | weight=0.163
=switch | weight=0.162
=extended | weight=0.162
=extended =warranty | weight=0.162
=discount =this | weight=0.159
=free =month | weight=0.159
=month =that | weight=0.159
=this =free | weight=0.159
=to =closed | weight=0.158
=rep | weight=0.158
=was =only | weight=0.156
=hounded | weight=0.156
=trying =to | weight=0.156
=without =hear | weight=0.155, noneg
=i =never | weight=0.154, noneg
=felt =like | weight=0.153
=the =spot | weight=0.153
=funeral =plan | weight=0.152
=wouldn't =let | weight=0.152, noneg
=into =sign | weight=0.151
=spiel | weight=0.151
=the =entirely | weight=0.150
=only =for | weight=0.150
=spot | weight=0.148
=closed =the | weight=0.147
=offer | weight=0.147
=free | weight=0.147
=kept | weight=0.142
=he =never | weight=0.141, noneg
=a =funeral | weight=0.141
=i =come | weight=0.140
=offer =and | weight=0.140
=feel | weight=0.139
=felt | weight=0.139
=come =in | weight=0.139
=spent | weight=0.138
=about =a | weight=0.137
=tv =bundle | weight=0.136
=designer =rang | weight=0.135
=the =designer | weight=0.135
=to =sign | weight=0.135
=if =we | weight=0.133
=keeps =get | weight=0.133
=me =about | weight=0.133
=funeral | weight=0.133
=switch =to | weight=0.132
=up =for | weight=0.131
=get =marketing | weight=0.130
=marketing =call | weight=0.130
=designer | weight=0.130
=till =you've | weight=0.130
=you've =heard | weight=0.130
=just =want | weight=0.130
=salesperson | weight=0.129
=just =for | weight=0.129
=bundle =instead | weight=0.129
=promote | weight=0.128
=to =promote | weight=0.128
=i =switch | weight=0.128
=their =tariff | weight=0.128
=to =their | weight=0.128
=a =special | weight=0.128
=special | weight=0.128
=the =price | weight=0.128
=call =even | weight=0.128
=me =into | weight=0.128
=be =pitch | weight=0.126
=a =store | weight=0.124
=mattress | weight=0.124
=price =expired | weight=0.123
=sign =on | weight=0.123
=balance | weight=0.123
=protection | weight=0.121
=steered | weight=0.120
=can't =call | weight=0.120, noneg
=me =something | weight=0.120
=without =someone | weight=0.120, noneg
=you =without | weight=0.120, noneg
=was =made | weight=0.120
=and =home | weight=0.120
=tariff | weight=0.120
=open =a | weight=0.119
=deal | weight=0.119
=marketing | weight=0.118
=opted | weight=0.118
=opted =out | weight=0.118
=even =after | weight=0.118
=tv | weight=0.117
=would =let | weight=0.117
=made =to | weight=0.116
=my =sister | weight=0.116
=onto =a | weight=0.115
=pushing =a | weight=0.115
=cover | weight=0.115
=energy | weight=0.115
=insisted =i | weight=0.115
=us =the | weight=0.114
=i =just | weight=0.114
=until | weight=0.114
=an =exclusive | weight=0.114
=exclusive | weight=0.114
=for =me | weight=0.114
=sister | weight=0.113
=to =flog | weight=0.112
=he =won't | weight=0.111, noneg
=saleswoman | weight=0.111
=we've | weight=0.111
=for =you | weight=0.110
=let =me | weight=0.110
=never =asked | weight=0.109, noneg
=sales =pitch | weight=0.108
=spent =twenty | weight=0.107
=kept =insisted | weight=0.107
=onto | weight=0.106
=hounded =me | weight=0.106
=till | weight=0.106
=month =contract | weight=0.106
=about =switch | weight=0.104
=feel =she | weight=0.103
=to =feel | weight=0.103
=just =to | weight=0.102
=to =fibre | weight=0.101
=during | weight=0.100
=time =we | weight=0.100
=object | weight=0.099
=premium =package | weight=0.099
=constant | weight=0.099
=insisted =on | weight=0.099
=upsell =me | weight=0.098
=broadband =package | weight=0.098
=wouldn't =leave | weight=0.098, noneg
=today | weight=0.098
=aggressive | weight=0.097
=field | weight=0.097
=hard =sell | weight=0.097
=upgrade | weight=0.096
=are =so | weight=0.096
=charger | weight=0.095
=credit | weight=0.095
=loan =every | weight=0.095
=not =take | weight=0.095, noneg
=there =are | weight=0.095
=a =contract | weight=0.094
=only =valid | weight=0.094
=ten =minutes | weight=0.094
=i =walked | weight=0.094
=expired | weight=0.094
=she =wouldnt | weight=0.093, noneg
=get =call | weight=0.093
=we =walked | weight=0.093
=more | weight=0.093
=instead =of | weight=0.092
=gran | weight=0.092
=my =gran | weight=0.092
=card | weight=0.092
=we =came | weight=0.092
=our =premises | weight=0.091
=premises | weight=0.091
=on =tv | weight=0.091
=speech =on | weight=0.091
=tonight | weight=0.091
=bill =and | weight=0.091
=take =the | weight=0.090
=doorstep | weight=0.090
=want =a | weight=0.090
=forced | weight=0.090
=again =toward | weight=0.090
=steered =again | weight=0.090
=was =steered | weight=0.090
=salesman =wouldn't | weight=0.089, noneg
=arm | weight=0.088
=my =arm | weight=0.088
=twisted | weight=0.088
=twisted =my | weight=0.088
=entirely | weight=0.088
=extra | weight=0.088
=was =talk | weight=0.088
=call =from | weight=0.088
=a =speech | weight=0.088
=you've | weight=0.087
=sales | weight=0.087
=round =into | weight=0.087
=talk =round | weight=0.087
=it =felt | weight=0.086
=a =loan | weight=0.086
=also | weight=0.086
=representative | weight=0.086
=these | weight=0.086
=to =open | weight=0.086
=the =saleswoman | weight=0.086
=agent =would | weight=0.086
=another =before | weight=0.086
=one =upgrade | weight=0.086
=proposal | weight=0.086
=proposal =after | weight=0.086
=upgrade =proposal | weight=0.086
=energy =rep | weight=0.085
=once =i | weight=0.085
=there =and | weight=0.085
=despite =our | weight=0.085
=left =i | weight=0.085
=price =was | weight=0.084
=heard | weight=0.084
=i =keeps | weight=0.084
=charger =without | weight=0.084, noneg
=we =committed | weight=0.083
=badgered =me | weight=0.083
=walked | weight=0.083
=phone =case | weight=0.083
=without =be | weight=0.083, noneg
=repeat =trying | weight=0.083
=we | weight=0.082
=dealer | weight=0.082
=mother =was | weight=0.082
=me =hang | weight=0.082
=closed | weight=0.081
=browse | weight=0.081
=after =another | weight=0.081
=father | weight=0.081
=already =said | weight=0.080
=wouldnt | weight=0.080, noneg
=car =dealer | weight=0.080
=not =interest | weight=0.080, noneg
=only =came | weight=0.080
=came =in | weight=0.080
=wouldn't =take | weight=0.079, noneg
=protection =package | weight=0.079
=no =means | weight=0.079, noneg
=upgrade =and | weight=0.079
=won't =let | weight=0.079, noneg
=from =your | weight=0.078
=loyalty | weight=0.078
=speech | weight=0.078
=they =rang | weight=0.078
=purchase | weight=0.078
=talk =at | weight=0.077
=dessert | weight=0.076
=sign =a | weight=0.076
=dearer | weight=0.076
=dearer =mattress | weight=0.076
=saleswoman =wouldn't | weight=0.076, noneg
=the =dearer | weight=0.076
=hard | weight=0.076
=take =out | weight=0.076
=cash | weight=0.075
=before =it | weight=0.075
=does =every | weight=0.074
=says =no | weight=0.074, noneg
=railroaded | weight=0.073
=not =stop | weight=0.073, noneg
=corner | weight=0.073
=drinks | weight=0.073
=salesman =was | weight=0.073
=only | weight=0.072
=wouldn't =stop | weight=0.072, noneg
=cust =declined | weight=0.072
=every =broadband | weight=0.072
=heard =about | weight=0.072
=he =wouldn't | weight=0.071, noneg
=and =an | weight=0.071
=i =left | weight=0.071
=a =bill | weight=0.070
=every =other | weight=0.070
=agreed =to | weight=0.070
=adviser =spent | weight=0.069
=leaning | weight=0.069
=leaning =on | weight=0.069
=minutes =leaning | weight=0.069
=i =said | weight=0.069
=why =does | weight=0.069
=my =elderly | weight=0.069
=they =kept | weight=0.069
=plan =and | weight=0.069
=was =so | weight=0.068
=a =mortgage | weight=0.068
=technical =support | weight=0.068
=they =would | weight=0.068
=she =couldn't | weight=0.068, noneg
=in =to | weight=0.068
=spent =the | weight=0.068
=don't =want | weight=0.067, noneg
=most =of | weight=0.067
=card =on | weight=0.067
=chat =about | weight=0.067
=case =came | weight=0.067
=me =a | weight=0.067
=we =keeps | weight=0.067
=a =charger | weight=0.066
=cashier | weight=0.066
=a =phone | weight=0.066
=about =every | weight=0.066
=and =again | weight=0.066
=a =person | weight=0.065
=for =extended | weight=0.065
=solicit | weight=0.065
=solicit =us | weight=0.065
=team =continues | weight=0.065
=to =solicit | weight=0.065
=hang =up | weight=0.065
=every | weight=0.065
=loyalty =upgrade | weight=0.065
=time =to | weight=0.064
=on =about | weight=0.064
=new =contract | weight=0.064
=made | weight=0.064
=still =get | weight=0.064
=turned =into | weight=0.063
=card =i | weight=0.063
=cancelled =you | weight=0.063
=five =email | weight=0.063
=me =five | weight=0.063
=offer =just | weight=0.063
=committed | weight=0.063
=salesman | weight=0.063
=mis-sold | weight=0.063
=every =week | weight=0.063
=me =every | weight=0.063
=elderly | weight=0.063
=separate =time | weight=0.063
=valid | weight=0.062
=and =on | weight=0.062
=mortgage | weight=0.062
=without | weight=0.062, noneg
=to =sell | weight=0.061
=pay =a | weight=0.061
=until =i'd | weight=0.061
=on =and | weight=0.061
=but =no | weight=0.061, noneg
=paint | weight=0.060
=paint =protection | weight=0.060
=home =insurance | weight=0.060
=ad | weight=0.060
=father =is | weight=0.060
=insurance =before | weight=0.060
=me =insurance | weight=0.060
=trap | weight=0.060
=buying | weight=0.059
=also =took | weight=0.059
=took =out | weight=0.059
=we =also | weight=0.059
=call =your | weight=0.059
=of =help | weight=0.059
=boiler =cover | weight=0.058
=and =spent | weight=0.058
=chat =end | weight=0.058
=unsubscribing | weight=0.058
=endless | weight=0.058
=help =with | weight=0.058
=time =no | weight=0.058, noneg
=caller =was | weight=0.058
=mattress =and | weight=0.058
=days =for | weight=0.058
=continues =to | weight=0.058
