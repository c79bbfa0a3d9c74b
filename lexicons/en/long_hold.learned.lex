# long_hold, en: learned by scripts/learn.py from 3044 tuning texts (245 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ two hours. TWO HOURS. to block a stolen card.
+ two hours. TWO HOURS. to report a stolen card.
+ 2 hrs. TWO HOURS. just to report my card nicked.
- ok
- You've had my last penny.
=mins | weight=0.446
=queue | weight=0.432
=hold | weight=0.336
=waiting | weight=0.333
=forever | weight=0.305
=minutes | weight=0.293
=hrs | weight=0.280
=two =hour | weight=0.268
=held | weight=0.243
=stood | weight=0.219
=queued | weight=0.216
=line =for | weight=0.211
=held =for | weight=0.202
=hour =to | weight=0.202
=line | weight=0.200
=to =picked | weight=0.199
=an =hour | weight=0.197
=counter =for | weight=0.196
=forever =to | weight=0.192
=the =queue | weight=0.190
=just =to | weight=0.183
=music | weight=0.183
=minutes =of | weight=0.182
=live | weight=0.180
=for =over | weight=0.179
=hour | weight=0.178
=sat | weight=0.173
=before =anyone | weight=0.170
=listening =to | weight=0.170
=a =stolen | weight=0.168
=stolen =card | weight=0.168
=listening | weight=0.166
=an =eternity | weight=0.166
=eternity | weight=0.166
=be =told | weight=0.164
=it =took | weight=0.164
=you =are | weight=0.159
=forty | weight=0.158
=been =on | weight=0.157
=in =line | weight=0.156
=barely =moved | weight=0.154
=to =answer | weight=0.153
=got =a | weight=0.152
=my =call | weight=0.152
=over =an | weight=0.151
=position | weight=0.151
=it =take | weight=0.150
=stolen | weight=0.149
=until | weight=0.149
=stood =at | weight=0.148
=only =to | weight=0.148
=before =a | weight=0.144
=im | weight=0.143
=took =me | weight=0.142
=for =ages | weight=0.140
=moved =all | weight=0.140
=was =number | weight=0.139
=hold =music | weight=0.138
=answer =the | weight=0.137
=at =nine | weight=0.135
=phone =at | weight=0.135
=standing | weight=0.134
=nobody =answer | weight=0.133, noneg
=nobody =came | weight=0.132, noneg
=of =be | weight=0.132
=nine =and | weight=0.131
=your =helpline | weight=0.130
=you =shortly | weight=0.130
=i =telephone | weight=0.129
=to =reported | weight=0.128
=were =rude | weight=0.127
=one =hour | weight=0.127
=took =them | weight=0.127
=number | weight=0.126
=fifteen | weight=0.126
=phone =for | weight=0.123
=ages | weight=0.122
=an =agent | weight=0.122
=not =says | weight=0.121, noneg
=rude =just | weight=0.121
=sat =in | weight=0.120
=for =what | weight=0.120
=hang | weight=0.117
=and =didn't | weight=0.117, noneg
=rude | weight=0.116
=over | weight=0.115
=minutes =while | weight=0.114
=queue =and | weight=0.114
=telephone | weight=0.114
=a =good | weight=0.113
=hang =on | weight=0.113
=waiting =at | weight=0.113
=hour =on | weight=0.113
=helpline | weight=0.112
=minutes =before | weight=0.112
=on =hold | weight=0.112
=mins =waiting | weight=0.111
=a =solid | weight=0.111
=solid | weight=0.111
=the =chemist | weight=0.111
=queue =for | weight=0.111
=hung | weight=0.110
=picked =up | weight=0.109
=time =they | weight=0.109
=someone =to | weight=0.109
=agent =will | weight=0.109
=september | weight=0.108
=telephone =your | weight=0.108
=the =bar | weight=0.108
=finally | weight=0.107
=morning =on | weight=0.105
=mins =of | weight=0.105
=chemist | weight=0.105
=chemist =for | weight=0.105
=bar | weight=0.104
=kept =me | weight=0.104
=stupid | weight=0.104
=live =chat | weight=0.104
=was =not | weight=0.103, noneg
=of =waiting | weight=0.103
=seemed | weight=0.103
=be =served | weight=0.102
=for =a | weight=0.101
=notes | weight=0.101
=to =someone | weight=0.101
=queue =at | weight=0.100
=be =with | weight=0.100
=anybody | weight=0.099
=before =anybody | weight=0.099
=finally =got | weight=0.099
=get =through | weight=0.099
=thirty | weight=0.098
=didn't =get | weight=0.097, noneg
=half =hour | weight=0.097
=a =person | weight=0.097
=anyone | weight=0.097
=in =your | weight=0.096
=chat =said | weight=0.095
=shortly | weight=0.095
=standing =at | weight=0.095
=job =to | weight=0.095
=shop =was | weight=0.095
=mins =in | weight=0.094
=whole =morning | weight=0.094
=for =someone | weight=0.094
=break | weight=0.093
=mins =to | weight=0.093
=lunchtime | weight=0.093
=since =lunchtime | weight=0.093
=block | weight=0.093
=chat =window | weight=0.092
=spent =the | weight=0.092
=hour =of | weight=0.092
=webchat | weight=0.092
=phone =queue | weight=0.092
=line =at | weight=0.092
=reach =a | weight=0.092
=till | weight=0.092
=minutes =in | weight=0.091
=anyone =answer | weight=0.091
=cut | weight=0.091
=half | weight=0.090
=of =press | weight=0.089
=box =days | weight=0.089
=on =box | weight=0.089
=about =thirty | weight=0.089
=thirty =people | weight=0.089
=hrs =to | weight=0.088
=lunch =break | weight=0.088
=minutes =stuck | weight=0.088
=to =block | weight=0.088
=interrupted | weight=0.087
=queue =to | weight=0.087
=half =an | weight=0.087
=your =phone | weight=0.087
=that =they | weight=0.086
=department | weight=0.086
=h10 | weight=0.086
=restart | weight=0.086
=take | weight=0.086
=hold =again | weight=0.085
=says =goodbye | weight=0.085
=of =an | weight=0.085
=minutes =for | weight=0.085
=then =it | weight=0.084
=my =lunch | weight=0.084
=deep | weight=0.084
=hour =i | weight=0.084
=this =morning | weight=0.083
=was =about | weight=0.083
=window | weight=0.083
=from =department | weight=0.083
=to =department | weight=0.083
=caller | weight=0.082
=why =do | weight=0.082
=we'd | weight=0.082
=i =sat | weight=0.081
=fifteen =minutes | weight=0.081
=press | weight=0.081
=line =and | weight=0.081
=to =reach | weight=0.081
=why =does | weight=0.081
=started =from | weight=0.080
=us =for | weight=0.080
=and =then | weight=0.080
=morning | weight=0.080
=i =spent | weight=0.079
=i =gave | weight=0.079
=they =put | weight=0.079
=i'm =done | weight=0.078
=through =the | weight=0.078
=and =counting | weight=0.077
=forty =minutes | weight=0.077
=the =chat | weight=0.077
=goodbye | weight=0.077
=invoice | weight=0.077
=in =the | weight=0.077
=forty-five | weight=0.077
=forty-five =minutes | weight=0.077
=cut =off | weight=0.076
=friendly | weight=0.076
=nine | weight=0.076
=stood =in | weight=0.075
=mins =now | weight=0.075
=counting | weight=0.075
=your =hold | weight=0.075
=loops | weight=0.074
=then =got | weight=0.073
=never =got | weight=0.073, noneg
=moved | weight=0.073
=a =table | weight=0.073
=department =to | weight=0.073
=kids | weight=0.071
=circles =in | weight=0.071
=go =round | weight=0.071
=hour =go | weight=0.071
=menu =i | weight=0.071
=me =through | weight=0.071
=said =i | weight=0.071
=chat | weight=0.071
=hr | weight=0.071
=reply =in | weight=0.071
=nearly | weight=0.071
=quarter =of | weight=0.070
=what =felt | weight=0.070
=him =on | weight=0.070
=caller =states | weight=0.070
=from =scratch | weight=0.070
=the =process | weight=0.070
=through =to | weight=0.069
=between =forty | weight=0.069
=forty =and | weight=0.069
=got =cut | weight=0.069
=lunch | weight=0.069
=ignored =me | weight=0.069
=same =song | weight=0.069
=song | weight=0.069
=i =still | weight=0.069
=minutes =waiting | weight=0.069
=it =company | weight=0.069
=this =since | weight=0.069
=at =a | weight=0.068
=nicked | weight=0.068
=chat =to | weight=0.068
=a =broken | weight=0.068
=thirty-odd | weight=0.068
=thirty-odd =minutes | weight=0.068
=collect | weight=0.068
=are =number | weight=0.067
=the =webchat | weight=0.067
=i've =been | weight=0.067
=anybody =answer | weight=0.067
=queued =at | weight=0.067
=meant | weight=0.066
=stuck | weight=0.066
=department =for | weight=0.066
=forwarded =my | weight=0.066
=kept =forwarded | weight=0.066
=across | weight=0.065
=held =in | weight=0.065
=abandoned | weight=0.065
=abandoned =the | weight=0.065
=be =loops | weight=0.065
=call =after | weight=0.065
=i =abandoned | weight=0.065
=loops =through | weight=0.065
=menu =option | weight=0.065
=gave | weight=0.064
=scratch | weight=0.064
=network =tomorrow | weight=0.064
=all =afternoon | weight=0.063
=from =queue | weight=0.063
=to =queue | weight=0.063
=staff =chat | weight=0.063
=minutes =to | weight=0.063
=company =policy | weight=0.062
=waiting =time | weight=0.062
=at =least | weight=0.062
=another =network | weight=0.062
=webchat =line | weight=0.062
=the =number | weight=0.061
=tea | weight=0.061
=waiting =room | weight=0.061
=sitting | weight=0.061
=reach | weight=0.061
=battery =died | weight=0.061
=died =before | weight=0.061
=phone =battery | weight=0.061
=after =one | weight=0.061
=chat =been | weight=0.060
=minutes =i | weight=0.060
=states =the | weight=0.060
=was =left | weight=0.060
=reported =a | weight=0.059
=process =and | weight=0.059
=empty | weight=0.059
=all =morning | weight=0.059
=and =still | weight=0.058
=started | weight=0.058
=a =power | weight=0.058
=through =your | weight=0.058
=then =transferred | weight=0.058
=mins =for | weight=0.058
=matter =to | weight=0.058
=we =had | weight=0.058
=i =remains | weight=0.058
=virtual =waiting | weight=0.058
=queue =with | weight=0.057
=the =outage | weight=0.057
=number =to | weight=0.057
=died | weight=0.057
=a =real | weight=0.057
=e | weight=0.057
=turned =out | weight=0.057
=till =open | weight=0.057
=like =this | weight=0.056
=moaning | weight=0.056
=stop =moaning | weight=0.056
=phone =menu | weight=0.056
=outage | weight=0.056
=option | weight=0.056
=each =time | weight=0.056
=surgery =at | weight=0.055
=to =do | weight=0.055
=appointment | weight=0.055
=transferred =to | weight=0.055
=the =return | weight=0.055
=forwarded | weight=0.055
=gave =up | weight=0.055
=standing =in | weight=0.055
=battery | weight=0.055
=vivaldi | weight=0.055
=option =and | weight=0.055
=back =of | weight=0.055
=spent | weight=0.055
=counter | weight=0.055
=go =home | weight=0.054
=minutes =standing | weight=0.054
=to =get | weight=0.054
=at =the | weight=0.054
=the =call | weight=0.054
=hung =around | weight=0.054
=while | weight=0.054
=was =at | weight=0.054
=dead =silence | weight=0.054
=of =dead | weight=0.054
=please =hold | weight=0.054
=then =twenty | weight=0.054
=was =hot | weight=0.053
=the =collect | weight=0.053
=told =there | weight=0.053
=for =nearly | weight=0.053
=coughed | weight=0.052
=there =were | weight=0.052
=does =it | weight=0.052
=just =says | weight=0.052
=open =and | weight=0.052
=twenty-five | weight=0.052
=twenty-five =minutes | weight=0.052
=no =manager | weight=0.052, noneg
=felt | weight=0.052
=felt =like | weight=0.052
=scrolled | weight=0.051
=call =from | weight=0.051
=nearly =an | weight=0.051
=human | weight=0.051
=limit | weight=0.051
=to =stop | weight=0.050
=least | weight=0.050
=left =me | weight=0.050
=said =an | weight=0.050
=shortly =turned | weight=0.050
=after =waiting | weight=0.050
=waiting =between | weight=0.050
=the =till | weight=0.050
=sat =there | weight=0.050
=there =for | weight=0.050
=queued =for | weight=0.050
=waiting =just | weight=0.050
=the =back | weight=0.050
