# discrimination, nl: learned by scripts/learn.py from 4090 tuning texts (156 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ze sprak me aan met 'ouwe' en maakte grapjes over mijn hoorapparaat.
+ Mijn vriend in een rolstoel werd niet toegelaten bij de ingang 'want het is te druk', terwijl iedereen achter ons gewoon doorliep.
+ Toen ik zei dat ik liever in het Engels verder wilde omdat mijn Nederlands niet zo goed is, zei de medewerker 'dan moet u maar iemand meenemen die het wel spreekt' en verbrak de verbinding.
- we willen ons geld terug
- Dank voor de snelle hulp!
=hoofddoek | weight=0.406
=nederlands | weight=0.348
=vrouw | weight=0.338
=leeftijd =geen | weight=0.332, noneg
=leeftijd | weight=0.314
=moeder =van | weight=0.312
=accent | weight=0.311
=discriminatie | weight=0.300
=donkere | weight=0.300
=nie =helpen | weight=0.276, noneg
=leren | weight=0.272
=huidskleur | weight=0.271
=marokkaanse | weight=0.265
=de =portier | weight=0.260
=portier | weight=0.260
=als =enige | weight=0.250
=doof | weight=0.250
=achternaam | weight=0.247
=niet =mee | weight=0.244, noneg
=nie | weight=0.244, noneg
=puur | weight=0.242
=ik =spreken | weight=0.240
=vanwege | weight=0.236
=borg =betalen | weight=0.235
=buitenlanders | weight=0.230
=genegeerd | weight=0.229
=te =oude | weight=0.228
=een =beperking | weight=0.225
=engels | weight=0.224
=beperking | weight=0.223
=mijn =leeftijd | weight=0.222
=buitengesloten | weight=0.213
=zodra | weight=0.213
=alleen =omdat | weight=0.212
=hij =geen | weight=0.210, noneg
=verhuurder =zei | weight=0.210
=behandeld =als | weight=0.208
=geen =buitenland | weight=0.207, noneg
=met =vrouw | weight=0.207
=behandeling | weight=0.205
=ongelijke | weight=0.202
=je =eigen | weight=0.201
=moest =vraag | weight=0.201
=uitsluitend | weight=0.201
=geen =huurwoning | weight=0.200, noneg
=kleinzoon | weight=0.199
=een =rolstoel | weight=0.198
=vrienden | weight=0.198
=het =engels | weight=0.197
=ga =terug | weight=0.197
=kreeg =geen | weight=0.194, noneg
=mijn =accent | weight=0.194
=bent | weight=0.192
=frans | weight=0.191
=frans =sprak | weight=0.191
=een =buitenland | weight=0.190
=leren =in | weight=0.189
=opmerking | weight=0.189
=niet =omdat | weight=0.188, noneg
=borg | weight=0.187
=de =verhuur | weight=0.187
=verhuur | weight=0.187
=is =puur | weight=0.184
=puur =discriminatie | weight=0.184
=toch =niet | weight=0.184, noneg
=blindengeleidehond | weight=0.184
=we =niet | weight=0.184, noneg
=omdat =we | weight=0.183
=ik =normaal | weight=0.182
=mijn =hoofddoek | weight=0.178
=niet =goed | weight=0.178, noneg
=toch | weight=0.178
=oma =van | weight=0.178
=als =rolstoelgebruiker | weight=0.175
=rolstoelgebruiker | weight=0.175
=wou | weight=0.174
=niet =helpen | weight=0.173, noneg
=werd =bij | weight=0.173
=omdat =ik | weight=0.171
=betalen =omdat | weight=0.171
=weigerde =me | weight=0.169
=maar =aan | weight=0.168
=kon =praten | weight=0.167
=zei =hij | weight=0.165
=rolstoel | weight=0.164
=het =dat | weight=0.164
=geen =lening | weight=0.162, noneg
=de =kassiere | weight=0.161
=kind | weight=0.161
=ze =weigerde | weight=0.160
=beveiliger | weight=0.160
=mijn =man | weight=0.160
=dat =niet | weight=0.160, noneg
=zodra =ze | weight=0.159
=maar =iemand | weight=0.159
=normaal =kon | weight=0.158
=gecontroleerd | weight=0.158
=beter =mijn | weight=0.158
=mijn =kleinzoon | weight=0.157
=niemand =andere | weight=0.155, noneg
=buitenland | weight=0.155
=afkomst | weight=0.154
=hielp | weight=0.153
=oudere | weight=0.152
=aangesproken | weight=0.150
=ten =aan | weight=0.150
=top =tot | weight=0.150
=tot =ten | weight=0.150
=van =top | weight=0.150
=ze =hielp | weight=0.149
=de =bewaker | weight=0.148
=ineens | weight=0.148
=premie | weight=0.148
=gecontroleerd =bij | weight=0.148
=beter | weight=0.148
=kassiere | weight=0.148
=dan =maar | weight=0.147
=mijn =vrienden | weight=0.147
=hier =niet | weight=0.147, noneg
=enige | weight=0.145
=volgde | weight=0.144
=niet =binnen | weight=0.144, noneg
=basis | weight=0.143
=basis =van | weight=0.143
=op =basis | weight=0.143
=grond =van | weight=0.143
=op =grond | weight=0.143
=bewaker | weight=0.143
=klant =met | weight=0.142
=ik =zwanger | weight=0.142
=wilde =worden | weight=0.142
=zwanger | weight=0.142
=zwanger =wilde | weight=0.142
=beter =niet | weight=0.142, noneg
=sprak | weight=0.142
=racistische | weight=0.141
=racistische =opmerking | weight=0.141
=me =niet | weight=0.141, noneg
=mensen | weight=0.141
=een =racistische | weight=0.141
=sturen =zei | weight=0.140
=genegeerd =en | weight=0.139
=bejegend | weight=0.139
=dat =toch | weight=0.138
=een =vrouw | weight=0.137
=geen =smartphone | weight=0.137, noneg
=buitenland =achternaam | weight=0.137
=opmerking =van | weight=0.136
=geen =abonnement | weight=0.136, noneg
=een =donkere | weight=0.136
=andere =moet | weight=0.135
=grond | weight=0.135
=magazijnpersoneel | weight=0.135
=afkomst =kreeg | weight=0.134
=komen =je | weight=0.134
=dit =gebeurt | weight=0.134
=lopen | weight=0.134
=behandeld | weight=0.133
=mocht =niet | weight=0.132, noneg
=moet =laat | weight=0.132
=hoorde | weight=0.131
=is =doof | weight=0.131
=een =roma | weight=0.131
=roma | weight=0.131
=roma =ben | weight=0.131
=spreken =nog | weight=0.131
=en =maakte | weight=0.130
=slechtziend | weight=0.130
=andere =gast | weight=0.129
=rolstoel =werd | weight=0.129
=de =verhuurder | weight=0.129
=verhuurder | weight=0.129
=naar =binnen | weight=0.128
=en =daarom | weight=0.127
=ze =bleef | weight=0.127
=als =vrouw | weight=0.127
=werd =aan | weight=0.126
=moest =leren | weight=0.126
=de =witte | weight=0.126
=grapjes | weight=0.126
=grapjes =over | weight=0.126
=maakte =grapjes | weight=0.126
=ingang | weight=0.125
=te =helpen | weight=0.124
=huisregel | weight=0.123
=mij =niet | weight=0.123, noneg
=mocht | weight=0.123
=ze =sprak | weight=0.123
=niet =snappen | weight=0.122, noneg
=bespreken | weight=0.121
=tegen =mijn | weight=0.121
=medewerker =mij | weight=0.120
=met =mijn | weight=0.120
=werd =ik | weight=0.120
=balie =zeiden | weight=0.120
=uitsluitend =op | weight=0.119
=gebeurt | weight=0.118
=de =toegang | weight=0.117
=toegang | weight=0.117
=verkoper =had | weight=0.115
=was =voor | weight=0.115
=controleerde | weight=0.115
=me =van | weight=0.114
=uitsluitend =met | weight=0.114
=spreekt | weight=0.114
=donkere =huid | weight=0.114
=verhoogd | weight=0.113
=mensen =met | weight=0.113
=ongelijke =behandeling | weight=0.112
=mijn =afkomst | weight=0.112
=huid | weight=0.112
=bewaking | weight=0.111
=de =bewaking | weight=0.111
=ten | weight=0.111
=niet =zei | weight=0.111, noneg
=nederlands =moest | weight=0.110
=de =uitgang | weight=0.110
=uitgang | weight=0.110
=kreeg =we | weight=0.110
=ik =kon | weight=0.110
=ik =voel | weight=0.110
=voel =me | weight=0.110
=een =hoofddoek | weight=0.110
=oude =zou | weight=0.110
=dat =vrouw | weight=0.109
=ze =wilde | weight=0.109
=beveiliging | weight=0.109
=behandeld =vanwege | weight=0.109
=zulke | weight=0.108
=je =als | weight=0.108
=down | weight=0.108
=het =syndroom | weight=0.108
=syndroom | weight=0.108
=syndroom =van | weight=0.108
=van =down | weight=0.108
=veel =gedoe | weight=0.108
=sprak =me | weight=0.107
=mijn =oma | weight=0.107
=oma | weight=0.107
=niet =nodig | weight=0.107, noneg
=door =uw | weight=0.106
=mij =als | weight=0.106
=de =beveiliger | weight=0.106
=zijn =voor | weight=0.105
=leeftijd =beter | weight=0.105
=werd =andere | weight=0.105
=plek | weight=0.103
=tien =minuten | weight=0.103
=het =maar | weight=0.103
=jullie =winkel | weight=0.103
=bleef =vraag | weight=0.103
=vrouw =ben | weight=0.103
=had =mijn | weight=0.102
=betreft =ongelijke | weight=0.102
=de =beveiliging | weight=0.101
=of =ik | weight=0.101
=reden =gewoon | weight=0.101
=dat =deze | weight=0.101
=gast =mocht | weight=0.100
=wel =nederlands | weight=0.100
=mijn =nederlands | weight=0.100
=werd =we | weight=0.100
=restaurant =kreeg | weight=0.100
=de =ingang | weight=0.100
=maar =terug | weight=0.099
=buitenlanders =moet | weight=0.099
=eerst =leren | weight=0.099
=jullie =buitenlanders | weight=0.099
=rij =staan | weight=0.099
=constateren | weight=0.098
=constateren =dat | weight=0.098
=portier =liet | weight=0.097
=mijn =achternaam | weight=0.096
=met =iemand | weight=0.096
=eerst =maar | weight=0.095
=down =de | weight=0.095
=ontzegd | weight=0.095
=zoon =met | weight=0.095
=haar =leeftijd | weight=0.095
=verteld =mijn | weight=0.095
=genomen | weight=0.095
=mijn =zus | weight=0.094
=zus | weight=0.094
=rest | weight=0.094
=witte | weight=0.093
=restaurant | weight=0.093
=hele =winkel | weight=0.093
=geleidehond | weight=0.093
=zijn =geleidehond | weight=0.093
=zulke =klant | weight=0.093
=engels =sprak | weight=0.093
=ik =engels | weight=0.093
=collega =met | weight=0.092
=man =in | weight=0.092
=reizigers | weight=0.092
=aangenomen | weight=0.091
=je =daar | weight=0.091
=excursie | weight=0.091
=racisme | weight=0.090
=moet =eerst | weight=0.090
=van =afkomst | weight=0.090
=ze =is | weight=0.090
=gelaten | weight=0.089
=alsof =ze | weight=0.089
=terug =met | weight=0.088
=was =ze | weight=0.088
=blind | weight=0.088
=vraag =of | weight=0.088
=de =gaat | weight=0.088
=winkel =niet | weight=0.087, noneg
=kreeg =bij | weight=0.087
=weggestuurd | weight=0.087
=uw =vertegenwoordiger | weight=0.087
=vertegenwoordiger | weight=0.087
=hoofddoek =werd | weight=0.087
=man | weight=0.086
=donkere =huidskleur | weight=0.086
=alleen =tegen | weight=0.086
=niet =geholpen | weight=0.086, noneg
=voelt =zich | weight=0.085
=verkoopster =keek | weight=0.085
=het =appartement | weight=0.085
=niet =in | weight=0.085, noneg
=ons =niet | weight=0.085, noneg
=die =wel | weight=0.085
=ze =te | weight=0.083
=worden =hier | weight=0.083
=nederlands =spreekt | weight=0.083
=niet =online | weight=0.083, noneg
=oude | weight=0.083
=me =in | weight=0.082
=behandeling =bij | weight=0.082
=maakte | weight=0.082
=liet =ons | weight=0.081
=mijn =marokkaanse | weight=0.081
=ze =hoorde | weight=0.081
=het =zwembad | weight=0.081
=zwembad | weight=0.081
=te =veel | weight=0.080
=letterlijk =tegen | weight=0.080
=achterna | weight=0.080
=liep =me | weight=0.080
=winkel =achterna | weight=0.080
=gedoe | weight=0.080
=doof =en | weight=0.080
=gast | weight=0.079
=wilde =me | weight=0.079
=vanwege =mijn | weight=0.079
=omdat =dat | weight=0.079
=niemand =in | weight=0.078, noneg
=handicap | weight=0.078
=ik =dan | weight=0.078
=ze =op | weight=0.078
=halte | weight=0.078
=nederlands =is | weight=0.078
=steeds =bij | weight=0.078
=apart =genomen | weight=0.078
=tegen =mij | weight=0.077
=dove | weight=0.077
=mij =door | weight=0.077
=een =kind | weight=0.077
=beveiliging =liep | weight=0.077
=hield | weight=0.076
=appartement | weight=0.076
=eh =de | weight=0.076
=daarom | weight=0.076
=eerst =moest | weight=0.076
=en =eh | weight=0.075
=sprak =tegen | weight=0.075
=ik =geen | weight=0.075, noneg
=het =restaurant | weight=0.074
=genoeg | weight=0.074
=de =klant | weight=0.074
=het =prima | weight=0.074
=weggestuurd =omdat | weight=0.074
=monteur =zei | weight=0.073
=mij =volledig | weight=0.072
=negeerde =mij | weight=0.072
=dat =wij | weight=0.071
=betreft | weight=0.071
=winkel =de | weight=0.071
=hoorapparaat | weight=0.071
=behandeld =mijn | weight=0.070
=vrouw =werd | weight=0.070
=mijn =huidskleur | weight=0.070
=straal | weight=0.070
=straal =genegeerd | weight=0.070
=vader =van | weight=0.070
=internetbankieren | weight=0.070
=voelt | weight=0.069
=man =kreeg | weight=0.069
=sprak =de | weight=0.069
=ouwe | weight=0.068
=een =hoger | weight=0.068
=werd | weight=0.068
=me =met | weight=0.068
=mijn =vader | weight=0.068
=mocht =gewoon | weight=0.068
=accent =en | weight=0.068
=het =gesprek | weight=0.068
