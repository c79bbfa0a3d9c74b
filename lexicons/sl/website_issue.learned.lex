# website_issue, sl: learned by scripts/learn.py from 2594 tuning texts (80 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ a mi lahko kdo pove zakaj pise da placilo ni uspelo, ce je denar ze odsel z racuna??
+ Kot slabovidna oseba vase aplikacije ne morem uporabljati, zato bom poiskala drugega ponudnika.
+ kje na vasi strani je kontakt?? iscem ze pol ure, samo pogosta vprasanja in nic drugega. res smesno
- Ovadili vas bomo.
- Tole bo šlo viralno.
=gumb | weight=0.433
=vrze | weight=0.318
=kosarica | weight=0.308
=portal | weight=0.298
=nikoli =ne | weight=0.291, noneg
=nikjer | weight=0.286, noneg
=zaslon | weight=0.281
=strani =ni | weight=0.277, noneg
=aplikacija | weight=0.265
=vse =kar | weight=0.259
=app | weight=0.251
=aplikacija =se | weight=0.247
=prijavil =v | weight=0.246
=placilo | weight=0.237
=koda | weight=0.224
=strani | weight=0.224
=strani =se | weight=0.222
=kontaktni =podatke | weight=0.218
=nikjer =na | weight=0.218, noneg
=kontakt | weight=0.216
=sploh =ne | weight=0.215, noneg
=ne =najdem | weight=0.214, noneg
=posodobitvi | weight=0.213
=obrazec | weight=0.211
=odpreti | weight=0.202
=ne =deluje | weight=0.201, noneg
=nalaganje | weight=0.201
=nalaganje =racun | weight=0.201
=prijavil | weight=0.199
=po =zadnja | weight=0.197
=racun =se | weight=0.194
=se =nikoli | weight=0.194, noneg
=je =dvakrat | weight=0.193
=pri =oddal | weight=0.193
=obrazec =za | weight=0.193
=povezavo =za | weight=0.190
=se =ne | weight=0.189, noneg
=zadnja =posodobitvi | weight=0.178
=ponastavitvi =geslo | weight=0.177
=polovica =obrazec | weight=0.176
=ne =sprejmejo | weight=0.175, noneg
=ni =nikjer | weight=0.172, noneg
=dan =ne | weight=0.172, noneg
=center =za | weight=0.170
=bremenili | weight=0.168
=bremenili =kartico | weight=0.168
=prekriva | weight=0.167
=ko =hocem | weight=0.166
=ves =dan | weight=0.164
=ponastavitvi | weight=0.164
=pade | weight=0.163
=pri =zakljucku | weight=0.163
=zakljucku | weight=0.163
=zakljucku =nakup | weight=0.163
=geslo | weight=0.162
=na =kontakt | weight=0.160
=sranje | weight=0.159
=mobitelu | weight=0.159
=na =mobitelu | weight=0.159
=izbrise =vse | weight=0.158
=tako =zakomplicirana | weight=0.158
=zakomplicirana | weight=0.158
=zakomplicirana =da | weight=0.158
=aplikacija =za | weight=0.156
=skrit | weight=0.155
=zapre | weight=0.154
=spletni | weight=0.154
=pokazal | weight=0.153
=posodobitvi =se | weight=0.150
=ne =da | weight=0.149, noneg
=blagajni =mi | weight=0.148
=spletni =blagajni | weight=0.148
=trikrat =zavrnili | weight=0.148
=zavrnili =kartico | weight=0.148
=po =oddal | weight=0.148
=mi =se | weight=0.146
=banki =ne | weight=0.144, noneg
=bel | weight=0.143
=stacuno | weight=0.143
=vas =strani | weight=0.143
=polovica | weight=0.143
=slabovidna | weight=0.142
=telefonski =stevilko | weight=0.141
=me =poslali | weight=0.140
=gumb =za | weight=0.139
=appka | weight=0.138
=ne =pustili | weight=0.138, noneg
=za =reklamacijo | weight=0.136
=kontaktni | weight=0.136
=povezavo | weight=0.132
=vrze =napaka | weight=0.132
=celo =dan | weight=0.130
=nikjer =kontaktni | weight=0.129, noneg
=sesuje | weight=0.127
=je =skrit | weight=0.125
=javlja | weight=0.125
=javlja =napaka | weight=0.125
=je =trikrat | weight=0.125
=samo =bel | weight=0.125
=aplikacija =banki | weight=0.123
=odpreti =racun | weight=0.123
=oddal | weight=0.122
=nisem =naslov | weight=0.122, noneg
=skrit =v | weight=0.121
=darilni =bon | weight=0.121
=placilo =se | weight=0.117
=kosarica =se | weight=0.117
=telefonu =se | weight=0.117
=spet =prazna | weight=0.115
=spletni =banki | weight=0.113
=v =spletni | weight=0.113
=zaradi =isto | weight=0.113
=ne =zakljuci | weight=0.111, noneg
=na =telefonu | weight=0.111
=nc | weight=0.111
=sms | weight=0.111
=mobilna | weight=0.111
=vam =je | weight=0.111
=mi =ves | weight=0.110
=vnesla | weight=0.110
=mobitelu =sploh | weight=0.109
=klikniti =placilo | weight=0.108
=kosarica =spet | weight=0.108
=celo | weight=0.108
=isto =narocila | weight=0.108
=strani =javlja | weight=0.108
=hocem =placilo | weight=0.108
=napaka | weight=0.107
=ne =moral | weight=0.107, noneg
=za =dostava | weight=0.106
=spletni =trgovini | weight=0.106
=strani =je | weight=0.105
=mobitelu =se | weight=0.105
=ze =ves | weight=0.105
=dostava =mi | weight=0.103
=sesuva | weight=0.103
=kdo =pove | weight=0.102
=poslali =nazaj | weight=0.101
=telefonski | weight=0.101
=stevilko =na | weight=0.101
=samo =zapre | weight=0.100
=klikniti | weight=0.100
=je =narobe | weight=0.100
=e-naslov | weight=0.099
=se =gumb | weight=0.099
=bon | weight=0.099
=izbrise | weight=0.099
=darilni | weight=0.098
=placilo =je | weight=0.098
=zaracunali =isto | weight=0.098
=lahko =kdo | weight=0.097
=kar =sem | weight=0.097
=nakup | weight=0.096
=je =dvojne | weight=0.096
=nazaj =na | weight=0.096
=aplikacija =ne | weight=0.096, noneg
=kar =vpisal | weight=0.095
=z =racun | weight=0.095
=ko =klikniti | weight=0.094
=kartico | weight=0.093
=a =mi | weight=0.093
=obrazec =ne | weight=0.092, noneg
=izbrisal | weight=0.092
=izbrisal =vse | weight=0.092
=gumb =prekriva | weight=0.091
=od =sebe | weight=0.090
=samo =od | weight=0.090
=ne =koncu | weight=0.090, noneg
=zadnja | weight=0.090
=zato =bom | weight=0.089
=pisem =da | weight=0.088
=bom =poiskal | weight=0.088
=poiskal | weight=0.088
=kliku | weight=0.087
=ce =je | weight=0.087, noneg
=portal =je | weight=0.086
=zakaj | weight=0.086
=za =placilo | weight=0.086
=pri | weight=0.085
=slo | weight=0.084
=na =dveh | weight=0.083
=sebe | weight=0.082
=podatke | weight=0.081
=je =siv | weight=0.081
=siv =in | weight=0.081
=bel =zaslon | weight=0.081
=uporabniski =racun | weight=0.081
=za =pomoc | weight=0.080
=dvakrat =zaracunali | weight=0.079
=prazna | weight=0.079
=je =tako | weight=0.078
=trgovini =mi | weight=0.077
=mi =trikrat | weight=0.077
=siv | weight=0.077
=je =zataknila | weight=0.077
=zataknila | weight=0.077
=zataknila =in | weight=0.077
=dan =ni | weight=0.077, noneg
=kosarica =in | weight=0.076
=meni =prekriva | weight=0.076
=se =meni | weight=0.076
=uporabniski | weight=0.076
=se =sesuje | weight=0.076
=na =gumb | weight=0.075
=neuporabna | weight=0.075
=ni =mogoce | weight=0.074, noneg
=vprasanje =in | weight=0.074
=nic =ne | weight=0.074, noneg
=app =sploh | weight=0.074
=od =zadnja | weight=0.074
=se =app | weight=0.074
=updejta | weight=0.074
=updejta =se | weight=0.074
=zadnja =updejta | weight=0.074
=banki =se | weight=0.073
=je =potekel | weight=0.073
=posodobitvi =sploh | weight=0.072
=dan =mi | weight=0.072
=ne =pride | weight=0.070, noneg
=pri =placilo | weight=0.069
=dni =se | weight=0.069
=ne =dela | weight=0.069, noneg
=ne =odpira | weight=0.069, noneg
=ko =odpreti | weight=0.069
=spletni =portal | weight=0.069
=drugi =ponudniku | weight=0.069
=mi =lahko | weight=0.068
=vedno =znova | weight=0.068
=telefonu =pa | weight=0.068
=je =kontakt | weight=0.068
=zapira | weight=0.068
=vsakic =ko | weight=0.067
=na =podpora | weight=0.067
=narocnino =je | weight=0.066
=chatbot =pa | weight=0.066
=nalagali | weight=0.066
=iscem | weight=0.066
=zavrnili | weight=0.066
=ze =pol | weight=0.066
=aplikacija =je | weight=0.066
=mobilna =aplikacija | weight=0.065
=se =aplikacija | weight=0.064
=neskoncnost | weight=0.064
=v =neskoncnost | weight=0.064
=sesuje =pri | weight=0.063
=potekel | weight=0.063
=osebo | weight=0.063
=ni =uspelo | weight=0.063, noneg
=spet | weight=0.062
=prekriva =z | weight=0.062
=vse =je | weight=0.061
=kje =na | weight=0.060
=odpovedal =narocnino | weight=0.059
=placilo =ni | weight=0.059, noneg
=in =nicesar | weight=0.059, noneg
=pa =na | weight=0.059
=se =mi | weight=0.058
=iskala | weight=0.058
=tezav =z | weight=0.058
=je =slo | weight=0.058
=dvojne | weight=0.057
=in =placilo | weight=0.057
=slo =dvakrat | weight=0.057
=nicesar =ne | weight=0.057, noneg
=osebo =ni | weight=0.057, noneg
=si =samo | weight=0.057
=takoj =ko | weight=0.056
=na =spletu | weight=0.056
=kartico =mi | weight=0.056
=ponudniku | weight=0.056
=kar =samo | weight=0.056
=sesuje =vsakic | weight=0.055
=mi =pri | weight=0.055
=ne =odpreti | weight=0.055, noneg
=nikjer =telefonski | weight=0.055, noneg
=me =ob | weight=0.055
=pritisni =gumb | weight=0.054
=klikniti =nicesar | weight=0.054, noneg
=deset =sekund | weight=0.054
=sekund | weight=0.054
=in =nic | weight=0.054, noneg
=mi =vas | weight=0.053
=podmeniju | weight=0.053
=v =podmeniju | weight=0.053
=slo =brez | weight=0.053, noneg
=vedno | weight=0.053
=nastavitev | weight=0.053
=tretji =dan | weight=0.053
=blagajni | weight=0.052
=je =treba | weight=0.052
=treba | weight=0.052
=je =popolnoma | weight=0.052
=telefonu =je | weight=0.051
=ne =nalozi | weight=0.051, noneg
=ki =jih | weight=0.050
=ure =samo | weight=0.050
=prijavil =po | weight=0.050
=napaka =pri | weight=0.049
=priti =do | weight=0.049
=ponuja =samo | weight=0.048
=jutri | weight=0.048
=ni =viden | weight=0.048, noneg
=center | weight=0.048
=in =ne | weight=0.048, noneg
=po =deset | weight=0.046
=pove | weight=0.046
=in =tako | weight=0.046
=se =obrazec | weight=0.046
=aplikacija =sesula | weight=0.046
=za =potrditev | weight=0.045
=ocitali | weight=0.045
=ocitali =da | weight=0.045
=osebno =v | weight=0.045
=po =posodobitvi | weight=0.044
=sesula | weight=0.044
=ze =mesec | weight=0.044
=se =nic | weight=0.044, noneg
=vas =aplikacija | weight=0.044
=javil | weight=0.043
=vas =zaposleni | weight=0.043
=strani =za | weight=0.043
=do =vas | weight=0.042
=narocnino | weight=0.042
=ne =zazene | weight=0.042, noneg
=se =po | weight=0.042
=v =center | weight=0.041
=strani =sem | weight=0.041
=mi =v | weight=0.041
=vedno =ne | weight=0.040, noneg
=je =na | weight=0.040
=dolgo | weight=0.040
=za =pritozbo | weight=0.039
=ko =pa | weight=0.039
=pomoc | weight=0.039
=dvakrat | weight=0.039
=da =nic | weight=0.038, noneg
=ze =tretji | weight=0.038
=zaklenil | weight=0.038
=je =aplikacija | weight=0.038
=odjavo | weight=0.037
=odsla | weight=0.037
=ponuja | weight=0.037
=banki | weight=0.037
=tako =v | weight=0.036
=se =ze | weight=0.036
=aplikacija =ni | weight=0.036, noneg
=dan | weight=0.035
=sprejmejo | weight=0.035
=pri =vsak | weight=0.035
=vrsti =cakal | weight=0.035
=krogu | weight=0.034
=v =krogu | weight=0.034
=nikoli | weight=0.033, noneg
=poklical =pa | weight=0.033
=kar | weight=0.033
=osvezi | weight=0.032
=osvezi =in | weight=0.032
=nic =drugi | weight=0.032, noneg
=denar =je | weight=0.031
=nam =je | weight=0.031
=ves | weight=0.031
=odcitek | weight=0.030
=odcitek =stevca | weight=0.030
=mobilna =banki | weight=0.030
