# channel_deflection, cs: learned by scripts/learn.py from 3535 tuning texts (128 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Když jsem chtěla pomoct na pobočce, paní mi dala leták s QR kódem na aplikaci.
+ Na mou stížnost jste reagovali odkazem na samoobsluhu v zákaznickém portálu. Děkuji pěkně.
+ chtela jsem nekoho nadrizenyho, pan mi rekl ze ten se k telefonu nedostane a ze muzu leda napsat dopis
- ok dekuju
- super, doporucuju
=online | weight=0.366
=zavolam =na | weight=0.364
=neprovede | weight=0.281
=bez =osobne | weight=0.269, noneg
=podam =jen | weight=0.254
=na =aplikaci | weight=0.249
=misto =odpoved | weight=0.248
=osobne | weight=0.236
=reklamaci =se | weight=0.234
=telefon =to | weight=0.219
=prej =at | weight=0.210
=po =telefon | weight=0.209
=vyhradne =poste | weight=0.205
=vyrizuje | weight=0.203
=me =odkaz | weight=0.199
=pry =mam | weight=0.198
=jen =pres | weight=0.198
=aplikaci | weight=0.194
=to =pry | weight=0.193
=napisu | weight=0.193
=v =prodejne | weight=0.192
=osobne =na | weight=0.188
=do =aplikaci | weight=0.186
=odkaz =na | weight=0.182
=vyplnit | weight=0.181
=webu | weight=0.177
=napiste | weight=0.176
=napiste =nam | weight=0.176
=pres | weight=0.175
=napsal =at | weight=0.174
=posila =me | weight=0.172
=vyridili =v | weight=0.171
=napovedy | weight=0.171
=e-mail | weight=0.169
=me =na | weight=0.169
=at =to | weight=0.166
=nepomuze | weight=0.166
=psat =jen | weight=0.166
=na =infolince | weight=0.166
=podam | weight=0.165
=pokazde =kdyz | weight=0.163
=na =obecny | weight=0.163
=portal | weight=0.162
=pres =chatu | weight=0.160
=operator =me | weight=0.159
=vyhradne | weight=0.158
=na =webu | weight=0.154
=mel =nahlasil | weight=0.154
=nahlasil =online | weight=0.154
=vyplnit =online | weight=0.151
=tam =to | weight=0.150
=poslali =pisemne | weight=0.150
=at | weight=0.149
=vyridili =pres | weight=0.149
=si =zajdu | weight=0.147
=zajdu | weight=0.147
=zajdu =na | weight=0.147
=pry =musim | weight=0.147
=odpoved =mi | weight=0.146
=maily | weight=0.145
=infolince =zpatky | weight=0.145
=misto | weight=0.145
=napovedy =na | weight=0.144
=posila =vyplnit | weight=0.144
=at =napisu | weight=0.141
=poslali =doma | weight=0.139
=obecny | weight=0.139
=zmenit | weight=0.139
=klientske =zone | weight=0.139
=zone | weight=0.139
=klientske | weight=0.137
=chatu =me | weight=0.137
=infolince =infolince | weight=0.137
=prijit =osobne | weight=0.135
=nejde =mam | weight=0.135
=jen =odkaz | weight=0.133
=pisemne | weight=0.133
=e-mailovy | weight=0.133
=na =e-mailovy | weight=0.133
=email | weight=0.133
=chatu | weight=0.132
=pisu =at | weight=0.132
=nevyrizuji | weight=0.131
=ze =reklamaci | weight=0.131
=to =mel | weight=0.130
=slysel =jen | weight=0.130
=me =do | weight=0.129
=pres =internet | weight=0.128
=vypoved | weight=0.127
=psat | weight=0.126
=napisu =e-mail | weight=0.125
=pobocce =me | weight=0.125
=mam =napsal | weight=0.125
=mi =at | weight=0.125
=adresu | weight=0.124
=na =pobocce | weight=0.124
=helpdesk | weight=0.122
=pres =helpdesk | weight=0.122
=tiket =pres | weight=0.122
=zalohu =tiket | weight=0.122
=infolince | weight=0.121
=misto =toho | weight=0.121
=odpoved =napiste | weight=0.120
=na =webovy | weight=0.120
=webovy | weight=0.120
=webovy =formular | weight=0.120
=na =e-mail | weight=0.119
=podivat =se | weight=0.119
=jde =pres | weight=0.119
=poslali | weight=0.118
=to =zadam | weight=0.117
=samoobsluzne | weight=0.116
=vyzvu | weight=0.116
=pres =eshop | weight=0.115
=resit =jen | weight=0.114
=vyuzit | weight=0.114
=v =aplikaci | weight=0.113
=to =nevyrizuji | weight=0.113
=profil | weight=0.112
=pres =klientske | weight=0.112
=prodejne =to | weight=0.112
=at =zavolam | weight=0.111
=zadna =clovek | weight=0.111, noneg
=at =resit | weight=0.111
=reklamaci =e-mail | weight=0.111
=resit =reklamaci | weight=0.111
=tiket | weight=0.111
=posila | weight=0.111
=rekl =mi | weight=0.108
=podivat | weight=0.108
=nic =nevi | weight=0.107, noneg
=infolince =na | weight=0.106
=na =instagramu | weight=0.106
=ten =se | weight=0.106
=pres =appku | weight=0.105
=na =facebooku | weight=0.105
=poslali =me | weight=0.105
=poslali =vyplnit | weight=0.105
=leda | weight=0.105
=facebooku | weight=0.104
=reklamaci =poslali | weight=0.104
=nikoho =neprijima | weight=0.104, noneg
=obsazena | weight=0.104
=nadrizenyho | weight=0.103
=nekoho =nadrizenyho | weight=0.103
=poste | weight=0.102
=at =jim | weight=0.102
=jsem =nekoho | weight=0.101
=tady | weight=0.101
=appku | weight=0.101
=nahravku | weight=0.101
=na =mou | weight=0.099
=stiznost =jste | weight=0.099
=nemam =internet | weight=0.097, noneg
=reklamaci =vyrizuje | weight=0.097
=mi =jen | weight=0.096
=kazdy =komentarem | weight=0.096
=komentarem | weight=0.096
=podam =kazdy | weight=0.096
=pani =mi | weight=0.096
=dopis | weight=0.095
=operatorka =trva | weight=0.095
=lince =a | weight=0.094
=jsem =pak | weight=0.094
=mou =stiznost | weight=0.092
=eshop | weight=0.092
=aplikaci =ze | weight=0.092
=pres =telefon | weight=0.092
=pobocce =tvrdi | weight=0.092
=to =jde | weight=0.092
=stale =primo | weight=0.090
=odpoved =jsem | weight=0.089
=musim =prijit | weight=0.089
=poslali =odkaz | weight=0.088
=zadam =v | weight=0.087
=reagovali | weight=0.086
=dohledam | weight=0.086
=dohledam =sam | weight=0.086
=stranka =at | weight=0.086
=to =dohledam | weight=0.086
=na =formular | weight=0.085
=porad =at | weight=0.085
=vas =robot | weight=0.085
=tam =neni | weight=0.085, noneg
=si =to | weight=0.084
=na =prepazky | weight=0.083
=k =telefon | weight=0.083
=aby =mi | weight=0.083
=jsem =dostal | weight=0.083
=odkaz | weight=0.083
=se =k | weight=0.082
=mate | weight=0.082
=pobocce =po | weight=0.082
=esim | weight=0.081
=vyridili =do | weight=0.081
=poslali =mi | weight=0.080
=pomoct =na | weight=0.080
=na =stranka | weight=0.080
=chatu =na | weight=0.080
=samoobsluhy | weight=0.080
=si =napisu | weight=0.080
=kod =na | weight=0.080
=a =clovek | weight=0.079
=clovek =tam | weight=0.079
=to =napisu | weight=0.079
=lince =me | weight=0.079
=robot =na | weight=0.079
=vyplnit =formular | weight=0.078
=vyridili | weight=0.078
=volam =na | weight=0.078
=nas =posila | weight=0.078
=ze =mam | weight=0.078
=ze =ten | weight=0.078
=kamenne | weight=0.078
=kamenne =prodejne | weight=0.078
=v =kamenne | weight=0.078
=je =pry | weight=0.078
=prej =nejde | weight=0.077
=at =poslali | weight=0.077
=zavolam | weight=0.077
=letak | weight=0.077
=do =servisu | weight=0.076
=to =tam | weight=0.076
=chyba =vyrobce | weight=0.075
=jen =online | weight=0.075
=me =poslali | weight=0.075
=zakaznickou =podpora | weight=0.075
=pak =hovor | weight=0.075
=neresi | weight=0.073
=instagramu | weight=0.073
=jim =napisu | weight=0.073
=nikoho | weight=0.073, noneg
=e-shopu =v | weight=0.073
=neprijmou | weight=0.072
=vypisu | weight=0.072
=faq =a | weight=0.072
=to =najdu | weight=0.072
=chatu =je | weight=0.072
=smeny =na | weight=0.072
=hovor =ukoncil | weight=0.072
=posila =na | weight=0.071
=je =chyba | weight=0.071
=nedostal =a | weight=0.071
=nefunkcni | weight=0.071
=kdyz =to | weight=0.071
=faq =na | weight=0.070
=nevezmou | weight=0.070
=prodejne =nam | weight=0.069
=odepsali | weight=0.069
=se =resit | weight=0.069
=do =zpravy | weight=0.069
=bez | weight=0.068, noneg
=se =do | weight=0.067
=mi =dal | weight=0.067
=mi =odkaz | weight=0.067
=nam | weight=0.067
=ta =pracka | weight=0.067
=nam =to | weight=0.066
=ze =nadrizeneho | weight=0.066
=mam | weight=0.066
=neodesla | weight=0.066
=aplikaci =at | weight=0.066
=zadam =sam | weight=0.066
=takovy =je | weight=0.066
=doma =at | weight=0.066
=operatorka =mi | weight=0.066
=oni =to | weight=0.065
=nevedel =jestli | weight=0.065
=porad =neni | weight=0.065, noneg
=pry | weight=0.065
=podpora =je | weight=0.065
=dekuji =pekne | weight=0.065
=operatorka | weight=0.064
=vas =pobocce | weight=0.064
=nam =rekl | weight=0.063
=to =neresi | weight=0.063
=mam =pry | weight=0.063
=jestli =ta | weight=0.063
=toho | weight=0.063
=facebooku =a | weight=0.063
=km | weight=0.062
=km =daleko | weight=0.062
=prodavac =v | weight=0.062
=syn | weight=0.062
=na =letisti | weight=0.062
=prej | weight=0.062
=kod | weight=0.061
=jde | weight=0.061
=operatorka =me | weight=0.061
=daleko | weight=0.061
=prodejne =elektriny | weight=0.060
=hodiny =cekal | weight=0.060
=ten =formular | weight=0.059
=mam =jit | weight=0.059
=cem =tu | weight=0.059
=tu =ted | weight=0.059
=cekal =a | weight=0.059
=funkce | weight=0.059
=mi =prisel | weight=0.059
=pobocce =mi | weight=0.058
=formular =a | weight=0.058
=me =posila | weight=0.058
=mou | weight=0.058
=prodejne | weight=0.058
=par | weight=0.058
=poslali =pres | weight=0.058
=pracovnik =ho | weight=0.057
=udelat =pres | weight=0.057
=operator =odmitli | weight=0.057
=webu =ze | weight=0.057
=prisel =osobne | weight=0.057
=za =nic | weight=0.057, noneg
=odbyli =ze | weight=0.057
=na =fakturu | weight=0.057
=to =prej | weight=0.057
=k =fakturu | weight=0.057
=na =email | weight=0.056
=lince =ze | weight=0.056
=me =porad | weight=0.056
=na =e-shopu | weight=0.056
=me =vyjel | weight=0.055
=vyjel =ze | weight=0.055
=mrzi | weight=0.055
=neni =zadna | weight=0.055, noneg
=odpalkoval =at | weight=0.055
=nam =prosim | weight=0.055
=nas =to | weight=0.055
=celou =tyden | weight=0.055
=pekne | weight=0.054
=mam =volam | weight=0.054
=dostal =jen | weight=0.054
=formular =na | weight=0.054
=mi =nabidli | weight=0.054
=vyjel | weight=0.054
=pomoct | weight=0.054
=pry =si | weight=0.054
=mi =nepomuze | weight=0.054
=tady =mi | weight=0.054
=vedouci =smeny | weight=0.053
=do =ordinace | weight=0.053
=ordinace | weight=0.053
=webu =neni | weight=0.053, noneg
=neudela | weight=0.053
=provedl | weight=0.053
=prokousat | weight=0.053
=doma | weight=0.052
=s =clovek | weight=0.052
=soukromou =zpravy | weight=0.052
=zmenit =adresu | weight=0.052
=chci =mluvit | weight=0.052
=to =vyridili | weight=0.052
=podruhe =jsem | weight=0.052
=pobocce | weight=0.052
=k =cem | weight=0.052
=nejblizsi | weight=0.052
=ze =chci | weight=0.052
=napisu =na | weight=0.051
=operator =ktery | weight=0.051
=dotaz =k | weight=0.051
=peklo | weight=0.051
=primo =pred | weight=0.051
=dispecerka =mi | weight=0.051
=vas =podpora | weight=0.051
=nevi =nic | weight=0.051, noneg
=obnovit =heslo | weight=0.051
=formular =se | weight=0.051
=rekl =at | weight=0.050
=minut =v | weight=0.050
=nic =a | weight=0.050, noneg
=rekne | weight=0.050
=ze =ona | weight=0.050
=se =v | weight=0.050
=vyrizuje =jen | weight=0.050
=ukoncil | weight=0.050
=napisu =email | weight=0.050
=napisu =pres | weight=0.049
=mam =psat | weight=0.049
=obecny =email | weight=0.049
=obratim =nemuze | weight=0.049
=pry =obratim | weight=0.049
=porad =obsazena | weight=0.049
=to =zkusim | weight=0.049
=menu =me | weight=0.049
=v =menu | weight=0.049
=clovek =a | weight=0.048
=minut =na | weight=0.048
=porad =posilal | weight=0.048
=nahlasil =pres | weight=0.048
=slysel | weight=0.048
=jit | weight=0.048
=nabidli | weight=0.048
=uroven | weight=0.048
=jsem =zavolam | weight=0.048
=muze =jen | weight=0.048
=mi =vymenu | weight=0.047
=ze =bez | weight=0.047, noneg
=se =dovolat | weight=0.047
=nam =tvrdi | weight=0.047
=je =vsechno | weight=0.047
=diky =za | weight=0.046
