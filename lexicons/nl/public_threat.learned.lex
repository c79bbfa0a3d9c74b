# public_threat, nl: learned by scripts/learn.py from 4470 tuning texts (167 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Volgende stap is een advocaat.
+ We laten dit juridisch uitzoeken.
+ Ik ga dit melden bij Test Aankoop.
- ok dankje
- we willen ons geld terug
=advocaat | weight=0.487
=de =geschillencommissie | weight=0.449
=geschillencommissie | weight=0.440
=radar | weight=0.393
=juridisch | weight=0.389
=ingeschakeld | weight=0.341
=mijn =advocaat | weight=0.328
=review | weight=0.318
=zien | weight=0.315
=schakel | weight=0.314
=stap =naar | weight=0.312
=ik =zet | weight=0.284
=stap | weight=0.284
=de =rechtszaal | weight=0.279
=rechtszaal | weight=0.279
=met =radar | weight=0.268
=consumentenbond | weight=0.268
=de =consumentenbond | weight=0.268
=dit | weight=0.261
=test-aankoop | weight=0.257
=blijf =jullie | weight=0.252
=taggen | weight=0.252
=acm | weight=0.249
=de =acm | weight=0.249
=google | weight=0.241
=iedereen | weight=0.240
=de =ombudsman | weight=0.236
=gaat | weight=0.228
=ga =dit | weight=0.226
=op =google | weight=0.222
=gemeld =bij | weight=0.220
=ombudsman | weight=0.220
=dit =verhaal | weight=0.217
=zet | weight=0.204
=reken =maar | weight=0.199
=gaat =dit | weight=0.199
=de =huurcommissie | weight=0.195
=huurcommissie | weight=0.195
=ga | weight=0.194
=stellen | weight=0.188
=in =bij | weight=0.182
=ga =een | weight=0.181
=review =volgt | weight=0.178
=volgt | weight=0.178
=gemeld | weight=0.177
=dit =ga | weight=0.173
=ik =ga | weight=0.172
=inspectie | weight=0.171
=een =advocaat | weight=0.170
=is =al | weight=0.170
=proces | weight=0.170
=krant | weight=0.169
=ik =melden | weight=0.168
=als =de | weight=0.168
=stappen | weight=0.167
=unia | weight=0.165
=op =trustpilot | weight=0.164
=trustpilot | weight=0.164
=ik =dien | weight=0.164
=bij =unia | weight=0.162
=reken | weight=0.161
=dit =melden | weight=0.160
=gaat =viraal | weight=0.159
=viraal | weight=0.159
=dit =gaat | weight=0.154
=ik =blijf | weight=0.154
=autoriteit | weight=0.154
=de =autoriteit | weight=0.154
=zet =jullie | weight=0.153
=blijf | weight=0.153
=de =zaak | weight=0.149
=wij =een | weight=0.149
=sturen =dit | weight=0.148
=de =ombudsdienst | weight=0.147
=ombudsdienst | weight=0.147
=dit =juridisch | weight=0.147
=tv | weight=0.146
=hebben =de | weight=0.145
=recensie | weight=0.144
=komt =op | weight=0.137
=rechtsbijstandsverzekering | weight=0.137
=we =hebben | weight=0.137
=er =iets | weight=0.136
=test | weight=0.136
=test =aankoop | weight=0.136
=levering =van | weight=0.135
=melden | weight=0.134
=een =ingebrekestelling | weight=0.132
=ingebrekestelling | weight=0.132
=melden =ik | weight=0.132
=juridisch =afdeling | weight=0.131
=juridisch =uitzoeken | weight=0.131
=laat =dit | weight=0.131
=over =op | weight=0.131
=wel =in | weight=0.130
=bij =test-aankoop | weight=0.130
=voor =niks | weight=0.129, noneg
=zodat | weight=0.127
=moet =dit | weight=0.127
=naar =test-aankoop | weight=0.127
=indienen =bij | weight=0.126
=wegens | weight=0.125
=uitzoeken | weight=0.124
=een =melding | weight=0.124
=review =over | weight=0.123
=zal | weight=0.122
=naar =radar | weight=0.122
=flat | weight=0.122
=dien =een | weight=0.122
=de =rechtbank | weight=0.121
=rechtbank | weight=0.121
=inmiddels =een | weight=0.121
=dank =voor | weight=0.120
=zie =ik | weight=0.119
=genoodzaakt =rechtsmaatregelen | weight=0.118
=ons =genoodzaakt | weight=0.118
=rechtsmaatregelen | weight=0.118
=rechtsmaatregelen =te | weight=0.118
=te =treffen | weight=0.118
=treffen | weight=0.118
=komt =een | weight=0.118
=test-aankoop =stappen | weight=0.118
=aankoop | weight=0.116
=ik =nemen | weight=0.116
=jullie =online | weight=0.116
=iets =gebeurt | weight=0.116
=een =review | weight=0.115
=te =bestelling | weight=0.115
=hier =een | weight=0.115
=recensie =over | weight=0.114
=reclame | weight=0.114
=genoodzaakt | weight=0.111
=zet =dit | weight=0.111
=verhaal =naar | weight=0.111
=online =te | weight=0.111
=een =jurist | weight=0.111
=jurist | weight=0.111
=jurist =in | weight=0.111
=consumentenbond =in | weight=0.110
=tot | weight=0.110
=dit =weet | weight=0.109
=iedereen =moet | weight=0.109
=rt'en | weight=0.109
=rt'en =aub | weight=0.109
=stap =is | weight=0.109
=volgende =stap | weight=0.109
=want =zo | weight=0.108
=ik =stap | weight=0.108
=ook =naar | weight=0.106
=advocaat =neemt | weight=0.106
=neemt =contact | weight=0.106
=google =met | weight=0.106
=een =recensie | weight=0.106
=jullie =wel | weight=0.105
=heb =de | weight=0.105
=te =kijken | weight=0.104
=op =facebook | weight=0.103
=zie | weight=0.103
=ben =naar | weight=0.102
=de =per | weight=0.101
=een =klacht | weight=0.101
=hiermee | weight=0.101
=hiermee =naar | weight=0.101
=de =inspectie | weight=0.100
=gaat =naar | weight=0.099
=gaan | weight=0.099
=facebook | weight=0.099
=tot =er | weight=0.099
=bij =test | weight=0.099
=op =met | weight=0.099
=kijken | weight=0.098
=komt | weight=0.098
=ga =ik | weight=0.097
=aan =onze | weight=0.097
=ik =sturen | weight=0.097
=ik =schakel | weight=0.097
=review =op | weight=0.096
=code =commissie | weight=0.096
=commissie | weight=0.096
=de =reclame | weight=0.096
=reclame =code | weight=0.096
=college | weight=0.096
=college =voor | weight=0.096
=de =recht | weight=0.096
=het =college | weight=0.096
=recht =van | weight=0.096
=klacht =in | weight=0.096
=delen | weight=0.095
=misleidende | weight=0.094
=onbeperkt | weight=0.094
=gedaan =bij | weight=0.094
=dien | weight=0.094
=zet =ik | weight=0.092
=neergelegd | weight=0.091
=advocaat =in | weight=0.091
=ik =naar | weight=0.090
=gaat =op | weight=0.089
=lokale =krant | weight=0.089
=we =gaan | weight=0.089
=nemen =contact | weight=0.089
=recht | weight=0.089
=de =schimmel | weight=0.088
=aansprakelijk =en | weight=0.088
=op =x | weight=0.088
=mijn =omgeving | weight=0.088
=omgeving | weight=0.088
=de =kwestie | weight=0.088
=kwestie | weight=0.088
=kwestie =inmiddels | weight=0.088
=dit =naar | weight=0.088
=walgelijk | weight=0.087
=melding =gedaan | weight=0.086
=jullie =op | weight=0.086
=de =lokale | weight=0.086
=schimmel | weight=0.086
=niet =binnen | weight=0.085, noneg
=uitblijven =van | weight=0.085
=met =foto's | weight=0.084
=buurtapp | weight=0.084
=lokale | weight=0.084
=start | weight=0.084
=uitblijven | weight=0.084
=op =twitter | weight=0.084
=vervangen =door | weight=0.084
=melden =bij | weight=0.083
=bal | weight=0.082
=de =levering | weight=0.082
=vriendin | weight=0.082
=zwaar | weight=0.081
=over =schrijven | weight=0.080
=flat =is | weight=0.080
=neemt | weight=0.080
=twitter | weight=0.080
=iets =van | weight=0.080
=gesmolten | weight=0.079
=ijs | weight=0.079
=stap =ik | weight=0.079
=zaak =al | weight=0.079
=vader =een | weight=0.077
=ijs =gesmolten | weight=0.077
=voor =aan | weight=0.077
=de =tv | weight=0.076
=indienen | weight=0.075
=bij =de | weight=0.075
=code | weight=0.075
=melding | weight=0.074
=al =gemeld | weight=0.074
=onbeperkt =reclame | weight=0.074
=er =ook | weight=0.073
=doe | weight=0.073
=een =lening | weight=0.073
=dit =bij | weight=0.072
=dank | weight=0.072
=een =filmpje | weight=0.072
=filmpje | weight=0.072
=op =tripadvisor | weight=0.071
=tripadvisor | weight=0.071
=omstandigheden | weight=0.071
=de =economische | weight=0.071
=economische | weight=0.071
=economische =inspectie | weight=0.071
=weet =hoe | weight=0.070
=aub | weight=0.070
=aan =iedereen | weight=0.070
=verder | weight=0.070
=mijn =vriendin | weight=0.070
=schakel =ik | weight=0.069
=laat =zit | weight=0.069
=van =zei | weight=0.069
=maand =nog | weight=0.068
=contact | weight=0.068
=mijn =flat | weight=0.068
=autoriteit =persoonsgegevens | weight=0.068
=persoonsgegevens | weight=0.068
=brengen =wij | weight=0.068
=buiten =via | weight=0.068
=wij =dit | weight=0.068
=overweeg =naar | weight=0.067
=is =na | weight=0.067
=overgedragen =aan | weight=0.067
=mijn =ervaring | weight=0.067
=als =u | weight=0.067
=voorgelegd | weight=0.066
=voorgelegd =aan | weight=0.066
=thuiszorg | weight=0.066
=slechte | weight=0.066
=die =u | weight=0.066
=verpleeghuis | weight=0.066
=ster | weight=0.065
=in =mijn | weight=0.065
=screenshots | weight=0.065
=overgedragen | weight=0.064
=met =deze | weight=0.063
=u =in | weight=0.063
=we | weight=0.063
=een =slechte | weight=0.063
=tegen | weight=0.063
=acm =en | weight=0.062
=consumentenbond =en | weight=0.062
=gebeurt | weight=0.062
=contact =opgenomen | weight=0.061
=haag | weight=0.061
=een =vernietigende | weight=0.061
=vernietigende | weight=0.061
=verhaal | weight=0.061
=kapotte =tv | weight=0.061
=met =jullie | weight=0.061
=overdreven | weight=0.061
=u =een | weight=0.061
=we =een | weight=0.061
=u =deze | weight=0.060
=het =juridisch | weight=0.060
=juridisch =loket | weight=0.060
=lening | weight=0.060
=contact =met | weight=0.060
=maar =op | weight=0.060
=maken =er | weight=0.059
=mijn =volgers | weight=0.059
=tiktok | weight=0.059
=volgers | weight=0.059
=voor =tiktok | weight=0.059
=sturen =ik | weight=0.059
=iedereen =laat | weight=0.059
=dit =aan | weight=0.059
=onterecht | weight=0.059
=en =overweeg | weight=0.058
=verhaal =op | weight=0.058
=dit =te | weight=0.058
=heb =dit | weight=0.058
=sturen | weight=0.058
=mij =de | weight=0.058
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
=studenten | weight=0.057
=het =vocht | weight=0.057
=de =grote | weight=0.057
=grote =klok | weight=0.057
=klok | weight=0.057
=ik =maken | weight=0.057
=die =misleidende | weight=0.057
=misleidende =onbeperkt | weight=0.057
=ga =hier | weight=0.056
=gebrek | weight=0.056
=vocht | weight=0.056
=om =bij | weight=0.056
=een =ster | weight=0.056
=een =hele | weight=0.056
=er =een | weight=0.055
=naar =buiten | weight=0.055
=alle =screenshots | weight=0.055
=met =alle | weight=0.055
=blijf =dit | weight=0.055
=dit =hier | weight=0.055
=hier =post | weight=0.055
=post =tot | weight=0.055
=schade =niet | weight=0.055, noneg
=ik =zal | weight=0.055
=filmpje =van | weight=0.054
=zelf =kapotgemaakt | weight=0.054
=dus =eh | weight=0.054
=in =rekening | weight=0.053
=rekening =gebracht | weight=0.053
=zei =werd | weight=0.053
=waarschuw | weight=0.053
=jullie =te | weight=0.052
=kapotgemaakt | weight=0.052
=ga =hiermee | weight=0.052
=dit =zet | weight=0.051
=juridisch =stappen | weight=0.051
=dat =wij | weight=0.051
=een =rechtszaak | weight=0.051
=rechtszaak | weight=0.051
=zal =de | weight=0.050
=slechte =review | weight=0.049
=moeder =is | weight=0.049
=mijn =oudere | weight=0.049
=trustpilot =en | weight=0.049
=datalek | weight=0.049
=nu =de | weight=0.049
=mogen | weight=0.048
=grote | weight=0.048
=ingevuld =nooit | weight=0.048, noneg
=ik =jullie | weight=0.047
=wijst =mijn | weight=0.047
=er =wat | weight=0.047
=wijk | weight=0.047
=goed =bezig | weight=0.047
=boodschappen | weight=0.047
=helaas =niks | weight=0.047, noneg
=denk =dat | weight=0.047
=ik =denk | weight=0.047
=later =zit | weight=0.047
