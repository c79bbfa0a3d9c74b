# pushy_sales, cs: learned by scripts/learn.py from 2812 tuning texts (78 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ porad mi volaji a nabizeji novy tarif
+ Pořád na nás tlačila, ať si je koupíme.
+ misto pomoci jen prodejni reci a nabidky
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=tlacil | weight=0.434
=drazsi | weight=0.431
=vnucoval | weight=0.411
=pojisteni | weight=0.379
=nabidkou | weight=0.335
=cpal | weight=0.303
=premlouval | weight=0.263
=ze =bez | weight=0.258, noneg
=podepsat | weight=0.247
=misto | weight=0.245
=nabizi | weight=0.239
=podepisu | weight=0.237
=prodlouzenou | weight=0.237
=prodlouzenou =zaruka | weight=0.229
=kreditku | weight=0.224
=predplatne | weight=0.223
=opravu =mi | weight=0.217
=pustit | weight=0.211
=presvedcoval | weight=0.203
=koupil | weight=0.201
=vnutit | weight=0.195
=nemam =zajem | weight=0.194, noneg
=smlouvy | weight=0.192
=mi =volam | weight=0.189
=o =ktery | weight=0.188
=vezmu | weight=0.186
=banka | weight=0.186
=nuti | weight=0.184
=drazsi =tarif | weight=0.183
=denne | weight=0.181
=rovnou | weight=0.181
=mi =vnucoval | weight=0.180
=nechteli | weight=0.180
=akce | weight=0.179
=bez =drazsi | weight=0.178, noneg
=presvedcoval =me | weight=0.178
=tlacil =at | weight=0.175
=a =nabizi | weight=0.175
=volam =mi | weight=0.173
=na =drazsi | weight=0.173
=si =vezmu | weight=0.172
=s =nabidkou | weight=0.172
=nepujde | weight=0.170
=nezadal | weight=0.170
=bez =jejich | weight=0.166, noneg
=porad =cpal | weight=0.166
=novy =smlouvy | weight=0.165
=novy | weight=0.164
=ktery =jsem | weight=0.160
=ukecat | weight=0.159
=auto =nepujcuji | weight=0.158
=balicek | weight=0.156
=misto =opravu | weight=0.155
=prodejce | weight=0.155
=bych =nemam | weight=0.154
=minut =vysvetlil | weight=0.154
=proc =bych | weight=0.154
=nepujcuji | weight=0.153
=nabidkou =jen | weight=0.151
=hned | weight=0.150
=natlak | weight=0.150
=jen =prodejne | weight=0.149
=pomoc =jen | weight=0.149
=prodejne =reci | weight=0.149
=me =premlouval | weight=0.148
=nechci | weight=0.142, noneg
=a =chtel | weight=0.140
=nerozumel | weight=0.139
=me =podepsat | weight=0.138
=podepsat =novy | weight=0.138
=dokud =nepodepisu | weight=0.136
=nepodepisu | weight=0.136
=pustit =dokud | weight=0.136
=me =ze | weight=0.136
=je =koupil | weight=0.134
=porad =na | weight=0.134
=vysvetlil =proc | weight=0.133
=na =pojisteni | weight=0.131
=a =tlacil | weight=0.130
=si =je | weight=0.129
=mi =porad | weight=0.129
=ktery =nechci | weight=0.127, noneg
=misto =pomoc | weight=0.127
=jsem =vubec | weight=0.127
=antivir | weight=0.126
=vyhodna | weight=0.126
=fakt =otravene | weight=0.125
=mi =kazdy | weight=0.121
=a =nuti | weight=0.120
=dalsi =lince | weight=0.120
=jsem =rekl | weight=0.119
=rusim =predplatne | weight=0.119
=na =dalsi | weight=0.118
=v =obchode | weight=0.117
=prodavacka =mi | weight=0.115
=mamince | weight=0.113
=prodavac | weight=0.112
=penize =zpatky | weight=0.112
=dokud | weight=0.111
=jen =dnes | weight=0.111
=vyhodna =nabidkou | weight=0.111
=pet =e-mail | weight=0.111
=prodat | weight=0.109
=pomoc | weight=0.109
=je =do | weight=0.108
=e-mail =s | weight=0.108
=auto | weight=0.107
=nekolikrat | weight=0.106
=lidi =na | weight=0.106
=vybrat =hotovost | weight=0.104
=nepodepisu =smlouvy | weight=0.104
=novy =tarif | weight=0.104
=rano | weight=0.103
=kazdy =den | weight=0.103
=akce =a | weight=0.102
=uver | weight=0.102
=a =penize | weight=0.101
=banka =me | weight=0.100
=rozhodnout | weight=0.100
=abych | weight=0.100
=vybrat | weight=0.100
=roboticky | weight=0.099
=me =tlacil | weight=0.099
=proc | weight=0.098
=vernostni | weight=0.097
=hotovost | weight=0.097
=pojisteni =k | weight=0.096
=drazsi =balicek | weight=0.096
=zaruka | weight=0.092
=porad =vnucoval | weight=0.092
=nuti =me | weight=0.092
=na =tom | weight=0.091
=kazdy =tyden | weight=0.089
=s =vas | weight=0.088
=me =pustit | weight=0.088
=pocitaci | weight=0.086
=vyslechl | weight=0.085
=otravene | weight=0.082
=cpal =drazsi | weight=0.082
=pet | weight=0.081
=reci | weight=0.081
=smlouvy =na | weight=0.080
=den =s | weight=0.079
=nabidkou =ktery | weight=0.079
=drazsi =model | weight=0.079
=premium | weight=0.079
=ukonceni | weight=0.078
=me =at | weight=0.077
=plan | weight=0.077
=premlouval =k | weight=0.077
=snazil | weight=0.077
=at =podepisu | weight=0.077
=vnucoval =novy | weight=0.076
=prodejne | weight=0.076
=smlouvy =mi | weight=0.076
=jsem =odmitli | weight=0.076
=me =ukecaval | weight=0.075
=ukecaval | weight=0.075
=volam | weight=0.075
=porad =mi | weight=0.074
=nikdo =zivemu | weight=0.074, noneg
=trikrat | weight=0.073
=trva =na | weight=0.073
=tom =ze | weight=0.072
=bankerka =mi | weight=0.071
=spotrebitelsky | weight=0.071
=spotrebitelsky =uver | weight=0.071
=si =v | weight=0.071
=byla =jsem | weight=0.071
=po =ukonceni | weight=0.070
=ukonceni =smlouvy | weight=0.070
=nekoho =jinam | weight=0.070
=chodi =sms | weight=0.070
=mi =chodi | weight=0.070
=opakovane =mi | weight=0.070
=sms =nabidkou | weight=0.070
=vezmu =drazsi | weight=0.069
=zaruka =i | weight=0.069
=rekl =ne | weight=0.069, noneg
=prodavac =mi | weight=0.069
=jsem =rikal | weight=0.069
=doplnky | weight=0.069
=hned =na | weight=0.068
=a =neda | weight=0.068
=to =storno | weight=0.068
=vubec =nepotrebuji | weight=0.068
=tarif =s | weight=0.068
=premlouval =at | weight=0.066
=vyzvednuti | weight=0.066
=past | weight=0.065
=kazdy | weight=0.065
=prodavac =me | weight=0.065
=jsem =dal | weight=0.065
=a =pojisteni | weight=0.065
=tarif | weight=0.065
=do =me | weight=0.064
=hucel | weight=0.064
=hucel =at | weight=0.064
=me =hucel | weight=0.064
=prodavac =do | weight=0.064
=vezmu =jeste | weight=0.064
=bankerka | weight=0.064
=pridali | weight=0.064
=mi =pomohla | weight=0.064
=ktery =vubec | weight=0.064
=mi =vubec | weight=0.063
=mi =k | weight=0.063
=tlacil =me | weight=0.063
=neustale =vnucoval | weight=0.063
=vnucoval =drazsi | weight=0.063
=jako =jsem | weight=0.063
=robot | weight=0.063
=vubec =odpoved | weight=0.062
=najdu =si | weight=0.062
=fakt =nemam | weight=0.062, noneg
=s =televizi | weight=0.062
=me =az | weight=0.062
=bez =vyrizeni | weight=0.061, noneg
=odeslat =bez | weight=0.061, noneg
=musel =jsem | weight=0.061
=skoncila | weight=0.061
=si =ji | weight=0.061
=k =telefon | weight=0.059
=nejaky =vernostni | weight=0.059
=ji =koupil | weight=0.059
=jsem =od | weight=0.059
=obchode | weight=0.059
=tak =dlouho | weight=0.059
=notebooku | weight=0.059
=robot =s | weight=0.058
=furt =mi | weight=0.057
=tisic | weight=0.057
=nakupovat | weight=0.057
=jsem =nakonec | weight=0.057
=boty =se | weight=0.057
=ke | weight=0.057
=jsem =nezadal | weight=0.057
=lekarne =mi | weight=0.057
=nez =mi | weight=0.057
=pote =co | weight=0.056
=komu | weight=0.056
=kartu =a | weight=0.056
=trikrat =rekl | weight=0.056
=rozhovor | weight=0.056
=akce =na | weight=0.055
=hned =jako | weight=0.055
=odchazim | weight=0.055
=fakt | weight=0.055
=vypoved | weight=0.054
=na =otazku | weight=0.054
=nechteli =me | weight=0.053
=mi =bez | weight=0.053, noneg
=sms | weight=0.053
=pobocce =banka | weight=0.053
=stravil | weight=0.053
=doslova | weight=0.052
=jsem =trikrat | weight=0.051
=a =nechteli | weight=0.050
=za =tri | weight=0.050
=neustale | weight=0.050
=to =jako | weight=0.049
=jeste =deset | weight=0.049
=nam =jeste | weight=0.049
=s =velkymi | weight=0.049
=tablet | weight=0.049
=tablet =a | weight=0.049
=velkymi =tlacitko | weight=0.049
=aby =mi | weight=0.049
=nechali | weight=0.049
=lince =a | weight=0.049
=pojisteni =i | weight=0.049
=volam =a | weight=0.048
=nabidkou =novy | weight=0.048
=vernostni =kartu | weight=0.048
=najdu | weight=0.047
=obdrzel | weight=0.047
=volam =nahrany | weight=0.046
=jste =me | weight=0.046
=obchodni =zastupce | weight=0.046
=pracku | weight=0.045
=smlouvy =jsem | weight=0.044
=mi =pani | weight=0.044
=si =jen | weight=0.043
=jen =pro | weight=0.043
=bez | weight=0.042, noneg
=rukou | weight=0.042
=jen =zrusit | weight=0.042
=dnes | weight=0.042
=bude =litovat | weight=0.042
=litovat | weight=0.042
=pokladne =mi | weight=0.041
=prodavacka =nam | weight=0.041
=nepotrebuji | weight=0.041
=mi =pokladne | weight=0.041
=cpal =novy | weight=0.041
=hodinky | weight=0.041
=prodejne =se | weight=0.041
=pote | weight=0.041
=neco =zeptat | weight=0.041
=drazsi =plan | weight=0.040
=pro =vas | weight=0.040
=trikrat =jsem | weight=0.040
=pripad | weight=0.040
=rusim | weight=0.040
=a =musel | weight=0.040
=tom | weight=0.039
=velkymi | weight=0.039
=prisel =jsem | weight=0.039
=nabizi =drazsi | weight=0.039
=nechteli =prodat | weight=0.038
=tyden =a | weight=0.038
=to =stejne | weight=0.038
=odeslat | weight=0.038
=pri =placeni | weight=0.038
=misto =toho | weight=0.038
=zastupce | weight=0.037
=vymenu =sim | weight=0.037
=mobilu =a | weight=0.037
=neco =hledal | weight=0.037
=porad =neco | weight=0.037
=na =nas | weight=0.037
=slevu =a | weight=0.037
=ona =mi | weight=0.036
=mi =celou | weight=0.036
=odpoved =na | weight=0.036
=ze =nemam | weight=0.036, noneg
=prisla =jen | weight=0.035
=procesor | weight=0.035
=je =proste | weight=0.035
=nejlepsi | weight=0.035
=me =do | weight=0.035
=chtel =porad | weight=0.035
=prodavac =nevedel | weight=0.034
=ze =by | weight=0.034
=maily | weight=0.034
=lepsi | weight=0.034
=uz =nekolikrat | weight=0.034
=jakmile | weight=0.034
=u =pokladne | weight=0.033
=pomohla | weight=0.033
=kvuli =poruse | weight=0.033
=nejaky | weight=0.033
=at =uz | weight=0.033
=tarif =a | weight=0.032
=a =chytre | weight=0.031
=chytre =hodinky | weight=0.031
=oba | weight=0.031
=telefon =s | weight=0.031
=jim =uz | weight=0.031
=placeni | weight=0.030
=snad =kazdy | weight=0.030
