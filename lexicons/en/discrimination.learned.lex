# discrimination, en: learned by scripts/learn.py from 3044 tuning texts (99 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ they refused to serve me because of my accent
+ the taxi drivers see my guide dog and drive off
+ a member of staff was openly racist to my husband
- ok
- You've had my last penny.
=english | weight=0.482
=disabled | weight=0.369
=deaf | weight=0.311
=because =i'm | weight=0.291
=mocking | weight=0.277
=white | weight=0.260
=the =clerk | weight=0.250
=racist | weight=0.245
=too | weight=0.244
=clerk | weight=0.232
=husband | weight=0.227
=table =because | weight=0.223
=people | weight=0.216
=a =woman | weight=0.209
=away =over | weight=0.203
=immigrants | weight=0.198
=tattoos | weight=0.197
=just =because | weight=0.197
=refused =a | weight=0.194
=heard =my | weight=0.191
=dog | weight=0.190
=wheelchair | weight=0.189
=was =refused | weight=0.187
=accent | weight=0.187
=served | weight=0.186
=the =white | weight=0.185
=sweetheart | weight=0.180
=aren't | weight=0.177, noneg
=bouncer | weight=0.176
=properly | weight=0.175
=extra | weight=0.175
=anyway | weight=0.174
=my =ages | weight=0.173
=grounds =of | weight=0.173
=on =grounds | weight=0.173
=staff =wouldn't | weight=0.173, noneg
=dog =and | weight=0.172
=head =to | weight=0.170
=nationality | weight=0.169
=guard | weight=0.167
=my =accent | weight=0.166
=excluded | weight=0.165
=to =leave | weight=0.165
=the =staff | weight=0.164
=there =no | weight=0.164, noneg
=foreign | weight=0.164
=open =racist | weight=0.162
=told =my | weight=0.161
=cinema | weight=0.159
=blank =my | weight=0.156
=her =head | weight=0.153
=the =guard | weight=0.152
=taxi =driver | weight=0.150
=pool | weight=0.150
=the =pool | weight=0.150
=step | weight=0.150
=i =stammer | weight=0.147
=mocking =me | weight=0.147
=operator =kept | weight=0.147
=couldn't =understand | weight=0.146, noneg
=it =too | weight=0.146
=english =properly | weight=0.144
=i'm =the | weight=0.143
=ethnicity | weight=0.143
=on =ethnicity | weight=0.143
=prejudicial | weight=0.143
=prejudicial =treatment | weight=0.143
=treatment =based | weight=0.143
=pharmacist =talk | weight=0.143
=instead =of | weight=0.142
=treatment | weight=0.141
=outside | weight=0.140
=black | weight=0.140
=yet =they | weight=0.139
=refused | weight=0.136
=leave =the | weight=0.135
=ignored =my | weight=0.133
=a =table | weight=0.132
=they =refused | weight=0.132
=leave | weight=0.131
=ages | weight=0.131
=heard | weight=0.130
=speak =properly | weight=0.129
=only =spoke | weight=0.129
=stammer | weight=0.128
=stammer =and | weight=0.128
=i'm =deaf | weight=0.127
=wheelchair =user | weight=0.127
=based =on | weight=0.127
=extra =id | weight=0.125
=mocking =my | weight=0.125
=ur =staff | weight=0.125
=staff =made | weight=0.125
=based | weight=0.123
=the =bouncer | weight=0.123
=head | weight=0.122
=speak =english | weight=0.122
=autistic | weight=0.121
=was =charge | weight=0.121
=the =salesman | weight=0.119
=for =him | weight=0.119
=bouncer =turned | weight=0.118
=grounds | weight=0.117
=slow | weight=0.117
=and =asked | weight=0.116
=my =wheelchair | weight=0.116
=nicked | weight=0.116
=wear | weight=0.116
=speech | weight=0.115
=older | weight=0.115
=pretended | weight=0.114
=always =nicked | weight=0.112
=nicked =stuff | weight=0.112
=sorted =always | weight=0.112
=no =ramp | weight=0.112, noneg
=i =haven't | weight=0.112, noneg
=my =brother | weight=0.112
=cust =states | weight=0.112
=properly =english | weight=0.111
=over =their | weight=0.111
=people =away | weight=0.111
=their =tattoos | weight=0.111
=turned =people | weight=0.111
=of =her | weight=0.111
=centre | weight=0.111
=her =ages | weight=0.111
=haven't =got | weight=0.110, noneg
=asked =if | weight=0.110
=i =couldn't | weight=0.109, noneg
=application | weight=0.109
=brother | weight=0.108
=from =nigeria | weight=0.108
=nigeria | weight=0.108
=shop =has | weight=0.108
=fun | weight=0.108
=fun =of | weight=0.108
=made =fun | weight=0.108
=wouldn't | weight=0.108, noneg
=was =full | weight=0.107
=is =from | weight=0.106
=user =and | weight=0.106
=clearly | weight=0.106
=and =my | weight=0.106
=your =sorted | weight=0.106
=able-bodied | weight=0.105
=complicated | weight=0.105
=complicated =for | weight=0.105
=too =complicated | weight=0.105
=is =autistic | weight=0.105
=son =and | weight=0.105
=table | weight=0.104
=one =of | weight=0.104
=for =someone | weight=0.104
=dog =in | weight=0.104
=me =and | weight=0.104
=the =aisles | weight=0.104
=keeps =ring | weight=0.103
=smartphone | weight=0.103
=like =a | weight=0.103
=equality | weight=0.103
=the =equality | weight=0.103
=followed | weight=0.103
=woman =i | weight=0.102
=mobile =plan | weight=0.102
=spoke =to | weight=0.102
=has =no | weight=0.102, noneg
=said =your | weight=0.101
=in =and | weight=0.101
=a =mortgage | weight=0.100
=call =centre | weight=0.100
=store =policy | weight=0.099
=i'm =black | weight=0.099
=id | weight=0.099
=a =child | weight=0.098
=child | weight=0.098
=help =people | weight=0.098
=not =her | weight=0.098, noneg
=they =keeps | weight=0.098
=i'm =a | weight=0.097
=blank | weight=0.097
=gave =it | weight=0.097
=make =sense | weight=0.097
=sense | weight=0.097
=made | weight=0.097
=a =mobile | weight=0.097
=son =is | weight=0.096
=driving | weight=0.096
=toward | weight=0.096
=to =served | weight=0.096
=aisles | weight=0.096
=as =they | weight=0.096
=apparently =it | weight=0.095
=it =make | weight=0.095
=white =customer | weight=0.095
=woman | weight=0.095
=said =it | weight=0.094
=a =comment | weight=0.094
=over =my | weight=0.094
=my =husband | weight=0.094
=spoke | weight=0.094
=dad =is | weight=0.093
=kept =asked | weight=0.093
=assumed =i | weight=0.093
=talk | weight=0.093
=the =ramp | weight=0.093
=humiliated | weight=0.092
=exit | weight=0.092
=someone =younger | weight=0.091
=younger =to | weight=0.091
=leeds =store | weight=0.091
=make =it | weight=0.091
=a =wheelchair | weight=0.091
=they =treated | weight=0.090
=a =member | weight=0.089
=us =away | weight=0.089
=assistant =told | weight=0.088
=shop =assistant | weight=0.088
=to =running | weight=0.088
=served =me | weight=0.088
=over =her | weight=0.088
=accent =to | weight=0.087
=barista | weight=0.087
=coworker | weight=0.087
=his =coworker | weight=0.087
=mimicked | weight=0.087
=mimicked =my | weight=0.087
=mum =nigerian | weight=0.087
=nigerian | weight=0.087
=nigerian =accent | weight=0.087
=always | weight=0.087
=guide =dog | weight=0.086
=my =guide | weight=0.086
=your =leeds | weight=0.086
=and =drove | weight=0.086
=drove | weight=0.086
=drove =off | weight=0.086
=the =pharmacist | weight=0.086
=reason | weight=0.084
=guide | weight=0.084
=she =didn't | weight=0.084, noneg
=comment =about | weight=0.084
=off =the | weight=0.084
=english =or | weight=0.083
=leeds | weight=0.083
=followed =me | weight=0.083
=soon =as | weight=0.083
=to =like | weight=0.083
=younger | weight=0.083
=pharmacist | weight=0.083
=user | weight=0.082
=him =anyway | weight=0.082
=running =a | weight=0.082
=access | weight=0.082
=white =lad | weight=0.082
=asked =my | weight=0.081
=boyfriend | weight=0.081
=boyfriend =the | weight=0.081
=clerk =kept | weight=0.081
=my =boyfriend | weight=0.081
=row | weight=0.081
=believe =i | weight=0.081
=excluded =on | weight=0.081
=of =nationality | weight=0.081
=was =excluded | weight=0.081
=and =human | weight=0.081
=commission | weight=0.081
=equality =and | weight=0.081
=human =right | weight=0.081
=right =commission | weight=0.081
=made =a | weight=0.080
=club | weight=0.080
=club =was | weight=0.080
=my =white | weight=0.080
=the =club | weight=0.080
=salesman | weight=0.080
=your =shop | weight=0.080
=of =me | weight=0.079
=son | weight=0.079
=direct | weight=0.079
=came =in | weight=0.079
=store =about | weight=0.078
=contract =and | weight=0.078
=soon | weight=0.078
=people =like | weight=0.077
=spoken =to | weight=0.077
=who =could | weight=0.077
=guard =followed | weight=0.076
=remarks | weight=0.076
=counter =served | weight=0.076
=get =someone | weight=0.076
=because =we | weight=0.076
=i've =reported | weight=0.075
=my =son | weight=0.075
=the =taxi | weight=0.075
=my =wife | weight=0.075
=wife | weight=0.075
=lower | weight=0.075
=that =and | weight=0.075
=as =soon | weight=0.074
=and =gave | weight=0.074
=mortgage | weight=0.074
=who =was | weight=0.074
=the =operator | weight=0.074
=the =job | weight=0.074
=i =believe | weight=0.074
=was =spoken | weight=0.074
=sister | weight=0.074
=reported =you | weight=0.074
=room | weight=0.073
=is =useless | weight=0.073
=me =around | weight=0.073
=member =told | weight=0.073
=perfectly =calm | weight=0.073
=was =perfectly | weight=0.073
=was =left | weight=0.073
=and =put | weight=0.073
=passport =is | weight=0.073
=ur | weight=0.073
=cashier =spoke | weight=0.073
=crew | weight=0.073
=buying | weight=0.073
=rain | weight=0.073
=the =rain | weight=0.073
=mum | weight=0.072
=because =foreign | weight=0.072
=foreign =leave | weight=0.072
=he =only | weight=0.072
=landlord =said | weight=0.072
=leave =mess | weight=0.072
=local =because | weight=0.072
=only =renting | weight=0.072
=renting =to | weight=0.072
=staff =treated | weight=0.072
=quote =i | weight=0.072
=she =said | weight=0.072
=spoken | weight=0.072
=staff =at | weight=0.071
=stuff | weight=0.071
=treated =me | weight=0.071
=from =a | weight=0.071
=technical =for | weight=0.071
=too =technical | weight=0.071
=the =quote | weight=0.071
=instructions =me | weight=0.071
=something =in | weight=0.070
=of =how | weight=0.070
=said =maybe | weight=0.070
=advance | weight=0.070
=around =the | weight=0.070
=for =ten | weight=0.070
=should =use | weight=0.070
=and =served | weight=0.069
=she =heard | weight=0.069
=and =loudly | weight=0.069
=because =of | weight=0.069
=as =she | weight=0.069
=surname | weight=0.069
=children =like | weight=0.069
=eat | weight=0.069
=eat =in | weight=0.069
=him =should | weight=0.069
=like =him | weight=0.069
=should =eat | weight=0.069
=return =online | weight=0.069
=haven't | weight=0.068, noneg
=my =mum | weight=0.068
=treated | weight=0.068
=exactly =same | weight=0.068
=the =exactly | weight=0.068
=us =and | weight=0.068
=yet | weight=0.068
=too =old | weight=0.068
=in =after | weight=0.068
=phone =is | weight=0.067
=able-bodied =customer | weight=0.067
=kept =served | weight=0.067
=served =able-bodied | weight=0.067
=ramp | weight=0.067
=talk =over | weight=0.067
=it =not | weight=0.067, noneg
=my =dad | weight=0.067
=mechanic | weight=0.066
=the =mechanic | weight=0.066
=treated =my | weight=0.066
=centre =the | weight=0.066
=couldn't =afford | weight=0.066, noneg
=comment | weight=0.066
=member | weight=0.066
=wouldn't =give | weight=0.066, noneg
=were =ignored | weight=0.066
=mate | weight=0.066
=online =account | weight=0.066
=bring | weight=0.066
=she =told | weight=0.066
=how =i | weight=0.065
=walked =out | weight=0.065
=moved =my | weight=0.065
=to =talk | weight=0.065
=like =me | weight=0.065
=look =for | weight=0.065
