# public_threat, nl: learned by scripts/learn.py from 3398 tuning texts (149 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Volgende stap is een advocaat.
+ We laten dit juridisch uitzoeken.
+ Ik ga dit melden bij Test Aankoop.
- we willen ons geld terug
- Geen minuut gewacht, top!
=advocaat | weight=0.474
=de =geschillencommissie | weight=0.421
=geschillencommissie | weight=0.415
=radar | weight=0.399
=juridisch | weight=0.363
=ingeschakeld | weight=0.350
=schakelen | weight=0.345
=mijn =advocaat | weight=0.330
=stap =naar | weight=0.312
=zien | weight=0.307
=dit | weight=0.299
=gaat | weight=0.297
=review | weight=0.297
=de =rechtszaal | weight=0.280
=rechtszaal | weight=0.280
=stap | weight=0.278
=ik =zet | weight=0.274
=met =radar | weight=0.270
=iedereen | weight=0.260
=blijf =jullie | weight=0.257
=taggen | weight=0.257
=consumentenbond | weight=0.254
=de =consumentenbond | weight=0.254
=google | weight=0.247
=test-aankoop | weight=0.247
=gemeld =bij | weight=0.234
=op =google | weight=0.227
=acm | weight=0.218
=de =acm | weight=0.218
=dit =verhaal | weight=0.216
=dit =gaat | weight=0.210
=ga | weight=0.209
=ga =dit | weight=0.203
=reken =maar | weight=0.199
=de =ombudsman | weight=0.188
=zet | weight=0.186
=review =volgt | weight=0.186
=volgt | weight=0.186
=de =huurcommissie | weight=0.184
=huurcommissie | weight=0.184
=stellen | weight=0.182
=gemeld | weight=0.180
=is =al | weight=0.180
=ga =een | weight=0.179
=ik =ga | weight=0.178
=we =hebben | weight=0.178
=op =trustpilot | weight=0.174
=trustpilot | weight=0.174
=gaat =dit | weight=0.173
=ombudsman | weight=0.171
=dit =ga | weight=0.167
=proces | weight=0.165
=ik =dien | weight=0.164
=dit =melden | weight=0.162
=krant | weight=0.159
=inspectie | weight=0.157
=een =advocaat | weight=0.157
=recensie | weight=0.155
=zet =jullie | weight=0.155
=unia | weight=0.154
=bij =unia | weight=0.152
=in =bij | weight=0.150
=ik =blijf | weight=0.150
=autoriteit | weight=0.150
=de =autoriteit | weight=0.150
=ik =stap | weight=0.149
=ik =melden | weight=0.146
=blijf | weight=0.146
=stappen | weight=0.145
=over =op | weight=0.144
=test | weight=0.144
=test =aankoop | weight=0.144
=reken | weight=0.141
=er =iets | weight=0.141
=kijken | weight=0.140
=komt =op | weight=0.139
=de =ombudsdienst | weight=0.139
=ombudsdienst | weight=0.139
=moet =dit | weight=0.138
=hier =een | weight=0.136
=dit =juridisch | weight=0.135
=uitzoeken | weight=0.135
=melden | weight=0.135
=hebben =de | weight=0.134
=een =klacht | weight=0.134
=dank =voor | weight=0.133
=heb =de | weight=0.132
=tv | weight=0.132
=consumentenbond =in | weight=0.132
=de =zaak | weight=0.131
=recensie =over | weight=0.131
=wij =een | weight=0.129
=gaat =viraal | weight=0.129
=viraal | weight=0.129
=juridisch =uitzoeken | weight=0.128
=laat =dit | weight=0.128
=wel =in | weight=0.128
=sturen =dit | weight=0.127
=naar =test-aankoop | weight=0.127
=levering =van | weight=0.125
=een =recensie | weight=0.125
=als =de | weight=0.125
=juridisch =afdeling | weight=0.124
=een =ingebrekestelling | weight=0.124
=ingebrekestelling | weight=0.124
=dien =een | weight=0.123
=ik =nemen | weight=0.123
=voor =niks | weight=0.122, noneg
=melden =ik | weight=0.122
=test-aankoop =stappen | weight=0.121
=naar =radar | weight=0.121
=wegens | weight=0.121
=rechtsbijstandsverzekering | weight=0.121
=bij =test-aankoop | weight=0.120
=genoodzaakt =rechtsmaatregelen | weight=0.120
=ons =genoodzaakt | weight=0.120
=rechtsmaatregelen | weight=0.120
=rechtsmaatregelen =te | weight=0.120
=te =treffen | weight=0.120
=treffen | weight=0.120
=de =rechtbank | weight=0.119
=rechtbank | weight=0.119
=een =jurist | weight=0.119
=jurist | weight=0.119
=jurist =in | weight=0.119
=stap =is | weight=0.119
=volgende =stap | weight=0.119
=klacht =in | weight=0.118
=indienen | weight=0.118
=mijn =omgeving | weight=0.116
=omgeving | weight=0.116
=tot | weight=0.116
=dien | weight=0.116
=zie =ik | weight=0.116
=flat | weight=0.116
=inmiddels =een | weight=0.115
=ga =ik | weight=0.115
=jullie =online | weight=0.114
=ben =naar | weight=0.113
=genoodzaakt | weight=0.112
=zodat | weight=0.111
=iets =gebeurt | weight=0.110
=reclame | weight=0.110
=ook =naar | weight=0.110
=advocaat =neemt | weight=0.109
=neemt =contact | weight=0.109
=aankoop | weight=0.109
=online =te | weight=0.109
=dit =bij | weight=0.107
=zal | weight=0.106
=verhaal =naar | weight=0.105
=google =met | weight=0.104
=een =melding | weight=0.104
=op =met | weight=0.102
=dit =weet | weight=0.102
=iedereen =moet | weight=0.102
=rt'en | weight=0.102
=rt'en =aub | weight=0.102
=te =kijken | weight=0.102
=want =zo | weight=0.101
=indienen =bij | weight=0.100
=de =schimmel | weight=0.100
=schimmel | weight=0.100
=met =foto's | weight=0.099
=zie | weight=0.098
=we =gaan | weight=0.098
=jullie =op | weight=0.097
=zet =dit | weight=0.096
=ik =jullie | weight=0.096
=tot =er | weight=0.095
=bij =de | weight=0.095
=jullie =wel | weight=0.095
=code =commissie | weight=0.095
=commissie | weight=0.095
=de =reclame | weight=0.095
=misleidende | weight=0.095
=onbeperkt | weight=0.095
=reclame =code | weight=0.095
=ik =sturen | weight=0.094
=nemen =contact | weight=0.094
=zet =ik | weight=0.094
=heb =inmiddels | weight=0.094
=op =facebook | weight=0.094
=lokale =krant | weight=0.093
=recht | weight=0.093
=gaan | weight=0.092
=bal | weight=0.091
=college | weight=0.090
=college =voor | weight=0.090
=de =recht | weight=0.090
=het =college | weight=0.090
=recht =van | weight=0.090
=de =inspectie | weight=0.090
=delen | weight=0.090
=vervangen =door | weight=0.089
=de =lokale | weight=0.089
=hiermee | weight=0.089
=hiermee =naar | weight=0.089
=facebook | weight=0.089
=neemt | weight=0.089
=neergelegd | weight=0.088
=review =op | weight=0.088
=aan =onze | weight=0.088
=lokale | weight=0.087
=buurtapp | weight=0.087
=advocaat =in | weight=0.086
=gaat =naar | weight=0.086
=bij =test | weight=0.085
=dank | weight=0.085
=contact =met | weight=0.085
=voor =aan | weight=0.085
=de =kwestie | weight=0.085
=kwestie | weight=0.085
=kwestie =inmiddels | weight=0.085
=gedaan =bij | weight=0.084
=de =levering | weight=0.084
=vader =een | weight=0.083
=melden =bij | weight=0.083
=op =twitter | weight=0.082
=twitter | weight=0.082
=gesmolten | weight=0.081
=ijs | weight=0.081
=over =schrijven | weight=0.080
=zaak =al | weight=0.080
=onbeperkt =reclame | weight=0.079
=aansprakelijk =en | weight=0.079
=zwaar | weight=0.078
=doe | weight=0.078
=een =lening | weight=0.077
=komt | weight=0.077
=review =over | weight=0.077
=de =tv | weight=0.076
=aansprakelijk | weight=0.076
=overdreven | weight=0.076
=tegen | weight=0.075
=er =ook | weight=0.075
=vriendin | weight=0.075
=ik =zal | weight=0.075
=een =filmpje | weight=0.074
=filmpje | weight=0.074
=op =tripadvisor | weight=0.074
=tripadvisor | weight=0.074
=er =een | weight=0.074
=op =x | weight=0.074
=mijn =ervaring | weight=0.074
=walgelijk | weight=0.074
=gaat =op | weight=0.074
=flat =is | weight=0.074
=uitblijven =van | weight=0.073
=procedure | weight=0.073
=schakelen =ik | weight=0.073
=autoriteit =persoonsgegevens | weight=0.073
=persoonsgegevens | weight=0.073
=als =u | weight=0.073
=melding =gedaan | weight=0.073
=aan =iedereen | weight=0.073
=al =gemeld | weight=0.072
=code | weight=0.072
=start | weight=0.071
=uitblijven | weight=0.071
=verhaal | weight=0.071
=thuiszorg | weight=0.070
=weet =hoe | weight=0.070
=we | weight=0.070
=dit =naar | weight=0.069
=met =deze | weight=0.067
=u =in | weight=0.067
=de =economische | weight=0.067
=economische | weight=0.067
=economische =inspectie | weight=0.067
=brengen =wij | weight=0.067
=buiten =via | weight=0.067
=wij =dit | weight=0.067
=ga =het | weight=0.067
=ijs =gesmolten | weight=0.067
=wij =hebben | weight=0.066
=dit =zet | weight=0.064
=haag | weight=0.064
=ga =naar | weight=0.064
=screenshots | weight=0.064
=verhaal =op | weight=0.064
=een =review | weight=0.063
=vocht | weight=0.063
=een =slechte | weight=0.063
=een =ster | weight=0.063
=u =deze | weight=0.063
=maken =er | weight=0.063
=mijn =volgers | weight=0.063
=tiktok | weight=0.063
=volgers | weight=0.063
=voor =tiktok | weight=0.063
=de =grote | weight=0.063
=grote =klok | weight=0.063
=klok | weight=0.063
=is =na | weight=0.063
=mij =de | weight=0.063
=iedereen =laat | weight=0.063
=dus =eh | weight=0.062
=onterecht | weight=0.062
=in =mijn | weight=0.061
=maand =nog | weight=0.061
=we =een | weight=0.061
=ik =maken | weight=0.060
=en =overweeg | weight=0.060
=nu =de | weight=0.060
=naar =buiten | weight=0.060
=een =vernietigende | weight=0.060
=vernietigende | weight=0.060
=er =wat | weight=0.060
=schimmel =in | weight=0.060
=kapotte =tv | weight=0.059
=alle =screenshots | weight=0.059
=met =alle | weight=0.059
=inmiddels | weight=0.058
=in =rekening | weight=0.058
=rekening =gebracht | weight=0.058
=ik =overweeg | weight=0.058
=ik =naar | weight=0.058
=vervangen | weight=0.058
=aankoop =en | weight=0.058
=van =dit | weight=0.058
=een =hele | weight=0.058
=trustpilot =en | weight=0.057
=slechte | weight=0.057
=hier | weight=0.057
=verpleeghuis | weight=0.057
=ik =vandaag | weight=0.057
=rijdt | weight=0.056
=verder | weight=0.056
=gebrek | weight=0.056
=een =rechtszaak | weight=0.055
=rechtszaak | weight=0.055
=gebracht | weight=0.055
=waarschuw | weight=0.055
=een =stukje | weight=0.055
=het =zien | weight=0.055
=linkedin | weight=0.055
=linkedin =zodat | weight=0.055
=mensen =het | weight=0.055
=meer =mensen | weight=0.055
=op =linkedin | weight=0.055
=stukje | weight=0.055
=stukje =over | weight=0.055
=zodat =meer | weight=0.055
=dat =wij | weight=0.054
=en =al | weight=0.054
=het =juridisch | weight=0.054
=juridisch =loket | weight=0.054
=naar =de | weight=0.054
=gebeurt | weight=0.054
=overgedragen =aan | weight=0.053
=die =u | weight=0.053
=die =misleidende | weight=0.053
=misleidende =onbeperkt | weight=0.053
=u =niet | weight=0.053, noneg
=slechte =review | weight=0.053
=gesmolten =de | weight=0.052
=zes =jaar | weight=0.052
=dit =te | weight=0.052
=voorgelegd | weight=0.052
=voorgelegd =aan | weight=0.052
=overgedragen | weight=0.052
=mijn =oudere | weight=0.051
=overweeg | weight=0.051
=mijn =vriendin | weight=0.051
=ga =hier | weight=0.051
=mijn =flat | weight=0.051
=juridisch =stappen | weight=0.051
=studenten | weight=0.050
=melding | weight=0.050
=declareer | weight=0.050
=lening | weight=0.050
=een =draadje | weight=0.050
=met =jullie | weight=0.050
=dit =zien | weight=0.050
=denk =dat | weight=0.049
=ik =denk | weight=0.049
=beleid =het | weight=0.049
=klant =dat | weight=0.049
=mijn =buurtapp | weight=0.049
=schrijven =over | weight=0.049
=heb =nu | weight=0.049
=excuses =andere | weight=0.049
=rij =daarna | weight=0.049
=vandaag =in | weight=0.049
=contact | weight=0.049
=trein | weight=0.049
=weken =een | weight=0.048
=ervaring =met | weight=0.048
=niet =binnen | weight=0.048, noneg
=veertien | weight=0.048
=veertien =dagen | weight=0.048
=maar =eerlijk | weight=0.048
=draadje | weight=0.048
=gemaakt | weight=0.047
=moeder =is | weight=0.047
=erbij | weight=0.046
=blijf =dit | weight=0.046
=dit =hier | weight=0.046
=hier =post | weight=0.046
