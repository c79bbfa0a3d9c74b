# long_hold, en: learned by scripts/learn.py from 3245 tuning texts (255 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ two hours. TWO HOURS. to block a stolen card.
+ two hours. TWO HOURS. to report a stolen card.
+ 2 hrs. TWO HOURS. just to report my card nicked.
- ok
- You've had my last penny.
=mins | weight=0.456
=queue | weight=0.452
=hold | weight=0.370
=waiting | weight=0.343
=minutes | weight=0.310
=hrs | weight=0.304
=forever | weight=0.302
=held | weight=0.232
=two =hour | weight=0.227
=line =for | weight=0.226
=stood | weight=0.225
=queued | weight=0.221
=held =for | weight=0.217
=forever =to | weight=0.207
=for =over | weight=0.204
=an =hour | weight=0.203
=the =queue | weight=0.202
=hour =to | weight=0.201
=just =to | weight=0.198
=barely =moved | weight=0.195
=counter =for | weight=0.194
=to =picked | weight=0.193
=it =took | weight=0.188
=minutes =of | weight=0.186
=helpline | weight=0.186
=music | weight=0.183
=a =stolen | weight=0.179
=stolen =card | weight=0.179
=over =an | weight=0.175
=an =eternity | weight=0.175
=eternity | weight=0.175
=live | weight=0.174
=been =on | weight=0.174
=listening =to | weight=0.174
=sat | weight=0.173
=was =number | weight=0.171
=before =anyone | weight=0.170
=moved =all | weight=0.169
=an =agent | weight=0.168
=hang | weight=0.168
=listening | weight=0.164
=hour | weight=0.164
=before =a | weight=0.162
=stolen | weight=0.162
=it =take | weight=0.158
=forty | weight=0.157
=standing | weight=0.156
=my =call | weight=0.155
=for =ages | weight=0.152
=one =hour | weight=0.150
=only =to | weight=0.149
=hold =music | weight=0.148
=be =told | weight=0.147
=to =answer | weight=0.144
=stood =at | weight=0.144
=position | weight=0.142
=answer =the | weight=0.142
=line | weight=0.141
=im | weight=0.140
=you =are | weight=0.140
=sat =in | weight=0.139
=took =me | weight=0.139
=of =be | weight=0.135
=nobody =came | weight=0.135, noneg
=phone =for | weight=0.134
=number | weight=0.133
=took =them | weight=0.133
=in =line | weight=0.132
=ages | weight=0.132
=at =nine | weight=0.131
=phone =at | weight=0.131
=minutes =while | weight=0.130
=you =shortly | weight=0.130
=can't =get | weight=0.130, noneg
=a =good | weight=0.129
=someone =to | weight=0.128
=nine =and | weight=0.128
=until | weight=0.127
=i =telephone | weight=0.127
=your =email | weight=0.127
=fifteen | weight=0.127
=live =chat | weight=0.127
=precisely | weight=0.126
=queue =for | weight=0.122
=rude | weight=0.122
=hour =on | weight=0.122
=and =didn't | weight=0.122, noneg
=for =what | weight=0.121
=were =rude | weight=0.119
=mins =in | weight=0.119
=queue =and | weight=0.118
=time =they | weight=0.117
=agent =will | weight=0.116
=not =says | weight=0.116, noneg
=rude =just | weight=0.116
=of =waiting | weight=0.115
=a =solid | weight=0.115
=solid | weight=0.115
=the =chemist | weight=0.115
=waiting =at | weight=0.115
=telephone | weight=0.114
=finally =got | weight=0.113
=the =bar | weight=0.113
=to =someone | weight=0.112
=before =anybody | weight=0.112
=lunchtime | weight=0.111
=since =lunchtime | weight=0.111
=picked =up | weight=0.110
=bar | weight=0.110
=i =can't | weight=0.109, noneg
=chat =window | weight=0.109
=chemist | weight=0.109
=chemist =for | weight=0.109
=in =your | weight=0.108
=line =at | weight=0.108
=be =served | weight=0.107
=morning =on | weight=0.107
=be =with | weight=0.106
=september | weight=0.106
=finally | weight=0.106
=to =reported | weight=0.105
=hung | weight=0.105
=mins =of | weight=0.105
=webchat | weight=0.105
=mins =waiting | weight=0.105
=hang =on | weight=0.104
=get =through | weight=0.104
=didn't =get | weight=0.103, noneg
=chat =said | weight=0.103
=box =days | weight=0.102
=on =box | weight=0.102
=anyone | weight=0.101
=seem | weight=0.101
=interrupted | weight=0.100
=spent =the | weight=0.100
=telephone =your | weight=0.099
=whole =morning | weight=0.099
=line =and | weight=0.099
=your =phone | weight=0.098
=thirty | weight=0.098
=anyone =answer | weight=0.098
=to =phone | weight=0.098
=standing =at | weight=0.097
=job =to | weight=0.097
=a =person | weight=0.097
=reach =a | weight=0.096
=half | weight=0.096
=queue =at | weight=0.096
=hour =i | weight=0.096
=minutes =in | weight=0.095
=hrs =to | weight=0.095
=your =helpline | weight=0.095
=notes | weight=0.095
=on =hold | weight=0.094
=the =helpline | weight=0.093
=half =an | weight=0.092
=was =not | weight=0.092, noneg
=department | weight=0.092
=press | weight=0.092
=break | weight=0.091
=minutes =stuck | weight=0.091
=minutes =for | weight=0.090
=of =press | weight=0.089
=fifteen =minutes | weight=0.089
=ignored =me | weight=0.089
=about =thirty | weight=0.089
=thirty =people | weight=0.089
=till | weight=0.089
=started =from | weight=0.088
=us =for | weight=0.088
=anybody | weight=0.087
=half =hour | weight=0.087
=hold =again | weight=0.087
=chat =to | weight=0.087
=lunch =break | weight=0.087
=stupid | weight=0.087
=mins =to | weight=0.086
=i =sat | weight=0.086
=they =put | weight=0.086
=says =goodbye | weight=0.086
=to =reach | weight=0.086
=i =gave | weight=0.085
=circles =in | weight=0.085
=hour =go | weight=0.085
=menu =i | weight=0.085
=of =an | weight=0.085
=to =block | weight=0.085
=this =since | weight=0.085
=then =it | weight=0.084
=that =they | weight=0.084
=from =scratch | weight=0.084
=forty-five | weight=0.084
=forty-five =minutes | weight=0.084
=hold =then | weight=0.083
=from =department | weight=0.083
=to =department | weight=0.083
=my =lunch | weight=0.082
=queue =to | weight=0.082
=h10 | weight=0.082
=reply =in | weight=0.082
=are =you | weight=0.082
=then =got | weight=0.082
=phone =queue | weight=0.081
=shortly | weight=0.081
=why =do | weight=0.081
=loops | weight=0.081
=all =afternoon | weight=0.080
=block | weight=0.080
=window | weight=0.080
=for =a | weight=0.080
=goodbye | weight=0.079
=minutes =waiting | weight=0.079
=the =line | weight=0.079
=why =does | weight=0.079
=cut | weight=0.079
=this =morning | weight=0.079
=chat =been | weight=0.078
=same =song | weight=0.078
=song | weight=0.078
=i =still | weight=0.078
=i =spent | weight=0.077
=nine | weight=0.077
=friendly | weight=0.077
=never =got | weight=0.077, noneg
=we'd | weight=0.077
=take | weight=0.077
=phone =only | weight=0.077
=to =get | weight=0.076
=meant | weight=0.076
=chat =for | weight=0.076
=stood =in | weight=0.075
=joke | weight=0.075
=deep | weight=0.075
=nearly | weight=0.075
=and =counting | weight=0.074
=almost | weight=0.074
=phone =menu | weight=0.074
=to =queue | weight=0.074
=was =about | weight=0.074
=your =hold | weight=0.073
=the =number | weight=0.073
=a =table | weight=0.073
=counter | weight=0.073
=sitting | weight=0.072
=for =about | weight=0.072
=me =through | weight=0.072
=stuck | weight=0.072
=i'm =done | weight=0.072
=counting | weight=0.072
=reach | weight=0.072
=collect | weight=0.072
=the =call | weight=0.071
=a =broken | weight=0.071
=caller | weight=0.070
=department =to | weight=0.070
=morning | weight=0.070
=at =a | weight=0.070
=abandoned | weight=0.070
=abandoned =the | weight=0.070
=be =loops | weight=0.070
=call =after | weight=0.070
=i =abandoned | weight=0.070
=loops =through | weight=0.070
=menu =option | weight=0.070
=the =webchat | weight=0.070
=quarter =of | weight=0.069
=the =most | weight=0.069
=empty | weight=0.069
=shop =was | weight=0.069
=queued =at | weight=0.069
=at =least | weight=0.069
=nicked | weight=0.068
=thirty-odd | weight=0.068
=thirty-odd =minutes | weight=0.068
=absolutely =joke | weight=0.068
=hr | weight=0.068
=spent | weight=0.068
=caller =states | weight=0.068
=each =time | weight=0.068
=him =on | weight=0.068
=between =forty | weight=0.068
=forty =and | weight=0.068
=department =for | weight=0.068
=forwarded =my | weight=0.068
=kept =forwarded | weight=0.068
=after =one | weight=0.068
=it =company | weight=0.067
=the =process | weight=0.067
=option =and | weight=0.067
=mins =now | weight=0.067
=like =this | weight=0.067
=got =cut | weight=0.067
=forty =minutes | weight=0.067
=cut =off | weight=0.067
=post =this | weight=0.066
=this =everywhere | weight=0.066
=across | weight=0.066
=lunch | weight=0.066
=hour =before | weight=0.066
=gave | weight=0.066
=anybody =answer | weight=0.066
=reported =a | weight=0.065
=was =left | weight=0.064
=are =number | weight=0.064
=waiting =time | weight=0.064
=nearly =an | weight=0.063
=webchat =line | weight=0.063
=stuck =in | weight=0.063
=minutes =standing | weight=0.063
=from =queue | weight=0.063
=and =still | weight=0.063
=the =chat | weight=0.063
=hold =for | weight=0.063
=process =and | weight=0.063
=mins =for | weight=0.063
=through =to | weight=0.062
=minutes =i | weight=0.062
=what =felt | weight=0.062
=they =kept | weight=0.062
=virtual =waiting | weight=0.061
=staff =chat | weight=0.061
=left =me | weight=0.061
=rd | weight=0.061
=either | weight=0.061
=waiting =room | weight=0.061
=just =says | weight=0.061
=least | weight=0.061
=battery =died | weight=0.061
=died =before | weight=0.061
=phone =battery | weight=0.061
=at =the | weight=0.060
=through =the | weight=0.060
=matter =to | weight=0.060
=all =morning | weight=0.060
=i =remains | weight=0.060
=queued =for | weight=0.059
=e | weight=0.059
=i =email | weight=0.059
=go =home | weight=0.059
=chat =queue | weight=0.059
=told =there | weight=0.059
=tea | weight=0.059
=and =then | weight=0.058
=everywhere | weight=0.058
=till =for | weight=0.058
=network =tomorrow | weight=0.058
=number =to | weight=0.058
=queue =with | weight=0.058
=held =in | weight=0.058
=the =till | weight=0.058
=then =transferred | weight=0.057
=moaning | weight=0.057
=stop =moaning | weight=0.057
=limit | weight=0.057
=another =network | weight=0.057
=came =on | weight=0.057
=company =policy | weight=0.057
=started | weight=0.057
=twenty-five | weight=0.056
=twenty-five =minutes | weight=0.056
=a =power | weight=0.056
=standing =in | weight=0.056
=though =the | weight=0.056
=to =do | weight=0.056
=with =you | weight=0.056
=battery | weight=0.056
=were =kept | weight=0.056
=we =had | weight=0.056
=said =an | weight=0.055
=shortly =turned | weight=0.055
=transferred =to | weight=0.055
=restart | weight=0.055
=minutes =with | weight=0.055
=dead =silence | weight=0.055
=of =dead | weight=0.055
=please =hold | weight=0.055
=then =twenty | weight=0.055
=states =the | weight=0.055
=us | weight=0.055
=the =outage | weight=0.054
=exceeded | weight=0.054
=even =though | weight=0.054
=waiting =just | weight=0.054
=forwarded | weight=0.054
=sat =there | weight=0.053
=there =for | weight=0.053
=there =are | weight=0.053
=was =kept | weight=0.053
=more =than | weight=0.053
=died | weight=0.053
=ring =back | weight=0.053
=a =rude | weight=0.053
=surgery =at | weight=0.052
=appointment | weight=0.052
=customer =were | weight=0.052
=kept =standing | weight=0.052
=standing =for | weight=0.052
=a =real | weight=0.052
=till =open | weight=0.052
=call =from | weight=0.051
