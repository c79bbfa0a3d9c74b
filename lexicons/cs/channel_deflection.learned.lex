# channel_deflection, cs: learned by scripts/learn.py from 3092 tuning texts (105 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Když jsem chtěla pomoct na pobočce, paní mi dala leták s QR kódem na aplikaci.
+ chtela jsem nekoho nadrizenyho, pan mi rekl ze ten se k telefonu nedostane a ze muzu leda napsat dopis
+ zkousel jsem se dovolat do ordinace celej tyden, bud obsazeno nebo to nikdo nebere. kdyz jsem tam prisel osobne, sestra na me vyjela ze mam volat a ne sem lezt
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=online | weight=0.383
=neprovede | weight=0.292
=bez =osobne | weight=0.285, noneg
=osobne | weight=0.239
=zavolam =na | weight=0.222
=vyrizuji | weight=0.221
=telefon =to | weight=0.218
=po =telefon | weight=0.217
=reklamaci =se | weight=0.215
=me =odkaz | weight=0.206
=to =pry | weight=0.201
=pry =mam | weight=0.201
=do =aplikace | weight=0.200
=v =prodejne | weight=0.198
=vyhradne =poste | weight=0.196
=prej =at | weight=0.195
=napisu | weight=0.187
=webu | weight=0.186
=osobne =na | weight=0.183
=posila =vyplnit | weight=0.182
=napiste | weight=0.182
=napiste =nam | weight=0.182
=aplikace | weight=0.181
=pres =chatu | weight=0.178
=misto =odpoved | weight=0.175
=na =aplikace | weight=0.173
=tam =to | weight=0.172
=vyridili =pres | weight=0.172
=psat =jen | weight=0.172
=napsal =at | weight=0.171
=at =zavolam | weight=0.168
=vyplnit | weight=0.168
=na =obecny | weight=0.166
=podam | weight=0.165
=maily | weight=0.164
=infolince =na | weight=0.164
=odkaz =na | weight=0.163
=napovedy | weight=0.162
=at =to | weight=0.161
=si =zajdu | weight=0.158
=zajdu | weight=0.158
=zajdu =na | weight=0.158
=mel =nahlasil | weight=0.157
=nahlasil =online | weight=0.157
=na =infolince | weight=0.156
=infolince =infolince | weight=0.156
=e-mail | weight=0.154
=pres | weight=0.154
=odpoved =mi | weight=0.152
=pisemne | weight=0.151
=pres =internet | weight=0.150
=klientske =zone | weight=0.148
=zone | weight=0.148
=resit =jen | weight=0.146
=mi =at | weight=0.145
=vyridili =v | weight=0.145
=vyhradne | weight=0.145
=klientske | weight=0.144
=vypoved | weight=0.142
=ze =reklamaci | weight=0.142
=poslali =pisemne | weight=0.141
=me =do | weight=0.141
=obecny | weight=0.140
=to =zadam | weight=0.139
=prijit =osobne | weight=0.137
=pobocce =me | weight=0.137
=zmenit | weight=0.137
=adresu | weight=0.137
=slysel =jen | weight=0.135
=pry =musim | weight=0.132
=vyplnit =online | weight=0.131
=infolince =zpatky | weight=0.131
=at =napisu | weight=0.130
=pokazde =kdyz | weight=0.130
=podivat =se | weight=0.130
=na =webu | weight=0.130
=pres =klientske | weight=0.129
=helpdesk | weight=0.129
=pres =helpdesk | weight=0.129
=tiket =pres | weight=0.129
=zalohu =tiket | weight=0.129
=poste | weight=0.129
=podivat | weight=0.128
=at | weight=0.128
=na =webovy | weight=0.127
=webovy | weight=0.127
=webovy =formular | weight=0.127
=e-mailovy | weight=0.126
=na =e-mailovy | weight=0.126
=jen =pres | weight=0.126
=pani =mi | weight=0.125
=to =mel | weight=0.125
=poslali =doma | weight=0.125
=odpoved =napiste | weight=0.125
=jde =pres | weight=0.125
=samoobsluzne | weight=0.123
=operator =me | weight=0.122
=jen =odkaz | weight=0.121
=psat | weight=0.120
=misto | weight=0.119
=infolince | weight=0.118
=to =jde | weight=0.117
=napisu =e-mail | weight=0.117
=tiket | weight=0.115
=reklamaci =vyrizuji | weight=0.115
=vyuzit | weight=0.115
=mam =napsal | weight=0.114
=nejde =mam | weight=0.114
=profil | weight=0.114
=poslali =vyplnit | weight=0.113
=nikoho =neprijima | weight=0.112, noneg
=porad =at | weight=0.111
=zadna =clovek | weight=0.111, noneg
=portal | weight=0.109
=rekl =mi | weight=0.109
=chatu | weight=0.109
=na =facebooku | weight=0.108
=jsem =pak | weight=0.108
=na =e-mail | weight=0.107
=facebooku | weight=0.107
=reklamaci =poslali | weight=0.105
=obsazena | weight=0.105
=na =pobocce | weight=0.105
=at =jim | weight=0.105
=poslali | weight=0.105
=nevyrizuji | weight=0.104
=at =resit | weight=0.103
=reklamaci =e-mail | weight=0.103
=resit =reklamaci | weight=0.103
=ten =se | weight=0.103
=nahravku | weight=0.103
=leda | weight=0.102
=mate | weight=0.102
=kazdy =komentarem | weight=0.101
=komentarem | weight=0.101
=podam =kazdy | weight=0.101
=operatorka =trva | weight=0.100
=nas =posila | weight=0.100
=v =aplikace | weight=0.100
=musim =prijit | weight=0.099
=na =instagramu | weight=0.099
=poslali =odkaz | weight=0.098
=nadrizenyho | weight=0.098
=nekoho =nadrizenyho | weight=0.098
=misto =toho | weight=0.098
=aplikace =ze | weight=0.097
=jsem =nekoho | weight=0.096
=email | weight=0.096
=dohledam | weight=0.095
=dohledam =sam | weight=0.095
=stranka =at | weight=0.095
=to =dohledam | weight=0.095
=aplikace =at | weight=0.095
=zadam =sam | weight=0.095
=k =telefon | weight=0.095
=lince =me | weight=0.094
=poslali =me | weight=0.094
=na =prepazky | weight=0.094
=zadam =v | weight=0.094
=je =pry | weight=0.093
=pres =telefon | weight=0.092
=nevedel =jestli | weight=0.091
=na =stranka | weight=0.091
=jde | weight=0.090
=lince =a | weight=0.089
=vyplnit =formular | weight=0.088
=pobocce =tvrdi | weight=0.088
=kod =na | weight=0.087
=pomoct =na | weight=0.087
=prodejne =elektriny | weight=0.086
=prodavac =v | weight=0.086
=letak | weight=0.086
=se =do | weight=0.085
=mi =prisel | weight=0.085
=dopis | weight=0.084
=funkce | weight=0.084
=rekne | weight=0.084
=mi =porad | weight=0.083
=do =zpravy | weight=0.083
=kdyz =to | weight=0.083
=par | weight=0.082
=odkaz | weight=0.082
=odepsali | weight=0.082
=se =k | weight=0.082
=vypisu | weight=0.082
=chatu =na | weight=0.081
=pak =hovor | weight=0.081
=vyridili =do | weight=0.080
=at =poslali | weight=0.080
=mi =dal | weight=0.079
=jim =napisu | weight=0.079
=pobocce =po | weight=0.079
=mi =nepomuze | weight=0.079
=tady =mi | weight=0.079
=se =resit | weight=0.079
=me =posila | weight=0.079
=esim | weight=0.079
=zakaznickou =podpora | weight=0.078
=pisu =at | weight=0.077
=nepomuze | weight=0.077
=operatorka =me | weight=0.076
=napisu =pres | weight=0.076
=mi =odkaz | weight=0.076
=hovor =ukoncil | weight=0.076
=chyba =vyrobce | weight=0.075
=nedostal =a | weight=0.075
=instagramu | weight=0.075
=doma =at | weight=0.075
=prej =nejde | weight=0.075
=k =fakturu | weight=0.075
=do =servisu | weight=0.075
=ze =nadrizeneho | weight=0.075
=ze =mam | weight=0.074
=aby =mi | weight=0.074
=podpora =je | weight=0.074
=kod | weight=0.073
=za =nic | weight=0.073, noneg
=to =napisu | weight=0.073
=nefunkcni | weight=0.072
=je =chyba | weight=0.071
=na =napovedy | weight=0.071
=volam =na | weight=0.071
=appku | weight=0.071
=dotaz =k | weight=0.071
=vyridili | weight=0.070
=nikoho | weight=0.070, noneg
=lince =ze | weight=0.070
=ze =ona | weight=0.070
=ukoncil | weight=0.070
=ze =ten | weight=0.069
=smeny =na | weight=0.069
=pomoct | weight=0.069
=vas =pobocce | weight=0.069
=formular =na | weight=0.069
=takovy =je | weight=0.069
=nam =to | weight=0.068
=pry | weight=0.068
=jen =na | weight=0.067
=neresi | weight=0.067
=neodesla | weight=0.067
=mam | weight=0.066
=porad =neni | weight=0.066, noneg
=cem =tu | weight=0.066
=tu =ted | weight=0.066
=cekal =a | weight=0.065
=me =na | weight=0.065
=peklo | weight=0.064
=chci =mluvit | weight=0.064
=webu =at | weight=0.064
=to =najdu | weight=0.064
=pracovnik =ho | weight=0.063
=udelat =pres | weight=0.063
=formular =a | weight=0.063
=neni =zadna | weight=0.063, noneg
=webu =ze | weight=0.063
=ze =chci | weight=0.063
=hodiny =cekal | weight=0.063
=prisel =osobne | weight=0.062
=webu =neni | weight=0.062, noneg
=rekl =at | weight=0.062
=neprijmou | weight=0.062
=na =letisti | weight=0.062
=me =hodil | weight=0.061
=nejblizsi | weight=0.061
=rekne =at | weight=0.061
=daleko | weight=0.061
=jen =online | weight=0.061
=vyrizuji =jen | weight=0.061
=caste =dotaz | weight=0.061
=syn | weight=0.060
=vas =podpora | weight=0.060
=primo =pred | weight=0.060
=webu =a | weight=0.060
=mam =pry | weight=0.059
=musim =pry | weight=0.059
=je =vsechno | weight=0.059
=dispecerka =mi | weight=0.058
=a =ukoncil | weight=0.058
=k =cem | weight=0.057
=s =clovek | weight=0.057
=at =volam | weight=0.057
=operatorka | weight=0.057
=minut =na | weight=0.057
=napisu =email | weight=0.056
=si =to | weight=0.056
=mi =vymenu | weight=0.056
=nam =prosim | weight=0.056
=nas =to | weight=0.056
=mrzi | weight=0.056
=a =jedina | weight=0.055
=ze =tam | weight=0.055
=chatbot =me | weight=0.055
=sim | weight=0.055
=mi =nabidli | weight=0.055
=telefonicky =to | weight=0.055
=ze =telefonicky | weight=0.055
=facebooku =a | weight=0.055
=mam =psat | weight=0.055
=obecny =email | weight=0.055
=obratim =nemuze | weight=0.055
=pry =obratim | weight=0.055
=me =vyjel | weight=0.055
=vyjel =ze | weight=0.055
=se =v | weight=0.055
=celou =tyden | weight=0.055
=nam =tvrdi | weight=0.054
=jdu =na | weight=0.054
=mam =volam | weight=0.054
=soukromou =zpravy | weight=0.054
=cekarne =skoro | weight=0.054
=na =fakturu | weight=0.054
=to =prej | weight=0.053
=jsem =tak | weight=0.053
=vyjel | weight=0.053
=menu | weight=0.053
=oni =to | weight=0.053
=to =neda | weight=0.053
=me =poslali | weight=0.053
=vedouci =smeny | weight=0.053
=mam =jit | weight=0.052
=porad =obsazena | weight=0.052
=operator =odmitli | weight=0.051
=odbyli =ze | weight=0.051
=prepazky =me | weight=0.051
=na =vedeni | weight=0.051
=to =zkusim | weight=0.051
=to =neresi | weight=0.051
=pobocce =mi | weight=0.051
=se =dovolat | weight=0.051
=ze =vypoved | weight=0.051
=ten =formular | weight=0.050
=zmenit =adresu | weight=0.050
=odpalkoval =at | weight=0.050
=poste =mi | weight=0.050
=byla =porad | weight=0.050
=nikdo =nebere | weight=0.050, noneg
=doma =ze | weight=0.050
=prace =jsem | weight=0.050
=nam | weight=0.050
=nabidli | weight=0.050
=prodejne =me | weight=0.050
=ji =poslali | weight=0.049
=otevre | weight=0.049
=porad =posilal | weight=0.049
=poslali =mi | weight=0.049
=cem | weight=0.049
=zajem | weight=0.049
=do =ordinace | weight=0.049
=ordinace | weight=0.049
=skoro =tri | weight=0.049
=urade =prace | weight=0.049
=rekne =ze | weight=0.048
=sedela =v | weight=0.048
=hodil =na | weight=0.048
=dostal =jen | weight=0.048
=ze =bez | weight=0.048, noneg
=v =nabidkou | weight=0.048
=letisti | weight=0.048
=je =fakt | weight=0.048
=s =dotaz | weight=0.047
=poslali =na | weight=0.047
=podruhe =jsem | weight=0.047
=provedl | weight=0.047
=diky =za | weight=0.047
=offline | weight=0.047
=prokousat | weight=0.047
=to =konecne | weight=0.047
=udelat | weight=0.047
=fb | weight=0.046
=na =fb | weight=0.046
=toho | weight=0.046
=pry =jen | weight=0.046
=prej | weight=0.046
=zkusim | weight=0.046
=operatorka =mi | weight=0.046
=bonus | weight=0.046
=pres =e-shopu | weight=0.046
=dispecerka | weight=0.046
=operator =ktery | weight=0.046
=minut =v | weight=0.046
=se =pry | weight=0.045
=registrace | weight=0.045
=tohle =je | weight=0.045
=vernostni =programu | weight=0.045
=clovek =a | weight=0.045
=v =brne | weight=0.045
=menu =me | weight=0.045
=smeny | weight=0.044
=chatu =me | weight=0.044
=vedeni =se | weight=0.044
=neprijimaji | weight=0.044
=soukromou | weight=0.044
=fakturu =mi | weight=0.044
=adresu =webu | weight=0.044
=jen =nadiktoval | weight=0.044
=nadiktoval =adresu | weight=0.044
=tam =vyplnit | weight=0.044
=tak =mi | weight=0.043
=to =nikdo | weight=0.043, noneg
=jsem =sedela | weight=0.043
