# scripted_reply, cs: learned by scripts/learn.py from 2508 tuning texts (84 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Odpověděla mi na úplně jinej dotaz.
+ on mi furt dokolecka omilal to svoje
+ dostali jsme odpovedi vykopirovany z faq
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=vety | weight=0.532
=text | weight=0.395
=naucene | weight=0.395
=fraze | weight=0.323
=sablona | weight=0.310
=obecny | weight=0.292
=odpovida | weight=0.273
=zjevne | weight=0.266
=mi =jen | weight=0.262
=reagoval | weight=0.244
=kopii | weight=0.234
=scenare =a | weight=0.234
=jela | weight=0.229
=odpoved | weight=0.227
=dotaz | weight=0.225
=odpoved =jako | weight=0.225
=na =vsechno | weight=0.224
=vzor | weight=0.222
=jinam =dotaz | weight=0.207
=desek | weight=0.206
=dostal =jsem | weight=0.206
=vazbu | weight=0.194
=zpetne =vazbu | weight=0.194
=text =z | weight=0.193
=scenare | weight=0.192
=router =i | weight=0.191
=vazi | weight=0.188
=vubec | weight=0.185
=maily | weight=0.183
=jsem =jen | weight=0.183
=necetl | weight=0.181
=ani =se | weight=0.181, noneg
=z =faq | weight=0.180
=zpracovava | weight=0.178
=se =objednavka | weight=0.176
=jen =obecny | weight=0.175
=nic =dalsi | weight=0.174, noneg
=predepsaneho | weight=0.172
=jejich =vety | weight=0.169
=odpapouskoval | weight=0.169
=odstavec | weight=0.169
=formulka | weight=0.168
=stejne =odpoved | weight=0.168
=ktery =s | weight=0.168
=prisla =uplne | weight=0.166
=ten =maily | weight=0.164
=na =uplne | weight=0.163
=jela =podle | weight=0.163
=jsem =psal | weight=0.162
=uplne =jinam | weight=0.159
=muj =e-mail | weight=0.156
=dopis | weight=0.156
=roboticky | weight=0.155
=napsal =mi | weight=0.153
=jako =z | weight=0.153
=vypada | weight=0.152
=naucene =fraze | weight=0.152
=lince =jela | weight=0.151
=jen =automaticky | weight=0.151
=zpetne | weight=0.151
=odrikavala | weight=0.149
=jen =odrikavala | weight=0.149
=neposlouchal | weight=0.148
=na =tri | weight=0.148
=ruzne =dotaz | weight=0.148
=uplne =stejne | weight=0.148
=stejne =vety | weight=0.146
=obdrzel | weight=0.146
=znela | weight=0.146
=zkopirovana | weight=0.145
=cokoli | weight=0.144
=o =ktery | weight=0.143
=podpora =mi | weight=0.142
=odpoved =o | weight=0.142
=c =ctrl | weight=0.139
=ctrl | weight=0.139
=ctrl =c | weight=0.139
=ctrl =v | weight=0.139
=brozury | weight=0.138
=z =brozury | weight=0.138
=poslali =mi | weight=0.138
=odpoved =byla | weight=0.135
=dokolecka | weight=0.135
=dokolecka =omilala | weight=0.135
=furt =dokolecka | weight=0.135
=mi =furt | weight=0.135
=omilala | weight=0.135
=omilala =to | weight=0.135
=to =svoje | weight=0.135
=tom =jako | weight=0.134
=jmeno | weight=0.133
=porad =odpovida | weight=0.132
=jako =si | weight=0.131
=vas =odpoved | weight=0.129
=cetl =z | weight=0.128
=z =papiru | weight=0.128
=cetl | weight=0.127
=s =mym | weight=0.127
=operatorka =jen | weight=0.126
=dokola | weight=0.126
=faq | weight=0.126
=c | weight=0.126
=nesouvisi | weight=0.126
=vubec =nesouvisi | weight=0.126
=konkretni | weight=0.124
=univerzalni | weight=0.122
=frustraci | weight=0.121
=vas =frustraci | weight=0.121
=mou =otazku | weight=0.121
=odpoved =vypada | weight=0.121
=vypada =jako | weight=0.121
=aerolinka | weight=0.121
=bez =jedina | weight=0.121, noneg
=zpozdeni =let | weight=0.120
=papiru | weight=0.119
=formulka =o | weight=0.116
=opakovane | weight=0.116
=netykal | weight=0.115
=vubec =netykal | weight=0.115
=neodpovida | weight=0.115
=na =jinam | weight=0.115
=bez =vztahu | weight=0.114, noneg
=dopis =bez | weight=0.114, noneg
=jsem =pouze | weight=0.114
=pouze =standardizovany | weight=0.114
=standardizovany | weight=0.114
=standardizovany =dopis | weight=0.114
=mou | weight=0.114
=vazeni =vas | weight=0.113
=objednavka =zpracovava | weight=0.112
=z | weight=0.109
=identicke | weight=0.109
=furt | weight=0.109
=vubec =me | weight=0.109
=a =vubec | weight=0.109
=jsem =odpoved | weight=0.108
=jen =precetl | weight=0.108
=neco =z | weight=0.108
=precetl =neco | weight=0.108
=z =obrazovku | weight=0.108
=pozadavek | weight=0.107
=svoje | weight=0.106
=automaticky =zpravy | weight=0.106
=podpora =odpovida | weight=0.106
=zpravy =ze | weight=0.106
=obdrzel =jsem | weight=0.106
=odpoved =ktery | weight=0.105
=sam =odpoved | weight=0.104
=robot | weight=0.104
=na =cokoli | weight=0.104
=technicka =podpora | weight=0.102
=operator =na | weight=0.102
=o =tom | weight=0.102
=odpoved =zkopirovana | weight=0.100
=zjevne =sablona | weight=0.100
=at =jsem | weight=0.100
=e-mail =ktery | weight=0.097
=psal | weight=0.097
=za =vas | weight=0.097
=papiru =at | weight=0.096
=technicka | weight=0.096
=vas =pozadavek | weight=0.096
=ktery =se | weight=0.096
=na =moje | weight=0.096
=jen =cetl | weight=0.095
=vysvetlil =proc | weight=0.094
=a =nic | weight=0.094, noneg
=jako =od | weight=0.094
=od =robot | weight=0.094
=zapnout | weight=0.094
=kazdy =komentarem | weight=0.093
=komentarem | weight=0.093
=podam =kazdy | weight=0.093
=to =psal | weight=0.093
=operator =odpovida | weight=0.093
=automatu | weight=0.093
=misto =aby | weight=0.092
=preinstaluju | weight=0.092
=pani =v | weight=0.092
=licenci | weight=0.092
=jsem =zaplatit | weight=0.092
=byla =zjevne | weight=0.092
=mi =uz | weight=0.092
=moje =otazku | weight=0.091
=by =sedla | weight=0.089
=sedla | weight=0.089
=sedla =na | weight=0.089
=ktery | weight=0.089
=po =treti | weight=0.089
=tu =sam | weight=0.088
=operator =jen | weight=0.087
=pani =jen | weight=0.087
=podle =scenare | weight=0.086
=nacvicene | weight=0.086
=nacvicene =vety | weight=0.086
=odrikavala =nacvicene | weight=0.086
=mam =na | weight=0.086
=mi =stejne | weight=0.086
=mym | weight=0.086
=prirucky | weight=0.085
=z =prirucky | weight=0.085
=sypala | weight=0.085
=reklamovat =telefon | weight=0.085
=vubec =nereagoval | weight=0.084
=jsem =opakovane | weight=0.084
=obrazovku | weight=0.084
=na =vety | weight=0.083
=nejaky =automat | weight=0.083
=odpovida =nejaky | weight=0.083
=ktery =by | weight=0.082
=stejne =odstavec | weight=0.081
=neodpovedel | weight=0.081
=odpoved =vykopirovany | weight=0.081
=vykopirovany | weight=0.081
=vykopirovany =z | weight=0.081
=porad =posilal | weight=0.081
=trpelivost | weight=0.081
=i =kdyz | weight=0.080
=chatu =mi | weight=0.080
=den =od | weight=0.080
=vazi =si | weight=0.079
=nenapsal | weight=0.078
=jsou =pro | weight=0.078
=sla =pryc | weight=0.078
=lito | weight=0.078
=korespondenci | weight=0.078
=automat =na | weight=0.078
=tuto | weight=0.078
=se =ptal | weight=0.077
=pouze | weight=0.076
=na =stiznost | weight=0.076
=ktery =jsem | weight=0.076
=pro =ne | weight=0.076, noneg
=ona =mi | weight=0.076
=co =pisu | weight=0.075
=hoste | weight=0.075
=objednavka =vubec | weight=0.075
=nic =jinam | weight=0.075, noneg
=restartovat =router | weight=0.075
=nereagoval | weight=0.075
=jejich | weight=0.074
=zamku | weight=0.074
=v =chatu | weight=0.074
=router | weight=0.074
=v =koupelnu | weight=0.073
=obchodni =podminky | weight=0.073
=nemam =nic | weight=0.073, noneg
=nic =spolecneho | weight=0.073, noneg
=mi =nejde | weight=0.073
=zustal | weight=0.073
=balik =porad | weight=0.073
=ok | weight=0.072
=jde | weight=0.071
=nedostal | weight=0.071
=uz =po | weight=0.071
=na =plisen | weight=0.071
=plisen | weight=0.071
=plisen =v | weight=0.071
=zpravy | weight=0.071
=odrikavala =pripravene | weight=0.071
=pripravene =vety | weight=0.071
=byla =jen | weight=0.071
=bezpecnosti | weight=0.070
=prisla | weight=0.070
=a =dostal | weight=0.070
=chapu | weight=0.069
=nikdo =necte | weight=0.068, noneg
=ptal =na | weight=0.068
=jen | weight=0.068
=psal =ze | weight=0.067
=domacnosti | weight=0.067
=pokazde =prisel | weight=0.067
=prisel =ten | weight=0.067
=sam =slohovy | weight=0.067
=slohovy | weight=0.067
=slohovy =utvar | weight=0.067
=utvar | weight=0.067
=utvar =o | weight=0.067
=je =muj | weight=0.066
=odpoved =sablona | weight=0.066
=dostal | weight=0.065
=programu | weight=0.065
=kazdy =mou | weight=0.064
=mi =vlozila | weight=0.064
=odstavec =z | weight=0.064
=otazku =mi | weight=0.064
=vlozila =stejne | weight=0.064
=z =obchodni | weight=0.064
=me =vazi | weight=0.064
=zkopirovana =z | weight=0.064
=podle =toho | weight=0.064
=otazku =vubec | weight=0.063
=a =sla | weight=0.063
=zarizeni | weight=0.063
=boxu | weight=0.063
=od =slovo | weight=0.063
=slovo =od | weight=0.063
=rohu | weight=0.062
=kde =je | weight=0.062
=pripravene | weight=0.062
=oddeleni =jsem | weight=0.062
=vubec =nebyl | weight=0.062, noneg
=zaslani | weight=0.062
=jo =tady | weight=0.062
=pausal =a | weight=0.061
=aniz | weight=0.061
=aniz =by | weight=0.061
=vlozila | weight=0.061
=automaticky | weight=0.061
=na =mou | weight=0.061
=ta =pani | weight=0.061
=to =jen | weight=0.060
=a =k | weight=0.060
=lince =no | weight=0.060
=tom =prace | weight=0.060
=by =se | weight=0.060
=ta =sam | weight=0.060
=a =byla | weight=0.060
=to =dela | weight=0.060
=odpoved =vas | weight=0.059
=tri =e-mail | weight=0.059
=bod | weight=0.059
=restartovat | weight=0.059
=nefunguje | weight=0.058
=moje =stiznost | weight=0.058
=vsem | weight=0.057
=odpovida =stejne | weight=0.057
=vety =at | weight=0.057
=si =me | weight=0.057
=podpora =nam | weight=0.057
=jsem =mu | weight=0.057
=mu | weight=0.056
=dvorak =volam | weight=0.056
=tady =dvorak | weight=0.056
=nam =prosim | weight=0.056
=ja =se | weight=0.056
=nas =to | weight=0.056
=by =ji | weight=0.055
=mrzi | weight=0.054
=pokazde =stejne | weight=0.054
=ten =sam | weight=0.054
=zeptat =na | weight=0.054
=mym =dotaz | weight=0.054
=jen =porad | weight=0.054
=odpovida =jen | weight=0.053
=hodnoceni | weight=0.053
=reklamaci =vubec | weight=0.052
=kopiroval | weight=0.052
=muj | weight=0.052
=lince =jen | weight=0.052
=zablokovali =kartu | weight=0.052
=pokazde =mi | weight=0.051
=at =pockam | weight=0.051
=dvorak | weight=0.051
=boty =porad | weight=0.051
=hrozne | weight=0.051
=dokoncit | weight=0.050
=dela =trikrat | weight=0.050
=zablokovali | weight=0.050
=vsechno =tri | weight=0.049
=ctenim | weight=0.048
=ctenim =predepsaneho | weight=0.048
=odpovida =ctenim | weight=0.048
=predepsaneho =text | weight=0.048
=popis | weight=0.048
=dotaz =prisla | weight=0.047
=hvezda | weight=0.047
=on =mi | weight=0.047
=e-mail =odpovida | weight=0.047
=clovek =se | weight=0.046
=koupelnu | weight=0.046
=nestaci | weight=0.046
=oddeleni =mi | weight=0.046
=odpoved =dekuji | weight=0.046
=podnet =zpetne | weight=0.046
=pred =prislusnemu | weight=0.046
=prislusnemu | weight=0.046
=prislusnemu =oddeleni | weight=0.046
=vas =podnet | weight=0.046
=vazbu =pred | weight=0.046
=jmeno =a | weight=0.046
=jim =psal | weight=0.046
=posilal | weight=0.046
=precetl | weight=0.046
=uplne =mimo | weight=0.046
=tom =ze | weight=0.046
=byla =to | weight=0.045
=podminky | weight=0.045
=technik =na | weight=0.045
=jako | weight=0.044
=kompenzaci =odmitli | weight=0.044
=pry =zpozdeni | weight=0.044
=zpusobila =restaurace | weight=0.044
=muj =pozadavek | weight=0.043
=ze =jste | weight=0.043
=s =jinam | weight=0.043
=sdeleno | weight=0.042
=chci =kompenzaci | weight=0.042
=pozadavek =byla | weight=0.042
=konkretni =dotaz | weight=0.041
