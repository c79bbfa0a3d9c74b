# long_hold, cs: learned by scripts/learn.py from 2812 tuning texts (228 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ dve hodiny. DVE HODINY. jen abych nahlasil ukradenou kartu.
+ v rade na poste jsem stal 40 min
+ na lince jsme byli nekonecne dlouho
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=v =porad | weight=0.450
=minut | weight=0.405
=hodiny | weight=0.372
=fronte | weight=0.360
=visi | weight=0.327
=vecnost | weight=0.327
=obsazena | weight=0.304
=cekal | weight=0.291
=min | weight=0.290
=jsem =stale | weight=0.269
=nejdelsi | weight=0.259
=dvacet | weight=0.238
=se =dovolat | weight=0.236
=na =operator | weight=0.236
=hudba | weight=0.234
=nez =se | weight=0.231
=je =sileny | weight=0.218
=ctyricet | weight=0.217
=ve =fronte | weight=0.212
=ctvrt | weight=0.210
=sileny | weight=0.208
=cekaci | weight=0.206
=nekonecne | weight=0.204
=ucha | weight=0.203
=pet =hodiny | weight=0.196
=hodiny =na | weight=0.195
=prepojeni | weight=0.189
=ctyricet =minut | weight=0.188
=porad =obsazena | weight=0.187
=nez | weight=0.187
=hrala | weight=0.183
=byla =porad | weight=0.182
=tricet | weight=0.181
=neslo =se | weight=0.179
=pisnicka | weight=0.177
=minut =nez | weight=0.177
=pauzu | weight=0.177
=me =nechali | weight=0.177
=pockam | weight=0.176
=v =radu | weight=0.176
=jsem =tam | weight=0.175
=a =ctvrt | weight=0.174
=minut =cekal | weight=0.173
=byla =nekonecne | weight=0.171
=nekonecne =dlouho | weight=0.171
=dovolat | weight=0.170
=visi =na | weight=0.169
=otevrena | weight=0.168
=stravil | weight=0.166
=dostal =k | weight=0.163
=sedela | weight=0.162
=s =tou | weight=0.159
=ozval =az | weight=0.159
=pul =dne | weight=0.159
=hotline | weight=0.159
=na =hotline | weight=0.159
=lince | weight=0.159
=porad =jsem | weight=0.155
=chatu =jsem | weight=0.155
=celou =dopoledne | weight=0.155
=to =nekdo | weight=0.154
=neslo | weight=0.154
=pate | weight=0.154
=nez =to | weight=0.153
=tou | weight=0.153
=porad =a | weight=0.153
=infolince =byla | weight=0.153
=abych | weight=0.151
=pulhodina | weight=0.150
=fronte =pres | weight=0.149
=stale | weight=0.148
=nekdo =zvedl | weight=0.146
=v =cekarne | weight=0.146
=celou =obchode | weight=0.145
=zacala | weight=0.143
=cekarne | weight=0.142
=dvacet =minut | weight=0.139
=jsem =visi | weight=0.138
=pokladne =jsem | weight=0.137
=pres =hodiny | weight=0.135
=na =spojeni | weight=0.135
=kdy | weight=0.134
=spadlo | weight=0.133
=to =spadlo | weight=0.133
=dopoledne | weight=0.133
=ani =po | weight=0.133, noneg
=az =za | weight=0.132
=abych =nahlasil | weight=0.131
=hodiny =nez | weight=0.131
=fronte =na | weight=0.130
=jsem =stravil | weight=0.129
=pul =na | weight=0.128
=furt =obsazena | weight=0.127
=nekdo | weight=0.127
=ctvrt =hodiny | weight=0.127
=se =celou | weight=0.127
=hodiny =jsem | weight=0.126
=nez =me | weight=0.125
=smycce | weight=0.125
=jednou =pokladne | weight=0.124
=to =vzdal | weight=0.123
=vzdal | weight=0.123
=dlouho | weight=0.122
=minut =koukal | weight=0.122
=na =tocici | weight=0.122
=se =kolecko | weight=0.122
=tocici | weight=0.122
=tocici =se | weight=0.122
=prosedel | weight=0.120
=nehnula | weight=0.119
=pak =to | weight=0.118
=vyckaval | weight=0.117
=jen =abych | weight=0.116
=pres =celou | weight=0.115
=koukal =na | weight=0.115
=jsem =prosedel | weight=0.114
=prosedel =celou | weight=0.114
=dve =hodiny | weight=0.113
=kazdy =prepojeni | weight=0.113
=po =kazdy | weight=0.113
=u =ucha | weight=0.113
=co =jsem | weight=0.112
=prazdne =okna | weight=0.112
=okna | weight=0.111
=skoro | weight=0.111
=telefon =u | weight=0.110
=petadvacet | weight=0.110
=petadvacet =minut | weight=0.110
=spojeni | weight=0.109
=bezne | weight=0.108
=callcentru =me | weight=0.108
=hrozne =dlouho | weight=0.108
=v =callcentru | weight=0.108
=jen =jednou | weight=0.107
=to =si | weight=0.107
=si =na | weight=0.107
=a =pak | weight=0.107
=ve =vas | weight=0.107
=nemohl | weight=0.106
=telefon =jsem | weight=0.106
=kolecko | weight=0.105
=se =ozval | weight=0.105
=hodiny =i | weight=0.105
=az | weight=0.105
=jsem =u | weight=0.104
=jednou =okenko | weight=0.103
=spojeni =s | weight=0.103
=zitra | weight=0.102
=callcentru | weight=0.101
=jednomu | weight=0.101
=jednomu =dotaz | weight=0.101
=kvuli =jednomu | weight=0.101
=hodiny =cekal | weight=0.098
=hudbicku | weight=0.098
=mel =telefon | weight=0.098
=nahlasil =ukradene | weight=0.098
=ukradene =kartu | weight=0.098
=nikdo =to | weight=0.098, noneg
=chatu | weight=0.098
=telefonni | weight=0.097
=prazdne | weight=0.097
=melodie | weight=0.097
=jen =ta | weight=0.097
=jsem =cekal | weight=0.097
=poste =jsem | weight=0.097
=otevrena =jednou | weight=0.096
=lince =jsem | weight=0.096
=strasne =dlouho | weight=0.095
=fakt | weight=0.095
=okenko | weight=0.095
=pul | weight=0.093
=poledne | weight=0.093
=mi =hrala | weight=0.093
=stejne =pisnicka | weight=0.093
=cekal =mi | weight=0.092
=ukradene | weight=0.091
=zvedl | weight=0.090
=dostal | weight=0.089
=radu =na | weight=0.089
=pobocce =jsem | weight=0.089
=jsem =pul | weight=0.088
=me =prepojili | weight=0.088
=nechali =cekal | weight=0.088
=jsem =byla | weight=0.088
=infolince | weight=0.088
=telefonni =menu | weight=0.087
=dulezity | weight=0.087
=hovor =je | weight=0.087
=nas =dulezity | weight=0.087
=vas =hovor | weight=0.087
=chatu =a | weight=0.086
=a =nikdo | weight=0.086, noneg
=dovolavala | weight=0.086
=je =fakt | weight=0.086
=s =operator | weight=0.085
=nekdo =vzal | weight=0.085
=si =nas | weight=0.085
=u =prepazky | weight=0.085
=dockal | weight=0.084
=pres | weight=0.084
=jsem =poslouchal | weight=0.084
=poslouchal | weight=0.084
=snad =vecnost | weight=0.083
=cekarne =skoro | weight=0.083
=obchode | weight=0.083
=u =pokladne | weight=0.083
=cekal =a | weight=0.083
=cekaci =smycce | weight=0.081
=fronte =v | weight=0.080
=nejdelsi =fronte | weight=0.080
=snad =nejdelsi | weight=0.080
=na =urade | weight=0.079
=v =cekaci | weight=0.079
=vtip | weight=0.079
=celou =hodiny | weight=0.078
=mel =objednal | weight=0.077
=objednal =termin | weight=0.077
=jen =co | weight=0.077
=dockal =jsem | weight=0.077
=se =snad | weight=0.077
=s =technik | weight=0.076
=to =zavesil | weight=0.076
=visi =jsem | weight=0.076
=nechali | weight=0.076
=pultu | weight=0.076
=v =zivote | weight=0.075
=po =hodiny | weight=0.075
=ze =ma | weight=0.075
=hlasku | weight=0.074
=konecne | weight=0.074
=lince =snad | weight=0.074
=me =cekal | weight=0.074
=na =lince | weight=0.073
=pak =dvacet | weight=0.073
=obed | weight=0.072
=rano | weight=0.072
=min =a | weight=0.072
=na =telefon | weight=0.072
=jsem =sedela | weight=0.072
=brzy | weight=0.071
=brzy =venovat | weight=0.071
=bude =brzy | weight=0.071
=hlasku =ze | weight=0.071
=na =hlasku | weight=0.071
=operator =bude | weight=0.071
=snad | weight=0.071
=nechali =me | weight=0.070
=na =obed | weight=0.070
=pred =nam | weight=0.069
=hodiny =a | weight=0.069
=v =nemocnici | weight=0.069
=urade =jsem | weight=0.069
=a =otevrena | weight=0.069
=zivote | weight=0.069
=nechali =visi | weight=0.068
=nemocnici | weight=0.068
=dopoledne =furt | weight=0.068
=dovolat =celou | weight=0.068
=ubehlo | weight=0.067
=me =spojit | weight=0.067
=minut =na | weight=0.067
=venovat | weight=0.067
=zivemu | weight=0.066
=operator | weight=0.066
=uplynula | weight=0.066
=nas =objednavka | weight=0.063
=nahlasil | weight=0.063
=operatorka =se | weight=0.063
=pojistovny | weight=0.063
=stale =asi | weight=0.063
=lidi =a | weight=0.063
=vyrizuji | weight=0.062
=osmou | weight=0.062
=chatu =na | weight=0.062
=ukazal =ze | weight=0.062
=konecne =vzal | weight=0.061
=spojit | weight=0.060
=stale =v | weight=0.060
=zivemu =clovek | weight=0.060
=se =dostal | weight=0.060
=trva =to | weight=0.060
=dvacet =lidi | weight=0.060
=na =zivemu | weight=0.059
=jsem =pak | weight=0.059
=je =pro | weight=0.058
=tou =sam | weight=0.058
=jsem =po | weight=0.058
=fronte =chatu | weight=0.058
=urade | weight=0.058
=minut =ve | weight=0.057
=technik =jsem | weight=0.057
=patnact | weight=0.057
=jsem =dvacet | weight=0.057
=skoro =tri | weight=0.056
=chatu =ted | weight=0.056
=spojit =s | weight=0.056
=hodiny =jednou | weight=0.056
=na =celou | weight=0.056
=na =kasa | weight=0.056
=ticho | weight=0.056
=minut =v | weight=0.056
=jenom | weight=0.056
=dvacet =ve | weight=0.056
=oznamila | weight=0.056
=ozval =zivemu | weight=0.055
=sedela =v | weight=0.055
=kasa | weight=0.055
=nekdo =ozval | weight=0.055
=clovek =jsem | weight=0.055
=kazdy =oddeleni | weight=0.054
=dvanactou =v | weight=0.054
=jedenacti | weight=0.054
=na =technik | weight=0.054
=hudba =a | weight=0.053
=snek | weight=0.053
=tricet =minut | weight=0.053
=nam =stale | weight=0.053
=mi =to | weight=0.053
=nepohnulo | weight=0.052
=infolince =jsem | weight=0.052
=konecne =nekdo | weight=0.052
=nez =si | weight=0.052
=bezne =hodiny | weight=0.051
=obslouzeni =u | weight=0.051
=pultu =trva | weight=0.051
=trva =bezne | weight=0.051
=patnact =minut | weight=0.051
=dobry =hodiny | weight=0.051
=za =pul | weight=0.051
=tam =na | weight=0.051
=strasne | weight=0.051
=oznamila =ze | weight=0.051
=tam =porad | weight=0.051
=jsem =mezi | weight=0.051
=obsluha =si | weight=0.051
=furt | weight=0.051
=jednou | weight=0.050
=kam | weight=0.050
=stale =hodiny | weight=0.050
=obslouzeni | weight=0.050
=u =pultu | weight=0.050
=ze =byla | weight=0.050
=az =po | weight=0.049
=ta =hudba | weight=0.049
=tri =ctvrt | weight=0.049
=hodiny =ve | weight=0.048
=ti | weight=0.048
=halo | weight=0.048
=okenko =otevrena | weight=0.048
=otevrena =odchazim | weight=0.048
=to =je | weight=0.047
=ve | weight=0.047
=zakazniky =uvadi | weight=0.047
=telefonicky | weight=0.046
=termin =na | weight=0.046
=az =ke | weight=0.046
=ke =dveri | weight=0.046
=operator =oznamila | weight=0.045
=hodiny =protoze | weight=0.045
=slysel | weight=0.045
=jsem =v | weight=0.045
=napisu =e-mail | weight=0.045
=hrozne | weight=0.044
=prepazky =stale | weight=0.043
=to =uz | weight=0.043
=smeny =a | weight=0.043
=protvrdl | weight=0.043
=kasa =ctvrt | weight=0.043
=ucha =a | weight=0.042
=cekal =me | weight=0.042
=jsem =na | weight=0.042
=porucha | weight=0.042
=jsem =mel | weight=0.041
=tam =cekal | weight=0.041
=cekal =uz | weight=0.041
=pres =pul | weight=0.041
=porad =jen | weight=0.041
=otevrena =jen | weight=0.040
=mel =otevrena | weight=0.040
=protoze =mel | weight=0.040
=nas =vubec | weight=0.040
=si =s | weight=0.040
=minut =coz | weight=0.040
=vsiml | weight=0.040
=a =stravil | weight=0.040
=stravil =jsem | weight=0.040
=pak =me | weight=0.040
=appku | weight=0.039
=jednou =blbe | weight=0.039
=kvuli =jednou | weight=0.039
=to =polozil | weight=0.039
=cekal =v | weight=0.039
=ticho =ve | weight=0.039
=ve =sluchatka | weight=0.039
=z =misto | weight=0.039
=kdyz =neumim | weight=0.039
=vzit | weight=0.038
=napisu =operator | weight=0.038
=si =termin | weight=0.038
=prisla =na | weight=0.038
