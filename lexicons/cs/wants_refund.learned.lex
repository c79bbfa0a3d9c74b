# wants_refund, cs: learned by scripts/learn.py from 3092 tuning texts (162 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Klient opět urguje vrácení přeplatku, věc podle něj visí už dva měsíce.
+ Minulá operátorka slíbila, že mi vrátí poštovné. Nikdy se nestalo. Prosím vyřiďte to.
+ Agent mi slibil, ze zrusi automatickou obnovu a vrati platbu. Nic se nestalo a znovu mi strhli 2 490 Kc.
- Ani se neomluvili.
- balik porad nedosel
=vratit =mi | weight=0.454
=dluzite | weight=0.440
=svych | weight=0.397
=pozaduji | weight=0.379
=chci | weight=0.372
=nahradu | weight=0.358
=o =vraceni | weight=0.354
=kompenzaci | weight=0.350
=preplatku | weight=0.310
=chci =zpatky | weight=0.304
=zalohu | weight=0.299
=kompenzaci =za | weight=0.293
=vraceni | weight=0.284
=dodnes =nevrati | weight=0.281
=mi =vratit | weight=0.277
=dluzite =mi | weight=0.274
=ocekavam =ze | weight=0.267
=poplatek | weight=0.251
=korun | weight=0.246
=zpatky | weight=0.240
=vam =nikdo | weight=0.236, noneg
=zaplatit | weight=0.236
=nevrati | weight=0.235
=vratit | weight=0.230
=zadam =o | weight=0.223
=rozbil =telefon | weight=0.219
=castku | weight=0.217
=nevraci | weight=0.216
=proplatite | weight=0.212
=narok =vraceni | weight=0.207
=kc | weight=0.200
=odskodneni | weight=0.200
=vraceni =zalohu | weight=0.198
=slevu =z | weight=0.197
=abyste =mi | weight=0.196
=dva =mesic | weight=0.193
=koncert | weight=0.192
=ocekavam | weight=0.191
=vraceni =poplatek | weight=0.188
=zruseny | weight=0.186
=tech | weight=0.185
=zaplacene | weight=0.185
=bez =jakekoli | weight=0.181, noneg
=za =ztracene | weight=0.177
=spojit | weight=0.175
=penize | weight=0.174
=zrusit | weight=0.172
=ztracene | weight=0.172
=nakladu | weight=0.172
=kauce | weight=0.171
=at =mi | weight=0.170
=ty | weight=0.169
=nevrati =penize | weight=0.168
=koncert =zruseny | weight=0.167
=let =zrusit | weight=0.167
=poslali =zpet | weight=0.167
=dodnes | weight=0.167
=zajezd | weight=0.166
=strhli | weight=0.164
=pozaduji =vraceni | weight=0.164
=zrusit =a | weight=0.164
=co =mi | weight=0.164
=mi =poslali | weight=0.161
=celou =castku | weight=0.159
=narok | weight=0.159
=s =vam | weight=0.159
=penize =zpet | weight=0.158
=vratku | weight=0.157
=ten =rozbil | weight=0.154
=rozbil | weight=0.154
=nakladu =na | weight=0.152
=zavazadlo | weight=0.151
=zadam =vraceni | weight=0.150
=dny =bez | weight=0.150, noneg
=na =kartu | weight=0.150
=pausal | weight=0.147
=na =soudu | weight=0.146
=refundace | weight=0.144
=penize =zpatky | weight=0.144
=nejmensi | weight=0.144
=to =nejmensi | weight=0.144
=tak =kde | weight=0.141
=zpet =na | weight=0.140
=mi =neodpovida | weight=0.139
=zpet | weight=0.139
=namiste | weight=0.139
=proplaceni | weight=0.138
=zpatky =penize | weight=0.137
=a =bez | weight=0.137, noneg
=mi =vyplatili | weight=0.134
=volam =kvuli | weight=0.133
=mesic =cekal | weight=0.132
=vraceni =kauce | weight=0.132
=soudu | weight=0.131
=penize =obratim | weight=0.131
=z =cenu | weight=0.130
=obratim =se | weight=0.130
=vyplatili | weight=0.130
=tyden =mi | weight=0.127
=aby =mi | weight=0.127
=mi =strhli | weight=0.126
=pozaduji =kompenzaci | weight=0.125
=nedostal =obratim | weight=0.125
=penize =nedostal | weight=0.125
=pokud =penize | weight=0.125
=ztracene =zavazadlo | weight=0.125
=to =storno | weight=0.124
=ohledne =vraceni | weight=0.123
=taxi | weight=0.123
=prosim | weight=0.122
=na =ucet | weight=0.121
=neodpovida | weight=0.120
=cenu | weight=0.119
=aspon | weight=0.119
=svoje | weight=0.118
=penize =za | weight=0.116
=kupni =cenu | weight=0.115
=postovne | weight=0.114
=jde =to | weight=0.114
=chtel =bych | weight=0.113
=caste | weight=0.113
=bude =se | weight=0.113
=domahat | weight=0.113
=domahat =nahradu | weight=0.113
=nahradu =soudni | weight=0.113
=se =domahat | weight=0.113
=soudni | weight=0.113
=soudni =cesky | weight=0.113
=odskodne | weight=0.112
=ztratili | weight=0.111
=dobropis | weight=0.110
=aspon =caste | weight=0.110
=caste =penize | weight=0.110
=chtel =aspon | weight=0.110
=bez =teple | weight=0.109, noneg
=prosim =zaplacene | weight=0.108
=zaplacene =zalohu | weight=0.108
=slevu =za | weight=0.106
=muze =chtel | weight=0.106
=chci =vratit | weight=0.105
=ho =koukal | weight=0.105
=koukal =zaplatit | weight=0.105
=kufr =tak | weight=0.105
=ztratili =jste | weight=0.105
=prachy | weight=0.105
=kufr | weight=0.103
=poslali =na | weight=0.103
=ze =mi | weight=0.103
=chci =svych | weight=0.102
=kde =je | weight=0.102
=vratit =celou | weight=0.101
=mi =dodnes | weight=0.098
=za =ty | weight=0.098
=kupni | weight=0.097
=vraceni =preplatku | weight=0.097
=za =ten | weight=0.096
=strzena | weight=0.096
=uz =tyden | weight=0.096
=obratim | weight=0.096
=kc =a | weight=0.094
=uctenky =vybledla | weight=0.094
=vybledla | weight=0.094
=me =za | weight=0.093
=dopravu | weight=0.093
=mi =proplatite | weight=0.092
=cekal =na | weight=0.091
=mesicne =pausal | weight=0.091
=za =elektriny | weight=0.091
=slevu | weight=0.091
=narok =aby | weight=0.090
=mi =kufr | weight=0.090
=na =opravu | weight=0.090
=o =kompenzaci | weight=0.089
=mi =penize | weight=0.089
=penize =protoze | weight=0.089
=chci =ten | weight=0.089
=mi =ho | weight=0.089
=mesic =bez | weight=0.088, noneg
=kurz | weight=0.088
=nejaky =dostal | weight=0.088
=za =kurz | weight=0.088
=abyste | weight=0.088
=chci =je | weight=0.088
=je =zpatky | weight=0.088
=vraceni =celou | weight=0.088
=za =nefunkcni | weight=0.087
=bez =signalu | weight=0.086, noneg
=dvakrat =strzena | weight=0.086
=uz =byla | weight=0.085
=odskodneni =za | weight=0.084
=chci =abyste | weight=0.084
=dort | weight=0.083
=jednou =z | weight=0.083
=platba =vratit | weight=0.083
=potrebuju =abyste | weight=0.083
=tech =platba | weight=0.083
=z =tech | weight=0.083
=se =nejaky | weight=0.083
=za =tri | weight=0.083
=by =byla | weight=0.082
=bez =internet | weight=0.080, noneg
=pokud =mi | weight=0.080
=storno =a | weight=0.080
=koukal | weight=0.079
=porad =chyba | weight=0.079
=svatebni | weight=0.078
=nahradni | weight=0.077
=cekal =aspon | weight=0.077
=prosim =o | weight=0.076
=v =zaruka | weight=0.076
=mi =jednou | weight=0.075
=a =objednal | weight=0.075
=prijit =bez | weight=0.075, noneg
=zpatky =svoje | weight=0.074
=na =ty | weight=0.074
=tyden =bez | weight=0.074, noneg
=mi =zkazili | weight=0.073
=zkazili | weight=0.073
=a =nahradu | weight=0.073
=nam | weight=0.072
=opet | weight=0.072
=aspon =postovne | weight=0.071
=zpatky =aspon | weight=0.071
=a =poslali | weight=0.071
=kc =za | weight=0.071
=vraceni =kupni | weight=0.071
=svoje =penize | weight=0.071
=castku =na | weight=0.071
=cekal =ze | weight=0.071
=vyridili =to | weight=0.070
=studena | weight=0.069
=operatorka =slibili | weight=0.069
=zruseny =objednavka | weight=0.069
=to =mesic | weight=0.069
=je =moje | weight=0.069
=dvakrat | weight=0.068
=automaticky =obnovit | weight=0.068
=cenu =zajezd | weight=0.067
=zajezd =za | weight=0.067
=jste =mi | weight=0.067
=chci =penize | weight=0.067
=dva | weight=0.066
=neopravnene =strzena | weight=0.065
=strzena =platba | weight=0.065
=bezbarierovy | weight=0.065
=neuznali =protoze | weight=0.065
=nam =prosim | weight=0.065
=zruseny =zajezd | weight=0.065
=mi =byla | weight=0.064
=prepazky =jsem | weight=0.064
=jako =nevidomy | weight=0.064
=slevu =na | weight=0.064
=jizdne | weight=0.064
=mi =nahradu | weight=0.064
=mate | weight=0.063
=vozidlo | weight=0.063
=nic =nerekl | weight=0.062, noneg
=zaruka | weight=0.061
=to =jen | weight=0.061
=neopravnene | weight=0.060
=na =coi | weight=0.060
=protoze =uz | weight=0.060
=uz =uplynula | weight=0.060
=coi | weight=0.060
=a =slevu | weight=0.059
=co =jste | weight=0.059
=za =kveten | weight=0.059
=to =pred | weight=0.059
=vratit =tech | weight=0.059
=a =vratit | weight=0.058
=za =vypadek | weight=0.058
=a =bude | weight=0.058
=dobropis =a | weight=0.058
=neodpovida =na | weight=0.057
=mi =soused | weight=0.057
=treti =o | weight=0.057
=uz =je | weight=0.057
=dostal =zpatky | weight=0.056
=na =vraceni | weight=0.056
=ridic =to | weight=0.056
=pet =pracovnich | weight=0.056
=jste =to | weight=0.055
=nevidomy | weight=0.055
=a =uplne | weight=0.055
=mi =prosim | weight=0.055
=dni =a | weight=0.055
=tom =co | weight=0.055
=nefunkcni | weight=0.054
=kdy =uz | weight=0.054
=dorazil =do | weight=0.054
=rozdil | weight=0.054
=nas =obce | weight=0.053
=obce | weight=0.053
=a =vraceni | weight=0.053
=studena =a | weight=0.053
=ctu =a | weight=0.053
=jinak =to | weight=0.053
=elektriny | weight=0.053
=chci =zpet | weight=0.053
=zpet =penize | weight=0.053
=vratit =penize | weight=0.052
=to =poslali | weight=0.052
=drazsi =tarif | weight=0.052
=neuznali | weight=0.052
=jde | weight=0.051
=let | weight=0.051
=pausal =za | weight=0.051
=ze =nam | weight=0.051
=za =zruseny | weight=0.051
=objednavka =dorazil | weight=0.050
=zaplatit =jsem | weight=0.050
=slibili =ze | weight=0.050
=mam =narok | weight=0.050
=a =prijit | weight=0.050
=na =prepazky | weight=0.050
=zpatky =jako | weight=0.049
=odpoved =sablona | weight=0.049
=tuto | weight=0.049
=koupelnu | weight=0.049
=jako =mi | weight=0.049
=tyden =ozval | weight=0.049
=zklamani | weight=0.048
=da =se | weight=0.048
=jsem =nestihli | weight=0.048
=navrh | weight=0.048
=nabidli =mi | weight=0.048
=voucher | weight=0.048
=to =hned | weight=0.047
=pripravu | weight=0.047
=do =pet | weight=0.047
=pracovnich =dnu | weight=0.047
=to =svedl | weight=0.047
=rozbil =mobilu | weight=0.047
=bez =elektriny | weight=0.046, noneg
=bez | weight=0.046, noneg
=skupiny =nas | weight=0.046
=pozdravem =ing | weight=0.046
=veci =fakturu | weight=0.046
=agent =mi | weight=0.046
=zadam | weight=0.045
=poplatek =a | weight=0.045
=zasilka =a | weight=0.045
=skodu | weight=0.045
=minuly | weight=0.045
=byla =dvakrat | weight=0.044
=do =skupiny | weight=0.044
=chci =kompenzaci | weight=0.044
=jsem =vratit | weight=0.044
=voziku =a | weight=0.044
=napisu =o | weight=0.044
=likvidatorka | weight=0.043
=neodpovedel | weight=0.043
=prepravce | weight=0.043
=kdyz =mi | weight=0.043
=mi =vas | weight=0.043
=tom =na | weight=0.042
=pracovnich | weight=0.042
=nic =zadna | weight=0.042, noneg
=psal =na | weight=0.042
=pozdeji =a | weight=0.042
=podle =podminky | weight=0.042
=dodavka | weight=0.041
=obnovit | weight=0.041
=chci =ji | weight=0.041
=ji =zpatky | weight=0.041
=po =tom | weight=0.041
=ze =jste | weight=0.041
=den =a | weight=0.040
=drazsi | weight=0.040
=vyplacena | weight=0.040
=nikdo =si | weight=0.040, noneg
=reseni | weight=0.040
=vraceni =penize | weight=0.040
=se =smlouvu | weight=0.040
=da | weight=0.039
=vstupenky | weight=0.039
=let =a | weight=0.039
=pokud | weight=0.039
=dvakrat =chci | weight=0.039
=pausal =dvakrat | weight=0.039
=uplne =studena | weight=0.039
=po =tyden | weight=0.039
=mi =zrusit | weight=0.038
=e-mail =ohledne | weight=0.038
=druhy =ze | weight=0.038
=kvuli =ztracene | weight=0.038
=byla =to | weight=0.038
=svedl =na | weight=0.038
=vypadek | weight=0.037
=roztrzene | weight=0.037
=na =e-mail | weight=0.037
=se =za | weight=0.036
=nestihli | weight=0.036
=kc =zpatky | weight=0.036
=vidi | weight=0.036
=eu | weight=0.036
=svedl | weight=0.036
=expresni | weight=0.035
=byla =poskytnuta | weight=0.035
=poskytnuta | weight=0.035
