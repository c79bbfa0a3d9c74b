# scripted_reply, cs: learned by scripts/learn.py from 3535 tuning texts (105 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Odpověděla mi na úplně jinej dotaz.
+ on mi furt dokolecka omilal to svoje
+ dostali jsme odpovedi vykopirovany z faq
- ok dekuju
- super, doporucuju
=vety | weight=0.471
=text | weight=0.418
=naucene | weight=0.382
=sablona | weight=0.336
=zjevne | weight=0.329
=obecny | weight=0.324
=fraze | weight=0.304
=reagovali | weight=0.257
=odpovida | weight=0.248
=scenare =a | weight=0.236
=kopii | weight=0.236
=odstavec | weight=0.234
=odpoved =jako | weight=0.227
=jinam =dotaz | weight=0.222
=vzor | weight=0.219
=dotaz | weight=0.217
=jsem =jen | weight=0.211
=odpoved | weight=0.205
=mi =jen | weight=0.204
=ktery =s | weight=0.204
=opakovane =to | weight=0.199
=scenare | weight=0.199
=jela | weight=0.192
=z =faq | weight=0.189
=text =z | weight=0.189
=vazi | weight=0.187
=desek | weight=0.186
=prisla =uplne | weight=0.186
=odrikavala | weight=0.185
=jejich =vety | weight=0.184
=odpapouskoval | weight=0.184
=router =i | weight=0.184
=zpracovava | weight=0.182
=stejne =odpoved | weight=0.181
=nic =dalsi | weight=0.181, noneg
=formulka | weight=0.179
=odpoved =byla | weight=0.178
=stejne =vety | weight=0.178
=predepsaneho | weight=0.177
=odpoved =ktery | weight=0.175
=se =objednavka | weight=0.174
=jen =obecny | weight=0.174
=vazbu | weight=0.174
=zpetne =vazbu | weight=0.174
=zkopirovana | weight=0.174
=necetl | weight=0.172
=dostal =jsem | weight=0.172
=maily | weight=0.172
=ten =sam | weight=0.169
=roboticky | weight=0.167
=vypada | weight=0.163
=muj =e-mail | weight=0.161
=jako =z | weight=0.160
=dopis | weight=0.159
=neposlouchal | weight=0.156
=ten =maily | weight=0.154
=obdrzel | weight=0.154
=cetl | weight=0.154
=jen =odrikavala | weight=0.154
=vubec | weight=0.153
=o =ktery | weight=0.151
=restartovat | weight=0.150
=jela =podle | weight=0.149
=na =vsechno | weight=0.149
=napsal =mi | weight=0.147
=ani =se | weight=0.146, noneg
=na =uplne | weight=0.146
=zpetne | weight=0.146
=z =papiru | weight=0.144
=uplne =stejne | weight=0.143
=lince =jela | weight=0.143
=cetl =z | weight=0.142
=c =ctrl | weight=0.142
=ctrl | weight=0.142
=ctrl =c | weight=0.142
=ctrl =v | weight=0.142
=na =tri | weight=0.141
=ruzne =dotaz | weight=0.141
=co =jde | weight=0.140
=o =co | weight=0.140
=brozury | weight=0.139
=z =brozury | weight=0.139
=odpoved =o | weight=0.138
=kopiroval | weight=0.138
=dokolecka | weight=0.137
=dokolecka =omilala | weight=0.137
=furt =dokolecka | weight=0.137
=omilala | weight=0.137
=omilala =to | weight=0.137
=to =svoje | weight=0.137
=naucene =fraze | weight=0.136
=frustraci | weight=0.135
=vas =frustraci | weight=0.135
=bez =jedina | weight=0.135, noneg
=nesouvisi | weight=0.134
=vubec =nesouvisi | weight=0.134
=jsem =psal | weight=0.133
=papiru | weight=0.133
=dokola | weight=0.132
=uplne =jinam | weight=0.132
=konkretni | weight=0.131
=tom =jako | weight=0.131
=vypada =jako | weight=0.131
=zpozdeni =let | weight=0.130
=formulka =o | weight=0.127
=nereagoval | weight=0.127
=vas =odpoved | weight=0.126
=operatorka =jen | weight=0.125
=jako =si | weight=0.125
=poslali =mi | weight=0.124
=mi =furt | weight=0.124
=c | weight=0.123
=aerolinka | weight=0.122
=restartovat =router | weight=0.122
=porad =odpovida | weight=0.122
=znela | weight=0.121
=ktery =jsem | weight=0.120
=router | weight=0.119
=netykal | weight=0.119
=vubec =netykal | weight=0.119
=komplikace | weight=0.119
=za =komplikace | weight=0.119
=jen =precetl | weight=0.119
=neco =z | weight=0.119
=precetl =neco | weight=0.119
=z =obrazovku | weight=0.119
=opakovane | weight=0.118
=univerzalni | weight=0.117
=pani =cetl | weight=0.117
=a =vubec | weight=0.117
=pozadavek | weight=0.117
=objednavka =zpracovava | weight=0.116
=na =jinam | weight=0.116
=cokoli | weight=0.115
=za =vas | weight=0.115
=vubec =me | weight=0.115
=podpora =mi | weight=0.114
=chatu =mi | weight=0.114
=a =nic | weight=0.114, noneg
=se =za | weight=0.113
=z | weight=0.112
=identicke | weight=0.111
=odpoved =vypada | weight=0.109
=bez =vztahu | weight=0.108, noneg
=dopis =bez | weight=0.108, noneg
=jsem =pouze | weight=0.108
=pouze =standardizovany | weight=0.108
=standardizovany | weight=0.108
=standardizovany =dopis | weight=0.108
=automaticky =zpravy | weight=0.108
=podpora =odpovida | weight=0.108
=zpravy =ze | weight=0.108
=operator =odpovida | weight=0.106
=tam =zustal | weight=0.105
=sam =odpoved | weight=0.104
=svoje | weight=0.104
=obdrzel =jsem | weight=0.104
=ktery =se | weight=0.104
=jen =automaticky | weight=0.104
=vubec =nereagoval | weight=0.103
=pred =prislusnemu | weight=0.101
=prislusnemu | weight=0.101
=prislusnemu =oddeleni | weight=0.101
=automatu | weight=0.101
=psal =ze | weight=0.101
=obrazovku | weight=0.101
=vas =pozadavek | weight=0.101
=jmeno | weight=0.099
=mou | weight=0.096
=furt | weight=0.096
=podle =scenare | weight=0.096
=ne =na | weight=0.096, noneg
=vazeni =vas | weight=0.096
=odpoved =vykopirovany | weight=0.096
=vykopirovany | weight=0.096
=vykopirovany =z | weight=0.096
=e-mail =ktery | weight=0.095
=s =mym | weight=0.095
=zapnout | weight=0.094
=cetl =ze | weight=0.094
=ze =scenare | weight=0.094
=mou =otazku | weight=0.094
=zeptat =na | weight=0.093
=si =dela | weight=0.093
=jako =od | weight=0.092
=od =robot | weight=0.092
=robot | weight=0.092
=operator =jen | weight=0.092
=byla =zjevne | weight=0.091
=kazdy =komentarem | weight=0.090
=komentarem | weight=0.090
=podam =kazdy | weight=0.090
=neodpovida | weight=0.090
=vysvetlil =proc | weight=0.090
=se =ptal | weight=0.090
=dostavam | weight=0.090
=o =tom | weight=0.089
=obchodni =podminky | weight=0.089
=licenci | weight=0.089
=klic | weight=0.089
=nacvicene | weight=0.089
=nacvicene =vety | weight=0.089
=odrikavala =nacvicene | weight=0.089
=misto =aby | weight=0.089
=na =vety | weight=0.089
=nejaky =automat | weight=0.089
=odpovida =nejaky | weight=0.089
=preinstaluju | weight=0.088
=pani =v | weight=0.087
=by =sedla | weight=0.086
=sedla | weight=0.086
=sedla =na | weight=0.086
=otazku =vubec | weight=0.086
=prirucky | weight=0.085
=z =prirucky | weight=0.085
=nic =spolecneho | weight=0.085, noneg
=odpoved =zkopirovana | weight=0.084
=jsem =odpoved | weight=0.084
=jsem =zaplatit | weight=0.083
=to =psal | weight=0.082
=zpravy | weight=0.082
=mi =stejne | weight=0.082
=ktery =by | weight=0.082
=dela | weight=0.082
=nemam =nic | weight=0.082, noneg
=mam =na | weight=0.082
=co =pisu | weight=0.082
=tu =sam | weight=0.082
=mi =uz | weight=0.082
=vazi =si | weight=0.082
=technicka =podpora | weight=0.081
=bezpecnosti | weight=0.081
=moje =stiznost | weight=0.080
=pouze | weight=0.079
=po =treti | weight=0.079
=nic =jinam | weight=0.079, noneg
=trpelivost | weight=0.079
=operator =na | weight=0.077
=technicka | weight=0.077
=to =jen | weight=0.076
=jsem =opakovane | weight=0.076
=byla =jasne | weight=0.076
=automaticky | weight=0.076
=den =od | weight=0.076
=faq | weight=0.075
=objednavka =vubec | weight=0.075
=odpovida =jen | weight=0.074
=papiru =a | weight=0.074
=na =moje | weight=0.074
=stejne =odstavec | weight=0.073
=tom =prace | weight=0.073
=jsou =pro | weight=0.072
=sla =pryc | weight=0.072
=zjevne =sablona | weight=0.072
=porad =posilal | weight=0.071
=omlouvam | weight=0.071
=dostal | weight=0.071
=lito | weight=0.070
=pro =ne | weight=0.070, noneg
=tuto | weight=0.070
=hoste | weight=0.070
=ktery | weight=0.070
=nenapsal | weight=0.070
=odpovi | weight=0.070
=programu | weight=0.069
=v =koupelnu | weight=0.069
=neco =o | weight=0.068
=odrikavala =pripravene | weight=0.068
=pripravene =vety | weight=0.068
=zamku | weight=0.068
=dopravce =na | weight=0.068
=a =k | weight=0.068
=zustal | weight=0.068
=zase =ten | weight=0.068
=zasilka =je | weight=0.068
=pani =jen | weight=0.067
=reklamoval =telefon | weight=0.067
=jen =cetl | weight=0.067
=sypala | weight=0.067
=ona =mi | weight=0.067
=jste =mel | weight=0.066
=na =cokoli | weight=0.066
=na =stiznost | weight=0.066
=nepozna | weight=0.065
=mi =nejde | weight=0.065
=chapu | weight=0.065
=na =plisen | weight=0.065
=plisen | weight=0.065
=plisen =v | weight=0.065
=at =jsem | weight=0.064
=nefunguje | weight=0.064
=automat =na | weight=0.064
=tyden =bez | weight=0.064, noneg
=pausal =a | weight=0.064
=zalezitost | weight=0.064
=predpripraveny | weight=0.063
=moje =otazku | weight=0.063
=napiste | weight=0.063
=napiste =nam | weight=0.063
=papiru =at | weight=0.063
=jsem =pred | weight=0.063
=oddeleni =jsem | weight=0.063
=a =sla | weight=0.062
=vubec =nebyl | weight=0.062, noneg
=ptal =na | weight=0.062
=nemam =vubec | weight=0.062
=boxu | weight=0.062
=reklamaci =vubec | weight=0.061
=aniz | weight=0.061
=aniz =by | weight=0.061
=na =zruseny | weight=0.061
=precetl | weight=0.061
=byla =jen | weight=0.060
=uplne | weight=0.060
=muj =balik | weight=0.060
=mym | weight=0.060
=nas =to | weight=0.060
=odpoved =dekuji | weight=0.060
=vas =podnet | weight=0.060
=nam =prosim | weight=0.060
=a =byla | weight=0.059
=zarizeni | weight=0.059
=i =kdyz | weight=0.059
=mrzi | weight=0.059
=na =cokoliv | weight=0.059
=ta =sam | weight=0.059
=korespondenci | weight=0.059
=dela =to | weight=0.059
=balik =porad | weight=0.059
=od =slovo | weight=0.059
=slovo =od | weight=0.059
=e-mail =odpovida | weight=0.059
=on =mi | weight=0.059
=zpracovani | weight=0.058
=podpora =nam | weight=0.058
=pokazde =prisel | weight=0.058
=prisel =ten | weight=0.058
=sam =slohovy | weight=0.058
=slohovy | weight=0.058
=slohovy =utvar | weight=0.058
=utvar | weight=0.058
=utvar =o | weight=0.058
=vsechno =tri | weight=0.058
=odpoved =sablona | weight=0.058
=ok | weight=0.058
=dekuji =za | weight=0.057
=kazdy =mou | weight=0.057
=mi =vlozila | weight=0.057
=odstavec =z | weight=0.057
=otazku =mi | weight=0.057
=vlozila =stejne | weight=0.057
=z =obchodni | weight=0.057
=me =vazi | weight=0.057
=neodpovida =na | weight=0.056
=ta =pani | weight=0.056
=si =vas | weight=0.056
=navod =pro | weight=0.056
=vsem | weight=0.055
=vlozila | weight=0.055
=pripravene | weight=0.055
=jen =kopiroval | weight=0.054
=byla =to | weight=0.054
=rozumim | weight=0.054
=zkopirovana =z | weight=0.054
=jo =tady | weight=0.053
=odpoved =vas | weight=0.053
=lince =jen | weight=0.053
=mimo | weight=0.053
=dotaz =prisla | weight=0.053
=vygenerovana | weight=0.053
=ze =jste | weight=0.053
=jim =psal | weight=0.053
=popis | weight=0.053
=odpovida =stejne | weight=0.052
=vety =at | weight=0.052
=je =muj | weight=0.052
=vubec =neresi | weight=0.052
=dvorak =volam | weight=0.052
=tady =dvorak | weight=0.052
=to =dela | weight=0.052
=na =tom | weight=0.051
=lince =no | weight=0.051
=mym =problem | weight=0.051
=pokazde =stejne | weight=0.051
=na =konkretni | weight=0.051
=se =zasekl | weight=0.050
=zaslani | weight=0.050
=at =pockam | weight=0.050
=omlouvam =se | weight=0.050
=podle =toho | weight=0.050
=ani =necetl | weight=0.050, noneg
=radu =restartovat | weight=0.050
=odstavec =o | weight=0.050
=kde =je | weight=0.049
=jen | weight=0.049
=ctenim =predepsaneho | weight=0.049
=odpovida =ctenim | weight=0.049
=predepsaneho =text | weight=0.049
=podnet | weight=0.049
=zasekl | weight=0.049
