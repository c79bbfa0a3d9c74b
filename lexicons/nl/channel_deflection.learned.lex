# channel_deflection, nl: learned by scripts/learn.py from 4875 tuning texts (272 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Via Twitter kreeg ik alleen een linkje naar het klantenportaal.
+ Ze zeiden dat ik het contactformulier moest gebruiken in plaats van de chat.
+ Vraag in de chat gesteld, antwoord: 'Hiervoor kunt u het beste mailen naar onze klantenservice.' Waarom is er dan een chat?
- ok dankje
- ok top dank je
=het =via | weight=0.315
=invullen | weight=0.314
=het =maar | weight=0.308
=niet =via | weight=0.288, noneg
=doorverwezen | weight=0.288
=op =onze | weight=0.277
=sturen =ons | weight=0.270
=downloaden | weight=0.269
=mail =moest | weight=0.260
=moest =sturen | weight=0.258
=doorverwezen =naar | weight=0.255
=contactformulier | weight=0.255
=onze =website | weight=0.252
=omgeving | weight=0.250
=winkel =zegt | weight=0.246
=de =veelgestelde | weight=0.243
=een =qr-code | weight=0.243
=qr-code | weight=0.243
=alleen =naar | weight=0.241
=moest =maar | weight=0.240
=het =contactformulier | weight=0.236
=een =linkje | weight=0.231
=linkje | weight=0.231
=linkje =naar | weight=0.231
=zij =zeggen | weight=0.230
=digitale | weight=0.227
=ons =een | weight=0.225
=zei =alleen | weight=0.217
=naar =het | weight=0.215
=een =klachtformulier | weight=0.215
=klachtformulier | weight=0.215
=te =gebruiken | weight=0.212
=doen =dat | weight=0.212
=uw =klacht | weight=0.211
=moest =indienen | weight=0.206
=u =zelf | weight=0.205
=app =zei | weight=0.202
=e-mail | weight=0.201
=downloaden =de | weight=0.199
=gebruiken =de | weight=0.197
=onze =klantenservice | weight=0.195
=alleen =via | weight=0.194
=u =moet | weight=0.194
=ik =werd | weight=0.193
=via =mijn | weight=0.191
=de =website | weight=0.191
=soort =vraag | weight=0.190
=online | weight=0.189
=alleen =schriftelijk | weight=0.188
=te =helpen | weight=0.187
=steeds =naar | weight=0.187
=mijn =omgeving | weight=0.182
=webformulier | weight=0.182
=gebruiken | weight=0.182
=een =fysieke | weight=0.179
=dichtstbijzijnde | weight=0.179
=weggestuurd | weight=0.179
=kunnen =worden | weight=0.179
=beter =bellen | weight=0.178
=ga =naar | weight=0.177
=een =winkel | weight=0.176
=onze | weight=0.175
=gemaild =geen | weight=0.175, noneg
=benader | weight=0.175
=hiervoor | weight=0.175
=geen =computer | weight=0.173, noneg
=indienen | weight=0.173
=u =beter | weight=0.173
=fysieke =winkel | weight=0.172
=werd =doorgestuurd | weight=0.172
=schriftelijk =in | weight=0.170
=brief | weight=0.170
=richting | weight=0.169
=app =moet | weight=0.169
=hiervoor =kunt | weight=0.167
=niet =beantwoordt | weight=0.166, noneg
=moest =regelen | weight=0.165
=ze =doen | weight=0.163
=het =beste | weight=0.162
=zelf =in | weight=0.161
=beter =per | weight=0.161
=e-mail =kon | weight=0.161
=kon =probeer | weight=0.161
=dat =reparaties | weight=0.161
=zegt =bellen | weight=0.160
=zegt =mail | weight=0.160
=en =hing | weight=0.160
=doen =ze | weight=0.160
=moet =u | weight=0.160
=mij =naar | weight=0.160
=ze =zeggen | weight=0.159
=mijn =mail | weight=0.159
=klantportaal | weight=0.159
=het =klantportaal | weight=0.159
=webcare | weight=0.158
=googelen | weight=0.158
=nemen =telefonisch | weight=0.157
=mens =spreken | weight=0.156
=de =site | weight=0.155
=staat =in | weight=0.155
=zeiden =ze | weight=0.154
=hing =op | weight=0.154
=brief =moest | weight=0.153
=fysieke | weight=0.153
=de =reactie | weight=0.153
=verwees | weight=0.152
=bel =ons | weight=0.151
=met =internet | weight=0.151
=zeggen =gaat | weight=0.151
=niet =helpen | weight=0.151, noneg
=was =had | weight=0.151
=te =dien | weight=0.150
=jullie =webcare | weight=0.150
=balie | weight=0.150
=altijd =een | weight=0.150
=da | weight=0.149
=winkel =moest | weight=0.148
=balie =zeiden | weight=0.148
=gaat =alleen | weight=0.148
=schriftelijk | weight=0.147
=je =moet | weight=0.147
=verwezen | weight=0.146
=sturen =naar | weight=0.146
=alleen =met | weight=0.146
=de =corporatie | weight=0.145
=verwijzing | weight=0.145
=het =per | weight=0.145
=raadde | weight=0.144
=u =gewoon | weight=0.144
=die =chat | weight=0.144
=doorgeschoven =naar | weight=0.144
=sturen | weight=0.143
=echt =belachelijk | weight=0.143
=adviseerde | weight=0.143
=adviseerde =mij | weight=0.143
=ze =stuurde | weight=0.142
=kijken =op | weight=0.142
=was =dat | weight=0.142
=app =van | weight=0.142
=dat =kunt | weight=0.141
=het =beter | weight=0.141
=portaal | weight=0.141
=corporatie | weight=0.141
=van =te | weight=0.141
=rondje | weight=0.141
=reactie =op | weight=0.140
=app | weight=0.140
=telefonisch | weight=0.139
=klantvriendelijk | weight=0.139
=dat =toch | weight=0.138
=ze =op | weight=0.138
=moest =invullen | weight=0.137
=maar =mail | weight=0.137
=chat =stuurde | weight=0.137
=reparaties | weight=0.136
=de =balie | weight=0.136
=doorgeschoven | weight=0.135
=konden =ze | weight=0.135
=doe | weight=0.135
=onze =site | weight=0.135
=voor =klacht | weight=0.135
=mail =moet | weight=0.134
=toch =zelf | weight=0.134
=chatmedewerker =naar | weight=0.134
=door =chatmedewerker | weight=0.134
=alles =via | weight=0.134
=winkel =niks | weight=0.134, noneg
=dichtstbijzijnde =filiaal | weight=0.133
=het =dichtstbijzijnde | weight=0.133
=plaats =van | weight=0.133
=ze =aan | weight=0.133
=indienen =via | weight=0.132
=zei =hij | weight=0.132
=u =kunt | weight=0.132
=zeggen =altijd | weight=0.131
=chat =kreeg | weight=0.131
=verwees =ze | weight=0.129
=een =mail | weight=0.129
=collega =aan | weight=0.129
=werd =mij | weight=0.128
=wezen | weight=0.128
=dat =doen | weight=0.127
=website =aan | weight=0.127
=advies | weight=0.127
=zijn =antwoord | weight=0.126
=ze =verwezen | weight=0.126
=maar =online | weight=0.126
=facebook | weight=0.126
=in =plaats | weight=0.125
=aankoop =moet | weight=0.124
=geretourneerd | weight=0.124
=geretourneerd =worden | weight=0.124
=moet =online | weight=0.124
=online =aankoop | weight=0.124
=online =geretourneerd | weight=0.124
=keer =door | weight=0.124
=online =formulier | weight=0.123
=ze =je | weight=0.123
=kan =doen | weight=0.123
=melden =het | weight=0.122
=chat =naar | weight=0.122
=je =naar | weight=0.121
=opzeggen =maar | weight=0.121
=zegt =gebruiken | weight=0.121
=dat =terugbelverzoek | weight=0.121
=sneller =gaan | weight=0.121
=terugbelverzoek =via | weight=0.121
=de =assistent | weight=0.121
=moet =via | weight=0.121
=een =factuurcorrectie | weight=0.120
=factuurcorrectie | weight=0.120
=klacht =per | weight=0.120
=maar =via | weight=0.119
=website =niet | weight=0.119, noneg
=stellen | weight=0.119
=werd =doorgeschoven | weight=0.118
=verwijst | weight=0.118
=telefoon =zeggen | weight=0.117
=online =kon | weight=0.117
=kunnen =ze | weight=0.117
=dit =doe | weight=0.117
=doe =je | weight=0.117
=je =thuis | weight=0.117
=thuis =op | weight=0.117
=aanmelden | weight=0.117
=zeggen | weight=0.117
=de =chat | weight=0.116
=ik =moest | weight=0.116
=aanmaken | weight=0.116
=moet =maar | weight=0.116
=app =moest | weight=0.115
=chat =zegt | weight=0.115
=konden | weight=0.114
=het =retourportaal | weight=0.114
=retourportaal | weight=0.114
=een =ticket | weight=0.114
=winkel =naar | weight=0.113
=advies =was | weight=0.112
=moet =invullen | weight=0.112
=niet =telefonisch | weight=0.112, noneg
=dit =soort | weight=0.112
=als =reactie | weight=0.111
=geholpen =worden | weight=0.111
=ter =plek | weight=0.110
=klant =kreeg | weight=0.110
=adreswijziging =niet | weight=0.110, noneg
=chat =moest | weight=0.110
=ik =doorverwezen | weight=0.110
=met =ons | weight=0.109
=post =sturen | weight=0.109
=antwoord =dat | weight=0.109
=kan =niet | weight=0.109, noneg
=via =whatsapp | weight=0.109
=daarvoor =moet | weight=0.109
=zegt =alleen | weight=0.109
=site | weight=0.109
=maken =via | weight=0.109
=is =door | weight=0.109
=kreeg =te | weight=0.108
=medewerker =alleen | weight=0.108
=niet =gebeld | weight=0.108, noneg
=onder =elke | weight=0.108
=mij =gezegd | weight=0.108
=indienen =op | weight=0.107
=op =met | weight=0.107
=website =moest | weight=0.107
=chatmedewerker | weight=0.107
=nooit =antwoord | weight=0.107, noneg
=zegt =bel | weight=0.107
=whatsapp | weight=0.106
=regelen | weight=0.106
=het =retour | weight=0.106
=hij =was | weight=0.105
=je =altijd | weight=0.105
=klant =verzocht | weight=0.104
=hij =en | weight=0.104
=verwees =naar | weight=0.104
=belachelijk | weight=0.104
=maar =op | weight=0.104
=per =post | weight=0.104
=mij =steeds | weight=0.104
=de =app | weight=0.103
=het =enige | weight=0.103
=wilde =mijn | weight=0.103
=mens =aan | weight=0.103
=terugbelverzoek | weight=0.103
=retour =via | weight=0.102
=ga =maar | weight=0.102
=beter =even | weight=0.102
=veelgestelde | weight=0.102
=veelgestelde =vraag | weight=0.102
=de =livechat | weight=0.102
=het =probeer | weight=0.102
=afgescheept =met | weight=0.102
=worden =steeds | weight=0.101
=moest =zelf | weight=0.101
=op =via | weight=0.101
=via =onze | weight=0.101
=nemen =contact | weight=0.100
=kaartje =met | weight=0.100
=livechat | weight=0.100
=da =via | weight=0.100
=een =papiertje | weight=0.100
=papiertje | weight=0.100
=sturen =zei | weight=0.099
=trein | weight=0.099
=artikel | weight=0.099
=kunt =het | weight=0.099
=een =privebericht | weight=0.099
=privebericht | weight=0.099
=mij =aan | weight=0.099
=de =servicelijn | weight=0.099
=medewerker =wees | weight=0.099
=zegt =ga | weight=0.098
=een =kaartje | weight=0.098
=claim =indienen | weight=0.098
=een =claim | weight=0.098
=gelukt | weight=0.098
=moet =je | weight=0.098
=vijf =keer | weight=0.098
=andere =claimportaal | weight=0.097
=claimportaal | weight=0.097
=kaartje | weight=0.097
=servicelijn | weight=0.097
=bandje =dat | weight=0.097
=je | weight=0.097
=het =verzoek | weight=0.096
=verzocht =om | weight=0.096
=aankoop | weight=0.096
=verwijst =mij | weight=0.096
=winkel =voor | weight=0.096
=alleen | weight=0.096
=door =naar | weight=0.096
=te =maken | weight=0.096
=website =en | weight=0.096
=beter =doe | weight=0.096
=doe =het | weight=0.096
=nog =beter | weight=0.096
=of =nog | weight=0.096
=twitter | weight=0.095
=sturen =maar | weight=0.095
=droeg | weight=0.095
=een =mailtje | weight=0.095
=maar =jullie | weight=0.095
=weer =kijken | weight=0.095
=of =andere | weight=0.095
=daarvoor | weight=0.094
=ik =beter | weight=0.094
=afspraak =inplannen | weight=0.094
=inplannen | weight=0.094
=online =in | weight=0.094
=ter | weight=0.093
=alleen =online | weight=0.093
=de =receptie | weight=0.093
=registreer | weight=0.093
=registreer =het | weight=0.093
=website =moet | weight=0.093
=een =of | weight=0.093
=receptie | weight=0.093
=ik =toch | weight=0.093
=chat =staat | weight=0.092
=ze =mijn | weight=0.092
=zegt =de | weight=0.091
=ik =juiste | weight=0.091
=beantwoord =met | weight=0.091
=werd =beantwoord | weight=0.091
=uitsluitend | weight=0.091
=moet =het | weight=0.090
=me =door | weight=0.090
=hier =niet | weight=0.089, noneg
=de =tip | weight=0.089
=te =downloaden | weight=0.089
=tip =om | weight=0.089
=vervoerder =te | weight=0.089
=klachtformulier =moest | weight=0.088
=een =bandje | weight=0.088
=moest =een | weight=0.088
=km | weight=0.088
=dien | weight=0.088
=juiste =belde | weight=0.087
=die =mij | weight=0.087
=website =te | weight=0.087
=jongen =aan | weight=0.087
=van =gewoon | weight=0.087
=app =verwijst | weight=0.087
=ticket =aanmaken | weight=0.087
=enige =advies | weight=0.086
=chat | weight=0.086
=doen | weight=0.086
=kreeg =in | weight=0.086
=afhandeling | weight=0.085
=belde =en | weight=0.085
=app =zijn | weight=0.085
=mail =was | weight=0.085
=e-mail =kenbaar | weight=0.085
=kenbaar | weight=0.085
=kenbaar =te | weight=0.085
=mens =adviseerde | weight=0.085
=mij =mijn | weight=0.085
=telkens =weer | weight=0.085
