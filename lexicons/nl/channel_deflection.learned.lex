# channel_deflection, nl: learned by scripts/learn.py from 3262 tuning texts (154 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Dat doen ze niet via de telefoon, zeiden ze.
+ 'Stuur maar een mailtje', zei hij, en hing op.
+ stuurden me een linkje naar de FAQ en sloten de chat
- we willen ons geld terug
- Geen minuut gewacht, top!
=niet =via | weight=0.306, noneg
=sturen | weight=0.277
=contactformulier | weight=0.252
=gebruiken | weight=0.247
=verwezen | weight=0.243
=zij =zeggen | weight=0.231
=invullen | weight=0.229
=omgeving | weight=0.228
=het =contactformulier | weight=0.224
=de =veelgestelde | weight=0.218
=moest =sturen | weight=0.214
=digitale | weight=0.214
=website | weight=0.206
=het =maar | weight=0.204
=naar =het | weight=0.199
=app =moet | weight=0.198
=doen =dat | weight=0.198
=de =website | weight=0.198
=sturen =ons | weight=0.197
=mijn =omgeving | weight=0.194
=te =dien | weight=0.191
=doorverwezen | weight=0.190
=online | weight=0.189
=een =klachtformulier | weight=0.187
=klachtformulier | weight=0.187
=moest =maar | weight=0.183
=schriftelijk =in | weight=0.183
=beter | weight=0.181
=de =balie | weight=0.181
=brief | weight=0.181
=de =app | weight=0.180
=veelgestelde | weight=0.177
=veelgestelde =vraag | weight=0.177
=me =naar | weight=0.175
=alleen =naar | weight=0.175
=ik =werd | weight=0.170
=geen =computer | weight=0.169, noneg
=op =onze | weight=0.168
=een =linkje | weight=0.166
=linkje | weight=0.166
=linkje =naar | weight=0.166
=balie | weight=0.166
=zelf =in | weight=0.164
=heb =geen | weight=0.164, noneg
=onze =klantenservice | weight=0.164
=de =man | weight=0.163
=ons =een | weight=0.161
=ze =doen | weight=0.160
=webformulier | weight=0.159
=mij =naar | weight=0.159
=ik =moest | weight=0.158
=soort =vraag | weight=0.156
=een =winkel | weight=0.154
=te =gebruiken | weight=0.153
=chatmedewerker | weight=0.150
=die =chat | weight=0.150
=de =chat | weight=0.149
=dien | weight=0.149
=beter =per | weight=0.148
=e-mail =kon | weight=0.148
=het =beter | weight=0.148
=kon =probeer | weight=0.148
=een =afspraak | weight=0.148
=adviseerde | weight=0.147
=adviseerde =mij | weight=0.147
=plaats =van | weight=0.146
=de =assistent | weight=0.146
=kijken | weight=0.144
=onze | weight=0.143
=chat =naar | weight=0.142
=googelen | weight=0.142
=zeiden | weight=0.141
=ze =zeggen | weight=0.140
=facebook | weight=0.139
=hiervoor | weight=0.139
=internet | weight=0.139
=juist | weight=0.139
=werd =doorgestuurd | weight=0.139
=de =reactie | weight=0.138
=het =online | weight=0.136
=doen =ze | weight=0.135
=je =moet | weight=0.135
=webcare | weight=0.134
=de =faq | weight=0.134
=zei =de | weight=0.133
=dat =doen | weight=0.133
=verwees | weight=0.132
=uw =klacht | weight=0.131
=onze =website | weight=0.131
=dat =formulier | weight=0.131
=zeggen =altijd | weight=0.130
=met =internet | weight=0.130
=zeggen =gaat | weight=0.130
=en =hing | weight=0.130
=in =plaats | weight=0.130
=niet =helpen | weight=0.129, noneg
=de =site | weight=0.129
=verwijst | weight=0.127
=daarvoor =moet | weight=0.127
=doorgestuurd =naar | weight=0.127
=hing =op | weight=0.126
=moet =u | weight=0.126
=website =aan | weight=0.126
=een =mail | weight=0.126
=bel =ons | weight=0.125
=faq | weight=0.125
=ik =alleen | weight=0.124
=mail =moest | weight=0.124
=gaat =alleen | weight=0.124
=chat =moest | weight=0.123
=jullie =webcare | weight=0.123
=maar =moest | weight=0.123
=reactie =op | weight=0.122
=dat =je | weight=0.122
=retour | weight=0.122
=een =retour | weight=0.122
=ga =naar | weight=0.122
=moest =invullen | weight=0.121
=aangemeld | weight=0.121
=dat =reparaties | weight=0.121
=kunnen =worden | weight=0.121
=via | weight=0.120
=beter =bellen | weight=0.120
=hiervoor =kunt | weight=0.120
=reparaties | weight=0.120
=stellen | weight=0.119
=app | weight=0.119
=chat =kreeg | weight=0.118
=dat =toch | weight=0.118
=te =helpen | weight=0.118
=alles =via | weight=0.117
=aanvraag | weight=0.117
=alleen =met | weight=0.117
=aankoop =moet | weight=0.117
=geretourneerd | weight=0.117
=geretourneerd =worden | weight=0.117
=moet =online | weight=0.117
=online =aankoop | weight=0.117
=online =geretourneerd | weight=0.117
=per =post | weight=0.116
=u =beter | weight=0.116
=mail | weight=0.116
=doorgeschoven =naar | weight=0.116
=ik =juist | weight=0.115
=zegt =alleen | weight=0.115
=regelen | weight=0.114
=mens =spreken | weight=0.114
=dat =niet | weight=0.113, noneg
=toch =zelf | weight=0.113
=daarvoor | weight=0.113
=was =dat | weight=0.112
=ze =je | weight=0.111
=chat =staat | weight=0.111
=staat =in | weight=0.110
=portaal | weight=0.110
=dit =doe | weight=0.110
=doe =je | weight=0.110
=je =thuis | weight=0.110
=thuis =op | weight=0.110
=echt =belachelijk | weight=0.109
=doorgeschoven | weight=0.108
=konden | weight=0.108
=de =zoveelste | weight=0.108
=zoveelste | weight=0.108
=zoveelste =keer | weight=0.108
=zei =alleen | weight=0.108
=keer =naar | weight=0.107
=chatmedewerker =naar | weight=0.106
=door =chatmedewerker | weight=0.106
=u =gewoon | weight=0.106
=keer =door | weight=0.105
=hij =en | weight=0.105
=winkel =zegt | weight=0.105
=mail =moet | weight=0.105
=maar =mail | weight=0.104
=onder =elke | weight=0.104
=in =te | weight=0.104
=ga =maar | weight=0.103
=een =qr-code | weight=0.103
=qr-code | weight=0.103
=indienen =want | weight=0.102
=ze =aan | weight=0.102
=op =via | weight=0.101
=via =onze | weight=0.101
=de =servicelijn | weight=0.101
=winkel =zeggen | weight=0.100
=me =door | weight=0.100
=spreken =maar | weight=0.100
=maar =naar | weight=0.098
=alleen | weight=0.098
=computer | weight=0.098
=weggestuurd | weight=0.097
=slechte | weight=0.097
=nemen =contact | weight=0.097
=e-mail =kenbaar | weight=0.097
=kenbaar | weight=0.097
=kenbaar =te | weight=0.097
=mens =adviseerde | weight=0.097
=mij =mijn | weight=0.097
=zeiden =ze | weight=0.097
=een =mailtje | weight=0.096
=aankoop | weight=0.096
=da | weight=0.096
=doen | weight=0.095
=servicelijn | weight=0.095
=post =sturen | weight=0.095
=kan =doen | weight=0.095
=vermijden | weight=0.095
=klant =verzocht | weight=0.095
=via =whatsapp | weight=0.094
=je =naar | weight=0.094
=weer =naar | weight=0.094
=app =moest | weight=0.094
=mijn =mail | weight=0.094
=artikel | weight=0.094
=het =via | weight=0.093
=afhandeling | weight=0.093
=klant =is | weight=0.093
=wezen | weight=0.092
=ik =dit | weight=0.092
=naar =mijn | weight=0.092
=moest | weight=0.092
=en =wil | weight=0.092
=het =retourportaal | weight=0.091
=retourportaal | weight=0.091
=kunnen =ze | weight=0.091
=zeggen | weight=0.090
=een =privebericht | weight=0.090
=privebericht | weight=0.090
=formulier | weight=0.090
=kan =niet | weight=0.090, noneg
=telefoon =niet | weight=0.090, noneg
=een =link | weight=0.089
=link =naar | weight=0.089
=doorverwezen =naar | weight=0.089
=is =door | weight=0.089
=aanmaken | weight=0.089
=ticket =aanmaken | weight=0.089
=raadde | weight=0.089
=van =te | weight=0.089
=gestuurd =en | weight=0.088
=ter =plek | weight=0.088
=assistent =zei | weight=0.088
=klachtformulier =moest | weight=0.088
=een =ticket | weight=0.088
=verzocht =om | weight=0.088
=whatsapp | weight=0.087
=klacht =per | weight=0.087
=medewerker =mij | weight=0.087
=online =formulier | weight=0.087
=staat =al | weight=0.086
=door =naar | weight=0.086
=je | weight=0.086
=sturen =maar | weight=0.085
=kunt =u | weight=0.085
=mens =aan | weight=0.085
=chat | weight=0.085
=de =livechat | weight=0.085
=het =probeer | weight=0.085
=dat =we | weight=0.085
=gezegd | weight=0.084
=winkel =voor | weight=0.084
=dingen | weight=0.083
=de =kassiere | weight=0.083
=hebben =jullie | weight=0.083
=livechat | weight=0.083
=niet =worden | weight=0.083, noneg
=moet =invullen | weight=0.083
=werd =mij | weight=0.082
=onze =site | weight=0.082
=kassiere | weight=0.082
=site | weight=0.082
=medewerker =zei | weight=0.082
=niet =gewoon | weight=0.081, noneg
=kunnen | weight=0.081
=maar =via | weight=0.081
=konden =ze | weight=0.081
=bel | weight=0.080
=via =het | weight=0.080
=verwijst =mij | weight=0.079
=moet =bellen | weight=0.079
=ter | weight=0.079
=komen =ik | weight=0.079
=faq =en | weight=0.078
=schriftelijk | weight=0.078
=via =mijn | weight=0.078
=online =in | weight=0.078
=ze =mijn | weight=0.077
=website =en | weight=0.077
=mailtje | weight=0.077
=mee =en | weight=0.077
=uitsluitend | weight=0.076
=we =een | weight=0.076
=het =klantportaal | weight=0.076
=klantportaal | weight=0.076
=moest =een | weight=0.076
=adreswijziging =niet | weight=0.076, noneg
=aanmelden | weight=0.076
=waarom | weight=0.075
=beter =even | weight=0.075
=steeds =verkeerde | weight=0.075
=liever | weight=0.075
=folder | weight=0.075
=moet =mail | weight=0.075
=verwees =ze | weight=0.075
=belachelijk | weight=0.074
=rondje | weight=0.074
=moet | weight=0.074
=telefonisch | weight=0.074
=moet =maar | weight=0.073
=dingen =doet | weight=0.073
=ze =op | weight=0.072
=maar =op | weight=0.072
=uw =digitale | weight=0.072
=moet =via | weight=0.072
=verwezen =naar | weight=0.072
=werd =verwezen | weight=0.072
=geen =smartphone | weight=0.072, noneg
=zegt =bel | weight=0.072
=man =achter | weight=0.071
=ze =zeiden | weight=0.071
=je =dan | weight=0.070
=steeds =naar | weight=0.070
=raadde =me | weight=0.070
=mijn =brief | weight=0.070
=de =telefoon | weight=0.070
=zie =de | weight=0.070
=ze =niet | weight=0.069, noneg
=app =verwijst | weight=0.069
=voor =een | weight=0.069
=ons | weight=0.069
=lekker | weight=0.069
=droeg | weight=0.068
=u =moet | weight=0.068
=sim | weight=0.068
=elke =reactie | weight=0.068
=ik =toch | weight=0.068
=kreeg =te | weight=0.068
=medewerker =wees | weight=0.068
=een =verwijzing | weight=0.067
=verwijzing =naar | weight=0.067
=app =en | weight=0.067
=balie =zeiden | weight=0.067
=zei =hij | weight=0.067
=via =uw | weight=0.067
=website =moet | weight=0.067
=klantenservice | weight=0.067
=naar =dat | weight=0.066
=alleen =via | weight=0.066
=vraag =werd | weight=0.066
=maar =jullie | weight=0.066
=antwoord =dat | weight=0.066
=winkel =niet | weight=0.065, noneg
=ik =kijken | weight=0.065
=website =te | weight=0.065
=naar =uw | weight=0.065
=ze =wilde | weight=0.064
=zeiden =dat | weight=0.064
=per | weight=0.064
=doorgestuurd | weight=0.064
=te =maken | weight=0.064
=serieus | weight=0.063
=afgescheept =met | weight=0.063
=juist =in | weight=0.063
=te =melden | weight=0.063
=km | weight=0.063
=kreeg =in | weight=0.063
=even =met | weight=0.063
=beantwoord =met | weight=0.062
=werd =beantwoord | weight=0.062
=zij | weight=0.062
=waarom =hebben | weight=0.062
=chat =stuurde | weight=0.062
=moet =indienen | weight=0.061
=want =e-mail | weight=0.061
=ze =konden | weight=0.061
=slechte =een | weight=0.061
=dit =soort | weight=0.061
=u =zelf | weight=0.061
=ons =even | weight=0.061
=met =onze | weight=0.060
=ze =verwezen | weight=0.060
=antwoord =ze | weight=0.060
=antwoord =van | weight=0.060
=daar =komen | weight=0.060
=simkaart =te | weight=0.060
=de =kassa | weight=0.060
=online =aanmelden | weight=0.059
=u =online | weight=0.059
=helpdesk =zegt | weight=0.059
=alleen =online | weight=0.059
=ik =voor | weight=0.059
=een =dm | weight=0.059
=doet =het | weight=0.059
=je =alleen | weight=0.059
=download | weight=0.058
=medegedeeld | weight=0.058
=medegedeeld =dat | weight=0.058
=jullie =dan | weight=0.058
=mij =aan | weight=0.058
