# E-mails, messages, tickets or forms that get no answer, or an answer only
# after days.  Past-tense forms only: "pokud se neozvou / neodpovíte" is a
# hypothetical, not a report.
(neodpověděl*|neodpověděla|neodpověděli|neodpovídal|neodpovídala|neodpovídali|neodepsal*|neodepsala|neodepsali|neodpisuj*) | noneg
(neozval*|neozvala|neozvali|neozývaj*|neozývá) | noneg
(nereagoval*|nereagovala|nereagovali|nereagují|nereagujete|nereagujou) | noneg
(neodpovídá|neodpovídají|neodpovídáte|nereaguje|nereaguj*) ~2 na ~2 (e-mail*|email*|mail*|zpráv*|dotaz*|reklamac*|stížnost*|urgenc*|výzv*|dopis*|ticket*|formulář*|požadav*|žádost*|podnět*|moje|mé|můj|mou) | noneg, weight=0.5
(e-mail*|email*|mail*|zpráv*|dotaz*|reklamac*|stížnost*|urgenc*|dopis*|ticket*|formulář*|žádost*|podnět*) ~3 (neodpovídá*|nereaguj*|neodpověd*|nereagoval*|neozval*) | noneg
(e-mail*|email*|mail*|zpráv*|dotaz*|reklamac*|stížnost*|urgenc*|dopis*|ticket*|formulář*|žádost*|podnět*) ~4 (nikdo|nic) ~2 (neodpověděl*|neodpověděla|neodpověděli|nereagoval*|nereagovala|nereagovali|neozval*|neodepsal*|nepřišlo|nepřišla) | noneg
nikdo ~3 (neodpovídá|neodpovídají|nereaguje|nenapsal*|nenapsala) | noneg
(nenapsal*|nenapsali) ~3 (zpět|zpátky) | noneg
bez (odpovědi|odezvy|reakce) | noneg
bez (jakékoliv|jakékoli|jediné) (odpovědi|reakce|odezvy) | noneg
(žádná|žádnou|žádné|nulová|nulovou|ani) (odpověď|odpovědi|reakce|reakci|odezva|odezvu) | noneg
(odpověď|odpovědi|reakce|reakci|vyjádření|stanovisk*|odezv*) ~3 (nepřišla|nepřišly|nedorazila|nedorazil*|nemám|nemáme|nedostal*|nedočkal*|nedočkala|nedočkali|neobdržel*) | noneg
(nepřišla|nepřišly|nedostal*|nedostala|nedostali|nedočkal*|nedočkala|nemám) ~3 (odpověď|odpovědi|reakci|žádná) | noneg
ticho po pěšině
po ~2 (týdnech|týdnu|měsících|měsíci) ~3 (odpověď|odpovědi|odpověděl*|odepsal*|ozval*|ozvala|ozvali|reagoval*|vyjádřil*|vyjádření|zamítnutí|stanovisko)
(odpověď|odpovědi|reakce|odezva) ~1 (žádná|žádné|nikde|nulová|nepřichází) | noneg
(e-mail*|mail*|zpráv*|dotaz*|formulář*|urgenc*|stížnost*) ~2 (a|ale) ~1 (nic|ticho) | noneg
od té doby ~2 ticho
(a|pak|potom|zase|opět) ticho
(stále|pořád|zatím|jen|jenom|pouze|naprosté|hrobové|úplné|dál) ticho | weight=0.5
(ignoruj*|ignorov*) ~3 (e-mail*|email*|mail*|zpráv*|dotaz*|reklamac*|stížnost*|urgenc*|žádost*|formulář*)
(e-mail*|mail*|zpráv*|dotaz*|reklamac*|stížnost*|urgenc*|formulář*|ticket*|požadav*|žádost*|dopis*) ~4 (zůstal*|zůstává|zůstávají) ~1 (bez|nezodpovězen*|nevyřízen*) | noneg
nezodpovězen* | noneg
(nevyjádřil*|nevyjádřila|nevyjádřili|nevyjadřuj*) | noneg
(nedal|nedala|nedali|nedalo) ~2 vědět | noneg
ani (řádka|řádek|řádku|písmeno|čárka|čárku|ťuk|odpověď|reakce|reakci|odezva|odezvu|vyjádření|písknutí|pípnutí|pípnout|písknout|hláska|hlásku|slovíčko|ozvěna|ozvěnu|vidu) | noneg
pak ~1 (už|již) (nic|ticho) | noneg
(stále|pořád|dodnes|furt|marně|doteď|dosud|ještě|zatím) ~3 (čekám|čekáme|čekala|čekal) ~5 (odpověď|odpovědi|odpovědět|odpoví|reakc*|vyjádření|odezv*|ozve|ozvou|odepíše|odepíšou|odpovídat) | noneg
(odpověď|odpovědi|vyjádření|reakce|reakci|odezva|stanovisko|odpověděl*|odepsal*|ozval*|reagoval*|vyjádřil*) ~5 po ~2 (týdnech|týdnu|měsíci|měsících)
# -- an answer that came only after days or weeks, or waiting for it for days
(odpověď|odpovědi|odpověděl*|odepsal*|ozval*|reagoval*|reakce|odezva) ~4 (až|teprve) (po|za) ~2 (dn*|den|týdn*|týden|měsíc*)
(až|teprve) (po|za) ~2 (dnech|dnu|dny|dní|den|týdnech|týdnu|týdny|týden|měsíc*) ~3 (odpověděl*|odepsal*|ozval*|reagoval*|odpověď|přišla)
(=čekat|čekám) ~4 (odpověď|odpovědi|reakc*|vyjádření|odezv*) ~4 (dn*|den|týden|týdn*|měsíc*)
(dn*|den|týden|týdn*|měsíc*) ~3 (=čekat|čekám|čekala|čekal) ~3 (odpověď|odpovědi|reakc*|vyjádření)
+ napsal jsem tři e-maily a nikdo mi neodpověděl
+ na reklamaci mi stále nikdo neodpověděl, ticho po pěšině
po ~2 (dnech|týdnech|týdnu|měsících|měsíci) ~3 (odpověď|odpovědi|odpověděl*|odepsal*|ozval*|ozvala|ozvali|reagoval*|vyjádřil*|vyjádření|zamítnutí|stanovisko)
+ formulář jsem vyplnila před dvěma týdny, žádná odpověď
+ odpověď přišla až po třech týdnech
+ nikdo se mi neozval, a to jsem psal dvakrat
+ nereagují na moje e-maily
- pokud se mi do pátku neozvou, zruším smlouvu
- odpověděli mi ještě ten den, super
- zboží neodpovídá popisu
+ poslal jsem dotaz a od té doby ani řádka
+ žádost jsem podal minulý měsíc a nikdo mi nedal vědět

# -- r4: only the automatic acknowledgment, then silence
(automatick*|automaticky) ~2 (odpověď|odpovědi|potvrzení|e-mail|mail|zprávu) ~4 (od|pak|potom|víc|dál|dále|jinak|kromě) ~3 (nic|ticho|nikdo|žádn*)
+ dostal jsem automatickou odpověď a od té doby nic
+ přišlo automatické potvrzení a pak už ticho
+ jen automatický e-mail, žádná reakce od člověka
- automatická odpověď přišla a hned druhý den i řešení, nic nechybí
- automatické potvrzení přišlo hned

# -- r6: "wrote three times and nothing", messages ignored
(psal*|psala|psali|napsal*|napsala|napsali|poslal*|poslala|poslali|urgoval*|urgovala|píšu|posílám|píšeme) ~5 (a|ale) (nic|ticho) | noneg
ani ň | noneg
(e-mail*|email*|mail*|maily|zpráv*|dotaz*|reklamac*|stížnost*|urgenc*|žádost*|formulář*|dopis*|ticket*) ~3 (ignoruj*|ignorov*|ignoroval*|ignorovali|přehlíž*|přehlížel*)
+ psal jsem jim třikrát a nic
+ moje maily ignorují
+ odpověď? ani ň
- psal jsem jim a hned odpověděli
- zprávy neignorují, odpověď přišla hned

# round 7 (industries): "ani jedna odpověď", "pořád žádné vyjádření / stanovisko" after a claim, ticket or e-mail
(ani|žádná|žádnou|žádné|žádný|nulová) ~1 (odpověď|odpovědi|reakce|reakci|odezva|odezvu|vyjádření|stanovisko) | noneg
+ poslal jsem dva e-maily na fakturační oddělení a ani jedna odpověď
+ ke škodní události pořád žádné stanovisko od likvidátora
- odpověď od pojišťovny přišla hned druhý den

# -- r8: "vy mlčíte", "podpora mlčí týdny"
(vy|oni|podpora|firma|společnost|úřad|banka|e-shop|eshop|obchod|reklamační|zákaznick*|infolinka|servis|nikdo|všichni|dopravce) ~2 (mlčí|mlčíte|mlčeli|mlčela|mlčel|mlčet)
+ píšu vám opakovaně a vy mlčíte
+ reklamační oddělení mlčí už druhý týden
- mlčel jsem a nechal paní domluvit

# --- r9a: empty inbox, ticket untouched ---
(schránk*|schrank*|schránc*|schranc*|inbox*|mailbox*) ~3 (prázdn*|prazdn*|nic) | noneg
(ticket*|tiket*|požadav*|pozadav*|reklamac*|stížnost*|stiznost*|dotaz*|žádost*|zadost*|e-mail*|email*|mail*|zpráv*|zprav*) ~4 (visí|visi|visel*|leží|lezi|ležel*|lezel*|trčí|trci|trčel*|trcel*) | weight=0.5
nikdo ~4 (nepodíval*|nepodival*|nepodívala|nepodivala|neotevřel*|neotevrel*|nepřečetl*|neprecetl*|nečetl*|necetl*|nevšiml*|nevsiml*) | noneg, weight=0.5
(zpráv*|zprav*|mail*|e-mail*|email*|ticket*|tiket*) ~3 (nepřečten*|neprecten*|neotevřen*|neotevren*) | noneg
+ Ve schránce nic, přitom jsem jim psal už před měsícem.
+ Moje reklamace tam visí od února a nikdo se na ni ani nepodíval.

# --- r11b: idioms of writing into the void
(psal*|psala|psali|píšu|píšeme|psát|napsal*|napsala|poslal*|posílal*|posílala|mluvit|mluvil*|volat) ~3 do (zdi|dubu|prázdna|vzduchu|větru|díry|vzduchoprázdna) | noneg
(zpráv*|mail*|e-mail*|email*|dotaz*|formulář*|stížnost*|reklamac*|dopis*|žádost*|ticket*|urgenc*) ~5 (černé|černá|černou) (díry|díra|díru) | noneg
(černé|černá|černou) (díry|díra|díru) | weight=0.5
(zpráv*|mail*|maily|e-mail*|email*|dotaz*|formulář*|stížnost*|reklamac*|dopis*|žádost*|ticket*|urgenc*) ~3 (zapadl*|zapadne|zapadají|zapadnou|mizí|mizej*|zmizel*|zmizela|zmizely) | noneg
ticho (jak|jako) ~2 (hrob*|hrobě|kostele|myš|pěšině)
(týden|týdny|týdnů|měsíc|měsíce|měsíců|dny|dní|den|dva|tři) ticho | noneg
# nobody bothered / deigned to answer
(neobtěžoval*|neobtěžovala|neobtěžovali|neobtěžuj*|neráčil*|neráčila|neráčili|nenašel|nenašla|nenašli|nenajde|nenajdou) ~4 (odepsat|odpovědět|odpovědi|ozvat|reagovat|napsat|odpovídat|zpětnou) | noneg
nikdo ~3 (neozve|neodpoví|neodepíše|nenapíše|nezareaguje|nereaguje) | noneg
# left unnoticed, unanswered
(ponechal*|ponechala|ponechali|ponechán*|ponechan*) ~3 bez (povšimnutí|odpovědi|odezvy|reakce|vyřízení) | noneg
(nechal*|nechala|nechali|zůstal*|zůstala|zůstaly|zůstává|zůstávají) ~3 bez povšimnutí | noneg, weight=0.5
(zpráv*|mail*|e-mail*|email*|dotaz*|formulář*|stížnost*|reklamac*|dopis*|žádost*|ticket*|urgenc*|podnět*) ~6 bez povšimnutí | noneg, weight=0.5
(dodnes|doteď|dosud|dotedka|furt|pořád|stále|zatím) (nic|ticho) | noneg, weight=0.5
# read, then nothing
(zpráv*|mail*|e-mail*|email*|dotaz*|dopis*|ticket*) ~4 (přečetl*|přečetla|přečetli|přečteno|přečten*|zobrazen*|viděno) ~4 (nic|ticho|žádn*|nedočkal*|nedočkala|bez) | noneg
(přečteno|přečtená|viděno|zobrazeno) ~4 (nedočkal*|nedočkala|nic|ticho|žádn*) | noneg
# wrote to you, and you: nothing
(psal*|psala|psali|napsal*|napsala|napsali|poslal*|poslala|poslali|posílal*|posílala|urgoval*|píšu|posílám|píšeme) ~6 (a|ale) ~1 (vy|oni|firma|nikdo) (nic|ticho) | noneg
# waiting for the statement for N days, or since long ago
(odpověď|odpovědi|reakc*|vyjádření|odezv*|stanovisk*) ~6 (=čekat|čekali|čekala|čekal|čekám|čekáme) ~4 (dn*|den|týden|týdn*|měsíc*) | noneg
(=čekat|čekám|čeká|čekáme|čekají) ~3 na ~2 (odpověď|odpovědi|reakc*|vyjádření|odezv*|stanovisk*) ~2 (už|již|marně|dodnes|doteď|od) ~2 (týdn*|týden|měsíc*|dn*|den|jara|léta|podzimu|zimy|Vánoc|Velikonoc|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince) | noneg
(neobdržel*|neobdržela|neobdrželi|neobdrželi) ~3 (odpověď*|odpovědi|reakc*|vyjádření|stanovisk*|potvrzení|odezv*) | noneg
+ Psal jsem jim přes kontaktní formulář, jako bych psal do zdi.
+ tatinkuv dopis nechali bez povsimnuti, dodnes nic
+ nikdo se neobtezoval mi odepsat
+ napsala jsem jim a vy nic, ani ň
+ odpovedi jsem se nedockal, zprava ma stav precteno
+ na vyjadreni k fakture jsme cekali dva tydny
+ cekam na odpoved uz od brezna
+ moje maily proste zapadly
- ticho v čekárně bylo příjemné
- černá díra v rozpočtu nás nepřekvapila
- přečetl jsem si podmínky a vše bylo jasné
- odpovedi jsme se dockali hned druhy den

# r13 thesaurus pass: silence idioms, playing dead, unanswered channels
ani (vidu|slechu|ťuk|pípnutí|ň) | noneg
(dělají|dělali|dělá|dělal*|hrají|hráli|hraje|hrál*) ~1 (mrtvého|mrtvýho|mrtvé|mrtvou) ~1 (brouka|brouky)
(zapadl*|zapadla|zapadly|zapadlo|zmizel*|zmizela|zmizely|ztratil*|ztratila|ztratily|propadl*|propadla|propadly) ~3 (bez|beze) ~1 (odezvy|odpovědi|reakce)
(nikdo|žádný|žádná) ~3 (neodepíše|neodepsal*|neodepsala|neodepsali|neodpoví|neodpovídá|nereaguje|nezareagoval*|nezareagovala|nezareagovali|neozval*|neozvala|neozvali|neozve|neozvou) | noneg
(nezareagoval*|nezareagovala|nezareagovali|nezareagujou|nezareagují|neodepisuj*|neodepisoval*|neozývaj*|neozývali|neozývala) | noneg
(odpověď|odpovědi|reakce|reakci|odezv*|vyjádření|ozvání) ~3 (nepřichází|nepřišla|nepřišlo|nepřicházela|nepřicházejí|nikde|neexistuje|nula|žádná|žádnou|doteď|dodnes) | noneg
(zprávy|zpráv|maily|mailů|e-maily|e-mailů|emaily|emailů|dotazy|dotazů|urgence|urgencí|stížnosti|stížností) ~4 (nereagují|nereagujou|nereaguje|ignorují|ignorujou|ignoruje|ignorovali|ignorovala|přehlížejí|přehlíží|mlčí|mlčeli|zapadly|zapadají)
(mlčí|mlčeli|mlčela|mlčel|mlčíte|mlčet|mlčej) ~3 (jak|jako) ~1 (hrob|hrobě|ryba|ryby|zařezan*|zařezaní|zařezanej|pěna|partyzán*)
(žádná|žádnou|nulová|nulovou|ani) zpětn* (vazb*|reakc*|kontakt*) | noneg
+ Na reklamaci mi dodnes nikdo nezareagoval, ani vidu ani slechu.
+ Firma dělá mrtvého brouka a na maily mlčí jako hrob.
+ Moje zprávy zapadly bez odezvy.
- Na mail odpověděli do hodiny a vše vyřešili.
- Kurýr nikdy nechodí pozdě, vždy se ozve předem.

# -- r15 cs15: not even a receipt confirmation; sent a message, still nothing
(ani|žádné|žádného|nepřišlo|nedorazilo|nedostal*|neobdržel*) ~3 potvrzení ~2 (přijetí|přečtení|doručení) | noneg
(poslal*|napsal*|psal*|odeslal*|zaslal*) ~4 (zprávu|zprávy|e-mail*|email*|mail*|dotaz*|dm|požadav*|tiket*|ticket*) ~3 (pořád|stále|furt|dodnes|zatím) nic | noneg
+ formulář odeslán před týdnem, nepřišlo mi ani potvrzení o přijetí
+ napsala jsem mail v pondělí a zatím nic
- potvrzení o přijetí mi přišlo hned
# -- cs16: the answer only came months later
(odpověď|odpoved|reakce|odezva|vyjádření) ~2 (přišla|dorazila|přišel|dorazil) ~1 (až|az) | noneg
+ Odpověď přišla až po třech měsících.
+ Reakce dorazila až v září.
- Odpověď přišla hned druhý den.
- Po přepojení bylo ve sluchátku jen ticho.

# -- messages seen, never answered (often across "ale": two halves)
(mají|má|maj|máte) ~2 (přečten*|zobrazen*|viděn*|otevřen*) | weight=0.5
(neodpovídají|neodpovídáte|neodpovídaj|neodepisují|neodepisujou|neodepisuje|neodepíšou|neodepíše|nereagují|nereagujou) | noneg, weight=0.5
+ zprávy mají přečtené, ale neodpovídají
+ e-mail má zobrazený a neodepisuje
+ dotazy mají přečtené, ale už týden neodepisujou
- zboží neodpovídá popisu
- zprávu mají přečtenou a hned odpověděli

# -- s9: "ozvat se nikdo neobtěžoval", "nikdo se nemá k tomu, aby odepsal",
#    mails "v černé díře", a promised reply "do 24 hodin", "trvalo týden, než odepsali"
(ozvat|odpovědět|odepsat|reagovat|zareagovat|odpovídat|odpovědět|zavolat) ~3 (neobtěžoval*|neobtěžovala|neobtěžovali|neobtěžuje|neobtěžují|nenamáhal*|nenamáhala|nenamáhali|neuráčil*|neuráčila|neuráčili|neráčil*|neráčili) | noneg
(neobtěžoval*|neobtěžovala|neobtěžovali|nenamáhal*|nenamáhali|neuráčil*|neuráčili|neráčil*|neráčili) ~3 (ozvat|odpovědět|odepsat|reagovat|zareagovat|odpovídat|zavolat) | noneg
nemá* ~1 k tomu ~3 (odpověděl*|odepsal*|ozval*|napsal*|zareagoval*|zavolal*|odpovědět|odepsat|ozvat) | noneg
(mail*|e-mail*|email*|mejl*|zpráv*|dotaz*|žádost*|ticket*|tiket*) ~4 (černé|černý|černou|černá) (díry|díře|díru|díra)
(slibovala|slibovalo|slibovali|slíbil*|slíbila|slíbili|slibuje|slibují|garantoval*|garantuje) ~2 (reakci|odpověď|odpovědi|ozvání|vyjádření) ~2 do
trval* ~4 (dní|dnů|dny|dni|týden|týdny|týdnů|tejden|měsíc|měsíce) ~3 než ~3 (odepsal*|odepsala|odepsali|odpověděl*|odpověděla|odpověděli|ozval*|ozvala|ozvali|zareagoval*|zareagovali) | noneg
(napsal*|poslal*|psal*|odeslal*|odeslala) ~3 (mail*|e-mail*|email*|mejl*|zpráv*|dotaz*|formulář*|žádost*) ~3 (zase|zas|opět) nic | noneg
+ ozvat se mi nikdo neuráčil
+ odpovědět se nikdo neobtěžoval už dva týdny
+ nikdo se nemá k tomu, aby mi odepsal
+ moje maily asi padají do černé díry
+ stránky slibují odpověď do dvou dnů a je to týden
+ trvalo jim deset dní, než mi odepsali
+ napsal jsem email a zase nic
- odpověděli mi hned, nikdo nemusel nic urgovat
- odepsali mi obratem, nemusel jsem se nikomu připomínat

# -- s9b: "naprosté ticho"
(naprosté|hrobové|totální|absolutní) ticho
+ z vaší strany hrobové ticho
+ na moje dotazy naprosté ticho
- v obchodě bylo příjemné úplné ticho, žádná hudba

# -- s9d: "jak dlouho mám čekat na odpověď"
(dlouho|dokdy) ~3 (čekat|čekám|čekáme|čekal*) ~1 na ~1 (odpověď|odpovědi|reakci|vyjádření|zpětnou)
+ jak dlouho mám čekat na odpověď na mail?
+ dokdy budu čekat na vaši reakci?
- jak dlouho se čeká na odpověď obvykle? ptám se předem
