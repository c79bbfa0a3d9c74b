# Number words: FORM<TAB>VALUE[<TAB>ord|times].  ord: "third (time)";
# times: the word itself means N times ("twice").  Examples:
# "+ TEXT = MINUTES" (a stated wait) or "+ TEXT = Nx" (a contact count).
# Compounds are listed hyphenated and run together ("forty-five",
# "fortyfive"); written as two words only the last one is read.
a	1
an	1
one	1
two	2
three	3
four	4
five	5
six	6
seven	7
eight	8
nine	9
ten	10
eleven	11
twelve	12
thirteen	13
fourteen	14
fifteen	15
sixteen	16
seventeen	17
eighteen	18
nineteen	19
twenty	20
thirty	30
forty	40
fourty	40
fifty	50
sixty	60
seventy	70
eighty	80
ninety	90
hundred	100
dozen	12
half	0.5
quarter	0.25
quarters	0.25
three-quarters	0.75
threequarters	0.75
couple	2
few	3
several	3
twenty-one	21
twentyone	21
twenty-two	22
twentytwo	22
twenty-three	23
twentythree	23
twenty-four	24
twentyfour	24
twenty-five	25
twentyfive	25
twenty-six	26
twentysix	26
twenty-seven	27
twentyseven	27
twenty-eight	28
twentyeight	28
twenty-nine	29
twentynine	29
thirty-one	31
thirtyone	31
thirty-two	32
thirtytwo	32
thirty-three	33
thirtythree	33
thirty-four	34
thirtyfour	34
thirty-five	35
thirtyfive	35
thirty-six	36
thirtysix	36
thirty-seven	37
thirtyseven	37
thirty-eight	38
thirtyeight	38
thirty-nine	39
thirtynine	39
forty-one	41
fortyone	41
forty-two	42
fortytwo	42
forty-three	43
fortythree	43
forty-four	44
fortyfour	44
forty-five	45
fortyfive	45
forty-six	46
fortysix	46
forty-seven	47
fortyseven	47
forty-eight	48
fortyeight	48
forty-nine	49
fortynine	49
fourty-one	41
fourtyone	41
fourty-two	42
fourtytwo	42
fourty-three	43
fourtythree	43
fourty-four	44
fourtyfour	44
fourty-five	45
fourtyfive	45
fourty-six	46
fourtysix	46
fourty-seven	47
fourtyseven	47
fourty-eight	48
fourtyeight	48
fourty-nine	49
fourtynine	49
fifty-one	51
fiftyone	51
fifty-two	52
fiftytwo	52
fifty-three	53
fiftythree	53
fifty-four	54
fiftyfour	54
fifty-five	55
fiftyfive	55
fifty-six	56
fiftysix	56
fifty-seven	57
fiftyseven	57
fifty-eight	58
fiftyeight	58
fifty-nine	59
fiftynine	59
first	1	ord
second	2	ord
third	3	ord
fourth	4	ord
fifth	5	ord
sixth	6	ord
seventh	7	ord
eighth	8	ord
ninth	9	ord
tenth	10	ord
eleventh	11	ord
twelfth	12	ord
fifteenth	15	ord
twentieth	20	ord
once	1	times
twice	2	times
thrice	3	times
sixty-one	61
sixtyone	61
sixty-two	62
sixtytwo	62
sixty-three	63
sixtythree	63
sixty-four	64
sixtyfour	64
sixty-five	65
sixtyfive	65
sixty-six	66
sixtysix	66
sixty-seven	67
sixtyseven	67
sixty-eight	68
sixtyeight	68
sixty-nine	69
sixtynine	69
seventy-one	71
seventyone	71
seventy-two	72
seventytwo	72
seventy-three	73
seventythree	73
seventy-four	74
seventyfour	74
seventy-five	75
seventyfive	75
seventy-six	76
seventysix	76
seventy-seven	77
seventyseven	77
seventy-eight	78
seventyeight	78
seventy-nine	79
seventynine	79
eighty-one	81
eightyone	81
eighty-two	82
eightytwo	82
eighty-three	83
eightythree	83
eighty-four	84
eightyfour	84
eighty-five	85
eightyfive	85
eighty-six	86
eightysix	86
eighty-seven	87
eightyseven	87
eighty-eight	88
eightyeight	88
eighty-nine	89
eightynine	89
ninety-one	91
ninetyone	91
ninety-two	92
ninetytwo	92
ninety-three	93
ninetythree	93
ninety-four	94
ninetyfour	94
ninety-five	95
ninetyfive	95
ninety-six	96
ninetysix	96
ninety-seven	97
ninetyseven	97
ninety-eight	98
ninetyeight	98
ninety-nine	99
ninetynine	99
# "thirty-odd", "forty-ish": about that many
twenty-odd	20
twenty-ish	20
twenty-something	20
thirty-odd	30
thirty-ish	30
thirty-something	30
forty-odd	40
forty-ish	40
forty-something	40
fifty-odd	50
fifty-ish	50
fifty-something	50

+ waited two hours on the phone = 120
+ an hour and a half in the queue = 90
+ half an hour on hold = 30
+ three quarters of an hour on hold = 45
+ on hold for forty-five minutes = 45
+ thirty-odd minutes of hold music = 30
+ on hold for seventy-five minutes = 75
+ this is the third time I call = 3x
+ I called five times = 5x
+ I have phoned them twice = 2x
- the agent was rude
- two agents were rude
