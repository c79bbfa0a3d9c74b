# website_issue, sl: learned by scripts/learn.py from 2816 tuning texts (82 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ a mi lahko kdo pove zakaj pise da placilo ni uspelo, ce je denar ze odsel z racuna??
+ Kot slabovidna oseba vase aplikacije ne morem uporabljati, zato bom poiskala drugega ponudnika.
+ kje na vasi strani je kontakt?? iscem ze pol ure, samo pogosta vprasanja in nic drugega. res smesno
- Ovadili vas bomo.
- nihce mi ni odpisal
=gumb | weight=0.426
=vrze | weight=0.321
=kosarica | weight=0.308
=aplikacija =se | weight=0.297
=portal | weight=0.291
=nikoli =ne | weight=0.288, noneg
=nikjer | weight=0.287, noneg
=aplikacija | weight=0.272
=vse =kar | weight=0.267
=zaslon | weight=0.266
=strani =ni | weight=0.265, noneg
=prijavil =v | weight=0.244
=strani | weight=0.241
=koda | weight=0.237
=placilo | weight=0.236
=app | weight=0.235
=kontakt | weight=0.224
=kontaktni =podatke | weight=0.221
=nikjer =na | weight=0.221, noneg
=obrazec | weight=0.216
=sploh =ne | weight=0.215, noneg
=prijavil | weight=0.211
=posodobitvi | weight=0.209
=strani =se | weight=0.207
=ne =deluje | weight=0.206, noneg
=ne =najdem | weight=0.206, noneg
=nalaganje | weight=0.200
=nalaganje =racun | weight=0.200
=racun =se | weight=0.196
=pri =oddal | weight=0.196
=je =dvakrat | weight=0.193
=se =nikoli | weight=0.193, noneg
=po =zadnja | weight=0.191
=povezavo =za | weight=0.190
=se =ne | weight=0.189, noneg
=odpreti | weight=0.188
=centru =za | weight=0.178
=ne =sprejmejo | weight=0.177, noneg
=dan =ne | weight=0.177, noneg
=ponastavitvi =geslo | weight=0.177
=obrazec =za | weight=0.173
=ni =nikjer | weight=0.171, noneg
=zadnja =posodobitvi | weight=0.168
=izbrise =vse | weight=0.168
=prekriva | weight=0.168
=polovica =obrazec | weight=0.167
=geslo | weight=0.166
=na =kontakt | weight=0.166
=sesuje | weight=0.166
=bremenili | weight=0.165
=bremenili =kartico | weight=0.165
=ponastavitvi | weight=0.164
=ves =dan | weight=0.163
=pade | weight=0.160
=pri =zakljucku | weight=0.160
=zakljucku | weight=0.160
=zakljucku =nakup | weight=0.160
=ko =hocem | weight=0.158
=skrit | weight=0.158
=pokazal | weight=0.158
=mobitelu | weight=0.158
=na =mobitelu | weight=0.158
=spletni | weight=0.157
=zapre | weight=0.156
=posodobitvi =se | weight=0.155
=blagajni =mi | weight=0.154
=spletni =blagajni | weight=0.154
=trikrat =zavrnili | weight=0.154
=zavrnili =kartico | weight=0.154
=tako =zakomplicirana | weight=0.154
=zakomplicirana | weight=0.154
=zakomplicirana =da | weight=0.154
=po =oddal | weight=0.153
=pisem =zaradi | weight=0.150
=vas =strani | weight=0.149
=aplikacija =za | weight=0.149
=polovica | weight=0.148
=slabovidna | weight=0.148
=me =poslal | weight=0.147
=sranje | weight=0.143
=stacuno | weight=0.143
=povezavo | weight=0.142
=telefonski =stevilko | weight=0.142
=appka | weight=0.142
=kontaktni | weight=0.141
=ne =da | weight=0.140, noneg
=gumb =za | weight=0.139
=bel | weight=0.138
=banki =ne | weight=0.134, noneg
=javlja | weight=0.131
=javlja =napaka | weight=0.131
=je =skrit | weight=0.130
=ne =pustili | weight=0.129, noneg
=vrze =napaka | weight=0.128
=spletni =banki | weight=0.128
=v =spletni | weight=0.128
=celo =dan | weight=0.126
=je =trikrat | weight=0.125
=darilni =bon | weight=0.123
=kosarica =se | weight=0.121
=odpreti =racun | weight=0.120
=placilo =se | weight=0.119
=strani =je | weight=0.119
=za =reklamacijo | weight=0.118
=mi =se | weight=0.118
=nisem =naslov | weight=0.117, noneg
=vnesla | weight=0.116
=skrit =v | weight=0.116
=nikjer =kontaktni | weight=0.116, noneg
=mi =ves | weight=0.116
=na =telefonu | weight=0.115
=samo =bel | weight=0.114
=nc | weight=0.114
=vam =je | weight=0.114
=aplikacija =banki | weight=0.114
=spletni =trgovini | weight=0.113
=spet =prazna | weight=0.112
=ne =zakljuci | weight=0.112, noneg
=strani =javlja | weight=0.111
=ne =moral | weight=0.110, noneg
=isto =narocila | weight=0.110
=klikniti =placilo | weight=0.109
=kosarica =spet | weight=0.109
=mobilna | weight=0.109
=za =dostava | weight=0.108
=ze =ves | weight=0.108
=mobitelu =sploh | weight=0.107
=telefonu =se | weight=0.107
=sms | weight=0.107
=poslal =nazaj | weight=0.106
=darilni | weight=0.104
=klikniti | weight=0.103
=mobitelu =se | weight=0.103
=se =gumb | weight=0.102
=stevilko =na | weight=0.102
=telefonski | weight=0.102
=kar =vpisal | weight=0.101
=izbrise | weight=0.101
=bon | weight=0.101
=placilo =je | weight=0.101
=sesuva | weight=0.101
=napaka | weight=0.101
=celo | weight=0.101
=nakup | weight=0.101
=e-naslov | weight=0.100
=dostava =mi | weight=0.100
=samo =zapre | weight=0.100
=hocem =placilo | weight=0.098
=zaracunali =isto | weight=0.097
=kdo =pove | weight=0.097
=zaradi =isto | weight=0.097
=zadnja | weight=0.097
=oddal | weight=0.096
=obrazec =ne | weight=0.096, noneg
=je =narobe | weight=0.096
=nazaj =na | weight=0.095
=lahko =kdo | weight=0.094
=od =sebe | weight=0.094
=samo =od | weight=0.094
=zato =bom | weight=0.094
=aplikacija =ne | weight=0.094, noneg
=je =dvojne | weight=0.093
=gumb =prekriva | weight=0.093
=ko =klikniti | weight=0.093
=z =racun | weight=0.092
=izbrisal | weight=0.092
=izbrisal =vse | weight=0.092
=kar =sem | weight=0.092
=kartico | weight=0.091
=bom =poiskal | weight=0.091
=poiskal | weight=0.091
=a =mi | weight=0.091
=pri | weight=0.089
=ne =koncu | weight=0.088, noneg
=kliku | weight=0.088
=trgovini =mi | weight=0.088
=pisem =da | weight=0.086
=sebe | weight=0.086
=ce =je | weight=0.086, noneg
=chatbot =pa | weight=0.084
=portal =je | weight=0.084
=je =tako | weight=0.083
=je =zataknila | weight=0.083
=zataknila | weight=0.083
=zataknila =in | weight=0.083
=dan =ni | weight=0.083, noneg
=za =pomoc | weight=0.083
=banki =se | weight=0.083
=za =placilo | weight=0.081
=podatke | weight=0.081
=dvakrat =zaracunali | weight=0.081
=slo | weight=0.080
=nic =ne | weight=0.079, noneg
=prazna | weight=0.078
=zakaj | weight=0.078
=mi =trikrat | weight=0.078
=uporabniski =racun | weight=0.078
=je =siv | weight=0.077
=siv =in | weight=0.077
=je =potekel | weight=0.076
=na =dveh | weight=0.075
=uporabniski | weight=0.075
=app =sploh | weight=0.075
=od =zadnja | weight=0.075
=se =app | weight=0.075
=updejta | weight=0.075
=updejta =se | weight=0.075
=zadnja =updejta | weight=0.075
=kosarica =in | weight=0.075
=meni =prekriva | weight=0.075
=se =meni | weight=0.075
=bel =zaslon | weight=0.074
=ne =dela | weight=0.074, noneg
=drugi =ponudniku | weight=0.073
=siv | weight=0.073
=na =gumb | weight=0.073
=nic =se | weight=0.072, noneg
=ni =mogoce | weight=0.072, noneg
=ne =odpira | weight=0.071, noneg
=telefonu =pa | weight=0.071
=nalagali | weight=0.069
=neuporabna | weight=0.068
=spletni =portal | weight=0.068
=se =sesuje | weight=0.068
=vse =je | weight=0.068
=mi =lahko | weight=0.067
=pri =placilo | weight=0.066
=dan =mi | weight=0.066
=posodobitvi =sploh | weight=0.066
=neskoncnost | weight=0.065
=v =neskoncnost | weight=0.065
=vprasanje =in | weight=0.065
=zavrnili | weight=0.064
=dni =se | weight=0.064
=potekel | weight=0.064
=je =kontakt | weight=0.064
=vedno =znova | weight=0.064
=zapira | weight=0.063
=se =aplikacija | weight=0.063
=ko =odpreti | weight=0.063
=in =placilo | weight=0.062
=slo =dvakrat | weight=0.062
=iscem | weight=0.062
=dvojne | weight=0.062
=narocnino =je | weight=0.062
=na =podpora | weight=0.062
=osebo =ni | weight=0.061, noneg
=ze =pol | weight=0.061
=telefonu =je | weight=0.061
=ponudniku | weight=0.061
=odpovedal =narocnino | weight=0.060
=spet | weight=0.060
=ne =pride | weight=0.060, noneg
=mobilna =aplikacija | weight=0.059
=tretji =dan | weight=0.059
=iskala | weight=0.059
=ni =uspelo | weight=0.057, noneg
=pa =na | weight=0.057
=kje =na | weight=0.057
=klikniti =nicesar | weight=0.057, noneg
=in =nicesar | weight=0.056, noneg
=nicesar =ne | weight=0.056, noneg
=placilo =ni | weight=0.056, noneg
=prekriva =z | weight=0.056
=pritisni =gumb | weight=0.056
=vsakic =ko | weight=0.056
=tezava =z | weight=0.056
=kartico =mi | weight=0.055
=na =spletu | weight=0.055
=osebo | weight=0.055
=mi =vas | weight=0.055
=banki | weight=0.054
=je =treba | weight=0.054
=treba | weight=0.054
=jutri | weight=0.054
=ki =jih | weight=0.054
=aplikacija =je | weight=0.053
=vedno | weight=0.053
=po =posodobitvi | weight=0.053
=podmeniju | weight=0.053
=v =podmeniju | weight=0.053
=sesuje =pri | weight=0.052
=osebno =v | weight=0.052
=deset =sekund | weight=0.052
=sekund | weight=0.052
=mi =pri | weight=0.052
=napaka =pri | weight=0.052
=takoj =ko | weight=0.052
=nikjer =telefonski | weight=0.051, noneg
=si =samo | weight=0.051
=kar =samo | weight=0.051
=priti =do | weight=0.050
=mi =v | weight=0.050
=me =ob | weight=0.050
=je =slo | weight=0.050
=se =se | weight=0.050
=je =popolnoma | weight=0.050
=blagajni | weight=0.049
=se =obrazec | weight=0.049
=in =tako | weight=0.048
=se =mi | weight=0.048
=ni =premakne | weight=0.048, noneg
=ne =nalozi | weight=0.048, noneg
=ne =zazene | weight=0.048, noneg
=ocitali | weight=0.047
=ocitali =da | weight=0.047
=za =potrditev | weight=0.047
=v =centru | weight=0.047
=in =ne | weight=0.047, noneg
=in =nic | weight=0.047, noneg
=slo =brez | weight=0.046, noneg
=prijavil =po | weight=0.046
=prvem =prijavil | weight=0.046
=aplikacija =sesula | weight=0.045
=je =na | weight=0.045
=ponuja =samo | weight=0.045
=javil | weight=0.044
=sesula | weight=0.043
=ure =samo | weight=0.043
=kar | weight=0.042
=vas =zaposleni | weight=0.042
=ze =mesec | weight=0.042
=ne =odpreti | weight=0.042, noneg
=sprejmejo | weight=0.041
=dolgo | weight=0.041
=da =nic | weight=0.041, noneg
=za =pritozbo | weight=0.041
=pove | weight=0.041
=pomoc | weight=0.041
=tako =v | weight=0.040
=nikoli | weight=0.040, noneg
=po =deset | weight=0.040
=centru | weight=0.040
=odjavo | weight=0.039
=nastavitve | weight=0.039
=narocnino | weight=0.039
=ni =viden | weight=0.039, noneg
=pri =vsak | weight=0.039
=odsel | weight=0.039
=sesuje =vsakic | weight=0.038
=zaklenil | weight=0.038
=do =vas | weight=0.038
=ko =pa | weight=0.038
=ze =tretji | weight=0.038
=strani =sem | weight=0.037
=aplikacija =ni | weight=0.037, noneg
=je =aplikacija | weight=0.037
=gumb =shrani | weight=0.035
=shrani | weight=0.035
=dvakrat | weight=0.034
=cloveka =mi | weight=0.034
=shrani =ne | weight=0.034, noneg
=krogu | weight=0.033
=v =krogu | weight=0.033
=strani =za | weight=0.033
=se =ze | weight=0.033
=tako =slabo | weight=0.033
=mobilna =telefonu | weight=0.033
=na =mobilna | weight=0.033
=nam =je | weight=0.032
=za =preklic | weight=0.032
=vrsti =cakal | weight=0.032
=nic =drugi | weight=0.031, noneg
=mi =ponuja | weight=0.031
=ves | weight=0.031
=preklic | weight=0.030
=ponuja | weight=0.030
