# website_issue, en: learned by scripts/learn.py from 2531 tuning texts (116 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ your site isnt mobile friendly at all
+ the app logs me out every five minutes
+ your website keeps crashing at checkout
- You've had my last penny.
- just want my £40 back tbh
=site | weight=0.482
=page | weight=0.352
=your =site | weight=0.314
=app | weight=0.302
=there =no | weight=0.286, noneg
=your =website | weight=0.277
=screen | weight=0.269
=no =cancelled | weight=0.268, noneg
=reset =link | weight=0.256
=form | weight=0.216
=website | weight=0.210
=whenever =i | weight=0.206
=the =site | weight=0.205
=won't | weight=0.205, noneg
=i =trying | weight=0.202
=crashing | weight=0.200
=payment | weight=0.199
=me =out | weight=0.199
=button | weight=0.196
=app =keeps | weight=0.195
=doesn't =working | weight=0.193, noneg
=kicked | weight=0.193
=whenever | weight=0.193
=froze | weight=0.192
=basket | weight=0.188
=booking =page | weight=0.187
=wipes | weight=0.184
=contact =us | weight=0.182
=the =set | weight=0.182
=site =is | weight=0.180
=since =the | weight=0.174
=card =is | weight=0.171
=can't =tap | weight=0.167, noneg
=everywhere | weight=0.166
=app =crashing | weight=0.161
=the =email | weight=0.160
=click | weight=0.160
=invalid | weight=0.159
=halfway | weight=0.159
=halfway =through | weight=0.159
=trying | weight=0.158
=goes | weight=0.156
=checkout | weight=0.156
=keeps =get | weight=0.154
=the =order | weight=0.151
=three =time | weight=0.151
=the =basket | weight=0.151
=the =upload | weight=0.150
=time =out | weight=0.149
=live =chat | weight=0.148
=offline | weight=0.148
=freeze | weight=0.147
=reset | weight=0.147
=your =booking | weight=0.146
=the =reset | weight=0.146
=email =form | weight=0.145
=on =your | weight=0.143
=app =won't | weight=0.143, noneg
=live | weight=0.143
=jumps | weight=0.142
=jumps =back | weight=0.142
=step | weight=0.140
=anywhere | weight=0.139
=rejected | weight=0.139
=link | weight=0.139
=everywhere =else | weight=0.139
=form =wipes | weight=0.138
=wipes =everything | weight=0.138
=portal | weight=0.137
=upload | weight=0.136
=app =log | weight=0.136
=render | weight=0.135
=site =keeps | weight=0.134
=log =me | weight=0.133
=send =you | weight=0.132
=automatic | weight=0.132
=blank | weight=0.131
=isnt | weight=0.128, noneg
=train =is | weight=0.128
=web =form | weight=0.126
=i've =trying | weight=0.126
=network =error | weight=0.126
=says =network | weight=0.126
=to =open | weight=0.126
=keeps | weight=0.126
=order =twice | weight=0.125
=app =just | weight=0.125
=goes =to | weight=0.124
=been =offline | weight=0.124
=use =live | weight=0.124
=online | weight=0.123
=centre =send | weight=0.123
=error | weight=0.122
=process =the | weight=0.122
=ages =to | weight=0.122
=the =web | weight=0.121
=product | weight=0.121
=menu =overlaps | weight=0.119
=overlaps | weight=0.119
=overlaps =the | weight=0.119
=get =kicked | weight=0.119
=kicked =out | weight=0.119
=offline =for | weight=0.119
=log | weight=0.119
=open =and | weight=0.119
=you =straight | weight=0.118
=menus | weight=0.117
=web | weight=0.113
=itself | weight=0.113
=fault =on | weight=0.112
=working =everywhere | weight=0.111
=i =picked | weight=0.108
=the =train | weight=0.107
=form =won't | weight=0.107, noneg
=won't =submit | weight=0.107, noneg
=as =invalid | weight=0.106
=everything =i | weight=0.106
=just =says | weight=0.106
=attempt | weight=0.106
=running | weight=0.106
=your =app | weight=0.106
=something | weight=0.105
=booking =engineer | weight=0.105
=first =night | weight=0.105
=browsers | weight=0.104
=the =screen | weight=0.104
=does =not | weight=0.104, noneg
=just =goes | weight=0.103
=anywhere =on | weight=0.103
=keeps =crashing | weight=0.103
=spinning | weight=0.103
=app =claim | weight=0.102
=picker | weight=0.102
=the =online | weight=0.102
=my =phone | weight=0.102
=and =charge | weight=0.101
=the =form | weight=0.101
=bug =out | weight=0.101
=website =bug | weight=0.101
=a =grey | weight=0.101
=grey | weight=0.101
=grey =box | weight=0.101
=payment =step | weight=0.101
=the =menus | weight=0.099
=straight =back | weight=0.099
=still =running | weight=0.099
=function | weight=0.098
=the =payment | weight=0.098
=form =doesn't | weight=0.097, noneg
=picked =a | weight=0.097
=set | weight=0.096
=hang =on | weight=0.096
=auto | weight=0.096
=cut =off | weight=0.096
=glitch =and | weight=0.095
=phone =number | weight=0.095
=to =contact | weight=0.094
=half =the | weight=0.094
=password | weight=0.094
=bar | weight=0.094
=chat =been | weight=0.093
=calendar | weight=0.093
=bank =since | weight=0.093
=sign-in | weight=0.093
=sign-in =page | weight=0.093
=picked | weight=0.092
=leads =to | weight=0.092
=booking | weight=0.092
=unsubscribing =the | weight=0.092
=i =click | weight=0.092
=my =card | weight=0.091
=so =she | weight=0.091
=no =sense | weight=0.090, noneg
=night | weight=0.090
=crashing =every | weight=0.090
=version | weight=0.089
=broken =on | weight=0.088
=the =documents | weight=0.088
=the =login | weight=0.088
=train | weight=0.088
=help =centre | weight=0.087
=leads | weight=0.087
=the =help | weight=0.087
=twice | weight=0.087
=make =no | weight=0.087, noneg
=i =press | weight=0.087
=you =can't | weight=0.086, noneg
=unsubscribing | weight=0.086
=empty | weight=0.086
=chat =has | weight=0.086
=never =received | weight=0.085, noneg
=expired | weight=0.085
=bug | weight=0.085
=screen =on | weight=0.085
=online =portal | weight=0.083
=homepage | weight=0.083
=the =homepage | weight=0.083
=email =me | weight=0.083
=online =bank | weight=0.083
=a =blank | weight=0.082
=blank =page | weight=0.082
=been =unable | weight=0.082
=to =reach | weight=0.082
=screen =just | weight=0.082
=network | weight=0.081
=find =a | weight=0.081
=rejected =my | weight=0.081
=just =hang | weight=0.080
=out =every | weight=0.080
=search | weight=0.080
=quote =form | weight=0.080
=login =page | weight=0.079
=the =app | weight=0.079
=page =doesn't | weight=0.079, noneg
=my =date | weight=0.079
=session | weight=0.079
=crashing =at | weight=0.079
=me =my | weight=0.078
=said =go | weight=0.078
=page =says | weight=0.078
=website =was | weight=0.078
=date =picker | weight=0.077
=just =showed | weight=0.077
=showed =a | weight=0.077
=the =checkout | weight=0.077
=every =time | weight=0.077
=the =quote | weight=0.076
=and =you | weight=0.076
=the =supplier | weight=0.076
=off =the | weight=0.075
=goes =white | weight=0.075
=please =notes | weight=0.074
=is =broken | weight=0.074
=a =page | weight=0.074
=on =a | weight=0.074
=attempt =end | weight=0.072
=each =attempt | weight=0.072
=end =with | weight=0.072
=has =expired | weight=0.072
=session =has | weight=0.072
=closed =itself | weight=0.072
=reach | weight=0.072
=my =postcode | weight=0.071
=the =late | weight=0.071
=useless | weight=0.071
=an =empty | weight=0.071
=reloads | weight=0.070
=every =days | weight=0.070
=submit | weight=0.070
=are =cut | weight=0.070
=button =are | weight=0.070
=cannot | weight=0.070, noneg
=is =not | weight=0.070, noneg
=in =since | weight=0.070
=the =website | weight=0.070
=the =calendar | weight=0.069
=produced | weight=0.069
=the =menu | weight=0.069
=at =checkout | weight=0.069
=for =our | weight=0.068
=straight | weight=0.068
=balance =and | weight=0.068
=still =not | weight=0.068, noneg
=display | weight=0.068
=cannot =be | weight=0.068, noneg
=spreadsheet | weight=0.067
=the =export | weight=0.067
=the =platform | weight=0.067
=latest | weight=0.067
=latest =update | weight=0.067
=since =monday | weight=0.067
=because =the | weight=0.067
=can't =get | weight=0.066, noneg
=cart | weight=0.065
=cart =the | weight=0.065
=my =cart | weight=0.065
=sign =me | weight=0.065
=our =week | weight=0.065
=platform | weight=0.065
=export | weight=0.065
=time =i | weight=0.065
=images | weight=0.065
=images =failed | weight=0.065
=product =images | weight=0.065
=render =and | weight=0.065
=to =render | weight=0.065
=reach =you | weight=0.065
=good =luck | weight=0.064
=trying =three | weight=0.064
=out =and | weight=0.064
=me =twice | weight=0.063
=hang | weight=0.063
=cancelled =the | weight=0.063
=website =keeps | weight=0.063
=to =a | weight=0.063
=your =new | weight=0.063
=is =useless | weight=0.063
=checkout =page | weight=0.063
=the =session | weight=0.062
=luck | weight=0.062
=sir =your | weight=0.062
=chat =instead | weight=0.062
=single =time | weight=0.062
=my =saved | weight=0.061
=endless | weight=0.061
=reported =that | weight=0.061
=phone =the | weight=0.061
=unusable | weight=0.061
=booking =system | weight=0.060
=online =booking | weight=0.060
=him =out | weight=0.060
=log =him | weight=0.060
=out =halfway | weight=0.060
=glitch | weight=0.060
=monday =morning | weight=0.060
=once =the | weight=0.060
=entered =my | weight=0.060
=due | weight=0.059
=paid =for | weight=0.059
=chat =agent | weight=0.059
=site =it | weight=0.059
=supplier | weight=0.059
=password =reset | weight=0.059
=documents | weight=0.059
=is =invalid | weight=0.059
=click =submit | weight=0.058
=complaint =form | weight=0.058
=a =chatbot | weight=0.058
=chatbot =that | weight=0.058
=on =every | weight=0.058
=the =date | weight=0.058
=out | weight=0.057
=one =of | weight=0.057
=simply | weight=0.057
=i =entered | weight=0.057
=directed =me | weight=0.057
=automatic =reply | weight=0.057
=your =automatic | weight=0.057
=i =typed | weight=0.057
=card =details | weight=0.056
=occasions =and | weight=0.056
=won't =load | weight=0.056, noneg
=entered | weight=0.056
=and =round | weight=0.055
=round =and | weight=0.055
=deep | weight=0.055
=email =leads | weight=0.055
=link =in | weight=0.055
=no =results | weight=0.055, noneg
=is =because | weight=0.055
=too =old | weight=0.055
=bus | weight=0.054
=address =still | weight=0.054
=claim =the | weight=0.054
=i =open | weight=0.054
=wish =to | weight=0.053
=is =valid | weight=0.053
=to =pay | weight=0.053
=login | weight=0.053
=white | weight=0.052
=three =occasions | weight=0.052
=he =can't | weight=0.052, noneg
=centre =which | weight=0.051
=number =anywhere | weight=0.051
=open =my | weight=0.050
=five | weight=0.050
=unable | weight=0.050
=unable =to | weight=0.050
=line =kept | weight=0.050
=is =unusable | weight=0.050
=unusable =on | weight=0.050
=and =your | weight=0.049
=round =in | weight=0.049
=website =process | weight=0.049
=doesn't | weight=0.049, noneg
=i =won't | weight=0.049, noneg
=link =back | weight=0.048
=an =endless | weight=0.048
=quote | weight=0.048
=my =password | weight=0.048
=sighted =and | weight=0.048
=minutes =and | weight=0.048
=the =retention | weight=0.047
=ticket =office | weight=0.047
=no =phone | weight=0.047, noneg
=i =add | weight=0.047
=phone =line | weight=0.047
=the =card | weight=0.047
=after =i | weight=0.047
=have =trying | weight=0.047
=those | weight=0.047
=button =sitting | weight=0.047
=mobile | weight=0.047
=automatic =there | weight=0.047
=due =date | weight=0.047
=nothing =i | weight=0.047, noneg
=the =due | weight=0.047
=me =waiting | weight=0.047
=the =live | weight=0.047
=retention | weight=0.046
