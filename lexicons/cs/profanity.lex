# Czech profanity and vulgar insults (single words), including the forms
# typed without diacritics.
kurva
kurvy
kurvo
kurvou
kurvu
kurvě
kurev
kurevsk*
zkurven*
vykurven*
kurvafix
hovno
hovna
hovnem
hovnu
hovny
hovadin*
prdel*
doprdele
zasran*
posran*
nasran*
nasral*
nasrat
sračk*
sere
seru
serou
vyser*
píča
píčo
píčovin*
pičovin*
dopíči
zmrd*
hajzl*
čurák*
kokot*
debil*
idiot*
kretén*
blbec
blbci
blbče
sakra
ksakru
krucinál*
kruci
háje
hergot
wtf
fuck*
shit
+ to je fakt kurva zasraná služba
+ sakra, už zase nefunguje
+ do prdele s takovou firmou
+ zkurvena aplikace a posrany web
- to je fakt špatná služba
- zadní sedadlo bylo špinavé
