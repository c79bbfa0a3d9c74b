# repeat_explaining, cs: learned by scripts/learn.py from 3948 tuning texts (108 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ uz tretimu cloveku na chatu vysvetluju ze mi nechodi sms s kodem pro platbu. kazdej zacne od zacatku jako by predtim nic nebylo
+ Zákazník uvádí, že na lince pojišťovny musel postupně třem operátorům popsat celou nehodu od začátku, protože si údaje nepředávají. Čtvrtý ho poslal zpátky na první oddělení.
+ Už stokrát jsem vám to napsala.
- ok dekuju
- super, doporucuju
=udaje | weight=0.442
=nikdo =si | weight=0.347, noneg
=stokrat =jsem | weight=0.298
=stokrat | weight=0.295
=kazdy =novy | weight=0.289
=trem | weight=0.260
=diktovat | weight=0.257
=vam =to | weight=0.255
=to =napsal | weight=0.251
=znovu | weight=0.250
=historii | weight=0.241
=pokazde | weight=0.235
=popisu | weight=0.221
=od =zacatku | weight=0.217
=cislo =objednavka | weight=0.214
=musim | weight=0.207
=cislo | weight=0.207
=korespondenci | weight=0.204
=zopakovali | weight=0.202
=opakovane | weight=0.201
=prevypravet | weight=0.201
=prevypravet =znovu | weight=0.201
=objednavka =jsem | weight=0.200
=vysvetlil | weight=0.199
=jsem =musim | weight=0.199
=kazdy | weight=0.196
=jsem =popisu | weight=0.195
=ruzne | weight=0.193
=vypravet | weight=0.193
=svuj | weight=0.192
=psat | weight=0.192
=snad | weight=0.189
=musim =vsechno | weight=0.182
=historii =reklamaci | weight=0.178
=potreti | weight=0.178
=musim =jsem | weight=0.173
=po =mne | weight=0.170
=vylicit | weight=0.169
=dat =narozeninam | weight=0.169
=se =stale | weight=0.169
=poslali =uz | weight=0.166
=zase =jsem | weight=0.163
=fotky | weight=0.161
=dokola | weight=0.160
=chci =ty | weight=0.157
=popisu =celou | weight=0.156
=fotografie | weight=0.155
=pri =kazdy | weight=0.151
=jsem =diktovat | weight=0.151
=pobocce =jsem | weight=0.151
=reklamaci =jsem | weight=0.148
=poctvrte =vam | weight=0.147
=tolikrat | weight=0.146
=nadiktoval =snad | weight=0.145
=tytez | weight=0.144
=totozne | weight=0.142
=totozne =fotografie | weight=0.142
=zase =totozne | weight=0.142
=celou | weight=0.142
=jsem =uz | weight=0.140
=kolikrat =vam | weight=0.139
=mam =jeste | weight=0.139
=udaje =jako | weight=0.139
=dokola =jsem | weight=0.138
=narozeninam | weight=0.138
=cislo =smlouvu | weight=0.137
=trem =ruzne | weight=0.137
=se =me | weight=0.136
=to =vysvetlil | weight=0.135
=kolikrat | weight=0.134
=jsem =vam | weight=0.134
=vysvetlil =co | weight=0.133
=uz =ctyri | weight=0.131
=co =se | weight=0.129
=kazdy =hovor | weight=0.129
=mne =chtel | weight=0.129
=pripade | weight=0.128
=diktovat =cislo | weight=0.128
=vam =zase | weight=0.128
=to =psal | weight=0.127
=paty | weight=0.125
=po =paty | weight=0.125
=doklady | weight=0.123
=ty | weight=0.123
=situaci | weight=0.121
=popsal | weight=0.120
=vsechno =od | weight=0.120
=pripade =jsem | weight=0.118
=svuj =pripade | weight=0.118
=psal =cislo | weight=0.118
=trem =lidi | weight=0.118
=novy =operator | weight=0.115
=po =treti | weight=0.115
=nadiktoval | weight=0.115
=uz =po | weight=0.114
=tu =objednavka | weight=0.112
=poctvrte | weight=0.112
=byla =nucen | weight=0.111
=uz =trem | weight=0.110
=porad =dokola | weight=0.109
=pokazde =me | weight=0.109
=pretlumocit | weight=0.109
=pretlumocit =opakovane | weight=0.109
=pres =tlumocnika | weight=0.109
=tlumocnika =jsem | weight=0.109
=jsem =to | weight=0.109
=licit | weight=0.108
=nekdo =jiny | weight=0.108
=to =sam | weight=0.108
=snad =petkrat | weight=0.108
=dalsi =operator | weight=0.107
=znovu =vysvetlil | weight=0.107
=jsem =vysvetlil | weight=0.106
=odpovi =nekdo | weight=0.106
=celou =problem | weight=0.106
=zacatku =rikal | weight=0.105
=prepojeni | weight=0.105
=tlumocnika | weight=0.104
=pobocce =dne | weight=0.104
=zopakovali =snad | weight=0.104
=vypravet =znovu | weight=0.104
=sam =dokola | weight=0.104
=novy =operatorka | weight=0.103
=hovor =to | weight=0.102
=jsem =tu | weight=0.102
=jim =to | weight=0.101
=zakazky | weight=0.101
=nucen | weight=0.101
=totez | weight=0.100
=mne | weight=0.099
=jako =by | weight=0.098
=znovu =a | weight=0.098
=topeni =porad | weight=0.098
=sam =udaje | weight=0.098
=odpovi | weight=0.097
=snad =sestkrat | weight=0.097
=kazdymu | weight=0.096
=zacatku | weight=0.096
=odvypravel | weight=0.095
=musim =znovu | weight=0.095
=operator =se | weight=0.095
=k =opetovnemu | weight=0.094
=opetovnemu | weight=0.094
=opetovnemu =sdeleno | weight=0.094
=sdeleno =vsech | weight=0.094
=vsech =udaje | weight=0.094
=vyzvu =k | weight=0.094
=uz =poslali | weight=0.094
=lidi | weight=0.094
=protoze =je | weight=0.093
=celou =situaci | weight=0.091
=problem =jsem | weight=0.090
=opakovane =protoze | weight=0.089
=snad =desetkrat | weight=0.089
=pribeh | weight=0.089
=ty =sam | weight=0.088
=a =adresu | weight=0.087
=zavada | weight=0.087
=po =prepojeni | weight=0.086
=prepojeni =se | weight=0.086
=hlas =a | weight=0.086
=vysvetlil =znovu | weight=0.086
=sestkrat | weight=0.086
=to =hlas | weight=0.085
=do =maily | weight=0.085
=rict =do | weight=0.085
=sam =rict | weight=0.085
=vyzvu | weight=0.084
=jsem =opakovane | weight=0.084
=uz =nekolikrat | weight=0.083
=vysvetlil =ze | weight=0.083
=v =nemocnici | weight=0.083
=to =mam | weight=0.083
=takze =to | weight=0.082
=nemocnici | weight=0.080
=jeho =kolega | weight=0.080
=napsal =do | weight=0.080
=vsechno | weight=0.079
=pokazde =nekdo | weight=0.079
=smlouvu =jsem | weight=0.079
=vysvetlil =uz | weight=0.079
=jsem =zopakovali | weight=0.078
=u =kazdy | weight=0.078
=treti | weight=0.077
=doklady =ktery | weight=0.077
=vypisu | weight=0.076
=sporeni | weight=0.076
=komunikace | weight=0.076
=jsem =odrikavala | weight=0.076
=odrikavala =sve | weight=0.076
=sve =udaje | weight=0.076
=musim =celou | weight=0.076
=jsem =jim | weight=0.076
=klavesnice | weight=0.075
=poruse | weight=0.074
=co =uz | weight=0.073
=cislo =jsem | weight=0.073
=desetkrat | weight=0.073
=kazdy =operator | weight=0.073
=ctyri | weight=0.072
=znovu =overil | weight=0.072
=porad =nejde | weight=0.070
=predchozi | weight=0.070
=od =nulu | weight=0.070
=fotky =rozbil | weight=0.070
=topeni | weight=0.070
=musim =psat | weight=0.069
=sestra | weight=0.069
=a =kazdy | weight=0.069
=jeste =jednou | weight=0.068
=zase =cislo | weight=0.068
=zbozi =jsem | weight=0.067
=telefon =a | weight=0.067
=overil | weight=0.067
=odrikavala | weight=0.066
=vsech | weight=0.066
=porad =je | weight=0.066
=fotky =a | weight=0.065
=nic =nezapisovali | weight=0.065, noneg
=si =nic | weight=0.065, noneg
=paty =diktovat | weight=0.065
=sam =problem | weight=0.064
=na =nej | weight=0.064
=svou | weight=0.063
=opakovane =pri | weight=0.063
=chci =vsechno | weight=0.063
=dalsi =clovek | weight=0.063
=a =vsem | weight=0.062
=zacinal =znovu | weight=0.062
=diktovat =snad | weight=0.061
=by =si | weight=0.060
=je =jiz | weight=0.060
=predtim | weight=0.060
=jsem =posilal | weight=0.060
=psal | weight=0.060
=zacatku =jako | weight=0.059
=jiz | weight=0.059
=a =popis | weight=0.059
=je =kazdy | weight=0.059
=jiny =a | weight=0.059
=me =neprepoji | weight=0.059
=mam =na | weight=0.057
=pak =napsal | weight=0.056
=a =znovu | weight=0.056
=novy | weight=0.056
=nekolikrat | weight=0.055
=uz =me | weight=0.055
=jim | weight=0.055
=znovu =protoze | weight=0.055
=musim =vylicit | weight=0.055
=vylicit =trem | weight=0.055
=posilal | weight=0.054
=pta =na | weight=0.053
=vysvetlil =od | weight=0.053
=clovek =a | weight=0.053
=kazdy =dalsi | weight=0.053
=pokazde =musim | weight=0.053
=celou =historii | weight=0.052
=sam =fotky | weight=0.052
=vsem | weight=0.052
=a =chci | weight=0.052
=do =z | weight=0.052
=historii =znovu | weight=0.052
=od =a | weight=0.052
=pokazde =celou | weight=0.052
=clovek =na | weight=0.052
=jim =psal | weight=0.051
=agent =se | weight=0.051
=dne | weight=0.051
=jeste | weight=0.050
=to =spatne | weight=0.050
=pokazde =jiny | weight=0.050
=pta | weight=0.050
=operatorka =jsem | weight=0.050
=referent | weight=0.050
=zase | weight=0.049
=neprepoji | weight=0.049
=to =musim | weight=0.049
=naslouchadla | weight=0.048
=mne =chci | weight=0.048
=jsem =jeho | weight=0.048
=poprve | weight=0.047
=co | weight=0.047
=tatu =s | weight=0.047
=bod | weight=0.047
=porad =to | weight=0.047
=nuti | weight=0.047
=udaje =jsem | weight=0.046
=musim =vysvetlil | weight=0.046
=zamestnanec | weight=0.045
=dat | weight=0.045
=trech =e-mail | weight=0.045
=co =rikal | weight=0.045
=ptaji | weight=0.044
=s =reklamaci | weight=0.044
=rict | weight=0.044
=a =ten | weight=0.044
=sedmkrat | weight=0.043
=celou =pribeh | weight=0.043
=ve =trech | weight=0.043
=petkrat | weight=0.042
=sdeleno | weight=0.042
=a =do | weight=0.041
=ztratili | weight=0.041
=to =znovu | weight=0.041
=vse | weight=0.041
=vam | weight=0.040
=nebot | weight=0.040
=nej | weight=0.039
=popsal =celou | weight=0.039
=ptaji =na | weight=0.039
=overovaci | weight=0.038
=nepredaji | weight=0.038
=kratochvil | weight=0.037
=to =stale | weight=0.037
=uz =potreti | weight=0.036
=popis | weight=0.036
=kartu =a | weight=0.036
=problem =od | weight=0.036
=jeho | weight=0.035
=ze =dne | weight=0.035
=me =ptal | weight=0.035
=jako =bych | weight=0.035
=porad =stejne | weight=0.035
=ing | weight=0.035
=zablokovali =kartu | weight=0.034
=na =uplne | weight=0.034
=stale | weight=0.034
=informace =o | weight=0.033
=jim =posilal | weight=0.033
=posilal =ty | weight=0.033
=uz =zase | weight=0.033
=rikal =cislo | weight=0.033
=dojde | weight=0.033
=se =dostal | weight=0.032
=novy =clovek | weight=0.032
=a =spatne | weight=0.032
=urade =se | weight=0.032
=co =vam | weight=0.031
=tezko | weight=0.031
=mrtvici | weight=0.031
=mrtvici =a | weight=0.031
=po =mrtvici | weight=0.031
=student | weight=0.031
=stale =neni | weight=0.031, noneg
=ale =stejne | weight=0.031
=stejne =uz | weight=0.031
=historii =pripade | weight=0.031
=e-mail =a | weight=0.030
=me =do | weight=0.030
=spatne =mluvit | weight=0.030
