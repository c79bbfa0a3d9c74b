# Slovenian intensifiers: adverbs that make a complaint more heated.
# Single words, fold form ("strašno" = "strasno").
zelo
res
resnicno
zares
izjemno
izredno
popolnoma
povsem
totalno
absolutno
strasno
grozno
grozljivo
hudo
cisto
skrajno
neverjetno
nezaslisano
nadvse
silno
ekstremno
brutalno
noro
ful
presneto
neznansko
dobesedno
+ Prodajalka je bila zelo nesramna.
+ To je popolnoma nesprejemljivo.
+ cisto na koncu z zivci sem, grozno
+ Strašno zadirčen gospod.
- Prodajalka je bila nesramna.
- Paket je prispel v petek.
