# long_hold, sl: learned by scripts/learn.py from 2314 tuning texts (187 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ na posti sm cakala 40 min
+ Na liniji sem visel 45 minut.
+ Na zvezi sem čakala 50 minut.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=minut | weight=0.491
=zasedena | weight=0.433
=cakanja | weight=0.410
=min | weight=0.359
=vrsti | weight=0.326
=visel | weight=0.319
=poslusal | weight=0.319
=ure | weight=0.276
=dopoldne | weight=0.274
=dve =uri | weight=0.268
=liniji | weight=0.256
=preden | weight=0.249
=na =operater | weight=0.242
=cakalni | weight=0.216
=melodiji | weight=0.214
=celo =dopoldne | weight=0.207
=stala | weight=0.206
=cakal | weight=0.206
=minut =sem | weight=0.204
=pol | weight=0.201
=ni =premakne | weight=0.200, noneg
=je =kdo | weight=0.199
=ambulanto | weight=0.199
=ukradeno | weight=0.196
=holdu | weight=0.184
=na =holdu | weight=0.184
=sm | weight=0.179
=sem =prisel | weight=0.178
=okencu | weight=0.177
=pocakam | weight=0.177
=drzal | weight=0.174
=potem =pa | weight=0.174
=v =cakalnici | weight=0.173
=v =vrsti | weight=0.170
=dveh =urah | weight=0.169
=cakalnici | weight=0.166
=pustili | weight=0.163
=odnehala | weight=0.163
=sem =odnehala | weight=0.163
=visel =na | weight=0.161
=sm =cakal | weight=0.159
=slusalko | weight=0.157
=hodniku | weight=0.153
=cas =zasedena | weight=0.152
=smo =cakal | weight=0.151
=dve =urci | weight=0.150
=urci | weight=0.150
=na =zvezo | weight=0.149
=sem =izgubila | weight=0.148
=cakal =od | weight=0.148
=od =odprta | weight=0.148
=odprta =do | weight=0.148
=petnajst =minut | weight=0.146
=na =cakanja | weight=0.143
=po =dveh | weight=0.142
=do =poldneva | weight=0.140
=poldneva | weight=0.140
=vleklo | weight=0.139
=vleklo =v | weight=0.139
=naroceno | weight=0.139
=eno | weight=0.136
=vedno =zasedena | weight=0.134
=sem =visel | weight=0.133
=obesila | weight=0.132
=obesila =ob | weight=0.132
=se =obesila | weight=0.132
=ni =javil | weight=0.131, noneg
=smo | weight=0.131
=izgubila | weight=0.130
=klical =ze | weight=0.130
=petnajst | weight=0.129
=celo =uro | weight=0.129
=sporocilo =celo | weight=0.129
=okencu =smo | weight=0.128
=okencu =za | weight=0.125
=klical =nam | weight=0.125
=se =kdo | weight=0.125
=liniji =sem | weight=0.125
=ure =cakal | weight=0.123
=isto =sporocilo | weight=0.122
=pol =na | weight=0.121
=ura | weight=0.121
=ura =in | weight=0.121
=kdo =oglasil | weight=0.121
=na =posti | weight=0.120
=h | weight=0.120
=malo | weight=0.119
=vrsti =na | weight=0.118
=smo =se | weight=0.118
=minut =se | weight=0.118
=vas =klical | weight=0.117
=ti | weight=0.116
=ob =tisti | weight=0.116
=tisti =melodiji | weight=0.116
=zaspal | weight=0.116
=zaspal =ob | weight=0.116
=skoraj | weight=0.114
=je =pomemben | weight=0.113
=pomemben | weight=0.113
=sem =na | weight=0.113
=je =liniji | weight=0.113
=liniji =padel | weight=0.113
=potem =me | weight=0.112
=koncno | weight=0.112
=uri | weight=0.112
=nic =ne | weight=0.111, noneg
=obupal | weight=0.110
=stevilko | weight=0.110
=minut =cakanja | weight=0.110
=glasba | weight=0.110
=dobro =uro | weight=0.110
=nesramen =gospod | weight=0.108
=telefonu =je | weight=0.107
=cakalni =vrsti | weight=0.106
=oglasi | weight=0.105
=na =liniji | weight=0.105
=nihce =se | weight=0.105, noneg
=uro | weight=0.104
=odgovor =operater | weight=0.104
=cakalnici =servis | weight=0.103
=je =in | weight=0.103
=kdo | weight=0.103
=sem =cakal | weight=0.103
=opazil | weight=0.102
=zvonilo | weight=0.102
=celo | weight=0.102
=urah | weight=0.102
=preden =se | weight=0.101
=je =isto | weight=0.101
=kdo =sploh | weight=0.101
=sploh =zmeni | weight=0.101
=zmeni =za | weight=0.101
=klical =sva | weight=0.099
=sva =ves | weight=0.099
=kartico | weight=0.099
=isto =melodiji | weight=0.099
=za =naj | weight=0.098
=sem =stala | weight=0.098
=zmeni | weight=0.098
=stranka =je | weight=0.098
=nedogled | weight=0.097
=v =nedogled | weight=0.097
=dan =pa | weight=0.096
=cakanja =sem | weight=0.096
=minut =tisina | weight=0.095
=dvema =urama | weight=0.094
=urama | weight=0.094
=urama =cakanja | weight=0.094
=center =pa | weight=0.094
=nihce =oglasil | weight=0.094, noneg
=cetrt | weight=0.092
=operater =vsak | weight=0.092
=predolgo | weight=0.092
=obupal =in | weight=0.092
=o =dopustu | weight=0.092
=ure =preden | weight=0.091
=preden =so | weight=0.091
=klepetu | weight=0.091
=cakal =tri | weight=0.090
=v =cakalni | weight=0.090
=urah =cakanja | weight=0.090
=celo =dan | weight=0.090
=pred =okencu | weight=0.090
=vas =stevilko | weight=0.088
=sva =da | weight=0.087
=in =pol | weight=0.086
=stevilko =sem | weight=0.086
=je =moral | weight=0.086
=klopci | weight=0.085
=klopci =eno | weight=0.085
=na =klopci | weight=0.085
=pustili =sedeti | weight=0.085
=sedeti | weight=0.085
=sedeti =na | weight=0.085
=stala =dobro | weight=0.085
=odlozil | weight=0.085
=presedeli | weight=0.085
=skoraj =uro | weight=0.085
=uro =sem | weight=0.085
=stevilko =je | weight=0.084
=trenutek | weight=0.084
=sem =obupal | weight=0.084
=urci =sem | weight=0.083
=se =nic | weight=0.083, noneg
=servis =in | weight=0.083
=dezju | weight=0.083
=tricetrt | weight=0.083
=tricetrt =ure | weight=0.083
=operater | weight=0.082
=odprta | weight=0.082
=cakal =sm | weight=0.082
=neskoncnost | weight=0.081
=v =neskoncnost | weight=0.081
=sva | weight=0.081
=ej | weight=0.081
=sem =skoraj | weight=0.081
=motnje | weight=0.081
=me =cakal | weight=0.081
=pustili =so | weight=0.081
=zeno =cakal | weight=0.081
=so =nas | weight=0.080
=pocasen | weight=0.080
=in =odlozil | weight=0.080
=potem | weight=0.079
=cakal =v | weight=0.079
=pultom | weight=0.078
=dnevu | weight=0.077
=celo =vecnost | weight=0.077
=vecnost | weight=0.077
=vecnost =preden | weight=0.077
=so =pustili | weight=0.077
=prevezali | weight=0.077
=uri =cakanja | weight=0.076
=v =klepetu | weight=0.076
=z =dvema | weight=0.076
=devetih | weight=0.075
=min =sem | weight=0.075
=prijavil | weight=0.074
=je =prekinil | weight=0.074
=do =vrat | weight=0.074
=in =poslusal | weight=0.074
=je =vleklo | weight=0.074
=cakanja =na | weight=0.073
=cakal =dobro | weight=0.073
=koncno =prisel | weight=0.073
=eno =okencu | weight=0.073
=dedka =so | weight=0.073
=na =vas | weight=0.073
=prekinil | weight=0.073
=na =odgovor | weight=0.073
=nato =pa | weight=0.073
=ponavljal =da | weight=0.072
=uvrscen | weight=0.072
=cetrt =ure | weight=0.072
=kolona | weight=0.072
=zvezo | weight=0.072
=ne =premakne | weight=0.072, noneg
=cakalni =cas | weight=0.071
=telefonu =potem | weight=0.071
=sem =imel | weight=0.071
=tri =ure | weight=0.071
=se =ni | weight=0.071, noneg
=tisina | weight=0.070
=na =telefonu | weight=0.070
=ure =na | weight=0.070
=vrgel =ven | weight=0.070
=vivaldija | weight=0.069
=javil | weight=0.069
=prebil | weight=0.069
=pokvaril | weight=0.068
=napisal =potem | weight=0.067
=pocakam =trenutek | weight=0.067
=na =klicnem | weight=0.067
=zeno | weight=0.067
=minut =da | weight=0.067
=pred =pultom | weight=0.067
=stala =pred | weight=0.067
=liniji =in | weight=0.067
=dokler =ni | weight=0.067, noneg
=drezala | weight=0.067
=drezala =v | weight=0.067
=ni =koncno | weight=0.067, noneg
=s =tastaro | weight=0.067
=slusalko =dokler | weight=0.067
=sva =dve | weight=0.067
=tastaro | weight=0.067
=tastaro =sva | weight=0.067
=urci =drezala | weight=0.067
=drenjali | weight=0.067
=drenjali =skoraj | weight=0.067
=se =drenjali | weight=0.067
=glas =pa | weight=0.067
=glasba =glas | weight=0.067
=zadrzali | weight=0.066
=klepetali | weight=0.066
=pesmice | weight=0.066
=reklamacijo =se | weight=0.066
=zvezo =sem | weight=0.066
=igrala | weight=0.066
=igrala =glasba | weight=0.066
=glasba =na | weight=0.066
=isto | weight=0.066
=nato | weight=0.065
=visel =sem | weight=0.065
=dvema | weight=0.064
=minut =na | weight=0.064
=poklical =jutri | weight=0.064
=napisal =so | weight=0.064
=dopustu | weight=0.063
=je =javil | weight=0.063
=da =ti | weight=0.063
=dedka | weight=0.062
=prisel =na | weight=0.062
=min =v | weight=0.062
=pri =blagajni | weight=0.061
=presedeli =celo | weight=0.061
=na =urgenci | weight=0.061
=urgenci | weight=0.061
=padel | weight=0.061
=v =slusalko | weight=0.061
=uri =sem | weight=0.061
=dokler | weight=0.061
=presega | weight=0.060
=cvekata | weight=0.060
=dopustu =meni | weight=0.060
=pa =ignorirali | weight=0.060
=ti =dve | weight=0.060
=dvajset | weight=0.060
=vprasal =zakaj | weight=0.059
=na =zvocniku | weight=0.059
=zvocniku | weight=0.059
=mi =pa | weight=0.059
=petindvajset | weight=0.058
=petindvajset =minut | weight=0.058
=ta =pa | weight=0.058
=pol =pa | weight=0.058
=sedel | weight=0.058
=sem =sedel | weight=0.058
=za =klepetu | weight=0.058
=dva =dni | weight=0.058
=je =zamuja | weight=0.058
=mi =naj | weight=0.058
=bil =se | weight=0.058
=uro =in | weight=0.057
=vsak =dan | weight=0.057
=sem =odlozil | weight=0.057
=ni =zgodilo | weight=0.056, noneg
=pa =nic | weight=0.056, noneg
=ene | weight=0.056
=sem =koncno | weight=0.055
=nadrejenega =ne | weight=0.055, noneg
=zjutraj =sem | weight=0.055
=okvaro =ze | weight=0.055
=v =zivega | weight=0.054
=nesramen | weight=0.054
=paket =sem | weight=0.054
=medtem =ko | weight=0.053
=pove =da | weight=0.053
=na =chatu | weight=0.053
=ambulanto =klical | weight=0.053
=na =ambulanto | weight=0.053
=teden =liniji | weight=0.053
=ves =teden | weight=0.053
=meni =pa | weight=0.053
=servisnem | weight=0.052
=za =en | weight=0.052
=ven | weight=0.052
=sem =slusalko | weight=0.052
=na =pamet | weight=0.052
=pamet | weight=0.052
=smo =stala | weight=0.051
=svetovalec =se | weight=0.051
=klicnem =center | weight=0.050
=posledica | weight=0.050
=ze =ves | weight=0.049
=je =svetovalka | weight=0.049
=pred =vam | weight=0.049
=izpostave | weight=0.049
=da =s | weight=0.049
=znanja | weight=0.049
=poslusal =vas | weight=0.048
=vas =rekli | weight=0.048
=v =lekarni | weight=0.048
=ob =devetih | weight=0.048
=klicnem | weight=0.048
=odgovor =v | weight=0.048
=dan =v | weight=0.048
=sele =cez | weight=0.048
=nas =sploh | weight=0.047
=dela =samo | weight=0.047
=vam =je | weight=0.047
=enoti | weight=0.047
=na =upravni | weight=0.047
=upravni | weight=0.047
=upravni =enoti | weight=0.047
=mi =nekdo | weight=0.047
=sele =ob | weight=0.047
=nesprejemljivo | weight=0.047
=minut =potem | weight=0.047
=da =so | weight=0.047
=imel =na | weight=0.046
=imel | weight=0.046
=servisnem =okencu | weight=0.046
=zamuja | weight=0.046
=se =je | weight=0.046
=brez =kakrsnegakoli | weight=0.045, noneg
=nic | weight=0.045, noneg
=preden =nas | weight=0.045
=lekarni | weight=0.045
=dvajset =minut | weight=0.044
=skoz | weight=0.044
=mestu | weight=0.044
=potrdil | weight=0.044
=vrsti =za | weight=0.044
=bil =odprta | weight=0.043
=prenesem | weight=0.043
=naslednji =na | weight=0.043
=je =okvaro | weight=0.043
=bancnimi | weight=0.042
=bancnimi =okencu | weight=0.042
