# discrimination, nl: learned by scripts/learn.py from 3262 tuning texts (144 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ze sprak me aan met 'ouwe' en maakte grapjes over mijn hoorapparaat.
+ omdat we Frans spraken werden we niet geholpen
+ ze behandelden mijn zus anders vanwege haar hoofddoek
- we willen ons geld terug
- Geen minuut gewacht, top!
=hoofddoek | weight=0.400
=leeftijd =geen | weight=0.341, noneg
=nederlands | weight=0.339
=leeftijd | weight=0.318
=vrouw | weight=0.317
=moeder =van | weight=0.316
=donkere | weight=0.297
=discriminatie | weight=0.296
=leren | weight=0.283
=marokkaanse | weight=0.276
=nie =helpen | weight=0.274, noneg
=huidskleur | weight=0.274
=accent | weight=0.268
=niet =mee | weight=0.266, noneg
=ik =spreken | weight=0.266
=de =portier | weight=0.264
=portier | weight=0.264
=genegeerd | weight=0.253
=vanwege | weight=0.243
=achternaam | weight=0.243
=puur | weight=0.242
=doof | weight=0.242
=nie | weight=0.235, noneg
=buitenlanders | weight=0.231
=te =oude | weight=0.230
=borg =betalen | weight=0.227
=mijn =leeftijd | weight=0.224
=een =beperking | weight=0.220
=met =vrouw | weight=0.220
=beperking | weight=0.216
=behandeling | weight=0.216
=als =enige | weight=0.213
=hij =geen | weight=0.211, noneg
=verhuurder =zei | weight=0.211
=alleen =omdat | weight=0.209
=geen =buitenland | weight=0.208, noneg
=uitsluitend | weight=0.207
=geen =huurwoning | weight=0.207, noneg
=ongelijke | weight=0.206
=engels | weight=0.204
=zodra | weight=0.203
=kreeg =geen | weight=0.201, noneg
=je =eigen | weight=0.200
=niet =goed | weight=0.197, noneg
=leren =in | weight=0.195
=toch | weight=0.194
=ga =terug | weight=0.193
=weigerde =me | weight=0.191
=beveiliger | weight=0.190
=de =verhuur | weight=0.190
=verhuur | weight=0.190
=niet =omdat | weight=0.189, noneg
=niet =helpen | weight=0.188, noneg
=we =niet | weight=0.188, noneg
=bent | weight=0.186
=opmerking | weight=0.184
=werd =bij | weight=0.184
=de =kassiere | weight=0.183
=frans | weight=0.183
=frans =sprak | weight=0.183
=behandeld =als | weight=0.182
=toch =niet | weight=0.182, noneg
=dan =maar | weight=0.182
=is =puur | weight=0.181
=puur =discriminatie | weight=0.181
=vrienden | weight=0.180
=een =buitenland | weight=0.180
=het =engels | weight=0.179
=omdat =we | weight=0.179
=blindengeleidehond | weight=0.178
=wou | weight=0.178
=borg | weight=0.176
=werd =ik | weight=0.175
=ze =weigerde | weight=0.175
=ineens | weight=0.175
=ik =normaal | weight=0.173
=een =rolstoel | weight=0.172
=beter =mijn | weight=0.169
=het =dat | weight=0.168
=als =rolstoelgebruiker | weight=0.168
=rolstoelgebruiker | weight=0.168
=betalen =omdat | weight=0.168
=oma =van | weight=0.167
=ze =hielp | weight=0.167
=maar =iemand | weight=0.165
=kassiere | weight=0.165
=de =uitgang | weight=0.163
=uitgang | weight=0.163
=hoorde | weight=0.163
=aangesproken | weight=0.162
=de =verhuurder | weight=0.162
=verhuurder | weight=0.162
=kind | weight=0.160
=kon =praten | weight=0.159
=zei =hij | weight=0.157
=behandeld | weight=0.157
=rolstoel | weight=0.157
=buitenland | weight=0.156
=zodra =ze | weight=0.156
=mijn =accent | weight=0.155
=slechtziend | weight=0.153
=niemand =andere | weight=0.153, noneg
=normaal =kon | weight=0.153
=en =maakte | weight=0.152
=sprak | weight=0.152
=mij =niet | weight=0.152, noneg
=mijn =man | weight=0.151
=beter | weight=0.151
=lopen | weight=0.150
=me =niet | weight=0.149, noneg
=de =bewaker | weight=0.149
=afkomst =kreeg | weight=0.149
=mijn =hoofddoek | weight=0.149
=premie | weight=0.148
=afkomst | weight=0.148
=uitsluitend =met | weight=0.147
=omdat =ik | weight=0.146
=geen =lening | weight=0.146, noneg
=ik =zwanger | weight=0.145
=wilde =worden | weight=0.145
=zwanger | weight=0.145
=zwanger =wilde | weight=0.145
=beter =niet | weight=0.144, noneg
=sturen =zei | weight=0.144
=is =doof | weight=0.144
=basis | weight=0.143
=basis =van | weight=0.143
=op =basis | weight=0.143
=volgde | weight=0.143
=tegen =mijn | weight=0.143
=genegeerd =en | weight=0.142
=bewaker | weight=0.141
=grond | weight=0.141
=grond =van | weight=0.141
=op =grond | weight=0.141
=gecontroleerd | weight=0.140
=dit =gebeurt | weight=0.140
=dat =toch | weight=0.140
=ze =sprak | weight=0.139
=spreken =nog | weight=0.139
=hier =niet | weight=0.139, noneg
=geen =abonnement | weight=0.139, noneg
=mijn =vrienden | weight=0.138
=bejegend | weight=0.137
=niet =binnen | weight=0.137, noneg
=medewerker =mij | weight=0.136
=racistische | weight=0.135
=racistische =opmerking | weight=0.135
=als =vrouw | weight=0.135
=andere =gast | weight=0.134
=een =hoofddoek | weight=0.133
=een =donkere | weight=0.133
=mocht | weight=0.133
=magazijnpersoneel | weight=0.132
=een =racistische | weight=0.132
=moest =leren | weight=0.131
=mensen | weight=0.131
=geen =smartphone | weight=0.131, noneg
=buitenland =achternaam | weight=0.130
=mocht =niet | weight=0.130, noneg
=niet =snappen | weight=0.130, noneg
=ze =bleef | weight=0.130
=opmerking =van | weight=0.130
=komen =je | weight=0.129
=te =helpen | weight=0.129
=de =witte | weight=0.128
=hielp | weight=0.127
=gecontroleerd =bij | weight=0.127
=nederlands =moest | weight=0.126
=sprak =me | weight=0.126
=naar =binnen | weight=0.126
=bewaking | weight=0.125
=de =bewaking | weight=0.125
=bespreken | weight=0.125
=een =vrouw | weight=0.124
=een =roma | weight=0.124
=roma | weight=0.124
=roma =ben | weight=0.124
=oudere | weight=0.124
=de =ingang | weight=0.124
=ingang | weight=0.124
=mijn =afkomst | weight=0.123
=ten =aan | weight=0.121
=top =tot | weight=0.121
=tot =ten | weight=0.121
=van =top | weight=0.121
=verkoopster =keek | weight=0.121
=de =beveiliger | weight=0.121
=gebeurt | weight=0.120
=donkere =huid | weight=0.120
=kreeg =we | weight=0.119
=enige | weight=0.119
=mensen =met | weight=0.118
=dat =niet | weight=0.118, noneg
=huid | weight=0.116
=niet =nodig | weight=0.116, noneg
=controleerde | weight=0.115
=werd =aan | weight=0.115
=met =mijn | weight=0.114
=niet =zei | weight=0.114, noneg
=behandeld =vanwege | weight=0.113
=de =toegang | weight=0.113
=toegang | weight=0.113
=verhoogd | weight=0.113
=verkoper =had | weight=0.112
=vrouw =ben | weight=0.112
=constateren | weight=0.112
=constateren =dat | weight=0.112
=met =iemand | weight=0.111
=je =als | weight=0.110
=huisregel | weight=0.109
=down | weight=0.109
=het =syndroom | weight=0.109
=syndroom | weight=0.109
=syndroom =van | weight=0.109
=van =down | weight=0.109
=ik =voel | weight=0.109
=voel =me | weight=0.109
=bleef =vraag | weight=0.109
=oude =zou | weight=0.108
=ongelijke =behandeling | weight=0.108
=ze =wilde | weight=0.107
=maar =terug | weight=0.107
=werd =andere | weight=0.106
=veel =gedoe | weight=0.106
=uitsluitend =op | weight=0.106
=rolstoel =werd | weight=0.106
=mijn =oma | weight=0.105
=oma | weight=0.105
=had =mijn | weight=0.105
=ik =kon | weight=0.104
=plek | weight=0.104
=ze =is | weight=0.103
=alleen =tegen | weight=0.103
=zulke | weight=0.102
=haar =leeftijd | weight=0.101
=verteld =mijn | weight=0.101
=niet =in | weight=0.101, noneg
=jullie =winkel | weight=0.101
=ik =dan | weight=0.101
=gast =mocht | weight=0.101
=reed =gewoon | weight=0.101
=beveiliging | weight=0.100
=was =ze | weight=0.100
=rest | weight=0.100
=zijn =voor | weight=0.099
=digitale | weight=0.099
=betreft =ongelijke | weight=0.099
=uw =vertegenwoordiger | weight=0.098
=vertegenwoordiger | weight=0.098
=buitenlanders =moet | weight=0.098
=eerst =leren | weight=0.098
=jullie =buitenlanders | weight=0.098
=rij =staan | weight=0.098
=niet =online | weight=0.098, noneg
=spreekt | weight=0.097
=tien =minuten | weight=0.097
=past | weight=0.096
=of =ik | weight=0.096
=praten | weight=0.096
=restaurant =kreeg | weight=0.095
=me =in | weight=0.095
=terug =met | weight=0.095
=werd =we | weight=0.093
=geleidehond | weight=0.093
=zijn =geleidehond | weight=0.093
=zulke =klant | weight=0.093
=mijn =achternaam | weight=0.093
=winkel =niet | weight=0.093, noneg
=down =de | weight=0.092
=ontzegd | weight=0.092
=zoon =met | weight=0.092
=engels =sprak | weight=0.092
=ik =engels | weight=0.092
=ze =hoorde | weight=0.092
=moet =eerst | weight=0.092
=ten | weight=0.092
=hele =winkel | weight=0.091
=mij =volledig | weight=0.091
=negeerde =mij | weight=0.091
=excursie | weight=0.091
=restaurant | weight=0.091
=man =in | weight=0.091
=ze =te | weight=0.091
=reizigers | weight=0.091
=portier =liet | weight=0.090
=worden =hier | weight=0.090
=appartement | weight=0.090
=vraag =of | weight=0.088
=bij =het | weight=0.088
=alsof =ze | weight=0.088
=niet =geholpen | weight=0.088, noneg
=man | weight=0.088
=garage | weight=0.088
=leeftijd =beter | weight=0.088
=ons =niet | weight=0.088, noneg
=door =uw | weight=0.088
=me =van | weight=0.087
=dove | weight=0.087
=gelaten | weight=0.087
=monteur =zei | weight=0.087
=horen =dat | weight=0.087
=collega =met | weight=0.087
=niemand =in | weight=0.086, noneg
=weggestuurd | weight=0.086
=mij =door | weight=0.086
=doof =en | weight=0.086
=achterna | weight=0.085
=liep =me | weight=0.085
=winkel =achterna | weight=0.085
=voor =mij | weight=0.085
=witte | weight=0.085
=het =zwembad | weight=0.084
=zwembad | weight=0.084
=eerst =moest | weight=0.084
=ze =op | weight=0.084
=gast | weight=0.084
=mijn =marokkaanse | weight=0.084
=nederlands =spreekt | weight=0.084
=wel =nederlands | weight=0.084
=grapjes | weight=0.084
=grapjes =over | weight=0.084
=maakte =grapjes | weight=0.084
=de =beveiliging | weight=0.084
=blind | weight=0.084
=je =daar | weight=0.083
=met =een | weight=0.083
=het =restaurant | weight=0.083
=behandeld =mijn | weight=0.082
=handicap | weight=0.082
=werd =er | weight=0.082
=klant =met | weight=0.082
=mijn =zus | weight=0.082
=zus | weight=0.082
=behandeling =bij | weight=0.081
=die =wel | weight=0.081
=vader =van | weight=0.081
=donkere =huidskleur | weight=0.079
=racisme | weight=0.079
=van =afkomst | weight=0.079
=te =veel | weight=0.079
=hoorapparaat | weight=0.079
=nooit =eerder | weight=0.078, noneg
=steeds =bij | weight=0.078
=hield | weight=0.078
=en =luid | weight=0.078
=traag =en | weight=0.078
=tellen | weight=0.078
=genomen | weight=0.078
=vanwege =mijn | weight=0.078
=nog =niet | weight=0.078, noneg
=ouwe | weight=0.077
=mijn =huidskleur | weight=0.077
=hielp =me | weight=0.077
=halte | weight=0.077
=het =prima | weight=0.077
=gedoe | weight=0.077
=me =met | weight=0.076
=hij =vroeg | weight=0.076
=minder | weight=0.076
=liet =ons | weight=0.076
=winkel =de | weight=0.076
=oude | weight=0.076
=aan =met | weight=0.075
=weggestuurd =omdat | weight=0.075
=daarom | weight=0.075
=het =gesprek | weight=0.074
=is =uw | weight=0.074
=beveiliging =liep | weight=0.073
=dat =wij | weight=0.073
=vrouw =werd | weight=0.073
=hoofddoek =werd | weight=0.072
=en =mij | weight=0.072
=mocht =gewoon | weight=0.072
=wilde =me | weight=0.071
=apart =genomen | weight=0.071
=heeft =werd | weight=0.071
=eh =de | weight=0.070
=mijn =vader | weight=0.070
=negeerde | weight=0.070
=mijn =nederlands | weight=0.070
=klant | weight=0.070
=vader =is | weight=0.070
=gefouilleerd | weight=0.070
=gefouilleerd =vanwege | weight=0.070
=straal | weight=0.070
=straal =genegeerd | weight=0.070
=en =eh | weight=0.069
=ik =genegeerd | weight=0.069
=werd | weight=0.069
=de =klant | weight=0.069
=nederlands =is | weight=0.069
=hele =tijd | weight=0.069
=zodra =hij | weight=0.068
=ik =eerst | weight=0.068
=tas | weight=0.068
=genoeg | weight=0.068
=boren | weight=0.067
=boren =toch | weight=0.067
=dat =vrouw | weight=0.067
