# discrimination, en: learned by scripts/learn.py from 2841 tuning texts (98 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ they refused to serve me because of my accent
+ the taxi drivers see my guide dog and drive off
+ a member of staff was openly racist to my husband
- You've had my last penny.
- just want my £40 back tbh
=english | weight=0.488
=disabled | weight=0.383
=deaf | weight=0.314
=because =i'm | weight=0.282
=mocking | weight=0.261
=too | weight=0.255
=white | weight=0.253
=the =clerk | weight=0.253
=racist | weight=0.246
=husband | weight=0.239
=people | weight=0.236
=table =because | weight=0.225
=clerk | weight=0.225
=a =woman | weight=0.222
=just =because | weight=0.205
=refused =a | weight=0.201
=immigrants | weight=0.200
=away =over | weight=0.200
=to =leave | weight=0.198
=tattoos | weight=0.194
=was =refused | weight=0.193
=wheelchair | weight=0.193
=dog | weight=0.193
=heard =my | weight=0.192
=sweetheart | weight=0.188
=accent | weight=0.186
=extra | weight=0.184
=properly | weight=0.184
=bouncer | weight=0.184
=staff =wouldn't | weight=0.183, noneg
=my =accent | weight=0.183
=it =too | weight=0.179
=served | weight=0.179
=dog =and | weight=0.176
=foreign | weight=0.176
=aren't | weight=0.175, noneg
=the =white | weight=0.175
=grounds =of | weight=0.174
=on =grounds | weight=0.174
=guard | weight=0.173
=the =staff | weight=0.172
=anyway | weight=0.171
=my =ages | weight=0.171
=nationality | weight=0.170
=told =my | weight=0.168
=head =to | weight=0.167
=pool | weight=0.166
=the =pool | weight=0.166
=excluded | weight=0.165
=couldn't =understand | weight=0.165, noneg
=there =no | weight=0.160, noneg
=blank =my | weight=0.159
=open =racist | weight=0.158
=step | weight=0.156
=cinema | weight=0.156
=taxi =driver | weight=0.151
=i =stammer | weight=0.150
=mocking =me | weight=0.150
=operator =kept | weight=0.150
=english =properly | weight=0.150
=pharmacist =talk | weight=0.150
=her =head | weight=0.148
=leave | weight=0.147
=ethnicity | weight=0.145
=on =ethnicity | weight=0.145
=prejudicial | weight=0.145
=prejudicial =treatment | weight=0.145
=treatment =based | weight=0.145
=i'm =the | weight=0.144
=outside | weight=0.144
=the =guard | weight=0.143
=speak =properly | weight=0.143
=treatment | weight=0.141
=yet =they | weight=0.136
=instead =of | weight=0.136
=wear | weight=0.135
=heard | weight=0.135
=extra =id | weight=0.133
=only =spoke | weight=0.133
=a =table | weight=0.132
=ages | weight=0.132
=i'm =deaf | weight=0.132
=followed | weight=0.131
=they =refused | weight=0.131
=refused | weight=0.130
=mocking =my | weight=0.129
=ur =staff | weight=0.129
=stammer | weight=0.128
=stammer =and | weight=0.128
=based =on | weight=0.128
=comment =about | weight=0.128
=autistic | weight=0.126
=made | weight=0.126
=black | weight=0.126
=based | weight=0.125
=wheelchair =user | weight=0.125
=staff =made | weight=0.124
=grounds | weight=0.124
=ignored =my | weight=0.123
=head | weight=0.123
=the =bouncer | weight=0.123
=made =a | weight=0.122
=for =him | weight=0.121
=her =ages | weight=0.120
=pretended | weight=0.119
=was =charge | weight=0.119
=bouncer =turned | weight=0.118
=speech | weight=0.118
=no =ramp | weight=0.116, noneg
=son =and | weight=0.116
=the =salesman | weight=0.115
=fun | weight=0.115
=fun =of | weight=0.115
=made =fun | weight=0.115
=always =nicked | weight=0.115
=nicked =stuff | weight=0.115
=sorted =always | weight=0.115
=over =their | weight=0.114
=people =away | weight=0.114
=their =tattoos | weight=0.114
=turned =people | weight=0.114
=of =her | weight=0.113
=asked =if | weight=0.113
=because =of | weight=0.113
=from =nigeria | weight=0.113
=nigeria | weight=0.113
=nicked | weight=0.113
=slow | weight=0.112
=your =sorted | weight=0.112
=properly =english | weight=0.112
=i =haven't | weight=0.111, noneg
=my =wheelchair | weight=0.111
=shop =has | weight=0.111
=centre | weight=0.111
=cust =states | weight=0.110
=haven't =got | weight=0.110, noneg
=older | weight=0.110
=my =brother | weight=0.110
=blank | weight=0.110
=application | weight=0.110
=was =full | weight=0.109
=has =no | weight=0.109, noneg
=is =from | weight=0.108
=clearly | weight=0.108
=comment | weight=0.108
=guard =followed | weight=0.107
=brother | weight=0.107
=followed =me | weight=0.107
=and =asked | weight=0.107
=like =a | weight=0.107
=for =someone | weight=0.106
=woman =i | weight=0.106
=the =aisles | weight=0.105
=user =and | weight=0.104
=table | weight=0.104
=speak =english | weight=0.104
=i'm =a | weight=0.104
=dog =in | weight=0.104
=complicated | weight=0.104
=complicated =for | weight=0.104
=too =complicated | weight=0.104
=gave =it | weight=0.103
=make =sense | weight=0.103
=sense | weight=0.103
=mobile =plan | weight=0.103
=in =and | weight=0.103
=id | weight=0.102
=one =of | weight=0.102
=able-bodied | weight=0.101
=is =autistic | weight=0.101
=spoke =to | weight=0.101
=to =served | weight=0.101
=me =and | weight=0.101
=store =policy | weight=0.101
=my =husband | weight=0.101
=a =mortgage | weight=0.100
=as =they | weight=0.100
=and =my | weight=0.100
=i =couldn't | weight=0.100, noneg
=said =your | weight=0.100
=driving | weight=0.100
=wouldn't | weight=0.099, noneg
=equality | weight=0.098
=the =equality | weight=0.098
=exit | weight=0.097
=call =centre | weight=0.096
=keeps =ring | weight=0.096
=over =my | weight=0.096
=they =keeps | weight=0.096
=access | weight=0.096
=talk | weight=0.095
=a =mobile | weight=0.095
=leeds | weight=0.095
=apparently =it | weight=0.095
=make =it | weight=0.094
=humiliated | weight=0.094
=served =me | weight=0.094
=help =people | weight=0.094
=not =her | weight=0.094, noneg
=always | weight=0.093
=smartphone | weight=0.093
=assumed =i | weight=0.093
=a =child | weight=0.093
=child | weight=0.093
=son =is | weight=0.092
=toward | weight=0.092
=a =wheelchair | weight=0.091
=accent =to | weight=0.091
=barista | weight=0.091
=coworker | weight=0.091
=his =coworker | weight=0.091
=mimicked | weight=0.091
=mimicked =my | weight=0.091
=mum =nigerian | weight=0.091
=nigerian | weight=0.091
=nigerian =accent | weight=0.091
=soon =as | weight=0.091
=dad =is | weight=0.091
=someone =younger | weight=0.091
=younger =to | weight=0.091
=my =wife | weight=0.091
=wife | weight=0.091
=and =drove | weight=0.090
=drove | weight=0.090
=drove =off | weight=0.090
=off =the | weight=0.090
=guide =dog | weight=0.089
=my =guide | weight=0.089
=spoke | weight=0.089
=woman | weight=0.089
=a =member | weight=0.089
=i'm =black | weight=0.088
=white =customer | weight=0.088
=leeds =store | weight=0.088
=your =leeds | weight=0.088
=soon | weight=0.088
=assistant =told | weight=0.088
=shop =assistant | weight=0.088
=to =running | weight=0.088
=kept =asked | weight=0.087
=reason | weight=0.087
=the =pharmacist | weight=0.086
=as =soon | weight=0.086
=guide | weight=0.085
=pharmacist | weight=0.084
=row | weight=0.084
=the =operator | weight=0.084
=english =or | weight=0.084
=she =didn't | weight=0.084, noneg
=us =away | weight=0.084
=your =shop | weight=0.083
=store =about | weight=0.083
=him =anyway | weight=0.083
=treated | weight=0.082
=younger | weight=0.082
=asked =my | weight=0.082
=boyfriend | weight=0.082
=boyfriend =the | weight=0.082
=clerk =kept | weight=0.082
=my =boyfriend | weight=0.082
=over =her | weight=0.082
=directed | weight=0.081
=came =in | weight=0.081
=crew | weight=0.081
=mum | weight=0.081
=and =human | weight=0.080
=commission | weight=0.080
=equality =and | weight=0.080
=human =right | weight=0.080
=right =commission | weight=0.080
=said =it | weight=0.080
=and =gave | weight=0.080
=of =me | weight=0.080
=club | weight=0.080
=club =was | weight=0.080
=my =white | weight=0.080
=the =club | weight=0.080
=treated =me | weight=0.080
=to =like | weight=0.080
=son | weight=0.079
=i've =report | weight=0.078
=because =foreign | weight=0.078
=foreign =leave | weight=0.078
=he =only | weight=0.078
=landlord =said | weight=0.078
=leave =mess | weight=0.078
=local =because | weight=0.078
=only =renting | weight=0.078
=renting =to | weight=0.078
=get =someone | weight=0.078
=counter =served | weight=0.078
=salesman | weight=0.078
=user | weight=0.078
=passport =is | weight=0.078
=running =a | weight=0.078
=advance | weight=0.077
=people =like | weight=0.076
=aisles | weight=0.076
=buying | weight=0.076
=and =served | weight=0.075
=me =around | weight=0.075
=lower | weight=0.075
=report =you | weight=0.075
=as =she | weight=0.075
=wouldn't =understand | weight=0.075, noneg
=sister | weight=0.074
=contract =and | weight=0.074
=ignored | weight=0.074
=bring | weight=0.074
=instructions =me | weight=0.074
=ur | weight=0.074
=the =ramp | weight=0.074
=who =was | weight=0.074
=believe =i | weight=0.074
=excluded =on | weight=0.074
=of =nationality | weight=0.074
=was =excluded | weight=0.074
=to =my | weight=0.074
=staff =at | weight=0.073
=because =we | weight=0.073
=who =could | weight=0.073
=children =like | weight=0.073
=eat | weight=0.073
=eat =in | weight=0.073
=him =should | weight=0.073
=like =him | weight=0.073
=should =eat | weight=0.073
=in =after | weight=0.073
=quote =i | weight=0.073
=the =taxi | weight=0.073
=white =lad | weight=0.073
=and =loudly | weight=0.072
=technical =for | weight=0.072
=too =technical | weight=0.072
=of =how | weight=0.072
=should =use | weight=0.072
=is =useless | weight=0.072
=return =online | weight=0.072
=staff =treated | weight=0.072
=disgusting | weight=0.072
=mate | weight=0.072
=spoken =to | weight=0.072
=from =a | weight=0.072
=the =quote | weight=0.071
=member =told | weight=0.071
=perfectly =calm | weight=0.071
=was =perfectly | weight=0.071
=us =and | weight=0.071
=online =account | weight=0.071
=she =told | weight=0.071
=mortgage | weight=0.070
=the =landlord | weight=0.070
=asked =to | weight=0.070
=rain | weight=0.070
=the =rain | weight=0.070
=around =the | weight=0.070
=that =and | weight=0.070
=walked =out | weight=0.069
=surname | weight=0.069
=were =ignored | weight=0.069
=was =spoken | weight=0.069
=someone =my | weight=0.069
=she =heard | weight=0.069
=of =his | weight=0.069
=kept =call | weight=0.069
=the =job | weight=0.069
=exactly =same | weight=0.069
=the =exactly | weight=0.069
=and =i'm | weight=0.068
=i =believe | weight=0.068
=yet | weight=0.068
=said =maybe | weight=0.068
=member | weight=0.068
=landlord | weight=0.068
=slowly =and | weight=0.067
=for =ten | weight=0.067
=mobile | weight=0.067
=couldn't =afford | weight=0.067, noneg
=and =put | weight=0.067
=spoken | weight=0.067
=something =in | weight=0.067
=too =old | weight=0.067
=moved =my | weight=0.067
=gran | weight=0.067
=my =gran | weight=0.067
=children | weight=0.067
=who =came | weight=0.066
=mechanic | weight=0.066
=the =mechanic | weight=0.066
=my =son | weight=0.066
=how =i | weight=0.066
=slowly | weight=0.066
=to =local | weight=0.066
=treated =my | weight=0.066
=bouncer =let | weight=0.066
=wouldn't =give | weight=0.065, noneg
=able-bodied =customer | weight=0.065
=kept =served | weight=0.065
=served =able-bodied | weight=0.065
=saw | weight=0.065
