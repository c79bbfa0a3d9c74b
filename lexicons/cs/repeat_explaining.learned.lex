# repeat_explaining, cs: learned by scripts/learn.py from 2508 tuning texts (88 with the tag);
# do not edit: change the corpus or the script and run `make learn`.
# A rule is a stem (=form) or two adjacent stems; its weight adds to the other
# learned hits of the tag (not the written rules'), and the tag fires at 1.
+ Už stokrát jsem vám to napsala.
+ Při každém hovoru to musím zopakovat.
+ svuj pripad jsem kazdymu vypravel znova
- Ani se neomluvili.
- VRAŤTE MI PENÍZE!!!
=udaje | weight=0.426
=nikdo =si | weight=0.373, noneg
=znovu | weight=0.328
=vam =to | weight=0.328
=stokrat =jsem | weight=0.297
=stokrat | weight=0.293
=kazdy =novy | weight=0.269
=fotky | weight=0.264
=zopakovat | weight=0.239
=to =napsal | weight=0.231
=historii | weight=0.230
=pokazde | weight=0.217
=snad | weight=0.214
=cislo =objednavka | weight=0.213
=korespondenci | weight=0.212
=jsem =musim | weight=0.207
=diktovat | weight=0.207
=cislo | weight=0.204
=trem | weight=0.196
=opakovane | weight=0.194
=kazdy | weight=0.191
=od =zacatku | weight=0.190
=jsem =vam | weight=0.186
=vypravet | weight=0.186
=prevypravet | weight=0.183
=prevypravet =znovu | weight=0.183
=objednavka =jsem | weight=0.180
=vylicit | weight=0.179
=musim | weight=0.177
=po =mne | weight=0.174
=historii =reklamaci | weight=0.173
=porad =dokola | weight=0.169
=cely =situaci | weight=0.167
=dokola | weight=0.166
=svuj | weight=0.164
=reklamaci =jsem | weight=0.163
=dat =narozeninam | weight=0.163
=pri =kazdy | weight=0.160
=situaci | weight=0.158
=doklad | weight=0.157
=musim =jsem | weight=0.157
=vysvetlil =ze | weight=0.154
=psal =cislo | weight=0.154
=chci =ty | weight=0.153
=jsem =diktovat | weight=0.152
=musim =vsechno | weight=0.151
=to =sam | weight=0.150
=zacatku | weight=0.148
=poctvrte | weight=0.146
=vysvetlil | weight=0.145
=kazdy =hovor | weight=0.145
=tytez | weight=0.144
=udaje =jako | weight=0.144
=pobocce =jsem | weight=0.143
=ruzne | weight=0.142
=zase =jsem | weight=0.141
=fotografie | weight=0.139
=poctvrte =vam | weight=0.137
=jsem =to | weight=0.137
=mne =chtel | weight=0.136
=uz =trem | weight=0.136
=dokola =jsem | weight=0.135
=narozeninam | weight=0.135
=cely =problem | weight=0.133
=to =psal | weight=0.133
=totozne | weight=0.128
=totozne =fotografie | weight=0.128
=zase =totozne | weight=0.128
=uz =ctyri | weight=0.128
=kolikrat | weight=0.128
=kolikrat =vam | weight=0.128
=mam =jeste | weight=0.128
=trem =lidi | weight=0.127
=nadiktovala =snad | weight=0.126
=odvypravel | weight=0.126
=po =pate | weight=0.124
=psat | weight=0.124
=popisu | weight=0.123
=petkrat | weight=0.123
=licit | weight=0.120
=pripad | weight=0.119
=tolikrat | weight=0.119
=znovu =vysvetlil | weight=0.119
=novy =operator | weight=0.118
=pate | weight=0.117
=vsechno =od | weight=0.116
=uz =potreti | weight=0.115
=cely | weight=0.115
=pribeh | weight=0.115
=a =adresu | weight=0.115
=uz =po | weight=0.115
=jim =to | weight=0.114
=pripad =jsem | weight=0.113
=svuj =pripad | weight=0.113
=odpovi =nekdo | weight=0.113
=znovu =a | weight=0.111
=nekdo =jinam | weight=0.111
=operator =se | weight=0.110
=snad =petkrat | weight=0.109
=musim =cely | weight=0.108
=odpovi | weight=0.108
=jsem =jim | weight=0.107
=cislo =smlouvy | weight=0.106
=pretlumocit | weight=0.105
=pretlumocit =opakovane | weight=0.105
=pres =tlumocnika | weight=0.105
=tlumocnika =jsem | weight=0.105
=jsem =zopakovat | weight=0.104
=zopakovat =snad | weight=0.104
=vsechno | weight=0.104
=byla =nucen | weight=0.104
=mne | weight=0.102
=sam =udaje | weight=0.102
=desetkrat | weight=0.102
=snad =desetkrat | weight=0.102
=pobocce =dne | weight=0.102
=vam =zase | weight=0.102
=nucen | weight=0.101
=ty =sam | weight=0.101
=ty | weight=0.099
=tlumocnika | weight=0.099
=sestkrat | weight=0.098
=snad =sestkrat | weight=0.098
=tu =objednavka | weight=0.098
=novy | weight=0.098
=takze =to | weight=0.098
=uz =poslali | weight=0.097
=davam | weight=0.096
=jinam =a | weight=0.096
=k =opetovnemu | weight=0.096
=opetovnemu | weight=0.096
=opetovnemu =sdeleno | weight=0.096
=sdeleno =vsech | weight=0.096
=vsech =udaje | weight=0.096
=vyzvana | weight=0.096
=vyzvana =k | weight=0.096
=vypravet =znovu | weight=0.096
=novy =operatorka | weight=0.096
=lidi | weight=0.095
=jim | weight=0.095
=topeni =porad | weight=0.094
=to =hlas | weight=0.093
=nadiktovala | weight=0.093
=zase | weight=0.093
=a =kazdy | weight=0.092
=to =vysvetlil | weight=0.090
=kazdymu | weight=0.090
=se =me | weight=0.089
=do =maily | weight=0.089
=napsal =do | weight=0.089
=rict =do | weight=0.089
=sam =rict | weight=0.089
=pokazde =me | weight=0.089
=to =musim | weight=0.088
=topeni | weight=0.087
=jsem =tu | weight=0.086
=nic =nezapisovali | weight=0.086, noneg
=si =nic | weight=0.086, noneg
=jsem =vysvetlil | weight=0.086
=ctyri | weight=0.085
=u =kazdy | weight=0.084
=opakovane =protoze | weight=0.083
=komunikace | weight=0.082
=predchozi | weight=0.082
=sporeni | weight=0.081
=zakazky | weight=0.080
=musim =znovu | weight=0.079
=jeste | weight=0.079
=diktovat =cislo | weight=0.079
=potreti | weight=0.078
=jsem =odrikavala | weight=0.077
=odrikavala =sve | weight=0.077
=sve =udaje | weight=0.077
=vypisu | weight=0.077
=zacatku =rikal | weight=0.077
=hlas =a | weight=0.076
=jim =psal | weight=0.075
=telefon =a | weight=0.075
=jako =by | weight=0.074
=sam =problem | weight=0.074
=porad =je | weight=0.074
=protoze =je | weight=0.074
=popsal | weight=0.073
=odrikavala | weight=0.073
=vysvetlil =znovu | weight=0.073
=co =rikal | weight=0.073
=mam =na | weight=0.073
=pokazde =nekdo | weight=0.072
=cislo =jsem | weight=0.072
=se =stale | weight=0.072
=jsem =uz | weight=0.072
=smlouvy =jsem | weight=0.071
=posilal | weight=0.069
=vam | weight=0.069
=fotky =rozbil | weight=0.068
=overil | weight=0.067
=jeste =jednou | weight=0.067
=na =nej | weight=0.067
=zase =cislo | weight=0.067
=musim =vylicit | weight=0.066
=vylicit =trem | weight=0.066
=zbozi =jsem | weight=0.066
=od =nulu | weight=0.066
=co =uz | weight=0.066
=doklad =ktery | weight=0.066
=jsem =opakovane | weight=0.065
=by =si | weight=0.063
=zamestnanec | weight=0.062
=to =mam | weight=0.062
=opakovane =pri | weight=0.062
=poruse | weight=0.062
=to =spatne | weight=0.060
=nikdo =z | weight=0.060, noneg
=porad =nejde | weight=0.059
=predtim | weight=0.059
=do =z | weight=0.057
=historii =znovu | weight=0.057
=od =a | weight=0.057
=pokazde =cely | weight=0.057
=jsem =posilal | weight=0.057
=diktovat =snad | weight=0.056
=pta =na | weight=0.056
=problem =jsem | weight=0.056
=popis | weight=0.056
=porad =to | weight=0.055
=chci =vsechno | weight=0.055
=cely =historii | weight=0.055
=asi =petkrat | weight=0.054
=rict | weight=0.054
=vsech | weight=0.054
=agent =se | weight=0.053
=sdeleno | weight=0.053
=a =znovu | weight=0.053
=kazdy =operator | weight=0.052
=ptaji | weight=0.052
=nebot | weight=0.052
=zacinal =znovu | weight=0.051
=a =popis | weight=0.051
=je =kazdy | weight=0.051
=pta | weight=0.051
=problem | weight=0.051
=dne | weight=0.051
=chatu =se | weight=0.050
=kazdy =prepojeni | weight=0.050
=po =kazdy | weight=0.050
=fotky =a | weight=0.050
=a =chci | weight=0.049
=tatu =s | weight=0.049
=naslouchadla | weight=0.049
=kazdy =dalsi | weight=0.049
=problem =od | weight=0.048
=ptaji =na | weight=0.047
=do =telefon | weight=0.047
=znovu =protoze | weight=0.047
=uz =poctvrte | weight=0.046
=a =do | weight=0.046
=pokazde =jsem | weight=0.045
=nepredaji | weight=0.045
=uz =nekolikrat | weight=0.045
=s =reklamaci | weight=0.045
=jinam =clovek | weight=0.044
=mne =chci | weight=0.044
=prepojeni | weight=0.043
=co =se | weight=0.042
=me =ptal | weight=0.042
=nuti | weight=0.042
=operatorka =jsem | weight=0.042
=porad =stejne | weight=0.042
=na =uplne | weight=0.042
=to =ze | weight=0.042
=ztracene | weight=0.041
=sam =fotky | weight=0.041
=kartu =a | weight=0.041
=to =znovu | weight=0.041
=sedmkrat | weight=0.041
=a =ten | weight=0.041
=zablokovali =kartu | weight=0.041
=jmeno | weight=0.040
=overovaci | weight=0.040
=cely =pribeh | weight=0.039
=ctvrt | weight=0.039
=nej | weight=0.039
=bod | weight=0.038
=nekolikrat | weight=0.037
=okna =a | weight=0.037
=pokazde =jinam | weight=0.037
=pokazde =musim | weight=0.037
=rikal | weight=0.036
=urade =se | weight=0.035
=jako =bych | weight=0.035
=poprve | weight=0.035
=se =dostal | weight=0.035
=student | weight=0.035
=uz =tam | weight=0.034
=jako =to | weight=0.034
=vyplacena | weight=0.034
=nulu | weight=0.033
=vse | weight=0.033
=rikal =cislo | weight=0.033
=novy =clovek | weight=0.032
=nic =nevedel | weight=0.031, noneg
=spatne =mluvit | weight=0.031
=mrtvici | weight=0.031
=mrtvici =a | weight=0.031
=po =mrtvici | weight=0.031
=bude =musim | weight=0.031
=fakt =bude | weight=0.031
=kazdymu =od | weight=0.031
=musim =zase | weight=0.031
=zase =kazdymu | weight=0.031
=ze =dne | weight=0.031
=vsechno =vysvetlil | weight=0.030
