# repeat_explaining, cs: learned by scripts/learn.py from 3535 tuning texts (106 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ uz tretimu cloveku na chatu vysvetluju ze mi nechodi sms s kodem pro platbu. kazdej zacne od zacatku jako by predtim nic nebylo
+ Zákazník uvádí, že na lince pojišťovny musel postupně třem operátorům popsat celou nehodu od začátku, protože si údaje nepředávají. Čtvrtý ho poslal zpátky na první oddělení.
+ Už stokrát jsem vám to napsala.
- ok dekuju
- super, doporucuju
=udaje | weight=0.441
=nikdo =si | weight=0.355, noneg
=stokrat =jsem | weight=0.301
=vam =to | weight=0.298
=stokrat | weight=0.298
=znovu | weight=0.294
=trem | weight=0.274
=kazdy =novy | weight=0.272
=diktovat | weight=0.242
=to =napsal | weight=0.235
=historii | weight=0.234
=popisu | weight=0.232
=fotky | weight=0.223
=pokazde | weight=0.217
=od =zacatku | weight=0.214
=opakovane | weight=0.208
=korespondenci | weight=0.207
=musim | weight=0.203
=zopakoval | weight=0.203
=vysvetlil | weight=0.202
=kazdy | weight=0.194
=cislo =objednavka | weight=0.194
=prevypravet | weight=0.193
=prevypravet =znovu | weight=0.193
=jsem =musim | weight=0.190
=jsem =popisu | weight=0.189
=snad | weight=0.188
=vypravet | weight=0.187
=cislo | weight=0.186
=svuj | weight=0.185
=po =mne | weight=0.185
=objednavka =jsem | weight=0.184
=ruzne | weight=0.183
=historii =reklamaci | weight=0.178
=psat | weight=0.178
=potreti | weight=0.174
=vylicit | weight=0.173
=dokola | weight=0.170
=musim =vsechno | weight=0.168
=dat =narozeninam | weight=0.167
=se =stale | weight=0.161
=musim =jsem | weight=0.159
=pri =kazdy | weight=0.158
=pobocce =jsem | weight=0.158
=chci =ty | weight=0.157
=doklady | weight=0.155
=jsem =uz | weight=0.154
=jsem =vam | weight=0.153
=zase =jsem | weight=0.153
=reklamaci =jsem | weight=0.151
=vysvetlil =ze | weight=0.150
=tytez | weight=0.148
=mne =chtel | weight=0.147
=celou | weight=0.147
=popisu =celou | weight=0.146
=narozeninam | weight=0.145
=nadiktoval =snad | weight=0.145
=jsem =diktovat | weight=0.144
=se =me | weight=0.141
=uz =po | weight=0.140
=tolikrat | weight=0.140
=udaje =jako | weight=0.139
=trem =ruzne | weight=0.139
=fotografie | weight=0.137
=pripade | weight=0.137
=zacatku | weight=0.137
=cislo =smlouvu | weight=0.136
=poctvrte | weight=0.135
=to =sam | weight=0.134
=totozne | weight=0.133
=totozne =fotografie | weight=0.133
=zase =totozne | weight=0.133
=dokola =jsem | weight=0.133
=uz =ctyri | weight=0.131
=diktovat =cislo | weight=0.131
=kazdy =hovor | weight=0.129
=poctvrte =vam | weight=0.128
=licit | weight=0.125
=mne | weight=0.124
=kolikrat | weight=0.123
=kolikrat =vam | weight=0.123
=mam =jeste | weight=0.123
=vysvetlil =co | weight=0.123
=to =psal | weight=0.123
=popsal | weight=0.122
=ty | weight=0.120
=pate | weight=0.120
=prepojeni | weight=0.119
=psal =cislo | weight=0.118
=situaci | weight=0.117
=petkrat | weight=0.117
=trem =lidi | weight=0.117
=po =pate | weight=0.116
=novy =operator | weight=0.114
=vam =zase | weight=0.114
=nadiktoval | weight=0.114
=pripade =jsem | weight=0.113
=svuj =pripade | weight=0.113
=porad =dokola | weight=0.111
=zopakoval =snad | weight=0.109
=nekdo =jinam | weight=0.109
=jsem =to | weight=0.109
=pretlumocit | weight=0.108
=pretlumocit =opakovane | weight=0.108
=pres =tlumocnika | weight=0.108
=tlumocnika =jsem | weight=0.108
=po =treti | weight=0.108
=davam | weight=0.108
=znovu =vysvetlil | weight=0.107
=dalsi =operator | weight=0.107
=jim =to | weight=0.107
=novy =operatorka | weight=0.107
=co =se | weight=0.106
=uz =trem | weight=0.106
=sestkrat | weight=0.106
=snad =sestkrat | weight=0.106
=pokazde =me | weight=0.105
=vsechno =od | weight=0.105
=snad =petkrat | weight=0.105
=tlumocnika | weight=0.104
=pobocce =dne | weight=0.104
=vypravet =znovu | weight=0.104
=treti | weight=0.102
=byla =nucen | weight=0.102
=tu =objednavka | weight=0.101
=sam =dokola | weight=0.101
=sam =udaje | weight=0.101
=nucen | weight=0.100
=snad =desetkrat | weight=0.100
=totez | weight=0.100
=to =hlas | weight=0.100
=to =vysvetlil | weight=0.100
=topeni =porad | weight=0.099
=odpovi =nekdo | weight=0.098
=operator =se | weight=0.098
=takze =to | weight=0.098
=celou =problem | weight=0.098
=zakazky | weight=0.097
=hovor =to | weight=0.097
=odvypravel | weight=0.096
=k =opetovnemu | weight=0.094
=opetovnemu | weight=0.094
=opetovnemu =sdeleno | weight=0.094
=sdeleno =vsech | weight=0.094
=vsech =udaje | weight=0.094
=vyzvu =k | weight=0.094
=problem =jsem | weight=0.094
=do =maily | weight=0.093
=rict =do | weight=0.093
=sam =rict | weight=0.093
=zase | weight=0.093
=jako =by | weight=0.092
=celou =situaci | weight=0.092
=po =prepojeni | weight=0.092
=prepojeni =se | weight=0.092
=zacatku =rikal | weight=0.091
=lidi | weight=0.091
=kazdymu | weight=0.091
=jim | weight=0.089
=pribeh | weight=0.089
=odpovi | weight=0.089
=a =adresu | weight=0.089
=u =kazdy | weight=0.089
=jsem =vysvetlil | weight=0.089
=opakovane =protoze | weight=0.088
=napsal =do | weight=0.088
=zavada | weight=0.086
=ctyri | weight=0.086
=uz =poslali | weight=0.086
=v =nemocnici | weight=0.084
=novy | weight=0.084
=desetkrat | weight=0.084
=pokazde =nekdo | weight=0.083
=musim =znovu | weight=0.083
=jinam =a | weight=0.083
=hlas =a | weight=0.083
=nemocnici | weight=0.082
=jsem =zopakoval | weight=0.082
=jsem =tu | weight=0.081
=vyzvu | weight=0.081
=cislo =jsem | weight=0.081
=protoze =je | weight=0.081
=ty =sam | weight=0.080
=znovu =a | weight=0.080
=vsechno | weight=0.079
=komunikace | weight=0.079
=musim =celou | weight=0.079
=vysvetlil =znovu | weight=0.079
=zase =cislo | weight=0.078
=znovu =overil | weight=0.078
=pate =diktovat | weight=0.077
=jeste =jednou | weight=0.076
=topeni | weight=0.076
=jsem =jim | weight=0.076
=jsem =odrikavala | weight=0.075
=odrikavala =sve | weight=0.075
=sve =udaje | weight=0.075
=na =nej | weight=0.075
=smlouvu =jsem | weight=0.075
=opakovane =pri | weight=0.074
=jsem =opakovane | weight=0.074
=to =mam | weight=0.073
=doklady =ktery | weight=0.072
=predchozi | weight=0.071
=poruse | weight=0.071
=sestra | weight=0.069
=sporeni | weight=0.069
=vypisu | weight=0.068
=jeste | weight=0.068
=uz =nekolikrat | weight=0.067
=fotky =rozbil | weight=0.067
=nic =nezapisovali | weight=0.066, noneg
=si =nic | weight=0.066, noneg
=overil | weight=0.066
=zbozi =jsem | weight=0.066
=vsech | weight=0.065
=co | weight=0.065
=telefon =a | weight=0.064
=predtim | weight=0.064
=musim =psat | weight=0.062
=sam =problem | weight=0.062
=porad =nejde | weight=0.062
=odrikavala | weight=0.062
=by =si | weight=0.061
=porad =to | weight=0.061
=svou | weight=0.061
=a =kazdy | weight=0.060
=mam =na | weight=0.060
=od =nulu | weight=0.059
=je =jiz | weight=0.059
=ptaji | weight=0.058
=porad =je | weight=0.058
=kazdy =operator | weight=0.058
=operatorka =jsem | weight=0.058
=pokazde =jinam | weight=0.057
=popsal =celou | weight=0.057
=fotky =a | weight=0.056
=me =neprepoji | weight=0.056
=a =vsem | weight=0.056
=diktovat =snad | weight=0.056
=musim =vylicit | weight=0.056
=vylicit =trem | weight=0.056
=znovu =protoze | weight=0.056
=a =chci | weight=0.055
=nej | weight=0.055
=a =ten | weight=0.054
=a =znovu | weight=0.054
=vam | weight=0.054
=jiz | weight=0.054
=to =musim | weight=0.054
=posilal | weight=0.054
=zacinal =znovu | weight=0.054
=neprepoji | weight=0.053
=dne | weight=0.053
=do =z | weight=0.053
=historii =znovu | weight=0.053
=od =a | weight=0.053
=pokazde =celou | weight=0.053
=chci =vsechno | weight=0.053
=a =popis | weight=0.053
=je =kazdy | weight=0.053
=uz =me | weight=0.052
=jsem =posilal | weight=0.052
=sedmkrat | weight=0.052
=asi =petkrat | weight=0.051
=celou =historii | weight=0.051
=psal | weight=0.050
=trech =e-mail | weight=0.049
=sam =fotky | weight=0.049
=naslouchadla | weight=0.049
=clovek =a | weight=0.049
=jsem =jeho | weight=0.048
=kazdy =dalsi | weight=0.048
=tatu =s | weight=0.048
=sdeleno | weight=0.048
=mne =chci | weight=0.046
=co =uz | weight=0.046
=poprve | weight=0.046
=vsem | weight=0.046
=jeho | weight=0.045
=popis | weight=0.045
=rict | weight=0.045
=a =do | weight=0.045
=referent | weight=0.045
=celou =pribeh | weight=0.044
=ve =trech | weight=0.044
=clovek =na | weight=0.043
=zacatku =jako | weight=0.042
=zamestnanec | weight=0.042
=co =rikal | weight=0.042
=nepredaji | weight=0.042
=vysvetlil =od | weight=0.041
=s =reklamaci | weight=0.041
=nuti | weight=0.041
=uz =poctvrte | weight=0.040
=overovaci | weight=0.040
=pta =na | weight=0.040
=ptaji =na | weight=0.040
=uz =potreti | weight=0.039
=okna =a | weight=0.039
=me =ptal | weight=0.039
=agent =se | weight=0.039
=vse | weight=0.039
=bod | weight=0.039
=to =spatne | weight=0.038
=jako =bych | weight=0.038
=to =stale | weight=0.038
=kratochvil | weight=0.038
=pta | weight=0.038
=musim =vysvetlil | weight=0.038
=udaje =jsem | weight=0.037
=porad =stejne | weight=0.037
=kazdy =prepojeni | weight=0.037
=ze =dne | weight=0.037
=kartu =a | weight=0.037
=se =dostal | weight=0.037
=ztratili | weight=0.036
=zablokovali =kartu | weight=0.036
=uz =tam | weight=0.036
=pokazde =musim | weight=0.036
=urade =se | weight=0.035
=to =znovu | weight=0.035
=a =spatne | weight=0.035
=tezko | weight=0.035
=zacinal | weight=0.035
=do =telefon | weight=0.035
=jim =psal | weight=0.035
=ing | weight=0.034
=uz | weight=0.034
=problem | weight=0.034
=na =uplne | weight=0.033
=mrtvici | weight=0.033
=mrtvici =a | weight=0.033
=po =mrtvici | weight=0.033
=spatne =mluvit | weight=0.033
=novy =clovek | weight=0.033
=me =do | weight=0.032
=to =nejde | weight=0.032
=co =jsem | weight=0.031
=informace =o | weight=0.031
=co =vam | weight=0.031
=o =me | weight=0.031
=kdyz =uz | weight=0.031
=nebot | weight=0.031
=problem =od | weight=0.031
=je =po | weight=0.031
=nikdo | weight=0.031, noneg
=mamince =je | weight=0.030
=celou =nehodu | weight=0.030
