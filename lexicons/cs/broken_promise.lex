# A promised call-back, refund, fix, delivery or discount that never came;
# false promises.  A promise alone is no complaint ("rychlejší, než jste
# slibovali"): it needs its failure, often only in the next sentence
# ("slíbili, že se ozvou. Čekám dodnes.").  A sequence cannot cross the
# sentence, so the promise and the failure are two half-weight cues that add
# up anywhere in the record; each half is ONE rule, so that two failure words
# without a promise never add up to a hit.
(slib*|přislib*|naslib*|vyslib*|ujistil*|ujišťoval*|ujišťovala|ujišťovali|zaručil*|zaručila|zaručili|garantoval*|zavázal*|zavazoval*|ubezpeč*|přísah*|odpřísáh*|ujištění|ujištěn*|příslib*|deklaroval*|avizoval*|přislíbil*|garantován*|zaručen*|přislíben*) | noneg, weight=0.5
(dodnes|nikdy|nakonec|neozval*|nezavolal*|nevolal*|nikdo|nepřišl*|nepřišel|nedošl*|nedorazil*|nepřijel*|nevrátil*|neposlal*|nestalo|nic|změnil*|pořád|stále|dosud|doteď|furt|žádná|žádný|žádné|žádnou|nesplnil*|nedodržel*|marně|nepravda|lež|lži|lhali|lhal*|nebyl*|neuplatn*|nedostal*|neplat*|mlčí|mlčel*|ticho|nevidím|neviděl*|není|nejsou|chybí|čekám|čekáme|nekoná|nekonalo|nekonala|neproběhl*|nedodal*|neudělal*|neopravil*|nevyřešil*|nepřipsal*|neobdržel*|neozvali|kecy|kecali|kecal*|houby|prd|zatím|nedočkal*|nedočkala|neplatí|zapomněl*|zapomněli|zapomněla|nikde|neobdrželi|neuznal*|neuznala|neuznali|zamítnutí|zamítl*|zamítli|naúčtoval*|naúčtovali|naúčetl*|nesáhl*|nesahal*|nezačal*|nezačali|neukázal*|neobjevil*|neuplatnil*|stouplo|stoupla|stoupl|zdražil*|vzrostl*|vzrostla|nahoru|nezměnil*|nezměnilo|týdnem|měsícem) | noneg, weight=0.5
(plané|prázdné|planých|prázdných|samé|jen|jenom) ~1 (sliby|slibů)
sliby ~1 sliby
(nedodržel*|nedodrželi|nesplnil*|nesplnili) ~3 (slib*|slov*|dohod*|závazek|ujednání) | noneg
(slovo|slib|dohodu|dohoda) ~3 (nedodržel*|nedodrželi|nesplnil*|nesplnili) | noneg
# promised a call back that never came
(nezavolal*|nezavolala|nezavolali) | noneg
nikdo ~3 (nezavolal*|nevolal*|nevolala) | noneg
(zpětné|zpětný) (volání|hovor|kontakt) ~4 (nepřišlo|neproběhlo|nikdy|nepřišel|neproběhl) | noneg
(nedočkal*|nedočkala|nedočkali) ~3 (zpětného|zavolání|telefonátu|slíben*) | noneg
(měl*|měla|měli) ~3 (zavolat|ozvat|volat|vrátit|poslat|připsat|zaslat)
(měl*|měla|měli|měly) ~2 být ~3 hotov*
# refund, discount, credit that never came
(nedostal*|nedorazil*|nepřišl*|neposlal*|nevrátil*|nepřipsal*|nepřipsali|neobdržel*) ~3 (peníze|peněz|částk*|slev*|dobropis*|kompenzac*|náhrad*|odškodn*|vrácení|refund*|bonus*|kredit*|poukaz*|voucher*|zálohu|platbu) | noneg
(peníze|částka|slev*|dobropis*|kompenzac*|odškodn*|refund*|bonus*|kredit|poukaz*|voucher*|záloha) ~4 (nepřišl*|nedorazil*|nedošl*|nikdy|nepřipsal*|nepřišel) | noneg
(prý|že|prej) ~3 (ozvou|zavolají|zavolá|ozve|vrátí|pošle|pošlou|přijede|přijdou|dorazí|opraví|připíšou|připíší) ~8 (neozval*|nezavolal*|nevrátil*|neposlal*|nepřišl*|nepřišel|nedorazil*|nepřijel*|nikdo|nikdy|dodnes|nic|stále|pořád) | noneg
+ slíbili, že mi zavolají zpět, a nikdo nezavolal
+ měli mi vrátit peníze do 14 dnů a dodnes nic
+ sliby, sliby a nic
+ prý se ozvou do druhého dne, neozval se nikdo
+ sleva, kterou mi slibovali, nikdy nepřišla
+ slíbili, že se ozvou. Čekám dodnes.
- zavolali mi zpět přesně podle domluvy
- vrácení peněz proběhlo do tří dnů
- doručení bylo rychlejší, než jste slibovali
+ technik mi slíbil, že přijede v pondělí. Dnes je čtvrtek a nikde nikdo.
# -- "the money was to be on my account in five days; still waiting a month later"
(měl*|měla|měly|mělo|měli) ~2 (být|přijít|dorazit|přistát|odejít) ~2 (účtu|účet|kartu|kartě|připsan*|vrácen*|zpátky|zpět|refundován*|proplacen*) ~6 (čekám|čekáme|pořád|stále|dodnes|doteď|furt|nic|nikde|nedorazil*|nepřišl*|nepřišel|nepřišly|nikdy|zatím) | noneg
+ peníze měly být na účtu do pěti dnů, čekám už měsíc
- peníze měly přijít do pěti dnů a přišly hned druhý den
# -- the promise as reported speech ("tvrdila, že peníze přijdou"), or quoted
# ("ozveme se vám"); each is a half cue like slíbili
(tvrdil*|tvrdila|tvrdili|řekl|řekla|řekli|říkal*|říkala|říkali|psal*|psali|napsal*|napsali|sdělil*|sdělili|sdělila|potvrdil*|potvrdili|potvrdila|informoval*|ubezpečil*|ubezpečoval*|tvrdí|prý|prej) ~8 (ozvou|ozve|zavolají|zavolá|vrátí|vrátěj|pošlou|pošle|přijede|přijedou|přijdou|přijde|dorazí|opraví|připíšou|připíší|vyřeší|vyřídí|doručí|přivezou|dodají|odešlou|proplatí|nahradí|vymění|osadí|namontují|namontuje|nainstalují|zapojí|připojí|dokončí|spraví|udělají|pošlem|ozvem) | noneg, weight=0.5
(ozveme|zavoláme|zavolám|ozvu) ~3 (vám|zpět|zpátky|zítra|hned|ozvu|obratem|ihned|nejpozději|do) | noneg, weight=0.5
(dal*|dala|dali|dávali) ~2 (slovo|čestné) | noneg, weight=0.5
(jsme|sme|jsem|sem) ~2 (dohodl*|dohodli|domluvil*|domluvili|domluvila|dohodla) | noneg, weight=0.5
(dohodl*|dohodli|domluvil*|domluvili|domluvila|dohodla) ~1 (jsme|sme|jsem|sem) | noneg, weight=0.5
# -- idioms for empty promises
(sliby|slibem) chyby
hory doly
modré z nebe
(prázdn*|plan*|lživ*|falešn*|nesplněn*|nedodržen*) (slib*|příslib*|ujištění|sliby)
(slíbené|slíbený|slíbená|slíbenou|slíbeného|přislíbené|přislíbený|přislíbená|přislíbenou|slibované|slibovaný|slibovanou|garantovan*|přislíben*) ~4 (nepřišl*|nepřišel|nedorazil*|nikdy|nekoná|nekonal*|neproběhl*|nedostal*|nic|nikde|pořád|stále|dodnes|doteď|nevidím) | noneg
(nedodržel*|nedodrželi|nedodržela|nesplnil*|nesplnila|nesplnili|porušil*|porušili|porušila) ~3 (slovo|slib*|dohod*|domluv*|závazek|záruk*|garanc*|příslib*) | noneg
(dohoda|domluva|dohodu|domluvu|domluvené|dohodnuté|dohodnutý|domluvený) ~4 (neplatí|neplatila|nedodržel*|neplatil*|padla|nic|neproběhl*|nesplnil*) | noneg
+ tvrdila, že peníze přijdou do týdne. Po měsíci pořád nic.
+ naslibovali toho hodně, ale dodnes nic
+ zavolám vám zpátky do hodiny, řekl. Čekám od včerejška.
+ sliby chyby, oprava hotová pořád není
+ slíbená sleva nikdy nepřišla
+ dohodli jsme se na výměně, ale nakonec z toho nic nebylo
- řekla, že se ozve zítra, a opravdu se ozvala
- domluvili jsme se na termínu a technik přišel včas
# -- r4: "měl přijít ve středu, nepřišel"
(měl|měla|měli|mělo) ~1 (přijít|přijet|dorazit|zavolat|ozvat|poslat|dodat|přivézt|doručit|vrátit|opravit) ~4 (nepřišel|nepřišla|nepřišli|nepřijel*|nedorazil*|nezavolal*|neozval*|neposlal*|nedodal*|nepřivezl*|nedoručil*|nevrátil*|neopravil*) | noneg
+ technik měl přijít ve středu, nepřišel
+ měli zavolat zpět, nezavolali
- technik měl přijít ve středu a přišel přesně

# -- r6: confirmed in writing, then nobody knew about it; idioms of empty promises
(potvrdil*|potvrdila|potvrdili|odsouhlasil*|odsouhlasila|odsouhlasili|schválil*|schválila|schválili|garantoval*|garantovala|garantovali|přislíbil*|přislíbila|přislíbili|zaručil*|zaručila|zaručili) ~10 (nevěděl*|nevěděla|nevěděli|neví|nevědí|popřel*|popřela|popřeli|popírají|popírá|zapírají|zapřel*|neuznal*|neuznala|neuznali|neuznávají|neplatí) | noneg
(slibem|slibama|slibem) ~2 nezarmout*
(slibovat|slibují|sliboval*|slibovala|slibovali) ~3 (umí|umějí|umějí|uměli|umí|dovedou|jsou) ~2 (všichni|dobří|mistři|přeborníci|hodně)
+ písemně mi potvrdili výměnu, pak o tom nikdo nevěděl
+ slibem nezarmoutíš, to je jejich heslo
+ slibovat umí všichni, dodat nikdo
- potvrdili mi výměnu a do týdne jsem měl nový kus
- schválili reklamaci hned

# round 7 (industries): told one thing by a seller, broker or agent, reality different ("přestože tvrdili ...")
(přestože|prestoze|ačkoli|ačkoliv|acoli|ackoliv) ~6 (tvrdil*|tvrdila|tvrdili|ujišťoval*|ujistil*|garantoval*|sliboval*|slíbil*|říkal*|říkali|zaručoval*)
# "they say they'll call back" + they never do (weights add up)
(řekne|řeknou|slíbí|slibují|ujistí|ujišťují) ~3 (ozvou|ozve|zavolají|zavolá|ozveme|zavoláme|napíšou|pošlou) | weight=0.5
# the date keeps being moved (delivery, installation, repair, connection, appointment)
(posouvá*|posouvají|posunuli|posunul*|odkládá*|odkládají|odsouvá*|přesouvá*|přesouvají) ~3 (termín*|doručení|dodání|dodávk*|instalac*|opravu|výměnu|zapojení|připojení|montáž*) | noneg
+ pojistka prý krytá, přestože mi makléř tvrdil opak, nic nedostanu
+ pokaždé mi řeknou, že se ozvou, a neozvali se nikdy
+ e-shop mi už potřetí posouvá termín dodání
- obchodník tvrdil, že pračka vydrží, a zatím opravdu drží
- termín instalace jsme posunuli na moji žádost

# -- r8: against the promised date; promise turned out to be a lie
(oproti|proti|po|za) ~1 (slíbenému|slíbeném|slibovanému|slibovaném|přislíbenému|přislíbeném|garantovanému|garantovaném|avizovanému|avizovaném|potvrzenému|potvrzeném) ~1 (termínu|datu|dni|času|dodání) | noneg
(slib*|příslib*|ujištění|ujišťování|ujistil*|ujistila|ujistili|slíbil*|slíbila|slíbili|garanc*|garantoval*) ~8 (lež|lži|lhal*|lhala|lhali|nepravd*|výmysl*|kecy|prázdné|planý|plané|vzduchu|vítr) | noneg
(nedodržel*|nedodržela|nedodrželi|nedodržují|nedodržujete|nesplnil*|nesplnila|nesplnili|porušil*|porušili|nedostál*|nedostála|nedostáli) ~3 (slib*|příslib*|slovo|slovu|slova|záruk*|závazek|závazky|dohod*|domluv*|termín*) | noneg
+ dodávka se zpozdila o měsíc oproti slíbenému termínu
+ jejich ujištění se ukázalo jako lež
+ nedostáli slovu, oprava nikde
(zůstal*|zůstala|zůstalo|ukázal*|ukázala|ukázalo|bylo|byl|byla) ~3 (prázdné|prázdným|plané|planým|pouhé|pouhým) (slovo|slovem|slibem|slib)
+ ujištění o opravě se ukázalo jako prázdné slovo
- termín dodání dodrželi, děkuji
- slíbili opravu do pátku a opravdu to stihli
# -- r8: reported assurance followed by "a nebylo / a nic"
(tvrdil*|tvrdila|tvrdili|říkal*|říkala|říkali|slibovali|slibovala|slibovat|ujišťoval*|ujišťovala|ujišťovali|tvrdí|psali|napsali|potvrdili|potvrdila) ~3 že ~6 (bude|budou|přijde|přijede|dorazí|zavolá|zavolají|ozvou|ozve|vrátí|vrátíte|opraví|vyřeší|pošlou) ~8 (nebylo|nebyl|nebyla|nebyly|nestalo|nepřišl*|nepřišel|nepřijel*|nedorazil*|nezavolal*|neozval*|nevrátil*|neopravil*|nevyřešil*|neposlal*|neposlali) | noneg
+ tvrdili, že to bude hotové do týdne, a nebylo
+ říkala, že se ozvou zítra, a neozval se nikdo
- tvrdili, že to bude hotové do týdne, a opravdu bylo

# --- r9a: promised credit never appeared; time passed after assurance ---
(slev*|dobropis*|kompenzac*|bonus*|kredit*|odškodn*|odskodn*|vratk*|poukaz*|voucher*|refund*|náhrada|nahrada|náhradu|nahradu|storno) ~12 (neobjevil*|neobjevila|neobjevily|neobjevilo|nepromítl*|nepromitl*|nepromítla|nepromitla|nenaskočil*|nenaskocil*|nenaskočila|nezobrazil*|nezobrazila|neodečetl*|neodecetl*|neodečetli|nezapočítal*|nezapocital*|nezapočítali|neuplatnil*|neuplatnili|neuplatnila) | noneg
(uběhl*|ubehl*|uběhla|uplynul*|uplynula|uplynulo|uplynuly|utekl*|utekly|uteklo) | noneg, weight=0.5
+ Bonus za věrnost, který mi operátor přislíbil, se ve vyúčtování nikdy neobjevil.
+ Ujistili mě, že vrácení proběhne do týdne. Uplynuly dva měsíce.

# --- r11a: told it was already done ("the money has been sent"), or "it will be ready"
(tvrdil*|tvrdila|tvrdili|řekl|řekla|řekli|říkal*|říkala|říkali|napsal*|napsali|psali|sdělil*|sdělili|potvrdil*|potvrdili|prý|prej) ~4 (odešl*|odeslal*|odeslali|odesláno|odeslány|poslal*|poslali|vrátil*|vrátili|připsal*|připsali|vyřízen*|schválen*|proplacen*|expedován*|vyexpedován*) | noneg, weight=0.5
(tvrdil*|tvrdila|tvrdili|řekl|řekla|řekli|říkal*|říkala|říkali|napsal*|napsali|sdělil*|prý|prej|že) ~4 (bude|budou) ~3 (hotov*|opraven*|vyřízen*|vyřešen*|zpátky|doručen*|připsán*|vrácen*|zapojen*|namontován*) | noneg, weight=0.5
# vouched for it: beat one's chest, hand in the fire, "definitely"
(bil*|bila|bili|bije) ~2 (v|do) prsa | noneg, weight=0.5
(ruku|ruce) do ohně | noneg, weight=0.5
(že) (určitě|stoprocentně|zaručeně|garantovaně|jistojistě|rozhodně) | noneg, weight=0.5
# was told a day; it did not come
(říkal*|říkala|říkali|tvrdil*|tvrdili|psal*|psali|napsal*|napsali|hlásil*|hlásili) ~3 (pondělí|úterý|středu|čtvrtek|pátek|sobotu|neděli|zítra|pozítří) | noneg, weight=0.5
# should have connected / installed it, nobody came
(měl|měla|měli|mělo) ~4 (přijít|přijet|dorazit|zavolat|ozvat|poslat|dodat|přivézt|doručit|vrátit|opravit|zapojit|připojit|namontovat|nainstalovat|vyměnit) ~4 (nepřišel|nepřišla|nepřišli|nepřijel*|nedorazil*|nezavolal*|neozval*|neposlal*|nedodal*|nepřivezl*|nedoručil*|nevrátil*|neopravil*|nezapojil*|nenamontoval*) | noneg
+ napsali, že peníze odešly. Po čtyřech týdnech na účtu pořád nic
+ prý do konce měsíce osadí dvířka. Dvířka nikde.
+ mechanik se bil v prsa, že bude auto v pátek hotové. Ještě na to nesáhli.
+ odpřisáhli, že škodu proplatí. Teď poslali zamítnutí.
+ písemný slib bezplatného servisu, a pak mi naúčtovali 3000
+ vy jste mi říkali, jako že se mi do druhého dne někdo ozve, no a nic
+ měl jste mi to prej zapojit ve středu, nikdo nepřišel
- řekli, že bude hotové v pátek, a v pátek bylo
- bil se v prsa, jak je jejich servis dobrý, a opravdu byl
- kupón z akce mi na pokladně neuznali, platí jen v pracovní dny
- řekla, že se mi ozve kolega, a ozval se hned

# r13 thesaurus pass: stringing along, swearing, luring, confirmed-but-never-came
(vodil*|vodila|vodili|vodí|vodíte|tahal*|tahala|tahali|tahají) ~3 za nos
(natahoval*|natahovala|natahovali|natahujou|natahují|natahuje|natahujete) (mě|mne|nás) ~3 (sliby|slibem|slibama|týden|týdny|měsíc*|že|ze)
(dušoval*|dušovala|dušovali|dušuje|zapřísahal*|zapřísahala|zapřísahali|zaříkal*|zaříkala|zaříkali|slibovat|sliboval*|slibovala|slibovali) ~2 (se|že|ze) | noneg, weight=0.5
(nalákal*|nalákala|nalákali|vylákal*|vylákala|vylákali|lákali|lákal*|deklarovan*|avizovan*|slibovan*|garantovan*) | noneg, weight=0.5
(potvrdil*|potvrdila|potvrdili|odsouhlasil*|odsouhlasila|odsouhlasili|schválil*|schválila|schválili|potvrzen*|odsouhlasen*|přislíben*) ~10 (neobdržel*|neobdržela|neobdrželi|nikdy|dodnes|doteď|dosud) | noneg, weight=0.5
(tvrdil*|tvrdila|tvrdili|ujišťoval*|ujišťovala|ujišťovali|ujistil*|ujistila|ujistili|sliboval*|slibovala|slibovali|zaručoval*|zaručovala|garantoval*|garantovala|garantovali) ~3 (výslovně|stoprocentně) | noneg, weight=0.5
z ~1 (toho|slibu|slibů|dohody|domluvy|opravy|vrácení|výměny) ~1 sešlo | weight=0.5
+ Tři týdny mě vodili za nos, že technik přijede zítra.
+ Operátor se dušoval, že mi dobropis pošlou, a dodnes nic.
+ Nalákali mě na dopravu zdarma, nakonec jsem ji stejně zaplatil a slevu nikdy nedostal.
- Prodavač mi výslovně doporučil jiný model a měl pravdu.
- Kurýr přijel včas, přesně jak bylo domluveno.
# -- r15 cs15: promised a fixed price that went up anyway
+ garantovali mi pevnou cenu a po půl roce zdražili
# -- cs16: promised a callback, the phone never rang
(telefon*|mobil*) ~3 (nezazvonil*|nezazvonila|nezvonil*|nezazvoní) | noneg
+ Slíbili zpětné volání, ale telefon mi nezazvonil ani jednou.
+ Mobil mi nezazvonil ani jednou.
- Telefon zazvonil hned druhý den a vše vyřešili.

# -- cs19a: the reserved / promised item went to someone else
(prodal*|prodala|prodali|dali|dal|vydal*|vydala|vydali|přidělil*|přidělili) ~3 někomu ~1 (jinému|jinýmu|dalšímu) | weight=0.5
+ ujistili mě, že mi kus podrží. Druhý den ho prodali někomu jinému.
+ byla jsem ujištěna, že se to opraví, nic se nezměnilo
# -- cs19a: "even though the agent promised it" (i když / ačkoli + past promise)
i (když|kdyz) ~5 (sliboval*|slibovala|slibovali|slíbil*|slíbila|slíbili|garantoval*|garantovala|garantovali|ujišťoval*|ujišťovala|ujišťovali|zaručoval*|zaručovala|zaručovali|ujistil*|ujistila|ujistili|přislíbil*|přislíbila|přislíbili) | noneg
+ neproplatili to, i když mi to paní na pobočce slibovala
- i když jsem nic neslíbil, poslal jsem to hned
# -- cs19a: promised, and now refused in the same breath ("garantoval ..., a teď to odmítli")
(garantoval*|garantovala|garantovali|slíbil*|slíbila|slíbili|sliboval*|slibovala|slibovali|ujistil*|ujistila|ujistili|ujišťoval*|ujišťovala|ujišťovali|zaručil*|zaručila|zaručili|přislíbil*|přislíbila|přislíbili) ~12 (odmítl|odmítla|odmítli|odmítlo|odmítají|odmítá|zamítl|zamítla|zamítli|zamítlo|zamítají|zamítá) | noneg
+ na pobočce mi slíbili výměnu kusu a teď ji reklamační oddělení zamítlo
- odmítli mi vrátit peníze, ačkoli mi nic neslíbili

# "slíbili zavolat do dvou hodin, to bylo včera": the date of a promise long gone
to (bylo|je) ~1 (včera|předevčírem|minulý|minulou|minulej|minulého|před) | weight=0.5
+ slíbili mi zavolat zpátky do dvou hodin, to bylo včera
+ prý se ozvou do pátku, to bylo minulý týden
- to bylo včera a dnes už to funguje
