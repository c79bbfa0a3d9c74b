# wants_refund, cs: learned by scripts/learn.py from 2812 tuning texts (146 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Klient opět urguje vrácení přeplatku, věc podle něj visí už dva měsíce.
+ Minulá operátorka slíbila, že mi vrátí poštovné. Nikdy se nestalo. Prosím vyřiďte to.
+ Agent mi slibil, ze zrusi automatickou obnovu a vrati platbu. Nic se nestalo a znovu mi strhli 2 490 Kc.
- Ani se neomluvili.
- balik porad nedosel
=vratit =mi | weight=0.438
=dluzite | weight=0.432
=nahradu | weight=0.396
=chci | weight=0.394
=svych | weight=0.387
=pozaduji | weight=0.378
=preplatku | weight=0.374
=kompenzaci | weight=0.349
=o =vraceni | weight=0.348
=zalohu | weight=0.306
=chci =zpatky | weight=0.300
=kompenzaci =za | weight=0.287
=mi =vratit | weight=0.271
=dodnes =nevrati | weight=0.270
=dluzite =mi | weight=0.265
=ocekavam =ze | weight=0.263
=zadam =o | weight=0.255
=poplatek | weight=0.253
=vraceni | weight=0.249
=korun | weight=0.242
=vratit | weight=0.239
=zpatky | weight=0.233
=zaplatit | weight=0.229
=nevrati | weight=0.222
=narok =vraceni | weight=0.215
=proplatite | weight=0.212
=castku | weight=0.209
=zruseny | weight=0.207
=kc | weight=0.205
=rozbil =telefon | weight=0.203
=vraceni =poplatek | weight=0.202
=nevraci | weight=0.202
=dva =mesic | weight=0.197
=abyste =mi | weight=0.197
=odskodneni | weight=0.196
=at =mi | weight=0.195
=zpet | weight=0.193
=vraceni =zalohu | weight=0.192
=ocekavam | weight=0.191
=koncert | weight=0.187
=dodnes | weight=0.186
=rozbil | weight=0.183
=kauce | weight=0.180
=bez =jakekoli | weight=0.179, noneg
=spojit | weight=0.177
=ztracene | weight=0.177
=zavazadlo | weight=0.174
=za =ztracene | weight=0.173
=zajezd | weight=0.171
=tech | weight=0.168
=s =vam | weight=0.167
=penize | weight=0.167
=let =zrusit | weight=0.166
=nevrati =penize | weight=0.164
=zrusit =a | weight=0.163
=mi =poslali | weight=0.163
=strhli | weight=0.162
=co =mi | weight=0.162
=a =bez | weight=0.161, noneg
=zaplacene | weight=0.161
=poslali =zpet | weight=0.160
=vratku | weight=0.160
=koncert =zruseny | weight=0.158
=celou =castku | weight=0.157
=ten =rozbil | weight=0.156
=dny =bez | weight=0.156, noneg
=pozaduji =vraceni | weight=0.155
=nejmensi | weight=0.154
=to =nejmensi | weight=0.154
=narok | weight=0.151
=naklady =na | weight=0.148
=chtel =bych | weight=0.147
=ty | weight=0.147
=na =kartu | weight=0.147
=zpatky =penize | weight=0.145
=naklady | weight=0.144
=proplaceni | weight=0.144
=refundace | weight=0.143
=ze =mi | weight=0.143
=zadam =vraceni | weight=0.142
=mesic =cekal | weight=0.141
=vraceni =kauce | weight=0.141
=mi =neodpovida | weight=0.141
=na =soudu | weight=0.141
=tak =kde | weight=0.140
=cenu | weight=0.140
=volam =kvuli | weight=0.140
=slevu =z | weight=0.139
=z =cenu | weight=0.139
=zrusit | weight=0.139
=penize =zpet | weight=0.138
=soudu | weight=0.137
=obratim =se | weight=0.137
=namiste | weight=0.135
=prosim | weight=0.134
=aby =mi | weight=0.133
=mi =vyplatili | weight=0.131
=ohledne =vraceni | weight=0.130
=vyplatili | weight=0.128
=tyden =mi | weight=0.128
=penize =obratim | weight=0.127
=zpet =na | weight=0.127
=aspon | weight=0.126
=ztracene =zavazadlo | weight=0.126
=penize =zpatky | weight=0.126
=neodpovida | weight=0.122
=mi =strhli | weight=0.121
=pozaduji =kompenzaci | weight=0.120
=taxi | weight=0.120
=to =storno | weight=0.120
=nedostal =obratim | weight=0.118
=penize =nedostal | weight=0.118
=pokud =penize | weight=0.118
=bez =teple | weight=0.115, noneg
=poslali =na | weight=0.113
=prachy | weight=0.112
=svoje | weight=0.112
=dobropis | weight=0.112
=postovne | weight=0.111
=bude =se | weight=0.111
=domahat | weight=0.111
=domahat =nahradu | weight=0.111
=nahradu =soudni | weight=0.111
=se =domahat | weight=0.111
=soudni | weight=0.111
=soudni =cesky | weight=0.111
=kupni =cenu | weight=0.110
=slevu =za | weight=0.109
=odskodne | weight=0.108
=ztratili | weight=0.107
=aspon =caste | weight=0.107
=caste =penize | weight=0.107
=chtel =aspon | weight=0.107
=na =ucet | weight=0.106
=za =ty | weight=0.105
=ho =koukal | weight=0.105
=koukal =zaplatit | weight=0.105
=kufr =tak | weight=0.105
=ztratili =jste | weight=0.105
=dopravu | weight=0.105
=jde =to | weight=0.105
=prosim =zaplacene | weight=0.103
=zaplacene =zalohu | weight=0.103
=caste | weight=0.102
=muze =chtel | weight=0.102
=vraceni =celou | weight=0.101
=kufr | weight=0.100
=mi =penize | weight=0.099
=vraceni =preplatku | weight=0.098
=pausal | weight=0.098
=chci =svych | weight=0.097
=o =kompenzaci | weight=0.097
=za =ten | weight=0.097
=uz =tyden | weight=0.096
=pokud =mi | weight=0.095
=narok =aby | weight=0.095
=na =opravu | weight=0.094
=kurz | weight=0.094
=nejaky =dostal | weight=0.094
=za =kurz | weight=0.094
=uctenky =vybledla | weight=0.094
=vybledla | weight=0.094
=mesic =bez | weight=0.094, noneg
=mi =ho | weight=0.094
=cekal =na | weight=0.093
=kde =je | weight=0.093
=bez =signalu | weight=0.092, noneg
=dort | weight=0.091
=me =za | weight=0.090
=chci =ten | weight=0.089
=se =nejaky | weight=0.089
=kupni | weight=0.089
=nahradni | weight=0.089
=tyden =bez | weight=0.089, noneg
=jste =mi | weight=0.088
=uz =byla | weight=0.087
=mi =kufr | weight=0.087
=strzena | weight=0.086
=mi =proplatite | weight=0.086
=penize =protoze | weight=0.086
=by =byla | weight=0.086
=vratit =celou | weight=0.085
=mi =dodnes | weight=0.083
=za =nefunkcni | weight=0.083
=opet | weight=0.083
=chci =abyste | weight=0.083
=odskodneni =za | weight=0.083
=mate | weight=0.081
=za =tri | weight=0.081
=penize =za | weight=0.081
=jednou =z | weight=0.081
=platba =vratit | weight=0.081
=potrebuju =abyste | weight=0.081
=tech =platba | weight=0.081
=z =tech | weight=0.081
=co =jste | weight=0.080
=chci =je | weight=0.080
=je =zpatky | weight=0.080
=na =ty | weight=0.080
=slevu =na | weight=0.079
=dvakrat =strzena | weight=0.078
=za =elektriny | weight=0.078
=chci =vratit | weight=0.078
=castku =na | weight=0.077
=v =zaruka | weight=0.077
=je =moje | weight=0.077
=obratim | weight=0.076
=abyste | weight=0.076
=dvakrat | weight=0.076
=storno =a | weight=0.076
=a =objednal | weight=0.076
=prijit =bez | weight=0.076, noneg
=svatebni | weight=0.075
=porad =chyba | weight=0.075
=mi =byla | weight=0.075
=aspon =postovne | weight=0.074
=zpatky =aspon | weight=0.074
=koukal | weight=0.074
=cekal =aspon | weight=0.073
=studena | weight=0.073
=zpatky =svoje | weight=0.071
=mi =jednou | weight=0.071
=cenu =zajezd | weight=0.071
=zajezd =za | weight=0.071
=za =zruseny | weight=0.070
=vyridili =to | weight=0.070
=operatorka =slibili | weight=0.069
=vozidlo | weight=0.069
=neuznali =protoze | weight=0.069
=let | weight=0.068
=dni =a | weight=0.068
=bezbarierovy | weight=0.067
=slevu | weight=0.067
=svoje =penize | weight=0.067
=nam =prosim | weight=0.067
=pokud | weight=0.066
=nam | weight=0.066
=za =vypadek | weight=0.066
=a =slevu | weight=0.066
=prepazky =jsem | weight=0.065
=navrh | weight=0.065
=jako =nevidomy | weight=0.065
=mi =zkazili | weight=0.065
=zkazili | weight=0.065
=jde | weight=0.065
=cekal =ze | weight=0.064
=jizdne | weight=0.063
=nic =nerekl | weight=0.062, noneg
=na =vraceni | weight=0.062
=vraceni =kupni | weight=0.062
=elektriny | weight=0.062
=zruseny =zajezd | weight=0.061
=ridic =to | weight=0.061
=to =mesic | weight=0.060
=po =tom | weight=0.060
=dostal =zpatky | weight=0.060
=automaticky =obnovit | weight=0.060
=jste =to | weight=0.059
=za =kveten | weight=0.059
=neuznali | weight=0.059
=to =jen | weight=0.059
=nestihli | weight=0.059
=dorazil =do | weight=0.058
=kdy =uz | weight=0.057
=chci =zpet | weight=0.056
=zpet =penize | weight=0.056
=a =bude | weight=0.056
=protoze =uz | weight=0.056
=uz =uplynula | weight=0.056
=dva | weight=0.056
=mi =prosim | weight=0.055
=neopravnene | weight=0.055
=neopravnene =strzena | weight=0.055
=strzena =platba | weight=0.055
=ze =nam | weight=0.054
=rozdil | weight=0.054
=neodpovida =na | weight=0.054
=to =poslali | weight=0.054
=nefunkcni | weight=0.054
=rozbil =mobilu | weight=0.054
=pripravu | weight=0.054
=a =poslali | weight=0.054
=a =uplne | weight=0.053
=platba | weight=0.053
=pausal =za | weight=0.053
=sluzba | weight=0.053
=mi =soused | weight=0.053
=treti =o | weight=0.053
=tuto | weight=0.052
=studena =a | weight=0.051
=uz =je | weight=0.051
=na =prepazky | weight=0.051
=a =vraceni | weight=0.051
=na =coi | weight=0.050
=pet =pracovnich | weight=0.050
=nevidomy | weight=0.050
=zadam | weight=0.050
=objednavka =dorazil | weight=0.050
=coi | weight=0.049
=odpoved =sablona | weight=0.049
=den =a | weight=0.049
=a =vratit | weight=0.049
=prepravce | weight=0.049
=prosim =o | weight=0.049
=reseni | weight=0.049
=dobropis =a | weight=0.049
=zruseny =objednavka | weight=0.049
=mam =narok | weight=0.048
=a =prijit | weight=0.048
=veci =fakturu | weight=0.048
=to =svedl | weight=0.048
=e-mail =ohledne | weight=0.048
=da =se | weight=0.048
=klienty | weight=0.048
=zaruka | weight=0.047
=dodavka | weight=0.047
=to =hned | weight=0.047
=soused | weight=0.047
=poplatek =a | weight=0.047
=drazsi =tarif | weight=0.047
=slibili =ze | weight=0.045
=automaticky | weight=0.045
=zasilka =a | weight=0.045
=voziku =a | weight=0.045
=dvakrat =chci | weight=0.045
=pausal =dvakrat | weight=0.045
=jako =mi | weight=0.045
=likvidatorka | weight=0.045
=tyden =ozval | weight=0.045
=koupelnu | weight=0.045
=jste | weight=0.044
=prijit =v | weight=0.044
=pozdeji =a | weight=0.044
=muj =ucet | weight=0.044
=se =smlouvy | weight=0.043
=svedl =na | weight=0.043
=zpatky =jako | weight=0.043
=vyplacena | weight=0.043
=mi =nahradu | weight=0.042
=nedostal | weight=0.042
=chci =kompenzaci | weight=0.042
=nic =zadna | weight=0.042, noneg
=zaplatit =jsem | weight=0.042
=svedl | weight=0.042
=psal =na | weight=0.041
=agent =mi | weight=0.041
=bez =elektriny | weight=0.040, noneg
=pracovnich =dnu | weight=0.040
=ztracene =cas | weight=0.039
=nikdo =si | weight=0.038, noneg
=minuly | weight=0.038
=byla =poskytnuta | weight=0.038
=poskytnuta | weight=0.038
=byla =dvakrat | weight=0.038
=cesky | weight=0.038
=udalosti =jsem | weight=0.038
=ze =jste | weight=0.038
=advokatovi | weight=0.037
=predavam =svemu | weight=0.037
=svemu =advokatovi | weight=0.037
=eu | weight=0.037
=pronajimatel | weight=0.037
=jsem =nakonec | weight=0.037
=bez | weight=0.037, noneg
=uplne =studena | weight=0.036
=zklamani | weight=0.036
=skodu | weight=0.036
=druhy =ze | weight=0.036
=se =za | weight=0.036
=mi =tech | weight=0.036
=kc =zpatky | weight=0.035
=do =pet | weight=0.035
=pry =vina | weight=0.035
=da | weight=0.035
=bez =internet | weight=0.035, noneg
=pracovnich | weight=0.035
=ohledne | weight=0.035
=vyridili | weight=0.035
=obnovit | weight=0.035
=ze =dat | weight=0.034
=prodejne =tvrdi | weight=0.034
=vam | weight=0.034
=poplatek =za | weight=0.034
=nevim =jako | weight=0.034
=na =e-mail | weight=0.033
=roztrzene | weight=0.033
=chci =ty | weight=0.033
=vstupenky | weight=0.033
=kuryr =tvrdi | weight=0.033
=ze =kuryr | weight=0.033
=prislibil | weight=0.033
=si =pockam | weight=0.033
=az =se | weight=0.032
=podivat =se | weight=0.032
=vec =predavam | weight=0.032
=ctvrt =den | weight=0.032
=zadam =aby | weight=0.032
=bych | weight=0.032
=chci =penize | weight=0.032
=na =nahradni | weight=0.032
