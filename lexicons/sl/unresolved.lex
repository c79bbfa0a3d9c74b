# The problem is still not fixed after contacting the company; repeated
# contacts without result.  The number of contacts comes from numbers.lex
# (tretjič, petkrat) and units.lex (5x, 3 klici).
#
# still not working / not fixed (noneg: the negation is the complaint)
(se|vedno) (ne|ni|niso|nisem|nism|nisn|nismo|nimam|nimamo|nima|nista|nisva|nimava) ~1 (dela|deluje|delajo|delujejo|gre|resen*|resena|reseno|urejen*|popravljen*|odpravljen*|vrnjen*|povrnjen*|mogel|mogu|mogla|mogl|mogli|uspel*|signala|interneta|elektrike|vode|toka|ogrevanja|povezave|dostopa|denarja|vracila|najde|najdejo|ugotovil*|ugotovijo|zakljucen*|koncan*|obdelan*|radi|rade|delata|delujeta|najdeta|ugotovita) | noneg
# "še kar ne dela", "še zmeraj ni rešeno" (not "se to ne dela": se is also
# the reflexive)
se (kar|kr|zmeraj|zmerom|vedno|sploh|danes|zdaj|sedaj|zdej|nic|zmer) (ne|ni|niso|nisem|nism|nisn|nismo|nimam|nimamo|nima|nista|nisva|nimava) ~1 (dela|deluje|delajo|delujejo|gre|resen*|resena|reseno|urejen*|popravljen*|odpravljen*|vrnjen*|povrnjen*|mogel|mogu|mogla|mogl|mogli|uspel*|zamenjal*|spremenil*|uredil*|resil*|popravil*|signala|interneta|elektrike|vode|toka|ogrevanja|povezave|dostopa|denarja|vracila|najde|najdejo|ugotovil*|ugotovijo|zakljucen*|koncan*|obdelan*|pusti|pustijo|vzge|hladi|greje|prizge|zazene|odpre|nalozi|poveze|sprejme|prime|polni|tiska|vrti|radi|rade|delata|delujeta|najdeta|ugotovita|pustita) | noneg
(napak*|tezav*|problem*|okvar*|zadeva|reklamacij*|napaka) ~2 se vedno
(dvakrat|trikrat|stirikrat|petkrat|veckrat|nestetokrat) ~2 pri (meni|nas|hisi|naju)
se vedno ~1 (ni|nimam|nimamo|nisem|nism|nisn|nismo|niso|ne|nimava|nisva|nista) | noneg, weight=0.5
(nima*|ni) se ~1 danes | noneg
se danes ~2 (ne|ni|nimam|nimamo|nimava) | noneg
(ni|niso|ne|nista) ~2 (resen*|resil*|urejen*|uredil*|popravljen*|popravil*|odpravljen*|odpravil*) | noneg, weight=0.5
neresen*
nic ~2 (spremenil*|premaknil*|premakne|zgodilo|naredil*) | noneg
(ne|ni) ~1 (premakne|premaknilo|spremeni|spremenilo|ureja|uredi|resuje|resi) ~1 (nic|nicesar) | noneg
ne ureja ~2 nic | noneg
# the fault stays: "napaka ostaja", "okvara še kar traja"
(napak*|okvar*|problem*|tezav*|zadev*|stanje) ~2 (ostaja|ostajajo|ostal*|traja|trajajo|vztraja|ponavlja|ostajata|trajata)
(ponovno|spet|zopet|znova) ~2 (pokvaril*|odpovedal*|crknil*|ugasnil*|zataknil*|crkne|crknejo|odpove|odpovejo|ugasne|zmrzne|zamrzne|izpade|izpada|zablokira|nagaja|zatakne|steka|crkneta|odpoveta)
(spet|zopet) (isto|ista|enako)
(spet|zopet) isti (problem|napaka|tezava|okvara|zaplet|racun|izpad)
(spet|zopet|ponovno) ~2 ne ~1 (dela|deluje|delajo|gre|delata) | noneg
(ze|ves|vse|cel|teden|tedna|dni|dan|mesec*) ~3 brez ~1 (interneta|signala|elektrike|vode|toka|telefona|televizije|ogrevanja|povezave|storitve) | noneg
vsak dan ~1 (klicem|pisem|klicemo|urgiram|prosim|kliceva)
# repeated contacts: "že tretjič kličem", "trikrat sem bila v poslovalnici"
ze (drugic|tretjic|cetrtic|petic|sestic|sedmic|desetic|stotic|veckrat|nestetokrat|kolikokrat|velikokrat|stokrat|tisockrat|milijonkrat|mnogokrat|sto|tisoc)
(drugic|tretjic|cetrtic|petic|sestic|sedmic|osmic|devetic|desetic) ~3 (klic*|pis*|prijavlja*|posilja*|kontaktira*|reklamira*|obracam|sem|sm|sn|smo|vas|vam|zahtevam|prosim|prihajam|sva|vaju|vama)
(dvakrat|trikrat|stirikrat|petkrat|sestkrat|sedemkrat|osemkrat|devetkrat|desetkrat|veckrat|nestetokrat|stokrat|kolikokrat) ~2 (sem|sm|sn|smo|sva) ~3 (klical*|klicala|pisal*|pisala|poslal*|prijavil*|prijavila|reklamiral*|kontaktiral*|bil|bila|bla|bili|bli|obrnil*|zglasil*|oglasil*|posredoval*|urgiral*|prisel|prisla|oddal*|vlozil*)
(klical*|klicala|pisal*|pisala|poslal*|poslala|prijavil*|prijavila|reklamiral*|kontaktiral*|bil|bila|bla|bili|bli|obrnil*|oglasil*|urgiral*|prisel|prisla|oddal*) ~1 (sem|sm|sn|smo|sva) ~4 (dvakrat|trikrat|stirikrat|petkrat|sestkrat|sedemkrat|osemkrat|devetkrat|desetkrat|veckrat|nestetokrat|stokrat)
(sem|sm|sn|smo|sva) ~1 (klical*|klicala|pisal*|pisala|poslal*|poslala|prijavil*|prijavila|reklamiral*|kontaktiral*|urgiral*|oddal*|vlozil*|zamenjal*|nesel|nesla) ~3 (dvakrat|trikrat|stirikrat|petkrat|sestkrat|sedemkrat|osemkrat|devetkrat|desetkrat|veckrat|nestetokrat|stokrat)
po (dveh|treh|stirih|petih|sestih|desetih|vec|stevilnih|nestetih) ~1 (klic*|sporocil*|obisk*|mail*|e-mail*|reklamacij*|pogovor*|urgenc*|prosnj*|pritozb*|intervencij*|posegih|poskusih) | weight=0.5
stanje ~2 (enako|isto|nespremenjeno|nespremenjen*|enak)
(dvakrat|trikrat|stirikrat|petkrat|sestkrat|veckrat|nestetokrat|stokrat) ~3 (klicem|pisem|prihajam|posiljam|prijavljam|urgiram|reklamiram)
(klicem|pisem|prihajam|posiljam|prijavljam|urgiram|reklamiram) ~3 (dvakrat|trikrat|stirikrat|petkrat|sestkrat|veckrat|nestetokrat|stokrat)
(x|krat) ~2 (sem|sm|sn|smo|sva) ~2 (klical*|klicala|pisal*|pisala|poslal*|poslala|prijavil*|prijavila|reklamiral*|bil|bila|bla|bili|bli|urgiral*)
(klical*|klicala|pisal*|pisala|poslal*|poslala|prijavil*|prijavila|reklamiral*|urgiral*) ~3 (x|krat)
(zaradi|glede) ~1 (ist*|enak*) ~1 (napak*|tezav*|problem*|racun*|zadev*|okvar*|reklamacij*)
(prijavljam|prijavila|prijavil|reklamiram|javljam|sporocam|pisem) ~3 (ist*|enak*) ~1 (napak*|tezav*|problem*|okvar*)
po ~1 (vseh|stevilnih|vecih|nestetih|neskoncnih|dolgih|tolikih|vec) ~2 (klic*|sporocil*|obisk*|mail*|e-mail*|reklamacij*|pogovor*|urgenc*|prosnj*|pritozb*|intervencij*)
(brez|nobenega|nobene) ~1 (rezultat*|uspeh*|resitv*|napredk*|premika|izboljsanja|izboljsav*) | noneg
nihce ~3 (resi*|popravi*|uredi*|odpravi*) | noneg
(nihce|nobeden|noben|nobena|niko|nitko) ~2 ne ~1 (resi|popravi|uredi|odpravi|naredi|pomaga|zmigne|premakne) | noneg
(nihce|nobeden|noben|niko|nitko) ~2 (nic|nicesar) ~1 ne ~1 (naredi|resi|uredi|popravi|ukrene|stori) | noneg
(denarja|vracila|nakazila|zneska|interneta|signala|sredstev|placila|povracila|kesa|dnarja) ~1 (pa|se) ~2 ni | noneg
(placujem|placujemo|zaracunavate|zaracunavajo|zaracunava|placujeva|zaracunavata) ~3 (prevec|naprej)
kljub ~3 (klic*|klicem|reklamacij*|sporocil*|obisk*|prijav*|pritozb*|urgenc*|mail*|e-mail*|intervencij*|posegom|popravil*|obljub*|zagotovil*)
(drugi|tretji|cetrti|peti|sesti|drugic|tretjic) (mesec|teden|dan|racun|leto) zapored
se (vedno|kar|kr|zmer|zmeraj|zmerom|naprej) ~1 (crkuje|nagaja|preplacuj*|placujem|placujemo|nagajajo|prekinja|zmrzuje|pusca|puscajo|ugasne|crkne|odpove|zmrzne|blokira|izpada|izpade|pada|zamrzne|sumi|smrdi|kaze|zaracunava*|prihaja*|placujeva|nagajata|puscata)
(se|vedno) ~1 (placujem|placujemo|zaracunavate|zaracunavajo|zaracunava|placujeva|zaracunavata)
# how long it has dragged on, and nothing changed: "ni odpravljena že cel
# mesec", "tak kot prej", "že tretji mesec"
ze ~2 (mesec|meseca|mesece|mesecev|mesca|mesce|mescev|tedne|tedna|tednov|teden|leto|let) | noneg, weight=0.5
(tak|taksen|taka|taksna|tako|taksno|enak|enaka|enako|enaki|enake|isti|ista|isto|iste|nespremenjen*) ~1 kot (prej|poprej|pred|prvic|zacetku) | weight=0.5
ze (drugi|tretji|cetrti|peti|sesti|sedmi|osmi|deseti) (mesec|teden|racun|leto|vikend)
(interneta|signala|elektrike|vode|toka|ogrevanja|povezave|televizije|telefona|tv) ~1 (pa|se|sploh|spet|zopet|vedno) ~1 (ni|nimam|nimamo|nima|nimajo|nimava|nimata) | noneg
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

# --- pass 3 ---
# stuck, dragging on: "stvar stoji na mestu", "se vleče od marca",
# "nikamor ne pridemo", "vse je ostalo pri starem"
(stoji|stojijo|stoj|stala|stalo|stojita) na (mestu|mrtvi)
na mrtvi tocki
(vlece|vlecejo|zavlece|vleklo|vlekla|vlekel|zavleklo|vleceta) ~2 (ze|od) ~2 (januar*|februar*|marc*|april*|maj*|junij*|julij*|avgust*|septemb*|oktob*|novemb*|decemb*|lani|lanskega|poletja|zime|jeseni|pomladi|mesec*|tedn*|leto|let|meseca)
(zadeva|stvar|reklamacija|postopek|problem|tezava|zgodba|primer|spor|popravilo|vse) ~2 (vlece|vlecejo|zavlece|vleklo|vlekla|vlekel|zavleklo|vleceta)
nikamor ~1 (ne|nismo|nisem|nism|ni|nisva) ~1 (pridemo|premakne|premaknilo|pride|prisli|prisel|prisla|vodi|pelje|prideva) | noneg
(ostal*|ostaja) pri starem
# it keeps coming back: "napaka se po vsakem popravilu spet pojavi"
(spet|zopet|ponovno|znova) ~3 (pojavi|pojavila|pojavil|pojavilo|pojavlja|pojavijo|nastane|nastopi|pojavita)
(napak*|tezav*|problem*|okvar*) ~3 (vraca|vracajo|vrne|vrnila|vrnil|pojavlja|pojavljajo|vracata|pojavljata)
(po|kljub) ~2 (vsakem|vsakemu|vseh|obeh) ~2 (popravil*|posegu|posegih|servis*|obisku|obiskih|zamenjav*|resetu|ponastavitv*)
# still without a working one: "še zmeraj nimam delujočega routerja"
(se|vedno|zmeraj|zmerom) ~2 (nimam|nimamo|ni|ne|nima|nimava) ~2 (delujoc*|popravljen*|resen*|urejen*|funkcionaln*|zamenjan*|vrnjen*) | noneg
# nothing helped: "nič ni pomagalo", "popravilo ni zaleglo"
(nic|nicesar) ~1 (ni|ne) ~1 (pomagal*|zalegl*|resil*|zaleze|pomaga) | noneg
(ni|niso|nista) ~1 nic ~1 (pomagal*|zalegl*|resil*) | noneg
(popravil*|poseg*|zamenjav*|servis*|reset*|ponastavitev|ponastavitv*|nastavitev) ~3 (ni|niso|ne|nista) ~1 (pomagal*|pomagala|pomagalo|zalegl*|resil*|resilo|pomaga) | noneg
# waiting for a fix: "še vedno čakam na rešitev"
(caka*|pocaka*) ~3 na ~1 (resitev|resitve|odpravo|resevanje|razplet)
(se|vedno|zmeraj) ~1 v (obdelavi|resevanju|postopku) | weight=0.5
+ Že mesec dni se dopisujem z vami in stvar stoji na mestu.
+ Napaka se po vsakem vašem popravilu spet pojavi.
+ vse skupaj se vlece od marca in se zmeraj nimam delujocega routerja
+ Nič ni pomagalo, router še kar izpada.
+ Še vedno čakam na rešitev.
- Napaka se ni več pojavila, hvala za hitro popravilo.
- Po zamenjavi vse dela brezhibno.
# "rekel, da je popravljeno, pa ni bilo"; "račun je še vedno napačen"
(popravljen*|urejen*|reseno|resen*|odpravljen*) ~3 (in|pa|a) ni (bilo|blo) | noneg
se vedno ~2 (napacen|napacn*|narobe|pokvarjen*|okvarjen*|zaracunan*|zaracunava*|blokiran*|zaklenjen*|neaktiven|neaktivn*) | noneg
+ Rekli so, da je urejeno, pa ni bilo, in zdaj spet kličem.
+ Naslov na računu je še vedno napačen.
- Račun je bil takoj popravljen, hvala.

# --- pass 6 ---
# no end in sight: "rešitve ni na vidiku"
(ni|nikjer|brez|nobene) ~3 (vidiku|obzorju)
# no result: "rezultata pa nič", "napredka nobenega"
(rezultat*|resitv*|resitev|uspeh*|napredk*|premik*|izboljsa*) ~2 (pa|se|sploh) ~1 (nic|ni|nobenega|nobene) | noneg
# going in circles
(vrtim|vrtimo|vrtite|vrtijo|vrti|hodim|hodimo|vrtiva|vrtita|hodiva) ~2 v (krogu|krog) | weight=0.5
# never fixed: "problem ni bil nikoli rešen"
(nikoli|nikdar) ~2 (resen*|resena|reseno|resil*|urejen*|uredil*|popravljen*|popravil*|odpravljen*|odpravil*) | noneg, weight=0.5
+ Konca te zgodbe ni na vidiku.
+ Trije klici, rezultata pa nobenega.
+ Okvara ni bila nikoli odpravljena.
- Rešitev je bila takoj na vidiku, hvala.
- Težava je bila rešena ob prvem klicu.
# round 7 (industries): it broke down again (router, app, meter, card),
# still not come / still locked for days, calling all week
#
(spet|ponovno|zopet|znova) (crkuje|crkne|crknil*|nagaja|nagajajo|izpada|izpade|izpadel*|odpove|odpoveduje|zmrzuje|zamrzne|zmrzne|sesuje|sesuva|ugasne|ugasa|blokira|zaklene|zablokira|nagajata)
se vedno ni ~1 (prisel|prisla|prislo|prisli|prispel*|poklical*|zamenjal*|odpravil*|izplacal*|nakazal*|odklenil*|odblokiral*|priklopil*) | noneg
(zaklenjen*|blokiran*|onemogocen*|odklopljen*|izklopljen*|zablokiran*) ~2 ze ~2 (dni|dan|dneve|teden|tedne|tednov|tedna|mesec|mesece|mesecev|meseca|ur)
ze ~2 (dni|dan|dneve|teden|tedne|tednov|tedna|mesec|mesece|mesecev|meseca|ur) ~2 (zaklenjen*|blokiran*|onemogocen*|odklopljen*|izklopljen*|zablokiran*)
(klicem|klicemo|pisem|pisemo|hodim|hodimo|urgiram|zvonim|kliceva|piseva|hodiva) ze ~1 (ves|cel|celo|kar|nekaj) (teden|mesec|dan|dni|tednov|tedne|dopoldne)
+ Usmerjevalnik spet crkuje vsak večer, kljub vaši zamenjavi.
+ Cenilec še vedno ni prišel pogledat škode.
+ Račun imam zaklenjen že tri dni.
+ Kartica je že pet dni blokirana, v banki pa nič.
+ Kličem že ves teden in nič.
+ Na okencu sem bil že tretjič, pa se nič ne premakne.
- Router deluje brez težav, hvala za hitro pomoč.
- Jutri bom prišel po paket osebno.

# r8: the case stays open; "še naprej" failing; same fault despite the fix
(zadeva|stvar|primer|reklamacij*|zahtevek|zahtevk*|prijava|prijave|tiket*|napaka|tezava) ~3 (ostaja|ostal*|visi) ~1 (odprt*|nereseno|neresen*|nikjer)
(se|kar) naprej ~2 (ugasa|ugasne|izpada|izpade|crkuje|nagaja|nagajajo|zmrzuje|zamrzne|pusca|ropota|smrdi|zmrzuje|bremeni*|zaracunava*|zaklepa|blokira|prekinja|nagajata)
+ Prijava okvare ostaja odprta že tretji teden.
+ Kotel še naprej ugaša vsak dan, kljub dvema obiskoma serviserja.
kljub ~3 (posegu|posegih|servisu|servisiranju|zamenjavi|zamenjavam|nadgradnji)
+ Kljub posegu tehnika ista težava s signalom.
- Po zamenjavi delov kotel deluje brezhibno.
# r9: back at square one after all the contacts; the fault stayed the same
# after the ticket was closed
(tam|tocki|mestu) ~2 (kjer|kot) ~3 (zacetku|zacetek|prej|prvic|pred)
(spet|zopet|nazaj|ponovno) ~1 na (zacetku|zacetek|startu|izhodiscu|nicli) | weight=0.5
(na|v) (isti|izhodiscni|zacetni|nicelni) tocki
(po|za|kljub|cez) ~2 (klic*|obisk*|mail*|sporocil*|kontakt*|pogovor*|urgenc*|reklamacij*|prijav*) ~4 (nic|nikamor|isto|nobene|nobenega|brez|zacetku|zacetek|izhodiscu) | noneg, weight=0.5
(ostal*|ostaja|ostajajo|ostajata) ~2 (ista|isti|isto|enaka|enak|enako|nespremenjen*|neresen*|nereseno|pokvarjen*|taka|tak)
(zaprl*|zaprt*|zakljucil*|zakljucen*|zakljucili|zakljucila|zaprli) ~6 (napak*|tezav*|problem*|okvar*) | weight=0.5
+ Po štirih klicih sem spet na začetku.
- Pritisnil sem napačno tipko in bil spet na začetku menija.
+ Okvara je ostala ista, čeprav je tehnik podpisal nalog.
+ Po petih mailih sem na isti točki kot prvi dan.
- Problem so rešili, vse je ostalo lepo urejeno.
- Na začetku je bilo malo zmede, potem pa hitro rešeno.
# r9: going back and forth for weeks: "tako hodim med njimi že tri tedne",
# "urgiram že dva meseca"
(klicem|klicemo|hodim|hodimo|urgiram|urgiramo|zvonim|tekam|letam|romam|vozim|kliceva|hodiva|urgirava) ~4 ze ~2 (tedn*|teden|mesec*|dni|dan|leto|let)
+ Na pošto hodim že dva tedna, paket pa je še vedno izgubljen.
- Na pošto hodim že leta in so vedno prijazni.
# r10: dead point: "se ne premakne z mrtve točke"
mrtv* tock* | noneg
# r10: the fault lasts: "traja še danes", "še danes obstaja"
(traja|trajajo|vztraja|obstaja|obstajajo|trajata|obstajata) se (danes|vedno|zmeraj|zmer|kar|kr|zdaj|zdej|sedaj)
se (danes|vedno|zmeraj|zmer) (traja|trajajo|vztraja|obstaja|obstajajo|trajata|obstajata)
# r10: still without: "še zmer brez slike"
se (vedno|zmeraj|zmer|zmerom|kar|kr|danes) brez (slike|signala|interneta|elektrike|vode|toka|ogrevanja|povezave|tople|storitve|telefona|tv|televizije|dostopa|denarja|vracila|avta|vozila|resitve) | noneg
# r10: how many more times: "kolikokrat vam moram še pisat", "kolk krat še"
(kolikokrat|kolkrat|kokrat|kolkokrat) ~3 (moram|moramo|morem|bom|bomo|naj|moral*|morala|se|morava)
(kolk|kok|kolko|koliko) krat ~3 (moram|moramo|morem|bom|bomo|naj|moral*|morala|se|morava)
ne vem ~1 (kolikic|kolkic|kokic|kolikokrat|kolkrat|kokrat|kolk|kok) | noneg
# r10: the nth visit or technician: "tretji tehnik", "že četrti serviser"
(drugi|tretji|cetrti|peti|sesti) (tehnik|serviser|monter|obisk|poseg|servis|popravilo|mojster|inzenir|klic|mail|dopis) | weight=0.5
# r10: "že petkrat / že trikrat" (half: also a double charge)
ze (dvakrat|trikrat|stirikrat|petkrat|sestkrat|sedemkrat|osemkrat|devetkrat|desetkrat|nekajkrat) | weight=0.5
# r10: came or got in touch for the nth time: "oglasil se je tretjič"
(oglasil*|oglasa|zglasil*|prisel|prisla|prisli|prihaja|klice|pise|kontaktiral*|obrnil*|obraca) ~3 (drugic|tretjic|cetrtic|petic|sestic|ponovno|spet|znova) | weight=0.5
# r10: the same problem: "problem je isti", "ista reč kot pred tem"
(problem|napaka|tezava|okvara|stanje|situacija|zadeva) (je|ostaja|ostane|bo) ~1 (isti|ista|isto|enak|enaka|enako|nespremenjen*)
(ista|isti|isto|enaka|enak|enako) (rec|fora|zgodba|pesem|situacija|godlja|sranje|tezava|napaka|problem|okvara) ~3 (kot|ko) ~2 (prej|pred|prvic|zadnjic|lani)
# r10: Croatian/Bosnian speakers: "još uvijek ne radi", "tri puta", "više puta"
jos (uvijek|uvek|vedno|zmeraj|zmer) (ne|nije|nisu|nemam|nema|ni) | noneg
(dva|tri|cetiri|pet|vise|vec|puno|nekoliko|nebrojeno|sto) puta | weight=0.5
+ Primer se ne premakne z mrtve točke.
+ Napaka traja še danes, čeprav je bil serviser že tu.
+ tv še zmer brez slike po obisku tehnika
+ kolk krat vam moram še pisat da popravite racun
+ Reklamacija še ni zaključena, v trgovini sem bil že petkrat.
+ klical sem vec puta in problem je isti
+ telefon jos uvijek ne radi
- Kolikokrat lahko zamenjam geslo v enem mesecu?
- Drugi tehnik je prišel in vse popravil, hvala.
- Ista stvar kot prej mi je všeč, zato sem jo spet naročil.

# --- r13 thesaurus pass (sl13a) ---
# "not yet solved", reversed word order
(ni|niso|nista) se (reseno|resena|resen|reseni|urejeno|urejena|urejen|popravljeno|popravljen|popravljena|odpravljeno|odpravljena|zakljuceno|zakljucena|uredu|vredu) | noneg
(ne|ni) ~1 (dela|deluje|delajo|delujejo|reseno|resen|urejeno|popravljen|popravljeno|delata|delujeta) ~1 se (vedno|zmeraj|zmer|kar|danes) | noneg
ni ~2 (napredka|premika|premikov|rezultata|rezultatov|izboljsanja|izboljsave) | noneg
# in vain, endlessly, dragging on
(klic*|obisk*|mail*|urgenc*|reklamacij*|trud*|poskus*|prosnj*|posredovanj*|intervencij*) ~3 zaman
zaman ~2 (klical*|klicala|klicem|klicemo|pisal*|pisala|pisem|pisemo|urgiral*|urgiram|reklamiral*|reklamiram|hodil*|hodila|hodim|prosil*|prosila|prosim|zahteval*|zahtevam|posredoval*|kliceva|piseva)
(zavlacuj*|zavlacev*|zavlacujejo|zavlacujete|zavlekli|zavlekel|zavlekla|zavlacujeta) | weight=0.5
v nedogled | weight=0.5
(ponovno|znova|spet|zopet) ~1 (ista|isti|isto|enak*) ~1 (napak*|tezav*|problem*|okvar*|zaplet*|izpad*|reklamacij*|simptom*)
vedno znova ~3 (isto|ista|isti|enak*|pokvar*|crkne|crkuje|odpove|napak*|tezav*|izpade|izpada|zmrzne) | weight=0.5
(ze|zdej|zdaj) (tretic|cetrtic|trejtic|stiric|peticc|drugc|tretjc)
(opisujem|opisal*|razlagam|pojasnjujem|prijavljam|prijavila|javljam) ~3 (ist*|enak*) ~1 (napak*|tezav*|problem*|okvar*|zadev*|reklamacij*)
+ Napaka na števcu ni še rešena, čeprav sem klical trikrat.
+ Internet ne dela še vedno, tehnik pa ne pride.
+ Po dveh mesecih ni nobenega napredka pri moji reklamaciji.
+ Vsi moji klici so bili zaman, bojler je še mrzel.
+ Zaman sem pisala in urgirala, stanje je isto.
+ Po menjavi se je spet pojavila ista napaka na zaslonu.
+ Že petič opisujem isto okvaro novemu referentu.
- Zadeva je rešena, hvala za hiter odziv.
- Po prvem klicu so napako odpravili in vse deluje.
(neuspesn*|neuspesen) ~2 (klic*|poseg*|popravil*|reklamacij*|poskus*|intervencij*|obisk*|urgenc*)
(klic*|poseg*|popravil*|reklamacij*|poskus*|intervencij*|obisk*|urgenc*) ~3 (neuspesn*|neuspesen|brezuspesn*)
+ Trije neuspešni posegi tehnika, radiator še vedno ne greje.
# --- sl14a: paraphrase families ---
# the money still not there: "sredstev pa še vedno ni"
+ Sredstev pa še vedno ni.
+ Nakazila pa še zmeraj ni.
+ Plačila pa še zdaj nisem zamenjala.
+ Še zmeraj preplačujem.
- Denar je prišel v dveh dneh, hvala.
- Vse je urejeno, denar je že na računu.
# sl15: told the same promise several times; trying to sort it for a week; giving up
ze (dvakrat|trikrat|stirikrat|petkrat|veckrat|nekajkrat|stokrat|desetkrat) ~2 (so|mi|sta) ~2 (obljubil*|zagotovil*|zagotavljal*|rekli)
(ze|cel*) ~2 (en|dva|tri) ~1 (teden|tedna|tedne|mesec|meseca|mesece) ~2 (poskusam|skusam|poskusava|poskusamo|urejam|urejava|resujem)
+ Že trikrat so mi rekli, da me pokličejo.
+ Že en teden poskušam urediti pogodbo.
- Pogodbo bom poskušal urediti jutri.
- En teden sem bil na dopustu.
# sl16: still broken after their repair: "od torka po vašem popravilu kotla ne teče voda"
po ~2 (popravil*|servis*|posegu|intervencij*|obisku|menjavi|zamenjavi) ~6 (ne|spet|znova|zopet) ~1 (tece|dela|deluje|gre|greje|hladi|vzge|polni|pusca) | noneg
+ Po vašem servisu pralni stroj spet ne dela.
+ Po intervenciji serviserja še vedno ne greje.
+ Po popravilu kotel zopet pušča.
- Po popravilu stroj dela kot nov.
# sl18b: inflection pass: past tense of "kličem že ves teden"
(klical*|klicaril*|urgiral*|zvonil*) (sem|sm|smo|sva|je|so|sta|ste) ~1 (ves|cel|celo) (teden|mesec|dan|dni|tednov|tedne|dopoldne) ~2 (nic|zaman|brez)
+ klicala sem cel teden in nic
+ Klicali smo ves mesec, pa nič.
- Klicala sva ves dan, pa je bilo zasedeno.
- Pisal sem cel dan diplomo.

# s9: "problem ni rešen", "zadeva še ni urejena" (noun + negated participle)
(problem*|tezav*|napak*|okvar*|zadev*|reklamacij*|stvar|zahtevek|primer) ~2 (ni|niso|nista) ~1 (resen*|urejen*|odpravljen*|popravljen*|zakljucen*) | noneg
+ Problem z računom še vedno ni rešen.
+ zadeva ni urejena, pa sem klical že vsak dan
- Problem je bil rešen v eni uri.
- Ali je težava že odpravljena? Sprašujem, ker nisem doma.
# s9: "nič rešeno", "nič urejenega"
nic (reseno|urejeno|popravljeno|resenega|urejenega|popravljenega|odpravljeno) | noneg
+ Trije tedni klicev in nič rešeno.
+ obljub na kupe, nic urejeno
- Vse je bilo rešeno že ob prvem klicu.
# s9: "do danes mi niso popravili / uredili"
do danes ~3 (ni|niso|nisem|nista|nihce) ~2 (popravil*|resil*|uredil*|odpravil*|zamenjal*|vrnil*|nakazal*) | noneg
+ Do danes mi niso popravili pokvarjenega bojlerja.
+ do danes ni nihce uredil tega obracuna
- Do danes so mi vse popravili, hvala.
# s9: complaint still open for months
(reklamacij*|zahtev*|prijav*|zadev*|tiket*|ticket*|primer) ~2 odprt* ~2 (ze|od) ~2 (januar*|februar*|marc*|april*|maj*|junij*|julij*|avgust*|septemb*|oktob*|novemb*|decemb*|lani|lanskega|poletja|zime|jeseni|pomladi|mesec*|tedn*) | weight=0.5
+ Reklamacija je odprta že od februarja, popravila pa nobenega.
+ moja prijava je se odprta ze od poletja, stanje pa enako
- Reklamacija je bila odprta in zaprta v istem tednu.
# s9: the fix did not hold: "napaka se je ponovila", "rešitev ni rešila ničesar"
(napak*|tezav*|problem*|okvar*|izpad*|zaplet*) ~3 (ponovil*|ponovila|ponavlja|ponavljajo|ponovi)
(resitev|resitve|popravilo|poseg|servis|reset|nasvet) ~2 ni ~1 (resil*|pomagal*|odpravil*) ~1 (nicesar|nic|napake|tezave|problema) | noneg
+ Napaka se je ponovila že naslednji teden.
+ tezava se ponavlja vsak dan
+ Vaša rešitev ni rešila ničesar.
- Napake ne bi radi ponovili, zato vprašam vnaprej.
- Rešitev je pomagala in težava se ni več pojavila.
# s9: "težava obstaja še naprej"
(obstaja|traja|vztraja|ostaja|obstajajo|trajajo) se naprej
+ Težava obstaja še naprej.
+ napaka traja se naprej kljub prijavi
- Podjetje obstaja že trideset let.
# s9: "po treh tednih brez interneta"
(tednih|dneh|mesecih|tednu|dnevih) brez (interneta|signala|elektrike|vode|toka|telefona|televizije|ogrevanja|povezave|storitve|tople) | noneg
+ Po treh tednih brez interneta sem obupal.
+ po dveh dneh brez elektrike se nic ne premakne
- Zadovoljen sem, niti v dneh neviht nismo bili brez elektrike dlje kot uro.
# s9: the same noise after a repair: "avto še vedno ropota"
(se|vedno|zmeraj|zmer|kar) ~1 (ropota|ropotajo|klopota|trka|cvili|brni|piska|pisce|kaplja|smrdi|iskri|kadi|zmrzuje|brenci)
+ Mehanik je bil trikrat, auto pa še vedno ropota.
+ hladilnik se zmeraj brni ko da bo razpadel
- Motor je prej ropotal, zdaj pa je tih.
# s9: "popravila pa nobenega", "isti rezultat"
(popravil*|resitv*|resitev|napredk*) pa (nobenega|nobene|nic|nicesar) | noneg
(isti|enak) (rezultat|izid) ~1 (nic|nula|nicla|nobeden|zero)
(vsakic|spet|zopet|znova) (isti|enak) (rezultat|izid)
+ Obiskov je bilo pet, popravila pa nobenega.
+ trikrat poskusili, vsakic isti rezultat
+ Četrti klic, isti rezultat: nič.
- Oba testa sta dala enak rezultat kot v navodilih, vse v redu.
# s9: third complaint, second e-mail
(druga|tretja|cetrta|peta|sesta) (reklamacija|prijava|pritozba|urgenca)
ze (drugi|tretji|cetrti|peti|sesti|sedmi|deseti) (mail|e-mail|email|dopis|urgenco)
+ To je že tretja reklamacija za isti stroj.
+ posiljam ze cetrti mail glede racuna
- Prva reklamacija je bila rešena hitro in korektno.
# s9: "še niste uredili", "še vedno niso odpravili"
(se|vedno|sploh|nikoli) (niste|niso|ni|nista) ~1 (uredil*|resil*|odpravil*|popravil*|zamenjal*) | noneg
+ Zadeve še niste uredili, pa sem pisal že marca.
+ se vedno niso odpravili napake na racunu
- Če še niste, lahko napako prijavite prek obrazca.
- Sploh ni bilo treba, sam sem jo odpravil v minuti.
# s9: "in še vedno nič" (needs company: "pet tednov", "od prve prijave")
se (vedno|zmeraj|zmer|kar) (nic|nicesar) | noneg, weight=0.5
(od|po) ~1 (prve|prvega|prvem|prvi) (prijave|prijavi|klica|klicu|reklamacije|reklamaciji|maila|mailu|obiska|obisku|pritozbe|pritozbi) | weight=0.5
+ Od prve prijave je minilo pet tednov in še vedno nič.
+ ze mesec dni klicem, se vedno nic
- Po prvem klicu je bilo vse urejeno, hvala.
# s9: "čakam, da mi odpravite napako" (needs company: "že mesec dni")
(cakam|cakamo|cakava|cakal*) ~3 da ~3 (odpravite|popravite|uredite|resite|odpravijo|popravijo|uredijo|resijo|odpravi|popravi|uredi|resi) | weight=0.5
+ Že mesec dni čakam, da mi odpravite napako na števcu.
+ ze tri tedne cakamo da nam uredijo priklop, brez napredka
- Čakam, da mi uredite nov priključek, ki sem ga naročil včeraj.
# s9: "stvar pa stoji", "zadeva še kar miruje"
(stvar|zadeva|zadeve|reklamacija|postopek|primer|zahtevek|popravilo|vloga) ~1 (pa|se|vedno|kar|ze) ~1 (stoji|miruje|obtici|obticala|obtical|stojijo)
+ Klical sem trikrat, stvar pa stoji.
+ reklamacija se kar miruje
- Stvar je bila urejena, zdaj vse stoji na svojem mestu.
# s9: still charging after cancelling: "še vedno mi jo računajo"
(se|vedno|kar|zmeraj) ~2 (racunajo|racunate|obracunavajo|obracunavate|bremenijo|bremenite|trgajo|trgate|odtegujejo|odtegujete)
+ Naročnino sem odpovedal, pa mi jo še vedno računajo.
+ kljub odpovedi me se kar bremenijo
- Še vedno računam na vašo pomoč pri selitvi.
# s9: "internet je enako slab kot prej"
(enako|tako|isto) (slab|slabo|slaba|pocasen|pocasno|pocasna|zanic|neuporaben|neuporabno|pokvarjen|pokvarjeno) kot (prej|poprej|pred|prvic|vedno)
+ Router so zamenjali, signal pa je ravno tako slab kot prej.
+ po servisu dela enako pocasno kot prej
- Ni več tako slab kot prej, hvala za popravilo.
