# Asks for an apology, or complains that no one apologised ("nihče se ni
# opravičil", "brez opravičila": noneg, the missing apology is the
# complaint).  "Hvala za opravičilo" is not here.
(pricakujem*|pricakujemo|pricakujeva|zahtevam*|zahtevamo|hocem|zelim*|terjam|zasluzim|zasluzimo|dolgujete|zahtevava|zasluziva|dolgujeta) ~3 (opravicil*|opravicila|opravicilo|opravicite|opraviciti|opravicenj*|opravicita)
(opravicite|opravicila|opraviciti|opravicita) ~3 (bi|morali|moral|morala|morate|vsaj|najmanj|morata)
(moral|morala|morali|morate|bi|morata) ~3 opravicit*
(vsaj|niti|najmanj|javn*|pisn*|uradn*|osebn*|javen|pisen|uraden|oseben) ~1 (opravicil*|opravicila|opravicilo|opravicite|opraviciti|obzalovanj*|opravicita)
se mi opravicite
da se ~2 opravicite
(ni|niso|nista|nihce|nobeden|nobena|noben|brez|nobenega|nikoli|niti|ne) ~3 (opravicil*|opravicila|opravicilo|oprosti|oprostite|opravicila|sori|oprostita) | noneg
opravicil* ~2 (nobenega|noben|nic|ni) | noneg
(oprosti|oprostite|sori|oprostita) ~2 (ni|niso|ne|nista) ~1 (rekel|reku|reko|rekla|rekli|rekl|rekel|znal*|slisal*) | noneg
# "še opravičila nisem dobil", "opravičilo bi bilo na mestu", "ena sama
# beseda 'oprostite' bi zadostovala"
(opravicil*|opravicila|opravicilo) ~2 (nisem|nism|nisn|nismo|nisva|niso|niste|nihce|nobeden|nista) | noneg
(opravicil*|opravicila|opravicilo|oprostite|oprosti|oprostita) ~1 bi ~4 (zadostoval*|zadoscalo|prislo|pricakoval*|pricakovala|prav|mestu|primerno|lepo|dovolj|spodobilo)
(beseda|besedo|besedica|besedico|besed|izraz|izraza|kanc|kancek|trohice|sled|sledu) ~2 (oprostite|oprosti|opravicilo|opravicila|sorry|sori|zal|obzalovanj*|opravicevanj*|oprostita)
(pricakujem*|pricakujemo|zahtevam*|zahtevamo|hocem|zelim*|terjam|pricakujeva|zahtevava) ~3 (opravicijo|opravici|opravicis|opraviciste|opravicita)
+ Nihče se ni niti opravičil.
+ Pričakujem pisno opravičilo vašega direktorja.
+ brez opravicila, brez pojasnila
+ Potem ko se je drla name, bi se mi morala vsaj opravičiti.
+ Opravičilo bi bilo na mestu.
+ se opravicila nisem dobil
- Hvala za opravičilo in hitro rešitev.
- Operater se je takoj opravičil in popravil napako.
- Opravičilo bi bilo odveč, saj je bilo vse v redu.

# --- pass 3 ---
# "naj se prodajalka opraviči", "opravičilo je najmanj"
(naj|nej|bi|morate|mora|morajo|morala|morata) ~1 se ~3 (opravici|opravicijo|opravicite|opravicita|opravicil*|opravicila)
(opravicil*|opravicila|opravicilo) ~3 (najmanj|minimum|dolzni|dolzna|dolzen)
+ Naj se prodajalka opraviči, to je najmanj.
+ Opravičilo je najmanj, kar ste mi dolžni.
- Prodajalka se je takoj opravičila.
- Hvala za opravičilo.

# --- pass 6 ---
# "niti sorry ni rekla", "še danes opravičila nisem dobil"
(niti|nobenega|noben|brez) ~2 (sorry|sori|pardon|oprostite|oprosti|oprostita) | noneg
(sorry|sori|pardon) ~2 (ni|niso|ne|nisem|nista) ~1 (rekel|reku|reko|rekla|rekli|rekl|znal*|slisal*|slisala|dobil*|dobila) | noneg
(opravicil*|opravicila|opravicilo) ~5 (nisem|nism|nisn|nismo|nisva|niso|niste|nista) ~1 (dobil*|dobila|prejel*|prejela|slisal*|slisala|dobili|prejeli|videl*|videla) | noneg
+ Niti pardon ni rekel, ko me je polil.
+ Opravičila od nikogar še do danes nisem prejela.
- Takoj je rekel sorry in popravil.
- Prejel sem opravičilo in popust, hvala.
# round 7: "da se mi nekdo opraviči", "naj se mi kdo opraviči"
(da|naj) se (mi|nam|nama) ~2 (opravici|opravicijo|opravicite|opravicita)
(ni|niso|nista) niti ~1 (opravicil*|opravicila) | noneg
+ Zahtevam, da se mi nekdo opraviči.
+ Natakar se ni niti opravičil.
+ Naj se nam kdo vsaj opraviči za zamudo.
- Opravičili so se in vse uredili.
- Se opravičujem za dolgo sporočilo.

# r8: demanded that someone apologise (past tense)
(zahteval*|zahtevala|zahtevali|terjal*|pricakoval*) ~4 (opravici|opravicijo|opravicil*|opravicila|opravicilo|opraviciti|opravicita)
+ Zahteval sem, da se natakar opraviči.
+ Pričakovala sem vsaj opravičilo.
- Natakar se je opravičil, še preden sem kaj rekel.
# r9a: nobody admitted fault or said they were sorry (the missing apology is the complaint)
(ni|niso|nista|nihce|nobeden|nobena|noben) ~4 (priznal*|priznala|priznali|priznal) ~2 (napak*|krivd*|zmot*|odgovornost*|spodrsljaj*)
(ni|niso|nista|nihce|nobeden|nobena|noben) ~6 da (mu|ji|jim|jima|nam|nama) je ~1 (zal|zaz|hudo|nerodno) | noneg
(ni|niso|nista|nihce|nobeden|nobena|noben) ~4 (izrazil*|izrazila|izrazili|pokazal*) ~2 (obzalovanj*|sozalj*|obzalovan*) | noneg
(vsaj|niti|najmanj|pricakujem*|pricakoval*|pricakovala|zahtevam*) ~4 (obzalovanj*|obzalovan*)
+ Prodajalec ni niti priznal svoje napake, kaj šele da bi se opravičil.
+ nihce od vodstva ni rekel da jim je zal
+ Vodja niti obžalovanja ni izrazila.
+ Od banke bi pričakoval vsaj kanček obžalovanja.
- Vodja je priznal napako in se opravičil.
- Žal mi je, da vam moram pisati, a paket ni prišel.

# r12a: "is it so hard to say sorry", "where is your apology", "it would be proper to apologise"
(tezko|tezk*|problem|zahtevno) ~3 (rec*|reci|rect|izrec*|izustit*|napisat*|napisati) ~2 (oprostite|oprosti|sorry|sori|pardon|zal|opravicilo|opravicila|oprostita)
(tezko|tezk*|problem) ~3 (opravicit*|opraviciti|oprostiti)
kje ~3 (opravicil*|opravicilo|opravicila)
(nobenega|noben|niti|nobene|brez) ~1 zal ~1 (nam|mi|jim|ji|mu|nama) ~1 je | noneg
(zasluzim*|zasluzi|zasluzimo|dolgujete|vsaj|najmanj|zasluziva|dolgujeta) ~3 (oprostite|oprosti|sorry|sori|pardon|oprostita)
(spodobi*|spodobil*|primerno|prav|normalno|vljudno|samoumevno|logicno|obicajno) ~5 (opravicit*|oprostiti|opravici|opravicijo|opravicite|opravicita) | noneg
(prosim|prosimo|zahtevam|zahtevamo|pricakujem|pricakujemo|zelim|zelimo|hocem|predlagam|prosiva|zahtevava|pricakujeva|zeliva) ~12 se (mi|nam|mu|ji|jim|moji|mojemu|nama) ~2 (opravici|opravicijo|opravicite|opraviciti|opravicita)
+ A je res tako težko reči oprostite?
+ Kje je vaše opravičilo?
+ Še vedno nobenega žal nam je.
+ Mislim, da si zaslužim vsaj en oprostite.
+ Za tako ravnanje bi se spodobilo vsaj oprostiti.
- Oprostite, ali lahko spremenim naslov?
- Kje lahko oddam reklamacijo?

# r12a-2: still waiting for an apology; "will you ever apologise?"
(cakam|cakamo|cakava|pocakam) ~4 (opravicil*|opravicilo)
(boste|bodo|bo|bos) ~2 (kdaj|sploh|vsaj|ze|morda) ~1 (opravicili|opravicil*|opravicila) | noneg
+ Čakam še na vaše opravičilo.
+ Ali se boste kdaj opravičili?
- Ali se boste udeležili sestanka?
# --- sl14a: paraphrase families ---
# imperative or ultimatum: "ali se opravičite ali grem", "opravičite se!"
(ali|naj|takoj) se ~1 (opravicite|opravicijo|opravici|opravicita)
opravicite se
+ Ali se opravičite ali grem na inšpektorat.
+ Opravičite se za to!
- Se opravičite vedno tako hitro? Hvala.
# sl16: dual and plural requests: "zahtevava opravičilo", "pričakujeva opravičilo"
(zahtevava|zahtevata|pricakujeta|zelimo|zeliva|hocemo|hoceva|terjamo|terjava) ~3 (opravicil*|opravicila|opravicilo|opravicite|opraviciti|opravicita)
+ Z mamo zahtevava opravičilo.
+ Hočemo opravičilo, in to pisno.
+ Od vas želiva opravičilo.
- Opravičilo smo dobili, hvala.
# sl18b: inflection pass
+ Z ženo zahtevava opravičilo.
- Opravičila ne zahtevava, samo popravilo.
