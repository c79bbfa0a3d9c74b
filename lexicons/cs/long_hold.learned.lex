# long_hold, cs: learned by scripts/learn.py from 3092 tuning texts (258 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ dve hodiny. DVE HODINY. jen abych nahlasil ukradenou kartu.
+ Do ordinace se neda dovolat, v poradi jsem byl pokazde dvacaty a pak hovor spadl.
+ V čekárně u obvodní lékařky jsem s horečkou seděla tři hodiny, přestože jsem byla objednaná na osmou.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=v =porad | weight=0.469
=minut | weight=0.368
=fronte | weight=0.360
=visi | weight=0.350
=hodiny | weight=0.344
=vecnost | weight=0.315
=cekal | weight=0.309
=min | weight=0.280
=jsem =stale | weight=0.267
=nejdelsi | weight=0.256
=obsazena | weight=0.251
=na =operator | weight=0.232
=nez =se | weight=0.229
=hudba | weight=0.223
=je =sileny | weight=0.217
=ctyricet | weight=0.216
=cekaci | weight=0.215
=ve =fronte | weight=0.214
=nekonecne | weight=0.213
=sileny | weight=0.211
=pockam | weight=0.209
=ucha | weight=0.199
=dvacet | weight=0.195
=ctyricet =minut | weight=0.194
=se =dovolat | weight=0.193
=porad =obsazena | weight=0.192
=hrala | weight=0.191
=byla =porad | weight=0.188
=neslo =se | weight=0.186
=byla =nekonecne | weight=0.185
=nekonecne =dlouho | weight=0.185
=hodiny =na | weight=0.185
=pauzu | weight=0.184
=ctvrt | weight=0.184
=minut =nez | weight=0.180
=me =nechal | weight=0.180
=porad =jsem | weight=0.177
=pisnicka | weight=0.175
=sedela | weight=0.175
=otevrena | weight=0.174
=tricet | weight=0.174
=a =ctvrt | weight=0.173
=minut =cekal | weight=0.170
=celou =dopoledne | weight=0.169
=prepojeni | weight=0.166
=neslo | weight=0.163
=s =tou | weight=0.162
=nez | weight=0.162
=v =radu | weight=0.162
=pet =hodiny | weight=0.161
=lince | weight=0.160
=infolince =byla | weight=0.160
=stravil | weight=0.159
=visi =na | weight=0.159
=ozval =az | weight=0.158
=nez =to | weight=0.156
=pul =dne | weight=0.155
=chatu =jsem | weight=0.155
=dopoledne | weight=0.155
=tou | weight=0.154
=to =nekdo | weight=0.153
=celou =obchode | weight=0.153
=stale | weight=0.150
=fronte =pres | weight=0.150
=pulhodina | weight=0.149
=hotline | weight=0.148
=na =hotline | weight=0.148
=abych | weight=0.148
=ani =po | weight=0.146, noneg
=porad =a | weight=0.143
=pokladne =jsem | weight=0.142
=v =cekarne | weight=0.141
=to =vzdal | weight=0.140
=vzdal | weight=0.140
=dovolat | weight=0.140
=furt =obsazena | weight=0.139
=nekdo =zvedl | weight=0.139
=zacala | weight=0.139
=fronte =na | weight=0.139
=dostal =k | weight=0.138
=pate | weight=0.137
=pres =hodiny | weight=0.136
=dlouho | weight=0.135
=spadlo | weight=0.135
=cekarne | weight=0.134
=az =za | weight=0.133
=smycce | weight=0.133
=hodiny =jsem | weight=0.132
=dve =hodiny | weight=0.131
=pul =na | weight=0.131
=abych =nahlasil | weight=0.131
=na =spojeni | weight=0.129
=hodiny =nez | weight=0.126
=kdy | weight=0.125
=jednou =pokladne | weight=0.125
=minut =koukal | weight=0.124
=jsem =visi | weight=0.124
=kvuli =jednomu | weight=0.123
=az | weight=0.123
=skoro | weight=0.123
=u =ucha | weight=0.122
=jsem =stravil | weight=0.121
=nekdo | weight=0.121
=na =tocici | weight=0.120
=se =kolecko | weight=0.120
=tocici | weight=0.120
=tocici =se | weight=0.120
=telefon =u | weight=0.119
=zitra | weight=0.119
=jednomu | weight=0.119
=vyckaval | weight=0.119
=se =celou | weight=0.118
=to =spadlo | weight=0.118
=koukal =na | weight=0.118
=prosedel | weight=0.117
=nez =me | weight=0.117
=pres =celou | weight=0.116
=ctvrt =hodiny | weight=0.116
=telefon =jsem | weight=0.113
=jsem =u | weight=0.113
=prazdne =okna | weight=0.113
=nehnula | weight=0.112
=jen =abych | weight=0.111
=na =urade | weight=0.111
=a =pak | weight=0.111
=kolecko | weight=0.110
=petadvacet | weight=0.109
=petadvacet =minut | weight=0.109
=jsem =tam | weight=0.108
=pak =to | weight=0.107
=jsem =prosedel | weight=0.107
=prosedel =celou | weight=0.107
=chatu | weight=0.106
=spojeni | weight=0.106
=jen =ta | weight=0.105
=co =jsem | weight=0.105
=bezne | weight=0.105
=si =na | weight=0.104
=hudbicku | weight=0.103
=a =nikdo | weight=0.103, noneg
=hodiny =cekal | weight=0.103
=nikdo =to | weight=0.103, noneg
=spojeni =s | weight=0.102
=mel =telefon | weight=0.102
=dostal | weight=0.101
=prazdne | weight=0.101
=ve =vas | weight=0.101
=kazdy =prepojeni | weight=0.101
=po =kazdy | weight=0.099
=nahlasil =ukradene | weight=0.099
=ukradene =kartu | weight=0.099
=poledne | weight=0.098
=pultu | weight=0.098
=ukradene | weight=0.097
=nemohl | weight=0.097
=fakt | weight=0.097
=callcentru =me | weight=0.096
=hrozne =dlouho | weight=0.096
=v =callcentru | weight=0.096
=infolince | weight=0.096
=nechal =cekal | weight=0.096
=otevrena =jednou | weight=0.096
=u =prepazky | weight=0.095
=cekaci =smycce | weight=0.095
=poste =jsem | weight=0.094
=telefonni | weight=0.094
=jednou =okenko | weight=0.094
=se =ozval | weight=0.093
=zvedl | weight=0.093
=radu =na | weight=0.093
=cekal =mi | weight=0.093
=mi =hrala | weight=0.091
=obchode | weight=0.091
=callcentru | weight=0.090
=konecne | weight=0.090
=snad =vecnost | weight=0.090
=dockal | weight=0.090
=jsem =cekal | weight=0.089
=hodiny =i | weight=0.088
=jen =jednou | weight=0.087
=si =dela | weight=0.087
=dopoledne =furt | weight=0.087
=dovolat =celou | weight=0.087
=to =si | weight=0.087
=jsem =pul | weight=0.087
=dulezity | weight=0.086
=hovor =je | weight=0.086
=nas =dulezity | weight=0.086
=vas =hovor | weight=0.086
=telefonni =menu | weight=0.085
=snad | weight=0.085
=nechal | weight=0.085
=pul | weight=0.084
=s =operator | weight=0.084
=okna | weight=0.084
=lince =jsem | weight=0.083
=strasne =dlouho | weight=0.082
=celou =hodiny | weight=0.082
=stejne =pisnicka | weight=0.082
=jednomu =dotaz | weight=0.081
=uplynula | weight=0.080
=visi =jsem | weight=0.080
=melodie | weight=0.079
=okenko | weight=0.079
=po =hodiny | weight=0.079
=fronte =v | weight=0.078
=nejdelsi =fronte | weight=0.078
=snad =nejdelsi | weight=0.078
=cekarne =skoro | weight=0.078
=s =technik | weight=0.078
=jen =co | weight=0.078
=obed | weight=0.078
=na =obed | weight=0.077
=je =fakt | weight=0.077
=trva =to | weight=0.077
=v =cekaci | weight=0.076
=rano | weight=0.076
=na =lince | weight=0.076
=dopoledne =a | weight=0.076
=ze =ma | weight=0.076
=pres | weight=0.076
=u =pokladne | weight=0.076
=minut =na | weight=0.075
=spojit | weight=0.075
=to =zavesil | weight=0.075
=jsem =poslouchal | weight=0.075
=poslouchal | weight=0.075
=v =zivote | weight=0.074
=dockal =jsem | weight=0.074
=se =snad | weight=0.074
=chatu =a | weight=0.074
=cekal =a | weight=0.073
=lince =snad | weight=0.073
=me =cekal | weight=0.073
=me =prepojili | weight=0.073
=ubehlo | weight=0.073
=brzy | weight=0.073
=brzy =venovat | weight=0.073
=bude =brzy | weight=0.073
=hlaska =ze | weight=0.073
=na =hlaska | weight=0.073
=operator =bude | weight=0.073
=dovolavala | weight=0.072
=nekdo =ozval | weight=0.072
=vtip | weight=0.071
=min =a | weight=0.071
=si =nas | weight=0.071
=jsem =sedela | weight=0.071
=pak =dvacet | weight=0.071
=hlaska | weight=0.071
=mel =objednal | weight=0.070
=objednal =termin | weight=0.070
=dvacet =minut | weight=0.070
=uz =hodiny | weight=0.070
=nekdo =vzal | weight=0.069
=zivote | weight=0.069
=lidi =a | weight=0.069
=ze =byla | weight=0.068
=jsem =dvacet | weight=0.068
=me =spojit | weight=0.067
=byla =objednal | weight=0.066
=a =otevrena | weight=0.066
=zivemu =clovek | weight=0.066
=pobocce =jsem | weight=0.066
=nikdo =nic | weight=0.066, noneg
=stale =asi | weight=0.066
=konecne =vzal | weight=0.066
=konecne =nekdo | weight=0.066
=u =pultu | weight=0.065
=skoro =tri | weight=0.064
=ticho | weight=0.064
=radu | weight=0.063
=furt | weight=0.063
=nas =objednavka | weight=0.063
=v =nemocnici | weight=0.063
=venovat | weight=0.063
=jednou | weight=0.063
=nechal =visi | weight=0.062
=oznamila | weight=0.062
=chatu =na | weight=0.062
=dvacet =ve | weight=0.062
=zivemu | weight=0.061
=operatorka =se | weight=0.061
=prepojili | weight=0.061
=pred =nam | weight=0.061
=porucha | weight=0.060
=na =telefon | weight=0.060
=na =pohotovosti | weight=0.060
=pohotovosti | weight=0.060
=osmou | weight=0.060
=jsem =po | weight=0.060
=objednal =na | weight=0.060
=nez =si | weight=0.060
=nemocnici | weight=0.059
=spojit =s | weight=0.059
=ozval =zivemu | weight=0.059
=hodiny =a | weight=0.059
=vyrizuji | weight=0.058
=nechal =me | weight=0.058
=ve | weight=0.058
=slysel | weight=0.058
=dvacet =lidi | weight=0.057
=technik =jsem | weight=0.057
=jsem =byla | weight=0.057
=tou =sam | weight=0.057
=uz =pul | weight=0.057
=hodiny =jednou | weight=0.057
=na =celou | weight=0.057
=na =kasa | weight=0.057
=stale =hodiny | weight=0.057
=clovek =jsem | weight=0.057
=to =je | weight=0.056
=na =zivemu | weight=0.056
=hudba =a | weight=0.056
=ukazal =ze | weight=0.056
=kasa | weight=0.056
=pak =mi | weight=0.056
=urade =jsem | weight=0.056
=fronte =chatu | weight=0.056
=chatu =ted | weight=0.055
=na =radu | weight=0.055
=dobry =hodiny | weight=0.054
=dvanactou =v | weight=0.054
=stale =v | weight=0.054
=tam =na | weight=0.054
=vsiml | weight=0.054
=fronte =se | weight=0.054
=snek | weight=0.054
=je =pro | weight=0.054
=na =technik | weight=0.053
=bezne =hodiny | weight=0.053
=obslouzeni =u | weight=0.053
=pultu =trva | weight=0.053
=trva =bezne | weight=0.053
=okenko =otevrena | weight=0.053
=kazdy =oddeleni | weight=0.053
=infolince =jsem | weight=0.052
=minut =v | weight=0.052
=nam =stale | weight=0.052
=obslouzeni | weight=0.052
=minut =ve | weight=0.052
=patnact | weight=0.051
=tricet =minut | weight=0.051
=otevrena =odchazim | weight=0.051
=hodiny =ve | weight=0.051
=oznamila =ze | weight=0.050
=minut =pak | weight=0.050
=v =menu | weight=0.050
=napisu =e-mail | weight=0.050
=se =dostal | weight=0.050
=protvrdl | weight=0.050
=kam | weight=0.049
=na =osmou | weight=0.049
=patnact =minut | weight=0.049
=zavolam =zitra | weight=0.049
=tri =ctvrt | weight=0.049
=porad =jen | weight=0.049
=ta =hudba | weight=0.049
=jsem =na | weight=0.049
=jedenacti | weight=0.048
=ucha =a | weight=0.048
=operator =oznamila | weight=0.048
=dve =a | weight=0.047
=az =ke | weight=0.047
=ke =dveri | weight=0.047
=nahlasil | weight=0.047
=strasne | weight=0.047
=jsem =v | weight=0.047
=servisu =jsem | weight=0.046
=telefonicky | weight=0.046
=jsem =mezi | weight=0.046
=dobu =cekal | weight=0.045
=obsluha =si | weight=0.045
=nepohnulo | weight=0.045
=ten =mi | weight=0.045
=kasa =ctvrt | weight=0.044
=smeny =a | weight=0.044
=pres =pul | weight=0.043
=za =pul | weight=0.043
=halo | weight=0.043
=hrozne | weight=0.043
=vydejniho | weight=0.043
=jenom | weight=0.043
=v =chatu | weight=0.042
=mi =to | weight=0.042
=visi =v | weight=0.042
=prestoze =jsem | weight=0.042
=cekal =uz | weight=0.041
=urade | weight=0.041
=minut =jsem | weight=0.041
=drza =telefon | weight=0.040
=jednou =blbe | weight=0.040
=kvuli =jednou | weight=0.040
=tam =cekal | weight=0.040
=az =po | weight=0.040
=razitko | weight=0.040
=nekdo =vsiml | weight=0.040
=nez =mi | weight=0.040
=jsem =mel | weight=0.039
=dveri | weight=0.039
