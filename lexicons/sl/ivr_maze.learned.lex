# ivr_maze, sl: learned by scripts/learn.py from 2594 tuning texts (91 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Spet so me klicali roboti.
+ pol ure sva se kregala z robotom
+ vsak dan nas klicejo posneta sporocila
- Ovadili vas bomo.
- Tole bo šlo viralno.
=robot | weight=0.445
=asistent | weight=0.395
=posneta | weight=0.369
=ne =razume | weight=0.366, noneg
=glasovni | weight=0.350
=zivega | weight=0.332
=avtomat | weight=0.315
=klical =me | weight=0.283
=pritisni | weight=0.275
=bot | weight=0.274
=cloveka | weight=0.271
=odklopil | weight=0.267
=glas | weight=0.257
=robotski | weight=0.255
=meni | weight=0.251
=ne =pride | weight=0.250, noneg
=odgovor =nisem | weight=0.237, noneg
=cloveka =se | weight=0.232
=in =spet | weight=0.228
=govoriti =je | weight=0.227
=cloveka =pa | weight=0.225
=robotski =klical | weight=0.223
=ni =razume | weight=0.220, noneg
=vedno =znova | weight=0.216
=nisem =prepozno | weight=0.211, noneg
=avtomatiziranih | weight=0.208
=avtomatiziranih =klical | weight=0.208
=chatbot | weight=0.190
=je =trikrat | weight=0.188
=do =cloveka | weight=0.185
=na =zacetka | weight=0.184
=in =ni | weight=0.183, noneg
=z =rekli | weight=0.182
=klical =posneta | weight=0.182
=vsak =dan | weight=0.181
=me =klical | weight=0.181
=govorni | weight=0.180
=izbiri | weight=0.178
=zna | weight=0.175
=glavni =meni | weight=0.175
=posneta =sporocilo | weight=0.174
=avtomatski | weight=0.174
=nemogoce | weight=0.173
=spet =ne | weight=0.169, noneg
=kregala =z | weight=0.167
=se =kregala | weight=0.167
=z =robot | weight=0.167
=meni =me | weight=0.166
=glavni | weight=0.166
=spet | weight=0.163
=vas =odgovor | weight=0.161
=moznosti | weight=0.161
=kregala | weight=0.157
=ponuja | weight=0.155
=sistem =me | weight=0.155
=in =potem | weight=0.154
=stroj =je | weight=0.150
=spet =me | weight=0.149
=tipko | weight=0.147
=izbrise | weight=0.145
=me =ni | weight=0.142, noneg
=je =petkrat | weight=0.137
=operater | weight=0.137
=posnetek | weight=0.135
=ponovil =isto | weight=0.135
=je =racunalniski | weight=0.135
=naj =gre | weight=0.135
=racunalniski =glas | weight=0.135
=klical =s | weight=0.134
=klical =robot | weight=0.133
=isto =sporocilo | weight=0.133
=z =operater | weight=0.131
=pa =ni | weight=0.129, noneg
=racunalniski | weight=0.128
=in =ne | weight=0.127, noneg
=spet =na | weight=0.127
=na =pogosta | weight=0.127
=infoliniji | weight=0.127
=na =infoliniji | weight=0.127
=dan =me | weight=0.125
=ni =in | weight=0.124, noneg
=operater =pa | weight=0.124
=samo =posnetek | weight=0.123
=ki =jih | weight=0.121
=z =zivega | weight=0.119
=je =poklical | weight=0.119
=je =nemogoce | weight=0.118
=poslali =link | weight=0.118
=znova =vas | weight=0.116
=strani =zna | weight=0.115
=zna =samo | weight=0.113
=nato =tri | weight=0.113
=tri =in | weight=0.113
=osebo | weight=0.113
=asistent =ne | weight=0.112, noneg
=govorni =asistent | weight=0.112
=sistem | weight=0.111
=link | weight=0.111
=tri =vprasanje | weight=0.110
=gumb | weight=0.110
=klical | weight=0.110
=cloveka =govoriti | weight=0.109
=vas =nemogoce | weight=0.109
=gre =na | weight=0.109
=bravo | weight=0.109
=po =meni | weight=0.108
=osebo =pa | weight=0.108
=vrtel | weight=0.108
=je =sistem | weight=0.108
=vrne =na | weight=0.107
=ni =hoteli | weight=0.105, noneg
=odgovor =samo | weight=0.105
=virtualni | weight=0.104
=osebo =ni | weight=0.103, noneg
=me =vedno | weight=0.102
=samo =na | weight=0.102
=izrecno | weight=0.102
=gospa =z | weight=0.102
=posneta =gospa | weight=0.102
=zmede | weight=0.101
=robot =na | weight=0.101
=je =pri | weight=0.100
=je =samo | weight=0.100
=vas =avtomatski | weight=0.099
=zivega =osebo | weight=0.098
=samo =ponavljal | weight=0.098
=cloveka =ni | weight=0.098, noneg
=masina =cloveka | weight=0.098
=sprasuje =masina | weight=0.098
=glas =rekli | weight=0.097
=sprasuje | weight=0.097
=poskusite =znova | weight=0.097
=telefonski =meni | weight=0.097
=s =posneta | weight=0.097
=me =je | weight=0.096
=na =tri | weight=0.095
=vse =ostaja | weight=0.095
=ponuja =samo | weight=0.095
=kdo =je | weight=0.094
=klical =ni | weight=0.094, noneg
=isto =tri | weight=0.094
=avtomat =me | weight=0.093
=masina | weight=0.093
=samo =sprasuje | weight=0.091
=vam =lahko | weight=0.091
=v =slusalko | weight=0.090
=bot =mi | weight=0.090
=na =avtomatski | weight=0.090
=spet =so | weight=0.089
=ni =od | weight=0.089, noneg
=samo =poslali | weight=0.089
=do =operater | weight=0.088
=samo =posiljam | weight=0.088
=me =ne | weight=0.088, noneg
=izbiri =jezika | weight=0.087
=na =izbiri | weight=0.087
=je =dvakrat | weight=0.086
=tri =moznosti | weight=0.086
=nisem =prisel | weight=0.085, noneg
=ponovil | weight=0.085
=chatbot =zna | weight=0.085
=dvakrat =rekli | weight=0.084
=chatbot =samo | weight=0.084
=nisva =mogla | weight=0.084, noneg
=zacetka =meni | weight=0.084
=te | weight=0.083
=moznosti =govoriti | weight=0.083
=z =agent | weight=0.083
=posiljam =na | weight=0.082
=petkrat | weight=0.082
=na =spletu | weight=0.082
=nato | weight=0.082
=ki =ne | weight=0.082, noneg
=nisva | weight=0.082, noneg
=robot =me | weight=0.081
=pomocnik | weight=0.081
=virtualni =pomocnik | weight=0.081
=pa =samo | weight=0.081
=znova =vrne | weight=0.081
=avtomatski =sistem | weight=0.081
=tipko =in | weight=0.081
=odzivnik | weight=0.081
=mi =ponuja | weight=0.080
=za =zivega | weight=0.079
=naj =je | weight=0.079
=vas =elektriko | weight=0.079
=ob =sedmih | weight=0.078
=ze =pet | weight=0.076
=poskusite | weight=0.075
=sem =prej | weight=0.075
=prehitro | weight=0.074
=sem =v | weight=0.074
=nikjer | weight=0.074, noneg
=jutri | weight=0.074
=glasbo =na | weight=0.073
=ne =da | weight=0.073, noneg
=chatbot =pa | weight=0.073
=ponovi | weight=0.073
=vas =strani | weight=0.073
=sem =rekli | weight=0.072
=nisem =naslov | weight=0.071, noneg
=ne =pustili | weight=0.071, noneg
=klical =z | weight=0.071
=pet =ta | weight=0.071
=rekli =ze | weight=0.071
=ze =ob | weight=0.070
=se =koncu | weight=0.069
=meni =v | weight=0.069
=odlozil | weight=0.069
=je =tam | weight=0.069
=sistem =pa | weight=0.069
=vracilo =na | weight=0.069
=mogoce =sem | weight=0.068
=babica =je | weight=0.067
=bi =dobil | weight=0.067
=potem =prekinil | weight=0.066
=in =zahtevam | weight=0.066
=dne | weight=0.066
=prekinil =ker | weight=0.065
=sem =se | weight=0.065
=me =prestavili | weight=0.065
=teden =liniji | weight=0.065
=ves =teden | weight=0.065
=zahtevam =vas | weight=0.064
=ki =me | weight=0.064
=v =zivega | weight=0.064
=v =chatu | weight=0.064
=dobil =pravi | weight=0.064
=ne =omogoca | weight=0.064, noneg
=nikoli =ne | weight=0.063, noneg
=je =avtomatski | weight=0.063
=uporabnikom | weight=0.063
=na =glavni | weight=0.062
=chatu =sem | weight=0.062
=ure =sem | weight=0.062
=ze =ves | weight=0.062
=lahko =pomagati | weight=0.062
=pa =nikjer | weight=0.061, noneg
=jih =zahtevam | weight=0.061
=slabo =slisal | weight=0.061
=na =stevilko | weight=0.060
=nagluhi | weight=0.060
=agent =pa | weight=0.060
=ni =nobene | weight=0.060, noneg
=se =koncno | weight=0.060
=jaz =kriv | weight=0.059
=posiljam | weight=0.059
=ne =obstaja | weight=0.059, noneg
=sporocilo | weight=0.058
=za =studente | weight=0.058
=spraseval | weight=0.058
=operater =mi | weight=0.058
=mama =je | weight=0.057
=me | weight=0.057
=pritozuje | weight=0.057
=tretji =teden | weight=0.057
=prekinil | weight=0.057
=rekli =za | weight=0.057
=zacetka | weight=0.057
=s =cloveka | weight=0.056
=stevilko =za | weight=0.056
=ta =teden | weight=0.055
=jebemti =ze | weight=0.055
=dela =na | weight=0.055
=na =tem | weight=0.055
=znova | weight=0.055
=ponudili =isto | weight=0.055
=gumb =shrani | weight=0.054
=shrani | weight=0.054
=ni =mogoce | weight=0.054, noneg
=zavarovalnica | weight=0.054
=v =glavni | weight=0.054
=jebemti | weight=0.053
=odzivnik =me | weight=0.053
=vprasanje =je | weight=0.053
=je =odgovor | weight=0.053
=govorni =avtomat | weight=0.053
=nikogar | weight=0.052, noneg
=glas =ki | weight=0.052
=prestavili =na | weight=0.052
=da =te | weight=0.051
=pritisni =dva | weight=0.051
=koncno =oglasil | weight=0.051
=studente | weight=0.050
=oce | weight=0.050
=sploh =kdo | weight=0.050
=moznosti =za | weight=0.050
=spletu | weight=0.050
=je =katastrofa | weight=0.050
=katastrofa | weight=0.050
=klical =zavarovalnica | weight=0.050
=je =star | weight=0.049
=prej =sem | weight=0.049
=slabovidna | weight=0.049
=poslali =povezavo | weight=0.049
=posneta =glas | weight=0.049
=pozdrav | weight=0.048
=kdo | weight=0.048
=prestavili | weight=0.048
=pa =nobene | weight=0.047, noneg
=spraseval =isto | weight=0.047
=krical | weight=0.047
=samo | weight=0.047
=avtomatski =odzivnik | weight=0.046
=pogodbe =in | weight=0.046
=naj =bi | weight=0.046
=pogovor =z | weight=0.046
=in =si | weight=0.046
=do =zivega | weight=0.045
=dan =mi | weight=0.045
=devetko =pa | weight=0.045
=sem =devetko | weight=0.045
=zivega =cloveka | weight=0.045
=jezika | weight=0.044
=ponudili | weight=0.044
=krogu =do | weight=0.044
=druzba | weight=0.044
=kam | weight=0.044
=mi =ne | weight=0.043, noneg
=kaj =recem | weight=0.043
=samo =ste | weight=0.043
=sedmih =zjutraj | weight=0.043
=moral =nihce | weight=0.043, noneg
=ene | weight=0.042
=stroj | weight=0.042
=pove =da | weight=0.042
=vedno =isto | weight=0.042
=vec | weight=0.042
=teden =brez | weight=0.042, noneg
=prej | weight=0.042
=za =pogovor | weight=0.041
=meni =operater | weight=0.041
=babica | weight=0.041
=z =osebo | weight=0.040
=koncno =pride | weight=0.040
=pa =koncno | weight=0.040
=brati | weight=0.040
=devetko | weight=0.040
=imam =pri | weight=0.040
=prijavil =ne | weight=0.040, noneg
=sedmih | weight=0.040
=meni =vedno | weight=0.040
=klical =a | weight=0.039
=do =drugi | weight=0.039
=ni =prispel | weight=0.039, noneg
=najprej =robot | weight=0.039
=robot =ki | weight=0.039
=za =stevilko | weight=0.039
=ostaja | weight=0.039
=zvonilo | weight=0.038
=odgovor =z | weight=0.038
=je =normalno | weight=0.038
=cisto =na | weight=0.038
=kam =naj | weight=0.038
=koncu =z | weight=0.038
=pa =gospa | weight=0.038
=trikrat =ni | weight=0.038, noneg
=z =zivce | weight=0.038
=nadrejenega =ne | weight=0.038, noneg
=racun =ne | weight=0.038, noneg
=oglasi | weight=0.038
=klepetalni | weight=0.038
=klepetalni =robot | weight=0.038
=ce =bo | weight=0.037, noneg
=elektrarne | weight=0.037
=soncne | weight=0.037
=soncne =elektrarne | weight=0.037
=pozabil | weight=0.037
=nisem =razume | weight=0.037, noneg
=nov =aplikacija | weight=0.037
=cloveka =mi | weight=0.036
=shrani =ne | weight=0.036, noneg
=slusalko | weight=0.036
=normalno =da | weight=0.036
=naslednjic | weight=0.036
=pritisni =sem | weight=0.035
=uri =in | weight=0.035
=odpovedujem =vse | weight=0.035
=recem | weight=0.035
=drugi =agent | weight=0.035
=minut =poslusal | weight=0.034
=dan =se | weight=0.034
=samodejni =odzivnik | weight=0.034
=voljo =je | weight=0.034
=se =ne | weight=0.034, noneg
=pri =vas | weight=0.034
=aplikacija =je | weight=0.034
=chatbot =mi | weight=0.033
=ste =poskusite | weight=0.033
=govoriti | weight=0.033
=zaslon | weight=0.033
=operater =se | weight=0.033
=isto =odgovor | weight=0.032
=sprasuje =za | weight=0.032
=en =robot | weight=0.032
=klical =en | weight=0.032
=prodaja =vas | weight=0.032
=robot =in | weight=0.032
=pove | weight=0.032
=nisem =mogla | weight=0.032, noneg
