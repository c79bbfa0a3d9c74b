# scripted_reply, cs: learned by scripts/learn.py from 2812 tuning texts (91 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Odpověděla mi na úplně jinej dotaz.
+ on mi furt dokolecka omilal to svoje
+ dostali jsme odpovedi vykopirovany z faq
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=vety | weight=0.532
=text | weight=0.406
=naucene | weight=0.397
=fraze | weight=0.321
=sablona | weight=0.315
=obecny | weight=0.288
=zjevne | weight=0.286
=odpovida | weight=0.277
=mi =jen | weight=0.259
=reagoval | weight=0.237
=kopii | weight=0.236
=vzor | weight=0.233
=odpoved =jako | weight=0.229
=odpoved | weight=0.227
=scenare =a | weight=0.226
=jela | weight=0.224
=dotaz | weight=0.220
=maily | weight=0.209
=jinam =dotaz | weight=0.208
=opakovane =to | weight=0.205
=jsem =jen | weight=0.200
=desek | weight=0.197
=dostal =jsem | weight=0.195
=scenare | weight=0.194
=na =vsechno | weight=0.193
=text =z | weight=0.192
=vazi | weight=0.188
=odpoved =byla | weight=0.185
=z =faq | weight=0.185
=router =i | weight=0.185
=vazbu | weight=0.184
=zpetne =vazbu | weight=0.184
=vubec | weight=0.183
=ktery =s | weight=0.181
=zpracovava | weight=0.178
=necetl | weight=0.178
=jsem =psal | weight=0.177
=ani =se | weight=0.176, noneg
=predepsaneho | weight=0.174
=stejne =odpoved | weight=0.172
=formulka | weight=0.171
=se =objednavka | weight=0.171
=ten =maily | weight=0.171
=jejich =vety | weight=0.170
=odpapouskoval | weight=0.170
=prisla =uplne | weight=0.169
=jen =obecny | weight=0.166
=jela =podle | weight=0.164
=nic =dalsi | weight=0.164, noneg
=dopis | weight=0.162
=neposlouchal | weight=0.160
=muj =e-mail | weight=0.159
=odstavec | weight=0.158
=jen =odrikavala | weight=0.158
=uplne =jinam | weight=0.156
=jako =z | weight=0.156
=mou | weight=0.155
=odrikavala | weight=0.154
=napsal =mi | weight=0.153
=na =uplne | weight=0.153
=znela | weight=0.152
=roboticky | weight=0.151
=naucene =fraze | weight=0.150
=cetl | weight=0.148
=obdrzel | weight=0.148
=zkopirovana | weight=0.147
=na =tri | weight=0.147
=ruzne =dotaz | weight=0.147
=cetl =z | weight=0.146
=z =papiru | weight=0.146
=zpetne | weight=0.146
=stejne =vety | weight=0.144
=lince =jela | weight=0.142
=vypada | weight=0.142
=brozury | weight=0.141
=z =brozury | weight=0.141
=odpoved =ktery | weight=0.139
=c =ctrl | weight=0.138
=ctrl | weight=0.138
=ctrl =c | weight=0.138
=ctrl =v | weight=0.138
=tom =jako | weight=0.137
=dokolecka | weight=0.135
=dokolecka =omilala | weight=0.135
=furt =dokolecka | weight=0.135
=omilala | weight=0.135
=omilala =to | weight=0.135
=to =svoje | weight=0.135
=jen =automaticky | weight=0.135
=a =nic | weight=0.134, noneg
=papiru | weight=0.133
=odpoved =o | weight=0.132
=podpora =mi | weight=0.132
=o =ktery | weight=0.132
=s =mym | weight=0.131
=faq | weight=0.131
=bez =jedina | weight=0.130, noneg
=uplne =stejne | weight=0.129
=poslali =mi | weight=0.129
=univerzalni | weight=0.128
=jako =si | weight=0.127
=zpozdeni =let | weight=0.127
=c | weight=0.126
=mi =furt | weight=0.126
=porad =odpovida | weight=0.125
=dokola | weight=0.124
=konkretni | weight=0.124
=formulka =o | weight=0.123
=nesouvisi | weight=0.122
=vubec =nesouvisi | weight=0.122
=aerolinka | weight=0.122
=cokoli | weight=0.120
=operatorka =jen | weight=0.120
=jmeno | weight=0.119
=odpoved =vypada | weight=0.118
=vypada =jako | weight=0.118
=pani =cetl | weight=0.117
=frustraci | weight=0.117
=vas =frustraci | weight=0.117
=vas =odpoved | weight=0.115
=opakovane | weight=0.114
=svoje | weight=0.113
=automaticky | weight=0.113
=bez =vztahu | weight=0.112, noneg
=dopis =bez | weight=0.112, noneg
=jsem =pouze | weight=0.112
=pouze =standardizovany | weight=0.112
=standardizovany | weight=0.112
=standardizovany =dopis | weight=0.112
=netykal | weight=0.112
=vubec =netykal | weight=0.112
=objednavka =zpracovava | weight=0.112
=jen =precetl | weight=0.111
=neco =z | weight=0.111
=precetl =neco | weight=0.111
=z =obrazovku | weight=0.111
=identicke | weight=0.111
=furt | weight=0.110
=z | weight=0.109
=na =jinam | weight=0.109
=vazeni =vas | weight=0.108
=odpoved =zkopirovana | weight=0.106
=mou =otazku | weight=0.106
=technicka =podpora | weight=0.105
=pozadavek | weight=0.103
=a =vubec | weight=0.103
=o =tom | weight=0.103
=obdrzel =jsem | weight=0.102
=vubec =me | weight=0.102
=za =vas | weight=0.102
=operator =na | weight=0.101
=podle =scenare | weight=0.100
=byla =jasne | weight=0.099
=operator =jen | weight=0.098
=nic =spolecneho | weight=0.098, noneg
=neodpovida | weight=0.097
=technicka | weight=0.097
=robot | weight=0.097
=ktery =se | weight=0.096
=nemam =nic | weight=0.096, noneg
=automaticky =zpravy | weight=0.096
=podpora =odpovida | weight=0.096
=zpravy =ze | weight=0.096
=zapnout | weight=0.096
=vubec =nereagoval | weight=0.096
=zjevne =sablona | weight=0.095
=vas =pozadavek | weight=0.094
=byla =zjevne | weight=0.093
=jako =od | weight=0.093
=od =robot | weight=0.093
=psal | weight=0.093
=preinstaluju | weight=0.092
=licenci | weight=0.092
=sam =odpoved | weight=0.092
=mi =uz | weight=0.092
=jsem =zaplatit | weight=0.091
=e-mail =ktery | weight=0.091
=odpoved =vykopirovany | weight=0.091
=vykopirovany | weight=0.091
=vykopirovany =z | weight=0.091
=trpelivost | weight=0.091
=pani =v | weight=0.091
=misto =aby | weight=0.090
=operator =odpovida | weight=0.089
=mi =stejne | weight=0.089
=obrazovku | weight=0.089
=by =sedla | weight=0.088
=sedla | weight=0.088
=sedla =na | weight=0.088
=chatu =mi | weight=0.088
=mym | weight=0.088
=automatu | weight=0.088
=vysvetlil =proc | weight=0.087
=se =za | weight=0.087
=ktery | weight=0.087
=jen =cetl | weight=0.086
=prirucky | weight=0.086
=z =prirucky | weight=0.086
=ktery =jsem | weight=0.085
=kazdy =komentarem | weight=0.084
=komentarem | weight=0.084
=podam =kazdy | weight=0.084
=papiru =a | weight=0.084
=ktery =by | weight=0.084
=pani =jen | weight=0.083
=odrikavala =pripravene | weight=0.083
=pripravene =vety | weight=0.083
=po =treti | weight=0.083
=jsem =opakovane | weight=0.083
=neodpovedel | weight=0.083
=na =moje | weight=0.082
=moje =otazku | weight=0.082
=to =psal | weight=0.082
=stejne =odstavec | weight=0.081
=mam =na | weight=0.081
=den =od | weight=0.080
=na =vety | weight=0.080
=nejaky =automat | weight=0.080
=odpovida =nejaky | weight=0.080
=at =jsem | weight=0.079
=nereagoval | weight=0.079
=obchodni =podminky | weight=0.079
=porad =posilal | weight=0.078
=otazku =vubec | weight=0.078
=nacvicene | weight=0.078
=nacvicene =vety | weight=0.078
=odrikavala =nacvicene | weight=0.078
=se =ptal | weight=0.078
=jsou =pro | weight=0.078
=sla =pryc | weight=0.078
=co =pisu | weight=0.077
=router | weight=0.077
=prisla | weight=0.076
=objednavka =vubec | weight=0.076
=bezpecnosti | weight=0.076
=jde | weight=0.076
=automat =na | weight=0.076
=psal =ze | weight=0.076
=zeptat =na | weight=0.075
=lito | weight=0.075
=hoste | weight=0.075
=dostavam | weight=0.075
=reklamovat =telefon | weight=0.075
=tuto | weight=0.075
=neco =o | weight=0.074
=pro =ne | weight=0.074, noneg
=nenapsal | weight=0.074
=sypala | weight=0.074
=mou =reklamaci | weight=0.074
=zpravy | weight=0.074
=mi =nejde | weight=0.074
=pouze | weight=0.073
=tu =sam | weight=0.073
=jsem =odpoved | weight=0.073
=a =dostal | weight=0.073
=v =koupelnu | weight=0.073
=uz =po | weight=0.073
=na =plisen | weight=0.072
=plisen | weight=0.072
=plisen =v | weight=0.072
=vazi =si | weight=0.072
=jasne | weight=0.072
=nikdo =necte | weight=0.071, noneg
=pripravene | weight=0.071
=dopravce =na | weight=0.071
=korespondenci | weight=0.071
=zamku | weight=0.071
=i =kdyz | weight=0.071
=na =stiznost | weight=0.071
=balik =porad | weight=0.070
=restartovat =router | weight=0.070
=nic =jinam | weight=0.069, noneg
=jen | weight=0.069
=pokazde =prisel | weight=0.068
=prisel =ten | weight=0.068
=sam =slohovy | weight=0.068
=slohovy | weight=0.068
=slohovy =utvar | weight=0.068
=utvar | weight=0.068
=utvar =o | weight=0.068
=programu | weight=0.068
=na =cokoli | weight=0.068
=kazdy =mou | weight=0.068
=mi =vlozila | weight=0.068
=odstavec =z | weight=0.068
=otazku =mi | weight=0.068
=vlozila =stejne | weight=0.068
=z =obchodni | weight=0.068
=na =mou | weight=0.068
=ok | weight=0.068
=neodpovida =na | weight=0.067
=restartovat | weight=0.067
=to =jen | weight=0.067
=domacnosti | weight=0.067
=zkopirovana =z | weight=0.067
=zustal | weight=0.066
=kopiroval | weight=0.066
=omlouvam | weight=0.066
=ona =mi | weight=0.066
=pausal =a | weight=0.066
=oddeleni =jsem | weight=0.065
=jejich | weight=0.065
=a =sla | weight=0.065
=vlozila | weight=0.064
=od =slovo | weight=0.064
=slovo =od | weight=0.064
=papiru =at | weight=0.064
=rohu | weight=0.064
=chapu | weight=0.064
=ptal =na | weight=0.064
=mu | weight=0.063
=boxu | weight=0.063
=tri =e-mail | weight=0.063
=me =vazi | weight=0.062
=vubec =nebyl | weight=0.061, noneg
=a =k | weight=0.061
=nam =prosim | weight=0.061
=si =me | weight=0.061
=zarizeni | weight=0.061
=mrzi | weight=0.060
=nesouvisi =s | weight=0.060
=nas =to | weight=0.060
=zaslani | weight=0.060
=kde =je | weight=0.059
=ta =sam | weight=0.059
=bod | weight=0.059
=podle =toho | weight=0.059
=ten =sam | weight=0.059
=je =muj | weight=0.058
=on =mi | weight=0.058
=v =chatu | weight=0.058
=aniz | weight=0.057
=aniz =by | weight=0.057
=lince =no | weight=0.057
=nefunguje | weight=0.057
=vsechno =tri | weight=0.057
=tom =prace | weight=0.056
=jo =tady | weight=0.056
=a =byla | weight=0.056
=to =dela | weight=0.055
=pokazde =mi | weight=0.055
=e-mail =odpovida | weight=0.055
=dvorak =volam | weight=0.055
=tady =dvorak | weight=0.055
=by =ji | weight=0.054
=predpripraveny | weight=0.054
=ta =pani | weight=0.054
=podpora =nam | weight=0.054
=dotaz =prisla | weight=0.053
=ze =jste | weight=0.053
=jsem =mu | weight=0.053
=vsem | weight=0.053
=odpovida =stejne | weight=0.053
=vety =at | weight=0.053
=dokoncit | weight=0.052
=nedostal | weight=0.052
=jako | weight=0.052
=byla =jen | weight=0.052
=dostal | weight=0.052
=odpoved =vas | weight=0.052
=odpoved =sablona | weight=0.052
=napiste | weight=0.052
=napiste =nam | weight=0.052
=by =se | weight=0.051
=moje =stiznost | weight=0.051
=jsem =rekl | weight=0.051
=vubec =neposlouchal | weight=0.051
=jim =psal | weight=0.051
=dvorak | weight=0.051
=konkretni =dotaz | weight=0.051
=pokazde =stejne | weight=0.050
=odpovida =jen | weight=0.049
=precetl | weight=0.049
=clovek =se | weight=0.049
=popis | weight=0.049
=dela =trikrat | weight=0.049
=at =pockam | weight=0.049
=vas =oddeleni | weight=0.048
=si =vas | weight=0.048
=jen =porad | weight=0.048
=lince =jen | weight=0.048
=jsem =to | weight=0.047
=byla =to | weight=0.047
=uplne | weight=0.047
=zablokovali | weight=0.047
=omlouvam =se | weight=0.047
=se =zasekl | weight=0.046
=nestaci | weight=0.046
=oddeleni =mi | weight=0.046
=odpoved =dekuji | weight=0.046
=podnet =zpetne | weight=0.046
=pred =prislusnemu | weight=0.046
=prislusnemu | weight=0.046
=prislusnemu =oddeleni | weight=0.046
=vas =podnet | weight=0.046
=vazbu =pred | weight=0.046
=hodnoceni | weight=0.046
=k =zivemu | weight=0.046
=technik =na | weight=0.045
=na =tu | weight=0.045
