# public_threat, nl: learned by scripts/learn.py from 3262 tuning texts (148 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Volgende stap is een advocaat.
+ We laten dit juridisch uitzoeken.
+ Ik ga dit melden bij Test Aankoop.
- we willen ons geld terug
- Geen minuut gewacht, top!
=advocaat | weight=0.474
=de =geschillencommissie | weight=0.420
=geschillencommissie | weight=0.416
=radar | weight=0.392
=juridisch | weight=0.357
=ingeschakeld | weight=0.352
=schakelen | weight=0.339
=mijn =advocaat | weight=0.333
=stap =naar | weight=0.315
=review | weight=0.306
=zien | weight=0.303
=gaat | weight=0.301
=dit | weight=0.300
=stap | weight=0.287
=ik =zet | weight=0.282
=de =rechtszaal | weight=0.278
=rechtszaal | weight=0.278
=met =radar | weight=0.274
=iedereen | weight=0.266
=blijf =jullie | weight=0.254
=taggen | weight=0.254
=consumentenbond | weight=0.253
=de =consumentenbond | weight=0.253
=google | weight=0.252
=test-aankoop | weight=0.245
=dit =verhaal | weight=0.233
=gemeld =bij | weight=0.231
=op =google | weight=0.225
=acm | weight=0.218
=de =acm | weight=0.218
=ga =dit | weight=0.216
=ga | weight=0.216
=dit =gaat | weight=0.209
=gemeld | weight=0.202
=reken =maar | weight=0.201
=ga =een | weight=0.189
=is =al | weight=0.189
=ik =ga | weight=0.188
=de =huurcommissie | weight=0.188
=huurcommissie | weight=0.188
=de =ombudsman | weight=0.187
=stellen | weight=0.186
=review =volgt | weight=0.184
=volgt | weight=0.184
=op =trustpilot | weight=0.182
=trustpilot | weight=0.182
=we =hebben | weight=0.181
=zet | weight=0.179
=gaat =dit | weight=0.171
=proces | weight=0.170
=dit =ga | weight=0.169
=ik =dien | weight=0.169
=ombudsman | weight=0.166
=ik =stap | weight=0.164
=unia | weight=0.159
=zet =jullie | weight=0.158
=recensie | weight=0.156
=bij =unia | weight=0.155
=een =advocaat | weight=0.155
=in =bij | weight=0.154
=krant | weight=0.153
=inspectie | weight=0.153
=heb =de | weight=0.152
=ik =melden | weight=0.152
=dit =melden | weight=0.151
=blijf | weight=0.151
=autoriteit | weight=0.146
=de =autoriteit | weight=0.146
=een =klacht | weight=0.144
=ik =blijf | weight=0.144
=test | weight=0.140
=test =aankoop | weight=0.140
=melden | weight=0.140
=stappen | weight=0.140
=moet =dit | weight=0.139
=komt =op | weight=0.139
=dit =juridisch | weight=0.137
=uitzoeken | weight=0.137
=wij =een | weight=0.137
=gaat =viraal | weight=0.137
=viraal | weight=0.137
=over =op | weight=0.137
=tv | weight=0.136
=reken | weight=0.135
=kijken | weight=0.135
=er =iets | weight=0.135
=juridisch =uitzoeken | weight=0.132
=laat =dit | weight=0.132
=consumentenbond =in | weight=0.132
=recensie =over | weight=0.131
=de =ombudsdienst | weight=0.131
=ombudsdienst | weight=0.131
=hebben =de | weight=0.131
=ga =ik | weight=0.130
=hier =een | weight=0.129
=dien =een | weight=0.128
=levering =van | weight=0.128
=wel =in | weight=0.128
=als =de | weight=0.127
=een =ingebrekestelling | weight=0.127
=ingebrekestelling | weight=0.127
=juridisch =afdeling | weight=0.126
=dank =voor | weight=0.126
=naar =test-aankoop | weight=0.126
=zal | weight=0.126
=ik =nemen | weight=0.124
=melden =ik | weight=0.124
=voor =niks | weight=0.123, noneg
=genoodzaakt =rechtsmaatregelen | weight=0.123
=ons =genoodzaakt | weight=0.123
=rechtsmaatregelen | weight=0.123
=rechtsmaatregelen =te | weight=0.123
=te =treffen | weight=0.123
=treffen | weight=0.123
=de =zaak | weight=0.122
=de =rechtbank | weight=0.121
=rechtbank | weight=0.121
=bij =test-aankoop | weight=0.119
=een =recensie | weight=0.119
=sturen =dit | weight=0.119
=een =jurist | weight=0.119
=jurist | weight=0.119
=jurist =in | weight=0.119
=klacht =in | weight=0.119
=mijn =omgeving | weight=0.119
=omgeving | weight=0.119
=wegens | weight=0.119
=stap =is | weight=0.118
=volgende =stap | weight=0.118
=zodat | weight=0.117
=zie =ik | weight=0.116
=naar =radar | weight=0.116
=aankoop | weight=0.115
=dien | weight=0.115
=test-aankoop =stappen | weight=0.114
=ook =naar | weight=0.114
=flat | weight=0.114
=rechtsbijstandsverzekering | weight=0.114
=genoodzaakt | weight=0.114
=tot | weight=0.114
=ben =naar | weight=0.113
=jullie =online | weight=0.111
=advocaat =neemt | weight=0.111
=neemt =contact | weight=0.111
=dit =bij | weight=0.111
=indienen | weight=0.111
=inmiddels =een | weight=0.111
=iets =gebeurt | weight=0.109
=op =met | weight=0.109
=reclame | weight=0.109
=online =te | weight=0.108
=bij =de | weight=0.104
=buurtapp | weight=0.103
=dit =weet | weight=0.103
=iedereen =moet | weight=0.103
=rt'en | weight=0.103
=rt'en =aub | weight=0.103
=een =melding | weight=0.102
=google =met | weight=0.100
=te =kijken | weight=0.100
=delen | weight=0.100
=indienen =bij | weight=0.099
=verhaal =naar | weight=0.099
=want =zo | weight=0.099
=de =schimmel | weight=0.099
=schimmel | weight=0.099
=we =gaan | weight=0.098
=aan =onze | weight=0.098
=lokale =krant | weight=0.097
=jullie =op | weight=0.096
=zet =dit | weight=0.095
=zie | weight=0.095
=op =facebook | weight=0.094
=neergelegd | weight=0.093
=code =commissie | weight=0.093
=commissie | weight=0.093
=de =reclame | weight=0.093
=misleidende | weight=0.093
=onbeperkt | weight=0.093
=reclame =code | weight=0.093
=zet =ik | weight=0.093
=heb =inmiddels | weight=0.093
=op =twitter | weight=0.092
=twitter | weight=0.092
=ik =jullie | weight=0.092
=tot =er | weight=0.091
=de =lokale | weight=0.091
=lokale | weight=0.091
=recht | weight=0.090
=tegen | weight=0.090
=college | weight=0.090
=college =voor | weight=0.090
=de =recht | weight=0.090
=het =college | weight=0.090
=recht =van | weight=0.090
=jullie =wel | weight=0.090
=de =inspectie | weight=0.090
=facebook | weight=0.089
=met =foto's | weight=0.089
=gaan | weight=0.089
=contact =met | weight=0.088
=gaat =naar | weight=0.087
=nemen =contact | weight=0.087
=hiermee | weight=0.087
=hiermee =naar | weight=0.087
=ik =sturen | weight=0.087
=bij =test | weight=0.087
=dank | weight=0.086
=gedaan =bij | weight=0.086
=review =op | weight=0.085
=vervangen =door | weight=0.084
=bal | weight=0.084
=voor =aan | weight=0.084
=de =levering | weight=0.083
=over =schrijven | weight=0.082
=aan =iedereen | weight=0.081
=de =kwestie | weight=0.081
=kwestie | weight=0.081
=kwestie =inmiddels | weight=0.081
=advocaat =in | weight=0.081
=neemt | weight=0.081
=komt | weight=0.080
=gesmolten | weight=0.079
=ijs | weight=0.079
=doe | weight=0.079
=zaak =al | weight=0.079
=aansprakelijk =en | weight=0.079
=onbeperkt =reclame | weight=0.078
=vader =een | weight=0.078
=een =filmpje | weight=0.077
=filmpje | weight=0.077
=melden =bij | weight=0.077
=walgelijk | weight=0.077
=mijn =ervaring | weight=0.077
=ijs =gesmolten | weight=0.077
=een =ster | weight=0.076
=als =u | weight=0.076
=er =ook | weight=0.076
=op =tripadvisor | weight=0.076
=tripadvisor | weight=0.076
=de =tv | weight=0.075
=aansprakelijk | weight=0.074
=al =gemeld | weight=0.074
=zwaar | weight=0.074
=een =lening | weight=0.074
=thuiszorg | weight=0.074
=autoriteit =persoonsgegevens | weight=0.074
=persoonsgegevens | weight=0.074
=procedure | weight=0.072
=uitblijven =van | weight=0.072
=melding =gedaan | weight=0.072
=u =in | weight=0.072
=start | weight=0.071
=overdreven | weight=0.071
=review =over | weight=0.070
=dit =zet | weight=0.070
=weet =hoe | weight=0.070
=flat =is | weight=0.070
=code | weight=0.069
=dit =naar | weight=0.069
=vriendin | weight=0.069
=ga =het | weight=0.068
=gaat =op | weight=0.068
=uitblijven | weight=0.068
=met =deze | weight=0.067
=we =een | weight=0.067
=er =een | weight=0.067
=op =x | weight=0.066
=naar =de | weight=0.066
=brengen =wij | weight=0.066
=buiten =via | weight=0.066
=wij =dit | weight=0.066
=wij =hebben | weight=0.065
=verpleeghuis | weight=0.065
=iedereen =laat | weight=0.065
=verhaal | weight=0.065
=verder | weight=0.065
=onterecht | weight=0.065
=u =deze | weight=0.064
=screenshots | weight=0.064
=maken =er | weight=0.064
=mijn =volgers | weight=0.064
=tiktok | weight=0.064
=volgers | weight=0.064
=voor =tiktok | weight=0.064
=de =economische | weight=0.063
=economische | weight=0.063
=economische =inspectie | weight=0.063
=een =review | weight=0.063
=de =grote | weight=0.063
=grote =klok | weight=0.063
=klok | weight=0.063
=vocht | weight=0.063
=mij =de | weight=0.063
=dat =wij | weight=0.063
=hier | weight=0.063
=ga =naar | weight=0.062
=verhaal =op | weight=0.062
=we | weight=0.062
=trustpilot =en | weight=0.062
=ik =zal | weight=0.061
=schakelen =ik | weight=0.061
=nu =de | weight=0.061
=een =hele | weight=0.061
=waarschuw | weight=0.061
=haag | weight=0.060
=die =misleidende | weight=0.060
=misleidende =onbeperkt | weight=0.060
=in =rekening | weight=0.060
=rekening =gebracht | weight=0.060
=ik =maken | weight=0.059
=is =na | weight=0.059
=kapotte =tv | weight=0.059
=een =vernietigende | weight=0.059
=vernietigende | weight=0.059
=maand =nog | weight=0.059
=ik =naar | weight=0.058
=van =dit | weight=0.058
=ik =overweeg | weight=0.058
=u =niet | weight=0.058, noneg
=een =stukje | weight=0.058
=het =zien | weight=0.058
=linkedin | weight=0.058
=linkedin =zodat | weight=0.058
=mensen =het | weight=0.058
=meer =mensen | weight=0.058
=op =linkedin | weight=0.058
=stukje | weight=0.058
=stukje =over | weight=0.058
=zodat =meer | weight=0.058
=alle =screenshots | weight=0.057
=met =alle | weight=0.057
=een =slechte | weight=0.057
=schimmel =in | weight=0.057
=er =wat | weight=0.057
=mijn =vriendin | weight=0.057
=dus =eh | weight=0.057
=gebracht | weight=0.056
=gebrek | weight=0.056
=naar =buiten | weight=0.056
=overweeg | weight=0.055
=dit =te | weight=0.055
=overgedragen =aan | weight=0.055
=die =u | weight=0.054
=aankoop =en | weight=0.054
=studenten | weight=0.054
=ga =hier | weight=0.054
=slechte | weight=0.053
=overgedragen | weight=0.053
=excuses =andere | weight=0.052
=formulier =niet | weight=0.052, noneg
=rij =daarna | weight=0.052
=vandaag =in | weight=0.052
=dit =zien | weight=0.052
=vervangen | weight=0.052
=ik =vandaag | weight=0.052
=denk =dat | weight=0.051
=ik =denk | weight=0.051
=en =al | weight=0.050
=mijn =flat | weight=0.050
=weken =een | weight=0.049
=acm =en | weight=0.049
=in =mijn | weight=0.049
=een =rechtszaak | weight=0.049
=rechtszaak | weight=0.049
=niemand =me | weight=0.049, noneg
=niet =binnen | weight=0.049, noneg
=en =overweeg | weight=0.049
=google =review | weight=0.049
=lening | weight=0.048
=het =juridisch | weight=0.048
=juridisch =loket | weight=0.048
=inmiddels | weight=0.048
=voorgelegd | weight=0.048
=voorgelegd =aan | weight=0.048
=blijf =dit | weight=0.048
=dit =hier | weight=0.048
=hier =post | weight=0.048
=post =tot | weight=0.048
=heb =nu | weight=0.048
=veertien | weight=0.048
=veertien =dagen | weight=0.048
=schrijven =over | weight=0.047
=later =zit | weight=0.047
=juridisch =stappen | weight=0.047
=maar =eerlijk | weight=0.047
=moeder =is | weight=0.047
=nu =bij | weight=0.046
=desnoods | weight=0.046
=desnoods =naar | weight=0.046
=en =desnoods | weight=0.046
=erbij | weight=0.046
=gesmolten =de | weight=0.046
=zes =jaar | weight=0.046
=u =een | weight=0.045
=eerlijk | weight=0.045
=dagen =geen | weight=0.045, noneg
=zit =de | weight=0.045
=weer =een | weight=0.045
=ik =hier | weight=0.045
