# pushy_sales, cs: learned by scripts/learn.py from 3307 tuning texts (90 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ operator mi napsal, ze vypadky zpusobuje muj router a at si od nich koupim novy za 2 490 Kc. Ten stary router mam pritom taky od nich.
+ v servisu mi pri prezouvani gum zacali tlacit nove disky, nove sterace, cisteni klimatizace a jeste pojisteni. chtel jsem jen prezout!!
+ agent pojistovny mi volal uz asi podesaty jestli nechci pripojistit auto a domacnost, rikal jsem mu ze ne a on ze 'takova nabidka uz nebude'. dejte mi pokoj
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=tlacil | weight=0.446
=drazsi | weight=0.430
=vnucoval | weight=0.363
=pojisteni | weight=0.353
=nabidkou | weight=0.324
=premlouval | weight=0.307
=ze =bez | weight=0.297, noneg
=cpal | weight=0.286
=nabizi | weight=0.255
=podepisu | weight=0.247
=podepsat | weight=0.244
=predplatne | weight=0.232
=prodlouzenou | weight=0.230
=prodlouzenou =zaruka | weight=0.228
=koupil | weight=0.220
=kreditku | weight=0.218
=opravu =mi | weight=0.209
=mi =volam | weight=0.207
=nuti | weight=0.203
=misto | weight=0.198
=pustit | weight=0.195
=presvedcoval | weight=0.195
=o =ktery | weight=0.192
=nemam =zajem | weight=0.190, noneg
=denne | weight=0.187
=vnutit | weight=0.185
=akce | weight=0.183
=novy | weight=0.182
=mi =vnucoval | weight=0.182
=nechteli | weight=0.179
=rovnou | weight=0.177
=novy =smlouvu | weight=0.175
=nezadal | weight=0.174
=volam =mi | weight=0.174
=na =drazsi | weight=0.173
=drazsi =tarif | weight=0.172
=ukecat | weight=0.167
=auto =nepujcuji | weight=0.167
=nechci | weight=0.167, noneg
=nepodepisu | weight=0.165
=vezmu | weight=0.165
=bez =drazsi | weight=0.164, noneg
=presvedcoval =me | weight=0.164
=s =nabidkou | weight=0.160
=balicek | weight=0.160
=nepujcuji | weight=0.160
=porad =cpal | weight=0.160
=si =vezmu | weight=0.159
=a =nabizi | weight=0.159
=natlak | weight=0.156
=prodejce | weight=0.156
=prodat | weight=0.156
=nepujde | weight=0.154
=me =premlouval | weight=0.153
=misto =opravu | weight=0.153
=ktery =jsem | weight=0.152
=hned | weight=0.150
=bych =nemam | weight=0.150
=minut =vysvetlil | weight=0.150
=proc =bych | weight=0.150
=jen =prodejne | weight=0.150
=pomoc =jen | weight=0.150
=prodejne =reci | weight=0.150
=nerozumel =tom | weight=0.149
=tlacil =at | weight=0.148
=smlouvu | weight=0.146
=jsem =rekl | weight=0.144
=bez =jejich | weight=0.144, noneg
=na =pojisteni | weight=0.141
=porad =na | weight=0.138
=a =nuti | weight=0.137
=a =chtel | weight=0.136
=misto =pomoc | weight=0.136
=nabidkou =jen | weight=0.135
=dokud =nepodepisu | weight=0.135
=pustit =dokud | weight=0.135
=je =koupil | weight=0.135
=banky | weight=0.135
=me =podepsat | weight=0.133
=podepsat =novy | weight=0.133
=a =tlacil | weight=0.132
=si =je | weight=0.131
=me =ze | weight=0.131
=vysvetlil =proc | weight=0.130
=jsem =vubec | weight=0.128
=vybrat | weight=0.128
=antivir | weight=0.127
=nerozumel | weight=0.125
=dokud | weight=0.122
=pomoc | weight=0.122
=mi =porad | weight=0.122
=ktery =nechci | weight=0.121, noneg
=rusim =predplatne | weight=0.121
=prodavacka =mi | weight=0.121
=fakt =otravene | weight=0.119
=pet =e-mail | weight=0.116
=rozhodnout | weight=0.115
=dalsi =lince | weight=0.115
=e-mail =s | weight=0.113
=na =dalsi | weight=0.113
=prodavac | weight=0.109
=vyhodna | weight=0.105
=nepodepisu =smlouvu | weight=0.105
=mamince | weight=0.104
=v =obchode | weight=0.102
=je =do | weight=0.102
=mi =kazdy | weight=0.101
=prodavac =mi | weight=0.100
=bankerka | weight=0.100
=lidi =na | weight=0.100
=penize =zpatky | weight=0.099
=vybrat =hotovost | weight=0.098
=zaruka | weight=0.097
=pojisteni =k | weight=0.097
=uver | weight=0.097
=akce =a | weight=0.096
=roboticky | weight=0.094
=drazsi =balicek | weight=0.094
=jen =dnes | weight=0.093
=vyhodna =nabidkou | weight=0.093
=kartu =a | weight=0.092
=a =penize | weight=0.091
=cpal =drazsi | weight=0.091
=at =podepisu | weight=0.090
=na =tom | weight=0.089
=me =at | weight=0.088
=drazsi =model | weight=0.088
=nekolikrat | weight=0.088
=nuti =me | weight=0.088
=pokoj | weight=0.087
=rano | weight=0.086
=proc | weight=0.086
=hotovost | weight=0.086
=vyslechl | weight=0.085
=ukonceni | weight=0.083
=jsem =rikal | weight=0.083
=kazdy =tyden | weight=0.082
=banky =me | weight=0.082
=otravene | weight=0.081
=reci | weight=0.081
=prodejne | weight=0.080
=vernostni | weight=0.080
=me =tlacil | weight=0.080
=trikrat | weight=0.080
=jen =vybrat | weight=0.079
=hned =na | weight=0.079
=porad =vnucoval | weight=0.079
=snazil | weight=0.078
=kazdy =den | weight=0.078
=musim =se | weight=0.078
=s =vas | weight=0.077
=pocitaci | weight=0.077
=vezmu =drazsi | weight=0.077
=vnucoval =novy | weight=0.076
=me =ukecaval | weight=0.076
=ukecaval | weight=0.076
=chodi =sms | weight=0.076
=opakovane =mi | weight=0.076
=sms =nabidkou | weight=0.076
=a =pojisteni | weight=0.076
=abych | weight=0.074
=jsem =dal | weight=0.074
=po =ukonceni | weight=0.074
=ukonceni =smlouvu | weight=0.074
=prodavac =me | weight=0.073
=si =jen | weight=0.073
=den =s | weight=0.073
=nabidkou =ktery | weight=0.073
=plan | weight=0.072
=neni =pravdu | weight=0.071, noneg
=bankerka =mi | weight=0.071
=spotrebitelsky | weight=0.071
=spotrebitelsky =uver | weight=0.071
=doplnky | weight=0.071
=tom =ze | weight=0.071
=fakt =nemam | weight=0.071, noneg
=router =a | weight=0.071
=vypadek =zpusobila | weight=0.071
=to =storno | weight=0.070
=nekoho =jinam | weight=0.070
=byla =jsem | weight=0.070
=smlouvu =mi | weight=0.070
=si =od | weight=0.070
=stary | weight=0.070
=nikdo =zivemu | weight=0.070, noneg
=stary =router | weight=0.069
=auto | weight=0.069
=tarif | weight=0.069
=trva =na | weight=0.068
=novy =tarif | weight=0.068
=pet | weight=0.068
=tlacil =me | weight=0.068
=vubec =nepotrebuji | weight=0.067
=denne =mi | weight=0.067
=odesla | weight=0.067
=mi =k | weight=0.067
=premium | weight=0.066
=tarif =a | weight=0.066
=jako =jsem | weight=0.066
=zaruka =i | weight=0.066
=me =pustit | weight=0.066
=premlouval =at | weight=0.066
=jeste =pojisteni | weight=0.065
=tarif =s | weight=0.065
=najdu =si | weight=0.065
=muj =router | weight=0.065
=od =nich | weight=0.065
=router =mam | weight=0.065
=odchazim | weight=0.065
=jsem =s | weight=0.065
=me =az | weight=0.065
=musim =jsem | weight=0.064
=hned =jako | weight=0.064
=ji =koupil | weight=0.064
=past | weight=0.063
=nuti =mi | weight=0.063
=mi =pomohla | weight=0.063
=jsem =odmitli | weight=0.063
=mi =pokoj | weight=0.063
=ktery =vubec | weight=0.063
=a =neda | weight=0.062
=vubec =neni | weight=0.062, noneg
=si =v | weight=0.062
=fakt | weight=0.062
=pridali | weight=0.062
=si =ji | weight=0.061
=mi =vubec | weight=0.061
=vubec =odpoved | weight=0.061
=skoncila | weight=0.061
=jsem =nezadal | weight=0.061
=odesla =jsem | weight=0.060
=minut =premlouval | weight=0.060
=pote =co | weight=0.060
=rekl =ne | weight=0.060, noneg
=dejte =mi | weight=0.060
=trikrat =rekl | weight=0.060
=akce =na | weight=0.059
=porucha =mi | weight=0.059
=do =me | weight=0.059
=hucel | weight=0.059
=hucel =at | weight=0.059
=me =hucel | weight=0.059
=prodavac =do | weight=0.059
=vezmu =jeste | weight=0.059
=vyzvednuti | weight=0.059
=s =televizi | weight=0.059
=premlouval =k | weight=0.059
=neustale =vnucoval | weight=0.059
=vnucoval =drazsi | weight=0.059
=obchodni =zastupce | weight=0.058
=bude =litovat | weight=0.057
=litovat | weight=0.057
=rozhovor | weight=0.057
=komu | weight=0.057
=porad =mi | weight=0.057
=boty =se | weight=0.056
=nez =mi | weight=0.056
=mi =chodi | weight=0.055
=robot | weight=0.055
=bez =vyrizeni | weight=0.055, noneg
=odesla =bez | weight=0.055, noneg
=notebooku | weight=0.055
=obchode | weight=0.055
=lince =a | weight=0.054
=dejte | weight=0.054
=nakup | weight=0.054
=kazdy | weight=0.053
=tak =dlouho | weight=0.053
=prisel =jsem | weight=0.053
=ruce | weight=0.053
=k =telefon | weight=0.053
=mesicne | weight=0.052
=jsem =trikrat | weight=0.052
=jsem =jen | weight=0.052
=prisla =jsem | weight=0.051
=koupil =novy | weight=0.051
=jsem =od | weight=0.051
=jsem =nakonec | weight=0.051
=zastupce | weight=0.050
=doslova | weight=0.050
=smlouvu =jsem | weight=0.050
=to =jako | weight=0.050
=pote | weight=0.049
=ke | weight=0.049
=nejaky | weight=0.049
=robot =s | weight=0.049
=neustale | weight=0.049
=elektronikou | weight=0.048
=nejaky =vernostni | weight=0.048
=jste =me | weight=0.048
=rusim | weight=0.048
=stravil | weight=0.047
=pokladne =mi | weight=0.047
=misto =toho | weight=0.047
=furt =mi | weight=0.047
=jeste =deset | weight=0.046
=nam =jeste | weight=0.046
=s =velkym | weight=0.046
=tablet | weight=0.046
=tablet =a | weight=0.046
=velkym =tlacitko | weight=0.046
=bez | weight=0.046, noneg
=tisic | weight=0.046
=bolesti | weight=0.046
=za =tri | weight=0.046
=obdrzel | weight=0.046
=mi =jen | weight=0.045
=neprevedou | weight=0.045
=agent | weight=0.044
=pojisteni =i | weight=0.044
=se =musim | weight=0.044
=sazbu | weight=0.043
=trikrat =jsem | weight=0.043
=zvedne | weight=0.043
=prodavacka =nam | weight=0.043
=tom | weight=0.043
=pro =vas | weight=0.042
=tyden =a | weight=0.042
=odchazim =jsem | weight=0.042
=hlavu | weight=0.042
=jakmile | weight=0.042
=pracku | weight=0.042
=aby =mi | weight=0.042
=najdu | weight=0.042
=na =otazku | weight=0.041
=prodejne =se | weight=0.041
=ze =ne | weight=0.041, noneg
=mi =bez | weight=0.041, noneg
=nepotrebuji | weight=0.040
=volam | weight=0.040
=banker | weight=0.040
=banker =mi | weight=0.040
=hodinky | weight=0.040
=volam =a | weight=0.040
=nechteli =me | weight=0.040
=drazsi =plan | weight=0.040
=volam =nahrany | weight=0.039
=slevu =a | weight=0.039
=zpusobila =muj | weight=0.039
=smlouvu =na | weight=0.039
=nechal | weight=0.039
=cpal =novy | weight=0.039
=firma =a | weight=0.039
=u =pokladne | weight=0.039
=vernostni =kartu | weight=0.038
=dnes | weight=0.038
=a =bankerka | weight=0.038
=vymenu =sim | weight=0.038
=na =nas | weight=0.037
=nabizi =drazsi | weight=0.037
=pripade | weight=0.037
=pri =placeni | weight=0.037
=mobilu =a | weight=0.037
=neco =hledal | weight=0.037
=porad =neco | weight=0.037
=mi =pokladne | weight=0.037
=nabidkou =novy | weight=0.036
=velkym | weight=0.036
=hypoteku | weight=0.036
=sms | weight=0.036
=procesor | weight=0.035
=nejlepsi | weight=0.035
=jen =zrusit | weight=0.035
=televizi | weight=0.035
=mnou =tatu | weight=0.035
=pak =nam | weight=0.035
=tatu =uplne | weight=0.035
=lekarne =mi | weight=0.035
=at =uz | weight=0.034
=chtel =porad | weight=0.034
=lepsi | weight=0.034
=uz =nekolikrat | weight=0.034
=a =chytre | weight=0.034
=oba | weight=0.034
=telefon =s | weight=0.034
=hodiny =vnucoval | weight=0.034
=je =proste | weight=0.034
=a =nechteli | weight=0.033
=mu =ze | weight=0.033
=s =vybrat | weight=0.033
=prodavac =nevedel | weight=0.032
=mi =pani | weight=0.032
=mi =celou | weight=0.032
=klimatizace | weight=0.032
=cistenim | weight=0.032
=ona =mi | weight=0.032
=neda =a | weight=0.032
=chytre =hodinky | weight=0.031
=ze =vypadek | weight=0.031
=jim =uz | weight=0.031
=odpoved =na | weight=0.031
=misto =vyreseni | weight=0.031
=vyreseni =porucha | weight=0.031
=neco =zeptat | weight=0.030
