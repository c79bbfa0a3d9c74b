# long_hold, en: learned by scripts/learn.py from 2841 tuning texts (239 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ two hours. TWO HOURS. to block a stolen card.
+ two hours. TWO HOURS. to report a stolen card.
+ 2 hrs. TWO HOURS. just to report my card nicked.
- You've had my last penny.
- just want my £40 back tbh
=mins | weight=0.461
=queue | weight=0.443
=hold | weight=0.345
=waiting | weight=0.320
=forever | weight=0.308
=minutes | weight=0.292
=hrs | weight=0.289
=two =hour | weight=0.264
=held | weight=0.234
=stood | weight=0.223
=queued | weight=0.216
=counter =for | weight=0.206
=forever =to | weight=0.204
=hour =to | weight=0.202
=line =for | weight=0.202
=line | weight=0.202
=to =picked | weight=0.198
=the =queue | weight=0.192
=an =hour | weight=0.192
=just =to | weight=0.192
=hour | weight=0.191
=minutes =of | weight=0.189
=music | weight=0.189
=live | weight=0.188
=held =for | weight=0.185
=before =anyone | weight=0.180
=sat | weight=0.179
=listening =to | weight=0.178
=forty | weight=0.175
=listening | weight=0.174
=an =eternity | weight=0.174
=eternity | weight=0.174
=a =stolen | weight=0.171
=stolen =card | weight=0.171
=for =over | weight=0.171
=been =on | weight=0.171
=it =took | weight=0.167
=to =answer | weight=0.164
=position | weight=0.161
=over =an | weight=0.160
=got =a | weight=0.159
=stood =at | weight=0.159
=in =line | weight=0.158
=you =are | weight=0.156
=until | weight=0.155
=barely =moved | weight=0.155
=my =call | weight=0.153
=it =take | weight=0.153
=stolen | weight=0.151
=be =told | weight=0.150
=took =me | weight=0.148
=answer =the | weight=0.144
=hold =music | weight=0.143
=for =ages | weight=0.142
=moved =all | weight=0.141
=an =agent | weight=0.140
=was =number | weight=0.140
=before =a | weight=0.139
=nobody =came | weight=0.137, noneg
=nobody =answer | weight=0.136, noneg
=standing | weight=0.135
=i =telephone | weight=0.134
=phone =for | weight=0.131
=you =shortly | weight=0.130
=only =to | weight=0.130
=one =hour | weight=0.128
=fifteen | weight=0.125
=number | weight=0.125
=ages | weight=0.125
=took =them | weight=0.124
=your =helpline | weight=0.124
=at =nine | weight=0.123
=phone =at | weight=0.123
=minutes =before | weight=0.123
=of =be | weight=0.122
=time =they | weight=0.122
=to =report | weight=0.121
=telephone | weight=0.121
=hang | weight=0.120
=queue =for | weight=0.119
=nine =and | weight=0.119
=someone =to | weight=0.118
=sat =in | weight=0.118
=a =good | weight=0.118
=queue =and | weight=0.117
=be =served | weight=0.116
=bar | weight=0.116
=for =what | weight=0.116
=finally | weight=0.116
=of =waiting | weight=0.115
=the =bar | weight=0.114
=hang =on | weight=0.114
=telephone =your | weight=0.114
=mins =waiting | weight=0.114
=waiting =at | weight=0.113
=over | weight=0.113
=and =didn't | weight=0.113, noneg
=hung | weight=0.112
=a =solid | weight=0.112
=solid | weight=0.112
=the =chemist | weight=0.112
=on =hold | weight=0.111
=half | weight=0.110
=helpline | weight=0.110
=picked =up | weight=0.109
=to =someone | weight=0.109
=mins =of | weight=0.109
=live =chat | weight=0.109
=was =not | weight=0.108, noneg
=agent =will | weight=0.106
=september | weight=0.106
=chemist | weight=0.105
=chemist =for | weight=0.105
=hour =on | weight=0.105
=stupid | weight=0.104
=anybody | weight=0.104
=before =anybody | weight=0.104
=for =a | weight=0.102
=seemed | weight=0.102
=shortly | weight=0.102
=half =hour | weight=0.100
=webchat | weight=0.100
=anyone | weight=0.099
=in =your | weight=0.099
=thirty | weight=0.099
=for =someone | weight=0.098
=mins =to | weight=0.098
=line =at | weight=0.097
=minutes =in | weight=0.097
=notes | weight=0.096
=reach =a | weight=0.096
=didn't =get | weight=0.096, noneg
=and =then | weight=0.096
=standing =at | weight=0.096
=till | weight=0.095
=caller | weight=0.095
=kept =me | weight=0.095
=morning =on | weight=0.095
=get =through | weight=0.095
=a =person | weight=0.094
=spent =the | weight=0.094
=shop =was | weight=0.094
=hour =of | weight=0.094
=be =with | weight=0.094
=lunch =break | weight=0.093
=phone =queue | weight=0.093
=minutes =stuck | weight=0.093
=chat =said | weight=0.092
=of =press | weight=0.092
=hour =i | weight=0.092
=finally =got | weight=0.092
=lunchtime | weight=0.092
=since =lunchtime | weight=0.092
=whole =morning | weight=0.092
=anyone =answer | weight=0.091
=about =thirty | weight=0.091
=thirty =people | weight=0.091
=i =sat | weight=0.091
=box =days | weight=0.090
=on =box | weight=0.090
=mins =in | weight=0.090
=break | weight=0.089
=block | weight=0.089
=queue =at | weight=0.089
=department | weight=0.089
=through =the | weight=0.089
=the =chat | weight=0.088
=says =goodbye | weight=0.088
=queue =to | weight=0.088
=my =lunch | weight=0.088
=half =an | weight=0.087
=line =and | weight=0.087
=h10 | weight=0.087
=that =they | weight=0.087
=job =to | weight=0.087
=chat =window | weight=0.087
=morning | weight=0.086
=to =block | weight=0.086
=i =gave | weight=0.086
=cut | weight=0.085
=forty-five | weight=0.085
=forty-five =minutes | weight=0.085
=hrs =to | weight=0.085
=of =an | weight=0.084
=to =reach | weight=0.084
=press | weight=0.084
=us =for | weight=0.084
=your =phone | weight=0.084
=from =department | weight=0.083
=to =department | weight=0.083
=restart | weight=0.083
=deep | weight=0.082
=hold =again | weight=0.082
=fifteen =minutes | weight=0.081
=department =to | weight=0.081
=minutes =for | weight=0.081
=was =about | weight=0.080
=forty =minutes | weight=0.080
=cut =off | weight=0.079
=never =got | weight=0.079, noneg
=why =do | weight=0.079
=they =put | weight=0.079
=then =got | weight=0.079
=goodbye | weight=0.078
=and =counting | weight=0.078
=counting | weight=0.078
=why =does | weight=0.078
=i'm =done | weight=0.078
=started =from | weight=0.077
=take | weight=0.076
=we'd | weight=0.076
=what =felt | weight=0.076
=in =the | weight=0.076
=the =webchat | weight=0.076
=i =spent | weight=0.076
=got =cut | weight=0.076
=this =morning | weight=0.076
=a =table | weight=0.076
=loop | weight=0.076
=same =song | weight=0.076
=song | weight=0.076
=invoice | weight=0.075
=said =i | weight=0.075
=your =hold | weight=0.075
=mins =now | weight=0.074
=circles =in | weight=0.074
=go =round | weight=0.074
=hour =go | weight=0.074
=menu =i | weight=0.074
=him =on | weight=0.074
=minutes =waiting | weight=0.074
=me =through | weight=0.074
=then =it | weight=0.073
=the =process | weight=0.073
=moved | weight=0.073
=window | weight=0.073
=this =since | weight=0.072
=held =in | weight=0.072
=hr | weight=0.072
=reply =in | weight=0.072
=caller =states | weight=0.072
=waiting =room | weight=0.072
=it =company | weight=0.072
=nine | weight=0.071
=between =forty | weight=0.071
=forty =and | weight=0.071
=a =power | weight=0.071
=at =a | weight=0.071
=stuck | weight=0.070
=staff =chat | weight=0.069
=gave =up | weight=0.069
=lunch | weight=0.069
=quarter =of | weight=0.069
=from =scratch | weight=0.069
=i =still | weight=0.069
=department =for | weight=0.068
=forwarded =my | weight=0.068
=kept =forwarded | weight=0.068
=waiting =time | weight=0.068
=meant | weight=0.068
=nicked | weight=0.068
=at =least | weight=0.067
=nearly | weight=0.067
=process =and | weight=0.067
=sitting | weight=0.067
=are =number | weight=0.066
=anybody =answer | weight=0.066
=i've =been | weight=0.065
=scratch | weight=0.065
=thirty-odd | weight=0.065
=thirty-odd =minutes | weight=0.065
=option =and | weight=0.065
=reach | weight=0.064
=started | weight=0.064
=stood =in | weight=0.064
=report =a | weight=0.064
=abandoned | weight=0.064
=abandoned =the | weight=0.064
=be =loop | weight=0.064
=call =after | weight=0.064
=i =abandoned | weight=0.064
=loop =through | weight=0.064
=menu =option | weight=0.064
=the =number | weight=0.064
=a =broken | weight=0.064
=just =says | weight=0.064
=collect | weight=0.064
=network =tomorrow | weight=0.064
=to =get | weight=0.064
=chat =been | weight=0.064
=minutes =to | weight=0.064
=company =policy | weight=0.063
=kids | weight=0.063
=at =the | weight=0.063
=another =network | weight=0.063
=all =afternoon | weight=0.063
=and =still | weight=0.063
=from =queue | weight=0.063
=to =queue | weight=0.063
=chat =for | weight=0.062
=spent | weight=0.062
=chat | weight=0.062
=we =had | weight=0.062
=the =return | weight=0.061
=empty | weight=0.061
=was =left | weight=0.061
=two =staff | weight=0.061
=i =remains | weight=0.061
=go =home | weight=0.061
=e | weight=0.060
=across | weight=0.060
=phone =menu | weight=0.060
=while =two | weight=0.060
=minutes =standing | weight=0.059
=number =to | weight=0.059
=webchat =line | weight=0.059
=minutes =i | weight=0.059
=queued =at | weight=0.059
=battery =died | weight=0.058
=died =before | weight=0.058
=phone =battery | weight=0.058
=states =the | weight=0.058
=virtual =waiting | weight=0.058
=through =your | weight=0.058
=with =you | weight=0.058
=change =a | weight=0.058
=queue =with | weight=0.058
=forwarded | weight=0.058
=a =real | weight=0.058
=till =for | weight=0.058
=like =this | weight=0.058
=told =there | weight=0.057
=limit | weight=0.057
=after =one | weight=0.057
=matter =to | weight=0.057
=mins =for | weight=0.057
=the =outage | weight=0.057
=a =human | weight=0.057
=dead =silence | weight=0.057
=of =dead | weight=0.057
=please =hold | weight=0.057
=then =twenty | weight=0.057
=standing =in | weight=0.057
=waiting =just | weight=0.056
=the =till | weight=0.056
=least | weight=0.056
=hour =before | weight=0.056
=tea | weight=0.056
=all =morning | weight=0.055
=to =do | weight=0.055
=till =open | weight=0.055
=was =at | weight=0.054
=no =manager | weight=0.054, noneg
=counter | weight=0.054
=rude | weight=0.054
=through =to | weight=0.054
=for =nearly | weight=0.054
=each =time | weight=0.054
=died | weight=0.054
=the =receptionist | weight=0.053
=call =from | weight=0.053
=left =me | weight=0.053
=outage | weight=0.053
=to =stop | weight=0.053
=twenty-five | weight=0.053
=twenty-five =minutes | weight=0.053
=even =though | weight=0.053
=coughed | weight=0.053
=battery | weight=0.052
=the =back | weight=0.052
=human | weight=0.052
=surgery =at | weight=0.052
=ages =at | weight=0.052
=waiting =ages | weight=0.052
=the =call | weight=0.052
=days =one | weight=0.052
=exceeded | weight=0.051
=excess | weight=0.051
=the =excess | weight=0.051
=scrolled | weight=0.051
=hung =around | weight=0.051
=stuck =in | weight=0.051
=said =an | weight=0.051
=shortly =turned | weight=0.051
=pin | weight=0.051
=back =of | weight=0.051
=ring =back | weight=0.051
=either | weight=0.050
=after =waiting | weight=0.050
=waiting =between | weight=0.050
=was =kept | weight=0.050
=option | weight=0.050
=queued =for | weight=0.050
=open =and | weight=0.050
=minutes =while | weight=0.049
=hold =and | weight=0.049
=receptionist =told | weight=0.049
=appointment | weight=0.049
=a =half | weight=0.049
=please =notes | weight=0.049
