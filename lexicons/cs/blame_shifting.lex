# Staff say the problem is the customer's fault, or push it onto someone
# else (courier, manufacturer, another department, "the system") to avoid
# responsibility.  Not the customer blaming the company, not the customer
# admitting their own mistake ("moje chyba, špatně jsem zadal adresu").

# -- "it's your fault" (staff quoted speaking to the customer)
(je|to) (to|je) (váš) (problém)
# ... and "vaše chyba" only as staff's reported or quoted words: from the
# customer it is the customer blaming the company, which does not count
(řekl|řekla|řekli|tvrdil|tvrdila|tvrdili|prý|prej|odsekl|odsekla|prohlásil|prohlásila|odpověděl|odpověděla|odpověděli) ~2 (je|to) (to|je) (vaše|moje|naše) ~1 (chyba|vina)
chyba je (na|u) ~1 (vaší|vás)
(můžete|můžeš) si za to
si za to (můžete|můžeš)
(že|prý|prej|řekl|řekla|řekli|řeklo|říkal*|tvrdil*|tvrdí) ~2 si za to (můžu|může|mohu|můžeme)
(že|prý|prej|tvrdil*|tvrdí|řekl|řekla|řekli|řeklo|říkal*|obvinil*|označil*|údajně) ~4 (moje|moji|můj|má|mojí|mýho) (chyba|vina|chybu|vinu|problém) | weight=0.5
(že|prý) (je|byla) ~2 (chyba|vina) (zákazník*|na|moje)
# "the fault of my router", "user error"
(chyba|vina|chybou|vinou) (mého|mýho|mé|mojí|mém|uživatel*|zákazník*|klient*)
(obvinil*|obvinila|obvinili|obviňoval*|obviňovala|obviňovali|obviňuj*) ~1 (mě|mne|nás)
(obviňoval*|vyčítal*|vyčítala|vyčítali)
# -- "you did it wrong", "you should have ..."
vy jste ~3 (špatně|nesprávně|blbě|rozbil*|poškodil*|zapomněl*|nevyplnil*|nepřečetl*|spletl*|nezaplatil*)
(měl|měla|měli) jste ~3 (zkontrolovat|přečíst|prohlédnout|ověřit|hlídat|vědět|uschovat|nahlásit|objednat|pozor)
(že|prý|prej|ať|údajně|tvrdil*|tvrdila|tvrdili|vyčítal*|vyčítala|vyčítali) ~2 (jsem|jsme|jste|sem) ~3 (měl|měla|měli|musel|musela) ~4 (přečíst|číst|zkontrolovat|kontrolovat|hlídat|prohlédnout|zabalit|ověřit|nahlásit|uschovat|všimnout|vědět|vyzvednout|zadat|vyplnit|dávat|pozor)
(že|prý|prej|tvrdil*|tvrdí|tvrdili|vyčítal*|údajně) ~3 (špatně|nesprávně|neodborně|nešetrně|nevhodně|blbě) ~1 (používal*|používám|použil*|zacházel*|pral*|prala|skladoval*|nainstaloval*|zapojil*|nastavil*|naklikal*|naklikala|obsluhoval*|manipuloval*|složil*|nabíjel*|nosil*|nosila|udržoval*)
(používám|používal*|zacházím|zacházel*|nosil*|nosila|skladoval*|udržoval*) ~3 (špatně|nesprávně|neodborně|nevhodně|nešetrně)
(prý|prej|tvrdil*|tvrdila|tvrdí|tvrdili|řekl|řekla|řekli|řeklo|říkal*|říkala|říkali|obvinil*|obvinila|obvinili|vyčítal*|vyčítala|vyčítali|sdělil*|sdělila|sdělili|napsal*|napsala|napsali|odpověděl*|odpověděla|odpověděli|údajně|technik*|servis) ~3 (jsem|jsme) ~4 (rozbil*|poškodil*|zničil*|upustil*|polil*|zavinil*|způsobil*|neodborně|nesprávně|nevhodně|nešetrně|zapomněl*|utopil*|namočil*|zlomil*|přetěž*|přetížil*|ohnul*|poškrábal*|zanedbal*|nevyzvedl*|nezaplatil*|přehlédl*|nepřečetl*|nečetl*|spálil*|zavirov*|přenastav*|přeinstal*|nezavřel*|nevypnul*|nenabil*|nechal*)
údajně ~5 (já|mnou|způsobil*|zavinil*|zadal*|nosil*|používal*|rozbil*|poškodil*|zanedbal*|přetěž*|nechal*|nezavřel*|nepřevzal*|nevyzvedl*|nebyl*|nebyla)
# damage put down to the customer: dropped, wet, misused
(tvrdí|tvrdil*|tvrdila|tvrdili|prý|prej|údajně) ~5 (spadl*|upadl*|pádem|pádu|nárazem|nárazu|namočen*|polit*|vlhkost*|vody|vodou|tekutin*|kapalin*)
(vniknut*|zatečen*|zatekl*) ~2 (vody|vlhkosti|tekutiny|kapaliny|vodou)
mechanick* poškozen*
neodborn* (zásah*|manipulac*|instalac*|použití|montáž*)
(nesprávn*|nevhodn*|nešetrn*) (použití*|používání*|zacházení|skladování|údržb*|manipulac*|podmínk*|čištění|praní|instalac*)
špatn* (zacházení*|používání|použití|skladování|údržb*)
(způsoben*|zaviněn*|zapříčiněn*) ~3 (uživatel*|zákazník*|vámi|nevhodn*|nesprávn*|špatn*|neodborn*|nešetrn*|pádem|nárazem|vlhkost*) | said
podle ~3 (technik*|servis*|prodejc*|prodavač*|operátor*|reklamačn*|oddělení|posud*|výrobc*|firmy|nich|něj|ní|jejich) ~8 (já|mnou|uživatel*|zákazník*|způsoben*|zavinil*|zavinila|vinou|chybou|nevhodn*|nesprávn*|neodborn*|přetěž*|spadl*)
# mutual blame: each party says it was the other
(tvrdí|tvrdil|tvrdila|tvrdili|tvrdilo) ~12 (tvrdí|tvrdil|tvrdila|tvrdili|tvrdilo|obráceně)
(navzájem|vzájemně) ~3 (odkazuj*|odkazoval*|obviňuj*|obviňoval*|svádějí|sváděl*|házejí|házel*|ukazují|ukazoval*)
(odkazuj*|odkazoval*|obviňuj*|obviňoval*|svádějí|sváděl*|házejí|házel*|ukazují|ukazoval*) ~3 (navzájem|vzájemně)
jeden na druhého
podle ~8 (chyba|vina|chybu|vinu|může|mohl*|způsobil*) ~6 podle
# sarcastic summary of what staff said
takže ~1 (je|prý|prej|jako) ~2 (moje|můj|má|moji) (chyba|vina|chybu|vinu)
# -- pushed onto a third party or "the system"
(svedl*|svedla|svádí|svádějí|sváděli|svádět|svalil*|svalila|svalili|svaluj*|svalov*) ~4 na
(hodil*|hodila|hodili|házel*|hází|házejí) ~3 na ~1 (kurýr*|pošt*|dopravc*|přepravc*|výrobc*|sklad*|systém*|bank*|dodavatel*|subdodavatel*|distributor*|partner*|technik*|montáž*|montér*|servis*|centrál*|kolísání|počasí|kolegy|kolegu|kolegyni|oddělení)
(svalil*|svalila|svalují|svalovali|házel*|hází|házejí|hodil*|hodila|přehazuj*|přehazoval*) ~2 (vinu|odpovědnost|zodpovědnost)
(vinu|odpovědnost|zodpovědnost) ~3 na (kurýr*|dopravc*|přepravc*|výrobc*|systém*|poštu|sklad*|kolegy|kolegu|mě|nás|dodavatel*|subdodavatel*|distributor*|partner*|banku)
(odmítl*|odmítla|odmítli|odmítá|odmítají) ~3 (odpovědnost|zodpovědnost|vinu)
(odkázal*|odkázala|odkázali|odkazuj*|odkazoval*|přeposlal*) ~3 (na|k|ke|za) ~1 (výrobc*|dopravc*|přepravc*|kurýr*|dodavatel*|subdodavatel*|distributor*|pojišťovn*|dovozc*|importér*)
(prý|prej|tvrdí*|tvrdil*|že|řekl|řekla|řekli|řeklo|říkal*) ~4 (způsobil*|zavinil*|zdržel*|zdržela|poškodil*|ztratil*|pokazil*|rozbil*|zapříčinil*) ~2 (kurýr*|pošta|poštu|dopravc*|přepravc*|výrobc*|výrob*|sklad*|systém*|banka|banku|dodavatel*|subdodavatel*|distributor*|partner*|technik*|montáž*|servis*|centrál*|obchodník*|prodejc*|depo)
# "X is to blame" (za to může ...), reported from staff
(prý|prej|že|ze|údajně|tvrdí|tvrdil*|tvrdila|tvrdili|řekl|řekla|řekli|řeklo|říkal*|říkala) ~4 za ~3 (může|můžou|mohou|mohl|mohla|mohli|mohlo)
za ~3 (může|můžou|mohou|mohl|mohla|mohli|mohlo) ~3 (prý|prej|údajně)
za ~4 (může|můžou|mohou|mohl*|mohla|mohli) ~2 (kurýr*|pošta|dopravc*|přepravc*|výrobc*|výroba|sklad*|systém*|banka|dodavatel*|subdodavatel*|distributor*|partner*|technik*|obchodník*|prodejc*|depo|počasí|zákazník|vy|sám|sama|přeprav*|společnost|firma|dopravní*|logistik*|kolega|kolegyně|moje|můj|má|vaše|váš|vaši|vašem) | said
(může|můžou|mohou) za to ~2 (systém*|kurýr*|pošta|dopravc*|výrobc*|sklad*|banka|dodavatel*|subdodavatel*|počasí|zákazník|vy)
(chyba|vina|problém|záležitost|chybu|chybou|vinou) ~2 (kurýr*|dopravc*|přepravc*|výrobc*|dodavatel*|subdodavatel*|distributor*|pošty|systému|skladu|centrály|banky|obchodník*|prodejc*|partner*|oddělení|aplikace|ppl|dpd|zásilkovn*|gls)
(chyba|vina|problém|chybu) ~2 (u|na) ~2 (poskytovatel*|operátor*|kurýr*|dopravc*|přepravc*|výrobc*|dodavatel*|distributor*|pošt*|banky|obchodník*|prodejc*|partner*|skladu|centrály)
(řešit|řešte|vyřešit|vyřiďte|vyřídit|vyřídím|vyřešte|reklamovat|reklamujte|stěžovat|stěžujte|stížnost|reklamaci) ~3 (u|s|se) ~1 (kurýr*|dopravc*|přepravc*|výrobc*|dodavatel*|distributor*|pošt*|banky|bankou|ppl|dpd|zásilkovn*|gls|pojišťovn*|dovozc*)
(obrátit|obraťte|obrátím|obrátil*) ~3 na ~1 (kurýr*|dopravc*|přepravc*|výrobc*|dodavatel*|distributor*|ppl|dpd|zásilkovn*|gls|pojišťovn*|dovozc*)
# "not our fault / not our problem / not our department"
(není|nebyla|neni|nebylo) ~2 (naše|náš|naší|jejich|jeho|její) (chyba|vina|problém|věc|starost|záležitost|odpovědnost|zodpovědnost|parketa|oddělení) | noneg
to (není|neni) ~2 (naší|jejich) kompetenc* | noneg
(nejsme|nejsou|není) za to ~1 (zodpovědní|odpovědní|zodpovědn*|odpovědn*) | noneg
(za|my) to ~1 (nemůžeme|neručíme|neručí|neodpovídáme) | noneg
za (to|tohle|škod*|zpoždění|ztrát*|poškození|vad*|chyb*|výpadek|výpadky|nedoručení) ~2 (nemůžou|neruč*|neodpovídá*|neodpovídají|nezodpovídá*|nezodpovídají) | noneg
(neodpovídá*|neodpovídají|neručí*|neručíme|nezodpovídá*|nezodpovídají|nemůžeme) za (to|škod*|zpoždění|ztrát*|poškození|vad*|chyb*|výpadek|výpadky|nic) | noneg
(neneseme|nenese|nenesou) ~2 (odpovědnost|zodpovědnost|vinu) | noneg
nespadá ~3 pod | noneg
to nespadá | noneg
nespadá ~2 do ~2 kompetenc* | noneg
(nemáme|nemají|nemám) ~2 na starosti | noneg
(věc|problém|chyba|starost|záležitost) ~3 ne (jejich|naše|náš|jeho|její) | noneg
nikdo za ~1 nic ~1 (nemůže|nemůžou|nemohou) | noneg
(prý|že|tvrdí*|tvrdil*|podle) ~4 (můžu|mohu|můžeme|můžete) ~1 (já|sám|sama|my|vy)
(prý|prej|údajně|tvrdil*|tvrdila|tvrdili|tvrdí|podle|vyčítal*|vyčítala|vyčítali|obvinil*) ~4 (špatně|nesprávně|chybně|blbě|neodborně) ~1 (zadal*|zadala|vyplnil*|vyplnila|nastavil*|nastavila|napsal*|napsala|zapojil*|zapojila|použil*|použila|zvolil*|zvolila|vybral*|vybrala|objednal*|objednala|zaplatil*|zaplatila|zadával*|zadávala|vyzvedl*|uložil*|uložila)
(tvrdí|tvrdil|tvrdila|tvrdili) ~12 (zase|naopak) ~1 (že|ze)
(tvrdí|tvrdil|tvrdila|tvrdili) ~1 (že|ze) ~10 (že|ze) ~2 (kurýr*|sklad*|prodejn*|pobočk*|dopravc*|přepravc*|výrobc*|servis*|dodavatel*|obchod*|banka|banky|pošta|technik*|centrál*)
(zbavuj*|zbavují|zbavoval*|zbavil*|zbavila|zbavili) ~3 (odpovědnost*|zodpovědnost*|viny|problému)
(musí|má|mají|musíte|musíš) ~1 (řešit|vyřešit|vyřídit|reklamovat) ~1 (servis|prodejna|výrobce|dopravce|přepravce|kurýr|dodavatel|pojišťovna|distributor|banka|pošta)
+ operátorka mi řekla, že je to prý moje chyba
+ svedli to na kurýra a dál to neřešili
+ prý za to může dopravce, ať to řeším s ním
+ tvrdili, že jsem to rozbil sám
+ to neni nase chyba, reklamujte to u vyrobce
+ chyba je na vaší straně, řekla mi
+ prodejna tvrdí, že to ztratil dopravce, dopravce tvrdí, že prodejna
+ reklamaci zamítli, že jde o vadu způsobenou uživatelem
+ servis a prodejna se navzájem odkazují jeden na druhého
- byla to moje chyba, špatně jsem zadal adresu
- vaše chyba to nebyla, omlouvám se za zmatek
- kurýr přišel včas a všechno bylo v pořádku
- podal jsem stížnost na dopravce a hned ji vyřídili
# -- reported "it's my fault" with podle / prej, and "the fault is with me"
(podle|prej|prý|údajně|tvrdil*|tvrdila|tvrdili|tvrdí|říkaj*|říkal*|říkala|řekl|řekla|řekli|řeklo) ~4 (moje|moji|můj|má|mojí|mýho|mou) (chyba|vina|chybou|vinou|chybu|vinu|blbost)
(tvrd*|prý|prej|údajně|podle|říkaj*|vyčítal*|vyčítala|obvinil*|obvinila|obvinili) ~5 (chyba|vina|chybu|vinu|problém|závada|závadu|potíž) ~3 (u|na|v|ve) ~2 (mě|mne|mně|mojí|mé|moji|mého|mém|mým|mou|mýho|mym|naší|našem|našeho|zákazník*|uživatel*)
(problém|chyba|vina|závada|chybu|vinu) ~3 na (straně|strane) ~2 (mého|mé|mojí|moji|mýho|operátor*|bank*|dopravc*|přepravc*|kurýr*|výrobc*|dodavatel*|poskytovatel*|pošt*|obchodník*|prodejc*|e-shop*|eshop*|zákazník*|uživatel*|klient*) | said
uživatelsk* (chyb*|zavinění|selhání|pochybení)
# -- excuses: vymlouvat se, výmluvy
(vymlouval*|vymlouvala|vymlouvali|vymlouvá|vymlouvají|vymlouvat|vymlouvaj|výmluva|výmluvy|výmluvu|výmluvou|výmluv|výmluvám|výmluvami|výmluvách)
# -- "prý jsem zadal / nastavil / nevyzvedl ...": the customer's alleged error
(prý|prej|údajně|tvrdil*|tvrdila|tvrdili|tvrdí|vyčítal*|vyčítala|vyčítali|obvinil*|obvinila|obvinili) ~3 (jsem|jsme|sem|jste|jsi|já) ~3 (zadal*|zadala|uvedl*|uvedla|vyplnil*|vyplnila|zvolil*|zvolila|vybral*|vybrala|objednal*|objednala|nastavil*|nastavila|zapojil*|zapojila|spletl*|spletla|pokazil*|pokazila|smazal*|smazala|přehlédl*|přehlédla|zmáčkl*|zmáčkla|klikl*|klikla|poslal*|poslala|zaplatil*|zaplatila|nepotvrdil*|nepotvrdila|nezkontroloval*|nezkontrolovala|nevyzvedl*|nevyzvedla|nepřevzal*|nepřevzala|nebyl*|nebyla|neotevřel*|neotevřela|nezvedal*|nezvedala|nereagoval*|nereagovala|nenahlásil*|nenahlásila|neaktualizoval*|nestáhl*|nestáhla|nevypnul*|nevypnula|přetížil*|přetížila|upadl*|upadla|spadl*|spadla|musel|musela|měl|měla)
(prý|prej|údajně|tvrdil*|tvrdila|tvrdili|tvrdí|sdělen*|sděleno|řečeno|vyčítal*|vyčetl*|odepsal*|napsal*|napsali|odpověděl*|odpověděli) ~3 (jsem|jsme|sem|jste) ~3 (špatn*|chybn*|nesprávn*|neplatn*|nekompletn*|neúpln*|pozdě|pozde)
# -- hypothetical blame: "had you been home, the courier would have delivered"
(prý|prej|že|ze|řekl|řekla|řekli|řeklo|tvrdil*|tvrdila|tvrdili|vyčítal*|vyčítala) ~2 (kdybych|kdybyste|kdybychom|kdyby|kdybysme) ~4 (byl*|byla|byli|bejval*|zvedl*|zvedla|vyzvedl*|vyzvedla|zaplatil*|zaplatila|přečetl*|přečetla|četl*|četla|hlídal*|hlídala|zkontroloval*|zkontrolovala|nahlásil*|nahlásila|zavolal*|zavolala|přišel|přišla|otevřel*|otevřela|dával*|dávala|používal*|používala|objednal*|objednala|zadal*|zadala|reagoval*|reagovala) | noneg
# -- pushed onto carriers and shops by name; tossed back and forth
(hodil|hodila|hodili|shodil*|shodila|shodili|shazuj*|shazoval*|shazovala|házeli|házejí|hází|házel|házela|přehodil*|přehodila|přehodili|přehazuj*|přehazoval*|svalil|svalila|svalili) (to|vinu|odpovědnost|zodpovědnost|chybu|problém|všechno|celé) ~2 na
(hodil*|hodila|hodili|shodil*|shodila|shodili|shazuj*|shazoval*|házel*|hází|házejí|svedl*|svedla|svedli|sváděl*|svádí|svádějí|svalil*|svalila|svalili|ukazoval*|ukazovala|ukazovali|ukazují|ukazuje) ~3 na ~1 (ppl|dpd|gls|dhl|ups|zásilkovn*|balíkovn*|wedo|geis|toptrans|česk*|e-shop*|eshop*|obchod*|prodejn*|prodejc*|operátor*|poskytovatel*|mou|moji|mojí|mého|mě|mne|počasí|covid*|dopravu|provoz|brigádník*|nováčk*|kolegu|kolegyni|kolegy|ranní|noční|předchozí*|jiné*)
ukaz* prstem ~2 na
(umyl*|umyla|umyli|myje|myjí|myjou) ~2 ruce
ruce si ~1 (umyl*|umyla|umyli|myje|myjí|myjou)
alibist*
hork* bramb* | weight=0.5
(každý|každej|jeden|oba|obě) ~4 (odkazuj*|odkazoval*|ukazuj*|ukazoval*|svádí|sváděl*|házel*|hází|tvrdí|tvrdil*) ~3 na (druh*|ostatní)
# -- "sort it out with the manufacturer / courier"
(ať|prý|prej|mám|máme|máte|musím|musíte|musel|musela|abych|abyste|že|ze) ~4 (řeš*|vyřeš*|vyřiď*|vyřídi*|reklam*|stěžova*|stěžuj*|kontakt*|obrátit|obrátil|obrátím|obraťte|domluv*|dohodn*|vymáh*|vymoh*|dohad*|kontaktova*|ozvat|ozvu) ~3 (u|s|se|na|do) ~1 (kurýr*|dopravc*|přepravc*|výrobc*|dodavatel*|distributor*|pošt*|bank*|ppl|dpd|gls|dhl|ups|zásilkovn*|pojišťovn*|dovozc*|servis*|operátor*|poskytovatel*|prodejc*|obchod*|e-shop*|eshop*|majitel*|správc*|pronajímatel*)
(to|tohle|škoda|reklamace|chyba|poškození|ztráta|zpoždění) jde za ~1 (kurýr*|dopravc*|přepravc*|výrobc*|dodavatel*|poštou|vámi|bankou|servisem|prodejcem)
# -- "because of your bank / the courier", said by staff
(prý|prej|tvrdí|tvrdil*|tvrdila|tvrdili|údajně|podle|vymlouv*) ~6 (kvůli|vinou|chybou|díky) ~3 (kurýr*|dopravc*|přepravc*|výrobc*|dodavatel*|distributor*|pošt*|bank*|bance|ppl|dpd|gls|dhl|zásilkovn*|sklad*|vaší|mé|mojí|mého|moji|kolegy|kolegyně|brigádník*)
+ podle technika je to prý moje chyba
+ tvrdila, že chyba je u mě v routeru
+ problém je prý na straně mého operátora
+ vymlouvali se na počasí a na nemocné řidiče
+ prý jsem zadal špatné číslo popisné
+ dispečer řekl, že kdybych byl doma, kurýr by to doručil
+ eshop to hodil na PPL a PPL zase na eshop
+ obchod si nad tím umyl ruce
+ ať si to prý vyřeším s výrobcem
+ prý se to zdrželo kvůli mé bance
- podal jsem na dopravce stížnost, protože balík rozbil
- sám jsem to s výrobcem vyřešil během dne
- vymluvila jsem si termín na pondělí
# -- "go to the manufacturer", "it has nothing to do with us"
(jít|zajít|zajděte|jděte|jdi|jdu|zajdu|obrátit|obraťte|mám|máte|musím|musíte) ~2 za ~1 (výrobc*|dopravc*|přepravc*|kurýr*|prodejc*|dodavatel*|servis*|bankou|poštou|pojišťovn*|distributor*|dovozc*|obchodník*|operátor*|majitel*|správc*)
(s|se) (tím|tímhle) ~1 nic ~1 (nemají|nemáme|nemaj|neměli) | noneg
nic ~2 (s|se) (tím|tímhle) ~1 (nemají|nemáme|nemaj|nemá|neměli) | noneg
+ operátor tvrdil, že chyba je v mém telefonu
+ na prodejně mi řekli, ať jdu za výrobcem, že oni s tím nic nemají
+ všechno shodili na nového kolegu
- s tím nic nemám, jen jsem se ptal
# -- "according to the service centre I soaked the phone"
podle ~2 (technik*|servis*|prodejc*|prodavač*|prodejn*|operátor*|operátork*|reklamačn*|oddělení|posudk*|výrobc*|firmy|nich|něj|ní|jejich|obchod*|e-shop*|eshop*|dopravc*|kurýr*|pojišťovn*|banky) ~3 (jsem|jsme|sem|jste) ~4 (namočil*|namočila|utopil*|utopila|upustil*|upustila|rozbil*|rozbila|poškodil*|poškodila|zničil*|zničila|polil*|polila|přetížil*|přetížila|ohnul*|ohnula|spálil*|spálila|zanedbal*|zanedbala|nevyzvedl*|nevyzvedla|zadal*|zadala|nastavil*|nastavila|zapojil*|zapojila|pokazil*|pokazila|nosil*|nosila|používal*|používala|prala|pral|sušil*|sušila|nabíjel*|nabíjela|škrábl*|škrábla|poškrábal*|poškrábala|zlomil*|zlomila|spadl*|spadla|upadl*|upadla)
+ podle servisu jsem telefon namočil, což není pravda
- podle návodu jsem to zapojil a funguje to
# -- "it's always someone else's fault", "the fault is elsewhere"
na (vině|vine) ~3 (někdo|jiný|jiná|jiní|ostatní|kurýr*|dopravc*|přepravc*|výrobc*|sklad*|systém*|pošt*|bank*|počasí|zákazník*|dodavatel*|centrál*|kolega|kolegyně|brigádník*)
(někdo|každý|vždycky|vždy) ~2 jiný ~2 na (vině|vine)
(vina|chyba|vinu|chybu) ~3 (někoho|ostatních|druhých|všech) ~1 (jiného|jinýho|jiných|ostatních)
(vina|chyba|problém) ~2 (je|byla|byl) ~2 (vždycky|vždy|prý|prej|údajně) ~1 jinde
# -- staff deny responsibility: "we are not responsible", "not up to us"
(to|tohle) ~2 (nejde|není) ~2 za (námi|nimi|ním|ní) | noneg
(vymlouval*|vymlouvala|vymlouvali|vymlouvá|vymlouvají|výmluvy|výmluvu|výmluvami|výmluva) ~4 na
+ vždycky je na vině někdo jiný, jednou sklad, podruhé kurýr
+ takže je to prý moje chyba, že balík nepřišel
+ vymlouvali se na výpadek systému
- takže to byla moje vina, špatně jsem zadal adresu
- uznávám, že chyba byla na mé straně
- byla to moje chyba, zapomněl jsem heslo
# -- "he can't help it / it's not his fault": za to nemůže (singular, reported)
(že|ze|prý|prej|on|ona|oni|my|tvrdil*|tvrdila|tvrdili|tvrdí|odsekl*|odsekla) ~2 za (to|tohle|zpoždění|chybu|chyby|výpadek|problém|nic) ~1 (nemůže|nemohl|nemohla|nemohli|nemůžeme|nemůžu|nemohu|nemůžem) | noneg
(že|ze|prý|prej|on|ona|oni|my|tvrdil*|tvrdila|tvrdili|tvrdí) ~2 (nemůže|nemohl|nemohla|nemohli|nemůžeme|nemůžou|nemohou) za (to|tohle|zpoždění|chybu|chyby|výpadek|problém|nic) | noneg
# -- "allegedly X caused it": any subject after a reported cue
(prý|prej|údajně|tvrdí|tvrdil*|tvrdila|tvrdili|vymlouval*|vymlouvala|vymlouvali) ~4 (způsobil*|způsobila|zavinil*|zavinila|zapříčinil*|zapříčinila|zapříčinili)
# -- "it's my problem" as quoted from staff
(tak|takže|prý|prej|tvrdil*|tvrdila|tvrdili|odsekl*|odsekla) ~1 (je|to) ~1 (můj|mýho|muj|myho) (problém|problem|starost)
# -- "the fault is in the pharmacy / in the system", reported
(tvrdí|tvrdil*|tvrdila|tvrdili|prý|prej|údajně) ~3 (chyba|vina|problém|závada|chybu) ~2 (je|byla|bude|leží) ~1 (v|ve|u|na) ~1 (lékárn*|obchod*|prodejn*|pobočk*|systém*|sítí|síti|centrál*|skladu|eshop*|e-shop*|bance|bank*|poště|servis*|výrob*|restaurac*|kuchyn*|nás|vás|mě|mně|vaší|vašem|vašeho)
# -- "allegedly it isn't the operator's fault": denial with a reported cue
(prý|prej|údajně|tvrdí|tvrdil*|tvrdila|tvrdili) ~2 (není|neni|nebyla|nebyl|nejde) ~2 (chyba|vina|chybou|vinou) | noneg
# -- "it's the business of another department / the supplier"
(je|to) ~1 (věc|vec|záležitost|zalezitost|starost|parketa|práce|problém) (obchodního|obchodniho|technického|technickeho|účetní*|ucetni*|reklamační*|jiného|jineho|jiné|výrobce|vyrobce|dopravce|kurýra|kuryra|banky|pojišťovny|servisu|prodejny|pobočky|centrály|oddělení|kolegů|dodavatele|správy|majitele|provozovatele|aplikace|přepravce|pošty|skladu|restaurace|lékaře|pronajímatele|distributora)
(musí|musejí|musej|má|mají|může|můžou) ~1 (řešit|vyřešit|vyřídit|řeší|opravit|posoudit) ~2 (oddělení|kolegové|kolegyně|centrála|výrobce|dopravce|přepravce|servis|technici|technik|banka|pojišťovna|dodavatel|distributor|správa|pošta)
+ řekl, že faktury posílá jiné oddělení a on za to nemůže
+ kompenzaci odmítla, protože prý zpoždění způsobila restaurace
+ řekl, že když neumím zacházet s aplikací, tak je to můj problém
+ doktor tvrdí, že chyba je v lékárně
+ prý to není chyba operátora, ale systému
+ technické oddělení řekne, že to je věc obchodního
+ to musí řešit technické oddělení, ne my
- prodavačka za to nemůže, byla moc milá
- byl to můj problém, zapomněl jsem si heslo
# -- "according to them I should have collected it", "my charger is at fault"
(podle|prý|prej|údajně|tvrdil*|tvrdila|tvrdili|tvrdí|vyčítal*|vyčítala|vyčítali) ~3 (jsem|sem|jsme) ~2 (měl|měla|měli|mel|mela|musel|musela) ~4 (převzít|prevzit|zabalit|lépe|líp|lip|zavolat|ozvat|počkat|reklamovat|uschovat|vyzvednout|vyzvednou|zaplatit|zkontrolovat|hlídat|vědět|nahlásit|být|byt|doma|zadat|vyplnit|objednat|odhlásit|zrušit|zabezpečit|aktualizovat|restartovat|vypnout|číst|cist|přečíst|precist)
(tvrdí|tvrdil*|tvrdila|tvrdili|prý|prej|údajně|podle) ~4 (problém|problem|závada|zavada|vada|chyba) ~2 (mého|mýho|mé|mojí|mém|meho|moji|mym|mem)
(tvrdí|tvrdil*|tvrdila|tvrdili|prý|prej|údajně|že|ze|podle) ~3 za to ~1 (zodpovídá|odpovídá|zodpovídají|odpovídají|ručí|ruci)
(prý|prej|údajně|tvrdí|tvrdil*|tvrdila|tvrdili|podle) ~4 (zpackal*|zpackala|zpackali|spískal*|spískala|spískali|zvoral*|zvorala|zvorali|zkazil*|zkazila|zkazili|zašantročil*|zašantročili|rozbili|poškodili|ztratili|pokazili)
(tvrdí|tvrdil*|tvrdila|tvrdili|prý|prej|údajně) ~4 (špatně|spatne|chybně|chybne|nesprávně|nespravne|neúplně|nečitelně) ~1 (napsan*|zadan*|vyplněn*|vyplnen*|uveden*|zabalen*|nastaven*|zapojen*|označen*|adresovan*|nainstalovan*)
(problém|problem|chyba|vina|závada|věc) ~4 ne (u|na) ~1 (nich|nás|nas|jejich|naší|straně) | noneg
(podle|prý|prej|tvrdil*|tvrdila|tvrdili|tvrdí|údajně|vyčítal*) ~3 (jsem|sem|jsme) si ~4 (sám|sama|sami|samy)
+ podle nich jsem měl balík převzít osobně
+ tvrdili, že to je problém mého internetu
+ servis tvrdí, že vada je v mém nabíječi
+ na pobočce tvrdí, že to zpackali na centrále
+ tvrdí, že problém je v aplikaci, ne u nich
+ podle operátorky jsem si tarif změnil sám
- kurýr tvrdí, že dorazí zítra, a opravdu dorazil
- problém jsme vyřešili sami, ne u vás

# -- r4: the cause is put on the customer's own equipment or set-up
# ("je to tím, že máte starý router", "problém je ve vašem prohlížeči",
# "bude to tou vaší zásuvkou", "chyba naší ústředny")
(prý|prej|tvrd*|údajně|řekl|řekla|řekli|řeklo|říkal*|sdělil*|napsal*|odpověděl*|odepsal*|opakuj*|opakoval*|vymlouv*|vysvětlil*|uvádí*|uvedl*|uvedla|uvedli) ~5 (máte|mám|máme|máš|používám|používáte|používáme) ~3 (starý|starej|starou|staré|starým|zastaral*|nekompatibiln*|neoriginální*|neoficiální*|levn*|čínsk*|slab*|neaktuáln*)
(prý|prej|tvrd*|údajně|řekl|řekla|řekli|řeklo|říkal*|sdělil*|napsal*|odpověděl*|odepsal*|opakuj*|opakoval*|vyčítal*|vyčítala|vyčítali) ~5 tím ~2 že ~2 (jste|jsem|jsme|sem|jsi|máte|mám|máme|používáte|používám|nosím|nosíte)
(prý|prej|tvrd*|údajně|řekl|řekla|řekli|řeklo|odpověděl*|sdělil*|napsal*|vymlouv*) ~4 (tou|tím) ~2 (vaší|vaším|naší|naším|mou|mojí|mým|starou|starým|tou|tím) ~1 (router*|modem*|zásuvk*|kabel*|kabelem|prohlížeč*|počítač*|notebook*|telefon*|mobil*|zařízením|elektroinstalac*|elektřinou|rozvod*|ústředn*|anténou|wifi*|sítí|jističem|nabíječk*|instalací|nastavením|připojením|tiskárn*|baterkou|baterií|kotlem|potrubím)
s tím že ~3 (tou|tím) ~2 (vaší|vaším|naší|naším|mou|mojí|mým|starou|starým|tou|tím) ~1 (router*|modem*|zásuvk*|kabel*|kabelem|prohlížeč*|počítač*|notebook*|telefon*|mobil*|zařízením|elektroinstalac*|elektřinou|rozvod*|ústředn*|anténou|wifi*|sítí|jističem|nabíječk*|instalací|nastavením|připojením|tiskárn*|baterkou|baterií|kotlem|potrubím)
(prý|prej|tvrd*|údajně|řekl|řekla|řekli|řeklo|sdělil*|napsal*|odpověděl*|opakuj*|opakoval*|uvádí*) ~5 (chyba|chybou|vina|vinou|závada|problém|porucha|poruchou) ~3 (naší|našeho|našem|naše|naši|mého|mém|mojí|moji|mé) ~1 (router*|modem*|zásuvk*|kabel*|prohlížeč*|počítač*|notebook*|telefon*|mobil*|zařízení|elektroinstalac*|rozvod*|ústředn*|antén*|wifi*|sít*|síť|jistič*|nabíječk*|instalac*|nastavení|připojení|tiskárn*|baterk*|bateri*|kotl*|kotel|potrubí|strany|straně|vin*|chyb*)
(prý|prej|tvrd*|údajně|opakuj*|opakoval*|uvádí*) ~4 (chyba|vina|problém|závada|porucha) ~2 (je|byla|bude|leží|spočívá) ~1 (v|ve|u|na) ~1 (našem|naší|našeho|mém|mojí|mé|vašem|vaší|vašeho|vaši) ~1 (router*|modem*|zásuvc*|kabel*|prohlížeč*|počítač*|notebook*|telefon*|mobil*|zařízení|elektroinstalac*|rozvod*|ústředn*|antén*|wifi*|síti|jističi|nabíječc*|instalac*|nastavení|připojení|tiskárn*|baterc*|baterii|kotli|potrubí|bytě|domě|kanceláři|firmě|síťi|straně)
# -- r4: damage put down to use, wear or handling
(běžn*|normáln*|přirozen*|nadměrn*|obvykl*) (opotřeben*)
opotřebením
(že|prý|prej|tvrd*|údajně|vyčítal*|vyčítala|vyčítali) ~3 (nosil*|nosila|používal*|používala|pral*|prala|nabíjel*|nabíjela|zatěžoval*|zatěžovala|jezdil*|jezdila) ~2 (moc|příliš|přespříliš|nadměrně|často|hodně|dlouho|intenzivně)
(nesprávn*|nevhodn*|nešetrn*|neodborn*|neopatrn*|chybn*) (čištěn*|praním|pranim|používáním|použitím|zacházením|skladováním|údržbou|manipulací|obsluhou|nošením|nabíjením|sušením|mytím|užíváním|ošetřováním|zapojením)
špatn* (čištěn*|praním|používáním|použitím|zacházením|skladováním|údržbou|manipulací|obsluhou|nošením|nabíjením|sušením|mytím|užíváním|ošetřováním)
(neničí|nevznikne|nevzniká|nestane|nestává|nepoškodí|nerozbije|neroztrhne|nepraskne|nezničí) ~3 (normálním|běžným|obvyklým|správným) ~1 (nošením|používáním|provozem|užíváním|zacházením|praním|nabíjením) | noneg
(normálním|běžným|obvyklým|správným) ~1 (nošením|používáním|provozem|užíváním|zacházením|praním|nabíjením) ~2 (neničí|nevznikne|nevzniká|nestane|nestává|nepoškodí|nerozbije|neroztrhne|nepraskne|nezničí) | noneg
# -- r4: pushed onto "the system" or a colleague
(prý|prej|tvrd*|údajně|vymlouv*|odpověděl*|odpověděla|odpověděli|řekl|řekla|řekli|řeklo|říkal*|sdělil*|napsal*|vysvětlil*|vysvětlovala) ~4 (systém|počítač|program|automat|algoritmus) ~2 (nastavil|vyhodnotil|spočítal|vygeneroval|naúčtoval|vyhodil|udělal|přidělil|rozhodl|zablokoval|strhl|vyúčtoval|počítá|dělá|nastavuje|generuje|určuje|určil|nepustí|nebere|hodil|přepočítal|zamítl)
(nastavil|vyhodnotil|spočítal|vygeneroval|naúčtoval|vyhodil|udělal|přidělil|rozhodl|zablokoval|strhl|vyúčtoval|počítá|dělá|nastavuje|generuje|určuje|určil|hodil|přepočítal) ~2 (systém|počítač|program|automat|algoritmus) | said
(prý|prej|že|tvrd*|údajně|vymlouv*) ~4 (měl|měla|měli|má|mají) ~2 (řešit|vyřídit|vyřizovat|zpracovat|zařídit|poslat|odeslat|zadat|udělat|zkontrolovat|objednat|na) ~3 (kolega|kolegyně|kolegové|předchůdce|předchůdkyně|brigádník|nováček|jiný|jiná|jiné|oddělení|centrála|pobočka|dopravce|výrobce|kurýr)
(prý|prej|že|tvrd*|údajně|vymlouv*) ~3 (kolega|kolegyně|kolegové|kolegu|kolegyni|předchůdce|předchůdkyně|brigádník|brigádníci|nováček|nováčci|nováčka) ~4 (zapomněl*|nestihl*|zpackal*|pokazil*|spletl*|nezadal*|nepředal*|neposlal*|zkazil*|ztratil*|zanedbal*|přehlédl*|vyřizoval*|měl|měla|měli|chybu|chyba|zapsal*|zadal*|neodeslal*|nevyřídil*)
# -- r4: a third party "answers for" the damage; "podle nich za to může ..."
(že|prý|prej|tvrd*|údajně|podle|uvádí*|uvádějí|uvedl*|uvedla|uvedli|sdělil*|sdělila|sdělili|napsal*|napsala|napsali|odpověděl*|odpověděla|odpověděli|odpověď|řekl|řekla|řekli|řeklo|opakuj*|vysvětlil*|vysvětlila|vymlouv*) ~4 za ~3 (odpovídá|zodpovídá|ručí|odpovídají|zodpovídají|ručit|odpovídat) ~2 (kurýr*|dopravc*|přepravc*|výrobc*|dodavatel*|subdodavatel*|distributor*|pošta|sklad*|banka|technik*|montážní*|servis*|prodejc*|obchodník*|pojišťovn*|majitel*|pronajímatel*|správ*|zákazník*|uživatel*|odesílatel*|kupující)
(že|prý|prej|tvrd*|údajně|podle|uvádí*|uvádějí|uvedl*|uvedla|uvedli|sdělil*|sdělila|sdělili|napsal*|napsala|napsali|odpověděl*|odpověděla|odpověděli|odpověď|řekl|řekla|řekli|řeklo|opakuj*|vysvětlil*|vysvětlila|vymlouv*) ~4 (kurýr*|dopravc*|přepravc*|výrobc*|dodavatel*|subdodavatel*|distributor*|pošta|sklad|banka|pojišťovn*|odesílatel*|zákazník|kupující) ~2 (odpovídá|zodpovídá|ručí|odpovídají|zodpovídají) ~1 za
podle (nich|něj|ní|jich|technika|techniků|servisu|prodejce|prodavače|prodavačky|operátora|operátorky|firmy|obchodu|e-shopu|eshopu|dopravce|kurýra|banky|pojišťovny|výrobce|montéra|montérů|vedoucího|vedoucí|reklamačního|reklamačky) ~5 (chyba|vina|chybou|vinou|zavinil*|zavinila|způsobil*|způsobila|může|můžou|mohl|mohla|mohli|nese|nesou)
za ~4 (může|můžou|mohou|mohl*|mohla|mohli) ~2 (předchozí*|bývalý|bývalá|původní|soused*|instalatér*|elektrikář*|zedník*|montér*|stavební*|developer*|nájemník*|předchůdce|zloděj*)
+ technik tvrdí, že je to tím, že máme starý router
+ prý to bude tím vaším routerem, ne naší sítí
+ podpora opakuje, že problém je ve vašem prohlížeči
+ servis uvádí, že chyba je v mém telefonu
+ tvrdí, že je to chyba naší ústředny
+ reklamaci odmítli, že je to prý běžné opotřebení
+ prý vznikla nesprávným čištěním
+ tohle se prý normálním nošením nezničí, říkali
+ operátor řekl, že to tak nastavil systém
+ prý to vyúčtoval automat a oni s tím nemají nic společného
+ řekli mi, že to měl řešit kolega, který už tu nepracuje
+ prý kolega zapomněl objednávku odeslat
+ napsali, že za vadu odpovídá přepravce
+ podle nich za to může předchozí majitel
+ podle technika je chyba v elektroinstalaci
- zkusil jsem jiný prohlížeč a problém zmizel, moje chyba
- máte starý ceník na webu
- za škodu odpovídá prodávající, to je přece zákon
- systém mi zablokoval kartu a banka ji hned odblokovala
- myslím, že je to tím mým starým telefonem, zkusím jiný
- za dopravu odpovídá kurýr, to chápu, a doručil včas
# -- r4 (brainstorm): "ať si to příště líp pohlídám", damp, "moje banka", excuses
(ať|abych|abyste|prý|prej|vyčítal*|vyčítala|poradil*|poradila|doporučil*|doporučila) ~3 (příště|priště) ~3 (líp|lépe|víc|pořádně|pozorněji|bedlivěji|radši) ~2 (pohlídám|ohlídám|zkontroluju|zkontroluji|přečtu|hlídám|pohlídat|hlídat|kontrolovat|zkontrolovat|číst|přečíst|pohlídal|pohlídala|dávám|dával|dávala|zabalím|zabalit)
(způsoben*|zaviněn*|zapříčiněn*|vyvolán*) ~2 (mým|mou|mojí|naším|naší|mými|našimi|vaším|vaší|vašimi)
vystaven* ~2 (vlhk*|vlhkosti|vodě|tekutin*|nárazu|nárazům|mrazu|teplot*|přepětí)
(vyhovar*|vyhovár*|vyhovor*)
(tvrd*|prý|prej|údajně|podle) ~5 (moje|můj|má|mojí|mé|naše|náš|naši) (banka|pošta|pojišťovna|operátor|poskytovatel|dodavatel|e-shop|eshop|kurýr|firma|kancelář|účetní|kolega|soused|instalatér|elektrikář|manžel|manželka|syn|dcera)
(starosti|věc|záležitost|problém|chyba|vina|starost) ~1 ne (ona|on|oni|my|já|nás|jejich|naše|náš|jeho|její) | noneg
+ slečna mi řekla, ať si to příště líp pohlídám
+ prý je to způsobeno mým antivirem
+ servis napsal, že přístroj byl vystaven vlhku
+ vyhovarovali se na covid a nedostatek lidí
+ oni tvrdí, že platbu neodeslala moje banka
+ dispečerka tvrdila, že řidič to měl na starosti, ne ona
- příště si to líp pohlídám, ponaučení pro mě
- moje banka platbu odeslala včas
# -- r4 round 2: passive diagnoses, "vyčetli mi", "s tím nic nemá", one department to the other
(neodborně|nešetrně|násilně) ~1 (otevřen*|rozebrán*|zapojen*|opraven*|manipulován*|poškozen*|skladován*|použit*|používán*|vyprán*|nabíjen*|upraven*|otevírán*|rozdělán*|sundán*)
(vyčetl*|vyčetla|vyčetli|vyčítá*|vyčítaj*)
(že|prý|prej|tvrd*|údajně|podle|uvádí*|uvádějí|uvedl*|uvedla|uvedli|sdělil*|sdělila|sdělili|napsal*|napsala|napsali|odpověděl*|odpověděla|odpověděli|odpověď|řekl|řekla|řekli|řeklo|opakuj*|vysvětlil*|vysvětlila|vymlouv*) ~4 za ~3 (odpovídá|zodpovídá|ručí|odpovídají|zodpovídají) ~3 (přeprav*|společnost|firma|dopravní*|kurýrní*|logistick*)
(prý|prej|tvrd*|že|údajně) ~3 (si|sis) ~1 o (to|tohle) ~1 (řekl|řekla|řekli|řeklo|koledoval*|koledovala)
na starosti ~3 (druh*|jin*|ostatní)
(výrobc*|dodavatel*|dovozc*|distributor*|kurýr*|dopravc*|přepravc*|centrál*|pobočk*|oddělení|sklad*|banka|pošta|on|ona|oni) ~6 (s|se) (tím|tímhle) ~1 nic ~1 (nemá|nemají|nemaj|neudělá|neudělají|nenadělá) | noneg
(prý|prej|tvrd*|údajně|odpověď|odpověděl*|odpověděla|odpověděli|napsal*|sdělil*|sdělila|sdělili) ~4 (chybu|chyba|chybou) ~2 (udělal*|udělala|udělali|způsobil*|zavinil*|zavinila|je|byla) ~2 (pobočk*|centrál*|sklad*|kurýr*|dopravc*|přepravc*|výrobc*|dodavatel*|kolega|kolegyně|technik*|banka|pošta|prodejn*|obchod*|oddělení|brigádník*)
(prý|prej|tvrd*|údajně) ~3 (jim|nám|ostatním|nikomu|jiným) ~2 (nestává|nestalo|nestane|nedělá|funguje)
(prý|prej|tvrd*|údajně|vyčetl*|vyčítal*|obvinil*|obvinila|obvinili) ~3 (jsem|jsme|sem|jste|jsi) ~3 (zrušil*|zrušila|objednal*|odhlásil*|odhlásila|stornoval*|změnil*|změnila|přepsal*|potvrdil*|potvrdila|odmítl*|odmítla|souhlasil*|souhlasila|podepsal*|podepsala|aktivoval*|aktivovala|lhal*|lhala|zmáčkl*|zmáčkla|klikl*|klikla|nepřišel|nepřišla|nedorazil*|nepřevzal*|nepřevzala|neotevřel*)
+ technik konstatoval, že zařízení bylo neodborně otevřeno
+ bylo mi sděleno, že za zpoždění odpovídá výhradně přepravní společnost
+ tvrdili mi do očí, že jsem si o to řekl sám
+ každé oddělení tvrdí, že to má na starosti to druhé
+ vyčetli mi, že jsem nepřišel včas
+ prodejce tvrdí, že jde o vadu od výrobce a on s tím nic neudělá
+ dostala jsem odpověď, že chybu udělala pobočka
+ pry se jim to nestava, urcite jsem neco zmackla
+ tvrdili, že jsem sám zrušil objednávku
- kurýrní společnost doručila včas a bez problémů
- objednávku jsem zrušil sám a peníze přišly hned
# -- r4 round 3 (no diacritics, slang)
(tvrd*|prý|prej|údajně|řekl|řekla|řekli|řeklo|odpověděl*) ~4 (vinou|chybou) (špatn*|nesprávn*|nevhodn*|neodborn*|nešetrn*|chybn*)
(vyhodil*|vyhodila|vyhodili|shodil*|shodila|shodili) (to|vinu|všechno|chybu) ~1 na
+ technik tvrdil ze to je vinou spatneho zapojeni u nas doma
+ vyhodili to na me, ze sem nepodepsal predavaci protokol
- vyhodili mě z práce, tak platím později
# -- r5 (systematic map): a reported cue + a cause put on the customer's home,
# equipment, pets, or own use ("kvůli našim zdem", "protože máme křivou podlahu")
(prý|prej|údajně|tvrdi*|trval|trvala|trvali|trvalo|řekl|řekla|řekli|řeklo|rekl|reklo|rekla|rekli|sdělil*|sdělila|sdělili|sděleno|napsal*|napsala|napsali|odpověděl*|odpověděla|odpověděli|odpověď|oznámil*|oznámila|oznámili|prohlásil*|prohlasil*|prohlásila|prohlásili|konstatoval*|konstatováno|vysvětlil*|vysvětlila|opakoval*|odsekl*|odsekla|odvětil*|odvětila|podle|dle|posudk*|posudek|vyjádření) ~8 (kvůli|kvuli|příčinou|pricinou|způsobuje|způsobují|způsobil*|způsobila|způsoben*) ~3 (naš*|vaš*|moj*|mým|mou|mé|mého|mém|mýho|mym|němu|ní|jeho|její|jejímu|jejich|mně|vám|nám|jemu|starý|starej|starou|starým|staré|tvrd*|nedostatečn*|slab*|křiv*|vlhk*|nekvalitn*|nevhodn*|nerovn*|zastaral*)
(prý|prej|údajně|tvrdi*|trval|trvala|trvali|trvalo|řekl|řekla|řekli|řeklo|rekl|reklo|rekla|rekli|sdělil*|napsal*|odpověděl*|oznámil*|prohlásil*|prohlasil*|vysvětlil*|podle|dle) ~8 (protože|protoze|jelikož|jelikoz|poněvadž) ~1 (máme|máte|mám|mame|mate|mam|nemám|nemáme|nemáte) ~3 (křiv*|star*|slab*|vlhk*|nekvalitn*|nevhodn*|špatn*|spatn*|nerovn*|tvrd*|mal*|úzk*|zastaral*|levn*|čínsk*|dost|moc|příliš)
(prý|prej|údajně|tvrdi*|řekl|řekla|řekli|řeklo|sdělil*|napsal*|odpověděl*|oznámil*|prohlásil*|prohlasil*|podle|dle) ~6 (prokousl*|překousl*|rozkousal*|okousal*|prokous*|poškrábal*|rozbil*|shodil*) ~2 (kočka|kocka|kocour|pes|psík|dítě|dite|děti|deti|myš|myši|kuna|křeček|syn|dcera|manžel|manželka)
(prý|prej|údajně|tvrdi*|řekl|řekla|řekli|řeklo|sdělil*|napsal*|odpověděl*|oznámil*|prohlásil*|prohlasil*|podle|dle) ~3 (nemám|nemáme|nemáte|mám|máme|máte) ~1 dost ~2 (siln*|výkonn*|vykonn*|rychl*|kvalitn*|velk*|nov*) | noneg
(protože|protoze|jelikož|prý|prej|pry|tvrdi*|řekl|řekla|řekli|řeklo|rekl|reklo|rekla|rekli|vyčítal*|vyčetl*|prohlásil*|prohlasil*) ~3 (jsem|sem|jste|jsme) ~3 (dával*|dávala|cpal*|nosil*|nosila|používal*|používala|pral*|prala|nabíjel*|zatěžoval*|přetěžoval*|sušil*) ~4 (moc|příliš|přespříliš|nadměrně|často|hodně|dlouho|intenzivně|dešti|desti|vodě|mrazu)
# -- r5: "you should have been at home", "dostala jsem odpověď, že jsem měla ..."
(odpověď|odpoved|odpověděl*|odpověděla|odpověděli|napsal*|napsala|napsali|sdělil*|sdělila|sdělili|sděleno|oznámil*|oznámila|oznámili|vysvětlil*|vysvětlila|konstatoval*|prohlásil*|řekl|řekla|řekli|řeklo|rekl|reklo|rekla|rekli) ~3 (že|ze) ~1 (jsem|sem|jsme|jste) ~1 (měl|měla|měli|mel|mela|meli|musel|musela) ~4 (být|byt|doma|převzít|prevzit|zkontrolovat|přečíst|precist|hlídat|vyzvednout|zavolat|nahlásit|počkat|reklamovat|uschovat|zaplatit|vědět|dávat|objednat|zadat|vyplnit|zabalit)
# -- r5: the damage "arose only at my place"
(prý|prej|pry|údajně|tvrdi*|trval|trvala|trvali|trvalo|že|ze|podle|dle) ~8 (vzniklo|vznikla|vznikl|vznikly|nastalo|nastala|nastal|stalo) ~3 až ~2 (u|po|při|pri) ~1 (mě|mne|me|vás|nás|převzetí|prevzeti|doručení|doruceni|předání|instalaci|montáži|vybalení|používání)
# -- r5: more third parties: drivers, importers, other customers, the weather
(že|ze|prý|prej|tvrdi*|řekl|řekla|řekli|řeklo|dle|podle|vyjádření|odpověď) ~4 (způsobil*|zavinil*|zavinila|zdržel*|zdržela|poškodil*|poškodila|ztratil*|ztratila|pokazil*|rozbil*|rozbila|zapříčinil*) ~2 (řidič*|ridic*|doručovatel*|pošťák*|postak*|listonoš*|dispečer*|skladník*|dopravní|přepravní|kurýrní|spediční|logistick*|subdodavatel*|dovozc*|importér*|montér*)
(že|ze|prý|prej|tvrdi*|podle|dle|napsal*|odpověděl*|uvedl*|sdělil*|odpověď) ~4 za ~3 (odpovídá|zodpovídá|ručí|odpovídají|zodpovídají) ~2 (dovozc*|importér*|distributor*|subdodavatel*|řidič*|doručovatel*|stavební*|developer*|provozovatel*|správc*)
(nese|nesou|neseme|nést) ~2 (odpovědnost|zodpovědnost|vinu) ~3 (výrobc*|dodavatel*|subdodavatel*|dovozc*|importér*|dopravc*|přepravc*|kurýr*|distributor*|pošta|banka|pojišťovn*|zákazník|zákazníci|kupující|uživatel*)
(výrobc*|dodavatel*|subdodavatel*|dovozc*|importér*|dopravc*|přepravc*|kurýr*|distributor*|pošta|banka|pojišťovn*|zákazník|kupující|uživatel) ~2 (nese|nesou) ~2 (odpovědnost|zodpovědnost|vinu)
(to|vinu|odpovědnost|zodpovědnost|chybu|problém|všechno|vše) (přehodil*|přehodila|přehodili|hodil*|hodila|hodili|shodil*|shodila|shodili|svalil*|svalila|svalili|svedl*|svedla|svedli|házejí|hází|přehazuj*) ~1 na
(poslal*|poslala|poslali|posílá*|posílaj*|odkázal*|odkázala|odkázali|odkazuj*) ~2 (za|na) ~1 (výrobc*|dopravc*|přepravc*|kurýr*|prodejc*|dodavatel*|dovozc*|distributor*|pojišťovn*)
(každý|každej|kazdy|kazdej|jeden|oba|obě|obe) ~4 (odkazuj*|odkazoval*|ukazuj*|ukazoval*|svádí|sváděl*|házel*|hází|hazi|tvrdí|tvrdil*|hážou|hazou) ~3 na ~1 (druh*|ostatní|toho)
(prý|prej|údajně|tvrdi*|trval|trvala|trvali|trvalo|řekl|řekla|řekli|řeklo|rekl|reklo|rekla|rekli|sdělil*|napsal*|odpověděl*|oznámil*|vysvětlil*|podle|dle|vymlouv*) ~6 (protože|protoze|jelikož|poněvadž|kvůli|kvuli) ~3 (banka|banky|bance|bank*|kurýr*|kuryr*|pošta|pošty|poště|dopravc*|přepravc*|výrobc*|dodavatel*|subdodavatel*|řidič*|ridic*|sklad*|centrál*|kolega|kolegyně|kolegové|kolegy|jiní|jini|ostatní|ostatni|další|sněh*|snih*|sníh|počasí|pocasi|dešt*|déšť|dest|mraz*|bouřk*|vichřic*|náledí|kalamit*|zácp*|zacp*|kolon*|nehod*|provoz*|epidemi*|chřipk*|covid*|stávk*|stavk*|sezón*|sezon*|svátk*)
(prý|prej|údajně|tvrdi*|trval|trvala|trvali|trvalo|řekl|řekla|řekli|řeklo|sdělil*|napsal*|odpověděl*|oznámil*|podle|dle) ~8 (protože|protoze|jelikož|poněvadž|kvůli|kvuli) ~2 (moje|moji|mojí|můj|mé|mého|mým|mou|vaše|vaši|vaší|váš|vašeho|vaším)
(hájil*|hájila|hájili|hájí|hajil*|obhajoval*|obhajovala|obhajovali|omlouval*|omlouvala|omlouvali|argumentoval*) ~2 tím ~1 (že|ze)
(prý|prej|údajně|tvrdi*|trval|trvala|trvali|trvalo|řekl|řekla|řekli|řeklo|sdělil*|napsal*|odpověděl*|oznámil*|podle|dle) ~4 (chyba|vina|chybou|vinou|problém|problem) ~1 (kolegy|kolegyně|kolegů|kolegyň|pobočky|centrály|technika|techniků|řidiče|ridice|rozvozu|kuchyně|kuchyne|recepce|cestovky|kurýrní*|dopravní*|montéra|montérů|skladníka|skladu|subdodavatele|dovozce|ajťáků|IT|brigádníka|brigádníků|provozovatele|správce|dodavatele|ranní|noční|předchozí|minulé)
(chyba|vina|problém|závada|porucha|chybu|vinu) ~3 (prý|prej|pry|údajně) ~4 (u|na|v|ve) ~2 (mě|mne|mně|me|mé|mojí|moji|mého|mém|naší|našem|nasi|nasem|počítač*|pocitac*|systém*|system*|bance|poště|kurýr*|dopravc*|výrob*)
(je|to|jsou) ~1 (věc|vec|záležitost|zalezitost|starost|parketa|práce|prace) (technick*|obchodn*|účetn*|ucetn*|reklamačn*|reklamacn*|jinýho|správce|spravce|majitele|provozovatele|dispečinku|centrály|centraly|IT|ajťáků|kolegů|kolegyně|subdodavatele|dovozce|výrobce|vyrobce)
(prý|prej|údajně|tvrdi*|řekl|řekla|řekli|řeklo|rekl|reklo|rekla|rekli|sdělil*|napsal*|odpověděl*|podle|dle) ~6 (jejich|jeho|její|jeji) (starost|věc|vec|parketa|záležitost|zalezitost|odpovědnost|zodpovědnost)
za ~3 (mohla|mohl|mohli|může|můžou|mohou) ~3 (podle|dle)
za ~3 (prý|prej|pry|údajně|podle|dle) ~3 (odpovídá|zodpovídá|ručí|odpovídají|zodpovídají|může|můžou|mohou) ~2 (dovozc*|importér*|distributor*|subdodavatel*|řidič*|doručovatel*|výrobc*|dodavatel*|dopravc*|přepravc*|kurýr*|pošta|banka|pojišťovn*|sklad*|kupující|zákazník)
(odpovědnost|zodpovědnost|vinu) ~1 (nese|nesou) ~2 (výrobc*|dodavatel*|subdodavatel*|dovozc*|importér*|dopravc*|přepravc*|kurýr*|distributor*|pošta|banka|pojišťovn*|zákazník|zákazníci|kupující|uživatel*)
(hážou|hazou|házejí|hazeji|hází|hazi|svádějí|svadeji|odkazují|odkazuji|ukazují|ukazuji) ~3 (každý|každej|kazdy|kazdej|navzájem|navzajem) ~2 na ~1 (druh*|toho|ostatní)
+ technik tvrdil, že wifi padá kvůli našim silným zdem
+ montér řekl, že dveře drhnou, protože máme nerovnou podlahu
+ údajně nemáte dost silný jistič, proto to vypadává
+ servis prohlásil, že hadici prokousla kočka
+ dostali jsme odpověď, že jsme měli být v době doručení doma
+ prý oni to zabalili dobře a poškození vzniklo až u mě
+ obchod tvrdí, že krabici rozbil řidič přepravní společnosti
+ za závadu prý odpovídá dovozce, ne prodejna
+ odpovědnost nese výhradně dopravce, stálo v odpovědi
+ obchod to přehodil na dopravce
+ banka i eshop hážou vinu každý na toho druhého
+ prý to zdrželo kvůli sněhové kalamitě, ale nikde nesněžilo
+ strhli to dvakrát a prý kvůli mé kartě
+ dispečerka se hájila tím, že byla zácpa
+ podle vedoucí je to chyba ranní směny
+ závada je prý u mě v síti, tvrdili
+ to je vec technickyho oddeleni, at jim napisu
+ prý je to jejich starost, my už jsme to odeslali
+ za zpoždění mohla podle nich chřipka
- technik mi vysvětlil, že wifi padá kvůli rušení od souseda, a hned nám přenastavil kanál
- kočka nám prokousla kabel, tak jsem koupil nový
- poškození vzniklo až u mě, když jsem krabici upustil
# -- r5: "not up to us", "nothing to do with me", "do toho mi nic není", "řešte si to jinde"
(to|tohle) ~1 (není|neni|nebylo) ~1 na (nás|nas|nich|ní|ni|něm|nem|mně|mne) | noneg
(nemá|nemají|nemaj|nemáme|nemame|nema|nemaji) ~1 (s|se) (tím|tim|tímhle|timhle) ~1 (co|nic) ~1 (dělat|delat|společného|spolecneho) | noneg
(s|se) (tím|tim|tímhle|timhle) ~2 (nemá|nemají|nemaj|nemáme|nema|nemaji) (co|nic) ~1 (dělat|delat|společného|spolecneho) | noneg
(do|po) (toho|tom) (mi|nám|nam|jí|mu|jim) ~1 (nic) ~1 (není|neni) | noneg
(řešte|reste|vyřešte|vyreste|vyřiďte|vyridte|reklamujte|řeš|res|vyřeš) ~3 (jinde|sám|sam|sama|sami|mimo)
(ať|at|abych|abyste) si ~2 (to|tohle) ~1 (řeším|resim|vyřeším|vyresim|vyřídím|vyridim|řešíte|vyřešíte|vyřídíte|řešim) ~2 (jinde|sám|sam|sama|sami) | weight=0.5
nespadá ~3 (do|pod) ~3 (odpovědnost*|odpovednost*|zodpovědnost*|gesc*|působnost*|pusobnost*)
za (to|tohle|škod*|skod*|zpoždění|ztrát*|poškození|vad*|chyb*|výpadek|výpadky|nedoručení|nic) ~5 (nemůžou|nemuzou|neruč*|neruc*|neodpovídá*|neodpovida*|neodpovídají|nezodpovídá*|nezodpovida*|nezodpovídají) | noneg
za (to|tohle|škod*|zpoždění|ztrát*|poškození|nic) ~2 (nejsou|nejsme|není|neni|nebyl*) ~1 (zodpovědn*|zodpovedn*|odpovědn*|odpovedn*) | noneg
(prý|prej|pry|údajně|tvrdi*|podle|dle) ~4 za (to|tohle|zpoždění|chybu|výpadek|problém|nic) ~1 (nemůžou|nemuzou|nemohou|nemohli) | noneg
# -- r5: staff deny any error ("on our side everything is fine", "we made no mistake")
(na|z) (jejich|naší|naši|nasi|jejích) (straně|strane|strany) ~4 (pořádku|poradku|správně|spravne|ok|funguje|bez|žádn*|zadn*|nic) | noneg
(tvrdi*|trval|trvala|trvali|trvalo|trvá|trva|prý|prej|pry|údajně|podle|dle|odpověď|odpověděl*|napsal*|řekl|řekla|řekli|řeklo|opakoval*) ~4 u (nich|nás|nas) ~2 (je|bylo|jsou|funguje) ~1 (všechno|vše|vsechno|vse|všecko) ~2 (pořádku|poradku|ok|správně|spravne|funkční|funkcni)
(tvrdi*|trval|trvala|trvali|trvalo|prý|prej|pry|údajně|podle|dle) ~4 (oni|my|ona|on|jsme) ~2 (chybu|chyby|nic) ~1 (neudělali|neudelali|neudělal|neudelal|neudělala|neudelala|neudělaly|nezpůsobili|nezavinili|nepokazili) | noneg
(odmítl*|odmitl*|odmítla|odmítli|odmítá|odmítají|odmitaji|popřel*|popřela|popřeli|popírá|popírají|popírali|popíral*) (že|ze) ~1 by
(odmítl*|odmitl*|odmítla|odmítli|odmítá|odmítají|odmitaji) ~3 (přiznat|priznat|uznat|připustit|pripustit) ~3 (chyb*|vin*|pochybení|pochybeni|odpovědnost*|zavinění)
(popřel*|popřela|popreli|popřeli|popírá|popira|popírají|popirají|popírali|popíral*) ~4 (chyb*|vin*|pochybení|pochybeni|odpovědnost*|zavinění)
(nepřiznal*|nepriznal*|nepřiznala|nepřiznali|nepřiznají|nepriznaji|nepřizná|nepřipustil*|nepřipustí|nepřipustili) ~3 (chyb*|vin*|pochybení|pochybeni|odpovědnost*|zavinění|omyl) | noneg
(tvrdi*|trval|trvala|trvali|trvalo|trvá|trva|prý|prej|pry|údajně|podle|dle) ~4 (postupoval*|postupovala|postupovali|postupují|jednal*|jednala|jednali|zabalil*|zabalili|odeslal*|odeslali|provedl*|provedli|namontoval*|nainstaloval*|udělal*|udělali) ~2 (správně|spravne|korektně|korektne|řádně|radne|dobře|dobre|bezchybně|perfektně|souladu)
(chyba|problém|problem|závada|zavada|porucha) ~3 (musí|musi|bude|určitě|urcite|jistě|asi) ~3 (u|na|v|ve) ~1 (vás|vas|vaší|vasi|vašem|vasem|mě|me|mne|mně)
# -- r5: the customer accused of lying, cheating or making it up
(že|ze|prý|prej|pry|tvrdi*|obvinil*|obvinila|obvinili|nařkl*|narkl*|nařkla|nařkli) ~3 (lžu|lzu|lžeme|lzeme|kecám|kecam|kecáme|podvádím|podvadim|podvádíme|fabuluju|fabuluji)
(že|ze|prý|prej|pry) ~1 si ~2 (vymýšl*|vymejšl*|vymyslim|vymyslime|vymyslel*|vymyslela|vymysleli|zkouším|zkousim|zkoušíme|zkoušíte)
(prý|prej|pry|tvrdi*|že|ze) ~1 (přeháním|prehanim|přeháníme|přeháníte)
(mě|mne|me|nás|nas) (obvinil*|obvinila|obvinili|obvinuj*|obviňuj*|obviňoval*|nařkl*|narkl*|nařkla|nařkli|osočil*|osočila|osočili|podezírá*|podezíral*|podezřel*)
(nařkl*|narkl*|nařkla|nařkli|osočil*|osocil*|osočila|osočili)
(že|ze|prý|prej|pry|tvrdi*|řekl|řekla|řekli|řeklo|rekl|reklo|rekla|rekli) ~6 (určitě|urcite|jistě|jiste|beztak|stejně) ~2 (jsem|sem|jste|jsme) ~3 (rozbil*|poškodil*|poskodil*|upustil*|zničil*|znicil*|převzal*|prevzal*|nosil*|nosila|použil*|pouzil*|používal*|pokazil*|smazal*|objednal*|podepsal*|utopil*|polil*|namočil*)
# -- r5: sarcasm and rhetorical questions ("to jako můžu za to, že ...?", "zase jsem to byla já")
(jako|snad|jakože|jakoze) ~3 (můžu|muzu|mohu|můžeme|muzeme|můžem|mám|mam|máme) ~2 za to
(můžu|muzu|mohu|můžeme|muzeme|mám|mam|máme) ~1 (jako|snad) ~2 za to
(zase|prý|prej|pry|podle|tvrdi*|údajně|vždycky|vzdycky|samozřejmě|samozrejme) ~4 (já|ja|my) ~1 (kdo|která|ktera|který|ktery|co) ~2 (pokazil*|zavinil*|rozbil*|zkazil*|způsobil*|zpusobil*|poškodil*|zpackal*|spískal*|udělal*)
+ to není na nás, řekl mi a zavřel okno
+ prodavačka řekla, že ona s tím nemá co dělat
+ do toho mi nic není, řekl a odešel
+ řešte si to jinde, odsekla
+ tato záležitost prý nespadá do odpovědnosti společnosti
+ za škody na autě prý parkoviště neručí
+ pry za to nejsou zodpovedni
+ na naší straně je vše v pořádku, napsali
+ operátorka trvala na tom, že u nich je všechno v pořádku
+ tvrdí, že oni chybu neudělali
+ úřednice odmítla přiznat jakékoli pochybení
+ nikdy nepřiznají chybu
+ firma trvá na tom, že postupovala správně
+ chyba prý musí být u vás, řekl technik
+ řekla mi, že lžu
+ prý si to vymýšlím
+ v obchodě mě obvinili, že jsem bundu nosila
+ hotel mě nařkl, že jsem rozbil lampu
+ technik řekl, že jsem to určitě upustil
+ to jako můžu za to, že kurýr nezazvonil?
+ zase sem to byla ja kdo to pokazil
- na naší straně jsme udělali chybu, omlouváme se, napsali
- přiznal, že chybu udělali oni, a vše opravil
- možná přeháním, ale čekal jsem dlouho
- sám jsem to upustil, je to moje chyba
# -- r5 round 2 (validation set): broader reporting verbs and generic fault targets
(usoudil*|usoudila|usoudili|dospěl|dospěla|dospěli|dospela|dospěla|naznačil*|naznacil*|naznačila|naznačili|vmetl*|vmetla|vmetli|pravil*|konstatoval*|konstatovala|odvětil*|prohlásil*|prohlasil*|vyjádření|vyjadreni) ~8 (kvůli|kvuli|protože|protoze|vinou|chybou|způsobil*|zavinil*|příčinou|pricinou|sám|sam|sama|sami|moje|můj|má|mojí|mé|naše|náš|našem|naší|našim|našich|jsem|sem|jsme|jste|neumím|neumim|nevím)
(prý|prej|pry|údajně|udajne|tvrdi*|trval|trvala|trvali|trvalo|řekl|řekla|řekli|řeklo|rekl|reklo|rekla|rekli|sdělil*|napsal*|odpověděl*|oznámil*) ~3 (chyba|vina|chybou|vinou) (té|tý|ty|toho|tyhle|tyto|jiné|jiny|jiný|jiného|jinýho|druhé|druhý|druhého|nějaké|nějakého|cizí)
(prý|prej|pry|údajně|tvrdi*|trval|trvala|trvali|trvalo|řekl|řekla|řekli|řeklo|rekl|reklo|rekla|rekli|naznačil*|naznacil*|vyčítal*|vyčetl*|usoudil*) ~3 (jsem|sem|jsme) ~3 (špatně|spatne|blbě|blbe|nesprávně|nespravne|chybně|chybne|neodborně|nešetrně|nesetrne|neopatrně|neopatrne)
podle (nich|něj|nej|ní|ni|jich|něho|technika|technička|servisu|prodavačky|prodavače|prodejce|paní|pána|operátora|operátorky|úřednice|úředníka|vedoucího|vedoucí|firmy|obchodu|e-shopu|eshopu|banky) ~5 (jsem|sem|jsme) ~4 (špatně|spatne|blbě|nesprávně|chybně|neodborně|nešetrně|sám|sam|sama|si|měl|měla|mel|mela|musel|musela|zapomněl*|nepřečetl*|neprečetl*|nezkontroloval*|objednal*|zadal*|rozbil*|poškodil*|zavinil*|způsobil*)
(chyba|vina|problém|závada) ~3 podle (nich|něj|ní|jich|technika|servisu|prodavačky|prodejce|operátora|operátorky|firmy|obchodu|banky) ~4 (u|na|v|ve) ~2 (mě|mne|mně|me|mé|mojí|moji|mého|mém|naší|našem|mých|našich)
(prý|prej|pry|údajně|tvrdi*|trval|trvala|trvali|trvalo|řekl|řekla|řekli|řeklo|rekl|reklo|rekla|rekli|sdělil*|napsal*|odpověděl*|oznámil*|usoudil*|konstatoval*) ~4 (chyba|vina|problém|problem|závada|zavada|porucha|vada|netěsnost|netesnost|příčina|pricina|potíž|potiz|zádrhel|háček) ~2 (je|byla|bude|leží|lezi|spočívá|spociva|tkví) ~1 (v|ve|u|na) (mém|mem|mojí|moji|mých|mych|mého|meho|vašem|vasem|vaší|vasi|vašich|vasich|našem|nasem|naší|nasi|našich|nasich|mě|me|mne|mně)
(prý|prej|pry|údajně|tvrdi*|trval|trvala|trvali|trvalo|řekl|řekla|řekli|řeklo|rekl|reklo|rekla|rekli|sdělil*|napsal*|odpověděl*|oznámil*|vmetl*) ~8 (moje|můj|muj|mojí|moji|má) (věc|vec|starost|problém|problem|vina|chyba|blbost|smůla|smula)
(dál|dal|dále|dale|odteď|odted|pak|potom) ~3 (jejich|jeho|její|jeji) (starost|věc|vec|problém|problem|zodpovědnost|odpovědnost|parketa)
(prý|prej|pry|údajně|tvrdi*|podle|dle) ~4 (ztratit|ztratil*|poškodit|poškodil*|poskodil*|rozbít|rozbil*|zdržet|zdržel*|pokazit|pokazil*|způsobil*|zpusobil*|zavinil*) ~3 (někdo|nekdo|depu|depo|letiště|letiste|úřad|urad|ministerstvo|pojišťovn*|dodavatel*|sousedé|soused|nájemník*|hosté|hoste|ostatní)
(poškozen*|poskozen*|zničen*|znicen*|vznikl*) ~3 (chemick*|chemikáli*|agresivn*|vnějším|vnejsim|vnějšími|vnějšího|hrubým|hrubym|násiln*|nasiln*)
vnějš* (vliv*|zásah*|zasah*|poškoz*|poskoz*)
(prý|prej|pry|údajně|tvrdi*|napsal*|napsala|napsali|konstatoval*|uvedl*) ~6 (kterým|kterými|jimž|čemuž) ~1 (jsem|sem|jste) ~2 (vystavil*|vystavila|vystavili|vystavoval*)
(chyba|vina|problém|závada) ~2 (není|neni|nebyla|nebyl) ~1 na (straně|strane) ~1 (banky|obchodník*|obchodnik*|e-shop*|eshop*|prodejc*|dopravc*|přepravc*|kurýr*|kuryr*|výrobc*|vyrobc*|operátor*|operator*|poskytovatel*|pošty|posty|firmy|společnosti|naší|nasi|jejich|nás|nas|nich) | noneg
+ technik usoudil, že topení nefunguje kvůli našim radiátorům
+ prej je to chyba tý firmy co jim dělá rozvoz
+ naznacili mi ze sem to spatne zapojil
+ podle prodavačky jsem to prostě špatně poskládal
+ chyba byla podle nich jasně na mé straně
+ pán z plynárny tvrdil, že netěsnost je v našem potrubí
+ prodejce řekl, že prasklý displej je moje věc
+ e-shop zásilku předal PPL a dál je to prý jejich starost
+ prý balík musel ztratit někdo na depu
+ obuv byla podle posudku poškozena chemickými látkami
+ reklamace zamítnuta, jde o poškození vnějším vlivem
+ chyba není na straně banky, zopakovala bankéřka
- podle mě jsem to zapojil špatně, zkusím to znovu
- technik zjistil, že chyba byla v jejich ústředně, a opravil to
- moje chyba, objednal jsem špatnou velikost
# -- r5 round 3: structural families ("tvrdí, že ..., protože jsem ...", "za X ručí Y",
# "za X hotel neodpovídá", courier "nikoho nezastihl", damage "vznikla pádem")
(tvrdi*|vyčítal*|vyčetl*|vyčítala|vyčetla|vyčítali|vyčetli) ~8 (protože|protoze|jelikož|jelikoz|poněvadž|ponevadz) ~2 (jsem|sem|jsme|jste|jsi)
(tvrdi*|prý|prej|pry|údajně|udajne|řekl|řekla|řekli|rekl|rekla|rekli|napsal*|odepsal*|sdělil*|vysvětlil*|prohlásil*) ~8 (protože|protoze|jelikož|jelikoz|poněvadž) ~3 (špatně|spatne|blbě|blbe|nesprávně|nespravne|neopatrně|nešetrně|nesetrne)
(tvrdi*|prý|prej|pry|údajně|udajne|vyčítal*|vyčetl*|naznačil*|naznacil*|obvinil*|obvinila|obvinili) ~3 (jsem|sem|jsme) ~3 (asi|nejspíš|nejspis|určitě|urcite|sám|sam|sama|si|to|tam|špatně|spatne|prozradil*|ztratil*|zapomněl*|nechal*|půjčil*|sdělil*|zahodil*|vyhodil*|zlomil*|přetáhl*|přetočil*|utáhl*)
(tvrdi*|prý|prej|pry|údajně|udajne|řekl|řekla|řekli|rekl|rekla|rekli|napsal*|napsala|napsali|odepsal*|sdělil*|sdělila|sdělili|oznámil*|odpověděl*|odpověděla|odpověděli|vysvětlil*|vysvětlila|že|ze) ~4 za ~4 (odpovídá|zodpovídá|ručí|ruci|odpovídají|zodpovídají|odpovědný|odpovědná|odpovědné|zodpovědný|zodpovědná)
(tvrdi*|prý|prej|pry|údajně|udajne|řekl|řekla|řekli|rekl|rekla|rekli|napsal*|napsala|napsali|odepsal*|sdělil*|sdělila|sdělili|oznámil*|odpověděl*|odpověděla|odpověděli|vysvětlil*|vysvětlila|podle|dle) ~4 za ~4 (neodpovídá*|neodpovida*|neodpovídají|neruč*|neruc*|nezodpovídá*|nezodpovídají|nenese|nenesou|nemůže|nemuze|nemůžou|nemuzou|nemohou) | noneg
(tvrdi*|prý|prej|pry|údajně|udajne|podle|dle|dispečink*|dispecink*) ~6 (nezastihl*|nezastihla|nezastihli|nezastižen*|nezastizen*) | noneg
(vznikl*|vznikla|vzniklo|nastal*|způsobena|způsoben|způsobeno) ~2 (pádem|padem|nárazem|narazem|úderem|uderem|pádu|nárazu|politím|namočením|přetížením|nedbalost*|neopatrnost*|hrubým|nadměrným)
(tvrdi*|prý|prej|pry|údajně|udajne|řekl|řekla|řekli|rekl|rekla|rekli|napsal*|napsala|napsali|odepsal*|sdělil*|sdělila|sdělili|oznámil*|odpověděl*|vysvětlil*|podle|dle) ~6 (zavinil*|zavinila|zavinilo|způsobil*|způsobila|způsobilo|zpusobil*|zapříčinil*) ~2 (můj|muj|moje|mojí|má|mé|náš|naše|naší|starý|vaše|váš|vaši)
+ na lince tvrdili, že fakturu jsem nedostal, protože jsem si nezkontroloval spam
+ pekárna tvrdí, že se dort rozpadl, protože jsem ho špatně převážel
+ instalatér tvrdil, že kohoutek kape, protože ho špatně utahujeme
+ v bance tvrdili, že jsem asi prozradil PIN
+ stewardka řekla, že za zpoždění zavazadel ručí letiště
+ recepční sdělila, že za ukradené kolo hotel neodpovídá
+ dispečink tvrdil, že řidič u mě nikoho nezastihl
+ opravna odepsala, že závada vznikla pádem
+ podpora napsala, že výpadek zavinil můj router
- technik zjistil, že závada vznikla v jejich rozvaděči
- řekl, že přijde později, protože má moc zakázek
- počasí bylo hrozné, ale kurýr dorazil včas a omluvil se za mokrou krabici

# round 7 (industries): "they say it's the problem of the e-shop / courier / bank / distributor"
(tvrdí|tvrdili|tvrdila|tvrdil|říkají|říká|řekli|řekla|řekl|prý|odkazuje|odkazují) ~4 (problém|chyba|chybu|vina|vinu|záležitost) ~2 (e-shopu|eshopu|obchodu|prodejce|dopravce|kurýra|přepravce|výrobce|banky|pošty|odesílatele|restaurace|operátora|distributora|distribuce|dodavatele|pojišťovny|úřadu|depa|skladu|partnera|kurýrní|přepravní|výdejny)
(posílá|posílají|odkazuje|odkazují|přehazuje|přehazují|odfoukne|odfouknou) ~2 (mě|nás|me|mne) ~1 na (odesílatele|prodejce|výrobce|dopravce|kurýra|e-shop|eshop|pojišťovnu|banku|distributora|distribuci|restauraci|poštu|obchod|dodavatele|pojistitele)
(mě|nás|mne) (posílá|posílají|odkazuje|odkazují|přehazuje|přehazují) na (odesílatele|prodejce|výrobce|dopravce|kurýra|e-shop|eshop|pojišťovnu|banku|distributora|distribuci|restauraci|poštu|obchod|dodavatele|pojistitele)
+ přepravce tvrdí, že je to problém e-shopu
+ banka mě posílá na obchodníka a obchodník zase na banku, depo mě posílá na odesílatele
- reklamaci jsem poslal přímo výrobci, vyřídili ji rychle

# -- r8: "na vině jsem prý já" (reported)
(prý|prej|údajně|tvrdí|tvrdil*|tvrdila|tvrdili|podle) ~4 na vině
na vině ~3 (prý|prej|údajně)
+ na vině jsem prý já
+ podle nich je na vině dopravce
- přiznávám, na vině jsem byla já

# --- r9a: blame pushed to a third party, passive reports ---
(způsobil*|zpusobil*|zavinil*|zapříčinil*|zapricinil*|může|muze|mohl*|vina|chyba) ~3 (distribuč*|distribuc*|dodavatel*|dopravc*|kurýr*|kuryr*|výrobc*|vyrobc*|přepravc*|prepravc*|subdodavatel*|externí|externi|systém*|system*|bank*|pošt*|post*|sklad*|centrál*|central*|dispečink*|dispecink*|počasí|pocasi|technik*|partner*) | said
(způsobil*|zpusobil*|zavinil*|zapříčinil*|zapricinil*|vina|chyba|chybu|vinu|může|muze) ~5 (ne|nikoli|nikoliv) (oni|my|on|ona|firma|obchod|eshop|e-shop|banka|společnost|spolecnost|jejich|naše|nase) | noneg
+ Bylo mi řečeno, že zpoždění zavinil dopravce, ne oni.
+ Podle podpory výpadek způsobila distribuční síť.

# --- r11b: "his/her/our fault" reported from staff (a relative, a firm)
(prý|prej|údajně|tvrdil*|tvrdila|tvrdili|tvrdí|tvrzením|řekl|řekla|řekli|prohlásil*|prohlásila|prohlásili|vyčítal*|vyčítala|vyčítali|sdělil*|sdělila|sdělili) ~8 (jeho|její|naše|náš|mámy|mamky|táty|babičky|dědy|syna|dcery|manžela|manželky|maminky|tatínka) (chyba|vina|chybu|vinu|chybou|vinou)
(takže|prostě|tedy|jako) ~2 (jeho|její|naše|náš) (chyba|vina|chybu|vinu)
# the cause lies with us / with someone else, per staff
(prý|prej|údajně|tvrdil*|tvrdila|tvrdili|tvrdí|tvrzením|řekl|řekla|řekli|sdělil*|sdělila|sdělili|prohlásil*|odpověděl*|odpověděla|odpověděli|napsal*|napsala|napsali|podle|dle) ~5 (příčina|příčinu|problém|chyba|závada|vada) ~4 (naší|našem|našich|našim|naše|mé|mojí|mém|mých|jeho|její|zákazník*|uživatel*|kurýr*|dopravc*|výrobc*|dodavatel*|pošt*|sklad*)
# attributes the defect to our handling
(přisuzuj*|přisoudil*|přisoudila|přisoudili|připisuj*|připsal*|připsala|připsali|přičítá*|přičetl*|přičetla|přičetli|přičítal*|svádí|sváděl*) ~3 (našemu|naší|našim|naše|našeho|mému|mé|mojí|mým|vašemu|vaší|vašim|vaše|vašeho|jeho|jejímu|zákazník*|uživatel*|kurýr*|dopravc*|přepravc*|výrobc*|dodavatel*|pošt*|systém*|počasí|nesprávn*|nevhodn*|neodborn*|špatn*)
# "I had supposedly left it ..."
(jsem|jsme|jste|sem|jsi) ~2 (prý|prej|údajně) ~2 (nechal*|nechala|rozbil*|poškodil*|upustil*|polil*|zapomněl*|utopil*|namočil*|ohnul*|nenabil*|přetížil*|zanedbal*|spálil*|nezavřel*|nevypnul*|vyplnil*|vyplnila|zadal*|zapojil*|nastavil*|pokazil*|zničil*|nosil*|používal*|špatně)
(že|prý|prej|tvrdil*|tvrdí|tvrdili|vyčítal*|údajně) ~3 (špatně|nesprávně|chybně|blbě) ~1 (vyplnil*|vyplnila|vyplnili|zadal*|zadala|zadali|zapojen*|zapojil*|zapojila|nastaven*|vyplněn*|zadán*|nabíjel*|nabíjela|objednal*|uvedl*|uvedla) | said
# "the warehouse did it, they did nothing", "X is to blame for nothing"
(že|prý|prej|údajně) ~1 (to|je) ~1 (sklad*|kurýr*|pošt*|dopravc*|přepravc*|výrobc*|systém*|dodavatel*|bank*|centrál*|kolegov*|brigádník*) | weight=0.5
(že|prý|prej) (oni|on|ona|my) ~1 (nic|nemůžou|nemůže|nemohou|nemůžeme) | weight=0.5, noneg
+ tvrdili, ze motor odesel, protoze jezdil na levny benzin, proste jeho vina
+ dedovi rekli, ze chyba vznikla kvuli nemu
+ dodavatel vadu přisuzuje našemu skladování
+ podle podpory je příčina v naší síti
+ ze jsem to prej nechal v mrazu
+ prej to sklad, ze oni nic
- uznali, že chyba byla jejich, a omluvili se
- byla to moje chyba, špatně jsem vyplnil adresu
- dědovi jsem vysvětlil, že je to jeho vina, protože to upustil

# r13 thesaurus pass: wriggling out, accusing, own-fault formal wording
(vykrucoval*|vykrucovala|vykrucovali|vykrucuj*|vykroutil*|vykroutila|vykroutili|vyvlékl*|vyvlékla|vyvlékli|vyvlíkal*|vyvlíkala|vyvlékal*|vyvlékala|vyvléká|vyvlékají|vyvlíkaj*)
(nařkl*|nařkla|nařkli|osočil*|osočila|osočili|osočuj*) ~2 (mě|mne|nás|mámu|tátu|manžela|manželku)
(mě|mne|nás) ~1 (nařkl*|nařkla|nařkli|osočil*|osočila|osočili)
vlastn* (vinou|zaviněním|zavinění|nedbalostí|chybou|neopatrností) ~1 (zákazník*|uživatel*|klient*|kupující*|spotřebitel*|majitel*)
(prý|prej|údajně|tvrdí|tvrdil*|tvrdila|tvrdili|podle|dle|odůvodnění*|zdůvodnění*|zamítl*|zamítla|zamítli|zamítnut*) ~6 vlastn* (vinou|zaviněním|nedbalostí|chybou|neopatrností)
(nedbalost*|neopatrnost*|nepozornost*) ~2 (zákazník*|uživatel*|klient*|kupující*|spotřebitel*)
(nedostatečn*|chybějící) součinnost*
(pinkal*|pinkala|pinkali|pinkaj*|pinkají|přehazoval*|přehazovala|přehazovali|přehazujou|přehazují) ~2 (si|to) ~2 (vinu|odpovědnost|zodpovědnost|chybu)
(hodil*|hodila|hodili|házel*|házela|házeli|hází|házejí|svedl*|svedla|svedli|svádí|svádějí|svalil*|svalila|svalili) ~2 (to|vinu|všechno|chybu) ~2 na (subdodavatel*|dodavatel*|kolegy|kolegu|kolegyni|kolegyně|centrál*|ústředí|oddělení|účtárn*|sklad*|IT|ajťák*|výrob*|továrn*|brigádník*|nováčk*|řidič*|doručovatel*|pošťák*|software|aplikac*|server*|výpadek|výpadk*|svátk*|covid*|koronavir*|nedostatek)
(obrátil*|obrátila|obrátili|otočil*|otočila|otočili|stočil*|stočila|stočili) (to|celé|všechno|celou|vinu) ~2 proti (mně|mne|nám|zákazník*)
(to|celé|všechno) ~1 (obrátil*|obrátila|obrátili|otočil*|otočila|otočili|stočil*|stočila|stočili) ~1 proti (mně|mne|nám|zákazník*)
ze (mě|mne|nás) ~2 (viník*|vinník*|viníka|viníkem|vinníka|vinníkem|hříšník*)
(označil*|označila|označili|prohlásil*|prohlásila|prohlásili) ~3 (mě|mne|nás) ~2 (za|jako) ~1 (viník*|vinník*|viníka|vinníka)
+ Reklamační oddělení se z toho vykroutilo a svedlo to na výpadek serveru.
+ Prodejce mě nařkl, že jsem ho rozbil sám.
+ Podle dopisu vznikla škoda vlastní vinou zákazníka.
- Vlastní vinou jsem zapomněl heslo, firma mi pomohla rychle.
- Na stížnosti reagovali profesionálně a chybu přiznali.

# -- cs14a: attributed the fault to something else (přičetl vadu napětí)
(přičetl*|přičetla|přičetli|přičítal*|přičítala|přičítali|přičítá|přičítají|přisoudil*|přisoudila|přisoudili) ~3 (vad*|závad*|chyb*|poruch*|zpožděn*|problém*|škod*)
(vad*|závad*|chyb*|poruch*|zpožděn*|problém*) ~3 (přičetl*|přičetla|přičetli|přičítal*|přičítala|přičítá|přičítají|přisoudil*|přisoudila)
# -- cs14a: excuses in the 2nd person (vymlouváte se na poštu)
(vymlouváte|vymlouvaj|vymlouvat|vymlouvá) ~4 na
# -- cs14a: staff say the customer broke it / did it wrong
(tvrdil*|tvrdila|tvrdili|tvrdí|řekl|řekla|řekli|sdělil*|sdělila|prý|pry|prej|vyčítal*|vyčítala|obvinil*|obvinila|naznačil*|naznačila) ~5 (pokazil*|pokazila|rozbil*|rozbila|poškodil*|poškodila|zavinil*|zavinila|zvoral*|zvorala|podělal*|podělala)
(prý|prej|tvrdil*|tvrdila|tvrdí|tvrdili|sdělil*|sdělila|sdělili|sděleno|řečeno|napsali|odepsal*|vyčítal*) ~4 (špatně|nesprávně|blbě|chybně) ~1 (zadal*|zadala|vyplnil*|vyplnila|objednal*|objednala|zapsal*|zapsala|vybral*|vybrala)
(používám|používal*|používala|zacházím|zacházel*|zacházela|obsluhuju|obsluhuji) ~3 (blbě|mizerně|nešikovně|hloupě|nedbale)
+ vadu televizoru přičetl výkyvům napětí u mě doma
+ vy se vymlouváte na poštu, ale smlouvu mám s vámi
+ otráveně mi řekla, že jsem to určitě pokazila já
+ prý ho používám blbě, proto nevymění
- přiznávám, že jsem to rozbil já, a chci opravu zaplatit
- servis závadu uznal a televizi opravil zdarma

# -- r15 cs15: damage "appeared only after he left"; "it's the plumber's problem"
(poškození|škoda|závada|vada|rozbití) ~3 (vznikl*|způsobil*|stal*) ~2 až ~2 po
(prý|prej|tvrdí|tvrdil*|řekl*|říkal*|podle) ~4 (problém|věc|starost|chyba|vina|vinou) ~1 (instalatér*|kurýr*|dopravc*|výrobc*|dodavatel*|subdodavatel*|technik*|pošty|banky|partner*|montér*|řemeslník*|stavební*)
+ podle nich závada vznikla až po instalaci
+ prej je to starost dopravce, ne jejich
- instalatér to opravil a vše funguje
# -- cs16: "it is your own fault" with a word between, staff claim the customer broke it, courier problems = out of our hands
(že|prý|prej|tvrdil*|tvrdí|řekl|řekla|řekli|křičel*|řval*) ~4 (moje|moji|můj|má|mojí|mýho|vaše|vaši|váš|vlastní) ~1 (vlastní|chyba|vina|chybu|vinu) ~1 (chyba|vina|chybu|vinu)
(musel|musela|musela|museli) ~3 (rozbít|poškodit|zničit|způsobit|shodit|upustit)
(dopravc*|kurýr*|přepravc*|dodavatel*|sklad*) ~4 (problém*|potíž*|kapacit*|zpožděn*) | weight=0.5
s tím ~1 nic (neuděláte|nenaděláte|neuděláme|nenaděláme|nezmůžeme|nezmůžete|nemůžeme|nemůžete) | noneg, weight=0.5
+ Řval na mě, že je to moje vlastní chyba a ať si příště čtu podmínky.
+ Technik tvrdil, že jsem ten displej musel poškodit sám.
+ Dopravce má prý kapacitní problémy a vy s tím nic nenaděláte.
- Přiznávám, moje vlastní chyba, zadal jsem špatnou adresu.
- Přehazovali si mě mezi odděleními jako horký brambor.
- Vím, že je to moje chyba, spletl jsem číslo účtu.
# -- cs18a: inflection pass ("vymýšlíme", "vymejšlíte")
+ prej si to vymejšlíme, řekla mi do telefonu

# -- cs19a: staff name the customer's own thing as the cause ("prý je to kvůli mému starému telefonu")
(odpověděl*|odpověděla|odpověděli|odepsal*|odepsala|odepsali|napsal|napsala|napsali|řekl|řekla|řekli|tvrdil*|tvrdila|tvrdili|tvrdí|sdělil*|sdělila|sdělili|vysvětlil*|vysvětlila|vysvětlovali|vysvětloval*|prý|prej|údajně|podle) ~5 (kvůli|vinou|chybou|díky|zásluhou) ~2 (mému|mé|mojí|moji|mého|mým|mými|mým|našemu|naší|našeho|vašemu|vaší|vašeho|vaším|vašim|vámi|mně|mně|mnou)
+ technik odepsal, že to padá kvůli mému routeru
+ prý vinou vašeho starého počítače
- omlouvám se, kvůli mé chybě jste čekali
# -- cs19a: "prý systém nepřijímá ...": the system named as the reason, as reported by staff
(prý|prej|údajně|udajne|vymlouval*|vymlouvala|vymlouvali|vymlouvá) ~2 (systém*|system*|počítač*|pocitac*|program*|aplikace) ~2 (nepřijím*|neprijim*|nefung*|nepust*|neumožň*|neumozn*|nebere|nedovol*|neumí|neumi|odmítá|odmita|nenačte|nenacte|spadl*|hází|hazi) | noneg weight=0.5
# -- "prý nebylo řádně zamčené": the customer's care called deficient
(prý|prej|údajně|udajne|tvrdil*|tvrdila|tvrdili|tvrdí|odůvodněním|oduvodnenim) ~3 (nebylo|nebyl|nebyla|nebyly|jste|jsem) ~2 (správně|spravne|řádně|radne|pořádně|poradne|dostatečně|dostatecne) ~1 (zamčen*|zamcen*|zajištěn*|zajisten*|zabalen*|zabezpečen*|zabezpecen*|připojen*|pripojen*|zapojen*|nainstalován*|nainstalovan*|vyplněn*|vyplnen*|nastaven*|uložen*|ulozen*|udržován*|udrzovan*|ošetřen*|osetren*|uskladněn*|uskladnen*|zamknut*|zavřen*|zavren*|zamkl*|zabalil*|vyplnil*|nastavil*|zapojil*) | noneg
+ servis tvrdil, že kotel nebyl řádně udržován, a opravu nám naúčtoval
+ na poště se vymlouvali, že jim systém nefunguje
- zásilka nebyla řádně zabalená, proto se rozbila

# -- the customer's own device named as the cause, in what staff said:
# "tvrdil, že to dělá můj router", "odpověď, že to způsobil můj prohlížeč"
(prý|prej|pry|tvrd*|údajně|vymlouv*|svád*|odpověď|odpověděl*|odepsal*|napsal*|sdělil*|řekl|řekla|řekli) ~4 (způsob*|zavinil*|zavinila|zaviňuje|dělá|dělal|dělalo|dělaj*|může|můžou|zlobí|zlobil*|blbne|hapruj*) ~2 (můj|moje|mojí|mým|mém|mou|váš|vaše|vaší|vaším|vašem|náš|naše|naším|našem|starý|starej|starým|starém) ~1 (router*|modem*|prohlížeč*|počítač*|notebook*|telefon*|mobil*|zařízení|kabel*|wifi*|elektroinstalac*|antén*|jistič*|kotel|instalac*)
# -- "that I broke it myself" as staff put it
(prý|prej|pry|tvrdil*|tvrdila|tvrdili|tvrdí|údajně|naznač*|ironick*|poznámk*|obvinil*|obvinila|obvinili) ~5 (jsem|jste|sem|jsme|jsi) ~3 (pokazil*|pokazila|rozbil*|rozbila|poškodil*|poškodila|zničil*|zničila|zavinil*|zavinila|způsobil*|způsobila|upustil*|upustila|namočil*|namočila) ~2 (sám|sama|sami|samy)
(že|ze) ~3 (jsem|jste|sem|jsme) ~3 (asi|určitě|zřejmě|jistě|nejspíš|evidentně|očividně|stejně) ~1 (pokazil*|pokazila|rozbil*|rozbila|poškodil*|poškodila|zničil*|zničila|zavinil*|zavinila|způsobil*|způsobila|upustil*|upustila|namočil*|namočila)
# -- the written refusal formula: "vada vznikla Vaším/mým zaviněním"
(mým|mym|naším|vlastním|zákazníkovým|uživatelským) (zaviněním|přičiněním|nedbalostí|neopatrností|pochybením)
+ technik tvrdil, že výpadky dělá můj starý router
+ dostal jsem odpověď, že to způsobil můj prohlížeč
+ prý jsem si ten displej rozbil sám
+ naznačila, že jsme si to poškodili sami
+ napsali, že jsem to asi rozbila při montáži
+ podle posudku vznikla vada mým zaviněním
- zjistil jsem, že problém byl v mém routeru, moje chyba
- rozbil jsem si to sám, omlouvám se
- router jsem vyměnil a všechno funguje

# -- "vinu dali mně"; "prý mám špatnou elektroinstalaci"; "chyba je na straně lékaře"
(vinu|vina) ~2 (dali|dal|dala|hodili|hodil|hodila|svalili|přisoudili|přičetli|připsali|přehodili) ~1 (mně|mi|mě|nám|na)
(dali|hodili|svalili|přisoudili|přičetli|připsali) ~2 vinu ~1 (mně|mi|nám)
(prý|prej|pry|tvrd*|údajně|vymlouv*) ~3 (mám|máme|má|mate|máte) ~2 (špatn*|starou|starý|starej|starým|nevhodn*|vadn*|nekompatibiln*|nekvalitn*|slab*|pomal*) ~1 (elektroinstalac*|instalac*|router*|modem*|zásuvk*|kabel*|jistič*|telefon*|mobil*|počítač*|prohlížeč*|signál*|připojení|wifi*|rozvod*|anténu|zařízení|nastavení)
(prý|prej|pry|tvrd*|údajně|řekl*|řekla|řekli|sdělil*|napsal*|odpověděl*|vymlouv*) ~4 (chyba|vina|pochybení|problém|závada) ~3 na straně
+ vinu dali mně, i když jsem nic neudělal
+ prý mám špatnou elektroinstalaci
+ v lékárně tvrdili, že chyba je na straně lékaře
- přiznávám, že chyba byla na mé straně
- mám starý router, tak jsem si koupil nový a jede to

# -- s9: "oni za nic neručí / nemůžou"
(oni|ona|on|my|firma|obchod|eshop|e-shop|prodejna) za nic (neručí|neručíme|neručili|nemůžou|nemůžeme|nemohou|nemůže|neodpovídá|neodpovídají|neodpovídáme) | noneg
+ prý to pokazil dopravce a oni za nic neručí
+ eshop za nic nemůže, tvrdí prodavačka
+ my za nic neodpovídáme, řekla paní
- za nic jiného jsem neplatil
- kurýr za to nemůže, ale zboží je rozbité
- je to vaše chyba, tak to prosím opravte
- je to vaše věc, ne moje, chci jen zboží

# -- s9b: acted as if the customer caused it: "tvářil se, že jsme to objednali my"
(tvářil|tvářila|tvářili|tvrdila|tvrdili|naznačil|naznačila|naznačili|dělala|dělali) ~3 že (jsme|jsem) ~5 (my|já|sami|sám|sama)
+ číšník se tvářil, že jsme si to tak objednali sami
+ tvrdila, že jsem to špatně nastavil já
- tvářila se mile, že jsme vítaní, a všechno proběhlo hladce

# -- s9d: "přehazují si to mezi sebou" (courier and shop), "házejí si horkou bramboru"
(přehazuj*|přehazoval*|házej*|házeli|pinkaj*|pinkal*|přehazovat|házet) si (to|vinu|odpovědnost|zodpovědnost|horkou)
si (to|vinu|odpovědnost|zodpovědnost|horkou) ~1 (přehazuj*|přehazoval*|házej*|házeli|pinkaj*|pinkal*)
si (přehazuj*|přehazoval*|házej*|házeli|pinkaj*|pinkal*) (to|vinu|odpovědnost|zodpovědnost|horkou)
+ kurýr a obchod si to přehazují mezi sebou
+ banka a operátor si házejí horkou bramboru
- přehazoval jsem si věci mezi taškami
- přehazovali si mě mezi odděleními

# -- reported "je to vaše chyba" (see the top of the file)
+ technik mi do telefonu odsekl: je to vaše chyba, máte starý modem
+ paní na pokladně tvrdila, že je to moje vina, protože jsem nepřinesl účtenku
+ prej je to naše chyba, že jsme nečetli podmínky
- je to vaše chyba a chci náhradu
- napsal jsem vám, že je to vaše chyba a čekám omluvu
- pokud je to vaše chyba, chci peníze zpět
# --- s10: "be more careful next time", told to the customer
(ať|abych|abyste|prý|prej) si ~1 (příště|příští|přístě|napříště|nadále|pak) ~4 (pozor|hlídal*|hlídám|hlídat|hlídejte|kontroloval*|kontroluju|kontroluji|kontrolujte|přečetl*|čtu|četl*|dával*|dávám|dávejte|všímal*|všímám)
+ prý ať si příště dávám větší pozor na to, co podepisuju
+ poradila mi, ať si příště líp hlídám, co kupuju
+ řekli mi, abych si napříště kontroloval zásilku hned u kurýra
- dám si příště větší pozor, to je jasné
- příště si to radši přečtu celé, poučil jsem se
# --- s10: "it isn't our fault", noun first (není to chyba naše / jejich)
(není|nebyla|nebylo) ~2 (chyba|vina|problém|starost|věc|záležitost) (naše|náš|naši|jejich|jeho|její) | noneg
+ není to chyba naše, ozvěte se dopravci
+ operátor tvrdil, že to není problém jejich, ale banky
+ prý to nebyla vina jeho, ale systému
- je to chyba naše a omlouváme se
- byla to vina jejich, sami to přiznali
# --- s10: the product declared faultless, the set-up blamed (half cues each)
(není|nebyla) ~1 (chyba|vina|závada|problém|porucha) (routeru|modemu|zařízení|aplikace|sítě|služby|produktu|výrobku|softwaru|přístroje|telefonu|vozu|auta|pračky|spotřebiče|připojení|linky|kotle) | noneg, weight=0.5
(máte|máš|prý|prej) ~2 (špatně|blbě|nesprávně|chybně|nevhodně) (nastaven*|zapojen*|nainstalovan*|zadan*|zadán*|vyplněn*|zvolen*|nakonfigurovan*|připojen*|umístěn*) | weight=0.5
+ technik: máte to blbě zapojené, to není závada kotle
+ prý to máte špatně nakonfigurované, není to chyba modemu
- máte na webu špatně nastavené ceny
- není to chyba telefonu, myslím, že je problém ve vaší síti
# --- s10: "you have an old phone, that's why it doesn't work for you" (half cues)
(máte|máš) ~2 (starý|starej|staré|starou|zastaral*|nekompatibiln*|nepodporovan*|neoriginální*|levn*|nevhodn*) | weight=0.5
(proto|protože|takže) ~1 (vám|ti) ~1 (to|ta|ten|ty|tam) ~2 (nefunguje|nejde|nefungovalo|nešlo|padá|nenabíjí|nenačítá|zamrzá|nepracuje|netopí|nechladí) | noneg, weight=0.5
+ máte zastaralý prohlížeč, proto vám to nejde
+ řekl, že máte levnou nabíječku, proto vám ten telefon nenabíjí
- máte zastaralý web, nic se na něm nedá najít
- na naší straně byl výpadek, proto vám to nefungovalo, omlouváme se
# --- s10: "the problem is on my side, not in their shop" (reported)
(v|ve|u|na) (mém|mé|mojí|moji|mých|mým|mně|mě|mne) ~3 (ne|nikoli|nikoliv) (v|ve|u|na) ~1 (jejich|jejím|jejích|naší|našem|našich|nich|nás) | noneg
+ bylo mi sděleno, že problém je v mém notebooku, ne v jejich aplikaci
+ prý je chyba u mě, ne u nich
- chyba byla u mě, ne u vás, omlouvám se za zmatek
- problém je ve vašem systému, ne v mém počítači
# --- s10: user error in the accusative ("jedná se o chybu uživatele")
(chybu|vinu|chybě|vině|pochybení|selhání) (uživatele|zákazníka|klienta|obsluhy|kupujícího|spotřebitele)
+ podle servisu jde o chybu uživatele
+ v zamítnutí stálo, že se jedná o pochybení zákazníka
- opravili chybu v aplikaci a uživatelům se omluvili
- jako zákazník jsem chybu nahlásil sám
# --- s10: responsibility refused, noun first
(odpovědnost|zodpovědnost|vinu) ~2 (odmítl*|odmítá|odmítají|odmítnou)
+ zodpovědnost odmítli s tím, že to způsobil kurýr
+ vinu odmítá, prý jsem to zavinil já
- odpovědnost za škodu neodmítli a vše uhradili
- vinu jsem přiznal a zaplatil jsem
# --- s10: "you should have reported / checked / called it earlier", reported
(prý|prej|ať|tvrdil*|tvrdí|řekl*|napsal*|odepsal*|vyčítal*|vyčetl*|sdělil*|odpověděl*|vysvětlil*) ~3 (jsem|jste|sem|jsi|jsme) ~2 (měl|měla|měli|musel|musela|museli) ~3 (ohlásit|oznámit|hlásit|nahlásit|reklamovat|zavolat|napsat|vyfotit|nafotit|zdokumentovat|odmítnout|zkontrolovat|vrátit|zrušit|přečíst|číst|všimnout|zjistit|hlídat|uschovat|vyzvednout|objednat|nastavit|aktualizovat|zálohovat|pojistit|ozvat|přihlásit)
+ řekli mi, že jsem to měla ohlásit do tří dnů, takže smůla
+ prý jste měl zavolat dřív, teď už je pozdě
+ vyčítal mi, že jsem si to měl vyfotit při převzetí
- napsali, že to měli zkontrolovat oni, a omluvili se
- vím, že jsem měl zavolat dřív
# (s10: the "prý ~3 jsem ~3 špatn*" rule above no longer starts on a bare "že",
# which also takes the customer's own admission; it takes sděleno / napsali instead)
+ v odpovědi mi napsali, že jsem nahrál neúplné doklady
- uznávám, že jsem zadala neplatné číslo karty, opravím to
- myslel jsem, že jsem to poslal pozdě, ale dorazilo to včas
# (s10: the "~4 špatně ~1 zadal*" rule above no longer starts on a bare "že" either)
+ sdělili mi, že jsem nesprávně vyplnil reklamační formulář, proto to neuznají
- vím, že je to moje chyba, špatně jsem vyplnila formulář, můžete to opravit?

# -- s10b: "máte to špatně zapojené" (staff telling the customer their setup is wrong)
(prý|prej|to|tvrdil*|tvrdila|tvrdili|tvrdí|údajně|pane|paní|pani) ~1 (máte|mate|máš|mas) ~2 (špatně|blbě|nesprávně|chybně|spatne|blbe) ~1 (zapojen*|nastaven*|nainstalovan*|připojen*|zadan*|vyplněn*|nabit*|zabalen*|namontovan*|uložen*)
podle ~2 (nich|něj|ní|jich|technik*|servis*|operátor*|operátork*|prodavač*|prodejc*|montér*|montážník*|mechanik*) ~5 (špatně|blbě|nesprávně|chybně|neodborně) ~1 (nastaven*|zapojen*|nainstalovan*|připojen*|zadan*|vyplněn*|udělan*|zabalen*|nastavil*|zapojil*|zadal*|zabalil*)
+ to máte blbě zapojené, u nás je všechno v pořádku
+ prej mate spatne nastaveny router
+ podle technika jsme měli špatně zapojený jistič
+ podle nich jsem to špatně zabalila
- mám to asi špatně zapojené, poraďte mi prosím
- podle návodu jsem to zapojil správně
# -- "u nás / s naší sítí je všechno v pořádku": the fault pushed back
(u|s|se|na) (nás|nich|jejich|naší|naším|našim|našem) ~2 (je|jsou|prý|prej) ~2 (všechno|vše|všecko) (v|ok|okej|oukej|funguje)
+ operátor tvrdil, že u nich je všechno v pořádku a chyba bude v mém počítači
+ s jejich přípojkou je prej všechno ok
- u nich v obchodě bylo všechno v pořádku, díky
- doufám, že u vás je vše v pořádku
# -- "dávají to za vinu mně", "přičítají to kurýrovi"
(dávaj*|davaj*|dávali|dávala|dával|dali|dala|dal|přičítaj*|pricitaj*|přičítali|přičetli|přičetl*|přičetla) ~3 za vinu
+ dávají to za vinu mně, že jsem nebyl doma
+ davaj mi za vinu, ze sem to spatne zadal
+ chybu přičetli za vinu kurýrovi
- nikomu to za zlé nemám
- kdo za to může, mi je jedno, chci to opravit
# -- passive: "bylo mi řečeno, že je to zaviněno mnou"
(řečeno|sděleno|napsáno|odpovězeno|prý|prej|tvrdil*|tvrdila|tvrdili|tvrdí|údajně|podle) ~5 (zaviněn*|způsoben*|zapříčiněn*) ~2 (mnou|námi|mně|vámi|zákazník*|uživatel*|kupující*)
+ bylo mi řečeno, že je to zaviněno mnou
+ sdeleno mi bylo, ze zavada byla zpusobena mnou
+ prý je poškození způsobeno kupujícím
- poškození bylo způsobeno při přepravě, omluvili se a poslali nový
- bylo to zaviněno mnou, omlouvám se
# -- "poškozené potem / vodou / pádem" as the staff's verdict
(prý|prej|tvrdil*|tvrdila|tvrdili|tvrdí|řekl|řekla|řekli|údajně) ~4 poškozen* ~1 (potem|vodou|vlhkost*|pádem|nárazem|nošením|používáním|uživatel*|zákazník*|kupující*)
+ prodavač řekl, že sluchátka jsou prý poškozená potem
+ tvrdili ze je to poskozeny padem
+ prý poškozené vlhkostí, záruka se nevztahuje
- vím, že displej byl poškozený pádem, spadl mi
- kurýr přiznal, že je krabice poškozená při přepravě
# -- "jsem prý nedodal / prý jsem se spletl / asi jste se přehlédla"
(prý|prej|údajně) ~1 (jsem|sem|jsme|sme|jste|ste) ~2 (nedodal*|nedoložil*|nepřinesl*|nepodepsal*|nenahlásil*|nepřevzal*|neposlal*|neuvedl*|nedoručil*|spletl*|popletl*|přehlédl*|nepochopil*|nevyplnil*)
(jsem|sem|jsme|sme|jste|ste) (prý|prej|údajně) ~2 (nedodal*|nedoložil*|nepřinesl*|nepodepsal*|nenahlásil*|nepřevzal*|neposlal*|neuvedl*|nedoručil*|spletl*|popletl*|přehlédl*|nepochopil*|nevyplnil*)
(že|ze) ~1 (jsem|sem|jsme|sme|jste|ste) (si|se) (asi|určitě|urcite|nejspíš|zřejmě|jistě|prostě) ~1 (spletl*|popletl*|přehlédl*|splet*|zmýlil*|spletla|přehlédla)
+ nebylo to hotové, protože jsem prý nedodal správný díl
+ prej sem nepodepsal predavaci protokol
+ paní mi řekla, že jsem si asi spletla den
+ tvrdil, že jsem se určitě přehlédl
- asi jsem se spletl, omlouvám se
- prý se spletl technik a hned to opravil
# -- "to je věc majitele domu / výrobce", pushed to another party
(prý|prej|údajně|tvrdil*|tvrdí|tvrdili|řekl|řekla|řekli) ~3 (věc*|vec|veci|záležitost*|zalezitost*) ~1 (majitel*|výrobc*|dopravc*|přepravc*|kurýr*|bank*|obchodu|prodejc*|prodejny|pošty|správc*|dodavatel*|distributor*|pojišťovn*|zákazník*|klient*|developer*|servisu)
+ řidič řekl, že to je věc obchodu
+ rozvod je prý věcí majitele domu
+ tvrdili ze to je zalezitost dopravce
- je to věc názoru, ale obsluha byla fajn
- řekl jsem jim, že je to věc obchodu a ne moje

# --- s11 round: reported blame in more verb forms, with and without diacritics ---
# "zopakovali / oznámila / napsal, že je to moje vina"
(zopakoval*|opakoval*|oznámil*|sdělil*|napsal*|odepsal*|vysvětlil*|naznačil*|tvrdil*|tvrdí|odsekl*|prohlásil*|řekl*|řekla|řekli|trval*|trvá|najevo) ~2 (že|ze) ~2 (moje|moji|mojí|má|můj|mou|mýho|naše) (chyba|vina|chybu|vinu)
+ na pobocce mi zopakovali, ze je to moje vina
+ technička mi oznámila, že to je moje chyba a ne jejich
+ dali mi jasne najevo, ze je to moje vina
- řekl jsem jim, že chyba je jejich
- sam uznavam ze to byla spis nehoda
# "vznikl mou vinou", "podle vás mým zaviněním"
(že|ze|prý|prej|pry|tvrd*|píšete|pisete|uvádíte|uvadite|odůvodněním|oduvodnenim|podle|údajně|udajne) ~5 (mou|mojí|moji|mým|mym) (vinou|chybou|zaviněním|zavinenim|nedbalostí|nedbalosti)
+ v dopise tvrdite, ze skoda vznikla mou vinou
+ prý se to rozbilo mojí chybou
- stalo se to mou vinou, omlouvám se
- mojí chybou bylo jen to, že jsem vám věřil
# "že jsem to zavinila já / rozbil sám"
(prý|prej|pry|podle|tvrd*|odůvodněním|oduvodnenim|zdůvodněním|zduvodnenim|údajně|udajne|řekl*|rekl*|oznámil*|oznamil*|napsal*|odepsal*|naznačil*|naznacil*|vyčítal*|vycital*) ~6 (jsem|sem|jsme|jste) ~3 (zavinil*|zavinila|rozbil*|rozbila|zničil*|zničila|poškodil*|poškodila|pokazil*|pokazila|prasknul*|praskl*|způsobil*|způsobila|aktivoval*|aktivovala|smazal*|smazala|odhlásil*|přepsal*|vypnul*|vypnula) ~2 (já|sám|sama|sami|samy)
(prý|prej|pry|podle|tvrd*|údajně|udajne|řekl*|rekl*|oznámil*|oznamil*|napsal*|naznačil*|naznacil*) ~6 (jsem|sem|jsme|jste) ~3 (já|sám|sama|sami) ~1 (zavinil*|zavinila|rozbil*|rozbila|zničil*|zničila|poškodil*|poškodila|pokazil*|pokazila|způsobil*|způsobila|aktivoval*|aktivovala|smazal*|smazala|odhlásil*|přepsal*|vypnul*|vypnula|objednal*|objednala)
+ prodavacka tvrdila ze jsem si ten displej rozbil sam
+ podle nich jsem tu sluzbu sama aktivovala v appce
+ reklamaci zamitli s oduvodnenim, ze jsem ho poskodila ja
- priznavam, ze jsem to rozbil ja
- rozbil jsem to sám, vím, ale prosím o opravu
- nic jsem sám neaktivoval a chci to zrušit
# "řekl, že je to kvůli tomu, že jsem nezvedal telefon"
(řekl*|rekl*|tvrd*|prý|prej|pry|vymlouv*|sdělil*|napsal*|odpověděl*|odpovedel*|naznačil*|naznacil*|oznámil*|oznamil*|podle|údajně|udajne) ~6 (kvůli|kvuli|protože|protoze|jelikož|jelikoz|poněvadž) ~3 (jsem|sem|jste|ste|jsme) ~2 (nezvedal*|nezvedl*|nebyl*|neměl*|nemel*|nepřevzal*|neprevzal*|nenahlásil*|nenahlasil*|nezadal*|nevyzvedl*|nezaplatil*|nepřečetl*|neprecetl*|neaktualiz*|nezapnul*|nezkontrol*|nereagoval*|neodpověděl*|neodpovedel*|nepotvrdil*|nedal*|nepřišel|neprisel|nepřišla|neprisla|stahoval*|stahovala|zapomněl*|zapomnel*|zapomněla)
+ kuryr rekl ze balik vratil protoze jsem nebyl k zastizeni
+ pani mi napsala, ze se to zaseklo kvuli tomu ze jsem nepotvrdil email
- protože jsem nebyl doma, nechal jsem si ho poslat na výdejnu
- nepřevzal jsem to, protože jsem byl v práci, to je moje věc
# "technik na to, že je to tím, že mám levný router"
(prý|prej|pry|tvrd*|technik*|operátor*|operator*|podle|řekl*|rekl*|údajně|udajne) ~4 (je|to) ~1 (to|je) ~1 (tím|tim) ~2 (že|ze) ~2 (mám|mam|máme|mame|máte|mate|jsem|sem|jste|používám|pouzivam|používáte|pouzivate|jezdím|jezdim|jezdíte|jezdite|nosím|nosim|nosíte|nosite|peru|perete|nechávám|nechavam|necháváte|nechavate|zapínám|zapinam|dělám|delam|děláte|delate|topím|topim|nabíjím|nabijim)
+ technik tvrdi ze je to tim ze mam stary modem
+ podle operatorky je to tím, že máte špatný telefon
- myslím, že je to tím, že mám starý mobil
- asi je to tím, že jsem byl mimo signál
# "že je to věc kurýrní služby / problém mého poradce"
(že|ze|prý|prej|pry) (je|to) (to|je) (věc|vec|starost|problém|problem|záležitost|zalezitost) ~2 (kurýr*|kuryr*|dopravc*|přepravc*|prepravc*|výrobc*|vyrobc*|pošty|posty|banky|dodavatel*|subdodavatel*|poskytovatel*|operátor*|operator*|servis*|pojišťovn*|pojistovn*|prodejc*|obchodník*|obchodnik*|poradc*|poradce|centrál*|central*|oddělení|oddeleni|skladu|elektrárn*|elektrarn*|distribuc*)
+ dozvedel jsem se ze je to vec dopravce a ne jejich
+ na lince rekli, ze to je problem meho byvaleho poradce
- vím, že dopravce je samostatná firma
- zavolal jsem rovnou na poštu, ať to zkontrolují
# "vše házíte na dopravce", "svádíte to na mě"
(házíte|hazite|házet|hazet|házíš|hazis|svádíte|svadite|svádět|svadet|svádíš|svadis|svaluješ|svalujes|svalujete|svalel*|svalovali|shazujete|shazujes|přehazujete|prehazujete) ~3 na
+ porad to hazite na kuryra
+ vy to svadite na me, i kdyz jsem nic neudelal
- na dopravce nic házet nebudu, to chápu
- vím, že na poště mají hodně práce
# "zpoždění je na straně výrobce"
(zpoždění|zpozdeni|výpadek|vypadek|porucha|závada|zavada|nedoručení|nedoruceni|škoda|skoda|chyba|problém|problem) ~4 (na|u) (straně|strane) ~2 (výrobc*|vyrobc*|dopravc*|prepravc*|přepravc*|kurýr*|kuryr*|dodavatel*|subdodavatel*|banky|pošty|posty|partner*|poskytovatel*|skladu|centrál*|central*|distributor*|elektrárn*|elektrarn*)
+ operatorka rekla ze to zpozdeni je na strane dopravce
+ výpadek byl prý na straně distributora, ne u nich
- zpoždění bylo na vaší straně a omluvili jste se
- objednávka byla na straně skladu připravena včas
# "příčina u obchodníka / kvůli obchodníkovi" reported
(tvrd*|prý|prej|pry|údajně|udajne|řekl*|rekl*|vymlouv*|sdělil*|sdelil*|oznámil*|oznamil*) ~6 (kvůli|kvuli|vinou|chybou) ~2 (obchodník*|obchodnik*|prodejc*|poskytovatel*|operátor*|operator*|provozovatel*|elektrárn*|elektrarn*|distributor*|dodavatel*|subdodavatel*|výrobc*|vyrobc*|kuchyn*|kurýr*|kuryr*|řidič*|ridic*|partner*|centrál*|central*|sklad*|bance|bank*|pošt*|post*)
+ pani tvrdila ze platba neprosla kvuli obchodnikovi
+ vymlouval se, že se to zdrželo kvůli řidiči
- zpoždění bylo kvůli počasí, to chápu
- zavolal jsem do banky kvůli platbě
# "chyba poskytovatele", "problém provozovatele"
(chyba|vina|chybou|vinou) (poskytovatel*|provozovatel*|operátor*|operator*|elektrárn*|elektrarn*|distributor*|dodavatel*|majitel*|pronajímatel*|pronajimatel*|obchodník*|obchodnik*|poradc*|poradce|cestovk*|aerolin*|kuchyn*|kuchyne|kolegyn*|IT|servisu|účetní|ucetni|fakturac*)
+ recepcni rekla ze to je chyba poskytovatele internetu
+ prý to byla chyba účetní, ne jejich
- je to chyba vaší firmy a ne moje
- podal jsem stížnost na chybu v účtování
# "tvrdí, že to dělají moje pneumatiky", "způsobuje to váš starý…"
(tvrd*|prý|prej|pry|údajně|udajne|řekl*|rekl*|podle) ~4 (způsobuj*|zpusobuj*|dělají|delaji|dělá|dela|zavinil*|způsobil*|zpusobil*|způsobily|zpusobily) ~2 (moje|můj|muj|mé|moji|mojí|mými|vaše|vase|váš|vaši|vasi)
+ mechanik tvrdil, ze to delaji moje nove brzdy
+ prý to způsobuje váš starý kotel
- vaše aplikace mi dělá problémy
- moje dcera říkala, že to dělají všichni
# "tvrdil, že škrábanec udělal předchozí majitel"
(tvrd*|prý|prej|pry|údajně|udajne|podle|řekl*|rekl*) ~6 (udělal*|udelal*|způsobil*|zpusobil*|zavinil*|rozbil*|poškodil*|poskodil*) ~2 (předchozí|predchozi|předešlý|predesly|minulý|minuly|bývalý|byvaly|soused*|nájemník*|najemnik*|někdo|nekdo)
+ tvrdil ze tu dieru udelal predchozi najemnik
+ prý to poškodil někdo jiný při převozu
- minulý týden jsem to rozbil, omlouvám se
- soused mi pomohl to opravit
# "kdybych uměl číst, tak bych…"
(že|ze|prý|prej|pry|řekl*|rekl*|tvrd*) ~2 (kdybych|kdybyste|kdyby) ~2 (uměl*|umel*|četl*|cetl*|poslouchal*|dával*|daval*|věnoval*|venoval*|přečetl*|precetl*|zkontroloval*) | noneg
+ rekl mi ze kdybych umel cist, nemel bych problem
+ odsekla, že kdybyste četl podmínky, víte to
- kdybych uměl německy, přečetl bych si návod sám
- kdyby mi to někdo řekl dřív, ušetřil bych čas
# "odpověď, že to nefunguje, protože používám neoriginální náplně"
(odpověď|odpoved|odpověděl*|odpovedel*|tvrd*|prý|prej|pry|řekl*|rekl*|napsal*) ~6 (protože|protoze|jelikož|jelikoz|kvůli|kvuli) ~2 (používám|pouzivam|používáte|pouzivate|mám|mam|máte|mate|jsem|sem) ~2 (neoriginální*|neoriginalni*|nevhodn*|levn*|starý|stary|starej|levnej|neschválen*|neschvalen*|nekompatibiln*)
+ technik rekl ze to nejde protoze mam levnej kabel
+ prý to nefunguje, jelikož používáte neoriginální nabíječku
- koupil jsem to, protože mám starý notebook
- nefunguje to, protože jste mi poslali starý model
# "technik řekl, že to je špatnou vodou"
(tvrd*|prý|prej|pry|řekl*|rekl*|údajně|udajne|podle|technik*) ~6 (špatn*|spatn*|tvrdou|tvrda|tvrdá|vápenat*|vapenat*|kvalit*) ~1 (vodou|voda|vody|vodě|vode)
+ technik rekl ze to je spatnou vodou z vodovodu
+ prý za to může tvrdá voda v bytě
- voda u nás je tvrdá, tak jsem koupil filtr
- prosím poraďte, jakou vodu používat
# "odpověděl, že jsem si to určitě přepnul sám" (any verb between)
(prý|prej|pry|tvrd*|údajně|udajne|oznámil*|oznamil*|odepsal*|odpověděl*|odpovedel*|naznačil*|naznacil*|vyčítal*|vycital*|odsekl*|podle) ~4 (jsem|sem|jsme|jste|ste) ~5 (sám|sama|sami|samy)
+ operator odpovedel ze jsem si to urcite prenastavil sam
+ prý jsme si tu službu objednali sami přes aplikaci
- řekl jsem mu, že jsem tam byl sám
- chtěl jsem to zkusit sám, ale nešlo to
# "že si měl přečíst / koupit pojištění / přijet později"
(že|ze|prý|prej|pry|odsekl*|odpověděl*|odpovedel*) ~3 (si|sis|jsem|jste|ste|sem) ~1 (měl|mel|měla|mela|měli|meli) ~3 (přečíst|precist|číst|cist|zkontrolovat|pohlídat|pohlidat|ohlídat|ohlidat|všimnout|vsimnout|uvědomit|uvedomit|koupit|připlatit|priplatit|sjednat|pojistit|zálohovat|zalohovat|vyfotit)
(prý|prej|pry|tvrdil*|tvrdila|tvrdili|řekla|rekla|odsekl*|vyčítal*|vycital*) ~3 (jsem|jste|sem|ste|jsme) ~1 (měl|mel|měla|mela|měli|meli) ~2 (přijet|prijet|přijít|prijit|dorazit|zavolat|volat|ozvat|objednat|rezervovat|zarezervovat) ~1 (dřív|driv|dříve|drive|později|pozdeji|včas|vcas|jindy|jinam|jinak)
+ odpovedela ze si to mel precist v podminkach
+ řekla, že jsem si měl sjednat pojištění
+ recepcni tvrdila ze jsem mela prijet pozdeji
- asi jsem si to měl přečíst, ale nikdo to neříkal
- měla jsem přijet dřív, ale vlak měl zpoždění
# "to není její práce / náš rajon"
(není|neni|nebyla|nebylo) ~2 (naše|náš|nase|nas|naší|nasi|jejich|jeho|její|jeji|moje|moje|má) (práce|prace|úkol|ukol|rajon|rajón|píseček|pisecek|kompetence) | noneg
+ odsekla ze to neni jeji prace
+ pán mi řekl, že to není náš rajon, ať jdu jinam
- je to vaše práce, tak to udělejte
- moje práce mi nedovolí přijít dřív
# "musím to řešit jinde"
(musím|musim|mám|mam|máte|mate|musíte|musite|ať|at|prý|prej) ~2 (řešit|resit|vyřešit|vyresit|reklamovat|vyřídit|vyridit|uplatnit|vymáhat|vymahat|vymáhám|vymaham|řeším|resim|reklamuju|reklamuji) ~2 (jinde|jinam)
+ odepsali mi ze to musim resit jinde
+ prý ať si škodu vymáhám jinde
- vyřešil jsem to jinde a rychleji
- nechci nic řešit jinde, chci to od vás
# "za poškození může odesílatel / elektrárna / předchozí majitel"
za ~4 (může|muze|můžou|muzou|mohou|mohl*|mohla) ~2 (odesílatel*|odesilatel*|majitel*|předchozí*|predchozi*|poskytovatel*|provozovatel*|elektrárn*|elektrarn*|distributor*|obchodník*|obchodnik*|zedník*|zednik*|instalatér*|instalater*|řidič*|ridic*|developer*|stavebn*|pojišťovn*|pojistovn*)
+ dle podpory za to muze odesilatel, ktery to spatne zabalil
+ za vadu prý může předchozí majitel
- nechci řešit, kdo za to může
- za kvalitu ručí výrobce dva roky
# "špatně převážel / zabalil"
(prý|prej|pry|že|ze|tvrd*|údajně|udajne) ~3 (špatně|spatne|blbě|blbe|nesprávně|nespravne|neodborně|neodborne|nešetrně|nesetrne) ~1 (převážel*|prevazel*|převezl*|prevezl*|zabalil*|zabalila|přepravoval*|prepravoval*|montoval*|namontoval*|čistil*|cistil*|sušil*|susil*|vyměnil*|vymenil*|zalil*|zalila)
+ tvrdili ze jsem pracku spatne prevazel
+ prý jsem to nešetrně čistil
- špatně zabalené to dorazilo, prosím o výměnu
- kurýr to převážel špatně, vidím to na krabici
# "vymluvil se na starou elektroinstalaci"
se ~1 (vymluvil*|vymluvila|vymluvili|vymluví|vymluvi) ~2 na
(vymluvil*|vymluvila|vymluvili|vymluví|vymluvi) se ~2 na
+ technik se vymluvil na stary jistic
+ vymluvili se na výpadek serveru
- nechtěl jsem se na nic vymlouvat
- vymluvit mi to nešlo
# "tvrdí, že je to porucha u distributora"
(tvrd*|prý|prej|pry|údajně|udajne|řekl*|rekl*|podle) ~4 (porucha|poruchu|závada|zavada|chyba|chybu|problém|problem|výpadek|vypadek) (u|na|v|ve) ~1 (distributor*|dodavatel*|subdodavatel*|dopravc*|kurýr*|kuryr*|výrobc*|vyrobc*|pošt*|bank*|bance|operátor*|operator*|poskytovatel*|elektrárn*|elektrarn*|sousedů|sousedu|souseda)
+ infolinka tvrdi ze to je porucha u distributora
+ prý je výpadek na poskytovateli, ne u nich
- porucha u distributora byla ohlášená předem, to chápu
- volal jsem poruchu na elektrárnu
# "prý je to tím, že bydlím daleko"
(prý|prej|pry|údajně|udajne|tvrdil*|tvrdila|tvrdili|tvrdí) ~2 (je|to) ~1 (to|je) ~1 (tím|tim) ~1 (že|ze)
+ pry je to tim ze bydlim daleko od vysilace
+ tvrdili, že to je tím, že jezdím málo
- je to tím, že je pátek, chápu
- myslím si, že to bude tím, že prší
# "tvrdí, že je to moje zařízení"
(tvrd*|prý|prej|pry|údajně|udajne|řekl*|rekl*|podle|napsal*|odepsal*) ~4 (je|to) ~1 (to|je) ~1 (moje|můj|muj|mé|me|moji|mojí|vaše|vase|váš|vas) ~1 (zařízení|zarizeni|router*|modem*|telefon*|mobil*|počítač*|pocitac*|notebook*|síť|sit|wifi|instalace|elektroinstalace|prohlížeč*|prohlizec*|nastavení|nastaveni|auto|kabel*|antén*|anten*)
+ technicka podpora tvrdi ze je to moje zarizeni
+ prý to je váš starý router
- myslím, že je to můj router, poraďte
- je to můj první telefon od vás

# --- said round: fault content that is blame only in someone else's
# reported words (from a cue such as řekl, prý, podle, tvrdil to the end of
# the sentence, or in quotes); the customer's own admission ("moje chyba"),
# the customer blaming a third party, or a question does not count.
# "je to prý moje/vlastní chyba", "vaše vina", "můj problém"
(moje|moji|mojí|můj|má|mou|mýho|vlastní|vaše|vaši|váš|vlastni) (chyba|chybu|chybou|vina|vinu|vinou|problém|problem|starost|nedbalost*|nepozornost*) | said
# "špatně jste zapojil / vyplnil / nastavil" (adverb and participle, any order)
(špatně|spatne|nesprávně|nespravne|chybně|chybne|blbě|blbe|neodborně|neodborne) ~2 (zapoj*|vyplni*|vyplně*|vyplne*|nastavi*|nastave*|zada*|zadá*|namontov*|nainstalov*|zabali*|uloži*|ulozi*|připoj*|pripoj*|objedna*|pouzi*|použi*|pouziva*|používa*|zachaze*|zacháze*|uvedl*|uvedla|vybral*|vybrala|zvolil*|zvolila) | said
(zapojil*|vyplnil*|nastavil*|zadal*|namontoval*|nainstaloval*|zabalil*|připojil*|pripojil*|objednal*|uvedl*|vybral*|zvolil*) ~1 (špatně|spatne|nesprávně|nespravne|chybně|chybne|blbě|blbe) | said
# "kvůli vám / vaší nedbalosti / vaším vinou"
(kvůli|kvuli|vinou|zásluhou|zasluhou) (vám|vam|vaší|vasi|vašemu|vasemu|vašim|vasim|vašeho|vaseho|vaši|mně|mne|mé|mému|memu|mojí|moji|mýmu) | said
# "způsobil jste si to sám", "způsobené uživatelem"
(způsobil*|zpusobil*|zavinil*|zapříčinil*|zapricinil*|způsoben*|zpusoben*|zaviněn*|zavinen*|zapříčiněn*|zapricinen*) ~3 (sám|sam|sama|sami|vámi|vami|mnou|uživatel*|uzivatel*|zákazník*|zakaznik*|klient*) | said
# "je to na straně banky / výrobce", "je to u banky"
(je|to|leží|lezi|vázne|vazne) ~1 (to|je) ~1 (na|u) ~1 (straně|strane|bank*|bance|kurýr*|kuryr*|dopravc*|přepravc*|prepravc*|výrobc*|vyrobc*|dodavatel*|pošt*|post*|operátor*|operator*|poskytovatel*|obchodník*|obchodnik*|prodejc*|pojišťovn*|pojistovn*|distributor*) | said
# the customer's own action as the cause: "kvůli stahování filmů", "tím, jak jste to nosil"
(kvůli|kvuli|vlivem|následkem|nasledkem) ~1 (stahování|stahovani|používání|pouzivani|nabíjení|nabijeni|praní|prani|sušení|suseni|pádu|padu|nárazu|narazu|nošení|noseni|zacházení|zachazeni|přetěžování|pretezovani|instalaci|zásahu|zasahu) | said
# "chyba je prý v aplikaci jiné firmy"
(chyba|chybu|vina|vinu|problém|problem|závada|zavada|porucha) ~4 (jiné|jiny|jiný|jiného|jineho|jinou|cizí|cizi|externí|externi|externího|externiho|třetí|treti) | said
+ technik mi řekl, že je to prý moje vlastní chyba
+ pry je to vase vina, nemel jste to zapinat
+ podle paní na lince je to můj problém, ne jejich
+ servisák tvrdil, že jsem to zapojil špatně
+ prej ste spatne nastavil router
+ dozvěděla jsem se, že jsem prý špatně vyplnila žádost
+ operátor prohlásil, že zpoždění vzniklo kvůli vám
+ odepsali mi, že poškození způsobil uživatel sám
+ podle nich je to na straně banky a oni nic neudělají
+ tvrdí, že je to u dopravce, ať si volám tam
+ mechanik naznačil, že se to rozbilo kvůli přetěžování
+ prý je chyba u jiné firmy, takže nám nepomůžou
- byla to moje chyba, omlouvám se, špatně jsem vyplnil číslo
- uznávám, že je to můj problém, ale prosím o radu
- napsal jsem jim, že to byla moje nepozornost
- špatně jsem zapojil kabel, teď už to jde
- podle mě se to rozbilo kvůli pádu, spadlo mi to
- kdo za to může, vy nebo kurýr? chci jen balík
- myslím, že se to rozbilo kvůli pádu, spadlo mi to
- zaviněno mnou, přehodil jsem dvě číslice
