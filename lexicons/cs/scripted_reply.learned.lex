# scripted_reply, cs: learned by scripts/learn.py from 3948 tuning texts (109 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ TO SI DELATE PRDEL?? treti tyden bez internetu a vy mi posilate zase ten samy navod na restart routeru 🤬🤬
+ Odpověděla mi na úplně jinej dotaz.
+ on mi furt dokolecka omilal to svoje
- ok dekuju
- super, doporucuju
=vety | weight=0.456
=text | weight=0.417
=sablona | weight=0.396
=naucene | weight=0.394
=obecny | weight=0.337
=fraze | weight=0.308
=zjevne | weight=0.307
=reagovali | weight=0.273
=odpoved =jako | weight=0.247
=odstavec | weight=0.245
=kopii | weight=0.236
=odpovida | weight=0.228
=vzor | weight=0.225
=jiny =dotaz | weight=0.222
=stejne =odpoved | weight=0.221
=scenare =a | weight=0.218
=jsem =jen | weight=0.217
=dotaz | weight=0.216
=ktery =s | weight=0.216
=mi =jen | weight=0.211
=jela | weight=0.207
=scenare | weight=0.205
=z =faq | weight=0.203
=opakovane =to | weight=0.202
=zpracovava | weight=0.194
=odrikavala | weight=0.190
=text =z | weight=0.188
=maily | weight=0.187
=se =objednavka | weight=0.187
=jejich =vety | weight=0.187
=odpapouskoval | weight=0.187
=zkopirovana | weight=0.186
=odpoved | weight=0.184
=odpoved =ktery | weight=0.184
=odpoved =byla | weight=0.183
=prisla =uplne | weight=0.182
=necetl | weight=0.181
=predepsaneho | weight=0.181
=ten =sam | weight=0.180
=nic =dalsi | weight=0.176, noneg
=router =i | weight=0.174
=na =vsechno | weight=0.174
=vazbu | weight=0.172
=zpetne =vazbu | weight=0.172
=vazi | weight=0.172
=formulka | weight=0.168
=jen =obecny | weight=0.168
=vubec | weight=0.168
=roboticky | weight=0.167
=dostal =jsem | weight=0.167
=vypada | weight=0.166
=deska | weight=0.164
=neposlouchal | weight=0.164
=jela =podle | weight=0.160
=o =ktery | weight=0.160
=dopis | weight=0.160
=jen =odrikavala | weight=0.159
=jako =z | weight=0.157
=obdrzel | weight=0.155
=cetl | weight=0.155
=c =ctrl | weight=0.153
=ctrl | weight=0.153
=ctrl =c | weight=0.153
=ctrl =v | weight=0.153
=ani =se | weight=0.153, noneg
=co =jde | weight=0.151
=o =co | weight=0.151
=na =uplne | weight=0.151
=ten =maily | weight=0.150
=restartovat | weight=0.149
=odpoved =o | weight=0.148
=dokola | weight=0.146
=zpetne | weight=0.145
=jsem =psal | weight=0.144
=na =tri | weight=0.143
=ruzne =dotaz | weight=0.143
=nesouvisi | weight=0.143
=vubec =nesouvisi | weight=0.143
=napsal =mi | weight=0.142
=muj =e-mail | weight=0.141
=uplne =stejne | weight=0.140
=porad =odpovida | weight=0.140
=z =papiru | weight=0.140
=naucene =fraze | weight=0.140
=konkretni | weight=0.139
=cetl =z | weight=0.138
=bez =jedina | weight=0.138, noneg
=uplne =jiny | weight=0.137
=brozury | weight=0.137
=z =brozury | weight=0.137
=pozadavek | weight=0.136
=kopiroval | weight=0.136
=zpozdeni =let | weight=0.136
=dokolecka | weight=0.135
=dokolecka =omilala | weight=0.135
=furt =dokolecka | weight=0.135
=omilala | weight=0.135
=omilala =to | weight=0.135
=to =svoje | weight=0.135
=svoje | weight=0.133
=tom =jako | weight=0.133
=lince =jela | weight=0.133
=papiru | weight=0.131
=frustraci | weight=0.130
=vas =frustraci | weight=0.130
=cokoli | weight=0.129
=a =nic | weight=0.129, noneg
=poslali =mi | weight=0.128
=mi =furt | weight=0.127
=vypada =jako | weight=0.127
=aerolinka | weight=0.125
=vas =odpoved | weight=0.121
=stejne =vety | weight=0.121
=jako =si | weight=0.121
=psal =ze | weight=0.121
=univerzalni | weight=0.121
=komplikace | weight=0.119
=za =komplikace | weight=0.119
=objednavka =zpracovava | weight=0.119
=z | weight=0.119
=se =za | weight=0.118
=vubec =me | weight=0.118
=restartovat =router | weight=0.117
=jen =precetl | weight=0.117
=neco =z | weight=0.117
=precetl =neco | weight=0.117
=z =obrazovku | weight=0.117
=nereagoval | weight=0.117
=router | weight=0.116
=znela | weight=0.116
=sam =odpoved | weight=0.115
=operatorka =jen | weight=0.115
=formulka =o | weight=0.115
=jmeno | weight=0.114
=netykal | weight=0.113
=vubec =netykal | weight=0.113
=bez =vztahu | weight=0.113, noneg
=dopis =bez | weight=0.113, noneg
=pouze =standardizovany | weight=0.113
=standardizovany | weight=0.113
=standardizovany =dopis | weight=0.113
=podpora =mi | weight=0.112
=a =vubec | weight=0.111
=odpoved =vykopirovany | weight=0.111
=vykopirovany | weight=0.111
=vykopirovany =z | weight=0.111
=pred =prislusnemu | weight=0.109
=prislusnemu | weight=0.109
=prislusnemu =oddeleni | weight=0.109
=podle =scenare | weight=0.109
=obdrzel =jsem | weight=0.109
=tam =zustal | weight=0.108
=automaticky =zpravy | weight=0.108
=podpora =odpovida | weight=0.108
=zpravy =ze | weight=0.108
=identicke | weight=0.108
=zapnout | weight=0.108
=pani =cetl | weight=0.107
=operator =odpovida | weight=0.106
=s =mym | weight=0.106
=vas =pozadavek | weight=0.105
=odpoved =vypada | weight=0.104
=pani =v | weight=0.103
=jen =automaticky | weight=0.102
=robot | weight=0.101
=na =jiny | weight=0.100
=automatu | weight=0.100
=operator =jen | weight=0.100
=ktery =se | weight=0.099
=obrazovku | weight=0.099
=furt | weight=0.099
=licenci | weight=0.098
=mi =stejne | weight=0.098
=jsem =pouze | weight=0.098
=zeptat =na | weight=0.098
=by =sedla | weight=0.097
=sedla =na | weight=0.097
=si =delat | weight=0.097
=klic | weight=0.097
=vubec =nereagoval | weight=0.096
=dostavam | weight=0.096
=o =tom | weight=0.096
=jako =od | weight=0.095
=od =robot | weight=0.095
=misto =aby | weight=0.095
=vazeni =vas | weight=0.095
=e-mail =ktery | weight=0.095
=na =moje | weight=0.094
=ktery =jsem | weight=0.094
=za =vas | weight=0.093
=ktery =by | weight=0.093
=nic =spolecneho | weight=0.093, noneg
=na =vety | weight=0.092
=nejaky =automat | weight=0.092
=odpovida =nejaky | weight=0.092
=obchodni =podminky | weight=0.092
=zpravy | weight=0.092
=mou =otazku | weight=0.091
=mi =uz | weight=0.091
=bezpecnosti | weight=0.091
=po =treti | weight=0.091
=vysvetlil =proc | weight=0.091
=sedla | weight=0.090
=moje =otazku | weight=0.089
=nemam =nic | weight=0.089, noneg
=sablona =odpoved | weight=0.089
=kazdy =komentarem | weight=0.087
=komentarem | weight=0.087
=podam =kazdy | weight=0.087
=technicka | weight=0.086
=nacvicene | weight=0.086
=nacvicene =vety | weight=0.086
=odrikavala =nacvicene | weight=0.086
=cetl =ze | weight=0.085
=ze =scenare | weight=0.085
=byla =zjevne | weight=0.085
=mou | weight=0.085
=neodpovida | weight=0.085
=at =jsem | weight=0.084
=jsem =opakovane | weight=0.084
=uplne | weight=0.084
=moje =stiznost | weight=0.084
=odpoved =zkopirovana | weight=0.083
=vazi =si | weight=0.083
=co =pisu | weight=0.083
=technicka =podpora | weight=0.080
=den =od | weight=0.080
=prirucky | weight=0.080
=z =prirucky | weight=0.080
=mam =na | weight=0.079
=faq | weight=0.079
=objednavka =vubec | weight=0.079
=neodpovida =na | weight=0.078
=porad =posilal | weight=0.078
=ne =na | weight=0.078, noneg
=papiru =a | weight=0.078
=automaticky | weight=0.077
=byla =jen | weight=0.077
=preinstalovat | weight=0.077
=se =ptal | weight=0.077
=precetl | weight=0.077
=odrikavala =pripravene | weight=0.077
=pripravene =vety | weight=0.077
=nic =jiny | weight=0.077, noneg
=odpovida =jen | weight=0.076
=operator =na | weight=0.076
=opakovane | weight=0.076
=stejne =odstavec | weight=0.075
=delat | weight=0.075
=jen =porad | weight=0.075
=tu =sam | weight=0.075
=jsou =pro | weight=0.074
=sla =pryc | weight=0.074
=to =jen | weight=0.073
=reklamoval =telefon | weight=0.073
=sypala | weight=0.073
=odpovida =stejne | weight=0.072
=vety =at | weight=0.072
=hoste | weight=0.072
=neco =o | weight=0.072
=lito | weight=0.072
=pro =ne | weight=0.072, noneg
=tuto | weight=0.072
=otazku =vubec | weight=0.072
=byla =jasne | weight=0.071
=v =koupelnu | weight=0.071
=program | weight=0.071
=nenapsal | weight=0.071
=nepozna | weight=0.071
=to =psal | weight=0.071
=trpelivost | weight=0.071
=at =pockam | weight=0.070
=zase =ten | weight=0.070
=pouze | weight=0.070
=zalezitost | weight=0.070
=dostal | weight=0.070
=reklamaci =vubec | weight=0.070
=tom =prace | weight=0.069
=automat =na | weight=0.069
=psal | weight=0.069
=na =plisen | weight=0.069
=plisen | weight=0.069
=plisen =v | weight=0.069
=na =stiznost | weight=0.069
=jste =mel | weight=0.069
=jim =psal | weight=0.069
=ona =mi | weight=0.068
=chapu | weight=0.068
=zamku | weight=0.068
=zpracovava =a | weight=0.068
=ptal =na | weight=0.068
=jsem =pred | weight=0.067
=i =kdyz | weight=0.066
=zjevne =sablona | weight=0.066
=e-mail =odpovida | weight=0.066
=zasilka =je | weight=0.066
=a =sla | weight=0.065
=vsechno =tri | weight=0.065
=ta =pani | weight=0.065
=jen | weight=0.065
=odpoved =dekuji | weight=0.065
=vas =podnet | weight=0.065
=mi =nejde | weight=0.065
=si =vas | weight=0.065
=jen =cetl | weight=0.064
=na =nas | weight=0.064
=zpracovani | weight=0.064
=na =cokoli | weight=0.064
=dopravce =na | weight=0.064
=vubec =nebyl | weight=0.064, noneg
=pausal =a | weight=0.063
=na =cokoliv | weight=0.063
=na =zruseny | weight=0.063
=a =byla | weight=0.063
=a =k | weight=0.063
=zustal | weight=0.063
=tyden =bez | weight=0.063, noneg
=oddeleni =jsem | weight=0.062
=napiste | weight=0.062
=napiste =nam | weight=0.062
=delat =to | weight=0.062
=nic =nepomaha | weight=0.062, noneg
=dotaz =prisla | weight=0.061
=ta =sam | weight=0.061
=nam =na | weight=0.061
=papiru =at | weight=0.061
=ktery | weight=0.061
=nemam =vubec | weight=0.061
=omlouvam | weight=0.061
=muj =balik | weight=0.061
=pripravene | weight=0.060
=boxu | weight=0.060
=balik =porad | weight=0.059
=mym | weight=0.059
=kazdy =mou | weight=0.059
=mi =vlozila | weight=0.059
=odstavec =z | weight=0.059
=otazku =mi | weight=0.059
=vlozila =stejne | weight=0.059
=z =obchodni | weight=0.059
=zabyval | weight=0.059
=korespondenci | weight=0.058
=pokazde =prisel | weight=0.058
=prisel =ten | weight=0.058
=sam =slohovy | weight=0.058
=slohovy | weight=0.058
=slohovy =utvar | weight=0.058
=utvar | weight=0.058
=utvar =o | weight=0.058
=odpovi | weight=0.058
=byla =to | weight=0.058
=zablokovali | weight=0.057
=vsem | weight=0.057
=vubec =neresi | weight=0.057
=vlozila | weight=0.056
=zarizeni | weight=0.056
=rozumim | weight=0.056
=mimo | weight=0.056
=zkopirovana =z | weight=0.056
=jo =tady | weight=0.055
=predpripraveny | weight=0.055
=zkopirovana =sablona | weight=0.055
=ctenim =predepsaneho | weight=0.055
=odpovida =ctenim | weight=0.055
=predepsaneho =text | weight=0.055
=lince =no | weight=0.055
=pokazde =stejne | weight=0.055
=me =vazi | weight=0.055
=podpora =nam | weight=0.055
=ani =necetl | weight=0.054, noneg
=dvorak =volal | weight=0.054
=tady =dvorak | weight=0.054
=navod | weight=0.054
=podle =toho | weight=0.053
=tri =e-mail | weight=0.053
=ctenim | weight=0.053
=by =ji | weight=0.053
=zkusenost | weight=0.053
=on =mi | weight=0.052
=pani =jen | weight=0.052
=evidentne | weight=0.052
=od =slovo | weight=0.052
=slovo =od | weight=0.052
=uz =po | weight=0.052
=nam =prosim | weight=0.052
=nas =to | weight=0.052
=navod =pro | weight=0.052
=a =dostal | weight=0.052
=ze =jste | weight=0.052
=hodnoceni | weight=0.052
=to =delat | weight=0.052
=podnet | weight=0.052
=tuhle | weight=0.052
=jako | weight=0.051
=bez =internet | weight=0.051, noneg
=lince =jen | weight=0.051
=jen =kopiroval | weight=0.051
=odpoved =vas | weight=0.051
=treti =tyden | weight=0.051
=odpoved =sablona | weight=0.051
