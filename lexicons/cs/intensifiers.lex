# Czech intensifiers: adverbs (and particles) that make a complaint more heated.
velmi
velice
hrozně
strašně
příšerně
úplně
naprosto
absolutně
totálně
extrémně
fakt
fakticky
opravdu
vážně
děsně
šíleně
neskutečně
neuvěřitelně
nehorázně
ukrutně
pekelně
brutálně
zoufale
katastrofálně
otřesně
hnusně
nesmírně
mimořádně
neskonale
maximálně
+ paní byla strašně nepříjemná
+ jsem fakt naštvaný
+ uplne sileny pristup, desne dlouho
- paní byla nepříjemná
- zavolám zítra
