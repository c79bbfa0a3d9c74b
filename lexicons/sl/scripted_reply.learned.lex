# scripted_reply, sl: learned by scripts/learn.py from 2594 tuning texts (92 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ operaterka je samo zdrdrala nauceno lekcijo
+ Gospa je brala s papirja, karkoli sem vprasal.
+ Na vse pritožbe odgovarjajo s tipskimi dopisi.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=odgovor =ki | weight=0.358
=floskule | weight=0.321
=odpise | weight=0.321
=nic =konkretnega | weight=0.308, noneg
=enak | weight=0.293
=je =samo | weight=0.288
=je =kot | weight=0.285
=odgovor =je | weight=0.276
=odstavek | weight=0.274
=lekcijo | weight=0.261
=odgovarja | weight=0.257
=lahko =dobil | weight=0.253
=puhlic | weight=0.253
=brala | weight=0.252
=nobene =zvezo | weight=0.250, noneg
=potrpezljivost | weight=0.246
=za =potrpezljivost | weight=0.246
=je =brala | weight=0.231
=tipski | weight=0.229
=nauceno | weight=0.228
=operater =je | weight=0.224
=odgovor | weight=0.224
=ni =poslusal | weight=0.224, noneg
=zdrdral | weight=0.222
=bere | weight=0.220
=copy | weight=0.218
=copy =paste | weight=0.218
=svoje =lekcijo | weight=0.216
=tekst | weight=0.209
=dobil =sem | weight=0.209
=prilepil | weight=0.206
=kot =iz | weight=0.197
=razume | weight=0.197
=operaterka =je | weight=0.194
=fraze | weight=0.188
=paste | weight=0.188
=pa =nic | weight=0.186, noneg
=besede | weight=0.185
=stavek | weight=0.184
=ponavljal | weight=0.184
=odgovor =kot | weight=0.178
=isto | weight=0.176
=vse =kar | weight=0.175
=pripravljene | weight=0.174
=imel =nobene | weight=0.172, noneg
=pogojih =in | weight=0.172
=s =tipski | weight=0.170
=tipski =dopisom | weight=0.170
=odgovor =so | weight=0.169
=svetovalec =je | weight=0.168
=tekst =brez | weight=0.161, noneg
=le | weight=0.158
=kot | weight=0.157
=mi =vsakic | weight=0.157
=ocitno | weight=0.155
=predloga | weight=0.154
=gospa =je | weight=0.152
=pod =vsak | weight=0.151
=in =odlozil | weight=0.150
=dopisom | weight=0.150
=vnaprej | weight=0.149
=isto =fraze | weight=0.148
=nic =drugi | weight=0.148, noneg
=nimam =nobene | weight=0.147, noneg
=chatu =pa | weight=0.146
=s =papirja | weight=0.146
=nobene | weight=0.146, noneg
=hvala =za | weight=0.145
=avtomatski =odgovor | weight=0.141
=iz | weight=0.140
=lista | weight=0.139
=nimam =signala | weight=0.139
=nekaj | weight=0.138
=papirja | weight=0.138
=z =lista | weight=0.136
=isto =odgovor | weight=0.136
=bi =lahko | weight=0.134
=genericen | weight=0.133
=bil =ocitno | weight=0.133
=tem =kako | weight=0.132
=odcitat | weight=0.132
=pismo | weight=0.132
=brez =vsebine | weight=0.131, noneg
=in =nic | weight=0.130, noneg
=brala =s | weight=0.130
=kot =robot | weight=0.130
=odgovor =se | weight=0.128
=dobil | weight=0.127
=poslali =isto | weight=0.126
=pod | weight=0.124
=sporocilo =so | weight=0.124
=vnaprej =pripravljene | weight=0.122
=odgovarja =s | weight=0.122
=o | weight=0.121
=standardni | weight=0.120
=zaslon | weight=0.117
=isto =lajna | weight=0.117
=lajna | weight=0.117
=odgovarja =kot | weight=0.117
=x | weight=0.116
=signala | weight=0.113
=vsakic =dobil | weight=0.112
=ne =glede | weight=0.112, noneg
=na =vsak | weight=0.112
=brala =z | weight=0.111
=nic | weight=0.110, noneg
=na =pritozbo | weight=0.109
=tako =da | weight=0.108
=mail =od | weight=0.108
=prepisal | weight=0.108
=skopiran | weight=0.108
=objavil | weight=0.108
=le =s | weight=0.108
=pritozbo =ste | weight=0.108
=s =povezavo | weight=0.108
=odgovarja =mi | weight=0.108
=stranka =in | weight=0.107
=ceno | weight=0.106
=na =chatu | weight=0.106
=kot =prejsnji | weight=0.105
=ni =imel | weight=0.104, noneg
=iz =stroj | weight=0.103
=in =dobil | weight=0.102
=kot =papiga | weight=0.101
=papiga | weight=0.101
=prilepil =isto | weight=0.101
=dobil =vsak | weight=0.101
=ime | weight=0.100
=pripravljene =tekst | weight=0.098
=vprasanje =na | weight=0.097
=kaj =sem | weight=0.095
=odgovor =in | weight=0.095
=iz =kalupa | weight=0.094
=kalupa | weight=0.094
=so =kot | weight=0.094
=sploh =ni | weight=0.094, noneg
=reklamacijo | weight=0.094
=konkretnega | weight=0.093
=dolgo | weight=0.092
=stroj | weight=0.092
=samodejni =odgovor | weight=0.092
=sablonski | weight=0.092
=stavek =o | weight=0.091
=ki =so | weight=0.091
=zal =nam | weight=0.090
=vas =odgovor | weight=0.090
=odgovor =le | weight=0.090
=ki =sploh | weight=0.089
=nekaj =splosnih | weight=0.089
=isto =besede | weight=0.088
=isto =stavek | weight=0.088
=ni =omenil | weight=0.088, noneg
=prejsnji =teden | weight=0.088
=je =enak | weight=0.087
=ki =nimam | weight=0.087
=smo =prej | weight=0.087
=odlozil | weight=0.086
=ne =omenil | weight=0.085, noneg
=je =vse | weight=0.085
=avtomatski | weight=0.085
=sporocilo =ki | weight=0.084
=da =ga | weight=0.083
=ga =lahko | weight=0.083
=nauceno =stavek | weight=0.082
=bi =ga | weight=0.082
=racun =nic | weight=0.081, noneg
=poslali =standardni | weight=0.081
=dobil =samodejni | weight=0.081
=kupec | weight=0.080
=ni =odgovor | weight=0.080, noneg
=od =njih | weight=0.078
=fraze =kot | weight=0.077
=veste | weight=0.076
=o =moja | weight=0.076
=ocitno =predloga | weight=0.076
=z =isto | weight=0.076
=o =ponastavitvi | weight=0.075
=odgovor =o | weight=0.075
=ponastavitvi =geslo | weight=0.075
=njih =je | weight=0.075
=standardni =odgovor | weight=0.075
=ni =prebral | weight=0.075, noneg
=do =vejice | weight=0.074
=vejice | weight=0.074
=vprasanje | weight=0.074
=frustracijo | weight=0.074
=razume =vas | weight=0.074
=vas =frustracijo | weight=0.074
=ponastavitvi | weight=0.073
=enak =stavek | weight=0.073
=stranka | weight=0.073
=podpora =so | weight=0.073
=kopiral | weight=0.073
=kartico =pa | weight=0.072
=svoje | weight=0.072
=dobil =smo | weight=0.072
=splosnih | weight=0.072
=nam =v | weight=0.072
=pisem =nam | weight=0.072
=brez =kakrsnekoli | weight=0.071, noneg
=imena | weight=0.070
=da =bere | weight=0.070
=brez =odgovor | weight=0.069, noneg
=vas =sporocilo | weight=0.069
=karkoli | weight=0.069
=in =me | weight=0.068
=stavek =ne | weight=0.067, noneg
=navaden | weight=0.067
=kar =naprej | weight=0.067
=je =zamuja | weight=0.066
=sporocilo | weight=0.065
=dobil =enak | weight=0.065
=imajo =pripravljene | weight=0.065
=ocitno =imajo | weight=0.065
=prilepil =eno | weight=0.065
=pripravljene =predloga | weight=0.065
=samo =prilepil | weight=0.065
=vedno =isto | weight=0.064
=o =tem | weight=0.064
=ime =drugi | weight=0.064
=dostava =je | weight=0.064
=na =spletni | weight=0.064
=vse =in | weight=0.064
=konkretnega =vprasanje | weight=0.064
=in =samo | weight=0.063
=na =prvi | weight=0.063
=ste =prilepil | weight=0.062
=ki =ni | weight=0.062, noneg
=za =nevsecnosti | weight=0.062
=enak =odgovor | weight=0.061
=smo | weight=0.061
=bi =jo | weight=0.061
=jo =skopiran | weight=0.061
=moja =racun | weight=0.060
=in =vklopiti | weight=0.060
=izklopim =in | weight=0.060
=predloga =za | weight=0.060
=bil =nekaj | weight=0.060
=mi =poslali | weight=0.059
=na =vse | weight=0.059
=ga =je | weight=0.058
=nevsecnosti | weight=0.058
=o =tehnicno | weight=0.058
=tezav =kot | weight=0.058
=zahvali | weight=0.057
=zahvali =za | weight=0.057
=slovenije | weight=0.057
=do =splosnih | weight=0.056
=navodila =o | weight=0.056
=samo =link | weight=0.056
=splosnih =navodila | weight=0.056
=do =pogosta | weight=0.056
=internet =ne | weight=0.056, noneg
=drugi =stranka | weight=0.056
=pesmice | weight=0.056
=genericen =odgovor | weight=0.056
=tehnicno =tezav | weight=0.055
=na =nas | weight=0.055
=samodejni | weight=0.055
=napaka =pa | weight=0.055
=povezavo =do | weight=0.055
=vklopiti | weight=0.054
=napacen =imena | weight=0.054
=z =napacen | weight=0.054
=potrpezljivost =in | weight=0.054
=razlozila =da | weight=0.054
=ki =se | weight=0.054
=in =sploh | weight=0.054
=geslo | weight=0.053
=prek =klepetu | weight=0.053
=to =prek | weight=0.053
=eee | weight=0.053
=izklopim | weight=0.053
=nam =je | weight=0.052
=besede =o | weight=0.052
=ona =pa | weight=0.052
=pisem =kot | weight=0.052
=ste =poskusite | weight=0.052
=slisal =sem | weight=0.052
=samo =vedeti | weight=0.051
=ne =ukvarja | weight=0.051, noneg
=torej | weight=0.051
=so =tako | weight=0.050
=vsak | weight=0.049
=moja =reklamacijo | weight=0.049
=problem | weight=0.049
=link =do | weight=0.049
=sem =ga | weight=0.049
=ki =z | weight=0.048
=vedeti | weight=0.048
=vsak =moja | weight=0.048
=ocitno =skopiran | weight=0.047
=moja =konkretnega | weight=0.047
=se =sploh | weight=0.047
=kar =so | weight=0.047
=link | weight=0.046
=usmerjevalnik | weight=0.046
=se =koncu | weight=0.046
=klepetu =ni | weight=0.046, noneg
=v =dm | weight=0.045
=pritozbo | weight=0.045
=imajo | weight=0.045
=zal | weight=0.045
=so =ocitno | weight=0.045
=pogojih | weight=0.045
=zakaj =mi | weight=0.045
=cas =isto | weight=0.044
=dm | weight=0.044
=halo =ja | weight=0.044
=in =gospa | weight=0.043
=je =mama | weight=0.043
=iz =predloga | weight=0.043
=odgovor =ni | weight=0.043, noneg
=papiga =ponavljal | weight=0.043
=moja =moza | weight=0.043
=o =dostava | weight=0.043
=kot =da | weight=0.042
=svetovalec | weight=0.042
=napisal | weight=0.042
=chatu =mi | weight=0.041
=natancno | weight=0.040
=zamuja | weight=0.040
=bil =tako | weight=0.040
=datum | weight=0.040
=operater =pa | weight=0.040
=na =tri | weight=0.039
=kot =bi | weight=0.039
=zaklenjen | weight=0.039
=zaklenjen =ze | weight=0.039
=za =vse | weight=0.039
=napisem | weight=0.039
=odgovor =do | weight=0.039
=zavarovalnica =in | weight=0.039
=cas =ponavljal | weight=0.039
=isto =zal | weight=0.039
=mail =ste | weight=0.039
=odzval | weight=0.039
=se =odzval | weight=0.039
=primeru | weight=0.038
=isto =copy | weight=0.038
=ima =se | weight=0.038
=moja =ocetu | weight=0.038
=in =povezavo | weight=0.038
=vas =zadevo | weight=0.037
=celoti | weight=0.037
=v =celoti | weight=0.037
=slovenije =in | weight=0.037
=komurkoli | weight=0.037
=lahko =poslali | weight=0.037
=poslali =komurkoli | weight=0.037
=koncu =z | weight=0.036
=sporocilo =vas | weight=0.036
=nobeden =ne | weight=0.036, noneg
=ste =ignorirala | weight=0.036
=ce =zadevo | weight=0.036, noneg
=ste =se | weight=0.036
=in =nobeden | weight=0.036, noneg
=se =drugi | weight=0.035
=o =napacen | weight=0.035
=halo | weight=0.035
=nas =reklamacijo | weight=0.035
=je =cisto | weight=0.035
=mehanske | weight=0.035
=sem =vprasal | weight=0.035
=zadevo =ne | weight=0.034, noneg
=posiljko | weight=0.034
=z =moja | weight=0.034
=babica =so | weight=0.033
=jaz =pa | weight=0.033
=sem =hoteli | weight=0.033
=napacen =obracun | weight=0.032
=iz =prirocnika | weight=0.032
=vzorcni | weight=0.032
=vzorcni =odgovor | weight=0.032
=novembra | weight=0.032
=od =novembra | weight=0.032
=ta =cirkus | weight=0.032
=vodomer =kaze | weight=0.032
=dneh =se | weight=0.032
=podpora | weight=0.032
=eno | weight=0.032
=stavek =in | weight=0.032
=ne =tezim | weight=0.032, noneg
=chatu | weight=0.032
=moja =problem | weight=0.032
=je =klical | weight=0.031
=noter | weight=0.031
=roaming | weight=0.031
=jasno =da | weight=0.031
=sploh =ne | weight=0.031, noneg
=embalaza | weight=0.031
=napisal =naj | weight=0.031
=ja =no | weight=0.031
=je =govoriti | weight=0.031
=dobil =isto | weight=0.030
=izgubljeno =posiljko | weight=0.030
=ocetu =so | weight=0.030
