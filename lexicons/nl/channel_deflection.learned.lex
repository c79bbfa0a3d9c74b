# channel_deflection, nl: learned by scripts/learn.py from 4090 tuning texts (195 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Via Twitter kreeg ik alleen een linkje naar het klantenportaal.
+ De helpdesk liet weten dat ze via WhatsApp geen klachten behandelen en dat ik een brief moest sturen.
+ Vraag in de chat gesteld, antwoord: 'Hiervoor kunt u het beste mailen naar onze klantenservice.' Waarom is er dan een chat?
- we willen ons geld terug
- Dank voor de snelle hulp!
=het =maar | weight=0.271
=gebruiken | weight=0.264
=contactformulier | weight=0.264
=invullen | weight=0.257
=niet =via | weight=0.254, noneg
=doorverwezen | weight=0.245
=moest =sturen | weight=0.241
=het =contactformulier | weight=0.236
=een =qr-code | weight=0.229
=qr-code | weight=0.229
=online | weight=0.225
=sturen | weight=0.224
=de =app | weight=0.220
=doen =dat | weight=0.211
=digitale | weight=0.210
=omgeving | weight=0.207
=sturen =ons | weight=0.206
=zij =zeggen | weight=0.206
=ik =werd | weight=0.204
=de =veelgestelde | weight=0.204
=website | weight=0.203
=app =moet | weight=0.202
=zei =alleen | weight=0.199
=verwezen | weight=0.196
=uw =klacht | weight=0.194
=een =linkje | weight=0.192
=linkje | weight=0.192
=linkje =naar | weight=0.192
=alleen =naar | weight=0.192
=een =klachtformulier | weight=0.191
=klachtformulier | weight=0.191
=naar =het | weight=0.189
=de =website | weight=0.188
=mijn =omgeving | weight=0.184
=weggestuurd | weight=0.177
=veelgestelde | weight=0.175
=veelgestelde =vraag | weight=0.175
=op =onze | weight=0.173
=de =man | weight=0.170
=de =site | weight=0.169
=onze =klantenservice | weight=0.169
=geen =computer | weight=0.166, noneg
=u =zelf | weight=0.166
=schriftelijk =in | weight=0.165
=mij =naar | weight=0.164
=richting | weight=0.164
=plaats =van | weight=0.162
=ze =doen | weight=0.161
=te =dien | weight=0.158
=internet | weight=0.156
=webformulier | weight=0.156
=heb =geen | weight=0.153, noneg
=hing =op | weight=0.153
=en =hing | weight=0.152
=facebook | weight=0.152
=moest =maar | weight=0.152
=doorverwezen =naar | weight=0.151
=een =winkel | weight=0.150
=gebruiken =de | weight=0.149
=beter | weight=0.149
=chatmedewerker | weight=0.149
=zelf =in | weight=0.148
=kijken | weight=0.147
=onze =website | weight=0.147
=app | weight=0.146
=het =via | weight=0.146
=app =moest | weight=0.145
=werd =doorgestuurd | weight=0.145
=de =faq | weight=0.145
=telefonisch | weight=0.144
=steeds =naar | weight=0.143
=adviseerde | weight=0.141
=adviseerde =mij | weight=0.141
=in =plaats | weight=0.141
=raadde | weight=0.141
=e-mail | weight=0.139
=de =chat | weight=0.139
=zeiden | weight=0.138
=kunt =u | weight=0.136
=de =reactie | weight=0.136
=gelukt | weight=0.135
=de =assistent | weight=0.135
=webcare | weight=0.135
=ons =een | weight=0.134
=hiervoor | weight=0.134
=via | weight=0.134
=met =internet | weight=0.134
=zeggen =gaat | weight=0.134
=was =had | weight=0.134
=schriftelijk | weight=0.134
=dat =formulier | weight=0.133
=doen =ze | weight=0.133
=zeggen =altijd | weight=0.133
=nemen =telefonisch | weight=0.133
=soort =vraag | weight=0.133
=moet =u | weight=0.132
=gaat =alleen | weight=0.132
=kunnen =worden | weight=0.132
=verwees | weight=0.132
=beter =per | weight=0.132
=e-mail =kon | weight=0.132
=het =beter | weight=0.132
=kon =probeer | weight=0.132
=doen | weight=0.131
=balie | weight=0.131
=dat =doen | weight=0.131
=ze =je | weight=0.130
=dat =kan | weight=0.130
=die =chat | weight=0.128
=alleen =met | weight=0.128
=te =helpen | weight=0.128
=ga =naar | weight=0.128
=juiste | weight=0.128
=portaal | weight=0.127
=googelen | weight=0.126
=brief =moest | weight=0.126
=konden | weight=0.125
=me =naar | weight=0.125
=ze =zeggen | weight=0.124
=mens =spreken | weight=0.124
=voor =klacht | weight=0.124
=het =online | weight=0.124
=mail | weight=0.123
=jullie =webcare | weight=0.122
=opzeggen =maar | weight=0.122
=maar =daar | weight=0.121
=dien | weight=0.121
=onze | weight=0.119
=melden =het | weight=0.119
=de =balie | weight=0.119
=dat =je | weight=0.119
=brief | weight=0.119
=bel =ons | weight=0.118
=ons | weight=0.118
=echt =belachelijk | weight=0.118
=niet =beantwoordt | weight=0.117, noneg
=moest | weight=0.117
=zegt =alleen | weight=0.117
=een =factuurcorrectie | weight=0.117
=factuurcorrectie | weight=0.117
=je =moet | weight=0.116
=mijn =mail | weight=0.116
=kunt | weight=0.116
=doorgeschoven =naar | weight=0.116
=u =gewoon | weight=0.116
=dat =reparaties | weight=0.115
=een =mail | weight=0.115
=moest =invullen | weight=0.115
=zegt =bel | weight=0.115
=reparaties | weight=0.115
=staat =in | weight=0.113
=chat =naar | weight=0.113
=ik =als | weight=0.112
=hiervoor =kunt | weight=0.112
=reactie =op | weight=0.111
=niet =gebeld | weight=0.111, noneg
=te =gebruiken | weight=0.111
=hij =en | weight=0.111
=aankoop =moet | weight=0.111
=geretourneerd | weight=0.111
=geretourneerd =worden | weight=0.111
=moet =online | weight=0.111
=online =aankoop | weight=0.111
=online =geretourneerd | weight=0.111
=chatmedewerker =naar | weight=0.111
=door =chatmedewerker | weight=0.111
=website =aan | weight=0.110
=dat =toch | weight=0.110
=mail =moest | weight=0.110
=doorgeschoven | weight=0.109
=dit =doe | weight=0.109
=doe =je | weight=0.109
=je =thuis | weight=0.109
=thuis =op | weight=0.109
=keer =door | weight=0.109
=faq | weight=0.109
=verwijst | weight=0.108
=rondje | weight=0.108
=via =mijn | weight=0.108
=alles =via | weight=0.107
=doorgestuurd =naar | weight=0.107
=klant =kreeg | weight=0.106
=het =klantportaal | weight=0.105
=klantportaal | weight=0.105
=kunnen | weight=0.104
=chat =kreeg | weight=0.104
=verwijzing | weight=0.104
=ik =alleen | weight=0.104
=maar =mail | weight=0.104
=toch =zelf | weight=0.103
=niet =helpen | weight=0.103, noneg
=per =mail | weight=0.102
=kunnen =ze | weight=0.102
=mail =moet | weight=0.102
=computer | weight=0.102
=mij =aan | weight=0.102
=telefoon =zeggen | weight=0.102
=zeiden =ze | weight=0.101
=post =sturen | weight=0.101
=een =mailtje | weight=0.101
=ze =op | weight=0.101
=ze =aan | weight=0.101
=stellen | weight=0.101
=weer =naar | weight=0.100
=chat =moest | weight=0.100
=maar =online | weight=0.100
=kaartje =met | weight=0.100
=ik =moest | weight=0.099
=wilde =mijn | weight=0.099
=een =kaartje | weight=0.099
=je | weight=0.098
=bel | weight=0.098
=maar =moest | weight=0.098
=keer =naar | weight=0.098
=keer =gemaild | weight=0.098
=kaartje | weight=0.098
=spreken =maar | weight=0.097
=e-mail =kenbaar | weight=0.097
=kenbaar | weight=0.097
=kenbaar =te | weight=0.097
=mens =adviseerde | weight=0.097
=mij =mijn | weight=0.097
=sturen =maar | weight=0.097
=wezen | weight=0.097
=ik =juiste | weight=0.096
=konden =ze | weight=0.096
=via =het | weight=0.096
=beter =bellen | weight=0.096
=het =retourportaal | weight=0.096
=retourportaal | weight=0.096
=verwees =ze | weight=0.095
=nooit =antwoord | weight=0.095, noneg
=onder =elke | weight=0.095
=belde =en | weight=0.094
=klant =verzocht | weight=0.094
=da | weight=0.094
=slechte | weight=0.093
=medewerker =alleen | weight=0.093
=aanmelden | weight=0.093
=in =te | weight=0.093
=moet =via | weight=0.093
=indienen =want | weight=0.093
=chat =staat | weight=0.092
=aanmaken | weight=0.092
=u =beter | weight=0.092
=afspraak =inplannen | weight=0.092
=inplannen | weight=0.092
=site | weight=0.092
=ter =plek | weight=0.091
=medewerker =mij | weight=0.091
=via =whatsapp | weight=0.091
=winkel =zegt | weight=0.091
=vermijden | weight=0.091
=een =ticket | weight=0.091
=ze =verwezen | weight=0.090
=je =naar | weight=0.090
=met =ons | weight=0.090
=de =telefoon | weight=0.090
=online =formulier | weight=0.090
=de =receptie | weight=0.090
=receptie | weight=0.090
=kan =doen | weight=0.090
=is =door | weight=0.089
=alleen | weight=0.089
=verkoper =zei | weight=0.089
=op =via | weight=0.089
=via =onze | weight=0.089
=winkel =voor | weight=0.089
=had =ik | weight=0.089
=afhandeling | weight=0.088
=op =met | weight=0.088
=kreeg =te | weight=0.088
=klacht =per | weight=0.088
=nemen =contact | weight=0.087
=het =retour | weight=0.087
=ter | weight=0.086
=link =naar | weight=0.086
=was =dat | weight=0.086
=moet =invullen | weight=0.086
=whatsapp | weight=0.086
=ga =maar | weight=0.086
=werd =mij | weight=0.085
=artikel | weight=0.085
=verzocht =om | weight=0.085
=assistent =zei | weight=0.085
=klachtformulier =moest | weight=0.085
=zeggen | weight=0.085
=gestuurd =en | weight=0.085
=kijkt =u | weight=0.085
=u =even | weight=0.085
=reactie | weight=0.085
=dat =niet | weight=0.084, noneg
=een =privebericht | weight=0.084
=privebericht | weight=0.084
=daarvoor =moet | weight=0.084
=belachelijk | weight=0.084
=kan =niet | weight=0.084, noneg
=adreswijziging =niet | weight=0.084, noneg
=de =zoveelste | weight=0.083
=zoveelste | weight=0.083
=zoveelste =keer | weight=0.083
=mens =aan | weight=0.083
=man =achter | weight=0.083
=me =door | weight=0.083
=ze =mijn | weight=0.082
=een =link | weight=0.082
=komen =ik | weight=0.082
=vijf =keer | weight=0.082
=een =retour | weight=0.082
=de =livechat | weight=0.082
=het =probeer | weight=0.082
=klant =is | weight=0.081
=twitter | weight=0.081
=u =moet | weight=0.081
=website =moet | weight=0.081
=aankoop | weight=0.081
=medewerker =wees | weight=0.080
=online =in | weight=0.080
=ik =toch | weight=0.080
=chat | weight=0.080
=moet =maar | weight=0.080
=zegt =gebruiken | weight=0.080
=naar =mijn | weight=0.080
=terecht =op | weight=0.080
=het =per | weight=0.080
=livechat | weight=0.080
=dat =ding | weight=0.079
=telefoon =niet | weight=0.079, noneg
=dat =we | weight=0.079
=moet =bellen | weight=0.079
=de =kassa | weight=0.079
=de =servicelijn | weight=0.079
=beter =even | weight=0.079
=we =een | weight=0.079
=steeds =verkeerde | weight=0.078
=ding =doet | weight=0.078
=verwijst =mij | weight=0.078
=van =te | weight=0.078
=ze =zeiden | weight=0.078
=en =wil | weight=0.077
=een =afspraak | weight=0.077
=servicelijn | weight=0.077
=retour | weight=0.077
=ik =weggestuurd | weight=0.077
=stuurde =me | weight=0.077
=naar =dat | weight=0.076
=maar =via | weight=0.076
=jongen =aan | weight=0.076
=moest =regelen | weight=0.076
=ik =nooit | weight=0.076, noneg
=regelen | weight=0.076
=niet =worden | weight=0.076, noneg
=melden | weight=0.076
=maar =in | weight=0.076
=alleen =via | weight=0.075
=wordt =met | weight=0.075
=aanmaken =op | weight=0.075
=mijn =e-mail | weight=0.075
=terwijl =die | weight=0.075
=gemaild | weight=0.075
=het =beste | weight=0.075
=worden | weight=0.074
=balie =zeiden | weight=0.074
=kreeg =in | weight=0.074
=zei =de | weight=0.074
=lekker | weight=0.073
=chat =stuurde | weight=0.073
=formulier | weight=0.073
=beantwoord =met | weight=0.072
=werd =beantwoord | weight=0.072
=worden =steeds | weight=0.072
=moest =een | weight=0.071
=online =aanmelden | weight=0.071
=u =online | weight=0.071
=sim | weight=0.071
=zelf =maar | weight=0.071
=uw =digitale | weight=0.070
=waarom | weight=0.070
=mijn =brief | weight=0.070
=die =app | weight=0.070
=afschriften | weight=0.070
=mailtje | weight=0.070
=geen =smartphone | weight=0.070, noneg
=app =verwijst | weight=0.070
=dat =moet | weight=0.069
=onze =site | weight=0.069
=droeg | weight=0.069
=zei =hij | weight=0.068
=ze =niet | weight=0.068, noneg
=ze =konden | weight=0.068
=app =bij | weight=0.068
=verwezen =me | weight=0.068
=hebben =jullie | weight=0.068
=alleen =schriftelijk | weight=0.067
=site =werkt | weight=0.067
=even =op | weight=0.067
=doorgestuurd | weight=0.067
=ik =wilde | weight=0.067
=moest =vraag | weight=0.066
=de =klachtenafdeling | weight=0.066
