# wants_refund, cs: learned by scripts/learn.py from 3535 tuning texts (170 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Klient opět urguje vrácení přeplatku, věc podle něj visí už dva měsíce.
+ Minulá operátorka slíbila, že mi vrátí poštovné. Nikdy se nestalo. Prosím vyřiďte to.
+ Agent mi slibil, ze zrusi automatickou obnovu a vrati platbu. Nic se nestalo a znovu mi strhli 2 490 Kc.
- ok dekuju
- super, doporucuju
=vratit =mi | weight=0.447
=dluzite | weight=0.434
=svych | weight=0.401
=chci | weight=0.370
=pozaduji | weight=0.364
=nahradu | weight=0.356
=kompenzaci | weight=0.352
=o =vraceni | weight=0.339
=preplatku | weight=0.299
=chci =zpatky | weight=0.295
=dodnes =nevratite | weight=0.294
=kompenzaci =za | weight=0.293
=zalohu | weight=0.287
=vraceni | weight=0.278
=dluzite =mi | weight=0.269
=mi =vratit | weight=0.263
=zpatky | weight=0.257
=ocekavam =ze | weight=0.256
=poplatek | weight=0.239
=korun | weight=0.232
=vam =nikdo | weight=0.231, noneg
=zaplatit | weight=0.228
=zadam =o | weight=0.224
=rozbil =telefon | weight=0.222
=abyste =mi | weight=0.217
=vratit | weight=0.213
=nevraci | weight=0.208
=castku | weight=0.206
=pokud =mi | weight=0.206, noneg
=zruseny | weight=0.203
=odskodneni | weight=0.199
=narok =vraceni | weight=0.199
=ocekavam | weight=0.197
=proplatite | weight=0.191
=kc | weight=0.190
=slevu =z | weight=0.187
=na =soudu | weight=0.186
=nevratite | weight=0.185
=dva =mesic | weight=0.184
=vraceni =poplatek | weight=0.179
=koncert | weight=0.179
=soudu | weight=0.179
=at =mi | weight=0.179
=zaplacene | weight=0.178
=obratim =se | weight=0.178
=dodnes | weight=0.178
=spojit | weight=0.177
=penize =zpet | weight=0.177
=za =ztracene | weight=0.177
=bez =jakekoli | weight=0.176, noneg
=nakladu | weight=0.171
=pokud =penize | weight=0.171, noneg
=ztracene | weight=0.169
=tech | weight=0.169
=strhli | weight=0.168
=poslali =zpet | weight=0.167
=kauce | weight=0.165
=zrusit | weight=0.165
=ty | weight=0.164
=let =zrusit | weight=0.164
=zajezd | weight=0.164
=vraceni =zalohu | weight=0.163
=pozaduji =vraceni | weight=0.163
=zrusit =a | weight=0.161
=vratku | weight=0.161
=ten =rozbil | weight=0.159
=co =mi | weight=0.158
=koncert =zruseny | weight=0.157
=kvuli =vraceni | weight=0.156
=rozbil | weight=0.152
=mi =poslali | weight=0.152
=celou =castku | weight=0.152
=jako =to | weight=0.151
=penize =zpatky | weight=0.149
=zavazadlo | weight=0.149
=nakladu =na | weight=0.146
=nejmensi | weight=0.146
=to =nejmensi | weight=0.146
=zadam =vraceni | weight=0.146
=refundace | weight=0.145
=tak =kde | weight=0.144
=pausal | weight=0.141
=mi =neodpovida | weight=0.141
=namiste | weight=0.140
=dvakrat | weight=0.140
=a =bez | weight=0.139, noneg
=narok | weight=0.137
=dny =bez | weight=0.137, noneg
=proplaceni | weight=0.137
=penize =a | weight=0.136
=zpet =na | weight=0.136
=mi =vyplatili | weight=0.135
=zpet | weight=0.133
=smlouvu =vypoved | weight=0.132
=vyplatili | weight=0.131
=ztracene =zavazadlo | weight=0.130
=penize | weight=0.129
=s =vam | weight=0.129
=mesic =cekal | weight=0.129
=vraceni =kauce | weight=0.129
=tyden =mi | weight=0.128
=ohledne =vraceni | weight=0.128
=ze =mi | weight=0.126
=obratim | weight=0.125
=z =cenu | weight=0.124
=to =storno | weight=0.122
=aspon | weight=0.122
=jsem =smlouvu | weight=0.122
=v =ledna | weight=0.121
=chci =je | weight=0.120
=je =zpatky | weight=0.120
=taxi | weight=0.119
=penize =za | weight=0.119
=prosim | weight=0.118
=chci =vratit | weight=0.118
=chci =svych | weight=0.117
=neodpovida | weight=0.117
=uz =dvakrat | weight=0.117
=jde =to | weight=0.116
=pozaduji =kompenzaci | weight=0.116
=aby =mi | weight=0.115
=a =vedouci | weight=0.114
=vypoved =v | weight=0.114
=svoje | weight=0.114
=zpatky =penize | weight=0.113
=caste | weight=0.113
=mi =strhli | weight=0.113
=na =ucet | weight=0.112
=odskodne | weight=0.111
=to =ze | weight=0.110
=prachy | weight=0.109
=bude =se | weight=0.109
=domahat | weight=0.109
=domahat =nahradu | weight=0.109
=nahradu =soudni | weight=0.109
=se =domahat | weight=0.109
=soudni | weight=0.109
=soudni =cesky | weight=0.109
=kupni =cenu | weight=0.109
=postovne | weight=0.108
=aspon =caste | weight=0.108
=caste =penize | weight=0.108
=chtel =aspon | weight=0.108
=za =ten | weight=0.108
=vratit =penize | weight=0.108
=ho =koukal | weight=0.108
=koukal =zaplatit | weight=0.108
=kufr =tak | weight=0.108
=ztratili =jste | weight=0.108
=bez =teple | weight=0.108, noneg
=chtel =bych | weight=0.107
=mi =dodnes | weight=0.106
=dobropis | weight=0.105
=ledna | weight=0.104
=slevu =za | weight=0.103
=cenu | weight=0.103
=ztratili | weight=0.103
=prosim =zaplacene | weight=0.102
=zaplacene =zalohu | weight=0.102
=muze =chtel | weight=0.101
=na =opravu | weight=0.101
=uctenky =vybledla | weight=0.101
=vybledla | weight=0.101
=mi =neda | weight=0.101
=dort | weight=0.101
=za =elektriny | weight=0.101
=kufr | weight=0.100
=pokud | weight=0.100, noneg
=poslali =na | weight=0.100
=na =kartu | weight=0.100
=me =za | weight=0.098
=porad =nemam | weight=0.098, noneg
=mi =nebyl | weight=0.098, noneg
=o =kompenzaci | weight=0.097
=kde =je | weight=0.097
=volam =kvuli | weight=0.097
=kc =a | weight=0.097
=dopravu | weight=0.096
=penize =protoze | weight=0.096
=vratit =celou | weight=0.095
=kupni | weight=0.095
=ze =kvuli | weight=0.095
=coi | weight=0.095
=mi =kufr | weight=0.095
=na =coi | weight=0.092
=za =ty | weight=0.092
=mesic =bez | weight=0.092, noneg
=bez =signalu | weight=0.091, noneg
=mi =ho | weight=0.091
=mi =proplatite | weight=0.091
=slevu | weight=0.090
=chci =ten | weight=0.090
=uz =tyden | weight=0.089
=vraceni =celou | weight=0.089
=strzena | weight=0.087
=dvakrat =strzena | weight=0.086
=chci =penize | weight=0.086
=jiz =potreti | weight=0.086
=koukal | weight=0.085
=by =byla | weight=0.085
=prestoze =jsem | weight=0.085
=cekal =na | weight=0.085
=mesicne =pausal | weight=0.084
=nam | weight=0.084
=vraceni =preplatku | weight=0.084
=jednou =z | weight=0.083
=platbu =vratit | weight=0.083
=potrebuju =abyste | weight=0.083
=tech =platbu | weight=0.083
=z =tech | weight=0.083
=za =nefunkcni | weight=0.083
=mi =penize | weight=0.083
=narok =aby | weight=0.083
=kurz | weight=0.083
=nejaky =dostal | weight=0.083
=za =kurz | weight=0.083
=odskodneni =za | weight=0.081
=se =nejaky | weight=0.081
=a =poslali | weight=0.080
=na =ty | weight=0.080
=uz =byla | weight=0.079
=a =objednal | weight=0.078
=prijit =bez | weight=0.078, noneg
=porad =chyba | weight=0.078
=aspon =postovne | weight=0.077
=zpatky =aspon | weight=0.077
=svatebni | weight=0.077
=operatorka =slibili | weight=0.076
=mi =jednou | weight=0.076
=vyridili =to | weight=0.076
=nahradni | weight=0.076
=zpatky =svoje | weight=0.076
=vypoved | weight=0.076
=cekal =aspon | weight=0.076
=je =moje | weight=0.075
=tyden =bez | weight=0.075, noneg
=automaticky =obnovit | weight=0.075
=jsem =uz | weight=0.075
=poslali =pozdeji | weight=0.074
=bez =internet | weight=0.074, noneg
=kc =za | weight=0.074
=prosim =o | weight=0.074
=vraceni =kupni | weight=0.074
=mi =nahradu | weight=0.074
=mate | weight=0.073
=za =tri | weight=0.073
=castku =na | weight=0.073
=v =zaruka | weight=0.073
=to =mesic | weight=0.072
=mi =zkazili | weight=0.072
=zkazili | weight=0.072
=studena | weight=0.072
=svoje =penize | weight=0.070
=a =nahradu | weight=0.070
=storno =a | weight=0.069
=vedouci =mi | weight=0.069
=nefunkcni | weight=0.068
=abyste | weight=0.068
=nam =prosim | weight=0.067
=cekal =ze | weight=0.067
=prepazky =jsem | weight=0.067
=jste =mi | weight=0.067
=nic =nerekl | weight=0.067, noneg
=jako =nevidomy | weight=0.067
=bezbarierovy | weight=0.066
=protoze =uz | weight=0.066
=uz =uplynula | weight=0.066
=let =a | weight=0.066
=mi =byla | weight=0.066
=to =jen | weight=0.066
=dva | weight=0.066
=za =zruseny | weight=0.065
=jiz | weight=0.065
=cenu =zajezd | weight=0.065
=zajezd =za | weight=0.065
=jizdne | weight=0.065
=prestoze | weight=0.064
=jste =to | weight=0.064
=studena =a | weight=0.064
=neuznali =protoze | weight=0.064
=za =tu | weight=0.062
=slevu =na | weight=0.062
=co =jste | weight=0.061
=dostal =zpatky | weight=0.061
=uz =je | weight=0.060
=to =poslali | weight=0.060
=pet =pracovnich | weight=0.059
=elektriny | weight=0.059
=vozidlo | weight=0.059
=zruseny =zajezd | weight=0.058
=dni =a | weight=0.057
=nevidomy | weight=0.057
=opet | weight=0.057
=mi =prosim | weight=0.057
=a =vratit | weight=0.057
=let | weight=0.057
=chci =abyste | weight=0.056
=zaruka | weight=0.056
=za =kveten | weight=0.056
=nas =obce | weight=0.056
=obce | weight=0.056
=zaplatit =jsem | weight=0.056
=za =vypadek | weight=0.056
=mi =soused | weight=0.056
=treti =o | weight=0.056
=a =po | weight=0.055
=zpatky =jako | weight=0.055
=to =hned | weight=0.055
=cesky | weight=0.054
=chci =zpet | weight=0.054
=zpet =penize | weight=0.054
=a =bude | weight=0.054
=neuznali | weight=0.054
=zruseny =objednavka | weight=0.054
=rozdil | weight=0.054
=cesky =obchodni | weight=0.054
=drazsi =tarif | weight=0.053
=ridic =to | weight=0.053
=pracovnich =dnu | weight=0.053
=a =slevu | weight=0.053
=rozbil =mobilu | weight=0.052
=to =pred | weight=0.052
=dorazil =do | weight=0.052
=voziku =a | weight=0.052
=den =a | weight=0.051
=dispecink =na | weight=0.051
=jsem =nestihl | weight=0.051
=pausal =za | weight=0.050
=a =uplne | weight=0.050
=neopravnene =strzena | weight=0.050
=strzena =platbu | weight=0.050
=da =se | weight=0.050
=do =pet | weight=0.050
=koupelnu | weight=0.050
=neopravnene | weight=0.050
=obchodni =inspekci | weight=0.050
=jako =mi | weight=0.050
=tyden =ozval | weight=0.050
=kdy =uz | weight=0.050
=tom =na | weight=0.049
=ctu =a | weight=0.049
=dobropis =a | weight=0.049
=mam =narok | weight=0.049
=skupiny =nas | weight=0.049
=to =svedl | weight=0.049
=objednavka =dorazil | weight=0.049
=do =skupiny | weight=0.049
=ze =nam | weight=0.049
=neodpovida =na | weight=0.048
=nevratite =penize | weight=0.048
=ze =jste | weight=0.048
=tuto | weight=0.047
=pracovnich | weight=0.047
=pripravu | weight=0.047
=napisu =o | weight=0.047
=jinak =to | weight=0.046
=pozdravem =ing | weight=0.046
=kdyz =mi | weight=0.046
=neodpovedel | weight=0.046
=eu | weight=0.046
=penize =porad | weight=0.046
=petr | weight=0.046
=skodu | weight=0.046
=poplatek =a | weight=0.046
=zadam | weight=0.045
=chci =ty | weight=0.045
=nabidli =mi | weight=0.045
=voucher | weight=0.045
=inspekci | weight=0.045
=na =prepazky | weight=0.045
=byla =studena | weight=0.044
=navrh | weight=0.044
=se =smlouvu | weight=0.044
=a =prijit | weight=0.044
=svedl =na | weight=0.044
=tom =co | weight=0.043
=dvakrat =chci | weight=0.043
=pausal =dvakrat | weight=0.043
=agent =mi | weight=0.043
=likvidatorka | weight=0.043
=byla =to | weight=0.043
=narizeni =eu | weight=0.042
=podle =narizeni | weight=0.042
=a =jestli | weight=0.042
=uhradi | weight=0.042
=obnovit | weight=0.042
=minuly | weight=0.042
=muj =ucet | weight=0.042
=se =za | weight=0.042
=svedl | weight=0.042
=zklamani | weight=0.042
=prepravce | weight=0.042
=na =vraceni | weight=0.042
=den =objednavka | weight=0.042
=chci =kompenzaci | weight=0.042
=odpoved =sablona | weight=0.042
=bez =elektriny | weight=0.041, noneg
=da | weight=0.041
=uz =dva | weight=0.040
=vratit =tech | weight=0.040
