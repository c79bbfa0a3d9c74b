# Canned, template, copy-paste or scripted answers that ignore the actual
# problem; reading from a script.
#
# template / automatic / generic answers
(avtomatsk*|standardn*|sablonsk*|genericn*|pavsaln*|tipsk*|splosn*|robotsk*|vzorcn*|prazn*|neosebn*|posplosen*|standarden|genericen|pavsalen|splosen|vzorcen|prazen|neoseben) ~1 (odgovor*|odziv|odziva|odzivi|odzivom|sporocil*|mail*|e-mail*|e-post*|obrazlozitev|obrazlozitvijo|fraz*|besedil*|tekst*|dopis*|pism*|odpis*|stavk*)
odgovor* ~4 (predloga|predlogi|predloge|sablon*|avtomat*)
(iz|po) (predloge|predlogi)
kot iz predloge
(ocitno|samo|le|kot) ~1 predloga
sablon*
(skopiran*|prekopiran*|kopiran)
ne odgovarja ~1 na ~1 (moje|vprasanj*|problem*|tezav*) | noneg
copy*
paste
kopiraj prilepi
kot ~3 (kopiral*|skopiral*|prekopiral*|prepisal*)
(kopira*|skopira*|prekopira*) ~3 (odgovor*|besedil*|stavek|stavke|stavka|prirocnik*|navodil*)
# the same answer again and again
(ist*|enak*) ~2 (odgovor*|stavek|stavka|stavke|frazo|fraze|besedilo|sporocil*|mail*|e-mail*|formulacij*|odstav*|tekst*|obrazec|obrazcem)
ponavlja* ~2 (naucen*|ist*|enak*|svoj*|iste|vedno) ~1 (stavek|stavke|stavkov|frazo|fraze|besede|odgovor*|mantro|pesem|zgodbo|litanijo)
(naucen*|naucene|prazn*|standardn*|obicajn*|ist*|enake|prazen|standarden|obicajen) fraz*
kot (robot|roboti|robota|avtomat|avtomati)
kot ~1 papiga
kot da se ~2 (pogovarjam|govorim|dopisujem) ~1 (z|s) (avtomatom|robotom|strojem|zidom|odzivnikom)
kot ~1 pokvarjena plosca
# reading from a sheet or a script
(bral|brala|brali|bere|berejo|prebral*|prebira*|odcital*|cital*|cita|citajo|odcita) ~3 (z|iz|s) (list|lista|papirja|listka|listov|scenarij*|ekrana|zaslona|skript*|monitorja|listica|racunalnika)
scenarij*
skript*
# the answer ignores the question
ne glede na ~2 (kaj|kar) (sem|sm|sn|smo) ~1 (vprasal|vprasala|vprasali|napisal|napisala|rekel|reku|reko|rekla|povedal|povedala|pisal|pisala) | noneg
vprasanj* ~2 (nisem|nism|nisn) ~1 (postavil|postavila|zastavil|zastavila|vprasal|vprasala|zastavljal*) | noneg
nima* ~1 (zveze|veze) (z|s) ~1 (mojim|mojo|moje|mojih|mojimi|vprasanj*|problem*|tezav*|reklamacij*) | noneg
(niste|niso|ni) ~2 (prebral|prebrala|prebrali|bral|brala|brali) ~2 (mojega|moje|mojo|mojih|sporocil*|mail*|e-post*|pritozb*|reklamacij*|vprasanj*) | noneg
# "kot iz kalupa", reciting the lesson
(kot|iz) ~1 (kalupa|kalupi)
(recitira*|odrecitira*|zrecitira*|izrecitira*|zdrdra*|izdrdra*|oddrdra*|drdral*)
(svojo|nauceno|isto|enako) (lekcijo|litanijo|mantro|pesmico)
+ Dobil sem avtomatski odgovor, ki sploh ne govori o mojem problemu.
+ Agent je kot papiga ponavljal isti stavek.
+ Gospa je brala z lista in me ni poslušala.
+ odgovorili ste z isto frazo kot prejsnjic, kot bi jo skopirali
+ Odgovor je bil očitno predloga, na moje vprašanje ni odgovoril.
+ Odgovori so kot iz kalupa.
+ operater je zdrdral svojo lekcijo
- Hvala za hiter in konkreten odgovor na moje vprašanje.
- Prosim, kopirajte mi pogodbo in račun.
- Svetovalka si je vzela čas in vse razložila.

# --- pass 3 ---
# prepared and pasted: "pripravljene predloge", "samo prilepijo",
# "samodejni odgovor", floskule
(samodejn*|samodejen|avtomatiziran*|sablonast*|konzerviran*|masovn*|masoven|vnaprej) ~2 (odgovor*|odziv|odziva|odzivi|odzivom|sporocil*|mail*|e-mail*|besedil*|stavk*|fraz*|tekst*|dopis*|pism*)
pripravljen* ~1 (predlog*|odgovor*|fraz*|stavk*|besedil*|odzive|odziv|tekst*|dopis*|pism*)
(prilepijo|prilepi|prilepil*|prilepila|prilepili|prilepljen*|nalepijo|nalepil*) | weight=0.5
floskul*
(naucen*|naucene|nauceni|zlizan*|oguljen*) ~1 (stavk*|stavek|fraz*|odgovor*|besedil*)
# an answer beside the point: "odgovor ni imel nobene zveze z mojim vprašanjem"
(ni|niso|nima|nimajo|brez) ~3 (zveze|veze) ~1 (z|s) ~2 (mojim|mojo|moje|mojih|vprasanj*|problem*|tezav*|reklamacij*|pritozb*|sporocil*|vsebin*) | noneg
(odgovor*|odgovoril*|odgovorila|odgovorili|odgovarja*) ~3 mimo
+ Očitno imajo pripravljene predloge za vse in samo prilepijo eno.
+ Vsakič dobim samodejni odgovor in nič drugega.
+ Same floskule, nič konkretnega.
+ Odgovor ni imel nobene zveze z mojim vprašanjem.
- Predlog za rešitev je bil dober, hvala.
- Nalepko sem prilepil na paket.

# --- pass 6 ---
# the same sentence in every mail: "z enakim stavkom", "iste tri fraze"
(ist*|enak*) ~1 (stavk*|fraz*|obrazlozit*|vzorc*|formulacij*)
# "to je vse, kar znajo napisati"; generic phrase quoted
vse ~1 kar ~1 (znajo|zna|znate|znaste) ~2 (napisat*|rect*|povedat*|odgovorit*|odpisat*|ponavlja*|ponovit*) | weight=0.5
(nevsecnost*|potrpezljivost*|razumevanj*) ~6 (vedno|vsakic|spet|zopet|vsak|isti|isto|enak*|znajo|zna|vse) | weight=0.5
# as if a machine wrote it: "kot bi ga napisal stroj"
kot (bi|da) ~4 (stroj|strojem|robot|robotom|avtomat|avtomatom|chatgpt|racunalnik|racunalnikom)
+ Vsak odgovor se konča z enakim stavkom o hvaležnosti.
+ "Hvala za potrpežljivost" je vse, kar znajo napisati.
+ Odgovor se bere, kot da ga je sestavil stroj.
- Napisali so mi hvala za potrpežljivost in takoj rešili zadevo.
- Kot da bi ga prinesel Božiček, tako hitro je prišel paket.

# r8: an answer that is only a link to the FAQ or the instructions
(le|samo|zgolj) ~2 (povezav*|link*|napotil*) ~3 (pogost*|faq|navodil*|splosn*)
+ Na pritožbo ste odgovorili le s povezavo do pogostih vprašanj.
+ Dobil sem samo link do splošnih navodil, o moji napaki pa nič.
- Povezava do navodil mi je pomagala, hvala.
# r9a: the same block pasted to every question
(vsak*|vsakic|vedno|spet|znova|zopet) ~4 (ist*|enak*|tisti) ~2 (odstav*|tekst*|besedil*|odgovor*|stavek|stavk*|sablon*|fraz*|mail*|sporocil*)
+ Na vsako sporočilo so mi poslali isti dolgi odstavek.
+ vsakic dobim enak tekst o zahvali za potrpezljivost
- Na vsak mail sem dobila konkreten in drugačen odgovor.

# r11: an answer that would fit anyone; every mail the same; "kot iz stroja"
(odgovor*|sporocil*|mail*|e-mail*|dopis*|pism*|tekst*|besedil*|fraz*) ~6 (komurkoli|vsakomur|komerkoli|vsakemu) | weight=0.5
(bi|bo) ~2 (lahko|lahk) ~2 (poslal*|poslali|dobil*|dobili|napisal*|prejel*) (komurkoli|vsakomur|kdorkoli|vsak|vsakdo)
(bi|bo) ~2 (lahko|lahk) ~2 (poslal*|dobil*|napisal*|prejel*|poslati|dobiti) ~1 (vsaka|vsak|vsakemu|vsaki|katerakoli|katerikoli|kateremukoli) (strank*|kupc*|kupec|uporabnik*|narocnik*)
# "napišejo samo hvala za potrpežljivost"
(napise|napisejo|napisal*|odpise*|odpisal*|odgovori|odgovorijo|odgovoril*|odgovarja*|dobim|dobimo|dobiva|dobil*) ~2 (samo|le|spet|vedno|zopet|vsakic) ~1 (hvala|zahvala|zahvalo) za (potrpezljivost*|razumevanj*)
(vsak*|vsi|vse|vedno) ~3 (mail*|odgovor*|sporocil*|dopis*|odpis*|pism*) ~3 (je|so|bil|bila|bili|enak*|ist*) ~1 (enak*|ist*|kopij*)
kot (iz|od) ~1 (stroja|robota|avtomata|tiskalnika|odzivnika|kalupa)
(robot|avtomat|stroj|odzivnik) bi ~2 (bil|bila|bolj) ~2 (oseben|osebn*|cloveski|cloveski*|prijazn*|koristn*)
+ Dobila sem odgovor, ki bi ga lahko poslali komurkoli.
+ Vsak mail od njih je enak, o mojem računu nič.
+ Prejeli smo vnaprej pripravljen tekst brez odgovora na naša vprašanja.
+ Odgovorili so s tipskim dopisom.
+ Odgovor kot iz stroja.
+ Operaterka je samo odčitala besedilo z zaslona.
+ Odgovor je bil tak, da bi ga lahko dobil vsakdo.
- Pismo sem poslal vsem sosedom, da vedo za akcijo.
- Vsak mail od njih je bil hiter in točen.

# --- r13 thesaurus pass (sl13a) ---
# more adjectives for canned answers
(brezosebn*|brezoseben|robotiziran*|mehansk*|mehanicn*|rutinsk*|formularn*|formularen|vljudnostn*|konzervn*|tipiziran*|unificiran*) ~1 (odgovor*|odziv|odziva|odzivi|odzivom|sporocil*|mail*|e-mail*|odpis*|dopis*|pism*|fraz*|besedil*|tekst*)
(birokratsk*|uradnisk*|formaln*|suhoparn*|suhoparen) ~1 (odgovor*|odpis*|dopis*|fraz*|floskul*) | weight=0.5
(puhlic*|pejst*|kopipejst*|copypast*|deklamira*|izdeklamira*|oddeklamira*)
papagaj*
kot ~2 (bot|boti|bota|botom|chatbot|chatbota|odzivnik)
(isto|svojo) (plosco|lajno|kaseto)
(ista|stara|staro|svojo) ~1 lajn*
(vrti|vrtijo|vrtel*|vrtela|ponavlja*) ~2 (lajn*|plosc*|kaset*)
(prepisal*|prepisala|prepisali|prepisan*|prepisujejo|prepisuje) ~3 (iz|z|s) ~1 (prirocnik*|navodil*|spletn*|faq|pogostih|strani|predlog*|sablon*)
(ni|niso|nima|nimajo|brez) ~3 (povezan*|povezave|stika) ~2 (z|s) ~2 (mojim|mojo|moje|mojih|vprasanj*|problem*|tezav*|reklamacij*|pritozb*) | noneg
(odgovor*|odpis*|odziv*) ~4 (zgresil*|zgresen*|mimo) ~2 (bistv*|tem*|poant*|vprasanj*) | weight=0.5
(vnaprej|ze) (pripravljen*|napisan*|spisan*) ~2 (odgovor*|besedil*|fraz*|stavk*|tekst*|sporocil*)
+ Dobila sem brezoseben odgovor, ki ni omenil niti mojega imena.
+ Svetovalec je samo izdeklamiral pogoje in odložil.
+ Na chatu odgovarjajo kot bot, vedno ista lajna.
+ Odgovor je prepisan iz pogostih vprašanj na spletni strani.
+ Odpis ni imel nobene povezave z mojo reklamacijo.
+ Spet neke puhlice o tem, kako cenijo stranke.
+ Ponavljal je kot papagaj, da razume mojo stisko.
- Odgovor je bil oseben in je upošteval vse podrobnosti.
- Kupil sem ploščo in kaseto v glasbeni trgovini.
(s|z) (frazami|floskulami|puhlicami|sablonami|obrazci)
# --- sl14a: paraphrase families ---
# pasted under every post: "pod vsak komentar ste prilepili isto"
(prilepil*|prilepi|prilepljen*|kopiral*|skopiral*) ~3 (isto|isti|ista|enak*|ist*)
(isto|isti|ista|enak*) ~4 pod (vsak|vsako|vse|vsemi|vsakim)
pod (vsak|vsako|vse|vsemi|vsakim) ~2 (komentar*|objav*|post*|ocen*) ~3 (prilepil*|kopiral*|skopiral*)
+ Pod vsak komentar ste prilepili isto: "žal nam je, pišite nam v DM".
+ Isti odgovor pod vsako objavo.
- Pod vsak komentar ste odgovorili posebej, hvala.
- Prilepil sem sliko računa.
- Na voljo je samo samodejni odzivnik, do človeka ne pridem.
# r18 inflection examples
+ Na vsako vprašanje odpišejo le hvala za razumevanje.
+ Pismo bi lahko dobil katerikoli kupec, o mojem primeru ni besede.
