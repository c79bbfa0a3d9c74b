# Waiting on hold, in a phone or chat queue, in line in a store; a long wait
# before anyone helps.  Waiting for a parcel is late_delivery, waiting for an
# e-mail reply is no_response.
# Verb stems: čekat / počkat / čekal / čekala / čekám / čekání, viset / visel,
# stát ve frontě, strávit (hodinu) na lince.

# -- waiting + the phone, the line, the queue, the chat, the counter
(=čekat|=počkat|počkej*|čekání|vyčk*|visel*|visela|visím|viset|stál|stála|stáli|stály|stojím|stojíme|seděl|seděla|seděli|sedím|sedíme|strávil*|strávila|prosedě*|prostál*|protvrd*|vystál*|držel*|drželi|drží) ~4 (lince|infolince|hotlin*|telefonu|drátě|sluchátku|frontě|řadě|chatu|spojení|operátor*|obsluh*|prodavač*|pokladny|pokladně|pokladnou|kase|přepážky|přepážce|přepážkou|okénk*|pobočce|recepci|čekárně|smyčce)
(lince|infolince|hotlin*|telefonu|frontě|řadě|chatu|drátě|čekárně|smyčce|přepážk*|pokladn*) ~4 (=čekat|vyčk*|visel*|visela|stál|stála|stáli|stály|stojím|stojíme|strávil*|strávila|prosedě*|prostál*|protvrd*|vystál*)
(nechal*|nechala|nechali|nechávají|nechávali) (mě|mne|nás) ~3 čekat
# -- queue
# a queue alone is only a cue ("fronta byla krátká"); a long one counts
(fronta|fronty|frontu|frontě|frontou|front|frontách) | weight=0.5
(dlouh*|nekonečn*|obrovsk*|šílen*|obří|kilometrov*|hrozn*|strašn*) (fronta|fronty|frontu|frontě|frontou|front|frontách)
(fronta|fronty|frontu|frontě|frontou|front|frontách) ~3 (dlouh*|nekonečn*|obrovsk*|šílen*|obří|kilometr*|táhla|nehýbala|nehýbe|nepohnula|stála)
(jsem|jste|jsi|byl|byla|byli|je|jsme|jsou|stál*|stála|čekal*|čekala) ~2 v (pořadí|pořadníku)
(prosedě*|proseděl*|prostál*|prostála|protvrd*|vystál*|vystála|vysedě*)
(konečně|nakonec|až|teprve) ~4 na řadu
(než|nežli) ~4 na řadu
(držím|držel*|držela|drželi|držet) ~3 (telefon*|sluchátk*|mobil*)
jste v pořadí
v pořadí ~2 (číslo|jste)
čekací (dob*|smyčk*|hudb*|melodi*|frontě|frontu|fronta)
čekacích
# -- the hold music and the hold message
(poslouchal*|poslouchala|poslouchat) ~4 (hudb*|písničk*|melodi*|znělk*|hlášk*|ujišťování)
(hudb*|melodi*|písničk*|znělk*|hlášk*) ~4 (hrál*|hrála|hraje|hrají|dokola|pořád|furt|stále)
(hraje|hrála|hrál|hrají|pouští|pouštěj*) ~4 (hudb*|písničk*|melodi*|znělk*)
hudb* do ucha
hovor je pro nás důležitý
(vydržte|čekejte|počkejte) ~2 (prosím|lince)
# -- a wait stated in minutes or hours, next to waiting, the line, listening
(=čekat|=počkat|čekání|vyčk*|visel*|visela|stál|stála|stáli|stály|stojím|stojíme|strávil*|strávila|prosedě*|prostál*|protvrd*|vystál*|poslouchal*|poslouchala|trvalo|lince|infolince|hotlin*|telefonu|frontě|chatu|drátě|sluchátku|spojuji|smyčce|nevšímal*|nevšímala|nevšímali) ~5 (minut*|min|hodin*|hodinu|hodinku|půlhodin*|čtvrthodin*|hodinové*|h)
(minut*|min|hodin*|hodinu|hodinku|půlhodin*|čtvrthodin*|hodině) ~5 (=čekat|čekání|vyčk*|visel*|visela|stál|stála|stáli|stály|stojím|stojíme|strávil*|strávila|prosedě*|prostál*|protvrd*|vystál*|poslouchal*|poslouchala|lince|infolince|hotlin*|telefonu|frontě|chatu|drátě|sluchátku|ticho|hudb*|melodi*|písničk*|znělk*|vyzváněn*|smyčc*|smyčk*|pořadí|čekárn*|nevšímal*|nevšímala|nevšímali|menu)
(minut*|min|hodin*|hodinu|hodinku|půlhodin*|čtvrthodin*) (než|nežli|dokud)
(zvedl*|zvedla|vzal*|vzala|ozval*|ozvala|přihlásil*|obsloužil*|obsloužila|věnoval*|dovolal*|dovolala|spojil*|spojila|připojil*) ~4 (až|teprve) ~1 po ~2 (minut*|hodin*|hodině|půlhodin*|čtvrthodin*)
(nevšímal*|nevšímala|nevšímali|ignoroval*|ignorovala|ignorovali) ~4 (minut*|hodin*|hodinu|půlhodin*|čtvrthodin*)
(hodinové|půlhodinové|dvouhodinové|tříhodinové|nekonečn*|dlouhé|dlouhém|dlouhou) čekání
# -- before anyone picked up, served, let in
(než|nežli|dokud) ~4 (někdo|operátor*|člověk|prodavač*|obsluha|kdokoli*) ~3 (ozval*|zvedl*|vzal*|přihlásil*|obsloužil*|věnoval*|všiml*|přišel|přišla|spojil*|připojil*|odpověděl*)
(než|nežli) ~2 (mě|mne|nás|mi) ~2 (obsloužil*|spojil*|přepojil*|pustil*|vzal*|zavolal*|přijal*)
(než|nežli) ~3 (ozval*|ozvala|zvedl*|zvedla|přihlásil*|obsloužil*|obsloužila|všiml*|všimla|spojil*|připojil*|dovolal*|dovolala|věnoval*|věnovala)
(než|nežli) ~3 na (mě|mne|nás) ~1 (přišla|došla) řada
# -- can't get through at all
(nedovolal*|nedovolala) | noneg, weight=0.5
(nemohl*|nemohla|nedá|nejde|nešlo|nepodařilo) ~3 dovolat | noneg, weight=0.5
dovolat se ~3 (nejde|nedá|nešlo|nelze) | noneg, weight=0.5
(nezvedal*|nezvedala|nezvedá|nezvedají|nezvedali|nebral*|nebrala|nebere|neberou|nebrali) ~2 (telefon*|mobil*|hovor*|linku|infolinku) | noneg
nikdo ~2 (nezvedal*|nezvedá|nezvedají|nezvedali|nebral*|nebere|neberou|nebrali) | noneg
+ čekal jsem na lince 45 minut a nikdo to nevzal
+ visela jsem na telefonu přes hodinu
+ cekal jsem ve fronte pul hodiny
+ trvalo to 40 minut, než se ozval operátor
+ na pobočce jsem stál ve frontě hodinu
+ 40 minut jsem čekala na spojení s operátorem
+ tři hodiny na zákaznické lince, to je šílené
- žádné čekání, operátor to vzal hned
- čekám na zásilku
- zavolal jsem na zákaznickou linku a hned mi pomohli
+ v chatu jsem byl třicátý v pořadí
+ pětadvacet minut hrála jen hudba
- fronta byla krátká, hned jsem byl na řadě
# -- kept waiting (any word order), waited "forever"
(mě|mne|nás) ~2 (nechal*|nechala|nechali|nechávaj*|nechávali|nechává|nechávala) ~3 (čekat|čekaj|vyčkávat|viset|stát)
(nechal*|nechala|nechali|nechávaj*|nechávali|nechává|nechávala) ~3 (čekat|vyčkávat|viset) ~3 (dlouho|hodin*|hodinu|minut*|půl|věčnost*|věky|nekonečně|strašně|hrozně|příšerně)
(=čekat|=počkat|čekání|čekali|vyčk*|visel*|visela|viseli|stál|stála|stáli|stály|stojím|stojíme|stáli|strávil*|strávila|strávili) ~4 (věčnost*|věky|věčně|nekonečně|dlouho) | weight=0.75
(věčnost*|věky|nekonečně) ~4 (=čekat|čekání|vyčk*|visel*|visela|stál|stála|stáli|strávil*|strávila) | weight=0.75
# -- places where one waits: call centre, the line, the counter
(callcentr*|callcenter*|call-centr*|kolcentr*|zákaznick*|infolink*|linku|linky|telefonu|fronty|frontu|přepážk*|pokladn*|kasy|kase|pultu|pult|recepc*|poboč*|úřad*|okénk*|čekárn*|ambulanc*) | weight=0.3
# -- a queue out the door, the whole shop long
(fronta|frontu|fronty|frontě) ~3 (až|přes|skoro|venku) ~2 (dveř*|ulici|ulice|ven|chodb*|konec|celý|celou|celé|roh|parkoviště|schody)
(fronta|frontu|fronty) ~2 (nehýbala|nehýbe|nepohnula|neposouvala|neposouvá|stála|stojí|táhla|táhne|vinula|vine)
(ozval*|ozvala|zvedl*|zvedla|vzal*|vzala|přihlásil*|přihlásila|obsloužil*|obsloužila|dovolal*|dovolala|spojil*|spojila|připojil*|připojila|odpověděl*|odpověděla) ~4 (až|teprve) ~1 za ~2 (minut*|hodin*|hodinu|půlhodin*|čtvrthodin*|půl)
+ nechali mě čekat na lince snad věčnost
+ v callcentru mě nechali viset hrozně dlouho
+ fronta byla až ke dveřím a stáli jsme tam věčnost
+ operátor se ozval až za půl hodiny
- čekala jsem dlouho, než jsem se rozhodla, který model koupím
- fronta u pokladny se posouvala rychle
# -- the place first, the duration after: "v čekárně skoro tři hodiny"
(čekárn*|cekarn*|frontě|fronte|řadě|rade|přepážk*|pokladn*|kase|kasy|pultu|okénk*|okýnk*|lékárn*|chodb*|telefonu|drátě|sluchátku|hotlin*|recepc*|lince|infolince|chatu) ~4 (minut*|min|hodin*|hodinu|hodinku|půlhodin*|čtvrthodin*)
+ seděla jsem v čekárně skoro tři hodiny
+ na lince skoro hodinu, než to někdo vzal
- v čekárně jsem byla na řadě hned

# -- r4: superlatives and "lived to see" a queue
(nejdelší|nejdel*|dlouhatánsk*|nekonečn*) ~2 (fronta|fronty|frontu|frontě|frontou|front|frontách|čekání|čekačk*)
(dočkal*|vystál*|vystála|protrpěl*|prostál*) ~3 (front*|řad*|čekání)
+ dočkal jsem se snad nejdelší fronty v životě
+ vystála jsem frontu přes celý obchod
+ nejdelsi cekani co jsem kdy zazila
- nejdelší reklamace, kterou jsem řešil, trvala týden
- fronta byla krátká a paní milá
# -- r4 (brainstorm): half a day on the line, stuck place in the queue, a queue that never moved
(půl|celý|celé|celou|celej) (den|dne|dopoledne|odpoledne|večer|ráno) ~3 (na|v|ve) (lince|infolince|telefonu|frontě|chatu|pobočce|úřadě|přepážce|čekárně|drátě|sluchátku)
(na|v|ve) (lince|infolince|telefonu|frontě|chatu|pobočce|úřadě|přepážce|čekárně|drátě|sluchátku) ~3 (půl|celý|celé|celou|celej) (den|dne|dopoledne|odpoledne)
(pořád|stále|furt|dlouho|pořad) ~4 pořadí
pořadí ~3 (nehýbal*|neposouval*|neměnil*|nehnul*|stejn*|stálo|pořád|furt)
(fronta|fronty|frontu|řada) ~4 (nehn*|nehla|nehlo|nehýb*|nepohn*|nepohla|neposun*|neposouv*)
+ Půl dne na lince, to je šílené.
+ Pořád jsem byl pátý v pořadí.
+ Fronta se celou hodinu nehnula.
- Celý den jsem byl v práci, kurýr přišel večer.
- V pořadí jsem byl první a hned mě vzali.
# -- r4 round 3: "nekonečně dlouho na lince"
(lince|infolince|telefonu|frontě|chatu|přepážce|pobočce|čekárně|hotline|hotlince) ~3 (nekonečně|neskutečně|strašně|hrozně|šíleně|věčně|děsně|příšerně|neuvěřitelně|nehorázně) dlouho
(nekonečně|neskutečně|strašně|hrozně|šíleně|děsně|příšerně|neuvěřitelně|nehorázně) dlouho ~3 (na|v|ve) (lince|infolince|telefonu|frontě|chatu|přepážce|pobočce|čekárně|hotline|hotlince)
+ na lince jsem byl nekonečně dlouho
+ strašně dlouho ve frontě na poště
- strašně dlouho jsem se rozhodoval, co koupit

# round 7: "ordinační hodiny" are opening hours, not a wait
- prosím o ordinační hodiny na příští týden
# people ahead in the queue (described, not named)
(před|pred) (námi|nama|nami|mnou|mnu) ~3 (asi|snad|přes|nejmíň|minimálně|aspoň|dalších|celkem|1*|2*|3*|4*|5*|6*|7*|8*|9*|deset|dvanáct|patnáct|dvacet|třicet|padesát|sto|spousta|hromada|dav|davy|desítky|tucet|plno) ~1 (lidí|lidi|lidma|zákazník*|zákaznic*|klient*|pacient*|důchodc*|osob|čísel|aut)
(před|pred) (námi|nama|nami|mnou|mnu) ~4 (lidí|lidi|lidma|zákazník*|zákaznic*|klient*|pacient*|důchodc*|osob) | weight=0.5
(jedno|jedna|jediné|jediná|jedinou|jednu|jen|jenom|pouze) ~1 (okýnk*|okénk*|pokladn*|přepážk*|kas*) ~3 (otevřen*|fungoval*|obsluhoval*|obsazen*) | weight=0.5
otevřen* ~3 (jen|jenom|pouze|jedno|jedna|jediné|jediná|jedinou|jednu) ~1 (okýnk*|okénk*|pokladn*|přepážk*|kas*) | weight=0.5
(odcház*|odešl*|odešel|vzdal*|zavěsil*|zavěsila|zavěsili) ~3 (po|za) ~2 (hodin*|hodině|minut*|půlhodin*|čtvrthodin*) | weight=0.5
+ před námi stálo asi dvacet lidí a otevřená jedna pokladna
+ u přepážky jen jedno okénko otevřené, odcházeli jsme po hodině
- před námi byl jen jeden člověk a hned nás obsloužili
# staring at a screen or spinner for a stated time
(minut*|hodin*|hodinu|hodinku|půlhodin*|čtvrthodin*) ~3 (koukal*|koukala|koukali|zíral*|zírala|civěl*|civěla|díval*|dívala|sledoval*|sledovala) ~4 (kolečk*|obrazovk*|displej*|monitor*|okn*|chat*|telefon*|mobil*|strop|zeď|ukazatel*|pořadí|načítání|přesýpací*|hodiny|hodinky)
(koukal*|koukala|zíral*|zírala|civěl*|civěla|díval*|dívala) ~4 (minut*|hodin*|hodinu|hodinku|půlhodin*|čtvrthodin*) ~4 (kolečk*|obrazovk*|displej*|monitor*|okn*|chat*|telefon*|mobil*|strop|zeď|ukazatel*|pořadí|načítání|přesýpací*)
+ pak jsem 40 minut koukala na točící se kolečko
+ zíral jsem půl hodiny do prázdného okna chatu
- koukal jsem na web a za minutu jsem měl odpověď
- technik hodinu koukal do kotle a pak odešel

# --- r11b: serving or connecting "takes" an hour; phone at the ear
(obsloužení|odbavení|odbavit|obsloužit|spojení|dovolání|dovolat|spojit|přepojení|čekání|čekačka|fronta|vystání) ~5 (trvá|trvalo|trvala|trvají|zabere|zabírá|zabralo|zabrala) ~3 (minut*|hodin*|hodinu|hodinku|půlhodin*|čtvrthodin*|půl|čtvrt|věčnost*|věky)
(telefon*|mobil*|sluchátk*) (u|na|při) (ucha|uchu|uchem) | weight=0.5
(minut|minutách|minutami|hodin*|hodinu|hodinku|půlhodin*|čtvrthodin*|půl) ~5 (telefon*|mobil*|sluchátk*) (u|na|při) (ucha|uchu|uchem)
(hudb*|melodi*|písničk*|znělk*) (v|do) (uchu|ucha|uších)
(jedna|jediná|jen|jenom|pouze) ~1 (pokladní|prodavačk*|úřednic*|obsluh*|paní|sestřičk*) ~2 (na|pro) ~2 (celý|celou|celé|celej|sto|dav|davy)
+ na kase ctvrt hodiny, jedna pokladni na cely obchod
+ obsloužení u pultu trvá běžně hodinu a čtvrt
+ 45 minut jsem mel telefon u ucha
- obsloužení trvalo pár vteřin
- telefon u ucha jsem měl jen chvilku, hned to vzali

# -- cs14a: time passed before anyone picked up (two halves)
(uběhl*|uběhla|uběhlo|uplynul*|uplynula|uplynulo|utekl*|utekla|uteklo) ~3 (minut*|hodin*|hodinu|čtvrthodin*|půlhodin*) | weight=0.5
než ~3 (přijal*|přijala|zvedl*|zvedla|zvedli|vzal*|vzala|vzali|připojil*|připojila|přihlásil*|přihlásila) | weight=0.5
# -- cs14a: silence on the line
ticho ~2 (sluchátk*|lince|telefonu|drátě)
+ než hovor někdo přijal, uběhlo třicet až čtyřicet minut
+ řekla, že mě přepojí, a pak dvacet minut jen ticho ve sluchátku
+ uplynula půlhodina, než to někdo zvedl
- uběhlo pár minut a problém byl vyřešený
- než jsem stačil zavolat, přišla SMS

# -- r15 cs15: the queue starts over at every department; place N in the queue; waited an eternity
(začala|začalo|začíná|začínala|začínalo) ~2 (fronta|čekání|frontu) ~3 (znovu|odznova|nanovo|opět)
(fronta|čekání) ~2 (začala|začalo|začíná|začínala|začínalo) ~3 (znovu|odznova|nanovo|opět)
(místo|místě|pozice|pozici) (ve|v) (frontě|pořadí)
(celou|celá|cela|celu) (věčnost|věčnosti)
=čekat ~3 (věčnost*|věky)
+ po každém přepojení začalo čekání odznova
+ jsem na 8. místě ve frontě už dvacet minut
+ u pokladny jsme čekali věčnost
- místo na parkování u prodejny jsem našla hned
# -- cs16: "two hours just to report a card"
(hodin|hodiny|hodinu|hodinou|minut|minuty|hoďky|hodku) ~2 (jen|jenom|pouze) (abych|kvůli|na)
+ Dvě hodiny jen abych nahlásil ukradenou kartu.
+ Čtyřicet minut jenom kvůli jednomu dotazu.
- Oprava trvala dvě hodiny, jak bylo domluveno.

# -- the queue message stared at for a long time ("operátor se vám bude brzy
# věnovat"), a number always busy, dialling all morning
(operátor*|pracovník*|pracovnic*|kolega|kolegyně|agent*|poradce|poradkyně|specialist*) ~3 (bude|budou|se) ~3 (brzy|brzo|okamžitě|vzápětí|chvíli|chvilku|nejdříve) ~2 (věnovat|věnuje|věnovaný|dispozici|ozve|spojen*|připojí)
(minut*|min|hodin*|hodinu|hodinku|půlhodin*|čtvrthodin*) ~3 (koukám|koukal*|koukala|čumím|čuměl*|čuměla|zírám|zíral*|zírala|civím|civěl*|civěla) ~2 (na|do) ~2 (hlášk*|obrazovk*|kolečk*|displej*|pořadí|frontu|chat*|telefon*|mobil*|sluchátk*|čekací*|odpočet*)
(koukám|koukal*|koukala|čumím|čuměl*|čuměla|zírám|zíral*|zírala|civím|civěl*|civěla) ~2 (na|do) ~2 (hlášk*|obrazovk*|kolečk*|displej*|pořadí|frontu|chat*|telefon*|mobil*|sluchátk*|čekací*|odpočet*) ~4 (minut*|min|hodin*|hodinu|hodinku|půlhodin*|čtvrthodin*)
(linka|linku|lince|infolinka|infolinku|číslo|hotline|hotlinka|hotlinku|telefon) ~3 (obsazen*|obsazeno) | weight=0.5
(pořád|stále|furt|neustále|věčně|celé|celý|celou|hodinu|hodiny|dopoledne|odpoledne) ~2 (obsazen*|obsazeno) | weight=0.5
(dovoláv*|dovolávat|vytáčel*|vytáčím|vytáčela|prozváněl*|prozvánět) ~3 (celé|celý|celou|půl|hodinu|hodiny) ~1 (dopoledne|odpoledne|den|ráno|večer|hodinu|hodiny|hodin) | weight=0.5
+ už 40 minut koukám na hlášku, že se mi operátor bude brzy věnovat
+ hodinu civím do chatu na točící se kolečko
+ infolinka byla pořád obsazená
+ dovolávala jsem se celé dopoledne a linka byla furt obsazená
- operátor se mi věnoval hned
- linka byla obsazená, tak jsem napsal e-mail a odpověděli

# -- could not get through for an hour; a high place in the queue
(minut*|hodin*|hodinu|půlhodin*|čtvrthodin*|půl) ~4 (nemohl*|nemohla|nemohli|nešlo|nedařilo|nepodařilo) ~3 (dostat|dovolat|spojit|probojovat|prokousat) | noneg
(nemohl*|nemohla|nemohli|nešlo|nedařilo|nepodařilo) ~3 (dostat|dovolat|spojit|probojovat) ~4 (minut*|hodin*|hodinu|půlhodin*|čtvrthodin*) | noneg
(desátý|desátá|desátej|jedenáct*|dvanáct*|třináct*|čtrnáct*|patnáct*|šestnáct*|sedmnáct*|osmnáct*|devatenáct*|dvacát*|třicát*|čtyřicát*|padesát*|šedesát*|stý|stá) ~1 (ve|v) (frontě|pořadí|řadě|pořadníku)
(dovolat) ~3 (celé|celý|celou|půl) ~1 (dopoledne|odpoledne|den|ráno|večer|hodinu|hodiny|hodin) | weight=0.5
+ hodinu jsem se nemohl dostat k operátorovi
+ nešlo se dovolat ani po 40 minutách
+ chat mi ukazoval, že jsem dvacátý ve frontě
+ zkoušela jsem se dovolat celý dopoledne, furt obsazeno
- hned mě vzali, fronta žádná
- nemohl jsem se dostat do aplikace, tak jsem zavolal a hned to zvedli
