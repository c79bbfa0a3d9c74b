# Profanity (Dutch), including the softened spellings people use.
verdomme
godverdomme
godver*
goddomme
potverdomme
verdomd*
verdorie
gadverdamme
getver
kut*
klote*
kloten
klootzak*
shit*
tering*
tyfus*
tiefus*
kanker*
kolere*
pleuris*
sodemieter*
sodeju
fuck*
fck*
wtf
gvd
ffs
bullshit
lul
lullig*
lulverhaal
eikel*
teringzooi
+ wat een kutbedrijf
+ godverdomme, weer niks
+ klotezooi is het
+ tering wat een service
- wat een slecht bedrijf
- het is weer niet gelukt
