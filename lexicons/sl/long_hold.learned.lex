# long_hold, sl: learned by scripts/learn.py from 2816 tuning texts (220 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ grozno, grozno, grozno. 3 ure na urgenci, potem pa so me poslali domov brez pregleda!!
+ na posti sm cakala 40 min
+ Na liniji sem visel 45 minut.
- Ovadili vas bomo.
- nihce mi ni odpisal
=minut | weight=0.452
=zasedena | weight=0.434
=cakanja | weight=0.423
=visel | weight=0.341
=min | weight=0.339
=poslusal | weight=0.338
=liniji | weight=0.299
=ure | weight=0.285
=dopoldne | weight=0.274
=cakal | weight=0.271
=vrsti | weight=0.260
=dve =uri | weight=0.246
=minut =sem | weight=0.242
=na =operater | weight=0.237
=cakalni | weight=0.236
=melodiji | weight=0.227
=je =kdo | weight=0.220
=ambulanto | weight=0.208
=celo =dopoldne | weight=0.201
=holdu | weight=0.200
=na =holdu | weight=0.200
=preden | weight=0.199
=stala | weight=0.198
=ni =premakne | weight=0.193, noneg
=ukradeno | weight=0.190
=drzal | weight=0.190
=pol | weight=0.184
=potem =pa | weight=0.184
=visel =na | weight=0.183
=v =cakalnici | weight=0.181
=okencu | weight=0.172
=slusalko | weight=0.167
=dveh =urah | weight=0.165
=uri | weight=0.164
=cakalnici | weight=0.161
=koncno | weight=0.160
=na =cakanja | weight=0.159
=pocakam | weight=0.158
=sm =cakal | weight=0.158
=sm | weight=0.158
=odnehala | weight=0.155
=sem =odnehala | weight=0.155
=sem =visel | weight=0.155
=vrsti =na | weight=0.154
=na =zvezo | weight=0.151
=po =dveh | weight=0.146
=glasbo | weight=0.146
=sem =prisel | weight=0.145
=vleklo | weight=0.145
=vleklo =v | weight=0.145
=jebemti =ze | weight=0.144
=kdo =oglasil | weight=0.144
=v =vrsti | weight=0.144
=cas =zasedena | weight=0.143
=klical =ze | weight=0.142
=jebemti | weight=0.142
=skoraj | weight=0.140
=smo =se | weight=0.138
=dve =urci | weight=0.138
=urci | weight=0.138
=cakalni =vrsti | weight=0.138
=na =hodniku | weight=0.138
=cakal =od | weight=0.136
=od =odprta | weight=0.136
=odprta =do | weight=0.136
=hodniku | weight=0.136
=ure =na | weight=0.135
=sem =izgubil | weight=0.135
=pustili | weight=0.133
=petnajst =minut | weight=0.133
=smo =cakal | weight=0.132
=pomemben | weight=0.132
=na =urgenci | weight=0.131
=urgenci | weight=0.131
=stevilko | weight=0.131
=do =poldneva | weight=0.131
=poldneva | weight=0.131
=minut =cakanja | weight=0.129
=okencu =smo | weight=0.129
=ni =javil | weight=0.129, noneg
=minut =se | weight=0.128
=celo =uro | weight=0.127
=sporocilo =celo | weight=0.127
=smo | weight=0.126
=vedno =zasedena | weight=0.125
=petnajst | weight=0.124
=pol =na | weight=0.124
=naroceno | weight=0.124
=isto =sporocilo | weight=0.123
=v =cakalni | weight=0.122
=klical =nam | weight=0.122
=obesila | weight=0.121
=obesila =ob | weight=0.121
=se =obesila | weight=0.121
=klepetu | weight=0.121
=ura | weight=0.120
=ura =in | weight=0.120
=sem =cakal | weight=0.119
=malo | weight=0.118
=izgubil | weight=0.118
=okencu =za | weight=0.117
=vas =klical | weight=0.116
=bil =ob | weight=0.116
=h =na | weight=0.116
=kdo | weight=0.115
=opazil | weight=0.115
=isto =melodiji | weight=0.114
=nihce =se | weight=0.114, noneg
=cakal =tri | weight=0.114
=ob =tisti | weight=0.113
=tisti =melodiji | weight=0.113
=zaspal | weight=0.113
=zaspal =ob | weight=0.113
=obupal | weight=0.113
=je =pomemben | weight=0.112
=potem =me | weight=0.111
=sem =na | weight=0.110
=je =in | weight=0.109
=dobro =uro | weight=0.109
=potem | weight=0.109
=telefonu =je | weight=0.109
=minut =potem | weight=0.108
=stranka =je | weight=0.108
=celo | weight=0.108
=cakalnici =servis | weight=0.107
=nesramen =gospod | weight=0.107
=liniji =sem | weight=0.107
=obupal =in | weight=0.106
=odgovor =operater | weight=0.105
=na =posti | weight=0.104
=ure =da | weight=0.104
=je =isto | weight=0.104
=zvonilo | weight=0.103
=cakanja =sem | weight=0.103
=ene | weight=0.103
=medtem =ko | weight=0.102
=poklical =jutri | weight=0.102
=uro | weight=0.101
=se =kdo | weight=0.100
=nihce =oglasil | weight=0.099, noneg
=klopci | weight=0.099
=klopci =eno | weight=0.099
=na =klopci | weight=0.099
=pustili =sedeti | weight=0.099
=sedeti | weight=0.099
=sedeti =na | weight=0.099
=trenutek | weight=0.099
=klical =sva | weight=0.097
=sva =ves | weight=0.097
=h | weight=0.097
=o =dopustu | weight=0.096
=nedogled | weight=0.096
=v =nedogled | weight=0.096
=sem =stala | weight=0.096
=minut =tisina | weight=0.095
=se =nic | weight=0.093, noneg
=odprta | weight=0.093
=operater =vsak | weight=0.093
=predolgo | weight=0.093
=ure =preden | weight=0.093
=na =chatu | weight=0.093
=v =klepetu | weight=0.092
=in =pol | weight=0.092
=ne =premakne | weight=0.092, noneg
=oglasi | weight=0.091
=je =liniji | weight=0.091
=liniji =padla | weight=0.091
=cetrt | weight=0.091
=skoraj =uro | weight=0.091
=kdo =sploh | weight=0.091
=sploh =zmeni | weight=0.091
=zmeni =za | weight=0.091
=dvema =urama | weight=0.091
=urama | weight=0.091
=urama =cakanja | weight=0.091
=pred =okencu | weight=0.091
=medtem | weight=0.090
=celo =dan | weight=0.089
=na =liniji | weight=0.089
=preden =so | weight=0.089
=za =naj | weight=0.089
=do =vrat | weight=0.088
=zmeni | weight=0.088
=dan =pa | weight=0.088
=sem =skoraj | weight=0.087
=sva | weight=0.087
=urah | weight=0.086
=sem =obupal | weight=0.086
=stevilko =sem | weight=0.086
=urah =cakanja | weight=0.086
=pesmice | weight=0.085
=vas =liniji | weight=0.085
=in =odlozil | weight=0.085
=so =pustili | weight=0.085
=prijavil | weight=0.085
=zamuja =dva | weight=0.084
=dni =na | weight=0.084
=odlozil | weight=0.084
=stala =dobro | weight=0.083
=presedeli | weight=0.083
=devetih | weight=0.082
=dedka =so | weight=0.082
=sva =da | weight=0.082
=ure =cakal | weight=0.082
=motnje | weight=0.081
=nesramen | weight=0.081
=uro =sem | weight=0.080
=visel =sem | weight=0.080
=cakanja =na | weight=0.080
=zvezo | weight=0.080
=centru =pa | weight=0.080
=cakal =dobro | weight=0.080
=eno =okencu | weight=0.080
=dokler | weight=0.079
=so =nas | weight=0.079
=nic =ne | weight=0.078, noneg
=jutri | weight=0.078
=ti | weight=0.078
=telefonu =potem | weight=0.078
=se =ni | weight=0.078, noneg
=je =prekinil | weight=0.077
=klepetali | weight=0.077
=celo =vecnost | weight=0.077
=vecnost | weight=0.077
=vecnost =preden | weight=0.077
=ponavljal =da | weight=0.077
=pred =vam | weight=0.077
=minut =na | weight=0.077
=uvrscen | weight=0.076
=nato =pa | weight=0.076
=min =sem | weight=0.076
=vam =je | weight=0.075
=je =vleklo | weight=0.075
=stevilko =je | weight=0.075
=prevezali | weight=0.074
=napisal =so | weight=0.074
=servis =in | weight=0.074
=z =dvema | weight=0.074
=uri =cakanja | weight=0.074
=je =moral | weight=0.074
=tisina | weight=0.074
=stevilko =za | weight=0.074
=urci =sem | weight=0.072
=dezju | weight=0.072
=tricetrt | weight=0.072
=tricetrt =ure | weight=0.072
=pri =blagajni | weight=0.072
=ni =zgodilo | weight=0.072, noneg
=mi =naj | weight=0.072
=drenjali | weight=0.072
=drenjali =skoraj | weight=0.072
=se =drenjali | weight=0.072
=koncno =prisel | weight=0.071
=zadrzali | weight=0.071
=kolona | weight=0.071
=cetrt =ure | weight=0.071
=prebil | weight=0.070
=bil =se | weight=0.070
=reklamacijo =se | weight=0.070
=paket =sem | weight=0.069
=javil | weight=0.069
=uri =sem | weight=0.069
=glas =pa | weight=0.069
=glasbo =glas | weight=0.069
=me =cakal | weight=0.069
=pustili =so | weight=0.069
=igrala =glasbo | weight=0.069
=dnevi | weight=0.069
=liniji =in | weight=0.068
=vrgel =ven | weight=0.068
=ob =devetih | weight=0.068
=dedka | weight=0.067
=je =javil | weight=0.067
=poslal =doma | weight=0.067
=neskoncnost | weight=0.067
=v =neskoncnost | weight=0.067
=na =zvocniku | weight=0.067
=zvocniku | weight=0.067
=pred =pultom | weight=0.067
=stala =pred | weight=0.067
=zeno | weight=0.067
=in =poslusal | weight=0.066
=igrala | weight=0.066
=pol =pa | weight=0.066
=vas =stevilko | weight=0.066
=cakal =v | weight=0.066
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
=napisal =potem | weight=0.066
=pocakam =trenutek | weight=0.066
=eno | weight=0.066
=naj =poklical | weight=0.066
=sta =dela | weight=0.065
=pultom | weight=0.065
=presedeli =celo | weight=0.065
=dvema | weight=0.065
=zeno =cakal | weight=0.064
=cakal =sm | weight=0.064
=da =ti | weight=0.064
=cakalni =cas | weight=0.064
=v =slusalko | weight=0.064
=kartico | weight=0.064
=sestih | weight=0.063
=skode =sem | weight=0.063
=sem =koncno | weight=0.063
=vsak =dan | weight=0.063
=sem =imel | weight=0.063
=vrsti =za | weight=0.062
=sem =v | weight=0.062
=prisel =na | weight=0.062
=pokvaril | weight=0.061
=vivaldija | weight=0.061
=cvekata | weight=0.061
=dopustu =meni | weight=0.061
=pa =ignorirala | weight=0.061
=ti =dve | weight=0.061
=min =v | weight=0.061
=minut =da | weight=0.061
=dvajset =minut | weight=0.060
=naslednji =na | weight=0.060
=sem =odlozil | weight=0.060
=chatu =pa | weight=0.059
=ej | weight=0.059
=pocasen | weight=0.059
=nesprejemljivo | weight=0.059
=spet =cakal | weight=0.059
=tam | weight=0.059
=preden =se | weight=0.058
=chatu | weight=0.058
=dan =v | weight=0.058
=nato | weight=0.058
=na =klicnem | weight=0.058
=presega | weight=0.058
=uro =in | weight=0.057
=dopustu | weight=0.056
=sem =sedel | weight=0.056
=sem =spet | weight=0.056
=zvezo =sem | weight=0.056
=je =zamuja | weight=0.056
=na =vas | weight=0.055
=enoti =sem | weight=0.055
=bil =odprta | weight=0.055
=na =stevilko | weight=0.055
=sta | weight=0.055
=da =s | weight=0.054
=sele =cez | weight=0.054
=petindvajset | weight=0.054
=petindvajset =minut | weight=0.054
=klet | weight=0.054
=pa =rekli | weight=0.054
=dvajset | weight=0.054
=za =okvaro | weight=0.054
=v =zivega | weight=0.054
=za =klepetu | weight=0.052
=isto | weight=0.052
=ure =smo | weight=0.052
=posledica | weight=0.052
=ven | weight=0.051
=svetovalec =se | weight=0.051
=sedel =dve | weight=0.051
=poslusal =glasbo | weight=0.051
=na =telefonu | weight=0.051
=glasbo =na | weight=0.051
=ta =pa | weight=0.051
=meni =pa | weight=0.051
=dva =dni | weight=0.050
=imel =na | weight=0.050
=operater | weight=0.050
=zivega | weight=0.050
=izpostave | weight=0.050
=klepetu =sem | weight=0.050
=mestu | weight=0.050
=okvaro =vodovoda | weight=0.049
=vodovoda | weight=0.049
=so =napisal | weight=0.049
=servisnem | weight=0.049
=preden =nas | weight=0.049
=je =igrala | weight=0.049
=preklopili | weight=0.048
=sem =slusalko | weight=0.048
=sploh =opazil | weight=0.048
=preklopili =so | weight=0.047
=enostavno | weight=0.047
=pol =v | weight=0.047
=ambulanto =klical | weight=0.047
=na =ambulanto | weight=0.047
=kdo =oglasi | weight=0.046
=mi =pa | weight=0.046
=nas =sploh | weight=0.046
=z =zeno | weight=0.046
=skoz | weight=0.046
=tri =ure | weight=0.046
