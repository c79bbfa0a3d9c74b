# ivr_maze, sl: learned by scripts/learn.py from 2816 tuning texts (93 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Spet so me klicali roboti.
+ pol ure sva se kregala z robotom
+ vsak dan nas klicejo posneta sporocila
- Ovadili vas bomo.
- nihce mi ni odpisal
=robot | weight=0.440
=asistent | weight=0.399
=posneta | weight=0.371
=ne =razumem | weight=0.359, noneg
=glasovni | weight=0.350
=zivega | weight=0.322
=avtomat | weight=0.304
=klical =me | weight=0.291
=bot | weight=0.275
=pritisni | weight=0.272
=cloveka | weight=0.265
=odklopil | weight=0.265
=robotski | weight=0.256
=glas | weight=0.250
=meni | weight=0.249
=ne =pride | weight=0.248, noneg
=odgovor =nisem | weight=0.231, noneg
=govoriti =je | weight=0.231
=robotski =klical | weight=0.227
=in =spet | weight=0.221
=vedno =znova | weight=0.218
=cloveka =se | weight=0.216
=ni =razumem | weight=0.211, noneg
=avtomatiziranih | weight=0.204
=avtomatiziranih =klical | weight=0.204
=cloveka =pa | weight=0.203
=nisem =prepozno | weight=0.198, noneg
=do =cloveka | weight=0.193
=z =rekli | weight=0.192
=izbiri | weight=0.188
=klical =posneta | weight=0.187
=vsak =dan | weight=0.186
=avtomatski | weight=0.185
=na =zacetka | weight=0.183
=me =klical | weight=0.183
=zna | weight=0.182
=chatbot | weight=0.181
=je =trikrat | weight=0.175
=in =ni | weight=0.175, noneg
=posneta =sporocilo | weight=0.172
=spet =ne | weight=0.169, noneg
=govorni | weight=0.166
=glavni =meni | weight=0.164
=moznosti | weight=0.163
=nemogoce | weight=0.162
=spet | weight=0.162
=in =potem | weight=0.159
=meni =me | weight=0.157
=glavni | weight=0.157
=sistem =me | weight=0.156
=kregala =z | weight=0.155
=se =kregala | weight=0.155
=z =robot | weight=0.155
=ponuja | weight=0.154
=vas =odgovor | weight=0.152
=kregala | weight=0.146
=izbrise | weight=0.145
=me =ni | weight=0.144, noneg
=tipko | weight=0.143
=stroj =je | weight=0.142
=spet =me | weight=0.142
=je =petkrat | weight=0.142
=posnetek | weight=0.140
=klical =s | weight=0.140
=z =operater | weight=0.137
=na =pogosta | weight=0.136
=z =zivega | weight=0.135
=infoliniji | weight=0.133
=na =infoliniji | weight=0.133
=je =racunalniski | weight=0.131
=naj =gre | weight=0.131
=racunalniski =glas | weight=0.131
=spet =na | weight=0.130
=pa =ni | weight=0.128, noneg
=racunalniski | weight=0.127
=isto =sporocilo | weight=0.126
=dan =me | weight=0.125
=klical =robot | weight=0.125
=ponovil =isto | weight=0.125
=in =ne | weight=0.121, noneg
=operater =pa | weight=0.121
=znova =vas | weight=0.119
=asistent =ne | weight=0.119, noneg
=govorni =asistent | weight=0.119
=je =nemogoce | weight=0.119
=strani =zna | weight=0.115
=ni =in | weight=0.115, noneg
=zna =samo | weight=0.115
=operater | weight=0.115
=samo =posnetek | weight=0.114
=ki =jih | weight=0.113
=isto =tri | weight=0.113
=cloveka =govoriti | weight=0.112
=vas =nemogoce | weight=0.112
=tri =vprasanje | weight=0.112
=sistem | weight=0.111
=gre =na | weight=0.111
=nato =tri | weight=0.110
=tri =in | weight=0.110
=bravo | weight=0.109
=ni =hoteli | weight=0.108, noneg
=gospa =z | weight=0.107
=posneta =gospa | weight=0.107
=poskusili =znova | weight=0.107
=odgovor =samo | weight=0.107
=me =vedno | weight=0.107
=vrtel | weight=0.106
=je =poklical | weight=0.106
=samo =na | weight=0.106
=osebo | weight=0.106
=je =sistem | weight=0.105
=izrecno | weight=0.105
=gumb | weight=0.105
=zivega =osebo | weight=0.105
=poslal =link | weight=0.104
=po =meni | weight=0.104
=samo =posiljam | weight=0.103
=je =samo | weight=0.103
=osebo =pa | weight=0.102
=robot =na | weight=0.101
=zmede | weight=0.100
=na =tri | weight=0.100
=link | weight=0.100
=virtualni | weight=0.100
=vse =ostaja | weight=0.098
=telefonski =meni | weight=0.097
=glas =rekli | weight=0.097
=klical =ni | weight=0.097, noneg
=posiljam =na | weight=0.095
=samo =ponavljal | weight=0.094
=cloveka =ni | weight=0.094, noneg
=masina =cloveka | weight=0.094
=sprasujem =masina | weight=0.094
=klical | weight=0.094
=chatbot =zna | weight=0.093
=zacetka =meni | weight=0.093
=naj =je | weight=0.093
=prekinil | weight=0.092
=samo =poslal | weight=0.092
=masina | weight=0.092
=je =dvakrat | weight=0.091
=kdo =je | weight=0.091
=v =slusalko | weight=0.090
=vrne =na | weight=0.090
=je =pri | weight=0.090
=s =posneta | weight=0.090
=nisva =mogla | weight=0.090, noneg
=ponuja =samo | weight=0.089
=vas =avtomatski | weight=0.089
=sva =se | weight=0.089
=spet =so | weight=0.088
=nisva | weight=0.088, noneg
=dvakrat =rekli | weight=0.087
=na =spletu | weight=0.087
=moznosti =govoriti | weight=0.087
=z =agent | weight=0.087
=bot =mi | weight=0.087
=ponovil | weight=0.086
=odzivnik | weight=0.086
=chatbot =samo | weight=0.085
=sprasujem | weight=0.085
=me =ne | weight=0.085, noneg
=ni =od | weight=0.085, noneg
=me =je | weight=0.084
=vam =lahko | weight=0.083
=poskusili | weight=0.083
=do =operater | weight=0.083
=nisem =prisel | weight=0.083, noneg
=za =zivega | weight=0.082
=pomocnik | weight=0.082
=virtualni =pomocnik | weight=0.082
=ki =ne | weight=0.082, noneg
=vas =elektriko | weight=0.081
=tri =moznosti | weight=0.081
=pa =samo | weight=0.081
=znova =vrne | weight=0.081
=samo =sprasujem | weight=0.081
=mi =ponuja | weight=0.081
=avtomat =me | weight=0.081
=petkrat | weight=0.081
=osebo =ni | weight=0.081, noneg
=te | weight=0.080
=robot =me | weight=0.080
=prehitro | weight=0.079
=ne =da | weight=0.078, noneg
=ne =pustili | weight=0.078, noneg
=izbiri =jezika | weight=0.077
=na =izbiri | weight=0.077
=sem =prej | weight=0.077
=sem =se | weight=0.077
=ob =sedmih | weight=0.076
=nato | weight=0.075
=se =koncu | weight=0.074
=avtomatski =sistem | weight=0.074
=tipko =in | weight=0.074
=vas =strani | weight=0.073
=ponovi | weight=0.073
=ki =me | weight=0.073
=klical =z | weight=0.072
=pet =ta | weight=0.072
=rekli =ze | weight=0.072
=je =tam | weight=0.072
=sem =v | weight=0.072
=jutri | weight=0.071
=ze =ob | weight=0.070
=nikoli =ne | weight=0.070, noneg
=na =glavni | weight=0.070
=in =zahtevam | weight=0.070
=vracilo =na | weight=0.069
=pa =nikjer | weight=0.069, noneg
=ze =pet | weight=0.069
=odlozil | weight=0.069
=nikjer | weight=0.068, noneg
=sem =rekli | weight=0.068
=meni =v | weight=0.068
=na =avtomatski | weight=0.066
=bi =dobil | weight=0.066
=nisem =naslov | weight=0.066, noneg
=chatbot =pa | weight=0.065
=je =avtomatski | weight=0.065
=sistem =pa | weight=0.065
=uporabnikom | weight=0.065
=ponudili =isto | weight=0.065
=dne | weight=0.065
=chatu =sem | weight=0.064
=znova | weight=0.064
=ne =omogoca | weight=0.064, noneg
=me =prestavili | weight=0.064
=teden =liniji | weight=0.064
=ves =teden | weight=0.064
=lahko =pomagal | weight=0.063
=glasbo =na | weight=0.063
=v =zivega | weight=0.063
=ze =ves | weight=0.062
=agent =pa | weight=0.062
=ure =sem | weight=0.062
=jih =zahtevam | weight=0.062
=pravi =osebo | weight=0.062
=na =stevilko | weight=0.062
=babica =je | weight=0.061
=nikogar | weight=0.061, noneg
=tri =odgovor | weight=0.061
=slabo =slisal | weight=0.061
=mamo =je | weight=0.060
=prekinil =ker | weight=0.060
=zahtevam =vas | weight=0.060
=pritozuje | weight=0.059
=se =koncno | weight=0.059
=ni =nobene | weight=0.059, noneg
=v =chatu | weight=0.059
=rekli =za | weight=0.059
=ni =mogoce | weight=0.058, noneg
=dobil =pravi | weight=0.058
=ta =teden | weight=0.058
=sporocilo | weight=0.058
=odzivnik =me | weight=0.058
=spraseval | weight=0.058
=mi =ne | weight=0.057, noneg
=glas =ki | weight=0.057
=mogoce =sem | weight=0.057
=za =studente | weight=0.057
=naj =bi | weight=0.057
=potem =prekinil | weight=0.056
=spletu | weight=0.056
=pritisni =dva | weight=0.056
=s =cloveka | weight=0.056
=klepetalni | weight=0.055
=klepetalni =robot | weight=0.055
=stevilko =za | weight=0.055
=samo | weight=0.055
=posneta =glas | weight=0.055
=zacetka | weight=0.055
=sploh =kdo | weight=0.054
=je =star | weight=0.054
=spraseval =isto | weight=0.054
=jebemti =ze | weight=0.054
=do =zivega | weight=0.053
=prestavili =na | weight=0.053
=prej | weight=0.053
=tretji =teden | weight=0.053
=posiljam | weight=0.053
=jaz =kriv | weight=0.052
=krogu =do | weight=0.052
=ne =obstaja | weight=0.052, noneg
=jezika | weight=0.052
=ti =nekaj | weight=0.052
=dela =na | weight=0.052
=na =tem | weight=0.052
=devetko =pa | weight=0.051
=sem =devetko | weight=0.051
=jebemti | weight=0.051
=in =si | weight=0.050
=z =osebo | weight=0.050
=odgovor =z | weight=0.050
=pogovor =z | weight=0.050
=avtomatski =odzivnik | weight=0.050
=oce | weight=0.049
=studente | weight=0.049
=da =te | weight=0.049
=slabovidna | weight=0.049
=poslal =povezavo | weight=0.049
=brez =internet | weight=0.049, noneg
=stroj | weight=0.049
=je =katastrofa | weight=0.049
=nagluhi | weight=0.049
=operater =mi | weight=0.049
=koncno =oglasil | weight=0.048
=zavarovalnica | weight=0.048
=prestavili | weight=0.047
=krical | weight=0.047
=vprasanje =je | weight=0.047
=govorni =avtomat | weight=0.046
=ponudili | weight=0.046
=sedmih =zjutraj | weight=0.046
=prej =sem | weight=0.045
=devetko | weight=0.045
=sedmih | weight=0.045
=katastrofa | weight=0.045
=kdo | weight=0.045
=moznosti =za | weight=0.044
=pozdrav | weight=0.044
=vec | weight=0.043
=dan =mi | weight=0.043
=me | weight=0.043
=v =glavni | weight=0.043
=gumb =shrani | weight=0.043
=shrani | weight=0.043
=je =odgovor | weight=0.043
=druzba | weight=0.043
=pogodbe =in | weight=0.042
=slusalko | weight=0.042
=koncno | weight=0.042
=babica | weight=0.042
=klical =a | weight=0.042
=nisem =razumem | weight=0.042, noneg
=najprej =robot | weight=0.042
=robot =ki | weight=0.042
=klical =zavarovalnica | weight=0.041
=kaj =recem | weight=0.041
=se =ne | weight=0.041, noneg
=pritisni =sem | weight=0.041
=do =drugi | weight=0.040
=kam | weight=0.040
=zaslon | weight=0.039
=ene | weight=0.039
=elektrarne | weight=0.039
=soncne | weight=0.039
=soncne =elektrarne | weight=0.039
=samo =ste | weight=0.039
=moral =nihce | weight=0.039, noneg
=zvonilo | weight=0.039
=cisto =na | weight=0.038
=kam =naj | weight=0.038
=koncu =z | weight=0.038
=pa =gospa | weight=0.038
=trikrat =ni | weight=0.038, noneg
=z =zivce | weight=0.038
=pa =nobene | weight=0.038, noneg
=ponavljal =isto | weight=0.037
=imam =pri | weight=0.037
=oglasi | weight=0.037
=isto =odgovor | weight=0.037
=prijavil =ne | weight=0.037, noneg
=samodejni =odzivnik | weight=0.036
=voljo =je | weight=0.036
=koncno =pride | weight=0.036
=pa =koncno | weight=0.036
=zivega =cloveka | weight=0.036
=telefonski | weight=0.036
=nov =aplikacija | weight=0.035
=meni =operater | weight=0.035
=meni =vedno | weight=0.035
=pove =da | weight=0.035
=je =normalno | weight=0.035
=za =pogovor | weight=0.035
=posiljam =nazaj | weight=0.035
=imena | weight=0.035
=racun =ne | weight=0.035, noneg
=teden =brez | weight=0.035, noneg
=en =robot | weight=0.034
=klical =en | weight=0.034
=prodaja =vas | weight=0.034
=robot =in | weight=0.034
=gre | weight=0.034
=vprasanje =odgovor | weight=0.034
=ambulanto =klical | weight=0.034
=na =ambulanto | weight=0.034
=zasedena =ko | weight=0.034
=je =vrtel | weight=0.033
=vedno =isto | weight=0.033
=aplikacija =je | weight=0.033
=mi =prodaja | weight=0.033
=na =voljo | weight=0.033
=vrtel =v | weight=0.033
=nadrejenega =ne | weight=0.033, noneg
=na =klepetu | weight=0.032
=ni =prispel | weight=0.032, noneg
=ostaja | weight=0.032
=sem =jaz | weight=0.032
=cloveka =nisem | weight=0.032, noneg
