# The problem is still not fixed after contacting the company; repeated
# contacts without result.  The number of contacts comes from numbers.lex
# (tretjič, petkrat) and units.lex (5x, 3 klici).
#
# still not working / not fixed (noneg: the negation is the complaint)
(se|vedno) (ne|ni|niso|nisem|nism|nisn|nismo|nimam|nimamo|nima) ~1 (dela|deluje|delajo|delujejo|gre|resen*|resena|reseno|urejen*|popravljen*|odpravljen*|vrnjen*|povrnjen*|mogel|mogu|mogla|mogl|mogli|uspel*|signala|interneta|elektrike|vode|toka|ogrevanja|povezave|dostopa|denarja|vracila|najde|najdejo|ugotovil*|ugotovijo) | noneg
# "še kar ne dela", "še zmeraj ni rešeno" (not "se to ne dela": se is also
# the reflexive)
se (kar|zmeraj|zmerom|vedno|sploh|danes|zdaj|sedaj|nic|zmer) (ne|ni|niso|nisem|nism|nisn|nismo|nimam|nimamo|nima) ~1 (dela|deluje|delajo|delujejo|gre|resen*|resena|reseno|urejen*|popravljen*|odpravljen*|vrnjen*|povrnjen*|mogel|mogu|mogla|mogl|mogli|uspel*|signala|interneta|elektrike|vode|toka|ogrevanja|povezave|dostopa|denarja|vracila|najde|najdejo|ugotovil*|ugotovijo) | noneg
(napak*|tezav*|problem*|okvar*|zadeva|reklamacij*|napaka) ~2 se vedno
(dvakrat|trikrat|stirikrat|petkrat|veckrat|nestetokrat) ~2 pri (meni|nas|hisi)
se vedno ~1 (ni|nimam|nimamo|nisem|nism|nisn|nismo|niso|ne) | noneg, weight=0.5
(nima*|ni) se ~1 danes | noneg
se danes ~2 (ne|ni|nimam|nimamo) | noneg
(ni|niso|ne) ~2 (resen*|resil*|urejen*|uredil*|popravljen*|popravil*|odpravljen*|odpravil*) | noneg, weight=0.5
neresen*
nic ~2 (spremenil*|premaknil*|premakne|zgodilo|naredil*) | noneg
(ne|ni) ~1 (premakne|premaknilo|spremeni|spremenilo|ureja|uredi|resuje|resi) ~1 (nic|nicesar) | noneg
ne ureja ~2 nic | noneg
# the fault stays: "napaka ostaja", "okvara še kar traja"
(napak*|okvar*|problem*|tezav*|zadev*|stanje) ~2 (ostaja|ostajajo|ostal*|traja|trajajo|vztraja|ponavlja)
(ponovno|spet|zopet|znova) ~2 (pokvaril*|odpovedal*|crknil*|ugasnil*|zataknil*|crkne|crknejo|odpove|odpovejo|ugasne|zmrzne|zamrzne|izpade|izpada|zablokira|nagaja|zatakne|steka)
(spet|zopet) (isto|ista|enako)
(spet|zopet) isti (problem|napaka|tezava|okvara|zaplet|racun|izpad)
(spet|zopet|ponovno) ~2 ne ~1 (dela|deluje|delajo|gre) | noneg
(ze|ves|vse|cel|teden|tedna|dni|dan|mesec*) ~3 brez ~1 (interneta|signala|elektrike|vode|toka|telefona|televizije|ogrevanja|povezave|storitve) | noneg
vsak dan ~1 (klicem|pisem|klicemo|urgiram|prosim)
# repeated contacts: "že tretjič kličem", "trikrat sem bila v poslovalnici"
ze (drugic|tretjic|cetrtic|petic|sestic|sedmic|desetic|stotic|veckrat|nestetokrat|kolikokrat)
(drugic|tretjic|cetrtic|petic|sestic|sedmic|osmic|devetic|desetic) ~3 (klic*|pis*|prijavlja*|posilja*|kontaktira*|reklamira*|obracam|sem|sm|sn|smo|vas|vam|zahtevam|prosim|prihajam)
(dvakrat|trikrat|stirikrat|petkrat|sestkrat|sedemkrat|osemkrat|devetkrat|desetkrat|veckrat|nestetokrat|stokrat|kolikokrat) ~2 (sem|sm|sn|smo|sva) ~3 (klical*|klicala|pisal*|pisala|poslal*|prijavil*|prijavila|reklamiral*|kontaktiral*|bil|bila|bla|bili|bli|obrnil*|zglasil*|oglasil*|posredoval*|urgiral*|prisel|prisla|oddal*|vlozil*)
(klical*|klicala|pisal*|pisala|poslal*|poslala|prijavil*|prijavila|reklamiral*|kontaktiral*|bil|bila|bla|bili|bli|obrnil*|oglasil*|urgiral*|prisel|prisla|oddal*) ~1 (sem|sm|sn|smo|sva) ~4 (dvakrat|trikrat|stirikrat|petkrat|sestkrat|sedemkrat|osemkrat|devetkrat|desetkrat|veckrat|nestetokrat|stokrat)
(sem|sm|sn|smo|sva) ~1 (klical*|klicala|pisal*|pisala|poslal*|poslala|prijavil*|prijavila|reklamiral*|kontaktiral*|urgiral*|oddal*|vlozil*|zamenjal*|nesel|nesla) ~3 (dvakrat|trikrat|stirikrat|petkrat|sestkrat|sedemkrat|osemkrat|devetkrat|desetkrat|veckrat|nestetokrat|stokrat)
po (dveh|treh|stirih|petih|sestih|desetih|vec|stevilnih|nestetih) ~1 (klic*|sporocil*|obisk*|mail*|e-mail*|reklamacij*|pogovor*|urgenc*|prosnj*|pritozb*|intervencij*|posegih|poskusih) | weight=0.5
stanje ~2 (enako|isto|nespremenjeno|nespremenjen*|enak)
(dvakrat|trikrat|stirikrat|petkrat|sestkrat|veckrat|nestetokrat|stokrat) ~3 (klicem|pisem|prihajam|posiljam|prijavljam|urgiram|reklamiram)
(klicem|pisem|prihajam|posiljam|prijavljam|urgiram|reklamiram) ~3 (dvakrat|trikrat|stirikrat|petkrat|sestkrat|veckrat|nestetokrat|stokrat)
(x|krat) ~2 (sem|sm|sn|smo) ~2 (klical*|klicala|pisal*|pisala|poslal*|poslala|prijavil*|prijavila|reklamiral*|bil|bila|bla|bili|bli|urgiral*)
(klical*|klicala|pisal*|pisala|poslal*|poslala|prijavil*|prijavila|reklamiral*|urgiral*) ~3 (x|krat)
(zaradi|glede) ~1 (ist*|enak*) ~1 (napak*|tezav*|problem*|racun*|zadev*|okvar*|reklamacij*)
(prijavljam|prijavila|prijavil|reklamiram|javljam|sporocam|pisem) ~3 (ist*|enak*) ~1 (napak*|tezav*|problem*|okvar*)
po ~1 (vseh|stevilnih|vecih|nestetih|neskoncnih|dolgih|tolikih|vec) ~2 (klic*|sporocil*|obisk*|mail*|e-mail*|reklamacij*|pogovor*|urgenc*|prosnj*|pritozb*|intervencij*)
(brez|nobenega|nobene) ~1 (rezultat*|uspeh*|resitv*|napredk*|premika|izboljsanja|izboljsav*) | noneg
nihce ~3 (resi*|popravi*|uredi*|odpravi*) | noneg
nihce ~2 ne ~1 (resi|popravi|uredi|odpravi|naredi) | noneg
(denarja|vracila|nakazila|zneska|interneta|signala) ~1 (pa|se) ~1 ni | noneg
(placujem|placujemo|zaracunavate|zaracunavajo|zaracunava) ~3 (prevec|naprej)
kljub ~3 (klic*|klicem|reklamacij*|sporocil*|obisk*|prijav*|pritozb*|urgenc*|mail*|e-mail*|intervencij*|posegom|popravil*|obljub*|zagotovil*)
(drugi|tretji|cetrti|peti|sesti|drugic|tretjic) (mesec|teden|dan|racun|leto) zapored
se vedno ~1 (pusca|puscajo|ugasne|crkne|odpove|zmrzne|blokira|izpada|izpade|pada|zamrzne|sumi|smrdi|kaze|zaracunava*|prihaja*)
(se|vedno) ~1 (placujem|placujemo|zaracunavate|zaracunavajo|zaracunava)
# how long it has dragged on, and nothing changed: "ni odpravljena že cel
# mesec", "tak kot prej", "že tretji mesec"
ze ~2 (mesec|meseca|mesece|mesecev|tedne|tedna|tednov|teden|leto|let) | noneg, weight=0.5
(tak|taksen|taka|taksna|enak|enaka) ~1 kot (prej|poprej) | weight=0.5
ze (drugi|tretji|cetrti|peti|sesti|sedmi|osmi|deseti) (mesec|teden|racun|leto|vikend)
(interneta|signala|elektrike|vode|toka|ogrevanja|povezave|televizije|telefona|tv) ~1 (pa|se|sploh|spet|zopet|vedno) ~1 (ni|nimam|nimamo|nima|nimajo) | noneg
se vedno ~2 (pokvarjen*|okvarjen*|neuporabn*|neuporaben|crknjen*|mrtev|mrtva|mrtvo|zlomljen*|neresen*|nedelujoc*)
+ Klicem vas ze drugic ta teden, televizija pa se vedno ne dela.
+ Trikrat sem bila v poslovalnici zaradi istega računa, problem ostaja.
+ Po vseh teh klicih se ni nič spremenilo.
+ 5x sem vam pisal in ne ureja se nic.
+ Napaka še vedno ni odpravljena.
+ Težava ni odpravljena že tri tedne.
+ signala pa se vedno nimam
- Težavo so rešili v eni uri, hvala.
- Kako dolgo traja prenos številke?
- Dvakrat so mi zaračunali naročnino, prosim za vračilo.
- Pri nas se to ne dela, je rekla prodajalka.
+ Po petih obiskih servisa je stroj še vedno pokvarjen.
- Stroj je bil pokvarjen, a so ga popravili v enem dnevu.
