# website_issue, cs: learned by scripts/learn.py from 2812 tuning texts (86 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Jsme e-shop a váš kurýrní portál nám už měsíc špatně tiskne štítky. Podpora nám stále opakuje, že problém je v našem prohlížeči, přestože jsme zkoušeli tři různé.
+ Milé @ceskedrahy, vlak zrušený, náhradní autobus nikdy nepřijel a pán u pokladny řekl „podívejte se do aplikace“ a dál si hrál s telefonem. V aplikaci vlak jede normálně podle jízdního řádu. Budu po vás chtít proplatit taxík do poslední koruny a jestli budete dělat potíže, jdu na ČOI. Díky za nic 👎👎
+ aplikace pri platbe porad pada
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=stranka | weight=0.642
=e-shopu | weight=0.411
=webu =nikdo | weight=0.376, noneg
=webu | weight=0.354
=aplikace | weight=0.352
=prihlaseni | weight=0.350
=kosik | weight=0.325
=pri =platba | weight=0.299
=offline | weight=0.277
=nic =se | weight=0.275, noneg
=na =mobilu | weight=0.273
=prihlasit | weight=0.270
=chatu =je | weight=0.268
=hledal | weight=0.259
=pada | weight=0.259
=stranka =se | weight=0.239
=neplatne | weight=0.237
=vyskakuje | weight=0.230
=vyskakuje =chyba | weight=0.230
=nefunguje | weight=0.229
=heslo | weight=0.228
=formular | weight=0.228
=aplikace =se | weight=0.220
=kliknu | weight=0.219
=kliknu =na | weight=0.219
=kontakt | weight=0.208
=hazi =chyba | weight=0.207
=mobilu | weight=0.198
=tlacitko | weight=0.197
=hazi | weight=0.197
=kosik =se | weight=0.195
=na =zaplatit | weight=0.194
=pokazde =kdyz | weight=0.191
=platba | weight=0.187
=zaplatit | weight=0.187
=pri | weight=0.183
=formular =se | weight=0.182
=vyprazdni | weight=0.181
=na =objednal | weight=0.181
=webu =neni | weight=0.179, noneg
=kod | weight=0.171
=mi =sam | weight=0.169
=pole | weight=0.168
=vyskoci | weight=0.167
=vedet | weight=0.167
=nejde | weight=0.166
=zase | weight=0.155
=aplikace =banka | weight=0.155
=nelze | weight=0.154
=obrazovku | weight=0.150
=vedet =na | weight=0.150
=do =ucet | weight=0.149
=neprihlasim | weight=0.149
=neprihlasim =heslo | weight=0.149
=se =neprihlasim | weight=0.149
=aktualizaci | weight=0.147
=e-shopu =je | weight=0.146
=aktualizaci =pada | weight=0.143
=po =odeslat | weight=0.141
=portal | weight=0.141
=pada =hned | weight=0.141
=po =aktualizaci | weight=0.141
=na =kontakt | weight=0.140
=odhlasi | weight=0.139
=od =rano | weight=0.138
=mobilu =se | weight=0.137
=odeslat | weight=0.137
=prihlasit =se | weight=0.136
=spusteni | weight=0.136
=nefunguje =aplikace | weight=0.134
=prihlaseni =do | weight=0.133
=doly | weight=0.131
=banka =je | weight=0.131
=porad =pada | weight=0.128
=hned =po | weight=0.127
=vyskoci =chyba | weight=0.127
=platba =porad | weight=0.126
=chyba | weight=0.123
=vas =e-shopu | weight=0.122
=nikdo =neni | weight=0.120, noneg
=napovedy | weight=0.119
=pri =prihlaseni | weight=0.117
=servis | weight=0.116
=se =po | weight=0.116
=mi =nefunguje | weight=0.115
=neni =nikdo | weight=0.114, noneg
=mimo | weight=0.114
=mimo =obrazovku | weight=0.114
=rano | weight=0.112
=smaze =vsechno | weight=0.111
=v =aplikace | weight=0.110
=nacita | weight=0.110
=reklamacni =formular | weight=0.110
=nenajde | weight=0.109
=nam =pri | weight=0.109
=appku | weight=0.108
=nejde =mi | weight=0.107
=je =od | weight=0.106
=overovaci | weight=0.106
=snad | weight=0.106
=najit | weight=0.105
=neda =ani | weight=0.105, noneg
=vsechno =co | weight=0.105
=zmenit =adresu | weight=0.104
=hledal =pul | weight=0.104
=telefon =se | weight=0.100
=treti =den | weight=0.100
=vyplneny | weight=0.100
=po =prihlaseni | weight=0.099
=neprehledny | weight=0.098
=chatu | weight=0.098
=mi =v | weight=0.098
=webu =hledal | weight=0.097
=formular =po | weight=0.096
=webu =nejde | weight=0.095
=kosik =a | weight=0.095
=formular =na | weight=0.094
=se =nejde | weight=0.093
=najit =zadna | weight=0.093, noneg
=nejde =najit | weight=0.093
=zadna =kontakt | weight=0.093, noneg
=porad =mi | weight=0.092
=smaze | weight=0.092
=kolecko =a | weight=0.091
=tocim =kolecko | weight=0.091
=platba =kartu | weight=0.091
=menu =prekryva | weight=0.091
=nic =kliknout | weight=0.091, noneg
=prekryva | weight=0.091
=prekryva =s | weight=0.091
=se =menu | weight=0.091
=heslo =pry | weight=0.090
=pry =neplatne | weight=0.090
=zakaznickou =portal | weight=0.089
=aplikace =nejde | weight=0.087
=zadava | weight=0.087
=napovedy =vedet | weight=0.086
=odkaz =zase | weight=0.086
=vedet =odkaz | weight=0.086
=zase =na | weight=0.086
=neprisel | weight=0.086
=reklamacni | weight=0.086
=se =neda | weight=0.085
=rezervacni | weight=0.084
=kolecko | weight=0.083
=kontakt =na | weight=0.082
=zkusim | weight=0.082
=telefonni | weight=0.082
=uz =treti | weight=0.082
=je =prej | weight=0.082
=a =tlacitko | weight=0.082
=sms | weight=0.082
=byla =strzena | weight=0.081
=tocim | weight=0.080
=co =jsem | weight=0.079
=neni | weight=0.079, noneg
=snad =dve | weight=0.079
=to =zkusim | weight=0.077
=chatbot | weight=0.077
=mi =smaze | weight=0.076
=se =prihlasit | weight=0.075
=se =mi | weight=0.075
=z =napovedy | weight=0.074
=na =vas | weight=0.074
=jen =sam | weight=0.073
=ten =formular | weight=0.072
=pada =a | weight=0.072
=to =hned | weight=0.072
=hlas =chyba | weight=0.072
=vas =stranka | weight=0.072
=podpora =na | weight=0.072
=napovedy =a | weight=0.071
=na =celou | weight=0.071
=kliknuti | weight=0.071
=kliknuti =na | weight=0.071
=po =kliknuti | weight=0.071
=dokoncit =objednavka | weight=0.070
=aplikace =hapruje | weight=0.069
=hapruje | weight=0.069
=hapruje =a | weight=0.069
=kdykoli | weight=0.067
=nakupovat =u | weight=0.067
=v =jejich | weight=0.067
=je =uz | weight=0.067
=mi =pri | weight=0.067
=do =samoobsluhy | weight=0.066
=samoobsluhy | weight=0.066
=faq | weight=0.065
=operator =v | weight=0.064
=dokoncit | weight=0.064
=aplikace =a | weight=0.064
=a =nenasel | weight=0.064
=hledal =dvacet | weight=0.064
=ne =jsem | weight=0.064, noneg
=tlacitko =zaplatit | weight=0.063
=prazdne =stranka | weight=0.062
=porad =neni | weight=0.062, noneg
=nam =stale | weight=0.062
=dve =minut | weight=0.061
=e-mailovy | weight=0.061
=na =e-mailovy | weight=0.061
=adresu | weight=0.060
=a =termin | weight=0.060
=a =hlas | weight=0.060
=a =musel | weight=0.059
=nenasel | weight=0.059
=text | weight=0.059
=prohlizec | weight=0.059
=se =porad | weight=0.058
=vas =webu | weight=0.058
=na =telefon | weight=0.058
=zbozi =mi | weight=0.057
=na =nic | weight=0.057, noneg
=hlas =ze | weight=0.056
=strzena | weight=0.055
=podpora =nam | weight=0.055
=posledni | weight=0.055
=v =nas | weight=0.054
=formular =a | weight=0.054
=se =nemuze | weight=0.054
=a =jedina | weight=0.054
=jsem =vyplnit | weight=0.054
=vyhodili | weight=0.053
=a =pri | weight=0.053
=problem =je | weight=0.052
=ze =problem | weight=0.052
=na =prazdne | weight=0.052
=na =sledovani | weight=0.052
=neodesla | weight=0.052
=na =reklamaci | weight=0.052
=me =to | weight=0.052
=se =do | weight=0.051
=objednavka =tlacitko | weight=0.050
=na =odeslat | weight=0.050
=dva =dny | weight=0.050
=nic =neda | weight=0.050, noneg
=jen =bil | weight=0.049
=stary =telefon | weight=0.049
=nenacte | weight=0.049
=vubec =nenacte | weight=0.049
=nemocnici | weight=0.049
=otevre | weight=0.049
=se =sekne | weight=0.049
=sekne | weight=0.049
=sekne =pri | weight=0.049
=kvuli =mem | weight=0.048
=rozvoz =jidlo | weight=0.048
=a =podpora | weight=0.048
=ani | weight=0.048, noneg
=po =posledni | weight=0.048
=posledni =aktualizaci | weight=0.048
=banka =i | weight=0.048
=objednal | weight=0.047
=pouze | weight=0.047
=vypisu | weight=0.047
=kartu | weight=0.047
=ale =byla | weight=0.047
=je =mimo | weight=0.047
=zaplatit =je | weight=0.047
=kuryrni | weight=0.046
=podpora =je | weight=0.046
=nejde =zmenit | weight=0.046
=e-shopu =a | weight=0.046
=jejich =aplikace | weight=0.046
=tri =ruzne | weight=0.046
=na =ne | weight=0.046, noneg
=webu =se | weight=0.046
=spadne | weight=0.045
=na =eshop | weight=0.045
=na =napovedy | weight=0.045
=strasne | weight=0.044
=pada =pri | weight=0.044
=aplikace =mi | weight=0.044
=mobilu =vubec | weight=0.044
=rozvoz | weight=0.044
=i =po | weight=0.043
=neslo =se | weight=0.043
=neotevre | weight=0.043
=podivat =se | weight=0.042
=jednou =z | weight=0.042
=platba =vratit | weight=0.042
=potrebuju =abyste | weight=0.042
=prosla | weight=0.042
=tech =platba | weight=0.042
=z =tech | weight=0.042
=a =ta | weight=0.041
=pri =placeni | weight=0.040
=neni =zadna | weight=0.040, noneg
=prazdne | weight=0.040
=a =jestli | weight=0.040
=fakt =otravene | weight=0.040
=ze =chci | weight=0.039
=abyste =mi | weight=0.039
=operatorka =me | weight=0.039
=byla =muj | weight=0.039
=korun | weight=0.039
=internet =bankovnictvi | weight=0.039
=bil | weight=0.039
=mi =jednou | weight=0.038
=zasekl =a | weight=0.038
=peklo | weight=0.038
=s =clovek | weight=0.037
=autobus | weight=0.037
=jizdne =radu | weight=0.037
=podle =jizdne | weight=0.037
=to =pisu | weight=0.037
=zkousel | weight=0.037
=opakovane =ze | weight=0.037
=se =stranka | weight=0.037
=a =telefon | weight=0.037
=kdyz =to | weight=0.037
=ani =korun | weight=0.037, noneg
=zmenit =heslo | weight=0.037
=aplikace =pri | weight=0.036
=misto =toho | weight=0.036
=hovor =s | weight=0.036
=se =nam | weight=0.036
=pozdni | weight=0.036
=za =pozdni | weight=0.036
=zablokovali =bez | weight=0.036, noneg
=chci =mluvit | weight=0.035
=jestli =mi | weight=0.035
=nakupovat | weight=0.035
=bankovnictvi | weight=0.035
=se =zasekl | weight=0.035
=spadlo | weight=0.035
=odpustit | weight=0.035
=jestli =bude | weight=0.035
=vsude | weight=0.034
=v =e-mail | weight=0.034
=cr | weight=0.034
=v =cr | weight=0.034
=zaplatit =jsem | weight=0.034
=a =ten | weight=0.034
=prestoze =jsem | weight=0.034
=obnoveni | weight=0.033
=dostal =do | weight=0.033
=stranka =vubec | weight=0.033
=se =jestli | weight=0.033
=kontakt =jsem | weight=0.033
=prominte | weight=0.033
=treti =navstevy | weight=0.033
=s =telefon | weight=0.033
=resit =pres | weight=0.033
=pokutu =za | weight=0.032
=neznala | weight=0.032
=jizdne | weight=0.032
=banka | weight=0.032
=vas =jsem | weight=0.032
=je =ve | weight=0.032
=hlasku | weight=0.032
=tohle =byla | weight=0.032
=telefon =nikdo | weight=0.032, noneg
=me =operator | weight=0.032
=nejde =se | weight=0.032
=proplatite | weight=0.032
=snad =hodiny | weight=0.032
=mi =nabidli | weight=0.031
=nejhorsi | weight=0.031
=jim =porad | weight=0.031
=zasekl | weight=0.031
=shazuje | weight=0.031
=pokutu | weight=0.031
=hrala | weight=0.031
=webu =je | weight=0.030
=chyba =na | weight=0.030
=splatnosti | weight=0.030
=nic =neudela | weight=0.030, noneg
=stranka =na | weight=0.030
=vubec =nefunguje | weight=0.030
=dvou | weight=0.030
