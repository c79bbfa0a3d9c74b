# Units: PATTERN<TAB>min|count<TAB>VALUE[<TAB>bare].  min units convert a
# stated wait to minutes; count units count contacts ("3 times", "5x").
# bare: a lone unit counts as one ("waited an hour" needs no digit).
# Days and weeks are deliberately not units: they state how late a parcel
# or a reply is, and "the longest stated wait" would then turn a 40-minute
# hold plus a 3-day-late order into 4320 minutes.
min	min	1
mins	min	1
minute	min	1
minutes	min	1
minuets	min	1
minits	min	1
mints	min	1
mnts	min	1
m	min	1
hour	min	60	bare
hours	min	60
hr	min	60
hrs	min	60
h	min	60
second	min	0.0167
seconds	min	0.0167
sec	min	0.0167
secs	min	0.0167
time	count	1
times	count	1
x	count	1
call	count	1
calls	count	1
attempt	count	1
attempts	count	1
email	count	1
emails	count	1
e-mail	count	1
e-mails	count	1
visit	count	1
visits	count	1
letter	count	1
letters	count	1
message	count	1
messages	count	1
complaint	count	1
complaints	count	1
+ I waited 45min = 45
+ on hold for 20-30 minutes = 30
+ 1.5 hours in the queue = 90
+ hour and a half on the line = 90
+ over an hour on hold = 60
+ called 4 times already = 4x
+ I wrote 3x and nothing = 3x
+ this is my 5th call about it = 5x
- the queue was long
- I called again
- it took three days to arrive
