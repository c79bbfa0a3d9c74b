# Profanity, including the spellings people use to soften it.
damn
damned
dammit
goddamn
shit*
shite
bullshit
bs
fuck*
fck*
fk
fkn
fking
ffs
wtf
stfu
omfg
effing
crap
crappy
bloody
hell
piss*
arse
arsehole
ass
asshole
bastard*
bitch*
bollocks
wanker*
twat*
prick*
+ this is fucking ridiculous
+ what the hell is going on
+ crap service again
+ ffs just fix it
+ I am so pissed off
- this is ridiculous
- hello, can you help
- a classic mistake
