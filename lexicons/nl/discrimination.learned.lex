# discrimination, nl: learned by scripts/learn.py from 4875 tuning texts (160 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Die verkoper keek me van top tot teen aan en zei dat 'deze telefoons misschien wat te duur voor u zijn'. Echt ongelooflijk.
+ Mijn vriend in een rolstoel werd niet toegelaten bij de ingang 'want het is te druk', terwijl iedereen achter ons gewoon doorliep.
+ Toen ik zei dat ik liever in het Engels verder wilde omdat mijn Nederlands niet zo goed is, zei de medewerker 'dan moet u maar iemand meenemen die het wel spreekt' en verbrak de verbinding.
- ok dankje
- ok top dank je
=hoofddoek | weight=0.423
=vrouw | weight=0.356
=nederlands | weight=0.346
=moeder =van | weight=0.334
=leeftijd | weight=0.323
=leeftijd =geen | weight=0.323, noneg
=accent | weight=0.322
=discriminatie | weight=0.317
=donkere | weight=0.302
=nie =helpen | weight=0.293, noneg
=marokkaanse | weight=0.289
=huidskleur | weight=0.277
=doof | weight=0.273
=nie | weight=0.268, noneg
=als =enige | weight=0.265
=genegeerd | weight=0.263
=achternaam | weight=0.257
=ik =spreken | weight=0.255
=puur | weight=0.254
=mijn =leeftijd | weight=0.250
=buitenlanders | weight=0.250
=borg =betalen | weight=0.242
=vanwege | weight=0.242
=de =portier | weight=0.235
=portier | weight=0.235
=met =vrouw | weight=0.227
=een =beperking | weight=0.225
=leren | weight=0.224
=beperking | weight=0.222
=buitengesloten | weight=0.220
=een =rolstoel | weight=0.219
=kleinzoon | weight=0.218
=uitsluitend | weight=0.218
=hij =geen | weight=0.217, noneg
=verhuurder =zei | weight=0.217
=geen =buitenland | weight=0.214, noneg
=ongelijke | weight=0.213
=engels | weight=0.210
=alleen =omdat | weight=0.204
=omdat =we | weight=0.204
=leren =in | weight=0.204
=als =rolstoelgebruiker | weight=0.201
=rolstoelgebruiker | weight=0.201
=bent | weight=0.199
=vrienden | weight=0.198
=frans | weight=0.195
=frans =sprak | weight=0.195
=toch =niet | weight=0.195, noneg
=we =niet | weight=0.195, noneg
=rolstoel | weight=0.194
=zodra | weight=0.193
=werd =bij | weight=0.193
=geen =huurwoning | weight=0.193, noneg
=ik =normaal | weight=0.192
=een =buitenland | weight=0.191
=je =eigen | weight=0.191
=niet =helpen | weight=0.190, noneg
=te =oude | weight=0.188
=toch =al | weight=0.187
=ga =terug | weight=0.187
=weigerde =me | weight=0.185
=wou | weight=0.185
=blindengeleidehond | weight=0.184
=niet =omdat | weight=0.184, noneg
=is =puur | weight=0.181
=puur =discriminatie | weight=0.181
=ze =weigerde | weight=0.179
=mijn =accent | weight=0.179
=maar =iemand | weight=0.178
=de =verhuur | weight=0.178
=verhuur | weight=0.178
=mijn =kleinzoon | weight=0.178
=ineens | weight=0.178
=kon =praten | weight=0.178
=betalen =omdat | weight=0.177
=land | weight=0.176
=mijn =hoofddoek | weight=0.176
=niet =mee | weight=0.176, noneg
=beter =mijn | weight=0.175
=borg | weight=0.173
=spreekt | weight=0.172
=zodra =ze | weight=0.170
=beter =niet | weight=0.169, noneg
=ik =zwanger | weight=0.167
=wilde =worden | weight=0.167
=zwanger | weight=0.167
=zwanger =wilde | weight=0.167
=buitenland | weight=0.167
=opmerking | weight=0.167
=geen =lening | weight=0.166, noneg
=oma =van | weight=0.166
=niet =binnen | weight=0.166, noneg
=kreeg =geen | weight=0.166, noneg
=gecontroleerd | weight=0.165
=mijn =vrienden | weight=0.165
=klant =met | weight=0.164
=aangesproken | weight=0.163
=het =dat | weight=0.163
=mijn =man | weight=0.161
=dat =toch | weight=0.160
=behandeling | weight=0.160
=behandeld =als | weight=0.160
=het =engels | weight=0.158
=andere =moet | weight=0.156
=normaal =kon | weight=0.156
=beveiliger | weight=0.156
=afkomst | weight=0.155
=enige | weight=0.155
=slechtziend | weight=0.155
=moet =laat | weight=0.154
=ten =aan | weight=0.153
=top =tot | weight=0.153
=tot =ten | weight=0.153
=van =top | weight=0.153
=de =verhuurder | weight=0.153
=verhuurder | weight=0.153
=ze =wilde | weight=0.153
=de =kassiere | weight=0.152
=de =bewaker | weight=0.152
=sturen =zei | weight=0.152
=ze =hielp | weight=0.150
=niet =goed | weight=0.149, noneg
=hier =niet | weight=0.148, noneg
=bejegend | weight=0.148
=genegeerd =en | weight=0.147
=omdat =ik | weight=0.147
=spreken =nog | weight=0.147
=volgde | weight=0.147
=kind | weight=0.146
=magazijnpersoneel | weight=0.146
=racistische | weight=0.145
=racistische =opmerking | weight=0.145
=grond =van | weight=0.145
=op =grond | weight=0.145
=hielp | weight=0.145
=andere =gast | weight=0.145
=een =racistische | weight=0.145
=bewaker | weight=0.144
=niet =snappen | weight=0.144, noneg
=geen =smartphone | weight=0.144, noneg
=gecontroleerd =bij | weight=0.144
=ingang | weight=0.143
=dit =gebeurt | weight=0.143
=senior | weight=0.143
=basis =van | weight=0.143
=op =basis | weight=0.143
=rolstoel =werd | weight=0.142
=basis | weight=0.141
=opmerking =van | weight=0.140
=moest =vraag | weight=0.139
=mocht =niet | weight=0.139, noneg
=kassiere | weight=0.139
=grond | weight=0.138
=balie =zeiden | weight=0.138
=werd =aan | weight=0.137
=een =vrouw | weight=0.136
=en =daarom | weight=0.135
=beter | weight=0.134
=ongelijke =behandeling | weight=0.134
=geen =abonnement | weight=0.134, noneg
=buitenland =achternaam | weight=0.133
=is =doof | weight=0.133
=niemand =andere | weight=0.132, noneg
=een =donkere | weight=0.132
=en =maakte | weight=0.132
=dan =maar | weight=0.131
=naar =binnen | weight=0.131
=behandeld | weight=0.131
=te =helpen | weight=0.131
=dat =vrouw | weight=0.130
=bleef =vraag | weight=0.129
=ik =gewoon | weight=0.129
=afkomst =kreeg | weight=0.129
=nederlands =moest | weight=0.128
=komen =je | weight=0.128
=de =uitgang | weight=0.128
=uitgang | weight=0.128
=mocht | weight=0.127
=oude =zou | weight=0.127
=een =hoofddoek | weight=0.127
=uitsluitend =met | weight=0.127
=werd =ik | weight=0.126
=mijn =oma | weight=0.126
=oma | weight=0.126
=me =van | weight=0.126
=medewerker =mij | weight=0.126
=ik =kon | weight=0.125
=de =wit | weight=0.125
=als =vrouw | weight=0.124
=een =roma | weight=0.124
=roma | weight=0.124
=roma =ben | weight=0.124
=controleerde | weight=0.123
=me =niet | weight=0.123, noneg
=niet =zei | weight=0.123, noneg
=donkere =huid | weight=0.122
=kleinkinderen | weight=0.122
=mijn =kleinkinderen | weight=0.122
=ten | weight=0.122
=grapjes | weight=0.122
=grapjes =over | weight=0.122
=maakte =grapjes | weight=0.122
=huisregel | weight=0.122
=veel =gedoe | weight=0.121
=betreft =ongelijke | weight=0.121
=mensen | weight=0.121
=dat =niet | weight=0.121, noneg
=tegen =mijn | weight=0.121
=mij =niet | weight=0.120, noneg
=huid | weight=0.120
=mensen =met | weight=0.120
=sprak | weight=0.120
=uitsluitend =op | weight=0.119
=zijn =voor | weight=0.119
=het =maar | weight=0.119
=je =als | weight=0.119
=tien =minuten | weight=0.119
=dat =deze | weight=0.118
=de =toegang | weight=0.117
=toegang | weight=0.117
=plek | weight=0.116
=behandeld =vanwege | weight=0.116
=oudere | weight=0.115
=mij =als | weight=0.115
=mijn =nederlands | weight=0.115
=gebeurt | weight=0.114
=eerst =maar | weight=0.114
=sprak =me | weight=0.114
=werd =andere | weight=0.113
=maar =terug | weight=0.113
=geen =nederlands | weight=0.112, noneg
=bewaking | weight=0.112
=de =bewaking | weight=0.112
=restaurant =kreeg | weight=0.111
=hoorde | weight=0.111
=beveiliging | weight=0.110
=mijn =achternaam | weight=0.110
=zulke | weight=0.110
=de =ingang | weight=0.109
=werd =we | weight=0.108
=constateren | weight=0.108
=constateren =dat | weight=0.108
=vrouw =ben | weight=0.107
=reden =gewoon | weight=0.107
=down | weight=0.107
=het =syndroom | weight=0.107
=syndroom | weight=0.107
=syndroom =van | weight=0.107
=van =down | weight=0.107
=met =mijn | weight=0.106
=engels =sprak | weight=0.106
=ik =engels | weight=0.106
=mijn =afkomst | weight=0.106
=leeftijd =beter | weight=0.105
=ze =te | weight=0.105
=premie | weight=0.104
=buitenlanders =moet | weight=0.104
=jullie =buitenlanders | weight=0.104
=rij =staan | weight=0.104
=ik =voel | weight=0.102
=voel =me | weight=0.102
=man =in | weight=0.102
=weggestuurd | weight=0.102
=werd =gevraagd | weight=0.101
=kreeg =we | weight=0.101
=de =beveiliging | weight=0.101
=vader =van | weight=0.100
=hele =winkel | weight=0.100
=voelt =zich | weight=0.100
=verkoper =had | weight=0.100
=gedoe | weight=0.099
=maar =aan | weight=0.099
=uw =vertegenwoordiger | weight=0.099
=vertegenwoordiger | weight=0.099
=gast =mocht | weight=0.099
=excursie | weight=0.098
=ze =is | weight=0.098
=sprak =tegen | weight=0.097
=wel =nederlands | weight=0.097
=verhoogd | weight=0.097
=kreeg =bij | weight=0.096
=genoeg | weight=0.096
=mijn =zus | weight=0.096
=zus | weight=0.096
=zei =hij | weight=0.096
=collega =met | weight=0.095
=eerst =leren | weight=0.095
=moet =eerst | weight=0.095
=me =in | weight=0.095
=ik =geen | weight=0.094, noneg
=of =ik | weight=0.094
=ze =sprak | weight=0.094
=die =wel | weight=0.094
=niet =geholpen | weight=0.094, noneg
=geleidehond | weight=0.094
=zijn =geleidehond | weight=0.094
=zulke =klant | weight=0.094
=omdat =dat | weight=0.093
=portier =liet | weight=0.093
=winkel =de | weight=0.092
=van =afkomst | weight=0.092
=aangenomen | weight=0.092
=down =de | weight=0.092
=ontzegd | weight=0.092
=zoon =met | weight=0.092
=was =voor | weight=0.091
=ze =bleef | weight=0.091
=doof =en | weight=0.091
=haar =leeftijd | weight=0.091
=verteld =mijn | weight=0.091
=worden =hier | weight=0.090
=de =gaat | weight=0.090
=gelaten | weight=0.089
=blind | weight=0.089
=digitale | weight=0.089
=man | weight=0.089
=dove | weight=0.089
=behandeling =bij | weight=0.088
=had =mijn | weight=0.088
=ons =niet | weight=0.088, noneg
=ze =hoorde | weight=0.088
=maakte | weight=0.087
=was =ze | weight=0.087
=man =kreeg | weight=0.087
=achterna | weight=0.087
=liep =me | weight=0.087
=winkel =achterna | weight=0.087
=mijn =huidskleur | weight=0.087
=met =iemand | weight=0.087
=alleen =tegen | weight=0.087
=letterlijk =tegen | weight=0.087
=niemand =in | weight=0.087, noneg
=reizigers | weight=0.086
=steeds =bij | weight=0.085
=bespreken | weight=0.085
=mijn =marokkaanse | weight=0.085
=handicap | weight=0.085
=halte | weight=0.084
=werd =geweigerd | weight=0.084
=tegen =mij | weight=0.084
=de =beveiliger | weight=0.084
=een =digitale | weight=0.084
=mij =door | weight=0.083
=beveiliging =liep | weight=0.083
=door =uw | weight=0.083
=racisme | weight=0.083
=hoofddoek =werd | weight=0.083
=het =zwembad | weight=0.082
=zwembad | weight=0.082
=en =lopen | weight=0.082
=lopen =met | weight=0.082
=mijn =vader | weight=0.082
=je =daar | weight=0.082
=toch | weight=0.082
=moest =leren | weight=0.082
=apart =genomen | weight=0.081
=eerst =moest | weight=0.081
=weggestuurd =omdat | weight=0.081
=rest | weight=0.081
=nederlands =spreekt | weight=0.081
=vraag =of | weight=0.080
=afgewezen =nadat | weight=0.080
=nooit =eerder | weight=0.080, noneg
=winkel =niet | weight=0.080, noneg
=alsof =ze | weight=0.079
=genomen | weight=0.079
=terug =met | weight=0.079
=restaurant | weight=0.079
=werd =behandeld | weight=0.079
=ze =op | weight=0.078
=gast | weight=0.078
=ik =eerst | weight=0.078
=hield | weight=0.078
=niet =serieus | weight=0.078, noneg
=wilde =me | weight=0.078
=liet =ons | weight=0.078
=niet =online | weight=0.077, noneg
=het =appartement | weight=0.077
=dit =werd | weight=0.077
=de =premie | weight=0.077
=boren | weight=0.077
=boren =toch | weight=0.077
=soort =boren | weight=0.077
=vrouw =dit | weight=0.077
=verkoopster =keek | weight=0.077
=jullie =winkel | weight=0.077
=verkoper =keek | weight=0.076
=niet =zo | weight=0.076, noneg
=wilde =de | weight=0.076
=hele =tijd | weight=0.076
=donkere =huidskleur | weight=0.075
=accent =en | weight=0.075
=minuten =op | weight=0.075
=aanvraag =voor | weight=0.074
=het =gesprek | weight=0.074
=het =restaurant | weight=0.074
=wit | weight=0.074
=appartement | weight=0.074
=ik =dan | weight=0.073
=hielp =me | weight=0.073
