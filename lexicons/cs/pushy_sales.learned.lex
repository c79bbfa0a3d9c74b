# pushy_sales, cs: learned by scripts/learn.py from 3747 tuning texts (92 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ operator mi napsal, ze vypadky zpusobuje muj router a at si od nich koupim novy za 2 490 Kc. Ten stary router mam pritom taky od nich.
+ v servisu mi pri prezouvani gum zacali tlacit nove disky, nove sterace, cisteni klimatizace a jeste pojisteni. chtel jsem jen prezout!!
+ agent pojistovny mi volal uz asi podesaty jestli nechci pripojistit auto a domacnost, rikal jsem mu ze ne a on ze 'takova nabidka uz nebude'. dejte mi pokoj
- ok dekuju
- super, doporucuju
=tlacil | weight=0.475
=drazsi | weight=0.406
=vnucoval | weight=0.364
=nabidkou | weight=0.363
=pojisteni | weight=0.353
=premlouval | weight=0.308
=cpal | weight=0.296
=ze =bez | weight=0.285, noneg
=nabizi | weight=0.279
=podepisu | weight=0.255
=podepsat | weight=0.255
=prodlouzenou | weight=0.248
=prodlouzenou =zaruka | weight=0.241
=predplatne | weight=0.236
=kreditku | weight=0.225
=mi =volal | weight=0.225
=nuti | weight=0.206
=misto | weight=0.206
=opravu =mi | weight=0.204
=presvedcoval | weight=0.203
=drazsi =tarif | weight=0.195
=denne | weight=0.193
=o =ktery | weight=0.191
=nemam =zajem | weight=0.185, noneg
=akce | weight=0.183
=s =nabidkou | weight=0.182
=ukecat | weight=0.177
=mi =vnucoval | weight=0.176
=nezadal | weight=0.176
=vezmu | weight=0.175
=smlouvu | weight=0.174
=vnutit | weight=0.173
=rovnou | weight=0.173
=novy | weight=0.172
=bez =drazsi | weight=0.171, noneg
=presvedcoval =me | weight=0.171
=nepodepisu | weight=0.170
=na =drazsi | weight=0.169
=balicek | weight=0.168
=prodat | weight=0.168
=tlacil =at | weight=0.167
=auto =nepujcuji | weight=0.165
=novy =smlouvu | weight=0.164
=nechci | weight=0.162, noneg
=volal =mi | weight=0.162
=ktery =jsem | weight=0.162
=natlak | weight=0.161
=nepujcuji | weight=0.161
=nechteli | weight=0.161
=porad =cpal | weight=0.159
=pustit | weight=0.159
=a =nabizi | weight=0.159
=jen =prodejne | weight=0.157
=pomoc =jen | weight=0.157
=prodejne =reci | weight=0.157
=si =vezmu | weight=0.157
=prodejce | weight=0.156
=misto =opravu | weight=0.155
=nepujde | weight=0.155
=bych =nemam | weight=0.154
=minut =vysvetlil | weight=0.154
=proc =bych | weight=0.154
=bez =jejich | weight=0.149, noneg
=je =koupil | weight=0.148
=hned | weight=0.147
=jsem =rekl | weight=0.147
=porad =na | weight=0.143
=nabidkou =jen | weight=0.143
=koupil | weight=0.142
=misto =pomoc | weight=0.140
=dokud =nepodepisu | weight=0.138
=pustit =dokud | weight=0.138
=me =podepsat | weight=0.138
=podepsat =novy | weight=0.138
=banky | weight=0.138
=vysvetlil =proc | weight=0.136
=a =nuti | weight=0.135
=na =pojisteni | weight=0.135
=me =premlouval | weight=0.134
=si =je | weight=0.129
=antivir | weight=0.128
=jsem =vubec | weight=0.128
=nerozumel =tom | weight=0.127
=me =ze | weight=0.126
=hrnec | weight=0.125
=rusim =predplatne | weight=0.125
=ktery =nechci | weight=0.125, noneg
=a =tlacil | weight=0.124
=dokud | weight=0.123
=pomoc | weight=0.121
=pet =e-mail | weight=0.121
=fakt =otravene | weight=0.119
=e-mail =s | weight=0.118
=vybrat | weight=0.117
=na =dalsi | weight=0.115
=nerozumel | weight=0.112
=prodavac =mi | weight=0.112
=prodavacka =mi | weight=0.109
=nepodepisu =smlouvu | weight=0.107
=mi =porad | weight=0.107
=mi =kazdy | weight=0.107
=mamince | weight=0.106
=prodavac | weight=0.106
=me =tlacil | weight=0.106
=dalsi =lince | weight=0.105
=vybrat =hotovost | weight=0.104
=uver | weight=0.103
=a =chtel | weight=0.102
=v =obchode | weight=0.102
=bankerka | weight=0.102
=vyhodna | weight=0.101
=otravene | weight=0.100
=zaruka | weight=0.100
=je =do | weight=0.099
=lidi =na | weight=0.097
=na =tom | weight=0.096
=akce =a | weight=0.096
=kartu =a | weight=0.094
=jen =dnes | weight=0.094
=vyhodna =nabidkou | weight=0.094
=pojisteni =k | weight=0.093
=hned =na | weight=0.092
=roboticky | weight=0.091
=penize =zpatky | weight=0.091
=kazdy =tyden | weight=0.090
=hotovost | weight=0.090
=me =ukecaval | weight=0.090
=ukecaval | weight=0.090
=jsem =odmitli | weight=0.090
=rano | weight=0.090
=nuti =me | weight=0.089
=drazsi =model | weight=0.089
=banky =me | weight=0.088
=jen =vybrat | weight=0.088
=nekolikrat | weight=0.088
=kazdy =den | weight=0.087
=snazil | weight=0.087
=smlouvu =mi | weight=0.087
=drazsi =balicek | weight=0.086
=musim =se | weight=0.085
=jeste =pojisteni | weight=0.084
=rozhodnout | weight=0.084
=tarif | weight=0.084
=cpal =drazsi | weight=0.084
=vernostni | weight=0.084
=a =penize | weight=0.083
=me =at | weight=0.082
=tom =ze | weight=0.082
=doplnky | weight=0.081
=s =vas | weight=0.080
=byla =jsem | weight=0.079
=premium | weight=0.078
=si =jen | weight=0.078
=vnucoval =novy | weight=0.077
=jsem =dal | weight=0.077
=vubec =nepotrebuji | weight=0.077
=vyslechl | weight=0.077
=novy =tarif | weight=0.076
=nikdo =zivemu | weight=0.075, noneg
=pocitaci | weight=0.074
=den =s | weight=0.074
=nabidkou =ktery | weight=0.074
=nekoho =jiny | weight=0.074
=tak =od | weight=0.074
=fakt =nemam | weight=0.074, noneg
=reci | weight=0.074
=pokoj | weight=0.074
=chodi =sms | weight=0.073
=opakovane =mi | weight=0.073
=sms =nabidkou | weight=0.073
=trva =na | weight=0.073
=proc | weight=0.073
=vezmu =drazsi | weight=0.073
=rekl =ne | weight=0.073, noneg
=stary =router | weight=0.073
=ji =koupil | weight=0.073
=vypadek =zpusobila | weight=0.073
=mi =jen | weight=0.072
=po =ukonceni | weight=0.072
=plan | weight=0.072
=prodavac =me | weight=0.072
=me =pustit | weight=0.072
=ukonceni | weight=0.071
=jako =jsem | weight=0.071
=abych | weight=0.071
=si =od | weight=0.071
=bankerka =mi | weight=0.071
=spotrebitelsky | weight=0.071
=spotrebitelsky =uver | weight=0.071
=vubec =neni | weight=0.071, noneg
=router =mam | weight=0.070
=kazdy | weight=0.070
=najdu =si | weight=0.070
=robot | weight=0.069
=jsem =rikal | weight=0.069
=hned =jako | weight=0.069
=tarif =a | weight=0.069
=pet | weight=0.069
=ktery =vubec | weight=0.068
=stary | weight=0.068
=mi =pokoj | weight=0.068
=trikrat | weight=0.068
=at =podepisu | weight=0.068
=porad =vnucoval | weight=0.067
=od =nich | weight=0.067
=muj =router | weight=0.067
=musim =jsem | weight=0.067
=to =storno | weight=0.067
=premlouval =at | weight=0.067
=porad =mi | weight=0.067
=router =a | weight=0.067
=skoncila | weight=0.066
=a =pojisteni | weight=0.066
=odesla =jsem | weight=0.066
=nuti =mi | weight=0.065
=komu | weight=0.064
=mi =k | weight=0.064
=past | weight=0.064
=zaruka =i | weight=0.064
=lince =a | weight=0.064
=denne =mi | weight=0.063
=ukonceni =smlouvu | weight=0.063
=si =ji | weight=0.063
=premlouval =k | weight=0.062
=jsem =s | weight=0.062
=dejte =mi | weight=0.062
=odesla | weight=0.062
=jste =me | weight=0.062
=mi =vubec | weight=0.062
=obchodni =zastupce | weight=0.062
=rozhovor | weight=0.062
=me =az | weight=0.061
=pustit =me | weight=0.061
=vubec =odpoved | weight=0.061
=pridali | weight=0.061
=stravil | weight=0.060
=jsem =jen | weight=0.060
=minut =premlouval | weight=0.060
=jsem =od | weight=0.060
=mi =rovnou | weight=0.059
=jsem =nezadal | weight=0.059
=tarif =s | weight=0.058
=do =me | weight=0.058
=hucel | weight=0.058
=hucel =at | weight=0.058
=me =hucel | weight=0.058
=prodavac =do | weight=0.058
=vezmu =jeste | weight=0.058
=bez =vyrizeni | weight=0.058, noneg
=odesla =bez | weight=0.058, noneg
=tlacil =me | weight=0.058
=neni =pravda | weight=0.058, noneg
=prisel =jsem | weight=0.058
=boty =se | weight=0.058
=k =telefon | weight=0.057
=nas =pustit | weight=0.057
=pote =co | weight=0.057
=dejte | weight=0.057
=tak =dlouho | weight=0.057
=nez =mi | weight=0.057
=trikrat =rekl | weight=0.056
=akce =na | weight=0.056
=notebooku | weight=0.056
=ke | weight=0.056
=odchazim | weight=0.055
=neustale =vnucoval | weight=0.055
=vnucoval =drazsi | weight=0.055
=obdrzel | weight=0.055
=misto =toho | weight=0.055
=a =neda | weight=0.054
=jsem =nakonec | weight=0.054
=mi =pomohla | weight=0.054
=nejaky | weight=0.053
=smlouvu =jsem | weight=0.053
=doslova | weight=0.053
=volal | weight=0.052
=nejaky =vernostni | weight=0.052
=zastupce | weight=0.052
=koupil =novy | weight=0.052
=hodiny =vnucoval | weight=0.052
=pri =vyzvednuti | weight=0.051
=to =jako | weight=0.051
=nakup | weight=0.051
=nepotrebuji | weight=0.051
=trikrat =jsem | weight=0.051
=nabizi =mi | weight=0.051
=zpusobila =muj | weight=0.051
=poruchu =mi | weight=0.050
=bolesti | weight=0.050
=neprevedou | weight=0.050
=hlavu | weight=0.050
=mi =chodi | weight=0.049
=pro =vas | weight=0.049
=lekarne =mi | weight=0.049
=jeste =deset | weight=0.048
=nam =jeste | weight=0.048
=s =velkym | weight=0.048
=tablet | weight=0.048
=tablet =a | weight=0.048
=velkym =tlacitko | weight=0.048
=mesicne | weight=0.048
=si =v | weight=0.048
=pokladne =mi | weight=0.048
=neustale | weight=0.048
=najdu | weight=0.048
=prisla =jsem | weight=0.047
=vyzvednuti | weight=0.047
=za =tri | weight=0.047
=bude =litovat | weight=0.047
=litovat | weight=0.047
=jakmile | weight=0.046
=cpal =novy | weight=0.046
=nechteli =me | weight=0.046
=s =televizi | weight=0.046
=robot =s | weight=0.046
=ruce | weight=0.045
=zvedne | weight=0.044
=ze =vypadek | weight=0.044
=volal =nahrany | weight=0.043
=fakt | weight=0.043
=prodejne =se | weight=0.043
=dnes | weight=0.043
=a =bankerka | weight=0.042
=agent | weight=0.042
=tisic | weight=0.042
=vymenu =sim | weight=0.042
=furt =mi | weight=0.042
=pojisteni =i | weight=0.042
=s =touto | weight=0.042
=touto | weight=0.042
=auto | weight=0.041
=obchode | weight=0.041
=na =otazku | weight=0.041
=hodinky | weight=0.041
=smlouvu =na | weight=0.041
=se =musim | weight=0.041
=slevu =a | weight=0.041
=mi =bez | weight=0.040, noneg
=tom | weight=0.040
=sazbu | weight=0.040
=pote | weight=0.040
=mi =technik | weight=0.040
=a =nechteli | weight=0.040
=nabizi =drazsi | weight=0.040
=nabidkou =novy | weight=0.040
=elektronikou | weight=0.039
=banker | weight=0.039
=banker =mi | weight=0.039
=tyden =a | weight=0.038
=vernostni =kartu | weight=0.038
=firma =a | weight=0.038
=rusim | weight=0.038
=ze =nechci | weight=0.038, noneg
=mi =pokladne | weight=0.038
=pracka | weight=0.038
=cistenim | weight=0.038
=preklep | weight=0.037
=preklep =v | weight=0.037
=aby =mi | weight=0.037
=odchazim =jsem | weight=0.037
=me =do | weight=0.037
=sms | weight=0.037
=mu =ze | weight=0.037
=neco =zeptat | weight=0.037
=mi =celou | weight=0.036
=jen =pro | weight=0.036
=hypoteku | weight=0.036
=u =pokladne | weight=0.036
=bez | weight=0.036, noneg
=a =chytre | weight=0.036
=s =banky | weight=0.035
=drazsi =plan | weight=0.035
=volal =s | weight=0.035
=ji =byla | weight=0.035
=mnou =tatu | weight=0.035
=pak =nam | weight=0.035
=tatu =uplne | weight=0.035
=pripade | weight=0.035
=pri =placeni | weight=0.035
=at =uz | weight=0.035
=prodavacka =nam | weight=0.034
=velkym | weight=0.034
=mobilu =a | weight=0.034
=neco =hledal | weight=0.034
=porad =neco | weight=0.034
=nejlepsi | weight=0.033
=ona =mi | weight=0.033
=domacnosti | weight=0.033
=kvuli =poruse | weight=0.033
=chtel =porad | weight=0.033
=odpoved =na | weight=0.033
=jednomu | weight=0.033
=uz =nekolikrat | weight=0.032
=procesor | weight=0.032
=prodejne | weight=0.032
=chytre =hodinky | weight=0.032
=lepsi | weight=0.031
=jim =uz | weight=0.031
=misto =vyreseny | weight=0.031
=vyreseny =poruchu | weight=0.031
