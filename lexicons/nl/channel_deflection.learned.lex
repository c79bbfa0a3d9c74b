# channel_deflection, nl: learned by scripts/learn.py from 4875 tuning texts (272 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Via Twitter kreeg ik alleen een linkje naar het klantenportaal.
+ Ze zeiden dat ik het contactformulier moest gebruiken in plaats van de chat.
+ Ik heb de klachtenafdeling meerdere keren proberen te bereiken, maar op uw website is geen e-mailadres te vinden. Het contactformulier geeft een foutmelding bij verzenden. Telefonisch werd ik verwezen naar... het contactformulier. Zo kom je dus nergens.
- ok dankje
- ok top dank je
=invullen | weight=0.320
=het =via | weight=0.313
=niet =via | weight=0.299, noneg
=het =maar | weight=0.294
=doorverwezen | weight=0.283
=sturen =ons | weight=0.269
=downloaden | weight=0.265
=mail =moest | weight=0.265
=op =onze | weight=0.263
=contactformulier | weight=0.258
=onze =website | weight=0.257
=moest =sturen | weight=0.246
=doorverwezen =naar | weight=0.245
=omgeving | weight=0.245
=een =qr-code | weight=0.243
=qr-code | weight=0.243
=moest =maar | weight=0.242
=alleen =naar | weight=0.238
=het =contactformulier | weight=0.237
=de =veelgestelde | weight=0.235
=een =linkje | weight=0.234
=linkje | weight=0.234
=linkje =naar | weight=0.234
=zij =zeggen | weight=0.233
=zei =alleen | weight=0.226
=naar =het | weight=0.223
=uw =klacht | weight=0.223
=digitale | weight=0.222
=e-mail | weight=0.219
=winkel =zegt | weight=0.219
=ons =een | weight=0.219
=te =gebruiken | weight=0.211
=doen =dat | weight=0.210
=online | weight=0.209
=soort =vraag | weight=0.206
=downloaden =de | weight=0.206
=u =zelf | weight=0.206
=een =klachtformulier | weight=0.204
=klachtformulier | weight=0.204
=moest =indienen | weight=0.203
=ik =werd | weight=0.202
=gebruiken =de | weight=0.199
=u =moet | weight=0.197
=via =mijn | weight=0.195
=alleen =via | weight=0.194
=onze =klantenservice | weight=0.192
=steeds =naar | weight=0.191
=webformulier | weight=0.187
=de =website | weight=0.186
=gebruiken | weight=0.183
=mijn =omgeving | weight=0.181
=te =helpen | weight=0.180
=geen =computer | weight=0.180, noneg
=app =zei | weight=0.179
=weggestuurd | weight=0.179
=kunnen =worden | weight=0.178
=een =fysieke | weight=0.178
=hiervoor | weight=0.177
=dichtstbijzijnde | weight=0.176
=indienen | weight=0.175
=een =winkel | weight=0.174
=richting | weight=0.174
=benader | weight=0.172
=beter =bellen | weight=0.171
=schriftelijk =in | weight=0.171
=alleen =schriftelijk | weight=0.171
=werd =doorgestuurd | weight=0.171
=fysieke =winkel | weight=0.170
=brief | weight=0.169
=gemaild =geen | weight=0.169, noneg
=ga =naar | weight=0.168
=u =beter | weight=0.168
=sturen =naar | weight=0.165
=moet =u | weight=0.164
=onze | weight=0.164
=doen =ze | weight=0.164
=moest =regelen | weight=0.164
=het =beste | weight=0.162
=en =hing | weight=0.162
=ze =doen | weight=0.162
=beter =per | weight=0.162
=e-mail =kon | weight=0.162
=kon =probeer | weight=0.162
=het =klantportaal | weight=0.162
=klantportaal | weight=0.162
=de =site | weight=0.160
=sturen | weight=0.160
=hiervoor =kunt | weight=0.160
=bel =ons | weight=0.160
=webcare | weight=0.159
=ze =zeggen | weight=0.159
=niet =beantwoordt | weight=0.158, noneg
=app =moet | weight=0.157
=hing =op | weight=0.157
=was =had | weight=0.156
=staat =in | weight=0.156
=zeiden =ze | weight=0.156
=zelf =in | weight=0.155
=zegt =bellen | weight=0.155
=zegt =mail | weight=0.155
=googelen | weight=0.154
=mij =naar | weight=0.154
=jullie =webcare | weight=0.153
=de =corporatie | weight=0.153
=dat =reparaties | weight=0.153
=brief =moest | weight=0.153
=ze =stuurde | weight=0.153
=verwijzing | weight=0.152
=dat =kunt | weight=0.152
=alleen =met | weight=0.152
=met =internet | weight=0.151
=zeggen =gaat | weight=0.151
=u =gewoon | weight=0.151
=de =reactie | weight=0.150
=mens =spreken | weight=0.150
=mijn =mail | weight=0.150
=gaat =alleen | weight=0.149
=schriftelijk | weight=0.149
=fysieke | weight=0.148
=corporatie | weight=0.148
=balie | weight=0.148
=die =chat | weight=0.148
=je =moet | weight=0.147
=rondje | weight=0.147
=da | weight=0.146
=te =dien | weight=0.146
=telefonisch | weight=0.146
=app =van | weight=0.146
=collega =aan | weight=0.146
=niet =helpen | weight=0.145, noneg
=doorgeschoven =naar | weight=0.144
=altijd =een | weight=0.144
=nemen =telefonisch | weight=0.143
=klantvriendelijk | weight=0.142
=portaal | weight=0.142
=winkel =moest | weight=0.142
=zeggen =altijd | weight=0.141
=echt =belachelijk | weight=0.141
=een =mail | weight=0.141
=balie =zeiden | weight=0.140
=advies | weight=0.140
=ze =verwezen | weight=0.139
=verwees | weight=0.138
=voor =klacht | weight=0.138
=moest =invullen | weight=0.138
=chatmedewerker =naar | weight=0.138
=door =chatmedewerker | weight=0.138
=maar =mail | weight=0.138
=het =per | weight=0.137
=dat =toch | weight=0.137
=adviseerde | weight=0.137
=adviseerde =mij | weight=0.137
=kijken =op | weight=0.137
=konden =ze | weight=0.136
=dichtstbijzijnde =filiaal | weight=0.136
=het =dichtstbijzijnde | weight=0.136
=doorgeschoven | weight=0.136
=de =balie | weight=0.136
=ze =aan | weight=0.136
=raadde | weight=0.135
=het =beter | weight=0.135
=ze =op | weight=0.134
=chat =stuurde | weight=0.134
=website =aan | weight=0.134
=zijn =antwoord | weight=0.133
=indienen =via | weight=0.133
=reactie =op | weight=0.132
=winkel =niks | weight=0.131, noneg
=online =kon | weight=0.131
=maar =online | weight=0.131
=chat =moest | weight=0.131
=melden =het | weight=0.130
=toch =zelf | weight=0.129
=verwees =ze | weight=0.128
=je =naar | weight=0.128
=reparaties | weight=0.128
=u =kunt | weight=0.128
=aankoop =moet | weight=0.127
=geretourneerd | weight=0.127
=geretourneerd =worden | weight=0.127
=moet =online | weight=0.127
=online =aankoop | weight=0.127
=online =geretourneerd | weight=0.127
=keer =door | weight=0.127
=chat =kreeg | weight=0.127
=onze =site | weight=0.127
=stellen | weight=0.126
=ze =je | weight=0.126
=mail =moet | weight=0.126
=plaats =van | weight=0.125
=zei =hij | weight=0.125
=app | weight=0.124
=zegt =gebruiken | weight=0.124
=maar =via | weight=0.124
=opzeggen =maar | weight=0.123
=dat =doen | weight=0.123
=verwezen | weight=0.123
=facebook | weight=0.122
=kan =doen | weight=0.122
=wezen | weight=0.122
=werd =mij | weight=0.121
=klacht =per | weight=0.121
=aanmaken | weight=0.121
=maken =via | weight=0.120
=online =formulier | weight=0.120
=alles =via | weight=0.119
=konden | weight=0.119
=zeggen | weight=0.119
=doe | weight=0.118
=alleen | weight=0.118
=van =te | weight=0.118
=de =assistent | weight=0.117
=chat =naar | weight=0.117
=site | weight=0.117
=ik =doorverwezen | weight=0.116
=een =factuurcorrectie | weight=0.116
=factuurcorrectie | weight=0.116
=was =dat | weight=0.116
=website =niet | weight=0.116, noneg
=ik =moest | weight=0.115
=chat =zegt | weight=0.115
=niet =telefonisch | weight=0.115, noneg
=medewerker =alleen | weight=0.115
=dit =soort | weight=0.114
=mij =gezegd | weight=0.114
=in =plaats | weight=0.114
=niet =gebeld | weight=0.114, noneg
=een =ticket | weight=0.114
=regelen | weight=0.113
=dat =terugbelverzoek | weight=0.113
=sneller =gaan | weight=0.113
=terugbelverzoek =via | weight=0.113
=dit =doe | weight=0.113
=doe =je | weight=0.113
=je =thuis | weight=0.113
=thuis =op | weight=0.113
=moet =via | weight=0.112
=werd =doorgeschoven | weight=0.112
=indienen =op | weight=0.112
=kreeg =te | weight=0.112
=het =retour | weight=0.111
=post =sturen | weight=0.111
=via =whatsapp | weight=0.111
=chatmedewerker | weight=0.111
=adreswijziging =niet | weight=0.111, noneg
=verwijst | weight=0.110
=moet =maar | weight=0.110
=advies =was | weight=0.110
=antwoord =dat | weight=0.110
=per =post | weight=0.110
=klant =kreeg | weight=0.110
=het =retourportaal | weight=0.110
=retourportaal | weight=0.110
=zegt =alleen | weight=0.109
=je | weight=0.109
=je =altijd | weight=0.109
=klant =verzocht | weight=0.109
=whatsapp | weight=0.109
=moest =zelf | weight=0.108
=nooit =antwoord | weight=0.108, noneg
=winkel =voor | weight=0.108
=kunnen =ze | weight=0.108
=de =servicelijn | weight=0.108
=moet =invullen | weight=0.108
=kan =niet | weight=0.108, noneg
=de =receptie | weight=0.108
=wilde =mijn | weight=0.108
=terugbelverzoek | weight=0.107
=beter =even | weight=0.107
=veelgestelde | weight=0.107
=veelgestelde =vraag | weight=0.107
=receptie | weight=0.107
=servicelijn | weight=0.106
=geholpen =worden | weight=0.106
=artikel | weight=0.106
=de =livechat | weight=0.106
=het =probeer | weight=0.106
=te =maken | weight=0.105
=onder =elke | weight=0.105
=verwees =naar | weight=0.105
=livechat | weight=0.104
=telefoon =zeggen | weight=0.104
=worden =steeds | weight=0.103
=afgescheept =met | weight=0.103
=een =papiertje | weight=0.103
=papiertje | weight=0.103
=hij =en | weight=0.103
=winkel =naar | weight=0.103
=is =door | weight=0.103
=website =en | weight=0.103
=ik =toch | weight=0.103
=maar =op | weight=0.103
=een =privebericht | weight=0.102
=privebericht | weight=0.102
=hij =was | weight=0.102
=medewerker =wees | weight=0.102
=chat =staat | weight=0.102
=belachelijk | weight=0.102
=claim =indienen | weight=0.102
=een =claim | weight=0.102
=sturen =zei | weight=0.101
=andere =claimportaal | weight=0.101
=claimportaal | weight=0.101
=ga =maar | weight=0.101
=bandje =dat | weight=0.101
=daarvoor | weight=0.100
=verzocht =om | weight=0.100
=registreer | weight=0.100
=registreer =het | weight=0.100
=nemen =contact | weight=0.100
=ter =plek | weight=0.100
=website =te | weight=0.100
=als =reactie | weight=0.100
=retour =via | weight=0.099
=dat =via | weight=0.099
=op =met | weight=0.099
=of =andere | weight=0.099
=mij =aan | weight=0.099
=afspraak =inplannen | weight=0.098
=inplannen | weight=0.098
=de =chat | weight=0.098
=met =ons | weight=0.098
=beter =doe | weight=0.098
=doe =het | weight=0.098
=nog =beter | weight=0.098
=of =nog | weight=0.098
=een =of | weight=0.097
=aanmelden | weight=0.097
=beantwoord =met | weight=0.097
=werd =beantwoord | weight=0.097
=daarvoor =moet | weight=0.097
=doen | weight=0.096
=op =via | weight=0.096
=via =onze | weight=0.096
=de =app | weight=0.096
=trein | weight=0.096
=aankoop | weight=0.096
=kaartje =met | weight=0.096
=een =mailtje | weight=0.096
=website | weight=0.095
=ze =mijn | weight=0.095
=het =enige | weight=0.095
=moet =je | weight=0.095
=gelukt | weight=0.095
=mij =steeds | weight=0.095
=mens =aan | weight=0.095
=sturen =maar | weight=0.095
=da =via | weight=0.094
=de =tip | weight=0.094
=te =downloaden | weight=0.094
=tip =om | weight=0.094
=vervoerder =te | weight=0.094
=heb =geen | weight=0.094, noneg
=een =kaartje | weight=0.094
=website =moet | weight=0.093
=kunt =het | weight=0.093
=zegt =bel | weight=0.093
=zegt =de | weight=0.093
=klachtformulier =moest | weight=0.093
=kaartje | weight=0.092
=afhandeling | weight=0.092
=me =door | weight=0.092
=die =app | weight=0.092
=alleen =online | weight=0.092
=een =bandje | weight=0.091
=verwijst =mij | weight=0.091
=moest =een | weight=0.091
=app =moest | weight=0.091
=ter | weight=0.091
=website =moest | weight=0.090
=app =bij | weight=0.090
=niet =worden | weight=0.090, noneg
=sim | weight=0.090
=ik =juiste | weight=0.090
=terecht =op | weight=0.090
=vijf =keer | weight=0.090
=indienen =want | weight=0.090
=mijn =adreswijziging | weight=0.089
=sneller | weight=0.089
=belde =en | weight=0.089
=app =zijn | weight=0.089
=twitter | weight=0.088
=kreeg =in | weight=0.088
=maar =jullie | weight=0.088
=ook =online | weight=0.088
=droeg | weight=0.088
=e-mail =kenbaar | weight=0.087
=kenbaar | weight=0.087
=kenbaar =te | weight=0.087
=mens =adviseerde | weight=0.087
=mij =mijn | weight=0.087
=wijzigen =en | weight=0.086
=stem | weight=0.086
=door =naar | weight=0.086
=weer =kijken | weight=0.086
=terwijl =die | weight=0.085
=dien | weight=0.085
=ding =doet | weight=0.085
=ticket =aanmaken | weight=0.085
=van =gewoon | weight=0.085
