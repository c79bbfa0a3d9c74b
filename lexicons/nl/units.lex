# Units (Dutch): PATTERN<TAB>min|count<TAB>VALUE[<TAB>bare].
# min units turn a stated wait into minutes; count units count contacts
# ("3 keer", "5x", "4 telefoontjes").  bare: a lone unit counts as one.
minu*	min	1
min	min	1
mins	min	1
uur	min	60
uren	min	60
uurtje	min	60
uurtjes	min	60
u	min	60
h	min	60
hr	min	60
hrs	min	60
halfuur	min	30	bare
halfuurtje	min	30	bare
kwartier	min	15	bare
kwartiertje	min	15	bare
seconde*	min	0.0167
sec	min	0.0167
# Days and weeks are left out on purpose: complaints that mention a queue
# usually also say "al een week" or "binnen 48 uur" about something else,
# and the longest stated duration would win.
keer	count	1
keren	count	1
keertje*	count	1
maal	count	1
malen	count	1
x	count	1
telefoontje*	count	1
belletje*	count	1
gesprekken	count	1
mail	count	1
mails	count	1
mailtje*	count	1
e-mail*	count	1
email*	count	1
berichten	count	1
berichtjes	count	1
bezoeken	count	1
herinnering*	count	1
reminder*	count	1
klacht	count	1
klachten	count	1
melding	count	1
meldingen	count	1
+ ik heb 45min in de wacht gestaan = 45
+ 20-30 minuten in de wachtrij = 30
+ 1,5 uur aan de lijn = 90
+ een kwartier gewacht = 15
+ ik heb 2u gewacht = 120
+ al 4 keer gebeld = 4x
+ ik heb 3x gemaild en niks = 3x
+ na 6 telefoontjes nog steeds niks = 6x
+ dit is al mijn derde klacht hierover = 3x
- de wachtrij was lang
- ik belde opnieuw
