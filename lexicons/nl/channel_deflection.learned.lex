# channel_deflection, nl: learned by scripts/learn.py from 3684 tuning texts (164 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Vraag in de chat gesteld, antwoord: 'Hiervoor kunt u het beste mailen naar onze klantenservice.' Waarom is er dan een chat?
+ Dat doen ze niet via de telefoon, zeiden ze.
+ 'Stuur maar een mailtje', zei hij, en hing op.
- we willen ons geld terug
- Geen minuut gewacht, top!
=niet =via | weight=0.264, noneg
=verwezen | weight=0.261
=contactformulier | weight=0.260
=moest =sturen | weight=0.250
=het =maar | weight=0.246
=invullen | weight=0.239
=sturen | weight=0.233
=gebruiken | weight=0.232
=het =contactformulier | weight=0.232
=zij =zeggen | weight=0.229
=omgeving | weight=0.213
=app =moet | weight=0.212
=de =veelgestelde | weight=0.207
=sturen =ons | weight=0.204
=online | weight=0.203
=doen =dat | weight=0.201
=de =website | weight=0.201
=website | weight=0.198
=digitale | weight=0.197
=een =klachtformulier | weight=0.192
=klachtformulier | weight=0.192
=de =app | weight=0.186
=naar =het | weight=0.185
=beter | weight=0.183
=schriftelijk =in | weight=0.183
=een =linkje | weight=0.183
=linkje | weight=0.183
=linkje =naar | weight=0.183
=doorverwezen | weight=0.182
=alleen =naar | weight=0.182
=geen =computer | weight=0.180, noneg
=te =dien | weight=0.178
=onze =klantenservice | weight=0.176
=zelf =in | weight=0.176
=mijn =omgeving | weight=0.174
=ik =werd | weight=0.173
=veelgestelde | weight=0.171
=veelgestelde =vraag | weight=0.171
=ons =een | weight=0.168
=ze =doen | weight=0.167
=op =onze | weight=0.166
=de =man | weight=0.165
=die =chat | weight=0.163
=webformulier | weight=0.162
=mij =naar | weight=0.160
=heb =geen | weight=0.154, noneg
=een =winkel | weight=0.153
=moet =u | weight=0.153
=via | weight=0.151
=facebook | weight=0.149
=dien | weight=0.149
=mens =spreken | weight=0.148
=te =gebruiken | weight=0.148
=brief | weight=0.147
=een =retour | weight=0.147
=adviseerde | weight=0.147
=adviseerde =mij | weight=0.147
=hiervoor | weight=0.146
=chatmedewerker | weight=0.146
=plaats =van | weight=0.145
=juiste | weight=0.145
=soort =vraag | weight=0.144
=onze | weight=0.144
=me =naar | weight=0.144
=beter =per | weight=0.142
=e-mail =kon | weight=0.142
=het =beter | weight=0.142
=kon =probeer | weight=0.142
=werd =doorgestuurd | weight=0.141
=de =site | weight=0.140
=de =balie | weight=0.140
=het =online | weight=0.139
=de =faq | weight=0.139
=balie | weight=0.139
=de =chat | weight=0.139
=internet | weight=0.138
=kijken | weight=0.138
=verwees | weight=0.138
=doen =ze | weight=0.137
=dat =doen | weight=0.135
=zeiden | weight=0.135
=webcare | weight=0.134
=de =assistent | weight=0.133
=zeggen =altijd | weight=0.132
=in =plaats | weight=0.131
=de =reactie | weight=0.131
=googelen | weight=0.131
=te =helpen | weight=0.130
=ik =moest | weight=0.130
=niet =beantwoordt | weight=0.129, noneg
=niet =helpen | weight=0.129, noneg
=uw =klacht | weight=0.129
=hing =op | weight=0.129
=mail =moest | weight=0.129
=weggestuurd | weight=0.128
=hiervoor =kunt | weight=0.128
=dat =je | weight=0.128
=ga =naar | weight=0.128
=onze =website | weight=0.127
=je =moet | weight=0.127
=en =hing | weight=0.127
=portaal | weight=0.127
=dat =formulier | weight=0.126
=met =internet | weight=0.126
=zeggen =gaat | weight=0.126
=jullie =webcare | weight=0.126
=moest =maar | weight=0.124
=terecht =op | weight=0.124
=gaat =alleen | weight=0.124
=ik =alleen | weight=0.124
=chat =naar | weight=0.124
=alleen =met | weight=0.123
=konden | weight=0.123
=zei =alleen | weight=0.123
=ze =je | weight=0.122
=dat =toch | weight=0.121
=verwijst | weight=0.121
=aangemeld | weight=0.120
=dat =reparaties | weight=0.120
=kunnen =worden | weight=0.120
=chat =staat | weight=0.120
=ze =zeggen | weight=0.119
=een =mail | weight=0.119
=moest =invullen | weight=0.118
=daarvoor =moet | weight=0.118
=bel =ons | weight=0.118
=doorgeschoven =naar | weight=0.118
=doorgestuurd =naar | weight=0.118
=reparaties | weight=0.118
=retour | weight=0.118
=chat =moest | weight=0.116
=ik =juiste | weight=0.115
=u =gewoon | weight=0.115
=website =aan | weight=0.115
=faq | weight=0.115
=reactie =op | weight=0.115
=toch =zelf | weight=0.115
=mijn =mail | weight=0.115
=echt =belachelijk | weight=0.114
=aankoop =moet | weight=0.113
=geretourneerd | weight=0.113
=geretourneerd =worden | weight=0.113
=moet =online | weight=0.113
=online =aankoop | weight=0.113
=online =geretourneerd | weight=0.113
=mail | weight=0.112
=alles =via | weight=0.112
=dit =doe | weight=0.112
=doe =je | weight=0.112
=je =thuis | weight=0.112
=thuis =op | weight=0.112
=was =dat | weight=0.111
=ga =maar | weight=0.111
=chatmedewerker =naar | weight=0.110
=door =chatmedewerker | weight=0.110
=dat =niet | weight=0.110, noneg
=bel | weight=0.110
=app | weight=0.110
=een =factuurcorrectie | weight=0.109
=factuurcorrectie | weight=0.109
=staat =in | weight=0.109
=regelen | weight=0.109
=doorgeschoven | weight=0.109
=indienen =want | weight=0.108
=ik =weggestuurd | weight=0.108
=moest | weight=0.108
=beter =bellen | weight=0.107
=keer =door | weight=0.107
=chat =kreeg | weight=0.107
=hij =en | weight=0.107
=het =via | weight=0.106
=klant =kreeg | weight=0.106
=mail =moet | weight=0.106
=zeiden =ze | weight=0.105
=spreken =maar | weight=0.105
=onder =elke | weight=0.105
=keer =naar | weight=0.104
=computer | weight=0.103
=maar =mail | weight=0.103
=da | weight=0.102
=weer =naar | weight=0.102
=post =sturen | weight=0.101
=u =beter | weight=0.101
=de =zoveelste | weight=0.101
=zoveelste | weight=0.101
=zoveelste =keer | weight=0.101
=telefonisch | weight=0.101
=in =te | weight=0.101
=klant =verzocht | weight=0.101
=stellen | weight=0.101
=gestuurd =en | weight=0.100
=winkel =zegt | weight=0.100
=ter =plek | weight=0.100
=daarvoor | weight=0.100
=het =retourportaal | weight=0.100
=retourportaal | weight=0.100
=een =mailtje | weight=0.099
=belde =en | weight=0.099
=maar =moest | weight=0.099
=kan =doen | weight=0.098
=kunnen | weight=0.098
=ze =aan | weight=0.098
=per =post | weight=0.097
=afhandeling | weight=0.097
=werd =mij | weight=0.097
=is =door | weight=0.097
=een =qr-code | weight=0.096
=qr-code | weight=0.096
=een =privebericht | weight=0.096
=privebericht | weight=0.096
=op =via | weight=0.095
=via =onze | weight=0.095
=alleen | weight=0.095
=zei =de | weight=0.095
=aankoop | weight=0.095
=zegt =alleen | weight=0.095
=doen | weight=0.095
=vermijden | weight=0.094
=e-mail =kenbaar | weight=0.094
=kenbaar | weight=0.094
=kenbaar =te | weight=0.094
=mens =adviseerde | weight=0.094
=mij =mijn | weight=0.094
=telefoon =niet | weight=0.094, noneg
=moet =invullen | weight=0.093
=rondje | weight=0.093
=app =moest | weight=0.093
=slechte | weight=0.093
=kunnen =ze | weight=0.093
=wezen | weight=0.092
=nemen =contact | weight=0.092
=ter | weight=0.092
=raadde | weight=0.092
=winkel =voor | weight=0.092
=schriftelijk | weight=0.091
=de =servicelijn | weight=0.091
=verzocht =om | weight=0.091
=sturen =maar | weight=0.091
=de =receptie | weight=0.090
=receptie | weight=0.090
=je | weight=0.089
=servicelijn | weight=0.089
=site | weight=0.089
=medewerker =mij | weight=0.089
=konden =ze | weight=0.089
=artikel | weight=0.089
=assistent =zei | weight=0.088
=klachtformulier =moest | weight=0.088
=van =te | weight=0.088
=afspraak =inplannen | weight=0.087
=inplannen | weight=0.087
=dat =we | weight=0.087
=doorverwezen =naar | weight=0.087
=aanmaken | weight=0.086
=ticket =aanmaken | weight=0.086
=antwoord =dat | weight=0.086
=zegt =bel | weight=0.086
=kan =niet | weight=0.086, noneg
=klacht =per | weight=0.086
=de =kassiere | weight=0.086
=een =afspraak | weight=0.085
=zei =hij | weight=0.085
=je =naar | weight=0.085
=online =formulier | weight=0.084
=de =livechat | weight=0.084
=het =probeer | weight=0.084
=via =mijn | weight=0.084
=moet =maar | weight=0.083
=zeggen | weight=0.083
=en =wil | weight=0.083
=onze =site | weight=0.083
=komen =ik | weight=0.083
=kassiere | weight=0.083
=een =ticket | weight=0.083
=moest =een | weight=0.083
=livechat | weight=0.083
=we =een | weight=0.082
=app =verwijst | weight=0.082
=alleen =via | weight=0.082
=moet =via | weight=0.082
=lekker | weight=0.081
=ze =niet | weight=0.081, noneg
=via =whatsapp | weight=0.081
=balie =zeiden | weight=0.081
=belachelijk | weight=0.081
=mailtje | weight=0.081
=naar =mijn | weight=0.081
=ik =toch | weight=0.081
=aanmelden | weight=0.081
=beter =even | weight=0.080
=klant =is | weight=0.079
=uitsluitend | weight=0.079
=waarom | weight=0.079
=hebben =jullie | weight=0.079
=zie =de | weight=0.078
=stuurde =ze | weight=0.078
=geen =smartphone | weight=0.078, noneg
=mens =aan | weight=0.078
=verwees =ze | weight=0.078
=website =en | weight=0.078
=maar =via | weight=0.077
=kunt =u | weight=0.077
=man =achter | weight=0.076
=verwijst =mij | weight=0.076
=medewerker =wees | weight=0.076
=link =naar | weight=0.076
=me =door | weight=0.076
=whatsapp | weight=0.076
=door =naar | weight=0.075
=adreswijziging =niet | weight=0.075, noneg
=dat =moet | weight=0.075
=ding =doet | weight=0.075
=mijn =brief | weight=0.075
=steeds =verkeerde | weight=0.074
=te =maken | weight=0.074
=een =verwijzing | weight=0.074
=verwijzing =naar | weight=0.074
=chat | weight=0.074
=staat =al | weight=0.074
=online =in | weight=0.073
=moest =vraag | weight=0.073
=ze =op | weight=0.073
=ze =wilde | weight=0.073
=moet =indienen | weight=0.073
=want =e-mail | weight=0.073
=steeds =naar | weight=0.073
=het =retour | weight=0.072
=winkel =zeggen | weight=0.072
=liever | weight=0.072
=een =link | weight=0.072
=naar =dat | weight=0.071
=uw =digitale | weight=0.071
=ze =konden | weight=0.071
=ze =mijn | weight=0.071
=chat =stuurde | weight=0.071
=dagen =uit | weight=0.070
=ons | weight=0.070
=niet =worden | weight=0.070, noneg
=je =dan | weight=0.070
=het =klantportaal | weight=0.070
=klantportaal | weight=0.070
=medewerker =zei | weight=0.070
=bandje =dat | weight=0.069
=km | weight=0.069
=via =uw | weight=0.068
=moest =bellen | weight=0.068
=elke =reactie | weight=0.068
=moet =mail | weight=0.068
=kreeg =in | weight=0.068
=u =zelf | weight=0.068
=e-mail | weight=0.068
=u =moet | weight=0.067
=aanvraag | weight=0.067
=simkaart =te | weight=0.067
=via =het | weight=0.067
=antwoord =hiervoor | weight=0.066
=vraag =werd | weight=0.066
=me =aan | weight=0.066
=winkel | weight=0.066
=zij | weight=0.065
=raadde =me | weight=0.065
=het =loket | weight=0.065
=ik =voor | weight=0.065
=ze =zeiden | weight=0.065
=verwezen =naar | weight=0.065
=werd =verwezen | weight=0.065
=maar =jullie | weight=0.065
=de =klachtenafdeling | weight=0.065
=online =aanmelden | weight=0.064
=u =online | weight=0.064
=de =kassa | weight=0.064
=folder | weight=0.064
=mee =en | weight=0.064
=sim | weight=0.064
=indienen | weight=0.064
=op =twitter | weight=0.063
=twitter | weight=0.063
=afschriften | weight=0.063
=de =telefoon | weight=0.063
=een =dm | weight=0.063
=zegt =ga | weight=0.063
=alleen =online | weight=0.063
=aangetekende | weight=0.063
=aangetekende =brief | weight=0.063
=zeiden =dat | weight=0.062
=winkel =niet | weight=0.062, noneg
=juiste =in | weight=0.062
=niet =gewoon | weight=0.062, noneg
=bel =de | weight=0.061
=dit =soort | weight=0.061
=maar =op | weight=0.061
=hing | weight=0.061
=even =met | weight=0.061
=helpdesk =zegt | weight=0.061
=kreeg =te | weight=0.061
=gezegd | weight=0.061
=slechte =een | weight=0.060
=man =aan | weight=0.060
=doorgestuurd | weight=0.060
=afgescheept =met | weight=0.060
