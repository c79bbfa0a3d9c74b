# Help refused "because of policy / rules / terms / the system doesn't allow
# it"; a return, warranty or refund not honoured; "there is nothing I can do".
(taková|takové|takový) ~1 (jsou|je) ~1 (pravidla|předpisy|předpis|postup|systém|podmínky|směrnice|politika)
(jsou|je) ~1 taková ~1 pravidla
pravidla jsou pravidla
(kvůli|proti|rozporu) ~2 (pravidel|pravidlům|pravidly|zásad|zásadám|podmínek|podmínkám|podmínkami|VOP|předpisů|předpisům|předpisy|předpisu|směrnic*|nařízení|řádu|řádem|politiky|standardu|standardů|norem|normy|postupu|postupů|procesu|procesů|ceníku)
# 'podle pravidel' alone is no refusal ('vše proběhlo podle pravidel'): a half cue
(podle|dle) ~2 (pravidel|pravidlům|pravidly|zásad|zásadám|podmínek|podmínkám|podmínkami|VOP|předpisů|předpisům|předpisy|předpisu|směrnic*|nařízení|řádu|řádem|politiky|standardu|standardů|norem|normy|postupu|postupů|procesu|procesů|ceníku) | weight=0.5
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
(nic|nijak) ~3 (nenadělá*|nezmůž*|neudělá|neudělám|neudělají|neuděláme|neudělat|nezmůžeme|nenaděláme) | noneg
(nic|nijak|víc|více) ~2 (nemůže|nemůžu|nemohu|nemůžeme|nemůžou) ~2 (dělat|udělat|nadělat|pomoct|pomoci|řešit) | noneg
(pomoct|pomoci|vyhovět) ~2 (nemůže|nemůžu|nemohu|nemůžeme|nemůžou|nemohou|nesmí|nesmím|nemohla|nemohl) | noneg
(nemůže|nemůžu|nemohu|nemůžeme|nemůžou|nemohou|nesmí|nesmím) ~2 (pomoct|pomoci|vyhovět|udělat|vyjít) | noneg
(nemám*|nemá*|nemají) ~2 (pravomoc*|oprávnění|kompetenc*) | noneg
(svázan*|svázané) ruce
ruce ~2 svázan*
# return, warranty, refund refused
(reklamac*|záruk*|vrácení|výměn*|storn*|odstoupen*|vratk*|vratce|vrácenk*) ~4 (neakcept*|zamítl*|zamítnut*|neuznal*|neuzná*|odmítl*|odmítnut*|nepřijal*|nepřijali|neuznan*) | noneg
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
bez ~1 (účtenk*|dokladu|paragonu|krabice|obalu|originálního|občank*|průkazu|faktur*|originálu|štítk*|visačk*|záručního|záručáku|plné) | noneg
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
# -- refused to take back / exchange / do it (any refusal verb + a return verb)
(odmítl*|odmítla|odmítli|odmítá|odmítají|odmítali|nechtěli|nechtějí|nechtěla|nechtěl) ~3 (vzít|brát|převzít|přijmout) ~1 (zpět|zpátky|nazpět|reklamac*|zboží)
(výměn*|vrácení|reklamac*|storn*|oprav*|změn*|výjimk*|slev*|refundac*|náhrad*|kompenzac*|dobropis*) ~3 (nechtěl*|nechtěla|nechtěli|nechtějí|odmítl*|odmítla|odmítli|odmítají|odmítá) ~2 (udělat|provést|uznat|přijmout|vyřídit|akceptovat|dát|poskytnout|schválit|uplatnit|vystavit|zpracovat)
# -- "those are my instructions", "that's how the rules are"
(takové|takový|taková|takhle|tak|takovýhle|takovýto) ~2 (má|mají|máme|mám|jsou|je|byly|byl|zněj*|zní) ~1 (pokyn*|pravidl*|předpis*|nařízen*|instrukc*|směrnic*|postup*|podmínk*|zásad*|politik*|systém*|nastaven*|procedur*|proces*)
(pokyn*|pravidl*|předpis*|nařízen*|instrukc*|směrnic*|zásad*) ~2 (jsou|je|byly|zní) ~1 (takové|taková|jasné|jasná|striktní|přísné|přísná|nekompromisní|neúprosn*)
kvůli ~2 (pokynů|pokynům|instrukcí|instrukce|instrukcím|vyhlášk*|zákona|zákonu)
(podle|dle) ~2 (pokynů|pokynům|instrukcí|instrukce|instrukcím|vyhlášk*|zákona|zákonu) | weight=0.5
(mají|má|máme|mám|je|to|prý|prej) ~2 (zakázáno|zakázané|nařízeno|nařízené|přikázáno)
(jejich|naše|firemní|interní|vnitřní|obchodní) zásad*
zásadně ~2 (ne*|žádn*)
# -- "tough luck", "it says so in the terms"
(prý|prej|údajně|holt|máte|máš) ~2 (smůl*|smolík*)
(prý|prej|údajně|tvrdil*|tvrdila|tvrdí|tvrdili|odkázal*|odkázala|odkázali|odkazoval*|odkazovala|ukázal*|ukázala|stojí|uvedeno|napsáno|psáno) ~4 (obchodních|smluvních|všeobecných|vop|pravidl*|předpis*|zásad*|směrnic*)
# -- deadline passed, warranty expired (given as the reason)
(prý|prej|údajně|tvrdil*|tvrdila|tvrdí|tvrdili|že|ze|už|protože|bohužel) ~4 (lhůt*|záruk*|záruční*|doba|doby|termín*) ~3 (vypršel*|uplynul*|propadl*|prošl*|skončil*|minul*|uběhl*|vyprš*|uplyn*)
(prý|prej|údajně|tvrdil*|tvrdila|tvrdí|tvrdili|že|ze|už|protože|bohužel) ~2 (vypršel*|uplynul*|propadl*|prošl*|skončil*|minul*|uběhl*|vyprš*|uplyn*) ~3 (lhůt*|záruk*|záruční*|doba|doby|termín*)
(po|mimo) (lhůtě|lhůtu|záruce|záruční|termínu) | weight=0.5
# -- "nothing can be done" in every word order
(nic|nijak|víc|více) ~3 (dělat|udělat|nadělat|pomoct|pomoci|řešit|vyřešit|dělat) ~1 (nemůže|nemůžu|nemohu|nemůžeme|nemůžou|nemohou|nejde|nelze|nedá|nedaj|nedají|nemohla|nemohl) | noneg
nedá ~2 (nic|nijak) ~2 (dělat|udělat|nadělat|řešit) | noneg
(povolit|schválit|udělit|umožnit|dovolit|povolení|schválení|udělat) ~2 (nemůže|nemůžu|nemohu|nemůžeme|nemůžou|nemohou|nesmí|nesmím|nesmíme|nelze|nejde) | noneg
(nemůže|nemůžu|nemohu|nemůžeme|nemůžou|nemohou|nesmí|nesmím|nesmíme) ~2 (povolit|schválit|udělit|umožnit|dovolit) | noneg
(nesmím|nesmíme|nesmí|nesměla|nesměl|nesměli) ~3 (vrátit|vracet|vyměnit|přijmout|převzít|dát|udělat|prodat|vydat|změnit|zrušit|povolit|uznat|přepsat|vyřídit) | noneg
# -- no entitlement; not the account holder; power of attorney refused
(nemám|nemáte|nemá|nemáme|nemají|nevzniká|nevznikl*|zanikl*|zaniká|ztrácíte|ztratil*) ~2 nárok* | noneg
(nejste|nejsem|není|nebyl|nebyla|nebyli) ~2 (majitel*|majitelk*|držitel*|vlastník*|oprávněn*|majitelem|smluvní) | noneg
(není|nebyla|nebyl) ~2 (psan*|vedená|vedený|vedené|napsan*|registrovan*) ~2 na (mě|mne|vás|mé|moje) | noneg
(plnou|plná|plné) moc* ~5 (neuzn*|nestačí|nestačila|nepřijal*|nechtěl*|nechtěla|nechtěli|odmít*|nebrali|neberou|neplatí|nevzal*|nevzala|nevzali) | noneg
# -- guarantee, voucher, discount suddenly not valid
(garanc*|záruk*|nárok*|sleva|slevu|slevy|akce|akci|voucher*|poukaz*|kupón*|kupon*|bonus*|cashback*) ~6 (neplatí|neplatil*|neplatila|neuznal*|neuznali|neuznají|neuzná|neplat*) | noneg
# -- we don't accept / exchange / refund (general policy statements)
(nepřijímají|nepřijímáme|nepřijímá|nevyměňují|nevyměňujeme|nevyměňuje|neuznávají|neuznáváme|neuznává|neproplácí|neproplácíme|neproplácejí|neproplatí|neproplatil*|nerefunduj*|nevykupuj*) | noneg
(nevrac*) ~2 (peníze|peněz|zálohu|zálohy|zboží|poplat*|vstupn*|storno*|kauc*|částk*) | noneg
(peníze|peněz|zálohu|zálohy|zboží|poplat*|vstupn*|kauc*|částk*) ~2 (nevrac*) | noneg
(systém*|počítač*|program*|pokladn*) ~3 (nebere|nevezme|nepustí|nepovolí|nepřijme|neumožní|neumožňuje|zablokuje|zamítne) | noneg
+ zboží mi odmítli vzít zpět, prý uplynula lhůta
+ výměnu mi nechtěli udělat kvůli chybějící krabici
+ je jí to líto, ale takové má pokyny
+ prej mám smůlu, stojí to v obchodních podmínkách
+ reklamaci mi zamítli, protože záruka prý skončila minulý týden
+ víc pro vás udělat nemůžu, řekla operátorka
+ na slevu prý nemám nárok
+ prý nejsem majitel účtu, takže se mnou nebudou jednat
+ garance vrácení peněz najednou neplatí
+ rozbalené zboží nepřijímají
- ptal jsem se na lhůtu pro vrácení a vše mi vysvětlili
- záruka skončila loni, tak jsem opravu rád zaplatil
- slevu mi dali bez problémů
# -- "they have it in the terms", "they won't refund", "she has clear instructions"
(mají|máme|maj|stojí|uvedeno|napsáno|psáno|zakotveno|zakotvené) ~3 (v|ve) ~1 (podmínkách|pravidlech|smlouvě|vop|řádu|předpisech|ceníku|zásadách|směrnici|směrnicích)
(vracet|vrátit|měnit|vyměnit|uznat|brát|převzít|reklamovat|proplácet|proplatit) ~2 (nebudou|nebudeme|nebude|nechtějí|nechce) | noneg
(odmítl*|odmítla|odmítli|odmítají|odmítá|nechtěli|nechtějí|nechtěla|nechtěl) ~3 (odpustit|prominout|stornovat|snížit|stáhnout|anulovat|dobropisovat|proplatit|uhradit|kompenzovat|refundovat|zrušit|vrátit|vyplatit|zohlednit) | noneg
(má|mají|máme|mám|dostala|dostal|dostali) ~2 (jasné|striktní|přísné|takové|nějaké|interní|jasný|přísný) (instrukc*|pokyn*|nařízení|směrnic*|předpis*|příkaz*)
+ peníze vracet nebudou, prý to mají v podmínkách
+ poplatek mi odmítli odpustit
+ je jí to líto, ale má jasné instrukce
- vrátit to nebudu, nakonec se mi to líbí
# -- the refusal half that completes "podle pravidel" / "po lhůtě"
(nejde|nelze|nešlo|nemůžou|nemůže|nemohou|nemohli|nemohla|nemohl|nesmí|nesmějí|odmítl*|odmítli|odmítla|odmítá|odmítají|zamítl*|zamítli|neuznal*|neuznali|nevrátí|nevrátili|nevezmou|nevzali|smůla|smůlu|nemožné|nenárok*|nepatří|neplatí|placený|placená|zpoplatněn*) | noneg, weight=0.5
(nenáleží|nenáležel*|nepřísluší|nepříslušel*) | noneg
# -- approval refused by head office / the system
(neschválil|neschválila|neschválili|neschválí|neschválilo|nepovolil|nepovolila|nepovolili|nepovolí|nepovolilo) | noneg
(nemůže|nemůžou|nemůžeme|nemohou|nemohl*|nesmí|nesmím|nesmíme|nelze|nejde) ~3 (vzít|přijmout|převzít|brát) ~2 (zpět|zpátky|nazpět|zboží|vrácen*) | noneg
(nepřijal*|nepřijali|nepřijala|nevzali|nevzal*|nevezmou|nepřevzal*|nepřevzali) ~3 (vratk*|zboží|reklamac*|zásilk*|vrácen*|výměn*) | noneg
(musí|musíte|musel*) ~3 (schválit|posoudit) ~3 (centrál*|vedení|výrob*|technik*) ~6 (zamít*|neschvál*|nic|odmít*) | noneg
+ vratku mi nepřijali, protože obal byl otevřený
+ podle pravidel prý vrácení nejde
+ výměnu nám nepovolili
+ podle podmínek na to nemám nárok
- všechno proběhlo podle pravidel a rychle
- podle obchodních podmínek mi vrátili peníze do týdne
# -- "beyond the contract", "only a voucher, no money", "management forbade it"
(je|to|prý|prej|jde|už|bohužel) ~2 nad (rámec|ramec|rámcem)
(jen|jenom|pouze|akorát|jedině) ~3 (dobropis*|poukázk*|poukazk*|voucher*|poukaz*|kredit*) | weight=0.5
(místo|misto|namísto) (peněz|penez|vrácení|vraceni|refundace) | weight=0.5
(peníze|penize|prachy) ne | weight=0.5, noneg
(vedení|centrála|centrály|centrala|šéf|firma|společnost|pravidla|podmínky|předpisy|směrnice|smlouva|tarif|platba|program|software|pokladna|zákon|pojistka|pojištění) ~3 (neumožňuje|neumožňují|neumožní|neumoznuje|nedovoluje|nedovolují|nedovolí|nedovoluji|nepovoluje|nepovolují|zakazuje|zakazují|zakázal*|zakázala|zakázali|nepustí|nepokrývá|nekryje|nekrývá) | noneg
s odkazem ~1 na ~2 (podmínk*|podmink*|pravidl*|smlouv*|řád*|rad|předpis*|směrnic*|zákon*|paragraf*|článek|pokyn*|výluk*)
(vratk*|vrácení|vraceni|výměn*|vymen*|zboží|zbozi) ~3 (neberou|nebereme|nebere|nepřijímají|nepřijímáme|nepřijímá|neprijimaji|nevezmou|nevzali|nevzala|neuznávají|neděláme|nedělají|nedelaji) | noneg
+ je to prý nad rámec smlouvy, takže smůla
+ mohou mi nabídnout jen dobropis, peníze ne
+ vedení to zakázalo, tak to nejde
+ odmítli to s odkazem na obchodní podmínky
+ vratku prej neberou, je to zlevnene zbozi
- dostal jsem dobropis a byl jsem spokojený
- vedení nám poslalo poděkování za trpělivost
