# repeat_explaining, cs: learned by scripts/learn.py from 3307 tuning texts (105 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ uz tretimu cloveku na chatu vysvetluju ze mi nechodi sms s kodem pro platbu. kazdej zacne od zacatku jako by predtim nic nebylo
+ Zákazník uvádí, že na lince pojišťovny musel postupně třem operátorům popsat celou nehodu od začátku, protože si údaje nepředávají. Čtvrtý ho poslal zpátky na první oddělení.
+ Už stokrát jsem vám to napsala.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=udaje | weight=0.439
=nikdo =si | weight=0.358, noneg
=stokrat =jsem | weight=0.304
=stokrat | weight=0.300
=vam =to | weight=0.298
=znovu | weight=0.290
=trem | weight=0.269
=kazdy =novy | weight=0.265
=diktovat | weight=0.244
=to =napsal | weight=0.234
=historii | weight=0.234
=popisu | weight=0.232
=fotky | weight=0.224
=pokazde | weight=0.213
=zopakoval | weight=0.207
=korespondenci | weight=0.206
=od =zacatku | weight=0.204
=opakovane | weight=0.202
=vysvetlil | weight=0.200
=musim | weight=0.197
=cislo =objednavka | weight=0.197
=jsem =popisu | weight=0.197
=prevypravet | weight=0.192
=prevypravet =znovu | weight=0.192
=snad | weight=0.192
=jsem =musim | weight=0.191
=kazdy | weight=0.191
=objednavka =jsem | weight=0.187
=cislo | weight=0.182
=ruzne | weight=0.181
=svuj | weight=0.180
=po =mne | weight=0.180
=vypravet | weight=0.179
=vylicit | weight=0.176
=historii =reklamaci | weight=0.175
=psat | weight=0.174
=dokola | weight=0.172
=potreti | weight=0.170
=dat =narozeni | weight=0.167
=se =stale | weight=0.166
=musim =jsem | weight=0.162
=chci =ty | weight=0.159
=vysvetlil =ze | weight=0.158
=doklady | weight=0.157
=musim =vsechno | weight=0.157
=jsem =vam | weight=0.157
=popisu =celou | weight=0.156
=pri =kazdy | weight=0.154
=jsem =uz | weight=0.153
=pobocce =jsem | weight=0.149
=reklamaci =jsem | weight=0.148
=mne =chtel | weight=0.147
=zase =jsem | weight=0.145
=nadiktoval =snad | weight=0.145
=to =sam | weight=0.144
=narozeni | weight=0.142
=uz =po | weight=0.142
=celou | weight=0.142
=trem =ruzne | weight=0.142
=cislo =smlouvu | weight=0.142
=diktovat =cislo | weight=0.141
=fotografie | weight=0.140
=udaje =jako | weight=0.140
=tytez | weight=0.139
=tolikrat | weight=0.139
=se =me | weight=0.138
=kazdy =hovor | weight=0.137
=jsem =diktovat | weight=0.136
=poctvrte | weight=0.136
=dokola =jsem | weight=0.133
=psal =cislo | weight=0.133
=zacatku | weight=0.132
=poctvrte =vam | weight=0.132
=pripade | weight=0.131
=totozne | weight=0.130
=totozne =fotografie | weight=0.130
=zase =totozne | weight=0.130
=pate | weight=0.128
=situaci | weight=0.128
=vysvetlil =co | weight=0.127
=uz =ctyri | weight=0.126
=po =pate | weight=0.126
=kolikrat | weight=0.124
=kolikrat =vam | weight=0.124
=mam =jeste | weight=0.124
=to =psal | weight=0.124
=dalsi =operator | weight=0.122
=mne | weight=0.122
=petkrat | weight=0.121
=popsal | weight=0.119
=trem =lidi | weight=0.118
=co =se | weight=0.117
=vsechno =od | weight=0.116
=novy =operator | weight=0.115
=ty | weight=0.115
=znovu =vysvetlil | weight=0.114
=nadiktoval | weight=0.113
=zopakoval =snad | weight=0.113
=pripade =jsem | weight=0.113
=svuj =pripade | weight=0.113
=prepojeni | weight=0.113
=sam =udaje | weight=0.112
=licit | weight=0.111
=pretlumocit | weight=0.111
=pretlumocit =opakovane | weight=0.111
=pres =tlumocnika | weight=0.111
=tlumocnika =jsem | weight=0.111
=snad =petkrat | weight=0.110
=snad =desetkrat | weight=0.108
=jim =to | weight=0.108
=odpovi =nekdo | weight=0.108
=porad =dokola | weight=0.107
=vypravet =znovu | weight=0.107
=totez | weight=0.106
=vam =zase | weight=0.105
=nekdo =jinam | weight=0.105
=hovor =to | weight=0.105
=tlumocnika | weight=0.104
=musim =znovu | weight=0.104
=jsem =to | weight=0.104
=po =treti | weight=0.103
=sam =dokola | weight=0.102
=davam | weight=0.102
=uz =trem | weight=0.101
=novy =operatorka | weight=0.101
=sestkrat | weight=0.101
=snad =sestkrat | weight=0.101
=tu =objednavka | weight=0.101
=pokazde =me | weight=0.100
=takze =to | weight=0.100
=pobocce =dne | weight=0.099
=celou =problem | weight=0.099
=topeni =porad | weight=0.099
=byla =nucen | weight=0.098
=opakovane =protoze | weight=0.098
=po =prepojeni | weight=0.097
=prepojeni =se | weight=0.097
=nucen | weight=0.096
=jako =by | weight=0.096
=pribeh | weight=0.096
=to =hlas | weight=0.096
=do =maily | weight=0.095
=rict =do | weight=0.095
=sam =rict | weight=0.095
=desetkrat | weight=0.095
=operator =se | weight=0.095
=problem =jsem | weight=0.095
=odpovi | weight=0.095
=celou =situaci | weight=0.094
=a =adresu | weight=0.094
=lidi | weight=0.094
=k =opetovnemu | weight=0.092
=opetovnemu | weight=0.092
=opetovnemu =sdeleno | weight=0.092
=sdeleno =vsech | weight=0.092
=vsech =udaje | weight=0.092
=vyzvu =k | weight=0.092
=kazdymu | weight=0.092
=ctyri | weight=0.092
=treti | weight=0.092
=odvypravel | weight=0.091
=zase | weight=0.090
=to =vysvetlil | weight=0.090
=uz =poslali | weight=0.090
=zakazky | weight=0.089
=zavada | weight=0.089
=v =nemocnici | weight=0.088
=napsal =do | weight=0.088
=u =kazdy | weight=0.087
=jim | weight=0.087
=zacatku =rikal | weight=0.086
=jsem =tu | weight=0.086
=ty =sam | weight=0.086
=jsem =zopakoval | weight=0.085
=nemocnici | weight=0.085
=vsechno | weight=0.084
=protoze =je | weight=0.084
=cislo =jsem | weight=0.084
=jsem =vysvetlil | weight=0.084
=novy | weight=0.083
=co | weight=0.083
=vyzvu | weight=0.083
=musim =celou | weight=0.079
=hlas =a | weight=0.079
=zase =cislo | weight=0.078
=znovu =a | weight=0.078
=opakovane =pri | weight=0.077
=komunikace | weight=0.077
=jsem =odrikavala | weight=0.077
=odrikavala =sve | weight=0.077
=sve =udaje | weight=0.077
=jsem =opakovane | weight=0.077
=pokazde =nekdo | weight=0.076
=a =kazdy | weight=0.076
=jeste =jednou | weight=0.076
=topeni | weight=0.075
=fotky =rozbil | weight=0.074
=na =nej | weight=0.074
=sam =problem | weight=0.073
=predchozi | weight=0.073
=poruse | weight=0.073
=vysvetlil =znovu | weight=0.073
=smlouvu =jsem | weight=0.072
=zbozi =jsem | weight=0.072
=telefon =a | weight=0.072
=doklady =ktery | weight=0.071
=svou | weight=0.071
=to =mam | weight=0.071
=jsem =jim | weight=0.071
=jinam =a | weight=0.070
=nic =nezapisovali | weight=0.069, noneg
=si =nic | weight=0.069, noneg
=vypisu | weight=0.069
=sporeni | weight=0.069
=znovu =overil | weight=0.069
=pate =diktovat | weight=0.068
=uz =nekolikrat | weight=0.067
=jeste | weight=0.066
=porad =je | weight=0.065
=vsech | weight=0.065
=sestra | weight=0.064
=musim =psat | weight=0.063
=odrikavala | weight=0.063
=predtim | weight=0.062
=overil | weight=0.062
=od =nulu | weight=0.062
=chci =vsechno | weight=0.062
=clovek =na | weight=0.061
=vam | weight=0.061
=by =si | weight=0.061
=mam =na | weight=0.060
=porad =nejde | weight=0.060
=pokazde =jinam | weight=0.060
=musim =vylicit | weight=0.059
=vylicit =trem | weight=0.059
=co =uz | weight=0.059
=dne | weight=0.058
=znovu =protoze | weight=0.058
=do =z | weight=0.057
=historii =znovu | weight=0.057
=od =a | weight=0.057
=pokazde =celou | weight=0.057
=fotky =a | weight=0.057
=ptaji | weight=0.057
=me =neprepoji | weight=0.056
=a =vsem | weight=0.056
=porad =to | weight=0.056
=jsem =posilal | weight=0.056
=to =musim | weight=0.055
=zacinal =znovu | weight=0.055
=diktovat =snad | weight=0.055
=kazdy =dalsi | weight=0.055
=sedmkrat | weight=0.055
=kazdy =operator | weight=0.055
=operatorka =jsem | weight=0.055
=a =znovu | weight=0.055
=sdeleno | weight=0.054
=uz =me | weight=0.054
=zamestnanec | weight=0.053
=celou =pribeh | weight=0.053
=neprepoji | weight=0.052
=referent | weight=0.052
=a =ten | weight=0.052
=celou =historii | weight=0.051
=a =chci | weight=0.051
=nej | weight=0.050
=clovek =a | weight=0.050
=zacatku =jako | weight=0.050
=a =popis | weight=0.050
=je =kazdy | weight=0.050
=posilal | weight=0.048
=jiz | weight=0.048
=popsal =celou | weight=0.047
=naslouchadla | weight=0.047
=musim =vysvetlil | weight=0.047
=jsem =jeho | weight=0.047
=tatu =s | weight=0.047
=vsem | weight=0.047
=a =do | weight=0.046
=je =jiz | weight=0.046
=popis | weight=0.046
=jim =psal | weight=0.044
=rict | weight=0.044
=trech =e-mail | weight=0.044
=sam =fotky | weight=0.043
=mne =chci | weight=0.043
=nepredaji | weight=0.043
=jeho | weight=0.043
=psal | weight=0.043
=asi =petkrat | weight=0.043
=bod | weight=0.042
=poprve | weight=0.042
=s =reklamaci | weight=0.042
=uz =poctvrte | weight=0.041
=co =rikal | weight=0.041
=ve =trech | weight=0.040
=pta =na | weight=0.040
=informace =o | weight=0.039
=agent =se | weight=0.039
=ptaji =na | weight=0.039
=se =dostal | weight=0.038
=overovaci | weight=0.038
=kratochvil | weight=0.038
=udaje =jsem | weight=0.038
=stale | weight=0.038
=urade =se | weight=0.038
=pokazde =musim | weight=0.038
=jako =bych | weight=0.037
=do =telefon | weight=0.037
=to =nejde | weight=0.037
=porad =stejne | weight=0.037
=vysvetlil =od | weight=0.037
=kartu =a | weight=0.037
=zacinal | weight=0.037
=to =spatne | weight=0.037
=okna =a | weight=0.037
=me =ptal | weight=0.036
=zablokovali =kartu | weight=0.036
=tezko | weight=0.036
=a =spatne | weight=0.036
=pta | weight=0.036
=mrtvici | weight=0.035
=mrtvici =a | weight=0.035
=po =mrtvici | weight=0.035
=uz =tam | weight=0.035
=vse | weight=0.035
=ze =dne | weight=0.034
=to =ze | weight=0.034
=ing | weight=0.034
=nuti | weight=0.034
=na =uplne | weight=0.034
=spatne =mluvit | weight=0.033
=uz =zase | weight=0.033
=zeptat | weight=0.033
=je =po | weight=0.033
=mamince =je | weight=0.032
=historii =pripade | weight=0.031
=uz =potreti | weight=0.031
=uz =ctvrt | weight=0.031
=co =vam | weight=0.031
=to =znovu | weight=0.031
=nebot | weight=0.031
=nekolikrat | weight=0.031
=me =do | weight=0.030
