# pushy_sales, cs: learned by scripts/learn.py from 3092 tuning texts (90 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ operator mi napsal, ze vypadky zpusobuje muj router a at si od nich koupim novy za 2 490 Kc. Ten stary router mam pritom taky od nich.
+ v servisu mi pri prezouvani gum zacali tlacit nove disky, nove sterace, cisteni klimatizace a jeste pojisteni. chtel jsem jen prezout!!
+ agent pojistovny mi volal uz asi podesaty jestli nechci pripojistit auto a domacnost, rikal jsem mu ze ne a on ze 'takova nabidka uz nebude'. dejte mi pokoj
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=tlacil | weight=0.434
=drazsi | weight=0.431
=vnucoval | weight=0.366
=pojisteni | weight=0.359
=nabidkou | weight=0.338
=premlouval | weight=0.304
=cpal | weight=0.293
=ze =bez | weight=0.288, noneg
=nabizi | weight=0.254
=podepsat | weight=0.253
=podepisu | weight=0.246
=predplatne | weight=0.231
=prodlouzenou | weight=0.231
=koupil | weight=0.229
=kreditku | weight=0.222
=prodlouzenou =zaruka | weight=0.219
=opravu =mi | weight=0.216
=mi =volam | weight=0.209
=misto | weight=0.206
=nuti | weight=0.206
=vnutit | weight=0.203
=pustit | weight=0.200
=o =ktery | weight=0.197
=presvedcoval | weight=0.197
=denne | weight=0.196
=nemam =zajem | weight=0.191, noneg
=akce | weight=0.188
=novy =smlouvu | weight=0.182
=drazsi =tarif | weight=0.181
=na =drazsi | weight=0.179
=nezadal | weight=0.177
=novy | weight=0.177
=nechteli | weight=0.177
=rovnou | weight=0.175
=vezmu | weight=0.175
=mi =vnucoval | weight=0.174
=volam =mi | weight=0.173
=nechci | weight=0.171, noneg
=nepodepisu | weight=0.168
=bez =drazsi | weight=0.167, noneg
=presvedcoval =me | weight=0.167
=misto =opravu | weight=0.166
=si =vezmu | weight=0.166
=smlouvu | weight=0.166
=s =nabidkou | weight=0.164
=hned | weight=0.164
=auto =nepujcuji | weight=0.162
=balicek | weight=0.161
=prodejce | weight=0.160
=natlak | weight=0.159
=a =nabizi | weight=0.158
=ukecat | weight=0.158
=nepujde | weight=0.158
=bych =nemam | weight=0.156
=minut =vysvetlil | weight=0.156
=proc =bych | weight=0.156
=nepujcuji | weight=0.155
=ktery =jsem | weight=0.153
=jen =prodejne | weight=0.152
=pomoc =jen | weight=0.152
=prodejne =reci | weight=0.152
=me =premlouval | weight=0.151
=tlacil =at | weight=0.151
=porad =cpal | weight=0.145
=bez =jejich | weight=0.145, noneg
=nabidkou =jen | weight=0.145
=prodat | weight=0.143
=na =pojisteni | weight=0.141
=me =podepsat | weight=0.140
=podepsat =novy | weight=0.140
=porad =na | weight=0.140
=nerozumel | weight=0.139
=dokud =nepodepisu | weight=0.137
=pustit =dokud | weight=0.137
=vysvetlil =proc | weight=0.137
=a =chtel | weight=0.136
=jsem =rekl | weight=0.136
=vybrat | weight=0.135
=a =nuti | weight=0.134
=misto =pomoc | weight=0.134
=je =koupil | weight=0.134
=jsem =vubec | weight=0.133
=antivir | weight=0.131
=me =ze | weight=0.130
=ktery =nechci | weight=0.130, noneg
=a =tlacil | weight=0.128
=si =je | weight=0.128
=rusim =predplatne | weight=0.126
=rozhodnout | weight=0.125
=banky | weight=0.124
=mi =porad | weight=0.122
=dokud | weight=0.121
=fakt =otravene | weight=0.119
=pet =e-mail | weight=0.118
=dalsi =lince | weight=0.117
=pomoc | weight=0.115
=prodavacka =mi | weight=0.114
=e-mail =s | weight=0.114
=prodavac =mi | weight=0.114
=mamince | weight=0.114
=prodavac | weight=0.113
=na =dalsi | weight=0.113
=v =obchode | weight=0.112
=vyhodna | weight=0.111
=nepodepisu =smlouvu | weight=0.110
=penize =zpatky | weight=0.107
=mi =kazdy | weight=0.107
=je =do | weight=0.105
=a =penize | weight=0.105
=lidi =na | weight=0.103
=bankerka | weight=0.103
=akce =a | weight=0.101
=jen =dnes | weight=0.101
=vyhodna =nabidkou | weight=0.101
=uver | weight=0.100
=roboticky | weight=0.099
=kartu =a | weight=0.098
=pojisteni =k | weight=0.095
=vybrat =hotovost | weight=0.095
=nekolikrat | weight=0.094
=rano | weight=0.093
=zaruka | weight=0.093
=drazsi =balicek | weight=0.093
=na =tom | weight=0.091
=kazdy =den | weight=0.089
=nuti =me | weight=0.089
=smlouvu =mi | weight=0.088
=otravene | weight=0.087
=vernostni | weight=0.087
=me =at | weight=0.087
=kazdy =tyden | weight=0.087
=drazsi =model | weight=0.086
=snazil | weight=0.086
=s =vas | weight=0.085
=cpal =drazsi | weight=0.085
=me =tlacil | weight=0.085
=vyslechl | weight=0.084
=hned =na | weight=0.084
=porad =vnucoval | weight=0.084
=banky =me | weight=0.083
=ukonceni | weight=0.082
=reci | weight=0.082
=hotovost | weight=0.082
=at =podepisu | weight=0.082
=vnucoval =novy | weight=0.081
=prodavac =me | weight=0.081
=novy =tarif | weight=0.080
=tarif =s | weight=0.079
=pocitaci | weight=0.079
=me =ukecaval | weight=0.079
=ukecaval | weight=0.079
=vezmu =drazsi | weight=0.079
=jsem =rikal | weight=0.078
=pokoj | weight=0.078
=den =s | weight=0.077
=nabidkou =ktery | weight=0.077
=porad =mi | weight=0.077
=chodi =sms | weight=0.077
=opakovane =mi | weight=0.077
=sms =nabidkou | weight=0.077
=jen =vybrat | weight=0.077
=jsem =odmitli | weight=0.076
=si =v | weight=0.076
=nekoho =jinam | weight=0.076
=bankerka =mi | weight=0.075
=spotrebitelsky | weight=0.075
=spotrebitelsky =uver | weight=0.075
=plan | weight=0.075
=trikrat | weight=0.074
=vubec =nepotrebuji | weight=0.074
=po =ukonceni | weight=0.074
=ukonceni =smlouvu | weight=0.074
=proc | weight=0.073
=a =pojisteni | weight=0.073
=premium | weight=0.073
=jsem =dal | weight=0.073
=tarif | weight=0.073
=doplnky | weight=0.073
=router =a | weight=0.072
=vypadek =zpusobila | weight=0.071
=abych | weight=0.071
=si =od | weight=0.071
=odesla | weight=0.071
=tom =ze | weight=0.071
=fakt =nemam | weight=0.071, noneg
=prodejne | weight=0.071
=najdu =si | weight=0.071
=stary =router | weight=0.070
=musim =jsem | weight=0.070
=si =jen | weight=0.070
=s =televizi | weight=0.069
=to =storno | weight=0.069
=pet | weight=0.069
=nikdo =zivemu | weight=0.069, noneg
=stary | weight=0.068
=obchode | weight=0.068
=odchazim | weight=0.068
=me =pustit | weight=0.068
=neni =pravdu | weight=0.067, noneg
=jako =jsem | weight=0.067
=mi =pokoj | weight=0.067
=byla =jsem | weight=0.067
=jeste =pojisteni | weight=0.066
=premlouval =at | weight=0.066
=nuti =mi | weight=0.066
=skoncila | weight=0.066
=ji =koupil | weight=0.066
=muj =router | weight=0.066
=od =nich | weight=0.066
=router =mam | weight=0.066
=mi =k | weight=0.066
=auto | weight=0.065
=si =ji | weight=0.065
=ktery =vubec | weight=0.065
=dejte =mi | weight=0.065
=mi =chodi | weight=0.064
=past | weight=0.064
=me =az | weight=0.064
=trva =na | weight=0.064
=rekl =ne | weight=0.064, noneg
=odesla =jsem | weight=0.063
=notebooku | weight=0.063
=premlouval =k | weight=0.063
=tlacil =me | weight=0.063
=mi =vubec | weight=0.062
=hned =jako | weight=0.062
=rozhovor | weight=0.062
=denne =mi | weight=0.062
=fakt | weight=0.061
=vubec =odpoved | weight=0.061
=tarif =a | weight=0.061
=komu | weight=0.061
=pridali | weight=0.061
=zaruka =i | weight=0.060
=akce =na | weight=0.060
=pote =co | weight=0.059
=misto =toho | weight=0.059
=do =me | weight=0.059
=hucel | weight=0.059
=hucel =at | weight=0.059
=me =hucel | weight=0.059
=prodavac =do | weight=0.059
=vezmu =jeste | weight=0.059
=jsem =nezadal | weight=0.059
=lince =a | weight=0.059
=neustale =vnucoval | weight=0.059
=vnucoval =drazsi | weight=0.059
=minut =premlouval | weight=0.059
=jsem =od | weight=0.058
=robot | weight=0.058
=bez =vyrizeni | weight=0.058, noneg
=odesla =bez | weight=0.058, noneg
=mi =jen | weight=0.058
=vubec =neni | weight=0.058, noneg
=stravil | weight=0.057
=dejte | weight=0.057
=obchodni =zastupce | weight=0.057
=a =neda | weight=0.056
=boty =se | weight=0.056
=tak =dlouho | weight=0.056
=nez =mi | weight=0.056
=koupil =novy | weight=0.056
=mi =pomohla | weight=0.055
=jsem =jen | weight=0.055
=jsem =nakonec | weight=0.054
=nechal | weight=0.054
=vyzvednuti | weight=0.054
=prisla =jsem | weight=0.053
=nakup | weight=0.052
=obdrzel | weight=0.052
=jsem =s | weight=0.052
=pote | weight=0.051
=aby =mi | weight=0.051
=to =jako | weight=0.051
=trikrat =rekl | weight=0.051
=jste =me | weight=0.050
=nejaky =vernostni | weight=0.050
=furt =mi | weight=0.050
=zastupce | weight=0.049
=nejaky | weight=0.049
=doslova | weight=0.048
=ruce | weight=0.048
=jsem =trikrat | weight=0.048
=pokladne =mi | weight=0.047
=neustale | weight=0.047
=za =tri | weight=0.047
=bude =litovat | weight=0.047
=litovat | weight=0.047
=porucha =mi | weight=0.047
=smlouvu =jsem | weight=0.047
=mesicne | weight=0.047
=ke | weight=0.047
=smlouvu =na | weight=0.046
=pojisteni =i | weight=0.046
=bolesti | weight=0.046
=kazdy | weight=0.046
=tom | weight=0.045
=dnes | weight=0.045
=vernostni =kartu | weight=0.045
=k =telefon | weight=0.045
=cpal =novy | weight=0.045
=trikrat =jsem | weight=0.044
=jakmile | weight=0.044
=nepotrebuji | weight=0.044
=pro =vas | weight=0.044
=hlavu | weight=0.044
=najdu | weight=0.043
=drazsi =plan | weight=0.043
=robot =s | weight=0.043
=rusim | weight=0.043
=tisic | weight=0.043
=zvedne | weight=0.042
=zpusobila =muj | weight=0.042
=mi =bez | weight=0.042, noneg
=se =musim | weight=0.042
=sazbu | weight=0.042
=volam =nahrany | weight=0.042
=prisel =jsem | weight=0.042
=na =otazku | weight=0.042
=jeste =deset | weight=0.041
=nam =jeste | weight=0.041
=s =velkym | weight=0.041
=tablet | weight=0.041
=tablet =a | weight=0.041
=velkym =tlacitko | weight=0.041
=lepsi | weight=0.041
=uz =nekolikrat | weight=0.041
=neprevedou | weight=0.041
=prodavacka =nam | weight=0.041
=bez | weight=0.041, noneg
=mi =celou | weight=0.041
=slevu =a | weight=0.041
=na =nas | weight=0.041
=volam | weight=0.040
=elektronikou | weight=0.040
=mi =pani | weight=0.040
=banker | weight=0.040
=banker =mi | weight=0.040
=u =pokladne | weight=0.040
=a =bankerka | weight=0.039
=nechteli =me | weight=0.039
=ona =mi | weight=0.039
=mi =pokladne | weight=0.039
=jim =uz | weight=0.038
=a =nechteli | weight=0.038
=hodiny =vnucoval | weight=0.038
=klimatizace | weight=0.037
=coz | weight=0.037
=prodejne =se | weight=0.037
=maily | weight=0.037
=agent | weight=0.037
=vymenu =sim | weight=0.037
=volam =a | weight=0.037
=kvuli =poruse | weight=0.037
=ze =ne | weight=0.037, noneg
=lekarne =mi | weight=0.037
=cistenim | weight=0.036
=hodinky | weight=0.036
=domacnosti | weight=0.036
=pripade | weight=0.036
=mu =ze | weight=0.036
=jen =pro | weight=0.035
=pri =placeni | weight=0.035
=tyden =a | weight=0.035
=hypoteku | weight=0.035
=neco =zeptat | weight=0.034
=misto =aby | weight=0.034
=mobilu =a | weight=0.034
=neco =hledal | weight=0.034
=porad =neco | weight=0.034
=nabidkou =novy | weight=0.034
=snad =kazdy | weight=0.034
=chtel | weight=0.034
=televizi | weight=0.033
=to =stejne | weight=0.033
=ze =vypadek | weight=0.033
=sms | weight=0.033
=chtel =porad | weight=0.032
=nejlepsi | weight=0.032
=procesor | weight=0.032
=je =proste | weight=0.032
=jen =zrusit | weight=0.032
=neda =a | weight=0.032
=misto =vymenu | weight=0.032
=prodavac =nevedel | weight=0.031
=odpoved =na | weight=0.031
=velkym | weight=0.031
=at =uz | weight=0.031
=nabizi =drazsi | weight=0.030
=prodejne =operator | weight=0.030
=volam =s | weight=0.030
=a =ona | weight=0.030
=me =do | weight=0.030
=storno | weight=0.030
