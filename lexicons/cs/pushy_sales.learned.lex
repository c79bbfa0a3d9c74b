# pushy_sales, cs: learned by scripts/learn.py from 2508 tuning texts (70 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ porad mi volaji a nabizeji novy tarif
+ Pořád na nás tlačila, ať si je koupíme.
+ misto pomoci jen prodejni reci a nabidky
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=tlacil | weight=0.456
=drazsi | weight=0.434
=pojisteni | weight=0.416
=vnucoval | weight=0.396
=nabidkou | weight=0.350
=cpal | weight=0.301
=ze =bez | weight=0.260, noneg
=podepisu | weight=0.250
=nabizi | weight=0.238
=prodlouzenou | weight=0.237
=opravu =mi | weight=0.234
=prodlouzenou =zaruka | weight=0.233
=predplatne | weight=0.226
=misto | weight=0.225
=nuti | weight=0.212
=premlouval | weight=0.211
=nemam =zajem | weight=0.209, noneg
=presvedcoval | weight=0.207
=vnutit | weight=0.204
=podepsat | weight=0.201
=tlacil =at | weight=0.199
=nechteli | weight=0.198
=smlouvy | weight=0.197
=kreditku | weight=0.197
=pustit | weight=0.196
=o =ktery | weight=0.193
=novy =smlouvy | weight=0.191
=koupil | weight=0.187
=rovnou | weight=0.184
=vezmu | weight=0.183
=bez =drazsi | weight=0.183, noneg
=presvedcoval =me | weight=0.183
=s =nabidkou | weight=0.179
=akce | weight=0.178
=volam =mi | weight=0.178
=bance | weight=0.177
=me =premlouval | weight=0.177
=na =drazsi | weight=0.175
=bez =jejich | weight=0.174, noneg
=ukecat | weight=0.172
=nepujde | weight=0.171
=a =nabizi | weight=0.171
=balicek | weight=0.170
=nezadal | weight=0.166
=si =vezmu | weight=0.165
=misto =opravu | weight=0.164
=ktery =jsem | weight=0.164
=nabidkou =jen | weight=0.163
=auto =nepujcuji | weight=0.162
=drazsi =tarif | weight=0.161
=prodejce | weight=0.161
=porad =na | weight=0.161
=bych =nemam | weight=0.158
=minut =vysvetlil | weight=0.158
=proc =bych | weight=0.158
=novy | weight=0.157
=nepujcuji | weight=0.153
=mi =volam | weight=0.153
=denne | weight=0.153
=jen =prodejne | weight=0.152
=pomoc =jen | weight=0.152
=prodejne =reci | weight=0.152
=me =podepsat | weight=0.150
=podepsat =novy | weight=0.150
=nerozumel | weight=0.143
=porad =cpal | weight=0.142
=mi =vnucoval | weight=0.139
=a =chtel | weight=0.138
=jsem =rekl | weight=0.136
=na =pojisteni | weight=0.135
=vysvetlil =proc | weight=0.134
=vyhodna | weight=0.132
=na =dalsi | weight=0.131
=misto =pomoc | weight=0.130
=a =tlacil | weight=0.130
=prodavacka =mi | weight=0.128
=fakt =otravene | weight=0.128
=nechci | weight=0.126, noneg
=mi =porad | weight=0.126
=me =ze | weight=0.125
=dalsi =lince | weight=0.125
=a =nuti | weight=0.123
=jsem =vubec | weight=0.123
=hned | weight=0.123
=dokud =nepodepisu | weight=0.123
=nepodepisu | weight=0.123
=nepodepisu =smlouvy | weight=0.123
=pustit =dokud | weight=0.123
=mi =kazdy | weight=0.122
=rusim =predplatne | weight=0.122
=antivir | weight=0.122
=penize =zpatky | weight=0.119
=jen =dnes | weight=0.119
=vyhodna =nabidkou | weight=0.119
=prodavac | weight=0.115
=rano | weight=0.114
=kazdy =den | weight=0.114
=uver | weight=0.113
=vybrat =hotovost | weight=0.113
=nuti =me | weight=0.113
=pet =e-mail | weight=0.112
=bance =me | weight=0.111
=prodat | weight=0.110
=pomoc | weight=0.110
=v =obchode | weight=0.109
=mamince | weight=0.109
=auto | weight=0.108
=e-mail =s | weight=0.108
=a =penize | weight=0.107
=je =do | weight=0.106
=kazdy =tyden | weight=0.105
=drazsi =balicek | weight=0.104
=dokud | weight=0.104
=hotovost | weight=0.103
=lidi =na | weight=0.103
=vybrat | weight=0.103
=akce =a | weight=0.101
=vernostni | weight=0.100
=novy =tarif | weight=0.100
=zaruka | weight=0.096
=den =s | weight=0.096
=ktery =nechci | weight=0.096, noneg
=nabidkou =ktery | weight=0.096
=pocitaci | weight=0.095
=roboticky | weight=0.095
=proc | weight=0.093
=na =tom | weight=0.092
=me =tlacil | weight=0.090
=rozhodnout | weight=0.089
=me =pustit | weight=0.089
=prodavac =mi | weight=0.088
=reci | weight=0.088
=vyslechl | weight=0.087
=vnucoval =novy | weight=0.087
=plan | weight=0.087
=s =vas | weight=0.085
=pet | weight=0.085
=bankerka =mi | weight=0.084
=spotrebitelsky | weight=0.084
=spotrebitelsky =uver | weight=0.084
=drazsi =model | weight=0.082
=nikdo =zivemu | weight=0.082, noneg
=ukonceni | weight=0.082
=premium | weight=0.081
=byla =jsem | weight=0.081
=vezmu =drazsi | weight=0.081
=porad =vnucoval | weight=0.081
=porad =mi | weight=0.080
=smlouvy =na | weight=0.080
=otravene | weight=0.079
=me =ukecaval | weight=0.079
=ukecaval | weight=0.079
=si =je | weight=0.078
=jsem =odmitli | weight=0.076
=tarif =s | weight=0.076
=volam | weight=0.076
=vubec =nepotrebuju | weight=0.075
=nekoho =jinam | weight=0.075
=premlouval =at | weight=0.075
=premlouval =k | weight=0.074
=tarif | weight=0.074
=smlouvy =mi | weight=0.074
=past | weight=0.072
=bankerka | weight=0.072
=rekl =ne | weight=0.071, noneg
=chodi =sms | weight=0.071
=mi =chodi | weight=0.071
=opakovane =mi | weight=0.071
=sms =nabidkou | weight=0.071
=snazil | weight=0.071
=zaruka =i | weight=0.071
=prodejne | weight=0.070
=si =v | weight=0.070
=tom =ze | weight=0.070
=mi =pomohla | weight=0.070
=ktery =vubec | weight=0.069
=s =televizi | weight=0.069
=jsem =dal | weight=0.069
=furt =mi | weight=0.069
=a =neda | weight=0.068
=mi =vubec | weight=0.068
=to =storno | weight=0.067
=po =ukonceni | weight=0.067
=ukonceni =smlouvy | weight=0.067
=skoncila | weight=0.067
=jako =jsem | weight=0.067
=cpal =drazsi | weight=0.066
=obchode | weight=0.066
=najdu =si | weight=0.066
=trva =na | weight=0.066
=bez =vyrizeni | weight=0.066, noneg
=odeslat =bez | weight=0.066, noneg
=notebooku | weight=0.065
=nabidkou =novy | weight=0.065
=nechteli =me | weight=0.065
=vyzvednuti | weight=0.065
=jsem =rikal | weight=0.064
=fakt =nemam | weight=0.064, noneg
=ji =koupil | weight=0.064
=me =az | weight=0.064
=prodavac =me | weight=0.064
=neustale =vnucoval | weight=0.063
=vnucoval =drazsi | weight=0.063
=pridali | weight=0.063
=tak =dlouho | weight=0.063
=trikrat | weight=0.062
=kartu =a | weight=0.062
=musim =jsem | weight=0.062
=nez =mi | weight=0.062
=pobocce =bance | weight=0.061
=mi =k | weight=0.061
=vernostni =kartu | weight=0.061
=boty =se | weight=0.061
=a =pojisteni | weight=0.060
=nechal | weight=0.060
=do =me | weight=0.060
=hucel | weight=0.060
=hucel =at | weight=0.060
=me =hucel | weight=0.060
=prodavac =do | weight=0.060
=vezmu =jeste | weight=0.060
=odchazim | weight=0.060
=jsem =nezadal | weight=0.059
=jsem =nakonec | weight=0.059
=na =nas | weight=0.059
=hned =jako | weight=0.059
=komu | weight=0.059
=na =otazku | weight=0.059
=lince =a | weight=0.058
=pote =co | weight=0.058
=bude =litovat | weight=0.057
=litovat | weight=0.057
=rozhovor | weight=0.056
=to =jako | weight=0.056
=a =nechteli | weight=0.056
=akce =na | weight=0.056
=si =ji | weight=0.056
=vypoved | weight=0.055
=za =tri | weight=0.055
=rukou | weight=0.055
=tisic | weight=0.055
=nekolikrat | weight=0.055
=nakupovat | weight=0.054
=mi =bez | weight=0.054, noneg
=neustale | weight=0.054
=fakt | weight=0.054
=najdu | weight=0.054
=jsem =od | weight=0.054
=nejaky | weight=0.052
=pojisteni =i | weight=0.052
=doslova | weight=0.050
=drazsi =plan | weight=0.049
=aby =mi | weight=0.049
=abych | weight=0.049
=volam =a | weight=0.049
=jeste =deset | weight=0.048
=nam =jeste | weight=0.048
=s =velkymi | weight=0.048
=tablet | weight=0.048
=tablet =a | weight=0.048
=velkymi =tlacitko | weight=0.048
=nejaky =vernostni | weight=0.048
=pracku | weight=0.048
=tom | weight=0.047
=trikrat =rekl | weight=0.047
=ze =nemam | weight=0.045, noneg
=jste =me | weight=0.045
=pro =vas | weight=0.045
=obdrzel | weight=0.044
=nepotrebuju | weight=0.043
=vymenu =sim | weight=0.043
=pote | weight=0.043
=jsem =trikrat | weight=0.043
=sms | weight=0.043
=pokladne =mi | weight=0.043
=to =stejne | weight=0.043
=jakmile | weight=0.043
=mobilu =a | weight=0.042
=neco =hledal | weight=0.042
=porad =neco | weight=0.042
=a =musim | weight=0.042
=prodavacka =nam | weight=0.042
=cpal =novy | weight=0.042
=prisla =jen | weight=0.042
=hodinky | weight=0.042
=pomohla | weight=0.041
=pripad | weight=0.041
=smlouvy =jsem | weight=0.041
=mi =pokladne | weight=0.041
=jen =zrusit | weight=0.041
=prodejne =se | weight=0.040
=nejlepsi | weight=0.040
=trikrat =jsem | weight=0.040
=velkymi | weight=0.040
=prisel =jsem | weight=0.040
=chtel =porad | weight=0.039
=lepsi | weight=0.039
=uz =nekolikrat | weight=0.039
=prodavac =nevedel | weight=0.039
=odpoved =na | weight=0.039
=nabizi =drazsi | weight=0.039
=odeslat | weight=0.038
=me =do | weight=0.038
=procesor | weight=0.038
=slevu =a | weight=0.038
=si =jen | weight=0.038
=mi =cely | weight=0.037
=jen =pro | weight=0.037
=u =pokladne | weight=0.037
=bez | weight=0.037, noneg
=porad =s | weight=0.036
=jim =uz | weight=0.036
=neco =zeptat | weight=0.036
=pri =placeni | weight=0.036
=ona =mi | weight=0.035
=pokoj | weight=0.035
=tyden =a | weight=0.035
=k =telefon | weight=0.035
=to =vyhodna | weight=0.034
=robot | weight=0.034
=snad =kazdy | weight=0.034
=tarif =a | weight=0.033
=ze =by | weight=0.033
=na =prodejne | weight=0.033
=kazdy | weight=0.033
=dnes | weight=0.033
=kvuli =poruse | weight=0.032
=maily | weight=0.031
=mi =misto | weight=0.031
=hledal =v | weight=0.031
=a =chytre | weight=0.030
=chytre =hodinky | weight=0.030
=oba | weight=0.030
=telefon =s | weight=0.030
=na =neco | weight=0.030
