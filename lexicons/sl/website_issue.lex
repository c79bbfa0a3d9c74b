# Website or app hard to navigate, broken, not usable on a phone, no way
# to find contact details.
#
# the site/app/form/button doesn't work (noneg: "ne dela" is the complaint)
(aplikacij*|app|stran|strani|spletisc*|splet*|portal*|gumb*|obrazec|obrazca|obrazcu|obrazci|kosaric*|prijav*|registracij*|e-bank*|klik|nakup*|placil*|blagajn*|blagajen) ~4 ne ~1 (dela|deluje|odpre|odpira|zazene|nalozi|shrani|odziva|pusti|gre|prikaze|sprejme|naredi|poslje|dovoli|reagira|prepozna) | noneg
(aplikacij*|app|stran|strani|spletisc*|portal*|gumb*|obrazec|obrazca|obrazcu|kosaric*|e-bank*) ~4 (sesu*|zrus*|zmrzn*|zamrzn*|crash*|zablokira*|obvisi|obtici|zatakne|izbrise|izbrisal*|pobrise|javlja|vrze|vrne|prekriva|nalaga|sesuje|preusmerja|izprazni|izgine|izginejo|izginil*|odjavi|odjavlja|izpise|neodzivn*|pocasn*|zmrzen|zamrzen|neodziven|pocasen|izgineta)
(aplikacij*|app|stran|strani|spletisc*|portal*|gumb*|obrazec|obrazca|kosaric*) ~4 (napak*|error*|hrosc*|bug*)
(napak*|error*) ~1 (404|500|502|503|401|403)
(bel*|prazen|prazn*|crn*) (zaslon*|ekran*|stran)
po ~1 (zadnji|zadnjem|novi) (posodobitv*|nadgradnj*|verziji|prenovi) | weight=0.5
posodobitv* ~4 (ne|ni) | weight=0.5
# can't log in, click, pay, find anything
ne ~1 (morem|mores|moremo|more|gre|moreva) ~2 (v|na|do) (spletn*|aplikacij*|portal*|e-bank*|racun|profil*|stran|spleten)
ne ~1 (morem|mores|moremo|more|gre|uspe|moreva) ~2 (prijavit*|klikn*|vpisat*|odpret*|oddat*|placat*|registrirat*|nalozit*|shranit*|spremenit*|izbrat*|potrdit*|oddati|dokoncat*|zakljucit*|kliken) | noneg, weight=0.5
(nicesar|nic) ~1 ne ~1 (morem|mores|gre) ~1 (klikn*|izbrat*|vpisat*|oddat*|kliken) | noneg
(nepregledn*|zmedene|zmedena|zmeden*|neuporabn*|nefunkcionaln*|zastarel*|nerodn*|okorn*|nepregleden|neuporaben|nefunkcionalen|neroden|okoren) ~2 (stran*|aplikacij*|portal*|spletisc*|meni*|vmesnik*|obrazec|obrazc*|app)
(stran*|aplikacij*|portal*|spletisc*|vmesnik*|app) ~3 (nepregledn*|neuporabn*|nefunkcionaln*|katastrof*|polomij*|zmeden*|okorn*|nepregleden|neuporaben|nefunkcionalen|okoren)
(ni|niso|nista) ~1 (prilagojen*|optimiziran*|primern*|primeren) ~2 (telefon*|mobiln*|mobitel*|pametn*|mobilen|pameten) | noneg
prekriva* | weight=0.5
# no contact details to be found
(kontakt*|telefonsk*|e-naslov*) ~3 (nikjer|skrit*|skrivate|skrivata) | noneg
(kontakt*|telefonsk*|e-naslov*) ~3 ne (najdem|najdes|najdemo|najdeva) | noneg
(nikjer|ni) ~2 (kontakt*|telefonsk*|e-naslov*) | noneg
ne (najdem|najdes|najdemo|najde|najdeva) ~2 (kontakt*|telefonsk*|e-naslov*) | noneg
# payment falls through at checkout: "plačilo mi vsakič pade"
(placil*|transakcij*|nakup*) ~4 (pade|pada|padlo|padla|spodleti|spodletelo|spodletela|zmrzne|obvisi|obtici)
# too complicated, cut off, unreadable: "stran je tako zakomplicirana",
# "polovica strani je odrezana"
(stran|strani|spletisc*|aplikacij*|portal*|vmesnik*|app|obrazec|obrazca|menija|meniju) ~3 (zakomplicir*|zapleten*|prezapleten*|kompliciran*|odrezan*|zamaknjen*|neberljiv*|nepregledn*|nepregleden)
(zakomplicir*|prezapleten*|kompliciran*|neberljiv*) ~2 (stran*|aplikacij*|portal*|spletisc*|vmesnik*|obrazec|obrazc*|app)
# "nekaj vam je narobe s stranjo", "košarica se sama sprazne"
(narobe|hec) ~1 (s|z) (stranjo|aplikacijo|portalom|spletiscem|appom|appko|spletno|aplikacita)
(kosaric*|obrazec|obrazca|aplikacij*) ~3 (sprazne|spraznil*|izprazni|izbrise|izginejo|izgine|izgineta)
# the confirmation code never comes
(koda|kode|kodo|geslo|sms|potrditv*|potrditven*|aktivacijsk*) ~4 (ne|nikoli) ~1 (pride|prispe|dobim|prejmem|deluje|dela) | noneg, weight=0.5
+ Aplikacija se po zadnji posodobitvi sploh ne odpre.
+ Obrazec za reklamacijo izbriše vse, kar vpišem.
+ spletna stran javlja napako 500 ze ves dan
+ Na telefonu se gumb prekriva in ničesar ne morem klikniti.
+ Vaših kontaktnih podatkov ni nikjer na strani.
+ Plačilo pri zaključku nakupa vedno pade.
+ aplikacija je tako zakomplicirana, da nic ne najdem
- Spletna stran je pregledna, naročilo je bilo enostavno.
- Aplikacijo sem namestil in vse deluje.
# crashes and freezes: "aplikacija se sesuje pri izbiri termina", "stran zamrzne"
(aplikacij*|app|stran|strani|spletisc*|portal*|e-bank*|trgovin*|obrazec|obrazca|kosaric*) ~8 (sesuje|sesul*|zrusi|zrusil*|crkne|crknil*|zamrzne|zamrzn*|zmrzn*|obvisi|obvisel*|zablokir*|zasteka|zatakne|zatika|ugasne)
(sesuje|sesul*|zrusi|zrusil*|zamrzne|zamrzn*|obvisi|obvisel*|zablokir*|zasteka) ~3 (aplikacij*|app|stran|strani|spletisc*|portal*|e-bank*)
+ Mobilna aplikacija banke se sesuje vsakič, ko odprem račun.
+ Pri plačilu se je zrušila cela spletna stran.
- Trgovina se zapre ob osmih zvečer.

# --- pass 6 ---
# an error pops up while ordering: "pri oddaji naročila se pokaže napaka"
(oddaj*|naroc*|placil*|placevanj*|prijav*|registracij*|nakup*|kosaric*|klik*|stran*|aplikacij*|app|portal*|obrazc*|obrazec|spletn*|spleten|vpis*|nalaganj*|posodob*) ~5 (pokaze|prikaze|pokazala|prikazala|javi|javlja|izpise|izpisala|pojavi|pojavila|pojavlja|skoci|skocil*|vrze|vrglo|dobim) ~2 (napak*|error*)
# closes by itself: "po posodobitvi se aplikacija takoj zapre"
(aplikacij*|app|appka|appko|program*|portal*) ~3 (zapre|zapira|zaprla|ugasne|ugasnila|izklopi|crkne|crkuje)
# can't be found on the site: "kontaktne številke ni mogoče najti"
(kontakt*|telefonsk*|stevilk*|e-naslov*|gumb*|moznost*|zavihek|zavihk*|povezav*|obrazec|obrazc*) ~4 (ni|nemogoce|nikakor|ne) ~2 (najti|najt|poiskati|najdes|najdem|odkriti) | noneg, weight=0.5
(strani|stran|spletisc*|aplikacij*|app|portal*|spletu|meniju|menijih) ~4 (ni|nemogoce|nikakor|ne) ~2 (najti|najt|poiskati|najdes|najdem|odkriti) | noneg, weight=0.5
(stran*|spletisc*|aplikacij*|app|portal*) ~5 nic ~1 ne ~1 (najde|najdem|najdes|vidi) | noneg
(skrit*|zakopan*|izgubljen*) ~2 (v|pod|med) ~1 (podmeni*|menij*|zavihk*|nastavitv*)
# login and password reset broken, dead links
(ponastavit*|geslo|gesla|geslom|prijava|prijavo|login*|vpis|vpisa|registracij*|potrditven*|aktivacij*|verifikacij*) ~3 ne ~1 (dela|deluje|gre|uspe|prispe|pride|sprejme|prepozna) | noneg
(neveljavn*|neveljaven|potekl*|pokvarjen*|mrtv*|mrtev) ~1 (povezav*|link*|koda|kodo|gumb*)
(povezav*|link*|koda|kodo|gumb*) ~4 (neveljavn*|neveljaven|mrtv*|mrtev)
# online payment problems
(tezav*|napak*|hrosc*) ~4 (spletn*|spleten|online) ~1 (placil*|placevanj*|nakup*|blagajn*|trgovin*|sistem*|stran*|obrazc*|obrazec|prijav*)
+ Pri oddaji prijave se vedno pokaže napaka.
+ Po zadnji posodobitvi se appka sama zapre.
+ Telefonske številke na vaši strani ni mogoče najti.
+ Povezava za ponastavitev gesla je neveljavna.
+ Prijava v portal ne deluje že od jutra.
+ Na spletni strani se nič ne najde, vse je skrito v podmenijih.
- Na strani sem hitro našel telefonsko številko.
- Računalnik sem zaprl in šel domov.
# round 7 (subscriptions, food apps, e-shops): the cancel button is hidden,
# the app charged twice
(gumb*|povezav*|moznost*|obrazec*|opcij*) ~5 (skrit*|skrita|nevidn*)
(aplikacij*|app|aplikacija|stran|spletna|portal*|sistem) ~4 (dvakrat|dvojno|trikrat) ~1 (zaracunal*|zaracunala|bremenil*|obremenil*|trgal*|odtegnil*)
+ Gumb za preklic naročnine je skrit v nastavitvah.
+ Aplikacija za dostavo mi je dvakrat zaračunala isto naročilo.
+ Spletna stran je dvojno bremenila kartico.
- Gumb za preklic sem našel takoj.
- Aplikacija deluje brez težav.

# r8: greyed-out buttons, off-screen elements, endless loading, card rejected online
(gumb*|povezav*|polj*|moznost*) ~3 (siv|siva|sivo|zatemnjen*|neaktiven|neaktivn*)
se ne da ~1 (klikn*|izbrat*|oznacit*|vpisat*|odpret*|potrdit*|oddat*|nalozit*|prenest*|shranit*|pritisnit*|kliknit*) | noneg
(zunaj|izven|izpod) ~1 (zaslon*|ekran*)
(nalaganj*|nalaga|nalagal*) ~4 (nikoli|ne) ~2 (konca|konc*|zakljuc*|dokonc*|neha|nehal*|ustavi) | noneg
(spletn*|spleten|aplikacij*|app|portal*|e-bank*) ~5 (zavrnil*|zavrne|zavraca|zavrnila) ~2 (kartic*|placil*|nakup*|narocil*|transakcij*)
+ Gumb za potrditev je siv in se ne da klikniti.
+ Polovica obrazca je na telefonu izven zaslona.
+ Nalaganje računa se nikoli ne konča.
+ Spletna blagajna mi je trikrat zavrnila kartico.
- Gumb je zelen in dela brez težav.
- Stran se hitro naloži in vse se da klikniti.
# r9: what the page does: clicking does nothing but reload, the cart empties,
# the form hides behind the menu on a phone, the order cannot be sent (halves)
(kliknem|kliknil*|kliknila|pritisnem|pritisnil*|pritisnila|tapnem|tapnil*) ~4 (gumb*|povezav*|link*|ikon*|placaj|naroci|oddaj|potrdi) | weight=0.5
(stran|strani|aplikacij*|app|portal*|obrazec|obrazc*) ~3 (osvezi|osvezila|osvezil|resetira|ponastavi|zapre|zaprla|zapira) | weight=0.5
(kosaric*|kosar*|vozick*|vozicek) ~3 (prazn*|prazen|izpraznjen*|spraznjen*) | weight=0.5
(na|v) (mobitel*|mobilnem|mobilniku|mobilcu|pametnem|tablici|androidu|iphonu|ipadu) | weight=0.5
(skrije|skrijejo|skrit*|prekriva|prekrije|prekrit*|zamaknjen*|zamakne|odrezan*|razpotegn*|izven|ponesrecen*|skrijeta) ~4 (meni*|gumb*|obrazc*|obrazec|besedil*|polj*|vnosn*|zaslon*|stran*|slik*) | weight=0.5
(narocil*|obrazc*|obrazec|prijav*|registracij*|placil*|nakup*|zahtevk*|vlog*) ~3 ne ~1 (morem|moremo|mores|gre|da|morete|moreva|moreta) ~1 (oddati|oddat|zakljuciti|dokoncati|poslati|izvesti|potrditi|izpolniti|opraviti|zakljucit|poslat) | noneg, weight=0.5
+ Pritisnem gumb Naroči, stran se osveži in vse je treba znova.
+ Na mobitelu se gumb za plačilo skrije pod menijem.
+ Ko kliknem Plačaj, je košarica spet prazna.
- Stran se je osvežila in prikazala potrditev naročila, hvala.
- Na mobitelu imam vašo aplikacijo in vse deluje.
# --- sl14a: paraphrase families ---
# blank screen after an update: "od zadnjega updejta samo belo"
(bel|belo|beli|prazen|prazn*|crn|crno|crni) ~1 (zaslon*|ekran*) | weight=0.5
(posodobit*|posodobitv*|updejt*|update*|nadgradnj*) ~6 ne ~1 (odpre|odpira|zazene|dela|deluje) | noneg, weight=0.5
+ Od zadnjega updejta se app sploh ne odpira, samo belo.
+ Po posodobitvi se aplikacija ne zažene, samo bel zaslon.
- Posodobitev je super, vse se odpre hitro.
- Kupil sem nov zaslon, bel.
# sl15: site/app glitched, does not work on a phone, contact page loops
(stran|spletna|aplikacij*|app|sistem) ~3 (zataknil*|zatakne|zmrznil*|zamrznil*|podrl*|sesul*|sesuje)
(stran|aplikacij*|app|koledar*|obrazec|gumb*) ~6 (mobitel*|telefonu|mobilnem|pametnem) ~3 ne (dela|deluje|gre) | noneg
(mobitel*|telefonu|mobilnem) ~3 sploh ~1 ne (dela|deluje) | noneg
(kontakt*|pomoc|pomoci) ~6 nazaj na ~1 (kontakt*|pomoc|pomoci|zacetek|domaco)
+ Vaša stran se je zataknila in plačilo šlo dvakrat.
+ Obrazec na mobitelu sploh ne deluje.
+ Center za pomoč me pošlje nazaj na kontakt.
- Stran deluje odlično tudi na telefonu.
- Poklical sem na kontakt in dobil pomoč.
# sl16: the form wipes what was typed; overlapping menu, nothing to click
(zbrise|izbrise|pobrise|zbrisal*|izbrisal*|pobrisal*|izgubi|izgine|izginil*|izginejo|izgineta) ~2 vse ~2 kar ~2 (sem|smo|si|sva) ~1 (izpolnil*|vpisal*|vnesel|vnesla|vnesli|natipkal*|napisal*)
ne da se ~1 (klikn*|izbrat*|oznacit*|vpisat*|odpret*|potrdit*|oddat*|nalozit*|shranit*|pritisnit*|kliknit*) | noneg
(meni|menija|gumb*|obrazec|obrazca|okno|pasica|pasico|oglas|piskotk*) ~1 (prekriva|prekrivajo|prekrije|prekrivata)
+ Po oddaji obrazec izbriše vse, kar sem vnesla.
+ Ne da se kliknit na gumb za plačilo.
+ Na mobitelu se gumb prekriva z besedilom.
- Obrazec sem izpolnil in poslal brez težav.
# sl18b: inflection pass: "aplikacije se sploh ne da odpreti" with words between
(aplikacij*|appk*|app|stran|strani|spletn*|spleten|portal*|obrazc*|obrazec|gumb*) ~6 ne da ~1 (odpret*|prijavit*|klikn*|nalozit*|shranit*|oddat*|potrdit*|izbrat*|vpisat*|zagnat*|kliknit*|registrirat*) | noneg
+ Aplikacije se po posodobitvi sploh ne da odpreti.
+ Nalaganje računov se nikoli ne zaključi.
- Aplikacijo sem odprla brez težav, prijava je hitra.
