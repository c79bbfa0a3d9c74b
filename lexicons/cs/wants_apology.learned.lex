# wants_apology, cs: learned by scripts/learn.py from 3948 tuning texts (131 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Zadam, aby se mi zamestnankyne za sve jednani dne 18.11. omluvila, a to osobne nebo pisemne.
+ zakaznik velmi rozruseny, pry ho operatorka na lince poslala 'do haje' a zavesila. zada omluvu a jmeno pracovnice
+ Zákaznice uvádí, že jí pracovník reklamací řekl, že „s takovými jako ona se nebude dohadovat“, a ukončil hovor. Požaduje omluvu od vedení e-shopu.
- ok dekuju
- super, doporucuju
=omluvu | weight=0.691
=ani =se | weight=0.511, noneg
=aspon | weight=0.465
=ani =neomluvil | weight=0.410, noneg
=nikoho =z | weight=0.338, noneg
=zadna =omluvu | weight=0.325, noneg
=ani =pardon | weight=0.307, noneg
=nikdo =se | weight=0.302, noneg
=omluvu =nic | weight=0.289, noneg
=nikoho | weight=0.279, noneg
=ani | weight=0.276, noneg
=za =celou | weight=0.263
=ocekavam | weight=0.252
=slovo | weight=0.248
=se =omlouvam | weight=0.234
=neznala | weight=0.216
=prominte | weight=0.213
=a =vubec | weight=0.212
=jeste =jsem | weight=0.205
=chci =omluvu | weight=0.205
=promin | weight=0.205
=misto =omluvu | weight=0.204
=jsem =neslysela | weight=0.202
=neslysela | weight=0.200
=ani =nerekl | weight=0.196, noneg
=nic =jen | weight=0.191, noneg
=nikdo =ani | weight=0.190, noneg
=pisemne =omluvu | weight=0.190
=omluvu =od | weight=0.185
=vam =nikdo | weight=0.184, noneg
=by | weight=0.182
=nikdo =z | weight=0.182, noneg
=zadam =aby | weight=0.180
=omlouvam | weight=0.178
=na =omluvu | weight=0.176
=kdyby =mi | weight=0.175, noneg
=bez =jakekoli | weight=0.173, noneg
=se =zpozdeni | weight=0.173
=aby | weight=0.168
=ani =slovo | weight=0.168, noneg
=litosti | weight=0.167
=celou =doby | weight=0.166
=deset =dni | weight=0.163
=zasilka =se | weight=0.163
=bez =omluvu | weight=0.160, noneg
=minimum | weight=0.157
=to =ani | weight=0.157, noneg
=aby =se | weight=0.156
=pochybeni | weight=0.151
=mi =ani | weight=0.149, noneg
=s =vam | weight=0.148
=technik =neprijima | weight=0.146
=nikdo =nerekl | weight=0.146, noneg
=mi =nikdo | weight=0.144, noneg
=neprijima =nikdo | weight=0.141, noneg
=kvuli =voziku | weight=0.138
=vyjadrovat | weight=0.138
=bez =jedina | weight=0.137, noneg
=nezavolal =nikdo | weight=0.136, noneg
=aspon =omluvu | weight=0.134
=dodnes =cekal | weight=0.134
=a =ani | weight=0.133, noneg
=spojit | weight=0.132
=nikdo =nezavolal | weight=0.130, noneg
=a =odjel | weight=0.125
=reklamaci =od | weight=0.124
=nad | weight=0.124
=se =ani | weight=0.123, noneg
=jste =zpusobila | weight=0.122
=ctvrtek =a | weight=0.119
=napsal =ze | weight=0.119
=by =se | weight=0.118
=odbyli | weight=0.117
=zastavit | weight=0.115
=je =minimum | weight=0.114
=mel =ohlasit | weight=0.114
=ohlasit | weight=0.114
=prosim =o | weight=0.113
=nikdo =jen | weight=0.112, noneg
=se =mel | weight=0.111
=naopak =mi | weight=0.110
=dispecink | weight=0.110
=vyrizuje | weight=0.110
=verejne =omluvu | weight=0.108
=a =bez | weight=0.107, noneg
=od =vedeni | weight=0.107
=nezadal | weight=0.106
=trochu | weight=0.106
=nic =jiny | weight=0.106, noneg
=kricel | weight=0.104
=omluvu =zadna | weight=0.102, noneg
=jen =pokrcila | weight=0.102
=neprisel =vubec | weight=0.102
=dalsi =fakturu | weight=0.102
=vznikla | weight=0.102
=chtel =omluvu | weight=0.101
=pravo =chtel | weight=0.101
=omluvu =necte | weight=0.100
=neda =omluvu | weight=0.099
=omluvu =tak | weight=0.099
=pul =ve | weight=0.099
=zadna | weight=0.099, noneg
=sorry | weight=0.098
=ztratili | weight=0.098
=bych =aspon | weight=0.098
=napravu | weight=0.097
=verejne | weight=0.097
=situaci | weight=0.096
=mi =omluvu | weight=0.095
=driv =a | weight=0.095
=hodiny =pozdeji | weight=0.094
=me =kricel | weight=0.094
=staci | weight=0.094
=ztratili =mi | weight=0.092
=plynomeru | weight=0.091
=na =vymenu | weight=0.091
=v =utery | weight=0.091
=si =kvuli | weight=0.090
=mam =pravo | weight=0.090
=deset | weight=0.090
=to =mel | weight=0.089
=zadam =omluvu | weight=0.089
=necte | weight=0.088
=cekal =bych | weight=0.088
=vas =technik | weight=0.087
=vyjezd | weight=0.087
=neprijima | weight=0.086
=minimalne | weight=0.085
=pisemne | weight=0.085
=technik =na | weight=0.085
=pada | weight=0.083
=kdyby | weight=0.083, noneg
=kde =je | weight=0.083
=vas =omluvu | weight=0.082
=mi =nakonec | weight=0.082
=vas =oddeleni | weight=0.080
=mel =by | weight=0.080
=volno | weight=0.079
=ridic | weight=0.079
=tak =v | weight=0.079
=mam =smula | weight=0.079
=napravu =a | weight=0.079
=voziku =a | weight=0.078
=a =prodejce | weight=0.078
=technik =mi | weight=0.078
=ale =zadna | weight=0.077, noneg
=ve =ctvrtek | weight=0.077
=neprisel | weight=0.077
=zklamani | weight=0.076
=mi =neda | weight=0.076
=nemaj | weight=0.076
=den =jsem | weight=0.075
=reklamoval =a | weight=0.075
=prijit =ve | weight=0.074
=pravo | weight=0.074
=o =napravu | weight=0.074
=pokrcila | weight=0.074
=pokrcila =rameny | weight=0.074
=smula | weight=0.074
=v =zari | weight=0.073
=prodejce =mi | weight=0.073
=vedeni | weight=0.073
=by =byla | weight=0.073
=odpoved =prisla | weight=0.073
=ocekavam =omluvu | weight=0.072
=pani =omluvu | weight=0.072
=si =zaslouzim | weight=0.072
=jsem =vas | weight=0.071
=vedouci =mi | weight=0.070
=to =tim | weight=0.070
=pizza | weight=0.070
=vyhovet | weight=0.070
=tohle | weight=0.070
=abyste | weight=0.069
=zpusobila =se | weight=0.069
=cekal =na | weight=0.069
=misto | weight=0.068
=zari | weight=0.067
=cekal =od | weight=0.067
=zaslouzim | weight=0.067
=to =jako | weight=0.067
=poprve =jsem | weight=0.066
=zasilka | weight=0.066
=na =voziku | weight=0.066
=abyste =se | weight=0.066
=az =v | weight=0.066
=fronte =a | weight=0.066
=pak =ze | weight=0.066
=a =odpoved | weight=0.065
=tak =ne | weight=0.064, noneg
=prisla =studena | weight=0.064
=odjel | weight=0.064
=ctvrtek | weight=0.063
=upominka | weight=0.063
=aspon =slovo | weight=0.063
=o =hodiny | weight=0.062
=dorazil =ve | weight=0.062
=nakonec | weight=0.062
=slovo =prominte | weight=0.061
=jako =se | weight=0.061
=pizza =prisla | weight=0.061
=omluvu =kdyz | weight=0.061
=prisla =az | weight=0.061
=debil | weight=0.060
=vas =zamestnanec | weight=0.060
=zamestnanec | weight=0.059
=slysel | weight=0.058
=zdrzeni | weight=0.058
=dodnes | weight=0.058
=omluvu =by | weight=0.058
=prodejce | weight=0.058
=voziku | weight=0.057
=nekdo =omluvu | weight=0.057
=zadna =jen | weight=0.057, noneg
=poplatek =a | weight=0.057
=ktery =jste | weight=0.057
=nam =omluvu | weight=0.056
=sluselo | weight=0.056
=sluselo =by | weight=0.056
=rameny | weight=0.056
=odpoledne =a | weight=0.056
=vraceni =poplatek | weight=0.055
=ocekavam =pisemne | weight=0.055
=tohle =choval | weight=0.054
=za =tohle | weight=0.054
=me =a | weight=0.054
=utery | weight=0.054
=na =sklad | weight=0.054
=jsem =typicka | weight=0.053
=cekal =omluvu | weight=0.053
=typicka | weight=0.052
=zadam =pisemne | weight=0.052
=driv | weight=0.052
=jen =ze | weight=0.052
=cerven =a | weight=0.051
=vysvetleni | weight=0.050
=na =oslave | weight=0.050
=nejmensi | weight=0.049
=to =nejmensi | weight=0.049
=idiot | weight=0.049
=do =haje | weight=0.049
=haje | weight=0.049
=pry =ho | weight=0.049
=nazval =me | weight=0.049
=od =vedouci | weight=0.049
=muj =prvni | weight=0.048
=byla =jejich | weight=0.048
=dcera | weight=0.048
=nam =poslali | weight=0.048
=nazval | weight=0.048
=o =dve | weight=0.047
=mi =kufr | weight=0.047
=to =muj | weight=0.047
=strhli =poplatek | weight=0.047
=omluvu =za | weight=0.047
=potize | weight=0.047
=dort =na | weight=0.046
=mi =ta | weight=0.046
=zakaznik =velmi | weight=0.046
=nejaky | weight=0.046
=byla =hruby | weight=0.044
=rikal =ze | weight=0.044
=ho =to | weight=0.044
=to =mrzi | weight=0.044
=prijit =mezi | weight=0.043
=nadaval | weight=0.043
=zadam =abyste | weight=0.043
=operatorka =na | weight=0.043
=maji =hodne | weight=0.042
=na =novy | weight=0.042
=mi =strhli | weight=0.042
=spolecnost | weight=0.042
=mrzi | weight=0.042
=myslim =ze | weight=0.042
=kopiroval =odpoved | weight=0.041
=ne =jen | weight=0.041, noneg
=omluvu =jinak | weight=0.041
=dni | weight=0.041
=bejt | weight=0.041
=mel =bejt | weight=0.041
=byla =to | weight=0.041
=se =zasmal | weight=0.041
=tohle =je | weight=0.041
=vubec | weight=0.041
=jsem =reklamoval | weight=0.041
=hoste | weight=0.041
=chci =aby | weight=0.041
=moje =dcera | weight=0.040
=byla =pryc | weight=0.040
=jejich =clovek | weight=0.040
=vas =recenzi | weight=0.040
=nesedi | weight=0.040
=nikdo =nam | weight=0.040, noneg
=pres =celou | weight=0.040
=pak =zjistil | weight=0.040
=oslave | weight=0.040
=odpoved =o | weight=0.040
=fakturu =za | weight=0.040
=za =dopravu | weight=0.040
=omluvu =ne | weight=0.039, noneg
=jen =kopiroval | weight=0.039
=do =sedela | weight=0.039
=kufr | weight=0.039
=do =oci | weight=0.039
=z =kradeze | weight=0.039
=s =takovy | weight=0.039
=obchode =jako | weight=0.039
=kvuli =tom | weight=0.039
=vec =pravnikovi | weight=0.039
=mi =vraceni | weight=0.039
=prisel =o | weight=0.039
=se =ta | weight=0.039
=sme | weight=0.038
=si =objednal | weight=0.038
=recept =a | weight=0.038
=zadna =slevu | weight=0.038, noneg
=kradeze | weight=0.038
=mi =balik | weight=0.038
=mi =po | weight=0.038
=nepravdiva | weight=0.038
=nepravdiva =informace | weight=0.038
=vynadal | weight=0.038
=s =obtiznym | weight=0.037
=porad =cekal | weight=0.037
=hodne | weight=0.037
=bych =aby | weight=0.037
=a =zavesil | weight=0.037
=studena | weight=0.037
=bych =neco | weight=0.037
=neco =ukradl | weight=0.037
=uplynula =dva | weight=0.037
=pred =vec | weight=0.037
=gratuluju | weight=0.037
=doby | weight=0.036
=vedouci =na | weight=0.036
=poplatek =za | weight=0.036
=ktery =je | weight=0.035
=zpusobila | weight=0.035
=pokladne =na | weight=0.035
=kopiroval | weight=0.035
=svalili =to | weight=0.035
=penize =nikdo | weight=0.035, noneg
=ignoroval | weight=0.035
=vyresil =s | weight=0.035
=strhli | weight=0.035
=navic | weight=0.034
=pisu =at | weight=0.034
=nadaval =do | weight=0.034
=spravne =mam | weight=0.034
=odpoledne | weight=0.034
=kdyz =mi | weight=0.033
=neporadek | weight=0.033
=adresu =v | weight=0.033
=to =tak | weight=0.033
=ostuda | weight=0.033
=penize =zpatky | weight=0.032
=chci =abyste | weight=0.032
=za =jednou | weight=0.032
=banky =mi | weight=0.032
=ktery =me | weight=0.032
=prisla =s | weight=0.032
=slevu =kod | weight=0.032
=lepe | weight=0.032
=mel =lepe | weight=0.032
=to =sem | weight=0.032
=autoskole | weight=0.032
=dalsi | weight=0.032
=obvinili | weight=0.032
=pred =vsem | weight=0.032
=bordel | weight=0.032
=a =prisla | weight=0.032
=psal =jsem | weight=0.032
=ani =tuk | weight=0.031, noneg
=cizi =obcanstvim | weight=0.031
=jen =predplacenka | weight=0.031
=lidi =s | weight=0.031
=obcanstvim | weight=0.031
=obcanstvim =je | weight=0.031
=predplacenka | weight=0.031
=pro =lidi | weight=0.031
=s =cizi | weight=0.031
=pry =zadam | weight=0.031
=obtiznym | weight=0.031
=obtiznym =hmyz | weight=0.031
=myslim | weight=0.031
=precist =popis | weight=0.031
=jsem =tupa | weight=0.031
=tupa | weight=0.031
=mi =pisu | weight=0.031
=celou =obchode | weight=0.030
=byla =domluveno | weight=0.030
=jmeno | weight=0.030
=sprosty | weight=0.030
=balik =a | weight=0.030
=hmyz | weight=0.030
