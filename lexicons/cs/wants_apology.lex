# Asks for an apology, or complains that no one apologised.
(chci|chceme|chtít|chtěl*|chtěla|právo|nárok|žádám|žádáme|požaduji|požadujeme|požaduju|očekávám|očekáváme|čeká*|čekal*|bych|zasloužím|zasloužíme|dlužíte|trvám|dožaduji|aspoň|alespoň|minimálně|byste|slušelo|slušela|místě|patří|hodila|hodilo|hodil) ~4 (omluv*)
omluv* ~3 (místě|by|bodla|slušela)
(písemn*|veřejn*|oficiáln*|formáln*|osobn*|upřímn*) (omluvu|omluva|omluvy|omluvou|omluvě)
(abyste|aby|ať|že) ~2 se ~4 (omluvili|omluvil*|omluvila|omluví|omluvíte)
(neomluvil*|neomluvila|neomluvili|neomluví|neomluvilo) | noneg
nikdo ~3 neomluv* | noneg
bez ~2 omluvy | noneg
(žádná|žádnou|žádné) omluv* | noneg
ani ~2 omluv* | noneg
(nedostal*|nedostala|nedočkal*|nedočkala) ~3 omluv* | noneg
omluv* ~3 (nedostal*|nepřišl*|nikdo|nikde|nikoho|nikomu|nenapadl*) | noneg
místo (omluvy|omluva) | noneg
(nežádám|nechci|nepožaduji|nepožaduju|neočekávám) ~3 (než|jen|jenom|kromě) ~2 omluv* | noneg
+ ani se neomluvili
+ očekávám písemnou omluvu
+ zadna omluva, nic
+ chtěla bych aspoň omluvu
- omlouvám se, že píšu tak dlouho
- operátorka se hned omluvila a vše vyřešila
- děkuji za omluvu a rychlé vyřešení
+ místo omluvy přišla další faktura
# -- "no apology either", "don't expect an apology"
omluv* ~2 (taky|také|ani|vůbec|pochopitelně|samozřejmě) ne | noneg
omluv* ~2 (nečekejte|nečekej|neočekávejte|nehrozí|nepřišla|nepadla|nezazněla|nikde) | noneg
+ vedoucího mi nedali, omluvu taky ne
+ křičel na mě a omluvu nečekejte
- omluvili se hned a dali slevu

# -- r4: "prosím o omluvu", "aspoň by se mohli omluvit", "kdyby se aspoň omluvil"
(prosím|prosíme|zasloužil*|zasloužila|chtělo|nárok) ~4 omluv*
kdyby ~6 (aspoň|alespoň) ~4 (omlouv*|omluvil*|omluvila|omluvili) | noneg
(ani|nikdo) ~3 (omlouv*|neomlouv*) | noneg
(neomlouval*|neomlouvá*) | noneg
+ Prosím o nápravu a omluvu.
+ Kdyby mi někdo aspoň napsal, že se omlouvá.
+ a ani se neomlouval
- technik se hned omluvil a vše opravil
- omlouvám se za pozdní odpověď
- dostala jsem omluvu i slevu, děkuji

# -- r6: "not even a pardon", "where is the apology?", "they don't know the word sorry"
(ani|žádné|žádný|žádnej|bez|nikdo|nikde) ~2 (pardon|promiňte|prominte|promiň|sorry|sorráč) | noneg
(aspoň|alespoň|obyčejné|obyčejný|jednoduché|prosté|blbé|blbý|stačilo|stačí) ~2 (pardon|promiňte|prominte|promiň|sorry|sorráč)
(slovo|slova) ~1 (promiň*|promin*|pardon|omluv*|sorry) ~4 (neznaj*|nezná|neexistuje|nepadlo|nezaznělo|neslyšel*|neslyšela|nepoužív*|nepoužil*) | noneg
kde ~3 omluv*
+ ani pardon, nic
+ aspoň promiňte by neuškodilo
+ slovo promiň tam neznají
+ kde je nějaká omluva?
- řekl promiňte a hned to opravil
- pardon, to byla moje chyba

# --- r9a: words of regret, "omluva žádná" ---
(zasloužím|zaslouzim|zasloužíme|zaslouzime|čekal*|cekal*|čekám|cekam|chci|chceme|očekávám|ocekavam|stačilo|stacilo|aspoň|alespoň|aspon|alespon|ani|žádné|zadne|žádná|zadna|bez) ~3 (lítost*|litost*|politování|politovani) | noneg
omluv* ~2 (žádná|zadna|žádnou|zadnou|žádné|zadne|nula|nikde|nikdy|nulová|nulova) | noneg
(žádná|zadna|žádnou|zadnou|žádné|zadne|žádný|zadny|nulová|nulova) ~1 omluv* | noneg
+ Stačilo by aspoň trochu lítosti, ne tohle.
+ Omluva nikde, jen další upomínka.
# "aby se (mi) X omluvil(a)" / "aby vyjádřila politování", however long the subject
(aby|abyste|ať) ~8 (omluvil*|omluvila|omluvili|omluví|omluvíte|omluvit|politování|lítost)
# nobody said they were sorry
(nikdo|nikoho|ani) ~4 (mrzí|mrzelo|mrzel|mrzela|mrzeli|nemrzí|nemrzelo|nemrzel|nemrzela|nemrzeli|líto) | noneg
(neřekl*|neřekla|neřekli|nenapsal*|nenapsala|nenapsali) ~4 (mrzí|mrzelo|líto|promiňte|pardon|sorry) | noneg
+ Žádám, aby se mi zaměstnankyně za své nevhodné jednání osobně omluvila.
+ Nikdo ani neřekl, že ho to mrzí.
+ Dodnes čekáme na omluvu.
+ Mám právo chtít omluvu?
+ Omluvit se nikoho ani nenapadlo.
- Vedoucí řekl, že ho to mrzí, a hned se omluvil.
# "měla by se mi omluvit", "měli byste se omluvit"
(by|byste|bys) ~3 (omluvit|omluvil|omluvila|omluvili)
(žádné|žádný|žádnou|žádná) ~2 (omlouv*|omlouváme|omlouvám) | noneg
+ Měla by se mi omluvit.
+ Ještě jsem neslyšela žádné „omlouváme se“.
- Kdybych se měl omluvit já, udělám to.

# -- r15 cs15: an apology "would be the least" / would be in order
omluv* ~10 (nejmenší|namístě|minimum)
(aspoň|alespoň) (omluvu|omluva|omluvy)
+ omluva by byla to minimum, co byste mohli udělat
+ cekal bych aspon omluvu
- omluvu jsem dostala hned, to oceňuju
+ nikoho z personálu to nemrzí
