# ivr_maze, cs: learned by scripts/learn.py from 2508 tuning texts (87 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ telefon vzdycky zvedl jen zaznamnik
+ Pořád nás to vracelo do hlavního menu.
+ robot nam nerozumi a vraci nas na zacatek
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=menu | weight=0.470
=automat | weight=0.446
=robot | weight=0.417
=nahrany | weight=0.341
=virtualni | weight=0.337
=chatbot | weight=0.321
=mi =volam | weight=0.319
=zmackni | weight=0.294
=jen =stroj | weight=0.293
=jen =zaznamnik | weight=0.278
=zaznamnik | weight=0.278
=automatizovane | weight=0.272
=nerozumi | weight=0.270
=virtualni =asistent | weight=0.265
=nerozumel | weight=0.252
=stroj | weight=0.247
=vzdycky | weight=0.243
=se =pres | weight=0.228
=nikdo =zivemu | weight=0.227, noneg
=plnou =automatizovane | weight=0.226
=clovek | weight=0.226
=nocni | weight=0.224
=moznost | weight=0.222
=nabidkou | weight=0.212
=inteligence | weight=0.211
=umela | weight=0.211
=umela =inteligence | weight=0.211
=robot =na | weight=0.208
=sedm | weight=0.206
=s =zivemu | weight=0.204
=volbu | weight=0.203
=s =nabidkou | weight=0.202
=nespoji | weight=0.201
=se =nespoji | weight=0.201
=mackal | weight=0.194
=hlas | weight=0.194
=hlas =navigace | weight=0.193
=navigace | weight=0.193
=nespoji =at | weight=0.188
=nenabizi | weight=0.188
=boty | weight=0.187
=system | weight=0.187
=hovor | weight=0.187
=me =porad | weight=0.180
=plnou | weight=0.178
=chatbot =mi | weight=0.176
=a =zase | weight=0.171
=vraci | weight=0.165
=zadna =clovek | weight=0.164, noneg
=jinam =kontakt | weight=0.159
=dokola | weight=0.156
=robot =se | weight=0.150
=zase =od | weight=0.149
=telefonni | weight=0.148
=asistent | weight=0.147
=volam =nahrany | weight=0.147
=cokoli | weight=0.146
=se =spojit | weight=0.146
=mluvit =jen | weight=0.145
=automaticky | weight=0.145
=telefonni =menu | weight=0.141
=nesmysl | weight=0.141
=vas =virtualni | weight=0.139
=a =hovor | weight=0.138
=porad =shazuje | weight=0.138
=shazuje | weight=0.138
=ten =automat | weight=0.137
=dotaz =a | weight=0.132
=porad =nabizi | weight=0.132
=vyuzit | weight=0.132
=s =operator | weight=0.132
=do =hlavniho | weight=0.131
=automat =se | weight=0.130
=rano | weight=0.130
=slysi =jen | weight=0.130
=hovor =s | weight=0.129
=na =zacatku | weight=0.128
=nedostal | weight=0.128
=me =trikrat | weight=0.127
=mi =porad | weight=0.124
=system =me | weight=0.124
=hlavniho | weight=0.123
=ten =vas | weight=0.123
=hlas =menu | weight=0.123
=nahravku | weight=0.123
=v =menu | weight=0.123
=s =nahrany | weight=0.122
=ten =mi | weight=0.121
=jejich =boty | weight=0.121
=posila | weight=0.120
=nahrany =hlas | weight=0.120
=zvedne | weight=0.120
=ze =nerozumi | weight=0.118
=s =boty | weight=0.118
=napovedy | weight=0.117
=lince =je | weight=0.117
=to =hazi | weight=0.116
=clovek =se | weight=0.115
=pokusech | weight=0.115
=nerozumim | weight=0.114
=neexistuje | weight=0.114
=obsahuje | weight=0.112
=na =infolince | weight=0.112
=chatu =odpovida | weight=0.112
=me =to | weight=0.110
=zvedl | weight=0.109
=mi =nabidli | weight=0.109
=to =nikdo | weight=0.108, noneg
=urovni | weight=0.108
=zivemu | weight=0.107
=ustredna | weight=0.107
=odkaz =a | weight=0.106
=vzdycky =jen | weight=0.106
=mi =nerozumel | weight=0.106
=nerozumel =a | weight=0.106
=operatorka =jsem | weight=0.106
=hlavniho =menu | weight=0.106
=nabidli | weight=0.106
=me =posila | weight=0.105
=nabizi | weight=0.105
=vraci =do | weight=0.105
=kruhu | weight=0.105
=hazi | weight=0.104
=k =zivemu | weight=0.104
=k =bod | weight=0.103
=me =stiznost | weight=0.103
=vymyslel | weight=0.103
=spojit =nedokazal | weight=0.103
=lince =to | weight=0.102
=ve =vas | weight=0.102
=je =plnou | weight=0.101
=pta =na | weight=0.101
=botik | weight=0.100
=botik =mi | weight=0.100
=clanek =z | weight=0.100
=jen =clanek | weight=0.100
=nabizi =jen | weight=0.100
=mi =dokola | weight=0.100
=na =cislo | weight=0.099
=me =ptal | weight=0.098
=nejaky =robot | weight=0.098
=polozce | weight=0.097
=clanek | weight=0.097
=x | weight=0.097
=pta | weight=0.097
=se =me | weight=0.096
=proste =neni | weight=0.094, noneg
=tam =proste | weight=0.094
=jen | weight=0.093
=automat =nedostal | weight=0.093
=to =vzdal | weight=0.092
=vzdal | weight=0.092
=zopakovat | weight=0.092
=svuj | weight=0.092
=navigace =me | weight=0.090
=infolince | weight=0.090
=nerozumi =a | weight=0.090
=chatu =me | weight=0.090
=trikrat =vratit | weight=0.090
=a =zadna | weight=0.089, noneg
=zivemu =operator | weight=0.088
=dvacet | weight=0.088
=odpovida =jen | weight=0.088
=hlas =automat | weight=0.088
=prokousat | weight=0.088
=hovor =ukoncil | weight=0.088
=volam =mi | weight=0.088
=ukoncil | weight=0.088
=automat =mi | weight=0.087
=odpovida | weight=0.087
=pocitaci | weight=0.087
=ten =jejich | weight=0.086
=a =ono | weight=0.086
=ono | weight=0.086
=pak =hovor | weight=0.085
=a =vraci | weight=0.085
=dvojku | weight=0.084
=jednicku | weight=0.084
=kazdy =otazku | weight=0.084
=napisu =operator | weight=0.084
=marne | weight=0.082
=marne =jsem | weight=0.082
=snazil =prokousat | weight=0.082
=ze =mam | weight=0.081
=operator =tam | weight=0.080
=to =vraci | weight=0.080
=se =neda | weight=0.080
=zpusobila | weight=0.079
=na =napovedy | weight=0.079
=zadna | weight=0.079, noneg
=mi =automaticky | weight=0.079
=k =zivymu | weight=0.078
=zivymu | weight=0.078
=automat =s | weight=0.076
=na =chatu | weight=0.075
=spojit | weight=0.074
=kontakt | weight=0.074
=jsem =napsal | weight=0.074
=menu =je | weight=0.074
=vodafone | weight=0.074
=vratit =na | weight=0.073
=pak =to | weight=0.073
=x =jsem | weight=0.073
=jen =nahrany | weight=0.073
=osobu | weight=0.072
=zacatku | weight=0.071
=zadna =moznost | weight=0.071, noneg
=na =faq | weight=0.070
=volam =na | weight=0.070
=a =operator | weight=0.070
=at =jsem | weight=0.069
=tim =vas | weight=0.069
=clovek =jsem | weight=0.069
=infolince =jen | weight=0.068
=robot =mi | weight=0.066
=vas =robot | weight=0.066
=jako =se | weight=0.066
=mi =na | weight=0.066
=na =kazdy | weight=0.066
=nedokazal | weight=0.066
=lince =a | weight=0.066
=porad =jen | weight=0.064
=rozumne | weight=0.064
=odkaz | weight=0.063
=pojistovny | weight=0.063
=vybrat | weight=0.063
=pres =ten | weight=0.062
=bod | weight=0.062
=tipnul | weight=0.062
=to =tipnul | weight=0.062
=moznost =mluvit | weight=0.061
=se =snazil | weight=0.061
=domluvit | weight=0.061
=stejne =odkaz | weight=0.060
=pres =hlas | weight=0.059
=operator =se | weight=0.059
=nikam | weight=0.059, noneg
=se =nedostal | weight=0.058
=caste =dotaz | weight=0.058
=na =caste | weight=0.058
=si =s | weight=0.058
=tri =odkaz | weight=0.058
=za =nic | weight=0.057, noneg
=nabizi =ty | weight=0.055
=nulu =a | weight=0.055
=se =porad | weight=0.054
=dokola =nabizi | weight=0.054
=odpovida =ze | weight=0.054
=zakaznickou =podpora | weight=0.054
=chatu =s | weight=0.053
=s =nikam | weight=0.053, noneg
=aniz | weight=0.053
=aniz =by | weight=0.053
=posila =stejne | weight=0.053
=a =automat | weight=0.052
=nikam =s | weight=0.052, noneg
=a =vratit | weight=0.052
=jen =pisu | weight=0.051
=hlas =system | weight=0.051
=pravo =mluvit | weight=0.051
=ktery =nebyl | weight=0.051, noneg
=asistent =nerozumi | weight=0.051
=operator =me | weight=0.050
=furt =mi | weight=0.050
=nas =na | weight=0.050
=posila =odkaz | weight=0.049
=nepustili | weight=0.049
=odpovi | weight=0.049
=pisu =ze | weight=0.049
=otazku =odpovida | weight=0.049
=clovek =nikdo | weight=0.049, noneg
=vam =jeste | weight=0.049
=hovor =sam | weight=0.048
=tom =nerozumim | weight=0.048
=faq | weight=0.047
=nic =jinam | weight=0.047, noneg
=bonus | weight=0.047
=neni =mozne | weight=0.046, noneg
=vyhradne | weight=0.046
=sam =odkaz | weight=0.046
=k =clovek | weight=0.045
=sorry | weight=0.045
=napisu =e-mail | weight=0.045
=volam =automat | weight=0.045
=nulu | weight=0.045
=to =sam | weight=0.045
=porad =mi | weight=0.044
=porad =posila | weight=0.044
=dvojku =nulu | weight=0.044
=jednicku =dvojku | weight=0.044
=vernostni =programu | weight=0.044
=registrace | weight=0.044
=uz =tri | weight=0.043
=po =hodiny | weight=0.043
=ktery =uz | weight=0.043
=e-mail =z | weight=0.043
=nebyl =schopna | weight=0.043, noneg
=ombudsmanovi | weight=0.043
=mam =pravo | weight=0.043
=porad =dokola | weight=0.042
=den =mi | weight=0.042
=slysi | weight=0.042
=nas =to | weight=0.042
=snazil | weight=0.042
=problem | weight=0.041
=me =na | weight=0.041
=minut =v | weight=0.041
=automat =me | weight=0.041
=nabizi =stejne | weight=0.040
=kazdy =den | weight=0.040
=proste | weight=0.040
=zkousel | weight=0.040
=mam =to | weight=0.040
=jsem =jednicku | weight=0.040
=mackal =jsem | weight=0.040
=caste | weight=0.040
=hovor =po | weight=0.039
=nahrany =nabidkou | weight=0.039
=napisu | weight=0.039
=denne | weight=0.039
=nejde =zavolam | weight=0.039
=jeste =s | weight=0.039
=mohu =vam | weight=0.039
=programu | weight=0.038
=z =napovedy | weight=0.038
=jazyka | weight=0.038
=trikrat =zeptat | weight=0.038
=boty =se | weight=0.037
=zjednana | weight=0.037
=zjednana =napravu | weight=0.037
=stejne =tri | weight=0.037
=menu =me | weight=0.037
=na =operator | weight=0.037
=sam =ukoncil | weight=0.037
=nakonec =se | weight=0.037
=se =nejde | weight=0.037
=ctu | weight=0.036
=tyden =nikdo | weight=0.036, noneg
=poslali =odkaz | weight=0.036
=je =k | weight=0.036
=to =napisu | weight=0.035
=pomaham | weight=0.035
=ani =se | weight=0.035, noneg
=porad =me | weight=0.035
=mohu | weight=0.034
=webu =a | weight=0.034
=lince =mi | weight=0.034
=pravo | weight=0.034
=nedoslychava | weight=0.034
=komunikace | weight=0.034
=asistentka | weight=0.034
=trikrat =rekl | weight=0.033
=ti | weight=0.033
=menu =a | weight=0.033
=a =furt | weight=0.033
=pres =automat | weight=0.033
=dovolat | weight=0.033
=neda | weight=0.032
=po =trech | weight=0.032
=prece | weight=0.032
=na =vsechno | weight=0.032
=porad =opakovane | weight=0.032
=nekomu | weight=0.032
=dopravce =a | weight=0.032
=na =ten | weight=0.031
=infolince =me | weight=0.031
=operator =jsem | weight=0.031
=jejich | weight=0.031
=system =ji | weight=0.031
