# Slovenian negation cues (single words, matched on the fold form, so
# "nič" and "nic", "nihče" and "nihce" are one entry each).  A cue before a
# hit in the same clause (at most 3 words before it) or inside its span
# negates the hit.  Slovenian negation is a separate word ("ni bil
# nesramen", "nisem čakal"); rules that contain their own negation ("nihče
# se ni oglasil", "ni v naši pristojnosti") are marked noneg in the tag
# files.
#
# the particle and the negated forms of biti
ne
ni
nisem
nisi
nisva
nista
nismo
niste
niso
# negative pronouns and adverbs, all cases
nihce
nikogar
nikomur
nikomer
nic
nicesar
nicemur
nicemer
nicimer
noben*
nobeden
nikoli
nikdar
nikjer
nikamor
nikakor
nikakrsen*
# "brez čakanja", "brez težav"; rules where brez is the complaint itself
# ("brez odgovora", "brez opravičila") are noneg
brez
# hypothetical "če" ("če bi me pustili čakati", "če me ne pokličejo"): a
# conditional asserts nothing about what happened.  Threats that follow a
# condition stand further away than three words and are not affected.
ce
# "manj kot minuto": a short wait is no complaint
manj
+ Nihče ni bil nesramen, vse je bilo korektno.
+ Čakal nisem niti minute.
+ nic se ni zgodilo, brez cakanja
+ Nobena prodajalka me ni silila v nakup.
+ Če bi me pustili čakati, bi se jezil.
- Čakal sem dve uri.
- Prodajalka je bila nesramna.
- Vse je potekalo nemoteno in hitro.
+ Čakal sem manj kot dve minuti.
