# channel_deflection, sl: learned by scripts/learn.py from 2314 tuning texts (72 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ babici so v banki rekli, da je to napaka posta in da naj se tam pritozi
+ Z vozičkom nisem mogla v poslovalnico, uslužbenec pa je rekel, da invalidi lahko pišejo na mail.
+ Spoštovani, na vašem portalu že teden dni ni mogoče oddati vloge, gumb 'Oddaj' vrže napako. Ko sem poklicala, so mi svetovali, naj vlogo pošljem po navadni pošti, s čimer zamudim rok. Prosim za takojšnjo rešitev.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=po =telefonu | weight=0.324
=da =moral | weight=0.250
=spletna =obrazec | weight=0.250
=pogosta | weight=0.246
=pogosta =vprasanje | weight=0.246
=spletna | weight=0.242
=v =aplikacija | weight=0.239
=priti =v | weight=0.237
=nam =v | weight=0.230
=pisem =nam | weight=0.230
=ne =resujejo | weight=0.227, noneg
=na =spletu | weight=0.220
=prek | weight=0.216
=uredil =v | weight=0.213
=pisem =na | weight=0.205
=cemu =potem | weight=0.205
=aplikacija | weight=0.204
=telefonu =so | weight=0.191
=spletu | weight=0.190
=potem =sploh | weight=0.188
=cemu | weight=0.184
=v =zasebno | weight=0.182
=obrazec =mi | weight=0.175
=na =pogosta | weight=0.163
=naj =pisem | weight=0.163
=zasebno | weight=0.160
=zasebno =sporocilo | weight=0.160
=usmerila | weight=0.157
=mi =naj | weight=0.156
=me =napotili | weight=0.155
=vlogo | weight=0.155
=na =mail | weight=0.150
=napotili | weight=0.149
=naj =vlogo | weight=0.144
=to =uredil | weight=0.142
=chatu | weight=0.138
=odgovor =so | weight=0.137
=operater =me | weight=0.135
=je =brez | weight=0.135, noneg
=da =uredil | weight=0.134
=nas | weight=0.133
=odgovarjajo | weight=0.130
=zahtevek | weight=0.129
=posiljam =na | weight=0.128
=samo =posiljam | weight=0.128
=jim =pisem | weight=0.127
=naj =jim | weight=0.127
=trgovini =so | weight=0.126
=naj =zahtevek | weight=0.125
=zahtevek =poslal | weight=0.125
=okencu =so | weight=0.123
=naj =si | weight=0.121
=ste =odgovor | weight=0.120
=tu | weight=0.119
=svetovali | weight=0.118
=drugi =naslov | weight=0.117
=bot | weight=0.117
=se =da | weight=0.117
=rekli =mi | weight=0.117
=obrazec | weight=0.116
=naj =poklical | weight=0.115
=napotili =na | weight=0.115
=je =odgovor | weight=0.115
=z =vozicku | weight=0.114
=lahko =pisem | weight=0.114
=ste =naj | weight=0.114
=na =netu | weight=0.113
=netu | weight=0.113
=e-posto | weight=0.113
=samo =v | weight=0.112
=si =uredil | weight=0.112
=to =si | weight=0.112
=babica | weight=0.111
=reklamacijo =oddal | weight=0.110
=prek =aplikacija | weight=0.109
=za =to | weight=0.109
=doma | weight=0.108
=pisno =vlogo | weight=0.107
=da =reklamacijo | weight=0.107
=ki =ne | weight=0.107, noneg
=napaka =posti | weight=0.106
=se =tam | weight=0.106
=tam =pritozil | weight=0.106
=pisno | weight=0.106
=telefonu =tega | weight=0.105
=e-mail | weight=0.104
=odgovor =ste | weight=0.103
=priti | weight=0.102
=uredil =samo | weight=0.101
=v =poslovalnici | weight=0.101
=portal | weight=0.101
=recem | weight=0.101
=so =me | weight=0.101
=posti =in | weight=0.100
=elektronski | weight=0.100
=krajo | weight=0.100
=krajo =prijavil | weight=0.100
=moral =krajo | weight=0.100
=prijavil =prek | weight=0.100
=tega =ne | weight=0.100, noneg
=doma =in | weight=0.099
=prek =spletna | weight=0.099
=vozicku =nisem | weight=0.099, noneg
=namesto | weight=0.098
=babica =so | weight=0.097
=le | weight=0.097
=vsem | weight=0.097
=invalid | weight=0.096
=me =samo | weight=0.096
=sprejmejo | weight=0.095
=operaterka =me | weight=0.095
=napisal =naj | weight=0.095
=tega | weight=0.094
=rekli =naj | weight=0.094
=o =racun | weight=0.094
=tu =ne | weight=0.094, noneg
=imate | weight=0.093
=telefonu =da | weight=0.093
=komentar | weight=0.093
=na =okencu | weight=0.092
=facebooku =vsak | weight=0.091
=sploh =imate | weight=0.091
=vsak =napisal | weight=0.091
=je =da | weight=0.089
=to =napaka | weight=0.088
=navodila =na | weight=0.088
=iti =prek | weight=0.088
=moral =iti | weight=0.088
=vse =moral | weight=0.088
=resitev | weight=0.087
=le =po | weight=0.087
=vprasanje =ki | weight=0.087
=tega =po | weight=0.086
=rekli =samo | weight=0.086
=samo =to | weight=0.086
=je =naj | weight=0.086
=uredil | weight=0.086
=jim | weight=0.085
=iti | weight=0.085
=so =v | weight=0.084
=elektronski =naslov | weight=0.083
=na =elektronski | weight=0.083
=glas =rekli | weight=0.083
=je =racunalniski | weight=0.083
=naj =gre | weight=0.083
=racunalniski | weight=0.083
=racunalniski =glas | weight=0.083
=grem =doma | weight=0.083
=rekli =je | weight=0.082
=nisem =mogla | weight=0.082, noneg
=moja =e-mail | weight=0.081
=bil =pojdite | weight=0.080
=je =znal | weight=0.080
=kar =mi | weight=0.080
=nas =spletna | weight=0.080
=pojdite =na | weight=0.080
=recem =je | weight=0.080
=znal =recem | weight=0.080
=na =e-posto | weight=0.079
=samo =se | weight=0.079
=da =pritozbo | weight=0.079
=so =rekli | weight=0.078
=pomoc | weight=0.078
=v =klepetu | weight=0.078
=znal | weight=0.077
=vlogo =oddal | weight=0.076
=poslovalnici =mi | weight=0.076
=naj =to | weight=0.076
=to =se | weight=0.076
=izpisek | weight=0.076
=sele =sem | weight=0.075
=oddal | weight=0.075
=narediti =na | weight=0.074
=mi =svetovali | weight=0.074
=pod =vsak | weight=0.074
=vsak =komentar | weight=0.074
=do =pogosta | weight=0.073
=povezavo =do | weight=0.073
=pod | weight=0.073
=spletna =portal | weight=0.073
=v =app | weight=0.073
=si =samo | weight=0.072
=mi =recem | weight=0.072
=pojdite | weight=0.072
=se =ureja | weight=0.071
=poklical =na | weight=0.070
=se =za | weight=0.070
=recem =naj | weight=0.070
=povezavo | weight=0.069
=poslal =doma | weight=0.069
=app | weight=0.069
=to =narediti | weight=0.069
=narediva | weight=0.068
=narediva =na | weight=0.068
=to =narediva | weight=0.068
=za =spremembo | weight=0.068
=ste =prilepil | weight=0.068
=ko =odpreti | weight=0.068
=naj | weight=0.068
=racun =mi | weight=0.067
=da =se | weight=0.067
=je =preusmerili | weight=0.067
=poslal =v | weight=0.066
=zal =nam | weight=0.066
=se =to | weight=0.066
=sestra =je | weight=0.065
=in =to | weight=0.065
=oddal =v | weight=0.065
=mail | weight=0.065
=moral =osebno | weight=0.064
=osebno =priti | weight=0.064
=poslovalnici =po | weight=0.064
=spremembo =moral | weight=0.064
=okencu =mi | weight=0.064
=na =spletna | weight=0.062
=sesuje =vsakic | weight=0.061
=na =klical | weight=0.060
=me =odslovili | weight=0.060
=mail =ne | weight=0.060, noneg
=v =banki | weight=0.059
=ker =po | weight=0.059
=na =vprasanje | weight=0.059
=kar =samo | weight=0.059
=ne =ureja | weight=0.059, noneg
=naslov =na | weight=0.058
=e-posto =po | weight=0.058
=kontaktirajte =nas | weight=0.058
=nas =prek | weight=0.058
=obliki | weight=0.058
=odpisali =ste | weight=0.058
=vas =podpora | weight=0.057
=da =naj | weight=0.057
=pritozbo | weight=0.057
=reklamirala | weight=0.057
=klicnem =center | weight=0.057
=ker =pravi | weight=0.057
=tretji =dan | weight=0.056
=posiljam | weight=0.056
=napotili =naj | weight=0.056
=klicnem | weight=0.055
=ne =obstaja | weight=0.055, noneg
=nam =rekli | weight=0.055
=na =nas | weight=0.055
=vprasanje =na | weight=0.054
=prilepil | weight=0.054
=moral =priti | weight=0.054
=vozicku | weight=0.054
=raje | weight=0.054
=sestra | weight=0.053
=na =drugi | weight=0.052
=poslovalnici | weight=0.052
=pa =sploh | weight=0.052
=ponovno =sem | weight=0.052
=svoje =racun | weight=0.052
=roaming | weight=0.052
=rekli =in | weight=0.052
=ne =odgovor | weight=0.051, noneg
=telefonu =ne | weight=0.051, noneg
=mi =nisem | weight=0.051, noneg
=pa =nazaj | weight=0.051
=preverim =svoje | weight=0.051
=uporabe =aplikacija | weight=0.051
=za =podrobnosti | weight=0.051
=svetovali =naj | weight=0.050
=oddal =na | weight=0.050
=podrobnosti | weight=0.049
=uporabe | weight=0.049
=komentar =ste | weight=0.049
=v =dm | weight=0.049
=poklical =so | weight=0.049
=isto =stavek | weight=0.049
=zelel | weight=0.049
=racun =v | weight=0.049
=racun =a | weight=0.048
=prebral | weight=0.048
=odslovili | weight=0.047
=dobil =isto | weight=0.047
=poslal =na | weight=0.047
=nazaj =na | weight=0.047
=narediti | weight=0.047
=telefonu | weight=0.047
=dm | weight=0.046
=klepetu | weight=0.046
=rekli | weight=0.046
=so =da | weight=0.045
=v =chatu | weight=0.045
=vsakic =ko | weight=0.045
=mi =zaracunavate | weight=0.045
=zaracunavate | weight=0.045
=vprasal =sem | weight=0.044
=naslov | weight=0.044
=nevsecnosti =pisem | weight=0.044
=rekli =so | weight=0.044
=isto =zal | weight=0.044
=podpora =pa | weight=0.043
=poslovalnici =je | weight=0.043
=zakaj =imate | weight=0.043
=le =s | weight=0.043
=odgovor =le | weight=0.043
=pritozbo =ste | weight=0.043
=s =povezavo | weight=0.043
=na =telefonu | weight=0.043
=prilepil =isto | weight=0.043
=usluzbenec | weight=0.042
=kontaktirajte | weight=0.042
=obisku | weight=0.042
=navaden | weight=0.042
=glas | weight=0.042
=ne =smejal | weight=0.041, noneg
=na =pritozbo | weight=0.041
=ureja =samo | weight=0.040
=mi =rekli | weight=0.040
=zamudo =rok | weight=0.040
=uredil =prek | weight=0.039
=na =klicnem | weight=0.039
=pri =okencu | weight=0.039
=spremembo | weight=0.039
=vprasanje =o | weight=0.039
=racunalnika | weight=0.039
=gre =na | weight=0.038
=si | weight=0.038
=vprasanje =so | weight=0.036
=ne =obravnava | weight=0.036, noneg
=naj =vse | weight=0.036
=za =nevsecnosti | weight=0.036
=mama =grem | weight=0.036
=agent =je | weight=0.036
=dovolj =mama | weight=0.036
=preverim | weight=0.035
=ni =prispel | weight=0.035, noneg
=s =pogosta | weight=0.035
=poslal =po | weight=0.035
=pa =nimam | weight=0.034
=portal =je | weight=0.034
=napisem =e-mail | weight=0.034
=njih =stran | weight=0.034
=kriv =sistem | weight=0.034
=se =sesuje | weight=0.033
=nevsecnosti | weight=0.033
=telefonu =pa | weight=0.033
=ne =da | weight=0.033, noneg
=tam =so | weight=0.032
=dan =se | weight=0.032
=cloveka =se | weight=0.032
=poklical =klicnem | weight=0.032
=doma =naj | weight=0.032
=uredil =na | weight=0.032
=slovenije | weight=0.032
=ze =teden | weight=0.032
=nam | weight=0.032
=ne =gre | weight=0.031, noneg
=nimam =niti | weight=0.031
=ureja | weight=0.031
=in =dobil | weight=0.031
=aplikacija =ker | weight=0.031
=prek =spletu | weight=0.031
=preusmerili =na | weight=0.031
=sploh | weight=0.030
