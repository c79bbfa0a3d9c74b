# ivr_maze, cs: learned by scripts/learn.py from 3307 tuning texts (103 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ telefon vzdycky zvedl jen zaznamnik
+ Pořád nás to vracelo do hlavního menu.
+ robot nam nerozumi a vraci nas na zacatek
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=automat | weight=0.495
=menu | weight=0.447
=robot | weight=0.410
=virtualni | weight=0.388
=nahrany | weight=0.355
=chatbot | weight=0.353
=zmacknete | weight=0.348
=mi =volam | weight=0.301
=jen =stroj | weight=0.300
=jen =zaznamnik | weight=0.281
=zaznamnik | weight=0.281
=automatizovane | weight=0.269
=stroj | weight=0.249
=nerozumi | weight=0.248
=nerozumel | weight=0.245
=virtualni =asistent | weight=0.242
=vzdycky | weight=0.234
=se =pres | weight=0.225
=nikdo =zivemu | weight=0.224, noneg
=s =nabidkou | weight=0.224
=plnou =automatizovane | weight=0.223
=volbu | weight=0.219
=nocni | weight=0.214
=system =je | weight=0.211
=sedm | weight=0.209
=robot =na | weight=0.208
=mackal | weight=0.206
=moznost | weight=0.203
=inteligence | weight=0.201
=umela | weight=0.201
=umela =inteligence | weight=0.201
=clovek | weight=0.199
=me =porad | weight=0.194
=s =zivemu | weight=0.194
=boty | weight=0.193
=nespoji | weight=0.183
=se =nespoji | weight=0.183
=nespoji =at | weight=0.182
=na =zacatku | weight=0.182
=nabidkou | weight=0.179
=volam =nahrany | weight=0.173
=system | weight=0.171
=plnou | weight=0.170
=hlas =navigace | weight=0.169
=navigace | weight=0.169
=hlas | weight=0.168
=zadna =clovek | weight=0.166, noneg
=automaticky | weight=0.163
=asistent | weight=0.161
=dokola | weight=0.159
=jednicku | weight=0.153
=zivemu | weight=0.153
=vraci | weight=0.152
=porad =shazuje | weight=0.151
=shazuje | weight=0.151
=cokoli | weight=0.151
=mluvit =jen | weight=0.150
=chatbot =mi | weight=0.149
=hovor | weight=0.146
=a =zase | weight=0.146
=robot =se | weight=0.145
=nenabizi | weight=0.144
=a =operator | weight=0.140
=zase =od | weight=0.139
=jinam =kontakt | weight=0.139
=slysel =jen | weight=0.139
=se =spojit | weight=0.138
=telefonni | weight=0.137
=a =hovor | weight=0.134
=porad =nabizi | weight=0.134
=me =trikrat | weight=0.133
=telefonni =menu | weight=0.133
=a =jinam | weight=0.129
=s =operator | weight=0.127
=automat =se | weight=0.127
=nahravku | weight=0.127
=pokusu | weight=0.127
=rano | weight=0.126
=virtualni =asistentka | weight=0.126
=ten =automat | weight=0.126
=do =hlavniho | weight=0.125
=clovek =se | weight=0.124
=lince =je | weight=0.123
=ten =mi | weight=0.123
=hlavniho =menu | weight=0.122
=rikal =operator | weight=0.121
=vyuzit | weight=0.121
=s =nahrany | weight=0.120
=mi =porad | weight=0.120
=jejich =boty | weight=0.119
=hovor =s | weight=0.119
=vas =virtualni | weight=0.118
=v =menu | weight=0.118
=s =boty | weight=0.117
=zmacknete =jednicku | weight=0.117
=zvedne | weight=0.117
=vzdycky =jen | weight=0.116
=nesmysl | weight=0.116
=chatu =odpovida | weight=0.116
=x | weight=0.115
=ze =nerozumi | weight=0.115
=dotaz =a | weight=0.115
=nedostal | weight=0.114
=system =me | weight=0.114
=napovedy | weight=0.113
=hlavniho | weight=0.113
=obsahuje | weight=0.112
=hlas =menu | weight=0.112
=mi =nabidli | weight=0.111
=asistentka | weight=0.110
=neexistuje | weight=0.109
=a =zadna | weight=0.109, noneg
=nahrany =hlas | weight=0.109
=zvedl | weight=0.108
=hlas =automat | weight=0.108
=hovor =ukoncil | weight=0.108
=operatorka =jsem | weight=0.108
=k =bod | weight=0.107
=me =stiznost | weight=0.107
=me =to | weight=0.107
=uroven | weight=0.106
=nabizi | weight=0.106
=odpovida | weight=0.105
=na =infolince | weight=0.105
=lince =to | weight=0.105
=ve =vas | weight=0.104
=posila =do | weight=0.104
=polozce | weight=0.104
=posila | weight=0.104
=ustredny | weight=0.103
=nabidli | weight=0.103
=botik | weight=0.103
=botik =mi | weight=0.103
=clanek =z | weight=0.103
=jen =clanek | weight=0.103
=nabizi =jen | weight=0.103
=zacatku | weight=0.102
=spojit =nedokazal | weight=0.101
=na =cislo | weight=0.100
=zopakoval | weight=0.099
=je =plnou | weight=0.099
=prokousat | weight=0.098
=me =posila | weight=0.097
=automat =nedostal | weight=0.097
=vraci =do | weight=0.096
=do =menu | weight=0.096
=ukoncil | weight=0.096
=se =me | weight=0.096
=ten =vas | weight=0.096
=pta =na | weight=0.096
=kruhu | weight=0.095
=infolince | weight=0.093
=pta | weight=0.093
=odkaz =a | weight=0.093
=jste =na | weight=0.092
=clanek | weight=0.092
=silenost | weight=0.091
=vymyslel | weight=0.091
=to =hazi | weight=0.090
=me =ptal | weight=0.090
=nenabidne | weight=0.090
=operator =nenabidne | weight=0.090
=odpovida =jen | weight=0.090
=marne | weight=0.090
=marne =jsem | weight=0.090
=snazil =prokousat | weight=0.090
=na =faq | weight=0.089
=to =vraci | weight=0.088
=ten =jejich | weight=0.088
=zadna =moznost | weight=0.087, noneg
=spojit | weight=0.087
=mi =nerozumel | weight=0.087
=nerozumel =a | weight=0.087
=volam =mi | weight=0.087
=zivemu =operator | weight=0.085
=se =nedostal | weight=0.085
=jen | weight=0.085
=trikrat =vratit | weight=0.085
=mi =dokola | weight=0.085
=to =nikdo | weight=0.085, noneg
=nerozumi =a | weight=0.085
=k =zivemu | weight=0.084
=to =vzdal | weight=0.084
=vzdal | weight=0.084
=mi =automaticky | weight=0.084
=proste =neni | weight=0.083, noneg
=tam =proste | weight=0.083
=infolince =jen | weight=0.083
=nerozumim | weight=0.083
=menu =je | weight=0.083
=nejaky =robot | weight=0.082
=k =clovek | weight=0.082
=moznost =mluvit | weight=0.081
=asistentka =na | weight=0.081
=kazdy =otazku | weight=0.081
=at =jsem | weight=0.080
=pocitaci | weight=0.079
=mi =na | weight=0.078
=navigace =me | weight=0.078
=a =ono | weight=0.078
=ono | weight=0.078
=k =zivymu | weight=0.078
=zivymu | weight=0.078
=svuj | weight=0.078
=pak =zase | weight=0.078
=osobu | weight=0.078
=robot =s | weight=0.077
=zpusobila | weight=0.076
=na =napovedy | weight=0.076
=vodafone | weight=0.074
=hazi | weight=0.074
=operator =tam | weight=0.074
=vas =robot | weight=0.073
=proklikat | weight=0.073
=chatu =me | weight=0.073
=dvacet | weight=0.073
=automat =s | weight=0.073
=automat =mi | weight=0.072
=clovek =jsem | weight=0.071
=neumi | weight=0.070
=nepusti | weight=0.070
=nedokazal | weight=0.070
=x =jsem | weight=0.070
=tim =vas | weight=0.069
=vratit =na | weight=0.069
=webu | weight=0.069
=rozumne | weight=0.068
=to =sam | weight=0.068
=faq =a | weight=0.068
=pak =hovor | weight=0.067
=volam =na | weight=0.067
=zadna | weight=0.067, noneg
=vas =webu | weight=0.067
=operator =se | weight=0.067
=jsem =napsal | weight=0.067
=nikam | weight=0.066, noneg
=napisu =operator | weight=0.066
=denne | weight=0.066
=se =neda | weight=0.065
=porad =dokola | weight=0.063
=jen =nahrany | weight=0.063
=domluvit | weight=0.063
=stejne =odkaz | weight=0.062
=menu =me | weight=0.062
=ze =mam | weight=0.062
=nulu | weight=0.062
=se =snazil | weight=0.062
=lince =a | weight=0.061
=bod | weight=0.061
=si =s | weight=0.061
=jako =se | weight=0.060
=jen =pisu | weight=0.060
=a =vraci | weight=0.059
=odpovida =ze | weight=0.059
=pres =hlas | weight=0.059
=cekal =se | weight=0.058
=dvojku | weight=0.058
=porad =jen | weight=0.057
=za =nic | weight=0.057, noneg
=odpovida =to | weight=0.057
=slysel | weight=0.056
=vybrat | weight=0.056
=robot =mi | weight=0.056
=aniz | weight=0.055
=aniz =by | weight=0.055
=ktery =nebyl | weight=0.054, noneg
=pisu =ze | weight=0.053
=s =nikam | weight=0.053, noneg
=je =k | weight=0.053
=sam =a | weight=0.052
=faq | weight=0.052
=nulu =a | weight=0.052
=zakaznickou =podpora | weight=0.052
=pak =to | weight=0.052
=tipnul | weight=0.051
=to =tipnul | weight=0.051
=na =chatu | weight=0.051
=min =a | weight=0.051
=kazdy =den | weight=0.051
=napisu =e-mail | weight=0.050
=tri =odkaz | weight=0.050
=na =kazdy | weight=0.050
=odkaz | weight=0.050
=jazyka | weight=0.050
=operator =nejde | weight=0.050
=se =trikrat | weight=0.050
=operator =me | weight=0.049
=pres =automat | weight=0.049
=chatu =s | weight=0.049
=po =hodiny | weight=0.049
=pres =ten | weight=0.049
=mackal =jsem | weight=0.048
=boty =se | weight=0.048
=trikrat =zeptat | weight=0.048
=porad =posila | weight=0.048
=a =vratit | weight=0.048
=ktery =uz | weight=0.048
=posila =stejne | weight=0.048
=nabizi =ty | weight=0.047
=neda | weight=0.046
=ti | weight=0.046
=nas =to | weight=0.046
=minut =v | weight=0.046
=pin | weight=0.046
=otazku =odpovida | weight=0.045
=snazil | weight=0.045
=na =clovek | weight=0.045
=furt =mi | weight=0.045
=volam =automat | weight=0.044
=nikam =s | weight=0.044, noneg
=porad =mi | weight=0.043
=hovor =po | weight=0.043
=ukoncil =ani | weight=0.043, noneg
=nas =na | weight=0.043
=dokola =nabizi | weight=0.042
=automat =me | weight=0.042
=to =zkousela | weight=0.042
=a =nevi | weight=0.042
=asistent =nerozumi | weight=0.042
=mam =to | weight=0.042
=proste | weight=0.041
=bonus | weight=0.041
=nebyl =schopna | weight=0.041, noneg
=automaticky =menu | weight=0.041
=na =caste | weight=0.040
=aplikaci =banky | weight=0.040
=ombudsmanovi | weight=0.040
=hlaska | weight=0.040
=vyhradne | weight=0.040
=registrace | weight=0.040
=nabizi =stejne | weight=0.040
=a =automat | weight=0.040
=mi =nerozumi | weight=0.040
=zjednana | weight=0.039
=zjednana =napravu | weight=0.039
=porad =me | weight=0.039
=vernostni =programu | weight=0.039
=operator =jsem | weight=0.039
=e-mail =z | weight=0.039
=kontakt | weight=0.039
=na =operator | weight=0.039
=to =napisu | weight=0.038
=formular =uz | weight=0.038
=ktery =chci | weight=0.038
=z =napovedy | weight=0.037
=neni =mozne | weight=0.037, noneg
=pomaham | weight=0.037
=jejich | weight=0.037
=se =nejde | weight=0.036
=clovek =nikdo | weight=0.036, noneg
=vam =jeste | weight=0.036
=dvojku =nulu | weight=0.036
=jednicku =dvojku | weight=0.036
=nakonec =se | weight=0.036
=napisu | weight=0.035
=dopravce =a | weight=0.035
=programu | weight=0.035
=vyhru | weight=0.035
=k =nikam | weight=0.034, noneg
=komunikace | weight=0.034
=a =furt | weight=0.034
=system =ji | weight=0.034
=infolince =me | weight=0.034
=otazku =odpoved | weight=0.034
=nekomu | weight=0.034
=rozumim | weight=0.034
=a =k | weight=0.033
=posila =odkaz | weight=0.033
=caste =dotaz | weight=0.033
=operator =a | weight=0.033
=spojit =s | weight=0.033
=problem | weight=0.033
=sam =odkaz | weight=0.033
=hovor =sam | weight=0.033
=nic =jinam | weight=0.033, noneg
=se =dostal | weight=0.033
=jen =sam | weight=0.033
=poprve =jsem | weight=0.032
=na =ten | weight=0.032
=mohu =vam | weight=0.032
=po =trech | weight=0.032
=poslali =odkaz | weight=0.032
=ani =se | weight=0.032, noneg
=den =mi | weight=0.032
=porad | weight=0.031
=pravo =mluvit | weight=0.031
=nahrany =nabidkou | weight=0.031
=jeste =s | weight=0.031
=stejne =tri | weight=0.031
=volam | weight=0.030
=tyden =nikdo | weight=0.030, noneg
=nerozumel =jsem | weight=0.030
=tak =porad | weight=0.030
