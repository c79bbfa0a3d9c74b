# website_issue, cs: learned by scripts/learn.py from 3535 tuning texts (97 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Jsme e-shop a váš kurýrní portál nám už měsíc špatně tiskne štítky. Podpora nám stále opakuje, že problém je v našem prohlížeči, přestože jsme zkoušeli tři různé.
+ volal sem kvuli prepisu odberneho mista a pani mi rekla ze to pres telefon neudela, ze si to mam vyridit v aplikaci. aplikace mi ale pri nahravani plne moci porad pada
+ Když jsem chtěl zrušit smlouvu na internet, operátorka mi řekla, že výpověď po telefonu nepřijme a musím ji poslat přes portál. Portál ale výpověď v nabídce vůbec nemá.
- ok dekuju
- super, doporucuju
=stranka | weight=0.646
=e-shopu | weight=0.386
=webu =nikdo | weight=0.371, noneg
=webu | weight=0.357
=kosik | weight=0.318
=aplikaci | weight=0.308
=pri =platbu | weight=0.294
=na =mobilu | weight=0.293
=prihlaseni | weight=0.286
=prihlasit | weight=0.284
=nic =se | weight=0.272, noneg
=offline | weight=0.270
=nefunguje | weight=0.265
=chatu =je | weight=0.255
=hledal | weight=0.252
=heslo | weight=0.248
=stranka =se | weight=0.231
=aplikaci =se | weight=0.230
=vyskakuje | weight=0.228
=vyskakuje =chyba | weight=0.228
=pada | weight=0.226
=neplatne | weight=0.217
=portal | weight=0.215
=tlacitko | weight=0.215
=formular | weight=0.210
=hazi | weight=0.210
=kliknu | weight=0.209
=kliknu =na | weight=0.209
=hazi =chyba | weight=0.207
=pri | weight=0.207
=kontakt | weight=0.207
=na =zaplatit | weight=0.194
=zaplatit | weight=0.193
=kosik =se | weight=0.188
=mobilu | weight=0.188
=na =objednal | weight=0.181
=formular =se | weight=0.180
=vyprazdni | weight=0.178
=nejde | weight=0.175
=vyskoci | weight=0.172
=webu =neni | weight=0.169, noneg
=aktualizaci | weight=0.168
=neda =ani | weight=0.165, noneg
=platbu | weight=0.165
=mi =sam | weight=0.165
=nelze | weight=0.162
=vedet | weight=0.162
=pokazde =kdyz | weight=0.159
=po =odesla | weight=0.155
=porad =pada | weight=0.154
=pole | weight=0.153
=nefunguje =aplikaci | weight=0.153
=e-shopu =je | weight=0.151
=vedet =na | weight=0.144
=obrazovku | weight=0.143
=na =kontakt | weight=0.143
=do =ucet | weight=0.141
=neprihlasim | weight=0.141
=neprihlasim =heslo | weight=0.141
=se =neprihlasim | weight=0.141
=aktualizaci =pada | weight=0.141
=pada =hned | weight=0.140
=po =aktualizaci | weight=0.140
=zase | weight=0.139
=prihlasit =se | weight=0.138
=mi =nefunguje | weight=0.137
=odesla | weight=0.136
=od =rano | weight=0.134
=kod | weight=0.134
=spusteni | weight=0.133
=vyskoci =chyba | weight=0.133
=a =musim | weight=0.132
=odhlasi | weight=0.132
=banky =je | weight=0.131
=dolu | weight=0.131
=platbu =porad | weight=0.125
=hned =po | weight=0.124
=napovedy | weight=0.123
=hlas =chyba | weight=0.123
=nikdo =neni | weight=0.123, noneg
=servis | weight=0.122
=vas =e-shopu | weight=0.120
=nejde =mi | weight=0.120
=zmenit =adresu | weight=0.119
=mobilu =se | weight=0.118
=vsechno =co | weight=0.117
=pri =prihlaseni | weight=0.116
=mi =v | weight=0.116
=rano | weight=0.115
=je =od | weight=0.115
=se =po | weight=0.115
=smazal =vsechno | weight=0.114
=overovaci | weight=0.113
=chyba | weight=0.113
=nacita | weight=0.112
=nam =pri | weight=0.110
=webu =nejde | weight=0.110
=zadna =kontakt | weight=0.108, noneg
=mimo =obrazovku | weight=0.108
=neni =nikdo | weight=0.106, noneg
=mimo | weight=0.106
=appku | weight=0.105
=nenajde | weight=0.104
=treti =den | weight=0.103
=neprehledny | weight=0.102
=aplikaci =banky | weight=0.102
=se =nejde | weight=0.101
=snad | weight=0.100
=reklamacni =formular | weight=0.100
=formular =po | weight=0.097
=smazal | weight=0.096
=kolecko =a | weight=0.096
=toci =kolecko | weight=0.096
=kosik =a | weight=0.095
=odhlasi =a | weight=0.095
=zase =na | weight=0.095
=kontakt =na | weight=0.095
=neprisel | weight=0.094
=online | weight=0.093
=menu =prekryva | weight=0.093
=nic =kliknout | weight=0.093, noneg
=prekryva | weight=0.093
=prekryva =s | weight=0.093
=se =menu | weight=0.093
=platbu =kartu | weight=0.093
=heslo =pry | weight=0.092
=pry =neplatne | weight=0.092
=vymaze | weight=0.091
=hledal =pul | weight=0.090
=po =prihlaseni | weight=0.090
=kolecko | weight=0.089
=se =mi | weight=0.089
=prihlaseni =do | weight=0.088
=napovedy =vedet | weight=0.088
=odkaz =zase | weight=0.088
=vedet =odkaz | weight=0.088
=porad =mi | weight=0.087
=najit =zadna | weight=0.086, noneg
=nejde =najit | weight=0.086
=byla =strzena | weight=0.086
=spadne | weight=0.085
=ten =formular | weight=0.085
=poslali =pres | weight=0.085
=toci | weight=0.085
=mobilu =vubec | weight=0.084
=aplikaci =nejde | weight=0.084
=zakaznickou =portal | weight=0.084
=vyplneny | weight=0.084
=webu =hledal | weight=0.083
=na =vas | weight=0.082
=vypoved =v | weight=0.082
=neprijima =a | weight=0.082
=v =nabidkou | weight=0.082
=chatu | weight=0.081
=zadava | weight=0.080
=co =jsem | weight=0.079
=v =aplikaci | weight=0.079
=jako =mam | weight=0.078
=mi =smazal | weight=0.078
=telefon =se | weight=0.078
=reklamacni | weight=0.078
=ji =poslali | weight=0.077
=snad =dve | weight=0.077
=prohlizec | weight=0.077
=dokoncit =objednavka | weight=0.077
=zrusit =smlouvu | weight=0.076
=se =prihlasit | weight=0.076
=na =reklamaci | weight=0.075
=pada =a | weight=0.074
=aplikaci =hapruje | weight=0.074
=hapruje | weight=0.074
=hapruje =a | weight=0.074
=telefonni | weight=0.074
=se =neda | weight=0.074
=rezervacni | weight=0.074
=ze =vypoved | weight=0.073
=aplikaci =mi | weight=0.073
=strzena | weight=0.073
=najit | weight=0.072
=ale =byla | weight=0.072
=vas =stranka | weight=0.071
=je =prej | weight=0.070
=aplikaci =a | weight=0.070
=ucet =jsem | weight=0.070
=z =napovedy | weight=0.070
=to =hned | weight=0.069
=dokoncit | weight=0.068
=do =samoobsluhy | weight=0.068
=schovane | weight=0.068
=na =formular | weight=0.068
=kdykoli | weight=0.068
=e-mailovy | weight=0.067
=na =e-mailovy | weight=0.067
=to =zkusim | weight=0.067
=objednal | weight=0.067
=a =tlacitko | weight=0.067
=tlacitko =zaplatit | weight=0.066
=podpora =na | weight=0.066
=napovedy =a | weight=0.066
=faq | weight=0.065
=v =jejich | weight=0.065
=vas =automaticky | weight=0.064
=objednavka =tlacitko | weight=0.064
=na =celou | weight=0.064
=nakup =u | weight=0.064
=kliknuti | weight=0.064
=kliknuti =na | weight=0.064
=po =kliknuti | weight=0.064
=dve =minut | weight=0.063
=aplikaci =pri | weight=0.063
=operator =v | weight=0.063
=porad =neni | weight=0.063, noneg
=jen =sam | weight=0.062
=po =posledni | weight=0.062
=posledni =aktualizaci | weight=0.062
=pres =klientske | weight=0.062
=jsem =vyplnit | weight=0.061
=a =hlas | weight=0.061
=vas =webu | weight=0.061
=je =uz | weight=0.061
=namitky | weight=0.060
=samoobsluhy | weight=0.060
=se =sekne | weight=0.060
=sekne | weight=0.060
=sekne =pri | weight=0.060
=a =jedina | weight=0.060
=prazdne =stranka | weight=0.060
=zbozi =mi | weight=0.060
=a =termin | weight=0.060
=nevezmou | weight=0.060
=to =nevezmou | weight=0.060
=neni | weight=0.059, noneg
=nam =stale | weight=0.059
=a =pri | weight=0.059
=posledni | weight=0.059
=a =nenasel | weight=0.059
=hledal =dvacet | weight=0.059
=ne =jsem | weight=0.059, noneg
=na =telefon | weight=0.058
=na =odesla | weight=0.058
=klientske =zone | weight=0.058
=zone | weight=0.058
=uz =treti | weight=0.057
=pobocce =pojistovny | weight=0.057
=na =eshop | weight=0.057
=mi =pri | weight=0.057
=tri =ruzne | weight=0.056
=otevre | weight=0.056
=pojistovny =mi | weight=0.056
=nenasel | weight=0.055
=podpora =nam | weight=0.055
=na =internet | weight=0.055
=text | weight=0.055
=vyhodili | weight=0.055
=nenasla | weight=0.055
=online =formular | weight=0.055
=formular =a | weight=0.054
=klientske | weight=0.054
=na =napovedy | weight=0.054
=banky =i | weight=0.054
=smlouvu =na | weight=0.053
=neda =najit | weight=0.053
=vypisu | weight=0.052
=operatorka =me | weight=0.052
=v =nas | weight=0.052
=neodesla | weight=0.052
=ze =problem | weight=0.051
=se =do | weight=0.051
=internet =bankovnictvi | weight=0.051
=adresu | weight=0.051
=na =nic | weight=0.050, noneg
=na =sledovani | weight=0.050
=problem =je | weight=0.050
=kvuli =mem | weight=0.049
=dva =dny | weight=0.049
=na =prazdne | weight=0.049
=nevedel =a | weight=0.049
=nic =neda | weight=0.048, noneg
=rozvoz =jidlo | weight=0.048
=a =podpora | weight=0.048
=sms | weight=0.048
=webu =a | weight=0.048
=a =ten | weight=0.048
=se =nemuze | weight=0.047
=nejde =zmenit | weight=0.046
=neprijima | weight=0.046
=nemocnici | weight=0.046
=formular =na | weight=0.046
=treti =navstevach | weight=0.046
=na =ne | weight=0.046, noneg
=bankovnictvi | weight=0.046
=ani | weight=0.045, noneg
=hlas =ze | weight=0.045
=papiru | weight=0.045
=me =to | weight=0.045
=strasne | weight=0.044
=operatorka =mi | weight=0.044
=kontakt =podpora | weight=0.044
=podivat =se | weight=0.044
=podpora =je | weight=0.044
=jen =bil | weight=0.044
=jinak =to | weight=0.044
=opakovane =ze | weight=0.044
=rozvoz | weight=0.043
=neslo =se | weight=0.043
=sledovani | weight=0.043
=jen =toci | weight=0.043
=pouze | weight=0.042
=nejde =dokoncit | weight=0.042
=se =nam | weight=0.042
=neni =zadna | weight=0.042, noneg
=a =nejde | weight=0.042
=je =mimo | weight=0.042
=zaplatit =je | weight=0.042
=kuryrni | weight=0.042
=prazdne | weight=0.041
=webu =se | weight=0.041
=peklo | weight=0.041
=zmenit =heslo | weight=0.041
=zkusim | weight=0.041
=vyplnit =online | weight=0.040
=neotevre | weight=0.040
=nejde =se | weight=0.040
=a =jestli | weight=0.040
=pri =placeni | weight=0.040
=korun | weight=0.040
=a =telefon | weight=0.040
=me =operator | weight=0.040
=autobus | weight=0.040
=jizdne =radu | weight=0.040
=podle =jizdne | weight=0.040
=kartu | weight=0.040
=a =ta | weight=0.040
=pada =pri | weight=0.040
=vypoved | weight=0.039
=spadl | weight=0.039
=se =porad | weight=0.039
=stranka =s | weight=0.039
=jednou =z | weight=0.039
=platbu =vratit | weight=0.039
=potrebuju =abyste | weight=0.039
=tech =platbu | weight=0.039
=z =tech | weight=0.039
=stary =telefon | weight=0.039
=ze =chci | weight=0.038
=kdyz =mi | weight=0.038
=fakt =otravene | weight=0.038
=shazuje | weight=0.038
=uz =dva | weight=0.038
=abyste =mi | weight=0.038
=mi =jednou | weight=0.038
=hrala =s | weight=0.038
=hodil =chyba | weight=0.038
=s =clovek | weight=0.038
=ani =korun | weight=0.038, noneg
=to =pisu | weight=0.037
=bez =upozorneni | weight=0.037, noneg
=pri =zadam | weight=0.037
=vubec =nejde | weight=0.036
=byla =muj | weight=0.036
=prosla | weight=0.036
=podle =vas | weight=0.036
=jsem =pul | weight=0.036
=porad =posilal | weight=0.036
=zablokovali =bez | weight=0.036, noneg
=proplatite | weight=0.035
=mi =nabidli | weight=0.035
=jizdne | weight=0.035
=nenacte | weight=0.035
=vubec =nenacte | weight=0.035
=chci =mluvit | weight=0.035
=pozdni | weight=0.034
=za =pozdni | weight=0.034
=expresni | weight=0.034
=cr | weight=0.034
=v =cr | weight=0.034
=v =den | weight=0.034
=bil | weight=0.034
=je =fakt | weight=0.034
=se =rusim | weight=0.034
=se =zasekl | weight=0.034
=odpustit | weight=0.033
=jestli =bude | weight=0.033
=neznala | weight=0.033
=resit =pres | weight=0.033
=vsude | weight=0.033
=dostal =do | weight=0.033
=tak =mi | weight=0.033
=nakup | weight=0.033
=po =treti | weight=0.033
=kde =se | weight=0.033
=zasekl =a | weight=0.032
=e-shopu =a | weight=0.032
=s =telefon | weight=0.032
=v =e-mail | weight=0.032
=pokutu =za | weight=0.032
=se =jestli | weight=0.032
=prominte | weight=0.031
=balik =je | weight=0.031
=potize | weight=0.031
