# E-mails, messages, tickets or forms that get no answer, or an answer only
# after days.  Rules that hold their own negation ("nihče mi ni
# odgovoril", "brez odgovora", "še vedno nimam odgovora") are noneg.
#
# no answer, no reaction
(ni|nisem|nism|nisn|nismo|nimam|nimamo|nima|nimajo|brez|nobenega|nobene|noben|niti|nikakrsn*|nikakav|nikakvog|nikakve|nikakvi|nema|nije|nisam|nismo) ~3 (odgovor|odgovora|odgovorov|odziv|odziva|odzivov|odzive|reakcije|reakcij|odpisa|odgovore|reply|replya|feedbacka|povratne) | noneg
(odgovora|odziva|odgovorov|reakcije|odpisa) ~2 (ni|nikjer) | noneg
(vedno|danes|takrat) ~1 nic | noneg, weight=0.5
(mail*|e-mail*|e-post*|sporocil*|reklamacij*|pritozb*|vlog*|zahtev*|obrazec|prosnj*|dopis*) ~3 (poslal*|pisal*|oddal*|napisal*|vlozil*) | weight=0.5
(poslal*|pisal*|oddal*|napisal*|vlozil*) ~4 (mail*|e-mail*|e-post*|sporocil*|reklamacij*|pritozb*|vlog*|zahtev*|obrazec|prosnj*|dopis*|naslov|naslova|podpor*|info|kontakt*|inbox) | weight=0.5
ne odgovarja ~1 na ~1 (e-post*|mail*|e-mail*|sporocil*|klic*|pritozb*|reklamacij*|prosnj*|dopis*|pisma|telefon) | noneg
(ne|nisem|nism|nisn|nismo) (dobim|dobimo|dobil|dobu|dobila|dobili) ~2 (odgovor|odgovora|odgovorov|odziv|odziva|reakcije) | noneg
(ni|nisem|nism|nisn|nismo|nimam|brez) ~2 (povratn*|povraten) informacij* | noneg
(niste|niso|ni|nihce|nikoli|nobeden|noben|nobena|niko|nitko|nije|nisu) ~4 (odgovoril*|odzval*|oglasil*|javil*|odpisal*|reagiral*|javu|javla|javli|odpisu|oglasu|odgovoru|odgovorio|javio|odpisao|odgovorili|javili) | noneg
(nihce|nobeden|noben|nobena|niko|nitko) ~3 ne (oglasi|odgovori|odgovarja|odzove|odziva|javi|odpise|odpisuje|bere|dvigne|reagira|odgovara|javlja) | noneg
(mail*|e-mail*|e-post*|sporocil*|klic*|pritozb*|reklamacij*|prosnj*|vprasanj*|dopis*|obrazc*|zahtev*) ~2 ne (odgovarja*|odgovori|odgovorite|odzove*|odziva*|reagira*|bere|berete) | noneg
ne (odgovarjate|odgovarjajo|odzivate|odzivajo|reagirate|reagirajo) (na|nikomur|mi|nam|vec|sploh) | noneg
(niso|ni|nihce|niste) ~2 (poklical|poklicala|poklicali|klical|klicali|javil|javu|javili) nazaj | noneg
neodgovorjen*
po ~2 (dneh|dnevih|tednih|tednu|mesecu|mesecih|tedna|meseca) ~4 (dobil*|prejel*) ~2 (odgovor*|odziv*)
koncno ~2 (odgovori|odgovorite|odgovorijo|odzove|odzovete|odpise|odpisete)
(nic|nicesar) ~1 (odgovora|odziva|odgovorov) | noneg
(caka*|pocaka*) ~3 da ~5 (odgovori|odgovorijo|odgovorite|odpise|odpisejo|odzove|odzovejo)
neodzivn* | weight=0.5
neodziven | weight=0.5
# waiting for a reply for a long time (not a polite "čakam na vaš odgovor")
(ze|vedno|teden|tedna|tedne|tednov|dni|dan|dneva|mesec*|dolgo|predolgo) ~5 (caka*|pocaka*|cekam|cekamo) ~3 na ~1 (odgovor*|odziv*|povratn*|reakcij*|povraten|besed*|glas|znak|vest|vesti|odpis*|reply|replay|feedback|respons*)
(caka*|pocaka*) ~3 na ~1 (odgovor*|odziv*|povratn*|reakcij*|povraten) ~3 (ze|vedno|teden|tedna|tedne|tednov|dni|meseca|mesece|mesecev)
# an answer only after days
(odgovor*|odziv*|odgovoril*|odzval*|oglasil*|odpisal*|javil*) ~7 sele (po|cez) ~2 (dneh|dnevih|dni|dneva|dan|tednu|tednih|tedna|tedne|mesecu|mesecih|meseca)
sele (po|cez) ~2 (dneh|dnevih|dni|dneva|tednu|tednih|tedna|tedne|mesecu|mesecih|meseca) ~3 (odgovor*|odziv*|odgovoril*|odzval*|oglasil*|odpisal*|javil*)
# ignored messages, writing into the void
ignorira* ~3 (mail*|e-mail*|e-post*|sporocil*|klic*|reklamacij*|prosnj*|pritozb*|vprasanj*|dopis*|zahtev*)
(mail*|e-mail*|e-post*|sporocil*|klic*|reklamacij*|prosnj*|pritozb*|vprasanj*|dopis*|zahtev*) ~3 ignorira*
(pisem|pisal*|pisemo|pisati|klicem|klical*) ~2 v (prazno|zid|veter)
(takrat|potem|nato|spet|popolna|samo|le) ~1 tisina
tisin* | weight=0.5
# "nihče se ni potrudil odgovoriti", "se niste udostojili odpisati"
(potrudil*|udostojil*|zmogel|zmogla|zmogli|blagovolil*) ~2 (odgovorit*|odpisat*|odzvat*|javit*|poklicat*|oglasit*) | noneg
# into a black hole, dead silence, answers from nowhere
(crno|crna|crni) (luknjo|luknja|luknji)
(mrtva|grobna|mrtvo|gluha) tisina
(odgovora|odziva|odgovorov|reakcije) ~3 nikoder | noneg
ze ~2 (dni|dneve|tedne|tedna|tednov|mesec|meseca|mesece) (nic|nicesar|tisina) | noneg, weight=0.5
# "pišem vam že tedne, pa nič"
(pisem|pisemo|posiljam|posiljamo|urgiram) ~3 ze ~1 (tedne|tedna|tednov|teden|mesec*|dni|dneve)
+ Na moj mail mi niste nikoli odgovorili.
+ Že dva tedna čakam na odgovor na reklamacijo.
+ Nihče se ni oglasil, čeprav sem pisal trikrat.
+ se vedno nimam odgovora na svojo pritozbo
+ Odgovor sem dobil šele po desetih dneh.
+ nihce se ni potrudil odgovoriti na moje sporocilo
+ Moj e-mail je šel v črno luknjo.
- Hvala za hiter odgovor, vse je urejeno.
- Prosim za odgovor do petka, lep pozdrav.
- Odgovorili so mi isti dan.

# --- pass 3 ---
# read but unanswered: "prebrano, odziva pa nič"
(odziva|odgovora|odgovorov|reakcije|odpisa) (pa|se) ~1 (nic|nikjer|ni|nikoli) | noneg
(sporocil*|mail*|e-mail*|e-post*) ~3 (prebran*|videno|viden*|seen) | weight=0.5
(prebran*|prebrali|prebral|prebrala) ~4 (odgovor*|odziv*|nic|brez) | weight=0.5
# a ticket nobody touched: "zahtevek je odprt od januarja, nihče se ga ni dotaknil"
nihce ~3 (dotaknil|dotaknila|obravnaval|obravnavala|obdelal|obdelala|prevzel|prevzela) | noneg
(zahtev*|ticket*|tiket*|prijav*|reklamacij*|pritozb*|vlog*) ~3 (odprt*|visi|visijo|nerazresen*|neobdelan*|nepregledan*|neprebran*) ~3 (od|ze|tedn*|mesec*|dni) | weight=0.5
# silence: "molčijo", "zaman čakam odgovor", ghosting
(molcijo|molcite|molcal*|molcanje|molk|molka|molku|ignoranc*|ghost*)
zaman ~4 (odgovor*|odziv*|odpis*)
(odgovor*|odziv*) ~3 zaman
ne (javijo|javite|odpisejo|odpisete|odpise|oglasijo|oglasite) (se|mi|nam|vec|sploh|nikoli) | noneg
+ Sporočila so prebrana, odziva pa nič.
+ zahtevek je odprt od januarja, nihce se ga ni dotaknil
+ Na vse moje maile molčijo.
+ Zaman čakam na odgovor.
- Odgovor je prišel hitro, hvala.
- Sporočilo sem prebral in razumel, hvala.
# "odziva nobenega", "odgovora nikakršnega"
(odziva|odgovora|odgovorov|reakcije|odpisa|povratne) ~1 (nobenega|nobene|nic|nikakrsnega|nikakrsne|nula) | noneg
+ Poslal sem tri pritožbe, odgovora nobenega.

# --- pass 6 ---
# read but not answered: "sporočilo so prebrali, odgovorili pa niso"
(odgovoril*|odgovorila|odgovorili|odpisal*|odpisala|odpisali|odzval*|odzvala|odzvali|javil*|javila|javili|reagiral*) pa (ni|niso|nista|nikoli|nihce|ne) | noneg
# present tense silence: "na maile sploh ne odpisujete"
ne (odpisujete|odpisujejo|odpisuje|odpisete|odpisejo|odzivate|javljate|javljajo|oglasate|oglasajo|reagirate|reagirajo) | noneg
ne (odgovarjate|odgovarjajo) ~1 (na|niti) | noneg
# lost in the bin, into the void: "pismo je končalo v košu", "kot bi pisal v prazno"
(koncal*|koncala|koncalo|pristal*|pristala|pristalo|romal*|romala|romalo|izginil*|izginila|izginilo|poniknil*|poniknila|poniknilo) ~2 (v|na) ~1 (kos*|smeti*|predal*|crn*|luknj*|pozab*|praznin*)
(pisal|pisala|pisali|pisem|pisemo|klical|klicala|klicem) ~2 (v|na) (prazno|zid|steno|veter|luknjo)
# silence from you: "od vas pa tišina", "molčite"
(od|z) (vas|njih|vase|njihove) ~3 (tisina|molk|zatisje) | noneg
(molcite|molcijo|molcal*|molcala|molcali)
+ Vprašanje so videli, odpisali pa niso.
+ Na pritožbe sploh ne odpisujete.
+ Sploh ne odgovarjate na sporočila.
- Pravijo, da za škodo ne odgovarjajo.
+ Moja reklamacija je očitno poniknila v predalu.
+ Od vas pa tišina že dva tedna.
+ Na vse moje maile molčite.
- Na vse maile ste odgovorili v enem dnevu.
- Izdelek ne ustreza opisu, prosim za zamenjavo.
# --- pass 6b ---
# "odgovora na mojo reklamacijo še vedno ni"
(odgovora|odziva|odgovorov|odpisa|reakcije) ~5 (se|vedno|zmeraj|sploh|dolgo|tedne|tednov|dni) ~1 (ni|nisem|nism|nisn|nismo|nisva|nimam|nimamo) | noneg
+ Odgovora na mojo pritožbo iz marca še vedno ni.
- Odgovor so poslali v enem dnevu.
# round 7: "odgovorili niso niti enkrat", "odzvali se niso"
(odgovorili|odgovoril|odgovorila|odzvali|odzval|odzvala|odpisali|odpisal|javili|javil) ~1 (niso|ni|nista) ~2 (niti|nikoli|nic|vec|se|sploh) | noneg
+ Pisal sem jim, odgovorili niso niti enkrat.
+ Odzvali se niso nikoli.
+ Odpisali niso sploh.
- Odgovorili so v eni uri.
- Odgovorila je hitro in prijazno.

# r8: "ni ne duha ne sluha", silence, "you don't respond"
od ~4 duha ~2 sluha | noneg
(mail*|e-mail*|e-post*|sporocil*|pritozb*|reklamacij*|dopis*|pismo|pisma|vlog*|zahtev*|urgenc*|obrazec|obrazc*|vprasanj*) ~4 ne ~1 (odzivate|odzivajo|odziva|odzovete|odzovejo|odzove) | noneg
(se|nihce) ne ~1 (odzivate|odzivajo|odzovete|odzovejo) | noneg
(molcite|molcijo)
(popoln*|grobn*|sam|samo|zgolj|totaln*) molk*
molk ~2 (z|s|iz) ~1 (vase|njihove|vasi|strani)
+ Reklamacijo sem oddala pred mesecem, od vas pa ni ne duha ne sluha.
+ Na moje maile se sploh ne odzivate.
+ Že tri tedne molčite o mojem zahtevku.
+ Od banke samo grobni molk.
- Na sporočilo ste se odzvali v eni uri, hvala.
- Aplikacija se ne odziva, ko pritisnem gumb.
# r9a: wrote days ago, since then nothing (each half)
(pisal*|poslal*|oddal*|napisal*|vlozil*|sporocil*|prijavil*|mailal*|izpolnil*) ~6 (pred|ze) ~2 (dnevi|dnevoma|tedni|tednom|tednoma|meseci|mesecem|mesecema|teden|tedna|mesec|meseca|dni|dan) | weight=0.4
(prebral*|prebrali|prebrala|videl*|videli|ogledal*) ~4 (odgovoril*|odgovorili|odgovorila|odpisal*|odpisali|odzval*|odzvali|reagiral*) ~2 (niso|ni|nikoli|nihce) | noneg
(prebrano|prebrali|prebral*|videno) ~5 (odgovor*|odziv*) ~2 (nic|ni|nikoli|nobenega) | noneg
(samodejn*|avtomatsk*) ~1 (potrditev|potrdilo|obvestilo) ~4 (potem|nato) ~2 (nic|nicesar|tisina) | noneg
(z|iz) (vase|njihove|njegove|njene) strani ~3 (tisina|nic|mrk|molk) | noneg
(pred|ze) ~2 (dnevi|dnevoma|tedni|tednom|tednoma|meseci|mesecem|mesecema) ~4 (pisal*|poslal*|oddal*|napisal*|vlozil*|prijavil*) | weight=0.4
+ Pred tremi tedni sem oddala obrazec, do danes pa nič.
+ Sporočilo so prebrali, odpisali pa niso.
+ dobila sem samodejno potrditev in potem nič več
+ Z njihove strani že dva tedna popolna tišina.
- Sporočilo so prebrali in v eni uri odpisali.
- Sporočilo sem poslal pred dvema dnevoma in odgovor dobil naslednje jutro.
# r9a: the message itself was ignored
(mail*|e-mail*|e-post*|sporocil*|pritozb*|reklamacij*|dopis*|prosnj*|vlog*|zahtev*|vprasanj*|pism*) ~3 (ignoriral*|ignorirali|ignorirate|ignorirajo|ignorira|prezrl*|prezrli|prezrt*|spregledal*|spregledali)
(ignoriral*|ignorirali|ignorirate|ignorirajo|ignorira|prezrl*|prezrli|prezrt*|spregledal*|spregledali) ~3 (mail*|e-mail*|e-post*|sporocil*|pritozb*|reklamacij*|dopis*|prosnj*|vlog*|pism*)
+ Moje tri maile so preprosto ignorirali.
+ vase podjetje ignorira vsa moja sporocila
# r10: no word from you: "od vas ni bilo glasu", "od njih niti besedice"
od (vas|njih|njega|nje|banke|podjetja|trgovine|podpore|nikogar|zavarovalnice|agencije) ~3 (glasu|glaska|besedice|vesti|odziva|odgovora) | noneg
(ni|nobenega|brez|niti) ~2 (glaska|besedice) | noneg
# r10: "od vas pa nič", "od vas nič nazaj" (half: needs the message)
od (vas|njih|njega|nje|podpore|banke|podjetja) ~2 (nic|nc|nicesar|nula|niente) | noneg, weight=0.6
# r10: wrote, and then nothing: "pisala vam na ig pa nč", "mailam vas, pa nula"
(pisal*|pisem|pisemo|poslal*|posiljam|mailal*|mailam|mailala|dmal*|sporocil*|napisal*|oddal*) ~3 (pa|in|a) (nic|nc|nicesar|tisina|nula|niente|zero) | noneg
# r10: "ste sploh živi?", "a kdo to sploh bere?"
(ste|so|si) ~1 (sploh|se|vi) (zivi|ziv|ziva) | weight=0.5
(kdo|kdorkoli|kdaj|sploh) ~2 (bere|berete|berejo|prebere|preberete|pregleda|pregledate) ~2 (maile|mail|sporocila|pisma|dopise|pritozbe|reklamacije|tikete|to) | weight=0.5
# r10: ghosting, left on read: "me ghostajo", "pustili na prebrano"
(ghostal*|ghostajo|ghostate|ghosta|gostajo|ghostanje|ghosting)
(pustil*|pustila|pustili|pusca|puscajo) ~2 na (prebrano|seen|videno)
+ Od vas pa ni bilo glasu že tri tedne.
+ pisala vam na ig pa nč
+ jas sem napisal reklamacijo ampak do zdej se nihče ni javu
+ jest vam pisem ze tretjic pa mi nobeden ne odpise
+ pisao sam vam mail vise puta, nikakav odgovor
+ Odgovor na moje vprašanje je prispel šele po dveh tednih.
+ Na dva dopisa odgovora še nisem dobila.
+ Sporočilo so mi pustili na prebrano.
- Prodajalec ni povzdignil glasu niti enkrat.
- Od vas nič ne potrebujem več, hvala za odgovor.

# --- r13 thesaurus pass (sl13a) ---
# answer synonyms: reply, respons, feedback; waiting for
(caka*|cakam|pocaka*|cekam) ~2 na (reply|replay|respons*|feedback*|odpis|odpisa|odgovorcek|povratno|povratni)
# object first: "na feedback glede reklamacije čakamo že dva tedna"
na ~1 (odgovor*|odziv*|povratn*|feedback*|odpis*|reply|respons*) ~3 (caka*|pocaka*|cekam*|cekal*) ~2 (ze|zaman|vedno|predolgo|teden|tedna|tedne|tednov|dni|mesec*)
# colloquial participles: javl, oglasl, odzvau, odgovorou
(niste|niso|ni|nihce|nikoli|nobeden|noben) ~4 (javl|javla|oglasl|oglasla|oglasou|odzvau|odzvou|odgovorou|odpisou|odpisala|odpisali|odpisal) | noneg
neprebran*
gluh* (loz*|usesa|usesi)
(ne|nihce) ~1 (berete|berejo|bere|preberete|preberejo) ~2 (mail*|e-mail*|e-post*|sporocil*|pisem|posto|pisma|pritozb*|reklamacij*) | noneg
ne (dvignejo|dvigne|dvigujejo|dviguje|dvignete|dvigate|dvigujete) ~2 (telefon*|slusalk*) | noneg
(ni|niso|nista|nihce|nobeden) ~2 (dvignil*|dvigoval*|dvigal*|dvigal) ~2 (telefon*|slusalk*) | noneg
(telefon*|slusalk*) (ne|niso|nihce|nobeden) ~1 (dvignejo|dvigne|dvigujejo|dviguje|dvignete|dvigate|dvignil*|dvigoval*|dvigal*) | noneg
(polzj*|polzev*) ~3 (odgovor*|odziv*|odziva*|odgovarja*|odpis*|tempu|hitrost*)
(odgovarja*|odzivajo|odziva|odgovor*) ~3 (polzj*|polzev*)
kot (bi|da) ~3 (pisal|pisala|pisem|pisemo|govoril|govorila) ~2 (steni|zidu|zidom|steno|luni) | weight=0.5
(klic*|mail*|e-mail*|sporocil*|pisma|vprasanj*|dopis*|urgenc*) ~3 (ostal*|ostaja|ostajajo) ~2 (brez|neodgovorjen*|neprebran*) ~1 (odgovor*|odziva|odmeva|reakcije) | noneg
brez (odmeva|odziva|odgovora) ~2 (ostal*|ostaja|ostajajo) | noneg
+ Ze teden dni cakam na feedback glede reklamacije.
+ Na tri maile se niso javl, nič.
+ Moje sporočilo je še vedno neprebrano v vašem sistemu.
+ Pri vas naletiš na gluho lozo, pa naj pišeš kolikor hočeš.
+ Pri vas nihče ne bere mailov.
+ Na informacijah ne dvignejo telefona že tri dni.
+ Odgovarjate v polžjem tempu, po dveh tednih.
+ Vsi moji maili so ostali brez odgovora.
- Odgovorili so isti dan in vse pojasnili.
- Polžji tempo dostave me ne moti, izdelek je odličen.
nikdar ~3 (odgovoril*|odzval*|oglasil*|javil*|odpisal*|reagiral*) | noneg
+ Nikdar se niso odzvali na moje maile.
# --- sl14a: paraphrase families ---
# nobody reads the inbox: "na kontaktni obrazec nihče ne gleda"
(obrazec|obrazca|obrazcu|obrazcev|mail*|e-mail*|sporocil*|e-post*|reklamacij*|pritozb*|inbox|nabiralnik*) ~4 nihce ~2 (gleda|pregleduje|bere|prebere|odpre|odpira|spremlja|obdela|pogleda) | noneg
(odgovora|odziva|povratne|povratnih) ~2 od nikoder
+ Na kontaktni obrazec očitno nihče ne gleda, povratne informacije ni od nikoder.
+ Na moje maile očitno nihče ne pogleda.
- Odgovor sem dobil isti dan, hvala.
- Obrazec sem oddal in so me poklicali naslednji dan.
# sl15: a follow-up message after an ignored one; an answer only months later
(drugi|tretji|cetrti|ponovni|ponovno) (mail*|e-mail*|dopis*|sporocil*|pismo|pisanje|poziv) | weight=0.5
(ste|so|je) ~2 (ignoriral*|prezrl*|spregledal*) | weight=0.5
(odgovor*|odziv*|odgovoril*|odzval*|oglasil*|odpisal*|javil*) ~5 sele (januarja|februarja|marca|aprila|maja|junija|julija|avgusta|septembra|oktobra|novembra|decembra)
+ Pisal sem marca, odgovorili so mi šele julija.
+ To je že tretji dopis, prvega ste prezrli.
- Odgovorili so mi že naslednji dan.
# sl16: verb first: "oglasil se ni nihče"
(oglasil|oglasila|oglasili|javil|javila|javili|odzval|odzvala|odzvali|odgovoril|odgovorila|odgovorili) se (ni|niso) (nihce|nobeden|nobena|nikoli|vec) | noneg
+ Oglasil se ni nihče, ne po mailu ne po telefonu.
+ Javili se niso nikoli več.
+ Odzval se ni nobeden.
- Oglasil se je čez deset minut.
# r18 inflection examples
+ Na odgovor glede računa čakava že tri tedne.
+ V pisarni nihče ni dvigoval telefona.

# s9: "se ne odziva na sporočila" (verb before its object)
ne ~1 (odziva|odzivajo|odzivate|odgovarja|odgovarjajo|odgovarjate|odpisuje|odpisujejo) ~1 na ~2 (sporocil*|mail*|e-mail*|maile|pisma|pismo|dopis*|pritozb*|reklamacij*|prosnj*|vprasanj*|zahtev*|urgenc*|klice) | noneg
+ Vaša podpora se sploh ne odziva na moja sporočila.
+ ne odgovarjajo na nobene maile
- Na sporočila se odzivajo v nekaj urah.
- Hitro se odzivajo na sporočila, pohvala.
# s9: "nobenega povratnega sporočila"
(ni|nisem|nismo|nimam|brez|nobenega|nobene|niti) ~2 (povratn*|povraten) (sporocil*|odgovor*|mail*|klic*) | noneg
+ Nobenega povratnega sporočila od vas.
+ ni bilo povratnega odgovora niti po dveh tednih
- Povratno sporočilo sem dobil že isti dan.
# s9: "kot da vas ni" (needs company, e.g. "tretji mail")
kot da (vas|jih|vaju|ga) ~1 (ni|sploh) | weight=0.5
+ Pošiljam že drugi mail, kot da vas ni.
+ pisem in pisem, kot da vas sploh ni, nobenega odgovora
- Kot da vas ni bilo, tako hitro je bilo vse urejeno.
# s9: answered only "next week"
(odgovoril*|odgovorili|odpisal*|odpisali|odzval*|odzvali|oglasil*|oglasili|javil*|javili|odgovor) ~4 sele ~3 (naslednji|naslednjega|naslednjo|cez|drugi) ~1 (teden|tedna|tednu|mesec|meseca|mesecu)
+ Pisal sem v ponedeljek, odgovorili so šele naslednji teden.
+ odgovor je prisel sele cez en teden
- Odgovorili so takoj, naslednji teden pa je prišel še paket.
# s9: answered only after days or weeks (without "šele")
(odgovorili|odgovoril*|odpisal*|odpisali|odzval*|odzvali|oglasil*|oglasili|javil*|javili) ~3 po ~1 (dveh|treh|stirih|petih|sestih|sedmih|desetih|nekaj|vec|dolgih|stirinajstih) (tednih|mesecih|dneh|dnevih)
+ Odgovorili ste mi po treh tednih.
+ odpisali so mi po petih dneh, ko je bilo že prepozno
- Odgovorili so po dveh urah, kar je čisto v redu.
