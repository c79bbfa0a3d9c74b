# ivr_maze, cs: learned by scripts/learn.py from 2812 tuning texts (94 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ telefon vzdycky zvedl jen zaznamnik
+ Pořád nás to vracelo do hlavního menu.
+ robot nam nerozumi a vraci nas na zacatek
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=menu | weight=0.454
=automat | weight=0.448
=robot | weight=0.409
=virtualni | weight=0.407
=nahrany | weight=0.348
=zmacknete | weight=0.344
=chatbot | weight=0.341
=mi =volam | weight=0.325
=jen =stroj | weight=0.293
=jen =zaznamnik | weight=0.283
=zaznamnik | weight=0.283
=automatizovane | weight=0.276
=nerozumi | weight=0.271
=virtualni =asistent | weight=0.250
=stroj | weight=0.241
=se =pres | weight=0.232
=vzdycky | weight=0.231
=nerozumel | weight=0.231
=nikdo =zivemu | weight=0.228, noneg
=plnou =automatizovane | weight=0.227
=nocni | weight=0.222
=moznost | weight=0.212
=robot =na | weight=0.211
=sedm | weight=0.208
=s =nabidkou | weight=0.206
=volbu | weight=0.205
=inteligence | weight=0.204
=umela | weight=0.204
=umela =inteligence | weight=0.204
=clovek | weight=0.202
=boty | weight=0.199
=system | weight=0.198
=nabidkou | weight=0.195
=me =porad | weight=0.193
=mackal | weight=0.192
=nespoji | weight=0.189
=se =nespoji | weight=0.189
=hlas | weight=0.185
=hlas =navigace | weight=0.184
=navigace | weight=0.184
=nespoji =at | weight=0.184
=s =zivemu | weight=0.182
=na =zacatku | weight=0.175
=plnou | weight=0.172
=volam =nahrany | weight=0.170
=hovor | weight=0.166
=nenabizi | weight=0.165
=dokola | weight=0.163
=automaticky | weight=0.160
=zadna =clovek | weight=0.159, noneg
=mluvit =jen | weight=0.157
=chatbot =mi | weight=0.157
=a =operator | weight=0.154
=jinam =kontakt | weight=0.153
=a =zase | weight=0.153
=vraci | weight=0.153
=jednicku | weight=0.151
=zivemu | weight=0.149
=cokoli | weight=0.146
=se =spojit | weight=0.143
=a =hovor | weight=0.139
=telefonni | weight=0.138
=asistent | weight=0.137
=porad =shazuje | weight=0.137
=shazuje | weight=0.137
=telefonni =menu | weight=0.136
=automat =se | weight=0.136
=robot =se | weight=0.135
=nedostal | weight=0.133
=s =operator | weight=0.133
=porad =nabizi | weight=0.132
=nesmysl | weight=0.130
=nahravku | weight=0.130
=virtualni =asistentka | weight=0.129
=zase =od | weight=0.128
=dotaz =a | weight=0.126
=vas =virtualni | weight=0.125
=lince =je | weight=0.125
=vyuzit | weight=0.125
=posila | weight=0.125
=zvedne | weight=0.122
=me =trikrat | weight=0.122
=slysel =jen | weight=0.122
=nahrany =hlas | weight=0.122
=vraci =do | weight=0.121
=jejich =boty | weight=0.121
=do =menu | weight=0.120
=ten =mi | weight=0.120
=zmacknete =jednicku | weight=0.119
=hovor =s | weight=0.119
=napovedy | weight=0.119
=rano | weight=0.118
=v =menu | weight=0.118
=clovek =se | weight=0.118
=mi =porad | weight=0.118
=ten =automat | weight=0.118
=odpovida | weight=0.117
=s =nahrany | weight=0.117
=obsahuje | weight=0.115
=urovni | weight=0.115
=s =boty | weight=0.115
=do =hlavniho | weight=0.115
=ze =nerozumi | weight=0.114
=hlas =menu | weight=0.114
=pokusu | weight=0.113
=neexistuje | weight=0.113
=zvedl | weight=0.113
=operatorka =jsem | weight=0.113
=ten =vas | weight=0.112
=system =me | weight=0.110
=na =infolince | weight=0.109
=asistentka | weight=0.109
=mi =nabidli | weight=0.109
=spojit =nedokazal | weight=0.109
=chatu =odpovida | weight=0.107
=kruhu | weight=0.107
=k =bod | weight=0.107
=me =stiznost | weight=0.107
=hlavniho =menu | weight=0.107
=nabidli | weight=0.107
=ve =vas | weight=0.106
=me =posila | weight=0.106
=ukoncil | weight=0.105
=vymyslel | weight=0.105
=ustredna | weight=0.105
=nerozumim | weight=0.104
=vzdycky =jen | weight=0.104
=hlavniho | weight=0.104
=botik | weight=0.103
=botik =mi | weight=0.103
=clanek =z | weight=0.103
=jen =clanek | weight=0.103
=nabizi =jen | weight=0.103
=je =plnou | weight=0.103
=hovor =ukoncil | weight=0.102
=me =to | weight=0.102
=lince =to | weight=0.102
=polozce | weight=0.101
=to =nikdo | weight=0.101, noneg
=nabizi | weight=0.100
=na =cislo | weight=0.099
=odkaz =a | weight=0.097
=hlas =automat | weight=0.097
=prokousat | weight=0.097
=to =sam | weight=0.097
=a =zadna | weight=0.096, noneg
=zopakovat | weight=0.095
=jen | weight=0.094
=se =me | weight=0.094
=x | weight=0.093
=infolince | weight=0.092
=to =vzdal | weight=0.092
=vzdal | weight=0.092
=clanek | weight=0.092
=nejaky =robot | weight=0.092
=me =ptal | weight=0.092
=jste =na | weight=0.091
=pta =na | weight=0.091
=nerozumi =a | weight=0.090
=svuj | weight=0.090
=to =vraci | weight=0.090
=pocitaci | weight=0.090
=webu | weight=0.090
=pak =hovor | weight=0.090
=silenost | weight=0.090
=to =hazi | weight=0.089
=se =neda | weight=0.089
=a =ono | weight=0.089
=ono | weight=0.089
=automat =nedostal | weight=0.089
=mi =dokola | weight=0.089
=mi =automaticky | weight=0.088
=pta | weight=0.088
=marne | weight=0.088
=marne =jsem | weight=0.088
=snazil =prokousat | weight=0.088
=zacatku | weight=0.088
=ten =jejich | weight=0.087
=proste =neni | weight=0.085, noneg
=tam =proste | weight=0.085
=kazdy =otazku | weight=0.084
=k =zivemu | weight=0.083
=chatu =me | weight=0.083
=mi =nerozumel | weight=0.083
=nerozumel =a | weight=0.083
=sam =a | weight=0.083
=pak =zase | weight=0.082
=odpovida =to | weight=0.082
=zpusobila | weight=0.082
=vodafone | weight=0.081
=odpovida =jen | weight=0.081
=trikrat =vratit | weight=0.080
=at =jsem | weight=0.080
=zadna =moznost | weight=0.080, noneg
=ze =mam | weight=0.079
=k =zivymu | weight=0.079
=zivymu | weight=0.079
=navigace =me | weight=0.079
=se =nedostal | weight=0.079
=na =napovedy | weight=0.079
=volam =mi | weight=0.078
=asistentka =na | weight=0.078
=dvacet | weight=0.078
=spojit | weight=0.077
=menu =je | weight=0.076
=clovek =jsem | weight=0.076
=na =chatu | weight=0.076
=operator =tam | weight=0.075
=nedokazal | weight=0.074
=robot =s | weight=0.074
=osobu | weight=0.074
=k =clovek | weight=0.073
=zadna | weight=0.073, noneg
=automat =mi | weight=0.073
=vas =robot | weight=0.068
=napisu =operator | weight=0.068
=tim =vas | weight=0.068
=jsem =napsal | weight=0.067
=kontakt | weight=0.067
=x =jsem | weight=0.067
=hazi | weight=0.066
=odpovida =ze | weight=0.066
=infolince =jen | weight=0.066
=rozumne | weight=0.065
=pres =hlas | weight=0.065
=volam =na | weight=0.065
=jako =se | weight=0.064
=vratit =na | weight=0.064
=moznost =mluvit | weight=0.064
=vybrat | weight=0.063
=lince =a | weight=0.063
=jen =nahrany | weight=0.062
=domluvit | weight=0.061
=a =vraci | weight=0.061
=neumi | weight=0.061
=si =s | weight=0.060
=na =faq | weight=0.060
=bod | weight=0.060
=robot =mi | weight=0.059
=menu =a | weight=0.059
=za =nic | weight=0.059, noneg
=zivemu =operator | weight=0.058
=dvojku | weight=0.058
=se =snazil | weight=0.057
=stejne =odkaz | weight=0.057
=tipnul | weight=0.057
=to =tipnul | weight=0.057
=pak =to | weight=0.057
=automat =s | weight=0.057
=automat =me | weight=0.056
=nikam | weight=0.056, noneg
=se =nejde | weight=0.056
=tri =odkaz | weight=0.056
=pres =ten | weight=0.055
=nulu =a | weight=0.055
=kazdy =den | weight=0.055
=vas =webu | weight=0.055
=jen =pisu | weight=0.055
=s =nikam | weight=0.054, noneg
=na =kazdy | weight=0.054
=nabizi =ty | weight=0.053
=neni =mozne | weight=0.052, noneg
=pisu =ze | weight=0.052
=denne | weight=0.052
=asistent =nerozumi | weight=0.051
=a =vratit | weight=0.051
=porad =jen | weight=0.051
=napisu =e-mail | weight=0.050
=min =a | weight=0.050
=zakaznickou =podpora | weight=0.049
=nikam =s | weight=0.049, noneg
=aniz | weight=0.049
=aniz =by | weight=0.049
=chatu =s | weight=0.048
=napisu | weight=0.048
=operator =se | weight=0.048
=ktery =nebyl | weight=0.048, noneg
=problem | weight=0.048
=mi =nerozumi | weight=0.048
=posila =stejne | weight=0.047
=furt =mi | weight=0.047
=nulu | weight=0.047
=slysel | weight=0.047
=ktery =uz | weight=0.047
=otazku =odpovida | weight=0.047
=na =operator | weight=0.046
=nas =to | weight=0.045
=menu =me | weight=0.045
=mam =to | weight=0.045
=operator =me | weight=0.045
=nepustili | weight=0.045
=den =mi | weight=0.045
=a =automat | weight=0.044
=na =caste | weight=0.044
=boty =se | weight=0.043
=po =hodiny | weight=0.043
=porad =posila | weight=0.043
=a =k | weight=0.043
=hovor =sam | weight=0.042
=trikrat =zeptat | weight=0.042
=clovek =nikdo | weight=0.042, noneg
=vam =jeste | weight=0.042
=minut =v | weight=0.042
=porad =dokola | weight=0.042
=bonus | weight=0.042
=dokola =nabizi | weight=0.041
=nas =na | weight=0.041
=je =k | weight=0.041
=z =napovedy | weight=0.040
=zjednana | weight=0.040
=zjednana =napravu | weight=0.040
=registrace | weight=0.040
=formular =uz | weight=0.040
=vernostni =programu | weight=0.040
=faq | weight=0.040
=me =na | weight=0.040
=ti | weight=0.040
=nebyl =schopna | weight=0.039, noneg
=porad =me | weight=0.039
=to =napisu | weight=0.039
=proste | weight=0.039
=lince =mi | weight=0.038
=operator =jsem | weight=0.038
=e-mail =z | weight=0.038
=sam =odkaz | weight=0.038
=mi =na | weight=0.037
=jazyka | weight=0.037
=odkaz | weight=0.037
=dopravce =a | weight=0.037
=neda =dovolat | weight=0.037
=pres =automat | weight=0.037
=pojistovny | weight=0.037
=hlas =s | weight=0.036
=vyhradne | weight=0.036
=ombudsmanovi | weight=0.036
=volam | weight=0.036
=programu | weight=0.036
=nekomu | weight=0.036
=nabidkou =elektriny | weight=0.036
=vas =automat | weight=0.036
=jeste =s | weight=0.036
=mohu =vam | weight=0.036
=caste =dotaz | weight=0.036
=volam =automat | weight=0.035
=neda | weight=0.035
=hovor =po | weight=0.035
=nedoslychava | weight=0.035
=snazil | weight=0.034
=sam =ukoncil | weight=0.034
=se =porad | weight=0.033
=zkousel | weight=0.033
=nakonec =se | weight=0.033
=pravo =mluvit | weight=0.033
=poslali =odkaz | weight=0.033
=hlas =system | weight=0.033
=nejde =zavolam | weight=0.033
=ctu | weight=0.033
=posila =odkaz | weight=0.032
=nabizi =stejne | weight=0.032
=a =furt | weight=0.032
=mohu | weight=0.032
=dvojku =nulu | weight=0.032
=jednicku =dvojku | weight=0.032
=jsem =vas | weight=0.032
=trikrat =rekl | weight=0.032
=pomaham | weight=0.031
=po =trech | weight=0.031
=komunikace | weight=0.031
=cetl | weight=0.031
=odpovi | weight=0.031
=chci =mluvit | weight=0.031
=uz =tri | weight=0.031
=ani =se | weight=0.030, noneg
=porad =opakovane | weight=0.030
=dovolat =na | weight=0.030
