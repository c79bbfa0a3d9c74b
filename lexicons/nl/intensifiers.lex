# Intensifiers (Dutch): words that make a complaint more heated.
heel
erg
enorm
enorme
ontzettend
ontzettende
super
echt
zo
zó
vreselijk
vreselijke
verschrikkelijk
verschrikkelijke
hartstikke
knetter*
extreem
extreme
ontiegelijk
ontieglijk
ongelooflijk
ongelofelijk
ongelooflijke
ongelofelijke
waanzinnig
absoluut
totaal
compleet
volstrekt
ronduit
uiterst
zeer
mega
giga
kei
onwijs
bizar
bizarre
belachelijk
zwaar
dood
intens
eindeloos
+ de medewerker was ontzettend onbeleefd
+ ik ben hartstikke boos
+ echt belachelijk dit
+ knettergek word ik ervan
- de medewerker was onbeleefd
- ik ben boos
- bedankt voor de hulp
