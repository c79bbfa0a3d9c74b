# wants_apology, cs: learned by scripts/learn.py from 3535 tuning texts (122 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Zadam, aby se mi zamestnankyne za sve jednani dne 18.11. omluvila, a to osobne nebo pisemne.
+ zakaznik velmi rozruseny, pry ho operatorka na lince poslala 'do haje' a zavesila. zada omluvu a jmeno pracovnice
+ Zákaznice uvádí, že jí pracovník reklamací řekl, že „s takovými jako ona se nebude dohadovat“, a ukončil hovor. Požaduje omluvu od vedení e-shopu.
- ok dekuju
- super, doporucuju
=omluvu | weight=0.739
=ani =se | weight=0.506, noneg
=aspon | weight=0.488
=ani =neomluvil | weight=0.399, noneg
=nikoho =z | weight=0.339, noneg
=zadna =omluvu | weight=0.324, noneg
=ani | weight=0.305, noneg
=nikoho | weight=0.303, noneg
=ani =pardon | weight=0.301, noneg
=omluvu =nic | weight=0.289, noneg
=nikdo =se | weight=0.287, noneg
=za =celou | weight=0.252
=slovo | weight=0.249
=ocekavam | weight=0.241
=se =omlouvam | weight=0.235
=a =vubec | weight=0.222
=neznala | weight=0.212
=jsem =neslysela | weight=0.212
=prominte | weight=0.211
=neslysela | weight=0.209
=promin | weight=0.206
=ani =nerekl | weight=0.203, noneg
=aby | weight=0.189
=nikdo =ani | weight=0.188, noneg
=misto =omluvu | weight=0.188
=by | weight=0.186
=vam =nikdo | weight=0.184, noneg
=omlouvam | weight=0.180
=nikdo =z | weight=0.178, noneg
=nic =jen | weight=0.178, noneg
=mi =nikdo | weight=0.176, noneg
=bez =jakekoli | weight=0.175, noneg
=se =zpozdeni | weight=0.175
=na =omluvu | weight=0.173
=omluvu =od | weight=0.172
=kdyby =mi | weight=0.168, noneg
=pisemne =omluvu | weight=0.168
=zasilka =se | weight=0.166
=litosti | weight=0.165
=aby =se | weight=0.165
=deset =dni | weight=0.164
=chci =omluvu | weight=0.163
=zadam =aby | weight=0.162
=ani =slovo | weight=0.160, noneg
=minimum | weight=0.157
=mi =ani | weight=0.153, noneg
=nikdo =nerekl | weight=0.152, noneg
=celou =dobu | weight=0.149
=technik =neprijima | weight=0.149
=s =vam | weight=0.149
=pochybeni | weight=0.147
=spojit | weight=0.146
=to =ani | weight=0.146, noneg
=nezavolal =nikdo | weight=0.144, noneg
=neprijima =nikdo | weight=0.143, noneg
=ctvrtek =a | weight=0.139
=kvuli =voziku | weight=0.138
=bez =jedina | weight=0.136, noneg
=zastavit | weight=0.136
=napsal =ze | weight=0.134
=dodnes =cekal | weight=0.132
=vyjadrovat | weight=0.131
=se =mel | weight=0.130
=a =ani | weight=0.128, noneg
=a =bez | weight=0.126, noneg
=nikdo =nezavolal | weight=0.126, noneg
=aspon =omluvu | weight=0.122
=prosim =o | weight=0.120
=jste =zpusobila | weight=0.120
=se =ani | weight=0.118, noneg
=pisemne | weight=0.117
=a =odjel | weight=0.116
=odbyli | weight=0.114
=reklamaci =od | weight=0.114
=nad | weight=0.113
=je =minimum | weight=0.112
=deset | weight=0.112
=dalsi =fakturu | weight=0.111
=dispecink | weight=0.110
=mel =ohlasit | weight=0.110
=ohlasit | weight=0.110
=zadna | weight=0.110, noneg
=kricel | weight=0.108
=by =se | weight=0.107
=neprisel =vubec | weight=0.107
=odjel | weight=0.105
=od =vedeni | weight=0.105
=naopak =mi | weight=0.104
=verejne =omluvu | weight=0.104
=trochu | weight=0.101
=vyrizuje | weight=0.100
=vznikla | weight=0.100
=prijit =ve | weight=0.099
=omluvu =zadna | weight=0.099, noneg
=nic =jinam | weight=0.099, noneg
=sorry | weight=0.098
=bych =aspon | weight=0.098
=chtel =omluvu | weight=0.097
=pravo =chtel | weight=0.097
=jen =pokrcila | weight=0.094
=ztratili | weight=0.094
=to =tim | weight=0.094
=situaci | weight=0.094
=v =utery | weight=0.093
=mi =omluvu | weight=0.093
=si =kvuli | weight=0.093
=pul =ve | weight=0.093
=ridic | weight=0.092
=neprijima | weight=0.092
=ztratili =mi | weight=0.090
=verejne | weight=0.090
=cekal =bych | weight=0.090
=omluvu =necte | weight=0.090
=plynomeru | weight=0.089
=nezadal | weight=0.089
=vedeni | weight=0.087
=pokrcila | weight=0.087
=pokrcila =rameny | weight=0.087
=nikdo =jen | weight=0.086, noneg
=mam =pravo | weight=0.086
=staci | weight=0.086
=driv =a | weight=0.086
=chci =aby | weight=0.086
=neda =omluvu | weight=0.085
=omluvu =tak | weight=0.085
=upominka | weight=0.085
=na =vymenu | weight=0.085
=spolecnost | weight=0.084
=v =zari | weight=0.084
=me =kricel | weight=0.083
=vas =oddeleni | weight=0.082
=by =byla | weight=0.082
=tak =ne | weight=0.082, noneg
=mel =by | weight=0.082
=vyjezd | weight=0.081
=minimalne | weight=0.081
=ocekavam =omluvu | weight=0.081
=zadam =omluvu | weight=0.081
=zari | weight=0.080
=a =prodejce | weight=0.080
=mi =nakonec | weight=0.080
=naopak | weight=0.079
=technik =na | weight=0.079
=necte | weight=0.078
=kdyby | weight=0.078, noneg
=mam =smulu | weight=0.078
=tak =v | weight=0.078
=volno | weight=0.078
=vas =omluvu | weight=0.077
=voziku =a | weight=0.077
=ve =ctvrtek | weight=0.076
=hodiny =pozdeji | weight=0.075
=smulu | weight=0.074
=ale =zadna | weight=0.074, noneg
=technik =mi | weight=0.073
=odpoved =prisla | weight=0.073
=dobu | weight=0.073
=zklamani | weight=0.073
=jsem =vas | weight=0.072
=kde =je | weight=0.071
=pada | weight=0.071
=mi =neda | weight=0.070
=prisla =studena | weight=0.070
=omluvu =by | weight=0.070
=pani =omluvu | weight=0.070
=pizza =prisla | weight=0.070
=neprisel | weight=0.069
=nemaj | weight=0.069
=abyste | weight=0.069
=pravo | weight=0.068
=reklamoval =a | weight=0.068
=prodejce =mi | weight=0.067
=dodnes | weight=0.067
=napravu =a | weight=0.067
=vedouci =mi | weight=0.066
=o =hodiny | weight=0.066
=to =jako | weight=0.066
=vyhovet | weight=0.066
=zpusobila =se | weight=0.066
=den =jsem | weight=0.066
=az =v | weight=0.066
=rameny | weight=0.066
=na =voziku | weight=0.065
=aspon =slovo | weight=0.065
=jejich =chyba | weight=0.064
=napravu | weight=0.064
=vas =technik | weight=0.064
=slovo =prominte | weight=0.064
=prodejce | weight=0.063
=dorazil =ve | weight=0.063
=ctvrtek | weight=0.063
=slysel | weight=0.063
=zasilka | weight=0.062
=a =odpoved | weight=0.062
=poprve =jsem | weight=0.062
=nic | weight=0.062, noneg
=abyste =se | weight=0.062
=ktery =jste | weight=0.062
=prisla =az | weight=0.062
=to =mel | weight=0.062
=si =zaslouzim | weight=0.061
=na =sklad | weight=0.061
=cekal =od | weight=0.061
=jeste | weight=0.060
=o =napravu | weight=0.060
=zdrzeni | weight=0.060
=nam =omluvu | weight=0.058
=nakonec | weight=0.058
=zaslouzim | weight=0.057
=debil | weight=0.057
=utery | weight=0.057
=pak =ze | weight=0.056
=fronte =a | weight=0.056
=voziku | weight=0.055
=odpoledne =a | weight=0.055
=omluvu =kdyz | weight=0.055
=tohle =choval | weight=0.055
=za =tohle | weight=0.055
=cekal =omluvu | weight=0.055
=sluselo | weight=0.054
=sluselo =by | weight=0.054
=jsem =typicka | weight=0.053
=pizza | weight=0.053
=jsem =reklamoval | weight=0.053
=me =a | weight=0.053
=vubec | weight=0.052
=typicka | weight=0.052
=zadna =jen | weight=0.052, noneg
=jako =se | weight=0.051
=dni | weight=0.051
=cerven =a | weight=0.050
=nikdo | weight=0.049, noneg
=tohle | weight=0.049
=misto | weight=0.048
=nam =poslali | weight=0.048
=jen =ze | weight=0.047
=to =muj | weight=0.047
=zadam =abyste | weight=0.046
=ocekavam =pisemne | weight=0.046
=ho =to | weight=0.046
=to =mrzi | weight=0.046
=ze =se | weight=0.046
=poplatek =a | weight=0.045
=od =vedouci | weight=0.045
=do =haje | weight=0.045
=haje | weight=0.045
=pry =ho | weight=0.045
=prijit =mezi | weight=0.045
=mi =ta | weight=0.044
=nadaval | weight=0.044
=mrzi | weight=0.044
=byla =hruby | weight=0.044
=idiotem | weight=0.044
=zakaznik =velmi | weight=0.043
=mi =kufr | weight=0.043
=omluvu =jinak | weight=0.042
=vas =zamestnanec | weight=0.042
=muj =prvni | weight=0.042
=vraceni =poplatek | weight=0.042
=kvuli =tom | weight=0.042
=bez | weight=0.042, noneg
=se =zasmal | weight=0.042
=nejmensi | weight=0.042
=to =nejmensi | weight=0.042
=hoste | weight=0.042
=driv | weight=0.042
=o =dve | weight=0.041
=fakturu =za | weight=0.041
=z =kradeze | weight=0.041
=dort =na | weight=0.041
=zadam =vraceni | weight=0.041
=recept =a | weight=0.041
=potize | weight=0.040
=zamestnanec | weight=0.040
=rezervaci | weight=0.040
=tohle =je | weight=0.040
=byla =pryc | weight=0.040
=omluvu =ne | weight=0.040, noneg
=za =dopravu | weight=0.040
=vysvetleni | weight=0.040
=kradeze | weight=0.039
=dcera | weight=0.039
=moje =dcera | weight=0.039
=hodne | weight=0.039
=operatorka =na | weight=0.039
=nazval =me | weight=0.038
=matce | weight=0.037
=nekdo =omluvu | weight=0.037
=zadna =slevu | weight=0.037, noneg
=stul | weight=0.037
=kopiroval =odpoved | weight=0.037
=mi =po | weight=0.037
=zasmal | weight=0.036
=do =sedela | weight=0.036
=zadam =pisemne | weight=0.036
=nazval | weight=0.036
=ne =jen | weight=0.036, noneg
=obvinili | weight=0.036
=rikal =ze | weight=0.036
=to =se | weight=0.036
=lepe | weight=0.036
=mel =lepe | weight=0.036
=vec =pravnikovi | weight=0.036
=a =zavesil | weight=0.036
=nadaval =do | weight=0.036
=vas =recenzi | weight=0.035
=odpoved =o | weight=0.035
=se =ta | weight=0.035
=oslave | weight=0.035
=mi =vraceni | weight=0.035
=jen =kopiroval | weight=0.035
=s =takovy | weight=0.035
=nepravdiva | weight=0.035
=nepravdiva =informace | weight=0.035
=ale =omluvu | weight=0.035
=bych =aby | weight=0.035
=porad =cekal | weight=0.034
=s =obtiznym | weight=0.034
=ignoroval | weight=0.034
=pred =vec | weight=0.034
=pry =zadam | weight=0.034
=mi =balik | weight=0.034
=ani =nenapadlo | weight=0.034, noneg
=nikoho =ani | weight=0.034, noneg
=se =nikoho | weight=0.034, noneg
=byla =jejich | weight=0.033
=ktery =me | weight=0.033
=pres =celou | weight=0.033
=strhli =poplatek | weight=0.032
=ukazal =ze | weight=0.032
=a =pul | weight=0.032
=psal =jsem | weight=0.032
=to =tak | weight=0.032
=obchode =jako | weight=0.032
=neporadek | weight=0.032
=a =ocekavam | weight=0.032
=je =neprijatelne | weight=0.032
=neprijatelne =a | weight=0.032
=kufr | weight=0.032
=penize =nikdo | weight=0.032, noneg
=nejaky | weight=0.032
=ani =tuk | weight=0.032, noneg
=ze =si | weight=0.032
=adresu =v | weight=0.031
=uz =byla | weight=0.031
=vedouci =na | weight=0.031
=svalila | weight=0.031
=zesmesnil =a | weight=0.031
=ostuda | weight=0.030
=zadam | weight=0.030
=vyresili =s | weight=0.030
=uplynula =dva | weight=0.030
=pisu =at | weight=0.030
=se =ukazal | weight=0.030
=chci =abyste | weight=0.030
=kdyz =mi | weight=0.030
