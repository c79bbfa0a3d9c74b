# long_hold, cs: learned by scripts/learn.py from 3307 tuning texts (261 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ dve hodiny. DVE HODINY. jen abych nahlasil ukradenou kartu.
+ Do ordinace se neda dovolat, v poradi jsem byl pokazde dvacaty a pak hovor spadl.
+ V čekárně u obvodní lékařky jsem s horečkou seděla tři hodiny, přestože jsem byla objednaná na osmou.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=v =porad | weight=0.460
=minut | weight=0.376
=hodiny | weight=0.349
=fronte | weight=0.348
=visi | weight=0.343
=vecnost | weight=0.316
=cekal | weight=0.306
=min | weight=0.284
=jsem =stale | weight=0.268
=nejdelsi | weight=0.256
=obsazena | weight=0.254
=na =operator | weight=0.234
=nez =se | weight=0.227
=hudba | weight=0.224
=pockam | weight=0.222
=ctyricet | weight=0.215
=je =sileny | weight=0.212
=nekonecne | weight=0.208
=sileny | weight=0.207
=cekaci | weight=0.203
=porad =obsazena | weight=0.194
=a =ctvrt | weight=0.194
=hodiny =na | weight=0.193
=ve =fronte | weight=0.191
=hrala | weight=0.189
=byla =porad | weight=0.188
=se =dovolat | weight=0.187
=ctyricet =minut | weight=0.187
=ucha | weight=0.185
=dvacet | weight=0.183
=ctvrt | weight=0.183
=neslo =se | weight=0.183
=byla =nekonecne | weight=0.180
=nekonecne =dlouho | weight=0.180
=pisnicka | weight=0.179
=pauzu | weight=0.177
=porad =jsem | weight=0.174
=tricet | weight=0.174
=otevrena | weight=0.173
=prepojeni | weight=0.173
=me =nechal | weight=0.172
=minut =nez | weight=0.168
=sedela | weight=0.167
=visi =na | weight=0.166
=celou =dopoledne | weight=0.165
=stravil | weight=0.163
=infolince =byla | weight=0.161
=minut =cekal | weight=0.160
=to =nekdo | weight=0.159
=neslo | weight=0.159
=celou =obchode | weight=0.158
=s =tou | weight=0.158
=v =radu | weight=0.157
=pulhodina | weight=0.157
=chatu =jsem | weight=0.155
=fronte =pres | weight=0.155
=pul =dne | weight=0.155
=lince | weight=0.154
=hotline | weight=0.152
=na =hotline | weight=0.152
=tou | weight=0.151
=pet =hodiny | weight=0.149
=nekdo =zvedl | weight=0.149
=ozval =az | weight=0.149
=nez | weight=0.148
=pres =hodiny | weight=0.147
=se =ani | weight=0.146, noneg
=dopoledne | weight=0.146
=v =cekarne | weight=0.145
=rezervaci | weight=0.144
=dostal | weight=0.144
=porad =a | weight=0.143
=spadl | weight=0.143
=hodiny =nez | weight=0.142
=nez =to | weight=0.142
=smycce | weight=0.140
=abych | weight=0.140
=cekarne | weight=0.139
=pate | weight=0.136
=na =spojeni | weight=0.136
=jednou =pokladne | weight=0.135
=dovolat | weight=0.134
=furt =obsazena | weight=0.134
=dostal =k | weight=0.133
=stul | weight=0.133
=stale | weight=0.132
=abych =nahlasil | weight=0.131
=pokladne =jsem | weight=0.131
=zacala | weight=0.131
=dlouho | weight=0.131
=kdy | weight=0.130
=nez =me | weight=0.130
=ani =po | weight=0.129, noneg
=jsem =stravil | weight=0.129
=pul =na | weight=0.129
=dve =hodiny | weight=0.128
=az =za | weight=0.128
=a =nikdo | weight=0.127, noneg
=kvuli =jednomu | weight=0.126
=minut =koukal | weight=0.126
=jednomu | weight=0.123
=to =vzdal | weight=0.122
=vzdal | weight=0.122
=pres =celou | weight=0.121
=to =spadl | weight=0.121
=jsem =visi | weight=0.121
=vyckaval | weight=0.120
=koukal =na | weight=0.120
=se =celou | weight=0.117
=fronte =na | weight=0.116
=na =tocici | weight=0.116
=se =kolecko | weight=0.116
=tocici | weight=0.116
=tocici =se | weight=0.116
=nehnula | weight=0.116
=prazdne =okna | weight=0.116
=spojeni | weight=0.114
=skoro | weight=0.114
=prosedel | weight=0.114
=nekdo | weight=0.112
=ani =neomluvil | weight=0.112, noneg
=pak =to | weight=0.111
=jsem =tam | weight=0.111
=jsem =u | weight=0.111
=jen =abych | weight=0.111
=kolecko | weight=0.111
=zitra | weight=0.110
=u =ucha | weight=0.110
=az | weight=0.110
=petadvacet | weight=0.109
=petadvacet =minut | weight=0.109
=se =ozval | weight=0.109
=si =na | weight=0.109
=otevrena =jednou | weight=0.109
=na =urade | weight=0.108
=telefon =u | weight=0.107
=jsem =prosedel | weight=0.106
=prosedel =celou | weight=0.106
=telefon =jsem | weight=0.106
=zvedl | weight=0.106
=pul | weight=0.104
=ctvrt =hodiny | weight=0.103
=hodiny =cekal | weight=0.102
=pultu | weight=0.102
=ve =vas | weight=0.102
=spojeni =s | weight=0.102
=co =jsem | weight=0.102
=jen =ta | weight=0.100
=callcentru =me | weight=0.100
=hrozne =dlouho | weight=0.100
=v =callcentru | weight=0.100
=mel =telefon | weight=0.100
=hudbicku | weight=0.100
=nikdo =to | weight=0.100, noneg
=hodiny =jsem | weight=0.100
=ve | weight=0.100
=u =prepazky | weight=0.099
=prazdne | weight=0.098
=nahlasil =ukradene | weight=0.098
=ukradene =kartu | weight=0.098
=jednou =okenko | weight=0.098
=hodiny =pak | weight=0.097
=cekal =mi | weight=0.096
=jsem =poslouchal | weight=0.096
=poslouchal | weight=0.096
=fakt | weight=0.096
=bezne | weight=0.096
=cekaci =smycce | weight=0.095
=callcentru | weight=0.094
=poledne | weight=0.094
=ukradene | weight=0.094
=telefonni | weight=0.094
=nechal =cekal | weight=0.093
=kazdy =prepojeni | weight=0.092
=nekdo =vzal | weight=0.092
=snad | weight=0.092
=chatu | weight=0.091
=po =kazdy | weight=0.091
=poste =jsem | weight=0.091
=jednomu =dotaz | weight=0.091
=nemohl | weight=0.090
=lince =jsem | weight=0.090
=infolince | weight=0.089
=trva =to | weight=0.088
=snad =vecnost | weight=0.088
=minut =na | weight=0.088
=visi =jsem | weight=0.087
=strasne =dlouho | weight=0.087
=s =operator | weight=0.087
=pak =dvacet | weight=0.087
=telefonni =menu | weight=0.087
=spojit | weight=0.087
=to =si | weight=0.086
=hodiny =i | weight=0.086
=obchode | weight=0.086
=me =prepojili | weight=0.086
=dopoledne =furt | weight=0.086
=dovolat =celou | weight=0.086
=to =zavesil | weight=0.085
=dockal | weight=0.085
=melodie | weight=0.085
=jsem =cekal | weight=0.085
=radu =na | weight=0.085
=uz =hodiny | weight=0.084
=jsem =pul | weight=0.083
=a =pak | weight=0.083
=stejne =pisnicka | weight=0.083
=si =nas | weight=0.082
=dulezity | weight=0.082
=hovor =je | weight=0.082
=nas =dulezity | weight=0.082
=vas =hovor | weight=0.082
=fronte =v | weight=0.082
=nejdelsi =fronte | weight=0.082
=snad =nejdelsi | weight=0.082
=min =a | weight=0.081
=ubehlo | weight=0.080
=uplynula | weight=0.080
=si =dela | weight=0.080
=mi =hrala | weight=0.080
=okna | weight=0.079
=jen =co | weight=0.079
=jsem =sedela | weight=0.078
=okenko | weight=0.078
=cekarne =skoro | weight=0.078
=v =zivote | weight=0.078
=jen =jednou | weight=0.077
=celou =hodiny | weight=0.076
=nechal | weight=0.076
=lidi =a | weight=0.075
=na =telefon | weight=0.075
=s =technik | weight=0.075
=mel =objednal | weight=0.074
=objednal =termin | weight=0.074
=na =obed | weight=0.074
=ticho | weight=0.074
=brzy | weight=0.074
=brzy =venovat | weight=0.074
=bude =brzy | weight=0.074
=hlaska =ze | weight=0.074
=na =hlaska | weight=0.074
=operator =bude | weight=0.074
=ze =ma | weight=0.074
=dopoledne =a | weight=0.074
=cekal =a | weight=0.073
=zivote | weight=0.073
=u =pokladne | weight=0.072
=porucha | weight=0.072
=je =fakt | weight=0.072
=obed | weight=0.072
=ze =byla | weight=0.070
=dovolavala | weight=0.069
=a =otevrena | weight=0.069
=tak =objednal | weight=0.069
=tvaril | weight=0.069
=tvaril =se | weight=0.069
=v =cekaci | weight=0.068
=zivemu | weight=0.067
=jidlo =a | weight=0.067
=vtip | weight=0.066
=my | weight=0.066
=minut =v | weight=0.066
=chatu =a | weight=0.066
=me =spojit | weight=0.065
=hlaska | weight=0.065
=lince =snad | weight=0.065
=me =cekal | weight=0.065
=venovat | weight=0.065
=prepojili | weight=0.064
=pred =nam | weight=0.064
=jsem =dvacet | weight=0.064
=stale =asi | weight=0.064
=dockal =jsem | weight=0.064
=se =snad | weight=0.064
=pobocce =jsem | weight=0.064
=u =pultu | weight=0.063
=jsem =dostal | weight=0.063
=rano | weight=0.063
=zivemu =clovek | weight=0.063
=napisu =e-mail | weight=0.062
=v =nemocnici | weight=0.062
=stale =hodiny | weight=0.062
=jsem =po | weight=0.062
=minut =jsem | weight=0.062
=oznamila | weight=0.062
=nechal =visi | weight=0.062
=na =lince | weight=0.061
=dvacet =ve | weight=0.061
=na =pohotovosti | weight=0.061
=pohotovosti | weight=0.061
=konecne =vzal | weight=0.061
=radu | weight=0.061
=stale =v | weight=0.061
=nemocnici | weight=0.060
=chatu =na | weight=0.060
=dvacet =lidi | weight=0.059
=hodiny =jednou | weight=0.059
=na =celou | weight=0.059
=na =kasa | weight=0.059
=slysel | weight=0.058
=se =ze | weight=0.058
=osmou | weight=0.058
=tou =sam | weight=0.058
=nez =mi | weight=0.058
=objednavka =vyrizuje | weight=0.058
=oznamila =ze | weight=0.058
=dvanactou =v | weight=0.058
=snek | weight=0.057
=ukazal =ze | weight=0.057
=fronte =chatu | weight=0.057
=nas =objednavka | weight=0.057
=kasa | weight=0.057
=urade =jsem | weight=0.057
=jsem =byla | weight=0.057
=ten =mi | weight=0.057
=na =radu | weight=0.056
=okenko =otevrena | weight=0.056
=nez =si | weight=0.056
=spojit =s | weight=0.056
=pak =me | weight=0.056
=byla =objednal | weight=0.056
=minut =pak | weight=0.055
=jedenacti | weight=0.055
=pres | weight=0.054
=nikdo =nic | weight=0.054, noneg
=v =menu | weight=0.054
=patnact | weight=0.054
=furt | weight=0.054
=clovek =jsem | weight=0.054
=kam | weight=0.054
=technik =jsem | weight=0.054
=konecne | weight=0.054
=fronte =se | weight=0.054
=na =osmou | weight=0.054
=az =ke | weight=0.053
=ke =dveri | weight=0.053
=tricet =minut | weight=0.053
=nam =stale | weight=0.053
=jednou | weight=0.053
=kazdy =oddeleni | weight=0.052
=strasne | weight=0.052
=otevrena =odchazim | weight=0.052
=visi =v | weight=0.052
=na =technik | weight=0.052
=ta =hudba | weight=0.052
=skoro =tri | weight=0.052
=ozval =zivemu | weight=0.051
=jsem =na | weight=0.051
=mi =to | weight=0.051
=vsiml | weight=0.051
=fakt =diky | weight=0.051
=hodiny =a | weight=0.051
=operatorka =se | weight=0.051
=bezne =hodiny | weight=0.051
=obslouzeni =u | weight=0.051
=pultu =trva | weight=0.051
=trva =bezne | weight=0.051
=hudba =a | weight=0.051
=se =dostal | weight=0.050
=chatu =ted | weight=0.050
=na =zivemu | weight=0.050
=hrozne | weight=0.050
=nechal =me | weight=0.050
=vyrizuje | weight=0.049
=zavolam =zitra | weight=0.049
=dobry =hodiny | weight=0.049
=obslouzeni | weight=0.049
=tam =na | weight=0.049
=vite | weight=0.049
=nahlasil | weight=0.049
=tam =cekal | weight=0.049
=patnact =minut | weight=0.048
=clovek =a | weight=0.048
=protvrdl | weight=0.048
=cekal =se | weight=0.048
=sam =pisnicka | weight=0.048
=obsluha =si | weight=0.048
=je =pro | weight=0.048
=v =chatu | weight=0.047
=objednal =na | weight=0.047
=ti | weight=0.047
=uz =pul | weight=0.047
=do =chatu | weight=0.046
=pojistovny | weight=0.046
=cekal =sem | weight=0.046
=sem =na | weight=0.046
=halo | weight=0.045
=cekal =me | weight=0.045
=to =je | weight=0.044
=minut =ve | weight=0.044
=porad =jen | weight=0.044
=poslali =odkaz | weight=0.043
=jednou =blbe | weight=0.043
=kvuli =jednou | weight=0.043
=po =hodiny | weight=0.043
=si =s | weight=0.043
=infolince =jsem | weight=0.043
=skoro =hodiny | weight=0.042
=operator =oznamila | weight=0.042
=dobu =cekal | weight=0.042
