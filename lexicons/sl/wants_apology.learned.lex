# wants_apology, sl: learned by scripts/learn.py from 2314 tuning texts (85 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Še opravičila nisem dobil.
+ Pričakujem vsaj opravičilo.
+ opravicilo bi bilo na mestu
- Ovadili vas bomo.
- Tole bo šlo viralno.
=opravicilo | weight=0.702
=oprostite | weight=0.572
=ni =niti | weight=0.484, noneg
=niti | weight=0.409
=obzalovanja | weight=0.348
=brez =opravicilo | weight=0.337, noneg
=nihce =od | weight=0.306, noneg
=vsaj | weight=0.296
=nobene =zal | weight=0.284, noneg
=vedno =nobene | weight=0.284, noneg
=nihce =se | weight=0.272, noneg
=ni =rekli | weight=0.269, noneg
=nobene | weight=0.265, noneg
=pricakujem | weight=0.263
=se =ni | weight=0.253, noneg
=vas =opravicilo | weight=0.238
=nisem =prej | weight=0.237, noneg
=je =zal | weight=0.225
=ni =opravicilo | weight=0.218, noneg
=zahtevava | weight=0.218
=oprostite =bi | weight=0.193
=opravicilo =nisem | weight=0.192, noneg
=druzba | weight=0.191
=pisno | weight=0.180
=zahtevava =opravicilo | weight=0.178
=mu =je | weight=0.173
=nisem =dobil | weight=0.172, noneg
=bi =pricakoval | weight=0.162
=je =najmanj | weight=0.159
=najmanj | weight=0.159
=tako =tezko | weight=0.159
=pisno =opravicilo | weight=0.154
=nihce =niti | weight=0.152, noneg
=niti =oprostite | weight=0.151
=vsaj =opravicilo | weight=0.148
=videl | weight=0.147
=za =to | weight=0.146
=da =se | weight=0.145
=od =vas | weight=0.145
=ni =se | weight=0.144, noneg
=tezko | weight=0.144
=skupaj =se | weight=0.143
=ko =je | weight=0.142
=zal | weight=0.139
=po =tem | weight=0.139
=za =vse | weight=0.138
=je =vse | weight=0.137
=brez | weight=0.137, noneg
=niti =pardon | weight=0.131
=pardon | weight=0.131
=pardon =ni | weight=0.131, noneg
=vse =skupaj | weight=0.127
=na =mestu | weight=0.125
=od =nikogar | weight=0.125, noneg
=a =je | weight=0.124
=pricakujem =opravicilo | weight=0.123
=pricakoval | weight=0.122
=je =napaka | weight=0.121
=mestu | weight=0.120
=v =restavraciji | weight=0.120
=boste =kdaj | weight=0.119
=kdaj =opravicilo | weight=0.119
=izgubila | weight=0.115
=restavraciji | weight=0.115
=da =mu | weight=0.113
=nekdo =opravicilo | weight=0.113
=ali =se | weight=0.113
=da =so | weight=0.112
=ena =samo | weight=0.111
=vodstva =ni | weight=0.109, noneg
=skupaj | weight=0.109
=je =pojavil | weight=0.106
=serviser =se | weight=0.106
=pojavil | weight=0.103
=do =dan | weight=0.103
=narediti =napaka | weight=0.102
=dovolj | weight=0.100
=boste | weight=0.100
=natakar | weight=0.099
=bil =na | weight=0.099
=recem =oprostite | weight=0.099
=tezko =recem | weight=0.099
=dobesedno | weight=0.097
=od =banki | weight=0.097
=res =tako | weight=0.097
=ure =po | weight=0.096
=zahtevam =sem | weight=0.090
=je =res | weight=0.088
=najmanj =kar | weight=0.088
=opravicilo =je | weight=0.088
=kje =je | weight=0.088
=besede | weight=0.087
=si =zasluzim | weight=0.087
=zasluzim =vsaj | weight=0.087
=dogovorjenem =termin | weight=0.087
=bil =odpovedal | weight=0.086
=pricakujem =pisno | weight=0.085
=oprostite =ni | weight=0.084, noneg
=samo =eno | weight=0.084
=zahtevam =da | weight=0.083
=po =dogovorjenem | weight=0.080
=da =si | weight=0.080
=vodja =poslovalnici | weight=0.079
=se =vedno | weight=0.078
=zasluzim | weight=0.078
=tri =ure | weight=0.078
=ali =grem | weight=0.077
=na =inspektoratu | weight=0.077
=opravicilo =ali | weight=0.077
=narediti | weight=0.077
=mi =ni | weight=0.074, noneg
=opravicilo =to | weight=0.071
=prodajalka =opravicilo | weight=0.071
=se =prodajalka | weight=0.071
=mu | weight=0.071
=nikogar | weight=0.071, noneg
=jo =povzrocila | weight=0.070
=ste =jo | weight=0.070
=zmede =ki | weight=0.070
=avtobusa =je | weight=0.069
=povzrocila | weight=0.069
=ko =me | weight=0.068
=z =mama | weight=0.068
=javno | weight=0.068
=javno =opravicilo | weight=0.068
=avtobusa | weight=0.067
=se =mi | weight=0.066
=bi | weight=0.066
=se =spodobilo | weight=0.065
=spodobilo | weight=0.065
=spodobilo =vsaj | weight=0.065
=vsaj =oprostite | weight=0.065
=zahtevam | weight=0.065
=mi =nekdo | weight=0.065
=osebno =opravicilo | weight=0.065
=cakal =se | weight=0.064
=vodstva | weight=0.064
=en | weight=0.064
=ne =recem | weight=0.062, noneg
=ravnanje | weight=0.062
=je =pol | weight=0.062
=in =to | weight=0.062
=dolzni | weight=0.062
=opravicilo =bi | weight=0.061
=inspektoratu | weight=0.061
=en =oprostite | weight=0.061
=vsaj =en | weight=0.061
=na =hrana | weight=0.060
=rect | weight=0.058
=dolgujete | weight=0.058
=natakar =opravicilo | weight=0.057
=se =natakar | weight=0.057
=ne =jaz | weight=0.056, noneg
=nekdo | weight=0.056
=bi =se | weight=0.056
=natakar =pa | weight=0.055
=je =vas | weight=0.055
=provizij | weight=0.054
=opravicilo =vas | weight=0.053
=sem =da | weight=0.052
=banki =je | weight=0.052
=idiotom | weight=0.052
=mi =opravicilo | weight=0.051
=lastnem | weight=0.051
=svoje =vedno | weight=0.051
=za =svoje | weight=0.051
=vrnitev | weight=0.050
=tem | weight=0.049
=z =zeno | weight=0.048
=moja =lastnem | weight=0.048
=z =idiotom | weight=0.048
=med =moja | weight=0.048
=cakal =skoraj | weight=0.048
=kje | weight=0.047
=z =moz | weight=0.047
=termin | weight=0.047
=cisto =v | weight=0.047
=nihce | weight=0.047, noneg
=vecer | weight=0.046
=za =pokvarjen | weight=0.046
=kdaj | weight=0.045
=kar =ste | weight=0.045
=ki =ste | weight=0.044
=smejal =in | weight=0.044
=vas =naslov | weight=0.044
=vas =ocitno | weight=0.044
=ne =kompliciram | weight=0.043, noneg
=opravicilo =sicer | weight=0.042
=pricakujem =da | weight=0.042
=se =na | weight=0.042
=pricakoval =vsaj | weight=0.041
=pricakujem =javno | weight=0.041
=vas =blagajnicarka | weight=0.040
=a =ni | weight=0.040, noneg
=grem =na | weight=0.040
=veckrat | weight=0.040
=operater =ki | weight=0.039
=se =boste | weight=0.039
=ne =pa | weight=0.039, noneg
=vedno =cakal | weight=0.037
=zeno | weight=0.037
=padel | weight=0.037
=ocitno =ne | weight=0.037, noneg
=mi =kdo | weight=0.035
=od | weight=0.035
=natakar =se | weight=0.034
=na =vas | weight=0.034
=stran | weight=0.034
=stanovanju =zmeraj | weight=0.033
=je =med | weight=0.033
=dan =v | weight=0.033
=je =zaprla | weight=0.033
=recem | weight=0.033
=je =tako | weight=0.032
=so =pustili | weight=0.032
=rameni | weight=0.032
=skomignil =z | weight=0.032
=z =rameni | weight=0.032
=nevsecnosti | weight=0.031
