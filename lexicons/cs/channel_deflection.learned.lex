# channel_deflection, cs: learned by scripts/learn.py from 3948 tuning texts (136 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Když jsem chtěla pomoct na pobočce, paní mi dala leták s QR kódem na aplikaci.
+ Na mou stížnost jste reagovali odkazem na samoobsluhu v zákaznickém portálu. Děkuji pěkně.
+ chtela jsem nekoho nadrizenyho, pan mi rekl ze ten se k telefonu nedostane a ze muzu leda napsat dopis
- ok dekuju
- super, doporucuju
=online | weight=0.387
=zavolam =na | weight=0.383
=neprovede | weight=0.291
=bez =osobne | weight=0.285, noneg
=na =aplikaci | weight=0.253
=reklamaci =se | weight=0.247
=misto =odpoved | weight=0.245
=osobne | weight=0.244
=podam =jen | weight=0.242
=po =telefon | weight=0.218
=vyrizuje | weight=0.218
=at =napisu | weight=0.216
=telefon =to | weight=0.216
=odkaz =na | weight=0.215
=vyhradne =poste | weight=0.214
=webu | weight=0.214
=pry =mam | weight=0.204
=jen =pres | weight=0.202
=maily | weight=0.201
=do =aplikaci | weight=0.201
=aplikaci | weight=0.195
=napisu | weight=0.194
=pres | weight=0.193
=me =odkaz | weight=0.187
=napovedy | weight=0.187
=vyplnit | weight=0.186
=tam =to | weight=0.186
=vyridim =v | weight=0.186
=jen =pisemne | weight=0.184
=napsal =at | weight=0.184
=nepomuze | weight=0.181
=osobne =na | weight=0.179
=me =na | weight=0.178
=v =prodejne | weight=0.176
=prej =at | weight=0.173
=at =to | weight=0.173
=psat =jen | weight=0.173
=posila =me | weight=0.172
=vyhradne | weight=0.172
=pres =chatu | weight=0.171
=na =obecny | weight=0.170
=vyridim =pres | weight=0.168
=mel =nahlasil | weight=0.168
=nahlasil =online | weight=0.168
=napiste | weight=0.167
=napiste =nam | weight=0.167
=na =webu | weight=0.166
=pokazde =kdyz | weight=0.166
=na =pobocce | weight=0.163
=misto | weight=0.163
=portal | weight=0.161
=operator =me | weight=0.161
=napovedy =na | weight=0.160
=poslali =doma | weight=0.159
=na =infolince | weight=0.157
=e-mail | weight=0.157
=pisemne | weight=0.157
=vyplnit =online | weight=0.155
=podam | weight=0.155
=to =pry | weight=0.154
=nevyrizuji | weight=0.153
=at | weight=0.153
=poslali =pisemne | weight=0.151
=obecny | weight=0.151
=slysel =jen | weight=0.148
=chatu =me | weight=0.148
=email | weight=0.145
=odpoved =mi | weight=0.145
=si =zajdu | weight=0.141
=zajdu | weight=0.141
=zajdu =na | weight=0.141
=psat | weight=0.141
=nejde =mam | weight=0.141
=klientske =zone | weight=0.141
=zone | weight=0.141
=pisu =at | weight=0.141
=infolince =infolince | weight=0.139
=prijit =osobne | weight=0.139
=posila =vyplnit | weight=0.139
=klientske | weight=0.138
=zmenit | weight=0.137
=infolince =zpatky | weight=0.136
=e-mailovy | weight=0.136
=na =e-mailovy | weight=0.136
=pres =internet | weight=0.135
=pry =musim | weight=0.135
=chatu | weight=0.135
=me =do | weight=0.134
=pobocce =me | weight=0.134
=jen =odkaz | weight=0.133
=at =zavolam | weight=0.133
=pres =eshop | weight=0.133
=helpdesk | weight=0.132
=pres =helpdesk | weight=0.132
=tiket =pres | weight=0.132
=zalohu =tiket | weight=0.132
=mam =napsal | weight=0.130
=nikoho =neprijima | weight=0.129, noneg
=v =aplikaci | weight=0.127
=poslali =me | weight=0.126
=vypoved | weight=0.125
=vyuzit | weight=0.125
=misto =toho | weight=0.125
=profil | weight=0.124
=na =webovy | weight=0.124
=webovy | weight=0.124
=webovy =formular | weight=0.124
=adresu | weight=0.124
=napisu =e-mail | weight=0.123
=resit =jen | weight=0.122
=tiket | weight=0.120
=zadna =clovek | weight=0.120, noneg
=podivat =se | weight=0.120
=infolince =na | weight=0.120
=na =e-mail | weight=0.120
=infolince | weight=0.119
=at =resit | weight=0.117
=reklamaci =e-mail | weight=0.117
=to =zadam | weight=0.117
=reklamaci =poslali | weight=0.117
=vyzvu | weight=0.117
=odpoved =napiste | weight=0.116
=pres =klientske | weight=0.115
=samoobsluzne | weight=0.115
=pres =appku | weight=0.114
=to =nevyrizuji | weight=0.114
=jde =pres | weight=0.113
=prodejne =to | weight=0.112
=nahravku | weight=0.111
=ten =se | weight=0.110
=posila | weight=0.110
=obsazena | weight=0.110
=nic =nevim | weight=0.109, noneg
=nadrizenyho | weight=0.108
=nekoho =nadrizenyho | weight=0.108
=dopis | weight=0.108
=leda | weight=0.107
=jsem =nekoho | weight=0.107
=reklamaci =vyrizuje | weight=0.106
=poslali | weight=0.106
=se =resit | weight=0.105
=lince =a | weight=0.104
=vyridim | weight=0.104
=resit =reklamaci | weight=0.103
=operatorka =trva | weight=0.103
=me =poslali | weight=0.103
=poslali =vyplnit | weight=0.102
=na =mou | weight=0.102
=porad =at | weight=0.101
=stiznost =jste | weight=0.097
=at =jim | weight=0.096
=na =instagramu | weight=0.096
=jsem =pak | weight=0.096
=to =tam | weight=0.096
=poste | weight=0.095
=to =jde | weight=0.095
=zadam =v | weight=0.094
=nemam =internet | weight=0.093, noneg
=mi =jen | weight=0.093
=k =telefon | weight=0.092
=jsem =dostal | weight=0.092
=mam =pry | weight=0.091
=kazdy =komentarem | weight=0.091
=komentarem | weight=0.091
=podam =kazdy | weight=0.091
=mate | weight=0.091
=eshop | weight=0.090
=rekl =mi | weight=0.090
=mou =stiznost | weight=0.090
=pres =telefon | weight=0.090
=vyplnit =formular | weight=0.089
=reagovali | weight=0.088
=to =mel | weight=0.088
=na =facebooku | weight=0.088
=vyridim =do | weight=0.088
=odpoved =jsem | weight=0.088
=dohledam =sam | weight=0.087
=stranka =at | weight=0.087
=to =dohledam | weight=0.087
=facebooku | weight=0.087
=poslali =mi | weight=0.087
=se =k | weight=0.086
=esim | weight=0.086
=stale =primo | weight=0.086
=musim =prijit | weight=0.086
=jen =online | weight=0.085
=ze =reklamaci | weight=0.085
=na =prepazky | weight=0.085
=prodejne =nam | weight=0.085
=appku | weight=0.085
=tady | weight=0.084
=faq =a | weight=0.084
=dohledam | weight=0.084
=na =stranka | weight=0.084
=vas =robot | weight=0.083
=nas =posila | weight=0.083
=kod =na | weight=0.082
=oni =to | weight=0.082
=si =napisu | weight=0.082
=to =najdu | weight=0.082
=pobocce =tvrdi | weight=0.082
=nikoho | weight=0.082, noneg
=ze =ten | weight=0.081
=kamenne | weight=0.081
=kamenne =prodejne | weight=0.081
=v =kamenne | weight=0.081
=pobocce =po | weight=0.081
=pry | weight=0.080
=pomoct =na | weight=0.080
=nedostal =a | weight=0.080
=robot =na | weight=0.079
=samoobsluhy | weight=0.079
=to =napisu | weight=0.079
=do =servisu | weight=0.078
=na =formular | weight=0.078
=clovek =tam | weight=0.077
=e-shopu =v | weight=0.077
=jsem =napsal | weight=0.077
=pak =hovor | weight=0.077
=chatu =je | weight=0.077
=aby =mi | weight=0.076
=letaku | weight=0.076
=vypisu | weight=0.076
=chatu =na | weight=0.076
=hovor =ukoncil | weight=0.076
=at =poslali | weight=0.076
=se =do | weight=0.075
=nefunkcni | weight=0.075
=prej =nejde | weight=0.075
=ta =pracka | weight=0.074
=nevedel =jestli | weight=0.074
=a =clovek | weight=0.074
=neprijmou | weight=0.074
=poslali =odkaz | weight=0.073
=operatorka =me | weight=0.073
=odbyli =ze | weight=0.072
=smeny =na | weight=0.072
=jim =napisu | weight=0.072
=aplikaci =at | weight=0.071
=zadam =sam | weight=0.071
=nam =rekl | weight=0.071
=podpora =je | weight=0.071
=mi =nepomuze | weight=0.071
=posila =na | weight=0.071
=mou | weight=0.071
=lince =me | weight=0.070
=mi =at | weight=0.070
=jestli =ta | weight=0.070
=aplikaci =ze | weight=0.070
=aktivovala | weight=0.070
=ze =nadrizeneho | weight=0.070
=odepsali | weight=0.069
=mam =jit | weight=0.069
=neodesla | weight=0.069
=prodavac =v | weight=0.069
=mi =dal | weight=0.069
=odkaz | weight=0.069
=zmenit =adresu | weight=0.069
=webu =ze | weight=0.068
=podivat | weight=0.068
=je =pry | weight=0.067
=instagramu | weight=0.067
=neresi | weight=0.067
=tam =neni | weight=0.067, noneg
=na =letisti | weight=0.066
=nam | weight=0.066
=zavolam | weight=0.066
=pomoct | weight=0.066
=porad =neni | weight=0.066, noneg
=mi =odkaz | weight=0.066
=prisel =osobne | weight=0.066
=takovy =je | weight=0.066
=dispecerka =mi | weight=0.066
=km | weight=0.065
=km =daleko | weight=0.065
=do =zpravy | weight=0.065
=vas =pobocce | weight=0.065
=nevezmou | weight=0.065
=zakaznicke =podpora | weight=0.065
=nam =to | weight=0.065
=musim =vyridim | weight=0.065
=dekuji =pekne | weight=0.064
=mam =poslali | weight=0.064
=syn | weight=0.064
=me =vyjel | weight=0.064
=vyjel =ze | weight=0.064
=daleko | weight=0.064
=pocitaci | weight=0.064
=formular =a | weight=0.063
=celou =tyden | weight=0.062
=prodejne =elektriny | weight=0.062
=rekne | weight=0.062
=mi =prisel | weight=0.062
=pani =mi | weight=0.062
=pry =si | weight=0.062
=pry =nejde | weight=0.061
=jit | weight=0.061
=do =ordinace | weight=0.061
=ordinace | weight=0.061
=to =prej | weight=0.061
=funkce | weight=0.060
=rekl =at | weight=0.060
=hodiny =cekal | weight=0.060
=na =e-shopu | weight=0.060
=lince =ze | weight=0.059
=vas =podpora | weight=0.059
=neni =zadna | weight=0.059, noneg
=vyrizuje =jen | weight=0.058
=formular =na | weight=0.058
=to =poslali | weight=0.058
=napisu =pres | weight=0.058
=vyjel | weight=0.058
=ukoncil | weight=0.058
=si =to | weight=0.058
=kdyz =to | weight=0.058
=pracovnik =ho | weight=0.058
=udelat =pres | weight=0.058
=cem =tu | weight=0.057
=tu =ted | weight=0.057
=prej | weight=0.057
=resit =nebude | weight=0.057, noneg
=ten =formular | weight=0.057
=poslali =na | weight=0.057
=tyden =nemam | weight=0.057, noneg
=dispecerka | weight=0.056
=internet =bankovnictvi | weight=0.056
=napisu =na | weight=0.056
=webu =neni | weight=0.056, noneg
=dostal =jen | weight=0.056
=ze =chci | weight=0.056
=operatorka =mi | weight=0.056
=to =neresi | weight=0.056
=na =email | weight=0.056
=jsem =zavolam | weight=0.055
=s =clovek | weight=0.055
=peklo | weight=0.055
=me =porad | weight=0.055
=a =zase | weight=0.055
=proto =jsem | weight=0.055
=se =dovolat | weight=0.055
=webu =at | weight=0.054
=provedl | weight=0.054
=prokousat | weight=0.054
=nejblizsi | weight=0.054
=ze =tam | weight=0.054
=muze =jen | weight=0.054
=to =zkusim | weight=0.053
=operator =ktery | weight=0.053
=to =nevyresite | weight=0.052
=podruhe =jsem | weight=0.052
=k =fakturu | weight=0.052
=udelat =v | weight=0.052
=ze =mam | weight=0.052
=na =fakturu | weight=0.052
=letisti | weight=0.052
=mi =nabidli | weight=0.052
=operatorka | weight=0.052
=napsal =e-mail | weight=0.052
=neudela | weight=0.052
=ze =ona | weight=0.052
=ze =vratit | weight=0.052
=ze =vypoved | weight=0.051
=porad =posilal | weight=0.051
=tady =mi | weight=0.051
=mi =vymenu | weight=0.051
=mam =psat | weight=0.051
=obecny =email | weight=0.051
=obratim =nemuze | weight=0.051
=pry =obratim | weight=0.051
=mrzi | weight=0.051
=tuhle | weight=0.051
=ze =bez | weight=0.051, noneg
=nas =to | weight=0.050
=faq =na | weight=0.050
=tohle =je | weight=0.050
=nam =prosim | weight=0.050
=minut =v | weight=0.050
=odpalkoval =at | weight=0.050
=menu =me | weight=0.049
=na =faq | weight=0.049
=par | weight=0.049
=poslali =pres | weight=0.049
=me =posila | weight=0.049
=formular =se | weight=0.049
=doma =ze | weight=0.049
=cekal =a | weight=0.049
=primo =pred | weight=0.049
=se =v | weight=0.049
=at =volal | weight=0.048
=na =vedeni | weight=0.048
=poste =mi | weight=0.048
=soukromou =zpravy | weight=0.048
=to =vyridim | weight=0.048
=nahlasil =pres | weight=0.048
=sestra =na | weight=0.048
=nam =tvrdi | weight=0.048
=automaticky =menu | weight=0.048
=clovek =a | weight=0.048
=odbyli | weight=0.048
=chyba =vyrobce | weight=0.048
