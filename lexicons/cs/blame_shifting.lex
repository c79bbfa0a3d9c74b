# Staff say the problem is the customer's fault, or push it onto someone
# else (courier, manufacturer, another department, "the system") to avoid
# responsibility.  Not the customer blaming the company, not the customer
# admitting their own mistake ("moje chyba, špatně jsem zadal adresu").

# -- "it's your fault" (staff quoted speaking to the customer)
(je|to) (to|je) (vaše|váš) (chyba|vina|problém)
chyba je (na|u) ~1 (vaší|vás|vás)
(můžete|můžeš) si za to
si za to (můžete|můžeš)
(že|prý|řekl*|řekla|říkal*|tvrdil*|tvrdí|takže) ~2 si za to (můžu|může|mohu|můžeme)
(že|prý|tvrdil*|tvrdí|řekl*|řekla|říkal*|obvinil*|označil*|takže) ~4 (moje|moji|můj|má) (chyba|vina|chybu|vinu)
(že|prý) (je|byla) ~2 (chyba|vina) (zákazník*|na|moje)
(obvinil*|obvinila|obvinili) (mě|mne|nás)
(obviňoval*|vyčítal*|vyčítala|vyčítali)
# -- "you did it wrong", "you should have ..."
vy jste ~3 (špatně|nesprávně|blbě|rozbil*|poškodil*|zapomněl*|nevyplnil*|nepřečetl*|spletl*|nezaplatil*)
(měl|měla|měli) jste ~3 (zkontrolovat|přečíst|prohlédnout|ověřit|hlídat|vědět|uschovat|nahlásit|objednat|pozor)
(že|prý|tvrdil*|tvrdí|tvrdili|vyčítal*) ~3 (špatně|nesprávně|neodborně|nešetrně|blbě) ~1 (používal*|používám|použil*|zacházel*|pral*|prala|skladoval*|nainstaloval*|zapojil*|nastavil*|naklikal*|naklikala|obsluhoval*|manipuloval*|složil*|nabíjel*)
(používám|používal*|zacházím|zacházel*) ~1 (špatně|nesprávně|neodborně)
(že|prý|tvrdil*|tvrdí|tvrdili) ~3 (jsem|jsme) ~3 (rozbil*|poškodil*|zničil*|špatně|nesprávně|upustil*|polil*|zavinil*|způsobil*|neodborně|zapomněl*|utopil*|namočil*|zlomil*|přetížil*|ohnul*|poškrábal*|zanedbal*|nevyzvedl*|nezaplatil*|přehlédl*|nepřečetl*|nečetl*|spálil*|zavirov*)
mechanick* poškozen*
neodborn* (zásah*|manipulac*|instalac*|použití|montáž*)
nesprávn* (použití*|používání*|zacházení)
špatn* zacházení*
# -- pushed onto a third party or "the system"
(svedl*|svedla|svádí|svádějí|sváděli|svádět) ~4 na
(hodil*|hodila|hodili|házel*|hází|házejí|přehodil*) ~3 na ~1 (kurýr*|pošt*|dopravc*|přepravc*|výrobc*|sklad*|systém*|bank*|dodavatel*|subdodavatel*|partner*|technik*|montáž*|servis*|centrál*|kolisání|počasí|kolegy|kolegu|kolegyni|oddělení)
(svalil*|svalila|svalují|svalovali|házel*|hází|házejí|hodil*|hodila|přehazuj*|přehazoval*|přehodil*) ~2 (vinu|odpovědnost|zodpovědnost)
(vinu|odpovědnost|zodpovědnost) ~3 na (kurýr*|dopravc*|přepravc*|výrobc*|systém*|poštu|sklad*|kolegy|kolegu|mě|nás|dodavatel*|subdodavatel*|partner*|banku)
(odmítl*|odmítla|odmítli) ~3 (odpovědnost|zodpovědnost)
(prý|prej|tvrdí*|tvrdil*|že|řekl*|říkal*) ~4 (způsobil*|zavinil*|zdržel*|zdržela|poškodil*|ztratil*|pokazil*|rozbil*|zapříčinil*) ~2 (kurýr*|pošta|poštu|dopravc*|přepravc*|výrobc*|výrob*|sklad*|systém*|banka|banku|dodavatel*|subdodavatel*|partner*|technik*|montáž*|servis*|centrál*|obchodník*|prodejc*|depo)
za ~2 (může|můžou|mohou|mohl*|mohla|mohli) ~2 (kurýr*|pošta|dopravc*|přepravc*|výrobc*|výroba|sklad*|systém*|banka|dodavatel*|subdodavatel*|partner*|technik*|obchodník*|prodejc*|depo|počasí|zákazník|vy|sám|sama|přeprav*|společnost|firma|dopravní*|logistik*|kolega|kolegyně|moje|můj|má|vaše|váš|vaši|vašem)
(může|můžou|mohou) za to ~2 (systém*|kurýr*|pošta|dopravc*|výrobc*|sklad*|banka|dodavatel*|subdodavatel*|počasí|zákazník|vy)
(je|to|byla|jde) ~2 (chyba|vina|problém|záležitost|věc) ~1 (kurýr*|dopravc*|přepravc*|výrobc*|dodavatel*|pošty|systému|skladu|centrály|banky|partner*|oddělení|aplikace|ppl|dpd|zásilkovn*|gls)
(chyba|vina|problém) (je|byla) ~1 (na|u) ~2 (poskytovatel*|operátor*|kurýr*dopravc*|přepravc*|výrobc*|dodavatel*|pošt*|banky|partner*|skladu|centrály)
(musíte|budete|máte|ať|je) ~3 (řešit|vyřešit|reklamovat|obrátit|stěžovat) ~3 (u|s|na) ~1 (kurýr*|dopravc*|přepravc*|výrobc*|dodavatel*|pošt*|banky|ppl|dpd|zásilkovn*|gls)
(řešte|reklamujte|obraťte) ~2 (u|s|na) ~1 (kurýr*|dopravc*|přepravc*|výrobc*|dodavatel*|pošt*|banky|ppl|dpd|zásilkovn*|gls)
# mutual blame: each party says it was the other
/\b(\w+)[^\w.!?;]+tvrdi\w*,?[^\w.!?;]+ze[^\w.!?;]+(to[^\w.!?;]+)?(\w+[^\w.!?;]+){0,3}(\w+)[^\w.!?;]+(\w+[^\w.!?;]+)?\4[^\w.!?;]+(tvrdi\w*[^\w.!?;]+)?(ze[^\w.!?;]+)?(\w+[^\w.!?;]+)?\1/
/\btvrdi\w*\b[^.!?;]{0,80}\b(tvrdi\w*|rika\w*)[^\w.!?;]+(opak|obracene)\b/
nikdo za ~1 nic ~1 (nemůže|nemůžou|nemohou) | noneg
/\b(\w{4})\w*[^\w.!?;]+(odkazuj\w*|posila\w*|ukazuj\w*|svadi\w*|hazi)[^\w.!?;]+na[^\w.!?;]+(\w{4})\w*[^\w.!?;]+(a[^\w.!?;]+)?\3\w*[^\w.!?;]+(\w+[^\w.!?;]+)?na[^\w.!?;]+\1/
# sarcastic summary of what staff said
takže ~3 (moje|můj) (chyba|vina)
# "not our fault / not our problem / not our department"
(není|nebyla) to (naše|náš) (chyba|vina|problém|věc|starost) | noneg
to (není|nebyla) (naše|náš) (chyba|vina|problém|věc|starost) | noneg
nejsme za to ~1 (zodpovědní|odpovědní) | noneg
(za|my) to ~1 (nemůžeme|neručíme|neručí|neodpovídáme) | noneg
(nemůžeme|neručíme|neručí) za (to|to,) | noneg
(neneseme|nenese) ~2 (odpovědnost|zodpovědnost) | noneg
nespadá ~3 pod | noneg
to nespadá | noneg
nespadá ~2 do ~2 kompetenc* | noneg
(nemáme|nemají|nemám) ~2 na starosti | noneg
to (není|neni) ~2 (naší|jejich) kompetenc* | noneg
(věc|problém|chyba|starost|záležitost) ~3 ne (jejich|naše|náš|moje|můj|jeho|její) | noneg
/\bpodle[^\w.!?;]+(\w{4})\w*\b[^.!?;]{0,60}\bpodle[^\w.!?;]+(\w{4})\w*[^\w.!?;]+\1/
(prý|že|tvrdí*|tvrdil*|podle) ~4 (můžu|mohu|můžeme|můžete) ~1 (já|sám|sama|my|vy)
+ operátorka mi řekla, že je to prý moje chyba
+ svedli to na kurýra a dál to neřešili
+ prý za to může dopravce, ať to řeším s ním
+ tvrdili, že jsem to rozbil sám
+ to neni nase chyba, reklamujte to u vyrobce
+ chyba je na vaší straně, řekla mi
+ prodejna tvrdí, že to ztratil dopravce, dopravce tvrdí, že prodejna
- byla to moje chyba, špatně jsem zadal adresu
- vaše chyba to nebyla, omlouvám se za zmatek
- kurýr přišel včas a všechno bylo v pořádku
