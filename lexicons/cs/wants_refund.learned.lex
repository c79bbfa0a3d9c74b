# wants_refund, cs: learned by scripts/learn.py from 3747 tuning texts (184 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Klient opět urguje vrácení přeplatku, věc podle něj visí už dva měsíce.
+ Operátor mi řekl, že kvůli pravidlům mi nemůže vrátit peníze, a vedoucího mi nedá.
+ Minulá operátorka slíbila, že mi vrátí poštovné. Nikdy se nestalo. Prosím vyřiďte to.
- ok dekuju
- super, doporucuju
=vratit =mi | weight=0.453
=dluzite | weight=0.442
=kompenzaci | weight=0.422
=svych | weight=0.406
=nahradu | weight=0.373
=chci | weight=0.369
=pozaduji | weight=0.326
=o =vraceni | weight=0.318
=vraceni | weight=0.315
=preplatku | weight=0.305
=chci =zpatky | weight=0.300
=zalohu | weight=0.290
=dodnes =nevratite | weight=0.283
=refundace | weight=0.278
=dluzite =mi | weight=0.274
=kompenzaci =za | weight=0.273
=ocekavam =ze | weight=0.271
=mi =vratit | weight=0.260
=zpatky | weight=0.251
=korun | weight=0.245
=poplatek | weight=0.239
=pokud =mi | weight=0.229, noneg
=vam =nikdo | weight=0.227, noneg
=nevratite | weight=0.223
=rozbil =telefon | weight=0.220
=abyste =mi | weight=0.220
=zaplatit | weight=0.217
=zadam =o | weight=0.216
=vratit | weight=0.212
=odskodneni | weight=0.210
=nevraci | weight=0.203
=slevu =z | weight=0.201
=zruseny | weight=0.197
=penize | weight=0.197
=ocekavam | weight=0.196
=kc | weight=0.193
=narok =vraceni | weight=0.193
=castku | weight=0.192
=zaplacene | weight=0.191
=proplatite | weight=0.191
=obratim =se | weight=0.189
=dva =mesic | weight=0.188
=pokud =penize | weight=0.187, noneg
=pozaduji =vraceni | weight=0.186
=penize =zpet | weight=0.182
=bez =jakekoli | weight=0.182, noneg
=spojit | weight=0.182
=at =mi | weight=0.181
=tech | weight=0.181
=vraceni =poplatek | weight=0.181
=vraceni =zalohu | weight=0.173
=let =zrusit | weight=0.173
=dodnes | weight=0.173
=zrusit =a | weight=0.169
=ty | weight=0.167
=za =ztracene | weight=0.166
=ztracene | weight=0.166
=poslali =zpet | weight=0.166
=strhli | weight=0.164
=koncert | weight=0.163
=zajezd | weight=0.163
=celou =castku | weight=0.163
=vratku | weight=0.161
=ten =rozbil | weight=0.161
=kauce | weight=0.160
=co =mi | weight=0.159
=penize =zpatky | weight=0.159
=zrusit | weight=0.156
=nejmensi | weight=0.151
=to =nejmensi | weight=0.151
=jako =to | weight=0.151
=pausal | weight=0.151
=neda =maji | weight=0.151
=kvuli =vraceni | weight=0.149
=zavazadlo | weight=0.148
=proplaceni | weight=0.148
=zpet | weight=0.146
=maji =to | weight=0.145
=zadam =vraceni | weight=0.145
=naklady =na | weight=0.144
=ze =mi | weight=0.143
=rozbil | weight=0.142
=mam =to | weight=0.142
=naklady | weight=0.140
=narok | weight=0.140
=koncert =zruseny | weight=0.138
=s =vam | weight=0.137
=na =soudu | weight=0.135
=z =cenu | weight=0.135
=mi =vyplatili | weight=0.135
=dny =bez | weight=0.134, noneg
=zpet =na | weight=0.133
=mi =poslali | weight=0.132
=mi =neodpovida | weight=0.131
=smlouvu =vypoved | weight=0.130
=taxi | weight=0.130
=namiste | weight=0.130
=vyplatili | weight=0.130
=chci =vratit | weight=0.129
=tak =kde | weight=0.129
=soudu | weight=0.127
=aby =mi | weight=0.126
=v =ledna | weight=0.126
=uz =dvakrat | weight=0.125
=a =bez | weight=0.125, noneg
=mesic =cekal | weight=0.124
=vraceni =kauce | weight=0.124
=ztracene =zavazadlo | weight=0.123
=mi =strhli | weight=0.123
=v =podminky | weight=0.123
=penize =a | weight=0.121
=to =v | weight=0.121
=jsem =smlouvu | weight=0.121
=to =ve | weight=0.121
=zpatky =penize | weight=0.120
=penize =za | weight=0.119
=ohledne =vraceni | weight=0.119
=to =storno | weight=0.119
=vypoved =v | weight=0.117
=chci =je | weight=0.117
=je =zpatky | weight=0.117
=kupni =cenu | weight=0.116
=neodpovida | weight=0.116
=pozaduji =kompenzaci | weight=0.116
=prachy | weight=0.115
=tyden =mi | weight=0.115
=slevu =za | weight=0.114
=to =ze | weight=0.114
=za =ten | weight=0.114
=jde =to | weight=0.114
=vratit =penize | weight=0.114
=caste | weight=0.114
=kufr | weight=0.113
=aspon =caste | weight=0.113
=caste =penize | weight=0.113
=chtel =aspon | weight=0.113
=dobropis | weight=0.113
=postovne | weight=0.113
=odskodne | weight=0.112
=bez =teple | weight=0.112, noneg
=chci =svych | weight=0.112
=ho =koukal | weight=0.111
=koukal =zaplatit | weight=0.111
=kufr =tak | weight=0.111
=ztratili =jste | weight=0.111
=bude =se | weight=0.110
=domahat | weight=0.110
=domahat =nahradu | weight=0.110
=nahradu =soudni | weight=0.110
=se =domahat | weight=0.110
=soudni | weight=0.110
=soudni =cesky | weight=0.110
=prosim | weight=0.107
=mi =nebyl | weight=0.107, noneg
=strzena | weight=0.107
=aspon | weight=0.106
=studena | weight=0.104
=prosim =zaplacene | weight=0.104
=zaplacene =zalohu | weight=0.104
=za =ty | weight=0.104
=porad =nemam | weight=0.104, noneg
=ztratili | weight=0.103
=na =opravu | weight=0.103
=kupni | weight=0.103
=cenu | weight=0.103
=muze =chtel | weight=0.102
=mi =dodnes | weight=0.102
=dort | weight=0.101
=vratit =celou | weight=0.101
=na =kartu | weight=0.100
=chci =ten | weight=0.100
=uz =tyden | weight=0.100
=poslali =na | weight=0.098
=me =za | weight=0.098
=chtel =bych | weight=0.098
=nam | weight=0.097
=jsem =uz | weight=0.097
=o =kompenzaci | weight=0.096
=na =uctu | weight=0.096
=vraceni =preplatku | weight=0.096
=svoje | weight=0.095
=mi =kufr | weight=0.095
=za =elektriny | weight=0.095
=volal =kvuli | weight=0.094
=ledna | weight=0.094
=a =vedouci | weight=0.093
=narok =aby | weight=0.092
=nahradni | weight=0.092
=pravidla =mi | weight=0.091
=mi =proplatite | weight=0.091
=odskodneni =za | weight=0.090
=dvakrat | weight=0.090
=kc =a | weight=0.090
=mi =ho | weight=0.089
=za =nefunkcni | weight=0.088
=uctenky =vybledla | weight=0.088
=vybledla | weight=0.088
=penize =neni | weight=0.088, noneg
=dvakrat =strzena | weight=0.088
=penize =protoze | weight=0.088
=neda | weight=0.087
=mesic =bez | weight=0.087, noneg
=bez =signalu | weight=0.087, noneg
=cekal =na | weight=0.087
=jiz =potreti | weight=0.086
=mesicne =pausal | weight=0.085
=koukal | weight=0.085
=za =zruseny | weight=0.085
=automaticky =obnovit | weight=0.084
=prijit =bez | weight=0.084, noneg
=jednou =z | weight=0.084
=platba =vratit | weight=0.084
=potrebuju =abyste | weight=0.084
=tech =platba | weight=0.084
=z =tech | weight=0.084
=vraceni =kupni | weight=0.083
=kurz | weight=0.082
=nejaky =dostal | weight=0.082
=za =kurz | weight=0.082
=tyden =bez | weight=0.082, noneg
=storno =a | weight=0.081
=vraceni =celou | weight=0.081
=se =nejaky | weight=0.080
=dopravu | weight=0.080
=prestoze =jsem | weight=0.080
=castku =na | weight=0.080
=na =ty | weight=0.079
=chci =penize | weight=0.079
=slevu | weight=0.079
=uz =byla | weight=0.078
=zpatky =svoje | weight=0.078
=by =byla | weight=0.078
=a =objednal | weight=0.078
=kde =je | weight=0.078
=svoje =penize | weight=0.078
=a =poslali | weight=0.078
=vyridili =to | weight=0.078
=operatorka =slibili | weight=0.077
=prepazky =jsem | weight=0.077
=aspon =postovne | weight=0.077
=zpatky =aspon | weight=0.077
=chci =nahradu | weight=0.077
=mi =jednou | weight=0.077
=a =nahradu | weight=0.076
=pokud | weight=0.075, noneg
=ze =kvuli | weight=0.075
=obratim | weight=0.075
=mi =neda | weight=0.075
=poslali =pozdeji | weight=0.074
=bezbarierovy | weight=0.074
=jako =nevidomy | weight=0.074
=porad =chyba | weight=0.073
=nic =nerekl | weight=0.073, noneg
=vypoved | weight=0.072
=opet | weight=0.072
=svatebni | weight=0.072
=cekal =aspon | weight=0.072
=cenu =zajezd | weight=0.071
=zajezd =za | weight=0.071
=nam =prosim | weight=0.070
=mi =penize | weight=0.070
=cekal =ze | weight=0.070
=let | weight=0.069
=to =mesic | weight=0.068
=to =jen | weight=0.068
=za =tri | weight=0.068
=cesky =obchodni | weight=0.067
=zruseny =objednavka | weight=0.067
=jiz | weight=0.066
=elektriny | weight=0.066
=slevu =na | weight=0.065
=protoze =uz | weight=0.065
=uz =uplynula | weight=0.065
=jizdne | weight=0.065
=obchodni =inspekci | weight=0.065
=mi =zkazili | weight=0.065
=zkazili | weight=0.065
=mi =nahradu | weight=0.064
=neopravnene =strzena | weight=0.064
=vozidlo | weight=0.064
=jste =to | weight=0.064
=co =jste | weight=0.064
=v =zaruka | weight=0.064
=strzena =castku | weight=0.062
=kc =za | weight=0.062
=webu =pisu | weight=0.062
=dni =a | weight=0.062
=mi =prosim | weight=0.061
=to =poslali | weight=0.061
=jste =mi | weight=0.061
=studena =a | weight=0.061
=ridic =to | weight=0.061
=neuznali =protoze | weight=0.061
=let =a | weight=0.061
=za =kveten | weight=0.060
=abyste | weight=0.060
=bez =internet | weight=0.060, noneg
=dispecink =na | weight=0.059
=kdy =uz | weight=0.059
=inspekci | weight=0.059
=skodu | weight=0.059
=objednal =jsem | weight=0.059
=a =vratit | weight=0.059
=mam =narok | weight=0.058
=to =vas | weight=0.058
=a =bude | weight=0.058
=je =moje | weight=0.058
=slibili =ze | weight=0.058
=nas =obce | weight=0.057
=obce | weight=0.057
=drazsi =tarif | weight=0.057
=voziku =a | weight=0.057
=strzena =platba | weight=0.057
=nevidomy | weight=0.056
=a =slevu | weight=0.056
=rozbil =mobilu | weight=0.056
=pripravu | weight=0.056
=da =se | weight=0.056
=tuto | weight=0.056
=to =svedl | weight=0.055
=dobropis =a | weight=0.055
=pet =pracovnich | weight=0.055
=mi =soused | weight=0.055
=treti =o | weight=0.055
=klienty | weight=0.054
=neopravnene | weight=0.054
=ze =nam | weight=0.054
=prestoze | weight=0.054
=penize =nevratite | weight=0.054
=nahradu =skodu | weight=0.053
=dostal =zpatky | weight=0.053
=dorazil =do | weight=0.053
=zruseny =zajezd | weight=0.052
=pausal =za | weight=0.052
=napisu =o | weight=0.052
=obnovit | weight=0.052
=dvakrat =chci | weight=0.052
=pausal =dvakrat | weight=0.052
=za =tu | weight=0.052
=ctu =a | weight=0.051
=to =pred | weight=0.051
=navrh | weight=0.051
=neuznali | weight=0.051
=zaruka | weight=0.051
=do =skupiny | weight=0.051
=jsem =nestihl | weight=0.051
=v =radu | weight=0.051
=neodpovida =na | weight=0.051
=pracovnich =dnu | weight=0.050
=tom =na | weight=0.050
=svedl =na | weight=0.050
=prosim =o | weight=0.050
=vedouci =mi | weight=0.050
=dva | weight=0.050
=skupiny =nas | weight=0.049
=chci =abyste | weight=0.049
=vraceni =penize | weight=0.049
=ze =jim | weight=0.049
=poplatek =a | weight=0.048
=a =jestli | weight=0.048
=byla =dvakrat | weight=0.048
=minuly | weight=0.048
=mate | weight=0.048
=svedl | weight=0.048
=chci =ty | weight=0.048
=neni =mozne | weight=0.048, noneg
=jinak =to | weight=0.048
=za | weight=0.048
=nabidli =mi | weight=0.048
=voucher | weight=0.048
=dodavka | weight=0.048
=vysmal =ze | weight=0.048
=kde =se | weight=0.047
=vratit =tech | weight=0.047
=do =pet | weight=0.047
=chci =ji | weight=0.047
=ji =zpatky | weight=0.047
=zasilka =a | weight=0.046
=penize =porad | weight=0.046
=jim =poslali | weight=0.046
=chci =zpet | weight=0.046
=zpet =penize | weight=0.046
=veci =fakturu | weight=0.046
=jako =mi | weight=0.046
=tyden =ozval | weight=0.046
=je =patku | weight=0.046
=koupelnu | weight=0.046
=mi =tech | weight=0.046
=zadam | weight=0.046
=den =a | weight=0.046
=pracovnich | weight=0.046
=nefunkcni | weight=0.045
=uz =dva | weight=0.045
=agent =mi | weight=0.045
=zaplatit =jsem | weight=0.045
=eu | weight=0.045
=uz =je | weight=0.044
=cesky | weight=0.044
=chyba =a | weight=0.044
=nic =zadna | weight=0.044, noneg
