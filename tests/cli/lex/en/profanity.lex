# Profanity, including the spellings people use to soften it.
damn
damned
shit*
fuck*
f*ck*
crap
crappy
bloody
hell
wtf
bullshit
+ this is fucking ridiculous
+ what the hell is going on
+ crap service again
- this is ridiculous
- hello, can you help
