# website_issue, en: learned by scripts/learn.py from 3245 tuning texts (137 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ They said the booking failed because I used an unsupported browser. I used Chrome. On a laptop. In 2026.
+ your site isnt mobile friendly at all
+ the app logs me out every five minutes
- ok
- You've had my last penny.
=site | weight=0.439
=page | weight=0.331
=crashing | weight=0.289
=no =cancelled | weight=0.279, noneg
=there =no | weight=0.276, noneg
=reset =link | weight=0.276
=app | weight=0.260
=screen | weight=0.257
=your =website | weight=0.254
=browsers | weight=0.225
=the =site | weight=0.223
=me =out | weight=0.220
=your =site | weight=0.204
=won't | weight=0.202, noneg
=app =crashing | weight=0.200
=i =trying | weight=0.194
=website | weight=0.194
=site =is | weight=0.193
=whenever =i | weight=0.192
=button | weight=0.188
=the =email | weight=0.187
=basket | weight=0.183
=doesn't =working | weight=0.183, noneg
=the =set | weight=0.180
=froze | weight=0.179
=whenever | weight=0.179
=freeze | weight=0.176
=card =is | weight=0.176
=the =reset | weight=0.176
=kicked | weight=0.175
=wipes | weight=0.173
=wont | weight=0.172, noneg
=app =keeps | weight=0.172
=booking =page | weight=0.171
=invalid | weight=0.171
=since =the | weight=0.171
=everywhere | weight=0.171
=out =three | weight=0.170
=reset | weight=0.169
=can't =tap | weight=0.169, noneg
=halfway | weight=0.166
=halfway =through | weight=0.166
=error | weight=0.164
=live =chat | weight=0.162
=keeps =get | weight=0.160
=goes | weight=0.160
=email =form | weight=0.158
=checkout | weight=0.158
=contact =us | weight=0.155
=click | weight=0.155
=isnt | weight=0.152, noneg
=the =upload | weight=0.152
=log =me | weight=0.151
=form =doesn't | weight=0.150, noneg
=time =out | weight=0.150
=submit | weight=0.146
=the =basket | weight=0.146
=everywhere =else | weight=0.146
=on =a | weight=0.146
=app =just | weight=0.145
=is =broken | weight=0.145
=jumps | weight=0.145
=jumps =back | weight=0.145
=anywhere | weight=0.144
=to =open | weight=0.142
=order =twice | weight=0.141
=throw | weight=0.140
=upload | weight=0.140
=app =log | weight=0.139
=itself | weight=0.139
=send =you | weight=0.138
=form | weight=0.138
=web =form | weight=0.138
=your =booking | weight=0.138
=payment =page | weight=0.137
=page =is | weight=0.134
=app =won't | weight=0.133, noneg
=expired | weight=0.131
=blank | weight=0.129
=the =app | weight=0.129
=render | weight=0.129
=payment | weight=0.129
=form =wipes | weight=0.129
=wipes =everything | weight=0.129
=the =web | weight=0.128
=anywhere =on | weight=0.128
=offline =for | weight=0.127
=unable | weight=0.126
=unable =to | weight=0.126
=been =offline | weight=0.126
=use =live | weight=0.126
=trying | weight=0.125
=has =expired | weight=0.125
=goes =to | weight=0.125
=ages =to | weight=0.124
=a =laptop | weight=0.123
=use =an | weight=0.123
=train =is | weight=0.123
=as =invalid | weight=0.123
=menus | weight=0.122
=a =date | weight=0.121
=get =kicked | weight=0.119
=kicked =out | weight=0.119
=menu =overlaps | weight=0.119
=overlaps | weight=0.119
=overlaps =the | weight=0.119
=the =order | weight=0.119
=process =the | weight=0.119
=fault =on | weight=0.118
=i =typed | weight=0.118
=meter =read | weight=0.118
=web | weight=0.118
=three =time | weight=0.116
=working =everywhere | weight=0.116
=site =keeps | weight=0.116
=i've =trying | weight=0.116
=centre =send | weight=0.116
=page =just | weight=0.115
=offline | weight=0.114
=open =and | weight=0.112
=booking =engineer | weight=0.112
=first =night | weight=0.112
=my =phone | weight=0.111
=failed =because | weight=0.111
=keeps | weight=0.111
=you =straight | weight=0.110
=i =picked | weight=0.110
=the =train | weight=0.109
=form =won't | weight=0.109, noneg
=won't =submit | weight=0.109, noneg
=just =showed | weight=0.108
=showed =a | weight=0.108
=your =app | weight=0.108
=automatic | weight=0.107
=to =contact | weight=0.107
=started =the | weight=0.107
=back =where | weight=0.106
=online | weight=0.105
=support =page | weight=0.105
=rejected | weight=0.105
=the =online | weight=0.105
=and =charge | weight=0.105
=the =booking | weight=0.105
=a =grey | weight=0.105
=grey | weight=0.105
=grey =box | weight=0.105
=payment =step | weight=0.105
=bug =out | weight=0.104
=website =bug | weight=0.104
=auto | weight=0.104
=ur =support | weight=0.104
=live | weight=0.104
=just =goes | weight=0.103
=app =claim | weight=0.102
=the =help | weight=0.101
=chat =been | weight=0.101
=keeps =crashing | weight=0.101
=picked | weight=0.101
=step | weight=0.100
=network =error | weight=0.100
=says =network | weight=0.100
=cut =off | weight=0.100
=still =running | weight=0.100
=straight =back | weight=0.099
=bar | weight=0.099
=broken =on | weight=0.099
=the =screen | weight=0.099
=menus =on | weight=0.098
=the =menus | weight=0.098
=picked =a | weight=0.098
=no =sense | weight=0.097, noneg
=and =ur | weight=0.097
=set | weight=0.096
=the =form | weight=0.095
=hang =on | weight=0.095
=portal | weight=0.095
=and =your | weight=0.095
=everything =i | weight=0.094
=train | weight=0.094
=make =no | weight=0.093, noneg
=bank =since | weight=0.093
=sign-in | weight=0.093
=sign-in =page | weight=0.093
=leads =to | weight=0.093
=out =every | weight=0.093
=app =has | weight=0.093
=glitch =and | weight=0.093
=picker | weight=0.093
=help =centre | weight=0.092
=the =payment | weight=0.092
=homepage | weight=0.092
=the =homepage | weight=0.092
=password | weight=0.091
=something | weight=0.091
=wifi | weight=0.091
=white | weight=0.091
=bug | weight=0.090
=leads | weight=0.090
=you =can't | weight=0.089, noneg
=online =bank | weight=0.089
=search | weight=0.089
=version | weight=0.089
=function | weight=0.089
=w | weight=0.088
=i =press | weight=0.088
=does =not | weight=0.087, noneg
=spinning | weight=0.087
=my =postcode | weight=0.086
=to =submit | weight=0.086
=find =a | weight=0.086
=ur | weight=0.086
=been =on | weight=0.086
=the =checkout | weight=0.085
=calendar | weight=0.085
=just =hang | weight=0.085
=screen =on | weight=0.084
=right =so | weight=0.084
=attempt | weight=0.084
=phone =number | weight=0.084
=useless | weight=0.084
=empty | weight=0.083
=hrs =and | weight=0.083
=still =wont | weight=0.083, noneg
=branch =told | weight=0.082
=quote =form | weight=0.082
=running | weight=0.082
=my =date | weight=0.081
=every =time | weight=0.081
=half =the | weight=0.081
=off =the | weight=0.080
=so =she | weight=0.080
=chat =has | weight=0.080
=the =documents | weight=0.080
=the =quote | weight=0.080
=number =anywhere | weight=0.079
=and =counting | weight=0.079
=app =the | weight=0.079
=either | weight=0.078
=been =down | weight=0.078
=said =go | weight=0.078
=as =i | weight=0.077
=because =the | weight=0.077
=a =blank | weight=0.077
=blank =page | weight=0.077
=been =unable | weight=0.077
=on =your | weight=0.077
=my =card | weight=0.077
=counting | weight=0.077
=simply | weight=0.076
=notes =that | weight=0.075
=login =page | weight=0.075
=whole =chat | weight=0.075
=page =says | weight=0.075
=and =you | weight=0.074
=unsubscribing =the | weight=0.074
=chat =window | weight=0.074
=session | weight=0.074
=down | weight=0.073
=pdf | weight=0.073
=i =click | weight=0.073
=are =cut | weight=0.072
=button =are | weight=0.072
=can't =get | weight=0.072, noneg
=mins =waiting | weight=0.072
=chat =and | weight=0.071
=the =menu | weight=0.071
=me =twice | weight=0.071
=product | weight=0.071
=the =update | weight=0.071
=laptop | weight=0.071
=unsubscribing | weight=0.071
=latest =update | weight=0.071
=link | weight=0.070
=twice | weight=0.070
=app =is | weight=0.070
=cart | weight=0.069
=cart =the | weight=0.069
=my =cart | weight=0.069
=sign =me | weight=0.069
=to =reach | weight=0.069
=my =saved | weight=0.069
=crashing =is | weight=0.069
=glitch | weight=0.069
=an =empty | weight=0.069
=crashing =every | weight=0.069
=screen =just | weight=0.069
=direct =me | weight=0.069
=please =notes | weight=0.069
=goes =white | weight=0.068
=the =airline | weight=0.068
=our =week | weight=0.068
=good =luck | weight=0.068
=latest | weight=0.068
=produced | weight=0.067
=reach | weight=0.067
=the =platform | weight=0.067
=the =login | weight=0.067
=taken | weight=0.067
=claim =the | weight=0.067
=display | weight=0.067
=date =picker | weight=0.067
=spreadsheet | weight=0.067
=the =export | weight=0.067
=website =was | weight=0.067
=luck | weight=0.066
=email =me | weight=0.066
=just =says | weight=0.066
=i =supposed | weight=0.066
=online =booking | weight=0.065
=cannot | weight=0.065, noneg
=straight | weight=0.065
=team =told | weight=0.065
=rejected =my | weight=0.065
=the =late | weight=0.065
=long =story | weight=0.064
=shortly =the | weight=0.064
=story =shortly | weight=0.064
=platform | weight=0.064
=export | weight=0.064
=bus | weight=0.064
=in =since | weight=0.064
=round =and | weight=0.064
=never =received | weight=0.063, noneg
=trying =three | weight=0.063
=is =useless | weight=0.063
=where | weight=0.063
=attempt =end | weight=0.063
=each =attempt | weight=0.063
=session =has | weight=0.063
=network | weight=0.063
=address =still | weight=0.063
=chat =agent | weight=0.063
=problem =the | weight=0.063
=page =doesn't | weight=0.062, noneg
=balance =and | weight=0.062
=reloads | weight=0.062
=wont =let | weight=0.062, noneg
=is =valid | weight=0.062
=website =keeps | weight=0.062
=the =supplier | weight=0.062
=three =occasions | weight=0.062
=crashing =at | weight=0.061
=log | weight=0.061
=included | weight=0.061
=so =your | weight=0.061
=sir =your | weight=0.061
=as =soon | weight=0.061
=unusable | weight=0.061
=images | weight=0.060
=images =failed | weight=0.060
=product =images | weight=0.060
=render =and | weight=0.060
=to =render | weight=0.060
=site =it | weight=0.060
=hrs | weight=0.060
=booking | weight=0.060
=hang | weight=0.060
=occasions =and | weight=0.060
=monday =morning | weight=0.060
=and =round | weight=0.060
=for =our | weight=0.060
=a =page | weight=0.060
=website =process | weight=0.060
=reported =that | weight=0.060
=end =with | weight=0.060
=password =reset | weight=0.060
=complained =the | weight=0.060
=closed =itself | weight=0.059
=to =a | weight=0.059
=won't =load | weight=0.059, noneg
=him =out | weight=0.059
=log =him | weight=0.059
=out =halfway | weight=0.059
=not =blamed | weight=0.059, noneg
=he =can't | weight=0.059, noneg
=reach =you | weight=0.059
=on =every | weight=0.059
=soon =as | weight=0.058
=were =lovely | weight=0.058
=else | weight=0.058
=am =i | weight=0.058
=guide =is | weight=0.058
=order =the | weight=0.058
=size =guide | weight=0.058
=single =time | weight=0.058
=round =in | weight=0.058
=we're | weight=0.058
=postage | weight=0.057
=the =calendar | weight=0.057
=the =session | weight=0.057
=deep | weight=0.057
=twitter | weight=0.057
=paid =for | weight=0.057
=i =use | weight=0.057
=have =trying | weight=0.057
=chat =instead | weight=0.056
=email =leads | weight=0.056
=link =in | weight=0.056
=checkout =page | weight=0.056
=soon | weight=0.056
