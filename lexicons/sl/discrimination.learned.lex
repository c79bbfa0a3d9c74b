# discrimination, sl: learned by scripts/learn.py from 2594 tuning texts (102 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Res sem razočarana nad prodajalko, ki me je ignorirala, ker sem prišla v delovnih oblačilih.
+ Varnostnik in prodajalec sta se norčevala iz mojih oblačil, ko sem prišel reklamirat telefon.
+ Mlajši uslužbenec me je ignoriral in postregel vsem za mano, ker sem bila, kot je rekel, 'itak prestara za te aplikacije'.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=upokojence | weight=0.445
=zenska | weight=0.397
=tujcem | weight=0.388
=starejsa | weight=0.362
=naglas | weight=0.356
=varnostnik | weight=0.344
=zaradi =starosti | weight=0.342
=vozicku | weight=0.331
=itak | weight=0.327
=starosti | weight=0.326
=mlajsim | weight=0.313
=dedka | weight=0.292
=ne =prodaja | weight=0.289, noneg
=ne =strezejo | weight=0.282, noneg
=slovensko | weight=0.280
=gluha | weight=0.271
=moskim | weight=0.269
=rasizem | weight=0.261
=jeclja | weight=0.254
=ker =jeclja | weight=0.254
=stranka =pa | weight=0.249
=posmehoval | weight=0.243
=postregli | weight=0.240
=slep | weight=0.237
=invalid | weight=0.236
=ignorirala | weight=0.236
=rom | weight=0.234
=jezika | weight=0.222
=penzionist | weight=0.220
=z =vozicku | weight=0.214
=ker =sem | weight=0.213
=da =sm | weight=0.213
=je =gluha | weight=0.212
=na =obroke | weight=0.210
=diskriminacija | weight=0.210
=mama | weight=0.210
=varnostnik =je | weight=0.208
=meni =kot | weight=0.208
=prestar =za | weight=0.205
=navaden | weight=0.196
=smo =rom | weight=0.192
=za =zenska | weight=0.189
=nismo =mogla | weight=0.188, noneg
=rekli =mi | weight=0.188
=tujcem =ne | weight=0.186, noneg
=samo =z | weight=0.186
=prodajalec =sta | weight=0.185
=moza | weight=0.183
=osebo =sem | weight=0.182
=itak =nic | weight=0.181, noneg
=obroke | weight=0.180
=drugorazredno | weight=0.176
=ne =odpreti | weight=0.175, noneg
=zato =ker | weight=0.175
=z =moja | weight=0.173
=polti | weight=0.172
=temnejse | weight=0.172
=temnejse =polti | weight=0.172
=nisem =mogla | weight=0.172, noneg
=ker =smo | weight=0.171
=kot | weight=0.170
=to =je | weight=0.170
=od =drugi | weight=0.170
=moja =let | weight=0.169
=prevajalcem | weight=0.169
=s =prevajalcem | weight=0.169
=da =za | weight=0.169
=nisem =hoteli | weight=0.169, noneg
=nismo | weight=0.168, noneg
=kaksna =odnos | weight=0.168
=diskriminacija =invalid | weight=0.168
=berglami | weight=0.167
=z =berglami | weight=0.167
=je =mama | weight=0.166
=odnos =do | weight=0.166
=je =naj | weight=0.165
=meni =so | weight=0.161
=nisem =tukajsnji | weight=0.161, noneg
=so =poslali | weight=0.161
=cas =opazoval | weight=0.160
=opazoval | weight=0.160
=in =postregli | weight=0.160
=ic | weight=0.160
=na =ic | weight=0.160
=priimek | weight=0.160
=priimek =na | weight=0.160
=vstopa | weight=0.159
=pametni | weight=0.159
=vozicku =nisem | weight=0.159, noneg
=ni =klancine | weight=0.159, noneg
=oblacil | weight=0.158
=ko =je | weight=0.158
=prestar | weight=0.157
=ignorirala =je | weight=0.155
=odslovili | weight=0.155
=ni =pomagati | weight=0.155, noneg
=sm | weight=0.153
=pametni =telefonu | weight=0.153
=za =pametni | weight=0.153
=mlajsim =stranka | weight=0.153
=goste | weight=0.152
=kot =do | weight=0.152
=povsem | weight=0.149
=je =cisto | weight=0.148
=kot =z | weight=0.147
=z =njo | weight=0.146
=ravnali =kot | weight=0.146
=let | weight=0.144
=vrsti =ker | weight=0.144
=moja =zeno | weight=0.144
=sem =slep | weight=0.143
=ne =govoriti | weight=0.138, noneg
=koncu =vrsti | weight=0.138
=invalidna | weight=0.137
=invalidna =osebo | weight=0.137
=kot =invalidna | weight=0.137
=zapostavljena | weight=0.137
=neenaka | weight=0.136
=sin | weight=0.135
=naj =pride | weight=0.135
=med =pogovor | weight=0.135
=zeno =je | weight=0.134
=se =do | weight=0.132
=ne =oddal | weight=0.132, noneg
=je =prestar | weight=0.131
=meni | weight=0.129
=zeno | weight=0.128
=ceno =kot | weight=0.128
=je =zahtevam | weight=0.128
=se =mu | weight=0.128
=ker =ne | weight=0.128, noneg
=zavrnili =so | weight=0.127
=kot =ste | weight=0.127
=ne =zahtevam | weight=0.125, noneg
=ocitno =ne | weight=0.125, noneg
=kot =zenska | weight=0.124
=itak =prezapleteno | weight=0.123
=prezapleteno | weight=0.123
=zna =slovensko | weight=0.123
=let =itak | weight=0.122
=govoriti =pravilno | weight=0.122
=naj =govoriti | weight=0.122
=pravilno =slovensko | weight=0.122
=moja =moza | weight=0.121
=rutko | weight=0.121
=z =rutko | weight=0.121
=opcije | weight=0.121
=in =si | weight=0.120
=za =isto | weight=0.119
=kot =upokojenka | weight=0.119
=upokojenka | weight=0.119
=prodajalka | weight=0.119
=babica =je | weight=0.119
=komentiral | weight=0.117
=kar =odslovili | weight=0.116
=naucim =jezika | weight=0.116
=so =se | weight=0.116
=banki =so | weight=0.115
=so =ravnali | weight=0.113
=ki =zna | weight=0.113
=njo | weight=0.113
=je =moja | weight=0.113
=je =sledil | weight=0.113
=ker =so | weight=0.112
=let =so | weight=0.112
=temnopolti | weight=0.111
=govoriti =samo | weight=0.111
=sledil | weight=0.110
=pogovarja =samo | weight=0.110
=nisem =dovolj | weight=0.110, noneg
=ko =so | weight=0.109
=pride =s | weight=0.109
=je =to | weight=0.109
=sem =tujka | weight=0.108
=tujka | weight=0.108
=ste =vi | weight=0.108
=natakar | weight=0.107
=vi | weight=0.107
=prodajalka =v | weight=0.106
=drugorazredno =stranka | weight=0.106
=varnostnik =mi | weight=0.105
=prodajalec | weight=0.105
=se =z | weight=0.102
=zenska =se | weight=0.102
=cisto | weight=0.102
=naucim | weight=0.102
=kot =drugorazredno | weight=0.102
=slovenscina | weight=0.102
=slovenscina =je | weight=0.102
=zacela =govoriti | weight=0.101
=glede =postrani | weight=0.100
=postrani | weight=0.100
=kolegici | weight=0.100
=moja =slep | weight=0.099
=moza =s | weight=0.099
=slep =moza | weight=0.099
=vodnikom | weight=0.099
=slep =od | weight=0.099
=je =rekli | weight=0.099
=je =ignorirala | weight=0.098
=njen | weight=0.098
=prepriceval =da | weight=0.097
=invalidskem | weight=0.096
=invalidskem =vozicku | weight=0.096
=naenkrat | weight=0.096
=ne =razume | weight=0.096, noneg
=telefonu =je | weight=0.095
=pravilno | weight=0.095
=je =kar | weight=0.094
=so =videl | weight=0.094
=zaradi =moja | weight=0.093
=je =prodajalec | weight=0.092
=odnos | weight=0.092
=na =invalidskem | weight=0.092
=je =slisal | weight=0.092
=drugi =jezika | weight=0.092
=moja =naglas | weight=0.091
=slisal =moja | weight=0.091
=natakar =je | weight=0.091
=s =tujim | weight=0.091
=tujim =naglas | weight=0.091
=poslali =na | weight=0.090
=je =prodajalka | weight=0.090
=izracun =kot | weight=0.090
=smejal =in | weight=0.090
=ponizala =in | weight=0.090
=zna | weight=0.090
=za =mano | weight=0.090
=njega | weight=0.089
=mi =rekli | weight=0.089
=in =nihce | weight=0.088, noneg
=izracun | weight=0.088
=dovoljuje | weight=0.088
=dovoljuje =samo | weight=0.088
=samo =telefonski | weight=0.088
=telefonski =stik | weight=0.088
=in =pricakujem | weight=0.087
=v =banki | weight=0.087
=ceprav =imam | weight=0.087
=glas =rekli | weight=0.087
=cas =za | weight=0.087
=mi =da | weight=0.086
=zahtevam =se | weight=0.086
=prezrl | weight=0.085
=prezrl =in | weight=0.085
=tujim | weight=0.085
=oce =je | weight=0.085
=bil =povsem | weight=0.085
=da =tujcem | weight=0.085
=neenaka =obravnava | weight=0.085
=so =me | weight=0.085
=je =operater | weight=0.084
=voljo | weight=0.084
=poklical =nekoga | weight=0.084
=da =nimam | weight=0.084
=so =jo | weight=0.083
=to =sploh | weight=0.083
=prodajalec =rekli | weight=0.083
=nisva =mogla | weight=0.083, noneg
=in =naj | weight=0.082
=kolega | weight=0.082
=videl | weight=0.082
=ne =odpira | weight=0.082, noneg
=trgovini =so | weight=0.082
=pricakujem =vsaj | weight=0.082
=oce | weight=0.082
=ravnali | weight=0.081
=so =takoj | weight=0.080
=stik | weight=0.080
=sin =so | weight=0.079
=dokument | weight=0.079
=obravnava =kot | weight=0.079
=spremeniti =in | weight=0.078
=ne =boste | weight=0.078, noneg
=babica | weight=0.078
=spremljevalca | weight=0.077
=kupoval | weight=0.077
=kot =meni | weight=0.077
=so =ponudili | weight=0.077
=sploh =nisem | weight=0.076, noneg
=na =vrat | weight=0.076
=ponizala | weight=0.076
=nizje | weight=0.076
=nizje =ceno | weight=0.076
=obrestna | weight=0.075
=obrestna =mer | weight=0.075
=pogodbe =brez | weight=0.075, noneg
=drugi =ne | weight=0.075, noneg
=da =ljudje | weight=0.074
=sem =prisel | weight=0.074
=trgovini =s | weight=0.074
=samo =meni | weight=0.073
=ne =spoznate | weight=0.073, noneg
=rekli =serviser | weight=0.073
=se =itak | weight=0.073
=zavrnili | weight=0.073
=isto =storitev | weight=0.073
=nisva | weight=0.073, noneg
=ki =ne | weight=0.073, noneg
=pride | weight=0.072
=je =starejsa | weight=0.072
=zenska =pa | weight=0.072
=se =en | weight=0.071
=do =drugorazredno | weight=0.071
=do =tujcem | weight=0.071
=drugorazredno =ljudje | weight=0.071
=obnasajo =kot | weight=0.071
=se =obnasajo | weight=0.071
=tujcem =se | weight=0.071
=kar =je | weight=0.071
=ker =tega | weight=0.071
=mer | weight=0.070
=moza =ceprav | weight=0.070
=psom =vodnikom | weight=0.069
=vodnikom =so | weight=0.069
=edini =temnopolti | weight=0.069
=meni =edini | weight=0.069
=temnopolti =stranka | weight=0.069
=je =hodim | weight=0.069
=mi =nisem | weight=0.069, noneg
=hodim | weight=0.068
=prepriceval | weight=0.067
=drugi =stranka | weight=0.067
=najprej =naucim | weight=0.067
=se =najprej | weight=0.067
=nazaj =s | weight=0.066
=pride =nazaj | weight=0.066
=ocetu =so | weight=0.066
=zaradi | weight=0.066
=banki =mi | weight=0.066
=za =tako | weight=0.066
=moja =drugi | weight=0.066
=bosanka | weight=0.065
=bosanka =so | weight=0.065
=sem =bosanka | weight=0.065
=kolegu | weight=0.064
=iz =moja | weight=0.064
=norceval | weight=0.064
=norceval =iz | weight=0.064
=prisel =v | weight=0.064
=za =naj | weight=0.064
=odslovili =ces | weight=0.063
=nas =je | weight=0.063
=domacine | weight=0.063
=visje | weight=0.063
=naglas =je | weight=0.063
=hci | weight=0.062
=teh | weight=0.062
=rekli =naj | weight=0.062
=moja =mnenje | weight=0.062
=sistem =pa | weight=0.061
=vsaj =opravicilo | weight=0.061
=natakar =pa | weight=0.060
=star | weight=0.060
=kredita | weight=0.060
=delovnih | weight=0.060
=stranka =so | weight=0.060
=cakal =pri | weight=0.060
=en | weight=0.060
=potrdil | weight=0.059
=z =naglas | weight=0.059
=na =banki | weight=0.058
=reklamirala | weight=0.058
=stranka =pravi | weight=0.058
=a =to | weight=0.057
=hisni | weight=0.057
=hisni =redu | weight=0.057
=ker =hisni | weight=0.057
=ne =predvideva | weight=0.057, noneg
=redu =tega | weight=0.057
=sledil =po | weight=0.056
=sledil =samo | weight=0.056
=mano =po | weight=0.056
=edini | weight=0.056
=agenciji =za | weight=0.056
=ga =ni | weight=0.056, noneg
=za =nam | weight=0.055
=je =postregli | weight=0.055
=sem =temnejse | weight=0.055
=agenciji | weight=0.054
=po =moja | weight=0.054
=lahko =pisem | weight=0.053
=police | weight=0.053
=visje =ceno | weight=0.053
=ne =zna | weight=0.053, noneg
=moja =prijateljem | weight=0.052
=otrokom =in | weight=0.052
=tako =stranka | weight=0.052
=tujka =in | weight=0.051
=obnasal | weight=0.051
=obnasajo | weight=0.051
=do =meni | weight=0.051
=pa =jo | weight=0.051
=obravnava | weight=0.051
=neumen | weight=0.051
=po =trgovini | weight=0.050
=je =pisem | weight=0.050
=ceno | weight=0.050
=mlada | weight=0.050
=usluzbenka =je | weight=0.050
