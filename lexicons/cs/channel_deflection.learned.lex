# channel_deflection, cs: learned by scripts/learn.py from 3747 tuning texts (132 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Když jsem chtěla pomoct na pobočce, paní mi dala leták s QR kódem na aplikaci.
+ Na mou stížnost jste reagovali odkazem na samoobsluhu v zákaznickém portálu. Děkuji pěkně.
+ chtela jsem nekoho nadrizenyho, pan mi rekl ze ten se k telefonu nedostane a ze muzu leda napsat dopis
- ok dekuju
- super, doporucuju
=online | weight=0.392
=zavolam =na | weight=0.380
=neprovede | weight=0.294
=bez =osobne | weight=0.286, noneg
=na =aplikaci | weight=0.260
=osobne | weight=0.245
=misto =odpoved | weight=0.243
=podam =jen | weight=0.241
=reklamaci =se | weight=0.236
=napisu | weight=0.222
=prej =at | weight=0.220
=telefon =to | weight=0.217
=vyhradne =poste | weight=0.214
=jen =pres | weight=0.213
=vyrizuje | weight=0.210
=webu | weight=0.209
=po =telefon | weight=0.207
=pry =mam | weight=0.204
=odkaz =na | weight=0.202
=at =napisu | weight=0.200
=maily | weight=0.198
=pres | weight=0.191
=do =aplikaci | weight=0.189
=me =odkaz | weight=0.189
=jen =pisemne | weight=0.186
=nepomuze | weight=0.185
=vyridili =v | weight=0.183
=osobne =na | weight=0.181
=vyplnit | weight=0.181
=psat =jen | weight=0.180
=aplikaci | weight=0.178
=napovedy | weight=0.178
=tam =to | weight=0.177
=na =obecny | weight=0.177
=napiste | weight=0.174
=napiste =nam | weight=0.174
=pres =chatu | weight=0.173
=me =na | weight=0.173
=posila =me | weight=0.172
=portal | weight=0.170
=vyridili =pres | weight=0.169
=napsal =at | weight=0.168
=mel =nahlasil | weight=0.167
=nahlasil =online | weight=0.167
=at =to | weight=0.162
=operator =me | weight=0.161
=na =infolince | weight=0.159
=misto | weight=0.159
=v =prodejne | weight=0.158
=na =pobocce | weight=0.158
=vyhradne | weight=0.157
=na =webu | weight=0.157
=odpoved =mi | weight=0.156
=to =pry | weight=0.156
=obecny | weight=0.155
=poslali =doma | weight=0.154
=pres =internet | weight=0.154
=chatu =me | weight=0.154
=poslali =pisemne | weight=0.153
=e-mail | weight=0.153
=pry =musim | weight=0.152
=pokazde =kdyz | weight=0.152
=napovedy =na | weight=0.151
=vyplnit =online | weight=0.151
=nevyrizuji | weight=0.150
=podam | weight=0.148
=chatu | weight=0.146
=nejde =mam | weight=0.146
=slysel =jen | weight=0.146
=pisemne | weight=0.144
=at | weight=0.144
=klientske =zone | weight=0.143
=zone | weight=0.143
=si =zajdu | weight=0.143
=zajdu | weight=0.143
=zajdu =na | weight=0.143
=infolince =zpatky | weight=0.143
=infolince =infolince | weight=0.142
=klientske | weight=0.141
=mam =napsal | weight=0.139
=prijit =osobne | weight=0.139
=v =aplikaci | weight=0.138
=psat | weight=0.137
=zmenit | weight=0.135
=pres =eshop | weight=0.135
=posila =vyplnit | weight=0.134
=adresu | weight=0.134
=jen =odkaz | weight=0.133
=email | weight=0.132
=na =e-mail | weight=0.132
=e-mailovy | weight=0.131
=na =e-mailovy | weight=0.131
=nikoho =neprijima | weight=0.131, noneg
=at =zavolam | weight=0.131
=helpdesk | weight=0.129
=pres =helpdesk | weight=0.129
=tiket =pres | weight=0.129
=zalohu =tiket | weight=0.129
=pisu =at | weight=0.128
=vypoved | weight=0.127
=pobocce =me | weight=0.127
=infolince =na | weight=0.126
=me =do | weight=0.126
=misto =toho | weight=0.124
=na =webovy | weight=0.122
=webovy | weight=0.122
=webovy =formular | weight=0.122
=tiket | weight=0.121
=pres =klientske | weight=0.121
=resit =jen | weight=0.121
=pani =mi | weight=0.119
=vyuzit | weight=0.119
=poslali =me | weight=0.118
=jde =pres | weight=0.117
=zadna =clovek | weight=0.117, noneg
=to =zadam | weight=0.116
=at =resit | weight=0.116
=reklamaci =e-mail | weight=0.116
=to =nevyrizuji | weight=0.116
=prodejne =to | weight=0.115
=pres =appku | weight=0.115
=vyzvu | weight=0.114
=na =instagramu | weight=0.113
=napisu =e-mail | weight=0.113
=posila | weight=0.113
=odpoved =napiste | weight=0.112
=appku | weight=0.112
=reklamaci =poslali | weight=0.111
=lince =a | weight=0.111
=samoobsluzne | weight=0.111
=nic =nevim | weight=0.111, noneg
=infolince | weight=0.110
=profil | weight=0.110
=ze =reklamaci | weight=0.109
=poslali | weight=0.108
=ten =se | weight=0.108
=to =jde | weight=0.108
=podivat =se | weight=0.107
=nahravku | weight=0.107
=obsazena | weight=0.107
=leda | weight=0.107
=na =facebooku | weight=0.106
=facebooku | weight=0.105
=nadrizenyho | weight=0.104
=nekoho =nadrizenyho | weight=0.104
=at =jim | weight=0.103
=operatorka =trva | weight=0.103
=jsem =nekoho | weight=0.102
=resit =reklamaci | weight=0.102
=aktivovala | weight=0.102
=mi =jen | weight=0.101
=reklamaci =vyrizuje | weight=0.101
=me =poslali | weight=0.100
=poslali =vyplnit | weight=0.099
=to =tam | weight=0.099
=kazdy =komentarem | weight=0.098
=komentarem | weight=0.098
=podam =kazdy | weight=0.098
=stiznost =jste | weight=0.098
=na =mou | weight=0.097
=dopis | weight=0.097
=nemam =internet | weight=0.095, noneg
=poste | weight=0.095
=musim =prijit | weight=0.094
=porad =at | weight=0.094
=pobocce =tvrdi | weight=0.094
=jsem =pak | weight=0.093
=mou =stiznost | weight=0.093
=nikoho | weight=0.092, noneg
=to =mel | weight=0.091
=eshop | weight=0.091
=zadam =v | weight=0.090
=aby =mi | weight=0.089
=rekl =mi | weight=0.089
=dohledam | weight=0.088
=dohledam =sam | weight=0.088
=stranka =at | weight=0.088
=to =dohledam | weight=0.088
=odpoved =jsem | weight=0.087
=mi =at | weight=0.087
=se =resit | weight=0.087
=jsem =dostal | weight=0.087
=faq =a | weight=0.086
=vyridili | weight=0.085
=pres =telefon | weight=0.085
=k =telefon | weight=0.085
=tady | weight=0.085
=reagovali | weight=0.085
=to =napisu | weight=0.084
=na =formular | weight=0.084
=vas =robot | weight=0.084
=vyridili =do | weight=0.083
=na =stranka | weight=0.082
=vyplnit =formular | weight=0.082
=stale =primo | weight=0.082
=jen =online | weight=0.082
=samoobsluhy | weight=0.082
=instagramu | weight=0.081
=kamenne | weight=0.081
=kamenne =prodejne | weight=0.081
=v =kamenne | weight=0.081
=to =najdu | weight=0.081
=esim | weight=0.081
=robot =na | weight=0.080
=prodejne =nam | weight=0.079
=poslali =mi | weight=0.079
=oni =to | weight=0.079
=clovek =tam | weight=0.079
=nas =posila | weight=0.078
=volal =na | weight=0.078
=si =napisu | weight=0.078
=ze =nadrizeneho | weight=0.078
=pak =hovor | weight=0.078
=operatorka =me | weight=0.078
=webu =ze | weight=0.077
=na =prepazky | weight=0.077
=pobocce =po | weight=0.077
=mate | weight=0.077
=smeny =na | weight=0.077
=hovor =ukoncil | weight=0.077
=vypisu | weight=0.077
=lince =me | weight=0.077
=nam =rekl | weight=0.077
=e-shopu =v | weight=0.077
=neresi | weight=0.076
=odepsali | weight=0.076
=do =servisu | weight=0.076
=prej =nejde | weight=0.076
=mam =pry | weight=0.076
=chatu =na | weight=0.076
=at =poslali | weight=0.076
=se =k | weight=0.076
=aplikaci =at | weight=0.075
=zadam =sam | weight=0.075
=chatu =je | weight=0.075
=kod =na | weight=0.075
=poslali =odkaz | weight=0.075
=a =clovek | weight=0.074
=letak | weight=0.074
=si =to | weight=0.074
=ta =pracka | weight=0.074
=aplikaci =ze | weight=0.074
=pomoct =na | weight=0.074
=nevedel =jestli | weight=0.074
=jim =napisu | weight=0.073
=pry | weight=0.073
=jestli =ta | weight=0.073
=ze =ten | weight=0.072
=je =pry | weight=0.072
=mam =jit | weight=0.071
=neodesla | weight=0.071
=nedostal =a | weight=0.071
=to =neresi | weight=0.071
=chyba =vyrobce | weight=0.071
=se =do | weight=0.071
=podpora =je | weight=0.070
=prodavac =v | weight=0.070
=do =zpravy | weight=0.070
=neprijmou | weight=0.070
=odbyli =ze | weight=0.070
=nefunkcni | weight=0.069
=syn | weight=0.069
=takovy =je | weight=0.069
=vas =pobocce | weight=0.069
=nevezmou | weight=0.068
=porad =neni | weight=0.068, noneg
=jsem =zavolam | weight=0.067
=nam | weight=0.067
=mi =nepomuze | weight=0.067
=par | weight=0.067
=posila =na | weight=0.067
=na =letisti | weight=0.067
=dispecerka =mi | weight=0.066
=mi =odkaz | weight=0.066
=hodiny =cekal | weight=0.065
=nam =to | weight=0.065
=prisel =osobne | weight=0.065
=dekuji =pekne | weight=0.064
=funkce | weight=0.063
=zmenit =adresu | weight=0.063
=na =e-shopu | weight=0.063
=odkaz | weight=0.063
=prodejne =elektriny | weight=0.063
=poslali =pres | weight=0.063
=napisu =pres | weight=0.062
=me =vyjel | weight=0.062
=vyjel =ze | weight=0.062
=muze =jen | weight=0.062
=ze =tam | weight=0.062
=to =zkusim | weight=0.062
=kod | weight=0.062
=to =vyridili | weight=0.062
=formular =na | weight=0.061
=celou =tyden | weight=0.061
=mi =prisel | weight=0.061
=zakaznicke =podpora | weight=0.061
=tam =neni | weight=0.061, noneg
=nas =to | weight=0.060
=mrzi | weight=0.060
=nam =prosim | weight=0.060
=do =ordinace | weight=0.060
=ordinace | weight=0.060
=mi =dal | weight=0.060
=tyden =nemam | weight=0.060, noneg
=formular =a | weight=0.059
=ze =vratit | weight=0.059
=podivat | weight=0.059
=jit | weight=0.059
=to =prej | weight=0.059
=tohle =je | weight=0.059
=internet =bankovnictvi | weight=0.059
=km | weight=0.058
=km =daleko | weight=0.058
=napsal =e-mail | weight=0.058
=lince =ze | weight=0.058
=facebooku =a | weight=0.058
=mi =nabidli | weight=0.057
=vyjel | weight=0.057
=jde | weight=0.057
=neni =zadna | weight=0.057, noneg
=pracovnik =ho | weight=0.057
=udelat =pres | weight=0.057
=zavolam | weight=0.057
=cem =tu | weight=0.057
=tu =ted | weight=0.057
=vas =podpora | weight=0.057
=mou | weight=0.056
=daleko | weight=0.056
=me =porad | weight=0.056
=dispecerka | weight=0.056
=webu =neni | weight=0.056, noneg
=telefonicky =to | weight=0.056
=ze =telefonicky | weight=0.056
=operatorka | weight=0.055
=peklo | weight=0.055
=ze =chci | weight=0.055
=s =clovek | weight=0.055
=soukromou =zpravy | weight=0.055
=tam =me | weight=0.055
=prokousat | weight=0.055
=resit =nebude | weight=0.055, noneg
=podruhe =jsem | weight=0.055
=cekal =a | weight=0.055
=pomoct | weight=0.055
=vyrizuje =jen | weight=0.055
=letisti | weight=0.054
=provedl | weight=0.054
=pry =nejde | weight=0.054
=rekl =at | weight=0.054
=ten =formular | weight=0.053
=operator =ktery | weight=0.053
=na =fakturu | weight=0.053
=kdyz =to | weight=0.053
=mam =psat | weight=0.053
=obecny =email | weight=0.053
=obratim =nemuze | weight=0.053
=pry =obratim | weight=0.053
=se =dovolat | weight=0.052
=operator =odmitli | weight=0.052
=se =v | weight=0.052
=abych | weight=0.052
=pry =si | weight=0.052
=k =fakturu | weight=0.052
=ze =ona | weight=0.051
=proto =jsem | weight=0.051
=na =email | weight=0.051
=porad =posilal | weight=0.051
=dostal =jen | weight=0.051
=uroven | weight=0.051
=ukoncil | weight=0.050
=menu | weight=0.050
=nahlasil =pres | weight=0.050
=jsem =napsal | weight=0.050
=to =poslali | weight=0.050
=nejblizsi | weight=0.050
=na =vedeni | weight=0.050
=faq =na | weight=0.050
=menu =me | weight=0.049
=operatorka =mi | weight=0.049
=ze =bez | weight=0.049, noneg
=napisu =na | weight=0.049
=minut =v | weight=0.049
=odpalkoval =at | weight=0.048
=me =posila | weight=0.048
=jdu =na | weight=0.048
=pobocce =mi | weight=0.048
=na =faq | weight=0.048
=doma =ze | weight=0.048
=diky =za | weight=0.048
=mi =vymenu | weight=0.047
=vedeni =se | weight=0.047
=to =nevyresite | weight=0.046
=clovek =a | weight=0.046
=automaticky =menu | weight=0.046
=poslali =na | weight=0.046
=nam =tvrdi | weight=0.046
=formular =se | weight=0.046
=sestra =na | weight=0.046
=mi =porad | weight=0.046
=prej | weight=0.046
