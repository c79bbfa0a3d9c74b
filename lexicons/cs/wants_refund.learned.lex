# wants_refund, cs: learned by scripts/learn.py from 2508 tuning texts (136 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Klient opět urguje vrácení přeplatku, věc podle něj visí už dva měsíce.
+ Minulá operátorka slíbila, že mi vrátí poštovné. Nikdy se nestalo. Prosím vyřiďte to.
+ Agent mi slibil, ze zrusi automatickou obnovu a vrati platbu. Nic se nestalo a znovu mi strhli 2 490 Kc.
- Ani se neomluvili.
- balik porad nedosel
=dluzite | weight=0.449
=vratit =mi | weight=0.448
=nahradu | weight=0.413
=svych | weight=0.399
=chci | weight=0.391
=kompenzaci | weight=0.380
=pozaduji | weight=0.378
=preplatku | weight=0.375
=o =vraceni | weight=0.370
=kompenzaci =za | weight=0.330
=nevratite | weight=0.301
=chci =zpatky | weight=0.299
=poplatek | weight=0.284
=dluzite =mi | weight=0.267
=zruseny | weight=0.266
=dodnes =nevratite | weight=0.263
=zadam =o | weight=0.258
=ocekavam =ze | weight=0.252
=mi =vratit | weight=0.243
=zaplatit | weight=0.238
=zpatky | weight=0.237
=vratit | weight=0.227
=zalohu | weight=0.225
=rozbil =telefon | weight=0.220
=korun | weight=0.219
=castku | weight=0.218
=narok =vraceni | weight=0.217
=nevraci | weight=0.212
=kc | weight=0.212
=dva =mesic | weight=0.204
=vraceni =poplatek | weight=0.203
=abyste =mi | weight=0.203
=proplatite | weight=0.201
=at =mi | weight=0.197
=ztracene | weight=0.194
=zpet | weight=0.191
=za =ztracene | weight=0.187
=vraceni | weight=0.185
=spojit | weight=0.180
=dodnes | weight=0.180
=koncert | weight=0.179
=ocekavam | weight=0.179
=kauce | weight=0.177
=bez =jakekoli | weight=0.177, noneg
=zaplacene | weight=0.174
=odskodneni | weight=0.173
=poslali =zpet | weight=0.171
=penize | weight=0.170
=zavazadlo | weight=0.170
=strhli | weight=0.169
=let =zrusit | weight=0.168
=cely =castku | weight=0.166
=ty | weight=0.165
=zadam =vraceni | weight=0.162
=ten =rozbil | weight=0.161
=s =vam | weight=0.161
=za =zruseny | weight=0.160
=na =kartu | weight=0.158
=narok | weight=0.158
=nejmensi | weight=0.157
=to =nejmensi | weight=0.157
=proplaceni | weight=0.157
=mi =vyplatili | weight=0.156
=zrusit =a | weight=0.155
=nakladu =na | weight=0.154
=vratku | weight=0.154
=koncert =zruseny | weight=0.154
=a =bez | weight=0.153, noneg
=vyplatili | weight=0.152
=nakladu | weight=0.148
=chtel =bych | weight=0.147
=na =soudu | weight=0.146
=rozbil | weight=0.146
=soudu | weight=0.145
=slevu =z | weight=0.144
=z =cenu | weight=0.144
=aby =mi | weight=0.144
=mi =poslali | weight=0.143
=mesic =cekal | weight=0.143
=vraceni =kauce | weight=0.143
=refundace | weight=0.143
=let | weight=0.142
=pozaduji =vraceni | weight=0.141
=zajezd | weight=0.138
=penize =zpet | weight=0.137
=tech | weight=0.137
=tak =kde | weight=0.137
=penize =zpatky | weight=0.137
=zpatky =penize | weight=0.136
=aspon | weight=0.136
=dny =bez | weight=0.135, noneg
=taxi | weight=0.135
=zpet =na | weight=0.134
=cenu | weight=0.134
=ze =mi | weight=0.131
=prosim | weight=0.128
=na =ucet | weight=0.126
=nedostal =obratim | weight=0.122
=penize =nedostal | weight=0.122
=pokud =penize | weight=0.122
=kupni =cenu | weight=0.121
=dopravu | weight=0.120
=zrusit | weight=0.120
=prosim =zaplacene | weight=0.119
=zaplacene =zalohu | weight=0.119
=slevu =za | weight=0.118
=obratim =se | weight=0.116
=bez =teple | weight=0.115, noneg
=to =storno | weight=0.114
=postovne | weight=0.114
=prachy | weight=0.114
=ztracene =zavazadlo | weight=0.113
=za =vypadek | weight=0.113
=svoje | weight=0.113
=dobropis | weight=0.113
=bude =se | weight=0.112
=domahat | weight=0.112
=domahat =nahradu | weight=0.112
=nahradu =soudni | weight=0.112
=se =domahat | weight=0.112
=soudni | weight=0.112
=soudni =cesky | weight=0.112
=caste | weight=0.110
=chci =svych | weight=0.109
=pozaduji =kompenzaci | weight=0.109
=odskodne | weight=0.108
=narok =aby | weight=0.108
=na =opravu | weight=0.106
=poslali =na | weight=0.105
=ho =koukal | weight=0.103
=koukal =zaplatit | weight=0.103
=kufr =tak | weight=0.103
=ztratili =jste | weight=0.103
=aspon =caste | weight=0.103
=caste =penize | weight=0.103
=chtel =aspon | weight=0.103
=za =ten | weight=0.103
=mi =strhli | weight=0.103
=vraceni =preplatku | weight=0.102
=vraceni =cely | weight=0.102
=nevratite =penize | weight=0.102
=ztratili | weight=0.101
=uctenky =vybledla | weight=0.101
=vybledla | weight=0.101
=mi =proplatite | weight=0.101
=za =ty | weight=0.100
=muze =chtel | weight=0.098
=bez =signalu | weight=0.098, noneg
=co =jste | weight=0.098
=penize =za | weight=0.098
=kupni | weight=0.096
=mi =nevratite | weight=0.096
=dort | weight=0.095
=cekal =na | weight=0.095
=jde =to | weight=0.095
=kde =je | weight=0.093
=mi =dodnes | weight=0.092
=chci =ten | weight=0.092
=jste =mi | weight=0.092
=me =za | weight=0.091
=svatebni | weight=0.091
=za =nefunkcni | weight=0.090
=kurz | weight=0.090
=nejaky =dostal | weight=0.090
=za =kurz | weight=0.090
=vratit =cely | weight=0.089
=pausal | weight=0.089
=mi =penize | weight=0.088
=mi =ho | weight=0.088
=uz =byla | weight=0.087
=se =nejaky | weight=0.086
=castku =na | weight=0.086
=kufr | weight=0.086
=mi =kufr | weight=0.086
=jednou =z | weight=0.085
=platbu =vratit | weight=0.085
=potrebuju =abyste | weight=0.085
=tech =platbu | weight=0.085
=z =tech | weight=0.085
=a =objednal | weight=0.084
=chci =vratit | weight=0.082
=chci =je | weight=0.082
=je =zpatky | weight=0.082
=dvakrat =strzena | weight=0.081
=na =ty | weight=0.081
=v =zaruka | weight=0.081
=tyden =bez | weight=0.081, noneg
=o =kompenzaci | weight=0.080
=nam =prosim | weight=0.080
=mate | weight=0.080
=chci =abyste | weight=0.079
=koukal | weight=0.079
=opet | weight=0.079
=strzena | weight=0.079
=by =byla | weight=0.078
=na =vraceni | weight=0.078
=za =elektriny | weight=0.078
=neopravnene | weight=0.077
=slevu =na | weight=0.076
=porad =chyba | weight=0.076
=studena | weight=0.076
=bezbarierovy | weight=0.075
=mi =byla | weight=0.074
=storno =a | weight=0.073
=vozidlo | weight=0.073
=penize =protoze | weight=0.072
=je =moje | weight=0.072
=to =mesic | weight=0.072
=cenu =zajezd | weight=0.071
=zajezd =za | weight=0.071
=neuznali =protoze | weight=0.071
=obratim | weight=0.071
=mi =jednou | weight=0.070
=dva | weight=0.070
=aspon =postovne | weight=0.070
=zpatky =aspon | weight=0.070
=po =tom | weight=0.070
=navrh | weight=0.070
=nahradni | weight=0.069
=vraceni =kupni | weight=0.069
=vyridili =to | weight=0.069
=operatorka =slibili | weight=0.068
=prepazky =jsem | weight=0.068
=jizdne | weight=0.067
=automaticky =obnovit | weight=0.067
=svoje =penize | weight=0.067
=ridic =to | weight=0.066
=elektriny | weight=0.066
=a =slevu | weight=0.066
=sluzba | weight=0.066
=dvakrat | weight=0.065
=jako =nevidomy | weight=0.065
=nic =nerekl | weight=0.064, noneg
=nestihli | weight=0.064
=zpatky =svoje | weight=0.064
=studena =a | weight=0.064
=kdy =uz | weight=0.063
=dorazil =do | weight=0.062
=objednavka =dorazil | weight=0.062
=ze =nam | weight=0.061
=dostal =zpatky | weight=0.061
=a =prijit | weight=0.061
=za =tri | weight=0.061
=jste | weight=0.061
=jde | weight=0.061
=abyste | weight=0.060
=coi | weight=0.059
=neuznali | weight=0.059
=nam | weight=0.059
=cekal =ze | weight=0.058
=a =vraceni | weight=0.058
=zadam | weight=0.058
=zpatky =jako | weight=0.058
=na =coi | weight=0.058
=mi =prosim | weight=0.058
=dni =a | weight=0.057
=nefunkcni | weight=0.057
=rozbil =mobilu | weight=0.057
=klienty | weight=0.057
=za =kveten | weight=0.057
=veci =fakture | weight=0.056
=a =vratit | weight=0.056
=tuto | weight=0.056
=pokud | weight=0.055
=a =uplne | weight=0.055
=mi =soused | weight=0.055
=treti =o | weight=0.055
=pokud =mi | weight=0.055
=uz =je | weight=0.054
=prepravce | weight=0.054
=to =svedl | weight=0.054
=to =hned | weight=0.053
=rozdil | weight=0.053
=a =bude | weight=0.053
=neopravnene =strzena | weight=0.053
=strzena =platbu | weight=0.053
=poplatek =a | weight=0.052
=automaticky | weight=0.052
=drazsi =tarif | weight=0.051
=pripravu | weight=0.051
=reseni | weight=0.051
=nevidomy | weight=0.051
=da =se | weight=0.051
=pausal =za | weight=0.050
=kc =zpatky | weight=0.050
=chci =zpet | weight=0.050
=zpet =penize | weight=0.050
=pet =pracovnich | weight=0.049
=zaplatit =jsem | weight=0.049
=chci =kompenzaci | weight=0.049
=svedl =na | weight=0.049
=jako =mi | weight=0.049
=likvidatorka | weight=0.049
=tyden =ozval | weight=0.049
=dobropis =a | weight=0.049
=na =prepazky | weight=0.048
=nedostal | weight=0.048
=se =smlouvy | weight=0.048
=slevu | weight=0.048
=dodavka | weight=0.048
=pracovnich =dnu | weight=0.047
=den =a | weight=0.047
=bez | weight=0.047, noneg
=protoze =uz | weight=0.047
=uz =uplynula | weight=0.047
=voziku =a | weight=0.047
=koupelnu | weight=0.046
=to =jen | weight=0.046
=mam =narok | weight=0.046
=zruseny =zajezd | weight=0.046
=svedl | weight=0.046
=odpoved =sablona | weight=0.046
=mi =nahradu | weight=0.046
=zklamani | weight=0.046
=nic =zadna | weight=0.046, noneg
=agent =mi | weight=0.045
=vyridili | weight=0.045
=platbu | weight=0.045
=zaruka | weight=0.044
=slibili =ze | weight=0.044
=smlouvy =a | weight=0.044
=a =poslali | weight=0.043
=vypadek | weight=0.043
=dvakrat =chci | weight=0.043
=pausal =dvakrat | weight=0.043
=to =poslali | weight=0.043
=pracovnich | weight=0.043
=kc =za | weight=0.043
=byla =poskytnuta | weight=0.042
=poskytnuta | weight=0.042
=druhy =ze | weight=0.042
=prijit =v | weight=0.042
=minuly | weight=0.041
=od =smlouvy | weight=0.041
=vyplacena | weight=0.040
=jste =to | weight=0.040
=neprobehl | weight=0.039
=da | weight=0.039
=se =za | weight=0.039
=nikdo =si | weight=0.038, noneg
=poplatek =za | weight=0.038
=promackla | weight=0.037
=bez =internet | weight=0.037, noneg
=se =nevraci | weight=0.037
=vyridili =s | weight=0.037
=pry =vina | weight=0.037
=soused | weight=0.036
=udalosti =jsem | weight=0.036
=uplne =studena | weight=0.036
=zruseny =let | weight=0.036
=vratit =na | weight=0.036
=obnovit | weight=0.035
=vyprodeje | weight=0.035
=kuryr =tvrdi | weight=0.035
=ze =kuryr | weight=0.035
=za | weight=0.035
=po =tyden | weight=0.035
=vratit =penize | weight=0.034
=zadam =aby | weight=0.034
=penize =se | weight=0.034
=a =porad | weight=0.034
=chci =penize | weight=0.034
=den =uz | weight=0.034
=prislibil | weight=0.034
=vec | weight=0.034
=chci =ty | weight=0.034
=penize =mi | weight=0.034
=ztracene =cas | weight=0.034
=podivat =se | weight=0.034
=prosim =o | weight=0.034
=byla =dvakrat | weight=0.033
=advokatovi | weight=0.033
=predavam =svemu | weight=0.033
=svemu =advokatovi | weight=0.033
=skoro | weight=0.033
=pozdeji =a | weight=0.033
=nevraci =a | weight=0.033
=nej | weight=0.033
=si =pockam | weight=0.032
=mi =tech | weight=0.032
=vidi | weight=0.032
=napisu =pres | weight=0.032
=na =odstoupeni | weight=0.032
=a =jestli | weight=0.032
=nikdo =nerekl | weight=0.032, noneg
=pronajimatel | weight=0.032
=pokazde =jsem | weight=0.032
=tyden =pozdeji | weight=0.032
=ctvrt =den | weight=0.032
=az =se | weight=0.032
=vam | weight=0.032
=buran | weight=0.032
=na =odpoved | weight=0.031
=vina | weight=0.031
=uz | weight=0.031
=ze =jste | weight=0.031
=kompenzaci =odmitli | weight=0.031
=pry =zpozdeni | weight=0.031
=zpusobila =restaurace | weight=0.031
=hrala | weight=0.031
