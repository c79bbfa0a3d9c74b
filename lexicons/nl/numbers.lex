# Number words (Dutch): FORM<TAB>VALUE[<TAB>ord|times].  "één" folds to een.
een	1
één	1
eén	1
twee	2
drie	3
vier	4
vijf	5
zes	6
zeven	7
acht	8
negen	9
tien	10
elf	11
twaalf	12
dertien	13
veertien	14
vijftien	15
zestien	16
zeventien	17
achttien	18
negentien	19
twintig	20
vijfentwintig	25
dertig	30
vijfendertig	35
veertig	40
vijfenveertig	45
vijftig	50
vijfenvijftig	55
zestig	60
zeventig	70
tachtig	80
negentig	90
# compounds: unit "en" tens, run together ("vijfenveertig"; "tweeëntwintig" also without the trema)
eenentwintig	21
tweeëntwintig	22
tweeentwintig	22
drieëntwintig	23
drieentwintig	23
vierentwintig	24
zesentwintig	26
zevenentwintig	27
achtentwintig	28
negenentwintig	29
eenendertig	31
tweeëndertig	32
tweeendertig	32
drieëndertig	33
drieendertig	33
vierendertig	34
zesendertig	36
zevenendertig	37
achtendertig	38
negenendertig	39
eenenveertig	41
tweeënveertig	42
tweeenveertig	42
drieënveertig	43
drieenveertig	43
vierenveertig	44
zesenveertig	46
zevenenveertig	47
achtenveertig	48
negenenveertig	49
eenenvijftig	51
tweeënvijftig	52
tweeenvijftig	52
drieënvijftig	53
drieenvijftig	53
vierenvijftig	54
zesenvijftig	56
zevenenvijftig	57
achtenvijftig	58
negenenvijftig	59
eenenzestig	61
tweeënzestig	62
tweeenzestig	62
drieënzestig	63
drieenzestig	63
vierenzestig	64
vijfenzestig	65
zesenzestig	66
zevenenzestig	67
achtenzestig	68
negenenzestig	69
eenenzeventig	71
tweeënzeventig	72
tweeenzeventig	72
drieënzeventig	73
drieenzeventig	73
vierenzeventig	74
vijfenzeventig	75
zesenzeventig	76
zevenenzeventig	77
achtenzeventig	78
negenenzeventig	79
eenentachtig	81
tweeëntachtig	82
tweeentachtig	82
drieëntachtig	83
drieentachtig	83
vierentachtig	84
vijfentachtig	85
zesentachtig	86
zevenentachtig	87
achtentachtig	88
negenentachtig	89
eenennegentig	91
tweeënnegentig	92
tweeennegentig	92
drieënnegentig	93
drieennegentig	93
vierennegentig	94
vijfennegentig	95
zesennegentig	96
zevenennegentig	97
achtennegentig	98
negenennegentig	99
honderd	100
anderhalf	1.5
anderhalve	1.5
tweeënhalf	2.5
drieënhalf	3.5
vierenhalf	4.5
vijfenhalf	5.5
half	0.5
halve	0.5
kwart	0.25
eerste	1	ord
tweede	2	ord
derde	3	ord
vierde	4	ord
vijfde	5	ord
zesde	6	ord
zevende	7	ord
achtste	8	ord
negende	9	ord
tiende	10	ord
elfde	11	ord
twaalfde	12	ord
twintigste	20	ord
eenmaal	1	times
tweemaal	2	times
driemaal	3	times
viermaal	4	times
vijfmaal	5	times
zesmaal	6	times
zevenmaal	7	times
achtmaal	8	times
tienmaal	10	times
tweekeer	2	times
driekeer	3	times
vierkeer	4	times
vijfkeer	5	times
+ ik heb twee uur in de wacht gestaan = 120
+ anderhalf uur aan de lijn gehangen = 90
+ een half uur gewacht = 30
+ vijfenzeventig minuten aan de lijn gehangen = 75
+ drie kwartier in de wachtrij = 45
+ tweeënhalf uur gewacht = 150
+ dit is de derde keer dat ik bel = 3x
+ ik heb al driemaal gemaild = 3x
+ ik heb vijf keer gebeld = 5x
- de medewerker was onbeleefd
- twee medewerkers waren onbeleefd
