# wants_apology, cs: learned by scripts/learn.py from 2812 tuning texts (106 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Zadam, aby se mi zamestnankyne za sve jednani dne 18.11. omluvila, a to osobne nebo pisemne.
+ Ani se neomluvili.
+ A ani se neomluvila.
- VRAŤTE MI PENÍZE!!!
- balik porad nedosel
=omluvu | weight=0.768
=ani =se | weight=0.498, noneg
=aspon | weight=0.491
=ani =neomluvil | weight=0.383, noneg
=nikoho =z | weight=0.334, noneg
=zadna =omluvu | weight=0.329, noneg
=ani =pardon | weight=0.311, noneg
=nikoho | weight=0.299, noneg
=omluvu =nic | weight=0.294, noneg
=ani | weight=0.286, noneg
=nikdo =se | weight=0.267, noneg
=slovo | weight=0.253
=za =celou | weight=0.251
=ocekavam | weight=0.239
=se =omlouvam | weight=0.231
=a =vubec | weight=0.229
=jsem =neslysela | weight=0.216
=neznala | weight=0.214
=neslysela | weight=0.213
=promin | weight=0.213
=prominte | weight=0.204
=aby | weight=0.202
=nikdo =ani | weight=0.200, noneg
=ani =nerekl | weight=0.194, noneg
=misto =omluvu | weight=0.188
=nikdo =z | weight=0.188, noneg
=nic =jen | weight=0.185, noneg
=to =ani | weight=0.181, noneg
=na =omluvu | weight=0.180
=omlouvam | weight=0.179
=kdyby =mi | weight=0.175, noneg
=mi =nikdo | weight=0.175, noneg
=a =ani | weight=0.175, noneg
=ani =slovo | weight=0.174, noneg
=by | weight=0.170
=pisemne =omluvu | weight=0.163
=litosti | weight=0.163
=celou =dobu | weight=0.160
=s =vam | weight=0.158
=technik =neprijima | weight=0.154
=ctvrtek =a | weight=0.153
=minimum | weight=0.152
=zadam =aby | weight=0.149
=nikdo =nerekl | weight=0.148, noneg
=zastavit | weight=0.147
=nezavolal =nikdo | weight=0.147, noneg
=neprijima =nikdo | weight=0.146, noneg
=aby =se | weight=0.145
=napsal =ze | weight=0.145
=spojit | weight=0.142
=bez =jedina | weight=0.141, noneg
=kvuli =voziku | weight=0.141
=a =bez | weight=0.141, noneg
=mi =ani | weight=0.138, noneg
=dodnes =cekal | weight=0.138
=omluvu =od | weight=0.137
=pochybeni | weight=0.131
=prosim =o | weight=0.130
=jste =zpusobila | weight=0.127
=pisemne | weight=0.125
=nikdo =nezavolal | weight=0.123, noneg
=je =minimum | weight=0.123
=odbyli | weight=0.123
=prijit =ve | weight=0.119
=neprisel =vubec | weight=0.119
=zadna | weight=0.117, noneg
=reklamaci =od | weight=0.117
=a =odjel | weight=0.116
=vyjadrovat | weight=0.115
=omluvu =zadna | weight=0.113, noneg
=ridic | weight=0.113
=aspon =omluvu | weight=0.112
=odjel | weight=0.111
=dispecink | weight=0.108
=neprijima | weight=0.108
=v =utery | weight=0.108
=plynomer | weight=0.107
=mi =omluvu | weight=0.107
=nad | weight=0.107
=dalsi =fakturu | weight=0.107
=ne | weight=0.107, noneg
=sorry | weight=0.106
=situaci | weight=0.105
=jeste | weight=0.103
=vznikla | weight=0.103
=vyrizuji | weight=0.102
=volny | weight=0.101
=verejne =omluvu | weight=0.101
=na =vymenu | weight=0.101
=chtel =omluvu | weight=0.099
=pravo =chtel | weight=0.099
=ve =ctvrtek | weight=0.097
=staci | weight=0.096
=by =se | weight=0.095
=nic =jinam | weight=0.095, noneg
=ztratili | weight=0.094
=od =vedeni | weight=0.094
=bych =aspon | weight=0.094
=ktery =jste | weight=0.093
=jen =pokrcila | weight=0.093
=omluvu =necte | weight=0.092
=chci =omluvu | weight=0.091
=a =omluvu | weight=0.090
=vas =omluvu | weight=0.090
=verejne | weight=0.089
=hodiny =pozdeji | weight=0.089
=ztratili =mi | weight=0.086
=trochu | weight=0.086
=neprisel | weight=0.085
=v =zari | weight=0.085
=pokrcila | weight=0.085
=pokrcila =rameny | weight=0.085
=minimalne | weight=0.083
=nezadal | weight=0.083
=vas =oddeleni | weight=0.083
=technik =na | weight=0.082
=vedeni | weight=0.081
=mel =by | weight=0.081
=kricel | weight=0.081
=uznat | weight=0.080
=mam =pravo | weight=0.080
=vyjezd | weight=0.079
=zari | weight=0.079
=a =prodejce | weight=0.079
=mi =nakonec | weight=0.079
=kdyby | weight=0.078, noneg
=nakonec | weight=0.078
=pizza =prisla | weight=0.077
=jsem =vas | weight=0.077
=cekal =bych | weight=0.076
=mam =smulu | weight=0.076
=technik =mi | weight=0.076
=tak =v | weight=0.076
=den =jsem | weight=0.076
=spolecnost | weight=0.076
=neda =omluvu | weight=0.075
=omluvu =tak | weight=0.075
=by =byla | weight=0.074
=ctvrtek | weight=0.073
=voziku =a | weight=0.073
=ale =zadna | weight=0.073, noneg
=od =vedouci | weight=0.072
=zklamani | weight=0.072
=tak =ne | weight=0.071, noneg
=prodejce =mi | weight=0.071
=odpoved =prisla | weight=0.071
=smulu | weight=0.071
=sluselo | weight=0.071
=sluselo =by | weight=0.071
=omluvu =kdyz | weight=0.070
=chci =aby | weight=0.070
=o =napravu | weight=0.070
=jejich =chyba | weight=0.070
=dobu | weight=0.070
=si =zaslouzim | weight=0.070
=slysel | weight=0.068
=reklamovat =a | weight=0.067
=abyste | weight=0.066
=abyste =se | weight=0.066
=tohle =choval | weight=0.066
=za =tohle | weight=0.066
=napravu =a | weight=0.065
=cekal =od | weight=0.065
=ocekavam =omluvu | weight=0.065
=vas =technik | weight=0.064
=o =hodiny | weight=0.064
=mi =neda | weight=0.064
=zaslouzim | weight=0.064
=me =kricel | weight=0.064
=utery | weight=0.063
=pravo | weight=0.063
=dodnes | weight=0.063
=napravu | weight=0.062
=debil | weight=0.062
=na =voziku | weight=0.062
=prodejce | weight=0.062
=pani =omluvu | weight=0.061
=kde =je | weight=0.061
=to =jako | weight=0.060
=rameny | weight=0.060
=az =v | weight=0.060
=jako =se | weight=0.059
=misto | weight=0.059
=odpoledne =a | weight=0.059
=vyhovet | weight=0.058
=jsem =reklamovat | weight=0.058
=pizza | weight=0.057
=prisla =az | weight=0.057
=zpusobila =se | weight=0.057
=vedouci =mi | weight=0.057
=ocekavam =pisemne | weight=0.056
=cekal =omluvu | weight=0.056
=ze =si | weight=0.056
=a =odpoved | weight=0.056
=pozdeji | weight=0.055
=ze =se | weight=0.055
=nejaky | weight=0.054
=nam =omluvu | weight=0.054
=vysvetleni | weight=0.053
=vubec | weight=0.053
=dorazil =ve | weight=0.053
=nejmensi | weight=0.053
=to =nejmensi | weight=0.053
=necte | weight=0.053
=byla =hruby | weight=0.053
=kvuli =tom | weight=0.052
=to =muj | weight=0.052
=poprve =jsem | weight=0.052
=potize | weight=0.052
=voziku | weight=0.051
=omluvu =by | weight=0.051
=nic | weight=0.051, noneg
=tohle | weight=0.051
=byla =to | weight=0.049
=jen =ze | weight=0.047
=nadaval | weight=0.046
=omluvu =jinak | weight=0.046
=zdrzeni | weight=0.046
=me =a | weight=0.045
=idiotem | weight=0.045
=fakturu =za | weight=0.045
=nam =poslali | weight=0.044
=cekal =na | weight=0.043
=zpusobila | weight=0.043
=si =mel | weight=0.043
=z =kradeze | weight=0.043
=nekdo =omluvu | weight=0.042
=nepravdiva | weight=0.042
=nepravdiva =informace | weight=0.042
=byla =pryc | weight=0.041
=hoste | weight=0.041
=poplatek =a | weight=0.041
=o =dve | weight=0.041
=psal =jsem | weight=0.041
=oslave | weight=0.040
=prijit | weight=0.040
=se =zasmal | weight=0.040
=zadam =pisemne | weight=0.040
=kradeze | weight=0.040
=recept =a | weight=0.040
=ignoroval | weight=0.040
=dcera | weight=0.040
=moje =dcera | weight=0.040
=zadam =abyste | weight=0.039
=cerven =a | weight=0.039
=hodne | weight=0.039
=za =dopravu | weight=0.039
=dalsi | weight=0.038
=zadna =slevu | weight=0.038, noneg
=muj =prvni | weight=0.038
=obtiznym | weight=0.038
=obtiznym =hmyz | weight=0.038
=precist | weight=0.038
=vraceni =poplatek | weight=0.037
=jen =kopiroval | weight=0.037
=vedouci =na | weight=0.037
=mi =kufr | weight=0.037
=obvinili | weight=0.037
=pres =celou | weight=0.036
=omluvu =ne | weight=0.036, noneg
=zamestnanec | weight=0.036
=porad =cekal | weight=0.036
=ukazal =ze | weight=0.036
=bordel | weight=0.036
=chci =abyste | weight=0.036
=tupa | weight=0.036
=zpusobene | weight=0.036
=zadam =vraceni | weight=0.035
=myslim =ze | weight=0.035
=ani =tuk | weight=0.035, noneg
=odpoved =o | weight=0.035
=zadam =omluvu | weight=0.035
=prijit =mezi | weight=0.035
=hmyz | weight=0.035
=odpoledne | weight=0.035
=vas =recenzi | weight=0.035
=to =se | weight=0.035
=vas =zamestnanec | weight=0.034
=zasmal | weight=0.034
=studena | weight=0.034
=mi =balik | weight=0.034
=hruby | weight=0.034
=to =tak | weight=0.034
=ostuda | weight=0.034
=prisel =o | weight=0.034
=kdyz =mi | weight=0.033
=se =ukazal | weight=0.033
=provozu | weight=0.033
=za =to | weight=0.033
=kopiroval | weight=0.033
=obchode =jako | weight=0.033
=nikdo | weight=0.033, noneg
=bych =neco | weight=0.032
=neco =ukradl | weight=0.032
=autoskole | weight=0.032
=pred =vsem | weight=0.032
=nadaval =do | weight=0.032
=mi =pisu | weight=0.032
=myslim | weight=0.032
=pisu =at | weight=0.031
=byla =jejich | weight=0.031
=technik =mel | weight=0.031
=kufr | weight=0.031
=vyresil =s | weight=0.031
=tohle =je | weight=0.031
=nedoslychava | weight=0.031
=ho =to | weight=0.030
=to =mrzi | weight=0.030
=kricel =pred | weight=0.030
=ale =omluvu | weight=0.030
=sproste | weight=0.030
=pokladne =na | weight=0.030
