# ivr_maze, cs: learned by scripts/learn.py from 3535 tuning texts (105 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Na e-maily neodpovídáte, na telefonu jen robot a zásilka nikde.
+ telefon vzdycky zvedl jen zaznamnik
+ Pořád nás to vracelo do hlavního menu.
- ok dekuju
- super, doporucuju
=automat | weight=0.480
=menu | weight=0.451
=robot | weight=0.434
=virtualni | weight=0.388
=chatbot | weight=0.360
=nahrany | weight=0.355
=zmacknete | weight=0.353
=mi =volam | weight=0.301
=jen =stroj | weight=0.300
=jen =zaznamnik | weight=0.278
=zaznamnik | weight=0.278
=automatizovane | weight=0.271
=nerozumel | weight=0.254
=stroj | weight=0.251
=nerozumi | weight=0.244
=virtualni =asistent | weight=0.234
=nikdo =zivemu | weight=0.227, noneg
=plnou =automatizovane | weight=0.227
=me =porad | weight=0.225
=vzdycky | weight=0.225
=s =nabidkou | weight=0.221
=se =pres | weight=0.220
=moznost | weight=0.212
=nocni | weight=0.211
=sedm | weight=0.211
=system =je | weight=0.209
=volbu | weight=0.208
=robot =na | weight=0.203
=boty | weight=0.203
=inteligence | weight=0.202
=umela | weight=0.202
=umela =inteligence | weight=0.202
=s =zivemu | weight=0.196
=nabidkou | weight=0.191
=mackal | weight=0.191
=se =nespoji | weight=0.185
=nespoji =at | weight=0.185
=clovek | weight=0.180
=nespoji | weight=0.179
=hlas | weight=0.178
=na =zacatku | weight=0.174
=hlas =navigace | weight=0.173
=navigace | weight=0.173
=plnou | weight=0.170
=volam =nahrany | weight=0.167
=system | weight=0.167
=zadna =clovek | weight=0.166, noneg
=automaticky | weight=0.163
=cokoli | weight=0.158
=asistent | weight=0.158
=zivemu | weight=0.155
=dokola | weight=0.154
=vraci | weight=0.149
=chatbot =mi | weight=0.149
=hovor | weight=0.148
=porad =shazuje | weight=0.146
=shazuje | weight=0.146
=nenabizi | weight=0.146
=a =zase | weight=0.145
=slysel =jen | weight=0.143
=telefonni | weight=0.142
=mluvit =jen | weight=0.142
=jednicku | weight=0.141
=automat =se | weight=0.138
=zase =od | weight=0.137
=a =operator | weight=0.137
=virtualni =asistentka | weight=0.137
=telefonni =menu | weight=0.134
=robot =se | weight=0.132
=se =spojit | weight=0.131
=porad =nabizi | weight=0.131
=v =menu | weight=0.131
=jinam =kontakt | weight=0.130
=do =hlavniho | weight=0.128
=rano | weight=0.128
=me =trikrat | weight=0.127
=pokusu | weight=0.126
=a =jinam | weight=0.125
=x | weight=0.123
=rikal =operator | weight=0.123
=ten =automat | weight=0.122
=a =hovor | weight=0.122
=vyuzit | weight=0.122
=clovek =se | weight=0.121
=nahravku | weight=0.121
=zvedne | weight=0.120
=ten =mi | weight=0.120
=s =operator | weight=0.120
=hlavniho =menu | weight=0.119
=zmacknete =jednicku | weight=0.118
=chatu =odpovida | weight=0.117
=hovor =s | weight=0.117
=nesmysl | weight=0.117
=zvedl | weight=0.117
=hlavniho | weight=0.117
=jejich =boty | weight=0.116
=robot =a | weight=0.116
=lince =je | weight=0.115
=napovedy | weight=0.115
=vraci =do | weight=0.115
=posila | weight=0.115
=s =boty | weight=0.114
=nahrany =hlas | weight=0.113
=obsahuje | weight=0.113
=mi =porad | weight=0.113
=hlas =menu | weight=0.113
=vas =virtualni | weight=0.113
=a =zadna | weight=0.112, noneg
=asistentka | weight=0.112
=s =nahrany | weight=0.112
=nedostal | weight=0.111
=ze =nerozumi | weight=0.111
=mi =nabidli | weight=0.111
=dotaz =a | weight=0.110
=vzdycky =jen | weight=0.109
=system =me | weight=0.109
=hovor =ukoncil | weight=0.108
=spojit =nedokazal | weight=0.108
=k =bod | weight=0.108
=me =stiznost | weight=0.108
=lince =to | weight=0.107
=operatorka =jsem | weight=0.106
=neexistuje | weight=0.106
=uroven | weight=0.106
=me =to | weight=0.106
=nabidli | weight=0.105
=na =infolince | weight=0.105
=polozce | weight=0.104
=posila =do | weight=0.104
=ustredny | weight=0.103
=je =plnou | weight=0.102
=botik | weight=0.102
=botik =mi | weight=0.102
=clanek =z | weight=0.102
=jen =clanek | weight=0.102
=nabizi =jen | weight=0.102
=ve =vas | weight=0.102
=zopakoval | weight=0.101
=ukoncil | weight=0.101
=hlas =automat | weight=0.099
=odpovida | weight=0.099
=na =faq | weight=0.099
=se =me | weight=0.098
=pta =na | weight=0.097
=prokousat | weight=0.097
=do =menu | weight=0.097
=odpovida =jen | weight=0.096
=clanek | weight=0.095
=pta | weight=0.095
=zacatku | weight=0.092
=mi =dokola | weight=0.092
=kruhu | weight=0.091
=ten =jejich | weight=0.090
=me =ptal | weight=0.090
=vymyslel | weight=0.090
=silenost | weight=0.090
=automat =nedostal | weight=0.090
=infolince | weight=0.090
=na =cislo | weight=0.090
=to =vzdal | weight=0.090
=vzdal | weight=0.090
=volam =mi | weight=0.090
=marne | weight=0.090
=marne =jsem | weight=0.090
=snazil =prokousat | weight=0.090
=jste =na | weight=0.089
=neodpovida =na | weight=0.088
=jen | weight=0.088
=proste =neni | weight=0.088, noneg
=tam =proste | weight=0.088
=me =posila | weight=0.088
=telefon =jen | weight=0.087
=ten =vas | weight=0.087
=moznost =mluvit | weight=0.087
=to =hazi | weight=0.087
=odkaz =a | weight=0.086
=menu =je | weight=0.086
=nenabidne | weight=0.086
=operator =nenabidne | weight=0.086
=nabizi | weight=0.086
=to =nikdo | weight=0.086, noneg
=trikrat =vratit | weight=0.086
=spojit | weight=0.086
=pocitaci | weight=0.085
=na =telefon | weight=0.085
=mi =automaticky | weight=0.084
=infolince =jen | weight=0.084
=asistentka =na | weight=0.083
=nerozumi =a | weight=0.083
=at =jsem | weight=0.083
=navigace =me | weight=0.083
=automat =s | weight=0.081
=nerozumim | weight=0.081
=to =vraci | weight=0.080
=a =ono | weight=0.080
=ono | weight=0.080
=mi =nerozumel | weight=0.080
=nerozumel =a | weight=0.080
=faq =a | weight=0.079
=zadna =moznost | weight=0.078, noneg
=neodpovida | weight=0.077
=svuj | weight=0.077
=jen =nahrany | weight=0.077
=k =zivymu | weight=0.076
=zivymu | weight=0.076
=mi =na | weight=0.075
=k =zivemu | weight=0.074
=nedokazal | weight=0.074
=k =clovek | weight=0.073
=pak =zase | weight=0.073
=operator =se | weight=0.073
=zadna | weight=0.073, noneg
=kazdy =otazku | weight=0.072
=nejaky =robot | weight=0.072
=vratit =na | weight=0.072
=lince =a | weight=0.072
=neumi | weight=0.071
=vodafone | weight=0.071
=x =jsem | weight=0.070
=chatu =me | weight=0.070
=nepusti | weight=0.070
=se =neda | weight=0.069
=zpusobila | weight=0.069
=volam =na | weight=0.069
=hazi | weight=0.069
=vas =webu | weight=0.069
=na =napovedy | weight=0.069
=porad =posila | weight=0.069
=napisu =operator | weight=0.068
=porad =dokola | weight=0.068
=tim =vas | weight=0.068
=bod | weight=0.068
=denne | weight=0.068
=to =sam | weight=0.067
=rozumne | weight=0.067
=dvacet | weight=0.067
=zivemu =operator | weight=0.066
=clovek =jsem | weight=0.065
=jsem =napsal | weight=0.065
=hlaska | weight=0.065
=ze =mam | weight=0.065
=automat =mi | weight=0.065
=pres =hlas | weight=0.063
=vas =robot | weight=0.063
=se =nedostal | weight=0.062
=operator =tam | weight=0.062
=proklikat | weight=0.062
=domluvit | weight=0.062
=jako =se | weight=0.061
=automat =me | weight=0.061
=nulu | weight=0.060
=robot =mi | weight=0.060
=robot =s | weight=0.060
=slysel | weight=0.060
=osobu | weight=0.059
=odpovida =to | weight=0.059
=jen =robot | weight=0.059
=webu | weight=0.059
=jen =pisu | weight=0.058
=si =s | weight=0.058
=se =snazil | weight=0.058
=napisu =e-mail | weight=0.057
=stejne =odkaz | weight=0.057
=pak =hovor | weight=0.057
=operator =jsem | weight=0.057
=cekal =se | weight=0.056
=na =chatu | weight=0.056
=a =vraci | weight=0.056
=operator =nejde | weight=0.056
=mackal =jsem | weight=0.056
=volam =automat | weight=0.055
=faq | weight=0.055
=odpovida =ze | weight=0.054
=menu =me | weight=0.054
=sam =a | weight=0.054
=pisu =ze | weight=0.053
=za =nic | weight=0.053, noneg
=odkaz | weight=0.053
=aniz | weight=0.053
=aniz =by | weight=0.053
=kazdy =den | weight=0.053
=na =kazdy | weight=0.053
=min =a | weight=0.052
=z =napovedy | weight=0.052
=posila =stejne | weight=0.052
=pres =ten | weight=0.052
=ktery =nebyl | weight=0.051, noneg
=je =k | weight=0.051
=nikam | weight=0.051, noneg
=minut =v | weight=0.051
=nabizi =ty | weight=0.050
=chatu =s | weight=0.049
=vybrat | weight=0.049
=operator =me | weight=0.049
=a =vratit | weight=0.049
=po =hodiny | weight=0.049
=porad =jen | weight=0.049
=boty =se | weight=0.048
=tipnul | weight=0.048
=to =tipnul | weight=0.048
=zakaznickou =podpora | weight=0.048
=nulu =a | weight=0.048
=furt =mi | weight=0.047
=jazyka | weight=0.047
=dvojku | weight=0.047
=ktery =uz | weight=0.046
=se =trikrat | weight=0.046
=pin | weight=0.046
=s =nikam | weight=0.046, noneg
=neda | weight=0.046
=na =caste | weight=0.045
=pak =to | weight=0.045
=posila =odkaz | weight=0.045
=ktery =chci | weight=0.045
=tri =odkaz | weight=0.044
=kontakt | weight=0.044
=mi =nerozumi | weight=0.044
=to =napisu | weight=0.043
=porad =opakovane | weight=0.043
=pomaham | weight=0.043
=otazku =odpovida | weight=0.043
=ukoncil =ani | weight=0.042, noneg
=trikrat =zeptat | weight=0.042
=clovek =nikdo | weight=0.042, noneg
=vam =jeste | weight=0.042
=vyhradne | weight=0.041
=nas =to | weight=0.041
=na =clovek | weight=0.041
=k =nikam | weight=0.041, noneg
=nebyl =schopna | weight=0.040, noneg
=napisu | weight=0.040
=sam =odkaz | weight=0.040
=dokola =nabizi | weight=0.040
=mam =to | weight=0.040
=zjednana | weight=0.040
=zjednana =napravu | weight=0.040
=nikam =s | weight=0.040, noneg
=a =robot | weight=0.039
=to =zkousel | weight=0.039
=ti | weight=0.039
=roboticky | weight=0.039
=hovor =po | weight=0.039
=ombudsmanovi | weight=0.039
=volam | weight=0.038
=aplikaci =banky | weight=0.038
=clovek =tam | weight=0.038
=a =nevi | weight=0.038
=mohu =vam | weight=0.037
=nas =na | weight=0.037
=caste =dotaz | weight=0.037
=proste | weight=0.037
=system =ji | weight=0.037
=a =automat | weight=0.037
=na =e-mail | weight=0.037
=asistent =nerozumi | weight=0.036
=a =furt | weight=0.036
=rozumim | weight=0.036
=jeste =s | weight=0.036
=vas =automat | weight=0.036
=a =k | weight=0.036
=na =operator | weight=0.036
=porad =me | weight=0.036
=spojit =s | weight=0.036
=pres =automat | weight=0.036
=nic =jinam | weight=0.036, noneg
=snazil | weight=0.036
=neni =mozne | weight=0.036, noneg
=menu =a | weight=0.035
=porad =mi | weight=0.035
=nedoslychava | weight=0.035
=mohu | weight=0.035
=den =mi | weight=0.035
=nejde =zavolam | weight=0.034
=vyhru | weight=0.034
=se =nejde | weight=0.034
=nakonec =se | weight=0.034
=operator =a | weight=0.034
=cislo =zakaznik | weight=0.033
=nekomu | weight=0.033
=zasilka | weight=0.033
=denne =mi | weight=0.033
=nerozumel =jsem | weight=0.032
=tak =porad | weight=0.032
=s =pracovnik | weight=0.032
=komunikace | weight=0.032
=vubec =nerozumi | weight=0.032
=pravo =mluvit | weight=0.032
=bonus | weight=0.032
=cokoliv | weight=0.031
=dopravce =a | weight=0.030
=formular =uz | weight=0.030
=registrace | weight=0.030
=ani =se | weight=0.030, noneg
