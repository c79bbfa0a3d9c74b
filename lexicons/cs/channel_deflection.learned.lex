# channel_deflection, cs: learned by scripts/learn.py from 2508 tuning texts (82 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Když jsem chtěla pomoct na pobočce, paní mi dala leták s QR kódem na aplikaci.
+ pises si s botem, bot nevi, napises "operator", ceka se 25 minut a pak ti clovek posle odkaz na napovedu, kterou uz jsi cetl. genialni zakaznicka podpora.
+ na urade prace jsem sedela v cekarne skoro tri hodiny. kdyz jsem pak pozadala o rozhovor s vedoucim oddeleni, urednice rekla ze vedouci nikoho neprijima a at si napisu zadost.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=online | weight=0.446
=bez =osobne | weight=0.275, noneg
=neprovede | weight=0.275
=osobne =na | weight=0.247
=telefon =to | weight=0.244
=aplikace | weight=0.240
=pisemne | weight=0.231
=osobne | weight=0.226
=zavolam =na | weight=0.224
=po =telefon | weight=0.211
=do =aplikace | weight=0.209
=webu | weight=0.208
=me =odkaz | weight=0.206
=pres | weight=0.205
=napiste | weight=0.197
=napiste =nam | weight=0.197
=to =pry | weight=0.196
=at =zavolam | weight=0.194
=na =webu | weight=0.186
=na =aplikace | weight=0.181
=zmenit | weight=0.179
=maily | weight=0.177
=napisu | weight=0.177
=at | weight=0.177
=infolince =zpatky | weight=0.172
=podam | weight=0.172
=pres =chatu | weight=0.170
=odkaz =na | weight=0.170
=at =to | weight=0.169
=ze =reklamaci | weight=0.168
=vyridili =pres | weight=0.168
=posila =vyplnil | weight=0.159
=prej =at | weight=0.158
=v =prodejne | weight=0.155
=mi =at | weight=0.155
=na =obecny | weight=0.155
=psat =jen | weight=0.155
=pry =mam | weight=0.155
=si =zajdu | weight=0.155
=zajdu | weight=0.155
=zajdu =na | weight=0.155
=tam =to | weight=0.153
=e-mail | weight=0.152
=napsal =at | weight=0.152
=mel =nahlasil | weight=0.151
=nahlasil =online | weight=0.151
=pobocce =me | weight=0.151
=klientske =zone | weight=0.150
=zone | weight=0.150
=jen =na | weight=0.150
=klientske | weight=0.148
=jde | weight=0.148
=na =infolince | weight=0.144
=podivat =se | weight=0.143
=pry =musim | weight=0.141
=me =do | weight=0.140
=odpoved =napiste | weight=0.140
=to =zadam | weight=0.139
=adresu | weight=0.138
=jen =pres | weight=0.136
=poslali =doma | weight=0.135
=reklamaci =vyrizuji | weight=0.133
=nikoho =neprijima | weight=0.132, noneg
=obecny | weight=0.132
=samoobsluzne | weight=0.128
=e-mailovy | weight=0.128
=na =e-mailovy | weight=0.128
=at =napisu | weight=0.128
=pokazde =kdyz | weight=0.127
=na =webovy | weight=0.126
=webovy | weight=0.126
=webovy =formular | weight=0.126
=vyplnil =online | weight=0.125
=napovedy | weight=0.124
=jsem =pak | weight=0.123
=misto =toho | weight=0.123
=mam =napsal | weight=0.122
=nejde =mam | weight=0.122
=prijit =osobne | weight=0.120
=podivat | weight=0.120
=porad =at | weight=0.120
=operator =me | weight=0.120
=vyrizuji | weight=0.120
=portal | weight=0.119
=pres =klientske | weight=0.118
=helpdesk | weight=0.117
=pres =helpdesk | weight=0.117
=tiket =pres | weight=0.117
=zalohu =tiket | weight=0.117
=psat | weight=0.115
=vyridili =v | weight=0.113
=na =pobocce | weight=0.112
=profil | weight=0.112
=vyplnil | weight=0.112
=na =facebooku | weight=0.112
=vyuzit | weight=0.111
=infolince | weight=0.111
=jde =pres | weight=0.110
=to =mel | weight=0.109
=zadna =clovek | weight=0.108, noneg
=facebooku | weight=0.107
=at =resit | weight=0.106
=reklamaci =e-mail | weight=0.106
=resit =reklamaci | weight=0.106
=tiket | weight=0.106
=lince =a | weight=0.106
=to =jde | weight=0.106
=rekl =mi | weight=0.105
=poslali | weight=0.105
=zadam =v | weight=0.104
=zalohu | weight=0.104
=pani =mi | weight=0.103
=na =e-mail | weight=0.102
=na =instagramu | weight=0.102
=poslali =na | weight=0.102
=odkaz | weight=0.100
=aplikace =at | weight=0.099
=zadam =sam | weight=0.099
=formular =na | weight=0.099
=zkusim | weight=0.099
=slysi =jen | weight=0.099
=vypoved | weight=0.099
=kazdy =komentarem | weight=0.099
=komentarem | weight=0.099
=podam =kazdy | weight=0.099
=napisu =e-mail | weight=0.097
=nahravku | weight=0.095
=ukoncil | weight=0.094
=letak | weight=0.094
=mate | weight=0.092
=nas =posila | weight=0.092
=dohledam | weight=0.092
=dohledam =sam | weight=0.092
=mi =odkaz | weight=0.092
=stranka =at | weight=0.092
=to =dohledam | weight=0.092
=nevyrizuji | weight=0.092
=pobocce =po | weight=0.091
=kod =na | weight=0.090
=volam =na | weight=0.089
=to =zkusim | weight=0.089
=mi =porad | weight=0.088
=nikoho | weight=0.087, noneg
=vypisu | weight=0.087
=poslali =me | weight=0.087
=kod | weight=0.085
=v =aplikace | weight=0.085
=musim =prijit | weight=0.085
=podpora =je | weight=0.084
=na =stranka | weight=0.084
=lince =me | weight=0.084
=aby =mi | weight=0.084
=za =nic | weight=0.083, noneg
=mi =dal | weight=0.083
=k =fakture | weight=0.083
=do =zpravy | weight=0.083
=resit =jen | weight=0.082
=se =do | weight=0.082
=pres =e-shopu | weight=0.080
=operatorka =trva | weight=0.079
=pobocce =tvrdi | weight=0.079
=mi =nepomuze | weight=0.079
=tady =mi | weight=0.079
=doma =at | weight=0.078
=cekal =a | weight=0.078
=nam =to | weight=0.077
=appku | weight=0.077
=to =vyridili | weight=0.077
=online =formular | weight=0.077
=dotaz =k | weight=0.077
=nepomuze | weight=0.076
=ze =nadrizeneho | weight=0.076
=vas =pobocce | weight=0.076
=pisu =at | weight=0.076
=rekne | weight=0.076
=na =letiste | weight=0.075
=ze =mam | weight=0.074
=poste =mi | weight=0.074
=chatu | weight=0.073
=reklamaci =se | weight=0.073
=pres =telefon | weight=0.073
=at =jim | weight=0.073
=napisu =operator | weight=0.072
=nejblizsi | weight=0.072
=prej =nejde | weight=0.072
=pak =hovor | weight=0.072
=na =lince | weight=0.072
=letiste | weight=0.072
=mam | weight=0.072
=instagramu | weight=0.071
=daleko | weight=0.071
=webu =at | weight=0.070
=aplikace =ze | weight=0.070
=prej | weight=0.070
=smeny =na | weight=0.069
=operatorka =me | weight=0.069
=sim | weight=0.069
=je =pry | weight=0.069
=facebooku =a | weight=0.068
=to =udelat | weight=0.068
=mi =vymenu | weight=0.068
=poslali =mi | weight=0.068
=hodiny =cekal | weight=0.068
=nam =tvrdi | weight=0.068
=neresi | weight=0.068
=syn | weight=0.067
=udelat | weight=0.067
=vas =podpora | weight=0.066
=rekne =ze | weight=0.066
=pomoct | weight=0.066
=to =napisu | weight=0.066
=jen =online | weight=0.065
=vyrizuji =jen | weight=0.065
=zadost | weight=0.065
=menu | weight=0.065
=ze =ona | weight=0.065
=poslali =odkaz | weight=0.065
=hovor =ukoncil | weight=0.065
=lince =ze | weight=0.064
=a =jedina | weight=0.064
=cem =tu | weight=0.064
=k =cem | weight=0.064
=tu =ted | weight=0.064
=at =volam | weight=0.064
=na =fakture | weight=0.064
=pry | weight=0.063
=me =posila | weight=0.063
=vyplnil =formular | weight=0.063
=pracovnik =ho | weight=0.062
=udelat =pres | weight=0.062
=se =v | weight=0.062
=minut =v | weight=0.060
=neodesle | weight=0.060
=bez | weight=0.059, noneg
=me =poslali | weight=0.059
=fakture =mi | weight=0.059
=dostal =jen | weight=0.059
=odbyli =ze | weight=0.059
=webu =ze | weight=0.058
=zajem | weight=0.058
=prodejne =me | weight=0.058
=na =prepazky | weight=0.057
=je =vsechno | weight=0.057
=email | weight=0.057
=trva =na | weight=0.057
=clovek =a | weight=0.057
=napisu =email | weight=0.056
=to =prej | weight=0.056
=otevre | weight=0.056
=operator =v | weight=0.056
=na =tom | weight=0.056
=telefonicky =to | weight=0.055
=ze =telefonicky | weight=0.055
=pobocce | weight=0.055
=chci =mluvit | weight=0.055
=resit | weight=0.055
=nam | weight=0.055
=mrzi | weight=0.055
=porad =neni | weight=0.055, noneg
=uz =tri | weight=0.055
=v =menu | weight=0.054
=vyridili | weight=0.054
=vedouci =smeny | weight=0.054
=neni =zadna | weight=0.054, noneg
=nam =prosim | weight=0.054
=pocitaci =nemam | weight=0.054, noneg
=ze =chci | weight=0.054
=mam =psat | weight=0.053
=obecny =email | weight=0.053
=obratim =nemuze | weight=0.053
=pry =obratim | weight=0.053
=sim =kartu | weight=0.053
=cekarne =skoro | weight=0.053
=prace =jsem | weight=0.053
=nas =to | weight=0.053
=formular =a | weight=0.053
=vymenu =sim | weight=0.053
=webu =neni | weight=0.052, noneg
=cem | weight=0.052
=v =chatu | weight=0.052
=tohle =je | weight=0.052
=mi =nabidli | weight=0.051
=pres =internet | weight=0.051
=s =dotaz | weight=0.051
=jen =odkaz | weight=0.051
=peklo | weight=0.051
=je =fakt | weight=0.050
=mam =jit | weight=0.050
=s =clovek | weight=0.050
=bonus | weight=0.050
=soukromou | weight=0.050
=soukromou =zpravy | weight=0.050
=jsem =sedela | weight=0.050
=sedela =v | weight=0.050
=nabidli | weight=0.050
=pry =jen | weight=0.049
=jdu =na | weight=0.049
=dispecerka =mi | weight=0.049
=to =neresi | weight=0.048
=ze =tam | weight=0.048
=odepsali | weight=0.048
=adresu =webu | weight=0.048
=jen =nadiktovala | weight=0.048
=nadiktovala =adresu | weight=0.048
=tam =vyplnil | weight=0.048
=oni =to | weight=0.048
=to =neda | weight=0.048
=na =poste | weight=0.048
=pry =nejde | weight=0.048
=na =vedeni | weight=0.048
=rekne =at | weight=0.048
=porad =posilal | weight=0.047
=registrace | weight=0.047
=takovy =je | weight=0.047
=odpalkoval =at | weight=0.047
=zavolam | weight=0.047
=tak =mi | weight=0.047
=zakaznickou =podpora | weight=0.047
=neprijimaji | weight=0.046
=chatbot =me | weight=0.046
=ze =oni | weight=0.046
=zmenit =adresu | weight=0.046
=prokousat | weight=0.046
=podruhe =jsem | weight=0.046
=napisu =pres | weight=0.046
=vernostni =programu | weight=0.046
=skoro =tri | weight=0.046
=automaticky =menu | weight=0.046
=offline | weight=0.045
=v =cekarne | weight=0.045
=jit | weight=0.045
=mam =pry | weight=0.045
=mi =jen | weight=0.045
=s =boty | weight=0.045
=ona | weight=0.045
=pozaduji =o | weight=0.044
=doma | weight=0.044
=smeny | weight=0.044
=cekarne | weight=0.044
=ti | weight=0.044
=nahlasil | weight=0.044
=internet =bankovnictvi | weight=0.044
=toho | weight=0.044
=poslali =e-mail | weight=0.044
=menu =me | weight=0.043
=ho =poslali | weight=0.043
=operator =ktery | weight=0.043
=urovni | weight=0.043
=fb | weight=0.043
=na =fb | weight=0.043
=nadiktovala | weight=0.043
=me =s | weight=0.043
=na =faq | weight=0.043
=minut =na | weight=0.043
=chatu =je | weight=0.042
=do =chatu | weight=0.042
=rekl =at | weight=0.042
=jen | weight=0.042
=o =rozhovor | weight=0.042
=rozhovor =s | weight=0.042
=sam =odpoved | weight=0.042
=se =pry | weight=0.042
=vedeni =se | weight=0.042
=pres =aplikace | weight=0.041
=jim =napisu | weight=0.041
=tam =me | weight=0.041
=ten =formular | weight=0.040
=si =to | weight=0.040
=reklamaci | weight=0.040
=misto | weight=0.040
=si =s | weight=0.040
=to =tam | weight=0.040
=zmenit =termin | weight=0.039
=rozhovor | weight=0.039
=s =vedouci | weight=0.039
=nam =rekl | weight=0.039
=webu =a | weight=0.038
=si =zmenit | weight=0.038
=s =reklamaci | weight=0.038
=pouze | weight=0.038
=musim =pry | weight=0.037
=ktery =uz | weight=0.037
=nam =do | weight=0.037
=cetl | weight=0.037
=e-mail =z | weight=0.037
=sedela | weight=0.036
=lince =jen | weight=0.036
=kdyz =to | weight=0.036
=misto =pomoc | weight=0.036
=operatorka | weight=0.035
=tri =hodiny | weight=0.035
=nekdo =pripojil | weight=0.035
=pripojil | weight=0.035
=programu | weight=0.035
=prece | weight=0.035
=e-mail =s | weight=0.035
=je =uz | weight=0.035
=nebude | weight=0.035, noneg
=dispecerka | weight=0.034
=se =dostavil | weight=0.034
