# website_issue, en: learned by scripts/learn.py from 2841 tuning texts (130 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ your site isnt mobile friendly at all
+ the app logs me out every five minutes
+ your website keeps crashing at checkout
- You've had my last penny.
- just want my £40 back tbh
=site | weight=0.487
=page | weight=0.350
=your =site | weight=0.298
=screen | weight=0.286
=app | weight=0.285
=there =no | weight=0.272, noneg
=no =cancelled | weight=0.260, noneg
=reset =link | weight=0.259
=crashing | weight=0.257
=your =website | weight=0.236
=doesn't =working | weight=0.216, noneg
=button | weight=0.210
=the =email | weight=0.204
=me =out | weight=0.202
=won't | weight=0.198, noneg
=website | weight=0.196
=the =site | weight=0.194
=i =trying | weight=0.194
=whenever =i | weight=0.190
=app =keeps | weight=0.188
=payment | weight=0.187
=basket | weight=0.185
=the =set | weight=0.182
=whenever | weight=0.180
=contact =us | weight=0.177
=the =reset | weight=0.175
=form | weight=0.174
=wipes | weight=0.174
=site =is | weight=0.173
=kicked | weight=0.173
=app =crashing | weight=0.173
=invalid | weight=0.172
=card =is | weight=0.172
=online | weight=0.171
=can't =tap | weight=0.169, noneg
=froze | weight=0.168
=halfway | weight=0.166
=halfway =through | weight=0.166
=error | weight=0.165
=booking =page | weight=0.164
=everywhere | weight=0.164
=time =out | weight=0.157
=app =just | weight=0.156
=the =basket | weight=0.153
=wont | weight=0.151, noneg
=freeze | weight=0.151
=keeps =get | weight=0.150
=page =is | weight=0.150
=goes | weight=0.149
=since =the | weight=0.148
=live =chat | weight=0.148
=reset | weight=0.147
=the =order | weight=0.146
=jumps | weight=0.144
=jumps =back | weight=0.144
=email =form | weight=0.143
=the =upload | weight=0.143
=trying | weight=0.142
=offline | weight=0.142
=step | weight=0.142
=everywhere =else | weight=0.141
=render | weight=0.141
=checkout | weight=0.140
=log =me | weight=0.140
=click | weight=0.139
=live | weight=0.138
=link | weight=0.138
=is =broken | weight=0.138
=blank | weight=0.137
=the =app | weight=0.133
=portal | weight=0.132
=app =won't | weight=0.131, noneg
=app =log | weight=0.130
=order =twice | weight=0.130
=submit | weight=0.130
=been =offline | weight=0.130
=use =live | weight=0.130
=payment =page | weight=0.128
=as =invalid | weight=0.128
=your =booking | weight=0.127
=web =form | weight=0.127
=i've =trying | weight=0.127
=process =the | weight=0.127
=upload | weight=0.127
=send =you | weight=0.125
=isnt | weight=0.125, noneg
=working =everywhere | weight=0.125
=form =doesn't | weight=0.125, noneg
=keeps | weight=0.124
=three =time | weight=0.124
=expired | weight=0.124
=form =wipes | weight=0.123
=wipes =everything | weight=0.123
=network =error | weight=0.122
=says =network | weight=0.122
=right =so | weight=0.121
=menus | weight=0.121
=unable | weight=0.120
=unable =to | weight=0.120
=to =open | weight=0.120
=the =online | weight=0.119
=goes =to | weight=0.118
=anywhere | weight=0.118
=ages =to | weight=0.118
=has =expired | weight=0.117
=i =typed | weight=0.117
=the =web | weight=0.117
=fault =on | weight=0.117
=i =picked | weight=0.116
=site =keeps | weight=0.116
=train =is | weight=0.115
=centre =send | weight=0.114
=wifi | weight=0.114
=meter =read | weight=0.113
=get =kicked | weight=0.113
=kicked =out | weight=0.113
=form =won't | weight=0.113, noneg
=won't =submit | weight=0.113, noneg
=you =straight | weight=0.112
=and =ur | weight=0.112
=menu =overlaps | weight=0.112
=overlaps | weight=0.112
=overlaps =the | weight=0.112
=browsers | weight=0.111
=web | weight=0.110
=rejected | weight=0.110
=product | weight=0.109
=log | weight=0.108
=offline =for | weight=0.107
=the =screen | weight=0.107
=something | weight=0.107
=open =and | weight=0.107
=a =grey | weight=0.106
=grey | weight=0.106
=grey =box | weight=0.106
=payment =step | weight=0.106
=keeps =crashing | weight=0.105
=booking =engineer | weight=0.105
=first =night | weight=0.105
=and =charge | weight=0.104
=automatic | weight=0.104
=bug =out | weight=0.102
=website =bug | weight=0.102
=anywhere =on | weight=0.102
=the =train | weight=0.102
=on =your | weight=0.102
=picker | weight=0.101
=running | weight=0.101
=just =showed | weight=0.101
=showed =a | weight=0.101
=the =menus | weight=0.100
=just =goes | weight=0.100
=straight =back | weight=0.100
=the =form | weight=0.099
=hang =on | weight=0.098
=itself | weight=0.097
=to =contact | weight=0.097
=spinning | weight=0.097
=as =i | weight=0.096
=cut =off | weight=0.095
=started =the | weight=0.095
=auto | weight=0.095
=back =where | weight=0.094
=your =app | weight=0.094
=half =the | weight=0.094
=picked | weight=0.094
=picked =a | weight=0.094
=you =can't | weight=0.093, noneg
=version | weight=0.093
=everything =i | weight=0.093
=chat =been | weight=0.093
=bar | weight=0.093
=app =claim | weight=0.092
=broken =on | weight=0.092
=out =every | weight=0.092
=no =sense | weight=0.091, noneg
=the =help | weight=0.091
=bug | weight=0.090
=still =running | weight=0.090
=night | weight=0.090
=ur | weight=0.089
=help =centre | weight=0.089
=phone =number | weight=0.089
=app =has | weight=0.088
=make =no | weight=0.088, noneg
=crashing =is | weight=0.088
=empty | weight=0.088
=train | weight=0.088
=function | weight=0.088
=a =blank | weight=0.087
=blank =page | weight=0.087
=taken | weight=0.087
=white | weight=0.087
=my =date | weight=0.086
=set | weight=0.086
=down | weight=0.086
=w | weight=0.086
=my =postcode | weight=0.085
=find =a | weight=0.085
=glitch =and | weight=0.085
=just =hang | weight=0.085
=and =your | weight=0.084
=app =the | weight=0.084
=to =reach | weight=0.084
=and =you | weight=0.084
=the =documents | weight=0.084
=just =says | weight=0.083
=your =new | weight=0.083
=chat =has | weight=0.083
=bank =since | weight=0.082
=sign-in | weight=0.082
=sign-in =page | weight=0.082
=hrs =and | weight=0.082
=does =not | weight=0.082, noneg
=i =press | weight=0.081
=password | weight=0.081
=whole =chat | weight=0.081
=my =phone | weight=0.080
=never =received | weight=0.080, noneg
=homepage | weight=0.080
=the =homepage | weight=0.080
=notes =that | weight=0.080
=the =checkout | weight=0.080
=email =me | weight=0.079
=chat =window | weight=0.079
=every =time | weight=0.079
=leads =to | weight=0.079
=session | weight=0.078
=calendar | weight=0.078
=to =submit | weight=0.078
=online =bank | weight=0.077
=the =website | weight=0.077
=date =picker | weight=0.077
=attempt | weight=0.076
=said =go | weight=0.076
=been =on | weight=0.076
=quote =form | weight=0.076
=unsubscribing =the | weight=0.076
=twice | weight=0.076
=my =card | weight=0.075
=off =the | weight=0.075
=please =notes | weight=0.075
=page =says | weight=0.075
=and =counting | weight=0.075
=counting | weight=0.075
=latest =update | weight=0.075
=mins =waiting | weight=0.075
=leads | weight=0.075
=chat =and | weight=0.074
=straight | weight=0.074
=screen =on | weight=0.074
=the =payment | weight=0.074
=the =quote | weight=0.073
=login =page | weight=0.073
=the =supplier | weight=0.073
=branch =told | weight=0.072
=booking | weight=0.072
=an =empty | weight=0.071
=unsubscribing | weight=0.071
=is =a | weight=0.071
=reach | weight=0.071
=latest | weight=0.071
=on =a | weight=0.071
=so =she | weight=0.071
=been =unable | weight=0.071
=me =twice | weight=0.071
=chat =instead | weight=0.071
=online =portal | weight=0.070
=where | weight=0.070
=goes =white | weight=0.070
=either | weight=0.070
=images | weight=0.070
=images =failed | weight=0.070
=product =images | weight=0.070
=render =and | weight=0.070
=to =render | weight=0.070
=produced | weight=0.069
=crashing =every | weight=0.069
=website =keeps | weight=0.069
=screen =just | weight=0.069
=the =platform | weight=0.068
=directed =me | weight=0.068
=balance =and | weight=0.068
=display | weight=0.068
=for =our | weight=0.068
=a =chatbot | weight=0.067
=chatbot =that | weight=0.067
=the =airline | weight=0.067
=simply | weight=0.067
=since =monday | weight=0.067
=closed =itself | weight=0.067
=spreadsheet | weight=0.066
=the =export | weight=0.066
=website =was | weight=0.066
=else | weight=0.066
=search | weight=0.066
=trying =three | weight=0.066
=the =late | weight=0.066
=because =the | weight=0.066
=our =weeks | weight=0.066
=are =cut | weight=0.065
=button =are | weight=0.065
=my =saved | weight=0.065
=hrs | weight=0.065
=map | weight=0.065
=platform | weight=0.065
=the =menu | weight=0.065
=i =click | weight=0.065
=can't =get | weight=0.065, noneg
=is =useless | weight=0.064
=every =days | weight=0.064
=export | weight=0.064
=checkout =page | weight=0.064
=network | weight=0.064
=am =and | weight=0.063
=attempt =end | weight=0.063
=each =attempt | weight=0.063
=session =has | weight=0.063
=as =soon | weight=0.063
=page =doesn't | weight=0.063, noneg
=still =wont | weight=0.063, noneg
=out =and | weight=0.063
=rejected =my | weight=0.063
=cart | weight=0.063
=cart =the | weight=0.063
=my =cart | weight=0.063
=sign =me | weight=0.063
=the =login | weight=0.063
=been =down | weight=0.062
=doesn't | weight=0.062, noneg
=entered =my | weight=0.061
=him =out | weight=0.061
=log =him | weight=0.061
=out =halfway | weight=0.061
=endless | weight=0.061
=hang | weight=0.061
=soon =as | weight=0.061
=single =time | weight=0.061
=a =page | weight=0.061
=sir =your | weight=0.060
=ring =because | weight=0.060
=unusable | weight=0.060
=end =with | weight=0.060
=password =reset | weight=0.060
=phone =the | weight=0.060
=site =it | weight=0.060
=report =that | weight=0.060
=is =valid | weight=0.059
=once =the | weight=0.059
=good =luck | weight=0.059
=i =supposed | weight=0.059
=me =my | weight=0.059
=occasions =and | weight=0.059
=number =anywhere | weight=0.059
=so =your | weight=0.059
=app =is | weight=0.059
=cancelled =the | weight=0.059
=in =since | weight=0.058
=cannot =be | weight=0.058, noneg
=glitch | weight=0.058
=soon | weight=0.058
=reloads | weight=0.058
=i =entered | weight=0.058
=luck | weight=0.058
=still =not | weight=0.058, noneg
=won't =load | weight=0.058, noneg
=crashing =at | weight=0.057
=the =session | weight=0.057
=deep | weight=0.057
=useless | weight=0.057
=website =process | weight=0.057
=window | weight=0.057
=round =and | weight=0.057
=card =details | weight=0.057
=the =date | weight=0.057
=three =occasions | weight=0.057
=have =trying | weight=0.056
=claim =the | weight=0.056
=entered | weight=0.056
=on =every | weight=0.056
=chat =agent | weight=0.055
=link =back | weight=0.055
=is =not | weight=0.055, noneg
=monday =morning | weight=0.054
=booking =system | weight=0.054
=online =booking | weight=0.054
=am =i | weight=0.054
=address =still | weight=0.053
=an =endless | weight=0.053
=make | weight=0.053
=and =round | weight=0.053
=time =i | weight=0.053
=wont =let | weight=0.053, noneg
=supplier | weight=0.053
=documents | weight=0.053
=the =calendar | weight=0.052
=paid =for | weight=0.052
=the =card | weight=0.052
=due | weight=0.051
=mobile | weight=0.051
