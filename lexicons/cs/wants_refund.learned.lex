# wants_refund, cs: learned by scripts/learn.py from 3948 tuning texts (221 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Klient opět urguje vrácení přeplatku, věc podle něj visí už dva měsíce.
+ Operátor mi řekl, že kvůli pravidlům mi nemůže vrátit peníze, a vedoucího mi nedá.
+ Minulá operátorka slíbila, že mi vrátí poštovné. Nikdy se nestalo. Prosím vyřiďte to.
- ok dekuju
- super, doporucuju
=vratit =mi | weight=0.490
=dluzite | weight=0.483
=nahradu | weight=0.450
=kompenzaci | weight=0.420
=svych | weight=0.419
=zalohu | weight=0.362
=chci | weight=0.356
=refundace | weight=0.344
=pozaduji | weight=0.334
=pokud =mi | weight=0.329, noneg
=chci =zpatky | weight=0.322
=preplatku | weight=0.310
=kauce | weight=0.305
=mi =vratit | weight=0.291
=o =vraceni | weight=0.290
=vraceni | weight=0.289
=kompenzaci =za | weight=0.289
=nevratite | weight=0.284
=dluzite =mi | weight=0.278
=ocekavam =ze | weight=0.266
=nemam =zpatky | weight=0.258, noneg
=dodnes =nevratite | weight=0.245
=poplatek | weight=0.245
=korun | weight=0.239
=pravnikovi | weight=0.236
=proplatite | weight=0.232
=vam =nikdo | weight=0.230, noneg
=zpatky | weight=0.228
=zaplatit | weight=0.222
=odskodneni | weight=0.221
=pokud =penize | weight=0.213, noneg
=castku | weight=0.201
=abyste =mi | weight=0.201
=zpet | weight=0.199
=zadam =o | weight=0.199
=rozbil =telefon | weight=0.199
=narok =vraceni | weight=0.198
=nevraci | weight=0.197
=ocekavam | weight=0.196
=obratim =se | weight=0.195
=penize | weight=0.194
=poslali =zpet | weight=0.194
=tech | weight=0.191
=porad =nemam | weight=0.191, noneg
=ty | weight=0.188
=neodpovida | weight=0.188
=penize =a | weight=0.185
=bez =jakekoli | weight=0.182, noneg
=kc | weight=0.181
=zaplacene | weight=0.181
=slevu =z | weight=0.178
=zadam =vraceni | weight=0.177
=spojit | weight=0.176
=vraceni =poplatek | weight=0.176
=prachy | weight=0.172
=dva =mesic | weight=0.171
=pausal | weight=0.171
=za =ztracene | weight=0.170
=strhli | weight=0.170
=zrusit =a | weight=0.170
=vratit | weight=0.169
=koncert | weight=0.168
=let =zrusit | weight=0.168
=podam =zalobu | weight=0.168
=celou =castku | weight=0.166
=pozaduji =vraceni | weight=0.165
=penize =zpatky | weight=0.165
=stale =nemam | weight=0.164, noneg
=nebo =penize | weight=0.164
=kdo =mi | weight=0.163
=stale =jsem | weight=0.162
=ztracene | weight=0.161
=penize =zpet | weight=0.160
=mi =dluzite | weight=0.159
=zalobu | weight=0.159
=cestovka | weight=0.158
=zpet =na | weight=0.157
=zruseny | weight=0.155
=ten =rozbil | weight=0.155
=nejmensi | weight=0.154
=to =nejmensi | weight=0.154
=aspon | weight=0.154
=chci =vratit | weight=0.153
=dny =bez | weight=0.152, noneg
=zrusit | weight=0.152
=zacinal | weight=0.150
=aby =mi | weight=0.149
=zajezd | weight=0.149
=vraceni =zalohu | weight=0.148
=nevratite =jdu | weight=0.147
=at =mi | weight=0.147
=nakladu | weight=0.146
=zavazadlo | weight=0.144
=cenu | weight=0.143
=kvuli =vraceni | weight=0.143
=s =vam | weight=0.142
=nakladu =na | weight=0.141
=postovne | weight=0.141
=nahradu =skodu | weight=0.140
=proplaceni | weight=0.140
=patku =nevratite | weight=0.139
=penize =je | weight=0.139
=slevu | weight=0.139
=neda =maji | weight=0.137
=vratku | weight=0.137
=pozaduji =kompenzaci | weight=0.135
=pokud | weight=0.135, noneg
=namiste | weight=0.134
=koncert =zruseny | weight=0.133
=to =jednou | weight=0.132
=maji =to | weight=0.132
=mam =to | weight=0.132
=mi =strhli | weight=0.131
=dodnes | weight=0.130
=dobropis | weight=0.130
=vratit =penize | weight=0.129
=taxi | weight=0.129
=na =opravu | weight=0.129
=smlouvu =vypoved | weight=0.127
=co =mi | weight=0.127
=ztracene =zavazadlo | weight=0.126
=mi =neodpovida | weight=0.125
=rozbil | weight=0.124
=v =ledna | weight=0.124
=zpatky =penize | weight=0.124
=kufr | weight=0.124
=tak =kde | weight=0.123
=mi =to | weight=0.122
=rozdil | weight=0.122
=kupni =cenu | weight=0.121
=odskodne | weight=0.120
=chci =je | weight=0.120
=je =zpatky | weight=0.120
=neda | weight=0.119
=mi =poslali | weight=0.119
=strzena | weight=0.119
=skodu | weight=0.119
=to =ve | weight=0.118
=ze =mi | weight=0.118
=vypoved =v | weight=0.117
=prosim | weight=0.116
=a =bez | weight=0.116, noneg
=na =kartu | weight=0.113
=jestli =mi | weight=0.113
=je =mi | weight=0.113
=narok | weight=0.112
=jsem =smlouvu | weight=0.112
=za =ten | weight=0.112
=v =podminky | weight=0.112
=to =v | weight=0.110
=z =cenu | weight=0.109
=prosim =zaplacene | weight=0.109
=zaplacene =zalohu | weight=0.109
=cekal =aspon | weight=0.108
=ohledne =vraceni | weight=0.107
=to =storno | weight=0.107
=ho =koukal | weight=0.107
=koukal =zaplatit | weight=0.107
=kufr =tak | weight=0.107
=ztratili =jste | weight=0.107
=neda =pokoj | weight=0.107
=mesic =cekal | weight=0.107
=vraceni =kauce | weight=0.107
=chci =svych | weight=0.106
=kupni | weight=0.106
=mesic =bez | weight=0.105, noneg
=mi =vyplatili | weight=0.104
=mi =jednou | weight=0.104
=mi =nebyl | weight=0.104, noneg
=bez =signalu | weight=0.104, noneg
=dokud | weight=0.103
=nevratite =penize | weight=0.102
=jako =to | weight=0.102
=bude =se | weight=0.101
=domahat | weight=0.101
=domahat =nahradu | weight=0.101
=nahradu =soudni | weight=0.101
=se =domahat | weight=0.101
=soudni | weight=0.101
=soudni =cesky | weight=0.101
=vratit =celou | weight=0.101
=bez =teple | weight=0.101, noneg
=poslali =na | weight=0.101
=slevu =za | weight=0.101
=ledna | weight=0.100
=vyplatili | weight=0.100
=za =nefunkcni | weight=0.100
=me =za | weight=0.099
=v =cenu | weight=0.098
=cekal =na | weight=0.098
=jde =to | weight=0.097
=dort | weight=0.097
=odskodneni =za | weight=0.096
=vraceni =kupni | weight=0.096
=mi =dodnes | weight=0.095
=chci =ten | weight=0.094
=chci =penize | weight=0.094
=uz =tyden | weight=0.094
=neodpovida =popisu | weight=0.093
=zbozi =neodpovida | weight=0.093
=mi =kufr | weight=0.093
=studena | weight=0.093
=prestoze =jsem | weight=0.092
=nahradni | weight=0.092
=dvakrat =strzena | weight=0.092
=to =do | weight=0.091
=vraceni =preplatku | weight=0.091
=mi =ho | weight=0.091
=o =kompenzaci | weight=0.090
=prijit =bez | weight=0.090, noneg
=platba =vratit | weight=0.089
=potrebuju =abyste | weight=0.089
=tech =platba | weight=0.089
=z =tech | weight=0.089
=caste | weight=0.089
=mesicne =pausal | weight=0.088
=aspon =caste | weight=0.087
=caste =penize | weight=0.087
=chtel =aspon | weight=0.087
=za =elektriny | weight=0.086
=a =objednal | weight=0.085
=ztratili | weight=0.085
=uz =byla | weight=0.085
=jsem =nedostal | weight=0.084
=zpatky =svoje | weight=0.084
=kurz | weight=0.083
=nejaky =dostal | weight=0.083
=za =kurz | weight=0.083
=koukal | weight=0.083
=na =uctu | weight=0.083
=mi =proplatite | weight=0.082
=penize =protoze | weight=0.081
=skodu =na | weight=0.081
=svoje =penize | weight=0.081
=uctenky =vybledla | weight=0.081
=vybledla | weight=0.081
=automaticky =obnovit | weight=0.081
=mi =ty | weight=0.081
=muze =chtel | weight=0.081
=na =auto | weight=0.081
=za =ty | weight=0.079
=vyridim =to | weight=0.079
=jste =mi | weight=0.079
=kde =je | weight=0.079
=operatorka =slibili | weight=0.079
=pokoj | weight=0.078
=kc =a | weight=0.078
=se =nejaky | weight=0.078
=by =byla | weight=0.077
=bezbarierovy | weight=0.076
=uz =dvakrat | weight=0.076
=vypoved | weight=0.076
=penize =za | weight=0.075
=a =kdo | weight=0.075
=mi =zaplatit | weight=0.075
=potraviny | weight=0.075
=potraviny =v | weight=0.075
=ty =zkazeny | weight=0.075
=v =lednici | weight=0.075
=zaplatit =ty | weight=0.075
=zkazeny | weight=0.075
=zkazeny =potraviny | weight=0.075
=dnu =je | weight=0.074
=a =vedouci | weight=0.074
=tyden =bez | weight=0.074, noneg
=objednal =jsem | weight=0.074
=jednou =z | weight=0.073
=pravidla =mi | weight=0.073
=cekal =ze | weight=0.072
=jizdne | weight=0.072
=penize =neni | weight=0.072, noneg
=dopravu | weight=0.072
=dluzite =vraceni | weight=0.071
=za =kvetna | weight=0.071
=a =vratit | weight=0.071
=bez =internet | weight=0.071, noneg
=narok =aby | weight=0.070
=neopravnene =strzena | weight=0.070
=nam =prosim | weight=0.070
=castku =na | weight=0.070
=popisu | weight=0.069
=to =mesic | weight=0.068
=jiz =potreti | weight=0.068
=k =pravnikovi | weight=0.068
=strzena =castku | weight=0.068
=let =a | weight=0.068
=na =soudu | weight=0.067
=urguje | weight=0.067
=urguje =vraceni | weight=0.067
=vraceni =celou | weight=0.067
=to =ze | weight=0.066
=aspon =postovne | weight=0.066
=zpatky =aspon | weight=0.066
=webu =pisu | weight=0.065
=svatebni | weight=0.065
=porad =chyba | weight=0.065
=strzena =platba | weight=0.065
=slibili =ze | weight=0.064
=mi =penize | weight=0.064
=vraceni =zbozi | weight=0.064
=nejaky | weight=0.064
=pausal =za | weight=0.064
=visi =uz | weight=0.064
=v =zaruka | weight=0.064
=tyden =cekal | weight=0.063
=a =nahradu | weight=0.063
=volal =kvuli | weight=0.063
=nebo =vraceni | weight=0.063
=svoje | weight=0.063
=dobropis =a | weight=0.062
=chci =bude | weight=0.062
=za =tri | weight=0.062
=uz =nikdo | weight=0.062, noneg
=slibili =jste | weight=0.061
=chyba =a | weight=0.061
=ze =rezervaci | weight=0.061
=poslali | weight=0.061
=oduvodnenim =ze | weight=0.061
=nebo | weight=0.061
=prepazky =jsem | weight=0.061
=mi =aspon | weight=0.060
=chtel =bych | weight=0.060
=to =vidi | weight=0.060
=cesky =obchodni | weight=0.060
=jako =nevidomy | weight=0.059
=nas =obce | weight=0.059
=obce | weight=0.059
=oduvodnenim | weight=0.059
=s =oduvodnenim | weight=0.059
=mi =zkazila | weight=0.059
=zkazila | weight=0.059
=poslali =pozdeji | weight=0.059
=cenu =zajezd | weight=0.059
=zajezd =za | weight=0.059
=soudu | weight=0.059
=byla =dvakrat | weight=0.058
=elektriny | weight=0.058
=uz =je | weight=0.058
=nic =nerekl | weight=0.058, noneg
=ridic =to | weight=0.058
=chci =nahradu | weight=0.058
=neuznali =protoze | weight=0.057
=zruseny =zajezd | weight=0.057
=dostal =zpatky | weight=0.057
=prosim =o | weight=0.057
=mate | weight=0.057
=to =pred | weight=0.057
=zruseny =objednavka | weight=0.057
=mi =soused | weight=0.057
=treti =o | weight=0.057
=storno | weight=0.057
=prestoze | weight=0.056
=lednici | weight=0.056
=kc =za | weight=0.056
=ctu =a | weight=0.056
=kdy =uz | weight=0.056
=ze =kvuli | weight=0.056
=dispecink =na | weight=0.056
=co =jste | weight=0.056
=to =vas | weight=0.055
=zadam | weight=0.055
=to =nekdo | weight=0.055
=obchodni =inspekci | weight=0.055
=skupiny =nas | weight=0.054
=jiz | weight=0.054
=to =jen | weight=0.054
=mi =neda | weight=0.054
=nevidomy | weight=0.054
=leve | weight=0.054
=neopravnene | weight=0.054
=protoze =uz | weight=0.053
=uz =uplynula | weight=0.053
=a =bude | weight=0.053
=nehraje | weight=0.053
=jako =mi | weight=0.053
=tyden =ozval | weight=0.053
=slevu =na | weight=0.053
=voziku =a | weight=0.053
=tuto | weight=0.053
=takze =to | weight=0.053
=obnovit | weight=0.053
=penize =porad | weight=0.053
=jinak =to | weight=0.052
=za =zruseny | weight=0.052
=stale | weight=0.052
=za =tu | weight=0.052
=je =moje | weight=0.052
=abyste | weight=0.051
=na =vadne | weight=0.051
=mi =nahradu | weight=0.051
=pizza =byla | weight=0.051
=muj =uctu | weight=0.051
=jsem =nestihl | weight=0.051
=zaplatit =jsem | weight=0.051
=drazsi =tarif | weight=0.050
=nebyl =k | weight=0.050, noneg
=vozidlo | weight=0.050
=nam | weight=0.050
=chci =zpet | weight=0.050
=zpet =penize | weight=0.050
