# long_hold, cs: learned by scripts/learn.py from 3948 tuning texts (277 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ dve hodiny. DVE HODINY. jen abych nahlasil ukradenou kartu.
+ Rezervace na 19:00, stůl jsme dostali ve 20:15 a nikdo se ani neomluvil.
+ Do ordinace se neda dovolat, v poradi jsem byl pokazde dvacaty a pak hovor spadl.
- ok dekuju
- super, doporucuju
=v =porad | weight=0.483
=minut | weight=0.378
=hodiny | weight=0.376
=fronte | weight=0.347
=visi | weight=0.345
=cekal | weight=0.330
=vecnost | weight=0.321
=min | weight=0.272
=jsem =stale | weight=0.270
=nez =se | weight=0.256
=obsazena | weight=0.254
=nejdelsi | weight=0.252
=ve =fronte | weight=0.230
=hudba | weight=0.225
=na =operator | weight=0.224
=je =sileny | weight=0.219
=nekonecne | weight=0.215
=ctyricet | weight=0.212
=pockam | weight=0.211
=cekaci | weight=0.207
=sileny | weight=0.202
=hodiny =na | weight=0.200
=minut =nez | weight=0.198
=hrala | weight=0.195
=ctyricet =minut | weight=0.192
=a =ctvrt | weight=0.192
=porad =obsazena | weight=0.191
=byla =nekonecne | weight=0.189
=nekonecne =dlouho | weight=0.189
=byla =porad | weight=0.186
=neslo =se | weight=0.186
=dvacet | weight=0.185
=ctvrt | weight=0.184
=pauzu | weight=0.181
=ucha | weight=0.181
=prepojeni | weight=0.181
=visi =na | weight=0.180
=porad =jsem | weight=0.180
=se =dovolat | weight=0.180
=tricet | weight=0.175
=stravil | weight=0.173
=me =nechal | weight=0.173
=pisnicka | weight=0.169
=otevrena | weight=0.167
=celou =dopoledne | weight=0.166
=sedela | weight=0.164
=celou =obchode | weight=0.164
=pet =hodiny | weight=0.164
=nez =to | weight=0.164
=pul =dne | weight=0.162
=dovolat | weight=0.162
=infolince =byla | weight=0.161
=pulhodina | weight=0.160
=s =tou | weight=0.160
=ozval =az | weight=0.158
=to =nekdo | weight=0.157
=spadl | weight=0.155
=tou | weight=0.154
=nekdo =zvedl | weight=0.154
=minut =cekal | weight=0.153
=abych | weight=0.153
=v =radu | weight=0.152
=stul =jsem | weight=0.152
=hotline | weight=0.151
=na =hotline | weight=0.151
=hodiny =nez | weight=0.149
=dopoledne | weight=0.148
=ani =po | weight=0.146, noneg
=to =vzdal | weight=0.146
=fronte =pres | weight=0.145
=dostal =k | weight=0.144
=az =za | weight=0.144
=rezervaci | weight=0.144
=smycce | weight=0.141
=fronte =na | weight=0.141
=v =cekarne | weight=0.140
=nez =me | weight=0.140
=stul | weight=0.139
=chatu =jsem | weight=0.138
=paty | weight=0.137
=stale | weight=0.137
=abych =nahlasil | weight=0.137
=cekarne | weight=0.136
=se =ani | weight=0.136, noneg
=pokladne =jsem | weight=0.135
=jsem =visi | weight=0.135
=jednou =pokladne | weight=0.134
=furt =obsazena | weight=0.134
=pres =hodiny | weight=0.133
=na =spojeni | weight=0.133
=zacala | weight=0.130
=minut =na | weight=0.129
=skoro | weight=0.126
=porad =a | weight=0.126
=chatu | weight=0.125
=dlouho | weight=0.124
=kvuli =jednomu | weight=0.123
=prosedel | weight=0.123
=jsem =stravil | weight=0.122
=to =spadl | weight=0.121
=minut =koukal | weight=0.121
=pul =na | weight=0.120
=se =celou | weight=0.120
=vyckaval | weight=0.118
=jednomu | weight=0.118
=u =ucha | weight=0.118
=nemohl | weight=0.118
=koukal =na | weight=0.118
=jen =abych | weight=0.117
=pak =to | weight=0.117
=pres =celou | weight=0.117
=telefon =u | weight=0.117
=ctvrt =hodiny | weight=0.116
=nez | weight=0.116
=zvedl | weight=0.115
=hodiny =jsem | weight=0.114
=na =tocici | weight=0.114
=se =kolecko | weight=0.114
=tocici | weight=0.114
=tocici =se | weight=0.114
=prazdne =okna | weight=0.114
=u =prepazky | weight=0.114
=neslo | weight=0.114
=lince | weight=0.113
=co =jsem | weight=0.113
=kdy | weight=0.112
=otevrena =jednou | weight=0.112
=nehnula | weight=0.112
=ani =neomluvil | weight=0.112, noneg
=jsem =prosedel | weight=0.111
=prosedel =celou | weight=0.111
=telefonni | weight=0.110
=na =urade | weight=0.110
=se =ozval | weight=0.110
=zitra | weight=0.109
=jsem =tam | weight=0.109
=ve =vas | weight=0.109
=si =na | weight=0.107
=bezne | weight=0.107
=petadvacet | weight=0.107
=petadvacet =minut | weight=0.107
=kolecko | weight=0.106
=pojistovny =cekal | weight=0.106
=nahlasil =ukradene | weight=0.106
=ukradene =kartu | weight=0.106
=hodiny =pak | weight=0.106
=lince =jsem | weight=0.105
=mel =telefon | weight=0.104
=jednou =okenko | weight=0.104
=kazdy =prepojeni | weight=0.103
=ukradene | weight=0.103
=nikdo =to | weight=0.103, noneg
=po =kazdy | weight=0.102
=snad | weight=0.102
=uz =hodiny | weight=0.101
=hodiny =cekal | weight=0.101
=prazdne | weight=0.100
=pul | weight=0.100
=hudbicku | weight=0.099
=callcentru =me | weight=0.098
=hrozne =dlouho | weight=0.098
=v =callcentru | weight=0.098
=jsem =u | weight=0.098
=telefonni =menu | weight=0.098
=spojeni | weight=0.098
=dve =hodiny | weight=0.097
=pultu | weight=0.097
=minut =pak | weight=0.096
=nechal =cekal | weight=0.096
=telefon =jsem | weight=0.095
=nekdo | weight=0.095
=uplynula | weight=0.095
=cekal =mi | weight=0.093
=jsem =cekal | weight=0.093
=poledne | weight=0.093
=jen =ta | weight=0.093
=callcentru | weight=0.093
=visi =jsem | weight=0.092
=snad =vecnost | weight=0.092
=poste =jsem | weight=0.091
=okenko | weight=0.091
=cekaci =smycce | weight=0.090
=radu =na | weight=0.090
=dostal | weight=0.090
=melodie | weight=0.089
=hodiny =i | weight=0.089
=jen =jednou | weight=0.089
=nekdo =vzal | weight=0.089
=si =nas | weight=0.086
=s =operator | weight=0.086
=a =pak | weight=0.086
=na =lince | weight=0.085
=strasne =dlouho | weight=0.085
=jednomu =dotaz | weight=0.084
=ubehlo | weight=0.084
=jsem =poslouchal | weight=0.084
=poslouchal | weight=0.084
=infolince | weight=0.084
=s =technik | weight=0.084
=pak =dvacet | weight=0.084
=cekal =a | weight=0.084
=mi =hrala | weight=0.083
=spojeni =s | weight=0.083
=zivemu =clovek | weight=0.083
=ticho | weight=0.082
=zivemu | weight=0.081
=minut =v | weight=0.081
=dopoledne =furt | weight=0.081
=dovolat =celou | weight=0.081
=az | weight=0.080
=dockal | weight=0.080
=halo | weight=0.079
=dulezity | weight=0.079
=hovor =je | weight=0.079
=nas =dulezity | weight=0.079
=vas =hovor | weight=0.079
=dopoledne =a | weight=0.079
=jsem =dostal | weight=0.079
=jsem =pul | weight=0.079
=stejne =pisnicka | weight=0.078
=spojit | weight=0.078
=fakt | weight=0.078
=vtip | weight=0.078
=to =si | weight=0.077
=trva =to | weight=0.077
=ve | weight=0.077
=fronte =v | weight=0.076
=nejdelsi =fronte | weight=0.076
=snad =nejdelsi | weight=0.076
=chatu =a | weight=0.076
=dovolavala | weight=0.075
=obchode | weight=0.075
=lidi =a | weight=0.075
=pobocce =jsem | weight=0.075
=jsem =sedela | weight=0.075
=to =zavesil | weight=0.075
=a =nikdo | weight=0.074, noneg
=jen =co | weight=0.074
=v =zivote | weight=0.073
=dockal =jsem | weight=0.073
=se =snad | weight=0.073
=celou =hodiny | weight=0.073
=pred =nam | weight=0.073
=minut =jsem | weight=0.073
=konecne | weight=0.072
=jeste =jsem | weight=0.072
=brzy | weight=0.072
=brzy =venovat | weight=0.072
=bude =brzy | weight=0.072
=hlaska =ze | weight=0.072
=na =hlaska | weight=0.072
=operator =bude | weight=0.072
=cekarne =skoro | weight=0.071
=a =otevrena | weight=0.071
=ze =ma | weight=0.071
=v =cekaci | weight=0.071
=mel =objednal | weight=0.070
=objednal =termin | weight=0.070
=zivote | weight=0.070
=rano | weight=0.070
=pres | weight=0.070
=delat =srandu | weight=0.069
=srandu | weight=0.069
=na =pohotovosti | weight=0.069
=pohotovosti | weight=0.069
=min =a | weight=0.068
=slysel | weight=0.068
=jsem =dvacet | weight=0.068
=nechal | weight=0.068
=hlaska | weight=0.068
=radu | weight=0.068
=lince =snad | weight=0.067
=konecne =vzal | weight=0.067
=je =fakt | weight=0.067
=tak =objednal | weight=0.067
=u =pokladne | weight=0.066
=ozval =zivemu | weight=0.066
=venovat | weight=0.066
=jidlo =a | weight=0.065
=ze =byla | weight=0.065
=stale =asi | weight=0.065
=v =menu | weight=0.065
=a =tvaril | weight=0.065
=tvaril | weight=0.065
=tvaril =se | weight=0.065
=nas =objednavka | weight=0.065
=operatorka =se | weight=0.064
=objednavka =vyrizuje | weight=0.064
=v =nemocnici | weight=0.063
=prinesl | weight=0.063
=dvanactou =v | weight=0.063
=stale =hodiny | weight=0.063
=snek | weight=0.063
=zavolam =zitra | weight=0.062
=na =radu | weight=0.062
=dvacet =lidi | weight=0.062
=tou =sam | weight=0.061
=osmou | weight=0.061
=si =delat | weight=0.061
=me =spojit | weight=0.061
=jsem =po | weight=0.060
=nemocnici | weight=0.060
=hodiny =jednou | weight=0.060
=na =celou | weight=0.060
=na =kasa | weight=0.060
=v =chatu | weight=0.060
=dvacet =ve | weight=0.060
=oznamila | weight=0.059
=nechal =visi | weight=0.059
=my | weight=0.059
=chatu =na | weight=0.059
=nechal =me | weight=0.059
=napisu =e-mail | weight=0.059
=okna | weight=0.059
=az =ke | weight=0.059
=ke =dvere | weight=0.059
=az =po | weight=0.059
=na =telefon | weight=0.058
=kam | weight=0.058
=me =prepojili | weight=0.058
=cekal =v | weight=0.057
=kazdy =oddeleni | weight=0.057
=patnact | weight=0.057
=minut =a | weight=0.057
=okenko =otevrena | weight=0.057
=nam =stale | weight=0.056
=technik =jsem | weight=0.056
=lince =a | weight=0.056
=obsluha =si | weight=0.056
=clovek =jsem | weight=0.056
=na =zivemu | weight=0.056
=ten =mi | weight=0.056
=furt | weight=0.056
=oznamila =ze | weight=0.055
=infolince =jsem | weight=0.055
=me =cekal | weight=0.055
=dobry =hodiny | weight=0.055
=jsem =byla | weight=0.055
=nez =si | weight=0.055
=tam =na | weight=0.055
=operator =oznamila | weight=0.055
=se =dostal | weight=0.055
=hudba =a | weight=0.055
=fronte =se | weight=0.054
=uz =pul | weight=0.054
=na =technik | weight=0.054
=skoro =tri | weight=0.054
=lince =to | weight=0.054
=obsluha | weight=0.054
=hrozne | weight=0.053
=patnact =minut | weight=0.053
=vite | weight=0.053
=menu | weight=0.053
=stale =v | weight=0.053
=byla =objednal | weight=0.053
=to =tipla | weight=0.052
=u =pultu | weight=0.052
=spojit =s | weight=0.052
=vyrizuje | weight=0.052
=je =pro | weight=0.051
=chatu =ted | weight=0.051
=na =osmou | weight=0.051
=otevrena =odchazim | weight=0.051
=vsiml | weight=0.051
=protvrdl | weight=0.050
=fronte =chatu | weight=0.050
=tipla | weight=0.050
=bezne =hodiny | weight=0.050
=obslouzeni =u | weight=0.050
=pultu =trva | weight=0.050
=trva =bezne | weight=0.050
=nikdo =nic | weight=0.050, noneg
=tricet =minut | weight=0.049
=otravene | weight=0.049
=minut =ve | weight=0.049
=clovek =a | weight=0.049
=tri =ctvrt | weight=0.049
=fakt =diky | weight=0.049
=nas =vubec | weight=0.049
=mi =to | weight=0.049
=obslouzeni | weight=0.049
=jednou =blbe | weight=0.048
=kvuli =jednou | weight=0.048
=jedenacti | weight=0.048
=nez =mi | weight=0.047
=urade =jsem | weight=0.047
=kasa | weight=0.047
=vubec =nekdo | weight=0.047
=objednal =na | weight=0.047
=minut =jen | weight=0.047
=prepazky =stale | weight=0.047
=vzit | weight=0.046
=jsem =v | weight=0.046
=hodiny =ve | weight=0.046
=otravovat | weight=0.046
=ta =hudba | weight=0.046
=pak =me | weight=0.046
=operator | weight=0.045
=to =polozil | weight=0.044
=nepohnulo | weight=0.044
