# transfer_runaround, cs: learned by scripts/learn.py from 2812 tuning texts (89 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ v chatu mi napsali at poslu email, na email mi odepsali at zavolam
+ Prodejna tvrdí, že to musí řešit servis, servis zase, že prodejna. Každý se toho zbavuje.
+ v chatu mi napsali ze to musi resit techncike oddeleni, technicke oddeleni rekne ze to je vec obchodniho. a pokazde jim znovu vysvetluju cely problem od zacatku. uz fakt nemam silu
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=prepojili | weight=0.308
=prehazovali | weight=0.297
=prepojeni | weight=0.295
=me =poslali | weight=0.277
=me =odkaz | weight=0.273
=kazdy =me | weight=0.270
=na =jinam | weight=0.268
=me =od | weight=0.264
=zpatky =na | weight=0.260
=posilal | weight=0.253
=na =druhy | weight=0.251
=jednoho | weight=0.243
=technicka | weight=0.234
=oddeleni | weight=0.222
=zpatky | weight=0.215
=me =prepojili | weight=0.210
=mezi =servisu | weight=0.210
=neni =nas | weight=0.209, noneg
=me =prehodil | weight=0.204
=infolince =na | weight=0.203
=vyrobce | weight=0.201
=prehodil | weight=0.200
=brambor | weight=0.196
=horky | weight=0.196
=horky =brambor | weight=0.196
=jako =horky | weight=0.196
=mezi | weight=0.194
=nas =od | weight=0.193
=at =zavolam | weight=0.191
=jinam | weight=0.186
=predavam | weight=0.181
=kruhu | weight=0.179
=technicka =podpora | weight=0.178
=presmerovali | weight=0.175
=me =mezi | weight=0.174
=cislo =na | weight=0.173
=dal =cislo | weight=0.173
=kancelar | weight=0.169
=byla =jsem | weight=0.167
=k =druhy | weight=0.167
=na =nekoho | weight=0.166
=servisu =a | weight=0.165
=kazdy =prepojeni | weight=0.163
=po =kazdy | weight=0.163
=at =jdu | weight=0.162
=urade =me | weight=0.158
=na =centralu | weight=0.157
=z =jednoho | weight=0.156
=musel =resit | weight=0.153
=my | weight=0.153
=zpet | weight=0.151
=mate | weight=0.151
=mi =dal | weight=0.151
=ctyrikrat | weight=0.147
=vody | weight=0.146
=vyrobce =posila | weight=0.145
=zpet =k | weight=0.145
=posilal =me | weight=0.145
=k =okynka | weight=0.144
=poslali =zpatky | weight=0.144
=prepojili =me | weight=0.144
=presmerovali =na | weight=0.143
=druhy | weight=0.143
=pobocce =rekl | weight=0.142
=centralu =at | weight=0.140
=centralu =na | weight=0.140
=to =neresi | weight=0.137
=posila =zpet | weight=0.137
=prepojili =jinam | weight=0.136
=prehazovali =si | weight=0.135
=odtamtud | weight=0.133
=me =hodil | weight=0.133
=k =vam | weight=0.131
=od =okynka | weight=0.129
=okynka =k | weight=0.129
=servisu | weight=0.128
=si =me | weight=0.127
=prehodil =me | weight=0.127
=prehodil =zase | weight=0.127
=servis | weight=0.127
=servis =servis | weight=0.127
=neresi | weight=0.125
=kazdy | weight=0.125
=hodil =na | weight=0.124
=jednou =prepazky | weight=0.124
=na =email | weight=0.123
=petkrat | weight=0.122
=jdu =na | weight=0.120
=oddeleni =na | weight=0.120
=poslali =na | weight=0.119
=okynka | weight=0.118
=certa | weight=0.117
=certa =k | weight=0.117
=dablu | weight=0.117
=k =dablu | weight=0.117
=od =certa | weight=0.117
=at =poslali | weight=0.116
=na =dalsi | weight=0.111
=operator =prepojili | weight=0.110
=k =okenko | weight=0.110
=k =pilatovi | weight=0.110
=pilatovi | weight=0.110
=spadlo | weight=0.108
=jsem =presmerovali | weight=0.108
=odtamtud =na | weight=0.108
=posila =na | weight=0.108
=okenko | weight=0.108
=urade | weight=0.107
=to =musel | weight=0.107
=do =prodejne | weight=0.106
=sem | weight=0.106
=zkuste | weight=0.106
=nekoho | weight=0.105
=jednou =na | weight=0.104
=odkaz =jednou | weight=0.104
=a =prodejne | weight=0.103
=pobocce =a | weight=0.102
=z =oddeleni | weight=0.102
=zavolam =zitra | weight=0.101
=a =e-shopu | weight=0.100
=zase =jinam | weight=0.100
=ctyrikrat =pokazde | weight=0.098
=na =oddeleni | weight=0.098
=at =volam | weight=0.098
=me =asi | weight=0.098
=uz =tyden | weight=0.098
=nakonec | weight=0.097
=vodafone | weight=0.097
=zase =ze | weight=0.097
=v =chatu | weight=0.096
=napsal =at | weight=0.096
=si =muj | weight=0.094
=volam =zpatky | weight=0.093
=zpatky =vam | weight=0.093
=to =sam | weight=0.092
=trikrat =me | weight=0.091
=ptaji =na | weight=0.091
=ze =prodejne | weight=0.091
=mi =odepsali | weight=0.090
=dalsi =lince | weight=0.089
=asi =petkrat | weight=0.088
=odesilatele | weight=0.088
=kazdy =oddeleni | weight=0.088
=zacinal =znovu | weight=0.088
=email | weight=0.088
=nikdo =nevedel | weight=0.087, noneg
=me | weight=0.087
=hodiny =na | weight=0.087
=infolince =me | weight=0.086
=hrala | weight=0.086
=ptaji | weight=0.085
=odkaz | weight=0.085
=technicka =oddeleni | weight=0.085
=ctyri =ruzne | weight=0.085
=odepsali | weight=0.084
=jsem =odkaz | weight=0.084
=odkaz =z | weight=0.084
=vyrobce =vyrobce | weight=0.084
=umi | weight=0.084
=tohle | weight=0.083
=na =pobocce | weight=0.083
=fakturaci =a | weight=0.082
=na =fakturaci | weight=0.082
=na =vyrobce | weight=0.082
=cekal =me | weight=0.082
=lito | weight=0.081
=posila | weight=0.080
=chatu =mi | weight=0.080
=zacinal | weight=0.080
=chatu =me | weight=0.080
=prodejne =tvrdi | weight=0.080
=kolega =a | weight=0.079
=a =tam | weight=0.078
=pokazde =jsem | weight=0.078
=centralu | weight=0.077
=chatbot =me | weight=0.076
=kruhu =uz | weight=0.076
=tocim =se | weight=0.076
=v =kruhu | weight=0.076
=jinam =pobocce | weight=0.076
=urade =na | weight=0.075
=prepojeni =se | weight=0.075
=a =odtamtud | weight=0.075
=muj =pozadavek | weight=0.074
=zase | weight=0.074
=k | weight=0.073
=odkaz =zpatky | weight=0.073
=ctyrikrat =me | weight=0.073
=spojeni | weight=0.072
=zpatky =k | weight=0.072
=okna | weight=0.072
=pokazde =nekdo | weight=0.071
=na =prodejce | weight=0.071
=tocim | weight=0.071
=zase =zpatky | weight=0.069
=ta =me | weight=0.069
=po =hodiny | weight=0.069
=odtud | weight=0.069
=lidi =kazdy | weight=0.069
=se =ctyri | weight=0.069
=me =z | weight=0.068
=me =presmerovali | weight=0.067
=jsem =z | weight=0.067
=jsem =v | weight=0.067
=na =servis | weight=0.066
=mi =napsal | weight=0.066
=co =se | weight=0.065
=me =operator | weight=0.065
=me =vody | weight=0.065
=tam =mi | weight=0.064
=chatu =se | weight=0.064
=a =ctvrt | weight=0.064
=zpet =na | weight=0.063
=a =vyrobce | weight=0.063
=do =servisu | weight=0.063
=callcentru | weight=0.062
=dalsi | weight=0.062
=posila =me | weight=0.061
=jdu | weight=0.061
=nevedel =ani | weight=0.061, noneg
=me =posilal | weight=0.060
=z =pobocce | weight=0.058
=fakturaci | weight=0.058
=v =tom | weight=0.058
=prehodil =dal | weight=0.058
=me =posila | weight=0.058
=prodejne | weight=0.057
=a =kolega | weight=0.057
=z =prodejne | weight=0.057
=ze =servisu | weight=0.057
=volam =mi | weight=0.057
=pobocce =me | weight=0.057
=behem =jednoho | weight=0.057
=jednoho =hovor | weight=0.057
=jinyho | weight=0.057
=od | weight=0.056
=me =ze | weight=0.056
=rekl =at | weight=0.056
=a =pokazde | weight=0.056
=na =technicka | weight=0.056
=je =poskozeni | weight=0.056
=nekdo =jinam | weight=0.055
=pri =prevzeti | weight=0.054
=se =v | weight=0.053
=mezi =oddeleni | weight=0.053
=prevzeti | weight=0.053
=hudba | weight=0.053
=vy =mi | weight=0.053
=zitra | weight=0.052
=neni =jeho | weight=0.052, noneg
=jinam =oddeleni | weight=0.051
=overovaci | weight=0.051
=jsem =zjistil | weight=0.051
=den =pri | weight=0.051
=vyrobce =zpatky | weight=0.051
=to =reklamovat | weight=0.051
=novy =operator | weight=0.050
=z | weight=0.050
=prodejce | weight=0.050
=a =nikdo | weight=0.050, noneg
=tytez | weight=0.050
=prepravce | weight=0.050
=muj | weight=0.050
=kde =jsem | weight=0.049
=mi =polozil | weight=0.049
=pak =me | weight=0.049
=pozadavek | weight=0.049
=pobocce =tam | weight=0.049
=pripad | weight=0.048
=mi =odpovida | weight=0.048
=odpovida =ze | weight=0.048
=mi =zase | weight=0.048
=zase =hrala | weight=0.048
=dal | weight=0.048
=na =to | weight=0.048
=kuryr =mi | weight=0.048
=infolince | weight=0.048
=kazdy =mi | weight=0.048
=okna =a | weight=0.047
=prosim | weight=0.047
=nevyresen | weight=0.046
=dalsi =a | weight=0.046
=a =chyba | weight=0.045
=doktor =tvrdi | weight=0.045
=neprijima =muj | weight=0.045
=pobocce =zpatky | weight=0.045
=podpora | weight=0.045
=nas =posila | weight=0.045
=na =urade | weight=0.045
=kazdy =jsem | weight=0.044
=pry =system | weight=0.044
=poslali =do | weight=0.044
=na =infolince | weight=0.044
=pretlumocit | weight=0.044
=pretlumocit =opakovane | weight=0.044
=pres =tlumocnika | weight=0.044
=tlumocnika =jsem | weight=0.044
=zjistil =ze | weight=0.044
=dubnu | weight=0.043
=je =cerven | weight=0.043
=vyrobou =a | weight=0.043
=jinam =a | weight=0.042
=kdo =ted | weight=0.042
=se =po | weight=0.042
=poradku =a | weight=0.042
=pobocce | weight=0.042
=lek =na | weight=0.042
=ctyri | weight=0.041
=jmeno | weight=0.041
=jsem =vsechno | weight=0.041
=tremi | weight=0.041
=jsem =trikrat | weight=0.041
=kdo | weight=0.040
=vyrobce =zase | weight=0.040
=pokazde =me | weight=0.040
=odtud =na | weight=0.039
=vyrobce =a | weight=0.039
=opakovane =protoze | weight=0.039
=oddeleni =rekne | weight=0.038
=vec =obchodni | weight=0.038
=na =ni | weight=0.038
=odmitli =vydat | weight=0.038
=poslali =k | weight=0.038
=nikdo =neni | weight=0.038, noneg
=lekare | weight=0.037
=zpatky =do | weight=0.037
=doktor | weight=0.037
=a =technicka | weight=0.037
=podpora =me | weight=0.037
=vydat =lek | weight=0.037
=celou =problem | weight=0.037
=depu =me | weight=0.037
=na =odesilatele | weight=0.037
=prisel =rozbil | weight=0.037
=infolince =zpatky | weight=0.035
=resit | weight=0.035
=me =vratit | weight=0.035
=operator =me | weight=0.035
=zacala | weight=0.035
=prepojili =a | weight=0.035
=poslali | weight=0.035
=rozbil =a | weight=0.034
=vyrobou | weight=0.034
=toho | weight=0.034
=sedela | weight=0.034
=z =infolince | weight=0.034
=neslysici =a | weight=0.034
=e-shopu | weight=0.033
=jsem =neslysici | weight=0.033
=mezi =operator | weight=0.033
=oddeleni =jako | weight=0.033
=nakonec =na | weight=0.032
=a =nakonec | weight=0.032
=oddeleni =se | weight=0.032
=komu | weight=0.032
=na =recept | weight=0.031
=infolince =infolince | weight=0.031
=podle =navod | weight=0.031
=az | weight=0.031
=vyrobce =me | weight=0.031
=musel =pry | weight=0.031
=prijit =osobne | weight=0.031
=pres =chatu | weight=0.031
=hovor =me | weight=0.030
=prepazky | weight=0.030
=datovou =schranky | weight=0.030
=dve =male | weight=0.030
=hudba =pak | weight=0.030
=pobocce =nebo | weight=0.030
=male =deti | weight=0.030
