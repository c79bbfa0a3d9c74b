# ivr_maze, cs: learned by scripts/learn.py from 3747 tuning texts (106 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Na e-maily neodpovídáte, na telefonu jen robot a zásilka nikde.
+ telefon vzdycky zvedl jen zaznamnik
+ Pořád nás to vracelo do hlavního menu.
- ok dekuju
- super, doporucuju
=automat | weight=0.498
=menu | weight=0.448
=robot | weight=0.442
=virtualni | weight=0.388
=chatbot | weight=0.368
=nahrany | weight=0.365
=zmacknete | weight=0.348
=mi =volal | weight=0.301
=jen =stroj | weight=0.294
=jen =zaznamnik | weight=0.274
=zaznamnik | weight=0.274
=automatizovane | weight=0.272
=nerozumel | weight=0.255
=nerozumi | weight=0.251
=stroj | weight=0.248
=virtualni =asistent | weight=0.234
=me =porad | weight=0.229
=nikdo =zivemu | weight=0.228, noneg
=plnou =automatizovane | weight=0.228
=vzdycky | weight=0.227
=s =nabidkou | weight=0.224
=se =pres | weight=0.222
=moznost | weight=0.220
=sedm | weight=0.219
=volbu | weight=0.218
=nocni | weight=0.212
=system =je | weight=0.210
=mackal | weight=0.202
=inteligence | weight=0.199
=umela | weight=0.199
=umela =inteligence | weight=0.199
=s =zivemu | weight=0.197
=robot =na | weight=0.195
=boty | weight=0.195
=nabidkou | weight=0.194
=clovek | weight=0.182
=se =nespoji | weight=0.182
=nespoji =at | weight=0.181
=volal =nahrany | weight=0.180
=nespoji | weight=0.177
=hlas | weight=0.172
=plnou | weight=0.171
=hlas =navigace | weight=0.169
=navigace | weight=0.169
=na =zacatku | weight=0.166
=zadna =clovek | weight=0.163, noneg
=asistent | weight=0.157
=cokoli | weight=0.156
=nenabizi | weight=0.153
=zivemu | weight=0.152
=dokola | weight=0.151
=porad =shazuje | weight=0.151
=shazuje | weight=0.151
=system | weight=0.151
=slysel =jen | weight=0.148
=vraci | weight=0.148
=jednicku | weight=0.144
=automaticky | weight=0.144
=mluvit =jen | weight=0.143
=a =operator | weight=0.143
=chatbot =mi | weight=0.142
=telefonni | weight=0.142
=a =zase | weight=0.141
=zase =od | weight=0.138
=pokusu | weight=0.137
=hovor | weight=0.136
=automat =se | weight=0.135
=telefonni =menu | weight=0.134
=vyuzit | weight=0.133
=se =spojit | weight=0.132
=virtualni =asistentka | weight=0.132
=do =hlavniho | weight=0.132
=robot =se | weight=0.132
=nahravku | weight=0.132
=jiny =kontakt | weight=0.130
=porad =nabizi | weight=0.127
=hovor =s | weight=0.127
=v =menu | weight=0.127
=a =hovor | weight=0.126
=rano | weight=0.126
=ten =automat | weight=0.125
=a =jiny | weight=0.124
=system =me | weight=0.123
=s =nahrany | weight=0.123
=me =trikrat | weight=0.123
=zvedl | weight=0.121
=s =operator | weight=0.121
=mi =nabidli | weight=0.120
=napovedy | weight=0.120
=zmacknete =jednicku | weight=0.119
=hlavniho | weight=0.119
=rikal =operator | weight=0.119
=clovek =se | weight=0.119
=ten =mi | weight=0.118
=posila | weight=0.117
=asistentka | weight=0.117
=s =boty | weight=0.117
=vraci =do | weight=0.116
=jejich =boty | weight=0.116
=lince =je | weight=0.116
=robot =a | weight=0.115
=dotaz =a | weight=0.115
=hlavniho =menu | weight=0.115
=obsahuje | weight=0.114
=mi =porad | weight=0.113
=na =infolince | weight=0.113
=chatu =odpovida | weight=0.113
=me =to | weight=0.112
=nesmysl | weight=0.112
=x | weight=0.112
=a =zadna | weight=0.111, noneg
=ze =nerozumi | weight=0.111
=zvedne | weight=0.110
=vas =virtualni | weight=0.110
=k =bod | weight=0.110
=me =stiznost | weight=0.110
=nahrany =hlas | weight=0.110
=ukoncil | weight=0.109
=ustredny | weight=0.109
=hlas =menu | weight=0.109
=uroven | weight=0.108
=operatorka =jsem | weight=0.107
=nedostal | weight=0.106
=vzdycky =jen | weight=0.106
=lince =to | weight=0.106
=neexistuje | weight=0.104
=hovor =ukoncil | weight=0.104
=spojit =nedokazal | weight=0.103
=zopakoval | weight=0.103
=posila =do | weight=0.102
=na =faq | weight=0.102
=do =menu | weight=0.101
=botik | weight=0.100
=botik =mi | weight=0.100
=clanek =z | weight=0.100
=jen =clanek | weight=0.100
=nabizi =jen | weight=0.100
=pta =na | weight=0.100
=ve =vas | weight=0.100
=hlas =automat | weight=0.100
=polozce | weight=0.099
=je =plnou | weight=0.099
=zacatku | weight=0.099
=se =me | weight=0.098
=pta | weight=0.098
=jste =na | weight=0.096
=odpovida | weight=0.096
=nabizi | weight=0.095
=prokousat | weight=0.095
=me =posila | weight=0.095
=me =ptal | weight=0.095
=silenost | weight=0.095
=kruhu | weight=0.095
=nepusti | weight=0.095
=to =vzdal | weight=0.094
=ten =vas | weight=0.094
=k =clovek | weight=0.093
=odpovida =jen | weight=0.092
=mi =automaticky | weight=0.092
=clanek | weight=0.091
=neodpovida =na | weight=0.090
=volal =mi | weight=0.090
=telefon =jen | weight=0.090
=asistentka =na | weight=0.089
=to =nikdo | weight=0.088, noneg
=automat =nedostal | weight=0.088
=nerozumi =a | weight=0.088
=trikrat =vratit | weight=0.088
=marne | weight=0.088
=marne =jsem | weight=0.088
=snazil =prokousat | weight=0.088
=ten =jejich | weight=0.087
=proste =neni | weight=0.087, noneg
=tam =proste | weight=0.087
=at =jsem | weight=0.087
=faq =a | weight=0.086
=jen | weight=0.085
=mi =dokola | weight=0.085
=vymyslel | weight=0.085
=navigace =me | weight=0.084
=na =cislo | weight=0.084
=infolince =jen | weight=0.083
=menu =je | weight=0.083
=moznost =mluvit | weight=0.083
=to =hazi | weight=0.083
=odkaz =a | weight=0.083
=k =zivemu | weight=0.082
=chatu =me | weight=0.081
=pak =zase | weight=0.081
=zadna =moznost | weight=0.081, noneg
=spojit | weight=0.080
=nenabidne | weight=0.080
=operator =nenabidne | weight=0.080
=na =telefon | weight=0.079
=nerozumim | weight=0.079
=k =zivymu | weight=0.079
=zivymu | weight=0.079
=kazdy =otazku | weight=0.078
=dvacet | weight=0.078
=neodpovida | weight=0.077
=lince =a | weight=0.076
=robot =s | weight=0.076
=vodafone | weight=0.076
=pocitaci | weight=0.076
=proklikat | weight=0.075
=a =ono | weight=0.075
=ono | weight=0.075
=to =vraci | weight=0.074
=svuj | weight=0.074
=mi =nerozumel | weight=0.073
=nerozumel =a | weight=0.073
=zpusobila | weight=0.073
=nejaky =robot | weight=0.072
=na =napovedy | weight=0.072
=clovek =jsem | weight=0.070
=se =neda | weight=0.070
=mi =na | weight=0.070
=operator =se | weight=0.070
=tim =vas | weight=0.069
=vratit =na | weight=0.069
=nedokazal | weight=0.069
=neumi | weight=0.069
=hazi | weight=0.068
=bod | weight=0.068
=se =nedostal | weight=0.068
=vzdal | weight=0.068
=rozumne | weight=0.067
=napisu =operator | weight=0.067
=to =sam | weight=0.067
=automat =s | weight=0.066
=vas =webu | weight=0.066
=nabidli | weight=0.066
=denne | weight=0.066
=zivemu =operator | weight=0.065
=automat =mi | weight=0.064
=infolince | weight=0.064
=porad =dokola | weight=0.064
=zed | weight=0.062
=jen =nahrany | weight=0.062
=slysel | weight=0.062
=vas =robot | weight=0.062
=nulu | weight=0.062
=x =jsem | weight=0.061
=operator =tam | weight=0.061
=domluvit | weight=0.061
=jako =se | weight=0.060
=operator =jsem | weight=0.060
=osobu | weight=0.060
=webu | weight=0.060
=odpovida =ze | weight=0.060
=jen =pisu | weight=0.060
=jsem =napsal | weight=0.060
=cekal =se | weight=0.059
=si =s | weight=0.059
=na =pracovnik | weight=0.059
=pres =hlas | weight=0.058
=na =chatu | weight=0.058
=je =k | weight=0.058
=pak =hovor | weight=0.058
=jen =robot | weight=0.058
=automat =me | weight=0.058
=robot =mi | weight=0.058
=porad =opakovane | weight=0.057
=zadna | weight=0.057, noneg
=po =hodiny | weight=0.057
=porad =posila | weight=0.057
=mackal =jsem | weight=0.057
=na =clovek | weight=0.056
=se =snazil | weight=0.055
=stejne =odkaz | weight=0.055
=napisu =e-mail | weight=0.055
=odkaz | weight=0.055
=porad =jen | weight=0.054
=pisu =ze | weight=0.054
=aniz | weight=0.054
=aniz =by | weight=0.054
=faq | weight=0.054
=a =vraci | weight=0.053
=odpovida =to | weight=0.053
=na =kazdy | weight=0.052
=menu =me | weight=0.052
=operator =nejde | weight=0.052
=min =a | weight=0.051
=posila =stejne | weight=0.051
=minut =v | weight=0.051
=porad =mi | weight=0.051
=nabizi =ty | weight=0.050
=a =vratit | weight=0.050
=chatu =s | weight=0.050
=ktery =nebyl | weight=0.050, noneg
=nikam | weight=0.050, noneg
=boty =se | weight=0.049
=pres =automat | weight=0.049
=operator =me | weight=0.048
=ktery =uz | weight=0.048
=tri =odkaz | weight=0.048
=mi =nerozumi | weight=0.048
=z =napovedy | weight=0.048
=kazdy =den | weight=0.047
=se =trikrat | weight=0.046
=s =nikam | weight=0.046, noneg
=dvojku | weight=0.046
=hlaska | weight=0.046
=volal =na | weight=0.046
=jazyka | weight=0.046
=hovor =po | weight=0.046
=pres =ten | weight=0.045
=na =caste | weight=0.045
=asistent =nerozumi | weight=0.045
=pin | weight=0.045
=za =nic | weight=0.044, noneg
=zakaznicke =podpora | weight=0.044
=ti | weight=0.044
=a =automat | weight=0.044
=kontakt | weight=0.043
=sam =a | weight=0.043
=ze =mam | weight=0.043
=to =napisu | weight=0.043
=volal =automat | weight=0.043
=ktery =chci | weight=0.043
=ukoncil =ani | weight=0.042, noneg
=furt =mi | weight=0.042
=snazil | weight=0.042
=otazku =odpovida | weight=0.042
=aplikaci =banky | weight=0.041
=ombudsmanovi | weight=0.041
=nulu =a | weight=0.041
=neni =mozne | weight=0.040, noneg
=pomaham | weight=0.040
=napisu | weight=0.040
=hlas =system | weight=0.040
=k =nikam | weight=0.040, noneg
=nikam =s | weight=0.039, noneg
=caste =dotaz | weight=0.039
=vyhradne | weight=0.039
=bonus | weight=0.039
=to =zkousela | weight=0.039
=vybrat | weight=0.039
=mam =to | weight=0.039
=zjednana | weight=0.039
=zjednana =napravu | weight=0.039
=nas =na | weight=0.038
=nas =to | weight=0.038
=neda | weight=0.038
=nebyl =schopna | weight=0.037, noneg
=pak =to | weight=0.037
=formular =uz | weight=0.037
=system =ji | weight=0.037
=registrace | weight=0.037
=a =nevim | weight=0.037
=clovek =tam | weight=0.037
=proste | weight=0.037
=a =k | weight=0.036
=pozadavek | weight=0.036
=na =operator | weight=0.036
=clovek =nikdo | weight=0.036, noneg
=vam =jeste | weight=0.036
=tipnul | weight=0.035
=to =tipnul | weight=0.035
=trikrat =zeptat | weight=0.035
=komunikace | weight=0.035
=otazku =odpoved | weight=0.035
=nekomu | weight=0.035
=nerozumel =jsem | weight=0.034
=tak =porad | weight=0.034
=se =nejde | weight=0.034
=vernostni =program | weight=0.034
=zasilka | weight=0.034
=nakonec =se | weight=0.034
=dokola =nabizi | weight=0.034
=s =pracovnik | weight=0.033
=e-mail =z | weight=0.033
=nic =jiny | weight=0.033, noneg
=poprve =jsem | weight=0.033
=sam =odkaz | weight=0.033
=vyhru | weight=0.033
=rozumim | weight=0.033
=se =porad | weight=0.033
=porad =me | weight=0.033
=mohu =vam | weight=0.032
=a =furt | weight=0.032
=ani =se | weight=0.032, noneg
=smlouvu =a | weight=0.032
=a =robot | weight=0.031
=jsem =zopakoval | weight=0.031
=pravo =mluvit | weight=0.031
=cislo =zakaznik | weight=0.031
=jeste =s | weight=0.031
=hovor =sam | weight=0.031
=ctu | weight=0.031
=cislo =smlouvu | weight=0.030
=poslali =odkaz | weight=0.030
=mohu | weight=0.030
=dopravce =a | weight=0.030
