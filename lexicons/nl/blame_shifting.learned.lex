# blame_shifting, nl: learned by scripts/learn.py from 3262 tuning texts (266 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Verkoper wilde niet naar mijn kapotte telefoon kijken, ik moest het zelf maar via de app van de fabrikant regelen.
+ Ze schoven de schuld gewoon af op de bezorger.
+ ze zei dat ik de formulieren verkeerd had ingevuld
- we willen ons geld terug
- Geen minuut gewacht, top!
=de =fabrikant | weight=0.428
=fabrikant | weight=0.428
=zelf =had | weight=0.390
=ligt | weight=0.366
=schuld | weight=0.356
=het =zou | weight=0.353
=veroorzaakt | weight=0.326
=het =mijn | weight=0.305
=vol =dat | weight=0.294
=formulier =verkeerde | weight=0.294
=liggen | weight=0.291
=da's | weight=0.285
=wijzen =naar | weight=0.277
=het =zelf | weight=0.275
=de =bestelling | weight=0.265
=zou =aan | weight=0.265
=wijzen | weight=0.264
=een =gebruikersfout | weight=0.259
=gebruikersfout | weight=0.259
=volgens =die | weight=0.258
=komt =door | weight=0.256
=verantwoordelijkheid | weight=0.256
=de =vervoerder | weight=0.248
=vervoerder | weight=0.248
=de =schuld | weight=0.245
=door =mijn | weight=0.243
=ik =loog | weight=0.241
=loog | weight=0.241
=beweert | weight=0.240
=beweert =dat | weight=0.240
=schuiven | weight=0.238
=beter =had | weight=0.238
=beweren | weight=0.237
=wijten | weight=0.237
=niet =hun | weight=0.236, noneg
=niet =aan | weight=0.233, noneg
=verkeerde =had | weight=0.231
=vol | weight=0.230
=de =webshop | weight=0.228
=het =toestel | weight=0.224
=de =schade | weight=0.218
=beweren =dat | weight=0.218
=me =dat | weight=0.217
=volgens =de | weight=0.216
=onderaannemer | weight=0.213
=zelf =verkeerde | weight=0.213
=verkeerde =ingevuld | weight=0.210
=een =zaak | weight=0.208
=daar =hebben | weight=0.206
=ze =houden | weight=0.205
=wezen | weight=0.204
=naar =elkaar | weight=0.202
=fout =van | weight=0.201
=alles =werd | weight=0.200
=zegt =dat | weight=0.200
=het =systeem | weight=0.199
=doet =dat | weight=0.199
=systeem =doet | weight=0.199
=mijn =schuld | weight=0.199
=dat =is | weight=0.196
=bezorgdienst =uitvechten | weight=0.195
=uitvechten | weight=0.195
=het =door | weight=0.195
=wij =niks | weight=0.194, noneg
=door =naar | weight=0.194
=zelf =kapotte | weight=0.191
=het =magazijn | weight=0.190
=wifi | weight=0.190
=probleem | weight=0.190
=dat =onze | weight=0.189
=klacht =werd | weight=0.189
=onjuist | weight=0.189
=webshop | weight=0.188
=koerier | weight=0.188
=storing =bij | weight=0.188
=gescheurde | weight=0.187
=ze =beweren | weight=0.186
=verwijst | weight=0.185
=uw =eigen | weight=0.185
=schuiven =het | weight=0.185
=gedaan =heeft | weight=0.184
=wij =te | weight=0.183
=het =slot | weight=0.183
=man =zegt | weight=0.182
=het =formulier | weight=0.181
=systeem =dat | weight=0.180
=moet =lezen | weight=0.174
=zegt =ik | weight=0.174
=wast | weight=0.172
=en =niet | weight=0.171, noneg
=komt | weight=0.170
=dat =komt | weight=0.169
=storing | weight=0.168
=nooit =heb | weight=0.167, noneg
=verantwoordelijkheid =voor | weight=0.166
=zegt =de | weight=0.165
=vorige =eigenaar | weight=0.164
=hebben =wij | weight=0.163
=krijg =wij | weight=0.162
=de =leverancier | weight=0.162
=zaak =van | weight=0.162
=elkaar | weight=0.162
=schoven | weight=0.161
=ze =schoven | weight=0.161
=niet =zei | weight=0.160, noneg
=door =mij | weight=0.160
=de =netbeheerder | weight=0.160
=netbeheerder | weight=0.160
=waarschijnlijk | weight=0.159
=gedaan | weight=0.159
=garage =de | weight=0.159
=mislukt | weight=0.159
=de =onderaannemer | weight=0.158
=kapotgemaakt | weight=0.158
=u =had | weight=0.157
=niet =stuurde | weight=0.157, noneg
=ziekenhuis =zegt | weight=0.157
=de =kapper | weight=0.156
=dat =ligt | weight=0.155
=zijn =hand | weight=0.155
=zaak | weight=0.154
=geannuleerd | weight=0.153
=niet =goed | weight=0.153, noneg
=gevolg | weight=0.153
=er =iets | weight=0.153
=altijd =iemand | weight=0.152
=het =gedaan | weight=0.152
=uw =probleem | weight=0.152
=ik =m | weight=0.151
=kapper | weight=0.150
=volgens =hen | weight=0.150
=slijtage | weight=0.150
=zelf =heb | weight=0.150
=systeem =daar | weight=0.150
=agent | weight=0.148
=gehad =dus | weight=0.147
=moet =zijn | weight=0.147
=zegt =het | weight=0.147
=niet =onze | weight=0.147, noneg
=moest =zijn | weight=0.147
=pakket =zelf | weight=0.145
=de =transporteur | weight=0.144
=transporteur | weight=0.144
=doen =alsof | weight=0.144
=stelt =dat | weight=0.144
=andere =die | weight=0.144
=zeker | weight=0.143
=alsof =het | weight=0.142
=had =ingevuld | weight=0.142
=de =pakketdienst | weight=0.142
=pakketdienst | weight=0.142
=niemand =voelt | weight=0.142, noneg
=de =garage | weight=0.142
=lader | weight=0.142
=dat =automatische | weight=0.141
=aannemer | weight=0.141
=als =u | weight=0.140
=de =computer | weight=0.138
=jouw | weight=0.138
=maar =onder | weight=0.138
=niemand =wou | weight=0.138, noneg
=volgens =hem | weight=0.137
=op =de | weight=0.136
=de =lekkage | weight=0.136
=van =verkeerde | weight=0.136
=verknald | weight=0.135
=als =er | weight=0.135
=weg =en | weight=0.135
=niet =mijn | weight=0.135, noneg
=postnl | weight=0.135
=schoenen =van | weight=0.134
=maar =bij | weight=0.134
=gooi | weight=0.134
=misgaat | weight=0.134
=de =koerier | weight=0.134
=ze =doen | weight=0.134
=had =ik | weight=0.134
=man =in | weight=0.133
=volgens | weight=0.133
=excursie | weight=0.133
=de =dubbele | weight=0.132
=oplossing | weight=0.132
=leverancier | weight=0.132
=op =haar | weight=0.132
=is =altijd | weight=0.132
=dhr | weight=0.130
=wijst | weight=0.130
=houdt =vol | weight=0.129
=de =vorige | weight=0.129
=was =de | weight=0.129
=magazijn | weight=0.128
=filiaal =zegt | weight=0.128
=moet =u | weight=0.128
=lekkage | weight=0.128
=mijn =spamfolder | weight=0.128
=spamfolder | weight=0.128
=maand =oude | weight=0.128
=ze =deed | weight=0.127
=schade | weight=0.127
=verdwijnen | weight=0.127
=steken =het | weight=0.127
=ze =steken | weight=0.127
=doordat | weight=0.127
=hij =zei | weight=0.127
=lag | weight=0.127
=bel =niet | weight=0.127, noneg
=de =bel | weight=0.127
=ik =waarschijnlijk | weight=0.127
=medewerker =antwoord | weight=0.127
=waarschijnlijk =de | weight=0.127
=app =niet | weight=0.127, noneg
=verantwoordelijkheid =niet | weight=0.126, noneg
=eigenaar | weight=0.126
=is =van | weight=0.126
=niet =ziet | weight=0.126, noneg
=ik =hem | weight=0.125
=lag =volgens | weight=0.125
=gewoon =mijn | weight=0.125
=zegt | weight=0.125
=da | weight=0.125
=u =heeft | weight=0.125
=rekende | weight=0.124
=gaan =wij | weight=0.124
=kantoor =zeggen | weight=0.124
=de =krassen | weight=0.124
=krassen | weight=0.124
=u =zelf | weight=0.124
=waarom =mijn | weight=0.123
=is =dat | weight=0.123
=af =op | weight=0.123
=antwoord =dat | weight=0.122
=heb =laat | weight=0.122
=toestel =heb | weight=0.122
=onder =de | weight=0.122
=garage | weight=0.122
=de =verzekering | weight=0.121
=lag =en | weight=0.121
=het =hoofdkantoor | weight=0.121
=hoofdkantoor | weight=0.121
=had =vastgezeten | weight=0.120
=hem =slechte | weight=0.120
=slechte =had | weight=0.120
=zogenaamd =omdat | weight=0.120
=bank =zegt | weight=0.120
=de =levering | weight=0.119
=steken | weight=0.119
=het =op | weight=0.119
=vastgezeten | weight=0.119
=schuld =dat | weight=0.119
=schoven =het | weight=0.119
=mijn =router | weight=0.119
=meneer | weight=0.119
=wij =een | weight=0.119
=ligt =aan | weight=0.119
=heb =je | weight=0.118
=eigen =wifi | weight=0.118
=bij =mij | weight=0.118
=de =helpdesk | weight=0.118
=nu =weer | weight=0.117
=is =uw | weight=0.117
=het =mn | weight=0.117
=mn =eigen | weight=0.117
=de =fout | weight=0.117
=blijkbaar | weight=0.117
=installateur | weight=0.117
=het =scherm | weight=0.117
=ge | weight=0.116
=het =mij | weight=0.116
=fout =is | weight=0.116
=niks =mee | weight=0.115, noneg
=schuift | weight=0.115
=scherm | weight=0.115
=dat =mens | weight=0.115
=is =blijkbaar | weight=0.114
=stopcontact | weight=0.114
=besteld =terwijl | weight=0.114
=de =douane | weight=0.114
=douane | weight=0.114
=de =aannemer | weight=0.114
=bank =de | weight=0.113
=tja | weight=0.113
=vallen =wat | weight=0.112
=kapotte =was | weight=0.112
=neer | weight=0.112
=de =servicedesk | weight=0.112
=de =ober | weight=0.112
=ook =niks | weight=0.112, noneg
=laat =vallen | weight=0.112
=heb =bij | weight=0.112
=stelde | weight=0.111
=slot | weight=0.111
=checken | weight=0.111
=keuken =is | weight=0.110
=weg | weight=0.110
=waarom =krijg | weight=0.110
=t | weight=0.109
=fout =op | weight=0.109
=het =gevolg | weight=0.109
=het =een | weight=0.109
=zij | weight=0.108
=monteur =was | weight=0.108
=klantenservice =zei | weight=0.108
=kreeg =letterlijk | weight=0.108
=daar =gaan | weight=0.108
=terwijl =de | weight=0.108
=probleem =gewoon | weight=0.108
=aan =mijn | weight=0.107
=hield | weight=0.107
=had =u | weight=0.107
=de =bezorgdienst | weight=0.107
=de =storing | weight=0.107
=ge =belt | weight=0.107
=dat =systeem | weight=0.106
=boekhouding | weight=0.106
=boekhouding =en | weight=0.106
=de =boekhouding | weight=0.106
=beter | weight=0.106
=had =moet | weight=0.106
=de =lokale | weight=0.105
=lokale | weight=0.105
=ober | weight=0.105
=de =loodgieter | weight=0.105
=loodgieter | weight=0.105
=ze =stelde | weight=0.105
=pakket =is | weight=0.105
=hand | weight=0.105
=valt =maar | weight=0.105
=besteld | weight=0.105
=zei =de | weight=0.105
=gemaakt | weight=0.104
=die =man | weight=0.104
=houden | weight=0.104
=na =twee | weight=0.103
=monteur =de | weight=0.103
=door =omstandigheden | weight=0.103
=omstandigheden =bij | weight=0.103
=aan =dat | weight=0.103
=kapotte =gemaakt | weight=0.103
=nadat =hij | weight=0.102
=de =oorzaak | weight=0.102
=oorzaak | weight=0.102
=het =de | weight=0.101
=de =drukkerij | weight=0.101
=drukkerij | weight=0.101
=ober =zei | weight=0.101
=was =veroorzaakt | weight=0.100
=hij =weg | weight=0.100
=printer | weight=0.100
=m | weight=0.100
=mij =gelegd | weight=0.100
=schuld =werd | weight=0.100
=koerier =het | weight=0.099
=chef =kwam | weight=0.099
=lag =het | weight=0.099
=is =bij | weight=0.099
=jullie =schuiven | weight=0.099
=heb =niks | weight=0.099, noneg
=ontstaan | weight=0.098
=legt | weight=0.098
=legt =de | weight=0.098
=de =importeur | weight=0.098
=importeur | weight=0.098
=winkel =werd | weight=0.098
=telkens =als | weight=0.098
=thuis =zat | weight=0.098
=zogenaamd | weight=0.098
=mij =thuis | weight=0.098
=aannemer =is | weight=0.098
=medewerker =had | weight=0.097
=al =defect | weight=0.097
=afzender =de | weight=0.097
=afzender =zegt | weight=0.097
=depot =zegt | weight=0.097
=defect | weight=0.097
=maat =had | weight=0.097
=verwijst =naar | weight=0.096
=gegooid | weight=0.096
=het =buiten | weight=0.095
=douane =ligt | weight=0.095
=formulier =zorgvuldiger | weight=0.095
=zorgvuldiger | weight=0.095
=zorgvuldiger =moet | weight=0.095
=het =allemaal | weight=0.095
=schreven | weight=0.095
=schoof | weight=0.095
=die =gast | weight=0.094
=hen | weight=0.094
=dat =het | weight=0.094
=betalen =heeft | weight=0.094
=moest =oplossing | weight=0.094
=maar =met | weight=0.094
=dubbele | weight=0.094
=geen =invloed | weight=0.093, noneg
=mij =aan | weight=0.093
=bank | weight=0.093
=zichzelf | weight=0.093
=omstandigheden | weight=0.093
=is =beleid | weight=0.093
=de =verantwoordelijkheid | weight=0.093
=schoof =het | weight=0.093
