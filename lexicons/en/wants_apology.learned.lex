# wants_apology, en: learned by scripts/learn.py from 3044 tuning texts (99 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Not once in three months has anyone from your company said sorry.
+ Cust called to cancel after being told by a store employee that she was 'too old to understand smartphones'. Cust requests a formal apology.
+ You have charged me an exit fee even though I cancelled within the cooling-off period. Your agent said there's nothing she can do as the fee is applied automatically under the terms. I expect the £180 refunded in full and an apology.
- ok
- You've had my last penny.
=apology | weight=0.631
=not =even | weight=0.461, noneg
=apologise | weight=0.396
=sorry | weight=0.368
=says =sorry | weight=0.344
=nobody =has | weight=0.339, noneg
=regret | weight=0.287
=mess | weight=0.280
=no =apology | weight=0.269, noneg
=a =sorry | weight=0.221
=express | weight=0.216
=he =never | weight=0.210, noneg
=not =one | weight=0.208, noneg
=an =apology | weight=0.206
=didnt =even | weight=0.203, noneg
=not =once | weight=0.202, noneg
=the =least | weight=0.200
=or =express | weight=0.199
=acknowledgement =the | weight=0.197
=apology =from | weight=0.196
=sorry =cost | weight=0.183
=the =manager | weight=0.180
=didnt | weight=0.178, noneg
=least | weight=0.178
=am =asked | weight=0.171
=letter =acknowledgement | weight=0.171
=nobody | weight=0.166, noneg
=them =to | weight=0.165
=sorry =for | weight=0.163
=any =of | weight=0.163
=of =this | weight=0.161
=to =apologise | weight=0.159
=from =anyone | weight=0.155
=said =sorry | weight=0.154
=acknowledgement | weight=0.147
=in =june | weight=0.145
=express =of | weight=0.139
=not =contain | weight=0.139, noneg
=of =regret | weight=0.139
=without =notice | weight=0.139, noneg
=express =regret | weight=0.136
=response =or | weight=0.136
=the =error | weight=0.136
=be =nice | weight=0.135
=didn't =says | weight=0.135, noneg
=manager =didn't | weight=0.135, noneg
=want =that | weight=0.133
=i'd =just | weight=0.132
=just =like | weight=0.132
=like =them | weight=0.132
=hard =to | weight=0.130
=they =got | weight=0.130
=it =really | weight=0.130
=back =nobody | weight=0.127, noneg
=nobody =would | weight=0.127, noneg
=were =sorry | weight=0.127
=calm =down | weight=0.126
=to =calm | weight=0.126
=says =they | weight=0.125
=be =direct | weight=0.123
=council =be | weight=0.123
=apology =is | weight=0.123
=cut =off | weight=0.122
=june | weight=0.117
=cheek | weight=0.116
=the =cheek | weight=0.116
=direct =to | weight=0.115
=me =an | weight=0.112
=apologise =to | weight=0.111
=waiting =for | weight=0.110
=my =booking | weight=0.109
=got =it | weight=0.108
=not =after | weight=0.108, noneg
=my =daughter | weight=0.108
=it =kill | weight=0.106
=kill | weight=0.106
=asked =that | weight=0.105
=apology =would | weight=0.104
=written =apology | weight=0.104
=for =her | weight=0.103
=would =it | weight=0.103
=accused | weight=0.102
=instead =of | weight=0.101
=daughter | weight=0.100
=from | weight=0.100
=guard | weight=0.100
=least =you | weight=0.099
=accused =my | weight=0.099
=daughter =of | weight=0.099
=remorse | weight=0.098
=remorse =zero | weight=0.098
=zero =remorse | weight=0.098
=someone =at | weight=0.098
=do =is | weight=0.097
=they =told | weight=0.095
=to =own | weight=0.095
=without =heating | weight=0.095, noneg
=sorry =from | weight=0.094
=it =wrong | weight=0.094
=your =company | weight=0.094
=cost | weight=0.094
=zero =account | weight=0.094
=no =one | weight=0.093, noneg
=cost =nothing | weight=0.093, noneg
=nothing =you | weight=0.093, noneg
=hard | weight=0.092
=cut | weight=0.091
=wrote =to | weight=0.091
=cost =u | weight=0.090
=u =nothing | weight=0.090, noneg
=you =could | weight=0.090
=call =no | weight=0.088, noneg
=maybe =just | weight=0.088
=someone =says | weight=0.088
=missing =delivery | weight=0.088
=from =the | weight=0.087
=own =up | weight=0.087
=back =no | weight=0.087, noneg
=no =phone | weight=0.086, noneg
=rang =back | weight=0.086
=i =want | weight=0.085
=without | weight=0.085, noneg
=up =and | weight=0.085
=you =to | weight=0.084
=no =showed | weight=0.084, noneg
=showed =no | weight=0.084, noneg
=the =waiter | weight=0.083
=apologise =in | weight=0.083
=want =you | weight=0.082
=minimum | weight=0.082
=company =to | weight=0.082
=installer =was | weight=0.081
=the =minimum | weight=0.081
=for =losing | weight=0.080
=expect | weight=0.080
=the =cashier | weight=0.080
=you =caused | weight=0.080
=a =simple | weight=0.080
=you =know | weight=0.079
=mix-up =with | weight=0.078
=losing | weight=0.078
=losing =my | weight=0.078
=apology =for | weight=0.077
=to =acknowledgement | weight=0.077
=expect =at | weight=0.076
=error | weight=0.076
=the =mess | weight=0.076
=call =back | weight=0.076
=the =smart | weight=0.075
=is =apologise | weight=0.075
=simple | weight=0.075
=appeared =at | weight=0.074
=appointment =window | weight=0.074
=engineer =finally | weight=0.074
=finally =appeared | weight=0.074
=store =has | weight=0.074
=least =a | weight=0.074
=of =expect | weight=0.074
=u | weight=0.073
=in =writing | weight=0.073
=waiter | weight=0.073
=loudly | weight=0.073
=maybe | weight=0.073
=comment | weight=0.072
=to =says | weight=0.072
=been =in | weight=0.072
=a =letter | weight=0.072
=not =want | weight=0.072, noneg
=boiler =service | weight=0.071
=days =of | weight=0.071
=smart | weight=0.071
=smart =meter | weight=0.071
=public | weight=0.071
=rolled =in | weight=0.070
=they =were | weight=0.070
=whole =days | weight=0.070
=i =simply | weight=0.070
=delivery =slot | weight=0.070
=fitter =was | weight=0.069
=would =go | weight=0.069
=company =said | weight=0.069
=a =written | weight=0.069
=wrote | weight=0.068
=order =and | weight=0.068
=was =cold | weight=0.068
=confused | weight=0.067
=had =the | weight=0.067
=over =my | weight=0.067
=mess =you | weight=0.067
=four =with | weight=0.066
=a =formal | weight=0.066
=agent =had | weight=0.066
=absolutely =fuming | weight=0.066
=fuming | weight=0.066
=order =was | weight=0.065
=does =not | weight=0.064, noneg
=pm | weight=0.064
=zero | weight=0.064
=calm | weight=0.064
=food =was | weight=0.063
=of =stealing | weight=0.063
=stealing | weight=0.063
=believe | weight=0.062
=i =rang | weight=0.062
=have =done | weight=0.062
=staff =could | weight=0.061
=heard =nothing | weight=0.061, noneg
=lower | weight=0.061
=half =four | weight=0.060
=until =september | weight=0.060
=september | weight=0.059
=my =wheelchair | weight=0.059
=a =long | weight=0.058
=we =want | weight=0.058
=any | weight=0.058
=dad =the | weight=0.058
=just =someone | weight=0.058
=june =and | weight=0.057
=apologise =for | weight=0.057
=your =reply | weight=0.057
=was =supposed | weight=0.057
=could =do | weight=0.057
=the =company | weight=0.057
=wrong =and | weight=0.057
=instead | weight=0.057
=of =shoplifting | weight=0.057
=shoplifting | weight=0.057
=shoplifting =in | weight=0.057
=a =coin | weight=0.056
=dropped =a | weight=0.056
=ruined | weight=0.056
=call =him | weight=0.056
=in =front | weight=0.056
=the =waiting | weight=0.056
=want =was | weight=0.055
=to =tell | weight=0.055
=is =it | weight=0.055
=i =call | weight=0.055
=him =to | weight=0.055
=not | weight=0.055, noneg
=an =unreserved | weight=0.055
=seeking =an | weight=0.055
=unreserved | weight=0.055
=unreserved =apology | weight=0.055
=at =half | weight=0.054
=my =elderly | weight=0.054
=mother | weight=0.054
=shrugged | weight=0.054
=kill =you | weight=0.054
=leave =us | weight=0.053
=us =without | weight=0.053, noneg
=publishing | weight=0.053
=booking =would | weight=0.053
=tuesday | weight=0.052
=front =of | weight=0.052
=your =complaint | weight=0.052
=my =teenage | weight=0.052
=teenage | weight=0.052
=teenage =son | weight=0.052
=my =kids | weight=0.052
=security =guard | weight=0.051
=kind =of | weight=0.051
=i =do | weight=0.051
=water | weight=0.050
=face | weight=0.050
=my =face | weight=0.050
=for =that | weight=0.050
=your =technician | weight=0.050
=wheelchair =and | weight=0.050
=coin | weight=0.049
=do =not | weight=0.049, noneg
=with =no | weight=0.049, noneg
=your =store | weight=0.049
=the =council | weight=0.049
=smartphone | weight=0.049
=help =my | weight=0.048
=tbh | weight=0.048
=and =laughed | weight=0.048
=elderly | weight=0.048
=the =operator | weight=0.048
=for =leave | weight=0.048
=to =come | weight=0.048
=mocking | weight=0.047
=was =wrong | weight=0.047
=like =an | weight=0.047
=store =manager | weight=0.047
=anyone | weight=0.047
=company | weight=0.047
=i =contact | weight=0.046
=my =mother | weight=0.046
=cust =request | weight=0.046
=mother =who | weight=0.046
=formal =apology | weight=0.045
=and =an | weight=0.044
=at =your | weight=0.044
=the =ramp | weight=0.044
=a =person | weight=0.044
=slot | weight=0.043
=and =apologise | weight=0.043
=shift | weight=0.043
=too =old | weight=0.043
=your =security | weight=0.043
=manager | weight=0.042
=appeared | weight=0.042
=and =basically | weight=0.042
=cake =order | weight=0.042
=error =and | weight=0.042
=is =unacceptable | weight=0.042
=just =think | weight=0.042
=wedding =cake | weight=0.041
=the =fitter | weight=0.041
=are =asked | weight=0.041
=ramp | weight=0.041
=apology =in | weight=0.041
=fella | weight=0.041
=contact =your | weight=0.040
=fitter | weight=0.040
=not =received | weight=0.039, noneg
=manager =blamed | weight=0.039
=a =first-year | weight=0.039
=first-year | weight=0.039
=first-year =student | weight=0.039
=my =key | weight=0.039
=that =all | weight=0.039
=complaint =in | weight=0.039
=we =expect | weight=0.039
=at =my | weight=0.039
=food | weight=0.038
=to =understand | weight=0.038
=from =your | weight=0.038
=complaint =team | weight=0.038
=cashier =at | weight=0.038
=annual | weight=0.038
=a =public | weight=0.037
=least =i | weight=0.037
=public =apology | weight=0.037
=he | weight=0.037
=should =have | weight=0.037
=owed =me | weight=0.037
=wedding | weight=0.037
=people =that | weight=0.036
=unacceptable | weight=0.036
=broadband =outage | weight=0.036
=just =an | weight=0.036
=agent =got | weight=0.036
=been =declined | weight=0.036
=heard | weight=0.036
=cust =call | weight=0.036
=a =store | weight=0.035
=sorry =about | weight=0.035
=know =why | weight=0.035
=and =did | weight=0.035
=security | weight=0.035
=and =hung | weight=0.035
=out =to | weight=0.035
=register | weight=0.035
=think =my | weight=0.035
=seeking | weight=0.035
=at =by | weight=0.035
=direct | weight=0.035
=blind =and | weight=0.034
=formal | weight=0.034
=installer | weight=0.034
=croydon | weight=0.034
=your =croydon | weight=0.034
=why =nobody | weight=0.034, noneg
=is =owed | weight=0.034
=be =told | weight=0.034
=holiday | weight=0.033
=mess =up | weight=0.033
=appointment | weight=0.033
=don't =want | weight=0.033, noneg
=that =she | weight=0.033
=key | weight=0.033
=re =ref | weight=0.033
=rolled | weight=0.033
=leave | weight=0.033
=review | weight=0.032
=dad | weight=0.032
=had =paid | weight=0.032
=five =hour | weight=0.032
=concern | weight=0.031
=slow | weight=0.031
=my =address | weight=0.031
=them | weight=0.031
=guard =accused | weight=0.031
=was =booking | weight=0.031
=receptionist | weight=0.031
=expect =a | weight=0.031
=she'd =paid | weight=0.030
