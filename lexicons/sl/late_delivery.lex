# Goods, service visits, repairs or food that arrive late or not at the
# promised time (cold food included).
#
# delay: zamuda (all cases; not zamudne obresti), zamujati (zamuja,
# zamujajo, zamujeno)
# bare, half: "zamuda pri plačilu" is the customer's late payment
(zamuda|zamude|zamudi|zamudo|zamudah|zamudami|zamudama) | weight=0.5
(z|s) ~3 (zamudo|zamude|zamudami|zamudama)
(ur|uro|ure|uri|minut*|dni|dan|dneva|tednov|teden|tedna|tedne|mesec*|dnevn*|urn*|tedensk*|mesecn*|dvourn*|dveurn*|enourn*|polurn*|tridnevn*|dvodnevn*|enotedensk*) (zamuda|zamude|zamudi|zamudo|zamudah|zamudami|zamudama)
(zamuda|zamude|zamudi|zamudo|zamudah|zamudami|zamudama) ~3 (ur|uro|ure|uri|minut*|dni|dan|dneva|tedn*|teden|mesec*|paket*|posiljk*|dostav*|narocil*|dobav*|kurir*|monter*|serviser*|tehnik*|hran*|pic*|kosil*|montaz*|prevoz*|let|leta|letal*|vlak*|avtobus*|termin*|obisk*|prihod*|izdelav*|popravil*)
(kurir*|dostav*|paket*|posiljk*|narocil*|monter*|serviser*|tehnik*|hran*|pic*|kosil*|dobav*|montaz*|popravil*|izdelav*|let|leta|letal*|vlak*|avtobus*) ~4 (zamuda|zamude|zamudi|zamudo|zamudah|zamudami|zamudama)
(spet|zopet|ponovno|vedno|velika|veliko|ogromna|ogromno|nesprejemljiv*|konstantn*|stalne|stalna|vecna|vecne|nenehne|neskoncn*|totalna|grozna|stalno) ~2 (zamuda|zamude|zamudi|zamudo|zamudah|zamudami|zamudama)
zamuj*
zamudil* | weight=0.5
(je|so|sta|kurir*|monter*|serviser*|dostavljalec|dostavljavec|tehnik*|prevoznik*|vlak|avtobus|let) ~2 zamudil* ~3 (termin*|rok*|dostav*|prevzem*|dogovorjen*|obisk*)
zamudil* ~2 (uro|ure|uri|ur|minut*|dan|dni|teden|tedne|tednov)
(monter*|serviser*|tehnik*|kurir*|dostavljav*|voznik*|dostav*) ~3 (zamudil*|zamudila)
(kasni|kasnijo|kasnil*|kasnit*|zakasni*|zakasnel*|zakasnit*)
zamik* | weight=0.5
(z|s) ~2 zamik*
prepozno | weight=0.5
(prisel|prisla|prislo|prisli|prispel*|dostavil*|dostavljen*|pripeljal*|dobavljen*|pojavil*|prikazal*|pozvonil*|zmontiral*|montiral*) ~1 (prepozno|sele)
# still not here: "paket še ni prišel", "monterja ni bilo" (noneg; "ni
# nikoli prišel" is a broken promise, not a delay)
(ni|niso|nista) (prispel*|prisel|prisla|prislo|prisli|dostavljen*|dobavljen*|dostavil*|pripeljal*) | noneg
(ni|niso|nista) (se|vedno) ~1 (prispel*|prisel|prisla|prislo|prisli|dostavljen*|dobavljen*|dostavil*|pripeljal*) | noneg
(se|vedno) (ni|niso|nista) (prispel*|prisel|prisla|prislo|prisli|dostavljen*|dobavljen*|dostavil*|pripeljal*) | noneg
# genitive of negation: "paketa še ni", "monterja ni bilo" (not "paket se ni
# poškodoval")
(monterja|monterjev|serviserja|serviserjev|tehnika|kurirja|dostavljavca|paketa|posiljke|narocila|narocenega|pohistva|blaga|izdelka|artikla|kuhinje|stroja|opreme|dostave) ~2 ni (bilo|blo) | noneg
(monterja|monterjev|serviserja|serviserjev|tehnika|kurirja|dostavljavca|paketa|posiljke|narocila|narocenega|pohistva|blaga|izdelka|artikla|kuhinje|stroja|opreme|dostave) ~2 (se|vedno) ~1 ni | noneg
(paketa|posiljke|narocila|blaga|pohistva|monterja|serviserja|dostave|kurirja|dostavljavca) ~2 (ni|nikjer) | noneg
# was supposed to be ready or delivered: "naj bi bila gotova v petek",
# "bi morali zmontirati prejšnji teden"
(naj|nej) bi ~2 (gotov*|dostavljen*|narejen*|popravljen*|montiran*|zmontiran*|prispel*|pripeljan*|dobavljen*|koncan*|dostavil*|prisel|prisla|prislo|prisli|pripeljal*|poslan*)
bi ~2 (morali|moral|morala|moralo|mogel|mogla|mogli) ~1 (dostavit*|pripeljat*|zmontirat*|montirat*|namestit*|popravit*|prinest*|poslat*|priti|prit|pridt|pridet|prispet*|dobavit*|zamenjat*|oglasit*|pozvonit*)
# later than the agreed time: "namesto ob devetih je prišel ob pol dveh"
namesto ~4 (prisel|prisla|prislo|prisli|prispel*|dostavil*|dostavljen*|pripeljal*)
(prisel|prisla|prislo|prisli|prispel*|dostavil*|dostavljen*|pripeljal*) ~4 namesto
(narocen*|narocil*|oddan*) ~8 (prispel*|prisl*|prisel|dostavljen*) ~1 (v|cez|po) | weight=0.5
(dostav*|dobav*) ~1 (naslednji|isti) dan | weight=0.5
# deadlines missed, dates moved
rok* ~2 (dostav*|dobav*|izdelav*|popravil*|montaz*|dokoncanj*) ~3 (potekel|pretekel|mimo|prekoracen*|zamujen*)
(prekoracil*|prekoracen*) ~1 rok*
(prestavlja|prestavljajo|prestavili|prestavil|prestavila|odlasa|odlasajo|zavlacuje|zavlacujejo|odlozil*|preklical*) ~2 (termin*|dostav*|dobav*|montaz*|datum*|prevzem*|popravil*|servis*|prihod*|obisk*)
(termin*|dostav*|dobav*|montaz*|datum*|prevzem*|obisk*) ~2 (prestavlja|prestavljajo|prestavili|prestavil|odlasa|odlozil|odlozili)
# waiting for the parcel, the order or the technician
(paket*|posiljk*|dostav*|narocil*|monterj*|serviserj*|tehnik*|kurirj*|pohistv*|blago|izdelek|kuhinj*|omar*|sedezn*|stroj*|ocala|sedezen) ~3 (cakam|cakamo|cakava|cakal*|cakala|cakali)
(napovedan*|predviden*|dogovorjen*|obljubljen*|najavljen*|potrjen*) ~3 (za|v|do|ob|na) ~6 (prisl*|prisel|prispel*|dostavljen*|dostavil*|pripeljal*|pozvonil*|pojavil*|prikazal*|prinesl*|prinesel|dospel*|priplul*|prsu|prsla)
(pozneje|kasneje) ~3 (kot|od) ~3 (dogovorjen*|obljubljen*|napovedan*|predviden*|dogovor*)
(prisel|prisla|prislo|prisli|prispel*|dostavil*|dostavljen*) ~4 (pozneje|kasneje|pozno) | weight=0.5
(caka*|pocakal*) ~4 na (paket*|posiljk*|dostav*|narocil*|monter*|serviser*|tehnik*|kurir*|pohistv*|blag*|izdelk*|popravil*|dobav*|odprem*|pralni|hladilnik*|omar*|kuhinj*)
(caka*|pocakal*) ~1 (paket*|posiljk*|dostav*|narocil*|monterj*|serviserj*|tehnik*|kurirj*|pohistv*|blago|izdelek)
(prisel|prisla|prislo|prispel*|dostavljen*|dostavili) ~4 po (poroki|rojstnem|dogodku|praznikih|odhodu|roku|datumu|zabavi|potovanju|selitvi)
(do|se) danes ~2 (ni|nimam|nisem|nism|nisn) ~2 (paketa|posiljke|narocila|blaga|stroja|pohistva|monterja|serviserja|dostave|izdelka) | noneg
# cold food
(pic*|hran*|kosil*|vecerj*|burger*|obrok*|juh*|jed|jedi|sendvic*|kebab*|kava|kavo|dostav*) ~3 (hladn*|mrzl*|ledeno|hladen|mrzel)
(hladn*|mrzl*|hladen|mrzel) ~1 (pic*|hran*|kosil*|vecerj*|burger*|obrok*|juh*|jed|jedi|sendvic*|kebab*)
# "še vedno brez paketa"
(se|vedno) ~1 brez (paketa|posiljke|narocila|blaga|pohistva|izdelka|kuhinje|stroja|opreme|dostave|monterja|serviserja) | noneg
# "hrana je prišla po uri in pol", "serviser je prišel dve uri prepozno"
(prisel|prisla|prislo|prisli|prsu|prsla|prispel*|pripeljal*|dostavil*|dostavljen*) ~2 (sele|po|cez) ~2 (uri|urah|ure|uro|minut*|dneh|dnevih|tednih|tednu|mesecu|dni|tednov) | weight=0.5
(prisel|prisla|prislo|prisli|prsu|prsla|prispel*|pripeljal*|dostavil*|dostavljen*) ~3 (prepozno|prepozn|kasneje|pozneje)
(minut*|ur|uri|ure|uro|dni|dan|dneva|tedne|teden|tedna|tednov) (prepozno|prepozn|zamude|zamudo|kasneje|pozneje)
(premrzl*|prehladn*|mlacn*) | weight=0.5
# "dostava traja že tri tedne namesto napovedanih treh dni"
namesto ~1 (napovedan*|obljubljen*|dogovorjen*|predviden*) | weight=0.5
(dostav*|dobav*|popravil*|izdelav*|montaz*|servis*|posiljk*|paket*) ~2 (traja|trajajo|trajala|vlece|zavlece|zavlekl*|zavlekel) ~3 (ze|tedn*|teden|mesec*|dni|dneve)
# "še vedno ni odposlano", "dobavni rok je minil"
(ni|niso|nista) (se|vedno) ~1 (odposlan*|poslan*|odpremljen*|izdan*|pripravljen*) | noneg
(se|vedno) (ni|niso|nista) (odposlan*|poslan*|odpremljen*) | noneg
(dobavn*|dostavn*|dobaven|dostaven) rok* ~8 (mini*|potekel|pretekel|mimo|zamuj*|prekoracen*)
(paket*|posiljk*|narocil*) ~3 (tava|tavala|tavajo|tavalo)
# the promised day has passed: "do sobote ... Zdaj je sreda", "naj bi prišel
# v ponedeljek ... tehnika ni bilo" (each half: either alone is not enough)
da bo ~2 (prisel|prisla|prislo|prisli|dostavljen*|pripeljan*|prispel*|popravljen*|gotov*|narejen*|dobavljen*|montiran*) ~2 (v|do|ob|med|jutri|danes|naslednji) | weight=0.5
do (ponedeljka|torka|srede|cetrtka|petka|sobote|nedelje) | weight=0.5
(zdaj|danes|sedaj) je ~2 (ponedeljek|torek|sreda|cetrtek|petek|sobota|nedelja) | weight=0.5
(tehnika|monterja|serviserja|kurirja|dostavljavca|paketa|posiljke|narocila) ~3 (ni|niso) ~1 (bilo|blo|prislo|prisel|prisla) | noneg, weight=0.5
+ Paket zamuja že dva tedna.
+ Monter je prišel z dveurno zamudo.
+ pica je prisla cisto mrzla
+ Pralni stroj še vedno ni prispel, čeprav je bil obljubljen za ponedeljek.
+ Serviserja ni bilo, čeprav naj bi prišel ob osmih.
+ Naročilo še vedno ni odposlano, čeprav je plačano.
+ serviser je prisel tri ure prepozno
- Dostava je bila hitrejša od obljubljene, priporočam.
- Serviserja sta prišla točno ob dogovorjeni uri.
- Ali lahko termin servisa prestavim na naslednji teden?

# --- pass 3 ---
# received only later than due: "dobil sem ga šele v petek", "prejeli smo
# ga šele po treh tednih" (half: "odgovor sem dobil šele ..." is not a delay)
(dobil|dobila|dobili|dobu|prejel|prejela|prejeli|prevzel|prevzela|prevzeli|pripeljali|pripeljal|pripeljala|dostavili) ~3 sele ~2 (v|po|cez|naslednji|cez|cetrtek|petek|soboto|ponedeljek|torek|sredo|teden|mesec) | weight=0.5
# it should have been here by then: "paket bi moral biti pri meni v ponedeljek"
(paket*|posiljk*|narocil*|pohistv*|blago|kavc*|omar*|sedezn*|postelj*|stroj*|hladilnik*|monter*|serviser*|tehnik*|kurir*|dostav*|hrana|pica|kosilo) ~3 bi ~1 (moral|morala|moralo|morali|mogel|mogla|moglo) ~3 (biti|bit|priti|prit|prispeti|prispet|tu|tukaj|pri)
(bi|naj) ~1 (moral|morala|moralo|morali) ~2 (biti|bit) ~2 (dostavljen*|pripeljan*|dobavljen*|zmontiran*|montiran*|gotov*|popravljen*|narejen*|pri) | weight=0.5
# later than the agreed slot: "tri ure po dogovorjenem terminu"
(pojavil*|prisel|prisla|prislo|prisli|prispel*|dostavil*|dostavljen*|pripeljal*|oglasil*|pozvonil*|priplul*|prsu|prsla) ~5 po (dogovorjen*|obljubljen*|napovedan*|predviden*|dogovoru|terminu|roku|napovedi|obljubi)
(uro|ure|uri|urah|dan|dni|dneva|teden|tedna|tedne|minut*|pol) po (dogovorjen*|obljubljen*|napovedan*|predviden*|dogovoru|terminu|roku|napovedi|obljubi)
# present tense: "namesto ob 9h pride ob 14h", "vsakič pride pozneje"
namesto ~4 (pride|pridejo|prideta|pripelje|pripeljejo|dostavi|dostavijo|prispe|prispejo)
(pride|pridejo|prideta|pripelje|pripeljejo|dostavi|dostavijo|prispe|prispejo) ~3 (prepozno|pozneje|kasneje|sele|zamudo)
# "še vedno ga ni", with the months: "obljubili do 15. maja, zdaj je julij"
(ga|je|jih|ju) (se|vedno) ~1 (ni|niso|nista) | noneg, weight=0.5
(se|vedno) ~1 (ga|je|jih) ni | noneg, weight=0.5
do ~2 (januarja|februarja|marca|aprila|maja|junija|julija|avgusta|septembra|oktobra|novembra|decembra|konca|zacetka|sredine|praznikov|bozica|novega) | weight=0.5
(zdaj|danes|sedaj|ze) je ~2 (januar|februar|marec|april|maj|junij|julij|avgust|september|oktober|november|december|konec|sredina|zacetek) | weight=0.5
# cold food further from the noun: "kosilo je prišlo po dveh urah, hladno kot led"
(pic*|hran*|kosil*|vecerj*|burger*|obrok*|juh*|jed|jedi|sendvic*|kebab*|pomfri*|krompirck*|zajtrk*) ~7 (hladn*|mrzl*|ledeno|hladen|mrzel|mlacn*|mlacen|premrzl*|shlajen*|ohlajen*|ohladil*)
(hladn*|mrzl*|hladen|mrzel|mlacn*) kot (led|sneg|kamen|kamn)
# late-arrival nouns: "z enotedensko zakasnitvijo", "zamujena dostava"
(zamujen*|zamujeno) ~2 (dostav*|posiljk*|paket*|narocil*|termin*|obisk*|montaz*|dobav*)
(dostav*|posiljk*|paket*|narocil*|termin*|obisk*|montaz*|dobav*) ~2 (zamujen*|zamujeno)
(paket*|posiljk*|narocil*|blago|pohistv*|kavc*|omar*) ~3 (obtical*|obtical|visi|visijo|lezi|stoji|caka) ~3 (skladisc*|centru|posti|carini|logistic*|sortirn*)
(dobavn*|dostavn*) (rok|roki|termin|datum) ~3 (prestavil*|prestavljen*|prestavljajo|prestavljali|podaljsal*|podaljsali|podaljsan*|zamaknil*|zamaknjen*)
+ paket bi moral biti pri meni v ponedeljek, dobil sem ga sele v petek
+ Tehnik se je oglasil dve uri po dogovorjenem terminu.
+ Vsakič namesto ob devetih pride šele popoldne.
+ kosilo je prislo po dveh urah, hladno kot led
+ Naročilo obtičalo v skladišču že tri tedne.
+ Dobavni rok so že trikrat prestavili.
- Odgovor sem dobil šele v petek, zelo počasni ste.
- Pica je bila vroča in okusna.
# a promised or agreed date that was not met: "z obljubljeno dostavo do petka ... do danes ga ni"
(obljubljen*|dogovorjen*|napovedan*|predviden*|zagotovljen*) ~1 (dostav*|dobav*|rok*|termin*|datum*|prihod*) | weight=0.5
(do|se) danes ~2 (ga|je|jih|ju) ~1 ni | noneg, weight=0.5
(ni|niso) (ga|jih|je) ~1 (bilo|blo) | noneg, weight=0.5
# arrived cold: "je prispela po uri, popolnoma hladna"
(prisel|prisla|prislo|prisli|prispel*|dostavil*|dostavljen*|pripeljal*) ~6 (hladn*|mrzl*|hladen|mrzel|mlacn*|mlacen|ledeno|premrzl*|shlajen*)
+ Pica je prispela po skoraj dveh urah in čisto mrzla.
+ Obljubljen rok dostave je bil ponedeljek, do danes je ni.
+ Serviser naj bi prišel zjutraj, ni ga bilo do večera, z obljubljenim terminom se nihče ni oziral.
- Pica je prispela točno in še vroča.
- Če ni mogoče drugače, počakam na dostavo.
+ Pošiljka je prišla s tedenskim zamikom.

# --- pass 6 ---
# a repair or delivery dragging past its time: "popravilo traja že mesec"
(popravil*|servis*|dostav*|izdelav*|montaz*|dobav*|posiljk*|paket*|narocil*) ~4 (traja|trajajo|trajalo|trajal*) ~1 ze ~2 (mesec*|tedn*|teden|dni|dan|tri|dva|dve|stiri|pet|leto|let|vec)
+ Popravilo telefona, ki naj bi bilo gotovo v enem tednu, traja že dva meseca.
+ Dostava kavča traja že pet tednov.
- Popravilo je trajalo en dan, kot so obljubili.
- Kako dolgo traja dostava v Avstrijo?
# round 7 (e-shop, food, couriers): the parcel / pizza / meal "je prišel
# po treh tednih" (half, with the "po ... tednih" half above); the order
# that never came: "ga nisem prejel", "paketa nismo dobili"
(paket*|posiljk*|narocil*|dostav*|pic*|kosil*|vecerj*|hran*|prenosnik*|monter*|serviser*|tehnik*|kurir*|pohistv*|blago|izdelek|racunalnik*|telefon) ~4 (prisel|prisla|prislo|prisli|prispel*|dostavljen*|dostavljena) | weight=0.5
(ga|je|jih|paketa|posiljke|narocila|hrane|pice|blaga|izdelka) (nisem|nismo|nism|nisva|nisn) ~1 (prejel|prejela|prejeli|dobil|dobila|dobili|dobu) | noneg
(caka*|pocakal*) ~1 na (hrano|jed|jedi|pico|kosilo|vecerjo|zajtrk|pijaco|pijace|racun|natakarja) | weight=0.5
na (hrano|jed|jedi|pico|kosilo|vecerjo|zajtrk|pijaco) ~2 (cakal*|cakala|cakali|cakamo|cakam) ~3 (uro|ure|ur|minut*|vecnost|celo)
+ Paket je prišel po treh tednih, čeprav je bil na zalogi.
+ Pica je prispela šele po dveh urah.
+ Kurir trdi, da je oddal, ampak paketa nisem prejel.
+ Na hrano smo čakali skoraj eno uro.
- Paket je prišel naslednji dan, odlično.
- Hrano smo dobili hitro in bila je topla.

# r8: took N weeks instead of N days; technician not there at the agreed time
(trajal*|trajala|trajalo|cakal*|cakala|cakam) ~5 namesto ~2 (dni|dneh|dnevih|tednov|tedna|tednih|teden|ur|urah|ure|uri|mesecev|meseca)
(ni|niso|nista) ~1 (prikazal*|pojavil*|oglasil*) ~3 (dogovorjen*|dolocen*|napovedan*|obljubljen*|termin*)
+ Popravilo je trajalo pet tednov namesto sedmih dni.
+ Monter se ni prikazal ob dogovorjenem terminu, prišel je šele čez tri dni.
- Čakal sem le en dan namesto napovedanih petih, odlično.
+ Monter bi moral pridt ob devetih, prikazal se je ob enih.
+ Paket je bil napovedan za ponedeljek, kurir je pozvonil v petek.

# r11: still at the workshop or warehouse; ordered weeks ago, nothing comes
(se|vedno) ~2 (na|v) (servisu|popravilu|skladiscu|obdelavi|izdelavi|carini|sortirnem|tranzitu) | weight=0.5
(naroc*|placan*|placal*|oddan*|kupljen*|kupil*) ~3 pred ~2 (mesec*|mescem|tedn*|tednom|tedni|dnevi|dnevom) | weight=0.5
(nic|se|vedno|kar) ~1 ne (pride|prispe|pridejo|prispejo|dostavijo|pripeljejo) | noneg, weight=0.5
# dragged on: "zavlekli na naslednji četrtek"
(zavlekl*|zavlekel|zavlacev*|zavlacuj*) | weight=0.5
(zavlekl*|zavlekel|zavlacev*|zavlacuj*|prestavil*|prestavili|zamaknil*|zamaknili|odlozil*|odlozili) ~3 na (naslednj*|drug*|poznejs*|kasnejs*) | weight=0.5
# the delay named as what they excused: "zamudo so zvalili na sistem"
(zamudo|zamude|zakasnitev) (so|je|ste) ~1 (zvalil*|zvalili|valil*|pripisal*|pripisali|opravicil*|opravicevali|razlozil*|pojasnil*|izgovarjal*|opravicili|prevalili|prevalil*)
# said a slot, came hours later; a day lost waiting at home
(rekel|rekla|rekli|napovedal*|najavil*|obljubil*|dogovorjen*|dogovorili) ~3 da ~1 (pride|pridejo|prideta) ~2 (ob|med|zjutraj|dopoldne|dopoldan) | weight=0.5
(prisel|prisla|prislo|prisli|pojavil*|pozvonil*|prsu|prsla) ~3 (ob|okoli|sele|pozno) ~2 (popoldan*|popoldne|zvecer|vecer*|noci|treh|stirih|petih|sestih|sedmih|osmih) | weight=0.5
cel* dan ~3 (cakal*|cakala|cakali|cakam|doma|dopust*) | weight=0.5
(zagotovil*|obljubil*|obljubili|potrdil*|napovedal*|jamcil*|zavezal*) ~2 (dostav*|dobav*|montaz*|prihod*|prevzem*) ~2 (v|za|do|ob|na) | weight=0.5
(prisel|prisla|prislo) in (sel|sla|slo|minil|minila|minilo) | weight=0.5
+ Telefon naj bi bil popravljen v treh dneh, po treh tednih je še vedno na servisu.
+ Popravilo, ki bi moralo biti gotovo v torek, so zavlekli na naslednji četrtek.
+ Naročeno pred mesecem dni, še nič ne pride.
+ Monter je rekel, da pride ob desetih, prišel je ob treh popoldne.
+ Zagotovili so dostavo v petek. Petek je prišel in šel.
+ Zamudo so zvalili na sistem.
+ Tehnik se je prikazal šele naslednji dan.
+ Jamčili so nam dobavo do konca tedna, pa je ni bilo.
- Zamudo pri plačilu ste pripisali moji banki, pa je bil denar nakazan pravočasno.
- Kupil sem ga pred mesecem in dela brez težav.
- Dostavo so mi zagotovili v petek in v petek je tudi prišla.
(ga|je|jih|ju) (ni|niso) (bilo|blo) | noneg, weight=0.5
# --- sl14a: paraphrase families ---
# expected at X, came at Y: "pričakovali ob devetih, pride pa ob pol dveh"
(pricakoval*|pricakovali|dogovorjen*|napovedan*|najavljen*|obljubljen*|dogovorili) ~4 ob ~3 (pride|pridejo|prisel|prisla|prisli|prispe|prispel*|pozvoni|pozvonil*|pojavi|pojavil*) ~1 (pa|sele) ~1 ob
(pricakoval*|pricakovali|dogovorjen*|napovedan*|najavljen*|obljubljen*|dogovorili) ~4 ob ~3 (pa|sele) ~1 (pride|pridejo|prisel|prisla|prisli|prispe|prispel*|pozvoni|pozvonil*|pojavi|pojavil*) ~2 ob
# ordered one weekday, got it another (each half), "dostava jutri"
(narocil*|naroceno|narocen*|kupil*|kupljen*) ~3 (ponedeljek|torek|sredo|cetrtek|petek|soboto|nedeljo) ~8 (dobil*|prejel*|prispel*|prislo|prisel|prisla|dostavljen*|dostavil*|pripeljal*) ~3 (v|sele|cez) | weight=0.5
(dostav*|dobav*) ~1 (jutri|takoj|danes) | weight=0.5
(obljubil*|obljubljal*|obljubljen*) ~3 (dostav*|dobav*) ~1 (naslednji|isti|jutri|takoj|danes) | weight=0.5
+ Monterja smo pričakovali ob devetih, pride pa ob pol dveh.
+ Naročil v ponedeljek, "dostava jutri", dobil v petek.
+ Naročeno v torek, prispelo v soboto, dostava jutri pa je bila obljubljena.
- Dostava jutri, prosim potrdite naslov.
- Monterja smo pričakovali ob devetih in je prišel ob devetih.
# sl15: weeks later and still missing
po ~1 (dveh|treh|stirih|petih|sestih|sedmih|osmih|desetih|nekaj|vec) (tednih|mesecih|dneh) ~6 (vedno|ze) ~3 manjka*
+ Po osmih tednih jih polovica še vedno manjka.
+ Po treh tednih še vedno manjkajo stoli.
- Po dveh dneh je bilo vse dostavljeno.
# sl16: the delay named by its cause: "zamudo naj bi povzročila pošta"
(zamuda|zamude|zamudo|zakasnitev|zakasnitve|zamik) ~3 (povzrocil*|povzrocila|povzrocili|zakrivil*|zakrivila|zakrivili|povzroca|povzrocajo)
# ready date keeps sliding: "v petek so rekli torek, v torek spet petek"
(ocala|ocal|obleka|obleko|avto|avtomobil|vozilo|kolo|ura|uro|prstan|cevlji|cevljev|okvir|slika|sliko|tiskovin*|izdelek|izdelka) ~3 bi ~1 (moral|morala|moralo|morali) ~3 (biti|bit) ~2 (gotov*|narejen*|popravljen*|pripravljen*|koncan*|dokoncan*)
(rekli|rekel|rekla|recejo|pravijo) ~1 (ponedeljek|torek|sredo|cetrtek|petek|soboto|nedeljo|jutri) ~3 (spet|zopet|pa|nato|potem) ~1 (ponedeljek|torek|sredo|cetrtek|petek|soboto|nedeljo|jutri) | weight=0.5
+ Obleka bi morala biti gotova do sobote, pa ni bila.
+ Zamuda je povzročila, da smo ostali brez kuhinje.
+ Kolo bi moralo biti popravljeno v sredo, še danes ga nimam.
- Očala so bila gotova pravočasno, hvala.
- Sama sem zamudila rok za prijavo, to je moja napaka.
- Hči ni prinesla potrdila, zato sem šel še enkrat.
# r18 inflection examples
+ Kupila v sredo, obljubljena dostava naslednji dan, prispelo šele v ponedeljek.

# s9: "naročila še nisem dobila", "še nisem prejel paketa"
(paketa|posiljke|narocila|blaga|izdelka|stroja|pohistva|hrane|pice|kosila|omare|kavca|kuhinje|opreme|posiljk) (se|vedno|sploh) ~1 (nisem|nismo|nism|nisva|nisn) ~1 (prejel*|dobil*|dobu|prevzel*) | noneg
(se|vedno|sploh) (nisem|nismo|nism|nisva|nisn) ~1 (prejel*|dobil*|dobu) ~2 (paketa|posiljke|narocila|blaga|izdelka|stroja|pohistva|omare|kavca|kuhinje|opreme|narocenega|kupljenega) | noneg
+ Naročila še nisem dobila, čeprav je plačano.
+ se vedno nisem prejel posiljke
+ Še nisem dobil paketa, ki naj bi prišel v torek.
- Paket sem dobil včeraj, vse v redu.
- Še nisem dobil računa za naročnino, prosim za kopijo.
# s9: "omare ni od nikoder"
(paketa|posiljke|narocila|omare|kavca|pohistva|monterja|serviserja|tehnika|kurirja|dostave|blaga|kuhinje|stroja|izdelka|opreme|hrane|pice|kosila|dostavljavca|mojstra|vozila|avta) ~2 od nikoder | noneg
+ Nove kuhinje ni od nikoder.
+ monterja pa od nikoder
- Odgovora ni od nikoder.
# s9: "rok dostave je bil ..." (past deadline; needs company)
(rok|datum|termin) (dostave|dobave|izdelave|popravila|montaze|prevzema) (je|sta) (bil|bila|bilo) | weight=0.5
(rok|datum) je bil ~2 (konec|zacetek|sredina|do|v|ponedeljek|torek|sreda|cetrtek|petek|pred) | weight=0.5
+ Rok dostave je bil do petka, zdaj je torek.
+ Rok je bil konec meseca, zdaj je že sredina naslednjega.
- Rok dostave je bil točno upoštevan.
# s9: "dobili smo ga teden dni po zabavi"
(dobil*|dobili|prejel*|prejeli|dostavil*|dostavili|pripeljal*|pripeljali|prinesl*|prinesel) ~4 po (poroki|rojstnem|dogodku|praznikih|odhodu|roku|datumu|zabavi|potovanju|selitvi|pogrebu|bozicu|novem|prazniku|dopustu|obletnici|tekmi|koncertu|otvoritvi|proslavi)
+ Torto za rojstni dan smo dobili dve uri po zabavi.
+ obleko so mi dostavili dan po poroki
- Darilo sem dobil pred zabavo, hvala za hitro dostavo.
# s9: the technician never showed up
(tehnik|monter|serviser|kurir|dostavljavec|dostavljalec|mojster|instalater|vodovodar|elektricar|mizar|voznik|tehniki|monterji|serviserji|mojstri) ~6 (ni|niso|nista) ~1 (pojavil*|prikazal*|prisel|prisla|prisli|oglasil*) | noneg
+ Serviser se ni pojavil, čeprav sem vzel dopust.
+ monterji niso prisli ne v torek ne v cetrtek
- Serviser je prišel točno ob desetih.
# s9: "pritožba zaradi zamude"
(zaradi|glede) (zamude|zamud|zamujanja|zakasnitve|zamujene|zamujenega)
+ Pišem zaradi zamude pri dostavi kavča.
+ reklamacija glede zamujene posiljke
- Brez zamude, vse je prišlo pravočasno.
# s9: "ni ga bilo ne v torek ne v sredo" (needs company)
ne (v|na) (ponedeljek|torek|sredo|cetrtek|petek|soboto|nedeljo|dopoldne|popoldne) ne (v|na) | weight=0.5
+ Monterja ni bilo ne v torek ne v sredo.
+ kurirja pa ni blo ne v petek ne v soboto
- Odprto imamo ne v soboto ne v nedeljo, samo med tednom.
