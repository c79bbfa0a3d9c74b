# scripted_reply, sl: learned by scripts/learn.py from 2314 tuning texts (84 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ operaterka je samo zdrdrala nauceno lekcijo
+ Gospa je brala s papirja, karkoli sem vprasal.
+ Na vse pritožbe odgovarjajo s tipskimi dopisi.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=odgovor =ki | weight=0.367
=odpise | weight=0.328
=floskule | weight=0.322
=je =samo | weight=0.316
=je =kot | weight=0.283
=odgovarjajo | weight=0.278
=nic =konkretnega | weight=0.276, noneg
=odstavek | weight=0.269
=odgovor =je | weight=0.267
=enak | weight=0.265
=operater =je | weight=0.257
=puhlic | weight=0.254
=lahko =dobil | weight=0.251
=lekcijo | weight=0.247
=bral | weight=0.245
=je =bral | weight=0.242
=odgovor | weight=0.239
=potrpezljivost | weight=0.236
=za =potrpezljivost | weight=0.236
=nobene =zvezo | weight=0.236, noneg
=tekst | weight=0.226
=copy | weight=0.222
=copy =paste | weight=0.222
=zdrdral | weight=0.217
=prilepil | weight=0.216
=nauceno | weight=0.216
=ni =poslusal | weight=0.215, noneg
=operaterka =je | weight=0.213
=svoje =lekcijo | weight=0.213
=tipskim | weight=0.208
=kot =iz | weight=0.203
=dobil =sem | weight=0.202
=bere | weight=0.201
=razume | weight=0.195
=fraze | weight=0.194
=pa =nic | weight=0.193, noneg
=ponavljal | weight=0.192
=isto | weight=0.182
=stavek | weight=0.180
=s =tipskim | weight=0.179
=tipskim =dopisom | weight=0.179
=pripravljene | weight=0.178
=besede | weight=0.178
=nobene | weight=0.175, noneg
=le | weight=0.175
=paste | weight=0.174
=odgovor =kot | weight=0.174
=imel =nobene | weight=0.171, noneg
=odgovor =so | weight=0.170
=pogojih =in | weight=0.168
=nic =drugi | weight=0.165, noneg
=vse =kar | weight=0.160
=nimam =nobene | weight=0.159, noneg
=isto =fraze | weight=0.158
=svetovalec =je | weight=0.158
=tekst =brez | weight=0.158, noneg
=genericen | weight=0.157
=vnaprej | weight=0.155
=kot | weight=0.155
=gospa =je | weight=0.153
=dopisom | weight=0.152
=ocitno | weight=0.152
=zaslon | weight=0.151
=hvala =za | weight=0.150
=papirja | weight=0.150
=s =papirja | weight=0.150
=pod =vsak | weight=0.149
=in =odlozil | weight=0.148
=lista | weight=0.146
=bi =lahko | weight=0.145
=predloga | weight=0.143
=nic | weight=0.139, noneg
=poslal =isto | weight=0.138
=bil =ocitno | weight=0.137
=isto =lajna | weight=0.137
=lajna | weight=0.137
=odgovarjajo =kot | weight=0.137
=nekaj | weight=0.137
=na =vsak | weight=0.137
=bral =s | weight=0.136
=iz | weight=0.135
=pismo | weight=0.135
=z =lista | weight=0.135
=in =nic | weight=0.130, noneg
=vnaprej =pripravljene | weight=0.129
=odgovarjajo =s | weight=0.127
=isto =odgovor | weight=0.127
=brez =vsebine | weight=0.126, noneg
=odgovor =se | weight=0.125
=dobil | weight=0.124
=pod | weight=0.123
=standardni | weight=0.123
=tem =kako | weight=0.122
=sporocilo =so | weight=0.120
=avtomatski =odgovor | weight=0.120
=prilepil =isto | weight=0.118
=mail =od | weight=0.115
=o | weight=0.115
=pripravljene =tekst | weight=0.113
=vsakic =dobil | weight=0.113
=ne =glede | weight=0.112, noneg
=na =pritozbo | weight=0.111
=da =ga | weight=0.110
=ni =imel | weight=0.109, noneg
=le =s | weight=0.109
=odgovor =le | weight=0.109
=pritozbo =ste | weight=0.109
=s =povezavo | weight=0.109
=tako =da | weight=0.108
=prepisal | weight=0.108
=bral =z | weight=0.107
=iz =stroj | weight=0.107
=skopiran | weight=0.106
=sploh =ni | weight=0.105, noneg
=objavil | weight=0.104
=ceno | weight=0.104
=kot =papiga | weight=0.103
=papiga | weight=0.103
=dolgo | weight=0.102
=stranka =in | weight=0.101
=kot =prejsnji | weight=0.101
=odlozil | weight=0.101
=ime | weight=0.101
=odgovarjajo =mi | weight=0.100
=kaj =sem | weight=0.100
=kot =robot | weight=0.099
=iz =kalupa | weight=0.096
=kalupa | weight=0.096
=so =kot | weight=0.096
=odgovor =in | weight=0.096
=ki =nimam | weight=0.096
=zal =nam | weight=0.095
=dobil =vsak | weight=0.094
=in =dobil | weight=0.092
=stranka | weight=0.092
=isto =stavek | weight=0.090
=stroj | weight=0.090
=je =vse | weight=0.090
=samodejni =odgovor | weight=0.090
=ki =sploh | weight=0.090
=vprasanje =na | weight=0.087
=je =enak | weight=0.087
=o =moja | weight=0.086
=ga =lahko | weight=0.086
=bi =ga | weight=0.085
=sporocilo =ki | weight=0.084
=ocitno =predloga | weight=0.084
=da =bere | weight=0.084
=veste | weight=0.083
=genericen =odgovor | weight=0.082
=poslal =standardni | weight=0.082
=prejsnji =teden | weight=0.081
=dobil =smo | weight=0.080
=od =njih | weight=0.080
=racun =nic | weight=0.080, noneg
=reklamacijo | weight=0.080
=ki =so | weight=0.079
=ni =omenil | weight=0.079, noneg
=nam =v | weight=0.079
=pisem =nam | weight=0.079
=kupec | weight=0.079
=sablonski | weight=0.079
=nauceno =stavek | weight=0.078
=vprasanje | weight=0.078
=vedno =isto | weight=0.077
=stavek =o | weight=0.077
=njih =je | weight=0.076
=standardni =odgovor | weight=0.076
=vas =odgovor | weight=0.076
=isto =besede | weight=0.075
=smo =prej | weight=0.075
=dobil =samodejni | weight=0.073
=podpora =so | weight=0.073
=brez =kakrsnekoli | weight=0.073, noneg
=kartico =pa | weight=0.072
=imena | weight=0.072
=o =ponastavitvi | weight=0.072
=odgovor =o | weight=0.072
=ponastavitvi =geslo | weight=0.072
=brez =odgovor | weight=0.071, noneg
=fraze =kot | weight=0.071
=enak =stavek | weight=0.070
=in =me | weight=0.070
=dobil =enak | weight=0.070
=ni =prebral | weight=0.070, noneg
=svoje | weight=0.069
=ponastavitvi | weight=0.069
=kar =naprej | weight=0.068
=imajo =pripravljene | weight=0.067
=ocitno =imajo | weight=0.067
=prilepil =eno | weight=0.067
=pripravljene =predloga | weight=0.067
=samo =prilepil | weight=0.067
=za =nevsecnosti | weight=0.067
=karkoli | weight=0.067
=ki =se | weight=0.067
=ga =je | weight=0.066
=splosnih | weight=0.066
=vse =in | weight=0.065
=navaden | weight=0.065
=in =samo | weight=0.065
=na =spletna | weight=0.065
=nevsecnosti | weight=0.064
=avtomatski | weight=0.064
=dostava =je | weight=0.064
=je =zamuja | weight=0.063
=so =tako | weight=0.063
=predloga =za | weight=0.062
=ni =odgovor | weight=0.062, noneg
=na =prvi | weight=0.062
=kopiral | weight=0.062
=na =nas | weight=0.062
=stavek =ne | weight=0.062, noneg
=na =vse | weight=0.061
=ime =drugi | weight=0.061
=sporocilo | weight=0.061
=in =vklopiti | weight=0.060
=izklopim | weight=0.060
=izklopim =in | weight=0.060
=o =tem | weight=0.059
=napacen =imena | weight=0.058
=z =napacen | weight=0.058
=internet =ne | weight=0.058, noneg
=geslo | weight=0.058
=ste =prilepil | weight=0.058
=ki =ni | weight=0.057, noneg
=do =pogosta | weight=0.057
=bi =jo | weight=0.057
=jo =skopiran | weight=0.057
=z =isto | weight=0.057
=zakaj =mi | weight=0.057
=bil =nekaj | weight=0.057
=do =splosnih | weight=0.057
=navodila =o | weight=0.057
=samo =link | weight=0.057
=splosnih =navodila | weight=0.057
=napaka =pa | weight=0.054
=pesmice | weight=0.054
=dobil =isto | weight=0.054
=napisal | weight=0.053
=problem | weight=0.053
=konkretnega | weight=0.053
=moja =racun | weight=0.053
=vklopiti | weight=0.053
=razlozila =da | weight=0.052
=povezavo =do | weight=0.052
=o =tehnicno | weight=0.052
=tezav =kot | weight=0.052
=prek =klepetu | weight=0.052
=to =prek | weight=0.052
=ste =poskusal | weight=0.051
=se =sploh | weight=0.051
=in =ponavljal | weight=0.051
=se =koncu | weight=0.051
=drugi =stranka | weight=0.050
=tehnicno =tezav | weight=0.050
=slovenije | weight=0.050
=ocitno =skopiran | weight=0.049
=torej | weight=0.049
=ne =ukvarja | weight=0.049, noneg
=je =cisto | weight=0.049
=mehanske | weight=0.049
=ona =pa | weight=0.049
=samodejni | weight=0.049
=so =ocitno | weight=0.049
=eee | weight=0.048
=kar =so | weight=0.048
=tezav =pa | weight=0.048
=link =do | weight=0.047
=vsak =moja | weight=0.047
=cas =isto | weight=0.046
=vzorcni | weight=0.046
=vzorcni =odgovor | weight=0.046
=imajo | weight=0.045
=papiga =ponavljal | weight=0.045
=samo =vedeti | weight=0.045
=pred =teden | weight=0.045
=konkretnega =vprasanje | weight=0.044
=nas =reklamacijo | weight=0.044
=ki =z | weight=0.044
=papirja =in | weight=0.044
=link | weight=0.044
=moja =tezav | weight=0.044
=usmerjevalnik | weight=0.043
=bil =tako | weight=0.043
=koncu =z | weight=0.043
=v =dm | weight=0.043
=vsak | weight=0.043
=primer | weight=0.043
=sporocilo =vas | weight=0.042
=vas =sporocilo | weight=0.042
=vas =zadevo | weight=0.042
=bere =iz | weight=0.042
=iz =scenarija | weight=0.042
=scenarija | weight=0.042
=klepetu =ni | weight=0.042, noneg
=vedeti | weight=0.042
=moja =reklamacijo | weight=0.042
=datum | weight=0.041
=smo | weight=0.041
=nam =je | weight=0.041
=mail =ste | weight=0.041
=odzval | weight=0.041
=se =odzval | weight=0.041
=nic =ni | weight=0.041, noneg
=na =chatu | weight=0.041
=in =sploh | weight=0.041
=mi =poslal | weight=0.040
=dm | weight=0.040
=stavek =kot | weight=0.040
=chatu =mi | weight=0.040
=ima =se | weight=0.040
=o =napacen | weight=0.040
=halo =ja | weight=0.040
=moja =moz | weight=0.039
=slovenije =in | weight=0.039
=ce =zadevo | weight=0.039, noneg
=potrpezljivost =in | weight=0.038
=slisal =sem | weight=0.038
=zal | weight=0.038
=celoti | weight=0.038
=v =celoti | weight=0.038
=ste =ignorirali | weight=0.038
=sploh =ne | weight=0.038, noneg
=moja =problem | weight=0.037
=embalaza | weight=0.037
=stavek =in | weight=0.037
=operater =pa | weight=0.037
=se =drugi | weight=0.037
=posnetek | weight=0.037
=komurkoli | weight=0.037
=lahko =poslal | weight=0.037
=poslal =komurkoli | weight=0.037
=zaklenjen | weight=0.037
=zaklenjen =ze | weight=0.037
=zadevo =ne | weight=0.037, noneg
=moja =ocetu | weight=0.037
=nevsecnosti =pisem | weight=0.037
=v =zasebno | weight=0.037
=ste =se | weight=0.036
=jaz =pa | weight=0.035
=ne =tezim | weight=0.035, noneg
=isto =zal | weight=0.035
=na =zadnja | weight=0.035
=novembra | weight=0.035
=od =novembra | weight=0.035
=ta =cirkus | weight=0.035
=vodomer =kaze | weight=0.035
=zavarovalnica =in | weight=0.035
=dneh =se | weight=0.035
=napisem | weight=0.034
=eno | weight=0.034
=za =vse | weight=0.034
=zamuja | weight=0.034
=odgovor =ni | weight=0.034, noneg
=da =vodomer | weight=0.033
=podatke =ker | weight=0.033
=za =ta | weight=0.033
=kot =da | weight=0.033
=napacen =obracun | weight=0.033
=in =gospa | weight=0.033
=je =mama | weight=0.033
=isto =copy | weight=0.032
=komentar | weight=0.032
=je =le | weight=0.032
=razume =da | weight=0.032
=vodomer | weight=0.032
=sem =hoteli | weight=0.032
=a =veste | weight=0.032
=brez | weight=0.031, noneg
=cirkus | weight=0.031
=pa =ostala | weight=0.031
=svetovalec | weight=0.031
=kot =bi | weight=0.031
=vsak =vprasanje | weight=0.030
=pogosta | weight=0.030
=pogosta =vprasanje | weight=0.030
=teden =nic | weight=0.030, noneg
=je =klical | weight=0.030
=halo | weight=0.030
=spostovani =na | weight=0.030
