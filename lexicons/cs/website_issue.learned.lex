# website_issue, cs: learned by scripts/learn.py from 3948 tuning texts (100 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Jsme e-shop a váš kurýrní portál nám už měsíc špatně tiskne štítky. Podpora nám stále opakuje, že problém je v našem prohlížeči, přestože jsme zkoušeli tři různé.
+ volal sem kvuli prepisu odberneho mista a pani mi rekla ze to pres telefon neudela, ze si to mam vyridit v aplikaci. aplikace mi ale pri nahravani plne moci porad pada
+ Když jsem chtěl zrušit smlouvu na internet, operátorka mi řekla, že výpověď po telefonu nepřijme a musím ji poslat přes portál. Portál ale výpověď v nabídce vůbec nemá.
- ok dekuju
- super, doporucuju
=stranka | weight=0.649
=webu =nikdo | weight=0.380, noneg
=e-shopu | weight=0.357
=webu | weight=0.349
=prihlaseni | weight=0.330
=kosik | weight=0.318
=prihlasit | weight=0.303
=pri =platba | weight=0.303
=aplikaci | weight=0.299
=na =mobilu | weight=0.296
=offline | weight=0.274
=nic =se | weight=0.272, noneg
=chatu =je | weight=0.261
=heslo | weight=0.253
=hledal | weight=0.253
=tlacitko | weight=0.245
=aplikaci =se | weight=0.234
=stranka =se | weight=0.231
=kliknu | weight=0.229
=kliknu =na | weight=0.229
=pada | weight=0.229
=hazi =chyba | weight=0.225
=nefunguje | weight=0.222
=portal | weight=0.213
=hazi | weight=0.212
=vyskakuje | weight=0.211
=vyskakuje =chyba | weight=0.211
=kontakt | weight=0.210
=neplatne | weight=0.209
=na =objednal | weight=0.206
=formular | weight=0.198
=kosik =se | weight=0.191
=pri | weight=0.188
=webu =neni | weight=0.185, noneg
=vyskoci | weight=0.184
=vyprazdni | weight=0.182
=formular =se | weight=0.181
=mobilu | weight=0.176
=po =odesla | weight=0.175
=na =zaplatit | weight=0.172
=neda =ani | weight=0.170, noneg
=aktualizaci | weight=0.169
=mi =sam | weight=0.167
=nefunguje =aplikaci | weight=0.164
=pole | weight=0.161
=pokazde =kdyz | weight=0.161
=nejde | weight=0.161
=platba | weight=0.161
=e-shopu =je | weight=0.156
=porad =pada | weight=0.153
=hlas =chyba | weight=0.153
=vyskoci =chyba | weight=0.146
=nelze | weight=0.146
=aktualizaci =pada | weight=0.146
=odesla | weight=0.145
=napovedy | weight=0.144
=obrazovku | weight=0.144
=do =uctu | weight=0.143
=neprihlasim | weight=0.143
=neprihlasim =heslo | weight=0.143
=se =neprihlasim | weight=0.143
=na =kontakt | weight=0.143
=nikdo =neni | weight=0.143, noneg
=pada =hned | weight=0.142
=po =aktualizaci | weight=0.142
=vedet =na | weight=0.142
=prihlasit =se | weight=0.141
=vedet | weight=0.138
=od =rano | weight=0.136
=spusteni | weight=0.136
=banky =je | weight=0.135
=a =musim | weight=0.134
=dolu | weight=0.133
=vas =e-shopu | weight=0.133
=platba =porad | weight=0.133
=odhlasi | weight=0.130
=prihlaseni =do | weight=0.128
=nejde =mi | weight=0.126
=zmenit =adresu | weight=0.123
=mi =v | weight=0.121
=je =od | weight=0.121
=overovaci | weight=0.120
=mobilu =se | weight=0.120
=rano | weight=0.119
=neni =nikdo | weight=0.119, noneg
=nam =pri | weight=0.118
=aplikaci =banky | weight=0.118
=se =po | weight=0.116
=pri =prihlaseni | weight=0.115
=zadna =kontakt | weight=0.114, noneg
=webu =nejde | weight=0.114
=hned =po | weight=0.114
=vsechno =co | weight=0.113
=jsem =klikl | weight=0.112
=klikl | weight=0.112
=klikl =na | weight=0.112
=se =nejde | weight=0.111
=mi =nefunguje | weight=0.111
=zaplatit | weight=0.110
=mimo =obrazovku | weight=0.110
=smazal =vsechno | weight=0.110
=nacita | weight=0.109
=reklamacni =formular | weight=0.109
=mimo | weight=0.107
=neprehledny | weight=0.107
=formular =po | weight=0.106
=neprisel | weight=0.106
=snad | weight=0.106
=toci | weight=0.102
=kolecko =a | weight=0.102
=toci =kolecko | weight=0.102
=kod | weight=0.101
=platba =kartu | weight=0.101
=na =reklamaci | weight=0.101
=zase =na | weight=0.101
=byla =strzena | weight=0.098
=servis | weight=0.098
=vymaham | weight=0.098
=kolecko | weight=0.097
=aplikaci =mi | weight=0.096
=hledal =pul | weight=0.095
=smazal | weight=0.095
=nenajde | weight=0.094
=porad =mi | weight=0.094
=po =prihlaseni | weight=0.093
=odhlasi =a | weight=0.093
=zase | weight=0.092
=aplikaci =nejde | weight=0.091
=kosik =a | weight=0.090
=reklamacni | weight=0.090
=dokonce =objednavka | weight=0.089
=kontakt =na | weight=0.089
=zakaznicke =portal | weight=0.088
=menu =prekryva | weight=0.088
=nic =kliknout | weight=0.088, noneg
=prekryva | weight=0.088
=prekryva =s | weight=0.088
=se =menu | weight=0.088
=bankovnictvi | weight=0.088
=ten =formular | weight=0.087
=napovedy =vedet | weight=0.086
=odkaz =zase | weight=0.086
=vedet =odkaz | weight=0.086
=najit | weight=0.086
=webu =hledal | weight=0.085
=co =jsem | weight=0.085
=vas =webu | weight=0.085
=najit =zadna | weight=0.084, noneg
=nejde =najit | weight=0.084
=ale =byla | weight=0.084
=heslo =pry | weight=0.084
=pry =neplatne | weight=0.084
=rezervacni | weight=0.082
=kliknuti | weight=0.082
=kliknuti =na | weight=0.082
=po =kliknuti | weight=0.082
=zadava | weight=0.082
=kdykoli | weight=0.081
=aplikaci =hapruje | weight=0.081
=hapruje | weight=0.081
=hapruje =a | weight=0.081
=mobilu =vubec | weight=0.081
=objednavka =tlacitko | weight=0.080
=poslali =pres | weight=0.080
=mi =nejde | weight=0.080
=spadne | weight=0.079
=telefon =se | weight=0.079
=neprijima =a | weight=0.078
=aplikaci =a | weight=0.078
=v =nabidkou | weight=0.078
=mi =smazal | weight=0.078
=snad =dve | weight=0.078
=z =napovedy | weight=0.078
=na =vas | weight=0.077
=vypoved =v | weight=0.077
=uctu =jsem | weight=0.077
=faq | weight=0.077
=jako =mam | weight=0.077
=se =mi | weight=0.076
=online | weight=0.076
=se =prihlasit | weight=0.076
=a =jedina | weight=0.075
=to =zkusim | weight=0.075
=a =termin | weight=0.074
=formular =na | weight=0.074
=ji =poslali | weight=0.073
=zrusit =smlouvu | weight=0.073
=posledni | weight=0.073
=telefonni | weight=0.073
=napovedy =a | weight=0.073
=je =prej | weight=0.072
=pada =a | weight=0.072
=prazdne =stranka | weight=0.072
=operator =v | weight=0.071
=e-mailovy | weight=0.071
=na =e-mailovy | weight=0.071
=prohlizec | weight=0.071
=ctvrt =den | weight=0.070
=na =napovedy | weight=0.070
=na =formular | weight=0.069
=vyhodili | weight=0.069
=adresu | weight=0.069
=tlacitko =zaplatit | weight=0.069
=porad =neni | weight=0.069, noneg
=banky =i | weight=0.069
=ze =vypoved | weight=0.069
=appku | weight=0.068
=vas =stranka | weight=0.068
=se =neda | weight=0.068
=otevre | weight=0.068
=vas =automaticky | weight=0.068
=chatu | weight=0.068
=jsem =vyplnit | weight=0.068
=online =formular | weight=0.066
=jen =sam | weight=0.066
=uz =ctvrt | weight=0.066
=dve =minut | weight=0.066
=formular =a | weight=0.065
=a =pri | weight=0.065
=a =tlacitko | weight=0.065
=je =uz | weight=0.065
=schovane | weight=0.064
=a =hlas | weight=0.063
=nakup =u | weight=0.063
=pres =klientske | weight=0.063
=v =aplikaci | weight=0.063
=treti =navstevach | weight=0.062
=namitky | weight=0.062
=v =jejich | weight=0.062
=aplikaci =pri | weight=0.062
=do =samoobsluhy | weight=0.062
=po =druhy | weight=0.062
=neodesla | weight=0.061
=to =hned | weight=0.061
=nemocnici | weight=0.061
=zbozi =mi | weight=0.061
=podpora =odpoved | weight=0.061
=a =nenasel | weight=0.061
=hledal =dvacet | weight=0.061
=ne =jsem | weight=0.061, noneg
=treti =den | weight=0.061
=na =nic | weight=0.061, noneg
=na =internet | weight=0.061
=podpora =na | weight=0.060
=na =celou | weight=0.059
=to =nevezmou | weight=0.059
=po =posledni | weight=0.059
=posledni =aktualizaci | weight=0.059
=nenasel | weight=0.058
=nic =neda | weight=0.058, noneg
=a =podpora | weight=0.057
=se =sekne | weight=0.057
=sekne | weight=0.057
=sekne =pri | weight=0.057
=ani | weight=0.057, noneg
=klientske =zone | weight=0.057
=zone | weight=0.057
=zase =mi | weight=0.056
=pojistovny =mi | weight=0.056
=nam =stale | weight=0.056
=na =eshop | weight=0.056
=na =telefon | weight=0.055
=prazdne | weight=0.055
=smlouvu =na | weight=0.055
=se =do | weight=0.054
=samoobsluhy | weight=0.054
=pobocce =pojistovny | weight=0.054
=neda =najit | weight=0.054
=text | weight=0.054
=neprijima | weight=0.053
=stitky | weight=0.053
=nevezmou | weight=0.053
=nenasla | weight=0.053
=rozvoz =jidlo | weight=0.053
=nevedel =a | weight=0.052
=podpora =nam | weight=0.052
=nejde =dokonce | weight=0.052
=formular =pro | weight=0.051
=a =ten | weight=0.051
=neni =zadna | weight=0.051, noneg
=klientske | weight=0.051
=operatorka =me | weight=0.050
=me =to | weight=0.050
=na =odesla | weight=0.050
=dva =dny | weight=0.050
=vypisu | weight=0.049
=webu =a | weight=0.049
=peklo | weight=0.049
=pri =placeni | weight=0.048
=se =nemuze | weight=0.048
=s =clovek | weight=0.048
=ze =chci | weight=0.048
=rozvoz | weight=0.047
=je =mimo | weight=0.047
=zaplatit =je | weight=0.047
=se =nam | weight=0.047
=kontakt =podpora | weight=0.047
=hlas =ze | weight=0.047
=na =ne | weight=0.046, noneg
=po =treti | weight=0.046
=webu =je | weight=0.046
=nejde =zmenit | weight=0.046
=webu =se | weight=0.045
=na =prazdne | weight=0.045
=me =operator | weight=0.045
=na =sledovani | weight=0.045
=to =pisu | weight=0.045
=tri =ruzne | weight=0.045
=vyplnit =online | weight=0.044
=ani =korun | weight=0.044, noneg
=bez =upozorneni | weight=0.044, noneg
=shazuje | weight=0.044
=opakovane =ze | weight=0.044
=a =ta | weight=0.044
=platba =vratit | weight=0.044
=potrebuju =abyste | weight=0.044
=tech =platba | weight=0.044
=z =tech | weight=0.044
=v =nas | weight=0.043
=cr | weight=0.043
=v =cr | weight=0.043
=zablokovali =bez | weight=0.043, noneg
=jen =bil | weight=0.043
=vypoved | weight=0.043
=zkusim | weight=0.043
=a =nejde | weight=0.043
=prosla | weight=0.042
=podivat =se | weight=0.042
=jen =toci | weight=0.042
=sledovani | weight=0.042
=nejde =se | weight=0.042
=mi =pri | weight=0.042
=a =jestli | weight=0.042
=ze =problem | weight=0.042
=abyste =mi | weight=0.041
=zmenit =heslo | weight=0.041
=podpora =je | weight=0.041
=jinak =to | weight=0.041
=strasne | weight=0.041
=korun | weight=0.041
=se =zasekl | weight=0.040
=porad =posilal | weight=0.040
=neotevre | weight=0.040
=jizdne =radu | weight=0.040
=podle =jizdne | weight=0.040
=problem =je | weight=0.040
=a =telefon | weight=0.040
=fakt =otravene | weight=0.040
=se =stranka | weight=0.040
=jednou =z | weight=0.040
=hrala =s | weight=0.039
=hlas | weight=0.039
=poslali =na | weight=0.039
=kuryrni | weight=0.039
=papiru | weight=0.039
=expresni | weight=0.039
=chyba =na | weight=0.039
=neslo =se | weight=0.039
=operatorka =mi | weight=0.038
=pada =pri | weight=0.038
=pisu =vam | weight=0.037
=nakup | weight=0.037
=kvuli =mem | weight=0.037
=vubec =nejde | weight=0.037
=jestli =bude | weight=0.037
=podle =vas | weight=0.037
=nabidkou | weight=0.037
=pouze | weight=0.037
=neznala | weight=0.037
=nenacte | weight=0.037
=vubec =nenacte | weight=0.037
=internet =bankovnictvi | weight=0.037
=se =porad | weight=0.037
=hodil =chyba | weight=0.036
=jizdne | weight=0.036
=je =fakt | weight=0.036
=s =telefon | weight=0.036
=jsem =pul | weight=0.036
=bil | weight=0.036
=a =vas | weight=0.036
=telefon =nikdo | weight=0.036, noneg
=v =den | weight=0.036
=pozdni | weight=0.035
=za =pozdni | weight=0.035
=dostal =do | weight=0.035
=potize | weight=0.035
=autobus | weight=0.035
=jinde | weight=0.035
=chatbot =me | weight=0.035
=dvou =hovor | weight=0.035
=se =rusim | weight=0.035
=odpustit | weight=0.035
=na =stary | weight=0.034
=v =e-mail | weight=0.034
=pokutu =za | weight=0.034
=mi =zablokovali | weight=0.034
=tak =mi | weight=0.034
=rusim =objednavka | weight=0.034
=to =kvuli | weight=0.033
=s =podpora | weight=0.033
