# wants_apology, cs: learned by scripts/learn.py from 3747 tuning texts (126 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Zadam, aby se mi zamestnankyne za sve jednani dne 18.11. omluvila, a to osobne nebo pisemne.
+ zakaznik velmi rozruseny, pry ho operatorka na lince poslala 'do haje' a zavesila. zada omluvu a jmeno pracovnice
+ Zákaznice uvádí, že jí pracovník reklamací řekl, že „s takovými jako ona se nebude dohadovat“, a ukončil hovor. Požaduje omluvu od vedení e-shopu.
- ok dekuju
- super, doporucuju
=omluvu | weight=0.686
=ani =se | weight=0.499, noneg
=aspon | weight=0.492
=ani =neomluvil | weight=0.416, noneg
=nikoho =z | weight=0.338, noneg
=zadna =omluvu | weight=0.324, noneg
=ani =pardon | weight=0.309, noneg
=nikdo =se | weight=0.298, noneg
=omluvu =nic | weight=0.295, noneg
=nikoho | weight=0.277, noneg
=za =celou | weight=0.262
=ocekavam | weight=0.254
=ani | weight=0.248, noneg
=se =omlouvam | weight=0.240
=slovo | weight=0.238
=neznala | weight=0.214
=prominte | weight=0.214
=a =vubec | weight=0.213
=jsem =neslysela | weight=0.209
=neslysela | weight=0.207
=promin | weight=0.205
=chci =omluvu | weight=0.204
=misto =omluvu | weight=0.198
=ani =nerekl | weight=0.196, noneg
=nic =jen | weight=0.193, noneg
=nikdo =ani | weight=0.192, noneg
=omlouvam | weight=0.191
=by | weight=0.188
=pisemne =omluvu | weight=0.187
=vam =nikdo | weight=0.185, noneg
=omluvu =od | weight=0.182
=na =omluvu | weight=0.181
=aby | weight=0.180
=se =zpozdeni | weight=0.175
=bez =jakekoli | weight=0.174, noneg
=kdyby =mi | weight=0.174, noneg
=nikdo =z | weight=0.172, noneg
=bez =omluvu | weight=0.170, noneg
=aby =se | weight=0.170
=zadam =aby | weight=0.168
=litosti | weight=0.168
=celou =doby | weight=0.167
=zasilka =se | weight=0.166
=deset =dni | weight=0.163
=ani =slovo | weight=0.162, noneg
=to =ani | weight=0.162, noneg
=minimum | weight=0.158
=s =vam | weight=0.154
=pochybeni | weight=0.153
=mi =nikdo | weight=0.151, noneg
=mi =ani | weight=0.150, noneg
=technik =neprijima | weight=0.149
=nikdo =nerekl | weight=0.148, noneg
=nezavolal =nikdo | weight=0.144, noneg
=neprijima =nikdo | weight=0.143, noneg
=kvuli =voziku | weight=0.140
=bez =jedina | weight=0.139, noneg
=dodnes =cekal | weight=0.139
=nikdo =nezavolal | weight=0.136, noneg
=vyjadrovat | weight=0.134
=se =ani | weight=0.131, noneg
=zadna | weight=0.126, noneg
=spojit | weight=0.126
=aspon =omluvu | weight=0.125
=jste =zpusobila | weight=0.124
=a =odjel | weight=0.123
=a =ani | weight=0.123, noneg
=ctvrtek =a | weight=0.122
=nad | weight=0.121
=odbyli | weight=0.120
=reklamaci =od | weight=0.119
=zastavit | weight=0.119
=by =se | weight=0.119
=mel =ohlasit | weight=0.119
=ohlasit | weight=0.119
=naopak =mi | weight=0.115
=prosim =o | weight=0.115
=od =vedeni | weight=0.113
=verejne =omluvu | weight=0.112
=je =minimum | weight=0.112
=dalsi =fakturu | weight=0.112
=se =mel | weight=0.111
=deset | weight=0.107
=a =bez | weight=0.107, noneg
=nic =jiny | weight=0.106, noneg
=vyrizuje | weight=0.106
=napsal =ze | weight=0.105
=chtel =omluvu | weight=0.103
=pravo =chtel | weight=0.103
=pisemne | weight=0.103
=omluvu =zadna | weight=0.103, noneg
=dispecink | weight=0.103
=kricel | weight=0.101
=trochu | weight=0.100
=neprijima | weight=0.100
=verejne | weight=0.100
=zadam =omluvu | weight=0.099
=situaci | weight=0.099
=jen =pokrcila | weight=0.099
=omluvu =necte | weight=0.099
=neprisel =vubec | weight=0.098
=driv =a | weight=0.098
=sorry | weight=0.098
=neda =omluvu | weight=0.097
=omluvu =tak | weight=0.097
=nezadal | weight=0.097
=vznikla | weight=0.097
=nikdo =jen | weight=0.097, noneg
=upominka | weight=0.096
=necte | weight=0.095
=me =kricel | weight=0.095
=pul =ve | weight=0.094
=mi =omluvu | weight=0.093
=ztratili | weight=0.093
=mam =pravo | weight=0.092
=chci =aby | weight=0.091
=pada | weight=0.090
=na =vymenu | weight=0.090
=bych =aspon | weight=0.089
=staci | weight=0.089
=technik =na | weight=0.089
=kde =je | weight=0.088
=hodiny =pozdeji | weight=0.086
=napravu | weight=0.086
=plynomeru | weight=0.086
=minimalne | weight=0.086
=si =kvuli | weight=0.086
=v =utery | weight=0.085
=vas =omluvu | weight=0.084
=mam =smula | weight=0.083
=mel =by | weight=0.083
=ztratili =mi | weight=0.082
=a =prodejce | weight=0.082
=mi =nakonec | weight=0.082
=ridic | weight=0.082
=voziku =a | weight=0.082
=vas =oddeleni | weight=0.082
=vyjezd | weight=0.082
=ve =ctvrtek | weight=0.081
=tak =v | weight=0.080
=vedouci =mi | weight=0.079
=cekal =bych | weight=0.078
=kdyby | weight=0.077, noneg
=smula | weight=0.077
=volno | weight=0.077
=ale =zadna | weight=0.076, noneg
=vas =technik | weight=0.076
=napravu =a | weight=0.076
=prijit =ve | weight=0.076
=odpoved =prisla | weight=0.075
=ocekavam =omluvu | weight=0.075
=by =byla | weight=0.075
=vedeni | weight=0.075
=neprisel | weight=0.074
=v =zari | weight=0.074
=pokrcila | weight=0.074
=pokrcila =rameny | weight=0.074
=reklamoval =a | weight=0.073
=mi =neda | weight=0.073
=prodejce =mi | weight=0.073
=o =napravu | weight=0.072
=technik =mi | weight=0.072
=pani =omluvu | weight=0.072
=pravo | weight=0.072
=jsem =vas | weight=0.072
=aspon =slovo | weight=0.072
=nemaj | weight=0.071
=den =jsem | weight=0.070
=zpusobila =se | weight=0.070
=abyste | weight=0.070
=zklamani | weight=0.070
=na =voziku | weight=0.069
=cekal =od | weight=0.068
=vyhovet | weight=0.068
=odjel | weight=0.067
=ktery =jste | weight=0.067
=zari | weight=0.067
=to =tim | weight=0.067
=si =zaslouzim | weight=0.066
=dorazil =ve | weight=0.066
=abyste =se | weight=0.066
=prisla =studena | weight=0.066
=a =odpoved | weight=0.065
=slovo =prominte | weight=0.065
=az =v | weight=0.065
=zasilka | weight=0.065
=pizza =prisla | weight=0.064
=debil | weight=0.063
=to =jako | weight=0.063
=omluvu =by | weight=0.063
=dodnes | weight=0.063
=omluvu =kdyz | weight=0.063
=zaslouzim | weight=0.062
=fronte =a | weight=0.062
=ho =to | weight=0.061
=to =mrzi | weight=0.061
=to =mel | weight=0.061
=poprve =jsem | weight=0.061
=prisla =az | weight=0.061
=odpoledne =a | weight=0.060
=ctvrtek | weight=0.060
=tohle =choval | weight=0.059
=za =tohle | weight=0.059
=me =a | weight=0.059
=zadna =jen | weight=0.059, noneg
=pak =ze | weight=0.059
=mrzi | weight=0.059
=zdrzeni | weight=0.058
=poplatek =a | weight=0.058
=o =hodiny | weight=0.058
=ocekavam =pisemne | weight=0.057
=voziku | weight=0.057
=nejaky | weight=0.057
=nam =omluvu | weight=0.056
=prodejce | weight=0.056
=jako =se | weight=0.056
=cerven =a | weight=0.056
=rameny | weight=0.055
=jsem =typicka | weight=0.054
=vraceni =poplatek | weight=0.054
=tak =ne | weight=0.054, noneg
=jen =ze | weight=0.054
=sluselo | weight=0.053
=sluselo =by | weight=0.053
=nam =poslali | weight=0.053
=slysel | weight=0.053
=cekal =omluvu | weight=0.052
=typicka | weight=0.052
=si =objednal | weight=0.052
=tohle | weight=0.052
=do =haje | weight=0.052
=haje | weight=0.052
=pry =ho | weight=0.052
=dni | weight=0.051
=na =oslave | weight=0.051
=dcera | weight=0.051
=utery | weight=0.051
=nekdo =omluvu | weight=0.051
=idiot | weight=0.050
=misto | weight=0.050
=na =novy | weight=0.049
=driv | weight=0.049
=o =dve | weight=0.049
=od =vedouci | weight=0.048
=byla =jejich | weight=0.048
=bejt | weight=0.048
=mel =bejt | weight=0.048
=nakonec | weight=0.048
=fakturu =za | weight=0.048
=dort =na | weight=0.048
=zakaznik =velmi | weight=0.048
=cekal =na | weight=0.048
=na =sklad | weight=0.047
=strhli =poplatek | weight=0.047
=pizza | weight=0.047
=vubec | weight=0.046
=operatorka =na | weight=0.046
=nadaval | weight=0.046
=tohle =je | weight=0.045
=zadam =abyste | weight=0.045
=rezervaci | weight=0.045
=jeste | weight=0.044
=sme | weight=0.044
=nikdo | weight=0.044, noneg
=stul | weight=0.044
=jejich =clovek | weight=0.044
=nesedi | weight=0.044
=vysvetleni | weight=0.044
=nazval =me | weight=0.044
=prijit =mezi | weight=0.043
=omluvu =ne | weight=0.043, noneg
=kvuli =tom | weight=0.043
=do =oci | weight=0.043
=mi =ta | weight=0.042
=nikdo =nam | weight=0.042, noneg
=nazval | weight=0.042
=mi =strhli | weight=0.042
=omluvu =za | weight=0.042
=oslave | weight=0.042
=nejmensi | weight=0.042
=to =nejmensi | weight=0.042
=jsem =reklamoval | weight=0.042
=byla =hruby | weight=0.041
=zadam =pisemne | weight=0.041
=se =ta | weight=0.041
=lepe | weight=0.041
=mel =lepe | weight=0.041
=zpusobila | weight=0.041
=omluvu =jinak | weight=0.041
=moje =dcera | weight=0.041
=potize | weight=0.040
=to =muj | weight=0.040
=spolecnost | weight=0.040
=rikal =ze | weight=0.040
=muj =prvni | weight=0.040
=z =kradeze | weight=0.039
=mi =kufr | weight=0.039
=co =na | weight=0.039
=hoste | weight=0.039
=vas =recenzi | weight=0.039
=montaznik | weight=0.039
=mi =balik | weight=0.039
=se =zasmal | weight=0.039
=pres =celou | weight=0.038
=kradeze | weight=0.038
=precist =popis | weight=0.038
=bych =aby | weight=0.038
=za =dopravu | weight=0.038
=zamestnanec | weight=0.038
=vas =zamestnanec | weight=0.038
=prisel =o | weight=0.038
=ne =jen | weight=0.038, noneg
=obchode =jako | weight=0.038
=kopiroval =odpoved | weight=0.037
=do =sedela | weight=0.037
=pry =zadam | weight=0.037
=recept =a | weight=0.037
=vec =pravnikovi | weight=0.037
=byla =pryc | weight=0.037
=hodne | weight=0.037
=se =ukazal | weight=0.037
=odpoved =o | weight=0.036
=s =takovy | weight=0.036
=porad =cekal | weight=0.036
=ostuda | weight=0.036
=nepravdiva | weight=0.036
=nepravdiva =informace | weight=0.036
=mi =vraceni | weight=0.036
=doby | weight=0.036
=nadaval =do | weight=0.036
=s =obtiznym | weight=0.036
=jen =kopiroval | weight=0.036
=adresu =v | weight=0.035
=pred =vec | weight=0.035
=to =se | weight=0.035
=uplynula =dva | weight=0.035
=zadna =slevu | weight=0.035, noneg
=pisu =at | weight=0.035
=balik =a | weight=0.035
=vyresil =s | weight=0.035
=ani =nenapadlo | weight=0.035, noneg
=nikoho =ani | weight=0.035, noneg
=se =nikoho | weight=0.035, noneg
=pozdeji | weight=0.034
=dalsi | weight=0.034
=psal =jsem | weight=0.034
=zesmesnil =a | weight=0.034
=nedoslychava | weight=0.034
=bordel | weight=0.034
=mi =po | weight=0.034
=normalne =ze | weight=0.034
=bych =neco | weight=0.034
=neco =ukradl | weight=0.034
=chci =abyste | weight=0.033
=penize =nikdo | weight=0.033, noneg
=kuchynska =lince | weight=0.033
=myslel =ze | weight=0.033
=kdyz =mi | weight=0.033
=ukazal =ze | weight=0.033
=vedouci =na | weight=0.033
=strhli | weight=0.033
=to =tak | weight=0.032
=mi =pisu | weight=0.032
=penize =zpatky | weight=0.032
=ktery =me | weight=0.032
=ignoroval | weight=0.032
=odpoledne | weight=0.031
=a =polozil | weight=0.031
=neporadek | weight=0.031
=obvinili | weight=0.031
=jsem =tupa | weight=0.031
=tupa | weight=0.031
=ale =omluvu | weight=0.031
=svalili | weight=0.031
=a =pul | weight=0.031
=autoskole | weight=0.031
=pred =vsem | weight=0.031
=kufr | weight=0.031
=banky =mi | weight=0.031
=pokladne =na | weight=0.030
=kuchynska | weight=0.030
=od =ty | weight=0.030
=ty =doby | weight=0.030
=kopiroval | weight=0.030
=byla =to | weight=0.030
