# website_issue, cs: learned by scripts/learn.py from 3092 tuning texts (95 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Jsme e-shop a váš kurýrní portál nám už měsíc špatně tiskne štítky. Podpora nám stále opakuje, že problém je v našem prohlížeči, přestože jsme zkoušeli tři různé.
+ volal sem kvuli prepisu odberneho mista a pani mi rekla ze to pres telefon neudela, ze si to mam vyridit v aplikaci. aplikace mi ale pri nahravani plne moci porad pada
+ Když jsem chtěl zrušit smlouvu na internet, operátorka mi řekla, že výpověď po telefonu nepřijme a musím ji poslat přes portál. Portál ale výpověď v nabídce vůbec nemá.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=stranka | weight=0.648
=e-shopu | weight=0.392
=webu | weight=0.373
=webu =nikdo | weight=0.363, noneg
=aplikace | weight=0.353
=prihlaseni | weight=0.333
=kosik | weight=0.327
=pri =platba | weight=0.298
=na =mobilu | weight=0.286
=nic =se | weight=0.283, noneg
=prihlasit | weight=0.279
=offline | weight=0.276
=chatu =je | weight=0.269
=hledal | weight=0.259
=nefunguje | weight=0.256
=pada | weight=0.252
=stranka =se | weight=0.244
=heslo | weight=0.235
=vyskakuje | weight=0.226
=vyskakuje =chyba | weight=0.226
=portal | weight=0.219
=kontakt | weight=0.214
=neplatne | weight=0.214
=tlacitko | weight=0.211
=formular | weight=0.209
=aplikace =se | weight=0.206
=hazi =chyba | weight=0.206
=kliknu | weight=0.206
=kliknu =na | weight=0.206
=pri | weight=0.198
=kosik =se | weight=0.197
=hazi | weight=0.195
=zaplatit | weight=0.190
=na =zaplatit | weight=0.188
=pokazde =kdyz | weight=0.187
=vyprazdni | weight=0.183
=formular =se | weight=0.182
=mobilu | weight=0.182
=webu =neni | weight=0.180, noneg
=na =objednal | weight=0.179
=vedet | weight=0.168
=aktualizaci | weight=0.168
=mi =sam | weight=0.165
=vyskoci | weight=0.165
=neda =ani | weight=0.163, noneg
=pole | weight=0.159
=nejde | weight=0.156
=nelze | weight=0.155
=e-shopu =je | weight=0.154
=prihlasit =se | weight=0.151
=platba | weight=0.151
=nefunguje =aplikace | weight=0.146
=vedet =na | weight=0.146
=obrazovku | weight=0.145
=porad =pada | weight=0.143
=do =ucet | weight=0.143
=neprihlasim | weight=0.143
=neprihlasim =heslo | weight=0.143
=se =neprihlasim | weight=0.143
=aktualizaci =pada | weight=0.140
=na =kontakt | weight=0.139
=odesla | weight=0.138
=od =rano | weight=0.137
=pada =hned | weight=0.137
=po =aktualizaci | weight=0.137
=zase | weight=0.136
=po =odesla | weight=0.135
=mobilu =se | weight=0.134
=vas =e-shopu | weight=0.134
=a =musim | weight=0.133
=doly | weight=0.132
=banky =je | weight=0.131
=vyskoci =chyba | weight=0.131
=platba =porad | weight=0.131
=odhlasi | weight=0.130
=spusteni | weight=0.130
=mi =nefunguje | weight=0.130
=chyba | weight=0.130
=prihlaseni =do | weight=0.128
=hlas =chyba | weight=0.126
=hned =po | weight=0.125
=kod | weight=0.121
=napovedy | weight=0.121
=pri =prihlaseni | weight=0.120
=zmenit =adresu | weight=0.120
=nejde =mi | weight=0.120
=zadna =kontakt | weight=0.120, noneg
=rano | weight=0.119
=nikdo =neni | weight=0.117, noneg
=smaze =vsechno | weight=0.116
=mi =v | weight=0.115
=overovaci | weight=0.115
=nam =pri | weight=0.115
=se =po | weight=0.114
=je =od | weight=0.114
=nacita | weight=0.114
=mimo =obrazovku | weight=0.114
=servis | weight=0.113
=appku | weight=0.112
=vsechno =co | weight=0.111
=mimo | weight=0.110
=nenajde | weight=0.109
=porad =mi | weight=0.109
=neni =nikdo | weight=0.107, noneg
=neprehledny | weight=0.107
=najit | weight=0.106
=snad | weight=0.103
=se =nejde | weight=0.102
=heslo =pry | weight=0.099
=pry =neplatne | weight=0.099
=smaze | weight=0.097
=reklamacni =formular | weight=0.097
=neprisel | weight=0.096
=kosik =a | weight=0.095
=kolecko =a | weight=0.094
=toci =kolecko | weight=0.094
=platba =kartu | weight=0.094
=webu =nejde | weight=0.094
=vymaze | weight=0.093
=menu =prekryva | weight=0.092
=nic =kliknout | weight=0.092, noneg
=prekryva | weight=0.092
=prekryva =s | weight=0.092
=se =menu | weight=0.092
=hledal =pul | weight=0.092
=najit =zadna | weight=0.091, noneg
=nejde =najit | weight=0.091
=v =nabidkou | weight=0.091
=neprijima =a | weight=0.090
=odhlasi =a | weight=0.090
=aplikace =nejde | weight=0.090
=byla =strzena | weight=0.089
=webu =hledal | weight=0.089
=v =aplikace | weight=0.089
=ten =formular | weight=0.089
=treti =den | weight=0.088
=mi =smaze | weight=0.088
=kolecko | weight=0.087
=formular =po | weight=0.087
=aplikace =banky | weight=0.087
=napovedy =vedet | weight=0.086
=odkaz =zase | weight=0.086
=vedet =odkaz | weight=0.086
=vyplneny | weight=0.086
=zrusit =smlouvu | weight=0.085
=toci | weight=0.085
=co =jsem | weight=0.084
=a =tlacitko | weight=0.084
=na =vas | weight=0.083
=kontakt =na | weight=0.083
=rezervacni | weight=0.083
=ji =poslali | weight=0.083
=ze =vypoved | weight=0.083
=po =prihlaseni | weight=0.083
=telefonni | weight=0.083
=zase =na | weight=0.082
=neni | weight=0.080, noneg
=se =mi | weight=0.080
=snad =dve | weight=0.079
=telefon =se | weight=0.078
=faq | weight=0.077
=zakaznickou =portal | weight=0.076
=aplikace =hapruje | weight=0.076
=hapruje | weight=0.076
=hapruje =a | weight=0.076
=je =prej | weight=0.075
=reklamacni | weight=0.075
=vas =stranka | weight=0.074
=ucet =jsem | weight=0.074
=na =internet | weight=0.074
=dokoncit =objednavka | weight=0.072
=do =samoobsluhy | weight=0.072
=samoobsluhy | weight=0.072
=to =zkusim | weight=0.072
=zadava | weight=0.072
=ale =byla | weight=0.071
=z =napovedy | weight=0.071
=se =neda | weight=0.071
=spadne | weight=0.071
=aplikace =mi | weight=0.071
=aplikace =pri | weight=0.070
=strzena | weight=0.069
=se =prihlasit | weight=0.069
=napovedy =a | weight=0.068
=je =uz | weight=0.068
=podpora =na | weight=0.067
=sms | weight=0.067
=chatu | weight=0.067
=porad =neni | weight=0.066, noneg
=kliknuti | weight=0.066
=kliknuti =na | weight=0.066
=po =kliknuti | weight=0.066
=zkusim | weight=0.066
=na =celou | weight=0.066
=e-mailovy | weight=0.066
=na =e-mailovy | weight=0.066
=pada =a | weight=0.066
=tlacitko =zaplatit | weight=0.066
=jen =sam | weight=0.065
=smlouvu =na | weight=0.065
=nakup =u | weight=0.065
=dokoncit | weight=0.065
=aplikace =a | weight=0.065
=formular =na | weight=0.064
=operator =v | weight=0.064
=to =hned | weight=0.064
=kdykoli | weight=0.064
=v =jejich | weight=0.063
=formular =a | weight=0.063
=posledni | weight=0.063
=a =nenasel | weight=0.063
=hledal =dvacet | weight=0.063
=ne =jsem | weight=0.063, noneg
=dve =minut | weight=0.063
=pres =klientske | weight=0.062
=neprijima | weight=0.062
=nam =stale | weight=0.061
=namitky | weight=0.061
=na =nic | weight=0.061, noneg
=a =hlas | weight=0.061
=nevezmou | weight=0.061
=to =nevezmou | weight=0.061
=prazdne =stranka | weight=0.060
=mobilu =vubec | weight=0.060
=po =posledni | weight=0.060
=posledni =aktualizaci | weight=0.060
=se =do | weight=0.060
=zbozi =mi | weight=0.059
=a =ten | weight=0.059
=objednal | weight=0.059
=prohlizec | weight=0.059
=a =termin | weight=0.059
=nenasel | weight=0.058
=mi =pri | weight=0.058
=online | weight=0.058
=a =pri | weight=0.057
=klientske =zone | weight=0.057
=zone | weight=0.057
=na =reklamaci | weight=0.057
=jsem =vyplnit | weight=0.056
=pobocce =pojistovny | weight=0.056
=pojistovny =mi | weight=0.056
=podpora =nam | weight=0.055
=text | weight=0.055
=rozvoz =jidlo | weight=0.055
=dva =dny | weight=0.055
=vas =webu | weight=0.055
=operatorka =me | weight=0.055
=klientske | weight=0.054
=na =telefon | weight=0.054
=operatorka =mi | weight=0.053
=na =odesla | weight=0.053
=nenacte | weight=0.053
=vubec =nenacte | weight=0.053
=neodesla | weight=0.052
=problem =je | weight=0.052
=ze =problem | weight=0.052
=na =eshop | weight=0.052
=na =prazdne | weight=0.052
=se =sekne | weight=0.052
=sekne | weight=0.052
=sekne =pri | weight=0.052
=na =napovedy | weight=0.051
=banky =i | weight=0.051
=a =jedina | weight=0.051
=na =sledovani | weight=0.050
=webu =a | weight=0.050
=v =nas | weight=0.050
=vyhodili | weight=0.050
=rozvoz | weight=0.050
=uz =treti | weight=0.050
=vypoved | weight=0.050
=nenasla | weight=0.049
=nic =neda | weight=0.047, noneg
=otevre | weight=0.047
=na =ne | weight=0.047, noneg
=me =to | weight=0.047
=je =mimo | weight=0.047
=zaplatit =je | weight=0.047
=jejich =aplikace | weight=0.047
=objednavka =tlacitko | weight=0.047
=internet =bankovnictvi | weight=0.046
=pouze | weight=0.046
=se =porad | weight=0.046
=i =po | weight=0.046
=ani | weight=0.045, noneg
=vypisu | weight=0.045
=a =ta | weight=0.044
=peklo | weight=0.044
=neslo =se | weight=0.044
=stary =telefon | weight=0.044
=a =telefon | weight=0.044
=kuryrni | weight=0.044
=tri =ruzne | weight=0.044
=ze =chci | weight=0.044
=jen =bil | weight=0.043
=se =nam | weight=0.043
=kvuli =mem | weight=0.043
=pada =pri | weight=0.043
=sledovani | weight=0.043
=prazdne | weight=0.043
=nejde =zmenit | weight=0.043
=a =podpora | weight=0.043
=webu =se | weight=0.043
=hlas =ze | weight=0.043
=strasne | weight=0.043
=podivat =se | weight=0.042
=papiru | weight=0.042
=neni =zadna | weight=0.042, noneg
=nejde =se | weight=0.042
=jsem =pul | weight=0.042
=a =jestli | weight=0.040
=a =nejde | weight=0.040
=treti =navstevy | weight=0.040
=se =stranka | weight=0.040
=nemocnici | weight=0.040
=jednou =z | weight=0.040
=platba =vratit | weight=0.040
=potrebuju =abyste | weight=0.040
=prosla | weight=0.040
=tech =platba | weight=0.040
=z =tech | weight=0.040
=pri =placeni | weight=0.040
=shazuje | weight=0.040
=kde =se | weight=0.040
=nabidkou | weight=0.040
=opakovane =ze | weight=0.039
=s =clovek | weight=0.039
=se =rusim | weight=0.039
=bankovnictvi | weight=0.039
=se =nemuze | weight=0.039
=korun | weight=0.039
=autobus | weight=0.038
=jizdne =radu | weight=0.038
=podle =jizdne | weight=0.038
=pozdni | weight=0.038
=za =pozdni | weight=0.038
=neotevre | weight=0.038
=abyste =mi | weight=0.038
=byla =muj | weight=0.038
=zmenit =heslo | weight=0.038
=odpustit | weight=0.037
=me =operator | weight=0.037
=rusim =objednavka | weight=0.037
=chci =mluvit | weight=0.037
=se =jestli | weight=0.037
=hrala =s | weight=0.037
=bez =upozorneni | weight=0.037, noneg
=adresu | weight=0.037
=fakt =otravene | weight=0.037
=kartu | weight=0.036
=spadlo | weight=0.036
=mi =jednou | weight=0.036
=ani =korun | weight=0.036, noneg
=zasekl =a | weight=0.036
=mi =nabidli | weight=0.036
=telefon =nikdo | weight=0.036, noneg
=pokutu =za | weight=0.036
=zkousel | weight=0.035
=to =pisu | weight=0.035
=stranka =vubec | weight=0.035
=prominte | weight=0.035
=jestli =bude | weight=0.035
=dostal =do | weight=0.035
=podpora =je | weight=0.034
=zablokovali =bez | weight=0.034, noneg
=hodil =chyba | weight=0.034
=pokutu | weight=0.034
=formular =pro | weight=0.034
=splatnosti | weight=0.034
=a =prisel | weight=0.034
=s =telefon | weight=0.034
=jizdne | weight=0.033
=bil | weight=0.033
=je =ve | weight=0.033
=je =fakt | weight=0.033
=expresni | weight=0.033
=resit =pres | weight=0.033
=nakup | weight=0.033
=v =e-mail | weight=0.032
=nic =neudela | weight=0.032, noneg
=cr | weight=0.032
=v =cr | weight=0.032
=jim =porad | weight=0.032
=se =zasekl | weight=0.032
=obnoveni | weight=0.032
=nejde =dokoncit | weight=0.031
=e-shopu =nejde | weight=0.031
=neznala | weight=0.031
=nikdo | weight=0.031, noneg
=e-shopu =a | weight=0.031
=diky =za | weight=0.030
=chyba =na | weight=0.030
=a =vas | weight=0.030
=k =o2 | weight=0.030
=o2 | weight=0.030
=eshop | weight=0.030
