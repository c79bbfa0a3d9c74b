# repeat_explaining, cs: learned by scripts/learn.py from 2812 tuning texts (95 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Už stokrát jsem vám to napsala.
+ Při každém hovoru to musím zopakovat.
+ svuj pripad jsem kazdymu vypravel znova
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=udaje | weight=0.419
=nikdo =si | weight=0.354, noneg
=vam =to | weight=0.325
=znovu | weight=0.306
=stokrat =jsem | weight=0.303
=stokrat | weight=0.298
=kazdy =novy | weight=0.265
=trem | weight=0.260
=diktovat | weight=0.251
=historii | weight=0.238
=zopakovat | weight=0.232
=to =napsal | weight=0.227
=fotky | weight=0.225
=snad | weight=0.216
=korespondenci | weight=0.211
=pokazde | weight=0.210
=popisu | weight=0.207
=jsem =popisu | weight=0.206
=vysvetlil | weight=0.198
=objednavka =jsem | weight=0.197
=se =stale | weight=0.195
=musel | weight=0.194
=cislo =objednavka | weight=0.192
=opakovane | weight=0.189
=prevypravet | weight=0.188
=prevypravet =znovu | weight=0.188
=vypravet | weight=0.188
=po =mne | weight=0.187
=kazdy | weight=0.186
=ruzne | weight=0.181
=historii =reklamaci | weight=0.176
=svuj | weight=0.175
=od =zacatku | weight=0.172
=jsem =musel | weight=0.172
=vylicit | weight=0.172
=jsem =vam | weight=0.172
=dat =narozeni | weight=0.170
=cislo | weight=0.169
=reklamaci =jsem | weight=0.158
=popisu =celou | weight=0.156
=chci =ty | weight=0.152
=potreti | weight=0.152
=musel =jsem | weight=0.150
=zase =jsem | weight=0.150
=dokola | weight=0.150
=jsem =uz | weight=0.150
=pri =kazdy | weight=0.150
=vysvetlil =co | weight=0.149
=vysvetlil =ze | weight=0.149
=musel =vsechno | weight=0.149
=trem =ruzne | weight=0.148
=doklad | weight=0.148
=se =me | weight=0.147
=jsem =diktovat | weight=0.147
=celou | weight=0.146
=mne =chtel | weight=0.145
=tytez | weight=0.145
=udaje =jako | weight=0.144
=uz =po | weight=0.142
=narozeni | weight=0.142
=psal =cislo | weight=0.142
=porad =dokola | weight=0.142
=pobocce =jsem | weight=0.142
=nadiktovala =snad | weight=0.141
=poctvrte | weight=0.140
=fotografie | weight=0.138
=dokola =jsem | weight=0.136
=co =se | weight=0.135
=poctvrte =vam | weight=0.134
=tolikrat | weight=0.131
=kazdy =hovor | weight=0.131
=diktovat =cislo | weight=0.130
=to =psal | weight=0.128
=dalsi =operator | weight=0.127
=vsechno =od | weight=0.126
=uz =ctyri | weight=0.126
=po =pate | weight=0.126
=kolikrat | weight=0.124
=kolikrat =vam | weight=0.124
=mam =jeste | weight=0.124
=zacatku | weight=0.124
=novy =operator | weight=0.124
=totozne | weight=0.124
=totozne =fotografie | weight=0.124
=zase =totozne | weight=0.124
=pripad | weight=0.121
=psat | weight=0.121
=pate | weight=0.119
=petkrat | weight=0.119
=licit | weight=0.118
=ty | weight=0.118
=trem =lidi | weight=0.118
=cislo =smlouvy | weight=0.117
=ty =sam | weight=0.114
=znovu =vysvetlil | weight=0.113
=desetkrat | weight=0.112
=snad =desetkrat | weight=0.112
=snad =petkrat | weight=0.112
=operator =se | weight=0.110
=sestkrat | weight=0.110
=snad =sestkrat | weight=0.110
=mne | weight=0.110
=jim =to | weight=0.109
=nadiktovala | weight=0.109
=uz =trem | weight=0.108
=sam =udaje | weight=0.107
=pokazde =me | weight=0.107
=celou =situaci | weight=0.107
=to =sam | weight=0.107
=jsem =to | weight=0.106
=popsal | weight=0.105
=totez | weight=0.105
=pretlumocit | weight=0.104
=pretlumocit =opakovane | weight=0.104
=pres =tlumocnika | weight=0.104
=tlumocnika =jsem | weight=0.104
=prepojeni | weight=0.104
=pobocce =dne | weight=0.104
=pripad =jsem | weight=0.103
=svuj =pripad | weight=0.103
=situaci | weight=0.103
=tu =objednavka | weight=0.102
=davam | weight=0.102
=nekdo =jinam | weight=0.102
=odpovi =nekdo | weight=0.102
=pribeh | weight=0.101
=takze =to | weight=0.100
=byla =nucen | weight=0.100
=a =adresu | weight=0.099
=to =hlas | weight=0.099
=novy =operatorka | weight=0.098
=vypravet =znovu | weight=0.098
=odpovi | weight=0.098
=nucen | weight=0.098
=vam =zase | weight=0.098
=po =treti | weight=0.098
=tlumocnika | weight=0.098
=treti | weight=0.097
=novy | weight=0.097
=celou =problem | weight=0.097
=co | weight=0.096
=po =prepojeni | weight=0.095
=prepojeni =se | weight=0.095
=k =opetovnemu | weight=0.093
=opetovnemu | weight=0.093
=opetovnemu =sdeleno | weight=0.093
=sdeleno =vsech | weight=0.093
=vsech =udaje | weight=0.093
=vyzvana | weight=0.093
=vyzvana =k | weight=0.093
=zavada | weight=0.093
=jsem =zopakovat | weight=0.093
=zopakovat =snad | weight=0.093
=opakovane =protoze | weight=0.093
=odvypravel | weight=0.092
=lidi | weight=0.092
=problem =jsem | weight=0.091
=jeste | weight=0.090
=topeni =porad | weight=0.090
=kazdymu | weight=0.089
=u =kazdy | weight=0.089
=do =maily | weight=0.088
=napsal =do | weight=0.088
=rict =do | weight=0.088
=sam =rict | weight=0.088
=jsem =tu | weight=0.088
=jinam =a | weight=0.088
=to =vysvetlil | weight=0.088
=zakazky | weight=0.088
=v =nemocnici | weight=0.087
=zase | weight=0.086
=sestra | weight=0.084
=nemocnici | weight=0.084
=musel =celou | weight=0.083
=to =musel | weight=0.083
=jsem =vysvetlil | weight=0.082
=kazdy =dalsi | weight=0.082
=zacatku =rikal | weight=0.082
=uz =poslali | weight=0.082
=musel =znovu | weight=0.081
=ctyri | weight=0.081
=topeni | weight=0.080
=hlas =a | weight=0.079
=protoze =je | weight=0.079
=pokazde =nekdo | weight=0.078
=vsechno | weight=0.078
=jsem =odrikavala | weight=0.078
=odrikavala =sve | weight=0.078
=sve =udaje | weight=0.078
=fotky =rozbil | weight=0.077
=komunikace | weight=0.076
=jsem =jim | weight=0.076
=jako =by | weight=0.075
=vam | weight=0.074
=zbozi =jsem | weight=0.074
=odrikavala | weight=0.074
=telefon =a | weight=0.074
=jim | weight=0.073
=sporeni | weight=0.073
=pate =diktovat | weight=0.072
=nic =nezapisovali | weight=0.071, noneg
=si =nic | weight=0.071, noneg
=cislo =jsem | weight=0.071
=vypisu | weight=0.071
=predchozi | weight=0.070
=jsem =opakovane | weight=0.070
=zase =cislo | weight=0.069
=to =mam | weight=0.069
=vsech | weight=0.068
=od =nulu | weight=0.067
=jeste =jednou | weight=0.067
=doklad =ktery | weight=0.065
=porad =je | weight=0.065
=na =nej | weight=0.065
=a =kazdy | weight=0.064
=porad =to | weight=0.064
=poruse | weight=0.064
=sam =problem | weight=0.063
=by =si | weight=0.063
=overil | weight=0.062
=znovu =a | weight=0.061
=smlouvy =jsem | weight=0.061
=chci =vsechno | weight=0.061
=opakovane =pri | weight=0.060
=znovu =protoze | weight=0.060
=celou =historii | weight=0.059
=mam =na | weight=0.059
=jsem =posilal | weight=0.058
=diktovat =snad | weight=0.058
=sdeleno | weight=0.058
=uz =potreti | weight=0.058
=rict | weight=0.058
=musel =vylicit | weight=0.057
=vylicit =trem | weight=0.057
=kazdy =operator | weight=0.057
=do =telefon | weight=0.057
=ptaji | weight=0.057
=fotky =a | weight=0.056
=dne | weight=0.055
=mne =chci | weight=0.054
=celou =pribeh | weight=0.054
=uz =nekolikrat | weight=0.054
=vysvetlil =znovu | weight=0.054
=to =spatne | weight=0.053
=zacinal =znovu | weight=0.052
=problem | weight=0.051
=porad =nejde | weight=0.050
=historii =pripad | weight=0.049
=uz =poctvrte | weight=0.049
=asi =petkrat | weight=0.049
=ptaji =na | weight=0.049
=co =uz | weight=0.048
=nuti | weight=0.048
=jim =psal | weight=0.048
=trech =e-mail | weight=0.048
=posilal | weight=0.047
=stale | weight=0.047
=operatorka =jsem | weight=0.047
=nepredaji | weight=0.046
=sam =fotky | weight=0.045
=to =ze | weight=0.045
=co =rikal | weight=0.045
=do =z | weight=0.045
=historii =znovu | weight=0.045
=od =a | weight=0.045
=pokazde =celou | weight=0.045
=nekolikrat | weight=0.044
=porad =stejne | weight=0.044
=sedmkrat | weight=0.043
=kartu =a | weight=0.043
=naslouchadla | weight=0.043
=na =uplne | weight=0.043
=a =chci | weight=0.043
=pta =na | weight=0.043
=me =ptal | weight=0.042
=agent =se | weight=0.041
=ve =trech | weight=0.041
=tatu =s | weight=0.041
=zablokovali =kartu | weight=0.041
=poprve | weight=0.041
=jsem =jeho | weight=0.041
=zamestnanec | weight=0.041
=pta | weight=0.040
=a =ten | weight=0.040
=svou | weight=0.039
=dalsi =pracovnik | weight=0.039
=a =popis | weight=0.039
=je =kazdy | weight=0.039
=se =dostal | weight=0.038
=a =znovu | weight=0.038
=urade =se | weight=0.038
=uz =tam | weight=0.038
=jako =to | weight=0.038
=sem | weight=0.038
=overovaci | weight=0.038
=psal | weight=0.038
=a =do | weight=0.037
=bod | weight=0.037
=nej | weight=0.037
=nulu | weight=0.037
=s =reklamaci | weight=0.037
=okna =a | weight=0.036
=jeho | weight=0.036
=jako =bych | weight=0.036
=predtim | weight=0.036
=student | weight=0.036
=kdyz =uz | weight=0.035
=rikal =cislo | weight=0.033
=popis | weight=0.033
=zacinal | weight=0.033
=zeptat =na | weight=0.033
=pokazde =musel | weight=0.032
=nikdo =z | weight=0.032, noneg
=problem =od | weight=0.032
=clovek =na | weight=0.031
=jim =posilal | weight=0.031
=posilal =ty | weight=0.031
=a =spatne | weight=0.031
=ze =dne | weight=0.031
=ztratili | weight=0.031
=mrtvici | weight=0.030
=mrtvici =a | weight=0.030
=po =mrtvici | weight=0.030
