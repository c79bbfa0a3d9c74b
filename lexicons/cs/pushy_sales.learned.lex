# pushy_sales, cs: learned by scripts/learn.py from 3948 tuning texts (93 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ operator mi napsal, ze vypadky zpusobuje muj router a at si od nich koupim novy za 2 490 Kc. Ten stary router mam pritom taky od nich.
+ v servisu mi pri prezouvani gum zacali tlacit nove disky, nove sterace, cisteni klimatizace a jeste pojisteni. chtel jsem jen prezout!!
+ agent pojistovny mi volal uz asi podesaty jestli nechci pripojistit auto a domacnost, rikal jsem mu ze ne a on ze 'takova nabidka uz nebude'. dejte mi pokoj
- ok dekuju
- super, doporucuju
=tlacil | weight=0.459
=drazsi | weight=0.396
=vnucoval | weight=0.365
=pojisteni | weight=0.353
=nabidkou | weight=0.347
=premlouval | weight=0.309
=cpal | weight=0.297
=ze =bez | weight=0.294, noneg
=nabizi | weight=0.277
=podepsat | weight=0.255
=podepisu | weight=0.251
=prodlouzenou | weight=0.247
=prodlouzenou =zaruka | weight=0.240
=predplatne | weight=0.229
=kreditku | weight=0.219
=nuti | weight=0.212
=misto | weight=0.210
=mi =volal | weight=0.207
=z =banky | weight=0.206
=opravu =mi | weight=0.205
=presvedcoval | weight=0.201
=drazsi =tarif | weight=0.196
=nemam =zajem | weight=0.193, noneg
=o =ktery | weight=0.191
=denne | weight=0.191
=akce | weight=0.187
=novy =smlouvu | weight=0.177
=mi =vnucoval | weight=0.175
=vnutit | weight=0.175
=s =nabidkou | weight=0.171
=auto =nepujcuji | weight=0.171
=vezmu | weight=0.170
=balicek | weight=0.170
=bez =drazsi | weight=0.170, noneg
=presvedcoval =me | weight=0.170
=ukecat | weight=0.169
=smlouvu | weight=0.169
=rovnou | weight=0.168
=tlacil =at | weight=0.167
=nezadal | weight=0.167
=na =drazsi | weight=0.167
=nepodepisu | weight=0.166
=nepujcuji | weight=0.166
=prodat | weight=0.163
=nechteli | weight=0.163
=jsem =rekl | weight=0.162
=volal =mi | weight=0.161
=ktery =jsem | weight=0.161
=novy | weight=0.161
=si =vezmu | weight=0.160
=pustit | weight=0.160
=jen =prodejne | weight=0.158
=pomoc =jen | weight=0.158
=prodejne =reci | weight=0.158
=a =nabizi | weight=0.158
=natlak | weight=0.157
=porad =cpal | weight=0.156
=misto =opravu | weight=0.155
=bych =nemam | weight=0.155
=minut =vysvetlil | weight=0.155
=proc =bych | weight=0.155
=prodejce | weight=0.154
=nechci | weight=0.152, noneg
=me =premlouval | weight=0.151
=bez =jejich | weight=0.148, noneg
=nepujde | weight=0.146
=porad =na | weight=0.143
=misto =pomoc | weight=0.142
=nabidkou =jen | weight=0.142
=koupil | weight=0.141
=je =koupil | weight=0.140
=me =podepsat | weight=0.139
=podepsat =novy | weight=0.139
=hned | weight=0.139
=dokud =nepodepisu | weight=0.137
=pustit =dokud | weight=0.137
=nerozumel =tom | weight=0.135
=vysvetlil =proc | weight=0.134
=na =pojisteni | weight=0.133
=banky | weight=0.133
=a =tlacil | weight=0.129
=antivir | weight=0.128
=jsem =vubec | weight=0.127
=a =nuti | weight=0.127
=si =je | weight=0.126
=pomoc | weight=0.124
=hrnec | weight=0.124
=dokud | weight=0.122
=ktery =nechci | weight=0.121, noneg
=me =ze | weight=0.120
=rusim =predplatne | weight=0.119
=fakt =otravene | weight=0.119
=na =dalsi | weight=0.117
=nerozumel | weight=0.115
=vybrat | weight=0.114
=prodavacka =mi | weight=0.114
=mi =porad | weight=0.113
=pet =e-mail | weight=0.113
=dalsi =lince | weight=0.111
=e-mail =s | weight=0.110
=vyhodna | weight=0.110
=a =chtel | weight=0.108
=prodavac =mi | weight=0.107
=prodavac | weight=0.107
=mi =kazdy | weight=0.106
=bankerka | weight=0.105
=nepodepisu =smlouvu | weight=0.103
=jen =dnes | weight=0.103
=vyhodna =nabidkou | weight=0.103
=vybrat =hotovost | weight=0.101
=uver | weight=0.101
=je =do | weight=0.101
=mamince | weight=0.100
=zaruka | weight=0.100
=otravene | weight=0.100
=v =obchode | weight=0.100
=me =tlacil | weight=0.099
=na =tom | weight=0.099
=pojisteni =k | weight=0.098
=lidi =na | weight=0.097
=nuti =me | weight=0.096
=akce =a | weight=0.096
=hned =na | weight=0.093
=hotovost | weight=0.092
=drazsi =model | weight=0.092
=drazsi =balicek | weight=0.090
=kartu =a | weight=0.090
=kazdy =tyden | weight=0.090
=smlouvu =mi | weight=0.089
=jsem =odmitli | weight=0.088
=cpal =drazsi | weight=0.088
=penize =zpatky | weight=0.087
=kazdy =den | weight=0.086
=nekolikrat | weight=0.086
=reci | weight=0.086
=musim =se | weight=0.085
=rano | weight=0.085
=vernostni | weight=0.084
=prodavac =me | weight=0.084
=snazim | weight=0.084
=roboticky | weight=0.084
=si =jen | weight=0.082
=premium | weight=0.081
=jen =vybrat | weight=0.081
=tarif | weight=0.081
=novy =tarif | weight=0.081
=vubec =nepotrebuji | weight=0.081
=banky =me | weight=0.080
=me =ukecaval | weight=0.079
=ukecaval | weight=0.079
=a =penize | weight=0.078
=abych | weight=0.078
=me =at | weight=0.077
=a =pojisteni | weight=0.077
=vnucoval =novy | weight=0.076
=vyslechl | weight=0.076
=mi =jen | weight=0.076
=premlouval =k | weight=0.075
=pet | weight=0.074
=s =vas | weight=0.074
=den =s | weight=0.074
=nabidkou =ktery | weight=0.074
=vubec =neni | weight=0.074, noneg
=ji =koupil | weight=0.074
=tom =ze | weight=0.074
=po =ukonceni | weight=0.073
=jeste =pojisteni | weight=0.073
=tak =od | weight=0.073
=doplnky | weight=0.073
=ktery =vubec | weight=0.072
=chodi =sms | weight=0.072
=opakovane =mi | weight=0.072
=sms =nabidkou | weight=0.072
=vypadek =zpusobila | weight=0.072
=ukonceni | weight=0.072
=jsem =rikal | weight=0.072
=si =od | weight=0.072
=rozhodnout | weight=0.072
=stary =router | weight=0.072
=jsem =dal | weight=0.071
=bankerka =mi | weight=0.071
=spotrebitelsky | weight=0.071
=spotrebitelsky =uver | weight=0.071
=router =mam | weight=0.071
=nekoho =jiny | weight=0.071
=pocitaci | weight=0.071
=planu | weight=0.070
=stary | weight=0.070
=nikdo =zivemu | weight=0.070, noneg
=byla =jsem | weight=0.069
=to =storno | weight=0.069
=me =pustit | weight=0.069
=fakt =nemam | weight=0.069, noneg
=proc | weight=0.068
=musim =jsem | weight=0.068
=muj =router | weight=0.068
=at =podepisu | weight=0.067
=od =nich | weight=0.067
=ke | weight=0.066
=rekl =ne | weight=0.066, noneg
=trva =na | weight=0.066
=jako =jsem | weight=0.066
=odesla | weight=0.066
=porad =vnucoval | weight=0.066
=jsem =jen | weight=0.065
=kazdy | weight=0.065
=vezmu =drazsi | weight=0.065
=odesla =jsem | weight=0.065
=mi =k | weight=0.065
=najdu =si | weight=0.065
=si =ji | weight=0.065
=mi =pokoj | weight=0.065
=denne =mi | weight=0.065
=tak =dlouho | weight=0.064
=pridali | weight=0.064
=router =a | weight=0.064
=past | weight=0.063
=skoncila | weight=0.063
=nabizi =mi | weight=0.063
=hned =jako | weight=0.062
=tlacil =me | weight=0.062
=mi =vubec | weight=0.062
=tarif =a | weight=0.062
=koupil =novy | weight=0.062
=ukonceni =smlouvu | weight=0.061
=telefon =je | weight=0.061
=do =me | weight=0.061
=hucel | weight=0.061
=hucel =at | weight=0.061
=me =hucel | weight=0.061
=prodavac =do | weight=0.061
=vezmu =jeste | weight=0.061
=me =az | weight=0.061
=pustit =me | weight=0.061
=k =prodlouzenou | weight=0.060
=vubec =odpoved | weight=0.060
=dejte =mi | weight=0.060
=tarif =s | weight=0.060
=obchodni =zastupce | weight=0.060
=poruchu =mi | weight=0.059
=trikrat | weight=0.059
=prisel =jsem | weight=0.059
=mi =pomohla | weight=0.059
=neustale =vnucoval | weight=0.059
=vnucoval =drazsi | weight=0.059
=stravil | weight=0.059
=komu | weight=0.058
=lince =a | weight=0.058
=premlouval =at | weight=0.058
=pote =co | weight=0.057
=neprevedou | weight=0.057
=nuti =mi | weight=0.057
=rozhovor | weight=0.057
=jste =me | weight=0.057
=akce =na | weight=0.057
=mi =rovnou | weight=0.056
=boty =se | weight=0.056
=minut =premlouval | weight=0.056
=nez =mi | weight=0.056
=nas =pustit | weight=0.056
=nejaky | weight=0.056
=pokoj | weight=0.056
=nakup | weight=0.056
=jsem =od | weight=0.056
=nabidkou =novy | weight=0.056
=zaruka =i | weight=0.055
=nepotrebuji | weight=0.055
=neda =pokoj | weight=0.055
=jsem =s | weight=0.055
=obdrzel | weight=0.054
=trikrat =jsem | weight=0.054
=robot | weight=0.053
=a =neda | weight=0.053
=doslova | weight=0.053
=zpusobila =muj | weight=0.053
=mesicne | weight=0.053
=to =jako | weight=0.052
=bez =vyrizeni | weight=0.051, noneg
=odesla =bez | weight=0.051, noneg
=si =v | weight=0.051
=jsem =nezadal | weight=0.051
=prodejne =se | weight=0.051
=nejaky =vernostni | weight=0.050
=porad =mi | weight=0.050
=odchazim | weight=0.050
=smlouvu =na | weight=0.050
=k =telefon | weight=0.050
=pokladne =mi | weight=0.049
=mi =chodi | weight=0.049
=trikrat =rekl | weight=0.049
=dejte | weight=0.048
=s =televizi | weight=0.048
=misto =toho | weight=0.048
=neustale | weight=0.048
=smlouvu =jsem | weight=0.048
=jsem =nakonec | weight=0.048
=bolesti | weight=0.048
=bude =litovat | weight=0.048
=litovat | weight=0.048
=elektronikou | weight=0.047
=robot =s | weight=0.047
=obchode | weight=0.046
=najdu | weight=0.046
=agent | weight=0.046
=pri =vyzvednuti | weight=0.046
=notebook | weight=0.046
=hlavu | weight=0.046
=ze =vypadek | weight=0.046
=hodiny =vnucoval | weight=0.045
=furt =mi | weight=0.045
=mi =bez | weight=0.045, noneg
=jakmile | weight=0.044
=cpal =novy | weight=0.044
=neni =pravda | weight=0.044, noneg
=jeste =deset | weight=0.044
=nam =jeste | weight=0.044
=s =velkym | weight=0.044
=tablet | weight=0.044
=tablet =a | weight=0.044
=velkym =tlacitko | weight=0.044
=vymenu =sim | weight=0.044
=za =tri | weight=0.044
=tom | weight=0.043
=nechteli =me | weight=0.043
=pojisteni =i | weight=0.043
=pote | weight=0.043
=zastupce | weight=0.042
=zvedne | weight=0.042
=slevu =a | weight=0.042
=na =otazku | weight=0.042
=vyzvednuti | weight=0.042
=bez | weight=0.041, noneg
=a =bankerka | weight=0.041
=s =touto | weight=0.041
=touto | weight=0.041
=a =nechteli | weight=0.041
=cistenim | weight=0.041
=hodinky | weight=0.040
=u =pokladne | weight=0.040
=fakt | weight=0.040
=pro =vas | weight=0.039
=volal =s | weight=0.039
=lekarne =mi | weight=0.039
=se =musim | weight=0.039
=zopakovali =ze | weight=0.039
=vernostni =kartu | weight=0.039
=sazbu | weight=0.038
=ze =nechci | weight=0.038, noneg
=rusim | weight=0.038
=tyden =a | weight=0.038
=me =do | weight=0.038
=ruce | weight=0.037
=banker | weight=0.037
=banker =mi | weight=0.037
=dnes | weight=0.037
=mi =pokladne | weight=0.037
=velkym | weight=0.036
=volal | weight=0.036
=neco =zeptat | weight=0.036
=mu =ze | weight=0.035
=auto | weight=0.035
=mi =celou | weight=0.035
=nabizi =drazsi | weight=0.035
=sms | weight=0.034
=mi =technik | weight=0.034
=jen =zrusit | weight=0.034
=misto =vyreseno | weight=0.034
=vyreseno =poruchu | weight=0.034
=uz =nekolikrat | weight=0.034
=mobilu =a | weight=0.034
=neco =hledal | weight=0.034
=porad =neco | weight=0.034
=firma =a | weight=0.034
=storno | weight=0.033
=sim | weight=0.033
=on =ze | weight=0.032
=prisla =jsem | weight=0.032
=pri =placeni | weight=0.032
=nejlepsi | weight=0.032
=jim =uz | weight=0.032
=procesor | weight=0.032
=drazsi =planu | weight=0.032
=na =nas | weight=0.031
=pripade | weight=0.031
=chtel =porad | weight=0.031
=preklep | weight=0.031
=preklep =v | weight=0.031
=s =vybrat | weight=0.031
=se =slevu | weight=0.031
=pracka | weight=0.031
=volal =nahrany | weight=0.031
=prodavacka =nam | weight=0.031
=kvuli =poruse | weight=0.031
=operator =mi | weight=0.031
=domacnosti | weight=0.031
=at =uz | weight=0.031
=ona =mi | weight=0.030
=je =proste | weight=0.030
=lepsi | weight=0.030
=ji =byla | weight=0.030
