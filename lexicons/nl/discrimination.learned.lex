# discrimination, nl: learned by scripts/learn.py from 3889 tuning texts (156 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Die verkoper keek me van top tot teen aan en zei dat 'deze telefoons misschien wat te duur voor u zijn'. Echt ongelooflijk.
+ Toen ik zei dat ik liever in het Engels verder wilde omdat mijn Nederlands niet zo goed is, zei de medewerker 'dan moet u maar iemand meenemen die het wel spreekt' en verbrak de verbinding.
+ omdat we Frans spraken werden we niet geholpen
- we willen ons geld terug
- Geen minuut gewacht, top!
=hoofddoek | weight=0.404
=nederlands | weight=0.346
=vrouw | weight=0.338
=leeftijd =geen | weight=0.330, noneg
=accent | weight=0.317
=leeftijd | weight=0.314
=moeder =van | weight=0.310
=discriminatie | weight=0.298
=donkere | weight=0.297
=marokkaanse | weight=0.281
=leren | weight=0.275
=nie =helpen | weight=0.274, noneg
=huidskleur | weight=0.261
=de =portier | weight=0.261
=portier | weight=0.261
=als =enige | weight=0.257
=achternaam | weight=0.256
=niet =mee | weight=0.255, noneg
=ik =spreken | weight=0.252
=puur | weight=0.244
=nie | weight=0.242, noneg
=doof | weight=0.240
=borg =betalen | weight=0.239
=genegeerd | weight=0.234
=buitenlanders | weight=0.227
=mijn =leeftijd | weight=0.221
=engels | weight=0.220
=behandeling | weight=0.220
=buitengesloten | weight=0.219
=vanwege | weight=0.216
=te =oude | weight=0.215
=een =beperking | weight=0.214
=beperking | weight=0.212
=met =vrouw | weight=0.211
=ongelijke | weight=0.210
=zodra | weight=0.208
=uitsluitend | weight=0.207
=geen =huurwoning | weight=0.205, noneg
=alleen =omdat | weight=0.205
=behandeld =als | weight=0.204
=je =eigen | weight=0.203
=hij =geen | weight=0.202, noneg
=verhuurder =zei | weight=0.202
=moest =vraag | weight=0.200
=geen =buitenland | weight=0.200, noneg
=kreeg =geen | weight=0.197, noneg
=vrienden | weight=0.197
=ga =terug | weight=0.197
=kleinzoon | weight=0.196
=mijn =accent | weight=0.195
=borg | weight=0.195
=een =rolstoel | weight=0.195
=leren =in | weight=0.193
=niet =omdat | weight=0.193, noneg
=frans | weight=0.193
=frans =sprak | weight=0.193
=toch =niet | weight=0.189, noneg
=werd =bij | weight=0.189
=opmerking | weight=0.188
=bent | weight=0.186
=als =rolstoelgebruiker | weight=0.186
=rolstoelgebruiker | weight=0.186
=het =engels | weight=0.184
=de =verhuur | weight=0.183
=verhuur | weight=0.183
=omdat =we | weight=0.183
=is =puur | weight=0.182
=puur =discriminatie | weight=0.182
=weigerde =me | weight=0.181
=ik =normaal | weight=0.179
=blindengeleidehond | weight=0.179
=niet =helpen | weight=0.179, noneg
=we =niet | weight=0.178, noneg
=oma =van | weight=0.178
=niet =goed | weight=0.177, noneg
=wou | weight=0.176
=betalen =omdat | weight=0.176
=een =buitenland | weight=0.176
=toch | weight=0.175
=zei =hij | weight=0.170
=rolstoel | weight=0.169
=dat =niet | weight=0.166, noneg
=ze =weigerde | weight=0.165
=het =dat | weight=0.165
=maar =aan | weight=0.164
=mijn =hoofddoek | weight=0.163
=kon =praten | weight=0.162
=kind | weight=0.160
=de =verhuurder | weight=0.160
=verhuurder | weight=0.160
=mijn =man | weight=0.160
=de =kassiere | weight=0.160
=mijn =kleinzoon | weight=0.160
=aangesproken | weight=0.159
=geen =smartphone | weight=0.158, noneg
=beveiliger | weight=0.158
=ze =hielp | weight=0.157
=normaal =kon | weight=0.157
=omdat =ik | weight=0.156
=beter =mijn | weight=0.155
=enige | weight=0.155
=gecontroleerd | weight=0.153
=maar =iemand | weight=0.153
=beter =niet | weight=0.152, noneg
=ten =aan | weight=0.152
=top =tot | weight=0.152
=tot =ten | weight=0.152
=van =top | weight=0.152
=niet =binnen | weight=0.151, noneg
=geen =lening | weight=0.151, noneg
=klant =met | weight=0.150
=genegeerd =en | weight=0.149
=ineens | weight=0.149
=buitenland | weight=0.149
=beter | weight=0.148
=niemand =andere | weight=0.148, noneg
=sturen =zei | weight=0.146
=ik =zwanger | weight=0.146
=wilde =worden | weight=0.146
=zwanger | weight=0.146
=zwanger =wilde | weight=0.146
=sprak | weight=0.146
=me =niet | weight=0.146, noneg
=de =bewaker | weight=0.146
=grond =van | weight=0.145
=op =grond | weight=0.145
=hielp | weight=0.145
=kassiere | weight=0.144
=dan =maar | weight=0.144
=basis | weight=0.144
=basis =van | weight=0.144
=op =basis | weight=0.144
=volgde | weight=0.144
=racistische | weight=0.144
=racistische =opmerking | weight=0.144
=lopen | weight=0.143
=premie | weight=0.142
=gecontroleerd =bij | weight=0.142
=mijn =vrienden | weight=0.141
=zodra =ze | weight=0.141
=afkomst | weight=0.141
=afkomst =kreeg | weight=0.141
=een =racistische | weight=0.139
=spreken =nog | weight=0.139
=grond | weight=0.139
=bewaker | weight=0.139
=te =helpen | weight=0.139
=mocht =niet | weight=0.139, noneg
=dat =toch | weight=0.138
=opmerking =van | weight=0.138
=geen =abonnement | weight=0.138, noneg
=bejegend | weight=0.138
=andere =gast | weight=0.137
=oudere | weight=0.136
=hoorde | weight=0.136
=mensen | weight=0.135
=is =doof | weight=0.135
=andere =moet | weight=0.135
=rolstoel =werd | weight=0.134
=ingang | weight=0.133
=dit =gebeurt | weight=0.133
=hier =niet | weight=0.133, noneg
=buitenland =achternaam | weight=0.132
=moet =laat | weight=0.132
=een =donkere | weight=0.132
=behandeld | weight=0.132
=magazijnpersoneel | weight=0.131
=een =hoofddoek | weight=0.131
=een =vrouw | weight=0.130
=naar =binnen | weight=0.130
=tegen =mijn | weight=0.129
=ze =bleef | weight=0.129
=niet =snappen | weight=0.128, noneg
=het =maar | weight=0.128
=moest =leren | weight=0.128
=komen =je | weight=0.126
=grapjes | weight=0.126
=grapjes =over | weight=0.126
=maakte =grapjes | weight=0.126
=mocht | weight=0.126
=slechtziend | weight=0.126
=en =daarom | weight=0.126
=als =vrouw | weight=0.125
=ongelijke =behandeling | weight=0.125
=mij =niet | weight=0.123, noneg
=en =maakte | weight=0.123
=medewerker =mij | weight=0.123
=met =mijn | weight=0.122
=beveiliging | weight=0.122
=de =witte | weight=0.121
=uitsluitend =met | weight=0.121
=huisregel | weight=0.121
=een =roma | weight=0.120
=roma | weight=0.120
=roma =ben | weight=0.120
=bespreken | weight=0.119
=donkere =huid | weight=0.119
=huid | weight=0.117
=me =van | weight=0.116
=controleerde | weight=0.115
=behandeld =vanwege | weight=0.115
=werd =ik | weight=0.115
=werd =aan | weight=0.115
=veel =gedoe | weight=0.115
=vrouw =ben | weight=0.115
=balie =zeiden | weight=0.114
=dat =deze | weight=0.114
=gebeurt | weight=0.112
=bleef =vraag | weight=0.112
=kreeg =we | weight=0.112
=niet =zei | weight=0.111, noneg
=down | weight=0.111
=het =syndroom | weight=0.111
=syndroom | weight=0.111
=syndroom =van | weight=0.111
=van =down | weight=0.111
=ten | weight=0.111
=verhoogd | weight=0.111
=vraag =of | weight=0.110
=ze =sprak | weight=0.110
=werd =andere | weight=0.110
=mijn =afkomst | weight=0.110
=verkoper =had | weight=0.109
=bewaking | weight=0.109
=de =bewaking | weight=0.109
=nederlands =moest | weight=0.109
=mensen =met | weight=0.108
=dat =vrouw | weight=0.108
=maar =terug | weight=0.108
=ze =wilde | weight=0.108
=niet =nodig | weight=0.108, noneg
=met =iemand | weight=0.108
=uitsluitend =op | weight=0.108
=oude =zou | weight=0.107
=de =uitgang | weight=0.106
=uitgang | weight=0.106
=mij =als | weight=0.106
=was =voor | weight=0.106
=de =beveiliging | weight=0.106
=betreft =ongelijke | weight=0.106
=door =uw | weight=0.105
=tien =minuten | weight=0.104
=zulke | weight=0.104
=mijn =oma | weight=0.104
=oma | weight=0.104
=mijn =achternaam | weight=0.103
=de =beveiliger | weight=0.103
=had =mijn | weight=0.102
=sprak =me | weight=0.102
=zijn =voor | weight=0.102
=ik =kon | weight=0.101
=haar =leeftijd | weight=0.101
=verteld =mijn | weight=0.101
=je =als | weight=0.101
=reizigers | weight=0.100
=leeftijd =beter | weight=0.100
=buitenlanders =moet | weight=0.100
=eerst =leren | weight=0.100
=jullie =buitenlanders | weight=0.100
=rij =staan | weight=0.100
=gast =mocht | weight=0.100
=spreekt | weight=0.100
=de =toegang | weight=0.100
=toegang | weight=0.100
=terug =met | weight=0.100
=of =ik | weight=0.099
=mijn =zus | weight=0.099
=zus | weight=0.099
=genomen | weight=0.099
=constateren | weight=0.098
=constateren =dat | weight=0.098
=rest | weight=0.097
=rede =gewoon | weight=0.097
=ik =voel | weight=0.097
=voel =me | weight=0.097
=plek | weight=0.096
=de =ingang | weight=0.096
=wel =nederlands | weight=0.096
=letterlijk =tegen | weight=0.096
=winkel =niet | weight=0.095, noneg
=niet =online | weight=0.095, noneg
=engels =sprak | weight=0.095
=ik =engels | weight=0.095
=down =de | weight=0.094
=ontzegd | weight=0.094
=zoon =met | weight=0.094
=ze =te | weight=0.094
=geleidehond | weight=0.094
=zijn =geleidehond | weight=0.094
=zulke =klant | weight=0.094
=werd =we | weight=0.094
=collega =met | weight=0.093
=me =in | weight=0.092
=jullie =winkel | weight=0.092
=restaurant =kreeg | weight=0.092
=man | weight=0.092
=eerst =maar | weight=0.091
=alleen =tegen | weight=0.090
=niet =geholpen | weight=0.090, noneg
=aangenomen | weight=0.090
=moet =eerst | weight=0.090
=witte | weight=0.090
=portier =liet | weight=0.089
=excursie | weight=0.089
=je =daar | weight=0.089
=voelt =zich | weight=0.088
=ze =is | weight=0.088
=mijn =marokkaanse | weight=0.088
=alsof =ze | weight=0.088
=hele =winkel | weight=0.088
=blind | weight=0.087
=gelaten | weight=0.087
=het =zwembad | weight=0.086
=zwembad | weight=0.086
=handicap | weight=0.086
=was =ze | weight=0.085
=uw =vertegenwoordiger | weight=0.085
=vertegenwoordiger | weight=0.085
=ze =op | weight=0.085
=tegen =mij | weight=0.084
=gedoe | weight=0.084
=restaurant | weight=0.084
=weggestuurd | weight=0.084
=de =gaat | weight=0.084
=mijn =nederlands | weight=0.084
=man =in | weight=0.083
=omdat =dat | weight=0.083
=het =appartement | weight=0.083
=doof =en | weight=0.083
=vanwege =mijn | weight=0.083
=eerst =moest | weight=0.083
=van =afkomst | weight=0.082
=racisme | weight=0.082
=dove | weight=0.081
=maakte | weight=0.081
=donkere =huidskleur | weight=0.081
=ze =hoorde | weight=0.081
=liet =ons | weight=0.081
=niet =in | weight=0.080, noneg
=die =wel | weight=0.080
=achterna | weight=0.080
=liep =me | weight=0.080
=winkel =achterna | weight=0.080
=sprak =tegen | weight=0.080
=steeds =bij | weight=0.080
=mij =door | weight=0.079
=hoofddoek =werd | weight=0.079
=apart =genomen | weight=0.079
=behandeling =bij | weight=0.079
=nederlands =spreekt | weight=0.078
=ons =niet | weight=0.078, noneg
=monteur =zei | weight=0.078
=hield | weight=0.077
=verkoper =keek | weight=0.077
=halte | weight=0.076
=worden =hier | weight=0.076
=daarom | weight=0.076
=mijn =huidskleur | weight=0.076
=niemand =in | weight=0.075, noneg
=verkoopster =keek | weight=0.075
=met =een | weight=0.075
=kreeg =bij | weight=0.075
=man =kreeg | weight=0.074
=nederlands =is | weight=0.074
=ik =geen | weight=0.074, noneg
=beveiliging =liep | weight=0.074
=een =kind | weight=0.074
=praten | weight=0.073
=hielp =me | weight=0.073
=nooit =eerder | weight=0.073, noneg
=appartement | weight=0.073
=heeft =werd | weight=0.073
=oude | weight=0.073
=gefouilleerd | weight=0.072
=gefouilleerd =vanwege | weight=0.072
=is =uw | weight=0.072
=het =prima | weight=0.072
=werd =geweigerd | weight=0.072
=weggestuurd =omdat | weight=0.072
=accent =en | weight=0.071
=winkel =de | weight=0.071
=wilde =me | weight=0.071
=me =met | weight=0.071
=sprak =de | weight=0.071
=vrouw =werd | weight=0.071
=nog =niet | weight=0.070, noneg
=dat =je | weight=0.070
=een =hoger | weight=0.070
=mee =te | weight=0.070
=dat =wij | weight=0.070
=apart | weight=0.070
=vader =is | weight=0.070
=gast | weight=0.070
=mij =volledig | weight=0.070
=negeerde =mij | weight=0.070
=huurwoning | weight=0.069
=vader =van | weight=0.069
=zodra =hij | weight=0.068
=weg =omdat | weight=0.068
=terug =naar | weight=0.068
