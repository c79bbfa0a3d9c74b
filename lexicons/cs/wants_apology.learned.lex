# wants_apology, cs: learned by scripts/learn.py from 2508 tuning texts (98 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Zadam, aby se mi zamestnankyne za sve jednani dne 18.11. omluvila, a to osobne nebo pisemne.
+ Ani se neomluvili.
+ A ani se neomluvila.
- VRAŤTE MI PENÍZE!!!
- balik porad nedosel
=omluvu | weight=0.744
=ani =se | weight=0.568, noneg
=aspon | weight=0.504
=ani =neomluvil | weight=0.374, noneg
=zadna =omluvu | weight=0.355, noneg
=nikoho =z | weight=0.335, noneg
=ani =pardon | weight=0.317, noneg
=ani | weight=0.315, noneg
=nikoho | weight=0.295, noneg
=slovo | weight=0.246
=ocekavam | weight=0.245
=za =cely | weight=0.242
=a =vubec | weight=0.234
=se =omlouvam | weight=0.226
=nikdo =ani | weight=0.226, noneg
=neznala | weight=0.220
=promin | weight=0.216
=jsem =neslysela | weight=0.216
=neslysela | weight=0.211
=nikdo =se | weight=0.211, noneg
=prominte | weight=0.205
=aby | weight=0.202
=ani =nerekl | weight=0.200, noneg
=nikdo =z | weight=0.186, noneg
=misto =omluvu | weight=0.185
=kdyby =mi | weight=0.179, noneg
=omlouvam | weight=0.178
=na =omluvu | weight=0.174
=litosti | weight=0.172
=mi =ani | weight=0.171, noneg
=mi =nikdo | weight=0.169, noneg
=minimum | weight=0.163
=s =vam | weight=0.163
=pisemne =omluvu | weight=0.159
=to =ani | weight=0.159, noneg
=zadam =aby | weight=0.157
=by | weight=0.156
=napsal =ze | weight=0.155
=cely =dobu | weight=0.154
=ctvrtek =a | weight=0.152
=aby =se | weight=0.152
=nikdo =nerekl | weight=0.148, noneg
=spojit | weight=0.147
=zastavit | weight=0.147
=omluvu =od | weight=0.144
=a =bez | weight=0.142, noneg
=kvuli =voziku | weight=0.141
=bez =jedina | weight=0.141, noneg
=a =ani | weight=0.138, noneg
=ani =slovo | weight=0.137, noneg
=pochybeni | weight=0.136
=pisemne | weight=0.130
=dodnes =cekal | weight=0.130
=zadna | weight=0.130, noneg
=prosim =o | weight=0.129
=neprisel =vubec | weight=0.127
=jste =zpusobila | weight=0.126
=odbyli | weight=0.125
=a =odjel | weight=0.124
=je =minimum | weight=0.123
=omluvu =zadna | weight=0.118, noneg
=prijit =ve | weight=0.118
=vyjadrovat | weight=0.117
=odjel | weight=0.116
=plynomer | weight=0.115
=v =utery | weight=0.113
=verejne =omluvu | weight=0.113
=mi =omluvu | weight=0.113
=aspon =omluvu | weight=0.113
=dispecink | weight=0.112
=ridic | weight=0.111
=reklamaci =od | weight=0.109
=na =vymenu | weight=0.109
=dalsi =fakture | weight=0.107
=chtel =omluvu | weight=0.107
=pravo =chtel | weight=0.107
=volny | weight=0.107
=situaci | weight=0.106
=sorry | weight=0.104
=vznikla | weight=0.103
=staci | weight=0.102
=nad | weight=0.101
=ktery =jste | weight=0.101
=nic =jen | weight=0.101, noneg
=jeste | weight=0.100
=a =omluvu | weight=0.099
=vyrizuji | weight=0.098
=nic =jinam | weight=0.098, noneg
=ve =ctvrtek | weight=0.097
=by =se | weight=0.096
=verejne | weight=0.095
=bych =aspon | weight=0.095
=mel =by | weight=0.095
=jen =pokrcila | weight=0.094
=trochu | weight=0.093
=ztratili =mi | weight=0.093
=omluvu =necte | weight=0.090
=ztratili | weight=0.090
=ne | weight=0.090, noneg
=kricel | weight=0.089
=pokrcila | weight=0.089
=pokrcila =rameny | weight=0.089
=by =byla | weight=0.088
=od =vedeni | weight=0.088
=mam =pravo | weight=0.088
=v =zari | weight=0.088
=vas =omluvu | weight=0.088
=technik =na | weight=0.087
=nezadal | weight=0.087
=neprisel | weight=0.086
=kdyby | weight=0.086, noneg
=cekal =bych | weight=0.085
=nikdo | weight=0.084, noneg
=vas =oddeleni | weight=0.084
=vyjezd | weight=0.084
=nakonec | weight=0.083
=hodiny =pozdeji | weight=0.083
=neda =omluvu | weight=0.082
=omluvu =tak | weight=0.082
=technik =mi | weight=0.082
=jsem =vas | weight=0.081
=od =vedouci | weight=0.081
=spolecnost | weight=0.081
=zari | weight=0.080
=ctvrtek | weight=0.080
=uznat | weight=0.079
=den =jsem | weight=0.078
=tak =ne | weight=0.077, noneg
=chci =aby | weight=0.077
=a =prodejce | weight=0.077
=mi =nakonec | weight=0.077
=dobu | weight=0.076
=kde =je | weight=0.075
=chci =omluvu | weight=0.075
=vedeni | weight=0.074
=zklamani | weight=0.074
=tak =v | weight=0.074
=abyste | weight=0.072
=voziku =a | weight=0.072
=dodnes | weight=0.072
=jejich =chyba | weight=0.072
=utery | weight=0.070
=si =zaslouzim | weight=0.070
=ale =zadna | weight=0.069, noneg
=prodejce =mi | weight=0.069
=pizza =prisla | weight=0.069
=pravo | weight=0.069
=mi =neda | weight=0.068
=abyste =se | weight=0.068
=odpoved =prisla | weight=0.068
=reklamovat =a | weight=0.066
=o =napravu | weight=0.065
=slysi | weight=0.065
=vyhovet | weight=0.064
=pani =omluvu | weight=0.064
=zaslouzim | weight=0.064
=debil | weight=0.064
=cekal =od | weight=0.063
=misto | weight=0.063
=ocekavam =omluvu | weight=0.063
=tohle =choval | weight=0.062
=za =tohle | weight=0.062
=rameny | weight=0.062
=vedouci =mi | weight=0.061
=me =kricel | weight=0.061
=napravu =a | weight=0.061
=jsem =reklamovat | weight=0.061
=na =voziku | weight=0.060
=omluvu =by | weight=0.060
=az =v | weight=0.059
=ze =si | weight=0.059
=nam =omluvu | weight=0.059
=cekal =omluvu | weight=0.059
=potize | weight=0.059
=o =hodiny | weight=0.058
=zpusobila =se | weight=0.057
=a =odpoved | weight=0.057
=ze =se | weight=0.057
=to =muj | weight=0.056
=prisla =az | weight=0.056
=nic | weight=0.056, noneg
=byla =to | weight=0.056
=poprve =jsem | weight=0.055
=kvuli =tom | weight=0.054
=omluvu =jinak | weight=0.053
=ocekavam =pisemne | weight=0.053
=nadaval | weight=0.052
=nejmensi | weight=0.052
=to =nejmensi | weight=0.052
=dorazil =ve | weight=0.052
=odpoledne =a | weight=0.052
=necte | weight=0.051
=vubec | weight=0.051
=fakture =za | weight=0.050
=idiot | weight=0.050
=me =a | weight=0.050
=vysvetleni | weight=0.050
=psal =jsem | weight=0.049
=pizza | weight=0.049
=nejaky | weight=0.049
=prodejce | weight=0.049
=voziku | weight=0.047
=se =zasmal | weight=0.047
=o =dve | weight=0.047
=hoste | weight=0.046
=byla =pryc | weight=0.046
=zadam =abyste | weight=0.046
=nam =poslali | weight=0.046
=za =dopravu | weight=0.045
=zdrzeni | weight=0.045
=z =kradeze | weight=0.044
=poplatek =a | weight=0.044
=obtiznym | weight=0.043
=obtiznym =hmyz | weight=0.043
=oslave | weight=0.043
=cekal =na | weight=0.043
=dcera | weight=0.042
=moje =dcera | weight=0.042
=napravu | weight=0.042
=ale =omluvu | weight=0.042
=mi =balik | weight=0.042
=zadam =vraceni | weight=0.041
=zadna =slevu | weight=0.041, noneg
=kradeze | weight=0.041
=recept =a | weight=0.041
=dalsi | weight=0.041
=nepravdiva | weight=0.041
=nepravdiva =informace | weight=0.041
=omluvu =ne | weight=0.041, noneg
=ho =to | weight=0.040
=to =mrzi | weight=0.040
=vraceni =poplatek | weight=0.040
=nekdo =omluvu | weight=0.040
=vas =zamestnanec | weight=0.040
=cerven =a | weight=0.040
=zasmal | weight=0.039
=pisu =at | weight=0.039
=obvinili | weight=0.039
=mrzi | weight=0.039
=zadam =omluvu | weight=0.039
=vyresil =s | weight=0.039
=prijit | weight=0.039
=zpusobila | weight=0.039
=hmyz | weight=0.038
=tohle | weight=0.038
=muj =prvni | weight=0.038
=pozdeji | weight=0.038
=mi =pisu | weight=0.038
=jako =se | weight=0.037
=balik =a | weight=0.037
=zpusobene | weight=0.037
=hodne | weight=0.037
=prisel =o | weight=0.036
=pres =cely | weight=0.036
=kde | weight=0.035
=ignoroval | weight=0.035
=chci =abyste | weight=0.035
=porad =cekal | weight=0.035
=kufr | weight=0.035
=mi =kufr | weight=0.035
=to =se | weight=0.035
=obchode =jako | weight=0.035
=to =tak | weight=0.034
=kopiroval | weight=0.034
=mi =ta | weight=0.034
=tupa | weight=0.034
=natoz | weight=0.034
=natoz =aby | weight=0.034
=neco =vratit | weight=0.034
=byla =jejich | weight=0.034
=kdyz =mi | weight=0.034
=ukazal =ze | weight=0.033
=vedouci =na | weight=0.033
=prijit =mezi | weight=0.033
=se =ukazal | weight=0.033
=ani =tuk | weight=0.033, noneg
=odpoved =o | weight=0.033
=v =objednavka | weight=0.032
=vubec =nevim | weight=0.032
=autoskole | weight=0.032
=odpoledne | weight=0.032
=mi =zamestnankyne | weight=0.032
=za =sve | weight=0.032
=zamestnankyne =za | weight=0.032
=pak =priznal | weight=0.032
=svalila | weight=0.031
=technik =mel | weight=0.031
=rikal =ze | weight=0.031
=bych =neco | weight=0.031
=neco =ukradl | weight=0.031
=a =misto | weight=0.031
=technik =me | weight=0.031
=nazval | weight=0.031
=nazval =me | weight=0.031
=sproste | weight=0.031
=myslim =ze | weight=0.031
=pred =vsem | weight=0.030
=precist | weight=0.030
