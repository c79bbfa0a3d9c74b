# Number words: FORM<TAB>VALUE[<TAB>ord|times].  ord: "third (time)";
# times: the word itself means N times ("twice").  Examples:
# "+ TEXT = MINUTES" (a stated wait) or "+ TEXT = Nx" (a contact count).
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
fifteen	15
twenty	20
thirty	30
forty	40
forty-five	45
fifty	50
sixty	60
ninety	90
half	0.5
quarter	0.25
couple	2
few	3
several	3
first	1	ord
second	2	ord
third	3	ord
fourth	4	ord
fifth	5	ord
sixth	6	ord
seventh	7	ord
tenth	10	ord
once	1	times
twice	2	times
+ waited two hours on the phone = 120
+ an hour and a half in the queue = 90
+ half an hour on hold = 30
+ this is the third time I call = 3x
+ I called five times = 5x
- the agent was rude
- two agents were rude
forty-odd	40
quarters	0.25
