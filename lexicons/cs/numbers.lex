# Czech number words: FORM<TAB>VALUE[<TAB>ord|times].  Cardinals are listed
# in the case forms that stand before a unit (dvě hodiny, dvou hodin, po
# dvou hodinách, dvěma hodinami); ord: "třetí (den)"; times: the word itself
# means N times or the Nth time (dvakrát, potřetí).
jeden	1
jedna	1
jedno	1
jednu	1
jednoho	1
jedné	1
jednom	1
jedním	1
jednou	1	times
dva	2
dvě	2
dvou	2
dvěma	2
dvoje	2
tři	3
tří	3
třem	3
třech	3
třemi	3
čtyři	4
čtyř	4
čtyřem	4
čtyřech	4
čtyřmi	4
pět	5
pěti	5
šest	6
šesti	6
sedm	7
sedmi	7
osm	8
osmi	8
devět	9
devíti	9
deset	10
deseti	10
jedenáct	11
jedenácti	11
dvanáct	12
dvanácti	12
třináct	13
čtrnáct	14
patnáct	15
patnácti	15
dvacet	20
dvaceti	20
pětadvacet	25
pětadvaceti	25
dvacetpět	25
třicet	30
třiceti	30
pětatřicet	35
čtyřicet	40
čtyřiceti	40
pětačtyřicet	45
pětačtyřiceti	45
čtyřicetpět	45
padesát	50
padesáti	50
šedesát	60
šedesáti	60
devadesát	90
devadesáti	90
sto	100
půl	0.5
čtvrt	0.25
# "tři čtvrtě hodiny": the engine multiplies a number before a fraction (3 x 0.25)
čtvrtě	0.25
třičtvrtě	0.75
první	1	ord
prvním	1	ord
druhý	2	ord
druhá	2	ord
druhé	2	ord
druhou	2	ord
druhém	2	ord
třetí	3	ord
třetím	3	ord
čtvrtý	4	ord
čtvrtá	4	ord
čtvrtou	4	ord
čtvrtém	4	ord
pátý	5	ord
pátá	5	ord
páté	5	ord
pátou	5	ord
šestý	6	ord
šestou	6	ord
sedmý	7	ord
sedmou	7	ord
desátý	10	ord
desátou	10	ord
podruhé	2	times
potřetí	3	times
počtvrté	4	times
popáté	5	times
pošesté	6	times
posedmé	7	times
poosmé	8	times
podeváté	9	times
podesáté	10	times
# r4: colloquial -ý forms ("už popátý volám")
podruhý	2	times
potřetý	3	times
počtvrtý	4	times
popátý	5	times
pošestý	6	times
dvakrát	2	times
třikrát	3	times
čtyřikrát	4	times
pětkrát	5	times
šestkrát	6	times
sedmkrát	7	times
osmkrát	8	times
devětkrát	9	times
desetkrát	10	times
dvanáctkrát	12	times
patnáctkrát	15	times
dvacetkrát	20	times
+ čekal jsem dvě hodiny na lince = 120
+ na lince jsem visel hodinu a půl = 90
+ ve frontě půl hodiny = 30
+ cekala jsem ctyricet minut = 40
+ čtvrt hodiny jsem čekal = 15
+ tři čtvrtě hodiny ve frontě = 45
+ volám už potřetí = 3x
+ volal jsem pětkrát = 5x
+ už po třetí krát jsem psal = 3x
+ volala jsem asi dvacetkrat = 20x
- paní byla nepříjemná
- dvě paní byly nepříjemné
