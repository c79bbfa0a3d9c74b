# wants_apology, cs: learned by scripts/learn.py from 3092 tuning texts (116 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Zadam, aby se mi zamestnankyne za sve jednani dne 18.11. omluvila, a to osobne nebo pisemne.
+ zakaznik velmi rozruseny, pry ho operatorka na lince poslala 'do haje' a zavesila. zada omluvu a jmeno pracovnice
+ Zákaznice uvádí, že jí pracovník reklamací řekl, že „s takovými jako ona se nebude dohadovat“, a ukončil hovor. Požaduje omluvu od vedení e-shopu.
- VRAŤTE MI PENÍZE!!!
- balik porad nedosel
=omluvu | weight=0.767
=ani =se | weight=0.505, noneg
=aspon | weight=0.485
=ani =neomluvil | weight=0.382, noneg
=nikoho =z | weight=0.334, noneg
=zadna =omluvu | weight=0.332, noneg
=ani =pardon | weight=0.302, noneg
=omluvu =nic | weight=0.298, noneg
=nikoho | weight=0.297, noneg
=nikdo =se | weight=0.283, noneg
=ani | weight=0.283, noneg
=slovo | weight=0.245
=za =celou | weight=0.244
=ocekavam | weight=0.238
=se =omlouvam | weight=0.232
=a =vubec | weight=0.226
=neznala | weight=0.219
=prominte | weight=0.217
=jsem =neslysela | weight=0.215
=neslysela | weight=0.212
=aby | weight=0.210
=promin | weight=0.208
=ani =nerekl | weight=0.205, noneg
=to =ani | weight=0.201, noneg
=nikdo =ani | weight=0.190, noneg
=misto =omluvu | weight=0.187
=vam =nikdo | weight=0.183, noneg
=nic =jen | weight=0.181, noneg
=nikdo =z | weight=0.179, noneg
=pisemne =omluvu | weight=0.176
=mi =nikdo | weight=0.176, noneg
=omlouvam | weight=0.173
=by | weight=0.166
=a =ani | weight=0.163, noneg
=na =omluvu | weight=0.163
=mi =ani | weight=0.162, noneg
=kdyby =mi | weight=0.162, noneg
=litosti | weight=0.159
=technik =neprijima | weight=0.158
=ani =slovo | weight=0.156, noneg
=nezavolal =nikdo | weight=0.152, noneg
=minimum | weight=0.152
=omluvu =od | weight=0.150
=neprijima =nikdo | weight=0.149, noneg
=aby =se | weight=0.149
=zadam =aby | weight=0.148
=s =vam | weight=0.147
=celou =dobu | weight=0.146
=ctvrtek =a | weight=0.144
=kvuli =voziku | weight=0.144
=bez =jedina | weight=0.143, noneg
=nikdo =nerekl | weight=0.142, noneg
=zastavit | weight=0.140
=napsal =ze | weight=0.137
=pochybeni | weight=0.137
=spojit | weight=0.135
=a =bez | weight=0.134, noneg
=nikdo =nezavolal | weight=0.129, noneg
=odbyli | weight=0.128
=dodnes =cekal | weight=0.122
=pisemne | weight=0.122
=jste =zpusobila | weight=0.121
=prijit =ve | weight=0.121
=vyjadrovat | weight=0.118
=ridic | weight=0.116
=je =minimum | weight=0.115
=dalsi =fakturu | weight=0.115
=reklamaci =od | weight=0.114
=a =odjel | weight=0.114
=dispecink | weight=0.112
=aspon =omluvu | weight=0.111
=omluvu =zadna | weight=0.110, noneg
=zadna | weight=0.109, noneg
=od =vedeni | weight=0.108
=prosim =o | weight=0.107
=vznikla | weight=0.107
=v =utery | weight=0.107
=a =omluvu | weight=0.106
=odjel | weight=0.105
=neprisel =vubec | weight=0.104
=ztratili | weight=0.102
=nad | weight=0.101
=sorry | weight=0.100
=vyrizuji | weight=0.100
=ve =ctvrtek | weight=0.099
=nikdo =jen | weight=0.098, noneg
=chtel =omluvu | weight=0.097
=pravo =chtel | weight=0.097
=verejne =omluvu | weight=0.095
=chci =omluvu | weight=0.095
=bych =aspon | weight=0.094
=jen =pokrcila | weight=0.094
=neprijima | weight=0.094
=trochu | weight=0.094
=mi =omluvu | weight=0.093
=by =se | weight=0.093
=ztratili =mi | weight=0.092
=vedeni | weight=0.092
=staci | weight=0.091
=nic =jinam | weight=0.091, noneg
=pokrcila | weight=0.090
=pokrcila =rameny | weight=0.090
=zadam =omluvu | weight=0.090
=plynomeru | weight=0.088
=hodiny =pozdeji | weight=0.088
=na =vymenu | weight=0.088
=ne | weight=0.087, noneg
=si =kvuli | weight=0.087
=v =zari | weight=0.085
=mam =pravo | weight=0.085
=se =ani | weight=0.084, noneg
=ctvrtek | weight=0.083
=situaci | weight=0.082
=vas =oddeleni | weight=0.082
=neprisel | weight=0.082
=verejne | weight=0.082
=technik =na | weight=0.081
=nakonec | weight=0.081
=mel =by | weight=0.081
=jeste | weight=0.080
=zari | weight=0.080
=omluvu =necte | weight=0.080
=ocekavam =omluvu | weight=0.080
=nezadal | weight=0.080
=volny | weight=0.079
=technik =mi | weight=0.079
=vas =omluvu | weight=0.079
=by =byla | weight=0.079
=kricel | weight=0.079
=neda =omluvu | weight=0.078
=omluvu =tak | weight=0.078
=chci =aby | weight=0.078
=minimalne | weight=0.077
=a =prodejce | weight=0.077
=mi =nakonec | weight=0.077
=spolecnost | weight=0.077
=pizza =prisla | weight=0.076
=mam =smulu | weight=0.075
=tak =v | weight=0.074
=aspon =slovo | weight=0.074
=kde =je | weight=0.074
=vyjezd | weight=0.074
=jsem =vas | weight=0.073
=zklamani | weight=0.073
=kdyby | weight=0.073, noneg
=odpoved =prisla | weight=0.072
=slovo =prominte | weight=0.071
=voziku =a | weight=0.071
=tak =ne | weight=0.071, noneg
=ktery =jste | weight=0.070
=ale =zadna | weight=0.069, noneg
=jejich =chyba | weight=0.069
=dobu | weight=0.069
=cekal =bych | weight=0.068
=smulu | weight=0.068
=rameny | weight=0.068
=slysel | weight=0.068
=necte | weight=0.068
=den =jsem | weight=0.067
=vas =technik | weight=0.066
=mi =neda | weight=0.066
=reklamoval =a | weight=0.066
=utery | weight=0.066
=az =v | weight=0.066
=prodejce =mi | weight=0.065
=uznat | weight=0.065
=o =hodiny | weight=0.064
=a =odpoved | weight=0.064
=nam =omluvu | weight=0.063
=vyhovet | weight=0.063
=zpusobila =se | weight=0.063
=omluvu =kdyz | weight=0.063
=napravu =a | weight=0.062
=cekal =od | weight=0.062
=to =jako | weight=0.062
=odpoledne =a | weight=0.062
=pravo | weight=0.062
=me =kricel | weight=0.062
=prodejce | weight=0.062
=na =voziku | weight=0.061
=abyste =se | weight=0.061
=sluselo | weight=0.061
=sluselo =by | weight=0.061
=abyste | weight=0.060
=prisla =az | weight=0.059
=dodnes | weight=0.059
=si =zaslouzim | weight=0.059
=pizza | weight=0.058
=zdrzeni | weight=0.058
=o =napravu | weight=0.058
=ocekavam =pisemne | weight=0.057
=vedouci =mi | weight=0.057
=dorazil =ve | weight=0.057
=poprve =jsem | weight=0.057
=zadna =jen | weight=0.056, noneg
=debil | weight=0.056
=omluvu =by | weight=0.056
=to =muj | weight=0.055
=od =vedouci | weight=0.055
=zaslouzim | weight=0.054
=cekal =na | weight=0.054
=nic | weight=0.054, noneg
=pani =omluvu | weight=0.054
=napravu | weight=0.054
=tohle =choval | weight=0.054
=za =tohle | weight=0.054
=jsem =reklamoval | weight=0.053
=cekal =omluvu | weight=0.053
=ze =se | weight=0.051
=potize | weight=0.050
=nejmensi | weight=0.050
=to =nejmensi | weight=0.050
=jen =ze | weight=0.049
=vubec | weight=0.048
=misto | weight=0.048
=voziku | weight=0.048
=nam =poslali | weight=0.048
=o =dve | weight=0.047
=jako =se | weight=0.047
=se =zasmal | weight=0.046
=haje | weight=0.046
=pry =ho | weight=0.046
=hoste | weight=0.046
=cerven =a | weight=0.046
=omluvu =jinak | weight=0.046
=ignoroval | weight=0.045
=byla =pryc | weight=0.045
=idiotem | weight=0.045
=oslave | weight=0.045
=obtiznym | weight=0.044
=obtiznym =hmyz | weight=0.044
=pozdeji | weight=0.044
=zakaznik =velmi | weight=0.044
=ale =omluvu | weight=0.044
=byla =hruby | weight=0.044
=muj =prvni | weight=0.043
=nadaval | weight=0.043
=nikdo | weight=0.043, noneg
=vysvetleni | weight=0.043
=zpusobila | weight=0.043
=tohle =je | weight=0.043
=zadna =slevu | weight=0.042, noneg
=me =a | weight=0.042
=nazval | weight=0.042
=nazval =me | weight=0.042
=hodne | weight=0.042
=tohle | weight=0.041
=hmyz | weight=0.041
=mi =kufr | weight=0.041
=z =kradeze | weight=0.040
=omluvu =ne | weight=0.040, noneg
=fakturu =za | weight=0.040
=za =dopravu | weight=0.040
=zasmal | weight=0.040
=nekdo =omluvu | weight=0.039
=velmi | weight=0.039
=psal =jsem | weight=0.039
=odpoledne | weight=0.039
=operatorka =na | weight=0.039
=jen =kopiroval | weight=0.039
=vec =pravnikovi | weight=0.039
=to =tak | weight=0.039
=s =takovy | weight=0.038
=kradeze | weight=0.038
=dcera | weight=0.038
=moje =dcera | weight=0.038
=ze =si | weight=0.038
=poplatek =a | weight=0.038
=do =sedela | weight=0.038
=prisel =o | weight=0.038
=to =se | weight=0.037
=kvuli =tom | weight=0.037
=mi =vraceni | weight=0.037
=ho =to | weight=0.037
=to =mrzi | weight=0.037
=odpoved =o | weight=0.037
=pres =celou | weight=0.037
=obchode =jako | weight=0.036
=mi =balik | weight=0.036
=obvinili | weight=0.036
=kde | weight=0.036
=choval | weight=0.036
=vraceni =poplatek | weight=0.036
=mrzi | weight=0.036
=studena | weight=0.035
=ukazal =ze | weight=0.035
=pisu =at | weight=0.035
=provozu | weight=0.035
=mi =ta | weight=0.034
=nepravdiva | weight=0.034
=nepravdiva =informace | weight=0.034
=se =ukazal | weight=0.034
=chci =abyste | weight=0.034
=uz =byla | weight=0.034
=bych =neco | weight=0.034
=neco =ukradl | weight=0.034
=zamestnanec | weight=0.034
=zadam =vraceni | weight=0.034
=bordel | weight=0.034
=v =objednavka | weight=0.034
=i =za | weight=0.034
=balik =a | weight=0.034
=recept =a | weight=0.033
=kopiroval | weight=0.033
=uplynula =dva | weight=0.033
=porad =cekal | weight=0.033
=a =zavesil | weight=0.033
=kdyz =mi | weight=0.033
=vyresil =s | weight=0.033
=zadam =abyste | weight=0.033
=me =ignoroval | weight=0.032
=ozval =rekl | weight=0.032
=se =ta | weight=0.032
=nejaky | weight=0.032
=nezaplati | weight=0.032
=nadaval =do | weight=0.032
=pred =vec | weight=0.032
=byla =to | weight=0.032
=ostuda | weight=0.032
=tupa | weight=0.031
=ani =nenapadlo | weight=0.031, noneg
=nikoho =ani | weight=0.031, noneg
=se =nikoho | weight=0.031, noneg
=svalila | weight=0.031
=pokladne =na | weight=0.031
=penize =nikdo | weight=0.031, noneg
=mi =pisu | weight=0.031
=prijit =mezi | weight=0.031
=zadam =pisemne | weight=0.031
=a =ukoncil | weight=0.031
=a =ocekavam | weight=0.030
=je =neprijatelne | weight=0.030
=neprijatelne =a | weight=0.030
=ktery =me | weight=0.030
=rikal =ze | weight=0.030
=vas =recenzi | weight=0.030
