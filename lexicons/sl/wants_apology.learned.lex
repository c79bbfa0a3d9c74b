# wants_apology, sl: learned by scripts/learn.py from 2816 tuning texts (92 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Še opravičila nisem dobil.
+ Pričakujem vsaj opravičilo.
+ opravicilo bi bilo na mestu
- Ovadili vas bomo.
- nihce mi ni odpisal
=opravicilo | weight=0.730
=oprostite | weight=0.567
=ni =niti | weight=0.476, noneg
=niti | weight=0.397
=obzalovanja | weight=0.346
=ni =rekli | weight=0.337, noneg
=brez =opravicilo | weight=0.324, noneg
=nihce =od | weight=0.305, noneg
=nobene =zal | weight=0.293, noneg
=vedno =nobene | weight=0.293, noneg
=vsaj | weight=0.289
=pricakujem | weight=0.282
=nihce =se | weight=0.269, noneg
=nobene | weight=0.249, noneg
=se =ni | weight=0.242, noneg
=nisem =prej | weight=0.239, noneg
=vas =opravicilo | weight=0.232
=ni =opravicilo | weight=0.215, noneg
=zahtevava | weight=0.212
=brez =pojasnila | weight=0.209, noneg
=je =zal | weight=0.208
=opravicilo =nisem | weight=0.194, noneg
=druzba | weight=0.182
=oprostite =bi | weight=0.180
=zahtevava =opravicilo | weight=0.176
=pisno | weight=0.174
=bi =pricakoval | weight=0.158
=mu =je | weight=0.158
=je =najmanj | weight=0.157
=najmanj | weight=0.157
=nisem =dobil | weight=0.151, noneg
=niti =oprostite | weight=0.147
=zal | weight=0.147
=da =se | weight=0.146
=tako =tezko | weight=0.146
=pricakujem =opravicilo | weight=0.144
=skupaj =se | weight=0.142
=pisno =opravicilo | weight=0.141
=po =tem | weight=0.139
=nihce =niti | weight=0.134, noneg
=za =vse | weight=0.133
=od =vas | weight=0.132
=je =vse | weight=0.132
=za =to | weight=0.132
=a =je | weight=0.131
=pricakoval | weight=0.131
=vsaj =opravicilo | weight=0.129
=tezko | weight=0.129
=ko =je | weight=0.128
=ni =se | weight=0.127, noneg
=na =mestu | weight=0.126
=videl =da | weight=0.126
=vse =skupaj | weight=0.124
=ko =so | weight=0.122
=videl | weight=0.122
=niti =pardon | weight=0.120
=pardon | weight=0.120
=pardon =ni | weight=0.120, noneg
=boste =kdaj | weight=0.118
=kdaj =opravicilo | weight=0.118
=od =nikogar | weight=0.117, noneg
=mestu | weight=0.117
=brez | weight=0.117, noneg
=do =dan | weight=0.116
=da =mu | weight=0.114
=izgubil | weight=0.114
=ali =se | weight=0.114
=v =restavraciji | weight=0.113
=skupaj | weight=0.113
=ena =samo | weight=0.111
=natakar | weight=0.110
=je =napaka | weight=0.110
=restavraciji | weight=0.109
=je =pojavil | weight=0.105
=serviser =se | weight=0.104
=nekdo =opravicilo | weight=0.103
=pojavil | weight=0.100
=narediti =napaka | weight=0.099
=dovolj | weight=0.099
=res =tako | weight=0.099
=od =banki | weight=0.098
=ure =po | weight=0.098
=bil =na | weight=0.097
=recem =oprostite | weight=0.097
=tezko =recem | weight=0.097
=dobesedno | weight=0.096
=boste | weight=0.096
=dogovorjenem =termin | weight=0.091
=oprostite =ni | weight=0.091, noneg
=je =res | weight=0.090
=da =so | weight=0.089
=papirja | weight=0.089
=kje =je | weight=0.089
=vodstva =ni | weight=0.087, noneg
=lista | weight=0.087
=besede | weight=0.087
=v =rok | weight=0.085
=najmanj =kar | weight=0.083
=opravicilo =je | weight=0.083
=odpovedal =let | weight=0.082
=mu | weight=0.080
=nihce | weight=0.080, noneg
=zahtevam | weight=0.079
=tri =ure | weight=0.078
=ali =grem | weight=0.076
=na =inspektoratu | weight=0.076
=opravicilo =ali | weight=0.076
=samo =eno | weight=0.076
=se =mi | weight=0.076
=zahtevam =sem | weight=0.075
=opravicilo =to | weight=0.074
=prodajalka =opravicilo | weight=0.074
=se =prodajalka | weight=0.074
=in =to | weight=0.074
=opravicilo =bi | weight=0.074
=si =zasluzim | weight=0.073
=zasluzim =vsaj | weight=0.073
=pricakujem =pisno | weight=0.073
=za =tako | weight=0.071
=da =si | weight=0.071
=en =oprostite | weight=0.071
=vsaj =en | weight=0.071
=vodja =poslovalnici | weight=0.070
=javno =opravicilo | weight=0.069
=nikogar | weight=0.069, noneg
=mi =ni | weight=0.069, noneg
=se =spodobilo | weight=0.067
=spodobilo | weight=0.067
=spodobilo =vsaj | weight=0.067
=vsaj =oprostite | weight=0.067
=zasluzim | weight=0.067
=bil =odpovedal | weight=0.067
=javno | weight=0.067
=en | weight=0.067
=narediti | weight=0.065
=ko =me | weight=0.065
=sem =da | weight=0.065
=cakal =se | weight=0.065
=z =mamo | weight=0.065
=avtobusa =je | weight=0.064
=po =dogovorjenem | weight=0.064
=zahtevam =da | weight=0.064
=tako =odnos | weight=0.063
=ravnanje | weight=0.063
=avtobusa | weight=0.062
=vodstva | weight=0.062
=povzrocila | weight=0.061
=nihce =rekli | weight=0.061, noneg
=se =vedno | weight=0.061
=mi =nekdo | weight=0.061
=jo =povzrocila | weight=0.060
=ste =jo | weight=0.060
=zmede =ki | weight=0.060
=tem | weight=0.059
=lastnem | weight=0.058
=so =nam | weight=0.058
=nekdo | weight=0.058
=na =hrana | weight=0.058
=je =vas | weight=0.057
=rect | weight=0.057
=en =samo | weight=0.057
=opravicilo =za | weight=0.056
=inspektoratu | weight=0.056
=natakar =pa | weight=0.055
=po =vsem | weight=0.055
=vsem =tem | weight=0.055
=ne =recem | weight=0.055, noneg
=bi | weight=0.055
=dolgujete | weight=0.054
=je =pol | weight=0.053
=termin | weight=0.052
=cakal =skoraj | weight=0.052
=odpovedal | weight=0.051
=med =moja | weight=0.051
=dolzni | weight=0.051
=vracilo =kupnine | weight=0.049
=napaka =ne | weight=0.049, noneg
=ne =jaz | weight=0.049, noneg
=natakar =opravicilo | weight=0.049
=se =natakar | weight=0.049
=nam | weight=0.048
=z =moz | weight=0.048
=vas =ocitno | weight=0.048
=se =boste | weight=0.048
=z =zeno | weight=0.048
=ne =kompliciram | weight=0.047, noneg
=mi =opravicilo | weight=0.047
=dali | weight=0.047
=oglasil =operater | weight=0.047
=ne =pa | weight=0.046, noneg
=bi =se | weight=0.046
=vas =naslov | weight=0.046
=pricakoval =vsaj | weight=0.046
=idiotom | weight=0.045
=se =na | weight=0.045
=kar =ste | weight=0.045
=osebno =opravicilo | weight=0.045
=banki =je | weight=0.044
=veckrat | weight=0.044
=vecer | weight=0.044
=cisto =v | weight=0.044
=grem =na | weight=0.044
=a =ni | weight=0.044, noneg
=ki =ste | weight=0.043
=kot =da | weight=0.043
=odnos | weight=0.043
=provizije | weight=0.043
=moja =lastnem | weight=0.043
=operater =ki | weight=0.042
=vrnitev | weight=0.041
=vas =usluzbenec | weight=0.041
=mi =vas | weight=0.041
=z =idiotom | weight=0.041
=opravicilo =vas | weight=0.040
=pricakujem =da | weight=0.040
=smejal =in | weight=0.039
=kje | weight=0.039
=natakar =se | weight=0.039
=kdaj | weight=0.038
=zeno | weight=0.038
=ocitno =ne | weight=0.038, noneg
=pricakujem =javno | weight=0.038
=je =tako | weight=0.037
=svoje =vedno | weight=0.036
=za =svoje | weight=0.036
=vas =blagajnicarka | weight=0.035
=mi =kdo | weight=0.035
=nic =drugi | weight=0.035, noneg
=skoraj =eno | weight=0.033
=strani | weight=0.033
=uradni | weight=0.033
=kupnine | weight=0.033
=pricakoval =sem | weight=0.033
=vedno =cakal | weight=0.032
=kar =pricakujem | weight=0.032
=za =pokvarjen | weight=0.032
=dogovorjenem | weight=0.031
=od | weight=0.031
=mi =po | weight=0.031
=opravicilo =sicer | weight=0.031
=rabljen | weight=0.031
