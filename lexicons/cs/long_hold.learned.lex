# long_hold, cs: learned by scripts/learn.py from 2508 tuning texts (192 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ dve hodiny. DVE HODINY. jen abych nahlasil ukradenou kartu.
+ v rade na poste jsem stal 40 min
+ na lince jsme byli nekonecne dlouho
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=minut | weight=0.423
=v =porad | weight=0.404
=fronte | weight=0.399
=vecnost | weight=0.328
=visi | weight=0.327
=hodiny | weight=0.322
=cekal | weight=0.316
=nejdelsi | weight=0.250
=min | weight=0.234
=jsem =stale | weight=0.229
=na =operator | weight=0.220
=je =sileny | weight=0.218
=nekonecne | weight=0.216
=nez =se | weight=0.214
=ctvrt | weight=0.213
=ctyricet | weight=0.211
=hudba | weight=0.211
=sileny | weight=0.210
=prepojeni | weight=0.206
=nez | weight=0.203
=cekaci | weight=0.203
=ucha | weight=0.196
=pet =hodiny | weight=0.195
=dvacet | weight=0.189
=hrala | weight=0.189
=hodiny =na | weight=0.188
=pockam | weight=0.184
=tricet | weight=0.184
=a =ctvrt | weight=0.179
=byla =nekonecne | weight=0.179
=nekonecne =dlouho | weight=0.179
=ctyricet =minut | weight=0.177
=minut =nez | weight=0.176
=v =cekarne | weight=0.175
=me =nechal | weight=0.172
=chatu =jsem | weight=0.172
=otevrena | weight=0.171
=cekarne | weight=0.171
=abych | weight=0.170
=jsem =visi | weight=0.165
=s =tou | weight=0.164
=visi =na | weight=0.164
=stravil | weight=0.163
=porad =jsem | weight=0.163
=nez =to | weight=0.162
=ve =fronte | weight=0.162
=pul =dne | weight=0.160
=pres =hodiny | weight=0.159
=tou | weight=0.158
=lince | weight=0.157
=jsem =tam | weight=0.157
=ozval =az | weight=0.157
=pate | weight=0.156
=to =nekdo | weight=0.147
=pokladne =jsem | weight=0.146
=pulhodina | weight=0.146
=minut =v | weight=0.146
=stale | weight=0.144
=dvacet =minut | weight=0.144
=jsem =poslouchala | weight=0.141
=poslouchala | weight=0.141
=cely =obchode | weight=0.141
=jednou =pokladne | weight=0.139
=fronte =pres | weight=0.138
=kdy | weight=0.137
=nehnula | weight=0.137
=sedela | weight=0.137
=pul =na | weight=0.135
=nekdo =zvedl | weight=0.135
=zacala | weight=0.135
=vyckaval | weight=0.134
=to =vzdal | weight=0.134
=vzdal | weight=0.134
=abych =nahlasil | weight=0.133
=porad =a | weight=0.132
=minut =cekal | weight=0.132
=pak =to | weight=0.128
=jsem =stravil | weight=0.127
=az =za | weight=0.127
=pisnicka | weight=0.126
=to =spadl | weight=0.125
=na =spojeni | weight=0.125
=prazdne =okna | weight=0.125
=dlouho | weight=0.124
=jsem =pul | weight=0.123
=kazdy =prepojeni | weight=0.121
=po =kazdy | weight=0.121
=co =jsem | weight=0.121
=v =radu | weight=0.121
=to =si | weight=0.120
=ctvrt =hodiny | weight=0.118
=telefon =jsem | weight=0.117
=okna | weight=0.116
=na =poste | weight=0.115
=spadl | weight=0.114
=telefonni | weight=0.112
=telefon =u | weight=0.111
=u =ucha | weight=0.111
=hotline | weight=0.111
=na =hotline | weight=0.111
=callcentru =me | weight=0.110
=hrozne =dlouho | weight=0.110
=v =callcentru | weight=0.110
=pobocce =jsem | weight=0.110
=nekdo | weight=0.110
=hodiny =nez | weight=0.110
=bezne | weight=0.110
=dve =hodiny | weight=0.109
=minut =jsem | weight=0.108
=jen =abych | weight=0.108
=hudbicku | weight=0.108
=hodiny =cekal | weight=0.107
=jsem =byla | weight=0.107
=po =hodiny | weight=0.107
=pauze | weight=0.106
=petadvacet | weight=0.106
=petadvacet =minut | weight=0.106
=callcentru | weight=0.105
=poledne | weight=0.104
=pres =cely | weight=0.103
=si =na | weight=0.102
=ve =vas | weight=0.102
=spojeni =s | weight=0.101
=prazdne | weight=0.101
=spojeni | weight=0.101
=mi =hrala | weight=0.101
=jsem =cekal | weight=0.100
=cekarne =skoro | weight=0.098
=cekal =mi | weight=0.098
=melodie | weight=0.098
=poste =jsem | weight=0.096
=fakt | weight=0.096
=nahlasil =ukradene | weight=0.096
=ukradene =kartu | weight=0.096
=konecne | weight=0.096
=zitra | weight=0.096
=jednou =okenko | weight=0.095
=jednomu | weight=0.095
=jednomu =dotaz | weight=0.095
=kvuli =jednomu | weight=0.095
=fronte =na | weight=0.095
=se =ozval | weight=0.094
=radu =na | weight=0.094
=prosedela | weight=0.094
=zvedl | weight=0.094
=ukradene | weight=0.094
=mel =objednal | weight=0.092
=objednal =termin | weight=0.092
=otevrena =jednou | weight=0.092
=stejne =pisnicka | weight=0.092
=az | weight=0.091
=dockal | weight=0.090
=okenko | weight=0.090
=minut =koukal | weight=0.090
=na =tocici | weight=0.090
=se =kolecko | weight=0.090
=tocici | weight=0.090
=tocici =se | weight=0.090
=pultu | weight=0.090
=smycce | weight=0.090
=na =lince | weight=0.089
=me =prepojovali | weight=0.088
=nechal =cekal | weight=0.088
=zivemu | weight=0.087
=koukal =na | weight=0.087
=cely =hodiny | weight=0.087
=mel =telefon | weight=0.086
=nahlasil | weight=0.085
=prisla =na | weight=0.085
=pres | weight=0.084
=telefonni =menu | weight=0.083
=jsem =u | weight=0.083
=visi =jsem | weight=0.083
=cekal =a | weight=0.083
=zivemu =clovek | weight=0.082
=jen =co | weight=0.082
=uplynula | weight=0.081
=snad =vecnost | weight=0.081
=pul | weight=0.081
=je =pro | weight=0.081
=strasne =dlouho | weight=0.081
=fronte =v | weight=0.081
=nejdelsi =fronte | weight=0.081
=snad =nejdelsi | weight=0.081
=ozval =zivemu | weight=0.081
=na =telefon | weight=0.080
=kolecko | weight=0.080
=v =cekaci | weight=0.080
=hodiny =i | weight=0.079
=obchode | weight=0.079
=chatu | weight=0.078
=nechal | weight=0.078
=u =pokladne | weight=0.077
=ze =ma | weight=0.076
=pak =dvacet | weight=0.075
=v =zivote | weight=0.075
=cely =dopoledne | weight=0.075
=pred =nam | weight=0.075
=u =prepazky | weight=0.074
=dockal =jsem | weight=0.074
=se =snad | weight=0.074
=fronte =chatu | weight=0.074
=nekdo =vzal | weight=0.074
=vtip | weight=0.074
=skoro =tri | weight=0.073
=chatu =ted | weight=0.073
=a =otevrena | weight=0.072
=minut =na | weight=0.072
=konecne =vzal | weight=0.072
=se =cely | weight=0.072
=jen =jednou | weight=0.071
=operatorka =se | weight=0.071
=a =nikdo | weight=0.070, noneg
=zivote | weight=0.070
=s =operator | weight=0.069
=lince =snad | weight=0.069
=me =cekal | weight=0.069
=v =nemocnici | weight=0.069
=si =nas | weight=0.069
=skoro | weight=0.069
=hodiny =a | weight=0.069
=poste | weight=0.068
=dopoledne | weight=0.068
=nemocnici | weight=0.068
=se =dostal | weight=0.067
=dobry =hodiny | weight=0.067
=je =fakt | weight=0.067
=nas =objednavka | weight=0.066
=jsem =po | weight=0.066
=infolince =jsem | weight=0.066
=na =zivemu | weight=0.065
=nechal =me | weight=0.065
=ticho | weight=0.065
=lidi =a | weight=0.065
=snad | weight=0.064
=dvanactou =v | weight=0.064
=cekaci =smycce | weight=0.064
=dvanactou | weight=0.063
=snek | weight=0.063
=vyrizuji | weight=0.063
=clovek =jsem | weight=0.063
=porucha | weight=0.061
=dvacet =lidi | weight=0.061
=lince =jsem | weight=0.061
=opravdu | weight=0.061
=stale =asi | weight=0.061
=tam =na | weight=0.061
=ucha =a | weight=0.060
=hodiny =ve | weight=0.060
=tam =porad | weight=0.060
=trva =to | weight=0.060
=chatu =a | weight=0.058
=hodiny =jednou | weight=0.058
=na =cely | weight=0.058
=na =kasa | weight=0.058
=technik =jsem | weight=0.058
=nez =me | weight=0.057
=nikdo =to | weight=0.057, noneg
=pak =jsem | weight=0.057
=bezne =hodiny | weight=0.057
=obslouzeni =u | weight=0.057
=pultu =trva | weight=0.057
=trva =bezne | weight=0.057
=prepojovali | weight=0.056
=na =technik | weight=0.056
=kasa | weight=0.056
=jednou | weight=0.056
=obslouzeni | weight=0.055
=za =pul | weight=0.055
=jednou =blbe | weight=0.055
=kvuli =jednou | weight=0.055
=okenko =otevrena | weight=0.054
=otevrena =odchazim | weight=0.054
=termin =na | weight=0.054
=na =radu | weight=0.054
=hrozne | weight=0.053
=halo | weight=0.052
=slysi | weight=0.052
=nam =stale | weight=0.052
=cekal =me | weight=0.052
=rano | weight=0.051
=a =pak | weight=0.051
=oznamila | weight=0.050
=kazdy =oddeleni | weight=0.050
=u =pultu | weight=0.050
=kam | weight=0.050
=pres =pul | weight=0.049
=jenom | weight=0.049
=operator =oznamila | weight=0.049
=neda =dovolat | weight=0.049
=tricet =minut | weight=0.049
=pro =nas | weight=0.048
=ze =byla | weight=0.048
=jsem =pak | weight=0.048
=az =ke | weight=0.048
=ke =dveri | weight=0.048
=nakonec =mi | weight=0.047
=patnact | weight=0.046
=operator | weight=0.046
=nez =si | weight=0.046
=pul =hodiny | weight=0.046
=posunuli | weight=0.046
=zakazniky =uvadi | weight=0.046
=cely | weight=0.045
=to =je | weight=0.045
=jsem =v | weight=0.045
=jsem =mezi | weight=0.045
=vzdycky | weight=0.044
=hodiny =mi | weight=0.044
=pak | weight=0.044
=operator =a | weight=0.044
=kasa =ctvrt | weight=0.043
=pet | weight=0.043
=otravene | weight=0.043
=tady =horakova | weight=0.043
=smeny =a | weight=0.043
=cekal =sem | weight=0.043
=sem =na | weight=0.043
=skoro =hodiny | weight=0.043
=na =ty | weight=0.042
=hodiny =jsem | weight=0.042
=telefonicky | weight=0.042
=to =polozil | weight=0.041
=drza =telefon | weight=0.041
=vsiml | weight=0.041
=oznamila =ze | weight=0.041
=me =operator | weight=0.040
=ti | weight=0.040
=tri =ctvrt | weight=0.040
=appku | weight=0.040
=horakova | weight=0.039
=kdyz =neumim | weight=0.039
=nez =dve | weight=0.039
=se =neda | weight=0.039
=obsluha =si | weight=0.039
=konecne =nekdo | weight=0.039
=blbe | weight=0.039
=si =s | weight=0.038
=co =je | weight=0.038
=patnact =minut | weight=0.038
=snad =neni | weight=0.038, noneg
=podruhe | weight=0.037
=cekal =pres | weight=0.037
=minut =ve | weight=0.037
=na =urade | weight=0.037
=poslali =odkaz | weight=0.037
=ze =mu | weight=0.037
=jsem =sedela | weight=0.037
=sedela =v | weight=0.037
=cislo =k | weight=0.037
=uvadi =ze | weight=0.037
=no =dobry | weight=0.037
=predstavte | weight=0.037
=si =predstavte | weight=0.037
=prepojovali =a | weight=0.036
=si =termin | weight=0.036
=neni =mozne | weight=0.036, noneg
=z =misto | weight=0.036
=pak =mi | weight=0.036
=vyridili =pres | weight=0.036
=zakaznickou =podpora | weight=0.036
=hodiny =protoze | weight=0.036
=dveri =a | weight=0.036
=ta =stejne | weight=0.036
=dokola =a | weight=0.035
=fronte =u | weight=0.035
=misto =ve | weight=0.035
=nikdo =nic | weight=0.035, noneg
=v =rok | weight=0.035
=chvilku | weight=0.035
=servisu =jsem | weight=0.035
=otevrena =byla | weight=0.035
=potom | weight=0.035
=zavolam =zitra | weight=0.034
=menu | weight=0.034
=ticho =ve | weight=0.034
=ve =sluchatka | weight=0.034
=pokladne | weight=0.034
=sam =pisnicka | weight=0.034
=teprve | weight=0.034
=nekdo =ozval | weight=0.034
=dveri | weight=0.034
=porad =dokola | weight=0.034
=den =tady | weight=0.034
=napisu =operator | weight=0.033
=strasne | weight=0.033
=nadrizeneho =rekl | weight=0.033
=neni =v | weight=0.033, noneg
=pustit =dovnitr | weight=0.033
=byla =jen | weight=0.032
=stihla | weight=0.032
=napisu =e-mail | weight=0.032
=vydejni | weight=0.032
=nekdo =v | weight=0.032
=s =boty | weight=0.032
=ze =jestli | weight=0.032
=operator =prepojovali | weight=0.031
=vodafone | weight=0.031
=dovnitr | weight=0.031
=a =cekal | weight=0.031
