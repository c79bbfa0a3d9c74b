# Units: PATTERN<TAB>min|count<TAB>VALUE[<TAB>bare].  min units convert a
# stated wait to minutes; count units count contacts ("3 times", "5x").
# bare: a lone unit counts as one ("waited an hour" needs no digit).
min	min	1
mins	min	1
minute*	min	1
m	min	1
hour*	min	60
hr	min	60
hrs	min	60
h	min	60
second*	min	0.0167
sec	min	0.0167
day	min	1440
days	min	1440
week*	min	10080
time*	count	1
x	count	1
+ I waited 45min = 45
+ on hold for 20-30 minutes = 30
+ 1.5 hours in the queue = 90
+ called 4 times already = 4x
+ I wrote 3x and nothing = 3x
- the queue was long
- I called again
