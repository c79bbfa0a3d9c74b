# wants_apology, en: learned by scripts/learn.py from 3245 tuning texts (101 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Not once in three months has anyone from your company said sorry.
+ Cust called to cancel after being told by a store employee that she was 'too old to understand smartphones'. Cust requests a formal apology.
+ You have charged me an exit fee even though I cancelled within the cooling-off period. Your agent said there's nothing she can do as the fee is applied automatically under the terms. I expect the £180 refunded in full and an apology.
- ok
- You've had my last penny.
=apology | weight=0.620
=not =even | weight=0.412, noneg
=apologise | weight=0.395
=says =sorry | weight=0.362
=sorry | weight=0.352
=nobody =has | weight=0.336, noneg
=regret | weight=0.285
=mess | weight=0.284
=no =apology | weight=0.264, noneg
=nobody =apologise | weight=0.231, noneg
=not =one | weight=0.225, noneg
=express | weight=0.222
=a =sorry | weight=0.218
=an =apology | weight=0.216
=the =least | weight=0.206
=he =never | weight=0.204, noneg
=or =express | weight=0.201
=didnt =even | weight=0.201, noneg
=apology =from | weight=0.198
=not =once | weight=0.195, noneg
=acknowledgement =the | weight=0.194
=them =to | weight=0.187
=didnt | weight=0.183, noneg
=sorry =cost | weight=0.182
=from =anyone | weight=0.169
=of =this | weight=0.166
=the =manager | weight=0.165
=am =asked | weight=0.164
=letter =acknowledgement | weight=0.164
=acknowledgement | weight=0.159
=least | weight=0.156
=nobody | weight=0.156, noneg
=to =apologise | weight=0.152
=want =that | weight=0.150
=without =notice | weight=0.145, noneg
=like =them | weight=0.141
=in =june | weight=0.140
=they =got | weight=0.138
=didn't =says | weight=0.137, noneg
=manager =didn't | weight=0.137, noneg
=said =sorry | weight=0.137
=any =of | weight=0.137
=express =regret | weight=0.134
=response =or | weight=0.134
=express =of | weight=0.133
=not =contain | weight=0.133, noneg
=of =regret | weight=0.133
=be =nice | weight=0.130
=back =nobody | weight=0.129, noneg
=nobody =would | weight=0.129, noneg
=were =sorry | weight=0.129
=hard =to | weight=0.128
=cut =off | weight=0.127
=sorry =for | weight=0.127
=it =really | weight=0.127
=the =error | weight=0.126
=calm =down | weight=0.123
=to =calm | weight=0.123
=your =company | weight=0.120
=cheek | weight=0.120
=the =cheek | weight=0.120
=got =it | weight=0.119
=i'd =just | weight=0.119
=just =like | weight=0.119
=be =direct | weight=0.119
=council =be | weight=0.119
=my =booking | weight=0.118
=says =they | weight=0.117
=waiting =for | weight=0.116
=for =her | weight=0.115
=june | weight=0.115
=apology =is | weight=0.114
=apologise =to | weight=0.113
=direct =to | weight=0.112
=my =daughter | weight=0.111
=it =kill | weight=0.108
=kill | weight=0.108
=the =waiter | weight=0.108
=guard | weight=0.106
=asked =that | weight=0.105
=would =it | weight=0.105
=accused =my | weight=0.104
=daughter =of | weight=0.104
=from | weight=0.104
=daughter | weight=0.103
=written =apology | weight=0.103
=me =an | weight=0.100
=cut | weight=0.099
=it =wrong | weight=0.099
=least =you | weight=0.099
=accused | weight=0.099
=someone =at | weight=0.098
=not =after | weight=0.098, noneg
=cost =nothing | weight=0.097, noneg
=nothing =you | weight=0.097, noneg
=waiter | weight=0.097
=hard | weight=0.096
=from =the | weight=0.095
=instead =of | weight=0.095
=apology =would | weight=0.094
=remorse | weight=0.094
=remorse =zero | weight=0.094
=zero =remorse | weight=0.094
=rang =back | weight=0.093
=without =heating | weight=0.093, noneg
=they =told | weight=0.092
=do =is | weight=0.092
=cost | weight=0.092
=back =no | weight=0.092, noneg
=you =to | weight=0.091
=expect =at | weight=0.091
=sorry =from | weight=0.091
=call =back | weight=0.091
=you =could | weight=0.091
=was =cold | weight=0.091
=minimum | weight=0.090
=apologise =in | weight=0.090
=wrote =to | weight=0.090
=i =want | weight=0.090
=zero =account | weight=0.090
=to =own | weight=0.089
=call =no | weight=0.087, noneg
=want =you | weight=0.087
=apology =for | weight=0.087
=no =phone | weight=0.085, noneg
=cost =u | weight=0.085
=u =nothing | weight=0.085, noneg
=maybe =just | weight=0.085
=someone =says | weight=0.085
=expect | weight=0.085
=own =up | weight=0.085
=missing =delivery | weight=0.084
=without | weight=0.084, noneg
=no =showed | weight=0.083, noneg
=showed =no | weight=0.083, noneg
=the =mess | weight=0.083
=you =caused | weight=0.082
=a =simple | weight=0.082
=installer =was | weight=0.081
=comment | weight=0.081
=to =complaint | weight=0.080
=for =losing | weight=0.080
=loudly | weight=0.080
=in =writing | weight=0.080
=losing =my | weight=0.078
=would =go | weight=0.077
=to =acknowledgement | weight=0.077
=mix-up =with | weight=0.077
=company =to | weight=0.077
=the =smart | weight=0.076
=rolled =in | weight=0.076
=losing | weight=0.076
=fitter =was | weight=0.076
=maybe | weight=0.076
=simple | weight=0.075
=you =know | weight=0.075
=they =were | weight=0.075
=error | weight=0.075
=appeared =at | weight=0.074
=appointment =window | weight=0.074
=engineer =finally | weight=0.074
=finally =appeared | weight=0.074
=been =in | weight=0.073
=company =said | weight=0.073
=is =apologise | weight=0.072
=not =want | weight=0.072, noneg
=does =not | weight=0.072, noneg
=smart | weight=0.072
=smart =meter | weight=0.072
=boiler =service | weight=0.071
=the =minimum | weight=0.071
=whole =days | weight=0.071
=a =letter | weight=0.070
=i =simply | weight=0.070
=confused | weight=0.070
=a =written | weight=0.070
=the =cashier | weight=0.070
=ruined | weight=0.070
=least =a | weight=0.070
=of =expect | weight=0.070
=mess =you | weight=0.069
=agent =had | weight=0.069
=store =has | weight=0.068
=no =one | weight=0.068, noneg
=days =of | weight=0.067
=order =and | weight=0.067
=until =september | weight=0.066
=over =my | weight=0.066
=four =with | weight=0.066
=delivery =slot | weight=0.066
=u | weight=0.065
=wrote | weight=0.065
=had =the | weight=0.065
=of =shoplifting | weight=0.065
=shoplifting | weight=0.065
=shoplifting =in | weight=0.065
=have =done | weight=0.065
=a =long | weight=0.065
=public | weight=0.064
=staff =could | weight=0.064
=security =guard | weight=0.064
=believe | weight=0.064
=apologise =for | weight=0.063
=calm | weight=0.062
=in =front | weight=0.062
=september | weight=0.062
=absolutely =fuming | weight=0.062
=fuming | weight=0.062
=just =someone | weight=0.062
=could =do | weight=0.062
=half =four | weight=0.061
=zero | weight=0.061
=at =your | weight=0.061
=is =it | weight=0.059
=and =an | weight=0.059
=your =security | weight=0.059
=front =of | weight=0.059
=booking =would | weight=0.059
=the =waiting | weight=0.059
=leave =us | weight=0.059
=us =without | weight=0.059, noneg
=to =tell | weight=0.059
=was =supposed | weight=0.059
=a =formal | weight=0.058
=at =half | weight=0.058
=dad =the | weight=0.058
=my =elderly | weight=0.057
=want =was | weight=0.057
=june =and | weight=0.057
=the =council | weight=0.056
=and =laughed | weight=0.056
=publishing | weight=0.055
=the =company | weight=0.055
=of =stealing | weight=0.054
=stealing | weight=0.054
=the =operator | weight=0.054
=anyone | weight=0.054
=elderly | weight=0.054
=your =reply | weight=0.054
=instead | weight=0.054
=lower | weight=0.053
=from =your | weight=0.053
=order =was | weight=0.053
=to =says | weight=0.053
=food =was | weight=0.053
=for =leave | weight=0.053
=do =not | weight=0.053, noneg
=kill =you | weight=0.052
=my =wheelchair | weight=0.052
=i =contact | weight=0.052
=holiday | weight=0.051
=smartphone | weight=0.051
=like =an | weight=0.051
=heard =nothing | weight=0.051, noneg
=your =complaint | weight=0.050
=should =have | weight=0.050
=help =my | weight=0.050
=my =kids | weight=0.050
=cust =request | weight=0.050
=guard =accused | weight=0.050
=your =store | weight=0.050
=she'd =paid | weight=0.049
=water | weight=0.049
=a =coin | weight=0.049
=dropped =a | weight=0.049
=the =fitter | weight=0.049
=mother =who | weight=0.049
=your =technician | weight=0.049
=i =do | weight=0.049
=we =want | weight=0.049
=my =teenage | weight=0.049
=teenage | weight=0.049
=teenage =son | weight=0.049
=food | weight=0.048
=kind =of | weight=0.048
=call =him | weight=0.048
=mocking | weight=0.048
=for =that | weight=0.048
=fitter | weight=0.048
=contact =your | weight=0.047
=cake =order | weight=0.047
=and =apologise | weight=0.046
=mess =up | weight=0.046
=error =and | weight=0.046
=was =booking | weight=0.046
=wedding =cake | weight=0.046
=annual | weight=0.046
=an =unreserved | weight=0.045
=seeking =an | weight=0.045
=unreserved | weight=0.045
=unreserved =apology | weight=0.045
=to =come | weight=0.045
=face | weight=0.045
=my =face | weight=0.045
=rolled | weight=0.045
=shrugged | weight=0.044
=coin | weight=0.044
=leave | weight=0.044
=a =person | weight=0.044
=shift | weight=0.044
=wheelchair =and | weight=0.044
=formal =apology | weight=0.043
=fella | weight=0.043
=my =key | weight=0.043
=store =manager | weight=0.043
=not =received | weight=0.043, noneg
=tbh | weight=0.043
=booking =for | weight=0.043
=wedding | weight=0.043
=tuesday | weight=0.043
=appeared | weight=0.042
=at =my | weight=0.042
=complaint =team | weight=0.042
=to =understand | weight=0.042
=was =probably | weight=0.042
=and =basically | weight=0.042
=i =call | weight=0.042
=don't =want | weight=0.042, noneg
=broadband =outage | weight=0.041
=blamed =me | weight=0.041
=wrong =and | weight=0.041
=mother | weight=0.041
=a =first-year | weight=0.041
=first-year | weight=0.041
=first-year =student | weight=0.041
=we =expect | weight=0.040
=direct | weight=0.040
=manager =blamed | weight=0.040
=that =all | weight=0.040
=card =had | weight=0.040
=is =unacceptable | weight=0.040
=the =ramp | weight=0.040
=was =wrong | weight=0.040
=a =public | weight=0.040
=least =i | weight=0.040
=public =apology | weight=0.040
=complaint =in | weight=0.039
=not | weight=0.039, noneg
=a =store | weight=0.039
=cold | weight=0.039
=cust =call | weight=0.039
=apology =in | weight=0.039
=just =an | weight=0.039
=and =did | weight=0.038
=people =that | weight=0.038
=cashier =at | weight=0.037
=know =why | weight=0.037
=kids | weight=0.037
=dad | weight=0.037
=ramp | weight=0.037
=unacceptable | weight=0.036
=seeking | weight=0.036
=he =dropped | weight=0.036
=son =because | weight=0.036
=been =declined | weight=0.036
=my =address | weight=0.036
=outage =on | weight=0.036
=with =no | weight=0.036, noneg
=key | weight=0.036
=blamed =the | weight=0.036
=re =ref | weight=0.035
=are =asked | weight=0.035
=me =i | weight=0.035
=five =hour | weight=0.035
=out =to | weight=0.035
=of =everyone | weight=0.034
=owed =me | weight=0.034
=any | weight=0.034
=up =and | weight=0.034
=just =think | weight=0.034
=why =nobody | weight=0.034, noneg
=appointment | weight=0.034
=kitchen =and | weight=0.034
=who =is | weight=0.034
=at =by | weight=0.033
=think =my | weight=0.033
=want =an | weight=0.033
=is =owed | weight=0.032
=croydon | weight=0.032
=your =croydon | weight=0.032
=register | weight=0.032
=that =she | weight=0.032
=my =mother | weight=0.032
=money =and | weight=0.032
=agent =got | weight=0.031
=blind =and | weight=0.031
=because =he | weight=0.031
=i =stammer | weight=0.031
=mocking =me | weight=0.031
=operator =kept | weight=0.031
=refund =at | weight=0.031
=if =not | weight=0.031, noneg
=and =hung | weight=0.031
=our | weight=0.031
=manager | weight=0.031
=too =old | weight=0.030
=parcel =to | weight=0.030
=when =he | weight=0.030
=down | weight=0.030
