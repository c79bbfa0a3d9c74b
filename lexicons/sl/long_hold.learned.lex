# long_hold, sl: learned by scripts/learn.py from 2594 tuning texts (215 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ grozno, grozno, grozno. 3 ure na urgenci, potem pa so me poslali domov brez pregleda!!
+ na posti sm cakala 40 min
+ Na liniji sem visel 45 minut.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=minut | weight=0.443
=cakanja | weight=0.439
=zasedena | weight=0.438
=visel | weight=0.352
=min | weight=0.345
=poslusal | weight=0.340
=cakal | weight=0.304
=ure | weight=0.300
=liniji | weight=0.296
=vrsti | weight=0.289
=dopoldne | weight=0.268
=dve =uri | weight=0.257
=minut =sem | weight=0.248
=cakalni | weight=0.245
=na =operater | weight=0.243
=melodiji | weight=0.218
=ambulanto | weight=0.209
=ni =premakne | weight=0.204, noneg
=holdu | weight=0.202
=na =holdu | weight=0.202
=celo =dopoldne | weight=0.196
=je =kdo | weight=0.196
=preden | weight=0.195
=ukradeno | weight=0.191
=v =vrsti | weight=0.191
=pocakam | weight=0.190
=visel =na | weight=0.189
=potem =pa | weight=0.187
=drzal | weight=0.185
=v =cakalnici | weight=0.181
=stala | weight=0.180
=pol | weight=0.174
=sm | weight=0.168
=uri | weight=0.168
=okencu | weight=0.168
=cakalnici | weight=0.165
=sem =prisel | weight=0.164
=dveh =urah | weight=0.164
=odnehala | weight=0.162
=sem =odnehala | weight=0.162
=slusalko | weight=0.161
=skoraj | weight=0.158
=na =zvezo | weight=0.158
=na =cakanja | weight=0.157
=sm =cakal | weight=0.151
=vrsti =na | weight=0.150
=naroceno | weight=0.148
=koncno | weight=0.147
=sem =visel | weight=0.146
=glasbo | weight=0.145
=po =dveh | weight=0.143
=cas =zasedena | weight=0.143
=vleklo | weight=0.142
=vleklo =v | weight=0.142
=na =hodniku | weight=0.142
=cakalni =vrsti | weight=0.141
=pustili | weight=0.141
=dve =urci | weight=0.140
=urci | weight=0.140
=sem =izgubila | weight=0.140
=cakal =od | weight=0.140
=od =odprta | weight=0.140
=odprta =do | weight=0.140
=hodniku | weight=0.139
=jebemti =ze | weight=0.139
=vedno =zasedena | weight=0.139
=klical =ze | weight=0.139
=kdo =oglasil | weight=0.137
=jebemti | weight=0.137
=ure =na | weight=0.136
=smo =se | weight=0.135
=na =urgenci | weight=0.133
=urgenci | weight=0.133
=smo | weight=0.132
=do =poldneva | weight=0.131
=poldneva | weight=0.131
=v =cakalni | weight=0.130
=ni =javil | weight=0.130, noneg
=minut =cakanja | weight=0.129
=smo =cakal | weight=0.129
=dobro =uro | weight=0.128
=obesila | weight=0.128
=obesila =ob | weight=0.128
=se =obesila | weight=0.128
=pomemben | weight=0.127
=h | weight=0.127
=okencu =smo | weight=0.126
=petnajst =minut | weight=0.126
=klical =nam | weight=0.125
=pol =na | weight=0.125
=celo =uro | weight=0.123
=sporocilo =celo | weight=0.123
=izgubila | weight=0.122
=stevilko | weight=0.121
=ura | weight=0.121
=ura =in | weight=0.121
=opazil | weight=0.121
=isto =sporocilo | weight=0.120
=sem =cakal | weight=0.120
=potem =me | weight=0.119
=vas =klical | weight=0.117
=okencu =za | weight=0.117
=petnajst | weight=0.117
=minut =se | weight=0.115
=cakalnici =servis | weight=0.115
=celo | weight=0.113
=ob =tisti | weight=0.112
=tisti =melodiji | weight=0.112
=zaspal | weight=0.112
=zaspal =ob | weight=0.112
=nesramen =gospod | weight=0.112
=klepetu | weight=0.112
=liniji =sem | weight=0.112
=cakal =tri | weight=0.111
=oglasi | weight=0.110
=telefonu =je | weight=0.110
=je =pomemben | weight=0.108
=malo | weight=0.108
=isto =melodiji | weight=0.106
=sem =na | weight=0.106
=se =kdo | weight=0.106
=obupal | weight=0.105
=ene | weight=0.105
=je =isto | weight=0.105
=je =in | weight=0.103
=na =posti | weight=0.101
=se =nic | weight=0.101, noneg
=zvonilo | weight=0.101
=nihce =se | weight=0.101, noneg
=medtem =ko | weight=0.100
=ure =da | weight=0.100
=nedogled | weight=0.099
=v =nedogled | weight=0.099
=o =dopustu | weight=0.098
=klical =sva | weight=0.097
=sva =ves | weight=0.097
=uro | weight=0.097
=trenutek | weight=0.097
=stranka =je | weight=0.097
=cakanja =sem | weight=0.096
=klopci | weight=0.096
=klopci =eno | weight=0.096
=na =klopci | weight=0.096
=pustili =sedeti | weight=0.096
=sedeti | weight=0.096
=sedeti =na | weight=0.096
=minut =tisina | weight=0.096
=je =liniji | weight=0.095
=liniji =padel | weight=0.095
=zamuja =dva | weight=0.095
=obupal =in | weight=0.095
=kdo | weight=0.094
=sem =stala | weight=0.094
=potem | weight=0.094
=prevezali | weight=0.093
=kdo =sploh | weight=0.093
=sploh =zmeni | weight=0.093
=zmeni =za | weight=0.093
=nihce =oglasil | weight=0.093, noneg
=na =chatu | weight=0.092
=dvema =urama | weight=0.092
=urama | weight=0.092
=urama =cakanja | weight=0.092
=odlozil | weight=0.092
=ne =premakne | weight=0.092, noneg
=za =naj | weight=0.091
=odgovor =operater | weight=0.091
=sva | weight=0.091
=presedeli | weight=0.091
=in =pol | weight=0.091
=zmeni | weight=0.090
=ure =preden | weight=0.090
=urah =cakanja | weight=0.089
=operater =vsak | weight=0.089
=predolgo | weight=0.089
=pultom | weight=0.089
=center =pa | weight=0.089
=dan =pa | weight=0.088
=prijavil | weight=0.088
=odprta | weight=0.087
=sem =obupal | weight=0.087
=celo =vecnost | weight=0.087
=vecnost | weight=0.087
=vecnost =preden | weight=0.087
=tri =ure | weight=0.087
=celo =dan | weight=0.087
=so =pustili | weight=0.087
=pred =okencu | weight=0.087
=dedka =so | weight=0.086
=stevilko =za | weight=0.086
=skoraj =uro | weight=0.085
=preden =so | weight=0.085
=do =vrat | weight=0.085
=cetrt | weight=0.085
=vas =liniji | weight=0.085
=na =liniji | weight=0.084
=medtem | weight=0.084
=stevilko =sem | weight=0.084
=pesmice | weight=0.084
=sva =da | weight=0.084
=v =klepetu | weight=0.083
=ure =cakal | weight=0.083
=uro =sem | weight=0.082
=urah | weight=0.082
=sem =skoraj | weight=0.082
=zeno | weight=0.082
=koncno =prisel | weight=0.082
=motnje | weight=0.081
=in =odlozil | weight=0.080
=eno =okencu | weight=0.080
=cakanja =na | weight=0.080
=javil | weight=0.079
=uri =cakanja | weight=0.079
=dokler | weight=0.079
=visel =sem | weight=0.078
=nic =ne | weight=0.078, noneg
=cakal =sm | weight=0.078
=tisina | weight=0.077
=servis =in | weight=0.077
=se =ni | weight=0.077, noneg
=ponavljal =da | weight=0.077
=stevilko =je | weight=0.077
=ti | weight=0.076
=in =poslusal | weight=0.076
=kolona | weight=0.076
=je =prekinil | weight=0.076
=minut =na | weight=0.076
=stala =dobro | weight=0.076
=zvezo | weight=0.076
=zadrzali | weight=0.076
=min =sem | weight=0.076
=uvrscen | weight=0.075
=je =vleklo | weight=0.075
=devetih | weight=0.075
=z =dvema | weight=0.075
=so =nas | weight=0.074
=urci =sem | weight=0.074
=uro =in | weight=0.074
=napisal =so | weight=0.074
=cakalni =cas | weight=0.073
=neskoncnost | weight=0.073
=v =neskoncnost | weight=0.073
=mi =naj | weight=0.073
=pred =vam | weight=0.072
=pa =rekli | weight=0.072
=presedeli =celo | weight=0.072
=je =javil | weight=0.072
=poslali =doma | weight=0.072
=telefonu =potem | weight=0.072
=prebil | weight=0.072
=glas =pa | weight=0.071
=glasbo =glas | weight=0.071
=ni =zgodilo | weight=0.071, noneg
=vam =je | weight=0.070
=poklical =jutri | weight=0.070
=dvema | weight=0.069
=cetrt =ure | weight=0.069
=pol =pa | weight=0.069
=pokvaril | weight=0.069
=klepetali | weight=0.069
=sem =v | weight=0.069
=dezju | weight=0.069
=tricetrt | weight=0.069
=tricetrt =ure | weight=0.069
=dvajset =minut | weight=0.069
=sta =dela | weight=0.068
=vas =stevilko | weight=0.068
=v =slusalko | weight=0.068
=dedka | weight=0.068
=na =vas | weight=0.067
=drenjali | weight=0.067
=drenjali =skoraj | weight=0.067
=se =drenjali | weight=0.067
=na =klicni | weight=0.067
=reklamacijo =se | weight=0.067
=vrgel =ven | weight=0.066
=sem =imel | weight=0.066
=dnevi | weight=0.066
=igrala | weight=0.066
=igrala =glasbo | weight=0.066
=zeno =cakal | weight=0.066
=paket =sem | weight=0.066
=nato =pa | weight=0.066
=dokler =ni | weight=0.066, noneg
=drezala | weight=0.066
=drezala =v | weight=0.066
=ni =koncno | weight=0.066, noneg
=s =tastaro | weight=0.066
=slusalko =dokler | weight=0.066
=sva =dve | weight=0.066
=tastaro | weight=0.066
=tastaro =sva | weight=0.066
=urci =drezala | weight=0.066
=na =zvocniku | weight=0.066
=zvocniku | weight=0.066
=cakal =na | weight=0.065
=nato | weight=0.065
=je =moral | weight=0.065
=sem =odlozil | weight=0.064
=vivaldija | weight=0.064
=pri =blagajni | weight=0.064
=mi =pa | weight=0.064
=pred =pultom | weight=0.063
=stala =pred | weight=0.063
=vrsti =za | weight=0.063
=napisal =potem | weight=0.063
=pocakam =trenutek | weight=0.063
=uri =sem | weight=0.063
=dvajset | weight=0.063
=cvekata | weight=0.063
=dopustu =meni | weight=0.063
=pa =ignorirala | weight=0.063
=ti =dve | weight=0.063
=isto | weight=0.063
=minut =da | weight=0.062
=skode =sem | weight=0.062
=prisel =na | weight=0.062
=eno | weight=0.061
=cakal =v | weight=0.061
=cakal =dobro | weight=0.061
=minut =potem | weight=0.061
=glasbo =na | weight=0.061
=z =zeno | weight=0.061
=me =cakal | weight=0.061
=pustili =so | weight=0.061
=zvezo =sem | weight=0.061
=da =ti | weight=0.061
=chatu | weight=0.060
=liniji =in | weight=0.060
=dopustu | weight=0.059
=je =zamuja | weight=0.058
=presega | weight=0.058
=min =v | weight=0.058
=ej | weight=0.057
=sem =sedel | weight=0.057
=bil =se | weight=0.057
=petindvajset | weight=0.056
=petindvajset =minut | weight=0.056
=ta =pa | weight=0.056
=ob =devetih | weight=0.056
=pocasen | weight=0.056
=meni =pa | weight=0.056
=chatu =pa | weight=0.056
=sele =ob | weight=0.055
=sestih | weight=0.055
=na =stevilko | weight=0.055
=za =okvaro | weight=0.055
=vsak =dan | weight=0.055
=je =celo | weight=0.055
=sem =koncno | weight=0.055
=da =s | weight=0.054
=nadrejenega =ne | weight=0.054, noneg
=dva =dni | weight=0.054
=sele =cez | weight=0.053
=v =zivega | weight=0.053
=klet | weight=0.053
=zjutraj =sem | weight=0.053
=kartico | weight=0.053
=naslednji =na | weight=0.053
=sploh =opazil | weight=0.053
=na =pamet | weight=0.053
=pamet | weight=0.053
=opazil =je | weight=0.052
=sramota | weight=0.052
=jutri | weight=0.052
=posledica | weight=0.052
=sedel | weight=0.051
=zivega | weight=0.051
=bancnimi =okencu | weight=0.051
=pred =bancnimi | weight=0.051
=se =zadrzali | weight=0.051
=dela =samo | weight=0.050
=nesramen | weight=0.050
=nesprejemljivo | weight=0.050
=preden =se | weight=0.050
=svetovalec =se | weight=0.050
=klicni =center | weight=0.049
=enostavno | weight=0.049
=ven | weight=0.049
=okvaro =vodovoda | weight=0.048
=vodovoda | weight=0.048
=dan =v | weight=0.048
=mestu | weight=0.048
=klicni | weight=0.047
=enoti =sem | weight=0.047
=sem =slusalko | weight=0.047
=izpostave | weight=0.047
=za =klepetu | weight=0.047
=enoti | weight=0.047
=upravni | weight=0.047
=upravni =enoti | weight=0.047
=poslusal =glasbo | weight=0.046
=imel =na | weight=0.046
=ze =tretjic | weight=0.046
=bil =odprta | weight=0.046
=preden =nas | weight=0.046
=prekinil | weight=0.046
=bancnimi | weight=0.046
=ambulanto =klical | weight=0.046
=na =ambulanto | weight=0.046
