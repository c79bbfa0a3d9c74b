# channel_deflection, nl: learned by scripts/learn.py from 3398 tuning texts (156 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Dat doen ze niet via de telefoon, zeiden ze.
+ 'Stuur maar een mailtje', zei hij, en hing op.
+ stuurden me een linkje naar de FAQ en sloten de chat
- we willen ons geld terug
- Geen minuut gewacht, top!
=niet =via | weight=0.307, noneg
=sturen | weight=0.291
=contactformulier | weight=0.259
=verwezen | weight=0.239
=het =maar | weight=0.235
=het =contactformulier | weight=0.234
=moest =sturen | weight=0.231
=invullen | weight=0.229
=omgeving | weight=0.224
=de =veelgestelde | weight=0.220
=gebruiken | weight=0.219
=zij =zeggen | weight=0.217
=sturen =ons | weight=0.208
=app =moet | weight=0.207
=doen =dat | weight=0.203
=website | weight=0.200
=de =app | weight=0.197
=naar =het | weight=0.194
=digitale | weight=0.193
=de =website | weight=0.193
=een =klachtformulier | weight=0.190
=klachtformulier | weight=0.190
=online | weight=0.190
=doorverwezen | weight=0.187
=alleen =naar | weight=0.187
=schriftelijk =in | weight=0.187
=me =naar | weight=0.185
=mijn =omgeving | weight=0.183
=veelgestelde | weight=0.183
=veelgestelde =vraag | weight=0.183
=beter | weight=0.180
=te =dien | weight=0.176
=de =balie | weight=0.176
=brief | weight=0.176
=geen =computer | weight=0.170, noneg
=zelf =in | weight=0.169
=ons =een | weight=0.169
=balie | weight=0.167
=ik =werd | weight=0.166
=een =linkje | weight=0.164
=linkje | weight=0.164
=linkje =naar | weight=0.164
=ze =doen | weight=0.162
=de =man | weight=0.162
=onze =klantenservice | weight=0.162
=op =onze | weight=0.160
=soort =vraag | weight=0.156
=heb =geen | weight=0.156, noneg
=die =chat | weight=0.155
=webformulier | weight=0.153
=te =gebruiken | weight=0.152
=een =winkel | weight=0.152
=de =chat | weight=0.149
=adviseerde | weight=0.149
=adviseerde =mij | weight=0.149
=mij =naar | weight=0.149
=via | weight=0.147
=onze | weight=0.145
=chatmedewerker | weight=0.144
=kijken | weight=0.143
=hiervoor | weight=0.143
=plaats =van | weight=0.142
=beter =per | weight=0.142
=e-mail =kon | weight=0.142
=het =beter | weight=0.142
=kon =probeer | weight=0.142
=facebook | weight=0.141
=het =online | weight=0.137
=internet | weight=0.137
=moest =maar | weight=0.137
=doen =ze | weight=0.137
=de =reactie | weight=0.136
=juist | weight=0.136
=webcare | weight=0.136
=googelen | weight=0.136
=chat =naar | weight=0.135
=dat =doen | weight=0.135
=dien | weight=0.134
=en =hing | weight=0.134
=de =assistent | weight=0.134
=werd =doorgestuurd | weight=0.132
=aanvraag | weight=0.131
=je =moet | weight=0.131
=daarvoor =moet | weight=0.131
=daarvoor | weight=0.130
=de =faq | weight=0.130
=faq | weight=0.130
=verwees | weight=0.130
=te =helpen | weight=0.129
=hing =op | weight=0.129
=jullie =webcare | weight=0.129
=uw =klacht | weight=0.129
=een =retour | weight=0.129
=mail | weight=0.128
=alleen =met | weight=0.127
=zeiden | weight=0.127
=aangemeld | weight=0.126
=dat =reparaties | weight=0.126
=kunnen =worden | weight=0.126
=per =post | weight=0.126
=zeggen =altijd | weight=0.125
=niet =helpen | weight=0.125, noneg
=in =plaats | weight=0.125
=dat =je | weight=0.124
=ga =naar | weight=0.124
=chat =moest | weight=0.124
=reparaties | weight=0.124
=dat =formulier | weight=0.124
=verwijst | weight=0.123
=beter =bellen | weight=0.123
=hiervoor =kunt | weight=0.123
=met =internet | weight=0.123
=zeggen =gaat | weight=0.123
=dat =niet | weight=0.123, noneg
=ze =zeggen | weight=0.122
=reactie =op | weight=0.122
=bel =ons | weight=0.122
=onze =website | weight=0.122
=een =mail | weight=0.121
=ik =alleen | weight=0.121
=dit =doe | weight=0.120
=doe =je | weight=0.120
=je =thuis | weight=0.120
=thuis =op | weight=0.120
=in =te | weight=0.120
=gaat =alleen | weight=0.120
=moest =invullen | weight=0.120
=een =afspraak | weight=0.119
=mail =moest | weight=0.119
=doorgestuurd =naar | weight=0.119
=ik =juist | weight=0.119
=app | weight=0.119
=alles =via | weight=0.119
=u =beter | weight=0.119
=konden | weight=0.118
=stellen | weight=0.118
=portaal | weight=0.118
=aankoop =moet | weight=0.118
=geretourneerd | weight=0.118
=geretourneerd =worden | weight=0.118
=moet =online | weight=0.118
=online =aankoop | weight=0.118
=online =geretourneerd | weight=0.118
=moet =u | weight=0.117
=website =aan | weight=0.117
=ze =je | weight=0.116
=ik =moest | weight=0.116
=de =site | weight=0.115
=retour | weight=0.115
=chat =staat | weight=0.115
=zei =alleen | weight=0.115
=dat =toch | weight=0.114
=regelen | weight=0.113
=was =dat | weight=0.113
=echt =belachelijk | weight=0.112
=doorgeschoven =naar | weight=0.112
=zei =de | weight=0.111
=chat =kreeg | weight=0.110
=de =receptie | weight=0.110
=receptie | weight=0.110
=mens =spreken | weight=0.110
=een =qr-code | weight=0.110
=qr-code | weight=0.110
=de =zoveelste | weight=0.109
=zoveelste | weight=0.109
=zoveelste =keer | weight=0.109
=hij =en | weight=0.107
=mail =moet | weight=0.107
=da | weight=0.107
=indienen =want | weight=0.107
=toch =zelf | weight=0.106
=niet =beantwoordt | weight=0.106, noneg
=maar =mail | weight=0.106
=zeiden =ze | weight=0.105
=chatmedewerker =naar | weight=0.105
=door =chatmedewerker | weight=0.105
=staat =in | weight=0.105
=doorgeschoven | weight=0.104
=u =gewoon | weight=0.104
=me =door | weight=0.104
=keer =door | weight=0.104
=het =retourportaal | weight=0.103
=retourportaal | weight=0.103
=weggestuurd | weight=0.103
=aankoop | weight=0.103
=de =servicelijn | weight=0.102
=klant =verzocht | weight=0.102
=app =moest | weight=0.101
=keer =naar | weight=0.101
=maar =moest | weight=0.101
=ze =aan | weight=0.100
=ga =maar | weight=0.100
=afhandeling | weight=0.100
=slechte | weight=0.100
=winkel =zeggen | weight=0.100
=op =via | weight=0.099
=via =onze | weight=0.099
=onder =elke | weight=0.099
=zeggen | weight=0.099
=kunnen =ze | weight=0.098
=een =mailtje | weight=0.098
=nemen =contact | weight=0.098
=telefoon =niet | weight=0.098, noneg
=vermijden | weight=0.097
=gestuurd =en | weight=0.097
=servicelijn | weight=0.097
=winkel =zegt | weight=0.097
=via =whatsapp | weight=0.096
=alleen | weight=0.096
=mijn =mail | weight=0.096
=van =te | weight=0.095
=maar =naar | weight=0.095
=e-mail =kenbaar | weight=0.095
=kenbaar | weight=0.095
=kenbaar =te | weight=0.095
=mens =adviseerde | weight=0.095
=mij =mijn | weight=0.095
=zegt =alleen | weight=0.093
=moest | weight=0.093
=assistent =zei | weight=0.092
=klachtformulier =moest | weight=0.092
=raadde | weight=0.092
=doen | weight=0.092
=via =het | weight=0.092
=whatsapp | weight=0.092
=en =wil | weight=0.092
=verzocht =om | weight=0.092
=door =naar | weight=0.091
=ik =dit | weight=0.091
=kan =niet | weight=0.091, noneg
=post =sturen | weight=0.091
=weer =naar | weight=0.091
=wezen | weight=0.091
=klant =is | weight=0.091
=dat =we | weight=0.091
=kan =doen | weight=0.091
=mens =aan | weight=0.090
=naar =mijn | weight=0.090
=uitsluitend | weight=0.090
=computer | weight=0.090
=is =door | weight=0.089
=spreken =maar | weight=0.089
=via =mijn | weight=0.088
=chat | weight=0.088
=formulier | weight=0.088
=moet =invullen | weight=0.087
=verwijst =mij | weight=0.087
=de =kassiere | weight=0.086
=doorverwezen =naar | weight=0.086
=je | weight=0.086
=ter =plek | weight=0.085
=maar =via | weight=0.085
=een =privebericht | weight=0.085
=privebericht | weight=0.085
=het =via | weight=0.085
=waarom | weight=0.085
=online =formulier | weight=0.085
=onze =site | weight=0.085
=kunnen | weight=0.084
=klacht =per | weight=0.084
=kassiere | weight=0.084
=gezegd | weight=0.084
=werd =mij | weight=0.084
=moest =een | weight=0.084
=moest =vraag | weight=0.084
=de =livechat | weight=0.084
=het =probeer | weight=0.084
=sturen =maar | weight=0.083
=lekker | weight=0.082
=belachelijk | weight=0.082
=livechat | weight=0.082
=bel | weight=0.082
=aanmaken | weight=0.082
=ticket =aanmaken | weight=0.082
=moet =via | weight=0.082
=rondje | weight=0.082
=een =ticket | weight=0.081
=niet =worden | weight=0.081, noneg
=artikel | weight=0.081
=site | weight=0.080
=folder | weight=0.080
=medewerker =wees | weight=0.080
=ter | weight=0.080
=telefonisch | weight=0.080
=schriftelijk | weight=0.080
=winkel =voor | weight=0.080
=je =naar | weight=0.080
=website =en | weight=0.080
=we =een | weight=0.080
=konden =ze | weight=0.080
=moet =bellen | weight=0.079
=adreswijziging =niet | weight=0.079, noneg
=geen =smartphone | weight=0.078, noneg
=chat =stuurde | weight=0.078
=staat =al | weight=0.078
=het =loket | weight=0.078
=hebben =jullie | weight=0.078
=zegt =bel | weight=0.078
=simkaart =te | weight=0.078
=komen =ik | weight=0.077
=liever | weight=0.077
=aanmelden | weight=0.077
=mee =en | weight=0.076
=mailtje | weight=0.076
=raadde =me | weight=0.076
=faq =en | weight=0.076
=beter =even | weight=0.075
=naar =dat | weight=0.075
=kunt =u | weight=0.075
=het =klantportaal | weight=0.075
=klantportaal | weight=0.075
=ding =doet | weight=0.074
=moet =mail | weight=0.074
=steeds =verkeerde | weight=0.074
=medewerker =mij | weight=0.074
=ze =mijn | weight=0.074
=voor =een | weight=0.073
=uw =digitale | weight=0.073
=man =achter | weight=0.073
=moet =maar | weight=0.073
=verwees =ze | weight=0.073
=zei =hij | weight=0.073
=niet =gewoon | weight=0.072, noneg
=ze =wilde | weight=0.072
=app =verwijst | weight=0.072
=een =link | weight=0.072
=link =naar | weight=0.072
=ik =kijken | weight=0.071
=medewerker =zei | weight=0.071
=te =maken | weight=0.071
=steeds =naar | weight=0.071
=mijn =brief | weight=0.071
=je =dan | weight=0.071
=ik =toch | weight=0.071
=moet | weight=0.070
=via =uw | weight=0.070
=een =verwijzing | weight=0.070
=verwijzing =naar | weight=0.070
=zie =de | weight=0.070
=u =moet | weight=0.069
=antwoord =dat | weight=0.069
=kreeg =in | weight=0.069
=ze =op | weight=0.069
=afgescheept =met | weight=0.069
=ze =konden | weight=0.068
=winkel =niet | weight=0.068, noneg
=naar =uw | weight=0.067
=ons =even | weight=0.067
=klantenservice | weight=0.067
=serieus | weight=0.066
=verwezen =naar | weight=0.066
=werd =verwezen | weight=0.066
=zij | weight=0.066
=maar =aan | weight=0.066
=ons | weight=0.066
=u =zelf | weight=0.066
=ze =niet | weight=0.065, noneg
=mensen =zonder | weight=0.065, noneg
=zonder =smartphone | weight=0.065, noneg
=per | weight=0.065
=ik =voor | weight=0.065
=moet =indienen | weight=0.064
=want =e-mail | weight=0.064
=km | weight=0.064
=juist =in | weight=0.063
=maar =jullie | weight=0.063
=vraag =werd | weight=0.063
=even =met | weight=0.063
=op =twitter | weight=0.063
=twitter | weight=0.063
=dit =soort | weight=0.062
=beantwoord =met | weight=0.062
=werd =beantwoord | weight=0.062
=man =in | weight=0.062
=kon =ik | weight=0.062
=dagen =uit | weight=0.062
=me =aan | weight=0.062
=download | weight=0.062
=online =aanmelden | weight=0.062
=u =online | weight=0.062
=doet =het | weight=0.061
=wilde =ze | weight=0.061
=de =telefoon | weight=0.061
=het =retour | weight=0.061
=balie =zeiden | weight=0.061
=helpdesk | weight=0.061
=te =melden | weight=0.060
=antwoord =van | weight=0.060
=alleen =online | weight=0.060
=daar =komen | weight=0.060
=bandje =dat | weight=0.060
=e-mail | weight=0.060
=slechte =een | weight=0.060
=met =onze | weight=0.060
=elke =reactie | weight=0.060
=je =alleen | weight=0.060
=alleen =via | weight=0.060
=maar =op | weight=0.060
=ze =verwezen | weight=0.060
=droeg | weight=0.059
