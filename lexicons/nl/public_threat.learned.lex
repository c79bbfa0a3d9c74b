# public_threat, nl: learned by scripts/learn.py from 3889 tuning texts (158 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Volgende stap is een advocaat.
+ We laten dit juridisch uitzoeken.
+ Ik ga dit melden bij Test Aankoop.
- we willen ons geld terug
- Geen minuut gewacht, top!
=advocaat | weight=0.480
=de =geschillencommissie | weight=0.443
=geschillencommissie | weight=0.430
=radar | weight=0.384
=juridisch | weight=0.369
=ingeschakeld | weight=0.347
=schakelen | weight=0.330
=mijn =advocaat | weight=0.325
=zien | weight=0.316
=stap =naar | weight=0.313
=review | weight=0.307
=ik =zet | weight=0.281
=de =rechtszaal | weight=0.280
=rechtszaal | weight=0.280
=stap | weight=0.275
=consumentenbond | weight=0.269
=de =consumentenbond | weight=0.269
=met =radar | weight=0.263
=dit | weight=0.260
=blijf =jullie | weight=0.252
=taggen | weight=0.252
=test-aankoop | weight=0.248
=gaat | weight=0.246
=iedereen | weight=0.244
=google | weight=0.235
=gemeld =bij | weight=0.233
=dit =gaat | weight=0.227
=op =google | weight=0.222
=dit =verhaal | weight=0.220
=acm | weight=0.218
=de =acm | weight=0.218
=ga =dit | weight=0.216
=de =ombudsman | weight=0.203
=zet | weight=0.197
=reken =maar | weight=0.196
=ga =een | weight=0.195
=de =huurcommissie | weight=0.194
=huurcommissie | weight=0.194
=gemeld | weight=0.187
=stellen | weight=0.187
=ombudsman | weight=0.183
=review =volgt | weight=0.182
=volgt | weight=0.182
=gaat =dit | weight=0.179
=ga | weight=0.177
=dit =ga | weight=0.176
=stappen | weight=0.175
=we =hebben | weight=0.173
=proces | weight=0.171
=op =trustpilot | weight=0.169
=trustpilot | weight=0.169
=als =de | weight=0.169
=is =al | weight=0.167
=in =bij | weight=0.167
=een =advocaat | weight=0.162
=unia | weight=0.157
=zet =jullie | weight=0.157
=ik =dien | weight=0.156
=bij =unia | weight=0.156
=krant | weight=0.155
=inspectie | weight=0.151
=dit =melden | weight=0.150
=recensie | weight=0.147
=ik =melden | weight=0.146
=een =klacht | weight=0.146
=ik =ga | weight=0.146
=blijf | weight=0.143
=gaat =viraal | weight=0.141
=viraal | weight=0.141
=reken | weight=0.140
=autoriteit | weight=0.140
=de =autoriteit | weight=0.140
=test | weight=0.138
=test =aankoop | weight=0.138
=melden | weight=0.137
=ik =blijf | weight=0.136
=wij =een | weight=0.135
=moet =dit | weight=0.135
=over =op | weight=0.135
=dit =juridisch | weight=0.134
=wel =in | weight=0.134
=rechtsbijstandsverzekering | weight=0.132
=de =zaak | weight=0.132
=naar =test-aankoop | weight=0.130
=uitzoeken | weight=0.130
=juridisch =uitzoeken | weight=0.130
=laat =dit | weight=0.130
=komt =op | weight=0.129
=er =iets | weight=0.129
=tv | weight=0.128
=een =ingebrekestelling | weight=0.127
=ingebrekestelling | weight=0.127
=heb =de | weight=0.127
=melden =ik | weight=0.126
=dank =voor | weight=0.126
=voor =niks | weight=0.125, noneg
=sturen =dit | weight=0.125
=de =ombudsdienst | weight=0.123
=ombudsdienst | weight=0.123
=inmiddels =een | weight=0.123
=kijken | weight=0.122
=levering =van | weight=0.122
=dien | weight=0.122
=test-aankoop =stappen | weight=0.122
=juridisch =afdeling | weight=0.122
=hier =een | weight=0.121
=klacht =in | weight=0.121
=ik =nemen | weight=0.119
=stap =is | weight=0.119
=volgende =stap | weight=0.119
=zal | weight=0.119
=wegens | weight=0.119
=ik =stap | weight=0.119
=naar =radar | weight=0.119
=bij =test-aankoop | weight=0.118
=review =over | weight=0.118
=tot | weight=0.117
=komt =een | weight=0.117
=recensie =over | weight=0.117
=consumentenbond =in | weight=0.117
=hebben =de | weight=0.117
=dien =een | weight=0.116
=genoodzaakt =rechtsmaatregelen | weight=0.115
=ons =genoodzaakt | weight=0.115
=rechtsmaatregelen | weight=0.115
=rechtsmaatregelen =te | weight=0.115
=te =treffen | weight=0.115
=treffen | weight=0.115
=een =jurist | weight=0.115
=jurist | weight=0.115
=jurist =in | weight=0.115
=zie =ik | weight=0.114
=zodat | weight=0.112
=flat | weight=0.111
=reclame | weight=0.111
=de =rechtbank | weight=0.111
=rechtbank | weight=0.111
=komt | weight=0.111
=ga =ik | weight=0.110
=dit =bij | weight=0.110
=genoodzaakt | weight=0.110
=indienen =bij | weight=0.110
=een =review | weight=0.110
=een =recensie | weight=0.109
=mijn =omgeving | weight=0.107
=omgeving | weight=0.107
=jullie =online | weight=0.107
=advocaat =neemt | weight=0.105
=neemt =contact | weight=0.105
=heb =inmiddels | weight=0.105
=delen | weight=0.105
=aankoop | weight=0.105
=online =te | weight=0.104
=op =met | weight=0.104
=iets =gebeurt | weight=0.103
=want =zo | weight=0.102
=ook =naar | weight=0.102
=zet =dit | weight=0.102
=jullie =op | weight=0.101
=indienen | weight=0.101
=jullie =wel | weight=0.101
=buurtapp | weight=0.101
=dit =weet | weight=0.100
=iedereen =moet | weight=0.100
=rt'en | weight=0.100
=rt'en =aub | weight=0.100
=ben =naar | weight=0.099
=verhaal =naar | weight=0.099
=een =melding | weight=0.099
=te =kijken | weight=0.098
=google =met | weight=0.098
=bij =de | weight=0.097
=de =per | weight=0.096
=hiermee | weight=0.095
=hiermee =naar | weight=0.095
=nemen =contact | weight=0.095
=code =commissie | weight=0.095
=commissie | weight=0.095
=de =reclame | weight=0.095
=reclame =code | weight=0.095
=op =twitter | weight=0.093
=twitter | weight=0.093
=lokale =krant | weight=0.093
=gaat =naar | weight=0.092
=misleidende | weight=0.092
=onbeperkt | weight=0.092
=ik =sturen | weight=0.091
=op =facebook | weight=0.091
=college | weight=0.090
=college =voor | weight=0.090
=de =recht | weight=0.090
=het =college | weight=0.090
=recht =van | weight=0.090
=we =gaan | weight=0.090
=walgelijk | weight=0.090
=review =op | weight=0.090
=tot =er | weight=0.089
=zie | weight=0.089
=de =lokale | weight=0.088
=met =foto's | weight=0.088
=zet =ik | weight=0.087
=vervangen =door | weight=0.087
=lokale | weight=0.086
=facebook | weight=0.086
=neergelegd | weight=0.086
=aan =onze | weight=0.086
=de =inspectie | weight=0.085
=contact =met | weight=0.084
=gedaan =bij | weight=0.084
=niet =binnen | weight=0.083, noneg
=neemt | weight=0.083
=de =kwestie | weight=0.083
=kwestie | weight=0.083
=kwestie =inmiddels | weight=0.083
=aansprakelijk =en | weight=0.082
=gaat =op | weight=0.081
=advocaat =in | weight=0.081
=bal | weight=0.080
=vriendin | weight=0.080
=recht | weight=0.080
=gesmolten | weight=0.080
=ijs | weight=0.080
=gaan | weight=0.079
=aansprakelijk | weight=0.079
=dank | weight=0.079
=onbeperkt =reclame | weight=0.079
=bij =test | weight=0.079
=de =levering | weight=0.079
=een =ster | weight=0.078
=zaak =al | weight=0.078
=consumentenbond =en | weight=0.078
=start | weight=0.077
=procedure | weight=0.077
=uitblijven =van | weight=0.077
=tegen | weight=0.077
=de =schimmel | weight=0.076
=schimmel | weight=0.076
=omstandigheden | weight=0.076
=over =schrijven | weight=0.076
=aan =iedereen | weight=0.076
=er =ook | weight=0.076
=doe | weight=0.075
=screenshots | weight=0.075
=jullie =te | weight=0.075
=al =gemeld | weight=0.074
=melding =gedaan | weight=0.074
=uitblijven | weight=0.074
=iets =van | weight=0.073
=een =filmpje | weight=0.073
=filmpje | weight=0.073
=schakelen =ik | weight=0.073
=we | weight=0.073
=voor =aan | weight=0.072
=dit =naar | weight=0.072
=vader =een | weight=0.072
=een =lening | weight=0.072
=als =u | weight=0.072
=iedereen =laat | weight=0.072
=zwaar | weight=0.071
=ijs =gesmolten | weight=0.071
=verhaal | weight=0.071
=op =tripadvisor | weight=0.071
=tripadvisor | weight=0.071
=wij =hebben | weight=0.070
=met =deze | weight=0.070
=melden =bij | weight=0.070
=thuiszorg | weight=0.069
=autoriteit =persoonsgegevens | weight=0.068
=persoonsgegevens | weight=0.068
=code | weight=0.068
=van =zei | weight=0.068
=het =juridisch | weight=0.068
=juridisch =loket | weight=0.068
=verder | weight=0.068
=ik =naar | weight=0.068
=u =in | weight=0.067
=mijn =ervaring | weight=0.067
=flat =is | weight=0.067
=weet =hoe | weight=0.066
=de =economische | weight=0.066
=economische | weight=0.066
=economische =inspectie | weight=0.066
=mijn =vriendin | weight=0.066
=de =tv | weight=0.065
=op =x | weight=0.065
=brengen =wij | weight=0.064
=buiten =via | weight=0.064
=wij =dit | weight=0.064
=er =een | weight=0.064
=een =vernietigende | weight=0.063
=vernietigende | weight=0.063
=we =een | weight=0.063
=onterecht | weight=0.063
=de =grote | weight=0.063
=grote =klok | weight=0.063
=klok | weight=0.063
=naar =de | weight=0.062
=die =misleidende | weight=0.062
=misleidende =onbeperkt | weight=0.062
=maken =er | weight=0.062
=mijn =volgers | weight=0.062
=tiktok | weight=0.062
=volgers | weight=0.062
=voor =tiktok | weight=0.062
=u =deze | weight=0.062
=overdreven | weight=0.061
=verhaal =op | weight=0.060
=ik =overweeg | weight=0.060
=ik =maken | weight=0.060
=verpleeghuis | weight=0.060
=aankoop =en | weight=0.059
=mij =de | weight=0.059
=studenten | weight=0.059
=stap =ik | weight=0.059
=aub | weight=0.059
=het =vocht | weight=0.058
=dat =wij | weight=0.058
=een =slechte | weight=0.058
=gebrek | weight=0.058
=overgedragen =aan | weight=0.058
=kapotte =tv | weight=0.058
=in =rekening | weight=0.058
=rekening =gebracht | weight=0.058
=is =na | weight=0.057
=vocht | weight=0.057
=dit =te | weight=0.057
=een =hele | weight=0.057
=alle =screenshots | weight=0.057
=met =alle | weight=0.057
=zal =de | weight=0.057
=maand =nog | weight=0.057
=die =u | weight=0.057
=dus =eh | weight=0.057
=contact | weight=0.057
=ik =zal | weight=0.057
=voorgelegd | weight=0.056
=voorgelegd =aan | weight=0.056
=naar =buiten | weight=0.056
=een =stukje | weight=0.056
=het =zien | weight=0.056
=linkedin | weight=0.056
=linkedin =zodat | weight=0.056
=mensen =het | weight=0.056
=meer =mensen | weight=0.056
=op =linkedin | weight=0.056
=stukje | weight=0.056
=stukje =over | weight=0.056
=zodat =meer | weight=0.056
=in =mijn | weight=0.056
=nu =de | weight=0.055
=mijn =flat | weight=0.055
=overgedragen | weight=0.055
=ga =hiermee | weight=0.055
=dit =zet | weight=0.055
=er =wat | weight=0.055
=haag | weight=0.054
=tussenpersoon | weight=0.054
=een =rechtszaak | weight=0.053
=rechtszaak | weight=0.053
=weken =een | weight=0.053
=ga =hier | weight=0.053
=inmiddels | weight=0.053
=u =niet | weight=0.052, noneg
=schade =niet | weight=0.052, noneg
=slechte | weight=0.052
=van =dit | weight=0.052
=ze =helaas | weight=0.052
=zelf =kapotgemaakt | weight=0.052
=schrijven =over | weight=0.052
=overweeg | weight=0.052
=gebeurt | weight=0.052
=gebracht | weight=0.052
=moeder =is | weight=0.051
=ga =het | weight=0.051
=niks =horen | weight=0.051, noneg
=ik =hier | weight=0.051
=kapotgemaakt | weight=0.051
=en =overweeg | weight=0.051
=veertien | weight=0.051
=veertien =dagen | weight=0.051
=wijst =mijn | weight=0.050
=contact =opgenomen | weight=0.049
=en =al | weight=0.049
=buitengewone =omstandigheden | weight=0.049
=ik =vandaag | weight=0.049
=ervaring =met | weight=0.049
=dagen =geen | weight=0.049, noneg
=lening | weight=0.049
=uur =vertraging | weight=0.049
=met =jullie | weight=0.049
=waarschuw | weight=0.048
=erbij | weight=0.048
=later =zit | weight=0.048
=buitengewone | weight=0.048
=trustpilot =en | weight=0.048
=gesmolten =de | weight=0.048
=zes =jaar | weight=0.048
=dit =hele | weight=0.048
=een =technische | weight=0.048
=af =omdat | weight=0.047
