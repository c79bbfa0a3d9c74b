# website_issue, cs: learned by scripts/learn.py from 2508 tuning texts (78 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Jsme e-shop a váš kurýrní portál nám už měsíc špatně tiskne štítky. Podpora nám stále opakuje, že problém je v našem prohlížeči, přestože jsme zkoušeli tři různé.
+ Milé @ceskedrahy, vlak zrušený, náhradní autobus nikdy nepřijel a pán u pokladny řekl „podívejte se do aplikace“ a dál si hrál s telefonem. V aplikaci vlak jede normálně podle jízdního řádu. Budu po vás chtít proplatit taxík do poslední koruny a jestli budete dělat potíže, jdu na ČOI. Díky za nic 👎👎
+ aplikace pri platbe porad pada
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=stranka | weight=0.624
=e-shopu | weight=0.418
=webu | weight=0.393
=aplikace | weight=0.372
=webu =nikdo | weight=0.371, noneg
=kosik | weight=0.332
=na =mobilu | weight=0.316
=pri =platbu | weight=0.303
=heslo | weight=0.282
=offline | weight=0.278
=prihlaseni | weight=0.277
=nic =se | weight=0.270, noneg
=chatu =je | weight=0.267
=pada | weight=0.263
=prihlasit | weight=0.259
=stranka =se | weight=0.258
=hledal | weight=0.254
=vyskakuje | weight=0.245
=vyskakuje =chyba | weight=0.245
=mobilu | weight=0.226
=kliknu | weight=0.223
=kliknu =na | weight=0.223
=aplikace =se | weight=0.213
=formular | weight=0.212
=neplatne | weight=0.212
=kontakt | weight=0.207
=kosik =se | weight=0.200
=na =zaplatit | weight=0.198
=nefunguje | weight=0.195
=platbu | weight=0.192
=na =objednal | weight=0.188
=formular =se | weight=0.185
=vyprazdni | weight=0.181
=pokazde =kdyz | weight=0.180
=tlacitko | weight=0.179
=pole | weight=0.179
=nejde | weight=0.178
=kod | weight=0.176
=webu =neni | weight=0.176, noneg
=pri | weight=0.176
=zaplatit | weight=0.173
=vyskoci | weight=0.165
=zase | weight=0.165
=mi =sam | weight=0.163
=obrazovku | weight=0.161
=vedet | weight=0.160
=odeslat | weight=0.153
=po =odeslat | weight=0.150
=aplikace =bance | weight=0.149
=do =ucet | weight=0.148
=neprihlasim | weight=0.148
=neprihlasim =heslo | weight=0.148
=se =neprihlasim | weight=0.148
=aktualizaci | weight=0.147
=vedet =na | weight=0.146
=odhlasi | weight=0.146
=aktualizaci =pada | weight=0.144
=od =rano | weight=0.141
=nefunguje =aplikace | weight=0.140
=prihlasit =se | weight=0.137
=na =kontakt | weight=0.137
=bance =je | weight=0.136
=vyskoci =chyba | weight=0.136
=spusteni | weight=0.134
=hned =po | weight=0.133
=pada =hned | weight=0.133
=po =aktualizaci | weight=0.133
=vas =e-shopu | weight=0.132
=platbu =porad | weight=0.132
=smaze =vsechno | weight=0.132
=porad =pada | weight=0.132
=mimo | weight=0.129
=mimo =obrazovku | weight=0.129
=hledal =pul | weight=0.127
=doly | weight=0.127
=napovedy | weight=0.124
=vsechno =co | weight=0.124
=reklamacni =formular | weight=0.122
=mi =nefunguje | weight=0.122
=mobilu =se | weight=0.120
=nenajde | weight=0.120
=nikdo =neni | weight=0.116, noneg
=servis | weight=0.115
=vyplnena | weight=0.115
=rano | weight=0.113
=nacita | weight=0.113
=neni =nikdo | weight=0.112, noneg
=zmenit =adresu | weight=0.111
=po =prihlaseni | weight=0.110
=formular =po | weight=0.110
=nam =pri | weight=0.109
=se =po | weight=0.108
=neda =ani | weight=0.107, noneg
=appku | weight=0.107
=snad | weight=0.106
=telefon =se | weight=0.106
=overovaci | weight=0.106
=kosik =a | weight=0.104
=nejde =mi | weight=0.103
=smaze | weight=0.101
=mi =v | weight=0.100
=webu =hledal | weight=0.100
=porad =mi | weight=0.099
=najit | weight=0.098
=se =nejde | weight=0.098
=do =samoobsluhy | weight=0.098
=samoobsluhy | weight=0.098
=webu =nejde | weight=0.098
=menu =prekryva | weight=0.097
=nic =kliknout | weight=0.097, noneg
=prekryva | weight=0.097
=prekryva =s | weight=0.097
=se =menu | weight=0.097
=je =od | weight=0.097
=kolecko =a | weight=0.096
=tocim =kolecko | weight=0.096
=pri =prihlaseni | weight=0.096
=zadava | weight=0.095
=co =jsem | weight=0.095
=najit =zadna | weight=0.093, noneg
=nejde =najit | weight=0.093
=zadna =kontakt | weight=0.093, noneg
=neprisel | weight=0.092
=v =aplikace | weight=0.092
=reklamacni | weight=0.091
=platbu =kartu | weight=0.091
=chyba | weight=0.090
=zase =na | weight=0.089
=hlas =chyba | weight=0.089
=mi =smaze | weight=0.089
=chatu | weight=0.088
=heslo =pry | weight=0.087
=pry =neplatne | weight=0.087
=kolecko | weight=0.086
=napovedy =vedet | weight=0.085
=odkaz =zase | weight=0.085
=vedet =odkaz | weight=0.085
=je =prej | weight=0.085
=to =hned | weight=0.084
=aplikace =a | weight=0.084
=ten =formular | weight=0.084
=tocim | weight=0.083
=sms | weight=0.083
=chatbot | weight=0.082
=telefonni | weight=0.082
=byla =strzena | weight=0.081
=vas =webu | weight=0.081
=rezervacni | weight=0.080
=snad =dve | weight=0.079
=se =mi | weight=0.078
=se =prihlasit | weight=0.078
=to =zkusim | weight=0.077
=se =neda | weight=0.076
=kontakt =na | weight=0.076
=z =napovedy | weight=0.074
=mi =pri | weight=0.073
=zkusim | weight=0.073
=neni | weight=0.073, noneg
=dokoncit =objednavka | weight=0.070
=kdykoli | weight=0.070
=podpora =na | weight=0.069
=neodesle | weight=0.068
=na =odeslat | weight=0.068
=prohlizec | weight=0.068
=na =cely | weight=0.068
=napovedy =a | weight=0.068
=nam =stale | weight=0.067
=prazdne =stranka | weight=0.067
=jen =sam | weight=0.067
=pada =a | weight=0.067
=a =termin | weight=0.067
=nakupovat =u | weight=0.066
=v =jejich | weight=0.065
=operator =v | weight=0.065
=hlasku | weight=0.065
=aplikace =hapruje | weight=0.065
=hapruje | weight=0.065
=hapruje =a | weight=0.065
=je =uz | weight=0.064
=adresu | weight=0.064
=dve =minut | weight=0.063
=se =sekne | weight=0.063
=sekne | weight=0.063
=sekne =pri | weight=0.063
=dokoncit | weight=0.063
=tlacitko =zaplatit | weight=0.062
=a =hlas | weight=0.062
=porad =neni | weight=0.062, noneg
=e-mailovy | weight=0.062
=na =e-mailovy | weight=0.062
=strzena | weight=0.061
=a =nenasel | weight=0.061
=hledal =dvacet | weight=0.061
=ne =jsem | weight=0.061, noneg
=a =musim | weight=0.061
=jsem =vyplnil | weight=0.061
=vyhodili | weight=0.060
=podpora =nam | weight=0.060
=v =nas | weight=0.060
=zbozi =mi | weight=0.059
=nenasel | weight=0.059
=a =jedina | weight=0.059
=na =telefon | weight=0.059
=se =porad | weight=0.059
=text | weight=0.059
=mobilu =vubec | weight=0.059
=nemocnici | weight=0.059
=portal | weight=0.059
=hlas =ze | weight=0.058
=je =mimo | weight=0.058
=zaplatit =je | weight=0.058
=na =eshop | weight=0.058
=kartu | weight=0.057
=aplikace =nejde | weight=0.057
=problem =je | weight=0.057
=ze =problem | weight=0.057
=nelze | weight=0.057
=formular =a | weight=0.056
=na =nic | weight=0.056, noneg
=hazi | weight=0.056
=ale =byla | weight=0.056
=operatorka =me | weight=0.055
=nenacte | weight=0.055
=vubec =nenacte | weight=0.055
=se =nemuze | weight=0.055
=po =posledni | weight=0.054
=posledni =aktualizaci | weight=0.054
=na =prazdne | weight=0.054
=na =sledovani | weight=0.054
=strasne | weight=0.054
=faq | weight=0.053
=otevre | weight=0.053
=bance =i | weight=0.053
=ani | weight=0.052, noneg
=aplikace =pri | weight=0.051
=se =do | weight=0.051
=nejde =zmenit | weight=0.051
=pada =pri | weight=0.051
=posledni | weight=0.051
=jen =bil | weight=0.051
=na =napovedy | weight=0.051
=kuryrni | weight=0.050
=me =to | weight=0.050
=dva =dny | weight=0.050
=kdyz =to | weight=0.050
=pouze | weight=0.049
=nic =neda | weight=0.049, noneg
=i =po | weight=0.048
=tri =ruzne | weight=0.048
=e-shopu =a | weight=0.048
=rozvoz =jidlo | weight=0.048
=prazdne | weight=0.047
=stary =telefon | weight=0.047
=podpora =je | weight=0.047
=spadne | weight=0.047
=obnovit | weight=0.046
=vypisu | weight=0.046
=webu =se | weight=0.046
=a =pri | weight=0.046
=objednavka =tlacitko | weight=0.046
=a =ten | weight=0.046
=na =ne | weight=0.045, noneg
=zkousel | weight=0.045
=a =podpora | weight=0.044
=kvuli =mem | weight=0.044
=jejich =aplikace | weight=0.043
=objednal | weight=0.043
=rozvoz | weight=0.043
=jestli =mi | weight=0.042
=opakovane =ze | weight=0.042
=aplikace =mi | weight=0.042
=pri =placeni | weight=0.042
=a =vas | weight=0.041
=zmenit =heslo | weight=0.041
=eshop | weight=0.041
=neotevre | weight=0.041
=podivat =se | weight=0.041
=a =ta | weight=0.040
=pozdni | weight=0.040
=za =pozdni | weight=0.040
=kontakt =jsem | weight=0.040
=to =pisu | weight=0.040
=odpustit | weight=0.039
=jednou =z | weight=0.039
=platbu =vratit | weight=0.039
=potrebuju =abyste | weight=0.039
=prosla | weight=0.039
=tech =platbu | weight=0.039
=z =tech | weight=0.039
=bance | weight=0.039
=zablokovali =bez | weight=0.039, noneg
=po =treti | weight=0.039
=hodil =chyba | weight=0.039
=na =vas | weight=0.038
=ani =korun | weight=0.038, noneg
=se =jestli | weight=0.038
=prestoze =jsem | weight=0.038
=nejde =dokoncit | weight=0.038
=nejde =se | weight=0.038
=prominte | weight=0.038
=a =jestli | weight=0.038
=korun | weight=0.038
=splatnosti | weight=0.037
=webu =je | weight=0.037
=pokutu =za | weight=0.037
=fakt =otravene | weight=0.037
=byla =muj | weight=0.037
=cr | weight=0.037
=v =cr | weight=0.037
=vas =jsem | weight=0.037
=e-shopu =nejde | weight=0.036
=peklo | weight=0.036
=dal =si | weight=0.036
=a =telefon | weight=0.036
=neni =zadna | weight=0.036, noneg
=abyste =mi | weight=0.035
=pokutu | weight=0.035
=nic =ani | weight=0.035, noneg
=autobus | weight=0.035
=jizdne =radu | weight=0.035
=podle =jizdne | weight=0.035
=se =zasekl | weight=0.035
=ze =chci | weight=0.035
=misto =toho | weight=0.035
=bil | weight=0.035
=ta =stranka | weight=0.035
=telefon =nikdo | weight=0.035, noneg
=nic =neudela | weight=0.034, noneg
=resit =pres | weight=0.034
=spadl | weight=0.034
=mi =jednou | weight=0.034
=je =ve | weight=0.033
=nejhorsi | weight=0.033
=zasekl =a | weight=0.033
=navstevach | weight=0.033
=s =clovek | weight=0.033
=chyba =na | weight=0.033
=hrala | weight=0.033
=a =nejde | weight=0.033
=jestli =bude | weight=0.033
=v =e-mail | weight=0.033
=neznala | weight=0.033
=mi =zablokovali | weight=0.032
=jizdne | weight=0.032
=nakupovat | weight=0.032
=snad =hodiny | weight=0.031
=zaplatit =jsem | weight=0.031
=minut =a | weight=0.031
=s =telefon | weight=0.031
=obnoveni | weight=0.030
=chci =mluvit | weight=0.030
=a =prisel | weight=0.030
=proplatite | weight=0.030
