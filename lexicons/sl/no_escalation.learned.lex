# no_escalation, sl: learned by scripts/learn.py from 2816 tuning texts (124 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Zahteval sem pogovor z načelnikom, pa so mi rekli, da se z načelnikom ne da govoriti in da je odločitev referentke dokončna.
+ Vodje ne moremo dobiti, so nam rekli.
+ Niso naju hoteli povezati z nadrejeno.
- Ovadili vas bomo.
- nihce mi ni odpisal
=nadrejenega | weight=0.652
=sefa | weight=0.574
=poslovodja | weight=0.418
=instanca | weight=0.388
=odgovoren | weight=0.371
=nadzornik | weight=0.363
=ni =hoteli | weight=0.355, noneg
=vodja | weight=0.334
=poklical =nisem | weight=0.332, noneg
=je =da | weight=0.301
=vodstva | weight=0.291
=odgovoren =osebo | weight=0.289
=nikogar | weight=0.273, noneg
=ni =mogoce | weight=0.265, noneg
=visje | weight=0.262
=poslovodja =se | weight=0.255
=sem =prosim | weight=0.252
=nadzornica | weight=0.245
=do =vodstva | weight=0.242
=vodstva =ne | weight=0.242, noneg
=sem =hoteli | weight=0.233
=nisem =hoteli | weight=0.229, noneg
=direktorjem | weight=0.228
=vodja =ne | weight=0.226, noneg
=ne =sprejema | weight=0.223, noneg
=najvisja | weight=0.219
=ni =videl | weight=0.208, noneg
=vodja =sem | weight=0.208
=niste =hoteli | weight=0.203, noneg
=izmene =nisem | weight=0.203, noneg
=nisem =smela | weight=0.203, noneg
=sefinje | weight=0.203
=sefinje =izmene | weight=0.203
=do =uprave | weight=0.202
=uprave | weight=0.202
=ne =morete | weight=0.201, noneg
=s =pooblastili | weight=0.199
=reklamacijo =nisem | weight=0.198, noneg
=z =nadrejenega | weight=0.197
=poslovodkinja | weight=0.193
=poslovodkinja =se | weight=0.193
=on | weight=0.184
=vodja =pa | weight=0.181
=odklonil | weight=0.179
=eskalacij | weight=0.177
=eskalirat | weight=0.177
=hoteli =eskalirat | weight=0.177
=hoteli | weight=0.176
=je =ona | weight=0.173
=kontakt | weight=0.171
=sem =zahtevam | weight=0.170
=zasedena | weight=0.170
=sefa =se | weight=0.168
=nobene =od | weight=0.166, noneg
=nisem =vodja | weight=0.166, noneg
=niti =poklical | weight=0.166
=prosim =sem | weight=0.165
=drugi =instanca | weight=0.162
=instanca =ni | weight=0.162, noneg
=sefice | weight=0.162
=da =visje | weight=0.162
=visje =ne | weight=0.160, noneg
=ne =pogovarja | weight=0.160, noneg
=ne =moral | weight=0.158, noneg
=zahtevam =vodja | weight=0.157
=njo =pa | weight=0.155
=najvisja =instanca | weight=0.153
=nekaj =visje | weight=0.152
=da =manager | weight=0.152
=manager | weight=0.152
=ne =govoriti | weight=0.149, noneg
=nadrejenega =ni | weight=0.149, noneg
=zahtevam =sem | weight=0.148
=nadrejenega =ne | weight=0.147, noneg
=sefa =ne | weight=0.147, noneg
=poslovodja =mi | weight=0.147
=je =zasedena | weight=0.145
=pritozbo | weight=0.145
=niste | weight=0.144, noneg
=se =ni | weight=0.144, noneg
=je =ocitno | weight=0.143
=da =drugi | weight=0.143
=prosnjo | weight=0.136
=tako =ni | weight=0.136, noneg
=dokoncna | weight=0.134
=pogovor =z | weight=0.132
=preslisal | weight=0.131
=ga =ni | weight=0.130, noneg
=reku | weight=0.128
=da =ni | weight=0.128, noneg
=vodja =se | weight=0.126
=nadzornik =ni | weight=0.125, noneg
=odgovoren =ni | weight=0.125, noneg
=da =pritozbo | weight=0.124
=ni =odgovoren | weight=0.122, noneg
=ni =nikogar | weight=0.122, noneg
=ne =sme | weight=0.121, noneg
=osebo =ni | weight=0.121, noneg
=pritozbo =ne | weight=0.120, noneg
=zahtevam | weight=0.119
=prosim | weight=0.119
=on =najvisja | weight=0.118
=pa =so | weight=0.118
=sestanku | weight=0.118
=s =stranka | weight=0.117
=odlocitev | weight=0.117
=zasmejal | weight=0.116
=odgovor =so | weight=0.115
=nam =rekli | weight=0.115
=nisem =nikoli | weight=0.113, noneg
=osebo | weight=0.112
=prosnjo =za | weight=0.112
=nadrejenega =mi | weight=0.112
=mi =ne | weight=0.112, noneg
=je =on | weight=0.111
=da =zadevo | weight=0.111
=reklamacijo | weight=0.111
=ni =in | weight=0.110, noneg
=sefa =mi | weight=0.110
=rekli =na | weight=0.110
=nisem | weight=0.110, noneg
=a =nihce | weight=0.110, noneg
=pomagal =a | weight=0.110
=rekli =prodajalka | weight=0.109
=z =odgovoren | weight=0.106
=da =ga | weight=0.106
=z =nekaj | weight=0.105
=se =s | weight=0.105
=so =z | weight=0.104
=odgovor =da | weight=0.104
=je =zasmejal | weight=0.104
=bosanka | weight=0.104
=bosanka =so | weight=0.104
=sem =bosanka | weight=0.104
=biti | weight=0.104
=je =zabrusil | weight=0.100
=vodja =ni | weight=0.100, noneg
=je =odklonil | weight=0.099
=pooblastili | weight=0.099
=ni =me | weight=0.098, noneg
=jezika =in | weight=0.098
=govoriti =z | weight=0.097
=niti | weight=0.097
=za =tako | weight=0.096
=sem =vodja | weight=0.096
=njih =ne | weight=0.096, noneg
=drzal =pri | weight=0.096
=kdo =s | weight=0.096
=nisem =dali | weight=0.095, noneg
=mi =nisem | weight=0.093, noneg
=stranka =ne | weight=0.093, noneg
=ki =lahko | weight=0.093
=mi =vrne | weight=0.092
=lahko =odloca | weight=0.091
=on =pa | weight=0.091
=hoteli =govoriti | weight=0.091
=odpravil | weight=0.090
=ona | weight=0.090
=sem =trikrat | weight=0.089
=listek | weight=0.089
=na =okencu | weight=0.089
=usluzbenec =pravi | weight=0.088
=rekli =je | weight=0.088
=za =pogovor | weight=0.087
=drzal | weight=0.087
=vse =gre | weight=0.086
=referentka | weight=0.085
=kot =gluha | weight=0.084
=nad | weight=0.084
=mi =rekli | weight=0.083
=sem =za | weight=0.082
=nad =njo | weight=0.082
=in =nisem | weight=0.082, noneg
=nic =pa | weight=0.082, noneg
=sefice =mi | weight=0.082
=tudi =sefice | weight=0.082
=ampak =pravi | weight=0.081
=da =eskalacij | weight=0.081
=eskalacij =ne | weight=0.081, noneg
=nadrejenega =odgovor | weight=0.080
=bo =nadzornik | weight=0.080
=ni =ga | weight=0.080, noneg
=da =poslovodja | weight=0.080
=visje =od | weight=0.080
=ne =vracilo | weight=0.079, noneg
=usluzbenec =je | weight=0.078
=z =besede | weight=0.078
=o =vsem | weight=0.077
=moja =zahtevam | weight=0.077
=obravnava =odgovoren | weight=0.077
=zadevo =obravnava | weight=0.077
=besede =da | weight=0.077
=odpravil =z | weight=0.077
=je =odlocitev | weight=0.076
=odloca =samo | weight=0.075
=a | weight=0.075
=se =ne | weight=0.075, noneg
=dedka =so | weight=0.074
=ni =na | weight=0.074, noneg
=sem =naj | weight=0.074
=so =nam | weight=0.073
=ponovil | weight=0.073
=zabrusil | weight=0.073
=zadnja =instanca | weight=0.073
=pa =tudi | weight=0.073
=sva =da | weight=0.072
=osebo =se | weight=0.072
=sva | weight=0.072
=na =glavo | weight=0.072
=vodja =trgovini | weight=0.071
=sefa =pa | weight=0.069
=ves =dan | weight=0.069
=odlocitev =dokoncna | weight=0.069
=cetudi | weight=0.069
=na =malici | weight=0.069
=nadrejenega =ta | weight=0.069
=odobri =samo | weight=0.069
=samo =nadrejenega | weight=0.069
=dedka | weight=0.069
=nimam =cas | weight=0.069
=postavil =na | weight=0.069
=cez | weight=0.068
=vodja =nimam | weight=0.068
=govoriti =o | weight=0.068
=za =nekoga | weight=0.068
=da =tako | weight=0.067
=nje =ne | weight=0.067, noneg
=od =nje | weight=0.067
=da =nad | weight=0.067
=sporocilo =da | weight=0.066
=koga | weight=0.066
=ceprav =sva | weight=0.066
=ni =dosegljiv | weight=0.066, noneg
=na =prosnjo | weight=0.065
=sem =nadrejenega | weight=0.065
=na =sestanku | weight=0.065
=odobri | weight=0.065
=njem | weight=0.065
=nad =njim | weight=0.065
=njim =ni | weight=0.065, noneg
=je =ni | weight=0.065, noneg
=ta =pa | weight=0.065
=glavo | weight=0.065
=ne =dati | weight=0.064, noneg
=cas =za | weight=0.064
=ona =zadnja | weight=0.064
=direktorjem =pa | weight=0.062
=malici | weight=0.062
=so =moja | weight=0.062
=njo | weight=0.061
=lahko =dobil | weight=0.060
=pa =ne | weight=0.060, noneg
=nje | weight=0.060
=ne =smejal | weight=0.059, noneg
=ne =bo | weight=0.059, noneg
=nihce =mi | weight=0.059, noneg
=ga =lahko | weight=0.058
=da =direktorjem | weight=0.058
=trikrat =vprasal | weight=0.058
=operaterka =mi | weight=0.057
=zadevo =pogledal | weight=0.057
=odloca | weight=0.057
=za =vodja | weight=0.057
=nekoga | weight=0.056
=zasmejal =in | weight=0.056
=vodja =izpostave | weight=0.055
=reklamacijo =sem | weight=0.055
=odloca =pa | weight=0.054
=usluzbenec | weight=0.054
=nadrejenega =pa | weight=0.054
=lahko =sploh | weight=0.054
=naj =zadevo | weight=0.054
=ga =dan | weight=0.054
=osebo =na | weight=0.053
=taksna =osebo | weight=0.053
=ne =ukvarja | weight=0.053, noneg
=cas =me | weight=0.053
=nisem =dosegljiv | weight=0.053, noneg
=niti =njen | weight=0.052
=njen =nadrejenega | weight=0.052
=so =rekli | weight=0.052
=da =do | weight=0.052
=je =rekli | weight=0.051
=vodstva =ni | weight=0.051, noneg
=izpostave | weight=0.051
=prodajalec =samo | weight=0.051
=nekoga =ki | weight=0.051
=ne =komunicira | weight=0.051, noneg
=nismo =mogla | weight=0.051, noneg
=visje =pa | weight=0.051
=se =za | weight=0.050
=svetovalec | weight=0.049
=mislim | weight=0.049
=se =nisem | weight=0.049, noneg
=mano | weight=0.049, noneg
=ki =nic | weight=0.049, noneg
=vse =se | weight=0.049
=do | weight=0.049
=stranka =so | weight=0.049
=pooblastili =pa | weight=0.049
=se =naucim | weight=0.048
=se =z | weight=0.048
=izmene | weight=0.048
=da =taksna | weight=0.047
=pri =prvem | weight=0.047
=tako =stvar | weight=0.047
=bi =ga | weight=0.046
=poslovni =partner | weight=0.046
=z =vodja | weight=0.046
=ni =pritozbo | weight=0.046, noneg
=so =na | weight=0.045
=a =lahko | weight=0.045
=ga =ne | weight=0.045, noneg
=poslovni | weight=0.044
=ustavi | weight=0.044
=se =nihce | weight=0.043, noneg
=nobene | weight=0.043, noneg
=trgovini =nisem | weight=0.043, noneg
=me =trikrat | weight=0.043
=s =stavek | weight=0.042
=mislim =sem | weight=0.042
=da =vodja | weight=0.042
=priti =do | weight=0.042
=v =pisarni | weight=0.042
=za =stranka | weight=0.041
=najprej =robot | weight=0.041
=robot =ki | weight=0.041
=a =je | weight=0.041
=me =ves | weight=0.041
=njo =ni | weight=0.041, noneg
=svetovalec =je | weight=0.041
=pisarni | weight=0.041
=sem =ce | weight=0.040, noneg
=bi =pricakoval | weight=0.040
=ce =me | weight=0.040, noneg
=sedel =v | weight=0.040
=partner | weight=0.039
=naucim =jezika | weight=0.039
=bil =da | weight=0.039
=telefonu =ni | weight=0.039, noneg
=ni =poklical | weight=0.039, noneg
=ne =gre | weight=0.038, noneg
=odloca =a | weight=0.038
=nihce =niti | weight=0.038, noneg
=nadrejenega =so | weight=0.038
=zavrnjena | weight=0.038
=glasbo =na | weight=0.037
=me =ne | weight=0.037, noneg
=zadevo =pred | weight=0.037
=naj =me | weight=0.037
=tudi =ne | weight=0.036, noneg
=in =niti | weight=0.036
=gre | weight=0.036
=napisem | weight=0.035
=sem =govoriti | weight=0.035
=prosim =za | weight=0.035
=kam | weight=0.035
=pustili =na | weight=0.035
=me =prevezali | weight=0.035
=v =podjetje | weight=0.034
=moral =nihce | weight=0.034, noneg
=bil =na | weight=0.034
=racun =ne | weight=0.034, noneg
=nadrejenega =agent | weight=0.034
=vec =pooblastili | weight=0.034
=naucim | weight=0.034
=zavrnili =so | weight=0.033
=prodajalka =mi | weight=0.033
=visje =ni | weight=0.032, noneg
=bom =poslal | weight=0.032
=shranil | weight=0.032
=po =telefonu | weight=0.032
=dejala =je | weight=0.032
=vodja =so | weight=0.032
=ste =odgovor | weight=0.031
=hocem | weight=0.031
=telefonu =krical | weight=0.031
=obravnava | weight=0.030
=vsakic =k | weight=0.030
=ni | weight=0.030, noneg
=govoriti | weight=0.030
=nisem =pustili | weight=0.030, noneg
=povedati =so | weight=0.030
