# discrimination, nl: learned by scripts/learn.py from 4470 tuning texts (156 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Die verkoper keek me van top tot teen aan en zei dat 'deze telefoons misschien wat te duur voor u zijn'. Echt ongelooflijk.
+ Mijn vriend in een rolstoel werd niet toegelaten bij de ingang 'want het is te druk', terwijl iedereen achter ons gewoon doorliep.
+ Toen ik zei dat ik liever in het Engels verder wilde omdat mijn Nederlands niet zo goed is, zei de medewerker 'dan moet u maar iemand meenemen die het wel spreekt' en verbrak de verbinding.
- ok dankje
- we willen ons geld terug
=hoofddoek | weight=0.417
=vrouw | weight=0.357
=nederlands | weight=0.351
=leeftijd =geen | weight=0.325, noneg
=accent | weight=0.321
=leeftijd | weight=0.317
=discriminatie | weight=0.308
=moeder =van | weight=0.302
=donkere | weight=0.301
=marokkaanse | weight=0.284
=nie =helpen | weight=0.277, noneg
=huidskleur | weight=0.273
=leren | weight=0.270
=als =enige | weight=0.263
=ik =spreken | weight=0.256
=nie | weight=0.250, noneg
=doof | weight=0.244
=puur | weight=0.243
=achternaam | weight=0.239
=de =portier | weight=0.239
=portier | weight=0.239
=mijn =leeftijd | weight=0.233
=vanwege | weight=0.233
=buitengesloten | weight=0.230
=genegeerd | weight=0.230
=buitenlanders | weight=0.227
=borg =betalen | weight=0.222
=met =vrouw | weight=0.221
=een =beperking | weight=0.219
=ongelijke | weight=0.218
=beperking | weight=0.217
=te =oude | weight=0.215
=uitsluitend | weight=0.214
=hij =geen | weight=0.213, noneg
=verhuurder =zei | weight=0.213
=geen =buitenland | weight=0.209, noneg
=engels | weight=0.208
=alleen =omdat | weight=0.207
=vrienden | weight=0.207
=moest =vraag | weight=0.205
=kreeg =geen | weight=0.204, noneg
=geen =huurwoning | weight=0.202, noneg
=frans | weight=0.200
=frans =sprak | weight=0.200
=zodra | weight=0.200
=kleinzoon | weight=0.199
=je =eigen | weight=0.199
=een =rolstoel | weight=0.199
=niet =mee | weight=0.199, noneg
=omdat =we | weight=0.198
=bent | weight=0.195
=ga =terug | weight=0.195
=toch =niet | weight=0.193, noneg
=we =niet | weight=0.192, noneg
=als =rolstoelgebruiker | weight=0.192
=rolstoelgebruiker | weight=0.192
=mijn =accent | weight=0.192
=werd =bij | weight=0.190
=de =verhuur | weight=0.189
=verhuur | weight=0.189
=leren =in | weight=0.187
=ik =normaal | weight=0.186
=borg | weight=0.185
=blindengeleidehond | weight=0.184
=rolstoel | weight=0.184
=behandeling | weight=0.184
=een =buitenland | weight=0.183
=niet =goed | weight=0.183, noneg
=is =puur | weight=0.182
=puur =discriminatie | weight=0.182
=niet =omdat | weight=0.182, noneg
=weigerde =me | weight=0.181
=oma =van | weight=0.180
=toch =al | weight=0.177
=mijn =hoofddoek | weight=0.176
=wou | weight=0.174
=kon =praten | weight=0.174
=maar =aan | weight=0.173
=ineens | weight=0.170
=opmerking | weight=0.169
=ze =weigerde | weight=0.168
=mijn =kleinzoon | weight=0.167
=niet =helpen | weight=0.167, noneg
=betalen =omdat | weight=0.167
=beter =mijn | weight=0.166
=het =engels | weight=0.164
=mensen | weight=0.163
=behandeld =als | weight=0.163
=het =dat | weight=0.163
=niemand =andere | weight=0.162, noneg
=geen =lening | weight=0.161, noneg
=buitenland | weight=0.160
=niet =binnen | weight=0.159, noneg
=afkomst | weight=0.159
=hier =niet | weight=0.159, noneg
=aangesproken | weight=0.159
=gecontroleerd | weight=0.158
=maar =iemand | weight=0.158
=beter =niet | weight=0.157, noneg
=ik =zwanger | weight=0.156
=wilde =worden | weight=0.156
=zwanger | weight=0.156
=zwanger =wilde | weight=0.156
=genegeerd =en | weight=0.156
=de =bewaker | weight=0.155
=mijn =vrienden | weight=0.154
=kind | weight=0.154
=normaal =kon | weight=0.153
=zodra =ze | weight=0.153
=klant =met | weight=0.153
=ten =aan | weight=0.152
=top =tot | weight=0.152
=tot =ten | weight=0.152
=van =top | weight=0.152
=dan =maar | weight=0.151
=bejegend | weight=0.151
=mijn =man | weight=0.150
=de =kassiere | weight=0.150
=hielp | weight=0.150
=grond =van | weight=0.149
=op =grond | weight=0.149
=magazijnpersoneel | weight=0.149
=sturen =zei | weight=0.149
=enige | weight=0.148
=bewaker | weight=0.148
=geen =smartphone | weight=0.147, noneg
=beveiliger | weight=0.146
=ze =hielp | weight=0.146
=omdat =ik | weight=0.146
=beter | weight=0.145
=racistische | weight=0.145
=racistische =opmerking | weight=0.145
=afkomst =kreeg | weight=0.145
=premie | weight=0.144
=basis | weight=0.143
=basis =van | weight=0.143
=op =basis | weight=0.143
=een =racistische | weight=0.143
=volgde | weight=0.143
=dat =toch | weight=0.142
=hoorde | weight=0.142
=gecontroleerd =bij | weight=0.142
=opmerking =van | weight=0.141
=spreken =nog | weight=0.141
=grond | weight=0.141
=andere =moet | weight=0.139
=als =vrouw | weight=0.139
=de =verhuurder | weight=0.139
=verhuurder | weight=0.139
=me =niet | weight=0.138, noneg
=kassiere | weight=0.138
=slechtziend | weight=0.137
=rolstoel =werd | weight=0.137
=behandeld | weight=0.136
=moet =laat | weight=0.136
=dit =gebeurt | weight=0.136
=toch | weight=0.134
=moest =leren | weight=0.134
=een =donkere | weight=0.134
=niet =snappen | weight=0.133, noneg
=geen =abonnement | weight=0.133, noneg
=andere =gast | weight=0.132
=tegen =mijn | weight=0.132
=mocht =niet | weight=0.131, noneg
=bespreken | weight=0.131
=buitenland =achternaam | weight=0.131
=en =daarom | weight=0.131
=een =vrouw | weight=0.130
=is =doof | weight=0.130
=balie =zeiden | weight=0.130
=ingang | weight=0.129
=ze =wilde | weight=0.129
=en =maakte | weight=0.129
=medewerker =mij | weight=0.127
=mocht | weight=0.127
=te =helpen | weight=0.126
=de =wit | weight=0.126
=zei =hij | weight=0.126
=ze =bleef | weight=0.125
=naar =binnen | weight=0.125
=grapjes | weight=0.125
=grapjes =over | weight=0.125
=maakte =grapjes | weight=0.125
=mij =niet | weight=0.125, noneg
=werd =aan | weight=0.124
=ongelijke =behandeling | weight=0.123
=uitsluitend =met | weight=0.123
=mijn =oma | weight=0.121
=oma | weight=0.121
=sprak =me | weight=0.121
=mijn =afkomst | weight=0.121
=komen =je | weight=0.120
=een =hoofddoek | weight=0.120
=een =roma | weight=0.120
=roma | weight=0.120
=roma =ben | weight=0.120
=huisregel | weight=0.120
=de =uitgang | weight=0.119
=uitgang | weight=0.119
=dat =vrouw | weight=0.119
=controleerde | weight=0.118
=werd =ik | weight=0.118
=bewaking | weight=0.118
=de =bewaking | weight=0.118
=maar =terug | weight=0.118
=nederlands =moest | weight=0.117
=sprak | weight=0.117
=niet =zei | weight=0.117, noneg
=veel =gedoe | weight=0.117
=gebeurt | weight=0.117
=oude =zou | weight=0.116
=met =mijn | weight=0.116
=bleef =vraag | weight=0.115
=donkere =huid | weight=0.115
=ik =kon | weight=0.114
=huid | weight=0.114
=met =iemand | weight=0.114
=mij =als | weight=0.114
=lopen | weight=0.114
=behandeld =vanwege | weight=0.114
=me =van | weight=0.114
=het =maar | weight=0.113
=ten | weight=0.112
=dat =deze | weight=0.111
=hele =winkel | weight=0.111
=mensen =met | weight=0.110
=man | weight=0.110
=dat =niet | weight=0.110, noneg
=je =als | weight=0.109
=plek | weight=0.109
=ze =is | weight=0.109
=werd =andere | weight=0.109
=zijn =voor | weight=0.109
=reizigers | weight=0.107
=spreekt | weight=0.107
=kreeg =we | weight=0.107
=de =toegang | weight=0.107
=toegang | weight=0.107
=jullie =winkel | weight=0.105
=eerst =maar | weight=0.105
=constateren | weight=0.105
=constateren =dat | weight=0.105
=reden =gewoon | weight=0.105
=vrouw =ben | weight=0.104
=uitsluitend =op | weight=0.104
=leeftijd =beter | weight=0.104
=down | weight=0.104
=het =syndroom | weight=0.104
=syndroom | weight=0.104
=syndroom =van | weight=0.104
=van =down | weight=0.104
=oudere | weight=0.104
=was =voor | weight=0.103
=de =ingang | weight=0.103
=winkel =niet | weight=0.103, noneg
=tien =minuten | weight=0.102
=werd =we | weight=0.102
=portier =liet | weight=0.100
=worden =hier | weight=0.100
=rest | weight=0.100
=verkoper =had | weight=0.099
=die =wel | weight=0.099
=alleen =tegen | weight=0.099
=collega =met | weight=0.099
=betreft =ongelijke | weight=0.099
=buitenlanders =moet | weight=0.099
=jullie =buitenlanders | weight=0.099
=rij =staan | weight=0.099
=mijn =achternaam | weight=0.098
=gelaten | weight=0.098
=me =in | weight=0.098
=zulke | weight=0.098
=alsof =ze | weight=0.097
=verhoogd | weight=0.097
=gast =mocht | weight=0.097
=uw =vertegenwoordiger | weight=0.096
=vertegenwoordiger | weight=0.096
=mijn =zus | weight=0.096
=zus | weight=0.096
=weggestuurd | weight=0.094
=ze =sprak | weight=0.094
=handicap | weight=0.094
=niet =geholpen | weight=0.093, noneg
=haar =leeftijd | weight=0.093
=verteld =mijn | weight=0.093
=wel =nederlands | weight=0.093
=ze =te | weight=0.093
=excursie | weight=0.093
=achterna | weight=0.092
=liep =me | weight=0.092
=winkel =achterna | weight=0.092
=had =mijn | weight=0.092
=man =in | weight=0.092
=moet =eerst | weight=0.091
=het =appartement | weight=0.091
=restaurant =kreeg | weight=0.091
=omdat =dat | weight=0.091
=engels =sprak | weight=0.090
=ik =engels | weight=0.090
=was =ze | weight=0.090
=een =digitale | weight=0.090
=geleidehond | weight=0.089
=zijn =geleidehond | weight=0.089
=zulke =klant | weight=0.089
=down =de | weight=0.089
=ontzegd | weight=0.089
=zoon =met | weight=0.089
=eerst =leren | weight=0.089
=voelt =zich | weight=0.088
=genomen | weight=0.088
=je =daar | weight=0.088
=ons =niet | weight=0.088, noneg
=letterlijk =tegen | weight=0.088
=sprak =tegen | weight=0.088
=aangenomen | weight=0.088
=niet =online | weight=0.087, noneg
=racisme | weight=0.087
=maakte | weight=0.087
=beveiliging | weight=0.086
=werd =behandeld | weight=0.086
=ik =dan | weight=0.086
=gedoe | weight=0.085
=eerst =moest | weight=0.085
=restaurant | weight=0.084
=de =beveiliger | weight=0.084
=blind | weight=0.084
=appartement | weight=0.083
=het =zwembad | weight=0.083
=zwembad | weight=0.083
=of =ik | weight=0.083
=mijn =nederlands | weight=0.083
=apart =genomen | weight=0.082
=kreeg =bij | weight=0.082
=van =afkomst | weight=0.082
=de =beveiliging | weight=0.082
=wit | weight=0.082
=genoeg | weight=0.082
=behandeling =bij | weight=0.082
=dove | weight=0.082
=daarom | weight=0.081
=een =kind | weight=0.081
=wilde =me | weight=0.081
=mijn =marokkaanse | weight=0.081
=te =veel | weight=0.081
=niet =nodig | weight=0.081, noneg
=niemand =in | weight=0.081, noneg
=nederlands =is | weight=0.081
=mij =door | weight=0.080
=verkoopster =keek | weight=0.080
=liet =ons | weight=0.080
=mijn =huidskleur | weight=0.080
=vanwege =mijn | weight=0.080
=steeds =bij | weight=0.080
=monteur =zei | weight=0.079
=de =gaat | weight=0.079
=donkere =huidskleur | weight=0.079
=ze =hoorde | weight=0.079
=werd =geweigerd | weight=0.078
=tegen =mij | weight=0.078
=vader =van | weight=0.078
=het =prima | weight=0.078
=nederlands =spreekt | weight=0.078
=ze =op | weight=0.078
=halte | weight=0.078
=mee =te | weight=0.078
=mijn =vader | weight=0.077
=zodra =hij | weight=0.077
=voor =mij | weight=0.076
=ze =een | weight=0.076
=doof =en | weight=0.076
=weg =omdat | weight=0.076
=gast | weight=0.075
=en =lopen | weight=0.074
=lopen =met | weight=0.074
=winkel =de | weight=0.074
=dat =je | weight=0.074
=werd =gevraagd | weight=0.074
=het =restaurant | weight=0.073
=en =eh | weight=0.073
=hoofddoek =werd | weight=0.073
=oudere =mensen | weight=0.073
=verkoper =keek | weight=0.072
=behandeld =mijn | weight=0.072
=straal | weight=0.072
=straal =genegeerd | weight=0.072
=niet =in | weight=0.072, noneg
=vrouw =werd | weight=0.072
=wilde =de | weight=0.072
=mijn =zoon | weight=0.071
=boren | weight=0.071
=boren =toch | weight=0.071
=soort =boren | weight=0.071
=vrouw =dit | weight=0.071
=eh =de | weight=0.071
=nooit =eerder | weight=0.071, noneg
=marokkaanse =vrienden | weight=0.071
=ouwe | weight=0.071
=sprak =de | weight=0.071
=weggestuurd =omdat | weight=0.071
=me =met | weight=0.070
