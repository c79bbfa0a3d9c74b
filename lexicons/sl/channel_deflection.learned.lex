# channel_deflection, sl: learned by scripts/learn.py from 2816 tuning texts (82 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ babici so v banki rekli, da je to napaka posta in da naj se tam pritozi
+ kaj je z vami? ze drugic mi agent odgovori samo 'preberite pogosta vprasanja' in zapre chat
+ na chatu so me poslali na telefon, na telefonu v poslovalnico, v poslovalnici pa nazaj na chat
- Ovadili vas bomo.
- nihce mi ni odpisal
=po =telefonu | weight=0.289
=spletni =obrazec | weight=0.277
=v =aplikacija | weight=0.261
=priti =v | weight=0.260
=pogosta | weight=0.258
=pogosta =vprasanje | weight=0.258
=na =spletu | weight=0.241
=uredil =v | weight=0.232
=da =moral | weight=0.229
=spletni | weight=0.227
=nam =v | weight=0.224
=pisem =nam | weight=0.224
=spletu | weight=0.219
=ne =resujejo | weight=0.215, noneg
=pisem =na | weight=0.213
=aplikacija | weight=0.181
=v =zasebno | weight=0.177
=obrazec =mi | weight=0.167
=prek | weight=0.166
=chatu | weight=0.166
=naj =pisem | weight=0.164
=cemu =potem | weight=0.164
=zasebno =sporocilo | weight=0.162
=mi =naj | weight=0.160
=zasebno | weight=0.157
=usmerili | weight=0.155
=potem =sploh | weight=0.154
=na =pogosta | weight=0.153
=me =napotili | weight=0.150
=cemu | weight=0.149
=e-posto | weight=0.148
=vlogo | weight=0.140
=napotili | weight=0.139
=naj =vlogo | weight=0.137
=odgovor =so | weight=0.132
=zahtevek | weight=0.129
=jim =pisem | weight=0.129
=naj =jim | weight=0.129
=je =brez | weight=0.129, noneg
=telefonu =so | weight=0.129
=naj =poklical | weight=0.128
=nas | weight=0.128
=operater =me | weight=0.128
=fb | weight=0.126
=na =fb | weight=0.126
=trgovini =so | weight=0.125
=samo =posiljam | weight=0.125
=tu | weight=0.125
=samo =v | weight=0.123
=samo =prebral | weight=0.123
=reklamacijo =oddal | weight=0.121
=lahko =pisem | weight=0.120
=z =vozicku | weight=0.120
=napotili =na | weight=0.120
=za =to | weight=0.120
=na =mail | weight=0.120
=e-mail =ste | weight=0.119
=e-mail | weight=0.119
=da =uredil | weight=0.119
=ste =naj | weight=0.119
=svetovali | weight=0.118
=je =odgovor | weight=0.118
=to =uredil | weight=0.118
=posiljam =na | weight=0.117
=obrazec | weight=0.117
=chatu =so | weight=0.117
=babica | weight=0.116
=naj =zahtevek | weight=0.115
=zahtevek =poslal | weight=0.115
=na =netu | weight=0.115
=netu | weight=0.115
=drugi =naslov | weight=0.115
=le | weight=0.112
=tega | weight=0.112
=uredil | weight=0.112
=pisno =vlogo | weight=0.112
=portal | weight=0.111
=bot | weight=0.111
=okencu =so | weight=0.111
=nazaj =na | weight=0.110
=si =uredil | weight=0.110
=to =si | weight=0.110
=doma | weight=0.110
=pisno | weight=0.109
=telefonu =tega | weight=0.108
=naj | weight=0.108
=prijavil =prek | weight=0.107
=napaka =posti | weight=0.107
=se =tam | weight=0.107
=tam =pritozil | weight=0.107
=rekli =mi | weight=0.107
=je =da | weight=0.106
=so =me | weight=0.105
=doma =in | weight=0.104
=odgovarjajo | weight=0.104
=krajo | weight=0.104
=krajo =prijavil | weight=0.104
=moral =krajo | weight=0.104
=vozicku =nisem | weight=0.103, noneg
=me =samo | weight=0.101
=uredil =samo | weight=0.101
=odgovor =ste | weight=0.101
=ste =odgovor | weight=0.101
=v =poslovalnici | weight=0.101
=invalid | weight=0.100
=naj =reklamacijo | weight=0.100
=posti =in | weight=0.099
=namesto | weight=0.098
=babica =so | weight=0.098
=iti =prek | weight=0.098
=moral =iti | weight=0.098
=vse =moral | weight=0.098
=telefonu =da | weight=0.097
=elektronski | weight=0.097
=da =reklamacijo | weight=0.095
=iti | weight=0.095
=nisem =mogla | weight=0.094, noneg
=o =racun | weight=0.094
=sprejmejo | weight=0.094
=ne =odgovor | weight=0.094, noneg
=racun =mi | weight=0.093
=recem | weight=0.093
=rekli =naj | weight=0.092
=prek =spletni | weight=0.091
=operaterka =me | weight=0.091
=prebral | weight=0.091
=komentar | weight=0.090
=facebooku =vsak | weight=0.089
=sploh =imate | weight=0.089
=vsak =napisal | weight=0.089
=na =elektronski | weight=0.089
=naj =vse | weight=0.089
=so =v | weight=0.086
=je =racunalniski | weight=0.085
=naj =gre | weight=0.085
=racunalniski | weight=0.085
=racunalniski =glas | weight=0.085
=poslovalnici =mi | weight=0.085
=poslal =po | weight=0.085
=odgovor =le | weight=0.085
=rekli =je | weight=0.084
=to =napaka | weight=0.084
=v =klepetu | weight=0.083
=to =narediti | weight=0.083
=bil =pojdite | weight=0.082
=je =znal | weight=0.082
=nas =spletni | weight=0.082
=pojdite =na | weight=0.082
=recem =je | weight=0.082
=znal =recem | weight=0.082
=spletni =portal | weight=0.082
=napisal =naj | weight=0.082
=tega =po | weight=0.081
=ne =dajejo | weight=0.081, noneg
=glas =rekli | weight=0.081
=tega =ne | weight=0.081, noneg
=so =rekli | weight=0.081
=naj =si | weight=0.080
=poklical =na | weight=0.080
=kar =mi | weight=0.079
=tu =ne | weight=0.078, noneg
=ki =ne | weight=0.078, noneg
=telefonu =ne | weight=0.078, noneg
=imate | weight=0.078
=priti | weight=0.077
=grem =doma | weight=0.077
=znal | weight=0.077
=naj =to | weight=0.077
=to =se | weight=0.076
=rekli =samo | weight=0.076
=samo =to | weight=0.076
=vsem | weight=0.076
=telefonu =na | weight=0.076
=telefonu =v | weight=0.076
=resitev | weight=0.075
=do =pogosta | weight=0.075
=povezavo =do | weight=0.075
=samo =se | weight=0.075
=pojdite | weight=0.075
=izpisek | weight=0.075
=elektronski =naslov | weight=0.074
=se =ureja | weight=0.074
=vlogo =oddal | weight=0.073
=ko =odpreti | weight=0.072
=na =telefonu | weight=0.072
=narediti =na | weight=0.072
=le =po | weight=0.072
=prek =aplikacija | weight=0.072
=pomoc | weight=0.072
=mi =recem | weight=0.071
=uredil =na | weight=0.071
=vsak =komentar | weight=0.071
=pa =nazaj | weight=0.070
=na =e-posto | weight=0.070
=na =klical | weight=0.070
=za =spremembo | weight=0.070
=me =po | weight=0.069
=narediva | weight=0.069
=narediva =na | weight=0.069
=to =narediva | weight=0.069
=navodila =na | weight=0.069
=pod =vsak | weight=0.068
=v =app | weight=0.068
=sele =sem | weight=0.068
=moral =poslal | weight=0.068
=me =odslovili | weight=0.068
=moja =e-mail | weight=0.067
=jim | weight=0.067
=sesuje =vsakic | weight=0.067
=kateri =pa | weight=0.067
=da =pritozbo | weight=0.067
=poslal | weight=0.067
=recem =naj | weight=0.067
=in =to | weight=0.066
=ste =prilepil | weight=0.066
=oddal | weight=0.066
=zal =nam | weight=0.066
=je =preusmerili | weight=0.066
=se =to | weight=0.066
=narediti | weight=0.066
=app | weight=0.065
=se =za | weight=0.065
=v =ambulanto | weight=0.065
=oddal =v | weight=0.065
=v =banki | weight=0.064
=vprasanje =ki | weight=0.064
=vas =podpora | weight=0.064
=klicnem =centru | weight=0.064
=na =kateri | weight=0.064
=mi =nisem | weight=0.064, noneg
=povezavo | weight=0.064
=rekli =so | weight=0.063
=mail =ker | weight=0.063
=mi =svetovali | weight=0.063
=noce | weight=0.063
=poklical =klicnem | weight=0.063
=pa =sploh | weight=0.063
=moral =osebno | weight=0.062
=osebno =priti | weight=0.062
=poslovalnici =po | weight=0.062
=spremembo =moral | weight=0.062
=ne =ureja | weight=0.062, noneg
=klicnem | weight=0.062
=na =okencu | weight=0.062
=reklamirala | weight=0.061
=vozicku | weight=0.061
=poslal =na | weight=0.061
=ambulanto | weight=0.061
=uporabe | weight=0.060
=kontaktirajte =nas | weight=0.060
=nas =prek | weight=0.060
=naslov =na | weight=0.060
=ker =po | weight=0.059
=klepetu | weight=0.059
=ni =za | weight=0.059, noneg
=na =vprasanje | weight=0.059
=poslal =doma | weight=0.058
=na =nas | weight=0.058
=nam =rekli | weight=0.057
=poslal =v | weight=0.057
=vprasanje =na | weight=0.057
=odpisali =ste | weight=0.056
=se =prek | weight=0.056
=mail | weight=0.056
=chatu =ni | weight=0.056, noneg
=ne =obstaja | weight=0.056, noneg
=prilepil | weight=0.055
=je =naj | weight=0.055
=racun =poslal | weight=0.055
=sestra =je | weight=0.055
=uredil =prek | weight=0.055
=izvid | weight=0.054
=na =chatu | weight=0.054
=pod | weight=0.054
=da =se | weight=0.054
=pa =nihce | weight=0.054, noneg
=napotili =naj | weight=0.054
=gre =na | weight=0.053
=spremembo | weight=0.053
=so =da | weight=0.053
=se =da | weight=0.053
=da =ne | weight=0.053, noneg
=drugic | weight=0.053
=vsakic =ko | weight=0.052
=odslovili | weight=0.052
=rekli =in | weight=0.052
=uporabe =aplikacija | weight=0.052
=racun =a | weight=0.051
=obliki | weight=0.051
=svetovali =naj | weight=0.051
=podpora =pa | weight=0.051
=ker =pravi | weight=0.051
=nam | weight=0.050
=oddal =na | weight=0.050
=okencu =mi | weight=0.050
=na =drugi | weight=0.050
=si =samo | weight=0.049
=e-posto =po | weight=0.049
=roaming | weight=0.049
=ponovno =sem | weight=0.048
=naslov | weight=0.048
=preverim =svoje | weight=0.048
=poslovalnici | weight=0.048
=odgovor =samo | weight=0.048
=moral =priti | weight=0.048
=za =podrobnosti | weight=0.048
=tretji =dan | weight=0.047
=komentar =ste | weight=0.047
=v =dm | weight=0.047
=podrobnosti | weight=0.047
=mail =ne | weight=0.046, noneg
=svoje =racun | weight=0.046
=ne =smejal | weight=0.045, noneg
=racun =v | weight=0.045
=ze =drugic | weight=0.044
=dobil =isto | weight=0.044
=isto =stavek | weight=0.044
=agent =odgovor | weight=0.044
=poslovalnici =je | weight=0.044
=aplikacija =ker | weight=0.044
=dm | weight=0.044
=pri =okencu | weight=0.044
=isto =zal | weight=0.043
=nevsecnosti =pisem | weight=0.043
=kontaktirajte | weight=0.043
=mi =agent | weight=0.042
=reklamacijo | weight=0.042
=mi =zaracunavate | weight=0.042
=prilepil =isto | weight=0.041
=zelel | weight=0.041
=blagajni =so | weight=0.041
=na =e-mail | weight=0.041
=vse =kar | weight=0.041
=poklical =so | weight=0.040
=obiskih | weight=0.040
=vprasanje =so | weight=0.040
=oddal =prek | weight=0.040
=da =naj | weight=0.040
=je =poslal | weight=0.040
=vprasal =sem | weight=0.040
=pritozbo | weight=0.040
=in =dobil | weight=0.039
=glas | weight=0.039
=njih =strani | weight=0.038
=rekli | weight=0.038
=za =nevsecnosti | weight=0.038
=portal =je | weight=0.038
=posiljam | weight=0.038
=moral | weight=0.038
=vprasanje =o | weight=0.038
=le =s | weight=0.038
=pritozbo =ste | weight=0.038
=s =povezavo | weight=0.038
=dovolj =mamo | weight=0.037
=nisem =hoteli | weight=0.037, noneg
=nevsecnosti | weight=0.037
=greva | weight=0.037
=prek =spletu | weight=0.036
=mamo =grem | weight=0.036
=racunalnika | weight=0.036
=nimam =niti | weight=0.036
=ste | weight=0.036
=pa =nimam | weight=0.036
=cloveka =se | weight=0.035
=zamudo =rok | weight=0.035
=osebno | weight=0.035
=aplikacija =se | weight=0.035
=napisem =e-mail | weight=0.035
=vsak =vprasanje | weight=0.035
=zaracunavate | weight=0.034
=slovenije | weight=0.034
=agent =je | weight=0.034
=naj =zadevo | weight=0.034
=zna | weight=0.034
=tam =so | weight=0.034
=kriv =sistem | weight=0.034
=preverim | weight=0.034
=na =njih | weight=0.034
=odslovili =z | weight=0.033
=navaden | weight=0.033
=za =vse | weight=0.033
=izpolnil =obrazec | weight=0.032
=odpreti | weight=0.032
=ureja =samo | weight=0.031
=je =z | weight=0.031
=v =trgovini | weight=0.031
=ona =pa | weight=0.031
=komp | weight=0.031
=zakaj =imate | weight=0.031
