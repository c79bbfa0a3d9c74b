# website_issue, cs: learned by scripts/learn.py from 3747 tuning texts (98 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Jsme e-shop a váš kurýrní portál nám už měsíc špatně tiskne štítky. Podpora nám stále opakuje, že problém je v našem prohlížeči, přestože jsme zkoušeli tři různé.
+ volal sem kvuli prepisu odberneho mista a pani mi rekla ze to pres telefon neudela, ze si to mam vyridit v aplikaci. aplikace mi ale pri nahravani plne moci porad pada
+ Když jsem chtěl zrušit smlouvu na internet, operátorka mi řekla, že výpověď po telefonu nepřijme a musím ji poslat přes portál. Portál ale výpověď v nabídce vůbec nemá.
- ok dekuju
- super, doporucuju
=stranka | weight=0.639
=webu =nikdo | weight=0.376, noneg
=e-shopu | weight=0.366
=webu | weight=0.356
=kosik | weight=0.323
=aplikaci | weight=0.305
=pri =platba | weight=0.301
=na =mobilu | weight=0.300
=prihlaseni | weight=0.298
=prihlasit | weight=0.290
=nic =se | weight=0.280, noneg
=offline | weight=0.276
=chatu =je | weight=0.264
=heslo | weight=0.257
=hledal | weight=0.256
=nefunguje | weight=0.250
=stranka =se | weight=0.239
=tlacitko | weight=0.235
=kliknu | weight=0.228
=kliknu =na | weight=0.228
=aplikaci =se | weight=0.228
=pada | weight=0.224
=hazi =chyba | weight=0.222
=hazi | weight=0.214
=portal | weight=0.213
=neplatne | weight=0.207
=kontakt | weight=0.207
=vyskakuje | weight=0.205
=vyskakuje =chyba | weight=0.205
=na =objednal | weight=0.199
=kosik =se | weight=0.195
=pri | weight=0.187
=formular | weight=0.185
=vyprazdni | weight=0.185
=webu =neni | weight=0.181, noneg
=vyskoci | weight=0.181
=mobilu | weight=0.179
=formular =se | weight=0.177
=aktualizaci | weight=0.166
=neda =ani | weight=0.166, noneg
=pole | weight=0.165
=mi =sam | weight=0.161
=nefunguje =aplikaci | weight=0.161
=po =odesla | weight=0.160
=vedet | weight=0.159
=na =zaplatit | weight=0.157
=e-shopu =je | weight=0.156
=porad =pada | weight=0.156
=nejde | weight=0.155
=pokazde =kdyz | weight=0.154
=vedet =na | weight=0.150
=na =kontakt | weight=0.150
=obrazovku | weight=0.149
=platba | weight=0.148
=odesla | weight=0.148
=vyskoci =chyba | weight=0.145
=nelze | weight=0.145
=aktualizaci =pada | weight=0.144
=do =uctu | weight=0.143
=neprihlasim | weight=0.143
=neprihlasim =heslo | weight=0.143
=se =neprihlasim | weight=0.143
=hlas =chyba | weight=0.142
=vas =e-shopu | weight=0.141
=pada =hned | weight=0.141
=po =aktualizaci | weight=0.141
=zaplatit | weight=0.141
=a =musim | weight=0.139
=kod | weight=0.137
=prihlasit =se | weight=0.137
=spusteni | weight=0.136
=od =rano | weight=0.134
=napovedy | weight=0.133
=dolu | weight=0.132
=nikdo =neni | weight=0.131, noneg
=banky =je | weight=0.131
=odhlasi | weight=0.131
=platba =porad | weight=0.129
=zmenit =adresu | weight=0.128
=nejde =mi | weight=0.126
=pri =prihlaseni | weight=0.126
=zadna =kontakt | weight=0.122, noneg
=hned =po | weight=0.122
=mi =v | weight=0.122
=mimo =obrazovku | weight=0.118
=mobilu =se | weight=0.118
=nacita | weight=0.117
=mimo | weight=0.115
=rano | weight=0.114
=nam =pri | weight=0.112
=overovaci | weight=0.111
=appku | weight=0.110
=vsechno =co | weight=0.110
=zase =na | weight=0.110
=jsem =klikl | weight=0.109
=klikl | weight=0.109
=klikl =na | weight=0.109
=neni =nikdo | weight=0.109, noneg
=je =od | weight=0.109
=se =po | weight=0.108
=neprehledny | weight=0.107
=mi =nefunguje | weight=0.107
=smazal =vsechno | weight=0.107
=reklamacni =formular | weight=0.107
=aplikaci =banky | weight=0.105
=snad | weight=0.103
=vymaze | weight=0.103
=kolecko =a | weight=0.103
=toci =kolecko | weight=0.103
=online | weight=0.103
=se =nejde | weight=0.102
=webu =nejde | weight=0.101
=treti =den | weight=0.101
=nenajde | weight=0.101
=formular =po | weight=0.100
=aplikaci =mi | weight=0.099
=hledal =pul | weight=0.099
=neprisel | weight=0.099
=byla =strzena | weight=0.097
=kolecko | weight=0.096
=platba =kartu | weight=0.096
=toci | weight=0.095
=najit =zadna | weight=0.094, noneg
=nejde =najit | weight=0.094
=smazal | weight=0.094
=kosik =a | weight=0.093
=servis | weight=0.093
=ten =formular | weight=0.093
=porad =mi | weight=0.093
=aplikaci =nejde | weight=0.092
=odhlasi =a | weight=0.092
=menu =prekryva | weight=0.091
=nic =kliknout | weight=0.091, noneg
=prekryva | weight=0.091
=prekryva =s | weight=0.091
=se =menu | weight=0.091
=po =prihlaseni | weight=0.091
=webu =hledal | weight=0.091
=heslo =pry | weight=0.090
=pry =neplatne | weight=0.090
=reklamacni | weight=0.089
=na =vas | weight=0.088
=prihlaseni =do | weight=0.088
=napovedy =vedet | weight=0.087
=odkaz =zase | weight=0.087
=vedet =odkaz | weight=0.087
=kontakt =na | weight=0.086
=poslali =pres | weight=0.085
=zakaznicke =portal | weight=0.085
=na =reklamaci | weight=0.084
=mobilu =vubec | weight=0.083
=v =nabidkou | weight=0.083
=vypoved =v | weight=0.083
=rezervacni | weight=0.083
=zase | weight=0.083
=co =jsem | weight=0.082
=ale =byla | weight=0.082
=neprijima =a | weight=0.082
=mi =smazal | weight=0.081
=faq | weight=0.081
=formular =na | weight=0.081
=zadava | weight=0.081
=telefon =se | weight=0.080
=jako =mam | weight=0.080
=spadne | weight=0.079
=kdykoli | weight=0.079
=z =napovedy | weight=0.078
=napovedy =a | weight=0.078
=zrusit =smlouvu | weight=0.078
=se =neda | weight=0.078
=ji =poslali | weight=0.077
=ze =vypoved | weight=0.076
=aplikaci =hapruje | weight=0.076
=hapruje | weight=0.076
=hapruje =a | weight=0.076
=aplikaci =a | weight=0.076
=do =samoobsluhy | weight=0.076
=se =prihlasit | weight=0.075
=uctu =jsem | weight=0.075
=dokonce =objednavka | weight=0.075
=a =termin | weight=0.075
=snad =dve | weight=0.075
=se =mi | weight=0.073
=na =formular | weight=0.072
=telefonni | weight=0.072
=posledni | weight=0.072
=najit | weight=0.072
=pada =a | weight=0.072
=a =tlacitko | weight=0.072
=e-mailovy | weight=0.071
=na =e-mailovy | weight=0.071
=vas =stranka | weight=0.071
=kliknuti | weight=0.070
=kliknuti =na | weight=0.070
=po =kliknuti | weight=0.070
=to =zkusim | weight=0.070
=jen =sam | weight=0.070
=operator =v | weight=0.070
=vyhodili | weight=0.069
=samoobsluhy | weight=0.069
=vas =automaticky | weight=0.068
=je =prej | weight=0.068
=porad =neni | weight=0.068, noneg
=online =formular | weight=0.068
=vas =webu | weight=0.067
=podpora =odpoved | weight=0.067
=chatu | weight=0.066
=v =aplikaci | weight=0.066
=je =uz | weight=0.066
=schovane | weight=0.065
=formular =a | weight=0.065
=nakup =u | weight=0.065
=na =celou | weight=0.064
=v =jejich | weight=0.063
=aplikaci =pri | weight=0.063
=banky =i | weight=0.063
=a =podpora | weight=0.063
=to =hned | weight=0.063
=a =nenasel | weight=0.063
=hledal =dvacet | weight=0.063
=ne =jsem | weight=0.063, noneg
=prohlizec | weight=0.063
=a =ten | weight=0.062
=podpora =na | weight=0.062
=jsem =vyplnit | weight=0.061
=dve =minut | weight=0.061
=a =hlas | weight=0.061
=uz =treti | weight=0.061
=nemocnici | weight=0.061
=a =pri | weight=0.061
=adresu | weight=0.061
=pres =klientske | weight=0.061
=na =nic | weight=0.060, noneg
=a =jedina | weight=0.060
=nenasla | weight=0.060
=namitky | weight=0.059
=zbozi =mi | weight=0.059
=to =nevezmou | weight=0.059
=nam =stale | weight=0.059
=po =posledni | weight=0.058
=posledni =aktualizaci | weight=0.058
=nenasel | weight=0.058
=na =eshop | weight=0.058
=sms | weight=0.058
=neodesla | weight=0.058
=neda =najit | weight=0.057
=tlacitko =zaplatit | weight=0.057
=nevezmou | weight=0.057
=otevre | weight=0.057
=stitky | weight=0.057
=prazdne =stranka | weight=0.057
=se =do | weight=0.057
=klientske =zone | weight=0.056
=zone | weight=0.056
=smlouvu =na | weight=0.056
=na =telefon | weight=0.056
=operatorka =me | weight=0.056
=se =sekne | weight=0.055
=sekne | weight=0.055
=sekne =pri | weight=0.055
=vypisu | weight=0.055
=na =napovedy | weight=0.055
=nic =neda | weight=0.055, noneg
=ani | weight=0.054, noneg
=pojistovny =mi | weight=0.054
=na =internet | weight=0.053
=podpora =nam | weight=0.052
=klientske | weight=0.052
=treti =navstevach | weight=0.052
=me =to | weight=0.052
=neprijima | weight=0.050
=na =odesla | weight=0.050
=nevedel =a | weight=0.050
=rozvoz =jidlo | weight=0.050
=jinak =to | weight=0.050
=na =sledovani | weight=0.050
=dva =dny | weight=0.049
=pobocce =pojistovny | weight=0.049
=chyba | weight=0.049
=vyplnit =online | weight=0.049
=text | weight=0.049
=hlas =ze | weight=0.048
=webu =a | weight=0.048
=na =prazdne | weight=0.048
=je =mimo | weight=0.048
=zaplatit =je | weight=0.048
=objednavka =tlacitko | weight=0.048
=strasne | weight=0.048
=podpora =je | weight=0.047
=neni =zadna | weight=0.047, noneg
=kvuli =mem | weight=0.046
=kontakt =podpora | weight=0.046
=peklo | weight=0.046
=v =nas | weight=0.045
=pouze | weight=0.045
=rozvoz | weight=0.045
=webu =se | weight=0.045
=na =ne | weight=0.045, noneg
=neslo =se | weight=0.045
=podle =vas | weight=0.044
=internet =bankovnictvi | weight=0.044
=pri =placeni | weight=0.044
=ze =problem | weight=0.044
=se =nam | weight=0.044
=kuryrni | weight=0.044
=korun | weight=0.044
=jizdne =radu | weight=0.043
=podle =jizdne | weight=0.043
=hodil =chyba | weight=0.043
=a =jestli | weight=0.043
=se =nemuze | weight=0.043
=problem =je | weight=0.043
=jednou =z | weight=0.043
=platba =vratit | weight=0.043
=potrebuju =abyste | weight=0.043
=tech =platba | weight=0.043
=z =tech | weight=0.043
=ze =chci | weight=0.043
=a =telefon | weight=0.043
=a =ta | weight=0.042
=nejde =zmenit | weight=0.042
=tri =ruzne | weight=0.042
=mi =jednou | weight=0.042
=shazuje | weight=0.042
=mi =pri | weight=0.041
=jen =bil | weight=0.041
=to =pisu | weight=0.041
=hrala =s | weight=0.041
=bez =upozorneni | weight=0.041, noneg
=abyste =mi | weight=0.041
=s =clovek | weight=0.041
=vypoved | weight=0.041
=mi =nejde | weight=0.041
=ani =korun | weight=0.041, noneg
=prosla | weight=0.041
=prazdne | weight=0.041
=opakovane =ze | weight=0.040
=me =operator | weight=0.040
=kartu | weight=0.040
=dvou =hovor | weight=0.040
=kdyz =mi | weight=0.040
=mi =nabidli | weight=0.040
=porad =posilal | weight=0.040
=zablokovali =bez | weight=0.039, noneg
=papiru | weight=0.039
=cr | weight=0.039
=v =cr | weight=0.039
=jizdne | weight=0.039
=nenacte | weight=0.039
=vubec =nenacte | weight=0.039
=jestli =bude | weight=0.039
=bankovnictvi | weight=0.039
=sledovani | weight=0.039
=autobus | weight=0.039
=formular =pro | weight=0.038
=neotevre | weight=0.038
=je =fakt | weight=0.038
=pada =pri | weight=0.038
=stranka =s | weight=0.038
=potize | weight=0.038
=hlaska | weight=0.038
=nejde =dokonce | weight=0.038
=s =podpora | weight=0.037
=zkusim | weight=0.037
=neznala | weight=0.037
=vubec =nejde | weight=0.037
=se =zasekl | weight=0.037
=expresni | weight=0.037
=v =den | weight=0.037
=zmenit =heslo | weight=0.037
=uz =dva | weight=0.037
=pozdni | weight=0.037
=za =pozdni | weight=0.037
=hovor =s | weight=0.037
=podivat =se | weight=0.037
=po =treti | weight=0.037
=dostal =do | weight=0.037
=nakup | weight=0.037
=fakt =otravene | weight=0.037
=odpustit | weight=0.036
=se =porad | weight=0.036
=jsem =pul | weight=0.036
=chyba =na | weight=0.036
=nejde =se | weight=0.035
=telefon =nikdo | weight=0.035, noneg
=bil | weight=0.035
=s =telefon | weight=0.035
=a =nejde | weight=0.035
=pokutu =za | weight=0.034
=e-shopu =nejde | weight=0.034
=hlas | weight=0.034
=poslali =na | weight=0.034
=se =rusim | weight=0.034
=misto =a | weight=0.034
=a =vas | weight=0.034
=prominte | weight=0.034
=pokutu | weight=0.033
=nabidkou | weight=0.033
=e-shopu =a | weight=0.033
=mam =vyridili | weight=0.033
