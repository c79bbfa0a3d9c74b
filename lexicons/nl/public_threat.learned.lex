# public_threat, nl: learned by scripts/learn.py from 3684 tuning texts (156 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Volgende stap is een advocaat.
+ We laten dit juridisch uitzoeken.
+ Ik ga dit melden bij Test Aankoop.
- we willen ons geld terug
- Geen minuut gewacht, top!
=advocaat | weight=0.480
=de =geschillencommissie | weight=0.445
=geschillencommissie | weight=0.437
=radar | weight=0.389
=juridisch | weight=0.364
=ingeschakeld | weight=0.347
=mijn =advocaat | weight=0.326
=schakelen | weight=0.326
=stap =naar | weight=0.324
=zien | weight=0.314
=review | weight=0.302
=de =rechtszaal | weight=0.281
=rechtszaal | weight=0.281
=ik =zet | weight=0.274
=met =radar | weight=0.271
=consumentenbond | weight=0.269
=de =consumentenbond | weight=0.269
=stap | weight=0.268
=dit | weight=0.261
=test-aankoop | weight=0.252
=iedereen | weight=0.251
=blijf =jullie | weight=0.248
=taggen | weight=0.248
=gaat | weight=0.245
=google | weight=0.243
=op =google | weight=0.233
=dit =gaat | weight=0.233
=gemeld =bij | weight=0.229
=acm | weight=0.224
=de =acm | weight=0.224
=ga =dit | weight=0.214
=de =ombudsman | weight=0.207
=dit =verhaal | weight=0.206
=ga =een | weight=0.202
=de =huurcommissie | weight=0.198
=huurcommissie | weight=0.198
=reken =maar | weight=0.194
=ga | weight=0.190
=dit =ga | weight=0.187
=stellen | weight=0.186
=review =volgt | weight=0.186
=volgt | weight=0.186
=zet | weight=0.185
=gemeld | weight=0.183
=ombudsman | weight=0.182
=op =trustpilot | weight=0.180
=trustpilot | weight=0.180
=stappen | weight=0.178
=gaat =dit | weight=0.176
=we =hebben | weight=0.174
=is =al | weight=0.173
=proces | weight=0.172
=in =bij | weight=0.167
=als =de | weight=0.160
=recensie | weight=0.159
=ik =ga | weight=0.158
=een =advocaat | weight=0.157
=ik =melden | weight=0.157
=ik =dien | weight=0.157
=krant | weight=0.156
=unia | weight=0.156
=zet =jullie | weight=0.156
=inspectie | weight=0.155
=bij =unia | weight=0.154
=dit =melden | weight=0.153
=ik =blijf | weight=0.151
=over =op | weight=0.149
=blijf | weight=0.147
=melden | weight=0.145
=gaat =viraal | weight=0.144
=viraal | weight=0.144
=een =klacht | weight=0.144
=autoriteit | weight=0.144
=de =autoriteit | weight=0.144
=reken | weight=0.142
=test | weight=0.141
=test =aankoop | weight=0.141
=er =iets | weight=0.140
=dit =juridisch | weight=0.137
=moet =dit | weight=0.137
=de =zaak | weight=0.136
=naar =test-aankoop | weight=0.135
=recensie =over | weight=0.134
=juridisch =uitzoeken | weight=0.134
=laat =dit | weight=0.134
=tv | weight=0.134
=wel =in | weight=0.133
=uitzoeken | weight=0.131
=wij =een | weight=0.129
=een =ingebrekestelling | weight=0.129
=ingebrekestelling | weight=0.129
=klacht =in | weight=0.128
=hier =een | weight=0.128
=dank =voor | weight=0.128
=rechtsbijstandsverzekering | weight=0.128
=kijken | weight=0.127
=dien | weight=0.126
=hebben =de | weight=0.125
=sturen =dit | weight=0.125
=komt =op | weight=0.124
=flat | weight=0.124
=heb =de | weight=0.124
=ik =nemen | weight=0.124
=melden =ik | weight=0.123
=test-aankoop =stappen | weight=0.122
=een =recensie | weight=0.122
=zie =ik | weight=0.121
=levering =van | weight=0.121
=de =ombudsdienst | weight=0.120
=ombudsdienst | weight=0.120
=indienen | weight=0.120
=juridisch =afdeling | weight=0.119
=wegens | weight=0.119
=voor =niks | weight=0.119, noneg
=een =jurist | weight=0.119
=jurist | weight=0.119
=jurist =in | weight=0.119
=consumentenbond =in | weight=0.118
=stap =is | weight=0.118
=volgende =stap | weight=0.118
=genoodzaakt =rechtsmaatregelen | weight=0.118
=ons =genoodzaakt | weight=0.118
=rechtsmaatregelen | weight=0.118
=rechtsmaatregelen =te | weight=0.118
=te =treffen | weight=0.118
=treffen | weight=0.118
=tot | weight=0.117
=bij =test-aankoop | weight=0.117
=inmiddels =een | weight=0.117
=naar =radar | weight=0.115
=de =rechtbank | weight=0.115
=rechtbank | weight=0.115
=ga =ik | weight=0.114
=dien =een | weight=0.113
=jullie =online | weight=0.112
=reclame | weight=0.112
=genoodzaakt | weight=0.111
=ik =stap | weight=0.111
=iets =gebeurt | weight=0.110
=zal | weight=0.110
=ook =naar | weight=0.108
=aankoop | weight=0.108
=online =te | weight=0.108
=dit =bij | weight=0.108
=zodat | weight=0.108
=advocaat =neemt | weight=0.107
=neemt =contact | weight=0.107
=indienen =bij | weight=0.106
=mijn =omgeving | weight=0.106
=omgeving | weight=0.106
=dit =weet | weight=0.105
=iedereen =moet | weight=0.105
=rt'en | weight=0.105
=rt'en =aub | weight=0.105
=want =zo | weight=0.102
=te =kijken | weight=0.102
=hiermee | weight=0.102
=hiermee =naar | weight=0.102
=aan =onze | weight=0.101
=zie | weight=0.101
=ben =naar | weight=0.099
=verhaal =naar | weight=0.099
=op =met | weight=0.098
=review =op | weight=0.098
=een =melding | weight=0.097
=zet =ik | weight=0.097
=heb =inmiddels | weight=0.096
=jullie =op | weight=0.096
=gaat =naar | weight=0.096
=code =commissie | weight=0.096
=commissie | weight=0.096
=de =reclame | weight=0.096
=misleidende | weight=0.096
=reclame =code | weight=0.096
=bij =de | weight=0.095
=de =per | weight=0.095
=bij =test | weight=0.095
=op =twitter | weight=0.095
=twitter | weight=0.095
=jullie =wel | weight=0.093
=google =met | weight=0.093
=college | weight=0.093
=college =voor | weight=0.093
=de =recht | weight=0.093
=het =college | weight=0.093
=recht =van | weight=0.093
=melden =bij | weight=0.092
=recht | weight=0.092
=lokale =krant | weight=0.092
=onbeperkt | weight=0.092
=ik =sturen | weight=0.092
=nemen =contact | weight=0.092
=tot =er | weight=0.091
=komt | weight=0.090
=niet =binnen | weight=0.090, noneg
=zet =dit | weight=0.089
=op =facebook | weight=0.089
=vervangen =door | weight=0.089
=neergelegd | weight=0.088
=we =gaan | weight=0.086
=delen | weight=0.086
=neemt | weight=0.086
=buurtapp | weight=0.086
=de =inspectie | weight=0.085
=met =foto's | weight=0.085
=tegen | weight=0.085
=facebook | weight=0.085
=contact =met | weight=0.084
=gaan | weight=0.084
=de =lokale | weight=0.083
=verhaal | weight=0.083
=gesmolten | weight=0.083
=ijs | weight=0.083
=walgelijk | weight=0.083
=gedaan =bij | weight=0.083
=de =kwestie | weight=0.082
=kwestie | weight=0.082
=kwestie =inmiddels | weight=0.082
=bal | weight=0.082
=advocaat =in | weight=0.081
=lokale | weight=0.081
=aansprakelijk =en | weight=0.080
=over =schrijven | weight=0.080
=ijs =gesmolten | weight=0.079
=flat =is | weight=0.079
=dank | weight=0.079
=aansprakelijk | weight=0.078
=vriendin | weight=0.078
=consumentenbond =en | weight=0.078
=een =filmpje | weight=0.077
=filmpje | weight=0.077
=omstandigheden | weight=0.076
=uitblijven =van | weight=0.076
=gaat =op | weight=0.076
=er =ook | weight=0.076
=de =tv | weight=0.075
=voor =aan | weight=0.075
=start | weight=0.075
=procedure | weight=0.075
=review =over | weight=0.075
=dit =naar | weight=0.074
=uitblijven | weight=0.074
=thuiszorg | weight=0.074
=melding =gedaan | weight=0.074
=zwaar | weight=0.074
=wij =hebben | weight=0.073
=autoriteit =persoonsgegevens | weight=0.073
=persoonsgegevens | weight=0.073
=de =schimmel | weight=0.073
=schimmel | weight=0.073
=vader =een | weight=0.073
=een =lening | weight=0.073
=op =tripadvisor | weight=0.073
=tripadvisor | weight=0.073
=ik =zal | weight=0.072
=zaak =al | weight=0.072
=de =levering | weight=0.072
=doe | weight=0.072
=brengen =wij | weight=0.070
=buiten =via | weight=0.070
=wij =dit | weight=0.070
=de =economische | weight=0.070
=economische | weight=0.070
=economische =inspectie | weight=0.070
=een =ster | weight=0.069
=onbeperkt =reclame | weight=0.069
=op =x | weight=0.069
=er =een | weight=0.069
=aan =iedereen | weight=0.069
=ik =naar | weight=0.069
=jullie =te | weight=0.069
=u =in | weight=0.068
=iedereen =laat | weight=0.068
=een =review | weight=0.068
=we =een | weight=0.067
=code | weight=0.067
=weet =hoe | weight=0.067
=screenshots | weight=0.067
=al =gemeld | weight=0.067
=naar =de | weight=0.067
=verder | weight=0.067
=een =vernietigende | weight=0.067
=vernietigende | weight=0.067
=die =misleidende | weight=0.067
=misleidende =onbeperkt | weight=0.067
=als =u | weight=0.066
=we | weight=0.066
=mijn =flat | weight=0.066
=met =deze | weight=0.065
=mijn =vriendin | weight=0.065
=dit =zet | weight=0.064
=maand =nog | weight=0.064
=kapotte =tv | weight=0.064
=schakelen =ik | weight=0.064
=is =na | weight=0.063
=in =mijn | weight=0.063
=de =grote | weight=0.062
=grote =klok | weight=0.062
=klok | weight=0.062
=onterecht | weight=0.062
=een =slechte | weight=0.061
=naar =buiten | weight=0.061
=voorgelegd | weight=0.061
=voorgelegd =aan | weight=0.061
=maken =er | weight=0.060
=mijn =volgers | weight=0.060
=tiktok | weight=0.060
=volgers | weight=0.060
=voor =tiktok | weight=0.060
=u =deze | weight=0.060
=overgedragen =aan | weight=0.059
=verhaal =op | weight=0.059
=gebrek | weight=0.058
=die =u | weight=0.058
=mij =de | weight=0.058
=tussenpersoon | weight=0.058
=dus =eh | weight=0.058
=ik =maken | weight=0.058
=studenten | weight=0.058
=slechte | weight=0.058
=trustpilot =en | weight=0.057
=vocht | weight=0.057
=waarschuw | weight=0.057
=overdreven | weight=0.057
=dit =te | weight=0.057
=en =overweeg | weight=0.057
=van =dit | weight=0.056
=in =rekening | weight=0.056
=rekening =gebracht | weight=0.056
=alle =screenshots | weight=0.056
=met =alle | weight=0.056
=u =niet | weight=0.055, noneg
=ze =helaas | weight=0.055
=ga =hier | weight=0.055
=nu =de | weight=0.055
=een =hele | weight=0.055
=ster | weight=0.055
=ik =overweeg | weight=0.055
=er =wat | weight=0.055
=contact =opgenomen | weight=0.055
=juridisch =stappen | weight=0.055
=haag | weight=0.054
=desnoods | weight=0.054
=desnoods =naar | weight=0.054
=en =desnoods | weight=0.054
=verpleeghuis | weight=0.054
=een =stukje | weight=0.054
=het =zien | weight=0.054
=linkedin | weight=0.054
=linkedin =zodat | weight=0.054
=mensen =het | weight=0.054
=meer =mensen | weight=0.054
=op =linkedin | weight=0.054
=stukje | weight=0.054
=stukje =over | weight=0.054
=zodat =meer | weight=0.054
=overgedragen | weight=0.053
=melding | weight=0.053
=dat =wij | weight=0.053
=het =juridisch | weight=0.053
=juridisch =loket | weight=0.053
=aub | weight=0.053
=ga =hiermee | weight=0.052
=een =rechtszaak | weight=0.052
=rechtszaak | weight=0.052
=erbij | weight=0.052
=zal =de | weight=0.052
=contact | weight=0.052
=gebracht | weight=0.051
=weken =een | weight=0.051
=rijdt | weight=0.051
=blijf =dit | weight=0.051
=dit =hier | weight=0.051
=hier =post | weight=0.051
=post =tot | weight=0.051
=ga =het | weight=0.051
=gebeurt | weight=0.051
=mijn =ervaring | weight=0.051
=schade =niet | weight=0.050, noneg
=stap =ik | weight=0.050
=ingevuld =nooit | weight=0.050, noneg
=ik =vandaag | weight=0.050
=declareer | weight=0.050
=en =al | weight=0.049
=wijst =mijn | weight=0.049
=buitengewone =omstandigheden | weight=0.049
=trein | weight=0.049
=gesmolten =de | weight=0.048
=zes =jaar | weight=0.048
=later =zit | weight=0.048
=u =een | weight=0.048
=lening | weight=0.047
=met =jullie | weight=0.047
=een =technische | weight=0.047
=overweeg | weight=0.047
=sturen =ik | weight=0.047
=af =omdat | weight=0.047
=buitengewone | weight=0.047
=uur =vertraging | weight=0.047
=moeder =is | weight=0.047
