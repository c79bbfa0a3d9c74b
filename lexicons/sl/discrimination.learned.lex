# discrimination, sl: learned by scripts/learn.py from 2816 tuning texts (103 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Res sem razočarana nad prodajalko, ki me je ignorirala, ker sem prišla v delovnih oblačilih.
+ Varnostnik in prodajalec sta se norčevala iz mojih oblačil, ko sem prišel reklamirat telefon.
+ prodajalka v trgovini s telefoni je na glas rekla kolegici 'spet en penzionist, ki ne zna prizgat telefona'
- Ovadili vas bomo.
- nihce mi ni odpisal
=upokojence | weight=0.441
=zenska | weight=0.392
=tujcem | weight=0.381
=starejsa | weight=0.379
=varnostnik | weight=0.358
=naglas | weight=0.352
=zaradi =starosti | weight=0.342
=vozicku | weight=0.333
=itak | weight=0.332
=starosti | weight=0.323
=mlajsim | weight=0.310
=dedka | weight=0.297
=ne =prodaja | weight=0.284, noneg
=ne =strezejo | weight=0.278, noneg
=gluha | weight=0.270
=slovensko | weight=0.269
=moskim | weight=0.260
=rasizem | weight=0.260
=stranka =pa | weight=0.246
=jeclja | weight=0.246
=ker =jeclja | weight=0.246
=slep | weight=0.242
=rom | weight=0.236
=postregli | weight=0.235
=jezika | weight=0.230
=invalid | weight=0.229
=ignorirala | weight=0.228
=posmehoval | weight=0.224
=penzionist | weight=0.215
=je =gluha | weight=0.214
=da =sm | weight=0.212
=mamo | weight=0.207
=diskriminacija | weight=0.205
=z =vozicku | weight=0.204
=prestar =za | weight=0.201
=na =obroke | weight=0.200
=meni =kot | weight=0.199
=varnostnik =je | weight=0.198
=navaden | weight=0.192
=ker =sem | weight=0.188
=drugorazredno | weight=0.187
=za =zenska | weight=0.186
=tujcem =ne | weight=0.182, noneg
=nismo =mogla | weight=0.182, noneg
=osebo =sem | weight=0.182
=smo =rom | weight=0.182
=polti | weight=0.180
=temnejse | weight=0.180
=temnejse =polti | weight=0.180
=rekli =mi | weight=0.180
=itak =nic | weight=0.179, noneg
=samo =z | weight=0.179
=z =moja | weight=0.177
=obroke | weight=0.177
=berglami | weight=0.174
=z =berglami | weight=0.174
=ne =odpreti | weight=0.172, noneg
=prodajalec =sta | weight=0.172
=moz | weight=0.172
=od =drugi | weight=0.170
=cas =opazoval | weight=0.170
=opazoval | weight=0.170
=nisem =mogla | weight=0.169, noneg
=moja =let | weight=0.169
=nisem =hoteli | weight=0.167, noneg
=kaksna =odnos | weight=0.166
=to =je | weight=0.164
=nismo | weight=0.162, noneg
=ker =smo | weight=0.161
=diskriminacija =invalid | weight=0.161
=je =mamo | weight=0.160
=pametni | weight=0.159
=odslovili | weight=0.159
=prevajalcem | weight=0.159
=s =prevajalcem | weight=0.159
=je =naj | weight=0.158
=odnos =do | weight=0.157
=ic | weight=0.156
=na =ic | weight=0.156
=priimek | weight=0.156
=priimek =na | weight=0.156
=meni =so | weight=0.156
=nisem =tukajsnji | weight=0.156, noneg
=so =poslal | weight=0.156
=da =za | weight=0.155
=ignorirala =je | weight=0.155
=oblacil | weight=0.154
=kot | weight=0.153
=prodajalka | weight=0.153
=pametni =telefonu | weight=0.153
=za =pametni | weight=0.153
=kot =z | weight=0.152
=vstopa | weight=0.152
=vozicku =nisem | weight=0.151, noneg
=ni =klancine | weight=0.151, noneg
=goste | weight=0.151
=je =cisto | weight=0.149
=ni =pomagal | weight=0.148, noneg
=ko =je | weight=0.148
=sm | weight=0.148
=zato =ker | weight=0.148
=sin | weight=0.147
=prestar | weight=0.147
=let | weight=0.147
=moja =zeno | weight=0.146
=ne =govoriti | weight=0.144, noneg
=zeno =je | weight=0.144
=povsem | weight=0.143
=in =postregli | weight=0.142
=mlajsim =stranka | weight=0.142
=ravnali =kot | weight=0.141
=z =njo | weight=0.141
=kot =do | weight=0.141
=vrsti =ker | weight=0.141
=koncu =vrsti | weight=0.139
=med =pogovor | weight=0.138
=naj =pride | weight=0.137
=se =mu | weight=0.136
=invalidna | weight=0.136
=invalidna =osebo | weight=0.136
=kot =invalidna | weight=0.136
=zapostavljena | weight=0.136
=neenaka | weight=0.135
=zeno | weight=0.135
=ker =ne | weight=0.135, noneg
=sem =slep | weight=0.134
=zavrnili =so | weight=0.134
=je =prodajalka | weight=0.134
=ceno =kot | weight=0.130
=banki =so | weight=0.129
=je =prestar | weight=0.129
=ocitno =ne | weight=0.128, noneg
=se =do | weight=0.127
=opcije | weight=0.127
=je =sledil | weight=0.126
=ne =oddal | weight=0.125, noneg
=govoriti =pravilno | weight=0.125
=naj =govoriti | weight=0.125
=pravilno =slovensko | weight=0.125
=kot =zenska | weight=0.124
=itak =prezapleteno | weight=0.124
=prezapleteno | weight=0.124
=je =zahtevam | weight=0.124
=babica =je | weight=0.122
=komentiral | weight=0.122
=sledil | weight=0.121
=njo | weight=0.121
=meni | weight=0.120
=so =se | weight=0.120
=kot =upokojenka | weight=0.118
=upokojenka | weight=0.118
=zna =slovensko | weight=0.118
=temnopolti | weight=0.117
=ker =so | weight=0.117
=varnostnik =mi | weight=0.116
=je =moja | weight=0.116
=za =isto | weight=0.115
=let =so | weight=0.115
=ko =so | weight=0.115
=kar =odslovili | weight=0.114
=ne =zahtevam | weight=0.114, noneg
=drugorazredno =stranka | weight=0.114
=so =ravnali | weight=0.113
=natakar | weight=0.112
=kot =ste | weight=0.112
=moja =moz | weight=0.111
=pogovarja =samo | weight=0.110
=nisem =dovolj | weight=0.110, noneg
=je =to | weight=0.110
=rutko | weight=0.110
=z =rutko | weight=0.110
=se =z | weight=0.109
=kot =drugorazredno | weight=0.109
=let =itak | weight=0.108
=in =si | weight=0.108
=sem =tujka | weight=0.108
=tujka | weight=0.108
=slovenscina | weight=0.107
=slovenscina =je | weight=0.107
=ki =zna | weight=0.107
=prepriceval =da | weight=0.105
=zacela =govoriti | weight=0.105
=prodajalka =v | weight=0.104
=prodajalec | weight=0.104
=je =ignorirala | weight=0.103
=naucim =jezika | weight=0.103
=kolegici | weight=0.102
=zenska =se | weight=0.102
=slep =od | weight=0.102
=pride =s | weight=0.102
=natakar =je | weight=0.102
=njen | weight=0.102
=naenkrat | weight=0.101
=pravilno | weight=0.101
=vi | weight=0.100
=so =videl | weight=0.099
=moja =slep | weight=0.099
=moz =s | weight=0.099
=slep =moz | weight=0.099
=vodnikom | weight=0.099
=moja =naglas | weight=0.099
=slisal =moja | weight=0.099
=telefonu =je | weight=0.098
=govoriti =samo | weight=0.098
=ste =vi | weight=0.097
=glede =postrani | weight=0.097
=postrani | weight=0.097
=je =kar | weight=0.096
=je =rekli | weight=0.096
=in =pricakujem | weight=0.095
=invalidskem | weight=0.095
=invalidskem =vozicku | weight=0.095
=na =invalidskem | weight=0.095
=me =glede | weight=0.095
=drugi =jezika | weight=0.094
=mi =rekli | weight=0.094
=ne =razumem | weight=0.094, noneg
=smejal =in | weight=0.093
=zaradi =moja | weight=0.092
=da =nimam | weight=0.091
=ponizala =in | weight=0.091
=nisva =mogla | weight=0.091, noneg
=cisto | weight=0.091
=videl | weight=0.089
=glas =rekli | weight=0.089
=njega | weight=0.088
=s =tujim | weight=0.088
=tujim =naglas | weight=0.088
=sploh =nisem | weight=0.088, noneg
=zahtevam =se | weight=0.087
=je =operater | weight=0.086
=trgovini =so | weight=0.086
=je =starejsa | weight=0.085
=cas =za | weight=0.085
=in =naj | weight=0.085
=voljo | weight=0.085
=bil =povsem | weight=0.084
=ravnali | weight=0.084
=izracun =kot | weight=0.084
=oce =je | weight=0.084
=je =prodajalec | weight=0.083
=dovoljuje | weight=0.083
=dovoljuje =samo | weight=0.083
=samo =telefonski | weight=0.083
=telefonski =stik | weight=0.083
=to =sploh | weight=0.082
=rekli =naj | weight=0.082
=da =tujcem | weight=0.082
=neenaka =obravnava | weight=0.082
=izracun | weight=0.082
=nisva | weight=0.081, noneg
=tujim | weight=0.081
=kupoval | weight=0.081
=babica | weight=0.081
=trgovini =s | weight=0.081
=poslal =na | weight=0.081
=odnos | weight=0.080
=oce | weight=0.080
=zna | weight=0.079
=ne =odpira | weight=0.079, noneg
=kar =je | weight=0.079
=prodajalec =rekli | weight=0.078
=pricakujem =vsaj | weight=0.078
=omenil =da | weight=0.078
=sin =so | weight=0.078
=poklical =nekoga | weight=0.078
=in =nihce | weight=0.077, noneg
=kot =meni | weight=0.077
=so =ponudili | weight=0.077
=ceprav =imam | weight=0.077
=kolega | weight=0.077
=bosanka | weight=0.077
=bosanka =so | weight=0.077
=sem =bosanka | weight=0.077
=prepriceval | weight=0.077
=naucim | weight=0.076
=so =takoj | weight=0.076
=stik | weight=0.076
=prezrl | weight=0.076
=prezrl =in | weight=0.076
=ki =ne | weight=0.076, noneg
=dokument | weight=0.076
=je =slisal | weight=0.076
=so =jo | weight=0.076
=mi =nisem | weight=0.075, noneg
=nizje | weight=0.075
=nizje =ceno | weight=0.075
=ne =boste | weight=0.075, noneg
=mi =da | weight=0.075
=ocetu =so | weight=0.075
=odslovili =ces | weight=0.074
=rekli =serviser | weight=0.074
=se =itak | weight=0.074
=star | weight=0.074
=sem =omenil | weight=0.074
=ne =izmisljujem | weight=0.074, noneg
=do =drugorazredno | weight=0.073
=do =tujcem | weight=0.073
=drugorazredno =ljudje | weight=0.073
=obnasajo =kot | weight=0.073
=se =obnasajo | weight=0.073
=tujcem =se | weight=0.073
=obrestna | weight=0.073
=obrestna =mer | weight=0.073
=spremljevalca | weight=0.073
=sem =prisel | weight=0.073
=zavrnili | weight=0.072
=samo =meni | weight=0.072
=isto =storitev | weight=0.072
=ponizala | weight=0.072
=moz =ceprav | weight=0.071
=omenil | weight=0.071
=sledil =samo | weight=0.070
=naj =cakal | weight=0.070
=zenska =pa | weight=0.070
=prisel =v | weight=0.070
=da =ljudje | weight=0.069
=pogodbe =brez | weight=0.069, noneg
=na =banki | weight=0.069
=edini =temnopolti | weight=0.069
=meni =edini | weight=0.069
=temnopolti =stranka | weight=0.069
=drugi =stranka | weight=0.068
=ne =spoznam | weight=0.068, noneg
=moja =drugi | weight=0.068
=naglas =je | weight=0.067
=se =en | weight=0.067
=zaradi | weight=0.067
=spremeniti =in | weight=0.066
=hci | weight=0.066
=najprej =naucim | weight=0.065
=se =najprej | weight=0.065
=drugi =ne | weight=0.065, noneg
=invalidka | weight=0.065
=nas =je | weight=0.065
=za =naj | weight=0.065
=domacine | weight=0.064
=za =tako | weight=0.064
=visje | weight=0.064
=banki =mi | weight=0.063
=mer | weight=0.063
=iz =moja | weight=0.063
=norceval | weight=0.063
=norceval =iz | weight=0.063
=je =hodim | weight=0.062
=ker =tega | weight=0.062
=nazaj =s | weight=0.062
=pride =nazaj | weight=0.062
=in =govoriti | weight=0.062
=natakar =pa | weight=0.062
=v =banki | weight=0.061
=za =mano | weight=0.061
=stranka =pravi | weight=0.061
=sem =temnejse | weight=0.061
=psom =vodnikom | weight=0.060
=vodnikom =so | weight=0.060
=stranka =so | weight=0.060
=sistem =pa | weight=0.059
=reklamirala | weight=0.059
=kolegu | weight=0.059
=cakal =pri | weight=0.059
=so =me | weight=0.058
=otrokom =in | weight=0.058
=mamo =so | weight=0.058
=potrebujem | weight=0.058
=hodim | weight=0.057
=moja =mnenje | weight=0.057
=domace | weight=0.057
=je =postregli | weight=0.057
=za =nam | weight=0.057
=delovnih | weight=0.057
=obnasajo | weight=0.057
=varscine | weight=0.057
=vsaj =opravicilo | weight=0.057
=si =ne | weight=0.057, noneg
=pride | weight=0.057
=neumen | weight=0.057
=na =glas | weight=0.057
=en | weight=0.056
=po =trgovini | weight=0.056
=agenciji =za | weight=0.056
=in =ne | weight=0.056, noneg
=ga =ni | weight=0.056, noneg
=sledil =po | weight=0.056
=teh | weight=0.055
=visje =ceno | weight=0.054
=sem =rom | weight=0.054
=nekoga =ki | weight=0.054
=je =pisem | weight=0.054
=mano =po | weight=0.054
=pa =ne | weight=0.054, noneg
=pa =jo | weight=0.053
=edini | weight=0.053
=agenciji | weight=0.053
=prodajalec =se | weight=0.053
=kredita | weight=0.052
=barvi | weight=0.052
=potrdila | weight=0.052
=nimam =cas | weight=0.051
=lahko =pisem | weight=0.051
