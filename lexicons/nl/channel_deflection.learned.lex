# channel_deflection, nl: learned by scripts/learn.py from 3889 tuning texts (165 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Voor wijzigingen moet u het contactformulier gebruiken, zei de medewerker in de winkel. Ik sta hier toch?
+ Vraag in de chat gesteld, antwoord: 'Hiervoor kunt u het beste mailen naar onze klantenservice.' Waarom is er dan een chat?
+ Dat doen ze niet via de telefoon, zeiden ze.
- we willen ons geld terug
- Geen minuut gewacht, top!
=niet =via | weight=0.264, noneg
=contactformulier | weight=0.256
=moest =sturen | weight=0.247
=verwezen | weight=0.243
=gebruiken | weight=0.241
=sturen | weight=0.240
=het =maar | weight=0.238
=invullen | weight=0.238
=het =contactformulier | weight=0.231
=zij =zeggen | weight=0.227
=online | weight=0.218
=omgeving | weight=0.217
=digitale | weight=0.212
=de =veelgestelde | weight=0.212
=app =moet | weight=0.205
=sturen =ons | weight=0.200
=website | weight=0.199
=een =klachtformulier | weight=0.197
=klachtformulier | weight=0.197
=doen =dat | weight=0.196
=alleen =naar | weight=0.188
=doorverwezen | weight=0.188
=naar =het | weight=0.187
=een =linkje | weight=0.183
=linkje | weight=0.183
=linkje =naar | weight=0.183
=de =website | weight=0.180
=veelgestelde | weight=0.180
=veelgestelde =vraag | weight=0.180
=de =app | weight=0.178
=schriftelijk =in | weight=0.177
=beter | weight=0.176
=zelf =in | weight=0.176
=mijn =omgeving | weight=0.175
=te =dien | weight=0.175
=onze =klantenservice | weight=0.174
=de =man | weight=0.173
=ik =werd | weight=0.173
=geen =computer | weight=0.167, noneg
=ze =doen | weight=0.167
=ons =een | weight=0.163
=mij =naar | weight=0.162
=moet =u | weight=0.159
=die =chat | weight=0.159
=de =faq | weight=0.159
=via | weight=0.158
=brief | weight=0.156
=op =onze | weight=0.156
=facebook | weight=0.156
=een =winkel | weight=0.154
=te =gebruiken | weight=0.154
=webformulier | weight=0.153
=de =site | weight=0.152
=de =chat | weight=0.151
=plaats =van | weight=0.149
=dien | weight=0.149
=mens =spreken | weight=0.148
=balie | weight=0.147
=soort =vraag | weight=0.147
=verwees | weight=0.147
=adviseerde | weight=0.147
=adviseerde =mij | weight=0.147
=en =hing | weight=0.147
=hiervoor | weight=0.146
=de =balie | weight=0.145
=juiste | weight=0.145
=heb =geen | weight=0.145, noneg
=beter =per | weight=0.144
=e-mail =kon | weight=0.144
=het =beter | weight=0.144
=kon =probeer | weight=0.144
=een =retour | weight=0.144
=werd =doorgestuurd | weight=0.144
=hing =op | weight=0.143
=doen =ze | weight=0.142
=internet | weight=0.142
=te =helpen | weight=0.142
=webcare | weight=0.141
=ga =naar | weight=0.141
=dat =doen | weight=0.140
=chatmedewerker | weight=0.139
=niet =helpen | weight=0.136, noneg
=het =online | weight=0.136
=de =reactie | weight=0.134
=onze =website | weight=0.134
=in =plaats | weight=0.134
=onze | weight=0.133
=mail =moest | weight=0.133
=je =moet | weight=0.132
=zeiden | weight=0.131
=ik =alleen | weight=0.131
=zeggen =altijd | weight=0.131
=de =assistent | weight=0.131
=terecht =op | weight=0.130
=dat =je | weight=0.130
=kijken | weight=0.130
=me =naar | weight=0.130
=weggestuurd | weight=0.130
=uw =klacht | weight=0.129
=alleen =met | weight=0.129
=met =internet | weight=0.129
=zeggen =gaat | weight=0.129
=googelen | weight=0.129
=jullie =webcare | weight=0.128
=gaat =alleen | weight=0.127
=dat =formulier | weight=0.126
=verwijst | weight=0.126
=hiervoor =kunt | weight=0.125
=daarvoor =moet | weight=0.123
=ze =zeggen | weight=0.123
=echt =belachelijk | weight=0.123
=moest =maar | weight=0.122
=app | weight=0.122
=een =mail | weight=0.122
=aangemeld | weight=0.122
=dat =reparaties | weight=0.122
=kunnen =worden | weight=0.122
=faq | weight=0.122
=doorgestuurd =naar | weight=0.122
=konden | weight=0.121
=bel | weight=0.121
=moest =invullen | weight=0.120
=ik =moest | weight=0.119
=niet =beantwoordt | weight=0.119, noneg
=mail | weight=0.119
=chat =staat | weight=0.118
=portaal | weight=0.118
=reparaties | weight=0.118
=reactie =op | weight=0.116
=dat =toch | weight=0.116
=zei =alleen | weight=0.116
=dat =niet | weight=0.115, noneg
=bel =ons | weight=0.115
=zeiden =ze | weight=0.115
=klant =kreeg | weight=0.114
=doorgeschoven =naar | weight=0.114
=moest | weight=0.114
=dit =doe | weight=0.114
=doe =je | weight=0.114
=je =thuis | weight=0.114
=thuis =op | weight=0.114
=ze =je | weight=0.114
=kunnen | weight=0.113
=staat =in | weight=0.112
=aankoop =moet | weight=0.112
=geretourneerd | weight=0.112
=geretourneerd =worden | weight=0.112
=moet =online | weight=0.112
=online =aankoop | weight=0.112
=online =geretourneerd | weight=0.112
=regelen | weight=0.112
=u =gewoon | weight=0.112
=ik =weggestuurd | weight=0.111
=kunnen =ze | weight=0.111
=retour | weight=0.111
=zegt =alleen | weight=0.111
=chat =naar | weight=0.111
=toch =zelf | weight=0.110
=alles =via | weight=0.110
=een =factuurcorrectie | weight=0.110
=factuurcorrectie | weight=0.110
=maar =mail | weight=0.109
=stellen | weight=0.108
=winkel =zegt | weight=0.108
=doorgeschoven | weight=0.107
=mail =moet | weight=0.107
=indienen =want | weight=0.106
=chatmedewerker =naar | weight=0.106
=door =chatmedewerker | weight=0.106
=belde =en | weight=0.106
=hij =en | weight=0.106
=keer =naar | weight=0.106
=spreken =maar | weight=0.106
=onder =elke | weight=0.106
=ze =aan | weight=0.106
=beter =bellen | weight=0.105
=keer =door | weight=0.105
=telefonisch | weight=0.105
=chat =kreeg | weight=0.105
=chat =moest | weight=0.104
=gestuurd =en | weight=0.103
=zegt =bel | weight=0.103
=de =zoveelste | weight=0.103
=zoveelste | weight=0.103
=zoveelste =keer | weight=0.103
=website =aan | weight=0.103
=mijn =mail | weight=0.102
=post =sturen | weight=0.102
=ik =juiste | weight=0.102
=da | weight=0.101
=maar =moest | weight=0.101
=u =beter | weight=0.101
=doen | weight=0.100
=e-mail =kenbaar | weight=0.099
=kenbaar | weight=0.099
=kenbaar =te | weight=0.099
=mens =adviseerde | weight=0.099
=mij =mijn | weight=0.099
=het =retourportaal | weight=0.099
=retourportaal | weight=0.099
=het =via | weight=0.099
=ga =maar | weight=0.098
=een =privebericht | weight=0.098
=privebericht | weight=0.098
=was =dat | weight=0.098
=schriftelijk | weight=0.098
=app =moest | weight=0.098
=kan =doen | weight=0.098
=computer | weight=0.097
=slechte | weight=0.097
=klant =verzocht | weight=0.097
=aankoop | weight=0.097
=winkel =voor | weight=0.097
=werd =mij | weight=0.096
=een =qr-code | weight=0.096
=qr-code | weight=0.096
=telefoon =niet | weight=0.096, noneg
=de =servicelijn | weight=0.096
=een =mailtje | weight=0.096
=moet =invullen | weight=0.095
=afhandeling | weight=0.095
=vermijden | weight=0.094
=op =via | weight=0.094
=via =onze | weight=0.094
=servicelijn | weight=0.094
=daarvoor | weight=0.094
=site | weight=0.093
=nemen =contact | weight=0.093
=ter =plek | weight=0.092
=afspraak =inplannen | weight=0.092
=inplannen | weight=0.092
=per =post | weight=0.092
=weer =naar | weight=0.092
=klacht =per | weight=0.091
=de =receptie | weight=0.091
=receptie | weight=0.091
=verzocht =om | weight=0.091
=sturen =maar | weight=0.090
=belachelijk | weight=0.090
=raadde | weight=0.090
=wezen | weight=0.090
=kan =niet | weight=0.090, noneg
=is =door | weight=0.090
=je =naar | weight=0.089
=een =afspraak | weight=0.089
=konden =ze | weight=0.089
=zei =de | weight=0.088
=in =te | weight=0.088
=naar =mijn | weight=0.087
=ik =toch | weight=0.087
=via =whatsapp | weight=0.087
=je | weight=0.087
=moet =maar | weight=0.086
=artikel | weight=0.086
=dat =we | weight=0.086
=assistent =zei | weight=0.086
=klachtformulier =moest | weight=0.086
=van =te | weight=0.084
=via =mijn | weight=0.084
=rondje | weight=0.084
=ticket =aanmaken | weight=0.084
=man =achter | weight=0.084
=kunt =u | weight=0.084
=hebben =jullie | weight=0.083
=moest =een | weight=0.083
=maar =via | weight=0.083
=de =kassiere | weight=0.083
=de =livechat | weight=0.083
=het =probeer | weight=0.083
=aanmelden | weight=0.083
=ze =mijn | weight=0.083
=beter =even | weight=0.082
=chat | weight=0.082
=medewerker =wees | weight=0.082
=ze =niet | weight=0.082, noneg
=moet =via | weight=0.081
=een =ticket | weight=0.081
=medewerker =mij | weight=0.081
=aanmaken | weight=0.081
=link =naar | weight=0.081
=doorverwezen =naar | weight=0.081
=online =formulier | weight=0.081
=aanvraag | weight=0.081
=ter | weight=0.080
=zeggen | weight=0.080
=waarom | weight=0.080
=zie =de | weight=0.080
=ons | weight=0.080
=livechat | weight=0.080
=zei =hij | weight=0.080
=alleen =via | weight=0.080
=we =een | weight=0.079
=door =naar | weight=0.079
=kassiere | weight=0.079
=steeds =naar | weight=0.079
=te =maken | weight=0.079
=alleen | weight=0.079
=komen =ik | weight=0.079
=chat =stuurde | weight=0.078
=stuurde =ze | weight=0.078
=u =moet | weight=0.078
=app =verwijst | weight=0.078
=staat =al | weight=0.077
=moest =vraag | weight=0.077
=whatsapp | weight=0.077
=een =link | weight=0.077
=adreswijziging =niet | weight=0.077, noneg
=mens =aan | weight=0.076
=niet =worden | weight=0.076, noneg
=website =en | weight=0.076
=me =door | weight=0.076
=winkel =zeggen | weight=0.076
=mijn =brief | weight=0.075
=mailtje | weight=0.074
=verwijst =mij | weight=0.074
=geen =smartphone | weight=0.074, noneg
=verwees =ze | weight=0.073
=een =verwijzing | weight=0.073
=verwijzing =naar | weight=0.073
=onze =site | weight=0.073
=winkel | weight=0.073
=zij | weight=0.073
=lekker | weight=0.073
=en =wil | weight=0.073
=indienen | weight=0.073
=uw =digitale | weight=0.072
=dat =ding | weight=0.072
=ze =verwezen | weight=0.072
=klant =is | weight=0.071
=uitsluitend | weight=0.071
=kreeg =in | weight=0.071
=bandje =dat | weight=0.071
=ze =wilde | weight=0.071
=antwoord =dat | weight=0.070
=vraag =werd | weight=0.070
=steeds =verkeerde | weight=0.070
=de =telefoon | weight=0.069
=dat =moet | weight=0.069
=winkel =niet | weight=0.069, noneg
=dagen =uit | weight=0.069
=ze =konden | weight=0.069
=elke =reactie | weight=0.069
=ding =doet | weight=0.069
=ze =op | weight=0.069
=sim | weight=0.069
=maar =jullie | weight=0.068
=het =retour | weight=0.068
=het =klantportaal | weight=0.068
=klantportaal | weight=0.068
=zegt =ga | weight=0.068
=online =in | weight=0.068
=me =aan | weight=0.068
=e-mail | weight=0.068
=app =en | weight=0.067
=antwoord =hiervoor | weight=0.067
=de =klachtenafdeling | weight=0.067
=moet =indienen | weight=0.067
=want =e-mail | weight=0.067
=folder | weight=0.067
=mee =en | weight=0.066
=moet =mail | weight=0.066
=moest =bellen | weight=0.066
=medewerker =zei | weight=0.066
=ze =zeiden | weight=0.066
=raadde =me | weight=0.066
=bel =de | weight=0.065
=naar =dat | weight=0.065
=werd =verwezen | weight=0.065
=slechte =een | weight=0.065
=via =uw | weight=0.065
=afschriften | weight=0.064
=km | weight=0.064
=je =dan | weight=0.064
=simkaart =te | weight=0.064
=op =twitter | weight=0.063
=twitter | weight=0.063
=onder | weight=0.063
=niet =gewoon | weight=0.063, noneg
=via =het | weight=0.063
=online =aanmelden | weight=0.063
=u =online | weight=0.063
=website =te | weight=0.063
=keer =van | weight=0.063
=helpdesk =zegt | weight=0.063
=afgescheept =met | weight=0.062
=balie =zeiden | weight=0.062
=kreeg =te | weight=0.062
=klachtenafdeling | weight=0.062
=je =alleen | weight=0.062
=mensen =zonder | weight=0.062, noneg
=zonder =smartphone | weight=0.062, noneg
=liever | weight=0.062
=gezegd | weight=0.061
=maar =aan | weight=0.061
=dit =soort | weight=0.061
=formulier | weight=0.061
=even =met | weight=0.060
=wilde =ze | weight=0.059
=website =moet | weight=0.059
=een =dm | weight=0.059
