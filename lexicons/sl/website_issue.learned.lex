# website_issue, sl: learned by scripts/learn.py from 2314 tuning texts (72 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ a mi lahko kdo pove zakaj pise da placilo ni uspelo, ce je denar ze odsel z racuna??
+ Kot slabovidna oseba vase aplikacije ne morem uporabljati, zato bom poiskala drugega ponudnika.
+ Sem slabovidna, chatbot pa mi ponuja samo gumbe, ki jih bralnik zaslona ne prebere; do osebe ni poti.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=gumb | weight=0.443
=vrze | weight=0.336
=nikjer | weight=0.325, noneg
=kosarica | weight=0.322
=portal | weight=0.292
=nikoli =ne | weight=0.289, noneg
=zaslon | weight=0.288
=aplikacija | weight=0.272
=stran =ni | weight=0.269, noneg
=prijavil =v | weight=0.269
=vse =kar | weight=0.261
=aplikacija =se | weight=0.246
=app | weight=0.243
=koda | weight=0.232
=stran | weight=0.228
=placilo | weight=0.228
=sploh =ne | weight=0.222, noneg
=prijavil | weight=0.219
=kontaktni =podatke | weight=0.215
=nikjer =na | weight=0.215, noneg
=posodobitvi | weight=0.214
=ne =najdem | weight=0.210, noneg
=odpreti | weight=0.209
=stran =se | weight=0.205
=nalaganje | weight=0.202
=nalaganje =racun | weight=0.202
=racun =se | weight=0.202
=se =ne | weight=0.199, noneg
=obrazec | weight=0.196
=povezavo =za | weight=0.195
=po =zadnja | weight=0.194
=se =nikoli | weight=0.192, noneg
=je =dvakrat | weight=0.183
=polovica =obrazec | weight=0.182
=ne =deluje | weight=0.178, noneg
=pokazal | weight=0.175
=zadnja =posodobitvi | weight=0.175
=bremenili | weight=0.173
=bremenili =kartico | weight=0.173
=center =za | weight=0.173
=dan =ne | weight=0.173, noneg
=prekriva | weight=0.171
=spletna | weight=0.170
=ponastavitvi =geslo | weight=0.169
=posodobitvi =se | weight=0.168
=pade | weight=0.166
=pri =zakljucku | weight=0.166
=zakljucku | weight=0.166
=zakljucku =nakup | weight=0.166
=mobitelu | weight=0.163
=na =mobitelu | weight=0.163
=na =kontakt | weight=0.162
=tako =zakomplicirana | weight=0.162
=zakomplicirana | weight=0.162
=zakomplicirana =da | weight=0.162
=ves =dan | weight=0.160
=izbrise =vse | weight=0.159
=ni =nikjer | weight=0.157, noneg
=obrazec =za | weight=0.157
=skrit | weight=0.157
=gumb =za | weight=0.157
=appka | weight=0.155
=sranje | weight=0.155
=kontakt | weight=0.153
=zapre | weight=0.152
=po =oddal | weight=0.152
=ponastavitvi | weight=0.152
=geslo | weight=0.152
=ko =hocem | weight=0.152
=blagajni =mi | weight=0.151
=spletna =blagajni | weight=0.151
=trikrat =zavrnili | weight=0.151
=zavrnili =kartico | weight=0.151
=polovica | weight=0.148
=me =poslal | weight=0.148
=aplikacija =za | weight=0.147
=za =reklamacijo | weight=0.146
=povezavo | weight=0.146
=mi =se | weight=0.144
=telefonski =stevilko | weight=0.143
=slabovidna | weight=0.142
=bel | weight=0.141
=stacuno | weight=0.140
=oddal | weight=0.138
=kontaktni | weight=0.138
=ne =pustili | weight=0.137, noneg
=ne =sprejmejo | weight=0.136, noneg
=ne =da | weight=0.135, noneg
=spletna =banki | weight=0.134
=v =spletna | weight=0.134
=odpreti =racun | weight=0.133
=darilni =bon | weight=0.131
=vrze =napaka | weight=0.131
=nc | weight=0.129
=vam =je | weight=0.129
=nikjer =kontaktni | weight=0.128, noneg
=je =skrit | weight=0.127
=vas =stran | weight=0.127
=placilo =se | weight=0.124
=skrit =v | weight=0.124
=je =trikrat | weight=0.122
=sesuje | weight=0.121
=samo =bel | weight=0.121
=mobitelu =sploh | weight=0.120
=nisem =naslov | weight=0.118, noneg
=mi =ves | weight=0.118
=telefonu =se | weight=0.118
=je =narobe | weight=0.116
=nazaj =na | weight=0.115
=javlja | weight=0.115
=javlja =napaka | weight=0.115
=stran =javlja | weight=0.115
=celo =dan | weight=0.113
=poslal =nazaj | weight=0.112
=isto =narocila | weight=0.112
=zaracunali =isto | weight=0.112
=sms | weight=0.111
=je =dvojne | weight=0.111
=ze =ves | weight=0.111
=spet =prazna | weight=0.111
=kar =sem | weight=0.110
=bon | weight=0.109
=klikniti =placilo | weight=0.109
=kosarica =spet | weight=0.109
=ne =moral | weight=0.109, noneg
=za =dostava | weight=0.108
=izbrise | weight=0.108
=mobilna | weight=0.107
=ne =zakljuci | weight=0.107, noneg
=vnesla | weight=0.107
=darilni | weight=0.104
=dostava =mi | weight=0.103
=stevilko =na | weight=0.103
=zaradi =isto | weight=0.103
=od =sebe | weight=0.102
=samo =od | weight=0.102
=nakup | weight=0.102
=spletna =trgovini | weight=0.102
=placilo =je | weight=0.102
=mobitelu =se | weight=0.101
=kartico | weight=0.101
=telefonski | weight=0.100
=kar =vpisal | weight=0.099
=pisem =da | weight=0.099
=se =gumb | weight=0.099
=aplikacija =ne | weight=0.099, noneg
=izbrisal | weight=0.098
=izbrisal =vse | weight=0.098
=sesuva | weight=0.098
=kdo =pove | weight=0.098
=zakaj | weight=0.097
=obrazec =ne | weight=0.097, noneg
=na =telefonu | weight=0.096
=e-naslov | weight=0.095
=zadnja | weight=0.095
=sebe | weight=0.094
=ne =koncu | weight=0.094, noneg
=lahko =kdo | weight=0.093
=a =mi | weight=0.093
=hocem =placilo | weight=0.092
=zato =bom | weight=0.092
=gumb =prekriva | weight=0.092
=kliku | weight=0.091
=napaka | weight=0.090
=bom =poiskal | weight=0.090
=poiskal | weight=0.090
=celo | weight=0.090
=ne =dela | weight=0.089, noneg
=klikniti | weight=0.089
=z =racun | weight=0.087
=ko =klikniti | weight=0.086
=ce =je | weight=0.086, noneg
=je =zataknila | weight=0.085
=zataknila | weight=0.085
=zataknila =in | weight=0.085
=slo | weight=0.083
=na =dveh | weight=0.083
=banki =se | weight=0.082
=trgovini =mi | weight=0.081
=vsakic =ko | weight=0.080
=portal =je | weight=0.080
=pri | weight=0.080
=vse =je | weight=0.080
=kosarica =in | weight=0.080
=meni =prekriva | weight=0.080
=se =meni | weight=0.080
=bel =zaslon | weight=0.079
=ko =odpreti | weight=0.078
=prazna | weight=0.078
=za =placilo | weight=0.078
=je =siv | weight=0.077
=siv =in | weight=0.077
=chatbot =pa | weight=0.077
=app =sploh | weight=0.077
=od =zadnja | weight=0.077
=se =app | weight=0.077
=updejta | weight=0.077
=updejta =se | weight=0.077
=zadnja =updejta | weight=0.077
=mi =trikrat | weight=0.076
=je =tako | weight=0.075
=uporabniski =racun | weight=0.074
=dvakrat =zaracunali | weight=0.074
=aplikacija =banki | weight=0.073
=mobilna =aplikacija | weight=0.073
=nic =ne | weight=0.073, noneg
=vedno =znova | weight=0.073
=spet | weight=0.073
=za =pomoc | weight=0.072
=kar =samo | weight=0.072
=dan =ni | weight=0.072, noneg
=dan =mi | weight=0.072
=podatke | weight=0.071
=uporabniski | weight=0.071
=ne =odpira | weight=0.071, noneg
=siv | weight=0.071
=je =potekel | weight=0.070
=na =gumb | weight=0.070
=ne =nalozi | weight=0.069, noneg
=stran =je | weight=0.069
=zavrnili | weight=0.068
=ni =mogoce | weight=0.067, noneg
=dni =se | weight=0.067
=ne =pride | weight=0.067, noneg
=se =sesuje | weight=0.067
=nalagali | weight=0.067
=narocnino =je | weight=0.066
=potekel | weight=0.066
=si =samo | weight=0.065
=na =podpora | weight=0.064
=drugi =ponudniku | weight=0.064
=neskoncnost | weight=0.063
=v =neskoncnost | weight=0.063
=iskala | weight=0.063
=odpovedal =narocnino | weight=0.062
=mi =lahko | weight=0.062
=zapira | weight=0.062
=pri =placilo | weight=0.061
=dvojne | weight=0.061
=in =placilo | weight=0.061
=slo =dvakrat | weight=0.061
=na =spletu | weight=0.060
=posodobitvi =sploh | weight=0.060
=je =slo | weight=0.060
=spletna =portal | weight=0.059
=mi =vas | weight=0.058
=sesuje =vsakic | weight=0.058
=in =nicesar | weight=0.058, noneg
=telefonu =pa | weight=0.058
=nicesar =ne | weight=0.057, noneg
=tezav =z | weight=0.057
=kartico =mi | weight=0.057
=osebo =ni | weight=0.056, noneg
=pa =na | weight=0.056
=klikniti =nicesar | weight=0.056, noneg
=podmeniju | weight=0.056
=v =podmeniju | weight=0.056
=in =ne | weight=0.055, noneg
=sesuje =pri | weight=0.054
=osebo | weight=0.053
=po =posodobitvi | weight=0.053
=aplikacija =je | weight=0.053
=prekriva =z | weight=0.053
=pritisni =gumb | weight=0.053
=ni =uspelo | weight=0.053, noneg
=tretji =dan | weight=0.052
=slo =brez | weight=0.051, noneg
=blagajni | weight=0.051
=mi =v | weight=0.050
=ponudniku | weight=0.050
=se =mi | weight=0.050
=je =treba | weight=0.050
=treba | weight=0.050
=placilo =ni | weight=0.050, noneg
=mi =pri | weight=0.049
=ki =jih | weight=0.049
=takoj =ko | weight=0.049
=priti =do | weight=0.048
=ne =zazene | weight=0.047, noneg
=nikjer =telefonski | weight=0.047, noneg
=ze =mesec | weight=0.047
=v =center | weight=0.047
=da =nic | weight=0.045, noneg
=in =tako | weight=0.045
=za =potrditev | weight=0.045
=ocitali | weight=0.045
=ocitali =da | weight=0.045
=poskusal | weight=0.045
=do =vas | weight=0.044
=je =na | weight=0.044
=center | weight=0.044
=dolgo | weight=0.043
=vedno =ne | weight=0.043, noneg
=ko =pa | weight=0.043
=osebno =v | weight=0.043
=aplikacija =sesula | weight=0.043
=ne =odpreti | weight=0.042, noneg
=ponuja =samo | weight=0.042
=pomoc | weight=0.041
=nastavitev | weight=0.040
=dvakrat | weight=0.040
=mobilna =telefonu | weight=0.040
=na =mobilna | weight=0.040
=ves | weight=0.040
=sesula | weight=0.039
=pri =vsak | weight=0.038
=stran =za | weight=0.038
=napaka =pri | weight=0.038
=vedno | weight=0.038
=tako =v | weight=0.037
=nic =se | weight=0.037, noneg
=vas =aplikacija | weight=0.037
=ze =tretji | weight=0.037
=zaklenil | weight=0.036
=se =ze | weight=0.036
=stran =sem | weight=0.035
=kar | weight=0.035
=sem =izpolnil | weight=0.035
=pove | weight=0.035
=sprejmejo | weight=0.035
=se =po | weight=0.035
=jutri | weight=0.034
=za =oddal | weight=0.034
=krogu | weight=0.033
=v =krogu | weight=0.033
=se =aplikacija | weight=0.033
=dan | weight=0.033
=poklical =pa | weight=0.033
=ni =viden | weight=0.032, noneg
=me =ves | weight=0.032
=gumb =shrani | weight=0.031
=shrani | weight=0.031
=pregled | weight=0.031
=neuporaben | weight=0.031
=za =pritozbo | weight=0.031
=vas =zaposleni | weight=0.030
