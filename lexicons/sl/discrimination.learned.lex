# discrimination, sl: learned by scripts/learn.py from 2314 tuning texts (92 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Ker jecljam, se mi je prodajalka posmehovala.
+ Očetu so rekli, da je prestar za pametni telefon.
+ Do tujcev se obnasajo kot do drugorazrednih ljudi.
- Ovadili vas bomo.
- Tole bo šlo viralno.
=upokojence | weight=0.434
=tujcem | weight=0.388
=zenska | weight=0.368
=starejsa | weight=0.353
=itak | weight=0.346
=zaradi =starosti | weight=0.342
=starosti | weight=0.328
=vozicku | weight=0.327
=mlajsim | weight=0.318
=varnostnik | weight=0.313
=ne =prodaja | weight=0.304, noneg
=dedka | weight=0.296
=naglas | weight=0.288
=ne =strezejo | weight=0.284, noneg
=posmehoval | weight=0.275
=moskim | weight=0.267
=slovensko | weight=0.262
=gluha | weight=0.262
=rasizem | weight=0.261
=jeclja | weight=0.252
=ker =jeclja | weight=0.252
=stranka =pa | weight=0.250
=slep | weight=0.240
=rom | weight=0.238
=invalid | weight=0.228
=je =gluha | weight=0.220
=postregli | weight=0.219
=jezika | weight=0.219
=moz | weight=0.218
=meni =kot | weight=0.218
=varnostnik =je | weight=0.213
=diskriminacija | weight=0.212
=ker =sem | weight=0.211
=goste | weight=0.208
=nisem =hoteli | weight=0.208, noneg
=z =vozicku | weight=0.205
=to =je | weight=0.205
=mama | weight=0.205
=itak =nic | weight=0.204, noneg
=navaden | weight=0.204
=da =sm | weight=0.200
=prestar =za | weight=0.196
=rekli =mi | weight=0.190
=smo =rom | weight=0.190
=nismo =mogla | weight=0.189, noneg
=drugorazredno | weight=0.188
=na =obroke | weight=0.187
=obroke | weight=0.187
=samo =z | weight=0.186
=tujcem =ne | weight=0.186, noneg
=zato =ker | weight=0.184
=polti | weight=0.182
=temnejse | weight=0.182
=temnejse =polti | weight=0.182
=ne =odpreti | weight=0.181, noneg
=vstopa | weight=0.179
=moja =let | weight=0.178
=ko =je | weight=0.175
=osebo =sem | weight=0.174
=nisem =mogla | weight=0.173, noneg
=kaksna =odnos | weight=0.171
=ignorirali | weight=0.171
=prestar | weight=0.171
=od =drugi | weight=0.171
=kot | weight=0.171
=berglami | weight=0.171
=z =berglami | weight=0.171
=povsem | weight=0.170
=pametni | weight=0.169
=cas =opazoval | weight=0.169
=opazoval | weight=0.169
=diskriminacija =invalid | weight=0.169
=ignorirali =je | weight=0.168
=nismo | weight=0.167, noneg
=odnos =do | weight=0.166
=z =moja | weight=0.164
=pametni =telefonu | weight=0.164
=za =pametni | weight=0.164
=ker =smo | weight=0.162
=je =mama | weight=0.160
=odslovili | weight=0.159
=kot =z | weight=0.159
=let | weight=0.158
=je =naj | weight=0.156
=ni =klancine | weight=0.155, noneg
=ic | weight=0.155
=na =ic | weight=0.155
=priimek | weight=0.155
=priimek =na | weight=0.155
=meni =so | weight=0.152
=nisem =tukajsnji | weight=0.152, noneg
=so =poslal | weight=0.152
=vozicku =nisem | weight=0.152, noneg
=ni =pomagati | weight=0.151, noneg
=ravnali =kot | weight=0.151
=in =postregli | weight=0.150
=je =cisto | weight=0.149
=natakar | weight=0.147
=moja =zeno | weight=0.147
=zeno =je | weight=0.144
=banki =so | weight=0.143
=sem =slep | weight=0.143
=mlajsim =stranka | weight=0.143
=sm | weight=0.142
=kot =do | weight=0.141
=natakar =je | weight=0.139
=neenaka | weight=0.138
=vrsti =ker | weight=0.136
=mi =rekli | weight=0.136
=je =prestar | weight=0.135
=prodajalec =sta | weight=0.135
=zeno | weight=0.134
=z =njo | weight=0.134
=sin | weight=0.134
=ocitno =ne | weight=0.134, noneg
=rutko | weight=0.133
=z =rutko | weight=0.133
=se =do | weight=0.133
=invalidna | weight=0.132
=invalidna =osebo | weight=0.132
=kot =invalidna | weight=0.132
=zapostavljena | weight=0.132
=ko =so | weight=0.132
=koncu =vrsti | weight=0.130
=babica =je | weight=0.129
=je =zahtevam | weight=0.129
=zavrnili =so | weight=0.128
=in =si | weight=0.128
=kot =zenska | weight=0.127
=ne =oddal | weight=0.126, noneg
=itak =prezapleteno | weight=0.126
=prezapleteno | weight=0.126
=nisem =dovolj | weight=0.126, noneg
=naj =pride | weight=0.125
=ne =zahtevam | weight=0.125, noneg
=da =za | weight=0.125
=govoriti =pravilno | weight=0.124
=naj =govoriti | weight=0.124
=pravilno =slovensko | weight=0.124
=vi | weight=0.124
=meni | weight=0.123
=ceno =kot | weight=0.123
=zna =slovensko | weight=0.122
=se =mu | weight=0.122
=let =itak | weight=0.121
=njega | weight=0.121
=opcije | weight=0.121
=je =rekli | weight=0.121
=pride =s | weight=0.121
=moja =moz | weight=0.121
=govoriti =samo | weight=0.120
=drugorazredno =stranka | weight=0.119
=je =sledil | weight=0.118
=kot =drugorazredno | weight=0.117
=prevajalcem | weight=0.117
=s =prevajalcem | weight=0.117
=let =so | weight=0.117
=je =moja | weight=0.115
=varnostnik =mi | weight=0.114
=naucim =jezika | weight=0.114
=sledil | weight=0.113
=kot =upokojenka | weight=0.112
=upokojenka | weight=0.112
=ki =zna | weight=0.112
=moja =naglas | weight=0.112
=slisal =moja | weight=0.112
=za =isto | weight=0.112
=ker =so | weight=0.111
=temnopolti | weight=0.111
=kar =odslovili | weight=0.111
=sem =tujka | weight=0.110
=tujka | weight=0.110
=je =prodajalec | weight=0.110
=pravilno | weight=0.109
=slep =od | weight=0.109
=odnos | weight=0.107
=moz =ceprav | weight=0.107
=se =z | weight=0.106
=zacela =govoriti | weight=0.106
=ne =razume | weight=0.106, noneg
=ne =govoriti | weight=0.106, noneg
=njo | weight=0.105
=je =kar | weight=0.105
=so =ravnali | weight=0.105
=pogovarja =samo | weight=0.103
=glede =postrani | weight=0.102
=postrani | weight=0.102
=naucim | weight=0.101
=je =prodajalka | weight=0.101
=naenkrat | weight=0.101
=prepriceval =da | weight=0.099
=zenska =se | weight=0.099
=slovenscina | weight=0.099
=slovenscina =je | weight=0.099
=kot =ste | weight=0.098
=so =videl | weight=0.098
=sploh =nisem | weight=0.097, noneg
=v =banki | weight=0.097
=poslal =na | weight=0.096
=so =se | weight=0.096
=prodajalec =rekli | weight=0.095
=cas =za | weight=0.095
=voljo | weight=0.094
=moja =slep | weight=0.094
=moz =s | weight=0.094
=slep =moz | weight=0.094
=vodnikom | weight=0.094
=ste =vi | weight=0.093
=da =ljudi | weight=0.092
=zaradi =moja | weight=0.092
=videl | weight=0.092
=da =nimam | weight=0.091
=zahtevam =se | weight=0.091
=so =jo | weight=0.090
=prezrl | weight=0.090
=prezrl =in | weight=0.090
=obravnava =kot | weight=0.089
=je =slisal | weight=0.089
=drugi =jezika | weight=0.087
=ne =boste | weight=0.087, noneg
=dovoljuje | weight=0.086
=dovoljuje =samo | weight=0.086
=samo =telefonski | weight=0.086
=telefonski =stik | weight=0.086
=mi =nisem | weight=0.086, noneg
=in =pricakujem | weight=0.086
=ponizala =in | weight=0.086
=nisva =mogla | weight=0.085, noneg
=je =to | weight=0.085
=izracun | weight=0.084
=izracun =kot | weight=0.084
=zna | weight=0.084
=dokument | weight=0.082
=in =naj | weight=0.082
=oce =je | weight=0.082
=bil =povsem | weight=0.081
=bosanka | weight=0.081
=bosanka =so | weight=0.081
=sem =bosanka | weight=0.081
=babica | weight=0.081
=zenska =pa | weight=0.081
=kar =je | weight=0.080
=in =nihce | weight=0.080, noneg
=ceprav =imam | weight=0.079
=prodajalec | weight=0.079
=je =starejsa | weight=0.079
=poklical =nekoga | weight=0.079
=trgovini =so | weight=0.079
=da =tujcem | weight=0.079
=neenaka =obravnava | weight=0.079
=so =takoj | weight=0.079
=pricakujem =vsaj | weight=0.078
=odslovili =ces | weight=0.078
=ker =tega | weight=0.078
=isto =storitev | weight=0.077
=nizje | weight=0.077
=nizje =ceno | weight=0.077
=prepriceval | weight=0.077
=stik | weight=0.077
=nisva | weight=0.077, noneg
=oce | weight=0.077
=ne =odpira | weight=0.075, noneg
=se =en | weight=0.075
=samo =meni | weight=0.074
=zavrnili | weight=0.074
=ker =ne | weight=0.074, noneg
=hci | weight=0.074
=ravnali | weight=0.074
=je =hodim | weight=0.073
=visje | weight=0.073
=ponizala | weight=0.072
=obrestna | weight=0.072
=obrestna =mer | weight=0.072
=edini =temnopolti | weight=0.072
=meni =edini | weight=0.072
=temnopolti =stranka | weight=0.072
=to =sploh | weight=0.072
=najprej =naucim | weight=0.071
=se =najprej | weight=0.071
=za =tako | weight=0.071
=pogodbe =brez | weight=0.071, noneg
=invalidskem | weight=0.070
=invalidskem =vozicku | weight=0.070
=spremljevalca | weight=0.070
=drugi =ne | weight=0.069, noneg
=do =drugorazredno | weight=0.069
=do =tujcem | weight=0.069
=drugorazredno =ljudi | weight=0.069
=obnasajo =kot | weight=0.069
=se =obnasajo | weight=0.069
=tujcem =se | weight=0.069
=hodim | weight=0.069
=ne =spoznate | weight=0.069, noneg
=rekli =serviser | weight=0.069
=se =itak | weight=0.069
=naglas =je | weight=0.069
=sin =so | weight=0.069
=za =mano | weight=0.068
=nic =ne | weight=0.068, noneg
=kot =meni | weight=0.067
=so =ponudili | weight=0.067
=stranka =so | weight=0.067
=kolo | weight=0.067
=za =naj | weight=0.067
=pride | weight=0.066
=cisto | weight=0.066
=mi =da | weight=0.065
=kupoval | weight=0.065
=sledil =po | weight=0.065
=domacine | weight=0.064
=psom =vodnikom | weight=0.064
=vodnikom =so | weight=0.064
=moja =drugi | weight=0.064
=mer | weight=0.064
=je =pisem | weight=0.064
=banki =mi | weight=0.064
=po =trgovini | weight=0.063
=teh | weight=0.063
=so =me | weight=0.063
=moja =mnenje | weight=0.063
=kolegu | weight=0.063
=kredit | weight=0.063
=prodajalka | weight=0.063
=agencija =za | weight=0.062
=na =invalidskem | weight=0.062
=ceno | weight=0.062
=drugi =stranka | weight=0.062
=vsaj =opravicilo | weight=0.060
=agencija | weight=0.060
=je =prosim | weight=0.060
=sistem =pa | weight=0.059
=pa =jo | weight=0.059
=ker | weight=0.058
=prodajalec =se | weight=0.057
=sem =temnejse | weight=0.057
=ni =jemal | weight=0.057, noneg
=za =nam | weight=0.057
=pa =ne | weight=0.057, noneg
=mano =po | weight=0.056
=pac =ne | weight=0.056, noneg
=cakal =pri | weight=0.055
=varscine | weight=0.055
=ne | weight=0.055, noneg
=ga =ni | weight=0.055, noneg
=opazil | weight=0.055
=na =vrat | weight=0.055
=edini | weight=0.055
=ocetu =so | weight=0.054
=barvi | weight=0.054
=natakar =pa | weight=0.054
=prodajalka =pa | weight=0.054
=zaradi | weight=0.054
=jezika =in | weight=0.054
=sledil =samo | weight=0.054
=tujine | weight=0.053
=tako =pac | weight=0.053
=po =moja | weight=0.053
=obravnava | weight=0.053
=telefonski | weight=0.052
=star | weight=0.052
=varnostnik =ni | weight=0.051, noneg
=je =po | weight=0.051
=samo =zato | weight=0.051
=hisni | weight=0.051
=hisni =redu | weight=0.051
=ker =hisni | weight=0.051
=ne =predvideva | weight=0.051, noneg
=redu =tega | weight=0.051
=sem =starejsa | weight=0.051
=voznjo | weight=0.050
=obnasajo | weight=0.050
=nedopusten | weight=0.050
=rekli =naj | weight=0.050
=moja =sin | weight=0.050
=z =naglas | weight=0.049
=psom | weight=0.049
=s =psom | weight=0.049
=me =odslovili | weight=0.049
=mi =povedal | weight=0.049
=trgovini =nisem | weight=0.049, noneg
=da =potrebujem | weight=0.049
=zacela | weight=0.048
=lahko =pisem | weight=0.048
=da =ga | weight=0.048
=ker =nisem | weight=0.048, noneg
=tujka =in | weight=0.048
=sem =rom | weight=0.048
=nimam =cas | weight=0.048
=presla | weight=0.048
=presla =v | weight=0.048
=sem =presla | weight=0.048
=pocasi | weight=0.048
=pocasi =in | weight=0.048
=obnasal | weight=0.048
=neumen | weight=0.048
=do =meni | weight=0.047
=na =listek | weight=0.046
=a =to | weight=0.046
=visje =ceno | weight=0.046
=moja =prijateljem | weight=0.046
