# wants_apology, cs: learned by scripts/learn.py from 3307 tuning texts (118 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Zadam, aby se mi zamestnankyne za sve jednani dne 18.11. omluvila, a to osobne nebo pisemne.
+ zakaznik velmi rozruseny, pry ho operatorka na lince poslala 'do haje' a zavesila. zada omluvu a jmeno pracovnice
+ Zákaznice uvádí, že jí pracovník reklamací řekl, že „s takovými jako ona se nebude dohadovat“, a ukončil hovor. Požaduje omluvu od vedení e-shopu.
- VRAŤTE MI PENÍZE!!!
- balik porad nedosel
=omluvu | weight=0.796
=aspon | weight=0.485
=ani =se | weight=0.479, noneg
=ani =neomluvil | weight=0.405, noneg
=nikoho =z | weight=0.337, noneg
=zadna =omluvu | weight=0.330, noneg
=nikoho | weight=0.307, noneg
=ani =pardon | weight=0.301, noneg
=omluvu =nic | weight=0.293, noneg
=ani | weight=0.274, noneg
=nikdo =se | weight=0.266, noneg
=slovo | weight=0.256
=za =celou | weight=0.248
=ocekavam | weight=0.239
=se =omlouvam | weight=0.228
=a =vubec | weight=0.224
=prominte | weight=0.221
=neznala | weight=0.214
=jsem =neslysela | weight=0.214
=neslysela | weight=0.211
=promin | weight=0.207
=ani =nerekl | weight=0.200, noneg
=aby | weight=0.190
=nikdo =ani | weight=0.187, noneg
=vam =nikdo | weight=0.185, noneg
=nic =jen | weight=0.181, noneg
=by | weight=0.178
=mi =nikdo | weight=0.177, noneg
=misto =omluvu | weight=0.175
=na =omluvu | weight=0.175
=omlouvam | weight=0.173
=pisemne =omluvu | weight=0.171
=nikdo =z | weight=0.170, noneg
=kdyby =mi | weight=0.165, noneg
=aby =se | weight=0.161
=zadam =aby | weight=0.160
=litosti | weight=0.159
=ani =slovo | weight=0.157, noneg
=ctvrtek =a | weight=0.156
=to =ani | weight=0.156, noneg
=technik =neprijima | weight=0.155
=omluvu =od | weight=0.155
=zastavit | weight=0.153
=minimum | weight=0.153
=nezavolal =nikdo | weight=0.149, noneg
=neprijima =nikdo | weight=0.148, noneg
=s =vam | weight=0.148
=mi =ani | weight=0.146, noneg
=nikdo =nerekl | weight=0.145, noneg
=a =bez | weight=0.144, noneg
=celou =dobu | weight=0.143
=kvuli =voziku | weight=0.143
=bez =jedina | weight=0.142, noneg
=chci =omluvu | weight=0.141
=pochybeni | weight=0.140
=spojit | weight=0.139
=napsal =ze | weight=0.138
=dodnes =cekal | weight=0.134
=a =ani | weight=0.132, noneg
=se =ani | weight=0.130, noneg
=nikdo =nezavolal | weight=0.127, noneg
=pisemne | weight=0.124
=vyjadrovat | weight=0.121
=a =odjel | weight=0.120
=prijit =ve | weight=0.120
=odbyli | weight=0.120
=je =minimum | weight=0.116
=zadna | weight=0.115, noneg
=reklamaci =od | weight=0.115
=dispecink | weight=0.115
=jste =zpusobila | weight=0.113
=nad | weight=0.109
=odjel | weight=0.109
=prosim =o | weight=0.109
=dalsi =fakturu | weight=0.106
=a =omluvu | weight=0.106
=v =utery | weight=0.106
=aspon =omluvu | weight=0.106
=omluvu =zadna | weight=0.106, noneg
=neprisel =vubec | weight=0.105
=od =vedeni | weight=0.104
=verejne =omluvu | weight=0.101
=sorry | weight=0.101
=ridic | weight=0.101
=vyrizuje | weight=0.099
=nic =jinam | weight=0.096, noneg
=chtel =omluvu | weight=0.094
=pravo =chtel | weight=0.094
=jen =pokrcila | weight=0.092
=neprijima | weight=0.092
=ztratili | weight=0.092
=trochu | weight=0.091
=si =kvuli | weight=0.091
=plynomeru | weight=0.091
=staci | weight=0.091
=spolecnost | weight=0.090
=mi =omluvu | weight=0.089
=vznikla | weight=0.089
=vedeni | weight=0.089
=ve =ctvrtek | weight=0.089
=pokrcila | weight=0.088
=pokrcila =rameny | weight=0.088
=bych =aspon | weight=0.087
=hodiny =pozdeji | weight=0.086
=situaci | weight=0.086
=nakonec | weight=0.086
=ne | weight=0.086, noneg
=by =se | weight=0.086
=v =zari | weight=0.085
=verejne | weight=0.085
=vas =omluvu | weight=0.085
=volny | weight=0.084
=zadam =omluvu | weight=0.084
=vas =oddeleni | weight=0.083
=minimalne | weight=0.083
=na =vymenu | weight=0.082
=upominka | weight=0.082
=kdyby | weight=0.082, noneg
=technik =na | weight=0.082
=mam =pravo | weight=0.082
=chci =aby | weight=0.081
=zari | weight=0.081
=nezadal | weight=0.081
=ztratili =mi | weight=0.080
=nikdo =jen | weight=0.080, noneg
=aspon =slovo | weight=0.080
=a =prodejce | weight=0.079
=mi =nakonec | weight=0.079
=mel =by | weight=0.079
=mam =smulu | weight=0.079
=cekal =bych | weight=0.078
=tak =v | weight=0.077
=zklamani | weight=0.077
=kricel | weight=0.077
=voziku =a | weight=0.076
=den =jsem | weight=0.076
=ocekavam =omluvu | weight=0.075
=technik =mi | weight=0.075
=omluvu =necte | weight=0.074
=pizza =prisla | weight=0.074
=ctvrtek | weight=0.074
=odpoved =prisla | weight=0.074
=ale =zadna | weight=0.074, noneg
=neda =omluvu | weight=0.074
=omluvu =tak | weight=0.074
=slovo =prominte | weight=0.074
=jsem =vas | weight=0.073
=kde =je | weight=0.071
=smulu | weight=0.071
=dobu | weight=0.071
=reklamoval =a | weight=0.071
=prodejce =mi | weight=0.071
=jejich =chyba | weight=0.070
=rameny | weight=0.070
=neprisel | weight=0.069
=prisla =studena | weight=0.069
=jeste | weight=0.069
=az =v | weight=0.069
=by =byla | weight=0.069
=necte | weight=0.068
=uznat | weight=0.068
=utery | weight=0.068
=tak =ne | weight=0.068, noneg
=prodejce | weight=0.067
=omluvu =kdyz | weight=0.067
=vyjezd | weight=0.067
=napravu =a | weight=0.067
=vyhovet | weight=0.066
=o =hodiny | weight=0.066
=mi =neda | weight=0.065
=cekal =od | weight=0.065
=nam =omluvu | weight=0.064
=na =voziku | weight=0.064
=zpusobila =se | weight=0.063
=abyste =se | weight=0.063
=slysel | weight=0.063
=to =jako | weight=0.063
=a =odpoved | weight=0.063
=me =kricel | weight=0.062
=pravo | weight=0.062
=vas =technik | weight=0.062
=abyste | weight=0.061
=napravu | weight=0.061
=dorazil =ve | weight=0.061
=prisla =az | weight=0.061
=si =zaslouzim | weight=0.060
=vedouci =mi | weight=0.060
=debil | weight=0.059
=o =napravu | weight=0.058
=sluselo | weight=0.058
=sluselo =by | weight=0.058
=pani =omluvu | weight=0.057
=poprve =jsem | weight=0.057
=ocekavam =pisemne | weight=0.056
=dodnes | weight=0.056
=zaslouzim | weight=0.055
=vubec | weight=0.055
=jsem =typicka | weight=0.055
=zdrzeni | weight=0.055
=pizza | weight=0.054
=jen =ze | weight=0.054
=ktery =jste | weight=0.054
=typicka | weight=0.053
=nic | weight=0.053, noneg
=omluvu =by | weight=0.053
=jsem =reklamoval | weight=0.053
=tohle =choval | weight=0.053
=za =tohle | weight=0.053
=zadna =jen | weight=0.052, noneg
=misto | weight=0.052
=ze =se | weight=0.052
=od =vedouci | weight=0.052
=ho =to | weight=0.051
=to =mrzi | weight=0.051
=voziku | weight=0.050
=cekal =omluvu | weight=0.049
=nejmensi | weight=0.049
=to =nejmensi | weight=0.049
=mrzi | weight=0.049
=nam =poslali | weight=0.048
=hoste | weight=0.047
=tohle | weight=0.047
=o =dve | weight=0.047
=odpoledne =a | weight=0.047
=dort =na | weight=0.046
=rezervaci | weight=0.046
=kvuli =tom | weight=0.046
=potize | weight=0.046
=za =dopravu | weight=0.045
=byla =pryc | weight=0.044
=do =haje | weight=0.044
=haje | weight=0.044
=pry =ho | weight=0.044
=nadaval | weight=0.044
=byla =hruby | weight=0.044
=omluvu =jinak | weight=0.044
=jako =se | weight=0.043
=hodne | weight=0.043
=se =zasmal | weight=0.042
=to =muj | weight=0.042
=ignoroval | weight=0.042
=cerven =a | weight=0.042
=tohle =je | weight=0.042
=zadna =slevu | weight=0.042, noneg
=zadam =pisemne | weight=0.042
=stul | weight=0.042
=zakaznik =velmi | weight=0.041
=idiotem | weight=0.041
=omluvu =ne | weight=0.041, noneg
=z =kradeze | weight=0.041
=ze =si | weight=0.040
=fakturu =za | weight=0.040
=me =a | weight=0.040
=vysvetleni | weight=0.040
=nazval =me | weight=0.040
=pres =celou | weight=0.039
=kradeze | weight=0.039
=nazval | weight=0.038
=ukazal =ze | weight=0.038
=operatorka =na | weight=0.038
=mi =po | weight=0.038
=oslave | weight=0.038
=poplatek =a | weight=0.038
=dcera | weight=0.038
=moje =dcera | weight=0.038
=prijit =mezi | weight=0.038
=recept =a | weight=0.038
=s =obtiznym | weight=0.038
=obchode =jako | weight=0.037
=nepravdiva | weight=0.037
=nepravdiva =informace | weight=0.037
=vraceni =poplatek | weight=0.036
=se =ukazal | weight=0.036
=bych =neco | weight=0.036
=neco =ukradl | weight=0.036
=nekdo =omluvu | weight=0.036
=zasmal | weight=0.036
=to =se | weight=0.035
=mi =kufr | weight=0.035
=obvinili | weight=0.035
=nikdo | weight=0.035, noneg
=kdyz =mi | weight=0.035
=muj =prvni | weight=0.035
=obtiznym | weight=0.035
=obtiznym =hmyzem | weight=0.035
=psal =jsem | weight=0.035
=mi =balik | weight=0.035
=s =takovy | weight=0.035
=bordel | weight=0.035
=nadaval =do | weight=0.035
=zadam =vraceni | weight=0.035
=jen =kopiroval | weight=0.035
=zpusobila | weight=0.034
=to =tak | weight=0.034
=zadam =abyste | weight=0.034
=a =zavesil | weight=0.034
=chci =abyste | weight=0.034
=rikal =ze | weight=0.034
=byla =to | weight=0.034
=uz =byla | weight=0.033
=do =sedela | weight=0.033
=zamestnanec | weight=0.033
=hmyzem | weight=0.033
=i =za | weight=0.033
=ani =tuk | weight=0.033, noneg
=odpoved =o | weight=0.033
=balik =a | weight=0.033
=ne =jen | weight=0.032, noneg
=vec =pravnikovi | weight=0.032
=normalne =ze | weight=0.032
=mi =vraceni | weight=0.032
=mi =ta | weight=0.032
=se =ta | weight=0.032
=pisu =at | weight=0.032
=ktery =me | weight=0.032
=vyresil =s | weight=0.031
=adresu =v | weight=0.031
=pozdeji | weight=0.031
=pokladne =na | weight=0.031
=velmi | weight=0.031
=cekal =na | weight=0.030
=mi =zamestnankyne | weight=0.030
=za =sve | weight=0.030
=zamestnankyne =za | weight=0.030
=ostuda | weight=0.030
=vas =recenzi | weight=0.030
=me =ignoroval | weight=0.030
=ozval =rekl | weight=0.030
