# discrimination, nl: learned by scripts/learn.py from 3684 tuning texts (155 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ze sprak me aan met 'ouwe' en maakte grapjes over mijn hoorapparaat.
+ Mijn vriend in een rolstoel werd niet toegelaten bij de ingang 'want het is te druk', terwijl iedereen achter ons gewoon doorliep.
+ Toen ik zei dat ik liever in het Engels verder wilde omdat mijn Nederlands niet zo goed is, zei de medewerker 'dan moet u maar iemand meenemen die het wel spreekt' en verbrak de verbinding.
- we willen ons geld terug
- Geen minuut gewacht, top!
=hoofddoek | weight=0.408
=nederlands | weight=0.350
=leeftijd =geen | weight=0.335, noneg
=vrouw | weight=0.323
=leeftijd | weight=0.320
=moeder =van | weight=0.314
=discriminatie | weight=0.303
=donkere | weight=0.301
=accent | weight=0.280
=nie =helpen | weight=0.280, noneg
=huidskleur | weight=0.277
=leren | weight=0.273
=marokkaanse | weight=0.272
=ik =spreken | weight=0.255
=de =portier | weight=0.253
=portier | weight=0.253
=doof | weight=0.251
=als =enige | weight=0.248
=niet =mee | weight=0.248, noneg
=nie | weight=0.247, noneg
=puur | weight=0.243
=vanwege | weight=0.239
=achternaam | weight=0.236
=genegeerd | weight=0.236
=mijn =leeftijd | weight=0.234
=borg =betalen | weight=0.233
=buitenlanders | weight=0.230
=te =oude | weight=0.223
=een =beperking | weight=0.222
=beperking | weight=0.219
=buitengesloten | weight=0.218
=engels | weight=0.217
=behandeling | weight=0.214
=alleen =omdat | weight=0.214
=ongelijke | weight=0.211
=uitsluitend | weight=0.211
=zodra | weight=0.207
=hij =geen | weight=0.207, noneg
=verhuurder =zei | weight=0.207
=met =vrouw | weight=0.203
=geen =buitenland | weight=0.203, noneg
=vrienden | weight=0.201
=je =eigen | weight=0.199
=geen =huurwoning | weight=0.199, noneg
=kreeg =geen | weight=0.199, noneg
=ga =terug | weight=0.197
=bent | weight=0.196
=toch =niet | weight=0.194, noneg
=moest =vraag | weight=0.193
=werd =bij | weight=0.193
=leren =in | weight=0.193
=opmerking | weight=0.190
=borg | weight=0.189
=niet =omdat | weight=0.186, noneg
=is =puur | weight=0.185
=puur =discriminatie | weight=0.185
=blindengeleidehond | weight=0.185
=als =rolstoelgebruiker | weight=0.185
=rolstoelgebruiker | weight=0.185
=omdat =we | weight=0.185
=een =rolstoel | weight=0.185
=het =engels | weight=0.184
=toch | weight=0.183
=een =buitenland | weight=0.183
=we =niet | weight=0.183, noneg
=frans | weight=0.182
=frans =sprak | weight=0.182
=niet =goed | weight=0.181, noneg
=behandeld =als | weight=0.181
=de =verhuur | weight=0.180
=verhuur | weight=0.180
=ik =normaal | weight=0.179
=kleinzoon | weight=0.179
=weigerde =me | weight=0.176
=betalen =omdat | weight=0.175
=mijn =man | weight=0.174
=niet =helpen | weight=0.174, noneg
=de =kassiere | weight=0.172
=wou | weight=0.171
=het =dat | weight=0.169
=mijn =hoofddoek | weight=0.168
=rolstoel | weight=0.167
=ze =hielp | weight=0.166
=de =verhuurder | weight=0.166
=verhuurder | weight=0.166
=kon =praten | weight=0.164
=ze =weigerde | weight=0.163
=geen =lening | weight=0.163, noneg
=oma =van | weight=0.163
=zei =hij | weight=0.162
=maar =iemand | weight=0.162
=dat =niet | weight=0.161, noneg
=kassiere | weight=0.161
=normaal =kon | weight=0.160
=aangesproken | weight=0.160
=beveiliger | weight=0.160
=beter =mijn | weight=0.160
=hielp | weight=0.159
=mijn =accent | weight=0.159
=kind | weight=0.159
=maar =aan | weight=0.158
=dan =maar | weight=0.158
=beter | weight=0.157
=mijn =vrienden | weight=0.157
=sprak | weight=0.157
=buitenland | weight=0.155
=omdat =ik | weight=0.154
=niet =binnen | weight=0.153, noneg
=hoorde | weight=0.153
=genegeerd =en | weight=0.152
=grond =van | weight=0.151
=op =grond | weight=0.151
=ten =aan | weight=0.151
=top =tot | weight=0.151
=tot =ten | weight=0.151
=van =top | weight=0.151
=zodra =ze | weight=0.150
=de =bewaker | weight=0.150
=oudere | weight=0.150
=bejegend | weight=0.150
=me =niet | weight=0.149, noneg
=afkomst | weight=0.149
=mijn =kleinzoon | weight=0.148
=geen =smartphone | weight=0.148, noneg
=ineens | weight=0.148
=moet =laat | weight=0.147
=en =maakte | weight=0.146
=hier =niet | weight=0.146, noneg
=gecontroleerd | weight=0.145
=niemand =andere | weight=0.144, noneg
=premie | weight=0.144
=magazijnpersoneel | weight=0.144
=slechtziend | weight=0.143
=basis | weight=0.143
=basis =van | weight=0.143
=op =basis | weight=0.143
=behandeld | weight=0.143
=volgde | weight=0.142
=grond | weight=0.142
=ik =zwanger | weight=0.142
=wilde =worden | weight=0.142
=zwanger | weight=0.142
=zwanger =wilde | weight=0.142
=mensen | weight=0.141
=klant =met | weight=0.141
=bewaker | weight=0.140
=ze =sprak | weight=0.139
=beter =niet | weight=0.139, noneg
=gecontroleerd =bij | weight=0.139
=werd =ik | weight=0.138
=sturen =zei | weight=0.138
=racistische | weight=0.137
=racistische =opmerking | weight=0.137
=is =doof | weight=0.137
=rolstoel =werd | weight=0.137
=als =vrouw | weight=0.137
=geen =abonnement | weight=0.137, noneg
=lopen | weight=0.136
=andere =gast | weight=0.135
=te =helpen | weight=0.135
=dit =gebeurt | weight=0.135
=en =daarom | weight=0.134
=spreken =nog | weight=0.134
=een =racistische | weight=0.133
=buitenland =achternaam | weight=0.133
=enige | weight=0.133
=afkomst =kreeg | weight=0.132
=dat =toch | weight=0.132
=opmerking =van | weight=0.132
=een =donkere | weight=0.131
=een =hoofddoek | weight=0.131
=ingang | weight=0.130
=uitsluitend =met | weight=0.128
=naar =binnen | weight=0.127
=mocht | weight=0.126
=ongelijke =behandeling | weight=0.126
=mij =niet | weight=0.126, noneg
=mocht =niet | weight=0.125, noneg
=tegen =mijn | weight=0.125
=huisregel | weight=0.125
=ze =bleef | weight=0.124
=niet =snappen | weight=0.124, noneg
=bewaking | weight=0.123
=de =bewaking | weight=0.123
=de =uitgang | weight=0.123
=uitgang | weight=0.123
=komen =je | weight=0.123
=het =maar | weight=0.122
=werd =aan | weight=0.122
=moest =leren | weight=0.122
=een =roma | weight=0.122
=roma | weight=0.122
=roma =ben | weight=0.122
=een =vrouw | weight=0.121
=met =mijn | weight=0.121
=gebeurt | weight=0.119
=hele =winkel | weight=0.119
=donkere =huid | weight=0.118
=me =van | weight=0.118
=de =toegang | weight=0.117
=toegang | weight=0.117
=medewerker =mij | weight=0.117
=huid | weight=0.116
=bespreken | weight=0.116
=de =witte | weight=0.116
=niet =nodig | weight=0.115, noneg
=controleerde | weight=0.115
=sprak =me | weight=0.115
=mijn =afkomst | weight=0.114
=uitsluitend =op | weight=0.113
=bleef =vraag | weight=0.112
=verkoper =had | weight=0.112
=verhoogd | weight=0.112
=behandeld =vanwege | weight=0.112
=nederlands =moest | weight=0.111
=mij =als | weight=0.111
=ten | weight=0.111
=reizigers | weight=0.111
=was =voor | weight=0.111
=ik =voel | weight=0.110
=voel =me | weight=0.110
=down | weight=0.110
=het =syndroom | weight=0.110
=syndroom | weight=0.110
=syndroom =van | weight=0.110
=van =down | weight=0.110
=ze =wilde | weight=0.109
=kreeg =we | weight=0.109
=oude =zou | weight=0.109
=dat =vrouw | weight=0.108
=spreekt | weight=0.108
=werd =andere | weight=0.108
=balie =zeiden | weight=0.107
=niet =zei | weight=0.107, noneg
=wel =nederlands | weight=0.107
=ik =kon | weight=0.106
=had =mijn | weight=0.106
=of =ik | weight=0.106
=mensen =met | weight=0.106
=vrouw =ben | weight=0.106
=veel =gedoe | weight=0.105
=alleen =tegen | weight=0.105
=plek | weight=0.104
=maar =terug | weight=0.103
=met =iemand | weight=0.103
=rede =gewoon | weight=0.103
=zulke | weight=0.102
=zijn =voor | weight=0.101
=gast =mocht | weight=0.101
=buitenlanders =moet | weight=0.100
=eerst =leren | weight=0.100
=jullie =buitenlanders | weight=0.100
=rij =staan | weight=0.100
=betreft =ongelijke | weight=0.100
=gelaten | weight=0.099
=tien =minuten | weight=0.099
=je =als | weight=0.099
=beveiliging | weight=0.099
=vraag =of | weight=0.099
=alsof =ze | weight=0.098
=omdat =dat | weight=0.098
=de =ingang | weight=0.098
=constateren | weight=0.098
=constateren =dat | weight=0.098
=door =uw | weight=0.098
=de =beveiliging | weight=0.097
=mijn =oma | weight=0.097
=oma | weight=0.097
=genomen | weight=0.097
=restaurant =kreeg | weight=0.097
=eerst =maar | weight=0.096
=werd =we | weight=0.095
=dat =deze | weight=0.094
=rest | weight=0.094
=de =beveiliger | weight=0.094
=engels =sprak | weight=0.094
=ik =engels | weight=0.094
=excursie | weight=0.094
=jullie =winkel | weight=0.094
=geleidehond | weight=0.094
=zijn =geleidehond | weight=0.094
=zulke =klant | weight=0.094
=leeftijd =beter | weight=0.093
=haar =leeftijd | weight=0.092
=verteld =mijn | weight=0.092
=mijn =nederlands | weight=0.092
=mijn =achternaam | weight=0.092
=mijn =zus | weight=0.092
=zus | weight=0.092
=moet =eerst | weight=0.092
=down =de | weight=0.092
=ontzegd | weight=0.092
=zoon =met | weight=0.092
=niet =online | weight=0.091, noneg
=achterna | weight=0.091
=liep =me | weight=0.091
=winkel =achterna | weight=0.091
=aangenomen | weight=0.091
=collega =met | weight=0.090
=winkel =niet | weight=0.089, noneg
=voelt =zich | weight=0.089
=niet =in | weight=0.089, noneg
=man | weight=0.089
=van =afkomst | weight=0.089
=me =in | weight=0.089
=niet =geholpen | weight=0.089, noneg
=je =daar | weight=0.088
=ze =te | weight=0.088
=uw =vertegenwoordiger | weight=0.088
=vertegenwoordiger | weight=0.088
=handicap | weight=0.088
=die =wel | weight=0.088
=blind | weight=0.088
=restaurant | weight=0.087
=nederlands =spreekt | weight=0.087
=man =in | weight=0.087
=liet =ons | weight=0.087
=behandeling =bij | weight=0.087
=terug =met | weight=0.086
=weggestuurd | weight=0.086
=verkoopster =keek | weight=0.086
=grapjes | weight=0.086
=grapjes =over | weight=0.086
=maakte =grapjes | weight=0.086
=de =gaat | weight=0.084
=ze =hoorde | weight=0.084
=letterlijk =tegen | weight=0.084
=man =kreeg | weight=0.083
=het =appartement | weight=0.082
=mijn =huidskleur | weight=0.082
=portier =liet | weight=0.082
=het =zwembad | weight=0.082
=zwembad | weight=0.082
=was =ze | weight=0.082
=steeds =bij | weight=0.082
=vanwege =mijn | weight=0.082
=gedoe | weight=0.082
=ons =niet | weight=0.081, noneg
=te =veel | weight=0.081
=gast | weight=0.081
=doof =en | weight=0.080
=ze =is | weight=0.080
=donkere =huidskleur | weight=0.079
=witte | weight=0.079
=halte | weight=0.079
=vrouw =werd | weight=0.079
=tegen =mij | weight=0.079
=hoorapparaat | weight=0.079
=worden =hier | weight=0.078
=ouwe | weight=0.078
=hield | weight=0.078
=weggestuurd =omdat | weight=0.078
=ik =dan | weight=0.078
=mee =te | weight=0.077
=ze =op | weight=0.077
=aan =met | weight=0.077
=kreeg =bij | weight=0.077
=behandeld =mijn | weight=0.076
=werd | weight=0.076
=straal | weight=0.076
=straal =genegeerd | weight=0.076
=praten | weight=0.076
=nog =niet | weight=0.076, noneg
=langzaam =en | weight=0.075
=mij =door | weight=0.075
=dove | weight=0.074
=monteur =zei | weight=0.074
=te =nemen | weight=0.074
=oude | weight=0.074
=een =kind | weight=0.074
=genoeg | weight=0.074
=appartement | weight=0.074
=hoofddoek =werd | weight=0.073
=eerst =moest | weight=0.073
=nederlands =is | weight=0.073
=accent =en | weight=0.073
=voor =mij | weight=0.073
=apart =genomen | weight=0.073
=sprak =tegen | weight=0.073
=hij =vroeg | weight=0.073
=vader =van | weight=0.073
=werd =geweigerd | weight=0.073
=ik =geen | weight=0.072, noneg
=internetbankieren | weight=0.072
=niemand =in | weight=0.072, noneg
=mijn =marokkaanse | weight=0.072
=winkel =de | weight=0.072
=en =hard | weight=0.072
=beveiliging =liep | weight=0.072
=en =eh | weight=0.071
=het =restaurant | weight=0.071
=wilde =me | weight=0.071
=oudere =mensen | weight=0.071
=sprak =de | weight=0.071
=nooit =eerder | weight=0.071, noneg
=hielp =me | weight=0.071
=racisme | weight=0.071
=zodra =hij | weight=0.071
=gefouilleerd | weight=0.071
=gefouilleerd =vanwege | weight=0.071
