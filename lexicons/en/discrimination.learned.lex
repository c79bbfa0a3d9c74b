# discrimination, en: learned by scripts/learn.py from 3245 tuning texts (101 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ they refused to serve me because of my accent
+ the taxi drivers see my guide dog and drive off
+ a member of staff was openly racist to my husband
- ok
- You've had my last penny.
=english | weight=0.495
=disabled | weight=0.375
=deaf | weight=0.315
=because =i'm | weight=0.296
=mocking | weight=0.285
=the =clerk | weight=0.263
=white | weight=0.259
=racist | weight=0.246
=a =woman | weight=0.240
=too | weight=0.232
=husband | weight=0.230
=clerk | weight=0.226
=table =because | weight=0.223
=people | weight=0.210
=just =because | weight=0.207
=accent | weight=0.200
=away =over | weight=0.200
=immigrants | weight=0.198
=was =refused | weight=0.197
=refused =a | weight=0.197
=tattoos | weight=0.196
=served | weight=0.192
=sweetheart | weight=0.190
=wheelchair | weight=0.187
=heard =my | weight=0.186
=extra | weight=0.185
=dog | weight=0.182
=staff =wouldn't | weight=0.181, noneg
=the =white | weight=0.180
=aren't | weight=0.180, noneg
=anyway | weight=0.179
=foreign | weight=0.175
=my =ages | weight=0.175
=grounds =of | weight=0.173
=on =grounds | weight=0.173
=it =too | weight=0.171
=bouncer | weight=0.171
=couldn't =understand | weight=0.170, noneg
=to =leave | weight=0.169
=excluded | weight=0.168
=head =to | weight=0.167
=the =staff | weight=0.166
=my =accent | weight=0.166
=open =racist | weight=0.165
=nationality | weight=0.165
=told =my | weight=0.164
=dog =and | weight=0.163
=blank =my | weight=0.159
=guard | weight=0.154
=outside | weight=0.150
=pool | weight=0.150
=the =pool | weight=0.150
=cinema | weight=0.149
=her =head | weight=0.149
=black | weight=0.147
=i =stammer | weight=0.147
=mocking =me | weight=0.147
=operator =kept | weight=0.147
=english =properly | weight=0.146
=step | weight=0.144
=i'm =the | weight=0.143
=ethnicity | weight=0.142
=on =ethnicity | weight=0.142
=prejudicial | weight=0.142
=prejudicial =treatment | weight=0.142
=treatment =based | weight=0.142
=pharmacist =talk | weight=0.142
=leave | weight=0.142
=the =guard | weight=0.141
=leave =the | weight=0.140
=treatment | weight=0.140
=refused | weight=0.140
=yet =they | weight=0.139
=no =ramp | weight=0.139, noneg
=staff =made | weight=0.138
=taxi =driver | weight=0.138
=ages | weight=0.136
=shop =has | weight=0.135
=there =no | weight=0.135, noneg
=speak =properly | weight=0.135
=properly | weight=0.134
=autistic | weight=0.132
=for =him | weight=0.130
=based =on | weight=0.130
=speak =english | weight=0.129
=only =spoke | weight=0.128
=ur =staff | weight=0.128
=the =aisles | weight=0.128
=mocking =my | weight=0.128
=based | weight=0.128
=stammer | weight=0.128
=stammer =and | weight=0.128
=extra =id | weight=0.128
=i'm =a | weight=0.128
=instead =of | weight=0.127
=grounds | weight=0.127
=they =refused | weight=0.126
=has =no | weight=0.126, noneg
=older | weight=0.126
=a =table | weight=0.124
=the =salesman | weight=0.122
=ignored =my | weight=0.122
=i'm =deaf | weight=0.122
=my =wheelchair | weight=0.121
=properly =english | weight=0.120
=always =nicked | weight=0.120
=nicked =stuff | weight=0.120
=sorted =always | weight=0.120
=heard | weight=0.120
=fun | weight=0.117
=fun =of | weight=0.117
=made =fun | weight=0.117
=your =sorted | weight=0.117
=the =bouncer | weight=0.116
=of =her | weight=0.116
=bouncer =turned | weight=0.115
=complicated | weight=0.115
=complicated =for | weight=0.115
=too =complicated | weight=0.115
=wear | weight=0.114
=over =their | weight=0.114
=people =away | weight=0.114
=their =tattoos | weight=0.114
=turned =people | weight=0.114
=nicked | weight=0.114
=son =and | weight=0.113
=woman =i | weight=0.113
=the =cashier | weight=0.113
=cust =states | weight=0.112
=pretended | weight=0.112
=centre | weight=0.112
=her =ages | weight=0.112
=wouldn't | weight=0.111, noneg
=smartphone | weight=0.111
=a =comment | weight=0.111
=my =brother | weight=0.111
=able-bodied | weight=0.109
=from =nigeria | weight=0.109
=nigeria | weight=0.109
=was =charge | weight=0.109
=brother | weight=0.108
=blank | weight=0.108
=woman | weight=0.108
=was =full | weight=0.108
=is =from | weight=0.107
=aisles | weight=0.105
=and =my | weight=0.105
=is =autistic | weight=0.104
=is =slow | weight=0.103
=white =customer | weight=0.103
=head | weight=0.103
=one =of | weight=0.102
=cashier =said | weight=0.102
=i'm =black | weight=0.102
=like =a | weight=0.101
=gave =it | weight=0.101
=make =sense | weight=0.101
=sense | weight=0.101
=kept =asked | weight=0.101
=toward | weight=0.101
=in =and | weight=0.101
=speech | weight=0.101
=as =they | weight=0.100
=my =wife | weight=0.100
=wife | weight=0.100
=they =treated | weight=0.100
=id | weight=0.100
=mobile =plan | weight=0.100
=a =mortgage | weight=0.100
=clearly | weight=0.099
=it =make | weight=0.099
=followed | weight=0.099
=application | weight=0.099
=keeps =ring | weight=0.098
=dad =is | weight=0.098
=help =people | weight=0.098
=not =her | weight=0.098, noneg
=slow | weight=0.098
=made | weight=0.097
=always | weight=0.097
=exit | weight=0.097
=haven't =got | weight=0.096, noneg
=someone =younger | weight=0.096
=younger =to | weight=0.096
=dog =in | weight=0.096
=assumed =i | weight=0.096
=said =your | weight=0.096
=they =keeps | weight=0.095
=assistant =told | weight=0.095
=shop =assistant | weight=0.095
=to =running | weight=0.095
=comment =about | weight=0.095
=humiliated | weight=0.095
=me =and | weight=0.095
=make =it | weight=0.095
=over =my | weight=0.095
=don't =do | weight=0.094, noneg
=a =child | weight=0.094
=child | weight=0.094
=son | weight=0.093
=driving | weight=0.093
=store =policy | weight=0.093
=any =more | weight=0.093
=equality | weight=0.092
=the =equality | weight=0.092
=made =a | weight=0.092
=me =around | weight=0.092
=son =is | weight=0.092
=a =mobile | weight=0.092
=table | weight=0.091
=your =shop | weight=0.091
=spoken =to | weight=0.090
=a =member | weight=0.090
=my =husband | weight=0.089
=soon =as | weight=0.089
=him =anyway | weight=0.089
=talk | weight=0.089
=call =centre | weight=0.089
=she =didn't | weight=0.089, noneg
=was =spoken | weight=0.087
=the =pharmacist | weight=0.087
=off =the | weight=0.087
=salesman | weight=0.087
=said =it | weight=0.087
=and =drove | weight=0.087
=drove | weight=0.087
=drove =off | weight=0.087
=english =or | weight=0.087
=soon | weight=0.087
=guide =dog | weight=0.086
=my =guide | weight=0.086
=the =operator | weight=0.086
=spoken | weight=0.086
=pharmacist | weight=0.085
=asked =my | weight=0.085
=boyfriend | weight=0.085
=boyfriend =the | weight=0.085
=clerk =kept | weight=0.085
=my =boyfriend | weight=0.085
=mum | weight=0.085
=to =served | weight=0.085
=spoke =to | weight=0.085
=contract =and | weight=0.084
=us =away | weight=0.084
=younger | weight=0.084
=row | weight=0.084
=accent =to | weight=0.084
=barista | weight=0.084
=coworker | weight=0.084
=his =coworker | weight=0.084
=mimicked | weight=0.084
=mimicked =my | weight=0.084
=mum =nigerian | weight=0.084
=nigerian | weight=0.084
=nigerian =accent | weight=0.084
=leeds =store | weight=0.084
=apparently =it | weight=0.084
=spoke | weight=0.084
=crew | weight=0.083
=because =of | weight=0.083
=club | weight=0.082
=club =was | weight=0.082
=my =white | weight=0.082
=the =club | weight=0.082
=asked =if | weight=0.082
=and =human | weight=0.082
=commission | weight=0.082
=equality =and | weight=0.082
=human =right | weight=0.082
=right =commission | weight=0.082
=guide | weight=0.082
=the =english | weight=0.082
=to =like | weight=0.082
=guard =followed | weight=0.081
=of =me | weight=0.081
=over =her | weight=0.081
=people =like | weight=0.081
=around =the | weight=0.081
=that =and | weight=0.080
=i =haven't | weight=0.080, noneg
=my =son | weight=0.079
=disgusting | weight=0.079
=served =me | weight=0.079
=reason | weight=0.079
=lower | weight=0.079
=sister | weight=0.079
=leeds | weight=0.079
=get =someone | weight=0.079
=and =gave | weight=0.079
=passport =is | weight=0.079
=treated =me | weight=0.078
=followed =me | weight=0.078
=as =soon | weight=0.078
=ur | weight=0.078
=because =we | weight=0.078
=the =ramp | weight=0.078
=talk =over | weight=0.078
=quote =i | weight=0.077
=staff =treated | weight=0.077
=of =how | weight=0.077
=came =in | weight=0.077
=to =waiting | weight=0.077
=store =about | weight=0.077
=and =put | weight=0.077
=i've =reported | weight=0.077
=children =like | weight=0.076
=eat | weight=0.076
=eat =in | weight=0.076
=him =should | weight=0.076
=like =him | weight=0.076
=should =eat | weight=0.076
=the =quote | weight=0.076
=member =told | weight=0.076
=perfectly =calm | weight=0.076
=remarks | weight=0.076
=to =talk | weight=0.076
=couldn't =afford | weight=0.075, noneg
=someone =my | weight=0.075
=technical =for | weight=0.075
=too =technical | weight=0.075
=reported =you | weight=0.075
=my =dad | weight=0.075
=your =leeds | weight=0.075
=because =foreign | weight=0.074
=foreign =leave | weight=0.074
=he =only | weight=0.074
=landlord =said | weight=0.074
=leave =mess | weight=0.074
=local =because | weight=0.074
=only =renting | weight=0.074
=renting =to | weight=0.074
=mate | weight=0.074
=bring | weight=0.074
=believe =i | weight=0.074
=excluded =on | weight=0.074
=of =nationality | weight=0.074
=was =excluded | weight=0.074
=was =perfectly | weight=0.074
=instructions =me | weight=0.073
=comment | weight=0.073
=children | weight=0.073
=see =my | weight=0.073
=staff =at | weight=0.073
=change =my | weight=0.073
=treated =my | weight=0.072
=who =was | weight=0.072
=exactly =same | weight=0.072
=test | weight=0.072
=should =look | weight=0.071
=how =i | weight=0.071
=it =not | weight=0.071, noneg
=a =wheelchair | weight=0.071
=and =loudly | weight=0.071
=of =his | weight=0.071
=and =served | weight=0.070
=wouldn't =give | weight=0.070, noneg
=my =address | weight=0.070
=moved =my | weight=0.070
=something =in | weight=0.070
=ring =me | weight=0.070
=us =and | weight=0.069
=should =use | weight=0.069
=the =taxi | weight=0.069
=her =she | weight=0.069
=the =job | weight=0.069
=return =online | weight=0.069
=formal =apology | weight=0.069
=brother =for | weight=0.069
=in =after | weight=0.069
=my =mum | weight=0.068
=counter =served | weight=0.068
=were =ignored | weight=0.068
=wouldn't =understand | weight=0.068, noneg
=for =someone | weight=0.068
=cust =request | weight=0.068
=argued | weight=0.068
=argued =with | weight=0.068
=i =believe | weight=0.068
=online =account | weight=0.068
=direct | weight=0.067
=mortgage | weight=0.067
=was =left | weight=0.067
=higher | weight=0.067
=look =for | weight=0.067
=than =my | weight=0.067
=dad | weight=0.067
=mum =who | weight=0.067
=is =useless | weight=0.066
=who =came | weight=0.066
=said =maybe | weight=0.066
=a =formal | weight=0.066
=centre =the | weight=0.066
=is =deaf | weight=0.066
=able-bodied =customer | weight=0.065
=kept =served | weight=0.065
=served =able-bodied | weight=0.065
=calm =down | weight=0.065
=to =calm | weight=0.065
=she =heard | weight=0.065
=as =she | weight=0.065
