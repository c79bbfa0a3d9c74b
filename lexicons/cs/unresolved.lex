# The problem is still not fixed after contacting the company; repeated
# contacts without result.  Past or adjectival forms only ("nevyřešili",
# "nevyřešeno"): "pokud to nevyřešíte" is a hypothetical.
(nevyřešil*|nevyřešila|nevyřešili|nevyřešilo|nevyřešen*|nevyriešen*|nevyriešil*|nevybaven*|nevyřídil*|nevyřídili|nevyřízen*|neopravil*|neopravili|neopraven*) | noneg
(nepomohl*|nepomohla|nepomohli|nepomohlo) | noneg
nikdo ~3 (nepomůže|neřeší|nepomohl*|neudělal*|neudělala|neudělali|nespravil*|nezařídil*|nehnul*) | noneg
(nic|ničím) ~2 (neřeší|neřešil*|nepohnul*|nehnul*) | noneg
nic se ~2 (nezměnilo|nestalo|nepohnulo|nehnulo|nespravilo|neopravilo|nezlepšilo|neudělalo|nevyřešilo) | noneg
se nic ~1 (nezměnilo|nestalo|nepohnulo|nehnulo|nevyřešilo) | noneg
(je|zůstává|visí|jsou|zůstávají) ~2 (otevřen*|nevyřízen*|neuzavřen*|nevyřešen*) ~3 (od|už|již)
(nepohnul*|nehnul*|nepohnula|nehnula) ~3 místa | noneg
bez ~1 (výsledku|výsledků|efektu|nápravy) | noneg
(bezvýsledn*|marně)
ničeho ~2 (nedosáhl*|nedosáhla) | noneg
(peníze|body|zásilka|balík|objednávka|reklamace|platba|kredit) ~2 nikde | noneg
(pořád|stále|dosud) nikde | noneg
# still broken
(stále|pořád|dosud|dodnes|doteď|furt|nadále|zase|opět|znovu|ještě) ~3 (nefunguj*|nejde|nejede|nefungoval*|trvá|přetrvává|neřeš*|nevyřeš*|nefunkční|rozbit*|porouchan*|zasekl*|padá|spadl*|nedostanu|nemůžu|nemohu|netopí|neteče|nehřeje|nechladí|nesvítí|nenabíjí|nepere|netiskne|netočí|nesuší|nemrazí|nezapne|nespustí|nenaskočí|nečte|nevydává|nepřijímá|neodesílá|nenačte|nefunkční|nefungujou|nefungují|vypadáv*|restartuj*|vypíná|seká|zasekáv*|zamrzá|přehřív*|kape|teče|protéká|hučí|bliká|píská|hlásí|hází|háže|blbne|blbnou|zlobí|hapruj*|neběží|nestartuj*|nenastartuj*|nereaguj*|nesedí) | noneg
(nefunguj*|nejde|nejede|nefungoval*|vypadáv*|vypadává|padá|netopí|neteče|nehřeje|nechladí|nesvítí|nenabíjí|nepere|netiskne|nefunkční|restartuj*|seká) ~3 (už|již|od) ~2 (týden|týdny|týdnu|měsíc*|rok*|dny|dní|druhý|druhou|třetí|čtvrtý|čtvrtou|pátý|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|vánoc) | noneg
(pořád|stále|furt|dodnes|doteď|dosud) ~2 bez ~1 (peněz|internetu|proudu|vody|tepla|topení|signálu|připojení|telefonu|auta|elektřiny|plynu) | noneg
(nedohlednu|nedohledu)
(stále|pořád|dosud|dodnes|doteď|furt|ještě) ~2 (nemám|nemáme) ~2 (signál|internet|připojení|proud|vodu|teplou|topení|funkční|opravené|zpátky|zpět|peníze|body|kredit) | noneg
(není|neni|nebyl|nebyla|nebylo|nebyly|nebyli|nie) ~2 (vyřešen*|vyriešen*|opraven*|vyřízen*|vybaven*|spraven*|funkční|hotov*|odstraněn*|napraven*) | noneg
(nefunguj*|nejde|nefungoval*|nefunkční) ~3 (pořád|stále|dál|nadále|dodnes|ani|furt|opět|zase) | noneg, weight=0.5
# "znovu" can be hypothetical ("kdyby to nefungovalo, ozvu se znovu"): let negation cues apply
(nefunguj*|nejde|nefungoval*|nefunkční) ~3 znovu
(stejn*|týž|tentýž|tatáž|ta|ten) ~2 (problém*|závad*|chyb*|porucha|poruch*) ~3 (znovu|zase|opět|pořád|stále|přetrváv*|trvá|vrátil*|objevil*|opakuj*)
(problém*|závad*|porucha|chyba|vada|vady) ~3 (přetrváv*|trvá|vrátil*|opakuj*|zpět|zas|zase|znovu)
po ~3 (oprav*|výměn*|návštěv*|zásah*|reklamac*|servis*) ~6 (nefung*|nejde|neteče|netopí|nejede|nechladí|nehřeje|nesvítí|nenabíjí|nepere|netiskne|nefunkční|pořád|stále|zase|znovu|dál|dále|nadále|hlásí|restartuj*|vypíná|padá|seká) | noneg
# resolving it has taken weeks
(řeším|řešíme|řeš*|reklamuj*|urguj*|píšu|volám|táhne) ~4 (už|již|celý|celou|celej|skoro|téměř|přes|od) ~2 (týden|týdny|týdnu|týdnem|měsíc*|rok*|dny|dní|půl|února|ledna|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|jara|léta|podzimu|zimy|vánoc|velikonoc|loňska|loni|začátku|minulého)
(už|již|od) ~2 (týden|týdny|týdnu|měsíc*|rok*|dny|dní|února|ledna|března|dubna|května|června|července|srpna|září|října|listopadu|prosince) ~3 (řeším|řešíme|řeš*|reklamuj*|urguj*|volám|píšu|snažím|táhne)
# repeated contacts (the number feeds "contacts")
(dvakrát|třikrát|čtyřikrát|pětkrát|šestkrát|sedmkrát|osmkrát|desetkrát|dvacetkrát|několikrát|mnohokrát|tolikrát|opakovaně|nesčetněkrát|krát|x|podruhé|potřetí|počtvrté|popáté|pošesté|posedmé|poosmé|podeváté|podesáté|poněkolikáté) ~3 (volal*|volám|voláme|psal*|píšu|píšeme|kontaktoval*|kontaktuj*|urgoval*|urguj*|reklamoval*|reklamuj*|byl*|chodil*|žádal*|žádám|posílal*|poslal*|zkoušel*|telefonoval*|nesl*|zavolal*|napsal*|obrátil*|hlásil*|hlásím|nahlásil*|reklamace|reklamaci|řešil*|řeším)
# repeated contacts by the customer: first person only ("mi napsal třikrát" is the agent)
(volal*|psal*|kontaktoval*|urgoval*|reklamoval*|chodil*|telefonoval*|zavolal*|napsal*|obrátil*|řešil*|vracel*|hlásil*|nahlásil*|byl|byla|byli) (jsem|jsme|sem) ~3 (dvakrát|třikrát|čtyřikrát|pětkrát|šestkrát|sedmkrát|osmkrát|desetkrát|dvacetkrát|několikrát|mnohokrát|nesčetněkrát|tolikrát|opakovaně|podruhé|potřetí|počtvrté|popáté|pošesté|posedmé|poosmé|podeváté|podesáté|poněkolikáté|krát|x)
(jsem|jsme|sem) ~1 (volal*|psal*|kontaktoval*|urgoval*|reklamoval*|chodil*|telefonoval*|zavolal*|napsal*|obrátil*|řešil*|vracel*|hlásil*|nahlásil*|nahlašoval*|oznamoval*|oznámil*) ~3 (dvakrát|třikrát|čtyřikrát|pětkrát|šestkrát|sedmkrát|osmkrát|desetkrát|dvacetkrát|několikrát|mnohokrát|nesčetněkrát|tolikrát|opakovaně|podruhé|potřetí|počtvrté|popáté|pošesté|posedmé|poosmé|podeváté|podesáté|poněkolikáté|krát|x)
(volám|voláme|píšu|píšeme|urguju|urguji|urgujeme|reklamuju|reklamuji|řeším|řešíme|hlásím|kontaktuju|kontaktuji|obracím|telefonuju|chodím) ~4 (dvakrát|třikrát|čtyřikrát|pětkrát|šestkrát|sedmkrát|osmkrát|desetkrát|dvacetkrát|několikrát|mnohokrát|nesčetněkrát|tolikrát|opakovaně|podruhé|potřetí|počtvrté|popáté|pošesté|posedmé|poosmé|podeváté|podesáté|poněkolikáté|krát|x)
(pobočc*|prodejn*|servis*|poště|úřadě|přepážc*|opravě|opravu|reklamaci) ~3 (dvakrát|třikrát|čtyřikrát|pětkrát|šestkrát|sedmkrát|osmkrát|desetkrát|dvacetkrát|několikrát|mnohokrát|nesčetněkrát|tolikrát|opakovaně|podruhé|potřetí|počtvrté|popáté|pošesté|posedmé|poosmé|podeváté|podesáté|poněkolikáté|krát|x)
(dvakrát|třikrát|čtyřikrát|pětkrát|šestkrát|sedmkrát|osmkrát|desetkrát|dvacetkrát|několikrát|mnohokrát|nesčetněkrát|tolikrát|opakovaně|podruhé|potřetí|počtvrté|popáté|pošesté|posedmé|poosmé|podeváté|podesáté|poněkolikáté|krát|x) ~2 (v|na|ve) (servisu|opravě|opravu|reklamaci|reklamace|pobočce|prodejně)
(furt|pořád|stále|neustále|opakovaně|dokola|znovu|zase) ~2 (volám|píšu|urguju|urguji|chodím|reklamuju|reklamuji|hlásím|telefonuju)
(potřetí|počtvrté|popáté|pošesté|posedmé|poosmé|podeváté|podesáté|podvanácté|podvacáté|poněkolikáté)
(už|již|dnes|teď|tento|tenhle|je|jsem) ~1 po (několikáté|třetí|čtvrté|páté|šesté|desáté)
(už|již|dnes|teď) ~1 podruhé
(třetí|čtvrtý|čtvrtá|pátý|pátá|desátý|čtvrté|páté) ~1 (reklamac*|hovor|telefonát|e-mail|návštěv*|pokus|oprav*|výměn*|urgenc*|stížnost*|žádost*|technik*)
(1*|2*|3*|4*|5*|6*|7*|8*|9*|dva|dvě|tři|čtyři|pět|šest|deset|několik|několika|dvou|třech|tří|čtyřech|pěti|šesti|deseti|všech|mnoha) ~1 (hovor*|telefonát*|e-mail*|mail*|zpráv*|návštěv*|urgenc*|reklamac*|pokus*|stížnost*) ~8 (stále|pořád|dosud|dodnes|nevyřeš*|nefunguj*|marně|zbytečn*|nezměnilo|nepohnulo) | noneg
(stejně|zase|opět|nikdy|beztak) ~3 (nevyřeší|nevyřešíte|nevyřešili|nespraví|neopraví) | noneg
po ~2 (všech|těch|několika|mnoha|dlouhých) ~2 (hovorech|telefonátech|e-mailech|návštěvách|urgencích|reklamacích|pokusech|týdnech|měsících) | noneg
(technik*|servis*|montér*|opravář*) ~4 (byl|byla|byli|přijel*|přišel|přišli|dorazil*) ~3 (dvakrát|třikrát|čtyřikrát|pětkrát|několikrát|opakovaně|už)
+ problém stále nevyřešen, volal jsem už 5x
+ volám už potřetí a pořád nic
+ router porad nefunguje ani po trech navstevach technika
+ řeším to už dva měsíce a nic
+ stejná závada se objevila znovu po týdnu
- pokud to nevyřešíte do pátku, odcházím
- technik přišel a vše hned opravil
- tohle mi napsal třikrát po sobě
+ internet vypadává už třetí týden
- pokud se nic nezmění, ozvu se
# -- the case lies there untouched ("leží to tam už měsíc")
(leží|visí|trčí|stojí|ležel*|visel*|trčel*|stála|stálo|stály|stáli) ~3 (už|již|od|celý|celou|přes) ~1 (týden|týdny|týdnů|měsíc*|měsíce|rok*|dny|dní|dnů|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince) | noneg
(leží|ležel*) ~5 (už|již|od|celý|celou) ~1 (týden|týdny|týdnů|měsíc*|měsíce|rok*|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince) | noneg
# -- the same fault again, no progress
(pořád|stále|furt|zase|opět|znovu|dokola|porad) ~2 (stejn*|tentýž|tatáž|táž|ten|ta|to) ~1 (problém*|závad*|chyb*|porucha|poruch*|potíž*|vad*) | noneg
(opět|zase|pořád|stále|furt|dodnes|doteď|dosud|zas) nic | noneg, weight=0.5
(nikam|nikde|vůbec) ~2 (nehnul*|nehnula|nehnulo|nepohnul*|nepohnulo|neposunul*|neposunulo|nepokročil*|nepokročilo) | noneg
(žádný|žádnej|bez|nulový|nulovej|nula) (posun*|pokrok*|výsledek|výsledku|výsledky|efekt*|náprav*) | noneg
(čekám|čekáme|čekal*|čekala) ~3 na ~1 (vyřešení|vyřízení|nápravu|řešení|výsledek|opravení|odstranění) ~4 (už|již|od|týden|týdny|měsíc*|rok*|pořád|stále|dodnes|marně|dosud|doteď|furt) | noneg
(už|již|pořád|stále|dodnes|marně|furt|dosud) ~3 (čekám|čekáme|čekal*|čekala) ~3 na ~1 (vyřešení|vyřízení|nápravu|řešení|výsledek|opravení|odstranění) | noneg
(pořád|stále|furt|dosud|dodnes|zatím) ~2 (nevyřešen*|nevyřízen*|neopraven*|nespraven*|nefunkční|rozbit*) | noneg
(zase|znovu|opět|zas) ~3 (rozbit*|rozbil*|porouchal*|nefunkční|odešel|odešla|odešlo|vypověděl*|vypovědělo) | noneg
+ reklamace leží na servisu už měsíc
+ opet nic, porad stejna chyba na vyuctovani
+ čekám na vyřešení už třetí týden
+ od té doby se to nikam nepohnulo
- čekám na vyřízení, je to teprve den a jsem v klidu
- problém vyřešili, teď je všechno v pořádku
(problém*|závad*|porucha|poruch*|potíž*|chyba|chyby) ~2 (trvá|přetrvává|přetrvávají|trvají|pokračuje|pokračují) ~1 (dál|dále|nadále|dodnes|stále|pořád|furt) | noneg
+ nikdo s tím nic neudělal a problém trvá dál
# -- "third week without hot water", "back where I started"
(druhý|druhej|třetí|treti|čtvrtý|ctvrty|pátý|paty|šestý|desátý|několikátý|další) (den|týden|tyden|měsíc|mesic|víkend) ~1 (bez|nejde|nefunguje|nemám|nemame|nemáme|čekám|cekam)
(druhý|druhej|třetí|treti|čtvrtý|ctvrty|pátý|paty|šestý|desátý|několikátý) (den|týden|tyden|měsíc|mesic) ~3 (nejde|nefunguje|netopí|neteče|nemám|nemáme|bez)
(tam|stejně|tamtéž|zase) ~3 (kde|jako) ~2 na (začátku|zacatku|počátku|startu)
(přesně|presne|zase|opět|pořád|porad|stále|znovu) ~2 (na|u) (začátku|zacatku|startu|nule)
(ani|nikam) ~2 (krok|kousek) ~2 (dál|dal|dále|nepohnul*|nepohnulo|nehnul*)
(točím|točíme|točil*|točila|motám|motáme) se ~2 (kruhu|kolečku|dokola)
+ třetí týden bez teplé vody
+ po půl hodině jsem byla přesně tam, kde na začátku
+ tocim se v kruhu uz tyden
- první den bez kávy jsem přežil
- od začátku to fungovalo bez problémů

# -- r4: sent away to call or come back later, nothing solved
(ať|abych|mám|prý|prej) ~3 (zavolám|zkusím|přijdu|ozvu|napíšu|zkusila|zkusil|zavolala|zavolal|volám|přijdeme|přijít|zavolat|zkusit|volat|napsat|ozvat|dojít|zastavit) ~3 (zítra|později|jindy|příště|pozítří|odpoledne|zase|znovu)
+ nakonec mi řekli, ať zavolám zítra
+ prý ať to zkusím později, a tak pořád dokola
+ mám prý přijít jindy
- zavolám zítra, děkuji za vyřízení
- zítra to vyzvednu
# -- r4: nothing changes; nobody able to fix it
nic se ~1 (nemění|nezměnilo|nezmění|nehýbe|nepohnulo|nezlepšilo) | noneg
(podruhý|potřetý|počtvrtý|popátý|pošestý|posedmý|poosmý|podesátý)
- pokud se zásilka zpozdí, nic se neděje
nikdo ~3 (není|nebyl|nebude) ~1 (schopn*|schopen|schopna) ~2 (opravit|vyřešit|spravit|zprovoznit|odstranit|napravit) | noneg
+ je to pořád dokola a nic se nemění
+ nikdo mi to není schopný opravit
+ už popátý volám a pořád nic

# -- r6: weeks and still no solution; closed as solved but nothing fixed; the fault keeps coming back
(stále|pořád|furt|dosud|dodnes|doteď|ještě|zatím) ~2 (žádné|žádný|žádná|žádnej|nulové|bez) ~1 (řešení|reseni|výsledek|náprava|nápravu|opravu|posun|pokrok) | noneg
(uzavřel*|uzavřela|uzavřeli|uzavřen*|zavřeli|zavřel*|označil*|označili) ~4 (vyřešen*|vyřízen*|hotov*|splněn*) ~6 (nic|není|nejsou|nefung*|nejde|pořád|stále|přitom|ale) | noneg
(chyba|chyby|závada|závady|porucha|poruchy|problém|problémy|potíže|vada|výpadky|výpadek) ~3 (neustále|pořád|stále|opakovaně|furt|pravidelně|každou|každý|zas|znovu) ~1 (vrací|vracejí|objevuje|objevují|opakuje|opakují|vrátí|vrátila|vrátil)
(ani|ještě|stále) ~1 po ~2 (hovorech|telefonátech|e-mailech|mailech|návštěvách|urgencích|reklamacích|pokusech|opravách|výměnách|týdnech|měsících) ~4 (nefung*|nejde|nic|pořád|stále|nevyřeš*|neopraven*|nespraven*) | noneg
(uzavřel*|uzavřela|uzavřeli|zavřeli|zavřel*|označil*|označili|vedou) ~4 (jako|za) ~1 (vyřešen*|vyřízen*|hotov*|uzavřen*) | weight=0.5
(nic|vůbec|pořád|stále|dosud|nadále) ~1 (opraven*|vyřešen*|spraven*|vyřízen*) ~1 (není|nebylo|nejsou) | noneg
+ nic opraveno není
+ tři týdny a stále žádné řešení
+ tiket uzavřeli jako vyřešený, ale pořád to nefunguje
+ ta chyba se pořád vrací
+ ani po pěti hovorech to nefunguje
- chyba se už nevrací, díky
- uzavřeli to jako vyřešené a opravdu vše funguje

# round 7 (industries): after the visit or call "still/again without internet, power, water"
(zase|zas|opět|znova|znovu|takže|pořád) ~1 bez ~1 (internetu|netu|signálu|proudu|elektřiny|vody|plynu|topení|tepla|připojení|televize|wifi|wifiny|telefonu) | noneg
# the technician did not set up / repair it anyway
(stejně|stejne|beztak|nakonec|zase) ~2 (nenastavil*|nenastavila|nezprovoznil*|nespravil*|nezapojil*|nezapojila|neopravil*|neopravila) | noneg
+ technik byl u nás dvakrát a zase bez internetu
+ montér přišel a plynoměr stejně nezapojil
- přišel technik a internet zase jede, díky
- opravili to napoprvé

# -- r8: left / closed without a result ("odešla s nepořízenou", "bez vyřízení")
(bez|beze) (vyřízení|vyřešení|pomoci|nápravy) | noneg, weight=0.5
(odešel|odešla|odešli|odcházel*|odcházím|odcházíme|odjel*|odjela|skončil*|skončila|uzavřel*|uzavřeli|uzavřen*|zavřeli|zavřen*) ~4 (bez|beze) ~1 (vyřízení|vyřešení|pomoci|nápravy|výsledku|řešení) | noneg
s nepořízenou | noneg
+ nakonec jsem odešla bez vyřízení
+ ticket uzavřeli bez vyřešení
+ na pobočce jsem pochodil s nepořízenou
- děkuji, vše proběhlo bez problémů a bez čekání
# -- r8: after weeks / calls still the same
po ~2 (týdnu|týdnech|měsíci|měsících|roce|dnech|reklamaci|reklamacích|telefonátech|hovorech|opravě|opravách|návštěvách|urgencích) ~5 (pořád|stále|furt|porad|dodnes|pořád) ~2 (stejný|stejnej|stejná|totéž|tentýž|nefunguje|nejde|nefunkční) | noneg
+ po měsíci je to pořád stejný
+ po dvou opravách pořád nefunguje
+ ani po třech telefonátech se dodnes nic nehnulo
- po týdnu je to pořád stejně rychlé jako první den, super
- po měsíci pořád funguje bez chyby
# -- r8: "nic se neděje / nehýbe" with waiting for the fix
nic se (neděje|nehýbe|nehnulo|nehne|nepohnulo|nepohne) | noneg, weight=0.5
(čekám|čekáme|čekal*|čekala) ~2 na ~1 (opravu|vyřízení|vyřešení|nápravu|výměnu|odstranění) | noneg, weight=0.5
+ stále čekám na opravu a nic se neděje
- nic se neděje, vyřešili to hned
# dealing with it for weeks / months
(týden|týdny|týdnů|měsíc|měsíce|měsíců|měsícem|rok|roky|let|roku) ~3 (řeším|řešíme|reklamuju|reklamuji|reklamujeme|urguju|urguji|urgujeme|bojuju|bojuji|bojujeme|válčím|dohaduju|dohaduji|přetahuju|přetahuji) | noneg
(řeším|řešíme|urguju|urguji|urgujeme|bojuju|bojuji|bojujeme|válčím|dohaduju|dohaduji|přetahuju|přetahuji) ~4 (týden|týdny|týdnů|měsíc|měsíce|měsíců|měsícem|rok|roky|let|roku) | noneg
(výsledek|výsledky|řešení|náprava|nápravu|posun|pokrok) ~2 (nikde|nula|nulový|nulové|žádný|žádné|žádná|nedohledn*) | noneg
(visí|viselo|visela|visel|zůstal*|zůstává|zůstávají|zůstalo) ~1 (ve|v) (vzduchu|luftu)
(nikdo|nic|vůbec|ani|nikam) ~3 (nepohnul*|nepohnula|nepohnulo|nepohnuli|nehnul*|nehnula|nehnulo|nehnuli|neposunul*|neposunula|neposunulo|neposunuli|nehla|nehlo) | noneg
(od) (ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|jara|léta|podzimu|loňska) | weight=0.5
+ dva měsíce řeším vyúčtování a výsledek nikde
+ reklamace od března visí ve vzduchu a nikdo s ní nepohnul
- reklamaci jsem řešil týden a pak ji vyřídili

# -- r10: "třetíkrát" ordinals, Slovak repeated contacts ("písal som vám viackrát")
(třetíkrát|čtvrtýkrát|pátýkrát|šestýkrát|desátýkrát|několikátýkrát|stýkrát|tretikrat|stvrtykrat|piatykrat)
(už|již|uz|dnes|teď) ~1 druhýkrát
(písal*|volal*|kontaktoval*|reklamoval*|urgoval*|bol|bola) (som|sme) ~3 (viackrát|niekoľkokrát|opakovane|dvakrát|trikrát|štyrikrát|päťkrát|znova|znovu)
(viackrát|niekoľkokrát|opakovane) ~3 (písal*|volal*|kontaktoval*|reklamoval*|urgoval*)
# -- r10: the problem is "still there"
(problém*|závad*|chyb*|porucha|poruch*|vada|potíž*) ~3 (pořád|stále|ještě|ešte|furt|dál|nadále) ~1 (tam|tu|trvá) | noneg
(stále|ešte|ještě|pořád|furt) ~2 (nie|není) ~1 (vyriešen*|vybaven*|opraven*|vyřešen*) | noneg
+ uz dva tyzdne a stale nie je vyrieseny
+ ani po třetí stížnosti nebyla situace vyřešena
+ volám už třetíkrát a problém je pořád tam
+ požadavek zůstává bez jakéhokoli výsledku
- problém byl vyřešen při prvním hovoru
- kdyby to nefungovalo, ozvu se znovu

# r13 thesaurus pass: dead end, dragging on, not fixed by whoever came
(nespravil*|nespravila|nespravili|nespraven*|nenapravil*|nenapravila|nenapravili|nenapraven*|neodstranil*|neodstranila|neodstranili|neodstraněn*|nezprovoznil*|nezprovoznila|nezprovoznili|nezprovozněn*) | noneg
(mrtvém|mrtvý|mrtvej|mrtvýho) (bodě|bod)
(přešlapuj*|přešlapoval*|přešlapovala|přešlapujem*) ~2 (na|místě)
ani o (píď|pid|krok) | noneg
(vleče|vlečou|vlekou|vlekla|vleklo|vlekl|táhne|táhnou|táhlo|táhla|natahuje) se ~3 (už|již|od|týdny|měsíce|měsíc|týden|rok|roky|donekonečna|nekonečně)
(nekonečn*|donekonečna) ~2 (reklamac*|kolotoč*|příběh*|sága|ságu|anabáz*|boj|telenovel*|řešení|urgenc*|dohadování|přetahování|korespondenc*)
(reklamační|úřední|byrokratick*|nekonečn*) (kolotoč*|anabáz*|martyri*|peklo|pekla)
(to|tohle|řešení|reklamace|jednání|komunikace|snaha|snažení|urgence|urgování|volání|psaní|stížnosti) ~2 (nikam|ničemu) ~1 (nevede|nevedlo|nevedly|nevedou|nevedl*) | noneg
(pomoc|podpora|výsledek|řešení) ~1 (nulová|nulovej|nulové|nulový|žádná|žádný|žádné|nula) | noneg, weight=0.5
(pořád|furt|stále|zase|opět) ~2 (totéž|tosamé|samý|samé) | weight=0.5
(bludn*|začarovan*) (kruh*|kolotoč*)
+ Reklamace stojí na mrtvém bodě a celé se to vleče už třetí měsíc.
+ Technik přišel, ale závadu neodstranil a nikam to nevede.
+ Je to nekonečná anabáze, ani o píď dál.
- Závada byla odstraněna hned napoprvé, děkuji.
- Technik vše spravil a internet jede bez problémů.

# -- r15 cs15: "still not solved after N months"; the fault "is still there"
(není|nejsou|nebyl*) ~4 (vyřešen*|opraven*|odstraněn*|vyřízen*) | noneg
(tam|tu) (pořád|stále|furt) (je|jsou|visí|svítí|straší)
(pořád|stále|furt) (tam|tu) (je|jsou|visí|svítí|straší)
+ závada není ani po půl roce odstraněná
+ ten poplatek tam stále visí
- všechno je vyřešené, díky
# -- cs16: told the same thing N times / still not paid / second email
(už|uz) (dvakrát|třikrát|čtyřikrát|pětkrát|několikrát|mockrát|nesčetněkrát) ~3 (řekli|slíbili|psal*|volal*|píšu|volám|reklamoval*|urgoval*)
(vyplacen*|opraven*|vyřešen*|vrácen*|připsán*|spraven*) (nebyl*|není) | noneg
(můj|moje|mé) (druhý|druhá|třetí|čtvrtý|čtvrtá|pátý|pátá) (e-mail|email|mail|zpráva|stížnost|urgence|dopis)
+ Tohle je už můj třetí e-mail a pořád nic.
+ Peníze mi dodnes vyplaceny nebyly, bylo mi to vyplaceno jen na papíře.
- Peníze byly vyplaceny hned druhý den.
- Rezervační formulář nejde odeslat, pořád píše chybu.
+ naše reklamace u vás na servisu leží už druhý měsíc

# -- repeated contacts, "a nic": "psal jsem jim přes formulář už třikrát a nic"
(už|již) (dvakrát|třikrát|čtyřikrát|pětkrát|šestkrát|sedmkrát|několikrát|mnohokrát|nesčetněkrát|tolikrát) ~2 (nic|marně|zbytečně|bezvýsledně|bez) | noneg
(volal*|psal*|kontaktoval*|urgoval*|zavolal*|napsal*|telefonoval*|reklamoval*) (jsem|jsme|sem) ~6 (dvakrát|třikrát|čtyřikrát|pětkrát|šestkrát|několikrát|mnohokrát|nesčetněkrát)
(už|již) ~2 (ve|v) (dvou|třech|čtyřech|pěti|šesti|několika|mnoha) (e-mailech|emailech|mailech|zprávách|dopisech|hovorech|telefonátech|urgencích|reklamacích|ticketech|podáních)
+ psal jsem jim přes formulář už třikrát a nic
+ volala jsem kvůli tomu na infolinku už čtyřikrát
+ popsal jsem to už ve třech e-mailech
- poslal jsem to ve dvou e-mailech kvůli velikosti příloh
- napsal jsem jednou a hned to vyřešili

# -- s9: ordinal contact ("šestý hovor", "páté volání"), "po třech návštěvách"
#    + "ve stejném stavu", "nikdo s tím nic neudělá", "zase jsem volal, zase nic"
(třetí|třetího|třetím|čtvrtý|čtvrtá|čtvrté|čtvrtou|pátý|pátá|páté|pátou|šestý|šestá|šesté|šestou|sedmý|sedmá|sedmé|osmý|osmé|desátý|desáté) (hovor*|telefonát*|volání|návštěv*|e-mail*|mail*|email*|urgenc*|stížnost*|dopis*|ticket*)
po (dvou|třech|čtyřech|pěti|šesti|několika|mnoha|opakovaných) ~1 (návštěvách|reklamacích|hovorech|telefonátech|urgencích|opravách|stížnostech|e-mailech|mailech|pokusech|výměnách) | noneg, weight=0.6
(stejném|stejným) stavu | weight=0.5
nikdo s tím (nic|nikdy) ~1 (neudělá|neudělal*|nedělá|nedělal*|nehne|nehnul*) | noneg
(volal*|volala|psal*|psala|zavolal*|urgoval*|urgovala) ~4 (zase|zas|opět|znovu|znova) nic | noneg
+ tohle je už pátý hovor kvůli té samé faktuře
+ po třech návštěvách servisu je to ve stejném stavu
+ ani po několika reklamacích to neopravili
+ volám pořád dokola a nikdo s tím nic neudělá
+ zase jsem volala, zase nic
- po dvou hovorech to konečně vyřešili, děkuji
- po třech letech používání jsem spokojený, vše funguje

# -- s9b: "nevyměnili" needs company; "chyba tam je pořád"
(nevyměnil*|nevyměnila|nevyměnili|nespravil*|nespravila|nespravili) | noneg, weight=0.5
(chyba|chyby|závada|závady|vada|porucha|problém|problémy|výpadky) ~4 (pořád|stále|furt|dodnes) ~1 (je|jsou|trvá|trvají|přetrvává|přetrvávají|tam)
(chyba|chyby|závada|závady|vada|porucha|problém|problémy|výpadky) ~3 (je|jsou|trvá|trvají|přetrvává|přetrvávají) ~1 (pořád|stále|furt|dodnes)
+ chyba na vyúčtování tam je stále
+ závada je tam pořád, i po servisu
- problém jsem stále neohlásil, chtěl jsem se nejdřív zeptat
- po dvou letech mi nevyměnili nic, protože nebylo třeba, vše funguje

# -- s9c: the technician did not find the fault
na (chybu|závadu|příčinu|problém) (nepřišel|nepřišli|nepřišla) | noneg
+ technik na závadu nepřišel a kotel netopí
+ na příčinu nepřišli ani v servisu
- na chybu přišel hned a opravil ji
- technik nepřišel na čas, ale opravil to

# -- s9d: "mám to rozbitý pořád"
(rozbit*|nefunkční|porouchan*|pokažen*|nefunkcni) (pořád|stále|furt|dodnes|dál)
(pořád|stále|furt|dodnes) (rozbit*|nefunkční|porouchan*|pokažen*)
+ mám to rozbitý pořád
+ zařízení je stále nefunkční
- rozbitá krabice nevadí, zboží je v pořádku
# --- s10: "fixed it still isn't", participle first
(vyřešen*|opraven*|spraven*|vyřízen*|odstraněn*|napraven*) ~2 (pořád|stále|dodnes|doteď|dosud|furt|ještě) ~1 (není|nejsou|nebylo|nebyla|nebyl) | noneg
(vyřešen*|opraven*|spraven*|vyřízen*|odstraněn*|napraven*) ~2 (není|nejsou|nebylo|nebyla|nebyl) ~2 (pořád|stále|dodnes|doteď|dosud|furt|ještě) | noneg
+ vyřešené to pořád není
+ opravené to není doteď, i když to slibovali
+ vyřízená reklamace není ani po měsíci, ještě pořád
- vyřešené to bylo hned napoprvé
- pokud to nebude vyřešené, ozvu se
# --- s10: "same as at the start", "still wrong"
(stejný|stejná|stejné|stejnej|totéž|totožný|totožná) ~2 (jako|co) ~1 na (začátku|počátku|startu)
(mám|máme|je|jsou|zůstává|zůstávají) ~2 (pořád|stále|furt|dodnes|dosud) ~1 (špatně|chybně|blbě|nesprávně)
+ po třech hovorech je stav stejný jako na začátku
+ vyúčtování mám pořád špatně
+ adresa je v systému stále chybně
- na začátku to bylo stejné jako teď, a to v pořádku
- mám to špatně nastavené já, poradíte?
# --- s10: "this is my sixth message about it"
(moje|můj|má|naše|tohle|toto|tato|už) ~1 (druh*|třetí|čtvrt*|pát*|šest*|sedm*|osm*|devát*|desát*) (zpráva|zprávu|e-mail|email|mail|stížnost|reklamace|reklamaci|urgence|urgenci|telefonát|hovor|návštěva|žádost|dotaz)
+ je to moje šestá zpráva ohledně stejné věci
+ tohle je už třetí reklamace na ten samý kus
- moje první zpráva, doufám, že se ozvete
- druhá zpráva byla jen doplnění fotek

# -- s10b
# -- "vrátili mi ho nefunkční / neopravený"
(vrátili|vratili|vracejí|vraceji|vrátí|vrati) ~3 (nefunkční|nefunkcni|neopraven*|nespraven*|rozbit*|nefungující|nefungujici)
+ notebook mi vrátili nefunkční
+ pračku vratili neopravenou
+ telefon mi vrátili stejně rozbitý
- vrátili mi ho opravený a funguje
- vrátila jsem nefunkční zboží a peníze přišly
# -- "nikdo nechce nic řešit", "takhle to jde třetí měsíc"
nikdo ~2 (nechce|nechcou|nechtějí|nechteji) ~2 (řešit|resit|vyřešit|vyresit|dělat|delat|opravit) | noneg
(takhle|takto|tak) to (jde|trvá|trva|táhne|tahne) ~2 (už|uz|již|jiz|druhý|druhej|třetí|treti|čtvrtý|ctvrty|pátý|paty|několikátý|nekolikaty) ~2 (měsíc*|mesic*|týden|týdny|tydn*|tejden|rok*|dn*|dní)
+ nikdo nechce nic řešit
+ nikdo to nechce opravit a já jsem bez vody
+ takhle to jde třetí měsíc
+ tak to táhne už půl roku
- nikdo nechce čekat, proto jsem ocenil rychlost
- takhle to jde ještě pár dní, než to dorazí

# --- s11 round ---
# "dva měsíce a pořád nic", "je pondělí a pořád nic"
(krát|krat|x|dvakrát|dvakrat|třikrát|trikrat|čtyřikrát|ctyrikrat|pětkrát|petkrat|několikrát|nekolikrat|opakovaně|opakovane) ~3 (pořád|porad|stále|stale|furt|dodnes|doteď|dotet) (nic|nikde) | noneg
+ volal jsem trikrat a porad nic
+ volala jsem pětkrát a stále nic
+ psala jsem opakovaně, ale stále nic
- volal jsem v pondělí a hned to vyřešili
- za týden to bylo hotové
# "už tři týdny bez internetu", "už 5 dní nemám přístup", "tři týdny mi nejdou data"
(už|uz|již|jiz|dva|dvě|dve|tři|tri|čtyři|ctyri|pět|pet|šest|sest|několik|nekolik|1*|2*|3*|4*|5*|6*|7*|8*|9*) ~1 (týdny|tydny|týdnů|měsíc|mesic|měsíce|mesice|měsíců|mesicu|dny|dní|dni|dnů) ~1 (nemám|nemam|nemáme|nemame|nejdou|nejde|nefunguje|nefunguji|nefungují|netopí|netopi|neteče|netece|nesvítí|nesviti|nechladí|nechladi) | noneg
(nemám|nemam|nemáme|nemame|nejdou|nejde|nefunguje|nefunguji|nefungují|netopí|netopi|neteče|netece) ~4 (už|uz|již|jiz) ~1 (týden|tyden|týdny|tydny|týdnů|tydnu|měsíc|mesic|měsíce|mesice|dny|dní|dni|dnů|dnu|1*|2*|3*|4*|5*|6*|7*|8*|9*|dva|dvě|dve|tři|tri|čtyři|ctyri|pět|pet|šest|sest|deset) | noneg
+ uz tri tydny nejde internet a technik nikde
+ dva měsíce nemám teplou vodu, přestože jsem to hlásil
+ nemam pristup k uctu uz 5 dni
- po týdnu nefunguje, chci vrátit peníze
- kompenzace za dva dny bez internetu
- nemám čas čekat, pošlete to expresně
# "nic nepomáhá"
nic (nepomáhá|nepomaha|nezabírá|nezabira|nezabralo|nezabral*|nefungovalo|nezafungovalo) | noneg
+ restartuju to kazdy den a nic nepomaha
+ zkoušela jsem všechno, nic nezabralo
- pomáhá mi, když to restartuju
- nic jiného jsem nezkoušel
# "reklamace trvá už měsíc", "tiket běží druhý týden"
(reklamace|reklamaci|oprava|opravu|řízení|rizeni|vyřizování|vyrizovani|tiket|ticket|požadavek|pozadavek|stížnost|stiznost|spor) ~2 (trvá|trva|běží|bezi|táhne|tahne|leží|lezi|visí|visi) ~2 (už|uz|již|jiz|přes|pres|skoro|téměř|temer) ~1 (týden|tyden|týdny|tydny|měsíc*|mesic*|rok*|dva|dvě|dve|tři|tri|čtyři|ctyri|pět|pet|několik|nekolik|druhý|druhy|třetí|treti|půl|pul)
+ reklamace trva uz mesic a nic
+ můj tiket visí už přes dva týdny
+ oprava běží skoro tři měsíce
- oprava trvá obvykle týden
- reklamace trvala dva dny, děkuji
# "nikdo s tím nehne"
(nikdo|nic) ~3 (nehne|nepohne|nehýbe|nehybe|nehejbe) | noneg
+ tiket je otevreny a nikdo s tim nehne
+ nikdo se mnou nehne, volám marně
- hned se to pohnulo z místa
- pohnuli s tím hned druhý den
# "jsem o ni psal dvakrát", "ozval jsem se pětkrát"
(jsem|jsme|sem) ~3 (volal*|volala|psal*|psala|urgoval*|napsal*|zavolal*|kontaktoval*|ozval*|ozvala|ozvali|chodil*|hlásil*|hlasil*) ~3 (dvakrát|třikrát|čtyřikrát|pětkrát|šestkrát|sedmkrát|osmkrát|desetkrát|několikrát|nekolikrat|mnohokrát)
(ozval*|ozvala|ozvali|urgoval*|urgovala|hlásil*|hlasil*) (jsem|jsme|sem) ~3 (dvakrát|třikrát|čtyřikrát|pětkrát|šestkrát|sedmkrát|osmkrát|desetkrát|několikrát|nekolikrat|mnohokrát|opakovaně|opakovane)
+ faktura porad nedosla, i kdyz jsem o ni psal dvakrat
+ ozval jsem se pětkrát a nic
+ hlasil jsem to nekolikrat
- napsal jsem jednou a hned mi odpověděli
- jsem tu poprvé a hned vyřízeno
# "nikdo to neumí opravit"
nikdo ~3 (neumí|neumi|nedokáže|nedokaze|nezvládne|nezvladne|nedokázal*|nedokazal*|nezvládl*|nezvladl*) ~2 (opravit|vyřešit|vyresit|spravit|zprovoznit|odstranit|napravit) | noneg
+ nikdo mi to neumi opravit, uz pul roku
+ nikdo z vás nedokázal tu chybu odstranit
- oprava se povedla, nikdo neměl problém
- neumím to opravit sám, pošlete technika
# "pořád čekám na opravu / technika"
(pořád|porad|stále|stale|furt|dodnes|marně|marne) ~2 (čekám|cekam|čekáme|cekame) ~2 na ~1 (opravu|výměnu|vymenu|technika|opraváře|opravare|nápravu|napravu|odstranění|odstraneni|vyřízení|vyrizeni|vyřešení|vyreseni) | noneg
+ porad cekam na opravu, je to mesic
+ stále čekáme na výměnu vadného kotle
- čekám na opravu teprve od včera
- na technika jsem čekal jen hodinu
# "už po šestý píšu"
(už|uz|již|jiz) ~1 po (třetí|treti|čtvrtý|ctvrty|pátý|paty|šestý|sesty|sedmý|sedmy|desátý|desaty|několikátý|nekolikaty|stý|sty)
+ uz po sesty pisu to samy
+ volám už po pátý
- po třetí hodině jsem odešel
- dnes po pátý hodině to nejde
# "pokaždé mi řeknou, že se to řeší"
(pokaždé|pokazde|pokaždý|pokazdy|vždy|vzdy|vždycky|vzdycky|furt|pořád|porad) ~3 (že|ze) ~1 (se|to) ~1 (to|se) ~1 (řeší|resi|vyřizuje|vyrizuje|prověřuje|proveruje|zpracovává|zpracovava|šetří|setri)
+ pokazde mi reknou ze se to resi a nic
+ na lince vždy tvrdí, že se to prověřuje
- jednou mi řekli, že se to řeší, a druhý den hotovo
- řekli, že se to zpracovává, a opravdu přišlo
