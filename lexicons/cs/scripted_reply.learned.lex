# scripted_reply, cs: learned by scripts/learn.py from 3092 tuning texts (103 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ TO SI DELATE PRDEL?? treti tyden bez internetu a vy mi posilate zase ten samy navod na restart routeru 🤬🤬
+ Odpověděla mi na úplně jinej dotaz.
+ on mi furt dokolecka omilal to svoje
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=vety | weight=0.538
=text | weight=0.420
=naucene | weight=0.398
=sablona | weight=0.341
=obecny | weight=0.314
=fraze | weight=0.303
=zjevne | weight=0.282
=reagoval | weight=0.255
=mi =jen | weight=0.243
=odpovida | weight=0.240
=kopii | weight=0.237
=odstavec | weight=0.233
=odpoved | weight=0.230
=odpoved =jako | weight=0.227
=scenare =a | weight=0.221
=jinam =dotaz | weight=0.220
=jsem =jen | weight=0.216
=vzor | weight=0.216
=scenare | weight=0.209
=maily | weight=0.205
=dotaz | weight=0.202
=opakovane =to | weight=0.202
=jela | weight=0.200
=ktery =s | weight=0.198
=text =z | weight=0.192
=zpracovava | weight=0.189
=desek | weight=0.189
=z =faq | weight=0.188
=dostal =jsem | weight=0.187
=nic =dalsi | weight=0.185, noneg
=predepsaneho | weight=0.183
=necetl | weight=0.180
=router =i | weight=0.178
=odrikavala | weight=0.178
=jejich =vety | weight=0.178
=odpapouskoval | weight=0.178
=se =objednavka | weight=0.177
=mou | weight=0.175
=vazbu | weight=0.175
=zpetne =vazbu | weight=0.175
=jen =obecny | weight=0.174
=vazi | weight=0.174
=prisla =uplne | weight=0.171
=zkopirovana | weight=0.171
=ten =sam | weight=0.171
=formulka | weight=0.170
=neposlouchal | weight=0.168
=stejne =odpoved | weight=0.167
=odpoved =byla | weight=0.167
=jako =z | weight=0.166
=roboticky | weight=0.164
=jela =podle | weight=0.162
=muj =e-mail | weight=0.160
=vubec | weight=0.160
=na =vsechno | weight=0.159
=dopis | weight=0.158
=o =ktery | weight=0.157
=cetl | weight=0.155
=ani =se | weight=0.153, noneg
=ten =maily | weight=0.151
=jen =odrikavala | weight=0.150
=restartovat | weight=0.150
=vypada | weight=0.149
=stejne =vety | weight=0.149
=napsal =mi | weight=0.149
=z =papiru | weight=0.149
=odpoved =ktery | weight=0.147
=obdrzel | weight=0.146
=na =uplne | weight=0.146
=co =jde | weight=0.145
=o =co | weight=0.145
=cetl =z | weight=0.144
=c =ctrl | weight=0.141
=ctrl | weight=0.141
=ctrl =c | weight=0.141
=ctrl =v | weight=0.141
=zpetne | weight=0.140
=brozury | weight=0.138
=z =brozury | weight=0.138
=na =tri | weight=0.138
=ruzne =dotaz | weight=0.138
=naucene =fraze | weight=0.137
=jsem =psal | weight=0.137
=dokolecka | weight=0.137
=dokolecka =omilala | weight=0.137
=furt =dokolecka | weight=0.137
=omilala | weight=0.137
=omilala =to | weight=0.137
=to =svoje | weight=0.137
=vas =odpoved | weight=0.133
=tom =jako | weight=0.133
=bez =jedina | weight=0.133, noneg
=lince =jela | weight=0.132
=uplne =stejne | weight=0.132
=nesouvisi | weight=0.131
=vubec =nesouvisi | weight=0.131
=porad =odpovida | weight=0.131
=zpozdeni =let | weight=0.130
=uplne =jinam | weight=0.130
=dokola | weight=0.130
=odpoved =o | weight=0.129
=podpora =mi | weight=0.129
=papiru | weight=0.129
=konkretni | weight=0.128
=frustraci | weight=0.128
=vas =frustraci | weight=0.128
=poslali =mi | weight=0.127
=vypada =jako | weight=0.125
=mi =furt | weight=0.125
=na =jinam | weight=0.125
=znela | weight=0.124
=a =nic | weight=0.123, noneg
=c | weight=0.123
=cokoli | weight=0.122
=operatorka =jen | weight=0.122
=komplikace | weight=0.121
=za =komplikace | weight=0.121
=kopiroval | weight=0.121
=aerolinka | weight=0.120
=jen =precetl | weight=0.120
=neco =z | weight=0.120
=precetl =neco | weight=0.120
=z =obrazovku | weight=0.120
=formulka =o | weight=0.118
=chatu =mi | weight=0.118
=univerzalni | weight=0.118
=pani =cetl | weight=0.118
=opakovane | weight=0.117
=restartovat =router | weight=0.117
=jako =si | weight=0.116
=automaticky =zpravy | weight=0.116
=podpora =odpovida | weight=0.116
=zpravy =ze | weight=0.116
=svoje | weight=0.115
=vubec =me | weight=0.115
=a =vubec | weight=0.114
=se =za | weight=0.113
=pozadavek | weight=0.112
=netykal | weight=0.112
=vubec =netykal | weight=0.112
=jen =automaticky | weight=0.112
=objednavka =zpracovava | weight=0.112
=bez =vztahu | weight=0.111, noneg
=dopis =bez | weight=0.111, noneg
=jsem =pouze | weight=0.111
=pouze =standardizovany | weight=0.111
=standardizovany | weight=0.111
=standardizovany =dopis | weight=0.111
=podle =scenare | weight=0.110
=za =vas | weight=0.109
=tam =zustal | weight=0.108
=router | weight=0.107
=z | weight=0.106
=obdrzel =jsem | weight=0.106
=pred =prislusnemu | weight=0.105
=prislusnemu | weight=0.105
=prislusnemu =oddeleni | weight=0.105
=identicke | weight=0.105
=vas =pozadavek | weight=0.104
=ktery =jsem | weight=0.103
=robot | weight=0.100
=vazeni =vas | weight=0.100
=operator =odpovida | weight=0.100
=sam =odpoved | weight=0.099
=jmeno | weight=0.099
=odpoved =vypada | weight=0.097
=nereagoval | weight=0.096
=mou =otazku | weight=0.096
=ktery =se | weight=0.096
=psal =ze | weight=0.096
=obrazovku | weight=0.096
=automatu | weight=0.094
=operator =jen | weight=0.094
=si =dela | weight=0.094
=zapnout | weight=0.094
=obchodni =podminky | weight=0.094
=e-mail =ktery | weight=0.093
=vysvetlil =proc | weight=0.093
=s =mym | weight=0.093
=mi =stejne | weight=0.092
=na =mou | weight=0.092
=vubec =nereagoval | weight=0.092
=zeptat =na | weight=0.092
=o =tom | weight=0.091
=preinstaluju | weight=0.091
=licenci | weight=0.091
=odpoved =vykopirovany | weight=0.091
=vykopirovany | weight=0.091
=vykopirovany =z | weight=0.091
=klic | weight=0.091
=neodpovida | weight=0.091
=pani =v | weight=0.091
=odpoved =zkopirovana | weight=0.090
=furt | weight=0.090
=technicke =podpora | weight=0.090
=dostavam | weight=0.089
=jsem =zaplatit | weight=0.089
=jako =od | weight=0.089
=od =robot | weight=0.089
=cetl =ze | weight=0.089
=ze =scenare | weight=0.089
=by =sedla | weight=0.089
=sedla | weight=0.089
=sedla =na | weight=0.089
=papiru =a | weight=0.088
=misto =aby | weight=0.088
=zjevne =sablona | weight=0.087
=prirucky | weight=0.086
=z =prirucky | weight=0.086
=byla =zjevne | weight=0.086
=ktery =by | weight=0.086
=na =moje | weight=0.085
=dostal | weight=0.085
=co =pisu | weight=0.085
=faq | weight=0.085
=mi =uz | weight=0.084
=vazi =si | weight=0.084
=dela | weight=0.083
=den =od | weight=0.082
=kazdy =komentarem | weight=0.082
=komentarem | weight=0.082
=podam =kazdy | weight=0.082
=at =jsem | weight=0.082
=mam =na | weight=0.081
=jsem =odpoved | weight=0.081
=bezpecnosti | weight=0.081
=nacvicene | weight=0.080
=nacvicene =vety | weight=0.080
=odrikavala =nacvicene | weight=0.080
=se =ptal | weight=0.080
=odpovida =jen | weight=0.079
=nic =spolecneho | weight=0.079, noneg
=ne =na | weight=0.079, noneg
=to =psal | weight=0.079
=na =vety | weight=0.079
=nejaky =automat | weight=0.079
=odpovida =nejaky | weight=0.079
=po =treti | weight=0.078
=zpravy | weight=0.078
=prisla | weight=0.077
=technicke | weight=0.077
=porad =posilal | weight=0.077
=operator =na | weight=0.076
=nemam =nic | weight=0.076, noneg
=objednavka =vubec | weight=0.076
=jsem =opakovane | weight=0.075
=dopravce =na | weight=0.075
=muj =balik | weight=0.074
=jsou =pro | weight=0.074
=sla =pryc | weight=0.074
=pouze | weight=0.074
=omlouvam | weight=0.074
=ktery | weight=0.074
=otazku =vubec | weight=0.074
=lito | weight=0.073
=tuto | weight=0.073
=jste =mel | weight=0.073
=programu | weight=0.073
=ona =mi | weight=0.072
=zalezitost | weight=0.072
=mou =reklamaci | weight=0.072
=nenapsal | weight=0.072
=pro =ne | weight=0.072, noneg
=neco =o | weight=0.072
=odrikavala =pripravene | weight=0.072
=pripravene =vety | weight=0.072
=tu =sam | weight=0.072
=trpelivost | weight=0.072
=sypala | weight=0.072
=tom =prace | weight=0.071
=hoste | weight=0.071
=reklamoval =telefon | weight=0.071
=v =koupelnu | weight=0.070
=mi =nejde | weight=0.070
=jsem =pred | weight=0.069
=byla =jasne | weight=0.069
=zamku | weight=0.069
=na =plisen | weight=0.069
=plisen | weight=0.069
=plisen =v | weight=0.069
=nepozna | weight=0.069
=moje =stiznost | weight=0.068
=to =jen | weight=0.068
=je =muj | weight=0.068
=a =dostal | weight=0.068
=nic =jinam | weight=0.067, noneg
=stejne =odstavec | weight=0.067
=navod | weight=0.067
=jen =cetl | weight=0.067
=na =stiznost | weight=0.067
=zase =ten | weight=0.067
=moje =otazku | weight=0.066
=balik =porad | weight=0.066
=zarizeni | weight=0.066
=a =k | weight=0.066
=zustal | weight=0.066
=boxu | weight=0.065
=aniz | weight=0.065
=aniz =by | weight=0.065
=ta =sam | weight=0.064
=nefunguje | weight=0.063
=korespondenci | weight=0.063
=ok | weight=0.062
=chapu | weight=0.062
=tyden =bez | weight=0.062, noneg
=pokazde =prisel | weight=0.062
=prisel =ten | weight=0.062
=sam =slohovy | weight=0.062
=slohovy | weight=0.062
=slohovy =utvar | weight=0.062
=utvar | weight=0.062
=utvar =o | weight=0.062
=jen | weight=0.062
=ptal =na | weight=0.061
=vsechno =tri | weight=0.061
=byla =jen | weight=0.060
=zaslani | weight=0.060
=na =cokoli | weight=0.060
=oddeleni =jsem | weight=0.060
=kde =je | weight=0.060
=neodpovida =na | weight=0.060
=precetl | weight=0.060
=od =slovo | weight=0.060
=slovo =od | weight=0.060
=a =sla | weight=0.059
=i =kdyz | weight=0.059
=na =zruseny | weight=0.059
=nam =prosim | weight=0.059
=vubec =nebyl | weight=0.059, noneg
=podpora =nam | weight=0.059
=nas =to | weight=0.059
=dela =to | weight=0.059
=odpovi | weight=0.058
=nemam =vubec | weight=0.058
=mym | weight=0.058
=omlouvam =se | weight=0.058
=podle =toho | weight=0.058
=papiru =at | weight=0.058
=pausal =a | weight=0.057
=mrzi | weight=0.057
=me =vazi | weight=0.057
=kazdy =mou | weight=0.057
=mi =vlozila | weight=0.057
=odstavec =z | weight=0.057
=otazku =mi | weight=0.057
=vlozila =stejne | weight=0.057
=z =obchodni | weight=0.057
=ctenim | weight=0.057
=ctenim =predepsaneho | weight=0.057
=odpovida =ctenim | weight=0.057
=predepsaneho =text | weight=0.057
=odpoved =dekuji | weight=0.057
=vas =podnet | weight=0.057
=odpoved =vas | weight=0.056
=pripravene | weight=0.056
=zpracovani | weight=0.056
=cokoliv | weight=0.056
=jo =tady | weight=0.056
=lince =no | weight=0.055
=pani =jen | weight=0.055
=zkopirovana =z | weight=0.055
=vlozila | weight=0.055
=predpripraveny | weight=0.055
=to =dela | weight=0.055
=automat =na | weight=0.054
=na =konkretni | weight=0.054
=dvorak =volam | weight=0.054
=tady =dvorak | weight=0.054
=odpovida =stejne | weight=0.054
=vety =at | weight=0.054
=bez =internet | weight=0.054, noneg
=a =byla | weight=0.054
=dotaz =mi | weight=0.054
=on =mi | weight=0.054
=vsem | weight=0.053
=mimo | weight=0.053
=automaticky | weight=0.053
=uz =po | weight=0.053
=reklamaci =vubec | weight=0.053
=e-mail =odpovida | weight=0.052
=ze =jste | weight=0.052
=dotaz =prisla | weight=0.052
=bod | weight=0.052
=at =pockam | weight=0.051
=ta =pani | weight=0.051
=se =zasekl | weight=0.051
=zablokovali | weight=0.051
=by =se | weight=0.051
=si =vas | weight=0.051
=treti =tyden | weight=0.051
=odpoved =sablona | weight=0.051
=napiste | weight=0.050
=napiste =nam | weight=0.050
=jsem =mu | weight=0.050
=uplne | weight=0.050
=rozumim | weight=0.050
=popis | weight=0.050
=jen =porad | weight=0.049
=rusim =smlouvu | weight=0.049
=zastupce | weight=0.048
