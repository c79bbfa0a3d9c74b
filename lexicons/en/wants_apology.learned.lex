# wants_apology, en: learned by scripts/learn.py from 2841 tuning texts (97 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Not once in three months has anyone from your company said sorry.
+ You have charged me an exit fee even though I cancelled within the cooling-off period. Your agent said there's nothing she can do as the fee is applied automatically under the terms. I expect the £180 refunded in full and an apology.
+ Not even a sorry from anyone
- You've had my last penny.
- just want my £40 back tbh
=apology | weight=0.621
=not =even | weight=0.461, noneg
=apologise | weight=0.384
=sorry | weight=0.364
=nobody =has | weight=0.340, noneg
=says =sorry | weight=0.332
=regret | weight=0.281
=mess | weight=0.274
=no =apology | weight=0.217, noneg
=not =one | weight=0.216, noneg
=express | weight=0.213
=he =never | weight=0.212, noneg
=a =sorry | weight=0.208
=an =apology | weight=0.206
=didnt =even | weight=0.205, noneg
=the =least | weight=0.199
=apology =from | weight=0.192
=or =express | weight=0.191
=not =once | weight=0.190, noneg
=acknowledgement =the | weight=0.190
=didnt | weight=0.187, noneg
=sorry =cost | weight=0.182
=least | weight=0.176
=to =apologise | weight=0.175
=sorry =for | weight=0.175
=the =manager | weight=0.172
=from =anyone | weight=0.171
=nobody | weight=0.169, noneg
=any =of | weight=0.165
=am =asked | weight=0.164
=letter =acknowledgement | weight=0.164
=them =to | weight=0.156
=of =this | weight=0.156
=said =sorry | weight=0.147
=acknowledgement | weight=0.146
=in =june | weight=0.144
=express =of | weight=0.142
=not =contain | weight=0.142, noneg
=of =regret | weight=0.142
=didn't =says | weight=0.135, noneg
=manager =didn't | weight=0.135, noneg
=without =notice | weight=0.135, noneg
=i'd =just | weight=0.133
=just =like | weight=0.133
=like =them | weight=0.133
=want =that | weight=0.133
=hard =to | weight=0.131
=express =regret | weight=0.131
=response =or | weight=0.131
=they =got | weight=0.129
=it =really | weight=0.129
=calm =down | weight=0.128
=to =calm | weight=0.128
=the =error | weight=0.127
=be =nice | weight=0.127
=be =directed | weight=0.123
=council =be | weight=0.123
=says =they | weight=0.120
=june | weight=0.119
=cut =off | weight=0.116
=me =an | weight=0.114
=directed =to | weight=0.114
=back =nobody | weight=0.110, noneg
=nobody =would | weight=0.110, noneg
=were =sorry | weight=0.110
=apology =is | weight=0.110
=no =one | weight=0.109, noneg
=my =booking | weight=0.108
=my =daughter | weight=0.108
=it =kill | weight=0.107
=kill | weight=0.107
=written =apology | weight=0.106
=accused | weight=0.106
=got =it | weight=0.106
=waiting =for | weight=0.104
=asked =that | weight=0.104
=would =it | weight=0.104
=least =you | weight=0.103
=guard | weight=0.101
=your =company | weight=0.101
=daughter | weight=0.100
=for =her | weight=0.100
=not =after | weight=0.099, noneg
=accused =my | weight=0.098
=daughter =of | weight=0.098
=call =no | weight=0.098, noneg
=apology =would | weight=0.097
=wrote =to | weight=0.097
=someone =at | weight=0.097
=apologise =to | weight=0.096
=from | weight=0.096
=remorse | weight=0.095
=remorse =zero | weight=0.095
=zero =remorse | weight=0.095
=cost =nothing | weight=0.095, noneg
=nothing =you | weight=0.095, noneg
=without =heating | weight=0.094, noneg
=hard | weight=0.094
=instead =of | weight=0.094
=no =phone | weight=0.093, noneg
=do =is | weight=0.093
=you =could | weight=0.092
=installer =was | weight=0.092
=rang =back | weight=0.092
=maybe =just | weight=0.090
=someone =says | weight=0.090
=zero =account | weight=0.089
=no =showed | weight=0.089, noneg
=showed =no | weight=0.089, noneg
=to =own | weight=0.088
=up =and | weight=0.088
=cost =u | weight=0.087
=u =nothing | weight=0.087, noneg
=confused | weight=0.086
=you =to | weight=0.085
=they =told | weight=0.085
=sorry =from | weight=0.084
=own =up | weight=0.084
=cost | weight=0.084
=the =waiter | weight=0.084
=apology =for | weight=0.083
=expect | weight=0.083
=appeared =at | weight=0.083
=appointment =window | weight=0.083
=engineer =finally | weight=0.083
=finally =appeared | weight=0.083
=it =wrong | weight=0.083
=cut | weight=0.083
=in =writing | weight=0.082
=the =smart | weight=0.081
=you =caused | weight=0.081
=without | weight=0.080, noneg
=want =you | weight=0.080
=to =acknowledgement | weight=0.080
=comment | weight=0.080
=whole =days | weight=0.079
=you =know | weight=0.079
=for =losing | weight=0.079
=the =mess | weight=0.079
=i =call | weight=0.079
=losing | weight=0.077
=losing =my | weight=0.077
=i =want | weight=0.077
=wrote | weight=0.077
=is =apologise | weight=0.077
=a =simple | weight=0.076
=waiter | weight=0.076
=maybe | weight=0.076
=error | weight=0.075
=apologise =in | weight=0.075
=company =to | weight=0.075
=four =with | weight=0.075
=ruined | weight=0.074
=they =were | weight=0.074
=not =want | weight=0.074, noneg
=days =of | weight=0.074
=smart | weight=0.074
=smart =meter | weight=0.074
=minimum | weight=0.073
=call =back | weight=0.073
=a =letter | weight=0.073
=expect =at | weight=0.072
=the =minimum | weight=0.072
=i =simply | weight=0.072
=from =the | weight=0.071
=to =says | weight=0.071
=i =rang | weight=0.071
=fitter =was | weight=0.071
=was =cold | weight=0.070
=simple | weight=0.070
=least =a | weight=0.069
=of =expect | weight=0.069
=food =was | weight=0.069
=rolled =in | weight=0.068
=the =cashier | weight=0.067
=over =my | weight=0.067
=half =four | weight=0.067
=june =and | weight=0.067
=was =supposed | weight=0.067
=pm | weight=0.067
=would =go | weight=0.067
=order =and | weight=0.066
=zero | weight=0.066
=mess =you | weight=0.066
=order =was | weight=0.066
=store =has | weight=0.066
=u | weight=0.066
=mix-up =with | weight=0.065
=company =said | weight=0.065
=public | weight=0.064
=a =written | weight=0.064
=of =stealing | weight=0.064
=stealing | weight=0.064
=call =him | weight=0.064
=a =formal | weight=0.064
=loudly | weight=0.063
=at =half | weight=0.062
=in =front | weight=0.062
=believe | weight=0.062
=dad =the | weight=0.061
=heard =nothing | weight=0.061, noneg
=of =shoplifting | weight=0.061
=shoplifting | weight=0.061
=shoplifting =in | weight=0.061
=have =done | weight=0.060
=calm | weight=0.060
=september | weight=0.059
=front =of | weight=0.059
=i =do | weight=0.059
=staff =could | weight=0.058
=the =waiting | weight=0.058
=does =not | weight=0.058, noneg
=security =guard | weight=0.056
=could =do | weight=0.056
=a =long | weight=0.055
=your =complaint | weight=0.055
=want =was | weight=0.055
=with =no | weight=0.055, noneg
=until =september | weight=0.053
=do =not | weight=0.053, noneg
=just =someone | weight=0.053
=kill =you | weight=0.053
=my =kids | weight=0.052
=a =coin | weight=0.052
=dropped =a | weight=0.052
=would =like | weight=0.052
=mother =who | weight=0.052
=my =elderly | weight=0.052
=the =operator | weight=0.051
=tuesday | weight=0.051
=kind =of | weight=0.051
=lower | weight=0.051
=fella | weight=0.051
=for =that | weight=0.051
=is =unacceptable | weight=0.050
=and =an | weight=0.050
=is =it | weight=0.050
=an =unreserved | weight=0.050
=seeking =an | weight=0.050
=unreserved | weight=0.050
=unreserved =apology | weight=0.050
=smartphone | weight=0.050
=wrong =and | weight=0.050
=my =key | weight=0.049
=leave =us | weight=0.049
=us =without | weight=0.049, noneg
=my =wheelchair | weight=0.049
=was =wrong | weight=0.049
=annual | weight=0.049
=your =reply | weight=0.049
=mocking | weight=0.048
=him =to | weight=0.048
=apologise =for | weight=0.048
=the =council | weight=0.048
=shrugged | weight=0.048
=to =come | weight=0.048
=a =first-year | weight=0.048
=first-year | weight=0.048
=first-year =student | weight=0.048
=booking =would | weight=0.048
=mother | weight=0.048
=my =teenage | weight=0.047
=teenage | weight=0.047
=teenage =son | weight=0.047
=face | weight=0.047
=my =face | weight=0.047
=instead | weight=0.047
=appeared | weight=0.047
=cust =request | weight=0.047
=the =company | weight=0.047
=help =my | weight=0.046
=company | weight=0.046
=we =want | weight=0.046
=we =expect | weight=0.046
=coin | weight=0.046
=your =store | weight=0.045
=water | weight=0.045
=unacceptable | weight=0.045
=store =manager | weight=0.045
=broadband =outage | weight=0.045
=and =laughed | weight=0.045
=out =to | weight=0.045
=for =leave | weight=0.044
=tbh | weight=0.044
=not | weight=0.044, noneg
=elderly | weight=0.043
=anyone | weight=0.043
=and =basically | weight=0.043
=wheelchair =and | weight=0.043
=food | weight=0.043
=i =contact | weight=0.043
=shift | weight=0.042
=like =an | weight=0.042
=your =security | weight=0.042
=from =your | weight=0.042
=publishing | weight=0.042
=your =technician | weight=0.042
=the =ramp | weight=0.042
=the =fitter | weight=0.042
=a =person | weight=0.041
=owed =me | weight=0.040
=ramp | weight=0.040
=contact =your | weight=0.040
=guard =accused | weight=0.040
=that =all | weight=0.039
=own | weight=0.039
=manager =blamed | weight=0.039
=at =my | weight=0.039
=just =an | weight=0.039
=she'd =paid | weight=0.039
=too =old | weight=0.039
=leave | weight=0.039
=my =mother | weight=0.038
=agent =got | weight=0.038
=key | weight=0.038
=don't =want | weight=0.038, noneg
=cake =order | weight=0.038
=complaint =team | weight=0.038
=any | weight=0.038
=sorry =about | weight=0.038
=mess =up | weight=0.038
=formal =apology | weight=0.037
=kids | weight=0.037
=and =hung | weight=0.037
=to =understand | weight=0.037
=think =my | weight=0.037
=seeking | weight=0.036
=just =think | weight=0.036
=he =dropped | weight=0.036
=son =because | weight=0.036
=appointment | weight=0.036
=fitter | weight=0.036
=at =your | weight=0.036
=is =owed | weight=0.036
=a =store | weight=0.035
=are =asked | weight=0.035
=security | weight=0.035
=wedding | weight=0.035
=blind =and | weight=0.035
=not =received | weight=0.035, noneg
=register | weight=0.035
=when =he | weight=0.035
=error =and | weight=0.035
=directed | weight=0.035
=and =apologise | weight=0.034
=re =ref | weight=0.034
=heard | weight=0.034
=installer | weight=0.034
=a =public | weight=0.034
=least =i | weight=0.034
=public =apology | weight=0.034
=five =hour | weight=0.034
=cust =call | weight=0.034
=concern | weight=0.034
=my =own | weight=0.033
=at =by | weight=0.033
=i =stammer | weight=0.033
=mocking =me | weight=0.033
=operator =kept | weight=0.033
=cashier =at | weight=0.033
=i =would | weight=0.032
=the =confused | weight=0.032
=expect =an | weight=0.032
=with =me | weight=0.032
=was =booking | weight=0.032
=them | weight=0.032
=booking | weight=0.032
=apology =in | weight=0.031
=people =that | weight=0.031
=rolled | weight=0.031
=know =why | weight=0.031
=the =broadband | weight=0.031
=review | weight=0.031
=front | weight=0.031
=for =how | weight=0.031
=been =declined | weight=0.031
=refund =at | weight=0.030
