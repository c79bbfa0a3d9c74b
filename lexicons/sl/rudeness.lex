# Rude, impolite, arrogant, sarcastic, dismissive or insulting staff;
# shouting, insults, personal remarks, hanging up.  Adjectives are
# prefixes of the stem (nesramen/nesramna/nesramno/nesramnost/nesramnež
# all start nesramn-), verbs prefixes of the past/present stem
# (kričal/kričala/kričali/kriči, zmerjal/zmerja).
#
# adjectives and nouns of rudeness
nesramn*
nesramen
=nesramen
neprijazn*
neprijazen
nevljudn*
nevljuden
arogant*
ohol*
vzvisen*
zviska
zadirc*
osorn*
osoren
odrezav*
cinicn*
cinicen
sarkasti*
posmehljiv*
zaljiv*
nadut*
prezirljiv*
zanicljiv*
podcenjujo*
pokroviteljsk*
nespostljiv*
nekulturn*
nekulturen
neolikan*
nevzgojen*
brezobzirn*
brezobziren
neotesan*
zoprn* | weight=0.5
zopren | weight=0.5
neprofesionaln* | weight=0.5
neprofesionalen | weight=0.5
(neprimern*|neprimeren) ~2 odnos*
# attitude: "kakšen odnos", "slab odnos do strank"
(kaksen|taksen|tak|slab*|grozen|grozn*|katastrofaln*|porazen|porazn*|podcenjevaln*|arogant*|zanicljiv*|nesprejemljiv*|vzvisen*|mackoveg*|katastrofalen|podcenjevalen) ~1 (odnos*|ton|tonom|tona)
odnos* ~4 (sramot*|nesprejemljiv*|katastrof*|grozen|porazen|zalosten|podn*|poden)
odnos* ~3 pod ~1 kritiko
# shouting at the customer
kric*
zakric*
nakric*
vpil
vpila
vpili
vpij*
zavpil*
drl
drla
drli
zadrl*
zadrel
nadrl*
nadrel
(dere|derejo|drl|drla) ~2 (name|nanjo|nanj|nas)
se (dere|derejo|drl|drla|drli)
(sredinec|sredinca|sredincem)
(povzdign*|povzdigen) ~2 glas
nahrul*
hrulil*
# insults, name-calling, mockery
zmerja*
ozmerja*
(me|mene|nas|naju|jo|ga|stranko|stranke|mamo|oceta) ~2 (zalil|zalila|zalili|zali|zalijo)
(zalil|zalila|zalili) ~2 (me|mene|nas|naju|stranko|stranke)
uzali*
uzalj*
ponizal*
ponizev*
ponizuj*
ponizan*
ponizujo*
zasmehova*
zasmehuj*
posmehova*
posmehuj*
zasmeja*
se ~2 (zarezal|zarezala|zarezali|krohotal*|namrdnil*|posmehnil*|posmehovala|posmehoval)
(smeja*|smejal*|smeji|smejijo|zarezal*|posmeh*) ~3 v obraz
v obraz ~3 (smeja*|smejal*|smeji|smejijo)
se ~2 mi ~2 (smejal|smejala|smejali|smeji|smejijo|zarezal|zarezala)
(gledal|gledala|gledali|pogledal|pogledala) ~3 (zviska|postrani|prezirljivo|grdo)
norca ~2 iz
(norcev*|norcuj*|norceval*) ~3 iz
preklinjal*
(preklinja|preklinjajo)
(neprijet*|neprijeten) | weight=0.5
zavija* ~2 oc*
idiot* | weight=0.5
kreten* | weight=0.5
da (sem|sm|sn) ~2 (idiot*|neum*|butast*|bedak*|kreten*|nesposob*|nepismen*)
bedak*
butec
kot da (sem|sm|sn) ~2 (neum*|idiot*|butast*|bedak*|otrok|tat|tatica|kriminalec|nepismen*|smet|zrak|nadlega|nicvreden*|berac*|prasec)
kot ~1 (z|s) (otrokom|idiotom|bebcem|psom)
zabrus*
zabrusil*
ostel
ostela
osteli
# dismissed: "odpravila me je", "me je ignoriral", "ni me niti pogledala"
me ~2 odpravil*
odpravil* ~1 me
(me|mene|nas|naju) ~3 ignorira*
(ignoriral|ignorirala|ignorirali|ignorirale|ignorira|ignorirajo) ~2 (me|mene|mamo|oceta|nas|stranko|stranke|mojo|mojega)
niti ~1 pogledal* | noneg
niti ~1 pozdravil* | noneg
obrnil* ~2 hrbet
(nimam|nimamo|nimajo|nima) ~1 (casa|cas) ~1 za (vas|take|tujce|to|stranke|neumnosti) | noneg
za (vas|take|tujce) ~2 (nimam|nimamo|nimajo|nima) ~1 casa | noneg
(skakal*|skace|segel|segla|segal*|vskocil*) ~2 v besedo
(me|mene|zame|name|naju) ~4 (niso|ni|nista) ~2 (pogledal|pogledala|pogledali|pozdravil*|opazil*|zmenil*) | noneg
(pogovarjal*|klepetal*|smejal*|hihital*) ~2 med (sabo|seboj) | weight=0.5
kot da ~1 ne ~1 (razume|razumem|razumeta|razumemo|znam|zna|vem|ve) | noneg
(naj|nej) ne (tezim|tezimo|zadrzujem|zadrzujemo|nadlegujem|kompliciram|jamram|tarnam|sitnarim|cvilim) | noneg
(takih|taksnih|vasih) (strank|ljudi) ~3 ne (potrebujemo|potrebujejo|rabimo|rabijo|marajo|maramo|strezemo) | noneg
ne tezite | noneg
nehajte teziti
# "da imajo pomembnejše stvari" (also the customer's own sigh: half)
pomembnejs* ~1 (stvari|delo|opravke) | weight=0.5
pojdite drugam
(naj|nej) ~1 (grem|gremo|greste|grete|poiscem|poiscete|kupim|kupite) ~2 (drugam|drugje|konkurenc*)
ce (vam|ti|mi) ni (prav|vsec|všeč) | noneg, weight=0.5
# personal remarks about looks or behaviour
(komentira*|pripomb*|opazk*|zbadal*|norcev*) ~4 (tezo|teze|videz*|postav*|oblek*|obleko|oblacil*|frizur*|kilogram*|debel*|starost*|naglas*|tetovaz*)
(sarkasticn*|sarkasticen) ~1 pripomb*
# hanging up on the customer (not a dropped line: "me je prekinilo")
mi (je|sta|so) (prekinil|prekinila|prekinili|odlozil*|zaloputnil*)
(preprosto|kar|enostavno|nato|potem|sredi|nesramno) ~2 (odlozil|odlozila|odlozili|zaloputnil*)
(prekinil|prekinila|prekinili|prekinile) ~3 (zvez*|pogovor*|linij*)
(odlozil*|zaloputnil*|vrgel|vrgla|vrgli|tresknil*) ~3 (slusalk*|telefon)
# scolding and yelling at the customer (okregati, kregati, nadirati)
okreg*
kregal*
(krega|kregajo)
nadira*
(napadaln*|napadalen)
osvrkn*
# mocking: zafrkavati, "se je iz mene delal norca"
(zafrkava*|zafrkljiv*)
(delal|delala|delali|dela|delajo|delate|brije|brijejo) ~1 norca
iz (mene|nas|naju|stranke|strank|mame|oceta) ~3 norca
sarkaz*
se mi ~3 (smejal|smejala|smejali|krohotal*|posmehoval*|posmehnil*|zarezal|zarezala|zarezali)
# condescending, dismissive
podcenjeval*
(je|so|sta) ~2 skomign*
(zavil|zavila|zavili|zavrtel|zavrtela|zavrteli|prevrnil|prevrnila) ~2 (z|s) (ocmi|ocima)
kot da (sem|sm|sn|sva|smo) ~2 (odvec|napoto)
kot da (je|so|sta) ~1 (neumen|neumna|neumni|zaostal*|retardiran*|butast*|otrok)
# insults and "can you even read?"
da (sem|sm|sn) ~2 (preneumn*|prestar*|prebutast*|pregluh*)
(vprasal*|rekel|reku|reko|rekla|rekli|rekl|zabrusil*|odvrnil*|dodal*) ~3 (ali|ce|a) ~1 (sem|sm|sn|ste|si|je) ~1 (gluh*|slep*|neumn*|nor|nora|nori|normaln*|butast*|nepismen*|bebast*|tepast*)
sploh (znam|znate|znas|zna) (brati|brat|pisati|pisat|citati) | noneg
kot ~1 (kriminalk*|kriminalc*|kriminalec|lopov*|tatico|tatu|tatom)
(obravnaval*|gledal*|zasliseval*|zaslisal*|zaslisuj*) ~3 kot (kriminal*|lopov*|tat|tatu|tatico|osumljen*)
da (sem|sm|sn) ~2 (tezk*|problematicn*|naporn*|sitn*|tecn*) ~1 (stranka|stranko|stranke)
(naj|nej) (neham|nehava|nehamo|preneham|nehate|nehajte) ~2 (jamrat*|tezit*|komplicirat*|sitnarit*|cvilit*|tarnat*|tecnarit*|nergat*|pritozevat*|jokat*)
(naj|nej) ne (tecnarim|tecnarimo|nergam|sitnim|jokam|kompliciram)
da se pac (zgodi|zgodijo|dogaja)
(takih|taksnih) ~2 ne (strezemo|strezejo|postrezemo|postrezejo|sprejemamo|sprejemajo|potrebujemo|potrebujejo|rabimo|marajo|spuscamo|spuscajo) | noneg
(naj|nej) se ~2 (naucim|naucite|nauci|naucijo) ~1 (jezik*|slovensk*|slovenscin*)
# shutting the door in the customer's face, closing the chat on them
vrata ~1 pred nosom
pred nosom ~3 (zaprl*|zaloputnil*|zaprla|zaprli)
(zapre|zaprejo) ~2 (pogovor|pogovora|klepet|chat)
(je|so) (zaprl|zaprla|zaprli) ~1 (pogovor|klepet|chat)
(trescil*|zalucal*) ~3 (slusalk*|telefon*)
# showed the door, vented on the customer: "pokazal mi je vrata", "se je
# jezila name"
(mi|nam) ~2 (pokazal|pokazala|pokazali|pokazejo) ~1 vrata
(pokazal|pokazala|pokazali) (mi|nam) ~1 vrata
(jezil*|jezi|jezijo|znasal*|znasa|znesel|znesla|izlil|izlila|stresel|stresla) ~2 (name|nanj|nanjo|nas|nanje)
(nas|naju|mojo|mojega|moje) ~3 (ignoriral|ignorirala|ignorirali|ignorirale|ignorira|ignorirajo)
# --- added: wider families of rude conduct
# shouting, snapping, growling: tulil, rjovel, zarohnel, zabevskal, siknil,
# zadiral (the imperfective of zadrl), vpiti/vpitje
(tulil*|zatulil*|rjovel*|rjula|rjuli|zarjovel*|zarjula|rohnel*|zarohnel*|zarobantil*|bevskal*|zabevskal*|siknil*|zasiknil*|zadiral*|zadira|zadirajo|nadiral*)
(vpit|vpiti|vpitje|vpitja|vpitjem|kricanj*|dretj*)
(zacel|zacela|zaceli|zacne|zacnejo) ~2 (vpit*|kricat*|tulit*|rjovet*|dret*|dret|zmerjat*|preklinjat*|zalit*)
# swearing at the customer
(zaklel|zaklela|zakleli|preklel|preklela|prekleli|klel|klela|kleli)
(psoval*|psuje|psujejo|opsoval*|ozmerjal*|kletvic*)
(zaljenj*|zalitv*|zaljivk*|zaljiv)
# contempt, condescension, arrogance
omalovaz*
(zanicev*|zanicuj*|zanicljiv*)
(osabn*|osaben|domisljav*|prevzetn*|prevzeten|nadutez*|vzvisenost*)
(primitivn*|primitiven|primitivec|primitivca|prostask*|vulgar*|nespodobn*|nespodoben|nedostojn*|nedostojen)
(zbadljiv*|zbadal*|zbadala|zbadali|porogljiv*|rogal*|norcev*|norcuj*|posmeh*|zasmeh*)
pod (castjo|casti)
v brk
sale ~1 na (moj|nas|najin|racun) ~1 racun
(pridigal*|moraliziral*|poucev*) | weight=0.5
# grumpy, impatient, cranky staff: tečen, siten, nejevoljen, nestrpen
(tecn*|tecen|sitn*|siten|nejevoljn*|nejevoljen|zlovoljn*|zlovoljen|nataknjen*) | weight=0.5
(je|so|sta) ~2 (tecen|tecna|tecni|tecne|siten|sitna|sitni|nejevoljen|nejevoljna|nejevoljni|nestrpen|nestrpna|nestrpni|zlovoljen|zlovoljna|nataknjen|nataknjena|osorna|osoren|zoprna|zopren|odrezav*|neprijeten|neprijetna|grob|groba|grobi)
(godrnjal*|godrnja|godrnjajo|zagodrnjal*|mrmral*|zamrmral*|brundal*|zabrundal*) | weight=0.5
(naveliceno|zdolgocaseno|nejevoljno|zlovoljno|jezno|srdito|zadircno|zviska|odsekano|hladno|ledeno|porogljivo|ironicno|grobo|osorno|vzviseno|pokroviteljsko|ukazovalno|ukazovalen|ukazovaln*) ~3 (odgovoril*|odgovorila|odvrnil*|rekel|reku|rekla|rekli|zabrusil*|pogledal*|gledal*|nagovoril*|odpisal*|napisal*|odgovarjal*|govoril*|komentiral*|ravnal*|obravnaval*|pripomnil*|odrezal*|zavrnil*|odslovil*)
(odgovoril*|odgovorila|odvrnil*|rekel|reku|rekla|rekli|zabrusil*|pogledal*|gledal*|nagovoril*|odpisal*|odgovarjal*|govoril*|komentiral*|ravnal*|obravnaval*|pripomnil*|zavrnil*) ~3 (naveliceno|zdolgocaseno|nejevoljno|zlovoljno|jezno|srdito|zadirc*|zviska|odsekano|porogljivo|grobo|osorno|vzviseno|pokroviteljsko|ukazovalno|zaljivo|prezirljivo|zanicljivo|podcenjujoce|posmehljivo|nesramno|arogantno|nevljudno|neprijazno)
grdo ~3 (ravnal*|ravnala|ravnali|obravnaval*|postopal*|gledal*|pogledal*|nagovoril*|odgovoril*|zavrnil*)
(grob|groba|grobe|grobi|grobim) ~1 (odnos*|ton*|besed*|opazk*|komentar*|nacin*)
# no respect, no manners
(brez|nobenega|nobene|niti|nic|manjka) ~2 (spostovanj*|vljudnost*|olike|olika|kulture|manir|takta|obzirnosti|empatije) | noneg
(osnovne|elementarne|minimalne|kancka|trohice|trohe|sledu) ~1 (olike|vljudnosti|kulture|spostovanja|obzirnosti)
# addressed informally (tikanje) — disrespect in Slovenian service
(tikal*|tika|tikajo|tikala|tikali|zatikal*|potikal*)
# ignoring the customer: staring at the phone, not greeting back
(buljil*|strmel*|zijal*|brskal*|tipkal*|igral*|bulji|strmi) ~3 (v|po) ~1 (telefon*|mobitel*|ekran*|zaslon*)
(gledal*|gleda) ~2 v (telefon|mobitel|ekran|zaslon) | weight=0.5
niti ~1 (odzdravil*|odzdravi|pozdravi|pogleda|pogledala|pogledal|dvignil*|dvignila) | noneg
(ni|niso|nista) ~2 (odzdravil*|pozdravil*) | noneg
(ni|me|nas|niso) ~3 (pustil*|pustila|pustili|spustil*) ~2 do besede | noneg
(me|mi|nas) ~2 (prekinjal*|prekinjala|prekinjali|prekinja) | weight=0.5
kot da (mu|ji|jim) ~1 (grem|gremo|hodim|smo|sem|sm) ~2 (zivce|odvec|napoto)
na zivce | weight=0.5
kot da (jih|ga|jo) (motim|motimo|motiva|motila|motil|motili|nadlegujem|nadlegujemo)
kot da (sem|sm|smo|sva) ~2 (nadlezn*|nadlezen|muha|zadnji|zadnja|nevreden|nevredna|manjvreden|manjvredna|drugorazredn*|nevidn*|neviden|zrak|smet|nic)
# laughing at / grinning at / mocking the customer
se ~3 (rezal|rezala|rezali|rezi|rezijo|zarezal*|hahljal*|hihital*|muzal*|namuznil*|krohotal*|zakrohotal*)
(rezal|rezala|rezali|smejal|smejala|smejali|smeji|smejijo|krohotal*|hihital*|posmehoval*) ~3 (meni|nama|nam|moji|mojemu|mojim|mojima|moje|mojih|nasi|nasemu|nasim)
(glas|obraz|hrbtom) ~2 (smejal*|smeja*|rezal*|rezi|krohotal*|posmehoval*|opravljal*)
(smejal*|smeja*|rezal*|rezi|krohotal*|posmehoval*|opravljal*) ~2 (na|za) ~1 (glas|hrbtom)
# reported insults: "rekel mi je, da sem tepec", "ozmerjal me je s kravo"
da (sem|sm|sn|si|ste) ~2 (tepec|tepka|tepca|bebec|bebca|debil*|kreten*|idiot*|butl*|butelj*|cepec|cepca|trot|trotel*|budal*|koza|krava|baba|prasica|svinja|neumn*|neumen|glup*|zabit*|nesposob*|nesposoben|nepismen*|nepismen|len|lena|lenuh*|debel*|grd*|smrdljiv*|skrt*|skrt)
(mi|me|nas|jo|ga) ~3 (rekel|reku|rekla|rekli|nazval*|poimenoval*|ozmerjal*|zmerjal*|klical*|oklical*) ~2 (tepec|tepka|tepca|bebec|bebca|debil*|kreten*|idiot*|butl*|butelj*|cepec|cepca|trot|trotl*|budal*|koza|krava|kravo|kozo|babo|baba|prasica|svinja|svinjo|stara|staro|starka|starko)
(stara|neumna|butasta|zabita|trapasta) (koza|krava|baba|kozo|kravo|babo)
# hung up / shut the customer off
(mi|nam) (je|sta|so) ~2 (prekinil|prekinila|prekinili|odlozil*|zaloputnil*|prekinila|izklopil*)
(mi|nam) ~3 (prekinil|prekinila|prekinili|prekinile) ~2 (klic|klica|klicu|zvezo|pogovor|linijo)
(prekinil|prekinila|prekinili) (mi|nam) ~2 (klic|zvezo|pogovor|linijo|besedo)
(odlozil|odlozila|odlozili) (mi|nam) | weight=0.5
(vrgel|vrgla|vrgli|zalucal*|zabrisal*|fuknil*|cofnil*|treskal*|tresnil*) ~2 (mi|nam|mu|ji) ~2 (drobiz|denar|kusur|racun|kartico|dokumente|papirje|pult|pultu|obraz|roke)
(vrgel|vrgla|vrgli|zalucal*|zabrisal*|fuknil*|cofnil*|treskal*|tresnil*) ~1 (drobiz|denar|kusur|racun|kartico|dokumente|papirje) ~2 (na|v|cez|pred) ~1 (pult|pultu|obraz|mizo|tla)
(odrinil*|porinil*|sunil*|potisnil*|zgrabil*|pograbil*) ~2 (me|mene|nas|mamo|oceta|otroka) | weight=0.5
(nagnal*|napodil*|spodil*|pometal*) ~2 (me|nas|naju|iz|ven)
(vrgel|vrgla|vrgli) ~2 (me|nas|naju) ~2 ven
naj se (poberem|poberemo|pobereva|poberete|spokam|spokamo)
- Spletna trgovina me je ob plačilu vrgla ven, denar pa so vseeno bremenili.
# attitude words: odnos ... obupen, zanič, beden
(obupen|obupn*|zanic|beden|bedn*|nicvreden|nicvredn*|nemogoc*|skandalozn*|zgrozen*|ponizujoc*|vzvisen|arogantn*) ~1 odnos*
odnos* ~3 (obupen|obupn*|zanic|beden|bedn*|skandalozn*|sramoten|sramotn*)
odnos* ~3 pod ~1 (nivojem|psom)
(pod|brez) ~1 (vsakim|vsake) ~1 (nivojem|kritike|kritiko|spostovanja)
# typo-tolerant stems: nesramana, nevljudna, neprijazna, aroganca
(nesram*|nevljud*|arogan*|neprijaz*)
# told to stop bothering them, accused of exaggerating or lying
(preden|da|ker|kr|ces|naj|nej) ~2 (nas|jih|ga|jo) ~1 (nadlegujete|gnjavite|motite|nadleguje|gnjavi|moti|nadlegujem|gnjavim|motim)
(naj|nej) ~2 (ne|neham|nehamo|nehate) ~2 (gnjavim|gnjavit*|nadlegujem|nadlegovat*|motim|sekiram|tezim|tezit*)
(da|ces) (pretiravam|pretiravamo|pretiravava|dramatiziram|dramatiziramo|histeriziram|kompliciram|izmisljujem|izmisljujemo|lazem|lazemo|lazeva|nakladam|blefiram)
(da|ces) (sem|sm|sn|smo|sva) ~2 (lazniv*|lazniv|lazn*|lazljiv*|histeric*|paranoic*|smesn*|smesen|zmesan*|nor|nora|nori|zmeden|zmedena|tezk*|tezaven|tezavn*|nadlezn*|nadlezen)
da bom ~2 (obzaloval*|obzalovala|videl|videla|dobil|dobila) | weight=0.5
(obzaloval*) ~3 (rekel|reku|rekla|zabrusil*|zagrozil*|grozil*) | weight=0.5
(zagrozil*|grozil*|grozila|grozili|grozi) ~3 (mi|nam|meni|nama)
(zagrozil*|grozil*|grozila|grozili|grozi) ~3 (z|s|da) | weight=0.5
# contemptuous body language: yawning, waving off, frowning
(zehal*|zazehal*|zevanj*) | weight=0.5
(zamahnil*|mahnil*|odmahnil*|mahal*|mahala) ~2 (z|s) ~1 (roko|rokami|roke)
odslovil* ~2 (me|nas|naju|stranko|mamo|oceta)
(me|nas|naju|stranko|mamo|oceta) ~2 odslovil*
(namrgoden*|namrscen*|nasrsen*|zlobn*|zloben|zlovesc*|kisl*) | weight=0.5
slabe volje | weight=0.5
# indifferent, couldn't care less
(brezbrizn*|brezbrizen|ravnodusn*|ravnodusen|nezainteresiran*|nezainteresiran)
(jim|mu|ji|jima) ~2 (je|bilo|blo) ~2 (vseeno|mar|figo|fucka|dol) | noneg, weight=0.5
(fucka|fuckalo|zvizga|zvizgalo) ~1 (se|jim|mu|ji) ~2 (za|mar) | weight=0.5
(obregnil*|obregnila|obregal*|obregala|obregnili|obrega) 
# behaviour words: obnašanje / vedenje ... nesprejemljivo
(neprimern*|neprimeren|nesprejemljiv*|nesprejemljiv|sramotn*|sramoten|skandalozn*|skandalozen|grozn*|grozen|nemogoc*|nemogoc|nevzgojen*|nedostojn*|nedostojen|obupn*|obupen|porazn*|porazen) ~2 (obnasanj*|vedenj*|obnasal*|obnasala|obnasali|nastop*)
(obnasanj*|vedenj*|obnasal*|obnasala|obnasali|nastop) ~4 (nesprejemljiv*|neprimern*|neprimeren|sramot*|skandaloz*|grozn*|grozen|nemogoc*|nevzgojen*|nedostojn*|obupn*|obupen|porazn*|porazen|zanic|bedn*|beden|pod)
kot ~1 (z|s) (otroki|kriminalcem|tatom|neumnim|neumnezem|debilom|zadnjim|smetjo|nepismenim|butcem|stvarjo|nadlogo|sluzabnikom|hlapcem|psom|psi|zivino|tepcem|bebcem|idiotom|otrokom|norcem|nepridipravom|lopovom|beracem|drekom)
v obraz
kot da ~3 uslugo
(odpravil*|odpravila|odpravili|odgnal*|odgnala) ~2 (z|s) ~1 (roko|rokami|mahljajem)
(nas|naju|mamo|oceta|stranko|stranke|moza|zeno|sina|hcer|babico|dedka) ~2 (odpravil|odpravila|odpravili|odpravi|odpravijo)
(obrnil*|obrnila|obrnili) ~2 (stran|proc|hrbet) | weight=0.5
(sprasujem|sprasujete|sprasuje|sprasevat*|vprasam|vprasate|vprasal*|tezim|gnjavim) ~2 (neumnosti|bedarij*|traparij*|butnost*|neumna|neumno|neumne|trapast*|bedast*)
(naj|nej) ~4 (neumnosti|bedarij*|traparij*|butnost*)
(mi|nam|meni) ~2 (grozil|grozila|grozili|zagrozil|zagrozila|zagrozili)
# arguing with the customer, walking off mid-sentence, telling them where to go
(prepiral*|prerekal*|skregal*|prepirati|prepirat|prerekati|prerekat|prepira|prepirajo|prereka|prerekajo|kregati|kregat) ~3 (z|s) ~1 (mano|nami|menoj|mamo|ocetom|stranko|strankami|kupcem|kupci|nama)
(prepiral*|prerekal*|prerekala|prepirala|prepirali|prerekali) | weight=0.5
(odkorakal*|odvihral*|odsel|odsla|odsli|obrnil*|obrnila|odsetal*|odsvedral*) ~3 sredi ~1 (pogovora|stavka|razlage|pogovor)
(naj|nej) ne (komplikiram|komplikiramo|kompliciram|kompliciramo|dramatiziram|pametujem|filozofiram|razburjam) | noneg
(poslal|poslala|poslali|posle|poslejo) ~4 (vragu|krasne|rit|kurac|pizdo|materinu)
(odjebi*|odjebite|odjebal*|zajebaval*|zajebava*)
jebi se
(pejt|pejd|pejdi|pojdi|pojdite|pejte) ~2 (solit|gugat|vragu|krasne|rit|drugam)
sredi ~1 (pogovora|stavka|razlage) ~3 (odkorakal*|odvihral*|odsel|odsla|odsli|odsetal*|obrnil*|obrnila)
(z|s) (mano|nami|menoj|mamo|ocetom) ~3 (prepiral*|prerekal*|skregal*|kregal*|prepira|prereka)
+ Gospa na blagajni je bila izjemno nesramna.
+ Operater je kričal name in mi na koncu odložil slušalko.
+ prodajalec je bil aroganten in osoren, kot da sem neumen
+ svetovalka mi je sredi stavka prekinila zvezo
+ Monter me je zmerjal in se mi posmehoval.
+ Blagajničarka me je okregala, ker nisem imel drobiža.
+ odgovarjal je zafrkljivo in se iz nas delal norca
+ Svetovalka mi je zaprla vrata pred nosom.
- Nihče ni bil nesramen, vse je potekalo korektno.
- Operaterka je bila prijazna in potrpežljiva.
- Po 35 minutah me je prekinilo, verjetno signal.
- Prodajalec ni bil nesramen, le malo raztresen.
- Skomignila sem z rameni in odšla domov.
+ Natakarji so nas nahrulili, ker smo prosili za račun.
+ operater me je tikal in mi govoril kot otroku
+ gospod za okencem se je zadiral na vse stranke
+ Natakarica je bila tečna in nas je odslovila z roko.
+ usluzbenki sta se nama rezali v obraz
+ mi je reku da sm tepec in nej grem drugam
- Natakarica je bila nasmejana in ustrežljiva.
- Telefon sem zalil s kavo, moja napaka.
- Čeprav sem bila jaz nestrpna, je ostala mirna.
+ Prodajalec se je začel prepirati z mano.
+ rekla je naj ne komplikiram
- Med sabo sta se prepirala o dopustu, mene sta postregla hitro.
# name-calling with "da sem": skopuh, škrtec, revež, berač, lenuh, tečnež
da (sem|sm|sn|si|ste|smo) ~2 (skopuh*|skrtec|skrtuh*|revez*|berac*|lenuh*|tecnez*|sitnez*|nergac*|jamrac*|cmera|cmerav*|smrkav*|pobalin*|barab*)
# looked down on: "me je pogledala od zgoraj navzdol", "premeril od glave do pet"
(pogledal*|gledal*|premeril*|premerila|merila|meril) ~3 od (zgoraj|glave)
od zgoraj navzdol
# "da si tega tako ali tako ne morem privoščiti"
da ~4 ne ~1 (morem|mores|more|morete|moremo|morejo|zmorem|zmore) ~1 privoscit* | noneg, weight=0.5
# "brez pozdrava zabrusil"
brez (pozdrava|pozdrav) ~3 (zabrusil*|zabrusila|rekel|rekla|vrgel|vrgla|odvrnil*|pokazal*|pomignil*|ukazal*|zahteval*|nadrl*|zarezal*) | noneg
# "naj ne izgubljam njegovega časa", "da mu kradem čas"
(naj|nej) ne ~1 (izgubljam|zapravljam|kradem|jemljem|trosim) ~2 (cas*|njegov*|njen*|njihov*) | noneg
(kradem|kradete|zapravljam|zapravljate) ~2 (cas|casa) | weight=0.5
# "da ji grem že na živce", "da ji gre na živce, ker kličem"
(mi|ji|mu|jim|nam) ~2 (gre|gres|grem|greste|gremo|grete|hodim|hodite) ~1 na zivce
+ Rekel mi je, da sem skopuh, ker nočem dražjega paketa.
+ Prodajalec me je pogledal od zgoraj navzdol in se obrnil.
+ Brez pozdrava mi je zabrusila, naj počakam zunaj.
+ Dejala je, naj ne zapravljam njenega časa z neumnostmi.
+ Odkrito mi je povedala, da ji grem na živce.
- Prodajalka ni bila skopa s časom, vse mi je razložila.

# r8: insults named as a noun ("z zmerljivkami", "zmerljivke"), laughing in one's face
zmerljivk*
(smejal*|smeji|smejijo|rezal*|reza|rezijo|posmehoval*|posmehuje) ~3 v obraz
(ton|tonom|tona|tonu) ~3 (posmehljiv*|zanicljiv*|vzvisen*|vzvisn*|podcenjujoc*|prezirljiv*|nadut*|zajedljiv*)
+ Na vprašanje o računu mi je odgovoril z zmerljivkami.
+ Svetovalka se mi je smejala v obraz, ko sem pokazal pogodbo.
+ Govoril je s posmehljivim tonom, kot da sem neumen.
- Operater je bil prijazen, brez kakršnih koli zmerljivk.
- Ton pogovora je bil prijazen in miren.
# r9a: told not to act clever / not to lecture them ("naj se ne delam
# pametnega", "ne delaj se pametne"): the "ne" is part of the quote
(naj|nej|ne) ~2 (delam|delate|delas|delaj|delajte|delava|delamo) ~2 (pametn*|pametnjakovic*|frajer*) | noneg
(pametnjakovic*|pametnjakar*|pametovat*|pametuj*|pametoval*) | weight=0.5
+ Blagajničarka mi je rekla, naj se ne delam tako pametne.
+ ne delajte se pametnega, je rekel serviser in odšel
- Pametno sem se odločil in kupil pri vas.
- Naj se ne delam skrbi, je prijazno rekla, paket pride jutri.
# r9a: served the next person instead of answering; turned away while talking
(poklical*|poklicala|poklicali|postregel*|postregla|postregli|nagovoril*|nagovorila|pomahal*|pomahala) ~2 (naslednj*|drug*) ~1 (strank*|kupc*|gosta|vrsto) | weight=0.5
+ Med mojim vprašanjem se je obrnila stran in poklicala naslednjo stranko.
- Prijazno me je pozdravila in nato poklicala naslednjo stranko.
# r10: tone: "odvrnil s tonom, ki si ga ne bi dovolil niti do otroka",
# "v takem tonu"; (s|v) + demonstrative + tone
(s|v|z) (takim|taksnim|tistim|nekim|groznim|zoprnim|zaljivim|arogantnim|vzviseno|vzvisenim|posmehljivim|nesramnim|neprimernim) ~1 (tonom|tonu)
(ton|tonom|tonu|nacin*|besed*) ~5 ne bi ~1 (dovolil*|smel*|smela|smeli|upal*) | noneg
# r10: reported put-downs: "rekla, da očitno ne razumem / ne znam brati",
# "a ste sploh pismena", "me je mel za bebca"
(rekel|reku|rekla|rekli|dejal*|zabrusil*|povedal*|namignil*|odvrnil*) ~6 (ocitno|itak|pac|sploh) ~2 ne (razumem|razumete|razume|znam|znate|zastopim|kapiram|stekam|stekate) | noneg
(ste|si|sem|sm) sploh (pismen*|nepismen*|gluh*|slep*)
(mel|mela|meli|imel|imela|imeli|ima|imajo|imate) ~2 za (bebca|norca|idiota|butca|butla|tepca|kretena|debila|neumnega|neumno|trapo|budalo|tatu|tata|lopova|tatico|nadlego)
(zajedljiv*|zbadljiv*|bezobraz*|brezobraz*|neljubezniv*|nevljudnez*)
(komentiral*|oznacil*|odvrnil*|rekel|rekla|reku|rekli|dejal*|zabrusil*|zasmehoval*) ~4 (glup*|neumn*|butast*|bedast*|trapast*|debiln*|kretensk*) | weight=0.5
# r10: shouting in colloquial and Croatian forms: "se je derel", "vikala na mene"
(se|so) ~1 (derel|derla|derli|dere|derejo|drejo|dret|dreti)
(zderel|zderla|nadrel|nadrla|zadrla)
(vikal|vikala|vikali|vikao|vice|vicu|vicala) na (mene|me|nas|nju|njo|njega|stranko|stranke)
(me|nas|naju|mamo|oceta|stranko) ~2 (sesul|sesula|sesuli|nadrl|nadrla|nadrli|sprasil*)
(grdo|zaljivo|nesramno|arogantno|zaljiv*) ~2 (govoril*|obnasal*|vedel|vedla|vedli|nastopal*|postopal*)
# r10: hung up: "zaprla (mi je) slušalko", "zaprl telefon v obraz"
(zaprl|zaprla|zaprli|zapre|zaprejo|zaloputnila|treskala) ~2 slusalk*
+ Gospod mi je odvrnil s tonom, ki si ga ne bi smel dovoliti.
+ Rekla je, da očitno ne znam brati pogodbe.
+ Operater me je vprašal, ali sem sploh pismena.
+ v trgovini so me meli za tatu pa me pregledovali
+ zenska na okencu bila bezobrazna in zajedljiva
+ serviser se je derel ko sm mu pokazal racun
+ sodelavka mi je med klicem zaprla slušalko
- Rekel je, da je s tonom vse v redu in zvočnik deluje.
- Sam ne razumem, zakaj sem dobil dva računa, prosim za pojasnilo.

# --- r13 thesaurus pass (sl13a) ---
# nouns/adjectives: arrogance, insolence, cynicism, boorishness
(aroganc*|arogantnez*|cinizm*|cinizem|grobijan*|prostak*|prostastv*|nesramnez*|nevljudnez*|oholez*)
(predrzn*|predrzen|nesramnost*|nevljudnost*) | weight=0.5
(odbijajoc*|hladen|hladn*|ledeno|leden|nesramen|nesramn*|nevljuden|nevljudn*|zaljiv*|prezirljiv*|vzvisen*|vzvisn*|posmehljiv*|cinicn*|cinicen|nadut*|ohol*|osoren|osorn*|predrzen|predrzn*|zoprn*|zopren|neprijazen|neprijazn*|odrezav*|aroganten|arogantn*|ignorant*|ignorantsk*) ~1 (odnos|odnosom|odnosa|odnosu|ton|tonom|tona|tonu|pristop|pristopom|pristopa|obnasanje|obnasanjem|vedenje|vedenjem)
(s|z) (prezirom|zanicevanjem|posmehom|zasmehom|zviska|omalovazevanjem|nestrpnostjo|arogantnostjo|aroganco|nesramnostjo|podcenjevanjem)
# verbs: yelled at, scolded, cursed (standard + colloquial / Styrian l-participles in -u/-ou)
(nadere|naderejo|nadrejo|nadre|zadere|zaderejo|zadrejo|nadreti|zadreti|nadirati|nadirajo|nadirala)
(vpiu|zavpiu|nadru|zadru|nadrou|zadrou|drou|zmerjou|ozmerjou|kregu|okregu|nahrulu|kricu|zakricu|nakricu|tulu|zatulu)
(ostevala|osteval|ostevali|osteva|ostevajo|oštevanje|ostevanj*|oštel)
napizdi*
(zjebal|zjebala|zjebali|zjebe|zjebejo) ~2 (me|mene|nas|naju|mamo|oceta|stranko|jo|ga) | weight=0.5
(napadel|napadla|napadli|napada|napadajo|napadal*) ~2 (me|mene|nas|naju|mamo|oceta|stranko|besedno|verbalno) | weight=0.5
verbaln* ~1 (napad*|nasilj*|zlorab*|obracun*)
(psovk*|zmerjanj*|kletvicam*|zaljivk*)
(obkladal*|obkladala|obkladali|obklada|obkladajo) ~3 (z|s) ~1 (imeni|zmerljivk*|psovk*|izrazi|kletvic*|zaljivk*|besedami)
(porogal*|porogala|porogali|poroga|porogajo|posmehnila|posmehnili)
(me|nas|naju) ~3 (ignoriru|ignorirou|prezrl|prezrla|prezrli|spregledal|spregledala|spregledali)
(zaprl|zaprla|zaprli|zaloputnil*|zaloputnila) ~2 (telefon|telefona|slusalko)
(odpravil|odpravila|odpravili|odpravu|odpravla|odpravli) ~2 (mojega|mojo|moje|mojima) ~2 (brata|sestro|mamo|oceta|babico|dedka|sina|hcer|moza|zeno|prijatelja|prijateljico)
+ Aroganca tega prodajalca je neverjetna.
+ Uslužbenka me je s prezirom premerila in odšla.
+ V lekarni jo vedno nadrejo, čeprav je stara gospa.
+ Serviser se je zadru name, ker sem vprašal za račun.
+ Poslovodja me je pred vsemi oštel kot otroka.
+ Operater me je kar napizdil po telefonu.
+ Varnostnik me je verbalno napadel pred trgovino.
+ Obkladal me je z zmerljivkami, ko sem prosil za pomoč.
+ Imela je tako odbijajoč odnos, da sem raje odšla.
+ Pravi grobijan za pultom, brez pozdrava.
- Odnos prodajalke je bil topel in prijazen.
- Serviser je telefon odprl in zamenjal baterijo.
- Kupil sem predrzen rdeč plašč.
(ignorant*|ignorantsk*|nadrkan*|nergav*) | weight=0.5
(razlagal*|govoril*|razlozil*|obravnaval*|nagovarjal*|nagovoril*|gledal*|ravnal*|pogovarjal*) ~3 kot ~1 (otroku|bebcu|idiotu|butcu|neumnemu|neumni|nepismenemu|nepismeni|petletniku|petletnici|tepcu|debilu|sluzabniku|hlapcu|hlapcem)
+ Razlagal mi je kot petletniku, čeprav sem inženir.
# --- sl14a: paraphrase families ---
# "kakšna žalitev", "užalil me je"
zalitev
zalitv*
uzalil*
# called names: "nazival me je z idiotom", "imenoval bebca"
(nazival*|nazvala|nazval|imenoval*|oklical*|poimenoval*|ozmerjal*|zmerjal*) ~3 (idiot*|bebc*|bebec|kreten*|tepc*|tepec|butl*|bedak*|norc*|debil*|neumnez*)
+ Inštalater me je v mojem lastnem domu nazival z idiotom.
+ Kakšna žalitev, tako se s strankami ne govori.
+ Ti dve čvekata, mene pa ignorirata.
- Prodajalec me ni užalil, bil je korekten.
# sl15: personal remarks, laughing at the customer, shrugging off, "get a life", calling a liar, talking down
(rekel*|rekla|rekli|reku|da) ~3 (smrdi|smrdim|smrdis|smrdite|smrdljiv*)
(ogabn*|sramotn*|nizkotn*|podl*) ~1 (obnasanj*|vedenj*|odnos*|komentar*)
(smejal*|smejala|smejali|posmehoval*|rezal*) ~4 (sodelavc*|sodelavk*|kolegom|kolegico|name|meni)
(je|so|samo|le|zgolj) ~2 skomign*
si ~1 (najdi|najde|najdem|najdete|najdite|poisce|poisces) ~1 (zivljenje|zivljenja)
(najdi|najdite|poisci|poiscite) si (zivljenje|zivljenja)
(sodelavc*|sodelavk*|kolegom|kolegico) ~3 (smejal*|posmehoval*|rezal*)
(oznacil*|oznacili|nazval*|zmerjal*) ~3 (laznivc*|laznivk*|lazniv*|goljuf*)
(govoriti|govoril*|govori|govorila) ~3 (pocasi|glasno) in (glasno|pocasi)
+ Rekel je, da smrdi, pred vsemi.
+ Potem se je s sodelavcem še smejal.
+ Samo skomignila je z rameni.
+ Rekel mi je, naj si najdem življenje.
+ Označili so me za lažnivca.
+ Začela je govoriti počasi in glasno, kot da sem neumen.
- Ni me označil za lažnivca, bil je korekten.
- Smejali smo se skupaj, prijazen fant.
# sl16: door or counter shut in one's face; said in a weary, ironic or dismissive tone
(zaprl*|zaprla|zaprli|zaloputnil*|zaloputnila|zaloputnili|spustil*) ~4 (tik|ravno|direktno|kar) ~1 pred nosom
(navelicano|naveliceno|zdolgocaseno|ironicno|posmehljivo|cinicno|zafrkljivo) ~3 (ponavljal*|ponavlja|ponavljala|govoril*|odgovarjal*|komentiral*|rekla|rekel|rekli|pripomnil*|dodal*|dodala)
(rekla|rekel|rekli|odgovoril*|odgovorila|odvrnil*|odvrnila|pripomnil*|ponavljal*|ponavljala) ~3 (navelicano|ironicno|cinicno|zafrkljivo)
(naj|nej) ~1 ne (panicarim|panicari|panicarite|komplicir*|tezim|teziram|dramatiziram|pretiravam|jamram|jamrate) | noneg
+ Uslužbenec mi je okence zaprl tik pred nosom.
+ Ves čas mi je cinično ponavljal, da ima prav.
+ Rekel mi je, naj ne paničarim in počakam.
- Okence so zaprli ob sedmih, kot piše na vratih.
- Juha je bila hladna, ko so jo končno prinesli na mizo.
# sl19a: put-downs "even a child knows that"; dismissive "then just don't buy";
# closing the chat or conversation on the customer, with an adverb between
(rekel|rekla|rekli|reku|dejal*|zabrusil*|odvrnil*|odvrnila|pripomnil*|ces|ponovil*|ponavljal*|zasmehoval*) ~6 (vsak|vsakdo|vsi|celo|niti) ~1 (otrok|otroci|petletnik|petletnica|osnovnosolec) | noneg
(rekel|rekla|rekli|reku|dejal*|zabrusil*|odvrnil*|odvrnila|pripomnil*|ces|ponovil*|ponavljal*) ~4 (zna|znajo|ve|vedo|razume|razumejo|zmore|obvlada) ~2 (vsak|vsakdo|celo|niti) ~1 (otrok|otroci|petletnik|petletnica|osnovnosolec) | noneg
pac ne (kupujte|kupite|kupuj|narocajte|narocite|hodite|pridite|klicite|kliči|klici|uporabljajte|jejte|pijte) | noneg
(kar|preprosto|enostavno|sredi|nesramno|brez) ~2 (zaprl|zaprla|zaprli|zaprlo|zakljucil*|koncal*) ~2 (pogovor|pogovora|klepet|klepeta|chat|okno)
+ Ko sem vprašala za pomoč, je rekel, da to zna že vsak otrok.
+ Prodajalka je odvrnila: pač ne kupujte, če vam ni všeč.
+ Sredi mojega vprašanja je agent preprosto zaključil klepet.
- Navodila so tako jasna, da jih razume vsak otrok, super aplikacija.

# s9: staff laughing at the customer while they explain
se je (smejal|smejala|hihital|hihitala|rezal|rezala|zarezal|zarezala|krohotal|krohotala) ~3 (ko|medtem|mojemu|moji|moje|name|meni|mi)
so se (smejali|hihitali|rezali|zarezali|krohotali) ~3 (ko|medtem|mojemu|moji|moje|name|meni|mi)
+ Prodajalec se je smejal, ko sem mu opisovala okvaro.
+ na okencu so se rezali ko sem rekel da ne razumem obrazca
- Smejala sva se skupaj, gospa je bila zelo prijazna.
# s9: labelling the customer: "rekla je, da ste težki / smo izbirčni"
(rekel|rekla|rekli|dejal|dejala|zabrusil*|odvrnil*|pripomnil*|oznacil*|oznacila) ~4 (ste|smo|si|sva|sem|sta) ~2 (tezki|tezka|nadlezn*|tecn*|tecen|izbircn*|izbircen|sitn*|siten|nemogoc*|prezahtevn*|histeric*|nor|nori|nora|neumn*|butast*|trapast*)
+ Rekel je, da smo pač izbirčni.
+ zabrusila mi je da sem nadlezna
- Rekla sem, da smo zelo zadovoljni.
# s9: accused of lying
(rekel|rekla|rekli|dejal*|namignil*|ocital*|ocitala|ocitali|trdil*) ~4 (lazem|lazemo|lazete|izmisljujem|izmisljujemo|izmisljam|goljufam|kradem|zlagam)
(naj|nej) ~1 (si|se) ne (izmisljujem|izmisljam|izmisljujemo|zlagam|sprenevedam) | noneg
+ Uslužbenka mi je rekla, da si izmišljujem.
+ rekel je naj si ne izmisljujem
- Nočem reči, da lažete, samo prosim za pojasnilo.
# s9: personal remarks about home, looks
(komentiral*|komentira|pripomnil*|opazk*|pripomb*|norcev*) ~4 (stanovanj*|videz*|obleko|oblacil*|postav*|kilogram*|frizur*|debel*|nered*|razmetan*|naglas*|obraz*|tetovaz*)
+ Serviser je komentiral moje razmetano stanovanje.
+ imel je opazke na mojo postavo
- Komentiral je stanje instalacij, kar je bilo koristno.
# s9: "niti potrudili se niso, da bi bili prijazni"
(niso|ni|nista|nihce) ~2 (potrudil*|trudil*) ~3 (prijazn*|vljudn*|prijazen|vljuden|olik*|pozdrav*|nasmeh*) | noneg
+ Sploh se niso potrudili biti prijazni.
+ nihce se ni trudil niti pozdravit
- Zelo so se potrudili, bili so prijazni in hitri.
