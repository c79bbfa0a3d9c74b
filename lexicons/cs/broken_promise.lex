# A promised call-back, refund, fix, delivery or discount that never came;
# false promises.  A promise alone is no complaint ("rychlejší, než jste
# slibovali"): it needs its failure nearby, possibly in the next sentence.
/\b(?:(?:pri)?slib\w*|ujistil\w*|ujistoval\w*|zarucil\w*|garantoval\w*|pry se (?:mi |nam )?(?:ozvou|ozve)|(?:pry|ze) (?:mi |nam |se )?(?:zavolaji|zavola|vrati|poslou|posle|opravi|prijede|prijdou|dorazi|ozvou|ozve)\b)\b.{0,120}?\b(?:dodnes|nikdy|nakonec|neozval\w*|nezavolal\w*|nevolal\w*|nikdo|neprisl\w*|neprisel|nedosl\w*|nedorazil\w*|neprijel\w*|nevratil\w*|neposlal\w*|nestalo|nic|zmenil\w*|porad|stale|dosud|doted|furt|zadn\w+|nesplnil\w*|nedodrzel\w*|marne|misto toho|nepravda|lez|lzi|lhali|lhal\w*|nebyl\w*|neuplatn\w*|nedostal\w*|neplat\w*|mlci|mlcel\w*|ticho|nevidim|nevidel\w*|pred \w+ (?:tydny|tydnem|mesici|mesicem|dny|dnem))\b/ | noneg, anchor=(slib*|přislib*|ujistil*|ujišťoval*|zaručil*|garantoval*|ozvou|ozve|zavolají)
(plané|prázdné|planých|prázdných|samé|jen|jenom) ~1 (sliby|slibů|sliby,)
sliby ~1 sliby
(nedodržel*|nedodrželi|nesplnil*|nesplnili) ~3 (slib*|slov*|dohod*|závazek|ujednání) | noneg
(slovo|slib|dohodu|dohoda) ~3 (nedodržel*|nedodrželi|nesplnil*|nesplnili) | noneg
# promised a call back that never came
(nezavolal*|nezavolala|nezavolali) | noneg
nikdo ~3 (nezavolal*|nevolal*|nevolala) | noneg
(zpětné|zpětný) (volání|hovor|kontakt) ~4 (nepřišlo|neproběhlo|nikdy|nepřišel|neproběhl) | noneg
(nedočkal*|nedočkala|nedočkali) ~3 (zpětného|zavolání|telefonátu|slíben*) | noneg
(měl*|měla|měli) ~3 (zavolat|ozvat|volat|vrátit|poslat|připsat|zaslat)
(měl*|měla|měli|měly) ~2 být hotov*
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
