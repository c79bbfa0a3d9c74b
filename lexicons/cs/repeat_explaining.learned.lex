# repeat_explaining, cs: learned by scripts/learn.py from 3747 tuning texts (106 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ uz tretimu cloveku na chatu vysvetluju ze mi nechodi sms s kodem pro platbu. kazdej zacne od zacatku jako by predtim nic nebylo
+ Zákazník uvádí, že na lince pojišťovny musel postupně třem operátorům popsat celou nehodu od začátku, protože si údaje nepředávají. Čtvrtý ho poslal zpátky na první oddělení.
+ Už stokrát jsem vám to napsala.
- ok dekuju
- super, doporucuju
=udaje | weight=0.447
=nikdo =si | weight=0.355, noneg
=vam =to | weight=0.313
=stokrat =jsem | weight=0.300
=stokrat | weight=0.296
=kazdy =novy | weight=0.279
=trem | weight=0.262
=diktovat | weight=0.254
=to =napsal | weight=0.248
=znovu | weight=0.238
=od =zacatku | weight=0.237
=historii | weight=0.236
=popisu | weight=0.224
=pokazde | weight=0.222
=cislo =objednavka | weight=0.216
=opakovane | weight=0.207
=korespondenci | weight=0.205
=musim | weight=0.202
=zopakoval | weight=0.201
=prevypravet | weight=0.197
=prevypravet =znovu | weight=0.197
=ruzne | weight=0.195
=jsem =musim | weight=0.194
=svuj | weight=0.190
=po =mne | weight=0.190
=jsem =popisu | weight=0.189
=objednavka =jsem | weight=0.186
=cislo | weight=0.186
=vysvetlil | weight=0.185
=vypravet | weight=0.183
=psat | weight=0.182
=snad | weight=0.182
=kazdy | weight=0.180
=fotky | weight=0.176
=historii =reklamaci | weight=0.176
=musim =vsechno | weight=0.175
=dat =narozeninam | weight=0.175
=vylicit | weight=0.172
=potreti | weight=0.166
=zase =jsem | weight=0.164
=dokola | weight=0.163
=pri =kazdy | weight=0.161
=se =stale | weight=0.159
=musim =jsem | weight=0.156
=chci =ty | weight=0.156
=popisu =celou | weight=0.154
=reklamaci =jsem | weight=0.148
=jsem =uz | weight=0.147
=poctvrte =vam | weight=0.146
=fotografie | weight=0.146
=celou | weight=0.145
=pobocce =jsem | weight=0.144
=mne =chtel | weight=0.144
=tytez | weight=0.142
=narozeninam | weight=0.141
=totozne | weight=0.140
=totozne =fotografie | weight=0.140
=zase =totozne | weight=0.140
=nadiktoval =snad | weight=0.140
=pripade | weight=0.140
=tolikrat | weight=0.139
=udaje =jako | weight=0.139
=trem =ruzne | weight=0.138
=popsal | weight=0.134
=dokola =jsem | weight=0.134
=jsem =diktovat | weight=0.133
=jsem =vam | weight=0.132
=uz =ctyri | weight=0.132
=cislo =smlouvu | weight=0.132
=vysvetlil =co | weight=0.130
=diktovat =cislo | weight=0.130
=se =me | weight=0.129
=pate | weight=0.128
=ty | weight=0.127
=po =pate | weight=0.126
=vam =zase | weight=0.125
=mne | weight=0.125
=uz =po | weight=0.124
=doklady | weight=0.124
=kolikrat | weight=0.124
=kolikrat =vam | weight=0.124
=mam =jeste | weight=0.124
=kazdy =hovor | weight=0.122
=nadiktoval | weight=0.122
=psal =cislo | weight=0.121
=to =psal | weight=0.119
=znovu =vysvetlil | weight=0.119
=situaci | weight=0.118
=pripade =jsem | weight=0.117
=svuj =pripade | weight=0.117
=co =se | weight=0.116
=licit | weight=0.115
=novy =operator | weight=0.114
=dalsi =operator | weight=0.112
=porad =dokola | weight=0.112
=poctvrte | weight=0.111
=prepojeni | weight=0.111
=tu =objednavka | weight=0.110
=trem =lidi | weight=0.110
=vsechno =od | weight=0.110
=zacatku | weight=0.110
=to =sam | weight=0.109
=pretlumocit | weight=0.108
=pretlumocit =opakovane | weight=0.108
=pres =tlumocnika | weight=0.108
=tlumocnika =jsem | weight=0.108
=pokazde =me | weight=0.108
=nekdo =jiny | weight=0.107
=jim =to | weight=0.107
=byla =nucen | weight=0.107
=sam =dokola | weight=0.106
=vypravet =znovu | weight=0.105
=totez | weight=0.105
=odpovi =nekdo | weight=0.104
=po =treti | weight=0.104
=zacatku =rikal | weight=0.104
=snad =petkrat | weight=0.103
=zopakoval =snad | weight=0.103
=uz =trem | weight=0.103
=tlumocnika | weight=0.103
=nucen | weight=0.102
=celou =problem | weight=0.102
=pobocce =dne | weight=0.102
=operator =se | weight=0.101
=jsem =to | weight=0.100
=novy =operatorka | weight=0.099
=odvypravel | weight=0.099
=to =vysvetlil | weight=0.099
=lidi | weight=0.099
=topeni =porad | weight=0.099
=to =hlas | weight=0.099
=hovor =to | weight=0.098
=sam =udaje | weight=0.098
=pribeh | weight=0.097
=jsem =vysvetlil | weight=0.097
=snad =sestkrat | weight=0.097
=takze =to | weight=0.096
=odpovi | weight=0.095
=znovu =a | weight=0.095
=snad =desetkrat | weight=0.095
=kazdymu | weight=0.095
=jako =by | weight=0.094
=zavada | weight=0.094
=k =opetovnemu | weight=0.094
=opetovnemu | weight=0.094
=opetovnemu =sdeleno | weight=0.094
=sdeleno =vsech | weight=0.094
=vsech =udaje | weight=0.094
=vyzvu =k | weight=0.094
=zakazky | weight=0.094
=sestkrat | weight=0.093
=jsem =tu | weight=0.093
=opakovane =protoze | weight=0.092
=musim =znovu | weight=0.092
=uz =poslali | weight=0.092
=po =prepojeni | weight=0.091
=prepojeni =se | weight=0.091
=vysvetlil =znovu | weight=0.091
=problem =jsem | weight=0.090
=protoze =je | weight=0.090
=vysvetlil =ze | weight=0.089
=treti | weight=0.089
=celou =situaci | weight=0.089
=a =adresu | weight=0.088
=smlouvu =jsem | weight=0.087
=do =maily | weight=0.086
=rict =do | weight=0.086
=sam =rict | weight=0.086
=petkrat | weight=0.085
=hlas =a | weight=0.084
=desetkrat | weight=0.084
=v =nemocnici | weight=0.083
=cislo =jsem | weight=0.083
=napsal =do | weight=0.082
=uz =nekolikrat | weight=0.082
=vyzvu | weight=0.082
=ctyri | weight=0.081
=nemocnici | weight=0.080
=jsem =zopakoval | weight=0.080
=sporeni | weight=0.080
=pokazde =nekdo | weight=0.079
=jsem =opakovane | weight=0.079
=jim | weight=0.079
=komunikace | weight=0.079
=vypisu | weight=0.079
=jeste =jednou | weight=0.078
=u =kazdy | weight=0.078
=doklady =ktery | weight=0.077
=ty =sam | weight=0.077
=na =nej | weight=0.076
=jsem =odrikavala | weight=0.076
=odrikavala =sve | weight=0.076
=sve =udaje | weight=0.076
=zase =cislo | weight=0.076
=to =mam | weight=0.074
=vsechno | weight=0.073
=znovu =overil | weight=0.073
=fotky =rozbil | weight=0.073
=pate =diktovat | weight=0.073
=diktovat =snad | weight=0.072
=poruse | weight=0.072
=musim =celou | weight=0.072
=kazdy =operator | weight=0.072
=porad =nejde | weight=0.072
=psal | weight=0.071
=sestra | weight=0.070
=musim =psat | weight=0.070
=vam | weight=0.070
=zbozi =jsem | weight=0.070
=a =kazdy | weight=0.068
=overil | weight=0.068
=telefon =a | weight=0.068
=topeni | weight=0.067
=porad =je | weight=0.067
=co | weight=0.066
=nic =nezapisovali | weight=0.066, noneg
=si =nic | weight=0.066, noneg
=opakovane =pri | weight=0.066
=jeste | weight=0.066
=novy | weight=0.065
=odrikavala | weight=0.065
=je =jiz | weight=0.065
=jiny =a | weight=0.064
=predchozi | weight=0.064
=a =vsem | weight=0.063
=od =nulu | weight=0.063
=vsech | weight=0.063
=sam =problem | weight=0.062
=svou | weight=0.062
=predtim | weight=0.062
=jiz | weight=0.062
=jsem =posilal | weight=0.061
=by =si | weight=0.061
=kazdy =dalsi | weight=0.059
=mam =na | weight=0.058
=jsem =jim | weight=0.058
=uz =me | weight=0.058
=clovek =na | weight=0.056
=me =neprepoji | weight=0.056
=pak =napsal | weight=0.056
=asi =petkrat | weight=0.055
=to =znovu | weight=0.055
=zacinal =znovu | weight=0.055
=clovek =a | weight=0.055
=fotky =a | weight=0.054
=znovu =protoze | weight=0.054
=do =z | weight=0.054
=historii =znovu | weight=0.054
=od =a | weight=0.054
=pokazde =celou | weight=0.054
=referent | weight=0.054
=musim =vylicit | weight=0.053
=vylicit =trem | weight=0.053
=chci =vsechno | weight=0.053
=zase | weight=0.053
=posilal | weight=0.053
=mne =chci | weight=0.053
=a =ten | weight=0.052
=pokazde =jiny | weight=0.052
=a =chci | weight=0.052
=ptaji | weight=0.052
=naslouchadla | weight=0.051
=operatorka =jsem | weight=0.051
=co =uz | weight=0.051
=celou =pribeh | weight=0.051
=tatu =s | weight=0.051
=rict | weight=0.051
=porad =to | weight=0.051
=jsem =jeho | weight=0.051
=celou =historii | weight=0.051
=to =spatne | weight=0.050
=popsal =celou | weight=0.050
=vsem | weight=0.049
=dne | weight=0.049
=udaje =jsem | weight=0.049
=vse | weight=0.049
=nekolikrat | weight=0.048
=to =musim | weight=0.048
=a =popis | weight=0.047
=je =kazdy | weight=0.047
=nej | weight=0.047
=sdeleno | weight=0.047
=trech =e-mail | weight=0.046
=neprepoji | weight=0.046
=zacatku =jako | weight=0.046
=a =znovu | weight=0.046
=a =do | weight=0.045
=uz =potreti | weight=0.045
=jim =psal | weight=0.045
=co =rikal | weight=0.044
=sedmkrat | weight=0.044
=musim =vysvetlil | weight=0.044
=ztratili | weight=0.044
=zamestnanec | weight=0.043
=bod | weight=0.043
=ve =trech | weight=0.043
=s =reklamaci | weight=0.043
=pta =na | weight=0.043
=poprve | weight=0.043
=agent =se | weight=0.042
=nuti | weight=0.041
=davam | weight=0.041
=zacinal | weight=0.041
=jeho | weight=0.041
=pta | weight=0.040
=sam =fotky | weight=0.040
=nepredaji | weight=0.039
=vysvetlil =od | weight=0.039
=kratochvil | weight=0.039
=overovaci | weight=0.039
=to =stale | weight=0.039
=dat | weight=0.038
=informace =o | weight=0.038
=ze =dne | weight=0.037
=do =telefon | weight=0.037
=nebot | weight=0.037
=ctvrt | weight=0.037
=me =ptal | weight=0.036
=ptaji =na | weight=0.036
=kartu =a | weight=0.036
=zeptat | weight=0.036
=ing | weight=0.035
=zablokovali =kartu | weight=0.035
=co =jsem | weight=0.035
=a =spatne | weight=0.035
=mrtvici | weight=0.034
=mrtvici =a | weight=0.034
=po =mrtvici | weight=0.034
=historii =pripade | weight=0.034
=pokazde =musim | weight=0.034
=porad =stejne | weight=0.033
=spatne =mluvit | weight=0.033
=na =uplne | weight=0.033
=uz =zase | weight=0.033
=je =po | weight=0.032
=uz =ctvrt | weight=0.032
=mamince =je | weight=0.032
=co =vam | weight=0.032
=jako =bych | weight=0.032
=se =dostal | weight=0.032
=urade =se | weight=0.032
=jim =posilal | weight=0.031
=posilal =ty | weight=0.031
=tezko | weight=0.031
=me =do | weight=0.031
=stale | weight=0.030
=chtel =znovu | weight=0.030
=znovu =vsechno | weight=0.030
=okna =a | weight=0.030
=duchodu | weight=0.030
