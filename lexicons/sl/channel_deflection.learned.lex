# channel_deflection, sl: learned by scripts/learn.py from 2594 tuning texts (80 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ babici so v banki rekli, da je to napaka posta in da naj se tam pritozi
+ kaj je z vami? ze drugic mi agent odgovori samo 'preberite pogosta vprasanja' in zapre chat
+ na chatu so me poslali na telefon, na telefonu v poslovalnico, v poslovalnici pa nazaj na chat
- Ovadili vas bomo.
- Tole bo šlo viralno.
=po =telefonu | weight=0.303
=v =aplikacija | weight=0.265
=spletni =obrazec | weight=0.264
=priti =v | weight=0.255
=pogosta | weight=0.248
=pogosta =vprasanje | weight=0.248
=spletni | weight=0.232
=nam =v | weight=0.225
=pisem =nam | weight=0.225
=na =spletu | weight=0.224
=da =moral | weight=0.223
=uredil =v | weight=0.221
=pisem =na | weight=0.219
=ne =resujejo | weight=0.211, noneg
=cemu =potem | weight=0.199
=spletu | weight=0.193
=potem =sploh | weight=0.185
=cemu | weight=0.178
=aplikacija | weight=0.178
=v =zasebno | weight=0.177
=prek | weight=0.173
=chatu | weight=0.173
=telefonu =so | weight=0.171
=obrazec =mi | weight=0.169
=zasebno =sporocilo | weight=0.164
=mi =naj | weight=0.163
=usmerila | weight=0.162
=zasebno | weight=0.160
=na =pogosta | weight=0.154
=me =napotili | weight=0.152
=e-posto | weight=0.152
=odgovor =so | weight=0.147
=da =uredil | weight=0.145
=vlogo | weight=0.145
=naj =pisem | weight=0.144
=naj =vlogo | weight=0.144
=nas | weight=0.143
=napotili | weight=0.139
=je =brez | weight=0.136, noneg
=operater =me | weight=0.136
=trgovini =so | weight=0.133
=to =uredil | weight=0.133
=jim =pisem | weight=0.130
=naj =jim | weight=0.130
=na =mail | weight=0.130
=samo =posiljam | weight=0.125
=v =poslovalnici | weight=0.124
=samo =v | weight=0.124
=samo =prebral | weight=0.123
=je =odgovor | weight=0.123
=zahtevek | weight=0.123
=naj =poklical | weight=0.122
=prek =spletni | weight=0.122
=na =netu | weight=0.122
=netu | weight=0.122
=posiljam =na | weight=0.121
=odgovarja | weight=0.121
=e-mail | weight=0.121
=babica | weight=0.119
=naj =zahtevek | weight=0.118
=zahtevek =poslali | weight=0.118
=rekli =mi | weight=0.117
=tega | weight=0.116
=bot | weight=0.116
=e-mail =ste | weight=0.116
=drugi =naslov | weight=0.115
=okencu =so | weight=0.114
=za =to | weight=0.113
=pisno =vlogo | weight=0.113
=reklamacijo =oddal | weight=0.112
=z =vozicku | weight=0.112
=lahko =pisem | weight=0.111
=prijavil =prek | weight=0.111
=so =me | weight=0.111
=svetovali | weight=0.110
=si =uredil | weight=0.110
=to =si | weight=0.110
=ste =naj | weight=0.110
=napaka =posti | weight=0.109
=se =tam | weight=0.109
=tam =pritozil | weight=0.109
=da =reklamacijo | weight=0.109
=le | weight=0.109
=uredil | weight=0.109
=tu | weight=0.109
=je =da | weight=0.108
=obrazec | weight=0.107
=doma =in | weight=0.107
=krajo | weight=0.107
=krajo =prijavil | weight=0.107
=moral =krajo | weight=0.107
=doma | weight=0.104
=ste =odgovor | weight=0.104
=telefonu =tega | weight=0.103
=chatu =so | weight=0.103
=portal | weight=0.103
=posti =in | weight=0.102
=elektronski | weight=0.101
=namesto | weight=0.100
=naj | weight=0.100
=na =elektronski | weight=0.100
=odgovor =ste | weight=0.100
=uredil =samo | weight=0.099
=vozicku =nisem | weight=0.099, noneg
=invalid | weight=0.098
=babica =so | weight=0.097
=racun =mi | weight=0.097
=o =racun | weight=0.097
=napotili =na | weight=0.096
=naj =to | weight=0.095
=vsem | weight=0.095
=so =rekli | weight=0.095
=ne =odgovor | weight=0.093, noneg
=facebooku =vsak | weight=0.092
=sploh =imate | weight=0.092
=vsak =napisal | weight=0.092
=operaterka =me | weight=0.092
=telefonu =da | weight=0.092
=prebral | weight=0.091
=pisno | weight=0.091
=nazaj =na | weight=0.091
=iti =prek | weight=0.091
=moral =iti | weight=0.091
=vse =moral | weight=0.091
=tega =ne | weight=0.090, noneg
=tu =ne | weight=0.090, noneg
=recem | weight=0.090
=iti | weight=0.089
=napisal =naj | weight=0.089
=komentar | weight=0.089
=je =racunalniski | weight=0.088
=naj =gre | weight=0.088
=racunalniski | weight=0.088
=racunalniski =glas | weight=0.088
=poslovalnici =mi | weight=0.088
=nisem =mogla | weight=0.088, noneg
=me =samo | weight=0.087
=imate | weight=0.087
=odgovor =le | weight=0.086
=naj =reklamacijo | weight=0.086
=ne =dajejo | weight=0.086, noneg
=v =klepetu | weight=0.084
=so =v | weight=0.083
=to =narediti | weight=0.083
=elektronski =naslov | weight=0.083
=naj =si | weight=0.083
=grem =doma | weight=0.082
=izpisek | weight=0.082
=to =napaka | weight=0.082
=rekli =samo | weight=0.081
=samo =to | weight=0.081
=glas =rekli | weight=0.081
=bil =pojdite | weight=0.080
=je =znal | weight=0.080
=nas =spletni | weight=0.080
=pojdite =na | weight=0.080
=recem =je | weight=0.080
=znal =recem | weight=0.080
=tega =po | weight=0.080
=poslali =po | weight=0.079
=to =se | weight=0.079
=sprejmejo | weight=0.079
=spletni =portal | weight=0.079
=rekli =naj | weight=0.078
=samo =se | weight=0.078
=vlogo =oddal | weight=0.078
=se =ureja | weight=0.077
=telefonu =na | weight=0.077
=pojdite | weight=0.076
=oddal | weight=0.076
=telefonu =v | weight=0.076
=ko =odpreti | weight=0.075
=kar =mi | weight=0.075
=klicni =center | weight=0.075
=narediti =na | weight=0.074
=znal | weight=0.074
=pomoc | weight=0.073
=narediva | weight=0.073
=narediva =na | weight=0.073
=to =narediva | weight=0.073
=poklical =klicni | weight=0.073
=telefonu =ne | weight=0.073, noneg
=resitev | weight=0.073
=mail | weight=0.073
=pod =vsak | weight=0.072
=vsak =komentar | weight=0.072
=klicni | weight=0.072
=recem =naj | weight=0.072
=ki =ne | weight=0.072, noneg
=rekli =je | weight=0.072
=le =po | weight=0.071
=mi =recem | weight=0.071
=sesuje =vsakic | weight=0.071
=je =naj | weight=0.071
=v =app | weight=0.071
=priti | weight=0.070
=vas =podpora | weight=0.070
=navodila =na | weight=0.070
=oddal =v | weight=0.070
=poklical =na | weight=0.068
=da =se | weight=0.068
=zal =nam | weight=0.068
=do =pogosta | weight=0.068
=povezavo =do | weight=0.068
=me =po | weight=0.067
=in =to | weight=0.067
=da =pritozbo | weight=0.066
=app | weight=0.066
=kontaktirajte =nas | weight=0.066
=nas =prek | weight=0.066
=za =spremembo | weight=0.066
=poslali =doma | weight=0.065
=moral =poslali | weight=0.065
=sele =sem | weight=0.065
=jim | weight=0.065
=ste =prilepil | weight=0.065
=se =za | weight=0.065
=kateri =pa | weight=0.065
=poslali | weight=0.065
=me =odslovili | weight=0.065
=se =prek | weight=0.064
=vozicku | weight=0.064
=moja =e-mail | weight=0.064
=mi =nisem | weight=0.064, noneg
=na =vprasanje | weight=0.064
=se =to | weight=0.063
=v =ambulanto | weight=0.062
=sestra =je | weight=0.062
=na =klical | weight=0.062
=da =naj | weight=0.062
=pa =nazaj | weight=0.062
=vprasanje =ki | weight=0.061
=na =e-posto | weight=0.061
=poslali =na | weight=0.061
=na =kateri | weight=0.061
=je =preusmerili | weight=0.061
=moral =osebno | weight=0.060
=osebno =priti | weight=0.060
=poslovalnici =po | weight=0.060
=spremembo =moral | weight=0.060
=izvid | weight=0.060
=noce | weight=0.060
=svoje =racun | weight=0.059
=mail =ker | weight=0.059
=napotili =naj | weight=0.059
=uporabe | weight=0.059
=roaming | weight=0.059
=rekli =so | weight=0.059
=ponovno =sem | weight=0.059
=nam =rekli | weight=0.059
=na =nas | weight=0.059
=mi =svetovali | weight=0.058
=preverim =svoje | weight=0.058
=ne =ureja | weight=0.058, noneg
=narediti | weight=0.058
=naslov =na | weight=0.057
=raje | weight=0.057
=na =telefonu | weight=0.056
=odpisali =ste | weight=0.056
=na =okencu | weight=0.056
=za =podrobnosti | weight=0.056
=ambulanto | weight=0.056
=v =banki | weight=0.056
=ni =za | weight=0.055, noneg
=povezavo | weight=0.055
=vprasanje =na | weight=0.055
=prek =aplikacija | weight=0.055
=ker =po | weight=0.055
=reklamirala | weight=0.054
=spremembo | weight=0.054
=ker =pravi | weight=0.054
=oddal =na | weight=0.054
=podrobnosti | weight=0.054
=ne =obstaja | weight=0.053, noneg
=e-posto =po | weight=0.053
=pod | weight=0.053
=posiljam | weight=0.053
=drugic | weight=0.053
=obliki | weight=0.053
=racun =poslali | weight=0.053
=pa =sploh | weight=0.053
=rekli =in | weight=0.052
=mail =ne | weight=0.052, noneg
=prilepil | weight=0.052
=so =da | weight=0.052
=vsakic =ko | weight=0.052
=naj =vse | weight=0.051
=gre =na | weight=0.051
=chatu =ni | weight=0.051, noneg
=okencu =mi | weight=0.050
=reklamacijo | weight=0.049
=uporabe =aplikacija | weight=0.049
=racun =v | weight=0.049
=si =samo | weight=0.049
=se =da | weight=0.049
=poslovalnici | weight=0.048
=komentar =ste | weight=0.048
=v =dm | weight=0.048
=kontaktirajte | weight=0.048
=tretji =dan | weight=0.047
=na =chatu | weight=0.047
=racun =a | weight=0.047
=mi =zaracunavate | weight=0.047
=klepetu | weight=0.047
=pa =nihce | weight=0.047, noneg
=dm | weight=0.046
=agent =odgovor | weight=0.046
=dobil =isto | weight=0.045
=odslovili | weight=0.045
=odgovor =samo | weight=0.045
=poslali =v | weight=0.045
=isto =stavek | weight=0.045
=na =e-mail | weight=0.045
=mi =agent | weight=0.044
=obisku | weight=0.044
=zaracunavate | weight=0.044
=isto =zal | weight=0.044
=aplikacija =ker | weight=0.043
=racunalnika | weight=0.043
=pri =okencu | weight=0.043
=poslovalnici =je | weight=0.043
=podpora =pa | weight=0.043
=naslov | weight=0.043
=ze =drugic | weight=0.043
=ne =obravnava | weight=0.042, noneg
=vprasanje =so | weight=0.042
=zelel | weight=0.042
=le =s | weight=0.042
=pritozbo =ste | weight=0.042
=s =povezavo | weight=0.042
=nam | weight=0.042
=prilepil =isto | weight=0.041
=njih =strani | weight=0.041
=nevsecnosti =pisem | weight=0.041
=doma =naj | weight=0.040
=uredil =na | weight=0.040
=pritozbo | weight=0.040
=ne =smejal | weight=0.040, noneg
=poklical =so | weight=0.040
=vprasal =sem | weight=0.040
=uredil =prek | weight=0.039
=v =chatu | weight=0.039
=svetovali =naj | weight=0.039
=zakaj =imate | weight=0.038
=greva | weight=0.038
=in =dobil | weight=0.038
=pa =nimam | weight=0.038
=mama =grem | weight=0.037
=na =pritozbo | weight=0.037
=nimam =niti | weight=0.037
=dovolj =mama | weight=0.037
=rekli | weight=0.037
=vse =kar | weight=0.037
=vprasanje =o | weight=0.037
=cloveka =se | weight=0.036
=za =nevsecnosti | weight=0.036
=glas | weight=0.036
=na =njih | weight=0.036
=na =drugi | weight=0.036
=prek =spletu | weight=0.035
=nisem =hoteli | weight=0.035, noneg
=nevsecnosti | weight=0.035
=portal =je | weight=0.034
=komp | weight=0.033
=za =vse | weight=0.033
=naj =zadevo | weight=0.033
=navaden | weight=0.033
=kriv =sistem | weight=0.033
=babica =je | weight=0.032
=mi =rekli | weight=0.032
=moral =priti | weight=0.032
=aplikacija =se | weight=0.032
=zamudo =rok | weight=0.031
=preverim | weight=0.031
=je =z | weight=0.031
=ureja =samo | weight=0.031
=ne =da | weight=0.031, noneg
=ona =pa | weight=0.030
=agent =je | weight=0.030
=posti | weight=0.030
