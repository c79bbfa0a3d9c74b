# website_issue, en: learned by scripts/learn.py from 3044 tuning texts (131 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ your site isnt mobile friendly at all
+ the app logs me out every five minutes
+ your website keeps crashing at checkout
- ok
- You've had my last penny.
=site | weight=0.488
=page | weight=0.366
=your =site | weight=0.293
=there =no | weight=0.275, noneg
=screen | weight=0.273
=reset =link | weight=0.265
=crashing | weight=0.260
=no =cancelled | weight=0.259, noneg
=app | weight=0.255
=your =website | weight=0.235
=the =site | weight=0.207
=button | weight=0.204
=doesn't =working | weight=0.204, noneg
=me =out | weight=0.195
=the =email | weight=0.195
=error | weight=0.193
=website | weight=0.191
=whenever =i | weight=0.190
=won't | weight=0.185, noneg
=basket | weight=0.182
=site =is | weight=0.182
=the =set | weight=0.179
=contact =us | weight=0.178
=card =is | weight=0.177
=whenever | weight=0.176
=form | weight=0.176
=kicked | weight=0.173
=online | weight=0.172
=app =crashing | weight=0.171
=invalid | weight=0.171
=wipes | weight=0.171
=payment | weight=0.170
=app =keeps | weight=0.169
=everywhere | weight=0.168
=i =trying | weight=0.167
=booking =page | weight=0.167
=the =reset | weight=0.167
=can't =tap | weight=0.165, noneg
=halfway | weight=0.165
=halfway =through | weight=0.165
=froze | weight=0.163
=out =three | weight=0.161
=since =the | weight=0.155
=freeze | weight=0.154
=the =app | weight=0.153
=reset | weight=0.152
=the =basket | weight=0.151
=wont | weight=0.149, noneg
=live =chat | weight=0.149
=keeps =get | weight=0.147
=the =order | weight=0.145
=everywhere =else | weight=0.145
=time =out | weight=0.144
=goes | weight=0.143
=page =is | weight=0.143
=step | weight=0.142
=jumps | weight=0.142
=jumps =back | weight=0.142
=throw | weight=0.142
=the =upload | weight=0.142
=log =me | weight=0.140
=app =just | weight=0.140
=live | weight=0.139
=checkout | weight=0.139
=link | weight=0.139
=click | weight=0.138
=app =won't | weight=0.138, noneg
=portal | weight=0.138
=offline | weight=0.137
=trying | weight=0.136
=email =form | weight=0.136
=is =broken | weight=0.135
=submit | weight=0.135
=i've =trying | weight=0.134
=app =log | weight=0.133
=expired | weight=0.133
=as =invalid | weight=0.131
=web =form | weight=0.131
=render | weight=0.131
=blank | weight=0.130
=payment =page | weight=0.129
=upload | weight=0.128
=order =twice | weight=0.128
=right =so | weight=0.127
=send =you | weight=0.127
=been =offline | weight=0.127
=use =live | weight=0.127
=isnt | weight=0.125, noneg
=process =the | weight=0.125
=your =booking | weight=0.125
=to =open | weight=0.124
=form =doesn't | weight=0.124, noneg
=three =time | weight=0.123
=has =expired | weight=0.121
=unable | weight=0.121
=unable =to | weight=0.121
=the =web | weight=0.121
=form =wipes | weight=0.120
=wipes =everything | weight=0.120
=working =everywhere | weight=0.119
=anywhere | weight=0.119
=the =online | weight=0.118
=get =kicked | weight=0.117
=kicked =out | weight=0.117
=fault =on | weight=0.117
=ages =to | weight=0.116
=centre =send | weight=0.116
=web | weight=0.115
=i =typed | weight=0.115
=browsers | weight=0.115
=menu =overlaps | weight=0.115
=overlaps | weight=0.115
=overlaps =the | weight=0.115
=train =is | weight=0.115
=site =keeps | weight=0.114
=keeps | weight=0.114
=you =straight | weight=0.112
=goes =to | weight=0.111
=to =contact | weight=0.111
=form =won't | weight=0.111, noneg
=won't =submit | weight=0.111, noneg
=the =screen | weight=0.110
=ur =support | weight=0.110
=i =picked | weight=0.110
=keeps =crashing | weight=0.110
=just =showed | weight=0.109
=showed =a | weight=0.109
=meter =read | weight=0.109
=log | weight=0.108
=a =grey | weight=0.108
=grey | weight=0.108
=grey =box | weight=0.108
=payment =step | weight=0.108
=rejected | weight=0.108
=booking =engineer | weight=0.107
=first =night | weight=0.107
=menus | weight=0.106
=open =and | weight=0.106
=on =your | weight=0.105
=offline =for | weight=0.104
=picker | weight=0.104
=anywhere =on | weight=0.104
=automatic | weight=0.103
=and =ur | weight=0.103
=your =app | weight=0.103
=the =train | weight=0.102
=and =charge | weight=0.102
=bug =out | weight=0.101
=website =bug | weight=0.101
=hang =on | weight=0.100
=straight =back | weight=0.100
=the =form | weight=0.099
=running | weight=0.098
=wifi | weight=0.098
=just =goes | weight=0.097
=cut =off | weight=0.096
=app =claim | weight=0.096
=night | weight=0.096
=menus =on | weight=0.095
=the =menus | weight=0.095
=auto | weight=0.095
=picked | weight=0.094
=bar | weight=0.094
=as =i | weight=0.094
=still =running | weight=0.094
=product | weight=0.093
=you =can't | weight=0.093, noneg
=app =has | weight=0.093
=out =every | weight=0.093
=started =the | weight=0.093
=back =where | weight=0.093
=set | weight=0.092
=page =just | weight=0.091
=chat =been | weight=0.091
=i =press | weight=0.091
=phone =number | weight=0.090
=no =sense | weight=0.090, noneg
=itself | weight=0.090
=half =the | weight=0.090
=spinning | weight=0.089
=version | weight=0.089
=network =error | weight=0.089
=says =network | weight=0.089
=train | weight=0.088
=function | weight=0.088
=picked =a | weight=0.088
=bug | weight=0.088
=my =card | weight=0.087
=something | weight=0.087
=empty | weight=0.087
=the =website | weight=0.087
=and =you | weight=0.087
=the =documents | weight=0.086
=white | weight=0.086
=crashing =is | weight=0.086
=help =centre | weight=0.086
=everything =i | weight=0.086
=my =phone | weight=0.086
=calendar | weight=0.086
=make =no | weight=0.085, noneg
=my =postcode | weight=0.085
=find =a | weight=0.085
=broken =on | weight=0.085
=my =date | weight=0.084
=never =received | weight=0.084, noneg
=chat =has | weight=0.082
=w | weight=0.082
=the =help | weight=0.082
=glitch =and | weight=0.081
=does =not | weight=0.081, noneg
=whole =chat | weight=0.081
=taken | weight=0.081
=page =says | weight=0.080
=leads =to | weight=0.080
=notes =that | weight=0.080
=and =your | weight=0.080
=off =the | weight=0.079
=session | weight=0.079
=hrs =and | weight=0.079
=homepage | weight=0.079
=the =homepage | weight=0.079
=bank =since | weight=0.078
=sign-in | weight=0.078
=sign-in =page | weight=0.078
=just =hang | weight=0.078
=a =blank | weight=0.078
=blank =page | weight=0.078
=date =picker | weight=0.077
=every =time | weight=0.077
=either | weight=0.077
=please =notes | weight=0.077
=down | weight=0.077
=said =go | weight=0.076
=password | weight=0.076
=chat =and | weight=0.076
=leads | weight=0.076
=screen =on | weight=0.076
=the =payment | weight=0.076
=chat =window | weight=0.075
=app =the | weight=0.075
=booking | weight=0.075
=to =reach | weight=0.075
=attempt | weight=0.074
=twice | weight=0.074
=to =submit | weight=0.074
=in =since | weight=0.074
=been =on | weight=0.074
=and =counting | weight=0.074
=online =bank | weight=0.074
=the =supplier | weight=0.073
=website =was | weight=0.073
=on =a | weight=0.073
=latest =update | weight=0.073
=simply | weight=0.073
=mins =waiting | weight=0.073
=the =login | weight=0.073
=straight | weight=0.073
=email =me | weight=0.073
=doesn't | weight=0.072, noneg
=branch =told | weight=0.072
=chat =instead | weight=0.072
=unsubscribing =the | weight=0.072
=screen =just | weight=0.072
=ur | weight=0.072
=goes =white | weight=0.071
=counting | weight=0.071
=so =she | weight=0.071
=search | weight=0.070
=latest | weight=0.070
=i =click | weight=0.070
=quote =form | weight=0.070
=the =checkout | weight=0.070
=crashing =every | weight=0.069
=the =late | weight=0.068
=app =is | weight=0.068
=unsubscribing | weight=0.068
=our =week | weight=0.068
=are =cut | weight=0.068
=button =are | weight=0.068
=your =new | weight=0.068
=my =saved | weight=0.068
=useless | weight=0.068
=page =doesn't | weight=0.068, noneg
=been =down | weight=0.068
=me =twice | weight=0.067
=the =quote | weight=0.067
=trying =three | weight=0.067
=unusable | weight=0.067
=an =empty | weight=0.067
=the =airline | weight=0.067
=the =menu | weight=0.067
=am =and | weight=0.066
=direct =me | weight=0.066
=since =monday | weight=0.066
=because =the | weight=0.066
=produced | weight=0.066
=been =unable | weight=0.066
=display | weight=0.066
=reach | weight=0.066
=is =useless | weight=0.065
=the =platform | weight=0.065
=balance =and | weight=0.065
=spreadsheet | weight=0.065
=the =export | weight=0.065
=login =page | weight=0.065
=else | weight=0.065
=still =wont | weight=0.065, noneg
=cannot =be | weight=0.064, noneg
=for =our | weight=0.064
=claim =the | weight=0.064
=closed =itself | weight=0.064
=site =it | weight=0.064
=where | weight=0.064
=hrs | weight=0.064
=images | weight=0.064
=images =failed | weight=0.064
=product =images | weight=0.064
=render =and | weight=0.064
=to =render | weight=0.064
=i =supposed | weight=0.063
=the =card | weight=0.063
=can't =get | weight=0.063, noneg
=rejected =my | weight=0.063
=platform | weight=0.063
=good =luck | weight=0.063
=export | weight=0.063
=attempt =end | weight=0.063
=each =attempt | weight=0.063
=session =has | weight=0.063
=out =and | weight=0.063
=website =keeps | weight=0.062
=single =time | weight=0.062
=reported =that | weight=0.061
=deep | weight=0.061
=me =my | weight=0.061
=just =says | weight=0.061
=round =and | weight=0.061
=end =with | weight=0.060
=luck | weight=0.060
=password =reset | weight=0.060
=a =page | weight=0.060
=so =your | weight=0.059
=bus | weight=0.059
=glitch | weight=0.059
=sir =your | weight=0.059
=hang | weight=0.059
=as =soon | weight=0.059
=map | weight=0.059
=to =a | weight=0.059
=won't =load | weight=0.059, noneg
=address =is | weight=0.058
=online =portal | weight=0.058
=reloads | weight=0.058
=a =chatbot | weight=0.058
=chatbot =that | weight=0.058
=the =update | weight=0.058
=monday =morning | weight=0.058
=phone =the | weight=0.058
=window | weight=0.057
=and =round | weight=0.057
=network | weight=0.057
=once =the | weight=0.057
=am =i | weight=0.057
=number =anywhere | weight=0.057
=since | weight=0.057
=soon =as | weight=0.056
=him =out | weight=0.056
=log =him | weight=0.056
=out =halfway | weight=0.056
=checkout =page | weight=0.056
=typed | weight=0.055
=occasions =and | weight=0.055
=have =trying | weight=0.055
=website =process | weight=0.055
=cart | weight=0.055
=cart =the | weight=0.055
=my =cart | weight=0.055
=sign =me | weight=0.055
=the =session | weight=0.055
=the =calendar | weight=0.055
=crashing =at | weight=0.054
=soon | weight=0.054
=reach =you | weight=0.054
=back =to | weight=0.054
=saved | weight=0.054
=every =days | weight=0.054
=ring =because | weight=0.054
=is =valid | weight=0.054
=the =date | weight=0.053
=chat =agent | weight=0.053
=checkout =keeps | weight=0.053
=address =still | weight=0.053
=is =a | weight=0.053
=booking =system | weight=0.053
=online =booking | weight=0.053
=wish =to | weight=0.053
=on =every | weight=0.053
=wont =let | weight=0.052, noneg
=three =occasions | weight=0.052
=entered =my | weight=0.052
