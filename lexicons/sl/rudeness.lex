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
zalil
zalila
zalili
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
da sem ~2 (idiot*|neum*|butast*|bedak*|kreten*|nesposob*|nepismen*)
bedak*
butec
kot da sem ~2 (neum*|idiot*|butast*|bedak*|otrok|tat|tatica|kriminalec|nepismen*|smet|zrak|nadlega|nicvreden*|berac*|prasec)
kot ~1 (z|s) (otrokom|idiotom|bebcem|psom)
zabrus*
zabrusil*
ostel
ostela
osteli
# dismissed: "odpravila me je", "me je ignoriral", "ni me niti pogledala"
me ~2 odpravil*
odpravil* ~1 me
me ~3 ignorira*
(ignoriral|ignorirala|ignorirali|ignorirale|ignorira|ignorirajo) ~2 (me|mene|mamo|oceta|nas|stranko|stranke|mojo|mojega)
niti ~1 pogledal* | noneg
niti ~1 pozdravil* | noneg
obrnil* ~2 hrbet
(nimam|nimamo|nimajo|nima) ~1 (casa|cas) ~1 za (vas|take|tujce|to|stranke|neumnosti) | noneg
za (vas|take|tujce) ~2 (nimam|nimamo|nimajo|nima) ~1 casa | noneg
(skakal*|skace|segel|segla|segal*|vskocil*) ~2 v besedo
me ~4 (niso|ni|nista) ~2 (pogledal|pogledala|pogledali|pozdravil*|opazil*|zmenil*) | noneg
(pogovarjal*|klepetal*|smejal*|hihital*) ~2 med (sabo|seboj) | weight=0.5
kot da ~1 ne ~1 (razume|razumem|razumeta|razumemo|znam|zna|vem|ve) | noneg
naj ne (tezim|tezimo|zadrzujem|zadrzujemo|nadlegujem|kompliciram|jamram|tarnam|sitnarim|cvilim) | noneg
(takih|taksnih|vasih) (strank|ljudi) ~3 ne (potrebujemo|potrebujejo|rabimo|rabijo|marajo|maramo|strezemo) | noneg
ne tezite | noneg
nehajte teziti
# "da imajo pomembnejše stvari" (also the customer's own sigh: half)
pomembnejs* ~1 (stvari|delo|opravke) | weight=0.5
pojdite drugam
naj ~1 (grem|gremo|greste|grete|poiscem|poiscete|kupim|kupite) ~2 (drugam|drugje|konkurenc*)
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
kot da (sem|sva|smo) ~2 (odvec|napoto)
kot da (je|so|sta) ~1 (neumen|neumna|neumni|zaostal*|retardiran*|butast*|otrok)
# insults and "can you even read?"
da sem ~2 (preneumn*|prestar*|prebutast*|pregluh*)
(vprasal*|rekel|rekla|rekli|zabrusil*|odvrnil*|dodal*) ~3 (ali|ce|a) ~1 (sem|ste|si|je) ~1 (gluh*|slep*|neumn*|nor|nora|nori|normaln*|butast*|nepismen*|bebast*|tepast*)
sploh (znam|znate|znas|zna) (brati|brat|pisati|pisat|citati) | noneg
kot ~1 (kriminalk*|kriminalc*|kriminalec|lopov*|tatico|tatu|tatom)
(obravnaval*|gledal*|zasliseval*|zaslisal*|zaslisuj*) ~3 kot (kriminal*|lopov*|tat|tatu|tatico|osumljen*)
da sem ~2 (tezk*|problematicn*|naporn*|sitn*|tecn*) ~1 (stranka|stranko|stranke)
naj (neham|nehava|nehamo|preneham|nehate|nehajte) ~2 (jamrat*|tezit*|komplicirat*|sitnarit*|cvilit*|tarnat*|tecnarit*|nergat*|pritozevat*|jokat*)
naj ne (tecnarim|tecnarimo|nergam|sitnim|jokam|kompliciram)
da se pac (zgodi|zgodijo|dogaja)
(takih|taksnih) ~2 ne (strezemo|strezejo|postrezemo|postrezejo|sprejemamo|sprejemajo|potrebujemo|potrebujejo|rabimo|marajo|spuscamo|spuscajo) | noneg
naj se ~2 (naucim|naucite|nauci|naucijo) ~1 (jezik*|slovensk*|slovenscin*)
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
