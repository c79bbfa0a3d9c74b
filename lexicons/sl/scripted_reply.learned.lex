# scripted_reply, sl: learned by scripts/learn.py from 2816 tuning texts (93 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ operaterka je samo zdrdrala nauceno lekcijo
+ Gospa je brala s papirja, karkoli sem vprasal.
+ Na vse pritožbe odgovarjajo s tipskimi dopisi.
- Ovadili vas bomo.
- nihce mi ni odpisal
=odgovor =ki | weight=0.371
=odpise | weight=0.329
=floskule | weight=0.307
=nic =konkretnega | weight=0.303, noneg
=je =samo | weight=0.285
=odgovor =je | weight=0.282
=je =kot | weight=0.273
=odstavek | weight=0.268
=enak | weight=0.267
=nobene =zvezo | weight=0.266, noneg
=odgovarjajo | weight=0.254
=lekcijo | weight=0.250
=lahko =dobil | weight=0.249
=brala | weight=0.245
=potrpezljivost | weight=0.244
=za =potrpezljivost | weight=0.244
=puhlic | weight=0.244
=tipski | weight=0.232
=je =brala | weight=0.226
=svoje =lekcijo | weight=0.225
=ni =poslusal | weight=0.221, noneg
=operater =je | weight=0.221
=copy | weight=0.220
=copy =paste | weight=0.220
=zdrdral | weight=0.218
=nauceno | weight=0.216
=tekst | weight=0.215
=prilepil | weight=0.211
=odgovor | weight=0.211
=bere | weight=0.207
=kot =iz | weight=0.204
=operaterka =je | weight=0.195
=imel =nobene | weight=0.193, noneg
=stavek | weight=0.193
=paste | weight=0.190
=besede | weight=0.190
=razumem | weight=0.186
=fraze | weight=0.185
=odgovor =kot | weight=0.182
=pripravljene | weight=0.179
=pa =nic | weight=0.171, noneg
=dobil =sem | weight=0.169
=s =tipski | weight=0.168
=tipski =dopisom | weight=0.168
=odgovor =so | weight=0.167
=vse =kar | weight=0.165
=le | weight=0.165
=pogojih =in | weight=0.164
=tekst =brez | weight=0.162, noneg
=svetovalec =je | weight=0.162
=isto | weight=0.160
=dopisom | weight=0.157
=predloga | weight=0.157
=nimam =nobene | weight=0.156, noneg
=gospa =je | weight=0.156
=mi =vsakic | weight=0.155
=vnaprej | weight=0.151
=nic =drugi | weight=0.151, noneg
=ponavljal | weight=0.151
=ponavljal =je | weight=0.148
=hvala =za | weight=0.148
=s =papirja | weight=0.148
=isto =fraze | weight=0.147
=chatu =pa | weight=0.147
=nobene | weight=0.147, noneg
=genericen | weight=0.147
=pod =vsak | weight=0.145
=z =lista | weight=0.144
=isto =odgovor | weight=0.144
=lista | weight=0.144
=nimam =signala | weight=0.144
=in =odlozil | weight=0.143
=brez =vsebine | weight=0.140, noneg
=papirja | weight=0.140
=iz | weight=0.139
=avtomatski =odgovor | weight=0.138
=ocitno | weight=0.136
=odgovor =se | weight=0.133
=standardnim | weight=0.132
=odcitat | weight=0.132
=kot =robot | weight=0.132
=o | weight=0.130
=pismo | weight=0.130
=brala =s | weight=0.128
=nekaj | weight=0.128
=vnaprej =pripravljene | weight=0.127
=na =chatu | weight=0.127
=bil =ocitno | weight=0.127
=poslal =isto | weight=0.126
=bi =lahko | weight=0.125
=pod | weight=0.125
=tem =kako | weight=0.125
=dobil | weight=0.122
=kot | weight=0.122
=isto =lajna | weight=0.120
=lajna | weight=0.120
=odgovarjajo =kot | weight=0.120
=in =nic | weight=0.119, noneg
=odgovarjajo =s | weight=0.118
=mail =od | weight=0.118
=signala | weight=0.116
=x | weight=0.116
=mi =s | weight=0.116
=zaslon | weight=0.115
=brala =z | weight=0.115
=tako =da | weight=0.114
=ne =glede | weight=0.114, noneg
=sporocilo =so | weight=0.113
=ceno | weight=0.112
=iz =stroj | weight=0.110
=le =s | weight=0.110
=pritozbo =ste | weight=0.110
=s =povezavo | weight=0.110
=kot =papiga | weight=0.109
=papiga | weight=0.109
=skopiran | weight=0.109
=vsakic =dobil | weight=0.108
=pripravljene =tekst | weight=0.108
=objavil | weight=0.107
=dobil =vsak | weight=0.107
=na =pritozbo | weight=0.106
=prepisal | weight=0.105
=ni =omenil | weight=0.104, noneg
=stranka =in | weight=0.103
=samodejni =odgovor | weight=0.103
=na =vsak | weight=0.103
=ime | weight=0.102
=vprasanje =na | weight=0.101
=sablonski | weight=0.101
=stroj | weight=0.099
=dolgo | weight=0.098
=kaj =sem | weight=0.098
=ki =sploh | weight=0.098
=prilepil =isto | weight=0.096
=smo =prej | weight=0.096
=ni =imel | weight=0.096, noneg
=isto =stavek | weight=0.095
=iz =kalupa | weight=0.094
=kalupa | weight=0.094
=so =kot | weight=0.094
=o =moja | weight=0.094
=bi =ga | weight=0.094
=nic | weight=0.092, noneg
=stavek =o | weight=0.092
=ne =omenil | weight=0.091, noneg
=odgovarjajo =mi | weight=0.091
=odgovor =le | weight=0.091
=ki =so | weight=0.090
=sploh =ni | weight=0.090, noneg
=vprasanje | weight=0.089
=odgovor =in | weight=0.089
=ga =lahko | weight=0.089
=je =vse | weight=0.089
=odlozil | weight=0.089
=je =enak | weight=0.089
=in =dobil | weight=0.088
=vas =odgovor | weight=0.087
=reklamacijo | weight=0.087
=nekaj =splosnih | weight=0.086
=svoje | weight=0.086
=kot =prejsnji | weight=0.085
=isto =besede | weight=0.085
=racun =nic | weight=0.084, noneg
=nauceno =stavek | weight=0.083
=ki =nimam | weight=0.082
=zal =nam | weight=0.081
=sporocilo =ki | weight=0.081
=o =ponastavitvi | weight=0.081
=odgovor =o | weight=0.081
=ponastavitvi =geslo | weight=0.081
=vas =sporocilo | weight=0.080
=dobil =samodejni | weight=0.080
=da =ga | weight=0.080
=poslal =standardnim | weight=0.079
=standardnim =odgovor | weight=0.079
=imena | weight=0.078
=avtomatski | weight=0.078
=ponastavitvi | weight=0.078
=splosnih | weight=0.078
=z =isto | weight=0.078
=fraze =kot | weight=0.077
=od =njih | weight=0.077
=kupec | weight=0.076
=njih =je | weight=0.076
=brez =kakrsnekoli | weight=0.075, noneg
=ni =prebral | weight=0.075, noneg
=stranka | weight=0.074
=konkretnega =vprasanje | weight=0.074
=in =me | weight=0.072
=prejsnji =teden | weight=0.072
=do =vejice | weight=0.072
=vejice | weight=0.072
=nam =v | weight=0.071
=pisem =nam | weight=0.071
=kopiral | weight=0.071
=kartico =pa | weight=0.071
=konkretnega | weight=0.071
=podpora =so | weight=0.071
=karkoli | weight=0.070
=veste | weight=0.069
=ni =odgovor | weight=0.069, noneg
=vedno =isto | weight=0.069
=ocitno =predloga | weight=0.069
=ki =ni | weight=0.068, noneg
=frustracijo | weight=0.068
=razumem =vas | weight=0.068
=vas =frustracijo | weight=0.068
=kar =naprej | weight=0.067
=je =zamuja | weight=0.067
=imajo =pripravljene | weight=0.067
=ocitno =imajo | weight=0.067
=prilepil =eno | weight=0.067
=pripravljene =predloga | weight=0.067
=samo =prilepil | weight=0.067
=da =bere | weight=0.067
=mi =poslal | weight=0.067
=enak =odgovor | weight=0.066
=brez =odgovor | weight=0.066, noneg
=dobil =smo | weight=0.066
=ste =prilepil | weight=0.066
=vse =in | weight=0.064
=na =spletni | weight=0.064
=in =samo | weight=0.064
=do =splosnih | weight=0.064
=navodila =o | weight=0.064
=samo =link | weight=0.064
=splosnih =navodila | weight=0.064
=pritozbo | weight=0.064
=ime =drugi | weight=0.063
=predloga =za | weight=0.063
=enak =stavek | weight=0.063
=stavek =ne | weight=0.062, noneg
=ki =se | weight=0.061
=genericen =odgovor | weight=0.061
=na =nas | weight=0.061
=o =tehnicno | weight=0.061
=tezava =kot | weight=0.061
=na =prvem | weight=0.061
=samodejni | weight=0.061
=navaden | weight=0.061
=potrpezljivost =in | weight=0.060
=o =tem | weight=0.060
=in =vklopiti | weight=0.059
=izklopim =in | weight=0.059
=do =pogosta | weight=0.059
=sporocilo | weight=0.059
=napaka =pa | weight=0.059
=dostava =je | weight=0.059
=pisem =kot | weight=0.058
=bi =jo | weight=0.058
=jo =skopiran | weight=0.058
=so =tako | weight=0.058
=tehnicno =tezava | weight=0.057
=za =nevsecnosti | weight=0.057
=torej | weight=0.057
=zahvali | weight=0.056
=zahvali =za | weight=0.056
=nevsecnosti | weight=0.056
=primer | weight=0.055
=pesmice | weight=0.055
=smo | weight=0.055
=moja =reklamacijo | weight=0.055
=povezavo =do | weight=0.055
=na =vse | weight=0.055
=problem | weight=0.055
=besede =o | weight=0.053
=bil =nekaj | weight=0.053
=s =standardnim | weight=0.053
=razlozila =da | weight=0.053
=link =do | weight=0.053
=ga =je | weight=0.052
=eee | weight=0.051
=ki =z | weight=0.051
=moja =racun | weight=0.051
=ona =pa | weight=0.051
=internet =ne | weight=0.051, noneg
=ocitno =skopiran | weight=0.051
=papiga =ponavljal | weight=0.051
=vsak =moja | weight=0.051
=slovenije | weight=0.051
=drugi =stranka | weight=0.051
=ste =poskusili | weight=0.050
=prek =klepetu | weight=0.050
=to =prek | weight=0.050
=zal | weight=0.050
=moz =je | weight=0.050
=in =povezavo | weight=0.050
=sem =ga | weight=0.050
=moja =konkretnega | weight=0.050
=napacen =imena | weight=0.049
=z =napacen | weight=0.049
=vklopiti | weight=0.049
=izklopim | weight=0.049
=besede =ki | weight=0.049
=link | weight=0.048
=vas =zadevo | weight=0.048
=imajo | weight=0.048
=se =sploh | weight=0.047
=spet =isto | weight=0.047
=geslo | weight=0.046
=sporocilo =vas | weight=0.046
=so =ocitno | weight=0.046
=na =tri | weight=0.046
=napisal | weight=0.046
=kar =so | weight=0.046
=dobil =enak | weight=0.045
=samo =vedeti | weight=0.045
=in =sploh | weight=0.045
=v =dm | weight=0.045
=napisem | weight=0.045
=ne =ukvarja | weight=0.044, noneg
=odgovor =ni | weight=0.044, noneg
=cas =isto | weight=0.044
=zaklenjen | weight=0.043
=zaklenjen =ze | weight=0.043
=klepetu =ni | weight=0.043, noneg
=dm | weight=0.043
=zakaj =mi | weight=0.043
=se =koncu | weight=0.043
=dobil =isto | weight=0.042
=moja =problem | weight=0.042
=komurkoli | weight=0.042
=poslal =komurkoli | weight=0.042
=o =dostava | weight=0.042
=natancno | weight=0.041
=vedeti | weight=0.041
=bil =tako | weight=0.041
=svetovalec | weight=0.041
=pogojih | weight=0.041
=mail =ste | weight=0.041
=odgovor =do | weight=0.040
=chatu =mi | weight=0.040
=nam =je | weight=0.040
=in =gospa | weight=0.040
=je =mamo | weight=0.040
=slovenije =in | weight=0.039
=nobeden =ne | weight=0.039, noneg
=kot =bi | weight=0.039
=koncu =z | weight=0.039
=odzvali | weight=0.038
=se =odzvali | weight=0.038
=nas =reklamacijo | weight=0.038
=isto =zal | weight=0.038
=nic =o | weight=0.038, noneg
=ce =zadevo | weight=0.038, noneg
=sploh =ne | weight=0.037, noneg
=lahko =poslal | weight=0.037
=ste =se | weight=0.037
=halo =ja | weight=0.037
=in =nobeden | weight=0.037, noneg
=ima =se | weight=0.037
=sem =vprasal | weight=0.037
=vzorcni | weight=0.036
=vzorcni =odgovor | weight=0.036
=vsak | weight=0.036
=ste =ignorirala | weight=0.036
=moja =ocetu | weight=0.036
=zadevo =ne | weight=0.036, noneg
=iz =predloga | weight=0.036
=zavarovalnica =in | weight=0.036
=cas =ponavljal | weight=0.036
=moja =moz | weight=0.036
=usmerjevalnik | weight=0.036
=moja =pismo | weight=0.036
=slisal =sem | weight=0.036
=eno | weight=0.036
=podpora | weight=0.036
=stavek =in | weight=0.035
=z =moja | weight=0.035
=o =napacen | weight=0.035
=se =drugi | weight=0.035
=za =vas | weight=0.034
=sem =hoteli | weight=0.034
=je =klical | weight=0.034
=teden =nic | weight=0.034, noneg
=jasno =da | weight=0.034
=celoti | weight=0.034
=v =celoti | weight=0.034
=je =le | weight=0.034
=vsakic | weight=0.033
=zamuja | weight=0.033
=isto =copy | weight=0.033
=babica =so | weight=0.032
=noter | weight=0.032
=papirja =in | weight=0.032
=iz =prirocnika | weight=0.032
=embalaza | weight=0.032
=je =pisem | weight=0.032
=lahko | weight=0.032
=je =cisto | weight=0.032
=mehanske | weight=0.032
=je =govoriti | weight=0.032
=sem =prej | weight=0.031
=za =vse | weight=0.031
=kar | weight=0.031
=izgubljeno =posiljka | weight=0.031
=ne =uredil | weight=0.031, noneg
=dneh =se | weight=0.031
=datum | weight=0.030
=je =nekdo | weight=0.030
