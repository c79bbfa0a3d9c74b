# transfer_runaround, cs: learned by scripts/learn.py from 2508 tuning texts (80 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Prodejna tvrdí, že to musí řešit servis, servis zase, že prodejna. Každý se toho zbavuje.
+ v chatu mi napsali ze to musi resit techncike oddeleni, technicke oddeleni rekne ze to je vec obchodniho. a pokazde jim znovu vysvetluju cely problem od zacatku. uz fakt nemam silu
+ Dobrý den, při převzetí zásilky jsem zjistila, že je poškozená. Kurýr mi řekl, že to není jeho věc, ať to reklamuji u odesílatele. Odesílatel (Vy) mi odpovídá, že to musím řešit s přepravcem. Kdo tedy? S pozdravem Hana
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=me =poslali | weight=0.329
=prepojeni | weight=0.319
=prehazovali | weight=0.318
=prepojovali | weight=0.298
=me =od | weight=0.286
=me =odkaz | weight=0.282
=kazdy =me | weight=0.271
=zpatky =na | weight=0.270
=oddeleni | weight=0.255
=na =jinam | weight=0.252
=technicka | weight=0.242
=posilal | weight=0.236
=mezi | weight=0.224
=na =druhy | weight=0.223
=mezi =servisu | weight=0.215
=jednoho | weight=0.214
=zpatky | weight=0.212
=neni =nas | weight=0.211, noneg
=jinam | weight=0.204
=vyrobce | weight=0.202
=me =prehodil | weight=0.193
=prehodil | weight=0.193
=brambor | weight=0.193
=horky | weight=0.193
=horky =brambor | weight=0.193
=jako =horky | weight=0.193
=nas =od | weight=0.190
=presmerovali | weight=0.186
=me =prepojovali | weight=0.186
=kancelar | weight=0.185
=k =druhy | weight=0.182
=predavam | weight=0.182
=technicka =podpora | weight=0.181
=kruhu | weight=0.177
=na =nekoho | weight=0.175
=na =centralu | weight=0.174
=servisu =a | weight=0.172
=vody | weight=0.171
=cislo =na | weight=0.170
=dal =cislo | weight=0.170
=kazdy =prepojeni | weight=0.169
=po =kazdy | weight=0.169
=me =mezi | weight=0.166
=k =okynka | weight=0.165
=musim =resit | weight=0.161
=mate | weight=0.157
=poslali =na | weight=0.157
=at =jdu | weight=0.157
=poslali =zpatky | weight=0.152
=posilal =me | weight=0.151
=odtamtud | weight=0.150
=presmerovali =na | weight=0.150
=zpet | weight=0.149
=mi =dal | weight=0.148
=my | weight=0.147
=vyrobce =posila | weight=0.147
=zpet =k | weight=0.147
=od =okynka | weight=0.145
=okynka =k | weight=0.145
=pobocce =rekl | weight=0.143
=druhy | weight=0.141
=centralu =at | weight=0.141
=centralu =na | weight=0.141
=to =neresi | weight=0.139
=posila =zpet | weight=0.136
=prehazovali =si | weight=0.134
=k =vam | weight=0.134
=kazdy | weight=0.133
=prepojovali =jinam | weight=0.133
=jednou =prepazky | weight=0.132
=servis | weight=0.128
=okynka | weight=0.126
=neresi | weight=0.124
=zkuste | weight=0.124
=to =musim | weight=0.124
=servisu | weight=0.122
=servis =servis | weight=0.121
=z =jednoho | weight=0.120
=byla =jsem | weight=0.119
=prehodil =me | weight=0.119
=prehodil =zase | weight=0.119
=spadl | weight=0.119
=si =me | weight=0.119
=oddeleni =na | weight=0.119
=certa | weight=0.119
=certa =k | weight=0.119
=dablu | weight=0.119
=k =dablu | weight=0.119
=od =certa | weight=0.119
=jsem =presmerovali | weight=0.119
=odtamtud =na | weight=0.119
=jdu =na | weight=0.118
=ctyrikrat | weight=0.118
=at =zavolam | weight=0.117
=jednou =na | weight=0.115
=odkaz =jednou | weight=0.115
=k =pilatovi | weight=0.114
=pilatovi | weight=0.114
=na =dalsi | weight=0.114
=centralu | weight=0.113
=sem | weight=0.112
=z =oddeleni | weight=0.112
=posila =na | weight=0.109
=prepojovali =me | weight=0.109
=do =prodejne | weight=0.108
=na =oddeleni | weight=0.107
=a =e-shopu | weight=0.105
=trikrat =me | weight=0.104
=kolega =a | weight=0.104
=kazdy =oddeleni | weight=0.104
=lito | weight=0.104
=a =prodejne | weight=0.102
=uz =tyden | weight=0.102
=to =sam | weight=0.101
=operator =prepojovali | weight=0.101
=urade =na | weight=0.101
=zacinal =znovu | weight=0.101
=ctyrikrat =pokazde | weight=0.101
=zase =jinam | weight=0.100
=infolince =me | weight=0.100
=at =volam | weight=0.100
=dalsi =lince | weight=0.100
=zavolam =zitra | weight=0.099
=pobocce =a | weight=0.099
=urade | weight=0.098
=odesilatele | weight=0.098
=zase =ze | weight=0.097
=vodafone | weight=0.097
=nakonec | weight=0.096
=volam =zpatky | weight=0.096
=zpatky =vam | weight=0.096
=ptaji =na | weight=0.095
=si =muj | weight=0.094
=jsem =z | weight=0.094
=tohle | weight=0.093
=zacinal | weight=0.091
=nekoho | weight=0.091
=me =vody | weight=0.091
=ptaji | weight=0.090
=hodiny =na | weight=0.089
=ze =prodejne | weight=0.089
=vyrobce =vyrobce | weight=0.089
=ctyri =ruzne | weight=0.087
=cekal =me | weight=0.086
=posila =me | weight=0.083
=umi | weight=0.082
=rekl =at | weight=0.082
=prodejne =tvrdi | weight=0.081
=pobocce =me | weight=0.080
=a =tam | weight=0.080
=na =vyrobce | weight=0.080
=me | weight=0.079
=technicka =oddeleni | weight=0.079
=posila | weight=0.078
=kruhu =uz | weight=0.076
=tocim =se | weight=0.076
=v =kruhu | weight=0.076
=na =servis | weight=0.076
=muj =pozadavek | weight=0.076
=okna | weight=0.075
=dalsi | weight=0.075
=zase =zpatky | weight=0.075
=zpet =na | weight=0.072
=spojeni | weight=0.072
=z =pobocce | weight=0.071
=zase | weight=0.071
=ta =me | weight=0.071
=chatu =me | weight=0.071
=na =prodejce | weight=0.071
=pak =me | weight=0.070
=pokazde =nekdo | weight=0.070
=volam =mi | weight=0.070
=tocim | weight=0.069
=chatu =se | weight=0.069
=k | weight=0.069
=po =hodiny | weight=0.069
=odkaz =zpatky | weight=0.069
=lidi =kazdy | weight=0.068
=se =ctyri | weight=0.068
=muj | weight=0.068
=me =presmerovali | weight=0.068
=jinam =oddeleni | weight=0.068
=zpatky =k | weight=0.067
=jinam =pobocce | weight=0.067
=na =to | weight=0.066
=jsem =v | weight=0.066
=a =ctvrt | weight=0.066
=jdu | weight=0.066
=zitra | weight=0.065
=me =operator | weight=0.062
=do =servisu | weight=0.062
=a =vyrobce | weight=0.062
=pripad | weight=0.061
=pokazde =jsem | weight=0.061
=callcentru | weight=0.061
=odkaz | weight=0.060
=je =poskozeni | weight=0.060
=se =v | weight=0.059
=nevedel =ani | weight=0.058, noneg
=na =technicka | weight=0.057
=v =tom | weight=0.057
=pri =prevzeti | weight=0.056
=z =prodejne | weight=0.056
=ze =servisu | weight=0.056
=overovaci | weight=0.056
=vy =mi | weight=0.056
=prehodil =dal | weight=0.056
=prepojovali =z | weight=0.055
=jinyho | weight=0.054
=me =posila | weight=0.054
=prevzeti | weight=0.054
=tytez | weight=0.054
=neni =jeho | weight=0.053, noneg
=mi =polozil | weight=0.053
=infolince =zpatky | weight=0.053
=mi =odpovida | weight=0.053
=jsem =zjistil | weight=0.053
=nakonec =na | weight=0.053
=behem =jednoho | weight=0.053
=jednoho =hovor | weight=0.053
=petkrat | weight=0.053
=me =ze | weight=0.053
=kuryr =mi | weight=0.052
=me =z | weight=0.052
=to =reklamovat | weight=0.051
=na =pobocce | weight=0.051
=a =pokazde | weight=0.051
=okna =a | weight=0.051
=den =pri | weight=0.051
=kde =jsem | weight=0.051
=mezi =oddeleni | weight=0.051
=vyrobce =zpatky | weight=0.051
=kazdy =jsem | weight=0.050
=pozadavek | weight=0.050
=odpovida =ze | weight=0.050
=prepazky | weight=0.049
=resit | weight=0.049
=nekdo =jinam | weight=0.049
=tam =mi | weight=0.047
=dal | weight=0.047
=novy =operator | weight=0.047
=a =kolega | weight=0.047
=odtud | weight=0.047
=kazdy =mi | weight=0.047
=dalsi =a | weight=0.047
=prodejce | weight=0.047
=oddeleni =rekne | weight=0.047
=vec =obchodni | weight=0.047
=hrala | weight=0.047
=ctyri | weight=0.046
=zjistil =ze | weight=0.046
=nikdo =neni | weight=0.046, noneg
=pretlumocit | weight=0.046
=pretlumocit =opakovane | weight=0.046
=pres =tlumocnika | weight=0.046
=tlumocnika =jsem | weight=0.046
=prodejne | weight=0.046
=z =infolince | weight=0.046
=poslali =do | weight=0.046
=zpatky =do | weight=0.046
=tremi | weight=0.045
=prepravce | weight=0.045
=dubnu | weight=0.045
=je =cerven | weight=0.045
=vyrobou =a | weight=0.045
=dve =male | weight=0.045
=behem | weight=0.045
=poradku =a | weight=0.044
=chatu =a | weight=0.044
=pokazde =me | weight=0.044
=nas =posila | weight=0.044
=kdo =ted | weight=0.043
=prodejne =me | weight=0.043
=datovou | weight=0.043
=se =po | weight=0.042
=jmeno | weight=0.042
=pobocce =nebo | weight=0.042
=podpora | weight=0.042
=jinam =a | weight=0.042
=z | weight=0.042
=hovor =me | weight=0.042
=na =dispecink | weight=0.042
=nevyresen | weight=0.042
=zacala | weight=0.041
=a =chyba | weight=0.041
=doktor =tvrdi | weight=0.041
=neprijima =muj | weight=0.041
=opakovane =protoze | weight=0.040
=vyrobce =zase | weight=0.040
=mezi =operator | weight=0.040
=nikdo =mi | weight=0.040, noneg
=jsem =neslysici | weight=0.040
=pry =system | weight=0.040
=musim =pry | weight=0.040
=prijit =osobne | weight=0.040
=prosim | weight=0.040
=neslysici =a | weight=0.039
=fakt =nemam | weight=0.039, noneg
=poslali =k | weight=0.039
=operator =v | weight=0.039
=a =technicka | weight=0.039
=podpora =me | weight=0.039
=v =chatu | weight=0.039
=nebo =to | weight=0.038
=depu =me | weight=0.038
=na =odesilatele | weight=0.038
=prisel =rozbil | weight=0.038
=trikrat | weight=0.038
=lek =na | weight=0.038
=vyrobou | weight=0.038
=lekare | weight=0.038
=cislo =objednavka | weight=0.038
=e-shopu | weight=0.038
=referent | weight=0.037
=me =vratit | weight=0.037
=odmitli =vydat | weight=0.036
=vydat =lek | weight=0.036
=oddeleni =se | weight=0.036
=jsem =trikrat | weight=0.036
=operator =me | weight=0.036
=rozbil =a | weight=0.036
=jsem =vsechno | weight=0.035
=tlumocnika | weight=0.035
=schrance | weight=0.035
=vyrobce =me | weight=0.035
=to =poslali | weight=0.035
=toho | weight=0.035
=neslysici | weight=0.034
=vyrobce =a | weight=0.034
=doktor | weight=0.034
=lekarne =mi | weight=0.034
=cely =problem | weight=0.033
=od | weight=0.033
=dispecink | weight=0.032
=sedela | weight=0.032
=kolega | weight=0.032
=cerven | weight=0.032
=a =deset | weight=0.032
=vysvetlil =cely | weight=0.031
=visi =jsem | weight=0.031
=ze =technik | weight=0.031
=na =kolegyni | weight=0.030
