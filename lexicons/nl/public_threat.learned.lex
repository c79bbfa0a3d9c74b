# public_threat, nl: learned by scripts/learn.py from 4875 tuning texts (178 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Volgende stap is een advocaat.
+ We laten dit juridisch uitzoeken.
+ Ik ga dit melden bij Test Aankoop.
- ok dankje
- ok top dank je
=advocaat | weight=0.484
=de =geschillencommissie | weight=0.452
=geschillencommissie | weight=0.451
=juridisch | weight=0.399
=radar | weight=0.399
=ingeschakeld | weight=0.339
=mijn =advocaat | weight=0.335
=review | weight=0.329
=stap =naar | weight=0.327
=zien | weight=0.316
=stap | weight=0.298
=schakel | weight=0.297
=ik =zet | weight=0.296
=de =rechtszaal | weight=0.287
=rechtszaal | weight=0.287
=consumentenbond | weight=0.279
=de =consumentenbond | weight=0.279
=test-aankoop | weight=0.273
=met =radar | weight=0.267
=gemeld =bij | weight=0.263
=acm | weight=0.261
=de =acm | weight=0.261
=blijf =jullie | weight=0.247
=taggen | weight=0.247
=ga =dit | weight=0.242
=iedereen | weight=0.241
=reken =maar | weight=0.226
=de =ombudsman | weight=0.223
=dit | weight=0.222
=zet | weight=0.222
=dit =verhaal | weight=0.217
=google | weight=0.213
=ombudsman | weight=0.212
=gaat =dit | weight=0.206
=in =bij | weight=0.205
=op =google | weight=0.205
=de =huurcommissie | weight=0.200
=huurcommissie | weight=0.200
=stellen | weight=0.199
=dit =ga | weight=0.197
=ik =ga | weight=0.194
=gaat | weight=0.190
=ga | weight=0.188
=autoriteit | weight=0.183
=de =autoriteit | weight=0.183
=review =volgt | weight=0.181
=volgt | weight=0.181
=unia | weight=0.179
=ik =melden | weight=0.177
=dit =melden | weight=0.176
=krant | weight=0.176
=inspectie | weight=0.172
=als =de | weight=0.171
=ik =blijf | weight=0.169
=ik =dien | weight=0.167
=recensie | weight=0.167
=bij =unia | weight=0.164
=de =zaak | weight=0.164
=gaat =viraal | weight=0.163
=viraal | weight=0.163
=op =trustpilot | weight=0.161
=trustpilot | weight=0.161
=een =advocaat | weight=0.161
=komt =op | weight=0.159
=proces | weight=0.157
=tegen =jullie | weight=0.156
=dit =gaat | weight=0.156
=ga =een | weight=0.156
=blijf | weight=0.154
=dit =juridisch | weight=0.153
=zet =jullie | weight=0.152
=rechtsbijstandsverzekering | weight=0.150
=juridisch =uitzoeken | weight=0.150
=laat =dit | weight=0.150
=tv | weight=0.150
=de =ombudsdienst | weight=0.149
=ombudsdienst | weight=0.149
=over =op | weight=0.147
=test | weight=0.147
=test =aankoop | weight=0.147
=is =al | weight=0.146
=review =over | weight=0.144
=stappen | weight=0.142
=sturen =dit | weight=0.140
=melden | weight=0.139
=bij =test-aankoop | weight=0.139
=wij =een | weight=0.139
=juridisch =afdeling | weight=0.138
=indienen =bij | weight=0.137
=hebben =de | weight=0.137
=recensie =over | weight=0.137
=een =ingebrekestelling | weight=0.136
=ingebrekestelling | weight=0.136
=naar =test-aankoop | weight=0.134
=komt =een | weight=0.134
=moet =dit | weight=0.133
=wel =in | weight=0.132
=melden =ik | weight=0.132
=we =hebben | weight=0.131
=er =iets | weight=0.131
=google =met | weight=0.130
=iets =gebeurt | weight=0.129
=dank =voor | weight=0.128
=dien =een | weight=0.128
=ik =nemen | weight=0.128
=een =recensie | weight=0.126
=flat | weight=0.126
=zet =ik | weight=0.126
=inmiddels =een | weight=0.126
=levering =van | weight=0.125
=zodat | weight=0.125
=reclame | weight=0.124
=test-aankoop =stappen | weight=0.124
=de =rechtbank | weight=0.124
=rechtbank | weight=0.124
=voor =niks | weight=0.123, noneg
=op =twitter | weight=0.123
=naar =radar | weight=0.122
=zet =dit | weight=0.122
=aankoop | weight=0.120
=jullie =online | weight=0.119
=gaat =naar | weight=0.117
=consumentenbond =in | weight=0.116
=genoodzaakt =rechtsmaatregelen | weight=0.116
=ons =genoodzaakt | weight=0.116
=rechtsmaatregelen | weight=0.116
=rechtsmaatregelen =te | weight=0.116
=te =treffen | weight=0.116
=treffen | weight=0.116
=online =te | weight=0.116
=ga =ik | weight=0.115
=te =bestelling | weight=0.115
=een =jurist | weight=0.115
=jurist | weight=0.115
=jurist =in | weight=0.115
=ik =stap | weight=0.114
=een =review | weight=0.113
=zie =ik | weight=0.113
=genoodzaakt | weight=0.113
=verhaal =naar | weight=0.112
=delen | weight=0.111
=dit =weet | weight=0.111
=iedereen =moet | weight=0.111
=rt'en | weight=0.111
=rt'en =aub | weight=0.111
=te =kijken | weight=0.110
=ook =naar | weight=0.109
=stap =is | weight=0.109
=volgende =stap | weight=0.109
=de =per | weight=0.109
=advocaat =neemt | weight=0.108
=neemt =contact | weight=0.108
=twitter | weight=0.108
=jullie =wel | weight=0.107
=ik =sturen | weight=0.107
=want =zo | weight=0.106
=hier =een | weight=0.105
=op =facebook | weight=0.105
=ben =naar | weight=0.105
=gemeld | weight=0.105
=gedaan =bij | weight=0.104
=reken | weight=0.103
=bij =test | weight=0.103
=aan =onze | weight=0.102
=gaat =op | weight=0.101
=advocaat =in | weight=0.100
=zal | weight=0.100
=facebook | weight=0.100
=de =inspectie | weight=0.099
=ik =schakel | weight=0.098
=recht | weight=0.098
=stap =ik | weight=0.096
=lokale =krant | weight=0.096
=tot =er | weight=0.096
=vervangen =door | weight=0.095
=college | weight=0.095
=college =voor | weight=0.095
=de =recht | weight=0.095
=het =college | weight=0.095
=recht =van | weight=0.095
=op =met | weight=0.095
=heb =de | weight=0.095
=over =schrijven | weight=0.094
=melden =bij | weight=0.094
=melding =gedaan | weight=0.094
=code =commissie | weight=0.094
=commissie | weight=0.094
=de =reclame | weight=0.094
=reclame =code | weight=0.094
=kwestie =inmiddels | weight=0.093
=de =lokale | weight=0.093
=hiermee | weight=0.093
=hiermee =naar | weight=0.093
=buurtapp | weight=0.092
=niet =vandaag | weight=0.092, noneg
=misleidende | weight=0.092
=aansprakelijk =en | weight=0.092
=lokale | weight=0.092
=uitzoeken | weight=0.092
=neergelegd | weight=0.092
=walgelijk | weight=0.092
=let | weight=0.091
=neemt | weight=0.091
=dit =bij | weight=0.091
=de =kwestie | weight=0.091
=kwestie | weight=0.091
=ster | weight=0.090
=klacht =in | weight=0.089
=we =gaan | weight=0.089
=jullie =op | weight=0.089
=review =op | weight=0.088
=dien | weight=0.088
=uitblijven =van | weight=0.087
=wegens | weight=0.087
=gesmolten | weight=0.087
=ijs | weight=0.087
=aub | weight=0.087
=bal | weight=0.086
=uitblijven | weight=0.086
=niet =binnen | weight=0.086, noneg
=zie | weight=0.085
=zaak =al | weight=0.085
=een =filmpje | weight=0.085
=filmpje | weight=0.085
=mijn =omgeving | weight=0.085
=omgeving | weight=0.085
=het =op | weight=0.085
=sturen =want | weight=0.084
=autoriteit =persoonsgegevens | weight=0.084
=persoonsgegevens | weight=0.084
=ijs =gesmolten | weight=0.084
=flat =is | weight=0.083
=zwaar | weight=0.083
=een =melding | weight=0.081
=de =tv | weight=0.081
=verhaal | weight=0.080
=nemen =contact | weight=0.080
=start | weight=0.080
=vader =een | weight=0.079
=verder | weight=0.079
=de =schimmel | weight=0.079
=onbeperkt =reclame | weight=0.079
=iets =van | weight=0.079
=dit =naar | weight=0.079
=een =klacht | weight=0.078
=de =levering | weight=0.078
=schimmel | weight=0.077
=doe | weight=0.077
=vriendin | weight=0.077
=een =slechte | weight=0.077
=overweeg =naar | weight=0.076
=ga =hier | weight=0.076
=ik =naar | weight=0.076
=contact =opgenomen | weight=0.076
=bij =de | weight=0.074
=voor =aan | weight=0.073
=brengen =wij | weight=0.073
=buiten =via | weight=0.073
=wij =dit | weight=0.073
=met =deze | weight=0.073
=de =economische | weight=0.073
=economische | weight=0.073
=economische =inspectie | weight=0.073
=omstandigheden | weight=0.073
=laat =zit | weight=0.072
=van =zei | weight=0.072
=sturen =ik | weight=0.072
=slechte =review | weight=0.072
=code | weight=0.072
=consumentenbond =en | weight=0.071
=thuiszorg | weight=0.071
=screenshots | weight=0.070
=op =tripadvisor | weight=0.070
=tripadvisor | weight=0.070
=maken =er | weight=0.070
=mijn =volgers | weight=0.070
=tiktok | weight=0.070
=volgers | weight=0.070
=voor =tiktok | weight=0.070
=gebeurt | weight=0.070
=onbeperkt | weight=0.070
=dank | weight=0.069
=mijn =vriendin | weight=0.068
=overgedragen =aan | weight=0.068
=met =foto's | weight=0.068
=schakel =ik | weight=0.068
=op =x | weight=0.068
=mijn =flat | weight=0.067
=ik =maken | weight=0.067
=aan =iedereen | weight=0.067
=iedereen =laat | weight=0.067
=naar =buiten | weight=0.066
=overdreven | weight=0.066
=is =zo | weight=0.066
=overgedragen | weight=0.066
=is =na | weight=0.065
=tot | weight=0.065
=maand =nog | weight=0.064
=blijf =dit | weight=0.064
=dit =hier | weight=0.064
=hier =post | weight=0.064
=post =tot | weight=0.064
=alle =screenshots | weight=0.064
=met =alle | weight=0.064
=een =vernietigende | weight=0.063
=vernietigende | weight=0.063
=gaan | weight=0.063
=kapotte =tv | weight=0.063
=dit =aan | weight=0.063
=filmpje =van | weight=0.063
=als =u | weight=0.063
=om =bij | weight=0.062
=het =vocht | weight=0.062
=waarschuw | weight=0.062
=mij =de | weight=0.062
=vocht | weight=0.061
=een =hele | weight=0.061
=we | weight=0.061
=u =deze | weight=0.061
=de =grote | weight=0.061
=grote =klok | weight=0.061
=klok | weight=0.061
=hoe =jullie | weight=0.060
=zodat =andere | weight=0.060
=met =jullie | weight=0.060
=jullie =reageren | weight=0.060
=en =overweeg | weight=0.060
=al =gebeld | weight=0.059
=dus =eh | weight=0.059
=zelf =kapotgemaakt | weight=0.059
=gebrek | weight=0.059
=haag | weight=0.059
=al =gemeld | weight=0.058
=en =zet | weight=0.058
=tegen | weight=0.058
=we =een | weight=0.058
=voorgelegd | weight=0.058
=voorgelegd =aan | weight=0.058
=kapotgemaakt | weight=0.057
=een =lening | weight=0.057
=dit =hele | weight=0.057
=melding | weight=0.057
=een =stukje | weight=0.057
=het =zien | weight=0.057
=linkedin | weight=0.057
=linkedin =zodat | weight=0.057
=mensen =het | weight=0.057
=meer =mensen | weight=0.057
=op =linkedin | weight=0.057
=stukje | weight=0.057
=stukje =over | weight=0.057
=zodat =meer | weight=0.057
=wijk | weight=0.057
=ik =hier | weight=0.057
=ik =zal | weight=0.057
=een =ster | weight=0.056
=dit =zet | weight=0.056
=het =juridisch | weight=0.056
=juridisch =loket | weight=0.056
=die =u | weight=0.056
=u =een | weight=0.056
=schade =niet | weight=0.056, noneg
=eh | weight=0.055
=naar =kijken | weight=0.055
=juridisch =stappen | weight=0.055
=media | weight=0.055
=social =media | weight=0.055
=in =mijn | weight=0.055
=aansprakelijk | weight=0.054
=zo =slechte | weight=0.054
=die =misleidende | weight=0.054
=misleidende =onbeperkt | weight=0.054
=ik =jullie | weight=0.054
=mijn =oudere | weight=0.054
=gegeven | weight=0.053
=schrijven =over | weight=0.053
=leeg =ik | weight=0.053
=beleid | weight=0.052
=goed =bezig | weight=0.052
=studenten | weight=0.052
=social | weight=0.052
=datalek | weight=0.052
=opgenomen | weight=0.052
=er =ook | weight=0.052
=indienen | weight=0.052
=een =rechtszaak | weight=0.052
=rechtszaak | weight=0.052
=trustpilot =en | weight=0.051
=rijdt | weight=0.051
=in =rekening | weight=0.051
=rekening =gebracht | weight=0.051
=slechte | weight=0.050
=ga =hiermee | weight=0.050
=het =dan | weight=0.050
=schrijf | weight=0.049
=contact =met | weight=0.049
=later =zit | weight=0.049
=een =eerlijk | weight=0.049
=zit =de | weight=0.049
=dit =zien | weight=0.049
