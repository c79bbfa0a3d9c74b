# channel_deflection, cs: learned by scripts/learn.py from 2812 tuning texts (92 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Když jsem chtěla pomoct na pobočce, paní mi dala leták s QR kódem na aplikaci.
+ pises si s botem, bot nevi, napises "operator", ceka se 25 minut a pak ti clovek posle odkaz na napovedu, kterou uz jsi cetl. genialni zakaznicka podpora.
+ na urade prace jsem sedela v cekarne skoro tri hodiny. kdyz jsem pak pozadala o rozhovor s vedoucim oddeleni, urednice rekla ze vedouci nikoho neprijima a at si napisu zadost.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=online | weight=0.471
=bez =osobne | weight=0.275, noneg
=neprovede | weight=0.275
=pisemne | weight=0.256
=osobne =na | weight=0.241
=vyrizuji | weight=0.241
=telefon =to | weight=0.229
=po =telefon | weight=0.228
=osobne | weight=0.224
=aplikace | weight=0.217
=zavolam =na | weight=0.213
=reklamaci =se | weight=0.205
=vyhradne =poste | weight=0.202
=napsal =at | weight=0.199
=at =zavolam | weight=0.193
=pry =mam | weight=0.192
=to =pry | weight=0.190
=webu | weight=0.190
=na =webu | weight=0.190
=napisu | weight=0.188
=do =aplikace | weight=0.188
=napiste | weight=0.187
=napiste =nam | weight=0.187
=pres | weight=0.182
=odkaz =na | weight=0.182
=me =odkaz | weight=0.177
=na =aplikace | weight=0.171
=infolince =na | weight=0.171
=prej =at | weight=0.171
=misto =odpoved | weight=0.169
=maily | weight=0.166
=na =infolince | weight=0.165
=vyridili =pres | weight=0.165
=jen =pres | weight=0.162
=podam | weight=0.159
=at | weight=0.158
=tam =to | weight=0.157
=infolince =infolince | weight=0.155
=at =to | weight=0.154
=vyhradne | weight=0.154
=na =obecny | weight=0.152
=psat =jen | weight=0.152
=pres =chatu | weight=0.152
=napovedy | weight=0.151
=e-mail | weight=0.150
=zmenit | weight=0.150
=klientske =zone | weight=0.149
=zone | weight=0.149
=posila =vyplnit | weight=0.149
=si =zajdu | weight=0.149
=zajdu | weight=0.149
=zajdu =na | weight=0.149
=jde | weight=0.148
=mel =nahlasil | weight=0.148
=nahlasil =online | weight=0.148
=klientske | weight=0.146
=mi =at | weight=0.146
=vyridili =v | weight=0.145
=me =do | weight=0.141
=jen =na | weight=0.140
=ze =reklamaci | weight=0.139
=odpoved =mi | weight=0.139
=adresu | weight=0.139
=obecny | weight=0.133
=samoobsluzne | weight=0.132
=odpoved =napiste | weight=0.131
=pry =musel | weight=0.130
=prijit =osobne | weight=0.129
=na =webovy | weight=0.129
=webovy | weight=0.129
=webovy =formular | weight=0.129
=podivat =se | weight=0.128
=infolince =zpatky | weight=0.128
=to =zadam | weight=0.128
=pres =internet | weight=0.126
=v =prodejne | weight=0.125
=infolince | weight=0.123
=nikoho =neprijima | weight=0.123, noneg
=vyplnit | weight=0.121
=at =napisu | weight=0.121
=napisu =e-mail | weight=0.121
=mam =napsal | weight=0.119
=nejde =mam | weight=0.119
=pokazde =kdyz | weight=0.119
=poslali =doma | weight=0.119
=podivat | weight=0.117
=helpdesk | weight=0.117
=pres =helpdesk | weight=0.117
=tiket =pres | weight=0.117
=zalohu =tiket | weight=0.117
=pres =klientske | weight=0.116
=e-mailovy | weight=0.116
=na =e-mailovy | weight=0.116
=poslali =pisemne | weight=0.115
=operator =me | weight=0.114
=portal | weight=0.114
=jsem =pak | weight=0.113
=jen =odkaz | weight=0.113
=to =mel | weight=0.113
=pobocce =me | weight=0.111
=vyplnit =online | weight=0.111
=resit =jen | weight=0.110
=psat | weight=0.109
=reklamaci =vyrizuji | weight=0.109
=poste | weight=0.109
=profil | weight=0.108
=misto | weight=0.108
=vyuzit | weight=0.106
=chatu | weight=0.105
=poslali =vyplnit | weight=0.105
=misto =toho | weight=0.105
=porad =at | weight=0.105
=aplikace =ze | weight=0.104
=at =jim | weight=0.103
=tiket | weight=0.103
=kazdy =komentarem | weight=0.103
=komentarem | weight=0.103
=podam =kazdy | weight=0.103
=na =facebooku | weight=0.102
=odkaz | weight=0.102
=zadna =clovek | weight=0.101, noneg
=na =pobocce | weight=0.101
=poslali | weight=0.101
=facebooku | weight=0.101
=na =prepazky | weight=0.101
=jde =pres | weight=0.100
=poslali =odkaz | weight=0.099
=mate | weight=0.099
=rekl =mi | weight=0.099
=vypoved | weight=0.098
=at =resit | weight=0.098
=reklamaci =e-mail | weight=0.098
=resit =reklamaci | weight=0.098
=vyplnit =formular | weight=0.096
=to =jde | weight=0.096
=nahravku | weight=0.095
=nevyrizuji | weight=0.094
=zadam =v | weight=0.094
=zalohu | weight=0.093
=poslali =me | weight=0.093
=letak | weight=0.093
=dohledam | weight=0.093
=dohledam =sam | weight=0.093
=stranka =at | weight=0.093
=to =dohledam | weight=0.093
=na =instagramu | weight=0.093
=reklamaci =poslali | weight=0.092
=na =e-mail | weight=0.090
=volam =na | weight=0.090
=mi =prisel | weight=0.090
=kod =na | weight=0.089
=slysel =jen | weight=0.089
=to =vyridili | weight=0.088
=aplikace =at | weight=0.087
=zadam =sam | weight=0.087
=na =stranka | weight=0.087
=za =nic | weight=0.087, noneg
=formular =na | weight=0.086
=se =do | weight=0.086
=kod | weight=0.086
=v =aplikace | weight=0.085
=lince =a | weight=0.085
=chatu =na | weight=0.085
=kdyz =to | weight=0.083
=zakaznickou =podpora | weight=0.082
=nas =posila | weight=0.081
=pani =mi | weight=0.081
=aby =mi | weight=0.081
=vas =pobocce | weight=0.080
=email | weight=0.080
=operatorka =trva | weight=0.080
=pobocce =po | weight=0.080
=musel =prijit | weight=0.078
=to =zkusim | weight=0.078
=mi =dal | weight=0.078
=vypisu | weight=0.078
=nikoho | weight=0.077, noneg
=zkusim | weight=0.077
=lince =me | weight=0.076
=neresi | weight=0.076
=mi =porad | weight=0.075
=pobocce =tvrdi | weight=0.075
=v =chatu | weight=0.075
=pomoct | weight=0.075
=do =zpravy | weight=0.075
=appku | weight=0.075
=mi =nepomuze | weight=0.075
=tady =mi | weight=0.075
=doma =at | weight=0.074
=rekne | weight=0.073
=nepomuze | weight=0.073
=ukoncil | weight=0.073
=reklamaci | weight=0.072
=pres =telefon | weight=0.072
=jim =napisu | weight=0.072
=je =pry | weight=0.071
=k =fakturu | weight=0.071
=pak =hovor | weight=0.071
=nam =to | weight=0.071
=na =napovedy | weight=0.071
=podpora =je | weight=0.070
=prej =nejde | weight=0.070
=cekal =a | weight=0.070
=pisu =at | weight=0.070
=to =udelat | weight=0.069
=telefonicky =to | weight=0.069
=ze =telefonicky | weight=0.069
=webu =ze | weight=0.068
=operatorka =me | weight=0.068
=odepsali | weight=0.068
=to =napisu | weight=0.068
=nejblizsi | weight=0.067
=to =neresi | weight=0.067
=mam | weight=0.067
=dotaz =k | weight=0.066
=daleko | weight=0.066
=online =formular | weight=0.066
=me =posila | weight=0.065
=se =resit | weight=0.065
=hodiny =cekal | weight=0.065
=hovor =ukoncil | weight=0.064
=napisu =pres | weight=0.064
=ze =ona | weight=0.064
=at =poslali | weight=0.064
=mi =odkaz | weight=0.064
=ze =nadrizeneho | weight=0.063
=pracovnik =ho | weight=0.062
=udelat =pres | weight=0.062
=lince =ze | weight=0.062
=mi =vymenu | weight=0.062
=neodesla | weight=0.062
=na =tom | weight=0.061
=cem =tu | weight=0.061
=k =cem | weight=0.061
=tu =ted | weight=0.061
=na =lince | weight=0.061
=smeny =na | weight=0.061
=trva =na | weight=0.061
=jen =online | weight=0.060
=vyrizuji =jen | weight=0.060
=syn | weight=0.060
=prej | weight=0.060
=udelat | weight=0.060
=instagramu | weight=0.060
=poslali =na | weight=0.059
=menu | weight=0.058
=na =letiste | weight=0.058
=primo =pred | weight=0.058
=webu =at | weight=0.058
=ze =mam | weight=0.058
=operator =v | weight=0.058
=porad =neni | weight=0.057, noneg
=prodejne =me | weight=0.057
=at =volam | weight=0.056
=poste =mi | weight=0.056
=sim | weight=0.056
=zadost | weight=0.055
=cekarne =skoro | weight=0.055
=prace =jsem | weight=0.055
=nas =to | weight=0.055
=napisu =email | weight=0.055
=nam =prosim | weight=0.055
=a =jedina | weight=0.055
=mrzi | weight=0.055
=musel =pry | weight=0.054
=jdu =na | weight=0.054
=takovy =je | weight=0.054
=jsem =tak | weight=0.054
=rekne =at | weight=0.054
=formular =a | weight=0.054
=na =fakturu | weight=0.053
=ze =chci | weight=0.053
=soukromou | weight=0.053
=soukromou =zpravy | weight=0.053
=facebooku =a | weight=0.052
=neni =zadna | weight=0.052, noneg
=chci =mluvit | weight=0.052
=odbyli =ze | weight=0.052
=vas =podpora | weight=0.052
=to =prej | weight=0.051
=peklo | weight=0.051
=mam =psat | weight=0.051
=obecny =email | weight=0.051
=obratim =nemuze | weight=0.051
=pry =obratim | weight=0.051
=cem | weight=0.051
=jen | weight=0.051
=toho | weight=0.051
=prepazky =me | weight=0.050
=me =na | weight=0.050
=mi =nabidli | weight=0.050
=zavolam | weight=0.050
=s =dotaz | weight=0.050
=letiste | weight=0.050
=porad =obsazena | weight=0.050
=mam =pry | weight=0.049
=mam =jit | weight=0.049
=nabidli | weight=0.049
=nahlasil | weight=0.049
=je =vsechno | weight=0.049
=webu =neni | weight=0.049, noneg
=sedela =v | weight=0.049
=otevre | weight=0.048
=nam =tvrdi | weight=0.048
=odpalkoval =at | weight=0.048
=vedouci =smeny | weight=0.048
=obsazena | weight=0.048
=me =hodil | weight=0.048
=napisu =operator | weight=0.048
=s =clovek | weight=0.048
=v =menu | weight=0.048
=skoro =tri | weight=0.048
=byla =porad | weight=0.048
=clovek =a | weight=0.048
=se =v | weight=0.047
=pobocce | weight=0.047
=pry =jen | weight=0.047
=neprijmou | weight=0.047
=resit | weight=0.047
=jsem =sedela | weight=0.047
=caste =dotaz | weight=0.047
=fakturu =mi | weight=0.047
=me =poslali | weight=0.047
=na =vedeni | weight=0.047
=pozaduji =o | weight=0.047
=rekne =ze | weight=0.047
=porad =posilal | weight=0.046
=bonus | weight=0.046
=to =konecne | weight=0.046
=sam =odpoved | weight=0.046
=chatbot =me | weight=0.046
=pocitaci =nemam | weight=0.046, noneg
=tak =mi | weight=0.046
=poslali =mi | weight=0.046
=ze =oni | weight=0.045
=napsal =e-mail | weight=0.045
=registrace | weight=0.045
=neprijimaji | weight=0.045
=pres =aplikace | weight=0.045
=poste =a | weight=0.045
=vernostni =programu | weight=0.044
=pry | weight=0.044
=minut =v | weight=0.044
=ten =formular | weight=0.044
=offline | weight=0.044
=oni =to | weight=0.043
=to =neda | weight=0.043
=internet =bankovnictvi | weight=0.043
=o =rozhovor | weight=0.043
=rozhovor =s | weight=0.043
=ona | weight=0.043
=ze =tam | weight=0.043
=tohle =je | weight=0.043
=zajem | weight=0.043
=dispecerka =mi | weight=0.043
=nam =rekl | weight=0.042
=dostal =jen | weight=0.042
=se =pry | weight=0.042
=v =cekarne | weight=0.042
=v =brne | weight=0.042
=webu =a | weight=0.042
=uz =tri | weight=0.042
=bez | weight=0.041, noneg
=fb | weight=0.041
=na =fb | weight=0.041
=tohle | weight=0.041
=adresu =webu | weight=0.041
=jen =nadiktovala | weight=0.041
=nadiktovala =adresu | weight=0.041
=tam =vyplnit | weight=0.041
=jit | weight=0.041
=pry =nejde | weight=0.041
=cekarne | weight=0.041
=formular =uz | weight=0.041
=rozhovor | weight=0.041
=smeny | weight=0.040
=nam =do | weight=0.040
=zmenit =adresu | weight=0.040
=dovolavala | weight=0.040
=se =dovolavala | weight=0.040
=podruhe =jsem | weight=0.040
=provedl | weight=0.040
=prokousat | weight=0.040
=brne | weight=0.040
=celou =dopoledne | weight=0.040
=ze =bez | weight=0.039, noneg
=ho =poslali | weight=0.039
=automaticky =menu | weight=0.039
=vedeni =se | weight=0.039
=minut =na | weight=0.038
=operator =ktery | weight=0.038
=chatu =je | weight=0.038
=lince =jen | weight=0.038
=to =poslali | weight=0.037
=menu =me | weight=0.037
=rekl =at | weight=0.037
=to =neodpovida | weight=0.037
=diky =za | weight=0.037
=mi =napsal | weight=0.037
=s =vedouci | weight=0.037
