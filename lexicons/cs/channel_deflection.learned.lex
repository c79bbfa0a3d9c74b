# channel_deflection, cs: learned by scripts/learn.py from 3307 tuning texts (127 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ chat me hodil na infolinku, infolinka na pobocku a pobocka zpatky na chat
+ Když jsem chtěla pomoct na pobočce, paní mi dala leták s QR kódem na aplikaci.
+ Na mou stížnost jste reagovali odkazem na samoobsluhu v zákaznickém portálu. Děkuji pěkně.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=online | weight=0.370
=zavolam =na | weight=0.366
=neprovede | weight=0.287
=bez =osobne | weight=0.280, noneg
=na =aplikaci | weight=0.253
=podam =jen | weight=0.251
=misto =odpoved | weight=0.249
=osobne | weight=0.246
=reklamaci =se | weight=0.237
=telefon =to | weight=0.225
=prej =at | weight=0.212
=vyhradne =poste | weight=0.205
=pry =mam | weight=0.205
=vyrizuje | weight=0.203
=v =prodejne | weight=0.203
=po =telefon | weight=0.199
=do =aplikaci | weight=0.197
=me =odkaz | weight=0.194
=jen =pres | weight=0.194
=napisu | weight=0.193
=osobne =na | weight=0.189
=e-mail | weight=0.188
=webu | weight=0.187
=to =pry | weight=0.186
=aplikaci | weight=0.185
=odkaz =na | weight=0.180
=posila =me | weight=0.179
=pres | weight=0.179
=na =infolince | weight=0.179
=podam | weight=0.178
=vyplnit | weight=0.177
=napiste | weight=0.177
=napiste =nam | weight=0.177
=me =na | weight=0.173
=napsal =at | weight=0.172
=at =to | weight=0.170
=napovedy | weight=0.169
=pres =chatu | weight=0.169
=pokazde =kdyz | weight=0.167
=psat =jen | weight=0.166
=vyridili =v | weight=0.164
=nepomuze | weight=0.163
=na =obecny | weight=0.162
=portal | weight=0.159
=tam =to | weight=0.157
=vyridili =pres | weight=0.156
=misto | weight=0.156
=posila =vyplnit | weight=0.154
=mel =nahlasil | weight=0.153
=nahlasil =online | weight=0.153
=odpoved =mi | weight=0.151
=operator =me | weight=0.151
=infolince =infolince | weight=0.150
=si =zajdu | weight=0.150
=zajdu | weight=0.150
=zajdu =na | weight=0.150
=maily | weight=0.150
=vyhradne | weight=0.149
=vyplnit =online | weight=0.148
=infolince =zpatky | weight=0.145
=at | weight=0.145
=pry =musim | weight=0.145
=na =webu | weight=0.145
=napovedy =na | weight=0.144
=chatu =me | weight=0.144
=to =mel | weight=0.144
=pisemne | weight=0.144
=nejde =mam | weight=0.144
=prijit =osobne | weight=0.142
=poslali =pisemne | weight=0.141
=klientske =zone | weight=0.139
=zone | weight=0.139
=me =do | weight=0.138
=poslali =doma | weight=0.138
=zmenit | weight=0.138
=jen =odkaz | weight=0.137
=klientske | weight=0.136
=obecny | weight=0.136
=slysel =jen | weight=0.136
=nevyrizuji | weight=0.135
=infolince | weight=0.133
=at =napisu | weight=0.133
=chatu | weight=0.132
=e-mailovy | weight=0.132
=na =e-mailovy | weight=0.132
=email | weight=0.131
=ze =reklamaci | weight=0.131
=pisu =at | weight=0.130
=pobocce =me | weight=0.130
=psat | weight=0.127
=mam =napsal | weight=0.127
=helpdesk | weight=0.126
=pres =helpdesk | weight=0.126
=tiket =pres | weight=0.126
=zalohu =tiket | weight=0.126
=na =e-mail | weight=0.126
=vypoved | weight=0.124
=posila | weight=0.124
=adresu | weight=0.123
=na =webovy | weight=0.123
=webovy | weight=0.123
=webovy =formular | weight=0.123
=podivat =se | weight=0.123
=pres =internet | weight=0.122
=to =zadam | weight=0.120
=napisu =e-mail | weight=0.119
=misto =toho | weight=0.119
=odpoved =napiste | weight=0.118
=mi =at | weight=0.117
=resit =jen | weight=0.116
=poslali | weight=0.116
=at =zavolam | weight=0.116
=tiket | weight=0.115
=samoobsluzne | weight=0.115
=to =nevyrizuji | weight=0.115
=pres =klientske | weight=0.114
=pres =eshop | weight=0.113
=jde =pres | weight=0.113
=at =resit | weight=0.112
=reklamaci =e-mail | weight=0.112
=resit =reklamaci | weight=0.112
=vyuzit | weight=0.112
=infolince =na | weight=0.112
=vyzvu | weight=0.111
=poste | weight=0.109
=zadna =clovek | weight=0.109, noneg
=profil | weight=0.108
=nikoho =neprijima | weight=0.106, noneg
=obsazena | weight=0.106
=leda | weight=0.106
=nic =nevi | weight=0.106, noneg
=ten =se | weight=0.106
=poslali =vyplnit | weight=0.105
=na =instagramu | weight=0.105
=pres =appku | weight=0.104
=porad =at | weight=0.104
=at =jim | weight=0.103
=to =jde | weight=0.103
=rekl =mi | weight=0.103
=na =facebooku | weight=0.103
=v =aplikaci | weight=0.102
=nadrizenyho | weight=0.102
=nekoho =nadrizenyho | weight=0.102
=facebooku | weight=0.101
=appku | weight=0.101
=na =pobocce | weight=0.101
=podivat | weight=0.100
=prodejne =to | weight=0.100
=tady | weight=0.100
=na =mou | weight=0.099
=jsem =nekoho | weight=0.099
=reklamaci =poslali | weight=0.098
=k =telefon | weight=0.098
=eshop | weight=0.098
=pres =telefon | weight=0.097
=operatorka =trva | weight=0.097
=mi =jen | weight=0.097
=nemam =internet | weight=0.097, noneg
=nahravku | weight=0.097
=kazdy =komentarem | weight=0.096
=komentarem | weight=0.096
=podam =kazdy | weight=0.096
=na =prepazky | weight=0.096
=reklamaci =vyrizuje | weight=0.095
=pani =mi | weight=0.094
=dopis | weight=0.094
=nas =posila | weight=0.093
=stiznost =jste | weight=0.092
=aplikaci =ze | weight=0.092
=me =poslali | weight=0.092
=odpoved =jsem | weight=0.091
=poslali =odkaz | weight=0.091
=jsem =pak | weight=0.091
=poslali =me | weight=0.090
=faq =a | weight=0.090
=tam =neni | weight=0.089, noneg
=mou =stiznost | weight=0.088
=aby =mi | weight=0.087
=posila =na | weight=0.087
=vyridili =do | weight=0.087
=zadam =v | weight=0.087
=musim =prijit | weight=0.086
=je =pry | weight=0.086
=dohledam | weight=0.086
=dohledam =sam | weight=0.086
=stranka =at | weight=0.086
=to =dohledam | weight=0.086
=si =to | weight=0.086
=vas =robot | weight=0.085
=esim | weight=0.085
=jen =online | weight=0.084
=lince =a | weight=0.084
=pobocce =tvrdi | weight=0.084
=to =najdu | weight=0.084
=na =formular | weight=0.083
=pry | weight=0.083
=si =napisu | weight=0.083
=oni =to | weight=0.082
=na =stranka | weight=0.082
=lince =me | weight=0.082
=neresi | weight=0.082
=chatu =na | weight=0.082
=reagovali | weight=0.081
=clovek =tam | weight=0.081
=chyba =vyrobce | weight=0.081
=jsem =dostal | weight=0.080
=kamenne | weight=0.080
=kamenne =prodejne | weight=0.080
=v =kamenne | weight=0.080
=nevedel =jestli | weight=0.080
=mate | weight=0.080
=prej =nejde | weight=0.079
=kod =na | weight=0.079
=robot =na | weight=0.079
=pomoct =na | weight=0.079
=do =servisu | weight=0.079
=pobocce =po | weight=0.079
=jestli =ta | weight=0.079
=operatorka =mi | weight=0.078
=zavolam | weight=0.078
=to =tam | weight=0.078
=samoobsluhy | weight=0.077
=prodavac =v | weight=0.077
=se =k | weight=0.077
=letak | weight=0.077
=poslali =mi | weight=0.077
=ze =mam | weight=0.077
=chatu =je | weight=0.076
=operatorka | weight=0.076
=zakaznickou =podpora | weight=0.076
=doma | weight=0.076
=pak =hovor | weight=0.076
=at =poslali | weight=0.076
=nikoho | weight=0.075, noneg
=ze =nadrizeneho | weight=0.075
=jim =napisu | weight=0.074
=je =chyba | weight=0.074
=aplikaci =at | weight=0.074
=zadam =sam | weight=0.074
=ze =ten | weight=0.074
=prodejne =elektriny | weight=0.074
=jde | weight=0.074
=hovor =ukoncil | weight=0.074
=nevezmou | weight=0.073
=instagramu | weight=0.073
=smeny =na | weight=0.073
=nedostal =a | weight=0.073
=e-shopu =v | weight=0.073
=par | weight=0.073
=prodejne =nam | weight=0.072
=nefunkcni | weight=0.072
=vypisu | weight=0.072
=funkce | weight=0.072
=vyplnit =formular | weight=0.072
=to =neresi | weight=0.071
=kdyz =to | weight=0.071
=to =napisu | weight=0.071
=km | weight=0.070
=km =daleko | weight=0.070
=mi =dal | weight=0.070
=mam =pry | weight=0.070
=nam =to | weight=0.070
=nam =rekl | weight=0.069
=daleko | weight=0.068
=neodesla | weight=0.068
=odkaz | weight=0.068
=vyridili | weight=0.067
=odepsali | weight=0.067
=do =zpravy | weight=0.067
=mi =odkaz | weight=0.066
=prisel =osobne | weight=0.066
=vas =pobocce | weight=0.065
=zmenit =adresu | weight=0.065
=formular =a | weight=0.065
=porad =neni | weight=0.065, noneg
=neprijmou | weight=0.064
=se =resit | weight=0.064
=takovy =je | weight=0.064
=kod | weight=0.064
=na =letisti | weight=0.064
=rekne | weight=0.063
=podpora =je | weight=0.063
=faq =na | weight=0.063
=to =vyridili | weight=0.063
=mam =jit | weight=0.063
=operatorka =me | weight=0.062
=me =porad | weight=0.062
=mou | weight=0.061
=facebooku =a | weight=0.061
=syn | weight=0.061
=celou =tyden | weight=0.061
=se =do | weight=0.061
=nam | weight=0.061
=mi =prisel | weight=0.060
=odbyli =ze | weight=0.060
=pomoct | weight=0.060
=volam =na | weight=0.060
=na =faq | weight=0.060
=doma =at | weight=0.059
=na =email | weight=0.059
=mam =volam | weight=0.059
=me =vyjel | weight=0.059
=vyjel =ze | weight=0.059
=primo =pred | weight=0.059
=dekuji =pekne | weight=0.059
=cekal =a | weight=0.059
=pobocce =mi | weight=0.058
=prej | weight=0.058
=provedl | weight=0.058
=to =zkusim | weight=0.058
=mrzi | weight=0.057
=za =nic | weight=0.057, noneg
=nas =to | weight=0.057
=vedouci =smeny | weight=0.057
=podruhe =jsem | weight=0.057
=nam =prosim | weight=0.057
=prokousat | weight=0.057
=bez | weight=0.057, noneg
=vyrizuje =jen | weight=0.056
=pracovnik =ho | weight=0.056
=udelat =pres | weight=0.056
=hodiny =cekal | weight=0.056
=dispecerka =mi | weight=0.056
=webu =ze | weight=0.056
=mam | weight=0.056
=nevi =nic | weight=0.056, noneg
=chci =mluvit | weight=0.056
=se =v | weight=0.056
=pry =si | weight=0.056
=do =ordinace | weight=0.055
=ordinace | weight=0.055
=ze =ona | weight=0.055
=neni =zadna | weight=0.055, noneg
=na =fakturu | weight=0.055
=ze =chci | weight=0.055
=cem =tu | weight=0.055
=tu =ted | weight=0.055
=k =fakturu | weight=0.055
=operator =ktery | weight=0.055
=vyjel | weight=0.054
=to =prej | weight=0.054
=webu =neni | weight=0.054, noneg
=mi =nepomuze | weight=0.054
=tady =mi | weight=0.054
=soukromou =zpravy | weight=0.053
=mi =nabidli | weight=0.053
=napisu =na | weight=0.053
=nic =a | weight=0.053, noneg
=me =posila | weight=0.053
=nejblizsi | weight=0.052
=odpalkoval =at | weight=0.052
=lince =ze | weight=0.052
=peklo | weight=0.052
=s =clovek | weight=0.052
=automaticky =menu | weight=0.052
=rekne =at | weight=0.051
=menu =me | weight=0.051
=ten =formular | weight=0.051
=dostal =jen | weight=0.051
=pekne | weight=0.050
=mam =psat | weight=0.050
=obecny =email | weight=0.050
=obratim =nemuze | weight=0.050
=pry =obratim | weight=0.050
=poslali =pres | weight=0.050
=muze =jen | weight=0.050
=dotaz =k | weight=0.050
=neudela | weight=0.050
=je =vsechno | weight=0.050
=toho | weight=0.050
=smeny | weight=0.050
=operator =odmitli | weight=0.050
=vratit =to | weight=0.049
=napisu =email | weight=0.049
=minut =na | weight=0.049
=uroven | weight=0.049
=porad =posilal | weight=0.049
=to =neda | weight=0.049
=pobocce | weight=0.049
=webu =a | weight=0.049
=se =dovolat | weight=0.049
=a =ne | weight=0.049, noneg
=prodejne | weight=0.049
=chatbot =me | weight=0.048
=dispecerka | weight=0.048
=ze =bez | weight=0.048, noneg
=mi =vymenu | weight=0.048
=jen =na | weight=0.048
=rekl =at | weight=0.048
=nahlasil =pres | weight=0.048
=stejne =nikdo | weight=0.047, noneg
=jsem =zavolam | weight=0.047
=na =vedeni | weight=0.047
=napisu =pres | weight=0.047
=ze =vratit | weight=0.047
=obnovit =heslo | weight=0.047
=letisti | weight=0.046
=vas =podpora | weight=0.046
=ukoncil | weight=0.046
=minut =v | weight=0.046
