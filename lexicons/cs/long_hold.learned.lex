# long_hold, cs: learned by scripts/learn.py from 3747 tuning texts (269 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ dve hodiny. DVE HODINY. jen abych nahlasil ukradenou kartu.
+ Do ordinace se neda dovolat, v poradi jsem byl pokazde dvacaty a pak hovor spadl.
+ V čekárně u obvodní lékařky jsem s horečkou seděla tři hodiny, přestože jsem byla objednaná na osmou.
- ok dekuju
- super, doporucuju
=v =porad | weight=0.475
=hodiny | weight=0.374
=minut | weight=0.368
=fronte | weight=0.355
=visi | weight=0.339
=vecnost | weight=0.326
=cekal | weight=0.308
=min | weight=0.275
=jsem =stale | weight=0.271
=nejdelsi | weight=0.254
=obsazena | weight=0.251
=nez =se | weight=0.244
=na =operator | weight=0.232
=hudba | weight=0.230
=ve =fronte | weight=0.225
=pockam | weight=0.216
=ctyricet | weight=0.214
=nekonecne | weight=0.213
=je =sileny | weight=0.212
=cekaci | weight=0.208
=sileny | weight=0.206
=porad =obsazena | weight=0.196
=hodiny =na | weight=0.194
=ctvrt | weight=0.193
=byla =porad | weight=0.192
=hrala | weight=0.191
=ctyricet =minut | weight=0.189
=ucha | weight=0.187
=byla =nekonecne | weight=0.186
=nekonecne =dlouho | weight=0.186
=tricet | weight=0.184
=pauzu | weight=0.184
=neslo =se | weight=0.184
=me =nechal | weight=0.183
=minut =nez | weight=0.179
=dvacet | weight=0.179
=a =ctvrt | weight=0.178
=se =dovolat | weight=0.177
=porad =jsem | weight=0.177
=pet =hodiny | weight=0.176
=prepojeni | weight=0.174
=visi =na | weight=0.173
=stravil | weight=0.170
=minut =cekal | weight=0.168
=chatu =jsem | weight=0.166
=otevrena | weight=0.164
=pisnicka | weight=0.163
=celou =dopoledne | weight=0.163
=sedela | weight=0.162
=pulhodina | weight=0.162
=nez =to | weight=0.161
=celou =obchode | weight=0.161
=infolince =byla | weight=0.160
=v =radu | weight=0.158
=abych | weight=0.158
=s =tou | weight=0.157
=pul =dne | weight=0.156
=se =ani | weight=0.156, noneg
=to =vzdal | weight=0.155
=fronte =pres | weight=0.155
=ozval =az | weight=0.154
=hodiny =nez | weight=0.153
=rezervaci | weight=0.152
=tou | weight=0.151
=dlouho | weight=0.148
=dopoledne | weight=0.148
=dovolat | weight=0.148
=smycce | weight=0.147
=stul | weight=0.147
=v =cekarne | weight=0.147
=spadl | weight=0.146
=to =nekdo | weight=0.146
=nez | weight=0.146
=dostal =k | weight=0.146
=hotline | weight=0.146
=na =hotline | weight=0.146
=nekdo =zvedl | weight=0.146
=ani =po | weight=0.145, noneg
=pres =hodiny | weight=0.144
=cekarne | weight=0.140
=na =spojeni | weight=0.139
=az =za | weight=0.138
=pate | weight=0.138
=abych =nahlasil | weight=0.137
=lince | weight=0.136
=stale | weight=0.136
=fronte =na | weight=0.133
=minut =na | weight=0.133
=jsem =visi | weight=0.133
=pokladne =jsem | weight=0.132
=nez =me | weight=0.131
=furt =obsazena | weight=0.130
=ani =neomluvil | weight=0.126, noneg
=pul =na | weight=0.124
=jednou =pokladne | weight=0.124
=ctvrt =hodiny | weight=0.123
=kvuli =jednomu | weight=0.123
=minut =koukal | weight=0.122
=porad =a | weight=0.122
=zacala | weight=0.122
=jsem =stravil | weight=0.122
=vyckaval | weight=0.120
=prosedel | weight=0.120
=u =ucha | weight=0.119
=jen =abych | weight=0.119
=jednomu | weight=0.119
=pres =celou | weight=0.119
=koukal =na | weight=0.119
=nikdo =to | weight=0.118, noneg
=neslo | weight=0.118
=hodiny =jsem | weight=0.118
=skoro | weight=0.118
=telefon =u | weight=0.117
=chatu | weight=0.117
=prazdne =okna | weight=0.116
=lince =jsem | weight=0.115
=petadvacet | weight=0.115
=petadvacet =minut | weight=0.115
=na =tocici | weight=0.114
=se =kolecko | weight=0.114
=tocici | weight=0.114
=tocici =se | weight=0.114
=to =spadl | weight=0.113
=dostal | weight=0.113
=jsem =prosedel | weight=0.113
=prosedel =celou | weight=0.113
=nehnula | weight=0.112
=kdy | weight=0.111
=se =celou | weight=0.111
=jsem =tam | weight=0.110
=zvedl | weight=0.109
=u =prepazky | weight=0.109
=snad | weight=0.109
=telefon =jsem | weight=0.108
=otevrena =jednou | weight=0.108
=kolecko | weight=0.108
=bezne | weight=0.108
=si =na | weight=0.108
=telefonni | weight=0.108
=hodiny =cekal | weight=0.108
=nemohl | weight=0.108
=nahlasil =ukradene | weight=0.107
=ukradene =kartu | weight=0.107
=na =urade | weight=0.106
=hodiny =pak | weight=0.106
=pultu | weight=0.105
=zitra | weight=0.105
=pak =to | weight=0.105
=ukradene | weight=0.104
=prazdne | weight=0.104
=jednou =okenko | weight=0.104
=pul | weight=0.102
=ve =vas | weight=0.102
=mel =telefon | weight=0.101
=kazdy =prepojeni | weight=0.101
=poste =jsem | weight=0.100
=po =kazdy | weight=0.099
=co =jsem | weight=0.099
=callcentru =me | weight=0.098
=hrozne =dlouho | weight=0.098
=v =callcentru | weight=0.098
=spojeni | weight=0.097
=uplynula | weight=0.095
=cekal =mi | weight=0.095
=jen =ta | weight=0.095
=si =nas | weight=0.095
=hudbicku | weight=0.094
=se =ozval | weight=0.094
=pojistovny =cekal | weight=0.094
=melodie | weight=0.093
=telefonni =menu | weight=0.093
=minut =pak | weight=0.092
=jednomu =dotaz | weight=0.092
=nekdo | weight=0.092
=callcentru | weight=0.091
=radu =na | weight=0.090
=cekaci =smycce | weight=0.090
=ve | weight=0.089
=nekdo =vzal | weight=0.089
=okenko | weight=0.089
=poledne | weight=0.089
=snad =vecnost | weight=0.089
=s =operator | weight=0.088
=jsem =dostal | weight=0.088
=pak =dvacet | weight=0.088
=hodiny =i | weight=0.088
=spojeni =s | weight=0.088
=dulezity | weight=0.087
=hovor =je | weight=0.087
=nas =dulezity | weight=0.087
=vas =hovor | weight=0.087
=trva =to | weight=0.087
=nechal =cekal | weight=0.086
=a =pak | weight=0.086
=minut =v | weight=0.086
=dve =hodiny | weight=0.086
=visi =jsem | weight=0.086
=mi =hrala | weight=0.085
=to =si | weight=0.085
=ubehlo | weight=0.085
=strasne =dlouho | weight=0.085
=jsem =u | weight=0.085
=spojit | weight=0.085
=jsem =pul | weight=0.084
=a =nikdo | weight=0.083, noneg
=jsem =poslouchal | weight=0.083
=poslouchal | weight=0.083
=fakt | weight=0.083
=cekal =a | weight=0.083
=stejne =pisnicka | weight=0.082
=az | weight=0.082
=dopoledne =furt | weight=0.082
=dovolat =celou | weight=0.082
=jen =jednou | weight=0.081
=mi =to | weight=0.081
=dockal | weight=0.081
=ticho | weight=0.080
=na =lince | weight=0.079
=jsem =cekal | weight=0.079
=s =technik | weight=0.079
=uz =hodiny | weight=0.079
=na =telefon | weight=0.078
=cekarne =skoro | weight=0.078
=zivemu | weight=0.077
=je =fakt | weight=0.077
=fronte =v | weight=0.077
=nejdelsi =fronte | weight=0.077
=snad =nejdelsi | weight=0.077
=jen =co | weight=0.077
=lidi =a | weight=0.076
=minut =jsem | weight=0.075
=ze =ma | weight=0.075
=mel =objednal | weight=0.075
=objednal =termin | weight=0.075
=dopoledne =a | weight=0.075
=obchode | weight=0.074
=v =zivote | weight=0.074
=dovolavala | weight=0.074
=vtip | weight=0.074
=infolince | weight=0.073
=konecne | weight=0.073
=v =cekaci | weight=0.073
=brzy | weight=0.073
=brzy =venovat | weight=0.073
=bude =brzy | weight=0.073
=hlaska =ze | weight=0.073
=na =hlaska | weight=0.073
=operator =bude | weight=0.073
=a =otevrena | weight=0.072
=rano | weight=0.072
=stale =asi | weight=0.071
=zivemu =clovek | weight=0.071
=pred =nam | weight=0.071
=chatu =a | weight=0.070
=celou =hodiny | weight=0.070
=zivote | weight=0.070
=si =delat | weight=0.070
=osmou | weight=0.069
=u =pokladne | weight=0.068
=tak =objednal | weight=0.068
=dockal =jsem | weight=0.068
=se =snad | weight=0.068
=hlaska | weight=0.068
=nechal =visi | weight=0.068
=lince =snad | weight=0.067
=minut =ve | weight=0.067
=jidlo =a | weight=0.067
=venovat | weight=0.066
=a =tvaril | weight=0.066
=tvaril | weight=0.066
=tvaril =se | weight=0.066
=stale =hodiny | weight=0.065
=ze =byla | weight=0.065
=objednavka =vyrizuje | weight=0.064
=operatorka =se | weight=0.064
=okna | weight=0.064
=nas =objednavka | weight=0.064
=me =prepojili | weight=0.063
=my | weight=0.063
=jsem =dvacet | weight=0.063
=jsem =po | weight=0.063
=pobocce =jsem | weight=0.063
=technik =jsem | weight=0.063
=prinesl | weight=0.062
=slysel | weight=0.062
=nechal | weight=0.062
=tou =sam | weight=0.062
=ozval =zivemu | weight=0.062
=nez =si | weight=0.062
=pres | weight=0.062
=to =zavesil | weight=0.062
=v =nemocnici | weight=0.061
=ukazal =ze | weight=0.061
=konecne =vzal | weight=0.061
=byla =objednal | weight=0.061
=u =pultu | weight=0.061
=dvacet =ve | weight=0.061
=zavolam =zitra | weight=0.060
=chatu =na | weight=0.060
=na =technik | weight=0.060
=dobry =hodiny | weight=0.060
=min =a | weight=0.060
=kazdy =oddeleni | weight=0.060
=tam =na | weight=0.060
=vite | weight=0.060
=na =radu | weight=0.060
=me =spojit | weight=0.059
=dvacet =lidi | weight=0.059
=nemocnici | weight=0.059
=nechal =me | weight=0.059
=jsem =sedela | weight=0.059
=stale =v | weight=0.059
=na =osmou | weight=0.059
=ti | weight=0.058
=napisu =e-mail | weight=0.058
=kam | weight=0.058
=na =pohotovosti | weight=0.058
=pohotovosti | weight=0.058
=clovek =jsem | weight=0.058
=dvanactou =v | weight=0.058
=snek | weight=0.057
=radu | weight=0.057
=fronte =se | weight=0.057
=patnact | weight=0.057
=urade =jsem | weight=0.057
=vyrizuje | weight=0.057
=na =zivemu | weight=0.056
=tri =ctvrt | weight=0.056
=nam =stale | weight=0.056
=bezne =hodiny | weight=0.055
=obslouzeni =u | weight=0.055
=pultu =trva | weight=0.055
=trva =bezne | weight=0.055
=to =polozil | weight=0.055
=jedenacti | weight=0.055
=fronte =chatu | weight=0.055
=hodiny =jednou | weight=0.055
=na =celou | weight=0.055
=na =kasa | weight=0.055
=chatu =ted | weight=0.055
=se =dostal | weight=0.055
=protvrdl | weight=0.055
=obsluha =si | weight=0.054
=nikdo =nic | weight=0.054, noneg
=fakt =diky | weight=0.054
=az =ke | weight=0.054
=ke =dvere | weight=0.054
=obslouzeni | weight=0.054
=ten =mi | weight=0.054
=lince =a | weight=0.053
=az =po | weight=0.053
=to =tipla | weight=0.053
=objednal =na | weight=0.053
=spojit =s | weight=0.052
=je =pro | weight=0.052
=okenko =otevrena | weight=0.052
=halo | weight=0.052
=skoro =tri | weight=0.052
=hovor =spadl | weight=0.052
=tricet =minut | weight=0.051
=tipla | weight=0.051
=urade | weight=0.051
=hudba =a | weight=0.051
=v =menu | weight=0.051
=prepazky =stale | weight=0.051
=otevrena =odchazim | weight=0.050
=infolince =jsem | weight=0.050
=telefonicky | weight=0.050
=jenom | weight=0.050
=furt | weight=0.049
=oznamila | weight=0.049
=me =cekal | weight=0.049
=patnact =minut | weight=0.049
=jednou =blbe | weight=0.049
=kvuli =jednou | weight=0.049
=operator =oznamila | weight=0.048
=ta =hudba | weight=0.048
=hrozne | weight=0.048
=hodiny =ve | weight=0.048
=tady =horakova | weight=0.047
=ozval =operator | weight=0.047
=v =chatu | weight=0.047
=vydejniho | weight=0.047
=minut =jen | weight=0.047
=kasa | weight=0.046
=hodiny =prestoze | weight=0.046
=do =chatu | weight=0.046
=smeny =a | weight=0.046
=clovek =a | weight=0.045
=oznamila =ze | weight=0.045
=lince =to | weight=0.045
=menu | weight=0.045
=obed | weight=0.044
=nez =mi | weight=0.044
=na =letisti | weight=0.044
=pak =mi | weight=0.044
=vsiml | weight=0.043
=po =hodiny | weight=0.043
=prepojili | weight=0.043
=porad =jen | weight=0.043
