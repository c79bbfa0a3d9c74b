# ivr_maze, sl: learned by scripts/learn.py from 2314 tuning texts (84 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Spet so me klicali roboti.
+ pol ure sva se kregala z robotom
+ vsak dan nas klicejo posneta sporocila
- Ovadili vas bomo.
- Tole bo šlo viralno.
=robot | weight=0.452
=asistent | weight=0.393
=posneta | weight=0.374
=ne =razume | weight=0.357, noneg
=glasovni | weight=0.338
=zivega | weight=0.317
=avtomat | weight=0.316
=glas | weight=0.290
=klical =me | weight=0.272
=pritisni | weight=0.272
=odklopil | weight=0.270
=robotski | weight=0.264
=cloveka | weight=0.250
=bot | weight=0.249
=ne =pride | weight=0.247, noneg
=meni | weight=0.246
=govoriti =je | weight=0.229
=in =spet | weight=0.229
=ni =razume | weight=0.229, noneg
=robotski =klical | weight=0.228
=nisem =prepozno | weight=0.215, noneg
=vedno =znova | weight=0.215
=cloveka =se | weight=0.212
=odgovor =nisem | weight=0.211, noneg
=cloveka =pa | weight=0.202
=avtomatiziranih | weight=0.201
=avtomatiziranih =klical | weight=0.201
=do =cloveka | weight=0.198
=zna | weight=0.194
=me =klical | weight=0.193
=chatbot | weight=0.190
=izbira | weight=0.188
=z =rekli | weight=0.186
=je =trikrat | weight=0.181
=in =ni | weight=0.179, noneg
=govorni | weight=0.178
=vsak =dan | weight=0.178
=klical =posneta | weight=0.177
=na =zacetka | weight=0.176
=posneta =sporocilo | weight=0.171
=ponuja | weight=0.170
=glavni =meni | weight=0.169
=kregala =z | weight=0.168
=se =kregala | weight=0.168
=z =robot | weight=0.168
=spet | weight=0.167
=meni =me | weight=0.166
=moznosti | weight=0.165
=spet =ne | weight=0.165, noneg
=avtomatski | weight=0.165
=nemogoce | weight=0.164
=glavni | weight=0.161
=vas =odgovor | weight=0.161
=sistem =me | weight=0.160
=kregala | weight=0.158
=posnetek | weight=0.155
=stroj =je | weight=0.153
=in =potem | weight=0.152
=isto =sporocilo | weight=0.151
=izbrise | weight=0.150
=tipko | weight=0.140
=z =operater | weight=0.138
=pa =ni | weight=0.136, noneg
=spet =na | weight=0.135
=je =petkrat | weight=0.134
=me =ni | weight=0.134, noneg
=spet =me | weight=0.130
=z =zivega | weight=0.129
=operater =pa | weight=0.129
=glas =rekli | weight=0.128
=je =racunalniski | weight=0.128
=naj =gre | weight=0.128
=racunalniski =glas | weight=0.128
=stran =zna | weight=0.127
=klical =robot | weight=0.126
=infoliniji | weight=0.126
=na =infoliniji | weight=0.126
=je =poklical | weight=0.125
=klical =s | weight=0.123
=zna =samo | weight=0.123
=nato =tri | weight=0.123
=tri =in | weight=0.123
=poslal =link | weight=0.122
=operater | weight=0.122
=na =pogosta | weight=0.122
=racunalniski | weight=0.122
=asistent =ne | weight=0.121, noneg
=govorni =asistent | weight=0.121
=ki =jih | weight=0.120
=znova =vas | weight=0.119
=in =ne | weight=0.119, noneg
=tri =vprasanje | weight=0.117
=dan =me | weight=0.117
=ni =in | weight=0.116, noneg
=po =meni | weight=0.116
=link | weight=0.116
=cloveka =govoriti | weight=0.115
=vas =nemogoce | weight=0.115
=gospa =z | weight=0.115
=posneta =gospa | weight=0.115
=je =nemogoce | weight=0.115
=samo =ponavljal | weight=0.114
=ni =hoteli | weight=0.113, noneg
=samo =na | weight=0.112
=samo =posnetek | weight=0.112
=klical | weight=0.111
=ki =ne | weight=0.111, noneg
=je =pri | weight=0.110
=osebo =pa | weight=0.109
=sistem | weight=0.109
=je =sistem | weight=0.108
=zmede | weight=0.108
=bravo | weight=0.107
=zivega =osebo | weight=0.107
=vrnili =na | weight=0.106
=me =vedno | weight=0.105
=virtualni | weight=0.104
=robot =na | weight=0.104
=osebo | weight=0.103
=je =samo | weight=0.103
=izrecno | weight=0.102
=ponuja =samo | weight=0.102
=na =tri | weight=0.101
=ponovil | weight=0.101
=klical =ni | weight=0.100, noneg
=sprasuje | weight=0.099
=kdo =je | weight=0.099
=vas =avtomatski | weight=0.098
=osebo =ni | weight=0.098, noneg
=vrtel | weight=0.097
=dvakrat =rekli | weight=0.097
=gre =na | weight=0.096
=bot =mi | weight=0.096
=cloveka =ni | weight=0.095, noneg
=masina | weight=0.095
=masina =cloveka | weight=0.095
=sprasuje =masina | weight=0.095
=telefonski =meni | weight=0.095
=s =posneta | weight=0.094
=chatbot =zna | weight=0.093
=me =je | weight=0.093
=moznosti =govoriti | weight=0.093
=z =agent | weight=0.093
=vse =ostala | weight=0.092
=je =dvakrat | weight=0.091
=izbira =jezika | weight=0.090
=na =izbira | weight=0.090
=nisva =mogla | weight=0.090, noneg
=isto =tri | weight=0.090
=ne =pustili | weight=0.089, noneg
=nisva | weight=0.088, noneg
=nisem =prisel | weight=0.088, noneg
=gumb | weight=0.087
=sem =rekli | weight=0.086
=na =spletu | weight=0.086
=mi =ponuja | weight=0.086
=znova =vrnili | weight=0.086
=odzivnik | weight=0.086
=samo =sprasuje | weight=0.086
=ni =od | weight=0.085, noneg
=naj =je | weight=0.085
=pomocnik | weight=0.085
=virtualni =pomocnik | weight=0.085
=chatbot =samo | weight=0.084
=avtomat =me | weight=0.084
=avtomatski =sistem | weight=0.082
=v =slusalko | weight=0.082
=spet =so | weight=0.081
=tipko =in | weight=0.081
=sem =prej | weight=0.081
=vam =lahko | weight=0.080
=do =operater | weight=0.080
=posiljam =na | weight=0.080
=samo =posiljam | weight=0.080
=na =avtomatski | weight=0.079
=ze =pet | weight=0.078
=te | weight=0.078
=prehitro | weight=0.078
=chatbot =pa | weight=0.078
=pa =samo | weight=0.077
=robot =me | weight=0.077
=vas =elektriko | weight=0.077
=ob =sedmih | weight=0.075
=petkrat | weight=0.075
=sporocilo | weight=0.075
=me =ne | weight=0.074, noneg
=vas =stran | weight=0.074
=vracilo =na | weight=0.074
=poskusal | weight=0.073
=sedmih | weight=0.073
=sem =v | weight=0.073
=glasba =na | weight=0.073
=ponovi | weight=0.073
=je =tam | weight=0.073
=zacetka =meni | weight=0.072
=klical =z | weight=0.072
=pet =ta | weight=0.072
=rekli =ze | weight=0.072
=agent =pa | weight=0.072
=odlozil | weight=0.071
=poskusal =znova | weight=0.071
=meni =v | weight=0.070
=chatu =sem | weight=0.069
=sistem =pa | weight=0.069
=odzivnik =me | weight=0.068
=nikoli =ne | weight=0.068, noneg
=prekinil =ker | weight=0.068
=ze =ob | weight=0.068
=v =chatu | weight=0.067
=potem =prekinil | weight=0.067
=glas =ki | weight=0.066
=nato | weight=0.065
=nikjer | weight=0.065, noneg
=jih =zahtevam | weight=0.065
=je =avtomatski | weight=0.064
=ne =obstaja | weight=0.064, noneg
=dne | weight=0.064
=jutri | weight=0.064
=v =zivega | weight=0.064
=ki =me | weight=0.064
=se =koncu | weight=0.064
=jebemti =ze | weight=0.064
=tretji =teden | weight=0.064
=nisem =naslov | weight=0.064, noneg
=samo | weight=0.064
=bi =dobil | weight=0.063
=operater =mi | weight=0.063
=zahtevam =vas | weight=0.063
=zacetka | weight=0.063
=ne =da | weight=0.063, noneg
=dobil =pravi | weight=0.062
=in =zahtevam | weight=0.062
=uporabnik | weight=0.062
=jebemti | weight=0.062
=mi =ne | weight=0.061, noneg
=sem =se | weight=0.061
=pritisni =dva | weight=0.061
=dela =na | weight=0.061
=na =tem | weight=0.061
=nagluhi | weight=0.061
=ni =nobene | weight=0.061, noneg
=spraseval | weight=0.059
=moznosti =za | weight=0.059
=lahko =pomagati | weight=0.058
=ure =sem | weight=0.058
=spletu | weight=0.058
=na =glavni | weight=0.057
=prekinil | weight=0.057
=ne =omogoca | weight=0.057, noneg
=mogoce =sem | weight=0.057
=govorni =avtomat | weight=0.057
=slabo =slisal | weight=0.057
=stevilko =za | weight=0.057
=na =stevilko | weight=0.056
=za =studente | weight=0.056
=ta =teden | weight=0.056
=s =cloveka | weight=0.056
=druzba | weight=0.056
=sploh =kdo | weight=0.055
=pa =nobene | weight=0.055, noneg
=ponudili | weight=0.055
=posiljam | weight=0.055
=ponudili =isto | weight=0.054
=pritozuje | weight=0.054
=vprasanje =je | weight=0.053
=poslal =povezavo | weight=0.053
=do =zivega | weight=0.053
=ambulanto =klical | weight=0.053
=me =prestavili | weight=0.053
=na =ambulanto | weight=0.053
=teden =liniji | weight=0.053
=ves =teden | weight=0.053
=nikogar | weight=0.052, noneg
=pozdrav | weight=0.051
=ze =ves | weight=0.051
=je =odgovor | weight=0.051
=babica =je | weight=0.051
=odgovor =z | weight=0.051
=in =si | weight=0.051
=da =te | weight=0.050
=kaj =recem | weight=0.050
=posneta =glas | weight=0.050
=naj =bi | weight=0.050
=za =pogovor | weight=0.050
=devetko =pa | weight=0.049
=sem =devetko | weight=0.049
=teden =brez | weight=0.049, noneg
=pogovor =z | weight=0.049
=avtomatski =odzivnik | weight=0.049
=v =glavni | weight=0.048
=je =katastrofa | weight=0.048
=katastrofa | weight=0.048
=gumb =shrani | weight=0.048
=shrani | weight=0.048
=cas =zasedena | weight=0.047
=mama =je | weight=0.047
=spraseval =isto | weight=0.047
=jaz =kriv | weight=0.047
=kdo | weight=0.047
=pa =nikjer | weight=0.047, noneg
=krogu =do | weight=0.046
=ni =mogoce | weight=0.046, noneg
=prej =sem | weight=0.046
=prej | weight=0.046
=studente | weight=0.046
=klical =zavarovalnica | weight=0.045
=zivega =cloveka | weight=0.045
=znova | weight=0.045
=devetko | weight=0.045
=moral =nihce | weight=0.044, noneg
=slabovidna | weight=0.044
=zaslon | weight=0.044
=je =star | weight=0.044
=se =koncno | weight=0.044
=meni =vedno | weight=0.044
=meni =operater | weight=0.043
=dan =mi | weight=0.043
=klepetalni | weight=0.043
=klepetalni =robot | weight=0.043
=chatbot =mi | weight=0.042
=ni =prispel | weight=0.042, noneg
=meni =je | weight=0.042
=ene | weight=0.042
=oce | weight=0.042
=najprej =robot | weight=0.041
=robot =ki | weight=0.041
=mi =vsiljuje | weight=0.041
=vedno =isto | weight=0.041
=koncno =oglasil | weight=0.041
=krical | weight=0.041
=samo =ste | weight=0.040
=pritisni =sem | weight=0.040
=prestavili =na | weight=0.040
=koncno | weight=0.040
=jezika | weight=0.040
=vec | weight=0.039
=cisto =na | weight=0.039
=kam =naj | weight=0.039
=koncu =z | weight=0.039
=pa =gospa | weight=0.039
=trikrat =ni | weight=0.039, noneg
=z =zivce | weight=0.039
=dan =se | weight=0.039
=do =drugi | weight=0.039
=na =vas | weight=0.039
=imam =pri | weight=0.039
=nadrejenega =ne | weight=0.039, noneg
=stroj | weight=0.038
=prijavil =ne | weight=0.038, noneg
=isto =odgovor | weight=0.038
=pogodbe =in | weight=0.038
=pove =da | weight=0.038
=brati | weight=0.038
=nacin | weight=0.037
=na =voljo | weight=0.037
=samodejni =odzivnik | weight=0.037
=voljo =je | weight=0.037
=racun =ne | weight=0.037, noneg
=na =klepetu | weight=0.037
=je =vrtel | weight=0.036
=prestavili | weight=0.036
=nov =aplikacija | weight=0.036
=za =stevilko | weight=0.036
=drugi =agent | weight=0.036
=vrtel =po | weight=0.036
=cloveka =ne | weight=0.036, noneg
=kam | weight=0.036
=aplikacija =je | weight=0.036
=zavarovalnica | weight=0.035
=normalno =da | weight=0.035
=ce =bo | weight=0.035, noneg
=zvonilo | weight=0.035
=klical =a | weight=0.035
=uri =in | weight=0.035
=ostala | weight=0.034
=vas =liniji | weight=0.034
=naslednjic | weight=0.034
=je =normalno | weight=0.034
=mu =recem | weight=0.034
=voljo | weight=0.034
=pozabil | weight=0.033
=vrti =v | weight=0.033
=paket =pa | weight=0.033
=nacin =placilo | weight=0.033
=ste =poskusal | weight=0.033
=oglasi | weight=0.033
=ukinil | weight=0.032
=me =vrti | weight=0.032
=en =robot | weight=0.032
=klical =en | weight=0.032
=prodaja =vas | weight=0.032
=robot =in | weight=0.032
=zjutraj | weight=0.032
=odpovedujem =vse | weight=0.032
=me | weight=0.032
=kaj =mu | weight=0.032
=in =me | weight=0.031
=je =le | weight=0.031
=ne =obravnava | weight=0.031, noneg
=nisem =mogla | weight=0.031, noneg
