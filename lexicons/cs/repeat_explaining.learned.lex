# repeat_explaining, cs: learned by scripts/learn.py from 3092 tuning texts (104 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ uz tretimu cloveku na chatu vysvetluju ze mi nechodi sms s kodem pro platbu. kazdej zacne od zacatku jako by predtim nic nebylo
+ Zákazník uvádí, že na lince pojišťovny musel postupně třem operátorům popsat celou nehodu od začátku, protože si údaje nepředávají. Čtvrtý ho poslal zpátky na první oddělení.
+ Už stokrát jsem vám to napsala.
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=udaje | weight=0.427
=nikdo =si | weight=0.355, noneg
=vam =to | weight=0.319
=stokrat =jsem | weight=0.298
=znovu | weight=0.297
=stokrat | weight=0.293
=kazdy =novy | weight=0.280
=trem | weight=0.260
=diktovat | weight=0.244
=historii | weight=0.243
=popisu | weight=0.241
=fotky | weight=0.225
=to =napsal | weight=0.225
=musim | weight=0.222
=snad | weight=0.217
=korespondenci | weight=0.208
=pokazde | weight=0.206
=zopakoval | weight=0.206
=od =zacatku | weight=0.205
=cislo =objednavka | weight=0.198
=opakovane | weight=0.198
=vysvetlil | weight=0.197
=vypravet | weight=0.196
=po =mne | weight=0.193
=jsem =popisu | weight=0.190
=jsem =musim | weight=0.190
=se =stale | weight=0.190
=prevypravet | weight=0.189
=prevypravet =znovu | weight=0.189
=objednavka =jsem | weight=0.188
=kazdy | weight=0.186
=vylicit | weight=0.180
=ruzne | weight=0.179
=svuj | weight=0.178
=cislo | weight=0.177
=historii =reklamaci | weight=0.176
=psat | weight=0.172
=vysvetlil =ze | weight=0.167
=dokola | weight=0.166
=jsem =uz | weight=0.163
=chci =ty | weight=0.159
=popisu =celou | weight=0.157
=dat =narozeni | weight=0.157
=jsem =vam | weight=0.156
=potreti | weight=0.154
=jsem =diktovat | weight=0.153
=pri =kazdy | weight=0.151
=mne =chtel | weight=0.151
=zase =jsem | weight=0.151
=musim =jsem | weight=0.151
=uz =po | weight=0.150
=doklady | weight=0.149
=musim =vsechno | weight=0.147
=reklamaci =jsem | weight=0.146
=udaje =jako | weight=0.145
=tytez | weight=0.144
=pobocce =jsem | weight=0.144
=vysvetlil =co | weight=0.143
=trem =ruzne | weight=0.142
=psal =cislo | weight=0.142
=cislo =smlouvu | weight=0.141
=se =me | weight=0.140
=to =sam | weight=0.139
=narozeni | weight=0.139
=poctvrte | weight=0.139
=kazdy =hovor | weight=0.138
=nadiktoval =snad | weight=0.137
=dokola =jsem | weight=0.137
=celou | weight=0.135
=fotografie | weight=0.134
=uz =ctyri | weight=0.131
=diktovat =cislo | weight=0.131
=poctvrte =vam | weight=0.129
=po =pate | weight=0.127
=to =psal | weight=0.126
=tolikrat | weight=0.125
=popsal | weight=0.125
=situaci | weight=0.125
=totozne | weight=0.124
=totozne =fotografie | weight=0.124
=zase =totozne | weight=0.124
=nadiktoval | weight=0.124
=zacatku | weight=0.124
=vsechno =od | weight=0.124
=pripade | weight=0.124
=novy =operator | weight=0.124
=co =se | weight=0.123
=mne | weight=0.121
=ty | weight=0.120
=pate | weight=0.119
=petkrat | weight=0.119
=celou =problem | weight=0.117
=kolikrat | weight=0.117
=kolikrat =vam | weight=0.117
=mam =jeste | weight=0.117
=dalsi =operator | weight=0.115
=snad =petkrat | weight=0.114
=prepojeni | weight=0.114
=trem =lidi | weight=0.113
=pripade =jsem | weight=0.111
=svuj =pripade | weight=0.111
=jim =to | weight=0.111
=porad =dokola | weight=0.109
=totez | weight=0.109
=pretlumocit | weight=0.108
=pretlumocit =opakovane | weight=0.108
=pres =tlumocnika | weight=0.108
=tlumocnika =jsem | weight=0.108
=sestkrat | weight=0.108
=snad =sestkrat | weight=0.108
=nekdo =jinam | weight=0.107
=jsem =to | weight=0.107
=odpovi =nekdo | weight=0.107
=znovu =vysvetlil | weight=0.107
=ty =sam | weight=0.106
=licit | weight=0.106
=zopakoval =snad | weight=0.106
=co | weight=0.106
=po =treti | weight=0.105
=a =adresu | weight=0.105
=sam =udaje | weight=0.104
=byla =nucen | weight=0.104
=pobocce =dne | weight=0.104
=vypravet =znovu | weight=0.103
=tlumocnika | weight=0.103
=treti | weight=0.102
=nucen | weight=0.102
=pokazde =me | weight=0.102
=desetkrat | weight=0.101
=snad =desetkrat | weight=0.101
=vam =zase | weight=0.100
=uz =trem | weight=0.100
=davam | weight=0.099
=takze =to | weight=0.099
=operator =se | weight=0.098
=celou =situaci | weight=0.098
=to =hlas | weight=0.098
=sam =dokola | weight=0.098
=tu =objednavka | weight=0.097
=lidi | weight=0.095
=po =prepojeni | weight=0.094
=prepojeni =se | weight=0.094
=musim =znovu | weight=0.094
=k =opetovnemu | weight=0.094
=opetovnemu | weight=0.094
=opetovnemu =sdeleno | weight=0.094
=sdeleno =vsech | weight=0.094
=vsech =udaje | weight=0.094
=vyzvana | weight=0.094
=vyzvana =k | weight=0.094
=odpovi | weight=0.094
=novy =operatorka | weight=0.093
=do =maily | weight=0.092
=rict =do | weight=0.092
=sam =rict | weight=0.092
=zacatku =rikal | weight=0.092
=kazdymu | weight=0.092
=opakovane =protoze | weight=0.092
=zase | weight=0.091
=topeni =porad | weight=0.091
=pribeh | weight=0.091
=uz =poslali | weight=0.091
=jinam =a | weight=0.091
=u =kazdy | weight=0.090
=to =vysvetlil | weight=0.090
=jako =by | weight=0.089
=odvypravel | weight=0.089
=zavada | weight=0.088
=ctyri | weight=0.087
=problem =jsem | weight=0.087
=v =nemocnici | weight=0.086
=jsem =tu | weight=0.085
=napsal =do | weight=0.085
=topeni | weight=0.084
=vam | weight=0.084
=zakazky | weight=0.084
=nemocnici | weight=0.082
=jim | weight=0.082
=protoze =je | weight=0.082
=novy | weight=0.082
=hlas =a | weight=0.081
=jsem =zopakoval | weight=0.080
=cislo =jsem | weight=0.080
=jsem =vysvetlil | weight=0.080
=musim =celou | weight=0.080
=nic =nezapisovali | weight=0.080, noneg
=si =nic | weight=0.080, noneg
=vsechno | weight=0.078
=pokazde =nekdo | weight=0.077
=jsem =opakovane | weight=0.077
=jsem =odrikavala | weight=0.077
=odrikavala =sve | weight=0.077
=sve =udaje | weight=0.077
=komunikace | weight=0.076
=jeste =jednou | weight=0.076
=fotky =rozbil | weight=0.074
=znovu =a | weight=0.074
=jsem =jim | weight=0.073
=zbozi =jsem | weight=0.073
=sporeni | weight=0.072
=znovu =overil | weight=0.072
=na =nej | weight=0.071
=vypisu | weight=0.071
=doklady =ktery | weight=0.071
=predchozi | weight=0.070
=to =musim | weight=0.070
=musim =psat | weight=0.069
=porad =je | weight=0.069
=poruse | weight=0.068
=jeste | weight=0.068
=sam =problem | weight=0.067
=a =kazdy | weight=0.067
=sestra | weight=0.066
=by =si | weight=0.066
=porad =to | weight=0.066
=opakovane =pri | weight=0.065
=mam =na | weight=0.064
=smlouvu =jsem | weight=0.063
=overil | weight=0.063
=stale | weight=0.062
=zase =cislo | weight=0.062
=telefon =a | weight=0.062
=odrikavala | weight=0.062
=pate =diktovat | weight=0.062
=od =nulu | weight=0.061
=vysvetlil =znovu | weight=0.060
=to =mam | weight=0.060
=diktovat =snad | weight=0.060
=vsech | weight=0.059
=uz =nekolikrat | weight=0.058
=musim =vylicit | weight=0.058
=vylicit =trem | weight=0.058
=je =jiz | weight=0.058
=chci =vsechno | weight=0.058
=a =vsem | weight=0.058
=me =neprepoji | weight=0.058
=predtim | weight=0.057
=pokazde =jinam | weight=0.057
=jsem =posilal | weight=0.057
=to =spatne | weight=0.057
=znovu =protoze | weight=0.056
=do =z | weight=0.056
=historii =znovu | weight=0.056
=od =a | weight=0.056
=pokazde =celou | weight=0.056
=sdeleno | weight=0.056
=uz =me | weight=0.055
=kazdy =operator | weight=0.055
=operatorka =jsem | weight=0.055
=jiz | weight=0.055
=zacinal =znovu | weight=0.055
=posilal | weight=0.054
=neprepoji | weight=0.054
=svou | weight=0.054
=zacatku =jako | weight=0.053
=sedmkrat | weight=0.053
=fotky =a | weight=0.053
=celou =historii | weight=0.052
=porad =nejde | weight=0.052
=dne | weight=0.052
=clovek =na | weight=0.051
=kazdy =dalsi | weight=0.051
=rict | weight=0.051
=nekolikrat | weight=0.051
=clovek =a | weight=0.051
=mne =chci | weight=0.050
=a =chci | weight=0.049
=nej | weight=0.049
=popis | weight=0.048
=sam =fotky | weight=0.048
=a =popis | weight=0.047
=je =kazdy | weight=0.047
=a =ten | weight=0.046
=co =uz | weight=0.046
=celou =pribeh | weight=0.046
=uz =poctvrte | weight=0.045
=vsem | weight=0.045
=a =do | weight=0.045
=ptaji | weight=0.044
=a =znovu | weight=0.044
=jim =psal | weight=0.043
=uz =potreti | weight=0.043
=problem =od | weight=0.043
=co =rikal | weight=0.043
=poprve | weight=0.042
=naslouchadla | weight=0.042
=jsem =jeho | weight=0.042
=zamestnanec | weight=0.042
=co =jsem | weight=0.042
=asi =petkrat | weight=0.041
=ztratili | weight=0.041
=referent | weight=0.041
=tatu =s | weight=0.041
=ptaji =na | weight=0.040
=trech =e-mail | weight=0.040
=jako =bych | weight=0.040
=nebot | weight=0.040
=pta =na | weight=0.040
=urade =se | weight=0.040
=jeho | weight=0.040
=bod | weight=0.039
=tezky | weight=0.039
=agent =se | weight=0.039
=se =dostal | weight=0.039
=overovaci | weight=0.038
=psal | weight=0.038
=rikal =cislo | weight=0.038
=historii =pripade | weight=0.038
=s =reklamaci | weight=0.037
=nepredaji | weight=0.037
=uz =tam | weight=0.037
=ve =trech | weight=0.037
=pta | weight=0.036
=okna =a | weight=0.036
=kratochvil | weight=0.036
=lidi =a | weight=0.035
=porad =stejne | weight=0.035
=zeptat =na | weight=0.035
=nuti | weight=0.035
=problem | weight=0.035
=kdyz =uz | weight=0.035
=to =ze | weight=0.034
=me =ptal | weight=0.034
=uz | weight=0.033
=do =telefon | weight=0.033
=kartu =a | weight=0.033
=a =spatne | weight=0.033
=zablokovali =kartu | weight=0.032
=mrtvici | weight=0.032
=mrtvici =a | weight=0.032
=po =mrtvici | weight=0.032
=ing | weight=0.032
=chtel =znovu | weight=0.031
=znovu =vsechno | weight=0.031
=informace =o | weight=0.031
=jim =posilal | weight=0.031
=posilal =ty | weight=0.031
=na =uplne | weight=0.031
=spatne =mluvit | weight=0.030
