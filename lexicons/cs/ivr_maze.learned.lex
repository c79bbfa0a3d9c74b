# ivr_maze, cs: learned by scripts/learn.py from 3948 tuning texts (108 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Na e-maily neodpovídáte, na telefonu jen robot a zásilka nikde.
+ telefon vzdycky zvedl jen zaznamnik
+ Pořád nás to vracelo do hlavního menu.
- ok dekuju
- super, doporucuju
=automat | weight=0.495
=menu | weight=0.458
=robot | weight=0.444
=virtualni | weight=0.384
=chatbot | weight=0.366
=nahrany | weight=0.361
=zmacknete | weight=0.353
=mi =volal | weight=0.306
=jen =stroj | weight=0.296
=jen =zaznamnik | weight=0.276
=zaznamnik | weight=0.276
=automatizovane | weight=0.272
=stroj | weight=0.253
=nerozumi | weight=0.241
=nerozumel | weight=0.240
=virtualni =asistent | weight=0.228
=nikdo =zivemu | weight=0.228, noneg
=plnou =automatizovane | weight=0.228
=sedm | weight=0.218
=me =porad | weight=0.218
=volbu | weight=0.218
=vzdycky | weight=0.218
=s =nabidkou | weight=0.216
=se =pres | weight=0.216
=nocni | weight=0.211
=system =je | weight=0.209
=moznost | weight=0.208
=boty | weight=0.201
=inteligence | weight=0.200
=umel | weight=0.200
=umel =inteligence | weight=0.200
=nabidkou | weight=0.200
=clovek | weight=0.196
=mackal | weight=0.193
=volal =nahrany | weight=0.189
=robot =na | weight=0.189
=s =zivemu | weight=0.185
=se =nespoji | weight=0.185
=nespoji =at | weight=0.183
=nespoji | weight=0.180
=na =zacatku | weight=0.178
=hlas | weight=0.174
=hlas =navigace | weight=0.169
=navigace | weight=0.169
=zadna =clovek | weight=0.167, noneg
=plnou | weight=0.165
=zivemu | weight=0.159
=dokola | weight=0.159
=asistent | weight=0.156
=cokoli | weight=0.155
=vraci | weight=0.153
=automaticky | weight=0.152
=system | weight=0.151
=a =operator | weight=0.151
=nenabizi | weight=0.151
=porad =shazuje | weight=0.147
=shazuje | weight=0.147
=jednicku | weight=0.143
=mluvit =jen | weight=0.143
=slysel =jen | weight=0.142
=chatbot =mi | weight=0.142
=hovor | weight=0.138
=zase =od | weight=0.137
=telefonni | weight=0.137
=se =spojit | weight=0.136
=automat =se | weight=0.135
=pokusu | weight=0.135
=telefonni =menu | weight=0.134
=nedostal | weight=0.134
=jiny =kontakt | weight=0.133
=rano | weight=0.132
=a =zase | weight=0.132
=nahravku | weight=0.132
=a =hovor | weight=0.131
=a =jiny | weight=0.131
=vyuzit | weight=0.130
=s =operator | weight=0.129
=virtualni =asistentka | weight=0.129
=hovor =s | weight=0.127
=robot =se | weight=0.126
=porad =nabizi | weight=0.125
=zmacknete =jednicku | weight=0.123
=me =trikrat | weight=0.122
=hlas =menu | weight=0.121
=v =menu | weight=0.120
=rikal =operator | weight=0.120
=zvedl | weight=0.120
=posila | weight=0.119
=clovek =se | weight=0.119
=a =zadna | weight=0.119, noneg
=system =me | weight=0.118
=napovedy | weight=0.118
=nahrany =hlas | weight=0.118
=mi =porad | weight=0.117
=jejich =boty | weight=0.116
=do =hlavniho | weight=0.116
=x | weight=0.116
=s =nahrany | weight=0.116
=zvedne | weight=0.116
=mi =nabidli | weight=0.115
=chatu =odpovida | weight=0.114
=asistentka | weight=0.114
=s =boty | weight=0.114
=robot =a | weight=0.113
=dotaz =a | weight=0.113
=vas =virtualni | weight=0.112
=do =menu | weight=0.112
=lince =je | weight=0.112
=na =infolince | weight=0.111
=ze =nerozumi | weight=0.111
=obsahuje | weight=0.111
=ten =automat | weight=0.111
=spojit =nedokazal | weight=0.111
=ten =mi | weight=0.111
=lince =to | weight=0.111
=hovor =ukoncil | weight=0.110
=vzdycky =jen | weight=0.110
=operatorka =jsem | weight=0.110
=ukoncil | weight=0.108
=uroven | weight=0.107
=k =bod | weight=0.107
=me =stiznost | weight=0.107
=ustredny | weight=0.106
=nesmysl | weight=0.106
=vraci =do | weight=0.105
=neexistuje | weight=0.105
=posila =do | weight=0.104
=me =to | weight=0.104
=hlavniho | weight=0.103
=hlavniho =menu | weight=0.102
=zacatku | weight=0.100
=se =me | weight=0.100
=ve =vas | weight=0.100
=je =plnou | weight=0.098
=botik | weight=0.097
=botik =mi | weight=0.097
=clanek =z | weight=0.097
=jen =clanek | weight=0.097
=nabizi =jen | weight=0.097
=kruhu | weight=0.097
=ten =vas | weight=0.096
=nabizi | weight=0.096
=pta =na | weight=0.096
=me =posila | weight=0.096
=nepusti | weight=0.095
=odpovida | weight=0.095
=polozce | weight=0.095
=volal =mi | weight=0.095
=prokousat | weight=0.095
=to =nikdo | weight=0.095, noneg
=pta | weight=0.094
=odpovida =jen | weight=0.094
=to =vzdal | weight=0.094
=jen | weight=0.094
=ten =jejich | weight=0.093
=hlas =automat | weight=0.092
=clanek | weight=0.092
=na =faq | weight=0.090
=me =ptal | weight=0.090
=na =cislo | weight=0.090
=silenost | weight=0.090
=marne | weight=0.090
=marne =jsem | weight=0.090
=snazim =prokousat | weight=0.090
=zopakovali | weight=0.090
=mi =automaticky | weight=0.089
=odkaz =a | weight=0.088
=vymyslel | weight=0.088
=lince =a | weight=0.088
=jste =na | weight=0.087
=proklikat | weight=0.087
=zadna =moznost | weight=0.087, noneg
=telefon =jen | weight=0.087
=spojit | weight=0.087
=nerozumi =a | weight=0.087
=k =zivemu | weight=0.086
=at =jsem | weight=0.086
=mi =dokola | weight=0.085
=infolince =jen | weight=0.085
=neodpovida =na | weight=0.084
=asistentka =na | weight=0.083
=nenabidne | weight=0.083
=operator =nenabidne | weight=0.083
=chatu =me | weight=0.082
=to =vraci | weight=0.082
=trikrat =vratit | weight=0.082
=nerozumim | weight=0.082
=automat =nedostal | weight=0.081
=pocitaci | weight=0.081
=dvacet | weight=0.081
=proste =neni | weight=0.081, noneg
=tam =proste | weight=0.081
=pak =zase | weight=0.081
=navigace =me | weight=0.081
=faq =a | weight=0.081
=k =clovek | weight=0.081
=to =hazi | weight=0.080
=k =zivymu | weight=0.079
=zivymu | weight=0.079
=mi =na | weight=0.078
=zivemu =operator | weight=0.078
=a =ono | weight=0.078
=ono | weight=0.078
=clovek =jsem | weight=0.078
=kazdy =otazku | weight=0.078
=vodafone | weight=0.078
=porad =opakovane | weight=0.077
=na =telefon | weight=0.077
=menu =je | weight=0.076
=svuj | weight=0.076
=nedokazal | weight=0.076
=robot =s | weight=0.076
=zadna | weight=0.076, noneg
=se =nedostal | weight=0.074
=mi =nerozumel | weight=0.074
=nerozumel =a | weight=0.074
=moznost =mluvit | weight=0.074
=se =neda | weight=0.072
=vas =webu | weight=0.072
=slysel | weight=0.072
=nejaky =robot | weight=0.071
=zpusobila | weight=0.071
=neumi | weight=0.071
=operator =tam | weight=0.070
=vratit =na | weight=0.070
=vzdal | weight=0.070
=webu | weight=0.070
=operator =se | weight=0.070
=osobu | weight=0.069
=bod | weight=0.068
=tim =vas | weight=0.068
=infolince | weight=0.067
=jako =se | weight=0.067
=rozumne | weight=0.066
=na =napovedy | weight=0.066
=neodpovida | weight=0.066
=mi =boty | weight=0.065
=zed | weight=0.064
=automat =mi | weight=0.064
=nabidli | weight=0.064
=pres =hlas | weight=0.063
=nulu | weight=0.063
=x =jsem | weight=0.063
=pak =hovor | weight=0.063
=vas =robot | weight=0.062
=kazdy =den | weight=0.062
=napisu =operator | weight=0.062
=na =e-mail | weight=0.062
=na =pracovnik | weight=0.061
=odpovida =ze | weight=0.060
=denne | weight=0.060
=napisu =e-mail | weight=0.060
=opakovane =stejne | weight=0.059
=si =s | weight=0.058
=automat =s | weight=0.058
=domluvit | weight=0.058
=jen =pisu | weight=0.058
=odpovida =to | weight=0.057
=hazi | weight=0.057
=jen =nahrany | weight=0.057
=robot =mi | weight=0.056
=cekal =se | weight=0.056
=a =vraci | weight=0.056
=stejne =odkaz | weight=0.056
=to =sam | weight=0.056
=aniz | weight=0.055
=aniz =by | weight=0.055
=jen =robot | weight=0.055
=porad =dokola | weight=0.055
=na =chatu | weight=0.055
=z =napovedy | weight=0.054
=jsem =napsal | weight=0.054
=tri =odkaz | weight=0.054
=na =kazdy | weight=0.054
=je =k | weight=0.054
=nabizi =ty | weight=0.054
=automat =me | weight=0.054
=minut =v | weight=0.054
=po =hodiny | weight=0.052
=min =a | weight=0.052
=odkaz | weight=0.052
=operator =jsem | weight=0.052
=a =automat | weight=0.052
=mackal =jsem | weight=0.052
=posila =stejne | weight=0.052
=nikam | weight=0.051, noneg
=boty =se | weight=0.051
=dvojku | weight=0.051
=porad =posila | weight=0.050
=na =clovek | weight=0.050
=operator =nejde | weight=0.050
=ze =mam | weight=0.050
=pisu =ze | weight=0.050
=menu =a | weight=0.050
=ktery =nebyl | weight=0.050, noneg
=boty =porad | weight=0.050
=chatu =s | weight=0.049
=se =trikrat | weight=0.049
=pres =automat | weight=0.048
=faq | weight=0.048
=kontakt | weight=0.048
=a =vratit | weight=0.048
=zakaznicke =podpora | weight=0.047
=nas =to | weight=0.047
=sam =a | weight=0.047
=ti | weight=0.046
=porad =jen | weight=0.046
=mi =nerozumi | weight=0.046
=furt =mi | weight=0.045
=pres =ten | weight=0.044
=s =nikam | weight=0.044, noneg
=otazku =odpovida | weight=0.044
=operator =me | weight=0.043
=to =napisu | weight=0.043
=a =clovek | weight=0.043
=proste | weight=0.043
=ukoncil =ani | weight=0.042, noneg
=k =nikam | weight=0.042, noneg
=s =pojistovny | weight=0.041
=to =zkousela | weight=0.041
=pin | weight=0.041
=pak =to | weight=0.040
=automaticky =menu | weight=0.040
=zjednana | weight=0.040
=zjednana =napravu | weight=0.040
=neda | weight=0.040
=nic =jiny | weight=0.040, noneg
=trikrat =zeptat | weight=0.040
=vyhradne | weight=0.040
=infolince =me | weight=0.040
=ji =po | weight=0.040
=nikam =s | weight=0.040, noneg
=ktery =chci | weight=0.039
=pomaham | weight=0.039
=menu =me | weight=0.039
=na =caste | weight=0.039
=nebyl =schopna | weight=0.039, noneg
=asistent =nerozumi | weight=0.039
=nas =na | weight=0.039
=ombudsmana | weight=0.039
=neni =mozne | weight=0.038, noneg
=poslali =odkaz | weight=0.038
=hovor =po | weight=0.038
=mam =to | weight=0.038
=clovek =nikdo | weight=0.038, noneg
=vam =jeste | weight=0.038
=se =snazim | weight=0.038
=davam =to | weight=0.038
=nulu =a | weight=0.038
=tipnul | weight=0.038
=to =tipnul | weight=0.038
=ktery =uz | weight=0.037
=aplikaci =banky | weight=0.037
=na =ten | weight=0.036
=podavam | weight=0.036
=volal =na | weight=0.036
=ktery =ji | weight=0.036
=do =medii | weight=0.036
=medii | weight=0.036
=volal =automat | weight=0.036
=hlaska | weight=0.036
=jazyka | weight=0.035
=rozumim | weight=0.035
=za =nic | weight=0.035, noneg
=se =nejde | weight=0.035
=a =nevim | weight=0.035
=nakonec =se | weight=0.035
=porad =posilal | weight=0.035
=cetl | weight=0.035
=system =ji | weight=0.035
=nekomu | weight=0.035
=mohu =vam | weight=0.034
=bonus | weight=0.034
=oznameni | weight=0.034
=podavam =trestni | weight=0.034
=trestni | weight=0.034
=trestni =oznameni | weight=0.034
=vas =automat | weight=0.034
=caste =dotaz | weight=0.034
=je =jen | weight=0.034
=a =furt | weight=0.034
=operator =a | weight=0.034
=poprve =jsem | weight=0.034
=vybrat | weight=0.034
=a =davam | weight=0.034
=porad =mi | weight=0.033
=dokola =nabizi | weight=0.033
=jeste =s | weight=0.033
=formular =uz | weight=0.033
=energie | weight=0.033
=neco =spatne | weight=0.033
=pravo =mluvit | weight=0.033
=cislo =smlouvu | weight=0.033
=otazku =odpoved | weight=0.033
=napisu | weight=0.033
=hlas =s | weight=0.033
=komunikace | weight=0.033
=sam =odkaz | weight=0.033
=ani =se | weight=0.032, noneg
=nabidkou =elektriny | weight=0.032
