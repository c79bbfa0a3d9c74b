# long_hold, en: learned by scripts/learn.py from 2531 tuning texts (203 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ two hours. TWO HOURS. to block a stolen card.
+ two hours. TWO HOURS. to report a stolen card.
+ 2 hrs. TWO HOURS. just to report my card nicked.
- You've had my last penny.
- just want my £40 back tbh
=mins | weight=0.511
=queue | weight=0.449
=hold | weight=0.426
=waiting | weight=0.350
=forever | weight=0.312
=minutes | weight=0.267
=hrs | weight=0.266
=two =hour | weight=0.252
=an =hour | weight=0.236
=counter =for | weight=0.215
=line =for | weight=0.212
=queued | weight=0.209
=stood | weight=0.208
=forever =to | weight=0.202
=the =queue | weight=0.193
=to =picked | weight=0.192
=hour =to | weight=0.192
=minutes =of | weight=0.189
=live | weight=0.185
=line | weight=0.181
=just =to | weight=0.177
=hour | weight=0.177
=held | weight=0.175
=to =answer | weight=0.174
=an =agent | weight=0.173
=forty | weight=0.172
=for =over | weight=0.171
=before =anyone | weight=0.170
=a =stolen | weight=0.165
=stolen =card | weight=0.165
=it =took | weight=0.164
=you =are | weight=0.164
=in =line | weight=0.164
=got =a | weight=0.163
=stood =at | weight=0.160
=an =eternity | weight=0.160
=eternity | weight=0.160
=stolen | weight=0.160
=for =ages | weight=0.156
=music | weight=0.155
=barely =moved | weight=0.154
=my =call | weight=0.152
=listening =to | weight=0.148
=nobody =came | weight=0.148, noneg
=until | weight=0.148
=listening | weight=0.146
=moved =all | weight=0.142
=be =told | weight=0.142
=standing | weight=0.141
=queue =for | weight=0.141
=took =me | weight=0.141
=position | weight=0.141
=was =number | weight=0.140
=number | weight=0.140
=phone =for | weight=0.139
=over =an | weight=0.139
=took =them | weight=0.138
=answer =the | weight=0.138
=of =be | weight=0.137
=one =hour | weight=0.135
=nobody =answer | weight=0.134, noneg
=i =telephone | weight=0.132
=before =a | weight=0.131
=fifteen | weight=0.131
=sat | weight=0.130
=your =helpline | weight=0.129
=it =take | weight=0.128
=at =nine | weight=0.126
=phone =at | weight=0.126
=a =good | weight=0.126
=only =to | weight=0.125
=waiting =at | weight=0.125
=someone =to | weight=0.124
=for =what | weight=0.123
=a =solid | weight=0.123
=solid | weight=0.123
=the =chemist | weight=0.123
=ages | weight=0.122
=minutes =before | weight=0.122
=finally | weight=0.121
=nine =and | weight=0.121
=and =didn't | weight=0.121, noneg
=you =shortly | weight=0.116
=telephone | weight=0.115
=didn't =get | weight=0.115, noneg
=of =waiting | weight=0.115
=helpline | weight=0.115
=to =reported | weight=0.115
=over | weight=0.113
=hang =on | weight=0.113
=chemist | weight=0.112
=chemist =for | weight=0.112
=hung | weight=0.112
=the =bar | weight=0.112
=telephone =your | weight=0.111
=before | weight=0.111
=hang | weight=0.111
=been =on | weight=0.110
=hold =for | weight=0.109
=bar | weight=0.108
=hold =music | weight=0.107
=was =not | weight=0.107, noneg
=live =chat | weight=0.107
=lunchtime | weight=0.107
=since =lunchtime | weight=0.107
=break | weight=0.106
=agent =will | weight=0.105
=i've =been | weight=0.105
=morning | weight=0.105
=minutes =stuck | weight=0.105
=hour =on | weight=0.105
=held =for | weight=0.104
=for =an | weight=0.104
=seemed | weight=0.103
=finally =got | weight=0.103
=picked =up | weight=0.102
=september | weight=0.102
=for =someone | weight=0.102
=anyone =answer | weight=0.102
=lunch =break | weight=0.101
=the =chat | weight=0.101
=stupid | weight=0.100
=mins =to | weight=0.100
=shop =was | weight=0.100
=said =i | weight=0.099
=reach =a | weight=0.099
=a =person | weight=0.099
=mins =of | weight=0.098
=shortly | weight=0.098
=time =they | weight=0.098
=standing =at | weight=0.098
=anybody | weight=0.098
=before =anybody | weight=0.098
=thirty | weight=0.097
=that =they | weight=0.097
=morning =on | weight=0.095
=box =days | weight=0.095
=on =box | weight=0.095
=line =at | weight=0.094
=in =your | weight=0.093
=to =someone | weight=0.093
=caller | weight=0.092
=half | weight=0.092
=your =phone | weight=0.092
=staff =chat | weight=0.092
=my =lunch | weight=0.091
=job =to | weight=0.091
=spent =the | weight=0.090
=webchat | weight=0.090
=anyone | weight=0.090
=h10 | weight=0.090
=hrs =to | weight=0.090
=half =hour | weight=0.090
=why =does | weight=0.089
=never =got | weight=0.089, noneg
=till | weight=0.089
=the =waiting | weight=0.089
=whole =morning | weight=0.089
=department | weight=0.088
=about =thirty | weight=0.088
=thirty =people | weight=0.088
=take | weight=0.088
=get =through | weight=0.088
=press | weight=0.087
=sat =in | weight=0.087
=held =in | weight=0.087
=and =then | weight=0.087
=to =get | weight=0.087
=restart | weight=0.087
=be =with | weight=0.086
=chat =said | weight=0.086
=queue =and | weight=0.086
=phone =queue | weight=0.086
=hold =again | weight=0.086
=fifteen =minutes | weight=0.086
=mins =in | weight=0.085
=to =reach | weight=0.085
=us =for | weight=0.085
=of =an | weight=0.085
=i =gave | weight=0.084
=block | weight=0.084
=a =table | weight=0.083
=for =a | weight=0.083
=at =a | weight=0.082
=forty =minutes | weight=0.082
=notes | weight=0.081
=then =it | weight=0.081
=nine | weight=0.081
=chat =window | weight=0.081
=started =from | weight=0.081
=of =press | weight=0.081
=hour =of | weight=0.080
=be =served | weight=0.080
=got =cut | weight=0.080
=we'd | weight=0.079
=from =department | weight=0.078
=to =department | weight=0.078
=on =hold | weight=0.078
=i'm =done | weight=0.077
=to =block | weight=0.077
=moved | weight=0.077
=was =about | weight=0.077
=says =goodbye | weight=0.077
=are =number | weight=0.077
=deep | weight=0.077
=gave =up | weight=0.077
=queue =at | weight=0.076
=kept =me | weight=0.076
=this =morning | weight=0.076
=thirty-odd | weight=0.076
=thirty-odd =minutes | weight=0.076
=goodbye | weight=0.076
=why =do | weight=0.076
=line =and | weight=0.076
=reply =in | weight=0.075
=at =least | weight=0.075
=all =afternoon | weight=0.075
=minutes =to | weight=0.075
=department =to | weight=0.074
=circles =in | weight=0.074
=go =round | weight=0.074
=hour =go | weight=0.074
=menu =i | weight=0.074
=between =forty | weight=0.073
=forty =and | weight=0.073
=cut | weight=0.073
=i =spent | weight=0.072
=network =tomorrow | weight=0.072
=another =network | weight=0.072
=half =an | weight=0.072
=loop | weight=0.071
=queue =to | weight=0.071
=minutes =i | weight=0.071
=lunch | weight=0.070
=minutes =waiting | weight=0.070
=from =scratch | weight=0.070
=minutes =for | weight=0.069
=forty-five | weight=0.069
=forty-five =minutes | weight=0.069
=it =company | weight=0.069
=they =put | weight=0.069
=outage | weight=0.069
=we =had | weight=0.069
=chat =been | weight=0.068
=till =open | weight=0.068
=me =through | weight=0.068
=cut =off | weight=0.067
=turned =out | weight=0.067
=what =felt | weight=0.067
=caller =states | weight=0.067
=option =and | weight=0.067
=came =on | weight=0.067
=matter =to | weight=0.067
=i =still | weight=0.067
=to =pay | weight=0.066
=with =you | weight=0.066
=queue =with | weight=0.066
=like =this | weight=0.066
=same =song | weight=0.066
=song | weight=0.066
=stuck | weight=0.066
=was =left | weight=0.066
=reported =a | weight=0.066
=minutes =standing | weight=0.065
=window | weight=0.065
=him =on | weight=0.064
=why | weight=0.064
=a =power | weight=0.064
=the =process | weight=0.064
=company =policy | weight=0.064
=phone =menu | weight=0.064
=the =phone | weight=0.064
=meant | weight=0.064
=invoice | weight=0.064
=at =the | weight=0.064
=i =remains | weight=0.064
=nicked | weight=0.063
=the =webchat | weight=0.063
=a =real | weight=0.063
=abandoned | weight=0.063
=abandoned =the | weight=0.063
=be =loop | weight=0.063
=call =after | weight=0.063
=i =abandoned | weight=0.063
=loop =through | weight=0.063
=menu =option | weight=0.063
=scratch | weight=0.063
=waiting =time | weight=0.062
=to =hold | weight=0.062
=kids | weight=0.062
=sitting | weight=0.062
=quarter =of | weight=0.062
=waiting =just | weight=0.062
=then =got | weight=0.062
=anybody =answer | weight=0.062
=sat =there | weight=0.062
=there =for | weight=0.062
=minutes =in | weight=0.061
=network | weight=0.061
=nearly | weight=0.061
=states =the | weight=0.061
=number =to | weight=0.061
=like =an | weight=0.061
=department =for | weight=0.060
=forwarded =my | weight=0.060
=kept =forwarded | weight=0.060
=tea | weight=0.060
=through =the | weight=0.060
=rd | weight=0.060
=after =waiting | weight=0.060
=waiting =between | weight=0.060
=counter | weight=0.060
=empty | weight=0.060
=just =says | weight=0.059
=standing =in | weight=0.059
=the =outage | weight=0.059
=after =one | weight=0.059
=said =an | weight=0.059
=shortly =turned | weight=0.059
=started | weight=0.059
=waiting =room | weight=0.058
=desk =for | weight=0.058
=least | weight=0.058
=in =the | weight=0.058
=process =and | weight=0.058
=even =though | weight=0.058
=reach | weight=0.058
=through =your | weight=0.058
=the =collect | weight=0.057
=hung =around | weight=0.057
=webchat =line | weight=0.057
=and =still | weight=0.057
=two =staff | weight=0.056
=while =two | weight=0.056
=back =of | weight=0.056
=through =to | weight=0.056
=queued =at | weight=0.056
=option | weight=0.056
=no =manager | weight=0.056, noneg
=virtual =waiting | weight=0.056
=remains | weight=0.056
=the =call | weight=0.056
=excess | weight=0.055
=the =excess | weight=0.055
=appointment | weight=0.055
=was =at | weight=0.055
=days =one | weight=0.055
=left =me | weight=0.054
=card | weight=0.054
=though =the | weight=0.054
=vivaldi | weight=0.054
=mins =for | weight=0.054
=exceeded | weight=0.053
=was =hot | weight=0.053
=stuck =in | weight=0.053
=a =rude | weight=0.053
=ages =at | weight=0.053
=waiting =ages | weight=0.053
=box | weight=0.053
=though | weight=0.052
=will =be | weight=0.052
=table | weight=0.052
=forwarded | weight=0.052
=each =time | weight=0.051
=the =back | weight=0.051
=hot | weight=0.051
=from =queue | weight=0.051
=to =queue | weight=0.051
=us | weight=0.051
=mins =now | weight=0.051
=battery =died | weight=0.051
=died =before | weight=0.051
=phone =battery | weight=0.051
=dead =silence | weight=0.050
=of =dead | weight=0.050
=please =hold | weight=0.050
=then =twenty | weight=0.050
=please =notes | weight=0.050
=time =on | weight=0.050
=there =were | weight=0.050
=your =hold | weight=0.050
=without =any | weight=0.050, noneg
=staff =member | weight=0.050
=open =and | weight=0.050
=coughed | weight=0.050
=chat =waiting | weight=0.050
=collect | weight=0.049
=to =do | weight=0.049
=died | weight=0.048
=scrolled | weight=0.048
=missing =my | weight=0.048
=to =change | weight=0.048
=hold =and | weight=0.048
=the =return | weight=0.047
=only =one | weight=0.047
=across | weight=0.047
=my =connection | weight=0.047
=stood =in | weight=0.046
=minutes =while | weight=0.046
=check-in | weight=0.046
