# long_hold, cs: learned by scripts/learn.py from 3535 tuning texts (264 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ dve hodiny. DVE HODINY. jen abych nahlasil ukradenou kartu.
+ Do ordinace se neda dovolat, v poradi jsem byl pokazde dvacaty a pak hovor spadl.
+ V čekárně u obvodní lékařky jsem s horečkou seděla tři hodiny, přestože jsem byla objednaná na osmou.
- ok dekuju
- super, doporucuju
=v =porad | weight=0.462
=minut | weight=0.386
=fronte | weight=0.348
=visi | weight=0.334
=hodiny | weight=0.332
=cekal | weight=0.330
=vecnost | weight=0.322
=min | weight=0.282
=jsem =stale | weight=0.270
=nejdelsi | weight=0.258
=obsazena | weight=0.248
=na =operator | weight=0.232
=ctyricet | weight=0.223
=nez =se | weight=0.221
=hudba | weight=0.221
=pockam | weight=0.216
=cekaci | weight=0.201
=nekonecne | weight=0.199
=je =sileny | weight=0.197
=porad =obsazena | weight=0.193
=ctyricet =minut | weight=0.193
=byla =porad | weight=0.189
=sileny | weight=0.189
=hrala | weight=0.188
=ucha | weight=0.187
=ve =fronte | weight=0.186
=hodiny =na | weight=0.185
=ctvrt | weight=0.185
=neslo =se | weight=0.183
=a =ctvrt | weight=0.180
=porad =jsem | weight=0.179
=minut =nez | weight=0.178
=dvacet | weight=0.178
=byla =nekonecne | weight=0.177
=nekonecne =dlouho | weight=0.177
=prepojeni | weight=0.177
=se =dovolat | weight=0.176
=otevrena | weight=0.176
=pauzu | weight=0.176
=pisnicka | weight=0.175
=me =nechal | weight=0.174
=tricet | weight=0.173
=celou =dopoledne | weight=0.171
=minut =cekal | weight=0.168
=visi =na | weight=0.167
=v =radu | weight=0.162
=neslo | weight=0.159
=s =tou | weight=0.158
=infolince =byla | weight=0.158
=sedela | weight=0.157
=lince | weight=0.157
=chatu =jsem | weight=0.156
=pul =dne | weight=0.155
=stravil | weight=0.154
=pet =hodiny | weight=0.154
=to =nekdo | weight=0.153
=pulhodina | weight=0.153
=tou | weight=0.152
=dovolat | weight=0.151
=dopoledne | weight=0.151
=nez =to | weight=0.149
=fronte =pres | weight=0.149
=celou =obchode | weight=0.149
=ozval =az | weight=0.148
=hotline | weight=0.147
=na =hotline | weight=0.147
=pres =hodiny | weight=0.146
=se =ani | weight=0.144, noneg
=v =cekarne | weight=0.144
=spadl | weight=0.143
=rezervaci | weight=0.141
=dostal =k | weight=0.140
=nez | weight=0.139
=pate | weight=0.139
=hodiny =nez | weight=0.139
=na =spojeni | weight=0.139
=cekarne | weight=0.138
=abych | weight=0.136
=zacala | weight=0.134
=nekdo =zvedl | weight=0.134
=dlouho | weight=0.134
=pokladne =jsem | weight=0.134
=dostal | weight=0.133
=to =vzdal | weight=0.133
=vzdal | weight=0.133
=ani =po | weight=0.131, noneg
=stul | weight=0.131
=smycce | weight=0.131
=furt =obsazena | weight=0.130
=nez =me | weight=0.130
=dve =hodiny | weight=0.129
=minut =na | weight=0.128
=pul =na | weight=0.127
=jsem =stravil | weight=0.127
=az =za | weight=0.125
=abych =nahlasil | weight=0.125
=a =nikdo | weight=0.124, noneg
=kvuli =jednomu | weight=0.123
=fronte =na | weight=0.122
=minut =koukal | weight=0.122
=jednou =pokladne | weight=0.122
=vyckaval | weight=0.121
=nekdo | weight=0.121
=to =spadl | weight=0.120
=u =ucha | weight=0.120
=porad =a | weight=0.120
=zitra | weight=0.119
=jsem =visi | weight=0.118
=jednomu | weight=0.117
=se =celou | weight=0.117
=stale | weight=0.117
=telefon =u | weight=0.116
=prazdne =okna | weight=0.116
=koukal =na | weight=0.116
=skoro | weight=0.115
=na =tocici | weight=0.115
=se =kolecko | weight=0.115
=tocici | weight=0.115
=tocici =se | weight=0.115
=se =ozval | weight=0.114
=hodiny =pak | weight=0.113
=pres =celou | weight=0.113
=jen =abych | weight=0.112
=jsem =u | weight=0.112
=nehnula | weight=0.111
=otevrena =jednou | weight=0.110
=prosedel | weight=0.110
=ctvrt =hodiny | weight=0.110
=petadvacet | weight=0.110
=petadvacet =minut | weight=0.110
=telefon =jsem | weight=0.110
=na =urade | weight=0.109
=kolecko | weight=0.109
=az | weight=0.109
=hodiny =jsem | weight=0.108
=co =jsem | weight=0.108
=kdy | weight=0.107
=ani =neomluvil | weight=0.106, noneg
=kazdy =prepojeni | weight=0.106
=jsem =tam | weight=0.105
=si =na | weight=0.105
=po =kazdy | weight=0.105
=pultu | weight=0.105
=prazdne | weight=0.104
=jen =ta | weight=0.103
=pak =to | weight=0.103
=hodiny =cekal | weight=0.102
=jsem =prosedel | weight=0.102
=prosedel =celou | weight=0.102
=pul | weight=0.102
=hudbicku | weight=0.102
=callcentru =me | weight=0.101
=hrozne =dlouho | weight=0.101
=v =callcentru | weight=0.101
=jednou =okenko | weight=0.100
=bezne | weight=0.100
=nahlasil =ukradene | weight=0.099
=ukradene =kartu | weight=0.099
=ve | weight=0.099
=ve =vas | weight=0.099
=s =operator | weight=0.099
=chatu | weight=0.098
=mel =telefon | weight=0.098
=poledne | weight=0.098
=nemohl | weight=0.098
=u =prepazky | weight=0.098
=zvedl | weight=0.096
=ukradene | weight=0.096
=poste =jsem | weight=0.096
=cekal =mi | weight=0.095
=callcentru | weight=0.095
=telefonni | weight=0.094
=me =prepojili | weight=0.094
=obchode | weight=0.094
=spojeni | weight=0.093
=nechal =cekal | weight=0.093
=nikdo =to | weight=0.092, noneg
=a =pak | weight=0.092
=strasne =dlouho | weight=0.091
=nekdo =vzali | weight=0.091
=radu =na | weight=0.090
=snad | weight=0.090
=jednomu =dotaz | weight=0.090
=fakt | weight=0.089
=visi =jsem | weight=0.089
=cekaci =smycce | weight=0.089
=spojeni =s | weight=0.088
=trva =to | weight=0.088
=jsem =cekal | weight=0.088
=jen =jednou | weight=0.087
=spojit | weight=0.087
=hodiny =i | weight=0.086
=to =si | weight=0.086
=dockal | weight=0.085
=pak =dvacet | weight=0.085
=telefonni =menu | weight=0.085
=melodie | weight=0.085
=snad =vecnost | weight=0.084
=jsem =pul | weight=0.084
=stejne =pisnicka | weight=0.084
=mi =hrala | weight=0.083
=uplynula | weight=0.083
=infolince | weight=0.083
=mi =to | weight=0.083
=jsem =poslouchal | weight=0.082
=poslouchal | weight=0.082
=si =dela | weight=0.081
=to =zavesil | weight=0.081
=fronte =v | weight=0.080
=nejdelsi =fronte | weight=0.080
=snad =nejdelsi | weight=0.080
=dopoledne =furt | weight=0.080
=dovolat =celou | weight=0.080
=lince =jsem | weight=0.080
=nechal | weight=0.080
=okna | weight=0.080
=ubehlo | weight=0.079
=okenko | weight=0.079
=ticho | weight=0.078
=jen =co | weight=0.078
=obed | weight=0.077
=je =fakt | weight=0.077
=dopoledne =a | weight=0.077
=v =zivote | weight=0.076
=dulezity | weight=0.076
=hovor =je | weight=0.076
=nas =dulezity | weight=0.076
=vas =hovor | weight=0.076
=cekal =a | weight=0.076
=si =nas | weight=0.075
=brzy | weight=0.075
=brzy =venovat | weight=0.075
=bude =brzy | weight=0.075
=hlaska =ze | weight=0.075
=na =hlaska | weight=0.075
=operator =bude | weight=0.075
=s =technik | weight=0.074
=lidi =a | weight=0.074
=celou =hodiny | weight=0.074
=a =otevrena | weight=0.073
=minut =pak | weight=0.072
=ze =ma | weight=0.072
=zivote | weight=0.072
=tak =objednal | weight=0.072
=tvaril | weight=0.072
=tvaril =se | weight=0.072
=mel =objednal | weight=0.072
=objednal =termin | weight=0.072
=na =obed | weight=0.072
=porucha | weight=0.071
=dovolavala | weight=0.071
=u =pokladne | weight=0.070
=min =a | weight=0.070
=jidlo =a | weight=0.070
=pred =nam | weight=0.070
=radu | weight=0.069
=cekarne =skoro | weight=0.069
=v =cekaci | weight=0.069
=chatu =a | weight=0.068
=lince =snad | weight=0.068
=uz =hodiny | weight=0.067
=vtip | weight=0.067
=zavolam =zitra | weight=0.066
=venovat | weight=0.066
=na =lince | weight=0.066
=u =pultu | weight=0.066
=ze =byla | weight=0.066
=me =spojit | weight=0.066
=stale =asi | weight=0.066
=my | weight=0.065
=na =telefon | weight=0.065
=konecne =vzali | weight=0.065
=furt | weight=0.065
=v =nemocnici | weight=0.064
=stale =hodiny | weight=0.064
=jsem =dostal | weight=0.063
=jsem =sedela | weight=0.063
=jsem =dvacet | weight=0.063
=hlaska | weight=0.063
=chatu =na | weight=0.063
=napisu =e-mail | weight=0.063
=zivemu =clovek | weight=0.062
=dvacet =lidi | weight=0.062
=konecne | weight=0.062
=byla =objednal | weight=0.061
=osmou | weight=0.061
=nemocnici | weight=0.061
=rano | weight=0.061
=dvanactou =v | weight=0.061
=stale =v | weight=0.061
=snek | weight=0.061
=objednavka =vyrizuje | weight=0.060
=zivemu | weight=0.060
=dockal =jsem | weight=0.060
=se =snad | weight=0.060
=pres | weight=0.060
=pobocce =jsem | weight=0.060
=na =osmou | weight=0.059
=ukazal =ze | weight=0.059
=nechal =visi | weight=0.059
=minut =v | weight=0.058
=protvrdl | weight=0.058
=nas =objednavka | weight=0.058
=spojit =s | weight=0.058
=fronte =se | weight=0.058
=jsem =po | weight=0.058
=na =pohotovosti | weight=0.058
=pohotovosti | weight=0.058
=nam =stale | weight=0.058
=na =radu | weight=0.057
=dobu =cekal | weight=0.056
=me =cekal | weight=0.056
=v =menu | weight=0.056
=skoro =tri | weight=0.056
=ten =mi | weight=0.056
=dvacet =ve | weight=0.056
=ucha =a | weight=0.055
=tou =sam | weight=0.055
=clovek =jsem | weight=0.055
=slysel | weight=0.055
=technik =jsem | weight=0.055
=minut =jsem | weight=0.055
=hodiny =jednou | weight=0.054
=na =celou | weight=0.054
=na =kasa | weight=0.054
=ozval =zivemu | weight=0.054
=nechal =me | weight=0.054
=cekal =me | weight=0.054
=patnact | weight=0.054
=az =ke | weight=0.053
=ke =dveri | weight=0.053
=v =chatu | weight=0.053
=bezne =hodiny | weight=0.053
=obslouzeni =u | weight=0.053
=pultu =trva | weight=0.053
=trva =bezne | weight=0.053
=na =zivemu | weight=0.053
=kasa | weight=0.053
=operatorka =se | weight=0.053
=fronte =chatu | weight=0.053
=chatu =ted | weight=0.053
=obslouzeni | weight=0.052
=na =technik | weight=0.052
=jedenacti | weight=0.052
=oznamila | weight=0.052
=kam | weight=0.052
=kazdy =oddeleni | weight=0.052
=strasne | weight=0.052
=urade =jsem | weight=0.052
=nikdo =nic | weight=0.052, noneg
=jednou =blbe | weight=0.051
=kvuli =jednou | weight=0.051
=objednal =na | weight=0.051
=vyrizuje | weight=0.051
=dobry =hodiny | weight=0.051
=jednou | weight=0.051
=operator =oznamila | weight=0.051
=ta =hudba | weight=0.050
=tricet =minut | weight=0.050
=nahlasil | weight=0.050
=se =ze | weight=0.050
=okenko =otevrena | weight=0.049
=smeny =a | weight=0.049
=tam =na | weight=0.048
=vite | weight=0.048
=fakt =diky | weight=0.048
=hrozne | weight=0.048
=oznamila =ze | weight=0.047
=obsluha =si | weight=0.047
=hudba =a | weight=0.047
=porad =jen | weight=0.047
=clovek =a | weight=0.047
=nez =mi | weight=0.047
=otevrena =odchazim | weight=0.047
=prepojili | weight=0.046
=infolince =jsem | weight=0.046
=prepazky =stale | weight=0.046
=nas =vubec | weight=0.046
=otravene | weight=0.045
=patnact =minut | weight=0.045
=pres =pul | weight=0.045
=tam =porad | weight=0.045
=jenom | weight=0.045
=se =dostal | weight=0.045
=hodiny =prestoze | weight=0.045
=halo | weight=0.045
=pak | weight=0.045
=vsiml | weight=0.044
=lince =a | weight=0.044
=je =pro | weight=0.044
=tri =ctvrt | weight=0.044
=uz =pul | weight=0.044
=do =chatu | weight=0.044
=jsem =v | weight=0.044
=to =tipla | weight=0.043
=jsem =na | weight=0.043
=minut =ve | weight=0.043
=to =je | weight=0.043
=dvacet =minut | weight=0.042
=urade | weight=0.042
