# wants_apology, en: learned by scripts/learn.py from 2531 tuning texts (89 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Not even a sorry from anyone
+ saying sorry costs u nothing
+ would it kill u to say sorry??
- You've had my last penny.
- just want my £40 back tbh
=apology | weight=0.606
=not =even | weight=0.461, noneg
=apologise | weight=0.401
=sorry | weight=0.359
=says =sorry | weight=0.357
=nobody =has | weight=0.343, noneg
=regret | weight=0.285
=mess | weight=0.279
=apology =from | weight=0.223
=no =apology | weight=0.220, noneg
=not =one | weight=0.220, noneg
=a =sorry | weight=0.217
=he =never | weight=0.216, noneg
=didnt =even | weight=0.208, noneg
=acknowledgement =the | weight=0.204
=the =least | weight=0.203
=express | weight=0.201
=or =express | weight=0.197
=sorry =cost | weight=0.192
=didnt | weight=0.191, noneg
=sorry =for | weight=0.189
=least | weight=0.186
=to =apologise | weight=0.176
=an =apology | weight=0.175
=from =anyone | weight=0.174
=the =manager | weight=0.174
=nobody | weight=0.170, noneg
=am =asked | weight=0.169
=letter =acknowledgement | weight=0.169
=them =to | weight=0.167
=apologise =to | weight=0.167
=any =of | weight=0.161
=of =this | weight=0.153
=acknowledgement | weight=0.151
=didn't =says | weight=0.148, noneg
=manager =didn't | weight=0.148, noneg
=in =june | weight=0.143
=express =of | weight=0.139
=not =contain | weight=0.139, noneg
=of =regret | weight=0.139
=want =that | weight=0.138
=i'd =just | weight=0.138
=just =like | weight=0.138
=like =them | weight=0.138
=without =notice | weight=0.138, noneg
=not =once | weight=0.136, noneg
=they =got | weight=0.133
=the =error | weight=0.133
=calm =down | weight=0.131
=to =calm | weight=0.131
=express =regret | weight=0.130
=response =or | weight=0.130
=hard =to | weight=0.130
=it =really | weight=0.127
=back =nobody | weight=0.125, noneg
=nobody =would | weight=0.125, noneg
=were =sorry | weight=0.125
=says =they | weight=0.124
=someone =at | weight=0.122
=june | weight=0.121
=apology =is | weight=0.121
=cut =off | weight=0.118
=be =directed | weight=0.117
=council =be | weight=0.117
=my =daughter | weight=0.117
=waiting =for | weight=0.115
=no =one | weight=0.114, noneg
=accused | weight=0.113
=guard | weight=0.108
=daughter | weight=0.108
=it =kill | weight=0.107
=kill | weight=0.107
=would =it | weight=0.107
=rang =back | weight=0.107
=got =it | weight=0.106
=directed =to | weight=0.106
=not =after | weight=0.104, noneg
=sorry =from | weight=0.104
=be =nice | weight=0.104
=accused =my | weight=0.102
=daughter =of | weight=0.102
=call =no | weight=0.102, noneg
=written =apology | weight=0.102
=my =booking | weight=0.102
=company =to | weight=0.100
=remorse | weight=0.100
=remorse =zero | weight=0.100
=zero =remorse | weight=0.100
=without =heating | weight=0.100, noneg
=no =phone | weight=0.099, noneg
=instead =of | weight=0.098
=least =you | weight=0.098
=cost =nothing | weight=0.097, noneg
=nothing =you | weight=0.097, noneg
=do =is | weight=0.097
=asked =that | weight=0.097
=you =to | weight=0.096
=to =own | weight=0.095
=cost =u | weight=0.095
=u =nothing | weight=0.095, noneg
=zero =account | weight=0.095
=said =sorry | weight=0.095
=me =an | weight=0.094
=no =showed | weight=0.094, noneg
=showed =no | weight=0.094, noneg
=hard | weight=0.092
=from | weight=0.092
=for =her | weight=0.091
=ruined | weight=0.091
=wrote =to | weight=0.090
=for =losing | weight=0.089
=expect | weight=0.089
=maybe =just | weight=0.087
=someone =says | weight=0.087
=minimum | weight=0.087
=you =know | weight=0.087
=without | weight=0.087, noneg
=losing | weight=0.086
=losing =my | weight=0.086
=the =waiter | weight=0.086
=own =up | weight=0.086
=apologise =in | weight=0.086
=you =could | weight=0.086
=a =simple | weight=0.085
=cost | weight=0.085
=from =the | weight=0.084
=you =caused | weight=0.084
=appeared =at | weight=0.084
=appointment =window | weight=0.084
=engineer =finally | weight=0.084
=finally =appeared | weight=0.084
=i =want | weight=0.083
=the =waiting | weight=0.081
=expect =at | weight=0.081
=error | weight=0.081
=they =were | weight=0.081
=it =wrong | weight=0.081
=would =go | weight=0.081
=whole =days | weight=0.080
=up =and | weight=0.080
=to =acknowledgement | weight=0.080
=smart | weight=0.079
=smart =meter | weight=0.079
=the =smart | weight=0.079
=they =told | weight=0.079
=days =of | weight=0.077
=want =you | weight=0.077
=cut | weight=0.077
=simple | weight=0.077
=comment | weight=0.076
=the =minimum | weight=0.076
=apologise =for | weight=0.076
=the =mess | weight=0.075
=waiter | weight=0.075
=mix-up =with | weight=0.075
=the =council | weight=0.075
=i =call | weight=0.075
=is =apologise | weight=0.074
=four =with | weight=0.073
=store =has | weight=0.073
=confused | weight=0.072
=public | weight=0.071
=a =long | weight=0.071
=that =all | weight=0.070
=was =supposed | weight=0.070
=least =a | weight=0.070
=of =expect | weight=0.070
=i =simply | weight=0.070
=not =want | weight=0.070, noneg
=call =him | weight=0.070
=wrote | weight=0.069
=any | weight=0.069
=order =was | weight=0.069
=mess =you | weight=0.069
=maybe | weight=0.068
=call =back | weight=0.068
=just =an | weight=0.067
=of =shoplifting | weight=0.067
=shoplifting | weight=0.067
=shoplifting =in | weight=0.067
=store =manager | weight=0.067
=half =four | weight=0.067
=rolled =in | weight=0.067
=in =writing | weight=0.067
=was =cold | weight=0.067
=food =was | weight=0.066
=him =to | weight=0.066
=apology =for | weight=0.066
=june =and | weight=0.065
=u | weight=0.065
=calm | weight=0.065
=dad =the | weight=0.065
=fitter =was | weight=0.064
=pm | weight=0.064
=september | weight=0.064
=at =half | weight=0.064
=have =done | weight=0.064
=of =stealing | weight=0.063
=stealing | weight=0.063
=order =and | weight=0.063
=a =letter | weight=0.063
=a =coin | weight=0.063
=dropped =a | weight=0.063
=over =my | weight=0.062
=staff =could | weight=0.061
=until =september | weight=0.061
=a =written | weight=0.061
=mocking | weight=0.061
=zero | weight=0.059
=to =says | weight=0.059
=security =guard | weight=0.059
=and =apologise | weight=0.059
=council | weight=0.058
=does =not | weight=0.058, noneg
=the =company | weight=0.058
=your =store | weight=0.058
=kill =you | weight=0.057
=believe | weight=0.057
=not | weight=0.057, noneg
=just =someone | weight=0.057
=your =company | weight=0.056
=your =complaint | weight=0.055
=want =was | weight=0.055
=mother | weight=0.054
=a =formal | weight=0.054
=is =it | weight=0.054
=heard =nothing | weight=0.053, noneg
=is =unacceptable | weight=0.053
=with =no | weight=0.053, noneg
=my =kids | weight=0.052
=i =do | weight=0.052
=coin | weight=0.052
=help =my | weight=0.052
=to =come | weight=0.052
=elderly | weight=0.052
=my =elderly | weight=0.052
=your =reply | weight=0.052
=water | weight=0.051
=i =rang | weight=0.051
=leave =us | weight=0.051
=us =without | weight=0.051, noneg
=instead | weight=0.051
=an =unreserved | weight=0.051
=seeking =an | weight=0.051
=unreserved | weight=0.051
=unreserved =apology | weight=0.051
=do =not | weight=0.050, noneg
=in =front | weight=0.049
=could =do | weight=0.049
=the =cashier | weight=0.049
=expect =an | weight=0.049
=for =that | weight=0.049
=kind =of | weight=0.049
=we =want | weight=0.048
=the =operator | weight=0.048
=are =asked | weight=0.048
=mother =who | weight=0.048
=wrong =and | weight=0.048
=shrugged | weight=0.047
=your =technician | weight=0.047
=lower | weight=0.047
=booking =would | weight=0.047
=i =contact | weight=0.047
=front =of | weight=0.046
=a =person | weight=0.046
=was =wrong | weight=0.045
=my =wheelchair | weight=0.045
=the =fitter | weight=0.045
=owed =me | weight=0.045
=unacceptable | weight=0.045
=installer | weight=0.045
=appointment | weight=0.045
=for =leave | weight=0.044
=we =expect | weight=0.044
=loudly | weight=0.044
=publishing | weight=0.044
=just =think | weight=0.044
=security | weight=0.044
=appeared | weight=0.043
=your =security | weight=0.043
=annual | weight=0.043
=and =basically | weight=0.042
=shift | weight=0.042
=he =dropped | weight=0.042
=son =because | weight=0.042
=fitter | weight=0.042
=holiday | weight=0.041
=error =and | weight=0.041
=face | weight=0.041
=my =face | weight=0.041
=contact =your | weight=0.041
=five =hour | weight=0.041
=my =key | weight=0.040
=don't =want | weight=0.040, noneg
=a =first-year | weight=0.040
=first-year | weight=0.040
=first-year =student | weight=0.040
=a =public | weight=0.039
=least =i | weight=0.039
=public =apology | weight=0.039
=sorry =about | weight=0.039
=kids | weight=0.039
=re | weight=0.039
=re =ref | weight=0.039
=complaint =team | weight=0.039
=my =mother | weight=0.039
=class | weight=0.039
=the =class | weight=0.039
=think =my | weight=0.038
=agent =got | weight=0.038
=the =ramp | weight=0.038
=wheelchair =and | weight=0.038
=cake =order | weight=0.037
=my =teenage | weight=0.037
=teenage | weight=0.037
=teenage =son | weight=0.037
=not =received | weight=0.037, noneg
=receptionist | weight=0.037
=register | weight=0.036
=is =owed | weight=0.036
=something =you | weight=0.036
=ramp | weight=0.036
=manager =blamed | weight=0.036
=and =hung | weight=0.035
=appreciated =an | weight=0.035
=seeking | weight=0.035
=about =that | weight=0.035
=manager | weight=0.035
=concern | weight=0.034
=guard =accused | weight=0.034
=and =when | weight=0.034
=review | weight=0.034
=supposed =to | weight=0.034
=anyone | weight=0.034
=she'd =paid | weight=0.034
=was =booking | weight=0.034
=food | weight=0.033
=leave | weight=0.033
=here | weight=0.033
=booking | weight=0.033
=wedding | weight=0.033
=mocking =my | weight=0.033
=i =stammer | weight=0.032
=mocking =me | weight=0.032
=operator =kept | weight=0.032
=he | weight=0.032
=my =passport | weight=0.032
=and =an | weight=0.032
=blind =and | weight=0.032
=expect =a | weight=0.031
=at =my | weight=0.031
=when =he | weight=0.031
=mess =up | weight=0.031
=and =did | weight=0.031
=because =he | weight=0.031
=for =how | weight=0.030
=if =that | weight=0.030
=them | weight=0.030
=heard | weight=0.030
=complaint =in | weight=0.030
=and =says | weight=0.030
=meter | weight=0.030
