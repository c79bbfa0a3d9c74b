# Help refused "because of policy / rules / terms / the system doesn't
# allow it"; a return, warranty or refund policy not honoured; "there is
# nothing I can do".  Rules quoting a refusal hold their own negation and
# are noneg ("ne morem nič storiti", "sistem tega ne omogoča").
#
# policy, rules, terms
politik* ~1 (podjetj*|hise|trgovin*|banke|druzbe|firme|naseg*|vasega|operaterj*)
(nasa|taksna|taka|interna|poslovna|njihova|vasa) politika
politika ~1 (taka|taksna|jasna)
(pravila|pravilo|pravil|pravilih|pravilom|pravili) ~1 (hise|podjetj*|trgovin*|druzbe|firme)
(notranj*|interne|interna|internih|internim|internega|internem|internemu|interno|internimi|strog*|nasa|nasih|njihov*|taksn*|tak|taksen) (pravila|pravil|pravili|pravilih|pravilom|predpisi|predpisih)
(taksna|taka|tako) so pravila | noneg
(pravila|pogoji|predpisi|smernice|navodila|postopki|zakoni) ~3 (taka|taksna|take|taksne|taki|taksni) | noneg
pravila so pravila | noneg
ne da ~2 (nic|nicesar) ~1 (narediti|storiti|urediti|naredit|storit) | noneg
pravilnik*
proti (pravilom|pravilu|pravilniku|predpisom|politiki|pogojem|navodilom|protokolu)
po ~2 (pogojih|pravilih|pravilniku|politiki|predpisih) ~6 (nemogoc*|prepovedan*|nedovoljen*|izkljucen*)
navodil* ~4 ne ~1 (sme|smem|smemo|smejo|smete) | noneg
ne (smem|sme|smemo|smejo) ~3 (dati|dat|narediti|naredit|storiti|povedati|sprejeti|sprejet|vrniti|vrnit|zamenjati|urediti|izdati|odobriti|priznati) | noneg
(v|ni|niso) ~1 (nasprotju|skladu) (s|z) ~1 (pravil*|pogoj*|politik*|pravilnik*|predpis*|navodil*) | noneg
po ~2 (pogojih|pravilih|pravilniku|politiki|predpisih) ~6 (ne|ni|niso) | noneg
(vezejo|veze) ~2 (pravil*|pogoj*|predpis*|navodil*|politik*)
(pravil*|pogoj*|predpis*|politik*|pravilnik*) ~2 ne (dovoljuj*|dopusca*|omogoca*|krij*|krije|predvideva*) | noneg
# "the system doesn't allow it"
sistem* ~2 (ne|ni) ~1 (omogoca|dovoli|dovoljuje|dopusca|pusti|sprejme|mogoce) | noneg
v sistemu ~2 (ni|ne) ~1 (mogoce|more|gre|da) | noneg
# "there is nothing I can do", "I can't help you"
(ne|nic|nicesar) ~2 (morem|more|moremo|morejo|moreta|morete|mogel|mogu|mogla|mogl|mogli) ~2 (nic|nicesar|storiti|narediti|ukreniti|pomagati|postoriti|storit|naredit|pomagat) | noneg
(nic|nicesar) ~1 ne ~1 (morem|more|moremo|morejo) ~1 (storiti|narediti|ukreniti|postoriti|storit|naredit|pomagati|pomagat) | noneg
ni ~1 (moji|nasi|njeni|njegovi) moci | noneg
zvezane ~1 roke
# refused return, warranty, refund, exchange
(zavrnil|zavrnila|zavrnili|zavrnjen*|zavrnejo|zavracajo|zavrnitev) ~3 (reklamacij*|garancij*|vracil*|menjav*|zamenjav*|zahtev*|zahtevk*|odskodnin*|povracil*|odstop*|storn*|storen)
(reklamacij*|garancij*|vracil*|menjav*|zamenjav*|zahtev*|zahtevk*|odskodnin*|povracil*|odstop*|storn*|storen) ~4 (zavrnil|zavrnila|zavrnili|zavrnjen*|zavrnejo|zavracajo)
(skodo|skode|zahtevek|zahtevka|prosnjo|vlogo) ~4 (zavrnil|zavrnila|zavrnili|zavrnjen*|zavrnejo|zavracajo)
ne ~1 (sprejmejo|sprejmemo|sprejemajo|sprejemamo|priznajo|priznamo|upostevajo|upostevamo|vracajo|vracamo|menjajo|menjamo|zamenjajo|zamenjamo|krije|krijejo|pokrije) | noneg
ne ~1 (sprejme|sprejema|prizna|uposteva) | noneg, weight=0.5
ne ~1 (velja|veljajo|vraca|menja) | noneg, weight=0.5
ne (pripada|pripadajo) | noneg
(nocejo|noce|nocete|nocemo) ~2 (vrnit*|zamenjat*|priznat*|sprejet*|popravit*|upostevat*|odobrit*|izplacat*|povrnit*|stornirat*) | noneg
(ni|niste|nisem|nism|nisn|nismo) ~1 upravicen* | noneg
(niso|ni|nista) ~1 (hotel|hotu|hoteli|hotela|hotele) ~2 (izdat*|zamenjat*|vrnit*|sprejet*|narediti|naredit|prestavit*|popravit*|priznat*|upostevat*|odobrit*|izplacat*|stornirat*|preklicat*|uredit*) | noneg
(garancij*|jamstv*) ~2 ne ~1 (krij*|krije|velja|pokrij*) | noneg
(menjav*|zamenjav*|vracil*|reklamacij*|vrnitev|odstop*|preklic*) ~2 ni ~1 (mogoc*|dovoljen*|moznost*|mozn*|mozen|vec) | noneg
rok za (vracil*|reklamacij*|odstop*|menjav*|zamenjav*) ~2 (potekel|pretekel|mimo)
# "taki so pogoji", "take so smernice", "tak je sistem"
(taki|taksni|tako|taka|taksna|take|taksne) so (pogoji|pravila|predpisi|smernice|navodila|zakoni|postopki|pravilniki) | noneg
(tak|taksen|tako) je (sistem|postopek|protokol|pravilnik|zakon|predpis|dogovor) | noneg
(interne|interna|internih|notranje|notranjih|nase|nasih|njihove|njihovih|take|taksne|stroge|strogih) (smernice|smernic|predpisov|postopkov|pogojev|protokolov)
zaradi (internih|notranjih|nasih|njihovih|vasih|poslovnih|strogih|splosnih|tarifnih|veljavnih) (pravil|predpisov|politik*|pogojev|smernic|navodil)
zaradi (pravil|predpisov|pravilnika|politike|smernic|protokola|zakonodaje)
(zakon*|zakonodaj*|protokol*|smernic*|pogodb*) ~2 ne (dovoljuj*|dopusca*|omogoca*|predvideva*|dovoli) | noneg
ne ~1 (izpolnjujem|izpolnjujemo|izpolnjuje|izpolnjujete|izpolnim|izpolnjuj*) ~2 (pogoj*|kriterij*|zahtev*) | noneg
(sklicuje|sklicujejo|sklicujete|skliceval|sklicevala|sklicevali|sklical|sklicala|sklicali) ~2 (na|ob) ~1 (pogoj*|pravil*|pravilnik*|politik*|predpis*|smernic*|zakon*)
# "there is nothing to be done", "they can't meet me halfway", "no exceptions"
ni ~1 (nic|nicesar) ~1 za (narest|naredit*|narediti|storit*|storiti|ukrenit*) | noneg
ne ~2 (moremo|morejo|more|morem|morete|zelijo|zeli|zelimo) ~2 (iti|it|priti|prit) naproti | noneg
ne ~1 (moremo|morejo|more|morem|smemo|smejo|sme|smem) ~2 ugodit* | noneg
izjem* ~2 ne ~1 (delamo|delajo|dela|moremo|morejo|more|dovolimo|dovolijo|odobrimo|odobrijo|priznamo|priznajo) | noneg
izjem* ~4 (niso|ni) ~1 (mogoce|mozne|mozna|mozno|dovoljen*) | noneg
(vracil*|menjav*|zamenjav*|reklamacij*|garancij*|izjem*|dobropis*) ~4 ne (obstaja|obstajajo) | noneg
(zamenjave|menjave|vracila|dobropisa|reklamacije) ni ~1 (ker|kr|za|pri) | noneg
# not accepted, not approved: "reklamacije niso sprejeli", "podaljšanja
# niste odobrili", "ocenili ste jo kot neupravičeno"
(reklamacij*|garancij*|vracil*|menjav*|zamenjav*|zahtev*|zahtevk*|odstop*|dobropis*|povracil*|odskodnin*|preklic*|podaljsanj*|odlog*) ~3 (ni|niso|niste) ~1 (sprejel*|priznal*|upostev*|odobril*|ugodil*|dovolil*) | noneg
(ni|niso|niste|nista) ~2 (sprejel*|priznal*|dovolil*) ~3 (reklamacij*|garancij*|vracil*|menjav*|zamenjav*|zahtev*|zahtevk*|odstop*|dobropis*|povracil*|odskodnin*|preklic*|podaljsanj*|odlog*) | noneg
(ni|niso|niste|nista) ~2 (odobril*|ugodil*) | noneg
(reklamacij*|zahtev*|zahtevek|zahtevk*|prijav*|garancij*|vlog*|pritozb*) ~4 (neupravicen*|neutemeljen*)
(neupravicen*|neutemeljen*) (reklamacij*|zahtev*|zahtevek|zahtevk*|vlog*|pritozb*)
(odklonil*|odklanja*|odklonjen*) ~3 (reklamacij*|garancij*|vracil*|menjav*|zamenjav*|zahtev*|zahtevk*|odskodnin*|povracil*|odstop*|storn*|popravil*|prosnj*)
(reklamacij*|garancij*|vracil*|menjav*|zamenjav*|zahtev*|zahtevk*|odskodnin*|povracil*|odstop*|prosnj*) ~4 (odklonil*|odklanja*|odklonjen*)
# staff without authority
(nima|nimam|nimajo|nimamo) ~1 (pooblastil*|pristojnosti) | noneg
presega* ~2 (pooblastil*|pristojnost*|moznost*)
# --- added: joined negation (nemorem), "take so pač pravila", rules that
# dictate, "tega pri nas ne delamo", only a credit note, tied hands
(nemorem|nemore|nemoremo|nemorejo|nemoreta|nemorete|nemoras|nemorm|nemormo) ~2 (nic|nicesar|storiti|narediti|ukreniti|pomagati|postoriti|storit|naredit|pomagat|uredit*|vrnit*|zamenjat*) | noneg
(nic|nicesar) ~2 (nemorem|nemore|nemoremo|nemorejo|nemoreta|nemorete|nemorm|nemormo) | noneg
(taki|taksni|take|taksne|taka|taksna|tako) so ~1 (pogoji|pravila|predpisi|smernice|navodila|zakoni|postopki|pravilniki) | noneg
(pravila|pogoji|predpisi) so ~1 (pravila|pogoji|predpisi) | noneg
(pravila|pravilo|pogoji|predpisi|predpis|navodila|zakon|zakonodaja|politika|protokol|pravilnik|sistem|smernice|interna|interni) ~2 (dolocajo|doloca|zahtevajo|zahteva|velevajo|veleva|narekujejo|narekuje|predpisujejo|predpisuje|prepovedujejo|prepoveduje|onemogocajo|onemogoca)
(tako|taksno) ~1 (je|so) ~1 (predpisano|doloceno|dogovorjeno|zapisano|urejeno)
(tako|taksno|to) ~2 (predpisano|predpisujejo|doloceno|dolocajo|zahtevajo)
pri (nas|njih) ~3 ne (delamo|delajo|pocnemo|pocnejo|omogocamo|omogocajo|izvajamo|izvajajo|sprejemamo|sprejemajo|menjamo|menjajo|vracamo|vracajo|priznavamo|priznavajo) | noneg
(izjem*|menjav*|vracil*|zamenjav*|vracanj*|dobropis*|popust*) ~3 ne (delamo|delajo|pocnemo|pocnejo|omogocamo|omogocajo|izvajamo|izvajajo|dajemo|dajejo|priznavamo|priznavajo) | noneg
(samo|le|zgolj) ~2 (dobropis*|bon|bone|vavcer*|voucher*)
lahko ~3 (dobropis*|vavcer*|voucher*) | weight=0.5
(namesto|ne) ~3 (denarja|vracila|vracilo) ~3 (dobropis*|bon|vavcer*|voucher*)
(roke|rok) ~3 (zvezane|vezane)
(ni|niso|ne) ~1 (dovoljen*|dopustn*|dopuscen*|dopusceno) | noneg
ni ~1 (dovoljeno|dopustno|dovoljen) | noneg
(prepovedan*|prepovedano) ~3 (pravil*|pravilnik*|predpis*|politik*|zakon*|pogoj*)
(ker|ces|kr|saj) ~4 (je|so|naj|bi) ~2 (rok|roka|garancija|garancijski|jamstvo|jamstveni) ~2 (potekel|potekla|pretekel|pretekla|iztekel|iztekla|mimo|minil|minila|iztekel)
(racunalnik*|program|programu|aplikacij*|blagajn*|kasa|kasi) ~2 (ne|ni) ~1 (dovoli|dovoljuje|dopusca|pusti|omogoca|sprejme) | noneg
(zavrnil|zavrnila|zavrnili|zavrnjen*|zavracajo|zavraca|odklonil*|odklanja*) ~4 (vracil*|vracilo|povracil*|menjav*|zamenjav*|reklamacij*|garancij*|odstop*|storno|storniranj*|preklic*|prosnj*|zahtev*|zahtevk*|odpoved*|prekinitev|spremembo|podaljsanj*|odlog*|popravil*)
(ni|niso|nista|nismo) ~1 (hotel|hotu|hoteli|hotela|hotele|mogel|mogu|mogla|mogli|smel|smela|smeli) ~3 (vrnit*|zamenjat*|sprejet*|priznat*|upostevat*|odobrit*|izplacat*|povrnit*|stornirat*|preklicat*|prestavit*|spremenit*|izdat*) | noneg
# out of warranty, not covered, not without a receipt
(izven|zunaj) ~2 (garancij*|garancijsk*|jamstv*|jamstven*|pogojev|pravil)
ne (velja|krije|pokriva|vkljucuje) ~2 (garancij*|jamstv*|zavarovanj*|polic*) | noneg
(garancij*|jamstv*|zavarovanj*|polic*|pogoj*|pravil*) ~2 ne ~1 (pokriva|pokrivajo|vkljucuje|vkljucujejo|zajema|zajemajo|velja|veljajo) | noneg
brez (racuna|embalaze|originalne|originalnega|potrdila|dokazila|skatle|etikete|nalepke) ~4 ne ~1 (moremo|morejo|more|gre|sprejmemo|sprejmejo|sprejemajo|sprejemamo|vracamo|vracajo|menjamo|menjajo|zamenjamo|zamenjajo|mogoce|mogoc|priznamo|priznajo) | noneg
ne ~1 (sprejmejo|sprejemajo|vracajo|menjajo|zamenjajo|priznajo|priznavajo|vrnejo) ~4 brez (racuna|embalaze|originalne|originalnega|potrdila|dokazila|skatle|etikete) | noneg
ne ~1 (priznavajo|priznavamo|odobravajo|odobravamo|upostevajo|upostevamo|vracamo|vracajo|refundiramo|refundirajo) | noneg
(pise|pisalo|stoji|zapisano|napisano|piše) ~2 v ~1 (pogodbi|pogojih|pravilih|pravilniku|drobnem|splosnih) | weight=0.5
(drobn*|drobnem) ~1 (tisk*|crk*) | weight=0.5
(vracil*|denarja|kupnin*|menjav*|zamenjav*|garancij*|odskodnin*|povracil*) ~3 ne ~1 (boste|bo|bos|bomo|morete|morejo) ~1 (dobil*|videl*|dobila|dobiti|dobit|uveljavljal*|uveljavit*) | noneg
(garancij*|jamstv*|zavarovanj*|reklamacij*) ~3 (ne|ni) ~2 (veljal*|velja|veljala|krila|krije|kril|krilo|pokrivala|pokrival*|priznal*|upostevan*) | noneg
+ Rekli so, da je takšna politika podjetja in da ne morejo nič storiti.
+ Vračila ne sprejmejo, ker je embalaža odprta.
+ zal vam ne morem pomagati, sistem mi tega ne omogoca
+ Garancijo so mi zavrnili zaradi "mehanske poškodbe".
+ Po vaših pogojih mi odškodnina ne pripada, so napisali.
+ Reklamacije niso sprejeli, češ da so taki pogoji.
+ izjem ne delamo, so rekli na blagajni
- Vračilo so mi uredili v dveh dneh, hvala.
- Ali lahko izdelek vrnem, če ni odprt?
- Preberite pravila nagradne igre na spletni strani.
- Vračilo so odobrili brez težav.
+ Nemorem vam nic pomagati, so taka pravila.
+ Vračila kupnine ne boste dobili, lahko vam izdamo le dobropis.
+ Brez računa zamenjave ne moremo narediti.
+ po pravilniku tega ne smemo, je rekla
+ Garancija naj ne bi veljala, ker sem kupil v drugi poslovalnici.
- Kakšna je garancija za ta model?
- Izdelek je bil brez embalaže, ampak so ga vseeno sprejeli nazaj.
# the rule named as the reason: "zaradi internih pravil", "po splošnih pogojih", "nepovratne karte"
(zaradi|skladno|glede) ~2 (pravil|pravilih|pravilnika|pravili|politike|pogojev|predpisov|protokola|navodil) | noneg, weight=0.5
(interni*|internih|hisn*|splosn*|veljavn*) ~1 (pravil*|pravilnik*|navodil*|politik*|predpis*|pogoj*) | noneg, weight=0.5
po ~1 (pogojih|pravilih|pravilniku|politiki|predpisih) | weight=0.5
nepovratn* | weight=0.5
# "odprtih izdelkov ne jemljejo nazaj"
ne ~1 (jemljejo|jemljemo|vzamejo|vzamemo|sprejmejo|sprejmemo|sprejemajo|sprejemamo) ~2 nazaj | noneg
# "vlaga ni pokrita z garancijo"
(ni|niso|ne) ~1 (pokrit*|krit*|vkljucen*|zajet*) ~2 (garancij*|jamstv*|zavarovanj*|polic*) | noneg
+ Brez najave tega ne morejo izplačati zaradi internih pravil.
+ Po splošnih pogojih je vozovnica nepovratna, so rekli.
+ Rabljenih stvari ne vzamejo nazaj, pa čeprav imam račun.
+ Poškodba zaradi padca ni pokrita z garancijo.
- Po pravilih so mi brez težav vrnili denar.
+ Dviga ni mogoče opraviti zaradi internih pravil banke.
# round 7 (insurance, telecom, banking): refused because of the excess,
# an exclusion clause, the general terms or the small print
(zavrnil*|zavrnila|zavrnili|zavrnjen*|zavrnitev|zavrnejo|zavrne|odklonil*|odklonjen*) ~4 (fransiz*|odbitn*|klavzul*|izkljucit*|pogoj*|pravilnik*|dolocil*|drobn*|internih|interna|pravil)
(zaradi|po) (fransize|fransizi|odbitne|klavzule|izkljucitve|pravilnika|dolocila) ~4 (ne|ni|niso|nimajo|nimam) ~1 (izplac*|krije|krijejo|krila|pokrije|priznajo|priznali|odobrijo|vrnejo|moremo|morejo|more) | noneg
+ Zavarovalnica je zavrnila izplačilo zaradi franšize.
+ Zahtevek so mi zavrnili na podlagi klavzule v drobnem tisku.
+ Zaradi franšize ne izplačajo niti evra.
- Škodo so izplačali v enem tednu, brez zapletov s franšizo.
- Polico so mi podaljšali brez težav.

# r8: singular "interno pravilo", "hišno pravilo"
(interno|notranje|hisno|tako|taksno|strogo) (pravilo|pravila)
(internem|internega|internemu|notranjem|notranjega|hisnem|hisnega|strogem|strogega) (pravilu|pravila|pravilnik*)
+ V hotelu so rekli, da je tako interno pravilo in zgodnje prijave ne delajo.
+ To je hišno pravilo, je rekla, in mi ni vrnila kavcije.
- Hišni red smo upoštevali in vse je bilo v redu.

# sl12b: "not covered", "not in my job description", "not my competence"
(to|tega|ta|te|tisto) ~1 (ni|niso|ne) ~1 (krito|pokrito|kriti|krita|pokrita|krije|pokriva|pokrije|vkljuceno|zajeto) | noneg
(ni|niso|ne) ~1 v ~1 (opisu|opis) ~1 (dela|delovnega|mojega|nasega|njihovega|nase|moje|njihove|njegovega|njenega) | noneg
# sl12b: lecture/citing of terms instead of help
(predavanj*|pridig*|citiral*|citirala|citirali|recitiral*|predaval*|predavala) ~3 (pogoj*|pravil*|pravilnik*|politik*|predpis*|clen*|dolocil*)
(prosil*|prosila|prosili|zahteval*|zahtevala) ~2 (izjem*|odstopanj*) | weight=0.5
(nobena|nobene|nobenih) ~1 (izjema|izjeme|izjem) | noneg
ne gre ~2 pika | noneg, weight=0.5
# sl12b: own policy/warranty not honoured
(ni|niso|ne|nista) ~2 (spostoval*|spostovala|spostovali|spostuje|spostujejo|upostevali|upostevala|upostevalo|spostovalo|drzal*|drzala|drzali|drzi|drzijo|izpolnil*|izpolnilo) ~3 (politik*|pogoj*|pravil*|garancij*|jamstv*|pravilnik*) | noneg
politik* ~1 (vracil*|vracanj*|menjav*|reklamacij*|garancij*|odstop*) | weight=0.5
# sl12b: house rules / rules apply to everyone / "that's how we have it"
(hisn*|hisni) (red|reda|redom|pravil*) | weight=0.5
(red|reda|protokol*|postopek|postopki|statut*|navodil*|sistem|pravilnik|pogodba) ~2 ne ~1 (predvideva*|dovoljuj*|dopusca*|omogoca*|dovoli|dopusti|pozna) | noneg
(pravila|pravilo|pogoji|predpisi|rok|roki|postopek) ~1 (veljajo|velja|so|je) ~2 za (vse|vsakogar|vsakega|vse) ~1 (enak*|enako|isto|brez)
(tako|taksno|to) ~2 (imamo|imajo|je|so) ~1 (urejeno|doloceno|dogovorjeno|predpisano|zapisano|dolocen*|sistemsko)
+ GARANCIJA 2 leti, ampak "to ni krito".
+ Rekli so, da to ni v opisu dela.
+ Prosil za izjemo, dobil predavanje o splošnih pogojih.
+ Nobena izjema, so rekli.
+ Podjetje ni spoštovalo lastne politike vračil.
+ Niso dovolili vstopa, ker hišni red tega ne predvideva.
+ Rekla je, da pravila veljajo za vse enako.
+ Odgovor: tako imamo urejeno.
- Prebral sem pogoje in ugotovil, da imam prav, izdelek so takoj zamenjali.
- Pravila so jasna in prijazno so mi jih razložili, vračilo je potekalo gladko.
# sl12b: warranty refused by calling it misuse; not in our competence; rule is a rule
(neprimern*|nepravilne|nepravilno|nepravilna|malomarn*|nenamensk*|nestrokovn*) ~1 (uporab*|ravnanj*|rokovanj*) | weight=0.5
(popravil*|servis*|menjav*|zamenjav*) ~2 (zaracunal*|zaracunala|zaracunali|zaracunajo|placljiv*) | weight=0.5
pravilo je pravilo | noneg
(zaklenjen*|blokiran*|zaprt*) ~2 (sistem*|sistemu|racun) ~4 (ne|ni) ~1 (moremo|morejo|more|morem|gre|mogoce) | noneg
+ Na servisu so ugotovili poškodbo zaradi neprimerne uporabe in popravilo zaračunali.
- To ni v naši pristojnosti, ampak v pristojnosti računovodstva.
+ Pravilo je pravilo, mi je rekla.
- Popravilo so mi zaračunali po ceniku, kot je bilo dogovorjeno.
# --- sl14a: paraphrase families ---
# "nobody can fix this": "da mi tega ne more nihče urediti"
ne (more|morejo|zmore|zna) ~1 nihce ~2 (uredit*|pomagat*|narediti|naredit|storit*|resit*|ukrenit*) | noneg
# house rule: "tako pač imamo pri nas", "če vam ni prav, pojdite drugam"
(tako|tko|taka|taksna) ~3 (imamo|je|velja|delamo) ~1 pri nas | weight=0.5
(tako|tko|taka|taksna) ~3 (imajo|imate|ima|delajo|delate|dela) ~1 pri (njih|vas|njem|njej) | weight=0.5
(pojdite|pejte|pejt|pojdi|idite|ite|kar) drugam | weight=0.5
ce ~2 (ni|nama|nam|mi|vam|ti) ~2 prav ~2 naj (gremo|greva|grem|gre|grete|gresta|gredo) drugam | noneg, weight=0.5
+ "Tako pač imamo pri nas, če vam ni prav, pa pejte drugam," mi je zadrl.
+ Rekla je, da mi tega ne more nihče urediti.
+ Gospa pravi, da ne more nihče pomagati.
- Tako je pri nas vedno, hitro in prijazno.
- Pojdite drugam po kruh, tu ga ni.
# sl15: "that's the rule"; price match refused; not allowed because of a house rule; deposit kept under a clause; only a supervisor may approve
(tako|taksno|takso|taksna|pac) ~1 (je|so) ~1 (pravilo|pravila)
ne (morejo|moremo|more|mormo) ~2 (upostevati|upostevat|priznati|priznat|izenacit*|uveljavit*) ~3 (cen*|popust*|akcij*) | noneg
(cen*|popust*|akcij*) ~4 ne (morejo|moremo|more|mormo) ~1 (upostevati|upostevat|priznati|izenacit*) | noneg
(niso|ni|niste) ~2 (pustil*|dovolil*) ~6 ker | noneg
(zadrzal*|obdrzal*|odtegnil*) ~6 (varscin*|kavcij*|polog*) | weight=0.5
(varscin*|kavcij*|polog*) ~4 (zadrzal*|obdrzal*|odtegnil*) | weight=0.5
po (clenu|klavzuli|dolocilu) | weight=0.5
(odobri|odobrijo|potrdi|podpise) ~2 (samo|le|izkljucno) ~2 (nadrejen*|vodj*|poslovodj*|sef*)
+ Tako je pravilo, so rekli.
+ Spletnih cen ne morejo upoštevati v trgovini.
+ Niso mi pustili pomeriti, ker se kabine zaprejo ob petih.
+ Zadržali so kavcijo po členu, ki ga ni.
+ Vračila odobri samo nadrejeni.
- Pustili so mi pomeriti vse, hvala.
- Upoštevali so spletno ceno brez težav.
# sl16: sale goods not returnable: "blago z razprodaje se ne vrača"
(razprodaj*|akcij*|akcijsk*|znizan*|znizanj*|odprodaj*|outlet*|popust*) ~5 se ne ~1 (vraca|vracajo|vrne|vrnejo|menja|menjajo|zamenja|zamenjuje|zamenjujejo|sprejema|sprejme) | noneg
(razprodaj*|akcij*|akcijsk*|znizan*|odprodaj*|outlet*) ~1 ne (vraca|vracajo|vrne|vrnejo|menja|menjajo|zamenja|zamenjuje|sprejema) | noneg
+ Artikli s popustom se ne vračajo, so rekli.
+ Znižano blago se ne menja, tako je pravilo.
+ Iz outleta se ne sprejme nazaj nič.
+ Rekli so, da se stvari iz outleta ne menjajo.
- Akcijske izdelke se lahko vrne v 14 dneh.
- V aplikaciji ni mogoče najti gumba za odjavo od novic.
# r18 inflection examples
+ Po internem pravilu trgovine mi blaga ne smejo zamenjati.
+ Tako pač imajo pri njih, če mi ni prav, naj grem drugam, je rekla blagajničarka.
