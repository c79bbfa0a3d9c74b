# no_escalation, sl: learned by scripts/learn.py from 2594 tuning texts (122 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Zahteval sem pogovor z načelnikom, pa so mi rekli, da se z načelnikom ne da govoriti in da je odločitev referentke dokončna.
+ Vodje ne moremo dobiti, so nam rekli.
+ Niso naju hoteli povezati z nadrejeno.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=nadrejenega | weight=0.655
=sefa | weight=0.573
=poslovodja | weight=0.424
=instanca | weight=0.392
=odgovoren | weight=0.372
=nadzornik | weight=0.356
=ni =hoteli | weight=0.355, noneg
=vodja | weight=0.344
=poklical =nisem | weight=0.333, noneg
=je =da | weight=0.321
=vodstva | weight=0.296
=odgovoren =osebo | weight=0.294
=visje | weight=0.277
=nikogar | weight=0.271, noneg
=ni =mogoce | weight=0.267, noneg
=poslovodja =se | weight=0.253
=do =vodstva | weight=0.250
=vodstva =ne | weight=0.250, noneg
=nadzornica | weight=0.249
=ne =sprejema | weight=0.244, noneg
=sem =hoteli | weight=0.237
=sem =prosim | weight=0.237
=vodja =ne | weight=0.236, noneg
=nisem =hoteli | weight=0.230, noneg
=direktorjem | weight=0.224
=vodja =sem | weight=0.218
=najvisja | weight=0.216
=ni =videl | weight=0.211, noneg
=izmene =nisem | weight=0.206, noneg
=nisem =smela | weight=0.206, noneg
=sefinje | weight=0.206
=sefinje =izmene | weight=0.206
=do =uprave | weight=0.205
=uprave | weight=0.205
=niste =hoteli | weight=0.204, noneg
=ne =morete | weight=0.202, noneg
=s =pooblastili | weight=0.201
=reklamacijo =nisem | weight=0.200, noneg
=z =nadrejenega | weight=0.196
=poslovodkinja | weight=0.193
=poslovodkinja =se | weight=0.193
=eskalacij | weight=0.191
=eskalirat | weight=0.191
=hoteli =eskalirat | weight=0.191
=on | weight=0.188
=odklonil | weight=0.183
=vodja =pa | weight=0.183
=hoteli | weight=0.183
=kontakt | weight=0.176
=sem =zahtevam | weight=0.174
=sefa =se | weight=0.172
=visje =ne | weight=0.170, noneg
=zasedena | weight=0.169
=je =ona | weight=0.169
=nobene =od | weight=0.169, noneg
=nisem =vodja | weight=0.164, noneg
=niti =poklical | weight=0.164
=sefice | weight=0.164
=da =drugi | weight=0.162
=drugi =instanca | weight=0.162
=instanca =ni | weight=0.162, noneg
=prosim =sem | weight=0.160
=njo =pa | weight=0.159
=da =visje | weight=0.159
=ne =pogovarja | weight=0.158, noneg
=ne =moral | weight=0.154, noneg
=se =ni | weight=0.153, noneg
=pritozbo | weight=0.153
=da =manager | weight=0.152
=manager | weight=0.152
=nadrejenega =ne | weight=0.151, noneg
=nekaj =visje | weight=0.151
=zahtevam =vodja | weight=0.151
=nadrejenega =ni | weight=0.150, noneg
=zahtevam =sem | weight=0.148
=najvisja =instanca | weight=0.148
=poslovodja =mi | weight=0.148
=ne =govoriti | weight=0.146, noneg
=je =zasedena | weight=0.146
=sefa =ne | weight=0.145, noneg
=niste | weight=0.143, noneg
=je =ocitno | weight=0.142
=dokoncna | weight=0.140
=pogovor =z | weight=0.138
=prosnjo | weight=0.137
=nisem | weight=0.136, noneg
=tako =ni | weight=0.131, noneg
=nadzornik =ni | weight=0.131, noneg
=odgovoren =ni | weight=0.131, noneg
=reku | weight=0.130
=ga =ni | weight=0.128, noneg
=ni =odgovoren | weight=0.128, noneg
=da =ni | weight=0.128, noneg
=osebo | weight=0.128
=vodja =se | weight=0.127
=ni =nikogar | weight=0.127, noneg
=prosim | weight=0.127
=sestanku | weight=0.124
=osebo =ni | weight=0.122, noneg
=preslisal | weight=0.122
=rekli =na | weight=0.122
=pritozbo =ne | weight=0.121, noneg
=zasmejal | weight=0.120
=ni =in | weight=0.120, noneg
=reklamacijo | weight=0.119
=da =pritozbo | weight=0.119
=on =najvisja | weight=0.119
=s =stranka | weight=0.118
=zahtevam | weight=0.117
=ne =sme | weight=0.117, noneg
=prosnjo =za | weight=0.116
=sefa =mi | weight=0.116
=nadrejenega =mi | weight=0.115
=odlocitev | weight=0.114
=je =on | weight=0.114
=nam =rekli | weight=0.114
=pa =so | weight=0.111
=nisem =nikoli | weight=0.111, noneg
=vodja =ni | weight=0.110, noneg
=odgovor =so | weight=0.110
=se =s | weight=0.110
=je =zabrusil | weight=0.109
=odgovor =da | weight=0.109
=mi =ne | weight=0.108, noneg
=rekli =prodajalka | weight=0.107
=mi =vrne | weight=0.106
=z =odgovoren | weight=0.106
=da =zadevo | weight=0.105
=nad | weight=0.104
=govoriti =z | weight=0.104
=za =tako | weight=0.103
=pooblastili | weight=0.102
=bosanka | weight=0.102
=bosanka =so | weight=0.102
=sem =bosanka | weight=0.102
=z =nekaj | weight=0.102
=a =nihce | weight=0.102, noneg
=pomagati =a | weight=0.102
=listek | weight=0.102
=za =pogovor | weight=0.100
=je =zasmejal | weight=0.100
=je =odklonil | weight=0.099
=jezika =in | weight=0.099
=sem =vodja | weight=0.098
=so =z | weight=0.098
=drzal =pri | weight=0.098
=kdo =s | weight=0.098
=mi =nisem | weight=0.097, noneg
=kot =gluha | weight=0.097
=niti | weight=0.096
=ki =lahko | weight=0.095
=da =poslovodja | weight=0.095
=stranka =ne | weight=0.095, noneg
=odpravili | weight=0.095
=je =odlocitev | weight=0.093
=ni =me | weight=0.093, noneg
=sem =trikrat | weight=0.093
=nisem =dali | weight=0.092, noneg
=biti | weight=0.092
=rekli =je | weight=0.092
=hoteli =govoriti | weight=0.091
=da =ga | weight=0.090
=visje =od | weight=0.089
=drzal | weight=0.088
=on =pa | weight=0.088
=vse =gre | weight=0.088
=lahko =odloca | weight=0.087
=na =okencu | weight=0.085
=osebo =se | weight=0.085
=nad =njo | weight=0.085
=ona | weight=0.084
=ni =ga | weight=0.083, noneg
=sva | weight=0.082
=mi =rekli | weight=0.082
=nic =pa | weight=0.082, noneg
=pa =tudi | weight=0.082
=sefice =mi | weight=0.082
=tudi =sefice | weight=0.082
=zadnja =instanca | weight=0.081
=odlocitev =dokoncna | weight=0.081
=zabrusil | weight=0.081
=usluzbenec =pravi | weight=0.081
=z =besede | weight=0.080
=ampak =pravi | weight=0.080
=da =eskalacij | weight=0.080
=eskalacij =ne | weight=0.080, noneg
=ni =na | weight=0.079, noneg
=in =nisem | weight=0.079, noneg
=besede =da | weight=0.078
=odpravili =z | weight=0.077
=usluzbenec =je | weight=0.077
=sem =naj | weight=0.077
=ponovil | weight=0.076
=moja =zahtevam | weight=0.076
=obravnava =odgovoren | weight=0.076
=zadevo =obravnava | weight=0.076
=sem =nadrejenega | weight=0.075
=o =vsem | weight=0.075
=cez | weight=0.074
=na =glavo | weight=0.074
=odloca =samo | weight=0.074
=referentka | weight=0.074
=a | weight=0.074
=dedka =so | weight=0.073
=nadrejenega =odgovor | weight=0.073
=na =malici | weight=0.073
=nadrejenega =ta | weight=0.073
=odobri =samo | weight=0.073
=samo =nadrejenega | weight=0.073
=sva =da | weight=0.073
=ves =dan | weight=0.072
=govoriti =o | weight=0.072
=cetudi | weight=0.071
=na =sestanku | weight=0.071
=bo =nadzornik | weight=0.071
=vodja =trgovini | weight=0.071
=nad =njim | weight=0.071
=njim =ni | weight=0.071, noneg
=nimam =cas | weight=0.071
=njem | weight=0.071
=postavil =na | weight=0.070
=pa =ne | weight=0.070, noneg
=ne =vracilo | weight=0.070, noneg
=da =tako | weight=0.069
=ta =pa | weight=0.069
=da =nad | weight=0.068
=dedka | weight=0.067
=se =ne | weight=0.067, noneg
=koga | weight=0.067
=ne =bo | weight=0.067, noneg
=pooblastili =pa | weight=0.067
=vodja =nimam | weight=0.066
=sefa =pa | weight=0.066
=sem =za | weight=0.066
=odobri | weight=0.066
=ona =zadnja | weight=0.065
=glavo | weight=0.065
=za =nekoga | weight=0.064
=je =ni | weight=0.064, noneg
=so =nam | weight=0.064
=ne =smejal | weight=0.063, noneg
=na =prosnjo | weight=0.063
=ne =dati | weight=0.063, noneg
=so =moja | weight=0.063
=nekoga | weight=0.063
=nje =ne | weight=0.062, noneg
=od =nje | weight=0.062
=zasmejal =in | weight=0.062
=ni =dosegljiv | weight=0.062, noneg
=cas =za | weight=0.062
=sporocilo =da | weight=0.061
=njo | weight=0.061
=malici | weight=0.061
=trikrat =vprasal | weight=0.061
=nihce =mi | weight=0.061, noneg
=direktorjem =pa | weight=0.059
=lahko =dobil | weight=0.059
=niti =njen | weight=0.059
=njen =nadrejenega | weight=0.059
=odloca =pa | weight=0.059
=ceprav =sva | weight=0.058
=izmene | weight=0.058
=nisem =dosegljiv | weight=0.058, noneg
=cas =me | weight=0.057
=operaterka =mi | weight=0.057
=reklamacijo =sem | weight=0.057
=nekoga =ki | weight=0.056
=mislim | weight=0.056
=tudi =ne | weight=0.056, noneg
=ga =lahko | weight=0.056
=visje =pa | weight=0.055
=nje | weight=0.055
=lahko =sploh | weight=0.054
=ga =ne | weight=0.054, noneg
=obravnava | weight=0.054
=prodajalec =samo | weight=0.053
=so =na | weight=0.053
=ki =nic | weight=0.053, noneg
=svetovalec | weight=0.053
=so =rekli | weight=0.053
=zadevo =pogledal | weight=0.053
=se =nisem | weight=0.053, noneg
=ne =ukvarja | weight=0.053, noneg
=se =naucim | weight=0.053
=z =vodja | weight=0.053
=odloca | weight=0.052
=v =pisarni | weight=0.052
=usluzbenec | weight=0.051
=da =direktorjem | weight=0.051
=ga =dan | weight=0.050
=za =vodja | weight=0.050
=osebo =na | weight=0.050
=taksna =osebo | weight=0.050
=pisarni | weight=0.050
=poslovni =partner | weight=0.050
=sedel =v | weight=0.050
=naj =zadevo | weight=0.049
=mano | weight=0.049, noneg
=da =vodja | weight=0.049
=vodstva =ni | weight=0.048, noneg
=nismo =mogla | weight=0.048, noneg
=nadrejenega =so | weight=0.048
=se =za | weight=0.048
=me =ne | weight=0.047, noneg
=da =taksna | weight=0.047
=poslovni | weight=0.047
=bi =ga | weight=0.047
=do | weight=0.046
=vodja =izpostave | weight=0.046
=a =lahko | weight=0.046
=ne =komunicira | weight=0.046, noneg
=vse =se | weight=0.046
=s =stavek | weight=0.045
=za =stranka | weight=0.045
=da =do | weight=0.045
=se =z | weight=0.045
=ni | weight=0.045, noneg
=trgovini =nisem | weight=0.045, noneg
=partner | weight=0.044
=pri =prvi | weight=0.044
=pa =ste | weight=0.043
=se =nihce | weight=0.043, noneg
=izpostave | weight=0.043
=mislim =sem | weight=0.042
=naucim =jezika | weight=0.042
=stranka =so | weight=0.042
=nobene | weight=0.041, noneg
=napisem | weight=0.041
=vec =pooblastili | weight=0.041
=dejala =je | weight=0.041
=me =prevezali | weight=0.041
=ce =me | weight=0.040, noneg
=je =rekli | weight=0.040
=me =trikrat | weight=0.040
=bi =pricakoval | weight=0.040
=nihce =niti | weight=0.040, noneg
=ustavi | weight=0.039
=bil =da | weight=0.039
=a =je | weight=0.039
=zavrnjena | weight=0.039
=ni =pritozbo | weight=0.039, noneg
=ni =poklical | weight=0.039, noneg
=sem =ce | weight=0.039, noneg
=tako =stvar | weight=0.039
=me =ves | weight=0.038
=moral =nihce | weight=0.038, noneg
=naj =me | weight=0.038
=glasbo =na | weight=0.038
=za =nadrejenega | weight=0.038
=racun =ne | weight=0.038, noneg
=njo =ni | weight=0.038, noneg
=priti =do | weight=0.037
=prek =klepetu | weight=0.037
=to =prek | weight=0.037
=telefonu =ni | weight=0.037, noneg
=prosim =za | weight=0.037
=odloca =a | weight=0.037
=svetovalec =je | weight=0.036
=sem =govoriti | weight=0.036
=zadevo =pred | weight=0.036
=da =nadrejenega | weight=0.035
=z =vec | weight=0.035
=visje =ni | weight=0.034, noneg
=pustili =na | weight=0.034
=nadrejenega =pa | weight=0.034
=sedel | weight=0.034
=ne =gre | weight=0.034, noneg
=ni =razume | weight=0.034, noneg
=naucim | weight=0.034
=bom =poslali | weight=0.033
=shranil | weight=0.033
=vodja =so | weight=0.033
=povedati =so | weight=0.033
=gre | weight=0.033
=priimek | weight=0.033
=po =internet | weight=0.032
=po =telefonu | weight=0.032
=svetovalka | weight=0.032
=dan =v | weight=0.032
=on =zadnja | weight=0.032
=pri =njih | weight=0.032
=klepetu =ni | weight=0.032, noneg
=prodajalka =mi | weight=0.032
=nisem =pustili | weight=0.032, noneg
=v =podjetje | weight=0.031
=dan =ni | weight=0.031, noneg
=najprej =robot | weight=0.031
=robot =ki | weight=0.031
=telefonu =krical | weight=0.031
=nadzornik =izmene | weight=0.031
=v =telefonu | weight=0.031
=prodajalec =rekli | weight=0.031
=hocem | weight=0.031
=gluha | weight=0.030
=mi =ni | weight=0.030, noneg
=zavrnili =so | weight=0.030
