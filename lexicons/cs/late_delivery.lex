# Goods, service visits, repairs or food that arrive late or not at the
# promised time (cold food included).
(opozdil*|opozdila|zpožděn*|zpoždění|zpožďuj*|zpozdil*|zpozdila|opožděn*|opožďuj*)
(nedorazil*|nedorazila|nedorazilo|nedorazily|nedoručil*|nedoručen*|nedodal*|nedodali|nepřijel*|nepřijela|nepřijeli) | noneg
(zásilk*|balík*|balíček|balíčku|objednávk*|zboží|jídlo|jídla|pizz*|oběd|večeře|technik|technika|kurýr|kurýra|montáž*|dodávk*|oprav*|nábytek|lednice|pračka|objednan*|věc|věci|okna|brýle) ~4 (nepřišl*|nepřišel|nedošl*|nedošel|nedorazil*|nepřijel*|nedojel*) | noneg
(nepřišl*|nepřišel|nedošl*|nedošel|nedorazil*) ~3 (zásilk*|balík*|balíček|objednávk*|zboží|jídlo|technik|kurýr|montáž*|dodávk*|objednan*) | noneg
(pozdě|pozde)
(dorazil*|dorazila|dorazilo|přišl*|přišel|přijel*|doruč*|dovezl*|přivezl*|dodal*|opozdil*|zpozdil*) ~3 o ~3 (později|pozdeji|déle)
o ~3 (později|pozdeji) ~2 (než|nežli)
(dorazil*|dorazila|dorazilo|přišl*|přišel|došl*|přijel*|doruč*|dovezl*|přivezl*|dodal*) ~3 (s|se) ~2 (zpožděním|zpoždění*|denním|týdenním|hodinovým)
(dorazil*|dorazila|dorazilo|přišel|přijel*|doruč*|dovezl*|přivezl*|dodal*|dostavil*|dojel*|objevil*|ukázal*) ~3 (až|teprve) ~3 (po|za|v|ve|o|druhý|další|příští|později|večer|odpoledne)
# goods that came only later, or only on a later date
(zásilk*|balík*|balíč*|objednávk*|zboží|jídlo|jídla|pizz*|oběd*|večeř*|dort*|nábyt*|gauč*|sedačk*|lednic*|pračk*|myčk*|dodávk*|technik|technika|kurýr|kurýra|montér*|řidič|rozvoz*|dárk*|dárek|nákup*|květin*|kytic*|knih*|boty|kočár*|matrac*|postel*|skříň*|kuchyň*|notebook*|mobil*|televiz*|tablet*|lék*|krabic*|hračk*|oblečení|šaty) ~6 (přišl*|přišel|došl*|došel|dorazil*|dorazila|dorazilo|dorazily) ~3 (až|teprve)
(přišla|přišlo|přišly|přišel|došla|došlo|došly|došel) ~2 (až|teprve) (1*|2*|3*|4*|5*|6*|7*|8*|9*)
(zásilk*|balík*|balíč*|objednávk*|zboží|jídlo|jídla|pizz*|oběd*|večeř*|dort*|nábyt*|gauč*|sedačk*|lednic*|pračk*|myčk*|dodávk*|technik|technika|kurýr|kurýra|montér*|řidič|rozvoz*) ~4 (zasekl*|zasekla|uvízl*|uvízla|leží|ležela|ztratil*|ztratila|bloudí|bloudil*|putuje|cestuje)
místo ~2 (slíben*|avizovan*|uveden*|garantovan*|domluven*|dvou|tří|jednoho|1*|2*|3*|4*|5*|24|48) ~2 (dnů|dní|dnu|den|hodin|týdnů|týdne|týden|pracovních)
(vezl*|vezli|vezla|vezou|veze|dováž*|doručov*|putoval*|putovala|cestoval*|cestovala|cestovalo|trmácel*|loudal*|plazil*) ~3 (hodin*|hodinu|dny|dnů|dní|dnech|den|týden|týdn*|měsíc*)
(skluz|skluzem|skluzu)
(objednan*|objednal*|objednávka|zaplacen*|odeslan*|zaplatil*) ~2 (v|ve) (pondělí|úterý|středu|čtvrtek|pátek|sobotu|neděli) ~6 (dorazil*|přišl*|přišel|doruč*|přijel*|dovezl*|přivezl*|došl*) ~1 (v|ve|za|po) ~1 (pondělí|úterý|středu|čtvrtek|pátek|sobotu|neděli|týden|týdnu|dnech|měsíc*)
(doruč*|dodán*|expedic*) ~1 (další|druhý|následující|příští) den ~5 (dorazil*|dorazilo|přišl*|přišel|doruč*|došl*)
(dorazil*|dorazilo|přišel|doruč*|přijel*|dovezl*|přivezl*|dostavil*|dojel*) ~3 (za|po) ~2 (dnech|dnu|dní|dny|týdnech|týdnu|týdny|měsíc*|měsíci|hodinách|hodině)
# still waiting for the goods / the technician
(pořád|stále|dosud|dodnes|ještě|doteď|furt|už) ~3 (čekám|čekáme|nemám|nemáme|nedošlo|nepřišlo|nedorazilo|nedorazila) ~3 (zásilk*|balík*|balíček|objednávk*|zboží|dodávk*|technik*|kurýr*|montáž*|objednan*|jídlo|oprav*|lednic*|pračk*|nábyt*|gauč*|sedačk*|notebook*|počítač*|auto|vůz|kolo|brýle|dort*|kočár*|skříň*|postel*|matrac*|kuchyň*|okna|dveře) | noneg
(zásilk*|balík*|balíček|objednávk*|zboží|dodávk*|technik*|kurýr*|montáž*|objednan*|jídlo|oprav*|lednic*|pračk*|nábyt*|gauč*|sedačk*|notebook*|počítač*|auto|vůz|kolo|brýle|dort*|kočár*|skříň*|postel*|matrac*|kuchyň*|okna|dveře) ~3 (pořád|stále|dosud|dodnes|ještě|furt) ~2 (nemám|nemáme|nedorazil*|nepřišl*|nedošl*|nedorazilo) | noneg, weight=0.5
(čekám|čekáme|čekal*|čekat|čekání) ~3 na ~2 (zásilk*|balík*|balíček|objednávk*|zboží|dodávk*|doručení|dodání|technik*|kurýr*|montáž*|montér*|instalac*|instalatér*|elektrikář*|opravář*|servisák*|řemeslník*|plynař*|jídlo|oprav*|rozvoz*|řidič*|dovoz*|příjezd) ~4 (už|již|celý|celou|celej|1*|2*|3*|4*|5*|6*|7*|8*|9*|dva|dvě|tři|čtyři|pět|šest|sedm|osm|deset|týden|týdny|týdnů|týdne|měsíc|měsíce|měsíců|hodin*|hodinu|dn*)
(už|již|celý|celou|celej|celé) ~2 (čekám|čekáme|čekala|čekal) ~2 na ~1 (zásilk*|balík*|balíček|objednávk*|zboží|dodávk*|doručení|dodání|technik*|kurýr*|montáž*|instalac*|jídlo|oprav*)
# a missed date or time window
(nedodržel*|nedodrželi|nedodržen*) ~3 (termín*|lhůt*|čas*) | noneg
(termín*|lhůt*) ~3 (nedodržel*|nedodržen*|nedodrželi) | noneg
(termín*|lhůt*|dodání|doručení|dodávk*|expedic*|montáž*|instalac*|rozvoz*|příjezd*) ~3 (posunul*|posunuli|posouv*|překroč*|odložil*|odložili|odkládaj*|odkládal*|odkládá|odsouvá|oddaluje|oddalují|přeložil*|přeložili)
(posunul*|posunuli|posouvaj*|posouvali|překročen*|překročil*) ~3 (termín*|lhůt*)
po (termínu|lhůtě|dodací) | weight=0.5
(měl*|měla|měli|mělo|měly) ~3 (přijít|dorazit|přijet|dojet|zastavit|stavit|dovézt|přivézt|doručit|dodat|dát|přinést|donést|předat|vyměnit|opravit|namontovat|nainstalovat|vyrobit|zapojit|připojit|proběhnout|hotov*) ~4 (v|ve|do|za|mezi|od|ráno|dopoledne|odpoledne|včera|minul*|1*|2*|3*|4*|5*|6*|7*|8*|9*)
(měl*|měla|měli|mělo|měly) být ~2 (doruč*|dodán*|hotov*|tady|doma|připraven*|vyměněn*|opraven*|namontován*)
# cold food
(studené|studená|studený|studenou|vystydl*|vychladl*)
(jídl*|pizz*|oběd*|večeř*|polévk*|burger*|hranolk*|kuře*|menu|rozvoz*|objednávk*) ~8 (ledov*|vychladl*|vystydl*|studen*|vlažn*|chladn*|ztuhl*)
ledov* ~2 jídl*
(doruč*|dodán*|dodávk*|doprav*) ~4 (trval*|trvá) ~2 (1*|2*|3*|4*|5*|6*|7*|8*|9*|dva|dvě|tři|čtyři|pět|týden|týdny|měsíc*|celý|celou|několik)
(měl*|měla|měli|mělo|měly) (být|přijít|dorazit|přijet) ~2 (do|za|během|nejpozději) ~2 (hodin*|dnů|dní|dnu|týdne|týden|zítřka|večera|pondělí|úterý|středy|čtvrtka|pátku|soboty|neděle|1*|2*|3*|4*|5*|6*|7*|8*|9*)
(dostal*|dostala|obdržel*|dorazil*|dorazila|dorazilo|doručil*|doručen*|přivezl*|dovezl*) ~2 (až|teprve) ~1 (1*|2*|3*|4*|5*|6*|7*|8*|9*|zítra|pozítří|večer|týden|měsíc|příští|další)
(zásilk*|balík*|balíč*|objednávk*|zboží|dodávk*) ~4 (šla|šel|šlo|jela|jelo|putovala|putoval|putovalo) ~2 (dní|dnů|týden|týdny|týdnů|měsíc)
+ zásilka dorazila až po dvou týdnech
+ technik nepřijel a termín posunuli už potřetí
+ jidlo prislo o hodinu pozdeji a studene
+ objednávka měla dorazit v pondělí, přišla až v pátek
+ pořád čekám na zásilku, už třetí týden
+ dodání se zpožděním 5 dní
- zásilka dorazila včas, děkuji
- kurýr přijel přesně v domluvený čas
- odpověď přišla až po jedenácti dnech
+ pizza přijela po hodině úplně vychladlá
+ balík leží týden na depu
# -- r4: "balík měl přijít před týdnem a pořád nic"
(balík*|zásilk*|objednávk*|zboží|dodávk*|jídlo|pizza|nábytek|kuchyň|lednic*|pračk*) ~2 (měl|měla|mělo|měly|měli) ~1 (přijít|přijet|dorazit|dojít|být|přivézt) ~5 (pořád|stále|furt|nedorazil*|nepřišl*|nepřišel|dosud|doteď|dodnes)
+ balík měl přijít před týdnem a pořád nic
+ objednávka měla dorazit v pondělí, dodnes nepřišla
- balík přišel v pondělí, jak bylo slíbeno

# -- r6: "should have taken a week, took a month"; came only when it no longer mattered
(mělo|měla|měl|měly|měli) trvat ~6 (trval*|trvala|trvalo|trvá|trvají|skoro|přes) | noneg
(dovezl*|dovezli|přivezl*|přivezli|doručil*|doručili|dorazil*|dorazila|dorazilo|přijel*|dodal*|dodali|objevil*|objevila|objevilo|dostavil*|ukázal*|došl*|došel|přišl*|přišel|hotov*) ~5 (až|teprve) ~1 (když|kdy|jakmile|potom|pak)
(jídlo|jídla|pizz*|balík*|balíč*|zásilk*|objednávk*|zboží|oběd*|večeř*|dodávk*|nábyt*|technik|kurýr|rozvoz*|dort*) ~3 (přišla|přišlo|přišly|přišel|došla|došlo|došly|došel) ~2 po ~2 (hodinách|hodině|dnech|dnu|týdnech|týdnu|měsíci|měsících)
+ oprava měla trvat týden, trvala měsíc
+ dort přivezli až když hosté odešli
+ jídlo přišlo po dvou hodinách
- jídlo přišlo za dvacet minut
- oprava měla trvat týden a byla hotová za pět dní

# round 7 (industries): was due on a day / by a time and still nothing (parcel, box, technician, refund of service)
(měla|měl|mělo|měly|měli) (být|přijít|dorazit|přijet|dojít|dojet|přivézt) ~8 (pořád|stále|furt|dodnes|doteď|dosud) (nic|nikde|nedorazil*|nedorazila|nepřišl*|nepřišel|není|nemám|neni) | noneg
+ zásilka měla být ve výdejním boxu v úterý, je pátek a pořád nic
+ technik měl přijít dopoledne, je večer a stále nikde
- zásilka měla být v boxu ve středu a opravdu tam byla
# arrived only after the occasion it was for
(dorazil*|doruč*|dovezl*|přivezl*|přijel*|dodal*|dodali) ~3 (až|teprve) ~1 po ~1 (vánoc*|svátc*|narozenin*|svatb*|oslav*|večírk*|silvestr*|velikonoc*|událost*|párty|mikuláš*|valentýn*)
+ vánoční dárky přišly až po Vánocích
+ dort přivezli až po oslavě
- odpověď přišla až po víkendu
(zásilk*|balík*|balíč*|objednávk*|zboží|dodávk*|nábyt*|gauč*|sedačk*|lednic*|pračk*) ~4 (visí|visel*|viselo|visela) ~3 (na|v|ve) ~1 (depu|depo|skladu|skladě|překladišti|celnici|poště|třídírn*|systému|pobočce|boxu|cestě|přepravě)
+ balík visí týden v depu
- fotky rozbitého gauče visí na mém Instagramu
# delivery held up / dragged on
(zásilk*|balík*|balíč*|objednávk*|zboží|dodávk*|dodání|doručení|oprav*|montáž*|instalac*|rozvoz*|kurýr*|technik*|nábyt*|jídlo|pizz*) ~4 (zdržel*|zdržela|zdrželo|zdržuje|zdržují|protáhl*|protáhla|protáhlo|protahuje|natáhl*|natáhla|natáhlo)
(zásilk*|balík*|balíč*|objednávk*|zboží|dodávk*|nábyt*|gauč*|sedačk*|lednic*|pračk*) ~4 (dostal*|dostala|dostali|obdržel*|obdržela|obdrželi|převzal*|převzala|převzali) ~3 o ~3 (později|pozdeji|déle)
+ dodávka se zdržela o týden
+ objednávku jsme dostali o týden později
- odpověď jsme dostali o týden později

# --- r11a: ready / arrived only after the occasion (a day after the wedding)
(hotov*|doručen*|dodán*|připraven*|přivezen*|dorazil*|dorazila|dorazilo|přišl*|přišel|přijel*|dovezl*|přivezl*) ~3 (den|dva|tři|týden|hodinu|dny) ~1 po ~1 (svatbě|oslavě|narozeninách|pohřbu|akci|události|večírku|vánocích|svátcích|silvestru|státnicích|zkouškách|zkoušce|odjezdu|termínu|konferenci|obřadu|křtinách|promoci)
(dorazil*|dorazila|dorazilo|přišl*|přišel|přijel*|dovezl*|přivezl*|doruč*|dodal*|dostavil*) ~3 (až|teprve) ~1 po ~1 (přestávce|obědě|akci|konferenci|obřadu|zkoušce|zkouškách|státnicích|odjezdu|promoci|svatbě|pohřbu)
# came at another time than the agreed one ("instead of noon")
(dorazil*|přišl*|přišel|přivezl*|dovezl*|vozí|vozí|doruč*|přijel*|chodí|dodal*|dostavil*|hotov*|táhla|táhlo|trvala|trvalo) ~6 místo ~2 (poledne|dopoledne|rána|ráno|odpoledne|večera|pondělí|úterý|středy|čtvrtka|pátku|soboty|neděle|slíben*|domluven*|dohodnut*|avizovan*|slibovan*|plánovan*)
# food after an hour and more
(dorazil*|dorazila|dorazilo|přišl*|přišel|přijel*|přijela|přijelo|dovezl*|přivezl*|doruč*) ~2 po ~1 (padesáti|šedesáti|sedmdesáti|osmdesáti|devadesáti|stu|50|60|70|80|90|100|120) (minutách|minutach|minutě)
# delay in supply (formal): "prodlení v dodávce", "se čtrnáctidenním prodlením"
prodlení ~3 (dodávk*|dodávce|dodání|doručení|expedic*|montáž*|instalac*|zásilk*|objednávk*|výrob*|opravě|opravy|dílů)
(dodávk*|dodání|doručení|expedic*|zásilk*|objednávk*|zboží|vyskladněn*|expedován*|odeslán*|doručen*|dodán*|dodal*|dodali) ~4 (s|se) ~1 prodlením
# waiting for the goods and still nothing / nobody showed up
(čekám|čekáme|čekala|čekal|čekáme) ~3 na ~2 (zásilk*|balík*|objednávk*|zboží|dodávk*|pračk*|lednic*|myčk*|gauč*|sedačk*|nábyt*|kuchyň*|technik*|kurýr*|montér*|opravář*|notebook*|pizz*|jídlo) ~15 (pořád|stále|furt|dosud|doteď|ještě) ~1 (nikde|nic|nedorazil*|nepřišl*|nepřišel) | noneg
(objednal*|objednala|objednali|objednávali|objednávala|objednávka) ~12 (pořád|stále|furt|dosud|doteď) ~1 (nic|nikde|nedorazil*|nepřišl*|nepřišel) | noneg
(technik*|kurýr*|řidič*|montér*|opravář*|instalatér*|nikdo) ~3 (neukázal*|nedostavil*|nedojel*|nedojela|neobjevil*) | noneg
+ šaty byly hotové den po svatbě
+ burger přijel po sedmdesáti minutách, sýr ztuhlý
+ dopis z Brna do Prahy cestoval devět dní
+ jídlo vozí kolem třetí odpoledne místo poledne
+ čekala na opraváře kotle celý den
+ zásilka se objevila u dveří, až když už měl po zkouškách
+ doručením do 24 hodin, trvalo to čtyři dny
+ objednávka byla vyskladněna se čtrnáctidenním prodlením
+ upozorňujeme na prodlení v dodávce náhradních dílů
+ revize měla proběhnout v květnu, technik se dostavil až v červenci
+ catering dorazil až po přestávce na oběd
+ čekám na tu pračku, vy jste mi říkali čtvrtek, a pořád nikde
+ objednávali jsme v sedm, teď je skoro devět a furt nic
+ kurýr mi to měl dát mezi desátou a dvanáctou
+ poslou nového technika. Nikdo se neukázal.
- jsem v prodlení s platbou, omlouvám se
- pizza přijela po dvaceti minutách, horká
- místo pondělí jsem si vybral středu a kurýr přijel přesně

# --- r13b thesaurus pass: meškat, nestihnout, přesunout termín, spoždění (misspelt), věčnost, Common Czech "pozdějc", paket
(meškal*|meškala|meškali|meškalo|mešká|meškaj*|meškání|spožděn*|spoždění|spozdil*|spozdila|opozděn*|zpozděn*)
(nestihl*|nestihla|nestihli|nestihlo|nestihne|nestihnou|nestíhá|nestíhaj*|nestíhali) ~3 (doručit|dovézt|dodat|přivézt|namontovat|nainstalovat|vyrobit|zapojit|expedovat|odeslat|rozvézt|rozvoz*) | noneg
(nedovezl*|nedovezla|nedovezli|nepřivezl*|nepřivezla|nepřivezli|nedojel*|nedojela|nedojeli|nedoručili|nedoručila|nedodala) ~4 (včas|dodnes|doteď|pořád|stále|ani|termín*|slíben*|domluven*|týden|měsíc|dny) | noneg
(termín*|lhůt*|deadline*|dodání|doručení|dodávk*|montáž*|instalac*|příjezd*|návštěv*|výjezd*) ~3 (odsunul*|odsunuli|odsouv*|oddálil*|oddálili|protáhl*|natáhl*)
(přesunul*|přesunuli|přesunula|přeplánoval*|přeplánovali|odsunul*|odsunuli|odsouvaj*|odsouvali) ~3 (termín*|dodání|doručení|dodávk*|montáž*|instalac*|příjezd*|výjezd*|návštěv*) ~3 (znovu|zase|opět|už|potřetí|podruhé|počtvrté|několikrát|dvakrát|třikrát|pořád|neustále)
(termín*|dodání|doručení|dodávk*|montáž*|instalac*|příjezd*|výjezd*|návštěv*) ~3 (přesunul*|přesunuli|přesunula|přeplánoval*|přeplánovali|přesouvaj*|přesouvali) ~2 (znovu|zase|opět|už|potřetí|podruhé|počtvrté|několikrát|dvakrát|třikrát|pořád|neustále)
(nedodržel*|nedodrželi|nedodržela|nedodržen*|nedodrží) ~3 (deadline*|termín*|lhůt*|čas*|okno|okénko|slíben*|datum) | noneg
(doruč*|dodán*|dodávk*|doprav*|zásilk*|balík*|balíč*|objednávk*|rozvoz*|dovoz*|dovážk*|rozvážk*|paket*) ~4 (trval*|trvá|trvají|trvalo|trvala|trvaly) ~2 (věčnost*|věky|věčně|strašně|hrozně|neskutečně|nekonečně|ukrutně|šíleně|neuvěřitelně|nesmyslně)
(dorazil*|dorazila|dorazilo|přišl*|přišel|přijel*|doruč*|dovezl*|přivezl*|dodal*|dostal*|dostala) ~3 o ~3 (pozdějc|pozdějš*|pozdějic)
(paket*|pakl*|kartón*|karton*|krabic*|zakázk*|rozvážk*|dovážk*|doručovatel*|pošťák*|pošťačk*|listonoš*|kurýrk*|kurýři|rozvozc*) ~4 (nepřišl*|nepřišel|nedošl*|nedošel|nedorazil*|nepřijel*|nedojel*|nedoručil*|zpozdil*|opozdil*|zdržel*) | noneg
(čekám|čekáme|čekala|čekal) ~3 na ~2 (paket*|pakl*|kartón*|krabic*|zakázk*|dovážk*|rozvážk*|pošťák*|listonoš*|doručovatel*|kurýrk*|dopis*|doklad*|kartu|vozík*|auto|díl*|součástk*) ~4 (už|již|celý|celou|celej|1*|2*|3*|4*|5*|6*|7*|8*|9*|dva|dvě|tři|čtyři|pět|týden|týdny|týdnů|měsíc|měsíce|měsíců|hodin*|dn*)
(zásilk*|balík*|balíč*|objednávk*|zboží|paket*|dodávk*) ~3 (je|jsou|byla|byl) ~1 na cestě ~3 (už|již|týden|měsíc|dny|dnů|dní|týdny)
(vychlazen*|nedohřát*|nedohřát|vlažn*|studenej|studený|vystydlej|vychladlej) ~4 (jídl*|pizz*|polévk*|oběd*|večeř*|burger*|hranolk*|menu|rozvoz*|kuře*|nudl*|kebab*) | noneg
+ kurýr meškal skoro tři hodiny
+ nestihli to dovézt ani v náhradním termínu
+ termín montáže přesunuli už potřetí
+ doručení trvalo věčnost
+ pizza přišla o hodinu pozdějc
+ paket pořád nedošel
+ balík je na cestě už dva týdny
+ kuryr nedodrzel domluvene casove okno
- kurýr dorazil přesně a balík byl v pořádku
- termín montáže jsme si přesunuli sami, bez problému

# -- cs14a: late delivery as a noun phrase (pozdní doručení)
(pozdní|pozdním|pozdního|pozdnímu) (doručení|doručením|dodání|dodáním|dodávk*|dodávce|příjezd*|doprav*|zásilk*|expedic*)
# -- cs14a: promised month passed: "měly být v dubnu ... je červen" (two halves)
(měl*|měla|měli|měly) ~3 (v|do) (lednu|únoru|březnu|dubnu|květnu|červnu|červenci|srpnu|září|říjnu|listopadu|prosinci|ledna|února|března|dubna|května|června|července|srpna|října|prosince) | weight=0.5
(je|máme) (leden|únor|březen|duben|květen|červen|červenec|srpen|říjen|listopad|prosinec) | weight=0.5
+ tvrdíte, že za pozdní doručení může pošta
+ okna měly být v dubnu, je červen a nic
+ kuchyň jsme měli mít do března, teď máme květen
- okna měly být v dubnu a byly, díky
- kdy je červen nejlepší na montáž?

# -- r15 cs15: arrived "N hours/days/weeks later"
(přišel|přišla|přišlo|přišly|dorazil*|přivezl*|doručil*|dovezl*|donesl*|přijel*|nákup|zásilk*|balík*|objednávk*|stůl|jídlo|zboží|kurýr*) ~4 o ~2 (den|dny|dní|týden|týdny|týdnů|hodinu|hodiny|hodin|měsíc) (později|pozdě)
+ nákup přišel o dvě hodiny později
+ stůl dorazil o týden pozdě
- přijďte klidně o hodinu dřív
# -- cs16: promised within N weeks, N weeks later still missing
po ~2 (týdnech|měsících|dnech|tydnech|mesicich) ~3 (pořád|stále|ještě|dodnes|furt) ~2 (chybí|nedorazil*|nepřišl*|nedošl*)
+ Po osmi týdnech pořád chybí polovina skříněk.
+ Po třech měsících stále nic nedorazilo.
- Po dvou dnech dorazilo všechno v pořádku.
- Reklamaci mi odmítli, protože jsem ji prý podal po lhůtě.
# -- cs18a: masculine nedošel / nedojel
+ kurýr pořád nedojel, čekáme od rána

# -- a promised time of day, then the evening or the night
(dorazil*|dorazila|přišel|přišla|přišlo|přijel*|přijela|přijeli|doručil*|doručili|dovezl*|dovezli|přivezl*|přivezli|dodal*|dodali|ukázal*) ~3 (večer|večír|noci|nocí|odpoledne|půlnoci) | weight=0.5
(slíbil*|slíbila|slíbili|slibovali|garantoval*|garantovali|přislíbil*) ~3 (doručení|dodání|příjezd|přijetí|dovoz|rozvoz) ~2 (dopoledne|ráno|poledne|do|mezi|v|ve|dnes|včera|zítra|během|kolem) | weight=0.5
+ kurýr slíbil doručení dopoledne, dorazil v devět večer
+ technik měl přijet ráno, přijel až v noci
+ pizza měla dorazit v sedm, přivezli ji v deset večer
- balík dorazil večer, přesně jak bylo domluveno
- balík přišel večer, jak slíbili

# -- s9: "měla být u mě už minulý týden", "trvalo měsíc, než přijeli",
#    "10 dní po termínu", "mám ho tam už pátý týden", "měli provést v říjnu"
(měla|měl|mělo|měly|měli) (být|bejt) ~2 u (mě|mne|nás) ~3 (už|minul*|včera|předevčírem)
trval* ~5 než ~3 (přijet|přijel*|přijela|přijeli|dorazil*|dorazit|přivezl*|přivezli|přivézt|dovezl*|dovezli|dovézt|doručil*|doručili|doručit|přišel|přišla|přišli|přijít|dojel*|dojet)
(dní|dnů|dny|dni|týdny|týdnů|týden|den|měsíc|měsíce) po (termínu|slíbeném|slibovaném|uvedeném|plánovaném)
tam ~1 (už|teď) (druhý|druhej|třetí|čtvrtý|pátý|šestý|sedmý|osmý) (týden|tejden|měsíc)
(měli|měl|měla|mělo|měly) (provést|udělat|namontovat|vyměnit|opravit|přijet|přijít|dodat|doručit|nainstalovat|zapojit|dovézt|přivézt) ~3 (v|ve|do|už) (lednu|únoru|březnu|dubnu|květnu|červnu|červenci|srpnu|září|říjnu|listopadu|prosinci|pondělí|úterý|středu|čtvrtek|pátek|sobotu|minul*)
+ ta lednička měla být u nás už v pondělí
+ trvalo dva týdny, než se uráčili přijet
+ zásilka je pět dní po termínu a pořád nic
+ mám ho tam už třetí měsíc
+ technik měl přijet v úterý a nepřišel
- zásilka byla u mě den před termínem
- trvalo to chvíli, než jsem pochopil návod

# -- s9c: "doručili až čtvrtý den", "přišlo až po týdnu"
(doručil*|doručila|doručili|dorazil*|dorazila|dorazilo|dorazily|přivezl*|přivezli|dovezl*|dovezli|přišel|přišla|přišlo|přišly|dodal*|dodali|přijel*|přijela|přijeli) ~2 až (druhý|třetí|čtvrtý|pátý|šestý|sedmý|osmý|desátý|další|následující) (den|dne|týden|týdne|měsíc)
(doručil*|doručila|doručili|dorazil*|dorazila|dorazilo|dorazily|přivezl*|přivezli|dovezl*|dovezli|přišlo|dodal*|dodali|přijel*|přijela|přijeli) ~2 až po (týdnu|měsíci|hodině|dvou|třech|čtyřech|pěti|šesti|několika|deseti)
+ kufr nám doručili až čtvrtý den dovolené
+ balík dorazil až po třech týdnech
+ jídlo přivezli až po hodině
- balík dorazil hned druhý den, paráda
- odpověď přišla až po třech týdnech

# -- s9d: "měla tu být před týdnem"
(měla|měl|mělo|měly) ~1 (tu|tady|doma) ~1 (být|bejt) ~2 (před|už|minul*|včera|předevčírem)
(tu|tady|doma) ~1 (měla|měl|mělo|měly) ~1 (být|bejt) ~2 (před|už|minul*|včera|předevčírem)
+ kde je ta objednávka, měla tu být před týdnem
+ pračka už tady měla bejt včera
- zítra by tu měla být pračka, těším se
# --- s10: "when will it finally arrive"
kdy ~2 (konečně|vůbec|už) ~4 (dorazí|přijde|doručíte|dojde|přivezete|dodáte|pošlete|odešlete|přijede|dorazíte|přijedete|doveze|dovezete|dodají|doručí|přivezou)
+ Kdy konečně dorazí ta pračka?
+ kdy už mi ten balík doručíte
+ kdy vůbec přijede technik, čekám od rána
- Kdy dorazí objednávka, kterou jsem dnes zadal?
- kdy přijde technik, dám vědět sousedům
# --- s10: the goods still nowhere
(zásilka|zásilku|balík|balíček|objednávka|objednávku|zboží|nábytek|dodávka|jídlo|pizza|kurýr|rozvoz) nikde | noneg
(zásilka|zásilku|balík|balíček|objednávka|objednávku|zboží|nábytek|dodávka|jídlo|pizza|kurýr|rozvoz) (pořád|stále|furt|dosud|zatím|ještě) nikde | noneg
+ zaplaceno před měsícem a zboží pořád nikde
+ objednáno v sedm, v devět jídlo nikde
+ kurýr nikde, okno od osmi do dvanácti dávno pryč
- balík jsem našla u sousedů, vše v pořádku
- nikde jinde nemají tak rychlé doručení
# --- s10: waiting weeks for the goods themselves
(čekám|čekáme|čekal*|čekala|čekali) ~1 na ~1 (brýle|zboží|balík|balíček|zásilku|objednávku|dodávku|nábytek|gauč|sedačku|kuchyň|pračku|lednici|myčku|auto|vůz|díl|díly|kolo|notebook|doručení|dodání|montáž|instalaci|kurýra|jídlo|pizzu|rozvoz|okna|dveře|matraci) ~3 (týden|týdny|týdnů|měsíc|měsíce|měsíců|dní|dnů|dny|hodinu|hodiny|hodin)
+ čekám na brýle už šest týdnů
+ čekali jsme na pizzu dvě hodiny
- čekám na balík, má přijít zítra
- čekala jsem na odpověď dva týdny
# (s10: rule "termín ~3 posunul*" above also takes odkládá / odsouvá / oddaluje)
+ dodání sedačky se pořád odkládá
+ termín montáže nám firma zase oddaluje
- termín si odkládám sám, mám teď moc práce

# --- s11 round: "čekám (už) dva týdny na zásilku" (duration before "na") ---
(čekám|čekáme|čekala|čekal|čekali) ~3 (týden|týdny|týdnů|měsíc*|dny|dní|dni|dnů|hodin*|hodinu|den) ~2 na ~2 (zásilk*|balík*|balíček|objednávk*|zboží|dodávk*|pračk*|lednic*|myčk*|sedačk*|gauč*|nábyt*|kuchyň*|technik*|kurýr*|montér*|opravář*|jídlo|pizz*|doručení|dodání)
+ cekam uz dva tydny na zasilku
+ čekali jsme tři dny na technika
+ cekala jsem hodinu a pul na pizzu
- na zásilku čekám teprve den, to je v pořádku
- čekal jsem týden na odpověď
