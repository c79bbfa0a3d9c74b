# public_threat, nl: learned by scripts/learn.py from 4090 tuning texts (159 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Volgende stap is een advocaat.
+ We laten dit juridisch uitzoeken.
+ Ik ga dit melden bij Test Aankoop.
- we willen ons geld terug
- Dank voor de snelle hulp!
=advocaat | weight=0.477
=de =geschillencommissie | weight=0.441
=geschillencommissie | weight=0.438
=radar | weight=0.384
=juridisch | weight=0.361
=ingeschakeld | weight=0.351
=schakelen | weight=0.328
=stap =naar | weight=0.325
=mijn =advocaat | weight=0.321
=zien | weight=0.320
=review | weight=0.316
=de =rechtszaal | weight=0.282
=rechtszaal | weight=0.282
=dit | weight=0.280
=ik =zet | weight=0.277
=met =radar | weight=0.272
=stap | weight=0.269
=consumentenbond | weight=0.266
=de =consumentenbond | weight=0.266
=blijf =jullie | weight=0.252
=taggen | weight=0.252
=test-aankoop | weight=0.249
=gaat | weight=0.247
=iedereen | weight=0.247
=google | weight=0.238
=gemeld =bij | weight=0.237
=dit =gaat | weight=0.226
=op =google | weight=0.221
=acm | weight=0.217
=de =acm | weight=0.217
=ga =dit | weight=0.215
=de =ombudsman | weight=0.214
=dit =verhaal | weight=0.209
=zet | weight=0.198
=ombudsman | weight=0.196
=gemeld | weight=0.196
=de =huurcommissie | weight=0.194
=huurcommissie | weight=0.194
=reken =maar | weight=0.192
=ga =een | weight=0.188
=ga | weight=0.186
=gaat =dit | weight=0.182
=stappen | weight=0.181
=review =volgt | weight=0.180
=volgt | weight=0.180
=stellen | weight=0.178
=op =trustpilot | weight=0.172
=trustpilot | weight=0.172
=proces | weight=0.172
=dit =ga | weight=0.171
=we =hebben | weight=0.171
=een =advocaat | weight=0.168
=als =de | weight=0.168
=in =bij | weight=0.165
=is =al | weight=0.159
=krant | weight=0.158
=ik =ga | weight=0.156
=unia | weight=0.155
=bij =unia | weight=0.153
=dit =melden | weight=0.153
=ik =dien | weight=0.152
=zet =jullie | weight=0.151
=inspectie | weight=0.150
=een =klacht | weight=0.149
=recensie | weight=0.144
=reken | weight=0.143
=ik =melden | weight=0.142
=ik =blijf | weight=0.140
=autoriteit | weight=0.140
=de =autoriteit | weight=0.140
=hier =een | weight=0.139
=gaat =viraal | weight=0.139
=viraal | weight=0.139
=melden | weight=0.138
=dit =juridisch | weight=0.136
=er =iets | weight=0.136
=blijf | weight=0.136
=de =zaak | weight=0.133
=rechtsbijstandsverzekering | weight=0.133
=wel =in | weight=0.133
=komt =op | weight=0.133
=test | weight=0.132
=test =aankoop | weight=0.132
=juridisch =uitzoeken | weight=0.131
=laat =dit | weight=0.131
=uitzoeken | weight=0.131
=wij =een | weight=0.131
=naar =test-aankoop | weight=0.129
=moet =dit | weight=0.128
=tv | weight=0.127
=consumentenbond =in | weight=0.127
=melden =ik | weight=0.126
=klacht =in | weight=0.126
=inmiddels =een | weight=0.126
=over =op | weight=0.126
=kijken | weight=0.125
=te =bestelling | weight=0.125
=dien | weight=0.125
=een =ingebrekestelling | weight=0.124
=ingebrekestelling | weight=0.124
=de =ombudsdienst | weight=0.124
=ombudsdienst | weight=0.124
=juridisch =afdeling | weight=0.124
=zie =ik | weight=0.123
=sturen =dit | weight=0.123
=dank =voor | weight=0.122
=ik =nemen | weight=0.122
=test-aankoop =stappen | weight=0.122
=levering =van | weight=0.122
=voor =niks | weight=0.121, noneg
=bij =test-aankoop | weight=0.120
=komt =een | weight=0.120
=zodat | weight=0.119
=tot | weight=0.118
=heb =de | weight=0.118
=wegens | weight=0.118
=een =jurist | weight=0.118
=jurist | weight=0.118
=jurist =in | weight=0.118
=stap =is | weight=0.118
=volgende =stap | weight=0.118
=recensie =over | weight=0.116
=genoodzaakt =rechtsmaatregelen | weight=0.115
=ons =genoodzaakt | weight=0.115
=rechtsmaatregelen | weight=0.115
=rechtsmaatregelen =te | weight=0.115
=te =treffen | weight=0.115
=treffen | weight=0.115
=hebben =de | weight=0.115
=ga =ik | weight=0.114
=flat | weight=0.113
=dien =een | weight=0.112
=review =over | weight=0.112
=reclame | weight=0.111
=iets =gebeurt | weight=0.111
=een =melding | weight=0.110
=dit =bij | weight=0.110
=jullie =online | weight=0.110
=de =rechtbank | weight=0.110
=rechtbank | weight=0.110
=ik =stap | weight=0.109
=genoodzaakt | weight=0.109
=ook =naar | weight=0.109
=een =recensie | weight=0.108
=zal | weight=0.108
=online =te | weight=0.108
=heb =inmiddels | weight=0.108
=een =review | weight=0.106
=zet =dit | weight=0.106
=dit =weet | weight=0.106
=iedereen =moet | weight=0.106
=rt'en | weight=0.106
=rt'en =aub | weight=0.106
=naar =radar | weight=0.106
=want =zo | weight=0.105
=indienen =bij | weight=0.105
=advocaat =neemt | weight=0.105
=neemt =contact | weight=0.105
=op =met | weight=0.104
=zie | weight=0.103
=aankoop | weight=0.102
=hiermee | weight=0.102
=hiermee =naar | weight=0.102
=jullie =wel | weight=0.102
=te =kijken | weight=0.102
=verhaal =naar | weight=0.101
=komt | weight=0.100
=ben =naar | weight=0.099
=delen | weight=0.099
=nemen =contact | weight=0.098
=google =met | weight=0.098
=bij =de | weight=0.098
=review =op | weight=0.097
=tot =er | weight=0.096
=code =commissie | weight=0.095
=commissie | weight=0.095
=de =reclame | weight=0.095
=reclame =code | weight=0.095
=jullie =op | weight=0.095
=indienen | weight=0.095
=de =per | weight=0.095
=we =gaan | weight=0.095
=onbeperkt | weight=0.094
=ik =sturen | weight=0.094
=lokale =krant | weight=0.094
=misleidende | weight=0.093
=gaat =naar | weight=0.093
=aan =onze | weight=0.092
=mijn =omgeving | weight=0.090
=omgeving | weight=0.090
=de =lokale | weight=0.090
=college | weight=0.090
=college =voor | weight=0.090
=de =recht | weight=0.090
=het =college | weight=0.090
=recht =van | weight=0.090
=walgelijk | weight=0.089
=lokale | weight=0.088
=vervangen =door | weight=0.088
=met =foto's | weight=0.087
=op =facebook | weight=0.087
=neergelegd | weight=0.087
=op =twitter | weight=0.086
=contact =met | weight=0.086
=buurtapp | weight=0.086
=aan =iedereen | weight=0.086
=bij =test | weight=0.085
=de =inspectie | weight=0.085
=twitter | weight=0.085
=ik =naar | weight=0.084
=zet =ik | weight=0.084
=over =schrijven | weight=0.084
=de =kwestie | weight=0.084
=kwestie | weight=0.084
=kwestie =inmiddels | weight=0.084
=facebook | weight=0.083
=neemt | weight=0.083
=onbeperkt =reclame | weight=0.083
=gesmolten | weight=0.083
=ijs | weight=0.083
=tegen | weight=0.083
=gedaan =bij | weight=0.082
=bal | weight=0.082
=gaat =op | weight=0.082
=er =ook | weight=0.082
=de =schimmel | weight=0.081
=schimmel | weight=0.081
=verhaal | weight=0.080
=gaan | weight=0.080
=iets =van | weight=0.079
=ijs =gesmolten | weight=0.079
=recht | weight=0.078
=advocaat =in | weight=0.077
=vriendin | weight=0.077
=aansprakelijk =en | weight=0.077
=iedereen =laat | weight=0.077
=niet =binnen | weight=0.077, noneg
=dank | weight=0.076
=een =filmpje | weight=0.076
=filmpje | weight=0.076
=we | weight=0.075
=schakelen =ik | weight=0.075
=uitblijven =van | weight=0.074
=screenshots | weight=0.074
=thuiszorg | weight=0.074
=zaak =al | weight=0.074
=aansprakelijk | weight=0.074
=een =ster | weight=0.073
=procedure | weight=0.073
=start | weight=0.073
=uitblijven | weight=0.073
=zwaar | weight=0.073
=melden =bij | weight=0.073
=wij =hebben | weight=0.072
=van =zei | weight=0.072
=omstandigheden | weight=0.072
=melding =gedaan | weight=0.071
=vader =een | weight=0.071
=code | weight=0.070
=dit =naar | weight=0.070
=al =gemeld | weight=0.070
=op =tripadvisor | weight=0.070
=tripadvisor | weight=0.070
=autoriteit =persoonsgegevens | weight=0.069
=persoonsgegevens | weight=0.069
=de =tv | weight=0.069
=een =lening | weight=0.069
=flat =is | weight=0.068
=voor =aan | weight=0.068
=we =een | weight=0.067
=u =in | weight=0.067
=brengen =wij | weight=0.067
=buiten =via | weight=0.067
=wij =dit | weight=0.067
=doe | weight=0.067
=mijn =ervaring | weight=0.067
=de =levering | weight=0.067
=mijn =vriendin | weight=0.066
=weet =hoe | weight=0.066
=op =x | weight=0.066
=als =u | weight=0.066
=de =economische | weight=0.065
=economische | weight=0.065
=economische =inspectie | weight=0.065
=een =vernietigende | weight=0.064
=vernietigende | weight=0.064
=met =deze | weight=0.063
=onterecht | weight=0.063
=de =grote | weight=0.063
=grote =klok | weight=0.063
=klok | weight=0.063
=dus =eh | weight=0.062
=verhaal =op | weight=0.062
=kapotte =tv | weight=0.062
=zal =de | weight=0.062
=consumentenbond =en | weight=0.061
=het =juridisch | weight=0.061
=juridisch =loket | weight=0.061
=jullie =te | weight=0.061
=het =vocht | weight=0.061
=u =deze | weight=0.060
=ga =hiermee | weight=0.060
=die =misleidende | weight=0.060
=misleidende =onbeperkt | weight=0.060
=vocht | weight=0.060
=die =u | weight=0.059
=een =stukje | weight=0.059
=het =zien | weight=0.059
=linkedin | weight=0.059
=linkedin =zodat | weight=0.059
=mensen =het | weight=0.059
=meer =mensen | weight=0.059
=op =linkedin | weight=0.059
=stukje | weight=0.059
=stukje =over | weight=0.059
=zodat =meer | weight=0.059
=ik =zal | weight=0.059
=overgedragen =aan | weight=0.059
=is =na | weight=0.059
=maand =nog | weight=0.059
=maken =er | weight=0.058
=mijn =volgers | weight=0.058
=tiktok | weight=0.058
=volgers | weight=0.058
=voor =tiktok | weight=0.058
=overdreven | weight=0.058
=nu =de | weight=0.058
=waarschuw | weight=0.058
=met =jullie | weight=0.058
=in =rekening | weight=0.058
=rekening =gebracht | weight=0.058
=trustpilot =en | weight=0.057
=stap =ik | weight=0.057
=ga =hier | weight=0.057
=verpleeghuis | weight=0.057
=naar =buiten | weight=0.057
=gebrek | weight=0.056
=naar =de | weight=0.056
=acm =en | weight=0.056
=er =wat | weight=0.056
=alle =screenshots | weight=0.056
=met =alle | weight=0.056
=een =slechte | weight=0.056
=ik =maken | weight=0.055
=dat =wij | weight=0.055
=ik =overweeg | weight=0.055
=overgedragen | weight=0.055
=in =mijn | weight=0.055
=mijn =flat | weight=0.054
=aub | weight=0.054
=slechte | weight=0.054
=studenten | weight=0.054
=ster | weight=0.054
=haag | weight=0.054
=filmpje =van | weight=0.053
=van =dit | weight=0.053
=mij =de | weight=0.053
=verder | weight=0.053
=inmiddels | weight=0.053
=jullie =reageren | weight=0.053
=gebracht | weight=0.053
=contact =opgenomen | weight=0.053
=dit =te | weight=0.052
=contact | weight=0.052
=zelf =kapotgemaakt | weight=0.051
=een =draadje | weight=0.051
=schade =niet | weight=0.051, noneg
=en =overweeg | weight=0.051
=weken =een | weight=0.051
=gebeurt | weight=0.051
=tussenpersoon | weight=0.051
=een =rechtszaak | weight=0.051
=rechtszaak | weight=0.051
=ingevuld =nooit | weight=0.051, noneg
=dit =zet | weight=0.051
=kapotgemaakt | weight=0.051
=een =hele | weight=0.050
=niks =horen | weight=0.050, noneg
=moeder =is | weight=0.050
=sturen =ik | weight=0.050
=draadje | weight=0.049
=voorgelegd | weight=0.049
=voorgelegd =aan | weight=0.049
=en =al | weight=0.049
=erbij | weight=0.049
=schrijven =over | weight=0.049
=ik =vandaag | weight=0.049
=melding | weight=0.048
=u =een | weight=0.048
=ze =helaas | weight=0.048
=dit =zien | weight=0.048
=wijst =mijn | weight=0.048
=blijf =dit | weight=0.048
=dit =hier | weight=0.048
=hier =post | weight=0.048
=post =tot | weight=0.048
=lening | weight=0.048
=ik =hier | weight=0.047
=buitengewone =omstandigheden | weight=0.047
=ervaring =met | weight=0.047
