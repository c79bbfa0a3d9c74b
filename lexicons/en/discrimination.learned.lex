# discrimination, en: learned by scripts/learn.py from 2531 tuning texts (86 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ they refused to serve me because of my accent
+ the taxi drivers see my guide dog and drive off
+ a member of staff was openly racist to my husband
- You've had my last penny.
- just want my £40 back tbh
=english | weight=0.446
=disabled | weight=0.390
=deaf | weight=0.317
=because =i'm | weight=0.304
=racist | weight=0.269
=white | weight=0.260
=the =clerk | weight=0.255
=mocking | weight=0.255
=people | weight=0.243
=a =woman | weight=0.233
=clerk | weight=0.228
=table =because | weight=0.226
=properly | weight=0.215
=husband | weight=0.208
=heard =my | weight=0.204
=too | weight=0.204
=immigrants | weight=0.203
=away =over | weight=0.198
=accent | weight=0.197
=dog | weight=0.195
=just =because | weight=0.194
=tattoos | weight=0.192
=anyway | weight=0.190
=it =too | weight=0.187
=my =accent | weight=0.187
=aren't | weight=0.187, noneg
=to =leave | weight=0.185
=served | weight=0.183
=open =racist | weight=0.182
=refused =a | weight=0.181
=grounds =of | weight=0.180
=nationality | weight=0.180
=on =grounds | weight=0.180
=staff =wouldn't | weight=0.179, noneg
=the =white | weight=0.177
=bouncer | weight=0.173
=my =ages | weight=0.173
=foreign | weight=0.173
=there =no | weight=0.172, noneg
=wheelchair | weight=0.172
=extra | weight=0.171
=was =refused | weight=0.170
=excluded | weight=0.169
=head =to | weight=0.168
=blank =my | weight=0.165
=dog =and | weight=0.163
=wear | weight=0.163
=guard | weight=0.162
=pool | weight=0.160
=the =pool | weight=0.160
=the =staff | weight=0.158
=english =properly | weight=0.154
=outside | weight=0.153
=cinema | weight=0.153
=step | weight=0.151
=i =stammer | weight=0.150
=mocking =me | weight=0.150
=operator =kept | weight=0.150
=heard | weight=0.148
=leave | weight=0.148
=her =head | weight=0.147
=ethnicity | weight=0.145
=on =ethnicity | weight=0.145
=prejudicial | weight=0.145
=prejudicial =treatment | weight=0.145
=treatment =based | weight=0.145
=the =guard | weight=0.144
=taxi =driver | weight=0.144
=couldn't =understand | weight=0.143, noneg
=pharmacist =talk | weight=0.143
=treatment | weight=0.141
=a =table | weight=0.139
=yet =they | weight=0.136
=ignored =my | weight=0.135
=speak =properly | weight=0.135
=over =her | weight=0.133
=comment =about | weight=0.132
=made =a | weight=0.132
=refused | weight=0.132
=told =my | weight=0.131
=ages | weight=0.131
=wheelchair =user | weight=0.130
=for =him | weight=0.130
=stammer | weight=0.129
=stammer =and | weight=0.129
=pretended | weight=0.129
=her =ages | weight=0.129
=staff =made | weight=0.128
=made | weight=0.127
=they =refused | weight=0.127
=instead =of | weight=0.127
=followed | weight=0.126
=application | weight=0.126
=properly =english | weight=0.125
=based =on | weight=0.125
=extra =id | weight=0.123
=i'm =deaf | weight=0.123
=the =salesman | weight=0.123
=nicked | weight=0.122
=autistic | weight=0.122
=son =and | weight=0.121
=grounds | weight=0.121
=based | weight=0.120
=no =ramp | weight=0.120, noneg
=complicated | weight=0.120
=complicated =for | weight=0.120
=too =complicated | weight=0.120
=bouncer =turned | weight=0.120
=mocking =my | weight=0.119
=was =charge | weight=0.119
=fun | weight=0.117
=fun =of | weight=0.117
=made =fun | weight=0.117
=shop =has | weight=0.117
=the =bouncer | weight=0.116
=always =nicked | weight=0.116
=nicked =stuff | weight=0.116
=sorted =always | weight=0.116
=black | weight=0.116
=over =their | weight=0.116
=people =away | weight=0.116
=their =tattoos | weight=0.116
=turned =people | weight=0.116
=comment | weight=0.115
=woman | weight=0.114
=one =of | weight=0.114
=head | weight=0.113
=of =her | weight=0.113
=because =of | weight=0.112
=my =wheelchair | weight=0.111
=user =and | weight=0.111
=your =sorted | weight=0.111
=blank | weight=0.110
=for =someone | weight=0.109
=dog =in | weight=0.109
=has =no | weight=0.109, noneg
=salesman | weight=0.109
=older | weight=0.109
=centre | weight=0.108
=the =aisles | weight=0.106
=slow | weight=0.106
=and =my | weight=0.106
=wouldn't | weight=0.106, noneg
=was =full | weight=0.105
=gave =it | weight=0.105
=make =sense | weight=0.105
=sense | weight=0.105
=like =a | weight=0.105
=i =couldn't | weight=0.105, noneg
=speech | weight=0.105
=store =policy | weight=0.105
=able-bodied | weight=0.104
=a =child | weight=0.104
=child | weight=0.104
=as =they | weight=0.103
=exit | weight=0.103
=i =haven't | weight=0.102, noneg
=asked =if | weight=0.102
=equality | weight=0.102
=the =equality | weight=0.102
=crew | weight=0.102
=from =nigeria | weight=0.102
=nigeria | weight=0.102
=help =people | weight=0.102
=not =her | weight=0.102, noneg
=my =brother | weight=0.101
=i'm =black | weight=0.101
=in =and | weight=0.101
=toward | weight=0.100
=keeps =ring | weight=0.100
=to =served | weight=0.100
=mobile =plan | weight=0.099
=brother | weight=0.099
=followed =me | weight=0.099
=apparently =it | weight=0.099
=guard =followed | weight=0.099
=haven't =got | weight=0.098, noneg
=assumed =i | weight=0.098
=is =from | weight=0.098
=a =member | weight=0.098
=rain | weight=0.098
=the =rain | weight=0.098
=someone =younger | weight=0.097
=younger =to | weight=0.097
=woman =i | weight=0.097
=your =shop | weight=0.097
=said =your | weight=0.096
=a =mobile | weight=0.096
=aisles | weight=0.096
=son | weight=0.095
=table | weight=0.094
=is =autistic | weight=0.094
=driving | weight=0.094
=leeds =store | weight=0.094
=your =leeds | weight=0.094
=make =it | weight=0.094
=call =centre | weight=0.094
=him =anyway | weight=0.094
=directed | weight=0.094
=english =or | weight=0.093
=asked =my | weight=0.093
=boyfriend | weight=0.093
=boyfriend =the | weight=0.093
=clerk =kept | weight=0.093
=i'm =the | weight=0.093
=my =boyfriend | weight=0.093
=they =keeps | weight=0.093
=accent =to | weight=0.093
=barista | weight=0.093
=coworker | weight=0.093
=his =coworker | weight=0.093
=mimicked | weight=0.093
=mimicked =my | weight=0.093
=mum =nigerian | weight=0.093
=nigerian | weight=0.093
=nigerian =accent | weight=0.093
=clearly | weight=0.092
=only =spoke | weight=0.092
=soon =as | weight=0.092
=id | weight=0.092
=off =the | weight=0.091
=i'm =a | weight=0.090
=always | weight=0.090
=the =ramp | weight=0.089
=my =wife | weight=0.089
=wife | weight=0.089
=served =me | weight=0.089
=over =my | weight=0.089
=counter =served | weight=0.088
=younger | weight=0.088
=reason | weight=0.088
=came =in | weight=0.087
=white =customer | weight=0.087
=soon | weight=0.087
=son =is | weight=0.087
=me =and | weight=0.087
=guide =dog | weight=0.086
=my =guide | weight=0.086
=dad =is | weight=0.085
=access | weight=0.085
=club | weight=0.085
=club =was | weight=0.085
=my =white | weight=0.085
=the =club | weight=0.085
=staff =treated | weight=0.085
=as =soon | weight=0.084
=that =and | weight=0.084
=talk | weight=0.084
=phone =is | weight=0.084
=humiliated | weight=0.084
=guide | weight=0.084
=white =lad | weight=0.084
=the =operator | weight=0.083
=user | weight=0.083
=to =like | weight=0.083
=and =drove | weight=0.082
=drove | weight=0.082
=drove =off | weight=0.082
=english =isn't | weight=0.082, noneg
=isn't =perfectly | weight=0.082, noneg
=treated | weight=0.082
=store =about | weight=0.081
=driver | weight=0.081
=kept =call | weight=0.081
=the =job | weight=0.081
=me =around | weight=0.081
=ignored | weight=0.081
=quote =i | weight=0.081
=believe =i | weight=0.081
=excluded =on | weight=0.081
=of =nationality | weight=0.081
=was =excluded | weight=0.081
=the =pharmacist | weight=0.081
=treated =me | weight=0.081
=and =asked | weight=0.081
=she =said | weight=0.080
=and =gave | weight=0.080
=instructions =me | weight=0.080
=speak =english | weight=0.080
=us =away | weight=0.079
=mum =who | weight=0.079
=row | weight=0.079
=people =like | weight=0.079
=the =quote | weight=0.079
=and =human | weight=0.079
=commission | weight=0.079
=equality =and | weight=0.079
=human =right | weight=0.079
=right =commission | weight=0.079
=something =in | weight=0.079
=it =not | weight=0.078, noneg
=said =it | weight=0.078
=my =dad | weight=0.078
=because =we | weight=0.078
=who =was | weight=0.078
=a =wheelchair | weight=0.077
=advance | weight=0.077
=and =served | weight=0.077
=my =husband | weight=0.076
=i've =reported | weight=0.076
=treated =my | weight=0.076
=lower | weight=0.076
=exactly =same | weight=0.076
=the =exactly | weight=0.076
=around =the | weight=0.075
=pharmacist | weight=0.075
=us =and | weight=0.075
=was =left | weight=0.075
=centre =the | weight=0.075
=wouldn't =understand | weight=0.074, noneg
=and =said | weight=0.074
=in =after | weight=0.074
=spoken =to | weight=0.074
=technical =for | weight=0.074
=too =technical | weight=0.074
=me =sweetheart | weight=0.074
=sweetheart | weight=0.074
=i =believe | weight=0.074
=look =for | weight=0.074
=get =someone | weight=0.074
=and =put | weight=0.074
=reported =you | weight=0.074
=children =like | weight=0.073
=eat | weight=0.073
=eat =in | weight=0.073
=him =should | weight=0.073
=like =him | weight=0.073
=should =eat | weight=0.073
=because =foreign | weight=0.073
=foreign =leave | weight=0.073
=he =only | weight=0.073
=landlord =said | weight=0.073
=leave =mess | weight=0.073
=local =because | weight=0.073
=only =renting | weight=0.073
=renting =to | weight=0.073
=spoke =to | weight=0.073
=yet | weight=0.073
=learn | weight=0.073
=learn =to | weight=0.073
=to =learn | weight=0.073
=mate | weight=0.073
=from =a | weight=0.072
=walked | weight=0.072
=she =told | weight=0.072
=the =question | weight=0.072
=surname | weight=0.072
=of =staff | weight=0.071
=of =how | weight=0.071
=kept =asked | weight=0.071
=brother =for | weight=0.071
=phone =down | weight=0.070
=were =ignored | weight=0.070
=the =taxi | weight=0.070
=who =came | weight=0.070
=said =maybe | weight=0.070
=probably =wouldn't | weight=0.069, noneg
=said =a | weight=0.069
=specs | weight=0.069
=specs =and | weight=0.069
=woman =probably | weight=0.069
=staff =at | weight=0.069
=mobile | weight=0.069
=she =heard | weight=0.069
=stuff | weight=0.069
=and =loudly | weight=0.069
=children | weight=0.069
=is =useless | weight=0.069
=to =me | weight=0.069
=like =me | weight=0.068
=higher | weight=0.068
=was =spoken | weight=0.068
=and =use | weight=0.067
=of =his | weight=0.067
=a =loan | weight=0.067
=sister | weight=0.067
=the =landlord | weight=0.067
=asked =to | weight=0.067
=to =talk | weight=0.067
=dad =and | weight=0.067
=got =was | weight=0.067
=for =ten | weight=0.066
=moved =my | weight=0.066
=walked =out | weight=0.066
=teller | weight=0.066
=my =son | weight=0.066
=haven't | weight=0.066, noneg
=leeds | weight=0.066
=spoken | weight=0.066
=argued | weight=0.066
=argued =with | weight=0.066
=the =gym | weight=0.066
=talk =over | weight=0.066
=wouldn't =give | weight=0.066, noneg
=slowly | weight=0.066
=someone =my | weight=0.065
=and =told | weight=0.065
=landlord | weight=0.065
=believe | weight=0.065
=disgusting | weight=0.065
