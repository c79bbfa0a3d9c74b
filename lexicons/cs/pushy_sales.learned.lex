# pushy_sales, cs: learned by scripts/learn.py from 3535 tuning texts (92 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ operator mi napsal, ze vypadky zpusobuje muj router a at si od nich koupim novy za 2 490 Kc. Ten stary router mam pritom taky od nich.
+ v servisu mi pri prezouvani gum zacali tlacit nove disky, nove sterace, cisteni klimatizace a jeste pojisteni. chtel jsem jen prezout!!
+ agent pojistovny mi volal uz asi podesaty jestli nechci pripojistit auto a domacnost, rikal jsem mu ze ne a on ze 'takova nabidka uz nebude'. dejte mi pokoj
- ok dekuju
- super, doporucuju
=tlacil | weight=0.445
=drazsi | weight=0.434
=vnucoval | weight=0.366
=pojisteni | weight=0.361
=nabidkou | weight=0.343
=premlouval | weight=0.308
=ze =bez | weight=0.294, noneg
=cpal | weight=0.294
=nabizi | weight=0.256
=podepsat | weight=0.247
=podepisu | weight=0.245
=prodlouzenou | weight=0.231
=predplatne | weight=0.227
=kreditku | weight=0.225
=prodlouzenou =zaruka | weight=0.223
=mi =volam | weight=0.219
=koupil | weight=0.216
=opravu =mi | weight=0.203
=misto | weight=0.200
=nuti | weight=0.197
=denne | weight=0.196
=presvedcoval | weight=0.193
=o =ktery | weight=0.190
=nemam =zajem | weight=0.189, noneg
=pustit | weight=0.189
=vnutit | weight=0.189
=nechteli | weight=0.185
=mi =vnucoval | weight=0.182
=akce | weight=0.181
=novy | weight=0.179
=rovnou | weight=0.178
=drazsi =tarif | weight=0.178
=nezadal | weight=0.176
=s =nabidkou | weight=0.174
=volam =mi | weight=0.172
=vezmu | weight=0.169
=nechci | weight=0.168, noneg
=bez =drazsi | weight=0.168, noneg
=presvedcoval =me | weight=0.168
=na =drazsi | weight=0.167
=auto =nepujcuji | weight=0.166
=novy =smlouvu | weight=0.162
=si =vezmu | weight=0.162
=nepujcuji | weight=0.159
=balicek | weight=0.159
=nepodepisu | weight=0.159
=ukecat | weight=0.158
=natlak | weight=0.157
=nepujde | weight=0.156
=tlacil =at | weight=0.155
=prodat | weight=0.154
=ktery =jsem | weight=0.153
=smlouvu | weight=0.153
=a =nabizi | weight=0.153
=porad =cpal | weight=0.151
=prodejce | weight=0.151
=jen =prodejne | weight=0.149
=pomoc =jen | weight=0.149
=prodejne =reci | weight=0.149
=bych =nemam | weight=0.149
=minut =vysvetlil | weight=0.149
=proc =bych | weight=0.149
=hned | weight=0.149
=jsem =rekl | weight=0.146
=misto =opravu | weight=0.145
=bez =jejich | weight=0.144, noneg
=a =chtel | weight=0.144
=me =podepsat | weight=0.139
=podepsat =novy | weight=0.139
=banky | weight=0.139
=nabidkou =jen | weight=0.137
=misto =pomoc | weight=0.136
=nerozumel =tom | weight=0.136
=je =koupil | weight=0.136
=na =pojisteni | weight=0.134
=me =premlouval | weight=0.133
=porad =na | weight=0.133
=si =je | weight=0.131
=vysvetlil =proc | weight=0.130
=a =tlacil | weight=0.130
=ktery =nechci | weight=0.130, noneg
=me =ze | weight=0.130
=a =nuti | weight=0.129
=jsem =vubec | weight=0.129
=antivir | weight=0.128
=dokud =nepodepisu | weight=0.127
=pustit =dokud | weight=0.127
=vybrat | weight=0.127
=prodavacka =mi | weight=0.123
=rusim =predplatne | weight=0.123
=fakt =otravene | weight=0.122
=nerozumel | weight=0.121
=na =dalsi | weight=0.120
=pomoc | weight=0.119
=pet =e-mail | weight=0.119
=e-mail =s | weight=0.116
=vyhodna | weight=0.114
=prodavac | weight=0.111
=mi =porad | weight=0.111
=mamince | weight=0.110
=dokud | weight=0.109
=rozhodnout | weight=0.109
=nepodepisu =smlouvu | weight=0.109
=dalsi =lince | weight=0.108
=mi =kazdy | weight=0.108
=me =tlacil | weight=0.104
=je =do | weight=0.103
=zaruka | weight=0.103
=lidi =na | weight=0.101
=vybrat =hotovost | weight=0.101
=v =obchode | weight=0.099
=bankerka | weight=0.099
=prodavac =mi | weight=0.099
=akce =a | weight=0.098
=uver | weight=0.097
=penize =zpatky | weight=0.095
=roboticky | weight=0.094
=jen =dnes | weight=0.093
=vyhodna =nabidkou | weight=0.093
=hotovost | weight=0.091
=na =tom | weight=0.088
=rano | weight=0.088
=nekolikrat | weight=0.087
=nuti =me | weight=0.087
=banky =me | weight=0.087
=kartu =a | weight=0.086
=a =penize | weight=0.086
=me =ukecaval | weight=0.086
=ukecaval | weight=0.086
=drazsi =balicek | weight=0.085
=drazsi =model | weight=0.085
=proc | weight=0.085
=jsem =odmitli | weight=0.085
=snazil | weight=0.085
=pojisteni =k | weight=0.085
=kazdy =den | weight=0.085
=hned =na | weight=0.084
=kazdy =tyden | weight=0.084
=pokoj | weight=0.084
=s =vas | weight=0.084
=jen =vybrat | weight=0.083
=reci | weight=0.083
=ukonceni | weight=0.081
=musim =se | weight=0.081
=prodejne | weight=0.080
=vernostni | weight=0.079
=den =s | weight=0.078
=nabidkou =ktery | weight=0.078
=otravene | weight=0.078
=smlouvu =mi | weight=0.078
=premlouval =at | weight=0.078
=pocitaci | weight=0.077
=vnucoval =novy | weight=0.077
=at =podepisu | weight=0.077
=trikrat | weight=0.076
=me =at | weight=0.076
=byla =jsem | weight=0.076
=jsem =dal | weight=0.075
=nekoho =jinam | weight=0.075
=vezmu =drazsi | weight=0.075
=po =ukonceni | weight=0.074
=ukonceni =smlouvu | weight=0.074
=chodi =sms | weight=0.074
=opakovane =mi | weight=0.074
=sms =nabidkou | weight=0.074
=vyslechl | weight=0.073
=doplnky | weight=0.073
=premium | weight=0.073
=si =jen | weight=0.072
=fakt =nemam | weight=0.072, noneg
=bankerka =mi | weight=0.072
=spotrebitelsky | weight=0.072
=spotrebitelsky =uver | weight=0.072
=me =pustit | weight=0.071
=vypadek =zpusobila | weight=0.071
=router =a | weight=0.070
=trva =na | weight=0.070
=si =od | weight=0.070
=minut =premlouval | weight=0.070
=pet | weight=0.069
=jsem =rikal | weight=0.069
=najdu =si | weight=0.069
=stary =router | weight=0.069
=cpal =drazsi | weight=0.069
=odesla | weight=0.068
=tom =ze | weight=0.068
=abych | weight=0.068
=vubec =nepotrebuji | weight=0.068
=muj =router | weight=0.068
=od =nich | weight=0.068
=router =mam | weight=0.068
=mi =pokoj | weight=0.068
=stary | weight=0.068
=jako =jsem | weight=0.068
=jeste =pojisteni | weight=0.068
=neni =pravdu | weight=0.067, noneg
=to =storno | weight=0.067
=tarif | weight=0.067
=auto | weight=0.067
=musim =jsem | weight=0.066
=a =pojisteni | weight=0.066
=porad =vnucoval | weight=0.066
=tarif =a | weight=0.066
=odchazim | weight=0.066
=rekl =ne | weight=0.065, noneg
=skoncila | weight=0.065
=plan | weight=0.065
=novy =tarif | weight=0.065
=porad =mi | weight=0.064
=hned =jako | weight=0.064
=a =neda | weight=0.064
=mi =jen | weight=0.064
=prodavac =me | weight=0.063
=zaruka =i | weight=0.063
=mi =k | weight=0.063
=nikdo =zivemu | weight=0.063, noneg
=robot | weight=0.063
=past | weight=0.063
=odesla =jsem | weight=0.063
=tarif =s | weight=0.062
=prisel =jsem | weight=0.062
=ji =koupil | weight=0.062
=denne =mi | weight=0.062
=fakt | weight=0.062
=komu | weight=0.061
=mi =vubec | weight=0.061
=ktery =vubec | weight=0.061
=me =az | weight=0.061
=pustit =me | weight=0.061
=vubec =odpoved | weight=0.060
=dejte =mi | weight=0.060
=nuti =mi | weight=0.060
=nas =pustit | weight=0.060
=premlouval =k | weight=0.059
=obchode | weight=0.059
=pridali | weight=0.059
=trikrat =rekl | weight=0.059
=vyzvednuti | weight=0.059
=do =me | weight=0.059
=hucel | weight=0.059
=hucel =at | weight=0.059
=me =hucel | weight=0.059
=prodavac =do | weight=0.059
=vezmu =jeste | weight=0.059
=notebooku | weight=0.059
=vubec =neni | weight=0.059, noneg
=lince =a | weight=0.058
=rozhovor | weight=0.058
=jsem =nezadal | weight=0.058
=obchodni =zastupce | weight=0.058
=bez =vyrizeni | weight=0.057, noneg
=odesla =bez | weight=0.057, noneg
=jsem =od | weight=0.057
=nez =mi | weight=0.056
=boty =se | weight=0.056
=akce =na | weight=0.056
=si =v | weight=0.056
=jsem =jen | weight=0.056
=si =ji | weight=0.055
=koupil =novy | weight=0.055
=kazdy | weight=0.055
=tak =dlouho | weight=0.055
=stravil | weight=0.055
=obdrzel | weight=0.054
=volam | weight=0.054
=dejte | weight=0.054
=nejaky | weight=0.054
=misto =toho | weight=0.054
=pote =co | weight=0.054
=bez | weight=0.054, noneg
=jsem =nakonec | weight=0.053
=nejaky =vernostni | weight=0.053
=tlacil =me | weight=0.053
=neustale =vnucoval | weight=0.053
=vnucoval =drazsi | weight=0.053
=nabizi =mi | weight=0.052
=jste =me | weight=0.052
=cpal =novy | weight=0.052
=ruce | weight=0.051
=nakup | weight=0.051
=zastupce | weight=0.051
=rusim | weight=0.051
=prisla =jsem | weight=0.050
=doslova | weight=0.050
=smlouvu =jsem | weight=0.050
=to =jako | weight=0.050
=hodiny =vnucoval | weight=0.050
=mesicne | weight=0.050
=mi =chodi | weight=0.050
=za =tri | weight=0.049
=jsem =trikrat | weight=0.049
=jsem =s | weight=0.049
=ke | weight=0.048
=pokladne =mi | weight=0.048
=mi =pomohla | weight=0.048
=furt =mi | weight=0.046
=jakmile | weight=0.046
=tisic | weight=0.046
=neustale | weight=0.045
=bolesti | weight=0.045
=k =telefon | weight=0.045
=najdu | weight=0.045
=pro =vas | weight=0.044
=nechteli =me | weight=0.044
=volam =nahrany | weight=0.044
=smlouvu =na | weight=0.044
=zvedne | weight=0.043
=robot =s | weight=0.043
=pojisteni =i | weight=0.043
=s =televizi | weight=0.042
=neprevedou | weight=0.042
=nepotrebuji | weight=0.042
=elektronikou | weight=0.042
=zpusobila =muj | weight=0.042
=pote | weight=0.042
=hlavu | weight=0.041
=jen =zrusit | weight=0.041
=jeste =deset | weight=0.041
=nam =jeste | weight=0.041
=s =velkym | weight=0.041
=tablet | weight=0.041
=tablet =a | weight=0.041
=velkym =tlacitko | weight=0.041
=ze =nechci | weight=0.040, noneg
=trikrat =jsem | weight=0.040
=prodavacka =nam | weight=0.040
=a =nechteli | weight=0.039
=porucha =mi | weight=0.039
=bude =litovat | weight=0.039
=litovat | weight=0.039
=firma =a | weight=0.039
=vymenu =sim | weight=0.039
=tyden =a | weight=0.039
=a =bankerka | weight=0.039
=s =touto | weight=0.039
=touto | weight=0.039
=vernostni =kartu | weight=0.038
=tom | weight=0.038
=aby =mi | weight=0.038
=volam =a | weight=0.038
=mi =technik | weight=0.038
=lekarne =mi | weight=0.038
=mi =bez | weight=0.037, noneg
=pripade | weight=0.037
=mi =pokladne | weight=0.037
=u =pokladne | weight=0.037
=slevu =a | weight=0.037
=ze =vypadek | weight=0.037
=se =musim | weight=0.037
=mu =ze | weight=0.037
=nechal | weight=0.037
=prodejne =se | weight=0.036
=sazbu | weight=0.036
=to =stejne | weight=0.036
=porucha | weight=0.036
=na =otazku | weight=0.036
=domacnosti | weight=0.036
=pri =placeni | weight=0.035
=na =nas | weight=0.035
=hodinky | weight=0.035
=uz =nekolikrat | weight=0.034
=banker | weight=0.034
=banker =mi | weight=0.034
=drazsi =plan | weight=0.034
=nabidkou =novy | weight=0.034
=mi =pani | weight=0.034
=agent | weight=0.034
=misto =aby | weight=0.034
=ne =a | weight=0.033, noneg
=mi =celou | weight=0.033
=lepsi | weight=0.033
=neda =a | weight=0.033
=at =uz | weight=0.033
=jim =uz | weight=0.033
=jen =pro | weight=0.033
=odpoved =na | weight=0.033
=me =do | weight=0.032
=mobilu =a | weight=0.032
=neco =hledal | weight=0.032
=porad =neco | weight=0.032
=sms | weight=0.032
=klimatizace | weight=0.032
=cistenim | weight=0.032
=nejlepsi | weight=0.031
=ona =mi | weight=0.031
=router | weight=0.031
=chtel =porad | weight=0.031
=velkym | weight=0.031
=dnes | weight=0.031
=volam =s | weight=0.030
=pracka | weight=0.030
=televizi | weight=0.030
=procesor | weight=0.030
=prisla =jen | weight=0.030
