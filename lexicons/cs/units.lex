# Czech units: PATTERN<TAB>min|count<TAB>VALUE[<TAB>bare].  min units turn a
# stated wait into minutes; count units count contacts (3 krát, 5x).
# bare: the unit alone counts one (čekal jsem hodinu, hodinové čekání).
# Days and weeks are not units, as in the other languages: they say how late
# a parcel or a reply is, not how long a hold lasted.
min	min	1
minut*	min	1
minutk*	min	1
minutu	min	1	bare
minutku	min	1	bare
hod	min	60
h	min	60
hodin*	min	60
hodinu	min	60	bare
hodinku	min	60	bare
hodinové	min	60	bare
hodině	min	60	bare
hodinovém	min	60	bare
hodinovou	min	60	bare
hodinového	min	60	bare
půlhodin*	min	30	bare
půlhodinku	min	30	bare
čtvrthodin*	min	15	bare
dvouhodinov*	min	120	bare
tříhodinov*	min	180	bare
sekund*	min	0.0167
sec	min	0.0167
krát	count	1
kráte	count	1
x	count	1
# contacts counted by what was sent or made: "tři e-maily", "po pěti hovorech"
hovor*	count	1
telefonát*	count	1
e-mail*	count	1
email*	count	1
mail*	count	1
zpráv*	count	1
návštěv*	count	1
urgenc*	count	1
+ čekal jsem 45min = 45
+ na lince 20-30 minut = 30
+ čekala jsem 1,5 hodiny = 90
+ visel jsem na telefonu hodinu = 60
+ cekal jsem pul hodiny a nic = 30
+ po dvou hodinách čekání = 120
+ hodinové čekání na lince = 60
+ ve frontě 2h = 120
+ volal jsem 4 krát = 4x
+ psala jsem 3x a nic = 3x
- fronta byla dlouhá
- zase jsem volal
+ poslala jsem tři e-maily a nic = 3x
+ po pěti hovorech pořád nic = 5x
+ na lince jsem čekal dvě a půl hodiny = 150
