# ivr_maze, cs: learned by scripts/learn.py from 3092 tuning texts (102 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ telefon vzdycky zvedl jen zaznamnik
+ Pořád nás to vracelo do hlavního menu.
+ robot nam nerozumi a vraci nas na zacatek
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=automat | weight=0.482
=menu | weight=0.458
=robot | weight=0.412
=virtualni | weight=0.392
=nahrany | weight=0.363
=zmacknete | weight=0.351
=chatbot | weight=0.350
=jen =stroj | weight=0.300
=mi =volam | weight=0.298
=jen =zaznamnik | weight=0.283
=zaznamnik | weight=0.283
=automatizovane | weight=0.267
=nerozumel | weight=0.262
=nerozumi | weight=0.259
=stroj | weight=0.249
=virtualni =asistent | weight=0.237
=s =nabidkou | weight=0.236
=vzdycky | weight=0.235
=nikdo =zivemu | weight=0.225, noneg
=plnou =automatizovane | weight=0.225
=nocni | weight=0.221
=volbu | weight=0.219
=se =pres | weight=0.216
=sedm | weight=0.208
=robot =na | weight=0.206
=moznost | weight=0.204
=s =zivemu | weight=0.204
=inteligence | weight=0.200
=umela | weight=0.200
=umela =inteligence | weight=0.200
=mackal | weight=0.197
=clovek | weight=0.193
=nespoji | weight=0.189
=se =nespoji | weight=0.189
=me =porad | weight=0.188
=na =zacatku | weight=0.188
=nespoji =at | weight=0.187
=boty | weight=0.185
=hlas | weight=0.181
=nabidkou | weight=0.181
=volam =nahrany | weight=0.175
=system | weight=0.173
=hlas =navigace | weight=0.172
=navigace | weight=0.172
=dokola | weight=0.171
=plnou | weight=0.167
=zadna =clovek | weight=0.163, noneg
=a =operator | weight=0.159
=asistent | weight=0.158
=vraci | weight=0.157
=automaticky | weight=0.157
=a =zase | weight=0.156
=porad =shazuje | weight=0.155
=shazuje | weight=0.155
=mluvit =jen | weight=0.155
=cokoli | weight=0.151
=zivemu | weight=0.149
=jednicku | weight=0.149
=slysel =jen | weight=0.147
=a =hovor | weight=0.147
=chatbot =mi | weight=0.145
=telefonni | weight=0.145
=hovor | weight=0.139
=clovek =se | weight=0.139
=telefonni =menu | weight=0.138
=nenabizi | weight=0.137
=nahravku | weight=0.136
=automat =se | weight=0.136
=zase =od | weight=0.132
=jinam =kontakt | weight=0.131
=virtualni =asistentka | weight=0.130
=se =spojit | weight=0.130
=a =jinam | weight=0.127
=vas =virtualni | weight=0.127
=robot =se | weight=0.127
=rano | weight=0.126
=me =trikrat | weight=0.126
=ten =mi | weight=0.126
=v =menu | weight=0.125
=vyuzit | weight=0.124
=porad =nabizi | weight=0.123
=pokusu | weight=0.123
=s =operator | weight=0.121
=lince =je | weight=0.120
=do =hlavniho | weight=0.120
=chatu =odpovida | weight=0.119
=hlavniho =menu | weight=0.117
=hovor =s | weight=0.117
=dotaz =a | weight=0.116
=zmacknete =jednicku | weight=0.116
=zvedne | weight=0.115
=nesmysl | weight=0.115
=mi =porad | weight=0.115
=s =boty | weight=0.115
=rikal =operator | weight=0.115
=ten =vas | weight=0.114
=ze =nerozumi | weight=0.114
=mi =nabidli | weight=0.113
=ten =automat | weight=0.112
=hlas =menu | weight=0.112
=hlavniho | weight=0.112
=nahrany =hlas | weight=0.112
=x | weight=0.111
=napovedy | weight=0.111
=system =me | weight=0.111
=posila | weight=0.111
=obsahuje | weight=0.110
=na =infolince | weight=0.110
=spojit =nedokazal | weight=0.109
=s =nahrany | weight=0.109
=nedostal | weight=0.109
=vzdycky =jen | weight=0.109
=operatorka =jsem | weight=0.109
=asistentka | weight=0.109
=nabidli | weight=0.108
=botik | weight=0.108
=botik =mi | weight=0.108
=clanek =z | weight=0.108
=jen =clanek | weight=0.108
=nabizi =jen | weight=0.108
=jejich =boty | weight=0.108
=hovor =ukoncil | weight=0.108
=zvedl | weight=0.107
=polozce | weight=0.107
=me =to | weight=0.107
=k =bod | weight=0.105
=me =stiznost | weight=0.105
=do =menu | weight=0.105
=ustredny | weight=0.105
=ve =vas | weight=0.104
=lince =to | weight=0.104
=odpovida | weight=0.104
=uroven | weight=0.103
=posila =do | weight=0.102
=vraci =do | weight=0.102
=a =zadna | weight=0.102, noneg
=neexistuje | weight=0.099
=pocitaci | weight=0.099
=to =nikdo | weight=0.099, noneg
=je =plnou | weight=0.099
=zopakoval | weight=0.098
=hlas =automat | weight=0.098
=na =cislo | weight=0.098
=to =hazi | weight=0.097
=se =me | weight=0.095
=ukoncil | weight=0.095
=clanek | weight=0.095
=jen | weight=0.094
=ten =jejich | weight=0.094
=me =posila | weight=0.094
=kruhu | weight=0.093
=pta =na | weight=0.093
=nerozumim | weight=0.092
=odpovida =jen | weight=0.092
=prokousat | weight=0.091
=me =ptal | weight=0.091
=nerozumi =a | weight=0.091
=pta | weight=0.091
=vymyslel | weight=0.090
=infolince | weight=0.090
=mi =dokola | weight=0.089
=mi =automaticky | weight=0.087
=nabizi | weight=0.087
=jste =na | weight=0.086
=nejaky =robot | weight=0.086
=proste =neni | weight=0.085, noneg
=tam =proste | weight=0.085
=mi =nerozumel | weight=0.085
=nerozumel =a | weight=0.085
=k =zivemu | weight=0.085
=silenost | weight=0.085
=robot =s | weight=0.085
=volam =mi | weight=0.085
=marne | weight=0.085
=marne =jsem | weight=0.085
=snazil =prokousat | weight=0.085
=automat =nedostal | weight=0.084
=zacatku | weight=0.084
=to =vraci | weight=0.084
=trikrat =vratit | weight=0.083
=menu =je | weight=0.083
=to =vzdal | weight=0.082
=vzdal | weight=0.082
=navigace =me | weight=0.082
=moznost =mluvit | weight=0.081
=mi =na | weight=0.081
=infolince =jen | weight=0.080
=to =sam | weight=0.080
=k =zivymu | weight=0.080
=zivymu | weight=0.080
=nedokazal | weight=0.080
=asistentka =na | weight=0.079
=a =ono | weight=0.079
=ono | weight=0.079
=denne | weight=0.079
=zadna =moznost | weight=0.079, noneg
=jen =nahrany | weight=0.078
=se =nedostal | weight=0.078
=at =jsem | weight=0.078
=spojit | weight=0.077
=hazi | weight=0.077
=svuj | weight=0.077
=odkaz =a | weight=0.077
=na =faq | weight=0.076
=kazdy =otazku | weight=0.075
=pak =zase | weight=0.074
=automat =mi | weight=0.074
=napisu =operator | weight=0.073
=zadna | weight=0.073, noneg
=clovek =jsem | weight=0.073
=proklikat | weight=0.072
=chatu =me | weight=0.072
=zivemu =operator | weight=0.072
=odpovida =to | weight=0.072
=automat =s | weight=0.072
=vratit =na | weight=0.072
=tim =vas | weight=0.070
=sam =a | weight=0.070
=neumi | weight=0.070
=nulu | weight=0.070
=na =napovedy | weight=0.069
=porad =dokola | weight=0.069
=vodafone | weight=0.069
=jsem =napsal | weight=0.069
=lince =a | weight=0.068
=vas =webu | weight=0.068
=bod | weight=0.067
=zpusobila | weight=0.067
=rozumne | weight=0.067
=webu | weight=0.067
=pak =hovor | weight=0.066
=nepusti | weight=0.066
=se =snazil | weight=0.065
=k =clovek | weight=0.065
=vas =robot | weight=0.065
=a =vraci | weight=0.064
=ze =mam | weight=0.064
=x =jsem | weight=0.064
=se =neda | weight=0.064
=volam =na | weight=0.062
=operator =tam | weight=0.062
=osobu | weight=0.061
=domluvit | weight=0.061
=dvacet | weight=0.061
=nikam | weight=0.061, noneg
=faq =a | weight=0.060
=dvojku | weight=0.060
=robot =mi | weight=0.059
=si =s | weight=0.058
=porad =jen | weight=0.058
=aniz | weight=0.057
=aniz =by | weight=0.057
=operator =se | weight=0.057
=jako =se | weight=0.056
=jen =pisu | weight=0.056
=cekal =se | weight=0.056
=pak =to | weight=0.056
=tipnul | weight=0.055
=to =tipnul | weight=0.055
=stejne =odkaz | weight=0.055
=pres =hlas | weight=0.055
=napisu =e-mail | weight=0.055
=minut =v | weight=0.054
=nabizi =ty | weight=0.054
=operator =jsem | weight=0.054
=po =hodiny | weight=0.054
=slysel | weight=0.054
=volam =automat | weight=0.054
=odpovida =ze | weight=0.053
=operator =nejde | weight=0.053
=za =nic | weight=0.052, noneg
=min =a | weight=0.052
=na =kazdy | weight=0.051
=a =vratit | weight=0.050
=pres =ten | weight=0.050
=ktery =nebyl | weight=0.050, noneg
=odkaz | weight=0.050
=mackal =jsem | weight=0.050
=posila =stejne | weight=0.049
=vybrat | weight=0.049
=je =k | weight=0.049
=chatu =s | weight=0.049
=porad =mi | weight=0.049
=pisu =ze | weight=0.049
=zakaznickou =podpora | weight=0.048
=asistent =nerozumi | weight=0.048
=nulu =a | weight=0.048
=menu =me | weight=0.048
=na =caste | weight=0.048
=neda | weight=0.048
=operator =me | weight=0.047
=automat =me | weight=0.047
=boty =se | weight=0.046
=furt =mi | weight=0.046
=hlaska | weight=0.046
=mi =nerozumi | weight=0.045
=na =chatu | weight=0.045
=ktery =chci | weight=0.045
=denne =mi | weight=0.045
=s =nikam | weight=0.044, noneg
=me =na | weight=0.044
=pin | weight=0.044
=snazil | weight=0.044
=to =napisu | weight=0.044
=proste | weight=0.044
=ktery =uz | weight=0.044
=problem | weight=0.043
=otazku =odpovida | weight=0.043
=napisu | weight=0.043
=a =nevim | weight=0.043
=nas =na | weight=0.043
=mam =to | weight=0.043
=nas =to | weight=0.043
=porad =opakovane | weight=0.043
=trikrat =zeptat | weight=0.042
=hovor =po | weight=0.042
=bonus | weight=0.042
=z =napovedy | weight=0.041
=vyhradne | weight=0.041
=ombudsmanovi | weight=0.041
=nebyl =schopna | weight=0.040, noneg
=kontakt | weight=0.040
=tri =odkaz | weight=0.040
=pomaham | weight=0.040
=registrace | weight=0.039
=vernostni =programu | weight=0.039
=caste =dotaz | weight=0.039
=clovek =nikdo | weight=0.039, noneg
=vam =jeste | weight=0.039
=ukoncil =ani | weight=0.039, noneg
=faq | weight=0.039
=system =ji | weight=0.038
=formular =uz | weight=0.038
=ji =po | weight=0.038
=a =robot | weight=0.038
=e-mail =z | weight=0.038
=jazyka | weight=0.038
=posila =odkaz | weight=0.037
=dokola =nabizi | weight=0.037
=aplikace =banky | weight=0.037
=se =porad | weight=0.037
=nikam =s | weight=0.037, noneg
=ti | weight=0.037
=sam =odkaz | weight=0.037
=volam | weight=0.037
=se =nejde | weight=0.037
=na =clovek | weight=0.036
=nakonec =se | weight=0.036
=na =operator | weight=0.036
=nic =jinam | weight=0.036, noneg
=zjednana | weight=0.036
=zjednana =napravu | weight=0.036
=a =furt | weight=0.036
=vas =automat | weight=0.036
=komunikace | weight=0.036
=po =trech | weight=0.035
=porad =me | weight=0.035
=a =automat | weight=0.035
=nedoslychava | weight=0.035
=uz =tri | weight=0.035
=automaticky =menu | weight=0.035
=nekomu | weight=0.035
=kazdy =den | weight=0.034
=smlouvu =a | weight=0.034
=a =k | weight=0.034
=cislo =smlouvu | weight=0.034
=dopravce =a | weight=0.033
=mohu =vam | weight=0.033
=operator =a | weight=0.033
=poprve =jsem | weight=0.033
=rozumim | weight=0.033
=neni =mozne | weight=0.033, noneg
=programu | weight=0.033
=pres =automat | weight=0.033
=dvojku =nulu | weight=0.033
=jednicku =dvojku | weight=0.033
=pravo =mluvit | weight=0.032
=ktery =ji | weight=0.032
=jeste =s | weight=0.032
=poslali =odkaz | weight=0.031
=hovor =sam | weight=0.031
=nejde =zavolam | weight=0.031
=vubec =nerozumi | weight=0.031
=k =nikam | weight=0.031, noneg
=porad =posila | weight=0.030
=mohu | weight=0.030
