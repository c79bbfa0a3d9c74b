# channel_deflection, nl: learned by scripts/learn.py from 4470 tuning texts (224 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Via Twitter kreeg ik alleen een linkje naar het klantenportaal.
+ Ze zeiden dat ik het contactformulier moest gebruiken in plaats van de chat.
+ De helpdesk liet weten dat ze via WhatsApp geen klachten behandelen en dat ik een brief moest sturen.
- ok dankje
- we willen ons geld terug
=invullen | weight=0.341
=contactformulier | weight=0.292
=moest =sturen | weight=0.285
=het =maar | weight=0.279
=online | weight=0.273
=niet =via | weight=0.272, noneg
=gebruik | weight=0.270
=het =contactformulier | weight=0.261
=sturen | weight=0.255
=alleen =naar | weight=0.247
=de =veelgestelde | weight=0.233
=doorverwezen | weight=0.230
=app =moet | weight=0.224
=een =qr-code | weight=0.222
=qr-code | weight=0.222
=op =onze | weight=0.222
=sturen =ons | weight=0.220
=website | weight=0.220
=omgeving | weight=0.215
=zij =zeggen | weight=0.214
=een =linkje | weight=0.210
=linkje | weight=0.210
=linkje =naar | weight=0.210
=doen =dat | weight=0.206
=de =website | weight=0.202
=zei =alleen | weight=0.196
=de =app | weight=0.194
=naar =het | weight=0.192
=digitale | weight=0.185
=ik =werd | weight=0.184
=weggestuurd | weight=0.183
=een =klachtformulier | weight=0.182
=klachtformulier | weight=0.182
=mijn =omgeving | weight=0.181
=u =zelf | weight=0.180
=winkel =zegt | weight=0.179
=ons =een | weight=0.179
=app =moest | weight=0.179
=onze =klantenservice | weight=0.178
=telefonisch | weight=0.177
=de =man | weight=0.177
=uw =klacht | weight=0.175
=verwezen | weight=0.175
=het =via | weight=0.174
=moet =u | weight=0.172
=gebruik =de | weight=0.168
=mij =naar | weight=0.166
=kijken | weight=0.165
=doen | weight=0.163
=de =faq | weight=0.163
=werd =doorgestuurd | weight=0.162
=doorverwezen =naar | weight=0.161
=geen =computer | weight=0.161, noneg
=schriftelijk =in | weight=0.160
=een =winkel | weight=0.160
=klantportaal | weight=0.159
=het =klantportaal | weight=0.159
=richting | weight=0.157
=ze =doen | weight=0.154
=verwijst | weight=0.154
=webformulier | weight=0.154
=verwijzing | weight=0.153
=met =internet | weight=0.152
=zeggen =gaat | weight=0.152
=moest =maar | weight=0.151
=facebook | weight=0.151
=chatmedewerker | weight=0.151
=schriftelijk | weight=0.150
=doen =ze | weight=0.150
=zelf =in | weight=0.150
=onze =website | weight=0.150
=gaat =alleen | weight=0.149
=webcare | weight=0.149
=nemen =telefonisch | weight=0.148
=ik =juiste | weight=0.147
=de =site | weight=0.147
=dat =doen | weight=0.147
=hing =op | weight=0.147
=balie | weight=0.147
=te =dien | weight=0.146
=kunnen =worden | weight=0.146
=niet =helpen | weight=0.145, noneg
=konden | weight=0.145
=brief | weight=0.145
=soort =vraag | weight=0.145
=mail =moest | weight=0.143
=adviseerde | weight=0.143
=adviseerde =mij | weight=0.143
=gelukt | weight=0.143
=was =had | weight=0.142
=en =hing | weight=0.142
=te =helpen | weight=0.142
=verwees | weight=0.142
=app | weight=0.142
=heb =geen | weight=0.142, noneg
=alleen =met | weight=0.141
=portaal | weight=0.141
=de =chat | weight=0.141
=steeds =naar | weight=0.140
=zegt =bellen | weight=0.139
=zegt =mail | weight=0.139
=de =assistent | weight=0.138
=googelen | weight=0.138
=brief =moest | weight=0.137
=e-mail | weight=0.136
=ik =moest | weight=0.136
=hiervoor | weight=0.136
=maar =daar | weight=0.136
=niet =beantwoordt | weight=0.134, noneg
=site | weight=0.134
=voor =klacht | weight=0.133
=onze =site | weight=0.132
=kunt =u | weight=0.130
=echt =belachelijk | weight=0.130
=dat =kan | weight=0.130
=beter =per | weight=0.129
=e-mail =kon | weight=0.129
=het =beter | weight=0.129
=kon =probeer | weight=0.129
=formulier =invullen | weight=0.129
=wezen | weight=0.127
=chat =kreeg | weight=0.127
=klacht =per | weight=0.127
=dat =formulier | weight=0.127
=de =reactie | weight=0.127
=ze =je | weight=0.126
=jullie =webcare | weight=0.126
=mail =was | weight=0.126
=alles =via | weight=0.125
=ik =als | weight=0.125
=ga =naar | weight=0.124
=je =moet | weight=0.124
=beter | weight=0.124
=me =naar | weight=0.124
=mens =spreken | weight=0.124
=die =chat | weight=0.124
=ze =zeiden | weight=0.124
=kunnen =ze | weight=0.123
=onze | weight=0.122
=melden =het | weight=0.120
=zeggen =altijd | weight=0.120
=mail | weight=0.120
=faq | weight=0.120
=ik =alleen | weight=0.120
=raadde | weight=0.120
=niet =gebeld | weight=0.120, noneg
=opzeggen =maar | weight=0.120
=dat =reparaties | weight=0.120
=u =gewoon | weight=0.119
=hiervoor =kunt | weight=0.119
=chatmedewerker =naar | weight=0.119
=door =chatmedewerker | weight=0.119
=de =balie | weight=0.118
=plaats =van | weight=0.118
=reparaties | weight=0.118
=kunt | weight=0.117
=ze =verwezen | weight=0.116
=per =mail | weight=0.116
=staat =in | weight=0.115
=da | weight=0.115
=moest =invullen | weight=0.114
=doorgeschoven =naar | weight=0.114
=alleen | weight=0.114
=zeiden =ze | weight=0.114
=via | weight=0.114
=ons | weight=0.113
=te =gebruik | weight=0.112
=alleen =via | weight=0.112
=zegt =gebruik | weight=0.112
=je | weight=0.112
=aankoop =moet | weight=0.111
=geretourneerd | weight=0.111
=geretourneerd =worden | weight=0.111
=moet =online | weight=0.111
=online =aankoop | weight=0.111
=online =geretourneerd | weight=0.111
=een =factuurcorrectie | weight=0.111
=factuurcorrectie | weight=0.111
=maar =mail | weight=0.111
=daarvoor =moet | weight=0.111
=dit =doe | weight=0.111
=doe =je | weight=0.111
=je =thuis | weight=0.111
=thuis =op | weight=0.111
=website =aan | weight=0.110
=bel | weight=0.110
=ter =plek | weight=0.110
=mij =gezegd | weight=0.110
=kreeg =te | weight=0.110
=reactie =op | weight=0.109
=ze =op | weight=0.109
=ze =aan | weight=0.109
=rondje | weight=0.109
=zegt =bel | weight=0.109
=winkel =naar | weight=0.109
=afspraak =inplannen | weight=0.108
=inplannen | weight=0.108
=afgescheept =met | weight=0.108
=verwees =ze | weight=0.108
=medewerker =wees | weight=0.108
=keer =door | weight=0.108
=dat =toch | weight=0.108
=via =mijn | weight=0.108
=was =de | weight=0.108
=doorgeschoven | weight=0.107
=dat =je | weight=0.107
=beter =bellen | weight=0.107
=klant =kreeg | weight=0.107
=belde =en | weight=0.106
=chat =naar | weight=0.106
=nooit =antwoord | weight=0.106, noneg
=ze =zeggen | weight=0.106
=is =door | weight=0.105
=de =receptie | weight=0.105
=receptie | weight=0.105
=per =post | weight=0.105
=altijd =een | weight=0.105
=in =plaats | weight=0.104
=stellen | weight=0.104
=u =beter | weight=0.104
=met =ons | weight=0.104
=kaartje =met | weight=0.104
=chat =stuurde | weight=0.104
=konden =ze | weight=0.103
=klant =verzocht | weight=0.102
=medewerker =alleen | weight=0.102
=op =via | weight=0.102
=via =onze | weight=0.102
=online =kon | weight=0.102
=maar =moest | weight=0.102
=dien | weight=0.102
=een =kaartje | weight=0.102
=op =met | weight=0.102
=moet =via | weight=0.102
=kaartje | weight=0.101
=mail =moet | weight=0.101
=online =formulier | weight=0.101
=wilde =mijn | weight=0.101
=hij =en | weight=0.100
=maar =online | weight=0.100
=weer =naar | weight=0.100
=computer | weight=0.100
=worden =steeds | weight=0.099
=adreswijziging =niet | weight=0.099, noneg
=belachelijk | weight=0.099
=bel =ons | weight=0.099
=nemen =contact | weight=0.098
=het =retourportaal | weight=0.098
=retourportaal | weight=0.098
=winkel =voor | weight=0.098
=telefoon =zeggen | weight=0.097
=moest =regelen | weight=0.097
=via =whatsapp | weight=0.096
=toch =zelf | weight=0.096
=het =per | weight=0.096
=medewerker =mij | weight=0.095
=van =te | weight=0.095
=afhandeling | weight=0.095
=zegt =alleen | weight=0.095
=zijn =antwoord | weight=0.095
=gestuurd =en | weight=0.095
=verwezen =me | weight=0.095
=zeggen | weight=0.095
=verzocht =om | weight=0.094
=moet =maar | weight=0.094
=vermijden | weight=0.094
=was =dat | weight=0.094
=regelen | weight=0.094
=indienen | weight=0.094
=het =retour | weight=0.094
=mijn =mail | weight=0.094
=whatsapp | weight=0.093
=vijf =keer | weight=0.093
=aanmaken | weight=0.093
=hij =was | weight=0.093
=een =ticket | weight=0.093
=verwees =naar | weight=0.092
=kan =niet | weight=0.092, noneg
=een =privebericht | weight=0.091
=privebericht | weight=0.091
=ik =weggestuurd | weight=0.091
=het =klachtenformulier | weight=0.091
=klachtenformulier | weight=0.091
=een =mailtje | weight=0.091
=onder =elke | weight=0.091
=ga =maar | weight=0.091
=post =sturen | weight=0.091
=e-mail =kenbaar | weight=0.091
=kenbaar | weight=0.091
=kenbaar =te | weight=0.091
=mens =adviseerde | weight=0.091
=mij =mijn | weight=0.091
=kunnen | weight=0.091
=mij =aan | weight=0.091
=artikel | weight=0.090
=de =livechat | weight=0.090
=het =probeer | weight=0.090
=de =servicelijn | weight=0.089
=chat =moest | weight=0.089
=werd =mij | weight=0.089
=u =kunt | weight=0.089
=livechat | weight=0.088
=mijn =e-mail | weight=0.088
=servicelijn | weight=0.088
=moet =invullen | weight=0.088
=ik =toch | weight=0.088
=sturen =maar | weight=0.088
=ter | weight=0.087
=afgescheept | weight=0.087
=zei =hij | weight=0.087
=mens =aan | weight=0.086
=klant =is | weight=0.086
=balie =zeiden | weight=0.086
=chat | weight=0.086
=me =door | weight=0.086
=jongen =aan | weight=0.085
=niet =telefonisch | weight=0.084, noneg
=maar =op | weight=0.084
=winkel =niks | weight=0.084, noneg
=het =online | weight=0.084
=man =achter | weight=0.084
=indienen =want | weight=0.084
=slechte | weight=0.084
=juiste =belde | weight=0.084
=veelgestelde | weight=0.083
=veelgestelde =vraag | weight=0.083
=ik =nooit | weight=0.082, noneg
=moest =vraag | weight=0.082
=assistent =zei | weight=0.082
=klachtformulier =moest | weight=0.082
=u =moet | weight=0.082
=bandje =dat | weight=0.082
=twitter | weight=0.081
=spreken =maar | weight=0.081
=zegt =de | weight=0.081
=aankoop | weight=0.081
=verwijst =mij | weight=0.081
=kan =doen | weight=0.080
=terecht =op | weight=0.080
=beter =even | weight=0.080
=balie =zei | weight=0.080
=lekker | weight=0.080
=beantwoord =met | weight=0.079
=werd =beantwoord | weight=0.079
=km | weight=0.079
=sturen =naar | weight=0.079
=de =kassa | weight=0.079
=maar =via | weight=0.078
=retour | weight=0.078
=chat =staat | weight=0.078
=telefoon =niet | weight=0.077, noneg
=kijkt =u | weight=0.077
=u =even | weight=0.077
=komen =ik | weight=0.077
=moet =bellen | weight=0.076
=de =telefoon | weight=0.076
=mail =werd | weight=0.076
=ze =konden | weight=0.076
=we =een | weight=0.076
=aanvraag | weight=0.076
=niet =gewoon | weight=0.076, noneg
=aanmelden | weight=0.075
=simkaart =te | weight=0.075
=droeg | weight=0.075
=keer =naar | weight=0.074
=geen =smartphone | weight=0.074, noneg
=zeiden | weight=0.074
=moest =indienen | weight=0.074
=dat =we | weight=0.074
=het =loket | weight=0.074
=in =te | weight=0.074
=aanmaken =op | weight=0.073
=geen =antwoord | weight=0.073, noneg
=chat =zegt | weight=0.073
=via =uw | weight=0.073
=wijzigen =en | weight=0.073
=antwoord =dat | weight=0.073
=door =naar | weight=0.073
=uw =digitale | weight=0.073
=die =mij | weight=0.073
=het =zelf | weight=0.072
=uitsluitend | weight=0.072
=de =zoveelste | weight=0.072
=zoveelste | weight=0.072
=zoveelste =keer | weight=0.072
=het =beste | weight=0.072
=had =ik | weight=0.072
=dat =ding | weight=0.072
=kreeg =in | weight=0.071
=steeds =verkeerde | weight=0.071
=terwijl =die | weight=0.071
=ding =doet | weight=0.071
=ook =online | weight=0.071
=mijn =brief | weight=0.070
=naar =dat | weight=0.070
=wilde =ze | weight=0.069
=wordt =met | weight=0.069
=antwoord =ze | weight=0.069
=zelf =maar | weight=0.069
=van =gewoon | weight=0.069
