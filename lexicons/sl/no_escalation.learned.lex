# no_escalation, sl: learned by scripts/learn.py from 2314 tuning texts (114 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Vodje ne moremo dobiti, so nam rekli.
+ Niso naju hoteli povezati z nadrejeno.
+ sefa mi ni hotla dat, ces da je sef ona
- Ovadili vas bomo.
- Tole bo šlo viralno.
=nadrejenega | weight=0.664
=sefa | weight=0.580
=poslovodja | weight=0.404
=ni =hoteli | weight=0.398, noneg
=instanca | weight=0.390
=odgovoren | weight=0.378
=nadzornik | weight=0.359
=vodja | weight=0.339
=poklical =nisem | weight=0.337, noneg
=je =da | weight=0.305
=odgovoren =osebo | weight=0.301
=vodstva | weight=0.284
=nikogar | weight=0.276, noneg
=ni =mogoce | weight=0.275, noneg
=visje | weight=0.270
=poslovodja =se | weight=0.266
=nisem =hoteli | weight=0.261, noneg
=sem =prosim | weight=0.258
=do =vodstva | weight=0.243
=vodstva =ne | weight=0.243, noneg
=direktorjem | weight=0.238
=nadzornica | weight=0.236
=hoteli | weight=0.230
=sem =hoteli | weight=0.229
=najvisja | weight=0.225
=ne =sprejema | weight=0.222, noneg
=niste =hoteli | weight=0.219, noneg
=vodja =sem | weight=0.213
=ni =videl | weight=0.209, noneg
=izmene =nisem | weight=0.208, noneg
=nisem =smela | weight=0.208, noneg
=sefinje | weight=0.208
=sefinje =izmene | weight=0.208
=vodja =ne | weight=0.205, noneg
=z =nadrejenega | weight=0.204
=ne =morete | weight=0.203, noneg
=reklamacijo =nisem | weight=0.197, noneg
=s =pooblastili | weight=0.195
=do =uprave | weight=0.193
=uprave | weight=0.193
=vodja =pa | weight=0.192
=on | weight=0.191
=sem =zahtevam | weight=0.187
=poslovodkinja | weight=0.184
=poslovodkinja =se | weight=0.184
=odklonil | weight=0.183
=ne =moral | weight=0.182, noneg
=sefa =se | weight=0.181
=eskalacij | weight=0.177
=eskalirat | weight=0.177
=hoteli =eskalirat | weight=0.177
=kontakt | weight=0.175
=nisem =vodja | weight=0.170, noneg
=niti =poklical | weight=0.170
=ne =pogovarja | weight=0.168, noneg
=zasedena | weight=0.167
=je =ona | weight=0.167
=niste | weight=0.165, noneg
=da =visje | weight=0.164
=ne =govoriti | weight=0.164, noneg
=njo =pa | weight=0.162
=nadrejenega =ni | weight=0.162, noneg
=da =drugi | weight=0.158
=drugi =instanca | weight=0.158
=instanca =ni | weight=0.158, noneg
=nobene =od | weight=0.157, noneg
=prosim =sem | weight=0.157
=visje =ne | weight=0.154, noneg
=nekaj =visje | weight=0.154
=najvisja =instanca | weight=0.152
=sefice | weight=0.151
=ni =nikogar | weight=0.150, noneg
=ne =sme | weight=0.150, noneg
=sefa =ne | weight=0.148, noneg
=nadrejenega =ne | weight=0.147, noneg
=je =ocitno | weight=0.146
=mi =ne | weight=0.146, noneg
=pooblastili | weight=0.146
=zahtevam =vodja | weight=0.146
=da =manager | weight=0.145
=manager | weight=0.145
=je =zasedena | weight=0.141
=pritozbo | weight=0.140
=poslovodja =mi | weight=0.140
=prosnjo | weight=0.139
=tako =ni | weight=0.134, noneg
=nadzornik =ni | weight=0.131, noneg
=odgovoren =ni | weight=0.131, noneg
=se =ni | weight=0.130, noneg
=odgovor =so | weight=0.129
=mi =nisem | weight=0.129, noneg
=prosim | weight=0.128
=on =najvisja | weight=0.128
=nam =rekli | weight=0.128
=preslisal | weight=0.126
=ni =na | weight=0.126, noneg
=nisem | weight=0.125, noneg
=ni =odgovoren | weight=0.125, noneg
=zahtevam =sem | weight=0.124
=zahtevam | weight=0.124
=ga =ni | weight=0.123, noneg
=je =zabrusil | weight=0.123
=nisem =nikoli | weight=0.122, noneg
=s =stranka | weight=0.122
=reklamacijo | weight=0.122
=vodja =ni | weight=0.121, noneg
=da =zadevo | weight=0.120
=pritozbo =ne | weight=0.120, noneg
=osebo =ni | weight=0.119, noneg
=prosnjo =za | weight=0.119
=je =zasmejal | weight=0.118
=vodja =se | weight=0.118
=sestanku | weight=0.117
=reku | weight=0.117
=se =s | weight=0.114
=da =pritozbo | weight=0.114
=da =ni | weight=0.113, noneg
=osebo | weight=0.113
=nadrejenega =mi | weight=0.111
=zasmejal | weight=0.111
=sefa =mi | weight=0.110
=bosanka | weight=0.108
=bosanka =so | weight=0.108
=sem =bosanka | weight=0.108
=da =ga | weight=0.108
=niti | weight=0.107
=z =nekaj | weight=0.106
=je =on | weight=0.106
=rekli =prodajalka | weight=0.106
=a =nihce | weight=0.105, noneg
=pomagati =a | weight=0.105
=biti | weight=0.105
=nad | weight=0.105
=na =okencu | weight=0.104
=jezika =in | weight=0.103
=za =tako | weight=0.103
=ona | weight=0.103
=odgovor =da | weight=0.103
=rekli =na | weight=0.102
=sem =vodja | weight=0.101
=z =odgovoren | weight=0.101
=za =pogovor | weight=0.101
=ki =lahko | weight=0.101
=so =z | weight=0.100
=pa =so | weight=0.099
=ni =me | weight=0.097, noneg
=mi =vrnili | weight=0.097
=pogovor =z | weight=0.095
=stranka =ne | weight=0.094, noneg
=drzal =pri | weight=0.094
=kdo =s | weight=0.094
=listek | weight=0.093
=rekli =je | weight=0.092
=je =odklonil | weight=0.091
=dokoncna | weight=0.089
=odlocitev =dokoncna | weight=0.089
=odpravili | weight=0.089
=sem =za | weight=0.089
=lahko =odloca | weight=0.088
=sem =trikrat | weight=0.088
=kot =gluha | weight=0.087
=usluzbenec =pravi | weight=0.087
=on =pa | weight=0.087
=ni =in | weight=0.087, noneg
=nisem =dali | weight=0.086, noneg
=o =vsem | weight=0.085
=visje =od | weight=0.085
=drzal | weight=0.085
=cez | weight=0.084
=sva | weight=0.083
=nadrejenega =odgovor | weight=0.083
=hoteli =govoriti | weight=0.082
=vse =gre | weight=0.082
=govoriti =z | weight=0.081
=osebo =se | weight=0.081
=zadnja =instanca | weight=0.081
=zabrusil | weight=0.080
=sem =naj | weight=0.080
=ni | weight=0.080, noneg
=sefa =pa | weight=0.080
=moja =zahtevam | weight=0.080
=obravnava =odgovoren | weight=0.080
=zadevo =obravnava | weight=0.080
=odloca | weight=0.079
=ne =vracilo | weight=0.078, noneg
=z =besede | weight=0.077
=da =nad | weight=0.076
=besede =da | weight=0.075
=ponovil | weight=0.075
=operaterka =mi | weight=0.074
=odpravili =z | weight=0.073
=ampak =pravi | weight=0.073
=da =eskalacij | weight=0.073
=eskalacij =ne | weight=0.073, noneg
=na =malici | weight=0.073
=nadrejenega =ta | weight=0.073
=odobri =samo | weight=0.073
=samo =nadrejenega | weight=0.073
=nic =pa | weight=0.073, noneg
=pa =tudi | weight=0.073
=sefice =mi | weight=0.073
=tudi =sefice | weight=0.073
=so =nam | weight=0.073
=na =glavo | weight=0.072
=svetovalec | weight=0.072
=bo =nadzornik | weight=0.072
=ni =dosegljiv | weight=0.072, noneg
=ne =dovolj | weight=0.072, noneg
=nad =njo | weight=0.072
=dedka =so | weight=0.071
=sva =da | weight=0.071
=na =prosnjo | weight=0.071
=cetudi | weight=0.071
=ne =bo | weight=0.070, noneg
=ta =pa | weight=0.070
=nje =ne | weight=0.070, noneg
=od =nje | weight=0.070
=sem =nadrejenega | weight=0.070
=se =ne | weight=0.070, noneg
=a | weight=0.069
=postavil =na | weight=0.069
=in =nisem | weight=0.068, noneg
=odloca =pa | weight=0.068
=ceprav =sem | weight=0.068
=odobri | weight=0.068
=govoriti =o | weight=0.067
=vodja =trgovini | weight=0.067
=nad =njim | weight=0.067
=njim =ni | weight=0.067, noneg
=koga | weight=0.066
=na =sestanku | weight=0.066
=vodja =izpostave | weight=0.066
=njem | weight=0.065
=nimam =cas | weight=0.065
=usluzbenec =je | weight=0.065
=pa =ne | weight=0.064, noneg
=ne =dati | weight=0.064, noneg
=ves =dan | weight=0.064
=dedka | weight=0.064
=nje | weight=0.064
=glavo | weight=0.063
=za =vodja | weight=0.062
=izpostave | weight=0.062
=ona =zadnja | weight=0.062
=je =rekli | weight=0.062
=ni =ga | weight=0.061, noneg
=odlocitev | weight=0.061
=cas =za | weight=0.060
=je =ni | weight=0.059, noneg
=mano | weight=0.059, noneg
=tako =stvar | weight=0.059
=vodja =nimam | weight=0.059
=nekoga =ki | weight=0.059
=ne =smejal | weight=0.059, noneg
=malici | weight=0.059
=sporocilo =da | weight=0.058
=ga =lahko | weight=0.058
=so =moja | weight=0.058
=bi =ga | weight=0.058
=lahko =dobil | weight=0.058
=nihce =mi | weight=0.057, noneg
=direktorjem =pa | weight=0.057
=z =vodja | weight=0.056
=so =rekli | weight=0.056
=ga =dan | weight=0.056
=zadevo =pogledal | weight=0.055
=osebo =na | weight=0.055
=taksna =osebo | weight=0.055
=za =nekoga | weight=0.055
=se =nisem | weight=0.055, noneg
=nisem =dosegljiv | weight=0.055, noneg
=niti =njen | weight=0.054
=njen =nadrejenega | weight=0.054
=nismo =mogla | weight=0.054, noneg
=lahko =sploh | weight=0.054
=prodajalec =samo | weight=0.053
=ni =poklical | weight=0.053, noneg
=da =direktorjem | weight=0.052
=stranka =so | weight=0.052
=visje =pa | weight=0.052
=ne =ukvarja | weight=0.052, noneg
=nadrejenega =pa | weight=0.051
=naj =zadevo | weight=0.051
=trikrat =vprasal | weight=0.051
=usluzbenec | weight=0.051
=a =je | weight=0.049
=cas =me | weight=0.049
=nekoga | weight=0.049
=da =vodja | weight=0.049
=izmene | weight=0.048
=da =taksna | weight=0.048
=so =na | weight=0.047
=po =telefonu | weight=0.047
=vse =se | weight=0.047
=ni =pritozbo | weight=0.046, noneg
=a =lahko | weight=0.046
=ki =nic | weight=0.045, noneg
=reklamacijo =sem | weight=0.045
=zavrnjena | weight=0.045
=da =tako | weight=0.045
=zadevo =pred | weight=0.045
=on =zadnja | weight=0.045
=pri =prvi | weight=0.044
=priti =do | weight=0.044
=njo =ni | weight=0.044, noneg
=za =stranka | weight=0.044
=nihce =niti | weight=0.044, noneg
=mislim =sem | weight=0.043
=se =naucim | weight=0.043
=mi =ni | weight=0.043, noneg
=me =ves | weight=0.043
=vodstva =ni | weight=0.043, noneg
=poklical | weight=0.042
=nemogoce =in | weight=0.042
=to =nemogoce | weight=0.042
=dejala =je | weight=0.042
=ne =komunicira | weight=0.041, noneg
=nobene | weight=0.041, noneg
=njo | weight=0.041
=govoriti | weight=0.041
=svetovalec =je | weight=0.041
=mi =rekli | weight=0.041
=prodajalec =rekli | weight=0.041
=bil =da | weight=0.040
=visje =ni | weight=0.040, noneg
=bom =poslal | weight=0.039
=shranil | weight=0.039
=me =ne | weight=0.039, noneg
=poslovni =partner | weight=0.039
=s =stavek | weight=0.039
=trgovini =nisem | weight=0.038, noneg
=vodja =so | weight=0.038
=naj =me | weight=0.038
=naucim =jezika | weight=0.038
=me =trikrat | weight=0.038
=njih =odlocitev | weight=0.037
=poslovni | weight=0.037
=ustavi | weight=0.037
=telefonu =ni | weight=0.037, noneg
=sem =govoriti | weight=0.036
=najprej =robot | weight=0.036
=robot =ki | weight=0.036
=pustili =na | weight=0.035
=mislim | weight=0.035
=ga =bom | weight=0.035
=pomagati | weight=0.035
=se =za | weight=0.035
=da =do | weight=0.034
=v =telefonu | weight=0.034
=obravnava | weight=0.034
=racun =ne | weight=0.033, noneg
=dan =v | weight=0.033
=prodajalka =mi | weight=0.033
=prosim =za | weight=0.033
=odloca =a | weight=0.033
=se =nihce | weight=0.033, noneg
=pri =njih | weight=0.032
=posnetek =klical | weight=0.032
=partner | weight=0.032
=telefonu =krical | weight=0.032
=prek =klepetu | weight=0.031
=to =prek | weight=0.031
=glasba =na | weight=0.031
=hocem | weight=0.031
=lahko =govoriti | weight=0.031
=pogledal | weight=0.031
=trgovini =mi | weight=0.031
=rekli | weight=0.030
=je =svetovalka | weight=0.030
=pa =me | weight=0.030
=v =podjetje | weight=0.030
=svetovalka | weight=0.030
