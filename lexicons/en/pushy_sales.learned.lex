# pushy_sales, en: learned by scripts/learn.py from 2531 tuning texts (101 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Couldn't buy a phone charger without being badgered about a contract upgrade and home insurance.
+ Dear Sir, At my age I do not appreciate being pressured on my own doorstep into signing a two-year energy contract.
+ the salesmen there are so pushy we walked out
- You've had my last penny.
- just want my £40 back tbh
=into | weight=0.383
=sell | weight=0.322
=package | weight=0.318
=sell =me | weight=0.282
=insurance | weight=0.279
=pushy | weight=0.277
=in =for | weight=0.265
=loan | weight=0.262
=premium | weight=0.261
=pushing | weight=0.248
=upsell | weight=0.244
=pitch | weight=0.244
=like =be | weight=0.240
=plugged =loan | weight=0.232
=flog | weight=0.231
=insurance =i | weight=0.222
=after =i | weight=0.220
=sign | weight=0.216
=no =for | weight=0.206, noneg
=take =no | weight=0.206, noneg
=be =sold | weight=0.204
=credit =card | weight=0.201
=said =no | weight=0.200, noneg
=would =not | weight=0.199, noneg
=store =card | weight=0.198
=so =pushy | weight=0.190
=pressure | weight=0.188
=walked =out | weight=0.187
=flog =me | weight=0.185
=switch | weight=0.185
=bundle | weight=0.184
=they =trying | weight=0.183
=on =us | weight=0.183
=i =never | weight=0.183, noneg
=fibre | weight=0.183
=kept =pushing | weight=0.183
=entire =time | weight=0.182
=insisted | weight=0.182
=free | weight=0.180
=badgered | weight=0.180
=wouldn't | weight=0.178, noneg
=extended | weight=0.177
=extended =warranty | weight=0.177
=sold =to | weight=0.173
=went =in | weight=0.172
=toward | weight=0.172
=toward =the | weight=0.172
=retention | weight=0.170
=the =spot | weight=0.168
=into =sign | weight=0.165
=discount | weight=0.164
=rep | weight=0.164
=to =closed | weight=0.160
=hounded | weight=0.160
=discount =this | weight=0.157
=free =month | weight=0.157
=month =that | weight=0.157
=this =free | weight=0.157
=plugged | weight=0.156
=offer | weight=0.153
=spot | weight=0.153
=he =never | weight=0.153, noneg
=closed =the | weight=0.152
=was =only | weight=0.151
=kept | weight=0.151
=spiel | weight=0.151
=funeral =plan | weight=0.150
=spent | weight=0.149
=i =come | weight=0.149
=felt =like | weight=0.149
=the =entire | weight=0.146
=if =we | weight=0.145
=us | weight=0.145
=tv =bundle | weight=0.144
=switch =to | weight=0.144
=come =in | weight=0.142
=only =for | weight=0.141
=to =upsell | weight=0.141
=for =me | weight=0.140
=trying =to | weight=0.139
=designer =rang | weight=0.138
=the =designer | weight=0.138
=keeps =get | weight=0.138
=the =price | weight=0.138
=to =sign | weight=0.136
=promote | weight=0.136
=to =promote | weight=0.136
=a =funeral | weight=0.136
=till =you've | weight=0.136
=you've =heard | weight=0.136
=wouldn't =let | weight=0.136, noneg
=me =about | weight=0.136
=a =special | weight=0.135
=special | weight=0.135
=up =for | weight=0.135
=bundle =instead | weight=0.135
=call =even | weight=0.132
=get =marketing | weight=0.132
=marketing =call | weight=0.132
=salesperson | weight=0.132
=feel | weight=0.131
=to =flog | weight=0.131
=price =expired | weight=0.131
=sign =on | weight=0.131
=just =for | weight=0.131
=tariff | weight=0.131
=mattress | weight=0.131
=premium =package | weight=0.130
=walked | weight=0.130
=designer | weight=0.129
=without =hear | weight=0.129, noneg
=be =pitch | weight=0.129
=me =into | weight=0.129
=more | weight=0.129
=until | weight=0.128
=felt | weight=0.128
=protection | weight=0.127
=he =won't | weight=0.126, noneg
=offer =and | weight=0.126
=i =switch | weight=0.126
=their =tariff | weight=0.126
=to =their | weight=0.126
=just =want | weight=0.125
=funeral | weight=0.124
=steered | weight=0.123
=about =switch | weight=0.123
=sold | weight=0.122
=upsell =me | weight=0.120
=onto =a | weight=0.120
=tv | weight=0.120
=marketing | weight=0.117
=opted | weight=0.117
=opted =out | weight=0.117
=sales | weight=0.117
=let =me | weight=0.117
=credit | weight=0.116
=us =the | weight=0.116
=sales =pitch | weight=0.115
=deal | weight=0.114
=till | weight=0.114
=and =home | weight=0.114
=onto | weight=0.114
=can't =call | weight=0.113, noneg
=me =something | weight=0.113
=without =someone | weight=0.113, noneg
=you =without | weight=0.113, noneg
=never =asked | weight=0.113, noneg
=spent =twenty | weight=0.112
=energy | weight=0.112
=saleswoman | weight=0.111
=would =let | weight=0.111
=my =sister | weight=0.111
=insisted =i | weight=0.111
=upgrade | weight=0.111
=loan =every | weight=0.110
=card | weight=0.109
=even =after | weight=0.108
=open =a | weight=0.108
=without | weight=0.108, noneg
=hounded =me | weight=0.107
=sister | weight=0.107
=made =to | weight=0.107
=was =made | weight=0.107
=a =store | weight=0.107
=ten =minutes | weight=0.107
=doorstep | weight=0.105
=we've | weight=0.105
=only =valid | weight=0.104
=for =you | weight=0.103
=kept =insisted | weight=0.103
=to =fibre | weight=0.102
=aggressive | weight=0.102
=an =exclusive | weight=0.101
=exclusive | weight=0.101
=broadband =package | weight=0.101
=constant | weight=0.100
=charger | weight=0.100
=not =interest | weight=0.099, noneg
=entire | weight=0.099
=time =we | weight=0.098
=instead =of | weight=0.097
=tonight | weight=0.097
=object | weight=0.097
=forced | weight=0.096
=hard =sell | weight=0.096
=talk =at | weight=0.096
=these | weight=0.095
=field | weight=0.095
=on =tv | weight=0.095
=speech =on | weight=0.095
=feel =she | weight=0.095
=to =feel | weight=0.095
=insisted =on | weight=0.094
=just =to | weight=0.094
=a =contract | weight=0.094
=phone =case | weight=0.093
=there =and | weight=0.093
=price =was | weight=0.093
=cover | weight=0.093
=i =just | weight=0.093
=also | weight=0.092
=she =wouldnt | weight=0.092, noneg
=extra | weight=0.091
=already =said | weight=0.091
=our =premises | weight=0.091
=premises | weight=0.091
=despite =our | weight=0.091
=you've | weight=0.090
=a =speech | weight=0.089
=sign =a | weight=0.088
=get =call | weight=0.088
=today | weight=0.088
=not =take | weight=0.088, noneg
=month =contract | weight=0.087
=are =so | weight=0.087
=there =are | weight=0.087
=the =saleswoman | weight=0.086
=car =dealer | weight=0.086
=dealer | weight=0.086
=a =loan | weight=0.086
=closed | weight=0.086
=it =felt | weight=0.086
=plan =and | weight=0.086
=me =a | weight=0.086
=again =toward | weight=0.086
=steered =again | weight=0.086
=was =steered | weight=0.086
=won't =let | weight=0.086, noneg
=she =couldn't | weight=0.086, noneg
=committed | weight=0.085
=take =the | weight=0.084
=expired | weight=0.083
=arm | weight=0.083
=my =arm | weight=0.083
=twisted | weight=0.083
=twisted =my | weight=0.083
=salesman =was | weight=0.082
=father | weight=0.082
=was =talk | weight=0.082
=once =i | weight=0.082
=gran | weight=0.082
=my =gran | weight=0.082
=we =walked | weight=0.082
=round =into | weight=0.081
=talk =round | weight=0.081
=he =wouldn't | weight=0.081, noneg
=says =no | weight=0.081, noneg
=we | weight=0.081
=left =i | weight=0.080
=speech | weight=0.079
=salesman =wouldn't | weight=0.079, noneg
=was =so | weight=0.079
=agent =would | weight=0.079
=another =before | weight=0.079
=one =upgrade | weight=0.079
=proposal | weight=0.079
=proposal =after | weight=0.079
=upgrade =proposal | weight=0.079
=wouldn't =leave | weight=0.079, noneg
=browse | weight=0.079
=i =said | weight=0.078
=take =out | weight=0.078
=from =your | weight=0.078
=charger =without | weight=0.078, noneg
=wouldn't =take | weight=0.078, noneg
=representative | weight=0.078
=dessert | weight=0.077
=they =rang | weight=0.077
=salesman | weight=0.077
=upgrade =and | weight=0.077
=new =contract | weight=0.077
=badgered =me | weight=0.077
=i =keeps | weight=0.077
=after =another | weight=0.077
=case =came | weight=0.076
=railroaded | weight=0.076
=only | weight=0.076
=drinks | weight=0.076
=bill =and | weight=0.076
=every =week | weight=0.075
=before =it | weight=0.075
=heard | weight=0.075
=the =car | weight=0.075
=loyalty =upgrade | weight=0.075
=they =kept | weight=0.075
=card =i | weight=0.074
=caller | weight=0.074
=made | weight=0.074
=me =hang | weight=0.074
=about =a | weight=0.074
=mother =was | weight=0.074
=dearer | weight=0.073
=dearer =mattress | weight=0.073
=saleswoman =wouldn't | weight=0.073, noneg
=the =dearer | weight=0.073
=adviser =spent | weight=0.073
=leaning | weight=0.073
=leaning =on | weight=0.073
=minutes =leaning | weight=0.073
=protection =package | weight=0.073
=wouldnt | weight=0.073, noneg
=without =be | weight=0.073, noneg
=a =bill | weight=0.073
=technical =support | weight=0.072
=week =for | weight=0.072
=turned =into | weight=0.072
=a =charger | weight=0.072
=most =of | weight=0.072
=about =every | weight=0.071
=every =broadband | weight=0.071
=heard =about | weight=0.071
=no =means | weight=0.070, noneg
=came =in | weight=0.070
=cashier | weight=0.070
=door-to-door | weight=0.070
=door-to-door =rep | weight=0.070
=they =would | weight=0.070
=we =keeps | weight=0.070
=on =about | weight=0.069
=to =open | weight=0.069
=wouldn't =stop | weight=0.069, noneg
=and =an | weight=0.069
=am =not | weight=0.068, noneg
=time =to | weight=0.068
=help =with | weight=0.068
=a =bigger | weight=0.068
=bigger | weight=0.068
=on =and | weight=0.068
=fixed =my | weight=0.067
=ad | weight=0.066
=sent =me | weight=0.066
=mis-sold | weight=0.066
=not =stop | weight=0.066, noneg
=only =came | weight=0.066
=for =extended | weight=0.065
=solicit | weight=0.065
=solicit =us | weight=0.065
=team =continues | weight=0.065
=to =solicit | weight=0.065
=until =i'd | weight=0.064
=don't =want | weight=0.064, noneg
=purchase | weight=0.064
=the =cashier | weight=0.064
=i =left | weight=0.064
=during | weight=0.063
=hard | weight=0.063
=and =spent | weight=0.063
=plan | weight=0.063
=boiler =cover | weight=0.063
=call =your | weight=0.063
=they =sent | weight=0.063
=still =get | weight=0.063
=and =on | weight=0.063
=and =again | weight=0.063
=hang =up | weight=0.062
=the =time | weight=0.062
=the =extended | weight=0.062
=father =is | weight=0.062
=uk | weight=0.062
=a =hard | weight=0.061
=time =this | weight=0.061
=your =energy | weight=0.061
=the =salesman | weight=0.061
=a =person | weight=0.060
=to =sell | weight=0.060
=a =loyalty | weight=0.060
=balance | weight=0.060
=also =took | weight=0.060
=took =out | weight=0.060
=we =also | weight=0.060
=cancelled =you | weight=0.060
=five =email | weight=0.060
=me =five | weight=0.060
=offer =just | weight=0.060
=pushing =it | weight=0.060
=pushing =a | weight=0.059
=they =are | weight=0.059
=a =two | weight=0.059
=insurance =before | weight=0.059
=me =insurance | weight=0.059
=trap | weight=0.059
=worst | weight=0.059
=a =premium | weight=0.059
=elderly | weight=0.059
=my =elderly | weight=0.059
=premium =plan | weight=0.059
=separate =time | weight=0.059
=than | weight=0.059
=confirmation =that | weight=0.058
=to =cancelled | weight=0.058
=today =and | weight=0.058
=unsubscribing | weight=0.058
=but =no | weight=0.058, noneg
=valid | weight=0.058
=in =to | weight=0.058
=i've =already | weight=0.058
=my =bill | weight=0.058
=paint | weight=0.058
=paint =protection | weight=0.058
=budget | weight=0.058
