# wants_apology, sl: learned by scripts/learn.py from 2594 tuning texts (91 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Še opravičila nisem dobil.
+ Pričakujem vsaj opravičilo.
+ opravicilo bi bilo na mestu
- Ovadili vas bomo.
- Tole bo šlo viralno.
=opravicilo | weight=0.704
=oprostite | weight=0.562
=ni =niti | weight=0.474, noneg
=niti | weight=0.394
=obzalovanja | weight=0.349
=ni =rekli | weight=0.345, noneg
=brez =opravicilo | weight=0.333, noneg
=nihce =od | weight=0.295, noneg
=vsaj | weight=0.292
=nobene =zal | weight=0.288, noneg
=vedno =nobene | weight=0.288, noneg
=pricakujem | weight=0.280
=nihce =se | weight=0.265, noneg
=nobene | weight=0.251, noneg
=se =ni | weight=0.236, noneg
=nisem =prej | weight=0.232, noneg
=vas =opravicilo | weight=0.230
=ni =opravicilo | weight=0.211, noneg
=je =zal | weight=0.210
=zahtevava | weight=0.207
=oprostite =bi | weight=0.182
=opravicilo =nisem | weight=0.180, noneg
=zahtevava =opravicilo | weight=0.178
=druzba | weight=0.176
=pisno | weight=0.169
=nisem =dobil | weight=0.162, noneg
=mu =je | weight=0.161
=bi =pricakoval | weight=0.160
=je =najmanj | weight=0.153
=najmanj | weight=0.153
=da =se | weight=0.149
=nihce =niti | weight=0.147, noneg
=tako =tezko | weight=0.147
=vsaj =opravicilo | weight=0.146
=niti =oprostite | weight=0.146
=pisno =opravicilo | weight=0.140
=skupaj =se | weight=0.140
=po =tem | weight=0.139
=zal | weight=0.138
=pricakujem =opravicilo | weight=0.136
=za =to | weight=0.136
=tezko | weight=0.135
=od =vas | weight=0.133
=je =vse | weight=0.133
=za =vse | weight=0.133
=videl =da | weight=0.129
=na =mestu | weight=0.128
=ni =se | weight=0.128, noneg
=a =je | weight=0.128
=vse =skupaj | weight=0.125
=videl | weight=0.123
=brez | weight=0.121, noneg
=mestu | weight=0.120
=boste =kdaj | weight=0.118
=kdaj =opravicilo | weight=0.118
=niti =pardon | weight=0.118
=pardon | weight=0.118
=pardon =ni | weight=0.118, noneg
=pricakoval | weight=0.117
=ko =je | weight=0.116
=od =nikogar | weight=0.115, noneg
=da =mu | weight=0.115
=ko =so | weight=0.115
=ena =samo | weight=0.112
=v =restavraciji | weight=0.112
=skupaj | weight=0.112
=izgubila | weight=0.111
=nekdo =opravicilo | weight=0.109
=restavraciji | weight=0.108
=ali =se | weight=0.107
=narediti =napaka | weight=0.106
=je =pojavi | weight=0.106
=serviser =se | weight=0.105
=je =napaka | weight=0.104
=dovolj | weight=0.101
=pojavi | weight=0.100
=do =dan | weight=0.099
=res =tako | weight=0.098
=ure =po | weight=0.097
=dobesedno | weight=0.096
=recem =oprostite | weight=0.095
=tezko =recem | weight=0.095
=natakar | weight=0.095
=od =banki | weight=0.094
=boste | weight=0.092
=je =res | weight=0.092
=vodstva =ni | weight=0.091, noneg
=lista | weight=0.089
=kje =je | weight=0.089
=bil =na | weight=0.088
=papirja | weight=0.088
=dogovorjenem =termin | weight=0.088
=oprostite =ni | weight=0.088, noneg
=da =so | weight=0.087
=se =mi | weight=0.083
=odpovedal =let | weight=0.082
=v =rok | weight=0.082
=zahtevam =sem | weight=0.082
=si =zasluzim | weight=0.082
=zasluzim =vsaj | weight=0.082
=besede | weight=0.080
=najmanj =kar | weight=0.079
=opravicilo =je | weight=0.079
=samo =eno | weight=0.078
=tri =ure | weight=0.078
=vodja =poslovalnici | weight=0.078
=se =vedno | weight=0.077
=zahtevam =da | weight=0.075
=opravicilo =to | weight=0.074
=prodajalka =opravicilo | weight=0.074
=se =prodajalka | weight=0.074
=nihce | weight=0.074, noneg
=ali =grem | weight=0.074
=na =inspektoratu | weight=0.074
=opravicilo =ali | weight=0.074
=zasluzim | weight=0.073
=bil =odpovedal | weight=0.073
=narediti | weight=0.073
=mi =nekdo | weight=0.072
=da =si | weight=0.072
=mu | weight=0.071
=pricakujem =pisno | weight=0.070
=mi =ni | weight=0.070, noneg
=ravnanje | weight=0.070
=po =dogovorjenem | weight=0.070
=opravicilo =bi | weight=0.070
=en | weight=0.069
=cakal =se | weight=0.068
=avtobusa =je | weight=0.067
=vodstva | weight=0.066
=sem =da | weight=0.066
=se =spodobilo | weight=0.065
=spodobilo | weight=0.065
=spodobilo =vsaj | weight=0.065
=vsaj =oprostite | weight=0.065
=avtobusa | weight=0.065
=odpovedal | weight=0.065
=jo =povzrocila | weight=0.065
=ste =jo | weight=0.065
=zmede =ki | weight=0.065
=z =mama | weight=0.065
=bi | weight=0.065
=opravicilo =ker | weight=0.064
=javno =opravicilo | weight=0.063
=en =oprostite | weight=0.063
=vsaj =en | weight=0.063
=nikogar | weight=0.063, noneg
=in =to | weight=0.062
=javno | weight=0.062
=ne =jaz | weight=0.060, noneg
=rect | weight=0.059
=so =nam | weight=0.059
=povzrocila | weight=0.058
=en =samo | weight=0.057
=ko =me | weight=0.057
=dolgujete | weight=0.056
=je =vas | weight=0.056
=ne =recem | weight=0.056, noneg
=dolzni | weight=0.055
=banki =je | weight=0.055
=na =hrana | weight=0.055
=tem | weight=0.055
=natakar =opravicilo | weight=0.054
=se =natakar | weight=0.054
=provizije | weight=0.053
=nihce =rekli | weight=0.053, noneg
=zahtevam | weight=0.053
=lastnem | weight=0.053
=idiotom | weight=0.053
=natakar =pa | weight=0.052
=vrnitev | weight=0.052
=termin | weight=0.052
=nekdo | weight=0.051
=inspektoratu | weight=0.051
=osebno =opravicilo | weight=0.050
=se =na | weight=0.050
=bi =se | weight=0.050
=z =zeno | weight=0.049
=je =pol | weight=0.049
=po =vsem | weight=0.049
=vsem =tem | weight=0.049
=pricakujem =da | weight=0.048
=z =moza | weight=0.048
=kar =ste | weight=0.048
=med =moja | weight=0.047
=cakal =skoraj | weight=0.047
=dali | weight=0.047
=mi =opravicilo | weight=0.046
=mi =vas | weight=0.046
=vecer | weight=0.045
=kje | weight=0.045
=ki =ste | weight=0.044
=kot =da | weight=0.044
=vas =ocitno | weight=0.044
=svoje =vedno | weight=0.044
=za =svoje | weight=0.044
=oglasil =operater | weight=0.044
=vas =usluzbenec | weight=0.043
=se =boste | weight=0.043
=moja =lastnem | weight=0.042
=z =idiotom | weight=0.042
=grem =na | weight=0.042
=opravicilo =vas | weight=0.042
=vas =naslov | weight=0.041
=pricakujem =vsaj | weight=0.041
=a =ni | weight=0.041, noneg
=ne =kompliciram | weight=0.041, noneg
=pricakoval =vsaj | weight=0.040
=operater =ki | weight=0.039
=zeno | weight=0.039
=pricakujem =javno | weight=0.039
=recem | weight=0.039
=in =pricakujem | weight=0.038
=vas =blagajnicarka | weight=0.038
=cisto =v | weight=0.037
=nam | weight=0.036
=ne =pa | weight=0.036, noneg
=smejal =in | weight=0.035
=zaprla | weight=0.034
=je =zaprla | weight=0.034
=ocitno =ne | weight=0.034, noneg
=uradni | weight=0.034
=kdaj | weight=0.034
=kar =mi | weight=0.032
=stanovanju =zmeraj | weight=0.032
=je =tako | weight=0.032
=vedno =cakal | weight=0.032
=veckrat | weight=0.032
=za =tisti | weight=0.032
=padel | weight=0.032
=opravicilo =sicer | weight=0.032
=tisti =kar | weight=0.032
=za =pokvarjen | weight=0.031
=skoraj =eno | weight=0.031
