# scripted_reply, cs: learned by scripts/learn.py from 3307 tuning texts (104 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Odpověděla mi na úplně jinej dotaz.
+ on mi furt dokolecka omilal to svoje
+ dostali jsme odpovedi vykopirovany z faq
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=vety | weight=0.486
=text | weight=0.412
=naucene | weight=0.403
=sablona | weight=0.346
=obecny | weight=0.327
=fraze | weight=0.301
=zjevne | weight=0.299
=reagovali | weight=0.252
=odpovida | weight=0.246
=kopii | weight=0.242
=odstavec | weight=0.237
=jinam =dotaz | weight=0.226
=odpoved =jako | weight=0.226
=jsem =jen | weight=0.217
=vzor | weight=0.217
=mi =jen | weight=0.216
=scenare =a | weight=0.216
=dotaz | weight=0.205
=jela | weight=0.203
=scenare | weight=0.203
=ktery =s | weight=0.202
=odpoved | weight=0.200
=opakovane =to | weight=0.200
=z =faq | weight=0.194
=zkopirovana | weight=0.190
=desek | weight=0.190
=zpracovava | weight=0.189
=text =z | weight=0.188
=vazi | weight=0.187
=prisla =uplne | weight=0.186
=odrikavala | weight=0.184
=jejich =vety | weight=0.184
=odpapouskoval | weight=0.184
=stejne =odpoved | weight=0.183
=router =i | weight=0.181
=predepsaneho | weight=0.181
=se =objednavka | weight=0.180
=odpoved =byla | weight=0.179
=necetl | weight=0.177
=nic =dalsi | weight=0.177, noneg
=dostal =jsem | weight=0.177
=maily | weight=0.176
=formulka | weight=0.172
=vazbu | weight=0.172
=zpetne =vazbu | weight=0.172
=jen =obecny | weight=0.170
=ten =sam | weight=0.169
=stejne =vety | weight=0.168
=vypada | weight=0.163
=muj =e-mail | weight=0.160
=roboticky | weight=0.160
=dopis | weight=0.160
=neposlouchal | weight=0.160
=jako =z | weight=0.160
=z =papiru | weight=0.160
=cetl | weight=0.159
=jela =podle | weight=0.158
=jen =odrikavala | weight=0.157
=na =vsechno | weight=0.156
=vubec | weight=0.154
=na =uplne | weight=0.154
=obdrzel | weight=0.153
=o =ktery | weight=0.152
=cetl =z | weight=0.152
=odpoved =ktery | weight=0.151
=ten =maily | weight=0.150
=napsal =mi | weight=0.148
=dokola | weight=0.146
=co =jde | weight=0.145
=o =co | weight=0.145
=na =tri | weight=0.145
=ruzne =dotaz | weight=0.145
=ani =se | weight=0.143, noneg
=zpetne | weight=0.141
=restartovat | weight=0.141
=c =ctrl | weight=0.139
=ctrl | weight=0.139
=ctrl =c | weight=0.139
=ctrl =v | weight=0.139
=konkretni | weight=0.139
=nesouvisi | weight=0.139
=vubec =nesouvisi | weight=0.139
=dokolecka | weight=0.138
=dokolecka =omilala | weight=0.138
=furt =dokolecka | weight=0.138
=omilala | weight=0.138
=omilala =to | weight=0.138
=to =svoje | weight=0.138
=jsem =psal | weight=0.137
=tom =jako | weight=0.136
=uplne =stejne | weight=0.136
=brozury | weight=0.135
=z =brozury | weight=0.135
=vas =odpoved | weight=0.134
=bez =jedina | weight=0.132, noneg
=lince =jela | weight=0.131
=papiru | weight=0.131
=naucene =fraze | weight=0.131
=kopiroval | weight=0.130
=zpozdeni =let | weight=0.130
=uplne =jinam | weight=0.129
=komplikace | weight=0.129
=za =komplikace | weight=0.129
=mi =furt | weight=0.129
=odpoved =o | weight=0.129
=frustraci | weight=0.128
=vas =frustraci | weight=0.128
=vypada =jako | weight=0.128
=znela | weight=0.126
=porad =odpovida | weight=0.126
=poslali =mi | weight=0.124
=jako =si | weight=0.124
=c | weight=0.123
=se =za | weight=0.123
=restartovat =router | weight=0.123
=univerzalni | weight=0.120
=aerolinka | weight=0.120
=opakovane | weight=0.120
=formulka =o | weight=0.120
=operatorka =jen | weight=0.119
=router | weight=0.119
=na =jinam | weight=0.118
=cokoli | weight=0.118
=objednavka =zpracovava | weight=0.116
=a =nic | weight=0.116, noneg
=podpora =mi | weight=0.115
=jen =automaticky | weight=0.115
=chatu =mi | weight=0.115
=nereagoval | weight=0.115
=jen =precetl | weight=0.113
=neco =z | weight=0.113
=precetl =neco | weight=0.113
=z =obrazovku | weight=0.113
=identicke | weight=0.113
=netykal | weight=0.112
=vubec =netykal | weight=0.112
=dostavam | weight=0.111
=pozadavek | weight=0.111
=podle =scenare | weight=0.110
=vubec =me | weight=0.110
=automaticky =zpravy | weight=0.109
=podpora =odpovida | weight=0.109
=zpravy =ze | weight=0.109
=a =vubec | weight=0.109
=robot | weight=0.109
=bez =vztahu | weight=0.109, noneg
=dopis =bez | weight=0.109, noneg
=jsem =pouze | weight=0.109
=pouze =standardizovany | weight=0.109
=standardizovany | weight=0.109
=standardizovany =dopis | weight=0.109
=svoje | weight=0.108
=za =vas | weight=0.108
=tam =zustal | weight=0.107
=sam =odpoved | weight=0.105
=pred =prislusnemu | weight=0.105
=prislusnemu | weight=0.105
=prislusnemu =oddeleni | weight=0.105
=z | weight=0.105
=ktery =jsem | weight=0.104
=pani =cetl | weight=0.104
=obdrzel =jsem | weight=0.103
=odpoved =vypada | weight=0.103
=psal =ze | weight=0.102
=si =dela | weight=0.101
=odpoved =vykopirovany | weight=0.101
=vykopirovany | weight=0.101
=vykopirovany =z | weight=0.101
=mou =otazku | weight=0.101
=operator =odpovida | weight=0.101
=jmeno | weight=0.100
=ktery =se | weight=0.099
=jsem =odpoved | weight=0.099
=operator =jen | weight=0.099
=automatu | weight=0.098
=vas =pozadavek | weight=0.098
=vubec =nereagoval | weight=0.098
=obrazovku | weight=0.097
=zapnout | weight=0.096
=neodpovida | weight=0.096
=otazku =vubec | weight=0.096
=mou | weight=0.094
=vazeni =vas | weight=0.094
=e-mail =ktery | weight=0.094
=pani =v | weight=0.094
=by =sedla | weight=0.093
=sedla | weight=0.093
=sedla =na | weight=0.093
=licenci | weight=0.092
=byla =zjevne | weight=0.092
=preinstaluju | weight=0.091
=klic | weight=0.091
=s =mym | weight=0.090
=ktery =by | weight=0.090
=misto =aby | weight=0.089
=obchodni =podminky | weight=0.089
=se =ptal | weight=0.089
=nic =spolecneho | weight=0.089, noneg
=odpoved =zkopirovana | weight=0.088
=prirucky | weight=0.088
=z =prirucky | weight=0.088
=jako =od | weight=0.088
=od =robot | weight=0.088
=technicke =podpora | weight=0.088
=o =tom | weight=0.088
=kazdy =komentarem | weight=0.088
=komentarem | weight=0.088
=podam =kazdy | weight=0.088
=mi =stejne | weight=0.088
=nemam =nic | weight=0.087, noneg
=furt | weight=0.087
=vysvetlil =proc | weight=0.085
=zeptat =na | weight=0.085
=jsem =zaplatit | weight=0.085
=na =vety | weight=0.085
=nejaky =automat | weight=0.085
=odpovida =nejaky | weight=0.085
=mi =uz | weight=0.085
=pouze | weight=0.085
=cetl =ze | weight=0.084
=ze =scenare | weight=0.084
=dostal | weight=0.084
=nacvicene | weight=0.083
=nacvicene =vety | weight=0.083
=odrikavala =nacvicene | weight=0.083
=den =od | weight=0.083
=mam =na | weight=0.083
=zpravy | weight=0.082
=to =jen | weight=0.082
=jen =cetl | weight=0.082
=vazi =si | weight=0.081
=bezpecnosti | weight=0.080
=jsem =opakovane | weight=0.080
=po =treti | weight=0.080
=zjevne =sablona | weight=0.079
=to =psal | weight=0.079
=stejne =odstavec | weight=0.079
=objednavka =vubec | weight=0.079
=nic =jinam | weight=0.078, noneg
=technicke | weight=0.078
=co =pisu | weight=0.077
=odrikavala =pripravene | weight=0.077
=pripravene =vety | weight=0.077
=pani =jen | weight=0.076
=dela | weight=0.076
=tu =sam | weight=0.076
=papiru =a | weight=0.075
=ne =na | weight=0.075, noneg
=trpelivost | weight=0.075
=at =jsem | weight=0.075
=byla =jasne | weight=0.075
=jsou =pro | weight=0.074
=sla =pryc | weight=0.074
=tom =prace | weight=0.074
=porad =posilal | weight=0.073
=pro =ne | weight=0.073, noneg
=ona =mi | weight=0.072
=lito | weight=0.072
=na =moje | weight=0.072
=ktery | weight=0.072
=tuto | weight=0.072
=neco =o | weight=0.072
=nenapsal | weight=0.071
=jsem =pred | weight=0.071
=zalezitost | weight=0.071
=byla =jen | weight=0.071
=odpovida =jen | weight=0.071
=i =kdyz | weight=0.070
=omlouvam | weight=0.070
=v =koupelnu | weight=0.070
=hoste | weight=0.070
=mi =nejde | weight=0.070
=reklamoval =telefon | weight=0.070
=zasilka =je | weight=0.070
=zamku | weight=0.070
=sypala | weight=0.069
=ptal =na | weight=0.069
=programu | weight=0.069
=zase =ten | weight=0.069
=dopravce =na | weight=0.068
=na =plisen | weight=0.068
=plisen | weight=0.068
=plisen =v | weight=0.068
=operator =na | weight=0.068
=precetl | weight=0.068
=jste =mel | weight=0.067
=na =stiznost | weight=0.067
=muj =balik | weight=0.067
=nepozna | weight=0.066
=moje =stiznost | weight=0.066
=ta =pani | weight=0.065
=pausal =a | weight=0.065
=nemam =vubec | weight=0.065
=boxu | weight=0.064
=faq | weight=0.064
=zustal | weight=0.064
=neodpovida =na | weight=0.064
=reklamaci =vubec | weight=0.064
=na =zruseny | weight=0.064
=moje =otazku | weight=0.064
=tyden =bez | weight=0.064, noneg
=a =k | weight=0.064
=a =byla | weight=0.063
=vsechno =tri | weight=0.063
=oddeleni =jsem | weight=0.063
=chapu | weight=0.062
=ok | weight=0.062
=si =vas | weight=0.062
=aniz | weight=0.062
=aniz =by | weight=0.062
=napiste | weight=0.062
=napiste =nam | weight=0.062
=a =sla | weight=0.062
=zarizeni | weight=0.061
=vubec =nebyl | weight=0.061, noneg
=balik =porad | weight=0.061
=podle =toho | weight=0.060
=mym | weight=0.060
=podpora =nam | weight=0.060
=pokazde =prisel | weight=0.060
=prisel =ten | weight=0.060
=sam =slohovy | weight=0.060
=slohovy | weight=0.060
=slohovy =utvar | weight=0.060
=utvar | weight=0.060
=utvar =o | weight=0.060
=nas =to | weight=0.060
=nam =prosim | weight=0.060
=je =muj | weight=0.059
=automat =na | weight=0.059
=odpoved =dekuji | weight=0.059
=vas =podnet | weight=0.059
=nefunguje | weight=0.059
=zpracovani | weight=0.059
=kazdy =mou | weight=0.059
=mi =vlozila | weight=0.059
=odstavec =z | weight=0.059
=otazku =mi | weight=0.059
=vlozila =stejne | weight=0.059
=z =obchodni | weight=0.059
=automaticky | weight=0.059
=me =vazi | weight=0.059
=mrzi | weight=0.058
=odpovi | weight=0.058
=od =slovo | weight=0.058
=slovo =od | weight=0.058
=jo =tady | weight=0.058
=nesouvisi =s | weight=0.058
=vlozila | weight=0.057
=lince =no | weight=0.057
=e-mail =odpovida | weight=0.057
=pripravene | weight=0.056
=cokoliv | weight=0.056
=odpovida =stejne | weight=0.056
=vety =at | weight=0.056
=na =cokoli | weight=0.056
=ta =sam | weight=0.056
=dotaz =prisla | weight=0.056
=navod =pro | weight=0.056
=dela =to | weight=0.055
=uplne | weight=0.055
=navod | weight=0.055
=dvorak =volam | weight=0.055
=tady =dvorak | weight=0.055
=korespondenci | weight=0.055
=predpripraveny | weight=0.055
=odpoved =vas | weight=0.055
=on =mi | weight=0.055
=vsem | weight=0.054
=na =tom | weight=0.054
=zablokovali | weight=0.054
=to =dela | weight=0.054
=jim =psal | weight=0.054
=zkopirovana =sablona | weight=0.054
=at =pockam | weight=0.054
=ani =necetl | weight=0.054, noneg
=papiru =at | weight=0.053
=mimo | weight=0.053
=ctenim =predepsaneho | weight=0.053
=odpovida =ctenim | weight=0.053
=predepsaneho =text | weight=0.053
=ze =jste | weight=0.053
=kde =je | weight=0.053
=zkopirovana =z | weight=0.052
=odpoved =sablona | weight=0.052
=byla =to | weight=0.052
=rozumim | weight=0.052
=mym =problem | weight=0.052
=jen | weight=0.051
=omlouvam =se | weight=0.051
=odstavec =o | weight=0.051
=bez =internet | weight=0.051, noneg
=ctenim | weight=0.051
=a =dostal | weight=0.051
=dotaz =mi | weight=0.050
=jsem =mu | weight=0.050
=boty =porad | weight=0.049
=jen =porad | weight=0.049
=by =se | weight=0.049
=v =chatu | weight=0.049
