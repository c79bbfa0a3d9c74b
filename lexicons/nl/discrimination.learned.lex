# discrimination, nl: learned by scripts/learn.py from 3398 tuning texts (146 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ze sprak me aan met 'ouwe' en maakte grapjes over mijn hoorapparaat.
+ omdat we Frans spraken werden we niet geholpen
+ ze behandelden mijn zus anders vanwege haar hoofddoek
- we willen ons geld terug
- Geen minuut gewacht, top!
=hoofddoek | weight=0.398
=leeftijd =geen | weight=0.339, noneg
=nederlands | weight=0.330
=vrouw | weight=0.318
=leeftijd | weight=0.308
=donkere | weight=0.299
=discriminatie | weight=0.297
=moeder =van | weight=0.296
=marokkaanse | weight=0.285
=nie =helpen | weight=0.279, noneg
=leren | weight=0.276
=accent | weight=0.273
=huidskleur | weight=0.267
=de =portier | weight=0.261
=portier | weight=0.261
=genegeerd | weight=0.259
=niet =mee | weight=0.252, noneg
=doof | weight=0.248
=achternaam | weight=0.243
=ik =spreken | weight=0.241
=nie | weight=0.241, noneg
=puur | weight=0.237
=borg =betalen | weight=0.233
=als =enige | weight=0.233
=vanwege | weight=0.231
=te =oude | weight=0.230
=mijn =leeftijd | weight=0.229
=met =vrouw | weight=0.226
=buitenlanders | weight=0.225
=buitengesloten | weight=0.223
=een =beperking | weight=0.221
=engels | weight=0.220
=beperking | weight=0.215
=ongelijke | weight=0.211
=behandeling | weight=0.208
=kreeg =geen | weight=0.207, noneg
=hij =geen | weight=0.204, noneg
=verhuurder =zei | weight=0.204
=alleen =omdat | weight=0.203
=zodra | weight=0.202
=uitsluitend | weight=0.202
=moest =vraag | weight=0.201
=geen =huurwoning | weight=0.201, noneg
=je =eigen | weight=0.201
=ga =terug | weight=0.200
=geen =buitenland | weight=0.199, noneg
=beveiliger | weight=0.195
=frans | weight=0.191
=frans =sprak | weight=0.191
=niet =goed | weight=0.189, noneg
=de =verhuur | weight=0.189
=verhuur | weight=0.189
=dan =maar | weight=0.188
=leren =in | weight=0.188
=bent | weight=0.188
=behandeld =als | weight=0.187
=we =niet | weight=0.187, noneg
=niet =omdat | weight=0.187, noneg
=werd =bij | weight=0.186
=blindengeleidehond | weight=0.186
=als =rolstoelgebruiker | weight=0.186
=rolstoelgebruiker | weight=0.186
=toch | weight=0.184
=opmerking | weight=0.184
=is =puur | weight=0.184
=puur =discriminatie | weight=0.184
=borg | weight=0.183
=ik =normaal | weight=0.182
=het =engels | weight=0.181
=omdat =we | weight=0.181
=weigerde =me | weight=0.181
=een =buitenland | weight=0.180
=wou | weight=0.178
=een =rolstoel | weight=0.177
=betalen =omdat | weight=0.177
=niet =helpen | weight=0.175, noneg
=maar =iemand | weight=0.174
=toch =niet | weight=0.174, noneg
=ze =hielp | weight=0.173
=kon =praten | weight=0.172
=vrienden | weight=0.172
=rolstoel | weight=0.171
=de =kassiere | weight=0.170
=aangesproken | weight=0.170
=het =dat | weight=0.168
=hoorde | weight=0.164
=zei =hij | weight=0.164
=zodra =ze | weight=0.163
=slechtziend | weight=0.163
=kleinzoon | weight=0.163
=mijn =kleinzoon | weight=0.163
=de =verhuurder | weight=0.163
=verhuurder | weight=0.163
=ze =weigerde | weight=0.162
=mijn =man | weight=0.161
=mijn =hoofddoek | weight=0.160
=beter =mijn | weight=0.159
=oma =van | weight=0.158
=de =uitgang | weight=0.157
=uitgang | weight=0.157
=geen =lening | weight=0.156, noneg
=mijn =accent | weight=0.156
=werd =ik | weight=0.155
=maar =aan | weight=0.155
=kassiere | weight=0.155
=normaal =kon | weight=0.154
=niet =binnen | weight=0.153, noneg
=buitenland | weight=0.152
=hier =niet | weight=0.150, noneg
=omdat =ik | weight=0.149
=en =maakte | weight=0.148
=beter | weight=0.148
=de =bewaker | weight=0.146
=kind | weight=0.146
=mensen | weight=0.146
=premie | weight=0.146
=beter =niet | weight=0.145, noneg
=grond | weight=0.145
=grond =van | weight=0.145
=op =grond | weight=0.145
=ineens | weight=0.145
=genegeerd =en | weight=0.145
=afkomst =kreeg | weight=0.145
=andere =gast | weight=0.143
=mij =niet | weight=0.143, noneg
=me =niet | weight=0.143, noneg
=gecontroleerd | weight=0.143
=is =doof | weight=0.143
=te =helpen | weight=0.143
=ze =sprak | weight=0.142
=ik =zwanger | weight=0.142
=wilde =worden | weight=0.142
=zwanger | weight=0.142
=zwanger =wilde | weight=0.142
=volgde | weight=0.142
=behandeld | weight=0.142
=basis | weight=0.142
=basis =van | weight=0.142
=op =basis | weight=0.142
=naar =binnen | weight=0.141
=bejegend | weight=0.140
=afkomst | weight=0.139
=ten =aan | weight=0.139
=top =tot | weight=0.139
=tot =ten | weight=0.139
=van =top | weight=0.139
=racistische | weight=0.138
=racistische =opmerking | weight=0.138
=lopen | weight=0.137
=mijn =vrienden | weight=0.137
=oudere | weight=0.137
=bewaker | weight=0.136
=mocht =niet | weight=0.136, noneg
=als =vrouw | weight=0.136
=een =racistische | weight=0.135
=sturen =zei | weight=0.135
=spreken =nog | weight=0.135
=dit =gebeurt | weight=0.134
=dat =toch | weight=0.134
=magazijnpersoneel | weight=0.134
=een =vrouw | weight=0.133
=geen =smartphone | weight=0.133, noneg
=en =daarom | weight=0.133
=opmerking =van | weight=0.132
=de =beveiliger | weight=0.132
=bespreken | weight=0.132
=enige | weight=0.130
=sprak | weight=0.130
=gecontroleerd =bij | weight=0.129
=buitenland =achternaam | weight=0.129
=uitsluitend =met | weight=0.129
=een =donkere | weight=0.128
=bewaking | weight=0.128
=de =bewaking | weight=0.128
=niemand =andere | weight=0.128, noneg
=komen =je | weight=0.127
=een =hoofddoek | weight=0.127
=niet =snappen | weight=0.127, noneg
=tegen =mijn | weight=0.124
=een =roma | weight=0.124
=roma | weight=0.124
=roma =ben | weight=0.124
=hielp | weight=0.124
=controleerde | weight=0.123
=mocht | weight=0.123
=moest =leren | weight=0.123
=kreeg =we | weight=0.122
=huisregel | weight=0.121
=niet =zei | weight=0.121, noneg
=het =maar | weight=0.120
=vrouw =ben | weight=0.119
=de =toegang | weight=0.118
=toegang | weight=0.118
=dat =niet | weight=0.118, noneg
=donkere =huid | weight=0.117
=de =ingang | weight=0.117
=ingang | weight=0.117
=medewerker =mij | weight=0.116
=mensen =met | weight=0.116
=werd =aan | weight=0.116
=ze =bleef | weight=0.116
=geen =abonnement | weight=0.116, noneg
=oude =zou | weight=0.116
=rolstoel =werd | weight=0.115
=huid | weight=0.115
=nederlands =moest | weight=0.114
=gebeurt | weight=0.113
=niet =nodig | weight=0.113, noneg
=ongelijke =behandeling | weight=0.112
=verhoogd | weight=0.112
=mij =als | weight=0.112
=bleef =vraag | weight=0.111
=de =witte | weight=0.110
=ze =wilde | weight=0.110
=veel =gedoe | weight=0.110
=mijn =afkomst | weight=0.109
=balie =zeiden | weight=0.109
=ik =dan | weight=0.108
=ik =voel | weight=0.108
=voel =me | weight=0.108
=verkoper =had | weight=0.108
=zijn =voor | weight=0.107
=je =als | weight=0.107
=alleen =tegen | weight=0.107
=uitsluitend =op | weight=0.106
=tien =minuten | weight=0.106
=beveiliging | weight=0.106
=met =mijn | weight=0.106
=behandeld =vanwege | weight=0.106
=sprak =me | weight=0.106
=niet =in | weight=0.105, noneg
=mijn =oma | weight=0.105
=oma | weight=0.105
=zulke | weight=0.105
=eerst =maar | weight=0.104
=me =van | weight=0.104
=plek | weight=0.104
=ten | weight=0.104
=ik =kon | weight=0.104
=had =mijn | weight=0.104
=down | weight=0.103
=het =syndroom | weight=0.103
=syndroom | weight=0.103
=syndroom =van | weight=0.103
=van =down | weight=0.103
=rede =gewoon | weight=0.103
=vraag =of | weight=0.103
=spreekt | weight=0.102
=gast =mocht | weight=0.102
=constateren | weight=0.102
=constateren =dat | weight=0.102
=werd =andere | weight=0.102
=dat =deze | weight=0.100
=maar =terug | weight=0.099
=of =ik | weight=0.099
=door =uw | weight=0.099
=buitenlanders =moet | weight=0.098
=eerst =leren | weight=0.098
=jullie =buitenlanders | weight=0.098
=rij =staan | weight=0.098
=engels =sprak | weight=0.098
=ik =engels | weight=0.098
=geleidehond | weight=0.097
=zijn =geleidehond | weight=0.097
=zulke =klant | weight=0.097
=hele =winkel | weight=0.097
=alsof =ze | weight=0.097
=de =beveiliging | weight=0.097
=nederlands =spreekt | weight=0.096
=wel =nederlands | weight=0.096
=excursie | weight=0.096
=met =iemand | weight=0.096
=betreft =ongelijke | weight=0.096
=grapjes | weight=0.096
=grapjes =over | weight=0.096
=maakte =grapjes | weight=0.096
=reizigers | weight=0.095
=jullie =winkel | weight=0.095
=restaurant =kreeg | weight=0.095
=haar =leeftijd | weight=0.095
=verteld =mijn | weight=0.095
=ons =niet | weight=0.094, noneg
=me =in | weight=0.093
=werd =we | weight=0.093
=genomen | weight=0.092
=die =wel | weight=0.092
=down =de | weight=0.092
=ontzegd | weight=0.092
=zoon =met | weight=0.092
=mijn =achternaam | weight=0.092
=terug =met | weight=0.092
=gelaten | weight=0.092
=moet =eerst | weight=0.092
=winkel =niet | weight=0.091, noneg
=collega =met | weight=0.091
=leeftijd =beter | weight=0.091
=appartement | weight=0.091
=restaurant | weight=0.091
=niet =online | weight=0.090, noneg
=ze =hoorde | weight=0.090
=werd =er | weight=0.090
=hoorapparaat | weight=0.090
=blind | weight=0.090
=niet =geholpen | weight=0.089, noneg
=uw =vertegenwoordiger | weight=0.089
=vertegenwoordiger | weight=0.089
=horen =dat | weight=0.089
=rest | weight=0.089
=worden =hier | weight=0.088
=de =gaat | weight=0.088
=ouwe | weight=0.087
=mij =door | weight=0.087
=was =ze | weight=0.087
=handicap | weight=0.086
=ze =is | weight=0.086
=monteur =zei | weight=0.086
=verkoopster =keek | weight=0.086
=achterna | weight=0.086
=liep =me | weight=0.086
=winkel =achterna | weight=0.086
=donkere =huidskleur | weight=0.085
=garage | weight=0.085
=mijn =zus | weight=0.085
=zus | weight=0.085
=voor =mij | weight=0.084
=digitale | weight=0.084
=aan =met | weight=0.084
=het =prima | weight=0.083
=van =afkomst | weight=0.083
=nog =niet | weight=0.083, noneg
=niemand =in | weight=0.082, noneg
=man =in | weight=0.082
=het =restaurant | weight=0.082
=praten | weight=0.082
=behandeling =bij | weight=0.082
=man | weight=0.081
=hield | weight=0.081
=ze =op | weight=0.081
=doof =en | weight=0.080
=eerst =moest | weight=0.080
=weggestuurd | weight=0.080
=dove | weight=0.080
=liet =ons | weight=0.080
=je =daar | weight=0.079
=met =een | weight=0.079
=vader =van | weight=0.079
=me =met | weight=0.079
=racisme | weight=0.078
=oudere =mensen | weight=0.078
=gast | weight=0.078
=klant =met | weight=0.077
=witte | weight=0.077
=gefouilleerd | weight=0.077
=gefouilleerd =vanwege | weight=0.077
=steeds =bij | weight=0.077
=hij =vroeg | weight=0.076
=is =uw | weight=0.076
=genoeg | weight=0.076
=en =luid | weight=0.076
=traag =en | weight=0.076
=vanwege =mijn | weight=0.076
=portier =liet | weight=0.076
=mijn =marokkaanse | weight=0.075
=internetbankieren | weight=0.075
=weggestuurd =omdat | weight=0.075
=vanwege =zijn | weight=0.075
=zijn =donkere | weight=0.075
=het =zwembad | weight=0.075
=zwembad | weight=0.075
=wilde =me | weight=0.075
=tas | weight=0.074
=ze =te | weight=0.074
=hoofddoek =werd | weight=0.073
=mijn =vader | weight=0.073
=halte | weight=0.073
=hielp =me | weight=0.073
=mijn =nederlands | weight=0.073
=mijn =tas | weight=0.072
=te =veel | weight=0.072
=oude | weight=0.072
=ze =mijn | weight=0.072
=wel =naar | weight=0.072
=nooit =eerder | weight=0.072, noneg
=straal | weight=0.072
=straal =genegeerd | weight=0.072
=daarom | weight=0.072
=mij =volledig | weight=0.072
=negeerde =mij | weight=0.072
=vrouw =werd | weight=0.071
=dat =wij | weight=0.071
=ik =genegeerd | weight=0.071
=mee =te | weight=0.071
=praten =en | weight=0.071
=en =eh | weight=0.071
=en =mij | weight=0.070
=behandeld =mijn | weight=0.070
=boren | weight=0.070
=boren =toch | weight=0.070
=dat =vrouw | weight=0.070
=soort =boren | weight=0.070
