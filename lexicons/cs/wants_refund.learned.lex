# wants_refund, cs: learned by scripts/learn.py from 3307 tuning texts (167 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Klient opět urguje vrácení přeplatku, věc podle něj visí už dva měsíce.
+ Minulá operátorka slíbila, že mi vrátí poštovné. Nikdy se nestalo. Prosím vyřiďte to.
+ Agent mi slibil, ze zrusi automatickou obnovu a vrati platbu. Nic se nestalo a znovu mi strhli 2 490 Kc.
- Ani se neomluvili.
- balik porad nedosel
=vratit =mi | weight=0.444
=dluzite | weight=0.439
=svych | weight=0.395
=pozaduji | weight=0.377
=nahradu | weight=0.371
=chci | weight=0.366
=kompenzaci | weight=0.348
=o =vraceni | weight=0.337
=zalohu | weight=0.299
=chci =zpatky | weight=0.297
=kompenzaci =za | weight=0.290
=preplatku | weight=0.282
=vraceni | weight=0.278
=dodnes =nevrati | weight=0.277
=ocekavam =ze | weight=0.272
=dluzite =mi | weight=0.268
=mi =vratit | weight=0.259
=poplatek | weight=0.253
=korun | weight=0.243
=vam =nikdo | weight=0.242, noneg
=zpatky | weight=0.241
=zaplatit | weight=0.237
=nevrati | weight=0.236
=nevraci | weight=0.221
=rozbil =telefon | weight=0.217
=vratit | weight=0.215
=zadam =o | weight=0.214
=proplatite | weight=0.211
=abyste =mi | weight=0.207
=castku | weight=0.205
=odskodneni | weight=0.203
=zruseny | weight=0.198
=narok =vraceni | weight=0.198
=dva =mesic | weight=0.197
=kc | weight=0.192
=ocekavam | weight=0.191
=slevu =z | weight=0.190
=koncert | weight=0.189
=vraceni =zalohu | weight=0.188
=tech | weight=0.184
=vraceni =poplatek | weight=0.184
=bez =jakekoli | weight=0.182, noneg
=at =mi | weight=0.180
=spojit | weight=0.177
=za =ztracene | weight=0.177
=pozaduji =vraceni | weight=0.176
=zaplacene | weight=0.172
=nevrati =penize | weight=0.170
=nakladu | weight=0.169
=poslali =zpet | weight=0.167
=dodnes | weight=0.166
=kauce | weight=0.166
=zajezd | weight=0.165
=ztracene | weight=0.164
=let =zrusit | weight=0.164
=co =mi | weight=0.163
=strhli | weight=0.163
=ten =rozbil | weight=0.162
=penize | weight=0.161
=zrusit | weight=0.161
=zrusit =a | weight=0.160
=celou =castku | weight=0.160
=narok | weight=0.159
=vratku | weight=0.158
=koncert =zruseny | weight=0.158
=zpet | weight=0.156
=dvakrat | weight=0.155
=ty | weight=0.154
=nejmensi | weight=0.153
=to =nejmensi | weight=0.153
=rozbil | weight=0.152
=mi =poslali | weight=0.150
=penize =zpet | weight=0.149
=zavazadlo | weight=0.149
=penize =zpatky | weight=0.148
=na =soudu | weight=0.148
=nakladu =na | weight=0.148
=dny =bez | weight=0.148, noneg
=na =kartu | weight=0.146
=refundace | weight=0.145
=pausal | weight=0.143
=proplaceni | weight=0.143
=tak =kde | weight=0.142
=zadam =vraceni | weight=0.140
=zpet =na | weight=0.140
=jako =to | weight=0.137
=mi =neodpovida | weight=0.136
=a =bez | weight=0.136, noneg
=mi =vyplatili | weight=0.134
=s =vam | weight=0.132
=namiste | weight=0.132
=soudu | weight=0.132
=volam =kvuli | weight=0.131
=smlouvu =vypoved | weight=0.131
=penize =obratim | weight=0.129
=vyplatili | weight=0.129
=nedostal =obratim | weight=0.129
=penize =nedostal | weight=0.129
=pokud =penize | weight=0.129
=to =storno | weight=0.129
=pozaduji =kompenzaci | weight=0.128
=prosim | weight=0.126
=z =cenu | weight=0.126
=ztracene =zavazadlo | weight=0.124
=taxi | weight=0.124
=ohledne =vraceni | weight=0.124
=postovne | weight=0.124
=tyden =mi | weight=0.123
=mi =strhli | weight=0.122
=svoje | weight=0.122
=mesic =cekal | weight=0.122
=vraceni =kauce | weight=0.122
=aby =mi | weight=0.122
=uz =dvakrat | weight=0.122
=chci =vratit | weight=0.121
=zpatky =penize | weight=0.121
=jsem =smlouvu | weight=0.120
=v =ledna | weight=0.119
=aspon | weight=0.118
=caste | weight=0.118
=obratim =se | weight=0.118
=neodpovida | weight=0.116
=za =ten | weight=0.115
=jde =to | weight=0.114
=chtel =bych | weight=0.114
=odskodne | weight=0.114
=chci =je | weight=0.113
=je =zpatky | weight=0.113
=kupni =cenu | weight=0.113
=prachy | weight=0.112
=bez =teple | weight=0.112, noneg
=vypoved =v | weight=0.112
=bude =se | weight=0.111
=domahat | weight=0.111
=domahat =nahradu | weight=0.111
=nahradu =soudni | weight=0.111
=se =domahat | weight=0.111
=soudni | weight=0.111
=soudni =cesky | weight=0.111
=ze =mi | weight=0.110
=na =uctu | weight=0.110
=penize =za | weight=0.109
=to =ze | weight=0.109
=dobropis | weight=0.108
=ho =koukal | weight=0.108
=koukal =zaplatit | weight=0.108
=kufr =tak | weight=0.108
=ztratili =jste | weight=0.108
=aspon =caste | weight=0.106
=caste =penize | weight=0.106
=chtel =aspon | weight=0.106
=dort | weight=0.106
=slevu =za | weight=0.106
=kufr | weight=0.104
=vratit =celou | weight=0.104
=porad =nemam | weight=0.103, noneg
=muze =chtel | weight=0.102
=chci =svych | weight=0.101
=ztratili | weight=0.100
=poslali =na | weight=0.100
=me =za | weight=0.100
=cenu | weight=0.099
=za =elektriny | weight=0.099
=prosim =zaplacene | weight=0.099
=zaplacene =zalohu | weight=0.099
=mi =nebyl | weight=0.098, noneg
=kde =je | weight=0.097
=mi =dodnes | weight=0.096
=kupni | weight=0.096
=ledna | weight=0.096
=na =opravu | weight=0.094
=jiz =potreti | weight=0.094
=za =ty | weight=0.094
=o =kompenzaci | weight=0.093
=uz =tyden | weight=0.093
=mi =proplatite | weight=0.093
=mesic =bez | weight=0.092, noneg
=mi =ho | weight=0.092
=cekal =na | weight=0.091
=uctenky =vybledla | weight=0.091
=vybledla | weight=0.091
=mi =kufr | weight=0.090
=vraceni =preplatku | weight=0.089
=strzena | weight=0.089
=kurz | weight=0.089
=nejaky =dostal | weight=0.089
=za =kurz | weight=0.089
=mesicne =pausal | weight=0.088
=koukal | weight=0.088
=chci =ten | weight=0.088
=narok =aby | weight=0.087
=bez =signalu | weight=0.087, noneg
=za =nefunkcni | weight=0.087
=slevu | weight=0.086
=odskodneni =za | weight=0.084
=se =nejaky | weight=0.084
=dopravu | weight=0.084
=vraceni =celou | weight=0.084
=automaticky =obnovit | weight=0.083
=kc =a | weight=0.083
=prestoze =jsem | weight=0.083
=uz =byla | weight=0.082
=na =ty | weight=0.082
=abyste | weight=0.081
=obratim | weight=0.081
=studena | weight=0.081
=by =byla | weight=0.081
=jednou =z | weight=0.080
=platba =vratit | weight=0.080
=potrebuju =abyste | weight=0.080
=tech =platba | weight=0.080
=z =tech | weight=0.080
=penize =protoze | weight=0.080
=dvakrat =strzena | weight=0.080
=nahradni | weight=0.080
=svatebni | weight=0.078
=cekal =aspon | weight=0.077
=nam | weight=0.077
=dva | weight=0.077
=svoje =penize | weight=0.077
=bez =internet | weight=0.077, noneg
=mi =byla | weight=0.076
=aspon =postovne | weight=0.076
=zpatky =aspon | weight=0.076
=a =objednal | weight=0.076
=prijit =bez | weight=0.076, noneg
=zpatky =svoje | weight=0.075
=prosim =o | weight=0.075
=tyden =bez | weight=0.075, noneg
=pokud =mi | weight=0.075
=mi =penize | weight=0.074
=jiz | weight=0.074
=v =zaruka | weight=0.074
=vypoved | weight=0.074
=operatorka =slibili | weight=0.074
=vyridili =to | weight=0.074
=cekal =ze | weight=0.073
=jste =mi | weight=0.073
=mi =jednou | weight=0.073
=mi =zkazili | weight=0.073
=zkazili | weight=0.073
=porad =chyba | weight=0.073
=nam =prosim | weight=0.072
=za =tri | weight=0.072
=a =nahradu | weight=0.072
=a =poslali | weight=0.071
=chci =abyste | weight=0.070
=chci =penize | weight=0.070
=je =moje | weight=0.069
=jsem =uz | weight=0.069
=jizdne | weight=0.069
=zruseny =objednavka | weight=0.068
=to =mesic | weight=0.068
=vozidlo | weight=0.067
=a =bude | weight=0.067
=bezbarierovy | weight=0.066
=vraceni =kupni | weight=0.066
=neuznali =protoze | weight=0.066
=castku =na | weight=0.065
=jako =nevidomy | weight=0.065
=studena =a | weight=0.064
=zruseny =zajezd | weight=0.064
=co =jste | weight=0.064
=slevu =na | weight=0.064
=nic =nerekl | weight=0.064, noneg
=prepazky =jsem | weight=0.064
=opet | weight=0.062
=vratit =penize | weight=0.062
=mi =nahradu | weight=0.061
=mate | weight=0.061
=pet =pracovnich | weight=0.061
=prestoze | weight=0.061
=zaruka | weight=0.060
=storno =a | weight=0.060
=jste =to | weight=0.060
=a =slevu | weight=0.060
=kc =za | weight=0.059
=protoze =uz | weight=0.059
=uz =uplynula | weight=0.059
=nefunkcni | weight=0.059
=cenu =zajezd | weight=0.059
=zajezd =za | weight=0.059
=uz =je | weight=0.058
=elektriny | weight=0.058
=nevidomy | weight=0.058
=nas =obce | weight=0.058
=obce | weight=0.058
=zadam | weight=0.058
=mi =prosim | weight=0.057
=za =kveten | weight=0.057
=dostal =zpatky | weight=0.056
=nabidli =mi | weight=0.056
=voucher | weight=0.056
=to =jen | weight=0.056
=a =vratit | weight=0.056
=ctu =a | weight=0.056
=neodpovida =na | weight=0.056
=coi | weight=0.055
=neuznali | weight=0.055
=mi =soused | weight=0.055
=treti =o | weight=0.055
=na =coi | weight=0.054
=mam =narok | weight=0.054
=to =poslali | weight=0.054
=pracovnich =dnu | weight=0.054
=drazsi =tarif | weight=0.054
=neopravnene =strzena | weight=0.053
=strzena =platba | weight=0.053
=rozdil | weight=0.053
=ridic =to | weight=0.053
=to =pred | weight=0.053
=neopravnene | weight=0.053
=navrh | weight=0.053
=dobropis =a | weight=0.053
=kdyz =mi | weight=0.052
=za =vypadek | weight=0.052
=dorazil =do | weight=0.052
=dispecink =na | weight=0.052
=a =uplne | weight=0.052
=za =tu | weight=0.051
=dni =a | weight=0.051
=kdy =uz | weight=0.051
=to =hned | weight=0.051
=rozbil =mobilu | weight=0.051
=da =se | weight=0.051
=skupiny =nas | weight=0.051
=na =prepazky | weight=0.051
=pausal =za | weight=0.050
=let | weight=0.050
=na =vraceni | weight=0.050
=jako =mi | weight=0.050
=tyden =ozval | weight=0.050
=napisu =o | weight=0.049
=bez =elektriny | weight=0.049, noneg
=za =zruseny | weight=0.049
=do =pet | weight=0.048
=poplatek =a | weight=0.048
=jde | weight=0.048
=ze =nam | weight=0.048
=mi =zrusit | weight=0.048
=let =a | weight=0.047
=chci =zpet | weight=0.047
=zpet =penize | weight=0.047
=tom =na | weight=0.047
=to =svedl | weight=0.047
=chci =ty | weight=0.047
=do =skupiny | weight=0.047
=pracovnich | weight=0.046
=tuto | weight=0.046
=koupelnu | weight=0.046
=obnovit | weight=0.046
=chci =ji | weight=0.046
=ji =zpatky | weight=0.046
=pripravu | weight=0.045
=penize =porad | weight=0.045
=jinak =to | weight=0.045
=skodu | weight=0.045
=a =prijit | weight=0.045
=prepravce | weight=0.045
=jsem =nestihli | weight=0.045
=veci =fakturu | weight=0.044
=voziku =a | weight=0.044
=chci =nahradu | weight=0.044
=zasilka =a | weight=0.044
=chci =kompenzaci | weight=0.044
=zpatky =jako | weight=0.044
=den =a | weight=0.043
=objednavka =dorazil | weight=0.043
=neodpovedel | weight=0.043
=byla =dvakrat | weight=0.043
=svedl =na | weight=0.043
=a =napisu | weight=0.043
=bez | weight=0.043, noneg
=zklamani | weight=0.043
=a =vraceni | weight=0.043
=podle =podminky | weight=0.043
=likvidatorka | weight=0.043
=drazsi | weight=0.043
=reseni | weight=0.043
=agent =mi | weight=0.042
=se =smlouvu | weight=0.042
=slibili =ze | weight=0.042
=svedl | weight=0.042
=zaplatit =jsem | weight=0.042
=vratit =tech | weight=0.042
=a =po | weight=0.042
=psal =na | weight=0.042
=uz =dva | weight=0.041
=pozdeji =a | weight=0.041
=odpoved =sablona | weight=0.041
=dodavka | weight=0.041
=jsem =vratit | weight=0.041
=vec | weight=0.041
=byla =to | weight=0.041
=mi =vas | weight=0.040
=nic =zadna | weight=0.040, noneg
=ze =jste | weight=0.040
=nej | weight=0.040
=pozdravem =ing | weight=0.040
=druhy =ze | weight=0.039
