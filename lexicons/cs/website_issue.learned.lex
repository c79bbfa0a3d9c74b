# website_issue, cs: learned by scripts/learn.py from 3307 tuning texts (96 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Jsme e-shop a váš kurýrní portál nám už měsíc špatně tiskne štítky. Podpora nám stále opakuje, že problém je v našem prohlížeči, přestože jsme zkoušeli tři různé.
+ volal sem kvuli prepisu odberneho mista a pani mi rekla ze to pres telefon neudela, ze si to mam vyridit v aplikaci. aplikace mi ale pri nahravani plne moci porad pada
+ Když jsem chtěl zrušit smlouvu na internet, operátorka mi řekla, že výpověď po telefonu nepřijme a musím ji poslat přes portál. Portál ale výpověď v nabídce vůbec nemá.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=stranka | weight=0.642
=e-shopu | weight=0.376
=webu =nikdo | weight=0.369, noneg
=webu | weight=0.364
=prihlaseni | weight=0.326
=aplikaci | weight=0.326
=kosik | weight=0.324
=pri =platba | weight=0.300
=na =mobilu | weight=0.284
=prihlasit | weight=0.283
=offline | weight=0.277
=nic =se | weight=0.275, noneg
=chatu =je | weight=0.257
=hledal | weight=0.257
=nefunguje | weight=0.252
=stranka =se | weight=0.243
=heslo | weight=0.239
=pada | weight=0.238
=vyskakuje | weight=0.227
=vyskakuje =chyba | weight=0.227
=formular | weight=0.222
=aplikaci =se | weight=0.219
=kontakt | weight=0.216
=tlacitko | weight=0.216
=neplatne | weight=0.215
=kliknu | weight=0.209
=kliknu =na | weight=0.209
=hazi =chyba | weight=0.206
=portal | weight=0.205
=hazi | weight=0.203
=pri | weight=0.198
=kosik =se | weight=0.192
=zaplatit | weight=0.192
=na =zaplatit | weight=0.192
=mobilu | weight=0.187
=formular =se | weight=0.182
=na =objednal | weight=0.180
=vyprazdni | weight=0.179
=nejde | weight=0.177
=webu =neni | weight=0.174, noneg
=neda =ani | weight=0.173, noneg
=vedet | weight=0.173
=aktualizaci | weight=0.170
=vyskoci | weight=0.167
=mi =sam | weight=0.165
=nelze | weight=0.157
=pole | weight=0.155
=e-shopu =je | weight=0.154
=platba | weight=0.153
=porad =pada | weight=0.152
=pokazde =kdyz | weight=0.152
=vedet =na | weight=0.150
=nefunguje =aplikaci | weight=0.148
=po =odesla | weight=0.145
=prihlasit =se | weight=0.144
=na =kontakt | weight=0.144
=do =uctu | weight=0.143
=neprihlasim | weight=0.143
=neprihlasim =heslo | weight=0.143
=se =neprihlasim | weight=0.143
=aktualizaci =pada | weight=0.140
=obrazovku | weight=0.139
=od =rano | weight=0.139
=odesla | weight=0.139
=pada =hned | weight=0.138
=po =aktualizaci | weight=0.138
=prihlaseni =do | weight=0.135
=zase | weight=0.135
=odhlasi | weight=0.135
=doly | weight=0.135
=banky =je | weight=0.135
=mobilu =se | weight=0.133
=vyskoci =chyba | weight=0.131
=spusteni | weight=0.130
=mi =nefunguje | weight=0.130
=platba =porad | weight=0.129
=a =musim | weight=0.128
=hned =po | weight=0.125
=vas =e-shopu | weight=0.125
=napovedy | weight=0.124
=kod | weight=0.124
=hlas =chyba | weight=0.124
=chyba | weight=0.121
=nikdo =neni | weight=0.121, noneg
=nejde =mi | weight=0.119
=zmenit =adresu | weight=0.117
=servis | weight=0.116
=zadna =kontakt | weight=0.116, noneg
=smaze =vsechno | weight=0.116
=mi =v | weight=0.116
=rano | weight=0.115
=se =po | weight=0.115
=nam =pri | weight=0.113
=pri =prihlaseni | weight=0.113
=overovaci | weight=0.113
=vsechno =co | weight=0.112
=je =od | weight=0.110
=nenajde | weight=0.110
=snad | weight=0.109
=neni =nikdo | weight=0.109, noneg
=mimo =obrazovku | weight=0.108
=webu =nejde | weight=0.107
=appku | weight=0.107
=nacita | weight=0.107
=neprehledny | weight=0.106
=mimo | weight=0.105
=se =nejde | weight=0.101
=smaze | weight=0.100
=kolecko =a | weight=0.098
=toci =kolecko | weight=0.098
=porad =mi | weight=0.098
=reklamacni =formular | weight=0.097
=hledal =pul | weight=0.097
=odhlasi =a | weight=0.096
=heslo =pry | weight=0.094
=pry =neplatne | weight=0.094
=kosik =a | weight=0.094
=neprisel | weight=0.093
=kontakt =na | weight=0.092
=menu =prekryva | weight=0.092
=nic =kliknout | weight=0.092, noneg
=prekryva | weight=0.092
=prekryva =s | weight=0.092
=se =menu | weight=0.092
=vymaze | weight=0.091
=zase =na | weight=0.091
=kolecko | weight=0.091
=treti =den | weight=0.090
=aplikaci =banky | weight=0.090
=platba =kartu | weight=0.089
=webu =hledal | weight=0.089
=ten =formular | weight=0.089
=formular =po | weight=0.088
=poslali =pres | weight=0.087
=napovedy =vedet | weight=0.087
=odkaz =zase | weight=0.087
=vedet =odkaz | weight=0.087
=se =mi | weight=0.087
=byla =strzena | weight=0.086
=mi =smaze | weight=0.086
=najit =zadna | weight=0.086, noneg
=nejde =najit | weight=0.086
=najit | weight=0.086
=po =prihlaseni | weight=0.085
=telefonni | weight=0.085
=toci | weight=0.085
=vyplneny | weight=0.084
=neprijima =a | weight=0.084
=online | weight=0.084
=rezervacni | weight=0.083
=a =tlacitko | weight=0.083
=jako =mam | weight=0.082
=vypoved =v | weight=0.081
=snad =dve | weight=0.081
=v =nabidkou | weight=0.081
=aplikaci =nejde | weight=0.080
=spadne | weight=0.080
=chatu | weight=0.079
=dokoncit =objednavka | weight=0.079
=co =jsem | weight=0.079
=ji =poslali | weight=0.078
=zrusit =smlouvu | weight=0.078
=telefon =se | weight=0.078
=na =vas | weight=0.077
=zakaznickou =portal | weight=0.076
=aplikaci =hapruje | weight=0.075
=hapruje | weight=0.075
=hapruje =a | weight=0.075
=tlacitko =zaplatit | weight=0.075
=v =aplikaci | weight=0.075
=se =neda | weight=0.075
=reklamacni | weight=0.075
=je =prej | weight=0.074
=na =reklamaci | weight=0.074
=formular =na | weight=0.074
=zadava | weight=0.073
=uctu =jsem | weight=0.073
=to =zkusim | weight=0.073
=napovedy =a | weight=0.073
=strzena | weight=0.073
=prohlizec | weight=0.073
=z =napovedy | weight=0.073
=aplikaci =mi | weight=0.072
=vas =automaticky | weight=0.072
=aplikaci =a | weight=0.072
=dokoncit | weight=0.071
=ze =vypoved | weight=0.071
=e-mailovy | weight=0.070
=na =e-mailovy | weight=0.070
=se =prihlasit | weight=0.069
=do =samoobsluhy | weight=0.069
=jen =sam | weight=0.069
=ale =byla | weight=0.068
=na =celou | weight=0.068
=operator =v | weight=0.068
=podpora =na | weight=0.068
=pada =a | weight=0.068
=faq | weight=0.067
=v =jejich | weight=0.067
=aplikaci =pri | weight=0.067
=nakup =u | weight=0.066
=porad =neni | weight=0.066, noneg
=vas =stranka | weight=0.066
=kdykoli | weight=0.066
=je =uz | weight=0.065
=formular =a | weight=0.064
=dve =minut | weight=0.064
=posledni | weight=0.063
=online =formular | weight=0.063
=na =formular | weight=0.063
=to =hned | weight=0.062
=mobilu =vubec | weight=0.062
=na =internet | weight=0.062
=nam =stale | weight=0.061
=vas =webu | weight=0.061
=pres =klientske | weight=0.061
=samoobsluhy | weight=0.060
=a =nenasel | weight=0.060
=hledal =dvacet | weight=0.060
=ne =jsem | weight=0.060, noneg
=na =nic | weight=0.060, noneg
=jsem =vyplnit | weight=0.060
=a =hlas | weight=0.059
=namitky | weight=0.059
=kliknuti | weight=0.059
=kliknuti =na | weight=0.059
=po =kliknuti | weight=0.059
=nevezmou | weight=0.059
=to =nevezmou | weight=0.059
=na =telefon | weight=0.058
=a =termin | weight=0.058
=zbozi =mi | weight=0.058
=po =posledni | weight=0.058
=posledni =aktualizaci | weight=0.058
=objednavka =tlacitko | weight=0.058
=prazdne =stranka | weight=0.057
=text | weight=0.057
=mi =pri | weight=0.057
=nenasel | weight=0.056
=klientske =zone | weight=0.056
=zone | weight=0.056
=banky =i | weight=0.056
=podpora =nam | weight=0.056
=pobocce =pojistovny | weight=0.055
=a =ten | weight=0.055
=na =odesla | weight=0.055
=a =jedina | weight=0.055
=pojistovny =mi | weight=0.055
=a =pri | weight=0.055
=tri =ruzne | weight=0.055
=sms | weight=0.055
=na =eshop | weight=0.055
=dva =dny | weight=0.054
=se =sekne | weight=0.054
=sekne | weight=0.054
=sekne =pri | weight=0.054
=smlouvu =na | weight=0.053
=v =nas | weight=0.053
=ze =problem | weight=0.053
=neni | weight=0.053, noneg
=klientske | weight=0.053
=vyhodili | weight=0.052
=otevre | weight=0.052
=i =po | weight=0.052
=na =napovedy | weight=0.052
=rozvoz =jidlo | weight=0.051
=nevedel =a | weight=0.051
=se =do | weight=0.051
=operatorka =me | weight=0.051
=nenasla | weight=0.051
=problem =je | weight=0.050
=na =prazdne | weight=0.050
=vypisu | weight=0.049
=neodesla | weight=0.049
=objednal | weight=0.049
=nenacte | weight=0.049
=vubec =nenacte | weight=0.049
=na =sledovani | weight=0.049
=internet =bankovnictvi | weight=0.049
=pouze | weight=0.049
=na =ne | weight=0.048, noneg
=neprijima | weight=0.048
=nic =neda | weight=0.048, noneg
=webu =a | weight=0.047
=kvuli =mem | weight=0.047
=nejde =se | weight=0.047
=rozvoz | weight=0.047
=a =ta | weight=0.047
=jinak =to | weight=0.046
=nejde =dokoncit | weight=0.046
=treti =navstevach | weight=0.046
=a =podpora | weight=0.046
=me =to | weight=0.045
=se =nemuze | weight=0.045
=se =nam | weight=0.044
=hlas =ze | weight=0.044
=uz =treti | weight=0.044
=ani | weight=0.044, noneg
=nejde =zmenit | weight=0.043
=kuryrni | weight=0.043
=neni =zadna | weight=0.043, noneg
=neslo =se | weight=0.043
=adresu | weight=0.043
=vyplnit =online | weight=0.043
=shazuje | weight=0.043
=ze =chci | weight=0.042
=ani =korun | weight=0.042, noneg
=bankovnictvi | weight=0.042
=nemocnici | weight=0.042
=prazdne | weight=0.042
=jen =bil | weight=0.042
=podivat =se | weight=0.041
=opakovane =ze | weight=0.041
=zablokovali =bez | weight=0.041, noneg
=stary =telefon | weight=0.041
=se =porad | weight=0.041
=webu =se | weight=0.041
=papiru | weight=0.041
=bez =upozorneni | weight=0.041, noneg
=a =telefon | weight=0.041
=operatorka =mi | weight=0.041
=mi =nejde | weight=0.040
=jen =toci | weight=0.040
=to =pisu | weight=0.040
=pada =pri | weight=0.040
=peklo | weight=0.040
=strasne | weight=0.040
=chci =mluvit | weight=0.040
=a =jestli | weight=0.040
=je =mimo | weight=0.040
=zaplatit =je | weight=0.040
=podpora =je | weight=0.039
=jednou =z | weight=0.039
=platba =vratit | weight=0.039
=potrebuju =abyste | weight=0.039
=prosla | weight=0.039
=tech =platba | weight=0.039
=z =tech | weight=0.039
=a =nejde | weight=0.039
=kdyz =mi | weight=0.039
=s =clovek | weight=0.039
=fakt =otravene | weight=0.038
=zkusim | weight=0.038
=jsem =pul | weight=0.038
=zmenit =heslo | weight=0.038
=neotevre | weight=0.038
=korun | weight=0.038
=formular =pro | weight=0.038
=pri =placeni | weight=0.038
=autobus | weight=0.038
=jizdne =radu | weight=0.038
=podle =jizdne | weight=0.038
=se =stranka | weight=0.037
=spadl | weight=0.037
=sledovani | weight=0.037
=abyste =mi | weight=0.037
=v =den | weight=0.037
=byla =muj | weight=0.037
=pozdni | weight=0.037
=za =pozdni | weight=0.037
=cr | weight=0.037
=v =cr | weight=0.037
=porad =posilal | weight=0.036
=dostal =do | weight=0.036
=mi =jednou | weight=0.036
=v =e-mail | weight=0.036
=zasekl =a | weight=0.036
=expresni | weight=0.036
=hrala =s | weight=0.036
=odpustit | weight=0.035
=mi =nabidli | weight=0.035
=eshop | weight=0.035
=kartu | weight=0.035
=chyba =na | weight=0.035
=se =rusim | weight=0.035
=telefon =nikdo | weight=0.035, noneg
=se =jestli | weight=0.035
=je =fakt | weight=0.035
=kde =se | weight=0.035
=rusim =objednavka | weight=0.034
=vypoved | weight=0.034
=resit =pres | weight=0.034
=pokutu =za | weight=0.034
=bil | weight=0.034
=obnoveni | weight=0.034
=jizdne | weight=0.033
=pri =zadam | weight=0.033
=hodil =chyba | weight=0.033
=pokutu | weight=0.033
=vsude | weight=0.032
=prominte | weight=0.032
=splatnosti | weight=0.032
=stranka =vubec | weight=0.032
=se =zasekl | weight=0.032
=k =o2 | weight=0.032
=o2 | weight=0.032
=dvou =hovor | weight=0.032
=neznala | weight=0.031
=s =telefon | weight=0.031
=podle =vas | weight=0.031
