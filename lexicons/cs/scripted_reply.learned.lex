# scripted_reply, cs: learned by scripts/learn.py from 3747 tuning texts (108 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Odpověděla mi na úplně jinej dotaz.
+ on mi furt dokolecka omilal to svoje
+ dostali jsme odpovedi vykopirovany z faq
- ok dekuju
- super, doporucuju
=vety | weight=0.482
=text | weight=0.417
=naucene | weight=0.388
=sablona | weight=0.379
=obecny | weight=0.344
=fraze | weight=0.307
=zjevne | weight=0.304
=reagovali | weight=0.269
=odpoved =jako | weight=0.243
=odstavec | weight=0.240
=kopii | weight=0.235
=odpovida | weight=0.233
=jiny =dotaz | weight=0.230
=vzor | weight=0.228
=scenare =a | weight=0.223
=dotaz | weight=0.219
=jsem =jen | weight=0.217
=mi =jen | weight=0.216
=ktery =s | weight=0.215
=stejne =odpoved | weight=0.209
=jela | weight=0.205
=scenare | weight=0.203
=odpoved =ktery | weight=0.201
=opakovane =to | weight=0.200
=z =faq | weight=0.197
=zpracovava | weight=0.191
=maily | weight=0.189
=router =i | weight=0.189
=odpoved | weight=0.188
=jejich =vety | weight=0.188
=odpapouskoval | weight=0.188
=odrikavala | weight=0.186
=zkopirovana | weight=0.186
=se =objednavka | weight=0.186
=text =z | weight=0.184
=prisla =uplne | weight=0.184
=predepsaneho | weight=0.184
=odpoved =byla | weight=0.183
=necetl | weight=0.182
=nic =dalsi | weight=0.178, noneg
=vazi | weight=0.177
=formulka | weight=0.177
=dostal =jsem | weight=0.174
=ten =sam | weight=0.173
=vazbu | weight=0.171
=zpetne =vazbu | weight=0.171
=roboticky | weight=0.169
=deska | weight=0.169
=jen =obecny | weight=0.169
=jako =z | weight=0.168
=stejne =vety | weight=0.167
=vypada | weight=0.166
=na =vsechno | weight=0.163
=o =ktery | weight=0.160
=dopis | weight=0.160
=neposlouchal | weight=0.159
=vubec | weight=0.158
=jen =odrikavala | weight=0.156
=konkretni | weight=0.156
=cetl | weight=0.156
=na =uplne | weight=0.153
=jela =podle | weight=0.153
=ten =maily | weight=0.153
=obdrzel | weight=0.152
=ani =se | weight=0.150, noneg
=restartovat | weight=0.149
=z =papiru | weight=0.148
=kopiroval | weight=0.147
=napsal =mi | weight=0.145
=cetl =z | weight=0.144
=c =ctrl | weight=0.144
=ctrl | weight=0.144
=ctrl =c | weight=0.144
=ctrl =v | weight=0.144
=zpetne | weight=0.143
=tom =jako | weight=0.143
=nesouvisi | weight=0.143
=vubec =nesouvisi | weight=0.143
=jsem =psal | weight=0.142
=co =jde | weight=0.141
=o =co | weight=0.141
=na =tri | weight=0.139
=ruzne =dotaz | weight=0.139
=pozadavek | weight=0.138
=uplne =stejne | weight=0.137
=dokolecka | weight=0.136
=dokolecka =omilala | weight=0.136
=furt =dokolecka | weight=0.136
=omilala | weight=0.136
=omilala =to | weight=0.136
=to =svoje | weight=0.136
=papiru | weight=0.136
=bez =jedina | weight=0.135, noneg
=muj =e-mail | weight=0.134
=lince =jela | weight=0.134
=brozury | weight=0.134
=z =brozury | weight=0.134
=naucene =fraze | weight=0.133
=odpoved =o | weight=0.133
=zpozdeni =let | weight=0.132
=vypada =jako | weight=0.131
=frustraci | weight=0.131
=vas =frustraci | weight=0.131
=porad =odpovida | weight=0.130
=svoje | weight=0.129
=mi =furt | weight=0.129
=uplne =jiny | weight=0.128
=vas =odpoved | weight=0.126
=dokola | weight=0.126
=cokoli | weight=0.126
=restartovat =router | weight=0.125
=aerolinka | weight=0.124
=komplikace | weight=0.124
=za =komplikace | weight=0.124
=se =za | weight=0.124
=formulka =o | weight=0.123
=a =nic | weight=0.123, noneg
=z | weight=0.122
=poslali =mi | weight=0.121
=objednavka =zpracovava | weight=0.120
=operatorka =jen | weight=0.120
=univerzalni | weight=0.120
=jako =si | weight=0.119
=vubec =me | weight=0.118
=netykal | weight=0.117
=vubec =netykal | weight=0.117
=opakovane | weight=0.117
=jen =automaticky | weight=0.114
=podpora =mi | weight=0.114
=pani =cetl | weight=0.114
=jen =precetl | weight=0.113
=neco =z | weight=0.113
=precetl =neco | weight=0.113
=z =obrazovku | weight=0.113
=tam =zustal | weight=0.112
=chatu =mi | weight=0.112
=automaticky =zpravy | weight=0.112
=podpora =odpovida | weight=0.112
=zpravy =ze | weight=0.112
=nereagoval | weight=0.112
=bez =vztahu | weight=0.110, noneg
=dopis =bez | weight=0.110, noneg
=jsem =pouze | weight=0.110
=pouze =standardizovany | weight=0.110
=standardizovany | weight=0.110
=standardizovany =dopis | weight=0.110
=odpoved =vypada | weight=0.110
=a =vubec | weight=0.109
=identicke | weight=0.109
=znela | weight=0.109
=sam =odpoved | weight=0.108
=o =tom | weight=0.108
=za =vas | weight=0.107
=jmeno | weight=0.107
=operator =odpovida | weight=0.107
=obdrzel =jsem | weight=0.105
=ktery =se | weight=0.104
=odpoved =vykopirovany | weight=0.104
=vykopirovany | weight=0.104
=vykopirovany =z | weight=0.104
=psal =ze | weight=0.103
=router | weight=0.102
=podle =scenare | weight=0.102
=mou | weight=0.101
=pred =prislusnemu | weight=0.100
=prislusnemu | weight=0.100
=prislusnemu =oddeleni | weight=0.100
=furt | weight=0.099
=vubec =nereagoval | weight=0.098
=vas =pozadavek | weight=0.097
=zapnout | weight=0.097
=si =delat | weight=0.096
=odpoved =zkopirovana | weight=0.095
=obrazovku | weight=0.095
=e-mail =ktery | weight=0.094
=automatu | weight=0.094
=c | weight=0.094
=vazeni =vas | weight=0.093
=misto =aby | weight=0.093
=se =ptal | weight=0.093
=s =mym | weight=0.092
=na =jiny | weight=0.092
=kazdy =komentarem | weight=0.092
=komentarem | weight=0.092
=podam =kazdy | weight=0.092
=by =sedla | weight=0.092
=sedla =na | weight=0.092
=preinstaluju | weight=0.091
=licenci | weight=0.091
=na =vety | weight=0.090
=nejaky =automat | weight=0.090
=odpovida =nejaky | weight=0.090
=robot | weight=0.090
=bezpecnosti | weight=0.090
=nic =spolecneho | weight=0.090, noneg
=klic | weight=0.090
=obchodni =podminky | weight=0.090
=vysvetlil =proc | weight=0.090
=cetl =ze | weight=0.090
=ze =scenare | weight=0.090
=zpravy | weight=0.090
=byla =zjevne | weight=0.089
=mou =otazku | weight=0.089
=dostavam | weight=0.089
=pani =v | weight=0.089
=jako =od | weight=0.088
=od =robot | weight=0.088
=co =pisu | weight=0.088
=nemam =nic | weight=0.088, noneg
=mi =stejne | weight=0.087
=mi =uz | weight=0.087
=trpelivost | weight=0.087
=technicka =podpora | weight=0.086
=nacvicene | weight=0.086
=nacvicene =vety | weight=0.086
=odrikavala =nacvicene | weight=0.086
=ktery =by | weight=0.086
=prirucky | weight=0.086
=z =prirucky | weight=0.086
=sablona =odpoved | weight=0.086
=jsem =opakovane | weight=0.085
=ktery =jsem | weight=0.085
=vazi =si | weight=0.084
=to =psal | weight=0.084
=sedla | weight=0.084
=po =treti | weight=0.083
=moje =stiznost | weight=0.083
=pouze | weight=0.082
=zeptat =na | weight=0.081
=odpovida =jen | weight=0.081
=na =moje | weight=0.081
=operator =jen | weight=0.080
=ne =na | weight=0.080, noneg
=automaticky | weight=0.080
=jsem =zaplatit | weight=0.080
=operator =na | weight=0.079
=papiru =a | weight=0.079
=faq | weight=0.079
=objednavka =vubec | weight=0.078
=den =od | weight=0.078
=mam =na | weight=0.078
=porad =posilal | weight=0.077
=tu =sam | weight=0.077
=byla =jasne | weight=0.076
=at =jsem | weight=0.076
=precetl | weight=0.076
=zjevne =sablona | weight=0.076
=nic =jiny | weight=0.076, noneg
=to =jen | weight=0.075
=uplne | weight=0.074
=byla =jen | weight=0.074
=delat | weight=0.074
=ptal =na | weight=0.074
=technicka | weight=0.074
=jen =cetl | weight=0.073
=sypala | weight=0.073
=jsou =pro | weight=0.073
=sla =pryc | weight=0.073
=odrikavala =pripravene | weight=0.073
=pripravene =vety | weight=0.073
=reklamoval =telefon | weight=0.072
=vsechno =tri | weight=0.072
=a =k | weight=0.071
=neodpovida | weight=0.071
=lito | weight=0.071
=tuto | weight=0.071
=nenapsal | weight=0.070
=v =koupelnu | weight=0.070
=chapu | weight=0.070
=tom =prace | weight=0.070
=dostal | weight=0.070
=neco =o | weight=0.070
=hoste | weight=0.070
=zasilka =je | weight=0.069
=dopravce =na | weight=0.069
=si =vas | weight=0.069
=nepozna | weight=0.069
=na =plisen | weight=0.068
=plisen | weight=0.068
=plisen =v | weight=0.068
=pro =ne | weight=0.068, noneg
=program | weight=0.068
=otazku =vubec | weight=0.068
=zamku | weight=0.068
=zase =ten | weight=0.068
=stejne =odstavec | weight=0.068
=automat =na | weight=0.068
=i =kdyz | weight=0.067
=jste =mel | weight=0.066
=reklamaci =vubec | weight=0.066
=na =stiznost | weight=0.066
=nemam =vubec | weight=0.066
=zalezitost | weight=0.065
=boxu | weight=0.065
=vubec =nebyl | weight=0.065, noneg
=pausal =a | weight=0.065
=ona =mi | weight=0.065
=psal | weight=0.065
=zabyval | weight=0.065
=zkopirovana =z | weight=0.065
=delat =to | weight=0.065
=jsem =pred | weight=0.064
=oddeleni =jsem | weight=0.064
=tyden =bez | weight=0.064, noneg
=opakovane =stejne | weight=0.064
=muj =balik | weight=0.063
=na =zruseny | weight=0.063
=dotaz =prisla | weight=0.063
=na =cokoli | weight=0.063
=balik =porad | weight=0.063
=jen =kopiroval | weight=0.063
=zarizeni | weight=0.063
=zustal | weight=0.063
=omlouvam | weight=0.062
=jsem =odpoved | weight=0.062
=moje =otazku | weight=0.062
=neodpovida =na | weight=0.062
=napiste | weight=0.062
=napiste =nam | weight=0.062
=zpracovani | weight=0.062
=a =byla | weight=0.062
=papiru =at | weight=0.061
=jen | weight=0.061
=na =nas | weight=0.061
=a =sla | weight=0.061
=ta =pani | weight=0.061
=mym | weight=0.060
=pani =jen | weight=0.060
=korespondenci | weight=0.060
=od =slovo | weight=0.060
=slovo =od | weight=0.060
=jo =tady | weight=0.060
=odpovida =stejne | weight=0.059
=vety =at | weight=0.059
=na =cokoliv | weight=0.059
=ta =sam | weight=0.059
=to =delat | weight=0.059
=uz =po | weight=0.059
=lince =no | weight=0.059
=pripravene | weight=0.059
=nefunguje | weight=0.058
=e-mail =odpovida | weight=0.058
=podle =toho | weight=0.058
=zablokovali | weight=0.058
=nas =to | weight=0.058
=nam =prosim | weight=0.058
=pokazde =prisel | weight=0.058
=prisel =ten | weight=0.058
=sam =slohovy | weight=0.058
=slohovy | weight=0.058
=slohovy =utvar | weight=0.058
=utvar | weight=0.058
=utvar =o | weight=0.058
=at =pockam | weight=0.058
=podpora =nam | weight=0.057
=vubec =neresi | weight=0.057
=navod =pro | weight=0.057
=jim =psal | weight=0.057
=odpoved =dekuji | weight=0.057
=vas =podnet | weight=0.057
=on =mi | weight=0.057
=mimo | weight=0.057
=zkusenost | weight=0.057
=dvorak =volal | weight=0.057
=tady =dvorak | weight=0.057
=mi =nejde | weight=0.056
=mrzi | weight=0.056
=tri =e-mail | weight=0.056
=odpovi | weight=0.055
=kazdy =mou | weight=0.055
=mi =vlozila | weight=0.055
=odstavec =z | weight=0.055
=otazku =mi | weight=0.055
=vlozila =stejne | weight=0.055
=z =obchodni | weight=0.055
=nejaky | weight=0.054
=me =vazi | weight=0.054
=dotaz =mi | weight=0.053
=lince =jen | weight=0.053
=vlozila | weight=0.053
=vsem | weight=0.053
=odpoved =sablona | weight=0.052
=dekuji =za | weight=0.052
=boty =porad | weight=0.052
=ctenim =predepsaneho | weight=0.052
=odpovida =ctenim | weight=0.052
=predepsaneho =text | weight=0.052
=ktery | weight=0.052
=a =dostal | weight=0.051
=dostal =odpoved | weight=0.051
=ktery =vubec | weight=0.051
=ja =se | weight=0.051
=delat =trikrat | weight=0.051
=na =konkretni | weight=0.051
=rozumim | weight=0.051
=predpripraveny | weight=0.050
=dvorak | weight=0.050
=zaslani | weight=0.050
=odpoved =prisla | weight=0.050
=nesouvisi =s | weight=0.050
