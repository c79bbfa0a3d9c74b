# Slovenian number words: FORM<TAB>VALUE[<TAB>ord|times].  Numerals
# decline, so every case form is listed (dve uri, po dveh urah, z dvema
# urama); from five up the -ih/-im/-imi cases are listed or covered by a
# prefix (po dvajsetih minutah).  Exact forms win over prefixes.  Forms are
# folded: "štiri" also matches "stiri".
# ord: "tretji klic"; times: the word itself says N times ("tretjič",
# "petkrat").  "enkrat" and "večkrat" are left out: "še enkrat" is "once
# more", and "večkrat" states no number.
#
# 1
en	1
ena	1
eno	1
enega	1
enemu	1
enem	1
enim	1
eni	1
# 2
dva	2
dve	2
dveh	2
dvema	2
dvoje	2
# 3
trije	3
tri	3
treh	3
trem	3
tremi	3
# 4
štirje	4
štiri	4
štirih	4
štirim	4
štirimi	4
# 5-10: bare forms and the -ih/-im/-imi cases (not pet*: petek, sestanek)
pet	5
petih	5
petim	5
petimi	5
šest	6
šestih	6
šestim	6
šestimi	6
sedem	7
sedmih	7
sedmim	7
sedmimi	7
osem	8
osmih	8
osmim	8
osmimi	8
devet	9
devetih	9
devetim	9
devetimi	9
deset	10
desetih	10
desetim	10
desetimi	10
# 11-19, all cases by prefix (only numerals start like this)
enajst*	11
dvanajst*	12
trinajst*	13
štirinajst*	14
petnajst*	15
šestnajst*	16
sedemnajst*	17
osemnajst*	18
devetnajst*	19
# tens and 21-99 (enaindvajset, petinštirideset), all cases by prefix
dvajset*	20
enaindvajset*	21
dvaindvajset*	22
triindvajset*	23
štiriindvajset*	24
petindvajset*	25
šestindvajset*	26
sedemindvajset*	27
osemindvajset*	28
devetindvajset*	29
trideset*	30
enaintrideset*	31
dvaintrideset*	32
triintrideset*	33
štiriintrideset*	34
petintrideset*	35
šestintrideset*	36
sedemintrideset*	37
osemintrideset*	38
devetintrideset*	39
štirideset*	40
enainštirideset*	41
dvainštirideset*	42
triinštirideset*	43
štiriinštirideset*	44
petinštirideset*	45
šestinštirideset*	46
sedeminštirideset*	47
oseminštirideset*	48
devetinštirideset*	49
petdeset*	50
enainpetdeset*	51
dvainpetdeset*	52
triinpetdeset*	53
štiriinpetdeset*	54
petinpetdeset*	55
šestinpetdeset*	56
sedeminpetdeset*	57
oseminpetdeset*	58
devetinpetdeset*	59
šestdeset*	60
enainšestdeset*	61
dvainšestdeset*	62
triinšestdeset*	63
štiriinšestdeset*	64
petinšestdeset*	65
šestinšestdeset*	66
sedeminšestdeset*	67
oseminšestdeset*	68
devetinšestdeset*	69
sedemdeset*	70
enainsedemdeset*	71
dvainsedemdeset*	72
triinsedemdeset*	73
štiriinsedemdeset*	74
petinsedemdeset*	75
šestinsedemdeset*	76
sedeminsedemdeset*	77
oseminsedemdeset*	78
devetinsedemdeset*	79
osemdeset*	80
enainosemdeset*	81
dvainosemdeset*	82
triinosemdeset*	83
štiriinosemdeset*	84
petinosemdeset*	85
šestinosemdeset*	86
sedeminosemdeset*	87
oseminosemdeset*	88
devetinosemdeset*	89
devetdeset*	90
enaindevetdeset*	91
dvaindevetdeset*	92
triindevetdeset*	93
štiriindevetdeset*	94
petindevetdeset*	95
šestindevetdeset*	96
sedemindevetdeset*	97
osemindevetdeset*	98
devetindevetdeset*	99
sto	100
# fractions and approximate quantities ("par minut", "poldrugo uro")
pol	0.5
četrt	0.25
tričetrt	0.75
poldrugo	1.5
poldruga	1.5
poldrugi	1.5
par	2
# ordinals (tretji klic, četrti obisk)
prvi	1	ord
prva	1	ord
prvo	1	ord
prvega	1	ord
drugi	2	ord
druga	2	ord
drugo	2	ord
drugega	2	ord
tretji	3	ord
tretja	3	ord
tretje	3	ord
tretjo	3	ord
tretjega	3	ord
tretjem	3	ord
četrti	4	ord
četrta	4	ord
četrto	4	ord
četrtega	4	ord
peti	5	ord
peta	5	ord
peto	5	ord
petega	5	ord
šesti	6	ord
šesto	6	ord
deseti	10	ord
deseto	10	ord
# "N-ič" (for the Nth time) and "N-krat" (N times): contacts
prvič	1	times
drugič	2	times
tretjič	3	times
četrtič	4	times
petič	5	times
šestič	6	times
sedmič	7	times
osmič	8	times
devetič	9	times
desetič	10	times
dvakrat	2	times
trikrat	3	times
štirikrat	4	times
petkrat	5	times
šestkrat	6	times
sedemkrat	7	times
osemkrat	8	times
devetkrat	9	times
desetkrat	10	times
dvanajstkrat	12	times
petnajstkrat	15	times
dvajsetkrat	20	times
stokrat	100	times
+ čakal sem dve uri = 120
+ po dvajsetih minutah cakanja = 20
+ v vrsti smo stali petinštirideset minut = 45
+ Četrt ure sem stala pred pultom = 15
+ cakala sem uro in pol = 90
+ z dvema urama čakanja = 120
+ pet ur sem cakal = 300
+ klicem ze tretjic = 3x
+ Petkrat sem vam pisal. = 5x
+ to je moj četrti klic = 4x
+ smo cakali tricetrt ure = 45
- Prodajalka je bila nesramna.
- Pizza je stala pet evrov.
- v petek ob devetih je prišel monter
