# Help refused "because of policy / rules / terms / the system doesn't allow
# it"; a return, warranty or refund not honoured; "there is nothing I can do".
(taková|takové|takový) ~1 (jsou|je) ~1 (pravidla|předpisy|předpis|postup|systém|podmínky|směrnice|politika)
(jsou|je) ~1 taková ~1 pravidla
pravidla jsou pravidla
(podle|dle|kvůli|proti|rozporu) ~2 (pravidel|pravidlům|pravidly|zásad|zásadám|podmínek|podmínkám|podmínkami|VOP|předpisů|předpisům|předpisy|předpisu|směrnic*|nařízení|řádu|řádem|politiky|standardu|standardů|norem|normy|postupu|postupů|procesu|procesů|ceníku)
v rozporu s
(naše|firemní|interní|vnitřní) ~1 (pravidla|předpis*|směrnic*|pokyn*|politik*|zásady|nařízení|postup*|proces*|standard*)
(pravidla|politika|politik*|zásady|předpisy) ~1 (firmy|společnosti|obchodu|banky|prodejny)
směrnic*
nařízení ~2 (vedení|centrály|firmy|shora)
(pravidl*|podmínk*|smlouv*|systém*|počítač*|program*|předpis*|směrnic*|postup*|proces*|zákon*|tarif*) ~3 (nedovol*|neumožň*|nepust*|nepovol*|neumí|nepřijme|blokuje|zablokoval*|odmít*|zakazuj*) | noneg
(nedovol*|neumožň*|nepovol*) ~3 (systém*|pravidla|předpis*|podmínky|směrnic*) | noneg
(v|do) systému ~3 (nejde|nelze|není|nemůžu|nemůžeme|nemohu) | noneg
(nesplňuje|nesplňujete|nesplňuji|nesplňovala|nesplňoval*) ~2 podmínk* | noneg
# "nothing I can do", "I can't help you", hands tied, no authority
(nemůže|nemůžu|nemohu|nemůžeme|nemůžou|nemohou|nelze|nemohl*|nemohla|nesmí|nesmím) ~4 (nic|nijak|víc|více) ~2 (dělat|udělat|nadělat|pomoct|pomoci|řešit) | noneg
(nic|nijak) ~3 (nenadělá*|nezmůž*|neuděl*|nezmůžeme|nenaděláme) | noneg
(nic|nijak|víc|více) ~2 (nemůže|nemůžu|nemohu|nemůžeme|nemůžou) ~2 (dělat|udělat|nadělat|pomoct|pomoci|řešit) | noneg
(pomoct|pomoci|vyhovět) ~2 (nemůže|nemůžu|nemohu|nemůžeme|nemůžou|nemohou|nesmí|nesmím|nemohla|nemohl) | noneg
(nemůže|nemůžu|nemohu|nemůžeme|nemůžou|nemohou|nesmí|nesmím) ~2 (pomoct|pomoci|vyhovět|udělat|vyjít) | noneg
(nemám*|nemá*|nemají) ~2 (pravomoc*|oprávnění|kompetenc*) | noneg
(svázan*|svázané) ruce
ruce ~2 svázan*
# return, warranty, refund refused
(reklamac*|záruk*|vrácení|výměn*|storn*|odstoupen*) ~4 (zamítl*|zamítnut*|neuznal*|neuzná*|odmítl*|odmítnut*|nepřijal*|nepřijali|neuznan*) | noneg
(zamítl*|zamítla|zamítli|zamítnul*|neuznal*|neuznali|odmítl*|odmítla|odmítli|odmítnul*|nepřijal*|nechtěl*|nechtěli|nechtějí|odmítá*) ~3 (reklamac*|záruk*|vrácení|vrátit|výměn*|vyměnit|uznat|převzít|přijmout|stornovat|storno|refund*|uznání|přerušit|zrušit|přesunout) | noneg
(vrácení|zpátky|zpět|reklamac*) ~2 (neberou|nebereme|nepřijímáme|nepřijímají) | noneg
(se|to) ~2 (nevrací|nevracíme|nevracíte|nevyměňuje|nevyměňujeme|nemění|nereklamuje|nepřijímá) | noneg
(peníze|zálohu|zálohy) ~2 (nevracíme|nevracíte|nevrací|nevracejí) | noneg
# "se na to nevztahuje": a warranty, discount or right that does not apply
(nevztahuj*|nevztahoval*) | noneg
výjimk* ~3 (nemůž*|nemohou|nemohl*|nelze|nejde|neuděl*|neděl*|nedělají|odmítl*|odmítla|odmítli) | noneg
(nemůže|nemůžou|nemohou|nemohl*|nemohla|nemohli|nelze|nejde|neudělá*|nedělá*|nedělají|odmítl*|odmítla|odmítli) ~3 výjimk* | noneg
(tak|takhle|takto) to ~1 (prostě|holt|zkrátka|bohužel|tady|nás) ~1 (je|funguje|chodí|máme|dělá|děláme|dělají) | noneg
nevratn* ~1 (tarif*|letenk*|jízden*|vstupenk*|záloh*|poplat*|rezervac*|cen*)
(nevyhověl*|nevyhověla|nevyhověli|nevyhoví|nevyhovíme|nevyhovět|nevyhovění) | noneg
(mimo|není|nejsou|neni|nespadá) ~3 (kompetenc*|pravomoc*|oprávnění) | noneg
(změn*|storn*|výjimk*|úprav*|přesun*|převod*|výměn*|vrácení|zrušení|přerušení|prodloužení) ~3 (nemůže|nemůžou|nemohou|nemohl|nemohla|nemohli|nelze) | noneg
(vrácení|vrátit|výměn*|vyměnit|reklamac*|storno|zrušení) ~3 (jen|pouze|jenom) ~1 do ~2 (dnů|dní|dnu|hodin|týdne|týdnů|měsíc*|1*|2*|3*)
(záruk*|reklamac*|to|tohle) ~3 (nevztahuj*|nepokrývá|nekryje) | noneg
mimo záruk*
(neuznaná|zamítnutá) reklamace | noneg
(zamítl*|zamítla|zamítli|zamítnut*|zamítnul*|zamítnutí|zamítav*|odmítnut*) | noneg
neoprávněn* reklamac*
(nelze|nejde|nešlo|nebylo) ~3 (vrátit|vrácení|reklamovat|vyměnit|výměnu|stornovat|uznat|převzít|vzít|přerušit) | noneg
(vrátit|vrácení|reklamovat|vyměnit|výměnu|stornovat|zrušit|uznat|převzít|přerušit|přesunout) ~2 (nelze|nejde|nešlo|nedá) | noneg
(není|nebylo) možné ~2 (vrátit|vrácení|reklamovat|vyměnit|výměnu|stornovat|zrušit|uznat|převzít|přerušit|přesunout) | noneg
bez ~1 (účtenk*|dokladu|paragonu|krabice|obalu|originálního) | noneg
(nevezm*|nevzal*|nevzali|nechtěl*|nechtěli) ~3 (zpět|zpátky) | noneg
+ prý taková jsou pravidla a nic s tím nenadělá
+ operátorka řekla, že jí to systém nedovolí
+ reklamaci zamítli kvůli podmínkám
+ nemuzu s tim nic delat, rekla a tim to skoncilo
+ bez účtenky to nevezmou zpět, je to firemní politika
+ zboží z akce se prý nevrací
- reklamaci uznali a peníze vrátili do týdne
- přečetl jsem si obchodní podmínky a vše sedí
+ výjimku prý udělat nemůžou
+ na baterii se záruka nevztahuje, řekli mi
- ptal jsem se na vrácení a peníze mi poslali hned
