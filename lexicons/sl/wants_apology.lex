# Asks for an apology, or complains that no one apologised ("nihče se ni
# opravičil", "brez opravičila": noneg, the missing apology is the
# complaint).  "Hvala za opravičilo" is not here.
(pricakujem*|pricakujemo|pricakujeva|zahtevam*|zahtevamo|hocem|zelim*|terjam|zasluzim|zasluzimo|dolgujete) ~3 (opravicil*|opravicila|opravicilo|opravicite|opraviciti|opravicenj*)
(opravicite|opravicila|opraviciti) ~3 (bi|morali|moral|morala|morate|vsaj|najmanj)
(moral|morala|morali|morate|bi) ~3 opravicit*
(vsaj|niti|najmanj|javn*|pisn*|uradn*|osebn*|javen|pisen|uraden|oseben) ~1 (opravicil*|opravicila|opravicilo|opravicite|opraviciti)
se mi opravicite
da se ~2 opravicite
(ni|niso|nista|nihce|nobeden|nobena|noben|brez|nobenega|nikoli|niti|ne) ~3 (opravicil*|opravicila|opravicilo|oprosti|oprostite|opravicila|sori) | noneg
opravicil* ~2 (nobenega|noben|nic|ni) | noneg
(oprosti|oprostite|sori) ~2 (ni|niso|ne) ~1 (rekel|rekla|rekli|rekel|znal*|slisal*) | noneg
+ Nihče se ni niti opravičil.
+ Pričakujem pisno opravičilo vašega direktorja.
+ brez opravicila, brez pojasnila
+ Potem ko se je drla name, bi se mi morala vsaj opravičiti.
- Hvala za opravičilo in hitro rešitev.
- Operater se je takoj opravičil in popravil napako.
